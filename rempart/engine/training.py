"""Training the content model (needs scikit-learn, which the running engine never imports).

``train(messages, labels)`` is the whole recipe, usable from any script
(scripts/train_model.py, benchmarks/accuracy.py): extract hashed features,
fit a linear SVM (L2-regularised, squared hinge) over NB-weighted features, the "NBSVM" of
Wang & Manning, and calibrate its score on
cross-validated margins (Platt scaling with the usual prior correction),
so that ``p >= 0.99`` means what it says on mail the model has not seen
rather than on the mail it learnt from. Everything is seeded: the same
messages and labels give the same model.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from rempart.engine import features
from rempart.engine.message import Message
from rempart.engine.model import Model

# Chosen by 5-fold CV on the shared corpus, the whole pipeline scoring the held fold
# (benchmarks/accuracy.py's folds): the SVM at C 10 missed 55-58 spam at 3-5 false positives
# where the logistic regression used before (C 100) missed 60-74. Smoothing the NB ratios more
# (alpha 0.5) gained a few more on the corpus but scored the modern spam samples, which the
# model never learns, as ham: it had learnt the corpus's rare words, not spam.
DEFAULT_C = 10.0
NB_ALPHA = 0.1
COMMON_SHARE = 0.1  # a bucket in at least this share of training mail is "common" (see Model.common)


# The sample folders (samples/mail/<verdict>/) the shipped model learns from, with their label.
# Only legitimate ones: today's mail clients, notifications and newsletters, which the 2002 corpus
# lacks. The hand-written spam and phishing are a showcase of hard cases that the rules must catch;
# as spam examples they pulled the model towards them and cost recall on ordinary spam (5-fold CV,
# each fold also learning the samples: all samples 6 FP / 69 missed, legitimate ones only 5 / 60).
SAMPLE_LABELS = {"clean": 0, "bulk": 0}


def sample_messages(samples: Path) -> list[tuple[bytes, int, str]]:
    """(raw message, label, "samples/<folder>") for each sample the model learns from, in a fixed order."""
    found = []
    for folder, label in SAMPLE_LABELS.items():
        for path in sorted((samples / folder).glob("*.eml")):
            found.append((path.read_bytes(), label, f"samples/{folder}"))
    return found


def strip_mbox_line(raw: bytes) -> bytes:
    """A corpus file may start with an mbox ``From `` line, which is not part of the message."""
    if raw.startswith(b"From "):
        return raw.split(b"\n", 1)[1] if b"\n" in raw else b""
    return raw


def vectorise(messages: list[bytes], bits: int = features.DEFAULT_BITS):
    """A scipy CSR matrix, one row of hashed features per message."""
    import scipy.sparse as sp

    rows, cols, vals = [], [], []
    for row, raw in enumerate(messages):
        indices, values = features.extract(Message(strip_mbox_line(raw)), bits)
        rows.append(np.full(len(indices), row, dtype=np.int32))
        cols.append(indices)
        vals.append(values)
    shape = (len(messages), 1 << bits)
    if not rows:
        return sp.csr_matrix(shape, dtype=np.float32)
    return sp.csr_matrix((np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=shape, dtype=np.float32)


def training_set_hash(messages: list[bytes], labels: list[int]) -> str:
    """SHA-256 over the sorted (message digest, label) pairs: the same set in any order gives the same hash."""
    pairs = sorted(hashlib.sha256(raw).hexdigest() + str(int(label)) for raw, label in zip(messages, labels))
    return hashlib.sha256("\n".join(pairs).encode()).hexdigest()


def nb_ratios(X, y: np.ndarray, alpha: float = NB_ALPHA) -> np.ndarray:
    """|log-count ratio| of each feature between spam and ham (Wang & Manning's NB weighting).

    Scaling features by how much they tell the classes apart before the
    regression lets rare, telling words count more than common ones; the
    scale folds into the weights afterwards, so scoring stays one dot product.
    """
    magnitudes = abs(X)
    spam = alpha + np.asarray(magnitudes[y == 1].sum(axis=0)).ravel()
    ham = alpha + np.asarray(magnitudes[y == 0].sum(axis=0)).ravel()
    return np.abs(np.log((spam / spam.sum()) / (ham / ham.sum()))).astype(np.float32)


def _fit(X, y: np.ndarray, C: float, seed: int) -> tuple[np.ndarray, float]:
    """Weights (already multiplied by the NB ratios) and intercept of a linear SVM.

    A margin, not a probability: :func:`calibrate` turns it into one. The SVM
    separates the hard cases (newsletters against commercial spam) better than
    the logistic regression did, which spends its fit on the many easy ones.
    """
    import scipy.sparse as sp
    from sklearn.svm import LinearSVC

    ratios = nb_ratios(X, y)
    classifier = LinearSVC(C=C, max_iter=50000, random_state=seed)
    classifier.fit(X @ sp.diags(ratios), y)
    return (classifier.coef_[0] * ratios).astype(np.float32), float(classifier.intercept_[0])


def out_of_fold_margins(X, y: np.ndarray, folds: int = 5, C: float = DEFAULT_C, seed: int = 0) -> np.ndarray:
    """Each message's raw score from a model that did not see it (stratified k-fold)."""
    from sklearn.model_selection import StratifiedKFold

    margins = np.zeros(len(y), dtype=np.float64)
    for train_rows, test_rows in StratifiedKFold(folds, shuffle=True, random_state=seed).split(np.zeros(len(y)), y):
        weights, intercept = _fit(X[train_rows], y[train_rows], C, seed)
        margins[test_rows] = X[test_rows] @ weights + intercept
    return margins


def calibrate(margins: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Platt scaling: (scale, offset) so that sigmoid(scale * margin + offset) is a probability.

    Targets are Platt's smoothed ones ((n+1)/(n+2) and 1/(n+2)), which keep a
    small training set from claiming certainty it has not earned.
    """
    from sklearn.linear_model import LogisticRegression

    positives, negatives = int(y.sum()), int(len(y) - y.sum())
    high, low = (positives + 1) / (positives + 2), 1 / (negatives + 2)
    targets = np.where(y == 1, high, low)
    x = np.concatenate([margins, margins]).reshape(-1, 1)
    labels = np.concatenate([np.ones(len(y)), np.zeros(len(y))])
    weights = np.concatenate([targets, 1 - targets])
    platt = LogisticRegression(C=1e6, solver="lbfgs", max_iter=1000)
    platt.fit(x, labels, sample_weight=weights)
    return float(platt.coef_[0][0]), float(platt.intercept_[0])


@dataclass
class Training:
    """A trained model and the cross-validated margins its calibration came from."""

    model: Model
    margins: np.ndarray  # out-of-fold raw scores, in the order of the messages


def train_matrix(X, y: np.ndarray, *, folds: int = 5, C: float = DEFAULT_C, seed: int = 0,
                 bits: int = features.DEFAULT_BITS, training_set: str = "") -> Training:
    """Fit on every row, calibrate on out-of-fold margins (fewer folds when a class is tiny)."""
    y = np.asarray(y, dtype=np.int64)
    smallest = int(min(y.sum(), len(y) - y.sum()))
    if smallest < 1:
        raise ValueError("training needs at least one spam and one legitimate message")
    weights, intercept = _fit(X, y, C, seed)
    if smallest >= 2:
        margins = out_of_fold_margins(X, y, min(folds, smallest), C, seed)
    else:  # one example of a class: nothing to hold out, calibrate on the fit itself
        margins = np.asarray(X @ weights + intercept, dtype=np.float64)
    scale, offset = calibrate(margins, y)
    share = np.bincount(X.indices, minlength=X.shape[1]) / max(1, X.shape[0])
    model = Model(weights=weights, intercept=intercept, scale=scale, offset=offset, bits=bits,
                  common=np.flatnonzero(share >= COMMON_SHARE).astype(np.int32),
                  training_set=training_set, info={"C": C, "folds": folds, "seed": seed, "messages": len(y),
                                                   "spam": int(y.sum())})
    return Training(model, margins)


def train(messages: list[bytes], labels: list[int], *, folds: int = 3, C: float = DEFAULT_C, seed: int = 0,
          bits: int = features.DEFAULT_BITS) -> Model:
    """A content model from raw messages and labels (1 = spam, 0 = legitimate).

    Deterministic for a given input; calibrates on ``folds``-fold
    cross-validated scores. Raises ValueError without both classes.
    """
    if len(messages) != len(labels):
        raise ValueError("one label per message")
    X = vectorise(messages, bits)
    return train_matrix(X, np.asarray(labels), folds=folds, C=C, seed=seed, bits=bits,
                        training_set=training_set_hash(messages, labels)).model
