"""The commitment rules applied to one sentence."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from decisions.deadlines import find_deadlines
from decisions.extraction.actors import (
    _CLAUSE_WINDOW,
    _COORDINATION_RE,
    _MAX_COORDINATED,
    _NAMED_ORGANISERS_RE,
    _REQUEST_RE,
    _REQUEST_VERBS,
    _SEND_TO_RE,
    _WORD_RE,
    _Actor,
    _Context,
    _is_named_actor,
    _skip_spaces,
)
from decisions.extraction.sentences import _rstrip
from decisions.extraction.tokens import (
    _is_infinitive,
    _is_passive,
    _is_passive_form,
    _is_present_active,
    _modal_kind,
    _Token,
    _tokens,
)
from decisions.extraction.vocabulary import (
    _AMENDMENT_RE,
    _CONSIDERATION_RE,
    _CONSIDERATION_WORDS,
    _DECIDED_RE,
    _DECIDED_WORDS,
    _F,
    _INTERROGATIVES,
    _MONEY_RE,
    _NAME_LIST_SPLIT_RE,
    _NEGATION_WORDS,
    _NEXT_MEETING_RE,
    _NEXT_MEETING_WORDS,
    _PASSIVE_BLOCKERS,
    _PASSIVE_CONTEXT_RE,
    _PAST_REPORT,
    _PREPOSITIONS,
    _QUESTION_RE,
    _REPORTED_RE,
    _SKIPPABLE_ADVERBS,
    _SPACES_RE,
    _STATIVE,
    _STRONG_RE,
    _SUBJECT_PRONOUNS,
    _SUBORDINATORS,
    _TAKE_NOTE_RE,
    _WISH_RE,
    _WISH_WORDS,
    _is_conditional,
    _may_contain,
    _words,
)


class _Signal(NamedTuple):
    """A rule's sign of a commitment in a sentence."""

    position: int
    responsible: str  # the actor the rule found; "" for none
    rule: str  # the rule's name (see RULES)


@dataclass
class _Reading:
    """What one sentence says: its commitment signals and its actor."""

    committed: bool = False
    responsible: str = ""
    rule: str = ""  # the rule whose signal made the commitment
    # Why the sentence is no commitment ("" when it is one): a veto, or
    # "no signal" when no rule fired.
    vetoed_by: str = ""
    fired: tuple[str, ...] = ()  # every rule that signalled, in text order


class _SentenceReader:
    """Apply the commitment rules to one sentence."""

    def __init__(self, ctx: _Context, text: str) -> None:
        self.ctx = ctx
        self.text = text

    # Tokens and actors are found on first use: a case-text sentence is often
    # rejected before either is needed, and many sentences are settled by
    # their words alone, without the (most expensive) actor search.
    @cached_property
    def tokens(self) -> list[_Token]:
        return _tokens(self.text)

    @cached_property
    def actors(self) -> list[_Actor]:
        return self.ctx.actors(self.text)

    @cached_property
    def _actor_by_start(self) -> dict[int, _Actor]:
        return {a.start: a for a in self.actors}

    @cached_property
    def _actor_by_end(self) -> dict[int, _Actor]:
        return {a.end: a for a in self.actors}

    @cached_property
    def _actor_ends(self) -> list[int]:
        return [a.end for a in self.actors]

    # Token offsets for bisection: every rule looks at a few tokens around a
    # position, and scanning all tokens for them would make a sentence's
    # reading quadratic in its length.
    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    @cached_property
    def _token_ends(self) -> list[int]:
        return [t.end for t in self.tokens]

    # -- helpers -----------------------------------------------------------

    def _token_index_at(self, position: int) -> int | None:
        """Return the index of the first token starting at or after ``position``."""
        index = bisect_left(self._token_starts, position)
        return index if index < len(self.tokens) else None

    def _tokens_before(self, position: int, count: int) -> list[_Token]:
        """Return the last ``count`` tokens ending at or before ``position``."""
        index = bisect_right(self._token_ends, position)
        return self.tokens[max(0, index - count) : index]

    def _tokens_after(self, position: int, count: int) -> list[_Token]:
        """Return the first ``count`` tokens starting at or after ``position``."""
        index = bisect_left(self._token_starts, position)
        return self.tokens[index : index + count]

    def _tokens_between(self, start: int, end: int) -> list[_Token]:
        """Return the tokens lying wholly within ``start``..``end``."""
        first = bisect_left(self._token_starts, start)
        last = bisect_right(self._token_ends, end)
        return self.tokens[first:last]

    def _token_before(self, position: int) -> _Token | None:
        before = self._tokens_before(position, 1)
        return before[0] if before else None

    def _clause_start(self, position: int, marks: str = ",;") -> int:
        """Return the offset of the last clause mark before ``position``, or -1.

        Looks back _CLAUSE_WINDOW characters at most; a clause mark further
        back is taken to be right there (no rule needs more of a clause).
        """
        window = max(0, position - _CLAUSE_WINDOW)
        found = max(self.text.rfind(mark, window, position) for mark in marks)
        return found if found != -1 or window == 0 else window - 1

    def _actor_ending_before(self, token: _Token) -> _Actor | None:
        """The actor (or coordinated actors) right before ``token``, if any."""
        actor = self._actor_by_end.get(_rstrip(self.text, 0, token.start))
        if actor is None:
            return None
        actor = self._with_coordinated(actor)
        return actor if self._is_subject_position(actor) else None

    def _with_coordinated(self, actor: _Actor) -> _Actor:
        """Extend "A og B" / "A, B og C" to all the coordinated actors."""
        names, start = [actor.name], actor.start
        while len(names) < _MAX_COORDINATED:
            joint = _COORDINATION_RE.search(self.text, max(0, start - 40), start)
            if joint is None:
                break
            previous = self._actor_by_end.get(joint.start())
            if previous is None:
                break
            names.insert(0, previous.name)
            start = previous.start
        return _Actor(start, actor.end, ", ".join(dict.fromkeys(names)))

    def _is_subject_position(self, actor: _Actor) -> bool:
        """An actor after a preposition, "som" or in the genitive is no subject."""
        before = self._token_before(actor.start)
        if before is not None and before.word in _PREPOSITIONS:
            # "som afdelingscheferne X og Y arrangerer" is read elsewhere
            return False
        return self.text[actor.end : actor.end + 1] not in {"s", "'"}

    def _subject_before_modal(self, index: int) -> _Actor | str | None:
        """The subject right before (or after, inverted) the modal at ``index``."""
        modal = self.tokens[index]
        actor = self._actor_ending_before(modal)
        if actor is not None:
            return actor
        if index > 0 and self.tokens[index - 1].word in _SUBJECT_PRONOUNS:
            return self.tokens[index - 1].word
        actor = self._actor_by_start.get(_skip_spaces(self.text, modal.end))
        if actor is not None and self._is_subject_position(actor):
            return actor
        if (
            index + 1 < len(self.tokens)
            and self.tokens[index + 1].word in _SUBJECT_PRONOUNS
        ):
            return self.tokens[index + 1].word
        return None

    # -- the rules ---------------------------------------------------------

    def read(self) -> _Reading:
        """Return whether the sentence commits someone, and who."""
        reading = _Reading()
        if _may_contain(self.text, _NEXT_MEETING_WORDS) and _NEXT_MEETING_RE.match(
            self.text
        ):
            reading.vetoed_by = "next_meeting_date: the calendar, not a task"
            return reading
        decided = None
        if _may_contain(self.text, _DECIDED_WORDS):
            decided = _DECIDED_RE.search(self.text)
        if decided and self._decided_negative(decided.end()):
            reading.vetoed_by = "negated_decision: decided not to"
            return reading
        signals: list[_Signal] = []
        for match in _STRONG_RE.finditer(self.text):
            if _PASSIVE_CONTEXT_RE.match(self.text, match.start()):
                continue
            inside = {w.lower() for w in _WORD_RE.findall(match.group(0))}
            if not inside & _NEGATION_WORDS and not self._negated_near(
                match.start(), match.end()
            ):
                actor = self._strong_actor(match)
                if not actor and match.group(0)[:5].lower() == "giver":
                    continue  # "Planen giver en god status": no one delivers
                signals.append(_Signal(match.start(), actor, "commitment_phrase"))
        reported_main = self._led_by_past_report() or bool(
            _AMENDMENT_RE.search(self.text)
        )
        for i, token in enumerate(self.tokens):
            if token.word in {"skal", "vil"}:
                self._read_modal(i, signals)
            elif reported_main:
                continue  # "X drøftede ..., hvor der udvikles nye tilbud"
            elif _is_passive(token):
                self._read_passive(i, signals)
            elif _is_present_active(token):
                self._read_present(i, signals)
        if decided:
            self._read_decided(decided.end(), signals)
        signals.sort()
        reading.fired = tuple(dict.fromkeys(signal.rule for signal in signals))
        if not signals:
            reading.vetoed_by = "no signal"
            return reading
        veto = self._veto(signals[0].position)
        if veto:
            reading.vetoed_by = veto
            return reading
        reading.committed = True
        reading.responsible, reading.rule = self._responsible(signals)
        return reading

    def _led_by_past_report(self) -> bool:
        """Tell whether the main clause is a past-tense report ("X drøftede")."""
        for token in self.tokens[:5]:
            if token.word in _PAST_REPORT:
                return True
            if token.word in {"skal", "vil"} or _is_passive(token):
                return False
        return False

    def _negated_near(self, start: int, end: int) -> bool:
        before = [t.word for t in self._tokens_before(start, 3)]
        after = [t.word for t in self._tokens_after(end, 2)]
        if any(w in _NEGATION_WORDS for w in after):
            return True
        # "skal ikke", "der ikke" right before the signal; "ikke at"
        # before an infinitive ("besluttede ikke at arbejde videre")
        return bool(before) and (
            before[-1] in _NEGATION_WORDS
            or (
                before[-1] == "at" and len(before) > 1 and before[-2] in _NEGATION_WORDS
            )
        )

    def _decided_negative(self, position: int) -> bool:
        words = [t.word for t in self._tokens_after(position, 4)]
        before = [t.word for t in self._tokens_before(position, 3)]
        return any(w in _NEGATION_WORDS for w in words) or "ikke" in before

    def _strong_actor(self, match: re.Match[str]) -> str:
        first = self._token_index_at(match.start())
        if first is None:
            return ""
        token = self.tokens[first]
        if token.word in {"får", "ønsker", "orienteres", "blive"}:
            return ""  # the subject receives or asks; it does not deliver
        if token.word in {"bedes", "bemyndiges"}:  # "Forvaltningen bedes ..."
            actor = self._actor_ending_before(token)
            return actor.name if actor else ""
        if token.word.endswith("es"):
            return ""  # passive: the subject is the thing acted upon
        if token.word in _REQUEST_VERBS:
            request = _REQUEST_RE.search(self.text, match.start())
            if request:
                return self._actor_in(request.start("who"), request.end("who"))
            return ""
        actor = self._actor_ending_before(token)
        if actor is not None:
            return actor.name
        if first > 0 and self.tokens[first - 1].word in {"skal", "vil", "må"}:
            subject = self._subject_before_modal(first - 1)
            return subject.name if isinstance(subject, _Actor) else ""
        # Inverted order: "Efterfølgende udarbejder Teknik & Miljø ..."
        actor = self._actor_by_start.get(_skip_spaces(self.text, token.end))
        if actor is not None and self._is_subject_position_after_verb(actor):
            return actor.name
        # "at administrationen til budgetseminaret udarbejder ..."
        actor = self._clause_subject_before(token)
        return actor.name if actor is not None else ""

    def _clause_subject_before(self, verb: _Token) -> _Actor | None:
        """The actor opening the clause of ``verb``, a short phrase before it."""
        clause_start = self._clause_start(verb.start)
        # The actors ending before the verb, nearest first, back to the
        # clause start.
        for index in range(bisect_right(self._actor_ends, verb.start) - 1, -1, -1):
            actor = self.actors[index]
            if actor.start <= clause_start:
                break
            if not self._is_subject_position(actor):
                continue
            between = self._tokens_between(actor.end, verb.start)
            if len(between) > 5 or any(
                t.word in _SUBORDINATORS
                or t.word in _PAST_REPORT
                or t.word in {"skal", "vil", "kan", "må", "er", "har"}
                or _is_passive_form(t)
                or _is_present_active(t)
                for t in between
            ):
                return None
            return actor
        return None

    def _qualified_subject(self, verb: _Token) -> _Actor | None:
        """A named body or official with a qualifier, opening the clause of ``verb``.

        "Arbejdsgruppen for by og trafik skriver et udkast": the qualifier
        ("for by og trafik", "under Teknik og Miljø") holds no verb; the
        actor, with its qualifier, is the responsible.
        """
        actor = self._clause_subject_before(verb)
        if actor is None or not _is_named_actor(self.ctx, actor):
            return None
        if not _QUALIFIER_RE.fullmatch(self.text, actor.end, verb.start):
            return None
        clause_start = self._clause_start(actor.start)
        if any(
            t.word not in _CLAUSE_OPENERS
            for t in self._tokens_between(clause_start + 1, actor.start)
        ):
            return None  # "Udvalget bad arbejdsgruppen for X ...": an object
        qualifier = _SPACES_RE.sub(" ", self.text[actor.end : verb.start]).rstrip()
        return _Actor(actor.start, verb.start, actor.name + qualifier)

    def _is_subject_position_after_verb(self, actor: _Actor) -> bool:
        return self.text[actor.end : actor.end + 1] not in {"s", "'"}

    def _actor_in(self, start: int, end: int) -> str:
        for actor in self.actors:
            if start <= actor.start < end:
                return actor.name
        return ""

    def _read_modal(self, index: int, signals: list[_Signal]) -> None:
        kind = _modal_kind(self.tokens, index)
        if kind in {"negated", "approval"}:
            return
        if self._in_indirect_question(index):
            return  # "drøftede, hvilke områder der skal prioriteres"
        subject = self._subject_before_modal(index)
        position = self.tokens[index].start
        if kind in {"passive", "receive"}:
            signals.append(_Signal(position, "", "modal_passive"))
        elif subject is not None:
            name = subject.name if isinstance(subject, _Actor) else ""
            signals.append(_Signal(position, name, "modal_with_subject"))

    def _in_indirect_question(self, index: int) -> bool:
        """Tell whether the token at ``index`` is in a "hvordan/hvilke ..." clause.

        What an indirect question asks about is discussed, not decided.
        """
        start = self.tokens[index].start
        clause_start = self._clause_start(start, ",:")
        return any(
            t.word in _INTERROGATIVES
            for t in self._tokens_between(clause_start + 1, start)
        )

    def _read_passive(self, index: int, signals: list[_Signal]) -> None:
        token = self.tokens[index]
        before = [t.word for t in self.tokens[max(0, index - 3) : index]]
        after = [t.word for t in self.tokens[index + 1 : index + 3]]
        if any(w in _PASSIVE_BLOCKERS for w in before[-2:]):
            return  # "kan bruges", "bør nedsættes": a possibility or a wish
        if before[-2:] == ["hvor", "der"] or before[-1:] == ["hvor"]:
            return  # "områder, hvor der udvikles nye tilbud": a description
        if any(w in _NEGATION_WORDS for w in before[-1:] + after):
            return
        if token.word == "tages" and _TAKE_NOTE_RE.match(self.text, token.end):
            return
        if _PASSIVE_CONTEXT_RE.match(self.text, token.start) or self._about_money:
            return
        signals.append(_Signal(token.start, "", "impersonal_passive"))

    @cached_property
    def _about_money(self) -> bool:
        return bool(_MONEY_RE.search(self.text))

    def _read_present(self, index: int, signals: list[_Signal]) -> None:
        token = self.tokens[index]
        if token.word == "tager" and _TAKE_NOTE_RE.match(self.text, token.end):
            return
        # "<Actor> udarbejder ..." (the actor may be followed by an adverb)
        gap_tokens = []
        j = index - 1
        while (
            j >= 0 and self.tokens[j].word in _SKIPPABLE_ADVERBS and len(gap_tokens) < 2
        ):
            gap_tokens.append(self.tokens[j])
            j -= 1
        anchor = self.tokens[j + 1] if gap_tokens else token
        actor = self._actor_ending_before(anchor) or self._qualified_subject(anchor)
        if actor is not None:
            if not self._negated_near(token.start, token.end):
                signals.append(_Signal(actor.start, actor.name, "actor_present_verb"))
            return
        # Inverted: "Efterfølgende udarbejder Teknik & Miljø ...",
        # "..., beskriver og prissætter forvaltningen modellerne"
        if index == 0 or not self._starts_main_clause(index):
            return
        actor = self._actor_by_start.get(_skip_spaces(self.text, token.end))
        if (
            actor is not None
            and self._is_subject_position_after_verb(actor)
            and not self._negated_near(token.start, actor.end)
        ):
            signals.append(_Signal(token.start, actor.name, "inverted_present_verb"))

    def _starts_main_clause(self, index: int) -> bool:
        """Tell whether the verb at ``index`` is the first verb of a main clause.

        The verb of an inverted main clause follows a fronted adverbial
        ("Efterfølgende", "Frem mod februar", "På baggrund af X,") that holds
        no verb of its own; "A og B <actor>" coordinates two such verbs.
        """
        clause_start = self._clause_start(self.tokens[index].start, ",") + 1
        before = self._tokens_between(clause_start, self.tokens[index].start)
        # "beskriver og prissætter": step back over the coordinated verb
        if (
            len(before) >= 2
            and before[-1].word == "og"
            and _is_present_active(before[-2])
        ):
            before = before[:-2]
        if not before and clause_start == 0:
            return False  # verb first: a question or a condition
        if before and before[0].word in _SUBORDINATORS:
            return False
        return not any(
            t.word in {"skal", "vil", "kan", "må", "er", "har", "blev", "var"}
            or _is_passive(t)
            or _is_present_active(t)
            or t.word in _PAST_REPORT
            for t in before
        )

    def _read_decided(self, position: int, signals: list[_Signal]) -> None:
        """Read "besluttede, at ..." clauses: present, passive or dated."""
        rest = self.tokens[bisect_left(self._token_starts, position) :]
        if not rest:
            return
        # "besluttede at igangsætte en analyse" (an infinitive that is not an
        # approval)
        first = rest[0]
        if _is_infinitive(first) and first.word not in _APPROVAL_INFINITIVES:
            signals.append(_Signal(first.start, "", "decided_to"))
            return
        for previous, token in zip(rest, rest[1:6], strict=False):
            if _is_present_active(token) and (
                previous.word in {"der", "det", "man", "vi", "de"}
                or previous.word.endswith(("en", "et", "ne"))
            ):
                signals.append(_Signal(token.start, "", "decided_that"))
                return
        # "at der (også) afholdes et møde": an impersonal passive
        for i, token in enumerate(rest[1:6], start=1):
            if not _is_passive(token):
                continue
            subject = [t.word for t in rest[:i] if t.word not in _SKIPPABLE_ADVERBS]
            if subject[-1:] == ["der"]:
                signals.append(_Signal(token.start, "", "decided_that"))
                return
        if any(
            self.ctx.is_future(d)
            for d in find_deadlines(self.text[position:], self.ctx.meeting_date)
        ):
            signals.append(_Signal(position, "", "decided_with_deadline"))

    def _veto(self, first_signal: int) -> str:
        """Return why the sentence commits nobody, or "" when nothing vetoes it."""
        text = self.text
        if _QUESTION_RE.search(text):
            return "question"
        if _is_conditional(text):
            return "condition"
        if _may_contain(text, _CONSIDERATION_WORDS) and _CONSIDERATION_RE.search(text):
            return "consideration"
        if _may_contain(text, _WISH_WORDS) and _WISH_RE.search(text):
            return "wish"
        reported = _REPORTED_RE.search(text)
        if reported and reported.start() < first_signal:
            return f"reported_speech: {reported.group(0)!r}"
        return ""

    def _responsible(self, signals: list[_Signal]) -> tuple[str, str]:
        """Return the responsible and the rule that named it (signals sorted)."""
        first_rule = signals[0].rule
        names = _NAMED_ORGANISERS_RE.search(self.text)
        if names and names["verb"] not in _STATIVE:
            people = _NAME_LIST_SPLIT_RE.split(names["names"])
            return ", ".join(p for p in people if p), first_rule
        sent_to = _SEND_TO_RE.search(self.text)
        if sent_to:
            return sent_to.group(1), first_rule
        for signal in signals:
            if signal.responsible:
                return signal.responsible, signal.rule
        return "", first_rule


# What may stand between an actor and its verb: "for by og trafik", "under
# Teknik og Miljø", "vedrørende skolestruktur" (see _qualified_subject).
_QUALIFIER_RE = re.compile(
    r"\s+(?:for|under|vedrørende|vedr\.)\s+[^\s,;:.!?][^,;:.!?]{0,60}?\s+", _F
)
# Words that may open a clause before its subject.
_CLAUSE_OPENERS = _SKIPPABLE_ADVERBS | {"at", "og", "så", "samt"}

_APPROVAL_INFINITIVES = _words(
    """
    godkende anbefale tiltræde tage følge vedtage bevilge give udsætte afvise
    drøfte notere imødekomme fastholde acceptere bifalde
    """
)
