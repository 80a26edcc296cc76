"""The follow-up list and page as the secretariat's workbench: filters, search,
ordering, status actions and buttons with note or reason, readable history,
no lost history, and a refused stale save."""

import datetime

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.utils import timezone

from decisions import services
from decisions.models import FollowUp, FollowUpEvent, FollowUpStatus
from tests.factories import (
    AgendaItemFactory,
    BodyFactory,
    DecisionFactory,
    FollowUpFactory,
    MeetingFactory,
    UnitAliasFactory,
    UnitFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/decisions/followup/"


def page(follow_up):
    return f"{CHANGELIST}{follow_up.pk}/change/"


def listed(client, **params):
    response = client.get(CHANGELIST, params)
    assert response.status_code == 200
    return list(response.context["cl"].result_list)


def edit_data(follow_up, **changes):
    return {
        "description": follow_up.description,
        "responsible": follow_up.responsible,
        "due_date": follow_up.due_date.isoformat() if follow_up.due_date else "",
        "due_precision": follow_up.due_precision,
        "due_text": follow_up.due_text,
        "due_event": follow_up.due_event,
        "version": follow_up.version,
        **changes,
    }


# -- the list


def test_overdue_filter_lists_open_follow_ups_past_their_date(admin_client):
    today = timezone.localdate()
    overdue = FollowUpFactory(due_date=today - datetime.timedelta(days=1))
    FollowUpFactory(
        due_date=today - datetime.timedelta(days=1), status=FollowUpStatus.DONE
    )
    FollowUpFactory(due_date=today + datetime.timedelta(days=1))

    assert listed(admin_client, overdue="yes") == [overdue]


def test_due_this_month_filter(admin_client):
    today = timezone.localdate()
    this_month = FollowUpFactory(due_date=today.replace(day=1))
    FollowUpFactory(due_date=today.replace(day=1) - datetime.timedelta(days=1))

    assert listed(admin_client, due_this_month="yes") == [this_month]


def test_unit_filter_finds_the_unit_under_its_aliases(admin_client):
    unit = UnitFactory(name="Byg og Miljø")
    UnitAliasFactory(unit=unit, alias="BYM")
    by_alias = FollowUpFactory(responsible="BYM")
    by_name = FollowUpFactory(responsible="byg og miljø")
    FollowUpFactory(responsible="HR")

    assert set(listed(admin_client, unit="Byg og Miljø")) == {by_alias, by_name}


def test_status_origin_and_body_filters(admin_client):
    body = BodyFactory(name="Teknisk Udvalg")
    wanted = FollowUpFactory(
        origin="case_text",
        status=FollowUpStatus.IN_PROGRESS,
        agenda_item=AgendaItemFactory(meeting=MeetingFactory(body=body)),
    )
    FollowUpFactory(origin="decision", status=FollowUpStatus.IN_PROGRESS)

    assert listed(admin_client, status__exact="in_progress", origin__exact="case_text")
    assert listed(admin_client, origin__exact="case_text") == [wanted]
    assert listed(admin_client, agenda_item__meeting__body__id__exact=body.pk) == [
        wanted
    ]


@pytest.mark.parametrize("term", ["temadrøftelse", "A26-12-17"])
def test_search_in_source_text_and_case_number(admin_client, term):
    wanted = FollowUpFactory(
        description="Punktet skal tilbage",
        source_text="Temadrøftelsen blev udsat.",
        agenda_item=AgendaItemFactory(case_number="00.16.00-A26-12-17"),
    )
    FollowUpFactory()

    assert listed(admin_client, q=term) == [wanted]


def test_list_sorts_by_due_date_with_no_date_last_both_ways(admin_client):
    undated = FollowUpFactory(due_date=None)
    late = FollowUpFactory(due_date=datetime.date(2031, 1, 1))
    early = FollowUpFactory(due_date=datetime.date(2030, 1, 1))

    assert listed(admin_client) == [early, late, undated]
    # Column 3 is the due date; "-" sorts it descending.
    assert listed(admin_client, o="-3") == [late, early, undated]


def test_overdue_rows_are_marked(admin_client):
    FollowUpFactory(due_date=timezone.localdate() - datetime.timedelta(days=3))
    content = admin_client.get(CHANGELIST).content.decode()
    assert 'class="overdue"' in content
    assert "(overskredet)" in content


@pytest.mark.parametrize(
    "params",
    [{}, {"overdue": "yes"}, {"unit": "HR"}, {"q": "sag"}, {"due_this_month": "yes"}],
)
def test_changelist_answers_in_a_fixed_number_of_queries(
    admin_client, django_assert_max_num_queries, params
):
    # session, user, body filter, unit filter, two counts, the page
    UnitFactory(name="HR")
    FollowUpFactory.create_batch(2, responsible="HR")
    admin_client.get(CHANGELIST, params)
    with django_assert_max_num_queries(7):
        admin_client.get(CHANGELIST, params)
    FollowUpFactory.create_batch(5, responsible="HR")
    with django_assert_max_num_queries(7):
        admin_client.get(CHANGELIST, params)


# -- actions


def select(action, *follow_ups, **data):
    return {
        "action": action,
        "apply": "1",
        "_selected_action": [f.pk for f in follow_ups],
        **data,
    }


def test_complete_action_keeps_the_note(admin_client, admin_user):
    follow_up = FollowUpFactory()
    admin_client.post(
        CHANGELIST, select("complete_follow_ups", follow_up, text="Sendt til ØU")
    )
    follow_up.refresh_from_db()
    assert follow_up.status == FollowUpStatus.DONE
    event = follow_up.events.get()
    assert (event.action, event.note, event.user) == (
        "complete",
        "Sendt til ØU",
        admin_user,
    )


def test_reopen_action_needs_a_reason(admin_client):
    follow_up = FollowUpFactory(status=FollowUpStatus.DONE)

    admin_client.post(CHANGELIST, select("reopen_follow_ups", follow_up))
    follow_up.refresh_from_db()
    assert follow_up.status == FollowUpStatus.DONE

    admin_client.post(
        CHANGELIST, select("reopen_follow_ups", follow_up, text="Ikke færdig")
    )
    follow_up.refresh_from_db()
    assert follow_up.status == FollowUpStatus.OPEN
    assert follow_up.events.get().note == "Ikke færdig"


def test_reassign_action_changes_the_responsible_with_history(admin_client):
    first, second = FollowUpFactory(responsible="ØS"), FollowUpFactory()

    form_page = admin_client.post(
        CHANGELIST, {**select("reassign_follow_ups", first, second), "apply": ""}
    )
    admin_client.post(
        CHANGELIST, select("reassign_follow_ups", first, second, responsible="HR")
    )

    assert "Ny ansvarlig" in form_page.content.decode()
    assert set(FollowUp.objects.values_list("responsible", flat=True)) == {"HR"}
    assert first.events.get().changes == {"responsible": {"from": "ØS", "to": "HR"}}


def test_actions_need_the_change_permission():
    follow_up = FollowUpFactory()
    viewer = UserFactory(is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_followup"))
    client = Client()
    client.force_login(viewer)

    client.post(CHANGELIST, select("start_follow_ups", follow_up))

    follow_up.refresh_from_db()
    assert follow_up.status == FollowUpStatus.OPEN


# -- the page


def test_page_offers_the_transitions_the_status_allows(admin_client):
    follow_up = FollowUpFactory(status=FollowUpStatus.IN_PROGRESS)
    content = admin_client.get(page(follow_up)).content.decode()
    assert "Markér som udført" in content
    assert "Annullér" in content
    assert "Genåbn" in content
    assert 'value="Sæt i gang"' not in content


def test_completing_from_the_page_keeps_the_note(admin_client):
    follow_up = FollowUpFactory()
    response = admin_client.post(
        f"{page(follow_up)[: -len('change/')]}status/complete/",
        {"text": "Fremlagt på mødet", "version": "1"},
        follow=True,
    )
    follow_up.refresh_from_db()
    assert follow_up.status == FollowUpStatus.DONE
    assert follow_up.events.get().note == "Fremlagt på mødet"
    assert "Status ændret til «Udført»" in response.content.decode()


def test_cancelling_from_the_page_without_a_reason_is_refused(admin_client):
    follow_up = FollowUpFactory()
    response = admin_client.post(
        f"{CHANGELIST}{follow_up.pk}/status/cancel/",
        {"text": "", "version": "1"},
        follow=True,
    )
    follow_up.refresh_from_db()
    assert follow_up.status == FollowUpStatus.OPEN
    assert "Annullér: Dette felt er påkrævet." in response.content.decode()


def test_a_transition_from_a_stale_page_is_refused(admin_client):
    follow_up = FollowUpFactory()
    services.update_follow_up(
        follow_up=follow_up, changes={"responsible": "HR"}, user=None
    )

    response = admin_client.post(
        f"{CHANGELIST}{follow_up.pk}/status/start/", {"version": "1"}, follow=True
    )

    follow_up.refresh_from_db()
    assert follow_up.status == FollowUpStatus.OPEN
    assert "ændret af en anden" in response.content.decode()


def test_page_shows_the_source_sentence_highlighted_in_its_paragraph(admin_client):
    text = (
        "Chefforum godkendte oplægget.\n\nØS vender tilbage med oplæg. "
        "Deadline er den 29. november.\n\nIntet andet."
    )
    decision = DecisionFactory(text=text)
    sentence = "Deadline er den 29. november."
    start = text.index(sentence)
    follow_up = FollowUpFactory(
        agenda_item=decision.agenda_item,
        source_text=sentence,
        source_start=start,
        source_end=start + len(sentence),
    )

    content = admin_client.get(page(follow_up)).content.decode()

    assert f"ØS vender tilbage med oplæg. <mark>{sentence}</mark>" in content
    assert "Intet andet" not in content
    assert f"/admin/minutes/agendaitem/{decision.agenda_item.pk}/change/" in content


def test_history_is_readable(admin_client, admin_user):
    follow_up = FollowUpFactory(responsible="ØS")
    services.start_follow_up(follow_up=follow_up, user=admin_user)
    services.update_follow_up(
        follow_up=follow_up, changes={"responsible": "HR"}, user=admin_user
    )

    content = admin_client.get(page(follow_up)).content.decode()

    assert "Sat i gang" in content
    assert "Status: Åben → I gang" in content
    assert "Ansvarlig: ØS → HR" in content
    event = follow_up.events.first()
    assert f"{timezone.localtime(event.at):%d-%m-%Y %H:%M}" in content
    assert "in_progress" not in content.split("Historik", 1)[1]


def test_a_stale_save_is_refused_and_says_what_changed(admin_client):
    follow_up = FollowUpFactory(responsible="ØS")
    stale = edit_data(follow_up, description="Min rettelse")
    someone = UserFactory(username="kollega")
    services.update_follow_up(
        follow_up=follow_up, changes={"responsible": "HR"}, user=someone
    )

    response = admin_client.post(page(follow_up), stale)

    assert response.status_code == 200
    content = response.content.decode()
    assert "ændret af en anden" in content
    assert "kollega" in content
    assert "Ansvarlig: ØS → HR" in content
    follow_up.refresh_from_db()
    assert follow_up.description != "Min rettelse"


def test_a_current_save_goes_through_the_service(admin_client):
    follow_up = FollowUpFactory()
    response = admin_client.post(
        page(follow_up), edit_data(follow_up, due_text="snart")
    )
    assert response.status_code == 302
    follow_up.refresh_from_db()
    assert (follow_up.due_text, follow_up.version) == ("snart", 2)


def test_only_a_superuser_deletes_and_the_history_survives(admin_client):
    follow_up = FollowUpFactory()
    services.start_follow_up(follow_up=follow_up, user=None)
    staff = UserFactory(is_staff=True)
    staff.user_permissions.set(
        Permission.objects.filter(content_type__app_label="decisions")
    )
    client = Client()
    client.force_login(staff)

    refused = client.post(f"{CHANGELIST}{follow_up.pk}/delete/", {"post": "yes"})
    assert refused.status_code == 403

    admin_client.post(f"{CHANGELIST}{follow_up.pk}/delete/", {"post": "yes"})

    assert not FollowUp.objects.exists()
    actions = list(FollowUpEvent.objects.values_list("action", flat=True))
    assert actions == ["start", "deleted"]


def test_a_follow_up_cannot_be_added_to_a_hidden_closed_item():
    closed = AgendaItemFactory(is_closed=True)
    staff = UserFactory(is_staff=True)
    staff.user_permissions.set(
        Permission.objects.filter(content_type__app_label="decisions")
    )
    client = Client()
    client.force_login(staff)

    response = client.post(
        f"{CHANGELIST}add/",
        {"agenda_item": closed.pk, "description": "Noget", "due_precision": ""},
    )

    assert response.status_code == 200
    assert not FollowUp.objects.exists()
