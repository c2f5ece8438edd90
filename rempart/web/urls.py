"""The web's addresses. Apps add theirs here as they gain pages (issue 4: console, API)."""

from django.urls import include, path

from rempart.api.api import api
from rempart.web import views

urlpatterns = [
    path("", views.home, name="home"),
    path("health", views.health, name="health"),
    path("welcome/<str:token>", views.welcome, name="welcome"),
    path("", include("rempart.accounts.urls")),
    path("console/", include("rempart.console.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v1/", api.urls),
]
