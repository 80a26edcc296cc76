"""Signals decisions sends about follow-ups, so that other apps can follow
them without decisions importing those apps (webhooks listens).

Each is sent once the transaction that made the change has committed, with
the follow-up and the user who made the change (None for an import or a
script).
"""

from django.db import transaction
from django.dispatch import Signal

# A follow-up was created, by hand or by an import's extraction.
follow_up_created = Signal()
# Fields of a follow-up changed (not its status); also `changes`:
# {field: {"from": ..., "to": ...}} with dates as ISO strings.
follow_up_changed = Signal()
# A follow-up's status changed; also `action` (start, complete, cancel,
# reopen), `from_status` and `to_status`.
follow_up_status_changed = Signal()


def send_on_commit(signal: Signal, *, follow_up, **kwargs) -> None:
    """Send the signal about the follow-up when the current transaction
    commits (at once outside a transaction)."""
    kwargs.setdefault("user", None)
    transaction.on_commit(
        lambda: signal.send(sender=type(follow_up), follow_up=follow_up, **kwargs),
        # A listener's failure is logged; the change has already committed.
        robust=True,
    )
