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
import textwrap
import unicodedata
from datetime import date, time
from pathlib import Path

import pytest

from minutes.bench import format_report, run_parse_benchmark
from minutes.parsing import ParsedAgendaItem, ParsedMinutes, parse_minutes, parse_text

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


# --------------------------------------------------------------------------
# The same seeds in other layouts: the facts must survive the change.


def _as_pdf_text(text: str, *, width: int = 80, page_lines: int = 50) -> str:
    """Imitate pdftotext -layout: no Markdown, lines wrapped at width with
    long words hyphenated, a left margin, pages separated by form feeds with a
    running header and a "Side N af M" footer."""
    out: list[str] = []
    for line in text.split("\n"):
        plain = re.sub(r"^#+\s*", "", line).replace("**", "").replace("\\_", "_")
        if len(plain) <= width or "\t" in plain:
            out.append(plain)
            continue
        indent = " " * (len(plain) - len(plain.lstrip()))
        carry = ""
        for wrapped in textwrap.wrap(plain, width=width, break_long_words=False):
            words = (carry + wrapped).split(" ")
            carry = ""
            if len(words[-1]) > 9 and words[-1].isalpha() and words[-1].islower():
                words[-1], carry = words[-1][:5] + "-", words[-1][5:] + " "
            out.append(indent + " ".join(words))
        if carry:
            out.append(indent + carry.strip())
    pages = [out[i : i + page_lines] for i in range(0, len(out), page_lines)]
    rendered = []
    for number, page in enumerate(pages, start=1):
        header = ["     Referat - side hoved", ""] if number > 1 else []
        body = ["     " + line if line.strip() else "" for line in page]
        footer = ["", f"{' ' * 40}Side {number} af {len(pages)}", ""]
        rendered.append("\n".join(header + body + footer))
    return "\f".join(rendered)


def _numbered_items(text: str) -> str:
    """ "## **Punkt 3: CF - Title**" -> "3. CF - Title", without Markdown."""
    text = re.sub(r"^#+\s*", "", text, flags=re.MULTILINE).replace("**", "")
    return re.sub(r"^Punkt (\d+): ", r"\1. ", text, flags=re.MULTILINE)


def _upper_case_headings(text: str) -> str:
    names = "Anledning|Baggrund|Sagsfremstilling|Indstilling|Beslutning|Bilag|Historik"
    return re.sub(
        rf"^(#*\s*\**)({names})(\**)$",
        lambda m: m.group(1) + m.group(2).upper() + m.group(3),
        text,
        flags=re.MULTILINE,
    )


def _running_case_numbers(text: str) -> str:
    """ "Punkt 3: CF - Title" -> "Sag nr. 133: CF - Title"."""
    return re.sub(
        r"^(#*\s*\**)Punkt (\d+): ",
        lambda m: f"{m.group(1)}Sag nr. {int(m.group(2)) + 130}: ",
        text,
        flags=re.MULTILINE,
    )


LAYOUTS = {
    "pdf-text": (_as_pdf_text, 0),
    "narrow-pdf-text": (lambda text: _as_pdf_text(text, width=60, page_lines=40), 0),
    "numbered-items": (_numbered_items, 0),
    "numbered-items-as-pdf": (lambda text: _as_pdf_text(_numbered_items(text)), 0),
    "upper-case-headings": (_upper_case_headings, 0),
    "running-case-numbers": (_running_case_numbers, 130),
}


def _item_failures(gold: dict, item: ParsedAgendaItem | None) -> list[str]:
    """The facts of one annotated item that the parsed item gets wrong."""
    if item is None:
        return ["missing"]
    failures = []
    expected_title, title = core_title(gold["title"]), core_title(item.title)
    if not (title == expected_title or title.startswith(expected_title)):
        failures.append(f"title {item.title!r}")
    if "case" in gold and norm(item.case_number) != norm(gold["case"]):
        failures.append(f"case {item.case_number!r}")
    if gold.get("closed") and item.is_closed is not True:
        failures.append("not closed")
    recommendation = item.recommendation
    if "proposer" in gold and (
        recommendation is None
        or norm(recommendation.proposer) != norm(gold["proposer"])
    ):
        failures.append("proposer")
    if "clauses" in gold and (
        recommendation is None or len(recommendation.clauses) != gold["clauses"]
    ):
        failures.append("clauses")
    if "attachments" in gold and [norm(a) for a in item.attachments] != [
        norm(a) for a in gold["attachments"]
    ]:
        failures.append(f"attachments {item.attachments}")
    if "decision_has" in gold and (
        item.decision is None
        or norm(gold["decision_has"]) not in norm(item.decision.text)
    ):
        failures.append("decision")
    if "presenter" in gold and norm(item.presenter) != norm(gold["presenter"]):
        failures.append(f"presenter {item.presenter!r}")
    if (
        "time" in gold
        and [
            _slot(item.planned_start),
            _slot(item.planned_end),
        ]
        != gold["time"]
    ):
        failures.append("time")
    if gold.get("withdrawn") and item.status != "withdrawn":
        failures.append("not withdrawn")
    if gold.get("postponed") and item.status != "postponed":
        failures.append("not postponed")
    if "absent" in gold and not all(
        norm(a) in norm(" ".join(item.absentees)) for a in gold["absent"]
    ):
        failures.append("absentees")
    return failures


@needs_gold
@pytest.mark.parametrize("layout", list(LAYOUTS))
@pytest.mark.parametrize("doc", _gold_params())
def test_seed_facts_survive_other_layouts(doc: dict, layout: str) -> None:
    transform, number_offset = LAYOUTS[layout]
    source = (SAMPLES / doc["file"]).read_text(encoding="utf-8")
    minutes = parse_text(transform(source))
    assert minutes.date.isoformat() == doc["date"]
    assert minutes.start_time is not None
    assert minutes.start_time.strftime("%H:%M") == doc["start"]
    assert norm(minutes.location) == norm(doc["location"])
    assert len(minutes.items) == len(doc["items"])
    items = {item.number - number_offset: item for item in minutes.items}
    failures = {
        gold["n"]: found
        for gold in doc["items"]
        if (found := _item_failures(gold, items.get(gold["n"])))
    }
    assert failures == {}


def test_seed_bytes_in_windows_encoding_with_crlf_parse_the_same() -> None:
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        legacy = text.replace("\n", "\r\n").encode("cp1252", errors="replace")
        expected = parsed(path.name)
        minutes = parse_minutes(legacy, filename=path.name)
        assert [item.title for item in minutes.items] == [
            item.title for item in expected.items
        ]
        assert minutes.line_count == expected.line_count


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


def test_seed_table_row_starting_with_beslutning_stays_in_the_table() -> None:
    first = parsed("004_053c40d5b5aa6077.txt").items[0]
    assert [section.heading for section in first.sections] == ["Sagsfremstilling"]
    assert "Beslutning\tInterne styringsdokumenter" in first.sections[0].text
    assert first.decision is not None
    assert first.decision.text.startswith("Chefforum godkendte dagsordenen")


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


def test_benchmark_reports_parser_and_yardstick_throughput() -> None:
    figures = run_parse_benchmark(sorted(SAMPLES.glob("*.txt")), min_seconds=0.01)
    assert figures["files"] == 5
    assert float(figures["parse_mb_per_s"]) > 0
    assert float(figures["yardstick_mb_per_s"]) > 0
    assert int(figures["peak_memory_bytes"]) > 0
    assert "parse:" in format_report(figures)
