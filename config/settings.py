"""Django settings. One module; everything that differs per deployment comes from
the environment (see README "Configuration")."""

import hashlib
import os
from base64 import b64encode
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


def env_list(name: str, default: str) -> list[str]:
    return [v.strip() for v in os.environ.get(name, default).split(",") if v.strip()]


# On by default so a fresh checkout runs; the production image sets 0.
DEBUG = env_bool("DJANGO_DEBUG", True)
# The key a checkout falls back to with DEBUG on. It is in the repository, so
# anyone could sign sessions with it: without DEBUG there is no fallback, and
# `check --deploy` reports it (config.E001).
DEVELOPMENT_SECRET_KEY = "dev-only-insecure-key-change-me-0123456789abcdefghijklmnop"
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY and os.environ.get("DJANGO_SECRET_KEY_FILE"):
    # A mounted secret (Docker or Kubernetes) keeps the key out of the
    # environment, which `docker inspect` and crash reports show.
    SECRET_KEY = Path(os.environ["DJANGO_SECRET_KEY_FILE"]).read_text().strip()
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. Set it to a long random value in "
            "production, or DJANGO_DEBUG=1 for development."
        )
    SECRET_KEY = DEVELOPMENT_SECRET_KEY
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "axes",
    "csp",
    "config",
    "drf_standardized_errors",
    "django_tasks",
    "django_tasks_db",
    "minutes",
    "decisions",
    "webhooks",
]

MIDDLEWARE = [
    "config.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "config.middleware.ApiGZipMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "config.middleware.ApiEnglishMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last, as django-axes asks: it turns a lockout into the 429 page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        # WAL lets readers work during an import; NORMAL syncs at checkpoints
        # rather than on every commit, which is safe with WAL.
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # The API's queries are short; compiling them (JIT) costs more than it
    # saves: 40 ms of a 260 ms search over a million items.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# The follow-up indexes carry the closed flag as a non-key column on
# PostgreSQL (decisions.models); SQLite ignores it, which is fine there.
SILENCED_SYSTEM_CHECKS = ["models.W040"]

# One cache for every worker and container, so that rate limits count all of a
# client's requests: Redis when REDIS_URL is set, else a table in the database
# (made by a migration, config/migrations/0001_cache_table.py).
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "django_cache",
            # The default (300) would cull a third of the rate-limit counters
            # once 300 clients are counted, and their limits with them.
            "OPTIONS": {"MAX_ENTRIES": 100_000},
        }
    }

AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses a locked-out login before any password check.
    "config.security.LockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Lock a username out from one address after this many wrong passwords, for
# AXES_COOLOFF_TIME; a success in between starts the count again.
AXES_FAILURE_LIMIT = env_int("DJANGO_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("DJANGO_LOGIN_LOCKOUT_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "config.security.client_ip"
# Its start-up banner would be the first line of every command's output.
AXES_VERBOSE = False

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

LANGUAGE_CODE = "da"
# Danish only: the admin is the secretariat's and speaks Danish whatever the
# browser asks for (LocaleMiddleware picks among these languages only).
LANGUAGES = [("da", "Dansk")]
TIME_ZONE = "Europe/Copenhagen"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Not the manifest storage: that one fails on any page with static files
    # until collectstatic has run, and runserver with DEBUG off must work.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
# Serve static files from the app directories when collectstatic has not run
# (runserver with DEBUG off, the tests); the production image runs collectstatic.
WHITENOISE_USE_FINDERS = True

# Requests bigger than this are refused before they reach a view.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
# Largest referat the importer accepts, in bytes.
MINUTES_MAX_BYTES = env_int("MINUTES_MAX_BYTES", 5 * 1024 * 1024)
# Most follow-ups in one CSV, Excel or calendar file (API and admin).
EXPORT_MAX_ROWS = env_int("EXPORT_MAX_ROWS", 50_000)

API_DESCRIPTION = """\
Meetings, agenda items, recommendations, decisions and the follow-ups they
create, read from Danish municipal minutes (*referater*).

Danish terms in the data: *referat* (minutes), *punkt* (agenda item),
*indstilling* (recommendation), *beslutning* (decision), *opfølgning*
(follow-up), *lukket punkt* (closed, confidential agenda item), *udsat*
(postponed), *taget af dagsordenen* (withdrawn), *sagsnummer* (case number).

**Authentication**: send `Authorization: Token <key>` (the word `Token`, not
`Bearer`; in a client generated with openapi-python-client pass
`prefix="Token"`). Every operation needs an account.

**Errors** all have one shape: `{"type": "validation_error" | "client_error" |
"server_error", "errors": [{"code": "...", "detail": "...", "attr": "..."}]}`.
`code` is stable and machine-readable, `detail` is English prose, `attr` names
the field or query parameter at fault. Unknown query parameters and invalid
filter or ordering values are refused with a 400.

**Concurrency**: every detail answer has an `ETag`; `If-None-Match` gives 304
when nothing changed. Every write to a follow-up needs `If-Match` with its
ETag: 428 without it, 412 when someone else changed it since.
"""

# Background jobs (imports uploaded through the API) in the database; run the
# worker with `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "config.security.ThrottledTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["config.permissions.ModelPermissionsOrReadOnly"],
    # JSON only: a schema that offers form and multipart bodies too makes
    # generated clients send those by accident.
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_FILTER_BACKENDS": [
        "config.filters.StrictFilterBackend",
        "config.filters.StrictOrderingFilter",
    ],
    "DEFAULT_PAGINATION_CLASS": "config.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "config.schema.ApiAutoSchema",
    "EXCEPTION_HANDLER": "drf_standardized_errors.handler.exception_handler",
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.AnonRateThrottle",
        "rest_framework.throttling.UserRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": os.environ.get("API_THROTTLE_ANON", "60/minute"),
        "user": os.environ.get("API_THROTTLE_USER", "6000/minute"),
        # Requests with a token that is refused, per client address.
        "failed_authentication": os.environ.get(
            "API_THROTTLE_FAILED_AUTH", "20/minute"
        ),
    },
    # Proxies in front of the app that append to X-Forwarded-For; the client
    # address for rate limits and login lockouts is the one the outermost saw.
    # Unset, X-Forwarded-For is ignored (a client could write anything there).
    "NUM_PROXIES": env_int("DJANGO_NUM_PROXIES", 0) or None,
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
}

DRF_STANDARDIZED_ERRORS = {
    "EXCEPTION_HANDLER_CLASS": "config.exceptions.ApiExceptionHandler",
    "EXCEPTION_FORMATTER_CLASS": "config.exceptions.ApiExceptionFormatter",
}

_ERROR_ENUMS = "drf_standardized_errors.openapi_serializers"
SPECTACULAR_SETTINGS = {
    "TITLE": "Decision tracking for municipal minutes",
    "DESCRIPTION": API_DESCRIPTION,
    "VERSION": "1.0.0",
    "SCHEMA_PATH_PREFIX": "/api/v1/",
    "COMPONENT_SPLIT_REQUEST": True,
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # The choices' labels are Danish (the admin's); the fields' help texts
    # explain the values in English instead.
    "ENUM_GENERATE_CHOICE_DESCRIPTION": False,
    "ENUM_NAME_OVERRIDES": {
        "FollowUpStatus": "decisions.models.FollowUpStatus",
        "FollowUpOrigin": "decisions.models.FollowUpOrigin",
        "DuePrecision": "decisions.models.DuePrecision",
        "ClauseOutcome": "minutes.models.ClauseOutcome",
        "AgendaItemStatus": "minutes.models.AgendaItemStatus",
        "WebhookEventType": "webhooks.models.EventType",
        "WebhookDeliveryStatus": "webhooks.models.DeliveryStatus",
        "Error400Type": "config.schema.Error400Type",
        **{
            name: f"{_ERROR_ENUMS}.{name}"
            for name in (
                "ValidationErrorEnum",
                "ClientErrorEnum",
                "ServerErrorEnum",
                "ErrorCode401Enum",
                "ErrorCode403Enum",
                "ErrorCode404Enum",
                "ErrorCode405Enum",
                "ErrorCode406Enum",
                "ErrorCode415Enum",
                "ErrorCode429Enum",
                "ErrorCode500Enum",
            )
        },
    },
    "PREPROCESSING_HOOKS": ["config.schema.drop_slashed_file_routes"],
    "POSTPROCESSING_HOOKS": [
        "drf_standardized_errors.openapi_hooks.postprocess_schema_enums",
        "config.schema.reference_named_enums",
        "config.schema.describe_path_ids",
        "config.schema.drop_field_titles",
        "config.schema.refuse_additional_properties",
    ],
}

# Production hardening. Off by default so a plain-HTTP server on a laptop works;
# the production image turns the redirect and secure cookies on (Dockerfile)
# and `check --deploy` is clean with the values in the README.
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", False)
SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
# HSTS binds browsers for its whole lifetime and preload lists are slow to
# leave: each part is the operator's decision.
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", False)
# A header that says the request came over HTTPS, e.g. X-Forwarded-Proto. Only
# for a proxy that sets it on every request: otherwise any client can claim it.
PROXY_SSL_HEADER = os.environ.get("DJANGO_PROXY_SSL_HEADER", "").strip()
if PROXY_SSL_HEADER:
    SECURE_PROXY_SSL_HEADER = (
        "HTTP_" + PROXY_SSL_HEADER.upper().replace("-", "_"),
        "https",
    )
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"


# E-mail (follow-up reminders). The console backend prints mail in development;
# EMAIL_URL (smtp://user:password@host:587?tls=1, smtps://... for SSL) or
# EMAIL_HOST and friends send through SMTP.
def _email_settings() -> dict:
    from urllib.parse import parse_qs, unquote, urlsplit

    url = os.environ.get("EMAIL_URL", "")
    if url:
        parts = urlsplit(url)
        query = parse_qs(parts.query)
        ssl = parts.scheme == "smtps" or query.get("ssl", ["0"])[0] == "1"
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": parts.hostname or "localhost",
            "EMAIL_PORT": parts.port or (465 if ssl else 25),
            "EMAIL_HOST_USER": unquote(parts.username or ""),
            "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
            "EMAIL_USE_SSL": ssl,
            "EMAIL_USE_TLS": not ssl and query.get("tls", ["0"])[0] == "1",
        }
    if os.environ.get("EMAIL_HOST"):
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": os.environ["EMAIL_HOST"],
            "EMAIL_PORT": env_int("EMAIL_PORT", 25),
            "EMAIL_HOST_USER": os.environ.get("EMAIL_HOST_USER", ""),
            "EMAIL_HOST_PASSWORD": os.environ.get("EMAIL_HOST_PASSWORD", ""),
            "EMAIL_USE_TLS": env_bool("EMAIL_USE_TLS", False),
            "EMAIL_USE_SSL": env_bool("EMAIL_USE_SSL", False),
        }
    return {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}


globals().update(_email_settings())
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 30)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "opfoelgning@localhost")
# Where the admin is reached from outside, for links in reminder e-mails.
ADMIN_BASE_URL = os.environ.get("ADMIN_BASE_URL", "http://127.0.0.1:8000").rstrip("/")

# Webhooks (webhooks/). The API's address outside, for the `url` fields of
# webhook payloads (the admin's address by default).
WEBHOOKS_BASE_URL = os.environ.get("WEBHOOKS_BASE_URL", ADMIN_BASE_URL).rstrip("/")
# Endpoints whose host resolves to a loopback, private, link-local or other
# non-public address are refused unless this is on: a webhook must not become
# a way to reach the servers behind the firewall (SSRF).
WEBHOOKS_ALLOW_PRIVATE_NETWORKS = env_bool("WEBHOOKS_ALLOW_PRIVATE_NETWORKS", False)
# Only https endpoints; on by default without DEBUG (production).
WEBHOOKS_REQUIRE_HTTPS = env_bool("WEBHOOKS_REQUIRE_HTTPS", not DEBUG)
# Seconds to wait for an endpoint to connect and for each read of its answer.
WEBHOOKS_TIMEOUT = float(os.environ.get("WEBHOOKS_TIMEOUT", "") or 5)
# Attempts per delivery: the first and the retries after 1 min, 5 min, 30 min,
# 2 h and 12 h; then the delivery has failed.
WEBHOOKS_MAX_ATTEMPTS = env_int("WEBHOOKS_MAX_ATTEMPTS", 6)


def _style_hash(css: str) -> str:
    digest = b64encode(hashlib.sha256(css.encode()).digest()).decode()
    return f"'sha256-{digest}'"


# Content-Security-Policy (django-csp). No inline script anywhere: the Swagger
# UI page loads its start-up script from the same URL (?script), see urls.py.
# Two inline <style> blocks are allowed by hash, the Swagger page's and the one
# the admin change list adds when a model has no actions; tests/test_deploy.py
# fails if a Django or drf-spectacular upgrade changes either.
CSP_INLINE_STYLE_HASHES = [
    _style_hash(
        "\n      html { box-sizing: border-box; overflow-y: scroll; }"
        "\n      *, *:after, *:before { box-sizing: inherit; }"
        "\n      body { background: #fafafa; margin: 0; }\n    "
    ),
    _style_hash(
        "\n      #changelist table thead th:first-child {width: inherit}\n    "
    ),
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, *CSP_INLINE_STYLE_HASHES],
        # Swagger UI's stylesheet draws its icons from data: URIs.
        "img-src": [SELF, "data:"],
        "connect-src": [SELF],
        "font-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
