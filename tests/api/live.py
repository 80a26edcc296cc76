"""A live server with the sample minutes and one account per role, for the
tests that drive the API from outside the process (Schemathesis, the
generated client)."""

import io
from pathlib import Path

from django.core.management import call_command
from rest_framework.authtoken.models import Token

from decisions.models import FollowUp
from minutes.models import AgendaItem
from tests.conftest import grant
from tests.factories import UserFactory

ROOT = Path(__file__).resolve().parents[2]

ROLE_PERMISSIONS = {
    "anonymous": None,
    "reader": (),
    "editor": (
        "decisions.add_followup",
        "decisions.change_followup",
        "webhooks.add_webhook",
        "webhooks.change_webhook",
        "webhooks.delete_webhook",
    ),
    "closed_item_reader": ("minutes.view_closed_agendaitem",),
}


def load_sample_minutes() -> None:
    call_command("import_minutes", str(ROOT / "samples"), stdout=io.StringIO())
    # The samples have no closed item; one closed item with a follow-up puts
    # the closed-item rule in every answer.
    item = AgendaItem.objects.order_by("pk").first()
    AgendaItem.objects.filter(pk=item.pk).update(is_closed=True)
    FollowUp.objects.create(
        agenda_item=item,
        is_closed=True,
        body_id=item.meeting.body_id,
        description="Lukket opfølgning",
    )


def token_for(role: str) -> str | None:
    """Return a new account's API token for the role (None: anonymous)."""
    permissions = ROLE_PERMISSIONS[role]
    if permissions is None:
        return None
    user = grant(UserFactory(username=f"{role}-user"), *permissions)
    return Token.objects.create(user=user).key


def without_throttling(monkeypatch) -> None:
    """Lift the rate limits; the throttles read their rates once, at import."""
    from rest_framework.throttling import AnonRateThrottle, UserRateThrottle

    rates = {"anon": None, "user": None}
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", rates)
    monkeypatch.setattr(UserRateThrottle, "THROTTLE_RATES", rates)
