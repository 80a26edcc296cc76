"""The closed-item rule everywhere: every API read operation and every admin
page, for each role, never shows a closed item's content to a user without
"Kan se lukkede punkter" (minutes.view_closed_agendaitem), and refuses what the
role may not do.

A meeting has one open and one closed item; the closed item carries a marker
word in every field it has (title, sections, recommendation, clause, decision,
attachment, follow-up, earlier decision, source text). The marker must appear
for the closed-item reader and nowhere else.
"""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse
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

MARK = "TOPHEMMELIGT"
ROLES = ("anonymous", "reader", "editor", "closed_reader", "staff_no_closed")


@pytest.fixture
def world():
    meeting = MeetingFactory(source_text=f"Punkt 1: Budget\nPunkt 2: {MARK} grund\n")
    open_item = AgendaItemFactory(meeting=meeting, number=1, title="Budget")
    closed = AgendaItemFactory(
        meeting=meeting,
        number=2,
        title=f"{MARK} grund",
        is_closed=True,
        sections=[{"heading": "Sagsfremstilling", "text": f"{MARK} tekst"}],
        prior_decisions=[{"body": "ØU", "date": None, "text": f"{MARK} anbefalet"}],
        first_line=2,
        last_line=2,
    )
    recommendation = RecommendationFactory(agenda_item=closed, proposer=f"{MARK} chef")
    clause = ClauseFactory(recommendation=recommendation, text=f"at {MARK} sælges")
    decision = DecisionFactory(agenda_item=closed, text=f"{MARK} solgt")
    attachment = AttachmentFactory(agenda_item=closed, title=f"{MARK} bilag")
    closed_follow_up = FollowUpFactory(agenda_item=closed, description=f"{MARK} skøde")
    open_follow_up = FollowUpFactory(agenda_item=open_item, description="Svar borger")
    return {
        "meeting": meeting,
        "open_item": open_item,
        "closed": closed,
        "recommendation": recommendation,
        "clause": clause,
        "decision": decision,
        "attachment": attachment,
        "closed_follow_up": closed_follow_up,
        "open_follow_up": open_follow_up,
    }


def _user(role: str):
    if role == "anonymous":
        return None
    user = UserFactory(is_staff=role == "staff_no_closed")
    if role == "editor":
        grant(user, "decisions.add_followup", "decisions.change_followup")
    elif role == "closed_reader":
        grant(user, "minutes.view_closed_agendaitem")
    elif role == "staff_no_closed":
        from django.contrib.auth.models import Permission

        user.user_permissions.set(
            Permission.objects.filter(codename__startswith="view_").exclude(
                codename="view_closed_agendaitem"
            )
        )
    return user


def _api_reads(world) -> list[str]:
    closed, follow_up = world["closed"], world["closed_follow_up"]
    return [
        "/api/v1/meetings/",
        f"/api/v1/meetings/{world['meeting'].pk}/",
        "/api/v1/agenda-items/",
        f"/api/v1/agenda-items/{closed.pk}/",
        "/api/v1/agenda-items/?is_closed=true",
        "/api/v1/follow-ups/",
        f"/api/v1/follow-ups/{follow_up.pk}/",
        f"/api/v1/follow-ups/{follow_up.pk}/history/",
        "/api/v1/follow-ups/export.csv",
        f"/api/v1/recommendations/{world['recommendation'].pk}/",
        f"/api/v1/clauses/{world['clause'].pk}/",
        f"/api/v1/decisions/{world['decision'].pk}/",
        f"/api/v1/attachments/{world['attachment'].pk}/",
        f"/api/v1/search/?q={MARK}",
        f"/api/v1/cases/{closed.case_number}/" if closed.case_number else "/api/v1/",
        "/api/v1/deletions/",
    ]


@pytest.mark.parametrize("role", ROLES)
def test_no_api_read_shows_a_closed_item_without_the_permission(world, role):
    client = APIClient()
    user = _user(role)
    if user is not None:
        client.force_authenticate(user)
    seen = []
    for url in _api_reads(world):
        response = client.get(url)
        if role == "anonymous":
            assert response.status_code == 401, url
            continue
        assert response.status_code in (200, 404), (url, response.status_code)
        if MARK in response.content.decode("utf-8", "replace"):
            seen.append(url)
    if role == "closed_reader":
        assert seen, "the closed-item reader sees the closed item"
    else:
        assert seen == []


@pytest.mark.parametrize("role", ["reader", "closed_reader", "staff_no_closed"])
def test_only_an_editor_may_change_a_follow_up(world, role):
    client = APIClient()
    client.force_authenticate(_user(role))
    follow_up = world["open_follow_up"]
    response = client.post(f"/api/v1/follow-ups/{follow_up.pk}/start/", {})
    assert response.status_code == 403


def _admin_pages(world) -> list[str]:
    pages = []
    for model, obj in (
        ("minutes_meeting", world["meeting"]),
        ("minutes_agendaitem", world["closed"]),
        ("minutes_recommendation", world["recommendation"]),
        ("minutes_clause", world["clause"]),
        ("minutes_decision", world["decision"]),
        ("minutes_attachment", world["attachment"]),
        ("decisions_followup", world["closed_follow_up"]),
    ):
        pages.append(reverse(f"admin:{model}_changelist"))
        pages.append(reverse(f"admin:{model}_change", args=[obj.pk]))
    pages.append(reverse("admin-overview"))
    return pages


@pytest.mark.parametrize("role", ["staff_no_closed", "closed_reader"])
def test_no_admin_page_shows_a_closed_item_without_the_permission(world, role):
    user = _user(role)
    if role == "closed_reader":
        user.is_staff = True
        user.is_superuser = True
        user.save()
    client = Client()
    client.force_login(user)
    seen = []
    for url in _admin_pages(world):
        response = client.get(url)
        assert response.status_code in (200, 302, 403, 404), (url, response.status_code)
        if MARK in response.content.decode("utf-8", "replace"):
            seen.append(url)
    if role == "closed_reader":
        assert seen
    else:
        assert seen == []


@pytest.mark.parametrize(
    "model",
    ["minutes_agendaitem", "minutes_decision", "minutes_clause", "decisions_followup"],
)
def test_admin_search_finds_nothing_of_a_closed_item_without_the_permission(
    world, model
):
    client = Client()
    client.force_login(_user("staff_no_closed"))
    response = client.get(reverse(f"admin:{model}_changelist") + f"?q={MARK}")
    assert response.status_code == 200
    assert response.context["cl"].result_count == 0


def test_the_admin_refuses_anonymous_and_non_staff_users(world):
    for user in (None, _user("reader")):
        client = Client()
        if user is not None:
            client.force_login(user)
        for url in _admin_pages(world):
            response = client.get(url)
            assert response.status_code == 302, url
            assert "/admin/login/" in response["Location"]
