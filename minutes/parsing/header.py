"""The meeting header: body, date, start/end time, location and absentees.

Handles title lines ("REFERAT Direktionen d. 15-11-2017", "Referat af møde i
Økonomiudvalget", "Økonomiudvalget – Referat", "Referat - Økonomiudvalget -
12. marts 2020"), labelled lines with or without a colon and in any spacing
("Mødedato Onsdag d. 15. november 2017 kl. 09:00", "Dato: 12. marts 2020",
"Tidspunkt: Kl. 16.00 - 18.30", "Mødested:      Rådhuset, mødelokale 1"),
labels alone on a line with the value below, and "Fraværende:"/"Afbud:" lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time

from minutes.parsing.attendance import find_absentees
from minutes.parsing.dates import (
    DATE_RE,
    find_clock_time,
    find_date,
    find_time_range,
)
from minutes.parsing.headings import BODY_WORD_RE
from minutes.parsing.lines import Line
from minutes.parsing.types import ParseWarning

# The meeting date must be found within this many non-blank lines.
HEADER_DATE_LINES = 40

_DATE_LABELS = frozenset(
    {"mødedato", "dato", "tid og sted", "mødetidspunkt", "afholdt", "afholdes"}
)
_TIME_LABELS = frozenset(
    {"tidspunkt", "mødetidspunkt", "mødetid", "tid", "starttidspunkt", "mødestart"}
)
_PLACE_LABELS = frozenset({"mødested", "sted", "lokale", "mødelokale", "adresse"})
_ABSENT_LABELS = frozenset(
    {
        "fraværende",
        "fraværende med afbud",
        "fravær",
        "afbud",
        "afbud fra",
        "ikke til stede",
        "forfald",
    }
)
_ATTENDANCE_LABELS = frozenset({"mødedeltagere", "deltagere", "til stede", "medlemmer"})
_BODY_LABELS = frozenset({"udvalg", "forum", "mødeforum", "organ", "møde i"})
_LABEL_RE = re.compile(
    r"^(?P<label>mødedato|dato|tid\s+og\s+sted|afholdt|afholdes|tidspunkt"
    r"|mødetidspunkt|mødetid"
    r"|starttidspunkt|mødestart|tid|mødested|sted|lokale|mødelokale(?=\s*:)"
    r"|adresse(?=\s*:)|fraværende(?:\s+med\s+afbud)?|fravær(?=\s*:)|afbud(?:\s+fra)?"
    r"|ikke\s+til\s+stede|forfald|mødedeltagere|deltagere|til\s+stede|medlemmer"
    r"|udvalg(?=\s*:)|forum(?=\s*:)|mødeforum|organ(?=\s*:))"
    r"(?![\w])\.?\s*:?\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_TITLE_WORDS_RE = re.compile(
    r"\b(?:åbent\s+|åben\s+|offentligt\s+)?(?:dagsorden\s*(?:og|/)\s*)?"
    r"(?:referat|beslutningsprotokol|protokol)"
    r"(?:\s*(?:og|/)\s*(?:dagsorden|referat))?\b",
    re.IGNORECASE,
)
_TITLE_FILLER_RE = re.compile(
    r"^(?:(?:af|fra|for|over)\s+)?(?:det\s+)?(?:(?:ordinære?|ekstraordinære?)\s+)?"
    r"(?:møde(?:t)?\s+(?:i|for)\s+)?",
    re.IGNORECASE,
)
# "Teknik- og Miljøudvalgets møde" -> "Teknik- og Miljøudvalget"
_GENITIVE_MEETING_RE = re.compile(
    r"^(?P<body>.+?)s\s+(?:(?:ordinære|ekstraordinære)\s+)?møde(?:t)?$",
    re.IGNORECASE,
)
_WEEKDAY_RE = re.compile(
    r"\b(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)(?:\s+(?:den|d\.))?",
    re.IGNORECASE,
)
_DATE_WITH_ARTICLE_RE = re.compile(
    rf"(?:\b(?:den|d\.)\s*)?(?:{DATE_RE.pattern})"
    r"(?:\s*(?:kl\.?|,)?\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?)?",
    re.IGNORECASE,
)
_CLOCK_TEXT_RE = re.compile(
    r"\b(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–]\s*(?:kl\.?\s*)?\d{1,2}[.:]\d{2})?"
    r"|\bkl\.?\s*\d{1,2}\b",
    re.IGNORECASE,
)
_TITLE_SEPARATORS_RE = re.compile(r"\s+[-–|]\s+|\s*[:|,]\s+|\s+[-–]$")
# The municipality after a body's name: "Ældrerådet i Lindholm Kommune".
_MUNICIPALITY_SUFFIX_RE = re.compile(
    r"(?:\s*,|\s+[-–]|\s+i)\s+[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)?\s+Kommune$"
)
# The kind of meeting after a body's name: "Beredskabskommissionen -
# ordinært møde nr. 2/2026", "Byrådet, ekstraordinært møde".
_MEETING_SUFFIX_RE = re.compile(
    r"\s*[-–,:]\s*(?:(?:ordinært|ekstraordinært|konstituerende|åbent|lukket)\s+)?"
    r"møde(?:\s+(?:nr\.?\s*)?\d{1,3}(?:\s*/\s*\d{2,4})?)?\s*$",
    re.IGNORECASE,
)
# "i Rådhuset, lokale 2", "på Rådhuset": a place, printed after the date.
_PLACE_PREPOSITION_RE = re.compile(r"^(?:i|på)\s+(?=[A-ZÆØÅ0-9])")
_PLACE_LINE_RE = re.compile(r"^(?:i|på)\s+[A-ZÆØÅ][^.:;]{2,80}$")
# Or, without the preposition, a line that names a room or a building:
# "Mødelokale Ravnen, Ravnsholt Rådhus", "Byrådssalen".
_ROOM_LINE_RE = re.compile(
    r"^(?=[^.:;]{3,80}$)[A-ZÆØÅ].*(?:rådhus|mødelokale|lokale\b|salen\b|huset\b)",
    re.IGNORECASE,
)
# "Referat fra mødet den 11. februar 2026 kl. 17.30 i Medborgerhuset, sal 2":
# the place after the date and time on the title line.
_PLACE_AFTER_CLOCK_RE = re.compile(
    r"\bkl\.?\s*\d{1,2}[.:]\d{2}\s+(?:i|på)\s+(?P<place>[A-ZÆØÅ][^.:;]{2,80})$"
)
# "Referent: ...", "Fra forvaltningen: ...": a label and its value.
_LABELLED_LINE_RE = re.compile(r"^[\w ]{1,30}:\s")


@dataclass(slots=True)
class MeetingHeader:
    """What the header says about the meeting."""

    body: str = ""
    date: date | None = None
    start_time: time | None = None
    end_time: time | None = None
    location: str = ""
    absentees: list[str] = field(default_factory=list)
    unrecognised: list[Line] = field(default_factory=list)
    # "Mødedeltagere: ..." lines: kept in the preamble, as printed.
    attendance: list[Line] = field(default_factory=list)


def parse_header(lines: Sequence[Line], warnings: list[ParseWarning]) -> MeetingHeader:
    """Read the meeting facts from the lines before the first agenda item."""
    header = MeetingHeader()
    labelled_date: tuple[date, int] | None = None
    title_date: tuple[date, int] | None = None
    any_date: tuple[date, int] | None = None
    title_body = ""
    label_body = ""
    other_body = ""
    non_blank = 0
    pending_label = ""
    absent_list = False  # reading names listed under "Fraværende:"
    after_date = False  # the previous text line gave the meeting date
    for line in lines:
        if not line.text:
            absent_list = False
            continue
        if (
            after_date
            and not header.location
            and (_PLACE_LINE_RE.match(line.plain) or _ROOM_LINE_RE.match(line.plain))
        ):
            # "den 17. marts 2026 kl. 13.00" / "i Regionshuset, lokale F1"
            header.location = _PLACE_PREPOSITION_RE.sub("", line.plain.strip())
            after_date = False
            continue
        after_date = False
        if absent_list:
            names = find_absentees([f"Fraværende: {line.plain}"])
            if names:
                header.absentees.extend(n for n in names if n not in header.absentees)
                continue
            absent_list = False
        non_blank += 1
        in_date_zone = non_blank <= HEADER_DATE_LINES
        plain = " ".join(line.plain.split())
        if pending_label:
            # "Mødested" alone, then "Lokale 3" below: the value, even though
            # it starts like a label, unless it is a label with a colon.
            label, value = pending_label, plain
            pending_label = ""
            if _LABEL_RE.match(plain) and ":" in plain:
                label = ""
        else:
            label, value = "", ""
        if not label:
            match = _LABEL_RE.match(plain)
            if match:
                label = " ".join(match.group("label").casefold().split())
                value = match.group("value").strip()
                if not value:
                    if label in _ABSENT_LABELS:
                        absent_list = True
                    else:
                        pending_label = label
                    continue
        if label:
            found_date = find_date(value) if in_date_zone else None
            if found_date and label in _DATE_LABELS | _TIME_LABELS:
                labelled_date = labelled_date or (found_date, line.number)
            if label in _TIME_LABELS or label in _DATE_LABELS:
                _read_times(header, value, bare=label in _TIME_LABELS)
            if label in _PLACE_LABELS and not header.location:
                header.location = value.strip(" .")
            elif (
                label in {"tid og sted", "afholdt", "afholdes"} and not header.location
            ):
                header.location = _place_after_date(value)
            elif label in _ABSENT_LABELS:
                header.absentees.extend(find_absentees([f"Fraværende: {value}"]))
            elif label in _BODY_LABELS and not label_body:
                label_body = value.strip(" .")
            elif label in _ATTENDANCE_LABELS:
                header.attendance.append(line)
            continue
        found_date = find_date(plain) if in_date_zone else None
        is_title = bool(_TITLE_WORDS_RE.search(plain))
        if is_title:
            if found_date and not title_date:
                title_date = (found_date, line.number)
            if not title_body:
                title_body = body_from_title(plain)
            if header.start_time is None:
                header.start_time = find_clock_time(plain)
            if found_date and not header.location:
                place = _PLACE_AFTER_CLOCK_RE.search(plain)
                if place:
                    header.location = place.group("place").strip()
            continue
        after_date = found_date is not None and header.date is None
        if found_date and not any_date:
            any_date = (found_date, line.number)
            if header.start_time is None:
                header.start_time = find_clock_time(plain)
        if not other_body:
            other_body = _body_named_alone(plain)
            if other_body:
                continue
        if header.start_time is None and "kl" in plain:
            # "Mødet startede kl. 16.00" on a line of its own.
            header.start_time = find_clock_time(plain)
            if header.start_time is not None:
                continue
        if "deltog" in plain or "ravær" in plain or "undtag" in plain:
            header.absentees.extend(find_absentees([plain]))
        if not found_date:
            header.unrecognised.append(line)

    chosen = labelled_date or title_date or any_date
    if chosen:
        header.date = chosen[0]
    if labelled_date and title_date and labelled_date[0] != title_date[0]:
        warnings.append(
            ParseWarning(
                labelled_date[1],
                f"the title says {title_date[0].isoformat()} but the date line says "
                f"{labelled_date[0].isoformat()}; the date line is used",
            )
        )
    if title_body and other_body and not _looks_like_body_name(title_body):
        # "Referat fra mødet ... i Medborgerhuset" names the place; a line that
        # names a body by itself ("Integrationsrådet, X Kommune") is better.
        title_body = ""
    header.body = label_body or title_body or other_body
    return header


def _read_times(header: MeetingHeader, value: str, *, bare: bool) -> None:
    if header.start_time is not None:
        return
    time_range = find_time_range(value)
    if time_range:
        header.start_time, header.end_time = time_range
        return
    header.start_time = find_clock_time(value, bare=bare)


def _place_after_date(value: str) -> str:
    """ "Torsdag den 12. marts 2020 kl. 16.00, Rådhuset" -> "Rådhuset"."""
    rest = _DATE_WITH_ARTICLE_RE.sub(" ", value)
    rest = _CLOCK_TEXT_RE.sub(" ", _WEEKDAY_RE.sub(" ", rest))
    rest = " ".join(rest.split()).strip(" ,.;:-–")
    return _PLACE_PREPOSITION_RE.sub("", rest)


def body_from_title(title: str) -> str:
    """Return the body named in a title line ("REFERAT Direktionen d. 15-11-2017")."""
    text = _DATE_WITH_ARTICLE_RE.sub(" ", title)
    text = _WEEKDAY_RE.sub(" ", text)
    for chunk in _TITLE_SEPARATORS_RE.split(text):
        chunk = _TITLE_WORDS_RE.sub(" ", chunk)
        chunk = " ".join(chunk.split())
        chunk = _TITLE_FILLER_RE.sub("", chunk).strip(" ,.;:-–")
        genitive = _GENITIVE_MEETING_RE.match(chunk)
        if genitive:
            chunk = genitive.group("body")
        if chunk and (chunk[0].isupper() or chunk[0].isdigit()):
            return chunk
    return ""


def _body_named_alone(plain: str) -> str:
    """Return the body a header line names by itself ("Økonomiudvalget",
    "Ældrerådet i Lindholm Kommune"), or ""."""
    if _LABELLED_LINE_RE.match(plain):
        return ""  # "Referent: A, sekretær for Ældrerådet" names a person
    plain = _MUNICIPALITY_SUFFIX_RE.sub("", _MEETING_SUFFIX_RE.sub("", plain))
    if not _looks_like_body_name(plain):
        return ""
    return body_from_title(plain) or plain.strip(" .")


def _looks_like_body_name(plain: str) -> bool:
    genitive = _GENITIVE_MEETING_RE.match(plain)
    words = (genitive.group("body") if genitive else plain).split()
    return 0 < len(words) <= 6 and bool(BODY_WORD_RE.search(words[-1]))
