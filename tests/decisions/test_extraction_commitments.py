"""What counts: this meeting's referrals and resumptions, never what others want.

Each rule has its table of sentences that must fire and sentences that must
not; the status of an item is the parser's, and extraction follows it.
"""

from datetime import date

import pytest

from decisions.deadlines import Precision
from decisions.extraction import Origin, Outcome, clause_outcomes, extract_follow_ups
from decisions.extraction.commitments import find_referral, is_what_others_want
from minutes.parsing.status import status_of
from minutes.parsing.types import (
    Clause,
    ItemStatus,
    ParsedAgendaItem,
    ParsedDecision,
    PriorDecision,
    Section,
)

MEETING = date(2026, 4, 28)
NEXT_MEETING = date(2026, 5, 26)
BODY = "Byrådet"


def extract(decision: str, status: str | None = None):
    item = ParsedAgendaItem(
        number=3,
        position=3,
        title="Beslutningsforslag om skoleveje",
        status=status or status_of(decision, []),
        decision=ParsedDecision(decision),
    )
    return extract_follow_ups(
        item, meeting_date=MEETING, body_name=BODY, next_meeting=NEXT_MEETING
    )


# ---------------------------------------------------------------------------
# Referrals: the receiving body is responsible, its next meeting the deadline

REFERRALS = [
    pytest.param(
        "Forslaget oversendes til Teknik- og Miljøudvalget til behandling.",
        "Teknik- og Miljøudvalget",
        "Teknik- og Miljøudvalget",
        id="oversendes-til-udvalg",
    ),
    pytest.param(
        "Fremsendes til Teknisk Udvalg til behandling.",
        "Teknisk Udvalg",
        "Teknisk Udvalg",
        id="fremsendes-two-words",
    ),
    pytest.param(
        "Sagen oversendes til Økonomiudvalget.",
        "Økonomiudvalget",
        "Økonomiudvalget",
        id="oversendes-plain",
    ),
    pytest.param(
        "Ændringsforslaget blev efter aftale med forslagsstilleren oversendt til "
        "Økonomiudvalget til videre behandling.",
        "Økonomiudvalget",
        "Økonomiudvalget",
        id="oversendt-participle",
    ),
    pytest.param(
        "Forslaget oversendes til Udvalget for Psykiatri og Social.",
        "Udvalget for Psykiatri og Social",
        "Udvalget for Psykiatri og Social",
        id="udvalget-for",
    ),
    pytest.param(
        "Forslaget oversendes til budgetforhandlingerne for 2027-2030.",
        "",
        "budgetforhandlingerne",
        id="to-a-process",
    ),
    pytest.param(
        "Sagen sendes i høring hos Ældrerådet og Handicaprådet.",
        "Ældrerådet og Handicaprådet",
        "",
        id="hearing-with-parties",
    ),
    pytest.param(
        "Udkastet sendes i høring hos kommunerne i regionen og Danske "
        "Fysioterapeuter med frist den 13. februar 2026.",
        "kommunerne i regionen og Danske Fysioterapeuter",
        "",
        id="hearing-with-parties-in-lower-case",
    ),
    pytest.param(
        "Sagen sendes i offentlig høring i 8 uger.", "", "", id="hearing-for-a-time"
    ),
]


@pytest.mark.parametrize(("decision", "responsible", "event"), REFERRALS)
def test_a_referral_of_this_meeting_is_a_follow_up_of_the_receiving_body(
    decision, responsible, event
):
    (draft,) = extract(decision)
    assert draft.origin == Origin.DECISION
    assert draft.responsible == responsible
    assert draft.event == event
    if event:
        assert draft.due_precision == Precision.EVENT
        assert draft.due_date is None  # that body's next meeting is not known


NOT_REFERRALS = [
    pytest.param("Anbefales. Sagen oversendes til Byrådet.", id="up-to-the-council"),
    pytest.param(
        "Godkendt. Sagen sendes videre til Økonomiudvalget.", id="sendes-videre"
    ),
    pytest.param("Sagen sendes ikke i høring.", id="negated"),
    pytest.param(
        "Hvis udvalget ønsker det, oversendes sagen til Økonomiudvalget.",
        id="conditional",
    ),
    pytest.param(
        "Borgmesteren oplyste, at sagen oversendes til Økonomiudvalget.",
        id="reported",
    ),
    pytest.param("Forslaget skal sendes til Karen Holm.", id="to-a-person"),
]


@pytest.mark.parametrize("decision", NOT_REFERRALS)
def test_no_referral(decision):
    referral = find_referral(decision, BODY)
    drafts = extract(decision)
    assert referral is None or drafts == []


# ---------------------------------------------------------------------------
# Resumptions: the body that takes the case up again


RESUMPTIONS = [
    pytest.param(
        "Sagen genoptages på det kommende ordinære møde, når foreningens "
        "finansieringsplan foreligger.",
        BODY,
        NEXT_MEETING,
        id="genoptages-kommende-moede",
    ),
    pytest.param(
        "Sagen behandles igen på næste møde.", BODY, NEXT_MEETING, id="behandles-igen"
    ),
    pytest.param(
        "Sagen behandles igen på næste møde i Klagenævnet.",
        "Klagenævnet",
        None,
        id="another-body-named",
    ),
    pytest.param(
        "Sagen behandles igen på Klagenævnets næste møde.",
        "Klagenævnet",
        None,
        id="another-body-genitive",
    ),
    pytest.param(
        "Punktet behandles igen i juni, når borgerinddragelsen er afsluttet.",
        BODY,
        date(2026, 6, 30),
        id="in-a-month",
    ),
    pytest.param(
        "Sagen tages op igen efter sommerferien med et samlet udkast.",
        BODY,
        None,
        id="tages-op-igen-start-only",
    ),
]


@pytest.mark.parametrize(("decision", "responsible", "due"), RESUMPTIONS)
def test_a_resumption_is_a_follow_up_of_the_body_that_resumes(
    decision, responsible, due
):
    (draft,) = extract(decision)
    assert (draft.responsible, draft.due_date) == (responsible, due)


def test_resumption_in_another_body_names_that_body_as_the_event():
    (draft,) = extract("Sagen behandles igen på næste møde i Klagenævnet.")
    assert (draft.due_precision, draft.event) == (Precision.EVENT, "Klagenævnet")


# ---------------------------------------------------------------------------
# What others want: motions, votes, dissent, protocol remarks

OTHERS = [
    pytest.param(
        "Vi foreslår, at forvaltningen udarbejder en plan inden den 1. juni 2026.",
        id="vi-foreslaar",
    ),
    pytest.param(
        "Forslagsstillerne ønsker at få en årlig redegørelse forelagt for "
        "Social- og Sundhedsudvalget.",
        id="forslagsstillerne",
    ),
    pytest.param(
        "Derudover forpligtes forvaltningen til at udarbejde en omlægningsplan "
        "inden den 1. september 2026.",
        id="derudover-forpligtes",
    ),
    pytest.param(
        "SF foreslår, at forvaltningen udarbejder et anlægsoverslag.",
        id="party-foreslaar",
    ),
    pytest.param(
        'SF ønskede sin stemme ført til protokols: "SF vil arbejde for en '
        'finansiering i juni."',
        id="protocol-remark",
    ),
    pytest.param(
        "V kunne ikke tiltræde og ønsker, at forvaltningen skal undersøge sagen.",
        id="dissent",
    ),
    pytest.param("For stemte: F, Ø (5)", id="vote"),
    pytest.param(
        "Et mindretal (O) ønsker, at sagen skal behandles igen.", id="minority"
    ),
]


@pytest.mark.parametrize("sentence", OTHERS)
def test_what_others_want_is_no_follow_up(sentence):
    assert is_what_others_want(sentence) is True
    assert extract(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Forvaltningen udarbejder en plan inden den 1. juni 2026."),
        pytest.param("Udvalget ønsker at få en redegørelse i juni 2026."),
        pytest.param("Forslaget blev vedtaget med 20 stemmer."),
    ],
)
def test_the_meetings_own_words_are_not_what_others_want(sentence):
    assert is_what_others_want(sentence) is False


def test_a_quoted_protocol_remark_is_skipped_to_its_closing_quote():
    drafts = extract(
        "Godkendt med 20 stemmer.\n"
        'SF ønskede sin stemme ført til protokols: "SF støtter forslaget. Vi vil '
        'arbejde for en plan i juni. Forvaltningen skal undersøge det."\n'
        "Forvaltningen udarbejder en plan i september."
    )
    assert [d.source_text for d in drafts] == [
        "Forvaltningen udarbejder en plan i september."
    ]


# ---------------------------------------------------------------------------
# Giving a status: the giver delivers


@pytest.mark.parametrize(
    ("sentence", "responsible"),
    [
        pytest.param(
            "Forvaltningen giver byrådet en status på økonomien på mødet i september.",
            "Forvaltningen",
            id="giver-status",
        ),
        pytest.param("Planen giver en god status.", None, id="no-giver"),
    ],
)
def test_giving_a_status(sentence, responsible):
    drafts = extract(sentence)
    assert [d.responsible for d in drafts] == ([responsible] if responsible else [])


# ---------------------------------------------------------------------------
# The parser's status decides


def test_a_handled_item_gives_no_postponement_and_no_task_for_it():
    assert extract("Udvalget besluttede at udsætte sagen.") == []


def test_a_postponed_item_comes_back_once():
    drafts = extract("Udsat.")
    assert [d.origin for d in drafts] == [Origin.POSTPONED]


def test_the_status_of_the_item_is_the_kind_of_the_follow_up():
    drafts = extract("Punktet blev taget af dagsordenen.", status=ItemStatus.POSTPONED)
    assert [d.origin for d in drafts] == [Origin.POSTPONED]


@pytest.mark.parametrize(
    "heading", ["Forslag", "Ændringsforslag", "Motivering", "Beslutningsforslag"]
)
def test_a_motion_section_offers_no_case_text_promise(heading):
    item = ParsedAgendaItem(
        number=2,
        position=2,
        title="Beslutningsforslag om økologi",
        sections=(
            Section(heading, "Forvaltningen vil vende tilbage med en omlægningsplan."),
        ),
        decision=ParsedDecision("Forslaget blev forkastet."),
    )
    assert extract_follow_ups(item, meeting_date=MEETING, body_name=BODY) == []


def test_a_case_presentation_still_offers_its_promise():
    item = ParsedAgendaItem(
        number=2,
        position=2,
        title="Ældreboliger",
        sections=(
            Section(
                "Sagsfremstilling",
                "Forvaltningen vil vende tilbage med forslag til endelig husleje.",
            ),
        ),
        decision=ParsedDecision("Godkendt."),
    )
    drafts = extract_follow_ups(item, meeting_date=MEETING, body_name=BODY)
    assert [d.origin for d in drafts] == [Origin.CASE_TEXT]


@pytest.mark.parametrize(
    ("status", "outcome"),
    [
        pytest.param(ItemStatus.HANDLED, Outcome.UNCLEAR, id="handled"),
        pytest.param(ItemStatus.POSTPONED, Outcome.POSTPONED, id="postponed"),
    ],
)
def test_clause_outcome_of_a_postponement_follows_the_item_status(status, outcome):
    clauses = (Clause(1, "at planen godkendes"),)
    decision = "Udvalget besluttede at udsætte sagen."
    assert clause_outcomes(clauses, decision, item_status=status) == [outcome]


def test_a_postponed_clause_of_a_handled_item_stays_postponed():
    clauses = (Clause(1, "at planen godkendes"), Clause(2, "at budgettet godkendes"))
    decision = "Ad 1: Godkendt.\nAd 2: Udsat."
    outcomes = clause_outcomes(clauses, decision, item_status=ItemStatus.HANDLED)
    assert outcomes == [Outcome.APPROVED, Outcome.POSTPONED]


# ---------------------------------------------------------------------------
# Earlier bodies' decisions chained into the decision text


@pytest.mark.parametrize(
    "decision",
    [
        pytest.param(
            "Økonomiudvalget, 3. februar 2026, pkt. 22:\n"
            "Anbefales, idet forvaltningen udarbejder et notat om driftsudgifterne.\n"
            "\n"
            "Byrådet, 28. april 2026, pkt. 40:\n"
            "Godkendt. Forvaltningen fremlægger en status i september 2026.",
            id="headers-with-item-numbers",
        ),
        pytest.param(
            "Økonomiudvalget den 14. april 2026\n"
            "Anbefales godkendt, idet forvaltningen inden byrådets behandling "
            "udarbejder et notat om driftsudgifterne.\n"
            "\n"
            "Forvaltningen fremlægger en status i september 2026.",
            id="header-line-then-own-paragraph",
        ),
    ],
)
def test_an_earlier_bodys_decision_is_no_follow_up_of_this_meeting(decision):
    drafts = extract(decision)
    assert [d.source_text for d in drafts] == [
        "Forvaltningen fremlægger en status i september 2026."
    ]


def test_this_meetings_decision_listed_in_the_case_history_is_read():
    item = ParsedAgendaItem(
        number=144,
        position=3,
        title="Beslutningsforslag om skoleveje",
        prior_decisions=(
            PriorDecision(
                "Økonomiudvalget",
                date(2026, 4, 14),
                "Forvaltningen udarbejder et notat om økonomien.",
            ),
            PriorDecision(
                BODY,
                MEETING,
                "Sagen fremsendes til Kultur- og Fritidsudvalget til behandling.",
            ),
        ),
    )
    drafts = extract_follow_ups(item, meeting_date=MEETING, body_name=BODY)
    assert [(d.rule, d.responsible) for d in drafts] == [
        ("referral", "Kultur- og Fritidsudvalget")
    ]


def test_an_earlier_decision_in_the_case_history_is_never_read():
    item = ParsedAgendaItem(
        number=144,
        position=3,
        title="Beslutningsforslag om skoleveje",
        prior_decisions=(
            PriorDecision(
                "Økonomiudvalget",
                date(2026, 4, 14),
                "Forvaltningen udarbejder et notat om økonomien.",
            ),
        ),
    )
    assert extract_follow_ups(item, meeting_date=MEETING, body_name=BODY) == []
