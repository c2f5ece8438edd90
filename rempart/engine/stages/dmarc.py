"""DMARC (RFC 7489): does an aligned SPF or DKIM pass vouch for the From domain?

The From domain's policy is the TXT record at ``_dmarc.<from domain>``, or,
when there is none, at ``_dmarc.<organisational domain>`` (then ``sp=``
applies to subdomains). The message passes when SPF passed for a domain
aligned with From (``aspf``) or a DKIM signature passed for one (``adkim``):
relaxed alignment compares organisational domains, strict the exact names.
This stage runs after spf and dkim and reads what they left in the
context (``auth["spf"]``, ``notes["spf_domain"]``, ``notes["dkim"]``).

A failure scores by the policy the domain owner asked for, after ``pct``
sampling (a message outside the sample gets the next milder policy, RFC
7489 section 6.6.4). Even ``p=reject`` is only a score, heavy enough to be
spam on its own at the default threshold: forwarders break DMARC in good
faith, and an admin must be able to tune it. The disposition is recorded
for the header and in ``notes["dmarc"]`` for the gateway.

Organisational domains come from the public suffix list bundled with
tldextract: never fetched, so the engine stays offline.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from rempart.engine import authresults
from rempart.engine.dns import DNSTempError
from rempart.engine.domains import registrable_domain as organisational_domain
from rempart.engine.verdict import Hit, SymbolDef

NAME = "dmarc"

SYMBOLS = [
    SymbolDef("DMARC_POLICY_ALLOW", -0.5, "DMARC: an aligned SPF or DKIM pass vouches for the From domain"),
    SymbolDef("DMARC_POLICY_REJECT", 6.0, "DMARC: From domain not authenticated, and its owner asks to reject such mail"),
    SymbolDef("DMARC_POLICY_QUARANTINE", 3.0, "DMARC: From domain not authenticated, and its owner asks to quarantine such mail"),
    SymbolDef("DMARC_POLICY_SOFTFAIL", 0.1, "DMARC: From domain not authenticated (its owner only monitors: p=none)"),
    SymbolDef("DMARC_BAD_POLICY", 0.5, "DMARC: the From domain's DMARC record is broken"),
    SymbolDef("DMARC_NA", 0.0, "DMARC: the From domain publishes no DMARC policy"),
    SymbolDef("DMARC_DNSFAIL", 0.0, "DMARC: the policy could not be fetched (DNS error)"),
]

FAIL_SYMBOL = {"reject": "DMARC_POLICY_REJECT", "quarantine": "DMARC_POLICY_QUARANTINE", "none": "DMARC_POLICY_SOFTFAIL"}
MILDER = {"reject": "quarantine", "quarantine": "none", "none": "none"}
POLICIES = ("none", "quarantine", "reject")
_VERSION = re.compile(r"\s*v\s*=\s*DMARC1\s*(;|$)")  # case-sensitive, as RFC 7489's grammar


class DMARCRecordError(ValueError):
    """A DMARC record that cannot be used (RFC 7489 section 6.3)."""


@dataclass(frozen=True)
class DMARCPolicy:
    """The tags of a DMARC record this stage acts on (reporting tags are ignored)."""

    p: str
    sp: str
    adkim: str = "r"
    aspf: str = "r"
    pct: int = 100


def parse_record(record: str) -> DMARCPolicy:
    """Parse ``v=DMARC1; p=...``; raise DMARCRecordError when it cannot be applied.

    Unknown tags are ignored; an invalid optional tag takes its default;
    a missing or invalid ``p`` makes the record unusable unless ``rua``
    is given, in which case it counts as ``p=none`` (section 6.6.3).
    """
    tags: dict[str, str] = {}
    for index, part in enumerate(p.strip() for p in record.split(";")):
        if not part:
            continue
        name, sep, val = part.partition("=")
        name, val = name.strip().lower(), val.strip()
        if index == 0 and (name != "v" or val != "DMARC1"):  # also checked at discovery
            raise DMARCRecordError("record does not start with v=DMARC1")
        if sep:
            tags.setdefault(name, val)
    p = tags.get("p", "").lower()
    if p not in POLICIES:
        if "rua" not in tags:
            raise DMARCRecordError(f"p={tags.get('p', '')!r} is not none, quarantine or reject")
        p = "none"
    sp = tags.get("sp", "").lower()
    try:
        pct = max(0, min(100, int(tags.get("pct", "100"))))
    except ValueError:
        pct = 100
    return DMARCPolicy(
        p=p,
        sp=sp if sp in POLICIES else p,
        adkim="s" if tags.get("adkim", "").lower() == "s" else "r",
        aspf="s" if tags.get("aspf", "").lower() == "s" else "r",
        pct=pct,
    )


def aligned(domain: str, from_domain: str, mode: str) -> bool:
    """Identifier alignment: exact names in strict mode, same organisational domain in relaxed."""
    domain, from_domain = domain.lower().rstrip("."), from_domain.lower().rstrip(".")
    if not domain:
        return False
    if mode == "s":
        return domain == from_domain
    return organisational_domain(domain) == organisational_domain(from_domain)


async def check(message, policy, context) -> list[Hit]:
    from_domain = message.from_domain
    if not from_domain:
        return _record(context, "none", "DMARC_NA", "no From domain", from_domain)
    if context.resolver is None:
        return _record(context, "temperror", "DMARC_DNSFAIL", "no DNS resolver", from_domain)
    org = organisational_domain(from_domain)
    try:
        record, found_at = await _discover(context.resolver, from_domain, org)
    except DNSTempError as exc:
        return _record(context, "temperror", "DMARC_DNSFAIL", f"policy lookup failed: {exc}", from_domain)
    if record is None:
        return _record(context, "none", "DMARC_NA", f"no DMARC record for {from_domain}", from_domain)
    try:
        dmarc = parse_record(record)
    except DMARCRecordError as exc:
        return _record(context, "permerror", "DMARC_BAD_POLICY", f"_dmarc.{found_at}: {exc}", from_domain)

    by = _aligned_pass(context, from_domain, dmarc)
    requested = dmarc.sp if found_at != from_domain else dmarc.p
    comment = f"p={dmarc.p} sp={dmarc.sp}"
    if by:
        context.notes["dmarc"] = {"policy": requested, "disposition": "none", "domain": found_at}
        return _record(context, "pass", "DMARC_POLICY_ALLOW", f"aligned {by}", from_domain, f"{comment} dis=none")
    disposition = requested if dmarc.pct >= 100 or random.random() * 100 < dmarc.pct else MILDER[requested]
    context.notes["dmarc"] = {"policy": requested, "disposition": disposition, "domain": found_at}
    detail = f"no aligned SPF or DKIM pass for {from_domain}; policy {requested}"
    if disposition != requested:
        detail += f", applied as {disposition} (pct={dmarc.pct})"
    return _record(context, "fail", FAIL_SYMBOL[disposition], detail, from_domain, f"{comment} dis={disposition}")


async def _discover(resolver, from_domain: str, org: str) -> tuple[str | None, str]:
    """The one DMARC record for the From domain or, failing that, its organisational domain."""
    record = _single_record(await resolver.txt(f"_dmarc.{from_domain}"))
    if record is not None or org == from_domain:
        return record, from_domain
    return _single_record(await resolver.txt(f"_dmarc.{org}")), org


def _single_record(texts: list[str]) -> str | None:
    """The record starting with v=DMARC1; none when absent or ambiguous (section 6.6.3)."""
    records = [t for t in texts if _VERSION.match(t)]
    return records[0] if len(records) == 1 else None


def _aligned_pass(context, from_domain: str, dmarc: DMARCPolicy) -> str:
    """What authenticated the From domain ("dkim d=..." or "spf ..."), or "" when nothing did."""
    for result, domain, _selector in context.notes.get("dkim", []):
        if result == "pass" and aligned(domain, from_domain, dmarc.adkim):
            return f"dkim d={domain}"
    spf_domain = context.notes.get("spf_domain", "")
    if context.auth.get("spf") == "pass" and aligned(spf_domain, from_domain, dmarc.aspf):
        return f"spf {spf_domain}"
    return ""


def _record(context, result: str, symbol: str, detail: str, from_domain: str, note: str = "") -> list[Hit]:
    context.auth["dmarc"] = result
    context.auth_details["dmarc"] = authresults.details(("header.from", from_domain), note=note)
    return [Hit(symbol, detail)]
