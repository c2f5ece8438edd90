"""Relays: a person's message carried by a booking platform's relay, with a link the platform would not carry.

Booking.com (and Airbnb, Vrbo) pass messages between guests and hosts
through their own relay: the mail comes from the platform's relay address
(``…@guest.booking.com``, ``…@property.booking.com``), signed by the
platform, so every check passes. Since 2023 attackers who broke into a
hotel's extranet account, or who booked as a guest, use that relay to send
the other side a link: "confirm your card within 24 hours or the
reservation is cancelled", "here are the photos of the stain", "my card was
charged twice, the bank's confirmation is here". The platform's own notices
link to the platform; a guest's or a hotel's real message rarely carries a
link at all, and never a payment page.

- RELAY_FOREIGN_LINK: a message from the platform's relay (or from the
  platform itself) linking outside the platform and outside known
  companies, where the link is one a real host or guest has no reason to
  send: a shortener, free hosting, an upload folder of a broken-into site
  (``/wp-content/``), a bare address, a host that borrows the platform's
  name; or, in a relayed message, any outside link in a message asking to
  confirm a card or a payment, or about a charge made twice (in the
  platforms' main languages). "Payment at the property" is not that.

The link checks of the urls stage see the same links; what they cannot see
is that the sender is a relay, where a stranger's link is the whole attack.
"""

from __future__ import annotations

import re

from rempart.engine.domains import brand_data, fold_text, registrable_domain
from rempart.engine.stages.lures import KIT_PATH
from rempart.engine.urls import host_in, url_lists
from rempart.engine.verdict import Hit, SymbolDef, Verdict

NAME = "relays"

SYMBOLS = [
    SymbolDef("RELAY_FOREIGN_LINK", 4.0, "A message passed on by a booking platform's relay (a guest's or a host's) "
              "carrying a link outside the platform that a real guest or host does not send: a card or payment "
              "page, a shortened or hosted link, a hacked site's upload folder", Verdict.PHISHING),
]

# Platform -> (its relay sub-domains, the domains its own links and pictures live on, names a look-alike borrows).
PLATFORMS: dict[str, tuple[tuple[str, ...], frozenset[str], tuple[str, ...]]] = {
    "booking.com": (("guest.booking.com", "property.booking.com", "mchat.booking.com"),
                    frozenset({"booking.com", "bstatic.com", "booking.net"}), ("booking", "bkng", "bookng")),
    "airbnb.com": (("reply.airbnb.com", "messaging.airbnb.com"),
                   frozenset({"airbnb.com", "airbnb.co.uk", "airbnb.fr", "airbnb.de", "airbnb.es", "airbnb.it", "muscache.com",
                              "abnb.me"}), ("airbnb", "airbnd", "arbnb")),
    "vrbo.com": (("messages.vrbo.com", "messages.homeaway.com"), frozenset({"vrbo.com", "homeaway.com", "expedia.com"}),
                 ("vrbo", "homeaway")),
}
_HOMEAWAY = "homeaway.com"

# A card or a payment to confirm, verify or update, or a charge made twice, in the platforms' main languages (read on
# lower-cased, accent-free text): not "payment at the property" or "the city tax is paid on arrival".
_VERIFY = (r"(?:confirm\w*|verif\w*|validat\w*|update|conferm\w*|aggiorn\w*|convalid\w*|bestatig\w*|verifizier\w*"
           r"|aktualisier\w*|bevestig\w*|controleer\w*|actualiz\w*|atualiz\w*|mettre\s+a\s+jour)")
_CARD = (r"(?:card|payment|carta|pagamento|tarjeta|pago|carte|paiement|karte|kreditkarte|zahlung\w*|cartao|betaling|kaart"
         r"|billing|facturation)")
PAYMENT = re.compile(
    rf"\b{_VERIFY}\b.{{0,40}}?\b{_CARD}\b|\b{_CARD}\b.{{0,40}}?\b{_VERIFY}\b"
    r"|\b(?:charged|billed|debited)\s+twice\b|\bdouble\s+(?:charge|payment)\b|\baddebitat[ao]\s+due\s+volte\b"
    r"|\bcobrad[ao]\s+dos\s+veces\b|\bdebitee?\s+deux\s+fois\b|\bdoppelt\s+(?:abgebucht|belastet)\b"
    r"|\bcobrad[ao]\s+duas\s+vezes\b|\btwee\s*keer\s+(?:afgeschreven|betaald)\b",
    re.S,
)
UPLOADS = re.compile(r"/uploads?/", re.I)  # besides the kit folders of broken-into sites (lures.KIT_PATH)


def platform_of(domain: str) -> str | None:
    """The platform whose relay or own notices a From domain belongs to."""
    registrable = registrable_domain(domain)
    if registrable == _HOMEAWAY:
        return "vrbo.com"
    return registrable if registrable in PLATFORMS else None


def is_relayed(domain: str, platform: str) -> bool:
    """Whether the address is one of the platform's relay addresses (a person's message), not its own notice."""
    return host_in(domain, PLATFORMS[platform][0]) is not None


def foreign_links(message, platform: str) -> list:
    """Links outside the platform's own domains and outside any known company's."""
    own = PLATFORMS[platform][1]
    brands = brand_data()
    found = []
    for url in message.urls:
        if url.kind not in ("link", "bare", "redirect") or not url.host_ascii:
            continue
        if url.domain in own or brands.owner(url.domain) is not None:
            continue
        found.append(url)
    return found


def risky_kind(url, platform: str) -> str | None:
    """Why a link is not one a real host or guest sends, or None."""
    lists = url_lists()
    if url.is_ip:
        return "a bare IP address"
    if host_in(url.host_ascii, lists.shorteners):
        return "a shortened link"
    if host_in(url.host_ascii, lists.hosting):
        return "free hosting"
    if KIT_PATH.search(url.path_and_query) or UPLOADS.search(url.path_and_query):
        return "a site's upload folder"
    host = url.host_ascii.lower()
    if any(name in host for name in PLATFORMS[platform][2]):
        return f"a host borrowing {platform}'s name"
    return None


async def check(message, policy, context) -> list[Hit]:
    platform = platform_of(message.from_domain)
    if platform is None:
        return []
    links = foreign_links(message, platform)
    if not links:
        return []
    for url in links:
        why = risky_kind(url, platform)
        if why:
            return [Hit("RELAY_FOREIGN_LINK", f"{message.from_domain} message links to {url.host} ({why})")]
    if is_relayed(message.from_domain, platform) and PAYMENT.search(fold_text(message.visible_text[:5000])):
        return [Hit("RELAY_FOREIGN_LINK", f"{message.from_domain} message about a card or a payment links to "
                                          f"{links[0].host}")]
    return []
