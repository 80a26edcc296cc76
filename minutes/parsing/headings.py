"""Recognisers for the lines that give a referat its structure.

Each function looks at one line (already free of Markdown, see lines.py) and
says what it is: an agenda item heading, a section heading (Sagsfremstilling,
Indstilling, Beslutning, Bilag ...), a case number, a table-of-contents entry.
They are pure and cheap; the structure parser decides with context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time
from difflib import SequenceMatcher
from functools import lru_cache

from minutes.parsing.dates import DATE_PATTERN, DATE_RE, date_from_match, make_time
from minutes.parsing.lexicon import GENERIC_BODIES, body_word_pattern

# --------------------------------------------------------------------------
# Agenda item headings

# "Punkt 1: Title", "Pkt. 1 Title", "Punkt 1 - Title", "Sag nr. 131: Title",
# "Dagsordenspunkt 3. Title", "Sag 131: Title", "Ad punkt 2: Title", "Ad 2.
# Title", "Ad. 2 Title", "Ad 2 Title", "Ad pkt. 2 Title". The number must not
# be the start of a case number ("Sag nr. 15/7111", "Sag nr. 2020-001234") or a
# decimal ("Punkt 1.2").
_LABELLED_ITEM_RE = re.compile(
    r"^(?:ad\s+)?(?:punkt|pkt\.?|dagsordens?punkt|sag\s*nr\.?|§"
    r"|sag(?=\s+\d{1,4}\s*[:.\-–])|ad(?=\s+\d{1,4}\s*[.:)])"
    r"|ad\.(?=\s*\d{1,4}\b)|ad(?=\s+\d{1,4}\s+[A-ZÆØÅ]))"
    r"\s*(?P<number>\d{1,5})(?![\d/]|[.,\-]\d)"
    r"\s*(?:[:.)\-–|]\s*|\s+|$)(?P<title>.*)$",
    re.IGNORECASE,
)
# Items numbered through the year: "Sag 12/2026  Title", "Punkt 45/26: Title".
_YEAR_NUMBERED_ITEM_RE = re.compile(
    r"^(?:sag|punkt|pkt\.?)\s*(?P<number>\d{1,4})/(?:19|20)?\d{2}(?!\d)"
    r"\s*(?:[:.\-–|]\s*|\s+)(?P<title>[A-ZÆØÅ].*)$",
    re.IGNORECASE,
)
# Items numbered in Roman numerals: "IV. Title", "II) Title".
_ROMAN_ITEM_RE = re.compile(r"^(?P<roman>[IVXLC]{1,7})[.)]\s+(?P<title>\S.*)$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_value(numeral: str) -> int | None:
    """The value of a well-formed Roman numeral ("IV" -> 4), else None."""
    total = 0
    for index, char in enumerate(numeral):
        value = _ROMAN_VALUES[char]
        following = _ROMAN_VALUES[numeral[index + 1]] if index + 1 < len(numeral) else 0
        total += -value if value < following else value
    return total if total and _to_roman(total) == numeral else None


def _to_roman(value: int) -> str:
    out = ""
    for amount, numeral in (
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while value >= amount:
            out += numeral
            value -= amount
    return out


def match_roman_heading(plain: str) -> ItemHeadingMatch | None:
    """ "IV. Title" as item 4, or None."""
    if not plain or plain[0] not in "IVXLC" or len(plain) > 300:
        return None
    match = _ROMAN_ITEM_RE.match(plain)
    if match is None or match.group("title")[0].islower():
        return None
    value = roman_value(match.group("roman"))
    if value is None:
        return None
    return ItemHeadingMatch(value, match.group("title").strip(), False)


# "1. Title", "131. Title", "3) Title", "1.Title", "112 | Title", "112 –
# Title"; the title is checked by the caller.
_NUMBERED_ITEM_RE = re.compile(
    r"^(?P<number>\d{1,4})(?:\s*[.)]|\s+[|–](?=\s))"
    r"(?:(?:\s+|(?=[A-ZÆØÅ]))(?P<title>\S.*))?$"
)
# A title that is really a recommendation clause ("1. at ...").
_CLAUSE_TITLE_RE = re.compile(r"^at\b", re.IGNORECASE)
# Access before the label: "Åbent punkt 7 - Title", "Lukket punkt 16 -
# Title", "Fortrolig sag 3: Title".
_ACCESS_LABEL_RE = re.compile(
    r"^(?P<access>åbent?|åbne|lukket|lukkede|fortroligt?|fortrolige)\s+"
    r"(?=(?:punkt|pkt|sag|dagsordens?punkt)\b)",
    re.IGNORECASE,
)
# Access in parentheses after the number: "1 (Åben) Title", "8. (Lukket)
# Title", "Punkt 3 (Lukket punkt): Title".
_ACCESS_GROUP_RE = re.compile(
    r"^\(\s*(?P<access>åbent?|lukket|fortroligt?)"
    r"(?:\s+(?:punkt|sag|dagsordenspunkt))?\s*\)\s*[:.\-–]?\s*",
    re.IGNORECASE,
)
_NUMBER_ACCESS_RE = re.compile(r"^(?P<number>\d{1,4})\.?\s*(?=\()")


@dataclass(frozen=True, slots=True)
class ItemHeadingMatch:
    """What an item heading line says: the printed number and the raw title."""

    number: int
    title: str
    labelled: bool  # "Punkt 3" / "Sag nr. 131" rather than a bare "3."
    closed: bool = False  # "Lukket punkt 16 - ...", "8 (Lukket) ..."


def _is_closed_access(word: str) -> bool:
    return not word.casefold().startswith("åb")


def match_item_heading(plain: str) -> ItemHeadingMatch | None:
    """Return the number and title if the line has the form of an item heading."""
    if not plain or len(plain) > 300:
        return None
    first = plain[0]
    if first.isdigit():
        number_access = _NUMBER_ACCESS_RE.match(plain)
        if number_access:
            rest = plain[number_access.end() :]
            access = _ACCESS_GROUP_RE.match(rest)
            if access and access.end() < len(rest):
                return ItemHeadingMatch(
                    int(number_access.group("number")),
                    rest[access.end() :].strip(),
                    True,
                    _is_closed_access(access.group("access")),
                )
        match = _NUMBERED_ITEM_RE.match(plain)
        if not match:
            return None
        title = match.group("title") or ""
        if title and (title[0].islower() or _CLAUSE_TITLE_RE.match(title)):
            return None
        if "\t" in title or "|" in title:  # a table row ("16. Juni\t...")
            return None
        return ItemHeadingMatch(int(match.group("number")), title.strip(), False)
    closed = False
    if first in "ÅåLlFf":
        access = _ACCESS_LABEL_RE.match(plain)
        if access is None:
            return None
        closed = _is_closed_access(access.group("access"))
        plain = plain[access.end() :]
        first = plain[0]
    if first in "PpSs":
        match = _YEAR_NUMBERED_ITEM_RE.match(plain)
        if match:
            title = match.group("title").strip()
            return ItemHeadingMatch(int(match.group("number")), title, True, closed)
    if first in "PpDdSsAa§":
        match = _LABELLED_ITEM_RE.match(plain)
        if match:
            title = match.group("title").strip()
            group = _ACCESS_GROUP_RE.match(title)
            if group and group.end() < len(title):
                closed = closed or _is_closed_access(group.group("access"))
                title = title[group.end() :].strip()
            return ItemHeadingMatch(int(match.group("number")), title, True, closed)
    return None


# --------------------------------------------------------------------------
# Section headings

SECTION = "section"
HISTORY = "history"
RECOMMENDATION = "recommendation"
DECISION = "decision"
ATTACHMENTS = "attachments"

_SECTION_NAMES = (
    "anledning",
    "baggrund",
    "baggrund og formål",
    "sagsfremstilling",
    "supplerende sagsfremstilling",
    "sagsbeskrivelse",
    "supplerende sagsbeskrivelse",
    "fremstilling",
    "sagsprocedure",
    "sagens indhold",
    "sagen",
    "resumé",
    "resume",
    "sagsresumé",
    "sammenfatning",
    "indledning",
    "beslutningstema",
    "formål",
    "status",
    "økonomi",
    "økonomi og finansiering",
    "økonomiske konsekvenser",
    "økonomi og konsekvenser",
    "bevillingsmæssige konsekvenser",
    "finansiering",
    "konsekvenser",
    "personalemæssige konsekvenser",
    "miljømæssige konsekvenser",
    "klimamæssige konsekvenser",
    "lovgrundlag",
    "retsgrundlag",
    "lovgivning",
    "lovgrundlag og kompetence",
    "kompetence",
    "beslutningskompetence",
    "kommunikation",
    "høring",
    "høringssvar",
    "høringer",
    "tidsplan",
    "proces",
    "videre proces",
    "det videre forløb",
    "vurdering",
    "forvaltningens vurdering",
    "administrationens vurdering",
    "bemærkninger",
    "forvaltningens bemærkninger",
    "administrationens bemærkninger",
    "udtalelse",
    "udtalelser",
    "borgerinddragelse",
    "inddragelse",
    "risici",
    "risikovurdering",
    "implementering",
    "handicappolitisk vurdering",
    "sundhedsmæssige konsekvenser",
    "øvrige forhold",
    "øvrige konsekvenser",
    "miljøvurdering",
    # The text of an information item, and the discussion in MED and
    # management forums: case text, not the outcome.
    "orientering",
    "drøftelse",
)
_HISTORY_NAMES = (
    "historik",
    "sagsforløb",
    "sagens forløb",
    "tidligere beslutninger",
    "tidligere behandling",
    "tidligere politiske beslutninger",
    "politisk behandling",
)
_RECOMMENDATION_NAMES = (
    "indstilling",
    "forvaltningens forslag",
    "administrationens forslag",
    "direktionens forslag",
    "indstillinger",
    "forvaltningens indstilling",
    "administrationens indstilling",
    "direktionens indstilling",
    "direktørens indstilling",
    "forslag til beslutning",
    "forslag til indstilling",
    "anbefaling",
    "administrationens anbefaling",
    "forvaltningens anbefaling",
    "direktionens anbefaling",
)
_DECISION_NAMES = (
    "beslutning",
    "protokol",
    "protokollat",
    "aftalt",
    "beslutninger",
    "afgørelse",
    # MED committees and management forums conclude rather than decide.
    "konklusion",
    "konklusioner",
    "konklusion og opfølgning",
    "beslutning og opfølgning",
)
# Lists of agreed actions printed after the conclusion ("Opfølgning: HR
# sender ..."). They belong to the decision only there: the same words head
# a paragraph of the case text about how a plan will be followed up.
FOLLOW_UP_HEADINGS = frozenset(
    {"opfølgning", "opfølgningspunkter", "aftaler", "aftaler og opfølgning"}
)
_ATTACHMENT_NAMES = (
    "bilag",
    "bilag til sagen",
    "bilag til punktet",
    "bilagsliste",
    "bilagsfortegnelse",
    "vedlagte bilag",
    "vedhæftede bilag",
)
KNOWN_HEADINGS: dict[str, str] = {
    **dict.fromkeys(_SECTION_NAMES, SECTION),
    **dict.fromkeys(_HISTORY_NAMES, HISTORY),
    **dict.fromkeys(_RECOMMENDATION_NAMES, RECOMMENDATION),
    **dict.fromkeys(_DECISION_NAMES, DECISION),
    **dict.fromkeys(FOLLOW_UP_HEADINGS, DECISION),
    **dict.fromkeys(_ATTACHMENT_NAMES, ATTACHMENTS),
}
_LONGEST_KNOWN = max(len(name) for name in KNOWN_HEADINGS)
_COLUMN_GAP_RE = re.compile(r"\t|\s{3,}")

# A date (with optional "den"/"d."/"af" and punctuation) at the end of a
# decision heading: "BESLUTNING I DIREKTIONEN DEN 19-06-2014".
_TRAILING_DATE_RE = re.compile(
    rf"\s*[,\-–(]?\s*(?:(?:den|d\.|af|fra|på\s+mødet)\s*)?(?:{DATE_PATTERN})\)?\s*$",
    re.IGNORECASE,
)
# Names of bodies end in one of these ("Økonomiudvalget", "Kommunalbestyrelsen",
# "Koncernledelsen").
BODY_WORD_RE = re.compile(rf"(?:{body_word_pattern()}|MED|forummet)\b", re.IGNORECASE)
# A body and a date alone on a line head that body's decision in many systems:
# "Økonomiudvalget den 17. marts 2026", "Teknik- og Miljøudvalget, 10-03-2026".
# "den"/"d." or a comma is required: a running page header ("Økonomiudvalget
# 12-03-2020") has neither.
_BODY_AND_DATE_RE = re.compile(
    rf"^(?P<body>[A-ZÆØÅ][\w&\- ]{{1,60}}?)(?:\s+(?:den|d\.)\s*|\s*,\s*(?:den\s+)?)"
    rf"(?:{DATE_PATTERN})\s*:?$"
)
# "Beslutning", "Beslutning i Økonomiudvalget", "Afgørelse på mødet"
_DECISION_OF_RE = re.compile(
    r"^(?:beslutning|beslutninger|afgørelse)"
    r"(?:\s+(?:(?P<preposition>i|på|fra|af)\s+)?(?P<body>.+))?$",
    re.IGNORECASE,
)
# "Økonomiudvalgets beslutning", "Udvalgets beslutning", "Direktørforums
# beslutning af 6. november 2017;"
_GENITIVE_DECISION_RE = re.compile(
    r"^(?P<body>\S+(?:\s+\S+){0,4}?)s\s+(?:beslutning|afgørelse)$", re.IGNORECASE
)
# Bodies named in decision headings that mean "this meeting".


@dataclass(frozen=True, slots=True)
class Heading:
    """A recognised section heading."""

    kind: str  # SECTION, HISTORY, RECOMMENDATION, DECISION or ATTACHMENTS
    title: str  # as printed, without Markdown and trailing colon
    body: str = ""  # decision headings: the body that decided, "" if not named
    date: date | None = None  # decision headings: the date printed, if any
    inline: str = ""  # text after "Heading:" on the same line


_MAX_HEADING_LINE = 160
_MAX_INLINE_HEADING_LINE = 2000


def classify_heading(plain: str) -> Heading | None:
    """Return the heading a line is, when it is a known section heading.

    A heading with its text on the same line ("Udvalgets beslutning: ...")
    may be a long line; a heading alone on its line is short.
    """
    if not plain or plain[0].isdigit() or len(plain) > _MAX_INLINE_HEADING_LINE:
        return None
    if len(plain) <= _MAX_HEADING_LINE:
        title = plain.rstrip(" :;")
        kind = KNOWN_HEADINGS.get(title.casefold())
        if kind is not None:
            return Heading(kind, title)
        if len(title) <= 120 and "." not in title[-1:]:
            decision = _decision_heading(title)
            if decision is not None:
                return decision
    colon = plain.find(":")
    if colon <= 0 or colon > _LONGEST_KNOWN + 40:
        # A label column without colon: "Beslutning<TAB>Godkendt." or
        # "Beslutning       Godkendt." (pdftotext -layout).
        column = _COLUMN_GAP_RE.search(plain, 0, _LONGEST_KNOWN + 40)
        colon = column.start() if column else -1
        if column and _COLUMN_GAP_RE.search(plain, column.end()):
            return None  # more cells: a table row ("Beslutning<TAB>Sag<TAB>25")
    if colon > 0:
        head, inline = plain[:colon].strip(), plain[colon + 1 :].strip()
        if inline:
            kind = KNOWN_HEADINGS.get(head.casefold())
            if kind is not None:
                return Heading(kind, head, inline=inline)
            decision = _decision_heading(head)
            if decision is not None:
                return Heading(
                    DECISION, head, decision.body, decision.date, inline=inline
                )
    return None


def _decision_heading(title: str) -> Heading | None:
    lower = title.casefold()
    if "beslutning" not in lower and "afgørelse" not in lower:
        return _body_and_date_heading(title)
    if len(title.split()) > 10 or _COLUMN_GAP_RE.search(title):
        return None  # a sentence, or cells of a table row
    heading_date = None
    rest = title
    date_match = _TRAILING_DATE_RE.search(title)
    if date_match:
        found = DATE_RE.search(date_match.group(0))
        heading_date = date_from_match(found) if found else None
        rest = title[: date_match.start()].rstrip(" ,;:-–")
    match = _DECISION_OF_RE.match(rest)
    if match:
        body = (match.group("body") or "").strip()
        if body and body[0].islower() and body.casefold() not in GENERIC_BODIES:
            return None
        # Without a preposition only a short name may follow ("Beslutning
        # Økonomiudvalget"), not a phrase.
        if not match.group("preposition") and len(body.split()) > 4:
            return None
        return Heading(DECISION, title, body, heading_date)
    match = _GENITIVE_DECISION_RE.match(rest)
    if match:
        body = match.group("body").strip()
        if not body[0].isupper():
            return None
        return Heading(DECISION, title, body, heading_date)
    return None


def _body_and_date_heading(title: str) -> Heading | None:
    match = _BODY_AND_DATE_RE.match(title)
    if match is None:
        return None
    body = match.group("body").strip()
    words = body.split()
    if len(words) > 6 or not BODY_WORD_RE.search(words[-1]):
        return None
    found = DATE_RE.search(title, match.end("body"))
    return Heading(DECISION, title, body, date_from_match(found) if found else None)


def same_body(a: str, b: str) -> bool:
    """True when two spellings name the same body ("Byrådet", "BYRÅDETS")."""
    a_key, b_key = body_key(a), body_key(b)
    if not a_key or not b_key:
        return False
    return a_key == b_key or a_key in b_key or b_key in a_key


def body_key(name: str) -> str:
    """Return a comparable form of a body's name (case, genitive and spaces)."""
    key = " ".join(name.casefold().split())
    if key.endswith("s") and len(key) > 4:
        key = key[:-1]
    return key


# "Økonomiudvalget, 3. februar 2026, pkt. 22: Anbefales."
PRIOR_DECISION_LINE_RE = re.compile(
    rf"^(?P<body>[A-ZÆØÅ][^,:]{{2,60}}),\s*(?:den\s+|d\.\s*)?(?:{DATE_PATTERN})"
    r"\s*(?:,\s*(?:pkt\.?|punkt|sag(?:\s*nr\.?)?)\s*\d{1,4})?\s*:\s*(?P<text>.*)$"
)


# --------------------------------------------------------------------------
# Case numbers

# KLE journal numbers "00.01.00-A00-3-17" (facet optional), older "15/7111",
# ESDH numbers "2020-001234" and "EMN-2020-01234".
_CASE_NUMBER_PATTERN = (
    r"\d{2}\.\d{2}\.\d{2}(?:-[A-ZÆØÅ]\d{2})?-\d{1,6}-\d{2,4}"
    r"|\d{2}/\d{1,7}(?:-\d{1,4})?"
    r"|\d{2}-\d{5,7}[A-Z]?"
    r"|(?:[A-ZÆØÅ]{1,6}-)?(?:19|20)\d{2}-\d{5,8}"
    r"|[A-ZÆØÅ]{1,4}\d{2,4}-\d{3,8}"
)
_CASE_NUMBER_RE = re.compile(rf"(?<![\w./-])(?:{_CASE_NUMBER_PATTERN})(?![\w/-])")
_CASE_LINE_RE = re.compile(rf"^(?:{_CASE_NUMBER_PATTERN})$")
_LABELLED_CASE_RE = re.compile(
    r"^(?:sags?\s*nr\.?|sagsnummer|sags?[\s-]?id|sag|j\.\s*nr\.?|jnr\.?"
    r"|journal\s*nr\.?|journalnummer|esdh[\s-]*nr\.?|acadre[\s-]*nr\.?)"
    r"(?![\w])\s*[:.]?\s*"
    r"(?P<value>\S.*)$",
    re.IGNORECASE,
)


def match_case_line(plain: str) -> str | None:
    """Return the case number when the whole line is one ("15/7111")."""
    if not plain or len(plain) > 40 or not plain[0].isalnum():
        return None
    candidate = plain.rstrip(" .")
    if _CASE_LINE_RE.match(candidate):
        return candidate
    return None


def match_labelled_case(plain: str) -> str | None:
    """Return the case number of a "Sagsnr.: 20/1234" / "J.nr. ..." line."""
    if not plain or plain[0] not in "SsJjEeAa" or len(plain) > 200:
        return None
    match = _LABELLED_CASE_RE.match(plain)
    if not match:
        return None
    value = match.group("value")
    found = _CASE_NUMBER_RE.search(value)
    if found:
        return found.group(0)
    # An unknown numbering scheme: accept a short token with digits.
    token = re.split(r"\s{2,}|[,;]\s|\s+(?=dok)", value, maxsplit=1)[0].strip()
    if len(token) <= 40 and any(c.isdigit() for c in token) and " " not in token:
        return token.rstrip(".")
    return None


# --------------------------------------------------------------------------
# Table of contents

TOC_HEADINGS = frozenset(
    {
        "indholdsfortegnelse",
        "indhold",
        "dagsorden",
        "dagsordenspunkter",
        "dagsordenpunkter",
        "punkter på dagsordenen",
        "indholdsliste",
        "oversigt over punkter",
        "sagsliste",
        "punktliste",
    }
)
# "Title.....\t3", "Title …… 3", "Title\t3", "Title        3"
_TOC_ENTRY_RE = re.compile(
    r"^(?P<title>\S.*?)\s*(?:(?:\.{3,}|…+)\s*(?P<page>\d{1,4})?"
    r"|\t\s*(?P<tab_page>\d{1,4})|\s{3,}(?P<spaced_page>\d{1,4}))\s*$"
)


def match_toc_entry(text: str) -> str | None:
    """Return the title of a table-of-contents line with leaders/page number."""
    if len(text) > 300:
        return None
    match = _TOC_ENTRY_RE.match(text)
    if not match:
        return None
    return match.group("title").rstrip(" .")


# Column labels printed on the line of the TOC heading ("Indhold      Side").
_TOC_COLUMN_LABELS = frozenset({"side", "sidetal", "sidenr.", "s.", "pkt.", "punkt"})


def is_toc_heading(plain: str) -> bool:
    """True for "Indholdsfortegnelse", "Dagsorden:" and similar lines."""
    if len(plain) <= 40 and plain.rstrip(" :").casefold() in TOC_HEADINGS:
        return True
    if len(plain) > 120 or not _COLUMN_GAP_RE.search(plain):
        return False
    head, *labels = _COLUMN_GAP_RE.split(plain.strip())
    return head.rstrip(" :").casefold() in TOC_HEADINGS and all(
        label.strip().casefold() in _TOC_COLUMN_LABELS for label in labels
    )


# --------------------------------------------------------------------------
# Item titles: presenter, time slot, participants, closed

# "Title v. Søren", "Title v/ Jette Hansen", "Title v/ ældrechef Susanne
# Friis" (a role before the name is left out of the presenter)
_PRESENTER_RE = re.compile(
    r"\s+(?:v\.|v/|ved)\s*(?:[a-zæøå][\w\-]*\s+){0,2}?"
    r"(?P<name>[A-ZÆØÅ][\w'\-]*(?:\s+[A-ZÆØÅ][\w'\-]*){0,4})$"
)
_TRAILING_GROUP_RE = re.compile(r"\s*\((?P<inner>[^()]*)\)\s*$")
_TRAILING_TIMES_RE = re.compile(
    r"\s*,?\s*(?:kl\.?\s*)?(\d{1,2})[.:](\d{2})\s*[-–]\s*(\d{1,2})[.:](\d{2})\s*$",
    re.IGNORECASE,
)
_GROUP_TIMES_RE = re.compile(
    r"^(?:kl\.?\s*)?(\d{1,2})[.:](\d{2})\s*[-–]\s*(?:kl\.?\s*)?(\d{1,2})[.:](\d{2})$",
    re.IGNORECASE,
)
_PARTICIPANT_NOTE_RE = re.compile(
    r"\b(?:deltager|deltage|deltog|deltagelse|deltagende)\b", re.IGNORECASE
)
_DURATION_RE = re.compile(r"^(?:ca\.\s*)?\d{1,3}\s*(?:min\.?|minutter|timer?)$")
_OPEN_NOTE_RE = re.compile(r"^(?:åben|åbent)(?:\s+(?:punkt|sag|møde))?$", re.IGNORECASE)
# "Lukket", "Lukket punkt", "Lukket sag: Salg af grund" - but not "Lukket
# dialog med borgerne", where the word is an adjective of the title.
_CLOSED_TITLE_RE = re.compile(
    r"^(?:lukket|fortroligt?)(?:\s+(?:punkt|sag|dagsordenspunkt|møde))?"
    r"(?:\s*[:\-–.].*)?$",
    re.IGNORECASE,
)
_CLOSED_SUFFIX_RE = re.compile(
    r"\s*[-–:]\s*(?:lukket|fortroligt?)(?:\s+(?:punkt|sag|dagsordenspunkt))?\s*$",
    re.IGNORECASE,
)
_STATUS_NOTE_RE = re.compile(
    r"^(?P<postponed>udsat|udsættes)$|^(?P<withdrawn>udgår|udgået|trukket|"
    r"taget af dagsordenen)$",
    re.IGNORECASE,
)
_PREFIX_RE = re.compile(r"^(?P<prefix>[A-ZÆØÅ]{1,5})\s*[-–]\s+(?=\S)")
_NAME_SPLIT_RE = re.compile(r"\s*,\s*|\s+og\s+|\s+samt\s+|\s*&\s*")
_WORD_NAME_RE = re.compile(r"^[A-ZÆØÅ][\w'.\-]*$")


@dataclass(frozen=True, slots=True)
class TitleParts:
    """An item title split into the title proper and the notes printed with it."""

    title: str
    prefix: str = ""  # a leading forum abbreviation ("CF"), not yet removed
    presenter: str = ""
    start: time | None = None
    end: time | None = None
    participants: tuple[str, ...] = ()
    closed: bool = False
    status_note: str = ""  # "postponed" / "withdrawn" when the title says so
    notes: tuple[str, ...] = ()  # other notes taken off the title ("15 min.")


@lru_cache(maxsize=1024)
def split_title(raw: str) -> TitleParts:
    """Split "CF - Title v. Søren (10.35-11.05) (Finn og Mona deltager)"."""
    title = " ".join(raw.replace("**", "").split()).strip()
    start = end = None
    participants: list[str] = []
    closed = False
    status_note = ""
    notes: list[str] = []
    while True:
        match = _TRAILING_GROUP_RE.search(title)
        if not match or match.start() == 0:
            break
        inner = match.group("inner").strip()
        times = _GROUP_TIMES_RE.match(inner)
        status = _STATUS_NOTE_RE.match(inner)
        if times:
            start, end = _times(times)
        elif _PARTICIPANT_NOTE_RE.search(inner):
            participants = split_names(_PARTICIPANT_NOTE_RE.sub("", inner))
        elif _CLOSED_TITLE_RE.match(inner) and len(inner) <= 20:
            closed = True
        elif status:
            status_note = "postponed" if status.group("postponed") else "withdrawn"
        elif _DURATION_RE.match(inner) or _OPEN_NOTE_RE.match(inner):
            notes.append(inner)
        else:
            break
        title = title[: match.start()].rstrip()
    if start is None:
        times = _TRAILING_TIMES_RE.search(title)
        if times and times.start() > 0:
            start, end = _times(times)
            title = title[: times.start()].rstrip(" ,")
    presenter = ""
    match = _PRESENTER_RE.search(title)
    if match and (not match.group(0).lstrip().startswith("ved") or start):
        presenter = match.group("name")
        title = title[: match.start()].rstrip(" ,")
    prefix_match = _PREFIX_RE.match(title)
    prefix = prefix_match.group("prefix") if prefix_match else ""
    if _CLOSED_TITLE_RE.match(strip_prefix(title, prefix)):
        closed = True
    suffix = _CLOSED_SUFFIX_RE.search(title)
    if suffix and suffix.start() > 0:
        # "Køb af grund - lukket punkt"
        closed = True
        title = title[: suffix.start()].rstrip()
    return TitleParts(
        title=title.rstrip(" :"),
        prefix=prefix,
        presenter=presenter,
        start=start,
        end=end,
        participants=tuple(participants),
        closed=closed,
        status_note=status_note,
        notes=tuple(notes),
    )


def _times(match: re.Match[str]) -> tuple[time | None, time | None]:
    start = make_time(match.group(1), match.group(2))
    end = make_time(match.group(3), match.group(4))
    return start, end


def strip_prefix(title: str, prefix: str) -> str:
    """Remove a leading "<prefix> - " from title."""
    if not prefix:
        return title
    match = _PREFIX_RE.match(title)
    if match and match.group("prefix") == prefix:
        return title[match.end() :]
    return title


def split_names(text: str) -> list[str]:
    """Split "Finn og Mona", "A, B og C" into names; drop words that are not names."""
    names = []
    for part in _NAME_SPLIT_RE.split(text.strip(" .;:")):
        part = re.sub(r"\s*\([^)]*\)", "", part).strip(" .;:")
        if part and is_name(part):
            names.append(part)
    return names


def is_name(text: str, *, max_words: int = 5) -> bool:
    """True when text looks like a person's name ("Anne Marie Holm")."""
    words = text.split()
    if not words or len(words) > max_words:
        return False
    if not _WORD_NAME_RE.match(words[0]):
        return False
    return all(
        _WORD_NAME_RE.match(word) or word in {"von", "van", "de", "la", "af"}
        for word in words[1:]
    )


def title_key(title: str) -> str:
    """Return a comparable form of a title (case, dashes, prefix, spacing)."""
    key = " ".join(title.casefold().replace("–", "-").replace("\\_", "_").split())
    match = re.match(r"^[a-zæøå]{1,5}\s*-\s+", key)
    if match:
        key = key[match.end() :]
    return key.rstrip(" .:")


@lru_cache(maxsize=4096)
def title_similarity(a: str, b: str) -> float:
    """Return 0..1: how alike two titles are after title_key normalisation."""
    key_a, key_b = title_key(a), title_key(b)
    if key_a == key_b:
        return 1.0
    if not key_a or not key_b:
        return 0.0
    # The ratio can be at most 2*shorter/total; skip the costly comparison
    # for titles of very different length (any threshold used is above 0.7).
    if 2 * min(len(key_a), len(key_b)) / (len(key_a) + len(key_b)) < 0.7:
        return 0.0
    return SequenceMatcher(None, key_a, key_b, autojunk=False).ratio()
