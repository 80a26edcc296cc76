"""The intermediate document every reader produces and the structure parser reads.

A reader turns a file (text, PDF, HTML, DOCX) into blocks: one line of text
each, with where it came from (page) and what its style says (a heading level,
bold). ``render`` writes the blocks as the text the structure parser reads:
page breaks as form feeds, paragraph breaks as blank lines and style-carried
headings in Markdown form ("## Title", "**Title**"), which the parser already
treats as marked headings. Readers of a minutes system's own data (FirstAgenda
JSON) know the structure field by field and hand over a ParsedMinutes as well.
"""

from __future__ import annotations

from dataclasses import dataclass

from minutes.parsing.types import ParsedMinutes

TEXT = "text/plain"
PDF = "application/pdf"
HTML = "text/html"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
FIRSTAGENDA_JSON = "application/json"


@dataclass(frozen=True, slots=True)
class Block:
    """One line of a document with its source position and style hints."""

    text: str
    page: int = 1  # 1-based page (PDF); 1 for formats without pages
    heading: int = 0  # 1-6 when the style makes it a heading, else 0
    bold: bool = False  # every character of the line is bold
    paragraph_start: bool = False  # a paragraph break comes before this line


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """What a reader made of one file."""

    media_type: str
    reader: str  # the reader's name, e.g. "pdf"
    text: str  # what the structure parser reads; line numbers refer to it
    pages: int = 1
    # Readers of a minutes system's own data know the structure already.
    structured: ParsedMinutes | None = None


def squash(text: str) -> str:
    """Collapse runs of white space to one space, keeping tabs between cells."""
    if "\t" not in text:
        return " ".join(text.split())
    cells = [" ".join(cell.split()) for cell in text.split("\t")]
    return "\t".join(cells).strip("\t ")


def render(blocks: list[Block]) -> str:
    """Write blocks as parser text: form feeds, blank lines, Markdown headings."""
    out: list[str] = []
    page = blocks[0].page if blocks else 1
    for block in blocks:
        text = squash(block.text)
        if not text:
            continue
        prefix = ""
        if block.page != page:
            prefix = "\f"
            page = block.page
        elif block.paragraph_start and out and out[-1] != "":
            out.append("")
        if block.heading:
            text = f"{'#' * min(block.heading, 6)} {text}"
        elif block.bold and len(text) > 1:
            text = f"**{text}**"
        out.append(prefix + text)
    return "\n".join(out) + "\n"
