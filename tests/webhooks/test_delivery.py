"""Sending a delivery: signed POST to a real receiver on loopback, retries
with backoff as background tasks, timeouts, and the endpoint check."""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
from datetime import timedelta

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from tests.factories import WebhookDeliveryFactory, WebhookFactory
from webhooks import delivery as http
from webhooks import services
from webhooks.models import DeliveryStatus, WebhookDelivery
from webhooks.tasks import deliver_webhook

pytestmark = pytest.mark.django_db


def queued(delivery, *, django_capture_on_commit_callbacks):
    """Queue the delivery's first attempt as an event does."""
    with django_capture_on_commit_callbacks(execute=True):
        services._enqueue(delivery.pk, 0)


def due_tasks():
    return DBTaskResult.objects.filter(status="READY").order_by("enqueued_at")


def make_due(tasks) -> None:
    """Let the scheduled retries run now, as if their time had come."""
    tasks.update(run_after=timezone.now() - timedelta(seconds=1))


def test_signature_is_the_hmac_sha256_of_the_body_with_the_secret():
    body = b'{"event":"ping"}'

    signature = http.sign("s3cret-0123456789", body)

    expected = hmac.new(b"s3cret-0123456789", body, hashlib.sha256).hexdigest()
    assert signature == f"sha256={expected}"
    assert http.sign("another-secret-0123", body) != signature


def test_the_receiver_gets_a_signed_post_with_the_event_headers(
    receiver, run_worker, django_capture_on_commit_callbacks
):
    webhook = WebhookFactory(url=receiver.url + "?source=minutes")
    delivery = WebhookDeliveryFactory(
        webhook=webhook,
        event="follow_up.created",
        payload={"event": "follow_up.created", "id": "x", "data": {"title": "Æble"}},
    )
    queued(
        delivery, django_capture_on_commit_callbacks=django_capture_on_commit_callbacks
    )

    run_worker()

    [request] = receiver.requests
    assert request.path == "/hook?source=minutes"
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["X-Webhook-Event"] == "follow_up.created"
    assert request.headers["X-Webhook-Delivery"] == str(delivery.uuid)
    expected = hmac.new(webhook.secret.encode(), request.body, hashlib.sha256)
    assert request.headers["X-Webhook-Signature"] == f"sha256={expected.hexdigest()}"
    assert json.loads(request.body) == delivery.payload
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.SUCCEEDED
    assert delivery.attempts == 1
    assert delivery.response_status == 200
    assert delivery.response_body == '{"received": true}'
    assert delivery.next_attempt_at is None


def test_two_failures_then_success_take_three_attempts_with_backoff(
    receiver, run_worker, django_capture_on_commit_callbacks
):
    receiver.statuses = [500, 500, 200]
    delivery = WebhookDeliveryFactory(webhook=WebhookFactory(url=receiver.url))
    queued(
        delivery, django_capture_on_commit_callbacks=django_capture_on_commit_callbacks
    )

    before = timezone.now()
    run_worker()
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.PENDING, 1)
    assert delivery.response_status == 500
    [retry] = due_tasks()
    assert retry.run_after >= before + timedelta(minutes=1)
    assert retry.run_after <= timezone.now() + timedelta(minutes=1)
    assert delivery.next_attempt_at == retry.run_after

    make_due(due_tasks())
    before = timezone.now()
    run_worker()
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.PENDING, 2)
    [retry] = due_tasks()
    assert retry.run_after >= before + timedelta(minutes=5)

    make_due(due_tasks())
    run_worker()
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.SUCCEEDED, 3)
    assert delivery.response_status == 200
    assert not due_tasks().exists()
    assert len(receiver.requests) == 3
    # Every attempt sends the same delivery id and body.
    assert len({r.headers["X-Webhook-Delivery"] for r in receiver.requests}) == 1
    assert len({r.body for r in receiver.requests}) == 1


def test_a_receiver_that_does_not_answer_in_time_gives_a_failed_attempt_and_a_retry(
    receiver, settings
):
    settings.WEBHOOKS_TIMEOUT = 0.3
    receiver.delay = 1.5
    delivery = WebhookDeliveryFactory(webhook=WebhookFactory(url=receiver.url))

    outcome = deliver_webhook.call(delivery.pk, 0)

    delivery.refresh_from_db()
    assert outcome == "retry"
    assert delivery.status == DeliveryStatus.PENDING
    assert delivery.attempts == 1
    assert delivery.response_status is None
    assert "No answer within 0.3 s" in delivery.error
    assert delivery.next_attempt_at > timezone.now() + timedelta(seconds=50)
    assert due_tasks().count() == 1


def test_the_last_attempt_failing_fails_the_delivery(receiver, settings):
    settings.WEBHOOKS_MAX_ATTEMPTS = 2
    receiver.statuses = [503]
    delivery = WebhookDeliveryFactory(webhook=WebhookFactory(url=receiver.url))

    assert deliver_webhook.call(delivery.pk, 0) == "retry"
    assert deliver_webhook.call(delivery.pk, 1) == DeliveryStatus.FAILED

    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.FAILED
    assert delivery.attempts == 2
    assert delivery.response_status == 503
    assert delivery.next_attempt_at is None


def test_a_redirect_is_not_followed(receiver):
    receiver.statuses = [302]
    receiver.answer_headers = {"Location": "http://127.0.0.1:9/elsewhere"}
    delivery = WebhookDeliveryFactory(webhook=WebhookFactory(url=receiver.url))

    deliver_webhook.call(delivery.pk, 0)

    delivery.refresh_from_db()
    assert len(receiver.requests) == 1
    assert delivery.response_status == 302
    assert delivery.status == DeliveryStatus.PENDING


def test_an_attempt_already_made_is_not_made_again(receiver):
    delivery = WebhookDeliveryFactory(webhook=WebhookFactory(url=receiver.url))

    assert deliver_webhook.call(delivery.pk, 0) == DeliveryStatus.SUCCEEDED
    # A second task for the same attempt (a retry now, say) sends nothing.
    assert deliver_webhook.call(delivery.pk, 0) == "skipped"

    assert len(receiver.requests) == 1


def test_retry_now_gives_a_failed_delivery_one_more_attempt(
    receiver, run_worker, django_capture_on_commit_callbacks
):
    delivery = WebhookDeliveryFactory(
        webhook=WebhookFactory(url=receiver.url),
        status=DeliveryStatus.FAILED,
        attempts=6,
    )

    with django_capture_on_commit_callbacks(execute=True):
        assert services.retry_now(WebhookDelivery.objects.all()) == 1
    run_worker()

    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.SUCCEEDED
    assert delivery.attempts == 7


def test_a_delivery_of_an_inactive_webhook_fails_without_a_request(receiver):
    delivery = WebhookDeliveryFactory(
        webhook=WebhookFactory(url=receiver.url, is_active=False)
    )

    assert deliver_webhook.call(delivery.pk, 0) == DeliveryStatus.FAILED

    assert receiver.requests == []


def test_a_loopback_address_is_refused_at_delivery_time_too(receiver, settings):
    delivery = WebhookDeliveryFactory(webhook=WebhookFactory(url=receiver.url))
    settings.WEBHOOKS_ALLOW_PRIVATE_NETWORKS = False

    deliver_webhook.call(delivery.pk, 0)

    delivery.refresh_from_db()
    assert receiver.requests == []
    assert "non-public address" in delivery.error
    assert delivery.status == DeliveryStatus.PENDING


@pytest.mark.parametrize(
    ("url", "message"),
    [
        pytest.param("ftp://example.org/x", "must start with", id="scheme"),
        pytest.param("file:///etc/passwd", "must start with", id="file"),
        pytest.param("http://127.0.0.1:8000/x", "non-public", id="loopback"),
        pytest.param("http://10.1.2.3/x", "non-public", id="private"),
        pytest.param("http://169.254.169.254/latest", "non-public", id="link-local"),
        pytest.param("http://[::1]/x", "non-public", id="ipv6-loopback"),
        pytest.param("http://[::ffff:127.0.0.1]/x", "non-public", id="ipv4-mapped"),
        pytest.param("http://0.0.0.0/x", "non-public", id="unspecified"),
        pytest.param("http://user:pw@example.org/x", "user name", id="credentials"),
    ],
)
def test_unsafe_urls_are_refused(settings, url, message):
    settings.WEBHOOKS_ALLOW_PRIVATE_NETWORKS = False

    with pytest.raises(http.UnsafeURL, match=message):
        http.check_url(url)


def test_a_host_resolving_to_a_private_address_is_refused(settings, monkeypatch):
    settings.WEBHOOKS_ALLOW_PRIVATE_NETWORKS = False
    monkeypatch.setattr(
        socket,
        "getaddrinfo",
        lambda *args, **kwargs: [(socket.AF_INET, 1, 6, "", ("192.168.1.5", 443))],
    )

    with pytest.raises(http.UnsafeURL, match="non-public"):
        http.check_url("https://hooks.example.org/x")


def test_a_public_address_is_allowed(settings, monkeypatch):
    settings.WEBHOOKS_ALLOW_PRIVATE_NETWORKS = False
    monkeypatch.setattr(
        socket,
        "getaddrinfo",
        lambda *args, **kwargs: [(socket.AF_INET, 1, 6, "", ("93.184.215.14", 443))],
    )

    assert http.check_url("https://hooks.example.org/x") == ["93.184.215.14"]


def test_plain_http_is_refused_where_https_is_required(settings):
    settings.WEBHOOKS_REQUIRE_HTTPS = True

    with pytest.raises(http.UnsafeURL, match="https://"):
        http.check_url("http://127.0.0.1/x")


@pytest.mark.parametrize(
    ("attempts", "wait"),
    [(1, timedelta(minutes=1)), (2, timedelta(minutes=5)), (5, timedelta(hours=12))],
)
def test_backoff_grows_with_the_attempts(attempts, wait):
    assert http.backoff(attempts) == wait
