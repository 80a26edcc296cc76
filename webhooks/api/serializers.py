"""HTTP shapes of webhooks and their deliveries."""

import secrets

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from decisions.api.serializers import StrictInputSerializer
from webhooks.delivery import UnsafeURL, check_url
from webhooks.models import EventType, Webhook, WebhookDelivery

# A generated secret: 32 random bytes, URL-safe base64 (43 characters).
SECRET_BYTES = 32
MIN_SECRET_LENGTH = 16

EVENTS_HELP = (
    "The events to send: follow_up.created, follow_up.changed, "
    "follow_up.status_changed, follow_up.overdue, meeting.imported."
)


def new_secret() -> str:
    return secrets.token_urlsafe(SECRET_BYTES)


class WebhookSerializer(serializers.ModelSerializer):
    """A webhook: where events are POSTed, and which. The secret is never shown
    again after the answer that created it."""

    url = serializers.HyperlinkedIdentityField(view_name="webhook-detail")
    target_url = serializers.URLField(
        source="url",
        read_only=True,
        help_text="Where the events are POSTed.",
    )
    events = serializers.ListField(
        child=serializers.ChoiceField(choices=EventType.choices),
        read_only=True,
        help_text=EVENTS_HELP,
    )
    owner = serializers.CharField(
        source="owner.username",
        read_only=True,
        help_text="The user who registered the webhook.",
    )
    deliveries_url = serializers.HyperlinkedIdentityField(
        view_name="webhook-deliveries",
        help_text="The webhook's deliveries, newest first.",
    )

    class Meta:
        model = Webhook
        fields = [
            "id",
            "url",
            "name",
            "target_url",
            "events",
            "is_active",
            "owner",
            "deliveries_url",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields
        extra_kwargs = {
            "name": {"help_text": "A name for people."},
            "is_active": {"help_text": "Only an active webhook is sent events."},
        }


class WebhookCreatedSerializer(WebhookSerializer):
    """A webhook just created, with its secret: the only time it is shown."""

    secret = serializers.CharField(
        read_only=True,
        help_text="The key of the signature (X-Webhook-Signature: sha256=<hex "
        "HMAC-SHA256 of the body>). Shown only in this answer: keep it.",
    )

    class Meta(WebhookSerializer.Meta):
        fields = [*WebhookSerializer.Meta.fields, "secret"]
        read_only_fields = fields


class StrictBooleanField(serializers.BooleanField):
    """true or false only: DRF would also take 0, 1, "yes" and "off"."""

    def to_internal_value(self, data):
        if not isinstance(data, bool):
            self.fail("invalid", input=data)
        return data


class WebhookInputSerializer(StrictInputSerializer):
    """A webhook to register (POST) or the fields to change (PATCH)."""

    name = serializers.CharField(max_length=200, help_text="A name for people.")
    target_url = serializers.URLField(
        max_length=2000,
        help_text="Where to POST the events: https (http only where the "
        "server allows it), on a public address.",
    )
    events = serializers.ListField(
        child=serializers.ChoiceField(choices=EventType.choices),
        min_length=1,
        max_length=len(EventType.choices),
        help_text=EVENTS_HELP,
    )
    is_active = StrictBooleanField(
        required=False, help_text="Only an active webhook is sent events."
    )
    secret = serializers.CharField(
        required=False,
        write_only=True,
        min_length=MIN_SECRET_LENGTH,
        max_length=200,
        help_text="The key of the signature; one is generated (and shown once) "
        "when a new webhook is registered without it. Never shown afterwards.",
    )

    def validate_target_url(self, value):
        try:
            check_url(value)
        except UnsafeURL as error:
            raise serializers.ValidationError(str(error), code="invalid") from None
        return value

    def validate_events(self, value):
        # The order of the choices, each once.
        return [event for event in EventType.values if event in value]


class WebhookDeliverySerializer(serializers.ModelSerializer):
    """One event sent to a webhook, with the outcome of its latest attempt."""

    id = serializers.UUIDField(
        source="uuid", read_only=True, help_text="The X-Webhook-Delivery header."
    )
    event_id = serializers.UUIDField(
        read_only=True, help_text="The payload's id, the same in every webhook."
    )
    payload = serializers.SerializerMethodField()

    class Meta:
        model = WebhookDelivery
        fields = [
            "id",
            "event",
            "event_id",
            "status",
            "attempts",
            "next_attempt_at",
            "last_attempt_at",
            "response_status",
            "response_body",
            "error",
            "payload",
            "created_at",
        ]
        read_only_fields = fields
        extra_kwargs = {
            "event": {"help_text": "The event: one of the events, or ping."},
            "status": {
                "help_text": "pending (waiting for an attempt), succeeded (a 2xx "
                "answer) or failed (no attempts left)."
            },
            "attempts": {"help_text": "Attempts made so far."},
            "next_attempt_at": {"help_text": "When the next attempt is due."},
            "last_attempt_at": {"help_text": "When the latest attempt was made."},
            "response_status": {
                "help_text": "The HTTP status of the latest answer; null without one."
            },
            "response_body": {
                "help_text": "The start of the latest answer (up to 2000 characters)."
            },
            "error": {
                "help_text": "Why the latest attempt got no answer (timeout, "
                "refused connection, refused address)."
            },
            "created_at": {"help_text": "When the event happened."},
        }

    @extend_schema_field(
        {
            "type": "object",
            "nullable": True,
            "additionalProperties": True,
            "description": "What was sent; null for an event about a closed "
            "agenda item when the requesting user may not see closed items.",
        }
    )
    def get_payload(self, delivery):
        if delivery.about_closed_item and not self.context.get(
            "may_see_closed_items", False
        ):
            return None
        return delivery.payload
