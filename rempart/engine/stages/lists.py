"""Allow and block lists of the organisation: sender address, domain, client IP.

A block is final (nothing else needs saying). An allow weighs the score
towards clean but proves nothing about content: a virus from an allowed
partner is still malware, because a symbol that names a verdict wins over
the score.
"""

from __future__ import annotations

from rempart.engine.verdict import Hit, SymbolDef, Verdict

NAME = "lists"

SYMBOLS = [
    SymbolDef("BLOCKLIST_SENDER", 100.0, "Sender address or domain is on the organisation's block list", Verdict.POLICY),
    SymbolDef("BLOCKLIST_IP", 100.0, "Connecting IP is on the organisation's block list", Verdict.POLICY),
    SymbolDef("ALLOWLIST_SENDER", -100.0, "Sender address or domain is on the organisation's allow list"),
    SymbolDef("ALLOWLIST_IP", -100.0, "Connecting IP is on the organisation's allow list"),
]


def _senders(message, context) -> list[str]:
    senders = [context.envelope.mail_from, message.from_address]
    return [s for s in senders if s]


async def check(message, policy, context) -> list[Hit]:
    ip = context.envelope.client_ip
    for sender in _senders(message, context):
        entry = policy.block.match_address(sender)
        if entry:
            return [Hit("BLOCKLIST_SENDER", f"{sender} matches block entry {entry}", final=True)]
    entry = policy.block.match_ip(ip)
    if entry:
        return [Hit("BLOCKLIST_IP", f"{ip} is in blocked network {entry}", final=True)]
    hits = []
    entry = policy.allow.match_ip(ip)
    if entry:
        hits.append(Hit("ALLOWLIST_IP", f"{ip} is in allowed network {entry}"))
    # Only the envelope sender and From together prove an allowed sender;
    # From alone is trivially forged.
    mail_from, header_from = context.envelope.mail_from, message.from_address
    if header_from and policy.allow.match_address(header_from) and (
        not mail_from or policy.allow.match_address(mail_from)
    ):
        hits.append(Hit("ALLOWLIST_SENDER", f"{header_from} matches allow entry"))
    return hits
