"""Pages of a large list: the count is exact up to a limit and an estimate
above it on PostgreSQL; the next link is always right."""

import pytest
from django.db import connection

from config.pagination import LargeListPaginator
from decisions.models import FollowUp
from tests.factories import FollowUpFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/follow-ups/"


@pytest.fixture
def small_exact_limit(monkeypatch):
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


def test_a_page_past_the_end_is_a_404(api_client, small_exact_limit):
    FollowUpFactory.create_batch(5)

    assert api_client.get(URL, {"page_size": 2, "page": 3}).status_code == 200
    assert api_client.get(URL, {"page_size": 2, "page": 4}).status_code == 404
