"""Bounces read back with the email package, as a mail client or a bounce parser would."""

import email
import email.policy
from email.utils import parsedate_to_datetime

import pytest

from rempart.gateway.dsn import build_dsn, recipient_status
from rempart.gateway.queue import FAILED, QueueEntry, Recipient

ORIGINAL = (
    b"From: Alice <alice@sender.test>\r\n"
    b"To: bob@org.test, carol@org.test\r\n"
    b"Subject: Quarterly figures\r\n"
    b"Message-ID: <orig-1@sender.test>\r\n"
    b"\r\n"
    b"The secret body must not come back.\r\n"
)


def make_entry(*replies: tuple[str, str], mail_from: str = "alice@sender.test") -> QueueEntry:
    return QueueEntry(
        id="0190ABCDEF01AABBCCDDEE",
        mail_from=mail_from,
        recipients=[Recipient(address, FAILED, 2, reply) for address, reply in replies],
        received_at=1_700_000_000.0,
        next_attempt=0.0,
    )


def parse(data: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(data, policy=email.policy.default)


def dsn_for(entry: QueueEntry, **kwargs) -> email.message.EmailMessage:
    data = build_dsn(
        entry, entry.failed, "mx.rempart.test", ORIGINAL, "refused", now=1_700_000_100.0, **kwargs
    )
    return parse(data)


def test_dsn_is_a_delivery_status_report_in_three_parts():
    report = dsn_for(make_entry(("bob@org.test", "550 5.1.1 <bob@org.test>: no such user")))
    assert report.get_content_type() == "multipart/report"
    assert report.get_param("report-type") == "delivery-status"
    assert [p.get_content_type() for p in report.iter_parts()] == [
        "text/plain",
        "message/delivery-status",
        "text/rfc822-headers",
    ]


def test_dsn_headers_say_who_from_whom_and_that_it_is_automatic():
    report = dsn_for(make_entry(("bob@org.test", "550 5.1.1 no such user")))
    assert report["From"].addresses[0].addr_spec == "MAILER-DAEMON@mx.rempart.test"
    assert report["To"].addresses[0].addr_spec == "alice@sender.test"
    assert report["Auto-Submitted"] == "auto-replied"
    assert report["Message-ID"].endswith("@mx.rempart.test>")
    assert parsedate_to_datetime(report["Date"]).timestamp() == 1_700_000_100.0


def test_per_message_fields_name_the_reporting_mta_and_arrival():
    report = dsn_for(make_entry(("bob@org.test", "550 5.1.1 no such user")))
    per_message = report.get_payload(1).get_payload()[0]
    assert per_message["Reporting-MTA"] == "dns; mx.rempart.test"
    assert parsedate_to_datetime(per_message["Arrival-Date"]).timestamp() == 1_700_000_000.0


def test_each_failed_recipient_gets_its_own_status_block():
    entry = make_entry(
        ("bob@org.test", "550 5.1.1 <bob@org.test>: no such user"),
        ("carol@org.test", "552 5.2.2 mailbox full"),
    )
    blocks = dsn_for(entry).get_payload(1).get_payload()[1:]
    assert [b["Final-Recipient"] for b in blocks] == [
        "rfc822; bob@org.test",
        "rfc822; carol@org.test",
    ]
    assert [b["Action"] for b in blocks] == ["failed", "failed"]
    assert [b["Status"] for b in blocks] == ["5.1.1", "5.2.2"]
    assert blocks[0]["Diagnostic-Code"] == "smtp; 550 5.1.1 <bob@org.test>: no such user"


def test_a_recipient_that_never_got_a_permanent_answer_is_reported_expired():
    entry = make_entry(
        ("bob@org.test", "451 4.3.0 try again later"),
        ("dan@org.test", "127.0.0.1:25: Connection refused"),
    )
    blocks = dsn_for(entry).get_payload(1).get_payload()[1:]
    assert [b["Status"] for b in blocks] == ["4.4.7", "4.4.7"]
    assert blocks[0]["Diagnostic-Code"] == "smtp; 451 4.3.0 try again later"
    assert blocks[1]["Diagnostic-Code"] is None  # not an SMTP reply: no diagnostic code


@pytest.mark.parametrize(
    "reply, status",
    [
        ("550 5.7.1 blocked", "5.7.1"),
        ("550 mailbox unavailable", "5.0.0"),
        ("554-5.6.0 first line", "5.6.0"),
        ("556 5.1.10 null MX", "5.1.10"),
        ("452 4.2.2 over quota", "4.4.7"),
        ("", "4.4.7"),
    ],
)
def test_status_comes_from_the_enhanced_code_of_the_reply(reply, status):
    assert recipient_status(reply) == status


def test_the_original_headers_come_back_without_the_body():
    part = dsn_for(make_entry(("bob@org.test", "550 5.1.1 no"))).get_payload(2)
    headers = part.get_payload(decode=True).decode()
    assert "Subject: Quarterly figures" in headers
    assert "Message-ID: <orig-1@sender.test>" in headers
    assert "secret body" not in headers


def test_human_readable_part_names_each_recipient_and_its_reply():
    text = (
        dsn_for(make_entry(("bob@org.test", "550 5.1.1 no such user"))).get_payload(0).get_content()
    )
    assert "<bob@org.test>: 550 5.1.1 no such user" in text
    assert "mx.rempart.test" in text


def test_non_ascii_original_headers_stay_readable_and_seven_bit():
    entry = make_entry(("bob@org.test", "550 5.1.1 no"))
    data = build_dsn(
        entry, entry.failed, "mx.rempart.test", "Subject: Réunion\r\n\r\nx".encode(), "refused"
    )
    assert data.isascii()
    headers = parse(data).get_payload(2).get_payload(decode=True).decode("utf-8")
    assert "Subject: Réunion" in headers


def test_lines_end_in_crlf_for_smtp():
    data = build_dsn(
        make_entry(("bob@org.test", "550 5.1.1 no")),
        [Recipient("bob@org.test", FAILED, 1, "550 5.1.1 no")],
        "mx.rempart.test",
        ORIGINAL,
        "",
    )
    assert b"\n" not in data.replace(b"\r\n", b"")


def test_no_dsn_to_a_null_sender():
    entry = make_entry(("bob@org.test", "550 5.1.1 no"), mail_from="")
    with pytest.raises(ValueError):
        build_dsn(entry, entry.failed, "mx.rempart.test", ORIGINAL, "refused")
