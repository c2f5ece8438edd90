from django.apps import AppConfig


class TrackingConfig(AppConfig):
    name = "rempart.tracking"
    label = "tracking"
    verbose_name = "Message tracking"
