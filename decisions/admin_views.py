"""The secretariat's overview: what is overdue, per responsible unit; what
falls due within two weeks; the latest imports. Every number links to the
follow-up or agenda item list filtered to what it counts."""

from __future__ import annotations

import datetime
from urllib.parse import urlencode

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import Count, F
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone

from decisions.models import FollowUp, FollowUpStatus
from minutes.models import AgendaItem, Meeting

DUE_SOON_DAYS = 14
LATEST_IMPORTS = 8
OPEN_STATUSES = f"{FollowUpStatus.OPEN},{FollowUpStatus.IN_PROGRESS}"


def follow_up_list_url(**filters: str) -> str:
    """Return the follow-up changelist URL with the filters applied."""
    url = reverse("admin:decisions_followup_changelist")
    return f"{url}?{urlencode(filters)}" if filters else url


def overdue_per_unit(follow_ups) -> list[dict]:
    """Return the overdue counts grouped by unit: the follow-ups whose
    responsible names a unit (FollowUp.responsible_unit) count for that unit,
    other texts for themselves; largest first."""
    rows: dict[str, dict] = {}
    for unit, responsible, count in (
        follow_ups.overdue()
        .values_list("responsible_unit__name", "responsible")
        .annotate(count=Count("pk"))
    ):
        if unit is not None:
            key, label = f"unit:{unit}", unit
            url = follow_up_list_url(overdue="yes", unit=unit)
        else:
            key, label = f"text:{responsible}", responsible or "(ingen ansvarlig)"
            url = follow_up_list_url(overdue="yes", responsible__exact=responsible)
        row = rows.setdefault(key, {"label": label, "count": 0, "url": url})
        row["count"] += count
    return sorted(rows.values(), key=lambda row: (-row["count"], row["label"]))


def overview_view(request):
    """The overview page of the admin (linked from the admin index)."""
    if not request.user.has_perm("decisions.view_followup"):
        raise PermissionDenied
    today = timezone.localdate()
    soon = today + datetime.timedelta(days=DUE_SOON_DAYS)
    follow_ups = FollowUp.objects.visible_to(request.user)

    per_unit = overdue_per_unit(follow_ups)
    due_soon = list(
        follow_ups.open()
        .filter(due_date__gte=today, due_date__lte=soon)
        .select_related("agenda_item__meeting__body")
        .defer("agenda_item__meeting__source_text")
        .order_by("due_date", "pk")[:11]
    )
    latest_meetings = list(
        Meeting.objects.select_related("body")
        .defer("source_text")
        .order_by(F("imported_at").desc(nulls_last=True), "-date", "-pk")[
            :LATEST_IMPORTS
        ]
    )
    # Counted for these meetings only: counting every meeting's items first
    # takes a second on a full archive.
    item_counts = dict(
        AgendaItem.objects.filter(meeting__in=latest_meetings)
        .values("meeting")
        .annotate(count=Count("pk"))
        .values_list("meeting", "count")
    )
    flagged = list(
        Meeting.objects.filter(needs_review=True)
        .select_related("body")
        .only("pk", "date", "body__name", "layout", "layout_confidence")
        .order_by("-date", "-pk")[: LATEST_IMPORTS + 1]
    )
    item_list = reverse("admin:minutes_agendaitem_changelist")
    for meeting in latest_meetings:
        meeting.item_count = item_counts.get(meeting.pk, 0)
        meeting.items_url = f"{item_list}?meeting__id__exact={meeting.pk}"
        meeting.change_url = reverse("admin:minutes_meeting_change", args=[meeting.pk])

    context = {
        **admin.site.each_context(request),
        "title": "Overblik",
        "today": today,
        "overdue_per_unit": per_unit,
        "overdue_total": sum(row["count"] for row in per_unit),
        "overdue_url": follow_up_list_url(overdue="yes"),
        "due_soon": due_soon[:10],
        "due_soon_more": len(due_soon) > 10,
        "due_soon_days": DUE_SOON_DAYS,
        "due_soon_url": follow_up_list_url(
            status__in=OPEN_STATUSES,
            due_date__gte=today.isoformat(),
            due_date__lte=soon.isoformat(),
        ),
        "latest_meetings": latest_meetings,
        "flagged_meetings": flagged[:LATEST_IMPORTS],
        "flagged_more": len(flagged) > LATEST_IMPORTS,
        "flagged_url": reverse("admin:minutes_meeting_changelist")
        + "?needs_review__exact=1",
    }
    return TemplateResponse(request, "admin/overview.html", context)
