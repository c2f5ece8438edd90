"""Every check the engine makes, one module each, in the order they run.

A stage module declares ``NAME``, ``SYMBOLS`` (a list of SymbolDef) and
``async def check(message, policy, context) -> list[Hit]``. Adding a check
means adding a module here and its name to ``ORDER``.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from rempart.engine.verdict import SymbolDef

# Cheap, certain stages first: a blocked sender or a virus stops the rest.
ORDER: tuple[str, ...] = (
    "lists",
    "relations",
    "attachment_policy",
    "size",
    "antivirus",
    "signatures",
    "attachments",
    "client",
    "spf",
    "dkim",
    "arc",
    "dmarc",
    "recorded_auth",
    "content_model",
    "qr",
    "urls",
    "sender",
    "lures",
    "shares",
    "relays",
    "collaboration",
    "meetings",
    "dnsbl",
    "rules",
    "bulk",
)


def load(names: tuple[str, ...] = ORDER) -> list[ModuleType]:
    return [importlib.import_module(f"{__name__}.{name}") for name in names]


def all_symbols(modules: list[ModuleType] | None = None) -> dict[str, SymbolDef]:
    """Every declared symbol by name, for scoring and for the admin's reference page."""
    symbols: dict[str, SymbolDef] = {}
    for module in modules or load():
        for symbol in module.SYMBOLS:
            symbols[symbol.name] = symbol
    return symbols
