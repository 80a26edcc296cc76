"""python manage.py import_minutes FILE_OR_DIR [...] [--dry-run] [--replace]
[--jobs N]"""

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, connection, connections

from minutes.parsing.types import MinutesError
from minutes.readers import SUFFIXES
from minutes.services import import_minutes

# Files in a directory that are taken as referater.
MINUTES_SUFFIXES = SUFFIXES


class Command(BaseCommand):
    help = (
        "Import referater (minutes) from text files or directories. Each file is "
        "imported in its own transaction: all of it or nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "paths",
            nargs="+",
            help="Files (text, PDF, HTML, DOCX, FirstAgenda JSON) or directories",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Show the report; write nothing."
        )
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Discard hand corrections of the meetings imported.",
        )
        parser.add_argument(
            "--jobs",
            type=int,
            default=1,
            help="Import this many files at once (PostgreSQL; SQLite has one writer).",
        )

    def handle(self, *args, paths, dry_run, replace, jobs, **options):
        files = [str(path) for path in self._files(paths)]
        work = partial(import_file, replace=replace, dry_run=dry_run)
        if jobs > 1 and connection.vendor == "sqlite":
            self.stderr.write("note: SQLite takes one writer at a time; using --jobs 1")
            jobs = 1
        if jobs > 1:
            # Each worker process opens its own connection: none may be inherited.
            connections.close_all()
            context = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(jobs, mp_context=context) as pool:
                results = list(pool.map(work, files))
        else:
            results = map(work, files)
        failed = 0
        for lines, error in results:
            if error:
                failed += 1
                self.stderr.write(error)
            for line in lines:
                self.stdout.write(line)
        if failed:
            raise CommandError(
                f"{failed} of {len(files)} files failed; nothing was written for them"
            )

    def _files(self, paths):
        for name in paths:
            path = Path(name)
            if path.is_dir():
                found = sorted(
                    p
                    for p in path.iterdir()
                    if p.is_file() and p.suffix.lower() in MINUTES_SUFFIXES
                )
                if not found:
                    raise CommandError(
                        f"{path}: no minutes files "
                        f"({', '.join(sorted(MINUTES_SUFFIXES))}) in directory"
                    )
                yield from found
            else:
                yield path


def import_file(path: str, *, replace: bool, dry_run: bool) -> tuple[list[str], str]:
    """Import one file; return the report's lines and a one-line error ("" if none)."""
    try:
        report = import_minutes(
            data=_read(Path(path)), filename=path, replace=replace, dry_run=dry_run
        )
    except MinutesError as error:
        where = f"{path}:{error.line}" if error.line else path
        return [], f"error: {where}: {error.message}"
    except OSError as error:
        return [], f"error: {path}: {error.strerror or error}"
    except DatabaseError as error:
        return [], f"error: {path}: database refused the import: {error}"
    return report.lines(), ""


def _read(path: Path) -> bytes:
    size = path.stat().st_size
    limit = settings.MINUTES_MAX_BYTES
    if size > limit:
        # Refuse before reading: the limit protects memory as much as the parser.
        raise MinutesError(
            f"file is {size / 1e6:.1f} MB, the limit is {limit / 1e6:.1f} MB"
        )
    return path.read_bytes()
