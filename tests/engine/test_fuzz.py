"""Bad input never takes a check down: fuzzing the MIME parser and every stage.

Messages come from two sources: real ones (the samples and a slice of the
corpus) broken in the ways hostile or buggy senders break them — cut short,
bytes flipped, headers duplicated or filled with junk and broken encoded
words, boundaries changed or never closed, transfer encodings and charsets
that lie — and messages generated from nothing as a random MIME tree. For
each, the lazy views of :class:`Message` must answer without raising, and
every registered stage (rempart.engine.stages.load()), run one after the
other on a shared context as the pipeline does, must return hits rather
than raise: the pipeline would turn an exception into STAGE_FAILED, and a
check that fails on junk is a check an attacker can switch off.

Example counts stay small (a few seconds per test); hypothesis varies them
from run to run, and prints the failing message when one breaks something.
For a longer hunt: ``REMPART_FUZZ_EXAMPLES=2000 pytest tests/engine/test_fuzz.py``.
"""

from __future__ import annotations

import asyncio
import base64
import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rempart.engine import stages
from rempart.engine.context import Context
from rempart.engine.dns import DNSResolver
from rempart.engine.message import Message
from rempart.engine.pipeline import Pipeline
from rempart.engine.policy import Policy
from rempart.engine.verdict import Hit, Verdict
from rempart.scan import envelope_from_headers

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "mail"
CORPUS = ROOT.parent / "shared" / "corpus" / "spamassassin"
CORPUS_STRIDE = 15  # every 15th corpus message (about 300) in the corpus test

EXAMPLES = int(os.environ.get("REMPART_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _strip_mbox_line(raw: bytes) -> bytes:
    return raw.split(b"\n", 1)[1] if raw.startswith(b"From ") and b"\n" in raw else raw


def _seed_messages() -> list[bytes]:
    """Every sample, and a few corpus messages of each folder: the shapes mutations start from."""
    seeds = [p.read_bytes() for p in sorted(SAMPLES.glob("*/*.eml"))]
    for folder in ("easy-ham-1", "hard-ham-1", "spam-1", "spam-2"):
        seeds += [_strip_mbox_line(p.read_bytes()) for p in sorted((CORPUS / folder).glob("*"))[:6]]
    if not seeds:
        seeds = [b"From: a@example.org\nSubject: hi\n\nhello\n"]
    return seeds


SEEDS = _seed_messages()
MODULES = stages.load()
PIPELINE = Pipeline(MODULES)
POLICY = Policy(antivirus_unavailable="accept", vips=(("Thomas Girard", "thomas.girard@kerlann-industries.fr"),))
RESOLVER = DNSResolver(("127.0.0.1", 9), timeout=0.2)  # nobody answers: offline, as scan runs

# -- mutations -------------------------------------------------------------------

JUNK_HEADER_VALUES = st.sampled_from([
    "", " ", "=?utf-8?B?", "=?utf-8?Q?=ZZ=?=", "=?x-unknown?B?SGVsbG8=?=", "=?utf-8?B?" + "A" * 300 + "?=",
    "<>", "<@>", "\"\" <>", "a@", "@b", "\udcff", "\x00\x01", "multipart/mixed", "multipart/mixed; boundary=",
    "multipart/alternative; boundary=\"\"", "text/html; charset=\"", "text/plain; charset=utf-7",
    "text/plain; charset=x-no-such-charset", "application/octet-stream; name*=''%ff%fe",
    "attachment; filename*0*=utf-8''%e2%82; filename*1=x.exe", "base64", "quoted-printable", "x-uuencode",
    "Mon, 32 Foo 99999 25:61:61 +9999", "Thu, 01 Jan 1970 00:00:00 +0000", "(comment (nested) <a@b>",
    "=?utf-8?q?M=C3=A9lanie?= <\u00e9@\u00e9.fr>", "xn--80ak6aa92e.com", "https://xn--pple-43d.com/\u202e",
])
HEADER_NAMES = st.sampled_from([
    "From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-ID", "Content-Type", "Content-Transfer-Encoding",
    "Content-Disposition", "MIME-Version", "Received", "Return-Path", "List-Unsubscribe", "List-Id",
    "Authentication-Results", "DKIM-Signature", "ARC-Seal", "Sender", "X-Mailer", "Precedence",
])


@st.composite
def mutated(draw) -> bytes:
    """A real message broken by one to four mutations."""
    raw = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["truncate", "insert", "flip", "header", "drop_header", "boundary",
                                     "encoding", "charset", "line_ends", "nest"]))
        raw = bytearray(_mutate(draw, kind, bytes(raw)))
    return bytes(raw)


def _mutate(draw, kind: str, raw: bytes) -> bytes:
    if not raw:
        return raw
    position = draw(st.integers(0, len(raw)))
    if kind == "truncate":
        return raw[:position]
    if kind == "insert":
        return raw[:position] + draw(st.binary(max_size=64)) + raw[position:]
    if kind == "flip":
        data = bytearray(raw)
        for index in draw(st.lists(st.integers(0, len(raw) - 1), max_size=16)):
            data[index] ^= draw(st.integers(1, 255))
        return bytes(data)
    if kind == "header":
        line = f"{draw(HEADER_NAMES)}: {draw(JUNK_HEADER_VALUES)}\n".encode("utf-8", "surrogateescape")
        return line + raw if draw(st.booleans()) else _after_first_line(raw, line)
    if kind == "drop_header":
        name = draw(HEADER_NAMES).encode()
        return re.sub(rb"(?im)^" + re.escape(name) + rb":.*\n(?:[ \t].*\n)*", b"", raw, count=1)
    if kind == "boundary":
        choice = draw(st.sampled_from([b"", b"x", b"--", b" ", b"\"", b"a" * 80]))
        return re.sub(rb'boundary="?([^";\s]+)"?', b'boundary="' + choice + b'"', raw, count=1)
    if kind == "encoding":
        value = draw(st.sampled_from([b"base64", b"quoted-printable", b"8bit", b"binary", b"x-junk", b""]))
        return re.sub(rb"(?i)(Content-Transfer-Encoding:)[^\n]*", rb"\1 " + value, raw, count=draw(st.integers(0, 3)))
    if kind == "charset":
        value = draw(st.sampled_from([b"utf-7", b"x-unknown", b"", b"\"", b"iso-2022-jp", b"utf-16", b"cp1252"]))
        return re.sub(rb'(?i)charset="?[^";\s]*"?', b"charset=" + value, raw, count=draw(st.integers(0, 3)))
    if kind == "line_ends":
        return raw.replace(b"\n", draw(st.sampled_from([b"\r\n", b"\r", b"\n\n", b"\r\r\n"])))
    if kind == "nest":  # wrap the whole message in a multipart that is never closed
        return (b"Content-Type: multipart/mixed; boundary=\"outer\"\n\n--outer\n" + raw +
                draw(st.sampled_from([b"", b"\n--outer\n", b"\n--outer--\n"])))
    return raw


def _after_first_line(raw: bytes, line: bytes) -> bytes:
    end = raw.find(b"\n")
    return raw + line if end == -1 else raw[:end + 1] + line + raw[end + 1:]


# -- generated from nothing --------------------------------------------------------

TEXT_BODIES = st.one_of(
    st.text(max_size=300),
    st.sampled_from([
        ('<html><body><a href="https://www.paypal.com">https://paypa1.com/login</a><form action="http://192.0.2.1/x.php">'
         '<input type="password"></form><img src="cid:x"><div style="display:none">hidden</div></body></html>'),
        "<a href='javascript:alert(1)'>x</a><a href=\"data:text/html;base64,PGgxPg==\">y</a><a href=\"\">z</a>",
        "<html><body><table><tr><td><a href=\"http://[::1\">broken</a></td></tr></table>",
        "Visit http://xn--pple-43d.com/ or https://bit.ly/x or hxxp://evil[.]com or www.example.com./path?q=%zz",
        "<<<<>>>><!-- <a href=x <script>var a = atob('aGVsbG8=');</script> &#x110000; &#0; &nbsp",
    ]),
)
BINARY_BODIES = st.one_of(
    st.binary(max_size=512),
    st.sampled_from([
        b"PK\x03\x04" + b"\x00" * 26, b"PK\x05\x06" + b"\x00" * 18, b"%PDF-1.7\n1 0 obj << /JS (x) /OpenAction 1 0 R",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504, b"MZ" + b"\x00" * 62, b"\x89PNG\r\n\x1a\n" + b"\x00" * 20,
        b"\x1f\x8b\x08\x00" + b"\x00" * 10, b"Rar!\x1a\x07\x00", b"7z\xbc\xaf\x27\x1c", b"\x00" * 32769 + b"CD001",
    ]),
)
FILENAMES = st.sampled_from(["a.pdf", "invoice.pdf.exe", "x.zip", "doc.docm", "img.png", "page.html", "\u202eexe.pdf",
                             "", "a" * 300, "..\\..\\win.ini", "file.iso", "run.lnk", "payload.js"])


def _leaf(content_type: str, body: bytes, encoding: str, filename: str | None) -> bytes:
    if encoding == "base64":
        body = base64.encodebytes(body)
    head = f"Content-Type: {content_type}\nContent-Transfer-Encoding: {encoding}\n"
    if filename is not None:
        head += f'Content-Disposition: attachment; filename="{filename}"\n'
    return head.encode("utf-8", "surrogateescape") + b"\n" + body + b"\n"


@st.composite
def mime_trees(draw, depth: int = 0) -> bytes:
    """A random MIME node: a leaf of text or bytes, or a multipart of such nodes."""
    if depth < 3 and draw(st.integers(0, 3)) == 0:
        boundary = draw(st.sampled_from(["b1", "=_part", "x" * 70, "same"]))
        children = draw(st.lists(mime_trees(depth + 1), min_size=0, max_size=4))
        body = b"".join(b"--" + boundary.encode() + b"\n" + child for child in children)
        closing = b"--" + boundary.encode() + b"--\n" if draw(st.booleans()) else b""
        subtype = draw(st.sampled_from(["mixed", "alternative", "related", "signed", "report", "digest"]))
        return f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'.encode() + body + closing
    if draw(st.booleans()):
        subtype = draw(st.sampled_from(["plain", "html", "calendar"]))
        charset = draw(st.sampled_from(["utf-8", "iso-8859-1", "utf-7", "bogus"]))
        text = draw(TEXT_BODIES)
        body = text.encode(charset if charset in ("utf-8", "iso-8859-1") else "utf-8", "replace")
        encoding = draw(st.sampled_from(["7bit", "8bit", "quoted-printable", "base64"]))
        return _leaf(f'text/{subtype}; charset="{charset}"', body, encoding, None)
    content_type = draw(st.sampled_from(["application/octet-stream", "application/zip", "application/pdf",
                                         "image/png", "text/html", "application/ms-tnef", "message/rfc822"]))
    return _leaf(content_type, draw(BINARY_BODIES), draw(st.sampled_from(["base64", "8bit", "binary"])),
                 draw(st.none() | FILENAMES))


@st.composite
def generated(draw) -> bytes:
    headers = [f"{draw(HEADER_NAMES)}: {draw(JUNK_HEADER_VALUES | st.text(max_size=60))}"
               for _ in range(draw(st.integers(0, 8)))]
    block = "\n".join(headers).encode("utf-8", "surrogateescape")
    return block + (b"\n" if headers else b"") + b"MIME-Version: 1.0\n" + draw(mime_trees())


# -- what must hold ---------------------------------------------------------------


def read_every_view(message: Message) -> None:
    """Touch every lazy view of the message and of each part, as stages do."""
    for name in ("From", "To", "Subject", "Date", "Received", "Content-Type"):
        message.header(name)
        message.header_all(name)
    message.from_address, message.from_domain, message.from_display_name, message.subject  # noqa: B018
    for part in message.parts:
        part.content_type, part.filename, part.is_attachment, part.payload, part.text  # noqa: B018
    message.attachments, message.text, message.html_parts, message.visible_text, message.urls  # noqa: B018
    assert isinstance(message.defects, list)


async def run_every_stage(raw: bytes) -> list[str]:
    """Each registered stage on the message, in order on one context; the failures, by stage name."""
    message = Message(raw)
    context = Context(envelope=envelope_from_headers(message), resolver=RESOLVER, antivirus=None,
                      organisation_domains=frozenset({"kerlann-industries.fr"}))
    failures = []
    for module in MODULES:
        try:
            hits = await module.check(message, POLICY, context)
        except Exception as exc:  # noqa: BLE001 - what the pipeline would turn into STAGE_FAILED
            failures.append(f"{module.NAME}: {exc.__class__.__name__}: {exc}")
            continue
        assert all(isinstance(hit, Hit) and hit.symbol in PIPELINE.symbols for hit in hits), (module.NAME, hits)
    return failures


def assert_survives(raw: bytes) -> None:
    read_every_view(Message(raw))
    assert asyncio.run(run_every_stage(raw)) == []
    message = Message(raw)
    result = asyncio.run(PIPELINE.scan(message, POLICY, Context(envelope=envelope_from_headers(message))))
    assert isinstance(result.verdict, Verdict) and not result.has("STAGE_FAILED")


@FUZZ
@given(raw=mutated())
def test_mutated_real_messages_break_no_view(raw: bytes) -> None:
    read_every_view(Message(raw))


@FUZZ
@given(raw=generated())
def test_generated_messages_break_no_view(raw: bytes) -> None:
    read_every_view(Message(raw))


@FUZZ
@given(raw=mutated())
def test_mutated_real_messages_break_no_stage(raw: bytes) -> None:
    assert_survives(raw)


@FUZZ
@given(raw=generated())
def test_generated_messages_break_no_stage(raw: bytes) -> None:
    assert_survives(raw)


@settings(max_examples=max(10, EXAMPLES * 2 // 3), deadline=None, database=None)
@given(raw=st.binary(max_size=2048))
def test_arbitrary_bytes_break_no_stage(raw: bytes) -> None:
    assert_survives(raw)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="no shared corpus")
def test_corpus_messages_scan_with_no_stage_failure() -> None:
    files = sorted(p for p in CORPUS.glob("*/*") if p.is_file())[::CORPUS_STRIDE]
    failures = {}
    for path in files:
        found = asyncio.run(run_every_stage(_strip_mbox_line(path.read_bytes())))
        if found:
            failures[path.name] = found
    assert failures == {}
