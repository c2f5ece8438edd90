#!/usr/bin/env python3
"""Rebuild the shipped content model from the shared corpus and our samples, and print its CV figures.

Ham: the corpus folders whose name contains ``ham``, samples/mail/clean and
samples/mail/bulk (today's legitimate mail, which the corpus lacks). Spam:
the corpus folders whose name starts with ``spam``. The hand-written spam and
phishing samples are not learnt: the rules must catch them (see
``rempart.engine.training.SAMPLE_LABELS`` for why).
The figures are k-fold cross-validation on that same data, out-of-fold
scores only: they estimate, they are not a held-out measurement.

    .venv/bin/python scripts/train_model.py [--corpus ../shared/corpus] [--folds 5] [--dry-run]
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rempart.engine import features  # noqa: E402
from rempart.engine.model import SHIPPED, sigmoid  # noqa: E402
from rempart.engine.stages.content_model import BANDS, SYMBOLS  # noqa: E402
from rempart.engine.training import (  # noqa: E402
    DEFAULT_C,
    sample_messages,
    train_matrix,
    training_set_hash,
    vectorise,
)

def collect(corpus: Path, samples: Path) -> tuple[list[bytes], list[int], list[str]]:
    """(messages, labels, group of each) from the corpus folders and the sample folders."""
    messages, labels, groups = [], [], []

    def add(folder: Path, label: int, group: str, pattern: str = "*") -> None:
        for path in sorted(folder.glob(pattern)):
            if path.is_file() and not path.name.startswith(".") and path.name != "cmds":
                messages.append(path.read_bytes())
                labels.append(label)
                groups.append(group)

    for folder in sorted(p for p in corpus.rglob("*") if p.is_dir()):
        name = folder.name.lower()
        if name.startswith("spam"):
            add(folder, 1, folder.name)
        elif "ham" in name:
            add(folder, 0, folder.name)
    for raw, label, group in sample_messages(samples):
        messages.append(raw)
        labels.append(label)
        groups.append(group)
    return messages, labels, groups


def report(probabilities: np.ndarray, y: np.ndarray, groups: list[str]) -> dict:
    """Print how CV scores fall into the stage's bands, and FP/FN at the symbols' thresholds."""
    scores = {s.name: s.score for s in SYMBOLS}
    ham, spam = probabilities[y == 0], probabilities[y == 1]
    print(f"\n{'band':16} {'score':>6} {'ham':>6} {'spam':>6}")
    for symbol, low, high in BANDS:
        inside = lambda p: (p >= low) & ((p < high) | (high == 1.0))  # noqa: E731
        print(f"{symbol:16} {scores[symbol]:6.1f} {int(inside(ham).sum()):6d} {int(inside(spam).sum()):6d}")
    content_scores = np.array([_score(p) for p in probabilities])
    figures = {}
    print(f"\n{'total score >=':16} {'FP rate':>10} {'FN rate':>10}   (content model alone)")
    for threshold in (3.0, 4.0, 5.0):
        fp = float(np.mean(content_scores[y == 0] >= threshold))
        fn = float(np.mean(content_scores[y == 1] < threshold))
        figures[f"fp_at_{threshold}"], figures[f"fn_at_{threshold}"] = fp, fn
        print(f"{threshold:16.1f} {fp:10.4%} {fn:10.4%}")
    top = np.sort(ham)[::-1]
    for allowed in (1, 3):
        limit = top[allowed] if len(top) > allowed else 0.0
        print(f"spam missed if at most {allowed} ham may be flagged: {np.mean(spam <= limit):.2%}")
    print("\nerrors per group at the 5.0 threshold:")
    for group in sorted(set(groups)):
        rows = np.array([g == group for g in groups])
        wrong = (content_scores[rows] >= 5.0) != (y[rows] == 1)
        print(f"  {group:24} {int(wrong.sum()):4d} of {int(rows.sum())}")
    return figures


def _score(probability: float) -> float:
    """The stage's points for this probability (0 where it has no opinion)."""
    from rempart.engine.stages.content_model import points

    p = min(max(probability, 1e-12), 1 - 1e-12)
    return points(math.log(p / (1 - p))) or 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--samples", type=Path, default=ROOT / "samples" / "mail")
    parser.add_argument("--output", type=Path, default=SHIPPED)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--C", type=float, default=DEFAULT_C)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--dry-run", action="store_true", help="print the figures, write no model")
    args = parser.parse_args(argv)

    if not args.corpus.is_dir():
        print(f"train_model: no corpus at {args.corpus}", file=sys.stderr)
        return 2
    messages, labels, groups = collect(args.corpus, args.samples)
    y = np.asarray(labels)
    print(f"{len(messages)} messages: {int((y == 0).sum())} ham, {int(y.sum())} spam")
    started = time.perf_counter()
    X = vectorise(messages, features.DEFAULT_BITS)
    print(f"features: {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    training = train_matrix(X, y, folds=args.folds, C=args.C, seed=args.seed,
                            training_set=training_set_hash(messages, labels))
    print(f"{args.folds}-fold CV and final fit: {time.perf_counter() - started:.1f} s")
    model = training.model
    print(f"calibration: p = sigmoid({model.scale:.3f} * margin + {model.offset:.3f})")
    probabilities = np.array([sigmoid(model.scale * m + model.offset) for m in training.margins])
    model.info["cv"] = report(probabilities, y, groups)
    if not args.dry_run:
        model.save(args.output)
        print(f"\nwrote {args.output} ({args.output.stat().st_size / 1e6:.2f} MB), "
              f"training set {model.training_set[:16]}…")
    return 0


if __name__ == "__main__":
    sys.exit(main())
