"""python manage.py import_minutes FILE_OR_DIR [...] [--dry-run] [--replace]"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from minutes.parsing.types import MinutesError
from minutes.services import import_minutes

# Files in a directory that are taken as referater.
MINUTES_SUFFIXES = {".txt", ".md", ".text"}


class Command(BaseCommand):
    help = (
        "Import referater (minutes) from text files or directories. Each file is "
        "imported in its own transaction: all of it or nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "paths", nargs="+", help="Files, or directories of .txt files"
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Show the report; write nothing."
        )
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Discard hand corrections of the meetings imported.",
        )

    def handle(self, *args, paths, dry_run, replace, **options):
        files = list(self._files(paths))
        failed = 0
        for path in files:
            try:
                report = import_minutes(
                    data=self._read(path),
                    filename=str(path),
                    replace=replace,
                    dry_run=dry_run,
                )
            except MinutesError as error:
                failed += 1
                where = f"{path}:{error.line}" if error.line else str(path)
                self.stderr.write(f"error: {where}: {error.message}")
                continue
            except OSError as error:
                failed += 1
                self.stderr.write(f"error: {path}: {error.strerror or error}")
                continue
            except DatabaseError as error:
                failed += 1
                self.stderr.write(
                    f"error: {path}: database refused the import: {error}"
                )
                continue
            for line in report.lines():
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
                        f"{path}: no minutes files (.txt, .md) in directory"
                    )
                yield from found
            else:
                yield path

    def _read(self, path: Path) -> bytes:
        size = path.stat().st_size
        limit = settings.MINUTES_MAX_BYTES
        if size > limit:
            # Refuse before reading: the limit protects memory as much as the parser.
            raise MinutesError(
                f"file is {size / 1e6:.1f} MB, the limit is {limit / 1e6:.1f} MB"
            )
        return path.read_bytes()
