"""The detection engine: a message and a policy in, a verdict out.

Pure Python with no Django import and no I/O of its own: DNS and clamd are
reached through the clients placed in the :class:`~rempart.engine.context.Context`.
"""

from rempart.engine.context import Context, Envelope
from rempart.engine.message import Message
from rempart.engine.pipeline import scan
from rempart.engine.policy import Policy
from rempart.engine.verdict import Action, Hit, Result, Symbol, SymbolDef, Verdict

__all__ = [
    "Action", "Context", "Envelope", "Hit", "Message", "Policy", "Result",
    "Symbol", "SymbolDef", "Verdict", "scan",
]
