"""The admin of recommendations, decisions, units and follow-ups.

Follow-ups change only through decisions.services here too, so every change is
in their history and marks them as edited (a re-import keeps them).
"""

from django.contrib import admin, messages

from config.exceptions import Conflict
from decisions import services
from decisions.models import (
    Clause,
    Decision,
    FollowUp,
    FollowUpEvent,
    Recommendation,
    Unit,
    UnitAlias,
)
from minutes.admin import CorrectionRecordingMixin

CANCELLED_IN_ADMIN = "Annulleret i admin"


class ClauseInline(admin.TabularInline):
    model = Clause
    fields = ["number", "text", "outcome"]
    extra = 0


@admin.register(Recommendation)
class RecommendationAdmin(CorrectionRecordingMixin, admin.ModelAdmin):
    list_display = ["agenda_item", "proposer"]
    list_select_related = ["agenda_item"]
    search_fields = ["proposer", "agenda_item__title", "agenda_item__case_number"]
    raw_id_fields = ["agenda_item"]
    inlines = [ClauseInline]


@admin.register(Clause)
class ClauseAdmin(CorrectionRecordingMixin, admin.ModelAdmin):
    list_display = ["number", "text", "outcome", "recommendation"]
    list_filter = ["outcome"]
    list_select_related = ["recommendation__agenda_item"]
    search_fields = ["text"]
    raw_id_fields = ["recommendation"]


@admin.register(Decision)
class DecisionAdmin(CorrectionRecordingMixin, admin.ModelAdmin):
    list_display = ["agenda_item", "heading"]
    list_select_related = ["agenda_item"]
    search_fields = ["heading", "text", "agenda_item__case_number"]
    raw_id_fields = ["agenda_item"]


class UnitAliasInline(admin.TabularInline):
    model = UnitAlias
    fields = ["alias"]
    extra = 1


@admin.register(Unit)
class UnitAdmin(admin.ModelAdmin):
    list_display = ["name", "alias_list"]
    search_fields = ["name", "aliases__alias"]
    inlines = [UnitAliasInline]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("aliases")

    @admin.display(description="aliaser")
    def alias_list(self, unit):
        return ", ".join(alias.alias for alias in unit.aliases.all())


class FollowUpEventInline(admin.TabularInline):
    model = FollowUpEvent
    fields = ["at", "user", "action", "from_status", "to_status", "note", "changes"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("user")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(FollowUp)
class FollowUpAdmin(admin.ModelAdmin):
    list_display = [
        "description",
        "responsible",
        "due_date",
        "status",
        "origin",
        "agenda_item",
        "meeting",
    ]
    list_filter = ["status", "origin", "due_precision", "agenda_item__meeting__body"]
    list_select_related = ["agenda_item__meeting__body"]
    search_fields = [
        "description",
        "responsible",
        "source_text",
        "agenda_item__case_number",
    ]
    date_hierarchy = "due_date"
    raw_id_fields = ["agenda_item"]
    inlines = [FollowUpEventInline]
    actions = ["mark_in_progress", "mark_done", "mark_cancelled"]
    # Shown but never edited here: the status changes through the actions, the
    # rest comes from the import or from the lifecycle.
    readonly_fields = [
        "status",
        "origin",
        "rule", "confidence",
        "source_text",
        "source_start",
        "source_end",
        "suggested_resolution",
        "resolved_by",
        "completed_at",
        "is_edited",
        "version",
        "created_at",
        "updated_at",
    ]

    def get_fields(self, request, obj=None):
        if obj is None:
            return ["agenda_item", *services.EDITABLE_FIELDS]
        return ["agenda_item", *services.EDITABLE_FIELDS, *self.readonly_fields]

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return []
        # Moving a follow-up to another agenda item is not a correction.
        return ["agenda_item", *self.readonly_fields]

    @admin.display(description="møde", ordering="agenda_item__meeting__date")
    def meeting(self, follow_up):
        return follow_up.agenda_item.meeting

    def save_model(self, request, obj, form, change):
        if not change:
            created = services.create_follow_up(
                user=request.user,
                agenda_item=form.cleaned_data["agenda_item"],
                **{name: form.cleaned_data[name] for name in services.EDITABLE_FIELDS},
            )
            # The admin goes on to the inlines and its message with this object.
            obj.pk = created.pk
            obj.refresh_from_db()
            return
        changed = [
            name for name in form.changed_data if name in services.EDITABLE_FIELDS
        ]
        services.update_follow_up(
            follow_up=obj,
            changes={name: form.cleaned_data[name] for name in changed},
            user=request.user,
        )

    @admin.action(description="Markér som i gang", permissions=["change"])
    def mark_in_progress(self, request, queryset):
        self._change_status(request, queryset, services.start_follow_up)

    @admin.action(description="Markér som udført", permissions=["change"])
    def mark_done(self, request, queryset):
        self._change_status(request, queryset, services.complete_follow_up)

    @admin.action(description="Markér som annulleret", permissions=["change"])
    def mark_cancelled(self, request, queryset):
        self._change_status(
            request, queryset, services.cancel_follow_up, reason=CANCELLED_IN_ADMIN
        )

    def _change_status(self, request, queryset, service, **arguments):
        """Run a lifecycle service on each selected follow-up; report the ones
        whose status does not allow it."""
        changed, refused = 0, []
        for follow_up in queryset:
            try:
                service(follow_up=follow_up, user=request.user, **arguments)
            except Conflict:
                refused.append(follow_up)
            else:
                changed += 1
        if changed:
            self.message_user(
                request, f"{changed} opfølgning(er) ændret.", messages.SUCCESS
            )
        if refused:
            self.message_user(
                request,
                f"{len(refused)} opfølgning(er) kunne ikke ændres i deres "
                "nuværende status: "
                + ", ".join(f"«{follow_up}»" for follow_up in refused),
                messages.WARNING,
            )
