"""Clients generated from the committed openapi.yaml: a Python client driven
against a live server, and a TypeScript one (when node and npm are there)."""

import datetime
import importlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.utils import timezone

from tests.api.live import ROOT, without_throttling
from tests.factories import AgendaItemFactory, FollowUpFactory

SCHEMA = ROOT / "openapi.yaml"
PACKAGE = "decision_tracking_client"
# Pinned like the Python packages; fetched from npm by npx when first used.
OPENAPI_TYPESCRIPT = "openapi-typescript@7.13.0"


@pytest.fixture(scope="module")
def generated_client(tmp_path_factory):
    """Generate the Python client once and make it importable."""
    target = tmp_path_factory.mktemp("client")
    bin_dir = Path(sys.executable).parent
    subprocess.run(
        [
            str(bin_dir / "openapi-python-client"),
            "generate",
            "--path",
            str(SCHEMA),
            "--output-path",
            str(target / PACKAGE),
            "--meta",
            "none",
            "--config",
            str(Path(__file__).with_name("openapi-python-client.yaml")),
            "--fail-on-warning",
        ],
        check=True,
        capture_output=True,
        text=True,
        # The generator formats its output with ruff from PATH.
        env={**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"},
    )
    sys.path.insert(0, str(target))
    yield lambda name: importlib.import_module(f"{PACKAGE}.{name}")
    sys.path.remove(str(target))


def test_generated_python_client_round_trip(live_server, monkeypatch, generated_client):
    from rest_framework.authtoken.models import Token

    from tests.conftest import grant
    from tests.factories import UserFactory

    without_throttling(monkeypatch)
    item = AgendaItemFactory()
    overdue = FollowUpFactory(
        agenda_item=item, due_date=timezone.localdate() - datetime.timedelta(days=3)
    )
    FollowUpFactory(agenda_item=item)  # due in 2030: not overdue
    editor = grant(UserFactory(), "decisions.change_followup")
    token = Token.objects.create(user=editor).key

    client_module = generated_client("client")
    client = client_module.AuthenticatedClient(
        base_url=live_server.url, token=token, prefix="Token"
    )
    meetings_list = generated_client("api.meetings.meetings_list")
    meetings_retrieve = generated_client("api.meetings.meetings_retrieve")
    follow_ups_list = generated_client("api.follow_ups.follow_ups_list")
    follow_ups_retrieve = generated_client("api.follow_ups.follow_ups_retrieve")
    follow_ups_complete = generated_client("api.follow_ups.follow_ups_complete")
    models = generated_client("models")

    meetings = meetings_list.sync(client=client)
    assert [m.id for m in meetings.results] == [item.meeting_id]

    meeting = meetings_retrieve.sync(id=item.meeting_id, client=client)
    assert [i.id for i in meeting.agenda_items] == [item.pk]

    listed = follow_ups_list.sync(client=client, overdue=True)
    assert [f.id for f in listed.results] == [overdue.pk]
    assert listed.results[0].status == models.FollowUpStatus.OPEN

    read = follow_ups_retrieve.sync_detailed(id=overdue.pk, client=client)
    etag = read.headers["etag"]

    done = follow_ups_complete.sync_detailed(
        id=overdue.pk,
        client=client,
        body=models.FollowUpCompleteRequest(note="Sent"),
        if_match=etag,
    )
    assert done.status_code == 200
    assert done.parsed.status == models.FollowUpStatus.DONE

    stale = follow_ups_complete.sync_detailed(
        id=overdue.pk,
        client=client,
        body=models.FollowUpCompleteRequest(note="Again"),
        if_match=etag,
    )
    assert stale.status_code == 412
    assert isinstance(stale.parsed, models.PreconditionFailedResponse)
    assert stale.parsed.errors[0].code.value == "precondition_failed"


def test_a_bearer_token_gets_a_documented_401(
    live_server, monkeypatch, generated_client
):
    from rest_framework.authtoken.models import Token

    from tests.factories import UserFactory

    without_throttling(monkeypatch)
    token = Token.objects.create(user=UserFactory()).key
    client_module = generated_client("client")
    meetings_list = generated_client("api.meetings.meetings_list")
    models = generated_client("models")

    client = client_module.AuthenticatedClient(base_url=live_server.url, token=token)
    response = meetings_list.sync_detailed(client=client)

    assert response.status_code == 401
    assert isinstance(response.parsed, models.ErrorResponse401)


def test_typescript_types_generate_from_the_schema(tmp_path):
    npx = shutil.which("npx")
    if npx is None:
        pytest.skip("node/npm (npx) is not installed: TypeScript generation skipped")
    target = tmp_path / "schema.d.ts"

    result = subprocess.run(
        [npx, "--yes", OPENAPI_TYPESCRIPT, str(SCHEMA), "-o", str(target)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    output = result.stderr + result.stdout
    offline = ("ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "ECONNREFUSED", "ENETUNREACH")
    if result.returncode != 0 and any(code in output for code in offline):
        pytest.skip(f"npm registry unreachable: {output[-300:]}")

    assert result.returncode == 0, result.stderr
    types = target.read_text()
    assert "follow_ups_start: {" in types
    assert 'FollowUpStatus: "open" | "in_progress" | "done" | "cancelled";' in types
