"""The gateway's Tracker backed by the store, writing from a thread of its own.

The gateway calls :meth:`DatabaseTracker.reception` and
:meth:`DatabaseTracker.delivery` from its event loop; they only put the
record on a queue and return. A writer thread takes what is waiting and
writes it in small batches, so a slow or locked database delays tracking,
never mail. A database error is logged; it never reaches the gateway.

Records are keyed by queue id, and a delivery may be written before its
reception (they travel separately): the message row is then created bare and
filled in when the reception arrives.
"""

from __future__ import annotations

import ipaddress
import logging
import math
import queue
import threading
from collections.abc import Sequence
from datetime import datetime, timezone

from django.db import close_old_connections, connections, models, transaction

from rempart.gateway.events import DeliveryAttempt, Reception
from rempart.tenants.models import Organisation
from rempart.tracking.models import DeliveryRecord, MessageRecipient, MessageRecord

log = logging.getLogger("rempart.tracking")

_STOP = object()

# Where a message stands right after reception, by the action taken.
_STATUS_AFTER = {
    "deliver": "queued", "tag": "queued", "redirect": "queued",
    "quarantine": "quarantined", "reject": "refused", "tempfail": "refused", "discard": "discarded",
}
# What a later reception of the same queue id may overwrite (not the delivery status).
_RECEPTION_FIELDS = [
    "message_id", "received_at", "direction", "organisation", "client_ip", "helo", "mail_from", "rcpt_to",
    "size", "subject", "from_header", "verdict", "action", "score", "symbols", "reason", "smtp_reply",
]


class DatabaseTracker:
    """A :class:`rempart.gateway.events.Tracker` that never blocks its caller.

    ``max_pending`` bounds the memory used while the database is away;
    beyond it records are dropped (and counted in ``dropped``) rather than
    slowing reception. Call :meth:`close` on shutdown to write what is left.
    """

    def __init__(self, batch_size: int = 200, max_pending: int = 100_000) -> None:
        self.batch_size = batch_size
        self.dropped = 0
        self._queue: queue.Queue = queue.Queue(maxsize=max_pending)
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="rempart-tracking", daemon=True)
        self._thread.start()

    def reception(self, record: Reception) -> None:
        self._put(record)

    def delivery(self, attempt: DeliveryAttempt) -> None:
        self._put(attempt)

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything handed over so far is written (or logged as failed)."""
        done = threading.Event()
        try:
            self._queue.put(done, timeout=timeout)
        except queue.Full:
            return False
        return done.wait(timeout)

    def close(self, timeout: float = 30.0) -> None:
        """Write what is waiting, then stop the writer thread. Later records are ignored."""
        if self._closed:
            return
        self._closed = True
        try:
            self._queue.put(_STOP, timeout=timeout)
        except queue.Full:
            log.error("tracking: writer is stuck; %d record(s) not written", self._queue.qsize())
            return
        self._thread.join(timeout)
        if self._thread.is_alive():
            log.error("tracking: writer did not finish within %.0f s; %d record(s) not written",
                      timeout, self._queue.qsize())

    def _put(self, item: Reception | DeliveryAttempt) -> None:
        if self._closed:
            log.warning("tracking: record for %s after close, not written", item.queue_id)
            return
        try:
            self._queue.put_nowait(item)
        except queue.Full:
            self.dropped += 1
            if self.dropped == 1 or self.dropped % 1000 == 0:
                log.error("tracking: database too slow, %d record(s) dropped so far", self.dropped)

    def _run(self) -> None:
        try:
            stop = False
            while not stop:
                batch = [self._queue.get()]
                while len(batch) < self.batch_size:
                    try:
                        batch.append(self._queue.get_nowait())
                    except queue.Empty:
                        break
                records = [item for item in batch if isinstance(item, (Reception, DeliveryAttempt))]
                if records:
                    write_safely(records)
                for item in batch:
                    if isinstance(item, threading.Event):
                        item.set()
                stop = any(item is _STOP for item in batch)
        finally:
            connections.close_all()


def write_safely(records: Sequence[Reception | DeliveryAttempt]) -> int:
    """Write records, logging instead of raising; return how many were lost.

    A failed batch is retried record by record, so one bad record (or a
    conflict with another writer) costs only itself.
    """
    close_old_connections()
    try:
        write(records)
        return 0
    except Exception as exc:
        log.warning("tracking: batch of %d failed (%s); writing them one by one", len(records), exc)
    lost = 0
    for record in records:
        close_old_connections()
        try:
            write([record])
        except Exception:
            lost += 1
            log.exception("tracking: record for %s not written", record.queue_id)
    return lost


@transaction.atomic
def write(records: Sequence[Reception | DeliveryAttempt]) -> None:
    """Write receptions (the latest of each queue id wins), then delivery attempts."""
    receptions = {r.queue_id: r for r in records if isinstance(r, Reception)}
    attempts = [a for a in records if isinstance(a, DeliveryAttempt)]
    if receptions:
        _write_receptions(list(receptions.values()))
    if attempts:
        _write_attempts(attempts)


def _write_receptions(receptions: list[Reception]) -> None:
    names = {r.organisation for r in receptions if r.organisation}
    organisations = dict(Organisation.objects.filter(name__in=names).values_list("name", "pk")) if names else {}
    rows = [_message_row(r, organisations.get(r.organisation)) for r in receptions]
    MessageRecord.objects.bulk_create(
        rows, update_conflicts=True, unique_fields=["queue_id"], update_fields=_RECEPTION_FIELDS
    )
    ids = _message_ids(row.queue_id for row in rows)
    MessageRecipient.objects.filter(message_id__in=ids.values()).delete()
    MessageRecipient.objects.bulk_create(
        MessageRecipient(message_id=ids[row.queue_id], address=address)
        for row in rows
        for address in dict.fromkeys(row.rcpt_to)
    )


def _write_attempts(attempts: list[DeliveryAttempt]) -> None:
    latest: dict[str, DeliveryAttempt] = {}
    for attempt in attempts:
        if attempt.queue_id not in latest or _when(attempt.attempted_at) >= _when(latest[attempt.queue_id].attempted_at):
            latest[attempt.queue_id] = attempt
    # A delivery that overtook its reception: create the message bare, the reception fills it in.
    MessageRecord.objects.bulk_create(
        [MessageRecord(queue_id=_text(q, 64), received_at=_when(a.attempted_at)) for q, a in latest.items()],
        ignore_conflicts=True,
    )
    ids = _message_ids(latest)
    DeliveryRecord.objects.bulk_create(
        DeliveryRecord(
            message_id=ids[_text(a.queue_id, 64)],
            attempted_at=_when(a.attempted_at),
            recipients=[_text(r, 320).lower() for r in a.recipients],
            server=_text(a.server, 255),
            status=_text(a.status, 16),
            reply=_text(a.reply),
        )
        for a in attempts
    )
    for queue_id, attempt in latest.items():
        when = _when(attempt.attempted_at)
        MessageRecord.objects.filter(pk=ids[_text(queue_id, 64)]).filter(
            models.Q(last_delivery_at__isnull=True) | models.Q(last_delivery_at__lte=when)
        ).update(delivery_status=_text(attempt.status, 16), last_delivery_at=when)


def _message_ids(queue_ids) -> dict[str, int]:
    wanted = {_text(q, 64) for q in queue_ids}
    return dict(MessageRecord.objects.filter(queue_id__in=wanted).values_list("queue_id", "pk"))


def _message_row(r: Reception, organisation_id: int | None) -> MessageRecord:
    return MessageRecord(
        queue_id=_text(r.queue_id, 64),
        message_id=_text(r.message_id, 255),
        received_at=_when(r.received_at),
        direction=_text(r.direction, 8) or "inbound",
        organisation_id=organisation_id,
        client_ip=_ip(r.client_ip),
        helo=_text(r.helo, 255),
        mail_from=_text(r.mail_from, 320).lower(),
        rcpt_to=[_text(a, 320).lower() for a in r.rcpt_to],
        size=max(0, int(r.size or 0)),
        subject=_text(r.subject),
        from_header=_text(r.from_header),
        verdict=_text(r.verdict, 16),
        action=_text(r.action, 16),
        score=float(r.score) if isinstance(r.score, (int, float)) and math.isfinite(r.score) else 0.0,
        symbols=_json(r.symbols),
        reason=_text(r.reason),
        smtp_reply=_text(r.smtp_reply),
        delivery_status=_STATUS_AFTER.get(r.action, ""),
    )


def _text(value: object, limit: int | None = None) -> str:
    """A string any database accepts: valid UTF-8 (headers decoded with surrogateescape
    are not), no NUL (PostgreSQL refuses it), cut to the column's size."""
    text = "" if value is None else str(value).replace("\x00", "")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text[:limit] if limit else text


def _json(value: object) -> object:
    if isinstance(value, str):
        return _text(value)
    if isinstance(value, dict):
        return {_text(k): _json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json(v) for v in value]
    if value is None or isinstance(value, (bool, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    return _text(value)


def _ip(value: str | None) -> str | None:
    try:
        return str(ipaddress.ip_address((value or "").strip().strip("[]").partition("%")[0]))
    except ValueError:
        return None


def _when(timestamp: float) -> datetime:
    try:
        return datetime.fromtimestamp(float(timestamp), timezone.utc)
    except (TypeError, ValueError, OverflowError, OSError):
        return datetime.now(timezone.utc)
