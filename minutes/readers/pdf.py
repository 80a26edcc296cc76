"""PDF -> blocks, with pypdfium2 (PDFium, the PDF engine of Chromium).

PDFium gives the text of a page in reading order with its line breaks, and per
character the font size, weight and box; that is all the structure parser
needs: a line in bold or in a larger size than the body text is a heading, a
vertical gap larger than the line spacing is a paragraph break. Running headers
and footers, hyphenation and page-cut paragraphs are left to the parser's line
preparation, which recognises them in any text with page breaks.
"""

from __future__ import annotations

import ctypes
from collections import Counter

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from minutes.parsing.types import MinutesError
from minutes.readers.document import PDF, Block, SourceDocument, render

# Font weight from which a character counts as bold (CSS: 400 normal, 700 bold).
_BOLD_WEIGHT = 600
# A line this much larger than the body text is a heading.
_HEADING_SIZE_RATIO = 1.15
# A gap between lines larger than this many line heights starts a paragraph.
_PARAGRAPH_GAP = 1.45
# A gap wider than this many font sizes between two words separates columns.
_COLUMN_GAP_EMS = 1.8
# A page with fewer characters than this has no text layer worth the name.
_MIN_TEXT_CHARS = 20


def read_pdf(data: bytes) -> SourceDocument:
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise MinutesError(f"the PDF cannot be opened: {error}") from None
    try:
        lines: list[_PdfLine] = []
        for page_index in range(len(document)):
            page = document[page_index]
            textpage = page.get_textpage()
            try:
                lines.extend(_page_lines(textpage, page_index + 1))
            finally:
                textpage.close()
                page.close()
        pages = len(document)
    finally:
        document.close()
    if sum(len(line.text) for line in lines) < _MIN_TEXT_CHARS:
        raise MinutesError(
            "the PDF has no text layer: run OCR first (it is a scanned "
            "document; e.g. ocrmypdf) and import the result"
        )
    return SourceDocument(PDF, "pdf", render(_blocks(lines)), pages=pages)


class _PdfLine:
    __slots__ = ("text", "page", "size", "bold", "baseline")

    def __init__(self, text, page, size, bold, baseline):
        self.text, self.page, self.size, self.bold = text, page, size, bold
        self.baseline = baseline


# PDFium reports a soft hyphen as U+FFFE (or U+00AD): a hyphen at a line end,
# nothing inside a line.
_SOFT_HYPHENS = ("\ufffe", "\u00ad")


def _clean(text: str) -> str:
    if "\uf000" <= text[0] <= "\uf0ff":
        # A bullet from a symbol font (Word's "" is U+F0B7): a list dash.
        text = "- " + text[1:].lstrip()
    for soft in _SOFT_HYPHENS:
        if soft in text:
            text = text.rstrip(soft) + ("-" if text.endswith(soft) else "")
            text = text.replace(soft, "")
    return text


def _page_lines(textpage, page_number: int) -> list[_PdfLine]:
    raw = textpage.raw
    count = pdfium_c.FPDFText_CountChars(raw)
    if count <= 0:
        return []
    text = textpage.get_text_range(0, count)
    x, y = pdfium_c.c_double(), pdfium_c.c_double()
    name_buffer = ctypes.create_string_buffer(128)
    lines: list[_PdfLine] = []
    start = 0
    # PDFium ends each line with "\r\n" (generated characters with indices of
    # their own), so text offsets are character indices.
    for segment in text.split("\r\n"):
        end = start + len(segment)
        stripped = segment.strip()
        if stripped:
            sizes: Counter = Counter()
            bold = True
            first = None
            for index in range(start, min(end, count)):
                if segment[index - start].isspace():
                    continue
                if first is None:
                    first = index
                sizes[round(pdfium_c.FPDFText_GetFontSize(raw, index), 1)] += 1
                if bold and pdfium_c.FPDFText_GetFontWeight(raw, index) < _BOLD_WEIGHT:
                    bold = False
            size = sizes.most_common(1)[0][0] if sizes else 0.0
            if not bold and first is not None:
                # Many PDFs report weight 400 for a bold face: its name tells.
                bold = all(
                    _bold_font(raw, index, name_buffer)
                    for index in _samples(segment, start, count)
                )
            # The baseline (the origin of the first glyph) places the line;
            # glyph boxes vary with ascenders and descenders.
            pdfium_c.FPDFText_GetCharOrigin(raw, first, x, y)
            line_text = _with_column_gaps(raw, segment, start, count, size).strip()
            lines.append(_PdfLine(_clean(line_text), page_number, size, bold, y.value))
        start = end + 2
    return lines


def _with_column_gaps(raw, segment: str, start: int, count: int, size: float) -> str:
    """The line with a tab where a wide gap separates two columns.

    A label column ("Beslutning" left, its text right) comes out of PDFium as
    one line with a single generated space; the parser reads a tab as the
    column gap it is.
    """
    if " " not in segment:
        return segment
    left, right = ctypes.c_double(), ctypes.c_double()
    bottom, top = ctypes.c_double(), ctypes.c_double()
    chars = list(segment)
    threshold = max(size, 4.0) * _COLUMN_GAP_EMS
    for offset, char in enumerate(segment):
        if char != " " or offset == 0 or offset + 1 >= len(segment):
            continue
        if segment[offset - 1] == " " or start + offset + 1 >= count:
            continue
        pdfium_c.FPDFText_GetCharBox(raw, start + offset - 1, left, right, bottom, top)
        previous_right = right.value
        pdfium_c.FPDFText_GetCharBox(raw, start + offset + 1, left, right, bottom, top)
        if left.value - previous_right > threshold:
            chars[offset] = "\t"
    return "".join(chars)


_BOLD_NAME_PARTS = (b"bold", b"black", b"heavy", b"semibold", b"demi")


def _bold_font(raw, index: int, buffer) -> bool:
    flags = ctypes.c_int()
    length = pdfium_c.FPDFText_GetFontInfo(
        raw, index, buffer, len(buffer), ctypes.byref(flags)
    )
    name = buffer.raw[: max(0, min(length, len(buffer)) - 1)].lower()
    return any(part in name for part in _BOLD_NAME_PARTS)


def _samples(segment: str, start: int, count: int) -> list[int]:
    """Indices of the first, middle and last visible characters of a line."""
    visible = [i for i, char in enumerate(segment) if not char.isspace()]
    picks = {visible[0], visible[len(visible) // 2], visible[-1]} if visible else set()
    return [start + i for i in sorted(picks) if start + i < count]


def _blocks(lines: list[_PdfLine]) -> list[Block]:
    sizes: Counter = Counter()
    for line in lines:
        sizes[line.size] += len(line.text)
    body_size = sizes.most_common(1)[0][0] if sizes else 0.0
    blocks: list[Block] = []
    previous: _PdfLine | None = None
    for line in lines:
        larger = body_size and line.size >= body_size * _HEADING_SIZE_RATIO
        gap = False
        if previous is not None and previous.page == line.page:
            spacing = max(previous.size, line.size, 1.0)
            gap = previous.baseline - line.baseline > spacing * _PARAGRAPH_GAP
        blocks.append(
            Block(
                line.text,
                page=line.page,
                heading=2 if larger else 0,
                bold=line.bold,
                paragraph_start=gap or larger or line.bold,
            )
        )
        previous = line
    return blocks
