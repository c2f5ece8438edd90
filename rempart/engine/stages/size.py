"""Maximum message size of the policy (the SMTP limit is the gateway's own)."""

from __future__ import annotations

from rempart.engine.verdict import Hit, SymbolDef, Verdict

NAME = "size"

SYMBOLS = [
    SymbolDef("MESSAGE_TOO_BIG", 100.0, "Message is larger than the policy allows", Verdict.POLICY),
]


async def check(message, policy, context) -> list[Hit]:
    if message.size > policy.max_message_size:
        return [Hit("MESSAGE_TOO_BIG", f"{message.size} bytes > limit of {policy.max_message_size}", final=True)]
    return []
