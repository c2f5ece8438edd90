"""Run the stages, add up the scores, pick the verdict and the action.

The whole idea of the engine fits here: each stage returns hits for its
declared symbols; a stage that raises becomes a STAGE_FAILED symbol and the
scan goes on; a final hit stops the scan early; symbols that name a verdict
(malware, phishing, policy) decide it, otherwise the score against the
policy's thresholds does.
"""

from __future__ import annotations

import logging
import time
from types import ModuleType

from rempart.engine import stages as stage_registry
from rempart.engine.context import Context
from rempart.engine.message import Message
from rempart.engine.policy import Policy
from rempart.engine.verdict import Action, Result, Symbol, SymbolDef, Verdict

log = logging.getLogger("rempart.engine")

STAGE_FAILED = SymbolDef("STAGE_FAILED", 0.0, "A check could not run; its opinion is missing")

# When two symbols name verdicts, the more serious wins.
_SEVERITY = [Verdict.MALWARE, Verdict.POLICY, Verdict.PHISHING]


class Pipeline:
    """The ordered stages and their symbol table; build once, scan many."""

    def __init__(self, modules: list[ModuleType] | None = None) -> None:
        self.modules = modules if modules is not None else stage_registry.load()
        self.symbols = stage_registry.all_symbols(self.modules)
        self.symbols[STAGE_FAILED.name] = STAGE_FAILED

    async def scan(self, message: Message, policy: Policy, context: Context) -> Result:
        symbols: list[Symbol] = []
        named: set[Verdict] = set()
        for module in self.modules:
            started = time.perf_counter()
            try:
                hits = await module.check(message, policy, context)
            except Exception as exc:  # a stage never takes the scan down
                log.exception("stage %s failed", module.NAME)
                symbols.append(Symbol(STAGE_FAILED.name, 0.0, f"{module.NAME}: {exc.__class__.__name__}: {exc}"))
                continue
            final = False
            for hit in hits:
                definition = self.symbols.get(hit.symbol)
                if definition is None:
                    log.error("stage %s emitted undeclared symbol %s", module.NAME, hit.symbol)
                    continue
                score = hit.score if hit.score is not None else policy.symbol_scores.get(hit.symbol, definition.score)
                symbols.append(Symbol(hit.symbol, score, hit.detail))
                if definition.verdict is not None:
                    named.add(definition.verdict)
                final = final or hit.final
            log.debug("stage %s took %.2f ms", module.NAME, (time.perf_counter() - started) * 1000)
            if final:
                break
        return self.decide(symbols, named, policy, context)

    def decide(self, symbols: list[Symbol], named: set[Verdict], policy: Policy, context: Context) -> Result:
        score = sum(s.score for s in symbols)
        verdict = next((v for v in _SEVERITY if v in named), None)
        if verdict is None:
            if score >= policy.spam_score:
                verdict = Verdict.SPAM
            elif Verdict.BULK in named:
                verdict = Verdict.BULK
            else:
                verdict = Verdict.CLEAN
        action = policy.action_for(verdict)
        # A policy rule may ask for quarantine or reject whatever the action for its verdict
        # (an attachment rule, encrypted content): the stage says which in the notes.
        requested = context.notes.get("policy_action")
        if verdict is Verdict.POLICY and requested in (Action.QUARANTINE.value, Action.REJECT.value):
            action = Action(requested)
        if verdict is Verdict.SPAM and score >= policy.reject_score:
            action = Action.REJECT
        tempfail = context.notes.get("tempfail")
        if tempfail and verdict in (Verdict.CLEAN, Verdict.BULK, Verdict.SPAM):
            action = Action.TEMPFAIL
        return Result(
            verdict=verdict,
            action=action,
            score=score,
            symbols=symbols,
            auth=dict(context.auth),
            reason=explain(verdict, symbols, self.symbols, tempfail),
            redirect_to=policy.redirect_to if action is Action.REDIRECT else None,
            category=context.notes.get("category", ""),
        )


def explain(verdict: Verdict, symbols: list[Symbol], table: dict[str, SymbolDef], tempfail: str | None = None) -> str:
    """One sentence an admin (or a remote sender, for a reject) can read."""
    if tempfail:
        return tempfail
    if verdict is Verdict.CLEAN:
        return "No threat found"
    deciding = [s for s in symbols if table.get(s.name) and table[s.name].verdict is verdict]
    if not deciding:
        deciding = sorted((s for s in symbols if s.score > 0), key=lambda s: -s.score)[:3]
    parts = []
    for s in deciding:
        description = table[s.name].description if s.name in table else s.name
        parts.append(f"{description}" + (f" ({s.detail})" if s.detail else ""))
    return f"{verdict.value.capitalize()}: " + "; ".join(parts)


_default: Pipeline | None = None


async def scan(message: Message, policy: Policy, context: Context) -> Result:
    """Scan with the default stage set (built on first use)."""
    global _default
    if _default is None:
        _default = Pipeline()
    return await _default.scan(message, policy, context)
