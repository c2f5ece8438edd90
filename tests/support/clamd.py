"""A real clamd for the tests, with signatures the tests write themselves.

There is no official signature database on a test machine (and no network
to fetch one), so the fixture writes its own ``rempart-test.ndb`` body
signatures: one for the EICAR test string, one for :data:`SAMPLE`, a
made-up "malware" only this clamd knows. clamd decodes MIME itself, so
either is found inside a base64 attachment of a whole message.

Fixtures (the plugin is loaded by tests/conftest.py):

- ``clamd`` (session): a :class:`ClamdServer` started once from Debian's
  ``/usr/sbin/clamd`` in a private temporary folder; ``.address`` is its
  unix socket path (what ``REMPART_CLAMD`` takes), ``.tcp_address`` the
  same clamd as ``127.0.0.1:PORT``, ``.stream_max_length`` the byte limit
  beyond which it refuses a stream. Tests are skipped, with the reason,
  when clamd is not installed.
- ``clamd_address``: shorthand for ``clamd.address``.
- ``dead_clamd_address``: a socket path with nothing listening behind it
  (a stale socket file: connecting is refused), for "clamd is down".

Helpers to import: :data:`EICAR`, :data:`SAMPLE`, the names clamd reports
for them (:data:`EICAR_SIGNATURE`, :data:`SAMPLE_SIGNATURE`), and
:func:`message_with_attachment` to wrap bytes in a MIME message.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

import pytest

CLAMD_BINARY = shutil.which("clamd") or "/usr/sbin/clamd"

EICAR = rb"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"
SAMPLE = b"REMPART-TEST-SAMPLE\x00\x7fELF not a virus: a pattern only the test clamd knows \xde\xad\xbe\xef"

# clamd adds ".UNOFFICIAL" to names from databases that are not ClamAV's own.
EICAR_SIGNATURE = "Rempart.Test.EICAR.UNOFFICIAL"
SAMPLE_SIGNATURE = "Rempart.Test.Sample.UNOFFICIAL"

STREAM_MAX_LENGTH = 1024 * 1024  # "StreamMaxLength 1M"
START_TIMEOUT = 60.0  # a loaded machine may be slow; a tiny database loads in about a second


@dataclass(frozen=True)
class ClamdServer:
    """A running clamd: where to reach it and what it detects."""

    socket_path: str
    tcp_address: str
    stream_max_length: int
    folder: Path
    eicar: bytes = EICAR
    sample: bytes = SAMPLE
    eicar_signature: str = EICAR_SIGNATURE
    sample_signature: str = SAMPLE_SIGNATURE

    @property
    def address(self) -> str:
        """The unix socket path, as REMPART_CLAMD would give it."""
        return self.socket_path


def message_with_attachment(payload: bytes, filename: str = "invoice.pdf",
                            subject: str = "Your invoice") -> bytes:
    """A plain message with ``payload`` as a base64 attachment, as raw bytes."""
    message = EmailMessage()
    message["From"] = "Billing <billing@example.net>"
    message["To"] = "alice@example.com"
    message["Subject"] = subject
    message["Message-ID"] = "<attachment-test@example.net>"
    message.set_content("Please find the document attached.\n")
    message.add_attachment(payload, maintype="application", subtype="octet-stream", filename=filename)
    return message.as_bytes()


def _ndb_line(name: str, pattern: bytes) -> str:
    # Name:TargetType:Offset:HexSignature — target 0 is any file, offset * anywhere.
    return f"{name}:0:*:{pattern.hex()}\n"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _write_config(folder: Path, port: int) -> Path:
    database = folder / "db"
    database.mkdir()
    (database / "rempart-test.ndb").write_text(
        _ndb_line(EICAR_SIGNATURE.removesuffix(".UNOFFICIAL"), EICAR)
        + _ndb_line(SAMPLE_SIGNATURE.removesuffix(".UNOFFICIAL"), SAMPLE)
    )
    config = folder / "clamd.conf"
    config.write_text(
        "\n".join([
            "Foreground yes",
            f"LocalSocket {folder / 'clamd.sock'}",
            "LocalSocketMode 600",
            f"TCPSocket {port}",
            "TCPAddr 127.0.0.1",
            f"DatabaseDirectory {database}",
            f"TemporaryDirectory {folder}",
            f"LogFile {folder / 'clamd.log'}",
            f"StreamMaxLength {STREAM_MAX_LENGTH // 1024}K",
            "MaxThreads 4",
            "SelfCheck 0",
        ]) + "\n"
    )
    return config


def _answers_ping(family: int, address) -> bool:
    try:
        with socket.socket(family) as probe:
            probe.settimeout(2)
            probe.connect(address)
            probe.sendall(b"zPING\0")
            return probe.recv(16).startswith(b"PONG")
    except OSError:
        return False


def _start(folder: Path) -> tuple[subprocess.Popen, Path, int]:
    """Start clamd and wait for PONG; a port taken in between gets another try."""
    log = ""
    for attempt in range(3):
        run = folder / f"run{attempt}"
        run.mkdir()
        port = _free_port()
        config = _write_config(run, port)
        with open(run / "clamd.out", "wb") as output:
            process = subprocess.Popen([CLAMD_BINARY, "-c", str(config)], stdout=output, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + START_TIMEOUT
        while process.poll() is None and time.monotonic() < deadline:
            if _answers_ping(socket.AF_UNIX, str(run / "clamd.sock")) and _answers_ping(
                socket.AF_INET, ("127.0.0.1", port)
            ):
                return process, run, port
            time.sleep(0.05)
        _stop(process)
        log = (run / "clamd.out").read_text(errors="replace")[-2000:]
    pytest.fail(f"clamd did not start; its last output:\n{log}")


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def clamd():
    """One real clamd for the whole session (see the module docstring)."""
    if not os.access(CLAMD_BINARY, os.X_OK):
        pytest.skip(f"clamd is not installed ({CLAMD_BINARY} not found; apt-get install clamav-daemon)")
    # A short folder under /tmp: unix socket paths are limited to 108 bytes.
    folder = Path(tempfile.mkdtemp(prefix="rempart-clamd-"))
    process = None
    try:
        process, run, port = _start(folder)
        yield ClamdServer(
            socket_path=str(run / "clamd.sock"),
            tcp_address=f"127.0.0.1:{port}",
            stream_max_length=STREAM_MAX_LENGTH,
            folder=run,
        )
    finally:
        if process is not None:
            _stop(process)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def clamd_address(clamd) -> str:
    return clamd.address


@pytest.fixture
def dead_clamd_address():
    """A unix socket file that nobody listens on: clamd is "down"."""
    folder = Path(tempfile.mkdtemp(prefix="rempart-noclamd-"))
    path = folder / "clamd.sock"
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(path))
    stale.close()  # the file stays, nothing listens: connect() is refused
    yield str(path)
    shutil.rmtree(folder, ignore_errors=True)
