"""The organisation's attachment rules: block, quarantine or allow by extension, true type or size.

Rules come from the policy (``policy.attachment_rules``), narrowest level
first. For each file, the narrowest level that has a matching rule decides,
and within that level the strictest action wins (block, then quarantine,
then allow): a mailbox may allow what its organisation blocks, and a
domain's "allow documents" does not lift its own "block above 10 MB".

Extension and type rules apply to every file, archive members included
(an executable does not become harmless inside a ZIP); size rules to the
attachments themselves. True types come from :mod:`rempart.engine.filetype`
through the unpacking that the attachment stage shares
(:func:`rempart.engine.archives.message_files`), so nothing is decoded twice.

A block names the policy verdict (the policy's action for it applies,
reject by default) and stops the scan; a quarantine names it too and leaves
``"quarantine"`` in ``context.notes["policy_action"]``, the convention the
attachment stage uses for encrypted content.
"""

from __future__ import annotations

from dataclasses import dataclass

from rempart.engine.verdict import Hit, SymbolDef, Verdict

NAME = "attachment_policy"

SYMBOLS = [
    SymbolDef("ATTACHMENT_BLOCKED", 0.0, "Attachment refused by the organisation's attachment rules",
              Verdict.POLICY),
    SymbolDef("ATTACHMENT_QUARANTINED", 0.0, "Attachment held by the organisation's attachment rules",
              Verdict.POLICY),
]

_SEVERITY = {"allow": 0, "quarantine": 1, "block": 2}
_LEVELS = ("mailbox", "domain", "organisation")
_SHOWN = 3  # files named in a detail


@dataclass(frozen=True)
class _File:
    name: str
    shown: str  # the path in the message, archive members included
    extension: str
    category: str
    kind: str
    size: int
    top: bool  # an attachment itself, not an archive member


def _extension(name: str) -> str:
    base = name.replace("\\", "/").rpartition("/")[2].strip().rstrip(". ")
    stem, dot, ext = base.rpartition(".")
    return ext.strip().lower() if dot and stem else ""


def _files(message, context, need_types: bool) -> list[_File]:
    """The message's attachments (and archive members, when true types are available)."""
    if need_types:
        try:
            from rempart.engine import archives
        except ImportError:  # the unpacking module comes with the attachment stage
            archives = None
        if archives is not None:
            unpacked = archives.message_files(message, context.notes)
            return [
                _File(f.name, f.path, f.extension, f.type.category if f.data is not None else "",
                      f.type.kind if f.data is not None else "",
                      f.size if f.size is not None else len(f.data or b""), f.depth == 0)
                for f in unpacked.files if f.attachment
            ]
    found = []
    for index, part in enumerate(message.attachments, 1):
        name = part.filename or f"part {index}"
        found.append(_File(part.filename or "", name, _extension(part.filename or ""), "", "",
                           len(part.payload), True))
    return found


def _matches(rule, file: _File) -> bool:
    if rule.match == "extension":
        return bool(file.extension) and (file.extension == rule.value
                                         or file.name.lower().endswith("." + rule.value))
    if rule.match == "type":
        return rule.value in (file.category, file.kind)
    if rule.match == "size":
        return file.top and rule.value.isdigit() and file.size > int(rule.value)
    return False


def decide(rules, file: _File) -> tuple[str, object] | None:
    """(action, deciding rule) for one file, or None when no rule matches."""
    for level in _LEVELS:
        matching = [r for r in rules if r.level == level and _matches(r, file)]
        if matching:
            rule = max(matching, key=lambda r: _SEVERITY.get(r.action, 0))
            return rule.action, rule
    return None


def _describe(rule) -> str:
    if rule.match == "extension":
        what = f".{rule.value}"
    elif rule.match == "type":
        what = f"type {rule.value}"
    else:
        what = f"larger than {rule.value} bytes"
    return f"{rule.level} rule: {rule.action} {what}"


async def check(message, policy, context) -> list[Hit]:
    rules = policy.attachment_rules
    if not rules:
        return []
    need_types = any(r.match in ("type", "extension") for r in rules)
    decided: dict[str, list[str]] = {"block": [], "quarantine": []}
    for file in _files(message, context, need_types):
        outcome = decide(rules, file)
        if outcome is not None and outcome[0] in decided:
            decided[outcome[0]].append(f"{file.shown} ({_describe(outcome[1])})")
    if decided["block"]:
        return [Hit("ATTACHMENT_BLOCKED", "; ".join(decided["block"][:_SHOWN]), final=True)]
    if decided["quarantine"]:
        context.notes["policy_action"] = "quarantine"
        return [Hit("ATTACHMENT_QUARANTINED", "; ".join(decided["quarantine"][:_SHOWN]))]
    return []
