"""send_followup_reminders: one Danish digest per unit, each reminder once per
follow-up and due date, closed items never with their content."""

import datetime

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone

from decisions.models import FollowUpReminder, FollowUpStatus
from tests.factories import (
    AgendaItemFactory,
    FollowUpFactory,
    UnitAliasFactory,
    UnitFactory,
)

pytestmark = pytest.mark.django_db


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


@pytest.fixture(autouse=True)
def _locmem(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.ADMIN_BASE_URL = "https://opfoelgning.example.dk"


@pytest.fixture
def unit():
    unit = UnitFactory(
        name="Byg og Miljø", contact_emails="bym@example.dk, chef@example.dk"
    )
    UnitAliasFactory(unit=unit, alias="BYM")
    return unit


def test_each_unit_gets_one_danish_digest_with_links(unit):
    overdue = FollowUpFactory(
        responsible="BYM", due_date=days(-2), description="Lav en plan"
    )
    FollowUpFactory(responsible="byg og miljø", due_date=days(3), description="Svar KB")
    FollowUpFactory(responsible="BYM", due_date=days(40), description="Langt ude")
    FollowUpFactory(responsible="BYM", due_date=days(1), status=FollowUpStatus.DONE)
    FollowUpFactory(responsible="HR", due_date=days(1), description="Andres")

    call_command("send_followup_reminders", "--days", "14")

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["bym@example.dk", "chef@example.dk"]
    assert "1 overskredne og 1 med frist inden for 14 dage" in message.subject
    assert "Fristen er overskredet:" in message.body
    assert "Lav en plan" in message.body
    assert "Svar KB" in message.body
    assert "Langt ude" not in message.body
    assert "Andres" not in message.body
    assert (
        f"https://opfoelgning.example.dk/admin/decisions/followup/{overdue.pk}/change/"
        in message.body
    )


def test_the_same_reminder_is_never_sent_twice(unit):
    follow_up = FollowUpFactory(responsible="BYM", due_date=days(3))

    call_command("send_followup_reminders")
    call_command("send_followup_reminders")

    assert len(mail.outbox) == 1
    assert FollowUpReminder.objects.get().follow_up == follow_up


def test_a_new_due_date_or_passing_it_is_a_new_reminder(unit):
    follow_up = FollowUpFactory(responsible="BYM", due_date=days(3))
    call_command("send_followup_reminders")

    follow_up.due_date = days(5)
    follow_up.save()
    call_command("send_followup_reminders")
    follow_up.due_date = days(-1)
    follow_up.save()
    call_command("send_followup_reminders")
    call_command("send_followup_reminders")

    assert len(mail.outbox) == 3
    assert "overskredet" in mail.outbox[2].body


def test_closed_items_are_mailed_without_their_content(unit):
    FollowUpFactory(
        agenda_item=AgendaItemFactory(is_closed=True, case_number="88.00.00-G00-1-24"),
        responsible="BYM",
        due_date=days(2),
        description="HEMMELIG grundkøb",
        source_text="HEMMELIG",
    )

    call_command("send_followup_reminders")

    body = mail.outbox[0].body
    assert "HEMMELIG" not in body + mail.outbox[0].subject
    assert "Lukket punkt, sag 88.00.00-G00-1-24" in body


def test_dry_run_prints_and_neither_sends_nor_records(unit, capsys):
    FollowUpFactory(responsible="BYM", due_date=days(2), description="Svar KB")

    call_command("send_followup_reminders", "--dry-run")

    assert mail.outbox == []
    assert not FollowUpReminder.objects.exists()
    assert "Svar KB" in capsys.readouterr().out


def test_units_without_address_get_nothing():
    UnitFactory(name="Ingen adresse")
    FollowUpFactory(responsible="Ingen adresse", due_date=days(1))

    call_command("send_followup_reminders")

    assert mail.outbox == []


def test_a_failed_send_records_nothing_and_fails_the_command(unit, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = 9  # nothing listens on discard
    settings.EMAIL_TIMEOUT = 2
    FollowUpFactory(responsible="BYM", due_date=days(1))

    with pytest.raises(CommandError, match="fik ikke deres påmindelse"):
        call_command("send_followup_reminders")

    assert not FollowUpReminder.objects.exists()


def test_days_out_of_range_is_a_command_error():
    with pytest.raises(CommandError, match="--days"):
        call_command("send_followup_reminders", "--days", "-1")


def test_unit_addresses_are_validated(admin_client):
    response = admin_client.post(
        "/admin/decisions/unit/add/",
        {
            "name": "Ny enhed",
            "contact_emails": "god@example.dk, ikke-en-adresse",
            "aliases-TOTAL_FORMS": "0",
            "aliases-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200
    assert "gyldig e-mailadresse" in response.content.decode()


def test_email_settings_come_from_the_environment(monkeypatch):
    from config.settings import _email_settings

    monkeypatch.delenv("EMAIL_URL", raising=False)
    monkeypatch.delenv("EMAIL_HOST", raising=False)
    assert _email_settings()["EMAIL_BACKEND"].endswith("console.EmailBackend")

    monkeypatch.setenv(
        "EMAIL_URL", "smtp://post%40kommune.dk:hemm%3Aeligt@mail:587?tls=1"
    )
    smtp = _email_settings()
    assert smtp["EMAIL_BACKEND"].endswith("smtp.EmailBackend")
    assert (smtp["EMAIL_HOST"], smtp["EMAIL_PORT"], smtp["EMAIL_USE_TLS"]) == (
        "mail",
        587,
        True,
    )
    assert (smtp["EMAIL_HOST_USER"], smtp["EMAIL_HOST_PASSWORD"]) == (
        "post@kommune.dk",
        "hemm:eligt",
    )

    monkeypatch.delenv("EMAIL_URL")
    monkeypatch.setenv("EMAIL_HOST", "relay")
    assert _email_settings()["EMAIL_HOST"] == "relay"
