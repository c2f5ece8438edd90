"""rempart.web.setup() from the command line: a fresh data folder gets a migrated SQLite file."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

REMPART = Path(sys.executable).parent / "rempart"


def test_the_first_command_creates_and_migrates_the_database(tmp_path):
    data_dir = tmp_path / "fresh"
    env = {**os.environ, "REMPART_DATA_DIR": str(data_dir)}
    env.pop("DATABASE_URL", None)

    result = subprocess.run([str(REMPART), "domain", "list"], env=env, capture_output=True, text=True, timeout=120)

    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    with sqlite3.connect(data_dir / "rempart.sqlite3") as db:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        journal = db.execute("PRAGMA journal_mode").fetchone()[0]
    assert {"tenants_domain", "policies_policy", "tracking_messagerecord"} <= tables
    assert journal == "wal"
