"""The web's addresses. Apps add theirs here as they gain pages (issue 4: console, API)."""

from django.urls import path

from rempart.web import views

urlpatterns = [
    path("", views.home, name="home"),
    path("health", views.health, name="health"),
    path("welcome/<str:token>", views.welcome, name="welcome"),
]
