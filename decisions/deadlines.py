"""The Danish deadline grammar: deadline phrases in minutes -> dates.

Pure Python (no Django). ``find_deadlines`` finds every deadline phrase in a
sentence and resolves it against the meeting date (the anchor). Convention:
``due_date`` is the LATEST date the phrase allows ("i februar 2020" ->
2020-02-29), ``precision`` says how exact the phrase is, and ``text``,
``start`` and ``end`` locate the original words in the sentence.

Phrases without a year resolve to the next such date after the meeting ("den
12. marts" at a meeting on 2026-02-20 -> 2026-03-12), except that a date or
period that ended shortly BEFORE the meeting is taken as a reference to the
recent past ("referatet fra mødet den 3. marts" at a meeting on 17
March): minutes practically never give a date eleven months ahead without
its year, so such phrases are flagged ``is_past`` instead of being pushed a
year ahead. Explicit dates before the meeting are flagged ``is_past`` too; a
follow-up must never be created from them.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

from minutes.parsing.dates import month_number
from minutes.parsing.lexicon import (
    MONTH_ABBREVIATIONS,
    MONTH_PATTERN,
    NEXT_PATTERN,
    NEXT_WORDS,
    WEEKDAY_PATTERN,
    alternation,
    body_name_pattern,
    body_word_pattern,
)

__all__ = [
    "Deadline",
    "Precision",
    "danish_holidays",
    "find_deadlines",
    "parse_deadline",
]


class Precision(StrEnum):
    """Values of Deadline.precision (and FollowUpDraft.due_precision, and of
    decisions.models.DuePrecision)."""

    DAY = "day"
    MONTH = "month"
    PART_OF_MONTH = "part_of_month"  # primo / medio / ultimo, "i starten af"
    QUARTER = "quarter"  # also half-years ("1. halvår")
    WEEK = "week"
    SEASON = "season"  # seasons, holidays and whole years: broad periods
    RELATIVE = "relative"  # "om 4 uger", "efter et år": anchor + period
    EVENT = "event"  # "på næste møde": no date until that meeting is known
    START_ONLY = "start_only"  # "efter sommerferien": a start, no deadline


@dataclass(frozen=True)
class Deadline:
    """A deadline phrase found in a text, resolved against the meeting date."""

    due_date: date | None  # the latest date the phrase allows; None: no deadline
    precision: str  # a Precision
    text: str  # the phrase as written
    start: int  # character offsets of the phrase in the text searched
    end: int
    is_past: bool = False  # the phrase points before the meeting: not a deadline
    event: str = ""  # the body or meeting named by an event phrase
    start_date: date | None = None  # for START_ONLY: the earliest date, if known


# --------------------------------------------------------------------------
# Calendar helpers


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: date, months: int) -> date:
    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@lru_cache(maxsize=32)
def danish_holidays(year: int) -> dict[str, date]:
    """Return the Danish public holidays of ``year`` by English name
    ("Maundy Thursday", "Pentecost"), from the ``holidays`` package."""
    # Imported on first use: it costs a tenth of a second, and most decisions
    # name no holiday.
    import holidays

    calendar_ = holidays.country_holidays("DK", years=year, language="en_US")
    return {name: day for day, name in calendar_.items()}


def _valid_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _full_year(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    return year + 2000 if year < 100 else year


# How long after a yearless date or period it may still be read as "the
# recent past" rather than "next year" (see the module docstring).
_RECENT_PAST = {
    Precision.DAY: timedelta(days=60),
    Precision.PART_OF_MONTH: timedelta(days=100),
    Precision.MONTH: timedelta(days=100),
    Precision.WEEK: timedelta(days=56),
    Precision.QUARTER: timedelta(days=75),
    Precision.SEASON: timedelta(days=100),
}


def _resolve_yearless(
    make: Callable[[int], date | None], anchor: date, precision: str
) -> tuple[date | None, bool]:
    """Pick the year for a yearless phrase; return (due, is_past).

    ``make(year)`` builds the phrase's latest date in that year. The current
    year is used while that date has not passed; a date passed within the
    "recent past" window is flagged past; anything older moves a year ahead.
    """
    due = make(anchor.year)
    if due is None:
        return None, False
    if due >= anchor:
        return due, False
    window = _RECENT_PAST.get(precision, timedelta(0))
    if anchor - due <= window:
        return due, True
    return make(anchor.year + 1), False


# --------------------------------------------------------------------------
# Vocabulary

_MONTH_FULL = MONTH_PATTERN
# Abbreviations are only trusted next to a day number or a year: "jul" alone
# is Christmas, "mar" alone is not a month.
_MONTH_ANY = rf"(?:{MONTH_PATTERN}|{alternation(MONTH_ABBREVIATIONS)}\.?)"
_YEAR = r"(?:19|20)\d{2}"
_WEEKDAY = rf"(?:{WEEKDAY_PATTERN}\s+(?:den\s+|d\.\s*)?)"
NUMBER_WORDS = {
    "en": 1,
    "én": 1,
    "et": 1,
    "ét": 1,
    "et par": 2,
    "to": 2,
    "tre": 3,
    "fire": 4,
    "fem": 5,
    "seks": 6,
    "syv": 7,
    "otte": 8,
    "ni": 9,
    "ti": 10,
    "elleve": 11,
    "tolv": 12,
    "tretten": 13,
    "fjorten": 14,
    "femten": 15,
    "seksten": 16,
    "sytten": 17,
    "atten": 18,
    "nitten": 19,
    "tyve": 20,
}
_NUMBER = (
    r"(?:\d{1,3}|"
    + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
    + r")"
)
_ORDINALS = {
    "første": 1,
    "anden": 2,
    "andet": 2,
    "tredje": 3,
    "fjerde": 4,
    "sidste": 4,
}

# Prefixes that turn a date into a start ("efter den 7/1 2020") rather than a
# deadline.
_START_WORDS = ("efter", "fra")
# Part-of-month words -> day of month (None: the last day).
_PART_DAY: dict[str, int | None] = {
    "primo": 10,
    "start": 10,
    "starten": 10,
    "begyndelsen": 10,
    "først": 10,
    "medio": 20,
    "midten": 20,
    "midt": 20,
    "ultimo": None,
    "slutningen": None,
    "udgangen": None,
    "sidst": None,
}
_PART = (
    r"(?:primo|medio|ultimo|(?:i\s+)?(?:starten|begyndelsen|midten|slutningen"
    r"|udgangen)\s+af|først\s+i|midt\s+i|sidst\s+i)"
)
_F = re.IGNORECASE

# "senest", "inden", "efter" ... written before a date.
_LEAD_RE = re.compile(
    r"(?:\b(?:senest|inden|før|til\s+og\s+med|til|efter|fra\s+og\s+med|fra|pr\.)\s+)$",
    _F,
)

# --------------------------------------------------------------------------
# Patterns. Each matches a phrase and is resolved by its handler below.

# A day number must not continue another number ("1.5", "2,5", "15/7111").
_NOT_AFTER_NUMBER = r"(?<![\d,/])(?<!\d\.)"

_DAY_MONTH_RE = re.compile(
    rf"\b{_WEEKDAY}?(?:(?:den|d\.)\s*)?"
    rf"(?:(?P<d0>[0-3]?\d)\.?\s*[-–]\s*)?"  # "16.-20. marts": a range
    rf"{_NOT_AFTER_NUMBER}(?P<d>[0-3]?\d)\.?\s*(?P<m>{_MONTH_ANY})(?![\wæøå])"
    rf"(?:\s*,?\s*(?P<y>{_YEAR})(?!\d))?",
    _F,
)
_SLASH_RE = re.compile(
    rf"\b{_WEEKDAY}?(?P<den>(?:den|d\.)\s*)?"
    rf"{_NOT_AFTER_NUMBER}(?<!\d-)(?P<d>[0-3]?\d)/(?P<m>[01]?\d)"
    rf"(?:(?:\s+|\s*-\s*|/)(?P<y>{_YEAR}|\d{{2}}))?(?![\d/])",
    _F,
)
# "14.05.2026" and "03-02-2026"; a following "-" rules out KLE case numbers
# such as "02.05.10-A00-3-17".
_NUMERIC_RE = re.compile(
    rf"\b{_WEEKDAY}?(?:(?:den|d\.)\s*)?"
    rf"{_NOT_AFTER_NUMBER}(?<!\d-)(?:(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>{_YEAR}|\d{{2}})"
    rf"|(?P<d2>[0-3]?\d)-(?P<m2>[01]?\d)-(?P<y2>{_YEAR}))(?![\d.-]|\.\d)",
    _F,
)
# The leading \b changes no match (the phrase starts with its lead word or,
# after the look-behind, with the month) but makes the search much faster.
_MONTH_RE = re.compile(
    rf"\b(?:\b(?P<pre>{_PART}|i\s+løbet\s+af|inden\s+udgangen\s+af|i|inden|senest"
    rf"(?:\s+i)?|frem\s+mod|frem\s+til|til|før|fra|efter)\s+)?"
    rf"(?<![\wæøå])(?:(?P<m0>{_MONTH_FULL})\s*[-–]\s*)?"
    rf"(?:(?P<m>{_MONTH_FULL})(?![\wæøå])(?:\s+(?P<y>{_YEAR})(?!\d))?"
    rf"|(?P<ma>{_MONTH_ANY})\s*(?P<ya>{_YEAR})(?!\d))"
    rf"(?=(?P<paren>\)))?",
    _F,
)
_QUARTER_RE = re.compile(
    rf"(?:\b(?P<pre>i\s+løbet\s+af|inden\s+udgangen\s+af|i|inden|senest(?:\s+i)?"
    rf"|frem\s+mod|frem\s+til|til|fra|efter|ultimo|primo)\s+)?"
    rf"(?:\b(?P<w>første|andet|anden|tredje|fjerde|sidste)\s+|(?<![\d.])(?P<n>[1-4])"
    rf"\.?\s*)(?:kvartal|kvt\.?|kvrt\.?|kv\.)(?![\wæøå])(?:\s*(?P<y>{_YEAR})(?!\d))?",
    _F,
)
_Q_RE = re.compile(
    rf"(?:\b(?P<pre>i|inden|senest(?:\s+i)?|frem\s+til|til|fra|efter)\s+)?"
    rf"\bQ(?P<n>[1-4])(?:\s*[-/]?\s*(?P<y>{_YEAR}))?\b",
    _F,
)
_HALF_RE = re.compile(
    rf"(?:\b(?P<pre>i|inden|senest(?:\s+i)?|frem\s+til|til|fra|efter)\s+)?"
    rf"(?:\b(?P<w>første|andet|anden|sidste)\s+|(?<![\d.])(?P<n>[12])\.\s*)"
    rf"halvår(?:\s+(?P<y>{_YEAR})(?!\d))?",
    _F,
)
_WEEK_RE = re.compile(
    rf"(?:\b(?P<pre>i|inden|senest(?:\s+i)?|frem\s+til|til|fra|efter"
    rf"|i\s+løbet\s+af)\s+)?"
    rf"\buge\s*(?:(?P<w0>\d{{1,2}})\s*[-–]\s*)?(?P<w>\d{{1,2}})(?!\d)"
    rf"(?:\s*(?:,|/|i)?\s*(?P<y>{_YEAR})(?!\d))?",
    _F,
)
_NEXT_WEEK_RE = re.compile(
    r"(?:\b(?P<pre>i|inden|senest\s+i)\s+)?\b(?P<which>næste|denne|indeværende)\s+uge\b",
    _F,
)
# "inden fredag", "senest på torsdag", "til næste mandag": a weekday without a
# date is the next such day after the meeting. A date after the weekday
# ("fredag den 12. juni") is read by the date patterns instead.
_WEEKDAY_ONLY_RE = re.compile(
    r"\b(?P<pre>senest\s+på|senest|inden|før|på|til|efter|fra)\s+"
    r"(?:(?P<next>næste|kommende|førstkommende)\s+)?"
    r"(?P<wd>mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)(?![\wæøå])"
    r"(?!\s*,?\s*(?:den\s+|d\.\s*)?\d)",
    _F,
)
_WEEKDAY_NUMBERS = {
    "mandag": 0,
    "tirsdag": 1,
    "onsdag": 2,
    "torsdag": 3,
    "fredag": 4,
    "lørdag": 5,
    "søndag": 6,
}
_SEASON_RE = re.compile(
    rf"(?:\b(?P<pre>i\s+løbet\s+af|hen\s+over|i|inden|senest(?:\s+i)?|til|fra|efter"
    rf"|frem\s+mod|frem\s+til|over)\s+)?"
    rf"\b(?P<s>foråret|forår|sommeren|sommer|efteråret|efterår|vinteren|vinter)"
    rf"(?![\wæøå])(?:\s+(?P<y>{_YEAR})(?:\s*/\s*\d{{2,4}})?(?!\d))?",
    _F,
)
_HOLIDAY_RE = re.compile(
    rf"\b(?P<pre>inden|før|op\s+til|frem\s+til|frem\s+mod|senest\s+(?:inden|før|til)"
    rf"|senest"
    rf"|til|efter|fra)\s+(?:den\s+)?"
    rf"(?P<h>sommerferien|sommerferie|sommerpausen|juleferien|julen|jul"
    rf"|påskeferien|påsken|påske|efterårsferien|vinterferien|årsskiftet|nytåret"
    rf"|nytår|pinsen|pinse|kristi\s+himmelfartsdag|kristi\s+himmelfart)"
    rf"(?![\wæøå])(?:\s+(?P<y>{_YEAR})(?!\d))?",
    _F,
)
_YEAR_RE = re.compile(
    rf"\b(?P<pre>i\s+løbet\s+af|(?:inden|ved|senest\s+ved)\s+udgangen\s+af"
    rf"|senest\s+i|senest|inden|i|fra|efter|frem\s+mod|til\s+og\s+med|{_PART})\s+"
    rf"(?:året\s+)?(?P<y>{_YEAR})(?!\d|[.,/]\d|\s*[-–/]\s*\d)",
    _F,
)
_THIS_YEAR_RE = re.compile(
    r"\b(?P<pre>i\s+løbet\s+af|inden\s+udgangen\s+af|ved\s+udgangen\s+af|inden"
    r"|(?:i\s+)?(?:starten|begyndelsen|midten|slutningen)\s+af|i|til)\s+"
    r"(?P<which>(?:det\s+)?(?:næste|kommende|nye)\s+år|året|år|indeværende\s+år)"
    r"(?![\wæøå])|\binden\s+årets\s+udgang\b",
    _F,
)
_RELATIVE_RE = re.compile(
    rf"\b(?P<pre>(?:om|efter|inden\s+for|indenfor|inden|senest\s+om|senest\s+efter"
    rf"|i\s+løbet\s+af)(?:\s+de\s+(?:næste|kommende))?|over\s+de\s+(?:næste|kommende)"
    rf")\s+(?:(?P<half>(?:et|ét)\s+halvt)|(?P<halfandet>halvandet|halvanden)"
    rf"|(?P<n>{_NUMBER}))"
    rf"\s+(?P<u>dage|dag|uger|uge|måneder|måned|mdr\.?|kvartaler|kvartal|år)"
    rf"(?![\wæøå])",
    _F,
)
# A body named in an event phrase: a capitalised word ending like the names
# of Danish municipal bodies, or an abbreviation ("ØU", "KB").
_BODY = (
    rf"(?:{body_name_pattern()}|(?-i:[A-ZÆØÅ][\wæøåÆØÅ-]*gruppen)"
    r"|(?-i:[A-ZÆØÅ]{2,5}(?![\wæøå])))"
)
_EVENT_NEXT_RE = re.compile(
    rf"\b(?P<pre>på|til|inden|før|frem\s+til|senest\s+på|senest\s+til)\s+"
    rf"(?:det\s+|den\s+|et\s+|de\s+|et\s+af\s+de\s+)?"
    rf"(?P<q>{alternation([*NEXT_WORDS, 'senere', 'efterfølgende'])})\s+"
    rf"(?:(?P<body>{_BODY})|(?P<e>[\wæøå-]*møde[rt]?|[\wæøå-]*seminar(?:et)?"
    rf"|[\wæøå-]*dag(?:en)?))"
    rf"(?:\s+i\s+(?P<body2>{_BODY}))?",
    _F,
)
_EVENT_BODY_RE = re.compile(
    r"\b(?P<pre>på|til|inden|før|frem\s+til|senest\s+på|senest\s+til)\s+"
    rf"(?P<gen>{body_name_pattern(genitive=True)}|(?-i:[A-ZÆØÅ]{{2,5}}'?s)"
    # in any case when "næste" follows: "på udvalgets næste møde"
    rf"|(?i:[\wæøå-]*(?:{body_word_pattern(genitive=True)}|gruppens))"
    r"(?=\s+(?:næste|næstkommende|førstkommende)\s))"
    rf"\s+(?:(?P<q>{NEXT_PATTERN})\s+)?møde(?:t)?\b",
    _F,
)
# Genitives that name no body but the one meeting ("udvalgets næste møde").
_GENERIC_BODY_NAMES = frozenset(
    {"udvalget", "bestyrelsen", "rådet", "kommissionen", "styregruppen", "gruppen"}
    | {"forum", "direktionen"}
)
# Named occasions: "til budgetseminaret", "på temadagen", "til fællesmødet".
# The compound needs a first part, so the plain "på mødet" (this meeting) is
# not an event.
_EVENT_NAMED_RE = re.compile(
    r"\b(?P<pre>på|til|inden|før|frem\s+til|senest\s+på|senest\s+til)\s+"
    r"(?:det\s+|den\s+)?(?P<e>(?!(?:dagens|hverdagen)\b)[\wæøå-]{2,}(?:seminaret|mødet|dagen"
    r"|konferencen|forhandlingerne|workshoppen))(?![\wæøå])",
    _F,
)
# "2.-4. kv." and "3. kvartal 2025 til 2. kvartal 2026" are periods that a
# text reports on, not deadlines: a quarter right after "N.-" is skipped.
_RANGE_BEFORE_RE = re.compile(r"\d\.?\s*[-–]\s*$")
_FRACTION_AFTER_RE = re.compile(r"\s+(?:af|del|dele|flertal)\b", _F)


# --------------------------------------------------------------------------
# Handlers: (match, anchor, text) -> Deadline | None


_SPACES_RE = re.compile(r"\s+")
_START_LEAD_RE = re.compile(r"(?:efter|fra)\b", _F)
_NEXT_YEAR_WORDS_RE = re.compile(r"næste|kommende|nye", _F)


def _pre(match: re.Match[str]) -> str:
    return _SPACES_RE.sub(" ", (match.groupdict().get("pre") or "").lower())


def _is_start(pre: str) -> bool:
    return pre.split(" ")[0] in _START_WORDS if pre else False


def _make(
    match: re.Match[str],
    due: date | None,
    precision: str,
    anchor: date,
    *,
    past: bool = False,
    start: int | None = None,
    event: str = "",
) -> Deadline:
    """Build a Deadline, turning "efter"/"fra" phrases into START_ONLY."""
    begin = match.start() if start is None else start
    text = match.string[begin : match.end()]
    if _is_start(_pre(match)) or (start is not None and _lead_is_start(text)):
        return Deadline(
            None,
            Precision.START_ONLY,
            text,
            begin,
            match.end(),
            is_past=due is not None and due < anchor,
            event=event,
            start_date=due,
        )
    if due is not None and due < anchor:
        past = True
    return Deadline(due, precision, text, begin, match.end(), past, event)


def _lead_is_start(text: str) -> bool:
    return bool(_START_LEAD_RE.match(text))


# How far back from a phrase the patterns anchored at its start look ("senest
# ", "2.-"). Searching from the start of the text instead would make every
# phrase cost the length of the text before it: quadratic in a long sentence.
_LOOKBEHIND = 40


def _with_lead(match: re.Match[str]) -> int:
    """Extend a date's start over a leading "senest", "efter", "inden" ..."""
    lead = _LEAD_RE.search(
        match.string, max(0, match.start() - _LOOKBEHIND), match.start()
    )
    return lead.start() if lead else match.start()


def _day_date(
    match: re.Match[str], anchor: date, day: int, month: int, year: int | None
) -> Deadline | None:
    if year is not None:
        due = _valid_date(year, month, day)
        if due is None:
            return None
        return _make(match, due, Precision.DAY, anchor, start=_with_lead(match))
    if _valid_date(2000, month, day) is None:  # 2000: a leap year
        return None
    due, past = _resolve_yearless(
        lambda y: _valid_date(y, month, day), anchor, Precision.DAY
    )
    return _make(match, due, Precision.DAY, anchor, past=past, start=_with_lead(match))


def _on_day_month(match: re.Match[str], anchor: date) -> Deadline | None:
    month = month_number(match["m"])
    if month is None:
        return None
    return _day_date(match, anchor, int(match["d"]), month, _full_year(match["y"]))


def _on_slash(match: re.Match[str], anchor: date) -> Deadline | None:
    day, month = int(match["d"]), int(match["m"])
    if not 1 <= month <= 12:
        return None
    # "1/3 af budgettet" is a fraction, not the first of March.
    if (
        not match["den"]
        and not match["y"]
        and _FRACTION_AFTER_RE.match(match.string, match.end())
    ):
        return None
    return _day_date(match, anchor, day, month, _full_year(match["y"]))


def _on_numeric(match: re.Match[str], anchor: date) -> Deadline | None:
    if match["d"]:
        day, month, year = int(match["d"]), int(match["m"]), _full_year(match["y"])
    else:
        day, month, year = int(match["d2"]), int(match["m2"]), int(match["y2"])
    if not 1 <= month <= 12:
        return None
    return _day_date(match, anchor, day, month, year)


def _part_day(pre: str) -> int | None | bool:
    """Return the day for a part-of-month prefix, None for last, False if none."""
    for word in pre.split(" "):
        if word in _PART_DAY:
            return _PART_DAY[word]
    return False


def _on_month(match: re.Match[str], anchor: date) -> Deadline | None:
    pre = _pre(match)
    name = match["m"] or match["ma"]
    month = month_number(name)
    if month is None:
        return None
    year = _full_year(match["y"] or match["ya"])
    # A bare month name is only a date with a preposition, a year or in
    # parentheses ("forelægges udvalget (juni)").
    in_parens = bool(match["paren"]) and match.string.endswith("(", 0, match.start())
    if not pre and year is None and not in_parens:
        return None
    # Danish month names are lower case: "til Maj Hansen" is a person.
    if pre and name[0].isupper():
        return None
    part = _part_day(pre)
    if _is_start(pre):
        day_of: int | None = 1  # "efter/fra februar": starts on the first
        precision = Precision.MONTH
    elif part is False:
        day_of, precision = None, Precision.MONTH
    else:
        day_of, precision = part, Precision.PART_OF_MONTH

    def make(y: int) -> date:
        return date(y, month, day_of) if day_of else _last_day(y, month)

    if year is not None:
        return _make(match, make(year), precision, anchor)
    due, past = _resolve_yearless(make, anchor, precision)
    return _make(match, due, precision, anchor, past=past)


def _quarter_deadline(
    match: re.Match[str], anchor: date, quarter: int, year: int | None
) -> Deadline | None:
    if _RANGE_BEFORE_RE.search(
        match.string, max(0, match.start() - _LOOKBEHIND), match.start()
    ):
        return None
    pre = _pre(match)
    if _is_start(pre):

        def make(y: int) -> date:
            return date(y, quarter * 3 - 2, 1)
    elif pre == "primo":

        def make(y: int) -> date:
            return date(y, quarter * 3 - 2, 10)
    else:

        def make(y: int) -> date:
            return _last_day(y, quarter * 3)

    if year is not None:
        return _make(match, make(year), Precision.QUARTER, anchor)
    due, past = _resolve_yearless(make, anchor, Precision.QUARTER)
    return _make(match, due, Precision.QUARTER, anchor, past=past)


def _on_quarter(match: re.Match[str], anchor: date) -> Deadline | None:
    quarter = int(match["n"]) if match["n"] else _ORDINALS[match["w"].lower()]
    # "kv." is also the abbreviation of other words; only trust it with a
    # preposition or a year.
    token = match.group(0).lower()
    if "kvartal" not in token and not _pre(match) and not match["y"]:
        return None
    return _quarter_deadline(match, anchor, quarter, _full_year(match["y"]))


def _on_q(match: re.Match[str], anchor: date) -> Deadline | None:
    return _quarter_deadline(match, anchor, int(match["n"]), _full_year(match["y"]))


def _on_half(match: re.Match[str], anchor: date) -> Deadline | None:
    half = int(match["n"]) if match["n"] else _ORDINALS[match["w"].lower()]
    half = 1 if half == 1 else 2
    pre = _pre(match)

    def make(y: int) -> date:
        if _is_start(pre):
            return date(y, 1 if half == 1 else 7, 1)
        return _last_day(y, 6 if half == 1 else 12)

    year = _full_year(match["y"])
    if year is not None:
        return _make(match, make(year), Precision.QUARTER, anchor)
    due, past = _resolve_yearless(make, anchor, Precision.QUARTER)
    return _make(match, due, Precision.QUARTER, anchor, past=past)


def _week_sunday(year: int, week: int) -> date | None:
    try:
        return date.fromisocalendar(year, week, 7)
    except ValueError:
        return None


def _on_week(match: re.Match[str], anchor: date) -> Deadline | None:
    week = int(match["w"])
    if not 1 <= week <= 53:
        return None
    pre = _pre(match)
    first = int(match["w0"]) if match["w0"] else week

    def make(y: int) -> date | None:
        if _is_start(pre):
            try:
                return date.fromisocalendar(y, first, 1)
            except ValueError:
                return None
        return _week_sunday(y, week)

    year = _full_year(match["y"])
    if year is not None:
        due = make(year)
        return None if due is None else _make(match, due, Precision.WEEK, anchor)
    due, past = _resolve_yearless(make, anchor, Precision.WEEK)
    if due is None:
        return None
    return _make(match, due, Precision.WEEK, anchor, past=past)


def _on_next_week(match: re.Match[str], anchor: date) -> Deadline | None:
    sunday = anchor + timedelta(days=7 - anchor.isoweekday())
    if match["which"].lower() == "næste":
        sunday += timedelta(days=7)
    return _make(match, sunday, Precision.WEEK, anchor)


def _on_weekday(match: re.Match[str], anchor: date) -> Deadline | None:
    ahead = (_WEEKDAY_NUMBERS[match["wd"].lower()] - anchor.weekday()) % 7 or 7
    due = anchor + timedelta(days=ahead)
    # "næste fredag" said early in a week is the Friday of the week after.
    if (
        match["next"]
        and match["next"].lower() == "næste"
        and (due.isocalendar()[:2] == anchor.isocalendar()[:2])
    ):
        due += timedelta(days=7)
    return _make(match, due, Precision.DAY, anchor)


_SEASON_END = {"for": (5, 0), "som": (8, 0), "eft": (11, 0), "vin": (2, 1)}
_SEASON_START = {"for": 3, "som": 6, "eft": 9, "vin": 12}


def _on_season(match: re.Match[str], anchor: date) -> Deadline | None:
    pre = _pre(match)
    key = match["s"].lower()[:3]
    year = _full_year(match["y"])
    # A bare season word is only a deadline with a preposition or a year.
    if not pre and year is None:
        return None
    if pre.startswith("inden") or pre.startswith("senest"):
        if key == "som":
            # "inden sommeren" is said of the summer holidays: about July 1
            # (the same date as "inden sommerferien").
            def make(y: int) -> date:
                return date(y, 7, 1)
        else:
            start_month = _SEASON_START[key]

            def make(y: int) -> date:
                return date(y, start_month, 1) - timedelta(days=1)
    elif _is_start(pre):
        start_month = _SEASON_START[key]

        def make(y: int) -> date:
            return date(y, start_month, 1)
    else:
        end_month, offset = _SEASON_END[key]

        def make(y: int) -> date:
            return _last_day(y + offset, end_month)

    if year is not None:
        return _make(match, make(year), Precision.SEASON, anchor)
    due, past = _resolve_yearless(make, anchor, Precision.SEASON)
    return _make(match, due, Precision.SEASON, anchor, past=past)


def _holiday(name: str, year: int, start: bool) -> date:
    """Return the date a holiday phrase points at in ``year``.

    Deadlines ("inden ...") are the last working day before the holiday as
    Danish municipalities use it; starts ("efter ...") the day after.
    """
    if name.startswith("sommer"):
        return date(year, 8, 10) if start else date(year, 7, 1)
    if name.startswith("jul"):
        return date(year, 12, 27) if start else date(year, 12, 23)
    if name.startswith("påske"):
        # The Easter holidays start on Maundy Thursday.
        days = danish_holidays(year)
        if start:
            return days["Easter Monday"] + timedelta(days=1)
        return days["Maundy Thursday"] - timedelta(days=1)
    if name.startswith("pinse"):
        days = danish_holidays(year)
        if start:
            return days["Pentecost Monday"] + timedelta(days=1)
        return days["Pentecost"] - timedelta(days=2)  # the Friday before
    if name.startswith("kristi"):
        days = danish_holidays(year)
        if start:
            return days["Ascension Day"] + timedelta(days=1)
        return days["Ascension Day"] - timedelta(days=1)
    if name.startswith("efterårsferie"):
        # The autumn holiday is week 42: the Friday before it.
        friday = date.fromisocalendar(year, 41, 5)
        return friday + timedelta(days=10) if start else friday
    if name.startswith("vinterferie"):
        # The winter holiday is week 7 in most municipalities.
        friday = date.fromisocalendar(year, 6, 5)
        return friday + timedelta(days=10) if start else friday
    # årsskiftet / nytår
    return date(year + 1, 1, 1) if start else date(year, 12, 31)


def _on_holiday(match: re.Match[str], anchor: date) -> Deadline | None:
    name = match["h"].lower()
    start = _is_start(_pre(match))
    year = _full_year(match["y"])
    if year is None:
        year = anchor.year
        if _holiday(name, year, start) < anchor:
            year += 1
    return _make(match, _holiday(name, year, start), Precision.SEASON, anchor)


def _on_year(match: re.Match[str], anchor: date) -> Deadline | None:
    return _year_deadline(match, anchor, int(match["y"]))


def _year_deadline(match: re.Match[str], anchor: date, year: int) -> Deadline:
    pre = _pre(match)
    part = _part_day(pre)
    if _is_start(pre):
        due = date(year, 1, 1)
    elif pre == "inden":
        # "inden 2026": before the year begins.
        due = date(year - 1, 12, 31)
    elif part is False or part is None:
        due = date(year, 12, 31)
    elif part == 10:  # primo / i starten af: the first quarter
        due = date(year, 3, 31)
    else:  # medio / i midten af
        due = date(year, 6, 30)
    return _make(match, due, Precision.SEASON, anchor)


def _on_this_year(match: re.Match[str], anchor: date) -> Deadline | None:
    which = (match["which"] or "").lower()
    year = anchor.year + (1 if _NEXT_YEAR_WORDS_RE.search(which) else 0)
    return _year_deadline(match, anchor, year)


def _number(text: str) -> int:
    text = _SPACES_RE.sub(" ", text.lower())
    return int(text) if text.isdigit() else NUMBER_WORDS[text]


def _on_relative(match: re.Match[str], anchor: date) -> Deadline | None:
    unit = match["u"].lower()
    if match["half"]:
        amount = 0.5
    elif match["halfandet"]:
        amount = 1.5
    else:
        amount = _number(match["n"])
    if amount <= 0 or amount > 100:
        return None
    if unit.startswith("dag"):
        due = anchor + timedelta(days=round(amount))
    elif unit.startswith("uge"):
        due = anchor + timedelta(days=round(amount * 7))
    else:
        months_per_unit = 12 if unit == "år" else 3 if unit.startswith("kvartal") else 1
        months = amount * months_per_unit
        due = _add_months(anchor, int(months))
        if months != int(months):  # "halvanden måned"
            due += timedelta(days=15)
    return _make_relative(match, due)


def _make_relative(match: re.Match[str], due: date) -> Deadline:
    # "efter et år" is a period from the meeting, so not a START_ONLY phrase.
    return Deadline(due, Precision.RELATIVE, match.group(0), match.start(), match.end())


def _on_event_next(match: re.Match[str], anchor: date) -> Deadline | None:
    event = match["body"] or match["body2"] or ""
    return Deadline(
        None,
        Precision.EVENT,
        match.group(0),
        match.start(),
        match.end(),
        event=event.strip(),
    )


def _on_event_body(match: re.Match[str], anchor: date) -> Deadline | None:
    gen = match["gen"]
    name = gen[:-2] if gen.endswith("'s") else gen[:-1]
    if name.lower() in _GENERIC_BODY_NAMES:
        name = ""  # the body whose minutes these are
    elif name[:1].islower():
        name = name[:1].upper() + name[1:]
    return Deadline(
        None, Precision.EVENT, match.group(0), match.start(), match.end(), event=name
    )


def _on_event_named(match: re.Match[str], anchor: date) -> Deadline | None:
    return Deadline(
        None,
        Precision.EVENT,
        match.group(0),
        match.start(),
        match.end(),
        event=match["e"],
    )


_Handler = Callable[[re.Match[str], date], "Deadline | None"]

# Hints: a quick search for words every match of a rule must contain. Most
# sentences name at most one or two kinds of date, and the full patterns (with
# their optional lead words tried at every position) are slow, so a rule runs
# only when its hint is found (see _rules_to_try). A hint must never be
# stricter than its pattern: it repeats (part of) the pattern's mandatory
# core. Hints are lower case and matched, case-sensitively, against the
# lower-cased text; that is several times faster than re.IGNORECASE.
_DAY_MONTH_HINT_RE = re.compile(rf"\d\.?\s*{_MONTH_ANY}")
_SLASH_HINT_RE = re.compile(r"\d/\d")
_NUMERIC_HINT_RE = re.compile(r"\d[.-]\d")
# Every month name and abbreviation starts with one of these.
_MONTH_HINT_RE = re.compile(r"jan|feb|mar|mrt|apr|maj|jun|jul|aug|sep|okt|nov|dec")
_QUARTER_HINT_RE = re.compile(r"kvartal|kvt|kvrt|kv\.")
_Q_HINT_RE = re.compile(r"q[1-4]")
_HALF_HINT_RE = re.compile(r"halvår")
_WEEK_HINT_RE = re.compile(r"uge\s*\d")
_NEXT_WEEK_HINT_RE = re.compile(r"(?:næste|denne|indeværende)\s+uge\b")
_WEEKDAY_HINT_RE = re.compile(r"(?:man|tirs|ons|tors|fre|lør|søn)dag")
_HOLIDAY_HINT_RE = re.compile(
    r"sommer|jul|påske|efterårsferien|vinterferien|årsskiftet|nytår|pinse|himmelfart"
)
_SEASON_HINT_RE = re.compile(r"forår|sommer|efterår|vinter")
_YEAR_HINT_RE = re.compile(_YEAR)
_THIS_YEAR_HINT_RE = re.compile(r"år")
_RELATIVE_HINT_RE = re.compile(
    r"\s(?:dage|dag|uger|uge|måneder|måned|mdr\.?|kvartaler|kvartal|år)(?![\wæøå])"
)
_EVENT_NEXT_HINT_RE = re.compile(
    r"(?:næstkommende|førstkommende|næste|kommende|senere|efterfølgende)\s"
)
_EVENT_BODY_HINT_RE = re.compile(r"møde")
_EVENT_NAMED_HINT_RE = re.compile(
    r"(?:seminaret|mødet|dagen|konferencen|forhandlingerne|workshoppen)(?![\wæøå])"
)
# str.lower() agrees with re.IGNORECASE on every letter and keeps every
# character's class (word, space, digit) and offset, except for these three,
# which re also reads as "i" or "s": a text holding one is tried on every rule.
_LOWER_CASE_MISFITS = ("İ", "ı", "ſ")

# (pattern, hint, handler). Order only matters for equal spans; overlaps are
# resolved by length below.
_RULES: tuple[tuple[re.Pattern[str], re.Pattern[str], _Handler], ...] = (
    (_DAY_MONTH_RE, _DAY_MONTH_HINT_RE, _on_day_month),
    (_SLASH_RE, _SLASH_HINT_RE, _on_slash),
    (_NUMERIC_RE, _NUMERIC_HINT_RE, _on_numeric),
    (_MONTH_RE, _MONTH_HINT_RE, _on_month),
    (_QUARTER_RE, _QUARTER_HINT_RE, _on_quarter),
    (_Q_RE, _Q_HINT_RE, _on_q),
    (_HALF_RE, _HALF_HINT_RE, _on_half),
    (_WEEK_RE, _WEEK_HINT_RE, _on_week),
    (_NEXT_WEEK_RE, _NEXT_WEEK_HINT_RE, _on_next_week),
    (_WEEKDAY_ONLY_RE, _WEEKDAY_HINT_RE, _on_weekday),
    (_HOLIDAY_RE, _HOLIDAY_HINT_RE, _on_holiday),
    (_SEASON_RE, _SEASON_HINT_RE, _on_season),
    (_YEAR_RE, _YEAR_HINT_RE, _on_year),
    (_THIS_YEAR_RE, _THIS_YEAR_HINT_RE, _on_this_year),
    (_RELATIVE_RE, _RELATIVE_HINT_RE, _on_relative),
    (_EVENT_NEXT_RE, _EVENT_NEXT_HINT_RE, _on_event_next),
    (_EVENT_BODY_RE, _EVENT_BODY_HINT_RE, _on_event_body),
    (_EVENT_NAMED_RE, _EVENT_NAMED_HINT_RE, _on_event_named),
)

# What may stand between an event phrase and the date that pins it down:
# "på Økonomiudvalgets møde i marts", "til fællesmødet den 7. januar".
_EVENT_JOIN_RE = re.compile(r"\s*,?\s*(?:i\s+|den\s+|d\.\s*)?$", _F)


def _rules_to_try(text: str) -> list[tuple[re.Pattern[str], _Handler]]:
    """Return the rules whose hint occurs in ``text``, in _RULES order."""
    if any(misfit in text for misfit in _LOWER_CASE_MISFITS):
        return [(pattern, handler) for pattern, _, handler in _RULES]
    lowered = text.lower()
    return [
        (pattern, handler) for pattern, hint, handler in _RULES if hint.search(lowered)
    ]


def find_deadlines(text: str, anchor: date) -> list[Deadline]:
    """Return every deadline phrase in ``text``, resolved against ``anchor``.

    Phrases are returned in text order and never overlap: where two readings
    overlap, the longer phrase wins. Phrases before the anchor are kept but
    flagged ``is_past``; callers decide what to do with them.
    """
    candidates: list[Deadline] = []
    for pattern, handler in _rules_to_try(text):
        for match in pattern.finditer(text):
            deadline = handler(match, anchor)
            if deadline is not None and deadline.text.strip():
                candidates.append(deadline)
    return _merge_events(_longest_first(candidates), text)


def _longest_first(candidates: list[Deadline]) -> list[Deadline]:
    """Return the non-overlapping phrases, longest first, then earliest, in order.

    The longest reading of a stretch of text is the most informative ("i
    slutningen af maj 2026" over "maj 2026"). Phrases are settled cluster by
    cluster (a run of phrases overlapping one another): no phrase reaches
    beyond its cluster, and comparing every phrase with every other of a long
    text would take time quadratic in its length.
    """
    candidates.sort(key=lambda d: (d.start, d.end))
    chosen: list[Deadline] = []
    cluster: list[Deadline] = []
    cluster_end = -1
    for candidate in [*candidates, None]:
        if candidate is not None and candidate.start < cluster_end:
            cluster.append(candidate)
            cluster_end = max(cluster_end, candidate.end)
            continue
        cluster.sort(key=lambda d: (-(d.end - d.start), d.start))
        kept: list[Deadline] = []
        for phrase in cluster:
            if all(phrase.end <= c.start or phrase.start >= c.end for c in kept):
                kept.append(phrase)
        chosen.extend(sorted(kept, key=lambda d: d.start))
        if candidate is not None:
            cluster, cluster_end = [candidate], candidate.end
    return chosen


def _merge_events(deadlines: list[Deadline], text: str) -> list[Deadline]:
    """Join an event phrase with the date right after it into one deadline."""
    merged: list[Deadline] = []
    for deadline in deadlines:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.precision == Precision.EVENT
            and deadline.precision != Precision.EVENT
            and _EVENT_JOIN_RE.fullmatch(text[previous.end : deadline.start])
        ):
            merged[-1] = Deadline(
                deadline.due_date,
                deadline.precision,
                text[previous.start : deadline.end],
                previous.start,
                deadline.end,
                deadline.is_past,
                previous.event,
                deadline.start_date,
            )
            continue
        merged.append(deadline)
    return merged


def parse_deadline(phrase: str, anchor: date) -> Deadline | None:
    """Return the deadline a single phrase names, or None when it names none.

    When the phrase holds several, the longest one is returned.
    """
    found = find_deadlines(phrase, anchor)
    if not found:
        return None
    return max(found, key=lambda d: d.end - d.start)
