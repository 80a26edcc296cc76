"""The admin of webhooks (Danish): the secret never shown, deliveries
read-only with a "retry now" action."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import UserFactory, WebhookDeliveryFactory, WebhookFactory
from webhooks.models import DeliveryStatus, Webhook

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client():
    client = Client()
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def test_the_webhook_list_shows_the_last_delivery_status(admin_client):
    webhook = WebhookFactory(name="Sagssystem")
    WebhookDeliveryFactory(webhook=webhook, status=DeliveryStatus.FAILED)

    response = admin_client.get(reverse("admin:webhooks_webhook_changelist"))

    content = response.content.decode()
    assert response.status_code == 200
    assert "Sagssystem" in content
    assert "Fejlet" in content
    assert "Opfølgning oprettet" in content


def test_the_secret_is_never_shown_on_the_change_page(admin_client):
    webhook = WebhookFactory()

    response = admin_client.get(
        reverse("admin:webhooks_webhook_change", args=[webhook.pk])
    )

    assert response.status_code == 200
    assert webhook.secret not in response.content.decode()


def test_saving_without_a_secret_keeps_it_and_a_new_webhook_gets_one(
    admin_client, settings
):
    settings.WEBHOOKS_ALLOW_PRIVATE_NETWORKS = True
    owner = UserFactory()
    data = {
        "name": "Ny",
        "owner": owner.pk,
        "url": "https://127.0.0.1/hook",
        "events": ["meeting.imported"],
        "is_active": "on",
        "secret": "",
    }

    response = admin_client.post(
        reverse("admin:webhooks_webhook_add"), data, follow=True
    )

    webhook = Webhook.objects.get()
    assert len(webhook.secret) >= 40
    # Shown once, in the message after saving.
    assert webhook.secret in response.content.decode()
    secret = webhook.secret
    admin_client.post(
        reverse("admin:webhooks_webhook_change", args=[webhook.pk]),
        {**data, "name": "Omdøbt"},
    )
    webhook.refresh_from_db()
    assert (webhook.name, webhook.secret) == ("Omdøbt", secret)


def test_the_admin_refuses_a_private_address(admin_client, settings):
    settings.WEBHOOKS_ALLOW_PRIVATE_NETWORKS = False

    response = admin_client.post(
        reverse("admin:webhooks_webhook_add"),
        {
            "name": "Intern",
            "owner": UserFactory().pk,
            "url": "http://10.0.0.5/hook",
            "events": ["meeting.imported"],
        },
    )

    assert response.status_code == 200
    assert not Webhook.objects.exists()


def test_retry_now_queues_the_selected_deliveries(
    admin_client, django_capture_on_commit_callbacks
):
    delivery = WebhookDeliveryFactory(status=DeliveryStatus.FAILED, attempts=6)

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("admin:webhooks_webhookdelivery_changelist"),
            {"action": "retry_now", "_selected_action": [delivery.pk]},
        )

    assert response.status_code == 302
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.PENDING


def test_a_closed_item_payload_is_hidden_from_staff_without_the_permission():
    from django.contrib.auth.models import Permission

    staff = UserFactory(is_staff=True)
    staff.user_permissions.add(Permission.objects.get(codename="view_webhookdelivery"))
    delivery = WebhookDeliveryFactory(
        about_closed_item=True, payload={"data": {"title": "TOPHEMMELIGT"}}
    )
    client = Client()
    client.force_login(staff)

    response = client.get(
        reverse("admin:webhooks_webhookdelivery_change", args=[delivery.pk])
    )

    assert response.status_code == 200
    assert "TOPHEMMELIGT" not in response.content.decode()
