"""Closed items in the admin: without "Kan se lukkede punkter" a closed item is
its number, "Lukket" and its case number, and nothing of it can be found."""

import pytest
from django.contrib.auth.models import Permission
from django.test import Client

from decisions.models import FollowUpStatus
from minutes.models import redact_source_text
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

SECRET = "HEMMELIG"

SOURCE = "\n".join(
    [
        "REFERAT Udvalget",  # 1
        "Indholdsfortegnelse",  # 2
        "1. Budget",  # 3
        f"2. Lukket punkt: {SECRET} grundkøb",  # 4
        "Punkt 1: Budget",  # 5
        "00.01.00-A00-1-24",  # 6
        "Beslutning: Godkendt.",  # 7
        f"Punkt 2: Lukket punkt - {SECRET} grundkøb",  # 8
        "88.00.00-G00-9-24",  # 9
        f"Beslutning: {SECRET} pris aftalt.",  # 10
    ]
)


@pytest.fixture
def closed_meeting():
    meeting = MeetingFactory(source_text=SOURCE)
    AgendaItemFactory(
        meeting=meeting,
        number=1,
        title="Budget",
        case_number="00.01.00-A00-1-24",
        first_line=5,
        last_line=7,
    )
    closed = AgendaItemFactory(
        meeting=meeting,
        number=2,
        title=f"{SECRET} grundkøb",
        case_number="88.00.00-G00-9-24",
        is_closed=True,
        status="postponed",
        sections=[{"heading": "Sagsfremstilling", "text": f"{SECRET} sagstekst"}],
        first_line=8,
        last_line=10,
    )
    recommendation = RecommendationFactory(
        agenda_item=closed, proposer=f"{SECRET} direktør"
    )
    ClauseFactory(recommendation=recommendation, text=f"at {SECRET} købes")
    DecisionFactory(agenda_item=closed, text=f"{SECRET} pris aftalt.")
    AttachmentFactory(agenda_item=closed, title=f"{SECRET} bilag")
    follow_up = FollowUpFactory(
        agenda_item=closed, description=f"{SECRET} skøde underskrives"
    )
    return meeting, closed, follow_up


def staff_client(*, closed_permission: bool) -> Client:
    """A staff user with every permission of both apps, with or without the
    closed-item permission."""
    user = UserFactory(is_staff=True)
    permissions = Permission.objects.filter(
        content_type__app_label__in=["minutes", "decisions"]
    )
    if not closed_permission:
        permissions = permissions.exclude(codename="view_closed_agendaitem")
    user.user_permissions.set(permissions)
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def staff(closed_meeting):
    return staff_client(closed_permission=False)


def assert_no_secret(response):
    assert response.status_code == 200
    assert SECRET not in response.content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/admin/minutes/agendaitem/",
        "/admin/minutes/attachment/",
        "/admin/minutes/decision/",
        "/admin/minutes/recommendation/",
        "/admin/minutes/clause/",
        "/admin/decisions/followup/",
        "/admin/minutes/meeting/",
    ],
)
def test_changelists_show_nothing_of_a_closed_item(staff, url):
    assert_no_secret(staff.get(url))


@pytest.mark.parametrize(
    "url",
    [
        "/admin/minutes/agendaitem/",
        "/admin/minutes/attachment/",
        "/admin/minutes/decision/",
        "/admin/minutes/recommendation/",
        "/admin/minutes/clause/",
        "/admin/decisions/followup/",
    ],
)
def test_search_never_finds_a_closed_item_by_its_content(staff, url):
    # The search term itself is echoed on the page, so count the rows.
    response = staff.get(url, {"q": SECRET})
    assert response.context["cl"].result_count == 0


def test_a_closed_item_is_found_by_its_case_number(staff, closed_meeting):
    _, closed, _ = closed_meeting
    response = staff.get("/admin/minutes/agendaitem/", {"q": "88.00.00-G00"})
    assert list(response.context["cl"].result_list) == [closed]
    assert "Lukket" in response.content.decode()


def test_filtering_by_status_does_not_reveal_a_closed_items_status(staff):
    response = staff.get("/admin/minutes/agendaitem/", {"status": "postponed"})
    assert response.context["cl"].result_count == 0


def test_closed_item_page_shows_number_lukket_and_case_number_only(
    staff, closed_meeting
):
    _, closed, _ = closed_meeting
    response = staff.get(f"/admin/minutes/agendaitem/{closed.pk}/change/")
    assert_no_secret(response)
    content = response.content.decode()
    assert "Lukket" in content
    assert "88.00.00-G00-9-24" in content
    assert "Udsat" not in content


def test_closed_item_cannot_be_changed_without_the_permission(staff, closed_meeting):
    _, closed, _ = closed_meeting
    response = staff.post(
        f"/admin/minutes/agendaitem/{closed.pk}/change/", {"title": "Nyt"}
    )
    assert response.status_code == 403
    closed.refresh_from_db()
    assert closed.title == f"{SECRET} grundkøb"


def test_closed_item_history_is_refused_without_the_permission(staff, closed_meeting):
    _, closed, _ = closed_meeting
    response = staff.get(f"/admin/minutes/agendaitem/{closed.pk}/history/")
    assert response.status_code == 403


@pytest.mark.parametrize(
    "model",
    [
        "minutes/decision",
        "minutes/recommendation",
        "minutes/clause",
        "decisions/followup",
        "minutes/attachment",
    ],
)
def test_change_pages_of_a_closed_items_rows_do_not_exist(staff, closed_meeting, model):
    _, closed, follow_up = closed_meeting
    pk = {
        "minutes/decision": closed.decision.pk,
        "minutes/recommendation": closed.recommendation.pk,
        "minutes/clause": closed.recommendation.clauses.get().pk,
        "decisions/followup": follow_up.pk,
        "minutes/attachment": closed.attachments.get().pk,
    }[model]
    response = staff.get(f"/admin/{model}/{pk}/change/", follow=True)
    assert_no_secret(response)
    assert response.redirect_chain  # to the admin index, "does not exist"


def test_actions_do_not_reach_a_closed_items_follow_up(staff, closed_meeting):
    _, _, follow_up = closed_meeting
    staff.post(
        "/admin/decisions/followup/",
        {"action": "mark_in_progress", "_selected_action": [follow_up.pk]},
    )
    follow_up.refresh_from_db()
    assert follow_up.status == FollowUpStatus.OPEN


def test_meeting_page_shows_the_source_text_redacted(staff, closed_meeting):
    meeting, _, _ = closed_meeting
    response = staff.get(f"/admin/minutes/meeting/{meeting.pk}/change/")
    assert_no_secret(response)
    content = response.content.decode()
    assert "[Punkt 2: Lukket (sag 88.00.00-G00-9-24)]" in content
    assert "Beslutning: Godkendt." in content


def test_the_permission_shows_a_closed_item_in_full(closed_meeting):
    meeting, closed, _ = closed_meeting
    client = staff_client(closed_permission=True)

    item_page = client.get(f"/admin/minutes/agendaitem/{closed.pk}/change/")
    meeting_page = client.get(f"/admin/minutes/meeting/{meeting.pk}/change/")

    assert f"{SECRET} pris aftalt." in item_page.content.decode()
    assert f"{SECRET} pris aftalt." in meeting_page.content.decode()


def test_redaction_replaces_the_items_lines_and_its_table_of_contents_entry():
    items = [
        AgendaItemFactory.build(number=1, first_line=5, last_line=7),
        AgendaItemFactory.build(
            number=2, case_number="X-1", is_closed=True, first_line=8, last_line=10
        ),
    ]
    redacted = redact_source_text(SOURCE, items).split("\n")

    assert SECRET not in "\n".join(redacted)
    assert redacted[:3] == ["REFERAT Udvalget", "Indholdsfortegnelse", "1. Budget"]
    assert redacted[3] == "[Lukket]"
    assert redacted[4:7] == SOURCE.split("\n")[4:7]
    assert redacted[7:] == ["[Punkt 2: Lukket (sag X-1)]"]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_follow_up_history_and_exports_of_a_closed_item_stay_hidden(
    staff, closed_meeting, kind
):
    _, _, follow_up = closed_meeting
    history = staff.get(f"/admin/decisions/followup/{follow_up.pk}/history/")
    export = staff.get(f"/admin/decisions/followup/export/{kind}/")
    assert history.status_code in (302, 404)
    assert SECRET.encode() not in export.content
