"""The vocabulary shared by every part of Rempart: symbol, hit, verdict, action."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Verdict(str, Enum):
    """What the engine concluded a message is."""

    CLEAN = "clean"
    BULK = "bulk"
    SPAM = "spam"
    PHISHING = "phishing"
    MALWARE = "malware"
    POLICY = "policy"  # refused or held by a rule of the organisation, not by content


class Action(str, Enum):
    """What the gateway does with a message; chosen by the policy per verdict."""

    DELIVER = "deliver"
    TAG = "tag"
    QUARANTINE = "quarantine"
    REDIRECT = "redirect"
    REJECT = "reject"
    DISCARD = "discard"
    TEMPFAIL = "tempfail"  # ask the sender to try again later (4xx)


@dataclass(frozen=True)
class SymbolDef:
    """A symbol a stage may emit, declared up front so an admin can read them all.

    ``verdict`` names the class of threat the symbol proves on its own
    (malware for a virus, phishing for a credential-harvesting link); most
    symbols prove nothing alone and only add to the score.
    """

    name: str
    score: float
    description: str
    verdict: Verdict | None = None


@dataclass(frozen=True)
class Hit:
    """What a stage returns: a declared symbol that fired, with a detail.

    ``final`` stops the pipeline (an EICAR needs no further opinion);
    ``score`` overrides the declared score when the stage scales it.
    """

    symbol: str
    detail: str = ""
    score: float | None = None
    final: bool = False


@dataclass(frozen=True)
class Symbol:
    """A symbol as it appears in a result: name, the score it added, why."""

    name: str
    score: float
    detail: str = ""

    def as_dict(self) -> dict:
        return {"name": self.name, "score": round(self.score, 3), "detail": self.detail}


@dataclass
class Result:
    """The engine's answer for one message."""

    verdict: Verdict
    action: Action
    score: float
    symbols: list[Symbol]
    auth: dict[str, str] = field(default_factory=dict)
    reason: str = ""
    headers: list[tuple[str, str]] = field(default_factory=list)
    redirect_to: str | None = None
    category: str = ""  # PUB, NEWS, SOCIAL, VIP, PERSO when the engine could tell

    def as_dict(self) -> dict:
        return {
            "verdict": self.verdict.value,
            "action": self.action.value,
            "score": round(self.score, 3),
            "symbols": [s.as_dict() for s in self.symbols],
            "auth": dict(self.auth),
            "reason": self.reason,
            "category": self.category,
        }

    def has(self, name: str) -> bool:
        return any(s.name == name for s in self.symbols)
