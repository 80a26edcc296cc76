"""Parser and extractor on referater in layouts and phrasings the seeds lack.

tests/data/unseen/ holds six referater written in the styles of other council
systems (a First Agenda PDF as pdftotext -layout text, a fagudvalg web export,
a Word template with sub-items, an Ældreråd, a HovedMED, a direktion) and
their hand annotation, gold.json, in the format of seeds-gold.json. Each file
is parsed, every item's follow-ups are extracted, and the result is scored
with the rules of ../shared/check/score_minutes.py, re-implemented here on
the parsed objects (what the API would return) so that the test runs without
a server and without ../shared. Run with -s for a per-file summary.
"""

from __future__ import annotations

import importlib.util
import json
import re
from datetime import date
from pathlib import Path

import pytest

from decisions.deadlines import find_deadlines
from decisions.extraction import Origin, extract_follow_ups, next_meeting_date
from minutes.evaluate import Score, norm
from minutes.parsing import (
    ParsedAgendaItem,
    ParsedDecision,
    parse_minutes,
    parse_text,
)
from minutes.readers import read_minutes

DATA = Path(__file__).parent / "data" / "unseen"
GOLD = json.loads((DATA / "gold.json").read_text(encoding="utf-8"))

# Just below what the parser and extractor reach on these layouts (1.00,
# 1.00, 0.98, 1.00): room for one miss each, not for a lost layout.
MIN_STRUCTURE = 0.98
MIN_RECALL = 0.95
MIN_PRECISION = 0.9
MIN_DUE = 0.95

# Optional facts of an item; a missing item fails the title and each of these.
_ITEM_KEYS = (
    "case",
    "proposer",
    "clauses",
    "attachments",
    "decision_has",
    "closed",
    "presenter",
    "time",
    "withdrawn",
    "postponed",
)


def core_title(text: str | None) -> str:
    return re.sub(r"^cf\s*-\s*", "", norm(text))


def _hhmm(value) -> str:
    return value.strftime("%H:%M") if value else ""


def check_item(
    g: dict,
    item: ParsedAgendaItem | None,
    score: Score,
    label: str,
    meeting_absentees: tuple[str, ...] = (),
):
    """Score one annotated item against the parsed one (score_minutes rules)."""
    if item is None:
        score.fails.append(f"{label}: missing")
        score.s_total += 1 + sum(1 for key in _ITEM_KEYS if key in g)
        return

    def chk(ok: bool, what: str) -> None:
        score.s_total += 1
        if ok:
            score.s_ok += 1
        else:
            score.fails.append(f"{label}: {what}")

    want, got = core_title(g["title"]), core_title(item.title)
    chk(
        want == got or got.startswith(want) or (len(got) > 3 and got in want),
        f"title {item.title!r} != {g['title']!r}",
    )
    recommendation = item.recommendation
    if "case" in g:
        chk(
            norm(item.case_number) == norm(g["case"]),
            f"case_number {item.case_number!r} != {g['case']!r}",
        )
    if g.get("closed"):
        chk(item.is_closed, "is_closed should be true")
    if "proposer" in g:
        proposer = recommendation.proposer if recommendation else None
        chk(
            norm(proposer) == norm(g["proposer"]),
            f"proposer {proposer!r} != {g['proposer']!r}",
        )
    if "clauses" in g:
        count = len(recommendation.clauses) if recommendation else 0
        chk(count == g["clauses"], f"clauses {count} != {g['clauses']}")
    if "attachments" in g:
        got_files = [norm(a) for a in item.attachments]
        want_files = [norm(a) for a in g["attachments"]]
        chk(got_files == want_files, f"attachments {got_files} != {want_files}")
    if "decision_has" in g:
        text = item.decision.text if item.decision else ""
        chk(
            norm(g["decision_has"]) in norm(text),
            f"decision lacks {g['decision_has']!r}",
        )
    if "presenter" in g:
        chk(
            norm(item.presenter) == norm(g["presenter"]),
            f"presenter {item.presenter!r} != {g['presenter']!r}",
        )
    if "time" in g:
        times = [_hhmm(item.planned_start), _hhmm(item.planned_end)]
        chk(times == g["time"], f"planned time {times} != {g['time']}")
    if g.get("withdrawn"):
        chk(item.status == "withdrawn", f"status {item.status!r} != 'withdrawn'")
    if g.get("postponed"):
        chk(item.status == "postponed", f"status {item.status!r} != 'postponed'")
    if "absent" in g:
        # As the API shows them: absent from the meeting, or from the item.
        absentees = (*meeting_absentees, *item.absentees)
        absent = norm(" ".join(absentees))
        chk(
            all(norm(name) in absent for name in g["absent"]),
            f"absentees {absentees!r} lack {g['absent']}",
        )


def score_document(doc: dict, data: Path = DATA) -> Score:
    """Parse, extract and score one annotated referat in ``data``; return its score."""
    label = doc["file"]
    score = Score()
    _, parsed = read_minutes((data / label).read_bytes(), filename=label)
    required = [g for g in doc["followups"] if g["required"]]
    if parsed.date.isoformat() != doc["date"]:
        score.fails.append(f"{label}: no meeting dated {doc['date']}")
        score.s_total += 3 + len(doc["items"]) * 4
        score.req_total += len(required)
        return score
    for key, want in (("start", doc.get("start")), ("location", doc.get("location"))):
        if want is None:
            continue
        score.s_total += 1
        if key == "start":
            got, ok = _hhmm(parsed.start_time), _hhmm(parsed.start_time) == want
        else:
            got, ok = parsed.location, norm(parsed.location) == norm(want)
        if ok:
            score.s_ok += 1
        else:
            score.fails.append(f"{label}: {key} {got!r} != {want!r}")
    score.s_total += 1
    if len(parsed.items) == len(doc["items"]):
        score.s_ok += 1
    else:
        score.fails.append(
            f"{label}: {len(parsed.items)} agenda items != {len(doc['items'])}"
        )
    by_number = {item.number: item for item in parsed.items}
    for g in doc["items"]:
        check_item(
            g,
            by_number.get(g["n"]),
            score,
            f"{label} item {g['n']}",
            parsed.absentees,
        )
    _score_follow_ups(
        doc,
        parsed.items,
        parsed.date,
        parsed.body,
        score,
        next_meeting=next_meeting_date(parsed),
    )
    return score


def _score_follow_ups(
    doc: dict,
    items: tuple[ParsedAgendaItem, ...],
    meeting_date: date,
    body_name: str,
    score: Score,
    next_meeting: date | None = None,
) -> None:
    label = doc["file"]
    gold = doc["followups"]
    matched: set[int] = set()
    for item in items:
        n = item.number
        for draft in extract_follow_ups(
            item,
            meeting_date=meeting_date,
            body_name=body_name,
            unit_aliases={},
            next_meeting=next_meeting,
        ):
            if draft.origin == Origin.CASE_TEXT:
                continue  # promises in the case text: offered, not scored
            text = norm(f"{draft.description} {draft.source_text} {draft.due_text}")
            score.extracted += 1
            if any(
                nf["item"] == n and any(norm(k) in text for k in nf["key"])
                for nf in doc.get("not_followups", [])
            ):
                score.fails.append(
                    f"{label} item {n}: false follow-up {draft.description!r}"
                )
                continue
            hit = None
            for index, g in enumerate(gold):
                if g["item"] == n and any(norm(k) in text for k in g["key"]):
                    hit = index
                    if g["required"] and index not in matched:
                        break
            if hit is None:
                score.fails.append(
                    f"{label} item {n}: unexpected follow-up {draft.description!r}"
                )
                continue
            score.good += 1
            g = gold[hit]
            if g["required"] and hit not in matched:
                matched.add(hit)
                if "due" in g:
                    score.due_total += 1
                    due = draft.due_date.isoformat() if draft.due_date else ""
                    if due and g["due"][0] <= due <= g["due"][1]:
                        score.due_ok += 1
                    else:
                        score.fails.append(
                            f"{label} item {n}: due_date {due or None} not in "
                            f"{g['due']} for {g['key'][0]!r}"
                        )
    for index, g in enumerate(gold):
        if not g["required"]:
            continue
        score.req_total += 1
        if index in matched:
            score.req_found += 1
        else:
            score.fails.append(
                f"{label} item {g['item']}: missed follow-up {g['key'][0]!r}"
            )
            if "due" in g:
                score.due_total += 1


SCORER = Path(__file__).resolve().parents[2] / "shared" / "check" / "score_minutes.py"


@pytest.mark.skipif(not SCORER.exists(), reason="../shared is not beside the repo")
def test_normalisation_agrees_with_the_scorer():
    spec = importlib.util.spec_from_file_location("score_minutes", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    samples = [
        "CF - Evt.",
        " Budget\u20132027 \\_ Lokalplan ",
        "ÆLDRERÅDET  i\nLindholm",
    ]
    for sample in samples:
        assert norm(sample) == scorer.norm(sample)
        assert core_title(sample) == scorer.core_title(sample)


def test_gold_names_every_unseen_file():
    files = sorted(p.name for p in DATA.glob("*.txt"))
    assert files == sorted(doc["file"] for doc in GOLD["documents"])


@pytest.mark.parametrize("doc", GOLD["documents"], ids=lambda d: d["file"])
def test_unseen_document_parses_as_the_annotated_meeting(doc):
    """Body and item count: the facts every other score depends on."""
    parsed = parse_minutes((DATA / doc["file"]).read_bytes(), filename=doc["file"])
    assert parsed.date.isoformat() == doc["date"]
    assert norm(doc["body"]) in norm(parsed.body)
    assert [item.number for item in parsed.items] == [g["n"] for g in doc["items"]]


def test_unseen_minutes_scores():
    total = Score()
    print()
    for doc in GOLD["documents"]:
        score = score_document(doc)
        print(f"{doc['file']:<38} {score.line()}")
        total.add(score)
    print(f"{'TOTAL':<38} {total.line()}")
    for fail in total.fails:
        print("  " + fail)
    assert total.structure >= MIN_STRUCTURE, total.line()
    assert total.recall >= MIN_RECALL, total.line()
    assert total.precision >= MIN_PRECISION, total.line()
    assert total.due >= MIN_DUE, total.line()


# ---------------------------------------------------------------------------
# The general rules these layouts called for, one case each


def test_per_clause_verdicts_are_not_item_headings():
    minutes = parse_text(
        "Referat\nBørne- og Skoleudvalget\nDato: 10. marts 2026\n\n"
        "1. Budgetopfølgning\nSagsnr.: 26/1750\n\nBeslutning:\n"
        "Ad 1: Taget til efterretning.\nAd 2: Anbefales over for Økonomiudvalget.\n\n"
        "2. Vedtaget budget 2027\nSagsnr.: 26/1751\n\nBeslutning: Godkendt.\n"
    )
    assert [(i.number, i.title) for i in minutes.items] == [
        (1, "Budgetopfølgning"),
        (2, "Vedtaget budget 2027"),
    ]
    assert "Ad 2: Anbefales" in minutes.items[0].decision.text


@pytest.mark.parametrize(
    ("header", "body"),
    [
        pytest.param(
            "Ældrerådet i Lindholm Kommune\n\nReferat af ordinært møde torsdag den "
            "7. maj 2026\nReferent: Lene Vinther, sekretær for Ældrerådet\n",
            "Ældrerådet",
            id="body-in-municipality",
        ),
        pytest.param(
            "Koncernledelsen\n\nReferat\n\nDato: 8. juni 2026\n",
            "Koncernledelsen",
            id="management-body",
        ),
    ],
)
def test_body_named_on_its_own_header_line(header, body):
    minutes = parse_text(
        header + "\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n"
    )
    assert minutes.body == body


def test_toc_heading_with_a_page_column_label():
    minutes = parse_text(
        "Direktionen\nReferat\nDato: 8. juni 2026\n\n"
        "Indhold                                   Side\n\n"
        "1. Godkendelse af dagsorden                  2\n"
        "2. Eventuelt                                 2\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
        "2. Eventuelt\n\nBeslutning\nIntet.\n"
    )
    assert minutes.table_of_contents == ("Godkendelse af dagsorden", "Eventuelt")
    assert [i.number for i in minutes.items] == [1, 2]


def test_proposer_named_with_foreslaar_under_a_recommendation_heading():
    minutes = parse_text(
        "Referat\nTeknik- og Miljøudvalget\nDato: 15. april 2026\n\n"
        "1. Hundeskov\nSagsnr.: 04.02.00-G01-2-26\n\nSagsbeskrivelse\n"
        "Forvaltningen anbefaler, at forslaget afvises.\n\n"
        "Forslag til beslutning\nTeknik og Miljø foreslår, at udvalget tager "
        "stilling til forslaget.\n\nBeslutning: Godkendt.\n"
    )
    recommendation = minutes.items[0].recommendation
    assert recommendation.proposer == "Teknik og Miljø"
    assert len(recommendation.clauses) == 1


def test_presenter_after_a_role_word():
    minutes = parse_text(
        "Referat\nÆldrerådet\nDato: 7. maj 2026\n\n"
        "Ad 1) Orientering fra forvaltningen v/ ældrechef Susanne Friis\n\n"
        "Orienteringen blev taget til efterretning.\n\n"
        "Ad 2) Eventuelt\n\nIntet.\n"
    )
    item = minutes.items[0]
    assert (item.title, item.presenter) == (
        "Orientering fra forvaltningen",
        "Susanne Friis",
    )


def test_conclusion_and_follow_up_headings_make_the_decision():
    minutes = parse_text(
        "Referat - HovedMED\nDato: 22. januar 2026\n\n"
        "Dagsordenspunkt 1: Trivselsmåling\n\nBaggrund:\nMålingen gennemføres.\n\n"
        "Opfølgning:\nPlanen følges op hvert år.\n\n"
        "Konklusion:\nGodkendt.\n\nOpfølgning:\nHR sender spørgerammen ud.\n"
    )
    item = minutes.items[0]
    assert item.decision.text == "Godkendt.\n\nHR sender spørgerammen ud."
    assert [s.heading for s in item.sections] == ["Baggrund", "Opfølgning"]
    assert not any("decision heading" in w.message for w in minutes.warnings)


def test_decision_opening_with_the_postponement_at_any_length():
    minutes = parse_text(
        "Referat\nByrådet\nDato: 24. februar 2026\n\n"
        "Punkt 15. Lokalplan 312\nSagsnr.: 26/1\n\nBeslutning i Byrådet\n"
        "Sagen udsættes til Byrådets møde i marts, idet administrationen inden da "
        "skal afklare spørgsmålet om vejadgang med grundejerforeningen.\n"
    )
    assert minutes.items[0].status == "postponed"


def test_closing_taget_til_orientering_is_inferred_as_the_decision():
    minutes = parse_text(
        "Referat\nDirektionen\nDato: 8. juni 2026\n\n"
        "1. Status på digitaliseringen\nSagsnr.: 26/4\n\nOrientering\n"
        "Der er gennemført 19 af 31 aktiviteter.\n\nTaget til orientering.\n"
    )
    assert minutes.items[0].decision.text == "Taget til orientering."


MEETING = date(2026, 6, 8)  # a Monday


def _follow_ups(decision: str, body: str = "Udvalget") -> list[str]:
    item = ParsedAgendaItem(
        number=1, position=1, title="Sag", decision=ParsedDecision(decision)
    )
    return [
        draft.source_text
        for draft in extract_follow_ups(
            item, meeting_date=MEETING, body_name=body, unit_aliases={}
        )
    ]


@pytest.mark.parametrize(
    ("decision", "expected"),
    [
        pytest.param(
            "Udvalget besluttede ikke at arbejde videre med forslaget.",
            [],
            id="negated-infinitive",
        ),
        pytest.param(
            "Rådet drøftede, hvilke områder der skal prioriteres.",
            [],
            id="indirect-question",
        ),
        pytest.param(
            "Næste møde afholdes torsdag den 23. april 2027 kl. 13.00.",
            [],
            id="next-meeting-date",
        ),
        pytest.param(
            "Rådet afgiver høringssvar med følgende hovedpunkter:\n"
            "- Rengøring hver anden uge skal fastholdes.\n"
            "- Der skal være en klar klagevejledning.",
            ["Rådet afgiver høringssvar med følgende hovedpunkter:"],
            id="points-of-a-statement",
        ),
    ],
)
def test_only_commitments_are_follow_ups(decision, expected):
    assert _follow_ups(decision) == expected


@pytest.mark.parametrize(
    ("decision", "due"),
    [
        pytest.param(
            "Økonomichefen tilretter notatet, inden sagen sendes til "
            "Økonomiudvalget den 23. juni 2026.",
            date(2026, 6, 23),
            id="compound-role-actor",
        ),
        pytest.param(
            "Indstillingen blev godkendt med den tilføjelse, at der også afholdes "
            "et dialogmøde med forældrebestyrelserne.",
            None,
            id="amendment-adds-an-action",
        ),
        pytest.param(
            "Resultaterne præsenteres for HovedMED i juni 2026.",
            date(2026, 6, 30),
            id="presented-to-a-body",
        ),
        pytest.param(
            "Anne Vind sender likviditetsprognosen til direktionen inden fredag.",
            date(2026, 6, 12),
            id="weekday-deadline",
        ),
    ],
)
def test_a_follow_up(decision, due):
    item = ParsedAgendaItem(
        number=1, position=1, title="Sag", decision=ParsedDecision(decision)
    )
    (draft,) = extract_follow_ups(
        item, meeting_date=MEETING, body_name="Direktionen", unit_aliases={}
    )
    assert draft.due_date == due


@pytest.mark.parametrize(
    ("phrase", "due"),
    [
        pytest.param("inden fredag", date(2026, 6, 12), id="this-week"),
        pytest.param("senest på mandag", date(2026, 6, 15), id="same-weekday"),
        pytest.param("til næste onsdag", date(2026, 6, 17), id="naeste"),
        pytest.param("efter fredag", None, id="start-only"),
        pytest.param("senest fredag den 12. juni", date(2026, 6, 12), id="with-date"),
    ],
)
def test_weekday_deadlines(phrase, due):
    (deadline,) = find_deadlines(phrase, MEETING)
    assert deadline.due_date == due
