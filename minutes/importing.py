"""The import report: what an import created, updated, deleted and left unchanged."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import models

from minutes.parsing.types import ParseWarning


@dataclass
class ImportReport:
    """What importing one referat did (or, in a dry run, would do)."""

    filename: str
    meeting: str = ""
    meeting_id: int | None = None
    outcome: str = "unchanged"  # created | updated | unchanged
    dry_run: bool = False
    counts: dict[str, int] = field(default_factory=dict)  # rows per kind after import
    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    deleted: Counter = field(default_factory=Counter)
    unchanged: Counter = field(default_factory=Counter)
    changes: list[str] = field(default_factory=list)  # one line per changed row
    corrections_kept: list[str] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)
    layout: str = ""  # the item layout the parser found
    needs_review: bool = False

    def record(self, action: str, kind: str, label: str = "", count: int = 1) -> None:
        """Count one row of `kind` as created/updated/deleted/unchanged."""
        if count:
            getattr(self, action)[kind] += count
        # What a new meeting creates is in the counts; name only what changed.
        if label and action in ("updated", "deleted"):
            self.changes.append(f"{action} {kind} {label}")

    def lines(self) -> list[str]:
        """The report as printed by the import command."""
        verb = "would be " if self.dry_run else ""
        out = [f"{self.filename}: {self.meeting} — {verb}{self.outcome}"]
        if self.needs_review:
            out.append(f"  needs review: the structure is uncertain ({self.layout})")
        if self.counts:
            out.append(
                "  " + ", ".join(f"{n} {kind}" for kind, n in self.counts.items())
            )
        for action in ("created", "updated", "deleted", "unchanged"):
            counter = getattr(self, action)
            if counter:
                parts = ", ".join(f"{n} {kind}" for kind, n in sorted(counter.items()))
                out.append(f"  {action}: {parts}")
        out.extend(f"  {change}" for change in self.changes)
        out.extend(f"  kept correction: {c}" for c in self.corrections_kept)
        out.extend(f"  warning: line {w.line}: {w.message}" for w in self.warnings)
        return out


def apply_values(
    obj: models.Model,
    values: dict,
    corrected: set[str] | None,
    report: ImportReport,
    label: str,
    kind: str,
) -> list[str]:
    """Set the values that differ on obj, except hand-corrected fields; return the
    names of the fields changed."""
    changed = []
    for name, value in values.items():
        field = obj._meta.get_field(name)
        if field.is_relation:
            # Compare keys: reading the related object would cost a query per row.
            current, new = getattr(obj, field.attname), value.pk if value else None
        else:
            current, new = getattr(obj, name), value
        if current == new:
            continue
        if corrected and name in corrected:
            report.corrections_kept.append(f"{label}: {name}")
            continue
        setattr(obj, name, value)
        changed.append(name)
    if changed and obj.pk:
        report.record("updated", kind, f"{label}: {', '.join(changed)}")
    return changed


def correction_key(obj: models.Model) -> tuple[int, int]:
    return (ContentType.objects.get_for_model(obj).pk, obj.pk)
