"""DNS blocklists: the connecting IP against IP lists, the message's domains against domain lists.

Zones come from the policy (``dnsbl_zones`` for IPs, ``uribl_zones`` for
domains) and are empty by default, so the product works offline. Typical
choices, each with its own terms of use (most are free only for small
volumes, and refuse queries that come through big public resolvers)::

    dnsbl_zones = ("zen.spamhaus.org", "bl.spamcop.net", "b.barracudacentral.org")
    uribl_zones = ("dbl.spamhaus.org", "multi.surbl.org", "multi.uribl.com")

Every lookup is an A query through ``context.resolver``, all of them at
once. A listed name answers with an address in 127.0.0.0/8 whose last
octets say why; the answers of the well-known zones are read below (a
Spamhaus PBL listing means "should not send mail directly", not "spammer";
a DBL or SURBL phishing listing names the phishing verdict). Answers that
mean "query refused" (127.255.255.x, URIBL's 127.0.0.1, DBL's 127.0.1.255)
and answers outside 127/8 (a resolver that lies about NXDOMAIN) are
ignored. A lookup that fails gives a zero-score symbol saying so, never an
exception.

The IP of the connecting server is checked only when it is a public
address. The domains checked are the registrable domains of the From and
Reply-To addresses and of the message's links (also those decoded from QR
codes, in ``context.notes["extra_urls"]``), at most ``MAX_DOMAINS`` of them,
leaving out the brands' own domains, which no list carries.
"""

from __future__ import annotations

import asyncio
import ipaddress

from rempart.engine.dns import DNSTempError
from rempart.engine.domains import brand_data, registrable_domain
from rempart.engine.urls import parse_url
from rempart.engine.verdict import Hit, SymbolDef, Verdict

NAME = "dnsbl"

SYMBOLS = [
    SymbolDef("RBL_LISTED", 3.0, "The connecting server's IP address is on a DNS blocklist"),
    SymbolDef("RBL_LISTED_POLICY", 1.0, "The connecting IP is listed as one that should not send mail directly (home or dynamic range)"),
    SymbolDef("URIBL_LISTED", 4.5, "A domain of the message (sender or link) is on a domain blocklist"),
    SymbolDef("URIBL_PHISHING", 8.0, "A domain of the message is listed as a phishing domain", Verdict.PHISHING),
    SymbolDef("RBL_DNSFAIL", 0.0, "A DNS blocklist could not be queried; its opinion is missing"),
]

MAX_DOMAINS = 20
EXTRA_ZONE_SCORE = 1.0  # added for each further list that agrees
MAX_SCORE = {"RBL_LISTED": 5.0, "URIBL_LISTED": 6.5}

# What the answers of well-known zones mean: zone -> {last octets: (meaning, kind)}.
# kind: "listed", "policy" (PBL), "phishing", or "ignore" (a refusal, not an opinion).
KNOWN_ANSWERS: dict[str, dict[str, tuple[str, str]]] = {
    "zen.spamhaus.org": {
        "0.2": ("Spamhaus SBL", "listed"), "0.3": ("Spamhaus SBL CSS", "listed"),
        "0.4": ("Spamhaus XBL", "listed"), "0.5": ("Spamhaus XBL", "listed"),
        "0.6": ("Spamhaus XBL", "listed"), "0.7": ("Spamhaus XBL", "listed"),
        "0.9": ("Spamhaus DROP", "listed"),
        "0.10": ("Spamhaus PBL (ISP)", "policy"), "0.11": ("Spamhaus PBL", "policy"),
    },
    "dbl.spamhaus.org": {
        "1.2": ("spam domain", "listed"), "1.4": ("phishing domain", "phishing"),
        "1.5": ("malware domain", "listed"), "1.6": ("botnet C&C domain", "listed"),
        "1.102": ("abused legit spam", "listed"), "1.103": ("abused legit redirector", "listed"),
        "1.104": ("abused legit phishing", "listed"), "1.105": ("abused legit malware", "listed"),
        "1.106": ("abused legit botnet C&C", "listed"), "1.255": ("IP queries prohibited", "ignore"),
    },
    "multi.uribl.com": {"0.1": ("query refused", "ignore")},
}
# Zones whose last octet is a bit mask of lists: zone -> {bit: (list, kind)}.
BITMASK_ANSWERS: dict[str, dict[int, tuple[str, str]]] = {
    "multi.surbl.org": {8: ("SURBL phishing", "phishing"), 16: ("SURBL malware", "listed"), 64: ("SURBL abuse", "listed"), 128: ("SURBL cracked", "listed")},
    "multi.uribl.com": {2: ("URIBL black", "listed"), 4: ("URIBL grey", "listed"), 8: ("URIBL red", "listed")},
}


async def check(message, policy, context) -> list[Hit]:
    queries: list[tuple[str, str, str, str]] = []  # (what, name checked, zone, query name)
    ip = _public_ip(context.envelope.client_ip)
    if ip is not None:
        reversed_ip = _reverse(ip)
        queries += [("ip", str(ip), zone, f"{reversed_ip}.{zone}") for zone in _zones(policy.dnsbl_zones)]
    if policy.uribl_zones:
        for name in _domains(message, context):
            key = _reverse(ipaddress.ip_address(name)) if _is_ip(name) else name
            queries += [("domain", name, zone, f"{key}.{zone}") for zone in _zones(policy.uribl_zones)]
    if not queries:
        return []
    if context.resolver is None:
        return [Hit("RBL_DNSFAIL", "no DNS resolver configured")]
    answers = await asyncio.gather(*(_lookup(context.resolver, q[3]) for q in queries))
    return _interpret(queries, answers)


def _zones(zones) -> list[str]:
    return [z.strip().strip(".").lower() for z in zones if z and z.strip(". ")]


def _public_ip(value: str | None) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        address = ipaddress.ip_address((value or "").strip())
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return address if address.is_global else None


def _reverse(address) -> str:
    """``192.0.2.1`` -> ``1.2.0.192``; IPv6 as reversed nibbles (RFC 5782)."""
    if isinstance(address, ipaddress.IPv4Address):
        return ".".join(reversed(str(address).split(".")))
    return ".".join(reversed(address.exploded.replace(":", "")))


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def _domains(message, context) -> list[str]:
    """Registrable domains (and public IP hosts) worth asking about, most telling first."""
    candidates = [message.from_domain]
    for value in message.header_all("Reply-To"):
        if "@" in value:
            candidates.append(value.rpartition("@")[2].strip(" >").lower())
    urls = list(message.urls)
    for raw in context.notes.get("extra_urls", ()) or ():
        url = parse_url(str(raw), "qr")
        if url is not None:
            urls.append(url)
    candidates += [u.host_ascii for u in urls if u.host_ascii and u.kind != "image"]
    candidates += [u.host_ascii for u in urls if u.host_ascii and u.kind == "image"]
    owner = brand_data().owner
    chosen: list[str] = []
    for host in candidates:
        if not host:
            continue
        if _is_ip(host):
            name = host if _public_ip(host) else ""
        else:
            name = registrable_domain(host)
            if "." not in name or owner(name) is not None:
                name = ""
        if name and name not in chosen:
            chosen.append(name)
            if len(chosen) >= MAX_DOMAINS:
                break
    return chosen


async def _lookup(resolver, name: str) -> list[str] | Exception:
    try:
        return await resolver.a(name)
    except (DNSTempError, asyncio.TimeoutError, OSError) as exc:
        return exc
    except Exception as exc:  # a resolver bug must not cost the other answers
        return exc


def _meaning(zone: str, answer: str) -> tuple[str, str]:
    """(why listed, kind) for one answer of a zone; kind "ignore" for refusals and non-answers."""
    try:
        address = ipaddress.IPv4Address(answer)
    except ValueError:
        return "not an address", "ignore"
    octets = str(address).split(".")
    if octets[0] != "127" or octets[1:3] == ["255", "255"]:
        return f"{answer} (not a listing)", "ignore"
    known = KNOWN_ANSWERS.get(zone, {}).get(f"{octets[2]}.{octets[3]}")
    if known is not None:
        return known
    bits = BITMASK_ANSWERS.get(zone)
    if bits is not None:
        found = [(name, kind) for bit, (name, kind) in bits.items() if int(octets[3]) & bit]
        if not found:
            return f"{answer} (no list bit set)", "ignore"
        kind = "phishing" if any(k == "phishing" for _n, k in found) else "listed"
        return "+".join(n for n, _k in found), kind
    if answer == "127.0.0.1":
        return "127.0.0.1 (a test or refusal answer)", "ignore"
    return answer, "listed"


def _interpret(queries, answers) -> list[Hit]:
    listed: dict[str, list[str]] = {}
    failed: list[str] = []
    for (what, name, zone, _query), answer in zip(queries, answers):
        if isinstance(answer, Exception):
            if zone not in failed:
                failed.append(zone)
            continue
        for value in answer:
            why, kind = _meaning(zone, value)
            if kind == "ignore":
                continue
            symbol = {"ip": {"policy": "RBL_LISTED_POLICY"}, "domain": {"phishing": "URIBL_PHISHING"}}[what].get(
                kind, "RBL_LISTED" if what == "ip" else "URIBL_LISTED"
            )
            listed.setdefault(symbol, []).append(f"{name} in {zone} ({why})")
            break
    hits = []
    for symbol, entries in listed.items():
        score = None
        if symbol in MAX_SCORE and len(entries) > 1:
            base = {s.name: s.score for s in SYMBOLS}[symbol]
            score = min(MAX_SCORE[symbol], base + EXTRA_ZONE_SCORE * (len(entries) - 1))
        hits.append(Hit(symbol, "; ".join(entries[:5]), score))
    if failed:
        hits.append(Hit("RBL_DNSFAIL", "lookup failed: " + ", ".join(failed)))
    return hits
