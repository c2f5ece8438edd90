"""The Django project (store and web). ``setup()`` is how non-web code starts it."""

from __future__ import annotations

import os

from rempart.config import Settings

_runtime: Settings | None = None
_configured = False
_migrated = False


def runtime() -> Settings | None:
    """The Settings given to :func:`setup`, which the Django settings module reads."""
    return _runtime


def setup(settings: Settings | None = None, migrate: bool = True) -> None:
    """Configure Django once; create or migrate the database when ``migrate``.

    Called by the CLI and by ``rempart serve``/``gateway`` before they touch
    the store. The data folder is created if needed. Calling it again is
    cheap; a later call with ``migrate=True`` still migrates once. Settings
    given here win over the environment only if Django is not configured yet.
    """
    global _runtime, _configured, _migrated
    if not _configured:
        _runtime = settings or Settings.from_env()
        _runtime.data_dir.mkdir(parents=True, exist_ok=True)
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rempart.web.settings")
        import django

        django.setup()
        _configured = True
    if migrate and not _migrated:
        from django.core.management import call_command

        call_command("migrate", interactive=False, verbosity=0)
        _migrated = True
