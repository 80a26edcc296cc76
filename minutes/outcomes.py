"""Writing what a referat prints about each item's outcome: the recommendation
and its clauses, the decision and the attachments, keeping hand corrections.

What each clause's outcome is (approved, noted, ...) is read by the rules of
the app that registers the import listener (see minutes.hooks); without one a
clause's outcome is "unclear".
"""

from __future__ import annotations

from collections import defaultdict

from minutes import hooks
from minutes.importing import ImportReport, apply_values, correction_key
from minutes.models import (
    AgendaItem,
    Attachment,
    Clause,
    ClauseOutcome,
    Decision,
    Recommendation,
)
from minutes.parsing.types import ParsedAgendaItem

Pairs = list[tuple[AgendaItem, ParsedAgendaItem]]


def sync_outcomes(
    pairs: Pairs, *, corrections: dict, report: ImportReport, is_new: bool = False
) -> None:
    """Make each item's recommendation, clauses, decision and attachments match
    the source, keeping fields corrected by hand."""
    item_ids = [] if is_new else [item.pk for item, _ in pairs]
    recommendations = {
        r.agenda_item_id: r
        for r in Recommendation.objects.filter(agenda_item__in=item_ids)
    }
    decisions = {
        d.agenda_item_id: d for d in Decision.objects.filter(agenda_item__in=item_ids)
    }
    clauses = defaultdict(list)
    for clause in Clause.objects.filter(
        recommendation__agenda_item__in=item_ids
    ).order_by("number", "pk"):
        clauses[clause.recommendation_id].append(clause)
    attachments = defaultdict(list)
    for attachment in Attachment.objects.filter(agenda_item__in=item_ids).order_by(
        "position"
    ):
        attachments[attachment.agenda_item_id].append(attachment)

    recommendation_rows = _ItemRows(
        Recommendation, "recommendation", corrections, report
    )
    decision_rows = _ItemRows(Decision, "decision", corrections, report)
    new_attachments, stale_attachments = [], []
    wanted_clauses: list[
        tuple[AgendaItem, Recommendation, list[tuple[int, str, str]]]
    ] = []
    for item, parsed in pairs:
        decision_text = parsed.decision.text if parsed.decision else ""
        recommendation = recommendation_rows.sync(
            item,
            recommendations.get(item.pk),
            None
            if parsed.recommendation is None
            else {
                "proposer": parsed.recommendation.proposer[:300],
                "note": parsed.recommendation.note,
            },
        )
        if recommendation is not None:
            clauses_parsed = parsed.recommendation.clauses
            outcomes = hooks.clause_outcomes(parsed) or [
                ClauseOutcome.UNCLEAR for _ in clauses_parsed
            ]
            wanted_clauses.append(
                (
                    item,
                    recommendation,
                    [
                        (c.number, c.text, outcome)
                        for c, outcome in zip(clauses_parsed, outcomes, strict=True)
                    ],
                )
            )
        decision_rows.sync(
            item,
            decisions.get(item.pk),
            None
            if parsed.decision is None
            else {"heading": parsed.decision.heading[:300], "text": decision_text},
        )

        titles = [title[:500] for title in parsed.attachments]
        current = attachments.get(item.pk, [])
        if [a.title for a in current] != titles:
            stale_attachments.extend(a.pk for a in current)
            new_attachments.extend(
                Attachment(agenda_item=item, position=n, title=title)
                for n, title in enumerate(titles, start=1)
            )
            if current:
                report.record("updated", "attachment", f"item {item.number}")
            else:
                report.record("created", "attachment", count=len(titles))
        else:
            report.record("unchanged", "attachment", count=len(titles))

    recommendation_rows.save(["proposer", "note"])
    decision_rows.save(["heading", "text"])
    if stale_attachments:
        Attachment.objects.filter(pk__in=stale_attachments).delete()
    Attachment.objects.bulk_create(new_attachments)
    _sync_clauses(wanted_clauses, clauses, corrections, report)


class _ItemRows:
    """Creates, updates or deletes the one row of a model (recommendation,
    decision) that an agenda item has, and writes them all in bulk."""

    def __init__(self, model, kind: str, corrections: dict, report: ImportReport):
        self.model, self.kind = model, kind
        self.corrections, self.report = corrections, report
        self.new, self.changed, self.stale = [], [], []

    def sync(self, item: AgendaItem, current, values: dict | None):
        """Match the item's row to `values` (None: the source has none); return
        the row the item keeps, None if it has none."""
        label = f"item {item.number}"
        corrected = self.corrections.get(correction_key(current)) if current else None
        if values is None:
            # A row someone corrected by hand stays, but gets nothing new.
            if current and not corrected:
                self.stale.append(current.pk)
                self.report.record("deleted", self.kind, label)
            return None
        if current is None:
            current = self.model(agenda_item=item, **values)
            self.new.append(current)
            self.report.record("created", self.kind)
        elif apply_values(current, values, corrected, self.report, label, self.kind):
            self.changed.append(current)
        else:
            self.report.record("unchanged", self.kind)
        return current

    def save(self, fields: list[str]) -> None:
        if self.stale:
            self.model.objects.filter(pk__in=self.stale).delete()
        self.model.objects.bulk_create(self.new)
        if self.changed:
            self.model.objects.bulk_update(self.changed, fields)


def _sync_clauses(wanted, existing_by_recommendation, corrections, report) -> None:
    new, changed, delete = [], [], []
    for item, recommendation, rows in wanted:
        existing = existing_by_recommendation.get(recommendation.pk, [])
        for index, (number, text, outcome) in enumerate(rows):
            if index < len(existing):
                clause = existing[index]
                if apply_values(
                    clause,
                    {"number": number, "text": text, "outcome": outcome},
                    corrections.get(correction_key(clause)),
                    report,
                    f"item {item.number} clause {number}",
                    "clause",
                ):
                    changed.append(clause)
                else:
                    report.record("unchanged", "clause")
            else:
                new.append(
                    Clause(
                        recommendation=recommendation,
                        number=number,
                        text=text,
                        outcome=outcome,
                    )
                )
                report.record("created", "clause")
        delete.extend(clause.pk for clause in existing[len(rows) :])
    Clause.objects.filter(pk__in=delete).delete()
    Clause.objects.bulk_create(new)
    if changed:
        Clause.objects.bulk_update(changed, ["number", "text", "outcome"])
