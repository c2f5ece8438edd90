from django.apps import AppConfig


class FeedbackConfig(AppConfig):
    name = "rempart.feedback"
    label = "feedback"
    verbose_name = "Feedback and learning"
