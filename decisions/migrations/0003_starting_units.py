"""A starting set of typical Danish municipal units and the other names they go by.

The secretariat adjusts the list in the admin to its own organisation.
"""

from django.db import migrations

# Unit name -> other spellings and abbreviations used in minutes.
STARTING_UNITS = {
    "Økonomi & Stab": ["ØS", "Økonomi og Stab"],
    "HR & Organisationsudvikling": [
        "Organisationsudvikling & HR",
        "HR og Organisationsudvikling",
        "HR",
    ],
    "Miljø & Teknik": ["Miljø og Teknik", "Teknik & Miljø", "Teknik og Miljø"],
    "Organisation & Politik": ["Organisation og Politik"],
    "Borgerservice": ["Borgerservicecenter"],
    "IT & Digitalisering": ["IT og Digitalisering", "IT"],
    "Børn & Unge": ["Børn og Unge"],
    "Social & Sundhed": ["Social og Sundhed"],
    "Kultur & Fritid": ["Kultur og Fritid"],
    "Jobcenter": ["Jobcentret"],
    "Drift & Service": ["Drift og Service"],
}


def create_units(apps, schema_editor):
    Unit = apps.get_model("decisions", "Unit")
    UnitAlias = apps.get_model("decisions", "UnitAlias")
    for name, aliases in STARTING_UNITS.items():
        unit, _ = Unit.objects.get_or_create(name=name)
        for alias in aliases:
            # An alias someone already gave another unit stays with that unit.
            UnitAlias.objects.get_or_create(alias=alias, defaults={"unit": unit})


def delete_units(apps, schema_editor):
    Unit = apps.get_model("decisions", "Unit")
    Unit.objects.filter(name__in=STARTING_UNITS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("decisions", "0002_initial"),
    ]

    operations = [migrations.RunPython(create_units, delete_units)]
