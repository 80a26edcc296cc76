"""How follow-ups read to a person: Danish action names, readable changes, the
source sentence in its paragraph. Used by the admin, the exports and the
reminders."""

from __future__ import annotations

import re
from dataclasses import dataclass

from decisions.models import FollowUp, FollowUpEvent, FollowUpOrigin, FollowUpStatus

ACTION_NAMES = {
    "created": "Oprettet",
    "edited": "Rettet",
    "start": "Sat i gang",
    "complete": "Udført",
    "cancel": "Annulleret",
    "reopen": "Genåbnet",
    "deleted": "Slettet",
}

STATUS_NAMES = dict(FollowUpStatus.choices)


def action_name(action: str) -> str:
    """Return the Danish name of a history entry's action."""
    return ACTION_NAMES.get(action, action)


def field_label(name: str) -> str:
    """Return the Danish label of a follow-up field, as the admin shows it."""
    try:
        return str(FollowUp._meta.get_field(name).verbose_name).capitalize()
    except Exception:  # noqa: BLE001 - an old history entry may name a lost field
        return name


def _readable(value) -> str:
    if value in (None, ""):
        return "(tom)"
    return str(value)


def describe_changes(event: FollowUpEvent) -> str:
    """Return what the history entry changed, in words: the status from and to,
    each field from and to, and the note."""
    parts = []
    if event.from_status or event.to_status:
        if event.from_status:
            parts.append(
                f"Status: {STATUS_NAMES.get(event.from_status, event.from_status)}"
                f" → {STATUS_NAMES.get(event.to_status, event.to_status)}"
            )
        else:
            parts.append(f"Status: {STATUS_NAMES.get(event.to_status, '')}")
    for name, change in (event.changes or {}).items():
        if isinstance(change, dict) and {"from", "to"} <= set(change):
            parts.append(
                f"{field_label(name)}: {_readable(change['from'])}"
                f" → {_readable(change['to'])}"
            )
        else:
            parts.append(f"{field_label(name)}: {_readable(change)}")
    if not parts:
        parts.append(action_name(event.action))
    return "; ".join(parts)


@dataclass(frozen=True)
class SourceInContext:
    """The paragraph a follow-up was found in, split around its sentence."""

    before: str
    sentence: str
    after: str
    where: str  # "Beslutning" or the section heading


def _paragraph_around(text: str, start: int, end: int) -> tuple[str, str, str]:
    """Return the paragraph of text holding text[start:end], split around it."""
    paragraph_start = text.rfind("\n\n", 0, start)
    paragraph_start = 0 if paragraph_start < 0 else paragraph_start + 2
    paragraph_end = text.find("\n\n", end)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    return (
        text[paragraph_start:start],
        text[start:end],
        text[end:paragraph_end],
    )


def _locate(text: str, follow_up: FollowUp) -> tuple[int, int] | None:
    """Return where the follow-up's source text is in text: at its offsets when
    they still match, else wherever the text first occurs."""
    source = follow_up.source_text
    if not source or not text:
        return None
    start, end = follow_up.source_start, follow_up.source_end
    if start is not None and end is not None and text[start:end] == source:
        return start, end
    found = text.find(source)
    if found >= 0:
        return found, found + len(source)
    # The text may have been reflowed since (line breaks, spaces).
    pattern = r"\s+".join(re.escape(word) for word in source.split())
    match = re.search(pattern, text) if pattern else None
    return (match.start(), match.end()) if match else None


def source_in_context(follow_up: FollowUp) -> SourceInContext | None:
    """Return the follow-up's source sentence in its paragraph of the decision
    or of the case text; None when the sentence is found in neither."""
    item = follow_up.agenda_item
    candidates: list[tuple[str, str]] = []
    decision = getattr(item, "decision", None)
    if decision is not None and follow_up.origin != FollowUpOrigin.CASE_TEXT:
        candidates.append(("Beslutning", decision.text))
    for section in item.sections or []:
        if isinstance(section, dict):
            candidates.append(
                (str(section.get("heading") or "Afsnit"), str(section.get("text", "")))
            )
    if decision is not None and follow_up.origin == FollowUpOrigin.CASE_TEXT:
        candidates.append(("Beslutning", decision.text))
    for where, text in candidates:
        located = _locate(text, follow_up)
        if located:
            before, sentence, after = _paragraph_around(text, *located)
            return SourceInContext(before, sentence, after, where)
    return None
