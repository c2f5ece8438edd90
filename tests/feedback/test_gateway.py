"""The gateway scores an organisation's mail with what its filter learnt, and no one else's.

Feedback saved in the store changes the snapshot's version; the recompiled
snapshot carries the organisation's learning, and the gateway puts it in
the Context of that organisation's messages.
"""

import asyncio

import pytest

from rempart.engine import stages
from rempart.engine.context import Context
from rempart.engine.message import Message
from rempart.engine.policy import DEFAULT_POLICY
from rempart.engine.stages import content_model
from rempart.feedback.models import Learning
from rempart.feedback.service import record_feedback
from rempart.policies.snapshot import compile_snapshot, snapshot_version
from tests.feedback.messages import newsletter

pytestmark = pytest.mark.db


@pytest.fixture
def domains(alpha, bravo, make_domain):
    return make_domain("alpha.test", alpha), make_domain("bravo.test", bravo)


def taught(alpha, alice) -> None:
    for n in range(3):
        record_feedback(alpha, newsletter(n), "released", alice)


def spam_probability(raw: bytes, learning) -> float:
    context = Context(learning=learning)
    asyncio.run(content_model.check(Message(raw), DEFAULT_POLICY, context))
    return context.notes["content_model"]["probability"]


def test_feedback_changes_the_snapshot_version(domains, alpha, alice):
    before = snapshot_version()

    record_feedback(alpha, newsletter(1), "released", alice)

    assert snapshot_version() != before


def test_the_snapshot_carries_the_learning_of_the_organisation_that_gave_feedback(domains, alpha, bravo, alice):
    assert compile_snapshot().learning == {}

    taught(alpha, alice)
    snapshot = compile_snapshot()

    alpha_config, bravo_config = snapshot.domains["alpha.test"], snapshot.domains["bravo.test"]
    assert set(snapshot.learning) == {alpha.pk}
    assert snapshot.learning_for(alpha_config).feedback_count == 3
    assert snapshot.learning_for(bravo_config) is None


def test_a_context_built_for_that_organisation_shifts_a_similar_message(domains, alice, alpha):
    taught(alpha, alice)
    snapshot = compile_snapshot()
    unseen = newsletter(10)

    alone = spam_probability(unseen, None)
    for_alpha = spam_probability(unseen, snapshot.learning_for(snapshot.domains["alpha.test"]))
    for_bravo = spam_probability(unseen, snapshot.learning_for(snapshot.domains["bravo.test"]))

    assert for_alpha < 0.5 < alone
    assert for_bravo == alone


def test_unchanged_learning_is_not_read_again_and_changed_learning_is(domains, alpha, alice):
    record_feedback(alpha, newsletter(1), "released", alice)
    first = compile_snapshot().learning[alpha.pk]

    assert compile_snapshot().learning[alpha.pk] is first

    record_feedback(alpha, newsletter(2), "released", alice)
    assert compile_snapshot().learning[alpha.pk].feedback_count == 2


def test_damaged_learning_leaves_that_organisation_on_the_model_alone(domains, alpha, bravo, alice, charlie, caplog):
    taught(alpha, alice)
    record_feedback(bravo, newsletter(1), "released", charlie)
    Learning.objects.filter(organisation=alpha).update(data=b"RMPL damaged")

    snapshot = compile_snapshot()

    assert set(snapshot.learning) == {bravo.pk}
    assert f"organisation {alpha.pk}: stored learning cannot be read" in caplog.text


def test_the_gateway_scores_each_organisations_mail_with_its_own_learning(domains, alpha, alice, smtp_gateway):
    taught(alpha, alice)
    gateway = smtp_gateway(snapshot=compile_snapshot(), stages=stages.load(("content_model",)))

    for to in ("bob@alpha.test", "carol@bravo.test"):
        assert gateway.send(newsletter(10, to=to), recipients=(to,))[0] == 250

    details = {entry.recipients[0].address: [s["detail"] for s in entry.extra["symbols"]]
               for entry, _ in gateway.queued()}
    assert any("organisation learning -" in d for d in details["bob@alpha.test"])
    assert not any("organisation learning" in d for d in details["carol@bravo.test"])
