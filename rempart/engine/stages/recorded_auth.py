"""What the server that received a saved message recorded about its authentication.

``rempart scan`` judges messages that another server received: offline it
cannot check SPF, DKIM or DMARC itself (they come out temperror), but the
receiving server did, and wrote its findings in the topmost
Authentication-Results field (RFC 8601; Gmail, Microsoft 365 and most
providers add one). This stage reads that field, only for a saved message
(``context.saved_message``) and only for a method whose own check could not
conclude.

Only failures count. A sender can forge an Authentication-Results field,
but one it adds sits below the receiver's, and a forged failure would only
accuse itself; a forged pass is never believed. The gateway never runs
this stage's reading: it is the receiver, and checks for itself.
"""

from __future__ import annotations

import re

from rempart.engine.verdict import Hit, SymbolDef

NAME = "recorded_auth"

SYMBOLS = [
    SymbolDef("RECORDED_DMARC_FAIL", 1.0,
              "The receiving server recorded that DMARC failed: the From domain did not authenticate this message"),
    SymbolDef("RECORDED_SPF_FAIL", 1.0,
              "The receiving server recorded that SPF failed: the sending server is not one the domain allows"),
    SymbolDef("RECORDED_DKIM_FAIL", 0.5, "The receiving server recorded a DKIM signature that did not verify"),
    SymbolDef("RECORDED_COMPAUTH_FAIL", 1.5,
              "The receiving server (Microsoft 365) recorded that the sender failed composite authentication: "
              "a likely spoof of the From domain"),
]

# Own results that mean "could not check": only then is the receiver's record read.
_UNCHECKED = {None, "temperror", "permerror", "dnsfail"}
_RESULT = re.compile(r"(?:^|[;\s])(spf|dkim|dmarc|compauth|arc)\s*=\s*([a-z]+)", re.I)
# What the domain owner asked for, as Gmail ("p=REJECT") and Microsoft ("action=oreject") record it.
_DMARC_POLICY = re.compile(r"\bdmarc\s*=\s*fail\b[^;]*?\b(?:p|action)\s*=\s*(\w+)", re.I)
_DMARC_SCORES = {"reject": 4.0, "oreject": 4.0, "quarantine": 3.0, "none": 1.0}
_SPF_SCORES = {"fail": 1.0, "softfail": 0.5}


def recorded_results(value: str) -> dict[str, set[str]]:
    """Each method's results in one Authentication-Results value, lower-case ("dkim": {"pass", "fail"})."""
    found: dict[str, set[str]] = {}
    for method, result in _RESULT.findall(value):
        found.setdefault(method.lower(), set()).add(result.lower())
    return found


async def check(message, policy, context) -> list[Hit]:
    if not getattr(context, "saved_message", False):
        return []
    values = message.header_all("Authentication-Results")
    if not values:
        return []
    value = " ".join(values[0].split())
    recorded = recorded_results(value)
    own = context.auth
    hits: list[Hit] = []
    if own.get("dmarc") in _UNCHECKED and "fail" in recorded.get("dmarc", ()):
        asked = _DMARC_POLICY.search(value)
        score = _DMARC_SCORES.get(asked.group(1).lower(), 1.0) if asked else 1.0
        hits.append(Hit("RECORDED_DMARC_FAIL", _detail(value, "dmarc"), score))
        if not _overridden(recorded) and (score >= _DMARC_SCORES["quarantine"] or _unsigned_and_refused(recorded)):
            context.notes["recorded_spoof"] = True
    spf = recorded.get("spf", set())
    if own.get("spf") in _UNCHECKED and spf & _SPF_SCORES.keys():
        result = "fail" if "fail" in spf else "softfail"
        hits.append(Hit("RECORDED_SPF_FAIL", _detail(value, "spf"), _SPF_SCORES[result]))
    dkim = recorded.get("dkim", set())
    if own.get("dkim") in _UNCHECKED and "fail" in dkim and "pass" not in dkim:
        hits.append(Hit("RECORDED_DKIM_FAIL", _detail(value, "dkim")))
    if own.get("dmarc") in _UNCHECKED and "fail" in recorded.get("compauth", ()):
        hits.append(Hit("RECORDED_COMPAUTH_FAIL", _detail(value, "compauth")))
    # Later stages ask whether the From domain was forged (a message "from" the organisation that failed is not its own).
    context.notes["recorded_failures"] = frozenset(h.symbol for h in hits)
    return hits


def _unsigned_and_refused(recorded: dict[str, set[str]]) -> bool:
    """No signature vouched for the message, and the envelope domain's SPF refused the sending server outright or
    Microsoft's composite authentication judged the From domain spoofed."""
    refused = "fail" in recorded.get("spf", ()) or "fail" in recorded.get("compauth", ())
    return refused and "pass" not in recorded.get("dkim", ())


def _overridden(recorded: dict[str, set[str]]) -> bool:
    """The receiver let the failure pass: a trusted forwarder's ARC seal, or Microsoft's composite authentication."""
    return "pass" in recorded.get("arc", ()) or "pass" in recorded.get("compauth", ())


def _detail(value: str, method: str) -> str:
    found = re.search(rf"(?:^|[;\s])({method}\s*=\s*[a-z]+[^;]*)", value, re.I)
    return (found.group(1) if found else method)[:160]
