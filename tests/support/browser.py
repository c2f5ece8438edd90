"""A real browser for the console's end-to-end tests: Playwright driving Debian's chromium.

Never ``playwright install``: the browser is the system's (``apt-get install
chromium``, done by scripts/test). One headless browser for the session,
a fresh context (cookies, storage) for each test.

Use the ``page`` fixture (a Playwright Page, English, 15 s default timeout)
or ``browser`` to make contexts of your own. Register with
``pytest_plugins = ["tests.support.browser"]`` (or ``-p tests.support.browser``).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("REMPART_TEST_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]
TIMEOUT_MS = 15_000


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"no chromium at {CHROMIUM} (scripts/test installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="en-GB", timezone_id="UTC")
    context.set_default_timeout(TIMEOUT_MS)
    opened = context.new_page()
    yield opened
    context.close()
