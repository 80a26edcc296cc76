"""Imports uploaded through the API, run by the task worker (django-tasks with
its database backend: `manage.py db_worker`)."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django_tasks import task

from minutes.models import ImportJob, ImportJobStatus
from minutes.parsing.types import MinutesError
from minutes.services import import_minutes


@transaction.atomic
def queue_import(*, data: bytes, filename: str, user) -> ImportJob:
    """Store the upload as a job and queue its import; return the job."""
    job = ImportJob.objects.create(
        filename=filename,
        data=data,
        created_by=user if user is not None and user.is_authenticated else None,
    )
    import_job.enqueue(job.pk)
    return job


def run_import(job_id: int) -> ImportJob:
    """Import the job's referat and record the outcome on the job.

    A referat that cannot be read fails the job with the reason; the import
    itself is all or nothing (import_minutes).
    """
    job = ImportJob.objects.get(pk=job_id)
    ImportJob.objects.filter(pk=job.pk).update(
        status=ImportJobStatus.RUNNING, started_at=timezone.now()
    )
    try:
        report = import_minutes(data=bytes(job.data), filename=job.filename)
    except MinutesError as error:
        job.status = ImportJobStatus.FAILED
        job.error = str(error)
    else:
        job.status = ImportJobStatus.DONE
        job.meeting_id = report.meeting_id
        job.report = {
            "meeting": report.meeting,
            "outcome": report.outcome,
            "counts": dict(report.counts),
            "created": dict(report.created),
            "updated": dict(report.updated),
            "deleted": dict(report.deleted),
            "warnings": [
                {"line": w.line, "message": w.message} for w in report.warnings
            ],
        }
    job.data = b""
    job.finished_at = timezone.now()
    job.save()
    return job


@task()
def import_job(job_id: int) -> None:
    run_import(job_id)
