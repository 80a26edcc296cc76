"""Extraction on city-council referater with party motions, annotated blind.

tests/data/council/ holds referater in the styles of city and regional
councils (beslutningsforslag with the party's own "at"-lines and quoted
demands, amendments, votes, protocol remarks, minority statements,
referrals to committees and processes, resumptions, chained decisions of
earlier bodies), written and annotated (gold.json, the format of
seeds-gold.json) by someone who never saw the extraction. They are scored as
tests/test_unseen_minutes.py scores its referater; a file the parser cannot
read counts as a meeting not found (every fact and follow-up missed), as
../shared/check/score_minutes.py would count it. Run with -s for the
figures per file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from minutes.parsing import MinutesError
from tests.test_unseen_minutes import Score, score_document

DATA = Path(__file__).parent / "data" / "council"
GOLD = json.loads((DATA / "gold.json").read_text(encoding="utf-8"))

# What counts is measured by precision: nothing from a motion's own demands,
# votes, dissent or earlier bodies may be listed. The floors are just below
# today's figures (structure 0.98, recall 0.97, precision 1.00), to catch a
# regression.
MIN_PRECISION = 0.95
MIN_RECALL = 0.95
MIN_STRUCTURE = 0.95


def score_or_missing(doc: dict) -> Score:
    """Score one document; one the parser refuses counts as all missed."""
    try:
        return score_document(doc, DATA)
    except MinutesError as error:
        score = Score()
        score.fails.append(f"{doc['file']}: not read ({error})")
        score.s_total += 3 + len(doc["items"]) * 4
        score.req_total += sum(1 for g in doc["followups"] if g["required"])
        return score


def test_gold_names_every_council_file():
    files = sorted(p.name for p in DATA.iterdir() if p.name != "gold.json")
    assert files == sorted(doc["file"] for doc in GOLD["documents"])


@pytest.mark.parametrize("doc", GOLD["documents"], ids=lambda d: d["file"])
def test_no_follow_up_of_a_council_referat_is_one_the_annotation_rules_out(doc):
    score = score_or_missing(doc)
    assert [f for f in score.fails if "false follow-up" in f] == []


def test_council_minutes_scores():
    total = Score()
    print()
    for doc in GOLD["documents"]:
        score = score_or_missing(doc)
        print(f"{doc['file']:<54} {score.line()}")
        total.add(score)
    print(f"{'TOTAL':<54} {total.line()}")
    for fail in total.fails:
        print("  " + fail)
    assert total.precision >= MIN_PRECISION, total.line()
    assert total.recall >= MIN_RECALL, total.line()
    assert total.structure >= MIN_STRUCTURE, total.line()
