"""`rempart scan` as operators and the evaluation drive it: a subprocess, JSON out."""

import json
import mailbox
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rempart.engine.message import Message
from rempart.scan import client_from_received, envelope_from_headers, parse_received

REMPART = [sys.executable, "-m", "rempart.cli"]

HAM = b"""Return-Path: <alice@sender.example>
Received: from mx.internal (localhost [127.0.0.1]) by mx.rempart.test; Mon, 1 Jan 2024 10:00:01 +0000
Received: from mail.sender.example (mail.sender.example [198.51.100.7])
\tby mx.internal with ESMTP id 42; Mon, 1 Jan 2024 10:00:00 +0000
From: Alice <alice@sender.example>
To: bob@example.test
Subject: Lunch
Date: Mon, 1 Jan 2024 10:00:00 +0000
Message-ID: <1@sender.example>

Shall we have lunch on Tuesday?
"""

EICAR = rb"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"


def run_scan(*args, env_extra=None, input_bytes=None):
    env = dict(os.environ, REMPART_DNS="127.0.0.1:9", REMPART_DNS_TIMEOUT="0.3")
    env.pop("REMPART_CLAMD", None)
    env.update(env_extra or {})
    return subprocess.run([*REMPART, "scan", *args], capture_output=True, env=env, input=input_bytes, timeout=120)


def test_received_header_gives_client_ip_and_helo():
    assert parse_received("from mail.sender.example (mail.sender.example [198.51.100.7]) by mx") == (
        "198.51.100.7", "mail.sender.example")
    assert parse_received("from [192.0.2.9] (helo=evil) by mx") == ("192.0.2.9", "192.0.2.9")
    assert parse_received("by localhost with POP3") == (None, "")


def test_internal_hops_are_skipped_like_trusted_networks():
    values = Message(HAM).header_all("Received")
    assert client_from_received(values) == ("198.51.100.7", "mail.sender.example")


def test_envelope_comes_from_return_path_and_received_when_no_options():
    envelope = envelope_from_headers(Message(HAM))
    assert envelope.client_ip == "198.51.100.7"
    assert envelope.helo == "mail.sender.example"
    assert envelope.mail_from == "alice@sender.example"
    assert envelope.rcpt_to == ("bob@example.test",)
    assert envelope.client_name == "mail.sender.example"


def test_undisclosed_recipients_are_read_from_the_receiving_servers_for_clause():
    raw = HAM.replace(b"To: bob@example.test", b"To: undisclosed-recipients:;").replace(
        b"by mx.internal with ESMTP id 42;", b"by mx.internal with ESMTP id 42\r\n\tfor <carol@example.test>;")
    assert envelope_from_headers(Message(raw)).rcpt_to == ("carol@example.test",)


def test_options_override_the_headers():
    envelope = envelope_from_headers(Message(HAM), ip="203.0.113.5", helo="x.example", mail_from="", rcpt=["c@d.test"])
    assert (envelope.client_ip, envelope.helo, envelope.mail_from, envelope.rcpt_to) == (
        "203.0.113.5", "x.example", "", ("c@d.test",))
    assert envelope.client_name == ""  # the recorded name belongs to another address: the stage looks it up


def test_scan_json_has_the_documented_fields(tmp_path):
    path = tmp_path / "ham.eml"
    path.write_bytes(HAM)
    result = run_scan("--json", str(path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert data["path"] == str(path)
    assert data["verdict"] in {"clean", "spam", "bulk", "phishing", "malware", "policy"}
    assert data["action"] in {"deliver", "tag", "quarantine", "redirect", "reject", "discard"}
    assert isinstance(data["score"], (int, float))
    assert all(set(s) == {"name", "score", "detail"} for s in data["symbols"])
    assert set(data["auth"]) == {"spf", "dkim", "dmarc", "arc"}
    words = {"pass", "fail", "softfail", "neutral", "none", "temperror", "permerror"}
    assert set(data["auth"].values()) <= words


def test_scan_offline_answers_with_temperror_for_spf(tmp_path):
    path = tmp_path / "ham.eml"
    path.write_bytes(HAM)
    data = json.loads(run_scan("--json", str(path)).stdout)
    assert data["auth"]["spf"] == "temperror"
    assert data["verdict"] == "clean"


def test_scan_walks_folders_and_mbox_files(tmp_path):
    (tmp_path / "dir").mkdir()
    (tmp_path / "dir" / "a.eml").write_bytes(HAM)
    (tmp_path / "dir" / "b.eml").write_bytes(HAM.replace(b"Lunch", b"Dinner"))
    box = mailbox.mbox(str(tmp_path / "box.mbox"))
    for subject in (b"one", b"two", b"three"):
        box.add(HAM.replace(b"Lunch", subject))
    box.flush()
    box.close()
    result = run_scan("--json", str(tmp_path / "dir"), str(tmp_path / "box.mbox"))
    assert result.returncode == 0, result.stderr
    paths = [json.loads(line)["path"] for line in result.stdout.decode().splitlines()]
    assert paths[:2] == [str(tmp_path / "dir" / "a.eml"), str(tmp_path / "dir" / "b.eml")]
    assert paths[2:] == [f"{tmp_path / 'box.mbox'}#{i}" for i in (1, 2, 3)]


def test_corpus_style_file_with_from_line_is_one_message(tmp_path):
    path = tmp_path / "00001.eml"
    path.write_bytes(b"From alice@sender.example  Thu Aug 22 13:17:22 2002\n" + HAM)
    result = run_scan("--json", str(path))
    data = json.loads(result.stdout)
    assert data["path"] == str(path)
    assert data["auth"]["spf"] == "temperror"  # the envelope was read from the headers


def test_missing_file_is_reported_and_exit_status_is_1(tmp_path):
    good = tmp_path / "ham.eml"
    good.write_bytes(HAM)
    result = run_scan("--json", str(tmp_path / "nope.eml"), str(good))
    assert result.returncode == 1
    assert b"nope.eml" in result.stderr
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert rows[0]["error"] and rows[1]["verdict"] == "clean"


def test_bad_usage_exits_2_with_one_line():
    result = run_scan("--ip")
    assert result.returncode == 2
    assert len(result.stderr.decode().strip().splitlines()) == 1


@pytest.mark.parametrize("junk", [b"", b"\x00\xff" * 100, b"Subject: no body", b"From: \r\n\r\n" + b"x" * 5000,
                                  b"Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\n--b--\n" * 3])
def test_junk_gets_a_verdict_not_a_traceback(tmp_path, junk):
    path = tmp_path / "junk.eml"
    path.write_bytes(junk)
    result = run_scan("--json", str(path))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["verdict"]


def test_eicar_in_a_scanned_file_is_malware_through_clamd(tmp_path, clamd_address):
    message = (b"From: x@y.example\nTo: a@b.test\nSubject: hi\nMIME-Version: 1.0\n"
               b"Content-Type: text/plain\n\n" + EICAR + b"\n")
    path = tmp_path / "eicar.eml"
    path.write_bytes(message)
    data = json.loads(run_scan("--json", str(path), env_extra={"REMPART_CLAMD": clamd_address}).stdout)
    assert data["verdict"] == "malware"
    assert any(s["name"] == "CLAM_VIRUS" for s in data["symbols"])
