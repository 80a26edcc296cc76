"""Who acts in a sentence: units, officials, bodies, people; the item context."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from datetime import date
from functools import cached_property, lru_cache
from typing import NamedTuple

from decisions.deadlines import Deadline, Precision, find_deadlines
from decisions.extraction.types import OFFICIALS
from decisions.extraction.vocabulary import (
    _F,
    _MONTH_WORDS,
    _lowered,
    _lowered_may_contain,
    _words,
)
from minutes.parsing.types import (
    ParsedAgendaItem,
)

_WORD_RE = re.compile(r"\w[\w'’-]*")


def _capital_first(pattern: str) -> re.Pattern[str]:
    """Compile a pattern whose every match starts with a capital letter.

    The look-ahead put in front changes no match, but lets the search reject
    every other position with one test instead of trying each alternative
    (and its look-behind) there. The actor patterns run on most sentences.
    """
    return re.compile("(?=[A-ZÆØÅ])(?:" + pattern + ")")


_BODY_RE = _capital_first(
    r"(?<![\w-])(?:[A-ZÆØÅ][\w-]*-\s+og\s+)?[A-ZÆØÅ][\w-]*(?:udvalget|MED|[Ff]orum"
    r"|rådet|bestyrelsen|styregruppen|styregruppe|gruppen|direktionen|Direktion)"
    r"(?![\w-])"
    r"|(?<![\w-])(?:Udvalget|Rådet|Bestyrelsen|Forummet|Direktionen|Byrådet"
    r"|Kommunalbestyrelsen|Regionsrådet|(?:Næst)?[Ff]ormandskabet)(?![\w-])",
)
# Units spelled as Danish departments usually are: "Børn & Unge", "By, Land
# og Kultur", "Center for Miljø", "Sekretariat for X".
_GENERIC_UNIT_RE = _capital_first(
    r"(?<![\w-])(?:[A-ZÆØÅ][\w-]*,\s+){0,6}[A-ZÆØÅ][\w-]*\s+(?:&|og)\s+[A-ZÆØÅ][\w-]*"
    r"(?![\w-])"
    r"|(?<![\w-])(?:Center|Centret|Afdelingen|Afdeling|Sekretariat|Sekretariatet"
    r"|Team|Staben|Enheden)\s+(?:for\s+)?[A-ZÆØÅ][\w-]*(?:\s+(?:&|og)\s+[A-ZÆØÅ]"
    r"[\w-]*)?",
)
_ROLE_FOR_UNIT_RE = re.compile(
    r"(?<![\w-])(?i:Direktøren|Afdelingschefen|Chefen|Centerchefen|Lederen|Leder)"
    r"\s+(?:for|af)\s+(?:[A-ZÆØÅ][\w-]*,\s+){0,6}[A-ZÆØÅ][\w-]*(?:\s+(?:&|og)\s+"
    r"[A-ZÆØÅ][\w-]*)?",
)
_OFFICIALS_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(o) for o in OFFICIALS) + r")(?![\w-])",
    _F,
)
_GROUP_RE = re.compile(
    r"(?<![\w-])(?:alle\s+)?(?:chefer|ledere|afdelingschefer|direktører|lederne"
    r"|cheferne|afdelingslederne|skolelederne|institutionslederne)(?![\w-])",
    _F,
)
# Lower-case words that every match of the case-insensitive patterns above
# holds: their searches are slow and most sentences hold none of the words
# (see _Context.actors).
_ROLE_WORDS = ("direktøren", "chefen", "leder")
# Officials named by a compound role: "Økonomichefen", "HR-chefen",
# "Skolelederen", "Klimakoordinatoren". Every match holds one of the words.
_ROLE_COMPOUND_RE = _capital_first(
    r"(?<![\w-])[A-ZÆØÅ][\w-]*(?:chefen|cheferne|direktøren|direktørerne|lederen"
    r"|lederne|koordinatoren|konsulenten)(?![\w-])"
)
_ROLE_COMPOUND_WORDS = (
    "chefen",
    "cheferne",
    "direktør",
    "leder",
    "koordinator",
    "konsulent",
)
_OFFICIAL_WORDS = tuple(official.lower() for official in OFFICIALS)
_GROUP_WORDS = ("chefer", "leder", "direktører")
_ABBREVIATION_RE = _capital_first(r"(?<![\w-])[A-ZÆØÅ]{2,5}(?![\w-])")
_ROMAN_RE = re.compile(r"^[IVXLC]+$")
_NAME_WORD = r"[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?"
_NAME_RE = _capital_first(rf"(?<![\w-]){_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}(?![\w-])")
# Capitalised words that make a "name" something else (a place, a plan, a
# body, a sentence opener); bodies are recognised by _BODY_RE as well.
_NOT_NAME_WORDS = _words(
    """
    Kommune Kommunes Region Regionen Plan Budget Forvaltningen Administrationen
    Videre Desuden Samtidig Efterfølgende Herefter Derefter
    """
) | {m.capitalize() for m in _MONTH_WORDS}
# A first name alone opening the sentence, before a present-tense verb.
_FIRST_NAME_SUBJECT_RE = re.compile(
    r"^\s*(?:[-•*–]\s*)?(?P<name>[A-ZÆØÅ][a-zæøåéü]{1,11})\s+(?=[a-zæøå]{2,}er\b)"
)
# Capitalised sentence openers that are not first names.
_NOT_FIRST_NAMES = (
    _words(
        """
    Der Det Den De Dette Disse Han Hun Vi Man Jeg Du I Alle Ingen Nogle Flere
    Mange Hver Begge Sagen Punktet Forslaget Planen Rådet Udvalget Bestyrelsen
    Foreningen Kommunen Derfor Herefter Derefter Desuden Samtidig Endelig Også
    Nu Så Dog Her Hvor Når Hvis Efter Før Til Fra Med På Som Men Og Eller Da
    Hvad Hvem Hvordan Hvilke Både Ellers Senere Først Sidst Dermed Ligeledes
    Formanden Kassereren Sekretæren Referenten Administrationen Forvaltningen
    """
    )
    | _NOT_NAME_WORDS
)
_SEND_TO_RE = re.compile(
    rf"\bsendes\s+(?:videre\s+)?til\s+({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})"
)
_NAMED_ORGANISERS_RE = re.compile(
    rf"\bsom\s+(?:[a-zæøå]+\s+)?(?P<names>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}"
    rf"(?:\s*(?:,|og)\s*{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}){{0,8}})"
    rf"(?:\s*,\s*i\s+samarbejde\s+med\s+[^,]+,)?\s+(?P<verb>[a-zæøå]+er)\b",
)
_REQUEST_RE = re.compile(
    r"\b(?:anmod(?:er|ede)|beder|bad|pålægger|pålagde|bemyndige(?:r|de))\s+"
    r"(?P<who>[\w&, -]{2,60}?)\s+(?:om|at|til)\b",
    _F,
)
_REQUEST_VERBS = _words(
    "anmoder anmodede beder bad pålægger pålagde bemyndiger bemyndigede"
)


# _Actor and _Token are NamedTuples rather than frozen dataclasses: every
# sentence read builds dozens of them, and a tuple is several times cheaper
# to create.
class _Actor(NamedTuple):
    start: int
    end: int
    name: str  # the responsible as it should be shown (canonical for units)


@lru_cache(maxsize=32)
def _alias_matcher(
    aliases: tuple[tuple[str, str], ...],
) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """Compile the unit alias table once per distinct table."""
    canonical: dict[str, str] = {}
    for alias, name in aliases:
        canonical[alias.casefold()] = name
        canonical[name.casefold()] = name
    if not canonical:
        return None, canonical
    words = sorted(
        {a for pair in aliases for a in pair if a.strip()}, key=len, reverse=True
    )
    # Abbreviations ("BU") must match in capitals; names in any case.
    parts = [
        re.escape(w) if w.isupper() else "(?i:" + re.escape(w) + ")" for w in words
    ]
    pattern = re.compile(r"(?<![\w&-])(?:" + "|".join(parts) + r")(?![\w-])")
    return pattern, canonical


@lru_cache(maxsize=32)
def _body_matcher(body_name: str) -> re.Pattern[str]:
    """Compile the meeting body's own name once (matched in any case)."""
    return re.compile(r"(?<![\w-])" + re.escape(body_name) + r"(?![\w-])", _F)


_SPECIFICITY = {
    Precision.DAY: 0,
    Precision.PART_OF_MONTH: 1,
    Precision.WEEK: 2,
    Precision.MONTH: 3,
    Precision.QUARTER: 4,
    Precision.RELATIVE: 5,
    Precision.SEASON: 6,
}


class _Context:
    """What the rules need to know about the item being read."""

    def __init__(
        self,
        item: ParsedAgendaItem,
        meeting_date: date,
        body_name: str,
        unit_aliases: Mapping[str, str] | None,
        next_meeting: date | None = None,
    ) -> None:
        self.item = item
        self.meeting_date = meeting_date
        self.body_name = body_name
        # The own body's next meeting, when the referat states it.
        self.next_meeting = (
            next_meeting if next_meeting and next_meeting > meeting_date else None
        )
        self.alias_re, self.canonical = _alias_matcher(
            tuple(sorted((unit_aliases or {}).items()))
        )
        self.body_re = _body_matcher(body_name) if body_name else None

    @cached_property
    def title_dates(self) -> set[date]:
        """Dates in the title are the subject of the item, not deadlines.

        Computed on first use: most items never weigh a deadline.
        """
        return {
            d.due_date
            for d in find_deadlines(self.item.title, self.meeting_date)
            if d.due_date
        }

    def actors(self, text: str) -> list[_Actor]:
        """Return every actor mentioned in ``text``, without overlaps.

        Kinds are tried in order of trust: roles with their unit ("Direktøren
        for Børn & Unge"), the alias table, officials, bodies, unit-like
        names, abbreviations and finally people's names; a later kind never
        overrides an earlier one.
        """
        found: list[_Actor] = []  # sorted by start; never overlapping
        starts: list[int] = []

        def add(start: int, end: int, name: str) -> None:
            # Found actors never overlap: the neighbours by start are the
            # only ones that can overlap a new one.
            at = bisect_right(starts, start)
            if at > 0 and found[at - 1].end > start:
                return
            if at < len(found) and found[at].start < end:
                return
            starts.insert(at, start)
            found.insert(at, _Actor(start, end, name))

        lowered = _lowered(text)  # for the quick word tests (see _may_contain)
        if _lowered_may_contain(lowered, _ROLE_WORDS):
            for m in _ROLE_FOR_UNIT_RE.finditer(text):
                add(m.start(), m.end(), _capitalise(m.group(0)))
        if self.alias_re is not None:
            for m in self.alias_re.finditer(text):
                add(m.start(), m.end(), self._unit(m.group(0)))
        if _lowered_may_contain(lowered, _OFFICIAL_WORDS):
            for m in _OFFICIALS_RE.finditer(text):
                add(m.start(), m.end(), _capitalise(m.group(0)))
        if _lowered_may_contain(lowered, _ROLE_COMPOUND_WORDS):
            for m in _ROLE_COMPOUND_RE.finditer(text):
                add(m.start(), m.end(), m.group(0))
        if _lowered_may_contain(lowered, _GROUP_WORDS):
            for m in _GROUP_RE.finditer(text):
                add(m.start(), m.end(), _capitalise(m.group(0)))
        if self.body_re is not None:
            for m in self.body_re.finditer(text):
                add(m.start(), m.end(), self.body_name)
        for m in _BODY_RE.finditer(text):
            add(m.start(), m.end(), self._body(m.group(0)))
        for m in _GENERIC_UNIT_RE.finditer(text):
            if not _inside_name(text, m.start(), m.end()):
                add(m.start(), m.end(), self._unit(m.group(0)))
        for m in _ABBREVIATION_RE.finditer(text):
            if not _ROMAN_RE.match(m.group(0)):
                add(m.start(), m.end(), self._unit(m.group(0)))
        for start, end, name in _people(text):
            add(start, end, name)
        return found

    def is_future(self, deadline: Deadline) -> bool:
        """Tell whether a deadline can date a follow-up created at this meeting."""
        if deadline.is_past or deadline.precision == Precision.START_ONLY:
            return False
        due = deadline.due_date
        if due is None:
            return deadline.precision == Precision.EVENT
        if due <= self.meeting_date and deadline.precision == Precision.DAY:
            return False
        return due not in self.title_dates

    def choose_deadline(self, text: str) -> Deadline | None:
        """Pick the most specific future deadline in a sentence."""
        found = find_deadlines(text, self.meeting_date)
        dated = [d for d in found if d.due_date is not None and self.is_future(d)]
        if dated:
            return min(
                dated,
                key=lambda d: (_SPECIFICITY.get(d.precision, 9), d.due_date, d.start),
            )
        events = [d for d in found if d.precision == Precision.EVENT]
        if events:
            return events[0]
        starts = [
            d for d in found if d.precision == Precision.START_ONLY and not d.is_past
        ]
        return starts[0] if starts else None

    def _body(self, text: str) -> str:
        if text in {"Udvalget", "Rådet", "Bestyrelsen", "Forummet"} and self.body_name:
            return self.body_name
        return text

    def _unit(self, text: str) -> str:
        return self.canonical.get(text.casefold(), text)


_COORDINATION_RE = re.compile(r"(?:\s*,|\s+og|\s+samt)\s+$")
# No list of responsibles is longer; a longer run of names is an enumeration.
_MAX_COORDINATED = 12
# How far back the clause of a verb is looked for (see _clause_start).
_CLAUSE_WINDOW = 400
_CAPITALISED_BEFORE_RE = re.compile(r"[A-ZÆØÅ][a-zæøå]+\s+$")
_CAPITALISED_AFTER_RE = re.compile(r"\s+[A-ZÆØÅ][a-zæøå]+")
_NON_SPACE_RE = re.compile(r"\S")
_SPACE_RUN_RE = re.compile(r"\s*")


def _people(text: str) -> list[tuple[int, int, str]]:
    """People named in text: full names, and a first name alone as the
    subject of a present-tense verb ("Lis sender en rykker"), as informal
    minutes name them."""
    people = []
    first_name = _FIRST_NAME_SUBJECT_RE.match(text)
    if first_name and first_name.group("name") not in _NOT_FIRST_NAMES:
        people.append(
            (first_name.start("name"), first_name.end("name"), first_name["name"])
        )
    for m in _NAME_RE.finditer(text):
        words = m.group(0).split()
        if not set(words) & _NOT_NAME_WORDS and not any(
            _BODY_RE.fullmatch(w.rstrip("s")) for w in words
        ):
            people.append((m.start(), m.end(), m.group(0)))
    return people


def _skip_spaces(text: str, position: int) -> int:
    """Return the position of the first non-space at or after ``position``."""
    match = _SPACE_RUN_RE.match(text, position)
    return match.end() if match else position


def _inside_name(text: str, start: int, end: int) -> bool:
    """Tell whether "X og Y" is the seam of two names ("Anne Holm og Lars").

    Only a capitalised word that does not begin the sentence counts as the
    first name before it.
    """
    before = _CAPITALISED_BEFORE_RE.search(text, max(0, start - 30), start)
    if before is not None and _NON_SPACE_RE.search(text, 0, before.start()):
        return True
    return bool(_CAPITALISED_AFTER_RE.match(text, end))


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _is_named_actor(ctx: _Context, actor: _Actor) -> bool:
    """A unit, official or body: not a bare abbreviation or person's name."""
    name = actor.name
    return bool(
        _BODY_RE.fullmatch(name)
        or name in ctx.canonical.values()
        or _OFFICIALS_RE.match(name)
        or _ROLE_COMPOUND_RE.fullmatch(name)
        or _ROLE_FOR_UNIT_RE.fullmatch(name)
        or _GENERIC_UNIT_RE.fullmatch(name)
        or (ctx.body_name and name == ctx.body_name)
    )
