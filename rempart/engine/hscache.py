"""Compiled Hyperscan databases kept on disk between runs.

Compiling the rules' and the lures' pattern sets takes most of a process's
start-up (about 1.5 s of the 2 s `rempart scan` needs before its first
message), and it gives the same bytes every time for the same patterns on the
same machine. So a compiled database is serialised once into the user's cache
folder (``$XDG_CACHE_HOME/rempart/hyperscan``, else ``~/.cache/...``) under the
hash of what went into it, and later runs load it in milliseconds.

Hyperscan refuses a database built for another CPU or another library version
when loading it; that, a missing or unwritable folder, or a damaged file only
means compiling again, never a failure: the cache can be deleted at any time.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from pathlib import Path

import hyperscan

log = logging.getLogger(__name__)


def cache_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "rempart" / "hyperscan"


def _key(expressions: list[bytes], ids: list[int], flags: list[int], mode: int) -> str:
    digest = hashlib.sha256()
    digest.update(f"hyperscan {getattr(hyperscan, '__version__', '?')} mode {mode}\n".encode())
    for expression, ident, flag in zip(expressions, ids, flags):
        digest.update(b"%d %d " % (ident, flag) + expression + b"\x00")
    return digest.hexdigest()[:40]


def compiled(expressions: list[bytes], ids: list[int], flags: list[int],
             mode: int = hyperscan.HS_MODE_BLOCK) -> hyperscan.Database:
    """The block-mode database of these expressions, loaded from the cache when it holds one.

    Raises hyperscan.error, as compiling does, when an expression is refused.
    """
    path = cache_folder() / f"{_key(expressions, ids, flags, mode)}.hsdb"
    try:
        database = hyperscan.loadb(path.read_bytes(), mode)
        database.scratch = hyperscan.Scratch(database)  # a loaded database comes without one
        return database
    except (OSError, hyperscan.error, ValueError, TypeError):
        pass  # not cached yet, built elsewhere, or damaged: compile it
    database = hyperscan.Database(mode=mode)
    database.compile(expressions=expressions, ids=ids, elements=len(expressions), flags=flags)
    _store(path, database)
    return database


def _store(path: Path, database: hyperscan.Database) -> None:
    """Write the serialised database atomically (a reader never sees half a file); give up quietly."""
    try:
        data = hyperscan.dumpb(database)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except (OSError, hyperscan.error) as error:
        log.debug("hyperscan cache not written (%s): %s", path, error)
