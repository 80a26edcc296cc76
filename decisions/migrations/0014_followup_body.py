"""Follow-ups carry their meeting's forum (FollowUp.body), so the list
filtered by forum needs no join through agenda items and meetings; filled
from the meetings here, kept by decisions.receivers and the import."""

import django.db.models.deletion
from django.db import migrations, models


def copy_forums(apps, schema_editor):
    FollowUp = apps.get_model("decisions", "FollowUp")
    AgendaItem = apps.get_model("minutes", "AgendaItem")
    FollowUp.objects.update(
        body_id=models.Subquery(
            AgendaItem.objects.filter(pk=models.OuterRef("agenda_item_id")).values(
                "meeting__body_id"
            )[:1]
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("decisions", "0013_open_event_index"),
        ("minutes", "0010_search_touch_on_move"),
    ]

    operations = [
        migrations.AddField(
            model_name="followup",
            name="body",
            # Checked once when the constraint is added below, rather than
            # one deferred check per row the copy updates.
            field=models.ForeignKey(
                db_constraint=False,
                db_index=False,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="minutes.body",
                verbose_name="forum",
            ),
        ),
        migrations.RunPython(copy_forums, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="followup",
            name="body",
            field=models.ForeignKey(
                db_index=False,
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="minutes.body",
                verbose_name="forum",
            ),
        ),
        migrations.AddIndex(
            model_name="followup",
            index=models.Index(
                fields=["body", "status", "due_date", "id"],
                include=("is_closed",),
                name="decisions_fu_body_status_idx",
            ),
        ),
    ]
