"""The shipped content model, and training a new one (train() and scripts/train_model.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from rempart.engine import features
from rempart.engine.message import Message
from rempart.engine.model import SHIPPED, Model, ModelError, shipped
from rempart.engine.training import strip_mbox_line, train

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "spamassassin"


def corpus_files(group: str, count: int, skip: int = 0) -> list[Path]:
    """``count`` files of a corpus group, spread over the whole group (deterministic)."""
    files = sorted((CORPUS / group).iterdir())
    assert files, f"no corpus at {CORPUS / group}"
    step = max(1, len(files) // count)
    return files[skip::step][:count]


def probability(path: Path) -> float:
    return shipped().probability(Message(strip_mbox_line(path.read_bytes())))


def test_shipped_model_is_small_and_describes_itself():
    model = shipped()

    assert SHIPPED.stat().st_size < 5_000_000
    assert model.bits == features.DEFAULT_BITS
    assert model.feature_version == features.FEATURE_VERSION
    assert len(model.training_set) == 64 and int(model.training_set, 16)
    assert model.weights.shape == (1 << model.bits,) and model.weights.dtype == np.float32
    assert np.count_nonzero(model.weights) > 10_000


@pytest.mark.parametrize("group", ["spam-1", "spam-2"])
def test_corpus_spam_scores_high(group):
    scores = [probability(path) for path in corpus_files(group, 15)]

    assert sum(p >= 0.95 for p in scores) >= 14, scores


@pytest.mark.parametrize("group", ["easy-ham-1", "easy-ham-2", "hard-ham-1"])
def test_corpus_ham_scores_low(group):
    scores = [probability(path) for path in corpus_files(group, 12)]

    assert max(scores) < 0.5, scores
    assert sum(p <= 0.05 for p in scores) >= 11, scores


def test_model_saved_and_loaded_scores_the_same(tmp_path):
    path = tmp_path / "model.npz"
    shipped().save(path)
    loaded = Model.load(path)
    message = Message(strip_mbox_line(corpus_files("spam-2", 1)[0].read_bytes()))

    assert loaded.probability(message) == pytest.approx(shipped().probability(message), abs=1e-3)
    assert loaded.training_set == shipped().training_set


def test_damaged_or_foreign_model_file_is_refused(tmp_path):
    damaged = tmp_path / "damaged.npz"
    damaged.write_bytes(SHIPPED.read_bytes()[:1000])
    other = tmp_path / "other.npz"
    Model(np.zeros(1 << 10, dtype=np.float32), 0.0, bits=10, feature_version=-1).save(other)

    with pytest.raises(ModelError):
        Model.load(damaged)
    with pytest.raises(ModelError, match="features version"):
        Model.load(other)


def tiny_training_set() -> tuple[list[bytes], list[int]]:
    spam = [p.read_bytes() for p in corpus_files("spam-2", 12, skip=3)]
    ham = [p.read_bytes() for p in corpus_files("easy-ham-1", 12, skip=3)]
    return spam + ham, [1] * len(spam) + [0] * len(ham)


def test_train_on_a_tiny_subset_is_deterministic_and_separates_the_classes():
    messages, labels = tiny_training_set()

    first = train(messages, labels, bits=16)
    again = train(list(reversed(messages)), list(reversed(labels)), bits=16)

    assert first.bits == 16 and first.training_set == again.training_set
    assert np.array_equal(first.weights, train(messages, labels, bits=16).weights)
    spam = [first.probability(Message(strip_mbox_line(m))) for m, y in zip(messages, labels) if y]
    ham = [first.probability(Message(strip_mbox_line(m))) for m, y in zip(messages, labels) if not y]
    assert min(spam) > max(ham)
    assert 0.0 < min(ham) and max(spam) < 1.0  # calibrated, not certain on 24 messages


def test_train_needs_both_classes():
    messages, labels = tiny_training_set()

    with pytest.raises(ValueError):
        train(messages[:3], [1, 1, 1])
    with pytest.raises(ValueError):
        train(messages[:3], [1, 0])


def test_training_script_rebuilds_a_model_from_a_corpus(tmp_path):
    corpus = tmp_path / "corpus" / "spamassassin"
    for group, label in (("spam-x", 1), ("easy-ham-x", 0)):
        (corpus / group).mkdir(parents=True)
        source = "spam-1" if label else "easy-ham-2"
        for path in corpus_files(source, 10, skip=1):
            (corpus / group / path.name).write_bytes(path.read_bytes())
    output = tmp_path / "model.npz"

    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "train_model.py"), "--corpus", str(tmp_path / "corpus"),
         "--samples", str(tmp_path / "no-samples"), "--output", str(output), "--folds", "3"],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )

    assert done.returncode == 0, done.stderr
    assert "20 messages: 10 ham, 10 spam" in done.stdout
    assert "FP rate" in done.stdout and "BAYES_SPAM_99" in done.stdout
    assert Model.load(output).info["messages"] == 20


def test_training_script_without_corpus_says_so(tmp_path):
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "train_model.py"), "--corpus", str(tmp_path / "none"), "--dry-run"],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )

    assert done.returncode == 2
    assert "no corpus" in done.stderr
