"""The import command, through the CLI: reports, bad input, atomicity, re-import."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from decisions.models import FollowUp
from minutes.models import AgendaItem, Attachment, Decision, Meeting
from minutes.services import record_corrections

DATA = Path(__file__).parent.parent / "data" / "import"
SAMPLES = Path(__file__).parent.parent.parent / "samples"

pytestmark = pytest.mark.django_db


def run_cli(*args) -> int:
    """Run import_minutes as manage.py does; return the exit status.

    (ManagementUtility itself would close the test's database connection.)
    """
    try:
        call_command("import_minutes", *map(str, args))
    except CommandError as error:
        sys.stderr.write(f"CommandError: {error}\n")
        return error.returncode
    return 0


def database_rows() -> tuple[int, ...]:
    return (
        Meeting.objects.count(),
        AgendaItem.objects.count(),
        Decision.objects.count(),
        Attachment.objects.count(),
        FollowUp.objects.count(),
    )


def test_import_prints_meeting_counts_and_exits_zero(capsys):
    status = run_cli(DATA / "udvalg_v1.txt")

    out = capsys.readouterr().out
    assert status == 0
    assert "Teknik- og Miljøudvalget 03-03-2026 — created" in out
    assert "3 agenda items" in out
    meeting = Meeting.objects.get()
    assert meeting.source_filename == "udvalg_v1.txt"
    assert len(meeting.source_checksum) == 64
    assert meeting.parser_version


def test_import_of_a_directory_takes_every_text_file(capsys):
    assert run_cli(SAMPLES) == 0
    assert Meeting.objects.count() == len(list(SAMPLES.glob("*.txt")))


def test_importing_the_same_document_again_changes_nothing(capsys):
    run_cli(DATA / "udvalg_v1.txt")
    before = database_rows()
    updated_at = list(AgendaItem.objects.values_list("updated_at", flat=True))
    capsys.readouterr()

    assert run_cli(DATA / "udvalg_v1.txt") == 0

    assert "— unchanged" in capsys.readouterr().out
    assert database_rows() == before
    assert list(AgendaItem.objects.values_list("updated_at", flat=True)) == updated_at


def test_newer_version_updates_what_changed_and_keeps_hand_corrections(capsys):
    run_cli(DATA / "udvalg_v1.txt")
    item = AgendaItem.objects.get(number=2)
    item.title = "Affaldsordning for etageboliger (rettet)"
    item.save()
    record_corrections(obj=item, fields=["title"])
    capsys.readouterr()

    assert run_cli(DATA / "udvalg_v2.txt") == 0

    out = capsys.readouterr().out
    assert "— updated" in out
    assert "kept correction: item 2: title" in out
    item.refresh_from_db()
    assert item.title == "Affaldsordning for etageboliger (rettet)"
    assert "2. kvartal 2027" in item.decision.text
    assert [a.title for a in item.attachments.all()][-1].endswith(
        "grundejerforeningerne"
    )
    assert Meeting.objects.count() == 1


def test_replace_discards_hand_corrections(capsys):
    run_cli(DATA / "udvalg_v1.txt")
    item = AgendaItem.objects.get(number=2)
    item.title = "Rettet titel"
    item.save()
    record_corrections(obj=item, fields=["title"])

    assert run_cli(DATA / "udvalg_v2.txt", "--replace") == 0

    item.refresh_from_db()
    assert item.title == "Ny affaldsordning for etageboliger"


def test_reimport_keeps_a_follow_up_someone_progressed(capsys):
    run_cli(DATA / "udvalg_v1.txt")
    follow_up = FollowUp.objects.get(origin="decision", agenda_item__number=2)
    follow_up.status = "in_progress"
    follow_up.is_edited = True
    follow_up.save()

    run_cli(DATA / "udvalg_v2.txt")

    follow_up.refresh_from_db()
    assert follow_up.status == "in_progress"


def test_dry_run_reports_and_writes_nothing(capsys):
    assert run_cli(DATA / "udvalg_v1.txt", "--dry-run") == 0

    assert "would be created" in capsys.readouterr().out
    assert database_rows() == (0, 0, 0, 0, 0)


def write(tmp_path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


BAD_INPUTS = [
    pytest.param(b"", "empty", id="empty-file"),
    pytest.param(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary", id="binary"
    ),
    pytest.param(
        "Kære alle\n\nHer er opskriften på æblekage, som lovet.\n".encode(),
        "referat",
        id="not-a-referat",
    ),
    pytest.param(
        "Referat af møde i Økonomiudvalget\n\nPunkt 1: Budget\n\nBeslutning\n\n"
        "Godkendt.\n".encode(),
        "date",
        id="header-without-date",
    ),
]


@pytest.mark.parametrize(("data", "expected"), BAD_INPUTS)
def test_bad_input_is_refused_with_one_line_naming_the_file(
    tmp_path, capsys, data, expected
):
    path = write(tmp_path, "referat.txt", data)

    status = run_cli(path)

    err = capsys.readouterr().err.strip().splitlines()
    assert status != 0
    assert err[0].startswith(f"error: {path}")
    assert expected in err[0].lower()
    assert "Traceback" not in "\n".join(err)
    assert database_rows() == (0, 0, 0, 0, 0)


def test_absurdly_large_file_is_refused_before_reading(tmp_path, capsys, settings):
    settings.MINUTES_MAX_BYTES = 10_000
    path = write(tmp_path, "stor.txt", (DATA / "udvalg_v1.txt").read_bytes() * 10)

    assert run_cli(path) != 0

    assert "limit" in capsys.readouterr().err
    assert database_rows() == (0, 0, 0, 0, 0)


def test_missing_file_is_an_error_not_a_traceback(tmp_path, capsys):
    assert run_cli(tmp_path / "findes-ikke.txt") != 0
    assert "findes-ikke.txt" in capsys.readouterr().err


def test_cp1252_text_is_detected_and_accepted(tmp_path, capsys):
    text = (DATA / "udvalg_v1.txt").read_text(encoding="utf-8")
    path = write(tmp_path, "latin.txt", text.encode("cp1252"))

    assert run_cli(path) == 0

    assert Meeting.objects.get().body.name == "Teknik- og Miljøudvalget"


def test_a_bad_file_does_not_stop_the_good_ones(tmp_path, capsys):
    bad = write(tmp_path, "tom.txt", b"")

    status = run_cli(bad, DATA / "udvalg_v1.txt")

    assert status != 0
    assert Meeting.objects.count() == 1
    assert "1 of 2 files failed" in capsys.readouterr().err


def test_a_failure_midway_leaves_no_half_written_meeting(monkeypatch, capsys):
    from django.db import DatabaseError

    from decisions import sync

    def fail(*args, **kwargs):
        raise DatabaseError("disk full")

    monkeypatch.setattr(sync, "sync_follow_ups", fail)

    assert run_cli(DATA / "udvalg_v1.txt") != 0

    assert "disk full" in capsys.readouterr().err
    assert database_rows() == (0, 0, 0, 0, 0)


def test_postponed_item_becomes_a_follow_up_that_a_later_meeting_resolves(capsys):
    call_command("import_minutes", str(DATA / "udvalg_v1.txt"))
    postponed = FollowUp.objects.get(origin="postponed")

    call_command("import_minutes", str(DATA / "udvalg_next.txt"))

    postponed.refresh_from_db()
    later_item = AgendaItem.objects.get(meeting__date="2026-04-07", number=1)
    assert postponed.suggested_resolution == later_item
    assert postponed.status == "open"


def test_manage_py_exits_non_zero_with_one_line_per_bad_file(tmp_path):
    empty = write(tmp_path, "tom.txt", b"")
    result = subprocess.run(
        [sys.executable, "manage.py", "import_minutes", str(empty)],
        cwd=SAMPLES.parent,
        env={**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path}/db.sqlite3"},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == f"error: {empty}: file is empty"
    assert "Traceback" not in result.stderr


def test_duplicate_item_numbers_are_refused_naming_both_lines(tmp_path, capsys):
    text = (DATA / "udvalg_v1.txt").read_text(encoding="utf-8")
    path = write(tmp_path, "dobbelt.txt", text.replace("Punkt 3:", "Punkt 2:").encode())

    assert run_cli(path) != 0

    err = capsys.readouterr().err
    assert "item number 2 appears twice" in err
    assert f"error: {path}:" in err
    assert database_rows() == (0, 0, 0, 0, 0)


needs_postgresql = pytest.mark.skipif(
    "postgres" not in os.environ.get("DATABASE_URL", ""),
    reason="parallel import needs a database with more than one writer",
)


@needs_postgresql
@pytest.mark.django_db(transaction=True)
def test_jobs_import_files_in_parallel(capsys):
    assert run_cli(SAMPLES, "--jobs", "2") == 0

    assert Meeting.objects.count() == len(list(SAMPLES.glob("*.txt")))


@needs_postgresql
@pytest.mark.django_db(transaction=True)
def test_the_same_meeting_imported_twice_at_once_is_created_once(tmp_path, capsys):
    data = (DATA / "udvalg_v1.txt").read_bytes()
    first, second = write(tmp_path, "a.txt", data), write(tmp_path, "b.txt", data)

    assert run_cli(first, second, "--jobs", "2") == 0

    assert Meeting.objects.count() == 1
    assert AgendaItem.objects.count() == 3


def test_jobs_fall_back_to_one_writer_on_sqlite(capsys):
    if "postgres" in os.environ.get("DATABASE_URL", ""):
        pytest.skip("SQLite only")

    assert run_cli(DATA / "udvalg_v1.txt", "--jobs", "4") == 0

    assert "using --jobs 1" in capsys.readouterr().err
    assert Meeting.objects.count() == 1


# -- Files that are not regular, or too large to read -------------------------


def manage_py(*args, tmp_path, timeout=30) -> subprocess.CompletedProcess:
    """Run manage.py in a fresh process on a database of its own."""
    return subprocess.run(
        [sys.executable, "manage.py", *map(str, args)],
        cwd=SAMPLES.parent,
        env={**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path}/db.sqlite3"},
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_dev_zero_is_refused_in_one_line(tmp_path):
    result = manage_py("import_minutes", "/dev/zero", tmp_path=tmp_path)

    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == (
        "error: /dev/zero: not a regular file (a character device)"
    )
    assert "Traceback" not in result.stderr


def test_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "referat.txt"
    os.mkfifo(fifo)

    # No writer ever opens the FIFO: a blocking open() would hit the timeout.
    result = manage_py("import_minutes", fifo, tmp_path=tmp_path, timeout=20)

    assert result.returncode == 1
    first_line = result.stderr.splitlines()[0]
    assert first_line == f"error: {fifo}: not a regular file (a FIFO)"


def test_size_limit_is_enforced_while_reading(tmp_path, settings):
    import tracemalloc

    from minutes.management.commands.import_minutes import _read
    from minutes.parsing.types import MinutesError

    settings.MINUTES_MAX_BYTES = 1_000_000
    path = write(tmp_path, "stor.txt", b"x" * 50_000_000)

    tracemalloc.start()
    with pytest.raises(MinutesError, match="larger than the limit of 1.0 MB"):
        _read(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    # The limit and one byte are read, not the 50 MB.
    assert peak < 3_000_000


def test_a_file_at_the_limit_is_read_whole(tmp_path, settings):
    from minutes.management.commands.import_minutes import _read

    settings.MINUTES_MAX_BYTES = 1000

    assert _read(write(tmp_path, "lige.txt", b"y" * 1000)) == b"y" * 1000


def test_directory_import_reports_every_file_it_skips(tmp_path, capsys):
    directory = tmp_path / "referater"
    directory.mkdir()
    write(directory, "udvalg.txt", (DATA / "udvalg_v1.txt").read_bytes())
    write(directory, "bilag.xlsx", b"PK\x03\x04")
    (directory / "loop-a.txt").symlink_to("loop-b.txt")
    (directory / "loop-b.txt").symlink_to("loop-a.txt")
    (directory / "forsvundet.txt").symlink_to(tmp_path / "findes-ikke.txt")
    (directory / "op").symlink_to(directory)
    os.mkfifo(directory / "kø.txt")
    (directory / "arkiv").mkdir()

    status = run_cli(directory)

    err = capsys.readouterr().err.splitlines()
    skipped = sorted(line for line in err if line.startswith("skipped: "))
    assert status == 0
    assert Meeting.objects.count() == 1
    assert skipped == [
        f"skipped: {directory}/arkiv: a directory (directories inside a "
        "directory are not searched)",
        f"skipped: {directory}/bilag.xlsx: not a minutes file (accepted: .docx, "
        ".htm, .html, .json, .md, .pdf, .text, .txt)",
        f"skipped: {directory}/forsvundet.txt: broken symbolic link",
        f"skipped: {directory}/kø.txt: not a regular file (a FIFO)",
        f"skipped: {directory}/loop-a.txt: symbolic link loop",
        f"skipped: {directory}/loop-b.txt: symbolic link loop",
        f"skipped: {directory}/op: a directory (directories inside a directory "
        "are not searched)",
    ]


def test_a_named_symlink_loop_is_an_error_not_a_hang(tmp_path, capsys):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)

    assert run_cli(loop) != 0

    err = capsys.readouterr().err
    assert f"error: {loop}: Too many levels of symbolic links" in err


def test_jobs_must_be_positive(capsys):
    with pytest.raises(CommandError, match="--jobs must be 1 or more"):
        call_command("import_minutes", str(DATA / "udvalg_v1.txt"), "--jobs", "0")


# -- --jobs: dead workers and a dead parent -----------------------------------


@needs_postgresql
@pytest.mark.django_db(transaction=True)
def test_a_killed_worker_is_reported_per_file_without_a_traceback(
    tmp_path, capsys, monkeypatch
):
    import signal

    from minutes.management.commands import import_minutes as command

    real_import = command.import_minutes

    def import_or_die(*, filename, **kwargs):
        if filename.endswith("dræbt.txt"):
            os.kill(os.getpid(), signal.SIGKILL)
        return real_import(filename=filename, **kwargs)

    # The workers are forked from this process, so they inherit the patch.
    monkeypatch.setattr(command, "import_minutes", import_or_die)
    first = write(tmp_path, "a.txt", (DATA / "udvalg_v1.txt").read_bytes())
    killed = write(tmp_path, "dræbt.txt", (DATA / "udvalg_next.txt").read_bytes())

    status = run_cli(first, killed, "--jobs", "2")

    captured = capsys.readouterr()
    assert status != 0
    assert f"error: {killed}: not imported: a worker process died" in captured.err
    assert "files failed" in captured.err
    assert "Traceback" not in captured.err
    assert "BrokenProcessPool" not in captured.err
    # Every file is accounted for: its report or its error.
    for path in (first, killed):
        assert str(path) in captured.err or path.name in captured.out
    # Nothing half-written: a meeting exists only with all its items.
    for meeting in Meeting.objects.all():
        assert meeting.agenda_items.count() > 0
    assert not Meeting.objects.filter(date="2026-04-07").exists()


WORKER_SCRIPT = """
import multiprocessing, os, signal, django
django.setup()
from concurrent.futures import ProcessPoolExecutor
from minutes.management.commands.import_minutes import _die_with_parent
pool = ProcessPoolExecutor(
    1,
    mp_context=multiprocessing.get_context("fork"),
    initializer=_die_with_parent,
    initargs=(os.getpid(),),
)
print(pool.submit(os.getpid).result(), flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def process_is_gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except FileNotFoundError:
        return True
    return state in ("Z", "X")  # a zombie has ended; only its reaping is left


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /proc")
def test_workers_die_with_their_parent():
    import time

    result = subprocess.run(
        [sys.executable, "-c", WORKER_SCRIPT],
        cwd=SAMPLES.parent,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    worker = int(result.stdout.split()[0])

    deadline = time.monotonic() + 10
    while not process_is_gone(worker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert process_is_gone(worker), f"worker {worker} outlived its parent"


# -- Field lengths --------------------------------------------------------------


def test_a_long_location_is_stored_whole(tmp_path, capsys):
    location = "Rådhuset, " + ", ".join(f"mødelokale {n}" for n in range(40))
    text = (DATA / "udvalg_v1.txt").read_text(encoding="utf-8")
    path = write(
        tmp_path,
        "lang.txt",
        text.replace(
            "Mødested: Rådhuset, mødelokale 2", f"Mødested: {location}"
        ).encode(),
    )

    assert run_cli(path) == 0

    assert len(location) > 300
    assert Meeting.objects.get().location == location


def test_a_forum_name_over_200_characters_is_cut_with_a_warning(tmp_path, capsys):
    name = "Teknik- og Miljøudvalget" + " og Underudvalget" * 15
    text = (DATA / "udvalg_v1.txt").read_text(encoding="utf-8")
    path = write(
        tmp_path,
        "langt-navn.txt",
        text.replace("Teknik- og Miljøudvalget", name, 1).encode(),
    )

    assert run_cli(path) == 0

    body = Meeting.objects.get().body
    assert len(name) > 200
    assert body.name == name[:200].rstrip()
    out = capsys.readouterr().out
    assert f"warning: line 1: forum name of {len(name)} characters cut to 200" in out


# -- Faults on PostgreSQL: the connection or the command killed mid-import ----


@needs_postgresql
@pytest.mark.django_db(transaction=True)
def test_a_connection_killed_mid_import_fails_that_file_and_the_next_one_imports(
    capsys, monkeypatch
):
    from django.db import connection

    from decisions import sync

    real_sync = sync.sync_follow_ups
    calls = []

    def kill_connection_once(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            with connection.cursor() as cursor:
                # The server ends this very connection, mid-transaction.
                cursor.execute("SELECT pg_terminate_backend(pg_backend_pid())")
        return real_sync(*args, **kwargs)

    monkeypatch.setattr(sync, "sync_follow_ups", kill_connection_once)

    status = run_cli(DATA / "udvalg_v1.txt", DATA / "udvalg_next.txt")

    err = capsys.readouterr().err
    assert status != 0
    assert f"error: {DATA / 'udvalg_v1.txt'}: database refused the import" in err
    assert "Traceback" not in err
    # The first meeting was rolled back whole; the second was imported.
    assert list(Meeting.objects.values_list("date", flat=True)) == [
        __import__("datetime").date(2026, 4, 7)
    ]
    assert AgendaItem.objects.filter(meeting__date="2026-03-03").count() == 0


def child_pids(pid: int) -> set[int]:
    children = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        children.update(int(c) for c in (task / "children").read_text().split())
    return children


@needs_postgresql
@pytest.mark.django_db(transaction=True)
def test_killing_the_command_leaves_no_workers_and_no_half_written_meeting(
    tmp_path,
):
    import signal
    import time

    from django.db import connection

    for copy in range(8):
        for sample in sorted(SAMPLES.glob("*.txt")):
            write(tmp_path, f"{copy}-{sample.name}", sample.read_bytes())
    database_url = os.environ["DATABASE_URL"].rsplit("/", 1)[0]
    command = subprocess.Popen(
        [sys.executable, "manage.py", "import_minutes", str(tmp_path), "--jobs", "2"],
        cwd=SAMPLES.parent,
        env={
            **os.environ,
            "DATABASE_URL": f"{database_url}/{connection.settings_dict['NAME']}",
        },
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        command.stdout.readline()  # the first file's report: importing has begun
        workers = child_pids(command.pid)
        command.send_signal(signal.SIGKILL)
        command.wait(timeout=10)
    finally:
        command.kill()
        command.stdout.close()

    assert len(workers) >= 2
    deadline = time.monotonic() + 10
    while any(not process_is_gone(pid) for pid in workers):
        assert time.monotonic() < deadline, "workers outlived the command"
        time.sleep(0.1)
    for meeting in Meeting.objects.all():
        assert meeting.agenda_items.count() > 0


def test_ctrl_c_reports_what_was_imported_and_exits_130(capsys, monkeypatch):
    from minutes.management.commands import import_minutes as command

    real_import = command.import_file

    def interrupt_at_the_second(path, **kwargs):
        if path.endswith("udvalg_next.txt"):
            raise KeyboardInterrupt
        return real_import(path, **kwargs)

    monkeypatch.setattr(command, "import_file", interrupt_at_the_second)

    status = run_cli(DATA / "udvalg_v1.txt", DATA / "udvalg_next.txt")

    captured = capsys.readouterr()
    assert status == 130
    assert "Teknik- og Miljøudvalget 03-03-2026 — created" in captured.out
    assert "interrupted: 1 of 2 files imported, 0 failed" in captured.err
    assert Meeting.objects.count() == 1
