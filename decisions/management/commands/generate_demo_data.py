"""Fill the database with a municipality's archive of made-up minutes, to
measure the API at full size (see scripts/loadtest.py and README, "Speed").

    manage.py generate_demo_data --meetings 100000 --items-per-meeting 10

Meetings of several forums over the years, their agenda items (a few closed)
with a case text, a decision and case numbers that come back, and one
follow-up per item in every status, origin, rule and kind of deadline. The
same --seed gives the same rows on any database, so a SQLite copy and a
PostgreSQL database can be compared. Rows are written in batches, each batch
in its own transaction; nothing is read back but the new ids.
"""

from __future__ import annotations

import datetime
import random
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from decisions.extraction import RULES
from decisions.models import (
    DuePrecision,
    FollowUp,
    FollowUpOrigin,
    FollowUpStatus,
    Unit,
)
from minutes.models import AgendaItem, Body, Decision, Meeting

FORUMS = [
    "Byrådet",
    "Økonomiudvalget",
    "Teknik- og Miljøudvalget",
    "Børne- og Ungeudvalget",
    "Social- og Sundhedsudvalget",
    "Kultur- og Fritidsudvalget",
    "Beskæftigelsesudvalget",
    "Planudvalget",
    "Chefforum",
    "Hovedudvalget",
]
SUBJECTS = [
    "budgetopfølgning",
    "sygefraværsstatistik",
    "affaldsordning",
    "skolestruktur",
    "cykelsti",
    "lokalplan",
    "klimaplan",
    "ældrepleje",
    "dagtilbud",
    "vandforsyning",
    "boligsocial helhedsplan",
    "rekruttering",
    "digitaliseringsstrategi",
    "trafiksikkerhed",
    "kollektiv trafik",
    "byfornyelse",
    "idrætsfaciliteter",
    "beskæftigelsesindsats",
    "arbejdsmiljø",
    "energirenovering",
]
KINDS = [
    "Orientering om",
    "Godkendelse af",
    "Høring om",
    "Evaluering af",
    "Status på",
    "Beslutning om",
]
PLACES = ["Nordby", "Sønderby", "Havnen", "Midtbyen", "Skovvej", "Strandparken"]
ACTIONS = [
    "vender tilbage med en evaluering af",
    "udarbejder et forslag til",
    "sender forslaget i høring om",
    "fremlægger en status på",
    "undersøger økonomien i",
]
DEADLINES = [
    (DuePrecision.MONTH, "i {month} {year}"),
    (DuePrecision.QUARTER, "i {quarter}. kvartal {year}"),
    (DuePrecision.DAY, "senest den {day}"),
    (DuePrecision.EVENT, "på næste møde"),
    (DuePrecision.NONE, ""),
]
MONTH_NAMES = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
]
# Follow-ups of old meetings are mostly finished; these are the odds for all.
STATUSES = [
    (FollowUpStatus.OPEN, 30),
    (FollowUpStatus.IN_PROGRESS, 10),
    (FollowUpStatus.DONE, 50),
    (FollowUpStatus.CANCELLED, 10),
]
ORIGINS = [
    (FollowUpOrigin.DECISION, 70),
    (FollowUpOrigin.CASE_TEXT, 20),
    (FollowUpOrigin.POSTPONED, 7),
    (FollowUpOrigin.MANUAL, 3),
]
CLOSED_SHARE = 0.03
# "på næste møde": a forum meets about every four weeks.
EVENT_DAYS = 28
FIRST_DAY = datetime.date(2000, 1, 1)


class Command(BaseCommand):
    help = "Fill the database with made-up minutes and follow-ups at scale."

    def add_arguments(self, parser):
        parser.add_argument("--meetings", type=int, default=1000)
        parser.add_argument("--items-per-meeting", type=int, default=10)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--batch",
            type=int,
            default=500,
            help="Meetings per transaction (their items and follow-ups with them).",
        )

    def handle(self, *args, meetings, items_per_meeting, seed, batch, **options):
        if meetings < 1 or items_per_meeting < 1 or batch < 1:
            raise CommandError("--meetings, --items-per-meeting, --batch: 1 or more")
        if Meeting.objects.filter(source_filename__startswith="demo-").exists():
            raise CommandError(
                "This database already has demo data; use a fresh database."
            )
        generator = DemoArchive(random.Random(seed), items_per_meeting)
        started = time.perf_counter()
        for first in range(0, meetings, batch):
            with transaction.atomic():
                generator.write(range(first, min(first + batch, meetings)), meetings)
            done = min(first + batch, meetings)
            rate = done / (time.perf_counter() - started)
            self.stdout.write(f"\r{done}/{meetings} meetings ({rate:.0f}/s)", ending="")
            self.stdout.flush()
        if connection.vendor == "postgresql":
            # Fresh statistics, so the planner knows the tables' new sizes.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(
            f"\n{meetings} meetings, {meetings * items_per_meeting} agenda items and "
            f"as many follow-ups in {time.perf_counter() - started:.0f} s"
        )


class DemoArchive:
    """Writes meetings one batch at a time, the same for the same random seed."""

    def __init__(self, rng: random.Random, items_per_meeting: int):
        self.rng = rng
        self.items_per_meeting = items_per_meeting
        self.bodies = [Body.objects.get_or_create(name=name)[0] for name in FORUMS]
        self.units = list(Unit.objects.order_by("pk").values_list("pk", "name"))
        self.rules = [rule.name for rule in RULES]

    def write(self, numbers: range, total: int) -> None:
        meetings = [self._meeting(number, total) for number in numbers]
        Meeting.objects.bulk_create(meetings)
        items = [
            self._item(meeting, number)
            for meeting in meetings
            for number in range(1, self.items_per_meeting + 1)
        ]
        AgendaItem.objects.bulk_create(items)
        Decision.objects.bulk_create(
            Decision(agenda_item=item, heading="Beslutning", text=self._decision(item))
            for item in items
        )
        FollowUp.objects.bulk_create(
            self._follow_up(item, meeting_date=item.meeting.date) for item in items
        )

    def _meeting(self, number: int, total: int) -> Meeting:
        body = self.bodies[number % len(self.bodies)]
        # Spread evenly over the years up to now; a body's meetings on one day
        # start at different times (40 quarter hours from 8:00).
        span = (datetime.date(2026, 12, 1) - FIRST_DAY).days
        day = FIRST_DAY + datetime.timedelta(days=number * span // total)
        slot = (number // len(self.bodies)) % 40
        return Meeting(
            body=body,
            date=day,
            start_time=datetime.time(8 + slot // 4, slot % 4 * 15),
            location="Rådhuset",
            source_filename=f"demo-{number}.txt",
            parser_version="demo",
            layout="labelled",
            layout_confidence=1.0,
        )

    def _item(self, meeting: Meeting, number: int) -> AgendaItem:
        rng = self.rng
        subject = rng.choice(SUBJECTS)
        place = rng.choice(PLACES)
        title = f"{rng.choice(KINDS)} {subject} i {place}"
        # Case numbers come back at later meetings: a few thousand cases.
        case = rng.randrange(5000)
        case_number = (
            f"{case % 90 + 1:02d}.{case % 7:02d}.00-A00-{case}-{case % 27:02d}"
        )
        text = (
            f"Forvaltningen har udarbejdet et notat om {subject} i {place}. "
            f"Sagen har været drøftet med de berørte parter, og der er afsat "
            f"{rng.randrange(1, 50)} mio. kr. i budgettet. Udvalget skal tage "
            f"stilling til den videre proces for {subject}."
        )
        return AgendaItem(
            meeting=meeting,
            number=number,
            position=number,
            title=title,
            case_number=case_number,
            status="handled",
            is_closed=rng.random() < CLOSED_SHARE,
            sections=[{"heading": "Sagsfremstilling", "text": text}],
        )

    def _decision(self, item: AgendaItem) -> str:
        subject = item.title.split(" ", 2)[-1]
        return (
            f"Godkendt. Forvaltningen {self.rng.choice(ACTIONS)} {subject} "
            "inden udgangen af året."
        )

    def _follow_up(self, item: AgendaItem, *, meeting_date: datetime.date) -> FollowUp:
        rng = self.rng
        precision, pattern = rng.choice(DEADLINES)
        due = meeting_date + datetime.timedelta(days=rng.randrange(14, 400))
        due_text = pattern.format(
            month=MONTH_NAMES[due.month - 1],
            year=due.year,
            quarter=(due.month - 1) // 3 + 1,
            day=f"{due.day}. {MONTH_NAMES[due.month - 1]} {due.year}",
        )
        if precision == DuePrecision.NONE:
            due = None
        elif precision == DuePrecision.EVENT:
            # Dated by the forum's next meeting, as the import dates it.
            due = meeting_date + datetime.timedelta(days=EVENT_DAYS)
        unit_id, unit_name = rng.choice(self.units) if self.units else (None, "")
        status = _weighted(rng, STATUSES)
        origin = _weighted(rng, ORIGINS)
        subject = item.title.split(" ", 2)[-1]
        description = f"{unit_name or 'Forvaltningen'} {rng.choice(ACTIONS)} {subject}"
        return FollowUp(
            agenda_item=item,
            is_closed=item.is_closed,
            body_id=item.meeting.body_id,
            description=description,
            source_text=f"{description} {due_text}.".strip(),
            responsible=unit_name,
            responsible_unit_id=unit_id,
            due_date=due,
            due_precision=precision,
            due_text=due_text,
            due_event=item.meeting.body.name if precision == DuePrecision.EVENT else "",
            origin=origin,
            status=status,
            rule="" if origin == FollowUpOrigin.MANUAL else rng.choice(self.rules),
            confidence=None if origin == FollowUpOrigin.MANUAL else 0.9,
            is_edited=status != FollowUpStatus.OPEN,
        )


def _weighted(rng: random.Random, choices):
    values, weights = zip(*choices, strict=True)
    return rng.choices(values, weights)[0]
