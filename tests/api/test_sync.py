"""Sync: `updated_since` on the lists and tombstones in deletions/ let a
mirror replay every change."""

import datetime

import pytest
from django.utils import timezone

from decisions.models import FollowUp, Unit, UnitAlias
from minutes.models import AgendaItem, Body, Deletion
from tests.conftest import grant
from tests.factories import (
    AgendaItemFactory,
    BodyFactory,
    FollowUpFactory,
    MeetingFactory,
    UnitFactory,
)

pytestmark = pytest.mark.django_db

RESOURCES = ["meetings", "agenda-items", "follow-ups"]


def read_all(client, list_name, **params):
    rows, url = [], f"/api/v1/{list_name}/"
    params = {"page_size": 500, **params}
    while url:
        response = client.get(url, params)
        assert response.status_code == 200, response.data
        rows += response.data["results"]
        url, params = response.data["next"], None
    return rows


def sync(client, mirror, since):
    """Apply the changes and deletions since the moment to the mirror."""
    for resource in RESOURCES:
        params = {"updated_since": since.isoformat()} if since else {}
        for row in read_all(client, resource, **params):
            mirror[resource][row["id"]] = row
    if since:
        for tombstone in read_all(client, "deletions", since=since.isoformat()):
            mirror[tombstone["resource"]].pop(tombstone["id"], None)


def test_a_mirror_replaying_changes_equals_a_fresh_copy(secretariat_client):
    meeting = MeetingFactory()
    kept = AgendaItemFactory(meeting=meeting)
    doomed = AgendaItemFactory(meeting=meeting)
    FollowUpFactory.create_batch(2, agenda_item=doomed)
    changed = FollowUpFactory(agenda_item=kept)
    mirror = {resource: {} for resource in RESOURCES}
    sync(secretariat_client, mirror, since=None)
    last_sync = timezone.now()

    doomed_id = doomed.pk
    doomed.delete()  # its follow-ups go with it
    secretariat_client.patch(
        f"/api/v1/follow-ups/{changed.pk}/", {"responsible": "HR"}, HTTP_IF_MATCH="*"
    )
    FollowUpFactory(agenda_item=kept)
    MeetingFactory()
    sync(secretariat_client, mirror, since=last_sync)

    fresh = {resource: {} for resource in RESOURCES}
    sync(secretariat_client, fresh, since=None)
    assert mirror == fresh
    assert mirror["follow-ups"][changed.pk]["responsible"] == "HR"
    assert doomed_id not in mirror["agenda-items"]


def test_deletions_list_what_was_deleted_since(secretariat_client):
    follow_up = FollowUpFactory()
    follow_up_id = follow_up.pk
    before = timezone.now()
    follow_up.delete()

    rows = read_all(secretariat_client, "deletions", since=before.isoformat())

    assert [(r["resource"], r["id"]) for r in rows] == [("follow-ups", follow_up_id)]
    assert read_all(secretariat_client, "deletions", resource="meetings") == []


def test_a_closed_items_deletions_are_hidden_without_the_permission(user, api_client):
    item = AgendaItemFactory(is_closed=True)
    FollowUpFactory(agenda_item=item)
    item.delete()

    assert read_all(api_client, "deletions") == []
    grant(user, "minutes.view_closed_agendaitem")
    assert {r["resource"] for r in read_all(api_client, "deletions")} == {
        "agenda-items",
        "follow-ups",
    }


def test_every_deleted_row_leaves_one_tombstone():
    item = AgendaItemFactory()
    FollowUpFactory.create_batch(3, agenda_item=item)

    item.meeting.delete()

    assert Deletion.objects.filter(resource="follow-ups").count() == 3
    assert Deletion.objects.filter(resource="agenda-items").count() == 1
    assert Deletion.objects.filter(resource="meetings").count() == 1
    assert not FollowUp.objects.exists()
    assert not AgendaItem.objects.exists()


def test_agenda_items_filter_by_updated_since(api_client):
    old = AgendaItemFactory()
    moment = timezone.now()
    new = AgendaItemFactory()
    AgendaItem.objects.filter(pk=old.pk).update(
        updated_at=moment - datetime.timedelta(days=1)
    )

    rows = read_all(api_client, "agenda-items", updated_since=moment.isoformat())

    assert [r["id"] for r in rows] == [new.pk]


def test_bodies_filter_by_updated_since(api_client):
    old = BodyFactory()
    moment = timezone.now()
    new = BodyFactory()
    Body.objects.filter(pk=old.pk).update(
        updated_at=moment - datetime.timedelta(days=1)
    )

    rows = read_all(api_client, "bodies", updated_since=moment.isoformat())

    assert [r["id"] for r in rows] == [new.pk]


def test_a_units_new_alias_counts_as_a_change_of_the_unit(api_client):
    unit = UnitFactory(name="Plan & Byg")
    Unit.objects.update(updated_at=timezone.now() - datetime.timedelta(days=1))
    moment = timezone.now()

    assert read_all(api_client, "units", updated_since=moment.isoformat()) == []
    UnitAlias.objects.create(unit=unit, alias="PB")

    rows = read_all(api_client, "units", updated_since=moment.isoformat())

    assert [(r["id"], r["aliases"]) for r in rows] == [(unit.pk, ["PB"])]
