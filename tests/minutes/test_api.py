"""The read API for meetings and agenda items."""

import pytest
from rest_framework.test import APIClient

from tests.conftest import grant
from tests.factories import (
    AgendaItemFactory,
    AttachmentFactory,
    ClauseFactory,
    DecisionFactory,
    FollowUpFactory,
    MeetingFactory,
    RecommendationFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def full_item(meeting, number, **kwargs):
    item = AgendaItemFactory(meeting=meeting, number=number, **kwargs)
    recommendation = RecommendationFactory(agenda_item=item)
    ClauseFactory.create_batch(2, recommendation=recommendation)
    DecisionFactory(agenda_item=item, text="Godkendt.\n\nForvaltningen vender tilbage.")
    AttachmentFactory(agenda_item=item, title="Notat")
    FollowUpFactory(agenda_item=item)
    return item


def test_api_root_answers_an_authenticated_user(api_client):
    assert api_client.get("/api/v1/").status_code == 200


@pytest.mark.parametrize(
    "url",
    ["/api/v1/", "/api/v1/meetings/", "/api/v1/agenda-items/", "/api/v1/follow-ups/"],
)
def test_unauthenticated_requests_get_401(anonymous_client, url):
    assert anonymous_client.get(url).status_code == 401


def test_token_authentication_is_accepted():
    from rest_framework.authtoken.models import Token

    token = Token.objects.create(user=UserFactory())
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    assert client.get("/api/v1/meetings/").status_code == 200


def test_meeting_list_shows_body_date_time_and_location(api_client):
    meeting = MeetingFactory(location="Byrådssalen")

    response = api_client.get("/api/v1/meetings/")

    assert response.status_code == 200
    assert response.data["count"] == 1
    row = response.data["results"][0]
    assert row["id"] == meeting.id
    assert row["url"] == f"http://testserver/api/v1/meetings/{meeting.id}/"
    assert row["body"] == {
        "id": meeting.body.id,
        "url": f"http://testserver/api/v1/bodies/{meeting.body.id}/",
        "name": meeting.body.name,
        "slug": meeting.body.slug,
    }
    assert row["date"] == meeting.date.isoformat()
    assert row["start_time"] == "09:00:00"
    assert row["location"] == "Byrådssalen"


def test_meeting_list_filters_by_body_and_dates(api_client):
    first = MeetingFactory(date="2024-01-10")
    MeetingFactory(date="2024-03-10", body=first.body)
    other = MeetingFactory(date="2024-02-10")

    def ids(query):
        return {
            m["id"]
            for m in api_client.get(f"/api/v1/meetings/?{query}").data["results"]
        }

    assert ids(f"body={other.body.id}") == {other.id}
    assert ids(f"body={other.body.slug}") == {other.id}
    assert len(ids("date_after=2024-02-01")) == 2
    assert ids("date_before=2024-01-31") == {first.id}


def test_page_size_is_chosen_by_the_client_up_to_500(api_client):
    MeetingFactory.create_batch(3)

    response = api_client.get("/api/v1/meetings/?page_size=2")

    assert len(response.data["results"]) == 2
    assert response.data["next"] is not None
    assert response.data["previous"] is None


def test_meeting_detail_contains_agenda_items_in_full(secretariat_client):
    meeting = MeetingFactory()
    item = full_item(meeting, 1, presenter="Anna", status="handled")
    item.first_line, item.last_line = 10, 42
    item.save()

    response = secretariat_client.get(f"/api/v1/meetings/{meeting.id}/")

    assert response.status_code == 200
    [data] = response.data["agenda_items"]
    assert data["number"] == 1
    assert data["presenter"] == "Anna"
    assert data["recommendation"]["proposer"] == "Direktøren"
    assert len(data["recommendation"]["clauses"]) == 2
    assert data["decision"]["text"].startswith("Godkendt.\n\n")
    [attachment] = data["attachments"]
    assert attachment["title"] == "Notat"
    assert attachment["url"].endswith(f"/api/v1/attachments/{attachment['id']}/")
    assert data["sections"] == [
        {"heading": "Sagsfremstilling", "text": "Sagen handler om noget."}
    ]
    assert data["source_lines"] == [10, 42]
    assert len(data["follow_ups"]) == 1


def test_item_without_recommendation_or_decision_shows_null(api_client):
    item = AgendaItemFactory()

    data = api_client.get(f"/api/v1/agenda-items/{item.id}/").data

    assert data["recommendation"] is None
    assert data["decision"] is None


def test_closed_item_shows_only_number_title_and_case_number_to_a_reader(api_client):
    item = full_item(MeetingFactory(), 3, is_closed=True, title="Personalesag X")

    data = api_client.get(f"/api/v1/meetings/{item.meeting_id}/").data["agenda_items"][
        0
    ]

    assert data["title"] == "Lukket"
    assert data["number"] == 3
    assert data["case_number"] == item.case_number
    assert data["status"] is None
    assert data["decision"] is None
    assert data["recommendation"] is None
    assert data["follow_ups"] == []
    assert data["attachments"] == []
    assert data["sections"] == []
    assert "Personalesag" not in str(data)


def test_closed_item_is_shown_in_full_with_the_closed_items_permission(
    user, api_client
):
    full_item(MeetingFactory(), 3, is_closed=True, title="Personalesag X")
    grant(user, "minutes.view_closed_agendaitem")

    row = api_client.get("/api/v1/agenda-items/").data["results"][0]
    data = api_client.get(row["url"]).data

    assert row["title"] == "Personalesag X"
    assert row["status"] == "handled"
    assert data["decision"] is not None


def test_agenda_item_list_filters_by_meeting_case_number_and_status(api_client):
    meeting = MeetingFactory()
    AgendaItemFactory(meeting=meeting, case_number="15/7111", status="postponed")
    AgendaItemFactory(case_number="15/7111")
    AgendaItemFactory(meeting=meeting, case_number="00.01.00-A00-1-24")

    def count(query):
        return api_client.get(f"/api/v1/agenda-items/?{query}").data["count"]

    assert count(f"meeting={meeting.id}") == 2
    assert count("case_number=15/7111") == 2
    assert count("status=postponed") == 1


@pytest.mark.parametrize("items", [1, 6])
def test_meeting_detail_query_count_does_not_grow_with_items(
    secretariat_client, django_assert_num_queries, items
):
    meeting = MeetingFactory()
    full_item(meeting, 1, is_closed=True)
    for number in range(2, items + 2):
        full_item(meeting, number)

    # 1 meeting + body, 2 items + recommendation + decision, 3 clauses,
    # 4 attachments, 5 follow-ups, 6-7 the user's and groups' permissions (once,
    # for the closed item)
    with django_assert_num_queries(7):
        response = secretariat_client.get(f"/api/v1/meetings/{meeting.id}/")
    assert response.status_code == 200


@pytest.mark.parametrize("rows", [1, 6])
def test_meeting_list_query_count_is_constant(
    api_client, django_assert_num_queries, rows
):
    MeetingFactory.create_batch(rows)

    # 1: COUNT for pagination, 2: page with body joined
    with django_assert_num_queries(2):
        assert api_client.get("/api/v1/meetings/?page_size=500").status_code == 200


@pytest.mark.parametrize("rows", [1, 6])
def test_agenda_item_list_query_count_is_constant(
    secretariat_client, django_assert_num_queries, rows
):
    meeting = MeetingFactory()
    full_item(meeting, 1, is_closed=True)
    for number in range(2, rows + 2):
        full_item(meeting, number)

    # The list is light: 1 COUNT, 2 the page, 3-4 the user's permissions
    # (once, for the closed item).
    with django_assert_num_queries(4):
        response = secretariat_client.get("/api/v1/agenda-items/")
    assert response.status_code == 200
    assert "decision" not in response.data["results"][0]


def test_schema_and_docs_are_served(api_client):
    assert api_client.get("/api/v1/schema/").status_code == 200
    docs = api_client.get("/api/v1/docs/")
    assert docs.status_code == 200
    # Swagger UI comes from the sidecar package, not from a CDN.
    assert b"cdn.jsdelivr" not in docs.content


def test_requests_beyond_the_rate_limit_get_429(api_client, monkeypatch):
    from rest_framework.throttling import UserRateThrottle

    monkeypatch.setattr(UserRateThrottle, "THROTTLE_RATES", {"user": "2/minute"})

    statuses = [api_client.get("/api/v1/meetings/").status_code for _ in range(3)]

    assert statuses == [200, 200, 429]


@pytest.mark.parametrize("rows", [1, 6])
def test_body_list_query_count_is_constant(api_client, django_assert_num_queries, rows):
    MeetingFactory.create_batch(rows)

    # 1: COUNT for pagination, 2: the page
    with django_assert_num_queries(2):
        response = api_client.get("/api/v1/bodies/")
    assert response.data["count"] == rows


def test_an_item_lists_those_absent_from_the_whole_meeting_too(api_client):
    meeting = MeetingFactory(absentees=["Anne Holm"])
    AgendaItemFactory(meeting=meeting, absentees=["Bo Nielsen", "Anne Holm"])

    data = api_client.get(f"/api/v1/meetings/{meeting.id}/").data["agenda_items"][0]

    assert data["absentees"] == ["Anne Holm", "Bo Nielsen"]
