"""manage.py reparse: meetings re-read from their stored originals."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from decisions.models import FollowUp
from minutes import services
from minutes.models import AgendaItem, Meeting, SourceDocument
from minutes.services import record_corrections

DATA = Path(__file__).parent.parent / "data" / "import"
GREVE = Path(__file__).parents[3] / "shared" / "corpus" / "greve-firstagenda"

pytestmark = pytest.mark.django_db


def _improve_rules(monkeypatch) -> None:
    """Today's rules differ from those the meetings were imported with: a new
    fingerprint, and a reader that now reads every item title differently."""
    read_minutes = services.read_minutes

    def improved(*args, **kwargs):
        document, parsed = read_minutes(*args, **kwargs)
        items = tuple(
            dataclasses.replace(item, title=f"{item.title} (ny regel)")
            for item in parsed.items
        )
        return document, dataclasses.replace(parsed, items=items)

    monkeypatch.setattr(services, "rules_version", lambda: "improved-rules")
    monkeypatch.setattr(services, "read_minutes", improved)


def _import(*paths: Path) -> None:
    call_command("import_minutes", *map(str, paths), stdout=io.StringIO())


def _correct_and_complete(meeting: Meeting) -> tuple[AgendaItem, FollowUp]:
    corrected = meeting.agenda_items.order_by("number").first()
    corrected.title = "Rettet i hånden"
    corrected.save()
    record_corrections(obj=corrected, fields=["title"])
    follow_up = FollowUp.objects.filter(agenda_item__meeting=meeting).first()
    follow_up.status = "done"
    follow_up.is_edited = True
    follow_up.save()
    return corrected, follow_up


def test_import_keeps_the_original_file_with_its_meeting() -> None:
    _import(DATA / "udvalg_v1.txt")
    original = SourceDocument.objects.get()
    assert bytes(original.content) == (DATA / "udvalg_v1.txt").read_bytes()
    assert (original.reader, original.media_type) == ("text", "text/plain")
    assert original.meeting.parser_version == services.rules_version()


def test_reparse_applies_new_rules_and_keeps_corrections_and_progress(
    monkeypatch, capsys
) -> None:
    _import(DATA / "udvalg_v1.txt")
    meeting = Meeting.objects.get()
    corrected, follow_up = _correct_and_complete(meeting)
    _improve_rules(monkeypatch)
    capsys.readouterr()

    call_command("reparse", "--all")

    out = capsys.readouterr().out
    assert "1 meetings updated, 0 unchanged, 0 failed" in out
    assert "kept correction" in out
    corrected.refresh_from_db()
    assert corrected.title == "Rettet i hånden"
    other = meeting.agenda_items.exclude(pk=corrected.pk).first()
    assert other.title.endswith("(ny regel)")
    follow_up.refresh_from_db()
    assert follow_up.status == "done"
    meeting.refresh_from_db()
    assert meeting.parser_version == "improved-rules"


def test_reparse_dry_run_writes_nothing(monkeypatch, capsys) -> None:
    _import(DATA / "udvalg_v1.txt")
    _improve_rules(monkeypatch)
    titles = list(AgendaItem.objects.values_list("title", flat=True))

    call_command("reparse", "--all", "--dry-run")

    assert "1 meetings would be updated" in capsys.readouterr().out
    assert list(AgendaItem.objects.values_list("title", flat=True)) == titles


def test_reparse_with_todays_rules_changes_nothing(capsys) -> None:
    _import(DATA / "udvalg_v1.txt")
    call_command("reparse", "--all", "--force")
    assert "0 meetings updated, 1 unchanged" in capsys.readouterr().out


def test_reparse_names_unknown_meetings() -> None:
    with pytest.raises(CommandError, match="no meeting with id 999"):
        call_command("reparse", "--meeting", "999")


@pytest.mark.skipif(not GREVE.is_dir(), reason="needs ../shared/corpus")
def test_reparse_all_on_greve_meetings_after_a_rule_change(monkeypatch, capsys):
    files = sorted(GREVE.glob("2025-*.json"))[:4]
    _import(*files)
    meeting = Meeting.objects.order_by("pk").first()
    corrected, follow_up = _correct_and_complete(meeting)
    _improve_rules(monkeypatch)
    capsys.readouterr()

    call_command("reparse", "--all")

    assert f"{len(files)} meetings updated" in capsys.readouterr().out
    corrected.refresh_from_db()
    follow_up.refresh_from_db()
    assert corrected.title == "Rettet i hånden"
    assert follow_up.status == "done"
    assert AgendaItem.objects.filter(title__endswith="(ny regel)").count() > 10
