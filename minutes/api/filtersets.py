import django_filters

from minutes.models import AgendaItem, AgendaItemStatus, Meeting


def filter_by_body(queryset, value: str, path: str = "body"):
    """Filter by a body given as its id or its slug; `path` leads to the body."""
    if value.isdigit():
        return queryset.filter(**{f"{path}_id": int(value)})
    return queryset.filter(**{f"{path}__slug": value})


class MeetingFilterSet(django_filters.FilterSet):
    body = django_filters.CharFilter(method="filter_body", help_text="Body id or slug.")
    date_after = django_filters.DateFilter(field_name="date", lookup_expr="gte")
    date_before = django_filters.DateFilter(field_name="date", lookup_expr="lte")
    updated_since = django_filters.IsoDateTimeFilter(
        field_name="updated_at", lookup_expr="gte"
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
    status = django_filters.MultipleChoiceFilter(choices=AgendaItemStatus.choices)
    case_number = django_filters.CharFilter()
    body = django_filters.CharFilter(method="filter_body", help_text="Body id or slug.")

    class Meta:
        model = AgendaItem
        fields = ["meeting", "case_number", "status", "is_closed", "body"]

    def filter_body(self, queryset, name, value):
        return filter_by_body(queryset, value, "meeting__body")
