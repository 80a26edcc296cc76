from __future__ import annotations

import datetime
import json
from base64 import urlsafe_b64decode, urlsafe_b64encode
from dataclasses import dataclass

from django.core.exceptions import FieldDoesNotExist
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.paginator import EmptyPage, Page, Paginator
from django.db import connections
from django.db.models import F, Field, Q
from django.db.models.expressions import OrderBy
from django.utils import timezone
from django.utils.functional import cached_property
from rest_framework import pagination, serializers
from rest_framework.exceptions import NotFound
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param


class LargeListPaginator(Paginator):
    """A paginator whose cost does not grow with the size of the list.

    The count is exact up to EXACT_COUNT_LIMIT rows, read from at most that
    many; above it, on PostgreSQL, the query planner's estimate (an exact
    COUNT(*) would read every matching row on every page). Counting to the
    limit reads a thousand rows, through a filter no index serves (a part of
    a name) thousands more; so a list of over SMALL_LIST rows whose estimate
    is far above the limit (CERTAINLY_LARGE) takes the estimate at once. A
    page is read with one row more than it shows, so whether another follows
    is always known exactly, whatever the count says.
    """

    EXACT_COUNT_LIMIT = 1_000
    SMALL_LIST = 100
    CERTAINLY_LARGE = 100_000

    @cached_property
    def count(self) -> int:
        return self._count_and_exactness[0]

    @property
    def count_is_exact(self) -> bool:
        return self._count_and_exactness[1]

    @cached_property
    def _count_and_exactness(self) -> tuple[int, bool]:
        if not hasattr(self.object_list, "order_by"):
            return len(self.object_list), True  # a list, e.g. of search hits
        queryset = self.object_list.order_by()
        small = queryset[: self.SMALL_LIST + 1].count()
        if small <= self.SMALL_LIST:
            return small, True
        estimate = planner_estimate(queryset)
        if estimate is not None and estimate > self.CERTAINLY_LARGE:
            return estimate, False
        exact = queryset[: self.EXACT_COUNT_LIMIT + 1].count()
        if exact <= self.EXACT_COUNT_LIMIT:
            return exact, True
        if estimate is None:
            return queryset.count(), True
        return max(estimate, exact), False

    def validate_number(self, number):
        if self.count_is_exact:
            return super().validate_number(number)
        # The count is an estimate: a page past it may still have rows, and
        # page() finds out.
        try:
            number = int(number)
        except (TypeError, ValueError):
            return super().validate_number(number)
        if number < 1:
            raise EmptyPage(self.error_messages["min_page"])
        return number

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        rows = self._rows(bottom, self.per_page + 1)
        if not rows and number > 1:
            raise EmptyPage(self.error_messages["no_results"])
        return LargeListPage(
            rows[: self.per_page], number, self, has_more=len(rows) > self.per_page
        )

    def _rows(self, offset: int, limit: int) -> list:
        rows = self.object_list
        if offset < self.EXACT_COUNT_LIMIT or not hasattr(rows, "values_list"):
            return list(rows[offset : offset + limit])
        # Deep in a list, skip the offset on ids alone (from an index, no
        # joins), then read the page's rows whole.
        ids = list(rows.values_list("pk", flat=True)[offset : offset + limit])
        by_id = {row.pk: row for row in rows.filter(pk__in=ids)}
        return [by_id[pk] for pk in ids if pk in by_id]


class LargeListAdminMixin:
    """Admin changelists of a full archive: no count of the whole table beside
    the filtered one, and that one exact only up to 1,000."""

    show_full_result_count = False
    paginator = LargeListPaginator


class LargeListPage(Page):
    def __init__(self, object_list, number, paginator, *, has_more: bool):
        super().__init__(object_list, number, paginator)
        self.has_more = has_more

    def has_next(self) -> bool:
        return self.has_more


def planner_estimate(queryset) -> int | None:
    """Return PostgreSQL's estimate of the rows the query returns (from its
    statistics: no row is read), or None elsewhere."""
    connection = connections[queryset.db]
    if connection.vendor != "postgresql":
        return None
    # Unordered: an ordering by related fields would join their tables.
    sql, params = queryset.order_by().values("pk").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
        plan = cursor.fetchone()[0]
    if isinstance(plan, str):
        plan = json.loads(plan)
    return int(plan[0]["Plan"]["Plan Rows"])


INVALID_CURSOR = "Invalid cursor: follow the next and previous links."
# The cursors this API writes are under 100 characters.
MAX_CURSOR_LENGTH = 200


def _in_utc(value: datetime.datetime) -> datetime.datetime:
    if timezone.is_naive(value):
        value = timezone.make_aware(value, datetime.UTC)
    return value.astimezone(datetime.UTC)


@dataclass(frozen=True)
class Keyset:
    """A list ordered by one field and then the id, so a page can start right
    after a row (`?cursor=`): the database seeks to it in an index instead of
    counting its way there as an offset does. A nullable field must be ordered
    with its empty values last (as the follow-up list orders its due dates)."""

    field: Field
    descending: bool

    @classmethod
    def of(cls, queryset) -> Keyset | None:
        """The queryset's keyset, or None when its ordering has none."""
        order = list(queryset.query.order_by) or list(queryset.model._meta.ordering)
        pk_name = queryset.model._meta.pk.name
        if len(order) != 2 or order[1] not in ("pk", pk_name):
            return None
        term = order[0]
        if isinstance(term, str):
            name, descending, nulls_last = term.lstrip("-"), term[0] == "-", False
        elif isinstance(term, OrderBy) and isinstance(term.expression, F):
            name, descending = term.expression.name, term.descending
            nulls_last = bool(term.nulls_last)
        else:
            return None
        try:
            field = queryset.model._meta.get_field(name)
        except FieldDoesNotExist:
            return None
        if not field.concrete or field.is_relation or (field.null and not nulls_last):
            return None
        return cls(field, descending)

    def cursor(self, row, *, backwards: bool = False) -> str:
        """The cursor of the page after the row (or, backwards, before it)."""
        value = getattr(row, self.field.attname)
        if hasattr(value, "isoformat"):
            value = value.isoformat()
        position = json.dumps([value, row.pk, backwards], separators=(",", ":"))
        return urlsafe_b64encode(position.encode()).decode().rstrip("=")

    def decode(self, cursor: str) -> tuple[object, int, bool]:
        """Return (value, id, backwards) of a cursor; a 404 if it is not one."""
        if len(cursor) > MAX_CURSOR_LENGTH:
            raise NotFound(INVALID_CURSOR)
        try:
            raw = urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
            value, pk, backwards = json.loads(raw)
            if type(pk) is not int or not 0 < pk < 2**63 or type(backwards) is not bool:
                raise ValueError
            if value is not None:
                value = self.field.to_python(value)
                if isinstance(value, datetime.datetime):
                    # Within what the database stores, in UTC too.
                    value = _in_utc(value)
            elif not self.field.null:
                raise ValueError
        except (
            ValueError,
            TypeError,
            OverflowError,
            RecursionError,
            DjangoValidationError,
        ):
            raise NotFound(INVALID_CURSOR) from None
        return value, pk, backwards

    def rows_after(self, queryset, value, pk, size: int) -> list:
        """Up to `size` rows after (value, pk), in the list's order."""
        name = self.field.name
        if value is None:
            # Among the empty values at the end, only later ids follow.
            nulls = queryset.filter(**{f"{name}__isnull": True, "pk__gt": pk})
            return list(nulls[:size])
        later, same_or_later = ("lt", "lte") if self.descending else ("gt", "gte")
        # The range on the field bounds the index scan; the OR breaks ties.
        rows = list(
            queryset.filter(**{f"{name}__{same_or_later}": value}).filter(
                Q(**{f"{name}__{later}": value}) | Q(pk__gt=pk)
            )[:size]
        )
        if len(rows) < size and self.field.null:
            nulls = queryset.filter(**{f"{name}__isnull": True})
            rows += nulls[: size - len(rows)]
        return rows

    def rows_before(self, queryset, value, pk, size: int) -> list:
        """Up to `size` rows before (value, pk), in the list's order."""
        name = self.field.name
        backwards_order = (
            F(name).asc() if self.descending else F(name).desc(),
            "-pk",
        )
        rows = []
        if value is None:
            nulls = queryset.filter(**{f"{name}__isnull": True, "pk__lt": pk})
            rows = list(nulls.order_by("-pk")[:size])
            earlier_values = queryset.filter(**{f"{name}__isnull": False})
        else:
            earlier, same_or_earlier = (
                ("gt", "gte") if self.descending else ("lt", "lte")
            )
            earlier_values = queryset.filter(
                **{f"{name}__{same_or_earlier}": value}
            ).filter(Q(**{f"{name}__{earlier}": value}) | Q(pk__lt=pk))
        if len(rows) < size:
            rows += earlier_values.order_by(*backwards_order)[: size - len(rows)]
        rows.reverse()
        return rows


class PageNumberPagination(pagination.PageNumberPagination):
    """Pages of up to 500 rows, by page number or by cursor.

    A page size that is not a whole number from 1 to 500 is a 400, not
    silently replaced by the default. `count` is exact up to 1,000 and an
    estimate above (LargeListPaginator). Where the list's order allows
    (Keyset), `next` carries a cursor: following the links costs the same on
    the last page as on the first; `?page=` still jumps anywhere.
    """

    django_paginator_class = LargeListPaginator
    page_size_query_param = "page_size"
    cursor_query_param = "cursor"
    max_page_size = 500

    keyset = None
    next_cursor = previous_cursor = None

    def paginate_queryset(self, queryset, request, view=None):
        params = request.query_params
        if params.get(self.page_query_param) == "":
            raise serializers.ValidationError(
                {self.page_query_param: ["Must not be empty."]}, code="invalid"
            )
        self.keyset = Keyset.of(queryset) if hasattr(queryset, "query") else None
        if self.cursor_query_param not in params:
            rows = super().paginate_queryset(queryset, request, view)
            if self.keyset is not None and rows and self.page.has_next():
                self.next_cursor = self.keyset.cursor(rows[-1])
            return rows
        if params[self.cursor_query_param] == "":
            raise serializers.ValidationError(
                {self.cursor_query_param: ["Must not be empty."]}, code="invalid"
            )
        if self.keyset is None:
            # Like a cursor of another list: this one has no cursors.
            raise NotFound(INVALID_CURSOR)
        return self._cursor_page(queryset, request)

    def _cursor_page(self, queryset, request):
        self.request = request
        self.page = None
        size = self.get_page_size(request)
        value, pk, backwards = self.keyset.decode(
            request.query_params[self.cursor_query_param]
        )
        if backwards:
            rows = self.keyset.rows_before(queryset, value, pk, size + 1)
            more_before = len(rows) > size
            rows = rows[-size:] if more_before else rows
            if rows:
                self.next_cursor = self.keyset.cursor(rows[-1])
            if more_before:
                self.previous_cursor = self.keyset.cursor(rows[0], backwards=True)
        else:
            rows = self.keyset.rows_after(queryset, value, pk, size + 1)
            if len(rows) > size:
                rows = rows[:size]
                self.next_cursor = self.keyset.cursor(rows[-1])
            if rows:
                self.previous_cursor = self.keyset.cursor(rows[0], backwards=True)
        self.cursor_count = self.django_paginator_class(queryset, size).count
        return rows

    def get_paginated_response(self, data):
        if self.page is not None:
            return super().get_paginated_response(data)
        return Response(
            {
                "count": self.cursor_count,
                "next": self.get_next_link(),
                "previous": self.get_previous_link(),
                "results": data,
            }
        )

    def get_next_link(self):
        if self.next_cursor is None:
            return None if self.keyset is not None else super().get_next_link()
        return self._cursor_link(self.next_cursor)

    def get_previous_link(self):
        if self.page is not None:
            return super().get_previous_link()
        if self.previous_cursor is None:
            return None
        return self._cursor_link(self.previous_cursor)

    def _cursor_link(self, cursor: str) -> str:
        url = remove_query_param(
            self.request.build_absolute_uri(), self.page_query_param
        )
        return replace_query_param(url, self.cursor_query_param, cursor)

    def get_page_size(self, request):
        value = request.query_params.get(self.page_size_query_param)
        if value is None:
            return self.page_size
        if not (value.isascii() and value.isdigit()) or not (
            1 <= int(value) <= self.max_page_size
        ):
            raise serializers.ValidationError(
                {
                    self.page_size_query_param: [
                        f"Must be a whole number from 1 to {self.max_page_size}."
                    ]
                },
                code="invalid",
            )
        return int(value)

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        parameters.append(
            {
                "name": self.cursor_query_param,
                "required": False,
                "in": "query",
                "description": "Where a page starts, as the next and previous "
                "links give it (page is then ignored). A cursor that is not one "
                "of this list is a 404, as a page number past the end is.",
                "schema": {"type": "string", "minLength": 1},
            }
        )
        for parameter in parameters:
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"].update(minimum=1, maximum=self.max_page_size)
            elif parameter["name"] == self.page_query_param:
                parameter["schema"]["minimum"] = 1
        return parameters
