"""Exports of the follow-up list: CSV and XLSX with the list's filters, and
nothing of closed items without the permission."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.utils import timezone
from openpyxl import load_workbook

from decisions.exports import HEADERS
from tests.factories import AgendaItemFactory, FollowUpFactory, UserFactory

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/decisions/followup/"


def csv_rows(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text), delimiter=";"))


@pytest.fixture
def follow_ups():
    overdue = FollowUpFactory(
        description="Overskredet opgave",
        responsible="HR",
        due_date=timezone.localdate() - datetime.timedelta(days=2),
    )
    later = FollowUpFactory(description="Senere opgave", responsible="ØS")
    return overdue, later


def test_csv_export_has_headers_and_every_listed_follow_up(admin_client, follow_ups):
    rows = csv_rows(admin_client.get(f"{CHANGELIST}export/csv/"))

    assert rows[0] == HEADERS
    assert [row[1] for row in rows[1:]] == ["Overskredet opgave", "Senere opgave"]
    assert rows[1][7] == "ja"


def test_export_applies_the_lists_filters_and_search(admin_client, follow_ups):
    overdue_only = csv_rows(admin_client.get(f"{CHANGELIST}export/csv/?overdue=yes"))
    searched = csv_rows(admin_client.get(f"{CHANGELIST}export/csv/?q=Senere"))

    assert [row[1] for row in overdue_only[1:]] == ["Overskredet opgave"]
    assert [row[1] for row in searched[1:]] == ["Senere opgave"]


def test_changelist_links_to_the_exports_with_its_filters(admin_client, follow_ups):
    content = admin_client.get(CHANGELIST, {"overdue": "yes"}).content.decode()
    assert f"{CHANGELIST}export/csv/?overdue=yes" in content
    assert f"{CHANGELIST}export/xlsx/?overdue=yes" in content


def test_xlsx_export_opens_with_dates_as_dates(admin_client, follow_ups):
    response = admin_client.get(f"{CHANGELIST}export/xlsx/?responsible__exact=ØS")

    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.values)
    assert list(rows[0]) == HEADERS
    assert len(rows) == 2
    assert rows[1][1] == "Senere opgave"
    assert rows[1][3] == datetime.datetime(2030, 1, 31)


def test_export_defuses_spreadsheet_formulas(admin_client):
    FollowUpFactory(description='=HYPERLINK("http://x")')
    rows = csv_rows(admin_client.get(f"{CHANGELIST}export/csv/"))
    assert rows[1][1].startswith("'=")


def test_export_leaves_out_closed_items_without_the_permission(follow_ups):
    FollowUpFactory(
        agenda_item=AgendaItemFactory(is_closed=True), description="HEMMELIG opgave"
    )
    staff = UserFactory(is_staff=True)
    staff.user_permissions.add(Permission.objects.get(codename="view_followup"))
    client = Client()
    client.force_login(staff)

    csv_export = client.get(f"{CHANGELIST}export/csv/")
    xlsx_export = client.get(f"{CHANGELIST}export/xlsx/")

    assert len(csv_rows(csv_export)) == 3
    assert "HEMMELIG" not in csv_export.content.decode("utf-8-sig")
    rows = list(load_workbook(io.BytesIO(xlsx_export.content)).active.values)
    assert all("HEMMELIG" not in str(value) for row in rows for value in row)


def test_export_needs_the_view_permission(follow_ups):
    client = Client()
    client.force_login(UserFactory(is_staff=True))
    assert client.get(f"{CHANGELIST}export/csv/").status_code == 403


def test_export_with_a_bad_filter_goes_back_to_the_list(admin_client):
    response = admin_client.get(f"{CHANGELIST}export/csv/?due_date__gte=nodate")
    assert response.status_code == 302


def test_an_export_over_the_row_limit_is_refused_with_a_message(
    admin_client, follow_ups, settings
):
    settings.EXPORT_MAX_ROWS = 1

    response = admin_client.get(f"{CHANGELIST}export/csv/?origin=decision", follow=True)

    assert response.redirect_chain[-1][0] == f"{CHANGELIST}?origin=decision"
    assert "more than 1 follow-ups" in response.content.decode()
