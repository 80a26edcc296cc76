"""Recommendation, Clause and Decision moved to minutes (state only).

The tables and their rows stay; the content types are renamed so that the
hand corrections (FieldCorrection) and the permissions that point at them
keep pointing at the same rows.
"""

from django.db import migrations

MOVED = ("recommendation", "clause", "decision")


def content_types_to_minutes(apps, schema_editor):
    content_type = apps.get_model("contenttypes", "ContentType")
    for model in MOVED:
        if content_type.objects.filter(app_label="minutes", model=model).exists():
            continue
        content_type.objects.filter(app_label="decisions", model=model).update(
            app_label="minutes"
        )


def content_types_to_decisions(apps, schema_editor):
    content_type = apps.get_model("contenttypes", "ContentType")
    content_type.objects.filter(app_label="minutes", model__in=MOVED).update(
        app_label="decisions"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("decisions", "0006_merge_0005_followup_rule_0005_unit_contact_email"),
        ("minutes", "0004_outcomes_move"),
    ]

    operations = [
        migrations.RunPython(content_types_to_minutes, content_types_to_decisions),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(model_name="decision", name="agenda_item"),
                migrations.RemoveField(model_name="recommendation", name="agenda_item"),
                migrations.DeleteModel(name="Clause"),
                migrations.DeleteModel(name="Decision"),
                migrations.DeleteModel(name="Recommendation"),
            ]
        ),
    ]
