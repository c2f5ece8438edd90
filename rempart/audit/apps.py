from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "rempart.audit"
    label = "audit"
    verbose_name = "Audit log"

    def ready(self) -> None:
        from rempart.audit import guard

        guard.connect()
