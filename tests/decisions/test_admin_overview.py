"""The overview page: overdue per unit, due within 14 days, latest imports;
every number links to the filtered list; a fixed, small number of queries."""

import datetime

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.utils import timezone

from decisions.models import FollowUpStatus
from tests.factories import (
    AgendaItemFactory,
    FollowUpFactory,
    MeetingFactory,
    UnitAliasFactory,
    UnitFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

OVERVIEW = "/admin/overblik/"


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


@pytest.fixture
def follow_ups():
    unit = UnitFactory(name="Byg og Miljø")
    UnitAliasFactory(unit=unit, alias="BYM")
    FollowUpFactory(responsible="BYM", due_date=days(-3))
    FollowUpFactory(responsible="byg og miljø", due_date=days(-1))
    FollowUpFactory(responsible="Kommunaldirektøren", due_date=days(-1))
    FollowUpFactory(responsible="BYM", due_date=days(-5), status=FollowUpStatus.DONE)
    FollowUpFactory(description="Snart: budgetoplæg", due_date=days(5))
    FollowUpFactory(description="Senere", due_date=days(30))


def test_overview_counts_overdue_per_unit_with_aliases(admin_client, follow_ups):
    response = admin_client.get(OVERVIEW)

    rows = response.context["overdue_per_unit"]
    assert [(row["label"], row["count"]) for row in rows] == [
        ("Byg og Miljø", 2),
        ("Kommunaldirektøren", 1),
    ]
    assert response.context["overdue_total"] == 3


def test_overview_numbers_link_to_the_filtered_list(admin_client, follow_ups):
    response = admin_client.get(OVERVIEW)
    unit_row, text_row = response.context["overdue_per_unit"]

    for url, count in [
        (unit_row["url"], 2),
        (text_row["url"], 1),
        (response.context["overdue_url"], 3),
        (response.context["due_soon_url"], 1),
    ]:
        listed = admin_client.get(url)
        assert listed.status_code == 200
        assert listed.context["cl"].result_count == count, url


def test_overview_lists_what_falls_due_within_14_days(admin_client, follow_ups):
    content = admin_client.get(OVERVIEW).content.decode()
    assert "Snart: budgetoplæg" in content
    assert "Senere" not in content


def test_overview_lists_the_latest_imports_with_item_counts(admin_client):
    meeting = MeetingFactory(imported_at=timezone.now(), source_filename="ref.txt")
    AgendaItemFactory.create_batch(3, meeting=meeting)

    response = admin_client.get(OVERVIEW)

    assert response.context["latest_meetings"][0].item_count == 3
    assert "ref.txt" in response.content.decode()
    listed = admin_client.get(response.context["latest_meetings"][0].items_url)
    assert listed.context["cl"].result_count == 3


def test_overview_lists_meetings_flagged_for_review(admin_client):
    flagged = MeetingFactory(needs_review=True, layout="whole-document")
    MeetingFactory(needs_review=False)

    response = admin_client.get(OVERVIEW)

    assert response.context["flagged_meetings"] == [flagged]
    assert "whole-document" in response.content.decode()
    listed = admin_client.get(response.context["flagged_url"])
    assert listed.context["cl"].result_count == 1


def test_admin_index_links_to_the_overview(admin_client):
    assert OVERVIEW in admin_client.get("/admin/").content.decode()


def test_overview_answers_in_at_most_10_queries(
    admin_client, follow_ups, django_assert_max_num_queries
):
    for _ in range(3):
        AgendaItemFactory(meeting=MeetingFactory(imported_at=timezone.now()))
    with django_assert_max_num_queries(10):
        assert admin_client.get(OVERVIEW).status_code == 200


def test_overview_leaves_out_closed_items_without_the_permission(follow_ups):
    FollowUpFactory(
        agenda_item=AgendaItemFactory(is_closed=True),
        responsible="BYM",
        due_date=days(-2),
        description="HEMMELIG frist",
    )
    FollowUpFactory(
        agenda_item=AgendaItemFactory(is_closed=True),
        due_date=days(2),
        description="HEMMELIG snart",
    )
    staff = UserFactory(is_staff=True)
    staff.user_permissions.add(Permission.objects.get(codename="view_followup"))
    client = Client()
    client.force_login(staff)

    response = client.get(OVERVIEW)

    assert response.context["overdue_total"] == 3
    assert "HEMMELIG" not in response.content.decode()


def test_overview_needs_the_follow_up_view_permission():
    client = Client()
    client.force_login(UserFactory(is_staff=True))
    assert client.get(OVERVIEW).status_code == 403


def test_overview_for_staff_answers_in_at_most_10_queries(
    follow_ups, django_assert_max_num_queries
):
    staff = UserFactory(is_staff=True)
    staff.user_permissions.set(
        Permission.objects.filter(content_type__app_label="decisions")
    )
    client = Client()
    client.force_login(staff)
    with django_assert_max_num_queries(10):
        assert client.get(OVERVIEW).status_code == 200
