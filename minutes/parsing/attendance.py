"""Who was absent and who took part, as the minutes write it.

Absent: "Anne Marie Holm deltog ikke i mødet.", "Fraværende: A, B",
"Afbud: A og B", "Ikke til stede: A". Extra participants: "Under drøftelsen
deltog ud over udvalgets faste medlemmer, A, leder for ..., B, ... samt C,
...", "A deltog under punktet".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from minutes.parsing.headings import is_name, split_names

_ABSENT_LABEL_PATTERN = (
    r"(?:fraværende(?:\s+med\s+afbud)?|fravær|afbud(?:\s+fra)?"
    r"|ikke\s+til\s+stede|forfald|meldt\s+afbud)"
)
_LABELLED_ABSENT_RE = re.compile(
    rf"^{_ABSENT_LABEL_PATTERN}\s*[:.]?\s+(?P<names>\S.*)$", re.IGNORECASE
)
# The label alone, the names on the lines below ("Fraværende:" / "A (V)").
_ABSENT_LABEL_ALONE_RE = re.compile(rf"^{_ABSENT_LABEL_PATTERN}\s*:?$", re.IGNORECASE)
# "Alle medlemmer var mødt undtagen A (V) og B (C)."
_EXCEPT_RE = re.compile(
    r"\b(?:mødt|til\s+stede|deltog|fremmødt|tilstede)\b[^.]{0,40}?"
    r"\b(?:undtagen|bortset\s+fra|med\s+undtagelse\s+af)\s+(?P<names>[^.;]+)",
    re.IGNORECASE,
)
# A party or role in parentheses after a name: "Kirsten Holm (V)".
_PAREN_NOTE_RE = re.compile(r"\s*\([^()]{0,60}\)")
# A role before a name: "Kommunalbestyrelsesmedlem Jytte Brun".
_ROLE_WORD_RE = re.compile(
    r"^[A-ZÆØÅ]\w*(?:medlem|borgmester|formand|direktør|chef|leder|inspektør"
    r"|konsulent|medarbejder|sekretær|koordinator|rådmand)$"
)
# An affiliation after a comma: "Jytte Brun, Søby Kommune".
_AFFILIATION_RE = re.compile(
    r"^(?:[A-ZÆØÅ][\w-]*\s+)*(?:Kommune|Region)$|^Region\s+[A-ZÆØÅ]"
)
# The verbs of an absence note; the names are the capitalised words before.
_ABSENT_VERB_RE = re.compile(
    r"\s(?:deltog\s+ikke|deltager\s+ikke|var\s+fraværende|var\s+forhindret"
    r"|havde\s+(?:meldt\s+)?afbud|har\s+meldt\s+afbud|meldte\s+afbud)\b"
)
# "A (V) erklærede sig inhabil og deltog ikke ...": the name comes before it.
_DISQUALIFIED_RE = re.compile(
    r"\s+(?:erklærede\s+sig|blev\s+erklæret|var)\s+inhabil\s+og\s*$", re.IGNORECASE
)
_DURING_RE = re.compile(
    r"\b(?:under|i)\s+(?:drøftelsen|behandlingen|punktet|sagens\s+behandling)"
    r"(?:\s+\S+){0,3}?\s+deltog\s+(?:endvidere\s+|også\s+)?(?P<rest>.+)",
    re.IGNORECASE,
)
_BESIDES_RE = re.compile(r"^(?:ud\s+over|udover|foruden)\s+[^,]+,\s*", re.IGNORECASE)
_JOINED_VERB_RE = re.compile(
    r"\sdeltog\s+(?:under|i\s+behandlingen\s+af|i\s+drøftelsen\s+af|som\s+gæst)"
)
# A name word: "Niels", "Marie-Louise", an initial "J."
_NAME_WORD_RE = re.compile(r"^(?:[A-ZÆØÅ]\.|[A-ZÆØÅ][\w'\-]*),?$")
# Names before a verb are read backwards over at most this many words.
_MAX_NAME_WORDS = 24
_SENTENCE_END_RE = re.compile(r"(?<=[a-zæøå0-9)][.!?])\s+")
_NAME_CONNECTORS_RE = re.compile(r"^(?:samt|og|endvidere|desuden)\s+", re.IGNORECASE)
_NO_ONE = frozenset({"ingen", "-", "ingen afbud", "ingen fraværende", "alle"})
# Capitalised words that start sentences but are not names.
_NOT_NAMES = frozenset(
    {"der", "det", "derfor", "de", "han", "hun", "alle", "ingen", "sagen", "punktet"}
)


def _has_attendance_words(lower: str) -> bool:
    return (
        "delt" in lower
        or "fravær" in lower
        or "afbud" in lower
        or "til stede" in lower
        or "forhindr" in lower
        or "undtag" in lower
        or "bortset" in lower
    )


def _absent_names(value: str) -> list[str]:
    """Names in the value of an absence label, without roles and affiliations."""
    if value.casefold().rstrip(".") in _NO_ONE:
        return []
    parts = [
        part
        for part in re.split(r"\s*[,;]\s*", _PAREN_NOTE_RE.sub("", value))
        if not _AFFILIATION_RE.match(part.strip(" ."))
    ]
    names = []
    for name in split_names(", ".join(parts)):
        words = name.split()
        if len(words) > 2 and _ROLE_WORD_RE.match(words[0]):
            name = " ".join(words[1:])
        names.append(name)
    return names


def find_absentees(texts: Iterable[str]) -> list[str]:
    """Return the names of people noted as absent in texts, in order, once each."""
    names: list[str] = []
    for text in texts:
        lower = text.casefold()
        if not _has_attendance_words(lower):
            continue
        text_lines = text.split("\n")
        for index, (line, line_lower) in enumerate(
            zip(text_lines, lower.split("\n"), strict=False)
        ):
            if not _has_attendance_words(line_lower):
                continue
            line = line.strip(" -•*")
            if _ABSENT_LABEL_ALONE_RE.match(line):
                _extend(names, _names_below(text_lines, index + 1))
                continue
            match = _LABELLED_ABSENT_RE.match(line)
            if match:
                _extend(names, _absent_names(match.group("names").strip()))
                continue
            excepting = "undtag" in line_lower or "bortset" in line_lower
            for sentence in _SENTENCE_END_RE.split(line):
                for match in _EXCEPT_RE.finditer(sentence) if excepting else ():
                    _extend(names, _absent_names(match.group("names").strip()))
                for match in _ABSENT_VERB_RE.finditer(sentence):
                    before = _DISQUALIFIED_RE.sub("", sentence[: match.start()])
                    if ")" in before:
                        before = _PAREN_NOTE_RE.sub("", before)
                    found = split_names(_names_before(before))
                    _extend(names, [n for n in found if n.casefold() not in _NOT_NAMES])
    return names


def _names_below(lines: list[str], start: int) -> list[str]:
    """Names listed one a line under an absence label, up to a blank line or
    a line that is not a name ("Ingen" ends the list too)."""
    names: list[str] = []
    for line in lines[start : start + 30]:
        line = line.strip(" -•*\t")
        if not line:
            if names:
                break
            continue
        found = _absent_names(line)
        if not found:
            break
        names.extend(found)
    return names


def find_participants(texts: Iterable[str]) -> list[str]:
    """Return names of extra participants ("Under drøftelsen deltog ... A, B")."""
    names: list[str] = []
    for text in texts:
        if "deltog" not in text:
            continue
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            match = _DURING_RE.search(sentence)
            if match:
                _extend(names, _names_before_descriptions(match.group("rest")))
                continue
            for match in _JOINED_VERB_RE.finditer(sentence):
                _extend(names, split_names(_names_before(sentence[: match.start()])))
    return names


def _names_before(text: str) -> str:
    """Return the run of name words ("A, B og C D") that ends text."""
    words = text.split()[-_MAX_NAME_WORDS:]
    start = len(words)
    while start > 0:
        word = words[start - 1]
        # "og" between names ("Anne og Bo Berg"), never at either end.
        joins_names = word == "og" and 1 < start < len(words)
        if not (joins_names or _NAME_WORD_RE.match(word)):
            break
        start -= 1
    while start < len(words) and words[start] == "og":
        start += 1
    return " ".join(words[start:])


def _names_before_descriptions(text: str) -> list[str]:
    """ "A, leder for X, B, leder af Y, samt C, leder af Z." -> [A, B, C]."""
    text = _BESIDES_RE.sub("", text.strip().rstrip("."))
    names: list[str] = []
    for chunk in re.split(r"\s*,\s*", text):
        chunk = _NAME_CONNECTORS_RE.sub("", chunk.strip())
        for part in re.split(r"\s+og\s+|\s+samt\s+", chunk):
            part = part.strip()
            if part and is_name(part, max_words=4):
                names.append(part)
    return names


def _extend(names: list[str], new: Iterable[str]) -> None:
    for name in new:
        if name not in names:
            names.append(name)


# Members present for part of a meeting, as the header notes it:
# "Poul Vester deltog fra punkt III", "Per Dahl (C) forlod mødet kl. 17.10
# under behandlingen af punkt 6", "Fraværende: Mads Krag (LA) under punkt 1-3".
_ITEM_REF = (
    r"(?:dagsordens)?(?:punkt|pkt\.?)(?:erne)?\s+(?P<{0}>\d{{1,4}}|[IVXLC]{{1,7}})\b"
)
_JOINED_FROM_RE = re.compile(
    r"(?P<names>(?-i:[A-ZÆØÅ])[\w .,'()-]{2,80}?)\s+(?:deltog|kom|mødte)\s+"
    r"(?:først\s+)?(?:fra|til|under)\s+(?:og\s+med\s+)?(?:behandlingen\s+af\s+)?"
    + _ITEM_REF.format("n"),
    re.IGNORECASE,
)
_LEFT_RE = re.compile(
    r"(?P<names>(?-i:[A-ZÆØÅ])[\w .,'()-]{2,80}?)\s+(?:forlod|gik\s+fra)\s+mødet\b"
    r"(?:[^.;]|\.(?=\d)|(?<=kl)\.){0,40}?\s(?P<when>under|efter|før|inden)\s+(?:behandlingen\s+af\s+)?"
    + _ITEM_REF.format("n"),
    re.IGNORECASE,
)
_ABSENT_RANGE_RE = re.compile(
    r"(?:fraværende|afbud|ikke\s+til\s+stede)\s*:?\s*(?P<names>[^.;:]{2,120}?)\s+"
    r"(?:under|ved|i)\s+" + _ITEM_REF.format("a") + r"\s*[-–]\s*(?P<b>\d{1,4})\b",
    re.IGNORECASE,
)
_PARTY_RE = re.compile(r"\s*\([^)]{1,20}\)")


def partial_absences(
    texts: Iterable[str], number_of: Callable[[str], int | None]
) -> list[tuple[str, int, int | None]]:
    """(name, first item, last item or None for "to the end") of members
    absent from part of the meeting; `number_of` reads an item reference."""
    found: list[tuple[str, int, int | None]] = []
    for text in texts:
        flat = " ".join(text.split())
        for match in _JOINED_FROM_RE.finditer(flat):
            number = number_of(match.group("n"))
            if number and number > 1:
                found += [(name, 1, number - 1) for name in _names(match)]
        for match in _LEFT_RE.finditer(flat):
            number = number_of(match.group("n"))
            if number:
                first = (
                    number
                    if match.group("when").casefold() in ("før", "inden")
                    else number + 1
                )
                found += [(name, first, None) for name in _names(match)]
        for match in _ABSENT_RANGE_RE.finditer(flat):
            first, last = number_of(match.group("a")), number_of(match.group("b"))
            if first and last and first <= last:
                found += [(name, first, last) for name in _names(match)]
    return found


def _names(match: re.Match[str]) -> list[str]:
    names = split_names(_PARTY_RE.sub("", match.group("names")).strip(" ,"))
    return [name for name in names if is_name(name)]
