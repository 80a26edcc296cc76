"""The one hook through which another app joins an import, so that minutes
never imports it: decisions registers its follow-up extraction here when it
is ready (decisions/apps.py).

The listener answers four questions of the import: what the decision made of
each recommendation clause, what the meeting's items create once written, and
how many rows of its own a meeting has (for the import report), and which
version of its rules it applies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from minutes.importing import ImportReport
    from minutes.models import AgendaItem, Meeting
    from minutes.parsing.types import ParsedAgendaItem, ParsedMinutes


class ImportListener(Protocol):
    def clause_outcomes(self, item: ParsedAgendaItem) -> list[str]:
        """One outcome value per clause of the item's recommendation."""

    def items_written(
        self,
        meeting: Meeting,
        pairs: list[tuple[AgendaItem, ParsedAgendaItem]],
        parsed: ParsedMinutes,
        *,
        report: ImportReport,
        is_new: bool,
    ) -> None:
        """The meeting's items are written: add what they create."""

    def counts(self, meeting: Meeting) -> dict[str, int]:
        """Rows of the listener's own per meeting, by kind."""

    def rules_version(self) -> str:
        """A fingerprint of the listener's rules (see Meeting.parser_version)."""


_listener: ImportListener | None = None


def register(listener: ImportListener) -> None:
    global _listener
    _listener = listener


def clause_outcomes(item: ParsedAgendaItem) -> list[str]:
    return _listener.clause_outcomes(item) if _listener else []


def items_written(meeting, pairs, parsed, *, report, is_new) -> None:
    if _listener:
        _listener.items_written(meeting, pairs, parsed, report=report, is_new=is_new)


def counts(meeting) -> dict[str, int]:
    return _listener.counts(meeting) if _listener else {}


def rules_version() -> str:
    return _listener.rules_version() if _listener else ""
