"""The admin: where the secretariat corrects what an import got wrong.

Every field changed here is recorded as a FieldCorrection, so a later import
of a newer version of the same minutes keeps it.
"""

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from decisions.models import Decision, Recommendation
from minutes.models import AgendaItem, Attachment, Body, Case, FieldCorrection, Meeting
from minutes.services import record_corrections


class CorrectionRecordingMixin:
    """Record the fields a person changed on the object and its inlines."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and form.changed_data:
            record_corrections(obj=obj, fields=form.changed_data, user=request.user)

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        for inline_form in formset.forms:
            instance = inline_form.instance
            if (
                inline_form.changed_data
                and instance.pk
                and instance not in formset.deleted_objects
            ):
                record_corrections(
                    obj=instance, fields=inline_form.changed_data, user=request.user
                )


@admin.register(Body)
class BodyAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Case)
class CaseAdmin(admin.ModelAdmin):
    list_display = ["number"]
    search_fields = ["number"]


class AgendaItemInline(admin.TabularInline):
    model = AgendaItem
    fields = ["number", "title", "case_number", "status", "is_closed"]
    extra = 0
    show_change_link = True


@admin.register(Meeting)
class MeetingAdmin(CorrectionRecordingMixin, admin.ModelAdmin):
    list_display = [
        "date",
        "body",
        "location",
        "source_filename",
        "needs_review",
        "imported_at",
    ]
    list_filter = ["needs_review", "body", "date"]
    search_fields = ["body__name", "location", "source_filename"]
    date_hierarchy = "date"
    list_select_related = ["body"]
    readonly_fields = [
        "source_filename",
        "source_checksum",
        "parser_version",
        "layout",
        "layout_confidence",
        "import_warnings",
        "imported_at",
        "created_at",
        "updated_at",
    ]
    fields = [
        "body",
        "date",
        "start_time",
        "location",
        "absentees",
        "needs_review",
        *readonly_fields,
        "source_text",
    ]
    inlines = [AgendaItemInline]


class RecommendationInline(admin.StackedInline):
    model = Recommendation
    fields = ["proposer", "note", "clause_list"]
    readonly_fields = ["clause_list"]
    extra = 0

    @admin.display(description="indstillingspunkter")
    def clause_list(self, recommendation):
        if not recommendation.pk:
            return "-"
        url = reverse("admin:decisions_recommendation_change", args=[recommendation.pk])
        rows = format_html_join(
            "",
            "<li>{}. {} <em>({})</em></li>",
            (
                (c.number, c.text, c.get_outcome_display())
                for c in recommendation.clauses.all()
            ),
        )
        return format_html(
            '<ol style="margin:0">{}</ol><a href="{}">Ret punkterne</a>', rows, url
        )


class DecisionInline(admin.StackedInline):
    model = Decision
    fields = ["heading", "text"]
    extra = 0


class AttachmentInline(admin.TabularInline):
    model = Attachment
    fields = ["position", "title"]
    extra = 0


@admin.register(AgendaItem)
class AgendaItemAdmin(CorrectionRecordingMixin, admin.ModelAdmin):
    list_display = ["number", "title", "meeting", "case_number", "status", "is_closed"]
    list_filter = ["meeting__body", "meeting__date", "status", "is_closed"]
    search_fields = ["title", "case_number"]
    list_select_related = ["meeting__body"]
    raw_id_fields = ["meeting", "case"]
    readonly_fields = ["first_line", "last_line", "created_at", "updated_at"]
    inlines = [RecommendationInline, DecisionInline, AttachmentInline]


@admin.register(FieldCorrection)
class FieldCorrectionAdmin(admin.ModelAdmin):
    list_display = [
        "content_type",
        "object_id",
        "field_name",
        "corrected_by",
        "corrected_at",
    ]
    list_filter = ["content_type", "field_name"]
    list_select_related = ["content_type", "corrected_by"]
    readonly_fields = [
        "content_type",
        "object_id",
        "field_name",
        "corrected_by",
        "corrected_at",
    ]

    def has_add_permission(self, request):
        return False
