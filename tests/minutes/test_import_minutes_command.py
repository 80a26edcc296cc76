"""The import command, through the CLI: reports, bad input, atomicity, re-import."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from decisions.models import Decision, FollowUp
from minutes.models import AgendaItem, Attachment, Meeting
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
