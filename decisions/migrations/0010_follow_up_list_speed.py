"""The follow-up list at a full archive: the item's closed flag and the
responsible's unit on the follow-up, filled from what is there, and an index
for each main filter. On PostgreSQL, a trigram index serves the case-blind
substring search of `?responsible=` (Django's icontains is UPPER(..) LIKE)."""

import django.db.models.deletion
from django.db import migrations, models
from django.db.models import Exists, OuterRef

RESPONSIBLE_TRIGRAM_INDEX = "decisions_fu_responsible_trgm"


def fill_closed_flag_and_unit(apps, schema_editor):
    FollowUp = apps.get_model("decisions", "FollowUp")
    AgendaItem = apps.get_model("minutes", "AgendaItem")
    Unit = apps.get_model("decisions", "Unit")
    FollowUp.objects.filter(
        Exists(AgendaItem.objects.filter(pk=OuterRef("agenda_item_id"), is_closed=True))
    ).update(is_closed=True)
    for unit in Unit.objects.all():
        names = [unit.name, *unit.aliases.values_list("alias", flat=True)]
        for name in names:
            FollowUp.objects.filter(
                responsible__iexact=name, responsible_unit__isnull=True
            ).update(responsible_unit=unit)


def create_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {RESPONSIBLE_TRIGRAM_INDEX} ON "
            'decisions_followup USING gin ((UPPER("responsible"::text)) '
            "gin_trgm_ops)"
        )


def drop_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {RESPONSIBLE_TRIGRAM_INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("decisions", "0009_followup_due_event"),
        ("minutes", "0007_body_updated_at"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="followup",
            name="decisions_fu_status_due_idx",
        ),
        migrations.AddField(
            model_name="followup",
            name="is_closed",
            field=models.BooleanField(
                default=False, editable=False, verbose_name="lukket punkt"
            ),
        ),
        migrations.AddField(
            model_name="followup",
            name="responsible_unit",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="follow_ups",
                to="decisions.unit",
                verbose_name="ansvarlig enhed",
            ),
        ),
        migrations.AddField(
            model_name="unit",
            name="updated_at",
            field=models.DateTimeField(
                auto_now=True, db_index=True, verbose_name="ændret"
            ),
        ),
        migrations.RunPython(fill_closed_flag_and_unit, migrations.RunPython.noop),
        migrations.RunPython(create_trigram_index, drop_trigram_index),
        migrations.AlterField(
            model_name="followup",
            name="responsible",
            field=models.CharField(
                blank=True, max_length=300, verbose_name="ansvarlig"
            ),
        ),
        migrations.AddIndex(
            model_name="followup",
            index=models.Index(
                fields=["status", "due_date", "id"], name="decisions_fu_status_due_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="followup",
            index=models.Index(
                fields=["origin", "due_date", "id"], name="decisions_fu_origin_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="followup",
            index=models.Index(
                fields=["rule", "due_date", "id"], name="decisions_fu_rule_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="followup",
            index=models.Index(
                fields=["responsible_unit", "due_date", "id"],
                name="decisions_fu_unit_due_idx",
            ),
        ),
    ]
