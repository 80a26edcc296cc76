"""Extraction benchmark: python -m decisions.bench [FILES...] (default: samples/*.txt).

Two measurements of follow-up extraction alone (parsing excluded):

- per referat: ``extract_follow_ups`` over every item of the sample minutes
  (as the import calls it), repeated until a second has passed, in ms per
  referat (the budget is 5 ms);
- long sentences: one decision holding a single sentence of 16 KB, 64 KB,
  128 KB and 1 MB, built from a few Danish phrases that exercise the rules
  (commitments with actors, deadlines, names). The time per KB must stay flat
  as the sentence grows: the work is linear in the length of the text.

Pure Python, no database: ``run_extraction_benchmark(paths)`` returns the
figures as a dict.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from decisions.extraction import clause_outcomes, extract_follow_ups
from minutes.bench import bench_main
from minutes.parsing import parse_minutes
from minutes.parsing.types import (
    Clause,
    ParsedAgendaItem,
    ParsedDecision,
    ParsedMinutes,
    ParsedRecommendation,
    Section,
)

SENTENCE_SIZES = (16_000, 64_000, 128_000, 1_000_000)
# Phrases repeated, without a period, into one long sentence. Each shape
# once made extraction quadratic: actors and modals (clause and subject
# look-backs), deadlines (overlap checks, look-behinds), lists of names and
# units (coordination, unbounded repetitions).
SENTENCE_SHAPES = {
    "commitments": "forvaltningen skal undersøge mulighederne for at styrke "
    "samarbejdet med skolerne og Udvalget vil følge op, ",
    "deadlines": "den 5. december 2026 og i februar 2027 og primo marts, ",
    "actors": "Børn & Unge og Teknik & Miljø samt Anne Holm Jensen, Lars Bo og ",
}
_MEETING_DATE = date(2026, 1, 1)
_BODY = "Udvalget"


def long_sentence(shape: str, size: int) -> str:
    """Return one sentence of ``size`` characters repeating a shape's phrase."""
    phrase = SENTENCE_SHAPES[shape]
    text = "Udvalget besluttede, at " + phrase * (size // len(phrase) + 1)
    return text[: size - 1] + "."


def long_sentence_item(text: str) -> ParsedAgendaItem:
    """Return an agenda item whose decision and case text are ``text``."""
    return ParsedAgendaItem(
        number=1,
        position=1,
        title="Lang beslutning",
        sections=(Section("Sagsfremstilling", text),),
        recommendation=ParsedRecommendation(
            "", (Clause(1, "at sagen godkendes"), Clause(2, "at der følges op"))
        ),
        decision=ParsedDecision(text=text),
    )


def _extract_item(item: ParsedAgendaItem) -> None:
    extract_follow_ups(item, meeting_date=_MEETING_DATE, body_name=_BODY)
    if item.recommendation and item.decision:
        clause_outcomes(item.recommendation.clauses, item.decision.text)


def _extract_minutes(minutes: ParsedMinutes) -> None:
    for item in minutes.items:
        extract_follow_ups(item, meeting_date=minutes.date, body_name=minutes.body)


def run_extraction_benchmark(
    paths: Sequence[Path], *, min_seconds: float = 1.0
) -> dict[str, object]:
    """Time extraction per referat and on long sentences; return the figures."""
    if not paths:
        raise ValueError("no files to benchmark")
    parsed = [parse_minutes(path.read_bytes(), filename=path.name) for path in paths]
    for minutes in parsed:  # warm-up: regex compilation, caches
        _extract_minutes(minutes)
    # Each round timed on its own: the best round is the figure least moved
    # by other work on the machine, the median the typical one.
    round_ms: list[float] = []
    started = time.perf_counter()
    while time.perf_counter() - started < min_seconds or not round_ms:
        round_started = time.perf_counter()
        for minutes in parsed:
            _extract_minutes(minutes)
        round_ms.append((time.perf_counter() - round_started) * 1000 / len(parsed))
    round_ms.sort()

    sentences: list[dict[str, object]] = []
    for shape in SENTENCE_SHAPES:
        for size in SENTENCE_SIZES:
            item = long_sentence_item(long_sentence(shape, size))
            started = time.perf_counter()
            _extract_item(item)
            seconds = time.perf_counter() - started
            sentences.append(
                {
                    "shape": shape,
                    "bytes": size,
                    "seconds": seconds,
                    "us_per_kb": seconds * 1e6 / (size / 1000),
                }
            )
    return {
        "files": len(parsed),
        "rounds": len(round_ms),
        "per_referat_ms": round_ms[0],
        "per_referat_median_ms": round_ms[len(round_ms) // 2],
        "sentences": sentences,
    }


def format_report(figures: dict[str, object]) -> str:
    """Return the benchmark figures as a short human-readable report."""
    lines = [
        f"extraction: {figures['per_referat_ms']:.2f} ms per referat, best round "
        f"(median {figures['per_referat_median_ms']:.2f} ms; {figures['files']} "
        f"referater x {figures['rounds']} rounds; budget 5 ms)",
        "long sentence (decision and case text, one sentence each):",
    ]
    for row in figures["sentences"]:  # type: ignore[attr-defined]
        lines.append(
            f"  {row['shape']:<12} {row['bytes'] / 1000:>6,.0f} KB "
            f"{row['seconds']:7.3f} s  {row['us_per_kb']:7.0f} µs/KB"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point."""
    return bench_main(
        argv,
        prog="python -m decisions.bench",
        doc=__doc__,
        run=run_extraction_benchmark,
        report=format_report,
    )


if __name__ == "__main__":
    sys.exit(main())
