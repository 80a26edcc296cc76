"""Re-read from the original: an admin action on meetings previews what the
current parser makes of the stored source text and applies it on
confirmation, keeping hand corrections."""

from pathlib import Path

import pytest
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.test import Client

from minutes.models import AgendaItem, Meeting
from minutes.services import record_corrections
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

REFERAT = Path(__file__).parent.parent / "data" / "import" / "udvalg_v1.txt"
CHANGELIST = "/admin/minutes/meeting/"


@pytest.fixture
def misread_meeting():
    """An imported meeting as an older parser left it: one title misread, one
    field corrected by hand."""
    call_command("import_minutes", str(REFERAT))
    meeting = Meeting.objects.get()
    Meeting.objects.filter(pk=meeting.pk).update(parser_version="0.old")
    AgendaItem.objects.filter(meeting=meeting, number=3).update(title="Trafik (fejl)")
    corrected = AgendaItem.objects.get(meeting=meeting, number=2)
    corrected.title = "Affald (rettet i hånden)"
    corrected.save()
    record_corrections(obj=corrected, fields=["title"])
    return meeting


def select(meeting, **data):
    return {"action": "reread_from_source", "_selected_action": [meeting.pk], **data}


def test_preview_shows_the_changes_and_writes_nothing(admin_client, misread_meeting):
    response = admin_client.post(CHANGELIST, select(misread_meeting))

    content = response.content.decode()
    assert response.status_code == 200
    assert "Anvend ændringerne" in content
    assert "updated agenda item item 3: title" in content
    assert "kept correction: item 2: title" in content
    assert AgendaItem.objects.get(number=3).title == "Trafik (fejl)"


def test_applying_rereads_and_keeps_hand_corrections(admin_client, misread_meeting):
    admin_client.post(CHANGELIST, select(misread_meeting, apply="1"))

    assert AgendaItem.objects.get(number=3).title == "Trafiksikkerhed ved skolerne"
    assert AgendaItem.objects.get(number=2).title == "Affald (rettet i hånden)"
    misread_meeting.refresh_from_db()
    assert misread_meeting.parser_version != "0.old"


def test_a_source_that_reads_as_another_date_keeps_the_meeting(admin_client):
    call_command("import_minutes", str(REFERAT))
    meeting = Meeting.objects.get()
    Meeting.objects.filter(pk=meeting.pk).update(date="2026-03-04")

    response = admin_client.post(CHANGELIST, select(meeting))

    assert "the meeting keeps 2026-03-04" in response.content.decode()
    assert Meeting.objects.get().date.isoformat() == "2026-03-04"


def test_the_action_needs_the_closed_item_permission():
    staff = UserFactory(is_staff=True)
    staff.user_permissions.set(
        Permission.objects.filter(content_type__app_label="minutes").exclude(
            codename="view_closed_agendaitem"
        )
    )
    client = Client()
    client.force_login(staff)

    content = client.get(CHANGELIST).content.decode()

    assert "reread_from_source" not in content
