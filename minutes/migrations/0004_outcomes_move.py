"""Recommendation, Clause and Decision now live in minutes (state only)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('minutes', '0003_merge_0002_field_lengths_0002_source_documents'),
        ('decisions', '0006_merge_0005_followup_rule_0005_unit_contact_email'),
    ]

    # Recommendation, Clause and Decision move from decisions to minutes: they
    # are printed in the referat. Their tables keep their names and rows, so
    # only Django's model state changes here (decisions 0007 lets go of them).
    operations = [migrations.SeparateDatabaseAndState(state_operations=[
        migrations.CreateModel(
            name='Decision',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('heading', models.CharField(blank=True, max_length=300, verbose_name='overskrift')),
                ('text', models.TextField(verbose_name='tekst')),
                ('agenda_item', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='decision', to='minutes.agendaitem', verbose_name='dagsordenspunkt')),
            ],
            options={
                'verbose_name': 'beslutning',
                'verbose_name_plural': 'beslutninger',
                'db_table': 'decisions_decision',
            },
        ),
        migrations.CreateModel(
            name='Recommendation',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('proposer', models.CharField(blank=True, max_length=300, verbose_name='indstiller')),
                ('note', models.TextField(blank=True, verbose_name='bemærkning')),
                ('agenda_item', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='recommendation', to='minutes.agendaitem', verbose_name='dagsordenspunkt')),
            ],
            options={
                'verbose_name': 'indstilling',
                'verbose_name_plural': 'indstillinger',
                'db_table': 'decisions_recommendation',
            },
        ),
        migrations.CreateModel(
            name='Clause',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('number', models.PositiveIntegerField(verbose_name='nummer')),
                ('text', models.TextField(verbose_name='tekst')),
                ('outcome', models.CharField(choices=[('approved', 'Godkendt'), ('noted', 'Taget til efterretning'), ('discussed', 'Drøftet'), ('amended', 'Godkendt med ændringer'), ('rejected', 'Afvist'), ('postponed', 'Udsat'), ('unclear', 'Uklart')], default='unclear', max_length=20, verbose_name='udfald')),
                ('recommendation', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='clauses', to='minutes.recommendation', verbose_name='indstilling')),
            ],
            options={
                'verbose_name': 'indstillingspunkt',
                'verbose_name_plural': 'indstillingspunkter',
                'db_table': 'decisions_clause',
                'ordering': ['recommendation', 'number', 'pk'],
            },
        ),
    ])]
