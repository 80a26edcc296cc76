"""Query-string filters of the follow-up list."""

import django_filters
from django.db.models import Q

from config.filters import IdFilter, StrictBooleanFilter, UtcIsoDateTimeFilter
from decisions.extraction import RULES
from decisions.models import FollowUp, FollowUpOrigin, FollowUpStatus, Unit
from minutes.api.filtersets import filter_by_body

# Aliases shorter than this are abbreviations ("ØS", "IT"): as a substring they
# would match inside unrelated words, so they must match the whole value.
_MIN_CONTAINS_LENGTH = 4


class FollowUpFilterSet(django_filters.FilterSet):
    """Filters of the follow-up list; given together, all must hold."""

    status = django_filters.MultipleChoiceFilter(choices=FollowUpStatus.choices)
    origin = django_filters.MultipleChoiceFilter(choices=FollowUpOrigin.choices)
    rule = django_filters.MultipleChoiceFilter(
        choices=[(rule.name, rule.description) for rule in RULES],
        help_text="The extraction rule that found the follow-up (see RULES).",
    )
    responsible = django_filters.CharFilter(
        method="filter_responsible",
        help_text=(
            "Part of the responsible's name, case-insensitive. A unit's name or "
            "alias (e.g. an abbreviation) also finds the unit's other names."
        ),
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
    updated_since = UtcIsoDateTimeFilter(
        field_name="updated_at",
        lookup_expr="gte",
        help_text="Changed at or after this moment (ISO 8601).",
    )

    class Meta:
        model = FollowUp
        fields = [
            "status",
            "origin",
            "rule",
            "responsible",
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
        for unit_name in _names_of_units_called(value):
            if len(unit_name) < _MIN_CONTAINS_LENGTH:
                matches |= Q(responsible__iexact=unit_name)
            else:
                matches |= Q(responsible__icontains=unit_name)
        return queryset.filter(matches)

    def filter_body(self, queryset, name, value):
        return filter_by_body(queryset, value, "agenda_item__meeting__body")

    def filter_overdue(self, queryset, name, value):
        overdue = queryset.overdue()
        return overdue if value else queryset.exclude(pk__in=overdue.values("pk"))


def _names_of_units_called(value: str) -> set[str]:
    """Return every name and alias of the units whose name or alias is the value."""
    # Compared in Python: the list is short, and SQLite folds the case of ASCII
    # letters only, so "øs" would not find "ØS" there.
    wanted = value.strip().casefold()
    return {
        name
        for names in Unit.objects.names().values()
        if any(name.casefold() == wanted for name in names)
        for name in names
    }
