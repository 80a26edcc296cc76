"""The admin as a correction workbench: what a person changes there survives
a re-import of the same minutes."""

from pathlib import Path

import pytest
from django.core.management import call_command

from minutes.models import AgendaItem, FieldCorrection

DATA = Path(__file__).parent.parent / "data" / "import"

pytestmark = pytest.mark.django_db


def _value(bound_field):
    value = bound_field.value()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "on" if value else None
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return str(value)


def change_form_data(response) -> dict:
    """The POST data the admin change page would send back unchanged."""
    forms = [response.context["adminform"].form]
    data = {}
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        forms.append(formset.management_form)
        forms.extend(formset.forms)
    for form in forms:
        for bound_field in form:
            value = _value(bound_field)
            if value is not None:
                data[bound_field.html_name] = value
    return data


def test_changing_a_title_in_the_admin_records_who_corrected_it(
    admin_client, admin_user
):
    call_command("import_minutes", str(DATA / "udvalg_v1.txt"))
    item = AgendaItem.objects.get(number=2)
    url = f"/admin/minutes/agendaitem/{item.pk}/change/"
    data = change_form_data(admin_client.get(url))
    data["title"] = "Affaldsordning (rettet)"

    response = admin_client.post(url, data)

    assert response.status_code == 302, response.context["errors"]
    correction = FieldCorrection.objects.get(object_id=item.pk, field_name="title")
    assert correction.corrected_by == admin_user
    assert correction.corrected_at is not None


def test_a_correction_in_the_admin_survives_a_reimport(admin_client):
    call_command("import_minutes", str(DATA / "udvalg_v1.txt"))
    item = AgendaItem.objects.get(number=2)
    url = f"/admin/minutes/agendaitem/{item.pk}/change/"
    data = change_form_data(admin_client.get(url))
    data["decision-0-text"] = "Godkendt med rettelse."
    admin_client.post(url, data)

    call_command("import_minutes", str(DATA / "udvalg_v2.txt"))

    item.refresh_from_db()
    assert item.decision.text == "Godkendt med rettelse."


@pytest.mark.parametrize("items", [1, 8])
def test_agenda_item_changelist_query_count_does_not_grow(
    admin_client, django_assert_max_num_queries, items
):
    from tests.factories import AgendaItemFactory, MeetingFactory

    meeting = MeetingFactory()
    AgendaItemFactory.create_batch(items, meeting=meeting)

    with django_assert_max_num_queries(12):
        assert admin_client.get("/admin/minutes/agendaitem/").status_code == 200
