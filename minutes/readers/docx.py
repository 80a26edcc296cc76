"""DOCX -> blocks, with python-docx: paragraphs, heading styles, list numbers, tables.

Word keeps automatic numbering out of the text: "3. Budget" is the text
"Budget" with a numbering reference. The numbers are rebuilt here from the
numbering definitions (format and level text per level), so a heading numbered
by Word reads as it prints. Table rows become one line each, cells separated by
tabs (a table of contents or an attendance list stays a table to the parser).
"""

from __future__ import annotations

import io
import re
import zipfile

import docx
from docx.oxml.ns import qn

from minutes.parsing.types import MinutesError
from minutes.readers.document import DOCX, Block, SourceDocument, render

_HEADING_STYLE_RE = re.compile(r"^(?:heading|overskrift)\s*(\d)$", re.IGNORECASE)
_TITLE_STYLES = frozenset({"title", "titel"})
_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def read_docx(data: bytes) -> SourceDocument:
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise MinutesError(f"the DOCX file cannot be opened: {error}") from None
    numbering = _Numbering(document)
    blocks: list[Block] = []
    for element in document.element.body.iterchildren():
        if element.tag == qn("w:p"):
            block = _paragraph_block(
                docx.text.paragraph.Paragraph(element, document), numbering
            )
            if block is not None:
                blocks.append(block)
        elif element.tag == qn("w:tbl"):
            blocks.extend(_table_blocks(docx.table.Table(element, document), numbering))
    return SourceDocument(DOCX, "docx", render(blocks))


def _table_blocks(table, numbering: _Numbering) -> list[Block]:
    """A row of cells is one tab-separated line; a one-cell table (a framed
    box such as "Beslutning" with its text) is read as the paragraphs in it."""
    blocks: list[Block] = []
    for row in table.rows:
        cells = _unique_cells(row)
        if len(cells) == 1 or _is_label_row(cells):
            # A framed box, or a "Beslutning: | text" row of an item table:
            # the label on its own line, then the paragraphs of the text.
            if len(cells) == 2:
                label = " ".join(cells[0].text.split())
                value = [p for p in cells[1].paragraphs if p.text.strip()]
                if len(value) == 1 and not _NUMBERED_START_RE.match(value[0].text):
                    # "Sagsnr.: 24/1234", "Beslutning: Godkendt." on one line.
                    text = f"{label} {' '.join(value[0].text.split())}"
                    blocks.append(Block(text, paragraph_start=True))
                    continue
                blocks.append(Block(label, bold=True, paragraph_start=True))
            for paragraph in cells[-1].paragraphs:
                block = _paragraph_block(paragraph, numbering)
                if block is not None:
                    blocks.append(block)
            continue
        text = "\t".join(" ".join(cell.text.split()) for cell in cells)
        if text.strip():
            blocks.append(Block(text, paragraph_start=not blocks))
    return blocks


# A value that starts like an item heading ("2. Title") keeps its own line.
_NUMBERED_START_RE = re.compile(r"^\s*\d{1,4}\s*[.)]\s")
# A first cell this short, ending in ":", labels the second one.
_MAX_LABEL = 40


def _is_label_row(cells) -> bool:
    if len(cells) != 2:
        return False
    label = " ".join(cells[0].text.split())
    return (
        0 < len(label) <= _MAX_LABEL
        and label.endswith(":")
        and bool(cells[1].text.strip())
    )


def _unique_cells(row) -> list:
    """Cells of a row, merged cells once (python-docx repeats them)."""
    seen: set[int] = set()
    cells = []
    for cell in row.cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            cells.append(cell)
    return cells


def _paragraph_block(paragraph, numbering: _Numbering) -> Block | None:
    text = paragraph.text.replace("\t", " ").strip()
    if not text:
        return None
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    heading = 0
    match = _HEADING_STYLE_RE.match(style.strip())
    if match:
        heading = int(match.group(1))
    elif style.strip().casefold() in _TITLE_STYLES:
        heading = 1
    number = numbering.label(paragraph)
    if number:
        text = f"{number} {text}"
    runs = [run for run in paragraph.runs if run.text.strip()]
    bold = bool(runs) and all(_is_bold(run, paragraph) for run in runs)
    return Block(text, heading=heading, bold=bold, paragraph_start=True)


def _is_bold(run, paragraph) -> bool:
    if run.bold is not None:
        return run.bold
    style = paragraph.style
    while style is not None:
        if style.font.bold is not None:
            return style.font.bold
        style = style.base_style
    return False


class _Numbering:
    """Rebuilds the printed numbers of Word's automatic lists."""

    def __init__(self, document):
        self.formats: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for node in root.findall(qn("w:abstractNum")):
            levels = {}
            for level in node.findall(qn("w:lvl")):
                fmt = level.find(qn("w:numFmt"))
                text = level.find(qn("w:lvlText"))
                start = level.find(qn("w:start"))
                levels[int(level.get(qn("w:ilvl")))] = (
                    fmt.get(qn("w:val")) if fmt is not None else "decimal",
                    text.get(qn("w:val")) if text is not None else "%1.",
                    int(start.get(qn("w:val"))) if start is not None else 1,
                )
            abstract[node.get(qn("w:abstractNumId"))] = levels
        for node in root.findall(qn("w:num")):
            ref = node.find(qn("w:abstractNumId"))
            if ref is None:
                continue
            for ilvl, spec in abstract.get(ref.get(qn("w:val")), {}).items():
                self.formats[(node.get(qn("w:numId")), ilvl)] = spec

    def label(self, paragraph) -> str:
        num_pr = self._num_pr(paragraph)
        if num_pr is None:
            return ""
        num_id_node, ilvl_node = num_pr.find(qn("w:numId")), num_pr.find(qn("w:ilvl"))
        if num_id_node is None:
            return ""
        num_id = num_id_node.get(qn("w:val"))
        ilvl = int(ilvl_node.get(qn("w:val"))) if ilvl_node is not None else 0
        spec = self.formats.get((num_id, ilvl))
        if spec is None or num_id == "0":
            return ""
        fmt, level_text, start = spec
        counters = self.counters.setdefault(num_id, [0] * 9)
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else start
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        if fmt == "bullet" or fmt == "none":
            return "-" if fmt == "bullet" else ""

        def level_value(match: re.Match[str]) -> str:
            level = int(match.group(1)) - 1
            level_fmt = self.formats.get((num_id, level), spec)[0]
            value = counters[level] or self.formats.get((num_id, level), spec)[2]
            return _format_number(value, level_fmt)

        return re.sub(r"%(\d)", level_value, level_text)

    @staticmethod
    def _num_pr(paragraph):
        p_pr = paragraph._p.pPr
        if p_pr is not None and p_pr.numPr is not None:
            return p_pr.numPr
        style = paragraph.style
        while style is not None:
            style_p_pr = style.element.pPr
            if style_p_pr is not None and style_p_pr.numPr is not None:
                return style_p_pr.numPr
            style = style.base_style
        return None


def _format_number(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (value - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = ""
        for amount, numeral in _ROMAN:
            while value >= amount:
                roman += numeral
                value -= amount
        return roman.upper() if fmt == "upperRoman" else roman
    return str(value)
