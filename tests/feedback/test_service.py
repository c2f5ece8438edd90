"""record_feedback(): feedback teaches one organisation's filter, once per message and class, and says what it did."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from rempart.audit.models import AuditEvent
from rempart.engine.learning import OrganisationLearning
from rempart.engine.stages.content_model import active_model
from rempart.feedback import service
from rempart.feedback.models import FeedbackEvent, Learning
from rempart.feedback.service import (
    LearningDamaged,
    MessageTooLarge,
    NotMail,
    UnknownFeedback,
    organisation_learning,
    record_feedback,
    reset_learning,
)
from tests.feedback.messages import newsletter, notes

pytestmark = pytest.mark.db


def probability(organisation, raw: bytes) -> float:
    learning = organisation_learning(organisation) or OrganisationLearning()
    return learning.probability(raw, active_model())


def test_released_newsletters_make_a_similar_one_legitimate_for_that_organisation(alpha, bravo, alice):
    unseen = newsletter(10)
    baseline = probability(alpha, unseen)
    assert baseline > 0.5

    results = [record_feedback(alpha, newsletter(n), "released", alice) for n in range(3)]

    assert all(r.learnt and not r.duplicate and r.probability_after < r.probability_before for r in results)
    assert probability(alpha, unseen) < 0.5 < baseline
    assert probability(bravo, unseen) == pytest.approx(baseline)
    assert Learning.objects.get(organisation=alpha).feedback_count == results[-1].feedback_count == 3


def test_reported_spam_makes_a_similar_message_spammier(alpha, alice):
    unseen = notes(10)
    baseline = probability(alpha, unseen)

    result = record_feedback(alpha, notes(1), "reported_spam", alice)

    assert result.learnt and result.probability_after > result.probability_before
    assert probability(alpha, unseen) > baseline


def test_each_report_is_recorded_with_who_where_and_what_and_audited(alpha, alice):
    result = record_feedback(alpha, newsletter(1), "released", alice, source="quarantine")

    event = FeedbackEvent.objects.get()
    assert (event.organisation, event.message_sha256, event.feedback, event.spam, event.learnt) == (
        alpha, result.message_sha256, "released", False, True)
    assert (event.actor, event.actor_label, event.source) == (alice, "alice@alpha.test", "quarantine")
    audit = AuditEvent.objects.get(action="feedback.report")
    assert (audit.organisation_id, audit.actor, audit.object_id) == (alpha.pk, alice, str(event.pk))
    assert audit.after["probability_after"] < audit.after["probability_before"]


def test_the_same_message_reported_twice_is_learnt_once(alpha, alice, bob):
    first = record_feedback(alpha, newsletter(1), "released", alice)
    stored = bytes(Learning.objects.get(organisation=alpha).data)

    again = record_feedback(alpha, newsletter(1), "reported_legitimate", bob)  # another word, the same class

    assert again.duplicate and not again.learnt
    assert again.probability_before == again.probability_after == pytest.approx(first.probability_after)
    assert bytes(Learning.objects.get(organisation=alpha).data) == stored
    assert FeedbackEvent.objects.count() == 1 and AuditEvent.objects.filter(action="feedback.report").count() == 1


def test_a_message_reported_with_the_other_class_is_learnt_again(alpha, alice):
    record_feedback(alpha, newsletter(1), "released", alice)

    correction = record_feedback(alpha, newsletter(1), "reported_spam", alice)

    assert not correction.duplicate and correction.learnt
    assert correction.probability_after > correction.probability_before


def test_feedback_the_filter_already_agrees_with_is_recorded_but_moves_nothing(alpha, alice):
    result = record_feedback(alpha, notes(1), "reported_legitimate", alice)

    assert not result.learnt and result.probability_after == result.probability_before
    assert FeedbackEvent.objects.get().learnt is False
    assert organisation_learning(alpha) is None  # nothing was learnt: nothing stored


def test_an_unknown_feedback_word_is_refused(alpha, alice):
    with pytest.raises(UnknownFeedback, match="expected one of released, reported_legitimate, reported_spam"):
        record_feedback(alpha, newsletter(1), "spam", alice)

    assert not Learning.objects.exists() and not FeedbackEvent.objects.exists()


@pytest.mark.parametrize("raw", [b"", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"just some text\nand more\n"],
                         ids=["empty", "image", "text"])
def test_what_is_not_mail_is_refused(alpha, alice, raw):
    with pytest.raises(NotMail, match="not an email message"):
        record_feedback(alpha, raw, "reported_spam", alice)

    assert not FeedbackEvent.objects.exists()


def test_a_message_over_the_limit_is_refused(alpha, alice):
    big = newsletter(1) + b"x" * service.MAX_MESSAGE_SIZE

    with pytest.raises(MessageTooLarge, match="at most 10485760"):
        record_feedback(alpha, big, "reported_spam", alice)


def test_damaged_learning_refuses_feedback_and_is_not_overwritten(alpha, alice):
    record_feedback(alpha, newsletter(1), "released", alice)
    damaged = bytes(Learning.objects.get(organisation=alpha).data)[:-3]
    Learning.objects.filter(organisation=alpha).update(data=damaged)

    with pytest.raises(LearningDamaged, match="cannot be read .*an operator must reset it"):
        record_feedback(alpha, newsletter(2), "released", alice)

    assert bytes(Learning.objects.get(organisation=alpha).data) == damaged
    assert FeedbackEvent.objects.count() == 1


def test_reset_learning_forgets_what_was_learnt_and_reported(alpha, alice):
    record_feedback(alpha, newsletter(1), "released", alice)
    Learning.objects.filter(organisation=alpha).update(data=b"RMPL damaged")

    reset_learning(alpha, "cli")
    again = record_feedback(alpha, newsletter(1), "released", alice)

    assert again.learnt and not again.duplicate and again.feedback_count == 1
    reset = AuditEvent.objects.get(action="feedback.reset")
    assert reset.before == {"feedback_count": 1, "size": 12, "reports": 1} and reset.actor_label == "cli"


def test_learning_made_for_another_content_model_is_replaced(alpha, alice):
    model = active_model()
    old = OrganisationLearning(model.bits, model.feature_version - 1)
    old.deltas, old.feedback_count = {1: 1.0, 2: -1.0}, 5
    Learning.objects.create(organisation=alpha, data=old.to_bytes(), feedback_count=5)
    FeedbackEvent.objects.create(organisation=alpha, message_sha256="0" * 64, feedback="released", spam=False,
                                 learnt=True, source="api")

    result = record_feedback(alpha, newsletter(1), "released", alice)

    learning = organisation_learning(alpha)
    assert learning.fits(model) and learning.feedback_count == result.feedback_count == 1
    assert FeedbackEvent.objects.count() == 1
    assert "dropped, with the 1 reports" in AuditEvent.objects.get(action="feedback.report").detail


def test_a_principal_or_a_token_names_the_person(alpha, alice):
    from rempart.tenants.access import Principal
    from rempart.tenants.models import ApiToken, Membership

    token, _ = ApiToken.issue(Membership.objects.get(user=alice))
    record_feedback(alpha, newsletter(1), "released", Principal.for_token(token))

    assert FeedbackEvent.objects.get().actor == alice
    assert AuditEvent.objects.get(action="feedback.report").token_prefix == token.prefix


@pytest.mark.django_db(transaction=True)
def test_two_reports_at_the_same_moment_both_count(alpha, alice):
    start = threading.Barrier(2)

    def report(n: int):
        try:
            start.wait(10)
            return record_feedback(alpha, newsletter(n), "released", alice)
        finally:
            connection.close()

    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(report, [1, 2]))

    assert all(r.learnt for r in results)
    assert Learning.objects.get(organisation=alpha).feedback_count == 2
    assert organisation_learning(alpha).feedback_count == 2
