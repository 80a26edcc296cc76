"""What a follow-up copies for fast lists (its item's closed flag, its
meeting's forum, the unit its responsible names) stays true however the
original changes."""

import pytest

from decisions import services
from decisions.models import FollowUp, UnitAlias
from minutes.models import AgendaItem, Meeting
from minutes.services import import_minutes
from tests.factories import (
    AgendaItemFactory,
    BodyFactory,
    FollowUpFactory,
    MeetingFactory,
    UnitFactory,
)
from tests.minutes.test_import_minutes import referat

pytestmark = pytest.mark.django_db

URL = "/api/v1/follow-ups/"


def test_closing_an_item_by_hand_hides_its_follow_ups_from_a_reader(api_client):
    follow_up = FollowUpFactory()
    item = follow_up.agenda_item

    item.is_closed = True
    item.save()

    assert api_client.get(URL).data["results"] == []
    assert api_client.get(f"{URL}{follow_up.pk}/").status_code == 404


def test_a_new_version_that_closes_an_item_hides_its_follow_ups():
    import_minutes(data=referat(2, day=3), filename="r.txt")
    closed = referat(2, day=3).replace(b"Punkt 2: Sag", b"Punkt 2: Lukket: Sag")

    import_minutes(data=closed, filename="r.txt")

    item = AgendaItem.objects.get(number=2)
    assert item.is_closed
    assert set(FollowUp.objects.values_list("agenda_item__number", "is_closed")) == {
        (1, False),
        (2, True),
    }


def test_a_follow_up_created_on_a_closed_item_is_closed():
    item = AgendaItemFactory(is_closed=True)

    follow_up = FollowUpFactory(agenda_item=item)

    assert follow_up.is_closed


def test_the_import_links_the_responsible_to_its_unit():
    unit = UnitFactory(name="Forvaltningen")

    import_minutes(data=referat(1, day=3), filename="r.txt")

    follow_up = FollowUp.objects.get()
    assert follow_up.responsible == "Forvaltningen"
    assert follow_up.responsible_unit == unit


def test_a_new_alias_links_follow_ups_written_that_way(api_client):
    follow_up = FollowUpFactory(responsible="VP")
    unit = UnitFactory(name="Vej & Park")
    assert FollowUp.objects.get().responsible_unit is None

    alias = UnitAlias.objects.create(unit=unit, alias="VP")

    follow_up.refresh_from_db()
    assert follow_up.responsible_unit == unit
    response = api_client.get(URL, {"responsible_unit": unit.pk})
    assert [row["id"] for row in response.data["results"]] == [follow_up.pk]
    alias.delete()
    follow_up.refresh_from_db()
    assert follow_up.responsible_unit is None


def test_correcting_the_responsible_relinks_the_unit(secretariat_client):
    unit = UnitFactory(name="Vej & Park")
    follow_up = FollowUpFactory(responsible="Borgerservice")

    response = secretariat_client.patch(
        f"{URL}{follow_up.pk}/", {"responsible": "vej & park"}, HTTP_IF_MATCH="*"
    )

    assert response.status_code == 200, response.data
    assert response.data["responsible_unit"] == unit.pk
    assert response.data["responsible_unit_url"].endswith(f"/units/{unit.pk}/")


def test_a_relinked_unit_changes_the_follow_ups_version_and_updated_at(api_client):
    follow_up = FollowUpFactory(responsible="VP")
    etag = api_client.get(f"{URL}{follow_up.pk}/")["ETag"]
    unit = UnitFactory(name="Vej & Park")

    UnitAlias.objects.create(unit=unit, alias="vp")

    response = api_client.get(f"{URL}{follow_up.pk}/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert response.data["responsible_unit"] == unit.pk
    assert (
        response.data["updated_at"]
        > api_client.get(URL).data["results"][0]["created_at"]
    )


def test_a_unit_named_with_other_danish_letter_case_stays_linked():
    unit = UnitFactory(name="Økonomi og Regnskab")
    follow_up = FollowUpFactory(responsible="økonomi og regnskab")
    assert follow_up.responsible_unit == unit

    unit.contact_emails = "oekonomi@example.org"
    unit.save()

    follow_up.refresh_from_db()
    assert follow_up.responsible_unit == unit


def test_the_import_and_a_follow_up_made_by_hand_carry_the_meetings_forum(user):
    import_minutes(data=referat(1, day=3), filename="r.txt")
    item = AgendaItem.objects.get()

    by_hand = services.create_follow_up(
        agenda_item=item, description="Send referatet til MED", user=user
    )

    forum = Meeting.objects.get().body
    assert {follow_up.body for follow_up in FollowUp.objects.all()} == {forum}
    assert by_hand.body == forum


def test_a_meeting_moved_to_another_forum_moves_its_follow_ups_in_the_list(
    api_client,
):
    follow_up = FollowUpFactory()
    meeting = follow_up.agenda_item.meeting
    old_forum, new_forum = meeting.body, BodyFactory(name="Plan og Teknik")

    meeting.body = new_forum
    meeting.save()

    def listed(forum):
        response = api_client.get(URL, {"body": forum.slug})
        return [row["id"] for row in response.data["results"]]

    assert listed(new_forum) == [follow_up.pk]
    assert listed(old_forum) == []


def test_an_item_moved_to_another_meeting_takes_its_follow_ups_to_that_forum():
    follow_up = FollowUpFactory()
    item = follow_up.agenda_item
    other = MeetingFactory(body=BodyFactory(name="Plan og Teknik"))

    item.meeting = other
    item.save()

    follow_up.refresh_from_db()
    assert follow_up.body == other.body
