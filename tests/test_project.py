"""Project-wide guards: the OpenAPI schema, the admin (production settings: see
test_deploy.py)."""

import pytest
from django.core.management import call_command


def test_openapi_schema_is_valid_without_warnings(tmp_path):
    call_command(
        "spectacular",
        "--validate",
        "--fail-on-warn",
        "--file",
        str(tmp_path / "schema.yml"),
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/admin/minutes/meeting/",
        "/admin/minutes/agendaitem/",
        "/admin/decisions/followup/",
        "/admin/decisions/unit/",
    ],
)
def test_admin_changelists_load(admin_client, url):
    assert admin_client.get(url).status_code == 200
