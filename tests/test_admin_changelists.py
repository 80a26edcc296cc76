"""Every changelist of the admin answers in a number of queries that does not
grow with its rows, for a superuser and for staff without the closed-item
permission."""

import pytest
from django.contrib import admin
from django.contrib.auth.models import Permission
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from decisions.models import FollowUpReminder
from minutes.services import record_corrections
from tests.factories import (
    AttachmentFactory,
    ClauseFactory,
    DecisionFactory,
    FollowUpFactory,
    UnitAliasFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

CHANGELISTS = sorted(
    f"{model._meta.app_label}_{model._meta.model_name}"
    for model in admin.site._registry
    if model._meta.app_label in {"minutes", "decisions"}
)


def make_rows(count):
    """Rows for every model of both apps: meetings, items, cases, bodies,
    recommendations, clauses, decisions, attachments, follow-ups, reminders,
    units, corrections."""
    editor = UserFactory()
    for _ in range(count):
        clause = ClauseFactory()
        item = clause.recommendation.agenda_item
        DecisionFactory(agenda_item=item)
        AttachmentFactory(agenda_item=item)
        follow_up = FollowUpFactory(agenda_item=item, responsible="HR")
        closed_follow_up = FollowUpFactory(
            agenda_item__is_closed=True, responsible="HR"
        )
        for reminded in (follow_up, closed_follow_up):
            FollowUpReminder.objects.create(
                follow_up=reminded, due_date=reminded.due_date, kind="due_soon"
            )
        UnitAliasFactory()
        record_corrections(obj=item, fields=["title"], user=editor)


def staff_without_closed_permission():
    user = UserFactory(is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(
            content_type__app_label__in=["minutes", "decisions"]
        ).exclude(codename="view_closed_agendaitem")
    )
    client = Client()
    client.force_login(user)
    return client


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.mark.parametrize("name", CHANGELISTS)
@pytest.mark.parametrize("who", ["superuser", "staff without closed permission"])
def test_changelist_queries_do_not_grow_with_rows(admin_client, name, who):
    client = admin_client if who == "superuser" else staff_without_closed_permission()
    url = reverse(f"admin:{name}_changelist")
    make_rows(1)
    few = count_queries(client, url)
    make_rows(4)
    assert count_queries(client, url) == few
