"""ARC (RFC 8617): is the chain of custody added by forwarders intact?

A mailing list or forwarder that changes a message breaks its DKIM and
SPF; if it sealed an ARC set first, a valid chain lets us see what it saw.
Here we only say whether the chain validates (pass, fail or none, or
temperror when a key could not be fetched); weighing a trusted sealer's
word against a DMARC failure is left to policy.

How: dkimpy validates the chain. The keys of every ARC-Seal and
ARC-Message-Signature are fetched first through ``context.resolver``
(concurrently), and dkimpy's ``dnsfunc`` answers from them, so a DNS
failure is reported as temperror rather than as a broken chain.
"""

from __future__ import annotations

import asyncio
import logging

import dkim as dkimpy
from dkim.util import InvalidTagValueList, parse_tag_value

from rempart.engine import authresults
from rempart.engine.dns import DNSTempError
from rempart.engine.verdict import Hit, SymbolDef

NAME = "arc"

SYMBOLS = [
    SymbolDef("ARC_ALLOW", -1.0, "ARC: the forwarders' chain of custody validates"),
    SymbolDef("ARC_REJECT", 1.0, "ARC: the chain of custody does not validate"),
    SymbolDef("ARC_DNSFAIL", 0.0, "ARC: a sealer's key could not be fetched (DNS error)"),
    SymbolDef("ARC_NA", 0.0, "ARC: the message carries no ARC chain"),
]

SYMBOL_OF = {"pass": "ARC_ALLOW", "fail": "ARC_REJECT", "temperror": "ARC_DNSFAIL", "none": "ARC_NA"}
ARC_HEADERS = ("ARC-Seal", "ARC-Message-Signature", "ARC-Authentication-Results")
SIGNED_HEADERS = ("ARC-Seal", "ARC-Message-Signature")
MAX_KEYS = 20  # distinct sealer keys fetched for one message (RFC 8617 allows 50 sets; real chains hold a few)

# dkimpy logs every broken seal at ERROR: senders would fill our logs.
_dkimpy_log = logging.getLogger("rempart.engine.dkimpy")
if not _dkimpy_log.handlers:
    _dkimpy_log.addHandler(logging.NullHandler())
    _dkimpy_log.propagate = False


async def check(message, policy, context) -> list[Hit]:
    headers = message.headers
    if not any(headers.get(name) is not None for name in ARC_HEADERS):
        return _record(context, "none", "no ARC headers", "")
    if context.resolver is None:
        return _record(context, "temperror", "no DNS resolver", "")
    names = _key_names(message)
    if len(names) > MAX_KEYS:
        return _record(context, "fail", f"{len(names)} sealer keys: too many", "")
    fetched = await asyncio.gather(*(context.resolver.txt(n) for n in names), return_exceptions=True)
    keys: dict[str, bytes | None] = {}
    for name, answer in zip(names, fetched):
        if isinstance(answer, DNSTempError):
            return _record(context, "temperror", f"key lookup failed: {answer}", "")
        if isinstance(answer, BaseException):
            raise answer
        keys[name] = answer[0].encode("utf-8") if answer else None

    def dnsfunc(name, timeout=5):
        return keys.get(_text(name).rstrip(".").lower())

    try:
        cv, sets, reason = dkimpy.ARC(message.raw, logger=_dkimpy_log).verify(dnsfunc=dnsfunc)
    except dkimpy.DKIMException as exc:
        return _record(context, "fail", str(exc), "")
    result = {dkimpy.CV_Pass: "pass", dkimpy.CV_None: "none"}.get(cv, "fail")
    newest = sets[0] if sets else {}
    instance = str(newest.get("instance", "")) if newest else ""
    sealer = _text(newest.get("as-domain", b"")) if newest else ""
    detail = f"{len(sets)} ARC set(s), newest i={instance} sealed by {sealer or '?'}: {reason}"
    return _record(context, result, detail, instance)


def _key_names(message) -> list[str]:
    """``selector._domainkey.domain`` of every ARC signature, deduplicated, lower-cased."""
    names: list[str] = []
    for header in SIGNED_HEADERS:
        for raw in message.headers.get_all(header) or []:
            try:
                tags = parse_tag_value(str(raw).encode("utf-8", "replace").replace(b"\r\n", b"").replace(b"\n", b""))
            except InvalidTagValueList:
                continue
            selector, domain = tags.get(b"s"), tags.get(b"d")
            if selector and domain:
                name = f"{_text(selector)}._domainkey.{_text(domain).rstrip('.')}".lower()
                if name not in names:
                    names.append(name)
    return names


def _record(context, result: str, detail: str, instance: str) -> list[Hit]:
    context.auth["arc"] = result
    note = "" if result in ("pass", "none") else detail
    context.auth_details["arc"] = authresults.details(note=note or (f"i={instance}" if instance else ""))
    return [Hit(SYMBOL_OF[result], detail)]


def _text(value: bytes | str) -> str:
    return value.decode("ascii", "replace").strip() if isinstance(value, bytes) else value.strip()
