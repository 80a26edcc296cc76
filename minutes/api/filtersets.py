import re

import django_filters

from config.filters import IdFilter, StrictBooleanFilter, UtcIsoDateTimeFilter
from minutes.models import AgendaItem, AgendaItemStatus, Body, Deletion, Meeting

_ID = re.compile(r"[0-9]+")
# Largest id a database row can have (a 64-bit signed integer).
_MAX_ID = 2**63 - 1

BODY_HELP = "The forum's id or slug."


def filter_by_body(queryset, value: str, path: str = "body"):
    """Filter by a body given as its id or its slug; `path` leads to the body."""
    if _ID.fullmatch(value):
        body_id = int(value)
        if body_id > _MAX_ID:
            return queryset.none()
        return queryset.filter(**{f"{path}_id": body_id})
    return queryset.filter(**{f"{path}__slug": value})


def updated_since_filter() -> UtcIsoDateTimeFilter:
    """The sync filter every list has: rows changed at or after a moment."""
    return UtcIsoDateTimeFilter(
        field_name="updated_at",
        lookup_expr="gte",
        help_text="Changed at or after this moment (ISO 8601).",
    )


class BodyFilterSet(django_filters.FilterSet):
    updated_since = updated_since_filter()

    class Meta:
        model = Body
        fields = ["updated_since"]


class MeetingFilterSet(django_filters.FilterSet):
    body = django_filters.CharFilter(method="filter_body", help_text=BODY_HELP)
    date = django_filters.DateFilter(help_text="Meetings on this date.")
    date_after = django_filters.DateFilter(
        field_name="date", lookup_expr="gte", help_text="On or after this date."
    )
    date_before = django_filters.DateFilter(
        field_name="date", lookup_expr="lte", help_text="On or before this date."
    )
    updated_since = updated_since_filter()
    needs_review = StrictBooleanFilter(
        help_text="Meetings the parser flagged for a person to check (true), "
        "or the others (false)."
    )

    class Meta:
        model = Meeting
        fields = [
            "body",
            "date",
            "date_after",
            "date_before",
            "updated_since",
            "needs_review",
        ]

    def filter_body(self, queryset, name, value):
        return filter_by_body(queryset, value)


class AgendaItemFilterSet(django_filters.FilterSet):
    meeting = IdFilter(field_name="meeting_id", help_text="The meeting's id.")
    status = django_filters.MultipleChoiceFilter(
        choices=AgendaItemStatus.choices,
        method="filter_status",
        help_text="handled, postponed (udsat) or withdrawn (taget af "
        "dagsordenen); repeat for several. Closed items the user may not see "
        "never match.",
    )
    case_number = django_filters.CharFilter(
        help_text="The case number (sagsnummer), exactly."
    )
    is_closed = StrictBooleanFilter(help_text="Closed (lukket) items only, or none.")
    body = django_filters.CharFilter(method="filter_body", help_text=BODY_HELP)
    updated_since = updated_since_filter()

    class Meta:
        model = AgendaItem
        fields = [
            "meeting",
            "case_number",
            "status",
            "is_closed",
            "body",
            "updated_since",
        ]

    def filter_body(self, queryset, name, value):
        return filter_by_body(queryset, value, "meeting__body")

    def filter_status(self, queryset, name, value):
        if not value:
            return queryset
        # A closed item's status is part of its content: filtering on it would
        # tell a reader without the permission what the item's status is.
        return queryset.filter(status__in=value).visible_to(self.request.user)


class DeletionFilterSet(django_filters.FilterSet):
    since = UtcIsoDateTimeFilter(
        field_name="deleted_at",
        lookup_expr="gte",
        help_text="Deleted at or after this moment (ISO 8601): the moment of "
        "the last sync.",
    )
    resource = django_filters.ChoiceFilter(
        choices=[(r, r) for r in ("meetings", "agenda-items", "follow-ups")],
        help_text="Only deletions of this kind of resource.",
    )

    class Meta:
        model = Deletion
        fields = ["since", "resource"]
