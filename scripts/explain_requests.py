"""Run API requests in-process and show each SQL statement's EXPLAIN ANALYZE.

    DATABASE_URL=postgres://... .venv/bin/python scripts/explain_requests.py \
        "/api/v1/follow-ups/?status=open&ordering=due_date" ...

Each path is requested as a reader (an account with no closed-item
permission, created if missing) a few times, to warm the caches; then the
last request's statements are explained (PostgreSQL) with their plan and
time. Read-only: the statements are explained inside a transaction that is
rolled back.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402

WARM_UPS = 3


def reader_client() -> APIClient:
    user, _ = get_user_model().objects.get_or_create(username="explain-reader")
    client = APIClient()
    client.force_authenticate(user)
    return client


def explain(path: str, client: APIClient) -> None:
    for _ in range(WARM_UPS):
        client.get(path)
    with CaptureQueriesContext(connection) as queries:
        began = time.perf_counter()
        response = client.get(path)
        elapsed = (time.perf_counter() - began) * 1000
    print(
        f"\n=== GET {path}: {response.status_code} in {elapsed:.1f} ms, "
        f"{len(queries)} statements"
    )
    if connection.vendor != "postgresql":
        return
    with transaction.atomic(), connection.cursor() as cursor:
        for query in queries.captured_queries:
            sql = query["sql"]
            if not sql.lstrip().upper().startswith("SELECT"):
                continue
            cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}")
            plan = [row[0] for row in cursor.fetchall()]
            print(f"\n-- {sql[:300]}{'…' if len(sql) > 300 else ''}")
            print("\n".join(plan))
        transaction.set_rollback(True)


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    client = reader_client()
    for path in sys.argv[1:]:
        explain(path, client)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
