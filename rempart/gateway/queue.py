"""The durable queue: a message answered 250 survives a crash at any moment.

On disk, under the queue folder:

- ``msg/<id>.eml`` — the message as it will be delivered, written once;
- ``meta/<id>.json`` — envelope and per-recipient delivery state, replaced
  atomically (write to ``tmp/``, fsync, rename, fsync the folder).

A message is *committed* when its meta file exists: :meth:`Queue.put` writes
and fsyncs the body, then the meta, and only then returns, so the caller
can answer 250. A body with no meta is a message that was never
acknowledged, and :meth:`Queue.recover` removes it. A delivered recipient is
recorded before anything else happens, so a crash can at worst deliver once
more the recipients of the one delivery that was under way.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import secrets
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

PENDING, DELIVERED, FAILED = "pending", "delivered", "failed"


class QueueError(Exception):
    """The queue could not store or read a message (disk full, permissions)."""


class NotQueued(QueueError):
    """No message with that id is in the queue."""


def new_queue_id() -> str:
    """Sortable by arrival (time prefix) and unique without coordination."""
    return f"{int(time.time() * 1000):012X}{secrets.token_hex(5).upper()}"


@dataclass
class Recipient:
    address: str
    status: str = PENDING
    attempts: int = 0
    last_reply: str = ""


@dataclass
class QueueEntry:
    """One accepted message and where each of its recipients stands."""

    id: str
    mail_from: str
    recipients: list[Recipient]
    received_at: float
    next_attempt: float
    attempts: int = 0
    last_error: str = ""
    verdict: str = "clean"
    client_ip: str = ""
    helo: str = ""
    size: int = 0
    dsn_sent: bool = False
    extra: dict = field(default_factory=dict)

    @property
    def pending(self) -> list[Recipient]:
        return [r for r in self.recipients if r.status == PENDING]

    @property
    def failed(self) -> list[Recipient]:
        return [r for r in self.recipients if r.status == FAILED]

    @property
    def done(self) -> bool:
        return not self.pending

    def to_json(self) -> bytes:
        return json.dumps(asdict(self), separators=(",", ":")).encode()

    @classmethod
    def from_json(cls, data: bytes) -> "QueueEntry":
        raw = json.loads(data)
        raw["recipients"] = [Recipient(**r) for r in raw["recipients"]]
        return cls(**raw)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_durably(path: Path, data: bytes, tmp_dir: Path) -> None:
    tmp = tmp_dir / f"{path.name}.{secrets.token_hex(4)}"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


class Queue:
    """A folder of committed messages. Safe to share between threads of one process.

    Several processes may read it (``rempart queue list``), and the CLI may
    change an entry's schedule or remove it; the gateway re-reads an entry
    from disk before each delivery, so such changes take effect.
    """

    def __init__(self, root: Path, fsync: bool = True) -> None:
        self.root = Path(root)
        self.msg_dir = self.root / "msg"
        self.meta_dir = self.root / "meta"
        self.tmp_dir = self.root / "tmp"
        self.fsync = fsync
        self._lock = threading.Lock()
        for folder in (self.msg_dir, self.meta_dir, self.tmp_dir):
            folder.mkdir(parents=True, exist_ok=True)

    # -- writing -----------------------------------------------------------

    def put(
        self,
        message: bytes,
        mail_from: str,
        recipients: list[str],
        *,
        queue_id: str | None = None,
        verdict: str = "clean",
        client_ip: str = "",
        helo: str = "",
        extra: dict | None = None,
    ) -> QueueEntry:
        """Store a message durably; when this returns, it may be answered 250."""
        if not recipients:
            raise QueueError("a queued message needs at least one recipient")
        now = time.time()
        entry = QueueEntry(
            id=queue_id or new_queue_id(),
            mail_from=mail_from,
            recipients=[Recipient(r) for r in recipients],
            received_at=now,
            next_attempt=now,
            verdict=verdict,
            client_ip=client_ip,
            helo=helo,
            size=len(message),
            extra=dict(extra or {}),
        )
        try:
            self._write(self.msg_dir / f"{entry.id}.eml", message)
            self._write(self.meta_dir / f"{entry.id}.json", entry.to_json())
            if self.fsync:
                _fsync_dir(self.msg_dir)
                _fsync_dir(self.meta_dir)
        except OSError as exc:
            self._discard_files(entry.id)
            raise QueueError(f"cannot store message: {exc.strerror or exc}") from exc
        return entry

    def _write(self, path: Path, data: bytes) -> None:
        if self.fsync:
            _write_durably(path, data, self.tmp_dir)
        else:
            tmp = self.tmp_dir / f"{path.name}.{secrets.token_hex(4)}"
            tmp.write_bytes(data)
            os.replace(tmp, path)

    @contextlib.contextmanager
    def _locked(self):
        """Exclusive against this process's threads and other processes (the CLI)."""
        with self._lock:
            fd = os.open(self.root / "lock", os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
                yield
            finally:
                os.close(fd)

    def save(self, entry: QueueEntry) -> None:
        """Record new delivery state; an entry with nothing pending leaves the queue."""
        with self._locked():
            if not (self.meta_dir / f"{entry.id}.json").exists():
                raise NotQueued(entry.id)
            if entry.done:
                self._discard_files(entry.id)
            else:
                self._write(self.meta_dir / f"{entry.id}.json", entry.to_json())
                if self.fsync:
                    _fsync_dir(self.meta_dir)

    def remove(self, queue_id: str) -> None:
        with self._locked():
            if not (self.meta_dir / f"{queue_id}.json").exists():
                raise NotQueued(queue_id)
            self._discard_files(queue_id)

    def _discard_files(self, queue_id: str) -> None:
        # The meta file goes first: once it is gone the message is no longer
        # committed, whatever happens to the body.
        for path in (self.meta_dir / f"{queue_id}.json", self.msg_dir / f"{queue_id}.eml"):
            try:
                path.unlink()
            except FileNotFoundError:
                pass
        if self.fsync:
            _fsync_dir(self.meta_dir)

    def retry_now(self, queue_id: str | None = None) -> int:
        """Make one entry (or every entry) due now; returns how many."""
        ids = [queue_id] if queue_id else self.ids()
        count = 0
        for qid in ids:
            # Read and write under the lock, so a delivery recorded meanwhile
            # by the gateway is never overwritten with stale recipient state.
            with self._locked():
                try:
                    entry = self.get(qid)
                except NotQueued:
                    if queue_id:
                        raise
                    continue
                entry.next_attempt = time.time()
                self._write(self.meta_dir / f"{entry.id}.json", entry.to_json())
            count += 1
        return count

    # -- reading -----------------------------------------------------------

    def ids(self) -> list[str]:
        return sorted(p.stem for p in self.meta_dir.glob("*.json"))

    def get(self, queue_id: str) -> QueueEntry:
        if not queue_id or "/" in queue_id or queue_id.startswith("."):
            raise NotQueued(queue_id)
        try:
            return QueueEntry.from_json((self.meta_dir / f"{queue_id}.json").read_bytes())
        except FileNotFoundError:
            raise NotQueued(queue_id) from None

    def message(self, queue_id: str) -> bytes:
        try:
            return (self.msg_dir / f"{queue_id}.eml").read_bytes()
        except FileNotFoundError:
            raise NotQueued(queue_id) from None

    def entries(self) -> list[QueueEntry]:
        found = []
        for qid in self.ids():
            try:
                found.append(self.get(qid))
            except (NotQueued, ValueError, KeyError, TypeError):
                continue
        return found

    def due(self, now: float | None = None) -> list[QueueEntry]:
        now = time.time() if now is None else now
        return [e for e in self.entries() if e.next_attempt <= now and not e.done]

    def __len__(self) -> int:
        return len(self.ids())

    # -- start-up ----------------------------------------------------------

    def recover(self) -> dict[str, int]:
        """Clean what a crash left: unacknowledged bodies and temporary files.

        Returns counts so the gateway can log what it found. A meta file that
        cannot be read is moved aside to ``corrupt/`` (with its body), never
        deleted: an operator decides.
        """
        removed_tmp = 0
        for tmp in self.tmp_dir.iterdir():
            tmp.unlink(missing_ok=True)
            removed_tmp += 1
        committed = set(self.ids())
        orphans = 0
        for body in self.msg_dir.glob("*.eml"):
            if body.stem not in committed:
                body.unlink(missing_ok=True)
                orphans += 1
        corrupt = 0
        for qid in committed:
            try:
                self.get(qid)
            except (ValueError, KeyError, TypeError):
                corrupt += 1
                aside = self.root / "corrupt"
                aside.mkdir(exist_ok=True)
                for path in (self.meta_dir / f"{qid}.json", self.msg_dir / f"{qid}.eml"):
                    if path.exists():
                        os.replace(path, aside / path.name)
        return {"queued": len(self.ids()), "orphans_removed": orphans, "tmp_removed": removed_tmp, "corrupt": corrupt}
