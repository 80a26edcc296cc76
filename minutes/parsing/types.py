"""Plain, frozen data that the minutes parser produces.

Nothing here knows about Django: the parser, its tests and its benchmark run
without a database, and the import service maps these objects onto models.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum

PARSER_VERSION = "1.0"

# A segmentation whose headings are vouched for less often than this is flagged.
REVIEW_BELOW = 0.5
# The layout of a document in which no item heading was found: one item.
WHOLE_DOCUMENT = "whole-document"


class ItemStatus(StrEnum):
    """Values of ParsedAgendaItem.status (minutes.models.AgendaItemStatus's)."""

    HANDLED = "handled"
    POSTPONED = "postponed"
    WITHDRAWN = "withdrawn"


class Outcome(StrEnum):
    """What the decision did with one recommendation clause (the values of
    minutes.models.ClauseOutcome)."""

    APPROVED = "approved"
    NOTED = "noted"
    DISCUSSED = "discussed"
    AMENDED = "amended"
    REJECTED = "rejected"
    POSTPONED = "postponed"
    UNCLEAR = "unclear"


@dataclass(frozen=True)
class ParseWarning:
    """Something the parser was unsure of; the text it concerns was kept."""

    line: int  # 1-based line number in the decoded source text
    message: str


@dataclass(frozen=True)
class Section:
    """A headed part of an agenda item, e.g. "Sagsfremstilling" with its text."""

    heading: str
    text: str


@dataclass(frozen=True)
class Clause:
    """One numbered clause of a recommendation ("1. at ..."), text without number."""

    number: int
    text: str


@dataclass(frozen=True)
class ParsedRecommendation:
    """The indstilling: who proposes and the clauses, plus any text after them."""

    proposer: str  # "" when the indstilling names no proposer
    clauses: tuple[Clause, ...]
    note: str = ""  # text after the clauses (or the whole text when there are none)


@dataclass(frozen=True)
class ParsedDecision:
    """What the forum decided: free text, paragraphs kept (joined by blank lines)."""

    text: str
    # The heading as printed, "" when the item had no decision heading.
    heading: str = ""
    first_line: int = 0
    last_line: int = 0


@dataclass(frozen=True)
class PriorDecision:
    """A decision of an earlier body on the same case (Sagsforløb/Historik)."""

    body: str
    date: date | None
    text: str


@dataclass(frozen=True)
class ParsedAgendaItem:
    """One punkt of the meeting."""

    number: int  # the number printed in the minutes
    position: int  # 1-based order in the meeting
    title: str  # heading title without presenter/time slot
    case_number: str = ""
    presenter: str = ""
    planned_start: time | None = None
    planned_end: time | None = None
    status: str = ItemStatus.HANDLED
    is_closed: bool = False
    sections: tuple[Section, ...] = ()
    recommendation: ParsedRecommendation | None = None
    decision: ParsedDecision | None = None
    prior_decisions: tuple[PriorDecision, ...] = ()
    attachments: tuple[str, ...] = ()
    absentees: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()  # extra participants named in the minutes
    first_line: int = 0
    last_line: int = 0


@dataclass(frozen=True)
class ParsedMinutes:
    """A whole referat: the meeting header, its items and the parser's warnings."""

    body: str  # the forum, e.g. "Økonomiudvalget"
    date: date
    start_time: time | None = None
    location: str = ""
    items: tuple[ParsedAgendaItem, ...] = ()
    table_of_contents: tuple[str, ...] = ()
    warnings: tuple[ParseWarning, ...] = ()
    parser_version: str = PARSER_VERSION
    line_count: int = 0
    end_time: time | None = None  # "Tidspunkt: Kl. 16.00 - 18.30" -> 18:30
    # Meeting-level absentees from the header ("Fraværende: A, B"); item-level
    # ones are on ParsedAgendaItem.absentees.
    absentees: tuple[str, ...] = ()
    # Text before the first item that is neither header field nor table of
    # contents (e.g. a member list), kept verbatim.
    preamble: str = ""
    # The item layout the parser found ("labelled", "numbered", ...) and the
    # share of its headings that what follows them vouches for.
    layout: str = ""
    confidence: float = 1.0

    @property
    def needs_review(self) -> bool:
        """True when a person should look at the structure before trusting it."""
        return self.layout == WHOLE_DOCUMENT or self.confidence < REVIEW_BELOW


class MinutesError(ValueError):
    """The input cannot be read as a referat; nothing should be imported."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message
