"""Per-organisation learning: feedback moves one organisation's scores, nobody else's, and never the model."""

from __future__ import annotations

import hashlib
import math

import numpy as np
import pytest

from rempart.engine.learning import LearningError, OrganisationLearning
from rempart.engine.message import Message
from rempart.engine.model import SHIPPED, shipped
from tests.feedback.messages import newsletter, notes


def offer(n: int) -> bytes:
    """Loud spam, which the model is sure of."""
    return (
        f"From: DEALS <deals{n}@promo-widgets.example>\r\nSubject: FREE widgets!!! Limited offer {n}\r\n"
        f"Content-Type: text/html\r\n\r\n<html><body><font size=5 color=red>CLICK HERE for FREE WIDGETS!!!</font>"
        f"<a href='http://promo-widgets.example/r?id={n}'>Order now</a> Act now, limited time, "
        f"100% satisfaction guaranteed, no credit card. To be removed from our mailing list reply REMOVE.</body></html>"
    ).encode()


def logit(probability: float) -> float:
    return math.log(probability / (1 - probability))


def test_released_mail_moves_this_organisations_scores_for_similar_mail():
    alpha, bravo = OrganisationLearning(), OrganisationLearning()
    unseen = newsletter(10)
    before = alpha.probability(unseen)
    assert before > 0.5

    for n in range(3):
        assert alpha.learn_feedback(newsletter(n), "released")

    assert alpha.probability(unseen) < 0.5 < before
    assert bravo.probability(unseen) == pytest.approx(before)
    assert alpha.feedback_count == 3 and len(bravo) == 0


def test_reported_spam_raises_similar_mail():
    alpha = OrganisationLearning()
    unseen = notes(10)
    before = alpha.probability(unseen)

    for n in range(3):
        assert alpha.learn_feedback(notes(n), "reported_spam")

    assert logit(alpha.probability(unseen)) > logit(before) + 3


def test_unrelated_mail_barely_moves():
    alpha = OrganisationLearning()
    unrelated = [
        Message(b"From: Carol <carol@example.net>\r\nSubject: lunch on Friday?\r\n\r\n"
                b"Shall we try the new place near the station? I can book for noon.\r\n"),
        Message(offer(1)),
    ]
    before = [logit(alpha.probability(m)) for m in unrelated]

    for n in range(5):
        alpha.learn_feedback(newsletter(n), "released")

    after = [logit(alpha.probability(m)) for m in unrelated]
    assert all(abs(a - b) < 1.0 for a, b in zip(after, before)), (before, after)


def test_feedback_that_agrees_changes_nothing():
    alpha = OrganisationLearning()

    assert alpha.learn(offer(1), is_spam=True) is False
    assert len(alpha) == 0 and alpha.feedback_count == 0


def test_learning_never_touches_the_shipped_model():
    digest = hashlib.sha256(SHIPPED.read_bytes()).hexdigest()
    weights = shipped().weights.copy()
    alpha = OrganisationLearning()

    for n in range(4):
        alpha.learn_feedback(notes(n), "reported_spam")
        alpha.learn_feedback(newsletter(n), "reported_legitimate")

    assert hashlib.sha256(SHIPPED.read_bytes()).hexdigest() == digest
    assert np.array_equal(shipped().weights, weights)


def test_serialised_learning_scores_the_same():
    alpha = OrganisationLearning()
    for n in range(3):
        alpha.learn_feedback(newsletter(n), "released")

    data = alpha.to_bytes()
    restored = OrganisationLearning.from_bytes(data)

    assert len(data) < 20 + 8 * len(alpha)
    assert restored.feedback_count == 3
    assert restored.probability(newsletter(10)) == pytest.approx(alpha.probability(newsletter(10)), abs=1e-6)


@pytest.mark.parametrize("data", [b"", b"RMPL", b"XXXX" + bytes(12), OrganisationLearning().to_bytes() + b"\x00"])
def test_damaged_learning_is_refused(data):
    with pytest.raises(LearningError):
        OrganisationLearning.from_bytes(data)


def test_learning_stays_within_its_size_bound():
    alpha = OrganisationLearning(max_features=200)

    for n in range(5):
        alpha.learn_feedback(notes(n), "reported_spam")
        alpha.learn_feedback(newsletter(n), "released")

    assert 0 < len(alpha) <= 200
    assert all(abs(v) <= alpha.feature_limit for v in alpha.deltas.values())


def test_learning_of_another_feature_space_does_not_apply():
    other = OrganisationLearning(bits=18)

    assert not other.fits(shipped())
    with pytest.raises(LearningError):
        other.learn(newsletter(1), is_spam=True)


def test_unknown_feedback_is_an_error():
    with pytest.raises(ValueError, match="unknown feedback"):
        OrganisationLearning().learn_feedback(newsletter(1), "liked")
