"""Antivirus: the whole raw message, once, through the injected scanner (clamd).

clamd decodes MIME, archives and documents itself, so one scan of the raw
message covers every attachment; decoding parts here would only do the
work twice. A detection is final: malware needs no further opinion.

With no antivirus configured at all (the embedded default runs no other
server), the message passes with AV_NOT_CONFIGURED: the operator chose
that, and the gateway says so loudly at start. When a configured clamd
cannot scan (down, too slow), the policy's ``antivirus_unavailable`` decides: "tempfail"
(the default) asks the sender to retry later, so no unscanned mail gets
through while clamd restarts; "accept" lets it through with a warning
symbol.

A message larger than clamd's StreamMaxLength will never be scanned, so a
retry cannot help it: under "tempfail" it is refused as a policy matter
(AV_TOO_LARGE_REFUSED; the policy's action for that verdict applies, reject
by default, quarantine if the organisation prefers), rather than asked
back for days; under "accept" it passes with AV_TOO_LARGE.
"""

from __future__ import annotations

import logging

from rempart.engine.clamd import AntivirusUnavailable, StreamTooLarge
from rempart.engine.verdict import Hit, SymbolDef, Verdict

log = logging.getLogger("rempart.engine.antivirus")

NAME = "antivirus"

SYMBOLS = [
    SymbolDef("CLAM_VIRUS", 100.0, "Antivirus found malware", Verdict.MALWARE),
    SymbolDef("AV_UNAVAILABLE", 0.0, "Antivirus could not scan the message"),
    SymbolDef("AV_NOT_CONFIGURED", 0.0, "No antivirus is configured; the message was not scanned by clamd"),
    SymbolDef("AV_TOO_LARGE", 0.0, "Message is larger than the antivirus scans; not scanned"),
    SymbolDef(
        "AV_TOO_LARGE_REFUSED", 0.0,
        "Message is larger than the antivirus scans, and the policy refuses unscanned mail",
        Verdict.POLICY,
    ),
]

TEMPFAIL_REASON = "Antivirus unavailable, try again later"


async def check(message, policy, context) -> list[Hit]:
    if context.antivirus is None:
        return [Hit("AV_NOT_CONFIGURED", "no antivirus configured (REMPART_CLAMD is not set)")]
    try:
        name = await context.antivirus.scan(message.raw)
    except StreamTooLarge:
        # The detail may reach the sender in a refusal: no address in it.
        detail = f"{message.size} bytes, more than the antivirus's StreamMaxLength"
        if policy.antivirus_unavailable == "accept":
            return [Hit("AV_TOO_LARGE", detail)]
        return [Hit("AV_TOO_LARGE_REFUSED", detail, final=True)]
    except AntivirusUnavailable as exc:
        return _unavailable(policy, context, str(exc))
    except Exception as exc:
        # Any failure of the scanner means the message went unscanned; that
        # must follow the policy (fail closed by default), not pass as a
        # mere STAGE_FAILED.
        log.exception("antivirus failed")
        return _unavailable(policy, context, f"{exc.__class__.__name__}: {exc}")
    if name:
        return [Hit("CLAM_VIRUS", name, final=True)]
    return []


def _unavailable(policy, context, detail: str) -> list[Hit]:
    if policy.antivirus_unavailable != "accept":
        context.notes["tempfail"] = TEMPFAIL_REASON
    return [Hit("AV_UNAVAILABLE", detail)]
