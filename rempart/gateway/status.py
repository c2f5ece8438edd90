"""The gateway's health, written where the console can read it.

The gateway process and the web process may be different processes (or
machines sharing the data folder), so health goes through a small JSON file
rather than memory.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from rempart.config import Settings


def _path(settings: Settings) -> Path:
    return settings.data_dir / "status.json"


def record(settings: Settings, **problems: str | None) -> None:
    """Write the current problems (None = healthy) with the time they were seen."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    current = read(settings)
    current.update({name: {"problem": value, "checked_at": time.time()} for name, value in problems.items()})
    tmp = _path(settings).with_suffix(".tmp")
    tmp.write_text(json.dumps(current))
    os.replace(tmp, _path(settings))


def read(settings: Settings) -> dict:
    try:
        return json.loads(_path(settings).read_text())
    except (FileNotFoundError, ValueError):
        return {}


def problems(settings: Settings) -> list[str]:
    """One line per current problem, for the console's banner."""
    return [f"{name}: {entry['problem']}" for name, entry in read(settings).items() if entry.get("problem")]
