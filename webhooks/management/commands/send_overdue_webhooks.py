"""manage.py send_overdue_webhooks: follow_up.overdue for newly overdue
follow-ups."""

from django.core.management.base import BaseCommand

from webhooks.services import emit_overdue


class Command(BaseCommand):
    help = (
        "Queue a follow_up.overdue webhook event for each open follow-up past "
        "its due date, once per follow-up and due date; run it daily. The "
        "worker (manage.py db_worker) sends them."
    )

    def handle(self, *args, **options):
        follow_ups = emit_overdue()
        self.stdout.write(f"{len(follow_ups)} overdue follow-up(s) announced.")
