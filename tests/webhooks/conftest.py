"""A receiver on loopback, and the settings that let webhooks call it."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import call_command


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Receiver:
    """An HTTP server on 127.0.0.1 that records each POST and answers with the
    next of `statuses` (the last one repeated), after `delay` seconds."""

    url: str = ""
    statuses: list[int] = field(default_factory=lambda: [200])
    delay: float = 0.0
    requests: list[Received] = field(default_factory=list)
    answer_headers: dict[str, str] = field(default_factory=dict)


@pytest.fixture
def receiver():
    state = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            state.requests.append(Received(self.path, dict(self.headers), body))
            if state.delay:
                time.sleep(state.delay)
            index = min(len(state.requests), len(state.statuses)) - 1
            self.send_response(state.statuses[index])
            for name, value in state.answer_headers.items():
                self.send_header(name, value)
            answer = b'{"received": true}'
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def _webhook_settings(settings):
    # The receiver is on loopback, over plain HTTP.
    settings.WEBHOOKS_ALLOW_PRIVATE_NETWORKS = True
    settings.WEBHOOKS_REQUIRE_HTTPS = False
    settings.WEBHOOKS_BASE_URL = "https://minutes.example.org"
    settings.WEBHOOKS_TIMEOUT = 1
    settings.WEBHOOKS_MAX_ATTEMPTS = 6


@pytest.fixture
def run_worker(monkeypatch):
    """Run the real worker until no task is due, in the test's transaction
    (the worker closes stale connections, which would close the test's)."""
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections",
        lambda: None,
    )
    return lambda: call_command(
        "db_worker", "--batch", "--no-startup-delay", verbosity=0
    )
