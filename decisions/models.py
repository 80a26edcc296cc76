"""Recommendations, decisions and the follow-ups they create."""

from datetime import date

from django.conf import settings
from django.db import models
from django.utils import timezone


class ClauseOutcome(models.TextChoices):
    APPROVED = "approved", "Godkendt"
    NOTED = "noted", "Taget til efterretning"
    DISCUSSED = "discussed", "Drøftet"
    AMENDED = "amended", "Godkendt med ændringer"
    REJECTED = "rejected", "Afvist"
    POSTPONED = "postponed", "Udsat"
    UNCLEAR = "unclear", "Uklart"


class Recommendation(models.Model):
    """The indstilling of an agenda item: who proposes, and the numbered clauses."""

    agenda_item = models.OneToOneField(
        "minutes.AgendaItem",
        verbose_name="dagsordenspunkt",
        on_delete=models.CASCADE,
        related_name="recommendation",
    )
    proposer = models.CharField("indstiller", max_length=300, blank=True)
    note = models.TextField("bemærkning", blank=True)

    class Meta:
        verbose_name = "indstilling"
        verbose_name_plural = "indstillinger"

    def __str__(self):
        return f"Indstilling til {self.agenda_item}"


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

    class Meta:
        verbose_name = "indstillingspunkt"
        verbose_name_plural = "indstillingspunkter"
        ordering = ["recommendation", "number", "pk"]

    def __str__(self):
        return f"{self.number}. {self.text[:60]}"


class Decision(models.Model):
    """What the forum decided on an agenda item, as printed (paragraphs kept)."""

    agenda_item = models.OneToOneField(
        "minutes.AgendaItem",
        verbose_name="dagsordenspunkt",
        on_delete=models.CASCADE,
        related_name="decision",
    )
    heading = models.CharField("overskrift", max_length=300, blank=True)
    text = models.TextField("tekst")

    class Meta:
        verbose_name = "beslutning"
        verbose_name_plural = "beslutninger"

    def __str__(self):
        return f"Beslutning på {self.agenda_item}"


class UnitQuerySet(models.QuerySet):
    def names(self) -> dict[str, set[str]]:
        """Map each unit's name to every name it goes by: itself and its aliases."""
        names: dict[str, set[str]] = {}
        for name, alias in self.values_list("name", "aliases__alias"):
            names.setdefault(name, {name}).update([alias] if alias else [])
        return names


class Unit(models.Model):
    """An organisational unit that can be responsible for a follow-up."""

    name = models.CharField("navn", max_length=200, unique=True)

    objects = UnitQuerySet.as_manager()

    class Meta:
        verbose_name = "enhed"
        verbose_name_plural = "enheder"
        ordering = ["name"]

    def __str__(self):
        return self.name


class UnitAlias(models.Model):
    """Another spelling or abbreviation of a unit's name ("ØS" for Økonomi & Stab)."""

    unit = models.ForeignKey(
        Unit, verbose_name="enhed", on_delete=models.CASCADE, related_name="aliases"
    )
    alias = models.CharField("alias", max_length=200, unique=True)

    class Meta:
        verbose_name = "alias"
        verbose_name_plural = "aliaser"
        ordering = ["alias"]

    def __str__(self):
        return self.alias


class FollowUpStatus(models.TextChoices):
    OPEN = "open", "Åben"
    IN_PROGRESS = "in_progress", "I gang"
    DONE = "done", "Udført"
    CANCELLED = "cancelled", "Annulleret"


class FollowUpOrigin(models.TextChoices):
    DECISION = "decision", "Beslutning"
    CASE_TEXT = "case_text", "Sagsfremstilling"
    POSTPONED = "postponed", "Udsat punkt"
    WITHDRAWN = "withdrawn", "Punkt taget af dagsordenen"
    MANUAL = "manual", "Oprettet manuelt"


class DuePrecision(models.TextChoices):
    DAY = "day", "Dag"
    WEEK = "week", "Uge"
    PART_OF_MONTH = "part_of_month", "Del af måned"
    MONTH = "month", "Måned"
    QUARTER = "quarter", "Kvartal"
    SEASON = "season", "Årstid"
    RELATIVE = "relative", "Relativ periode"
    EVENT = "event", "Begivenhed"
    START_ONLY = "start_only", "Kun starttidspunkt"
    NONE = "", "Ingen frist"


class FollowUpQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=[FollowUpStatus.OPEN, FollowUpStatus.IN_PROGRESS])

    def overdue(self, today: date | None = None):
        return self.open().filter(due_date__lt=today or timezone.localdate())

    def visible_to(self, user):
        """Follow-ups the user may see; those of closed items need a permission."""
        if user.has_perm("minutes.view_closed_agendaitem"):
            return self
        return self.filter(agenda_item__is_closed=False)

    def for_api(self):
        return self.select_related(
            "agenda_item__meeting__body", "suggested_resolution", "resolved_by"
        )


class FollowUp(models.Model):
    """A future action that a decision commits someone to, tracked until it is done."""

    agenda_item = models.ForeignKey(
        "minutes.AgendaItem",
        verbose_name="dagsordenspunkt",
        on_delete=models.CASCADE,
        related_name="follow_ups",
    )
    description = models.TextField("beskrivelse")
    source_text = models.TextField("kildetekst", blank=True)
    source_start = models.PositiveIntegerField("start i teksten", null=True, blank=True)
    source_end = models.PositiveIntegerField("slut i teksten", null=True, blank=True)
    responsible = models.CharField(
        "ansvarlig", max_length=300, blank=True, db_index=True
    )
    due_date = models.DateField("frist", null=True, blank=True)
    due_precision = models.CharField(
        "fristens præcision", max_length=20, choices=DuePrecision, blank=True
    )
    due_text = models.CharField("fristens ordlyd", max_length=300, blank=True)
    event = models.CharField(
        "begivenhed",
        max_length=200,
        blank=True,
        help_text="Mødet eller forummet, fristen afhænger af "
        "(fx næstkommende KommuneMED).",
    )
    origin = models.CharField(
        "oprindelse",
        max_length=20,
        choices=FollowUpOrigin,
        default=FollowUpOrigin.MANUAL,
    )
    status = models.CharField(
        "status", max_length=20, choices=FollowUpStatus, default=FollowUpStatus.OPEN
    )
    suggested_resolution = models.ForeignKey(
        "minutes.AgendaItem",
        verbose_name="foreslået opfølgningspunkt",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="suggested_for",
    )
    resolved_by = models.ForeignKey(
        "minutes.AgendaItem",
        verbose_name="løst på punkt",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="resolved_follow_ups",
    )
    completed_at = models.DateTimeField("udført", null=True, blank=True)
    # Identifies an extracted follow-up across re-imports of the same minutes.
    extraction_key = models.CharField(max_length=64, blank=True, db_index=True)
    # Set once a person edits or progresses the follow-up: a re-import keeps it.
    is_edited = models.BooleanField("rettet manuelt", default=False)
    version = models.PositiveIntegerField("version", default=1)
    created_at = models.DateTimeField("oprettet", auto_now_add=True)
    updated_at = models.DateTimeField("ændret", auto_now=True, db_index=True)

    objects = FollowUpQuerySet.as_manager()

    class Meta:
        verbose_name = "opfølgning"
        verbose_name_plural = "opfølgninger"
        ordering = ["due_date", "pk"]
        indexes = [
            models.Index(
                fields=["status", "due_date"], name="decisions_fu_status_due_idx"
            ),
            models.Index(fields=["due_date", "id"], name="decisions_fu_due_idx"),
            # Follow-ups waiting for a later meeting, looked up on every import.
            models.Index(
                fields=["due_precision"],
                condition=models.Q(due_precision="event"),
                name="decisions_fu_event_idx",
            ),
        ]

    def __str__(self):
        return self.description[:80]

    @property
    def is_overdue(self) -> bool:
        return (
            self.status in (FollowUpStatus.OPEN, FollowUpStatus.IN_PROGRESS)
            and self.due_date is not None
            and self.due_date < timezone.localdate()
        )


class FollowUpEvent(models.Model):
    """One entry in a follow-up's history: a status change or an edit, who and when."""

    follow_up = models.ForeignKey(
        FollowUp,
        verbose_name="opfølgning",
        on_delete=models.CASCADE,
        related_name="events",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="bruger",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    at = models.DateTimeField("tidspunkt", default=timezone.now)
    action = models.CharField("handling", max_length=20)
    from_status = models.CharField("fra status", max_length=20, blank=True)
    to_status = models.CharField("til status", max_length=20, blank=True)
    note = models.TextField("note", blank=True)
    changes = models.JSONField("ændringer", default=dict, blank=True)

    class Meta:
        verbose_name = "hændelse"
        verbose_name_plural = "historik"
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.action} {self.at:%Y-%m-%d %H:%M}"


class CalendarFeedToken(models.Model):
    """A user's secret for subscribing to the follow-up calendar feed, which
    calendar programs fetch without logging in; revoking it ends the feed."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name="bruger",
        on_delete=models.CASCADE,
        related_name="calendar_feed_token",
    )
    key = models.CharField("nøgle", max_length=64, unique=True)
    created_at = models.DateTimeField("oprettet", auto_now_add=True)

    class Meta:
        verbose_name = "kalendernøgle"
        verbose_name_plural = "kalendernøgler"

    def __str__(self):
        return f"{self.user} ({self.created_at:%Y-%m-%d})"
