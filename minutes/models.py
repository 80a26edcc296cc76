"""Meetings and their agenda items, as read from a forum's minutes."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.text import slugify

# Danish letters slugify would drop: "Økonomiudvalget" must not become "konomiudvalget".
_SLUG_TRANSLATION = str.maketrans(
    {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"}
)


def danish_slugify(value: str) -> str:
    """Return a URL slug that keeps æ, ø and å readable (ae, oe, aa)."""
    return slugify(value.translate(_SLUG_TRANSLATION))


class AgendaItemStatus(models.TextChoices):
    HANDLED = "handled", "Behandlet"
    POSTPONED = "postponed", "Udsat"
    WITHDRAWN = "withdrawn", "Taget af dagsordenen"


class Body(models.Model):
    """A forum that meets and publishes minutes: a committee, a council or a
    management forum."""

    name = models.CharField("navn", max_length=200, unique=True)
    slug = models.SlugField("kort navn", max_length=200, unique=True)

    class Meta:
        verbose_name = "forum"
        verbose_name_plural = "fora"
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = danish_slugify(self.name)[:200] or "forum"
        super().save(*args, **kwargs)


class Case(models.Model):
    """A case (sag) in the municipality's case system; ties agenda items of
    different meetings together by case number."""

    number = models.CharField("sagsnummer", max_length=100, unique=True)

    class Meta:
        verbose_name = "sag"
        verbose_name_plural = "sager"
        ordering = ["number"]

    def __str__(self):
        return self.number


class MeetingQuerySet(models.QuerySet):
    def for_api(self):
        return self.select_related("body")


class Meeting(models.Model):
    """One meeting of a body, with the source document its minutes were read from."""

    body = models.ForeignKey(
        Body, verbose_name="forum", on_delete=models.PROTECT, related_name="meetings"
    )
    date = models.DateField("mødedato")
    start_time = models.TimeField("starttidspunkt", null=True, blank=True)
    location = models.CharField("mødested", max_length=300, blank=True)
    absentees = models.JSONField("fraværende", default=list, blank=True)
    source_text = models.TextField("kildetekst", blank=True)
    source_filename = models.CharField("kildefil", max_length=300, blank=True)
    source_checksum = models.CharField("kildens SHA-256", max_length=64, blank=True)
    parser_version = models.CharField("parserversion", max_length=20, blank=True)
    imported_at = models.DateTimeField("importeret", null=True, blank=True)
    created_at = models.DateTimeField("oprettet", auto_now_add=True)
    updated_at = models.DateTimeField("ændret", auto_now=True, db_index=True)

    objects = MeetingQuerySet.as_manager()

    class Meta:
        verbose_name = "møde"
        verbose_name_plural = "møder"
        ordering = ["-date", "body__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["body", "date"],
                name="%(app_label)s_%(class)s_one_per_body_and_date",
            )
        ]
        indexes = [models.Index(fields=["date"], name="minutes_meeting_date_idx")]

    def __str__(self):
        return f"{self.body} {self.date:%d-%m-%Y}"


class AgendaItemQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Items the user may see in full; closed items need their own permission."""
        if user.has_perm("minutes.view_closed_agendaitem"):
            return self
        return self.filter(is_closed=False)


class AgendaItem(models.Model):
    """One punkt on a meeting's agenda, with its sections as printed."""

    meeting = models.ForeignKey(
        Meeting,
        verbose_name="møde",
        on_delete=models.CASCADE,
        related_name="agenda_items",
    )
    number = models.PositiveIntegerField("punktnummer")
    position = models.PositiveIntegerField("rækkefølge", default=0)
    title = models.CharField("titel", max_length=500)
    case = models.ForeignKey(
        Case,
        verbose_name="sag",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="agenda_items",
    )
    case_number = models.CharField(
        "sagsnummer", max_length=100, blank=True, db_index=True
    )
    presenter = models.CharField("fremlægger", max_length=200, blank=True)
    planned_start = models.TimeField("planlagt start", null=True, blank=True)
    planned_end = models.TimeField("planlagt slut", null=True, blank=True)
    status = models.CharField(
        "status",
        max_length=20,
        choices=AgendaItemStatus,
        default=AgendaItemStatus.HANDLED,
    )
    is_closed = models.BooleanField("lukket punkt", default=False)
    sections = models.JSONField("afsnit", default=list, blank=True)
    prior_decisions = models.JSONField(
        "tidligere beslutninger", default=list, blank=True
    )
    absentees = models.JSONField("fraværende", default=list, blank=True)
    participants = models.JSONField("øvrige deltagere", default=list, blank=True)
    first_line = models.PositiveIntegerField("første linje i kilden", default=0)
    last_line = models.PositiveIntegerField("sidste linje i kilden", default=0)
    created_at = models.DateTimeField("oprettet", auto_now_add=True)
    updated_at = models.DateTimeField("ændret", auto_now=True, db_index=True)

    objects = AgendaItemQuerySet.as_manager()

    class Meta:
        verbose_name = "dagsordenspunkt"
        verbose_name_plural = "dagsordenspunkter"
        ordering = ["meeting", "position", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "number"],
                name="%(app_label)s_%(class)s_unique_number",
            )
        ]
        permissions = [("view_closed_agendaitem", "Kan se lukkede punkter")]

    def __str__(self):
        return f"Punkt {self.number}: {self.title}"


class Attachment(models.Model):
    """A bilag listed on an agenda item (its title; the file itself is not imported)."""

    agenda_item = models.ForeignKey(
        AgendaItem,
        verbose_name="dagsordenspunkt",
        on_delete=models.CASCADE,
        related_name="attachments",
    )
    position = models.PositiveIntegerField("rækkefølge", default=0)
    title = models.CharField("titel", max_length=500)

    class Meta:
        verbose_name = "bilag"
        verbose_name_plural = "bilag"
        ordering = ["agenda_item", "position"]

    def __str__(self):
        return self.title


class FieldCorrection(models.Model):
    """A field someone corrected by hand; a re-import keeps its value."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    content_object = GenericForeignKey("content_type", "object_id")
    field_name = models.CharField("felt", max_length=100)
    corrected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="rettet af",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    corrected_at = models.DateTimeField("rettet", auto_now=True)

    class Meta:
        verbose_name = "manuel rettelse"
        verbose_name_plural = "manuelle rettelser"
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field_name"],
                name="%(app_label)s_%(class)s_one_per_field",
            )
        ]

    def __str__(self):
        return f"{self.content_type.model} {self.object_id}.{self.field_name}"


class ImportJobStatus(models.TextChoices):
    QUEUED = "queued", "I kø"
    RUNNING = "running", "I gang"
    DONE = "done", "Importeret"
    FAILED = "failed", "Fejlet"


class ImportJob(models.Model):
    """One referat uploaded through the API, imported by a background worker."""

    filename = models.CharField("filnavn", max_length=300)
    # The upload itself, until the worker has imported it.
    data = models.BinaryField("indhold", blank=True)
    status = models.CharField(
        "status",
        max_length=20,
        choices=ImportJobStatus,
        default=ImportJobStatus.QUEUED,
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="oprettet af",
        null=True,
        on_delete=models.SET_NULL,
        related_name="import_jobs",
    )
    meeting = models.ForeignKey(
        Meeting,
        verbose_name="møde",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="import_jobs",
    )
    report = models.JSONField("rapport", default=dict, blank=True)
    error = models.TextField("fejl", blank=True)
    created_at = models.DateTimeField("oprettet", auto_now_add=True)
    started_at = models.DateTimeField("startet", null=True, blank=True)
    finished_at = models.DateTimeField("færdig", null=True, blank=True)

    class Meta:
        verbose_name = "importjob"
        verbose_name_plural = "importjob"
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.filename} ({self.status})"


class Deletion(models.Model):
    """A tombstone: a meeting, agenda item or follow-up that was deleted, so
    API clients that mirror the data by `updated_since` can delete it too."""

    resource = models.CharField("ressource", max_length=30)
    object_id = models.PositiveBigIntegerField("id")
    # Whether the row belonged to a closed item: only users who may see
    # closed items learn that such a row existed.
    closed = models.BooleanField("lukket punkt", default=False)
    deleted_at = models.DateTimeField("slettet", auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = "sletning"
        verbose_name_plural = "sletninger"
        ordering = ["deleted_at", "pk"]

    def __str__(self):
        return f"{self.resource} {self.object_id}"


def _record_deletion(resource: str, closed) -> callable:
    def receiver(sender, instance, **kwargs):
        Deletion.objects.create(
            resource=resource, object_id=instance.pk, closed=closed(instance)
        )

    return receiver


_MEETING_DELETED = _record_deletion("meetings", lambda meeting: False)
_AGENDA_ITEM_DELETED = _record_deletion("agenda-items", lambda item: item.is_closed)
_FOLLOW_UP_DELETED = _record_deletion(
    "follow-ups",
    # Follow-ups are deleted before their agenda item (CASCADE), so the item
    # is still there to ask.
    lambda follow_up: AgendaItem.objects.filter(
        pk=follow_up.agenda_item_id, is_closed=True
    ).exists(),
)
models.signals.post_delete.connect(_MEETING_DELETED, sender=Meeting)
models.signals.post_delete.connect(_AGENDA_ITEM_DELETED, sender=AgendaItem)
models.signals.post_delete.connect(_FOLLOW_UP_DELETED, sender="decisions.FollowUp")
