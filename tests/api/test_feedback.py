"""POST /organisations/{id}/feedback: admins and end users teach their organisation's filter; nobody else's."""

import base64

import pytest

from rempart.feedback.service import MAX_MESSAGE_SIZE
from tests.api.conftest import audit_rows
from tests.feedback.messages import newsletter

pytestmark = pytest.mark.db


def report(world, who: str, organisation, raw: bytes = None, feedback: str = "released", **extra):
    body = {"message": base64.b64encode(raw if raw is not None else newsletter(1)).decode(), "feedback": feedback,
            **extra}
    return world.client(who).post(f"/organisations/{getattr(organisation, 'pk', organisation)}/feedback", body)


def stored(world) -> tuple[int, int]:
    from rempart.feedback.models import FeedbackEvent, Learning

    return FeedbackEvent.objects.count(), Learning.objects.exclude(data=b"").count()


@pytest.mark.parametrize("who", ["alice", "pat", "bob"])
def test_admins_and_end_users_report_for_their_organisation(world, who):
    response = report(world, who, world.alpha)

    assert response.status_code == 201, response.text
    body = response.json()
    assert body["organisation_id"] == world.alpha.pk and body["feedback"] == "released"
    assert body["learnt"] is True and body["duplicate"] is False and body["feedback_count"] == 1
    assert 0 <= body["probability_after"] < body["probability_before"] <= 1
    assert len(body["message_sha256"]) == 64


def test_a_report_is_audited_with_the_token(world):
    report(world, "bob", world.alpha)

    [event] = audit_rows("feedback.report")
    assert (event.actor, event.source, event.organisation_id) == (world.bob, "api", world.alpha.pk)
    assert event.token_prefix and world.tokens["bob"].startswith(f"rmp_{event.token_prefix}_")


def test_the_same_message_reported_again_answers_200_and_learns_nothing(world):
    first = report(world, "alice", world.alpha).json()

    again = report(world, "bob", world.alpha, feedback="reported_legitimate")

    assert again.status_code == 200
    assert again.json()["duplicate"] is True and again.json()["learnt"] is False
    assert again.json()["probability_before"] == pytest.approx(first["probability_after"])
    assert stored(world) == (1, 1)


def test_an_auditor_may_not_report(world):
    response = report(world, "audrey", world.alpha)

    assert response.status_code == 403
    assert response.json()["detail"] == "your role (auditor) may not teach the filter of organisation Alpha"
    assert stored(world) == (0, 0)
    assert audit_rows("access.denied")


@pytest.mark.parametrize("who", ["alice", "pat", "audrey", "bob"])
def test_another_tenants_organisation_is_not_found(world, who):
    response = report(world, who, world.bravo)

    assert response.status_code == 404
    assert response.json()["detail"] == f"organisation {world.bravo.pk} not found"
    assert stored(world) == (0, 0)


def test_an_organisation_that_does_not_exist_is_not_found(world):
    assert report(world, "pat", 987654).status_code == 404


def test_without_a_token_nothing_is_learnt(world):
    response = report(world, None, world.alpha)

    assert response.status_code == 401
    assert stored(world) == (0, 0)


def test_bad_base64_is_a_422_naming_the_message(world):
    response = world.client("alice").post(f"/organisations/{world.alpha.pk}/feedback",
                                          {"message": "not base64 at all!", "feedback": "released"})

    assert response.status_code == 422
    assert response.json()["errors"] == [{"field": "message", "message": "not valid base64"}]


def test_base64_with_line_breaks_is_accepted(world):
    wrapped = base64.encodebytes(newsletter(1)).decode()  # 76 characters a line, as MIME writes it

    response = world.client("alice").post(f"/organisations/{world.alpha.pk}/feedback",
                                          {"message": wrapped, "feedback": "released"})

    assert response.status_code == 201, response.text


def test_what_is_not_mail_is_a_422(world):
    response = report(world, "alice", world.alpha, raw=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")

    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "message"
    assert "not an email message" in response.json()["detail"]


@pytest.mark.parametrize("word", ["spam", "RELEASED", ""])
def test_an_unknown_feedback_word_is_a_422(world, word):
    response = report(world, "alice", world.alpha, feedback=word)

    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "feedback"
    assert stored(world) == (0, 0)


def test_an_unknown_field_is_a_422(world):
    response = report(world, "alice", world.alpha, mailbox="bob@alpha.test")

    assert response.status_code == 422
    assert response.json()["errors"] == [{"field": "mailbox", "message": "unknown field"}]


def test_a_message_bigger_than_the_api_usual_limit_is_accepted(world):
    padded = newsletter(1) + b"Our catalogue in full:\r\n" + b"garden chairs and parasols\r\n" * 40_000  # 1 MB

    assert report(world, "alice", world.alpha, raw=padded).status_code == 201


def test_a_message_over_10_mb_is_a_413(world):
    big = newsletter(1) + b"x" * MAX_MESSAGE_SIZE

    response = report(world, "alice", world.alpha, raw=big)

    assert response.status_code == 413
    assert "larger than 10485760 bytes" in response.json()["detail"]
    assert stored(world) == (0, 0)


def test_a_body_over_the_routes_limit_is_a_413_before_it_is_read(world):
    response = report(world, "alice", world.alpha, raw=b"x" * (MAX_MESSAGE_SIZE * 11 // 10))

    assert response.status_code == 413
    assert "the request body is larger than" in response.json()["detail"]
