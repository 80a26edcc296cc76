"""Search at a full archive: each agenda item's text search document is stored
and indexed (GIN), so a search reads the index instead of building every
item's document on every query.

On PostgreSQL, triggers keep it: an item's own row when its title or sections
change, and the item when its decision or recommendation is written, however
it is written (import, admin, API, bulk statements). Other databases keep the
column empty and search by config.search's fallback.
"""

import django.contrib.postgres.search
from django.db import migrations

ITEM_DOCUMENT = """
CREATE OR REPLACE FUNCTION minutes_agendaitem_search_document() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_vector :=
        setweight(to_tsvector('danish', coalesce(NEW.title, '')), 'A')
        || setweight(to_tsvector('danish', coalesce(
            (SELECT text FROM decisions_decision WHERE agenda_item_id = NEW.id),
            '')), 'B')
        || setweight(to_tsvector('danish', coalesce(
            (SELECT note FROM decisions_recommendation
             WHERE agenda_item_id = NEW.id), '')), 'C')
        || setweight(jsonb_to_tsvector(
            'danish', coalesce(NEW.sections, '[]'::jsonb), '["string"]'), 'D');
    RETURN NEW;
END $$;

CREATE TRIGGER minutes_agendaitem_search
BEFORE INSERT OR UPDATE OF title, sections ON minutes_agendaitem
FOR EACH ROW EXECUTE FUNCTION minutes_agendaitem_search_document();

-- A decision or recommendation written: rebuild its item's document (an
-- UPDATE naming title fires the trigger above).
CREATE OR REPLACE FUNCTION minutes_agendaitem_search_touch() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE minutes_agendaitem SET title = title
    WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.agenda_item_id
                    ELSE NEW.agenda_item_id END;
    RETURN NULL;
END $$;

CREATE TRIGGER decisions_decision_search
AFTER INSERT OR UPDATE OF text OR DELETE ON decisions_decision
FOR EACH ROW EXECUTE FUNCTION minutes_agendaitem_search_touch();

CREATE TRIGGER decisions_recommendation_search
AFTER INSERT OR UPDATE OF note OR DELETE ON decisions_recommendation
FOR EACH ROW EXECUTE FUNCTION minutes_agendaitem_search_touch();

CREATE INDEX minutes_agendaitem_search_idx
ON minutes_agendaitem USING gin (search_vector);

UPDATE minutes_agendaitem SET title = title;
"""

DROP = """
DROP INDEX IF EXISTS minutes_agendaitem_search_idx;
DROP TRIGGER IF EXISTS decisions_recommendation_search ON decisions_recommendation;
DROP TRIGGER IF EXISTS decisions_decision_search ON decisions_decision;
DROP TRIGGER IF EXISTS minutes_agendaitem_search ON minutes_agendaitem;
DROP FUNCTION IF EXISTS minutes_agendaitem_search_touch();
DROP FUNCTION IF EXISTS minutes_agendaitem_search_document();
"""


def on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("minutes", "0007_body_updated_at"),
    ]

    operations = [
        migrations.AddField(
            model_name="agendaitem",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(
                editable=False, null=True
            ),
        ),
        migrations.RunPython(on_postgresql(ITEM_DOCUMENT), on_postgresql(DROP)),
    ]
