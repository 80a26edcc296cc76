"""What counts as this meeting's commitment: referrals, resumptions, vetoes.

Pure Python, used by decisions.extraction. A referral decided at this meeting
("Forslaget oversendes til Teknik- og Miljøudvalget til behandling", "Sagen
sendes i høring hos Ældrerådet") and a resumption ("Sagen genoptages på det
kommende møde", "behandles igen på næste møde i Klagenævnet", "tages op
igen") are follow-ups whose responsible is the receiving body and whose
deadline is that body's next meeting. Sentences that record what others
want - a party's own motion ("Vi foreslår, at ...", "Forslagsstillerne
ønsker ...", "Derudover forpligtes X til ..."), a vote, dissent or a
protocol remark - commit nobody, whatever they contain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from decisions.deadlines import Deadline, Precision, find_deadlines
from minutes.parsing.lexicon import body_name_pattern

_F = re.IGNORECASE

# The last word of a body's name: "Teknik- og Miljøudvalget", "Teknisk
# Udvalg", "Klagenævnet", "HovedMED", "Ældrerådet og Handicaprådet".
_BODY_WORD = body_name_pattern()
# A body: capitalised words ending in a body word ("Teknisk Udvalg"), or two
# bodies joined by "og" ("Teknik- og Miljøudvalget" is one body: "Teknik-").
_BODY_NAME = (
    r"(?:[A-ZÆØÅ][\w]*-\s+og\s+|(?:[A-ZÆØÅ][\w-]*\s+){0,2})"
    + _BODY_WORD
    # "Udvalget for Psykiatri og Social", "Udvalget for Klima & Miljø"
    + r"(?:\s+for\s+[A-ZÆØÅ][\w-]*(?:,\s+[A-ZÆØÅ][\w-]*)?"
    r"(?:\s+(?:og|&)\s+[A-ZÆØÅ][\w-]*)?)?"
)
_BODY_NAME_RE = re.compile(_BODY_NAME)
_BODIES = _BODY_NAME + r"(?:\s*(?:,|og)\s+" + _BODY_NAME + r"){0,3}"
# The council itself: forwarding a case up to it is the case's routine path
# ("Anbefales. Sagen oversendes til Byrådet."), not a task of this meeting.
_COUNCILS = frozenset(
    {"kommunalbestyrelsen", "byrådet", "regionsrådet", "borgerrepræsentationen"}
)
# A process that a proposal is referred to ("oversendes til
# budgetforhandlingerne for 2027-2030").
_PROCESS = (
    r"(?:de\s+)?(?P<process>(?-i:[a-zæøå][\w-]*(?:forhandlingerne|forhandlinger"
    r"|seminaret|lægningen|processen|drøftelserne)))"
)
_REFERRAL_RE = re.compile(
    r"\b(?P<verb>(?:over|frem)?sendes|(?:over|frem)sendt|henvises|henvist)"
    r"\s+(?:hermed\s+|derfor\s+)?til\s+"
    r"(?:(?P<body>(?-i:" + _BODIES + r"))(?![\w-])|" + _PROCESS + r")",
    _F,
)
_HEARING_RE = re.compile(
    r"\b(?:sendes|udsendes|fremsendes|sende|udsende)\s+(?:\w+\s+){0,3}?i\s+"
    r"(?:offentlig\s+|fornyet\s+|ekstern\s+)?høring\b"
    r"(?:\s+(?:hos|i|blandt)\s+(?P<parties>(?-i:" + _BODIES + r"))(?![\w-])"
    # "hos kommunerne i regionen og Danske Fysioterapeuter": up to the
    # deadline, the purpose or the end of the clause
    r"|\s+(?:hos|blandt)\s+(?P<others>[^\d\s.,;:][^.,;:]{2,80}?)(?=\s+(?:med"
    r"|inden|senest|frem|til|fra|i\s+perioden|for\s+at)\b|\s*[.,;:]|\s*$))?",
    _F,
)
_RESUMPTION_RE = re.compile(
    r"\b(?:genoptages|behandles\s+igen|tages\s+op\s+igen|genbehandles"
    r"|sættes\s+på\s+(?:dagsordenen\s+)?igen)\b",
    _F,
)
# "Sagen genoptages i udvalget", "behandles igen i Klagenævnet": the body
# that takes it up again, when the deadline phrase does not name it.
_RESUMING_BODY_RE = re.compile(
    r"\b(?:i|af|på)\s+(?P<body>(?-i:" + _BODY_NAME + r"))(?![\w-])"
)

# Every match of the three patterns above holds one of these words.
_WORDS = ("sendes", "sendt", "henvis", "høring", "genoptag", "igen", "genbehandl")


@dataclass(frozen=True)
class Referral:
    """A referral or resumption decided at this meeting."""

    kind: str  # "referral", "hearing" or "resumption"
    responsible: str  # the receiving body (or bodies); "" when not named
    event: str  # the body or process whose next meeting is the deadline
    start: int  # offset of the verb in the sentence


def find_referral(text: str, own_body: str, lowered: str = "") -> Referral | None:
    """Return the referral or resumption a sentence decides, if any.

    Routine forwarding to the council ("oversendes til Byrådet") and
    "sendes videre til" are not referrals; a referral of the meeting's own
    body to itself is read as a resumption.
    """
    lowered = lowered or text.lower()
    if not any(word in lowered for word in _WORDS):
        return None
    match = _REFERRAL_RE.search(text)
    if match is not None:
        if match["process"]:
            return Referral("referral", "", match["process"], match.start())
        body = _squeeze(match["body"])
        if body.lower() not in _COUNCILS:
            return Referral("referral", body, _first_body(body), match.start())
    match = _HEARING_RE.search(text)
    if match is not None:
        parties = _squeeze(match["parties"] or match["others"] or "")
        return Referral("hearing", parties, "", match.start())
    match = _RESUMPTION_RE.search(text)
    if match is not None:
        named = _RESUMING_BODY_RE.search(text, match.end())
        body = _squeeze(named["body"]) if named else ""
        if body.lower() in {"udvalget", "rådet", "nævnet", "bestyrelsen"}:
            body = ""
        return Referral("resumption", body or own_body, body, match.start())
    return None


def referral_deadline(referral: Referral, found: Deadline | None) -> Deadline | None:
    """Return the deadline of a referral: the text's own, else the next meeting.

    An event deadline in the text that names no body ("på næste møde") is
    the receiving body's.
    """
    if found is not None and found.precision != Precision.EVENT:
        return found
    if found is not None:
        if found.event or not referral.event:
            return found
        return Deadline(
            None,
            Precision.EVENT,
            found.text,
            found.start,
            found.end,
            event=referral.event,
        )
    if referral.kind == "hearing" and not referral.event:
        return None
    return Deadline(None, Precision.EVENT, "", 0, 0, event=referral.event)


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _first_body(bodies: str) -> str:
    """The first of several bodies ("A og B"): its next meeting is the deadline."""
    if not bodies:
        return ""
    parts = re.split(r"\s*,\s*|(?<!-)\s+og\s+(?=[A-ZÆØÅ])", bodies)
    # "Udvalget for Psykiatri og Social" is one body: split only into bodies.
    if all(_BODY_NAME_RE.fullmatch(part) for part in parts):
        return parts[0]
    return bodies


# --------------------------------------------------------------------------
# What others want: motions, votes, dissent, protocol remarks

# A party's own motion, as quoted in the minutes: what they ask for.
_MOTION_RE = re.compile(
    r"^\W*(?:Vi\s+(?:foreslår|ønsker|vil\s+have|kræver)"
    r"|Forslagsstiller(?:ne|en)?\s+(?:ønsker|foreslår|vil|kræver)"
    r"|Derudover\s+forpligtes|(?:Desuden|Endvidere)\s+forpligtes"
    r"|(?-i:[A-ZÆØÅ][\w-]*(?:\s+\([A-ZÆØÅ]{1,2}\))?)\s+foreslår,?\s+at)",
    _F,
)
# A vote, dissent or a member's protocol remark: what a minority said.
_DISSENT_RE = re.compile(
    r"\bført\s+til\s+protokol"
    r"|\bprotokoltilførsel\b|\bprotokolbemærkning\b"
    r"|\bkunne\s+ikke\s+(?:tiltræde|anbefale|støtte|godkende)"
    r"|\b(?:tog|tager)\s+forbehold\b"
    r"|\bstemte\s+(?:imod|for)\b|^\W*(?:For|Imod)\s+stemte\b"
    r"|^\W*(?:Et\s+)?mindretal(?:let)?\b",
    _F,
)
_OTHERS_WORDS = (
    "foresl",
    "ønsker",
    "vil",
    "kræver",
    "forpligt",
    "protokol",
    "kunne ikke",
    "forbehold",
    "stemte",
    "mindretal",
)


def is_what_others_want(text: str, lowered: str = "") -> bool:
    """Tell whether a sentence records a motion's demand, a vote or dissent.

    ``lowered`` is the sentence in lower case, when the caller has it.
    """
    lowered = lowered or text.lower()
    if not any(word in lowered for word in _OTHERS_WORDS):
        return False
    return bool(_MOTION_RE.search(text) or _DISSENT_RE.search(text))


# --------------------------------------------------------------------------
# Earlier bodies' decisions chained into the decision text

# "Økonomiudvalget, 3. februar 2026, pkt. 22:", "Økonomiudvalget den 14.
# april 2026", "Plan- og Boligudvalgets beslutning den 7. april 2026": a line
# naming a body and a date heads that body's decision.
_CHAIN_HEADER_RE = re.compile(
    r"^[ \t]*(?P<body>(?-i:[A-ZÆØÅ])[^\n:,]{1,80}?)(?:s\s+beslutning)?\s*,?\s+"
    r"(?:den\s+|d\.\s*)?(?P<date>\d{1,2}\.\s*[a-zæøå]+\.?\s+\d{4})"
    r"(?:\s*,\s*(?:pkt|punkt|sag)\.?\s*(?:nr\.\s*)?\d+)?\s*:?[ \t]*(?:\n|$)",
    re.IGNORECASE | re.MULTILINE,
)
_BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")
_YEAR_RE = re.compile(r"\d{4}")


def earlier_decision_spans(text: str, meeting_date: date) -> list[tuple[int, int]]:
    """Return the (start, end) of earlier bodies' decisions in a decision text.

    Each runs from its header (a body and a date other than this meeting's)
    to the next header or the end of its paragraph; what follows is this
    meeting's own decision again.
    """
    if not _YEAR_RE.search(text):  # every header holds a year; most texts none
        return []
    headers = list(_CHAIN_HEADER_RE.finditer(text))
    spans = []
    for header, following in zip(headers, [*headers[1:], None], strict=False):
        found = find_deadlines(header["date"], meeting_date)
        if found and found[0].due_date == meeting_date:
            continue  # this meeting's own decision, headed by its date
        end = following.start() if following else len(text)
        blank = _BLANK_LINE_RE.search(text, header.end(), end)
        spans.append((header.start(), blank.start() if blank else end))
    return spans
