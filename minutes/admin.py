"""The admin: where the secretariat corrects what an import got wrong.

Every field changed here is recorded as a FieldCorrection, so a later import
of a newer version of the same minutes keeps it.

Closed items (lukkede punkter) follow the one rule in minutes.models: without
the permission "Kan se lukkede punkter" a closed item is its number, "Lukket"
and its case number, read-only, and nothing that belongs to it is listed,
searchable or reachable.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from config.pagination import LargeListAdminMixin
from decisions.models import FollowUp
from minutes.admin_forms import AgendaItemForm, MeetingForm
from minutes.models import (
    CLOSED_TITLE,
    AgendaItem,
    AgendaItemStatus,
    Attachment,
    Body,
    Decision,
    FieldCorrection,
    Meeting,
    Recommendation,
    may_see_closed_items,
)
from minutes.parsing.types import MinutesError
from minutes.services import record_corrections, reparse_meeting


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


class HelpTextsMixin:
    """Add help texts for the fields a secretariat edits, without changing the
    models (and so without migrations)."""

    help_texts: dict[str, str] = {}

    def get_form(self, request, obj=None, change=False, **kwargs):
        kwargs.setdefault("help_texts", self.help_texts)
        return super().get_form(request, obj, change, **kwargs)

    def get_formset(self, request, obj=None, **kwargs):
        kwargs.setdefault("help_texts", self.help_texts)
        return super().get_formset(request, obj, **kwargs)


class ClosedItemRuleMixin:
    """Hide the rows of closed agenda items from users without the permission,
    in the changelist, its search and filters, the change page and actions."""

    def get_queryset(self, request):
        return super().get_queryset(request).visible_to(request.user)


class VisibleStatusFilter(admin.SimpleListFilter):
    """The agenda item status filter; a closed item's status is not revealed to
    users without the permission, so filtering by status leaves them out."""

    title = "status"
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return AgendaItemStatus.choices

    def queryset(self, request, queryset):
        if self.value() is None:
            return queryset
        return queryset.filter(status=self.value()).visible_to(request.user)


@admin.register(Body)
class BodyAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


class AgendaItemInline(HelpTextsMixin, admin.TabularInline):
    model = AgendaItem
    fields = ["number", "title", "case_number", "status", "is_closed"]
    extra = 0
    show_change_link = True
    help_texts = {
        "number": "Nummeret som trykt i referatet.",
        "is_closed": "Lukkede punkter vises kun med nummer og sagsnummer.",
    }

    def get_fields(self, request, obj=None):
        if may_see_closed_items(request.user):
            return self.fields
        return ["number", "shown_title", "case_number", "shown_status", "is_closed"]

    def get_readonly_fields(self, request, obj=None):
        # Without the closed-item permission the list of items is read-only:
        # editing it would show a closed item's title and status in a form.
        if may_see_closed_items(request.user):
            return []
        return self.get_fields(request, obj)

    def has_add_permission(self, request, obj=None):
        return may_see_closed_items(request.user) and super().has_add_permission(
            request, obj
        )

    def has_delete_permission(self, request, obj=None):
        return may_see_closed_items(request.user) and super().has_delete_permission(
            request, obj
        )

    @admin.display(description="titel")
    def shown_title(self, item):
        return CLOSED_TITLE if item.is_closed else item.title

    @admin.display(description="status")
    def shown_status(self, item):
        return "–" if item.is_closed else item.get_status_display()


@admin.register(Meeting)
class MeetingAdmin(
    LargeListAdminMixin, CorrectionRecordingMixin, HelpTextsMixin, admin.ModelAdmin
):
    form = MeetingForm
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
    ]
    inlines = [AgendaItemInline]
    actions = ["reread_from_source"]
    help_texts = {
        "date": "Mødedatoen, fx 03.03.2026.",
        "location": "Mødested, fx Mødelokale 1.",
        "absentees": "Fraværende ved hele mødet, én pr. linje.",
    }

    def get_actions(self, request):
        actions = super().get_actions(request)
        # The preview names every item it would change, closed ones too.
        if not may_see_closed_items(request.user):
            actions.pop("reread_from_source", None)
        return actions

    @admin.action(
        description="Læs valgte møder igen fra kildeteksten", permissions=["change"]
    )
    def reread_from_source(self, request, queryset):
        """Preview what the current parser would change; apply on confirmation,
        keeping hand corrections."""
        apply = "apply" in request.POST
        previews, failed = [], []
        for meeting in queryset.select_related("body"):
            try:
                report = reparse_meeting(meeting, dry_run=not apply, force=True)
            except (MinutesError, ValidationError) as error:
                failed.append(
                    f"{meeting}: {' '.join(getattr(error, 'messages', [str(error)]))}"
                )
            else:
                previews.append((meeting, report))
        for message in failed:
            self.message_user(request, message, messages.ERROR)
        if apply:
            changed = sum(report.outcome == "updated" for _, report in previews)
            self.message_user(
                request,
                f"{len(previews)} møde(r) læst igen, {changed} ændret; "
                "manuelle rettelser er bevaret.",
                messages.SUCCESS,
            )
            return None
        if not previews:
            return None
        return TemplateResponse(
            request,
            "admin/minutes/meeting/reread_preview.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.opts,
                "title": "Læs igen fra kildeteksten",
                "previews": [
                    (meeting, report.lines()[1:]) for meeting, report in previews
                ],
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            },
        )

    def change_view(self, request, object_id, form_url="", extra_context=None):
        # The referat as imported, read-only below the form; closed items are
        # redacted for users without the permission.
        meeting = self.get_object(request, object_id)
        if meeting is not None:
            extra_context = {
                **(extra_context or {}),
                "source_text": meeting.source_text_for(
                    request.user, meeting.agenda_items.all()
                ),
            }
        return super().change_view(request, object_id, form_url, extra_context)


class RecommendationInline(admin.StackedInline):
    model = Recommendation
    fields = ["proposer", "note", "clause_list"]
    readonly_fields = ["clause_list"]
    extra = 0

    @admin.display(description="indstillingspunkter")
    def clause_list(self, recommendation):
        if not recommendation.pk:
            return "-"
        url = reverse("admin:minutes_recommendation_change", args=[recommendation.pk])
        rows = format_html_join(
            "",
            "<li>{}. {} <em>({})</em></li>",
            (
                (c.number, c.text, c.get_outcome_display())
                for c in recommendation.clauses.all()
            ),
        )
        return format_html(
            '<ul style="margin:0;list-style:none;padding:0">{}</ul>'
            '<a href="{}">Ret punkterne</a>',
            rows,
            url,
        )


class DecisionInline(HelpTextsMixin, admin.StackedInline):
    model = Decision
    fields = ["heading", "text"]
    extra = 0
    help_texts = {
        "heading": "Beslutningens overskrift, fx «Beslutning i Chefforum».",
        "text": "Beslutningen som trykt; opfølgningerne findes i denne tekst.",
    }


class AttachmentInline(admin.TabularInline):
    model = Attachment
    fields = ["position", "title"]
    extra = 0


class FollowUpInline(admin.TabularInline):
    model = FollowUp
    fk_name = "agenda_item"
    fields = ["description", "responsible", "due_date", "status"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True
    verbose_name_plural = "opfølgninger (ret dem på deres egen side)"

    def has_add_permission(self, request, obj=None):
        # Follow-ups are created through decisions.services, on their own page.
        return False


@admin.register(AgendaItem)
class AgendaItemAdmin(
    LargeListAdminMixin, CorrectionRecordingMixin, HelpTextsMixin, admin.ModelAdmin
):
    form = AgendaItemForm
    list_display = [
        "number",
        "shown_title",
        "meeting",
        "case_number",
        "shown_status",
        "is_closed",
    ]
    list_filter = ["meeting__body", "meeting__date", VisibleStatusFilter, "is_closed"]
    search_fields = ["title", "case_number"]
    list_select_related = ["meeting__body"]
    raw_id_fields = ["meeting"]
    readonly_fields = [
        "source_lines",
        "first_line",
        "last_line",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "meeting",
                    ("number", "position"),
                    "title",
                    "case_number",
                    "presenter",
                    ("planned_start", "planned_end"),
                    ("status", "is_closed"),
                ]
            },
        ),
        ("Afsnit", {"fields": ["sections"]}),
        ("Deltagelse", {"fields": ["absentees", "participants"]}),
        ("Sagsforløb", {"fields": ["prior_decisions"]}),
        (
            "Originaltekst",
            {
                "fields": [
                    "source_lines",
                    ("first_line", "last_line"),
                    ("created_at", "updated_at"),
                ],
                "description": "Punktet som det står i det importerede referat; "
                "kan ikke rettes.",
            },
        ),
    ]
    inlines = [RecommendationInline, DecisionInline, AttachmentInline, FollowUpInline]
    help_texts = {
        "number": "Nummeret som trykt i referatet (kan være løbende over året).",
        "position": "Punktets plads i mødets rækkefølge.",
        "title": "Titlen uden fremlægger og tidsrum.",
        "case_number": "Sagsnummeret, fx 00.01.00-A00-3-17 eller 15/7111.",
        "status": "Udsatte punkter skal tilbage på dagsordenen.",
        "is_closed": "Lukkede punkter vises kun med nummer og sagsnummer for "
        "brugere uden tilladelsen «Kan se lukkede punkter».",
    }
    # What a user without the closed-item permission sees of a closed item.
    closed_fields = ["meeting", "number", "shown_title", "case_number", "is_closed"]

    @admin.display(description="titel")
    def shown_title(self, item):
        return CLOSED_TITLE if item.is_closed else item.title

    @admin.display(description="status")
    def shown_status(self, item):
        return "–" if item.is_closed else item.get_status_display()

    @admin.display(description="tekst i referatet")
    def source_lines(self, item):
        if not item.first_line or not item.meeting.source_text:
            return "–"
        lines = item.meeting.source_text.split("\n")
        last = max(item.last_line, item.first_line)
        return format_html(
            '<pre class="source-text" style="white-space:pre-wrap;max-height:30em;'
            'overflow:auto;max-width:60em">{}</pre>',
            "\n".join(lines[item.first_line - 1 : last]),
        )

    def get_list_display(self, request):
        if may_see_closed_items(request.user):
            return ["number", "title", "meeting", "case_number", "status", "is_closed"]
        return self.list_display

    def _hidden(self, request, obj):
        return obj is not None and obj.is_hidden_from(request.user)

    def get_fieldsets(self, request, obj=None):
        if self._hidden(request, obj):
            return [(None, {"fields": self.closed_fields})]
        return super().get_fieldsets(request, obj)

    def get_readonly_fields(self, request, obj=None):
        if self._hidden(request, obj):
            return self.closed_fields
        if obj is None:
            return ["first_line", "last_line", "created_at", "updated_at"]
        return self.readonly_fields

    def get_inlines(self, request, obj):
        if self._hidden(request, obj):
            return []
        return self.inlines

    def has_change_permission(self, request, obj=None):
        if self._hidden(request, obj):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if self._hidden(request, obj):
            return False
        return super().has_delete_permission(request, obj)

    def get_search_results(self, request, queryset, search_term):
        if may_see_closed_items(request.user) or not search_term:
            return super().get_search_results(request, queryset, search_term)
        # A closed item is found by its case number only, never by its title.
        open_items, may_have_duplicates = super().get_search_results(
            request, queryset.filter(is_closed=False), search_term
        )
        closed_items = queryset.filter(
            is_closed=True, case_number__icontains=search_term
        )
        return open_items | closed_items, may_have_duplicates

    def history_view(self, request, object_id, extra_context=None):
        item = self.get_object(request, object_id)
        if self._hidden(request, item):
            raise PermissionDenied
        return super().history_view(request, object_id, extra_context)


@admin.register(Attachment)
class AttachmentAdmin(ClosedItemRuleMixin, admin.ModelAdmin):
    list_display = ["title", "agenda_item"]
    list_select_related = ["agenda_item"]
    search_fields = ["title", "agenda_item__case_number"]
    raw_id_fields = ["agenda_item"]


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
