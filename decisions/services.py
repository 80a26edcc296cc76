"""Business rules of follow-ups: their lifecycle, corrections and history.

Every change locks the follow-up's row, checks the version the caller read
(optimistic concurrency), bumps the version, marks the follow-up as edited so a
re-import keeps it, and writes one FollowUpEvent.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from decisions import signals
from decisions.models import (
    DuePrecision,
    FollowUp,
    FollowUpEvent,
    FollowUpOrigin,
    FollowUpStatus,
    Unit,
    unit_key,
)
from minutes.models import AgendaItem
from minutes.parsing.lexicon import MONTHS

# Who makes a change; anonymous or no user (a script) is recorded as nobody.
Actor = AbstractBaseUser | AnonymousUser | None


class TransitionNotAllowed(Exception):
    """The follow-up's status does not allow the action (the API's 409)."""

    def __init__(self, message: str, *, allowed: list[str]):
        super().__init__(message)
        self.allowed = allowed


class StaleVersion(Exception):
    """The follow-up changed since the caller read it (the API's 412)."""


class FollowUpAction:
    """Names of the lifecycle actions, as used in the API and in the history."""

    START = "start"
    COMPLETE = "complete"
    CANCEL = "cancel"
    REOPEN = "reopen"


# Names of the history entries that are not lifecycle actions.
CREATED = "created"
EDITED = "edited"

# For each status, the actions allowed from it and the status each leads to.
ALLOWED_TRANSITIONS: dict[str, dict[str, str]] = {
    FollowUpStatus.OPEN: {
        FollowUpAction.START: FollowUpStatus.IN_PROGRESS,
        FollowUpAction.COMPLETE: FollowUpStatus.DONE,
        FollowUpAction.CANCEL: FollowUpStatus.CANCELLED,
    },
    FollowUpStatus.IN_PROGRESS: {
        FollowUpAction.COMPLETE: FollowUpStatus.DONE,
        FollowUpAction.CANCEL: FollowUpStatus.CANCELLED,
        FollowUpAction.REOPEN: FollowUpStatus.OPEN,
    },
    FollowUpStatus.DONE: {FollowUpAction.REOPEN: FollowUpStatus.OPEN},
    FollowUpStatus.CANCELLED: {FollowUpAction.REOPEN: FollowUpStatus.OPEN},
}

# The fields a person may correct; everything else comes from the import or
# from the lifecycle actions.
EDITABLE_FIELDS = (
    "description",
    "responsible",
    "due_date",
    "due_precision",
    "due_text",
    "due_event",
)

STATUS_NOT_EDITABLE = (
    "The status cannot be edited; use the actions start, complete, cancel and reopen."
)


def allowed_actions(status: str) -> list[str]:
    """Return the actions allowed from the status, in lifecycle order."""
    return list(ALLOWED_TRANSITIONS.get(status, {}))


@transaction.atomic
def create_follow_up(
    *,
    agenda_item: AgendaItem,
    description: str,
    user: Actor,
    responsible: str = "",
    due_date: datetime.date | None = None,
    due_precision: str = "",
    due_text: str = "",
    due_event: str = "",
) -> FollowUp:
    """Create a follow-up by hand on an agenda item and record its creation."""
    _require_text(description, field="description")
    # Locked, so an item being closed at this moment is seen closed: its
    # follow-ups' copies of the flag are updated under the same lock.
    is_closed, body_id = (
        AgendaItem.objects.select_for_update(of=("self",))
        .values_list("is_closed", "meeting__body_id")
        .get(pk=agenda_item.pk)
    )
    follow_up = FollowUp(
        agenda_item=agenda_item,
        is_closed=is_closed,
        body_id=body_id,
        description=description,
        responsible=responsible,
        responsible_unit_id=unit_named(responsible),
        due_date=due_date,
        # A date typed in by a person names a day unless they say otherwise.
        due_precision=due_precision or (DuePrecision.DAY if due_date else ""),
        due_text=due_text,
        due_event=due_event,
        origin=FollowUpOrigin.MANUAL,
        status=FollowUpStatus.OPEN,
        # Created by a person, so a re-import must never overwrite it.
        is_edited=True,
    )
    follow_up.full_clean()
    follow_up.save()
    _record_event(follow_up, user=user, action=CREATED, to_status=follow_up.status)
    signals.send_on_commit(signals.follow_up_created, follow_up=follow_up, user=user)
    return follow_up


@transaction.atomic
def update_follow_up(
    *,
    follow_up: FollowUp,
    changes: Mapping[str, Any],
    user: Actor,
    expected_version: int | None = None,
) -> FollowUp:
    """Correct the editable fields and record each change as from -> to.

    A call that changes nothing leaves the follow-up and its version alone.
    """
    refused = sorted(set(changes) - set(EDITABLE_FIELDS))
    if refused:
        raise ValidationError({name: _not_editable_message(name) for name in refused})
    if "description" in changes:
        _require_text(changes["description"], field="description")
    _lock(follow_up, expected_version=expected_version)

    before = {name: getattr(follow_up, name) for name in changes}
    for name, value in changes.items():
        setattr(follow_up, name, value)
    # Converts and checks the new values (dates, choices, lengths) as the model
    # defines them; the untouched fields were valid already.
    follow_up.full_clean(
        exclude=[f.name for f in FollowUp._meta.fields if f.name not in changes],
        validate_unique=False,
        validate_constraints=False,
    )
    diff = {
        name: {"from": _as_json(before[name]), "to": _as_json(getattr(follow_up, name))}
        for name in changes
        if getattr(follow_up, name) != before[name]
    }
    if not diff:
        return follow_up
    fields = list(diff)
    if "responsible" in diff:
        follow_up.responsible_unit_id = unit_named(follow_up.responsible)
        fields.append("responsible_unit")
    _save_change(follow_up, fields=fields)
    _record_event(follow_up, user=user, action=EDITED, changes=diff)
    signals.send_on_commit(
        signals.follow_up_changed, follow_up=follow_up, user=user, changes=diff
    )
    return follow_up


@transaction.atomic
def start_follow_up(
    *,
    follow_up: FollowUp,
    user: Actor,
    note: str = "",
    expected_version: int | None = None,
) -> FollowUp:
    """Mark an open follow-up as in progress."""
    return _transition(
        follow_up,
        action=FollowUpAction.START,
        user=user,
        note=note,
        expected_version=expected_version,
    )


@transaction.atomic
def complete_follow_up(
    *,
    follow_up: FollowUp,
    user: Actor,
    note: str = "",
    resolved_by: AgendaItem | None = None,
    expected_version: int | None = None,
) -> FollowUp:
    """Mark the follow-up done, optionally naming the agenda item that resolved it."""
    if resolved_by is not None:
        _check_resolving_item(follow_up, resolved_by)
    return _transition(
        follow_up,
        action=FollowUpAction.COMPLETE,
        user=user,
        note=note,
        expected_version=expected_version,
        completed_at=timezone.now(),
        resolved_by=resolved_by,
    )


@transaction.atomic
def cancel_follow_up(
    *,
    follow_up: FollowUp,
    user: Actor,
    reason: str,
    expected_version: int | None = None,
) -> FollowUp:
    """Cancel the follow-up; the reason is required and kept in the history."""
    _require_text(reason, field="reason")
    return _transition(
        follow_up,
        action=FollowUpAction.CANCEL,
        user=user,
        note=reason,
        expected_version=expected_version,
    )


@transaction.atomic
def reopen_follow_up(
    *,
    follow_up: FollowUp,
    user: Actor,
    reason: str,
    expected_version: int | None = None,
) -> FollowUp:
    """Open the follow-up again, forgetting when and where it was resolved."""
    _require_text(reason, field="reason")
    return _transition(
        follow_up,
        action=FollowUpAction.REOPEN,
        user=user,
        note=reason,
        expected_version=expected_version,
        completed_at=None,
        resolved_by=None,
    )


def _transition(
    follow_up: FollowUp,
    *,
    action: str,
    user: Actor,
    note: str,
    expected_version: int | None,
    **updates: Any,
) -> FollowUp:
    """Move the locked follow-up along the lifecycle, or raise
    TransitionNotAllowed."""
    _lock(follow_up, expected_version=expected_version)
    from_status = follow_up.status
    transitions = ALLOWED_TRANSITIONS.get(from_status, {})
    if action not in transitions:
        raise TransitionNotAllowed(
            f"Cannot {action} a follow-up that is {from_status}.",
            allowed=allowed_actions(from_status),
        )
    follow_up.status = transitions[action]
    for name, value in updates.items():
        setattr(follow_up, name, value)
    _save_change(follow_up, fields=["status", *updates])
    _record_event(
        follow_up,
        user=user,
        action=action,
        from_status=from_status,
        to_status=follow_up.status,
        note=note,
    )
    signals.send_on_commit(
        signals.follow_up_status_changed,
        follow_up=follow_up,
        user=user,
        action=action,
        from_status=from_status,
        to_status=follow_up.status,
    )
    return follow_up


def unit_named(responsible: str) -> int | None:
    """Return the id of the unit the responsible names by name or alias, if any."""
    return Unit.objects.ids_by_name().get(unit_key(responsible))


def link_follow_ups_to_unit(unit: Unit, *, link_new: bool = True) -> None:
    """After a unit's names changed: unlink the follow-ups whose responsible no
    longer names it, and (with link_new) link those whose responsible does.

    Names are compared by unit_key, over the distinct responsible texts.
    """
    names = {
        unit_key(name)
        for name in [unit.name, *unit.aliases.values_list("alias", flat=True)]
    }
    texts = FollowUp.objects.order_by().values_list("responsible", flat=True).distinct()
    naming = [text for text in texts if unit_key(text) in names]
    # A changed link changes the representation: a new version and updated_at,
    # so ETags and sync clients see it.
    changed = {"updated_at": timezone.now(), "version": F("version") + 1}
    FollowUp.objects.filter(responsible_unit=unit).exclude(
        responsible__in=naming
    ).update(responsible_unit=None, **changed)
    if link_new:
        FollowUp.objects.filter(responsible__in=naming).exclude(
            responsible_unit=unit
        ).update(responsible_unit=unit, **changed)


def _lock(follow_up: FollowUp, *, expected_version: int | None) -> None:
    """Reload the follow-up with its row locked; refuse if its version moved on."""
    follow_up.refresh_from_db(from_queryset=FollowUp.objects.select_for_update())
    if expected_version is not None and follow_up.version != expected_version:
        raise StaleVersion()


def _save_change(follow_up: FollowUp, *, fields: list[str]) -> None:
    follow_up.version += 1
    follow_up.is_edited = True
    follow_up.save(update_fields=[*fields, "version", "is_edited", "updated_at"])


def _record_event(
    follow_up: FollowUp,
    *,
    user: Actor,
    action: str,
    from_status: str = "",
    to_status: str = "",
    note: str = "",
    changes: dict[str, Any] | None = None,
) -> FollowUpEvent:
    return FollowUpEvent.objects.create(
        follow_up=follow_up,
        user=user if user is not None and user.is_authenticated else None,
        at=timezone.now(),
        action=action,
        from_status=from_status,
        to_status=to_status,
        note=note,
        changes=changes or {},
    )


def _check_resolving_item(follow_up: FollowUp, resolved_by: AgendaItem) -> None:
    """Refuse an agenda item that cannot be where the matter came back."""
    if resolved_by.pk == follow_up.agenda_item_id:
        raise ValidationError(
            {"resolved_by": "The follow-up cannot be resolved by its own agenda item."}
        )
    if resolved_by.meeting.date < follow_up.agenda_item.meeting.date:
        raise ValidationError(
            {
                "resolved_by": "The agenda item that resolves a follow-up cannot "
                "be from an earlier meeting."
            }
        )


def _require_text(value: object, *, field: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError({field: "This field is required and may not be blank."})


def _not_editable_message(name: str) -> str:
    return STATUS_NOT_EDITABLE if name == "status" else "This field cannot be edited."


def _as_json(value: Any) -> Any:
    """Return the value as the history's JSON stores it (dates as ISO strings)."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def with_due_date_described(
    follow_up: FollowUp, changes: Mapping[str, Any]
) -> dict[str, Any]:
    """Return the changes with due_precision and due_text describing a new
    due_date, unless the changes set them too.

    The old precision and words ("i februar 2020") would describe a date that
    is no longer the follow-up's; a date set by hand names a day.
    """
    result = dict(changes)
    if "due_date" not in changes or changes["due_date"] == follow_up.due_date:
        return result
    due_date = changes["due_date"]
    result.setdefault(
        "due_precision", DuePrecision.DAY if due_date else DuePrecision.NONE
    )
    result.setdefault(
        "due_text",
        f"{due_date.day}. {MONTHS[due_date.month - 1]} {due_date.year}"
        if due_date
        else "",
    )
    return result
