"""Writing minutes to the database: the import, and hand corrections that an
import must respect."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict
from functools import partial

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, models, transaction
from django.utils import timezone

from decisions import sync
from decisions.extraction import next_meeting_date
from minutes.importing import ImportReport, apply_values, correction_key
from minutes.models import AgendaItem, Attachment, Body, Case, FieldCorrection, Meeting
from minutes.parsing.structure import parse_text
from minutes.parsing.text import decode_minutes
from minutes.parsing.types import (
    MinutesError,
    ParsedAgendaItem,
    ParsedMinutes,
    ParseWarning,
)


class _DryRun(Exception):
    """Raised inside the import transaction to roll a dry run back."""


def import_minutes(
    *, data: bytes, filename: str, replace: bool = False, dry_run: bool = False
) -> ImportReport:
    """Parse one referat and create or update its meeting, all or nothing.

    Importing the same document again changes nothing. A newer version of the
    same meeting updates what the source changed and keeps fields corrected by
    hand, unless `replace` discards those corrections. Raises MinutesError when
    the document cannot be read as a referat.
    """
    text = decode_minutes(data, filename=filename, max_bytes=settings.MINUTES_MAX_BYTES)
    parsed = parse_text(text)
    write = partial(
        import_parsed,
        parsed,
        source_text=text,
        filename=filename,
        checksum=hashlib.sha256(data).hexdigest(),
        replace=replace,
        dry_run=dry_run,
    )
    try:
        return write()
    except IntegrityError:
        # A concurrent import created the same body, meeting or case first; a
        # second attempt finds those rows and updates them instead.
        return write()


def import_parsed(
    parsed: ParsedMinutes,
    *,
    source_text: str,
    filename: str,
    checksum: str,
    replace: bool = False,
    dry_run: bool = False,
) -> ImportReport:
    """Write a parsed referat in one transaction (rolled back in a dry run)."""
    report = ImportReport(
        filename=filename, dry_run=dry_run, warnings=list(parsed.warnings)
    )
    try:
        with transaction.atomic():
            _write_meeting(parsed, source_text, filename, checksum, replace, report)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return report


def _write_meeting(
    parsed: ParsedMinutes,
    source_text: str,
    filename: str,
    checksum: str,
    replace: bool,
    report: ImportReport,
) -> None:
    body = _body_named(parsed.body)
    meeting = (
        Meeting.objects.select_for_update().filter(body=body, date=parsed.date).first()
    )
    report.meeting = f"{body.name} {parsed.date:%d-%m-%Y}"
    if (
        meeting is not None
        and not replace
        and meeting.source_checksum == checksum
        and meeting.parser_version == parsed.parser_version
    ):
        report.meeting_id = meeting.pk
        report.outcome = "unchanged"
        report.counts = _counts(meeting)
        report.record("unchanged", "meeting")
        return

    is_new = meeting is None
    if is_new:
        meeting = Meeting(body=body, date=parsed.date)
    corrections = {} if is_new else _corrections_for_meeting(meeting)
    if replace and corrections:
        _discard_corrections(corrections)
        corrections = {}

    changed = apply_values(
        meeting,
        {
            "start_time": parsed.start_time,
            "location": parsed.location,
            "absentees": list(parsed.absentees),
        },
        corrections.get(correction_key(meeting)),
        report,
        report.meeting,
        "meeting",
    )
    meeting.source_text = source_text
    meeting.source_filename = filename.rsplit("/", 1)[-1][:300]
    meeting.source_checksum = checksum
    meeting.parser_version = parsed.parser_version
    meeting.imported_at = timezone.now()
    meeting.save()
    report.meeting_id = meeting.pk
    report.outcome = "created" if is_new else "updated"
    report.record(
        "created" if is_new else ("updated" if changed else "unchanged"), "meeting"
    )

    # A new meeting has nothing to compare with: skip the queries that load
    # existing rows.
    pairs = _sync_agenda_items(meeting, parsed.items, corrections, report, is_new)
    sync.sync_outcomes(pairs, corrections=corrections, report=report, is_new=is_new)
    sync.sync_follow_ups(
        meeting,
        pairs,
        report=report,
        is_new=is_new,
        next_meeting=next_meeting_date(parsed),
    )
    sync.link_later_meeting(meeting, [item for item, _ in pairs])
    report.counts = _counts_created(report) if is_new else _counts(meeting)


def _body_named(name: str) -> Body:
    name = " ".join(name.split()) or "Ukendt forum"
    body = Body.objects.filter(name__iexact=name).first()
    return body or Body.objects.create(name=name)


def _sync_agenda_items(
    meeting: Meeting,
    parsed_items: Iterable[ParsedAgendaItem],
    corrections: dict,
    report: ImportReport,
    is_new: bool,
) -> list[tuple[AgendaItem, ParsedAgendaItem]]:
    """Create, update and delete the meeting's agenda items to match the source."""
    _refuse_duplicate_numbers(parsed_items)
    existing = (
        {} if is_new else {item.number: item for item in meeting.agenda_items.all()}
    )
    cases = _cases_for(item.case_number for item in parsed_items)
    now = timezone.now()
    pairs, to_create, to_update, updated_fields = [], [], [], set()
    for parsed in parsed_items:
        values = _item_values(parsed)
        values["case"] = cases.get(parsed.case_number)
        item = existing.pop(parsed.number, None)
        label = f"item {parsed.number}"
        if item is None:
            item = AgendaItem(meeting=meeting, number=parsed.number, **values)
            to_create.append(item)
            report.record("created", "agenda item", label)
        else:
            fields = apply_values(
                item,
                values,
                corrections.get(correction_key(item)),
                report,
                label,
                "agenda item",
            )
            if fields:
                item.updated_at = now
                to_update.append(item)
                updated_fields.update(fields)
            else:
                report.record("unchanged", "agenda item")
        pairs.append((item, parsed))
    AgendaItem.objects.bulk_create(to_create)
    if to_update:
        AgendaItem.objects.bulk_update(to_update, [*updated_fields, "updated_at"])
    _delete_vanished_items(existing.values(), corrections, report)
    return pairs


def _refuse_duplicate_numbers(parsed_items: Iterable[ParsedAgendaItem]) -> None:
    first_line_of: dict[int, int] = {}
    for item in parsed_items:
        if item.number in first_line_of:
            raise MinutesError(
                f"item number {item.number} appears twice (lines "
                f"{first_line_of[item.number]} and {item.first_line}); "
                "correct the numbering in the source",
                line=item.first_line,
            )
        first_line_of[item.number] = item.first_line


def _delete_vanished_items(items, corrections: dict, report: ImportReport) -> None:
    """Delete items the new version no longer has, unless a person worked on them."""
    for item in items:
        if (
            corrections.get(correction_key(item))
            or item.follow_ups.filter(is_edited=True).exists()
        ):
            report.warnings.append(
                ParseWarning(
                    0,
                    f"item {item.number} is no longer in the source but was corrected "
                    "or has follow-ups in progress; it was kept",
                )
            )
            continue
        item.delete()
        report.record("deleted", "agenda item", f"item {item.number}")


def _item_values(parsed: ParsedAgendaItem) -> dict:
    return {
        "position": parsed.position,
        "title": parsed.title[:500],
        "case_number": parsed.case_number[:100],
        "presenter": parsed.presenter[:200],
        "planned_start": parsed.planned_start,
        "planned_end": parsed.planned_end,
        "status": parsed.status,
        "is_closed": parsed.is_closed,
        "sections": [asdict(section) for section in parsed.sections],
        "prior_decisions": [
            {
                "body": prior.body,
                "date": prior.date.isoformat() if prior.date else None,
                "text": prior.text,
            }
            for prior in parsed.prior_decisions
        ],
        "absentees": list(parsed.absentees),
        "participants": list(parsed.participants),
        "first_line": parsed.first_line,
        "last_line": parsed.last_line,
    }


def _cases_for(numbers: Iterable[str]) -> dict[str, Case]:
    numbers = {n for n in numbers if n}
    if not numbers:
        return {}
    cases = {case.number: case for case in Case.objects.filter(number__in=numbers)}
    missing = [Case(number=n[:100]) for n in sorted(numbers - set(cases))]
    Case.objects.bulk_create(missing)
    cases.update({case.number: case for case in missing})
    return cases


def _corrections_for_meeting(meeting: Meeting) -> dict[tuple[int, int], set[str]]:
    """Fields corrected by hand on the meeting and everything under it."""
    from decisions.models import Clause, Decision, Recommendation

    items = list(meeting.agenda_items.values_list("pk", flat=True))
    owned = {
        Meeting: [meeting.pk],
        AgendaItem: items,
        Recommendation: Recommendation.objects.filter(
            agenda_item__in=items
        ).values_list("pk", flat=True),
        Decision: Decision.objects.filter(agenda_item__in=items).values_list(
            "pk", flat=True
        ),
        Clause: Clause.objects.filter(
            recommendation__agenda_item__in=items
        ).values_list("pk", flat=True),
    }
    query = models.Q(pk__in=[])
    for model, pks in owned.items():
        query |= models.Q(
            content_type=ContentType.objects.get_for_model(model), object_id__in=pks
        )
    found: dict[tuple[int, int], set[str]] = defaultdict(set)
    for ct, pk, field in FieldCorrection.objects.filter(query).values_list(
        "content_type_id", "object_id", "field_name"
    ):
        found[(ct, pk)].add(field)
    return found


def _discard_corrections(corrections: dict) -> None:
    query = models.Q(pk__in=[])
    for ct, pk in corrections:
        query |= models.Q(content_type_id=ct, object_id=pk)
    FieldCorrection.objects.filter(query).delete()


def _counts_created(report: ImportReport) -> dict[str, int]:
    created = report.created
    return {
        "agenda items": created["agenda item"],
        "clauses": created["clause"],
        "decisions": created["decision"],
        "attachments": created["attachment"],
        "follow-ups": created["follow-up"],
    }


def _counts(meeting: Meeting) -> dict[str, int]:
    from decisions.models import Clause, Decision, FollowUp

    items = meeting.agenda_items.all()
    return {
        "agenda items": items.count(),
        "clauses": Clause.objects.filter(
            recommendation__agenda_item__meeting=meeting
        ).count(),
        "decisions": Decision.objects.filter(agenda_item__meeting=meeting).count(),
        "attachments": Attachment.objects.filter(agenda_item__meeting=meeting).count(),
        "follow-ups": FollowUp.objects.filter(agenda_item__meeting=meeting).count(),
    }


def record_corrections(*, obj: models.Model, fields: Iterable[str], user=None) -> None:
    """Remember that a person corrected these fields, so re-imports keep them."""
    content_type = ContentType.objects.get_for_model(obj)
    for name in fields:
        FieldCorrection.objects.update_or_create(
            content_type=content_type,
            object_id=obj.pk,
            field_name=name,
            defaults={"corrected_by": user if user and user.is_authenticated else None},
        )


@transaction.atomic
def correct_fields(
    *, obj: models.Model, changes: dict[str, object], user=None
) -> list[str]:
    """Apply a person's corrections to the object, validate them as the model
    does, and record each changed field so re-imports keep it. Return the
    names of the fields that changed."""
    changed = [name for name, value in changes.items() if getattr(obj, name) != value]
    if not changed:
        return []
    for name in changed:
        setattr(obj, name, changes[name])
    obj.full_clean(
        exclude=[f.name for f in obj._meta.fields if f.name not in changed],
        validate_unique=False,
        validate_constraints=False,
    )
    has_updated_at = any(f.name == "updated_at" for f in obj._meta.fields)
    obj.save(update_fields=[*changed, *(["updated_at"] if has_updated_at else [])])
    record_corrections(obj=obj, fields=changed, user=user)
    return changed
