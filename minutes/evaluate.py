"""Score the whole product on referater: import, read back through the API, compare.

    python -m minutes.evaluate GOLD.json FILE_OR_DIR ... [-v]
    python -m minutes.evaluate --no-gold FILE_OR_DIR ...

Imports the files into a throwaway SQLite database with the import service the
CLI uses, reads every meeting and its follow-ups back through the REST API (as
a superuser) and scores them against a hand annotation in the format of
seeds-gold.json: structure (items, titles, case numbers, proposers, clauses,
decisions, attachments, states), follow-up recall and precision, due dates.
The rules are those of the team's seeds-check scorer, so the figures compare.
Without gold it lists the documents refused, the items per document and the
warnings. Exit status 1 when a document was refused.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

# Facts an item may be annotated with; a missing item fails each of them.
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


def norm(text) -> str:
    text = unicodedata.normalize("NFC", text or "")
    text = text.replace("\u2013", "-").replace("\\_", "_")
    return re.sub(r"\s+", " ", text).strip().casefold()


def _core_title(text) -> str:
    return re.sub(r"^cf\s*-\s*", "", norm(text))


def _text_of(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return " ".join(_text_of(v) for v in value.values())
    if isinstance(value, list):
        return " ".join(_text_of(v) for v in value)
    return str(value)


@dataclass
class Score:
    """Counts of one document, or of all of them."""

    s_ok: int = 0
    s_total: int = 0
    req_found: int = 0
    req_total: int = 0
    good: int = 0
    extracted: int = 0
    due_ok: int = 0
    due_total: int = 0
    case_text: int = 0
    fails: list[str] = field(default_factory=list)

    def check(self, condition: bool, what: str) -> None:
        self.s_total += 1
        if condition:
            self.s_ok += 1
        else:
            self.fails.append(what)

    def add(self, other: Score) -> None:
        for name in (
            "s_ok",
            "s_total",
            "req_found",
            "req_total",
            "good",
            "extracted",
            "due_ok",
            "due_total",
            "case_text",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.fails.extend(other.fails)

    @property
    def structure(self) -> float:
        return self.s_ok / self.s_total if self.s_total else 0.0

    @property
    def recall(self) -> float:
        return self.req_found / self.req_total if self.req_total else 1.0

    @property
    def precision(self) -> float:
        return self.good / self.extracted if self.extracted else 0.0

    @property
    def due(self) -> float:
        return self.due_ok / self.due_total if self.due_total else 1.0

    def line(self) -> str:
        def ratio(ok, total, empty):
            return f"{ok}/{total}={(ok / total) if total else empty:.2f}"

        return (
            f"structure {ratio(self.s_ok, self.s_total, 0.0)} "
            f"followup-recall {ratio(self.req_found, self.req_total, 1.0)} "
            f"precision {ratio(self.good, self.extracted, 0.0)} "
            f"due {ratio(self.due_ok, self.due_total, 1.0)} "
            f"(case_text {self.case_text} unscored)"
        )


def _check_item(gold: dict, item: dict | None, score: Score, label: str) -> None:
    if item is None:
        score.s_total += 1 + sum(1 for key in _ITEM_KEYS if key in gold)
        score.fails.append(f"{label}: missing")
        return
    want, got = _core_title(gold["title"]), _core_title(item.get("title"))
    score.check(
        want == got or got.startswith(want) or (len(got) > 3 and got in want),
        f"{label}: title {item.get('title')!r} != {gold['title']!r}",
    )
    recommendation = item.get("recommendation") or {}
    if "case" in gold:
        score.check(
            norm(item.get("case_number")) == norm(gold["case"]),
            f"{label}: case_number {item.get('case_number')!r} != {gold['case']!r}",
        )
    if gold.get("closed"):
        score.check(item.get("is_closed") is True, f"{label}: is_closed should be true")
    if "proposer" in gold:
        score.check(
            norm(recommendation.get("proposer")) == norm(gold["proposer"]),
            f"{label}: proposer {recommendation.get('proposer')!r} "
            f"!= {gold['proposer']!r}",
        )
    if "clauses" in gold:
        clauses = len(recommendation.get("clauses") or [])
        score.check(
            clauses == gold["clauses"],
            f"{label}: clauses {clauses} != {gold['clauses']}",
        )
    if "attachments" in gold:
        got_titles = [
            norm(a.get("title") if isinstance(a, dict) else a)
            for a in item.get("attachments") or []
        ]
        want_titles = [norm(a) for a in gold["attachments"]]
        score.check(
            got_titles == want_titles,
            f"{label}: attachments {got_titles} != {want_titles}",
        )
    if "decision_has" in gold:
        decision = item.get("decision") or {}
        text = decision.get("text") if isinstance(decision, dict) else decision
        score.check(
            norm(gold["decision_has"]) in norm(text),
            f"{label}: decision lacks {gold['decision_has']!r}",
        )
    if "presenter" in gold:
        score.check(
            norm(item.get("presenter")) == norm(gold["presenter"]),
            f"{label}: presenter {item.get('presenter')!r} != {gold['presenter']!r}",
        )
    if "time" in gold:
        times = [
            (item.get("planned_start") or "")[:5],
            (item.get("planned_end") or "")[:5],
        ]
        score.check(times == gold["time"], f"{label}: planned time {times}")
    for state in ("withdrawn", "postponed"):
        if gold.get(state):
            score.check(
                item.get("status") == state,
                f"{label}: status {item.get('status')!r} != {state!r}",
            )
    if "absent" in gold:
        got_absent = norm(_text_of(item.get("absentees")))
        score.check(
            all(norm(name) in got_absent for name in gold["absent"]),
            f"{label}: absentees {item.get('absentees')!r} lack {gold['absent']}",
        )


def _follow_up_text(follow_up: dict) -> str:
    return norm(
        " ".join(
            str(follow_up.get(key) or "")
            for key in ("description", "source_text", "due_text")
        )
    )


def score_document(doc: dict, meeting: dict | None, follow_ups: list[dict]) -> Score:
    """Score one annotated document against its meeting as the API returns it."""
    score = Score()
    label = doc["file"]
    if meeting is None:
        score.s_total += 3 + 4 * len(doc["items"])
        score.req_total += sum(1 for f in doc["followups"] if f["required"])
        score.fails.append(f"{label}: no meeting dated {doc['date']}")
        return score
    for key, want in (
        ("start_time", doc.get("start")),
        ("location", doc.get("location")),
    ):
        if want is None:
            continue
        got = str(meeting.get(key) or "")
        same = got[:5] == want if key == "start_time" else norm(got) == norm(want)
        score.check(same, f"{label}: {key} {got!r} != {want!r}")
    items = meeting.get("agenda_items") or []
    score.check(
        len(items) == len(doc["items"]),
        f"{label}: {len(items)} agenda items != {len(doc['items'])}",
    )
    by_number = {int(i["number"]): i for i in items if str(i.get("number")).isdigit()}
    number_of = {
        i["id"]: int(i["number"]) for i in items if str(i.get("number")).isdigit()
    }
    for gold_item in doc["items"]:
        _check_item(
            gold_item,
            by_number.get(gold_item["n"]),
            score,
            f"{label} item {gold_item['n']}",
        )
    matched: set[int] = set()
    for follow_up in follow_ups:
        if str(follow_up.get("origin") or "").lower() == "case_text":
            score.case_text += 1
            continue
        ref = follow_up.get("agenda_item")
        number = number_of.get(ref.get("id") if isinstance(ref, dict) else ref)
        text = _follow_up_text(follow_up)
        score.extracted += 1
        if any(
            bad["item"] == number and any(norm(key) in text for key in bad["key"])
            for bad in doc.get("not_followups", [])
        ):
            score.fails.append(
                f"{label} item {number}: false follow-up "
                f"{follow_up.get('description')!r}"
            )
            continue
        hit = None
        for index, gold in enumerate(doc["followups"]):
            if gold["item"] == number and any(norm(key) in text for key in gold["key"]):
                hit = index
                if gold["required"] and index not in matched:
                    break
        if hit is None:
            score.fails.append(
                f"{label} item {number}: unexpected follow-up "
                f"{follow_up.get('description')!r}"
            )
            continue
        score.good += 1
        gold = doc["followups"][hit]
        if gold["required"] and hit not in matched:
            matched.add(hit)
            if "due" in gold:
                score.due_total += 1
                due = str(follow_up.get("due_date") or "")[:10]
                if due and gold["due"][0] <= due <= gold["due"][1]:
                    score.due_ok += 1
                else:
                    score.fails.append(
                        f"{label} item {number}: due_date {due or None} not in "
                        f"{gold['due']} for {gold['key'][0]!r}"
                    )
    for index, gold in enumerate(doc["followups"]):
        if not gold["required"]:
            continue
        score.req_total += 1
        if index in matched:
            score.req_found += 1
        else:
            score.fails.append(
                f"{label} item {gold['item']}: missed {gold['key'][0]!r}"
            )
            if "due" in gold:
                score.due_total += 1
    return score


def _files(paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found.extend(
                p
                for p in sorted(path.iterdir())
                if p.is_file() and p.name != "gold.json"
            )
        else:
            found.append(path)
    return found


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [a for a in argv if not a.startswith("-")]
    gold = None
    if "--no-gold" not in argv:
        if not args:
            print(__doc__)
            return 2
        gold = json.loads(Path(args.pop(0)).read_text(encoding="utf-8"))
    files = _files(args)
    if not files:
        print("no files to evaluate", file=sys.stderr)
        return 2

    workdir = tempfile.mkdtemp(prefix="evaluate-")
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/db.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from rest_framework.test import APIClient

    from minutes.parsing.types import MinutesError
    from minutes.services import import_minutes

    call_command("migrate", verbosity=0)
    client = APIClient()
    client.force_authenticate(get_user_model().objects.create_superuser("evaluator"))

    def get(url: str):
        return client.get(url, HTTP_HOST="localhost").json()

    refused = 0
    imported: dict[str, int] = {}
    for path in files:
        try:
            report = import_minutes(data=path.read_bytes(), filename=str(path))
        except MinutesError as error:
            refused += 1
            print(f"REFUSED {path.name}: {error}")
            continue
        imported[path.name] = report.meeting_id
        if gold is None or verbose:
            print(
                f"{path.name}: {report.meeting}, "
                f"{report.counts.get('agenda items', 0)} items, "
                f"{len(report.warnings)} warnings"
            )
            if verbose:
                for warning in report.warnings:
                    print(f"  warning: line {warning.line}: {warning.message}")
    if gold is not None:
        total = Score()
        for doc in gold["documents"]:
            meeting_id = imported.get(doc["file"])
            meeting = get(f"/api/v1/meetings/{meeting_id}/") if meeting_id else None
            follow_ups = (
                get(f"/api/v1/follow-ups/?meeting={meeting_id}&page_size=500")[
                    "results"
                ]
                if meeting_id
                else []
            )
            score = score_document(doc, meeting, follow_ups)
            print(f"{doc['file']}: {score.line()}")
            if verbose:
                print("\n".join(f"  {fail}" for fail in score.fails))
            total.add(score)
        print(f"TOTAL: {total.line()}")
    print(f"{len(files)} documents, {refused} refused")
    return 1 if refused else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
