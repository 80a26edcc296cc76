"""The background task that sends a delivery (django-tasks; run the worker
with `manage.py db_worker`)."""

from django_tasks import task

from webhooks.services import attempt_delivery


@task()
def deliver_webhook(delivery_id: int, attempts: int) -> str:
    """Send the delivery, unless it has moved past `attempts` attempts."""
    return attempt_delivery(delivery_id, attempts=attempts)
