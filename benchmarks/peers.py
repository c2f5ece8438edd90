"""SpamAssassin and Rspamd, started privately and offline, for the benchmarks to compare against.

Both come from Debian (``apt-get install spamassassin spamc rspamd
redis-server``); nothing here installs them. Each peer runs from a private
folder the caller gives, on loopback ports chosen free, and leaves no state
elsewhere but Rspamd's compiled-regexp cache (:data:`HS_CACHE`):

- **SpamAssassin**: local tests only (``-L``: no DNS blocklists, no Razor,
  no DCC); Bayes in the private folder (``bayes_path``), trained with
  ``sa-learn``, no auto-learning; ``spamd`` with the same site config
  answers ``spamc`` for scanning.
- **Rspamd**: the Debian configuration with a private ``LOCAL_CONFDIR``:
  one normal worker and the controller on loopback, no proxy, Bayes on
  Redis at 127.0.0.1:6379 in its own database number (flushed between
  trainings, never another), no auto-learning, and every module that asks
  the network switched off (DNS lists, SPF/DKIM/DMARC/ARC, fuzzy, URL
  redirect resolution, remote maps, reputation, greylisting); what DNS it
  still asks goes to :class:`RefusingDNS`, which says no at once.

Peers are started with :func:`start_spamassassin` / :func:`start_rspamd`
(context managers); a peer that cannot run raises :class:`PeerUnavailable`
with one line saying why, which the benchmarks print before going on
without it. Run this file to check that both start and answer:

    .venv/bin/python benchmarks/peers.py
"""

from __future__ import annotations

import contextlib
import functools
import glob
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Self

APT_HINT = "apt-get install spamassassin spamc rspamd redis-server"
RSPAMD_REDIS_DB = 11  # the accuracy benchmark's alone; flushed before each training
RSPAMD_SPEED_REDIS_DB = 12  # the speed benchmark's, so the two can run side by side
OWNER_KEY = "rempart-benchmark-owner"  # host:pid of the run using a database, kept in that database
# Rspamd compiles its regular expressions with Hyperscan at start (tens of seconds); the compiled
# databases are kept here between runs, the one thing a peer keeps outside its private folder.
HS_CACHE = Path(tempfile.gettempdir()) / "rempart-benchmarks-rspamd-hs"
START_TIMEOUT = 60.0


def engine_list(parser, text: str, known: tuple[str, ...]) -> list[str]:
    """The engines named in a comma-separated option, each one known (else the parser's usage error)."""
    engines = [e.strip() for e in text.split(",") if e.strip()]
    unknown = [e for e in engines if e not in known]
    if unknown:
        parser.error(f"unknown engine(s): {', '.join(unknown)} (choose from {', '.join(known)})")
    return engines


class PeerUnavailable(RuntimeError):
    """A peer cannot be used here; the message says why in one line."""


@dataclass
class PeerResult:
    """A peer's answer for one message: flagged at its default threshold, its score, its action."""

    flagged: bool
    score: float
    action: str


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _require(*programs: str) -> None:
    missing = [p for p in programs if shutil.which(p) is None]
    if missing:
        raise PeerUnavailable(f"{', '.join(missing)} not installed (hint: {APT_HINT})")


def _wait_until(check, what: str, process: subprocess.Popen, log: Path | None = None) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = log.read_text(errors="replace")[-600:] if log and log.exists() else ""
            raise PeerUnavailable(f"{what} exited with status {process.returncode}: {tail.strip()[-300:]}")
        if check():
            return
        time.sleep(0.2)
    raise PeerUnavailable(f"{what} did not answer within {START_TIMEOUT:.0f} s")


def _stop(process: subprocess.Popen) -> None:
    """Stop a peer we started, and the workers it forked (its own process group)."""
    if process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)


# -- offline DNS -------------------------------------------------------------------


class RefusingDNS:
    """A loopback DNS server that answers every query at once with REFUSED.

    Offline, a resolver that never answers makes each lookup wait for its
    timeout, and a scanner's wall-clock rate then measures timeouts, not
    work. Answering REFUSED at once gives every engine the same offline
    world (no data, no waiting): DNS checks end in their temporary-error
    result immediately. Runs in a thread; ``port`` is where it listens.
    """

    def __init__(self) -> None:
        import threading

        self._socket = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._socket.bind(("127.0.0.1", 0))
        self._socket.settimeout(0.2)
        self.port = self._socket.getsockname()[1]
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="refusing-dns", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stopping.is_set():
            try:
                query, client = self._socket.recvfrom(4096)
            except (TimeoutError, OSError):
                continue
            if len(query) < 12:
                continue
            flags = int.from_bytes(query[2:4], "big")
            reply_flags = 0x8000 | (flags & 0x7900) | 0x0080 | 5  # QR, opcode and RD kept, RA, REFUSED
            header = query[:2] + reply_flags.to_bytes(2, "big") + query[4:6] + b"\0\0\0\0\0\0"
            self._socket.sendto(header + query[12:], client)

    def close(self) -> None:
        self._stopping.set()
        self._thread.join(timeout=2)
        self._socket.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# -- SpamAssassin ----------------------------------------------------------------


class SpamAssassin:
    """A private SpamAssassin: site config and Bayes under ``folder``, spamd on a loopback port."""

    def __init__(self, folder: Path) -> None:
        _require("sa-learn", "spamd", "spamc")
        self.folder = folder
        self.site = folder / "site"
        self.bayes = folder / "bayes"
        self.port = 0
        self._spamd: subprocess.Popen | None = None
        self._write_config()

    def _write_config(self) -> None:
        self.site.mkdir(parents=True, exist_ok=True)
        self.bayes.mkdir(parents=True, exist_ok=True)
        for folder in (self.folder, self.site, self.bayes):  # spamd's children run as nobody
            folder.chmod(0o755)
        for pre in glob.glob("/etc/spamassassin/*.pre"):  # the plugin list of the Debian install
            shutil.copy(pre, self.site)
        (self.site / "local.cf").write_text(
            "# Written by benchmarks/peers.py: offline, Bayes private to this run.\n"
            f"bayes_path {self.bayes}/bayes\n"
            "use_bayes 1\nbayes_auto_learn 0\nbayes_auto_expire 0\nbayes_file_mode 0644\n"
            "skip_rbl_checks 1\nuse_razor2 0\nuse_pyzor 0\nuse_dcc 0\n"
            "dns_available no\nuse_auto_whitelist 0\n"
        )

    def _common(self) -> list[str]:
        return ["--siteconfigpath", str(self.site)]

    def learn(self, kind: str, folder: Path) -> None:
        """Teach Bayes every message under ``folder`` as ``kind`` ("spam" or "ham")."""
        command = ["sa-learn", "-L", *self._common(), "--dbpath", str(self.bayes), "--no-sync", f"--{kind}", str(folder)]
        subprocess.run(command, check=True, capture_output=True, timeout=3600)

    def sync(self) -> None:
        subprocess.run(["sa-learn", "-L", *self._common(), "--dbpath", str(self.bayes), "--sync"],
                       check=True, capture_output=True, timeout=600)

    def start(self, children: int = 1, prefix: tuple[str, ...] = ()) -> None:
        """Start spamd (after training: it reads Bayes as it is then); ``prefix`` as for Rspamd."""
        self.port = free_port()
        log = self.folder / "spamd.log"
        command = [*prefix, "spamd", "-L", "-x", *self._common(), "--listen", f"127.0.0.1:{self.port}",
                   "--allowed-ips", "127.0.0.1", "--max-children", str(children), "--min-children", str(children),
                   "--min-spare", "1", "--max-spare", str(children), "--syslog", str(log), "-u", "nobody"]
        self._spamd = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT,
                                       start_new_session=True)
        _wait_until(self._answers, "spamd", self._spamd, log)

    def _answers(self) -> bool:
        try:
            done = subprocess.run(["spamc", "-d", "127.0.0.1", "-p", str(self.port), "-K"],
                                  capture_output=True, timeout=5, check=False)
        except subprocess.TimeoutExpired:
            return False
        return done.returncode == 0

    def check_file(self, path: Path) -> PeerResult:
        """Scan one message through spamc (``-c``: prints score/threshold, exit 1 when spam)."""
        with open(path, "rb") as data:
            done = subprocess.run(["spamc", "-d", "127.0.0.1", "-p", str(self.port), "-c", "-x"],
                                  stdin=data, capture_output=True, timeout=120, check=False)  # exit 1: spam
        if done.returncode not in (0, 1):
            raise RuntimeError(f"spamc failed on {path}: {done.stderr.decode(errors='replace').strip()}")
        score = float(done.stdout.decode().split("/")[0])
        return PeerResult(flagged=done.returncode == 1, score=score, action="spam" if done.returncode == 1 else "ham")

    def check(self, paths: list[Path], parallel: int = 1) -> list[PeerResult]:
        with ThreadPoolExecutor(max_workers=parallel) as pool:
            return list(pool.map(self.check_file, paths))

    def stop(self) -> None:
        if self._spamd is not None:
            _stop(self._spamd)
            self._spamd = None


@contextlib.contextmanager
def start_spamassassin(folder: Path | None = None) -> Iterator[SpamAssassin]:
    """A private SpamAssassin (not yet serving: train it, then call ``start()``)."""
    with contextlib.ExitStack() as stack:
        if folder is None:
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="rempart-sa-")))
        peer = SpamAssassin(folder)
        stack.callback(peer.stop)
        yield peer


# -- Rspamd ------------------------------------------------------------------------

# Modules that reach the network (DNS or HTTP) or keep state elsewhere; off, for an offline peer.
RSPAMD_OFFLINE_OFF = (
    "rbl", "surbl", "asn", "emails", "spf", "dkim", "dmarc", "arc", "mx_check", "fuzzy_check", "dcc",
    "phishing", "url_redirector", "neural", "ratelimit", "greylist", "replies", "history_redis",
    "rspamd_update", "reputation", "clickhouse", "elastic", "metadata_exporter", "external_services",
    "antivirus", "p0f", "bimi", "dkim_signing", "arc_signing", "metric_exporter", "aws_s3",
)


class Rspamd:
    """A private Rspamd: one normal worker and the controller on loopback, Bayes in its own Redis DB."""

    def __init__(self, folder: Path, redis_db: int = RSPAMD_REDIS_DB, dns_port: int | None = None) -> None:
        _require("rspamd", "rspamc")
        self.folder = folder
        self.redis_db = redis_db
        self.dns_port = dns_port or 9  # 9: nobody listens (each lookup waits for its timeout)
        self.normal_port = free_port()
        self.controller_port = free_port()
        self._process: subprocess.Popen | None = None
        self._check_redis()
        self._write_config()

    def _check_redis(self) -> None:
        try:
            import redis
        except ImportError as exc:
            raise PeerUnavailable("the redis Python package is missing") from exc
        try:
            self._redis = redis.Redis(host="127.0.0.1", port=6379, db=self.redis_db, socket_timeout=5)
            self._redis.ping()
        except Exception as exc:
            raise PeerUnavailable(f"no Redis at 127.0.0.1:6379 ({exc.__class__.__name__}; hint: {APT_HINT})") from exc
        self._claim_database()

    def _claim_database(self) -> None:
        """Refuse to share the Redis database with another live run (it would flush our Bayes)."""
        me = f"{socket.gethostname()}:{os.getpid()}"
        owner = (self._redis.get(OWNER_KEY) or b"").decode()
        host, _, pid = owner.partition(":")
        if owner and owner != me and host == socket.gethostname() and pid.isdigit() and _alive(int(pid)):
            raise PeerUnavailable(f"Redis database {self.redis_db} is in use by another benchmark (pid {pid})")
        self._redis.set(OWNER_KEY, me)
        self._owner = me

    def _write_config(self) -> None:
        local = self.folder / "local.d"
        override = self.folder / "override.d"
        for sub in (local, override, self.folder / "db", self.folder / "run", self.folder / "log"):
            sub.mkdir(parents=True, exist_ok=True)
        redis = f'servers = "127.0.0.1:6379";\ndb = "{self.redis_db}";\n'
        (local / "redis.conf").write_text(redis)
        (local / "classifier-bayes.conf").write_text(
            f'backend = "redis";\n{redis}autolearn = false;\n')
        HS_CACHE.mkdir(parents=True, exist_ok=True)
        (local / "options.inc").write_text(
            f'dns {{\n  nameserver = ["127.0.0.1:{self.dns_port}"];\n  timeout = 0.5s;\n  retransmits = 1;\n}}\n'
            f'disable_monitoring = true;\nhs_cache_dir = "{HS_CACHE}";\n')
        (override / "worker-normal.inc").write_text(f'bind_socket = "127.0.0.1:{self.normal_port}";\ncount = 1;\n')
        (override / "worker-controller.inc").write_text(
            f'bind_socket = "127.0.0.1:{self.controller_port}";\ncount = 1;\nsecure_ip = "127.0.0.1";\n')
        (override / "worker-proxy.inc").write_text("enabled = false;\n")
        for module in RSPAMD_OFFLINE_OFF:
            (override / f"{module}.conf").write_text("enabled = false;\n")
        (override / "logging.inc").write_text('level = "error";\n')

    def start(self, prefix: tuple[str, ...] = ()) -> None:
        """Start the daemon; ``prefix`` goes before the command (``taskset -c 0`` pins it to a core)."""
        log = self.folder / "log" / "rspamd.log"
        command = [*prefix, "rspamd", "-f", "-i", "-u", "root", "-g", "root", "-c", "/etc/rspamd/rspamd.conf",
                   f"--var=LOCAL_CONFDIR={self.folder}", f"--var=DBDIR={self.folder / 'db'}",
                   f"--var=RUNDIR={self.folder / 'run'}", f"--var=LOGDIR={self.folder / 'log'}"]
        self._process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT,
                                         start_new_session=True)
        _wait_until(self._answers, "rspamd", self._process, log)

    def _answers(self) -> bool:
        for port in (self.normal_port, self.controller_port):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/ping", timeout=2) as reply:
                    if b"pong" not in reply.read():
                        return False
            except OSError:
                return False
        return True

    def forget(self) -> None:
        """Empty this peer's Bayes (its own Redis database, nothing else)."""
        self._redis.flushdb()
        self._redis.set(OWNER_KEY, self._owner)

    def learn(self, kind: str, folder: Path) -> int:
        """Teach Bayes every message in ``folder`` as ``kind`` ("spam" or "ham"); the number learnt.

        Files are named one by one (resolved): rspamc skips symbolic links
        when it walks a folder itself.
        """
        files = sorted(str(p.resolve()) for p in folder.iterdir() if p.is_file())
        learnt = 0
        for start in range(0, len(files), 200):
            done = subprocess.run(["rspamc", "-h", f"127.0.0.1:{self.controller_port}", "-n", "2", "-t", "60",
                                   f"learn_{kind}", *files[start:start + 200]],
                                  check=True, capture_output=True, text=True, timeout=3600)
            learnt += done.stdout.count("success = true")
        return learnt

    def check(self, paths: list[Path], parallel: int = 1) -> list[PeerResult]:
        """Scan the messages through ``rspamc --json`` on the normal worker, in order."""
        results: list[PeerResult] = []
        for start in range(0, len(paths), 200):  # keep argument lists short
            batch = paths[start:start + 200]
            done = subprocess.run(
                ["rspamc", "-h", f"127.0.0.1:{self.normal_port}", "-n", str(parallel), "-t", "60", "--json",
                 *map(str, batch)], capture_output=True, timeout=3600, check=False)
            by_name = parse_rspamc_json(done.stdout.decode(errors="replace"))
            for path in batch:
                reply = by_name.get(str(path))
                if reply is None:
                    raise RuntimeError(f"rspamc gave no result for {path}: {done.stderr.decode(errors='replace')[-300:]}")
                results.append(reply)
        return results

    def stop(self) -> None:
        if self._process is not None:
            _stop(self._process)
            self._process = None
        if (self._redis.get(OWNER_KEY) or b"").decode() == self._owner:
            self._redis.flushdb()  # our Bayes tokens (hundreds of thousands of keys) go with us


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# Rspamd's actions at its default thresholds; greylist only delays, so it is not a verdict.
RSPAMD_FLAGGED = {"reject", "add header", "rewrite subject", "soft reject"}


def parse_rspamc_json(output: str) -> dict[str, PeerResult]:
    """``rspamc --json`` on several files prints one JSON object per file, each naming its ``filename``.

    With parallel requests the objects come in the order the replies came.
    """
    results: dict[str, PeerResult] = {}
    decoder = json.JSONDecoder()
    index = 0
    while True:
        while index < len(output) and output[index].isspace():
            index += 1
        if index >= len(output):
            return results
        try:
            reply, index = decoder.raw_decode(output, index)
        except json.JSONDecodeError:
            return results  # a truncated tail: the missing files are reported by the caller
        action = str(reply.get("action", ""))
        results[str(reply.get("filename"))] = PeerResult(
            flagged=action in RSPAMD_FLAGGED, score=float(reply.get("score", 0.0)), action=action)


@contextlib.contextmanager
def start_rspamd(folder: Path | None = None, dns_port: int | None = None,
                 redis_db: int = RSPAMD_REDIS_DB) -> Iterator[Rspamd]:
    """A running private Rspamd with an empty Bayes; stopped on exit."""
    with contextlib.ExitStack() as stack:
        if folder is None:
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="rempart-rspamd-")))
        if dns_port is None:
            dns_port = stack.enter_context(RefusingDNS()).port
        peer = Rspamd(folder, redis_db=redis_db, dns_port=dns_port)
        stack.callback(peer.stop)
        peer.start()
        peer.forget()
        yield peer


def main() -> int:
    """Start each peer, scan one message, say what happened."""
    sample = Path(tempfile.mkdtemp(prefix="rempart-peer-check-")) / "hello.eml"
    sample.write_bytes(b"From: a@example.org\nTo: b@example.org\nSubject: hello\n"
                      b"Date: Mon, 1 Jan 2024 10:00:00 +0000\nMessage-ID: <1@example.org>\n\nHello there.\n")
    status = 0
    rspamd = functools.partial(start_rspamd, redis_db=RSPAMD_SPEED_REDIS_DB)
    for name, starter in (("spamassassin", start_spamassassin), ("rspamd", rspamd)):
        try:
            with starter() as peer:
                if isinstance(peer, SpamAssassin):
                    peer.start()
                result = peer.check([sample])[0]
                print(f"{name}: up, score {result.score:.2f}, action {result.action!r}")
        except PeerUnavailable as exc:
            print(f"{name}: unavailable: {exc}")
            status = 1
    shutil.rmtree(sample.parent, ignore_errors=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
