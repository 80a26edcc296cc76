"""The values extraction returns: follow-up drafts, origins, outcomes, rules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from minutes.parsing.types import Outcome

__all__ = ["Outcome"]  # re-exported: clause outcomes are the referat's


class Origin(StrEnum):
    """Where a follow-up was found (values of FollowUpDraft.origin and of
    decisions.models.FollowUpOrigin)."""

    DECISION = "decision"
    CASE_TEXT = "case_text"  # a promise in the case presentation: weaker
    POSTPONED = "postponed"  # the item was postponed and must come back
    WITHDRAWN = "withdrawn"  # the item was taken off the agenda


# Generic officials and administrative bodies that act in decisions. Units
# (departments, their abbreviations and spellings) are data: they come in
# through ``unit_aliases``.
OFFICIALS: tuple[str, ...] = (
    "Kommunaldirektøren",
    "Direktørerne",
    "Direktionen",
    "Forvaltningen",
    "Administrationen",
    "Borgmesteren",
    "Afdelingscheferne",
    "Cheferne",
    "Sekretariatet",
    "Direktøren",
    "Fagdirektøren",
    "Fagdirektørerne",
    "Afdelingschefen",
    "Centerchefen",
    "Centercheferne",
    "Stabschefen",
    "Formanden",
    "Udvalgsformanden",
    "Lederne",
    "Ledelsen",
)


@dataclass(frozen=True)
class FollowUpDraft:
    """A future action found in an agenda item, before it is saved."""

    source_text: str  # the sentence, exactly as in the text it came from
    source_start: int  # offsets of source_text in the decision/section text
    source_end: int
    description: str  # short human description (<= 200 characters)
    responsible: str  # unit, official, body or people named as actor; "" if none
    due_date: date | None
    due_precision: str  # a Precision value; "" when the text gives no deadline
    due_text: str  # the deadline phrase as written; "" when none
    origin: str  # an Origin value
    event: str = ""  # the body/meeting an event deadline names
    rule: str = ""  # the name of the rule that found it (see RULES)
    confidence: float = 0.0  # how sure that rule is, 0-1 (see RULES)

    def __post_init__(self) -> None:
        # The rule's confidence, unless given: a frozen dataclass sets its
        # own derived field through object.__setattr__.
        if not self.confidence and self.rule:
            object.__setattr__(self, "confidence", RULE_CONFIDENCE[self.rule])


@dataclass(frozen=True)
class Rule:
    """A named extraction rule: what it recognises and how far it is trusted."""

    name: str
    confidence: float  # share of its finds that are real follow-ups, 0-1
    description: str


# Every rule that can produce a follow-up. Confidence is the rule's own
# trust, from how it did on the annotated referater: a list entry or an
# item's status is as sure as the parser, a named commitment phrase nearly
# so; an impersonal passive or a promise in the case text is weaker.
RULES: tuple[Rule, ...] = (
    Rule("follow_up_list", 0.95, 'an entry of a follow-up list ("Opfølgning:")'),
    Rule("item_postponed", 0.95, "the item was postponed: it must come back"),
    Rule("item_withdrawn", 0.9, "the item was withdrawn: it must come back"),
    Rule("referral", 0.9, 'referred to a body or process ("oversendes til X")'),
    Rule("hearing", 0.85, 'sent for consultation ("sendes i høring hos X")'),
    Rule("resumption", 0.9, 'the case comes back ("genoptages", "behandles igen")'),
    Rule("commitment_phrase", 0.85, 'a commitment verb ("vender tilbage", …)'),
    Rule("modal_with_subject", 0.8, 'a subject with "skal"/"vil" and a verb'),
    Rule("modal_passive", 0.75, '"skal"/"vil" with a passive ("skal behandles")'),
    Rule("actor_present_verb", 0.75, "a named actor and an action verb"),
    Rule("inverted_present_verb", 0.7, "an action verb before its named actor"),
    Rule("decided_to", 0.75, '"besluttede at" + an action ("at igangsætte")'),
    Rule("decided_that", 0.7, '"besluttede, at" + a clause with an action'),
    Rule("decided_with_deadline", 0.65, '"besluttede, at" + a future deadline'),
    Rule("impersonal_passive", 0.65, 'an impersonal passive ("der afholdes")'),
    Rule("remark_clause", 0.7, 'a condition attached ("med bemærkning om, at …")'),
    Rule("case_text_promise", 0.5, "a promise in the case presentation"),
)
RULE_CONFIDENCE = {rule.name: rule.confidence for rule in RULES}


@dataclass(frozen=True)
class Sentence:
    """A sentence (or bullet) of a text with its character offsets."""

    start: int
    end: int
    text: str  # text[start:end]
    bullet: bool = False  # the sentence is (the start of) a list item
