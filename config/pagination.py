import json

from django.core.paginator import EmptyPage, Page, Paginator
from django.db import connections
from django.utils.functional import cached_property
from rest_framework import pagination, serializers


class LargeListPaginator(Paginator):
    """A paginator whose cost does not grow with the size of the list.

    The count is exact up to EXACT_COUNT_LIMIT rows, read from at most that
    many; above it, on PostgreSQL, the query planner's estimate (an exact
    COUNT(*) would read every matching row on every page). A page is read
    with one row more than it shows, so whether another follows is always
    known exactly, whatever the count says.
    """

    EXACT_COUNT_LIMIT = 1_000

    @cached_property
    def count(self) -> int:
        if not hasattr(self.object_list, "order_by"):
            return len(self.object_list)  # a list, e.g. of search hits
        queryset = self.object_list.order_by()
        exact = queryset[: self.EXACT_COUNT_LIMIT + 1].count()
        if exact <= self.EXACT_COUNT_LIMIT:
            self.count_is_exact = True
            return exact
        estimate = _planner_estimate(queryset)
        if estimate is None:
            return queryset.count()
        self.count_is_exact = False
        return max(estimate, exact)

    count_is_exact = True

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
        rows = list(self.object_list[bottom : bottom + self.per_page + 1])
        if not rows and number > 1:
            raise EmptyPage(self.error_messages["no_results"])
        return LargeListPage(
            rows[: self.per_page], number, self, has_more=len(rows) > self.per_page
        )


class LargeListPage(Page):
    def __init__(self, object_list, number, paginator, *, has_more: bool):
        super().__init__(object_list, number, paginator)
        self.has_more = has_more

    def has_next(self) -> bool:
        return self.has_more


def _planner_estimate(queryset) -> int | None:
    """Return PostgreSQL's estimate of the rows the query returns, or None
    elsewhere."""
    connection = connections[queryset.db]
    if connection.vendor != "postgresql":
        return None
    sql, params = queryset.values("pk").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
        plan = cursor.fetchone()[0]
    if isinstance(plan, str):
        plan = json.loads(plan)
    return int(plan[0]["Plan"]["Plan Rows"])


class PageNumberPagination(pagination.PageNumberPagination):
    """Page-number pagination with a client-chosen page size of up to 500.

    A page size that is not a whole number from 1 to 500 is a 400, not
    silently replaced by the default. `count` is exact up to 1,000 and an
    estimate above (LargeListPaginator); `next` is always right.
    """

    django_paginator_class = LargeListPaginator
    page_size_query_param = "page_size"
    max_page_size = 500

    def paginate_queryset(self, queryset, request, view=None):
        if request.query_params.get(self.page_query_param) == "":
            raise serializers.ValidationError(
                {self.page_query_param: ["Must not be empty."]}, code="invalid"
            )
        return super().paginate_queryset(queryset, request, view)

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
        for parameter in parameters:
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"].update(minimum=1, maximum=self.max_page_size)
            elif parameter["name"] == self.page_query_param:
                parameter["schema"]["minimum"] = 1
        return parameters
