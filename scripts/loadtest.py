"""Load test on loopback: gunicorn serving the API (or a Datasette server) to
many clients.

    .venv/bin/python scripts/loadtest.py [--clients 8] [--seconds 20]
    .venv/bin/python scripts/loadtest.py --existing --database-url URL --set followups
    .venv/bin/python scripts/loadtest.py --datasette http://127.0.0.1:8001/demo

By default prepares a fresh database (DATABASE_URL, default a PostgreSQL
database `loadtest` on 127.0.0.1), migrates it and imports samples/; with
--existing it uses the database as it is. Either way every client gets an
account and a token (created when missing; readers, without special
permissions, so closed items are hidden from them and the per-user rate limit
applies as in production). Starts gunicorn on 127.0.0.1 and has the clients
request the paths (each client cycling through them) over keep-alive
connections for a bounded time. With --datasette it starts nothing and sends
the clients, without accounts, to that Datasette database instead.

Reports per path and in all: requests, throughput, latency percentiles and
every response that was not 200. Traffic goes to 127.0.0.1 only, and the run
stops by itself.
"""

from __future__ import annotations

import argparse
import datetime
import http.client
import json
import math
import os
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PATH = "/api/v1/follow-ups/?page_size=50"
FOLLOW_UPS = "/api/v1/follow-ups/"
# The follow-up list as the issue measures it, and Datasette's equivalent
# (a reader does not see follow-ups of closed items: is_closed=0).
LIST_PATH = f"{FOLLOW_UPS}?status=open&ordering=due_date&page_size=50"
DATASETTE_LIST_PATH = (
    "/decisions_followup.json?status__exact=open&is_closed__exact=0"
    "&_sort=due_date&_size=50&_nosuggest=1"
)
# Words of the demo data's vocabulary (decisions/.../generate_demo_data.py).
SEARCH_WORDS = ["sygefravær", "affaldsordning", "cykelsti i Havnen", "klimaplan"]
DEEP_PAGE = 2000
LOOPBACK = {"127.0.0.1", "localhost"}


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    result = run_datasette(args) if args.datasette else run_api(args)
    report(result, describe(args))
    return 0 if not result.errors else 1


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Built-in path sets (--set): " + ", ".join(SET_NAMES),
    )
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument(
        "--warmup",
        type=float,
        default=0.0,
        help="Seconds of the same load before measuring, not counted.",
    )
    parser.add_argument(
        "--workers", type=int, default=2, help="gunicorn workers (default 2)."
    )
    parser.add_argument(
        "--database-url",
        default=os.environ.get(
            "LOADTEST_DATABASE_URL",
            "postgres://postgres@127.0.0.1:5432/loadtest",
        ),
    )
    parser.add_argument(
        "--existing",
        action="store_true",
        help="Use the database as it is: no drop, migrate or import.",
    )
    parser.add_argument(
        "--path",
        action="append",
        default=[],
        help="A path with its query string; repeat for more.",
    )
    parser.add_argument(
        "--paths", type=Path, help="A file of paths, one a line (# comments)."
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        choices=SET_NAMES,
        dest="sets",
        help="A built-in set of paths; repeat for more.",
    )
    parser.add_argument(
        "--datasette",
        metavar="URL",
        help=(
            "Load a Datasette database instead, e.g. http://127.0.0.1:8001/demo; "
            "paths are relative to it (default: the follow-up list's equivalent)."
        ),
    )
    args = parser.parse_args(argv)
    if args.clients < 1 or args.seconds <= 0 or args.warmup < 0:
        parser.error("--clients: 1 or more; --seconds: more than 0; --warmup: 0+")
    if args.datasette:
        target = urlsplit(args.datasette)
        if target.scheme != "http" or target.hostname not in LOOPBACK:
            parser.error("--datasette: an http:// URL on 127.0.0.1")
    return args


# ---------------------------------------------------------------- paths


@dataclass(frozen=True)
class Context:
    """What the built-in sets take from the data: names that exist in it."""

    body: str = "byraadet"
    unit: str = "Økonomi & Stab"
    rule: str = "commitment_phrase"
    visible: int = 0  # follow-ups a reader sees
    latest_update: str = ""  # ISO 8601, UTC
    today: str = ""  # ISO date


def builtin_paths(name: str, context: Context) -> list[str]:
    """The paths of a built-in set, filled in from what the data has."""
    today = (
        datetime.date.fromisoformat(context.today)
        if context.today
        else datetime.date.today()
    )
    if name == "list":
        return [LIST_PATH]
    if name == "followups":
        if context.latest_update:
            latest = datetime.datetime.fromisoformat(context.latest_update)
        else:
            latest = datetime.datetime.combine(today, datetime.time(), datetime.UTC)
        # A client that syncs daily.
        since = (latest - datetime.timedelta(days=1)).astimezone(datetime.UTC)
        pages = max(1, math.ceil(context.visible / 50)) if context.visible else 1
        queries = [
            "status=open&ordering=due_date",
            "status=open&status=in_progress&ordering=due_date",
            "overdue=true",
            "origin=decision&status=open",
            f"responsible={quote(context.unit)}",
            f"body={quote(context.body)}&status=open",
            f"due_after={today}&due_before={today + datetime.timedelta(days=90)}",
            f"updated_since={since.strftime('%Y-%m-%dT%H:%M:%SZ')}",
            f"rule={quote(context.rule)}",
            # The deep page, or the last one on smaller data.
            f"page={min(DEEP_PAGE, pages)}",
        ]
        return [f"{FOLLOW_UPS}?{query}&page_size=50" for query in queries]
    if name == "search":
        return [f"/api/v1/search/?q={quote(words)}" for words in SEARCH_WORDS]
    if name == "datasette":
        return [DATASETTE_LIST_PATH]
    if name == "datasette-followups":
        # Those of "followups" a table filter can say (no join, no offset).
        ordered = "&is_closed__exact=0&_sort=due_date&_size=50&_nosuggest=1"
        filters = [
            "status__exact=open",
            "status__in=open,in_progress",
            f"status__in=open,in_progress&due_date__lt={today}",
            "origin__exact=decision&status__exact=open",
            f"responsible__contains={quote(context.unit)}",
            f"due_date__gte={today}"
            f"&due_date__lte={today + datetime.timedelta(days=90)}",
            f"rule__exact={quote(context.rule)}",
        ]
        return [f"/decisions_followup.json?{query}{ordered}" for query in filters]
    raise ValueError(f"no path set named {name!r}")


SET_NAMES = ["list", "followups", "search", "datasette", "datasette-followups"]


def read_paths(text: str) -> list[str]:
    """Paths from a file's text: one a line; blank lines and # comments skipped."""
    paths = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            paths.append(line)
    return paths


def collect_paths(args, context: Context, default: list[str]) -> list[str]:
    paths = list(args.path)
    if args.paths:
        paths += read_paths(args.paths.read_text(encoding="utf-8"))
    for name in args.sets:
        paths += builtin_paths(name, context)
    for path in paths:
        if not path.startswith("/"):
            raise SystemExit(f"not a path: {path!r} (paths start with /)")
    return paths or default


# ---------------------------------------------------------------- targets


def run_datasette(args, context: Context | None = None) -> Result:
    target = urlsplit(args.datasette)
    prefix = target.path.rstrip("/")
    context = context or Context()
    paths = collect_paths(args, context, builtin_paths("datasette", context))
    args.paths_run = paths
    wait_until_ready(target.port or 80, f"{prefix}.json", "Datasette")
    return run_clients(
        target.port or 80,
        [{}] * args.clients,
        [prefix + path for path in paths],
        args.seconds,
        warmup=args.warmup,
    )


def run_api(args) -> Result:
    env = api_environment(args.database_url)
    if args.existing:
        print(f"using {args.database_url} as it is", flush=True)
    else:
        print(f"preparing {args.database_url}", flush=True)
        prepare(env)
    tokens, context = clients_and_context(env, args.clients)
    paths = collect_paths(args, context, [PATH])
    args.paths_run = paths
    with gunicorn(env, args.workers) as port:
        return run_clients(
            port,
            [{"Authorization": f"Token {token}"} for token in tokens],
            paths,
            args.seconds,
            warmup=args.warmup,
        )


def api_environment(database_url: str) -> dict:
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "loadtest-only-" + os.urandom(24).hex(),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
    }


class gunicorn:
    """gunicorn serving config.wsgi on a free loopback port while in `with`."""

    def __init__(self, env: dict, workers: int):
        self.env, self.workers = env, workers

    def __enter__(self) -> int:
        port = free_port()
        self.server = subprocess.Popen(
            [
                PYTHON,
                "-m",
                "gunicorn",
                "config.wsgi",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(self.workers),
                "--backlog",
                "2048",
                "--no-control-socket",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=self.env,
        )
        try:
            wait_until_ready(port, "/readyz", "gunicorn")
        except BaseException:
            self.__exit__()
            raise
        return port

    def __exit__(self, *exc) -> None:
        self.server.terminate()
        self.server.wait(timeout=30)


def manage(env: dict, *arguments: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [PYTHON, "manage.py", *arguments], cwd=ROOT, env=env, check=True, **kwargs
    )


def prepare(env: dict) -> None:
    """Make a fresh database with the samples."""
    if env["DATABASE_URL"].startswith("postgres"):
        create_database(env["DATABASE_URL"])
    manage(env, "shell", "-v0", "-c", DROP_AND_CREATE)
    manage(env, "migrate", "-v0")
    manage(env, "import_minutes", "samples/", stdout=subprocess.DEVNULL)


def clients_and_context(env: dict, clients: int) -> tuple[list[str], Context]:
    """One reader's token per client (made when missing) and the data's names."""
    output = manage(
        env,
        "shell",
        "-v0",
        "-c",
        CLIENTS_AND_CONTEXT % clients,
        capture_output=True,
        text=True,
    ).stdout
    answer = json.loads(output.strip().splitlines()[-1])
    return answer.pop("tokens"), Context(**answer)


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

# Readers load0, load1, ...: accounts without permissions, each with a token.
CLIENTS_AND_CONTEXT = """
import datetime, json
from django.contrib.auth import get_user_model
from django.db.models import Count, Max
from django.utils import timezone
from rest_framework.authtoken.models import Token
from decisions.models import FollowUp
from minutes.models import Body
User = get_user_model()
names = [f"load{n}" for n in range(%d)]
have = set(User.objects.filter(username__in=names).values_list("username", flat=True))
User.objects.bulk_create(
    [User(username=name) for name in names if name not in have]
)
users = list(User.objects.filter(username__in=names))
by_user = dict(
    Token.objects.filter(user__in=users).values_list("user__username", "key")
)
Token.objects.bulk_create(
    [
        Token(user=user, key=Token.generate_key())
        for user in users
        if user.username not in by_user
    ]
)
by_user = dict(
    Token.objects.filter(user__in=users).values_list("user__username", "key")
)
answer = {"tokens": [by_user[name] for name in names]}
body = Body.objects.annotate(n=Count("meetings")).order_by("-n", "pk").first()
if body is not None:
    answer["body"] = body.slug
unit = (
    FollowUp.objects.exclude(responsible_unit=None)
    .values_list("responsible_unit__name", flat=True).first()
)
if unit:
    answer["unit"] = unit
rule = FollowUp.objects.exclude(rule="").values_list("rule", flat=True).first()
if rule:
    answer["rule"] = rule
answer["visible"] = FollowUp.objects.filter(is_closed=False).count()
latest = FollowUp.objects.aggregate(latest=Max("updated_at"))["latest"]
if latest:
    answer["latest_update"] = latest.astimezone(datetime.UTC).isoformat()
answer["today"] = timezone.localdate().isoformat()
print(json.dumps(answer))
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


def wait_until_ready(port: int, path: str, name: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            connection.request("GET", path)
            if connection.getresponse().status == 200:
                return
        except OSError:
            pass
        finally:
            connection.close()
        time.sleep(0.2)
    raise SystemExit(f"{name} did not answer {path} in {seconds:g} s")


# ---------------------------------------------------------------- load


@dataclass
class PathResult:
    latencies: list[float] = field(default_factory=list)
    statuses: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)


@dataclass
class Result:
    paths: dict[str, PathResult]
    elapsed: float

    @property
    def latencies(self) -> list[float]:
        return [value for one in self.paths.values() for value in one.latencies]

    @property
    def errors(self) -> Counter:
        return sum((one.errors for one in self.paths.values()), Counter())

    @property
    def statuses(self) -> Counter:
        return sum((one.statuses for one in self.paths.values()), Counter())


def run_clients(
    port: int,
    headers: list[dict],
    paths: list[str],
    seconds: float,
    *,
    warmup: float = 0.0,
) -> Result:
    """Each client (one per headers) requests the paths in turn, starting at
    its own place in the list, until the time is up."""
    if warmup:
        run_clients(port, headers, paths, warmup)
    results = {path: PathResult() for path in paths}
    lock = threading.Lock()
    start_line = threading.Barrier(len(headers) + 1)
    stop_at = [0.0]

    def client(number: int, own_headers: dict) -> None:
        mine = {path: PathResult() for path in paths}
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        sent = {**own_headers, "Host": "127.0.0.1"}
        turn = number
        start_line.wait()
        while time.monotonic() < stop_at[0]:
            path = paths[turn % len(paths)]
            turn += 1
            here = mine[path]
            began = time.perf_counter()
            try:
                connection.request("GET", path, headers=sent)
                response = connection.getresponse()
                response.read()
            except (OSError, http.client.HTTPException) as error:
                here.errors[type(error).__name__] += 1
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                continue
            here.latencies.append(time.perf_counter() - began)
            here.statuses[response.status] += 1
            if response.status != 200:
                here.errors[f"HTTP {response.status}"] += 1
        connection.close()
        with lock:
            for path, own in mine.items():
                results[path].latencies.extend(own.latencies)
                results[path].statuses.update(own.statuses)
                results[path].errors.update(own.errors)

    threads = [
        threading.Thread(target=client, args=(number, own))
        for number, own in enumerate(headers)
    ]
    for thread in threads:
        thread.start()
    stop_at[0] = time.monotonic() + seconds
    began = time.monotonic()
    start_line.wait()
    for thread in threads:
        thread.join(timeout=seconds + 120)
    return Result(results, time.monotonic() - began)


def percentile(values: list[float], fraction: float) -> float:
    """The nearest-rank percentile: the smallest value with at least `fraction`
    of the values at or below it."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    rank = math.ceil(fraction * len(ordered))
    return ordered[min(len(ordered), max(rank, 1)) - 1]


def summary(latencies: list[float], elapsed: float) -> dict:
    """Requests, throughput and latency percentiles (ms) of one set of answers."""
    if not latencies:
        return {"requests": 0, "per_second": 0.0}
    return {
        "requests": len(latencies),
        "per_second": len(latencies) / elapsed,
        "p50": 1000 * percentile(latencies, 0.50),
        "p95": 1000 * percentile(latencies, 0.95),
        "p99": 1000 * percentile(latencies, 0.99),
        "max": 1000 * max(latencies),
    }


def summary_line(numbers: dict) -> str:
    if not numbers["requests"]:
        return "no responses"
    return (
        f"requests {numbers['requests']}, {numbers['per_second']:.1f}/s, latency ms: "
        f"p50 {numbers['p50']:.0f}, p95 {numbers['p95']:.0f}, "
        f"p99 {numbers['p99']:.0f}, max {numbers['max']:.0f}"
    )


def describe(args) -> str:
    target = (
        f"Datasette {args.datasette}"
        if args.datasette
        else f"{args.workers} gunicorn workers"
    )
    return f"{args.clients} clients, {args.seconds:g} s, {target}"


def report(result: Result, heading: str) -> None:
    print(heading)
    several = len(result.paths) > 1
    for path, one in result.paths.items():
        print(f"GET {path}")
        print("  " + summary_line(summary(one.latencies, result.elapsed)))
        if several or one.errors:
            print(f"  statuses {dict(one.statuses)}, errors {dict(one.errors)}")
    if several:
        print("all paths")
        print("  " + summary_line(summary(result.latencies, result.elapsed)))
    print(f"statuses {dict(result.statuses)}, errors {dict(result.errors)}")


if __name__ == "__main__":
    sys.exit(main())
