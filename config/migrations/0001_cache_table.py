from django.core.management import call_command
from django.db import migrations

# settings.CACHES' table when REDIS_URL is not set. Made whatever the cache
# setting is while migrating, so that a deployment can drop Redis later.
CACHE_TABLE = "django_cache"


def create_cache_table(apps, schema_editor):
    # The rate limits' shared cache needs its table; made here so that
    # `migrate` alone prepares a database. Does nothing if the table exists.
    call_command(
        "createcachetable",
        CACHE_TABLE,
        database=schema_editor.connection.alias,
        verbosity=0,
    )


class Migration(migrations.Migration):
    dependencies = []

    operations = [
        migrations.RunPython(create_cache_table, migrations.RunPython.noop),
    ]
