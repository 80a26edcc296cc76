"""The follow-up admin: pages load in a fixed number of queries, and changes go
through the services so they are in the history."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from decisions.models import FollowUp, FollowUpEvent, FollowUpStatus
from tests.factories import (
    AgendaItemFactory,
    ClauseFactory,
    DecisionFactory,
    FollowUpFactory,
    UnitAliasFactory,
)

pytestmark = pytest.mark.django_db


CHANGELIST = "/admin/decisions/followup/"


def change_page(follow_up):
    return f"{CHANGELIST}{follow_up.pk}/change/"


def queries_for(client, url):
    """Return how many queries the page takes once per-process caches (content
    types) are warm."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_follow_up_changelist_queries_do_not_grow_with_rows(admin_client):
    FollowUpFactory()
    one_row = queries_for(admin_client, CHANGELIST)
    FollowUpFactory.create_batch(4)

    assert queries_for(admin_client, CHANGELIST) == one_row


def test_follow_up_change_page_queries_do_not_grow_with_history(admin_client):
    follow_up = FollowUpFactory()
    admin_client.post(
        CHANGELIST,
        {
            "action": "start_follow_ups",
            "apply": "1",
            "_selected_action": [follow_up.pk],
        },
    )
    short_history = queries_for(admin_client, change_page(follow_up))
    for version, responsible in enumerate(["HR", "ØS", "IT", "Borgerservice"], 2):
        admin_client.post(
            change_page(follow_up),
            {
                "description": follow_up.description,
                "responsible": responsible,
                "due_date": "2030-01-31",
                "due_precision": "month",
                "due_text": "",
                "due_event": "",
                "version": version,
            },
        )
    assert follow_up.events.count() == 5

    assert queries_for(admin_client, change_page(follow_up)) == short_history


@pytest.mark.parametrize(
    ("url", "make_rows"),
    [
        ("/admin/decisions/unit/", UnitAliasFactory.create_batch),
        ("/admin/minutes/decision/", DecisionFactory.create_batch),
        ("/admin/minutes/clause/", ClauseFactory.create_batch),
    ],
)
def test_other_changelists_queries_do_not_grow_with_rows(admin_client, url, make_rows):
    make_rows(1)
    one_row = queries_for(admin_client, url)
    make_rows(4)

    assert queries_for(admin_client, url) == one_row


def test_admin_action_changes_status_through_the_service(admin_client, admin_user):
    started, finished = FollowUpFactory(), FollowUpFactory(status=FollowUpStatus.DONE)

    response = admin_client.post(
        CHANGELIST,
        {
            "action": "start_follow_ups",
            "apply": "1",
            "_selected_action": [started.pk, finished.pk],
        },
    )

    assert response.status_code == 302
    started.refresh_from_db()
    assert started.status == FollowUpStatus.IN_PROGRESS
    assert started.is_edited is True
    event = started.events.get()
    assert (event.action, event.from_status, event.to_status, event.user) == (
        "start",
        "open",
        "in_progress",
        admin_user,
    )
    # A done follow-up cannot be started: left alone, and reported.
    finished.refresh_from_db()
    assert finished.status == FollowUpStatus.DONE
    assert not finished.events.exists()


def test_admin_cancel_action_asks_for_a_reason_first(admin_client):
    follow_up = FollowUpFactory()
    selection = {"action": "cancel_follow_ups", "_selected_action": [follow_up.pk]}

    form_page = admin_client.post(CHANGELIST, selection)
    without_reason = admin_client.post(CHANGELIST, {**selection, "apply": "1"})
    admin_client.post(
        CHANGELIST, {**selection, "apply": "1", "text": "Ikke længere aktuelt"}
    )

    assert form_page.status_code == 200
    assert "Begrundelse" in form_page.content.decode()
    assert without_reason.status_code == 200  # the form again, with its error
    event = follow_up.events.get()
    assert (event.action, event.note) == ("cancel", "Ikke længere aktuelt")


def test_admin_edit_records_the_change_and_keeps_the_status(admin_client):
    follow_up = FollowUpFactory(responsible="ØS")

    response = admin_client.post(
        change_page(follow_up),
        {
            "description": follow_up.description,
            "responsible": "Økonomi & Stab",
            "due_date": "2030-01-31",
            "due_precision": "month",
            "due_text": follow_up.due_text,
            "due_event": "",
            "status": "done",
            "version": "1",
        },
    )

    assert response.status_code == 302
    follow_up.refresh_from_db()
    assert follow_up.responsible == "Økonomi & Stab"
    assert follow_up.status == FollowUpStatus.OPEN
    assert follow_up.is_edited is True
    assert follow_up.version == 2
    assert follow_up.events.get().changes == {
        "responsible": {"from": "ØS", "to": "Økonomi & Stab"}
    }


def test_admin_add_creates_a_manual_follow_up_with_history(admin_client):
    item = AgendaItemFactory()
    assert admin_client.get(f"{CHANGELIST}add/").status_code == 200

    response = admin_client.post(
        f"{CHANGELIST}add/",
        {
            "agenda_item": item.pk,
            "description": "Indkald til temamøde",
            "responsible": "HR",
            "due_date": "",
            "due_precision": "",
            "due_text": "",
            "due_event": "",
            "events-TOTAL_FORMS": "0",
            "events-INITIAL_FORMS": "0",
        },
    )

    assert response.status_code == 302
    follow_up = FollowUp.objects.get()
    assert follow_up.origin == "manual"
    assert FollowUpEvent.objects.get().action == "created"
