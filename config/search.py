"""Search over agenda items (title, sections, recommendation, decision) and
follow-ups, in Danish.

On PostgreSQL: the `danish` text search configuration (stemming: "budgetter"
finds "budget") with prefix matching, so the head of a compound finds the
whole ("sygefravær" finds "sygefraværsstatistik"), over documents stored and
indexed per item and follow-up; ranked by where the words occur (title,
decision, recommendation, sections). Elsewhere
(SQLite in development): every word of the query must occur, case and æ/ø/å
folded in Python, ranked by where it occurs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import F, TextField, Value
from django.db.models.functions import Cast, Coalesce, Concat

from decisions.models import FollowUp
from minutes.models import AgendaItem

# Trigram word similarity above which a word counts as found (0..1).
_SIMILARITY = 0.5
_SNIPPET_CONTEXT = 70


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "agenda_item" | "follow_up"
    obj: AgendaItem | FollowUp
    rank: float
    snippet: str


def search(query: str, *, user, limit: int = 200) -> list[SearchHit]:
    """Return the agenda items and follow-ups the user may see that match the
    query, best first."""
    items = AgendaItem.objects.visible_to(user).select_related("meeting", "decision")
    follow_ups = FollowUp.objects.visible_to(user).select_related(
        "agenda_item__meeting"
    )
    if connection.vendor == "postgresql":
        hits = _search_postgresql(query, items, follow_ups, limit)
    else:
        hits = _search_folded(query, items, follow_ups, limit)
    return sorted(hits, key=lambda hit: (-hit.rank, hit.kind, hit.obj.pk))[:limit]


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
    # Every word, or a word it begins ("sygefravær" finds
    # "sygefraværsstatistik": the head of a compound), after Danish stemming,
    # matched against the stored documents' GIN indexes (migrations minutes
    # 0008 and decisions 0011).
    words = _words(query)
    if not words:
        return []
    text_query = SearchQuery(
        " & ".join(f"'{word}':*" for word in words), config="danish", search_type="raw"
    )
    # Ranked on ids and scores alone (a narrow sort), then the best rows read
    # whole: sorting whole rows of every match spills to disk on a large
    # archive.
    found_items = _best(items, text_query, limit, text=_item_text())
    follow_up_text = Concat(
        "description", Value("\n"), "source_text", output_field=TextField()
    )
    found_follow_ups = _best(follow_ups, text_query, limit, text=follow_up_text)
    return [
        SearchHit(kind, obj, float(obj.score), snippet(obj.search_text, query))
        for kind, rows in (
            ("agenda_item", found_items),
            ("follow_up", found_follow_ups),
        )
        for obj in rows
    ]


def _best(queryset, text_query, limit, *, text):
    """The rows of the queryset that match, best `limit` first, each with its
    score and its text (search_text) for the snippet."""
    scores = dict(
        queryset.filter(search_vector=text_query)
        .annotate(score=SearchRank(F("search_vector"), text_query))
        .order_by("-score", "pk")
        .values_list("pk", "score")[:limit]
    )
    rows = queryset.filter(pk__in=scores).annotate(search_text=text)
    for row in rows:
        row.score = scores[row.pk]
    return sorted(rows, key=lambda row: (-row.score, row.pk))


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
            hits.append(SearchHit("agenda_item", item, rank, snippet(text, query)))
    for follow_up in follow_ups:
        fields = [(follow_up.description, 2.0), (follow_up.source_text, 1.0)]
        rank = _folded_rank(words, fields)
        if rank:
            text = "\n".join(value for value, _ in fields)
            hits.append(SearchHit("follow_up", follow_up, rank, snippet(text, query)))
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
