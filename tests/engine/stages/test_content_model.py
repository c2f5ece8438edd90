"""Content model stage: graded symbols from the probability, organisation learning, the pipeline."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from rempart.engine import stages
from rempart.engine.context import Context
from rempart.engine.learning import OrganisationLearning
from rempart.engine.message import Message
from rempart.engine.pipeline import Pipeline
from rempart.engine.policy import DEFAULT_POLICY
from rempart.engine.stages import content_model
from rempart.engine.training import strip_mbox_line, train
from rempart.engine.verdict import Verdict

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT.parent / "shared" / "corpus" / "spamassassin"


def corpus_message(group: str, index: int) -> Message:
    files = sorted((CORPUS / group).iterdir())
    return Message(strip_mbox_line(files[index].read_bytes()))


@pytest.mark.parametrize(
    "probability, symbol",
    [
        (1.0, "BAYES_SPAM_99"), (0.995, "BAYES_SPAM_99"), (0.99, "BAYES_SPAM_99"), (0.98, "BAYES_SPAM_97"),
        (0.97, "BAYES_SPAM_97"), (0.96, "BAYES_SPAM_95"),
        (0.85, "BAYES_SPAM_80"), (0.6, "BAYES_SPAM_50"), (0.5, "BAYES_SPAM_50"), (0.3, None),
        (0.1, "BAYES_HAM_80"), (0.03, "BAYES_HAM_95"), (0.001, "BAYES_HAM_99"), (0.0, "BAYES_HAM_99"),
    ],
)
def test_probability_falls_in_one_graded_band(probability, symbol):
    assert content_model.band(probability) == symbol


def test_band_scores_grow_with_the_probability():
    scores = {s.name: s.score for s in content_model.SYMBOLS}
    ordered = [scores[name] for name in ("BAYES_HAM_99", "BAYES_HAM_95", "BAYES_HAM_80",
                                         "BAYES_SPAM_50", "BAYES_SPAM_80", "BAYES_SPAM_95", "BAYES_SPAM_97",
                                         "BAYES_SPAM_99")]

    assert ordered == sorted(ordered)
    assert {band[0] for band in content_model.BANDS} == set(scores)
    assert scores["BAYES_SPAM_97"] >= DEFAULT_POLICY.spam_score > scores["BAYES_SPAM_95"]


def logit(p: float) -> float:
    return math.log(p / (1 - p))


def test_points_grow_with_the_log_odds_and_the_threshold_lies_between_95_and_96_percent():
    probabilities = [0.5, 0.6, 0.8, 0.9, 0.95, 0.96, 0.97, 0.98, 0.99, 0.999]
    spam_points = [content_model.points(logit(p)) for p in probabilities]

    below_ceiling = [points for points in spam_points if points < content_model.SPAM_CEILING]
    assert spam_points == sorted(spam_points) and len(set(below_ceiling)) == len(below_ceiling) >= 7
    assert content_model.points(logit(0.95)) < DEFAULT_POLICY.spam_score <= content_model.points(logit(0.96))
    assert content_model.points(logit(0.9999)) == content_model.SPAM_CEILING
    assert content_model.points(logit(0.3)) is None and content_model.points(logit(0.21)) is None
    ham_points = [content_model.points(logit(p)) for p in (0.19, 0.1, 0.05, 0.001)]
    assert ham_points == sorted(ham_points, reverse=True) and ham_points[-1] == content_model.HAM_FLOOR < 0


def test_declared_band_scores_are_the_points_at_the_band_edge():
    scores = {s.name: s.score for s in content_model.SYMBOLS}
    for symbol, low, high in content_model.BANDS:
        edge = low if symbol.startswith("BAYES_SPAM") else min(high, 0.199999)
        assert content_model.points(logit(min(max(edge, 1e-9), 1 - 1e-9))) == pytest.approx(scores[symbol], abs=0.05)


async def test_a_hit_carries_the_exact_points_of_its_probability():
    pipeline = Pipeline(modules=[content_model])
    result = await pipeline.scan(corpus_message("spam-2", 7), DEFAULT_POLICY, Context())
    probability = result.symbols[0].detail.split()[-1]
    assert result.symbols[0].score == pytest.approx(content_model.points(logit(min(float(probability), 0.999999))),
                                                     abs=0.01)


def test_registered_after_the_authentication_stages():
    assert stages.ORDER.index("content_model") > stages.ORDER.index("dmarc")


async def test_corpus_spam_is_spam_and_ham_is_clean():
    pipeline = Pipeline(modules=[content_model])

    spam = await pipeline.scan(corpus_message("spam-2", 7), DEFAULT_POLICY, Context())
    ham = await pipeline.scan(corpus_message("easy-ham-1", 7), DEFAULT_POLICY, Context())

    assert spam.verdict is Verdict.SPAM and spam.has("BAYES_SPAM_99")
    assert ham.verdict is Verdict.CLEAN and ham.has("BAYES_HAM_99") and ham.score < 0
    assert "spam probability" in spam.symbols[0].detail


async def test_policy_may_rescore_a_band():
    policy = DEFAULT_POLICY.with_changes(symbol_scores={"BAYES_SPAM_99": 2.0})

    result = await Pipeline(modules=[content_model]).scan(corpus_message("spam-2", 7), policy, Context())

    assert result.score == 2.0 and result.verdict is Verdict.CLEAN


async def test_organisation_learning_in_the_context_shifts_the_score():
    message = corpus_message("easy-ham-2", 3)
    learning = OrganisationLearning()
    for _ in range(4):
        learning.learn(message, is_spam=True)

    plain = await content_model.check(message, DEFAULT_POLICY, Context())
    learnt_context = Context(learning=learning)
    learnt = await content_model.check(message, DEFAULT_POLICY, learnt_context)

    assert plain[0].symbol.startswith("BAYES_HAM")
    assert learnt[0].symbol.startswith("BAYES_SPAM")
    assert "organisation learning +" in learnt[0].detail
    assert learnt_context.notes["content_model"]["adjustment"] > 0


async def test_learning_for_another_feature_space_is_ignored():
    message = corpus_message("easy-ham-2", 3)
    context = Context(learning=OrganisationLearning(bits=12))

    hits = await content_model.check(message, DEFAULT_POLICY, context)

    assert context.notes["content_model"]["adjustment"] == 0.0
    assert hits[0].symbol.startswith("BAYES_HAM")


async def test_junk_gets_a_verdict_not_an_exception():
    hits = await content_model.check(Message(b"\x00\xff" * 500), DEFAULT_POLICY, Context())

    assert len(hits) <= 1


async def test_a_model_trained_in_process_replaces_the_shipped_one():
    spam = [strip_mbox_line(p.read_bytes()) for p in sorted((CORPUS / "spam-1").iterdir())[:8]]
    ham = [strip_mbox_line(p.read_bytes()) for p in sorted((CORPUS / "easy-ham-2").iterdir())[:8]]
    model = train(spam + ham, [1] * 8 + [0] * 8, bits=14)
    try:
        content_model.use_model(model)
        context = Context()
        await content_model.check(Message(spam[0]), DEFAULT_POLICY, context)
        assert context.notes["content_model"]["probability"] == pytest.approx(model.probability(Message(spam[0])))
    finally:
        content_model.use_model(None)
    assert content_model.active_model() is not model
