"""Turning events into deliveries, and sending a delivery once.

An event never calls the network: it stores one WebhookDelivery per webhook
and queues a background task per delivery (manage.py db_worker), once the
transaction commits. The task POSTs it, records the answer and, on failure,
queues itself again later (delivery.BACKOFF) until WEBHOOKS_MAX_ATTEMPTS.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from decisions.models import FollowUp
from minutes.models import Meeting, may_see_closed_items
from webhooks import delivery as http
from webhooks import payloads
from webhooks.models import (
    PING,
    DeliveryStatus,
    EventType,
    OverdueNotice,
    Webhook,
    WebhookDelivery,
)


def subscribed(event: str) -> list[Webhook]:
    """Return the active webhooks of active users that want the event."""
    # Few rows; the event list is checked here because SQLite's JSON has no
    # containment lookup.
    return [
        webhook
        for webhook in Webhook.objects.filter(
            is_active=True, owner__is_active=True
        ).select_related("owner")
        if event in webhook.events
    ]


@transaction.atomic
def queue_deliveries(
    event: str,
    webhooks: Iterable[Webhook],
    data_for: Callable[[bool], dict],
    *,
    about_closed_item: bool = False,
    **extra,
) -> list[WebhookDelivery]:
    """Store one delivery of the event per webhook and queue them on commit.

    `data_for(may_see_closed)` builds the payload's data for an owner who may
    (or may not) see closed items; an event about a closed item goes only to
    webhooks whose owner may see closed items.
    """
    event_id = uuid.uuid4()
    cache: dict[bool, dict] = {}
    deliveries = []
    for webhook in webhooks:
        may_see_closed = may_see_closed_items(webhook.owner)
        if about_closed_item and not may_see_closed:
            continue
        if may_see_closed not in cache:
            cache[may_see_closed] = payloads.envelope(
                event, event_id, data_for(may_see_closed), **extra
            )
        deliveries.append(
            WebhookDelivery(
                webhook=webhook,
                event=event,
                event_id=event_id,
                payload=cache[may_see_closed],
                about_closed_item=about_closed_item,
            )
        )
    if not deliveries:
        return []
    WebhookDelivery.objects.bulk_create(deliveries)
    ids = [delivery.pk for delivery in deliveries]
    transaction.on_commit(lambda: _enqueue_all(ids))
    return deliveries


def _enqueue_all(ids: list[int]) -> None:
    from webhooks.tasks import deliver_webhook

    for delivery_id in ids:
        deliver_webhook.enqueue(delivery_id, 0)


def emit_follow_up(
    event: str,
    follow_up_id: int,
    *,
    webhooks: list[Webhook] | None = None,
    follow_up: FollowUp | None = None,
    **extra,
) -> list[WebhookDelivery]:
    """Queue the follow-up event to the webhooks that want it."""
    webhooks = subscribed(event) if webhooks is None else webhooks
    if not webhooks:
        return []
    if follow_up is None:
        follow_up = FollowUp.objects.for_api().filter(pk=follow_up_id).first()
        if follow_up is None:
            # Deleted since: there is nothing left to show.
            return []
    data = payloads.follow_up_data(follow_up)
    return queue_deliveries(
        event,
        webhooks,
        lambda may_see_closed: data,
        about_closed_item=follow_up.agenda_item.is_closed,
        **extra,
    )


def emit_meeting_imported(meeting_id: int, *, outcome: str) -> list[WebhookDelivery]:
    """Queue meeting.imported to the webhooks that want it."""
    webhooks = subscribed(EventType.MEETING_IMPORTED)
    if not webhooks:
        return []
    meeting = Meeting.objects.for_api().filter(pk=meeting_id).first()
    if meeting is None:
        return []
    return queue_deliveries(
        EventType.MEETING_IMPORTED,
        webhooks,
        lambda may_see_closed: payloads.meeting_data(
            meeting, outcome=outcome, may_see_closed=may_see_closed
        ),
    )


@transaction.atomic
def emit_overdue(*, today=None) -> list[FollowUp]:
    """Queue follow_up.overdue for each overdue follow-up not yet announced
    with its current due date; return those follow-ups.

    Each announcement is recorded (OverdueNotice) whether or not a webhook
    wants it, so a webhook registered later is not flooded with old news.
    """
    today = today or timezone.localdate()
    candidates = list(FollowUp.objects.overdue(today).for_api().order_by("pk"))
    done = set(
        OverdueNotice.objects.filter(
            follow_up__in=[f.pk for f in candidates]
        ).values_list("follow_up_id", "due_date")
    )
    new = [f for f in candidates if (f.pk, f.due_date) not in done]
    OverdueNotice.objects.bulk_create(
        [OverdueNotice(follow_up=f, due_date=f.due_date) for f in new]
    )
    webhooks = subscribed(EventType.FOLLOW_UP_OVERDUE)
    if webhooks:
        for follow_up in new:
            emit_follow_up(
                EventType.FOLLOW_UP_OVERDUE,
                follow_up.pk,
                webhooks=webhooks,
                follow_up=follow_up,
            )
    return new


def queue_ping(webhook: Webhook) -> WebhookDelivery:
    """Queue a ping to the webhook, whatever events it wants."""
    with transaction.atomic():
        delivery = WebhookDelivery.objects.create(
            webhook=webhook,
            event=PING,
            payload={},
        )
        delivery.payload = payloads.envelope(
            PING, delivery.event_id, payloads.ping_data(webhook)
        )
        delivery.save(update_fields=["payload"])
        transaction.on_commit(lambda: _enqueue_all([delivery.pk]))
    return delivery


def retry_now(deliveries: Iterable[WebhookDelivery]) -> int:
    """Queue another attempt of each delivery at once; a failed one gets one
    more attempt. Return how many were queued."""
    count = 0
    for delivery in deliveries:
        if delivery.status == DeliveryStatus.SUCCEEDED:
            continue
        WebhookDelivery.objects.filter(pk=delivery.pk).update(
            status=DeliveryStatus.PENDING, next_attempt_at=timezone.now()
        )
        attempts = delivery.attempts
        transaction.on_commit(lambda pk=delivery.pk, n=attempts: _enqueue(pk, n))
        count += 1
    return count


def _enqueue(delivery_id: int, attempts: int, run_after=None) -> None:
    from webhooks.tasks import deliver_webhook

    task = deliver_webhook.using(run_after=run_after) if run_after else deliver_webhook
    task.enqueue(delivery_id, attempts)


def attempt_delivery(delivery_id: int, *, attempts: int) -> str:
    """Send the delivery once, if it is still pending after `attempts`
    attempts; record the answer and queue the next attempt on failure.
    Return what happened: succeeded, retry, failed or skipped.

    The attempt is claimed by a conditional update, so two tasks for the same
    attempt (a scheduled retry and the admin's "retry now") send it once.
    """
    now = timezone.now()
    claimed = WebhookDelivery.objects.filter(
        pk=delivery_id, status=DeliveryStatus.PENDING, attempts=attempts
    ).update(attempts=attempts + 1, last_attempt_at=now, next_attempt_at=None)
    if not claimed:
        return "skipped"
    delivery = WebhookDelivery.objects.select_related("webhook__owner").get(
        pk=delivery_id
    )
    webhook = delivery.webhook
    final = False
    if not webhook.is_active or not webhook.owner.is_active:
        outcome, final = http.Outcome(error="The webhook is not active."), True
    elif delivery.about_closed_item and not may_see_closed_items(webhook.owner):
        outcome = http.Outcome(
            error="The webhook's owner may no longer see closed items."
        )
        final = True
    else:
        body = http.encode(delivery.payload)
        outcome = http.post(
            webhook.url,
            body,
            {
                "Content-Type": "application/json",
                "User-Agent": http.USER_AGENT,
                "X-Webhook-Event": delivery.event,
                "X-Webhook-Delivery": str(delivery.uuid),
                "X-Webhook-Signature": http.sign(webhook.secret, body),
            },
        )
    delivery.response_status = outcome.status
    delivery.response_body = outcome.body
    delivery.error = outcome.error
    if outcome.succeeded:
        delivery.status = DeliveryStatus.SUCCEEDED
    elif final or delivery.attempts >= settings.WEBHOOKS_MAX_ATTEMPTS:
        delivery.status = DeliveryStatus.FAILED
    else:
        delivery.next_attempt_at = now + http.backoff(delivery.attempts)
    delivery.save(
        update_fields=[
            "status",
            "response_status",
            "response_body",
            "error",
            "next_attempt_at",
            "updated_at",
        ]
    )
    if delivery.next_attempt_at is not None:
        _enqueue(delivery.pk, delivery.attempts, run_after=delivery.next_attempt_at)
        return "retry"
    return delivery.status
