"""manage.py send_followup_reminders: e-mail each unit its follow-up digest."""

from django.core.management.base import BaseCommand, CommandError

from decisions.reminders import render_digest, send_reminders


class Command(BaseCommand):
    help = (
        "E-mail each unit with a contact address one Danish digest of its open "
        "follow-ups that are overdue or due within --days days. Each reminder "
        "is sent once per follow-up and due date; run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=14,
            help="remind of follow-ups due within this many days (default 14)",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="print the digests; send and record nothing",
        )

    def handle(self, *args, days, dry_run, **options):
        if days < 0 or days > 366:
            raise CommandError("--days must be between 0 and 366.")
        report = send_reminders(days=days, dry_run=dry_run)
        for digest in report.sent:
            subject, body = render_digest(digest, days=days)
            recipients = ", ".join(digest.recipients)
            if dry_run:
                self.stdout.write(f"== Til {recipients}: {subject}\n{body}\n")
            else:
                self.stdout.write(
                    f"Sendt til {digest.unit.name} ({recipients}): "
                    f"{len(digest.follow_ups)} opfølgning(er)."
                )
        for digest, error in report.failed:
            self.stderr.write(f"Ikke sendt til {digest.unit.name}: {error}")
        if not report.sent and not report.failed:
            self.stdout.write("Ingen nye påmindelser.")
        if report.failed:
            raise CommandError(
                f"{len(report.failed)} enhed(er) fik ikke deres påmindelse."
            )
