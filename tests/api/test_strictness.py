"""Strict, consistent answers: refused query parameters, If-Match, ETags, the
action body, due dates, closed items in filters."""

import datetime

import pytest

from decisions.models import FollowUp, FollowUpStatus
from tests.conftest import grant
from tests.factories import (
    AgendaItemFactory,
    FollowUpFactory,
    MeetingFactory,
    UnitFactory,
)

pytestmark = pytest.mark.django_db

LISTS = [
    "/api/v1/meetings/",
    "/api/v1/agenda-items/",
    "/api/v1/follow-ups/",
    "/api/v1/bodies/",
    "/api/v1/units/",
]


def error_attrs(response):
    assert response.status_code == 400, response.content
    assert response.data["type"] == "validation_error"
    return {error["attr"] for error in response.data["errors"]}


# Query parameters


@pytest.mark.parametrize("url", LISTS)
def test_an_unknown_query_parameter_is_a_400_naming_it(api_client, url):
    assert error_attrs(api_client.get(url, {"colour": "red"})) == {"colour"}


@pytest.mark.parametrize("url", LISTS)
def test_an_unknown_ordering_field_is_a_400(api_client, url):
    response = api_client.get(url, {"ordering": "-colour"})

    assert error_attrs(response) == {"ordering"}
    assert "colour" in response.data["errors"][0]["detail"]


@pytest.mark.parametrize(
    ("url", "parameter", "value"),
    [
        ("/api/v1/follow-ups/", "overdue", "yes"),
        ("/api/v1/follow-ups/", "status", "finished"),
        ("/api/v1/follow-ups/", "due_before", "tomorrow"),
        ("/api/v1/follow-ups/", "meeting", "one"),
        ("/api/v1/follow-ups/", "updated_since", "2024-13-01T00:00:00"),
        ("/api/v1/agenda-items/", "is_closed", "maybe"),
        ("/api/v1/agenda-items/", "status", "open"),
        ("/api/v1/agenda-items/", "meeting", "x"),
        ("/api/v1/meetings/", "date_after", "2024-02-30"),
    ],
)
def test_an_invalid_filter_value_is_a_400_naming_the_parameter(
    api_client, url, parameter, value
):
    assert error_attrs(api_client.get(url, {parameter: value})) == {parameter}


@pytest.mark.parametrize(
    "moment",
    [
        "2024-01-01T00:00:00-20:00",
        "2024-01-01T00:00:00+23:59",
        "0001-01-01T00:00:00+01:00",
        "9999-12-31T23:59:59-01:00",
    ],
)
@pytest.mark.parametrize("url", ["/api/v1/follow-ups/", "/api/v1/meetings/"])
def test_updated_since_with_any_offset_never_reaches_the_database_unconverted(
    api_client, url, moment
):
    """PostgreSQL refuses offsets beyond ±15:59: this was a 500 there."""
    response = api_client.get(url, {"updated_since": moment})

    assert response.status_code in (200, 400)
    if response.status_code == 400:
        assert error_attrs(response) == {"updated_since"}


def test_updated_since_with_a_large_offset_finds_the_same_moment(api_client):
    follow_up = FollowUpFactory()
    FollowUp.objects.filter(pk=follow_up.pk).update(
        updated_at=datetime.datetime(2024, 1, 1, 21, tzinfo=datetime.UTC)
    )

    # 2024-01-01T00:00-20:00 is 20:00 UTC: the follow-up is after it.
    before = api_client.get(
        "/api/v1/follow-ups/", {"updated_since": "2024-01-01T00:00:00-20:00"}
    )
    after = api_client.get(
        "/api/v1/follow-ups/", {"updated_since": "2024-01-01T02:00:00-20:00"}
    )

    assert before.data["count"] == 1
    assert after.data["count"] == 0


@pytest.mark.parametrize("value", ["²", "99999999999999999999999", "٣"])
def test_odd_body_values_find_nothing_instead_of_failing(api_client, value):
    FollowUpFactory()

    response = api_client.get("/api/v1/follow-ups/", {"body": value})

    assert response.status_code == 200
    assert response.data["count"] == 0


@pytest.mark.parametrize("parameter", ["case_number", "responsible", "body"])
def test_a_nul_character_in_a_text_filter_finds_nothing(api_client, parameter):
    follow_up = FollowUpFactory(responsible="HR")

    response = api_client.get(
        "/api/v1/follow-ups/",
        {parameter: f"{follow_up.agenda_item.case_number}\x00"},
    )

    assert response.status_code == 200
    assert response.data["count"] == 0


@pytest.mark.parametrize(
    ("parameter", "value"),
    [("ordering", ""), ("updated_since", ""), ("page", ""), ("page_size", "0")],
)
def test_an_empty_typed_parameter_is_a_400(api_client, parameter, value):
    assert error_attrs(api_client.get("/api/v1/follow-ups/", {parameter: value})) == {
        parameter
    }


def test_an_empty_text_filter_filters_nothing(api_client):
    FollowUpFactory()

    response = api_client.get("/api/v1/follow-ups/", {"responsible": ""})

    assert response.data["count"] == 1


def test_a_number_where_text_belongs_is_a_400(secretariat_client):
    follow_up = FollowUpFactory(status=FollowUpStatus.DONE)

    response = secretariat_client.post(
        f"/api/v1/follow-ups/{follow_up.pk}/reopen/", {"note": 12}, HTTP_IF_MATCH="*"
    )

    assert error_attrs(response) == {"note"}


def test_a_nul_in_a_text_filter_does_not_hide_an_invalid_parameter(api_client):
    response = api_client.get(
        "/api/v1/agenda-items/", {"case_number": "P\x00", "meeting": "true"}
    )

    assert error_attrs(response) == {"meeting"}


def test_a_nul_in_a_typed_parameter_is_a_400(api_client):
    response = api_client.get("/api/v1/follow-ups/", {"due_before": "2030-01-01\x00"})

    assert error_attrs(response) == {"due_before"}


def test_huge_ids_in_filters_find_nothing(api_client):
    FollowUpFactory()

    for parameter in ("meeting", "agenda_item"):
        response = api_client.get(
            "/api/v1/follow-ups/", {parameter: "99999999999999999999999"}
        )
        assert response.status_code == 200
        assert response.data["count"] == 0


def test_page_and_page_size_are_accepted_parameters(api_client):
    MeetingFactory.create_batch(3)

    response = api_client.get("/api/v1/meetings/", {"page": 2, "page_size": 2})

    assert response.status_code == 200
    assert len(response.data["results"]) == 1


# Closed items in filters


def test_status_filter_does_not_reveal_a_closed_items_status(api_client):
    AgendaItemFactory(is_closed=True, status="postponed")
    open_postponed = AgendaItemFactory(status="postponed")

    response = api_client.get(
        "/api/v1/agenda-items/", {"is_closed": "true", "status": "postponed"}
    )
    assert response.data["count"] == 0

    response = api_client.get("/api/v1/agenda-items/", {"status": "postponed"})
    assert [row["id"] for row in response.data["results"]] == [open_postponed.pk]


def test_status_filter_finds_closed_items_with_the_permission(user, api_client):
    closed = AgendaItemFactory(is_closed=True, status="postponed")
    grant(user, "minutes.view_closed_agendaitem")

    response = api_client.get(
        "/api/v1/agenda-items/", {"is_closed": "true", "status": "postponed"}
    )

    assert [row["id"] for row in response.data["results"]] == [closed.pk]


def test_closed_items_are_listed_without_their_status(api_client):
    AgendaItemFactory(is_closed=True, status="withdrawn", title="Personalesag")

    row = api_client.get("/api/v1/agenda-items/", {"is_closed": "true"}).data[
        "results"
    ][0]

    assert row["title"] == "Lukket"
    assert row["status"] is None
    assert row["presenter"] == ""


# If-Match on writes


def test_a_correction_without_if_match_is_a_428_and_changes_nothing(
    secretariat_client,
):
    follow_up = FollowUpFactory()

    response = secretariat_client.patch(
        f"/api/v1/follow-ups/{follow_up.pk}/", {"responsible": "HR"}
    )

    assert response.status_code == 428
    assert response.data["errors"][0]["code"] == "precondition_required"
    follow_up.refresh_from_db()
    assert follow_up.version == 1


@pytest.mark.parametrize(
    ("suffix", "status", "body"),
    [
        ("start/", FollowUpStatus.OPEN, {}),
        ("complete/", FollowUpStatus.OPEN, {}),
        ("cancel/", FollowUpStatus.OPEN, {"note": "x"}),
        ("reopen/", FollowUpStatus.DONE, {"note": "x"}),
    ],
)
def test_an_action_without_if_match_is_checked_against_the_current_status(
    secretariat_client, suffix, status, body
):
    follow_up = FollowUpFactory(status=status)

    response = secretariat_client.post(
        f"/api/v1/follow-ups/{follow_up.pk}/{suffix}", body
    )

    assert response.status_code == 200
    again = secretariat_client.post(f"/api/v1/follow-ups/{follow_up.pk}/{suffix}", body)
    assert again.status_code == 409  # the status no longer allows it


def test_creating_a_follow_up_needs_no_if_match(secretariat_client):
    response = secretariat_client.post(
        "/api/v1/follow-ups/",
        {"agenda_item": AgendaItemFactory().pk, "description": "Svar ministeriet"},
    )

    assert response.status_code == 201


# ETags and 304


def detail_urls():
    follow_up = FollowUpFactory()
    item = follow_up.agenda_item
    return [
        f"/api/v1/meetings/{item.meeting_id}/",
        f"/api/v1/agenda-items/{item.pk}/",
        f"/api/v1/follow-ups/{follow_up.pk}/",
        f"/api/v1/bodies/{item.meeting.body_id}/",
        f"/api/v1/units/{UnitFactory().pk}/",
    ]


def test_every_detail_has_an_etag_and_answers_304_when_unchanged(api_client):
    for url in detail_urls():
        first = api_client.get(url)
        etag = first["ETag"]
        assert etag.startswith('"'), url

        again = api_client.get(url, HTTP_IF_NONE_MATCH=etag)
        assert again.status_code == 304, url
        assert again.content == b""
        assert again["ETag"] == etag

        other = api_client.get(url, HTTP_IF_NONE_MATCH='"something-else"')
        assert other.status_code == 200, url


def test_a_changed_agenda_item_gets_a_new_etag(api_client):
    item = AgendaItemFactory()
    url = f"/api/v1/agenda-items/{item.pk}/"
    etag = api_client.get(url)["ETag"]

    item.title = "Ny titel"
    item.save()

    assert api_client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_the_etag_differs_for_a_user_who_may_see_a_closed_item(user, api_client):
    item = AgendaItemFactory(is_closed=True)
    url = f"/api/v1/agenda-items/{item.pk}/"
    redacted = api_client.get(url)["ETag"]

    grant(user, "minutes.view_closed_agendaitem")

    assert api_client.get(url, HTTP_IF_NONE_MATCH=redacted).status_code == 200


# Due dates


def test_a_new_due_date_describes_itself(secretariat_client):
    follow_up = FollowUpFactory(due_precision="month", due_text="i januar 2030")

    response = secretariat_client.patch(
        f"/api/v1/follow-ups/{follow_up.pk}/",
        {"due_date": "2030-03-15"},
        HTTP_IF_MATCH="*",
    )

    assert response.status_code == 200
    assert response.data["due_precision"] == "day"
    assert response.data["due_text"] == "15. marts 2030"


def test_a_cleared_due_date_leaves_no_deadline_words(secretariat_client):
    follow_up = FollowUpFactory()

    response = secretariat_client.patch(
        f"/api/v1/follow-ups/{follow_up.pk}/", {"due_date": None}, HTTP_IF_MATCH="*"
    )

    assert response.data["due_precision"] == ""
    assert response.data["due_text"] == ""


def test_precision_and_text_given_with_the_date_are_kept(secretariat_client):
    follow_up = FollowUpFactory()

    response = secretariat_client.patch(
        f"/api/v1/follow-ups/{follow_up.pk}/",
        {"due_date": "2030-06-30", "due_precision": "month", "due_text": "i juni"},
        HTTP_IF_MATCH="*",
    )

    assert response.data["due_precision"] == "month"
    assert response.data["due_text"] == "i juni"


def test_an_unchanged_due_date_keeps_its_words(secretariat_client):
    follow_up = FollowUpFactory()

    response = secretariat_client.patch(
        f"/api/v1/follow-ups/{follow_up.pk}/",
        {"due_date": "2030-01-31", "responsible": "HR"},
        HTTP_IF_MATCH="*",
    )

    assert response.data["due_text"] == "i januar 2030"
    assert response.data["due_precision"] == "month"


# History


def test_history_is_paginated(secretariat_client):
    follow_up = FollowUpFactory()
    url = f"/api/v1/follow-ups/{follow_up.pk}/"
    for name in ("A", "B", "C"):
        secretariat_client.patch(url, {"responsible": name}, HTTP_IF_MATCH="*")

    response = secretariat_client.get(f"{url}history/", {"page_size": 2})

    assert response.data["count"] == 3
    assert len(response.data["results"]) == 2
    assert response.data["next"] is not None


@pytest.mark.parametrize("rows", [1, 5])
def test_history_query_count_is_constant(
    secretariat_client, django_assert_num_queries, rows
):
    follow_up = FollowUpFactory()
    url = f"/api/v1/follow-ups/{follow_up.pk}/"
    for number in range(rows):
        secretariat_client.patch(url, {"responsible": str(number)}, HTTP_IF_MATCH="*")

    # 1: the follow-up (visible to the user: has the closed permission, so no
    # permission query after the first request), 2: COUNT, 3: the page with users.
    with django_assert_num_queries(3):
        response = secretariat_client.get(f"{url}history/")
    assert response.data["count"] == rows
