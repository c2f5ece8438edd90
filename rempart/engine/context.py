"""What a stage may know about the world: the envelope and injected clients.

The engine does no I/O of its own; DNS and the antivirus are reached only
through the objects placed here, so tests and the scan CLI can choose them.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass(frozen=True)
class Envelope:
    """The SMTP envelope as the gateway saw it (or as reconstructed by scan)."""

    client_ip: str | None = None
    helo: str = ""
    mail_from: str = ""
    rcpt_to: tuple[str, ...] = ()
    client_name: str = ""  # reverse DNS of the client, when known

    @property
    def mail_from_domain(self) -> str:
        return self.mail_from.rpartition("@")[2].lower() if "@" in self.mail_from else ""


class Resolver(Protocol):
    """The DNS interface stages use; see :mod:`rempart.engine.dns`."""

    async def txt(self, name: str) -> list[str]: ...
    async def a(self, name: str) -> list[str]: ...
    async def aaaa(self, name: str) -> list[str]: ...
    async def mx(self, name: str) -> list[tuple[int, str]]: ...
    async def ptr(self, ip: str) -> list[str]: ...


class Antivirus(Protocol):
    """A virus scanner; ``scan`` returns the signature name or None, raises AntivirusUnavailable."""

    async def scan(self, data: bytes) -> str | None: ...


@dataclass
class Context:
    """Per-message state shared by the stages of one scan.

    ``auth`` collects RFC 8601 results (spf, dkim, dmarc, arc) written by the
    authentication stages and read by later ones; ``notes`` is a place for a
    stage to leave plain data for a later stage.
    """

    envelope: Envelope = field(default_factory=Envelope)
    resolver: Resolver | None = None
    antivirus: Antivirus | None = None
    authserv_id: str = "rempart"
    organisation_domains: frozenset[str] = frozenset()
    auth: dict[str, str] = field(default_factory=dict)
    auth_details: dict[str, str] = field(default_factory=dict)
    notes: dict[str, Any] = field(default_factory=dict)
    # Issue 3: folders of the installation's own YARA rules (*.yar) and bad-hash lists (*.txt),
    # added to the shipped ones by the signatures stage (compiled once per process).
    signature_dirs: tuple[str, ...] = ()
    # A message another server received and someone saved (``rempart scan``), not one arriving
    # here: the receiver's recorded authentication failures then count (stages/recorded_auth.py).
    saved_message: bool = False
    # Issue 3 (sender): lower-case addresses (or "@domain" entries) that have written to this
    # organisation before; None when unknown, and then no first-time-sender opinion is given.
    known_senders: AbstractSet[str] | None = None
    # Issue 3 (content model): the organisation's learning from feedback, an
    # rempart.engine.learning.OrganisationLearning; None scores with the shipped model alone.
    learning: Any = None

    def from_forged(self) -> bool:
        """True when the From domain failed DMARC, as checked here or as the receiving server recorded it.

        Mail "from" the organisation's own domain that failed is not the organisation's: the stages that
        spare internal mail ask this first.
        """
        recorded = self.notes.get("recorded_failures") or ()
        return self.auth.get("dmarc") == "fail" or "RECORDED_DMARC_FAIL" in recorded or "RECORDED_COMPAUTH_FAIL" in recorded

    def from_spoofed(self) -> bool:
        """True when the From domain failed DMARC in a way its owner's own mail does not.

        Either the owner asks that such mail be quarantined or rejected (its
        own mail passes: it signs, or sends from its servers), or nothing
        signed the message and the envelope domain's SPF refused the sending
        server outright (or, as the receiver recorded it, Microsoft's
        composite authentication judged the From domain spoofed), which an
        owner that only monitors (p=none) and sends through an unaligned
        provider does not cause. A trusted forwarder's ARC seal, or the
        receiver's override, clears it.
        """
        if self.auth.get("dmarc") == "fail":
            if self.auth.get("arc") == "pass":
                return False
            asked = (self.notes.get("dmarc") or {}).get("policy")
            signed = any(result == "pass" for result, _domain, _selector in self.notes.get("dkim", []))
            return asked in ("quarantine", "reject") or (self.auth.get("spf") == "fail" and not signed)
        return bool(self.notes.get("recorded_spoof"))
