"""FollowUp.event is now due_event: it sat beside `events`, the history.
Renamed, so every value is kept."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("decisions", "0008_merge_0005_api_0007_outcomes_move"),
    ]

    operations = [
        migrations.RenameField(
            model_name="followup", old_name="event", new_name="due_event"
        ),
        migrations.AlterField(
            model_name="followup",
            name="due_event",
            field=models.CharField(
                blank=True,
                help_text="Mødet eller forummet, fristen afhænger af "
                "(fx næstkommende KommuneMED).",
                max_length=200,
                verbose_name="fristens begivenhed",
            ),
        ),
    ]
