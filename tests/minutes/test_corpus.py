"""Real published minutes: Greve Kommune's FirstAgenda corpus (../shared/corpus).

Every meeting is read from the JSON the publication site serves and from the
same meeting rendered as text the way the public page shows it; both must give
the meeting's agenda items, and no line of the text may be lost. The corpus is
outside the repository: these tests skip where it is missing.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from minutes.parsing import parse_text
from minutes.readers import read_minutes

CORPUS = Path(__file__).parents[3] / "shared" / "corpus" / "greve-firstagenda"
# Questions and answers to the council: published beside the minutes, not minutes.
QUESTIONS = "spoergsmaal-svar"

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")

_DECISION_SECTION_RE = re.compile(
    r"<h3[^>]*>\s*Beslutning\s*</h3>\s*(?:<[^>]+>\s*)*[^<\s]", re.IGNORECASE
)


@pytest.fixture(scope="module")
def meetings() -> list[tuple[str, dict, object, object, str]]:
    read = []
    for path in sorted(CORPUS.glob("20*.json")):
        if QUESTIONS in path.name:
            continue
        data = path.read_bytes()
        document, from_json = read_minutes(data, path.name, max_bytes=len(data))
        from_text = parse_text(document.text)
        read.append((path.name, json.loads(data), from_json, from_text, document.text))
    return read


def test_the_corpus_is_all_there(meetings) -> None:
    assert len(meetings) == 369


def test_every_meeting_has_its_agenda_items_decisions_and_closed_items(meetings):
    wrong = []
    for name, raw, minutes, _, _ in meetings:
        items = raw["Dagsordenpunkter"]
        if len(minutes.items) != len(items):
            wrong.append(f"{name}: {len(minutes.items)} items, not {len(items)}")
            continue
        for source, item in zip(items, minutes.items, strict=True):
            html = "".join(field["Html"] or "" for field in source["Felter"] or [])
            if _DECISION_SECTION_RE.search(html) and item.decision is None:
                wrong.append(f"{name} item {item.number}: decision missing")
            if source["Navn"].casefold().startswith("lukket") and not item.is_closed:
                wrong.append(f"{name} item {item.number}: not closed")
            printed = " ".join(source["Navn"].split())
            if (item.number, item.title) != (int(source["Punktnummer"]), printed):
                wrong.append(f"{name} item {item.number}: {item.title!r}")
    assert not wrong, "\n".join(wrong[:20])


def test_the_public_page_text_gives_the_same_items(meetings) -> None:
    wrong = []
    for name, _, from_json, from_text, _ in meetings:
        expected = [(item.number, item.title) for item in from_json.items]
        got = [(item.number, item.title) for item in from_text.items]
        if got != expected:
            missing = sorted(set(expected) - set(got))[:3]
            extra = sorted(set(got) - set(expected))[:3]
            wrong.append(f"{name}: missing {missing}, extra {extra}")
    assert not wrong, f"{len(wrong)} meetings differ:\n" + "\n".join(wrong[:20])


def test_every_line_of_the_text_lands_in_exactly_one_place(meetings) -> None:
    """Header lines before the first item; after it, each text line belongs to
    exactly one item (items' line spans neither overlap nor leave gaps)."""
    wrong = []
    for name, _, _, minutes, text in meetings:
        spans = [(item.first_line, item.last_line) for item in minutes.items]
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
            if start <= end:
                wrong.append(f"{name}: items overlap at line {start}")
        covered = set()
        for start, end in spans:
            covered.update(range(start, end + 1))
        first = spans[0][0]
        for number, line in enumerate(text.split("\n"), start=1):
            if number >= first and line.strip() and number not in covered:
                wrong.append(f"{name}: line {number} is in no item: {line[:60]!r}")
                break
    assert not wrong, "\n".join(wrong[:20])
