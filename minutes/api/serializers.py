"""HTTP shapes of bodies, meetings and agenda items.

Related objects appear one way everywhere: the id under the relation's name
and its address under `<relation>_url`; every resource has its own `url`.
"""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from config import links
from decisions.api.serializers import FollowUpSerializer, StrictInputSerializer
from minutes.models import (
    AgendaItem,
    AgendaItemStatus,
    Attachment,
    Body,
    Clause,
    Decision,
    Deletion,
    ImportJob,
    ImportJobStatus,
    Meeting,
    Recommendation,
    may_see_closed_items,
)

CLOSED_TITLE = "Lukket"


@extend_schema_field(
    {
        "type": "string",
        "pattern": r"^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$",
        "example": "09:20:00",
        "description": "Local time of day (Europe/Copenhagen), HH:MM:SS.",
    }
)
class TimeOfDayField(serializers.TimeField):
    """A wall-clock time as printed in the minutes, without a UTC offset.

    OpenAPI's `format: time` demands an offset (RFC 3339 full-time), which a
    time printed in a referat does not have, so the schema gives a pattern.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("format", "%H:%M:%S")
        super().__init__(**kwargs)


class BodyReferenceSerializer(serializers.ModelSerializer):
    """A forum (e.g. Chefforum, Økonomiudvalget) as other resources name it."""

    url = links.HyperlinkedIdentityField(view_name="body-detail")
    name = serializers.CharField(read_only=True, help_text="The forum's name.")
    slug = serializers.CharField(
        read_only=True, help_text="Short name for URLs and the `body` filter."
    )

    class Meta:
        model = Body
        fields = ["id", "url", "name", "slug"]


class BodySerializer(BodyReferenceSerializer):
    """A forum (e.g. Chefforum, Økonomiudvalget) whose minutes are imported."""

    class Meta(BodyReferenceSerializer.Meta):
        fields = [*BodyReferenceSerializer.Meta.fields, "updated_at"]


class SectionSerializer(serializers.Serializer):
    heading = serializers.CharField(
        help_text="The heading as printed, e.g. 'Sagsfremstilling' (case "
        "presentation) or 'Anledning' (occasion)."
    )
    text = serializers.CharField()


class ClauseSerializer(serializers.ModelSerializer):
    url = links.HyperlinkedIdentityField(view_name="clause-detail")
    number = serializers.IntegerField(
        read_only=True, help_text="The clause's number in the recommendation."
    )
    text = serializers.CharField(
        read_only=True, help_text="The clause, usually an 'at ...' (that ...) line."
    )
    outcome = serializers.ChoiceField(
        choices=Clause._meta.get_field("outcome").choices,
        read_only=True,
        help_text="What the decision did with the clause: approved, noted "
        "(taken note of), discussed, amended, rejected, postponed or unclear.",
    )

    class Meta:
        model = Clause
        fields = ["id", "url", "number", "text", "outcome"]


class RecommendationSerializer(serializers.ModelSerializer):
    """The indstilling: what an official recommends the forum to decide."""

    url = links.HyperlinkedIdentityField(view_name="recommendation-detail")
    proposer = serializers.CharField(
        read_only=True,
        help_text="Who recommends (indstiller), e.g. 'Kommunaldirektøren'.",
    )
    clauses = ClauseSerializer(many=True, read_only=True)
    note = serializers.CharField(
        read_only=True, help_text="Recommendation text outside numbered clauses."
    )

    class Meta:
        model = Recommendation
        fields = ["id", "url", "proposer", "clauses", "note"]


class DecisionSerializer(serializers.ModelSerializer):
    """The beslutning: what the forum decided, as free text."""

    url = links.HyperlinkedIdentityField(view_name="decision-detail")
    text = serializers.CharField(read_only=True)
    heading = serializers.CharField(
        read_only=True,
        help_text="The decision heading as printed, e.g. 'Beslutning i "
        "Chefforum den 19-06-2014'.",
    )

    class Meta:
        model = Decision
        fields = ["id", "url", "text", "heading"]


class AttachmentSerializer(serializers.ModelSerializer):
    """A bilag (attachment) listed on the item; only its title is imported."""

    url = links.HyperlinkedIdentityField(view_name="attachment-detail")
    title = serializers.CharField(read_only=True)

    class Meta:
        model = Attachment
        fields = ["id", "url", "title"]


STATUS_HELP = (
    "handled; postponed (udsat: it must come back); withdrawn (taget af "
    "dagsordenen). Null for a closed item the user may not see."
)


class AgendaItemListSerializer(serializers.ModelSerializer):
    """An agenda item (punkt) as a list shows it: no texts.

    A closed item (lukket punkt) shows only number, title "Lukket" and case
    number to a user without the permission to see closed items; its other
    fields are empty.
    """

    url = links.HyperlinkedIdentityField(view_name="agendaitem-detail")
    meeting = serializers.PrimaryKeyRelatedField(read_only=True)
    meeting_url = links.HyperlinkedRelatedField(
        source="meeting", view_name="meeting-detail", read_only=True
    )
    number = serializers.IntegerField(
        read_only=True, help_text="The number printed in the minutes."
    )
    position = serializers.IntegerField(
        read_only=True, help_text="The item's place in the meeting, from 1."
    )
    title = serializers.CharField(read_only=True)
    case_number = serializers.CharField(
        read_only=True,
        help_text="Sagsnummer: the case (journal) number, e.g. 00.01.00-A00-3-17 "
        "or 15/7111; the same number on items of other meetings is the same case.",
    )
    presenter = serializers.CharField(
        read_only=True, help_text="Who presents the item, from its title ('v. ...')."
    )
    planned_start = TimeOfDayField(read_only=True, allow_null=True)
    planned_end = TimeOfDayField(read_only=True, allow_null=True)
    status = serializers.ChoiceField(
        choices=AgendaItemStatus.choices,
        read_only=True,
        allow_null=True,
        help_text=STATUS_HELP,
    )
    is_closed = serializers.BooleanField(
        read_only=True, help_text="Lukket punkt: a confidential item."
    )

    # Fields a redacted closed item keeps; the others are shown empty.
    PUBLIC_FIELDS = (
        "id",
        "url",
        "meeting",
        "meeting_url",
        "number",
        "position",
        "case_number",
        "is_closed",
    )

    class Meta:
        model = AgendaItem
        fields = [
            "id",
            "url",
            "meeting",
            "meeting_url",
            "number",
            "position",
            "title",
            "case_number",
            "presenter",
            "planned_start",
            "planned_end",
            "status",
            "is_closed",
        ]

    def to_representation(self, item):
        data = super().to_representation(item)
        if item.is_closed and not self._may_see_closed():
            return {name: self._redacted(name, data[name]) for name in data}
        return data

    def _redacted(self, name, value):
        if name in self.PUBLIC_FIELDS:
            return value
        if name == "title":
            return CLOSED_TITLE
        if isinstance(value, list):
            return []
        if name == "presenter":
            return ""
        return None

    def _may_see_closed(self) -> bool:
        request = self.context.get("request")
        return bool(request and may_see_closed_items(request.user))


class AgendaItemSerializer(AgendaItemListSerializer):
    """An agenda item in full, with its sections, recommendation, decision,
    attachments and follow-ups."""

    sections = serializers.SerializerMethodField()
    recommendation = serializers.SerializerMethodField()
    decision = serializers.SerializerMethodField()
    attachments = AttachmentSerializer(many=True, read_only=True)
    absentees = serializers.SerializerMethodField()
    participants = serializers.ListField(
        child=serializers.CharField(),
        read_only=True,
        help_text="Who took part besides the forum's members.",
    )
    prior_decisions = serializers.ListField(
        child=serializers.CharField(),
        read_only=True,
        help_text="Earlier bodies' decisions on the case, as printed before this one.",
    )
    source_lines = serializers.SerializerMethodField()
    follow_ups = FollowUpSerializer(many=True, read_only=True)

    class Meta(AgendaItemListSerializer.Meta):
        fields = [
            *AgendaItemListSerializer.Meta.fields,
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
        if recommendation is None:
            return None
        return RecommendationSerializer(recommendation, context=self.context).data

    @extend_schema_field(DecisionSerializer(allow_null=True))
    def get_decision(self, item):
        decision = getattr(item, "decision", None)
        if decision is None:
            return None
        return DecisionSerializer(decision, context=self.context).data

    @extend_schema_field(
        serializers.ListField(
            child=serializers.CharField(),
            help_text="Who was absent during the item: those absent from the "
            "whole meeting and those the item names.",
        )
    )
    def get_absentees(self, item):
        return list(dict.fromkeys([*item.meeting.absentees, *item.absentees]))

    @extend_schema_field(
        serializers.ListField(
            child=serializers.IntegerField(),
            help_text="First and last line of the item in the source text.",
        )
    )
    def get_source_lines(self, item):
        return [item.first_line, item.last_line]


class MeetingSerializer(serializers.ModelSerializer):
    """A meeting (møde) of a forum, read from its minutes (referat)."""

    url = links.HyperlinkedIdentityField(view_name="meeting-detail")
    # The forum as a small object (id, url, name, slug): every client shows
    # its name, and a forum's name is never confidential.
    body = BodyReferenceSerializer(read_only=True)
    date = serializers.DateField(read_only=True)
    start_time = TimeOfDayField(read_only=True, allow_null=True)
    location = serializers.CharField(read_only=True)
    source_filename = serializers.CharField(
        read_only=True, help_text="The file the minutes were imported from."
    )
    parser_version = serializers.CharField(
        read_only=True,
        help_text="Fingerprint of the parsing and extraction rules that read "
        "the file; it changes with every rule change (see manage.py reparse).",
    )
    layout = serializers.CharField(
        read_only=True,
        help_text="The item layout the parser found: labelled ('Punkt 3'), "
        "numbered ('3. Title'), number-alone, roman, number-space, topics "
        "('Emne:'), styled, whole-document, or firstagenda-json.",
    )
    layout_confidence = serializers.FloatField(
        read_only=True,
        help_text="Share of the item headings that the text after them vouches "
        "for (a case number, a section label), 0-1.",
    )
    needs_review = serializers.BooleanField(
        read_only=True,
        help_text="The parser was unsure of the structure: a person should "
        "check the meeting (see import_warnings).",
    )
    updated_at = serializers.DateTimeField(read_only=True)

    class Meta:
        model = Meeting
        fields = [
            "id",
            "url",
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
    """A meeting with every agenda item in full."""

    absentees = serializers.ListField(
        child=serializers.CharField(),
        read_only=True,
        help_text="Who was absent from the whole meeting.",
    )
    import_warnings = serializers.ListField(
        child=serializers.DictField(),
        read_only=True,
        help_text="What the parser was unsure of, each with its line in the "
        "source ({line, message}).",
    )
    agenda_items = AgendaItemSerializer(many=True, read_only=True)

    class Meta(MeetingSerializer.Meta):
        fields = [
            *MeetingSerializer.Meta.fields,
            "absentees",
            "import_warnings",
            "agenda_items",
        ]


class MeetingUpdateSerializer(StrictInputSerializer, serializers.ModelSerializer):
    """The fields of a meeting a person may correct (PATCH)."""

    start_time = TimeOfDayField(required=False, allow_null=True)

    class Meta:
        model = Meeting
        fields = ["start_time", "location"]
        extra_kwargs = {"location": {"help_text": "Where the meeting was held."}}


class AgendaItemUpdateSerializer(StrictInputSerializer, serializers.ModelSerializer):
    """The fields of an agenda item a person may correct (PATCH)."""

    planned_start = TimeOfDayField(required=False, allow_null=True)
    planned_end = TimeOfDayField(required=False, allow_null=True)

    class Meta:
        model = AgendaItem
        fields = [
            "title",
            "case_number",
            "presenter",
            "planned_start",
            "planned_end",
            "status",
        ]
        extra_kwargs = {
            "title": {"help_text": "The item's title as it should read."},
            "case_number": {"help_text": "The case number (sagsnummer)."},
            "presenter": {"help_text": "Who presents the item."},
            "status": {"help_text": STATUS_HELP.split(" Null")[0]},
        }


def _with_agenda_item(serializer_class, source="agenda_item"):
    """Return the serializer of a part of an agenda item as its own resource:
    with the item's id and address."""

    class Standalone(serializer_class):
        agenda_item = serializers.IntegerField(
            source=f"{source}_id" if "." not in source else f"{source}.pk",
            read_only=True,
            help_text="The agenda item's id.",
        )
        agenda_item_url = links.HyperlinkedRelatedField(
            source=source, view_name="agendaitem-detail", read_only=True
        )

        class Meta(serializer_class.Meta):
            fields = [
                *serializer_class.Meta.fields[:2],
                "agenda_item",
                "agenda_item_url",
                *serializer_class.Meta.fields[2:],
            ]

    Standalone.__name__ = serializer_class.__name__.replace(
        "Serializer", "DetailSerializer"
    )
    Standalone.__qualname__ = Standalone.__name__
    return Standalone


RecommendationDetailSerializer = _with_agenda_item(RecommendationSerializer)
DecisionDetailSerializer = _with_agenda_item(DecisionSerializer)
ClauseDetailSerializer = _with_agenda_item(
    ClauseSerializer, "recommendation.agenda_item"
)
AttachmentDetailSerializer = _with_agenda_item(AttachmentSerializer)


def _update_serializer(model, editable, help_texts):
    meta = type(
        "Meta",
        (),
        {
            "model": model,
            "fields": editable,
            "extra_kwargs": {k: {"help_text": v} for k, v in help_texts.items()},
        },
    )
    name = f"{model.__name__}UpdateSerializer"
    return type(
        name, (StrictInputSerializer, serializers.ModelSerializer), {"Meta": meta}
    )


RecommendationUpdateSerializer = _update_serializer(
    Recommendation,
    ["proposer", "note"],
    {
        "proposer": "Who recommends (indstiller).",
        "note": "Recommendation text outside numbered clauses.",
    },
)
DecisionUpdateSerializer = _update_serializer(
    Decision,
    ["heading", "text"],
    {"heading": "The decision heading as printed.", "text": "What was decided."},
)
ClauseUpdateSerializer = _update_serializer(
    Clause,
    ["text", "outcome"],
    {
        "text": "The clause.",
        "outcome": "What the decision did with the clause.",
    },
)
AttachmentUpdateSerializer = _update_serializer(
    Attachment, ["title"], {"title": "The attachment's title."}
)


class ImportWarningSerializer(serializers.Serializer):
    line = serializers.IntegerField(help_text="Line in the decoded source text.")
    message = serializers.CharField()


class ImportJobSerializer(serializers.ModelSerializer):
    """An uploaded referat and what importing it did; poll until `status` is
    done or failed."""

    url = links.HyperlinkedIdentityField(view_name="importjob-detail")
    status = serializers.ChoiceField(
        choices=ImportJobStatus.choices,
        read_only=True,
        help_text="queued, running, done or failed.",
    )
    meeting = serializers.PrimaryKeyRelatedField(
        read_only=True, allow_null=True, help_text="The meeting imported."
    )
    meeting_url = links.HyperlinkedRelatedField(
        source="meeting", view_name="meeting-detail", read_only=True, allow_null=True
    )
    outcome = serializers.SerializerMethodField()
    counts = serializers.SerializerMethodField()
    warnings = serializers.SerializerMethodField()

    class Meta:
        model = ImportJob
        fields = [
            "id",
            "url",
            "filename",
            "status",
            "meeting",
            "meeting_url",
            "outcome",
            "counts",
            "warnings",
            "error",
            "created_at",
            "started_at",
            "finished_at",
        ]
        read_only_fields = fields
        extra_kwargs = {
            "filename": {"help_text": "The uploaded file's name."},
            "error": {"help_text": "Why the import failed; empty otherwise."},
            "created_at": {"help_text": "When it was uploaded."},
            "started_at": {"help_text": "When the worker started it."},
            "finished_at": {"help_text": "When it was done or failed."},
        }

    @extend_schema_field(
        serializers.CharField(
            allow_null=True,
            help_text="created, updated or unchanged (the same document again).",
        )
    )
    def get_outcome(self, job):
        return job.report.get("outcome")

    @extend_schema_field(
        serializers.DictField(
            child=serializers.IntegerField(),
            help_text="Rows of each kind the meeting has after the import.",
        )
    )
    def get_counts(self, job):
        return job.report.get("counts", {})

    @extend_schema_field(ImportWarningSerializer(many=True))
    def get_warnings(self, job):
        return job.report.get("warnings", [])


class ImportUploadSerializer(serializers.Serializer):
    """A referat to import: text, PDF-extracted text or any format the
    import_minutes command reads."""

    file = serializers.FileField(help_text="The referat.")


class CaseTimelineItemSerializer(AgendaItemListSerializer):
    """One agenda item of a case's timeline: where and when the case came up,
    what was decided and which follow-ups it created."""

    meeting_date = serializers.DateField(source="meeting.date", read_only=True)
    body = serializers.IntegerField(
        source="meeting.body_id", read_only=True, help_text="The forum's id."
    )
    decision = serializers.CharField(
        source="decision.text",
        read_only=True,
        allow_null=True,
        default=None,
        help_text="What was decided; null without a decision.",
    )
    follow_ups = FollowUpSerializer(many=True, read_only=True)

    PUBLIC_FIELDS = (*AgendaItemListSerializer.PUBLIC_FIELDS, "meeting_date", "body")

    class Meta(AgendaItemListSerializer.Meta):
        fields = [
            *AgendaItemListSerializer.Meta.fields,
            "meeting_date",
            "body",
            "decision",
            "follow_ups",
        ]


class CaseTimelineSerializer(serializers.Serializer):
    """A case (sag) across meetings: every agenda item with its case number,
    oldest meeting first."""

    case_number = serializers.CharField()
    url = serializers.URLField()
    agenda_items = CaseTimelineItemSerializer(many=True)


class SearchResultSerializer(serializers.Serializer):
    """One search hit: an agenda item or a follow-up."""

    type = serializers.ChoiceField(
        choices=[("agenda_item", "agenda_item"), ("follow_up", "follow_up")],
        source="kind",
    )
    id = serializers.IntegerField(source="pk")
    url = serializers.SerializerMethodField()
    title = serializers.SerializerMethodField(
        help_text="The agenda item's title or the follow-up's description."
    )
    meeting = serializers.SerializerMethodField(help_text="The meeting's id.")
    meeting_date = serializers.SerializerMethodField()
    snippet = serializers.CharField(
        help_text="The passage that matched, HTML-escaped, the query's words in "
        "<mark>…</mark>."
    )
    rank = serializers.FloatField(
        help_text="Higher is better. On PostgreSQL, 1 or more when the query's "
        "words occur whole, below 1 when some only begin a longer word (the "
        "head of a compound)."
    )

    def _item(self, hit):
        return hit.obj if hit.kind == "agenda_item" else hit.obj.agenda_item

    def get_url(self, hit) -> str:
        from rest_framework.reverse import reverse

        view_name = (
            "agendaitem-detail" if hit.kind == "agenda_item" else ("followup-detail")
        )
        return reverse(view_name, args=[hit.obj.pk], request=self.context["request"])

    def get_title(self, hit) -> str:
        return hit.obj.title if hit.kind == "agenda_item" else hit.obj.description

    def get_meeting(self, hit) -> int:
        return self._item(hit).meeting_id

    @extend_schema_field(serializers.DateField())
    def get_meeting_date(self, hit):
        return self._item(hit).meeting.date.isoformat()


class DeletionSerializer(serializers.ModelSerializer):
    """A deleted meeting, agenda item or follow-up (a tombstone)."""

    resource = serializers.ChoiceField(
        choices=[(r, r) for r in ("meetings", "agenda-items", "follow-ups")],
        read_only=True,
        help_text="The list the object was in.",
    )
    id = serializers.IntegerField(
        source="object_id", read_only=True, help_text="The deleted object's id."
    )
    deleted_at = serializers.DateTimeField(read_only=True)

    class Meta:
        model = Deletion
        fields = ["resource", "id", "deleted_at"]
