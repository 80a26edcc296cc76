"""The follow-up list as a calendar feed (RFC 5545, checked with the icalendar
package) and as CSV, both filtered like the list."""

import csv
import datetime
import io

import pytest
from icalendar import Calendar
from rest_framework.test import APIClient

from decisions.models import FollowUpStatus
from tests.factories import FollowUpFactory

pytestmark = pytest.mark.django_db

CALENDAR = "/api/v1/follow-ups/calendar.ics"
CSV = "/api/v1/follow-ups/export.csv"
TOKEN = "/api/v1/follow-ups/calendar-token/"


def events(response):
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    return {str(e["uid"]): e for e in calendar.walk("VEVENT")}


def test_the_calendar_has_an_all_day_event_per_dated_follow_up(api_client):
    dated = FollowUpFactory(
        description="Send høringssvar", responsible="Økonomi & Stab"
    )
    FollowUpFactory(due_date=None)
    cancelled = FollowUpFactory(status=FollowUpStatus.CANCELLED)

    found = events(api_client.get(CALENDAR))

    assert set(found) == {
        f"follow-up-{dated.pk}@testserver",
        f"follow-up-{cancelled.pk}@testserver",
    }
    event = found[f"follow-up-{dated.pk}@testserver"]
    assert event.decoded("dtstart") == datetime.date(2030, 1, 31)
    assert str(event["summary"]) == "Send høringssvar"
    assert "Ansvarlig: Økonomi & Stab" in str(event["description"])
    assert str(event["url"]).endswith(f"/api/v1/follow-ups/{dated.pk}/")
    assert str(found[f"follow-up-{cancelled.pk}@testserver"]["status"]) == "CANCELLED"


def test_the_calendar_is_filtered_like_the_list(api_client):
    wanted = FollowUpFactory(responsible="HR")
    FollowUpFactory(responsible="Borgerservice")

    found = events(api_client.get(CALENDAR, {"responsible": "HR"}))

    assert list(found) == [f"follow-up-{wanted.pk}@testserver"]
    assert api_client.get(CALENDAR, {"colour": "red"}).status_code == 400
    assert (
        api_client.get(CALENDAR, {"overdue": "yes"}).json()["errors"][0]["attr"]
        == "overdue"
    )


def test_a_feed_token_subscribes_without_logging_in_until_revoked(api_client):
    FollowUpFactory()
    answer = api_client.post(TOKEN).json()
    assert answer["calendar_url"].endswith(f"calendar.ics?token={answer['token']}")

    calendar_program = APIClient()
    assert len(events(calendar_program.get(CALENDAR, {"token": answer["token"]}))) == 1

    api_client.delete(TOKEN)
    response = calendar_program.get(CALENDAR, {"token": answer["token"]})
    assert response.status_code == 401
    assert response.json()["errors"][0]["code"] == "authentication_failed"


def test_an_empty_feed_token_is_no_token(api_client):
    assert api_client.get(CALENDAR, {"token": ""}).status_code == 200
    assert APIClient().get(CALENDAR, {"token": ""}).status_code == 401


def test_a_new_feed_token_replaces_the_old_one(api_client):
    old = api_client.post(TOKEN).json()["token"]
    new = api_client.post(TOKEN).json()["token"]

    assert old != new
    assert APIClient().get(CALENDAR, {"token": old}).status_code == 401
    assert APIClient().get(CALENDAR, {"token": new}).status_code == 200


def test_the_feed_token_only_opens_the_calendar(api_client):
    token = api_client.post(TOKEN).json()["token"]

    response = APIClient().get("/api/v1/follow-ups/", {"token": token})

    assert response.status_code == 401


def test_closed_items_follow_ups_are_not_in_the_calendar_or_the_csv(api_client):
    FollowUpFactory(agenda_item__is_closed=True, description="Hemmelig")

    assert events(api_client.get(CALENDAR)) == {}
    assert "Hemmelig" not in api_client.get(CSV).content.decode()


def test_the_csv_has_a_row_per_follow_up_filtered_and_ordered(api_client):
    late = FollowUpFactory(due_date=datetime.date(2031, 1, 1), responsible="HR")
    early = FollowUpFactory(due_date=datetime.date(2030, 1, 1), responsible="HR")
    FollowUpFactory(responsible="Borgerservice")

    response = api_client.get(CSV, {"responsible": "HR", "ordering": "due_date"})

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [int(r["id"]) for r in rows] == [early.pk, late.pk]
    assert rows[0]["due_date"] == "2030-01-01"
    assert rows[0]["case_number"] == early.agenda_item.case_number


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_the_csv_defuses_spreadsheet_formulas(api_client, start):
    FollowUpFactory(description=f'{start}HYPERLINK("http://x")')

    rows = list(csv.DictReader(io.StringIO(api_client.get(CSV).content.decode())))

    assert rows[0]["description"].startswith(f"'{start}")


def test_the_files_need_an_account(anonymous_client):
    assert anonymous_client.get(CALENDAR).status_code == 401
    assert anonymous_client.get(CSV).status_code == 401
    assert anonymous_client.post(TOKEN).status_code == 401


def test_the_xlsx_has_a_row_per_follow_up_with_dates_as_dates(api_client):
    from openpyxl import load_workbook

    follow_up = FollowUpFactory(responsible="HR")
    FollowUpFactory(responsible="Borgerservice")

    response = api_client.get("/api/v1/follow-ups/export.xlsx", {"responsible": "HR"})

    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    header, *rows = list(sheet.values)
    assert header[:2] == ("id", "url")
    assert [row[0] for row in rows] == [follow_up.pk]
    assert rows[0][header.index("due_date")].date() == datetime.date(2030, 1, 31)


@pytest.mark.parametrize("path", ["export.csv", "export.xlsx", "calendar.ics"])
def test_files_take_the_same_queries_for_one_row_or_many(secretariat_client, path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def statements():
        with CaptureQueriesContext(connection) as queries:
            response = secretariat_client.get(f"/api/v1/follow-ups/{path}")
        assert response.status_code == 200
        return len(queries)

    FollowUpFactory()
    statements()  # the user's permissions are cached from here on
    one = statements()
    FollowUpFactory.create_batch(5)

    assert statements() == one


@pytest.mark.parametrize("path", ["export.csv", "export.xlsx", "calendar.ics"])
def test_a_file_over_the_row_limit_is_a_400_saying_to_filter(
    api_client, settings, path
):
    settings.EXPORT_MAX_ROWS = 2
    FollowUpFactory.create_batch(3)

    response = api_client.get(f"/api/v1/follow-ups/{path}")

    assert response.status_code == 400
    assert response.json()["errors"][0]["code"] == "too_many_rows"
    assert (
        api_client.get(
            f"/api/v1/follow-ups/{path}", {"due_before": "2020-01-01"}
        ).status_code
        == 200
    )
