"""Follow-up drafts: statuses, case-text promises, referrals, deadlines."""

from __future__ import annotations

import re
from dataclasses import replace

from decisions.deadlines import Deadline, Precision, find_deadlines
from decisions.extraction.actors import (
    _ABBREVIATION_RE,
    _Actor,
    _capitalise,
    _Context,
    _is_named_actor,
)
from decisions.extraction.commitments import (
    Referral,
    referral_deadline,
)
from decisions.extraction.meetings import _NEXT_WORD_RE, _is_own_body
from decisions.extraction.reader import _Reading, _SentenceReader
from decisions.extraction.sentences import split_sentences
from decisions.extraction.tokens import _first_token, _is_infinitive, _modal_kind
from decisions.extraction.types import FollowUpDraft, Origin, Sentence
from decisions.extraction.vocabulary import (
    _AD_RE,
    _CASE_PROMISE_RE,
    _CASE_PROMISE_WORDS,
    _CASE_STATIVE_INFINITIVES,
    _COMING_BACK_RE,
    _F,
    _ITEM_SUBJECT_RE,
    _LEADING_AT_RE,
    _NOT_A_PROMISE_RE,
    _PAST_MARKERS_RE,
    _POSTPONED_RE,
    _PREAMBLE_RE,
    _REASON_RE,
    _REPORTED_RE,
    _SPACES_RE,
    _STATUS_WORDS,
    _THIS_MEETING_RE,
    _WITHDRAWN_RE,
    _is_conditional,
    _is_hedged,
    _lowered_may_contain,
    _may_contain,
)
from minutes.parsing.types import (
    ItemStatus,
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


def _says_status_of_handled_item(ctx: _Context, text: str, lowered: str | None) -> bool:
    """Tell whether a sentence postpones or withdraws an item the parser found handled.

    The parser's status stands: such a sentence is neither a status nor a
    task ("Udvalget besluttede at udsætte sagen." when the parser says
    handled gives nothing, never a follow-up that contradicts the status).
    ``lowered`` is the sentence as vocabulary._lowered returns it.
    """
    if ctx.item.status != ItemStatus.HANDLED:
        return False
    if not _lowered_may_contain(lowered, _STATUS_WORDS):
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
