"""The follow-up and unit API: shape, filters, permissions, ETags and query counts.

The rules themselves are tested in test_services.py; here only how the API
answers.
"""

import datetime

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from decisions.models import FollowUp, FollowUpStatus, UnitAlias
from tests.conftest import grant
from tests.factories import (
    AgendaItemFactory,
    BodyFactory,
    FollowUpFactory,
    MeetingFactory,
    UnitFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

URL = "/api/v1/follow-ups/"

CONTRACT_FIELDS = {
    "id",
    "agenda_item",
    "meeting",
    "item_number",
    "description",
    "source_text",
    "responsible",
    "due_date",
    "due_precision",
    "due_text",
    "origin",
    "status",
    "is_overdue",
    "suggested_resolution",
    "created_at",
    "updated_at",
}
EXTRA_FIELDS = {
    "url",
    "agenda_item_url",
    "meeting_url",
    "body_url",
    "suggested_resolution_url",
    "resolved_by_url",
    "body",
    "case_number",
    "source_start",
    "source_end",
    "due_event",
    "rule",
    "confidence",
    "allowed_actions",
    "resolved_by",
    "completed_at",
    "version",
    "responsible_unit",
    "responsible_unit_url",
}
TODAY = timezone.localdate()


def client_for(user):
    client = APIClient()
    client.force_authenticate(user)
    return client


def detail(follow_up):
    return f"{URL}{follow_up.pk}/"


def ids(response):
    assert response.status_code == 200, response.data
    return [row["id"] for row in response.data["results"]]


def error_attrs(response):
    """Return the fields or parameters a validation error names."""
    assert response.data["type"] == "validation_error", response.data
    return {error["attr"] for error in response.data["errors"]}


# Writes that are not about concurrency overwrite knowingly.
ANY = {"HTTP_IF_MATCH": "*"}


# Reading


def test_list_shows_the_contract_fields(api_client):
    follow_up = FollowUpFactory(responsible="Økonomi & Stab")

    response = api_client.get(URL)

    assert response.status_code == 200
    row = response.data["results"][0]
    assert set(row) == CONTRACT_FIELDS | EXTRA_FIELDS
    item = follow_up.agenda_item
    assert row["id"] == follow_up.pk
    assert row["agenda_item"] == item.pk
    assert row["meeting"] == item.meeting_id
    assert row["body"] == item.meeting.body_id
    assert row["item_number"] == item.number
    assert row["case_number"] == item.case_number
    assert row["due_date"] == "2030-01-31"
    assert row["status"] == "open"
    assert row["is_overdue"] is False
    assert row["suggested_resolution"] is None
    assert row["allowed_actions"] == ["start", "complete", "cancel"]
    assert row["url"] == f"http://testserver{URL}{follow_up.pk}/"
    assert row["agenda_item_url"] == f"http://testserver/api/v1/agenda-items/{item.pk}/"
    assert row["meeting_url"] == f"http://testserver/api/v1/meetings/{item.meeting_id}/"
    assert row["body_url"].endswith(f"/api/v1/bodies/{item.meeting.body_id}/")
    assert row["suggested_resolution_url"] is None


def test_detail_has_an_etag(api_client):
    follow_up = FollowUpFactory()

    response = api_client.get(detail(follow_up))

    assert response.status_code == 200
    assert response["ETag"].startswith(f'"{follow_up.pk}-1.')


@pytest.mark.parametrize("rows", [1, 5])
def test_follow_up_list_query_count_is_constant(
    api_client, django_assert_num_queries, rows
):
    FollowUpFactory.create_batch(rows, suggested_resolution=AgendaItemFactory())
    # 1-2: the reader's user and group permissions (may they see closed items?),
    # 3: COUNT for pagination, 4: the page with agenda item, meeting, body joined.
    with django_assert_num_queries(4):
        response = api_client.get(URL)
    assert len(response.data["results"]) == rows


@pytest.mark.parametrize("rows", [1, 5])
def test_unit_list_query_count_is_constant(api_client, django_assert_num_queries, rows):
    for unit in UnitFactory.create_batch(rows):
        UnitAlias.objects.create(unit=unit, alias=f"alias of {unit.name}")
    # 1: COUNT for pagination, 2: the page of units, 3: their aliases.
    with django_assert_num_queries(3):
        response = api_client.get("/api/v1/units/")
    assert response.status_code == 200


def test_units_show_their_aliases(api_client):
    unit = UnitFactory(name="Plan & Byg")
    UnitAlias.objects.create(unit=unit, alias="Plan og Byg")

    response = api_client.get("/api/v1/units/", {"page_size": 500})

    rows = {row["name"]: row for row in response.data["results"]}
    assert rows["Plan & Byg"] == {
        "id": unit.pk,
        "url": f"http://testserver/api/v1/units/{unit.pk}/",
        "name": "Plan & Byg",
        "aliases": ["Plan og Byg"],
        "updated_at": rows["Plan & Byg"]["updated_at"],
    }


def test_starting_units_include_economy_and_its_abbreviation(api_client):
    response = api_client.get("/api/v1/units/", {"page_size": 500})

    rows = {row["name"]: row for row in response.data["results"]}
    assert {"ØS", "Økonomi og Stab"} <= set(rows["Økonomi & Stab"]["aliases"])
    assert "HR" in rows["HR & Organisationsudvikling"]["aliases"]


# Filters


def test_filter_by_status_takes_several_values(api_client):
    open_one = FollowUpFactory()
    started = FollowUpFactory(status=FollowUpStatus.IN_PROGRESS)
    FollowUpFactory(status=FollowUpStatus.DONE)

    response = api_client.get(URL, {"status": ["open", "in_progress"]})

    assert sorted(ids(response)) == sorted([open_one.pk, started.pk])


def test_filter_by_unknown_status_is_a_400(api_client):
    assert api_client.get(URL, {"status": "finished"}).status_code == 400


def test_filter_by_responsible_is_case_insensitive_and_partial(api_client):
    wanted = FollowUpFactory(responsible="Direktionen og HR")
    FollowUpFactory(responsible="Borgerservice")

    assert ids(api_client.get(URL, {"responsible": "direktion"})) == [wanted.pk]


def test_filter_by_responsible_finds_a_unit_by_its_alias(api_client):
    unit = UnitFactory(name="Økonomi & Stab")
    UnitAlias.objects.get_or_create(unit=unit, alias="ØS")
    by_name = FollowUpFactory(responsible="Økonomi & Stab")
    by_name_with_others = FollowUpFactory(responsible="Økonomi & Stab og HR")
    by_alias = FollowUpFactory(responsible="ØS")
    FollowUpFactory(responsible="Borgerservice")

    response = api_client.get(URL, {"responsible": "ØS"})

    assert sorted(ids(response)) == sorted(
        [by_name.pk, by_name_with_others.pk, by_alias.pk]
    )


def test_filter_by_responsible_does_not_find_an_abbreviation_inside_words(
    api_client,
):
    unit = UnitFactory(name="Teknik & Plan")
    UnitAlias.objects.create(unit=unit, alias="TP")
    by_alias = FollowUpFactory(responsible="TP")
    FollowUpFactory(responsible="Sekretariatet")

    assert ids(api_client.get(URL, {"responsible": "Teknik & Plan"})) == [by_alias.pk]


def test_filter_by_meeting_agenda_item_and_case_number(api_client):
    follow_up = FollowUpFactory()
    FollowUpFactory()
    item = follow_up.agenda_item

    assert ids(api_client.get(URL, {"meeting": item.meeting_id})) == [follow_up.pk]
    assert ids(api_client.get(URL, {"agenda_item": item.pk})) == [follow_up.pk]
    assert ids(api_client.get(URL, {"case_number": item.case_number})) == [follow_up.pk]


def test_filter_by_body_id_or_slug(api_client):
    body = BodyFactory(name="Økonomiudvalget")
    follow_up = FollowUpFactory(agenda_item__meeting__body=body)
    FollowUpFactory()

    assert ids(api_client.get(URL, {"body": body.pk})) == [follow_up.pk]
    assert ids(api_client.get(URL, {"body": "oekonomiudvalget"})) == [follow_up.pk]


def test_filter_by_due_dates_is_inclusive(api_client):
    early = FollowUpFactory(due_date=datetime.date(2030, 1, 1))
    middle = FollowUpFactory(due_date=datetime.date(2030, 2, 1))
    late = FollowUpFactory(due_date=datetime.date(2030, 3, 1))
    FollowUpFactory(due_date=None)

    assert sorted(ids(api_client.get(URL, {"due_after": "2030-02-01"}))) == sorted(
        [middle.pk, late.pk]
    )
    assert ids(api_client.get(URL, {"due_before": "2030-01-01"})) == [early.pk]
    assert ids(
        api_client.get(URL, {"due_after": "2030-02-01", "due_before": "2030-02-01"})
    ) == [middle.pk]


def test_filter_by_overdue(api_client):
    yesterday = TODAY - datetime.timedelta(days=1)
    overdue = FollowUpFactory(due_date=yesterday)
    started_and_overdue = FollowUpFactory(
        due_date=yesterday, status=FollowUpStatus.IN_PROGRESS
    )
    done_late = FollowUpFactory(due_date=yesterday, status=FollowUpStatus.DONE)
    due_today = FollowUpFactory(due_date=TODAY)
    undated = FollowUpFactory(due_date=None)

    response = api_client.get(URL, {"overdue": "true"})
    assert sorted(ids(response)) == sorted([overdue.pk, started_and_overdue.pk])
    assert all(row["is_overdue"] is True for row in response.data["results"])

    response = api_client.get(URL, {"overdue": "false"})
    assert sorted(ids(response)) == sorted([done_late.pk, due_today.pk, undated.pk])


def test_filter_by_origin(api_client):
    manual = FollowUpFactory(origin="manual")
    FollowUpFactory(origin="decision")

    assert ids(api_client.get(URL, {"origin": "manual"})) == [manual.pk]


def test_filter_by_updated_since(api_client):
    old = FollowUpFactory()
    recent = FollowUpFactory()
    long_ago = timezone.now() - datetime.timedelta(days=10)
    FollowUp.objects.filter(pk=old.pk).update(updated_at=long_ago)
    since = (long_ago + datetime.timedelta(days=1)).isoformat()

    assert ids(api_client.get(URL, {"updated_since": since})) == [recent.pk]
    assert sorted(
        ids(api_client.get(URL, {"updated_since": long_ago.isoformat()}))
    ) == (sorted([old.pk, recent.pk]))


def test_ordering_by_due_date_puts_undated_last(api_client):
    late = FollowUpFactory(due_date=datetime.date(2030, 3, 1))
    undated = FollowUpFactory(due_date=None)
    early = FollowUpFactory(due_date=datetime.date(2030, 1, 1))

    assert ids(api_client.get(URL)) == [early.pk, late.pk, undated.pk]
    assert ids(api_client.get(URL, {"ordering": "-due_date"})) == [
        late.pk,
        early.pk,
        undated.pk,
    ]


def test_ordering_by_created_at(api_client):
    first = FollowUpFactory(due_date=datetime.date(2030, 3, 1))
    second = FollowUpFactory(due_date=datetime.date(2030, 1, 1))
    FollowUp.objects.filter(pk=second.pk).update(
        updated_at=timezone.now() + datetime.timedelta(minutes=1)
    )

    assert ids(api_client.get(URL, {"ordering": "created_at"})) == [first.pk, second.pk]
    assert ids(api_client.get(URL, {"ordering": "-updated_at"})) == [
        second.pk,
        first.pk,
    ]


# Creating and correcting


def test_create_answers_201_with_the_follow_up(secretariat_client):
    item = AgendaItemFactory()

    response = secretariat_client.post(
        URL,
        {
            "agenda_item": item.pk,
            "description": "Send svar til ministeriet",
            "responsible": "Borgerservice",
            "due_date": "2030-06-30",
            "due_precision": "day",
        },
    )

    assert response.status_code == 201, response.data
    assert response.data["origin"] == "manual"
    assert response.data["status"] == "open"
    assert response.data["agenda_item"] == item.pk
    assert response["ETag"].startswith(f'"{response.data["id"]}-1.')
    assert response["Location"].endswith(f"{URL}{response.data['id']}/")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        pytest.param(
            {"agenda_item": None, "description": "Noget"}, "agenda_item", id="no-item"
        ),
        pytest.param(
            {"agenda_item": 0, "description": "Noget"}, "agenda_item", id="bad-item"
        ),
        pytest.param({"description": ""}, "description", id="blank-description"),
        pytest.param({"status": "done"}, "status", id="status"),
    ],
)
def test_create_refuses_bad_input(secretariat_client, body, field):
    item = AgendaItemFactory()

    response = secretariat_client.post(URL, {"agenda_item": item.pk, **body})

    assert response.status_code == 400
    assert field in error_attrs(response)
    assert not FollowUp.objects.exists()


def test_create_needs_the_add_permission(api_client):
    response = api_client.post(
        URL, {"agenda_item": AgendaItemFactory().pk, "description": "Noget"}
    )

    assert response.status_code == 403


def test_create_cannot_use_a_closed_item_the_user_cannot_see():
    user = grant(UserFactory(), "decisions.add_followup")
    client = client_for(user)

    response = client.post(
        URL, {"agenda_item": AgendaItemFactory(is_closed=True).pk, "description": "x"}
    )

    assert response.status_code == 400
    assert error_attrs(response) == {"agenda_item"}


def test_patch_corrects_fields_and_answers_with_a_new_etag(secretariat_client):
    follow_up = FollowUpFactory()
    etag = secretariat_client.get(detail(follow_up))["ETag"]

    response = secretariat_client.patch(
        detail(follow_up),
        {"responsible": "HR", "due_date": "2030-02-15"},
        HTTP_IF_MATCH=etag,
    )

    assert response.status_code == 200, response.data
    assert response.data["responsible"] == "HR"
    assert response.data["due_date"] == "2030-02-15"
    assert response.data["version"] == 2
    assert response["ETag"].startswith(f'"{follow_up.pk}-2.')
    assert response["ETag"] != etag


def test_patch_bad_date_is_a_400_naming_the_field(secretariat_client):
    follow_up = FollowUpFactory()

    response = secretariat_client.patch(
        detail(follow_up), {"due_date": "not a date"}, **ANY
    )

    assert response.status_code == 400
    assert error_attrs(response) == {"due_date"}
    assert response.data["errors"][0]["code"] == "invalid"
    assert "format" in response.data["errors"][0]["detail"].lower()


@pytest.mark.parametrize("field", ["status", "origin", "id", "unknown"])
def test_patch_refuses_fields_that_cannot_be_edited(secretariat_client, field):
    follow_up = FollowUpFactory()

    response = secretariat_client.patch(detail(follow_up), {field: "done"}, **ANY)

    assert response.status_code == 400
    assert field in error_attrs(response)
    follow_up.refresh_from_db()
    assert follow_up.version == 1


def test_patch_status_points_to_the_actions(secretariat_client):
    follow_up = FollowUpFactory()

    response = secretariat_client.patch(detail(follow_up), {"status": "done"}, **ANY)

    assert "complete" in response.data["errors"][0]["detail"]


def test_patch_needs_the_change_permission(api_client):
    follow_up = FollowUpFactory()

    response = api_client.patch(detail(follow_up), {"responsible": "HR"})

    assert response.status_code == 403


def test_patch_with_stale_if_match_is_a_412_and_changes_nothing(secretariat_client):
    follow_up = FollowUpFactory()
    etag = secretariat_client.get(detail(follow_up))["ETag"]
    secretariat_client.post(f"{detail(follow_up)}start/", HTTP_IF_MATCH=etag)

    response = secretariat_client.patch(
        detail(follow_up), {"responsible": "HR"}, HTTP_IF_MATCH=etag
    )

    assert response.status_code == 412
    assert response.data["errors"][0]["code"] == "precondition_failed"
    follow_up.refresh_from_db()
    assert follow_up.responsible == ""


@pytest.mark.parametrize("if_match", ["*", '"{pk}-1"', 'W/"{pk}-1"', '"7-9", "{pk}-1"'])
def test_if_match_accepts_the_current_version_or_star(secretariat_client, if_match):
    follow_up = FollowUpFactory()

    response = secretariat_client.patch(
        detail(follow_up),
        {"responsible": "HR"},
        HTTP_IF_MATCH=if_match.format(pk=follow_up.pk),
    )

    assert response.status_code == 200


@pytest.mark.parametrize("if_match", ['"{other}-1"', "garbage", '"2"'])
def test_if_match_refuses_other_resources_and_versions(secretariat_client, if_match):
    follow_up = FollowUpFactory()

    response = secretariat_client.patch(
        detail(follow_up),
        {"responsible": "HR"},
        HTTP_IF_MATCH=if_match.format(other=follow_up.pk + 1),
    )

    assert response.status_code == 412


# Lifecycle actions


@pytest.mark.parametrize(
    ("status", "action", "body", "new_status"),
    [
        pytest.param("open", "start", {}, "in_progress", id="start"),
        pytest.param(
            "in_progress", "complete", {"note": "Klaret"}, "done", id="complete"
        ),
        pytest.param(
            "open", "cancel", {"note": "Overflødig"}, "cancelled", id="cancel"
        ),
        pytest.param("done", "reopen", {"note": "Kom igen"}, "open", id="reopen"),
    ],
)
def test_action_answers_200_with_the_changed_follow_up(
    secretariat_client, status, action, body, new_status
):
    follow_up = FollowUpFactory(status=status)

    response = secretariat_client.post(
        f"{detail(follow_up)}{action}/", body, HTTP_IF_MATCH=f'"{follow_up.pk}-1"'
    )

    assert response.status_code == 200, response.data
    assert response.data["status"] == new_status
    assert response.data["version"] == 2
    assert response["ETag"].startswith(f'"{follow_up.pk}-2.')


def test_complete_names_the_item_that_resolved_it(secretariat_client):
    follow_up = FollowUpFactory()
    later = AgendaItemFactory(
        meeting=MeetingFactory(
            date=follow_up.agenda_item.meeting.date + datetime.timedelta(days=7)
        )
    )

    response = secretariat_client.post(
        f"{detail(follow_up)}complete/", {"resolved_by": later.pk}, **ANY
    )

    assert response.status_code == 200
    assert response.data["resolved_by"] == later.pk
    assert response.data["resolved_by_url"].endswith(f"/agenda-items/{later.pk}/")
    assert response.data["completed_at"] is not None


def test_impossible_action_is_a_409_with_the_allowed_actions(secretariat_client):
    follow_up = FollowUpFactory(status=FollowUpStatus.DONE)

    response = secretariat_client.post(f"{detail(follow_up)}start/", **ANY)

    assert response.status_code == 409
    assert response.data["allowed"] == ["reopen"]
    assert response.data["type"] == "client_error"
    assert response.data["errors"][0]["code"] == "conflict"
    assert response.data["errors"][0]["detail"]


@pytest.mark.parametrize("action", ["cancel", "reopen"])
@pytest.mark.parametrize("body", [{}, {"note": ""}, {"note": "   "}])
def test_cancel_and_reopen_without_a_note_are_a_400(secretariat_client, action, body):
    follow_up = FollowUpFactory(status=FollowUpStatus.IN_PROGRESS)

    response = secretariat_client.post(f"{detail(follow_up)}{action}/", body, **ANY)

    assert response.status_code == 400
    assert error_attrs(response) == {"note"}


@pytest.mark.parametrize("action", ["cancel", "reopen"])
def test_cancel_and_reopen_still_take_the_old_reason_key(secretariat_client, action):
    follow_up = FollowUpFactory(status=FollowUpStatus.IN_PROGRESS)

    response = secretariat_client.post(
        f"{detail(follow_up)}{action}/", {"reason": "gammel nøgle"}, **ANY
    )

    assert response.status_code == 200
    assert follow_up.events.last().note == "gammel nøgle"


def test_action_with_stale_if_match_is_a_412(secretariat_client):
    follow_up = FollowUpFactory(version=4)

    response = secretariat_client.post(
        f"{detail(follow_up)}start/", HTTP_IF_MATCH=f'"{follow_up.pk}-3"'
    )

    assert response.status_code == 412
    follow_up.refresh_from_db()
    assert follow_up.status == FollowUpStatus.OPEN


@pytest.mark.parametrize("action", ["start", "complete", "cancel", "reopen"])
def test_reader_may_not_act(api_client, action):
    follow_up = FollowUpFactory(status=FollowUpStatus.DONE)

    response = api_client.post(f"{detail(follow_up)}{action}/", {"note": "x"}, **ANY)

    assert response.status_code == 403


def test_add_permission_alone_does_not_allow_actions():
    client = client_for(grant(UserFactory(), "decisions.add_followup"))

    response = client.post(f"{detail(FollowUpFactory())}start/", **ANY)

    assert response.status_code == 403


def test_history_lists_changes_oldest_first(secretariat_client, secretariat_user):
    follow_up = FollowUpFactory()
    url = detail(follow_up)
    secretariat_client.post(f"{url}start/", **ANY)
    secretariat_client.patch(url, {"responsible": "HR"}, **ANY)
    secretariat_client.post(f"{url}complete/", {"note": "Klaret"}, **ANY)
    secretariat_client.post(f"{url}reopen/", {"note": "Kom igen"}, **ANY)

    response = secretariat_client.get(f"{url}history/")

    assert response.status_code == 200
    assert response.data["count"] == 4
    events = response.data["results"]
    assert [(e["action"], e["from_status"], e["to_status"]) for e in events] == [
        ("start", "open", "in_progress"),
        ("edited", "", ""),
        ("complete", "in_progress", "done"),
        ("reopen", "done", "open"),
    ]
    first, edit, done, reopened = events
    assert set(first) == {
        "who",
        "at",
        "action",
        "from_status",
        "to_status",
        "note",
        "changes",
    }
    assert first["who"] == secretariat_user.username
    assert edit["changes"] == {"responsible": {"from": "", "to": "HR"}}
    assert done["note"] == "Klaret"
    assert reopened["note"] == "Kom igen"


# Who may see what


@pytest.mark.parametrize("url", [URL, f"{URL}1/", f"{URL}1/history/", "/api/v1/units/"])
def test_anonymous_requests_get_401(anonymous_client, url):
    assert anonymous_client.get(url).status_code == 401


def test_anonymous_actions_get_401(anonymous_client):
    follow_up = FollowUpFactory()

    assert anonymous_client.post(f"{detail(follow_up)}start/").status_code == 401
    assert anonymous_client.patch(detail(follow_up), {}).status_code == 401


def test_reader_does_not_see_follow_ups_of_closed_items(api_client):
    visible = FollowUpFactory()
    hidden = FollowUpFactory(agenda_item__is_closed=True)

    assert ids(api_client.get(URL)) == [visible.pk]
    assert api_client.get(detail(hidden)).status_code == 404
    assert api_client.get(f"{detail(hidden)}history/").status_code == 404


def test_closed_items_follow_up_is_a_404_for_actions_even_when_impossible():
    """Hidden comes before conflicting: a 409 would reveal the follow-up."""
    client = client_for(grant(UserFactory(), "decisions.change_followup"))
    hidden = FollowUpFactory(agenda_item__is_closed=True, status=FollowUpStatus.DONE)

    assert client.post(f"{detail(hidden)}start/", **ANY).status_code == 404
    assert client.patch(detail(hidden), {"responsible": "HR"}, **ANY).status_code == 404


def test_permission_to_see_closed_items_shows_their_follow_ups():
    client = client_for(grant(UserFactory(), "minutes.view_closed_agendaitem"))
    hidden = FollowUpFactory(agenda_item__is_closed=True)

    assert client.get(detail(hidden)).status_code == 200
    assert ids(client.get(URL)) == [hidden.pk]


def test_an_overlong_description_is_refused_with_a_field_error(secretariat_client):
    follow_up = FollowUpFactory()

    response = secretariat_client.patch(
        f"/api/v1/follow-ups/{follow_up.pk}/", {"description": "x" * 5001}, **ANY
    )

    assert response.status_code == 400
    assert error_attrs(response) == {"description"}


def test_follow_ups_filter_by_the_rule_that_found_them(secretariat_client):
    found = FollowUpFactory(rule="referral")
    FollowUpFactory(rule="resumption")

    response = secretariat_client.get("/api/v1/follow-ups/?rule=referral")

    assert [row["id"] for row in response.data["results"]] == [found.pk]
    assert (
        secretariat_client.get("/api/v1/follow-ups/?rule=nonsense").status_code == 400
    )


def test_etag_changes_when_the_agenda_items_case_number_is_corrected(api_client):
    follow_up = FollowUpFactory()
    etag = api_client.get(detail(follow_up))["ETag"]
    item = follow_up.agenda_item
    item.case_number = "99.99.99-A00-1-26"
    item.save()

    response = api_client.get(detail(follow_up), HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 200
    assert response.data["case_number"] == "99.99.99-A00-1-26"
    assert response["ETag"] != etag
