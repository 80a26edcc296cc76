"""Source lines of a referat, cleaned of layout noise but keeping their line numbers.

``prepare_lines`` turns the decoded text into ``Line`` objects once; everything
after works on them. Layout noise handled here:

* form feeds (page breaks in ``pdftotext`` output) become a flag on the line;
* running page headers and footers (lines repeated at page boundaries, page
  numbers such as "Side 3 af 12") are removed, with one warning, and a
  sentence cut by the page break is glued back together;
* the indentation common to the whole document is removed;
* words hyphenated at a line end ("kommu-" / "nen") are joined;
* Markdown escapes ("\\_") are undone and a Markdown-free form of each line is
  kept for heading detection.

``join_lines`` assembles section text: paragraphs separated by one blank line,
hard-wrapped lines joined, paragraphs cut in two by a page break glued back.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from minutes.parsing.headings import match_item_heading
from minutes.parsing.types import ParseWarning


@dataclass(slots=True)
class Line:
    """One non-removed line of the source, with the forms the parser looks at."""

    number: int  # 1-based line number in the source text
    text: str  # without indentation, form feeds, trailing blanks, Markdown escapes
    indent: int  # indentation relative to the document's common indentation
    plain: str  # text without Markdown heading marks and "**"
    marked: bool = False  # a Markdown heading, an all-bold line or a setext heading
    page_break: bool = False  # a form feed came right before this line

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def may_name_proposer(self) -> bool:
        """Cheap test before matching a "<who> indstiller" line."""
        plain = self.plain
        return "ndstille" in plain or "NDSTILLE" in plain


@dataclass(slots=True)
class PreparedText:
    """The lines of a document plus what was learnt about its layout."""

    lines: list[Line]
    line_count: int  # lines in the source, including removed ones
    wrapped: bool  # the text is hard-wrapped (typical of PDF extraction)
    warnings: list[ParseWarning]


_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")
_RULE_RE = re.compile(r"^(?:-{3,}|={3,}|\*{3,}|_{3,})$")
_MD_HEADING_RE = re.compile(r"^#{1,6}(?:\s+|$)")
# A page number on its own line: "Side 3 af 12", "Side 3", "3", "- 3 -".
# ("3/12" is not accepted alone: it looks like a case number such as "15/7111".)
_PAGE_NUMBER_RE = re.compile(
    r"^(?:(?:side|page|s\.)\s*\d{1,4}(?:\s*(?:af|of|/)\s*\d{1,4})?"
    r"|[-–]?\s*\d{1,4}\s*[-–]?)$",
    re.IGNORECASE,
)
_DIGITS_RE = re.compile(r"\d+")
# A page number inside a running header/footer: "Side 3", "side 3 af 12",
# "3/12", or a number right-aligned after a run of spaces.
_PAGE_MARKER_RE = re.compile(
    r"\b(?:side|page|s\.)\s*\d+|\d+\s*/\s*\d+\s*$|\s{3,}\d{1,4}\s*$", re.IGNORECASE
)
_SPACES_RE = re.compile(r"\s+")
# A line that ends in a word broken by a hyphen: "kommu-" (not "Økonomi- og").
_HYPHENATED_END_RE = re.compile(r"(?<=[^\W\d_])-$")
# Words after a line-end hyphen that show a suspended compound ("Økonomi- og
# Stab"), where the hyphen must stay and a space follows.
_SUSPENSION_WORDS = frozenset({"og", "eller", "samt", "til", "&", "som", "men"})

# Lines at a page boundary that are looked at for running headers/footers.
_BOUNDARY_DEPTH = 2
# A boundary line repeated on at least this many pages is a running header.
_MIN_REPEATS = 3

SENTENCE_END = ".!?:;"
_BULLET_START_RE = re.compile(r"^(?:[-•*–·▪o]\s|\d{1,3}[.)]\s|[a-zæøå][.)]\s)")


def prepare_lines(text: str) -> PreparedText:
    """Split text into Lines, removing page headers/footers and layout indentation."""
    raw_lines = text.split("\n")
    if "\n>" in text or text.startswith(">"):
        raw_lines = _unquote(raw_lines)
    warnings: list[ParseWarning] = []
    lines: list[Line] = []
    page_starts: list[int] = [0]  # indices into `lines` where a page begins
    page_break = False
    for number, raw in enumerate(raw_lines, start=1):
        # pdftotext puts the form feed before a page's first line; a form
        # feed inside a line splits it into the end of one page and the start
        # of the next (both keep the source line number).
        pieces = raw.split("\f") if "\f" in raw else (raw,)
        for piece_index, piece in enumerate(pieces):
            if piece_index:
                page_break = True
            piece = piece.rstrip()
            stripped = piece.lstrip()
            if not stripped and len(pieces) > 1:
                continue  # nothing but the form feed on this side of it
            if page_break and stripped:
                page_starts.append(len(lines))
            line = make_line(number, stripped, len(piece) - len(stripped))
            if stripped:
                line.page_break = page_break
                page_break = False
            lines.append(line)

    if len(page_starts) > 1:
        lines = _remove_running_headers(lines, page_starts, warnings)
        lines = _close_page_gaps(lines)
    _remove_common_indentation(lines)
    _mark_setext_headings(lines)
    lines = _join_hyphenated_words(lines)
    return PreparedText(
        lines=lines,
        line_count=len(raw_lines),
        wrapped=len(page_starts) > 1 or _looks_hard_wrapped(lines),
        warnings=warnings,
    )


# A forwarded e-mail quotes the referat with "> " on every line.
_QUOTE_RE = re.compile(r"^\s*(?:>\s?)+")
# Quoted when at least this share of the text lines start with ">".
_MIN_QUOTED_SHARE = 0.3


def _unquote(raw_lines: list[str]) -> list[str]:
    """Remove e-mail quote marks, keeping one list entry per source line."""
    text_lines = [line for line in raw_lines if line.strip()]
    quoted = sum(1 for line in text_lines if line.lstrip().startswith(">"))
    if not text_lines or quoted < _MIN_QUOTED_SHARE * len(text_lines):
        return raw_lines
    return [_QUOTE_RE.sub("", line) for line in raw_lines]


def make_line(number: int, stripped: str, indent: int) -> Line:
    """Return the Line for a stripped source line (Markdown escapes undone)."""
    if "\\" in stripped:
        stripped = _ESCAPE_RE.sub(r"\1", stripped)
    if stripped and stripped[0] in "-=*_" and _RULE_RE.match(stripped):
        # Horizontal rules ("---" under headings) carry no text.
        return Line(number, "", indent, "", marked=stripped[0] in "-=")
    plain, marked = markdown_plain(stripped)
    if not plain:
        # Markup alone ("**", "#") carries no text: a blank line.
        return Line(number, "", indent, "")
    return Line(number, stripped, indent, plain, marked=marked)


def markdown_plain(text: str) -> tuple[str, bool]:
    """Return text without Markdown heading marks and bold, and whether it was a
    heading (a "#" heading or a line that is bold as a whole)."""
    marked = False
    if text.startswith("#"):
        match = _MD_HEADING_RE.match(text)
        if match:
            text = text[match.end() :].rstrip("#").strip()
            marked = True
    if "**" in text:
        if len(text) > 4 and text.startswith("**") and text.endswith("**"):
            marked = True
        text = text.replace("**", "").strip()
    elif len(text) > 4 and text.startswith("__") and text.endswith("__"):
        marked = True
        text = text[2:-2].strip()
    return text, marked


def _exact_key(text: str) -> str:
    return _SPACES_RE.sub(" ", text.casefold()).strip()


def _digits_key(text: str) -> str:
    return _DIGITS_RE.sub("#", _exact_key(text))


def _remove_running_headers(
    lines: list[Line], page_starts: list[int], warnings: list[ParseWarning]
) -> list[Line]:
    """Drop lines repeated at page tops/bottoms (and bare page numbers there).

    A line is a running header or footer when its exact text comes back on at
    least three page boundaries, or when only its numbers change and it
    carries a page marker ("Side 3 af 12", a right-aligned number). Item
    headings are never removed. The top of the first page is left alone: it
    holds the meeting header, which often repeats the running header text.
    """
    page_ends = [*page_starts[1:], len(lines)]
    boundary: list[tuple[int, bool]] = []  # (line index, on first page top)
    all_tops: set[int] = set()
    for page, (start, end) in enumerate(zip(page_starts, page_ends, strict=True)):
        non_blank = [i for i in range(start, end) if lines[i].text]
        tops = non_blank[:_BOUNDARY_DEPTH]
        bottoms = non_blank[-_BOUNDARY_DEPTH:]
        all_tops.update(tops)
        boundary.extend((i, page == 0) for i in tops)
        boundary.extend((i, False) for i in bottoms if i not in tops)

    exact = Counter(_exact_key(lines[i].text) for i, _ in boundary)
    by_digits = Counter(_digits_key(lines[i].text) for i, _ in boundary)
    # A two-page document repeats its header and footer only twice: there a
    # line repeated at both page tops, or carrying a page marker, is enough.
    two_pages = len(page_starts) == 2
    exact_tops = Counter(_exact_key(lines[i].text) for i in all_tops)
    remove: set[int] = set()
    for i, first_page_top in boundary:
        text = lines[i].text
        page_number = bool(_PAGE_NUMBER_RE.match(text))
        if first_page_top and not page_number:
            continue
        has_marker = bool(_PAGE_MARKER_RE.search(text))
        repeated = (
            exact[_exact_key(text)] >= _MIN_REPEATS
            or (by_digits[_digits_key(text)] >= _MIN_REPEATS and has_marker)
            or (
                two_pages
                and (
                    (i in all_tops and exact_tops[_exact_key(text)] == 2)
                    or (by_digits[_digits_key(text)] == 2 and has_marker)
                )
            )
        )
        if (repeated or page_number) and match_item_heading(lines[i].plain) is None:
            remove.add(i)
    if not remove:
        return lines
    first = min(remove)
    warnings.append(
        ParseWarning(
            lines[first].number,
            f"removed {len(remove)} running page header/footer lines "
            f"(e.g. {' '.join(lines[first].text.split())!r})",
        )
    )
    kept: list[Line] = []
    carry_page_break = False
    for i, line in enumerate(lines):
        if i in remove:
            carry_page_break = carry_page_break or line.page_break
            continue
        if carry_page_break and line.text:
            line.page_break = True  # the page now starts at this line
            carry_page_break = False
        kept.append(line)
    return kept


def _close_page_gaps(lines: list[Line]) -> list[Line]:
    """Drop the blank lines around a page break that cuts a sentence.

    The last line of a page ends without sentence punctuation (or with a
    hyphen) and the next page starts in lower case: "... Beskæftigelse" /
    "indstiller,". Without the gap the sentence's lines join up again.
    """
    result: list[Line] = []
    for line in lines:
        if line.page_break and line.text[:1].islower():
            last = len(result)
            while last and not result[last - 1].text:
                last -= 1
            if last and result[last - 1].text[-1] not in SENTENCE_END:
                del result[last:]
        result.append(line)
    return result


def _remove_common_indentation(lines: list[Line]) -> None:
    indents = [line.indent for line in lines if line.text]
    common = min(indents, default=0)
    if common:
        for line in lines:
            line.indent = max(0, line.indent - common)


def _mark_setext_headings(lines: list[Line]) -> None:
    """A text line directly underlined by "---"/"===" is a heading (setext)."""
    for i, line in enumerate(lines):
        # make_line turned rule lines into blank lines flagged as marked.
        if not line.text and line.marked:
            line.marked = False
            if i and lines[i - 1].text:
                lines[i - 1].marked = True


def _join_hyphenated_words(lines: list[Line]) -> list[Line]:
    """Join "kommu-" + "nen" across a line end; keep "Økonomi- og Stab"."""
    result: list[Line] = []
    for line in lines:
        previous = result[-1] if result else None
        if previous is not None and _continues_hyphenated(previous.text, line.text):
            before = previous.text[-2]
            # "EU-" + "udbud" keeps its hyphen; "kommu-" + "nen" loses it.
            joined = (
                previous.text + line.text
                if before.isupper() or before.isdigit()
                else previous.text[:-1] + line.text
            )
            merged = make_line(previous.number, joined, previous.indent)
            merged.page_break = previous.page_break
            result[-1] = merged  # may end in a hyphen again: checked next round
            continue
        result.append(line)
    return result


def _continues_hyphenated(previous: str, text: str) -> bool:
    if (
        not previous.endswith("-")
        or not text
        or not _HYPHENATED_END_RE.search(previous)
    ):
        return False
    first_word = text.split(" ", 1)[0]
    return first_word[:1].islower() and first_word not in _SUSPENSION_WORDS


def _looks_hard_wrapped(lines: Sequence[Line]) -> bool:
    """True when paragraphs are broken into lines of similar, limited width."""
    lengths = sorted(len(line.text) for line in lines if line.text)
    if len(lengths) < 20:
        return False
    p90 = lengths[int(len(lengths) * 0.9)]
    if p90 > 110:
        return False
    continued = sum(
        1
        for previous, line in zip(lines, lines[1:], strict=False)
        if previous.text
        and line.text[:1].islower()
        and previous.text[-1] not in SENTENCE_END
    )
    return continued >= 3


def is_list_line(text: str) -> bool:
    """True for bullet and numbered list lines ("- x", "1. x", "a) x")."""
    return bool(_BULLET_START_RE.match(text))


def _is_table_row(text: str) -> bool:
    """Tab- or pipe-separated cells, or columns aligned with runs of spaces."""
    return "\t" in text or text.startswith("|") or "   " in text


def join_lines(lines: Sequence[Line], *, wrapped: bool = False) -> str:
    """Return the text of lines with paragraphs separated by one blank line.

    Hard-wrapped lines of a paragraph are joined with a space; a paragraph cut
    by a page break or a stray blank line (the previous line ends without
    sentence punctuation and the next starts in lower case) is glued back.
    List items, table rows and short lines keep their own line, with their
    indentation relative to the block.
    """
    content = [line for line in lines if line.text]
    if not content:
        return ""
    base_indent = min(line.indent for line in content)
    width = max(len(line.text) for line in content)
    paragraphs: list[list[str]] = []
    current: list[str] = []
    previous: Line | None = None
    gap = False
    for line in lines:
        text = line.text
        if not text:
            gap = previous is not None
            continue
        if previous is None:
            current = [_indented(line, base_indent)]
        elif _continues(previous.text, line, gap=gap, wrapped=wrapped, width=width):
            current[-1] = current[-1] + " " + text
        elif gap:
            paragraphs.append(current)
            current = [_indented(line, base_indent)]
        else:
            current.append(_indented(line, base_indent))
        previous = line
        gap = False
    paragraphs.append(current)
    return "\n\n".join("\n".join(paragraph) for paragraph in paragraphs)


def _indented(line: Line, base_indent: int) -> str:
    extra = line.indent - base_indent
    if extra > 0 and is_list_line(line.text):
        return " " * min(extra, 8) + line.text
    return line.text


_ABBREVIATION_END_RE = re.compile(
    r"(?:(?<![\d.,])\d{1,2}|\b(?:kr|mio|mia|pkt|jf|ca|nr|stk|bl\.a|f\.eks|mv|vedr"
    r"|inkl|ekskl|evt|dvs|ift|iht))\.$",
    re.IGNORECASE,
)


def _continues(
    previous: str, line: Line, *, gap: bool, wrapped: bool, width: int
) -> bool:
    text = line.text
    if (
        previous[-1] == "."
        and text[0].islower()
        and _ABBREVIATION_END_RE.search(previous[-8:])
    ):
        # "senest den 1." / "april 2026", "ca. 2,5 mio." / "kr. årligt": the
        # period ends an ordinal or an abbreviation, not the sentence.
        return not is_list_line(text)
    if previous[-1] in SENTENCE_END or _is_table_row(previous) or _is_table_row(text):
        return False
    if is_list_line(text):
        return False
    if text[0].islower():
        return True
    # Wrapped PDF text: an upper-case word may continue a long line, but only
    # when no blank line separates them.
    return wrapped and not gap and len(previous) >= 0.6 * width
