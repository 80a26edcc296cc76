"""The admin of webhooks and their deliveries (Danish, like the rest)."""

from django import forms
from django.contrib import admin, messages
from django.db.models import OuterRef, Subquery
from django.utils.html import format_html_join

from minutes.models import may_see_closed_items
from webhooks import services
from webhooks.api.serializers import MIN_SECRET_LENGTH, new_secret
from webhooks.delivery import UnsafeURL, check_url
from webhooks.models import DeliveryStatus, EventType, Webhook, WebhookDelivery


class WebhookForm(forms.ModelForm):
    """The secret is never shown: left empty it is kept (or, for a new
    webhook, generated); typed in, it replaces the old one."""

    secret = forms.CharField(
        label="Ny hemmelighed",
        required=False,
        min_length=MIN_SECRET_LENGTH,
        max_length=200,
        widget=forms.PasswordInput(render_value=False),
        help_text="Lad feltet stå tomt for at beholde den nuværende (en ny "
        "webhook får en tilfældig, som kan ses én gang i beskeden efter "
        "gemning).",
    )
    url = forms.URLField(label="Adresse", max_length=2000, assume_scheme="https")
    events = forms.MultipleChoiceField(
        label="Hændelser",
        choices=EventType.choices,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Webhook
        fields = ["name", "owner", "url", "events", "is_active", "secret"]

    def clean_url(self):
        url = self.cleaned_data["url"]
        try:
            check_url(url)
        except UnsafeURL as error:
            raise forms.ValidationError(str(error)) from None
        return url

    def clean_secret(self):
        secret = self.cleaned_data.get("secret")
        if secret:
            return secret
        # Keep the stored secret; a new webhook gets a generated one.
        return self.instance.secret or ""


class LastDeliveryStatusFilter(admin.SimpleListFilter):
    title = "seneste levering"
    parameter_name = "last_delivery"

    def lookups(self, request, model_admin):
        return DeliveryStatus.choices

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(last_delivery_status=self.value())
        return queryset


@admin.register(Webhook)
class WebhookAdmin(admin.ModelAdmin):
    """Webhooks: where events are sent and which; the secret is never shown."""

    form = WebhookForm
    list_display = [
        "name",
        "url",
        "owner",
        "events_display",
        "is_active",
        "last_delivery_display",
    ]
    list_filter = ["is_active", LastDeliveryStatusFilter]
    list_select_related = ["owner"]
    search_fields = ["name", "url", "owner__username"]
    readonly_fields = ["created_at", "updated_at"]

    def get_queryset(self, request):
        latest = WebhookDelivery.objects.filter(webhook=OuterRef("pk")).order_by(
            "-created_at", "-pk"
        )
        return (
            super()
            .get_queryset(request)
            .annotate(last_delivery_status=Subquery(latest.values("status")[:1]))
        )

    @admin.display(description="hændelser")
    def events_display(self, webhook):
        labels = dict(EventType.choices)
        return format_html_join(
            ", ", "{}", ((labels.get(e, e),) for e in webhook.events)
        )

    @admin.display(description="seneste levering", ordering="last_delivery_status")
    def last_delivery_display(self, webhook):
        status = webhook.last_delivery_status
        return DeliveryStatus(status).label if status else "–"

    def save_model(self, request, obj, form, change):
        generated = not obj.secret
        if generated:
            obj.secret = new_secret()
        super().save_model(request, obj, form, change)
        if generated:
            self.message_user(
                request,
                f"Webhookens hemmelighed er {obj.secret} – gem den nu; den "
                "vises ikke igen.",
                messages.WARNING,
            )


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(admin.ModelAdmin):
    """Deliveries, read-only: what was sent where, and the answer."""

    list_display = [
        "created_at",
        "event",
        "webhook",
        "status",
        "attempts",
        "response_status",
        "next_attempt_at",
    ]
    list_filter = ["status", "event", "webhook"]
    list_select_related = ["webhook"]
    date_hierarchy = "created_at"
    actions = ["retry_now"]
    fields = [
        "webhook",
        "event",
        "uuid",
        "event_id",
        "status",
        "attempts",
        "next_attempt_at",
        "last_attempt_at",
        "response_status",
        "response_body",
        "error",
        "payload_display",
        "created_at",
    ]
    readonly_fields = [*fields, "payload_hidden"]

    @admin.display(description="indhold")
    def payload_display(self, delivery):
        return delivery.payload

    @admin.display(description="indhold")
    def payload_hidden(self, delivery):
        return "Lukket punkt"

    def get_fields(self, request, obj=None):
        # The payload of an event about a closed item is hidden from users
        # who may not see closed items (the closed-item rule).
        fields = list(super().get_fields(request, obj))
        if (
            obj is not None
            and obj.about_closed_item
            and not may_see_closed_items(request.user)
        ):
            fields[fields.index("payload_display")] = "payload_hidden"
        return fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_retry_permission(self, request):
        return request.user.has_perm("webhooks.change_webhook")

    @admin.action(description="Forsøg valgte leveringer igen nu", permissions=["retry"])
    def retry_now(self, request, queryset):
        count = services.retry_now(queryset)
        self.message_user(
            request, f"{count} levering(er) sat i kø igen.", messages.SUCCESS
        )
