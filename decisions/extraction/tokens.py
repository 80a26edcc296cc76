"""Words of a sentence and the verb forms the rules ask about."""

from __future__ import annotations

from typing import NamedTuple

from decisions.extraction.actors import _WORD_RE
from decisions.extraction.vocabulary import (
    _APPROVAL_PASSIVES,
    _DETERMINERS,
    _NEGATION_WORDS,
    _NOT_INFINITIVE,
    _NOT_PASSIVE_IN_ES,
    _NOT_VERBS_ER,
    _PASSIVE_STOP,
    _STATIVE,
    _VERBS_IN_ENDE,
    _VOWEL_INFINITIVES,
)


class _Token(NamedTuple):
    word: str  # lower case
    raw: str
    start: int
    end: int


def _tokens(text: str) -> list[_Token]:
    # tuple.__new__ builds the _Token without going through its generated
    # Python __new__: a third faster, and a sentence has dozens of tokens.
    new = tuple.__new__
    return [
        new(_Token, (m[0].lower(), m[0], m.start(), m.end()))
        for m in _WORD_RE.finditer(text)
    ]


def _first_token(text: str) -> _Token | None:
    match = _WORD_RE.search(text)
    if match is None:
        return None
    return _Token(match.group(0).lower(), match.group(0), match.start(), match.end())


def _is_passive_form(token: _Token) -> bool:
    """Tell whether a token looks like a present passive verb ("udarbejdes")."""
    word = token.word
    return (
        len(word) >= 5
        and word.endswith("es")
        and token.raw[0].islower()
        and word not in _NOT_PASSIVE_IN_ES
        and not word.endswith(("edes", "ernes", "enes", "ces"))
    )


def _is_passive(token: _Token) -> bool:
    """Tell whether a token is a passive that commits to an action by itself."""
    return _is_passive_form(token) and token.word not in _PASSIVE_STOP


def _is_present_active(token: _Token) -> bool:
    """Tell whether a token may be an active present verb ("udarbejder")."""
    word = token.word
    return (
        len(word) >= 4
        and word.endswith("er")
        and token.raw[0].islower()
        and word not in _STATIVE
        and word not in _NOT_VERBS_ER
    )


def _is_infinitive(token: _Token) -> bool:
    """Tell whether a token may be an infinitive ("undersøge", "gå")."""
    word = token.word
    if not token.raw[0].islower() or word in _NOT_INFINITIVE:
        return False
    if word in _VOWEL_INFINITIVES:
        return True
    if not word.endswith("e") or len(word) < 3:
        return False
    if word.endswith("ende"):
        return word in _VERBS_IN_ENDE
    return not word.endswith(("ige", "iske", "lige", "este"))


def _modal_kind(tokens: list[_Token], index: int) -> str:
    """Classify what follows the modal at ``index``.

    Returns "negated", "approval" (skal godkendes), "passive" (skal
    behandles, vil blive orienteret), "receive" (vil ... få) or "active"
    (skal undersøge); "active" too when the verb cannot be told, so that the
    actor rule decides.
    """
    previous = tokens[index].word
    for token in tokens[index + 1 : index + 9]:
        word = token.word
        if word in _NEGATION_WORDS:
            return "negated"
        if previous in _DETERMINERS or previous.endswith("ende"):
            previous = word  # "på et kommende møde": a noun, not a verb
            continue
        if word in {"blive", "blevet"}:
            return "passive"
        if word == "få":
            return "receive"
        if _is_passive_form(token):
            return "approval" if word in _APPROVAL_PASSIVES else "passive"
        if _is_infinitive(token):
            return "active"
        previous = word
    return "active"
