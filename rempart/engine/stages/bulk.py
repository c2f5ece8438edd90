"""Bulk classification: newsletters, marketing, notifications, social networks.

Bulk is a class of mail, not a threat: its symbols carry small scores and
name ``Verdict.BULK``, so the pipeline answers *bulk* when nothing else makes
the message spam, and an organisation's policy can file it apart.

The stage also sorts every message into one category for the user's view,
left in ``context.notes["category"]``:

- VIP: from an address of the organisation's VIP list (``policy.vips``),
  unless DMARC says the From domain was forged;
- SOCIAL: a social network's own mail;
- PUB: marketing (a marketing service or a subject that sells);
- NEWS: newsletters, mailing lists and automatic notifications;
- PERSO: everything else with an author: one person writing to another.

The fingerprints (services, networks, wording) are data, in ``data/bulk.toml``.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from rempart.engine.message import parse_address
from rempart.engine.verdict import Hit, SymbolDef, Verdict

NAME = "bulk"

SYMBOLS = [
    SymbolDef("BULK_LIST_UNSUBSCRIBE", 0.0, "Bulk: offers a List-Unsubscribe link (newsletter or marketing)", Verdict.BULK),
    SymbolDef("BULK_ONE_CLICK_UNSUBSCRIBE", 0.0, "Bulk: offers one-click unsubscription (RFC 8058)", Verdict.BULK),
    SymbolDef("BULK_PRECEDENCE", 0.1, "Bulk: marked Precedence bulk, list or junk", Verdict.BULK),
    SymbolDef("BULK_MAILING_LIST", 0.0, "Bulk: sent through a mailing list", Verdict.BULK),
    SymbolDef("BULK_ESP", 0.1, "Bulk: sent through a bulk-mail service", Verdict.BULK),
    SymbolDef("BULK_SOCIAL", 0.0, "Bulk: mail from a social network", Verdict.BULK),
    SymbolDef("BULK_NOTIFICATION", 0.0, "Bulk: automatic notification (auto-generated, no-reply sender)", Verdict.BULK),
    SymbolDef("BULK_SENDER", 0.0, "Bulk: sent from a newsletter or bounce-handling address", Verdict.BULK),
]

DATA_PATH = Path(__file__).parent.parent / "data" / "bulk.toml"

# Headers that only mailing-list software writes.
_LIST_HEADERS = frozenset({"list-id", "list-post", "x-mailman-version", "x-beenthere", "mailing-list", "x-ezmlm-version"})
_DKIM_DOMAIN = re.compile(r"(?:^|;)\s*d\s*=\s*([^;\s]+)", re.I)
_ANGLE = re.compile(r"<([^>]+)>")


@dataclass(frozen=True)
class Service:
    """A bulk-mail service or a social network, known by its headers and domains."""

    name: str
    kind: str
    headers: tuple[str, ...]
    domains: tuple[str, ...]
    mailer: re.Pattern | None = None
    received: re.Pattern | None = None


@dataclass(frozen=True)
class Fingerprints:
    esps: tuple[Service, ...]
    socials: tuple[Service, ...]
    notification: re.Pattern
    sender_localpart: re.Pattern
    sender_subdomain: re.Pattern
    pub_subject: re.Pattern
    news_subject: re.Pattern


def load(path: Path = DATA_PATH) -> Fingerprints:
    """Read bulk.toml; a missing or mistyped key raises ValueError naming it."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))

    def services(key: str) -> tuple[Service, ...]:
        out = []
        for entry in data.get(key, []):
            try:
                out.append(Service(entry["name"], entry.get("kind", "social"),
                                   tuple(h.lower() for h in entry.get("headers", [])),
                                   tuple(d.lower() for d in entry["domains"]),
                                   re.compile(entry["mailer"]) if "mailer" in entry else None,
                                   re.compile(entry["received"]) if "received" in entry else None))
            except (KeyError, TypeError, re.error) as exc:
                raise ValueError(f"{path}: [[{key}]] {entry.get('name', '?')}: missing or bad {exc}") from None
        return tuple(out)

    try:
        return Fingerprints(
            esps=services("esp"),
            socials=services("social"),
            notification=re.compile(data["notification"]["localpart"], re.I),
            sender_localpart=re.compile(data["sender"]["localpart"]),
            sender_subdomain=re.compile(data["sender"]["subdomain"]),
            pub_subject=re.compile(data["category"]["pub_subject"]),
            news_subject=re.compile(data["category"]["news_subject"]),
        )
    except (KeyError, re.error) as exc:
        raise ValueError(f"{path}: missing or bad {exc}") from None


FINGERPRINTS = load()


def _under(domain: str, domains: tuple[str, ...]) -> bool:
    """``domain`` is one of ``domains`` or below one: its few suffixes looked up, not every service domain tried."""
    wanted = _as_set(domains)
    while domain:
        if domain in wanted:
            return True
        domain = domain.partition(".")[2]
    return False


@functools.lru_cache(maxsize=None)
def _as_set(domains: tuple[str, ...]) -> frozenset[str]:
    return frozenset(domains)


def _domain(address: str) -> str:
    return address.rpartition("@")[2].strip().strip("<>").lower().rstrip(".") if "@" in address else ""


def _host(url: str) -> str:
    try:
        return urlsplit(url).hostname or ""
    except ValueError:  # "http://[::1/x": a broken URL names no service
        return ""


def _sender_domains(message, context) -> set[str]:
    """Domains a bulk-mail service leaves in the headers (none of them verified)."""
    domains = {context.envelope.mail_from_domain}
    for name in ("Return-Path", "Sender", "Message-ID"):
        domains.add(_domain(parse_address(message.header(name))[1] or message.header(name)))
    for signature in message.header_all("DKIM-Signature"):
        match = _DKIM_DOMAIN.search(signature)
        if match:
            domains.add(match.group(1).lower().rstrip("."))
    for target in _ANGLE.findall(message.header("List-Unsubscribe"))[:5]:
        domains.add(_domain(target) if target.lower().startswith("mailto:") else _host(target))
    domains.discard("")
    return domains


def find_esp(message, context, fingerprints: Fingerprints = FINGERPRINTS) -> Service | None:
    """The first service in bulk.toml's order that the headers, the sender domains or the relays name.

    The domains are looked up by suffix in one table, so only the services
    listed before the one a domain names need their headers and patterns tried.
    """
    esps = fingerprints.esps
    by_domain = _first_by_domain(esps)
    first = len(esps)
    for domain in _sender_domains(message, context):
        while domain:
            first = min(first, by_domain.get(domain, first))
            domain = domain.partition(".")[2]
    present = message.header_names
    mailer = message.header("X-Mailer")
    received = message.header_all("Received")[:3]
    for service in esps[:first]:
        if (not present.isdisjoint(service.headers)
                or (service.mailer and mailer and service.mailer.search(mailer))
                or (service.received and any(service.received.search(r) for r in received))):
            return service
    return esps[first] if first < len(esps) else None


@functools.lru_cache(maxsize=8)
def _first_by_domain(services: tuple[Service, ...]) -> dict[str, int]:
    """Each service domain and the position of the first service that lists it."""
    table: dict[str, int] = {}
    for index, service in enumerate(services):
        for domain in service.domains:
            table.setdefault(domain, index)
    return table


def bulk_sender(message, context, fingerprints: Fingerprints = FINGERPRINTS) -> str:
    """The sender address that only bulk mail uses (newsletter@, bounces+..., news.example.com), if any."""
    addresses = [context.envelope.mail_from, parse_address(message.header("Return-Path"))[1], message.from_address]
    for address in addresses:
        local, _, domain = address.strip().lower().rpartition("@")
        if local and (fingerprints.sender_localpart.search(local) or fingerprints.sender_subdomain.match(domain)):
            return address
    return ""


def find_social(message, fingerprints: Fingerprints = FINGERPRINTS) -> Service | None:
    present = message.header_names
    for service in fingerprints.socials:
        if _under(message.from_domain, service.domains) or not present.isdisjoint(service.headers):
            return service
    return None


def is_vip(message, policy, context) -> bool:
    if context.auth.get("dmarc") == "fail" or not message.from_address:
        return False
    return any(address.strip().lower() == message.from_address for _, address in getattr(policy, "vips", ()))


async def check(message, policy, context) -> list[Hit]:
    fingerprints = FINGERPRINTS
    hits: list[Hit] = []
    if message.header("List-Unsubscribe"):
        hits.append(Hit("BULK_LIST_UNSUBSCRIBE"))
        if "one-click" in message.header("List-Unsubscribe-Post").lower():
            hits.append(Hit("BULK_ONE_CLICK_UNSUBSCRIBE"))
    precedence = message.header("Precedence").strip().lower()
    # Out-of-office replies mark themselves Precedence: bulk to stop loops; they are personal mail.
    auto_replied = message.header("Auto-Submitted").strip().lower().startswith("auto-replied")
    if precedence in ("bulk", "list", "junk") and not auto_replied:
        hits.append(Hit("BULK_PRECEDENCE", f"Precedence: {precedence}"))
    mailing_list = not message.header_names.isdisjoint(_LIST_HEADERS)
    if mailing_list:
        hits.append(Hit("BULK_MAILING_LIST", " ".join(message.header("List-Id").split())[:80] or "list headers"))
    esp = find_esp(message, context, fingerprints)
    if esp:
        hits.append(Hit("BULK_ESP", esp.name))
    social = find_social(message, fingerprints)
    if social:
        hits.append(Hit("BULK_SOCIAL", social.name))
    notification = _notification(message, fingerprints)
    if notification:
        hits.append(Hit("BULK_NOTIFICATION", notification))
    sender = bulk_sender(message, context, fingerprints)
    if sender and not notification:
        hits.append(Hit("BULK_SENDER", sender))
    context.notes["category"] = _category(message, policy, context, fingerprints, bool(hits), mailing_list, esp, social)
    return hits


def _notification(message, fingerprints: Fingerprints) -> str:
    auto = message.header("Auto-Submitted").strip().lower()
    if auto.startswith("auto-generated"):
        return "Auto-Submitted: auto-generated"
    local = message.from_address.rpartition("@")[0]
    if local and fingerprints.notification.match(local):
        return f"sender {message.from_address}"
    return ""


def _category(message, policy, context, fingerprints, bulk, mailing_list, esp, social) -> str:
    if is_vip(message, policy, context):
        return "VIP"
    if social:
        return "SOCIAL"
    subject = message.subject
    if mailing_list and esp is None and message.header("List-Post"):
        return "NEWS"  # a discussion list
    if bulk or esp:
        if fingerprints.pub_subject.search(subject):
            return "PUB"
        if fingerprints.news_subject.search(subject) or fingerprints.news_subject.search(message.from_display_name):
            return "NEWS"
        return "PUB" if esp is not None and esp.kind == "marketing" else "NEWS"
    return "PERSO" if message.from_address else ""
