"""The follow-up lifecycle, corrections and history (decisions.services)."""

import datetime
import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, connections, transaction
from django.utils import timezone

from decisions import services
from decisions.models import FollowUp, FollowUpStatus
from decisions.services import StaleVersion, TransitionNotAllowed
from tests.factories import (
    AgendaItemFactory,
    FollowUpFactory,
    MeetingFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

OPEN = FollowUpStatus.OPEN
IN_PROGRESS = FollowUpStatus.IN_PROGRESS
DONE = FollowUpStatus.DONE
CANCELLED = FollowUpStatus.CANCELLED

# Each action with the arguments it needs besides follow_up and user.
ACTIONS = {
    "start": (services.start_follow_up, {}),
    "complete": (services.complete_follow_up, {}),
    "cancel": (services.cancel_follow_up, {"reason": "Ikke længere aktuelt"}),
    "reopen": (services.reopen_follow_up, {"reason": "Sagen kom tilbage"}),
}


def run(action, follow_up, user=None, **arguments):
    service, defaults = ACTIONS[action]
    return service(follow_up=follow_up, user=user, **{**defaults, **arguments})


@pytest.fixture
def secretary():
    return UserFactory(username="sekretær")


@pytest.mark.parametrize(
    ("from_status", "action", "to_status"),
    [
        pytest.param(OPEN, "start", IN_PROGRESS, id="open-start"),
        pytest.param(OPEN, "complete", DONE, id="open-complete"),
        pytest.param(OPEN, "cancel", CANCELLED, id="open-cancel"),
        pytest.param(IN_PROGRESS, "complete", DONE, id="in_progress-complete"),
        pytest.param(IN_PROGRESS, "cancel", CANCELLED, id="in_progress-cancel"),
        pytest.param(IN_PROGRESS, "reopen", OPEN, id="in_progress-reopen"),
        pytest.param(DONE, "reopen", OPEN, id="done-reopen"),
        pytest.param(CANCELLED, "reopen", OPEN, id="cancelled-reopen"),
    ],
)
def test_allowed_transition_changes_status_and_records_it(
    secretary, from_status, action, to_status
):
    follow_up = FollowUpFactory(status=from_status)
    before = timezone.now()

    result = run(action, follow_up, secretary)

    result.refresh_from_db()
    assert result.status == to_status
    assert result.version == 2
    assert result.is_edited is True
    event = result.events.get()
    assert event.user == secretary
    assert event.action == action
    assert event.from_status == from_status
    assert event.to_status == to_status
    assert event.at >= before


@pytest.mark.parametrize(
    ("from_status", "action", "allowed"),
    [
        pytest.param(OPEN, "reopen", ["start", "complete", "cancel"], id="open-reopen"),
        pytest.param(
            IN_PROGRESS, "start", ["complete", "cancel", "reopen"], id="ip-start"
        ),
        pytest.param(DONE, "start", ["reopen"], id="done-start"),
        pytest.param(DONE, "complete", ["reopen"], id="done-complete"),
        pytest.param(DONE, "cancel", ["reopen"], id="done-cancel"),
        pytest.param(CANCELLED, "start", ["reopen"], id="cancelled-start"),
        pytest.param(CANCELLED, "complete", ["reopen"], id="cancelled-complete"),
        pytest.param(CANCELLED, "cancel", ["reopen"], id="cancelled-cancel"),
    ],
)
def test_impossible_transition_is_refused_with_the_allowed_actions(
    from_status, action, allowed
):
    follow_up = FollowUpFactory(status=from_status)

    with pytest.raises(TransitionNotAllowed) as refused:
        run(action, follow_up)

    assert refused.value.allowed == allowed
    follow_up.refresh_from_db()
    assert follow_up.status == from_status
    assert follow_up.version == 1
    assert follow_up.is_edited is False
    assert not follow_up.events.exists()


def test_allowed_transitions_cover_every_status():
    assert set(services.ALLOWED_TRANSITIONS) == set(FollowUpStatus.values)


def test_complete_records_when_where_and_the_note(secretary):
    follow_up = FollowUpFactory()
    later_item = AgendaItemFactory(
        meeting=MeetingFactory(
            date=follow_up.agenda_item.meeting.date + datetime.timedelta(days=30)
        )
    )
    before = timezone.now()

    services.complete_follow_up(
        follow_up=follow_up, user=secretary, note="Forelagt", resolved_by=later_item
    )

    follow_up.refresh_from_db()
    assert follow_up.completed_at >= before
    assert follow_up.resolved_by == later_item
    assert follow_up.events.get().note == "Forelagt"


def test_complete_refuses_the_follow_ups_own_agenda_item():
    follow_up = FollowUpFactory()

    with pytest.raises(ValidationError) as refused:
        services.complete_follow_up(
            follow_up=follow_up, user=None, resolved_by=follow_up.agenda_item
        )

    assert "resolved_by" in refused.value.message_dict
    follow_up.refresh_from_db()
    assert follow_up.status == OPEN


def test_complete_refuses_an_agenda_item_of_an_earlier_meeting():
    follow_up = FollowUpFactory()
    earlier_item = AgendaItemFactory(
        meeting=MeetingFactory(
            date=follow_up.agenda_item.meeting.date - datetime.timedelta(days=1)
        )
    )

    with pytest.raises(ValidationError) as refused:
        services.complete_follow_up(
            follow_up=follow_up, user=None, resolved_by=earlier_item
        )

    assert "resolved_by" in refused.value.message_dict


def test_reopen_forgets_when_and_where_it_was_resolved(secretary):
    follow_up = FollowUpFactory()
    later_item = AgendaItemFactory(
        meeting=MeetingFactory(
            date=follow_up.agenda_item.meeting.date + datetime.timedelta(days=30)
        )
    )
    services.complete_follow_up(
        follow_up=follow_up, user=secretary, resolved_by=later_item
    )

    services.reopen_follow_up(follow_up=follow_up, user=secretary, reason="Ikke løst")

    follow_up.refresh_from_db()
    assert follow_up.status == OPEN
    assert follow_up.completed_at is None
    assert follow_up.resolved_by is None
    assert follow_up.version == 3


@pytest.mark.parametrize("action", ["cancel", "reopen"])
@pytest.mark.parametrize("reason", ["", "   "])
def test_cancel_and_reopen_need_a_reason(action, reason):
    follow_up = FollowUpFactory(status=IN_PROGRESS)

    with pytest.raises(ValidationError) as refused:
        run(action, follow_up, reason=reason)

    assert "reason" in refused.value.message_dict
    follow_up.refresh_from_db()
    assert follow_up.status == IN_PROGRESS
    assert not follow_up.events.exists()


@pytest.mark.parametrize("action", ["cancel", "reopen"])
def test_the_reason_is_the_history_note(action):
    follow_up = FollowUpFactory(status=IN_PROGRESS)

    run(action, follow_up, reason="Opgaven er overtaget af KL")

    assert follow_up.events.get().note == "Opgaven er overtaget af KL"


def test_history_lists_every_change_oldest_first(secretary):
    follow_up = FollowUpFactory()

    services.start_follow_up(follow_up=follow_up, user=secretary)
    services.complete_follow_up(follow_up=follow_up, user=secretary, note="Klaret")
    services.reopen_follow_up(follow_up=follow_up, user=None, reason="Kom igen")

    rows = list(
        follow_up.events.values_list(
            "action", "from_status", "to_status", "note", "user"
        )
    )
    assert rows == [
        ("start", OPEN, IN_PROGRESS, "", secretary.pk),
        ("complete", IN_PROGRESS, DONE, "Klaret", secretary.pk),
        ("reopen", DONE, OPEN, "Kom igen", None),
    ]
    follow_up.refresh_from_db()
    assert follow_up.version == 4


def test_stale_version_is_refused_and_changes_nothing():
    follow_up = FollowUpFactory(version=3)

    with pytest.raises(StaleVersion):
        services.start_follow_up(follow_up=follow_up, user=None, expected_version=2)

    follow_up.refresh_from_db()
    assert follow_up.status == OPEN
    assert follow_up.version == 3
    assert not follow_up.events.exists()


def test_current_version_is_accepted():
    follow_up = FollowUpFactory(version=3)

    services.start_follow_up(follow_up=follow_up, user=None, expected_version=3)

    assert follow_up.version == 4


def test_a_stale_instance_is_checked_against_the_database():
    """The caller's copy is reloaded: a change made by someone else meanwhile
    is seen, and the version the caller read is compared with the stored one."""
    mine = FollowUpFactory()
    theirs = FollowUp.objects.get(pk=mine.pk)
    services.complete_follow_up(follow_up=theirs, user=None)

    with pytest.raises(TransitionNotAllowed):
        services.start_follow_up(follow_up=mine, user=None)
    with pytest.raises(StaleVersion):
        services.reopen_follow_up(
            follow_up=mine, user=None, reason="x", expected_version=1
        )


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    not connection.features.has_select_for_update,
    reason="the database has no row locks (SQLite locks the whole file)",
)
def test_a_concurrent_change_is_waited_for_and_then_seen():
    """Two requests that read version 1: the second waits for the first's row
    lock and then finds the version it read is gone."""
    follow_up = FollowUpFactory()
    outcome = []

    def second_request():
        try:
            services.start_follow_up(
                follow_up=FollowUp.objects.get(pk=follow_up.pk),
                user=None,
                expected_version=1,
            )
            outcome.append("changed")
        except StaleVersion:
            outcome.append("refused")
        finally:
            connections.close_all()

    with transaction.atomic():
        FollowUp.objects.select_for_update().get(pk=follow_up.pk)
        thread = threading.Thread(target=second_request)
        thread.start()
        thread.join(timeout=0.5)
        assert thread.is_alive(), "the second request did not wait for the lock"
        FollowUp.objects.filter(pk=follow_up.pk).update(version=2)
    thread.join(timeout=10)

    assert outcome == ["refused"]


def test_stale_version_is_refused_before_an_impossible_transition():
    follow_up = FollowUpFactory(status=DONE, version=5)

    with pytest.raises(StaleVersion):
        services.start_follow_up(follow_up=follow_up, user=None, expected_version=4)


def test_update_records_each_change_from_and_to(secretary):
    follow_up = FollowUpFactory(responsible="ØS", due_date=datetime.date(2030, 1, 31))

    services.update_follow_up(
        follow_up=follow_up,
        changes={
            "responsible": "Økonomi & Stab",
            "due_date": datetime.date(2030, 3, 1),
            "due_precision": "day",
            "description": follow_up.description,
        },
        user=secretary,
    )

    follow_up.refresh_from_db()
    assert follow_up.responsible == "Økonomi & Stab"
    assert follow_up.due_date == datetime.date(2030, 3, 1)
    assert follow_up.version == 2
    assert follow_up.is_edited is True
    event = follow_up.events.get()
    assert event.action == "edited"
    assert event.user == secretary
    assert event.changes == {
        "responsible": {"from": "ØS", "to": "Økonomi & Stab"},
        "due_date": {"from": "2030-01-31", "to": "2030-03-01"},
        "due_precision": {"from": "month", "to": "day"},
    }


def test_update_that_changes_nothing_keeps_the_version():
    follow_up = FollowUpFactory(responsible="ØS")

    services.update_follow_up(
        follow_up=follow_up, changes={"responsible": "ØS"}, user=None
    )

    follow_up.refresh_from_db()
    assert follow_up.version == 1
    assert follow_up.is_edited is False
    assert not follow_up.events.exists()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        pytest.param({"due_date": "not a date"}, "due_date", id="bad-date"),
        pytest.param({"due_precision": "fortnight"}, "due_precision", id="bad-choice"),
        pytest.param({"description": "  "}, "description", id="blank-description"),
        pytest.param({"responsible": "x" * 301}, "responsible", id="too-long"),
        pytest.param({"status": "done"}, "status", id="status"),
        pytest.param({"origin": "manual"}, "origin", id="not-editable"),
    ],
)
def test_update_refuses_bad_values_and_changes_nothing(changes, field):
    follow_up = FollowUpFactory()

    with pytest.raises(ValidationError) as refused:
        services.update_follow_up(follow_up=follow_up, changes=changes, user=None)

    assert field in refused.value.message_dict
    follow_up.refresh_from_db()
    assert follow_up.version == 1
    assert follow_up.status == OPEN
    assert not follow_up.events.exists()


def test_update_with_stale_version_is_refused():
    follow_up = FollowUpFactory(version=2)

    with pytest.raises(StaleVersion):
        services.update_follow_up(
            follow_up=follow_up,
            changes={"responsible": "HR"},
            user=None,
            expected_version=1,
        )

    follow_up.refresh_from_db()
    assert follow_up.responsible == ""


def test_create_makes_an_open_manual_follow_up_with_its_history(secretary):
    item = AgendaItemFactory()

    follow_up = services.create_follow_up(
        agenda_item=item,
        description="Send referatet til MED",
        responsible="HR",
        due_date=datetime.date(2030, 5, 1),
        user=secretary,
    )

    follow_up.refresh_from_db()
    assert follow_up.origin == "manual"
    assert follow_up.status == OPEN
    assert follow_up.due_precision == "day"
    assert follow_up.is_edited is True
    assert follow_up.version == 1
    event = follow_up.events.get()
    assert (event.action, event.to_status, event.user) == ("created", OPEN, secretary)


def test_create_needs_a_description():
    with pytest.raises(ValidationError) as refused:
        services.create_follow_up(
            agenda_item=AgendaItemFactory(), description=" ", user=None
        )

    assert "description" in refused.value.message_dict
    assert not FollowUp.objects.exists()


def test_allowed_actions_from_done_is_only_reopen():
    assert services.allowed_actions(DONE) == ["reopen"]
