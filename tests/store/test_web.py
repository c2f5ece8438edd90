"""/health, / and the set-up link's landing page."""

import dataclasses
from urllib.parse import urlparse

import pytest

from rempart.gateway import status
from rempart.tenants import commands
from rempart.tenants.models import SetupLink

pytestmark = pytest.mark.db


@pytest.fixture
def runtime(tmp_path, settings):
    """A data folder of the test's own, where the gateway writes its status."""
    settings.RUNTIME = dataclasses.replace(settings.RUNTIME, data_dir=tmp_path)
    return settings.RUNTIME


def test_health_answers_ok_with_the_database(client, runtime):
    response = client.get("/health")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "problems": []}


def test_health_and_front_page_tell_what_the_gateway_reports(client, runtime):
    status.record(runtime, antivirus="clamd does not answer")

    response = client.get("/health")

    assert response.status_code == 200
    assert response.json()["status"] == "degraded"
    assert response.json()["problems"] == ["antivirus: clamd does not answer"]
    assert b"clamd does not answer" in client.get("/").content


def test_health_answers_503_when_the_database_does_not(client, runtime, monkeypatch):
    from django.db.backends.utils import CursorWrapper

    def broken(self, sql, params=None):
        raise RuntimeError("database gone")

    monkeypatch.setattr(CursorWrapper, "execute", broken)
    response = client.get("/health")

    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


def test_the_front_page_answers(client):
    assert b"Rempart" in client.get("/").content


def test_a_set_up_link_opens_without_being_used_up(client, alpha):
    path = urlparse(commands.user_add("dana@alpha.test", role="user", organisation="Alpha")).path

    assert b"dana@alpha.test" in client.get(path).content
    assert client.get(path).status_code == 200
    assert SetupLink.objects.get().used_at is None


def test_a_used_or_unknown_link_is_not_found(client, alpha):
    path = urlparse(commands.user_add("dana@alpha.test", role="user", organisation="Alpha")).path
    SetupLink.find(path.rsplit("/", 1)[1]).redeem()

    assert client.get(path).status_code == 404
    assert client.get("/welcome/nonsense").status_code == 404
