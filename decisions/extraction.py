"""Decision text -> follow-up drafts and clause outcomes.

Pure Python (no Django): imports only the parser's types and the deadline
grammar. ``extract_follow_ups`` reads one parsed agenda item and returns the
future actions its decision commits someone to; ``clause_outcomes`` reads
what happened to each numbered clause of the recommendation.

The rules are linguistic, not tuned to one municipality: a sentence is a
follow-up when it carries a commitment signal (a future modal with an actor
or a passive verb, a present-tense action verb with a named actor, "vender
tilbage", "besluttede, at der ...", a deadline word) and no veto (negation,
reported speech, a condition, a wish, a consideration, a question).
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property, lru_cache
from typing import NamedTuple

from decisions.commitments import (
    Referral,
    find_referral,
    is_what_others_want,
    referral_deadline,
)
from decisions.deadlines import Deadline, Precision, find_deadlines
from minutes.parsing.types import (
    Clause,
    ItemStatus,
    ParsedAgendaItem,
    ParsedMinutes,
    Section,
)

__all__ = [
    "OFFICIALS",
    "FollowUpDraft",
    "Origin",
    "Outcome",
    "Sentence",
    "RULES",
    "Rule",
    "Verdict",
    "clause_outcomes",
    "explain_item",
    "extract_follow_ups",
    "next_meeting_date",
    "split_sentences",
]


class Origin:
    """Where a follow-up was found (values of FollowUpDraft.origin)."""

    DECISION = "decision"
    CASE_TEXT = "case_text"  # a promise in the case presentation: weaker
    POSTPONED = "postponed"  # the item was postponed and must come back
    WITHDRAWN = "withdrawn"  # the item was taken off the agenda


class Outcome:
    """What the decision did with one recommendation clause."""

    APPROVED = "approved"
    NOTED = "noted"
    DISCUSSED = "discussed"
    AMENDED = "amended"
    REJECTED = "rejected"
    POSTPONED = "postponed"
    UNCLEAR = "unclear"


# Generic officials and administrative bodies that act in decisions. Units
# (departments, their abbreviations and spellings) are data: they come in
# through ``unit_aliases``.
OFFICIALS: tuple[str, ...] = (
    "Kommunaldirektøren",
    "Direktørerne",
    "Direktionen",
    "Forvaltningen",
    "Administrationen",
    "Borgmesteren",
    "Afdelingscheferne",
    "Cheferne",
    "Sekretariatet",
    "Direktøren",
    "Fagdirektøren",
    "Fagdirektørerne",
    "Afdelingschefen",
    "Centerchefen",
    "Centercheferne",
    "Stabschefen",
    "Formanden",
    "Udvalgsformanden",
    "Lederne",
    "Ledelsen",
)


@dataclass(frozen=True)
class FollowUpDraft:
    """A future action found in an agenda item, before it is saved."""

    source_text: str  # the sentence, exactly as in the text it came from
    source_start: int  # offsets of source_text in the decision/section text
    source_end: int
    description: str  # short human description (<= 200 characters)
    responsible: str  # unit, official, body or people named as actor; "" if none
    due_date: date | None
    due_precision: str  # a Precision value; "" when the text gives no deadline
    due_text: str  # the deadline phrase as written; "" when none
    origin: str  # an Origin value
    event: str = ""  # the body/meeting an event deadline names
    rule: str = ""  # the name of the rule that found it (see RULES)
    confidence: float = 0.0  # how sure that rule is, 0-1 (see RULES)


@dataclass(frozen=True)
class Rule:
    """A named extraction rule: what it recognises and how far it is trusted."""

    name: str
    confidence: float  # share of its finds that are real follow-ups, 0-1
    description: str


# Every rule that can produce a follow-up. Confidence is the rule's own
# trust, from how it did on the annotated referater: a list entry or an
# item's status is as sure as the parser, a named commitment phrase nearly
# so; an impersonal passive or a promise in the case text is weaker.
RULES: tuple[Rule, ...] = (
    Rule("follow_up_list", 0.95, 'an entry of a follow-up list ("Opfølgning:")'),
    Rule("item_postponed", 0.95, "the item was postponed: it must come back"),
    Rule("item_withdrawn", 0.9, "the item was withdrawn: it must come back"),
    Rule("referral", 0.9, 'referred to a body or process ("oversendes til X")'),
    Rule("hearing", 0.85, 'sent for consultation ("sendes i høring hos X")'),
    Rule("resumption", 0.9, 'the case comes back ("genoptages", "behandles igen")'),
    Rule("commitment_phrase", 0.85, 'a commitment verb ("vender tilbage", …)'),
    Rule("modal_with_subject", 0.8, 'a subject with "skal"/"vil" and a verb'),
    Rule("modal_passive", 0.75, '"skal"/"vil" with a passive ("skal behandles")'),
    Rule("actor_present_verb", 0.75, "a named actor and an action verb"),
    Rule("inverted_present_verb", 0.7, "an action verb before its named actor"),
    Rule("decided_to", 0.75, '"besluttede at" + an action ("at igangsætte")'),
    Rule("decided_that", 0.7, '"besluttede, at" + a clause with an action'),
    Rule("decided_with_deadline", 0.65, '"besluttede, at" + a future deadline'),
    Rule("impersonal_passive", 0.65, 'an impersonal passive ("der afholdes")'),
    Rule("case_text_promise", 0.5, "a promise in the case presentation"),
)
RULE_CONFIDENCE = {rule.name: rule.confidence for rule in RULES}


@dataclass(frozen=True)
class Sentence:
    """A sentence (or bullet) of a text with its character offsets."""

    start: int
    end: int
    text: str  # text[start:end]
    bullet: bool = False  # the sentence is (the start of) a list item


# ==========================================================================
# Sentence splitting


def _words(text: str) -> frozenset[str]:
    """Return the whitespace-separated words of a vocabulary list."""
    return frozenset(text.split())


# Words that end with a period without ending the sentence. Compared in lower
# case with the trailing period removed.
_ABBREVIATIONS = _words(
    """
    kl bl.a bla f.eks feks fx pr jf jfr jvf nr d ca evt mv m.v m.m mm inkl
    ekskl vedr ifm i.f.m iht i.h.t mht m.h.t hhv dvs d.v.s osv o.l ol t.o.m
    tom stk pkt kap tlf mio mia kr ml ang att ref resp gl el eks ex lign m.fl
    mfl st sept febr nov dec jan feb mar mrt apr jun jul aug sep okt kv kvt
    kvrt bl adm afd dir sekr udv tilsv vha v.h.a ift i.f.t
    """
)
# Abbreviations that close a sentence as often as not ("... 7,8 mio. kr.
# Beredskabsdirektøren indhenter ..."): before a capitalised word they end it.
_FINAL_ABBREVIATIONS = _words("kr osv mv m.v m.m mm m.fl mfl o.l ol")
_MONTH_WORDS = _words(
    "januar februar marts april maj juni juli august september oktober "
    "november december"
)
_BULLET_RE = re.compile(r"^[ \t]*(?:[-–•*·▪]|\d{1,2}[.)]|[a-z][.)])[ \t]+")
# Lines that always start a new sentence even after a line without a period:
# per-clause verdicts ("Ad 2: ...") and chained decisions of other bodies.
_NEW_BLOCK_RE = re.compile(
    r"^[ \t]*(?:Ad\.?\s+(?:pkt\.?\s*|punkt\s+)?\d|Fraværende\b|Afbud\b"
    r"|[A-ZÆØÅ][^\n:]{0,80},\s*(?:den\s+)?\d{1,2}\.\s*[a-zæøå]+\.?\s+\d{4})",
)
# A period/!/? followed by space and a capital (or a quote/bracket and a
# capital) may end a sentence.
_BOUNDARY_RE = re.compile(r"[.!?][\"'”»)]*\s+(?=[\"'“«(]?[A-ZÆØÅ])")
_TERMINAL_RE = re.compile(r"[.!?:][\"'”»)]*\s*$")
# A sentence that continues the previous one without a verb of its own
# ("Herunder en plan for inddragelse af ...").
_CONTINUATION_RE = re.compile(r"^(?:Herunder|Heriblandt|Bl\.\s*a\.|Blandt andet)\b")


def split_sentences(text: str) -> list[Sentence]:
    """Split a decision or section text into sentences with offsets.

    Bullet lines are sentences of their own; a paragraph cut in two by a page
    break (no final period, next paragraph in lower case) is joined again;
    "kl. 17.00", "bl.a.", "d. 5. december" and other abbreviations do not end
    a sentence.
    """
    blocks = _blocks(text)
    sentences: list[Sentence] = []
    for start, end, bullet in blocks:
        first = True
        for s_start, s_end in _split_block(text, start, end):
            sentence = Sentence(s_start, s_end, text[s_start:s_end], bullet and first)
            first = False
            if (
                sentences
                and _CONTINUATION_RE.match(sentence.text)
                and not sentences[-1].text.rstrip().endswith(":")
            ):
                previous = sentences.pop()
                sentence = Sentence(
                    previous.start,
                    s_end,
                    text[previous.start : s_end],
                    previous.bullet,
                )
            sentences.append(sentence)
    return sentences


def _blocks(text: str) -> list[tuple[int, int, bool]]:
    """Return (start, end, is_bullet) for paragraphs and list items."""
    blocks: list[list[int | bool]] = []
    position = 0
    previous_blank = True
    for line in text.splitlines(keepends=True):
        line_start, position = position, position + len(line)
        stripped = line.strip()
        if not stripped:
            previous_blank = True
            continue
        lead = len(line) - len(line.lstrip())
        content_start = line_start + lead
        content_end = line_start + len(line.rstrip())
        bullet = _BULLET_RE.match(line)
        if bullet:
            marker_end = line_start + bullet.end()
            blocks.append([marker_end, content_end, True])
        elif _NEW_BLOCK_RE.match(line):
            blocks.append([content_start, content_end, False])
        elif blocks and not previous_blank and not _ends_terminal(text, blocks[-1]):
            blocks[-1][1] = content_end  # a wrapped line of the same paragraph
        elif (
            blocks
            and not blocks[-1][2]
            and stripped[0].islower()
            and not _ends_terminal(text, blocks[-1])
        ):
            # A page break cut the paragraph: "... der skal indgå i" / "modellen."
            blocks[-1][1] = content_end
        elif blocks and not previous_blank and not blocks[-1][2]:
            blocks[-1][1] = content_end
        else:
            blocks.append([content_start, content_end, False])
        previous_blank = False
    return [(int(s), int(e), bool(b)) for s, e, b in blocks]


def _ends_terminal(text: str, block: list[int | bool]) -> bool:
    """Tell whether a block ends with a period, "!", "?" or ":".

    Only the block's last characters are read: a paragraph wrapped over
    many lines is asked once per line, and reading all of it each time
    would take time quadratic in its length.
    """
    start, end = int(block[0]), int(block[1])
    return bool(_TERMINAL_RE.search(text, max(start, end - 40), end))


# The longest sentence read as one. A longer run of text without a sentence
# end is cut at a comma or a space before this length: no real sentence is
# this long, and the rules read a sentence in time that grows with its length.
MAX_SENTENCE_CHARS = 2000
_CUT_AT = (", ", "; ", " ")


def _capped(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a span longer than MAX_SENTENCE_CHARS into pieces no longer than that."""
    spans: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = -1
        for separator in _CUT_AT:
            found = text.rfind(separator, start + MAX_SENTENCE_CHARS // 2, limit)
            if found != -1:
                cut = found + len(separator)
                break
        if cut <= start:
            cut = limit
        piece_end = _rstrip(text, start, cut)
        if piece_end > start:
            spans.append((start, piece_end))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))
    return spans


def _split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [
        piece
        for span_start, span_end in _split_at_boundaries(text, start, end)
        for piece in _capped(text, span_start, span_end)
    ]


def _split_at_boundaries(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    current = start
    for match in _BOUNDARY_RE.finditer(text, start, end):
        period = match.start()
        if not _ends_sentence(text, current, period, match.end()):
            continue
        cut = match.end()
        spans.append((current, _rstrip(text, current, cut)))
        current = cut
    if current < end:
        spans.append((current, _rstrip(text, current, end)))
    return [(s, e) for s, e in spans if e > s]


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


_WORD_AFTER_RE = re.compile(r"[\"'“«(]?(\w+)")
_SURNAME_RE = re.compile(r"^[A-ZÆØÅ][a-zæøåé]+$")
# Capitalised words that begin sentences rather than continue names.
_SENTENCE_STARTERS = _words(
    """
    der det den de dette denne disse sagen punktet udvalget forvaltningen
    administrationen herefter derefter videre desuden samtidig endelig også
    vi man hvis når som efter før til på i med for
    """
)


def _word_ending_at(text: str, start: int, end: int) -> str:
    """Return the run of non-space characters ending at ``end`` (from ``start``).

    Walks back from ``end``: a regex search would scan from ``start``, and the
    block can be long. Only the last 40 characters are read: every word that
    matters here (an abbreviation, a number, an initial) is shorter, and a
    long run of periods without a space must not be read once per period.
    """
    begin = end
    start = max(start, end - 40)
    while begin > start and not text[begin - 1].isspace():
        begin -= 1
    return text[begin:end]


def _ends_sentence(text: str, start: int, period: int, after: int) -> bool:
    """Decide whether the punctuation at ``period`` ends a sentence."""
    if text[period] != ".":
        return True
    raw_word = _word_ending_at(text, start, period + 1).rstrip(".").lstrip("(\"'“«")
    word = raw_word.lower()
    if word in _ABBREVIATIONS:
        # "mio. kr. Beredskabet ...": the boundary pattern only stops before
        # a capital, so a lower-case final abbreviation ends the sentence
        # ("Kr. Himmelfartsdag" keeps its capital and its period).
        return word in _FINAL_ABBREVIATIONS and raw_word == word
    following = _WORD_AFTER_RE.match(text, after)
    next_raw = following.group(1) if following else ""
    next_word = next_raw.lower()
    # An initial before a surname: "A. Jensen" (but "Model B. HovedMED vil",
    # "Model B. Udvalget ...")
    if (
        len(word) == 1
        and word.isalpha()
        and _SURNAME_RE.match(next_raw)
        and next_word not in _SENTENCE_STARTERS
        and not _BODY_RE.fullmatch(next_raw)
        and not _OFFICIALS_RE.fullmatch(next_raw)
    ):
        return False
    # "den 5. December" (capitalised by mistake) keeps its ordinal.
    return not (word.isdigit() and len(word) <= 2 and next_word in _MONTH_WORDS)


# ==========================================================================
# Vocabulary of commitments

_F = re.IGNORECASE

# Quick word tests. Python's re runs a case-insensitive alternation of words
# slowly (it cannot scan ahead for a first letter), and several such patterns
# below run on every sentence. Where every match of a pattern holds one of a
# few words, a substring test on the lower-cased text first tells whether the
# pattern can match at all; most sentences are settled by that test alone.
# str.lower() agrees with re.IGNORECASE on every letter except three, "İ",
# "ı" and "ſ", which re also reads as "i" or "s" ("udſat" matches "udsat"):
# a text holding one of them is always run through the pattern.


def _may_contain(text: str, words: tuple[str, ...]) -> bool:
    """Tell whether ``text`` may hold one of ``words`` (lower case), in any case.

    Never says no when a case-insensitive pattern could find one of the
    words, so a "no" safely skips the patterns that need them.
    """
    return _lowered_may_contain(_lowered(text), words)


def _lowered(text: str) -> str | None:
    """Return ``text`` in lower case for _may_contain; None if it has a misfit."""
    if "İ" in text or "ı" in text or "ſ" in text:
        return None
    return text.lower()


def _lowered_may_contain(lowered: str | None, words: tuple[str, ...]) -> bool:
    """_may_contain on a text already passed through _lowered."""
    return lowered is None or any(map(lowered.__contains__, words))


# Phrases that commit someone to a future action on their own.
_STRONG_RE = re.compile(
    r"\b(?:"
    r"vend(?:er|e)\s+(?:\w+\s+){0,3}?tilbage"
    r"|komm(?:er|e)\s+(?:\w+\s+){0,2}?tilbage\s+(?:til|med)"
    r"|følge(?:r|s)?\s+(?:\w+\s+){0,3}?op\b"
    r"|arbejde(?:r|s)?\s+(?:der\s+)?(?:\w+\s+)?videre\b"
    r"|genoptages"
    r"|(?:fore|frem)lægge[rs]"
    r"|præsenteres\s+for\b"
    # "Sagen oversendes til 2. behandling": the case must come back
    r"|(?:over)?sendes\s+(?:videre\s+)?til\s+(?:\d\.\s*|anden\s+|endelig\s+)"
    r"behandling"
    r"|sendes\s+(?:videre\s+)?til"
    r"|udarbejde[rs]"
    r"|igangsætte[rs]|iværksætte[rs]"
    r"|planlægge[rs]"
    r"|implementere[rs]"
    r"|fastlægge[rs]"
    r"|undersøge[rs]"
    r"|orienteres|blive\s+orienteret"
    r"|får\s+(?:\w+\s+){0,5}?(?:orientering|status|redegørelse|sag|oplæg|forelagt)"
    # "Forvaltningen giver byrådet en status på ...": the giver delivers
    r"|giver\s+(?:\w+\s+){0,3}?(?:en\s+)?(?:status|orientering|redegørelse"
    r"|tilbagemelding)\b"
    r"|deadline(?:n)?\s+(?:for|er)|frist(?:en)?\s+(?:for|er)\b"
    r"|har\s+(?:en\s+|til\s+)?opgave(?:n)?\s+(?:i\s+)?at|har\s+til\s+opgave"
    r"|justere[rs]"
    r"|behandles\s+(?:igen|på|i|af|senest)"
    r"|tages\s+op\s+(?:igen|på|i)"
    r"|sættes\s+på\s+(?:dagsorden|et\s+møde|næste)"
    r"|bedes"
    r"|ønsker\s+(?:\w+\s+){0,2}?(?:at\s+få|at\s+blive|en|et)\b"
    r"|(?:anmod(?:er|ede)|beder|bad)\s+(?:\w+\s+){0,4}?om\s+(?:at|en|et)\b"
    r"|pålægger|pålagde|bemyndige(?:r|de|s)\b"
    r")",
    _F,
)
_MODAL_RE = re.compile(r"\b(skal|vil)\b", _F)
_DECIDED_RE = re.compile(
    r"\b(?:besluttede|besluttedes|besluttet|besluttes|beslutter|vedtog|vedtaget"
    r"|aftalte|aftalt|aftaltes|aftales|blev\s+enige\s+om|var\s+enige\s+om"
    r"|er\s+enige\s+om|enighed\s+om|konkluderede"
    # "Godkendt med den tilføjelse, at der afholdes ...": an added action
    r"|med\s+(?:den\s+|følgende\s+)?tilføjelse(?:n)?)\s*,?\s*(?:om\s+)?at\b",
    _F,
)
# Every match of _DECIDED_RE holds one of these (see _may_contain).
_DECIDED_WORDS = ("beslut", "vedt", "aftal", "enig", "konklud", "tilføjelse")
# The decision preamble stripped from descriptions ("Udvalget besluttede,
# at", "Godkendt, idet", "med en bemærkning om at").
_PREAMBLE_RE = re.compile(
    r"^(?:Ad\s+(?:pkt\.?\s*|punkt\s+)?\d+\s*[:.)]\s*)?(?:"
    r"[^.]{0,120}?\b(?:besluttede|besluttedes|besluttet|vedtog|aftalte|aftaltes"
    r"|blev\s+enige\s+om)\s*,?\s*(?:om\s+)?at\s+"
    r"|(?:Godkendt|Anbefales|Tiltrådt|Indstillingen\s+(?:blev\s+)?godkendt)"
    r"\s*,\s*(?:idet|og|så)\s+"
    r"|[^.]{0,120}?\bmed\s+(?:en\s+|den\s+|de\s+)?(?:bemærkning(?:en|erne)?"
    r"|tilføjelse(?:n)?)\s*(?:om)?\s*,?\s*(?:at\s+)?"
    r")?",
    _F,
)
# "Godkendt med den ændring, at fristen forlænges": the passive describes the
# amended content, not a task.
_AMENDMENT_RE = re.compile(
    r"\bmed\s+(?:følgende|den|de)\s+ændring(?:er)?\b|\bdog\s+således\b", _F
)
_AD_RE = re.compile(r"^Ad\s+(?:pkt\.?\s*|punkt\s+)?\d+\s*[:.)]\s*", _F)

# Vetoes: the sentence is not a commitment.
_REPORTED_RE = re.compile(
    r"\b(?:oplyste|fortalte|nævnte|informerede|meddelte|udtalte|berettede"
    r"|gjorde\s+opmærksom\s+på|understregede|påpegede)\s*,?\s*(?:at|om)\b"
    r"|\b(?:orienterede|redegjorde|spurgte)\b"
    r"|\b(?:konstaterede|fastslog|refererede)\s*,?\s*at\b",
    _F,
)
_CONDITION_START_RE = re.compile(
    r"^\W*(?:Hvis|Såfremt|Safremt|I\s+fald|Ifald|I\s+det\s+omfang|Skulle\s+det)\b"
    # A verb-first clause is a condition: "Sker der ændringer, orienterer ..."
    r"|^\W*[A-ZÆØÅ][a-zæøå]+(?:er|r)\s+(?:der|det|man|vi|de|han|hun)\b",
)
_CONDITION_RE = re.compile(
    r"\b(?:hvis|såfremt|i\s+fald)\b(?!\s+(?:muligt|nødvendigt)\b)", _F
)
# Words every match of the pattern above holds (see _may_contain).
_CONDITION_WORDS = ("hvis", "såfremt", "fald")
_CONSIDERATION_RE = re.compile(
    r"\bovervej\w*"
    r"|\bkan\s+(?:\w+\s+){0,4}?(?:være|blive)\s+(?:nødvendigt|relevant|"
    r"hensigtsmæssigt|en\s+mulighed|en\s+god\s+idé?)",
    _F,
)
_CONSIDERATION_WORDS = ("overvej", "kan")  # as _CONDITION_WORDS
_WISH_RE = re.compile(
    r"\bdet\s+er\s+(?:\w+\s+)?(?:vigtigt|væsentligt|ønskeligt|afgørende|centralt)"
    r"|\b(?:finder|fandt)\s+det\s+(?:\w+\s+)?(?:vigtigt|væsentligt|afgørende)"
    r"|\bvigtigt\s*,?\s*at\b|\bopfordre\w*|\bhenstill\w*|\bvil\s+gerne\b"
    r"|\bgerne\s+vil\b",
    _F,
)
# As _CONDITION_WORDS.
_WISH_WORDS = (
    "vigtigt",
    "væsentligt",
    "ønskeligt",
    "afgørende",
    "centralt",
    "opfordre",
    "henstill",
    "gerne",
)


def _is_conditional(text: str) -> bool:
    """Tell whether a sentence is (or opens with) a condition."""
    return bool(
        _CONDITION_START_RE.search(text)
        or (_may_contain(text, _CONDITION_WORDS) and _CONDITION_RE.search(text))
    )


def _is_hedged(text: str) -> bool:
    """Tell whether a sentence is a question, a condition, a consideration or a wish."""
    return bool(
        _QUESTION_RE.search(text)
        or _is_conditional(text)
        or (_may_contain(text, _CONSIDERATION_WORDS) and _CONSIDERATION_RE.search(text))
        or (_may_contain(text, _WISH_WORDS) and _WISH_RE.search(text))
    )


_NEGATION_WORDS = frozenset({"ikke", "ingen", "intet", "aldrig"})
# Present-tense verbs that report or approve rather than commit.
_STATIVE = _words(
    """
    er har bliver kan skal vil må bør får ser godkender drøfter anbefaler
    tiltræder beslutter vedtager noterer ønsker finder mener vurderer
    konstaterer oplyser støtter bakker takker bemærker understreger påpeger
    anerkender opfordrer henstiller forventer deltager mangler indstiller
    afventer glæder roser kvitterer modtager følger giver betyder kræver
    omfatter dækker består handler hedder indebærer forudsætter
    """
)
_TAKE_NOTE_RE = re.compile(
    r"\s+(?:\w+\s+){0,8}?til\s+(?:efterretning|orientering|etterretning)"
    r"|\s+(?:\w+\s+){0,2}?(?:stilling|forbehold|udgangspunkt|afsæt)\b",
    _F,
)
# Passive forms ending in -es that are not future actions: approvals,
# assessments, deponents and the postponement itself.
_PASSIVE_STOP = _words(
    """
    godkendes anbefales tiltrædes vedtages noteres bemærkes konstateres
    besluttes indstilles foreslås ønskes præsenteres vedlægges henvises
    forventes vurderes menes anses antages skønnes opleves betragtes findes
    synes lykkes trives skyldes mindes kendes kaldes omtales nævnes drøftes
    udsættes udskydes oversendes bevilges imødekommes afvises forkastes
    finansieres dækkes tilgås fås ses bruges anvendes opgøres beregnes følges
    konteres betales
    """
)
# Passives that, in context, pay for, permit or forward rather than commit:
# "udgiften afholdes af puljen", "der gives dispensation", "sagen sendes
# videre til Kommunalbestyrelsen" (the routine path of a case).
_PASSIVE_CONTEXT_RE = re.compile(
    r"(?:afholdes|dækkes|betales|finansieres|konteres)\s+(?:af|inden\s+for|via|over"
    r"|under)\b"
    r"|gives\s+(?:\w+\s+){0,2}?(?:tilladelse|dispensation|tilsagn|afslag"
    r"|tillægsbevilling|bevilling|anlægsbevilling)"
    r"|(?:over|videre)?sendes\s+(?:videre\s+)?til\s+"
    r"(?!(?:\d\.\s*|anden\s+|endelig\s+)behandling)(?:\w+\s+){0,3}?"
    r"(?-i:Kommunalbestyrelsen|Byrådet|Borgerrepræsentationen|Regionsrådet"
    r"|[A-ZÆØÅ][\w-]*udvalget)",
    _F,
)
# Sentences about money: their passives set amounts, not tasks.
_MONEY_RE = re.compile(
    r"\b(?:kr\.|mio\.|mia\.|tillægsbevilling|anlægsbevilling|rådighedsbeløb"
    r"|kassebeholdning|bevilling)",
    _F,
)
# After "skal"/"vil" a passive is a future step, except an approval: "skal
# godkendes af Kommunalbestyrelsen" is the approval path, not a task.
_APPROVAL_PASSIVES = _words(
    """
    godkendes anbefales tiltrædes vedtages noteres bevilges imødekommes
    """
)
# Words in -es that are not verbs at all.
_NOUNS_IN_ES = _words("proces succes kommunes borgeres dages alles regionens")
_PASSIVE_BLOCKERS = frozenset(
    {"kan", "kunne", "bør", "burde", "må", "måtte", "skulle", "ville"}
)
# Words ending in -e that are not infinitives (for reading "skal/vil ...").
_NOT_INFINITIVE = _words(
    """
    ikke gerne alle samme denne disse nogle de hele næste første sidste
    seneste nærmere tidligere senere videre mere tilbage eventuelle relevante
    konkrete nye store andre egne ene inde ude oppe nede hjemme fremme
    allerede måske hurtigere bedre større mindre yderligere længere endelige
    samlede mange flere både ifølge tillige lange længe alene sammen ske
    """
)
_VERBS_IN_ENDE = _words(
    """
    vende sende anvende kende fremsende indsende tilsende udsende videresende
    genkende erkende anerkende ende afsende tænde
    """
)
_VOWEL_INFINITIVES = frozenset({"gå", "se", "stå", "nå", "bo", "tro", "slå"})
_SKIPPABLE_ADVERBS = _words(
    """
    også snarest derefter herefter nu løbende hurtigst straks selv fremover
    fortsat endvidere desuden samtidig efterfølgende sammen i dag primært
    """
)
_PREPOSITIONS = _words(
    """
    til på for i af med fra hos mod over om ved under blandt efter end som
    mellem uden gennem ifølge vedr overfor
    """
)
_SUBJECT_PRONOUNS = frozenset({"der", "vi", "man"})
_DETERMINERS = _words(
    """
    en et den det de denne dette disse næste hver alle sin sit sine deres
    vores hans hendes nogle flere mange første sidste anden andet samme
    """
)
# Words in -er that are not verbs but often stand before a name.
_NOT_VERBS_ER = _words(
    """
    eller efter derefter herefter bagefter forinden over under hver heller
    sider tider timer kroner måneder steder områder chefer ledere temaer
    """
)
# Subordinate clauses: no inverted main-clause verb can follow these.
_SUBORDINATORS = _words(
    """
    at som der hvor hvis når da fordi mens om idet så hvilket hvordan hvem
    hvad hvorfor hvornår
    """
)
# The past tense that reports what happened at the meeting. A sentence led
# by one is a report; only explicit commitment words inside it count.
_PAST_REPORT = _words(
    """
    drøftede godkendte tog gennemgik blev var havde orienterede oplyste fik
    præsenterede behandlede takkede deltog modtog gav sagde nævnte fremlagde
    konkluderede besøgte gennemførte udtrykte roste bemærkede noterede
    konstaterede kom anbefalede tiltrådte vedtog
    """
)
# Past tense and participles that report what happened at the meeting.
_FUTURE_STATE_RE = re.compile(
    r"\b(?:træder\s+i\s+kraft|gælder\s+fra|er\s+gældende|udløber|går\s+i\s+drift"
    r"|går\s+i\s+luften)\b",
    _F,
)
_QUESTION_RE = re.compile(r"\?[\"'”»)]*\s*$")
# An introduction to the points of a statement the body sends ("afgive
# høringssvar med følgende hovedpunkter:"): the list is what it will say.
# (Comments from a discussion, "drøftede X med følgende kommentarer:", may
# hold tasks and are read one by one.)
_CONTENT_INTRO_RE = re.compile(
    r"\b(?:høringssvar\w*|udtalelse(?:n|r|rne)?|brev(?:et)?)\b", _F
)
_INTERROGATIVES = _words(
    "hvilke hvilken hvilket hvordan hvad hvem hvorvidt hvornår hvorfor hvor"
)
# The date of the next meeting is the calendar, not a task: "Næste møde
# afholdes torsdag den 23. april", "Næste møde er den 13. maj",
# "Forretningsudvalgets næste møde afholdes ...", "Kommunalbestyrelsens
# næste ordinære møde, der afholdes ...". The group "stmt" is the
# announcement without its (optional) genitive owner.
_NEXT_MEETING_CORE = (
    r"(?:næste|kommende|førstkommende|næstkommende)\s+"
    r"(?:(?:ordinære|ekstraordinære|ordinær|fælles)\s+)?møde\s*"
    r"(?::|,?\s*(?:der\s+|som\s+)?(?:afholdes|holdes|er|bliver|ligger"
    r"|finder\s+sted|fastsættes|blev\s+fastsat|fastlægges|blev\s+fastlagt)\b)"
)
_NEXT_MEETING_RE = re.compile(
    r"^\W*(?:det\s+)?(?:[\w-]+(?:s|'s|’s)\s+)?" + _NEXT_MEETING_CORE, _F
)
# Every match of the pattern above (and of the statements below) holds this.
_NEXT_MEETING_WORDS = ("møde",)

# Postponed and withdrawn items.
# Only the item itself is postponed: "Sagen/Punktet/Temadrøftelsen ... blev
# udsat", "udsætte sagen", "Udsat." ("Arbejdet med X udsættes" is not).
_ITEM_NOUN = (
    r"(?:[\w-]*(?:sagen|punktet|behandlingen|drøftelsen|orienteringen"
    r"|beslutningen|emnet|temaet|oplægget)|punkt\s+\d+)"
)
_POSTPONED_RE = re.compile(
    rf"^\W*(?:\w+\s+){{0,3}}?{_ITEM_NOUN}\b[^.]*?\b(?:(?:blev|bliver|er|var)\s+"
    rf"(?:\w+\s+)?(?:udsat|udskudt)|udsættes|udskydes)\b"
    rf"|\budsætte\s+(?:\w+\s+)?{_ITEM_NOUN}\b"
    rf"|^\W*(?:Udsat|Udskudt)\b",
    _F,
)
_WITHDRAWN_RE = re.compile(
    r"\b(?:taget|tages|trukket|trækkes|blev\s+trukket)\s+(?:\w+\s+)?(?:af|fra)\s+"
    r"dagsordenen\b"
    r"|\b(?:trukket|trækkes)\s+tilbage\b"
    r"|^\W*(?:Punktet|Sagen|Pkt\.?)\s+(?:\w+\s+)?(?:udgår|udgik)\b",
    _F,
)
# Every match of _POSTPONED_RE or _WITHDRAWN_RE holds one of these ("udsat",
# "udsættes", "udgår", "af dagsordenen", "trukket tilbage"). The two patterns
# are slow and run on every sentence; almost no sentence holds any of them.
_STATUS_WORDS = (
    # _POSTPONED_RE: "udsat", "udskudt", "udsættes", "udsætte", "udskydes"
    "udsat",
    "udskudt",
    "udsæt",
    "udskyd",
    # _WITHDRAWN_RE: "af dagsordenen", "trukket/trækkes tilbage", "udgår/udgik"
    "dagsordenen",
    "trukket",
    "trækkes",
    "udgår",
    "udgik",
)
_ITEM_SUBJECT_RE = re.compile(r"\W*(?:Punktet|Sagen|Pkt|Punkt)\b")
_COMING_BACK_RE = re.compile(
    r"\bvend(?:er|e)\s+tilbage\b|\bkommer\s+tilbage\s+til\b", _F
)
_NAME_LIST_SPLIT_RE = re.compile(r"\s*(?:,|\bog\b)\s*")
_SPACES_RE = re.compile(r"\s+")
_LEADING_AT_RE = re.compile(r"^at\s+(?=\S)")
_REASON_RE = re.compile(r",\s*(?:idet|da|fordi|eftersom)\b", _F)
_PAST_MARKERS_RE = re.compile(r"\btidligere\b|\bsidst\b|\bforrige\b", _F)

# Sections whose text is not the case presentation.
_NOT_CASE_TEXT_RE = re.compile(
    r"indstilling|beslutning|bilag|historik|sagsforløb|tidligere\s+behandling"
    r"|lovgrundlag|retsgrundlag|høringssvar|fraværende|afbud"
    # A party's motion and its reasons: what they ask for, not the case.
    r"|\bforslag\b|ændringsforslag|motivering|mindretal|protokol",
    _F,
)
_THIS_MEETING_RE = re.compile(
    r"\bpå\s+(?:dagens|dette|nærværende)\s+møde\b|\bpå\s+mødet\b(?!\s+(?:den|d\.|i)\b)",
    _F,
)
# "Her vil der blive tale om ...", "vil kunne ...": descriptions, not promises.
_NOT_A_PROMISE_RE = re.compile(
    r"\bblive\s+tale\s+om\b|\bvil\s+(?:\w+\s+)?(?:kunne|være|have)\b", _F
)
# A case-text promise needs "vil" or "vender/kommer tilbage" (see
# _is_case_promise). Most case-text sentences have neither, so these quick
# tests spare them the veto searches and the token and actor reading.
_CASE_PROMISE_WORDS = ("vil", "tilbage")
_CASE_PROMISE_RE = re.compile(r"\bvil\b|" + _COMING_BACK_RE.pattern, _F)
# A section holding none of these words can offer neither.
_CASE_TEXT_WORDS = _STATUS_WORDS + _CASE_PROMISE_WORDS
_CASE_STATIVE_INFINITIVES = _words(
    """
    være have kunne fungere betyde give medføre ske koste indebære gøre
    bidrage kræve understøtte komme ligge stå tjene finde
    """
)

# ==========================================================================
# Actors

_WORD_RE = re.compile(r"\w[\w'’-]*")


def _capital_first(pattern: str) -> re.Pattern[str]:
    """Compile a pattern whose every match starts with a capital letter.

    The look-ahead put in front changes no match, but lets the search reject
    every other position with one test instead of trying each alternative
    (and its look-behind) there. The actor patterns run on most sentences.
    """
    return re.compile("(?=[A-ZÆØÅ])(?:" + pattern + ")")


_BODY_RE = _capital_first(
    r"(?<![\w-])(?:[A-ZÆØÅ][\w-]*-\s+og\s+)?[A-ZÆØÅ][\w-]*(?:udvalget|MED|[Ff]orum"
    r"|rådet|bestyrelsen|styregruppen|styregruppe|gruppen|direktionen|Direktion)"
    r"(?![\w-])"
    r"|(?<![\w-])(?:Udvalget|Rådet|Bestyrelsen|Forummet|Direktionen|Byrådet"
    r"|Kommunalbestyrelsen|Regionsrådet|(?:Næst)?[Ff]ormandskabet)(?![\w-])",
)
# Units spelled as Danish departments usually are: "Børn & Unge", "By, Land
# og Kultur", "Center for Miljø", "Sekretariat for X".
_GENERIC_UNIT_RE = _capital_first(
    r"(?<![\w-])(?:[A-ZÆØÅ][\w-]*,\s+){0,6}[A-ZÆØÅ][\w-]*\s+(?:&|og)\s+[A-ZÆØÅ][\w-]*"
    r"(?![\w-])"
    r"|(?<![\w-])(?:Center|Centret|Afdelingen|Afdeling|Sekretariat|Sekretariatet"
    r"|Team|Staben|Enheden)\s+(?:for\s+)?[A-ZÆØÅ][\w-]*(?:\s+(?:&|og)\s+[A-ZÆØÅ]"
    r"[\w-]*)?",
)
_ROLE_FOR_UNIT_RE = re.compile(
    r"(?<![\w-])(?i:Direktøren|Afdelingschefen|Chefen|Centerchefen|Lederen|Leder)"
    r"\s+(?:for|af)\s+(?:[A-ZÆØÅ][\w-]*,\s+){0,6}[A-ZÆØÅ][\w-]*(?:\s+(?:&|og)\s+"
    r"[A-ZÆØÅ][\w-]*)?",
)
_OFFICIALS_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(o) for o in OFFICIALS) + r")(?![\w-])",
    _F,
)
_GROUP_RE = re.compile(
    r"(?<![\w-])(?:alle\s+)?(?:chefer|ledere|afdelingschefer|direktører|lederne"
    r"|cheferne|afdelingslederne|skolelederne|institutionslederne)(?![\w-])",
    _F,
)
# Lower-case words that every match of the case-insensitive patterns above
# holds: their searches are slow and most sentences hold none of the words
# (see _Context.actors).
_ROLE_WORDS = ("direktøren", "chefen", "leder")
# Officials named by a compound role: "Økonomichefen", "HR-chefen",
# "Skolelederen", "Klimakoordinatoren". Every match holds one of the words.
_ROLE_COMPOUND_RE = _capital_first(
    r"(?<![\w-])[A-ZÆØÅ][\w-]*(?:chefen|cheferne|direktøren|direktørerne|lederen"
    r"|lederne|koordinatoren|konsulenten)(?![\w-])"
)
_ROLE_COMPOUND_WORDS = (
    "chefen",
    "cheferne",
    "direktør",
    "leder",
    "koordinator",
    "konsulent",
)
_OFFICIAL_WORDS = tuple(official.lower() for official in OFFICIALS)
_GROUP_WORDS = ("chefer", "leder", "direktører")
_ABBREVIATION_RE = _capital_first(r"(?<![\w-])[A-ZÆØÅ]{2,5}(?![\w-])")
_ROMAN_RE = re.compile(r"^[IVXLC]+$")
_NAME_WORD = r"[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?"
_NAME_RE = _capital_first(rf"(?<![\w-]){_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}(?![\w-])")
# Capitalised words that make a "name" something else (a place, a plan, a
# body, a sentence opener); bodies are recognised by _BODY_RE as well.
_NOT_NAME_WORDS = _words(
    """
    Kommune Kommunes Region Regionen Plan Budget Forvaltningen Administrationen
    Videre Desuden Samtidig Efterfølgende Herefter Derefter
    """
) | {m.capitalize() for m in _MONTH_WORDS}
_SEND_TO_RE = re.compile(
    rf"\bsendes\s+(?:videre\s+)?til\s+({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})"
)
_NAMED_ORGANISERS_RE = re.compile(
    rf"\bsom\s+(?:[a-zæøå]+\s+)?(?P<names>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}"
    rf"(?:\s*(?:,|og)\s*{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}){{0,8}})"
    rf"(?:\s*,\s*i\s+samarbejde\s+med\s+[^,]+,)?\s+(?P<verb>[a-zæøå]+er)\b",
)
_REQUEST_RE = re.compile(
    r"\b(?:anmod(?:er|ede)|beder|bad|pålægger|pålagde|bemyndige(?:r|de))\s+"
    r"(?P<who>[\w&, -]{2,60}?)\s+(?:om|at|til)\b",
    _F,
)
_REQUEST_VERBS = _words(
    "anmoder anmodede beder bad pålægger pålagde bemyndiger bemyndigede"
)


class _Signal(NamedTuple):
    """A rule's sign of a commitment in a sentence."""

    position: int
    responsible: str  # the actor the rule found; "" for none
    rule: str  # the rule's name (see RULES)


# _Actor and _Token are NamedTuples rather than frozen dataclasses: every
# sentence read builds dozens of them, and a tuple is several times cheaper
# to create.
class _Actor(NamedTuple):
    start: int
    end: int
    name: str  # the responsible as it should be shown (canonical for units)


@lru_cache(maxsize=32)
def _alias_matcher(
    aliases: tuple[tuple[str, str], ...],
) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """Compile the unit alias table once per distinct table."""
    canonical: dict[str, str] = {}
    for alias, name in aliases:
        canonical[alias.casefold()] = name
        canonical[name.casefold()] = name
    if not canonical:
        return None, canonical
    words = sorted(
        {a for pair in aliases for a in pair if a.strip()}, key=len, reverse=True
    )
    # Abbreviations ("BU") must match in capitals; names in any case.
    parts = [
        re.escape(w) if w.isupper() else "(?i:" + re.escape(w) + ")" for w in words
    ]
    pattern = re.compile(r"(?<![\w&-])(?:" + "|".join(parts) + r")(?![\w-])")
    return pattern, canonical


@lru_cache(maxsize=32)
def _body_matcher(body_name: str) -> re.Pattern[str]:
    """Compile the meeting body's own name once (matched in any case)."""
    return re.compile(r"(?<![\w-])" + re.escape(body_name) + r"(?![\w-])", _F)


_SPECIFICITY = {
    Precision.DAY: 0,
    Precision.PART_OF_MONTH: 1,
    Precision.WEEK: 2,
    Precision.MONTH: 3,
    Precision.QUARTER: 4,
    Precision.RELATIVE: 5,
    Precision.SEASON: 6,
}


class _Context:
    """What the rules need to know about the item being read."""

    def __init__(
        self,
        item: ParsedAgendaItem,
        meeting_date: date,
        body_name: str,
        unit_aliases: Mapping[str, str] | None,
        next_meeting: date | None = None,
    ) -> None:
        self.item = item
        self.meeting_date = meeting_date
        self.body_name = body_name
        # The own body's next meeting, when the referat states it.
        self.next_meeting = (
            next_meeting if next_meeting and next_meeting > meeting_date else None
        )
        self.alias_re, self.canonical = _alias_matcher(
            tuple(sorted((unit_aliases or {}).items()))
        )
        self.body_re = _body_matcher(body_name) if body_name else None

    @cached_property
    def title_dates(self) -> set[date]:
        """Dates in the title are the subject of the item, not deadlines.

        Computed on first use: most items never weigh a deadline.
        """
        return {
            d.due_date
            for d in find_deadlines(self.item.title, self.meeting_date)
            if d.due_date
        }

    def actors(self, text: str) -> list[_Actor]:
        """Return every actor mentioned in ``text``, without overlaps.

        Kinds are tried in order of trust: roles with their unit ("Direktøren
        for Børn & Unge"), the alias table, officials, bodies, unit-like
        names, abbreviations and finally people's names; a later kind never
        overrides an earlier one.
        """
        found: list[_Actor] = []  # sorted by start; never overlapping
        starts: list[int] = []

        def add(start: int, end: int, name: str) -> None:
            # Found actors never overlap: the neighbours by start are the
            # only ones that can overlap a new one.
            at = bisect_right(starts, start)
            if at > 0 and found[at - 1].end > start:
                return
            if at < len(found) and found[at].start < end:
                return
            starts.insert(at, start)
            found.insert(at, _Actor(start, end, name))

        lowered = _lowered(text)  # for the quick word tests (see _may_contain)
        if _lowered_may_contain(lowered, _ROLE_WORDS):
            for m in _ROLE_FOR_UNIT_RE.finditer(text):
                add(m.start(), m.end(), _capitalise(m.group(0)))
        if self.alias_re is not None:
            for m in self.alias_re.finditer(text):
                add(m.start(), m.end(), self._unit(m.group(0)))
        if _lowered_may_contain(lowered, _OFFICIAL_WORDS):
            for m in _OFFICIALS_RE.finditer(text):
                add(m.start(), m.end(), _capitalise(m.group(0)))
        if _lowered_may_contain(lowered, _ROLE_COMPOUND_WORDS):
            for m in _ROLE_COMPOUND_RE.finditer(text):
                add(m.start(), m.end(), m.group(0))
        if _lowered_may_contain(lowered, _GROUP_WORDS):
            for m in _GROUP_RE.finditer(text):
                add(m.start(), m.end(), _capitalise(m.group(0)))
        if self.body_re is not None:
            for m in self.body_re.finditer(text):
                add(m.start(), m.end(), self.body_name)
        for m in _BODY_RE.finditer(text):
            add(m.start(), m.end(), self._body(m.group(0)))
        for m in _GENERIC_UNIT_RE.finditer(text):
            if not _inside_name(text, m.start(), m.end()):
                add(m.start(), m.end(), self._unit(m.group(0)))
        for m in _ABBREVIATION_RE.finditer(text):
            if not _ROMAN_RE.match(m.group(0)):
                add(m.start(), m.end(), self._unit(m.group(0)))
        for m in _NAME_RE.finditer(text):
            words = m.group(0).split()
            if not set(words) & _NOT_NAME_WORDS and not any(
                _BODY_RE.fullmatch(w.rstrip("s")) for w in words
            ):
                add(m.start(), m.end(), m.group(0))
        return found

    def is_future(self, deadline: Deadline) -> bool:
        """Tell whether a deadline can date a follow-up created at this meeting."""
        if deadline.is_past or deadline.precision == Precision.START_ONLY:
            return False
        due = deadline.due_date
        if due is None:
            return deadline.precision == Precision.EVENT
        if due <= self.meeting_date and deadline.precision == Precision.DAY:
            return False
        return due not in self.title_dates

    def choose_deadline(self, text: str) -> Deadline | None:
        """Pick the most specific future deadline in a sentence."""
        found = find_deadlines(text, self.meeting_date)
        dated = [d for d in found if d.due_date is not None and self.is_future(d)]
        if dated:
            return min(
                dated,
                key=lambda d: (_SPECIFICITY.get(d.precision, 9), d.due_date, d.start),
            )
        events = [d for d in found if d.precision == Precision.EVENT]
        if events:
            return events[0]
        starts = [
            d for d in found if d.precision == Precision.START_ONLY and not d.is_past
        ]
        return starts[0] if starts else None

    def _body(self, text: str) -> str:
        if text in {"Udvalget", "Rådet", "Bestyrelsen", "Forummet"} and self.body_name:
            return self.body_name
        return text

    def _unit(self, text: str) -> str:
        return self.canonical.get(text.casefold(), text)


_COORDINATION_RE = re.compile(r"(?:\s*,|\s+og|\s+samt)\s+$")
# No list of responsibles is longer; a longer run of names is an enumeration.
_MAX_COORDINATED = 12
# How far back the clause of a verb is looked for (see _clause_start).
_CLAUSE_WINDOW = 400
_CAPITALISED_BEFORE_RE = re.compile(r"[A-ZÆØÅ][a-zæøå]+\s+$")
_CAPITALISED_AFTER_RE = re.compile(r"\s+[A-ZÆØÅ][a-zæøå]+")
_NON_SPACE_RE = re.compile(r"\S")
_SPACE_RUN_RE = re.compile(r"\s*")


def _skip_spaces(text: str, position: int) -> int:
    """Return the position of the first non-space at or after ``position``."""
    match = _SPACE_RUN_RE.match(text, position)
    return match.end() if match else position


def _inside_name(text: str, start: int, end: int) -> bool:
    """Tell whether "X og Y" is the seam of two names ("Anne Holm og Lars").

    Only a capitalised word that does not begin the sentence counts as the
    first name before it.
    """
    before = _CAPITALISED_BEFORE_RE.search(text, max(0, start - 30), start)
    if before is not None and _NON_SPACE_RE.search(text, 0, before.start()):
        return True
    return bool(_CAPITALISED_AFTER_RE.match(text, end))


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


# ==========================================================================
# Reading one sentence


class _Token(NamedTuple):
    word: str  # lower case
    raw: str
    start: int
    end: int


def _tokens(text: str) -> list[_Token]:
    # tuple.__new__ builds the _Token without going through its generated
    # Python __new__: a third faster, and a sentence has dozens of tokens.
    new = tuple.__new__
    return [
        new(_Token, (m[0].lower(), m[0], m.start(), m.end()))
        for m in _WORD_RE.finditer(text)
    ]


def _first_token(text: str) -> _Token | None:
    match = _WORD_RE.search(text)
    if match is None:
        return None
    return _Token(match.group(0).lower(), match.group(0), match.start(), match.end())


def _is_passive_form(token: _Token) -> bool:
    """Tell whether a token looks like a present passive verb ("udarbejdes")."""
    word = token.word
    return (
        len(word) >= 5
        and word.endswith("es")
        and token.raw[0].islower()
        and word not in _NOUNS_IN_ES
        and not word.endswith(("edes", "ernes", "enes", "ces"))
    )


def _is_passive(token: _Token) -> bool:
    """Tell whether a token is a passive that commits to an action by itself."""
    return _is_passive_form(token) and token.word not in _PASSIVE_STOP


def _is_present_active(token: _Token) -> bool:
    """Tell whether a token may be an active present verb ("udarbejder")."""
    word = token.word
    return (
        len(word) >= 4
        and word.endswith("er")
        and token.raw[0].islower()
        and word not in _STATIVE
        and word not in _NOT_VERBS_ER
    )


def _is_infinitive(token: _Token) -> bool:
    """Tell whether a token may be an infinitive ("undersøge", "gå")."""
    word = token.word
    if not token.raw[0].islower() or word in _NOT_INFINITIVE:
        return False
    if word in _VOWEL_INFINITIVES:
        return True
    if not word.endswith("e") or len(word) < 3:
        return False
    if word.endswith("ende"):
        return word in _VERBS_IN_ENDE
    return not word.endswith(("ige", "iske", "lige", "este"))


def _modal_kind(tokens: list[_Token], index: int) -> str:
    """Classify what follows the modal at ``index``.

    Returns "negated", "approval" (skal godkendes), "passive" (skal
    behandles, vil blive orienteret), "receive" (vil ... få) or "active"
    (skal undersøge); "active" too when the verb cannot be told, so that the
    actor rule decides.
    """
    previous = tokens[index].word
    for token in tokens[index + 1 : index + 9]:
        word = token.word
        if word in _NEGATION_WORDS:
            return "negated"
        if previous in _DETERMINERS or previous.endswith("ende"):
            previous = word  # "på et kommende møde": a noun, not a verb
            continue
        if word in {"blive", "blevet"}:
            return "passive"
        if word == "få":
            return "receive"
        if _is_passive_form(token):
            return "approval" if word in _APPROVAL_PASSIVES else "passive"
        if _is_infinitive(token):
            return "active"
        previous = word
    return "active"


@dataclass
class _Reading:
    """What one sentence says: its commitment signals and its actor."""

    committed: bool = False
    responsible: str = ""
    rule: str = ""  # the rule whose signal made the commitment
    # Why the sentence is no commitment ("" when it is one): a veto, or
    # "no signal" when no rule fired.
    vetoed_by: str = ""
    fired: tuple[str, ...] = ()  # every rule that signalled, in text order


class _SentenceReader:
    """Apply the commitment rules to one sentence."""

    def __init__(self, ctx: _Context, text: str) -> None:
        self.ctx = ctx
        self.text = text

    # Tokens and actors are found on first use: a case-text sentence is often
    # rejected before either is needed, and many sentences are settled by
    # their words alone, without the (most expensive) actor search.
    @cached_property
    def tokens(self) -> list[_Token]:
        return _tokens(self.text)

    @cached_property
    def actors(self) -> list[_Actor]:
        return self.ctx.actors(self.text)

    @cached_property
    def _actor_by_start(self) -> dict[int, _Actor]:
        return {a.start: a for a in self.actors}

    @cached_property
    def _actor_by_end(self) -> dict[int, _Actor]:
        return {a.end: a for a in self.actors}

    @cached_property
    def _actor_ends(self) -> list[int]:
        return [a.end for a in self.actors]

    # Token offsets for bisection: every rule looks at a few tokens around a
    # position, and scanning all tokens for them would make a sentence's
    # reading quadratic in its length.
    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    @cached_property
    def _token_ends(self) -> list[int]:
        return [t.end for t in self.tokens]

    # -- helpers -----------------------------------------------------------

    def _token_index_at(self, position: int) -> int | None:
        """Return the index of the first token starting at or after ``position``."""
        index = bisect_left(self._token_starts, position)
        return index if index < len(self.tokens) else None

    def _tokens_before(self, position: int, count: int) -> list[_Token]:
        """Return the last ``count`` tokens ending at or before ``position``."""
        index = bisect_right(self._token_ends, position)
        return self.tokens[max(0, index - count) : index]

    def _tokens_after(self, position: int, count: int) -> list[_Token]:
        """Return the first ``count`` tokens starting at or after ``position``."""
        index = bisect_left(self._token_starts, position)
        return self.tokens[index : index + count]

    def _tokens_between(self, start: int, end: int) -> list[_Token]:
        """Return the tokens lying wholly within ``start``..``end``."""
        first = bisect_left(self._token_starts, start)
        last = bisect_right(self._token_ends, end)
        return self.tokens[first:last]

    def _token_before(self, position: int) -> _Token | None:
        before = self._tokens_before(position, 1)
        return before[0] if before else None

    def _clause_start(self, position: int, marks: str = ",;") -> int:
        """Return the offset of the last clause mark before ``position``, or -1.

        Looks back _CLAUSE_WINDOW characters at most; a clause mark further
        back is taken to be right there (no rule needs more of a clause).
        """
        window = max(0, position - _CLAUSE_WINDOW)
        found = max(self.text.rfind(mark, window, position) for mark in marks)
        return found if found != -1 or window == 0 else window - 1

    def _actor_ending_before(self, token: _Token) -> _Actor | None:
        """The actor (or coordinated actors) right before ``token``, if any."""
        actor = self._actor_by_end.get(_rstrip(self.text, 0, token.start))
        if actor is None:
            return None
        actor = self._with_coordinated(actor)
        return actor if self._is_subject_position(actor) else None

    def _with_coordinated(self, actor: _Actor) -> _Actor:
        """Extend "A og B" / "A, B og C" to all the coordinated actors."""
        names, start = [actor.name], actor.start
        while len(names) < _MAX_COORDINATED:
            joint = _COORDINATION_RE.search(self.text, max(0, start - 40), start)
            if joint is None:
                break
            previous = self._actor_by_end.get(joint.start())
            if previous is None:
                break
            names.insert(0, previous.name)
            start = previous.start
        return _Actor(start, actor.end, ", ".join(dict.fromkeys(names)))

    def _is_subject_position(self, actor: _Actor) -> bool:
        """An actor after a preposition, "som" or in the genitive is no subject."""
        before = self._token_before(actor.start)
        if before is not None and before.word in _PREPOSITIONS:
            # "som afdelingscheferne X og Y arrangerer" is read elsewhere
            return False
        return self.text[actor.end : actor.end + 1] not in {"s", "'"}

    def _subject_before_modal(self, index: int) -> _Actor | str | None:
        """The subject right before (or after, inverted) the modal at ``index``."""
        modal = self.tokens[index]
        actor = self._actor_ending_before(modal)
        if actor is not None:
            return actor
        if index > 0 and self.tokens[index - 1].word in _SUBJECT_PRONOUNS:
            return self.tokens[index - 1].word
        actor = self._actor_by_start.get(_skip_spaces(self.text, modal.end))
        if actor is not None and self._is_subject_position(actor):
            return actor
        if (
            index + 1 < len(self.tokens)
            and self.tokens[index + 1].word in _SUBJECT_PRONOUNS
        ):
            return self.tokens[index + 1].word
        return None

    # -- the rules ---------------------------------------------------------

    def read(self) -> _Reading:
        """Return whether the sentence commits someone, and who."""
        reading = _Reading()
        if _may_contain(self.text, _NEXT_MEETING_WORDS) and _NEXT_MEETING_RE.match(
            self.text
        ):
            reading.vetoed_by = "next_meeting_date: the calendar, not a task"
            return reading
        decided = None
        if _may_contain(self.text, _DECIDED_WORDS):
            decided = _DECIDED_RE.search(self.text)
        if decided and self._decided_negative(decided.end()):
            reading.vetoed_by = "negated_decision: decided not to"
            return reading
        signals: list[_Signal] = []
        for match in _STRONG_RE.finditer(self.text):
            if _PASSIVE_CONTEXT_RE.match(self.text, match.start()):
                continue
            inside = {w.lower() for w in _WORD_RE.findall(match.group(0))}
            if not inside & _NEGATION_WORDS and not self._negated_near(
                match.start(), match.end()
            ):
                actor = self._strong_actor(match)
                if not actor and match.group(0)[:5].lower() == "giver":
                    continue  # "Planen giver en god status": no one delivers
                signals.append(_Signal(match.start(), actor, "commitment_phrase"))
        reported_main = self._led_by_past_report() or bool(
            _AMENDMENT_RE.search(self.text)
        )
        for i, token in enumerate(self.tokens):
            if token.word in {"skal", "vil"}:
                self._read_modal(i, signals)
            elif reported_main:
                continue  # "X drøftede ..., hvor der udvikles nye tilbud"
            elif _is_passive(token):
                self._read_passive(i, signals)
            elif _is_present_active(token):
                self._read_present(i, signals)
        if decided:
            self._read_decided(decided.end(), signals)
        signals.sort()
        reading.fired = tuple(dict.fromkeys(signal.rule for signal in signals))
        if not signals:
            reading.vetoed_by = "no signal"
            return reading
        veto = self._veto(signals[0].position)
        if veto:
            reading.vetoed_by = veto
            return reading
        reading.committed = True
        reading.responsible, reading.rule = self._responsible(signals)
        return reading

    def _led_by_past_report(self) -> bool:
        """Tell whether the main clause is a past-tense report ("X drøftede")."""
        for token in self.tokens[:5]:
            if token.word in _PAST_REPORT:
                return True
            if token.word in {"skal", "vil"} or _is_passive(token):
                return False
        return False

    def _negated_near(self, start: int, end: int) -> bool:
        before = [t.word for t in self._tokens_before(start, 3)]
        after = [t.word for t in self._tokens_after(end, 2)]
        if any(w in _NEGATION_WORDS for w in after):
            return True
        # "skal ikke", "der ikke" right before the signal; "ikke at"
        # before an infinitive ("besluttede ikke at arbejde videre")
        return bool(before) and (
            before[-1] in _NEGATION_WORDS
            or (
                before[-1] == "at" and len(before) > 1 and before[-2] in _NEGATION_WORDS
            )
        )

    def _decided_negative(self, position: int) -> bool:
        words = [t.word for t in self._tokens_after(position, 4)]
        before = [t.word for t in self._tokens_before(position, 3)]
        return any(w in _NEGATION_WORDS for w in words) or "ikke" in before

    def _strong_actor(self, match: re.Match[str]) -> str:
        first = self._token_index_at(match.start())
        if first is None:
            return ""
        token = self.tokens[first]
        if token.word in {"får", "ønsker", "orienteres", "blive"}:
            return ""  # the subject receives or asks; it does not deliver
        if token.word in {"bedes", "bemyndiges"}:  # "Forvaltningen bedes ..."
            actor = self._actor_ending_before(token)
            return actor.name if actor else ""
        if token.word.endswith("es"):
            return ""  # passive: the subject is the thing acted upon
        if token.word in _REQUEST_VERBS:
            request = _REQUEST_RE.search(self.text, match.start())
            if request:
                return self._actor_in(request.start("who"), request.end("who"))
            return ""
        actor = self._actor_ending_before(token)
        if actor is not None:
            return actor.name
        if first > 0 and self.tokens[first - 1].word in {"skal", "vil", "må"}:
            subject = self._subject_before_modal(first - 1)
            return subject.name if isinstance(subject, _Actor) else ""
        # Inverted order: "Efterfølgende udarbejder Teknik & Miljø ..."
        actor = self._actor_by_start.get(_skip_spaces(self.text, token.end))
        if actor is not None and self._is_subject_position_after_verb(actor):
            return actor.name
        # "at administrationen til budgetseminaret udarbejder ..."
        actor = self._clause_subject_before(token)
        return actor.name if actor is not None else ""

    def _clause_subject_before(self, verb: _Token) -> _Actor | None:
        """The actor opening the clause of ``verb``, a short phrase before it."""
        clause_start = self._clause_start(verb.start)
        # The actors ending before the verb, nearest first, back to the
        # clause start.
        for index in range(bisect_right(self._actor_ends, verb.start) - 1, -1, -1):
            actor = self.actors[index]
            if actor.start <= clause_start:
                break
            if not self._is_subject_position(actor):
                continue
            between = self._tokens_between(actor.end, verb.start)
            if len(between) > 5 or any(
                t.word in _SUBORDINATORS
                or t.word in _PAST_REPORT
                or t.word in {"skal", "vil", "kan", "må", "er", "har"}
                or _is_passive_form(t)
                or _is_present_active(t)
                for t in between
            ):
                return None
            return actor
        return None

    def _qualified_subject(self, verb: _Token) -> _Actor | None:
        """A named body or official with a qualifier, opening the clause of ``verb``.

        "Arbejdsgruppen for by og trafik skriver et udkast": the qualifier
        ("for by og trafik", "under Teknik og Miljø") holds no verb; the
        actor, with its qualifier, is the responsible.
        """
        actor = self._clause_subject_before(verb)
        if actor is None or not _is_named_actor(self.ctx, actor):
            return None
        if not _QUALIFIER_RE.fullmatch(self.text, actor.end, verb.start):
            return None
        clause_start = self._clause_start(actor.start)
        if any(
            t.word not in _CLAUSE_OPENERS
            for t in self._tokens_between(clause_start + 1, actor.start)
        ):
            return None  # "Udvalget bad arbejdsgruppen for X ...": an object
        qualifier = _SPACES_RE.sub(" ", self.text[actor.end : verb.start]).rstrip()
        return _Actor(actor.start, verb.start, actor.name + qualifier)

    def _is_subject_position_after_verb(self, actor: _Actor) -> bool:
        return self.text[actor.end : actor.end + 1] not in {"s", "'"}

    def _actor_in(self, start: int, end: int) -> str:
        for actor in self.actors:
            if start <= actor.start < end:
                return actor.name
        return ""

    def _read_modal(self, index: int, signals: list[_Signal]) -> None:
        kind = _modal_kind(self.tokens, index)
        if kind in {"negated", "approval"}:
            return
        if self._in_indirect_question(index):
            return  # "drøftede, hvilke områder der skal prioriteres"
        subject = self._subject_before_modal(index)
        position = self.tokens[index].start
        if kind in {"passive", "receive"}:
            signals.append(_Signal(position, "", "modal_passive"))
        elif subject is not None:
            name = subject.name if isinstance(subject, _Actor) else ""
            signals.append(_Signal(position, name, "modal_with_subject"))

    def _in_indirect_question(self, index: int) -> bool:
        """Tell whether the token at ``index`` is in a "hvordan/hvilke ..." clause.

        What an indirect question asks about is discussed, not decided.
        """
        start = self.tokens[index].start
        clause_start = self._clause_start(start, ",:")
        return any(
            t.word in _INTERROGATIVES
            for t in self._tokens_between(clause_start + 1, start)
        )

    def _read_passive(self, index: int, signals: list[_Signal]) -> None:
        token = self.tokens[index]
        before = [t.word for t in self.tokens[max(0, index - 3) : index]]
        after = [t.word for t in self.tokens[index + 1 : index + 3]]
        if any(w in _PASSIVE_BLOCKERS for w in before[-2:]):
            return  # "kan bruges", "bør nedsættes": a possibility or a wish
        if before[-2:] == ["hvor", "der"] or before[-1:] == ["hvor"]:
            return  # "områder, hvor der udvikles nye tilbud": a description
        if any(w in _NEGATION_WORDS for w in before[-1:] + after):
            return
        if token.word == "tages" and _TAKE_NOTE_RE.match(self.text, token.end):
            return
        if _PASSIVE_CONTEXT_RE.match(self.text, token.start) or self._about_money:
            return
        signals.append(_Signal(token.start, "", "impersonal_passive"))

    @cached_property
    def _about_money(self) -> bool:
        return bool(_MONEY_RE.search(self.text))

    def _read_present(self, index: int, signals: list[_Signal]) -> None:
        token = self.tokens[index]
        if token.word == "tager" and _TAKE_NOTE_RE.match(self.text, token.end):
            return
        # "<Actor> udarbejder ..." (the actor may be followed by an adverb)
        gap_tokens = []
        j = index - 1
        while (
            j >= 0 and self.tokens[j].word in _SKIPPABLE_ADVERBS and len(gap_tokens) < 2
        ):
            gap_tokens.append(self.tokens[j])
            j -= 1
        anchor = self.tokens[j + 1] if gap_tokens else token
        actor = self._actor_ending_before(anchor) or self._qualified_subject(anchor)
        if actor is not None:
            if not self._negated_near(token.start, token.end):
                signals.append(_Signal(actor.start, actor.name, "actor_present_verb"))
            return
        # Inverted: "Efterfølgende udarbejder Teknik & Miljø ...",
        # "..., beskriver og prissætter forvaltningen modellerne"
        if index == 0 or not self._starts_main_clause(index):
            return
        actor = self._actor_by_start.get(_skip_spaces(self.text, token.end))
        if (
            actor is not None
            and self._is_subject_position_after_verb(actor)
            and not self._negated_near(token.start, actor.end)
        ):
            signals.append(_Signal(token.start, actor.name, "inverted_present_verb"))

    def _starts_main_clause(self, index: int) -> bool:
        """Tell whether the verb at ``index`` is the first verb of a main clause.

        The verb of an inverted main clause follows a fronted adverbial
        ("Efterfølgende", "Frem mod februar", "På baggrund af X,") that holds
        no verb of its own; "A og B <actor>" coordinates two such verbs.
        """
        clause_start = self._clause_start(self.tokens[index].start, ",") + 1
        before = self._tokens_between(clause_start, self.tokens[index].start)
        # "beskriver og prissætter": step back over the coordinated verb
        if (
            len(before) >= 2
            and before[-1].word == "og"
            and _is_present_active(before[-2])
        ):
            before = before[:-2]
        if not before and clause_start == 0:
            return False  # verb first: a question or a condition
        if before and before[0].word in _SUBORDINATORS:
            return False
        return not any(
            t.word in {"skal", "vil", "kan", "må", "er", "har", "blev", "var"}
            or _is_passive(t)
            or _is_present_active(t)
            or t.word in _PAST_REPORT
            for t in before
        )

    def _read_decided(self, position: int, signals: list[_Signal]) -> None:
        """Read "besluttede, at ..." clauses: present, passive or dated."""
        rest = self.tokens[bisect_left(self._token_starts, position) :]
        if not rest:
            return
        # "besluttede at igangsætte en analyse" (an infinitive that is not an
        # approval)
        first = rest[0]
        if _is_infinitive(first) and first.word not in _APPROVAL_INFINITIVES:
            signals.append(_Signal(first.start, "", "decided_to"))
            return
        for previous, token in zip(rest, rest[1:6], strict=False):
            if _is_present_active(token) and (
                previous.word in {"der", "det", "man", "vi", "de"}
                or previous.word.endswith(("en", "et", "ne"))
            ):
                signals.append(_Signal(token.start, "", "decided_that"))
                return
        # "at der (også) afholdes et møde": an impersonal passive
        for i, token in enumerate(rest[1:6], start=1):
            if not _is_passive(token):
                continue
            subject = [t.word for t in rest[:i] if t.word not in _SKIPPABLE_ADVERBS]
            if subject[-1:] == ["der"]:
                signals.append(_Signal(token.start, "", "decided_that"))
                return
        if any(
            self.ctx.is_future(d)
            for d in find_deadlines(self.text[position:], self.ctx.meeting_date)
        ):
            signals.append(_Signal(position, "", "decided_with_deadline"))

    def _veto(self, first_signal: int) -> str:
        """Return why the sentence commits nobody, or "" when nothing vetoes it."""
        text = self.text
        if _QUESTION_RE.search(text):
            return "question"
        if _is_conditional(text):
            return "condition"
        if _may_contain(text, _CONSIDERATION_WORDS) and _CONSIDERATION_RE.search(text):
            return "consideration"
        if _may_contain(text, _WISH_WORDS) and _WISH_RE.search(text):
            return "wish"
        reported = _REPORTED_RE.search(text)
        if reported and reported.start() < first_signal:
            return f"reported_speech: {reported.group(0)!r}"
        return ""

    def _responsible(self, signals: list[_Signal]) -> tuple[str, str]:
        """Return the responsible and the rule that named it (signals sorted)."""
        first_rule = signals[0].rule
        names = _NAMED_ORGANISERS_RE.search(self.text)
        if names and names["verb"] not in _STATIVE:
            people = _NAME_LIST_SPLIT_RE.split(names["names"])
            return ", ".join(p for p in people if p), first_rule
        sent_to = _SEND_TO_RE.search(self.text)
        if sent_to:
            return sent_to.group(1), first_rule
        for signal in signals:
            if signal.responsible:
                return signal.responsible, signal.rule
        return "", first_rule


# What may stand between an actor and its verb: "for by og trafik", "under
# Teknik og Miljø", "vedrørende skolestruktur" (see _qualified_subject).
_QUALIFIER_RE = re.compile(
    r"\s+(?:for|under|vedrørende|vedr\.)\s+[^\s,;:.!?][^,;:.!?]{0,60}?\s+", _F
)
# Words that may open a clause before its subject.
_CLAUSE_OPENERS = _SKIPPABLE_ADVERBS | {"at", "og", "så", "samt"}

_APPROVAL_INFINITIVES = _words(
    """
    godkende anbefale tiltræde tage følge vedtage bevilge give udsætte afvise
    drøfte notere imødekomme fastholde acceptere bifalde
    """
)


# ==========================================================================
# The extractor


# A minority's or a member's statement recorded with the decision is what they
# said, not what the body decided: "Mindretalsudtalelse: ...", "Protokol-
# tilførsel fra A: ...", "Et mindretal (Ø) ønsker, at ...".
_MEMBER_STATEMENT_RE = re.compile(
    r"^[ \t]*(?:mindretalsudtalelse|protokoltilførsel|protokolbemærkning"
    r"|mindretallet|et\s+mindretal|særudtalelse)\b.*"
    # ... and the lines it wraps onto, which go on in lower case.
    r"(?:\n[ \t]*(?-i:[a-zæøå0-9(]).*)*",
    re.IGNORECASE | re.MULTILINE,
)


def _member_statement_spans(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of paragraphs that record a member's statement."""
    if not _may_contain(text, ("mindretal", "protokol", "særudtalelse")):
        return []
    return [match.span() for match in _MEMBER_STATEMENT_RE.finditer(text)]


def _opens_quote(text: str) -> bool:
    """Tell whether a sentence opens a quotation it does not close."""
    straight = text.count('"')
    if straight % 2:
        return True
    return text.count("“") + text.count("«") > text.count("”") + text.count("»")


def _closes_quote(text: str) -> bool:
    return any(mark in text for mark in ('"', "”", "»"))


def _inside_spans(spans: list[tuple[int, int]], position: int) -> bool:
    """Tell whether ``position`` lies in one of ``spans`` (sorted, disjoint)."""
    index = bisect_right(spans, (position, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


def extract_follow_ups(
    item: ParsedAgendaItem,
    *,
    meeting_date: date,
    body_name: str = "",
    unit_aliases: Mapping[str, str] | None = None,
    next_meeting: date | None = None,
) -> list[FollowUpDraft]:
    """Return the follow-ups an agenda item creates, in text order.

    Decision sentences that commit someone to a future action come first
    (origin "decision"); a postponed or withdrawn item gives one follow-up
    saying it must come back; promises in the case presentation are offered
    with origin "case_text". ``unit_aliases`` maps every spelling and
    abbreviation of a unit to its canonical name, used for ``responsible``.
    ``next_meeting`` is the date of the body's next meeting when the referat
    states it (see ``next_meeting_date``): "på næste møde" deadlines of the
    body itself, and postponed items, are due then.
    """
    verdicts = explain_item(
        item,
        meeting_date=meeting_date,
        body_name=body_name,
        unit_aliases=unit_aliases,
        next_meeting=next_meeting,
    )
    drafts = [v.draft for v in verdicts if v.draft is not None]
    # Promises of the case text after the decision's own follow-ups.
    return sorted(drafts, key=lambda draft: draft.origin == Origin.CASE_TEXT)


@dataclass(frozen=True)
class Verdict:
    """What the rules made of one sentence: a follow-up, or why not."""

    where: str  # "decision", a section's heading, or "item status"
    sentence: Sentence
    draft: FollowUpDraft | None  # the follow-up, None when there is none
    reason: str  # the rule that fired, or the veto (or "no rule fired")


@dataclass
class _Walk:
    """What reading earlier sentences of an item tells about the next one."""

    status_found: bool = False  # one "must come back" per item
    reported_intro: bool = False  # "X orienterede om følgende:" came before
    others_quote_open: bool = False  # inside a quoted motion or remark
    seen: set[str] = dataclasses.field(default_factory=set)  # already listed


def explain_item(
    item: ParsedAgendaItem,
    *,
    meeting_date: date,
    body_name: str = "",
    unit_aliases: Mapping[str, str] | None = None,
    next_meeting: date | None = None,
) -> list[Verdict]:
    """Return, sentence by sentence, which rule fired or what vetoed it.

    The decision's sentences first, then those of the sections that may hold
    a status or a promise; the follow-ups are the verdicts with a draft
    (what ``extract_follow_ups`` returns).
    """
    ctx = _Context(item, meeting_date, body_name, unit_aliases, next_meeting)
    walk = _Walk()
    decision_text = item.decision.text if item.decision else ""
    verdicts = list(_decision_verdicts(ctx, decision_text, walk))
    for section in item.sections:
        verdicts.extend(_section_verdicts(ctx, section, walk))
    if not walk.status_found and item.status in (
        ItemStatus.POSTPONED,
        ItemStatus.WITHDRAWN,
    ):
        draft = _status_fallback(ctx, decision_text)
        verdicts.append(Verdict("item status", Sentence(0, 0, ""), draft, draft.rule))
    return [_once(verdict, walk) for verdict in verdicts]


def _once(verdict: Verdict, walk: _Walk) -> Verdict:
    """List a sentence once; give a listed follow-up its rule's confidence."""
    draft = verdict.draft
    if draft is None:
        return verdict
    key = _normalise(draft.source_text)
    if key and key in walk.seen:
        # A sentence repeated in the text, or a case-text promise that the
        # decision repeats, is offered once.
        return replace(verdict, draft=None, reason=f"{verdict.reason}: a repeat")
    walk.seen.add(key)
    draft = replace(draft, confidence=RULE_CONFIDENCE[draft.rule])
    return replace(verdict, draft=draft)


def _decision_verdicts(ctx: _Context, text: str, walk: _Walk) -> Iterator[Verdict]:
    statements = _member_statement_spans(text)
    sentences = split_sentences(text)
    listed, skipped = _follow_up_list(text, sentences)
    for index, sentence in enumerate(sentences):
        if not sentence.bullet:
            walk.reported_intro = False
        if index in skipped:
            yield Verdict("decision", sentence, None, "a field of a list entry")
        elif index in listed:
            draft = _listed_draft(ctx, text, sentence, listed[index])
            yield Verdict("decision", sentence, draft, draft.rule)
        elif _inside_spans(statements, sentence.start):
            yield Verdict("decision", sentence, None, "veto: a member's statement")
        else:
            yield _judge(ctx, sentence, walk)


def _judge(ctx: _Context, sentence: Sentence, walk: _Walk) -> Verdict:
    """Apply the rules, vetoes first, to one sentence of the decision."""
    text = sentence.text

    def verdict(draft: FollowUpDraft | None, reason: str) -> Verdict:
        return Verdict("decision", sentence, draft, reason)

    kind = _status_kind(ctx, text)
    if kind is not None:
        if walk.status_found:
            return verdict(None, "status already listed")
        walk.status_found = True
        draft = _status_draft(ctx, sentence, kind)
        return verdict(draft, draft.rule)
    if _says_status_of_handled_item(ctx, text):
        return verdict(None, "veto: postpones an item the parser found handled")
    if walk.reported_intro and sentence.bullet:
        return verdict(None, "veto: a point of a report or statement above")
    if walk.others_quote_open:
        walk.others_quote_open = not _closes_quote(text)
        return verdict(None, "veto: inside a quoted motion or protocol remark")
    if is_what_others_want(text):
        walk.others_quote_open = _opens_quote(text)
        return verdict(None, "veto: a motion's demand, a vote, dissent or remark")
    referral = find_referral(text, ctx.body_name)
    if referral is not None:
        if _referral_vetoed(text, referral):
            return verdict(None, f"veto: {referral.kind} hedged, reported or negated")
        return verdict(_referral_draft(ctx, sentence, referral), referral.kind)
    if text.rstrip().endswith(":"):
        if _REPORTED_RE.search(text):
            walk.reported_intro = True
            return verdict(None, "veto: introduces a report")
        # "... høringssvar med følgende hovedpunkter:": the bullets are what
        # the statement will say, not tasks (the intro may be one).
        walk.reported_intro = bool(_CONTENT_INTRO_RE.search(text))
    reading = _SentenceReader(ctx, text).read()
    if reading.committed:
        return verdict(_draft(ctx, sentence, reading, Origin.DECISION), _why(reading))
    return verdict(None, _why(reading))


def _why(reading: _Reading) -> str:
    fired = f" (signals: {', '.join(reading.fired)})" if reading.fired else ""
    if reading.committed:
        return reading.rule + fired
    if reading.vetoed_by == "no signal":
        return "no rule fired"
    return f"veto: {reading.vetoed_by}{fired}"


def _section_verdicts(
    ctx: _Context, section: Section, walk: _Walk
) -> Iterator[Verdict]:
    heading = section.heading
    if _LISTED_HEADING_RE.match(heading):
        # A section "Opfølgning": every entry is a follow-up of the decision.
        sentences = split_sentences(section.text)
        listed, _ = _follow_up_list(section.text, sentences, labelled=True)
        for index, entry in sorted(listed.items()):
            draft = _listed_draft(ctx, section.text, sentences[index], entry)
            yield Verdict(heading, sentences[index], draft, draft.rule)
        return
    # Sections that are not the case presentation, and sections holding none
    # of the words a status or a promise needs, are not even split.
    if _NOT_CASE_TEXT_RE.search(heading) or not _may_contain(
        section.text, _CASE_TEXT_WORDS
    ):
        return
    for sentence in split_sentences(section.text):
        kind = _status_kind(ctx, sentence.text, in_section=True)
        if kind is not None:
            if walk.status_found:
                yield Verdict(heading, sentence, None, "status already listed")
                continue
            walk.status_found = True
            draft = _status_draft(ctx, sentence, kind)
            yield Verdict(heading, sentence, draft, draft.rule)
            continue
        # One reader for both tests: its tokens and actors are found once.
        reader = _SentenceReader(ctx, sentence.text)
        if _is_case_promise(reader):
            draft = _draft(ctx, sentence, reader.read(), Origin.CASE_TEXT)
            yield Verdict(heading, sentence, draft, draft.rule)


# ==========================================================================
# Follow-up lists: "Opfølgning: X udarbejder ... Ansvarlig: X. Frist: 1. maj."

# The label of a follow-up entry, and the fields that may follow its task (in
# the same sentence or in sentences of their own).
_LISTED_LABEL_RE = re.compile(r"^\W*Opfølgning(?:er)?\s*:\s*", _F)
_FIELD_RE = re.compile(
    r"(?:^|(?<=[\s,;(]))(?P<label>Ansvarlig[e]?|Ansvar|Tidsfrist|Frist|Deadline)"
    r"\s*:\s*",
    _F,
)
_LISTED_HEADING_RE = re.compile(r"^\W*opfølgning(?:er)?\W*$", _F)
# Every match of the two patterns above holds one of these (see _may_contain).
_LISTED_WORDS = ("opfølgning", "ansvar", "frist", "deadline")
# "Opfølgning: Ingen.", "Frist: -": nothing to follow up.
_NO_VALUE_RE = re.compile(
    r"^\W*(?:ingen|nej|ikke\s+relevant|intet|ingen\s+opfølgning)?\W*$", _F
)
_VALUE_STRIP = " \t\n.,;:)"


@dataclass
class _Listed:
    """A follow-up entry of a follow-up list: its task and its fields."""

    task_start: int  # offsets of the task in the decision text
    task_end: int
    end: int  # end of the last field belonging to the entry
    responsible: str = ""
    due_text: str = ""  # the "Frist:" value


def _follow_up_list(
    text: str, sentences: Sequence[Sentence], *, labelled: bool = False
) -> tuple[dict[int, _Listed], set[int]]:
    """Find the entries of a follow-up list among a decision's sentences.

    A sentence labelled "Opfølgning:" (or following a bare "Opfølgning:"), or
    followed by "Ansvarlig:"/"Frist:"/"Tidsfrist:"/"Deadline:" fields, is an
    entry; field sentences belong to the entry before them. Returns the
    entries by sentence index and the indices of sentences that are no
    follow-up of their own (fields, labels, "Opfølgning: Ingen."). With
    ``labelled`` (a section headed "Opfølgning") every sentence is labelled.
    """
    listed: dict[int, _Listed] = {}
    skipped: set[int] = set()
    if not labelled and (":" not in text or not _may_contain(text, _LISTED_WORDS)):
        return listed, skipped
    owner: _Listed | None = None
    owner_index = -1
    owner_labelled = False
    pending_label = False
    for index, sentence in enumerate(sentences):
        body = sentence.text
        label = _LISTED_LABEL_RE.match(body) if ":" in body else None
        fields = list(_FIELD_RE.finditer(body)) if ":" in body else []
        task_from = label.end() if label else 0
        if fields and fields[0].start() <= task_from and not label:
            skipped.add(index)
            if owner is not None:
                _read_fields(owner, text, sentence, fields)
                if owner_index not in listed and (
                    owner_labelled
                    or not _is_bare_verdict(text[owner.task_start : owner.task_end])
                ):
                    listed[owner_index] = owner
            continue
        task_to = fields[0].start() if fields else len(body)
        task = body[task_from:task_to]
        is_labelled = labelled or bool(label) or pending_label
        pending_label = False
        if label and not task.strip():
            skipped.add(index)  # "Opfølgning:" alone: the task follows
            pending_label = True
            owner = None
            continue
        if is_labelled and _NO_VALUE_RE.match(task):
            skipped.add(index)  # "Opfølgning: Ingen."
            owner = None
            continue
        lead = len(task) - len(task.lstrip())
        owner = _Listed(
            task_start=sentence.start + task_from + lead,
            task_end=sentence.start + task_from + len(task.rstrip()),
            end=sentence.end,
        )
        owner_index, owner_labelled = index, is_labelled
        if fields:
            _read_fields(owner, text, sentence, fields)
        if is_labelled or (fields and not _is_bare_verdict(task)):
            listed[index] = owner
    return listed, skipped


def _read_fields(
    entry: _Listed, text: str, sentence: Sentence, fields: list[re.Match[str]]
) -> None:
    body = sentence.text
    for field, following in zip(fields, [*fields[1:], None], strict=False):
        value = body[field.end() : following.start() if following else len(body)]
        value = _SPACES_RE.sub(" ", value).strip(_VALUE_STRIP)
        if not value or _NO_VALUE_RE.match(value):
            continue
        if field["label"].lower().startswith("ansvar"):
            entry.responsible = entry.responsible or value
        else:
            entry.due_text = entry.due_text or value
    entry.end = max(entry.end, sentence.end)


def _is_bare_verdict(text: str) -> bool:
    """ "Godkendt.", "Taget til efterretning.": a verdict, not a task."""
    return len(text) < 60 and bool(_GLOBAL_RE.match(text.strip()))


def _listed_draft(
    ctx: _Context, text: str, sentence: Sentence, entry: _Listed
) -> FollowUpDraft:
    task = text[entry.task_start : entry.task_end]
    reading = _SentenceReader(ctx, task).read()
    responsible = ctx._unit(entry.responsible) if entry.responsible else ""
    deadline = ctx.choose_deadline(entry.due_text) if entry.due_text else None
    if deadline is None:
        deadline = ctx.choose_deadline(task)
    start = min(sentence.start, entry.task_start)
    return _with_deadline(
        ctx,
        FollowUpDraft(
            source_text=text[start : entry.end],
            source_start=start,
            source_end=entry.end,
            description=_describe(task),
            responsible=responsible or reading.responsible,
            due_date=None,
            due_precision="",
            due_text="",
            origin=Origin.DECISION,
            rule="follow_up_list",
        ),
        deadline,
    )


def _status_kind(ctx: _Context, text: str, *, in_section: bool = False) -> str | None:
    """Return Origin.POSTPONED/WITHDRAWN when the sentence says so of this item.

    The parser decides the item's status; this only finds the sentence that
    says it. An item the parser found handled gives no status follow-up,
    and the kind is always the item's status.
    """
    if ctx.item.status not in (ItemStatus.POSTPONED, ItemStatus.WITHDRAWN):
        return None
    if not _may_contain(text, _STATUS_WORDS):
        return None
    if _WITHDRAWN_RE.search(text):
        kind = Origin.WITHDRAWN
    elif _POSTPONED_RE.search(text):
        kind = Origin.POSTPONED
    else:
        return None
    # "Udvalget oplyste, at sagen i 2023 blev udsat": history, not news. (The
    # reason given after "idet"/"da" may speak of the past: "udsættes, idet
    # udvalget ønsker resultaterne fra den forrige periode".)
    main = _REASON_RE.split(text, maxsplit=1)[0]
    if _REPORTED_RE.search(text) or _PAST_MARKERS_RE.search(main):
        return None
    if _is_conditional(text):
        return None
    if any(d.is_past for d in find_deadlines(text, ctx.meeting_date)):
        return None
    if in_section and not _ITEM_SUBJECT_RE.match(text):
        return None
    del kind  # the sentence says so; the parser's status says which
    if ctx.item.status == ItemStatus.POSTPONED:
        return Origin.POSTPONED
    return Origin.WITHDRAWN


def _says_status_of_handled_item(ctx: _Context, text: str) -> bool:
    """Tell whether a sentence postpones or withdraws an item the parser found handled.

    The parser's status stands: such a sentence is neither a status nor a
    task ("Udvalget besluttede at udsætte sagen." when the parser says
    handled gives nothing, never a follow-up that contradicts the status).
    """
    if ctx.item.status != ItemStatus.HANDLED:
        return False
    if not _may_contain(text, _STATUS_WORDS):
        return False
    return bool(_WITHDRAWN_RE.search(text) or _POSTPONED_RE.search(text))


def _status_draft(ctx: _Context, sentence: Sentence, kind: str) -> FollowUpDraft:
    title = ctx.item.title
    if kind == Origin.POSTPONED:
        description = f"Punktet skal behandles igen (udsat): {title}"
    else:
        description = f"Punktet skal behandles igen (taget af dagsordenen): {title}"
    deadline = ctx.choose_deadline(sentence.text)
    if deadline is None and kind == Origin.POSTPONED and ctx.next_meeting:
        # "Sagen blev udsat.": it comes back at the body's next meeting.
        deadline = Deadline(None, Precision.EVENT, "", 0, 0)
    return _with_deadline(
        ctx,
        FollowUpDraft(
            source_text=sentence.text,
            source_start=sentence.start,
            source_end=sentence.end,
            description=_shorten(description),
            responsible="",
            due_date=None,
            due_precision="",
            due_text="",
            origin=kind,
            rule="item_postponed" if kind == Origin.POSTPONED else "item_withdrawn",
        ),
        deadline,
    )


def _status_fallback(ctx: _Context, decision_text: str) -> FollowUpDraft:
    """A postponed/withdrawn item whose text does not say so in a sentence."""
    sentences = split_sentences(decision_text)
    sentence = sentences[0] if sentences else Sentence(0, 0, "")
    kind = (
        Origin.POSTPONED
        if ctx.item.status == ItemStatus.POSTPONED
        else Origin.WITHDRAWN
    )
    return _status_draft(ctx, sentence, kind)


def _is_case_promise(reader: _SentenceReader) -> bool:
    """Tell whether a case-text sentence promises a future action.

    Stricter than the decision rules: "vil" + an action with a named unit,
    official or body as its subject ("vil ØS fremlægge"), or a future passive
    ("vil ... blive forelagt udvalget", "Udvalget vil ... få en sag") or "vender
    tilbage" that names one; and no veto.
    """
    ctx, text = reader.ctx, reader.text
    # Without "vil" or "tilbage" neither rule below can apply: skip the vetoes
    # and the reading. (The substring test first: it is cheaper still.)
    if not _may_contain(text, _CASE_PROMISE_WORDS):
        return False
    if not _CASE_PROMISE_RE.search(text):
        return False
    if _THIS_MEETING_RE.search(text) or _is_hedged(text):
        return False
    if _NOT_A_PROMISE_RE.search(text):
        return False

    def named() -> bool:
        # Only asked when a rule needs it: the actor search is the costly part.
        return any(_is_named_actor(ctx, a) for a in reader.actors)

    if _COMING_BACK_RE.search(text) and named():
        return True
    for i, token in enumerate(reader.tokens):
        if token.word != "vil":
            continue
        kind = _modal_kind(reader.tokens, i)
        if kind in {"passive", "receive"} and named():
            return True
        if kind != "active":
            continue
        verb = next(
            (t for t in reader.tokens[i + 1 : i + 9] if _is_infinitive(t)), None
        )
        if verb is None or verb.word in _CASE_STATIVE_INFINITIVES:
            continue
        # The subject itself must be named; an abbreviation right next to
        # "vil" ("vil ØS fremlægge") is taken as a unit.
        subject = reader._subject_before_modal(i)
        if isinstance(subject, _Actor) and (
            _is_named_actor(ctx, subject) or _ABBREVIATION_RE.fullmatch(subject.name)
        ):
            return True
    return False


def _is_named_actor(ctx: _Context, actor: _Actor) -> bool:
    """A unit, official or body: not a bare abbreviation or person's name."""
    name = actor.name
    return bool(
        _BODY_RE.fullmatch(name)
        or name in ctx.canonical.values()
        or _OFFICIALS_RE.match(name)
        or _ROLE_COMPOUND_RE.fullmatch(name)
        or _ROLE_FOR_UNIT_RE.fullmatch(name)
        or _GENERIC_UNIT_RE.fullmatch(name)
        or (ctx.body_name and name == ctx.body_name)
    )


def _draft(
    ctx: _Context, sentence: Sentence, reading: _Reading, origin: str
) -> FollowUpDraft:
    deadline = _with_meeting_body(sentence.text, ctx.choose_deadline(sentence.text))
    return _with_deadline(
        ctx,
        FollowUpDraft(
            source_text=sentence.text,
            source_start=sentence.start,
            source_end=sentence.end,
            description=_describe(sentence.text),
            responsible=reading.responsible,
            due_date=None,
            due_precision="",
            due_text="",
            origin=origin,
            rule="case_text_promise" if origin == Origin.CASE_TEXT else reading.rule,
        ),
        deadline,
    )


_NEGATED_REFERRAL_RE = re.compile(r"\b(?:ikke|ingen|aldrig)\b", _F)


def _referral_vetoed(text: str, referral: Referral) -> bool:
    """A referral in a question, condition, wish, report or negation is none."""
    if _is_hedged(text):
        return True
    reported = _REPORTED_RE.search(text)
    if reported and reported.start() < referral.start:
        return True
    near = text[max(0, referral.start - 25) : referral.start + 40]
    return bool(_NEGATED_REFERRAL_RE.search(near))


def _referral_draft(
    ctx: _Context, sentence: Sentence, referral: Referral
) -> FollowUpDraft:
    found = _with_meeting_body(sentence.text, ctx.choose_deadline(sentence.text))
    responsible = referral.responsible
    if (
        referral.kind == "resumption"
        and found is not None
        and found.event
        and not _is_own_body(found.event, ctx.body_name)
    ):
        responsible = found.event  # "på Klagenævnets næste møde"
    return _with_deadline(
        ctx,
        FollowUpDraft(
            source_text=sentence.text,
            source_start=sentence.start,
            source_end=sentence.end,
            description=_describe(sentence.text),
            responsible=responsible,
            due_date=None,
            due_precision="",
            due_text="",
            origin=Origin.DECISION,
            rule=referral.kind,
        ),
        referral_deadline(referral, found),
    )


# "på byrådets møde den 21. april 2026": the dated meeting belongs to a body.
_DATED_MEETING_BODY_RE = re.compile(
    r"\b(?P<body>[\wæøå-]+(?:udvalgets|rådets|bestyrelsens|styrelsens|udvalgs|råds))"
    r"\s+(?:\w+\s+)?møde\s*(?:den\s+|d\.\s*)?$",
    _F,
)


def _with_meeting_body(text: str, deadline: Deadline | None) -> Deadline | None:
    """Name the body of a dated meeting ("byrådets møde den 21. april")."""
    if deadline is None or deadline.event or deadline.precision != Precision.DAY:
        return deadline
    if "øde" not in text[max(0, deadline.start - 12) : deadline.start]:
        return deadline
    match = _DATED_MEETING_BODY_RE.search(
        text, max(0, deadline.start - 60), deadline.start
    )
    if match is None:
        return deadline
    body = match["body"][:-1]  # the genitive's -s
    body = _capitalise(body if body.endswith(("et", "en")) else body + "et")
    return replace(deadline, event=body)


def _with_deadline(
    ctx: _Context, draft: FollowUpDraft, deadline: Deadline | None
) -> FollowUpDraft:
    if deadline is None:
        return draft
    event = deadline.event
    due_date = deadline.due_date
    if deadline.precision == Precision.EVENT:
        if (
            due_date is None
            and ctx.next_meeting is not None
            and (not deadline.text or _NEXT_WORD_RE.search(deadline.text))
            and _is_own_body(event, ctx.body_name)
        ):
            # "behandles igen på næste møde", and the referat says when that is
            due_date = ctx.next_meeting
        if not event:
            event = ctx.body_name  # "på næste møde": the same body meets again
    return replace(
        draft,
        due_date=due_date,
        due_precision=deadline.precision,
        due_text=deadline.text,
        event=event,
    )


def _normalise(text: str) -> str:
    return _SPACES_RE.sub(" ", text).strip().casefold()


def _describe(text: str) -> str:
    """Trim a sentence to its commitment: drop the decision preamble."""
    clean = _SPACES_RE.sub(" ", text).strip()
    rest = _PREAMBLE_RE.sub("", clean, count=1).strip()
    first = _first_token(rest)
    # Keep the sentence when the preamble was most of it, or when the rest
    # starts with an infinitive ("besluttede at igangsætte ...").
    if len(rest) < 15 or (first is not None and _is_infinitive(first)):
        rest = _AD_RE.sub("", clean).strip()
    # A listed decision: "2. at forvaltningen afholder et borgermøde"
    rest = _LEADING_AT_RE.sub("", rest)
    return _shorten(_capitalise(rest))


def _shorten(text: str, limit: int = 200) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;: ")
    return cut + "…"


# ==========================================================================
# The next meeting

# "næste møde" rather than "et af de kommende møder": one meeting, the next.
_NEXT_WORD_RE = re.compile(r"\b(?:næste|næstkommende|førstkommende)\b", _F)
# An item about the next meeting: "Næste møde", "Dato for næste møde",
# "Eventuelt og næste møde", "Mødeplan".
_NEXT_MEETING_TITLE_RE = re.compile(
    r"\b(?:næste|førstkommende|næstkommende)\s+(?:\w+\s+)?møde\b|^\W*mødeplan\b", _F
)
# The announcement anywhere in a text, with the word before it (a genitive
# owner: "Forretningsudvalgets næste møde afholdes ...").
_NEXT_MEETING_STATEMENT_RE = re.compile(
    # The owner is tried only at a word start and only before "næste" & co.:
    # without that, the optional word is matched again at every character.
    r"(?:\b(?P<owner>[\w-]+)\s+(?=(?:næste|kommende|førstkommende|næstkommende)\s))?"
    r"(?P<stmt>" + _NEXT_MEETING_CORE + ")",
    _F,
)
# Generic names of a body: in "udvalgets næste møde" the body is the own one.
_GENERIC_BODIES = _words(
    "udvalget rådet bestyrelsen forummet kommissionen lokaludvalget gruppen"
)


def _is_own_body(name: str, body_name: str) -> bool:
    """Tell whether ``name`` (an event's body, "" for none) is the meeting's body.

    "Lokaludvalget" is "Holstrup Midtby Lokaludvalg"; "Udvalget" is any
    committee.
    """
    if not name:
        return True
    wanted = name.casefold().strip()
    if wanted in _GENERIC_BODIES:
        return True
    own = body_name.casefold().strip()
    if not own:
        return False
    if own == wanted or own.endswith(" " + wanted):
        return True
    stem = wanted[:-2] if wanted.endswith(("et", "en")) else wanted
    return own == stem or own.endswith(" " + stem)


def _owner_of(word: str) -> str | None:
    """Return the body a genitive names ("Forretningsudvalgets"), else None."""
    for ending in ("'s", "’s"):
        if word.endswith(ending):
            return word[: -len(ending)]
    if word.endswith(("ets", "ens")) or (word[:1].isupper() and word.endswith("s")):
        return word[:-1]
    return None


def _stated_dates(text: str, minutes: ParsedMinutes, *, any_date: bool) -> list[date]:
    """Return the future meeting dates a text announces, in text order.

    ``any_date`` (for an item about the next meeting): every future day in
    the text counts, announced or not.
    """
    found: list[date] = []
    if _may_contain(text, ("næste", "kommende")) and _may_contain(
        text, _NEXT_MEETING_WORDS
    ):
        for match in _NEXT_MEETING_STATEMENT_RE.finditer(text):
            owner = _owner_of(match["owner"] or "")
            if owner is not None and not _is_own_body(owner, minutes.body):
                continue  # "Økonomiudvalgets næste møde er ...": another body
            window = text[match.end("stmt") : match.end("stmt") + 80]
            found.extend(_future_days(window, minutes.date)[:1])
    if any_date and not found:
        found.extend(_future_days(text, minutes.date)[:1])
    return found


def _future_days(text: str, meeting_date: date) -> list[date]:
    return [
        d.due_date
        for d in find_deadlines(text, meeting_date)
        if d.precision == Precision.DAY
        and not d.is_past
        and d.due_date is not None
        and d.due_date > meeting_date
    ]


def next_meeting_date(minutes: ParsedMinutes) -> date | None:
    """Return the date of the body's next meeting when the referat states it.

    An item about the next meeting ("Næste møde": "Onsdag den 19. august
    2026 kl. 18.30") is read first; then announcements anywhere ("Næste møde
    afholdes tirsdag den 14. april 2026", "Kommunalbestyrelsens næste
    ordinære møde, der afholdes ..."). Only dates after the meeting count,
    and only the body's own next meeting.
    """
    texts_by_item = [
        (
            item,
            [
                item.decision.text if item.decision else "",
                *(section.text for section in item.sections),
            ],
        )
        for item in minutes.items
    ]
    for item, texts in texts_by_item:
        if _NEXT_MEETING_TITLE_RE.search(item.title):
            for text in [item.title, *texts]:
                found = _stated_dates(text, minutes, any_date=True)
                if found:
                    return found[0]
    for text in [minutes.preamble, *(t for _, texts in texts_by_item for t in texts)]:
        found = _stated_dates(text, minutes, any_date=False)
        if found:
            return found[0]
    return None


# ==========================================================================
# Clause outcomes

_OUTCOME_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        Outcome.REJECTED,
        re.compile(
            r"\bikke\s+(?:\w+\s+)?(?:godkend\w*|tiltræ\w*|anbefal\w*|imødekom\w*|"
            r"vedtag\w*)|\bkan\s+ikke\s+anbefale|\bafvis\w*|\bforkast\w*|\bnedstemt",
            _F,
        ),
    ),
    (
        Outcome.POSTPONED,
        re.compile(r"\budsat\b|\budsættes\b|\budskudt\b|\budskydes\b|\budsætte\b", _F),
    ),
    (
        Outcome.AMENDED,
        re.compile(
            r"\bmed\s+(?:følgende|den|de\s+følgende)\s+ændring(?:er)?\b"
            r"|\bmed\s+(?:den\s+)?tilføjelse(?:n)?\b|\bdog\s+således\b"
            r"|\bmed\s+følgende\s+tilføjelse|\bmed\s+ændring(?:en|erne)?\b"
            r"|\bændret\s+således\b",
            _F,
        ),
    ),
    (
        Outcome.NOTED,
        re.compile(
            r"\btil\s+(?:efterretning|orientering|etterretning)\b|\bnoteret\b"
            r"|\btaget\s+til\s+orientering\b",
            _F,
        ),
    ),
    (
        Outcome.DISCUSSED,
        re.compile(
            r"\bdrøft(?:ede|et|edes|es)\b|\bgennemgik\b|\bgennemgået\b"
            r"|\bdebatterede\b|\bkom\s+med\s+input",
            _F,
        ),
    ),
    (
        Outcome.APPROVED,
        re.compile(
            r"\bgodkend\w*|\bbesluttede\b|\bbesluttet\b|\bbesluttedes\b|\bvedt(?:og|aget)"
            r"|\btiltr(?:ådt|ådte|ædes|æder)\b|\banbefal(?:es|er|ede|et)\b"
            r"|\bfølger\s+indstillingen|\bfulgte\s+indstillingen|\bbifald\w*"
            r"|\btilsluttede\s+sig|\bbevilg\w*|\bsom\s+indstillet\b",
            _F,
        ),
    ),
)
_PER_CLAUSE_RE = re.compile(
    r"(?:^|(?<=[\s.;:]))(?:Ad\.?\s*(?:pkt\.?|punkt|at-punkt)?\s*|(?:pkt\.?|punkt)\s+)"
    r"(?P<n>\d{1,2})\s*[:.)-]?\s*",
    _F,
)
_NUMBERED_OUTCOME_RE = re.compile(r"(?:^|(?<=\s))(?P<n>\d{1,2})[.)]\s+(?=\S)")
_STOPWORDS = _words(
    """
    at og der som for med til den det de en et i på af om er skal vil kan
    fra har blev være ved eller samt efter under over mod hvor hvilke denne
    dette disse sig sin sit sine deres vores jeres alle også ikke nu møde
    mødet mødets udvalget dagens
    """
)
_OUTCOME_WORD_PREFIXES = (
    "godkend",
    "drøft",
    "besluttede",
    "beslut",
    "efterre",
    "oriente",
    "tiltr",
    "anbefal",
    "tager",
    "tages",
    "tog",
)


def clause_outcomes(clauses: Sequence[Clause], decision_text: str) -> list[str]:
    """Return one Outcome value per recommendation clause.

    Per-clause markers ("Ad 1: godkendt", "1. Godkendt 2. Taget til
    efterretning") are read first; then each clause is matched to the
    decision sentence sharing most distinctive content words, or else to a
    sentence with the verdict the clause itself asks for ("at X godkendes" ->
    "godkendte X"); a whole-decision verdict ("Godkendt.", "Anbefales",
    "Taget til efterretning") covers the rest. Earlier bodies' decisions
    chained before this one ("Økonomiudvalget, 3. februar 2026, pkt. 22:
    Anbefales.") count only through their last verdict.
    """
    if not clauses:
        return []
    text, chained = _strip_chained_headers(decision_text.strip())
    per_clause = _per_clause_outcomes(text)
    global_outcome = _global_outcome(text) or chained
    sentences = [s.text for s in split_sentences(text)]
    sentence_outcomes = [_outcome_of(s) for s in sentences]
    results: list[str] = []
    for clause in clauses:
        if clause.number in per_clause:
            results.append(per_clause[clause.number])
            continue
        matched = _best_sentence(clause.text, sentences)
        outcome = _outcome_of(matched) if matched else None
        if outcome is None and global_outcome is None:
            # "at orienteringen tages til efterretning" <-> "tog ... til
            # efterretning": the verdict the clause asks for was given.
            wanted = _outcome_of(clause.text)
            if wanted is not None and wanted in sentence_outcomes:
                outcome = wanted
        if outcome is None:
            outcome = global_outcome
        if outcome is None and len(clauses) == 1:
            outcome = _outcome_of(text)
        results.append(outcome or Outcome.UNCLEAR)
    return results


_CHAIN_HEADER_RE = re.compile(
    r"^[ \t]*[A-ZÆØÅ][^\n:]{0,80}?,\s*(?:den\s+)?\d{1,2}\.\s*[a-zæøå]+\.?\s+\d{4}"
    r"\s*,\s*(?:pkt|punkt|sag)\.?\s*(?:nr\.\s*)?\d+\s*:\s*",
    re.MULTILINE,
)


def _strip_chained_headers(text: str) -> tuple[str, str | None]:
    """Remove "<Body>, <date>, pkt. N:" headers; return the text and last verdict."""
    headers = list(_CHAIN_HEADER_RE.finditer(text))
    if not headers:
        return text, None
    last_verdict = split_sentences(text[headers[-1].end() :])
    verdict = _outcome_of(last_verdict[0].text) if last_verdict else None
    return _CHAIN_HEADER_RE.sub("", text), verdict


def _outcome_of(text: str) -> str | None:
    for outcome, pattern in _OUTCOME_RULES:
        if pattern.search(text):
            return outcome
    return None


# A decision that is only a verdict applies it to every clause.
_GLOBAL_RE = re.compile(
    r"^\W*(?:(?:Indstillingen|Indstillingerne|Sagen|Punktet|Orienteringen)\s+"
    r"(?:blev\s+|er\s+)?)?(?:godkendt|anbefales|anbefalet|tiltrådt|tiltrådes"
    r"|vedtaget|taget\s+til\s+(?:efterretning|orientering)|tages\s+til"
    r"\s+efterretning|til\s+efterretning|udsat|udsættes|følges|ikke\s+godkendt"
    r"|afvist|godkendt\s+som\s+indstillet)\b",
    _F,
)


# "Udvalget godkendte indstillingen": the same for every clause.
_BODY_FOLLOWED_RE = re.compile(
    r"^\W*\w+(?:\s+\w+)?\s+(?:godkendte|tiltrådte|anbefalede|vedtog|fulgte)"
    r"\s+indstillingen",
    _F,
)


def _global_outcome(text: str) -> str | None:
    first = split_sentences(text)
    if not first:
        return None
    head = first[0].text
    if _GLOBAL_RE.match(head) or _BODY_FOLLOWED_RE.match(head):
        return _outcome_of(head)
    return None


def _per_clause_outcomes(text: str) -> dict[int, str]:
    """Read "Ad 1: ... Ad 2: ..." and "1. Godkendt 2. ..." decisions."""
    for pattern in (_PER_CLAUSE_RE, _NUMBERED_OUTCOME_RE):
        marks = list(pattern.finditer(text))
        if len(marks) < 1:
            continue
        outcomes: dict[int, str] = {}
        for mark, following in zip(marks, [*marks[1:], None], strict=False):
            segment = text[mark.end() : following.start() if following else len(text)]
            outcome = _outcome_of(segment)
            if outcome is None:
                continue
            outcomes[int(mark["n"])] = outcome
        # Numbered lists must be verdicts throughout, or they are something
        # else (a list of actions).
        if pattern is _NUMBERED_OUTCOME_RE and len(outcomes) < len(marks):
            continue
        if outcomes:
            return outcomes
    return {}


def _content_stems(text: str) -> set[str]:
    stems = set()
    for word in _WORD_RE.findall(text.lower()):
        if len(word) < 4 or word in _STOPWORDS or word in _MONTH_WORDS:
            continue
        if word.startswith(_OUTCOME_WORD_PREFIXES):
            continue
        stems.add(word[:5])
    return stems


def _best_sentence(clause: str, sentences: list[str]) -> str | None:
    """Return the sentence sharing most distinctive words with the clause.

    Words found in every sentence ("udvalget", the body's name) tell nothing
    and are ignored; a tie means no match.
    """
    stems = [_content_stems(sentence) for sentence in sentences]
    everywhere = set.intersection(*stems) if len(stems) > 1 else set()
    wanted = _content_stems(clause) - everywhere
    if not wanted:
        return None
    scores = [len(wanted & (sentence - everywhere)) for sentence in stems]
    best = max(scores, default=0)
    if best == 0 or scores.count(best) > 1:
        return None
    return sentences[scores.index(best)]
