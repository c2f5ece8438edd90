from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "rempart.accounts"
    label = "accounts"
    verbose_name = "Accounts"

    def ready(self) -> None:
        from rempart.accounts import signals

        signals.connect()
