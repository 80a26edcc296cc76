"""Strict query-string handling for every list: an unknown parameter, an invalid
filter value or an unknown ordering field is a 400 naming the parameter, never
silently ignored and never a database error."""

import datetime
import re

import django_filters
from django import forms
from django_filters import utils
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.filters import OrderingFilter

# Query parameters of the pagination and of DRF's content negotiation.
_GENERIC_PARAMETERS = frozenset({"page", "page_size", "cursor", "format"})
# The range of a database id (a 64-bit signed integer).
_ID_RANGE = range(-(2**63), 2**63)


class StrictBooleanField(forms.Field):
    """`true` or `false` (also 1 and 0); anything else is invalid, not ignored."""

    widget = forms.TextInput
    _VALUES = {"true": True, "1": True, "false": False, "0": False}

    def to_python(self, value):
        if value in (None, ""):
            return None
        try:
            return self._VALUES[str(value).strip().lower()]
        except KeyError:
            raise forms.ValidationError(
                "Must be true or false.", code="invalid"
            ) from None


class StrictBooleanFilter(django_filters.BooleanFilter):
    field_class = StrictBooleanField


class UtcIsoDateTimeField(django_filters.fields.IsoDateTimeField):
    """An ISO 8601 moment, converted to UTC before it reaches the database.

    PostgreSQL refuses offsets beyond ±15:59 that Python accepts (a 500 for
    `-20:00`); in UTC the offset is gone. Moments that do not exist in UTC
    (year 1 with a positive offset) are invalid.
    """

    def to_python(self, value):
        moment = super().to_python(value)
        if moment is None:
            return None
        try:
            return moment.astimezone(datetime.UTC)
        except OverflowError:
            raise forms.ValidationError(
                "The moment is out of range.", code="invalid"
            ) from None


class UtcIsoDateTimeFilter(django_filters.IsoDateTimeFilter):
    field_class = UtcIsoDateTimeField


@extend_schema_field(OpenApiTypes.INT)
class IdFilter(django_filters.NumberFilter):
    """A row's id: a whole number; one no row can have finds nothing."""

    field_class = forms.IntegerField

    def filter(self, qs, value):
        if value is not None and value not in _ID_RANGE:
            return qs.none()
        return super().filter(qs, value)


def is_filtered(view) -> bool:
    """Whether the view's action takes the list's filters: the list, and the
    actions that name themselves in `filtered_actions` (exports)."""
    action = getattr(view, "action", "list")
    return action in getattr(view, "filtered_actions", ("list",))


class AnyOfFilter(django_filters.MultipleChoiceFilter):
    """Rows whose field has any of the chosen values, as one `IN (...)`.

    django-filter ORs one condition per value; PostgreSQL then cannot seek
    an index to the values and reads it whole. A column of the row itself
    never repeats a row, so no DISTINCT either.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("distinct", False)
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        return qs.filter(**{f"{self.field_name}__in": value})


class StrictFilterBackend(DjangoFilterBackend):
    """django-filter on lists only, refusing parameters the list does not have.

    A detail or an action is not filtered: a filter there would turn a
    follow-up that exists into a 404 for a reason the client cannot see.
    """

    def filter_queryset(self, request, queryset, view):
        if not is_filtered(view):
            return queryset
        filterset_class = self.get_filterset_class(view, queryset)
        refuse_unusable_parameters(request, view, filterset_class)
        if filterset_class is None:
            return queryset
        # A NUL in a text filter matches nothing (no stored text has one, and
        # PostgreSQL cannot even compare with it), but the other parameters
        # are still checked, so an invalid one is a 400 all the same.
        text_filters = {
            name
            for name, f in filterset_class.base_filters.items()
            if type(f) is django_filters.CharFilter
        }
        data = request.query_params.copy()
        has_nul = False
        for name, values in request.query_params.lists():
            if name in text_filters and any("\x00" in v for v in values):
                has_nul = True
                data.setlist(name, [v.replace("\x00", "") for v in values])
        filterset = filterset_class(data, queryset=queryset, request=request)
        if not filterset.is_valid():
            raise utils.translate_validation(filterset.errors)
        return queryset.none() if has_nul else filterset.qs


def refuse_unusable_parameters(request, view, filterset_class) -> None:
    """Raise a 400 naming each query parameter the list does not know, or that
    is empty where the parameter's type has no empty value."""
    known = set(_GENERIC_PARAMETERS)
    # Text filters take any text, the empty one included (it filters nothing);
    # for the others an empty value is no value of their type.
    may_be_empty = set()
    if filterset_class is not None:
        known |= set(filterset_class.base_filters)
        may_be_empty = {
            name
            for name, f in filterset_class.base_filters.items()
            if type(f) is django_filters.CharFilter
        }
    if any(issubclass(b, OrderingFilter) for b in view.filter_backends):
        known.add(OrderingFilter.ordering_param)
    # An action's own parameters (the feed token) may be empty: not given.
    extra = set(getattr(view, "extra_query_parameters", {}).get(view.action, ()))
    known |= extra
    may_be_empty |= extra
    errors = {}
    for name, values in request.query_params.lists():
        if name not in known:
            errors[name] = [
                f"Unknown query parameter. This list accepts: "
                f"{', '.join(sorted(known))}."
            ]
        elif name not in may_be_empty and any(value == "" for value in values):
            errors[name] = ["Must not be empty."]
    if errors:
        raise serializers.ValidationError(errors, code="invalid")


class StrictOrderingFilter(OrderingFilter):
    """Ordering on lists only; an unknown field is a 400 naming `ordering`."""

    def get_schema_operation_parameters(self, view):
        fields = sorted(getattr(view, "ordering_fields", None) or [])
        if not fields:
            return []
        choice = "-?(" + "|".join(re.escape(name) for name in fields) + ")"
        return [
            {
                "name": self.ordering_param,
                "required": False,
                "in": "query",
                "description": (
                    f"Order by {', '.join(fields)}; '-' before a field reverses "
                    "it; several fields separated by commas."
                ),
                "schema": {"type": "string", "pattern": f"^{choice}(,{choice})*$"},
            }
        ]

    def filter_queryset(self, request, queryset, view):
        if not is_filtered(view):
            return queryset
        return super().filter_queryset(request, queryset, view)

    def get_ordering(self, request, queryset, view):
        params = request.query_params.get(self.ordering_param)
        if params:
            valid = {
                name
                for name, _label in self.get_valid_fields(
                    queryset, view, {"request": request}
                )
            }
            fields = [term.strip() for term in params.split(",")]
            unknown = [f for f in fields if f.removeprefix("-") not in valid]
            if unknown:
                raise serializers.ValidationError(
                    {
                        self.ordering_param: [
                            f"Unknown ordering field {', '.join(unknown)}. "
                            f"Order by one of: {', '.join(sorted(valid))}, "
                            "each optionally prefixed with '-'."
                        ]
                    },
                    code="invalid",
                )
            return fields
        return self.get_default_ordering(view)
