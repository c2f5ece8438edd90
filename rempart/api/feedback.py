"""Feedback: a person reports a message as spam or legitimate, and their organisation's filter learns from it.

``POST /organisations/{id}/feedback`` takes the raw message, base64-encoded
(line breaks allowed), at most 10 MB once decoded — the request body may be
:data:`MAX_BODY` bytes, more than the API's usual limit — and a feedback
word. Organisation and provider admins and the organisation's end users may
report; auditors may not (403). The answer gives the message's spam
probability for the organisation before and after: 201 when the report was
recorded, 200 when the message had already been reported with the same
class (nothing learnt twice). Learning, de-duplication and the audit event
are :mod:`rempart.feedback.service`'s.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import asdict
from typing import Literal

from ninja import Router, Schema, Status
from pydantic import Field

from rempart.api import lookup
from rempart.api.errors import Conflict, Invalid, PayloadTooLarge
from rempart.api.schemas import WRITE_ERRORS, Input, ObjectId
from rempart.engine.learning import FEEDBACK
from rempart.feedback import service

router = Router(tags=["feedback"])

URL_NAME = "organisation_feedback"
# Base64 of the largest message, with a line break every 76 characters, and room for the JSON around it.
MAX_BODY = -(-service.MAX_MESSAGE_SIZE // 3) * 4 * 78 // 76 + 64 * 1024

FeedbackWord = Literal[tuple(FEEDBACK)]


class FeedbackIn(Input):
    message: str = Field(max_length=MAX_BODY, description=(
        "The raw message (RFC 5322, headers included), base64-encoded; at most "
        f"{service.MAX_MESSAGE_SIZE // (1024 * 1024)} MB once decoded."))
    feedback: FeedbackWord = Field(description=(
        "reported_spam: a missed spam; reported_legitimate: legitimate mail scored as spam; "
        "released: released from quarantine (legitimate)."))


class FeedbackOut(Schema):
    organisation_id: int
    feedback: str
    message_sha256: str
    duplicate: bool
    learnt: bool
    probability_before: float
    probability_after: float
    feedback_count: int


def _decoded(text: str) -> bytes:
    compact = "".join(text.split())
    if len(compact) // 4 * 3 > service.MAX_MESSAGE_SIZE + 2:
        raise PayloadTooLarge(f"the message is larger than {service.MAX_MESSAGE_SIZE} bytes")
    try:
        return base64.b64decode(compact, validate=True)
    except (binascii.Error, ValueError):
        raise Invalid("message: not valid base64", [{"field": "message", "message": "not valid base64"}]) from None


@router.post("/organisations/{organisation_id}/feedback", url_name=URL_NAME,
             response={200: FeedbackOut, 201: FeedbackOut, **WRITE_ERRORS})
def report_feedback(request, organisation_id: ObjectId, payload: FeedbackIn):
    """Teach the organisation's filter that a message is spam or legitimate."""
    organisation = lookup.reported_organisation(request.auth, organisation_id)
    raw = _decoded(payload.message)
    try:
        result = service.record_feedback(organisation, raw, payload.feedback, request.auth,
                                         source="api", request=request, token=request.auth.token)
    except service.MessageTooLarge as exc:
        raise PayloadTooLarge(str(exc)) from None
    except service.LearningDamaged as exc:
        raise Conflict(str(exc)) from None
    except service.FeedbackError as exc:
        field = "feedback" if isinstance(exc, service.UnknownFeedback) else "message"
        raise Invalid(f"{field}: {exc}", [{"field": field, "message": str(exc)}]) from None
    return Status(200 if result.duplicate else 201, asdict(result))
