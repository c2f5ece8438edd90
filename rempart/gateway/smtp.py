"""SMTP reception of the inbound gateway: aiosmtpd in front, the engine and the queue behind.

Three parts, protocol and policy kept apart as aiosmtpd intends:

- :class:`GatewayProtocol` (aiosmtpd's ``SMTP``) speaks the protocol: it
  adds enhanced status codes to aiosmtpd's own replies, refuses a client
  with too many connections, answers 421 on timeout and on shutdown, and
  turns any exception into ``451 4.3.0``, never a traceback.
- :class:`ReceptionHandler` holds the hooks: which recipients we accept
  (the domains of the policy snapshot, never a relay), the rate of messages
  a client may start, and at the end of DATA the engine's verdict and the
  durable write to the queue, before the reply.
- :class:`SMTPGateway` binds the listening socket and stops cleanly.

What is promised to a sender: ``250`` only once the message is fsynced in
the queue (or the quarantine); a refusal is a one-line reply without the
sender's bytes echoed back; a message refused or tempfailed leaves nothing
behind. Lines longer than RFC 5321's 1000 octets are refused (``500
5.5.2``) at the end of DATA rather than folded: folding would change what
the engine scanned and break DKIM body hashes, and RFC 5321 4.5.3.1.6 lets a
server refuse them. Messages keep their bytes as sent (8-bit included); the
gateway only prepends trace headers and, for a tagged message, edits the
Subject.
"""

from __future__ import annotations

import asyncio
import datetime
import email.utils
import ipaddress
import logging
import re
import time
import unicodedata
from collections.abc import Callable

from aiosmtpd.smtp import SMTP, TLSSetupException, syntax
from aiosmtpd.smtp import Envelope as SMTPEnvelope
from aiosmtpd.smtp import Session as SMTPSession

from rempart.config import Settings
from rempart.engine import authresults
from rempart.engine.context import Context, Envelope
from rempart.engine.message import Message
from rempart.engine.pipeline import Pipeline
from rempart.engine.policy import Policy
from rempart.engine.verdict import Action, Result
from rempart.gateway import banner
from rempart.gateway.events import Reception, Tracker
from rempart.gateway.limits import Limits, LocalLimits
from rempart.gateway.queue import Queue, QueueError, new_queue_id
from rempart.gateway.routing import DomainConfig, Snapshot
from rempart.gateway.senders import KnownSenders, teaches
from rempart.gateway.tls import server_context

log = logging.getLogger("rempart.gateway.smtp")

IDENT = "ESMTP Rempart"
MAX_REPLY_TEXT = 200  # characters of a reason we put in a reply line
SHUTDOWN_GRACE = 10.0  # seconds a session in DATA gets to finish when the gateway stops
RATE_REFUSALS_BEFORE_CLOSE = 3

RELAY_DENIED = "550 5.7.1 Relaying denied"
INTERNAL_ERROR = "451 4.3.0 Internal error; try again later"


# -- protocol ------------------------------------------------------------------

# aiosmtpd's fixed replies, with the enhanced status codes (RFC 3463) we advertise.
_REPLIES: list[tuple[re.Pattern[str], str]] = [(re.compile(p), r) for p, r in [
    (r"250 OK\Z", "250 2.0.0 Ok"),
    (r"221 Bye\Z", "221 2.0.0 Bye"),
    (r"220 Ready to start TLS\Z", "220 2.0.0 Ready to start TLS"),
    (r"454 TLS not available\Z", "454 4.7.0 TLS not available"),
    (r"500 Command line too long\Z", "500 5.5.2 Line too long"),
    (r"500 Line too long.*", "500 5.5.2 Line too long (RFC 5321 4.5.3.1.6 allows 1000 octets)"),
    (r"500 Error: bad syntax\Z", "500 5.5.2 Syntax error"),
    (r"500 Error: strict ASCII mode\Z", "500 5.5.2 Non-ASCII command; SMTPUTF8 is not offered"),
    (r"500 Error: command .*", "500 5.5.1 Command not recognized"),
    (r"501 Syntax: (.*)", r"501 5.5.4 Syntax: \1"),
    (r"501 Error: (.*)", r"501 5.5.4 \1"),
    (r"503 Error: send HELO first\Z", "503 5.5.1 Send HELO or EHLO first"),
    (r"503 Error: (.*)", r"503 5.5.1 \1"),
    (r"552 Error: .*", "552 5.3.4 Message size exceeds fixed maximum message size"),
    (r"555 (.*)", r"555 5.5.4 \1"),
    (r"252 Cannot VRFY user, (.*)", r"252 2.5.0 Cannot VRFY user, \1"),
    (r"502 Could not VRFY .*", "502 5.5.4 Could not VRFY that address"),
    (r"502 EXPN not implemented\Z", "502 5.5.1 EXPN not implemented"),
    (r"250 (Supported commands|Syntax): (.*)", r"214 2.0.0 \1: \2"),
    (r"501 Supported commands: (.*)", r"501 5.5.4 Supported commands: \1"),
]]
# aiosmtpd's own refusals at the end of DATA (before our hook runs), which we still track.
_DATA_REFUSALS = ("552 Error: Too much mail data", "500 Line too long")
_MALFORMED_ADDRESS = {
    "MAIL": "501 5.1.7 Bad sender address syntax",
    "RCPT": "501 5.1.3 Bad recipient address syntax",
}


def with_enhanced_code(reply: str, verb: str = "") -> str:
    """aiosmtpd's reply with an enhanced status code; other replies unchanged."""
    if reply.startswith("553 5.1.3 Error: malformed address"):
        return _MALFORMED_ADDRESS.get(verb, "501 5.5.4 Bad address syntax")
    for pattern, replacement in _REPLIES:
        match = pattern.match(reply)
        if match:
            return match.expand(replacement)
    return reply


class ClientSession(SMTPSession):
    """aiosmtpd's session plus the refusals counted against this client."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        super().__init__(loop)
        self.rate_refusals = 0


class Transaction(SMTPEnvelope):
    """aiosmtpd's envelope plus the domain of the first recipient, which fixes the policy."""

    def __init__(self) -> None:
        super().__init__()
        self.domain: DomainConfig | None = None


class GatewayProtocol(SMTP):
    """One SMTP connection. Overrides only protocol matters; policy is the handler's.

    Relies on a few aiosmtpd internals (``_handle_client``, ``_timeout_cb``,
    ``_reset_timeout``, ``_call_handler_hook``), checked against aiosmtpd 1.4.6.
    """

    def __init__(self, handler: ReceptionHandler, *, limits: Limits,
                 sessions: set[GatewayProtocol], on_data_done: Callable[[GatewayProtocol], None],
                 **options) -> None:
        super().__init__(handler, **options)
        # aiosmtpd keeps this dict on the class and grows it at every EHLO of
        # every session; an instance copy keeps the limit per connection.
        self.command_size_limits = type(SMTP.command_size_limits)(lambda: SMTP.command_size_limit)
        self.limits = limits
        self.sessions = sessions
        self.on_data_done = on_data_done
        self.in_data = False
        self._verb = ""
        self._scanning = False

    @property
    def client_ip(self) -> str:
        peer = self.session.peer if self.session else None
        return str(peer[0]) if peer else ""

    def _create_session(self) -> ClientSession:
        return ClientSession(self.loop)

    def _create_envelope(self) -> Transaction:
        return Transaction()

    async def _handle_client(self) -> None:
        ip = self.client_ip
        if not await self.limits.connection_opened(ip):
            log.warning("refused connection from %s: too many connections", ip)
            await self.push(f"421 4.7.0 {self.hostname} Too many connections from your address; try again later")
            return
        try:
            await super()._handle_client()
        finally:
            await self.limits.connection_closed(ip)

    def connection_lost(self, error: Exception | None) -> None:
        self.sessions.discard(self)
        super().connection_lost(error)

    async def push(self, status: str | bytes) -> None:
        """Send a reply; a 421 always closes the connection after it (RFC 5321 3.8)."""
        if isinstance(status, str):
            original, status = status, with_enhanced_code(status, self._verb)
            if self.in_data and original.startswith(_DATA_REFUSALS):
                self.event_handler.data_refused(self, self.session, self.envelope, status)
        await super().push(status)
        if isinstance(status, str) and status.startswith("421") and self.transport is not None:
            self.transport.close()

    def ehlo_reply(self, hostname: str, responses: list[str]) -> list[str]:
        """aiosmtpd's EHLO lines, without AUTH (an MX takes no logins), with PIPELINING and codes."""
        assert self.session is not None
        self.session.host_name = hostname
        keywords = [line[4:] for line in responses[1:] if not line[4:].startswith(("AUTH", "HELP"))]
        keywords += ["PIPELINING", "ENHANCEDSTATUSCODES"]
        lines = [responses[0]] + [f"250-{keyword}" for keyword in keywords]
        lines[-1] = "250 " + lines[-1][4:]
        return lines

    async def smtp_AUTH(self, arg: str) -> None:
        await self.push("502 5.5.1 AUTH is not available on this server")

    @syntax("MAIL FROM: <address>", extended=" [SP <mail-parameters>]")
    async def smtp_MAIL(self, arg: str | None) -> None:
        self._verb = "MAIL"
        try:
            await super().smtp_MAIL(arg)
        finally:
            self._verb = ""

    @syntax("RCPT TO: <address>", extended=" [SP <mail-parameters>]")
    async def smtp_RCPT(self, arg: str | None) -> None:
        self._verb = "RCPT"
        try:
            await super().smtp_RCPT(arg)
        finally:
            self._verb = ""

    @syntax("DATA")
    async def smtp_DATA(self, arg: str) -> None:
        self.in_data = True
        try:
            await super().smtp_DATA(arg)
        finally:
            self.in_data = False
            self.on_data_done(self)

    def data_received(self, data: bytes) -> None:
        # aiosmtpd restarts the idle timer only at each command; a large
        # message on a slow link must not time out while bytes still flow.
        if self.in_data and not self._scanning and self.transport is not None:
            self._reset_timeout()
        super().data_received(data)

    async def _call_handler_hook(self, command: str, *args):
        if command != "DATA":
            return await super()._call_handler_hook(command, *args)
        # The scan has its own time limit; the client waits for our answer.
        self._scanning = True
        if self._timeout_handle is not None:
            self._timeout_handle.cancel()
        try:
            return await super()._call_handler_hook(command, *args)
        finally:
            self._scanning = False
            if self.transport is not None:
                self._reset_timeout()

    def _timeout_cb(self) -> None:
        if self.transport is not None and not self.transport.is_closing():
            log.info("%s timed out", self.client_ip)
            self._writer.write(f"421 4.4.2 {self.hostname} Timeout exceeded\r\n".encode())
        super()._timeout_cb()

    async def handle_exception(self, error: Exception) -> str:
        """Any exception under a command: logged here, ``451 4.3.0`` to the client."""
        if isinstance(error, TLSSetupException):  # aiosmtpd closes the connection itself
            log.info("%s: TLS handshake failed: %s", self.client_ip, error.__cause__ or error)
            return INTERNAL_ERROR
        log.error("%s: error in SMTP session", self.client_ip, exc_info=error)
        if self.envelope is not None and self.envelope.content is not None:
            self._set_post_data_state()
        return INTERNAL_ERROR

    def shutdown(self) -> None:
        """Tell the client we are going away (421) and close."""
        if self.transport is not None and not self.transport.is_closing():
            self._writer.write(f"421 4.3.2 {self.hostname} Service shutting down; try again later\r\n".encode())
            self.transport.close()


# -- policy --------------------------------------------------------------------

def _has_control(text: str) -> bool:
    return any(ord(c) < 0x20 or ord(c) == 0x7F for c in text)


def reply_text(text: str, fallback: str) -> str:
    """A reason fit for one reply line: printable ASCII, single-spaced, bounded."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = " ".join(re.sub(r"[^\x21-\x7e]+", " ", text).split())
    if len(text) > MAX_REPLY_TEXT:
        text = text[: MAX_REPLY_TEXT - 3].rstrip() + "..."
    return text or fallback


class ReceptionHandler:
    """aiosmtpd hooks: accept recipients of our domains, scan, store, answer."""

    def __init__(self, settings: Settings, snapshot: Callable[[], Snapshot], queue: Queue, quarantine: Queue,
                 tracker: Tracker, limits: Limits, pipeline: Pipeline, resolver=None, antivirus=None,
                 on_queued: Callable[[], None] | None = None, senders: KnownSenders | None = None) -> None:
        self.settings = settings
        self.senders = senders
        self.snapshot = snapshot
        self.queue = queue
        self.quarantine = quarantine
        self.tracker = tracker
        self.limits = limits
        self.pipeline = pipeline
        self.resolver = resolver
        self.antivirus = antivirus
        self.on_queued = on_queued
        self.pending: set[asyncio.Future] = set()  # commits under way, awaited at shutdown

    async def handle_EHLO(self, server: GatewayProtocol, session, envelope, hostname: str,
                          responses: list[str]) -> list[str]:
        return server.ehlo_reply(hostname, responses)

    async def handle_MAIL(self, server: GatewayProtocol, session: ClientSession, envelope: Transaction,
                          address: str, mail_options: list[str]) -> str:
        if _has_control(address):
            return "501 5.1.7 Bad sender address syntax"
        if not await self.limits.message_started(server.client_ip):
            session.rate_refusals += 1
            log.warning("%s: too many messages a minute (MAIL FROM:<%s>)", server.client_ip, address)
            if session.rate_refusals >= RATE_REFUSALS_BEFORE_CLOSE:
                return "421 4.7.0 Too many messages from your address; try again later"
            return "450 4.7.0 Too many messages from your address; try again later"
        session.rate_refusals = 0
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 Ok"

    async def handle_RCPT(self, server: GatewayProtocol, session, envelope: Transaction,
                          address: str, rcpt_options: list[str]) -> str:
        reply, domain = self.recipient_reply(envelope, address)
        if reply.startswith("250"):
            if address.lower() not in (r.lower() for r in envelope.rcpt_tos):
                envelope.rcpt_tos.append(address)
                envelope.rcpt_options.extend(rcpt_options)
            envelope.domain = envelope.domain or domain
        else:
            log.info("%s: RCPT TO:<%s> refused: %s", server.client_ip, address.encode("unicode_escape").decode(), reply)
        return reply

    def recipient_reply(self, envelope: Transaction, address: str) -> tuple[str, DomainConfig | None]:
        """The reply to ``RCPT TO:<address>`` and the recipient's domain when accepted.

        Only an address of a domain in the snapshot is accepted, and never one
        whose local part could make a downstream server relay it elsewhere
        (``"a@b"@ours``, ``a%b@ours``, ``b!a@ours``). A source route
        (``@x:a@ours``) is dropped by the parser, as RFC 5321 3.6.1 allows.
        """
        if _has_control(address):
            return "501 5.1.3 Bad recipient address syntax", None
        local, at, _ = address.rpartition("@")
        if not at or not local or any(c in local for c in "@%!"):
            return RELAY_DENIED, None
        domain = self.snapshot().domain_for(address)
        if domain is None:
            return RELAY_DENIED, None
        if not domain.accepts(address):
            return "550 5.1.1 Recipient address rejected: user unknown", None
        if len(envelope.rcpt_tos) >= self.settings.max_recipients:
            return "452 4.5.3 Too many recipients", None
        first = envelope.domain
        if first is not None and (domain.organisation != first.organisation
                                  or domain.policy_for(address) != first.policy_for(envelope.rcpt_tos[0])):
            # One message is scanned under one policy: the sender retries the others apart.
            return "452 4.5.3 Too many recipients for one message; send to this one separately", None
        return "250 2.1.5 Ok", domain

    async def handle_DATA(self, server: GatewayProtocol, session, envelope: Transaction) -> str:
        reception = Reception(
            queue_id=new_queue_id(), message_id="", received_at=time.time(), client_ip=server.client_ip,
            helo=session.host_name or "", mail_from=_sender(envelope.mail_from),
            rcpt_to=list(envelope.rcpt_tos), size=len(envelope.original_content or b""),
        )
        try:
            reply = await self.receive(session, envelope, reception)
        except Exception:
            log.exception("%s: cannot receive message %s", reception.client_ip, reception.queue_id)
            reply = INTERNAL_ERROR
            reception.action = Action.TEMPFAIL.value
        if not reception.smtp_reply:  # not already recorded by commit()
            reception.smtp_reply = reply
            self.record(reception)
        return reply

    def data_refused(self, server: GatewayProtocol, session, envelope: Transaction, reply: str) -> None:
        """Track a message aiosmtpd refused while reading it (too big, line too long)."""
        self.record(Reception(
            queue_id=new_queue_id(), message_id="", received_at=time.time(), client_ip=server.client_ip,
            helo=session.host_name or "", mail_from=_sender(envelope.mail_from), rcpt_to=list(envelope.rcpt_tos),
            size=0, action=Action.REJECT.value, reason=reply[10:], smtp_reply=reply,
            organisation=envelope.domain.organisation if envelope.domain else "",
        ))

    async def receive(self, session, envelope: Transaction, reception: Reception) -> str:
        """Scan the message, act on the verdict, and return the reply: 250 only once stored."""
        raw: bytes = envelope.original_content or b""
        message = Message(raw)
        reception.message_id = message.header("Message-ID")[:998]
        reception.subject = message.subject[:998]
        reception.from_header = message.header("From")[:998]
        snapshot = self.snapshot()
        domain = snapshot.domain_for(envelope.rcpt_tos[0]) or envelope.domain
        if domain is None:
            raise RuntimeError("a recipient was accepted without a domain")
        reception.organisation = domain.organisation
        policy = domain.policy_for(envelope.rcpt_tos[0])
        context = Context(
            envelope=Envelope(client_ip=reception.client_ip, helo=reception.helo,
                              mail_from=reception.mail_from, rcpt_to=tuple(reception.rcpt_to)),
            resolver=self.resolver, antivirus=self.antivirus, authserv_id=self.settings.hostname,
            organisation_domains=snapshot.organisation_domains(domain.organisation),
            learning=snapshot.learning_for(domain),
            known_senders=self.senders.known_for(domain.organisation_id) if self.senders else None,
        )
        try:
            async with asyncio.timeout(self.settings.smtp_timeout):
                result = await self.pipeline.scan(message, policy, context)
        except TimeoutError:
            log.error("%s: scan of %s took longer than %gs", reception.client_ip, reception.queue_id,
                      self.settings.smtp_timeout)
            reception.action = Action.TEMPFAIL.value
            return "451 4.3.0 Scanning took too long; try again later"
        reception.verdict, reception.score = result.verdict.value, result.score
        reception.symbols = [s.as_dict() for s in result.symbols]
        reception.reason = result.reason
        action = result.action
        if action is Action.REDIRECT and not result.redirect_to:
            log.warning("%s: policy redirects without an address; quarantined instead", reception.queue_id)
            action = Action.QUARANTINE
        reception.action = action.value
        if action is Action.REJECT:
            return f"550 5.7.1 {reply_text(result.reason, 'Message refused by policy')}"
        if action is Action.TEMPFAIL:
            return f"451 4.7.1 {reply_text(result.reason, 'Try again later')}"
        if action is Action.DISCARD:
            return f"250 2.0.0 Ok: queued as {reception.queue_id}"
        raw = banner.apply_banner(raw, policy, message, context)
        final = prepare(raw, result, policy, context, session, reception.queue_id,
                        self.settings.hostname, tag=action is Action.TAG)
        if action is Action.QUARANTINE:
            return await self.commit(self.quarantine, final, reception, reception.rcpt_to, result)
        recipients = [result.redirect_to] if action is Action.REDIRECT else reception.rcpt_to
        reply = await self.commit(self.queue, final, reception, recipients, result)
        if self.senders is not None and reply.startswith("250") and teaches(result.verdict.value, action.value):
            self.senders.note(domain.organisation_id, message.from_address)
        return reply

    async def commit(self, queue: Queue, data: bytes, reception: Reception, recipients: list[str],
                     result: Result) -> str:
        """Store, wake delivery and record, carried through even if the client leaves meanwhile.

        A write under way cannot be taken back, so it is at least accounted
        for (the client, having heard no 250, may send it again).
        """
        task = asyncio.ensure_future(self._commit(queue, data, reception, recipients, result))
        self.pending.add(task)
        task.add_done_callback(self.pending.discard)
        return await asyncio.shield(task)

    async def _commit(self, queue: Queue, data: bytes, reception: Reception, recipients: list[str],
                      result: Result) -> str:
        reply = await self.store(queue, data, reception, recipients, result)
        if reply.startswith("250") and queue is self.queue and self.on_queued is not None:
            try:
                self.on_queued()
            except Exception:
                log.exception("on_queued callback failed")
        reception.smtp_reply = reply
        self.record(reception)
        return reply

    async def store(self, queue: Queue, data: bytes, reception: Reception, recipients: list[str],
                    result: Result) -> str:
        """Write durably, off the event loop; ``451 4.3.0`` (nothing stored) if the disk refuses."""
        extra = {
            "action": reception.action, "score": round(result.score, 3), "reason": result.reason,
            "symbols": reception.symbols, "organisation": reception.organisation,
            "subject": reception.subject, "from_header": reception.from_header,
            "message_id": reception.message_id,
        }
        if recipients != reception.rcpt_to:
            extra["original_recipients"] = list(reception.rcpt_to)
        try:
            await asyncio.to_thread(
                queue.put, data, reception.mail_from, list(recipients), queue_id=reception.queue_id,
                verdict=reception.verdict, client_ip=reception.client_ip, helo=reception.helo, extra=extra,
            )
        except QueueError as exc:
            log.error("%s: cannot store message %s: %s", reception.client_ip, reception.queue_id, exc)
            reception.action = Action.TEMPFAIL.value
            return "451 4.3.0 Cannot store the message now; try again later"
        return f"250 2.0.0 Ok: queued as {reception.queue_id}"

    def record(self, reception: Reception) -> None:
        """Log one line and tell the tracker; neither may change the reply already decided."""
        log.info("%s client=%s helo=%r from=<%s> rcpts=%s verdict=%s score=%.2f action=%s reply=%r",
                 reception.queue_id, reception.client_ip, reception.helo, reception.mail_from,
                 ",".join(reception.rcpt_to), reception.verdict or "-", reception.score,
                 reception.action or "-", reception.smtp_reply)
        try:
            self.tracker.reception(reception)
        except Exception:
            log.exception("tracker failed for %s", reception.queue_id)


def _sender(mail_from: str | None) -> str:
    """The envelope sender as stored: empty for the null sender ``<>`` of bounces."""
    return "" if not mail_from or mail_from == "<>" else mail_from


# -- headers -------------------------------------------------------------------

_FIELD = re.compile(rb"([!-9;-~]+)[ \t]*:")
_SUBJECT = re.compile(rb"(?i)subject[ \t]*:[ \t]*")


def header_fields(raw: bytes) -> tuple[list[bytes], bytes]:
    """The header fields (each with its continuation lines) and the rest: separator and body."""
    fields: list[list[bytes]] = []
    pos = 0
    while pos < len(raw):
        end = raw.find(b"\n", pos)
        end = len(raw) if end == -1 else end + 1
        line = raw[pos:end]
        if line in (b"\r\n", b"\n"):
            break
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1].append(line)
        else:
            fields.append([line])
        pos = end
    return [b"".join(f) for f in fields], raw[pos:]


def _field_name(field: bytes) -> str:
    match = _FIELD.match(field)
    return match.group(1).decode("ascii").lower() if match else ""


def strip_forged(raw: bytes, authserv_id: str) -> tuple[list[bytes], bytes]:
    """Header fields without those that only we may write, and the rest of the message.

    Removes incoming ``Authentication-Results`` that claim our authserv-id
    (RFC 8601 5) and any ``X-Rempart-*`` field, which downstream rules trust.
    """
    fields, rest = header_fields(authresults.remove_forged(raw, authserv_id))
    if fields and fields[0][:1] in (b" ", b"\t"):
        # A message opening with a continuation line would extend the field
        # we put above it (our Received); unfolded, it is merely malformed.
        fields[0] = fields[0].lstrip(b" \t")
    return [f for f in fields if not _field_name(f).startswith("x-rempart-")], rest


def header_value(text: str, limit: int = 900) -> str:
    """Text safe as one header value we write: no line breaks or controls, bounded."""
    text = " ".join(re.sub(r"[\x00-\x1f\x7f]+", " ", text).split())
    return text[:limit]


def _field(name: str, value: str) -> bytes:
    return f"{name}: {value}\r\n".encode("utf-8", "replace")


def received_value(session, client_ip: str, queue_id: str, recipients: list[str], hostname: str) -> str:
    """Our trace field (RFC 5321 4.4): client, TLS use, queue id, single recipient, time."""
    helo = re.sub(r"[^A-Za-z0-9.\-_:\[\]]", "", session.host_name or "")[:255] or "unknown"
    try:
        literal = f"IPv6:{client_ip}" if ipaddress.ip_address(client_ip).version == 6 else client_ip
    except ValueError:
        literal = "unknown"
    protocol, tls = ("ESMTP" if session.extended_smtp else "SMTP"), ""
    ssl_object = (session.ssl or {}).get("ssl_object")
    if ssl_object is not None:
        protocol += "S"
        name, version, bits = ssl_object.cipher() or ("unknown", "", 0)
        tls = f" (using {ssl_object.version()} with cipher {name} ({bits} bits))"
    recipient = f"\r\n\tfor <{recipients[0]}>" if len(recipients) == 1 else ""
    date = email.utils.format_datetime(datetime.datetime.now(datetime.UTC))
    return (f"from {helo} ([{literal}])\r\n\tby {hostname} (Rempart) with {protocol}{tls}"
            f"\r\n\tid {queue_id}{recipient}; {date}")


def prepare(raw: bytes, result: Result, policy: Policy, context: Context, session, queue_id: str,
            hostname: str, tag: bool = False) -> bytes:
    """The message as we store it: forged fields out, our trace and verdict fields on top.

    A tagged message gets ``X-Spam-Flag: YES`` and the policy's prefix on its
    Subject. The body and every other header keep their bytes.
    """
    fields, rest = strip_forged(raw, context.authserv_id)
    if tag:
        prefix = header_value(policy.tag_prefix, 100).encode("utf-8", "replace")
        for index, field in enumerate(fields):
            match = _SUBJECT.match(field)
            if match:
                if not field[match.end():].startswith(prefix):
                    fields[index] = field[: match.end()] + prefix + b" " + field[match.end():]
                break
        else:
            fields.append(b"Subject: " + prefix + b"\r\n")
    added = [_field("X-Rempart-Verdict", result.verdict.value),
             _field("X-Rempart-Score", f"{result.score:.2f}")]
    if tag:
        added.append(_field("X-Spam-Flag", "YES"))
    added += [_field(re.sub(r"[^!-9;-~]", "", name)[:76], header_value(value))
              for name, value in result.headers if re.sub(r"[^!-9;-~]", "", name)]
    if policy.add_auth_results:
        added.append(authresults.header_field(context))
    added.append(_field("Received", received_value(session, context.envelope.client_ip or "", queue_id,
                                                   list(context.envelope.rcpt_to), hostname)))
    return b"".join(added) + b"".join(fields) + rest


# -- server --------------------------------------------------------------------

class SMTPGateway:
    """The inbound SMTP server: ``start()`` binds ``settings.smtp_listen``, ``stop()`` closes."""

    def __init__(self, settings: Settings, snapshot: Callable[[], Snapshot], queue: Queue, quarantine: Queue,
                 tracker: Tracker, resolver=None, antivirus=None, pipeline: Pipeline | None = None, *,
                 on_queued: Callable[[], None] | None = None, limits: Limits | None = None,
                 senders: KnownSenders | None = None) -> None:
        self.settings = settings
        self.limits = limits or LocalLimits(settings.max_connections_per_ip, settings.max_messages_per_ip_per_minute)
        self.handler = ReceptionHandler(
            settings, snapshot, queue, quarantine, tracker, self.limits,
            pipeline if pipeline is not None else Pipeline(), resolver, antivirus, on_queued, senders,
        )
        self.port: int | None = None
        self.sessions: set[GatewayProtocol] = set()
        self._server: asyncio.Server | None = None
        self._tls_context = None
        self._stopping = False
        self._data_done = asyncio.Event()

    async def _warm_up(self) -> None:
        """Scan one tiny message before listening, so that rule sets, YARA rules and the
        content model are compiled and loaded now rather than on a sender's first DATA."""
        try:
            await self.handler.pipeline.scan(Message(b"Subject: warm-up\r\n\r\nwarm-up\r\n"), Policy(),
                                             Context(authserv_id=self.settings.hostname))
        except Exception:  # a stage that fails here will say so again on real mail
            log.exception("warm-up scan failed")

    async def start(self) -> None:
        """Bind and listen; makes the TLS certificate first if there is none yet."""
        self._tls_context = await asyncio.to_thread(server_context, self.settings)
        await self._warm_up()
        # aiosmtpd logs every command at INFO; our one line per message says
        # what an operator needs, so unless told otherwise keep its warnings only.
        aiosmtpd_log = logging.getLogger("mail.log")
        if aiosmtpd_log.level == logging.NOTSET:
            aiosmtpd_log.setLevel(logging.WARNING)
        self._stopping = False
        host, port = self.settings.smtp_listen
        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(self._new_session, host or None, port, reuse_address=True)
        self.port = self._server.sockets[0].getsockname()[1]

    def _new_session(self) -> GatewayProtocol:
        protocol = GatewayProtocol(
            self.handler, limits=self.limits, sessions=self.sessions, on_data_done=self._on_data_done,
            hostname=self.settings.hostname, ident=IDENT, data_size_limit=self.settings.max_message_size,
            tls_context=self._tls_context, timeout=self.settings.smtp_timeout, decode_data=False,
            enable_SMTPUTF8=False, auth_exclude_mechanism=["LOGIN", "PLAIN"], loop=asyncio.get_running_loop(),
        )
        self.sessions.add(protocol)
        return protocol

    def _on_data_done(self, protocol: GatewayProtocol) -> None:
        if self._stopping:
            protocol.shutdown()
        self._data_done.set()

    async def stop(self, grace: float = SHUTDOWN_GRACE) -> None:
        """Stop accepting, let sessions in DATA finish for up to ``grace`` seconds, close the rest."""
        if self._server is None:
            return
        self._stopping = True
        self._server.close()
        for protocol in list(self.sessions):
            if not protocol.in_data:
                protocol.shutdown()
        try:
            async with asyncio.timeout(grace):
                while True:
                    self._data_done.clear()
                    if not any(p.in_data for p in self.sessions):
                        break
                    await self._data_done.wait()
        except TimeoutError:
            log.warning("closing %d session(s) still in DATA at shutdown", len(self.sessions))
        handlers = [p._handler_coroutine for p in self.sessions if p._handler_coroutine is not None]
        for protocol in list(self.sessions):
            protocol.shutdown()
        waiting = [*handlers, *self.handler.pending]
        if waiting:  # sessions unwinding, and writes that were under way
            await asyncio.wait(waiting, timeout=grace + 30)
        await self._server.wait_closed()
        self._server = None
