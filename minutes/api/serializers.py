from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from decisions.api.serializers import FollowUpSerializer
from minutes.models import (
    AgendaItem,
    Attachment,
    Body,
    Clause,
    Decision,
    Meeting,
    Recommendation,
    may_see_closed_items,
)

CLOSED_TITLE = "Lukket"


class BodySerializer(serializers.ModelSerializer):
    class Meta:
        model = Body
        fields = ["id", "name", "slug"]


class SectionSerializer(serializers.Serializer):
    heading = serializers.CharField()
    text = serializers.CharField()


class ClauseSerializer(serializers.ModelSerializer):
    class Meta:
        model = Clause
        fields = ["number", "text", "outcome"]


class RecommendationSerializer(serializers.ModelSerializer):
    clauses = ClauseSerializer(many=True, read_only=True)

    class Meta:
        model = Recommendation
        fields = ["proposer", "clauses", "note"]


class DecisionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Decision
        fields = ["text", "heading"]


class AttachmentSerializer(serializers.ModelSerializer):
    class Meta:
        model = Attachment
        fields = ["title"]


class AgendaItemSerializer(serializers.ModelSerializer):
    """An agenda item in full; a closed item shows only number, title and case number
    to a user without the permission to see closed items."""

    meeting = serializers.PrimaryKeyRelatedField(read_only=True)
    sections = serializers.SerializerMethodField()
    recommendation = serializers.SerializerMethodField()
    decision = serializers.SerializerMethodField()
    attachments = AttachmentSerializer(many=True, read_only=True)
    source_lines = serializers.SerializerMethodField()
    absentees = serializers.SerializerMethodField()
    follow_ups = FollowUpSerializer(many=True, read_only=True)

    class Meta:
        model = AgendaItem
        fields = [
            "id",
            "meeting",
            "number",
            "position",
            "title",
            "case_number",
            "presenter",
            "planned_start",
            "planned_end",
            "status",
            "is_closed",
            "sections",
            "recommendation",
            "decision",
            "attachments",
            "absentees",
            "participants",
            "prior_decisions",
            "source_lines",
            "follow_ups",
        ]

    @extend_schema_field(SectionSerializer(many=True))
    def get_sections(self, item):
        return item.sections

    @extend_schema_field(RecommendationSerializer(allow_null=True))
    def get_recommendation(self, item):
        recommendation = getattr(item, "recommendation", None)
        return RecommendationSerializer(recommendation).data if recommendation else None

    @extend_schema_field(DecisionSerializer(allow_null=True))
    def get_decision(self, item):
        decision = getattr(item, "decision", None)
        return DecisionSerializer(decision).data if decision else None

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_absentees(self, item):
        """Who was absent during the item: those absent from the whole meeting
        and those the item itself names."""
        return list(dict.fromkeys([*item.meeting.absentees, *item.absentees]))

    @extend_schema_field(serializers.ListField(child=serializers.IntegerField()))
    def get_source_lines(self, item):
        return [item.first_line, item.last_line]

    def to_representation(self, item):
        if item.is_closed and not self._may_see_closed():
            return {
                "id": item.id,
                "meeting": item.meeting_id,
                "number": item.number,
                "position": item.position,
                "title": CLOSED_TITLE,
                "case_number": item.case_number,
                "is_closed": True,
            }
        return super().to_representation(item)

    def _may_see_closed(self) -> bool:
        request = self.context.get("request")
        return bool(request and may_see_closed_items(request.user))


class MeetingSerializer(serializers.ModelSerializer):
    body = BodySerializer(read_only=True)

    class Meta:
        model = Meeting
        fields = [
            "id",
            "body",
            "date",
            "start_time",
            "location",
            "source_filename",
            "parser_version",
            "layout",
            "layout_confidence",
            "needs_review",
            "updated_at",
        ]


class MeetingDetailSerializer(MeetingSerializer):
    agenda_items = AgendaItemSerializer(many=True, read_only=True)

    class Meta(MeetingSerializer.Meta):
        fields = [
            *MeetingSerializer.Meta.fields,
            "absentees",
            "import_warnings",
            "agenda_items",
        ]
