"""Writing what the import read about recommendations, decisions and follow-ups.

Called by minutes.services.import_minutes inside its transaction. Every step
works on a whole meeting at once (bulk statements), so the number of SQL
statements per meeting does not grow with the number of agenda items.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from datetime import date

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from decisions import signals
from decisions.extraction import (
    FollowUpDraft,
    clause_outcomes,
    extract_follow_ups,
    next_meeting_date,
)
from decisions.models import (
    DuePrecision,
    FollowUp,
    FollowUpEvent,
    FollowUpOrigin,
    FollowUpStatus,
    Unit,
    ids_by_key,
    unit_key,
)
from minutes.importing import ImportReport
from minutes.models import (
    AgendaItem,
    Meeting,
)
from minutes.parsing.types import ParsedAgendaItem
from minutes.parsing.version import code_fingerprint

Pairs = list[tuple[AgendaItem, ParsedAgendaItem]]


def unit_aliases(units=None) -> dict[str, str]:
    """Every name and alias of the units (all by default; else
    UnitQuerySet.names_by_id), mapped to the unit's name."""
    units = Unit.objects.names_by_id() if units is None else units
    return {alias: name for name, names in units.values() for alias in names}


def _extraction_key(draft: FollowUpDraft) -> str:
    normalised = re.sub(r"\s+", " ", draft.source_text).strip().casefold()
    return hashlib.sha256(f"{draft.origin}|{normalised}".encode()).hexdigest()[:64]


def sync_follow_ups(
    meeting: Meeting,
    pairs: Pairs,
    *,
    report: ImportReport,
    is_new: bool = False,
    next_meeting: date | None = None,
) -> None:
    """Create the follow-ups the decisions commit to; keep those a person has
    edited or progressed, and drop untouched ones the source no longer says.

    ``next_meeting`` is the body's next meeting as the referat states it
    (decisions.extraction.next_meeting_date); without it, "på næste møde"
    deadlines are dated by the body's first later meeting already imported.
    """
    units = Unit.objects.names_by_id()
    aliases = unit_aliases(units)
    unit_ids = ids_by_key(units)
    existing = {}
    if not is_new:
        existing = {
            (fu.agenda_item_id, fu.extraction_key): fu
            for fu in FollowUp.objects.filter(agenda_item__meeting=meeting).exclude(
                origin=FollowUpOrigin.MANUAL
            )
        }
    later_meetings = _NextMeeting(meeting)
    new, changed, fields, changes = [], [], set(), {}
    for item, parsed in pairs:
        for draft in extract_follow_ups(
            parsed,
            meeting_date=meeting.date,
            body_name=meeting.body.name,
            unit_aliases=aliases,
            next_meeting=next_meeting,
        ):
            values = _follow_up_values(draft, unit_ids)
            if draft.due_precision == DuePrecision.EVENT and draft.due_date is None:
                values["due_date"] = later_meetings.date_of(draft.event)
            key = _extraction_key(draft)
            follow_up = existing.pop((item.pk, key), None)
            if follow_up is None:
                new.append(
                    FollowUp(
                        agenda_item=item,
                        is_closed=item.is_closed,
                        body_id=meeting.body_id,
                        extraction_key=key,
                        **values,
                    )
                )
                report.record("created", "follow-up")
                continue
            if follow_up.is_edited:
                report.record("unchanged", "follow-up")
                continue
            diff = [
                name
                for name, value in values.items()
                if getattr(follow_up, name) != value
            ]
            if diff:
                changes[follow_up.pk] = {
                    name: {
                        "from": _as_json(getattr(follow_up, name)),
                        "to": _as_json(values[name]),
                    }
                    for name in diff
                }
                for name in diff:
                    setattr(follow_up, name, values[name])
                follow_up.updated_at = timezone.now()
                fields.update(diff)
                changed.append(follow_up)
                report.record(
                    "updated", "follow-up", f"item {item.number}: {', '.join(diff)}"
                )
            else:
                report.record("unchanged", "follow-up")

    stale = []
    for follow_up in existing.values():
        if follow_up.is_edited or follow_up.status != FollowUpStatus.OPEN:
            report.record("unchanged", "follow-up")
            report.warnings.append(_kept_warning(follow_up))
        else:
            stale.append(follow_up.pk)
            report.record("deleted", "follow-up", follow_up.description[:60])
    FollowUp.objects.filter(pk__in=stale).delete()
    FollowUp.objects.bulk_create(new)
    FollowUpEvent.objects.bulk_create(
        FollowUpEvent(
            follow_up=follow_up,
            action="created",
            to_status=FollowUpStatus.OPEN,
            note=f"Fundet ved import af {meeting.source_filename}",
        )
        for follow_up in new
    )
    if changed:
        FollowUp.objects.bulk_update(changed, [*fields, "updated_at"])
    if not is_new:
        # An item may have been closed or opened by the new version.
        FollowUp.objects.filter(
            agenda_item_id__in=[item.pk for item, _ in pairs]
        ).sync_item_copies()
    for follow_up in new:
        signals.send_on_commit(signals.follow_up_created, follow_up=follow_up)
    for follow_up in changed:
        signals.send_on_commit(
            signals.follow_up_changed,
            follow_up=follow_up,
            changes=changes[follow_up.pk],
        )


def _as_json(value):
    return value.isoformat() if isinstance(value, date) else value


def _kept_warning(follow_up: FollowUp):
    from minutes.parsing.types import ParseWarning

    return ParseWarning(
        0,
        f"follow-up {follow_up.pk} is no longer in the decision but was edited or "
        "progressed; it was kept",
    )


def _follow_up_values(draft: FollowUpDraft, unit_ids: dict[str, int]) -> dict:
    responsible = draft.responsible[:300]
    return {
        "description": draft.description,
        "source_text": draft.source_text,
        "source_start": draft.source_start,
        "source_end": draft.source_end,
        "responsible": responsible,
        "responsible_unit_id": unit_ids.get(unit_key(responsible)),
        "due_date": draft.due_date,
        "due_precision": draft.due_precision or "",
        "due_text": draft.due_text[:300],
        "due_event": draft.event[:200],
        "origin": draft.origin,
        "rule": draft.rule,
        "confidence": draft.confidence,
    }


class _NextMeeting:
    """Finds the first meeting, after this one, of the body an event deadline names."""

    def __init__(self, meeting: Meeting):
        self.meeting = meeting
        self._cache: dict[str, date | None] = {}

    def date_of(self, event: str) -> date | None:
        if event not in self._cache:
            body_filter = (
                Q(body__name__iexact=event)
                if event
                else Q(body_id=self.meeting.body_id)
            )
            self._cache[event] = (
                Meeting.objects.filter(body_filter, date__gt=self.meeting.date)
                .order_by("date")
                .values_list("date", flat=True)
                .first()
            )
        return self._cache[event]


def link_later_meeting(meeting: Meeting, items: list[AgendaItem]) -> None:
    """Connect open follow-ups of earlier meetings to this one: suggest the item
    where their case came back, and date deadlines that waited for this meeting."""
    per_case = defaultdict(list)
    for item in items:
        if item.case_number and not item.is_closed:
            per_case[item.case_number].append(item)
    # A case number on several items of one meeting is a generic one (e.g. the
    # number used for every "Godkendelse af dagsorden"): it says nothing.
    item_for_case = {
        case: found[0] for case, found in per_case.items() if len(found) == 1
    }
    now = timezone.now()
    suggestions = [
        FollowUp(pk=pk, suggested_resolution=item_for_case[case_number], updated_at=now)
        for pk, case_number in FollowUp.objects.open()
        .filter(
            agenda_item__case_number__in=item_for_case,
            agenda_item__meeting__date__lt=meeting.date,
            suggested_resolution__isnull=True,
        )
        .values_list("pk", "agenda_item__case_number")
    ]
    FollowUp.objects.bulk_update(suggestions, ["suggested_resolution", "updated_at"])

    # Few follow-ups wait for an event, and a partial index finds them; only
    # those waiting for this meeting's forum are read. Not dated yet, and
    # dated after this meeting, are two ranges of that index: as one OR,
    # PostgreSQL reads every entry of it (all open follow-ups ever dated by
    # an event).
    for_this_forum = Q(due_event__iexact=meeting.body.name) | Q(
        due_event="", body_id=meeting.body_id
    )
    waiting = (
        FollowUp.objects.open()
        .filter(
            for_this_forum,
            due_precision=DuePrecision.EVENT,
            agenda_item__meeting__date__lt=meeting.date,
        )
        .values_list("pk", "due_date")
        .order_by()
    )
    dated = dict(
        waiting.filter(due_date__isnull=True).union(
            waiting.filter(due_date__gt=meeting.date), all=True
        )
    )
    if dated:
        FollowUp.objects.filter(pk__in=dated).update(
            due_date=meeting.date, updated_at=now
        )
        transaction.on_commit(lambda: _announce_dated(dated, meeting.date), robust=True)


def _announce_dated(previous: dict[int, date | None], new: date) -> None:
    """Send follow_up_changed for follow-ups dated by a later meeting."""
    for follow_up in FollowUp.objects.filter(pk__in=previous):
        signals.follow_up_changed.send(
            sender=FollowUp,
            follow_up=follow_up,
            user=None,
            changes={
                "due_date": {
                    "from": _as_json(previous[follow_up.pk]),
                    "to": _as_json(new),
                }
            },
        )


class FollowUpListener:
    """What decisions adds to an import (registered in minutes.hooks): clause
    outcomes, follow-ups, their links to later meetings, and their count."""

    def clause_outcomes(self, item: ParsedAgendaItem) -> list[str]:
        if item.recommendation is None:
            return []
        decision_text = item.decision.text if item.decision else ""
        return clause_outcomes(
            item.recommendation.clauses, decision_text, item_status=item.status
        )

    def items_written(self, meeting, pairs, parsed, *, report, is_new) -> None:
        sync_follow_ups(
            meeting,
            pairs,
            report=report,
            is_new=is_new,
            next_meeting=next_meeting_date(parsed),
        )
        link_later_meeting(meeting, [item for item, _ in pairs])

    def counts(self, meeting: Meeting) -> dict[str, int]:
        return {
            "follow-ups": FollowUp.objects.filter(agenda_item__meeting=meeting).count()
        }

    def rules_version(self) -> str:
        return code_fingerprint(
            "decisions.extraction", "decisions.deadlines", "decisions.sync"
        )
