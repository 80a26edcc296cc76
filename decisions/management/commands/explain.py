"""python manage.py explain FILE [--item N]

Prints, item by item and sentence by sentence, which extraction rule found a
follow-up (with its confidence, responsible and deadline) or what vetoed the
sentence. Reads the file as the import does, writes nothing.
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from decisions.extraction import Verdict, explain_item, next_meeting_date
from decisions.sync import unit_aliases
from minutes.parsing.types import MinutesError, ParsedAgendaItem
from minutes.readers import read_minutes

_QUOTE_WIDTH = 110


class Command(BaseCommand):
    help = (
        "Explain the follow-ups of a referat: sentence by sentence, the rule that "
        "fired or the veto that stopped it."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="A referat (.txt, .md)")
        parser.add_argument(
            "--item", type=int, help="Only the item with this printed number"
        )

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"{path}: no such file")
        if path.stat().st_size > settings.MINUTES_MAX_BYTES:
            raise CommandError(
                f"{path}: larger than MINUTES_MAX_BYTES "
                f"({settings.MINUTES_MAX_BYTES} bytes)"
            )
        try:
            _, minutes = read_minutes(
                path.read_bytes(),
                filename=path.name,
                max_bytes=settings.MINUTES_MAX_BYTES,
            )
        except MinutesError as error:
            raise CommandError(f"{path}: {error}") from error
        items = minutes.items
        if options["item"] is not None:
            items = tuple(i for i in items if i.number == options["item"])
            if not items:
                numbers = ", ".join(str(i.number) for i in minutes.items)
                raise CommandError(
                    f"{path}: no item {options['item']} (items: {numbers})"
                )
        next_meeting = next_meeting_date(minutes)
        aliases = _aliases()
        self.stdout.write(
            f"{minutes.body} {minutes.date.isoformat()}"
            + (f", next meeting {next_meeting.isoformat()}" if next_meeting else "")
        )
        for item in items:
            verdicts = explain_item(
                item,
                meeting_date=minutes.date,
                body_name=minutes.body,
                unit_aliases=aliases,
                next_meeting=next_meeting,
            )
            self._write_item(item, verdicts)

    def _write_item(self, item: ParsedAgendaItem, verdicts: list[Verdict]) -> None:
        found = sum(1 for v in verdicts if v.draft is not None)
        self.stdout.write(
            f"\nPunkt {item.number}: {item.title} "
            f"[status {item.status}; {found} follow-up(s)]"
        )
        for verdict in verdicts:
            self.stdout.write(f"  {verdict.where}: {_quote(verdict.sentence.text)}")
            draft = verdict.draft
            if draft is None:
                self.stdout.write(f"    -  {verdict.reason}")
                continue
            due = draft.due_date.isoformat() if draft.due_date else "no date"
            if draft.due_precision:
                due += f" ({draft.due_precision}: {draft.due_text or draft.event!r})"
            self.stdout.write(
                f"    => FOLLOW-UP by {verdict.reason}, confidence "
                f"{draft.confidence:.2f}, origin {draft.origin}; responsible "
                f"{draft.responsible or '-'}; due {due}"
                + (f"; event {draft.event}" if draft.event else "")
            )


def _quote(text: str) -> str:
    flat = " ".join(text.split())
    if len(flat) > _QUOTE_WIDTH:
        flat = flat[: _QUOTE_WIDTH - 1] + "…"
    return f'"{flat}"'


def _aliases() -> dict[str, str]:
    """The unit aliases the import would use; none without a database."""
    try:
        return unit_aliases()
    except DatabaseError:
        return {}
