"""Load test on loopback: gunicorn serving the follow-up list to many clients.

    .venv/bin/python scripts/loadtest.py [--clients 200] [--seconds 20]

Prepares a fresh database (DATABASE_URL, default a PostgreSQL database
`loadtest` on 127.0.0.1), migrates it, imports samples/, gives every client an
account and a token (so the per-user rate limit applies as in production),
starts gunicorn on 127.0.0.1 and has the clients request the follow-up list
over keep-alive connections for a bounded time. Reports throughput, latency
percentiles and every response that was not 200. Traffic goes to 127.0.0.1
only, and the run stops by itself.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PATH = "/api/v1/follow-ups/?page_size=50"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1) + 1)
    parser.add_argument(
        "--database-url",
        default=os.environ.get(
            "LOADTEST_DATABASE_URL",
            "postgres://postgres@127.0.0.1:5432/loadtest",
        ),
    )
    args = parser.parse_args()

    env = {
        **os.environ,
        "DATABASE_URL": args.database_url,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "loadtest-only-" + os.urandom(24).hex(),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
    }
    print(f"preparing {args.database_url}", flush=True)
    tokens = prepare(env, args.clients)
    port = free_port()
    server = subprocess.Popen(
        [
            PYTHON,
            "-m",
            "gunicorn",
            "config.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(args.workers),
            "--backlog",
            "2048",
            "--no-control-socket",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        wait_until_ready(port)
        result = run_clients(port, tokens, args.seconds)
    finally:
        server.terminate()
        server.wait(timeout=30)
    report(result, args)
    return 0 if not result["errors"] else 1


def prepare(env: dict, clients: int) -> list[str]:
    """Make a fresh database with the samples and return one token per client."""
    manage = [PYTHON, "manage.py"]
    if env["DATABASE_URL"].startswith("postgres"):
        create_database(env["DATABASE_URL"])
    subprocess.run(
        [*manage, "shell", "-v0", "-c", DROP_AND_CREATE], cwd=ROOT, env=env, check=True
    )
    subprocess.run([*manage, "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    subprocess.run(
        [*manage, "import_minutes", "samples/"],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    output = subprocess.run(
        [*manage, "shell", "-v0", "-c", MAKE_TOKENS % clients],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


# Empties the database's tables by dropping the public schema (PostgreSQL) or
# the file (SQLite), so every run starts alike.
DROP_AND_CREATE = """
from django.db import connection
if connection.vendor == "postgresql":
    with connection.cursor() as cursor:
        cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
else:
    import os
    path = connection.settings_dict["NAME"]
    connection.close()
    if os.path.exists(path):
        os.remove(path)
"""

MAKE_TOKENS = """
import json
from django.contrib.auth import get_user_model
from rest_framework.authtoken.models import Token
User = get_user_model()
users = User.objects.bulk_create(
    [User(username=f"load{n}") for n in range(%d)]
)
tokens = Token.objects.bulk_create(
    [Token(user=user, key=Token.generate_key()) for user in users]
)
print(json.dumps([token.key for token in tokens]))
"""


def create_database(url: str) -> None:
    """Create the PostgreSQL database the URL names, unless it exists."""
    import psycopg
    from psycopg import sql

    base, name = url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            create = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
            connection.execute(create)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_ready(port: int) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/readyz")
            if connection.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit("gunicorn did not become ready in 30 s")


def run_clients(port: int, tokens: list[str], seconds: float) -> dict:
    latencies: list[float] = []
    statuses: Counter = Counter()
    errors: Counter = Counter()
    lock = threading.Lock()
    start_line = threading.Barrier(len(tokens) + 1)
    stop_at = [0.0]

    def client(token: str) -> None:
        mine, my_statuses, my_errors = [], Counter(), Counter()
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        headers = {"Authorization": f"Token {token}", "Host": "127.0.0.1"}
        start_line.wait()
        while time.monotonic() < stop_at[0]:
            began = time.perf_counter()
            try:
                connection.request("GET", PATH, headers=headers)
                response = connection.getresponse()
                response.read()
            except (OSError, http.client.HTTPException) as error:
                my_errors[type(error).__name__] += 1
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                continue
            mine.append(time.perf_counter() - began)
            my_statuses[response.status] += 1
            if response.status != 200:
                my_errors[f"HTTP {response.status}"] += 1
        connection.close()
        with lock:
            latencies.extend(mine)
            statuses.update(my_statuses)
            errors.update(my_errors)

    threads = [threading.Thread(target=client, args=(t,)) for t in tokens]
    for thread in threads:
        thread.start()
    stop_at[0] = time.monotonic() + seconds
    began = time.monotonic()
    start_line.wait()
    for thread in threads:
        thread.join(timeout=seconds + 60)
    elapsed = time.monotonic() - began
    return {
        "latencies": latencies,
        "statuses": statuses,
        "errors": errors,
        "elapsed": elapsed,
    }


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def report(result: dict, args) -> None:
    latencies = result["latencies"]
    print(
        f"{args.clients} clients, {args.seconds:g} s, {args.workers} gunicorn "
        f"workers, GET {PATH}"
    )
    if not latencies:
        print("no responses")
        return
    print(
        f"requests {len(latencies)}, throughput "
        f"{len(latencies) / result['elapsed']:.0f}/s, latency ms: "
        f"p50 {1000 * statistics.median(latencies):.0f}, "
        f"p95 {1000 * percentile(latencies, 0.95):.0f}, "
        f"p99 {1000 * percentile(latencies, 0.99):.0f}, "
        f"max {1000 * max(latencies):.0f}"
    )
    print(f"statuses {dict(result['statuses'])}, errors {dict(result['errors'])}")


if __name__ == "__main__":
    sys.exit(main())
