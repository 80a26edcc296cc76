from django.conf import settings
from django.db import transaction
from django.db.models import Prefetch
from django.http import Http404
from drf_spectacular.utils import (
    OpenApiParameter,
    extend_schema,
    extend_schema_view,
)
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.parsers import MultiPartParser
from rest_framework.response import Response
from rest_framework.reverse import reverse

from config.etags import ContentETagRetrieveMixin, content_etag, require_if_match
from config.schema import IF_MATCH, WRITE_ERRORS
from config.search import load, search
from decisions.models import FollowUp
from minutes import services
from minutes.api.filtersets import (
    AgendaItemFilterSet,
    BodyFilterSet,
    DeletionFilterSet,
    MeetingFilterSet,
)
from minutes.api.serializers import (
    AgendaItemListSerializer,
    AgendaItemSerializer,
    AgendaItemUpdateSerializer,
    AttachmentDetailSerializer,
    AttachmentUpdateSerializer,
    BodySerializer,
    CaseTimelineSerializer,
    ClauseDetailSerializer,
    ClauseUpdateSerializer,
    DecisionDetailSerializer,
    DecisionUpdateSerializer,
    DeletionSerializer,
    ImportJobSerializer,
    ImportUploadSerializer,
    MeetingDetailSerializer,
    MeetingSerializer,
    MeetingUpdateSerializer,
    RecommendationDetailSerializer,
    RecommendationUpdateSerializer,
    SearchResultSerializer,
)
from minutes.jobs import queue_import
from minutes.models import (
    AgendaItem,
    Attachment,
    Body,
    Clause,
    Decision,
    Deletion,
    ImportJob,
    Meeting,
    Recommendation,
)


def agenda_items_for_api(queryset):
    """Load agenda items with everything the serializer shows, in a fixed number
    of queries."""
    return queryset.select_related(
        "meeting", "recommendation", "decision"
    ).prefetch_related(
        Prefetch(
            "recommendation__clauses", queryset=Clause.objects.order_by("number", "pk")
        ),
        "attachments",
        Prefetch("follow_ups", queryset=FollowUp.objects.for_api().order_by("pk")),
    )


class CorrectionMixin:
    """PATCH: a person corrects fields the import got wrong. Each changed field
    is recorded as a hand correction that re-imports keep. If-Match with the
    detail's ETag is required."""

    update_serializer_class = None

    def partial_update(self, request, *args, **kwargs):
        with transaction.atomic():
            obj = self.get_object()
            current = content_etag(self.get_serializer(obj).data)
            serializer = self.update_serializer_class(data=request.data, partial=True)
            serializer.is_valid(raise_exception=True)
            require_if_match(request, current)
            services.correct_fields(
                obj=obj, changes=dict(serializer.validated_data), user=request.user
            )
            data = self.get_serializer(self.get_object()).data
        response = Response(data)
        response["ETag"] = content_etag(data)
        return response

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.action == "partial_update":
            # Two editors may correct the same row: the second waits, then
            # sees the first one's change as a changed ETag (412).
            queryset = queryset.select_for_update(of=("self",))
        return queryset


@extend_schema_view(
    list=extend_schema(summary="List forums"),
    retrieve=extend_schema(summary="Read one forum"),
)
class BodyViewSet(ContentETagRetrieveMixin, viewsets.ReadOnlyModelViewSet):
    """The forums (bodies) whose minutes are imported."""

    queryset = Body.objects.order_by("name")
    serializer_class = BodySerializer
    filterset_class = BodyFilterSet
    ordering_fields = ["name"]


@extend_schema_view(
    list=extend_schema(summary="List meetings"),
    retrieve=extend_schema(summary="Read one meeting with all its agenda items"),
    partial_update=extend_schema(
        summary="Correct a meeting",
        request=MeetingUpdateSerializer,
        responses={200: MeetingDetailSerializer, **WRITE_ERRORS},
        parameters=[IF_MATCH],
    ),
)
class MeetingViewSet(
    CorrectionMixin, ContentETagRetrieveMixin, viewsets.ReadOnlyModelViewSet
):
    """Meetings; the detail includes every agenda item with its recommendation,
    decision, attachments and follow-ups. Corrections need the meeting change
    permission."""

    queryset = Meeting.objects.for_api().order_by("-date", "pk")
    filterset_class = MeetingFilterSet
    ordering_fields = ["date", "updated_at"]
    update_serializer_class = MeetingUpdateSerializer

    def get_serializer_class(self):
        return (
            MeetingDetailSerializer
            if self.action in ("retrieve", "partial_update")
            else MeetingSerializer
        )

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.action in ("retrieve", "partial_update"):
            queryset = queryset.prefetch_related(
                Prefetch(
                    "agenda_items",
                    queryset=agenda_items_for_api(
                        AgendaItem.objects.order_by("position")
                    ),
                )
            )
        return queryset


@extend_schema_view(
    list=extend_schema(summary="List agenda items (without their texts)"),
    retrieve=extend_schema(summary="Read one agenda item in full"),
    partial_update=extend_schema(
        summary="Correct an agenda item",
        request=AgendaItemUpdateSerializer,
        responses={200: AgendaItemSerializer, **WRITE_ERRORS},
        parameters=[IF_MATCH],
    ),
)
class AgendaItemViewSet(
    CorrectionMixin, ContentETagRetrieveMixin, viewsets.ReadOnlyModelViewSet
):
    """Agenda items (punkter) of all meetings. The list is light; the detail has
    the texts, recommendation, decision, attachments and follow-ups.
    Corrections need the agenda item change permission."""

    queryset = AgendaItem.objects.order_by("-meeting__date", "meeting_id", "position")
    filterset_class = AgendaItemFilterSet
    ordering_fields = ["number", "position", "meeting__date"]
    update_serializer_class = AgendaItemUpdateSerializer

    def get_serializer_class(self):
        return (
            AgendaItemSerializer
            if self.action in ("retrieve", "partial_update")
            else AgendaItemListSerializer
        )

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.action == "partial_update":
            # A closed item the user may not see cannot be corrected either:
            # 404, as if it did not exist.
            queryset = queryset.visible_to(self.request.user)
        if self.action in ("retrieve", "partial_update"):
            return agenda_items_for_api(queryset)
        return queryset


class AgendaItemPartViewSet(
    CorrectionMixin,
    ContentETagRetrieveMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet,
):
    """A part of an agenda item (recommendation, clause, decision, attachment):
    read it, correct it. A part of a closed item the user may not see is a
    404."""

    # The lookup from the part to its agenda item.
    item_path = "agenda_item"

    def get_queryset(self):
        queryset = super().get_queryset().select_related(self.item_path)
        if not self.request.user.has_perm("minutes.view_closed_agendaitem"):
            queryset = queryset.filter(**{f"{self.item_path}__is_closed": False})
        return queryset


def part_viewset(model, serializer_class, update_serializer_class, noun, **attrs):
    """Return the viewset of one kind of agenda item part."""
    schema = extend_schema_view(
        retrieve=extend_schema(summary=f"Read one {noun}"),
        partial_update=extend_schema(
            summary=f"Correct a {noun}",
            request=update_serializer_class,
            responses={200: serializer_class, **WRITE_ERRORS},
            parameters=[IF_MATCH],
        ),
    )
    viewset = type(
        f"{model.__name__}ViewSet",
        (AgendaItemPartViewSet,),
        {
            "__doc__": f"The {noun} of an agenda item: read it, correct it. "
            "Parts of a closed item the user may not see are a 404.",
            "queryset": model.objects.order_by("pk"),
            "serializer_class": serializer_class,
            "update_serializer_class": update_serializer_class,
            **attrs,
        },
    )
    return schema(viewset)


RecommendationViewSet = part_viewset(
    Recommendation,
    RecommendationDetailSerializer,
    RecommendationUpdateSerializer,
    "recommendation (indstilling)",
    queryset=Recommendation.objects.prefetch_related("clauses").order_by("pk"),
)
ClauseViewSet = part_viewset(
    Clause,
    ClauseDetailSerializer,
    ClauseUpdateSerializer,
    "recommendation clause",
    item_path="recommendation__agenda_item",
)
DecisionViewSet = part_viewset(
    Decision,
    DecisionDetailSerializer,
    DecisionUpdateSerializer,
    "decision (beslutning)",
)
AttachmentViewSet = part_viewset(
    Attachment,
    AttachmentDetailSerializer,
    AttachmentUpdateSerializer,
    "attachment (bilag)",
)


@extend_schema_view(
    list=extend_schema(summary="List my imports"),
    retrieve=extend_schema(summary="Read one import (poll its status)"),
    create=extend_schema(
        summary="Upload a referat to import in the background",
        request={"multipart/form-data": ImportUploadSerializer},
        responses={202: ImportJobSerializer},
    ),
)
class ImportJobViewSet(
    mixins.CreateModelMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet,
):
    """Referater uploaded through the API. The upload answers 202 at once with
    the job; a worker (`manage.py db_worker`) imports it, and the job shows
    the outcome, the counts and the parser's warnings. Uploading needs the
    import job add permission; each user sees their own jobs."""

    queryset = ImportJob.objects.defer("data").select_related("meeting")
    serializer_class = ImportJobSerializer
    # The one request body that is a file, not JSON.
    parser_classes = [MultiPartParser]
    ordering_fields = ["created_at"]
    filterset_class = None

    def get_queryset(self):
        queryset = super().get_queryset()
        if not self.request.user.is_superuser:
            queryset = queryset.filter(created_by=self.request.user)
        return queryset

    def create(self, request, *args, **kwargs):
        upload_serializer = ImportUploadSerializer(data=request.data)
        upload_serializer.is_valid(raise_exception=True)
        upload = upload_serializer.validated_data["file"]
        if upload.size > settings.MINUTES_MAX_BYTES:
            raise serializers.ValidationError(
                {"file": [f"Larger than {settings.MINUTES_MAX_BYTES} bytes."]},
                code="max_length",
            )
        job = queue_import(data=upload.read(), filename=upload.name, user=request.user)
        data = self.get_serializer(job).data
        response = Response(data, status=status.HTTP_202_ACCEPTED)
        response["Location"] = data["url"]
        return response


@extend_schema_view(
    retrieve=extend_schema(
        summary="A case's timeline across meetings",
        parameters=[
            OpenApiParameter(
                "case_number",
                str,
                OpenApiParameter.PATH,
                description="The case number (sagsnummer), e.g. 00.01.00-A00-3-17 "
                "or 15/7111 (a '/' may be sent as it is or as %2F).",
            )
        ],
    )
)
class CaseViewSet(ContentETagRetrieveMixin, viewsets.GenericViewSet):
    """Cases (sager): the agenda items of every meeting that share a case
    number, with their decisions and follow-ups. A closed item appears with
    only its number, title "Lukket" and case number to users without the
    permission to see closed items."""

    serializer_class = CaseTimelineSerializer
    lookup_field = "case_number"
    lookup_value_regex = ".+"
    queryset = AgendaItem.objects.none()

    def get_object(self):
        number = self.kwargs["case_number"]
        items = list(
            AgendaItem.objects.filter(case_number=number)
            .select_related("meeting", "decision")
            .prefetch_related(
                Prefetch(
                    "follow_ups",
                    queryset=FollowUp.objects.for_api()
                    .visible_to(self.request.user)
                    .order_by("pk"),
                )
            )
            .order_by("meeting__date", "meeting_id", "position")
        )
        if not items:
            raise Http404
        return {
            "case_number": number,
            "url": reverse("case-detail", args=[number], request=self.request),
            "agenda_items": items,
        }


@extend_schema_view(
    list=extend_schema(
        summary="Search agenda items and follow-ups",
        parameters=[
            OpenApiParameter(
                "q",
                {"type": "string", "minLength": 1},
                OpenApiParameter.QUERY,
                required=True,
                description="Words to find, in Danish; part of a compound word "
                "finds the whole on PostgreSQL.",
            )
        ],
    )
)
class SearchViewSet(viewsets.GenericViewSet):
    """Search titles, sections, recommendations, decisions and follow-ups,
    ranked best first (on PostgreSQL, a query matching more than 2,000 items
    or follow-ups is ranked among its 500 most recently imported matches).
    Closed items the user may not see, and their follow-ups, are never
    found."""

    serializer_class = SearchResultSerializer
    filter_backends = []
    queryset = AgendaItem.objects.none()
    _PARAMETERS = frozenset({"q", "page", "page_size", "cursor", "format"})

    def list(self, request, *args, **kwargs):
        unknown = set(request.query_params) - self._PARAMETERS
        if unknown:
            raise serializers.ValidationError(
                {name: ["Unknown query parameter."] for name in sorted(unknown)},
                code="invalid",
            )
        query = request.query_params.get("q", "")
        if not query.strip() or "\x00" in query:
            raise serializers.ValidationError(
                {"q": ["Give the words to search for."]}, code="required"
            )
        hits = search(query[:200], user=request.user)
        page = load(self.paginate_queryset(hits), user=request.user)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)


@extend_schema_view(list=extend_schema(summary="List deletions since a moment"))
class DeletionViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    """Tombstones of deleted meetings, agenda items and follow-ups, oldest
    first. A mirror syncs by reading each list with `updated_since` and this
    list with `since`, both at the moment of its last sync."""

    queryset = Deletion.objects.order_by("deleted_at", "pk")
    serializer_class = DeletionSerializer
    filterset_class = DeletionFilterSet
    ordering_fields = ["deleted_at"]

    def get_queryset(self):
        queryset = super().get_queryset()
        if not self.request.user.has_perm("minutes.view_closed_agendaitem"):
            queryset = queryset.filter(closed=False)
        return queryset
