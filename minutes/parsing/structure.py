"""Referat text -> ParsedMinutes: header, table of contents, agenda items.

The parse runs in a few passes over the prepared lines (see lines.py):

1. find the table of contents (read, but only used to cross-check);
2. find the agenda item headings. "Punkt 3"/"Pkt. 3"/"Sag nr. 131" headings
   are trusted unless they read like running text; bare "3. Title" headings
   are easily confused with numbered lists, so they need a signal: a case
   number or section heading right after, Markdown heading form, a matching
   table-of-contents title, or the next number in sequence in heading form.
   An agenda printed as bare headings before the items becomes the TOC;
3. read the meeting header from the lines before the first item;
4. parse each item (items.py).

Text that cannot be placed is kept and reported as a ParseWarning; only a text
that is not a referat at all (no items, no meeting date) raises MinutesError.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from minutes.parsing.attendance import partial_absences
from minutes.parsing.dates import find_invalid_date
from minutes.parsing.header import HEADER_DATE_LINES, parse_header
from minutes.parsing.headings import (
    ItemHeadingMatch,
    classify_heading,
    is_toc_heading,
    match_case_line,
    match_item_heading,
    match_labelled_case,
    match_roman_heading,
    match_toc_entry,
    roman_value,
    split_title,
    title_key,
    title_similarity,
)
from minutes.parsing.items import ItemContext, ItemHeadingLine, parse_item
from minutes.parsing.lines import Line, join_lines, prepare_lines
from minutes.parsing.recommendation import match_proposer
from minutes.parsing.status import reads_like_decision
from minutes.parsing.types import (
    WHOLE_DOCUMENT,
    MinutesError,
    ParsedAgendaItem,
    ParsedMinutes,
    ParseWarning,
)

# A TOC title this similar to the heading title counts as the same title.
_TOC_TITLE_MATCH = 0.85
# A heading line at least this long may have been wrapped by the layout.
_WRAPPED_TITLE_MIN = 40
# A title line ending in one of these words continues on the next line.
_TITLE_CONNECTORS = frozenset(
    {"og", "i", "for", "af", "til", "med", "om", "på", "fra", "ved", "samt", "eller"}
    | {"mellem", "under", "over", "efter", "mod", "vedr.", "vedrørende", "&"}
)
_TOC_COLUMN_WORDS = frozenset(
    {"punkt", "pkt.", "nr.", "nr", "titel", "emne", "sag", "side", "sidetal", "s."}
)
# Lines after a candidate heading inspected for item content.
_LOOKAHEAD_LINES = 3
_LIST_NUMBER_RE = re.compile(r"^(\d{1,4})\s*[.)]\s")
_CLAUSE_START_RE = re.compile(r"\s*at\b", re.IGNORECASE)
# Plain "N." headings: how far the next item's number may jump (closed items
# left out of published minutes leave gaps).
_MAX_JUMP = 10
# "Punkt 10000" is plausible in a running-number scheme; a longer number is not.
_MAX_NUMBER_DIGITS = 5
# Words a title vouched for by a case number may have.
_MAX_TITLE_WORDS = 40
# Words a heading-form title may have when it has no other signal.
_MAX_WEAK_TITLE_WORDS = 15
# A verdict without a final period: "Ad 2: Godkendt", "1. Taget til
# efterretning". Only the whole line counts ("Vedtaget budget 2027" is a title).
_BARE_VERDICT_RE = re.compile(
    r"^(?:godkendt|anbefales|tiltrådt|vedtaget|drøftet|udsat|intet"
    r"|(?:taget\s+)?til\s+(?:efterretning|orientering))$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class TableOfContents:
    """Entries of the table of contents and the span of lines it occupies."""

    titles: list[str] = field(default_factory=list)
    line_numbers: list[int] = field(default_factory=list)
    indices: set[int] = field(default_factory=set)  # line indices to skip


def parse_text(text: str) -> ParsedMinutes:
    """Return the structure of a referat's text; raise MinutesError if it is none.

    Sections hold the item's case text (Anledning, Sagsfremstilling, ...);
    the recommendation, decision and attachments have their own fields.
    """
    prepared = prepare_lines(text)
    lines = prepared.lines
    warnings: list[ParseWarning] = list(prepared.warnings)

    toc = find_table_of_contents(lines)
    segmentation = find_item_headings(lines, toc, warnings, wrapped=prepared.wrapped)
    headings = segmentation.headings
    if not headings:
        segmentation = _whole_document(lines, warnings)
        headings = segmentation.headings
    first_item = headings[0].index
    header_lines = [
        line for i, line in enumerate(lines[:first_item]) if i not in toc.indices
    ]
    header = parse_header(header_lines, warnings)
    if header.date is None:
        if segmentation.layout == WHOLE_DOCUMENT:
            raise MinutesError(
                "not a referat: no agenda items and no meeting date found "
                "(expected headings such as 'Punkt 1: ...', '1. ...' or "
                "'Sag nr. 131: ...', and a date in the first lines)"
            )
        for line in header_lines[:HEADER_DATE_LINES]:
            invalid = find_invalid_date(line.plain)
            if invalid:
                raise MinutesError(
                    f"the meeting date {invalid!r} is not a date in the calendar",
                    line=line.number,
                )
        raise MinutesError(
            f"no meeting date found in the header (first {HEADER_DATE_LINES} lines)"
        )

    context = ItemContext(
        meeting_body=header.body,
        meeting_date=header.date,
        forum_prefix=_forum_prefix(headings),
        wrapped=prepared.wrapped,
    )
    items: list[ParsedAgendaItem] = []
    for position, heading in enumerate(headings, start=1):
        end = headings[position].index if position < len(headings) else len(lines)
        body = lines[heading.body_start : end]
        items.append(parse_item(heading, position, body, context, warnings))

    items = _close_grouped_items(lines, items)
    items = _partial_attendance(header_lines, items)
    _check_numbering(items, warnings)
    items = _cross_check_toc(toc, items, warnings)
    preamble = join_lines(
        sorted(header.attendance + header.unrecognised, key=lambda line: line.number),
        wrapped=prepared.wrapped,
    )
    if header.unrecognised:
        warnings.append(
            ParseWarning(
                header.unrecognised[0].number,
                "text before the first agenda item is not part of any item; "
                "it was kept as the preamble",
            )
        )
    return ParsedMinutes(
        body=header.body,
        date=header.date,
        start_time=header.start_time,
        end_time=header.end_time,
        location=header.location,
        absentees=tuple(header.absentees),
        items=tuple(items),
        table_of_contents=tuple(toc.titles),
        preamble=preamble,
        warnings=tuple(sorted(warnings, key=lambda warning: warning.line)),
        line_count=prepared.line_count,
        layout=segmentation.layout,
        confidence=segmentation.confidence,
    )


# --------------------------------------------------------------------------
# Table of contents


def find_table_of_contents(lines: Sequence[Line]) -> TableOfContents:
    """Find the TOC: a "Indholdsfortegnelse"/"Dagsorden" heading with entries,
    or lines with dotted leaders and page numbers before the items."""
    toc = TableOfContents()
    start = next(
        (i for i, line in enumerate(lines) if line.text and is_toc_heading(line.plain)),
        None,
    )
    if start is not None:
        _read_toc_entries(lines, start, toc)
    # Leader lines ("Title ..... 3") anywhere are TOC entries too.
    if not toc.titles:
        for i, line in enumerate(lines):
            text = line.plain
            if "..." in text or "…" in text:
                title = match_toc_entry(text)
                if title and ("..." in line.text or "…" in line.text):
                    toc.titles.append(title)
                    toc.line_numbers.append(line.number)
                    toc.indices.add(i)
    return toc


def _read_toc_entries(lines: Sequence[Line], start: int, toc: TableOfContents) -> None:
    entries: list[tuple[int, str]] = []
    previous_number: int | None = None
    index = start + 1
    while index < len(lines):
        line = lines[index]
        if not line.text:
            index += 1
            continue
        title = match_toc_entry(line.plain)
        if title is None and not entries and _is_toc_column_header(line.plain):
            index += 1  # "Punkt   Titel   Side"
            continue
        if (
            title is not None
            and entries
            and entries[-1][0] == index - 1
            and match_toc_entry(lines[index - 1].plain) is None
            and match_item_heading(title) is None
            and match_item_heading(entries[-1][1]) is not None
        ):
            # A long title wrapped onto a second line that carries the page
            # number: one entry, not two.
            entries[-1] = (entries[-1][0], f"{entries[-1][1]} {title}")
            index += 1
            continue
        if title is None:
            heading = match_item_heading(line.plain) or match_roman_heading(line.plain)
            if (
                heading is None
                or not heading.title
                or (previous_number is not None and heading.number <= previous_number)
                or _followed_by_item_content(lines, index)
            ):
                break
            previous_number = heading.number
            title = line.plain
        entries.append((index, title))
        index += 1
    if not entries:
        return  # a "Dagsorden" line that is not followed by a list
    toc.indices.update(range(start, entries[-1][0] + 1))
    for entry_index, title in entries:
        heading = match_item_heading(title) or match_roman_heading(title)
        toc.titles.append(heading.title if heading and heading.title else title)
        toc.line_numbers.append(lines[entry_index].number)


def _is_toc_column_header(plain: str) -> bool:
    words = {word.casefold() for word in plain.split()}
    return bool(words) and words <= _TOC_COLUMN_WORDS


def _cross_check_toc(
    toc: TableOfContents,
    items: list[ParsedAgendaItem],
    warnings: list[ParseWarning],
) -> list[ParsedAgendaItem]:
    """Warn where the TOC and the headings disagree; a TOC that marks an item
    closed makes it closed (closed wins: content is never shown by mistake)."""
    if not toc.titles:
        return items
    if len(toc.titles) == len(items):
        for index, (toc_title, line_number) in enumerate(
            zip(toc.titles, toc.line_numbers, strict=True)
        ):
            if not items[index].is_closed and _CLOSED_MARK_RE.search(toc_title):
                items[index] = replace(items[index], is_closed=True)
                warnings.append(
                    ParseWarning(
                        line_number,
                        f"the table of contents marks item {items[index].number} "
                        "closed but its heading does not; it was taken as closed",
                    )
                )
    if len(toc.titles) != len(items):
        warnings.append(
            ParseWarning(
                toc.line_numbers[0],
                f"the table of contents lists {len(toc.titles)} items but "
                f"{len(items)} item headings were found; the headings are used",
            )
        )
        return items
    for toc_title, line_number, item in zip(
        toc.titles, toc.line_numbers, items, strict=True
    ):
        toc_core = split_title(toc_title).title
        toc_key, heading_key = title_key(toc_core), title_key(item.title)
        # Long titles are often cut short in the TOC: not worth a warning.
        truncated = len(toc_key) >= 20 and heading_key.startswith(toc_key)
        if item.is_closed or toc_key == heading_key or truncated:
            continue
        warnings.append(
            ParseWarning(
                line_number,
                f"the table of contents says {toc_core!r} where item "
                f"{item.number} is headed {item.title!r}; the heading is used",
            )
        )
    return items


# "Lukket punkt: Title", "Title (lukket)", "Title - lukket punkt" in a TOC entry.
_CLOSED_MARK_RE = re.compile(
    r"^(?:lukket|fortroligt?)\b|\(\s*(?:lukket|fortroligt?)(?:\s+\w+)?\s*\)"
    r"|[-–]\s*lukket(?:\s+(?:punkt|sag))?\s*$",
    re.IGNORECASE,
)
# A line that opens the closed (or open) part of a meeting: "Lukkede punkter",
# "Lukket møde", "Fortrolige sager:"; "Åbne punkter" ends it.
_ACCESS_GROUP_RE = re.compile(
    r"^(?:(?P<closed>lukkede|fortrolige)\s+(?:dagsordens)?(?:punkter|sager)"
    r"|(?P<closed_meeting>lukket)\s+møde|åbne\s+(?:dagsordens)?(?:punkter|sager)"
    r"|åbent\s+møde)\b[\s:.-]*",
    re.IGNORECASE,
)


def _partial_attendance(
    header_lines: Sequence[Line], items: list[ParsedAgendaItem]
) -> list[ParsedAgendaItem]:
    """Members present for part of the meeting ("deltog fra punkt 3") are
    absent from the items they missed."""
    header_text = "\n".join(line.plain for line in header_lines)
    absences = partial_absences([header_text], _item_number)
    if not absences:
        return items
    result = []
    for item in items:
        missing = [
            name
            for name, first, last in absences
            if first <= item.number
            and (last is None or item.number <= last)
            and name not in item.absentees
        ]
        if missing:
            item = replace(item, absentees=(*item.absentees, *missing))
        result.append(item)
    return result


def _item_number(reference: str) -> int | None:
    if reference.isdigit():
        return int(reference)
    return roman_value(reference.upper())


def _close_grouped_items(
    lines: Sequence[Line], items: list[ParsedAgendaItem]
) -> list[ParsedAgendaItem]:
    """Items after a "Lukkede punkter" line (until "Åbne punkter") are closed."""
    marks = [
        (line.number, bool(match.group("closed") or match.group("closed_meeting")))
        for line in lines
        if line.plain
        and line.plain[0] in "LlFfÅå"
        and len(line.plain) <= 80
        and (match := _ACCESS_GROUP_RE.match(line.plain))
    ]
    if not marks:
        return items
    result = []
    for item in items:
        closed = [flag for number, flag in marks if number < item.first_line]
        if closed and closed[-1] and not item.is_closed:
            item = replace(item, is_closed=True)
        result.append(item)
    return result


# --------------------------------------------------------------------------
# Agenda item headings


@dataclass(slots=True)
class Segmentation:
    """The item headings found, the layout they follow and how sure we are.

    `support` counts the headings vouched for by what follows them (a case
    number, a section label, a proposer line) or by their style.
    """

    layout: str
    headings: list[ItemHeadingLine]
    support: int = 0

    @property
    def confidence(self) -> float:
        if not self.headings:
            return 0.0
        return round(self.support / len(self.headings), 2)


# Layouts the headings of one document may follow; the first one that explains
# the document best wins a tie.
LABELLED = "labelled"  # "Punkt 3: Title", "Sag nr. 131", "Dagsordenspunkt 3"
NUMBERED = "numbered"  # "3. Title", "3 | Title", "3." alone above the title
NUMBER_ALONE = "number-alone"  # "3" alone, the title on the next line
ROMAN = "roman"  # "IV. Title"
NUMBER_SPACE = "number-space"  # "87 Title": the number, a space, the title
# "87 Godkendelse af dagsorden"; not "16 december ..." nor "2026 blev ...".
_SPACED_ITEM_RE = re.compile(r"^(\d{1,5})\s+([A-ZÆØÅ][^\t]*[^.\t])$")
TOPICS = "topics"  # "Emne: Title" blocks of informal minutes, numbered by position
STYLED = "styled"  # headings carried by style (bold, larger, <h2>), by position
# A layout vouched for by fewer headings than this is not trusted over others.
_MIN_SUPPORT = 2
_TOPIC_RE = re.compile(
    r"^(?:emne|dagsordenspunkt|punkt|sag|tema)\s*:\s*(?P<title>\S.{0,200})$",
    re.IGNORECASE,
)


def find_item_headings(
    lines: Sequence[Line],
    toc: TableOfContents,
    warnings: list[ParseWarning],
    *,
    wrapped: bool = False,
) -> Segmentation:
    """Find the document's own item pattern, then its headings in order.

    Every candidate layout segments the document; the one whose headings are
    best supported by item content wins (numbers must rise, see the accept
    functions).
    """
    labelled: list[tuple[int, ItemHeadingMatch]] = []
    numbered: list[tuple[int, ItemHeadingMatch]] = []
    alone: list[tuple[int, ItemHeadingMatch]] = []
    roman: list[tuple[int, ItemHeadingMatch]] = []
    spaced: list[tuple[int, ItemHeadingMatch]] = []
    for index, line in enumerate(lines):
        plain = line.plain
        if not plain or index in toc.indices:
            continue
        first = plain[0]
        if first in "IVXLC" and (roman_match := match_roman_heading(plain)):
            roman.append((index, roman_match))
        if not (first.isdigit() or first in "PpDdSsAaÅåLlFf§"):
            continue
        if first.isdigit() and (spaced_match := _SPACED_ITEM_RE.match(plain)):
            spaced.append(
                (
                    index,
                    ItemHeadingMatch(
                        int(spaced_match.group(1)), spaced_match.group(2), False
                    ),
                )
            )
        if plain.isdigit() and plain.isascii():
            if len(plain) <= _MAX_NUMBER_DIGITS:
                alone.append((index, ItemHeadingMatch(int(plain), "", False)))
            continue
        match = match_item_heading(plain)
        if match is None or "...." in plain or _is_verdict(match.title):
            continue
        (labelled if match.labelled else numbered).append((index, match))

    use_labelled = len(labelled) >= 2 or any(
        _followed_by_item_content(lines, index) or lines[index].marked
        for index, _ in labelled
    )
    options = [
        _segment(
            LABELLED if use_labelled else NUMBERED,
            lines,
            toc,
            labelled if use_labelled else numbered,
            wrapped=wrapped,
        )
    ]
    if alone:
        options.append(_segment(NUMBER_ALONE, lines, toc, alone, wrapped=wrapped))
    if len(roman) >= _MIN_SUPPORT:
        options.append(_segment(ROMAN, lines, toc, roman, wrapped=wrapped))
    if len(spaced) >= _MIN_SUPPORT:
        options.append(_segment(NUMBER_SPACE, lines, toc, spaced, wrapped=wrapped))
    best = max(options, key=lambda option: option.support)
    if best.support == 0:
        # No numbered layout explains the document: try titled blocks ("Emne:
        # ...") and headings carried by style, numbered by position. They
        # must explain it clearly better than the numbered one.
        for layout in (TOPICS, STYLED):
            option = _unnumbered(layout, lines, toc)
            if option.support >= max(_MIN_SUPPORT, len(best.headings) + 1):
                best = option
    best.headings = _drop_leading_agenda_list(lines, best.headings, toc, warnings)
    for previous, heading in zip(best.headings, best.headings[1:], strict=False):
        if heading.number <= previous.number:
            warnings.append(
                ParseWarning(
                    heading.line_number,
                    f"item number {heading.number} follows {previous.number}",
                )
            )
    return best


def _unnumbered(
    layout: str, lines: Sequence[Line], toc: TableOfContents
) -> Segmentation:
    """Headings without numbers: "Emne: ..." lines, or style-marked titles."""
    result = Segmentation(layout, [])
    for index, line in enumerate(lines):
        plain = line.plain
        if not plain or index in toc.indices:
            continue
        if layout == TOPICS:
            match = _TOPIC_RE.match(plain)
            if match is None:
                continue
            title = match.group("title").strip()
        else:
            if not line.marked or not _heading_form(plain):
                continue
            if (
                classify_heading(plain) is not None
                or match_item_heading(plain) is not None
                or match_case_line(plain)
                or match_labelled_case(plain)
                or is_toc_heading(plain)
                or plain.endswith(":")
            ):
                continue
            title = plain
        number = len(result.headings) + 1
        heading = ItemHeadingLine(
            index=index,
            body_start=index + 1,
            number=number,
            title=title,
            line_number=line.number,
        )
        supported = _followed_by_item_content(lines, index)
        if layout == STYLED and not supported:
            continue  # a styled line is a heading only when item text follows
        result.headings.append(heading)
        result.support += supported or layout == TOPICS
    return result


def _segment(
    layout: str,
    lines: Sequence[Line],
    toc: TableOfContents,
    candidates: Sequence[tuple[int, ItemHeadingMatch]],
    *,
    wrapped: bool,
) -> Segmentation:
    result = Segmentation(layout, [])
    previous_number: int | None = None
    for index, match in candidates:
        if layout == LABELLED:
            ok = _accept_labelled(lines, index, match, previous_number)
        else:
            ok = _accept_numbered(lines, index, match, previous_number, toc)
        if not ok:
            continue
        heading = _complete_heading(lines, index, match, wrapped=wrapped)
        result.headings.append(heading)
        previous_number = match.number
        skip = heading.body_start - index - 1
        if lines[index].marked or _followed_by_item_content(lines, index, skip=skip):
            result.support += 1
    if layout != LABELLED and result.headings:
        _prepend_earlier_items(lines, candidates, result, wrapped=wrapped)
    return result


def _prepend_earlier_items(
    lines: Sequence[Line],
    candidates: Sequence[tuple[int, ItemHeadingMatch]],
    result: Segmentation,
    *,
    wrapped: bool,
) -> None:
    """Items before the first vouched-for heading that nothing vouches for
    (a closed item with one line of text): the numbers just below it, each
    after a gap and above a title, count too."""
    for index, match in reversed(candidates):
        first = result.headings[0]
        if index >= first.index or match.number != first.number - 1:
            continue
        if index > 0 and lines[index - 1].text:
            break
        title = match.title or next(
            (line.plain for line in _next_text_lines(lines, index, 1)), ""
        )
        if not title or not _heading_form(title) or _any_item_heading(title):
            break
        result.headings.insert(
            0, _complete_heading(lines, index, match, wrapped=wrapped)
        )


# Lines of a header that may stand before the text of a document without items.
_MAX_HEADER_LINES = 25


def _whole_document(
    lines: Sequence[Line], warnings: list[ParseWarning]
) -> Segmentation:
    """No item heading anywhere: the header, then the rest as one item.

    The document is kept (and flagged for review) rather than refused; the
    header ends at the first blank line after its first lines.
    """
    seen = 0
    start = min(len(lines), _MAX_HEADER_LINES)
    for index, line in enumerate(lines[:_MAX_HEADER_LINES]):
        if line.text:
            seen += 1
        elif seen >= 2:
            start = index
            break
    if parse_header(lines[:start], []).date is None:
        # The date comes later: the header runs to the line that gives it.
        for end in range(start + 1, min(len(lines), HEADER_DATE_LINES) + 1):
            if lines[end - 1].text and parse_header(lines[:end], []).date:
                start = end
                break
    title_index = next(
        (i for i in range(start, len(lines)) if lines[i].text), len(lines) - 1
    )
    if title_index < 0:
        return Segmentation(WHOLE_DOCUMENT, [])
    title = lines[title_index].plain[:200] if lines else ""
    warnings.append(
        ParseWarning(
            lines[title_index].number if lines else 1,
            "no agenda item headings found: the text after the header was kept as "
            "one item; the meeting needs review",
        )
    )
    heading = ItemHeadingLine(
        index=title_index,
        body_start=title_index + 1,
        number=1,
        title=title or "Referat",
        line_number=lines[title_index].number,
    )
    return Segmentation(WHOLE_DOCUMENT, [heading], support=0)


def _any_item_heading(plain: str) -> bool:
    return match_item_heading(plain) is not None or (
        plain[:1] in "IVXLC" and match_roman_heading(plain) is not None
    )


def _is_verdict(title: str) -> bool:
    """True for the outcome of a numbered clause, not an item title.

    Decisions answer clause by clause ("Ad 1: Taget til efterretning.", "Ad
    2: Anbefales over for Økonomiudvalget.", "1. Godkendt"): the line has the
    form of an item heading, but its "title" is a verdict. Item titles are
    noun phrases; they neither read like a decision nor end a sentence.
    """
    if _BARE_VERDICT_RE.match(title):
        return True
    return title.endswith(".") and reads_like_decision(title)


def _drop_leading_agenda_list(
    lines: Sequence[Line],
    accepted: list[ItemHeadingLine],
    toc: TableOfContents,
    warnings: list[ParseWarning],
) -> list[ItemHeadingLine]:
    """An agenda printed as bare headings ("Punkt 1: A", "Punkt 2: B", ...)
    before the items, with no TOC heading: the numbering restarts after it.
    Those first headings have no text of their own; they become the TOC."""
    for restart in range(1, len(accepted)):
        if accepted[restart].number <= accepted[restart - 1].number:
            break
    else:
        return accepted
    listed = accepted[:restart]
    for heading, following in zip(listed, accepted[1 : restart + 1], strict=True):
        if any(line.text for line in lines[heading.body_start : following.index]):
            return accepted
    if toc.titles:
        return accepted
    for heading in listed:
        toc.titles.append(heading.title)
        toc.line_numbers.append(heading.line_number)
        toc.indices.add(heading.index)
    warnings.append(
        ParseWarning(
            listed[0].line_number,
            f"{len(listed)} item headings without text before the items were read "
            "as the agenda (table of contents)",
        )
    )
    return [
        heading for heading in accepted[restart:] if heading.index not in toc.indices
    ]


def _accept_labelled(
    lines: Sequence[Line], index: int, match: ItemHeadingMatch, previous: int | None
) -> bool:
    title = match.title
    line = lines[index]
    if not line.marked and not _followed_by_case_number(lines, index):
        if title and title[0].islower():
            return False  # "Punkt 3 i referatet ..." in running text
        if title.endswith(".") and len(title.split()) > 8:
            return False
    if line.marked or _followed_by_item_content(lines, index):
        return True
    return previous is None or previous < match.number <= previous + _MAX_JUMP


def _accept_numbered(
    lines: Sequence[Line],
    index: int,
    match: ItemHeadingMatch,
    previous: int | None,
    toc: TableOfContents,
) -> bool:
    if previous is not None and not previous < match.number <= previous + _MAX_JUMP:
        return False  # numbers of a meeting's items rise in small steps
    title = match.title
    if not title:
        # "3." alone on a line: the title is on the next line.
        following = _next_text_lines(lines, index, 1)
        if not following:
            return False
        title_line = following[0].plain
        if not _followed_by_item_content(lines, index, skip=1):
            # The next number in sequence, after a gap, above a title.
            preceded_by_gap = index == 0 or not lines[index - 1].text
            return (
                previous is not None
                and match.number == previous + 1
                and preceded_by_gap
                and _heading_form(title_line)
                and _any_item_heading(title_line) is False
            )
        # A case number under the title vouches for a long title too.
        return _heading_form(title_line) or (
            _followed_by_case_number(lines, index + 1)
            and len(title_line.split()) <= _MAX_TITLE_WORDS
        )
    line = lines[index]
    if _followed_by_case_number(lines, index) or line.marked:
        return True
    after_list = _continues_numbered_list(lines, index, match.number)
    if (
        not after_list
        and _heading_form(title)
        and _followed_by_item_content(lines, index)
    ):
        return True
    if any(
        title_similarity(title, toc_title) >= _TOC_TITLE_MATCH
        for toc_title in toc.titles
    ):
        return True
    preceded_by_gap = index == 0 or not lines[index - 1].text or line.page_break
    return (
        previous is not None
        and match.number == previous + 1
        and _heading_form(title)
        and preceded_by_gap
        and not after_list
    )


def _heading_form(title: str) -> bool:
    """A title, not a sentence: short, and no final period after many words."""
    words = title.split()
    return len(words) <= _MAX_WEAK_TITLE_WORDS and not (
        title.endswith(".") and len(words) > 3
    )


def _continues_numbered_list(lines: Sequence[Line], index: int, number: int) -> bool:
    """True when the previous text line is entry number-1 of a numbered list.

    Recommendation clauses ("2. at ...") do not count: a list of clauses is
    never continued by a title.
    """
    for previous in reversed(lines[max(0, index - 4) : index]):
        if previous.text:
            match = _LIST_NUMBER_RE.match(previous.plain)
            return (
                match is not None
                and int(match.group(1)) == number - 1
                and not _CLAUSE_START_RE.match(previous.plain[match.end() :])
            )
    return False


def _next_text_lines(lines: Sequence[Line], index: int, count: int) -> list[Line]:
    found: list[Line] = []
    for line in lines[index + 1 : index + 12]:
        if line.text:
            found.append(line)
            if len(found) == count:
                break
    return found


def _followed_by_case_number(lines: Sequence[Line], index: int) -> bool:
    for line in _next_text_lines(lines, index, 2):
        if match_case_line(line.plain) or match_labelled_case(line.plain):
            return True
        if _any_item_heading(line.plain):
            return False  # the case number belongs to that heading
    return False


def _followed_by_item_content(
    lines: Sequence[Line], index: int, *, skip: int = 0
) -> bool:
    """True when a case number, a section heading or a proposer line follows."""
    for line in _next_text_lines(lines, index, _LOOKAHEAD_LINES + skip)[skip:]:
        plain = line.plain
        if _any_item_heading(plain):
            return False
        if match_case_line(plain) or match_labelled_case(plain):
            return True
        if classify_heading(plain) is not None:
            return True
        if line.may_name_proposer and match_proposer(plain):
            return True
    return False


def _complete_heading(
    lines: Sequence[Line], index: int, match: ItemHeadingMatch, *, wrapped: bool
) -> ItemHeadingLine:
    """Attach a title printed below "Punkt 3" or wrapped onto the next line."""
    title = match.title
    body_start = index + 1
    if not title:
        for offset, line in enumerate(lines[index + 1 : index + 4], start=1):
            if not line.text:
                continue
            # Under a bare number the next line is the title even when it is
            # a word that also heads sections ("Orientering").
            if not (
                match_case_line(line.plain)
                or match_labelled_case(line.plain)
                or (match.labelled and classify_heading(line.plain))
            ):
                title = line.plain
                body_start = index + 1 + offset
            break
    else:
        # A title wrapped onto at most two more lines.
        while body_start < min(len(lines), index + 3) and _continues_title(
            title, lines, body_start, wrapped=wrapped
        ):
            title = f"{title} {lines[body_start].plain}"
            body_start += 1
    return ItemHeadingLine(
        index=index,
        body_start=body_start,
        number=match.number,
        title=title,
        line_number=lines[index].number,
        closed=match.closed,
    )


def _continues_title(
    title: str, lines: Sequence[Line], index: int, *, wrapped: bool
) -> bool:
    """True when lines[index], right below a heading, is the rest of its title."""
    following = lines[index]
    plain = following.plain
    if not plain or following.marked or len(plain) > 160:
        return False
    if (
        match_case_line(plain)
        or match_labelled_case(plain)
        or _any_item_heading(plain)
        or classify_heading(plain)
    ):
        return False
    if plain[0].islower() or plain[0] == "(":
        return True
    unbalanced = title.count("(") > title.count(")")
    last_word = title.rsplit(" ", 1)[-1].casefold()
    if unbalanced or last_word in _TITLE_CONNECTORS or title[-1] in ",-–&":
        return True
    # Hard-wrapped text: a long heading line, then a short line that ends the
    # heading's paragraph, is a title broken in two.
    after = lines[index + 1] if index + 1 < len(lines) else None
    return (
        wrapped
        and len(title) >= _WRAPPED_TITLE_MIN
        and len(plain) <= len(title)
        and (after is None or not after.text)
        and title[-1] not in ".:;!?"
    )


def _forum_prefix(headings: Sequence[ItemHeadingLine]) -> str:
    """Return the "CF"-style prefix most titles share, to be stripped, or ""."""
    counts = Counter(
        prefix for h in headings if (prefix := split_title(h.title).prefix)
    )
    if not counts:
        return ""
    prefix, count = counts.most_common(1)[0]
    if count >= 2 or count * 2 >= len(headings):
        return prefix
    return ""


def _check_numbering(
    items: Sequence[ParsedAgendaItem], warnings: list[ParseWarning]
) -> None:
    seen: dict[int, int] = {}
    for item in items:
        if item.number in seen:
            warnings.append(
                ParseWarning(
                    item.first_line,
                    f"item number {item.number} is used twice "
                    f"(also on line {seen[item.number]})",
                )
            )
        seen.setdefault(item.number, item.first_line)
