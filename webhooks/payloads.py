"""What a webhook is sent: the event, its id and time, and the object as the
API shows it (its serializers), with absolute URLs (WEBHOOKS_BASE_URL)."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from decisions.api.serializers import FollowUpSerializer
from decisions.models import FollowUp
from minutes.api.serializers import MeetingSerializer
from minutes.models import CLOSED_TITLE, Meeting


def envelope(event: str, event_id, data: dict, **extra) -> dict:
    """Return the payload: event, id, occurred_at, data and any extra keys."""
    return {
        "event": event,
        "id": str(event_id),
        "occurred_at": timezone.now().isoformat(),
        "data": data,
        **extra,
    }


def absolute(data):
    """Return the data with every relative `url` and `*_url` made absolute."""
    if isinstance(data, dict):
        return {
            key: (
                settings.WEBHOOKS_BASE_URL + value
                if (key == "url" or key.endswith("_url"))
                and isinstance(value, str)
                and value.startswith("/")
                else absolute(value)
            )
            for key, value in data.items()
        }
    if isinstance(data, list):
        return [absolute(value) for value in data]
    return data


def follow_up_data(follow_up: FollowUp) -> dict:
    """Return the follow-up as GET /api/v1/follow-ups/{id}/ shows it."""
    # No request: the serializers' URLs are relative, made absolute here.
    return absolute(dict(FollowUpSerializer(follow_up, context={"request": None}).data))


def meeting_data(meeting: Meeting, *, outcome: str, may_see_closed: bool) -> dict:
    """Return the meeting as its list entry shows it, with what the import did
    and its agenda items' numbers and titles (a closed item's title only for
    a reader who may see closed items), without their texts."""
    data = dict(MeetingSerializer(meeting, context={"request": None}).data)
    items = meeting.agenda_items.order_by("position", "number").only(
        "pk", "number", "title", "case_number", "is_closed"
    )
    follow_ups = FollowUp.objects.filter(agenda_item__meeting=meeting)
    if not may_see_closed:
        follow_ups = follow_ups.filter(agenda_item__is_closed=False)
    data["outcome"] = outcome
    data["agenda_items"] = [
        {
            "id": item.pk,
            "url": reverse("agendaitem-detail", args=[item.pk]),
            "number": item.number,
            "title": CLOSED_TITLE
            if item.is_closed and not may_see_closed
            else item.title,
            "case_number": item.case_number,
            "is_closed": item.is_closed,
        }
        for item in items
    ]
    data["counts"] = {
        "agenda_items": len(data["agenda_items"]),
        "follow_ups": follow_ups.count(),
    }
    return absolute(data)


def ping_data(webhook) -> dict:
    return absolute(
        {
            "webhook": webhook.pk,
            "webhook_url": reverse("webhook-detail", args=[webhook.pk]),
        }
    )
