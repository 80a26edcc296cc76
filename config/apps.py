from django.apps import AppConfig


class ConfigConfig(AppConfig):
    """The project package, installed so its system checks are registered."""

    name = "config"
    verbose_name = "Configuration"

    def ready(self):
        from config import security  # noqa: F401  (registers the checks)
