"""Fuzzing: mutated real referater never crash the readers, the parser or the
follow-up extraction.

Every input either parses or is refused with MinutesError (the precise message
a user sees); anything else is a bug. Inputs are real documents from the test
data with lines deleted, repeated, swapped, cut or sprinkled with odd
characters, as damaged exports and copy-paste produce them. The slowest input
is printed with -s (times are reported, not asserted: see `make bench`).
"""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minutes.parsing import parse_text
from minutes.parsing.types import MinutesError
from minutes.readers import read_minutes

DATA = Path(__file__).parents[1] / "data"
DOCUMENTS = [
    path.read_text(encoding="utf-8")
    for folder in ("unseen", "referater", "blind")
    for path in sorted((DATA / folder).glob("*.txt"))
]
HTML = (DATA / "formats" / "byraad_webside.html").read_text(encoding="utf-8")
ODD = ["\f", "\t", "\u00ad", "\ufeff", "**", "## ", "1.", "Punkt 7:", "Beslutning", ""]

_slowest = [0.0, ""]


def _mutate(text: str, data) -> str:
    lines = text.split("\n")
    for _ in range(data.draw(st.integers(0, 8))):
        if not lines:
            break
        i = data.draw(st.integers(0, len(lines) - 1))
        action = data.draw(st.sampled_from(["delete", "repeat", "swap", "cut", "odd"]))
        if action == "delete":
            del lines[i]
        elif action == "repeat":
            lines.insert(i, lines[i])
        elif action == "swap":
            j = data.draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif action == "cut":
            lines[i] = lines[i][: data.draw(st.integers(0, len(lines[i])))]
        else:
            lines[i] = data.draw(st.sampled_from(ODD)) + lines[i]
    return "\n".join(lines)


def _timed(parse, value) -> None:
    started = time.perf_counter()
    with contextlib.suppress(MinutesError):
        parse(value)
    elapsed = time.perf_counter() - started
    if elapsed > _slowest[0]:
        _slowest[:] = [elapsed, str(value)[:80]]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(DOCUMENTS), st.data())
def test_mutated_referater_parse_or_are_refused_clearly(text, data) -> None:
    _timed(parse_text, _mutate(text, data))


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_mutated_web_pages_read_or_are_refused_clearly(data) -> None:
    _timed(lambda page: read_minutes(page.encode(), "side.html"), _mutate(HTML, data))


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_crash_the_readers(blob) -> None:
    for name in ("x.txt", "x.pdf", "x.docx", "x.html", "x.json"):
        _timed(lambda b, name=name: read_minutes(b, name), blob)


def test_report_the_slowest_input() -> None:
    print(f"\nslowest fuzz input: {_slowest[0] * 1000:.1f} ms ({_slowest[1]!r})")
