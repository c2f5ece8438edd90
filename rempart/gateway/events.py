"""What the gateway reports about every message, for tracking and reports.

The gateway only calls a :class:`Tracker`; the store's implementation
(``rempart.tracking.recorder``) writes the records. Calls come from the
event loop and must not block: an implementation hands the work to a thread.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Protocol


@dataclass
class Reception:
    """One message as received (accepted or refused at SMTP time)."""

    queue_id: str
    message_id: str
    received_at: float
    client_ip: str
    helo: str
    mail_from: str
    rcpt_to: list[str]
    size: int
    subject: str = ""
    from_header: str = ""
    verdict: str = ""
    action: str = ""
    score: float = 0.0
    symbols: list[dict] = field(default_factory=list)
    reason: str = ""
    smtp_reply: str = ""
    direction: str = "inbound"
    organisation: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class DeliveryAttempt:
    """One try at handing a message to the downstream server."""

    queue_id: str
    attempted_at: float
    recipients: list[str]
    server: str
    status: str  # delivered | deferred | failed | expired | bounced
    reply: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


class Tracker(Protocol):
    def reception(self, record: Reception) -> None: ...
    def delivery(self, attempt: DeliveryAttempt) -> None: ...


class NullTracker:
    """Keeps the records in memory; for tests and for ``rempart scan``."""

    def __init__(self) -> None:
        self.receptions: list[Reception] = []
        self.deliveries: list[DeliveryAttempt] = []

    def reception(self, record: Reception) -> None:
        self.receptions.append(record)

    def delivery(self, attempt: DeliveryAttempt) -> None:
        self.deliveries.append(attempt)
