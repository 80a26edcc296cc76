"""The minutes parser: referat text -> ParsedMinutes. Pure Python, no Django.

>>> minutes = parse_minutes(path.read_bytes(), filename=path.name)
>>> [(item.number, item.title) for item in minutes.items]
"""

from __future__ import annotations

from minutes.parsing.structure import parse_text
from minutes.parsing.text import DEFAULT_MAX_BYTES, decode_minutes
from minutes.parsing.types import (
    PARSER_VERSION,
    Clause,
    ItemStatus,
    MinutesError,
    ParsedAgendaItem,
    ParsedDecision,
    ParsedMinutes,
    ParsedRecommendation,
    ParseWarning,
    PriorDecision,
    Section,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "PARSER_VERSION",
    "Clause",
    "ItemStatus",
    "MinutesError",
    "ParseWarning",
    "ParsedAgendaItem",
    "ParsedDecision",
    "ParsedMinutes",
    "ParsedRecommendation",
    "PriorDecision",
    "Section",
    "decode_minutes",
    "parse_minutes",
    "parse_text",
]


def parse_minutes(
    data: bytes, filename: str = "", max_bytes: int = DEFAULT_MAX_BYTES
) -> ParsedMinutes:
    """Decode an uploaded referat and return its structure.

    Raises MinutesError when the file is not readable text or not a referat.
    """
    return parse_text(decode_minutes(data, filename=filename, max_bytes=max_bytes))
