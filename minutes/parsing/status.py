"""Item states written in prose: postponed ("udsat"), withdrawn ("taget af
dagsordenen"), and paragraphs that read like a decision.

Only short, direct sentences count: "Temadrøftelsen om budgettet blev udsat."
is a postponement, "Udvalget oplyste, at denne sag i 2023 blev udsat, da ..."
is a report about the past and is not.
"""

from __future__ import annotations

import re

from minutes.parsing.types import ItemStatus

_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+|\n+")
_POSTPONED_RE = re.compile(
    r"\b(?:udsat|udsættes|udskudt|udskydes|blev\s+udskudt)\b", re.IGNORECASE
)
_WITHDRAWN_RE = re.compile(
    r"\b(?:taget|tages|trukket|trækkes)\s+af\s+dagsordenen\b"
    r"|\b(?:punktet|sagen|forslaget)\s+(?:er\s+|blev\s+)?(?:udgået|udgår|udgik"
    r"|trukket(?:\s+tilbage)?|trækkes)\b"
    r"|^(?:udgår|udgået|udgik)\b",
    re.IGNORECASE,
)
_WITHDRAWN_WORDS = ("af dagsordenen", "udgår", "udgået", "udgik", "trukket", "trækkes")
# Signs that a sentence reports earlier events or conditions, not this
# meeting's outcome: reported speech, conditionals, a year before the verb.
_REPORTED_RE = re.compile(
    r"\b(?:oplyste|orienterede|tidligere|sidste\s+møde|forrige\s+møde|hvis|såfremt"
    r"|da\s+\w+|fordi|ikke)\b|,\s*at\b|\b(?:19|20)\d{2}\b",
    re.IGNORECASE,
)
_MAX_STATUS_WORDS = 14
# A sentence that opens with the item being postponed says so as its main
# clause, however long the reason or condition after it ("Sagen udsættes
# til Byrådets møde i marts, idet administrationen inden da skal ...").
_POSTPONED_OPENING_RE = re.compile(
    r"^(?:(?:sagen|punktet|forslaget|behandlingen)\s+(?:blev\s+|er\s+|bliver\s+)?"
    r"(?:udsat|udsættes|udskudt|udskydes)|udsat|udskudt)\b",
    re.IGNORECASE,
)

# A paragraph that states an outcome: "Orienteringen blev taget til
# efterretning.", "Godkendt.", "Udvalget tog ... til efterretning".
_DECISION_PHRASE_RE = re.compile(
    r"^(?:(?:orienteringen|indstillingen|sagen|punktet|referatet|dagsordenen"
    r"|forslaget|redegørelsen|meddelelsen|meddelelserne|kommissoriet)"
    r"\s+(?:blev|er)\s+\w+"
    r"|(?:godkendt|godkendes\s+ikke|anbefales|anbefalet|tiltrådt|vedtaget|udsat"
    r"|(?:taget\s+)?til\s+(?:efterretning|orientering)|intet|ingen\s+bemærkninger"
    r"|drøftet|drøftedes)\b"
    r"|[A-ZÆØÅ][\w\-]*(?:\s+[A-ZÆØÅ][\w\-]*)?\s+(?:tog|godkendte|besluttede"
    r"|drøftede|anbefalede|anbefaler|tiltrådte|vedtog|orienterede|gennemgik)\b)",
    re.IGNORECASE,
)


def _short_direct_sentences(text: str) -> list[str]:
    sentences = []
    for sentence in _SENTENCE_SPLIT_RE.split(text):
        sentence = sentence.strip(" -•*")
        if sentence and len(sentence.split()) <= _MAX_STATUS_WORDS:
            sentences.append(sentence)
    return sentences


def is_postponed(text: str, *, decision: bool = False) -> bool:
    """True when text says the item was postponed ("Punktet udsættes").

    In a decision a sentence that opens with the postponement counts at any
    length; in case text such a sentence may be the item's history.
    """
    # Substring tests first: the regexes are slow on long case texts.
    if "uds" not in text.casefold() or not _POSTPONED_RE.search(text):
        return False
    if decision and any(
        _POSTPONED_OPENING_RE.match(sentence.strip(" -•*"))
        for sentence in _SENTENCE_SPLIT_RE.split(text)
    ):
        return True
    for sentence in _short_direct_sentences(text):
        match = _POSTPONED_RE.search(sentence)
        if match and not _REPORTED_RE.search(sentence[: match.start()]):
            return True
    return False


def is_withdrawn(text: str) -> bool:
    """True when text says the item was withdrawn ("taget af dagsordenen")."""
    lower = text.casefold()
    if not any(word in lower for word in _WITHDRAWN_WORDS):
        return False
    if not _WITHDRAWN_RE.search(text):
        return False
    for sentence in _short_direct_sentences(text):
        match = _WITHDRAWN_RE.search(sentence)
        if match and not _REPORTED_RE.search(sentence[: match.start()]):
            return True
    return False


def status_of(decision_text: str, other_texts: list[str]) -> str:
    """Return the ItemStatus the texts imply (decision first, then case text)."""
    if is_withdrawn(decision_text) or any(is_withdrawn(t) for t in other_texts):
        return ItemStatus.WITHDRAWN
    if is_postponed(decision_text, decision=True):
        return ItemStatus.POSTPONED
    if not decision_text and any(is_postponed(t) for t in other_texts):
        return ItemStatus.POSTPONED
    return ItemStatus.HANDLED


def reads_like_decision(paragraph: str) -> bool:
    """True for a paragraph that states an outcome in the past or as a verdict."""
    return bool(_DECISION_PHRASE_RE.match(paragraph.lstrip(" -•*")))
