"""The follow-up list as CSV and XLSX: the rows a person sees in the admin
list (its filters, search and order), one row per follow-up."""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Iterable, Iterator

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone
from openpyxl import Workbook

from decisions.models import FollowUp
from minutes.models import CLOSED_TITLE

HEADERS = [
    "id",
    "beskrivelse",
    "ansvarlig",
    "frist",
    "fristens ordlyd",
    "fristens præcision",
    "status",
    "overskredet",
    "oprindelse",
    "forum",
    "mødedato",
    "punkt",
    "punktets titel",
    "sagsnummer",
    "kildetekst",
    "ændret",
]


class TooManyRows(Exception):
    """An export would hold more follow-ups than EXPORT_MAX_ROWS."""

    def __init__(self, limit: int):
        super().__init__(
            f"The export would hold more than {limit:,} follow-ups; narrow it "
            "with the list's filters."
        )
        self.limit = limit


def bounded(follow_ups: QuerySet[FollowUp]) -> Iterator[FollowUp]:
    """Return the follow-ups to export, read in chunks; raise TooManyRows when
    there are more than settings.EXPORT_MAX_ROWS (a file of a whole archive
    would hold a worker and its memory for minutes)."""
    limit = settings.EXPORT_MAX_ROWS
    if follow_ups[: limit + 1].count() > limit:
        raise TooManyRows(limit)
    return follow_ups.iterator(chunk_size=2000)


# A spreadsheet runs a cell starting with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def export_rows(follow_ups: Iterable[FollowUp]) -> Iterable[list]:
    """Return one row of values per follow-up, in HEADERS' order. The caller
    passes only follow-ups the user may see (FollowUp.objects.visible_to)."""
    for follow_up in follow_ups:
        item = follow_up.agenda_item
        meeting = item.meeting
        yield [
            follow_up.pk,
            follow_up.description,
            follow_up.responsible,
            follow_up.due_date,
            follow_up.due_text,
            follow_up.get_due_precision_display() if follow_up.due_precision else "",
            follow_up.get_status_display(),
            "ja" if follow_up.is_overdue else "nej",
            follow_up.get_origin_display(),
            meeting.body.name,
            meeting.date,
            item.number,
            CLOSED_TITLE if item.is_closed else item.title,
            item.case_number,
            follow_up.source_text,
            timezone.localtime(follow_up.updated_at).replace(tzinfo=None),
        ]


def _as_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return safe_cell(str(value))


def safe_cell(text: str) -> str:
    """The text as a spreadsheet cell that cannot run as a formula (CSV
    injection): a leading apostrophe keeps it text."""
    return f"'{text}" if text.startswith(_FORMULA_START) else text


def to_csv(follow_ups: Iterable[FollowUp]) -> bytes:
    """Return the follow-ups as CSV for a Danish spreadsheet: UTF-8 with BOM,
    semicolons between fields."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(HEADERS)
    for row in export_rows(follow_ups):
        writer.writerow([_as_text(value) for value in row])
    return buffer.getvalue().encode("utf-8-sig")


def to_xlsx(follow_ups: Iterable[FollowUp]) -> bytes:
    """Return the follow-ups as an Excel workbook with one sheet."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Opfølgninger")
    sheet.append(HEADERS)
    for row in export_rows(follow_ups):
        sheet.append(
            [
                value
                if isinstance(value, int | datetime.date) or value is None
                else _as_text(value)
                for value in row
            ]
        )
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
