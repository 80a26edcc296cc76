"""The follow-up list as other tools read it: an iCalendar feed (RFC 5545) and
a CSV file; and the per-user secret that calendar subscriptions use."""

from __future__ import annotations

import csv
import io
import secrets
from collections.abc import Callable, Iterable

from icalendar import Calendar, Event
from openpyxl import Workbook

from decisions.exports import safe_cell
from decisions.models import CalendarFeedToken, FollowUp, FollowUpStatus


def new_calendar_feed_token(user) -> CalendarFeedToken:
    """Give the user a new feed secret; the old one, if any, stops working."""
    token, _ = CalendarFeedToken.objects.update_or_create(
        user=user, defaults={"key": secrets.token_urlsafe(32)}
    )
    return token


def revoke_calendar_feed_token(user) -> None:
    """End the user's calendar feed."""
    CalendarFeedToken.objects.filter(user=user).delete()


def follow_ups_calendar(
    follow_ups: Iterable[FollowUp], *, url_of: Callable[[FollowUp], str], host: str
) -> bytes:
    """Return the follow-ups with a due date as all-day events."""
    calendar = Calendar()
    calendar.add("prodid", "-//Decision tracking for municipal minutes//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Opfølgninger")
    for follow_up in follow_ups:
        if follow_up.due_date is None:
            continue
        event = Event()
        event.add("uid", f"follow-up-{follow_up.pk}@{host}")
        event.add("dtstamp", follow_up.updated_at)
        event.add("last-modified", follow_up.updated_at)
        event.add("dtstart", follow_up.due_date)
        event.add("summary", follow_up.description[:200])
        lines = [follow_up.description]
        if follow_up.responsible:
            lines.append(f"Ansvarlig: {follow_up.responsible}")
        if follow_up.due_text:
            lines.append(f"Frist: {follow_up.due_text}")
        lines.append(f"Status: {follow_up.get_status_display()}")
        event.add("description", "\n".join(lines))
        event.add("url", url_of(follow_up))
        event.add("sequence", follow_up.version)
        if follow_up.status == FollowUpStatus.CANCELLED:
            event.add("status", "CANCELLED")
        else:
            event.add("status", "CONFIRMED")
        calendar.add_component(event)
    return calendar.to_ical()


CSV_COLUMNS = [
    "id",
    "url",
    "meeting_date",
    "item_number",
    "case_number",
    "description",
    "responsible",
    "due_date",
    "due_precision",
    "due_text",
    "status",
    "origin",
    "is_overdue",
]


def _rows(follow_ups: Iterable[FollowUp], url_of: Callable[[FollowUp], str]):
    for f in follow_ups:
        item = f.agenda_item
        yield [
            f.pk,
            url_of(f),
            item.meeting.date,
            item.number,
            item.case_number,
            safe_cell(f.description),
            safe_cell(f.responsible),
            f.due_date,
            f.due_precision,
            safe_cell(f.due_text),
            f.status,
            f.origin,
            f.is_overdue,
        ]


def follow_ups_csv(
    follow_ups: Iterable[FollowUp], *, url_of: Callable[[FollowUp], str]
) -> str:
    """Return the follow-ups as CSV, one row each, with a header row."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for row in _rows(follow_ups, url_of):
        writer.writerow(
            [
                value.isoformat()
                if hasattr(value, "isoformat")
                else ("true" if value is True else "false" if value is False else value)
                for value in row
            ]
        )
    return out.getvalue()


def follow_ups_xlsx(
    follow_ups: Iterable[FollowUp], *, url_of: Callable[[FollowUp], str]
) -> bytes:
    """Return the follow-ups as an Excel workbook, one row each, dates as
    dates."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Opfølgninger")
    sheet.append(CSV_COLUMNS)
    for row in _rows(follow_ups, url_of):
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
