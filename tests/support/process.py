"""Run the real ``rempart`` command as a child process, as an operator would.

``RempartProcess`` starts ``rempart gateway`` or ``rempart serve`` with its
own data folder and ports, waits until it listens, and can stop it with
SIGTERM or kill it with SIGKILL (the crash tests). Its output goes to a log
file that failing tests print.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, timeout: float = 30.0, process: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"process exited with status {process.returncode} before listening on {port}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port} after {timeout} s")


class RempartProcess:
    """A data folder and the environment to run rempart commands against it."""

    def __init__(self, data_dir: Path, **env: str) -> None:
        self.data_dir = data_dir
        self.smtp_port = free_port()
        self.web_port = free_port()
        self.env = dict(os.environ)
        self.env.pop("DATABASE_URL", None)
        self.env.pop("REMPART_CLAMD", None)
        self.env.update({
            "REMPART_DATA_DIR": str(data_dir),
            "REMPART_SMTP_LISTEN": f"127.0.0.1:{self.smtp_port}",
            "REMPART_SUBMISSION_LISTEN": f"127.0.0.1:{free_port()}",
            "REMPART_WEB_LISTEN": f"127.0.0.1:{self.web_port}",
            "REMPART_DNS": "127.0.0.1:9",
            "REMPART_DNS_TIMEOUT": "0.3",
            "REMPART_HOSTNAME": "mx.rempart.test",
            "REMPART_SNAPSHOT_REFRESH": "0.5",
        })
        self.env.update(env)
        self.process: subprocess.Popen | None = None
        self.log_path = data_dir / "rempart.log"

    def cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        result = subprocess.run([sys.executable, "-m", "rempart.cli", *args], env=self.env,
                                capture_output=True, text=True, timeout=120)
        if check and result.returncode != 0:
            raise AssertionError(f"rempart {' '.join(args)} failed: {result.stderr}")
        return result

    def start(self, command: str = "gateway", wait_web: bool = False) -> None:
        log = open(self.log_path, "ab")
        self.process = subprocess.Popen([sys.executable, "-m", "rempart.cli", command], env=self.env,
                                        stdout=log, stderr=subprocess.STDOUT)
        log.close()
        wait_for_port(self.smtp_port, process=self.process)
        if wait_web:
            wait_for_port(self.web_port, process=self.process)

    def terminate(self, timeout: float = 30.0) -> int:
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=timeout)

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    def stop_quietly(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)


@pytest.fixture
def rempart_process(tmp_path):
    """Factory: ``rempart_process(**env)`` gives a RempartProcess in a fresh data folder."""
    made: list[RempartProcess] = []

    def make(**env: str) -> RempartProcess:
        folder = tmp_path / f"data{len(made)}"
        folder.mkdir()
        proc = RempartProcess(folder, **env)
        made.append(proc)
        return proc

    yield make
    for proc in made:
        proc.stop_quietly()
