"""The date of the body's next meeting, when the referat states it."""

from __future__ import annotations

import re
from datetime import date

from decisions.deadlines import Precision, find_deadlines
from decisions.extraction.vocabulary import (
    _F,
    _NEXT_MEETING_CORE,
    _NEXT_MEETING_WORDS,
    _may_contain,
    _words,
)
from minutes.parsing.types import (
    ParsedMinutes,
)

# "næste møde" rather than "et af de kommende møder": one meeting, the next.
_NEXT_WORD_RE = re.compile(r"\b(?:næste|næstkommende|førstkommende)\b", _F)
# An item about the next meeting: "Næste møde", "Dato for næste møde",
# "Eventuelt og næste møde", "Mødeplan".
_NEXT_MEETING_TITLE_RE = re.compile(
    r"\b(?:næste|førstkommende|næstkommende)\s+(?:\w+\s+)?møde\b|^\W*mødeplan\b", _F
)
# The announcement anywhere in a text, with the word before it (a genitive
# owner: "Forretningsudvalgets næste møde afholdes ...").
_NEXT_MEETING_STATEMENT_RE = re.compile(
    # The owner is tried only at a word start and only before "næste" & co.:
    # without that, the optional word is matched again at every character.
    r"(?:\b(?P<owner>[\w-]+)\s+(?=(?:næste|kommende|førstkommende|næstkommende)\s))?"
    r"(?P<stmt>" + _NEXT_MEETING_CORE + ")",
    _F,
)
# Generic names of a body: in "udvalgets næste møde" the body is the own one.
_GENERIC_BODIES = _words(
    "udvalget rådet bestyrelsen forummet kommissionen lokaludvalget gruppen"
)


def _is_own_body(name: str, body_name: str) -> bool:
    """Tell whether ``name`` (an event's body, "" for none) is the meeting's body.

    "Lokaludvalget" is "Holstrup Midtby Lokaludvalg"; "Udvalget" is any
    committee.
    """
    if not name:
        return True
    wanted = name.casefold().strip()
    if wanted in _GENERIC_BODIES:
        return True
    own = body_name.casefold().strip()
    if not own:
        return False
    if own == wanted or own.endswith(" " + wanted):
        return True
    stem = wanted[:-2] if wanted.endswith(("et", "en")) else wanted
    return own == stem or own.endswith(" " + stem)


def _owner_of(word: str) -> str | None:
    """Return the body a genitive names ("Forretningsudvalgets"), else None."""
    for ending in ("'s", "’s"):
        if word.endswith(ending):
            return word[: -len(ending)]
    if word.endswith(("ets", "ens")) or (word[:1].isupper() and word.endswith("s")):
        return word[:-1]
    return None


def _stated_dates(text: str, minutes: ParsedMinutes, *, any_date: bool) -> list[date]:
    """Return the future meeting dates a text announces, in text order.

    ``any_date`` (for an item about the next meeting): every future day in
    the text counts, announced or not.
    """
    found: list[date] = []
    if _may_contain(text, ("næste", "kommende")) and _may_contain(
        text, _NEXT_MEETING_WORDS
    ):
        for match in _NEXT_MEETING_STATEMENT_RE.finditer(text):
            owner = _owner_of(match["owner"] or "")
            if owner is not None and not _is_own_body(owner, minutes.body):
                continue  # "Økonomiudvalgets næste møde er ...": another body
            window = text[match.end("stmt") : match.end("stmt") + 80]
            found.extend(_future_days(window, minutes.date)[:1])
    if any_date and not found:
        found.extend(_future_days(text, minutes.date)[:1])
    return found


def _future_days(text: str, meeting_date: date) -> list[date]:
    return [
        d.due_date
        for d in find_deadlines(text, meeting_date)
        if d.precision == Precision.DAY
        and not d.is_past
        and d.due_date is not None
        and d.due_date > meeting_date
    ]


def next_meeting_date(minutes: ParsedMinutes) -> date | None:
    """Return the date of the body's next meeting when the referat states it.

    An item about the next meeting ("Næste møde": "Onsdag den 19. august
    2026 kl. 18.30") is read first; then announcements anywhere ("Næste møde
    afholdes tirsdag den 14. april 2026", "Kommunalbestyrelsens næste
    ordinære møde, der afholdes ..."). Only dates after the meeting count,
    and only the body's own next meeting.
    """
    texts_by_item = [
        (
            item,
            [
                item.decision.text if item.decision else "",
                *(section.text for section in item.sections),
            ],
        )
        for item in minutes.items
    ]
    for item, texts in texts_by_item:
        if _NEXT_MEETING_TITLE_RE.search(item.title):
            for text in [item.title, *texts]:
                found = _stated_dates(text, minutes, any_date=True)
                if found:
                    return found[0]
    for text in [minutes.preamble, *(t for _, texts in texts_by_item for t in texts)]:
        found = _stated_dates(text, minutes, any_date=False)
        if found:
            return found[0]
    return None
