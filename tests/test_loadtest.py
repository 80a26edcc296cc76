"""The load driver's pure parts (scripts/loadtest.py); no servers are started."""

import importlib.util
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

_SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "loadtest.py"
_spec = importlib.util.spec_from_file_location("loadtest", _SCRIPT)
loadtest = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("loadtest", loadtest)
_spec.loader.exec_module(loadtest)

CONTEXT = loadtest.Context(
    body="oekonomiudvalget",
    unit="Økonomi & Stab",
    rule="referral",
    visible=970_000,
    latest_update="2026-12-06T14:05:11.123456+00:00",
    today="2026-12-06",
)


def query(path):
    return parse_qs(urlsplit(path).query)


def test_percentile_is_the_nearest_rank():
    values = [float(n) for n in range(100, 0, -1)]  # 100 .. 1, unsorted
    assert loadtest.percentile(values, 0.50) == 50
    assert loadtest.percentile(values, 0.95) == 95
    assert loadtest.percentile(values, 0.99) == 99
    assert loadtest.percentile(values, 1.0) == 100
    assert loadtest.percentile([7.0], 0.95) == 7
    assert loadtest.percentile([1.0, 2.0], 0.0) == 1
    with pytest.raises(ValueError):
        loadtest.percentile([], 0.5)


def test_summary_in_milliseconds_and_per_second():
    numbers = loadtest.summary([0.010] * 19 + [0.200], elapsed=2.0)
    assert numbers["requests"] == 20
    assert numbers["per_second"] == 10
    assert numbers["p50"] == pytest.approx(10)
    assert numbers["p95"] == pytest.approx(10)
    assert numbers["max"] == pytest.approx(200)
    assert loadtest.summary([], elapsed=2.0) == {"requests": 0, "per_second": 0.0}


def test_followups_set_covers_the_main_filters_with_the_data_names():
    paths = loadtest.builtin_paths("followups", CONTEXT)
    assert all(path.startswith("/api/v1/follow-ups/?") for path in paths)
    assert all(query(path)["page_size"] == ["50"] for path in paths)
    queries = [query(path) for path in paths]
    assert {"status": ["open"], "ordering": ["due_date"], "page_size": ["50"]} in (
        queries
    )
    assert any(q.get("status") == ["open", "in_progress"] for q in queries)
    assert any(q.get("overdue") == ["true"] for q in queries)
    assert any(q.get("responsible") == ["Økonomi & Stab"] for q in queries)
    assert any(q.get("body") == ["oekonomiudvalget"] for q in queries)
    assert any(q.get("rule") == ["referral"] for q in queries)
    assert any(q.get("page") == ["2000"] for q in queries)
    window = next(q for q in queries if "due_after" in q)
    assert window["due_after"] == ["2026-12-06"]
    assert window["due_before"] == ["2027-03-06"]
    since = next(q for q in queries if "updated_since" in q)
    assert since["updated_since"] == ["2026-12-05T14:05:11Z"]


def test_deep_page_is_the_last_one_on_small_data():
    small = loadtest.Context(visible=19_401, today="2026-12-06")
    pages = [query(p).get("page") for p in loadtest.builtin_paths("followups", small)]
    assert ["389"] in pages


def test_search_set_sends_the_words_encoded():
    paths = loadtest.builtin_paths("search", CONTEXT)
    assert [query(path)["q"][0] for path in paths] == loadtest.SEARCH_WORDS
    assert "/api/v1/search/?q=sygefrav%C3%A6r" in paths


def test_datasette_sets_are_table_queries_without_suggestions():
    (path,) = loadtest.builtin_paths("datasette", CONTEXT)
    assert path.startswith("/decisions_followup.json?")
    assert query(path) == {
        "status__exact": ["open"],
        "is_closed__exact": ["0"],
        "_sort": ["due_date"],
        "_size": ["50"],
        "_nosuggest": ["1"],
    }
    for path in loadtest.builtin_paths("datasette-followups", CONTEXT):
        assert query(path)["_nosuggest"] == ["1"]
        assert query(path)["_sort"] == ["due_date"]


def test_every_set_name_has_paths():
    for name in loadtest.SET_NAMES:
        assert loadtest.builtin_paths(name, CONTEXT)
    with pytest.raises(ValueError):
        loadtest.builtin_paths("nonesuch", CONTEXT)


def test_paths_file_skips_blank_lines_and_comments():
    text = "# the list\n/api/v1/follow-ups/?status=open\n\n  /api/v1/search/?q=x  \n"
    assert loadtest.read_paths(text) == [
        "/api/v1/follow-ups/?status=open",
        "/api/v1/search/?q=x",
    ]


def test_paths_come_from_options_files_and_sets_in_that_order(tmp_path):
    listed = tmp_path / "paths.txt"
    listed.write_text("/from/file\n", encoding="utf-8")
    args = loadtest.parse_args(
        ["--path", "/one", "--paths", str(listed), "--set", "search"]
    )
    paths = loadtest.collect_paths(args, CONTEXT, default=["/default"])
    assert paths[:2] == ["/one", "/from/file"]
    assert paths[2:] == loadtest.builtin_paths("search", CONTEXT)
    assert loadtest.collect_paths(loadtest.parse_args([]), CONTEXT, ["/d"]) == ["/d"]
    with pytest.raises(SystemExit):
        loadtest.collect_paths(loadtest.parse_args(["--path", "x"]), CONTEXT, [])


def test_defaults_and_loopback_only():
    args = loadtest.parse_args([])
    assert (args.clients, args.workers, args.existing) == (8, 2, False)
    assert loadtest.parse_args(["--datasette", "http://127.0.0.1:8001/demo"])
    with pytest.raises(SystemExit):
        loadtest.parse_args(["--datasette", "http://example.org/demo"])
