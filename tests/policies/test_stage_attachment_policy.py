"""The attachment-policy stage: the organisation's rules by extension, true type and size."""

import io
import zipfile
from email.message import EmailMessage

import pytest

from rempart.engine.context import Context
from rempart.engine.message import Message
from rempart.engine.pipeline import Pipeline
from rempart.engine.policy import DEFAULT_POLICY, AttachmentRule
from rempart.engine.stages import attachment_policy
from rempart.engine.verdict import Action, Verdict

pipeline = Pipeline(modules=[attachment_policy])

# The smallest bytes filetype calls a Windows PE executable.
PE = b"MZ" + b"\0" * 58 + (64).to_bytes(4, "little") + b"PE\0\0" + b"\0" * 64
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"


def message(*files: tuple[str, bytes]) -> bytes:
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = "a@x.example", "finance@alpha.test", "files"
    mail.set_content("See attached.\n")
    for name, data in files:
        mail.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return mail.as_bytes()


def zipped(name: str, data: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, data)
    return buffer.getvalue()


async def scan(raw: bytes, *rules: AttachmentRule, context: Context | None = None):
    policy = DEFAULT_POLICY.with_changes(attachment_rules=rules)
    return await pipeline.scan(Message(raw), policy, context or Context())


BLOCK_EXE = AttachmentRule("extension", "exe", "block")
BLOCK_EXECUTABLES = AttachmentRule("type", "executable", "block")


async def test_no_rule_says_nothing_even_for_an_executable():
    assert (await scan(message(("setup.exe", PE)))).symbols == []


async def test_an_extension_rule_blocks_by_name():
    result = await scan(message(("report.pdf", PDF), ("setup.EXE", b"not really")), BLOCK_EXE)

    assert result.verdict is Verdict.POLICY and result.action is Action.REJECT
    assert result.symbols[0].name == "ATTACHMENT_BLOCKED"
    assert result.symbols[0].detail == "setup.EXE (organisation rule: block .exe)"


async def test_a_type_rule_sees_an_executable_under_a_harmless_name():
    result = await scan(message(("invoice.pdf", PE)), BLOCK_EXECUTABLES)

    assert result.has("ATTACHMENT_BLOCKED")
    assert "type executable" in result.symbols[0].detail


async def test_a_type_rule_sees_into_archives():
    result = await scan(message(("docs.zip", zipped("tool.exe", PE))), AttachmentRule("type", "pe", "block"))

    assert result.has("ATTACHMENT_BLOCKED")
    assert "tool.exe" in result.symbols[0].detail


async def test_a_size_rule_quarantines_large_attachments_only():
    rule = AttachmentRule("size", "1000", "quarantine")
    context = Context()

    small = await scan(message(("a.pdf", PDF)), rule)
    large = await scan(message(("b.pdf", PDF + b"0" * 2000)), rule, context=context)

    assert small.symbols == []
    assert large.has("ATTACHMENT_QUARANTINED") and large.verdict is Verdict.POLICY
    assert context.notes["policy_action"] == "quarantine"


async def test_the_narrowest_level_decides():
    rules = (AttachmentRule("extension", "exe", "allow", "mailbox"),
             AttachmentRule("type", "executable", "block", "organisation"))

    assert (await scan(message(("setup.exe", PE)), *rules)).symbols == []
    assert (await scan(message(("setup.scr", PE)), *rules)).has("ATTACHMENT_BLOCKED")


async def test_within_a_level_the_strictest_action_wins():
    rules = (AttachmentRule("type", "document", "allow", "domain"),
             AttachmentRule("size", "100", "block", "domain"))

    assert (await scan(message(("big.pdf", PDF + b"0" * 200)), *rules)).has("ATTACHMENT_BLOCKED")


async def test_a_block_outweighs_a_quarantine_and_stops_the_scan():
    rules = (AttachmentRule("extension", "iso", "quarantine"), BLOCK_EXE)

    result = await scan(message(("a.iso", b"x"), ("b.exe", b"x")), *rules)

    assert [s.name for s in result.symbols] == ["ATTACHMENT_BLOCKED"]


async def test_allowed_attachments_pass():
    rules = (AttachmentRule("type", "executable", "allow"),)

    assert (await scan(message(("setup.exe", PE)), *rules)).symbols == []


@pytest.mark.parametrize("action", [Action.QUARANTINE, Action.DISCARD])
async def test_a_block_follows_the_policy_action_for_policy_verdicts(action):
    policy = DEFAULT_POLICY.with_changes(attachment_rules=(BLOCK_EXE,), actions={Verdict.POLICY: action})

    result = await pipeline.scan(Message(message(("x.exe", b"x"))), policy, Context())

    assert result.action is action
