"""Receivers of the minutes and decisions signals: each event becomes
deliveries to the webhooks that want it (webhooks.services)."""

from django.dispatch import receiver

from decisions import signals as follow_up_signals
from minutes import signals as minutes_signals
from webhooks import services
from webhooks.models import EventType


@receiver(follow_up_signals.follow_up_created)
def follow_up_created(sender, follow_up, **kwargs):
    services.emit_follow_up(EventType.FOLLOW_UP_CREATED, follow_up.pk)


@receiver(follow_up_signals.follow_up_changed)
def follow_up_changed(sender, follow_up, changes, **kwargs):
    services.emit_follow_up(EventType.FOLLOW_UP_CHANGED, follow_up.pk, changes=changes)


@receiver(follow_up_signals.follow_up_status_changed)
def follow_up_status_changed(
    sender, follow_up, action, from_status, to_status, **kwargs
):
    services.emit_follow_up(
        EventType.FOLLOW_UP_STATUS_CHANGED,
        follow_up.pk,
        action=action,
        changes={"status": {"from": from_status, "to": to_status}},
    )


@receiver(minutes_signals.meeting_imported)
def meeting_imported(sender, meeting, outcome, **kwargs):
    services.emit_meeting_imported(meeting.pk, outcome=outcome)
