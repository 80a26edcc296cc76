"""The five sample referater parse to the hand-annotated facts.

The annotation (seeds-gold.json) lives in the shared check folder next to the
project; when it is missing only the hard-coded facts below are checked.
Facts are compared the way the scorer compares them (check_item in
score_minutes.py): case-folded, whitespace-collapsed, en dashes as hyphens,
and a leading "CF - " ignored in titles.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date, time
from pathlib import Path

import pytest

from minutes.parsing import ParsedAgendaItem, ParsedMinutes, parse_minutes

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
GOLD = ROOT.parent / "shared" / "check" / "seeds-gold.json"


def norm(text: str | None) -> str:
    text = unicodedata.normalize("NFC", text or "").replace("\u2013", "-")
    return re.sub(r"\s+", " ", text.replace("\\_", "_")).strip().casefold()


def core_title(text: str) -> str:
    return re.sub(r"^cf\s*-\s*", "", norm(text))


_parsed: dict[str, ParsedMinutes] = {}


def parsed(name: str) -> ParsedMinutes:
    if name not in _parsed:
        path = SAMPLES / name
        _parsed[name] = parse_minutes(path.read_bytes(), filename=name)
    return _parsed[name]


def _gold_documents() -> list[dict]:
    if not GOLD.exists():
        return []
    return json.loads(GOLD.read_text(encoding="utf-8"))["documents"]


GOLD_DOCUMENTS = _gold_documents()
needs_gold = pytest.mark.skipif(not GOLD_DOCUMENTS, reason=f"{GOLD} not found")


def _gold_params() -> list:
    return [pytest.param(doc, id=doc["file"][:3]) for doc in GOLD_DOCUMENTS]


def _gold_item_params() -> list:
    return [
        pytest.param(doc["file"], item, id=f"{doc['file'][:3]}-item-{item['n']}")
        for doc in GOLD_DOCUMENTS
        for item in doc["items"]
    ]


@needs_gold
@pytest.mark.parametrize("doc", _gold_params())
def test_seed_meeting_facts_match_the_annotation(doc: dict) -> None:
    minutes = parsed(doc["file"])
    assert minutes.date.isoformat() == doc["date"]
    assert norm(doc["body"]) in norm(minutes.body)
    assert minutes.start_time is not None
    assert minutes.start_time.strftime("%H:%M") == doc["start"]
    assert norm(minutes.location) == norm(doc["location"])
    assert [item.number for item in minutes.items] == [g["n"] for g in doc["items"]]


def _slot(value: time | None) -> str:
    return value.strftime("%H:%M") if value else ""


@needs_gold
@pytest.mark.parametrize(("name", "gold"), _gold_item_params())
def test_seed_item_facts_match_the_annotation(name: str, gold: dict) -> None:
    items = {item.number: item for item in parsed(name).items}
    item: ParsedAgendaItem = items[gold["n"]]
    expected_title, title = core_title(gold["title"]), core_title(item.title)
    assert title == expected_title or title.startswith(expected_title)
    if "case" in gold:
        assert norm(item.case_number) == norm(gold["case"])
    if gold.get("closed"):
        assert item.is_closed is True
    recommendation = item.recommendation
    if "proposer" in gold:
        assert recommendation is not None
        assert norm(recommendation.proposer) == norm(gold["proposer"])
    if "clauses" in gold:
        assert recommendation is not None
        assert len(recommendation.clauses) == gold["clauses"]
    if "attachments" in gold:
        assert [norm(a) for a in item.attachments] == [
            norm(a) for a in gold["attachments"]
        ]
    if "decision_has" in gold:
        assert item.decision is not None
        assert norm(gold["decision_has"]) in norm(item.decision.text)
    if "presenter" in gold:
        assert norm(item.presenter) == norm(gold["presenter"])
    if "time" in gold:
        assert [_slot(item.planned_start), _slot(item.planned_end)] == gold["time"]
    if gold.get("withdrawn"):
        assert item.status == "withdrawn"
    if gold.get("postponed"):
        assert item.status == "postponed"
    if "absent" in gold:
        assert all(norm(a) in norm(" ".join(item.absentees)) for a in gold["absent"])


# Key facts written out, so the seeds are checked without the annotation too.
@pytest.mark.parametrize(
    ("name", "meeting_date", "start", "location", "item_count"),
    [
        pytest.param(
            "000_dce7b635f70dbd69.txt", date(2015, 6, 4), time(9), "915", 7, id="000"
        ),
        pytest.param(
            "001_56b92cfda338a69b.txt",
            date(2017, 11, 15),
            time(9),
            "Mødelokale 1",
            9,
            id="001",
        ),
        pytest.param(
            "002_ca4162980987873e.txt",
            date(2014, 6, 19),
            time(8, 30),
            "513",
            8,
            id="002",
        ),
        pytest.param(
            "003_8a6edd6423ffc44b.txt",
            date(2019, 12, 5),
            time(9),
            "Mødelokale 1",
            10,
            id="003",
        ),
        pytest.param(
            "004_053c40d5b5aa6077.txt", date(2024, 4, 24), time(9), "915", 10, id="004"
        ),
    ],
)
def test_seed_headers_and_item_counts(
    name: str, meeting_date: date, start: time, location: str, item_count: int
) -> None:
    minutes = parsed(name)
    assert minutes.body == "Chefforum"
    assert (minutes.date, minutes.start_time, minutes.location) == (
        meeting_date,
        start,
        location,
    )
    assert len(minutes.items) == item_count
    assert [item.position for item in minutes.items] == list(range(1, item_count + 1))


def test_seed_item_states_presenters_and_attendance() -> None:
    early = {item.number: item for item in parsed("000_dce7b635f70dbd69.txt").items}
    assert early[1].is_closed is True and early[1].title == "Lukket"
    assert early[2].attachments == ("Kommissorium",)
    assert early[4].absentees == ("Niels Carsten Bluhme",)
    assert early[7].title == "Eventuell"

    planned = {item.number: item for item in parsed("003_8a6edd6423ffc44b.txt").items}
    assert planned[5].title == "Administrativ proces til budget 2021"
    assert planned[5].presenter == "Søren"
    assert planned[5].participants == ("Finn", "Mona")
    assert planned[9].status == "withdrawn"
    assert planned[9].presenter == ""
    assert (planned[9].planned_start, planned[9].planned_end) == (
        time(11, 25),
        time(11, 55),
    )

    late = {item.number: item for item in parsed("004_053c40d5b5aa6077.txt").items}
    assert late[9].status == "postponed"
    assert late[7].status == "handled"  # "blev udsat" there reports 2023
    assert late[7].attachments[0] == "Bilag ØU beslutning_notat om telefoner_0.pdf"


def test_seed_proposer_without_heading_and_history_decision() -> None:
    items = {item.number: item for item in parsed("001_56b92cfda338a69b.txt").items}
    recommendation = items[5].recommendation
    assert recommendation is not None
    assert recommendation.proposer == "Afdelingschefen for Økonomi & Stab"
    assert len(recommendation.clauses) == 2
    assert [(p.body, p.date) for p in items[8].prior_decisions] == [
        ("Direktørforum", date(2017, 11, 6))
    ]
    assert items[8].decision is not None
    assert items[8].decision.text == "Chefforum tog orienteringen til efterretning."
