"""Schemathesis with all checks against a live server, once per role.

The number of examples per operation is bounded (SCHEMATHESIS_MAX_EXAMPLES,
default 5; about a minute and a half per role); CI or a person can raise it,
and 0 skips these tests for a quick local run.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.api.live import ROLE_PERMISSIONS, load_sample_minutes, token_for
from tests.api.live import without_throttling as lift_throttling

HERE = Path(__file__).resolve().parent
MAX_EXAMPLES = os.environ.get("SCHEMATHESIS_MAX_EXAMPLES", "5")


@pytest.mark.parametrize("role", list(ROLE_PERMISSIONS))
def test_schemathesis_finds_no_failure(live_server, monkeypatch, role):
    if MAX_EXAMPLES == "0":
        pytest.skip("SCHEMATHESIS_MAX_EXAMPLES=0")
    lift_throttling(monkeypatch)
    # Every host a webhook names resolves to one public address, so that the
    # webhooks can be registered without DNS (nothing is sent: no worker runs).
    monkeypatch.setattr(
        "webhooks.delivery.socket.getaddrinfo",
        lambda host, port, *args, **kwargs: [(2, 1, 6, "", ("93.184.215.14", port))],
    )
    load_sample_minutes()
    token = token_for(role)
    command = [
        str(Path(sys.executable).with_name("schemathesis")),
        "--config-file",
        str(HERE / "schemathesis.toml"),
        "run",
        f"{live_server.url}/api/v1/schema/",
        "--checks",
        "all",
        "--max-examples",
        MAX_EXAMPLES,
        "--seed",
        "1",
        "--no-color",
    ]
    if token:
        command += ["--header", f"Authorization: Token {token}"]

    result = subprocess.run(
        command, capture_output=True, text=True, timeout=600, check=False
    )

    summary = result.stdout[result.stdout.rfind("SUMMARY") :]
    print(f"Schemathesis as {role}:\n{summary}")
    assert result.returncode == 0, result.stdout[-6000:]
