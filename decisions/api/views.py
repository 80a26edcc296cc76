"""Follow-ups (list, detail, manual creation, corrections, lifecycle actions,
history) and the units that can be responsible for them."""

import re

from django.db.models import F
from django.http import HttpResponse
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
)
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.permissions import IsAuthenticated
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.settings import api_settings

from config.etags import ContentETagRetrieveMixin, conditional_response
from config.exceptions import PreconditionFailed, PreconditionRequired
from config.filters import StrictFilterBackend, StrictOrderingFilter, is_filtered
from config.permissions import ModelPermissionsOrReadOnly
from config.schema import (
    ErrorResponse409Serializer,
    ErrorResponse412Serializer,
    ErrorResponse428Serializer,
)
from decisions import exports, feeds, services
from decisions.api.authentication import CalendarFeedTokenAuthentication
from decisions.api.filtersets import FollowUpFilterSet, UnitFilterSet
from decisions.api.serializers import (
    CalendarTokenSerializer,
    FollowUpActionSerializer,
    FollowUpCompleteSerializer,
    FollowUpCreateSerializer,
    FollowUpEventSerializer,
    FollowUpNoteRequiredSerializer,
    FollowUpSerializer,
    FollowUpUpdateSerializer,
    UnitSerializer,
)
from decisions.models import FollowUp, Unit

# One entity tag of an If-Match header: "12-3.1765000000000000" as this API writes
# it (id, version, the agenda item's last change), with or without W/ (weak
# comparison: only the version is compared, the item's fields are not the
# follow-up's to lock).
_ENTITY_TAG = re.compile(r'^(?:W/)?"(?:(?P<pk>\d+)-)?(?P<version>\d+)(?:\.\d+)?"$')

IF_MATCH = OpenApiParameter(
    "If-Match",
    {"type": "string", "minLength": 1},
    OpenApiParameter.HEADER,
    required=True,
    description=(
        "The ETag of the follow-up as last read. Without it the answer is 428; "
        "if it is no longer current the answer is 412; either way nothing "
        'changes. "*" matches any version (overwrites knowingly).'
    ),
)


# Actions move the status along the lifecycle, checked against the current
# status under a row lock: an action on a follow-up someone else moved on is a
# 409 naming what is allowed, never a lost update. So If-Match is optional
# there (existing clients and scripts send none); when sent it is checked.
IF_MATCH_ACTION = OpenApiParameter(
    "If-Match",
    {"type": "string", "minLength": 1},
    OpenApiParameter.HEADER,
    required=False,
    description=(
        "Optional: the ETag of the follow-up as last read; if it is no longer "
        "current the answer is 412 and nothing changes. Without it the action "
        "is checked against the follow-up's current status (409 if it no "
        "longer allows the action)."
    ),
)


def etag_header(status_code: int) -> OpenApiParameter:
    """Document the ETag header of a successful answer."""
    return OpenApiParameter(
        "ETag",
        OpenApiTypes.STR,
        OpenApiParameter.HEADER,
        response=[status_code],
        description="The follow-up's current version, for If-Match.",
    )


STALE = OpenApiResponse(
    ErrorResponse412Serializer,
    description="If-Match named a version that is not current.",
)
NOT_ALLOWED = OpenApiResponse(
    ErrorResponse409Serializer,
    description="The follow-up's status does not allow this action; "
    "`allowed` lists the actions it does allow.",
)
NO_IF_MATCH = OpenApiResponse(
    ErrorResponse428Serializer, description="The request has no If-Match header."
)
WRITE_ERRORS = {412: STALE, 428: NO_IF_MATCH}
ACTION_ERRORS = {412: STALE}


def etag_for(follow_up: FollowUp) -> str:
    """Return the ETag of the follow-up's current representation: its version,
    and when its agenda item (number, case number) last changed."""
    item_changed = round(follow_up.agenda_item.updated_at.timestamp() * 1e6)
    return f'"{follow_up.pk}-{follow_up.version}.{item_changed}"'


class ChangeOnPostPermissions(ModelPermissionsOrReadOnly):
    """A POST to an action changes an existing follow-up, so it needs the change
    permission rather than the add permission."""

    perms_map = {
        **ModelPermissionsOrReadOnly.perms_map,
        "POST": ["%(app_label)s.change_%(model_name)s"],
    }


class JSONErrorsNegotiation(BaseContentNegotiation):
    """For the file answers (calendar, CSV): whatever the client accepts, an
    error is JSON, as documented; the file itself is sent as it is."""

    def select_parser(self, request, parsers):
        return parsers[0]

    def select_renderer(self, request, renderers, format_suffix=None):
        return (JSONRenderer(), JSONRenderer.media_type)


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FILE_ACTION = {
    "renderer_classes": [JSONRenderer],
    "content_negotiation_class": JSONErrorsNegotiation,
    "pagination_class": None,
}


class FollowUpOrderingFilter(StrictOrderingFilter):
    """Orders as asked, follow-ups without a due date last, ties by id, so pages
    are stable and the same on every database."""

    def filter_queryset(self, request, queryset, view):
        if not is_filtered(view):
            return queryset
        ordering = self.get_ordering(request, queryset, view)
        if not ordering:
            return queryset
        expressions = []
        for field in ordering:
            name = field.removeprefix("-")
            expression = F(name).desc if field.startswith("-") else F(name).asc
            expressions.append(expression(nulls_last=True))
        return queryset.order_by(*expressions, "pk")


@extend_schema_view(
    list=extend_schema(summary="List follow-ups"),
    retrieve=extend_schema(summary="Read one follow-up"),
)
class FollowUpViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    """Follow-ups: the actions decisions commit someone to, tracked until done.

    The status changes only through the actions start, complete, cancel and
    reopen. A correction (PATCH) needs If-Match with the ETag of the detail
    answer; an action takes it too, but does not need it: see IF_MATCH_ACTION.
    """

    queryset = FollowUp.objects.all()
    serializer_class = FollowUpSerializer
    filterset_class = FollowUpFilterSet
    filter_backends = [StrictFilterBackend, FollowUpOrderingFilter]
    ordering_fields = ["due_date", "created_at", "updated_at"]
    ordering = ["due_date"]
    filtered_actions = ("list", "calendar", "export_csv", "export_xlsx")
    extra_query_parameters = {"calendar": ("token",)}

    def get_queryset(self):
        # Follow-ups of closed agenda items are hidden, not forbidden: a 404,
        # so their existence is not revealed either.
        return FollowUp.objects.for_api().visible_to(self.request.user)

    def retrieve(self, request, *args, **kwargs):
        follow_up = self.get_object()
        return conditional_response(
            request, self.get_serializer(follow_up).data, etag_for(follow_up)
        )

    @extend_schema(
        summary="Create a follow-up by hand",
        request=FollowUpCreateSerializer,
        responses={201: FollowUpSerializer},
        parameters=[etag_header(201)],
    )
    def create(self, request, *args, **kwargs):
        serializer = FollowUpCreateSerializer(
            data=request.data, context=self.get_serializer_context()
        )
        serializer.is_valid(raise_exception=True)
        follow_up = services.create_follow_up(
            user=request.user, **serializer.validated_data
        )
        response = self._answer(follow_up, status_code=status.HTTP_201_CREATED)
        response["Location"] = self.reverse_action("detail", args=[follow_up.pk])
        return response

    @extend_schema(
        summary="Correct a follow-up",
        description="Only the fields of the request body can be changed; the status "
        "changes through the actions. Any other field is refused with a 400.",
        request=FollowUpUpdateSerializer,
        responses={200: FollowUpSerializer, **WRITE_ERRORS},
        parameters=[IF_MATCH, etag_header(200)],
    )
    def partial_update(self, request, *args, **kwargs):
        follow_up = self.get_object()
        serializer = FollowUpUpdateSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        expected_version = self._expected_version(follow_up)
        follow_up = services.update_follow_up(
            follow_up=follow_up,
            changes=services.with_due_date_described(
                follow_up, serializer.validated_data
            ),
            user=request.user,
            expected_version=expected_version,
        )
        return self._answer(follow_up)

    @extend_schema(
        summary="Start work on an open follow-up",
        request=FollowUpActionSerializer,
        responses={200: FollowUpSerializer, 409: NOT_ALLOWED, **ACTION_ERRORS},
        parameters=[IF_MATCH_ACTION, etag_header(200)],
    )
    @action(detail=True, methods=["post"], permission_classes=[ChangeOnPostPermissions])
    def start(self, request, pk=None):
        return self._act(services.start_follow_up, FollowUpActionSerializer)

    @extend_schema(
        summary="Mark a follow-up done",
        request=FollowUpCompleteSerializer,
        responses={200: FollowUpSerializer, 409: NOT_ALLOWED, **ACTION_ERRORS},
        parameters=[IF_MATCH_ACTION, etag_header(200)],
    )
    @action(detail=True, methods=["post"], permission_classes=[ChangeOnPostPermissions])
    def complete(self, request, pk=None):
        return self._act(services.complete_follow_up, FollowUpCompleteSerializer)

    @extend_schema(
        summary="Cancel a follow-up",
        request=FollowUpNoteRequiredSerializer,
        responses={200: FollowUpSerializer, 409: NOT_ALLOWED, **ACTION_ERRORS},
        parameters=[IF_MATCH_ACTION, etag_header(200)],
    )
    @action(detail=True, methods=["post"], permission_classes=[ChangeOnPostPermissions])
    def cancel(self, request, pk=None):
        return self._act(
            services.cancel_follow_up, FollowUpNoteRequiredSerializer, note_as="reason"
        )

    @extend_schema(
        summary="Reopen a follow-up that is in progress, done or cancelled",
        request=FollowUpNoteRequiredSerializer,
        responses={200: FollowUpSerializer, 409: NOT_ALLOWED, **ACTION_ERRORS},
        parameters=[IF_MATCH_ACTION, etag_header(200)],
    )
    @action(detail=True, methods=["post"], permission_classes=[ChangeOnPostPermissions])
    def reopen(self, request, pk=None):
        return self._act(
            services.reopen_follow_up, FollowUpNoteRequiredSerializer, note_as="reason"
        )

    @extend_schema(
        summary="History of a follow-up",
        description="Every change of the follow-up, oldest first, paginated "
        "like the lists.",
        responses={200: FollowUpEventSerializer(many=True)},
    )
    @action(detail=True, methods=["get"], filter_backends=[])
    def history(self, request, pk=None):
        events = self.get_object().events.select_related("user").order_by("at", "pk")
        page = self.paginate_queryset(events)
        return self.get_paginated_response(
            FollowUpEventSerializer(page, many=True).data
        )

    @extend_schema(
        summary="The follow-ups as an iCalendar feed",
        description="The follow-ups with a due date as all-day events (RFC 5545), "
        "filtered like the list. Calendar programs subscribe with the feed token "
        "in the URL (`?token=`, see calendar-token); clients with an account "
        "can use their usual authentication.",
        filters=True,
        responses={(200, "text/calendar"): OpenApiTypes.STR},
    )
    @action(
        detail=False,
        methods=["get"],
        url_path="calendar.ics",
        authentication_classes=[
            CalendarFeedTokenAuthentication,
            *api_settings.DEFAULT_AUTHENTICATION_CLASSES,
        ],
        **FILE_ACTION,
    )
    def calendar(self, request):
        follow_ups = self._bounded(
            self.filter_queryset(self.get_queryset()).filter(due_date__isnull=False)
        )
        content = feeds.follow_ups_calendar(
            follow_ups, url_of=self._url_of, host=request.get_host().split(":")[0]
        )
        return HttpResponse(content, content_type="text/calendar; charset=utf-8")

    @extend_schema(
        summary="The follow-ups as CSV",
        description="One row per follow-up, filtered and ordered like the list.",
        filters=True,
        responses={(200, "text/csv"): OpenApiTypes.STR},
    )
    @action(detail=False, methods=["get"], url_path="export.csv", **FILE_ACTION)
    def export_csv(self, request):
        follow_ups = self._bounded(self.filter_queryset(self.get_queryset()))
        response = HttpResponse(
            feeds.follow_ups_csv(follow_ups, url_of=self._url_of),
            content_type="text/csv; charset=utf-8",
        )
        response["Content-Disposition"] = 'attachment; filename="follow-ups.csv"'
        return response

    @extend_schema(
        summary="The follow-ups as an Excel workbook",
        description="One row per follow-up, filtered and ordered like the list.",
        filters=True,
        responses={(200, XLSX): OpenApiTypes.BINARY},
    )
    @action(detail=False, methods=["get"], url_path="export.xlsx", **FILE_ACTION)
    def export_xlsx(self, request):
        follow_ups = self._bounded(self.filter_queryset(self.get_queryset()))
        response = HttpResponse(
            feeds.follow_ups_xlsx(follow_ups, url_of=self._url_of), content_type=XLSX
        )
        response["Content-Disposition"] = 'attachment; filename="follow-ups.xlsx"'
        return response

    @extend_schema(
        summary="Get a new calendar feed token, or revoke it",
        description="POST gives the user a new secret for subscribing to "
        "calendar.ics (the old one stops working); DELETE revokes it.",
        request=None,
        responses={200: CalendarTokenSerializer, 204: None},
    )
    @action(
        detail=False,
        methods=["post", "delete"],
        url_path="calendar-token",
        permission_classes=[IsAuthenticated],
    )
    def calendar_token(self, request):
        if request.method == "DELETE":
            feeds.revoke_calendar_feed_token(request.user)
            return Response(status=status.HTTP_204_NO_CONTENT)
        token = feeds.new_calendar_feed_token(request.user)
        calendar_url = request.build_absolute_uri(reverse("followup-calendar-file"))
        return Response(
            {"token": token.key, "calendar_url": f"{calendar_url}?token={token.key}"}
        )

    def _bounded(self, follow_ups):
        try:
            return exports.bounded(follow_ups)
        except exports.TooManyRows as error:
            raise serializers.ValidationError(
                str(error), code="too_many_rows"
            ) from None

    def _url_of(self, follow_up):
        return self.reverse_action("detail", args=[follow_up.pk])

    def _act(self, service, input_serializer_class, *, note_as="note"):
        """Run a lifecycle service on the follow-up with the request's body.

        The API's actions all take `note`; the cancel and reopen services call
        it `reason`, so it is passed on under the service's name.
        """
        follow_up = self.get_object()
        serializer = input_serializer_class(
            data=self.request.data, context=self.get_serializer_context()
        )
        serializer.is_valid(raise_exception=True)
        expected_version = self._expected_version(follow_up, required=False)
        arguments = dict(serializer.validated_data)
        arguments[note_as] = arguments.pop("note")
        follow_up = service(
            follow_up=follow_up,
            user=self.request.user,
            expected_version=expected_version,
            **arguments,
        )
        return self._answer(follow_up)

    def _answer(self, follow_up, status_code=status.HTTP_200_OK):
        """Answer with the follow-up and its ETag."""
        response = Response(self.get_serializer(follow_up).data, status=status_code)
        response["ETag"] = etag_for(follow_up)
        return response

    def _expected_version(
        self, follow_up: FollowUp, *, required: bool = True
    ) -> int | None:
        """Return the version If-Match asks for; None when it is "*" (or, where
        not required, missing). Raise PreconditionRequired without a required
        If-Match and PreconditionFailed when it names no version of this
        follow-up."""
        header = self.request.headers.get("If-Match")
        if header is None and not required:
            return None
        if header is None or (not header.strip() and required):
            raise PreconditionRequired()
        if not header.strip():
            # Sent, but empty: a malformed request, not a missing header.
            raise serializers.ValidationError(
                {"If-Match": ["An empty If-Match names no version."]}
            )
        if header.strip() == "*":
            return None
        versions = []
        for tag in header.split(","):
            match = _ENTITY_TAG.match(tag.strip())
            if match and match["pk"] in (None, str(follow_up.pk)):
                versions.append(int(match["version"]))
        if not versions:
            raise PreconditionFailed()
        # The service compares under a row lock; of several tags, pass the one
        # that was current when the follow-up was read.
        return follow_up.version if follow_up.version in versions else versions[0]


@extend_schema_view(
    list=extend_schema(summary="List units"),
    retrieve=extend_schema(summary="Read one unit"),
)
class UnitViewSet(ContentETagRetrieveMixin, viewsets.ReadOnlyModelViewSet):
    """Organisational units that can be responsible for follow-ups, with aliases."""

    queryset = Unit.objects.prefetch_related("aliases").order_by("name")
    serializer_class = UnitSerializer
    filterset_class = UnitFilterSet
    ordering_fields = ["name"]
