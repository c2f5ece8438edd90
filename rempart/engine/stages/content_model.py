"""Content model: how much the words, HTML, headers and links of a message look like spam.

The shipped linear model (rempart.engine.model) gives a calibrated spam
probability; the organisation's own learning from feedback
(rempart.engine.learning), when the context carries it, shifts that
probability's log-odds for the messages that resemble what its people
released or reported. The probability falls in one band of :data:`BANDS`
and the band's symbol is emitted: positive scores from 50 % up, negative
ones for messages the model is sure are legitimate, nothing in between.

The bands' limits are here, their scores in ``SYMBOLS`` (an admin can
override them per policy). ``BAYES_SPAM_99`` and ``BAYES_SPAM_97`` reach the
default spam threshold (5.0) on their own; the lower bands need other
evidence to add up. The limits and scores were chosen on cross-validated
scores of the corpus (benchmarks/accuracy.py): at 97% the model alone flags
under 0.1% of legitimate mail. Figures for each band are printed by
scripts/train_model.py.
"""

from __future__ import annotations

from rempart.engine import features
from rempart.engine.model import Model, shipped, sigmoid
from rempart.engine.verdict import Hit, SymbolDef

NAME = "content_model"

SYMBOLS = [
    SymbolDef("BAYES_SPAM_99", 5.5, "Content model: almost certainly spam (probability at least 99%)"),
    SymbolDef("BAYES_SPAM_97", 5.0, "Content model: spam (probability 97-99%)"),
    SymbolDef("BAYES_SPAM_95", 4.5, "Content model: very likely spam (probability 95-97%)"),
    SymbolDef("BAYES_SPAM_80", 3.0, "Content model: likely spam (probability 80-95%)"),
    SymbolDef("BAYES_SPAM_50", 1.5, "Content model: leaning towards spam (probability 50-80%)"),
    SymbolDef("BAYES_HAM_80", -0.5, "Content model: likely legitimate (spam probability 5-20%)"),
    SymbolDef("BAYES_HAM_95", -1.0, "Content model: very likely legitimate (spam probability 1-5%)"),
    SymbolDef("BAYES_HAM_99", -1.5, "Content model: almost certainly legitimate (spam probability under 1%)"),
]

# (symbol, lowest spam probability, highest) — first match wins; gaps emit nothing.
BANDS: tuple[tuple[str, float, float], ...] = (
    ("BAYES_SPAM_99", 0.99, 1.0),
    ("BAYES_SPAM_97", 0.97, 0.99),
    ("BAYES_SPAM_95", 0.95, 0.97),
    ("BAYES_SPAM_80", 0.80, 0.95),
    ("BAYES_SPAM_50", 0.50, 0.80),
    ("BAYES_HAM_99", 0.0, 0.01),
    ("BAYES_HAM_95", 0.01, 0.05),
    ("BAYES_HAM_80", 0.05, 0.20),
)

_override: Model | None = None


def use_model(model: Model | None) -> None:
    """Score with this model instead of the shipped one (None: back to the shipped one).

    For benchmarks that train on some folds and score the others in process.
    """
    global _override
    _override = model


def active_model() -> Model:
    return _override if _override is not None else shipped()


def band(probability: float) -> str | None:
    """The symbol of the band the probability falls in, or None between bands."""
    for symbol, low, high in BANDS:
        if low <= probability < high or (high == 1.0 and probability >= low):
            return symbol
    return None


async def check(message, policy, context) -> list[Hit]:
    model = active_model()
    indices, values = features.extract(message, model.bits)
    logit = model.logit(indices, values)
    adjustment = 0.0
    learning = getattr(context, "learning", None)
    if learning is not None and learning.fits(model):
        adjustment = learning.adjustment(indices, values)
    probability = sigmoid(logit + adjustment)
    context.notes["content_model"] = {"probability": probability, "adjustment": adjustment}
    symbol = band(probability)
    if symbol is None:
        return []
    detail = f"spam probability {probability:.3f}"
    if adjustment:
        detail += f" (organisation learning {adjustment:+.2f} log-odds)"
    return [Hit(symbol, detail)]
