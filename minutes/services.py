"""Writing minutes to the database: the import, and hand corrections that an
import must respect."""

from __future__ import annotations

import dataclasses
import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from functools import partial

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, models, transaction
from django.utils import timezone

from minutes import hooks, signals
from minutes.importing import ImportReport, apply_values, correction_key
from minutes.models import (
    AgendaItem,
    Attachment,
    Body,
    Clause,
    Decision,
    FieldCorrection,
    Meeting,
    Recommendation,
    SourceDocument,
)
from minutes.outcomes import sync_outcomes
from minutes.parsing.types import (
    MinutesError,
    ParsedAgendaItem,
    ParsedMinutes,
    ParseWarning,
)
from minutes.parsing.version import code_fingerprint
from minutes.readers import check_size, read_minutes


class _DryRun(Exception):
    """Raised inside the import transaction to roll a dry run back."""


# The code whose rules decide what a meeting becomes: a change to any of it
# (or to the import listener's rules) gives a new Meeting.parser_version, so
# re-import and reparse re-derive.
RULE_MODULES = ("minutes.parsing", "minutes.readers", "minutes.outcomes")
# Import warnings kept on the meeting (the report prints them all).
_MAX_STORED_WARNINGS = 200


def rules_version() -> str:
    own = code_fingerprint(*RULE_MODULES)
    return _combined(own, hooks.rules_version())


def _combined(own: str, listener: str) -> str:
    if not listener:
        return own
    return hashlib.sha256(f"{own}:{listener}".encode()).hexdigest()[: len(own)]


@dataclass(frozen=True)
class Original:
    """A file as received, kept with its meeting so it can be read again."""

    data: bytes
    filename: str
    media_type: str
    reader: str
    checksum: str


def import_minutes(
    *, data: bytes, filename: str, replace: bool = False, dry_run: bool = False
) -> ImportReport:
    """Read one referat (any format) and create or update its meeting, all or nothing.

    Importing the same document again changes nothing (and is not even parsed
    while the rules are unchanged). A newer version of the same meeting updates
    what the source changed and keeps fields corrected by hand, unless
    `replace` discards those corrections. Raises MinutesError when the document
    cannot be read as a referat.
    """
    check_size(data, settings.MINUTES_MAX_BYTES)
    checksum = hashlib.sha256(data).hexdigest()
    if not replace:
        report = _unchanged_report(checksum, filename)
        if report is not None:
            return report
    document, parsed = read_minutes(
        data, filename=filename, max_bytes=settings.MINUTES_MAX_BYTES
    )
    original = Original(
        data,
        filename.rsplit("/", 1)[-1],
        document.media_type,
        document.reader,
        checksum,
    )
    return import_parsed(
        parsed,
        source_text=document.text,
        filename=filename,
        checksum=checksum,
        replace=replace,
        dry_run=dry_run,
        original=original,
    )


def reparse_meeting(
    meeting: Meeting, *, dry_run: bool = False, force: bool = False
) -> ImportReport:
    """Re-derive a meeting from its stored original with today's rules.

    Hand corrections and follow-up progress are kept exactly as a re-import
    keeps them. A meeting read with today's rules is left alone unless
    `force`. Meetings imported before originals were kept are re-read from
    their stored source text.
    """
    original = meeting.source_documents.order_by("-received_at", "-pk").first()
    if original is not None:
        data, filename = bytes(original.content), original.filename
    else:
        data, filename = meeting.source_text.encode(), meeting.source_filename
    label = filename or f"meeting {meeting.pk}"
    if not force and meeting.parser_version == rules_version():
        report = ImportReport(filename=label, meeting=str(meeting), dry_run=dry_run)
        report.meeting_id = meeting.pk
        report.record("unchanged", "meeting")
        return report
    document, parsed = read_minutes(
        data, filename=filename, max_bytes=max(settings.MINUTES_MAX_BYTES, len(data))
    )
    # The meeting keeps its identity even if today's rules read its forum,
    # date or start time differently: those are reported, not moved.
    if (parsed.date, parsed.start_time) != (meeting.date, meeting.start_time):
        parsed = dataclasses.replace(
            parsed,
            date=meeting.date,
            start_time=meeting.start_time,
            warnings=(
                *parsed.warnings,
                ParseWarning(
                    0,
                    f"today's rules read the date/time as {parsed.date} "
                    f"{parsed.start_time or ''}; the meeting keeps "
                    f"{meeting.date} {meeting.start_time or ''}",
                ),
            ),
        )
    parsed = dataclasses.replace(parsed, body=meeting.body.name)
    return import_parsed(
        parsed,
        source_text=document.text,
        filename=label,
        checksum=meeting.source_checksum or hashlib.sha256(data).hexdigest(),
        dry_run=dry_run,
        force=True,
    )


def _unchanged_report(checksum: str, filename: str) -> ImportReport | None:
    """The report for a file already imported with today's rules, else None."""
    meeting = (
        Meeting.objects.filter(source_checksum=checksum, parser_version=rules_version())
        .select_related("body")
        .first()
    )
    if meeting is None:
        return None
    report = ImportReport(filename=filename, meeting=str(meeting))
    report.meeting_id = meeting.pk
    report.outcome = "unchanged"
    report.counts = _counts(meeting)
    report.record("unchanged", "meeting")
    return report


def import_parsed(
    parsed: ParsedMinutes,
    *,
    source_text: str,
    filename: str,
    checksum: str,
    replace: bool = False,
    dry_run: bool = False,
    original: Original | None = None,
    force: bool = False,
) -> ImportReport:
    """Write a parsed referat in one transaction (rolled back in a dry run).

    A concurrent import that created the same body or meeting first makes
    the first attempt fail; the second finds those rows and updates them.
    """
    write = partial(
        _write_once,
        parsed,
        source_text,
        filename,
        checksum,
        replace,
        dry_run,
        original,
        force,
    )
    try:
        return write()
    except IntegrityError:
        return write()


def _write_once(
    parsed, source_text, filename, checksum, replace, dry_run, original, force
) -> ImportReport:
    report = ImportReport(
        filename=filename, dry_run=dry_run, warnings=list(parsed.warnings)
    )
    try:
        with transaction.atomic():
            _write_meeting(
                parsed, source_text, filename, checksum, replace, report, force=force
            )
            if original is not None:
                _keep_original(report.meeting_id, original)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return report


def _keep_original(meeting_id: int, original: Original) -> None:
    SourceDocument.objects.get_or_create(
        meeting_id=meeting_id,
        sha256=original.checksum,
        defaults={
            "filename": original.filename[:300],
            "content": original.data,
            "size": len(original.data),
            "media_type": original.media_type,
            "reader": original.reader,
        },
    )


def find_meeting(body: Body, parsed: ParsedMinutes) -> Meeting | None:
    """The stored meeting a parsed referat is a version of, locked for update.

    A body may meet twice on a day: the start time tells the meetings apart.
    A version that lacks the start time (or a stored meeting that lacks it) is
    the same meeting when the body met only once that day.
    """
    same_day = list(
        Meeting.objects.select_for_update().filter(body=body, date=parsed.date)
    )
    for meeting in same_day:
        if meeting.start_time == parsed.start_time:
            return meeting
    if len(same_day) == 1 and None in (same_day[0].start_time, parsed.start_time):
        return same_day[0]
    return None


def _write_meeting(
    parsed: ParsedMinutes,
    source_text: str,
    filename: str,
    checksum: str,
    replace: bool,
    report: ImportReport,
    *,
    force: bool = False,
) -> None:
    body = _body_named(parsed.body, source_text, report)
    meeting = find_meeting(body, parsed)
    report.meeting = f"{body.name} {parsed.date:%d-%m-%Y}"
    version = rules_version()
    if (
        meeting is not None
        and not replace
        and not force
        and meeting.source_checksum == checksum
        and meeting.parser_version == version
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
    meeting.parser_version = version
    meeting.layout = parsed.layout
    meeting.layout_confidence = parsed.confidence
    meeting.needs_review = report.needs_review = parsed.needs_review
    report.layout = parsed.layout
    meeting.import_warnings = [
        {"line": warning.line, "message": warning.message}
        for warning in parsed.warnings[:_MAX_STORED_WARNINGS]
    ]
    meeting.imported_at = timezone.now()
    meeting.save()
    report.meeting_id = meeting.pk
    report.outcome = "created" if is_new else "updated"
    signals.send_meeting_imported_on_commit(meeting, outcome=report.outcome)
    report.record(
        "created" if is_new else ("updated" if changed else "unchanged"), "meeting"
    )

    # A new meeting has nothing to compare with: skip the queries that load
    # existing rows.
    pairs = _sync_agenda_items(meeting, parsed.items, corrections, report, is_new)
    sync_outcomes(pairs, corrections=corrections, report=report, is_new=is_new)
    hooks.items_written(meeting, pairs, parsed, report=report, is_new=is_new)
    report.counts = _counts_created(report) if is_new else _counts(meeting)


def _body_named(name: str, source_text: str, report: ImportReport) -> Body:
    name = " ".join(name.split()) or "Ukendt forum"
    limit = Body._meta.get_field("name").max_length
    if len(name) > limit:
        # A forum name this long is a heading the parser misread, not a reason
        # to refuse the whole file; the full text stays in the source.
        start = source_text.find(name[:40])
        report.warnings.append(
            ParseWarning(
                line=source_text.count("\n", 0, start) + 1 if start >= 0 else 1,
                message=f"forum name of {len(name)} characters cut to {limit}",
            )
        )
        name = name[:limit].rstrip()
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
    now = timezone.now()
    pairs, to_create, to_update, updated_fields = [], [], [], set()
    for parsed in parsed_items:
        values = _item_values(parsed)
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


def _corrections_for_meeting(meeting: Meeting) -> dict[tuple[int, int], set[str]]:
    """Fields corrected by hand on the meeting and everything under it."""

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
    items = meeting.agenda_items.all()
    return {
        "agenda items": items.count(),
        "clauses": Clause.objects.filter(
            recommendation__agenda_item__meeting=meeting
        ).count(),
        "decisions": Decision.objects.filter(agenda_item__meeting=meeting).count(),
        "attachments": Attachment.objects.filter(agenda_item__meeting=meeting).count(),
        **hooks.counts(meeting),
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
