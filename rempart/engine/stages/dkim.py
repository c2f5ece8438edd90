"""DKIM (RFC 6376): do the message's signatures verify against their domains' keys?

Every DKIM-Signature (up to MAX_SIGNATURES) is checked; ``context.auth["dkim"]``
gets the best result among them (pass, then temperror, fail, permerror),
and ``context.notes["dkim"]`` the result of each as ``(result, domain,
selector)``, which DMARC reads to find an aligned pass.

How: dkimpy does the canonicalisation and cryptography. It is synchronous
and wants a ``dnsfunc``; rather than let it query DNS by itself, each key is
fetched first through ``context.resolver`` (async, cached, the configured
server) and dkimpy is handed a dnsfunc that answers from that key. This
also lets us tell a DNS failure (temperror) from a missing or broken key
(permerror) and from a bad signature (fail), which dkimpy's ``verify()``
folds into one False.
"""

from __future__ import annotations

import asyncio
import logging

import dkim as dkimpy

from rempart.engine import authresults
from rempart.engine.dns import DNSTempError
from rempart.engine.verdict import Hit, SymbolDef

NAME = "dkim"

SYMBOLS = [
    SymbolDef("R_DKIM_ALLOW", -0.2, "DKIM: a signature verifies"),
    SymbolDef("R_DKIM_REJECT", 1.0, "DKIM: a signature does not verify (message altered or forged)"),
    SymbolDef("R_DKIM_TEMPFAIL", 0.0, "DKIM: the signing key could not be fetched (DNS error)"),
    SymbolDef("R_DKIM_PERMFAIL", 0.0, "DKIM: a signature or its key is unusable (permanent error)"),
    SymbolDef("R_DKIM_NA", 0.0, "DKIM: the message is not signed"),
]

SYMBOL_OF = {
    "pass": "R_DKIM_ALLOW",
    "fail": "R_DKIM_REJECT",
    "temperror": "R_DKIM_TEMPFAIL",
    "permerror": "R_DKIM_PERMFAIL",
    "none": "R_DKIM_NA",
}
PREFERENCE = ("pass", "temperror", "fail", "permerror")  # best first

MAX_SIGNATURES = 5  # each costs a DNS lookup and a body hash; more is abuse
THREAD_ABOVE = 1024 * 1024  # bytes: hash bigger messages off the event loop

# dkimpy logs every bad signature at ERROR: senders would fill our logs.
_dkimpy_log = logging.getLogger("rempart.engine.dkimpy")
if not _dkimpy_log.handlers:
    _dkimpy_log.addHandler(logging.NullHandler())
    _dkimpy_log.propagate = False


async def check(message, policy, context) -> list[Hit]:
    if message.headers.get("DKIM-Signature") is None:
        return _record(context, [("none", "", "", "no DKIM-Signature")])
    try:
        verifier = dkimpy.DKIM(message.raw, logger=_dkimpy_log)
    except dkimpy.DKIMException as exc:
        return _record(context, [("permerror", "", "", f"message cannot be parsed: {exc}")])
    count = sum(1 for name, _ in verifier.headers if name.lower() == b"dkim-signature")
    outcomes = []
    for index in range(min(count, MAX_SIGNATURES)):
        outcomes.append(await verify_signature(verifier, index, context.resolver, len(message.raw)))
    return _record(context, outcomes or [("none", "", "", "no DKIM-Signature")])


async def verify_signature(verifier, index: int, resolver, size: int) -> tuple[str, str, str, str]:
    """``(result, domain, selector, reason)`` for the signature at ``index`` (topmost is 0)."""
    try:
        signature, include_headers, headers = verifier.verify_headerprep(index)
    except dkimpy.DKIMException as exc:
        return "permerror", "", "", f"bad signature: {exc}"
    domain = _text(signature[b"d"]).lower().rstrip(".")
    selector = _text(signature[b"s"])
    if resolver is None:
        return "temperror", domain, selector, "no DNS resolver"
    name = f"{selector}._domainkey.{domain}"
    try:
        records = await resolver.txt(name)
    except DNSTempError as exc:
        return "temperror", domain, selector, f"key lookup failed: {exc}"
    if not records:
        return "permerror", domain, selector, f"no key at {name}"
    key = records[0].encode("utf-8")
    try:
        dkimpy.evaluate_pk(name, key)
    except dkimpy.DKIMException as exc:
        return "permerror", domain, selector, f"unusable key at {name}: {exc}"

    def verify() -> bool:
        return verifier.verify_sig(signature, include_headers, headers[index], lambda *_args, **_kw: key)

    try:
        valid = await asyncio.to_thread(verify) if size > THREAD_ABOVE else verify()
    except dkimpy.ValidationError as exc:  # body hash mismatch, mostly
        return "fail", domain, selector, str(exc)
    except dkimpy.DKIMException as exc:  # key too small, bad c= ...
        return "permerror", domain, selector, str(exc)
    if valid:
        return "pass", domain, selector, "signature verifies"
    return "fail", domain, selector, "signature does not verify"


def _record(context, outcomes: list[tuple[str, str, str, str]]) -> list[Hit]:
    best = min(outcomes, key=lambda o: PREFERENCE.index(o[0]) if o[0] in PREFERENCE else len(PREFERENCE))
    result, domain, selector, reason = best
    context.auth["dkim"] = result
    context.auth_details["dkim"] = authresults.details(
        ("header.d", domain), ("header.s", selector), note="" if result in ("pass", "none") else reason,
    )
    context.notes["dkim"] = [(r, d, s) for r, d, s, _ in outcomes if r != "none"]
    hits: dict[str, list[str]] = {}
    for result, domain, selector, reason in outcomes:
        label = f"{domain} s={selector}: {reason}" if domain else reason
        hits.setdefault(SYMBOL_OF[result], []).append(label)
    return [Hit(symbol, "; ".join(labels)) for symbol, labels in hits.items()]


def _text(value: bytes) -> str:
    return value.decode("ascii", "replace").strip()
