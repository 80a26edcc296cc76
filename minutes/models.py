"""Meetings and their agenda items, as read from a forum's minutes."""

import re

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.text import slugify

from minutes.parsing.types import ItemStatus, Outcome

# Danish letters slugify would drop: "Økonomiudvalget" must not become "konomiudvalget".
_SLUG_TRANSLATION = str.maketrans(
    {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"}
)


def danish_slugify(value: str) -> str:
    """Return a URL slug that keeps æ, ø and å readable (ae, oe, aa)."""
    return slugify(value.translate(_SLUG_TRANSLATION))


# The one rule for closed items (lukkede punkter): a user without this
# permission sees a closed item as its number, "Lukket" and its case number;
# everything that belongs to it (case text, recommendation, decision,
# attachments, follow-ups, history, source lines) does not exist for them.
# The API, the admin, the exports and the reminders all ask here.
CLOSED_ITEM_PERMISSION = "minutes.view_closed_agendaitem"
CLOSED_TITLE = "Lukket"


def may_see_closed_items(user) -> bool:
    """Return whether the user may see what closed agenda items contain."""
    return bool(user is not None and user.has_perm(CLOSED_ITEM_PERMISSION))


class ClosedItemRuleQuerySet(models.QuerySet):
    """Rows belonging to an agenda item; those of closed items are hidden from
    users without the closed-item permission."""

    # The lookup from this model to its agenda item's closed flag.
    closed_lookup = "agenda_item__is_closed"

    def visible_to(self, user):
        """Return the rows the user may see; none of a closed item's without
        the permission."""
        if may_see_closed_items(user):
            return self
        return self.filter(**{self.closed_lookup: False})


class AgendaItemStatus(models.TextChoices):
    HANDLED = ItemStatus.HANDLED.value, "Behandlet"
    POSTPONED = ItemStatus.POSTPONED.value, "Udsat"
    WITHDRAWN = ItemStatus.WITHDRAWN.value, "Taget af dagsordenen"


class Body(models.Model):
    """A forum that meets and publishes minutes: a committee, a council or a
    management forum."""

    name = models.CharField("navn", max_length=200, unique=True)
    slug = models.SlugField("kort navn", max_length=200, unique=True)
    updated_at = models.DateTimeField("ændret", auto_now=True, db_index=True)

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
    # Source text, kept whole: a layout the parser misreads can make it long.
    location = models.TextField("mødested", blank=True)
    absentees = models.JSONField("fraværende", default=list, blank=True)
    source_text = models.TextField("kildetekst", blank=True)
    source_filename = models.CharField("kildefil", max_length=300, blank=True)
    # Indexed: every import first looks for a meeting read from the same file.
    source_checksum = models.CharField(
        "kildens SHA-256", max_length=64, blank=True, db_index=True
    )
    parser_version = models.CharField("parserversion", max_length=20, blank=True)
    layout = models.CharField(
        "layout",
        max_length=40,
        blank=True,
        help_text="Punkternes opbygning, som parseren fandt den (fx 'labelled').",
    )
    layout_confidence = models.FloatField(
        "sikkerhed",
        default=1.0,
        help_text="Andel af punktoverskrifterne, som indholdet bagefter bekræfter.",
    )
    needs_review = models.BooleanField(
        "skal gennemses",
        default=False,
        db_index=True,
        help_text="Parseren var usikker på strukturen; se advarslerne.",
    )
    import_warnings = models.JSONField("advarsler ved import", default=list, blank=True)
    imported_at = models.DateTimeField("importeret", null=True, blank=True)
    created_at = models.DateTimeField("oprettet", auto_now_add=True)
    updated_at = models.DateTimeField("ændret", auto_now=True, db_index=True)

    objects = MeetingQuerySet.as_manager()

    class Meta:
        verbose_name = "møde"
        verbose_name_plural = "møder"
        ordering = ["-date", "body__name"]
        constraints = [
            # A body can meet twice on one day (at different times).
            models.UniqueConstraint(
                fields=["body", "date", "start_time"],
                name="%(app_label)s_%(class)s_one_per_body_and_time",
            )
        ]
        indexes = [models.Index(fields=["date"], name="minutes_meeting_date_idx")]

    def __str__(self):
        return f"{self.body} {self.date:%d-%m-%Y}"

    def source_text_for(self, user, items=None) -> str:
        """Return the stored source text as the user may read it: without the
        closed-item permission, every line of a closed item is replaced by its
        number and case number, and so is any line before the first item (the
        table of contents) that names a closed item."""
        if may_see_closed_items(user):
            return self.source_text
        if items is None:
            items = self.agenda_items.all()
        closed = [item for item in items if item.is_closed]
        if not closed:
            return self.source_text
        return redact_source_text(self.source_text, items)


def _closed_placeholder(item) -> str:
    case = f" (sag {item.case_number})" if item.case_number else ""
    return f"[Punkt {item.number}: {CLOSED_TITLE}{case}]"


def redact_source_text(text: str, items) -> str:
    """Return the text with every closed item's lines (first_line..last_line,
    counted from 1) replaced by one placeholder line, and every line before
    the first item that names a closed item or says "lukket" removed."""
    # Split as the parser numbers lines: on \n only.
    lines = text.split("\n")
    items = list(items)
    closed = [item for item in items if item.is_closed]
    starts = [item.first_line for item in items if item.first_line]
    first_item_line = min(starts) if starts else len(lines) + 1
    # The table of contents may repeat a closed item's original title next to
    # its number ("5. Lukket punkt: Title", "Punkt 5 Title"), so its lines
    # naming a closed number are dropped, whatever they say.
    numbers = "|".join(str(item.number) for item in closed)
    closed_number = re.compile(
        rf"^\W*(?:(?:punkt|pkt\.?|sag\s+nr\.?|ad\.?)\s*)?(?:{numbers})\b",
        re.IGNORECASE,
    )
    replacement: dict[int, str | None] = {}
    for item in closed:
        if not item.first_line:
            continue
        last = max(item.last_line, item.first_line)
        for number in range(item.first_line, last + 1):
            replacement[number] = None
        replacement[item.first_line] = _closed_placeholder(item)
    redacted = []
    for number, line in enumerate(lines, start=1):
        if number in replacement:
            if replacement[number] is not None:
                redacted.append(replacement[number])
            continue
        if number < first_item_line and (
            closed_number.match(line) or "lukket" in line.lower()
        ):
            redacted.append(f"[{CLOSED_TITLE}]")
            continue
        redacted.append(line)
    return "\n".join(redacted)


class SourceDocument(models.Model):
    """A file as it was received for a meeting: kept so it can be read again."""

    meeting = models.ForeignKey(
        Meeting,
        verbose_name="møde",
        on_delete=models.CASCADE,
        related_name="source_documents",
    )
    filename = models.CharField("filnavn", max_length=300, blank=True)
    content = models.BinaryField("indhold")
    sha256 = models.CharField("SHA-256", max_length=64, db_index=True)
    size = models.PositiveIntegerField("størrelse (bytes)")
    media_type = models.CharField("medietype", max_length=100)
    reader = models.CharField("læser", max_length=40)
    received_at = models.DateTimeField("modtaget", auto_now_add=True)

    class Meta:
        verbose_name = "kildedokument"
        verbose_name_plural = "kildedokumenter"
        ordering = ["-received_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "sha256"],
                name="%(app_label)s_%(class)s_once_per_meeting",
            )
        ]

    def __str__(self):
        return self.filename or self.sha256[:12]


class AgendaItemQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Items the user may see in full; closed items need their own permission."""
        if may_see_closed_items(user):
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
    # The Danish text search document of title, decision, recommendation and
    # sections, weighted in that order: kept by PostgreSQL triggers (migration
    # minutes 0008), empty on other databases. See config/search.py.
    search_vector = SearchVectorField(null=True, editable=False)
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
        # Names the item everywhere (lists, links, logs), so never a closed
        # item's own title.
        return f"Punkt {self.number}: {CLOSED_TITLE if self.is_closed else self.title}"

    def is_hidden_from(self, user) -> bool:
        """Return whether the user may see only the item's number, "Lukket" and
        case number."""
        return self.is_closed and not may_see_closed_items(user)


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

    objects = ClosedItemRuleQuerySet.as_manager()

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


# --------------------------------------------------------------------------
# What the referat prints about each item's outcome: the recommendation and
# its clauses, and the decision.


class ClauseOutcome(models.TextChoices):
    APPROVED = Outcome.APPROVED.value, "Godkendt"
    NOTED = Outcome.NOTED.value, "Taget til efterretning"
    DISCUSSED = Outcome.DISCUSSED.value, "Drøftet"
    AMENDED = Outcome.AMENDED.value, "Godkendt med ændringer"
    REJECTED = Outcome.REJECTED.value, "Afvist"
    POSTPONED = Outcome.POSTPONED.value, "Udsat"
    UNCLEAR = Outcome.UNCLEAR.value, "Uklart"


class Recommendation(models.Model):
    """The indstilling of an agenda item: who proposes, and the numbered clauses."""

    agenda_item = models.OneToOneField(
        AgendaItem,
        verbose_name="dagsordenspunkt",
        on_delete=models.CASCADE,
        related_name="recommendation",
    )
    proposer = models.CharField("indstiller", max_length=300, blank=True)
    note = models.TextField("bemærkning", blank=True)

    objects = ClosedItemRuleQuerySet.as_manager()

    class Meta:
        verbose_name = "indstilling"
        verbose_name_plural = "indstillinger"
        # The table keeps the name it had when the model lived in decisions.
        db_table = "decisions_recommendation"

    def __str__(self):
        return f"Indstilling til {self.agenda_item}"


class ClauseQuerySet(ClosedItemRuleQuerySet):
    closed_lookup = "recommendation__agenda_item__is_closed"


class Clause(models.Model):
    """One numbered "at ..." clause of a recommendation, with what the decision
    made of it."""

    recommendation = models.ForeignKey(
        Recommendation,
        verbose_name="indstilling",
        on_delete=models.CASCADE,
        related_name="clauses",
    )
    number = models.PositiveIntegerField("nummer")
    text = models.TextField("tekst")
    outcome = models.CharField(
        "udfald", max_length=20, choices=ClauseOutcome, default=ClauseOutcome.UNCLEAR
    )

    objects = ClauseQuerySet.as_manager()

    class Meta:
        verbose_name = "indstillingspunkt"
        verbose_name_plural = "indstillingspunkter"
        ordering = ["recommendation", "number", "pk"]
        db_table = "decisions_clause"

    def __str__(self):
        return f"{self.number}. {self.text[:60]}"


class Decision(models.Model):
    """What the forum decided on an agenda item, as printed (paragraphs kept)."""

    agenda_item = models.OneToOneField(
        AgendaItem,
        verbose_name="dagsordenspunkt",
        on_delete=models.CASCADE,
        related_name="decision",
    )
    heading = models.CharField("overskrift", max_length=300, blank=True)
    text = models.TextField("tekst")

    objects = ClosedItemRuleQuerySet.as_manager()

    class Meta:
        verbose_name = "beslutning"
        verbose_name_plural = "beslutninger"
        db_table = "decisions_decision"

    def __str__(self):
        return f"Beslutning på {self.agenda_item}"


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
