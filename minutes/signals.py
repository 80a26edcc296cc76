"""Signals minutes sends, so that other apps can follow its imports without
minutes importing them (webhooks listens)."""

from django.db import transaction
from django.dispatch import Signal

# A meeting an import created or updated, sent once the import's transaction
# has committed; never for an unchanged re-import or a dry run (whose
# transaction is rolled back). Arguments: meeting (Meeting), outcome
# ("created" or "updated").
meeting_imported = Signal()


def send_meeting_imported_on_commit(meeting, *, outcome: str) -> None:
    """Send meeting_imported when the current transaction commits."""
    transaction.on_commit(
        lambda: meeting_imported.send(
            sender=type(meeting), meeting=meeting, outcome=outcome
        ),
        # A listener's failure is logged; the import has already committed.
        robust=True,
    )
