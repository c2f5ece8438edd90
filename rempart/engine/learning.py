"""Per-organisation learning: feedback shifts the content model for one organisation only.

The shipped model is never retrained or touched. Each organisation owns a
sparse *delta* over the same hashed features, added to the model's
calibrated log-odds when its mail is scored. Feedback teaches it:
a message released from quarantine or reported legitimate is ham, a
reported missed spam is spam.

How a feedback message moves the delta, and why it stays safe:

- Only when the organisation's current score disagrees, or is not sure
  enough (train on error, as SpamAssassin's Bayes auto-learning does):
  reporting spam that is already scored as spam changes nothing, so
  one-sided feedback does not drift every message towards one class.
- The step moves that message's log-odds a share (``rate``) of the way
  to a confident answer, at most ``max_step`` per feedback, along the
  message's own features, so messages that share its words, links and
  senders move with it, in proportion to what they share. Features that
  most mail has (``Model.common``: header names, "the", "you") are left
  alone, so unrelated mail barely moves. A few feedback messages of a kind are needed before
  the kind changes class.
- Each feature's delta is clipped to ``±feature_limit``, the total
  adjustment of a message to ``±max_adjustment``, and the delta keeps at
  most ``max_features`` entries (the weakest are dropped), so it stays a
  few hundred kilobytes whatever the feedback.

The delta serialises to a small, versioned binary (:meth:`to_bytes`), which
the store keeps per organisation; it is tied to the feature space
(``bits``, ``feature_version``) and ignored by a model of another space.
"""

from __future__ import annotations

import struct

import numpy as np

from rempart.engine import features
from rempart.engine.message import Message
from rempart.engine.model import Model, shipped, sigmoid

_HEADER = struct.Struct("<4sBBHII")  # magic, format, bits, feature version, entries, feedback count
_MAGIC = b"RMPL"
_FORMAT = 1

# Feedback words of the product, and the class each teaches.
FEEDBACK: dict[str, bool] = {
    "released": False,  # released from quarantine by the recipient or an admin
    "reported_legitimate": False,
    "reported_spam": True,  # a missed spam reported by a user
}

TARGET_SPAM = 0.99  # learning stops once the message is this sure to be spam…
TARGET_HAM = 0.01  # …or this sure to be legitimate


class LearningError(ValueError):
    """Stored learning that cannot be read (damaged, or written by a newer format)."""


class OrganisationLearning:
    """A sparse, bounded correction of the content model's log-odds for one organisation."""

    def __init__(self, bits: int = features.DEFAULT_BITS, feature_version: int = features.FEATURE_VERSION,
                 *, rate: float = 0.5, max_step: float = 4.0, feature_limit: float = 3.0,
                 max_adjustment: float = 15.0, max_features: int = 100_000) -> None:
        self.bits = bits
        self.feature_version = feature_version
        self.rate = rate
        self.max_step = max_step
        self.feature_limit = feature_limit
        self.max_adjustment = max_adjustment
        self.max_features = max_features
        self.deltas = {}
        self.feedback_count = 0

    @property
    def deltas(self) -> dict[int, float]:
        """Bucket index -> log-odds correction."""
        return self._deltas

    @deltas.setter
    def deltas(self, value: dict[int, float]) -> None:
        self._deltas = value
        self._table = None

    def _lookup(self) -> tuple[np.ndarray, np.ndarray]:
        """The deltas as sorted arrays, rebuilt after a change: a message has thousands of features
        (character grams), too many to look up one by one in the dict on every scan."""
        if self._table is None:
            keys = np.fromiter(self._deltas.keys(), dtype=np.int64, count=len(self._deltas))
            weights = np.fromiter(self._deltas.values(), dtype=np.float64, count=len(self._deltas))
            order = np.argsort(keys)
            self._table = (keys[order], weights[order])
        return self._table

    def __len__(self) -> int:
        return len(self.deltas)

    def fits(self, model: Model) -> bool:
        """True when this learning was made over the model's feature space."""
        return model.bits == self.bits and model.feature_version == self.feature_version

    def adjustment(self, indices: np.ndarray, values: np.ndarray) -> float:
        """Log-odds to add to the model's for a message with these hashed features."""
        if not self.deltas:
            return 0.0
        keys, weights = self._lookup()
        positions = np.minimum(np.searchsorted(keys, indices), len(keys) - 1)
        found = keys[positions] == indices
        total = float(np.dot(weights[positions[found]], np.asarray(values, dtype=np.float64)[found]))
        return max(-self.max_adjustment, min(self.max_adjustment, total))

    def probability(self, message: Message | bytes, model: Model | None = None) -> float:
        """The organisation's spam probability for a message: the model's, adjusted."""
        model = model or shipped()
        indices, values = _vector(message, model)
        return sigmoid(model.logit(indices, values) + self.adjustment(indices, values))

    def learn(self, message: Message | bytes, is_spam: bool, model: Model | None = None) -> bool:
        """Learn from one feedback message; True if the delta changed (False: already agreed)."""
        model = model or shipped()
        if not self.fits(model):
            raise LearningError("this learning was made for another feature space than the model's")
        indices, values = _vector(message, model)
        if not len(indices):
            return False
        logit = model.logit(indices, values) + self.adjustment(indices, values)
        target = _logit(TARGET_SPAM if is_spam else TARGET_HAM)
        gap = target - logit
        if (gap <= 0) if is_spam else (gap >= 0):
            return False
        own = ~np.isin(indices, model.common, assume_unique=True)
        indices, values = indices[own], values[own]
        weight = float(np.dot(values, values))
        if weight == 0:
            return False
        step = max(-self.max_step, min(self.max_step, self.rate * gap)) / weight
        limit = self.feature_limit
        for index, value in zip(indices.tolist(), values.tolist()):
            delta = self.deltas.get(index, 0.0) + step * value
            self.deltas[index] = max(-limit, min(limit, delta))
        self._table = None
        self.feedback_count += 1
        self._prune()
        return True

    def learn_feedback(self, message: Message | bytes, kind: str, model: Model | None = None) -> bool:
        """Learn from feedback named in the product's words (see :data:`FEEDBACK`)."""
        if kind not in FEEDBACK:
            raise ValueError(f"unknown feedback {kind!r}; expected one of {', '.join(FEEDBACK)}")
        return self.learn(message, FEEDBACK[kind], model)

    def _prune(self) -> None:
        if len(self.deltas) <= self.max_features:
            return
        keep = int(self.max_features * 0.9)
        strongest = sorted(self.deltas.items(), key=lambda item: -abs(item[1]))[:keep]
        self.deltas = dict(strongest)

    def to_bytes(self) -> bytes:
        """A compact binary form: header, then little-endian uint32 indices and float32 deltas."""
        indices = np.fromiter(self.deltas.keys(), dtype="<u4", count=len(self.deltas))
        values = np.fromiter(self.deltas.values(), dtype="<f4", count=len(self.deltas))
        header = _HEADER.pack(_MAGIC, _FORMAT, self.bits, self.feature_version, len(indices), self.feedback_count)
        return header + indices.tobytes() + values.tobytes()

    @classmethod
    def from_bytes(cls, data: bytes, **options) -> "OrganisationLearning":
        """Read what :meth:`to_bytes` wrote; raises LearningError on anything else."""
        if len(data) < _HEADER.size:
            raise LearningError("stored learning is truncated")
        magic, version, bits, feature_version, count, feedback_count = _HEADER.unpack_from(data)
        if magic != _MAGIC or version != _FORMAT:
            raise LearningError("not stored learning, or written by a newer version")
        if len(data) != _HEADER.size + 8 * count or not 1 <= bits <= 31:
            raise LearningError("stored learning is truncated or damaged")
        body = _HEADER.size
        indices = np.frombuffer(data, dtype="<u4", count=count, offset=body)
        values = np.frombuffer(data, dtype="<f4", count=count, offset=body + 4 * count)
        if count and (int(indices.max()) >= 1 << bits or not np.all(np.isfinite(values))):
            raise LearningError("stored learning holds values outside its feature space")
        learning = cls(bits, feature_version, **options)
        learning.deltas = dict(zip(indices.tolist(), values.tolist()))
        learning.feedback_count = feedback_count
        return learning


def _vector(message: Message | bytes, model: Model) -> tuple[np.ndarray, np.ndarray]:
    if isinstance(message, (bytes, bytearray)):
        message = Message(bytes(message))
    return model.vectorise(message)


def _logit(probability: float) -> float:
    return float(np.log(probability / (1 - probability)))
