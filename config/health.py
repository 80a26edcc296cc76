"""Health endpoints for the container runtime and the load balancer.

/healthz: the process answers (no database). /readyz: the database answers,
every migration is applied and the shared cache works.
"""

from __future__ import annotations

import logging

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.db.migrations.executor import MigrationExecutor
from django.http import JsonResponse

logger = logging.getLogger(__name__)

# Once every migration is applied, that stays true for this process's code:
# a later release's migrations do not make this one unready.
_migrations_applied = False


def healthz(request):
    """Answer 200 while the process can serve requests."""
    return JsonResponse({"status": "ok"})


def readyz(request):
    """Answer 200 when requests can be served, else 503 and why not."""
    global _migrations_applied
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        if not _migrations_applied:
            executor = MigrationExecutor(connection)
            plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
            if plan:
                return _unavailable(
                    f"{len(plan)} migrations not applied; run the migrate step"
                )
            _migrations_applied = True
    except DatabaseError:
        # The reason goes to the log, not to whoever asks: it names hosts.
        logger.exception("readyz: database unreachable")
        return _unavailable("database unreachable")
    try:
        cache.get("readyz")
    except Exception:  # any cache backend's own error class
        logger.exception("readyz: cache unreachable")
        return _unavailable("cache unreachable")
    return JsonResponse({"status": "ok"})


def _unavailable(reason: str) -> JsonResponse:
    return JsonResponse({"status": "unavailable", "reason": reason}, status=503)


class HealthCheckMiddleware:
    """Answer the health paths before host validation, the HTTPS redirect and
    the rate limits: the probes come over plain HTTP from inside the container
    or the cluster, under a host name that is not in ALLOWED_HOSTS."""

    views = {"/healthz": healthz, "/readyz": readyz}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        view = self.views.get(request.path_info.rstrip("/"))
        if view is not None and request.method in ("GET", "HEAD"):
            return view(request)
        return self.get_response(request)
