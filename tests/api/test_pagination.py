"""Pages of a large list: the count is exact up to a limit and an estimate
above it on PostgreSQL; the next link is always right."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from config.pagination import LargeListPaginator
from decisions.models import FollowUp
from tests.factories import FollowUpFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/follow-ups/"


@pytest.fixture
def small_exact_limit(monkeypatch):
    monkeypatch.setattr(LargeListPaginator, "SMALL_LIST", 2)
    monkeypatch.setattr(LargeListPaginator, "EXACT_COUNT_LIMIT", 3)


def test_a_count_under_the_limit_is_exact(api_client):
    FollowUpFactory.create_batch(3)

    response = api_client.get(URL, {"page_size": 2})

    assert response.data["count"] == 3
    assert response.data["next"] is not None


def test_above_the_limit_every_page_is_reached_by_next(api_client, small_exact_limit):
    FollowUpFactory.create_batch(7)

    seen, url, params = [], URL, {"page_size": 2}
    while url:
        response = api_client.get(url, params)
        assert response.status_code == 200, response.data
        seen += [row["id"] for row in response.data["results"]]
        url, params = response.data["next"], None

    assert seen == list(
        FollowUp.objects.order_by("due_date", "pk").values_list("pk", flat=True)
    )
    assert response.data["count"] >= 4


def test_above_the_limit_postgresql_gives_the_planners_estimate(
    api_client, small_exact_limit
):
    if connection.vendor != "postgresql":
        pytest.skip("the estimate comes from PostgreSQL's planner")
    FollowUpFactory.create_batch(5)

    response = api_client.get(URL)

    # An estimate: more than the limit, never fewer than it read.
    assert response.data["count"] >= 4


def test_far_above_the_limit_postgresql_counts_no_rows_to_the_limit(
    api_client, small_exact_limit, monkeypatch
):
    if connection.vendor != "postgresql":
        pytest.skip("the estimate comes from PostgreSQL's planner")
    monkeypatch.setattr(LargeListPaginator, "CERTAINLY_LARGE", 0)
    FollowUpFactory.create_batch(5)

    with CaptureQueriesContext(connection) as queries:
        response = api_client.get(URL)

    assert response.data["count"] >= 1
    counts = [q["sql"] for q in queries if q["sql"].startswith("SELECT COUNT(*)")]
    assert len(counts) == 1 and "LIMIT 3)" in counts[0]  # SMALL_LIST + 1 only


def test_a_page_past_the_end_is_a_404(api_client, small_exact_limit):
    FollowUpFactory.create_batch(5)

    assert api_client.get(URL, {"page_size": 2, "page": 3}).status_code == 200
    assert api_client.get(URL, {"page_size": 2, "page": 4}).status_code == 404


def walk(client, url, params, link="next"):
    """Return the pages met by following the links from the first request."""
    pages = []
    while url:
        response = client.get(url, params)
        assert response.status_code == 200, response.data
        pages.append([row["id"] for row in response.data["results"]])
        url, params = response.data[link], None
    return pages


def ordered_ids(*ordering):
    from django.db.models import F

    terms = [
        F(name.lstrip("-")).desc(nulls_last=True)
        if name.startswith("-")
        else F(name).asc(nulls_last=True)
        for name in ordering
    ]
    return list(FollowUp.objects.order_by(*terms, "pk").values_list("pk", flat=True))


@pytest.mark.parametrize("ordering", ["due_date", "-due_date", "created_at"])
def test_next_links_walk_every_row_once_in_order(api_client, ordering):
    import datetime

    for day in [3, 1, 3, None, 2, 3, None]:
        FollowUpFactory(due_date=day and datetime.date(2030, 1, day))

    pages = walk(api_client, URL, {"page_size": 2, "ordering": ordering})

    assert [row for page in pages for row in page] == ordered_ids(ordering)
    assert [len(page) for page in pages] == [2, 2, 2, 1]


def test_previous_links_walk_back_the_same_pages(api_client):
    import datetime

    for day in [3, 1, 3, None, 2, 3, None]:
        FollowUpFactory(due_date=day and datetime.date(2030, 1, day))
    forward = walk(api_client, URL, {"page_size": 2})
    last = api_client.get(URL, {"page_size": 2, "page": 4}).data
    assert last["results"][0]["id"] == forward[-1][0]
    first_cursor_page = api_client.get(URL, {"page_size": 2}).data["next"]
    third = api_client.get(api_client.get(first_cursor_page).data["next"]).data

    backward = walk(api_client, third["previous"], None, link="previous")

    assert backward == [forward[1], forward[0]]


def test_next_link_carries_a_cursor_and_keeps_the_filters(api_client):
    FollowUpFactory.create_batch(3, status="open")
    FollowUpFactory(status="done")

    response = api_client.get(URL, {"page_size": 2, "status": "open"})

    assert "cursor=" in response.data["next"]
    assert "status=open" in response.data["next"]
    second = api_client.get(response.data["next"]).data
    assert len(second["results"]) == 1
    assert second["next"] is None


@pytest.mark.parametrize(
    ("path", "params"),
    [
        (URL, {"cursor": "not-a-cursor"}),
        (URL, {"cursor": "WyIyMDMwLTAxLTAxIiwiMSJd"}),  # ["2030-01-01","1"]
        (URL, {"cursor": "WyJ4IiwxLGZhbHNlXQ"}),  # ["x",1,false]
        ("/api/v1/agenda-items/", {"cursor": "WyJ4IiwxLGZhbHNlXQ"}),
        ("/api/v1/search/", {"q": "budget", "cursor": "WyJ4IiwxLGZhbHNlXQ"}),
    ],
)
def test_a_cursor_that_is_not_one_of_the_list_is_a_404(api_client, path, params):
    response = api_client.get(path, params)

    assert response.status_code == 404
    assert "cursor" in response.data["errors"][0]["detail"]


def test_an_empty_cursor_is_a_400(api_client):
    response = api_client.get(URL, {"cursor": ""})

    assert response.status_code == 400
    assert response.data["errors"][0]["attr"] == "cursor"


def test_a_cursor_wins_over_a_page_number(api_client):
    FollowUpFactory.create_batch(3)
    next_link = api_client.get(URL, {"page_size": 2}).data["next"]

    response = api_client.get(next_link + "&page=1")

    assert [row["id"] for row in response.data["results"]] == ordered_ids("due_date")[
        2:
    ]


def test_deep_pages_by_number_hold_the_right_rows_in_order(
    api_client, small_exact_limit
):
    import datetime

    for day in [3, 1, 3, None, 2, 3, None]:
        FollowUpFactory(due_date=day and datetime.date(2030, 1, day))

    pages = [
        [
            row["id"]
            for row in api_client.get(URL, {"page_size": 2, "page": n}).data["results"]
        ]
        for n in (1, 2, 3, 4)
    ]

    assert [row for page in pages for row in page] == ordered_ids("due_date")


@pytest.mark.parametrize(
    "cursor",
    [
        "WwIj" * 400,  # too long
        __import__("base64").urlsafe_b64encode(b"[" * 150).decode(),  # nested deep
        # a moment past the largest one in UTC
        __import__("base64")
        .urlsafe_b64encode(b'["9999-12-31T23:59:59-14:00",1,false]')
        .decode(),
    ],
)
def test_a_hostile_cursor_is_a_404_not_a_500(api_client, cursor):
    response = api_client.get(URL, {"cursor": cursor, "ordering": "updated_at"})

    assert response.status_code == 404


def test_page_links_reach_every_row_when_the_estimate_is_too_low(
    api_client, small_exact_limit, monkeypatch
):
    from tests.factories import AgendaItemFactory

    monkeypatch.setattr("config.pagination.planner_estimate", lambda queryset: 5)
    AgendaItemFactory.create_batch(12)

    pages = walk(api_client, "/api/v1/agenda-items/", {"page_size": 2})

    assert sum(len(page) for page in pages) == 12
