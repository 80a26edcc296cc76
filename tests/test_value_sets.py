"""One set of values: the model choices reuse the pure layer's enums."""

import pytest

from decisions.deadlines import Precision
from decisions.extraction.types import Origin
from decisions.models import DuePrecision, FollowUpOrigin
from minutes.models import AgendaItemStatus, ClauseOutcome
from minutes.parsing.types import ItemStatus, Outcome


@pytest.mark.parametrize(
    ("pure", "choices", "extra"),
    [
        (ItemStatus, AgendaItemStatus, set()),
        (Outcome, ClauseOutcome, set()),
        (Origin, FollowUpOrigin, {"manual"}),  # a follow-up added by a person
        (Precision, DuePrecision, {""}),  # no deadline
    ],
)
def test_model_choices_are_the_pure_values(pure, choices, extra) -> None:
    assert set(choices.values) == {member.value for member in pure} | extra
