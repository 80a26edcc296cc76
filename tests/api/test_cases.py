"""GET /api/v1/cases/{case_number}/: a case's agenda items across meetings."""

import datetime

import pytest

from tests.conftest import grant
from tests.factories import (
    AgendaItemFactory,
    DecisionFactory,
    FollowUpFactory,
    MeetingFactory,
)

pytestmark = pytest.mark.django_db


def item_on(day, case_number="15/7111", **kwargs):
    meeting = MeetingFactory(date=datetime.date(2024, 1, day))
    return AgendaItemFactory(meeting=meeting, case_number=case_number, **kwargs)


def test_the_timeline_lists_the_cases_items_oldest_first(api_client):
    later = item_on(20, title="Evaluering")
    first = item_on(5, title="Opstart")
    DecisionFactory(agenda_item=first, text="Godkendt.")
    follow_up = FollowUpFactory(agenda_item=first)
    item_on(10, case_number="00.01.00-A00-1-24")

    response = api_client.get("/api/v1/cases/15/7111/")

    assert response.status_code == 200
    assert response.data["case_number"] == "15/7111"
    assert response.data["url"] == "http://testserver/api/v1/cases/15/7111/"
    items = response.data["agenda_items"]
    assert [i["id"] for i in items] == [first.pk, later.pk]
    assert items[0]["meeting_date"] == "2024-01-05"
    assert items[0]["decision"] == "Godkendt."
    assert [f["id"] for f in items[0]["follow_ups"]] == [follow_up.pk]
    assert items[1]["decision"] is None
    assert response["ETag"]


def test_an_encoded_slash_finds_the_same_case(api_client):
    item_on(5)

    response = api_client.get("/api/v1/cases/15%2F7111/")

    assert response.status_code == 200
    assert len(response.data["agenda_items"]) == 1


def test_an_unknown_case_is_a_404(api_client):
    assert api_client.get("/api/v1/cases/99/1/").status_code == 404


def test_a_closed_item_shows_only_its_number_and_case(user, api_client):
    closed = item_on(5, is_closed=True, title="Personalesag")
    DecisionFactory(agenda_item=closed, text="Afskediget.")
    FollowUpFactory(agenda_item=closed, description="Skriv brev")

    data = api_client.get("/api/v1/cases/15/7111/").data["agenda_items"][0]

    assert data["title"] == "Lukket"
    assert data["decision"] is None
    assert data["follow_ups"] == []
    assert data["meeting_date"] == "2024-01-05"
    assert "Personalesag" not in str(data)
    assert "Afskediget" not in str(data)

    grant(user, "minutes.view_closed_agendaitem")
    data = api_client.get("/api/v1/cases/15/7111/").data["agenda_items"][0]
    assert data["decision"] == "Afskediget."


@pytest.mark.parametrize("items", [1, 5])
def test_the_timeline_query_count_is_constant(
    secretariat_client, django_assert_num_queries, items
):
    for day in range(1, items + 1):
        FollowUpFactory(agenda_item=item_on(day))

    # 1-2: the user's and groups' permissions (may they see closed items?),
    # 3: the items with meeting and decision, 4: their follow-ups.
    with django_assert_num_queries(4):
        response = secretariat_client.get("/api/v1/cases/15/7111/")
    assert len(response.data["agenda_items"]) == items
