"""Each event is emitted by its real trigger, becomes one delivery per webhook
that wants it, and never waits for the network."""

from __future__ import annotations

import datetime
import io
import time
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone

from decisions.models import FollowUp
from decisions.sync import link_later_meeting
from minutes.models import AgendaItem
from minutes.services import import_minutes
from tests.conftest import grant
from tests.factories import (
    AgendaItemFactory,
    FollowUpFactory,
    MeetingFactory,
    UserFactory,
    WebhookFactory,
)
from webhooks.models import DeliveryStatus, EventType, OverdueNotice, WebhookDelivery
from webhooks.services import emit_meeting_imported

pytestmark = pytest.mark.django_db

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
BASE = "https://minutes.example.org"


def deliveries(event=None):
    queryset = WebhookDelivery.objects.order_by("pk")
    return list(queryset.filter(event=event) if event else queryset)


@pytest.fixture
def webhook():
    return WebhookFactory()


@pytest.fixture
def closed_item_webhook():
    owner = grant(UserFactory(), "minutes.view_closed_agendaitem")
    return WebhookFactory(owner=owner)


def test_creating_a_follow_up_through_the_api_emits_follow_up_created(
    secretariat_client, webhook, django_capture_on_commit_callbacks
):
    item = AgendaItemFactory()

    with django_capture_on_commit_callbacks(execute=True):
        response = secretariat_client.post(
            "/api/v1/follow-ups/",
            {"agenda_item": item.pk, "description": "Svar borgeren"},
        )

    assert response.status_code == 201
    [delivery] = deliveries()
    assert delivery.webhook == webhook
    assert delivery.event == EventType.FOLLOW_UP_CREATED
    assert delivery.status == DeliveryStatus.PENDING
    payload = delivery.payload
    assert payload["event"] == "follow_up.created"
    assert payload["id"] == str(delivery.event_id)
    assert payload["occurred_at"]
    # The API's representation, with absolute URLs on the configured base.
    assert payload["data"]["id"] == response.data["id"]
    assert payload["data"]["description"] == "Svar borgeren"
    assert payload["data"]["url"] == f"{BASE}/api/v1/follow-ups/{response.data['id']}/"
    assert (
        payload["data"]["agenda_item_url"] == f"{BASE}/api/v1/agenda-items/{item.pk}/"
    )
    assert set(payload["data"]) == set(response.data)


def test_correcting_a_follow_up_emits_follow_up_changed_with_the_changes(
    secretariat_client, webhook, django_capture_on_commit_callbacks
):
    follow_up = FollowUpFactory(responsible="Økonomi")

    with django_capture_on_commit_callbacks(execute=True):
        response = secretariat_client.patch(
            f"/api/v1/follow-ups/{follow_up.pk}/",
            {"responsible": "Teknik"},
            HTTP_IF_MATCH="*",
        )

    assert response.status_code == 200
    [delivery] = deliveries()
    assert delivery.event == EventType.FOLLOW_UP_CHANGED
    assert delivery.payload["changes"] == {
        "responsible": {"from": "Økonomi", "to": "Teknik"}
    }
    assert delivery.payload["data"]["responsible"] == "Teknik"


def test_completing_a_follow_up_emits_status_changed_with_from_and_to(
    secretariat_client, webhook, django_capture_on_commit_callbacks
):
    follow_up = FollowUpFactory()

    with django_capture_on_commit_callbacks(execute=True):
        response = secretariat_client.post(
            f"/api/v1/follow-ups/{follow_up.pk}/complete/", {}
        )

    assert response.status_code == 200
    [delivery] = deliveries()
    assert delivery.event == EventType.FOLLOW_UP_STATUS_CHANGED
    assert delivery.payload["action"] == "complete"
    assert delivery.payload["changes"] == {"status": {"from": "open", "to": "done"}}
    assert delivery.payload["data"]["status"] == "done"


def test_a_webhook_gets_only_the_events_it_wants(
    secretariat_client, django_capture_on_commit_callbacks
):
    wanted = WebhookFactory(events=[EventType.FOLLOW_UP_STATUS_CHANGED])
    WebhookFactory(events=[EventType.FOLLOW_UP_CREATED])
    WebhookFactory(is_active=False)
    WebhookFactory(owner=UserFactory(is_active=False))
    follow_up = FollowUpFactory()

    with django_capture_on_commit_callbacks(execute=True):
        secretariat_client.post(f"/api/v1/follow-ups/{follow_up.pk}/start/", {})

    assert [d.webhook for d in deliveries()] == [wanted]


def test_a_rolled_back_change_emits_nothing(
    secretariat_client, webhook, django_capture_on_commit_callbacks
):
    follow_up = FollowUpFactory(status="done")

    with django_capture_on_commit_callbacks(execute=True):
        # Not allowed from done: the service raises, its transaction rolls back.
        response = secretariat_client.post(
            f"/api/v1/follow-ups/{follow_up.pk}/start/", {}
        )

    assert response.status_code == 409
    assert deliveries() == []


def test_importing_minutes_emits_meeting_imported_and_the_follow_ups_found(
    webhook, django_capture_on_commit_callbacks
):
    path = sorted(SAMPLES.iterdir())[1]

    with django_capture_on_commit_callbacks(execute=True):
        report = import_minutes(data=path.read_bytes(), filename=path.name)

    [meeting_delivery] = deliveries(EventType.MEETING_IMPORTED)
    data = meeting_delivery.payload["data"]
    assert data["id"] == report.meeting_id
    assert data["url"] == f"{BASE}/api/v1/meetings/{report.meeting_id}/"
    assert data["outcome"] == "created"
    assert data["body"]["name"]
    assert data["date"]
    assert data["counts"] == {
        "agenda_items": report.counts["agenda items"],
        "follow_ups": report.counts["follow-ups"],
    }
    assert {"id", "url", "number", "title"} <= set(data["agenda_items"][0])
    # Not every item's text: no sections, decisions or follow-ups.
    assert "sections" not in data["agenda_items"][0]
    created = deliveries(EventType.FOLLOW_UP_CREATED)
    assert len(created) == report.counts["follow-ups"] > 0
    assert {d.payload["data"]["meeting"] for d in created} == {report.meeting_id}


def test_importing_the_same_minutes_again_emits_nothing(
    webhook, django_capture_on_commit_callbacks
):
    path = sorted(SAMPLES.iterdir())[1]
    import_minutes(data=path.read_bytes(), filename=path.name)

    with django_capture_on_commit_callbacks(execute=True):
        report = import_minutes(data=path.read_bytes(), filename=path.name)

    assert report.outcome == "unchanged"
    assert deliveries() == []


def test_a_dry_run_import_emits_nothing(webhook, django_capture_on_commit_callbacks):
    path = sorted(SAMPLES.iterdir())[1]

    with django_capture_on_commit_callbacks(execute=True):
        import_minutes(data=path.read_bytes(), filename=path.name, dry_run=True)

    assert deliveries() == []


def test_the_overdue_command_emits_each_overdue_follow_up_once(
    webhook, django_capture_on_commit_callbacks
):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    overdue = FollowUpFactory(due_date=yesterday)
    FollowUpFactory(due_date=yesterday, status="done")
    FollowUpFactory(due_date=timezone.localdate() + datetime.timedelta(days=3))

    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_overdue_webhooks", stdout=io.StringIO())
        call_command("send_overdue_webhooks", stdout=io.StringIO())

    [delivery] = deliveries()
    assert delivery.event == EventType.FOLLOW_UP_OVERDUE
    assert delivery.payload["data"]["id"] == overdue.pk
    assert delivery.payload["data"]["is_overdue"] is True
    assert OverdueNotice.objects.get().due_date == yesterday


def test_a_new_due_date_that_passes_is_announced_again(
    webhook, django_capture_on_commit_callbacks
):
    follow_up = FollowUpFactory(
        due_date=timezone.localdate() - datetime.timedelta(days=10)
    )
    call_command("send_overdue_webhooks", stdout=io.StringIO())
    FollowUp.objects.filter(pk=follow_up.pk).update(
        due_date=timezone.localdate() - datetime.timedelta(days=1)
    )

    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_overdue_webhooks", stdout=io.StringIO())

    assert len(deliveries()) == 2


def test_an_event_about_a_closed_item_goes_only_to_owners_who_may_see_it(
    secretariat_client, webhook, closed_item_webhook, django_capture_on_commit_callbacks
):
    follow_up = FollowUpFactory(agenda_item=AgendaItemFactory(is_closed=True))

    with django_capture_on_commit_callbacks(execute=True):
        secretariat_client.post(f"/api/v1/follow-ups/{follow_up.pk}/complete/", {})

    [delivery] = deliveries()
    assert delivery.webhook == closed_item_webhook
    assert delivery.about_closed_item is True


def test_an_overdue_closed_item_follow_up_goes_only_to_owners_who_may_see_it(
    webhook, closed_item_webhook, django_capture_on_commit_callbacks
):
    FollowUpFactory(
        agenda_item=AgendaItemFactory(is_closed=True),
        due_date=timezone.localdate() - datetime.timedelta(days=1),
    )

    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_overdue_webhooks", stdout=io.StringIO())

    assert [d.webhook for d in deliveries()] == [closed_item_webhook]


def test_meeting_imported_shows_closed_titles_only_to_owners_who_may_see_them(
    webhook, closed_item_webhook, django_capture_on_commit_callbacks
):
    path = sorted(SAMPLES.iterdir())[1]
    with django_capture_on_commit_callbacks(execute=True):
        import_minutes(data=path.read_bytes(), filename=path.name)
    meeting_id = deliveries(EventType.MEETING_IMPORTED)[0].payload["data"]["id"]
    # An item with a title and a follow-up, closed as the secretariat would.
    secret_item = AgendaItem.objects.filter(meeting_id=meeting_id).first()
    AgendaItem.objects.filter(pk=secret_item.pk).update(is_closed=True)
    FollowUpFactory(agenda_item=secret_item)
    WebhookDelivery.objects.all().delete()

    with django_capture_on_commit_callbacks(execute=True):
        emit_meeting_imported(meeting_id, outcome="updated")

    by_owner = {d.webhook: d.payload["data"] for d in deliveries()}
    hidden = next(
        i for i in by_owner[webhook]["agenda_items"] if i["id"] == secret_item.pk
    )
    shown = next(
        i
        for i in by_owner[closed_item_webhook]["agenda_items"]
        if i["id"] == secret_item.pk
    )
    assert hidden["title"] == "Lukket"
    assert shown["title"] == secret_item.title != "Lukket"
    assert secret_item.title not in str(by_owner[webhook])
    assert (
        by_owner[webhook]["counts"]["follow_ups"]
        < by_owner[closed_item_webhook]["counts"]["follow_ups"]
    )
    # Both deliveries carry the same event id.
    assert len({d.event_id for d in deliveries()}) == 1


def test_the_request_that_causes_an_event_does_not_wait_for_the_receiver(
    secretariat_client, receiver, run_worker, django_capture_on_commit_callbacks
):
    receiver.delay = 3
    WebhookFactory(url=receiver.url)
    follow_up = FollowUpFactory()

    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        response = secretariat_client.post(
            f"/api/v1/follow-ups/{follow_up.pk}/complete/", {}
        )
    elapsed = time.monotonic() - started

    assert response.status_code == 200
    [delivery] = deliveries()
    # Queued, not sent: the receiver has not been called.
    assert delivery.status == DeliveryStatus.PENDING
    assert delivery.attempts == 0
    assert receiver.requests == []
    assert elapsed < 2

    receiver.delay = 0
    run_worker()

    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.SUCCEEDED
    assert len(receiver.requests) == 1


def test_a_deadline_dated_by_a_later_meeting_emits_follow_up_changed(
    webhook, django_capture_on_commit_callbacks
):
    follow_up = FollowUpFactory(
        due_date=None, due_precision="event", due_event="", due_text="næste møde"
    )
    earlier = follow_up.agenda_item.meeting
    later = MeetingFactory(
        body=earlier.body, date=earlier.date + datetime.timedelta(days=30)
    )

    with django_capture_on_commit_callbacks(execute=True):
        link_later_meeting(later, [])

    [delivery] = deliveries()
    assert delivery.event == EventType.FOLLOW_UP_CHANGED
    assert delivery.payload["changes"] == {
        "due_date": {"from": None, "to": later.date.isoformat()}
    }
    assert delivery.payload["data"]["due_date"] == later.date.isoformat()
