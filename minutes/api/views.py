from django.db.models import Prefetch
from rest_framework import viewsets

from decisions.models import FollowUp
from minutes.api.filtersets import AgendaItemFilterSet, MeetingFilterSet
from minutes.api.serializers import (
    AgendaItemSerializer,
    BodySerializer,
    MeetingDetailSerializer,
    MeetingSerializer,
)
from minutes.models import AgendaItem, Body, Clause, Meeting


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


class BodyViewSet(viewsets.ReadOnlyModelViewSet):
    """The forums whose minutes are imported."""

    queryset = Body.objects.order_by("name")
    serializer_class = BodySerializer


class MeetingViewSet(viewsets.ReadOnlyModelViewSet):
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


class AgendaItemViewSet(viewsets.ReadOnlyModelViewSet):
    """Agenda items of all meetings."""

    queryset = AgendaItem.objects.order_by("-meeting__date", "meeting_id", "position")
    serializer_class = AgendaItemSerializer
    filterset_class = AgendaItemFilterSet
    ordering_fields = ["number", "position", "meeting__date"]

    def get_queryset(self):
        return agenda_items_for_api(super().get_queryset())
