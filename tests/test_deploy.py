"""Safe to deploy: the secret key, login lockout, rate limits in the shared
cache, the Content-Security-Policy, HTTPS settings and the health endpoints."""

import base64
import hashlib
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import DatabaseError, connection
from django.db.migrations.executor import MigrationExecutor
from django.test import Client
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient
from rest_framework.throttling import AnonRateThrottle

from config import health
from config.security import FailedAuthenticationThrottle
from tests.factories import UserFactory

ROOT = Path(__file__).parent.parent

PRODUCTION_ENV = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "a-long-random-production-secret-" + "x7Kq9" * 8,
    "DJANGO_ALLOWED_HOSTS": "minutes.example.org",
    "DJANGO_SECURE_SSL_REDIRECT": "1",
    "DJANGO_SECURE_COOKIES": "1",
    "DJANGO_HSTS_SECONDS": "31536000",
    "DJANGO_HSTS_INCLUDE_SUBDOMAINS": "1",
    "DJANGO_HSTS_PRELOAD": "1",
    "DJANGO_PROXY_SSL_HEADER": "X-Forwarded-Proto",
}


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    """Run manage.py in a fresh process with these environment variables."""
    base = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "REDIS_URL"))
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
    )


# -- The secret key and `check --deploy` ------------------------------------


def test_check_deploy_is_clean_with_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION_ENV)

    assert result.returncode == 0, result.stdout + result.stderr


def test_refuses_to_start_without_debug_and_without_a_secret_key():
    env = {**PRODUCTION_ENV}
    del env["DJANGO_SECRET_KEY"]

    result = manage("check", **env)

    assert result.returncode != 0
    assert "ImproperlyConfigured: DJANGO_SECRET_KEY is not set" in result.stderr


def test_the_secret_key_can_come_from_a_mounted_file(tmp_path):
    key_file = tmp_path / "secret_key"
    key_file.write_text("from-a-file-" + "k3Yq8" * 10 + "\n")
    env = {**PRODUCTION_ENV, "DJANGO_SECRET_KEY_FILE": str(key_file)}
    del env["DJANGO_SECRET_KEY"]

    result = manage(
        "shell",
        "-v0",
        "-c",
        "from django.conf import settings as s; print(s.SECRET_KEY)",
        **env,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "from-a-file-" + "k3Yq8" * 10


def test_check_deploy_reports_the_development_key():
    env = {**PRODUCTION_ENV, "DJANGO_DEBUG": "1"}
    del env["DJANGO_SECRET_KEY"]

    result = manage("check", "--deploy", **env)

    assert result.returncode != 0
    assert "config.E001" in result.stderr
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_hsts_and_proxy_header_are_off_unless_the_environment_says_so():
    show = (
        "from django.conf import settings as s; print(s.SECURE_HSTS_SECONDS, "
        "s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_HSTS_PRELOAD, "
        "s.SECURE_PROXY_SSL_HEADER)"
    )

    default = manage("shell", "-v0", "-c", show)
    production = manage("shell", "-v0", "-c", show, **PRODUCTION_ENV)

    assert default.stdout.split() == ["0", "False", "False", "None"]
    assert production.stdout.strip() == (
        "31536000 True True ('HTTP_X_FORWARDED_PROTO', 'https')"
    )


@pytest.mark.django_db
def test_forwarded_proto_is_not_trusted_by_default(client, settings):
    settings.SECURE_SSL_REDIRECT = True

    response = client.get("/admin/login/", headers={"x-forwarded-proto": "https"})

    assert response.status_code == 301
    assert response["Location"].startswith("https://")


@pytest.mark.django_db
def test_forwarded_proto_is_trusted_when_configured(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

    response = client.get("/admin/login/", headers={"x-forwarded-proto": "https"})

    assert response.status_code == 200


# -- Admin login lockout (django-axes) --------------------------------------


def admin_login(client: Client, username: str, password: str):
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": username, "password": password},
        REMOTE_ADDR="203.0.113.9",
    )


@pytest.mark.django_db
def test_admin_login_is_locked_out_after_repeated_failures(settings):
    settings.AXES_FAILURE_LIMIT = 5
    UserFactory(username="chef", password="rigtigt-kodeord-42", is_staff=True)
    client = Client()

    failures = [admin_login(client, "chef", f"gæt-{n}") for n in range(5)]
    locked = admin_login(client, "chef", "rigtigt-kodeord-42")

    assert [response.status_code for response in failures[:4]] == [200] * 4
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_admin_login_succeeds_below_the_failure_limit(settings):
    settings.AXES_FAILURE_LIMIT = 5
    UserFactory(username="chef", password="rigtigt-kodeord-42", is_staff=True)
    client = Client()

    for n in range(4):
        admin_login(client, "chef", f"gæt-{n}")
    response = admin_login(client, "chef", "rigtigt-kodeord-42")

    assert response.status_code == 302
    assert client.session["_auth_user_id"]


@pytest.mark.django_db
def test_lockout_is_per_address_and_username(settings):
    settings.AXES_FAILURE_LIMIT = 3
    UserFactory(username="chef", password="rigtigt-kodeord-42", is_staff=True)
    for n in range(3):
        admin_login(Client(), "chef", f"gæt-{n}")

    from_elsewhere = Client().post(
        "/admin/login/?next=/admin/",
        {"username": "chef", "password": "rigtigt-kodeord-42"},
        REMOTE_ADDR="198.51.100.7",
    )

    assert from_elsewhere.status_code == 302


# -- Rate limits in the shared cache ----------------------------------------

DATABASE_CACHE = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "django_cache",
    }
}


def redis_answers() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


@pytest.fixture(
    params=[
        "database",
        pytest.param(
            "redis",
            marks=pytest.mark.skipif(
                not redis_answers(), reason="no Redis on 127.0.0.1:6379"
            ),
        ),
    ]
)
def shared_cache(request, settings):
    """Each shared cache the settings can choose, empty."""
    if request.param == "database":
        settings.CACHES = DATABASE_CACHE
    else:
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                # A database of its own, so that clearing it touches nothing else.
                "LOCATION": "redis://127.0.0.1:6379/13",
            }
        }
    from django.core.cache import cache

    cache.clear()
    yield cache
    cache.clear()


@pytest.mark.django_db
def test_anonymous_rate_limit_is_counted_in_the_shared_cache(
    shared_cache, anonymous_client, monkeypatch
):
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "2/minute"})

    statuses = [anonymous_client.get("/api/v1/schema/").status_code for _ in range(3)]

    assert statuses == [200, 200, 429]
    # Another worker process sees the same counter: it is in the shared cache.
    assert len(shared_cache.get("throttle_anon_127.0.0.1")) == 2


@pytest.mark.django_db
def test_refused_tokens_are_throttled_even_before_a_valid_one(
    shared_cache, monkeypatch
):
    monkeypatch.setattr(
        FailedAuthenticationThrottle,
        "THROTTLE_RATES",
        {"failed_authentication": "3/minute"},
    )
    token = Token.objects.create(user=UserFactory())
    client = APIClient()

    def get(key: str) -> int:
        client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
        return client.get("/api/v1/meetings/").status_code

    statuses = [get(f"{n:040x}") for n in range(3)]

    assert statuses == [401, 401, 401]
    assert get(f"{99:040x}") == 429
    assert get(token.key) == 429


@pytest.mark.django_db
def test_valid_tokens_are_not_counted_as_failures(monkeypatch):
    monkeypatch.setattr(
        FailedAuthenticationThrottle,
        "THROTTLE_RATES",
        {"failed_authentication": "1/minute"},
    )
    token = Token.objects.create(user=UserFactory())
    client = APIClient(HTTP_AUTHORIZATION=f"Token {token.key}")

    statuses = [client.get("/api/v1/meetings/").status_code for _ in range(3)]

    assert statuses == [200, 200, 200]


@pytest.mark.django_db
def test_client_address_behind_trusted_proxies(anonymous_client, settings):
    from django.test import RequestFactory

    from config.security import client_ip

    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="1.2.3.4, 192.0.2.10"
    )
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": None}
    assert client_ip(request) == "10.0.0.2"
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}
    assert client_ip(request) == "192.0.2.10"


# -- Content-Security-Policy ------------------------------------------------


def policy(response) -> dict[str, list[str]]:
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


def inline_blocks(html: str, tag: str) -> list[str]:
    """Return the text of every <tag> element without a src attribute."""
    return re.findall(rf"<{tag}(?![^>]*\bsrc=)[^>]*>(.*?)</{tag}>", html, re.DOTALL)


def style_hash(css: str) -> str:
    digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
    return f"'sha256-{digest}'"


@pytest.mark.django_db
def test_swagger_page_works_under_the_policy(api_client):
    page = api_client.get("/api/v1/docs/")
    html = page.content.decode()
    directives = policy(page)

    assert directives["script-src"] == ["'self'"]
    assert inline_blocks(html, "script") == []
    for css in inline_blocks(html, "style"):
        assert style_hash(css) in directives["style-src"]
    # Every script it loads is on this site, including the start-up script.
    sources = re.findall(r'<script src="([^"]+)"', html)
    assert sources and all(src.startswith("/") for src in sources)
    start_up = api_client.get(sources[-1].replace("&amp;", "&"))
    assert start_up.status_code == 200
    assert start_up["Content-Type"].startswith("application/javascript")
    assert b"SwaggerUIBundle" in start_up.content


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/admin/login/",
        "/admin/",
        "/admin/decisions/followup/",
        "/admin/decisions/followup/add/",
        "/admin/auth/user/",
    ],
)
def test_admin_pages_work_under_the_policy(admin_client, client, url):
    # The login page is for those not logged in; it redirects the others.
    response = (client if url == "/admin/login/" else admin_client).get(url)
    html = response.content.decode()
    directives = policy(response)

    assert response.status_code == 200
    assert directives["default-src"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert inline_blocks(html, "script") == [] or all(
        # Data islands (type="application/json") are not executed.
        'type="application/json"' in tag
        for tag in re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", html)
    )
    for css in inline_blocks(html, "style"):
        assert style_hash(css) in directives["style-src"]
    assert " on" not in " ".join(re.findall(r"<[^>]+ on\w+=", html))


def test_the_admin_changelist_inline_style_is_allowed(settings):
    # The style block the change list adds for a model without actions.
    template = (
        Path(__import__("django").__file__).parent
        / "contrib/admin/templates/admin/change_list.html"
    ).read_text()
    css = inline_blocks(template, "style")[0]

    assert style_hash(css) in settings.CSP_INLINE_STYLE_HASHES


# -- Health endpoints --------------------------------------------------------


@pytest.mark.django_db
def test_healthz_answers_without_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.django_db
def test_readyz_answers_when_database_and_migrations_are_ready(client, monkeypatch):
    monkeypatch.setattr(health, "_migrations_applied", False)

    response = client.get("/readyz")

    assert response.status_code == 200
    assert health._migrations_applied is True


@pytest.mark.django_db
def test_readyz_is_unavailable_with_unapplied_migrations(client, monkeypatch):
    monkeypatch.setattr(health, "_migrations_applied", False)
    monkeypatch.setattr(
        MigrationExecutor, "migration_plan", lambda self, targets: [("m", False)]
    )

    response = client.get("/readyz")

    assert response.status_code == 503
    assert "1 migrations not applied" in response.json()["reason"]


@pytest.mark.django_db
def test_readyz_is_unavailable_without_the_database(client, monkeypatch):
    def refuse(*args, **kwargs):
        raise DatabaseError("could not connect to server db.internal")

    monkeypatch.setattr(connection, "cursor", refuse)

    response = client.get("/readyz")

    assert response.status_code == 503
    # The reason names no host.
    assert response.json() == {
        "status": "unavailable",
        "reason": "database unreachable",
    }


@pytest.mark.django_db
def test_readyz_is_unavailable_without_the_cache_table(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "no_such_cache_table",
        }
    }

    response = client.get("/readyz")

    assert response.status_code == 503
    assert "cache" in response.json()["reason"]


@pytest.mark.django_db
def test_health_probes_pass_host_check_and_https_redirect(settings):
    settings.ALLOWED_HOSTS = ["minutes.example.org"]
    settings.SECURE_SSL_REDIRECT = True
    client = Client(HTTP_HOST="10.1.2.3:8000")

    assert client.get("/healthz").status_code == 200
    assert client.get("/readyz").status_code == 200
    assert client.get("/admin/login/").status_code == 400


# -- The production image's inputs ------------------------------------------


def pins(path: Path) -> dict[str, str]:
    """Return {normalised name: version} for the name==version lines."""
    found = {}
    for line in path.read_text().splitlines():
        match = re.match(r"([A-Za-z0-9._-]+)(?:\[[^\]]*\])?==([^\s;\\]+)", line)
        if match:
            found[re.sub(r"[-_.]+", "-", match[1]).lower()] = match[2]
    return found


def test_the_image_lock_has_every_runtime_pin_with_hashes():
    runtime = pins(ROOT / "requirements.txt")
    lock_text = (ROOT / "requirements-lock.txt").read_text()
    lock = pins(ROOT / "requirements-lock.txt")

    stale = {
        name: (version, lock.get(name))
        for name, version in runtime.items()
        if lock.get(name) != version
    }
    assert not stale, f"run `make lock`: requirements-lock.txt is stale: {stale}"
    # Every locked distribution carries at least one hash.
    entries = re.split(r"\n(?=[A-Za-z])", lock_text.strip())
    assert all("--hash=sha256:" in entry for entry in entries if "==" in entry)


def test_development_tools_are_not_runtime_dependencies():
    runtime = pins(ROOT / "requirements.txt")
    development = pins(ROOT / "requirements-dev.txt")

    assert {"pytest", "pytest-django", "factory-boy", "ruff"} <= development.keys()
    assert not {"pytest", "pytest-django", "factory-boy", "ruff"} & runtime.keys()
    assert "-r requirements.txt" in (ROOT / "requirements-dev.txt").read_text()


def test_dockerignore_keeps_databases_caches_and_tests_out_of_the_image():
    ignored = (ROOT / ".dockerignore").read_text().split()

    for pattern in (".git", ".venv", "tests", "**/__pycache__", "*.sqlite3-wal"):
        assert pattern in ignored


@pytest.mark.django_db
def test_migrate_makes_the_cache_table_whatever_the_cache_setting(settings):
    import importlib
    from types import SimpleNamespace

    migration = importlib.import_module("config.migrations.0001_cache_table")
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    }
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE django_cache")

    migration.create_cache_table(None, SimpleNamespace(connection=connection))

    assert "django_cache" in connection.introspection.table_names()
