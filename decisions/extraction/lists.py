"""Follow-up lists: "Opfølgning: X udarbejder ... Ansvarlig: X. Frist: 1. maj"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from decisions.extraction.actors import _Context
from decisions.extraction.drafts import _describe, _with_deadline
from decisions.extraction.outcomes import _GLOBAL_RE
from decisions.extraction.reader import _SentenceReader
from decisions.extraction.types import FollowUpDraft, Origin, Sentence
from decisions.extraction.vocabulary import _F, _SPACES_RE, _may_contain

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
