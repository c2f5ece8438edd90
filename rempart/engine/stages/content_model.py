"""Content model: how much the words, HTML, headers and links of a message look like spam.

The shipped linear model (rempart.engine.model) gives a calibrated spam
probability; the organisation's own learning from feedback
(rempart.engine.learning), when the context carries it, shifts that
probability's log-odds for the messages that resemble what its people
released or reported.

The points grow with the log-odds (:func:`points`) rather than by steps:
fixed bands gave 80% and 94% the same score, and cross-validation on the
corpus (benchmarks/accuracy.py) showed the steps cost about one spam in
six of those missed, at the same false positives. From 50% up the points
are ``SPAM_SLOPE * log-odds + SPAM_OFFSET`` (2.0 at 50%, 3.4 at 80%, 4.9 at
95%, the default spam threshold 5.0 at 95.3%, at most 6.0); below 20% they
are negative, down to -1.0; in between the model has no opinion. The
symbol's name still says which band the probability falls in, for the
explanation; a policy that sets a band symbol's score replaces the points
with that score.
"""

from __future__ import annotations

import math

from rempart.engine import features
from rempart.engine.model import Model, shipped, sigmoid
from rempart.engine.verdict import Hit, SymbolDef

NAME = "content_model"

# Points from the log-odds (see the module docstring); chosen on cross-validated scores of the corpus.
# With the character grams (features.CHAR_GRAM) the ham the model scores between 95% and 97%
# grew rare: in accuracy.py's folds, 1.0/2.0 missed 41 spam for 5 false positives where 0.95/1.7
# (the threshold at 97%) missed 53 for 4; 1.05/2.0 missed 36 but flagged 8.
SPAM_SLOPE = 1.0
SPAM_OFFSET = 2.0
SPAM_CEILING = 6.0
HAM_SLOPE = 0.5
# The model learnt legitimate mail from 2002 and from today's notices and newsletters, and today's
# phishing looks like the latter: its "legitimate" may not cancel much of what the other stages find.
# On the corpus the floor changes nothing (no legitimate message sits near the threshold with a ham
# band: -1.5, -1.0 and -0.5 give the same 5-fold figures); the samples' legitimate mail stays under 4.
HAM_FLOOR = -1.0

# The scores declared here are each band's points at its lower edge (its upper edge for the ham
# bands): what an admin sees listed; the stage gives the exact points of the probability.
SYMBOLS = [
    SymbolDef("BAYES_SPAM_99", 6.0, "Content model: almost certainly spam (probability at least 99%)"),
    SymbolDef("BAYES_SPAM_97", 5.5, "Content model: spam (probability 97-99%)"),
    SymbolDef("BAYES_SPAM_95", 4.9, "Content model: very likely spam (probability 95-97%)"),
    SymbolDef("BAYES_SPAM_80", 3.4, "Content model: likely spam (probability 80-95%)"),
    SymbolDef("BAYES_SPAM_50", 2.0, "Content model: leaning towards spam (probability 50-80%)"),
    SymbolDef("BAYES_HAM_80", -0.7, "Content model: likely legitimate (spam probability 5-20%)"),
    SymbolDef("BAYES_HAM_95", -1.0, "Content model: very likely legitimate (spam probability 1-5%)"),
    SymbolDef("BAYES_HAM_99", -1.0, "Content model: almost certainly legitimate (spam probability under 1%)"),
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


def points(logit: float) -> float | None:
    """The score for the model's log-odds; None between 20% and 50%, where it has no opinion."""
    if logit >= 0.0:
        return min(SPAM_SLOPE * logit + SPAM_OFFSET, SPAM_CEILING)
    if logit < _HAM_BELOW:
        return max(HAM_SLOPE * logit, HAM_FLOOR)
    return None


_HAM_BELOW = math.log(0.2 / 0.8)


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
    symbol, score = band(probability), points(logit + adjustment)
    if symbol is None or score is None:
        return []
    detail = f"spam probability {probability:.3f}"
    if adjustment:
        detail += f" (organisation learning {adjustment:+.2f} log-odds)"
    rescored = symbol in policy.symbol_scores
    return [Hit(symbol, detail, score=None if rescored else round(score, 2))]
