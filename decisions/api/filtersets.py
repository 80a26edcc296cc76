"""Query-string filters of the follow-up list."""

import django_filters
from django.db.models import Q

from config.filters import AnyOfFilter, IdFilter, StrictBooleanFilter
from decisions.extraction import RULES
from decisions.models import (
    FollowUp,
    FollowUpOrigin,
    FollowUpStatus,
    Unit,
)
from minutes.api.filtersets import filter_by_body, updated_since_filter

# Names shorter than this are abbreviations, found only as the whole value.
_MIN_CONTAINS_LENGTH = 4


class FollowUpFilterSet(django_filters.FilterSet):
    """Filters of the follow-up list; given together, all must hold."""

    status = AnyOfFilter(choices=FollowUpStatus.choices)
    origin = AnyOfFilter(choices=FollowUpOrigin.choices)
    rule = AnyOfFilter(
        choices=[(rule.name, rule.description) for rule in RULES],
        help_text="The extraction rule that found the follow-up (see RULES).",
    )
    responsible = django_filters.CharFilter(
        method="filter_responsible",
        help_text=(
            "Part of the responsible's name, case-insensitive. A unit's name or "
            "alias (e.g. an abbreviation) finds every follow-up of that unit."
        ),
    )
    responsible_unit = IdFilter(
        field_name="responsible_unit_id",
        help_text="The id of the unit the responsible names (see units/).",
    )
    meeting = IdFilter(field_name="agenda_item__meeting__id")
    agenda_item = IdFilter(field_name="agenda_item__id")
    case_number = django_filters.CharFilter(
        field_name="agenda_item__case_number",
        help_text="The agenda item's case number, exactly.",
    )
    body = django_filters.CharFilter(method="filter_body", help_text="Body id or slug.")
    due_after = django_filters.DateFilter(
        field_name="due_date", lookup_expr="gte", help_text="Due on or after this date."
    )
    due_before = django_filters.DateFilter(
        field_name="due_date",
        lookup_expr="lte",
        help_text="Due on or before this date.",
    )
    overdue = StrictBooleanFilter(
        method="filter_overdue",
        help_text="Open or in progress with a due date before today.",
    )
    updated_since = updated_since_filter()

    class Meta:
        model = FollowUp
        fields = [
            "status",
            "origin",
            "rule",
            "responsible",
            "responsible_unit",
            "meeting",
            "agenda_item",
            "case_number",
            "body",
            "due_after",
            "due_before",
            "overdue",
            "updated_since",
        ]

    def filter_responsible(self, queryset, name, value):
        matches = Q(responsible__icontains=value)
        unit = Unit.objects.called(value)
        if unit is not None:
            unit_id, unit_names = unit
            # The unit's follow-ups, and those it shares with others by its
            # full name ("Økonomi & Stab og HR"); its abbreviations ("ØS", "IT")
            # would match inside unrelated words, so they count only whole.
            matches |= Q(responsible_unit_id=unit_id)
            for unit_name in unit_names:
                if len(unit_name) >= _MIN_CONTAINS_LENGTH:
                    matches |= Q(responsible__icontains=unit_name)
        return queryset.filter(matches)

    def filter_body(self, queryset, name, value):
        return filter_by_body(queryset, value, "body")

    def filter_overdue(self, queryset, name, value):
        return queryset.overdue() if value else queryset.not_overdue()


class UnitFilterSet(django_filters.FilterSet):
    updated_since = updated_since_filter()

    class Meta:
        model = Unit
        fields = ["updated_since"]
