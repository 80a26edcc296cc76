"""An agenda item -> its follow-ups, and the verdict on every sentence."""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date

from decisions.extraction.actors import _Context
from decisions.extraction.commitments import (
    earlier_decision_spans,
    find_referral,
    is_what_others_want,
)
from decisions.extraction.drafts import (
    _draft,
    _is_case_promise,
    _normalise,
    _referral_draft,
    _referral_vetoed,
    _says_status_of_handled_item,
    _status_draft,
    _status_fallback,
    _status_kind,
)
from decisions.extraction.lists import (
    _LISTED_HEADING_RE,
    _follow_up_list,
    _listed_draft,
)
from decisions.extraction.meetings import _is_own_body
from decisions.extraction.reader import _Reading, _SentenceReader
from decisions.extraction.sentences import split_sentences
from decisions.extraction.types import FollowUpDraft, Origin, Sentence
from decisions.extraction.vocabulary import (
    _CASE_TEXT_WORDS,
    _CONTENT_INTRO_RE,
    _NOT_CASE_TEXT_RE,
    _REPORTED_RE,
    _lowered,
    _may_contain,
)
from minutes.parsing.types import (
    ItemStatus,
    ParsedAgendaItem,
    Section,
)

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
    remark_intro: bool = False  # "... med følgende bemærkning:" came before
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
    decision_text = _decision_text(ctx)
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


def _decision_text(ctx: _Context) -> str:
    """Return this meeting's decision on the item.

    Without a decision of its own, an item whose case history ends with a
    decision of this body dated this meeting ("Byrådet, 16. juni 2026, pkt.
    144: ...") has that one: it is this meeting's, listed with the earlier.
    """
    item = ctx.item
    if item.decision is not None:
        return item.decision.text
    for prior in reversed(item.prior_decisions):
        if prior.date == ctx.meeting_date and _is_own_body(prior.body, ctx.body_name):
            return prior.text
    return ""


def _once(verdict: Verdict, walk: _Walk) -> Verdict:
    """List a sentence once."""
    draft = verdict.draft
    if draft is None:
        return verdict
    key = _normalise(draft.source_text)
    if key and key in walk.seen:
        # A sentence repeated in the text, or a case-text promise that the
        # decision repeats, is offered once.
        return replace(verdict, draft=None, reason=f"{verdict.reason}: a repeat")
    walk.seen.add(key)
    return verdict


def _decision_verdicts(ctx: _Context, text: str, walk: _Walk) -> Iterator[Verdict]:
    statements = _member_statement_spans(text)
    earlier = earlier_decision_spans(text, ctx.meeting_date)
    sentences = split_sentences(text)
    listed, skipped = _follow_up_list(text, sentences)
    for index, sentence in enumerate(sentences):
        if not sentence.bullet:
            walk.reported_intro = False
            walk.remark_intro = bool(_REMARK_INTRO_RE.search(sentence.text))
        if index in skipped:
            yield Verdict("decision", sentence, None, "a field of a list entry")
        elif index in listed:
            draft = _listed_draft(ctx, text, sentence, listed[index])
            yield Verdict("decision", sentence, draft, draft.rule)
        elif _inside_spans(statements, sentence.start):
            yield Verdict("decision", sentence, None, "veto: a member's statement")
        elif _inside_spans(earlier, sentence.start):
            yield Verdict(
                "decision", sentence, None, "veto: an earlier body's decision"
            )
        else:
            yield _judge(ctx, sentence, walk)


def _judge(ctx: _Context, sentence: Sentence, walk: _Walk) -> Verdict:
    """Apply the rules, vetoes first, to one sentence of the decision."""
    text = sentence.text

    def verdict(draft: FollowUpDraft | None, reason: str) -> Verdict:
        return Verdict("decision", sentence, draft, reason)

    lowered = _lowered(text)  # for the word pre-filters; None for misfits
    kind = _status_kind(ctx, text)
    if kind is not None:
        if walk.status_found:
            return verdict(None, "status already listed")
        walk.status_found = True
        draft = _status_draft(ctx, sentence, kind)
        return verdict(draft, draft.rule)
    if _says_status_of_handled_item(ctx, text, lowered):
        return verdict(None, "veto: postpones an item the parser found handled")
    if walk.reported_intro and sentence.bullet:
        return verdict(None, "veto: a point of a report or statement above")
    if walk.others_quote_open:
        walk.others_quote_open = not _closes_quote(text)
        return verdict(None, "veto: inside a quoted motion or protocol remark")
    if is_what_others_want(text, lowered or ""):
        walk.others_quote_open = _opens_quote(text)
        return verdict(None, "veto: a motion's demand, a vote, dissent or remark")
    referral = find_referral(text, ctx.body_name, lowered or "")
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
    if not reading.committed and _attaches_condition(text, sentence, walk):
        # The body approved "med bemærkning om, at X": X is what it asks for.
        reading = replace(reading, committed=True, rule="remark_clause", vetoed_by="")
    if reading.committed:
        return verdict(_draft(ctx, sentence, reading, Origin.DECISION), _why(reading))
    return verdict(None, _why(reading))


# "Godkendt med bemærkning om, at kalenderen opdateres", "anbefales med den
# bemærkning, at ..."; the condition the body attaches to its decision.
_REMARK_CLAUSE_RE = re.compile(
    r"\bmed\s+(?:den\s+|følgende\s+)?bemærkning(?:er)?\s*(?:om|til)?\s*,?\s*at\s+\w",
    re.IGNORECASE,
)
# "1-7 anbefales med følgende bemærkning under punkt 1": "at ..." bullets follow.
_REMARK_INTRO_RE = re.compile(
    r"\bmed\s+følgende\s+bemærkning(?:er)?\b|\bbemærkning(?:er)?\s*:\s*$",
    re.IGNORECASE,
)
_AT_CLAUSE_RE = re.compile(r"^\s*(?:[-•*–]\s*)?at\s+\w", re.IGNORECASE)


def _attaches_condition(text: str, sentence: Sentence, walk: _Walk) -> bool:
    if sentence.bullet and walk.remark_intro:
        return bool(_AT_CLAUSE_RE.match(text))
    return "emærkning" in text and bool(_REMARK_CLAUSE_RE.search(text))


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
