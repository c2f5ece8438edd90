"""The web's addresses. Apps add theirs here as they gain pages (issue 4: console, API)."""

from pathlib import Path

import ninja
from django.urls import include, path
from django.views.static import serve

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
    # The API docs' JavaScript and CSS, shipped in django-ninja: the docs work with no internet.
    path("static/ninja/<path:path>", serve, {"document_root": Path(ninja.__file__).parent / "static" / "ninja"}),
]
