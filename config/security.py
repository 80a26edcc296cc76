"""Deployment safety: the client address behind proxies, the throttle on refused
credentials, the login lockout backend and the system check on the secret key."""

from __future__ import annotations

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.core import checks
from rest_framework.authentication import TokenAuthentication, get_authorization_header
from rest_framework.exceptions import AuthenticationFailed, Throttled
from rest_framework.settings import api_settings
from rest_framework.throttling import SimpleRateThrottle


def client_ip(request) -> str:
    """Return the client's address: REMOTE_ADDR, or with NUM_PROXIES trusted
    proxies in front, the address the outermost of them saw."""
    num_proxies = api_settings.NUM_PROXIES
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if num_proxies and forwarded:
        # Only the last NUM_PROXIES entries were written by proxies that are
        # trusted; anything before them is whatever the client sent.
        addresses = [address.strip() for address in forwarded.split(",")]
        return addresses[-min(num_proxies, len(addresses))]
    return request.META.get("REMOTE_ADDR", "")


class LockoutBackend(AxesStandaloneBackend):
    """django-axes' lockout check, for logins that come with a request.

    Code that authenticates without a request (the test client's login(), a
    shell) has no client to lock out and goes straight to the model backend.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)


class FailedAuthenticationThrottle(SimpleRateThrottle):
    """Requests whose credentials were refused, counted per client address.

    The ordinary throttles run after authentication, so a client guessing
    tokens would never reach them; this one is checked before.
    """

    scope = "failed_authentication"

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": client_ip(request)}

    def is_exhausted(self, request) -> bool:
        """Return whether the client has used up its refused attempts."""
        self.key = self.get_cache_key(request, None)
        self.now = self.timer()
        self.history = [
            moment
            for moment in self.cache.get(self.key, [])
            if moment > self.now - self.duration
        ]
        return len(self.history) >= self.num_requests

    def record_failure(self) -> None:
        """Count one refused attempt (after is_exhausted())."""
        self.history.insert(0, self.now)
        self.cache.set(self.key, self.history, self.duration)


class ThrottledTokenAuthentication(TokenAuthentication):
    """Token authentication that answers 429 once a client has presented too
    many invalid tokens, whatever the token it presents next."""

    def authenticate(self, request):
        if not get_authorization_header(request):
            return None
        throttle = FailedAuthenticationThrottle()
        if throttle.is_exhausted(request):
            raise Throttled(wait=throttle.wait())
        try:
            return super().authenticate(request)
        except AuthenticationFailed:
            throttle.record_failure()
            raise


@checks.register(checks.Tags.security, deploy=True)
def check_secret_key_is_set(app_configs, **kwargs):
    """Report the repository's development key as an error in production."""
    if settings.SECRET_KEY == settings.DEVELOPMENT_SECRET_KEY:
        return [
            checks.Error(
                "DJANGO_SECRET_KEY is not set: the site runs on the development "
                "key from the repository, which anyone can read.",
                hint="Set DJANGO_SECRET_KEY to a long random value and DJANGO_DEBUG=0.",
                id="config.E001",
            )
        ]
    return []
