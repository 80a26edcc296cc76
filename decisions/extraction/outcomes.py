"""What the decision did with each numbered clause of the recommendation."""

from __future__ import annotations

import re
from collections.abc import Sequence

from decisions.extraction.actors import _WORD_RE
from decisions.extraction.sentences import split_sentences
from decisions.extraction.types import Outcome
from decisions.extraction.vocabulary import _F, _MONTH_WORDS, _words
from minutes.parsing.types import Clause, ItemStatus

_OUTCOME_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        Outcome.REJECTED,
        re.compile(
            r"\bikke\s+(?:\w+\s+)?(?:godkend\w*|tiltræ\w*|anbefal\w*|imødekom\w*|"
            r"vedtag\w*)|\bkan\s+ikke\s+anbefale|\bafvis\w*|\bforkast\w*|\bnedstemt",
            _F,
        ),
    ),
    (
        Outcome.POSTPONED,
        re.compile(r"\budsat\b|\budsættes\b|\budskudt\b|\budskydes\b|\budsætte\b", _F),
    ),
    (
        Outcome.AMENDED,
        re.compile(
            r"\bmed\s+(?:følgende|den|de\s+følgende)\s+ændring(?:er)?\b"
            r"|\bmed\s+(?:den\s+)?tilføjelse(?:n)?\b|\bdog\s+således\b"
            r"|\bmed\s+følgende\s+tilføjelse|\bmed\s+ændring(?:en|erne)?\b"
            r"|\bændret\s+således\b",
            _F,
        ),
    ),
    (
        Outcome.NOTED,
        re.compile(
            r"\btil\s+(?:efterretning|orientering|etterretning)\b|\bnoteret\b"
            r"|\btaget\s+til\s+orientering\b",
            _F,
        ),
    ),
    (
        Outcome.DISCUSSED,
        re.compile(
            r"\bdrøft(?:ede|et|edes|es)\b|\bgennemgik\b|\bgennemgået\b"
            r"|\bdebatterede\b|\bkom\s+med\s+input",
            _F,
        ),
    ),
    (
        Outcome.APPROVED,
        re.compile(
            r"\bgodkend\w*|\bbesluttede\b|\bbesluttet\b|\bbesluttedes\b|\bvedt(?:og|aget)"
            r"|\btiltr(?:ådt|ådte|ædes|æder)\b|\banbefal(?:es|er|ede|et)\b"
            r"|\bfølger\s+indstillingen|\bfulgte\s+indstillingen|\bbifald\w*"
            r"|\btilsluttede\s+sig|\bbevilg\w*|\bsom\s+indstillet\b",
            _F,
        ),
    ),
)
_PER_CLAUSE_RE = re.compile(
    r"(?:^|(?<=[\s.;:]))(?:Ad\.?\s*(?:pkt\.?|punkt|at-punkt)?\s*|(?:pkt\.?|punkt)\s+)"
    r"(?P<n>\d{1,2})\s*[:.)-]?\s*",
    _F,
)
_NUMBERED_OUTCOME_RE = re.compile(r"(?:^|(?<=\s))(?P<n>\d{1,2})[.)]\s+(?=\S)")
_STOPWORDS = _words(
    """
    at og der som for med til den det de en et i på af om er skal vil kan
    fra har blev være ved eller samt efter under over mod hvor hvilke denne
    dette disse sig sin sit sine deres vores jeres alle også ikke nu møde
    mødet mødets udvalget dagens
    """
)
_OUTCOME_WORD_PREFIXES = (
    "godkend",
    "drøft",
    "besluttede",
    "beslut",
    "efterre",
    "oriente",
    "tiltr",
    "anbefal",
    "tager",
    "tages",
    "tog",
)


def clause_outcomes(
    clauses: Sequence[Clause], decision_text: str, *, item_status: str = ""
) -> list[str]:
    """Return one Outcome value per recommendation clause.

    Per-clause markers ("Ad 1: godkendt", "1. Godkendt 2. Taget til
    efterretning") are read first; then each clause is matched to the
    decision sentence sharing most distinctive content words, or else to a
    sentence with the verdict the clause itself asks for ("at X godkendes" ->
    "godkendte X"); a whole-decision verdict ("Godkendt.", "Anbefales",
    "Taget til efterretning") covers the rest. Earlier bodies' decisions
    chained before this one ("Økonomiudvalget, 3. februar 2026, pkt. 22:
    Anbefales.") count only through their last verdict. ``item_status`` is
    the parser's: an item it found handled is not postponed as a whole, so a
    postponement read from the whole decision is unclear (a per-clause "Ad
    2: Udsat" still counts).
    """
    if not clauses:
        return []
    text, chained = _strip_chained_headers(decision_text.strip())
    per_clause = _per_clause_outcomes(text)
    global_outcome = _global_outcome(text) or chained
    sentences = [s.text for s in split_sentences(text)]
    sentence_outcomes = [_outcome_of(s) for s in sentences]
    results: list[str] = []
    for clause in clauses:
        if clause.number in per_clause:
            results.append(per_clause[clause.number])
            continue
        matched = _best_sentence(clause.text, sentences)
        outcome = _outcome_of(matched) if matched else None
        if outcome is None and global_outcome is None:
            # "at orienteringen tages til efterretning" <-> "tog ... til
            # efterretning": the verdict the clause asks for was given.
            wanted = _outcome_of(clause.text)
            if wanted is not None and wanted in sentence_outcomes:
                outcome = wanted
        if outcome is None:
            outcome = global_outcome
        if outcome is None and len(clauses) == 1:
            outcome = _outcome_of(text)
        if outcome == Outcome.POSTPONED and item_status == ItemStatus.HANDLED:
            outcome = None  # the parser's status stands
        results.append(outcome or Outcome.UNCLEAR)
    return results


_CHAIN_HEADER_RE = re.compile(
    r"^[ \t]*[A-ZÆØÅ][^\n:]{0,80}?,\s*(?:den\s+)?\d{1,2}\.\s*[a-zæøå]+\.?\s+\d{4}"
    r"\s*,\s*(?:pkt|punkt|sag)\.?\s*(?:nr\.\s*)?\d+\s*:\s*",
    re.MULTILINE,
)


def _strip_chained_headers(text: str) -> tuple[str, str | None]:
    """Remove "<Body>, <date>, pkt. N:" headers; return the text and last verdict."""
    headers = list(_CHAIN_HEADER_RE.finditer(text))
    if not headers:
        return text, None
    last_verdict = split_sentences(text[headers[-1].end() :])
    verdict = _outcome_of(last_verdict[0].text) if last_verdict else None
    return _CHAIN_HEADER_RE.sub("", text), verdict


def _outcome_of(text: str) -> str | None:
    for outcome, pattern in _OUTCOME_RULES:
        if pattern.search(text):
            return outcome
    return None


# A decision that is only a verdict applies it to every clause.
_GLOBAL_RE = re.compile(
    r"^\W*(?:(?:Indstillingen|Indstillingerne|Sagen|Punktet|Orienteringen)\s+"
    r"(?:blev\s+|er\s+)?)?(?:godkendt|anbefales|anbefalet|tiltrådt|tiltrådes"
    r"|vedtaget|taget\s+til\s+(?:efterretning|orientering)|tages\s+til"
    r"\s+efterretning|til\s+efterretning|udsat|udsættes|følges|ikke\s+godkendt"
    r"|afvist|godkendt\s+som\s+indstillet)\b",
    _F,
)


# "Udvalget godkendte indstillingen": the same for every clause.
_BODY_FOLLOWED_RE = re.compile(
    r"^\W*\w+(?:\s+\w+)?\s+(?:godkendte|tiltrådte|anbefalede|vedtog|fulgte)"
    r"\s+indstillingen",
    _F,
)


def _global_outcome(text: str) -> str | None:
    first = split_sentences(text)
    if not first:
        return None
    head = first[0].text
    if _GLOBAL_RE.match(head) or _BODY_FOLLOWED_RE.match(head):
        return _outcome_of(head)
    return None


def _per_clause_outcomes(text: str) -> dict[int, str]:
    """Read "Ad 1: ... Ad 2: ..." and "1. Godkendt 2. ..." decisions."""
    for pattern in (_PER_CLAUSE_RE, _NUMBERED_OUTCOME_RE):
        marks = list(pattern.finditer(text))
        if len(marks) < 1:
            continue
        outcomes: dict[int, str] = {}
        for mark, following in zip(marks, [*marks[1:], None], strict=False):
            segment = text[mark.end() : following.start() if following else len(text)]
            outcome = _outcome_of(segment)
            if outcome is None:
                continue
            outcomes[int(mark["n"])] = outcome
        # Numbered lists must be verdicts throughout, or they are something
        # else (a list of actions).
        if pattern is _NUMBERED_OUTCOME_RE and len(outcomes) < len(marks):
            continue
        if outcomes:
            return outcomes
    return {}


def _content_stems(text: str) -> set[str]:
    stems = set()
    for word in _WORD_RE.findall(text.lower()):
        if len(word) < 4 or word in _STOPWORDS or word in _MONTH_WORDS:
            continue
        if word.startswith(_OUTCOME_WORD_PREFIXES):
            continue
        stems.add(word[:5])
    return stems


def _best_sentence(clause: str, sentences: list[str]) -> str | None:
    """Return the sentence sharing most distinctive words with the clause.

    Words found in every sentence ("udvalget", the body's name) tell nothing
    and are ignored; a tie means no match.
    """
    stems = [_content_stems(sentence) for sentence in sentences]
    everywhere = set.intersection(*stems) if len(stems) > 1 else set()
    wanted = _content_stems(clause) - everywhere
    if not wanted:
        return None
    scores = [len(wanted & (sentence - everywhere)) for sentence in stems]
    best = max(scores, default=0)
    if best == 0 or scores.count(best) > 1:
        return None
    return sentences[scores.index(best)]
