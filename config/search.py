"""Search over agenda items (title, sections, recommendation, decision) and
follow-ups, in Danish.

On PostgreSQL: the `danish` text search configuration (stemming: "budgetter"
finds "budget") with prefix matching, so the head of a compound finds the
whole ("sygefravær" finds "sygefraværsstatistik"), over documents stored and
indexed per item and follow-up; ranked by where the words occur (title,
decision, recommendation, sections), matches of the whole words above those
that only find the head of a compound. A query that PostgreSQL estimates to
match more than MANY_MATCHES items (or follow-ups) is ranked among its
RECENT_MATCHES newest matches: ranking reads every match's row, tens of
thousands for a common word in a full archive (see _newest_matches). Elsewhere
(SQLite in development): every word of the query must occur, case and æ/ø/å
folded in Python, ranked by where it occurs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import F, Max, TextField, Value
from django.db.models.functions import Cast, Coalesce, Concat

from config.pagination import planner_estimate
from decisions.models import FollowUp
from minutes.models import AgendaItem

_SNIPPET_CONTEXT = 70
# Above this many estimated matches a query is ranked among its newest ones.
MANY_MATCHES = 2_000
RECENT_MATCHES = 500
# ... and when the estimate is above this many times the guess for a word the
# statistics have not counted (see _newest_matches).
UNCOUNTED_WORD_MARGIN = 2


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "agenda_item" | "follow_up"
    pk: int
    rank: float
    query: str
    # Read by load() for the hits shown; a search finds up to `limit`.
    obj: AgendaItem | FollowUp | None = None
    text: str = ""

    @property
    def snippet(self) -> str:
        return snippet(self.text, self.query)


def search(query: str, *, user, limit: int = 200) -> list[SearchHit]:
    """Return the agenda items and follow-ups the user may see that match the
    query, best first; load() reads the ones to show."""
    items, follow_ups = _visible(user)
    if connection.vendor == "postgresql":
        hits = _search_postgresql(query, items, follow_ups, limit)
    else:
        hits = _search_folded(query, items, follow_ups, limit)
    return sorted(hits, key=lambda hit: (-hit.rank, hit.kind, hit.pk))[:limit]


def load(hits: list[SearchHit], *, user) -> list[SearchHit]:
    """The hits with their agenda item or follow-up and its text, read in one
    query per kind; a hit deleted (or closed) since the search is left out."""
    querysets = dict(zip(("agenda_item", "follow_up"), _visible(user), strict=True))
    texts = {"agenda_item": _item_text(), "follow_up": _follow_up_text()}
    rows = {
        kind: querysets[kind]
        .filter(pk__in=[hit.pk for hit in hits if hit.kind == kind and not hit.obj])
        .annotate(search_text=texts[kind])
        .in_bulk()
        for kind in querysets
    }
    loaded = []
    for hit in hits:
        if hit.obj is not None:
            loaded.append(hit)
        elif (row := rows[hit.kind].get(hit.pk)) is not None:
            loaded.append(replace(hit, obj=row, text=row.search_text))
    return loaded


def _visible(user):
    return (
        AgendaItem.objects.visible_to(user).select_related("meeting", "decision"),
        FollowUp.objects.visible_to(user).select_related("agenda_item__meeting"),
    )


def _item_text():
    return Concat(
        "title",
        Value("\n"),
        Coalesce("decision__text", Value(""), output_field=TextField()),
        Value("\n"),
        Coalesce("recommendation__note", Value(""), output_field=TextField()),
        Value("\n"),
        Cast("sections", TextField()),
        output_field=TextField(),
    )


def _search_postgresql(query, items, follow_ups, limit):
    # After Danish stemming, every word whole, then (if that finds fewer than
    # `limit`) every word or a word it begins ("sygefravær" finds
    # "sygefraværsstatistik": the head of a compound), matched against the
    # stored documents' GIN indexes (migrations minutes 0008 and decisions
    # 0011). Whole words rank above heads of compounds; and GIN intersects
    # whole words by skipping through the common word's entries, where a
    # prefix reads all of them.
    words = _words(query)
    if not words:
        return []
    querysets = {"agenda_item": items, "follow_up": follow_ups}
    found: dict[str, dict[int, float]] = {kind: {} for kind in querysets}
    among_newest: set[str] = set()
    tables = {kind: _Table(queryset.model) for kind, queryset in querysets.items()}
    for whole_words, suffix in ((True, ""), (False, ":*")):
        if sum(map(len, found.values())) >= limit:
            break  # nothing of a lower tier can make the best `limit`
        text_query = SearchQuery(
            " & ".join(f"'{word}'{suffix}" for word in words),
            config="danish",
            search_type="raw",
        )
        for kind, queryset in querysets.items():
            if kind in among_newest:
                continue  # the lower tier would bring back the older ones
            scores = found[kind]
            unfound = queryset.exclude(pk__in=list(scores))
            rows, all_ranked = _best(
                unfound, text_query, limit - len(scores), tables[kind]
            )
            for pk, score in rows:
                scores[pk] = score + (1.0 if whole_words else 0.0)
            if not all_ranked:
                among_newest.add(kind)
    return [
        SearchHit(kind, pk, rank, query)
        for kind, scores in found.items()
        for pk, rank in scores.items()
    ]


def _follow_up_text():
    return Concat("description", Value("\n"), "source_text", output_field=TextField())


class _Table:
    """What PostgreSQL knows of a table, read once per search."""

    def __init__(self, model):
        self.model = model

    @cached_property
    def rows(self) -> int:
        return planner_estimate(self.model.objects.all())

    @cached_property
    def uncounted_word_rows(self) -> int:
        """The fixed guess for a word the statistics have not counted (the
        same as for a word that does not occur)."""
        absent_word = SearchQuery("'0absent0'", config="danish", search_type="raw")
        return planner_estimate(self.model.objects.filter(search_vector=absent_word))

    @cached_property
    def newest_pk(self) -> int:
        return self.model.objects.aggregate(newest=Max("pk"))["newest"] or 0


def _best(
    matching, text_query, limit: int, table: _Table
) -> tuple[list[tuple[int, float]], bool]:
    """The ids and scores (0..1) of the best `limit` rows that match, and
    whether every match was ranked (or only the newest)."""
    # rank / (rank + 1): scores below 1, so a tier can add 1 (see above).
    matches = (
        matching.filter(search_vector=text_query)
        .annotate(score=SearchRank(F("search_vector"), text_query, normalization=32))
        .values_list("pk", "score")
    )
    newest = _newest_matches(matches, table)
    if newest is not None:
        return sorted(newest, key=lambda row: (-row[1], row[0]))[:limit], False
    # Ranked on ids and scores alone (a narrow sort): sorting whole rows of
    # every match spills to disk on a large archive.
    return list(matches.order_by("-score", "pk")[:limit]), True


def _newest_matches(matches, table: _Table) -> list[tuple[int, float]] | None:
    """The RECENT_MATCHES newest matches, when PostgreSQL's statistics say
    the query matches more than MANY_MATCHES rows; else None (rank them all).

    Ranking reads every match's row; read newest first by the primary key's
    index, the scan stops after RECENT_MATCHES matches. It is bounded to a
    window of the newest rows that should hold twice as many, in case
    the statistics are wrong (words that rarely occur together), and taken
    only for words the statistics know: a word they have not counted gets a
    fixed guess, the one an absent word gets.
    """
    estimate = planner_estimate(matches)
    if estimate <= MANY_MATCHES:
        return None
    if estimate <= UNCOUNTED_WORD_MARGIN * table.uncounted_word_rows:
        return None
    window = 2 * RECENT_MATCHES * table.rows // estimate
    newest = list(
        matches.filter(pk__gt=table.newest_pk - window).order_by("-pk")[:RECENT_MATCHES]
    )
    return newest if len(newest) == RECENT_MATCHES else None


def _search_folded(query, items, follow_ups, limit):
    words = _words(query)
    if not words:
        return []
    hits = []
    for item in items.select_related("recommendation"):
        recommendation = getattr(item, "recommendation", None)
        decision = getattr(item, "decision", None)
        fields = [
            (item.title, 3.0),
            (decision.text if decision else "", 2.0),
            (recommendation.note if recommendation else "", 1.0),
            (" ".join(s.get("text", "") for s in item.sections), 0.5),
        ]
        rank = _folded_rank(words, fields)
        if rank:
            text = "\n".join(value for value, _ in fields)
            hits.append(SearchHit("agenda_item", item.pk, rank, query, item, text))
    for follow_up in follow_ups:
        fields = [(follow_up.description, 2.0), (follow_up.source_text, 1.0)]
        rank = _folded_rank(words, fields)
        if rank:
            text = "\n".join(value for value, _ in fields)
            hits.append(
                SearchHit("follow_up", follow_up.pk, rank, query, follow_up, text)
            )
    return hits


def _folded_rank(words: list[str], fields: list[tuple[str, float]]) -> float:
    """Return the weight of the fields that hold every word (0: not all do)."""
    folded = [(value.casefold(), weight) for value, weight in fields]
    if not all(any(word in value for value, _ in folded) for word in words):
        return 0.0
    return sum(weight for value, weight in folded for word in words if word in value)


def _words(query: str) -> list[str]:
    return [w for w in re.findall(r"\w+", query.casefold()) if len(w) > 1]


def snippet(text: str, query: str) -> str:
    """Return the passage around the first query word, the words marked
    <mark>…</mark> (text HTML-escaped), or the text's start."""
    from django.utils.html import escape

    text = " ".join(text.split())
    folded = text.casefold()
    words = _words(query)
    positions = [folded.find(w) for w in words if folded.find(w) >= 0]
    start = max(0, min(positions) - _SNIPPET_CONTEXT) if positions else 0
    passage = text[start : start + 2 * _SNIPPET_CONTEXT + 40]
    marked = escape(passage)
    for word in sorted(words, key=len, reverse=True):
        marked = re.sub(
            f"({re.escape(escape(word))}\\w*)",
            r"<mark>\1</mark>",
            marked,
            flags=re.IGNORECASE,
        )
    return (
        ("…" if start else "")
        + marked
        + ("…" if start + len(passage) < len(text) else "")
    )
