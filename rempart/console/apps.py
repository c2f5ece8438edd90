from django.apps import AppConfig


class ConsoleConfig(AppConfig):
    name = "rempart.console"
    label = "console"
    verbose_name = "Console"
