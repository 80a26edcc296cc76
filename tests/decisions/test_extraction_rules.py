"""The rules registry: every follow-up names the rule that found it.

Each rule has a table of sentences it must find and sentences it must leave
alone; every rule of RULES is exercised; the import stores the rule and its
confidence, the API returns them, and ``manage.py explain`` shows them.
"""

from datetime import date
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from decisions.extraction import (
    RULE_CONFIDENCE,
    RULES,
    Origin,
    commitments,
    explain_item,
    extract_follow_ups,
)
from decisions.models import FollowUp
from minutes.parsing.status import status_of
from minutes.parsing.types import ParsedAgendaItem, ParsedDecision, Section
from minutes.services import import_minutes

MEETING = date(2026, 1, 20)
BODY = "Teknik- og Miljøudvalget"
SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def item(decision: str = "", sections: tuple[Section, ...] = ()) -> ParsedAgendaItem:
    return ParsedAgendaItem(
        number=4,
        position=4,
        title="Trafikplan for bymidten",
        status=status_of(decision, [s.text for s in sections]),
        sections=sections,
        decision=ParsedDecision(decision) if decision else None,
    )


def rules_of(decision: str = "", sections: tuple[Section, ...] = ()) -> list[str]:
    drafts = extract_follow_ups(
        item(decision, sections), meeting_date=MEETING, body_name=BODY
    )
    return [draft.rule for draft in drafts]


# (rule, sentences it finds, sentences it must not find)
RULE_EXAMPLES = {
    "follow_up_list": (
        ["Opfølgning: Forvaltningen udarbejder et notat. Frist: 1. maj 2026."],
        ["Opfølgning: Ingen."],
    ),
    "item_postponed": (
        ["Sagen blev udsat."],
        # The parser finds this item handled, and its status decides.
        ["Udvalget besluttede at udsætte sagen."],
    ),
    "item_withdrawn": (["Punktet blev taget af dagsordenen."], ["Godkendt."]),
    "referral": (
        ["Forslaget oversendes til Økonomiudvalget til behandling."],
        ["Sagen oversendes til Byrådet.", "Sagen sendes videre til Byrådet."],
    ),
    "hearing": (
        ["Sagen sendes i høring hos Ældrerådet."],
        ["Sagen sendes ikke i høring."],
    ),
    "resumption": (
        ["Sagen genoptages på næste møde."],
        ["Hvis sagen genoptages, orienteres udvalget."],
    ),
    "commitment_phrase": (
        ["Direktionen følger op på sagen i marts."],
        ["Direktionen følger ikke op på sagen."],
    ),
    "modal_with_subject": (
        ["Forvaltningen skal undersøge, om stien kan flyttes."],
        ["Forvaltningen skal ikke undersøge sagen."],
    ),
    "modal_passive": (
        ["Planen skal behandles i Økonomiudvalget."],
        ["Planen skal godkendes af Kommunalbestyrelsen."],
    ),
    "actor_present_verb": (
        ["Forvaltningen udarbejder en plan for skolevejene."],
        ["Forvaltningen oplyste, at der udarbejdes en plan."],
    ),
    "inverted_present_verb": (
        ["Efterfølgende afholder Forvaltningen et borgermøde."],
        ["Afholder Forvaltningen et borgermøde?"],
    ),
    "decided_to": (
        ["Udvalget besluttede at igangsætte en analyse."],
        ["Udvalget besluttede ikke at igangsætte en analyse."],
    ),
    "decided_that": (
        ["Udvalget besluttede, at der afholdes et borgermøde."],
        ["Udvalget besluttede, at der ikke afholdes et borgermøde."],
    ),
    "decided_with_deadline": (
        ["Udvalget besluttede, at planen er klar i marts 2026."],
        ["Udvalget besluttede, at planen er god."],
    ),
    "impersonal_passive": (
        ["Der afholdes et borgermøde i uge 12."],
        [
            "Der kan afholdes et borgermøde.",
            # "fælles" ends in -es without being a passive verb.
            "Hassan foreslog en fælles arbejdsdag i foråret.",
        ],
    ),
    "remark_clause": (
        [
            "Godkendt med bemærkning om, at klimapolitikken indgår i bedømmelsen.",
            "Anbefales med følgende bemærkning:\n- at klimapolitikken indgår",
        ],
        ["Godkendt uden bemærkninger.", "Bemærkningerne blev drøftet."],
    ),
}
CASE_TEXT_EXAMPLES = (
    [Section("Sagsfremstilling", "Forvaltningen vil vende tilbage med et oplæg.")],
    [Section("Motivering", "Forvaltningen vil vende tilbage med et oplæg.")],
)


def test_every_rule_has_examples():
    assert {rule.name for rule in RULES} == {*RULE_EXAMPLES, "case_text_promise"}


@pytest.mark.parametrize(
    ("rule", "sentence"),
    [
        pytest.param(rule, sentence, id=f"{rule}-{i}")
        for rule, (found, _) in RULE_EXAMPLES.items()
        for i, sentence in enumerate(found)
    ],
)
def test_a_rule_finds_its_examples(rule, sentence):
    assert rules_of(sentence) == [rule]


@pytest.mark.parametrize(
    ("rule", "sentence"),
    [
        pytest.param(rule, sentence, id=f"{rule}-{i}")
        for rule, (_, left) in RULE_EXAMPLES.items()
        for i, sentence in enumerate(left)
    ],
)
def test_a_rule_leaves_its_counter_examples_alone(rule, sentence):
    assert rule not in rules_of(sentence)


def test_case_text_promise_rule():
    promise, motion = CASE_TEXT_EXAMPLES
    assert rules_of("Godkendt.", tuple(promise)) == ["case_text_promise"]
    assert rules_of("Godkendt.", tuple(motion)) == []


def test_every_follow_up_has_a_rule_and_its_confidence():
    drafts = extract_follow_ups(
        item(
            "Sagen genoptages på næste møde. Forvaltningen udarbejder en plan.",
            (Section("Sagsfremstilling", "ØS vil vende tilbage med et oplæg."),),
        ),
        meeting_date=MEETING,
        body_name=BODY,
    )
    assert [(d.rule, d.confidence) for d in drafts] == [
        ("resumption", RULE_CONFIDENCE["resumption"]),
        ("actor_present_verb", RULE_CONFIDENCE["actor_present_verb"]),
        ("case_text_promise", RULE_CONFIDENCE["case_text_promise"]),
    ]
    assert all(0 < rule.confidence <= 1 for rule in RULES)


def test_explain_gives_every_sentence_a_reason():
    verdicts = explain_item(
        item("Godkendt. Vi foreslår, at der bygges en skole. Sagen blev udsat."),
        meeting_date=MEETING,
        body_name=BODY,
    )
    assert [(v.draft is not None, v.reason) for v in verdicts] == [
        (False, "no rule fired"),
        (False, "veto: a motion's demand, a vote, dissent or remark"),
        (True, "item_postponed"),
    ]
    assert verdicts[2].draft.origin == Origin.POSTPONED


# ---------------------------------------------------------------------------
# Word tables: every entry is needed by at least one example

TABLE_EXAMPLES = {
    # The pre-filter of find_referral: each word admits a referral example.
    "_WORDS": [
        "Sagen oversendes til Økonomiudvalget.",
        "Sagen er oversendt til Økonomiudvalget.",
        "Sagen henvises til Økonomiudvalget.",
        "Udvalget besluttede at sende planen i høring.",
        "Sagen genoptages på næste møde.",
        "Sagen behandles igen på næste møde.",
        "Sagen genbehandles på næste møde.",
    ],
    "_OTHERS_WORDS": [
        "SF foreslår, at der bygges en skole.",
        "Forslagsstillerne ønsker en plan.",
        "Vi vil have en plan.",
        "Vi kræver en plan.",
        "Derudover forpligtes forvaltningen til en plan.",
        "V ønskede sin stemme ført til protokols.",
        "V kunne ikke tiltræde forslaget.",
        "V tog forbehold for finansieringen.",
        "For stemte: F, Ø (5)",
        "Et mindretal (Ø) gik imod.",
    ],
}


def _table_finds(name: str, sentence: str) -> bool:
    if name == "_WORDS":
        return commitments.find_referral(sentence, BODY) is not None
    return commitments.is_what_others_want(sentence)


@pytest.mark.parametrize("name", sorted(TABLE_EXAMPLES))
def test_every_entry_of_a_word_table_is_needed(name, monkeypatch):
    table = getattr(commitments, name)
    examples = TABLE_EXAMPLES[name]
    assert all(_table_finds(name, sentence) for sentence in examples)
    for entry in table:
        monkeypatch.setattr(commitments, name, tuple(w for w in table if w != entry))
        assert not all(_table_finds(name, sentence) for sentence in examples), entry
    monkeypatch.setattr(commitments, name, table)


@pytest.mark.parametrize("council", sorted(commitments._COUNCILS))
def test_every_council_is_needed(council):
    sentence = f"Sagen oversendes til {council.capitalize()}."
    assert commitments.find_referral(sentence, BODY) is None
    assert commitments.find_referral("Sagen oversendes til Økonomiudvalget.", BODY)


# ---------------------------------------------------------------------------
# Stored, served and explained


@pytest.mark.django_db
def test_the_import_stores_each_follow_ups_rule_and_confidence():
    path = sorted(SAMPLES.glob("*.txt"))[3]
    import_minutes(data=path.read_bytes(), filename=path.name)

    follow_ups = list(FollowUp.objects.all())

    assert follow_ups
    assert all(f.rule in RULE_CONFIDENCE for f in follow_ups)
    assert all(f.confidence == RULE_CONFIDENCE[f.rule] for f in follow_ups)


@pytest.mark.django_db
def test_the_api_returns_rule_and_confidence(api_client):
    path = sorted(SAMPLES.glob("*.txt"))[3]
    import_minutes(data=path.read_bytes(), filename=path.name)

    response = api_client.get("/api/v1/follow-ups/")

    row = response.data["results"][0]
    assert row["rule"] in RULE_CONFIDENCE
    assert row["confidence"] == RULE_CONFIDENCE[row["rule"]]


@pytest.mark.django_db
def test_explain_prints_every_follow_up_with_its_rule(capsys):
    path = sorted(SAMPLES.glob("*.txt"))[3]

    call_command("explain", str(path))

    out = capsys.readouterr().out
    import_minutes(data=path.read_bytes(), filename=path.name)
    rules = [f.rule for f in FollowUp.objects.all()]
    assert out.count("=> FOLLOW-UP by ") == len(rules)
    missing = [r for r in rules if f"FOLLOW-UP by {r}" not in out]
    assert missing == [], out


@pytest.mark.django_db
def test_explain_one_item(capsys):
    path = sorted(SAMPLES.glob("*.txt"))[3]

    call_command("explain", str(path), "--item", "2")

    out = capsys.readouterr().out
    assert "\nPunkt 2:" in out
    assert "\nPunkt 3:" not in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["no-such-file.txt"], "no such file", id="missing"),
        pytest.param([str(SAMPLES), "--item", "1"], "no such file", id="directory"),
    ],
)
def test_explain_refuses_bad_input_with_a_precise_error(args, message):
    with pytest.raises(CommandError, match=message):
        call_command("explain", *args)


@pytest.mark.django_db
def test_explain_names_the_items_when_the_item_is_missing():
    path = sorted(SAMPLES.glob("*.txt"))[3]
    with pytest.raises(CommandError, match=r"no item 99 \(items: 1, "):
        call_command("explain", str(path), "--item", "99")


def test_explain_refuses_a_file_that_is_no_referat(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Indkøbsliste\nmælk\nbrød\n", encoding="utf-8")
    with pytest.raises(CommandError, match="notes.txt: "):
        call_command("explain", str(path))


@pytest.mark.parametrize(
    ("sentence", "responsible"),
    [
        ("Lis sender en rykker til medlemmerne inden 1. maj.", "Lis"),
        ("Jens indhenter tre tilbud inden næste møde.", "Jens"),
        ("Derfor sender forvaltningen et brev.", "Forvaltningen"),
    ],
)
def test_informal_minutes_name_the_responsible_by_first_name(sentence, responsible):
    drafts = extract_follow_ups(item(sentence), meeting_date=MEETING, body_name=BODY)
    assert [draft.responsible for draft in drafts] == [responsible]
