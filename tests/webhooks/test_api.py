"""/api/v1/webhooks/: register, read, change, delete, deliveries and ping."""

from __future__ import annotations

import pytest
from django_tasks_db.models import DBTaskResult
from rest_framework.test import APIClient

from tests.conftest import grant
from tests.factories import (
    UserFactory,
    WebhookDeliveryFactory,
    WebhookFactory,
)
from webhooks.models import DeliveryStatus, Webhook, WebhookDelivery

pytestmark = pytest.mark.django_db

URL = "/api/v1/webhooks/"
ANY = {"HTTP_IF_MATCH": "*"}
PERMISSIONS = (
    "webhooks.add_webhook",
    "webhooks.change_webhook",
    "webhooks.delete_webhook",
)


@pytest.fixture
def integrator():
    return grant(UserFactory(), *PERMISSIONS)


@pytest.fixture
def client(integrator):
    client = APIClient()
    client.force_authenticate(integrator)
    return client


def detail(webhook):
    return f"{URL}{webhook.pk}/"


def register(client, receiver_url="http://127.0.0.1:9/hook", **fields):
    return client.post(
        URL,
        {
            "name": "Sagssystem",
            "target_url": receiver_url,
            "events": ["follow_up.created", "meeting.imported"],
            **fields,
        },
    )


def test_registering_answers_201_with_a_generated_secret_shown_once(client, integrator):
    response = register(client)

    assert response.status_code == 201, response.data
    webhook = Webhook.objects.get()
    assert webhook.owner == integrator
    assert response.data["secret"] == webhook.secret
    assert len(webhook.secret) >= 40
    assert response["Location"] == response.data["url"]
    assert response.data["target_url"] == "http://127.0.0.1:9/hook"
    assert response.data["events"] == ["follow_up.created", "meeting.imported"]
    assert response.data["is_active"] is True
    assert response.data["deliveries_url"].endswith(f"{detail(webhook)}deliveries/")
    # Never again: not in the detail, the list or a change's answer.
    assert "secret" not in client.get(detail(webhook)).data
    assert "secret" not in client.get(URL).data["results"][0]
    assert "secret" not in client.patch(detail(webhook), {"name": "Nyt"}, **ANY).data


def test_a_chosen_secret_is_kept_and_may_be_replaced(client):
    response = register(client, secret="my-own-secret-0123456789")
    webhook = Webhook.objects.get()
    assert webhook.secret == response.data["secret"] == "my-own-secret-0123456789"

    response = client.patch(
        detail(webhook), {"secret": "another-secret-0123456789"}, **ANY
    )

    assert response.status_code == 200
    webhook.refresh_from_db()
    assert webhook.secret == "another-secret-0123456789"


def test_a_short_secret_is_refused(client):
    response = register(client, secret="short")

    assert response.status_code == 400
    assert response.data["errors"][0]["attr"] == "secret"


@pytest.mark.parametrize(
    "target_url",
    [
        pytest.param("ftp://example.org/hook", id="not-http"),
        pytest.param("http://127.0.0.1:8000/hook", id="loopback"),
        pytest.param("http://192.168.0.10/hook", id="private"),
        pytest.param("http://169.254.169.254/latest/meta-data", id="link-local"),
        pytest.param("not a url", id="not-a-url"),
    ],
)
def test_unsafe_or_invalid_urls_are_a_400_on_target_url(client, settings, target_url):
    settings.WEBHOOKS_ALLOW_PRIVATE_NETWORKS = False

    response = register(client, receiver_url=target_url)

    assert response.status_code == 400
    assert [e["attr"] for e in response.data["errors"]] == ["target_url"]
    assert not Webhook.objects.exists()


def test_a_change_to_an_unsafe_url_is_a_400(client, integrator, settings):
    webhook = WebhookFactory(owner=integrator)
    settings.WEBHOOKS_ALLOW_PRIVATE_NETWORKS = False

    response = client.patch(detail(webhook), {"target_url": "http://10.0.0.1/"}, **ANY)

    assert response.status_code == 400
    assert response.data["errors"][0]["attr"] == "target_url"


@pytest.mark.parametrize(
    ("body", "attr"),
    [
        pytest.param({"events": []}, "events", id="no-events"),
        pytest.param({"events": ["ping"]}, "events.0", id="ping-not-subscribable"),
        pytest.param({"owner": 1}, "owner", id="read-only-field"),
        pytest.param({"url": "https://x.example"}, "url", id="url-is-the-resource"),
    ],
)
def test_invalid_fields_are_a_400_naming_them(client, body, attr):
    response = register(client, **body)

    assert response.status_code == 400
    assert attr in [e["attr"] for e in response.data["errors"]]


def test_a_user_sees_only_their_own_webhooks(client, integrator):
    mine = WebhookFactory(owner=integrator)
    theirs = WebhookFactory()

    response = client.get(URL)

    assert [w["id"] for w in response.data["results"]] == [mine.pk]
    for method in ("get", "patch", "delete"):
        assert getattr(client, method)(detail(theirs)).status_code == 404
    assert client.get(f"{detail(theirs)}deliveries/").status_code == 404
    assert client.post(f"{detail(theirs)}ping/").status_code == 404
    assert Webhook.objects.filter(pk=theirs.pk).exists()


def test_a_superuser_sees_every_users_webhooks():
    webhooks = WebhookFactory.create_batch(2)
    client = APIClient()
    client.force_authenticate(UserFactory(is_superuser=True))

    response = client.get(URL)

    assert {w["id"] for w in response.data["results"]} == {w.pk for w in webhooks}


def test_writing_needs_the_webhook_permissions(api_client, user):
    webhook = WebhookFactory(owner=user)

    assert register(api_client).status_code == 403
    assert api_client.patch(detail(webhook), {"name": "x"}, **ANY).status_code == 403
    assert api_client.delete(detail(webhook)).status_code == 403
    assert api_client.post(f"{detail(webhook)}ping/").status_code == 403
    # Reading one's own needs only an account.
    assert api_client.get(detail(webhook)).status_code == 200


def test_anonymous_requests_are_a_401(anonymous_client):
    assert anonymous_client.get(URL).status_code == 401
    assert register(anonymous_client).status_code == 401


def test_patch_changes_only_the_fields_sent(client, integrator):
    webhook = WebhookFactory(owner=integrator, events=["meeting.imported"])

    response = client.patch(
        detail(webhook), {"is_active": False, "events": ["follow_up.overdue"]}, **ANY
    )

    assert response.status_code == 200
    webhook.refresh_from_db()
    assert webhook.is_active is False
    assert webhook.events == ["follow_up.overdue"]
    assert response.data["name"] == webhook.name


def test_the_detail_has_an_etag_and_a_stale_if_match_is_a_412(client, integrator):
    webhook = WebhookFactory(owner=integrator)
    etag = client.get(detail(webhook))["ETag"]
    assert client.get(detail(webhook), HTTP_IF_NONE_MATCH=etag).status_code == 304

    assert (
        client.patch(detail(webhook), {"name": "A"}, HTTP_IF_MATCH=etag).status_code
        == 200
    )
    stale = client.patch(detail(webhook), {"name": "B"}, HTTP_IF_MATCH=etag)

    assert stale.status_code == 412
    webhook.refresh_from_db()
    assert webhook.name == "A"


def test_a_change_without_if_match_is_a_428(client, integrator):
    webhook = WebhookFactory(owner=integrator, name="A")

    response = client.patch(detail(webhook), {"name": "B"})

    assert response.status_code == 428
    webhook.refresh_from_db()
    assert webhook.name == "A"


def test_delete_removes_the_webhook_and_its_deliveries(client, integrator):
    webhook = WebhookFactory(owner=integrator)
    WebhookDeliveryFactory(webhook=webhook)

    assert client.delete(detail(webhook)).status_code == 204
    assert not Webhook.objects.exists()
    assert not WebhookDelivery.objects.exists()


def test_deliveries_are_listed_newest_first_with_their_outcome(client, integrator):
    webhook = WebhookFactory(owner=integrator)
    older = WebhookDeliveryFactory(
        webhook=webhook,
        status=DeliveryStatus.FAILED,
        attempts=6,
        response_status=500,
        response_body="oops",
    )
    newer = WebhookDeliveryFactory(webhook=webhook)

    response = client.get(f"{detail(webhook)}deliveries/")

    assert response.status_code == 200
    results = response.data["results"]
    assert [d["id"] for d in results] == [str(newer.uuid), str(older.uuid)]
    assert results[1]["status"] == "failed"
    assert results[1]["attempts"] == 6
    assert results[1]["response_status"] == 500
    assert results[1]["response_body"] == "oops"
    assert results[0]["payload"] == newer.payload


def test_a_closed_item_payload_is_hidden_from_a_user_who_may_not_see_it(
    client, integrator
):
    webhook = WebhookFactory(owner=integrator)
    WebhookDeliveryFactory(webhook=webhook, about_closed_item=True)

    [delivery] = client.get(f"{detail(webhook)}deliveries/").data["results"]

    assert delivery["payload"] is None


def test_ping_queues_a_ping_delivery(
    client, integrator, django_capture_on_commit_callbacks
):
    webhook = WebhookFactory(owner=integrator, events=["meeting.imported"])

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{detail(webhook)}ping/")

    assert response.status_code == 202
    delivery = WebhookDelivery.objects.get()
    assert response.data["id"] == str(delivery.uuid)
    assert delivery.event == "ping"
    assert delivery.status == DeliveryStatus.PENDING
    assert delivery.payload["data"]["webhook"] == webhook.pk
    assert (
        DBTaskResult.objects.filter(task_path__endswith="deliver_webhook").count() == 1
    )


def test_the_ping_reaches_a_receiver(
    client, integrator, receiver, run_worker, django_capture_on_commit_callbacks
):
    webhook = WebhookFactory(owner=integrator, url=receiver.url)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{detail(webhook)}ping/")

    run_worker()

    [request] = receiver.requests
    assert request.headers["X-Webhook-Event"] == "ping"
    delivery = client.get(f"{detail(webhook)}deliveries/").data["results"][0]
    assert delivery["status"] == "succeeded"
    assert delivery["response_status"] == 200


@pytest.mark.parametrize("rows", [1, 5])
def test_webhook_list_query_count_is_constant(
    client, integrator, django_assert_num_queries, rows
):
    WebhookFactory.create_batch(rows, owner=integrator)

    # 1: COUNT for pagination, 2: page with the owner joined
    with django_assert_num_queries(2):
        assert client.get(URL).status_code == 200


@pytest.mark.parametrize("rows", [1, 5])
def test_delivery_list_query_count_is_constant(
    client, integrator, django_assert_num_queries, rows
):
    webhook = WebhookFactory(owner=integrator)
    WebhookDeliveryFactory.create_batch(rows, webhook=webhook)

    # 1: the webhook, 2: COUNT, 3: page, 4-5: the user's and groups'
    # permissions (may the user see closed items' payloads)
    with django_assert_num_queries(5):
        assert client.get(f"{detail(webhook)}deliveries/").status_code == 200


@pytest.mark.parametrize("value", [0, 1, "true", "yes", None])
def test_is_active_takes_only_true_or_false(client, value):
    response = register(client, is_active=value)

    assert response.status_code == 400
    assert response.data["errors"][0]["attr"] == "is_active"
