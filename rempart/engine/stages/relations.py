"""Sender-to-recipient relations: who may, or may not, write to a recipient.

The organisation can forbid a sender (address or domain) to a recipient,
or restrict a recipient to allowed senders only ("only partners@x.example
may write to finance@"). The compiled policy of a recipient holds just its
own relations (and those of its whole domain), so this stage needs no
recipient lookup.

A forbidden sender matches on the envelope sender or the From address,
like a block list. An allowed sender must be the From address, and the
envelope sender (when there is one) must be in the same domain: From alone
is trivially forged, and the envelope sender of legitimate mail often
differs (bounce addresses) but stays in the sender's domain. Forged
domains are the authentication stages' business (DMARC), not this one's.
"""

from __future__ import annotations

from rempart.engine.verdict import Hit, SymbolDef, Verdict

NAME = "relations"

SYMBOLS = [
    SymbolDef("RELATION_FORBIDDEN", 100.0, "The organisation forbids this sender to write to this recipient",
              Verdict.POLICY),
    SymbolDef("RELATION_NOT_ALLOWED", 100.0, "This recipient accepts mail only from allowed senders",
              Verdict.POLICY),
]


def _domain(address: str) -> str:
    return address.rpartition("@")[2].strip().lower().rstrip(".")


def _in_domain(address: str, pattern: str) -> bool:
    """Whether ``address`` is in the domain of ``pattern`` (an address or a domain), subdomains included."""
    domain, wanted = _domain(address), _domain(pattern)
    return domain == wanted or domain.endswith("." + wanted)


async def check(message, policy, context) -> list[Hit]:
    relations = policy.relations
    if not relations:
        return []
    mail_from = context.envelope.mail_from if context.envelope.mail_from not in ("", "<>") else ""
    header_from = message.from_address
    for relation in relations:
        if relation.allowed:
            continue
        for sender in (mail_from, header_from):
            if relation.covers_sender(sender):
                return [Hit("RELATION_FORBIDDEN", f"{sender} may not write to {relation.recipient}", final=True)]
    allowed = [r for r in relations if r.allowed]
    if not allowed:
        return []
    for relation in allowed:
        if relation.covers_sender(header_from) and (not mail_from or _in_domain(mail_from, relation.sender)):
            return []
    recipients = ", ".join(sorted({r.recipient for r in allowed}))
    shown = header_from or mail_from or "an unknown sender"
    return [Hit("RELATION_NOT_ALLOWED", f"{shown} is not an allowed sender for {recipients}", final=True)]
