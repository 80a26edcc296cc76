from django.apps import AppConfig


class WebhooksConfig(AppConfig):
    name = "webhooks"
    verbose_name = "Webhooks"

    def ready(self):
        # Connects the receivers of the minutes and decisions signals.
        from webhooks import events  # noqa: F401
