"""Project-wide guards: the OpenAPI schema, production settings, the admin."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).parent.parent


def test_openapi_schema_is_valid_without_warnings(tmp_path):
    call_command(
        "spectacular",
        "--validate",
        "--fail-on-warn",
        "--file",
        str(tmp_path / "schema.yml"),
    )


def test_check_deploy_is_clean_with_production_settings():
    env = {
        **os.environ,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "a-long-random-production-secret-" + "x7Kq9" * 8,
        "DJANGO_ALLOWED_HOSTS": "minutes.example.org",
        "DJANGO_SECURE_SSL_REDIRECT": "1",
        "DJANGO_SECURE_COOKIES": "1",
        "DJANGO_HSTS_SECONDS": "31536000",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


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
