"""Feature extraction: stable, blind to the corpus site's headers, and unbreakable on junk."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from rempart.engine import features
from rempart.engine.message import Message

ROOT = Path(__file__).resolve().parents[2]

BASE = (
    b"From: Alice Martin <alice@example.com>\r\n"
    b"To: bob@example.org\r\n"
    b"Subject: Minutes of the meeting\r\n"
    b"Date: Tue, 6 Aug 2002 11:48:09 +0100\r\n"
    b"Message-ID: <1234@mail.example.com>\r\n"
    b"\r\n"
    b"Hello Bob, here are the minutes of Tuesday's meeting: http://docs.example.com/minutes.html\r\n"
)


def vector(raw: bytes) -> tuple[list[int], list[float]]:
    indices, values = features.extract(Message(raw))
    return indices.tolist(), np.round(values, 6).tolist()


def with_headers(extra: bytes) -> bytes:
    return extra + BASE


def test_vector_is_sorted_unit_length_and_in_range():
    indices, values = features.extract(Message(BASE))

    assert len(indices) == len(values) > 20
    assert np.all(np.diff(indices) > 0)
    assert np.all((indices >= 0) & (indices < 1 << features.DEFAULT_BITS))
    assert float(np.dot(values, values)) == pytest.approx(1.0, abs=1e-5)


def test_hashing_does_not_depend_on_the_process():
    """Python's own hash() is salted per process; the model needs the same buckets everywhere."""
    code = (
        "import json, sys; from rempart.engine import features; from rempart.engine.message import Message;"
        "i, v = features.extract(Message(sys.stdin.buffer.read())); print(json.dumps(i.tolist()))"
    )
    env = dict(os.environ, PYTHONHASHSEED="12345")
    done = subprocess.run([sys.executable, "-c", code], input=BASE, capture_output=True, cwd=ROOT, env=env, check=True)

    assert json.loads(done.stdout) == vector(BASE)[0]


def test_headers_added_on_the_way_are_not_features():
    """The corpus went through one site; what that site wrote must not teach the model anything."""
    site = (
        b"Return-Path: <yyyy@spamassassin.taint.org>\r\n"
        b"Delivered-To: zzzz@localhost.netnoteinc.com\r\n"
        b"X-Spam-Status: No, hits=-5.0 required=5.0\r\n"
        b"X-Loop: fork@xent.com\r\n"
        b"X-Keywords: \r\nX-Status: \r\nDelivery-Date: Tue Aug 20 03:35:03 2002\r\n"
        b"X-Authentication-Warning: lugh.tuatha.org: Host claimed to be example.com\r\n"
    )

    assert vector(with_headers(site)) == vector(BASE)


def test_relays_count_for_their_shape_never_their_names():
    one = b"Received: from lugh.tuatha.org (root@lugh.tuatha.org [194.125.145.45]) by dogma.slashnull.org\r\n"
    other = b"Received: from mx.example.net (mx.example.net [198.51.100.45]) by mail.example.org\r\n"
    home = b"Received: from kinson (m203-133-159-113.ismart.net [203.133.159.113]) by dogma.slashnull.org\r\n"
    internal = b"Received: from localhost (localhost [127.0.0.1]) by phobos.labs.example (Postfix)\r\n"

    assert vector(with_headers(one)) == vector(with_headers(other))
    assert vector(with_headers(home)) != vector(with_headers(one))
    assert vector(with_headers(internal)) == vector(BASE)


def test_recipient_addresses_and_list_names_are_not_features():
    one = with_headers(b"Cc: jm@jmason.org\r\nList-Id: Irish Linux Users' Group <ilug.linux.ie>\r\n")
    other = with_headers(b"Cc: someone@example.net\r\nList-Id: Another list <other.example.net>\r\n")

    assert vector(one) == vector(other)
    assert vector(one) != vector(BASE)  # the presence of a list header still counts


def test_sender_written_headers_are_features():
    assert vector(with_headers(b"X-Mailer: Mass Mailer 3000\r\n")) != vector(BASE)


def test_families_of_features():
    raw = (
        b"From: \"PROMO\" <deals123@shop.example.biz>\r\nSubject: WINNER BIG $$$ today\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
        b"--b\r\nContent-Type: text/html\r\n\r\n"
        b"<html><body><a href='http://198.51.100.7/login.php'>www.mybank.com</a>"
        b"<img src='http://img.example.biz/x.gif'><div style='display:none'>lorem ipsum filler</div>"
        b"<form action='http://collect.example.top/p'><input type='password' name='pw'></form></body></html>\r\n"
        b"--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"invoice.pdf.exe\"\r\n\r\n"
        b"MZ\x90\x00\r\n--b--\r\n"
    )
    names = set(features.feature_names(Message(raw)))

    assert {"html:present", "html:only", "html:hidden", "html:form", "html:password"} <= names
    assert {"u:ip", "u:tld:biz", "u:dom:example.biz", "u:text_other_domain", "u:ext:php"} <= names
    assert {"a:ext:exe", "a:type:application/octet-stream", "a:count:1"} <= names
    assert {"s:winner", "caps:WINNER", "f:dom:example.biz", "f:tld:biz", "f:localdigits:3", "hid:lorem"} <= names


def test_digits_are_generalised_and_anonymised_addresses_dropped():
    raw = b"Subject: offer\r\n\r\nOnly $19.99 until 2002, write to yyyy at zzzz or xxxxxx.\r\n"
    names = set(features.feature_names(Message(raw)))

    assert "w:00.00" in names and "w:0000" in names
    assert not {"w:yyyy", "w:zzzz", "w:xxxxxx"} & names


JUNK = {
    "empty": b"",
    "binary": bytes(range(256)) * 40,
    "no body": b"Subject: only headers",
    "nul bytes": b"From: \x00\x00@\x00\r\nSubject: \x00\r\n\r\n\x00\x00\x00",
    "lying charset": b"Content-Type: text/plain; charset=no-such-charset\r\n\r\n\xff\xfe caf\xe9",
    "unicode header": "Subject: =?utf-8?b?w6nDqcOp?= \u00e9\u00e9\r\nFrom: \u00e9 <\u00e9@\u00e9>\r\n\r\nx".encode(),
    "broken base64": b"Content-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!not base64===\r\n",
    "multipart without boundary": b"Content-Type: multipart/mixed\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\nhi\r\n",
    "unclosed nesting": b"Content-Type: multipart/mixed; boundary=a\r\n\r\n--a\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\n",
    "deep html": b"Content-Type: text/html\r\n\r\n" + b"<div>" * 20000 + b"deep",
    "huge header": b"Subject: " + b"A" * 1_000_000 + b"\r\n\r\nbody",
    "bad addresses": b"From: <<<@@@>>>\r\nTo: ,,,;;;\"\r\nReply-To: @\r\nMessage-ID: <>\r\nDate: yesterday\r\n\r\nx",
    "bad urls": b"Content-Type: text/html\r\n\r\n<a href='http://[::1'>x</a><a href='http://%zz%/'>y</a><a href='http://'>z</a>",
}


@pytest.mark.parametrize("raw", JUNK.values(), ids=JUNK.keys())
def test_junk_never_raises(raw):
    indices, values = features.extract(Message(raw))

    assert len(indices) == len(values)
    assert np.all(np.isfinite(values))
    assert np.all((indices >= 0) & (indices < 1 << features.DEFAULT_BITS))


def test_character_grams_ignore_case_digits_and_spacing_but_not_letters():
    same = features.char_gram_hashes("Claim your PRIZE now: 250 EUR")
    assert np.array_equal(same, features.char_gram_hashes("claim  your prize\nnow: 999 eur"))
    assert not np.array_equal(same, features.char_gram_hashes("Claim your price now: 250 EUR"))
    assert len(same) == len(set(same.tolist()))  # distinct: a gram counts once however often it is written
    assert len(features.char_gram_hashes("abc")) == 0
    assert len(features.char_gram_hashes("ab\ud800cd x")) > 0  # a lone surrogate is text, not an error


def test_character_grams_share_what_split_words_hide():
    """'V-i-a-g-r-a' and 'Via gra' have no word in common with 'viagra'; their grams are close."""
    def grams(text: str) -> set[int]:
        return set(features.char_gram_hashes(text).tolist())

    plain = grams("cheap viagra online")
    assert len(plain & grams("cheap viag ra online")) > len(plain) / 2
    assert "viagra" not in features._words("cheap viag ra online")


def test_a_long_text_does_not_drown_the_named_features():
    """The grams weigh CHAR_WEIGHT against the names however many there are."""
    long_text = b"".join(b"word%d is here and there, " % i for i in range(3000))
    raw = BASE.replace(b"Hello Bob", long_text + b"Hello Bob")
    message = Message(raw)
    names, _text = features._named_features(message)
    indices, values = features.extract(message)
    named = features.hash_features(names)[0]
    named_weight = float(np.sum(values[np.isin(indices, named)] ** 2))
    expected = 1 / (1 + features.CHAR_WEIGHT ** 2)
    assert expected - 0.05 < named_weight < expected + 0.1  # collisions with grams add a little
