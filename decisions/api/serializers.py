"""HTTP shapes of follow-ups and units. Input serializers only check types;
the rules live in decisions.services."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from decisions.models import FollowUp, FollowUpEvent, Unit
from decisions.services import EDITABLE_FIELDS, STATUS_NOT_EDITABLE, allowed_actions
from minutes.models import AgendaItem

# Longest description, note or reason accepted: a few paragraphs, not a document.
MAX_TEXT_LENGTH = 5000


class StrictInputSerializer(serializers.Serializer):
    """Refuses keys that are not writable fields, so a typo or an attempt to
    write a read-only field is answered with a 400 instead of being ignored."""

    # Added by HTML forms of the browsable API, not by clients.
    IGNORED_KEYS = frozenset({"csrfmiddlewaretoken"})

    def to_internal_value(self, data):
        if hasattr(data, "keys"):
            writable = {
                name for name, field in self.fields.items() if not field.read_only
            }
            refused = sorted(set(data.keys()) - writable - self.IGNORED_KEYS)
            if refused:
                raise serializers.ValidationError(
                    {
                        name: [
                            STATUS_NOT_EDITABLE
                            if name == "status"
                            else "Unknown or read-only field."
                        ]
                        for name in refused
                    }
                )
        return super().to_internal_value(data)


@extend_schema_field(OpenApiTypes.INT)
class VisibleAgendaItemField(serializers.PrimaryKeyRelatedField):
    """An agenda item by id, among those the requesting user may see."""

    def get_queryset(self):
        user = self.context["request"].user
        return AgendaItem.objects.visible_to(user).select_related("meeting")


class FollowUpSerializer(serializers.ModelSerializer):
    """A follow-up as the API shows it; every field is read-only."""

    meeting = serializers.IntegerField(source="agenda_item.meeting_id", read_only=True)
    body = serializers.IntegerField(
        source="agenda_item.meeting.body_id", read_only=True
    )
    item_number = serializers.IntegerField(source="agenda_item.number", read_only=True)
    case_number = serializers.CharField(
        source="agenda_item.case_number", read_only=True
    )
    is_overdue = serializers.BooleanField(read_only=True)
    allowed_actions = serializers.SerializerMethodField()

    class Meta:
        model = FollowUp
        fields = [
            "id",
            "agenda_item",
            "meeting",
            "body",
            "item_number",
            "case_number",
            "description",
            "source_text",
            "source_start",
            "source_end",
            "responsible",
            "due_date",
            "due_precision",
            "due_text",
            "event",
            "origin",
            "rule",
            "confidence",
            "status",
            "is_overdue",
            "allowed_actions",
            "suggested_resolution",
            "resolved_by",
            "completed_at",
            "version",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields

    def get_allowed_actions(self, follow_up: FollowUp) -> list[str]:
        return allowed_actions(follow_up.status)


class FollowUpUpdateSerializer(StrictInputSerializer, serializers.ModelSerializer):
    """The fields a person may correct on a follow-up (PATCH)."""

    class Meta:
        model = FollowUp
        fields = list(EDITABLE_FIELDS)
        extra_kwargs = {"description": {"max_length": MAX_TEXT_LENGTH}}


class FollowUpCreateSerializer(StrictInputSerializer, serializers.ModelSerializer):
    """A follow-up created by hand on an agenda item (POST)."""

    agenda_item = VisibleAgendaItemField()

    class Meta:
        model = FollowUp
        fields = ["agenda_item", *FollowUpUpdateSerializer.Meta.fields]
        extra_kwargs = FollowUpUpdateSerializer.Meta.extra_kwargs


class FollowUpNoteSerializer(StrictInputSerializer):
    """Body of the start action: an optional note for the history."""

    note = serializers.CharField(
        required=False, allow_blank=True, default="", max_length=MAX_TEXT_LENGTH
    )


class FollowUpCompleteSerializer(FollowUpNoteSerializer):
    """Body of the complete action."""

    resolved_by = VisibleAgendaItemField(
        required=False,
        allow_null=True,
        default=None,
        help_text="The later agenda item where the matter came back, if any.",
    )


class FollowUpReasonSerializer(StrictInputSerializer):
    """Body of the cancel and reopen actions: why, for the history."""

    reason = serializers.CharField(max_length=MAX_TEXT_LENGTH)


class FollowUpEventSerializer(serializers.ModelSerializer):
    """One entry of a follow-up's history."""

    who = serializers.CharField(
        source="user.username", read_only=True, allow_null=True, default=None
    )

    class Meta:
        model = FollowUpEvent
        fields = ["who", "at", "action", "from_status", "to_status", "note", "changes"]
        read_only_fields = fields


class ConflictSerializer(serializers.Serializer):
    """The answer to an action the follow-up's status does not allow."""

    detail = serializers.CharField()
    allowed = serializers.ListField(child=serializers.CharField())


class UnitSerializer(serializers.ModelSerializer):
    """An organisational unit and the other names it goes by."""

    aliases = serializers.SlugRelatedField(
        many=True, read_only=True, slug_field="alias"
    )

    class Meta:
        model = Unit
        fields = ["id", "name", "aliases"]
