"""Webhooks: endpoints integrators register, and every delivery made to them."""

from uuid import uuid4

from django.conf import settings
from django.db import models


class EventType(models.TextChoices):
    """The events a webhook can subscribe to."""

    FOLLOW_UP_CREATED = "follow_up.created", "Opfølgning oprettet"
    FOLLOW_UP_CHANGED = "follow_up.changed", "Opfølgning ændret"
    FOLLOW_UP_STATUS_CHANGED = "follow_up.status_changed", "Opfølgnings status ændret"
    FOLLOW_UP_OVERDUE = "follow_up.overdue", "Opfølgning overskredet"
    MEETING_IMPORTED = "meeting.imported", "Møde importeret"


# Sent on request only (the API's ping), never subscribed to.
PING = "ping"


class Webhook(models.Model):
    """An endpoint an integrator registered: the events it wants, POSTed to its
    URL as JSON signed with its secret."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="ejer",
        on_delete=models.CASCADE,
        related_name="webhooks",
    )
    name = models.CharField("navn", max_length=200)
    url = models.URLField("adresse", max_length=2000)
    secret = models.CharField(
        "hemmelighed",
        max_length=200,
        help_text="Nøglen, som hver levering signeres med (HMAC-SHA256).",
    )
    events = models.JSONField(
        "hændelser",
        default=list,
        help_text="Hændelserne, webhooket modtager.",
    )
    is_active = models.BooleanField("aktiv", default=True, db_index=True)
    created_at = models.DateTimeField("oprettet", auto_now_add=True)
    updated_at = models.DateTimeField("ændret", auto_now=True)

    class Meta:
        verbose_name = "webhook"
        verbose_name_plural = "webhooks"
        ordering = ["name", "pk"]
        indexes = [
            models.Index(fields=["owner", "name"], name="webhooks_owner_name_idx")
        ]

    def __str__(self):
        return self.name


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", "Venter"
    SUCCEEDED = "succeeded", "Leveret"
    FAILED = "failed", "Fejlet"


class WebhookDelivery(models.Model):
    """One event sent (or to be sent) to one webhook, with the outcome of its
    latest attempt."""

    webhook = models.ForeignKey(
        Webhook,
        verbose_name="webhook",
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    # The delivery's own id (X-Webhook-Delivery); event_id is the event's,
    # the same in every webhook's delivery of it (the payload's `id`).
    uuid = models.UUIDField("leverings-id", default=uuid4, unique=True)
    event = models.CharField("hændelse", max_length=40, db_index=True)
    event_id = models.UUIDField("hændelses-id", default=uuid4)
    payload = models.JSONField("indhold")
    # Whether the event concerns a closed agenda item: its payload is shown
    # only to users who may see closed items.
    about_closed_item = models.BooleanField("om lukket punkt", default=False)
    status = models.CharField(
        "status",
        max_length=20,
        choices=DeliveryStatus,
        default=DeliveryStatus.PENDING,
        db_index=True,
    )
    attempts = models.PositiveIntegerField("forsøg", default=0)
    next_attempt_at = models.DateTimeField("næste forsøg", null=True, blank=True)
    last_attempt_at = models.DateTimeField("seneste forsøg", null=True, blank=True)
    response_status = models.PositiveIntegerField("svarkode", null=True, blank=True)
    response_body = models.TextField("svar (uddrag)", blank=True)
    error = models.TextField("fejl", blank=True)
    created_at = models.DateTimeField("oprettet", auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField("ændret", auto_now=True)

    class Meta:
        verbose_name = "levering"
        verbose_name_plural = "leveringer"
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(
                fields=["webhook", "-created_at"], name="webhooks_delivery_newest_idx"
            )
        ]

    def __str__(self):
        return f"{self.event} → {self.webhook} ({self.get_status_display()})"


class OverdueNotice(models.Model):
    """A follow-up.overdue event emitted for one follow-up and due date; kept
    so the daily command emits each only once."""

    follow_up = models.ForeignKey(
        "decisions.FollowUp",
        verbose_name="opfølgning",
        on_delete=models.CASCADE,
        related_name="overdue_notices",
    )
    due_date = models.DateField("frist")
    sent_at = models.DateTimeField("udsendt", auto_now_add=True)

    class Meta:
        verbose_name = "overskridelse udsendt"
        verbose_name_plural = "overskridelser udsendt"
        constraints = [
            models.UniqueConstraint(
                fields=["follow_up", "due_date"],
                name="%(app_label)s_%(class)s_once_per_due_date",
            )
        ]

    def __str__(self):
        return f"{self.follow_up} ({self.due_date})"
