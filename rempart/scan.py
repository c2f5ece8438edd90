"""``rempart scan``: run the engine on saved messages, as the gateway would.

The envelope comes from the options (like ``rspamc``) or, when absent, from
the message itself: ``Return-Path`` for the sender, the topmost ``Received``
header for the client IP and HELO (as SpamAssassin does), so that a saved
message scans as it did at the gateway. DNS goes through REMPART_DNS; with
none reachable the auth results are ``temperror`` and the scan still answers.
"""

from __future__ import annotations

import asyncio
import json
import logging
import mailbox
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from rempart.config import Settings
from rempart.engine.context import Context, Envelope
from rempart.engine.message import Message, parse_address, parse_addresses
from rempart.engine.pipeline import Pipeline
from rempart.engine.received import client_from_received, external_hop, is_internal, parse_received  # noqa: F401
from rempart.engine.policy import Policy
from rempart.engine.verdict import Result

log = logging.getLogger("rempart.scan")

AUTH_METHODS = ("spf", "dkim", "dmarc", "arc")

@dataclass
class Item:
    """One message to scan and the name it is reported under."""

    path: str
    raw: bytes


_RECEIVED_FOR = re.compile(r"\bfor\s+<([^<>\s;@]+@[^<>\s;@]+)>", re.I)


def envelope_from_headers(message: Message, ip: str | None = None, helo: str | None = None,
                          mail_from: str | None = None, rcpt: list[str] | None = None) -> Envelope:
    """The envelope from the options, completed from Return-Path and the topmost Received.

    The client's reverse name is the one its receiving server recorded, and
    only when the address came from the headers too.
    """
    reverse = ""
    if ip is None or helo is None:
        received = message.header_all("Received")
        found_ip, found_helo, found_name = external_hop(received)
        if found_ip is None:  # every hop inside the site: the topmost one, as client_from_received() does
            found_ip, found_helo = parse_received(received[0]) if received else (None, "")
        elif ip is None:
            reverse = found_name
        ip = ip if ip is not None else found_ip
        helo = helo if helo is not None else found_helo
    if mail_from is None:
        _, mail_from = parse_address(message.header("Return-Path"))
    if not rcpt:
        for name in ("Delivered-To", "X-Original-To", "To"):
            addresses = [a for _, a in parse_addresses(tuple(message.header_all(name))) if "@" in a]
            if addresses:
                rcpt = addresses
                break
    if not rcpt:  # "To: undisclosed-recipients:;": the receiving server wrote whom it was for
        rcpt = list(dict.fromkeys(m.group(1) for value in message.header_all("Received")[:6]
                                  for m in [_RECEIVED_FOR.search(value)] if m))
    return Envelope(client_ip=ip, helo=helo or "", mail_from=mail_from or "", rcpt_to=tuple(rcpt or ()),
                    client_name=reverse)


def iter_items(paths: list[str]) -> Iterator[Item | tuple[str, str]]:
    """Messages under the paths: files, folders (recursively, sorted), mbox files.

    Yields ``(path, error)`` for what cannot be read, so one bad file does not
    stop the scan.
    """
    for name in paths:
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        elif path.exists() or name == "-":
            files = [path]
        else:
            yield (name, "no such file or folder")
            continue
        for file in files:
            try:
                raw = sys.stdin.buffer.read() if str(file) == "-" else file.read_bytes()
            except OSError as exc:
                yield (str(file), exc.strerror or str(exc))
                continue
            if raw.startswith(b"From ") and raw.count(b"\nFrom ") > 0 and str(file) != "-":
                yield from _mbox_items(file)
            elif raw.startswith(b"From "):
                # One message with an mbox separator line (as in the public corpora)
                yield Item(str(file), raw.split(b"\n", 1)[1] if b"\n" in raw else b"")
            else:
                yield Item(str(file), raw)


def _mbox_items(file: Path) -> Iterator[Item]:
    box = mailbox.mbox(str(file), create=False)
    try:
        keys = list(box.iterkeys())
        for index, key in enumerate(keys):
            yield Item(f"{file}#{index + 1}" if len(keys) > 1 else str(file), box.get_bytes(key))
    finally:
        box.close()


def result_json(path: str, result: Result) -> dict:
    data = {"path": path, **result.as_dict()}
    data["auth"] = {method: result.auth.get(method, "none") for method in AUTH_METHODS}
    return data


def scan_paths(paths: list[str], settings: Settings, *, as_json: bool = False, ip: str | None = None,
               helo: str | None = None, mail_from: str | None = None, rcpt: list[str] | None = None,
               out=None, learning=None, known_senders=None) -> int:
    """Scan and print each message; returns the number of items that could not be read.

    ``learning`` (an organisation's :class:`~rempart.engine.learning.OrganisationLearning`)
    makes the content model score as it does for that organisation, and
    ``known_senders`` (the addresses it has corresponded with) lets the
    sender stage tell a first-time sender, as the gateway does.
    """
    return asyncio.run(_scan(paths, settings, as_json, ip, helo, mail_from, rcpt or [], out or sys.stdout, learning,
                             known_senders))


async def _scan(paths, settings, as_json, ip, helo, mail_from, rcpt, out, learning=None, known_senders=None) -> int:
    from rempart.engine.clamd import build_antivirus
    from rempart.engine.dns import build_resolver

    resolver = build_resolver(settings)
    antivirus = build_antivirus(settings)
    # A scan reports what the message is; with no antivirus it says so in a
    # symbol rather than asking anyone to try again.
    policy = Policy(antivirus_unavailable="accept")
    pipeline = Pipeline()
    failures = 0
    for item in iter_items(paths):
        if isinstance(item, tuple):
            path, error = item
            failures += 1
            print(f"rempart: {path}: {error}", file=sys.stderr)
            if as_json:
                print(json.dumps({"path": path, "error": error}), file=out)
            continue
        message = Message(item.raw)
        envelope = envelope_from_headers(message, ip, helo, mail_from, rcpt)
        context = Context(envelope=envelope, resolver=resolver, antivirus=antivirus, authserv_id=settings.hostname,
                          learning=learning, known_senders=known_senders, saved_message=True)
        result = await pipeline.scan(message, policy, context)
        if as_json:
            print(json.dumps(result_json(item.path, result)), file=out)
        else:
            names = ", ".join(f"{s.name}({s.score:g})" for s in result.symbols)
            print(f"{item.path}: {result.verdict.value} {result.action.value} score={result.score:.2f} [{names}]", file=out)
    return failures
