"""Collaboration platforms: their genuine notices carrying a stranger who poses as security staff or a brand.

GitHub and Microsoft Teams mail their users what other people wrote: an
issue that mentions them, a chat from another organisation. The notice is
the platform's own (its address, its signature, its links), so every check
passes, and since 2024 three kinds of campaign have used exactly that:

- GITHUB_FAKE_SECURITY_ALERT: an issue or a comment, mailed by GitHub's
  notifications to everybody it mentions, that poses as "the GitHub
  Security Team" ("Security alert: unusual access attempt", "a security
  vulnerability was detected in your repository") and sends the reader to
  a page outside GitHub, or to GitHub's own consent page for a stranger's
  OAuth app, which then holds the reader's repositories. GitHub's real
  alerts (Dependabot, sign-in notices) come from their own addresses and
  link to GitHub's settings, never through an issue.
- TEAMS_EXTERNAL_HELPDESK: Teams' notice of a chat from outside the
  organisation ("IT Help Desk (External) sent you a message"), whose account
  is named as IT support, a help desk, a security team or Microsoft: the
  call that follows an e-mail bomb and ends with remote access to the
  reader's computer. The organisation's own IT never writes as an external
  account.
- FORM_BRAND_LURE: Google's or Microsoft's invitation to fill in a
  stranger's form (or its receipt), whose title or note names a brand or a
  public body the inviter does not belong to (an ANAF refund, "Itau - card
  validation"), asks for what no form should hold (card numbers and their
  codes, passwords and PINs, a work-account sign-in, a wallet's recovery
  phrase, a social security number), or gives a number to call about a
  charge "if you did not authorise it". The platform signs the notice and
  links to its own forms, so every check passes; a company's real survey
  names nobody else and asks for none of that.
"""

from __future__ import annotations

import re

from rempart.engine.domains import brand_data, fold_text, registrable_domain
from rempart.engine.message import ADDRESS_IN_TEXT, parse_addresses
from rempart.engine.stages.sender import brands_named
from rempart.engine.verdict import Hit, SymbolDef, Verdict

NAME = "collaboration"

SYMBOLS = [
    SymbolDef("GITHUB_FAKE_SECURITY_ALERT", 4.0, "A GitHub notification of an issue or a comment posing as GitHub's "
              "security team, linking outside GitHub or to the consent page of a stranger's app", Verdict.PHISHING),
    SymbolDef("FORM_BRAND_LURE", 4.0, "Google's or Microsoft's invitation to a stranger's form that poses as a brand or a "
              "public body, or asks for card details, passwords, a sign-in or a recovery phrase", Verdict.PHISHING),
    SymbolDef("TEAMS_EXTERNAL_HELPDESK", 4.0, "A Teams notice of a chat from outside the organisation by an account "
              "named as IT support, a help desk or Microsoft (the call that ends with remote access)", Verdict.PHISHING),
]

GITHUB_NOTIFICATIONS = "notifications@github.com"
# The words of the impostor, read on lower-cased, accent-free text: a security team signing, an alert's headline.
GITHUB_SECURITY_POSE = re.compile(
    r"\bgithub\s+(?:security|trust\s+(?:&|and)\s+safety|support)\s+team\b"
    r"|\bunusual\s+(?:access|login|sign-?in)\s+attempt\b|\blogin\s+attempt\s+on\s+your\s+(?:github\s+)?account\b"
    r"|\bsecure\s+your\s+(?:github\s+)?account\s+immediately\b"
)
GITHUB_HOSTS = frozenset({"github.com", "githubusercontent.com", "github.io", "githubassets.com", "ghcr.io"})
OAUTH_CONSENT = re.compile(r"^https?://github\.com/login/oauth/authorize\?", re.I)

TEAMS_SENDERS = frozenset({"teams.microsoft.com", "email.teams.microsoft.com", "teams.mail.microsoft"})
# "<name> (External) sent you a message" in the languages Teams writes it.
TEAMS_EXTERNAL = re.compile(r"^(.{2,80}?)\s*\((?:external|externe|extern|externo|esterno|externa)\)", re.M | re.I)
HELPDESK_NAME = re.compile(
    r"\b(?:help\s*-?\s*desk|service\s*-?\s*desk|it\s*-?\s*(?:support|department|team|services?|admin\w*|security)"
    r"|tech(?:nical)?\s+support|support\s+(?:technique|informatique)|security\s+(?:team|operations|center|centre|desk)"
    r"|microsoft|office\s*365|m365|administrator|sysadmin|soporte\s+(?:tecnico|it)|assistenza\s+(?:tecnica|it)"
    r"|informatique|edv|it-abteilung)\b"
)


FORMS_SENDERS = frozenset({"forms-receipts-noreply@google.com", "noreply@forms.office.com"})
# What a form must not collect, on folded text (lower case, no accents); Google's own warning ("never submit
# passwords through Google Forms") is taken out of the text first.
FORM_SENSITIVE = re.compile(
    r"\b(?:card\s+(?:details|number|data)|datos\s+de\s+(?:su\s+|tu\s+|la\s+)?tarjeta|dados\s+do\s+cartao"
    r"|datele\s+cardului|donnees\s+(?:de\s+(?:votre\s+)?)?carte|kartendaten|cvv2?|cvc|codigo\s+de\s+seguridad"
    r"|passwords?|contrasenas?|senhas?|parola\s+(?:ta|dvs|contului)|mot\s+de\s+passe|passwort|\bpin\b|seed\s+phrase|recovery\s+phrase"
    r"|secret\s+recovery|social\s+security\s+number|\bssn\b"
    r"|sign\s+in\s+with\s+your\s+(?:work|company|office|school|microsoft|corporate)\s+(?:account|e-?mail|credentials))"
)
# A form's receipt or invitation with a charge to dispute by phone: the callback scam in Google's own mail.
FORM_CALLBACK = re.compile(r"\bif\s+you\s+(?:did\s+not|didn'?t|have\s+not)\s+(?:\S+\s+){0,4}?(?:authori[sz]e|make|place|request)"
                           r"\b[^\n]{0,80}?\b(?:call|phone|dial|contact)\b[^\n]{0,40}?\+?\d[\d\s().-]{8,}\d")
FORMS_DISCLAIMER = re.compile(r"[^.\n]*\b(?:google|microsoft\s+forms|never\s+give\s+out\s+your\s+password)\b[^.\n]*")


def form_lure(message) -> str | None:
    """Why Google's or Microsoft's invitation to a stranger's form is a lure (the brand it poses as, what it asks
    for), or None."""
    if message.from_address.lower() not in FORMS_SENDERS:
        return None
    # Addresses are taken out: a receipt shows the respondent's (someone@yahoo.com names no brand).
    shown = ADDRESS_IN_TEXT.sub(" ", f"{message.subject}\n{message.visible_text[:2000]}")
    inviters = {registrable_domain(address.rpartition("@")[2].lower())
                for value in message.header_all("Reply-To") for _name, address in parse_addresses((value,)) if "@" in address}
    for brand in brands_named(shown):
        platform = brand.owns(registrable_domain(message.from_domain))  # Google's or Microsoft's own footer
        if not platform and not any(brand.owns(domain) for domain in inviters):
            return f"poses as {brand.name}"
    text = FORMS_DISCLAIMER.sub(" ", fold_text(shown))
    asked = FORM_SENSITIVE.search(text)
    if asked:
        return f'asks for "{asked.group()}"'
    callback = FORM_CALLBACK.search(text)
    return "gives a number to call about a charge" if callback else None


def github_lure(message) -> str | None:
    """Where a GitHub notification posing as GitHub's security team sends the reader, or None."""
    if message.from_address.lower() != GITHUB_NOTIFICATIONS:
        return None
    text = fold_text(f"{message.subject}\n{message.visible_text[:3000]}")
    if not GITHUB_SECURITY_POSE.search(text):
        return None
    brands = brand_data()
    for url in message.urls:
        if url.kind not in ("link", "bare") or not url.host_ascii:
            continue
        if OAUTH_CONSENT.match(url.url):
            return "GitHub's consent page for a stranger's app"
        if url.domain not in GITHUB_HOSTS and brands.owner(url.domain) is None:
            return url.host
    return None


def teams_helpdesk(message) -> str | None:
    """The name of an external Teams account that poses as IT support or Microsoft, or None."""
    if message.from_domain.lower() not in TEAMS_SENDERS:
        return None
    for source in (message.subject, message.visible_text[:1500]):
        for found in TEAMS_EXTERNAL.finditer(source):
            name = found.group(1).strip()
            if HELPDESK_NAME.search(fold_text(name)):
                return name
    return None


async def check(message, policy, context) -> list[Hit]:
    hits = []
    lure = github_lure(message)
    if lure:
        hits.append(Hit("GITHUB_FAKE_SECURITY_ALERT", f"an issue posing as GitHub security sends the reader to {lure}"))
    form = form_lure(message)
    if form:
        hits.append(Hit("FORM_BRAND_LURE", f"a form from {message.header('Reply-To')[:60] or 'a stranger'} {form}"))
    name = teams_helpdesk(message)
    if name:
        hits.append(Hit("TEAMS_EXTERNAL_HELPDESK", f"a chat from the external account \u201c{name[:60]}\u201d"))
    return hits
