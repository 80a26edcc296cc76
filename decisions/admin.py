"""The admin of recommendations, decisions, units and follow-ups.

Follow-ups change only through decisions.services here too, so every change is
in their history and marks them as edited (a re-import keeps them).
"""

import calendar

from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import F
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator

from config.pagination import LargeListAdminMixin
from decisions import exports, services
from decisions.admin_forms import (
    ACTION_TEXT_FIELDS,
    ActionTextForm,
    FollowUpChangeForm,
    ReassignForm,
    TransitionForm,
)
from decisions.extraction import RULES
from decisions.models import FollowUp, FollowUpEvent, FollowUpReminder, Unit, UnitAlias
from decisions.presentation import action_name, describe_changes, source_in_context
from minutes.admin import (
    ClosedItemRuleMixin,
    CorrectionRecordingMixin,
    HelpTextsMixin,
)
from minutes.models import AgendaItem, Clause, Decision, Recommendation

# Danish names of the lifecycle actions, as buttons and action names.
TRANSITION_LABELS = {
    services.FollowUpAction.START: "Sæt i gang",
    services.FollowUpAction.COMPLETE: "Markér som udført",
    services.FollowUpAction.CANCEL: "Annullér",
    services.FollowUpAction.REOPEN: "Genåbn",
}

TRANSITION_SERVICES = {
    services.FollowUpAction.START: services.start_follow_up,
    services.FollowUpAction.COMPLETE: services.complete_follow_up,
    services.FollowUpAction.CANCEL: services.cancel_follow_up,
    services.FollowUpAction.REOPEN: services.reopen_follow_up,
}


class NullsLast(F):
    """A column to sort by with empty values last, ascending and descending
    alike (the admin's sort links call asc() and desc())."""

    def asc(self, **kwargs):
        return super().asc(nulls_last=True)

    def desc(self, **kwargs):
        return super().desc(nulls_last=True)


def run_transition(follow_up, *, action, user, text="", expected_version=None):
    """Run one lifecycle service with its note or reason."""
    text_name, _, _ = ACTION_TEXT_FIELDS[action]
    return TRANSITION_SERVICES[action](
        follow_up=follow_up,
        user=user,
        expected_version=expected_version,
        **{text_name: text},
    )


def error_text(error: Exception) -> str:
    """Return a service error as one line for an admin message."""
    if isinstance(error, services.TransitionNotAllowed):
        return "Status tillader ikke denne handling"
    if isinstance(error, services.StaleVersion):
        return "Opfølgningen er ændret af en anden imens; åbn den igen"
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error)


class ClauseInline(admin.TabularInline):
    model = Clause
    fields = ["number", "text", "outcome"]
    extra = 0


@admin.register(Recommendation)
class RecommendationAdmin(
    ClosedItemRuleMixin, CorrectionRecordingMixin, admin.ModelAdmin
):
    list_display = ["agenda_item", "proposer"]
    list_select_related = ["agenda_item"]
    search_fields = ["proposer", "agenda_item__title", "agenda_item__case_number"]
    raw_id_fields = ["agenda_item"]
    inlines = [ClauseInline]


@admin.register(Clause)
class ClauseAdmin(ClosedItemRuleMixin, CorrectionRecordingMixin, admin.ModelAdmin):
    list_display = ["number", "text", "outcome", "recommendation"]
    list_filter = ["outcome"]
    list_select_related = ["recommendation__agenda_item"]
    search_fields = ["text"]
    raw_id_fields = ["recommendation"]


@admin.register(Decision)
class DecisionAdmin(
    ClosedItemRuleMixin, CorrectionRecordingMixin, HelpTextsMixin, admin.ModelAdmin
):
    list_display = [
        "agenda_item_number",
        "agenda_item_title",
        "meeting",
        "meeting_date",
        "short_text",
    ]
    list_display_links = ["agenda_item_title"]
    list_filter = [
        "agenda_item__meeting__body",
        ("agenda_item__meeting__date", admin.DateFieldListFilter),
        "agenda_item__status",
    ]
    list_select_related = ["agenda_item__meeting__body"]
    search_fields = [
        "heading",
        "text",
        "agenda_item__title",
        "agenda_item__case_number",
    ]
    date_hierarchy = "agenda_item__meeting__date"
    ordering = ["-agenda_item__meeting__date", "agenda_item__position"]
    raw_id_fields = ["agenda_item"]
    help_texts = {
        "heading": "Beslutningens overskrift, fx «Beslutning i Chefforum».",
        "text": "Beslutningen som trykt; opfølgningerne findes i denne tekst.",
    }

    def get_queryset(self, request):
        # A meeting's source text is the whole referat; the list never shows it.
        return (
            super()
            .get_queryset(request)
            .select_related("agenda_item__meeting__body")
            .defer("agenda_item__meeting__source_text")
        )

    @admin.display(description="pkt.", ordering="agenda_item__number")
    def agenda_item_number(self, decision):
        return decision.agenda_item.number

    @admin.display(description="punkt", ordering="agenda_item__title")
    def agenda_item_title(self, decision):
        return Truncator(decision.agenda_item.title).chars(80)

    @admin.display(description="møde", ordering="agenda_item__meeting__body__name")
    def meeting(self, decision):
        meeting = decision.agenda_item.meeting
        return format_html(
            '<a href="{}">{}</a>',
            reverse("admin:minutes_meeting_change", args=[meeting.pk]),
            meeting.body,
        )

    @admin.display(description="mødedato", ordering="agenda_item__meeting__date")
    def meeting_date(self, decision):
        return f"{decision.agenda_item.meeting.date:%d-%m-%Y}"

    @admin.display(description="beslutning")
    def short_text(self, decision):
        return Truncator(decision.text).chars(140)


class UnitAliasInline(admin.TabularInline):
    model = UnitAlias
    fields = ["alias"]
    extra = 1


@admin.register(Unit)
class UnitAdmin(admin.ModelAdmin):
    list_display = ["name", "alias_list", "contact_emails"]
    search_fields = ["name", "aliases__alias", "contact_emails"]
    fields = ["name", "contact_emails"]
    inlines = [UnitAliasInline]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("aliases")

    @admin.display(description="aliaser")
    def alias_list(self, unit):
        return ", ".join(alias.alias for alias in unit.aliases.all())


@admin.register(FollowUpReminder)
class FollowUpReminderAdmin(admin.ModelAdmin):
    """The reminders sent, read-only: what the units were told and when."""

    list_display = ["sent_at", "unit", "kind", "due_date", "follow_up", "recipients"]
    list_filter = ["kind", "unit"]
    list_select_related = ["unit", "follow_up"]
    date_hierarchy = "sent_at"

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .filter(
                follow_up__in=FollowUp.objects.visible_to(request.user).values("pk")
            )
        )

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class OverdueFilter(admin.SimpleListFilter):
    title = "overskredet"
    parameter_name = "overdue"

    def lookups(self, request, model_admin):
        return [("yes", "Overskredet"), ("no", "Ikke overskredet")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.overdue()
        if self.value() == "no":
            return queryset.exclude(pk__in=FollowUp.objects.overdue().values("pk"))
        return queryset


class RuleFilter(admin.SimpleListFilter):
    """The extraction rule that found the follow-up (from the rules registry,
    so the filter costs no query)."""

    title = "regel"
    parameter_name = "rule"

    def lookups(self, request, model_admin):
        return [(rule.name, f"{rule.name}: {rule.description}") for rule in RULES]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(rule=self.value())
        return queryset


class DueThisMonthFilter(admin.SimpleListFilter):
    title = "frist denne måned"
    parameter_name = "due_this_month"

    def lookups(self, request, model_admin):
        return [("yes", "Frist denne måned")]

    def queryset(self, request, queryset):
        if self.value() != "yes":
            return queryset
        today = timezone.localdate()
        last_day = calendar.monthrange(today.year, today.month)[1]
        return queryset.filter(
            due_date__gte=today.replace(day=1),
            due_date__lte=today.replace(day=last_day),
        )


class ResponsibleUnitFilter(admin.SimpleListFilter):
    """Follow-ups of a unit, under its name or any of its aliases."""

    title = "ansvarlig enhed"
    parameter_name = "unit"

    def lookups(self, request, model_admin):
        names = Unit.objects.order_by("name").values_list("name", flat=True)
        return [(name, name) for name in names]

    def queryset(self, request, queryset):
        if self.value() is None:
            return queryset
        # responsible_unit is the unit the responsible names by name or alias.
        return queryset.filter(responsible_unit__name=self.value())


@admin.register(FollowUp)
class FollowUpAdmin(
    LargeListAdminMixin, ClosedItemRuleMixin, HelpTextsMixin, admin.ModelAdmin
):
    form = FollowUpChangeForm
    change_form_template = "admin/decisions/followup/change_form.html"
    change_list_template = "admin/decisions/followup/change_list.html"
    list_display = [
        "short_description",
        "responsible",
        "due",
        "status",
        "origin",
        "agenda_item_link",
    ]
    list_display_links = ["short_description"]
    list_filter = [
        "status",
        OverdueFilter,
        DueThisMonthFilter,
        "agenda_item__meeting__body",
        ResponsibleUnitFilter,
        "origin",
        RuleFilter,
    ]
    list_select_related = ["agenda_item__meeting__body"]
    list_per_page = 50
    search_fields = [
        "description",
        "responsible",
        "source_text",
        "agenda_item__case_number",
    ]
    # Follow-ups without a due date come last, whichever way the list is sorted.
    ordering = [F("due_date").asc(nulls_last=True), "pk"]
    raw_id_fields = ["agenda_item"]
    actions = [
        "start_follow_ups",
        "complete_follow_ups",
        "cancel_follow_ups",
        "reopen_follow_ups",
        "reassign_follow_ups",
    ]
    help_texts = {
        "agenda_item": "Punktet, hvis beslutning skaber opfølgningen.",
        "description": "Hvad der skal ske, i én sætning.",
        "responsible": "Hvem der skal gøre det: en enhed (fx Økonomi & Stab), "
        "et forum eller navngivne personer.",
        "due_date": "Seneste dato, fristen tillader. Tom, hvis teksten ikke "
        "giver en frist.",
        "due_precision": "Hvor præcis fristen er (dag, måned, kvartal ...).",
        "due_text": "Fristen med referatets ord, fx «i februar 2020».",
    }
    # Shown but never edited here: the status changes through the buttons and
    # actions, the rest comes from the import or from the lifecycle.
    readonly_fields = [
        "agenda_item_link",
        "shown_status",
        "origin",
        "source_in_paragraph",
        "rule",
        "confidence",
        "suggested_resolution",
        "resolved_by",
        "completed_at",
        "is_edited",
        "created_at",
        "updated_at",
        "history",
    ]

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return [(None, {"fields": ["agenda_item", *services.EDITABLE_FIELDS]})]
        return [
            (
                None,
                {
                    "fields": [
                        "agenda_item_link",
                        "shown_status",
                        *services.EDITABLE_FIELDS,
                        "version",
                    ]
                },
            ),
            ("Kilde", {"fields": ["origin", "source_in_paragraph"]}),
            (
                "Forløb",
                {
                    "fields": [
                        "suggested_resolution",
                        "resolved_by",
                        "completed_at",
                        "is_edited",
                        "created_at",
                        "updated_at",
                    ]
                },
            ),
            ("Historik", {"fields": ["history"]}),
        ]

    def get_readonly_fields(self, request, obj=None):
        return [] if obj is None else self.readonly_fields

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "agenda_item":
            # A follow-up can be added only to an item the user may see.
            kwargs["queryset"] = AgendaItem.objects.visible_to(request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def has_delete_permission(self, request, obj=None):
        # Cancel instead; only a superuser deletes, and the history stays.
        return request.user.is_superuser and super().has_delete_permission(request, obj)

    def get_queryset(self, request):
        # A meeting's source text is the whole referat; no page here needs it.
        return (
            super()
            .get_queryset(request)
            .select_related("agenda_item__meeting__body")
            .defer("agenda_item__meeting__source_text")
        )

    # -- the list

    @admin.display(description="beskrivelse", ordering="description")
    def short_description(self, follow_up):
        return format_html(
            '<span title="{}">{}</span>',
            follow_up.description,
            Truncator(follow_up.description).chars(110),
        )

    @admin.display(description="frist", ordering=NullsLast("due_date"))
    def due(self, follow_up):
        if follow_up.due_date is None:
            return follow_up.due_text or "–"
        shown = f"{follow_up.due_date:%d-%m-%Y}"
        if follow_up.is_overdue:
            return format_html(
                '<span class="overdue" title="Fristen er overskredet">{} '
                "(overskredet)</span>",
                shown,
            )
        return shown

    @admin.display(description="punkt", ordering="agenda_item__meeting__date")
    def agenda_item_link(self, follow_up):
        item = follow_up.agenda_item
        return format_html(
            '<a href="{}">{} pkt. {}</a>{}',
            reverse("admin:minutes_agendaitem_change", args=[item.pk]),
            item.meeting,
            item.number,
            format_html("<br><small>{}</small>", item.case_number)
            if item.case_number
            else "",
        )

    # -- the change page

    @admin.display(description="status")
    def shown_status(self, follow_up):
        return follow_up.get_status_display()

    @admin.display(description="kildesætning i sit afsnit")
    def source_in_paragraph(self, follow_up):
        context = source_in_context(follow_up)
        if context is None:
            if not follow_up.source_text:
                return "–"
            return format_html(
                "{}<br><small>(Sætningen findes ikke længere i punktets tekst; "
                "den kan være rettet siden.)</small>",
                follow_up.source_text,
            )
        return format_html(
            '<div class="source-paragraph" style="white-space:pre-wrap;'
            'max-width:60em"><strong>{}:</strong> {}<mark>{}</mark>{}</div>',
            context.where,
            context.before,
            context.sentence,
            context.after,
        )

    @admin.display(description="historik")
    def history(self, follow_up):
        events = FollowUpEvent.objects.filter(follow_up=follow_up).select_related(
            "user"
        )
        rows = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            (
                (
                    f"{timezone.localtime(event.at):%d-%m-%Y %H:%M}",
                    action_name(event.action),
                    event.user or "import/script",
                    describe_changes(event),
                    event.note,
                )
                for event in events.order_by("at", "pk")
            ),
        )
        return format_html(
            '<table class="follow-up-history"><thead><tr><th>Tidspunkt</th>'
            "<th>Handling</th><th>Hvem</th><th>Ændret</th><th>Note</th></tr>"
            "</thead><tbody>{}</tbody></table>",
            rows,
        )

    def render_change_form(self, request, context, add=False, change=False, **kw):
        follow_up = context.get("original")
        if follow_up is not None and self.has_change_permission(request, follow_up):
            context["transitions"] = [
                {
                    "action": action,
                    "label": TRANSITION_LABELS[action],
                    "url": reverse(
                        "admin:decisions_followup_transition",
                        args=[follow_up.pk, action],
                    ),
                    "form": TransitionForm(
                        action=action, initial={"version": follow_up.version}
                    ),
                }
                for action in services.allowed_actions(follow_up.status)
            ]
        return super().render_change_form(request, context, add, change, **kw)

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
        try:
            services.update_follow_up(
                follow_up=obj,
                changes={name: form.cleaned_data[name] for name in changed},
                user=request.user,
                expected_version=form.cleaned_data.get("version"),
            )
        except services.StaleVersion:
            # Changed in the instant between the form's check and the save.
            self.message_user(
                request, error_text(services.StaleVersion()), messages.ERROR
            )

    def delete_model(self, request, obj):
        self._record_deletion(request, [obj])
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        self._record_deletion(request, list(queryset))
        super().delete_queryset(request, queryset)

    def _record_deletion(self, request, follow_ups):
        """Write a last history entry; the history outlives the follow-up."""
        FollowUpEvent.objects.bulk_create(
            FollowUpEvent(
                follow_up=follow_up,
                user=request.user,
                action="deleted",
                from_status=follow_up.status,
                note=f"Slettet: {follow_up.description}",
                changes={"agenda_item": str(follow_up.agenda_item)},
            )
            for follow_up in follow_ups
        )

    def changelist_view(self, request, extra_context=None):
        # The export links carry the list's current filters, search and order.
        query = request.GET.copy()
        query.pop("p", None)
        suffix = f"?{query.urlencode()}" if query else ""
        export_urls = [
            (label, reverse("admin:decisions_followup_export", args=[kind]) + suffix)
            for kind, label in [("csv", "Eksportér CSV"), ("xlsx", "Eksportér Excel")]
        ]
        return super().changelist_view(
            request, {**(extra_context or {}), "export_urls": export_urls}
        )

    def export_view(self, request, kind):
        """The follow-ups of the list as filtered, as CSV or XLSX."""
        if kind not in ("csv", "xlsx"):
            return redirect("admin:decisions_followup_changelist")
        if not self.has_view_permission(request):
            raise PermissionDenied
        try:
            changelist = self.get_changelist_instance(request)
            follow_ups = changelist.get_queryset(request)
        except IncorrectLookupParameters:
            return redirect(reverse("admin:decisions_followup_changelist") + "?e=1")
        try:
            follow_ups = exports.bounded(follow_ups)
        except exports.TooManyRows as error:
            self.message_user(request, str(error), messages.ERROR)
            # Back to the list as filtered, where the message shows.
            changelist = reverse("admin:decisions_followup_changelist")
            query = request.GET.urlencode()
            return redirect(f"{changelist}?{query}" if query else changelist)
        stamp = f"{timezone.localdate():%Y-%m-%d}"
        if kind == "csv":
            response = HttpResponse(
                exports.to_csv(follow_ups), content_type="text/csv; charset=utf-8"
            )
        else:
            response = HttpResponse(
                exports.to_xlsx(follow_ups),
                content_type="application/vnd.openxmlformats-officedocument"
                ".spreadsheetml.sheet",
            )
        response["Content-Disposition"] = (
            f'attachment; filename="opfoelgninger-{stamp}.{kind}"'
        )
        return response

    def get_urls(self):
        return [
            path(
                "export/<str:kind>/",
                self.admin_site.admin_view(self.export_view),
                name="decisions_followup_export",
            ),
            path(
                "<path:object_id>/status/<str:action>/",
                self.admin_site.admin_view(self.transition_view),
                name="decisions_followup_transition",
            ),
            *super().get_urls(),
        ]

    def transition_view(self, request, object_id, action):
        """Change the follow-up's status from its page, with note or reason."""
        follow_up = self.get_object(request, object_id)
        if follow_up is None or action not in TRANSITION_SERVICES:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if request.method != "POST" or not self.has_change_permission(
            request, follow_up
        ):
            raise PermissionDenied
        page = reverse("admin:decisions_followup_change", args=[follow_up.pk])
        form = TransitionForm(request.POST, action=action)
        if not form.is_valid():
            self.message_user(
                request,
                f"{TRANSITION_LABELS[action]}: "
                + " ".join(e for errors in form.errors.values() for e in errors),
                messages.ERROR,
            )
            return redirect(page)
        try:
            run_transition(
                follow_up,
                action=action,
                user=request.user,
                text=form.cleaned_data["text"],
                expected_version=form.cleaned_data["version"],
            )
        except (
            services.TransitionNotAllowed,
            services.StaleVersion,
            ValidationError,
        ) as error:
            self.message_user(
                request, f"{TRANSITION_LABELS[action]}: {error_text(error)}.", "error"
            )
        else:
            self.message_user(
                request,
                f"Status ændret til «{follow_up.get_status_display()}».",
                messages.SUCCESS,
            )
        return redirect(page)

    # -- actions on the list, each asking for its note, reason or responsible

    @admin.action(description="Sæt valgte opfølgninger i gang", permissions=["change"])
    def start_follow_ups(self, request, queryset):
        return self._transition_action(
            request, queryset, services.FollowUpAction.START, "start_follow_ups"
        )

    @admin.action(
        description="Markér valgte opfølgninger som udført", permissions=["change"]
    )
    def complete_follow_ups(self, request, queryset):
        return self._transition_action(
            request, queryset, services.FollowUpAction.COMPLETE, "complete_follow_ups"
        )

    @admin.action(description="Annullér valgte opfølgninger", permissions=["change"])
    def cancel_follow_ups(self, request, queryset):
        return self._transition_action(
            request, queryset, services.FollowUpAction.CANCEL, "cancel_follow_ups"
        )

    @admin.action(description="Genåbn valgte opfølgninger", permissions=["change"])
    def reopen_follow_ups(self, request, queryset):
        return self._transition_action(
            request, queryset, services.FollowUpAction.REOPEN, "reopen_follow_ups"
        )

    @admin.action(
        description="Giv valgte opfølgninger en ny ansvarlig", permissions=["change"]
    )
    def reassign_follow_ups(self, request, queryset):
        form = ReassignForm(request.POST if "apply" in request.POST else None)
        if not form.is_valid():
            return self._action_page(
                request, queryset, form, "reassign_follow_ups", "Ny ansvarlig"
            )
        responsible = form.cleaned_data["responsible"]
        return self._apply(
            request,
            queryset,
            lambda follow_up: services.update_follow_up(
                follow_up=follow_up,
                changes={"responsible": responsible},
                user=request.user,
            ),
        )

    def _transition_action(self, request, queryset, action, name):
        form = ActionTextForm(
            request.POST if "apply" in request.POST else None, action=action
        )
        if not form.is_valid():
            return self._action_page(
                request, queryset, form, name, TRANSITION_LABELS[action]
            )
        text = form.cleaned_data["text"]
        return self._apply(
            request,
            queryset,
            lambda follow_up: run_transition(
                follow_up, action=action, user=request.user, text=text
            ),
        )

    def _action_page(self, request, queryset, form, action_name, title):
        """The intermediate page of an action: its form and the follow-ups."""
        return TemplateResponse(
            request,
            "admin/decisions/followup/action_form.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.opts,
                "title": title,
                "form": form,
                "action_name": action_name,
                "follow_ups": queryset,
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
                "media": self.media + form.media,
            },
        )

    def _apply(self, request, queryset, change):
        """Change each selected follow-up through a service; report the ones
        its status (or a concurrent change) did not allow."""
        changed, refused = 0, []
        for follow_up in queryset:
            try:
                change(follow_up)
            except (
                services.TransitionNotAllowed,
                services.StaleVersion,
                ValidationError,
            ) as error:
                refused.append(f"«{follow_up}» ({error_text(error)})")
            else:
                changed += 1
        if changed:
            self.message_user(
                request, f"{changed} opfølgning(er) ændret.", messages.SUCCESS
            )
        if refused:
            self.message_user(
                request,
                f"{len(refused)} opfølgning(er) kunne ikke ændres: "
                + ", ".join(refused),
                messages.WARNING,
            )
