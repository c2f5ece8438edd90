"""The Django project (store and web). ``setup()`` is how non-web code starts it."""

from __future__ import annotations

import os

from rempart.config import Settings

_ready = False


def setup(settings: Settings | None = None, migrate: bool = True) -> None:
    """Configure Django from the environment once; create or migrate the database.

    Called by the CLI and by ``rempart serve``/``gateway`` before they touch
    the store. The data folder is created if needed.
    """
    global _ready
    if _ready:
        return
    settings = settings or Settings.from_env()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rempart.web.settings")
    import django

    django.setup()
    if migrate:
        from django.core.management import call_command

        call_command("migrate", interactive=False, verbosity=0)
    _ready = True
