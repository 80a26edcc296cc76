"""The admin speaks Danish whatever the browser asks for, and names the product."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("accept_language", ["en-US,en;q=0.9", "de", ""])
def test_admin_is_danish_whatever_the_browser_language(admin_client, accept_language):
    response = admin_client.get(
        "/admin/decisions/followup/add/", HTTP_ACCEPT_LANGUAGE=accept_language
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert 'lang="da"' in content
    assert "Gem" in content
    assert "Save" not in content


def test_admin_header_and_title_name_the_product(admin_client):
    content = admin_client.get("/admin/").content.decode()
    assert "Beslutningsopfølgning" in content
    assert "Django administration" not in content
    assert "Django-administration" not in content


def test_validation_messages_are_danish(admin_client):
    response = admin_client.post("/admin/decisions/followup/add/", {})
    assert "Dette felt er påkrævet." in response.content.decode()


def test_fields_a_secretariat_edits_have_help_texts(admin_client):
    from tests.factories import AgendaItemFactory, FollowUpFactory

    follow_up = FollowUpFactory()
    item = AgendaItemFactory()
    follow_up_page = admin_client.get(
        f"/admin/decisions/followup/{follow_up.pk}/change/"
    ).content.decode()
    item_page = admin_client.get(
        f"/admin/minutes/agendaitem/{item.pk}/change/"
    ).content.decode()
    assert "Sagsnummeret, fx" in item_page
    assert "Hvem der skal gøre det" in follow_up_page
