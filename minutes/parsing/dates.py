"""Danish dates and clock times as printed in referat headers and headings.

Dates: "15. november 2017", "d. 04. juni 2015", "15. nov. 2017", "15-11-2017",
"15.11.2017", "15/11/17", "2017-11-15". Times: "kl. 09:00", "kl. 9.00",
"Kl. 16", "16:00", ranges "16.00 - 18.30" and "(10.35-11.05)".
"""

from __future__ import annotations

import re
from datetime import date, time

from minutes.parsing.lexicon import (
    MONTH_ABBREVIATIONS,
    MONTH_NUMBERS,
    MONTH_OR_ABBREVIATION_PATTERN,
)

MONTHS: dict[str, int] = MONTH_NUMBERS
_MONTH_ABBREVIATIONS: dict[str, int] = MONTH_ABBREVIATIONS
_MONTH_WORD = rf"{MONTH_OR_ABBREVIATION_PATTERN}\.?"

# One pattern with three alternatives so that a single search finds the first
# date on a line whatever its form.
DATE_PATTERN = (
    rf"(?P<day>\d{{1,2}})\.?\s*(?P<month_name>{_MONTH_WORD})\s*(?P<year>\d{{4}})"
    r"|(?P<nday>\d{1,2})[-./](?P<nmonth>\d{1,2})[-./](?P<nyear>\d{4}|\d{2})(?!\d)"
    r"|(?P<iyear>\d{4})-(?P<imonth>\d{2})-(?P<iday>\d{2})"
)
DATE_RE = re.compile(rf"(?<![\d.])(?:{DATE_PATTERN})", re.IGNORECASE)

# "kl. 9", "kl. 09:00", "kl 16.30"
_CLOCK_RE = re.compile(r"\bkl\.?\s*(\d{1,2})(?:[.:](\d{2}))?(?!\d)", re.IGNORECASE)
# A bare "16:00" / "16.00" (only used on lines labelled as times).
_BARE_TIME_RE = re.compile(r"(?<![\d.:])(\d{1,2})[.:](\d{2})(?![\d.:])")
# "10.35-11.05", "kl. 16.00 - 18.30", "9.20 – 9.50"
TIME_RANGE_RE = re.compile(
    r"(?<![\d.:])(?:kl\.?\s*)?(\d{1,2})[.:](\d{2})\s*[-–]\s*(?:kl\.?\s*)?"
    r"(\d{1,2})[.:](\d{2})(?![\d.:])",
    re.IGNORECASE,
)

_MIN_YEAR = 1970
_MAX_YEAR = 2100


def date_from_match(match: re.Match[str]) -> date | None:
    """Return the date of a DATE_RE match, or None when it is not a real date."""
    groups = match.groupdict()
    if groups.get("month_name"):
        day = int(groups["day"])
        month = month_number(groups["month_name"])
        year = int(groups["year"])
    elif groups.get("nmonth"):
        day, month = int(groups["nday"]), int(groups["nmonth"])
        year = int(groups["nyear"])
        if year < 100:
            year += 2000 if year < 70 else 1900
    else:
        day, month, year = (
            int(groups["iday"]),
            int(groups["imonth"]),
            int(groups["iyear"]),
        )
    if month is None or not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def month_number(word: str) -> int | None:
    """Return 1-12 for a Danish month name or abbreviation ("nov.", "November")."""
    # casefold() and the dotless i: a case-insensitive regex matches "JUNI"
    # and "junı" alike, so the lookup must accept what the regex accepted.
    key = word.casefold().replace("ı", "i").rstrip(".")
    return MONTHS.get(key) or _MONTH_ABBREVIATIONS.get(key)


def find_date(text: str) -> date | None:
    """Return the first valid date written in text, or None."""
    for match in DATE_RE.finditer(text):
        found = date_from_match(match)
        if found is not None:
            return found
    return None


def find_invalid_date(text: str) -> str | None:
    """Return the first date written in text that is no calendar date
    ("31-02-2024"), as written, or None."""
    for match in DATE_RE.finditer(text):
        if date_from_match(match) is None:
            return match.group(0)
    return None


def make_time(hour: str | int, minute: str | int | None) -> time | None:
    """Return a time for hour/minute strings, or None when out of range."""
    h, m = int(hour), int(minute or 0)
    if 0 <= h <= 24 and 0 <= m < 60:
        return time(h % 24, m)
    return None


def find_clock_time(text: str, *, bare: bool = False) -> time | None:
    """Return the first "kl. HH.MM" time in text; with bare=True also "HH:MM"."""
    match = _CLOCK_RE.search(text)
    if match:
        return make_time(match.group(1), match.group(2))
    if bare:
        match = _BARE_TIME_RE.search(text)
        if match:
            return make_time(match.group(1), match.group(2))
    return None


def find_time_range(text: str) -> tuple[time, time] | None:
    """Return (start, end) of the first "HH.MM-HH.MM" range in text, or None."""
    match = TIME_RANGE_RE.search(text)
    if not match:
        return None
    start = make_time(match.group(1), match.group(2))
    end = make_time(match.group(3), match.group(4))
    if start is None or end is None:
        return None
    return start, end
