"""python manage.py import_minutes FILE_OR_DIR [...] [--dry-run] [--replace]
[--jobs N]"""

from __future__ import annotations

import ctypes
import errno
import multiprocessing
import os
import signal
import stat
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import Error as DatabaseLibraryError
from django.db import connection, connections

from minutes.parsing.types import MinutesError
from minutes.readers import SUFFIXES
from minutes.services import import_minutes

# Files in a directory that are taken as referater (the suffix, lower case).
MINUTES_SUFFIXES = SUFFIXES

# What stat() says a path is, for the reasons a file is refused or skipped.
_FILE_KINDS = {
    stat.S_IFIFO: "a FIFO",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
    stat.S_IFDIR: "a directory",
}

# Linux prctl(2) option: the signal a process gets when its parent dies.
_PR_SET_PDEATHSIG = 1


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
        if jobs < 1:
            raise CommandError("--jobs must be 1 or more")
        files = [str(path) for path in self._files(paths)]
        work = partial(import_file, replace=replace, dry_run=dry_run)
        if jobs > 1 and connection.vendor == "sqlite":
            self.stderr.write("note: SQLite takes one writer at a time; using --jobs 1")
            jobs = 1
        if jobs > 1 and len(files) > 1:
            results = _import_in_workers(work, files, jobs)
        else:
            results = map(work, files)
        failed = done = 0
        try:
            for lines, error in results:
                done += 1
                if error:
                    failed += 1
                    self.stderr.write(error)
                for line in lines:
                    self.stdout.write(line)
        except KeyboardInterrupt:
            # Each file is one transaction: the one being imported was rolled
            # back, and those reported above are complete.
            raise CommandError(
                f"interrupted: {done - failed} of {len(files)} files imported, "
                f"{failed} failed; the others were not imported",
                returncode=130,
            ) from None
        if failed:
            raise CommandError(
                f"{failed} of {len(files)} files failed; nothing was written for them"
            )

    def _files(self, paths) -> Iterator[Path]:
        """Yield the files to import; say on stderr which ones a directory
        holds that are skipped, and why."""
        for name in paths:
            path = Path(name)
            if not path.is_dir():
                # A named file is always tried: _read() refuses it if it must.
                yield path
                continue
            found = []
            try:
                entries = sorted(path.iterdir())
            except OSError as error:
                raise CommandError(f"{path}: {error.strerror or error}") from None
            for entry in entries:
                reason = _skip_reason(entry)
                if reason:
                    self.stderr.write(f"skipped: {entry}: {reason}")
                else:
                    found.append(entry)
            if not found:
                raise CommandError(
                    f"{path}: no minutes files ({', '.join(sorted(MINUTES_SUFFIXES))})"
                    " in directory"
                )
            yield from found


def _skip_reason(entry: Path) -> str:
    """Return why a directory entry is not imported, or "" to import it."""
    try:
        # stat() follows a symbolic link to what it names; a loop raises ELOOP
        # instead of being followed for ever, and directories are not entered.
        mode = entry.stat().st_mode
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop"
        if error.errno == errno.ENOENT and entry.is_symlink():
            return "broken symbolic link"
        return error.strerror or str(error)
    if stat.S_ISDIR(mode):
        return "a directory (directories inside a directory are not searched)"
    if not stat.S_ISREG(mode):
        return f"not a regular file ({_FILE_KINDS.get(stat.S_IFMT(mode), 'special')})"
    if entry.suffix.lower() not in MINUTES_SUFFIXES:
        accepted = ", ".join(sorted(MINUTES_SUFFIXES))
        return f"not a minutes file (accepted: {accepted})"
    return ""


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
    except DatabaseLibraryError as error:
        # Includes InterfaceError ("connection already closed"), which is not a
        # DatabaseError: a connection the server ended stays broken, so drop it
        # and let the next file open a new one.
        if connection.connection is not None and not connection.is_usable():
            connection.close()
        first_line = (str(error).strip().splitlines() or [type(error).__name__])[0]
        return [], f"error: {path}: database refused the import: {first_line}"
    return report.lines(), ""


def _read(path: Path) -> bytes:
    """Return the file's bytes, or raise MinutesError if it is not a regular
    file or larger than MINUTES_MAX_BYTES.

    Never blocks on a FIFO or a device and never reads more than the limit
    and one byte, whatever stat() said the size was.
    """
    limit = settings.MINUTES_MAX_BYTES
    _refuse_non_regular(os.stat(path).st_mode)
    # O_NONBLOCK: if the path became a FIFO since stat(), open() returns at
    # once instead of waiting for a writer; fstat() below then refuses it.
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with open(descriptor, "rb", closefd=True) as file:
        _refuse_non_regular(os.fstat(file.fileno()).st_mode)
        data = file.read(limit + 1)
    if len(data) > limit:
        raise MinutesError(
            f"file is larger than the limit of {limit / 1e6:.1f} MB (MINUTES_MAX_BYTES)"
        )
    return data


def _refuse_non_regular(mode: int) -> None:
    if not stat.S_ISREG(mode):
        kind = _FILE_KINDS.get(stat.S_IFMT(mode), "a special file")
        raise MinutesError(f"not a regular file ({kind})")


# -- Parallel import ---------------------------------------------------------


def _import_in_workers(
    work, files: list[str], jobs: int
) -> Iterator[tuple[list[str], str]]:
    """Import the files in `jobs` worker processes; yield each file's result in
    order, a one-line error for every file a dead worker left unfinished."""
    # Each worker process opens its own connection: none may be inherited.
    connections.close_all()
    context = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(
        jobs,
        mp_context=context,
        initializer=_die_with_parent,
        initargs=(os.getpid(),),
    )
    try:
        futures: list[Future] = [pool.submit(work, path) for path in files]
        for index, (path, future) in enumerate(zip(files, futures, strict=True)):
            try:
                result = future.result()
            except BrokenProcessPool:
                result = (
                    [],
                    f"error: {path}: not imported: a worker process died (killed "
                    "or out of memory); whatever it had not committed was rolled "
                    "back. Import the file again.",
                )
            except KeyboardInterrupt:
                # The workers ignore Ctrl-C: let them finish the files they
                # are importing, cancel the rest, and report the finished ones.
                pool.shutdown(wait=True, cancel_futures=True)
                for later in futures[index:]:
                    if later.done() and not later.cancelled() and not later.exception():
                        yield later.result()
                raise
            yield result
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _die_with_parent(parent_pid: int) -> None:
    """Make this worker process end when the command that started it ends,
    however it ends (SIGKILL included): an orphaned worker would go on
    importing and hold its database connection."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            _watch_parent(parent_pid)
    else:
        _watch_parent(parent_pid)
    # Ctrl-C reaches the whole process group: only the command handles it
    # (the workers finish their current file, the rest are cancelled).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The parent may have died before prctl() took effect.
    if os.getppid() != parent_pid:
        os._exit(1)


def _watch_parent(parent_pid: int) -> None:
    def watch():
        while os.getppid() == parent_pid:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="parent-watchdog").start()
