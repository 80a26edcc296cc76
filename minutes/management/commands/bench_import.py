"""python manage.py bench_import [FILES] [--repeat N] [--databases sqlite,postgres]
                                [--into DATABASE_URL]

Import throughput into fresh databases: referater per second (parse included),
SQL statements per referat, and what follow-up extraction adds. Each database
is measured in a child process of its own, so no test or production data is
touched. With --into, the imports go into an existing database (e.g. one
filled by generate_demo_data) inside a transaction that is rolled back, to
compare with an empty one.
"""

import json
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from datetime import timedelta
from functools import partial
from pathlib import Path
from unittest import mock

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, connections, transaction
from django.db.models import Max
from django.test.utils import CaptureQueriesContext

from decisions.extraction import extract_follow_ups
from minutes.models import Meeting
from minutes.parsing.structure import parse_text
from minutes.parsing.text import decode_minutes
from minutes.services import import_parsed

POSTGRES_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"
BENCH_DATABASE = "minutes_bench"


class Command(BaseCommand):
    help = "Measure import throughput into SQLite and PostgreSQL."

    def add_arguments(self, parser):
        parser.add_argument(
            "files", nargs="*", help="Referater (default: samples/*.txt)"
        )
        parser.add_argument("--repeat", type=int, default=20)
        parser.add_argument("--databases", default="sqlite,postgres")
        parser.add_argument(
            "--jobs", type=int, default=2, help="Parallel workers (not on SQLite)."
        )
        parser.add_argument(
            "--into",
            metavar="DATABASE_URL",
            help="An existing database to import into; nothing is kept.",
        )
        parser.add_argument("--child", action="store_true", help="Internal: run one.")
        parser.add_argument("--rollback", action="store_true", help="Internal.")

    def handle(
        self, *args, files, repeat, databases, child, jobs, into, rollback, **options
    ):
        paths = [Path(f) for f in files] or sorted(
            (Path(settings.BASE_DIR) / "samples").glob("*.txt")
        )
        if child:
            if rollback:
                with transaction.atomic():
                    result = measure(paths, repeat, jobs=1)
                    transaction.set_rollback(True)
            else:
                result = measure(paths, repeat, jobs)
            self.stdout.write(json.dumps(result))
            return
        targets = [("existing", into)] if into else databases.split(",")
        for database in targets:
            if into:
                database, url = database
            else:
                url = self._fresh_database(database.strip())
            if url is None:
                self.stdout.write(f"{database}: not reachable, skipped")
                continue
            result = subprocess.run(
                [
                    sys.executable,
                    "manage.py",
                    "bench_import",
                    "--child",
                    "--repeat",
                    str(repeat),
                    "--jobs",
                    str(jobs),
                    *(["--rollback"] if into else []),
                    *map(str, paths),
                ],
                cwd=settings.BASE_DIR,
                env={**os.environ, "DATABASE_URL": url},
                capture_output=True,
                text=True,
            )
            if result.returncode != 0:
                raise CommandError(f"{database}: {result.stderr.strip()[-500:]}")
            self._print(database, json.loads(result.stdout.strip().splitlines()[-1]))

    def _fresh_database(self, name: str) -> str | None:
        if name == "sqlite":
            return f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"
        if name != "postgres":
            raise CommandError(f"unknown database {name!r}: use sqlite or postgres")
        try:
            import psycopg

            with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as admin:
                admin.execute(f"DROP DATABASE IF EXISTS {BENCH_DATABASE}")
                admin.execute(f"CREATE DATABASE {BENCH_DATABASE}")
        except Exception:  # noqa: BLE001 - any failure means "not reachable"
            return None
        return POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{BENCH_DATABASE}"

    def _print(self, database: str, r: dict) -> None:
        self.stdout.write(
            f"{database}: import {r['referater']} referater in {r['seconds']:.2f} s = "
            f"{r['per_second']:.1f} referater/s, one process (parse included)"
        )
        self.stdout.write(
            f"  follow-up extraction alone: {r['extraction_ms']:.1f} ms per referat; "
            f"without follow-ups (no extraction, no follow-up rows): "
            f"{r['per_second_without_follow_ups']:.1f} referater/s"
        )
        if r["parallel_per_second"]:
            self.stdout.write(
                f"  with --jobs {r['jobs']}: {r['parallel_per_second']:.1f} referater/s"
            )
        for name, items, statements in r["statements"]:
            self.stdout.write(
                f"  {name}: {items} agenda items, {statements} SQL statements "
                "for a first import"
            )


def measure(paths: list[Path], repeat: int, jobs: int) -> dict:
    """Import every file `repeat` times (as meetings on different dates)."""
    if not transaction.get_connection().in_atomic_block:
        call_command("migrate", verbosity=0)
    documents = [
        (path.name, decode_minutes(path.read_bytes(), filename=path.name))
        for path in paths
    ]
    # Into an existing archive, the referater come after its last meeting, as
    # new minutes do.
    offset = _days_after_archive([parse_text(text).date for _, text in documents])
    statements = []
    for name, text in documents:
        parsed = parse_text(text)
        with CaptureQueriesContext(connection) as queries:
            import_parsed(
                replace(parsed, date=parsed.date + timedelta(days=offset - 1)),
                source_text=text,
                filename=name,
                checksum=name,
            )
        statements.append((name, len(parsed.items), len(queries)))

    count = repeat * len(documents)
    with_follow_ups = _import_rounds(documents, range(offset, offset + repeat))
    with mock.patch("decisions.sync.extract_follow_ups", return_value=[]):
        without_follow_ups = _import_rounds(
            documents, range(offset + repeat, offset + 2 * repeat)
        )
    result = {
        "referater": count,
        "seconds": with_follow_ups,
        "per_second": count / with_follow_ups,
        "per_second_without_follow_ups": count / without_follow_ups,
        "extraction_ms": _extraction_ms(documents),
        "statements": statements,
        "jobs": jobs,
        "parallel_per_second": None,
    }
    if jobs > 1 and connection.vendor != "sqlite":
        # Every worker opens its own connection: none may be inherited.
        connections.close_all()
        rounds = range(offset + 2 * repeat, offset + 3 * repeat)
        chunks = [rounds[i::jobs] for i in range(jobs)]
        context = multiprocessing.get_context("fork")
        started = time.perf_counter()
        with ProcessPoolExecutor(jobs, mp_context=context) as pool:
            list(pool.map(partial(_import_rounds, documents), chunks))
        result["parallel_per_second"] = count / (time.perf_counter() - started)
    return result


def _days_after_archive(dates) -> int:
    """Days to add to the earliest date so all come after the last meeting
    already in the database (0 in an empty one)."""
    latest = Meeting.objects.aggregate(latest=Max("date"))["latest"]
    return max(0, (latest - min(dates)).days + 2) if latest else 0


def _import_rounds(documents: list[tuple[str, str]], rounds: range) -> float:
    """Import every document once per round, each round a day later; return
    the seconds it took."""
    started = time.perf_counter()
    for round_ in rounds:
        for name, text in documents:
            parsed = parse_text(text)
            import_parsed(
                replace(parsed, date=parsed.date + timedelta(days=round_)),
                source_text=text,
                filename=name,
                checksum=f"{name}-{round_}",
            )
    return time.perf_counter() - started


def _extraction_ms(documents: list[tuple[str, str]]) -> float:
    """Milliseconds that follow-up extraction alone takes per referat."""
    parsed = [parse_text(text) for _, text in documents]
    started = time.perf_counter()
    for minutes in parsed:
        for item in minutes.items:
            extract_follow_ups(item, meeting_date=minutes.date, body_name=minutes.body)
    return (time.perf_counter() - started) * 1000 / len(parsed)
