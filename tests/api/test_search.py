"""GET /api/v1/search/?q=: Danish search over agenda items and follow-ups."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.conftest import grant
from tests.factories import AgendaItemFactory, DecisionFactory, FollowUpFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/search/"
on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL text search"
)
on_sqlite = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="the fallback of SQLite"
)


def hits(client, query):
    response = client.get(URL, {"q": query})
    assert response.status_code == 200, response.data
    return [(row["type"], row["id"]) for row in response.data["results"]]


def test_a_title_match_ranks_above_a_section_match(api_client):
    in_section = AgendaItemFactory(
        title="Orientering",
        sections=[{"heading": "Sagsfremstilling", "text": "Om sygefravær i år."}],
    )
    in_title = AgendaItemFactory(title="Sygefravær 2024")

    result = hits(api_client, "sygefravær")

    assert result[:2] == [("agenda_item", in_title.pk), ("agenda_item", in_section.pk)]


def test_decisions_and_follow_ups_are_found(api_client):
    decided = DecisionFactory(text="Budgettet for ældreplejen blev godkendt.")
    follow_up = FollowUpFactory(description="Forvaltningen udarbejder ældreplan")

    result = hits(api_client, "ældreplejen")

    assert ("agenda_item", decided.agenda_item_id) in result
    assert ("follow_up", follow_up.pk) not in hits(api_client, "budgettet")
    assert ("follow_up", follow_up.pk) in hits(api_client, "ældreplan")


def test_a_hit_has_a_marked_snippet_and_a_url(api_client):
    item = AgendaItemFactory(title="Status på <Økonomi> og sygefraværsstatistik")

    [row] = api_client.get(URL, {"q": "økonomi"}).data["results"]

    assert row["url"] == f"http://testserver/api/v1/agenda-items/{item.pk}/"
    assert "<mark>Økonomi</mark>" in row["snippet"]
    assert "&lt;" in row["snippet"]  # the text itself is escaped
    assert row["meeting_date"] == item.meeting.date.isoformat()


def test_closed_items_and_their_follow_ups_are_never_found(user, api_client):
    closed = AgendaItemFactory(is_closed=True, title="Personalesag om sygefravær")
    FollowUpFactory(agenda_item=closed, description="Sygefravær: skriv til Anna")

    assert hits(api_client, "sygefravær") == []

    grant(user, "minutes.view_closed_agendaitem")
    assert len(hits(api_client, "sygefravær")) == 2


@pytest.mark.parametrize("params", [{}, {"q": ""}, {"q": "  "}, {"q": "x", "y": "1"}])
def test_a_search_without_words_or_with_unknown_parameters_is_a_400(api_client, params):
    assert api_client.get(URL, params).status_code == 400


@on_postgresql
def test_part_of_a_compound_finds_the_whole_on_postgresql(api_client):
    item = AgendaItemFactory(title="Sygefraværsstatistik for 2. kvartal")
    AgendaItemFactory(title="Budget")

    assert hits(api_client, "sygefravær") == [("agenda_item", item.pk)]


@on_postgresql
def test_danish_stemming_finds_other_forms_on_postgresql(api_client):
    item = AgendaItemFactory(title="Godkendelse af budgetterne")

    assert ("agenda_item", item.pk) in hits(api_client, "budget")


@on_sqlite
def test_the_fallback_folds_case_and_danish_letters(api_client):
    item = AgendaItemFactory(title="ØKONOMIUDVALGETS BESLUTNING")

    assert hits(api_client, "økonomiudvalgets") == [("agenda_item", item.pk)]
    assert hits(api_client, "Økonomi beslutning") == [("agenda_item", item.pk)]
    assert hits(api_client, "økonomi budget") == []


@on_postgresql
def test_a_corrected_decision_is_found_by_its_new_words(api_client):
    decision = DecisionFactory(text="Godkendt.")
    assert hits(api_client, "vejbelysning") == []

    decision.text = "Godkendt med ny vejbelysning."
    decision.save()

    assert hits(api_client, "vejbelysning") == [
        ("agenda_item", decision.agenda_item_id)
    ]
    decision.delete()
    assert hits(api_client, "vejbelysning") == []


@on_postgresql
def test_every_word_must_occur(api_client):
    both = AgendaItemFactory(title="Cykelsti ved Havnen")
    AgendaItemFactory(title="Cykelsti ved skolen")

    assert hits(api_client, "cykelsti i havnen") == [("agenda_item", both.pk)]


@on_postgresql
def test_a_decision_moved_to_another_item_is_found_only_there(api_client):
    decision = DecisionFactory(text="Kloakrenovering godkendt.")
    other = AgendaItemFactory()

    decision.agenda_item = other
    decision.save()

    assert hits(api_client, "kloakrenovering") == [("agenda_item", other.pk)]


@on_postgresql
def test_the_whole_word_ranks_above_the_head_of_a_compound(api_client):
    # The compound in the title would otherwise rank first (title weighs most).
    compound = AgendaItemFactory(title="Sygefraværsstatistik")
    whole = AgendaItemFactory(
        title="Orientering",
        sections=[{"heading": "Sagsfremstilling", "text": "Sygefraværet steg."}],
    )

    assert hits(api_client, "sygefravær") == [
        ("agenda_item", whole.pk),
        ("agenda_item", compound.pk),
    ]


@on_postgresql
def test_a_query_with_many_matches_is_ranked_among_its_newest(api_client, monkeypatch):
    in_title = AgendaItemFactory(title="Vejbelysning")
    newer = [
        AgendaItemFactory(
            title="Orientering",
            sections=[{"heading": "Sagsfremstilling", "text": "Om vejbelysning."}],
        )
        for _ in range(2)
    ]
    assert hits(api_client, "vejbelysning")[0] == ("agenda_item", in_title.pk)

    monkeypatch.setattr("config.search.MANY_MATCHES", 0)
    monkeypatch.setattr("config.search.UNCOUNTED_WORD_MARGIN", 0)
    monkeypatch.setattr("config.search.RECENT_MATCHES", 2)

    assert sorted(hits(api_client, "vejbelysning")) == [
        ("agenda_item", item.pk) for item in newer
    ]


@on_postgresql
def test_too_few_matches_among_the_newest_rows_ranks_them_all(api_client, monkeypatch):
    # The statistics can be wrong: the word occurs only in an old item.
    old = AgendaItemFactory(title="Vejbelysning")
    AgendaItemFactory.create_batch(3, title="Orientering")
    monkeypatch.setattr("config.search.MANY_MATCHES", 0)
    monkeypatch.setattr("config.search.UNCOUNTED_WORD_MARGIN", 0)
    monkeypatch.setattr("config.search.RECENT_MATCHES", 2)

    assert hits(api_client, "vejbelysning") == [("agenda_item", old.pk)]


def test_a_page_of_hits_costs_the_same_queries_whatever_its_size(api_client):
    AgendaItemFactory.create_batch(3, title="Vejbelysning")
    FollowUpFactory.create_batch(3, description="Vejbelysning i Nordby")

    def queries_for(page_size):
        with CaptureQueriesContext(connection) as queries:
            response = api_client.get(
                URL, {"q": "vejbelysning", "page_size": page_size}
            )
        assert len(response.data["results"]) == page_size
        assert all("<mark>" in row["snippet"] for row in response.data["results"])
        return len(queries)

    queries_for(1)  # the first request of a client also starts its rate count
    # Both pages show items and follow-ups (one query each to read them).
    assert queries_for(4) == queries_for(6)


def test_the_second_page_shows_the_next_best_hits(api_client):
    items = [
        AgendaItemFactory(title="Vejbelysning"),
        AgendaItemFactory(
            title="Orientering",
            sections=[{"heading": "Sagsfremstilling", "text": "Om vejbelysning."}],
        ),
    ]

    first = api_client.get(URL, {"q": "vejbelysning", "page_size": 1}).data
    second = api_client.get(first["next"]).data

    assert [row["id"] for row in first["results"] + second["results"]] == [
        item.pk for item in items
    ]
