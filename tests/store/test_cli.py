"""The tenant commands as an operator runs them: the real ``rempart`` executable.

On the PostgreSQL run the commands work on the test database; on SQLite
they use a data folder of their own.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

# The child process writes through its own connection: nothing may stay in a test transaction.
pytestmark = [pytest.mark.db, pytest.mark.django_db(transaction=True)]

REMPART = Path(sys.executable).parent / "rempart"


def database_url() -> str:
    s = connection.settings_dict
    password = f":{s['PASSWORD']}" if s["PASSWORD"] else ""
    return f"postgresql://{s['USER']}{password}@{s['HOST']}:{s['PORT']}/{s['NAME']}"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("rempart-cli")


@pytest.fixture
def rempart(data_dir):
    if not REMPART.exists():
        pytest.fail(f"{REMPART} is missing: install the package (pip install -e .)")
    env = {**os.environ, "REMPART_DATA_DIR": str(data_dir), "REMPART_WEB_LISTEN": "127.0.0.1:8123"}
    env.pop("DATABASE_URL", None)
    if connection.vendor == "postgresql":
        env["DATABASE_URL"] = database_url()

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(REMPART), *args], env=env, capture_output=True, text=True, timeout=120)

    return run


def one_line(text: str) -> str:
    assert text.count("\n") == 1 and text.endswith("\n"), text
    return text.strip()


def test_domain_add_then_domain_list(rempart):
    added = rempart("domain", "add", "Cli-One.test", "--route", "mail.cli-one.test:2525", "--tls", "required",
                    "--organisation", "Cli One", "--recipient", "alice", "--recipient", "bob@cli-one.test")
    listed = rempart("domain", "list", "--json")

    assert added.returncode == 0, added.stderr
    assert one_line(added.stdout) == "cli-one.test -> mail.cli-one.test:2525 (tls required), organisation Cli One"
    assert listed.returncode == 0, listed.stderr
    row = next(r for r in json.loads(listed.stdout) if r["name"] == "cli-one.test")
    assert row == {"name": "cli-one.test", "route": "mail.cli-one.test:2525", "tls": "required",
                   "organisation": "Cli One", "recipients": ["alice@cli-one.test", "bob@cli-one.test"]}


def test_organisation_user_and_token(rempart):
    org = rempart("organisation", "add", "Cli Two", "--provider", "Cli MSP")
    link = rempart("user", "add", "Dana@Cli-Two.test", "--role", "org-admin", "--organisation", "cli two")
    token = rempart("token", "create", "dana@cli-two.test", "--organisation", "Cli Two")

    assert (org.returncode, link.returncode, token.returncode) == (0, 0, 0), org.stderr + link.stderr + token.stderr
    assert one_line(org.stdout) == "organisation Cli Two (provider Cli MSP)"
    assert one_line(link.stdout).startswith("http://127.0.0.1:8123/welcome/")
    assert one_line(token.stdout).startswith("rmp_")


@pytest.mark.parametrize("args, message", [
    (["domain", "add", "bad..name", "--route", "mx:25"], "not a valid domain name"),
    (["user", "add", "erin@cli.test", "--role", "org-admin"], "needs --organisation"),
])
def test_bad_usage_exits_2_with_one_line(rempart, args, message):
    result = rempart(*args)

    assert result.returncode == 2
    assert message in one_line(result.stderr)
    assert result.stdout == ""


@pytest.mark.parametrize("args, message", [
    (["token", "create", "nobody@cli.test"], "no person with address nobody@cli.test"),
    (["user", "add", "erin@cli.test", "--role", "user", "--organisation", "No Such Org"], "no organisation named"),
])
def test_a_request_that_cannot_be_done_exits_1_with_one_line(rempart, args, message):
    result = rempart(*args)

    assert result.returncode == 1
    assert message in one_line(result.stderr)
