"""The antivirus stage end to end: message in, verdict and action out, real clamd."""

from __future__ import annotations

import pytest

from rempart.engine.clamd import ClamdClient
from rempart.engine.context import Context
from rempart.engine.message import Message
from rempart.engine.pipeline import Pipeline
from rempart.engine.policy import DEFAULT_POLICY
from rempart.engine.stages import antivirus, size
from rempart.engine.verdict import Action, Verdict
from tests.support.clamd import EICAR, EICAR_SIGNATURE, SAMPLE, SAMPLE_SIGNATURE, message_with_attachment

pipeline = Pipeline(modules=[antivirus])
ACCEPT_UNSCANNED = DEFAULT_POLICY.with_changes(antivirus_unavailable="accept")


async def scan(raw: bytes, address: str | None, policy=DEFAULT_POLICY, modules=None):
    client = ClamdClient(address, timeout=20) if address else None
    engine = Pipeline(modules=modules) if modules else pipeline
    return await engine.scan(Message(raw), policy, Context(antivirus=client))


def symbol(result, name):
    return next(s for s in result.symbols if s.name == name)


@pytest.mark.parametrize("transport", ["unix", "tcp"])
async def test_eicar_attachment_is_malware_and_rejected(clamd, transport):
    address = clamd.socket_path if transport == "unix" else clamd.tcp_address
    result = await scan(message_with_attachment(EICAR, "eicar.com"), address)
    assert result.verdict is Verdict.MALWARE
    assert result.action is Action.REJECT
    assert symbol(result, "CLAM_VIRUS").detail == EICAR_SIGNATURE
    assert EICAR_SIGNATURE in result.reason


async def test_test_sample_is_malware_and_follows_the_policy_action(clamd):
    policy = DEFAULT_POLICY.with_changes(actions={**DEFAULT_POLICY.actions, Verdict.MALWARE: Action.QUARANTINE})
    result = await scan(message_with_attachment(SAMPLE), clamd.address, policy)
    assert result.verdict is Verdict.MALWARE
    assert result.action is Action.QUARANTINE
    assert symbol(result, "CLAM_VIRUS").detail == SAMPLE_SIGNATURE


async def test_a_detection_stops_the_scan(clamd):
    # size would fire MESSAGE_TOO_BIG if it ran after the virus was found.
    tiny = DEFAULT_POLICY.with_changes(max_message_size=10)
    result = await scan(message_with_attachment(EICAR), clamd.address, tiny, modules=[antivirus, size])
    assert result.has("CLAM_VIRUS")
    assert not result.has("MESSAGE_TOO_BIG")


async def test_clean_message_is_delivered(clamd):
    result = await scan(message_with_attachment(b"%PDF-1.4 quarterly figures\n"), clamd.address)
    assert result.verdict is Verdict.CLEAN
    assert result.action is Action.DELIVER
    assert result.symbols == []


async def test_clamd_down_tempfails_by_default(dead_clamd_address):
    result = await scan(message_with_attachment(b"hello"), dead_clamd_address)
    assert result.action is Action.TEMPFAIL
    assert result.reason == "Antivirus unavailable, try again later"
    assert "Connection refused" in symbol(result, "AV_UNAVAILABLE").detail


async def test_clamd_down_accepts_with_a_warning_when_the_policy_says_so(dead_clamd_address):
    result = await scan(message_with_attachment(b"hello"), dead_clamd_address, ACCEPT_UNSCANNED)
    assert result.verdict is Verdict.CLEAN
    assert result.action is Action.DELIVER
    assert result.has("AV_UNAVAILABLE")


async def test_no_antivirus_configured_delivers_with_a_warning_whatever_the_policy():
    # The operator chose to run without clamd (the embedded default); only a
    # configured clamd that fails makes the policy's tempfail apply.
    for policy in (DEFAULT_POLICY, ACCEPT_UNSCANNED):
        result = await scan(message_with_attachment(b"hello"), None, policy)
        assert result.action is Action.DELIVER
        assert "no antivirus configured" in symbol(result, "AV_NOT_CONFIGURED").detail
        assert not result.has("AV_UNAVAILABLE")


async def test_message_above_stream_max_length_is_refused_not_retried(clamd):
    # A retry could never be scanned either: refuse for good, as a policy matter.
    raw = message_with_attachment(b"A" * (clamd.stream_max_length * 2))
    result = await scan(raw, clamd.address)
    assert result.verdict is Verdict.POLICY
    assert result.action is Action.REJECT
    assert "larger than the antivirus scans" in result.reason
    assert clamd.address not in result.reason


async def test_message_above_stream_max_length_passes_unscanned_when_the_policy_accepts(clamd):
    raw = message_with_attachment(b"A" * (clamd.stream_max_length * 2))
    result = await scan(raw, clamd.address, ACCEPT_UNSCANNED)
    assert result.verdict is Verdict.CLEAN
    assert result.action is Action.DELIVER
    assert f"{len(raw)} bytes" in symbol(result, "AV_TOO_LARGE").detail


async def test_malware_is_not_turned_into_a_tempfail(clamd):
    # A tempfail note from elsewhere must not let a virus be retried.
    context = Context(antivirus=ClamdClient(clamd.address), notes={"tempfail": "DNS down"})
    result = await pipeline.scan(Message(message_with_attachment(EICAR)), DEFAULT_POLICY, context)
    assert result.action is Action.REJECT
