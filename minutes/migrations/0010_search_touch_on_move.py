"""A decision or recommendation moved to another agenda item (the admin
allows it) rebuilds the search documents of both items, not only the new
one's. See 0008 for the documents and their triggers."""

from django.db import migrations

TOUCH_BOTH_ITEMS = """
CREATE OR REPLACE FUNCTION minutes_agendaitem_search_touch() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        UPDATE minutes_agendaitem SET title = title WHERE id = OLD.agenda_item_id;
    END IF;
    IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT'
            OR NEW.agenda_item_id IS DISTINCT FROM OLD.agenda_item_id) THEN
        UPDATE minutes_agendaitem SET title = title WHERE id = NEW.agenda_item_id;
    END IF;
    RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS decisions_decision_search ON decisions_decision;
CREATE TRIGGER decisions_decision_search
AFTER INSERT OR UPDATE OF text, agenda_item_id OR DELETE ON decisions_decision
FOR EACH ROW EXECUTE FUNCTION minutes_agendaitem_search_touch();

DROP TRIGGER IF EXISTS decisions_recommendation_search ON decisions_recommendation;
CREATE TRIGGER decisions_recommendation_search
AFTER INSERT OR UPDATE OF note, agenda_item_id OR DELETE ON decisions_recommendation
FOR EACH ROW EXECUTE FUNCTION minutes_agendaitem_search_touch();
"""

TOUCH_NEW_ITEM = """
CREATE OR REPLACE FUNCTION minutes_agendaitem_search_touch() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE minutes_agendaitem SET title = title
    WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.agenda_item_id
                    ELSE NEW.agenda_item_id END;
    RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS decisions_decision_search ON decisions_decision;
CREATE TRIGGER decisions_decision_search
AFTER INSERT OR UPDATE OF text OR DELETE ON decisions_decision
FOR EACH ROW EXECUTE FUNCTION minutes_agendaitem_search_touch();

DROP TRIGGER IF EXISTS decisions_recommendation_search ON decisions_recommendation;
CREATE TRIGGER decisions_recommendation_search
AFTER INSERT OR UPDATE OF note OR DELETE ON decisions_recommendation
FOR EACH ROW EXECUTE FUNCTION minutes_agendaitem_search_touch();
"""


def on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("minutes", "0009_meeting_checksum_index"),
    ]

    operations = [
        migrations.RunPython(
            on_postgresql(TOUCH_BOTH_ITEMS), on_postgresql(TOUCH_NEW_ITEM)
        ),
    ]
