"""One agenda item: its lines -> ParsedAgendaItem.

The lines between two item headings are cut into blocks, each started by a
heading: ordinary sections (Anledning, Sagsfremstilling, ...), history
(Historik, Sagsforløb), the recommendation (Indstilling or a bare proposer
line), the decision, decisions of other bodies, and attachment lists. Lines
before the first heading form an untitled preamble block. The case number and
the repeated title line that many systems print under the heading are taken
out first. Nothing else is dropped: text that fits nowhere stays in a section.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time

from minutes.parsing.attendance import find_absentees, find_participants
from minutes.parsing.dates import date_from_match, make_time
from minutes.parsing.headings import (
    ATTACHMENTS,
    DECISION,
    FOLLOW_UP_HEADINGS,
    GENERIC_BODIES,
    HISTORY,
    PRIOR_DECISION_LINE_RE,
    RECOMMENDATION,
    SECTION,
    Heading,
    TitleParts,
    classify_heading,
    match_case_line,
    match_labelled_case,
    same_body,
    split_title,
    strip_prefix,
    title_similarity,
)
from minutes.parsing.lines import Line, is_list_line, join_lines, make_line
from minutes.parsing.recommendation import match_proposer, parse_recommendation
from minutes.parsing.status import reads_like_decision, status_of
from minutes.parsing.types import (
    ItemStatus,
    ParsedAgendaItem,
    ParsedDecision,
    ParsedRecommendation,
    ParseWarning,
    PriorDecision,
    Section,
)

PREAMBLE = "preamble"  # text before the item's first heading
PRIOR = "prior"  # a decision of another body

# A repeated title line must be at least this similar to the heading title:
# looser when it is printed as a heading or with the forum prefix.
_REPEATED_TITLE_MARKED = 0.75
_REPEATED_TITLE_PLAIN = 0.9
_BULLET_RE = re.compile(r"^[-•*–·▪]\s+")
_FILE_NOTE_RE = re.compile(
    r"\s*\((?:pdf|docx?|xlsx?|excel|word|pptx?|powerpoint|zip)\b[^)]{0,30}\)$",
    re.IGNORECASE,
)
_NO_ATTACHMENTS_RE = re.compile(
    r"^(?:ingen(?:\s+bilag)?|der\s+er\s+ingen\s+bilag|bilag:\s*ingen|-)\.?$",
    re.IGNORECASE,
)
_STARTS_WITH_INDSTILLER_RE = re.compile(r"^indstiller\b", re.IGNORECASE)
# Notes some systems print on their own line under the item heading.
_ACCESS_NOTE_RE = re.compile(
    r"^\(?(?:(?P<closed>lukket|fortroligt?)|åben|åbent)"
    r"(?:\s+(?:punkt|sag|dagsordenspunkt|møde))?\)?\.?$"
    r"|^(?:punktet|sagen)\s+er\s+(?:(?P<closed_after>lukket|fortroligt?)|åbent?)\.?$",
    re.IGNORECASE,
)


def _says_closed(access: re.Match[str]) -> bool:
    return bool(access.group("closed") or access.group("closed_after"))


_SLOT_LINE_RE = re.compile(
    r"^\(?(?:tid(?:spunkt)?\s*:?\s*)?(?:kl\.?\s*)?(\d{1,2})[.:](\d{2})\s*[-–]\s*"
    r"(?:kl\.?\s*)?(\d{1,2})[.:](\d{2})\)?$",
    re.IGNORECASE,
)
_PRESENTER_LINE_RE = re.compile(
    r"^(?:oplægsholder|oplæg\s+ved|præsenteres\s+af|fremlægges\s+af"
    r"|præsentation\s+ved)\s*:?\s*(?P<name>[A-ZÆØÅ][^,;()]{0,60}?)\.?$",
    re.IGNORECASE,
)
_NUMBERED_RE = re.compile(r"^(\d{1,2})[.)]\s+")
_FILE_LIST_SPLIT_RE = re.compile(r"\s*[;,]\s+")
# "Bilag: Høringsnotat, spildevandsplan; Spildevandsplan (endelig udgave)":
# a semicolon separates titles (a comma may be part of one).
_TITLE_LIST_SPLIT_RE = re.compile(r"\s*;\s+")
_FILE_NAME_RE = re.compile(r"\.[A-Za-z0-9]{2,5}$")
_SUBHEADING_END = ".,;:!?)"


@dataclass(frozen=True, slots=True)
class ItemContext:
    """Meeting-wide facts an item parser needs."""

    meeting_body: str
    meeting_date: date | None
    forum_prefix: str  # the forum abbreviation titles start with ("CF"), or ""
    wrapped: bool  # the text is hard-wrapped, so lines of a paragraph join


@dataclass(frozen=True, slots=True)
class ItemHeadingLine:
    """An accepted agenda item heading."""

    index: int  # index of the heading line in the document's lines
    body_start: int  # index of the first line after the heading (and its title)
    number: int
    title: str  # raw title as printed (continuation lines joined)
    line_number: int
    closed: bool = False  # the heading line says "Lukket punkt" / "(Lukket)"


@dataclass(slots=True)
class _Block:
    kind: str
    title: str
    first_line: int
    lines: list[Line] = field(default_factory=list)
    body: str = ""
    date: date | None = None
    from_heading: bool = True
    # A prior decision written on one line ("Økonomiudvalget, 3. februar
    # 2026, pkt. 22: Anbefales.") ends at the next blank line; parsing then
    # continues in the block that was open before it (resume).
    ends_at_blank: bool = False
    resume: _Block | None = None
    has_proposer: bool = False
    # An attachment written on the label's own line ("Bilag: Hvidbog"): a line
    # without the label may end the list (_ItemScanner._ends_labelled_list).
    labelled_entry: bool = False

    def has_text(self) -> bool:
        return any(line.text for line in self.lines)


def _synthetic_line(number: int, text: str) -> Line:
    """A Line for text that followed a heading on the heading's own line."""
    return make_line(number, text, 0)


def parse_item(
    heading: ItemHeadingLine,
    position: int,
    lines: Sequence[Line],
    context: ItemContext,
    warnings: list[ParseWarning],
) -> ParsedAgendaItem:
    """Return the agenda item whose heading is `heading` and body is `lines`."""
    parts = split_title(heading.title)
    scan = _ItemScanner(parts, context, warnings)
    for index, line in enumerate(lines):
        scan.feed(line, lines, index)
    blocks = scan.blocks

    own_decisions = [b for b in blocks if b.kind == DECISION]
    other_decisions = [b for b in blocks if b.kind == PRIOR and b.from_heading]
    if not own_decisions and other_decisions:
        # Only other bodies' decision headings: the last one is most likely
        # this meeting's (the body named in the header may be spelt otherwise).
        chosen = other_decisions.pop()
        chosen.kind = DECISION
        own_decisions.append(chosen)
        warnings.append(
            ParseWarning(
                chosen.first_line,
                f"decision heading {chosen.title!r} names another body than "
                f"{context.meeting_body!r}; it was taken as this item's decision",
            )
        )
    recommendation_blocks = [b for b in blocks if b.kind == RECOMMENDATION]
    decision = _own_decision(own_decisions, context, warnings)
    if decision is None:
        decision = _infer_decision(
            blocks, bool(recommendation_blocks), context, warnings
        )

    sections: list[Section] = []
    case_texts: list[str] = []
    recommendation: ParsedRecommendation | None = None
    priors: list[PriorDecision] = []
    attachments: list[str] = []
    for block in blocks:
        if block.kind in (PREAMBLE, SECTION, HISTORY):
            text = join_lines(block.lines, wrapped=context.wrapped)
            if text or block.title:
                sections.append(Section(block.title, text))
            if block.kind == HISTORY:
                priors.extend(_priors_in_history(block, context))
            else:
                case_texts.append(text)
        elif block.kind == RECOMMENDATION:
            parsed = parse_recommendation(block.lines, wrapped=context.wrapped)
            case_texts.append(parsed.note)
            if recommendation is None:
                recommendation = parsed
                continue
            warnings.append(
                ParseWarning(
                    block.first_line,
                    "a second recommendation in the item was kept as a section",
                )
            )
            sections.append(
                Section(
                    block.title or "Indstilling",
                    join_lines(block.lines, wrapped=context.wrapped),
                )
            )
        elif block.kind == PRIOR:
            priors.append(_prior(block, context))
        elif block.kind == ATTACHMENTS:
            attachments.extend(_attachment_titles(block.lines))

    decision_text = decision.text if decision else ""
    status = status_of(decision_text, case_texts)
    if parts.status_note and status == ItemStatus.HANDLED:
        status = parts.status_note

    # Prior decisions and history are left out: who was absent at another
    # body's meeting says nothing about this one.
    own_texts = [decision_text, *case_texts]
    absentees = tuple(find_absentees(own_texts))
    participants = list(parts.participants)
    for name in find_participants(own_texts):
        if name not in participants:
            participants.append(name)

    last_line = max(
        (line.number for line in lines if line.text), default=heading.line_number
    )
    # A decision that reads only "Lukket punkt." marks the item closed too.
    decision_note = _ACCESS_NOTE_RE.match(decision_text.strip()[:80])
    is_closed = (
        parts.closed
        or scan.closed
        or heading.closed
        or (decision_note is not None and _says_closed(decision_note))
    )
    title = strip_prefix(parts.title, context.forum_prefix)
    if not title and is_closed:
        title = "Lukket"
    return ParsedAgendaItem(
        number=heading.number,
        position=position,
        title=title,
        case_number=scan.case_number,
        presenter=parts.presenter or scan.presenter,
        planned_start=parts.start or scan.start,
        planned_end=parts.end or scan.end,
        status=status,
        is_closed=is_closed,
        sections=tuple(sections),
        recommendation=recommendation,
        decision=decision,
        prior_decisions=tuple(priors),
        attachments=tuple(attachments),
        absentees=absentees,
        participants=tuple(participants),
        first_line=heading.line_number,
        last_line=last_line,
    )


class _ItemScanner:
    """Cuts an item's lines into blocks; see the module docstring."""

    def __init__(
        self, parts: TitleParts, context: ItemContext, warnings: list[ParseWarning]
    ):
        self.parts = parts
        self.context = context
        self.warnings = warnings
        self.blocks: list[_Block] = []
        self.current: _Block | None = None
        self.case_number = ""
        # True until the first heading other than Bilag: where the case number
        # and the repeated title line may appear.
        self.in_preamble = True
        self.preamble_text_seen = False
        # A line merged into the one before it (wrapped text) is skipped.
        self.skip_index = -1
        # Notes printed on their own lines under the heading.
        self.closed = False
        self.start: time | None = None
        self.end: time | None = None
        self.presenter = ""

    # -- helpers -----------------------------------------------------------

    def _open(
        self,
        kind: str,
        title: str,
        line_number: int,
        *,
        body: str = "",
        decided: date | None = None,
    ) -> _Block:
        block = _Block(kind, title, line_number, body=body, date=decided)
        self.blocks.append(block)
        self.current = block
        if kind not in (ATTACHMENTS, PREAMBLE):
            self.in_preamble = False
        return block

    def _append(self, line: Line) -> None:
        block = self.current or self._open(PREAMBLE, "", line.number)
        block.lines.append(line)
        if self.in_preamble and line.text and block.kind == PREAMBLE:
            self.preamble_text_seen = True

    def _is_own(self, body: str, decided: date | None) -> bool:
        """True for a decision of this meeting: its body (or "Udvalget" etc.)
        and, when a date is printed, the meeting's date."""
        meeting_date = self.context.meeting_date
        if decided is not None and meeting_date is not None and decided != meeting_date:
            return False
        if body.casefold() in GENERIC_BODIES:
            return True
        return same_body(body, self.context.meeting_body)

    # -- the scan ----------------------------------------------------------

    def feed(self, line: Line, lines: Sequence[Line], index: int) -> None:
        """Place lines[index] (== line): case number, note, repeated title,
        heading, prior decision, proposer line, attachment or text."""
        if index == self.skip_index:
            return  # already taken together with the line before
        current = self.current
        if not line.text:
            if current is not None and current.ends_at_blank and current.has_text():
                # A one-line prior decision ends at the blank line; parsing
                # goes on in the block that was open before it.
                current.ends_at_blank = False
                self.current = current = current.resume
            if current is not None:
                current.lines.append(line)
            return
        plain = line.plain

        if not self.case_number and self._take_case_number(plain):
            return
        if self.in_preamble and not self.preamble_text_seen and self._take_note(plain):
            return
        if (
            self.in_preamble
            and not self.preamble_text_seen
            and self._is_repeated_title(line, lines, index)
        ):
            if current is not None and current.kind == ATTACHMENTS:
                self.current = None
            return

        heading = classify_heading(plain)
        if heading is not None and self._start_heading(heading, line):
            return

        if ", " in plain and plain[0].isupper():
            match = PRIOR_DECISION_LINE_RE.match(plain)
            if match and not self._is_own(match.group("body"), date_from_match(match)):
                if current is not None and current.kind == HISTORY:
                    current.lines.append(line)
                    return
                self._start_prior_line(match, line)
                return

        if current is None or current.kind not in (DECISION, PRIOR, HISTORY):
            line = self._join_wrapped_proposer(line, lines, index)
            plain = line.plain
        if (
            line.may_name_proposer
            and (current is None or current.kind not in (DECISION, PRIOR, HISTORY))
            and match_proposer(plain) is not None
        ):
            # A proposer line starts the recommendation, with or without an
            # Indstilling heading above it.
            if (
                current is None
                or current.kind != RECOMMENDATION
                or current.has_proposer
            ):
                current = self._open(RECOMMENDATION, "", line.number)
            current.has_proposer = True
            current.lines.append(line)
            return

        if current is not None and current.kind == ATTACHMENTS:
            if (
                not _is_prose(plain)
                and not line.marked
                and not self._ends_labelled_list(plain)
            ):
                current.lines.append(line)
                return
            title = plain.rstrip(" :") if line.marked else ""
            if not line.marked:
                self.warnings.append(
                    ParseWarning(
                        line.number,
                        "text after the attachment list was kept as an untitled "
                        "section",
                    )
                )
            self._open(SECTION, title, line.number)
            if not line.marked:
                self._append(line)
            return

        if (current is None or current.kind == PREAMBLE) and _is_subheading(
            line, lines, index
        ):
            self._open(SECTION, plain.rstrip(" :"), line.number)
            return
        self._append(line)

    def _ends_labelled_list(self, plain: str) -> bool:
        """Tell whether a line without the Bilag label ends a list whose
        attachments carried it ("Bilag: Hvidbog"): after two labelled
        entries, or when the line is a sentence or reads like a decision. A
        line in lower case continues a wrapped title; a label column ("Bilag
        <tab> Takstblad") may list more titles under the first."""
        if not self.current.labelled_entry or plain[:1].islower():
            return False
        labelled = 0
        for block in reversed(self.blocks):
            if block.kind != ATTACHMENTS or not block.labelled_entry:
                break
            labelled += 1
        return labelled >= 2 or plain.endswith(".") or reads_like_decision(plain)

    def _join_wrapped_proposer(
        self, line: Line, lines: Sequence[Line], index: int
    ) -> Line:
        """Join a proposer line wrapped in two: "Direktøren for Børn og" +
        "Afdelingschefen for Social & Familie indstiller," or "... Familie" +
        "indstiller,". Returns the line to use."""
        following = lines[index + 1] if index + 1 < len(lines) else None
        if (
            following is not None
            and _STARTS_WITH_INDSTILLER_RE.match(following.plain)
            and not line.may_name_proposer
            and len(line.plain) <= 200
        ):
            joined = _synthetic_line(line.number, f"{line.text} {following.text}")
            if match_proposer(joined.plain) is not None:
                self.skip_index = index + 1
                return joined
        current = self.current
        if (
            self.context.wrapped
            and line.may_name_proposer
            and index > 0
            and current is not None
            and current.lines
            and current.lines[-1] is lines[index - 1]
        ):
            previous = lines[index - 1]
            if (
                previous.text
                and previous.text[-1] not in ".:;!?"
                and previous.plain[0].isupper()
            ):
                joined = _synthetic_line(
                    previous.number, f"{previous.text} {line.text}"
                )
                found = match_proposer(joined.plain)
                if found is not None and found[0].startswith(previous.plain):
                    current.lines.pop()
                    return joined
        return line

    def _take_note(self, plain: str) -> bool:
        """Take a note printed under the heading: "Lukket punkt", "Åbent
        punkt", a time slot "Kl. 10.35 - 11.05", "Oplægsholder: Søren"."""
        if len(plain) > 80:
            return False
        access = _ACCESS_NOTE_RE.match(plain)
        if access:
            self.closed = self.closed or _says_closed(access)
            return True
        if self.start is None:
            slot = _SLOT_LINE_RE.match(plain)
            if slot:
                self.start = make_time(slot.group(1), slot.group(2))
                self.end = make_time(slot.group(3), slot.group(4))
                return True
        if not self.presenter:
            presenter = _PRESENTER_LINE_RE.match(plain)
            if presenter:
                self.presenter = presenter.group("name")
                return True
        return False

    def _take_case_number(self, plain: str) -> bool:
        if self.in_preamble and not self.preamble_text_seen:
            case = match_case_line(plain)
            if case:
                self.case_number = case
                return True
        case = match_labelled_case(plain)
        if case:
            self.case_number = case
            return True
        return False

    def _is_repeated_title(self, line: Line, lines: Sequence[Line], index: int) -> bool:
        plain = line.plain
        if len(plain) > 300 or not self.parts.title:
            return False
        following = lines[index + 1] if index + 1 < len(lines) else None
        if (
            following is not None
            and following.text
            and len(plain) < len(self.parts.title)
            and title_similarity(plain, self.parts.title) < _REPEATED_TITLE_PLAIN
        ):
            # A repeated title wrapped onto the next line.
            joined = _synthetic_line(line.number, f"{line.text} {following.text}")
            joined.marked = line.marked
            if self._is_repeated_title(joined, [joined], 0):
                self.skip_index = index + 1
                return True
        candidate = split_title(plain)
        similarity = title_similarity(candidate.title, self.parts.title)
        prefixed = bool(candidate.prefix) and candidate.prefix == self.parts.prefix
        in_attachments = self.current is not None and self.current.kind == ATTACHMENTS
        if line.marked or prefixed:
            return similarity >= _REPEATED_TITLE_MARKED
        if similarity < _REPEATED_TITLE_PLAIN:
            return False
        if not in_attachments:
            return True
        # A plain line in a Bilag list that equals the title may be an
        # attachment; it is the repeated title only if a heading follows.
        following = _next_text_line(lines, index)
        return following is not None and classify_heading(following.plain) is not None

    def _start_heading(self, heading: Heading, line: Line) -> bool:
        current = self.current
        kind = heading.kind
        if (
            kind == DECISION
            and _is_follow_up_heading(heading)
            and (current is None or current.kind != DECISION)
        ):
            # Agreed actions continue a decision; before one, the heading
            # starts case text on how a plan will be followed up.
            kind = SECTION
        if kind == DECISION and not self._is_own(heading.body, heading.date):
            if current is not None and current.kind == HISTORY:
                return False  # stays in the history text
            block = self._open(
                PRIOR,
                heading.title,
                line.number,
                body=heading.body,
                decided=heading.date,
            )
        else:
            block = self._open(kind, heading.title, line.number)
        if heading.inline:
            inline = _synthetic_line(line.number, heading.inline)
            block.lines.append(inline)
            block.labelled_entry = kind == ATTACHMENTS
            if kind == RECOMMENDATION and match_proposer(inline.plain):
                block.has_proposer = True
        return True

    def _start_prior_line(self, match: re.Match[str], line: Line) -> None:
        resume = self.current
        if resume is not None and resume.ends_at_blank:
            resume = resume.resume
        found = date_from_match(match)
        block = _Block(
            PRIOR,
            line.plain,
            line.number,
            body=match.group("body").strip(),
            date=found,
            from_heading=False,
            ends_at_blank=True,
            resume=resume,
        )
        self.blocks.append(block)
        self.current = block
        self.in_preamble = False
        text = match.group("text").strip()
        if text:
            block.lines.append(_synthetic_line(line.number, text))


def _is_follow_up_heading(heading: Heading) -> bool:
    return heading.title.casefold() in FOLLOW_UP_HEADINGS


def _next_text_line(lines: Sequence[Line], index: int) -> Line | None:
    for following in lines[index + 1 : index + 6]:
        if following.text:
            return following
    return None


def _is_prose(plain: str) -> bool:
    """True for a sentence that cannot be an attachment title."""
    words = plain.split()
    if len(words) > 25:
        return True
    if len(words) >= 12 and plain[-1] in ".!?:":
        return True
    return plain[0].islower() and len(words) >= 6


def _is_subheading(line: Line, lines: Sequence[Line], index: int) -> bool:
    """A short line in heading form that introduces prose, e.g. "Resumé"."""
    plain = line.plain
    if line.marked:
        return len(plain) <= 120
    words = plain.split()
    if not words or len(words) > 6 or plain[-1] in _SUBHEADING_END:
        return False
    if not (plain[0].isupper() or plain[0].isdigit()) or is_list_line(plain):
        return False
    if index + 1 >= len(lines) or lines[index + 1].text:
        return False  # a heading is followed by a blank line
    following = _next_text_line(lines, index)
    return following is not None and len(following.text) > len(plain) + 20


def _attachment_titles(lines: Sequence[Line]) -> list[str]:
    entries: list[str] = []
    previous_blank = True
    for line in lines:
        if not line.text:
            previous_blank = True
            continue
        text = _BULLET_RE.sub("", line.plain).strip()
        if entries and not previous_blank and text[:1].islower():
            entries[-1] = f"{entries[-1]} {text}"  # a wrapped title
        elif text:
            files = _FILE_LIST_SPLIT_RE.split(text)
            # "Notat.pdf, Tidsplan.xlsx" on one line: several files.
            if len(files) > 1 and all(_FILE_NAME_RE.search(f) for f in files):
                entries.extend(files)
            elif "; " in text:
                entries.extend(
                    part for part in _TITLE_LIST_SPLIT_RE.split(text) if part
                )
            else:
                entries.append(text)
        previous_blank = False
    numbers = [_NUMBERED_RE.match(entry) for entry in entries]
    if (
        entries
        and all(numbers)
        and [int(m.group(1)) for m in numbers if m] == list(range(1, len(entries) + 1))
    ):
        entries = [_NUMBERED_RE.sub("", entry) for entry in entries]
    # "Ingen bilag." says there are none; "(PDF, 245 KB)" is the link's note.
    return [
        _FILE_NOTE_RE.sub("", entry)
        for entry in entries
        if not _NO_ATTACHMENTS_RE.match(entry)
    ]


def _prior(block: _Block, context: ItemContext) -> PriorDecision:
    return PriorDecision(
        body=block.body,
        date=block.date,
        text=join_lines(block.lines, wrapped=context.wrapped),
    )


def _priors_in_history(block: _Block, context: ItemContext) -> list[PriorDecision]:
    """Decisions of other bodies written inside a Historik/Sagsforløb section.

    Each starts at a decision heading naming a body ("Direktørforums beslutning
    af 6. november 2017;") or a one-line record ("Økonomiudvalget, 3. februar
    2026, pkt. 22: Anbefales.") and runs to the next one.
    """
    found: list[_Block] = []
    for line in block.lines:
        if line.text:
            plain = line.plain
            heading = classify_heading(plain)
            if heading is not None and heading.kind == DECISION and heading.body:
                prior = _Block(
                    PRIOR,
                    heading.title,
                    line.number,
                    body=heading.body,
                    date=heading.date,
                )
                if heading.inline:
                    prior.lines.append(_synthetic_line(line.number, heading.inline))
                found.append(prior)
                continue
            match = PRIOR_DECISION_LINE_RE.match(plain) if ", " in plain else None
            if match:
                prior = _Block(
                    PRIOR,
                    plain,
                    line.number,
                    body=match.group("body").strip(),
                    date=date_from_match(match),
                )
                text = match.group("text").strip()
                if text:
                    prior.lines.append(_synthetic_line(line.number, text))
                found.append(prior)
                continue
        if found:
            found[-1].lines.append(line)
    return [_prior(prior, context) for prior in found]


def _own_decision(
    blocks: list[_Block], context: ItemContext, warnings: list[ParseWarning]
) -> ParsedDecision | None:
    if not blocks:
        return None
    # "Konklusion" followed by "Opfølgning" is one decision in two parts.
    headed = [b for b in blocks if b.title.casefold() not in FOLLOW_UP_HEADINGS]
    if len(headed) > 1:
        warnings.append(
            ParseWarning(
                headed[1].first_line,
                "the item has more than one decision heading; their texts were joined",
            )
        )
    texts = [join_lines(block.lines, wrapped=context.wrapped) for block in blocks]
    content_lines = [
        line.number for block in blocks for line in block.lines if line.text
    ]
    return ParsedDecision(
        text="\n\n".join(text for text in texts if text),
        heading=blocks[0].title,
        first_line=blocks[0].first_line,
        last_line=max(content_lines, default=blocks[-1].first_line),
    )


def _infer_decision(
    blocks: list[_Block],
    has_recommendation: bool,
    context: ItemContext,
    warnings: list[ParseWarning],
) -> ParsedDecision | None:
    """Find a decision printed without a heading at the end of the item.

    The closing paragraphs of the last text block move to the decision when
    they read like one ("Orienteringen blev taget til efterretning.", with
    attendance notes). An item with no headings at all is all decision.
    """
    last_index = max(
        (i for i, b in enumerate(blocks) if b.kind != ATTACHMENTS), default=-1
    )
    if last_index < 0:
        return None
    last = blocks[last_index]
    if last.kind == RECOMMENDATION:
        return _decision_after_clauses(last, context, warnings)
    if last.kind not in (PREAMBLE, SECTION) or not last.has_text():
        return None
    paragraphs = _paragraphs(last.lines)
    only_untitled = (
        last.kind == PREAMBLE
        and not has_recommendation
        and all(b.kind in (PREAMBLE, ATTACHMENTS) for b in blocks)
    )
    if only_untitled:
        taken = paragraphs
        message = "the item has no headings; its text was taken as its decision"
    else:
        taken = []
        for paragraph in reversed(paragraphs):
            text = " ".join(line.text for line in paragraph)
            if not (reads_like_decision(text) or find_absentees([text])):
                break
            taken.insert(0, paragraph)
        # The run must start with an outcome, not with an attendance note.
        while taken and not reads_like_decision(taken[0][0].text):
            taken.pop(0)
        if last.title and len(taken) == len(paragraphs):
            taken = taken[1:]
        if not taken:
            return None
        message = (
            "no decision heading; the closing paragraphs of "
            f"{last.title or 'the item text'!r} read like a decision and were "
            "taken as the decision"
        )
    first_taken = taken[0][0]
    cut = last.lines.index(first_taken)
    taken_lines = last.lines[cut:]
    last.lines = last.lines[:cut]
    if last.kind == PREAMBLE and not last.has_text():
        blocks.remove(last)
    warnings.append(ParseWarning(first_taken.number, message))
    return ParsedDecision(
        text=join_lines(taken_lines, wrapped=context.wrapped),
        heading="",
        first_line=first_taken.number,
        last_line=taken[-1][-1].number,
    )


# Lines after a recommendation's last clause that may be its decision, when
# no heading marks it ("Sagen blev udsat til næste møde.").
_MAX_TRAILING_DECISION_LINES = 3


def _decision_after_clauses(
    recommendation: _Block, context: ItemContext, warnings: list[ParseWarning]
) -> ParsedDecision | None:
    """The closing sentence of a recommendation printed without a decision
    heading, when it reads like a decision and a clause ended before it (as
    table cells of a protocol come out of a PDF: the Sag cell, then the
    Beslutning cell)."""
    lines = [line for line in recommendation.lines if line.text]
    for start in range(max(1, len(lines) - _MAX_TRAILING_DECISION_LINES), len(lines)):
        first, before = lines[start], lines[start - 1]
        text = " ".join(line.text for line in lines[start:])
        if (
            before.text.endswith(".")
            and first.text[:1].isupper()
            and reads_like_decision(text)
        ):
            cut = recommendation.lines.index(first)
            taken = recommendation.lines[cut:]
            recommendation.lines = recommendation.lines[:cut]
            warnings.append(
                ParseWarning(
                    first.number,
                    "no decision heading; the sentence after the recommendation "
                    "reads like a decision and was taken as the decision",
                )
            )
            return ParsedDecision(
                text=join_lines(taken, wrapped=context.wrapped),
                heading="",
                first_line=first.number,
                last_line=taken[-1].number,
            )
    return None


def _paragraphs(lines: Sequence[Line]) -> list[list[Line]]:
    paragraphs: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.text:
            current.append(line)
        elif current:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    return paragraphs
