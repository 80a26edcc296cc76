"""Re-read a meeting from the source text stored with it: what the current
parser makes of the referat, previewed (a dry run) or applied. Hand
corrections are kept, as in any re-import."""

from __future__ import annotations

from minutes.importing import ImportReport
from minutes.models import Meeting
from minutes.parsing.structure import parse_text
from minutes.parsing.types import MinutesError
from minutes.services import import_parsed


def reread_meeting(meeting: Meeting, *, dry_run: bool) -> ImportReport:
    """Parse the meeting's stored source text again and update the meeting
    from it (or, with dry_run, report what that would change). Raise
    MinutesError when the text no longer reads as this meeting."""
    if not meeting.source_text:
        raise MinutesError("Mødet har ingen gemt kildetekst.")
    parsed = parse_text(meeting.source_text)
    if parsed.date != meeting.date or parsed.body != meeting.body.name:
        # Writing would create another meeting rather than update this one.
        raise MinutesError(
            f"Kildeteksten læses nu som {parsed.body} {parsed.date:%d-%m-%Y}, "
            f"ikke som {meeting}; ret mødet eller importér filen igen."
        )
    return import_parsed(
        parsed,
        source_text=meeting.source_text,
        filename=meeting.source_filename or f"møde-{meeting.pk}",
        checksum=meeting.source_checksum,
        dry_run=dry_run,
    )
