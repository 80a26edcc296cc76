"""Decision text -> follow-up drafts and clause outcomes.

Pure Python (no Django): imports only the parser's types and the deadline
grammar. ``extract_follow_ups`` reads one parsed agenda item and returns the
future actions its decision commits someone to; ``explain_item`` says, for
every sentence, which rule fired or what vetoed it; ``clause_outcomes`` reads
what happened to each numbered clause of the recommendation.

The rules are linguistic, not tuned to one municipality: a sentence is a
follow-up when it carries a commitment signal (a future modal with an actor
or a passive verb, a present-tense action verb with a named actor, "vender
tilbage", "besluttede, at der ...", a referral or resumption, a deadline
word) and no veto (negation, reported speech, a condition, a wish, a
consideration, a question, a motion's own demand, dissent). Each rule is
named in ``RULES``; every draft records the rule that found it.

Modules, in the order they build on each other: ``types`` (what is
returned), ``vocabulary`` (the Danish words and patterns), ``actors`` (who
acts), ``sentences`` (splitting), ``tokens`` and ``reader`` (the rules on
one sentence), ``commitments`` (referrals, resumptions, what others want),
``meetings`` (the next meeting), ``outcomes`` (clause outcomes), ``drafts``
and ``lists`` (building follow-ups), ``items`` (an agenda item).
"""

from decisions.extraction.items import Verdict, explain_item, extract_follow_ups
from decisions.extraction.meetings import next_meeting_date
from decisions.extraction.outcomes import clause_outcomes
from decisions.extraction.reader import _SentenceReader
from decisions.extraction.sentences import MAX_SENTENCE_CHARS, split_sentences
from decisions.extraction.types import (
    OFFICIALS,
    RULE_CONFIDENCE,
    RULES,
    FollowUpDraft,
    Origin,
    Outcome,
    Rule,
    Sentence,
)

__all__ = [
    "MAX_SENTENCE_CHARS",
    "OFFICIALS",
    "RULES",
    "RULE_CONFIDENCE",
    "FollowUpDraft",
    "Origin",
    "Outcome",
    "Rule",
    "Sentence",
    "Verdict",
    "_SentenceReader",
    "clause_outcomes",
    "explain_item",
    "extract_follow_ups",
    "next_meeting_date",
    "split_sentences",
]
