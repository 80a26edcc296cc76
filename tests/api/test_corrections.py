"""Corrections through the API: PATCH meetings and agenda items with If-Match;
each changed field is a hand correction that a re-import keeps."""

from pathlib import Path

import pytest
from django.contrib.contenttypes.models import ContentType
from rest_framework.test import APIClient

from minutes.models import AgendaItem, FieldCorrection, Meeting
from minutes.services import import_minutes
from tests.conftest import grant
from tests.factories import (
    AgendaItemFactory,
    AttachmentFactory,
    ClauseFactory,
    DecisionFactory,
    MeetingFactory,
    RecommendationFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

DATA = Path(__file__).resolve().parents[1] / "data" / "import"


@pytest.fixture
def editor():
    user = grant(UserFactory(), "minutes.change_meeting", "minutes.change_agendaitem")
    client = APIClient()
    client.force_authenticate(user)
    client.user = user
    return client


def etag_of(client, url):
    return client.get(url)["ETag"]


def test_an_agenda_item_correction_answers_with_the_new_item_and_etag(editor):
    item = AgendaItemFactory(title="Budget 2025 v. Anna")
    url = f"/api/v1/agenda-items/{item.pk}/"
    etag = etag_of(editor, url)

    response = editor.patch(
        url,
        {"title": "Budget 2025", "presenter": "Anna", "planned_start": "10:35:00"},
        HTTP_IF_MATCH=etag,
    )

    assert response.status_code == 200, response.data
    assert response.data["title"] == "Budget 2025"
    assert response.data["planned_start"] == "10:35:00"
    assert response["ETag"] != etag
    assert editor.get(url, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304
    recorded = FieldCorrection.objects.filter(
        content_type=ContentType.objects.get_for_model(AgendaItem), object_id=item.pk
    )
    assert {c.field_name for c in recorded} == {"title", "presenter", "planned_start"}
    assert {c.corrected_by for c in recorded} == {editor.user}


def test_a_meeting_correction_is_recorded(editor):
    meeting = MeetingFactory(location="Mødelokale 1")
    url = f"/api/v1/meetings/{meeting.pk}/"

    response = editor.patch(
        url, {"location": "Byrådssalen"}, HTTP_IF_MATCH=etag_of(editor, url)
    )

    assert response.status_code == 200
    assert response.data["location"] == "Byrådssalen"
    assert FieldCorrection.objects.get().field_name == "location"


def test_a_correction_survives_a_reimport_of_a_newer_version(editor):
    import_minutes(data=(DATA / "udvalg_v1.txt").read_bytes(), filename="udvalg_v1.txt")
    meeting = Meeting.objects.get()
    item = meeting.agenda_items.get(number=1)
    url = f"/api/v1/agenda-items/{item.pk}/"
    editor.patch(url, {"title": "Dagsordenen"}, HTTP_IF_MATCH=etag_of(editor, url))

    import_minutes(data=(DATA / "udvalg_v2.txt").read_bytes(), filename="udvalg_v2.txt")

    item.refresh_from_db()
    assert item.title == "Dagsordenen"


def test_a_correction_without_if_match_is_a_428(editor):
    item = AgendaItemFactory()

    response = editor.patch(f"/api/v1/agenda-items/{item.pk}/", {"title": "X"})

    assert response.status_code == 428
    assert not FieldCorrection.objects.exists()


def test_a_correction_on_a_stale_etag_is_a_412(editor):
    item = AgendaItemFactory()
    url = f"/api/v1/agenda-items/{item.pk}/"
    etag = etag_of(editor, url)
    editor.patch(url, {"title": "First"}, HTTP_IF_MATCH=etag)

    response = editor.patch(url, {"title": "Second"}, HTTP_IF_MATCH=etag)

    assert response.status_code == 412
    item.refresh_from_db()
    assert item.title == "First"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"status": "lost"}, "status"),
        ({"planned_start": "25:00"}, "planned_start"),
        ({"title": ""}, "title"),
        ({"is_closed": False}, "is_closed"),
        ({"number": 4}, "number"),
        ({"title": 7}, "title"),
    ],
)
def test_a_bad_correction_is_a_400_naming_the_field(editor, body, field):
    item = AgendaItemFactory()

    response = editor.patch(f"/api/v1/agenda-items/{item.pk}/", body, HTTP_IF_MATCH="*")

    assert response.status_code == 400
    assert {e["attr"] for e in response.data["errors"]} == {field}


def test_a_reader_may_not_correct(api_client):
    item = AgendaItemFactory()

    response = api_client.patch(
        f"/api/v1/agenda-items/{item.pk}/", {"title": "X"}, HTTP_IF_MATCH="*"
    )

    assert response.status_code == 403


def test_a_closed_item_is_a_404_to_an_editor_without_the_closed_permission(editor):
    item = AgendaItemFactory(is_closed=True, title="Personalesag")

    response = editor.patch(
        f"/api/v1/agenda-items/{item.pk}/", {"title": "X"}, HTTP_IF_MATCH="*"
    )

    assert response.status_code == 404
    item.refresh_from_db()
    assert item.title == "Personalesag"


def test_a_correction_that_changes_nothing_records_nothing(editor):
    item = AgendaItemFactory(title="Same")

    response = editor.patch(
        f"/api/v1/agenda-items/{item.pk}/", {"title": "Same"}, HTTP_IF_MATCH="*"
    )

    assert response.status_code == 200
    assert not FieldCorrection.objects.exists()


# The parts of an agenda item


def part_url(kind, obj):
    return f"/api/v1/{kind}/{obj.pk}/"


@pytest.fixture
def parts():
    item = AgendaItemFactory()
    recommendation = RecommendationFactory(agenda_item=item, proposer="Direktøren")
    return {
        "recommendations": recommendation,
        "clauses": ClauseFactory(recommendation=recommendation, text="at godkende"),
        "decisions": DecisionFactory(agenda_item=item, text="Godkendt."),
        "attachments": AttachmentFactory(agenda_item=item, title="Notat"),
    }


PART_CHANGES = {
    "recommendations": ("minutes.change_recommendation", {"proposer": "Chefen"}),
    "clauses": ("minutes.change_clause", {"outcome": "approved"}),
    "decisions": ("minutes.change_decision", {"text": "Godkendt med rettelser."}),
    "attachments": ("minutes.change_attachment", {"title": "Notat, revideret"}),
}


@pytest.mark.parametrize("kind", list(PART_CHANGES))
def test_each_part_can_be_read_and_corrected(parts, kind):
    permission, change = PART_CHANGES[kind]
    user = grant(UserFactory(), permission)
    client = APIClient()
    client.force_authenticate(user)
    obj = parts[kind]
    url = part_url(kind, obj)

    read = client.get(url)
    assert read.status_code == 200
    assert read.data["url"] == f"http://testserver{url}"
    assert read.data["agenda_item"] == parts["decisions"].agenda_item_id

    response = client.patch(url, change, HTTP_IF_MATCH=read["ETag"])

    assert response.status_code == 200, response.data
    [(field, value)] = change.items()
    assert response.data[field] == value
    correction = FieldCorrection.objects.get()
    assert (correction.object_id, correction.field_name) == (obj.pk, field)


@pytest.mark.parametrize("kind", list(PART_CHANGES))
def test_parts_need_if_match_and_the_change_permission(parts, kind, api_client):
    permission, change = PART_CHANGES[kind]
    url = part_url(kind, parts[kind])

    assert api_client.patch(url, change, HTTP_IF_MATCH="*").status_code == 403
    user = grant(UserFactory(), permission)
    client = APIClient()
    client.force_authenticate(user)
    assert client.patch(url, change).status_code == 428


@pytest.mark.parametrize("kind", list(PART_CHANGES))
def test_parts_of_a_closed_item_are_a_404_without_the_permission(parts, kind):
    AgendaItem.objects.update(is_closed=True)
    permission, change = PART_CHANGES[kind]
    user = grant(UserFactory(), permission)
    client = APIClient()
    client.force_authenticate(user)
    url = part_url(kind, parts[kind])

    assert client.get(url).status_code == 404
    assert client.patch(url, change, HTTP_IF_MATCH="*").status_code == 404

    grant(user, "minutes.view_closed_agendaitem")
    assert client.get(url).status_code == 200


def test_a_corrected_decision_survives_a_reimport(editor):
    import_minutes(data=(DATA / "udvalg_v1.txt").read_bytes(), filename="udvalg_v1.txt")
    decision = Meeting.objects.get().agenda_items.get(number=1).decision
    user = grant(UserFactory(), "minutes.change_decision")
    client = APIClient()
    client.force_authenticate(user)
    client.patch(
        part_url("decisions", decision), {"text": "Rettet."}, HTTP_IF_MATCH="*"
    )

    import_minutes(data=(DATA / "udvalg_v2.txt").read_bytes(), filename="udvalg_v2.txt")

    decision.refresh_from_db()
    assert decision.text == "Rettet."
