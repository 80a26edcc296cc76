"""Moving Recommendation, Clause and Decision from decisions to minutes keeps
every row and every hand correction that points at them."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [
    ("minutes", "0003_merge_0002_field_lengths_0002_source_documents"),
    ("decisions", "0006_merge_0005_followup_rule_0005_unit_contact_email"),
]


@pytest.mark.django_db(transaction=True)
def test_the_move_keeps_rows_and_corrections() -> None:
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    content_type = old.get_model("contenttypes", "ContentType")
    body = old.get_model("minutes", "Body").objects.create(name="Udvalget", slug="u")
    meeting = old.get_model("minutes", "Meeting").objects.create(
        body=body, date="2026-03-03"
    )
    item = old.get_model("minutes", "AgendaItem").objects.create(
        meeting=meeting, number=1, title="Budget"
    )
    recommendation = old.get_model("decisions", "Recommendation").objects.create(
        agenda_item=item, proposer="Direktøren"
    )
    clause = old.get_model("decisions", "Clause").objects.create(
        recommendation=recommendation, number=1, text="at budgettet godkendes"
    )
    old.get_model("decisions", "Decision").objects.create(
        agenda_item=item, text="Godkendt."
    )
    clause_type, _ = content_type.objects.get_or_create(
        app_label="decisions", model="clause"
    )
    old.get_model("minutes", "FieldCorrection").objects.create(
        content_type=clause_type, object_id=clause.pk, field_name="text"
    )

    call_command("migrate", verbosity=0)

    from minutes.models import AgendaItem, Clause, FieldCorrection

    moved = AgendaItem.objects.get(pk=item.pk)
    assert moved.decision.text == "Godkendt."
    assert moved.recommendation.proposer == "Direktøren"
    assert [c.text for c in moved.recommendation.clauses.all()] == [
        "at budgettet godkendes"
    ]
    correction = FieldCorrection.objects.get()
    assert correction.content_type.app_label == "minutes"
    assert correction.content_type.model_class() is Clause
    assert correction.content_object == Clause.objects.get(pk=clause.pk)
