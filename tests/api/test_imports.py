"""POST /api/v1/imports/: an upload is queued (202) and a worker imports it;
the job shows the outcome."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from rest_framework.test import APIClient

from minutes.models import ImportJob, Meeting
from tests.conftest import grant
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
URL = "/api/v1/imports/"


@pytest.fixture
def importer():
    client = APIClient()
    client.force_authenticate(grant(UserFactory(), "minutes.add_importjob"))
    return client


def upload(client, name="udvalg_v1.txt", content=None):
    content = content if content is not None else (DATA / name).read_bytes()
    return client.post(
        URL, {"file": SimpleUploadedFile(name, content)}, format="multipart"
    )


@pytest.fixture
def run_worker(monkeypatch):
    """Run the real worker until the queue is empty, in the test's transaction
    (the worker closes stale connections, which would close the test's)."""
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections",
        lambda: None,
    )
    return lambda: call_command("db_worker", "--batch", "--no-startup-delay")


def test_an_upload_is_queued_and_imported_by_the_worker(importer, run_worker):
    response = upload(importer)

    assert response.status_code == 202, response.data
    assert response.data["status"] == "queued"
    assert response["Location"] == response.data["url"]
    assert not Meeting.objects.exists()

    run_worker()

    job = importer.get(response["Location"]).data
    meeting = Meeting.objects.get()
    assert job["status"] == "done"
    assert job["outcome"] == "created"
    assert job["meeting"] == meeting.pk
    assert job["counts"]["agenda items"] == meeting.agenda_items.count()
    assert job["finished_at"] is not None
    # The upload is not kept once imported.
    assert bytes(ImportJob.objects.get().data) == b""


def test_a_file_that_is_no_referat_fails_the_job_with_the_reason(importer, run_worker):
    response = upload(importer, "notes.txt", b"Just a shopping list.\n")
    run_worker()

    job = importer.get(response["Location"]).data

    assert job["status"] == "failed"
    assert job["error"]
    assert not Meeting.objects.exists()


def test_an_upload_without_a_file_is_a_400(importer):
    response = importer.post(URL, {}, format="multipart")

    assert response.status_code == 400
    assert response.data["errors"][0]["attr"] == "file"


def test_an_oversized_upload_is_a_400(importer, settings):
    settings.MINUTES_MAX_BYTES = 10

    response = upload(importer)

    assert response.status_code == 400
    assert response.data["errors"][0]["attr"] == "file"
    assert not ImportJob.objects.exists()


def test_json_is_not_an_upload(importer):
    response = importer.post(URL, {"file": "x"}, format="json")

    assert response.status_code == 415


def test_uploading_needs_the_permission(api_client):
    assert upload(api_client).status_code == 403


def test_users_see_only_their_own_jobs(importer, api_client):
    job_url = upload(importer)["Location"]

    assert api_client.get(job_url).status_code == 404
    assert api_client.get(URL).data["count"] == 0
    assert importer.get(URL).data["count"] == 1
