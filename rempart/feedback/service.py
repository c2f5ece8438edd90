"""Teaching an organisation's filter from feedback: the one place the API, the console and the quarantine go through.

:func:`record_feedback` takes a raw message and a feedback word
(:data:`rempart.engine.learning.FEEDBACK`: ``reported_spam``,
``reported_legitimate``, ``released``), applies it to the organisation's
learning with the engine's learning API, and saves it, the
:class:`~rempart.feedback.models.FeedbackEvent` and a ``feedback.report``
audit event in one transaction, with the organisation's learning row
locked, so two reports at the same moment both count. A message already
reported with the same class is not learnt again (the result says
``duplicate``).

Refusals raise a :class:`FeedbackError` subclass with one sentence for a
person: an unknown word, a message that is not mail or is larger than
:data:`MAX_MESSAGE_SIZE`, stored learning that cannot be read. Damaged
learning is never overwritten by feedback: it stays as it is until an
operator calls :func:`reset_learning`. Learning made for another feature
space (an older content model) is useless to the current model: it is
dropped with the reports it was made from, and the audit event says so.

Permission checks are the caller's (see :mod:`rempart.tenants.access`).
``actor`` is the person (a user), a label (``"cli"``) or a
:class:`~rempart.tenants.access.Principal`.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from typing import Any

from django.db import transaction

from rempart.audit.log import record, state_of
from rempart.engine.learning import FEEDBACK, LearningError, OrganisationLearning
from rempart.engine.message import Message
from rempart.engine.model import Model, sigmoid
from rempart.engine.stages.content_model import active_model
from rempart.feedback.models import FeedbackEvent, Learning
from rempart.tenants.models import Organisation

log = logging.getLogger(__name__)

MAX_MESSAGE_SIZE = 10 * 1024 * 1024  # bytes of a reported message
# A message is mail when its header block names at least one of these.
MAIL_HEADERS = ("from", "to", "subject", "date", "message-id", "received")


class FeedbackError(ValueError):
    """Feedback that is refused; the message says why, for a person."""


class UnknownFeedback(FeedbackError):
    pass


class NotMail(FeedbackError):
    pass


class MessageTooLarge(FeedbackError):
    pass


class LearningDamaged(FeedbackError):
    """The organisation's stored learning cannot be read; feedback is refused rather than overwrite it."""


@dataclass(frozen=True)
class FeedbackResult:
    """What one report did: the message's spam probability for the organisation before and after (0 to 1)."""

    organisation_id: int
    feedback: str
    message_sha256: str
    duplicate: bool  # already reported with this class: nothing learnt, nothing recorded
    learnt: bool  # the organisation's learning moved (False: it already agreed, or duplicate)
    probability_before: float
    probability_after: float
    feedback_count: int  # feedback messages the organisation's learning was moved by, in all


def check_feedback(feedback: str) -> bool:
    """The class a feedback word teaches (True: spam); raises UnknownFeedback."""
    if feedback not in FEEDBACK:
        raise UnknownFeedback(f"unknown feedback {feedback!r}: expected one of {', '.join(FEEDBACK)}")
    return FEEDBACK[feedback]


def check_mail(raw: bytes) -> Message:
    """The message, parsed; raises MessageTooLarge or NotMail."""
    if len(raw) > MAX_MESSAGE_SIZE:
        raise MessageTooLarge(f"the message is {len(raw)} bytes; at most {MAX_MESSAGE_SIZE} are accepted")
    message = Message(bytes(raw))
    names = {name.lower() for name in message.headers.keys()}
    if not names.intersection(MAIL_HEADERS):
        raise NotMail("this is not an email message: it has none of the From, To, Subject, Date, Message-ID "
                      "or Received headers (send the whole raw message, headers included)")
    return message


def record_feedback(organisation: Organisation, raw_message: bytes, feedback: str, actor: Any = None, *,
                    source: str = FeedbackEvent.Source.API, request=None, token=None) -> FeedbackResult:
    """Teach the organisation's filter that this message is spam or legitimate, once.

    ``source`` says where the report came from (``api``, ``console``,
    ``quarantine``); ``request`` and ``token`` go to the audit event.
    """
    is_spam = check_feedback(feedback)
    if source not in FeedbackEvent.Source.values:
        raise ValueError(f"feedback source {source!r}: expected one of {', '.join(FeedbackEvent.Source.values)}")
    message = check_mail(raw_message)
    digest = hashlib.sha256(message.raw).hexdigest()
    model = active_model()
    vector = model.vectorise(message)  # outside the lock; parsing is kept by the message for learn()
    user, label, token = _who(actor, token)
    with transaction.atomic():
        row = _locked_learning(organisation)
        learning, replaced = _fitting_learning(row, model, organisation)
        dropped = FeedbackEvent.objects.filter(organisation=organisation).delete()[0] if replaced else 0
        before = _probability(model, learning, vector)
        if FeedbackEvent.objects.filter(organisation=organisation, message_sha256=digest, spam=is_spam).exists():
            return FeedbackResult(organisation.pk, feedback, digest, True, False, before, before,
                                  learning.feedback_count)
        learnt = learning.learn(message, is_spam, model)
        after = _probability(model, learning, vector)
        if learnt or replaced:
            row.data, row.feedback_count = learning.to_bytes(), learning.feedback_count
            row.save()
        event = FeedbackEvent.objects.create(
            organisation=organisation, message_sha256=digest, feedback=feedback, spam=is_spam, learnt=learnt,
            actor=user, actor_label=label[:320], source=source,
        )
        detail = f"{feedback}: spam probability {before:.3f} -> {after:.3f}"
        if replaced:
            detail += f"; learning made for another content model dropped, with the {dropped} reports it came from"
        record("feedback.report", actor=user if user is not None else label or None, request=request, token=token,
               organisation=organisation, obj=event,
               after=state_of(event, probability_before=round(before, 4), probability_after=round(after, 4)),
               detail=detail)
    return FeedbackResult(organisation.pk, feedback, digest, False, learnt, before, after, learning.feedback_count)


def reset_learning(organisation: Organisation, actor: Any = None, *, request=None, token=None) -> None:
    """Forget what the organisation's filter learnt, and the reports it learnt from (the audit log keeps them).

    The way out when the stored learning is damaged (:class:`LearningDamaged`),
    or when an organisation wants the shipped model back.
    """
    user, label, token = _who(actor, token)
    with transaction.atomic():
        row = _locked_learning(organisation)
        reports, _ = FeedbackEvent.objects.filter(organisation=organisation).delete()
        before = {"feedback_count": row.feedback_count, "size": len(row.data or b""), "reports": reports}
        row.data, row.feedback_count = b"", 0
        row.save()
        record("feedback.reset", actor=user if user is not None else label or None, request=request, token=token,
               organisation=organisation, obj=row, before=before, after={"feedback_count": 0, "size": 0})


def organisation_learning(organisation: Organisation) -> OrganisationLearning | None:
    """The organisation's learning as the gateway uses it (None: nothing learnt yet); raises LearningDamaged."""
    row = Learning.objects.filter(organisation=organisation).first()
    if row is None:
        return None
    try:
        return row.decoded()
    except LearningError as exc:
        raise _damaged(organisation, exc) from None


# -- helpers -------------------------------------------------------------------

def _who(actor: Any, token) -> tuple[Any, str, Any]:
    """(user or None, label, token) from a user, a Principal, a label or nothing (the token's person)."""
    if hasattr(actor, "grants") and hasattr(actor, "user"):  # a Principal
        token = token or actor.token
        actor = actor.user
    if isinstance(actor, str):
        return None, actor, token
    if actor is None and token is not None:
        actor = token.user
    label = (getattr(actor, "email", "") or getattr(actor, "username", "") or "") if actor is not None else ""
    return actor, label, token


def _locked_learning(organisation: Organisation) -> Learning:
    """The organisation's learning row, created if needed, locked until the transaction ends.

    On SQLite the IMMEDIATE transaction already serialises writers;
    ``select_for_update`` does it on PostgreSQL.
    """
    Learning.objects.get_or_create(organisation=organisation)  # a concurrent creation is caught and read
    return Learning.objects.select_for_update().get(organisation=organisation)


def _fitting_learning(row: Learning, model: Model, organisation: Organisation) -> tuple[OrganisationLearning, bool]:
    """The stored learning if the model can use it, else a fresh one; True when an obsolete one was replaced."""
    try:
        learning = row.decoded()
    except LearningError as exc:
        raise _damaged(organisation, exc) from None
    if learning is not None and learning.fits(model):
        return learning, False
    if learning is not None:
        log.info("organisation %s: learning for features v%s replaced for the model's v%s",
                 organisation.pk, learning.feature_version, model.feature_version)
    return OrganisationLearning(model.bits, model.feature_version), learning is not None


def _damaged(organisation: Organisation, exc: Exception) -> LearningDamaged:
    log.error("organisation %s: stored learning cannot be read: %s", organisation.pk, exc)
    return LearningDamaged(f"the stored learning of organisation {organisation.name} cannot be read ({exc}); "
                           "feedback is refused so as not to overwrite it: an operator must reset it")


def _probability(model: Model, learning: OrganisationLearning, vector) -> float:
    indices, values = vector
    return sigmoid(model.logit(indices, values) + learning.adjustment(indices, values))
