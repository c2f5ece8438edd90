from django.apps import AppConfig


class PoliciesConfig(AppConfig):
    name = "rempart.policies"
    label = "policies"
    verbose_name = "Policies"

    def ready(self) -> None:
        from rempart.policies import signals

        signals.connect()
