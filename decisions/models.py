"""Follow-ups: what a meeting's decisions commit someone to, and their history."""

import re
from datetime import date

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.validators import validate_email
from django.db import models
from django.utils import timezone

from decisions.deadlines import Precision
from decisions.extraction.types import Origin
from minutes.models import AgendaItem, ClosedItemRuleQuerySet


def unit_key(name: str) -> str:
    """The form in which a responsible text names a unit: spaces trimmed, case
    folded. Compared in Python: SQLite folds the case of ASCII letters only,
    so "øs" would not find "ØS" there."""
    return name.strip().casefold()


def ids_by_key(units: dict[int, tuple[str, set[str]]]) -> dict[str, int]:
    """Map every name and alias of the units (UnitQuerySet.names_by_id), by
    unit_key, to the unit's id."""
    return {unit_key(name): pk for pk, (_, names) in units.items() for name in names}


class UnitQuerySet(models.QuerySet):
    def names(self) -> dict[str, set[str]]:
        """Map each unit's name to every name it goes by: itself and its aliases."""
        return dict(self.names_by_id().values())

    def called(self, value: str) -> tuple[int, set[str]] | None:
        """Return the id and every name of the unit whose name or alias is the
        value (by unit_key), or None."""
        wanted = unit_key(value)
        for pk, (_, names) in self.names_by_id().items():
            if any(unit_key(name) == wanted for name in names):
                return pk, names
        return None

    def ids_by_name(self) -> dict[str, int]:
        return ids_by_key(self.names_by_id())

    def names_by_id(self) -> dict[int, tuple[str, set[str]]]:
        """Each unit's id: its name, and every name it goes by."""
        units: dict[int, tuple[str, set[str]]] = {}
        for pk, name, alias in self.values_list("pk", "name", "aliases__alias"):
            units.setdefault(pk, (name, {name}))[1].update([alias] if alias else [])
        return units


def validate_email_list(value: str) -> None:
    """Refuse a list of e-mail addresses with one that is not an address."""
    for address in split_email_list(value):
        validate_email(address)


def split_email_list(value: str) -> list[str]:
    """Return the addresses of a comma-, semicolon- or line-separated list."""
    return [part.strip() for part in re.split(r"[,;\s]+", value or "") if part.strip()]


class Unit(models.Model):
    """An organisational unit that can be responsible for a follow-up."""

    name = models.CharField("navn", max_length=200, unique=True)
    # Changed with the unit's aliases too (UnitAlias.save): for sync clients.
    updated_at = models.DateTimeField("ændret", auto_now=True, db_index=True)
    contact_emails = models.TextField(
        "kontakt-e-mail",
        blank=True,
        validators=[validate_email_list],
        help_text="Én eller flere adresser, adskilt af komma. Enheden får "
        "påmindelser om sine frister her.",
    )

    objects = UnitQuerySet.as_manager()

    class Meta:
        verbose_name = "enhed"
        verbose_name_plural = "enheder"
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def email_addresses(self) -> list[str]:
        return split_email_list(self.contact_emails)


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

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        Unit.objects.filter(pk=self.unit_id).update(updated_at=timezone.now())

    def delete(self, *args, **kwargs):
        Unit.objects.filter(pk=self.unit_id).update(updated_at=timezone.now())
        return super().delete(*args, **kwargs)


class FollowUpStatus(models.TextChoices):
    OPEN = "open", "Åben"
    IN_PROGRESS = "in_progress", "I gang"
    DONE = "done", "Udført"
    CANCELLED = "cancelled", "Annulleret"


class FollowUpOrigin(models.TextChoices):
    DECISION = Origin.DECISION.value, "Beslutning"
    CASE_TEXT = Origin.CASE_TEXT.value, "Sagsfremstilling"
    POSTPONED = Origin.POSTPONED.value, "Udsat punkt"
    WITHDRAWN = Origin.WITHDRAWN.value, "Punkt taget af dagsordenen"
    MANUAL = "manual", "Oprettet manuelt"  # by a person, not by a rule


# The statuses of a follow-up that still has work to do.
OPEN_STATUSES = (FollowUpStatus.OPEN, FollowUpStatus.IN_PROGRESS)


class DuePrecision(models.TextChoices):
    DAY = Precision.DAY.value, "Dag"
    WEEK = Precision.WEEK.value, "Uge"
    PART_OF_MONTH = Precision.PART_OF_MONTH.value, "Del af måned"
    MONTH = Precision.MONTH.value, "Måned"
    QUARTER = Precision.QUARTER.value, "Kvartal"
    SEASON = Precision.SEASON.value, "Årstid"
    RELATIVE = Precision.RELATIVE.value, "Relativ periode"
    EVENT = Precision.EVENT.value, "Begivenhed"
    START_ONLY = Precision.START_ONLY.value, "Kun starttidspunkt"
    NONE = "", "Ingen frist"


class FollowUpQuerySet(ClosedItemRuleQuerySet):
    # The follow-up carries its item's closed flag (FollowUp.is_closed), so the
    # lists and their counts need no join to the agenda items.
    closed_lookup = "is_closed"

    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def overdue(self, today: date | None = None):
        return self.open().filter(due_date__lt=today or timezone.localdate())

    def not_overdue(self, today: date | None = None):
        """Done, cancelled, without a due date, or not due yet: the rest."""
        return self.filter(
            ~models.Q(status__in=OPEN_STATUSES)
            | models.Q(due_date__isnull=True)
            | models.Q(due_date__gte=today or timezone.localdate())
        )

    def for_api(self):
        """Load what the API's representation shows, and nothing more of the
        agenda item (its texts are large)."""
        return self.select_related("agenda_item__meeting").only(
            *(field.name for field in FollowUp._meta.concrete_fields),
            "agenda_item__number",
            "agenda_item__case_number",
            "agenda_item__is_closed",
            "agenda_item__updated_at",
            "agenda_item__meeting__body_id",
            "agenda_item__meeting__date",  # the exports' meeting date column
        )

    def sync_item_copies(self):
        """Copy each follow-up's agenda item's closed flag and its meeting's
        forum onto it, where they differ; return how many changed."""
        item = AgendaItem.objects.filter(pk=models.OuterRef("agenda_item_id"))
        item_is_closed = models.Exists(item.filter(is_closed=True))
        item_body = models.Subquery(item.values("meeting__body_id")[:1])
        return self.exclude(is_closed=item_is_closed).update(
            is_closed=item_is_closed
        ) + self.exclude(body_id=item_body).update(body_id=item_body)


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
    responsible = models.CharField("ansvarlig", max_length=300, blank=True)
    # The unit the responsible names, when it names one (by name or alias);
    # the text is kept as written beside it.
    responsible_unit = models.ForeignKey(
        Unit,
        verbose_name="ansvarlig enhed",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="follow_ups",
    )
    due_date = models.DateField("frist", null=True, blank=True)
    due_precision = models.CharField(
        "fristens præcision", max_length=20, choices=DuePrecision, blank=True
    )
    due_text = models.CharField("fristens ordlyd", max_length=300, blank=True)
    # The meeting the deadline waits for; next to `events` (the history) it
    # was once called `event`.
    due_event = models.CharField(
        "fristens begivenhed",
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
    # Which extraction rule found it, and how far that rule is trusted: why a
    # follow-up is listed can always be told (see decisions.extraction.RULES).
    rule = models.CharField("regel", max_length=50, blank=True)
    confidence = models.FloatField(
        "sikkerhed",
        null=True,
        blank=True,
        help_text="Reglens sikkerhed, 0-1; tom for opfølgninger oprettet manuelt.",
    )
    # Copies of the agenda item's is_closed and its meeting's forum (kept by
    # decisions.receivers, the services and the import: sync_item_copies), so
    # hiding closed items' follow-ups and filtering by forum need no join.
    is_closed = models.BooleanField("lukket punkt", default=False, editable=False)
    body = models.ForeignKey(
        "minutes.Body",
        verbose_name="forum",
        on_delete=models.PROTECT,
        related_name="+",
        editable=False,
        db_index=False,  # led by the forum's index below
    )
    # Identifies an extracted follow-up across re-imports of the same minutes.
    extraction_key = models.CharField(max_length=64, blank=True, db_index=True)
    # Set once a person edits or progresses the follow-up: a re-import keeps it.
    is_edited = models.BooleanField("rettet manuelt", default=False)
    # The Danish text search document of description and source text: kept
    # by a PostgreSQL trigger (migration decisions 0011), empty elsewhere.
    search_vector = SearchVectorField(null=True, editable=False)
    version = models.PositiveIntegerField("version", default=1)
    created_at = models.DateTimeField("oprettet", auto_now_add=True)
    updated_at = models.DateTimeField("ændret", auto_now=True, db_index=True)

    objects = FollowUpQuerySet.as_manager()

    class Meta:
        verbose_name = "opfølgning"
        verbose_name_plural = "opfølgninger"
        ordering = ["due_date", "pk"]
        # One index per main filter, each ending in the default ordering, so a
        # filtered page is read in order from the index; each carries the
        # closed flag (PostgreSQL), so a deep page's ids need no table read.
        indexes = [
            models.Index(
                fields=[*prefix, "due_date", "id"],
                include=["is_closed"],
                name=f"decisions_fu_{name}_idx",
            )
            for name, prefix in [
                ("due", []),
                ("status_due", ["status"]),
                ("origin", ["origin"]),
                ("rule", ["rule"]),
                ("unit_due", ["responsible_unit"]),
                ("body_status", ["body", "status"]),
            ]
        ] + [
            # Open follow-ups waiting for a later meeting, looked up on every
            # import: those not dated yet or dated after the new meeting.
            models.Index(
                fields=["due_date"],
                condition=models.Q(due_precision="event", status__in=OPEN_STATUSES),
                name="decisions_fu_event_idx",
            ),
        ]

    def __str__(self):
        return self.description[:80]

    @property
    def is_overdue(self) -> bool:
        return (
            self.status in OPEN_STATUSES
            and self.due_date is not None
            and self.due_date < timezone.localdate()
        )


class FollowUpEventQuerySet(ClosedItemRuleQuerySet):
    closed_lookup = "follow_up__is_closed"


class FollowUpEvent(models.Model):
    """One entry in a follow-up's history: a status change or an edit, who and when."""

    # The history outlives a deleted follow-up (a superuser's delete in the
    # admin, a re-import dropping a sentence): the entries stay, unlinked.
    follow_up = models.ForeignKey(
        FollowUp,
        verbose_name="opfølgning",
        null=True,
        on_delete=models.SET_NULL,
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

    objects = FollowUpEventQuerySet.as_manager()

    class Meta:
        verbose_name = "hændelse"
        verbose_name_plural = "historik"
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.action} {self.at:%Y-%m-%d %H:%M}"


class ReminderKind(models.TextChoices):
    DUE_SOON = "due_soon", "Frist nærmer sig"
    OVERDUE = "overdue", "Frist overskredet"


class FollowUpReminder(models.Model):
    """A reminder e-mailed to a unit about one follow-up and its due date; kept
    so the same reminder is never sent twice."""

    follow_up = models.ForeignKey(
        FollowUp,
        verbose_name="opfølgning",
        on_delete=models.CASCADE,
        related_name="reminders",
    )
    due_date = models.DateField("frist")
    kind = models.CharField("slags", max_length=20, choices=ReminderKind)
    unit = models.ForeignKey(
        Unit,
        verbose_name="enhed",
        null=True,
        on_delete=models.SET_NULL,
        related_name="reminders",
    )
    recipients = models.TextField("modtagere", blank=True)
    sent_at = models.DateTimeField("sendt", default=timezone.now)

    class Meta:
        verbose_name = "påmindelse"
        verbose_name_plural = "påmindelser"
        ordering = ["-sent_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["follow_up", "due_date", "kind"],
                name="%(app_label)s_%(class)s_once_per_due_date",
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.follow_up} ({self.due_date})"


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
