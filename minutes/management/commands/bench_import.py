"""python manage.py bench_import [FILES] [--repeat N] [--databases sqlite,postgres]

Import throughput into fresh databases: referater per second (parse included),
SQL statements per referat, and what follow-up extraction adds. Each database
is measured in a child process of its own, so no test or production data is
touched.
"""

import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from unittest import mock

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

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
        parser.add_argument("--child", action="store_true", help="Internal: run one.")

    def handle(self, *args, files, repeat, databases, child, **options):
        paths = [Path(f) for f in files] or sorted(
            (Path(settings.BASE_DIR) / "samples").glob("*.txt")
        )
        if child:
            self.stdout.write(json.dumps(measure(paths, repeat)))
            return
        for database in databases.split(","):
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
            f"{r['per_second']:.1f} referater/s (parse included); "
            f"without follow-up extraction {r['per_second_without_extraction']:.1f}/s "
            f"(extraction adds {r['extraction_share']:.0%})"
        )
        for name, items, statements in r["statements"]:
            self.stdout.write(
                f"  {name}: {items} agenda items, {statements} SQL statements "
                "for a first import"
            )


def measure(paths: list[Path], repeat: int) -> dict:
    """Import every file `repeat` times (as meetings on different dates)."""
    call_command("migrate", verbosity=0)
    documents = []
    for path in paths:
        data = path.read_bytes()
        documents.append((path.name, decode_minutes(data, filename=path.name)))

    def run(offset_days: int) -> float:
        started = time.perf_counter()
        for round_ in range(repeat):
            for name, text in documents:
                parsed = parse_text(text)
                shifted = parsed.date + timedelta(days=offset_days + round_)
                import_parsed(
                    replace(parsed, date=shifted),
                    source_text=text,
                    filename=name,
                    checksum=f"{name}-{offset_days}-{round_}",
                )
        return time.perf_counter() - started

    statements = []
    for name, text in documents:
        parsed = parse_text(text)
        counter = _StatementCounter()
        with connection.execute_wrapper(counter):
            import_parsed(
                replace(parsed, date=parsed.date - timedelta(days=1)),
                source_text=text,
                filename=name,
                checksum=name,
            )
        statements.append((name, len(parsed.items), counter.count))

    with_extraction = run(0)
    with mock.patch("decisions.sync.extract_follow_ups", return_value=[]):
        without_extraction = run(repeat + 10)
    count = repeat * len(documents)
    return {
        "referater": count,
        "seconds": with_extraction,
        "per_second": count / with_extraction,
        "per_second_without_extraction": count / without_extraction,
        "extraction_share": max(0.0, 1 - without_extraction / with_extraction),
        "statements": statements,
    }


class _StatementCounter:
    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)
