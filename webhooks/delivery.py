"""Sending one delivery: the endpoint check (no requests into private
networks), the signature, the POST and the retry schedule."""

from __future__ import annotations

import hashlib
import hmac
import http.client
import ipaddress
import json
import socket
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings

# Wait after the 1st, 2nd, ... failed attempt before the next one.
BACKOFF = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=12),
)
# Characters of an endpoint's answer kept with the delivery.
RESPONSE_EXCERPT_CHARS = 2000
USER_AGENT = "minutes-webhooks/1"


class UnsafeURL(ValueError):
    """The endpoint URL may not be called (scheme, or a non-public address)."""


@dataclass(frozen=True)
class Outcome:
    """What one attempt got: the answer's status and start, or an error."""

    status: int | None = None
    body: str = ""
    error: str = ""

    @property
    def succeeded(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


def backoff(attempts: int) -> timedelta:
    """Return the wait before the next attempt after `attempts` failed ones."""
    return BACKOFF[min(attempts, len(BACKOFF)) - 1]


def sign(secret: str, body: bytes) -> str:
    """Return the X-Webhook-Signature of the body: sha256=<hex HMAC>."""
    digest = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def encode(payload: dict) -> bytes:
    """Return the payload as the exact bytes sent (and signed)."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


def check_url(url: str) -> list[str]:
    """Return the addresses the URL's host resolves to, all of them allowed;
    raise UnsafeURL otherwise."""
    parts = urlsplit(url)
    schemes = ("https",) if settings.WEBHOOKS_REQUIRE_HTTPS else ("http", "https")
    if parts.scheme not in schemes:
        raise UnsafeURL(f"The URL must start with {' or '.join(schemes)}://.")
    if not parts.hostname:
        raise UnsafeURL("The URL has no host.")
    if parts.username or parts.password:
        raise UnsafeURL("The URL may not contain a user name or password.")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as error:
        raise UnsafeURL("The URL's port is not valid.") from error
    try:
        infos = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as error:
        raise UnsafeURL(f"The host {parts.hostname} cannot be resolved.") from error
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if not settings.WEBHOOKS_ALLOW_PRIVATE_NETWORKS:
        for address in addresses:
            ip = ipaddress.ip_address(address.split("%")[0])
            if getattr(ip, "ipv4_mapped", None):
                ip = ip.ipv4_mapped
            if not ip.is_global or ip.is_multicast:
                raise UnsafeURL(
                    f"The host {parts.hostname} resolves to a private, loopback "
                    "or otherwise non-public address."
                )
    return addresses


def post(url: str, body: bytes, headers: dict[str, str]) -> Outcome:
    """POST the body to the URL once; never follow a redirect.

    The connection goes to the address checked just before, so a DNS answer
    that changes between the check and the connection cannot point it
    elsewhere; TLS still verifies the host's name.
    """
    try:
        addresses = check_url(url)
    except UnsafeURL as error:
        return Outcome(error=str(error))
    parts = urlsplit(url)
    connection_class = (
        http.client.HTTPSConnection
        if parts.scheme == "https"
        else http.client.HTTPConnection
    )
    connection = connection_class(
        parts.hostname, parts.port, timeout=settings.WEBHOOKS_TIMEOUT
    )
    address = addresses[0]
    create = socket.create_connection
    connection._create_connection = lambda target, *args, **kwargs: create(
        (address, target[1]), *args, **kwargs
    )
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    try:
        connection.request("POST", path, body=body, headers=headers)
        response = connection.getresponse()
        excerpt = response.read(RESPONSE_EXCERPT_CHARS * 4)
    except (OSError, http.client.HTTPException) as error:
        return Outcome(error=_describe(error))
    finally:
        connection.close()
    text = excerpt.decode("utf-8", "replace")[:RESPONSE_EXCERPT_CHARS]
    return Outcome(status=response.status, body=text)


def _describe(error: Exception) -> str:
    if isinstance(error, TimeoutError | socket.timeout):
        return f"No answer within {settings.WEBHOOKS_TIMEOUT:g} s."
    return f"{type(error).__name__}: {error}"[:1000]
