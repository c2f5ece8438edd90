"""Bounce messages: RFC 3464 delivery status notifications.

When a recipient of a queued message fails for good (a 5xx from the
downstream server, or still pending after the queue's maximum age), the
sender is told with one DSN: a ``multipart/report`` holding a short text a
person can read, a ``message/delivery-status`` part a program can read, and
the headers of the original (never its body: a bounce should not carry the
content, or it becomes a vehicle for the spam it is bouncing).

:func:`build_dsn` is pure: the caller decides whether a DSN is due at all
(never to a null sender, never for spam — see :mod:`rempart.gateway.delivery`)
and queues the bytes it returns.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from email import charset, policy
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, make_msgid

from rempart.gateway.queue import QueueEntry, Recipient

EXPIRED_STATUS = "4.4.7"
"""Enhanced status of a recipient that never got an answer before the queue gave up."""

MAX_ORIGINAL_HEADERS = 64 * 1024
"""Original headers are cut at this many bytes: a bounce stays small."""

_REPLY = re.compile(r"^\s*([245])\d\d(?:[ -]+([245]\.\d{1,3}\.\d{1,3}))?")

_SUBJECT = "Undelivered Mail Returned to Sender"

# Quoted-printable keeps the parts readable in a raw mailbox and 7-bit clean.
_UTF8_QP = charset.Charset("utf-8")
_UTF8_QP.body_encoding = charset.QP


def _date(timestamp: float) -> str:
    return format_datetime(datetime.fromtimestamp(timestamp, UTC))


def recipient_status(last_reply: str) -> str:
    """The RFC 3463 status to report for a recipient, from its last SMTP reply.

    A 5xx reply gives its enhanced code (``5.0.0`` when the server sent
    none). Anything else means the recipient failed without a permanent
    refusal, which only happens when the queue gave up: ``4.4.7``.
    """
    match = _REPLY.match(last_reply or "")
    if not match or match.group(1) != "5":
        return EXPIRED_STATUS
    enhanced = match.group(2)
    return enhanced if enhanced and enhanced.startswith("5.") else "5.0.0"


def _is_smtp_reply(text: str) -> bool:
    return bool(_REPLY.match(text or ""))


def _one_line(text: str) -> str:
    return " ".join((text or "").split())


def _human_part(
    entry: QueueEntry, failed: Sequence[Recipient], reporting_mta: str, reason: str
) -> MIMEText:
    lines = [
        f"This is the mail system at {reporting_mta}.",
        "",
        "Your message could not be delivered to one or more recipients.",
        "It has been given up on; nothing more will be tried.",
    ]
    if reason:
        lines += ["", _one_line(reason)]
    lines.append("")
    for rcpt in failed:
        detail = _one_line(rcpt.last_reply) or "no answer from the recipient's server"
        lines.append(f"<{rcpt.address}>: {detail}")
    lines += ["", f"Queue ID: {entry.id}", ""]
    text = "\n".join(lines)
    return MIMEText(text, "plain", "us-ascii" if text.isascii() else _UTF8_QP)


def _fields(pairs: list[tuple[str, str]]) -> Message:
    block = Message()
    for name, value in pairs:
        block[name] = value
    return block


def _status_part(
    entry: QueueEntry, failed: Sequence[Recipient], reporting_mta: str, now: float
) -> MIMEBase:
    part = MIMEBase("message", "delivery-status")
    # The email package writes a message/delivery-status payload as a list of
    # header blocks separated by blank lines: per-message, then one per recipient.
    part.set_payload(
        [
            _fields(
                [
                    ("Reporting-MTA", f"dns; {reporting_mta}"),
                    ("X-Rempart-Queue-ID", entry.id),
                    ("Arrival-Date", _date(entry.received_at)),
                ]
            )
        ]
    )
    for rcpt in failed:
        pairs = [
            ("Final-Recipient", f"rfc822; {rcpt.address}"),
            ("Action", "failed"),
            ("Status", recipient_status(rcpt.last_reply)),
        ]
        if _is_smtp_reply(rcpt.last_reply):
            pairs.append(("Diagnostic-Code", f"smtp; {_one_line(rcpt.last_reply)}"))
        pairs.append(("Last-Attempt-Date", _date(now)))
        part.attach(_fields(pairs))
    return part


def _headers_part(original_headers: bytes) -> MIMEBase:
    head = original_headers[:MAX_ORIGINAL_HEADERS]
    # Only the header section: stop at the first blank line if given more.
    for separator in (b"\r\n\r\n", b"\n\n"):
        cut = head.find(separator)
        if cut != -1:
            head = head[:cut]
            break
    text = head.decode("utf-8", errors="replace").replace("\r\n", "\n").rstrip("\n") + "\n"
    part = MIMEBase("text", "rfc822-headers")
    if text.isascii():
        part.set_payload(text)
        part["Content-Transfer-Encoding"] = "7bit"
    else:
        part.set_payload(text, charset=_UTF8_QP)
    return part


def build_dsn(
    entry: QueueEntry,
    failed_recipients: Sequence[Recipient],
    reporting_mta: str,
    original_headers: bytes,
    reason: str = "",
    *,
    now: float | None = None,
) -> bytes:
    """The bytes of one DSN telling ``entry.mail_from`` that these recipients failed.

    ``failed_recipients`` carry their last reply (``Recipient.last_reply``):
    a 5xx reply gives the Status and Diagnostic-Code; a recipient without one
    is reported as expired (``4.4.7``). ``reason`` is one sentence for the
    reader (why the mail system gave up). ``now`` (seconds since the epoch)
    dates the report; the current time when omitted. Lines end in CRLF, ready
    for SMTP. Raises ValueError when there is nobody to tell (null sender) or
    nothing to report.
    """
    if not entry.mail_from:
        raise ValueError("no DSN to a null sender")
    if not failed_recipients:
        raise ValueError("a DSN needs at least one failed recipient")
    now = time.time() if now is None else now
    report = MIMEMultipart("report", report_type="delivery-status")
    report["From"] = f"Mail Delivery System <MAILER-DAEMON@{reporting_mta}>"
    report["To"] = f"<{entry.mail_from}>"
    report["Subject"] = _SUBJECT
    report["Date"] = _date(now)
    report["Message-ID"] = make_msgid("dsn", domain=reporting_mta)
    report["Auto-Submitted"] = "auto-replied"
    report.preamble = "This is a MIME-encapsulated delivery status notification.\n"
    report.attach(_human_part(entry, failed_recipients, reporting_mta, reason))
    report.attach(_status_part(entry, failed_recipients, reporting_mta, now))
    report.attach(_headers_part(original_headers))
    return report.as_bytes(policy=policy.SMTP)


__all__ = ["EXPIRED_STATUS", "build_dsn", "recipient_status"]
