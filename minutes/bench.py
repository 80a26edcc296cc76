"""Parser benchmark: python -m minutes.bench [FILES...] (default: samples/*.txt).

Measures parse_minutes (decode + structure) over the files, repeated until at
least a second has passed, as MB/s and referater/s. In the same run it times a
yardstick over the same text - a bare ``text.splitlines()`` plus one compiled
regex ``match`` per line - to show how far the parser is from the cheapest
possible line scan on this machine. Peak memory is measured with tracemalloc
for one parse of the largest file.

Pure Python and importable: ``run_parse_benchmark(paths)`` returns the
figures as a dict, so import throughput can be added next to them later.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

from minutes.parsing import parse_minutes
from minutes.parsing.text import decode_minutes

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
MEGABYTE = 1_000_000  # throughput in MB/s with MB = 10^6 bytes

# The yardstick's one regex per line: an item heading test, as cheap as a
# real parser's first check could be.
_YARDSTICK_RE = re.compile(r"(?:#+\s*)?(?:\*\*)?(?:Punkt|Pkt\.?|\d+\.)\s*\d*")


def _repeat(work: Callable[[], object], min_seconds: float) -> tuple[int, float]:
    """Run work until min_seconds have passed; return (rounds, seconds)."""
    rounds = 0
    start = time.perf_counter()
    while True:
        work()
        rounds += 1
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return rounds, elapsed


def run_parse_benchmark(
    paths: Sequence[Path], *, min_seconds: float = 1.0
) -> dict[str, float | int | str]:
    """Time the parser and the yardstick over paths; return the figures."""
    if not paths:
        raise ValueError("no files to benchmark")
    documents = [(path.name, path.read_bytes()) for path in paths]
    texts = [decode_minutes(data, filename=name) for name, data in documents]
    total_bytes = sum(len(data) for _, data in documents)

    def parse_all() -> None:
        for name, data in documents:
            parse_minutes(data, filename=name)

    def scan_all() -> None:
        match = _YARDSTICK_RE.match
        for text in texts:
            for line in text.splitlines():
                match(line)

    parse_all()  # warm-up: regex compilation, imports
    parse_rounds, parse_seconds = _repeat(parse_all, min_seconds)
    scan_rounds, scan_seconds = _repeat(scan_all, min_seconds)

    parse_mb_per_s = total_bytes * parse_rounds / parse_seconds / MEGABYTE
    yardstick_mb_per_s = total_bytes * scan_rounds / scan_seconds / MEGABYTE

    largest_name, largest_data = max(documents, key=lambda doc: len(doc[1]))
    tracemalloc.start()
    try:
        parse_minutes(largest_data, filename=largest_name)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    return {
        "files": len(documents),
        "bytes": total_bytes,
        "parse_rounds": parse_rounds,
        "parse_seconds": parse_seconds,
        "parse_mb_per_s": parse_mb_per_s,
        "referater_per_s": len(documents) * parse_rounds / parse_seconds,
        "yardstick_mb_per_s": yardstick_mb_per_s,
        "yardstick_to_parse_ratio": yardstick_mb_per_s / parse_mb_per_s,
        "largest_file": largest_name,
        "largest_file_bytes": len(largest_data),
        "peak_memory_bytes": peak,
    }


def format_report(figures: dict[str, float | int | str]) -> str:
    """Return the benchmark figures as a short human-readable report."""
    return "\n".join(
        [
            f"files: {figures['files']} ({figures['bytes']:,} bytes), "
            f"{figures['parse_rounds']} rounds in {figures['parse_seconds']:.2f} s",
            f"parse:     {figures['parse_mb_per_s']:8.2f} MB/s  "
            f"{figures['referater_per_s']:8.1f} referater/s",
            f"yardstick: {figures['yardstick_mb_per_s']:8.2f} MB/s  "
            "(splitlines + one regex match per line)",
            f"ratio:     {figures['yardstick_to_parse_ratio']:8.1f} x "
            "(yardstick / parse)",
            f"peak memory, one parse of {figures['largest_file']} "
            f"({figures['largest_file_bytes']:,} bytes): "
            f"{int(figures['peak_memory_bytes']) / 1024:,.0f} KiB",
        ]
    )


def bench_main(argv, *, prog: str, doc: str, run, report) -> int:
    """The command line of a benchmark: files (default: the samples) and the
    minimum time per measurement; prints report(run(paths, min_seconds))."""
    parser = argparse.ArgumentParser(prog=prog, description=doc.split("\n", 1)[0])
    parser.add_argument("files", nargs="*", type=Path, help="referat .txt files")
    parser.add_argument(
        "--seconds", type=float, default=1.0, help="minimum time per measurement"
    )
    args = parser.parse_args(argv)
    paths = args.files or sorted(SAMPLES.glob("*.txt"))
    if not paths:
        parser.error(f"no files given and none found in {SAMPLES}")
    print(report(run(paths, min_seconds=args.seconds)))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point."""
    return bench_main(
        argv,
        prog="python -m minutes.bench",
        doc=__doc__,
        run=run_parse_benchmark,
        report=format_report,
    )


if __name__ == "__main__":
    sys.exit(main())
