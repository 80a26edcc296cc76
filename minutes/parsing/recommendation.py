"""The indstilling: who proposes ("Kommunaldirektøren indstiller,") and the clauses.

Clause styles: "1. at ...", "1) at ...", "At 1) ...", "a) at ...", "- at ...",
plain "at ..." lines, and - right after a proposer line or an Indstilling
heading - numbered, lettered or bulleted lines without "at". The first clause
fixes the style; lines of that style start new clauses, anything else is the
continuation of the current clause (nested bullet lists, wrapped lines) until
a blank line is followed by ordinary prose, which is the note.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from minutes.parsing.lines import Line, is_list_line, join_lines
from minutes.parsing.types import Clause, ParsedRecommendation

# "Kommunaldirektøren indstiller,", "By, Kultur, Miljø & Beskæftigelse
# Indstiller,", "Forvaltningen indstiller til Økonomiudvalget, at ..."
_PROPOSER_RE = re.compile(
    r"^(?P<who>[A-ZÆØÅ][^.!?]{0,200}?)\s+(?i:indstiller)\b\s*(?P<rest>.*)$"
)
# Under an Indstilling or "Forslag til beslutning" heading the first line may
# name the proposer with another verb ("Teknik og Miljø foreslår, at ...").
# Elsewhere these verbs are prose ("Forvaltningen anbefaler, at planen ...").
_HEADED_PROPOSER_RE = re.compile(
    r"^(?P<who>[A-ZÆØÅ][^.!?]{0,200}?)\s+(?i:indstiller|foreslår|anbefaler)\b"
    r"\s*(?P<rest>.*)$"
)
# What may follow "indstiller" on a proposer line (anything else is prose).
_PROPOSER_REST_RE = re.compile(
    r"^(?:$|[,:;.]|til\b|over\s*for\b|overfor\b|at\b|derfor\b|hermed\b"
    r"|følgende\b|endvidere\b|samtidig\b|videre\b)",
    re.IGNORECASE,
)
_IMPERSONAL_RE = re.compile(
    r"^det\s+indstilles\b(?:\s+til\s+[^,]+)?(?P<rest>\s*(?:[,:;.].*)?)$", re.IGNORECASE
)
_INLINE_CLAUSE_RE = re.compile(r"(?:^|[,:;]\s*|\s)(?P<text>at\s+\S.*)$", re.IGNORECASE)
_MAX_PROPOSER_WORDS = 16

_AT_STYLES = frozenset({"numbered_at", "at_numbered", "letter_at", "bullet_at", "at"})
_CLAUSE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "numbered_at",
        re.compile(r"^(?P<number>\d{1,2})\s*[.)]\s*(?P<text>at\b.*)$", re.IGNORECASE),
    ),
    (
        "at_numbered",
        re.compile(r"^at\s+(?P<number>\d{1,2})\s*[).]\s*(?P<text>.*)$", re.IGNORECASE),
    ),
    (
        "letter_at",
        re.compile(r"^(?P<letter>[a-zæøå])\s*\)\s*(?P<text>at\b.*)$", re.IGNORECASE),
    ),
    ("bullet_at", re.compile(r"^[-•*–·▪]\s+(?P<text>at\b.*)$", re.IGNORECASE)),
    ("at", re.compile(r"^(?P<text>at\s+\S.*)$", re.IGNORECASE)),
    ("numbered", re.compile(r"^(?P<number>\d{1,2})\s*[.)]\s+(?P<text>\S.*)$")),
    ("letter", re.compile(r"^(?P<letter>[a-zæøå])\s*[.)]\s+(?P<text>\S.*)$")),
    ("bullet", re.compile(r"^[-•*–·▪]\s+(?P<text>\S.*)$")),
)


def match_proposer(plain: str, *, headed: bool = False) -> tuple[str, str] | None:
    """Return (proposer, rest of line) for a "<who> indstiller[,:;]" line.

    "Det indstilles, at ..." starts a recommendation too, with proposer "".
    With headed=True (the first line under a recommendation heading) "<who>
    foreslår" and "<who> anbefaler" name the proposer as well.
    """
    if len(plain) > 400:
        return None
    impersonal = _IMPERSONAL_RE.match(plain)
    if impersonal:
        return "", impersonal.group("rest")
    match = (_HEADED_PROPOSER_RE if headed else _PROPOSER_RE).match(plain)
    if not match:
        return None
    who = match.group("who").strip(" ,;:*")
    # A label of the Word template before the name: "Administrationens
    # anbefaling: Direktøren for Teknik og Klima indstiller, at ...".
    who = who.rpartition(": ")[2].strip(" *")
    rest = match.group("rest")
    if len(who.split()) > _MAX_PROPOSER_WORDS or not _PROPOSER_REST_RE.match(rest):
        return None
    return who, rest


def _match_clause(text: str) -> tuple[str, int | None, str] | None:
    for style, pattern in _CLAUSE_PATTERNS:
        match = pattern.match(text)
        if match:
            groups = match.groupdict()
            number: int | None = None
            if groups.get("number"):
                number = int(groups["number"])
            elif groups.get("letter"):
                number = ord(groups["letter"].lower()) - ord("a") + 1
            clause_text = match.group("text").strip()
            if style == "at_numbered":
                clause_text = "at " + clause_text
            return style, number, clause_text
    return None


# "at beredskabskommissionen", "at udvalget:": a subject without a verb.
_LEAD_IN_RE = re.compile(r"^at(?:\s+[\w\-/]+){1,4}\s*:?$", re.IGNORECASE)


class _ClauseBuilder:
    def __init__(self, number: int, text: str, indent: int):
        self.number = number
        self.parts = [text]
        self.indent = indent
        self.lead_in = False  # the text may be the lead-in of a numbered list

    def add(self, line: Line) -> None:
        """Add a continuation: a nested list item keeps its own indented line,
        a wrapped line of the clause's sentence is joined with a space."""
        text = line.text
        if is_list_line(text) or (line.indent > self.indent and text[0].isupper()):
            extra = max(2, line.indent - self.indent)
            self.parts.append("\n" + " " * min(extra, 8) + text)
        else:
            self.parts.append(" " + text)

    def clause(self) -> Clause:
        return Clause(self.number, "".join(self.parts).strip())


def parse_recommendation(
    lines: Sequence[Line], *, wrapped: bool = False
) -> ParsedRecommendation:
    """Return the proposer, clauses and note of an indstilling's lines."""
    proposer = ""
    proposer_seen = False
    builders: list[_ClauseBuilder] = []
    style: str | None = None
    note_before: list[Line] = []
    note_after: list[Line] = []
    in_note = False
    gap = False
    # "<who> indstiller, at udvalget" with the clauses numbered below: the
    # inline "at udvalget" is the lead-in of each clause, not a clause.
    lead_in = ""
    for line in lines:
        if not line.text:
            gap = True
            (note_after if in_note else note_before).append(line)
            continue
        plain = line.plain
        if not proposer_seen and not builders:
            first_line = not any(previous.text for previous in note_before)
            found = match_proposer(plain, headed=first_line)
            if found:
                proposer, rest = found
                proposer_seen = True
                inline = _INLINE_CLAUSE_RE.search(rest)
                if inline and len(inline.group("text")) > 3:
                    builder = _ClauseBuilder(1, inline.group("text"), line.indent)
                    builder.lead_in = _LEAD_IN_RE.match(builder.parts[0]) is not None
                    builders.append(builder)
                    style = "at"
                gap = False
                continue
        matched = None if in_note else _match_clause(plain)
        if matched is not None:
            clause_style, number, text = matched
            starts_clause = False
            if style is None:
                # Clauses without "at" only count right after the proposer or
                # at the top of the recommendation, not inside prose.
                starts_clause = clause_style in _AT_STYLES or _introduces_list(
                    note_before
                )
            elif (
                style == "at"
                and len(builders) == 1
                and builders[0].lead_in
                and clause_style in ("numbered", "letter", "bullet")
                and number in (None, 1)
            ):
                lead_in = builders.pop().parts[0].rstrip(" :")
                starts_clause = True
                style = clause_style
            elif clause_style == style or (
                style in _AT_STYLES and clause_style in _AT_STYLES
            ):
                starts_clause = line.indent <= builders[-1].indent + 1
            if starts_clause:
                style = style or clause_style
                if lead_in:
                    text = f"{lead_in} {text}"
                builders.append(
                    _ClauseBuilder(number or len(builders) + 1, text, line.indent)
                )
                gap = False
                continue
        if builders and not in_note:
            continuation = (
                not gap
                or line.indent > builders[-1].indent
                or plain[0].islower()
                or is_list_line(plain)
            )
            if continuation:
                builders[-1].add(line)
                gap = False
                continue
            in_note = True
        (note_after if in_note else note_before).append(line)
        gap = False

    note_parts = [
        join_lines(note_before, wrapped=wrapped),
        join_lines(note_after, wrapped=wrapped),
    ]
    note = "\n\n".join(part for part in note_parts if part)
    return ParsedRecommendation(
        proposer=proposer,
        clauses=tuple(builder.clause() for builder in builders),
        note=note,
    )


def _introduces_list(lines: Sequence[Line]) -> bool:
    """True when nothing, or a line ending in ":", precedes the first clause."""
    for line in reversed(lines):
        if line.text:
            return line.text.endswith(":")
    return True
