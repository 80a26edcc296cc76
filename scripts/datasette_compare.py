"""Follow-up list throughput: the API against Datasette on the same data.

    .venv/bin/python scripts/datasette_compare.py \
        --database-url postgres://postgres@127.0.0.1:5432/demo_full \
        --sqlite /work/demo_full.sqlite3 --meetings 100000

1. Installs Datasette, when missing, into a virtualenv of its own outside the
   repository (--datasette-venv; it is no dependency of the project).
2. Makes the SQLite copy, when the file is missing: migrate, then
   `manage.py generate_demo_data` with the same --meetings, --items-per-meeting,
   --seed and --batch as the PostgreSQL database was made with (the random
   numbers are drawn batch by batch, so the batch size matters too). The
   generator is deterministic, so both hold the same rows; the counts per
   status of both are printed to show it. Runs ANALYZE on the copy unless it
   has statistics.
3. Runs scripts/loadtest.py's clients against the API (gunicorn, the PostgreSQL
   database as it is) and then against `datasette serve --immutable` on the
   copy, with the same clients and duration: the follow-up list of open
   follow-ups by due date, 50 a page, and Datasette's equivalent table query
   (with _nosuggest=1). Prints both and the ratio of their throughputs.

Traffic goes to 127.0.0.1 only; both servers are stopped at the end.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import loadtest  # noqa: E402

ROOT = loadtest.ROOT
DEFAULT_VENV = Path(
    os.environ.get("DATASETTE_VENV", ROOT.parent / "datasette-venv")
).resolve()
STATUS_COUNTS = (
    "SELECT status, count(*) FROM decisions_followup "
    "WHERE NOT is_closed GROUP BY status ORDER BY status"
)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=__doc__.split("\n\n", 1)[1],
    )
    parser.add_argument(
        "--database-url",
        required=True,
        help="The PostgreSQL database with the demo data (used as it is).",
    )
    parser.add_argument("--sqlite", type=Path, required=True, help="The copy's file.")
    parser.add_argument(
        "--meetings",
        type=int,
        help="To make the copy when missing: as the PostgreSQL database was made.",
    )
    parser.add_argument("--items-per-meeting", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--batch",
        type=int,
        default=500,
        help="The generator's --batch: the rows depend on it too.",
    )
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--warmup", type=float, default=5.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--datasette-venv",
        type=Path,
        default=DEFAULT_VENV,
        help=f"Where Datasette is or goes (default {DEFAULT_VENV}).",
    )
    args = parser.parse_args()
    if args.datasette_venv.resolve().is_relative_to(ROOT):
        parser.error("--datasette-venv: outside the repository")
    if not args.database_url.startswith("postgres"):
        parser.error("--database-url: a PostgreSQL database")

    datasette = install_datasette(args.datasette_venv)
    sqlite_path = args.sqlite.resolve()
    if not sqlite_path.exists():
        if not args.meetings:
            parser.error(f"{sqlite_path} is missing: give --meetings to make it")
        make_copy(sqlite_path, args)
    analyze(sqlite_path)
    check_same_data(args.database_url, sqlite_path)

    common = [
        "--clients",
        str(args.clients),
        "--seconds",
        str(args.seconds),
        "--warmup",
        str(args.warmup),
    ]
    api_args = loadtest.parse_args(
        [
            *common,
            "--existing",
            "--database-url",
            args.database_url,
            "--workers",
            str(args.workers),
            "--set",
            "list",
        ]
    )
    print(f"\nAPI: gunicorn, {args.workers} workers, {args.database_url}", flush=True)
    api = loadtest.run_api(api_args)
    loadtest.report(api, loadtest.describe(api_args))

    port = loadtest.free_port()
    # Datasette logs every request; that goes to a file, not the report.
    log_path = Path(tempfile.gettempdir()) / f"datasette-compare-{port}.log"
    log = log_path.open("w")
    print(f"\nDatasette's log: {log_path}", flush=True)
    server = subprocess.Popen(
        [
            str(datasette),
            "serve",
            "--immutable",
            str(sqlite_path),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            # Whole-table counts and sorts of a large copy must not time out.
            "--setting",
            "sql_time_limit_ms",
            "60000",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        url = f"http://127.0.0.1:{port}/{sqlite_path.stem}"
        datasette_args = loadtest.parse_args(
            [*common, "--datasette", url, "--set", "datasette"]
        )
        print(f"Datasette: {url} (immutable)", flush=True)
        other = loadtest.run_datasette(datasette_args)
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
    loadtest.report(other, loadtest.describe(datasette_args))

    print("\nComparison")
    rows = [("API", api), ("Datasette", other)]
    for name, result in rows:
        numbers = loadtest.summary(result.latencies, result.elapsed)
        print(f"  {name:<10} {loadtest.summary_line(numbers)}")
    mine = loadtest.summary(api.latencies, api.elapsed)["per_second"]
    theirs = loadtest.summary(other.latencies, other.elapsed)["per_second"]
    if theirs:
        print(f"  API/Datasette throughput: {mine / theirs:.2f} (target: 2 or more)")
    for name, result in rows:
        if result.errors:
            print(f"  {name} errors: {dict(result.errors)}")
    return 0 if not (api.errors or other.errors) else 1


def install_datasette(venv: Path) -> Path:
    datasette = venv / "bin" / "datasette"
    if not datasette.exists():
        print(f"installing Datasette into {venv}", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run(
            [str(venv / "bin" / "pip"), "install", "--quiet", "datasette"], check=True
        )
    version = subprocess.run(
        [str(datasette), "--version"], check=True, capture_output=True, text=True
    ).stdout.strip()
    print(version, flush=True)
    return datasette


def make_copy(path: Path, args) -> None:
    print(f"making the SQLite copy {path}", flush=True)
    env = loadtest.api_environment(f"sqlite:///{path}")
    loadtest.manage(env, "migrate", "-v0")
    loadtest.manage(
        env,
        "generate_demo_data",
        "--meetings",
        str(args.meetings),
        "--items-per-meeting",
        str(args.items_per_meeting),
        "--seed",
        str(args.seed),
        "--batch",
        str(args.batch),
    )


def analyze(path: Path) -> None:
    """Give SQLite's planner statistics, as PostgreSQL's autovacuum does, unless
    the copy has them; Datasette then opens it read-only."""
    copy = sqlite3.connect(path)
    try:
        if not copy.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"
        ).fetchone():
            print(f"ANALYZE {path}", flush=True)
            copy.execute("ANALYZE")
            copy.commit()
    finally:
        copy.close()


def check_same_data(database_url: str, sqlite_path: Path) -> None:
    """Print the visible follow-ups per status in both; warn when they differ."""
    import psycopg

    with psycopg.connect(database_url) as connection:
        postgres = [tuple(row) for row in connection.execute(STATUS_COUNTS)]
        analyzed = connection.execute(
            "SELECT coalesce(last_analyze, last_autoanalyze) FROM pg_stat_user_tables "
            "WHERE relname = 'decisions_followup'"
        ).fetchone()
    if not (analyzed and analyzed[0]):
        print(
            "WARNING: PostgreSQL has no statistics of decisions_followup yet "
            "(run VACUUM ANALYZE first): its plans may be far off"
        )
    copy = sqlite3.connect(f"file:{sqlite_path}?mode=ro", uri=True)
    try:
        sqlite = [tuple(row) for row in copy.execute(STATUS_COUNTS)]
    finally:
        copy.close()
    print(f"visible follow-ups per status: PostgreSQL {postgres}, SQLite {sqlite}")
    if postgres != sqlite:
        print("WARNING: the two databases do not hold the same follow-ups")


if __name__ == "__main__":
    sys.exit(main())
