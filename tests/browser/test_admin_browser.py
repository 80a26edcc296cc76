"""The secretariat's day in the admin, in headless Chromium: log in, see the
overview, open an imported meeting, correct a decision, add a follow-up with
a due date, complete another with a note, have a stale save refused, and see
the changes in the API and in the history."""

import datetime
import json
import re
from pathlib import Path

import pytest
from django.core.management import call_command

from decisions import services
from decisions.models import FollowUp, FollowUpStatus
from minutes.models import AgendaItem, Meeting

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

REFERAT = Path(__file__).parent.parent / "data" / "import" / "udvalg_v1.txt"
PASSWORD = "pw-for-tests-123"


@pytest.fixture
def secretary(django_user_model):
    return django_user_model.objects.create_superuser(
        "sekretariat", "sekretariat@example.dk", PASSWORD
    )


def log_in(page, live_server):
    page.goto(f"{live_server.url}/admin/login/?next=/admin/")
    page.fill("#id_username", "sekretariat")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")


def api_json(page, live_server, path):
    page.goto(f"{live_server.url}{path}?format=json")
    return json.loads(page.inner_text("body"))


def test_a_secretariat_day_in_the_admin(page, live_server, secretary, screenshot):
    call_command("import_minutes", str(REFERAT))
    meeting = Meeting.objects.get()
    item = AgendaItem.objects.get(meeting=meeting, number=2)
    extracted = FollowUp.objects.filter(agenda_item=item).first()
    assert extracted is not None

    # Log in; the admin is Danish although the browser asks for English.
    log_in(page, live_server)
    assert "Beslutningsopfølgning" in page.inner_text("#site-name")

    # The overview, from the admin index.
    page.click("text=Overblik")
    page.wait_for_selector("#overdue")
    assert "Seneste importer" in page.inner_text("#content")
    assert str(meeting.body) in page.inner_text("#latest-imports")
    screenshot("overview")

    # Open the imported meeting from the overview, then its agenda item 2.
    page.click(f"#latest-imports a[href$='/meeting/{meeting.pk}/change/']")
    page.wait_for_selector("pre.source-text")
    assert "Ny affaldsordning for etageboliger" in page.inner_text("pre.source-text")
    page.goto(f"{live_server.url}/admin/minutes/agendaitem/{item.pk}/change/")

    # Correct the decision.
    page.fill("textarea[name=decision-0-text]", "Godkendt med en rettelse.")
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")
    item.decision.refresh_from_db()
    assert item.decision.text == "Godkendt med en rettelse."
    assert "## Sagsfremstilling" in page.input_value("textarea[name=sections]")
    screenshot("agenda-item")

    # Add a follow-up with a due date.
    page.goto(f"{live_server.url}/admin/decisions/followup/add/")
    page.fill("#id_agenda_item", str(item.pk))
    page.fill("#id_description", "Teknisk afdeling sender høringssvar til KB")
    page.fill("#id_responsible", "Teknisk afdeling")
    page.fill("#id_due_date", "15.06.2027")
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist .success")
    added = FollowUp.objects.get(description__startswith="Teknisk afdeling sender")
    assert added.due_date == datetime.date(2027, 6, 15)
    assert "Teknisk afdeling sender" in page.inner_text("#result_list")
    screenshot("follow-up-list")

    # Complete the extracted follow-up with a note, from its page.
    page.goto(f"{live_server.url}/admin/decisions/followup/{extracted.pk}/change/")
    page.fill("#id_complete_text", "Evalueringen blev fremlagt i marts.")
    page.click("input[name=_transition_complete]")
    page.wait_for_selector(".messagelist .success")
    assert "Status ændret til «Udført»" in page.inner_text(".messagelist")
    assert "Evalueringen blev fremlagt i marts." in page.inner_text(".field-history")
    screenshot("follow-up")

    # A stale save: someone changes the follow-up (through the API's service)
    # while the page is open; saving the page is refused and says what changed.
    page.goto(f"{live_server.url}/admin/decisions/followup/{added.pk}/change/")
    services.update_follow_up(
        follow_up=FollowUp.objects.get(pk=added.pk),
        changes={"responsible": "Økonomi & Stab"},
        user=None,
    )
    page.fill("#id_description", "Min rettelse, der kommer for sent")
    page.click("input[name=_save]")
    page.wait_for_selector(".errornote, .errorlist")
    refusal = page.inner_text("#content")
    assert "ændret af en anden" in refusal
    assert "Teknisk afdeling → Økonomi & Stab" in refusal
    added.refresh_from_db()
    assert added.description == "Teknisk afdeling sender høringssvar til KB"
    screenshot("stale-save-refused")

    # The changes in the API and its history.
    completed = api_json(page, live_server, f"/api/v1/follow-ups/{extracted.pk}/")
    assert completed["status"] == FollowUpStatus.DONE
    history = api_json(page, live_server, f"/api/v1/follow-ups/{extracted.pk}/history/")
    entries = history["results"]  # the history is paginated
    assert [entry["action"] for entry in entries][-1] == "complete"
    assert entries[-1]["note"] == "Evalueringen blev fremlagt i marts."
    corrected = api_json(page, live_server, f"/api/v1/agenda-items/{item.pk}/")
    assert corrected["decision"]["text"] == "Godkendt med en rettelse."

    # And in the admin history of the added follow-up: created, then edited.
    page.goto(f"{live_server.url}/admin/decisions/followup/{added.pk}/change/")
    history_text = page.inner_text(".field-history")
    assert re.search(r"Oprettet.*sekretariat", history_text, re.S)
    assert "Ansvarlig: Teknisk afdeling → Økonomi & Stab" in history_text
