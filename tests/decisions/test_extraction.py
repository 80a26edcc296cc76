"""Follow-up extraction and clause outcomes on synthetic decisions; no database.

The sentences are written in the styles of other municipalities and bodies
(Økonomiudvalget, Kommunalbestyrelsen, Børne- og Skoleudvalget, Teknik- og
Miljøudvalget, "Forvaltningen", "Administrationen", "Direktionen").
"""

import ast
from datetime import date
from pathlib import Path

import pytest

from decisions import extraction
from decisions.deadlines import Precision
from decisions.extraction import (
    OFFICIALS,
    FollowUpDraft,
    Origin,
    Outcome,
    clause_outcomes,
    extract_follow_ups,
    split_sentences,
)
from minutes.parsing.status import status_of
from minutes.parsing.types import (
    Clause,
    ItemStatus,
    ParsedAgendaItem,
    ParsedDecision,
    Section,
)

MEETING = date(2026, 1, 20)
BODY = "Teknik- og Miljøudvalget"
UNIT_ALIASES = {
    "TM": "Teknik & Miljø",
    "Teknik og Miljø": "Teknik & Miljø",
    "Center for Teknik og Miljø": "Teknik & Miljø",
    "BU": "Børn & Unge",
    "Børn og Unge": "Børn & Unge",
    "ØS": "Økonomi & Stab",
    "Økonomi og Stab": "Økonomi & Stab",
}


def make_item(
    decision: str = "",
    *,
    title: str = "Trafikplan for bymidten",
    sections: tuple[Section, ...] = (),
    status: str | None = None,
) -> ParsedAgendaItem:
    if status is None:
        # The parser decides an item's status; extraction reads it.
        status = status_of(decision, [section.text for section in sections])
    return ParsedAgendaItem(
        number=131,
        position=4,
        title=title,
        status=status,
        sections=sections,
        decision=ParsedDecision(decision) if decision else None,
    )


def extract(decision: str = "", **kwargs) -> list[FollowUpDraft]:
    body = kwargs.pop("body_name", BODY)
    return extract_follow_ups(
        make_item(decision, **kwargs),
        meeting_date=MEETING,
        body_name=body,
        unit_aliases=UNIT_ALIASES,
    )


def only(decision: str = "", **kwargs) -> FollowUpDraft:
    found = extract(decision, **kwargs)
    assert len(found) == 1, [f.description for f in found]
    return found[0]


# ---------------------------------------------------------------------------
# Decisions that create a follow-up

POSITIVES = [
    pytest.param(
        "Forvaltningen vender tilbage med en sag i 2. kvartal 2026.",
        "Forvaltningen",
        date(2026, 6, 30),
        Precision.QUARTER,
        id="vender-tilbage-quarter",
    ),
    pytest.param(
        "Udvalget ønsker en status ultimo marts.",
        "",
        date(2026, 3, 31),
        Precision.PART_OF_MONTH,
        id="wants-a-status",
    ),
    pytest.param(
        "Godkendt, idet forvaltningen udarbejder en plan inden 1. maj.",
        "Forvaltningen",
        date(2026, 5, 1),
        Precision.DAY,
        id="approved-idet",
    ),
    pytest.param(
        "Børne- og Skoleudvalget besluttede, at forvaltningen udarbejder en analyse "
        "af skolestrukturen til udvalgets møde i juni.",
        "Forvaltningen",
        date(2026, 6, 30),
        Precision.MONTH,
        id="besluttede-at-actor-present",
    ),
    pytest.param(
        "Administrationen fremlægger en revideret tidsplan for Økonomiudvalget i "
        "løbet af foråret.",
        "Administrationen",
        date(2026, 5, 31),
        Precision.SEASON,
        id="present-tense-action",
    ),
    pytest.param(
        "Direktionen følger op på handleplanen om 3 måneder.",
        "Direktionen",
        date(2026, 4, 20),
        Precision.RELATIVE,
        id="folger-op-relative",
    ),
    pytest.param(
        "Teknik- og Miljøudvalget anmodede forvaltningen om at undersøge "
        "mulighederne for flere cykelstier.",
        "Forvaltningen",
        None,
        "",
        id="request-names-the-actor",
    ),
    pytest.param(
        "Udvalget bad administrationen om en redegørelse for merforbruget til mødet "
        "i april.",
        "Administrationen",
        date(2026, 4, 30),
        Precision.MONTH,
        id="bad-om",
    ),
    pytest.param(
        "Forvaltningen bedes udarbejde et notat om konsekvenserne.",
        "Forvaltningen",
        None,
        "",
        id="bedes",
    ),
    pytest.param(
        "Kommunalbestyrelsen besluttede at igangsætte en analyse af ældreområdet med "
        "afrapportering i 3. kvartal 2026.",
        "",
        date(2026, 9, 30),
        Precision.QUARTER,
        id="besluttede-at-infinitive",
    ),
    pytest.param(
        "Der afholdes et borgermøde i uge 12.",
        "",
        date(2026, 3, 22),
        Precision.WEEK,
        id="impersonal-passive",
    ),
    pytest.param(
        "Center for Teknik og Miljø udarbejder et kommissorium senest den 15. "
        "februar 2026.",
        "Teknik & Miljø",
        date(2026, 2, 15),
        Precision.DAY,
        id="unit-alias-canonical",
    ),
    pytest.param(
        "TM fremsender en redegørelse til udvalget senest 1. marts.",
        "Teknik & Miljø",
        date(2026, 3, 1),
        Precision.DAY,
        id="abbreviation-alias",
    ),
    pytest.param(
        "Borgmesteren tager kontakt til ministeriet om sagen.",
        "Borgmesteren",
        None,
        "",
        id="official-present-tense",
    ),
    pytest.param(
        "Udvalget ønsker at blive orienteret om status på projektet i efteråret 2026.",
        "",
        date(2026, 11, 30),
        Precision.SEASON,
        id="wants-to-be-informed",
    ),
    pytest.param(
        "Forvaltningen vil i løbet af 2026 gennemføre en evaluering af ordningen.",
        "Forvaltningen",
        date(2026, 12, 31),
        Precision.SEASON,
        id="vil-actor",
    ),
    pytest.param(
        "Direktionen skal inden udgangen af juni fremlægge et forslag til ny "
        "organisering.",
        "Direktionen",
        date(2026, 6, 30),
        Precision.PART_OF_MONTH,
        id="skal-actor",
    ),
    pytest.param(
        "Udvalget besluttede, at der nedsættes en arbejdsgruppe, som afrapporterer "
        "til udvalget i 4. kvartal.",
        "",
        date(2026, 12, 31),
        Precision.QUARTER,
        id="besluttede-at-der-passive",
    ),
    pytest.param(
        "Sagen sendes i høring hos skolebestyrelserne med svarfrist den 1. april 2026.",
        "skolebestyrelserne",  # the receiving parties
        date(2026, 4, 1),
        Precision.DAY,
        id="sendes-i-hoering",
    ),
    pytest.param(
        "Der udarbejdes en ny kommunikationsstrategi frem mod sommerferien.",
        "",
        date(2026, 7, 1),
        Precision.SEASON,
        id="frem-mod-sommerferien",
    ),
    pytest.param(
        "Forvaltningen arbejder videre med model B og fremlægger en endelig sag på "
        "mødet i marts.",
        "Forvaltningen",
        date(2026, 3, 31),
        Precision.MONTH,
        id="two-commitments-one-sentence",
    ),
    pytest.param(
        "Sekretariatet indkalder til et ekstra møde i uge 8.",
        "Sekretariatet",
        date(2026, 2, 22),
        Precision.WEEK,
        id="sekretariatet",
    ),
    pytest.param(
        "Økonomiudvalget pålagde forvaltningen at fremlægge en handleplan for "
        "overholdelse af budgettet.",
        "Forvaltningen",
        None,
        "",
        id="paalagde",
    ),
    pytest.param(
        "BU og TM udarbejder i fællesskab et oplæg til Børne- og Skoleudvalget.",
        "Børn & Unge, Teknik & Miljø",
        None,
        "",
        id="coordinated-units",
    ),
    pytest.param(
        "Mette Jensen og Lars Nielsen udarbejder et udkast inden jul.",
        "Mette Jensen, Lars Nielsen",
        date(2026, 12, 23),
        Precision.SEASON,
        id="named-people",
    ),
    pytest.param(
        "Forslaget skal sendes til Karen Holm senest den 2. februar.",
        "Karen Holm",
        date(2026, 2, 2),
        Precision.DAY,
        id="sendes-til-person",
    ),
    pytest.param(
        "Efterfølgende udarbejder Teknik og Miljø en tidsplan for anlægsarbejdet.",
        "Teknik & Miljø",
        None,
        "",
        id="inverted-word-order",
    ),
    pytest.param(
        "Direktøren for Børn og Unge vender tilbage med en plan for "
        "kapacitetstilpasning.",
        "Direktøren for Børn og Unge",
        None,
        "",
        id="role-with-unit",
    ),
    pytest.param(
        "Anbefales over for Kommunalbestyrelsen, idet udvalget bemærker, at "
        "ordningen skal evalueres efter et år.",
        "",
        date(2027, 1, 20),
        Precision.RELATIVE,
        id="recommended-with-evaluation",
    ),
    pytest.param(
        "Kommunalbestyrelsen får en orientering om det endelige regnskab, når det "
        "foreligger.",
        "",
        None,
        "",
        id="receives-an-orientation",
    ),
    pytest.param(
        "Udvalget tog orienteringen til efterretning og bad om at få en opfølgning i "
        "4. kvartal 2026.",
        "",
        date(2026, 12, 31),
        Precision.QUARTER,
        id="noted-and-asked-for-follow-up",
    ),
    pytest.param(
        "Indstillingen blev tiltrådt med den bemærkning, at administrationen til "
        "budgetseminaret udarbejder et overblik over forsinkede anlægsprojekter.",
        "Administrationen",
        None,
        Precision.EVENT,
        id="subject-before-a-phrase",
    ),
    pytest.param(
        "Der gives en status på næste møde.",
        "",
        None,
        Precision.EVENT,
        id="status-next-meeting",
    ),
    pytest.param(
        "Videre skal der planlægges et temamøde i slutningen af august 2026, som "
        "afdelingslederne Rikke Dahl og Jonas Berg arrangerer.",
        "Rikke Dahl, Jonas Berg",
        date(2026, 8, 31),
        Precision.PART_OF_MONTH,
        id="organisers-named-in-relative-clause",
    ),
]


@pytest.mark.parametrize(("decision", "responsible", "due", "precision"), POSITIVES)
def test_commitment_sentence_is_one_follow_up(decision, responsible, due, precision):
    follow_up = only(decision)
    assert follow_up.origin == Origin.DECISION
    assert follow_up.responsible == responsible
    assert follow_up.due_date == due
    assert follow_up.due_precision == precision


# ---------------------------------------------------------------------------
# Decisions that create nothing

NEGATIVES = [
    # approvals that need nothing more
    pytest.param("Godkendt.", id="godkendt"),
    pytest.param("Anbefales.", id="anbefales"),
    pytest.param("Indstillingen godkendt.", id="indstillingen-godkendt"),
    pytest.param("Tiltrådt.", id="tiltraadt"),
    pytest.param("Godkendt som indstillet.", id="godkendt-som-indstillet"),
    pytest.param(
        "Udvalget besluttede at godkende indstillingen.", id="decided-to-approve"
    ),
    pytest.param(
        "Udvalget anbefaler Kommunalbestyrelsen at godkende forslaget.",
        id="recommends-approval",
    ),
    pytest.param(
        "Udvalget godkendte indstillingen med de faldne bemærkninger.",
        id="approved-with-remarks",
    ),
    pytest.param(
        "Udvalget godkendte, at projektet finansieres af puljen.",
        id="approved-financing",
    ),
    pytest.param(
        "Økonomiudvalget, 13. januar 2026, pkt. 22: Anbefales.", id="chained-decision"
    ),
    pytest.param("Sagen oversendes til Kommunalbestyrelsen.", id="forwarded"),
    pytest.param(
        "Sagen sendes videre til Kommunalbestyrelsen.", id="forwarded-to-council"
    ),
    pytest.param("Indstillingen følges.", id="recommendation-followed"),
    pytest.param("Udgiften afholdes af puljen til byfornyelse.", id="paid-from-a-pool"),
    pytest.param(
        "Der gives dispensation fra lokalplanens bestemmelser.", id="dispensation"
    ),
    pytest.param(
        "Der gives en tillægsbevilling på 2 mio. kr., som finansieres af "
        "kassebeholdningen.",
        id="supplementary-grant",
    ),
    pytest.param(
        "Godkendt med den ændring, at høringsfristen forlænges til den 15. marts 2026.",
        id="amendment-content",
    ),
    pytest.param(
        "Formanden konstaterede, at der var enighed om at fortsætte projektet.",
        id="konstaterede",
    ),
    pytest.param(
        "Arbejdet med den nye skolestruktur udsættes til 2027.",
        id="project-postponed-is-not-the-item",
    ),
    # taking note
    pytest.param("Taget til efterretning.", id="taget-til-efterretning"),
    pytest.param(
        "Udvalget tog orienteringen til efterretning.", id="tog-til-efterretning"
    ),
    pytest.param("Orienteringen blev taget til efterretning.", id="blev-taget"),
    pytest.param("Orienteringen tages til efterretning.", id="tages-til-efterretning"),
    # having discussed
    pytest.param("Udvalget drøftede sagen.", id="droeftede"),
    pytest.param(
        "Børne- og Skoleudvalget drøftede skolestrukturen og kom med input til den "
        "videre proces.",
        id="droeftede-med-input",
    ),
    pytest.param(
        "Udvalget drøftede de samarbejder, hvor der træffes beslutninger på tværs.",
        id="droeftede-relative-passive",
    ),
    # facts and past tense
    pytest.param("Anne Hansen er ansat som ny skolechef.", id="appointment-fact"),
    pytest.param(
        "Budgettet blev godkendt af Kommunalbestyrelsen den 10. oktober 2025.",
        id="approved-in-the-past",
    ),
    pytest.param(
        "Der er afsat 1,5 mio. kr. til projektet i 2026.", id="money-set-aside"
    ),
    pytest.param("Mødet blev afholdt på rådhuset kl. 17.00.", id="time-of-meeting"),
    pytest.param("Borgmesteren takkede for et godt samarbejde.", id="thanks"),
    pytest.param("Udvalget roste forvaltningen for det store arbejde.", id="praise"),
    pytest.param("Den nye ordning træder i kraft 1. januar 2027.", id="takes-effect"),
    pytest.param(
        "Ordningen forventes at træde i kraft i løbet af foråret.", id="expectation"
    ),
    # negative decisions
    pytest.param("Der skal ikke foretages yderligere.", id="skal-ikke"),
    pytest.param(
        "Forvaltningen skal ikke vende tilbage med sagen.", id="actor-skal-ikke"
    ),
    pytest.param(
        "Udvalget besluttede, at der ikke igangsættes en analyse.", id="decided-not"
    ),
    pytest.param("Forslaget kan ikke anbefales.", id="cannot-recommend"),
    pytest.param("Intet.", id="intet"),
    pytest.param("Ingen bemærkninger.", id="ingen-bemaerkninger"),
    # reports of what was said
    pytest.param(
        "Direktøren oplyste, at projektet er forsinket, og at der skal findes en ny "
        "leverandør.",
        id="oplyste-at",
    ),
    pytest.param("Formanden orienterede om mødet med ministeriet.", id="orienterede"),
    pytest.param("Udvalget bemærkede, at rapporten er grundig.", id="bemaerkede"),
    # wishes, considerations and conditions
    pytest.param(
        "Det er vigtigt at inddrage brugerne i det videre arbejde.", id="wish"
    ),
    pytest.param(
        "Anbefales, idet udvalget finder det vigtigt, at borgerne inddrages.",
        id="finds-it-important",
    ),
    pytest.param(
        "Udvalget opfordrede forvaltningen til at se på flere p-pladser.",
        id="encouragement",
    ),
    pytest.param(
        "Det overvejes at udvide ordningen til hele kommunen.", id="overvejes"
    ),
    pytest.param("Overvej, om ordningen skal udvides.", id="overvej"),
    pytest.param(
        "Hvis budgettet tillader det, udvides ordningen i 2027.", id="hvis-first"
    ),
    pytest.param(
        "Forvaltningen kan, hvis der er behov, indkalde til et ekstra møde.",
        id="kan-hvis",
    ),
    pytest.param(
        "Opstår der tvivl, koordinerer lederne med direktionen.",
        id="verb-first-condition",
    ),
    pytest.param(
        "Det kan blive nødvendigt at justere taksterne.", id="may-become-necessary"
    ),
    pytest.param("Hvordan kan skolerne samarbejde bedre om inklusion?", id="question"),
    pytest.param(
        "Der bør nedsættes en arbejdsgruppe om kanalstrategi.", id="boer-should"
    ),
    # dates in the past or of the meeting itself
    pytest.param(
        "Referatet fra mødet den 3. december 2025 blev godkendt.", id="past-date"
    ),
    pytest.param(
        "Udvalget godkendte referatet fra mødet den 6. januar.", id="recent-yearless"
    ),
    pytest.param("Sagen blev behandlet på mødet den 12. januar 2026.", id="treated"),
    pytest.param(
        "Kommunalbestyrelsen godkendte en bevilling på 2 mio. kr. i 2026.",
        id="grant-in-a-year",
    ),
    pytest.param("Fraværende: Ole Jensen (A).", id="absent-member"),
]


@pytest.mark.parametrize("decision", NEGATIVES)
def test_non_commitment_creates_no_follow_up(decision):
    assert extract(decision, status=ItemStatus.HANDLED) == []


def test_systemet_skal_with_a_thing_as_subject_is_no_commitment():
    assert (
        extract("Systemet skal forebygge fejl og minimere risikoen for svindel.") == []
    )


def test_date_from_the_item_title_is_not_a_deadline():
    found = extract(
        "Udvalget drøftede programmet for borgermødet den 3. marts 2026.",
        title="Borgermøde om klimaplanen 3. marts 2026",
    )
    assert found == []


def test_date_of_the_title_does_not_date_a_commitment():
    follow_up = only(
        "Forvaltningen udarbejder invitationer til borgermødet den 3. marts 2026.",
        title="Borgermøde om klimaplanen 3. marts 2026",
    )
    assert follow_up.due_date is None


def test_meeting_date_is_not_a_deadline():
    follow_up = only("Forvaltningen udsender referatet den 20. januar 2026.")
    assert follow_up.due_date is None


# ---------------------------------------------------------------------------
# Whole decisions: several sentences, offsets, bullets, page breaks

KB_DECISION = """Indstillingen blev godkendt.

Forvaltningen vender tilbage med en status i 3. kvartal 2026. Udvalget ønsker \
samtidig en orientering om ventelisterne på næste møde.

Fraværende: Søren Mikkelsen (V)."""


def test_each_commitment_sentence_is_its_own_follow_up_in_text_order():
    found = extract(KB_DECISION)
    assert [f.description for f in found] == [
        "Forvaltningen vender tilbage med en status i 3. kvartal 2026.",
        "Udvalget ønsker samtidig en orientering om ventelisterne på næste møde.",
    ]
    assert found[0].due_date == date(2026, 9, 30)
    assert found[1].due_precision == Precision.EVENT


def test_source_offsets_point_into_the_decision_text():
    for follow_up in extract(KB_DECISION):
        start, end = follow_up.source_start, follow_up.source_end
        assert KB_DECISION[start:end] == follow_up.source_text


def test_event_on_the_next_meeting_names_the_same_body():
    follow_up = only("Sagen genoptages på næste møde.")
    assert follow_up.due_precision == Precision.EVENT
    assert follow_up.due_date is None
    assert follow_up.due_text == "på næste møde"
    assert follow_up.event == BODY


def test_event_on_a_named_committee_names_that_committee():
    follow_up = only("Videre skal sagen behandles på næstkommende HovedMED.")
    assert follow_up.event == "HovedMED"
    assert follow_up.due_text == "på næstkommende HovedMED"


def test_start_only_phrase_gives_no_due_date():
    follow_up = only(
        "Ad 1: Godkendt.\nAd 2: Forvaltningen vender tilbage med et forslag til "
        "finansiering efter sommerferien."
    )
    assert follow_up.due_date is None
    assert follow_up.due_precision == Precision.START_ONLY
    assert follow_up.due_text == "efter sommerferien"


def test_most_specific_future_deadline_is_chosen():
    follow_up = only(
        "På baggrund af drøftelsen den 6. januar 2026 udarbejder forvaltningen et "
        "notat, som forelægges Økonomiudvalget i marts 2026 og senest den 10. marts."
    )
    assert follow_up.due_date == date(2026, 3, 10)
    assert follow_up.due_precision == Precision.DAY


def test_paragraph_cut_by_a_page_break_is_one_sentence():
    found = extract(
        "Udvalget besluttede, at der skal arbejdes videre med model 2, med den\n\n"
        "tilføjelse, at der etableres et fælles lager."
    )
    assert len(found) == 1
    assert found[0].source_text.endswith("fælles lager.")


def test_bullets_after_a_discussion_are_read_one_by_one():
    found = extract(
        "Udvalget drøftede planen med følgende kommentarer:\n\n"
        "- Skolelederne har en opgave i at inddrage forældrebestyrelserne.\n"
        "- Fokus på trafiksikkerhed omkring skolerne.\n"
        "- Forvaltningen vender tilbage med en revideret plan i maj."
    )
    assert [f.description for f in found] == [
        "Skolelederne har en opgave i at inddrage forældrebestyrelserne.",
        "Forvaltningen vender tilbage med en revideret plan i maj.",
    ]
    assert [f.responsible for f in found] == ["Skolelederne", "Forvaltningen"]
    assert found[1].due_date == date(2026, 5, 31)


def test_listed_decisions_read_each_clause_without_the_leading_at():
    found = extract(
        "Teknik- og Miljøudvalget besluttede:\n"
        "1. at godkende forslaget til lokalplan med henblik på høring i 8 uger\n"
        "2. at forvaltningen afholder et borgermøde i høringsperioden\n"
        "3. at sagen genoptages efter høringsperioden"
    )
    assert [f.description for f in found] == [
        "Forvaltningen afholder et borgermøde i høringsperioden",
        "Sagen genoptages efter høringsperioden",
    ]


def test_ad_lines_start_new_sentences_without_a_full_stop():
    follow_up = only("Ad 1: Godkendt\nAd 2: Forvaltningen vender tilbage med et oplæg")
    assert follow_up.source_text == "Ad 2: Forvaltningen vender tilbage med et oplæg"
    assert follow_up.description == "Forvaltningen vender tilbage med et oplæg"


def test_amendment_adding_a_task_is_a_follow_up_described_without_preamble():
    follow_up = only(
        "Godkendt med den tilføjelse, at forvaltningen udarbejder en tidsplan."
    )
    assert follow_up.description == "Forvaltningen udarbejder en tidsplan."
    assert follow_up.responsible == "Forvaltningen"


def test_bullets_of_a_reported_intro_are_not_follow_ups():
    found = extract(
        "Direktøren orienterede om følgende:\n\n"
        "- Budgetkataloget kommer på intranettet i morgen\n"
        "- Forvaltningen skal flytte til nye lokaler i foråret"
    )
    assert found == []


def test_herunder_fragment_joins_the_sentence_before_it():
    follow_up = only(
        "Der tages en temadrøftelse i Direktionen om rekruttering. Herunder en "
        "drøftelse af, hvordan lederne understøtter hinanden."
    )
    assert "understøtter hinanden" in follow_up.source_text


def test_description_drops_the_decision_preamble():
    follow_up = only(
        "Teknik- og Miljøudvalget besluttede, at forvaltningen udarbejder en "
        "parkeringsstrategi."
    )
    assert follow_up.description == "Forvaltningen udarbejder en parkeringsstrategi."
    assert follow_up.source_text.startswith("Teknik- og Miljøudvalget besluttede")


def test_description_is_at_most_200_characters():
    follow_up = only(
        "Forvaltningen udarbejder en samlet plan for "
        + "renovering af veje, stier, broer og pladser samt belysning, " * 6
        + "i 2026."
    )
    assert len(follow_up.description) <= 200
    assert follow_up.description.endswith("…")


def test_passive_subject_is_not_responsible():
    follow_up = only("Sagen forelægges Økonomiudvalget i februar.")
    assert follow_up.responsible == ""
    assert follow_up.due_date == date(2026, 2, 28)


def test_recipient_of_a_future_orientation_is_not_responsible():
    follow_up = only("Udvalget vil på mødet i april blive orienteret om resultatet.")
    assert follow_up.responsible == ""
    assert follow_up.due_date == date(2026, 4, 30)


def test_body_acting_itself_is_responsible():
    follow_up = only("HovedMED vil efter et år følge op på trivselsmålingen.")
    assert follow_up.responsible == "HovedMED"
    assert follow_up.due_date == date(2027, 1, 20)


def test_responsible_is_empty_without_unit_aliases_for_unknown_abbreviation():
    found = extract_follow_ups(
        make_item("KFU vender tilbage med et oplæg."),
        meeting_date=MEETING,
    )
    assert [f.responsible for f in found] == ["KFU"]


def test_officials_are_generic_and_capitalised():
    assert "Kommunaldirektøren" in OFFICIALS
    follow_up = only("Det blev besluttet, at direktørerne justerer målene.")
    assert follow_up.responsible == "Direktørerne"


# ---------------------------------------------------------------------------
# Postponed and withdrawn items


def test_postponed_sentence_gives_one_postponed_follow_up_with_the_title():
    follow_up = only("Sagen blev udsat.", title="Lokalplan 112 for Havnefronten")
    assert follow_up.origin == Origin.POSTPONED
    assert follow_up.source_text == "Sagen blev udsat."
    assert "Lokalplan 112 for Havnefronten" in follow_up.description


@pytest.mark.parametrize(
    "decision",
    [
        pytest.param("Temadrøftelsen om budgetrammen blev udsat.", id="theme"),
        pytest.param("Punkt 7 blev udsat til næste møde.", id="punkt-n"),
        pytest.param("Behandlingen af sagen udsættes.", id="behandlingen"),
        pytest.param("Udsat.", id="udsat"),
    ],
)
def test_postponement_of_the_item_is_recognised(decision):
    assert only(decision).origin == Origin.POSTPONED


def test_postponed_to_next_meeting_carries_the_event():
    follow_up = only(
        "Udvalget besluttede at udsætte sagen til næste møde.",
        status=ItemStatus.POSTPONED,
    )
    assert follow_up.origin == Origin.POSTPONED
    assert follow_up.due_precision == Precision.EVENT
    assert follow_up.event == BODY


@pytest.mark.parametrize(
    ("status", "origins"),
    [
        pytest.param(ItemStatus.HANDLED, [], id="handled"),
        pytest.param(ItemStatus.POSTPONED, [Origin.POSTPONED], id="postponed"),
    ],
)
def test_the_item_status_decides_whether_a_postponement_comes_back(status, origins):
    found = extract("Udvalget besluttede at udsætte sagen.", status=status)
    assert [f.origin for f in found] == origins


def test_a_withdrawn_item_comes_back_as_withdrawn_whatever_the_words():
    found = extract("Sagen blev udsat.", status=ItemStatus.WITHDRAWN)
    assert [f.origin for f in found] == [Origin.WITHDRAWN]


def test_postponed_status_without_a_sentence_still_comes_back_once():
    found = extract("Formanden satte punktet i bero.", status=ItemStatus.POSTPONED)
    assert [f.origin for f in found] == [Origin.POSTPONED]


def test_postponed_status_and_sentence_give_a_single_follow_up():
    found = extract("Udsat.", status=ItemStatus.POSTPONED)
    assert [f.origin for f in found] == [Origin.POSTPONED]


@pytest.mark.parametrize(
    "decision",
    [
        pytest.param("Punktet blev taget af dagsordenen.", id="taget-af"),
        pytest.param("Sagen blev trukket fra dagsordenen.", id="trukket-fra"),
        pytest.param("Punktet udgår.", id="udgaar"),
    ],
)
def test_withdrawn_item_gives_a_withdrawn_follow_up(decision):
    assert only(decision).origin == Origin.WITHDRAWN


def test_withdrawal_said_in_a_section_is_found():
    follow_up = only(
        sections=(
            Section(
                "Sagsfremstilling", "Punktet er taget af dagsordenen til dette møde."
            ),
        ),
    )
    assert follow_up.origin == Origin.WITHDRAWN
    assert follow_up.source_text == "Punktet er taget af dagsordenen til dette møde."


def test_earlier_postponement_reported_in_the_decision_is_not_news():
    found = extract(
        "Direktionen oplyste, at sagen i 2025 blev udsat, fordi en analyse skulle "
        "gennemføres."
    )
    assert found == []


def test_postponement_in_the_history_section_is_ignored():
    found = extract(
        "Godkendt.",
        sections=(
            Section(
                "Historik",
                "Sagen var på dagsordenen den 2. december 2025. Sagen blev udsat.",
            ),
        ),
    )
    assert found == []


# ---------------------------------------------------------------------------
# Promises in the case presentation


def test_promise_in_the_case_text_is_offered_as_case_text():
    text = (
        "Status\n\nForvaltningen vil fremlægge en evaluering af ordningen for "
        "udvalget i juni 2026."
    )
    found = extract("Godkendt.", sections=(Section("Sagsfremstilling", text),))
    assert len(found) == 1
    follow_up = found[0]
    assert follow_up.origin == Origin.CASE_TEXT
    assert follow_up.responsible == "Forvaltningen"
    assert follow_up.due_date == date(2026, 6, 30)
    assert text[follow_up.source_start : follow_up.source_end] == follow_up.source_text


def test_case_text_promise_to_the_body_on_a_coming_meeting():
    follow_up = only(
        "Taget til efterretning.",
        sections=(
            Section(
                "Sagsfremstilling",
                "Udvalget vil på et kommende møde få forelagt en sag om takster.",
            ),
        ),
    )
    assert follow_up.origin == Origin.CASE_TEXT
    assert follow_up.due_precision == Precision.EVENT


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Sagen forventes afsluttet i 2027.", id="expectation"),
        pytest.param("Der vil blive afholdt et informationsmøde.", id="no-actor"),
        pytest.param(
            "Forvaltningen vil på mødet give en kort præsentation.", id="this-meeting"
        ),
        pytest.param(
            "Hvis udvalget ønsker det, vil forvaltningen udarbejde en analyse.",
            id="conditional",
        ),
        pytest.param("Systemet vil gøre det nemmere at søge.", id="thing-as-subject"),
        pytest.param(
            "Kommunalbestyrelsen vedtog den 5. november 2025 budgettet.",
            id="past-decision",
        ),
        pytest.param(
            "Materialegården vil ikke opkræve betaling for transporten.", id="negated"
        ),
        pytest.param(
            "Den endelige plan forelægges Økonomiudvalget i marts 2026.",
            id="passive-plan-is-not-a-promise",
        ),
        pytest.param(
            "Skiftet blev drøftet i udvalget, da det over de næste år vil tjene sig "
            "selv ind.",
            id="pronoun-subject",
        ),
        pytest.param(
            "Her vil der blive tale om indsatser i samarbejde med Børn og Unge.",
            id="description-not-promise",
        ),
    ],
)
def test_case_text_rules_are_stricter(text):
    assert extract("Godkendt.", sections=(Section("Sagsfremstilling", text),)) == []


def test_case_text_promise_by_an_abbreviated_unit_next_to_vil():
    follow_up = only(
        "Taget til efterretning.",
        sections=(
            Section(
                "Sagsfremstilling",
                "På baggrund af kortlægningen vil TM fremlægge en konkret sag primo "
                "marts 2026.",
            ),
        ),
    )
    assert follow_up.origin == Origin.CASE_TEXT
    assert follow_up.responsible == "Teknik & Miljø"
    assert follow_up.due_date == date(2026, 3, 10)


def test_recommendation_and_decision_sections_are_not_case_text():
    found = extract(
        "Godkendt.",
        sections=(
            Section("Indstilling", "Forvaltningen vil fremlægge en ny sag i maj."),
            Section("Bilag", "Forvaltningen vil fremlægge en ny sag i maj."),
        ),
    )
    assert found == []


def test_case_text_repeating_a_decision_follow_up_is_not_offered_twice():
    sentence = "Forvaltningen vil fremlægge en evaluering i juni 2026."
    found = extract(sentence, sections=(Section("Sagsfremstilling", sentence),))
    assert [f.origin for f in found] == [Origin.DECISION]


# ---------------------------------------------------------------------------
# Sentence splitting


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Mødet starter kl. 17.00. Forplejning bestilles.",
            ["Mødet starter kl. 17.00.", "Forplejning bestilles."],
            id="time-then-sentence",
        ),
        pytest.param(
            "Sagen behandles d. 5. december. Herefter sendes den i høring.",
            ["Sagen behandles d. 5. december.", "Herefter sendes den i høring."],
            id="d-and-ordinal",
        ),
        pytest.param(
            "Der ses bl.a. på trafik, jf. bilag 2. Forvaltningen følger op.",
            ["Der ses bl.a. på trafik, jf. bilag 2.", "Forvaltningen følger op."],
            id="abbreviations",
        ),
        pytest.param(
            "Udgiften er ca. 2 mio. kr. pr. år. Den finansieres af puljen.",
            ["Udgiften er ca. 2 mio. kr. pr. år.", "Den finansieres af puljen."],
            id="money-abbreviations",
        ),
        pytest.param(
            "Intro:\n- Første punkt\n- Andet punkt",
            ["Intro:", "Første punkt", "Andet punkt"],
            id="bullets",
        ),
        pytest.param(
            "Kontakt A. Jensen for detaljer. Næste møde er i maj.",
            ["Kontakt A. Jensen for detaljer.", "Næste møde er i maj."],
            id="initial",
        ),
        pytest.param(
            "Planen indgår i Plan A. Udvalget følger op.",
            ["Planen indgår i Plan A.", "Udvalget følger op."],
            id="letter-at-sentence-end",
        ),
        pytest.param(
            "Princippet sendes ud inden jul. Elevrådet evaluerer ordningen.",
            ["Princippet sendes ud inden jul.", "Elevrådet evaluerer ordningen."],
            id="christmas-is-no-july",
        ),
        pytest.param(
            "Fristen er den 15. jul. Svar sendes til sekretariatet.",
            ["Fristen er den 15. jul. Svar sendes til sekretariatet."],
            id="month-abbreviation-after-a-day",
        ),
    ],
)
def test_split_sentences(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


def test_split_sentences_keeps_offsets():
    text = "Første sætning.\n\n- Et punkt\n- Et andet punkt"
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text


# ---------------------------------------------------------------------------
# Clause outcomes


def clauses(*texts: str) -> list[Clause]:
    return [Clause(number, text) for number, text in enumerate(texts, start=1)]


@pytest.mark.parametrize(
    ("recommendation", "decision", "expected"),
    [
        pytest.param(
            clauses("at dagsordenen godkendes", "at referatet godkendes"),
            "Godkendt.",
            [Outcome.APPROVED, Outcome.APPROVED],
            id="whole-decision-approval",
        ),
        pytest.param(
            clauses("at forslaget anbefales"),
            "Anbefales.",
            [Outcome.APPROVED],
            id="anbefales",
        ),
        pytest.param(
            clauses("at planen godkendes", "at tidsplanen godkendes"),
            "Indstillingen tiltrådt.",
            [Outcome.APPROVED, Outcome.APPROVED],
            id="tiltraadt",
        ),
        pytest.param(
            clauses("at orienteringen tages til efterretning"),
            "Taget til efterretning.",
            [Outcome.NOTED],
            id="noted",
        ),
        pytest.param(
            clauses("at planen godkendes", "at tidsplanen godkendes"),
            "Udsat.",
            [Outcome.POSTPONED, Outcome.POSTPONED],
            id="postponed",
        ),
        pytest.param(
            clauses("a", "b"),
            "Ad 1: Godkendt.\nAd 2: Taget til efterretning.",
            [Outcome.APPROVED, Outcome.NOTED],
            id="ad-markers",
        ),
        pytest.param(
            clauses("at budgettet godkendes", "at sagen sendes i høring"),
            "Ad pkt. 1: Godkendt.\nAd pkt. 2: Udsat til næste møde.",
            [Outcome.APPROVED, Outcome.POSTPONED],
            id="ad-pkt-markers",
        ),
        pytest.param(
            clauses("a", "b"),
            "1. Godkendt\n2. Taget til efterretning",
            [Outcome.APPROVED, Outcome.NOTED],
            id="numbered-verdicts",
        ),
        pytest.param(
            clauses(
                "at dagsordenen godkendes",
                "at referatet fra mødet den 2. marts godkendes",
            ),
            "Udvalget godkendte dagsordenen. Udvalget godkendte referatet.",
            [Outcome.APPROVED, Outcome.APPROVED],
            id="content-word-match",
        ),
        pytest.param(
            clauses(
                "at orienteringen tages til efterretning",
                "at udvalget drøfter den videre proces",
            ),
            "Udvalget tog orienteringen til efterretning. Udvalget drøftede den "
            "videre proces.",
            [Outcome.NOTED, Outcome.DISCUSSED],
            id="noted-and-discussed",
        ),
        pytest.param(
            clauses("at planen godkendes"),
            "Indstillingen blev godkendt med følgende ændring: Datoen flyttes til maj.",
            [Outcome.AMENDED],
            id="amended",
        ),
        pytest.param(
            clauses("at taksterne godkendes"),
            "Godkendt, dog således at taksten for 2027 fastholdes.",
            [Outcome.AMENDED],
            id="dog-saaledes",
        ),
        pytest.param(
            clauses("at planen godkendes"),
            "Ikke godkendt.",
            [Outcome.REJECTED],
            id="ikke-godkendt",
        ),
        pytest.param(
            clauses("at forslaget anbefales"),
            "Udvalget kan ikke anbefale forslaget.",
            [Outcome.REJECTED],
            id="kan-ikke-anbefale",
        ),
        pytest.param(
            clauses("at ansøgningen imødekommes"),
            "Ansøgningen blev afvist.",
            [Outcome.REJECTED],
            id="afvist",
        ),
        pytest.param(
            clauses("at sagen drøftes"),
            "Direktionen drøftede sagen.",
            [Outcome.DISCUSSED],
            id="discussed",
        ),
        pytest.param(
            clauses("a", "b"),
            "Børne- og Skoleudvalget, 5. januar 2026, pkt. 3: Anbefales.\n\n"
            "Økonomiudvalget, 13. januar 2026, pkt. 22: Anbefales.",
            [Outcome.APPROVED, Outcome.APPROVED],
            id="chained-earlier-bodies",
        ),
        pytest.param(
            clauses(
                "at der vælges ID-kort",
                "at adgangstiderne ændres",
                "at de øvrige ændringer tages til efterretning",
            ),
            "Udvalget besluttede at der benyttes ID-kort.\n\nUdvalget besluttede at "
            "adgangstiderne udvides.\n\nUdvalget tog de øvrige ændringer til "
            "orientering.",
            [Outcome.APPROVED, Outcome.APPROVED, Outcome.NOTED],
            id="per-sentence-verbs",
        ),
        pytest.param(
            clauses("at planen godkendes"),
            "Fraværende: Ole Jensen.",
            [Outcome.UNCLEAR],
            id="unclear",
        ),
    ],
)
def test_clause_outcomes(recommendation, decision, expected):
    assert clause_outcomes(recommendation, decision) == expected


def test_clause_outcomes_of_no_clauses_is_empty():
    assert clause_outcomes([], "Godkendt.") == []


# ---------------------------------------------------------------------------
# Module hygiene


EXTRACTION_MODULES = sorted(Path(extraction.__file__).parent.glob("*.py"))


@pytest.mark.parametrize("path", EXTRACTION_MODULES, ids=lambda p: p.name)
def test_extraction_imports_only_the_parser_types_lexicon_and_deadline_grammar(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    modules = {
        node.module
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module
    } | {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    project = {m for m in modules if m.startswith(("minutes", "decisions", "config"))}
    outside = {m for m in project if not m.startswith("decisions.extraction")}
    allowed = {
        "minutes.parsing.types",
        "minutes.parsing.lexicon",
        "decisions.deadlines",
    }
    assert outside <= allowed
    assert not any(m.startswith("django") for m in modules)


@pytest.mark.parametrize("path", EXTRACTION_MODULES, ids=lambda p: p.name)
def test_extraction_modules_and_functions_stay_small(path):
    text = path.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 600
    long_functions = [
        (node.name, node.end_lineno - node.lineno + 1)
        for node in ast.walk(ast.parse(text))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno - node.lineno + 1 > 60
    ]
    assert long_functions == []


def test_follow_up_draft_is_frozen():
    follow_up = only("Forvaltningen følger op i marts.")
    with pytest.raises(AttributeError):
        follow_up.responsible = "Nogen"  # type: ignore[misc]


# ---------------------------------------------------------------------------
# The next meeting as the referat states it

NEXT = date(2026, 2, 17)


def minutes_with(*items: ParsedAgendaItem, body: str = BODY, preamble: str = ""):
    from minutes.parsing.types import ParsedMinutes

    return ParsedMinutes(body=body, date=MEETING, items=items, preamble=preamble)


NEXT_MEETING_STATEMENTS = [
    pytest.param(
        "Næste møde",
        "",
        (Section("", "Tirsdag den 17. februar 2026 kl. 16.00."),),
        NEXT,
        id="item-titled-next-meeting-section",
    ),
    pytest.param(
        "Eventuelt og næste møde",
        "Næste møde er den 17. februar 2026 kl. 17.",
        (),
        NEXT,
        id="item-title-with-next-meeting",
    ),
    pytest.param(
        "Eventuelt",
        "Næste møde afholdes tirsdag den 17. februar 2026.",
        (),
        NEXT,
        id="statement-in-any-decision",
    ),
    pytest.param(
        "Meddelelser",
        "Borgmesteren orienterede om:\n- Teknik- og Miljøudvalgets næste ordinære "
        "møde, der afholdes tirsdag den 17. februar 2026 kl. 17.00.",
        (),
        NEXT,
        id="own-genitive-ordinary-meeting",
    ),
    pytest.param(
        "Eventuelt",
        "Udvalgets næste møde holdes den 17.\nfebruar 2026.",
        (),
        NEXT,
        id="generic-genitive-wrapped-date",
    ),
    pytest.param(
        "Eventuelt",
        "Økonomiudvalgets næste møde afholdes den 17. februar 2026.",
        (),
        None,
        id="another-bodys-meeting",
    ),
    pytest.param(
        "Næste møde",
        "Næste møde afholdes den 13. januar 2026.",
        (),
        None,
        id="date-before-the-meeting",
    ),
    pytest.param(
        "Eventuelt",
        "Sagen behandles igen den 17. februar 2026.",
        (),
        None,
        id="no-announcement",
    ),
]


@pytest.mark.parametrize("title, decision, sections, expected", NEXT_MEETING_STATEMENTS)
def test_next_meeting_date(title, decision, sections, expected):
    item = make_item(decision, title=title, sections=sections)
    assert extraction.next_meeting_date(minutes_with(item)) == expected


def extract_next(decision: str, *, next_meeting=NEXT, **kwargs):
    return extract_follow_ups(
        make_item(decision, **kwargs),
        meeting_date=MEETING,
        body_name=BODY,
        unit_aliases=UNIT_ALIASES,
        next_meeting=next_meeting,
    )


NEXT_MEETING_DEADLINES = [
    pytest.param("Sagen behandles igen på næste møde.", {}, NEXT, id="behandles-igen"),
    pytest.param(
        "Forvaltningen udarbejder et notat til næste møde.", {}, NEXT, id="til-naeste"
    ),
    pytest.param(
        "Sekretariatet sender beboerne svar inden næste møde.", {}, NEXT, id="inden"
    ),
    pytest.param(
        "Forvaltningen fremlægger sagen på udvalgets næste møde.",
        {},
        NEXT,
        id="own-genitive",
    ),
    pytest.param("Sagen blev udsat til næste møde.", {}, NEXT, id="udsat-til-naeste"),
    pytest.param("Sagen blev udsat.", {}, NEXT, id="postponed-no-phrase"),
    pytest.param(
        "", {"status": ItemStatus.POSTPONED}, NEXT, id="postponed-status-fallback"
    ),
    pytest.param(
        "Forvaltningen fremlægger sagen på Økonomiudvalgets næste møde.",
        {},
        None,
        id="other-body",
    ),
    pytest.param(
        "Forvaltningen fremlægger sagen på et af de kommende møder.",
        {},
        None,
        id="some-later-meeting",
    ),
    pytest.param(
        "Punktet blev udsat til efter sommerferien.", {}, None, id="postponed-start"
    ),
]


@pytest.mark.parametrize("decision, kwargs, due", NEXT_MEETING_DEADLINES)
def test_next_meeting_dates_own_next_meeting_deadlines(decision, kwargs, due):
    found = extract_next(decision, **kwargs)
    assert len(found) == 1, found
    assert found[0].due_date == due


def test_next_meeting_deadline_keeps_the_event():
    found = only_next("Sagen behandles igen på næste møde.")
    assert (found.due_precision, found.event) == (Precision.EVENT, BODY)


def test_without_next_meeting_the_event_stays_undated():
    found = extract_next("Sagen behandles igen på næste møde.", next_meeting=None)
    assert found[0].due_date is None
    assert extract_next("Sagen blev udsat.", next_meeting=None)[0].due_date is None


def only_next(decision: str) -> FollowUpDraft:
    found = extract_next(decision)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Næste møde afholdes tirsdag den 17. februar 2026.",
        "Forretningsudvalgets næste møde afholdes tirsdag den 14. april 2026.",
        "Lokaludvalgets næste møde er den 12. august 2026 kl. 17.",
        "Kommunalbestyrelsens næste ordinære møde, der afholdes den 26. februar.",
        "Det næste møde finder sted den 3. marts 2026.",
        "Udvalgets kommende møde: 3. marts 2026.",
    ],
)
def test_next_meeting_announcement_is_not_a_follow_up(sentence):
    assert extract(sentence) == []


# ---------------------------------------------------------------------------
# Sentences ending in a final abbreviation


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kommissionen godkendte indkøbet på 7,8 mio. kr. Direktøren indhenter "
            "tilbud.",
            [
                "Kommissionen godkendte indkøbet på 7,8 mio. kr.",
                "Direktøren indhenter tilbud.",
            ],
        ),
        (
            "Der afsættes midler til stier, bænke osv. Forvaltningen følger op.",
            ["Der afsættes midler til stier, bænke osv.", "Forvaltningen følger op."],
        ),
        ("Beløbet er 5 mio. kr. pr. år.", ["Beløbet er 5 mio. kr. pr. år."]),
        ("Prisen er 5 mio. Kr. Himmelfart.", ["Prisen er 5 mio. Kr. Himmelfart."]),
    ],
)
def test_split_after_final_abbreviation_before_a_capital(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


def test_follow_up_after_an_amount_in_kroner():
    found = extract(
        "Kommissionen godkendte indkøbet inden for rammen på 7,8 mio. kr. "
        "Beredskabsdirektøren indhenter tilbud via SKI-aftalen og orienterer "
        "kommissionen om det valgte tilbud senest ultimo oktober 2026."
    )
    assert len(found) == 1, found
    assert found[0].source_text.startswith("Beredskabsdirektøren")
    assert found[0].responsible == "Beredskabsdirektøren"
    assert found[0].due_date == date(2026, 10, 31)


# ---------------------------------------------------------------------------
# Groups and bodies with a qualifier as actors


@pytest.mark.parametrize(
    "decision, responsible",
    [
        (
            "- Arbejdsgruppen for by og trafik skriver et udkast, som godkendes af "
            "formandskabet.",
            "Arbejdsgruppen for by og trafik",
        ),
        ("Styregruppen indkalder til et nyt møde.", "Styregruppen"),
        (
            "Projektgruppen under Teknik og Miljø sender planen til høring.",
            "Projektgruppen under Teknik og Miljø",
        ),
        ("Sekretariatet tager kontakt til ansøgeren.", "Sekretariatet"),
        ("Formandskabet skriver til ministeren.", "Formandskabet"),
        ("Administrationen undersøger sagen nærmere.", "Administrationen"),
        (
            "Styregruppen for skoleudbygning udarbejder en tidsplan.",
            "Styregruppen for skoleudbygning",
        ),
    ],
)
def test_group_with_present_action_is_a_commitment(decision, responsible):
    assert only(decision).responsible == responsible


@pytest.mark.parametrize(
    "decision",
    [
        "Udvalget takkede arbejdsgruppen for by og trafik for oplægget.",
        "Arbejdsgruppen for by og trafik er nedsat af udvalget.",
        "Udkastet godkendes af formandskabet.",
    ],
)
def test_group_without_an_action_is_no_commitment(decision):
    assert extract(decision) == []


@pytest.mark.parametrize(
    "decision, origin",
    [
        (
            "Sagen udsættes til næste møde, idet udvalget ønsker et notat om "
            "resultaterne i den forrige aftaleperiode.",
            Origin.POSTPONED,
        ),
        ("Sagen blev tidligere udsat, og den er nu klar.", None),
    ],
)
def test_past_words_in_the_reason_do_not_veto_a_postponement(decision, origin):
    origins = [d.origin for d in extract(decision)]
    assert (origin in origins) if origin else Origin.POSTPONED not in origins


@pytest.mark.parametrize(
    "statement",
    [
        pytest.param(
            "Mindretalsudtalelse: Enhedslisten ønsker, at nedskæringen "
            "tilbageføres ved budgetforhandlingerne for 2027.",
            id="minority-statement",
        ),
        pytest.param(
            "Protokoltilførsel fra Anne Holm (F): Forvaltningen skal undersøge "
            "alternativer inden udgangen af 2026.",
            id="protocol-note",
        ),
    ],
)
def test_a_members_recorded_statement_is_not_a_commitment(statement):
    decision = f"Indstillingen blev godkendt.\n\n{statement}"
    item = ParsedAgendaItem(
        number=4,
        position=4,
        title="Tilskud til foreninger",
        decision=ParsedDecision(text=decision),
    )

    assert extract_follow_ups(item, meeting_date=date(2026, 4, 21)) == []


# Follow-up lists: "Opfølgning: ... Ansvarlig: ... Frist: ..."

LIST_MEETING = date(2026, 3, 16)


@pytest.mark.parametrize(
    ("decision", "key", "responsible", "due"),
    [
        pytest.param(
            "Godkendt.\nOpfølgning: Skoleafdelingen udarbejder en plan for "
            "inklusion. Ansvarlig: Skoleafdelingen. Frist: 1. maj 2026.",
            "plan for inklusion",
            "Skoleafdelingen",
            date(2026, 5, 1),
            id="label-fields-same-line",
        ),
        pytest.param(
            "Godkendt.\n\nHandleplanen drøftes med elevrådene. Ansvarlig: Anders "
            "Dal. Frist: inden sommerferien.",
            "elevrådene",
            "Anders Dal",
            date(2026, 7, 1),
            id="fields-without-label",
        ),
        pytest.param(
            "Godkendt.\nOpfølgning: Udvalget får en status på fraværet.\n"
            "Ansvarlig: PPR og Skoleafdelingen\nFrist: ultimo august 2027",
            "status på fraværet",
            "PPR og Skoleafdelingen",
            date(2027, 8, 31),
            id="fields-on-own-lines",
        ),
        pytest.param(
            "Godkendt.\nOpfølgning:\nHandleplanen drøftes med elevrådene.\n"
            "Tidsfrist: 1. juni 2026.",
            "elevrådene",
            "",
            date(2026, 6, 1),
            id="label-alone-task-on-next-line",
        ),
        pytest.param(
            "Opfølgning: Handleplanen evalueres, ansvarlig: BU, deadline: "
            "ultimo august 2027.",
            "evalueres",
            "Børn & Unge",
            date(2027, 8, 31),
            id="lower-case-fields-in-the-task",
        ),
        pytest.param(
            "Opfølgning: Der holdes dialogmøde med foreningerne.",
            "dialogmøde",
            "",
            None,
            id="label-only",
        ),
    ],
)
def test_follow_up_list_entries(decision, key, responsible, due):
    drafts = extract_follow_ups(
        make_item(decision),
        meeting_date=LIST_MEETING,
        body_name=BODY,
        unit_aliases=UNIT_ALIASES,
    )
    entries = [d for d in drafts if key in d.source_text]
    assert len(entries) == 1, drafts
    assert entries[0].responsible == responsible
    assert entries[0].due_date == due
    assert not any(d.source_text.startswith(("Ansvarlig", "Frist")) for d in drafts)


@pytest.mark.parametrize(
    "decision",
    [
        pytest.param("Taget til efterretning.\nOpfølgning: Ingen.", id="none"),
        pytest.param("Godkendt.\nOpfølgning: -", id="dash"),
        pytest.param("Godkendt.\nAnsvarlig: Skoleafdelingen.", id="verdict-field"),
    ],
)
def test_follow_up_list_without_a_task(decision):
    drafts = extract_follow_ups(make_item(decision), meeting_date=LIST_MEETING)
    assert drafts == []


def test_every_entry_of_a_follow_up_list_is_found():
    decision = (
        "Godkendt.\n\n"
        "Opfølgning: Udvalget får en status på fraværet. Ansvarlig: PPR. "
        "Frist: ultimo august 2027.\n"
        "Opfølgning: Handleplanen drøftes med elevrådene. Ansvarlig: Anders Dal. "
        "Frist: inden sommerferien.\n"
        "Fraværende: Lise Winther (V)"
    )
    drafts = extract_follow_ups(make_item(decision), meeting_date=LIST_MEETING)
    assert [d.responsible for d in drafts] == ["PPR", "Anders Dal"]
    assert [d.description for d in drafts] == [
        "Udvalget får en status på fraværet.",
        "Handleplanen drøftes med elevrådene.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Enstemmigt godkendt ved 1. behandling. Sagen oversendes til 2. "
            "behandling på byrådets møde den 21. april 2026.",
            [
                "Enstemmigt godkendt ved 1. behandling.",
                "Sagen oversendes til 2. behandling på byrådets møde den 21. april "
                "2026.",
            ],
        ),
        (
            "Godkendt i 2. kvartal. Forvaltningen følger op.",
            ["Godkendt i 2. kvartal.", "Forvaltningen følger op."],
        ),
    ],
)
def test_split_after_an_ordinal_inside_a_sentence(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


@pytest.mark.parametrize(
    ("decision", "due", "event"),
    [
        pytest.param(
            "Enstemmigt godkendt ved 1. behandling. Sagen oversendes til 2. "
            "behandling på byrådets møde den 21. april 2026.",
            date(2026, 4, 21),
            "Byrådet",
            id="second-reading-dated",
        ),
        pytest.param(
            "Godkendt. Forslaget sendes til anden behandling i "
            "Kommunalbestyrelsens møde den 5. maj 2026.",
            date(2026, 5, 5),
            "Kommunalbestyrelsen",
            id="second-reading-words",
        ),
        pytest.param(
            "Vedtaget. Sagen oversendes til endelig behandling på "
            "økonomiudvalgets møde den 14. april 2026.",
            date(2026, 4, 14),
            "Økonomiudvalget",
            id="final-reading",
        ),
    ],
)
def test_sent_on_to_a_second_reading_is_a_follow_up(decision, due, event):
    drafts = extract_follow_ups(
        make_item(decision), meeting_date=date(2026, 3, 24), body_name="Byrådet"
    )
    assert [(d.due_date, d.event) for d in drafts] == [(due, event)]


@pytest.mark.parametrize(
    "decision",
    [
        "Anbefales. Sagen oversendes til Byrådet.",
        "Godkendt. Sagen sendes videre til Økonomiudvalget.",
    ],
)
def test_forwarding_a_case_is_routine(decision):
    drafts = extract_follow_ups(make_item(decision), meeting_date=date(2026, 3, 24))
    assert drafts == []


def test_a_section_headed_opfolgning_is_a_follow_up_list():
    section = Section(
        heading="Opfølgning",
        text="Handleplanen drøftes med elevrådene. Ansvarlig: Anders Dal. "
        "Frist: 1. juni 2026.\nStatus gives på næste møde.",
    )
    drafts = extract_follow_ups(
        make_item("Godkendt.", sections=(section,)), meeting_date=LIST_MEETING
    )
    assert [(d.origin, d.responsible, d.due_date) for d in drafts] == [
        (Origin.DECISION, "Anders Dal", date(2026, 6, 1)),
        (Origin.DECISION, "", None),
    ]
