"""The API docs page works with no internet: its assets come from us, not a CDN."""

import re

import pytest
from django.test import Client

pytestmark = pytest.mark.db


def test_the_docs_page_loads_swagger_from_this_server():
    client = Client()
    page = client.get("/api/v1/docs")

    assert page.status_code == 200
    html = page.content.decode()
    assets = re.findall(r'(?:src|href)="([^"]+\.(?:js|css))"', html)
    assert assets and all(a.startswith("/static/ninja/") for a in assets), assets
    assert "cdn" not in html.lower()
    for asset in assets:
        served = client.get(asset)
        assert served.status_code == 200, asset
        assert len(b"".join(served.streaming_content)) > 1000


def test_only_the_docs_assets_are_served_from_there():
    client = Client(raise_request_exception=False)
    assert client.get("/static/ninja/../../../settings.py").status_code in (400, 404)
    assert client.get("/static/ninja/nothing-here.js").status_code == 404
