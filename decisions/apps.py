from django.apps import AppConfig


class DecisionsConfig(AppConfig):
    name = "decisions"
    verbose_name = "Beslutninger og opfølgning"

    def ready(self):
        # The import in minutes calls decisions through this one hook only.
        from decisions import receivers
        from decisions.sync import FollowUpListener
        from minutes import hooks

        hooks.register(FollowUpListener())
        receivers.connect()
