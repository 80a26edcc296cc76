"""No line of a referat is lost: each one is header, page furniture or part of
exactly one agenda item, in every document of the test corpora and every
format the readers take."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes.parsing import parse_text
from minutes.parsing.lines import prepare_lines
from minutes.readers import read_document

DATA = Path(__file__).parents[1] / "data"
FOLDERS = ("unseen", "referater", "blind", "blind6", "formats", "import", "council")
FILES = sorted(
    path
    for folder in FOLDERS
    for path in (DATA / folder).iterdir()
    if path.suffix in {".txt", ".pdf", ".docx", ".html"}
) + sorted((Path(__file__).parents[2] / "samples").glob("*.txt"))


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_every_line_lands_in_exactly_one_place(path: Path) -> None:
    text = read_document(path.read_bytes(), path.name, max_bytes=10**8).text
    minutes = parse_text(text)
    kept = {line.number for line in prepare_lines(text).lines if line.text}
    spans = [(item.first_line, item.last_line) for item in minutes.items]
    for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
        assert start > end, f"items overlap at line {start}"
    in_items = {n for start, end in spans for n in range(start, end + 1)}
    lines = text.split("\n")
    for number, line in enumerate(lines, start=1):
        if number < spans[0][0] or not line.strip("\f \t"):
            continue  # the header, table of contents and preamble; blank lines
        # A line the line preparation dropped is a running page header/footer.
        assert number in in_items or number not in kept, (
            f"line {number} is in no item: {line[:70]!r}"
        )
