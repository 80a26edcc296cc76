"""Reminders to the units: one Danish e-mail digest per unit of its follow-ups
that are overdue or fall due within N days, each reminder sent only once per
follow-up, due date and kind (due soon, overdue).

A unit's mailbox is nobody's account, so it is treated as a user without the
closed-item permission: a follow-up of a closed item appears only as "Lukket
punkt", its case number and due date, never with its text.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.mail import EmailMessage
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from decisions.models import FollowUp, FollowUpReminder, ReminderKind, Unit
from minutes.models import may_see_closed_items

# The unit's mailbox: no account, no permissions.
MAILBOX_READER = AnonymousUser()


@dataclass
class Digest:
    """What one unit is reminded of in one e-mail."""

    unit: Unit
    recipients: list[str]
    overdue: list[FollowUp] = field(default_factory=list)
    due_soon: list[FollowUp] = field(default_factory=list)

    @property
    def follow_ups(self) -> list[tuple[FollowUp, str]]:
        return [(f, ReminderKind.OVERDUE) for f in self.overdue] + [
            (f, ReminderKind.DUE_SOON) for f in self.due_soon
        ]


@dataclass
class ReminderReport:
    sent: list[Digest] = field(default_factory=list)
    failed: list[tuple[Digest, str]] = field(default_factory=list)


def collect_digests(*, days: int, today: datetime.date | None = None) -> list[Digest]:
    """Return one digest per unit with an e-mail address and something new to
    be reminded of: open follow-ups overdue or due within the days."""
    today = today or timezone.localdate()
    horizon = today + datetime.timedelta(days=days)
    units = [unit for unit in Unit.objects.all() if unit.email_addresses]
    # A follow-up is a unit's when its responsible names the unit
    # (FollowUp.responsible_unit, kept by decisions.services).
    candidates = list(
        FollowUp.objects.open()
        .filter(
            due_date__isnull=False,
            due_date__lte=horizon,
            responsible_unit__in=units,
        )
        .select_related("agenda_item__meeting__body")
        .defer("agenda_item__meeting__source_text")
        .order_by("due_date", "pk")
    )
    sent = set(
        FollowUpReminder.objects.filter(
            follow_up__in=[f.pk for f in candidates]
        ).values_list("follow_up_id", "due_date", "kind")
    )
    per_unit: dict[int, list[FollowUp]] = {}
    for follow_up in candidates:
        per_unit.setdefault(follow_up.responsible_unit_id, []).append(follow_up)
    digests = []
    for unit in units:
        digest = Digest(unit=unit, recipients=unit.email_addresses)
        for follow_up in per_unit.get(unit.pk, []):
            kind = (
                ReminderKind.OVERDUE
                if follow_up.due_date < today
                else ReminderKind.DUE_SOON
            )
            if (follow_up.pk, follow_up.due_date, kind) in sent:
                continue
            if kind == ReminderKind.OVERDUE:
                digest.overdue.append(follow_up)
            else:
                digest.due_soon.append(follow_up)
        if digest.overdue or digest.due_soon:
            digests.append(digest)
    return digests


def admin_url(follow_up: FollowUp) -> str:
    return settings.ADMIN_BASE_URL + reverse(
        "admin:decisions_followup_change", args=[follow_up.pk]
    )


def describe(follow_up: FollowUp) -> str:
    """Return one follow-up as a digest line, without a closed item's content."""
    item = follow_up.agenda_item
    due = f"{follow_up.due_date:%d-%m-%Y}"
    case = f", sag {item.case_number}" if item.case_number else ""
    if item.is_closed and not may_see_closed_items(MAILBOX_READER):
        return f"- {due}: Lukket punkt{case}\n  {admin_url(follow_up)}"
    return (
        f"- {due}: {follow_up.description}\n"
        f"  ({item.meeting.body} {item.meeting.date:%d-%m-%Y}, punkt {item.number}"
        f"{case})\n  {admin_url(follow_up)}"
    )


def render_digest(digest: Digest, *, days: int) -> tuple[str, str]:
    """Return the subject and the plain-text body of a unit's digest."""
    counts = []
    if digest.overdue:
        counts.append(f"{len(digest.overdue)} overskredne")
    if digest.due_soon:
        counts.append(f"{len(digest.due_soon)} med frist inden for {days} dage")
    subject = f"Opfølgninger for {digest.unit.name}: {' og '.join(counts)}"
    parts = [
        f"Kære {digest.unit.name}",
        "",
        "Her er jeres opfølgninger fra referaterne, som har brug for opmærksomhed.",
    ]
    if digest.overdue:
        parts += ["", "Fristen er overskredet:"]
        parts += [describe(f) for f in digest.overdue]
    if digest.due_soon:
        parts += ["", f"Frist inden for {days} dage:"]
        parts += [describe(f) for f in digest.due_soon]
    parts += [
        "",
        "Markér en opfølgning som udført eller i gang via linket, eller svar "
        "sekretariatet, hvis den ikke er jeres.",
        "",
        "Venlig hilsen",
        "Beslutningsopfølgning",
    ]
    return subject, "\n".join(parts)


def send_reminders(
    *, days: int, dry_run: bool = False, today: datetime.date | None = None
) -> ReminderReport:
    """E-mail each unit its digest and record every reminder sent, so none is
    sent twice; with dry_run, compose the digests and send or record nothing."""
    report = ReminderReport()
    for digest in collect_digests(days=days, today=today):
        if dry_run:
            report.sent.append(digest)
            continue
        subject, body = render_digest(digest, days=days)
        try:
            with transaction.atomic():
                FollowUpReminder.objects.bulk_create(
                    [
                        FollowUpReminder(
                            follow_up=follow_up,
                            due_date=follow_up.due_date,
                            kind=kind,
                            unit=digest.unit,
                            recipients=", ".join(digest.recipients),
                        )
                        for follow_up, kind in digest.follow_ups
                    ]
                )
                # Sent inside the transaction: if sending fails, nothing is
                # recorded and the next run tries again.
                EmailMessage(subject, body, to=digest.recipients).send()
        except Exception as error:  # noqa: BLE001 - reported per unit, run goes on
            report.failed.append((digest, f"{type(error).__name__}: {error}"))
        else:
            report.sent.append(digest)
    return report
