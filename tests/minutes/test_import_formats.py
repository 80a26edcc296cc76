"""Importing the formats customers have, through the CLI and the API."""

import io
from pathlib import Path

import pytest
from django.core.management import call_command

from minutes.models import Meeting, SourceDocument

FORMATS = Path(__file__).parents[1] / "data" / "formats"

pytestmark = pytest.mark.django_db


def _import(*paths) -> str:
    out = io.StringIO()
    call_command("import_minutes", *map(str, paths), stdout=out)
    return out.getvalue()


def test_a_directory_of_pdf_docx_and_html_imports_each_file(tmp_path) -> None:
    for name in ("udvalg.pdf", "byraad_webside.html"):
        (tmp_path / name).write_bytes((FORMATS / name).read_bytes())

    out = _import(tmp_path)

    assert out.count("— created") == 2
    readers = set(SourceDocument.objects.values_list("reader", flat=True))
    assert readers == {"pdf", "html"}
    pdf = SourceDocument.objects.get(reader="pdf")
    assert pdf.media_type == "application/pdf"
    assert bytes(pdf.content) == (FORMATS / "udvalg.pdf").read_bytes()
    assert pdf.meeting.layout == "numbered"
    assert pdf.meeting.needs_review is False


def test_the_same_pdf_again_is_unchanged_without_being_parsed(monkeypatch) -> None:
    _import(FORMATS / "udvalg.pdf")

    def fail(*args, **kwargs):
        raise AssertionError("an unchanged file must not be read again")

    monkeypatch.setattr("minutes.services.read_minutes", fail)
    assert "— unchanged" in _import(FORMATS / "udvalg.pdf")
    assert SourceDocument.objects.count() == 1


def _referat(start: str, title: str) -> bytes:
    return (
        f"Økonomiudvalget\nMødedato: 8. september 2025 kl. {start}\n\n"
        f"Punkt 1: {title}\nSagsnr.: 25/100\n\nBeslutning\nGodkendt.\n"
    ).encode()


def test_two_meetings_of_one_body_on_one_day_are_two_meetings(tmp_path) -> None:
    (tmp_path / "a.txt").write_bytes(_referat("17.15", "Ekstraordinært punkt"))
    (tmp_path / "b.txt").write_bytes(_referat("17.30", "Ordinært punkt"))

    _import(tmp_path)

    meetings = Meeting.objects.order_by("start_time")
    assert [str(m.start_time) for m in meetings] == ["17:15:00", "17:30:00"]
    assert [m.agenda_items.get().title for m in meetings] == [
        "Ekstraordinært punkt",
        "Ordinært punkt",
    ]


def test_a_new_version_without_start_time_updates_the_one_meeting(tmp_path) -> None:
    (tmp_path / "a.txt").write_bytes(_referat("17.15", "Første udgave"))
    _import(tmp_path / "a.txt")
    (tmp_path / "b.txt").write_bytes(
        b"\xc3\x98konomiudvalget\nM\xc3\xb8dedato: 8. september 2025\n\n"
        b"Punkt 1: Anden udgave\nSagsnr.: 25/100\n\nBeslutning\nGodkendt.\n"
    )
    _import(tmp_path / "b.txt")
    assert Meeting.objects.get().agenda_items.get().title == "Anden udgave"


def test_a_document_without_item_headings_is_kept_and_flagged(
    tmp_path, secretariat_client
) -> None:
    path = tmp_path / "bestyrelse.txt"
    path.write_text(
        "Bestyrelsen for Borgerhuset\nMøde den 2. marts 2026\n\n"
        "Vi drøftede regnskabet. Kassereren sender det til revisor inden 1. april.\n",
        encoding="utf-8",
    )

    out = _import(path)

    assert "needs review" in out
    meeting = Meeting.objects.get()
    assert meeting.needs_review and meeting.layout == "whole-document"
    flagged = secretariat_client.get("/api/v1/meetings/?needs_review=true").json()
    assert [m["id"] for m in flagged["results"]] == [meeting.pk]
    assert (
        secretariat_client.get("/api/v1/meetings/?needs_review=false").json()["count"]
        == 0
    )
    detail = secretariat_client.get(f"/api/v1/meetings/{meeting.pk}/").json()
    assert detail["needs_review"] is True
    assert any("needs review" in w["message"] for w in detail["import_warnings"])
