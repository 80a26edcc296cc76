import pytest
from django.contrib.auth.models import Permission
from django.core.cache import cache
from rest_framework.test import APIClient

from tests.factories import UserFactory


@pytest.fixture(autouse=True)
def _fast_password_hasher(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _fresh_cache(settings):
    # The shared (database) cache would add the throttles' statements to every
    # query count; tests/test_deploy.py tests the rate limits in it.
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    }
    # Throttle counters live in the cache; user ids repeat across tests.
    cache.clear()


def grant(user, *codenames):
    """Give the user permissions named "app_label.codename"."""
    for name in codenames:
        app_label, codename = name.split(".")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    # Django caches permissions on the user object.
    for attribute in ("_perm_cache", "_user_perm_cache"):
        user.__dict__.pop(attribute, None)
    return user


@pytest.fixture
def user(db):
    """A reader: an account with no special permissions."""
    return UserFactory()


@pytest.fixture
def secretariat_user(db):
    """May change follow-ups and see closed items, like the secretariat's group."""
    return grant(
        UserFactory(),
        "decisions.add_followup",
        "decisions.change_followup",
        "minutes.view_closed_agendaitem",
    )


@pytest.fixture
def api_client(user):
    client = APIClient()
    client.force_authenticate(user)
    return client


@pytest.fixture
def secretariat_client(secretariat_user):
    client = APIClient()
    client.force_authenticate(secretariat_user)
    return client


@pytest.fixture
def anonymous_client():
    return APIClient()
