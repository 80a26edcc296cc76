"""FirstAgenda publication JSON -> the meeting, field by field.

FirstAgenda (the minutes system behind many Danish municipalities' published
minutes) serves each meeting as JSON: `Udvalg` (the forum), `Moede` (date,
place, participants) and `Dagsordenpunkter`, each with `Punktnummer`, `Navn`,
`SagsNummer`, `IsOpen`, `Bilag` and `Felter[].Html`, the item's text with
<h3>/<h4> section headings. What the fields say is taken as it is: number,
title, case number, attachments, forum, date and place are never guessed. The
item text is rendered the way the public page shows it (number, title and case
number on their own lines, then the sections, then "Bilag"), and the sections
are read by the same item parser as any referat (decision, recommendation and
clauses, earlier decisions, state).
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, time

import lxml.html
from lxml import etree

from minutes.parsing.items import ItemContext, ItemHeadingLine, parse_item
from minutes.parsing.lexicon import MONTHS, WEEKDAYS
from minutes.parsing.lines import prepare_lines
from minutes.parsing.types import (
    MinutesError,
    ParsedAgendaItem,
    ParsedMinutes,
    ParseWarning,
)
from minutes.readers.document import FIRSTAGENDA_JSON, SourceDocument
from minutes.readers.html import _Collector

LAYOUT = "firstagenda-json"
_WEEKDAYS = WEEKDAYS
_MONTHS = MONTHS


def looks_like_firstagenda(data: bytes) -> bool:
    head = data[:4096].lstrip()
    return head.startswith(b"{") and b'"Dagsordenpunkter"' in data


def read_firstagenda(data: bytes) -> SourceDocument:
    try:
        meeting = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise MinutesError(f"the FirstAgenda JSON cannot be read: {error}") from None
    if not isinstance(meeting, dict) or not isinstance(
        meeting.get("Dagsordenpunkter"), list
    ):
        raise MinutesError("JSON without 'Dagsordenpunkter': not a FirstAgenda meeting")
    body = _text((meeting.get("Udvalg") or {}).get("Navn"))
    when = _meeting_datetime(meeting.get("Moede") or {})
    if not body:
        raise MinutesError("the FirstAgenda meeting has no 'Udvalg.Navn' (forum)")
    rendered = _Rendering()
    place = _text((meeting.get("Moede") or {}).get("Sted"))
    absent = _absent(meeting.get("Moede") or {})
    rendered.header(body, when, place, meeting.get("Moede") or {}, absent)
    items_json = [i for i in meeting["Dagsordenpunkter"] if isinstance(i, dict)]
    # Greve's export says IsOpen false for every item, open ones included: the
    # flag only means "closed" where the meeting has open items too.
    open_flag_used = any(item.get("IsOpen") is True for item in items_json)
    spans = [rendered.item(item) for item in items_json]
    text = rendered.text()

    prepared = prepare_lines(text)
    lines = prepared.lines
    index_of = {line.number: i for i, line in enumerate(lines)}
    context = ItemContext(
        meeting_body=body, meeting_date=when.date(), forum_prefix="", wrapped=False
    )
    warnings: list[ParseWarning] = []
    items: list[ParsedAgendaItem] = []
    for position, (item, span) in enumerate(zip(items_json, spans, strict=True), 1):
        number = _number(item, position, span.heading_line, warnings)
        closed = _title(item).casefold().startswith("lukket") or (
            open_flag_used and item.get("IsOpen") is False
        )
        heading = ItemHeadingLine(
            index=index_of[span.heading_line],
            body_start=index_of[span.heading_line] + 1,
            number=number,
            title=_title(item),
            line_number=span.heading_line,
            closed=closed,
        )
        body_lines = lines[heading.body_start : index_of.get(span.end_line, len(lines))]
        parsed = parse_item(heading, position, body_lines, context, warnings)
        items.append(
            replace(
                parsed,
                title=_title(item),
                case_number=_text(item.get("SagsNummer") or item.get("CaseNumber")),
                attachments=tuple(span.attachments),
                is_closed=closed,
            )
        )
    if not items:
        warnings.append(ParseWarning(1, "the FirstAgenda meeting has no agenda items"))
    return SourceDocument(
        FIRSTAGENDA_JSON,
        "firstagenda-json",
        text,
        structured=ParsedMinutes(
            body=body,
            date=when.date(),
            start_time=when.time() if when.time() != time(0, 0) else None,
            location=place,
            items=tuple(items),
            warnings=tuple(sorted(warnings, key=lambda warning: warning.line)),
            line_count=prepared.line_count,
            absentees=tuple(absent),
            layout=LAYOUT,
            confidence=1.0,
        ),
    )


class _Span:
    def __init__(self, heading_line: int):
        self.heading_line = heading_line
        self.end_line = 0
        self.attachments: list[str] = []


class _Rendering:
    """Writes the meeting as the public page shows it, keeping line numbers."""

    def __init__(self):
        self.lines: list[str] = []

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"

    def header(self, body, when: datetime, place, moede: dict, absent) -> None:
        self.lines.append(body)
        stamp = (
            f"{_WEEKDAYS[when.weekday()]} den {when.day}. {_MONTHS[when.month - 1]} "
            f"{when.year}"
        )
        if when.time() != time(0, 0):
            stamp += f" kl. {when:%H.%M}"
        self.lines.append(f"Mødedato: {stamp}")
        if place:
            self.lines.append(f"Mødested: {place}")
        names = [
            _text(p.get("Name"))
            for p in moede.get("Moededeltagere") or []
            if isinstance(p, dict) and _text(p.get("Name"))
        ]
        if names:
            self.lines.append(f"Mødedeltagere: {', '.join(names)}")
        if absent:
            self.lines.append(f"Fraværende: {', '.join(absent)}")

    def item(self, item: dict) -> _Span:
        self.lines.append("")
        self.lines.append(_text(item.get("Punktnummer")) or "?")
        span = _Span(len(self.lines))
        self.lines.append(_title(item))
        case = _text(item.get("SagsNummer") or item.get("CaseNumber"))
        if case:
            self.lines.append(case)
        for field in item.get("Felter") or []:
            if isinstance(field, dict):
                self.lines.extend(_html_lines(field.get("Html") or ""))
        attachments = [
            _text(a.get("Navn"))
            for a in item.get("Bilag") or []
            if isinstance(a, dict) and _text(a.get("Navn"))
        ]
        if attachments:
            self.lines.append("Bilag")
            self.lines.extend(attachments)
            span.attachments = attachments
        span.end_line = len(self.lines) + 1
        return span


def _html_lines(html: str) -> list[str]:
    if not html.strip():
        return []
    try:
        fragment = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return [" ".join(html.split())]
    collector = _Collector()
    collector.walk(fragment)
    collector.flush()
    return [block.text for block in collector.blocks]


def _text(value) -> str:
    return " ".join(str(value).split()) if value not in (None, "") else ""


def _title(item: dict) -> str:
    return _text(item.get("Navn") or item.get("Caption")) or "(uden titel)"


def _number(item: dict, position: int, line: int, warnings) -> int:
    printed = _text(item.get("Punktnummer") or item.get("Number"))
    if printed.isdigit() and printed.isascii():
        return int(printed)
    warnings.append(
        ParseWarning(line, f"item number {printed!r} is not a number; position used")
    )
    return position


def _meeting_datetime(moede: dict) -> datetime:
    value = moede.get("Dato") or moede.get("MeetingBeginUtc")
    if not value:
        raise MinutesError("the FirstAgenda meeting has no 'Moede.Dato' (date)")
    try:
        # The offset is the local one ("2025-10-21T16:00:00+02:00"): the wall
        # clock time printed in the minutes.
        return datetime.fromisoformat(str(value)).replace(tzinfo=None)
    except ValueError:
        try:
            return datetime.combine(date.fromisoformat(str(value)[:10]), time(0, 0))
        except ValueError:
            raise MinutesError(f"'Moede.Dato' is not a date: {value!r}") from None


def _absent(moede: dict) -> list[str]:
    return [
        _text(p.get("Name"))
        for p in moede.get("Moededeltagere") or []
        if isinstance(p, dict)
        and _text(p.get("Name"))
        and (p.get("Absent") or p.get("ParticipationCancelled"))
    ]
