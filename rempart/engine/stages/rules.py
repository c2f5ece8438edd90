"""The heuristic rules of ``data/rules.toml``: one symbol per rule that fires.

The symbols (names, scores, descriptions) are declared from the data file
when this module is imported, so the admin's reference page lists them like
any other stage's. The rules are compiled once per process.
"""

from __future__ import annotations

from rempart.engine import rules
from rempart.engine.verdict import Hit, SymbolDef

NAME = "rules"

RULESET = rules.default_ruleset()

SYMBOLS = [SymbolDef(rule.name, rule.score, rule.description) for rule in RULESET.rules]


async def check(message, policy, context) -> list[Hit]:
    return [Hit(rule.name, detail) for rule, detail in RULESET.evaluate(message, context)]
