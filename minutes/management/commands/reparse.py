"""python manage.py reparse [--meeting ID ...| --all] [--dry-run] [--force]"""

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from minutes.models import Meeting
from minutes.parsing.types import MinutesError
from minutes.services import reparse_meeting, rules_version


class Command(BaseCommand):
    help = (
        "Re-read meetings from their stored originals with today's parsing and "
        "extraction rules, keeping hand corrections and follow-up progress."
    )

    def add_arguments(self, parser):
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument(
            "--meeting", type=int, nargs="+", metavar="ID", help="Meeting ids."
        )
        which.add_argument("--all", action="store_true", help="Every meeting.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Show what would change."
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Also meetings already read with today's rules.",
        )

    def handle(self, *args, meeting, all, dry_run, force, **options):
        meetings = Meeting.objects.select_related("body").order_by("pk")
        if not all:
            meetings = meetings.filter(pk__in=meeting)
            missing = set(meeting) - set(meetings.values_list("pk", flat=True))
            if missing:
                raise CommandError(
                    f"no meeting with id {', '.join(map(str, sorted(missing)))}"
                )
        version = rules_version()
        counts = {"updated": 0, "unchanged": 0, "failed": 0}
        for stored in meetings.iterator():
            try:
                report = reparse_meeting(stored, dry_run=dry_run, force=force)
            except (MinutesError, DatabaseError) as error:
                counts["failed"] += 1
                self.stderr.write(f"error: meeting {stored.pk} ({stored}): {error}")
                continue
            changed = bool(report.created or report.updated or report.deleted)
            counts["updated" if changed else "unchanged"] += 1
            if changed:
                for line in report.lines():
                    self.stdout.write(line)
        verb = "would be updated" if dry_run else "updated"
        self.stdout.write(
            f"rules {version}: {counts['updated']} meetings {verb}, "
            f"{counts['unchanged']} unchanged, {counts['failed']} failed"
        )
        if counts["failed"]:
            raise CommandError(f"{counts['failed']} meetings could not be re-read")
