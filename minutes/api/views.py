from django.db.models import Prefetch
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import viewsets

from config.etags import ContentETagRetrieveMixin
from decisions.models import Clause, FollowUp
from minutes.api.filtersets import AgendaItemFilterSet, MeetingFilterSet
from minutes.api.serializers import (
    AgendaItemListSerializer,
    AgendaItemSerializer,
    BodySerializer,
    MeetingDetailSerializer,
    MeetingSerializer,
)
from minutes.models import AgendaItem, Body, Meeting


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


@extend_schema_view(
    list=extend_schema(summary="List forums"),
    retrieve=extend_schema(summary="Read one forum"),
)
class BodyViewSet(ContentETagRetrieveMixin, viewsets.ReadOnlyModelViewSet):
    """The forums (bodies) whose minutes are imported."""

    queryset = Body.objects.order_by("name")
    serializer_class = BodySerializer
    ordering_fields = ["name"]


@extend_schema_view(
    list=extend_schema(summary="List meetings"),
    retrieve=extend_schema(summary="Read one meeting with all its agenda items"),
)
class MeetingViewSet(ContentETagRetrieveMixin, viewsets.ReadOnlyModelViewSet):
    """Meetings; the detail includes every agenda item with its recommendation,
    decision, attachments and follow-ups."""

    queryset = Meeting.objects.for_api().order_by("-date", "pk")
    filterset_class = MeetingFilterSet
    ordering_fields = ["date", "updated_at"]

    def get_serializer_class(self):
        return (
            MeetingDetailSerializer if self.action == "retrieve" else MeetingSerializer
        )

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.action == "retrieve":
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
)
class AgendaItemViewSet(ContentETagRetrieveMixin, viewsets.ReadOnlyModelViewSet):
    """Agenda items (punkter) of all meetings. The list is light; the detail has
    the texts, recommendation, decision, attachments and follow-ups."""

    queryset = AgendaItem.objects.order_by("-meeting__date", "meeting_id", "position")
    filterset_class = AgendaItemFilterSet
    ordering_fields = ["number", "position", "meeting__date"]

    def get_serializer_class(self):
        return (
            AgendaItemSerializer
            if self.action == "retrieve"
            else AgendaItemListSerializer
        )

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.action == "retrieve":
            return agenda_items_for_api(queryset)
        return queryset
