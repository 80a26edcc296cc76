"""HTTP shapes of follow-ups and units. Input serializers only check types;
the rules live in decisions.services."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from config import links
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
            # DRF's CharField turns 12 or true into "12" and "True"; a client
            # that sends a number where text belongs has a bug to hear about.
            not_text = sorted(
                name
                for name, field in self.fields.items()
                if isinstance(field, serializers.CharField)
                and name in data
                and data[name] is not None
                and not isinstance(data[name], str)
            )
            if not_text:
                raise serializers.ValidationError(
                    {name: ["Not a valid string."] for name in not_text},
                    code="invalid",
                )
        return super().to_internal_value(data)


@extend_schema_field(OpenApiTypes.INT)
class VisibleAgendaItemField(serializers.PrimaryKeyRelatedField):
    """An agenda item by id, among those the requesting user may see."""

    def get_queryset(self):
        user = self.context["request"].user
        return AgendaItem.objects.visible_to(user).select_related("meeting")


class FollowUpSerializer(serializers.ModelSerializer):
    """A follow-up (opfølgning) as the API shows it; every field is read-only.

    Related objects are ids, each with its address beside it (`<name>_url`).
    """

    url = links.HyperlinkedIdentityField(view_name="followup-detail")
    agenda_item_url = links.HyperlinkedRelatedField(
        source="agenda_item", view_name="agendaitem-detail", read_only=True
    )
    meeting = serializers.IntegerField(
        source="agenda_item.meeting_id", read_only=True, help_text="The meeting's id."
    )
    meeting_url = links.HyperlinkedRelatedField(
        source="agenda_item.meeting", view_name="meeting-detail", read_only=True
    )
    body = serializers.IntegerField(
        source="agenda_item.meeting.body_id",
        read_only=True,
        help_text="The forum's id.",
    )
    body_url = links.HyperlinkedRelatedField(
        source="agenda_item.meeting.body", view_name="body-detail", read_only=True
    )
    item_number = serializers.IntegerField(
        source="agenda_item.number",
        read_only=True,
        help_text="The agenda item's number as printed.",
    )
    case_number = serializers.CharField(
        source="agenda_item.case_number",
        read_only=True,
        help_text="The agenda item's case number (sagsnummer).",
    )
    suggested_resolution_url = links.HyperlinkedRelatedField(
        source="suggested_resolution",
        view_name="agendaitem-detail",
        read_only=True,
        allow_null=True,
    )
    resolved_by_url = links.HyperlinkedRelatedField(
        source="resolved_by",
        view_name="agendaitem-detail",
        read_only=True,
        allow_null=True,
    )
    responsible_unit_url = links.HyperlinkedRelatedField(
        source="responsible_unit",
        view_name="unit-detail",
        read_only=True,
        allow_null=True,
    )
    is_overdue = serializers.BooleanField(
        read_only=True, help_text="Open or in progress and past its due date."
    )
    allowed_actions = serializers.SerializerMethodField()

    class Meta:
        model = FollowUp
        fields = [
            "id",
            "url",
            "agenda_item",
            "agenda_item_url",
            "meeting",
            "meeting_url",
            "body",
            "body_url",
            "item_number",
            "case_number",
            "description",
            "source_text",
            "source_start",
            "source_end",
            "responsible",
            "responsible_unit",
            "responsible_unit_url",
            "due_date",
            "due_precision",
            "due_text",
            "due_event",
            "origin",
            "rule",
            "confidence",
            "status",
            "is_overdue",
            "allowed_actions",
            "suggested_resolution",
            "suggested_resolution_url",
            "resolved_by",
            "resolved_by_url",
            "completed_at",
            "version",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields
        extra_kwargs = {
            "rule": {
                "help_text": "The extraction rule that found the follow-up "
                "(manage.py explain shows why); empty when added by hand."
            },
            "confidence": {
                "help_text": "How far that rule is trusted, 0-1; null when "
                "added by hand."
            },
            "agenda_item": {"help_text": "The agenda item's id."},
            "description": {"help_text": "What is to be done."},
            "source_text": {
                "help_text": "The sentence of the minutes the follow-up was found in."
            },
            "source_start": {
                "help_text": "Start of source_text in its section, in characters."
            },
            "source_end": {
                "help_text": "End of source_text in its section, in characters."
            },
            "responsible": {
                "help_text": "Who is responsible: a unit, an official or people, "
                "as written."
            },
            "responsible_unit": {
                "help_text": "The unit (units/) that responsible names by its "
                "name or an alias; null when it names none. Follows responsible."
            },
            "due_date": {
                "help_text": "The latest date the deadline allows; null when "
                "none is given."
            },
            "due_precision": {
                "help_text": "How exact due_date is: day, week, part_of_month "
                "(primo/medio/ultimo), month, quarter, season, relative "
                "('om 4 uger'), event (a future meeting), start_only "
                "('efter ...': no deadline) or empty (no deadline)."
            },
            "due_text": {"help_text": "The deadline's original words."},
            "due_event": {
                "help_text": "The meeting or forum the deadline waits for, e.g. "
                "'næstkommende KommuneMED' (the next KommuneMED meeting)."
            },
            "origin": {
                "help_text": "Where it was found: decision (beslutning), "
                "case_text (sagsfremstilling), postponed (udsat item), withdrawn "
                "(item taken off the agenda) or manual (created by a person)."
            },
            "status": {
                "help_text": "open, in_progress, done or cancelled; changed only "
                "by the actions."
            },
            "suggested_resolution": {
                "help_text": "A later agenda item of the same case where the "
                "matter may have come back."
            },
            "resolved_by": {"help_text": "The agenda item where the matter came back."},
            "completed_at": {"help_text": "When it was marked done."},
            "version": {"help_text": "Increases with every change; the ETag names it."},
        }

    def get_allowed_actions(self, follow_up: FollowUp) -> list[str]:
        return allowed_actions(follow_up.status)


class FollowUpUpdateSerializer(StrictInputSerializer, serializers.ModelSerializer):
    """The fields a person may correct on a follow-up (PATCH). A new due_date
    without due_precision and due_text sets them to describe the new date."""

    class Meta:
        model = FollowUp
        fields = list(EDITABLE_FIELDS)
        extra_kwargs = {
            name: {**FollowUpSerializer.Meta.extra_kwargs.get(name, {})}
            for name in EDITABLE_FIELDS
        }
        extra_kwargs["description"]["max_length"] = MAX_TEXT_LENGTH


class FollowUpCreateSerializer(StrictInputSerializer, serializers.ModelSerializer):
    """A follow-up created by hand on an agenda item (POST)."""

    agenda_item = VisibleAgendaItemField()

    class Meta:
        model = FollowUp
        fields = ["agenda_item", *FollowUpUpdateSerializer.Meta.fields]
        extra_kwargs = {
            **FollowUpUpdateSerializer.Meta.extra_kwargs,
            "agenda_item": {"help_text": "The agenda item's id."},
        }


class FollowUpActionSerializer(StrictInputSerializer):
    """Body of the start action: an optional note for the history."""

    note = serializers.CharField(
        required=False,
        allow_blank=True,
        default="",
        max_length=MAX_TEXT_LENGTH,
        help_text="Why, for the follow-up's history.",
    )


class FollowUpCompleteSerializer(FollowUpActionSerializer):
    """Body of the complete action."""

    resolved_by = VisibleAgendaItemField(
        required=False,
        allow_null=True,
        default=None,
        help_text="The later agenda item where the matter came back, if any.",
    )


class FollowUpNoteRequiredSerializer(FollowUpActionSerializer):
    """Body of the cancel and reopen actions: the note (why) is required."""

    note = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=MAX_TEXT_LENGTH,
        help_text="Why, for the follow-up's history. Required.",
    )
    reason = serializers.CharField(
        required=False,
        allow_blank=True,
        write_only=True,
        max_length=MAX_TEXT_LENGTH,
        help_text="Deprecated: the earlier name of `note`, still accepted.",
    )

    def validate(self, attrs):
        note = (attrs.pop("note", "") or attrs.pop("reason", "") or "").strip()
        attrs.pop("reason", None)
        if not note:
            raise serializers.ValidationError(
                {"note": ["This field is required and may not be blank."]},
                code="required",
            )
        attrs["note"] = note
        return attrs


class FollowUpEventSerializer(serializers.ModelSerializer):
    """One entry of a follow-up's history."""

    who = serializers.CharField(
        source="user.username",
        read_only=True,
        allow_null=True,
        default=None,
        help_text="The user who made the change; null for the import or a script.",
    )

    class Meta:
        model = FollowUpEvent
        fields = ["who", "at", "action", "from_status", "to_status", "note", "changes"]
        read_only_fields = fields
        extra_kwargs = {
            "at": {"help_text": "When."},
            "action": {
                "help_text": "created, edited, start, complete, cancel or reopen."
            },
            "from_status": {"help_text": "The status before; empty for an edit."},
            "to_status": {"help_text": "The status after; empty for an edit."},
            "note": {"help_text": "The note given with the action."},
            "changes": {
                "help_text": 'For an edit: {"field": {"from": ..., "to": ...}}.'
            },
        }


class UnitSerializer(serializers.ModelSerializer):
    """An organisational unit and the other names it goes by."""

    url = links.HyperlinkedIdentityField(view_name="unit-detail")
    aliases = serializers.SlugRelatedField(
        many=True, read_only=True, slug_field="alias"
    )

    class Meta:
        model = Unit
        fields = ["id", "url", "name", "aliases", "updated_at"]


class CalendarTokenSerializer(serializers.Serializer):
    """A new calendar feed secret and the address to subscribe to."""

    token = serializers.CharField()
    calendar_url = serializers.URLField()
