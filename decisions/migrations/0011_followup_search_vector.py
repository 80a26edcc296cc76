"""Search at a full archive: each follow-up's text search document is stored
and indexed (GIN), kept by a PostgreSQL trigger whenever its description or
source text is written. Other databases keep the column empty (see
config.search's fallback)."""

import django.contrib.postgres.search
from django.db import migrations

FOLLOW_UP_DOCUMENT = """
CREATE OR REPLACE FUNCTION decisions_followup_search_document() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_vector :=
        setweight(to_tsvector('danish', coalesce(NEW.description, '')), 'A')
        || setweight(to_tsvector('danish', coalesce(NEW.source_text, '')), 'B');
    RETURN NEW;
END $$;

CREATE TRIGGER decisions_followup_search
BEFORE INSERT OR UPDATE OF description, source_text ON decisions_followup
FOR EACH ROW EXECUTE FUNCTION decisions_followup_search_document();

CREATE INDEX decisions_followup_search_idx
ON decisions_followup USING gin (search_vector);

UPDATE decisions_followup SET description = description;
"""

DROP = """
DROP INDEX IF EXISTS decisions_followup_search_idx;
DROP TRIGGER IF EXISTS decisions_followup_search ON decisions_followup;
DROP FUNCTION IF EXISTS decisions_followup_search_document();
"""


def on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("decisions", "0010_follow_up_list_speed"),
    ]

    operations = [
        migrations.AddField(
            model_name="followup",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(
                editable=False, null=True
            ),
        ),
        migrations.RunPython(on_postgresql(FOLLOW_UP_DOCUMENT), on_postgresql(DROP)),
    ]
