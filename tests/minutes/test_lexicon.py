"""The shared Danish word tables: each entry is needed by an example of the
parser, the deadline grammar or the extraction that read them."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from decisions.deadlines import find_deadlines
from minutes.parsing.dates import find_date
from minutes.parsing.headings import BODY_WORD_RE, classify_heading
from minutes.parsing.lexicon import (
    BODY_WORDS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NEXT_WORDS,
    WEEKDAYS,
)
from minutes.readers.firstagenda import _Rendering

MEETING = date(2026, 3, 3)


@pytest.mark.parametrize(("number", "month"), list(enumerate(MONTHS, start=1)))
def test_every_month_name_dates_a_meeting(number: int, month: str) -> None:
    assert find_date(f"Mødedato: 3. {month} 2026") == date(2026, number, 3)


@pytest.mark.parametrize(("abbreviation", "number"), MONTH_ABBREVIATIONS.items())
def test_every_month_abbreviation_dates_a_meeting(abbreviation, number) -> None:
    assert find_date(f"Mødedato: 3. {abbreviation}. 2026") == date(2026, number, 3)


@pytest.mark.parametrize(("index", "weekday"), list(enumerate(WEEKDAYS)))
def test_every_weekday_is_printed_in_a_rendered_header(index, weekday) -> None:
    rendering = _Rendering()
    monday = datetime(2026, 3, 2, 16, 0)
    rendering.header("Udvalget", monday.replace(day=2 + index), "", {}, [])
    assert rendering.lines[1].startswith(f"Mødedato: {weekday} den {2 + index}.")


@pytest.mark.parametrize(("word", "ending"), BODY_WORDS.items())
def test_every_body_word_names_a_body_in_headings_and_deadlines(word, ending) -> None:
    name = f"Test{word}{ending}"
    assert BODY_WORD_RE.search(name)
    assert classify_heading(f"Beslutning i {name}") is not None
    events = [
        d.event
        for d in find_deadlines(
            f"Sagen behandles igen på næste møde i {name}.", MEETING
        )
    ]
    assert events == [name]


@pytest.mark.parametrize("next_word", NEXT_WORDS)
def test_every_next_word_makes_a_meeting_deadline(next_word: str) -> None:
    found = find_deadlines(f"Sagen genoptages på {next_word} møde.", MEETING)
    assert [d.text for d in found] == [f"på {next_word} møde"]
