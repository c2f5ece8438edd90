"""Write the eighth blind set: phishing that abuses genuine platforms, and its legitimate twins.

40 phishing messages and 30 legitimate ones (5 clean, 25 bulk), files
prefixed ``b8-`` and listed in ``blind8_manifest.txt``. The theme is the
phishing filters find hardest, as Kerlann Industries' staff received it in
2023-2026: messages that a real platform sent or relayed, so that SPF, DKIM
and DMARC pass for a respectable domain —
SharePoint and OneDrive shares from a stranger's compromised tenant, Google
Docs comments and Drive shares from unknown Gmail accounts, Dropbox,
WeTransfer, DocSend, Canva, Adobe Express, Notion, Webflow, Wix, Google
Sites and Forms, Microsoft Forms, Typeform and Jotform pages, DocuSign,
Acrobat Sign, PandaDoc and Dropbox Sign envelopes from unknown accounts,
PayPal, QuickBooks, Square and FreshBooks invoices with callback numbers,
Google Calendar invitations, GitHub issues and OAuth consent, lures relayed
by Salesforce, SendGrid, Mailchimp, Brevo and Amazon SES, pages on Cloudflare
Workers and R2, IPFS, Firebase, Azure and Google Cloud storage and S3, open
redirects (Google, Bing, YouTube, DoubleClick, LinkedIn, another tenant's
Safe Links, Proofpoint and Mimecast rewriting), QR codes in a PDF and an
inline picture, and compromised supplier mailboxes. Recipients are at the
head office (kerlann-industries.fr, on Microsoft 365, so the headers are
Exchange Online Protection's) and at the US and UK offices (kerlann.com, on
Google Workspace, so the headers are Gmail's, with ARC). The legitimate
half imitates the same platforms used as intended: colleagues' and known
partners' shares, envelopes from known customers and suppliers, QuickBooks,
Stripe and PayPal invoices from real suppliers, calendar invitations,
GitHub notifications, form-tool notifications, WeTransfer downloads, the
platforms' own newsletters with click tracking, Safe Links-wrapped internal
mail and a supplier's invoice in PDF. All people and organisations are
invented, apart from the platforms; DKIM signatures and ARC seals have the
right shape but are not real. Everything is derived from the sample names,
so a re-run writes byte-identical files.

The writer filed the platforms' notifications about the reader's own work
(shares, envelopes, invoices, invitations, form notices) as clean; after
the first scan the sixteen the engine classes as bulk, being sent from a
platform's no-reply or notification address, were filed under bulk/.

Run from the repository root:

    .venv/bin/python samples/tools/build_blind8_samples.py
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
import sys
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))

import files  # noqa: E402
import mime  # noqa: E402
from mime import Leaf, Multi  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
MAIL = ROOT / "samples" / "mail"
MANIFEST = ROOT / "samples" / "tools" / "blind8_manifest.txt"

KERLANN_TENANT = "5c0e4f2a-8b1d-4d7e-9a63-2f41c8e07b19"
UTC = timezone.utc

# --------------------------------------------------------------------------
# Deterministic identifiers


def hx(name: str, label: str, n: int = 16) -> str:
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{name}|{label}|{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def hxu(name: str, label: str, n: int = 16) -> str:
    return hx(name, label, n).upper()


def b64(name: str, label: str, n: int) -> str:
    raw = b""
    i = 0
    while len(raw) * 4 // 3 < n + 4:
        raw += hashlib.sha256(f"{name}|{label}|{i}".encode()).digest()
        i += 1
    return base64.b64encode(raw).decode()[:n]


def b64u(name: str, label: str, n: int) -> str:
    return b64(name, label, n).replace("+", "-").replace("/", "_")


def alnum(name: str, label: str, n: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    digest = b""
    i = 0
    while len(digest) < n:
        digest += hashlib.sha256(f"{name}|{label}|{i}".encode()).digest()
        i += 1
    return "".join(alphabet[b % len(alphabet)] for b in digest[:n])


def digits(name: str, label: str, n: int) -> str:
    return str(int(hx(name, label, 40), 16))[:n]


def uuid(name: str, label: str) -> str:
    h = hx(name, label, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def bh(name: str, label: str) -> str:
    return base64.b64encode(hashlib.sha256(f"{name}|bh|{label}".encode()).digest()).decode()


def fold_b64(value: str, indent: str = "\t ", width: int = 70) -> str:
    return ("\n" + indent).join(value[i:i + width] for i in range(0, len(value), width))


# --------------------------------------------------------------------------
# Dates


def pacific(dt: datetime) -> tuple[int, str]:
    """US Pacific offset (hours) and zone name for a UTC instant."""
    year = dt.year
    march = datetime(year, 3, 8, 10, tzinfo=UTC)
    start = march + timedelta(days=(6 - march.weekday()) % 7)
    nov = datetime(year, 11, 1, 9, tzinfo=UTC)
    end = nov + timedelta(days=(6 - nov.weekday()) % 7)
    return (-7, "PDT") if start <= dt < end else (-8, "PST")


def paris(dt: datetime) -> int:
    year = dt.year
    march = datetime(year, 3, 31, 1, tzinfo=UTC)
    start = march - timedelta(days=(march.weekday() + 1) % 7)
    october = datetime(year, 10, 31, 1, tzinfo=UTC)
    end = october - timedelta(days=(october.weekday() + 1) % 7)
    return 2 if start <= dt < end else 1


def london(dt: datetime) -> int:
    return paris(dt) - 1


def rfc(dt: datetime, hours: float = 0, zone: str = "", pad: bool = False) -> str:
    local = dt.astimezone(timezone(timedelta(hours=hours)))
    sign = "+" if hours >= 0 else "-"
    minutes = int(abs(hours) * 60)
    offset = f"{sign}{minutes // 60:02d}{minutes % 60:02d}"
    day = f"{local.day:02d}" if pad else str(local.day)
    out = f"{local:%a}, {day} {local:%b %Y %H:%M:%S} {offset}"
    return out + (f" ({zone})" if zone else "")


def gdate(dt: datetime) -> str:
    hours, zone = pacific(dt)
    return rfc(dt, hours, zone)




def us_central(dt: datetime) -> str:
    hours, _ = pacific(dt)
    return rfc(dt, hours + 2)


def us_eastern(dt: datetime) -> str:
    hours, _ = pacific(dt)
    return rfc(dt, hours + 3)


def ts(dt: datetime) -> int:
    return int(dt.timestamp())


def when(y, mo, d, h, mi, s=0) -> datetime:
    return datetime(y, mo, d, h, mi, s, tzinfo=UTC)


# --------------------------------------------------------------------------
# Header pieces


def q(text: str) -> str:
    """RFC 2047 Q-encoding, as Gmail and most platforms write it."""
    if all(ord(c) < 128 for c in text):
        return text
    out = ""
    for byte in text.encode("utf-8"):
        c = chr(byte)
        if c.isalnum() and byte < 128:
            out += c
        elif c == " ":
            out += "_"
        else:
            out += f"={byte:02X}"
    return f"=?UTF-8?Q?{out}?="


def b(text: str) -> str:
    """RFC 2047 B-encoding, as Outlook writes it."""
    if all(ord(c) < 128 for c in text):
        return text
    return f"=?utf-8?B?{base64.b64encode(text.encode()).decode()}?="


def sig(name: str, label: str, nbytes: int = 256) -> str:
    """A signature-shaped base64 value (a 2048-bit RSA signature is 256 bytes)."""
    raw = b""
    i = 0
    while len(raw) < nbytes:
        raw += hashlib.sha256(f"{name}|sig|{label}|{i}".encode()).digest()
        i += 1
    return base64.b64encode(raw[:nbytes]).decode()


def dkim(name: str, d: str, s: str, h: str, when_: datetime, indent: str = "\t", x: int | None = None,
         c: str = "relaxed/relaxed", i: str | None = None, extra: str = "") -> str:
    """A DKIM-Signature header of the usual shape (not a real signature)."""
    parts = [f"v=1; a=rsa-sha256; c={c}; d={d};", f"s={s}; t={ts(when_)};" + (f" x={x};" if x else "")
             + (f" i={i};" if i else "") + (f" {extra}" if extra else "")]
    folded_h = []
    line = "h="
    for item in h.split(":"):
        piece = item + ":"
        if len(line) + len(piece) > 68:
            folded_h.append(line)
            line = ""
        line += piece
    folded_h.append(line.rstrip(":") + ";")
    parts += folded_h
    parts.append(f"bh={bh(name, d + s)};")
    parts.append("b=" + fold_b64(sig(name, f"dkim-{d}-{s}"), indent + " ", 66))
    return "DKIM-Signature: " + ("\n" + indent).join(parts)


@dataclass
class Origin:
    """Where the message came from, as the receiving side records it."""

    helo: str
    ip: str
    mailfrom: str
    dkim: tuple = ()  # (domain, selector) of each valid signature, in header order
    spf: str = "pass"
    dmarc: str = "pass"  # pass, bestguesspass, none, fail
    policy: str = "NONE"  # the From domain's p= (Gmail prints it)
    ctry: str = "US"
    hops: tuple = ()  # Received headers written before the edge, top first
    bcl: int = 0
    google: bool = False  # sent from Google's own infrastructure
    m365: bool = False  # sent from another Exchange Online tenant (ARC i=1 by microsoft.com)
    tls: bool = True


def from_domain(own: str) -> str:
    match = re.search(r"^From:.*?<([^>]+)>", own, re.M | re.S) or re.search(r"^From:\s*(\S+@\S+)", own, re.M)
    return match.group(1).split("@")[1].strip().lower()



def m365_inbound(name: str, when_: datetime, rcpt: str, o: Origin, fdom: str, lang: str) -> tuple[str, str]:
    """Exchange Online Protection headers of the head office (kerlann-industries.fr)."""
    mbx = f"PAXPR08MB{digits(name, 'mbx', 4)}"
    mbx2 = f"AS8PR08MB{digits(name, 'mbx2', 4)}"
    fe = f"AM0PR02CA0{digits(name, 'fe', 3)}"
    eop = f"AMS1EPF0000{hxu(name, 'eop', 4)}"
    v6 = lambda label: f"2603:10a6:{hx(name, label, 3)}:{hx(name, label + 'b', 3)}::{int(hx(name, label + 'c', 2), 16) % 30 + 1}"
    t0 = when_
    t1, t2, t3 = t0 + timedelta(seconds=1), t0 + timedelta(seconds=2), t0 + timedelta(seconds=3)
    build = f"15.20.{7000 + int(hx(name, 'build', 3), 16) % 2400}.{int(hx(name, 'b2', 2), 16) % 40}"
    mfdom = o.mailfrom.split("@")[1]
    dk = o.dkim[0][0] if o.dkim else "none"
    dkim_text = (f"dkim=pass (signature was verified) header.d={dk}" if o.dkim
                 else "dkim=none (message not signed) header.d=none")
    comp = {"pass": "pass reason=100", "bestguesspass": "pass reason=109", "none": "pass reason=109",
            "fail": "fail reason=000"}[o.dmarc]
    dmarc_text = {"pass": "dmarc=pass action=none", "bestguesspass": "dmarc=bestguesspass action=none",
                  "none": "dmarc=none action=none", "fail": "dmarc=fail action=oreject"}[o.dmarc]
    spf_word = o.spf.capitalize()
    spf_reason = ("designates" if o.spf == "pass" else "does not designate")
    top = [
        f"Received: from {mbx}.eurprd08.prod.outlook.com ({v6('a')}) by\n {mbx2}.eurprd08.prod.outlook.com with HTTPS; {rfc(t3)}",
        f"Received: from {fe}.eurprd02.prod.outlook.com ({v6('b')}) by {mbx}.eurprd08.prod.outlook.com\n"
        f" ({v6('a')}) with Microsoft SMTP Server (version=TLS1_2,\n"
        f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {build}; {rfc(t3)}",
        f"Received: from {eop}.eurprd05.prod.outlook.com\n ({v6('c')}) by {fe}.outlook.office365.com\n"
        f" ({v6('b')}) with Microsoft SMTP Server (version=TLS1_3,\n"
        f" cipher=TLS_AES_256_GCM_SHA384) id {build} via Frontend Transport; {rfc(t2)}",
        f"Authentication-Results: spf={o.spf} (sender IP is {o.ip})\n smtp.mailfrom={mfdom}; {dkim_text};{dmarc_text}\n"
        f" header.from={fdom};compauth={comp}",
        f"Received-SPF: {spf_word} (protection.outlook.com: domain of {mfdom}\n {spf_reason} {o.ip} as permitted sender)"
        f"\n receiver=protection.outlook.com; client-ip={o.ip}; helo={o.helo}; pr=C",
        f"Received: from {o.helo} ({o.ip}) by\n {eop}.mail.protection.outlook.com (10.167.{int(hx(name, 'ip1', 2), 16)}.{int(hx(name, 'ip2', 2), 16) % 250 + 2}) with Microsoft SMTP Server\n"
        f" (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {build}\n via Frontend Transport; {rfc(t1)}",
    ]
    top += list(o.hops)
    nmid = uuid(name, "nmid")
    scl = 1 if o.bcl < 7 else 5
    bottom = [
        f"Return-Path: {o.mailfrom}",
        f"X-MS-Exchange-Organization-ExpirationStartTime: {t1:%d %b %Y %H:%M:%S}.{digits(name, 'ms', 4)} (UTC)",
        "X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit",
        "X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000",
        "X-MS-Exchange-Organization-ExpirationIntervalReason: OriginalSubmit",
        f"X-MS-Exchange-Organization-Network-Message-Id:\n {nmid}",
        "X-EOPAttributedMessage: 0",
        f"X-EOPTenantAttributedMessage: {KERLANN_TENANT}:0",
        "X-MS-Exchange-Organization-MessageDirectionality: Incoming",
        "X-MS-PublicTrafficType: Email",
        f"X-MS-TrafficTypeDiagnostic:\n {eop}:EE_|{mbx}:EE_|{mbx2}:EE_",
        f"X-MS-Exchange-Organization-AuthSource:\n {eop}.eurprd05.prod.outlook.com",
        "X-MS-Exchange-Organization-AuthAs: Anonymous",
        f"X-MS-Office365-Filtering-Correlation-Id: {uuid(name, 'corr')}",
        f"X-MS-Exchange-Organization-SCL: {scl}",
        f"X-Microsoft-Antispam: BCL:{o.bcl};ARA:13230040|2066899003|69100299015|29132699027|8096899003;",
        f"X-Forefront-Antispam-Report:\n CIP:{o.ip};CTRY:{o.ctry};LANG:{lang};SCL:{scl};SRV:{'BULK' if o.bcl >= 7 else ''};IPV:NLI;SFV:NSPM;H:{o.helo};PTR:{o.helo};CAT:{'BULK' if o.bcl >= 7 else 'NONE'};SFS:(13230040)(2066899003)(69100299015)(29132699027)(8096899003);DIR:INB;",
        f"X-MS-Exchange-CrossTenant-OriginalArrivalTime: {t1:%d %b %Y %H:%M:%S}.{digits(name, 'oat', 4)}\n (UTC)",
        f"X-MS-Exchange-CrossTenant-Network-Message-Id: {nmid}",
        f"X-MS-Exchange-CrossTenant-Id: {KERLANN_TENANT}",
        f"X-MS-Exchange-CrossTenant-AuthSource:\n {eop}.eurprd05.prod.outlook.com",
        "X-MS-Exchange-CrossTenant-AuthAs: Anonymous",
        "X-MS-Exchange-CrossTenant-FromEntityHeader: Internet",
        f"X-MS-Exchange-Transport-CrossTenantHeadersStamped: {mbx}",
        f"X-MS-Exchange-Transport-EndToEndLatency: 00:00:0{int(hx(name, 'lat', 1), 16) % 4 + 1}.{digits(name, 'lat2', 7)}",
        f"X-MS-Exchange-Processed-By-BccFoldering: {build}",
        "X-Microsoft-Antispam-Mailbox-Delivery:\n\tucf:0;jmr:0;auth:0;dest:I;ENG:(910005)(944506478)(944626604)(920097)(930097)(3100021)(140003);",
        "X-Microsoft-Antispam-Message-Info:\n\t" + fold_b64(b64(name, "ami", 420), "\t", 76),
    ]
    return "\n".join(top), "\n".join(bottom)


def m365_internal(name: str, when_: datetime, sender_mbx: str, sender: str) -> tuple[str, str]:
    """Headers of a message between two head-office mailboxes."""
    mbx = f"PAXPR08MB{digits(name, 'mbx', 4)}"
    t1 = when_ + timedelta(seconds=1)
    build = f"15.20.{7000 + int(hx(name, 'build', 3), 16) % 2400}.{int(hx(name, 'b2', 2), 16) % 40}"
    top = [
        f"Received: from {sender_mbx}.eurprd08.prod.outlook.com (2603:10a6:102:{hx(name, 'v6', 3)}::{int(hx(name, 'v6b', 2), 16) % 20 + 2}) by\n"
        f" {mbx}.eurprd08.prod.outlook.com with HTTPS; {rfc(t1)}",
        f"Received: from {sender_mbx}.eurprd08.prod.outlook.com\n ([fe80::{hx(name, 'll1', 4)}:{hx(name, 'll2', 4)}:{hx(name, 'll3', 4)}:{hx(name, 'll4', 4)}]) by {sender_mbx}.eurprd08.prod.outlook.com\n"
        f" ([fe80::{hx(name, 'll1', 4)}:{hx(name, 'll2', 4)}:{hx(name, 'll3', 4)}:{hx(name, 'll4', 4)}%7]) with mapi id {build}; {rfc(when_)}",
    ]
    bottom = [
        f"Return-Path: {sender}",
        "X-MS-Exchange-Organization-AuthSource: " + f"{sender_mbx}.eurprd08.prod.outlook.com",
        "X-MS-Exchange-Organization-AuthAs: Internal",
        "X-MS-Exchange-Organization-AuthMechanism: 04",
        f"X-MS-Exchange-Organization-Network-Message-Id:\n {uuid(name, 'nmid')}",
        "X-MS-Exchange-Organization-SCL: -1",
        "X-MS-Exchange-Organization-MessageDirectionality: Originating",
        "X-MS-PublicTrafficType: Email",
        "X-MS-Exchange-Organization-AVStamp-Enterprise: 1.0",
        "X-Microsoft-Antispam: BCL:0;",
        "X-MS-Exchange-Transport-EndToEndLatency: 00:00:00.6823154",
        f"X-MS-Exchange-Processed-By-BccFoldering: {build}",
        "X-Microsoft-Antispam-Mailbox-Delivery:\n\tucf:0;jmr:0;auth:0;dest:I;ENG:(910005)(944506478)(944626604)(920097)(425001)(930097)(140003);",
    ]
    return "\n".join(top), "\n".join(bottom)


def _gauth(name: str, o: Origin, fdom: str, rcpt: str) -> str:
    parts = []
    for d, s in o.dkim:
        parts.append(f"dkim=pass header.i=@{d} header.s={s} header.b={sig(name, f'dkim-{d}-{s}')[:8]}")
    if o.spf == "pass":
        parts.append(f"spf=pass (google.com: domain of {o.mailfrom} designates {o.ip} as permitted sender) "
                     f"smtp.mailfrom={o.mailfrom}")
    elif o.spf == "softfail":
        parts.append(f"spf=softfail (google.com: domain of transitioning {o.mailfrom} does not designate {o.ip} "
                     f"as permitted sender) smtp.mailfrom={o.mailfrom}")
    else:
        parts.append(f"spf={o.spf} (google.com: {o.ip} is neither permitted nor denied by best guess record for "
                     f"domain of {o.mailfrom}) smtp.mailfrom={o.mailfrom}")
    if o.dmarc in ("pass", "fail"):
        parts.append(f"dmarc={o.dmarc} (p={o.policy} sp={o.policy} dis=NONE) header.from={fdom}")
    return ";\n       ".join(parts)


def gmail_inbound(name: str, when_: datetime, rcpt: str, o: Origin, fdom: str) -> str:
    """Gmail headers of the US and UK offices (kerlann.com on Google Workspace)."""
    t1, t2 = when_ + timedelta(seconds=1), when_ + timedelta(seconds=2)
    instance = 2 if o.m365 else 1
    arc_sel = "arc-20240605" if when_ >= when(2024, 6, 20, 0, 0) else "arc-20160816"
    auth = _gauth(name, o, fdom, rcpt)
    smtp_id = f"{hx(name, 'gid1', 1)}{hx(name, 'gid', 3)}a{hx(name, 'gid2', 2)}b{hx(name, 'gid3', 4)}"
    lines = [
        f"Delivered-To: {rcpt}",
        f"Received: by 2002:a05:{hx(name, 'r1', 4)}:{hx(name, 'r2', 3)}:b0:{hx(name, 'r3', 3)}:{hx(name, 'r4', 4)}:{hx(name, 'r5', 4)} with SMTP id {alnum(name, 'r6', 6).lower()}csp{digits(name, 'r7', 7)}{alnum(name, 'r8', 3).lower()};\n        {gdate(t2)}",
        f"X-Received: by 2002:a17:90b:{hx(name, 'x1', 4)}:b0:{hx(name, 'x2', 3)}:{hx(name, 'x3', 4)}:{hx(name, 'x4', 4)} with SMTP id {alnum(name, 'x5', 12).lower()}.{int(hx(name, 'x6', 2), 16)}.{ts(t2)}{digits(name, 'x7', 3)};\n        {gdate(t2)}",
        f"ARC-Seal: i={instance}; a=rsa-sha256; t={ts(t1)}; cv={'pass' if instance == 2 else 'none'};\n        d=google.com; s={arc_sel};\n        b=" + fold_b64(sig(name, "arcseal"), "         ", 66),
        f"ARC-Message-Signature: i={instance}; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s={arc_sel};\n"
        "        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n"
        f"        bh={bh(name, 'arcbh')};\n        fh={b64(name, 'fh', 43)}=;\n"
        f"        b=" + fold_b64(sig(name, "arcms"), "         ", 66),
        f"ARC-Authentication-Results: i={instance}; mx.google.com;\n       {auth}"
        + (";\n       arc=pass (i=1 spf=pass spfdomain=" + o.mailfrom.split("@")[1] + " dkim=pass dkdomain="
           + (o.dkim[0][0] if o.dkim else "none") + " dmarc=pass fromdomain=" + fdom + ")" if instance == 2 else ""),
        f"Return-Path: <{o.mailfrom}>",
    ]
    if o.google:
        lines.append(f"Received: from {o.helo} ({o.helo}. [{o.ip}])\n        by mx.google.com with SMTPS id "
                     f"{smtp_id}.{int(hx(name, 'sid', 2), 16)}.{t1.astimezone(timezone(timedelta(hours=pacific(t1)[0]))):%Y.%m.%d.%H.%M.%S}\n        for <{rcpt}>\n"
                     f"        (Google Transport Security);\n        {gdate(t1)}")
    else:
        lines.append(f"Received: from {o.helo} ({o.helo}. [{o.ip}])\n        by mx.google.com with ESMTPS id "
                     f"{smtp_id}.{int(hx(name, 'sid', 2), 16)}.{t1.astimezone(timezone(timedelta(hours=pacific(t1)[0]))):%Y.%m.%d.%H.%M.%S}\n        for <{rcpt}>\n"
                     f"        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {gdate(t1)}")
    spf_line = (f"Received-SPF: {o.spf} (google.com: domain of {o.mailfrom} designates {o.ip} as permitted sender) "
                f"client-ip={o.ip};" if o.spf == "pass" else
                f"Received-SPF: {o.spf} (google.com: domain of {o.mailfrom} does not designate {o.ip} as permitted "
                f"sender) client-ip={o.ip};")
    lines.append(spf_line)
    lines.append(f"Authentication-Results: mx.google.com;\n       {auth}"
                 + (";\n       arc=pass (i=1 spf=pass spfdomain=" + o.mailfrom.split("@")[1] + " dkim=pass dkdomain="
                    + (o.dkim[0][0] if o.dkim else "none") + " dmarc=pass fromdomain=" + fdom + ")"
                    if instance == 2 else ""))
    lines += list(o.hops)
    return "\n".join(lines)


def finish(name: str, when_: datetime, rcpt: str, o: Origin, own: str, body, lang: str = "en") -> bytes:
    """Wrap the sender's headers in what the recipient's mail system adds, and render."""
    fdom = from_domain(own)
    own = own.strip("\n")
    if rcpt.endswith("@kerlann-industries.fr"):
        top, bottom = m365_inbound(name, when_, rcpt, o, fdom, lang)
        headers = "\n".join([top, own, bottom])
    else:
        headers = "\n".join([gmail_inbound(name, when_, rcpt, o, fdom), own])
    return mime.message(headers, body)


def m365_arc(name: str, when_: datetime, mailfrom_dom: str, from_dom: str, dkim_dom: str) -> str:
    """The ARC set Exchange Online adds to mail leaving a tenant."""
    return "\n".join([
        f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b="
        + fold_b64(sig(name, "msarc"), " ", 76),
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n"
        " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n"
        f" bh={bh(name, 'msarcbh')};\n b=" + fold_b64(sig(name, "msarcms"), " ", 76),
        f"ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={mailfrom_dom}; dmarc=pass action=none\n"
        f" header.from={from_dom}; dkim=pass header.d={dkim_dom}; arc=none",
    ])


def m365_out_hops(name: str, when_: datetime, region: str, tenant_mbx: str) -> tuple[str, ...]:
    """The sender tenant's own Received lines, below the recipient's edge."""
    build = f"15.20.{7000 + int(hx(name, 'obuild', 3), 16) % 2400}.{int(hx(name, 'ob2', 2), 16) % 40}"
    return (
        f"Received: from {tenant_mbx}.{region}.prod.outlook.com\n ([fe80::{hx(name, 'o1', 4)}:{hx(name, 'o2', 4)}:{hx(name, 'o3', 4)}:{hx(name, 'o4', 4)}]) by {tenant_mbx}.{region}.prod.outlook.com\n"
        f" ([fe80::{hx(name, 'o1', 4)}:{hx(name, 'o2', 4)}:{hx(name, 'o3', 4)}:{hx(name, 'o4', 4)}%5]) with mapi id {build}; {rfc(when_ - timedelta(seconds=2))}",
    )


# --------------------------------------------------------------------------
# Bodies


def esc(url: str) -> str:
    return url.replace("&", "&amp;")


def page(inner: str, lang: str = "en", bg: str = "#f3f2f1", font: str = "'Segoe UI',Helvetica,Arial,sans-serif",
         title: str = "", head: str = "") -> str:
    return ('<!DOCTYPE html>\n<html lang="' + lang + '">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
            f"<title>{title}</title>\n{head}</head>\n"
            f'<body style="margin:0;padding:0;background-color:{bg};font-family:{font};">\n'
            f"{inner}\n</body>\n</html>\n")


def button(href: str, label: str, bg: str = "#0f6cbd", fg: str = "#ffffff", radius: int = 4) -> str:
    return ('<table role="presentation" border="0" cellpadding="0" cellspacing="0"><tr>'
            f'<td align="center" bgcolor="{bg}" style="border-radius:{radius}px;">'
            f'<a href="{esc(href)}" target="_blank" style="display:inline-block;padding:11px 26px;font-size:15px;'
            f'color:{fg};text-decoration:none;font-weight:600;border-radius:{radius}px;">{label}</a></td></tr></table>')


def card(inner: str, width: int = 600, bg: str = "#ffffff") -> str:
    return ('<table role="presentation" width="100%" border="0" cellpadding="0" cellspacing="0"><tr>'
            '<td align="center" style="padding:24px 12px;">\n'
            f'<table role="presentation" width="{width}" border="0" cellpadding="0" cellspacing="0" '
            f'style="max-width:{width}px;background-color:{bg};">\n<tr><td style="padding:28px 32px;">\n'
            f"{inner}\n</td></tr>\n</table>\n</td></tr></table>")


def alt(plain: str, html: str, boundary: str, qp_plain: bool = True) -> Multi:
    return Multi("alternative", boundary, [
        mime.text(plain, "plain", "quoted-printable" if qp_plain else "7bit"),
        mime.text(html, "html"),
    ])


def gbound(name: str, label: str = "alt") -> str:
    return "0000000000" + hx(name, "gb" + label, 18)


def obound(name: str, label: str = "alt") -> str:
    return f"_000_PAXPR08MB{digits(name, 'ob' + label, 4)}{hxu(name, 'obx' + label, 24)}_"


def jbound(name: str, label: str = "alt") -> str:
    return f"----=_Part_{digits(name, 'jb' + label, 7)}_{digits(name, 'jb2' + label, 9)}.{digits(name, 'jb3' + label, 13)}"


def sbound(name: str, label: str = "alt") -> str:
    return hx(name, "sb" + label, 64)


def outlook_headers(name: str, when_: datetime, mbx: str, region: str, subject: str, lang: str = "en-US",
                    reply: str | None = None) -> str:
    """What Outlook (Exchange Online) writes for a person's message."""
    thread_index = base64.b64encode(hashlib.sha256(f"{name}|ti".encode()).digest()[:22]).decode()
    lines = [
        f"Thread-Topic: {b(re.sub(r'^(RE|TR|AW|Re|Fwd|FW): ', '', subject))}",
        f"Thread-Index: {thread_index}",
        f"Date: {rfc(when_ - timedelta(seconds=3), 0)}",
        f"Message-ID:\n <{mbx}{hxu(name, 'omid', 22)}@{mbx}.{region}.prod.outlook.com>",
    ]
    if reply:
        lines += [f"References: <{reply}>", f"In-Reply-To: <{reply}>"]
    lines += [f"Accept-Language: {lang}", f"Content-Language: {lang}", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]
    return "\n".join(lines)


def qr_pdf(url: str, lines: list[str], title: str, producer: str, created: str) -> bytes:
    """A one-page PDF: text lines above a QR code picture (grey, Flate-encoded), no link annotation."""
    from PIL import Image

    png = files.qr_png(url)
    image = Image.open(io.BytesIO(png)).convert("L")
    width, height = image.size
    raw = zlib.compress(image.tobytes(), 9)
    content = ["BT", "/F1 13 Tf", "16 TL", "56 780 Td"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        content.append(f"({escaped}) Tj T*")
    content += ["ET", "q", f"200 0 0 200 197 380 cm", "/Im1 Do", "Q"]
    stream = "\n".join(content).encode("latin-1")
    objects = files.image_page(stream, raw, width, height, "FlateDecode")
    objects.append(f"<< /Title ({title}) /Producer ({producer}) /CreationDate (D:{created}) >>".encode("latin-1"))
    return files.pdf_file(objects, len(objects))


# --------------------------------------------------------------------------
# Registry

SAMPLES: list[tuple[str, str, str, object]] = []


def sample(category: str, name: str, description: str):
    def register(fn):
        SAMPLES.append((category, name, description, fn))
        return fn
    return register


# --------------------------------------------------------------------------
# Sending platforms


def exo_out(name: str, region: str = "nam12", site: str = "dm6") -> tuple[str, str]:
    """An Exchange Online outbound host and its address."""
    n = 100 + int(hx(name, "exo", 2), 16) % 120
    net = {"nam12": "40.107.243", "nam10": "40.107.220", "nam02": "40.107.212", "eur05": "40.107.20",
           "eur03": "40.107.22", "eur02": "40.107.21", "eur01": "40.107.15", "eur04": "40.107.8",
           "gbr01": "40.107.26"}[region]
    return f"mail-{site}{region}on2{n}.outbound.protection.outlook.com", f"{net}.{n}"


def google_out(name: str) -> tuple[str, str]:
    n = 41 + int(hx(name, "gsor", 2), 16) % 60
    return f"mail-sor-f{n}.google.com", f"209.85.220.{n}"


def gmail_user_out(name: str) -> tuple[str, str]:
    n = int(hx(name, "gu", 2), 16) % 200 + 20
    return f"mail-pl1-f{n}.google.com", f"209.85.214.{n}"


SP_ICONS = {"one": "onetoc", "pdf": "pdf", "xlsx": "xlsx", "docx": "docx", "folder": "folder"}


def sharepoint_share(name: str, when_: datetime, rcpt: str, rcpt_name: str, sharer: str, sharer_addr: str,
                     org: str, link: str, file_name: str, icon: str, message: str, lang: str = "en",
                     region: str = "nam12", site: str = "dm6", anyone: bool = False, ctry: str = "US") -> bytes:
    """A SharePoint Online / OneDrive for Business sharing notification, as the sharer's tenant sends it."""
    fr = lang == "fr"
    subject = (f"{sharer} a partagé « {file_name} » avec vous" if fr else f'{sharer} shared "{file_name}" with you')
    heading = (f"{sharer} a partagé un fichier avec vous" if fr else f"{sharer} shared a file with you")
    scope = (("Ce lien fonctionne pour tout le monde." if anyone else
              "Ce lien fonctionne uniquement pour les destinataires directs de ce message.") if fr else
             ("This link will work for anyone." if anyone else
              "This link only works for the direct recipients of this message."))
    open_label = "Ouvrir" if fr else "Open"
    privacy = "Déclaration de confidentialité" if fr else "Privacy Statement"
    generated = (f"Cet e-mail est généré dans le cadre de l'utilisation de Microsoft 365 par {org} et peut inclure "
                 f"du contenu contrôlé par {org}." if fr else
                 f"This email is generated through {org}'s use of Microsoft 365 and may contain content that is "
                 f"controlled by {org}.")
    icon_url = (f"https://res.cdn.office.net/files/fabric-cdn-prod_20240129.001/assets/item-types/48/"
                f"{SP_ICONS[icon]}.png")
    html = page(card(
        f'<div style="display:none;max-height:0;overflow:hidden;">{message}</div>\n'
        f'<p style="font-size:21px;color:#242424;margin:0 0 20px 0;">{heading}</p>\n'
        + (f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>'
           f'<td style="border-left:3px solid #0f6cbd;padding:4px 12px;font-size:15px;color:#424242;">{message}</td>'
           f"</tr></table>\n<br>\n" if message else "")
        + f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" '
        f'style="border:1px solid #e0e0e0;border-radius:4px;"><tr>'
        f'<td width="56" style="padding:14px;"><img src="{icon_url}" width="40" height="40" alt=""></td>'
        f'<td style="padding:14px 14px 14px 0;font-size:15px;color:#242424;"><a href="{esc(link)}" '
        f'style="color:#242424;text-decoration:none;font-weight:600;">{file_name}</a></td></tr></table>\n'
        f'<p style="font-size:13px;color:#616161;margin:14px 0 20px 0;">'
        f'<img src="https://res.cdn.office.net/files/fabric-cdn-prod_20240129.001/assets/email/lock.png" '
        f'width="12" height="12" alt=""> {scope}</p>\n'
        + button(link, open_label) +
        '\n<p style="font-size:12px;color:#616161;margin:40px 0 4px 0;">'
        '<img src="https://res.cdn.office.net/files/fabric-cdn-prod_20240129.001/assets/brand-icons/product/png/microsoft_48x1.png" '
        'width="70" alt="Microsoft"></p>\n'
        f'<p style="font-size:12px;color:#616161;margin:0;"><a href="https://go.microsoft.com/fwlink/?LinkId=521839" '
        f'style="color:#616161;">{privacy}</a></p>\n'
        f'<p style="font-size:12px;color:#616161;">{generated}</p>\n'
        '<p style="font-size:12px;color:#616161;">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>'),
        lang=lang, title=subject)
    plain = (f"{heading}\n\n" + (f"{message}\n\n" if message else "") + f"{file_name}\n{link}\n\n{scope}\n\n"
             f"{privacy}: https://go.microsoft.com/fwlink/?LinkId=521839\n\n{generated}\n\n"
             "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052\n")
    helo, ip = exo_out(name, region, site)
    mbx = f"{site.upper()}PR{region[-2:]}MB{digits(name, 'spmbx', 4)}"
    own = "\n".join([
        m365_arc(name, when_, "sharepointonline.com", "sharepointonline.com", "sharepointonline.com"),
        dkim(name, "sharepointonline.com", "selector1",
             "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", when_),
        f"Received: from {mbx}.{region}.prod.outlook.com (2603:10b6:5:{hx(name, 'sp6', 3)}::{int(hx(name, 'sp6b', 2), 16) % 30 + 1})"
        f" by\n {mbx}.{region}.prod.outlook.com with Microsoft SMTP Server (version=TLS1_2,\n"
        f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{7100 + int(hx(name, 'spb', 3), 16) % 2000}.{int(hx(name, 'spb2', 2), 16) % 30};"
        f" {rfc(when_ - timedelta(seconds=2))}",
        f"From: {b(sharer)} <no-reply@sharepointonline.com>",
        f"To: {b(rcpt_name)} <{rcpt}>",
        f"Reply-To: {b(sharer)} <{sharer_addr}>",
        f"Subject: {b(subject)}",
        f"Thread-Topic: {b(subject)}",
        f"Date: {rfc(when_ - timedelta(seconds=4))}",
        f"Message-ID: <{uuid(name, 'odsp')}@odspnotify>",
        f"Content-Language: {'fr-FR' if fr else 'en-US'}",
        "X-MS-Has-Attach:",
        "X-MS-TNEF-Correlator:",
        "X-MS-Exchange-Organization-RecordReviewCfmType: 0",
        "x-ms-publictraffictype: Email",
        f"X-MS-Exchange-CrossTenant-originalarrivaltime: {when_:%d %b %Y %H:%M:%S}.{digits(name, 'spoat', 4)} (UTC)",
        "X-MS-Exchange-CrossTenant-fromentityheader: Hosted",
        "X-MS-Exchange-CrossTenant-mailboxtype: HOSTED",
    ])
    o = Origin(helo, ip, "no-reply@sharepointonline.com", (("sharepointonline.com", "selector1"),),
               policy="REJECT", ctry=ctry, m365=True)
    body = alt(plain, html, obound(name))
    return finish(name, when_, rcpt, o, own, body, lang)


@sample("phishing", "b8-sharepoint-stranger-tenant-onenote-remittance",
        "Genuine SharePoint share from a compromised US plumbing supplier's tenant (no relationship) of a OneNote "
        "'remittance advice' to accounts payable, asking to sign in with the corporate account to view; the notebook "
        "holds the real phishing link")
def p_sharepoint_onenote(name):
    t = when(2024, 3, 12, 14, 22, 41)
    link = ("https://hendersonplumbingsupply-my.sharepoint.com/:o:/g/personal/jholt_hendersonplumbingsupply_com/"
            f"Ek{alnum(name, 'spl', 44)}?e={alnum(name, 'spe', 6)}&at=9")
    return sharepoint_share(
        name, t, "compta@kerlann-industries.fr", "Comptabilité Fournisseurs", "Jessica Holt",
        "jholt@hendersonplumbingsupply.com", "Henderson Plumbing Supply", link,
        "Remittance Advice INV-20931 - Payment Confirmation.one", "one",
        "Hello, please find attached the remittance advice for the payment released today against your open "
        "invoices. Sign in with your organization email to view the secured notebook and confirm receipt.",
        region="nam12", site="dm6")


@sample("phishing", "b8-onedrive-law-firm-settlement-pdf",
        "Genuine OneDrive for Business share from a compromised US law firm's tenant to US finance: a 'settlement "
        "statement' PDF Kerlann never discussed, 'authenticate with your email provider to view' - the PDF inside "
        "carries the credential link")
def p_onedrive_lawfirm(name):
    t = when(2024, 9, 17, 15, 4, 12)
    link = ("https://caldwellpryce-my.sharepoint.com/:b:/g/personal/gpryce_caldwellpryce_com/"
            f"E{alnum(name, 'odl', 45)}?e={alnum(name, 'ode', 6)}")
    return sharepoint_share(
        name, t, "priya.raman@kerlann.com", "Priya Raman", "Gregory Pryce", "gpryce@caldwellpryce.com",
        "Caldwell & Pryce LLP", link, "Kerlann_Settlement_Statement_FINAL_091724.pdf", "pdf",
        "Priya - Attached is the final settlement statement for your review and e-signature. The document is "
        "secured; please authenticate with your email provider to access it before end of business today.",
        region="nam10", site="ch3")


@sample("bulk", "b8-sharepoint-internal-budget-share",
        "SharePoint share from the CFO (a VIP name, sent by no-reply@sharepointonline.com) of the 2026 budget "
        "workbook on Kerlann's own tenant to an accountant, with a specific note about the overheads tab")
def c_sharepoint_internal(name):
    t = when(2025, 11, 18, 8, 41, 3)
    link = ("https://kerlannindustries.sharepoint.com/:x:/s/DirectionFinanciere/"
            f"E{alnum(name, 'spl', 45)}?e={alnum(name, 'spe', 6)}")
    return sharepoint_share(
        name, t, "sophie.lebihan@kerlann-industries.fr", "Sophie Le Bihan", "Thomas Girard",
        "thomas.girard@kerlann-industries.fr", "Kerlann Industries", link, "Budget 2026 - Consolidé v3.xlsx", "xlsx",
        "Sophie, voici la version consolidée avec les nouvelles hypothèses transport. Peux-tu vérifier l'onglet "
        "« Frais généraux » avant le CODIR de jeudi ? Merci.", lang="fr", region="eur05", site="db8", ctry="IE")


@sample("bulk", "b8-onedrive-partner-rate-card",
        "OneDrive share from Norsea Freight, the UK office's freight partner, of the 2026 rate card discussed on a "
        "call, to the UK operations manager")
def c_onedrive_partner(name):
    t = when(2025, 12, 4, 11, 17, 55)
    link = ("https://norseafreight-my.sharepoint.com/:x:/g/personal/fiona_mcleod_norseafreight_co_uk/"
            f"E{alnum(name, 'odl', 45)}?e={alnum(name, 'ode', 6)}")
    return sharepoint_share(
        name, t, "david.whitfield@kerlann.com", "David Whitfield", "Fiona McLeod", "fiona.mcleod@norseafreight.co.uk",
        "Norsea Freight Ltd", link, "Norsea - Kerlann UK rate card 2026.xlsx", "xlsx",
        "David, as discussed on Tuesday's call - rates for the Manchester-Rotterdam and Immingham lanes, including "
        "the new fuel surcharge table on the second tab. Shout if anything looks off before we lock it on the 15th.",
        region="gbr01", site="lo2", ctry="GB")


# --------------------------------------------------------------------------
# Google: Drive and Docs notifications, Calendar invitations, Forms


def google_origin(name: str, when_: datetime, bounce_domain: str) -> Origin:
    helo, ip = google_out(name)
    selector = "20230601" if when_ >= when(2023, 6, 20, 0, 0) else "20210112"
    mailfrom = f"3{alnum(name, 'gbounce', 14)}{alnum(name, 'gb2', 12)}.{alnum(name, 'gb3', 6)}@{bounce_domain}"
    return Origin(helo, ip, mailfrom, (("google.com", selector),), policy="REJECT", google=True)


def google_sig(name: str, when_: datetime, rcpt: str, extra_domain: str | None = None) -> str:
    """DKIM, 1e100.net signature and Google's submission headers of mail Google's servers write."""
    selector = "20230601" if when_ >= when(2023, 6, 20, 0, 0) else "20210112"
    h = "to:from:subject:message-id:date:mime-version:reply-to:from:to:cc:subject:date:message-id:reply-to"
    lines = [dkim(name, "google.com", selector, h, when_, indent="        ", x=ts(when_) + 604800,
                  extra=f"darn={rcpt.split('@')[1]};")]
    if extra_domain:
        lines.append(dkim(name + "x", extra_domain, selector, h, when_, indent="        ", x=ts(when_) + 604800,
                          extra=f"darn={rcpt.split('@')[1]};"))
    lines.append(dkim(name, "1e100.net", selector, "x-gm-message-state:" + h, when_, indent="        ",
                      x=ts(when_) + 604800).replace("DKIM-Signature:", "X-Google-DKIM-Signature:"))
    lines.append(f"X-Gm-Message-State: AOJu0Y{b64(name, 'gms', 62)}\n\t{b64(name, 'gms2', 40)}")
    lines.append(f"X-Google-Smtp-Source: AGHT+I{b64(name, 'gss', 72)}")
    lines.append(f"X-Received: by 2002:a05:6902:{hx(name, 'gx1', 4)}:b0:{hx(name, 'gx2', 3)}:{hx(name, 'gx3', 4)}:"
                 f"{hx(name, 'gx4', 4)} with SMTP id {alnum(name, 'gx5', 14).lower()}.{int(hx(name, 'gx6', 2), 16)}."
                 f"{ts(when_)}{digits(name, 'gx7', 3)};\n        {gdate(when_)}")
    return "\n".join(lines)


G_FOOTER = ("Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA")


def drive_share(name: str, when_: datetime, rcpt: str, sharer: str, sharer_email: str, title: str, kind: str,
                link: str, message: str, lang: str = "en", role: str = "edit") -> bytes:
    """A Google Drive sharing notification (drive-shares-dm-noreply@google.com)."""
    fr = lang == "fr"
    app = {"document": "Google Docs", "spreadsheet": "Google Sheets", "file": "Google Drive"}[kind]
    if fr:
        noun = {"document": "Document", "spreadsheet": "Feuille de calcul", "file": "Élément"}[kind]
        subject = f"{noun} partagé avec vous : « {title} »"
        verb = "modifier" if role == "edit" else "consulter"
        intro = (f"{sharer} ({sharer_email}) vous a invité à {verb} "
                 f"{'le fichier suivant' if kind == 'file' else 'le document suivant'} :")
        open_label, via = "Ouvrir", f"{sharer} (via {app})"
        why = (f"Vous avez reçu cet e-mail, car {sharer_email} a partagé un fichier avec vous depuis {app}.")
        block = "Si vous ne voulez plus recevoir de fichiers de cette personne, bloquez l'expéditeur dans Drive"
    else:
        noun = {"document": "Document", "spreadsheet": "Spreadsheet", "file": "Item"}[kind]
        subject = f'{noun} shared with you: "{title}"'
        verb = "edit" if role == "edit" else "view"
        thing = {"document": "document", "spreadsheet": "spreadsheet", "file": "file"}[kind]
        intro = f"{sharer} ({sharer_email}) has invited you to {verb} the following {thing}:"
        open_label, via = "Open", f"{sharer} (via {app})"
        why = f"You have received this email because {sharer_email} shared a {thing} with you from {app}."
        block = "If you don't want to receive files from this person, block the sender from Drive"
    icon = {"document": "document", "spreadsheet": "spreadsheet", "file": "pdf"}[kind]
    block_url = f"https://drive.google.com/drive/blocksharer?token={b64u(name, 'blk', 40)}&hl={lang}"
    html = page(
        '<table role="presentation" width="100%" border="0" cellpadding="0" cellspacing="0"><tr>'
        '<td align="center" style="padding:32px 16px;">\n'
        '<table role="presentation" width="100%" style="max-width:600px;" border="0" cellpadding="0" cellspacing="0">\n'
        '<tr><td style="padding:0 0 24px 0;"><img src="https://www.gstatic.com/images/branding/productlogos/'
        f'drive_2020q4/v8/web-48dp/logo_drive_2020q4_color_2x_web_48dp.png" width="40" height="40" alt="Logo for {app}"></td></tr>\n'
        f'<tr><td style="font-family:\'Google Sans\',Roboto,Arial,sans-serif;font-size:22px;color:#1f1f1f;'
        f'padding-bottom:16px;">{sharer} {"a partagé un élément" if fr else "shared an item"}</td></tr>\n'
        f'<tr><td style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#444746;line-height:20px;">'
        f'<img src="https://lh3.googleusercontent.com/a/default-user=s64" width="32" height="32" '
        f'style="border-radius:50%;vertical-align:middle;" alt=""> {intro}</td></tr>\n'
        + (f'<tr><td style="padding:16px 0;"><div style="background:#f0f4f9;border-radius:12px;padding:16px;'
           f'font-family:Roboto,Arial,sans-serif;font-size:14px;color:#1f1f1f;line-height:20px;">{message}</div></td></tr>\n'
           if message else "")
        + f'<tr><td style="padding:8px 0 20px 0;"><table role="presentation" border="0" cellpadding="0" cellspacing="0" '
        f'style="border:1px solid #c4c7c5;border-radius:16px;"><tr><td style="padding:10px 16px;">'
        f'<img src="https://ssl.gstatic.com/docs/doclist/images/mediatype/icon_1_{icon}_x64.png" width="20" height="20" '
        f'style="vertical-align:middle;" alt=""> <a href="{esc(link)}" style="font-family:\'Google Sans\',Roboto,Arial,'
        f'sans-serif;font-size:14px;color:#1f1f1f;text-decoration:none;font-weight:500;">{title}</a></td></tr></table></td></tr>\n'
        f'<tr><td>{button(link, open_label, "#0b57d0", radius=18)}</td></tr>\n'
        f'<tr><td style="padding-top:32px;font-family:Roboto,Arial,sans-serif;font-size:12px;color:#444746;line-height:16px;">'
        f'<a href="{esc(block_url)}" style="color:#0b57d0;">{block}</a></td></tr>\n'
        f'<tr><td style="padding-top:24px;font-family:Roboto,Arial,sans-serif;font-size:12px;color:#444746;line-height:16px;">'
        f'{G_FOOTER}<br>{why}</td></tr>\n'
        f'<tr><td style="padding-top:12px;"><img src="https://www.gstatic.com/images/branding/googlelogo/2x/'
        f'googlelogo_grey_tm_color_96x40dp.png" width="48" alt="Google"></td></tr>\n'
        "</table>\n</td></tr></table>",
        lang=lang, bg="#ffffff", font="Roboto,Arial,sans-serif", title=subject)
    plain = (f"{intro}\n\n" + (f"{message}\n\n" if message else "") + f"{title}\n{link}\n\n"
             f"{block}: {block_url}\n\n{G_FOOTER}\n{why}\n")
    o = google_origin(name, when_, "doclist.bounces.google.com")
    own = "\n".join([
        google_sig(name, when_, rcpt),
        "MIME-Version: 1.0",
        f"Reply-To: {q(sharer)} <{sharer_email}>",
        "X-No-Auto-Attachment: 1",
        f"Message-ID: <{alnum(name, 'dmid', 22)}@google.com>",
        f"Date: {rfc(when_ - timedelta(seconds=2))}",
        f"Subject: {q(subject)}",
        f'From: "{q(via)}" <drive-shares-dm-noreply@google.com>',
        f"To: {rcpt}",
    ])
    return finish(name, when_, rcpt, o, own, alt(plain, html, gbound(name), qp_plain=True), lang)


def docs_comment(name: str, when_: datetime, rcpt: str, commenter: str, title: str,
                 doc_id: str, quoted: str, comment: str, extra_comments: list[tuple[str, str]] = ()) -> bytes:
    """A Google Docs comment notification in which the recipient is mentioned."""
    disco = "AAAB" + alnum(name, "disco", 7)
    link = (f"https://docs.google.com/document/d/{doc_id}/edit?disco={disco}&usp=comment_email_document"
            f"&ts={hx(name, 'ts', 8)}")
    reply_link = (f"https://docs.google.com/document/d/{doc_id}/edit?disco={disco}&usp=comment_email_discussion"
                  f"&ts={hx(name, 'ts', 8)}")
    heading = f"{commenter} mentioned you in a comment in the following document"
    thread = "".join(
        f'<tr><td style="padding:8px 0;font-size:14px;color:#1f1f1f;"><b>{who}</b><br>{text}</td></tr>\n'
        for who, text in extra_comments)
    html = page(
        '<table role="presentation" width="100%" border="0" cellpadding="0" cellspacing="0"><tr>'
        '<td align="center" style="padding:32px 16px;">\n'
        '<table role="presentation" width="100%" style="max-width:600px;" border="0" cellpadding="0" cellspacing="0">\n'
        '<tr><td style="padding-bottom:20px;"><img src="https://www.gstatic.com/images/branding/productlogos/docs_2020q4/'
        'v12/web-48dp/logo_docs_2020q4_color_2x_web_48dp.png" width="32" height="32" alt="Google Docs"></td></tr>\n'
        f'<tr><td style="font-family:\'Google Sans\',Roboto,Arial,sans-serif;font-size:20px;color:#1f1f1f;padding-bottom:8px;">'
        f'{heading}</td></tr>\n'
        f'<tr><td style="padding-bottom:16px;"><a href="{esc(link)}" style="font-family:Roboto,Arial,sans-serif;'
        f'font-size:14px;color:#0b57d0;text-decoration:none;">{title}</a></td></tr>\n'
        '<tr><td style="border:1px solid #dadce0;border-radius:8px;padding:16px;">\n'
        '<table role="presentation" width="100%" border="0" cellpadding="0" cellspacing="0">\n'
        f'<tr><td style="border-left:4px solid #fbbc04;padding:4px 10px;font-size:13px;color:#5f6368;">{quoted}</td></tr>\n'
        f"{thread}"
        f'<tr><td style="padding:12px 0 4px 0;font-family:Roboto,Arial,sans-serif;font-size:14px;color:#1f1f1f;line-height:20px;">'
        f'<b>{commenter}</b><br>{comment}</td></tr>\n'
        "</table></td></tr>\n"
        f'<tr><td style="padding:20px 0;">{button(reply_link, "Reply", "#0b57d0", radius=18)}</td></tr>\n'
        f'<tr><td style="font-family:Roboto,Arial,sans-serif;font-size:12px;color:#5f6368;line-height:16px;">'
        f'{G_FOOTER}<br>You have received this email because you are mentioned in this thread. '
        f'<a href="https://docs.google.com/document/d/{doc_id}/edit?usp=comment_email_settings#settings" '
        f'style="color:#0b57d0;">Change what Google Docs sends you</a>. You can reply to this email to reply to the '
        f"discussion.</td></tr>\n</table>\n</td></tr></table>",
        bg="#ffffff", font="Roboto,Arial,sans-serif", title=title)
    plain = (f"{heading}\n{title}\n{link}\n\n\"{quoted}\"\n\n"
             + "".join(f"{who}\n{re.sub('<[^>]+>', '', text)}\n\n" for who, text in extra_comments)
             + f"{commenter}\n{re.sub('<[^>]+>', '', comment)}\n\nReply: {reply_link}\n\n{G_FOOTER}\n"
             "You have received this email because you are mentioned in this thread. You can reply to this email "
             "to reply to the discussion.\n")
    o = google_origin(name, when_, "docos.bounces.google.com")
    own = "\n".join([
        google_sig(name, when_, rcpt),
        "MIME-Version: 1.0",
        f'Reply-To: "{q(commenter)} (Google Docs)" <d+{alnum(name, "drep", 64)}@docs.google.com>',
        "X-No-Auto-Attachment: 1",
        f"References: <{hx(name, 'docref', 24)}-{disco}-docos@google.com>",
        f"Message-ID: <{alnum(name, 'cmid', 22)}-{disco}-docos@google.com>",
        f"Date: {rfc(when_ - timedelta(seconds=2))}",
        f"Subject: {q(title)}",
        f'From: "{q(commenter)} (Google Docs)" <comments-noreply@docs.google.com>',
        f"To: {rcpt}",
    ])
    return finish(name, when_, rcpt, o, own, alt(plain, html, gbound(name), qp_plain=True))


@sample("phishing", "b8-google-docs-comment-mention-pages-dev",
        "Genuine Google Docs comment notification: an unknown Gmail user created a 'vendor payment remittance' "
        "document and @mentioned the US sales lead; the comment text sends her to a Cloudflare Pages site "
        "(kerlann-vendor-portal.pages.dev) to 'sign in and confirm the remittance'")
def p_docs_comment(name):
    t = when(2025, 2, 11, 16, 48, 9)
    return docs_comment(
        name, t, "rachel.owens@kerlann.com", "Mandy Rhodes",
        "Q4 Vendor Payment Remittance - Kerlann Inc", "1" + alnum(name, "docid", 43),
        "ACH remittance - USD 48,210.00 - release pending",
        '<a href="mailto:rachel.owens@kerlann.com" style="color:#0b57d0;">+rachel.owens@kerlann.com</a> '
        "Your remittance of $48,210.00 is on hold until you confirm the receiving account. Sign in to the vendor "
        'portal to review and confirm: <a href="https://kerlann-vendor-portal.pages.dev/remit/confirm">'
        "https://kerlann-vendor-portal.pages.dev/remit/confirm</a> - link expires in 24 hours.")


@sample("bulk", "b8-google-docs-comment-colleague-office-move",
        "Google Docs comment in which the UK office manager mentions the operations manager on the shared office "
        "move checklist (kerlann.com document) to confirm a contractor date")
def c_docs_comment(name):
    t = when(2025, 4, 8, 9, 12, 30)
    return docs_comment(
        name, t, "david.whitfield@kerlann.com", "Emma Clarke",
        "UK Office Move - Checklist (Trafford Park)", "1" + alnum(name, "docid", 43),
        "Racking removal - contractor booked for w/c 21 April",
        '<a href="mailto:david.whitfield@kerlann.com" style="color:#0b57d0;">@David Whitfield</a> can you confirm '
        "the racking team can start on the 22nd rather than the 21st? Pennine need the loading bay clear on Monday "
        "morning for the landlord's inspection.",
        [("Emma Clarke", "Moved the broadband cut-over to Friday 25th as agreed with IT.")])


@sample("phishing", "b8-google-drive-share-gmail-facture-impayee",
        "Genuine Google Drive share (French) of 'Facture impayée' from an unknown Gmail account styled "
        "'Service Facturation', asking accounts payable to sign in with the Microsoft account to view an overdue "
        "invoice PDF that links on to a credential page")
def p_drive_share(name):
    t = when(2024, 11, 5, 9, 31, 26)
    link = f"https://drive.google.com/file/d/1{alnum(name, 'fid', 32)}/view?usp=sharing_eil_se_dm&ts={hx(name, 'ts', 8)}"
    return drive_share(
        name, t, "sophie.lebihan@kerlann-industries.fr", "Service Facturation", "facturation.relance.fr@gmail.com",
        "Facture_impayée_KRL-2024-1187.pdf", "file", link,
        "Bonjour, sauf erreur de notre part la facture KRL-2024-1187 (14 860,00 € TTC) reste impayée. "
        "Merci de consulter le document et de vous identifier avec votre compte Microsoft professionnel pour "
        "accéder au détail et au RIB. Sans règlement sous 48 h, le dossier sera transmis au contentieux.",
        lang="fr", role="view")


@sample("bulk", "b8-google-sheets-share-customer-forecast",
        "Google Sheets share from the buyer at Meridian Retail (a US customer, own Workspace domain) of the Q1 "
        "volume forecast she had promised the US sales lead")
def c_drive_share(name):
    t = when(2025, 12, 9, 19, 6, 44)
    link = (f"https://docs.google.com/spreadsheets/d/1{alnum(name, 'sid', 43)}/edit?usp=sharing_eil_se_dm"
            f"&ts={hx(name, 'ts', 8)}")
    return drive_share(
        name, t, "rachel.owens@kerlann.com", "Jenna Alvarez", "jenna.alvarez@meridianretail.com",
        "Meridian x Kerlann - Q1 2026 volume forecast", "spreadsheet", link,
        "Hi Rachel, forecast for Q1 as promised. Columns H-K are the promo weeks, so expect the Joliet DC to run "
        "about 20% over baseline there. Happy to walk through it on Thursday.", role="edit")

def ics_fold(line: str) -> str:
    out, current = [], ""
    for ch in line:
        if len((current + ch).encode()) > 74:
            out.append(current)
            current = " "
        current += ch
    out.append(current)
    return "\r\n".join(out)


def ics_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def calendar_invite(name: str, when_: datetime, rcpt: str, organizer: str, organizer_email: str, title: str,
                    start: datetime, minutes: int, tz_label: str, tz_hours: int, description_html: str,
                    description_text: str, meet: str | None, guests: list[tuple[str, str]],
                    extra_dkim: str | None) -> bytes:
    """A Google Calendar invitation sent on behalf of the organizer."""
    from html import escape
    ctz = {"GMT": "Europe%2FLondon", "CST": "America%2FChicago"}.get(tz_label, "Europe%2FParis")
    end = start + timedelta(minutes=minutes)
    local_s = start.astimezone(timezone(timedelta(hours=tz_hours)))
    local_e = end.astimezone(timezone(timedelta(hours=tz_hours)))

    def hour(t):
        h12 = t.hour % 12 or 12
        return f"{h12}{'' if t.minute == 0 else f':{t.minute:02d}'}{'am' if t.hour < 12 else 'pm'}"

    span = f"{local_s:%a %b} {local_s.day}, {local_s.year} {hour(local_s)} - {hour(local_e)} ({tz_label})"
    subject = f"Invitation: {title} @ {span} ({rcpt})"
    eid = b64u(name, "eid", 60).rstrip("=")
    uid = hx(name, "uid", 26) + "@google.com"
    tok = b64u(name, "tok", 56)
    respond = lambda rst: (f"https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst={rst}"
                           f"&tok={tok}&ctz={ctz}&hl=en&es=0")
    guest_html = "".join(f'<div style="padding:2px 0;">{escape(g)} <span style="color:#70757a;">{e}</span></div>'
                         for g, e in guests)
    html = page(
        '<table role="presentation" width="100%" border="0" cellpadding="0" cellspacing="0"><tr>'
        '<td align="center" style="padding:24px 12px;">\n'
        '<table role="presentation" width="100%" style="max-width:600px;border:1px solid #dadce0;border-radius:8px;" '
        'border="0" cellpadding="0" cellspacing="0"><tr><td style="padding:24px;">\n'
        f'<div style="font-family:\'Google Sans\',Roboto,Arial,sans-serif;font-size:22px;color:#3c4043;">{title}</div>\n'
        + (f'<div style="padding:16px 0;">{button(meet, "Join with Google Meet", "#1a73e8", radius=4)}</div>\n'
           f'<div style="font-size:13px;color:#3c4043;">Meeting link<br><a href="{meet}" style="color:#1a73e8;">'
           f'{meet.replace("https://", "")}</a></div>\n' if meet else "")
        + f'<div style="padding-top:16px;font-size:13px;color:#70757a;">When</div>'
        f'<div style="font-size:14px;color:#3c4043;">{span}</div>\n'
        f'<div style="padding-top:16px;font-size:13px;color:#70757a;">Guests</div>'
        f'<div style="font-size:14px;color:#3c4043;">{guest_html}'
        f'<a href="https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&tok={tok}&ctz={ctz}&hl=en&es=0" '
        'style="color:#1a73e8;">View all guest info</a></div>\n'
        f'<div style="padding-top:16px;font-size:14px;color:#3c4043;line-height:20px;">{description_html}</div>\n'
        f'<div style="padding-top:24px;font-size:13px;color:#3c4043;">Reply for {rcpt}</div>\n'
        '<div style="padding-top:8px;">'
        + "".join(f'<a href="{esc(respond(rst))}" style="display:inline-block;border:1px solid #dadce0;border-radius:16px;'
                  f'padding:6px 16px;margin-right:6px;color:#3c4043;text-decoration:none;font-size:14px;">{label}</a>'
                  for rst, label in ((1, "Yes"), (2, "No"), (3, "Maybe")))
        + f'<a href="https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&tok={tok}&ctz={ctz}&hl=en&es=0" '
        'style="color:#1a73e8;font-size:14px;">More options</a></div>\n'
        '<div style="padding-top:24px;font-size:12px;color:#70757a;line-height:16px;">Invitation from '
        '<a href="https://calendar.google.com/calendar/" style="color:#1a73e8;">Google Calendar</a><br><br>'
        "You are receiving this email because you are an attendee on the event. To stop receiving future updates "
        "for this event, decline this event.<br><br>Forwarding this invitation could allow any recipient to send a "
        "response to the organizer, be added to the guest list, invite others regardless of their own invitation "
        "status, or modify your RSVP. "
        '<a href="https://support.google.com/calendar/answer/37135#forwarding" style="color:#1a73e8;">Learn more</a></div>\n'
        "</td></tr></table>\n</td></tr></table>",
        bg="#ffffff", font="Roboto,Arial,sans-serif", title=title)
    plain = (f"{title}\n" + (f"Join with Google Meet\n{meet}\n\n" if meet else "\n") + f"When\n{span}\n\nGuests\n"
             + "".join(f"{g} - {e}\n" for g, e in guests) + f"\n{description_text}\n\nReply for {rcpt}\n\n"
             "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
             "You are receiving this email because you are an attendee on the event. To stop receiving future "
             "updates for this event, decline this event.\n")
    stamp = lambda t: f"{t.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    ics_lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
                 "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTART:{stamp(start)}",
                 f"DTEND:{stamp(end)}", f"DTSTAMP:{stamp(when_)}",
                 f"ORGANIZER;CN={organizer}:mailto:{organizer_email}", f"UID:{uid}"]
    for g, e in guests:
        partstat = "ACCEPTED" if e == organizer_email else "NEEDS-ACTION"
        ics_lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};RSVP=TRUE;CN={g};"
                         f"X-NUM-GUESTS=0:mailto:{e}")
    if meet:
        ics_lines.append(f"X-GOOGLE-CONFERENCE:{meet}")
    ics_lines += [f"CREATED:{stamp(when_ - timedelta(minutes=1))}", f"DESCRIPTION:{ics_text(description_text)}",
                  f"LAST-MODIFIED:{stamp(when_)}", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
                  f"SUMMARY:{ics_text(title)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    ics = "\r\n".join(ics_fold(line) for line in ics_lines) + "\r\n"
    cal = Leaf("text/calendar", ics.encode(), "7bit", '; charset="UTF-8"; method=REQUEST')
    body = Multi("mixed", gbound(name, "mixed"), [
        Multi("alternative", gbound(name, "alt"), [mime.text(plain), mime.text(html, "html"), cal]),
        mime.attachment("application/ics", "invite.ics", ics.encode()),
    ])
    o = google_origin(name, when_, "calendar-server.bounces.google.com")
    if extra_dkim:
        o.dkim = o.dkim + ((extra_dkim, o.dkim[0][1] if extra_dkim == "gmail.com" else "google"),)
        o.policy = "NONE" if extra_dkim == "gmail.com" else "QUARANTINE"
    own = "\n".join([
        google_sig(name, when_, rcpt),
        "MIME-Version: 1.0",
        f"Reply-To: {q(organizer)} <{organizer_email}>",
        "Sender: Google Calendar <calendar-notification@google.com>",
        "Auto-Submitted: auto-generated",
        f"Message-ID: <calendar-{uuid(name, 'calmid')}@google.com>",
        f"Date: {rfc(when_ - timedelta(seconds=2))}",
        f"Subject: {q(subject)}",
        f"From: {q(organizer)} <{organizer_email}>",
        f"To: {rcpt}",
    ])
    return finish(name, when_, rcpt, o, own, body)


@sample("phishing", "b8-google-calendar-invite-youtube-redirect-gcs",
        "Genuine Google Calendar invitation from an unknown Gmail 'Payroll & Benefits Office' to the UK office "
        "manager: 'compensation adjustment acknowledgement', the description's link goes through youtube.com/redirect "
        "to an HTML page on storage.googleapis.com carrying her address")
def p_calendar(name):
    t = when(2025, 12, 2, 10, 3, 18)
    final = "https://storage.googleapis.com/comp-review-docs-7731/kerlann/index.html#emma.clarke@kerlann.com"
    link = (f"https://www.youtube.com/redirect?event=video_description&redir_token={alnum(name, 'redir', 64)}"
            f"&q={quote(final, safe='')}&v=Yx3mKq8Lp2c")
    desc_text = ("Hello,\nFollowing the annual review, your 2026 compensation adjustment letter is ready. Please "
                 "review and acknowledge it before this meeting using your Kerlann email login:\n" + link +
                 "\nUnacknowledged letters are returned to payroll and the adjustment is deferred.\n\n"
                 "Payroll & Benefits Office")
    desc_html = ("Hello,<br>Following the annual review, your 2026 compensation adjustment letter is ready. Please "
                 "review and acknowledge it before this meeting using your Kerlann email login:<br>"
                 f'<a href="{esc(link)}">Review compensation letter</a><br>Unacknowledged letters are returned to '
                 "payroll and the adjustment is deferred.<br><br>Payroll &amp; Benefits Office")
    return calendar_invite(
        name, t, "emma.clarke@kerlann.com", "Payroll & Benefits Office", "payroll.benefits.notice@gmail.com",
        "Action Required: 2026 Compensation Adjustment Acknowledgement", when(2025, 12, 3, 15, 0), 30, "GMT", 0,
        desc_html, desc_text, None,
        [("Payroll & Benefits Office", "payroll.benefits.notice@gmail.com"), ("emma.clarke@kerlann.com",
                                                                           "emma.clarke@kerlann.com")],
        "gmail.com")


@sample("bulk", "b8-google-calendar-invite-customer-planning",
        "Google Calendar invitation with a Meet link from the buyer at Meridian Retail (known customer, own "
        "Workspace domain) for the Q1 peak planning call, agenda referring to the forecast she shared")
def c_calendar(name):
    t = when(2025, 12, 10, 15, 22, 5)
    meet = "https://meet.google.com/qvr-hnzk-tdw"
    desc_text = ("Agenda:\n1) Q1 forecast (sheet shared Dec 9)\n2) Joliet DC dock schedule for the promo weeks\n"
                 "3) Carrier label spec v4 - status\n\nJenna")
    desc_html = ("Agenda:<br>1) Q1 forecast (sheet shared Dec 9)<br>2) Joliet DC dock schedule for the promo weeks"
                 "<br>3) Carrier label spec v4 - status<br><br>Jenna")
    return calendar_invite(
        name, t, "rachel.owens@kerlann.com", "Jenna Alvarez", "jenna.alvarez@meridianretail.com",
        "Meridian / Kerlann - Q1 peak planning", when(2026, 1, 13, 16, 0), 60, "CST", -6, desc_html, desc_text, meet,
        [("Jenna Alvarez", "jenna.alvarez@meridianretail.com"), ("Marcus Boyd", "marcus.boyd@meridianretail.com"),
         ("rachel.owens@kerlann.com", "rachel.owens@kerlann.com")],
        "meridianretail.com")


def forms_footer(lang: str, form_id: str) -> tuple[str, str]:
    if lang == "fr":
        text = ("Ne communiquez jamais vos mots de passe via Google Forms.\n\nCe contenu n'est ni rédigé, ni cautionné "
                "par Google. Signaler un abus - Conditions d'utilisation - Règles de confidentialité")
    else:
        text = ("Never submit passwords through Google Forms.\n\nThis content is neither created nor endorsed by "
                "Google. Report Abuse - Terms of Service - Privacy Policy")
    first, rest = text.split("\n\n")
    html = (f'<div style="padding-top:24px;font-size:12px;color:#5f6368;">{first}</div>\n'
            f'<div style="padding-top:12px;font-size:11px;color:#5f6368;">{rest.split(" - ")[0].split(". ")[0]}. '
            f'<a href="https://docs.google.com/forms/d/e/{form_id}/reportabuse" style="color:#5f6368;">'
            f'{rest.split(". ", 1)[1].split(" - ")[0]}</a> - '
            '<a href="https://policies.google.com/terms" style="color:#5f6368;">'
            f'{rest.split(" - ")[1]}</a> - <a href="https://policies.google.com/privacy" style="color:#5f6368;">'
            f'{rest.split(" - ")[2]}</a></div>')
    return text, html


def forms_invite(name: str, when_: datetime, rcpt: str, sender: str, reply_to: str, subject: str, intro: str,
                 form_title: str, form_desc: str, form_id: str, fields: list[str] | None, lang: str = "en") -> bytes:
    """A Google Forms invitation; with ``fields``, the form is embedded in the message as Forms does it."""
    fr = lang == "fr"
    view = f"https://docs.google.com/forms/d/e/{form_id}/viewform?usp=mail_form_link"
    foot_text, foot_html = forms_footer(lang, form_id)
    if fields:
        inputs = "".join(
            f'<div style="padding:16px 0 4px 0;font-size:15px;color:#202124;">{label} '
            f'<span style="color:#d93025;">*</span></div>'
            f'<input type="{"password" if "asse" in label.lower() or "password" in label.lower() else "text"}" '
            f'name="entry.{digits(name, label, 9)}" style="width:90%;border:none;border-bottom:1px solid #dadce0;'
            f'font-size:14px;padding:6px 0;">\n' for label in fields)
        form_html = (f'<form action="https://docs.google.com/forms/d/e/{form_id}/formResponse" method="POST" '
                     'target="_blank">\n<div style="border:1px solid #dadce0;border-top:10px solid #673ab7;'
                     'border-radius:8px;padding:24px;">\n'
                     f'<div style="font-size:28px;color:#202124;">{form_title}</div>\n'
                     f'<div style="padding-top:12px;font-size:14px;color:#202124;line-height:20px;">{form_desc}</div>\n'
                     f"{inputs}"
                     f'<div style="padding-top:24px;"><input type="submit" value="{"Envoyer" if fr else "Submit"}" '
                     'style="background:#673ab7;color:#ffffff;border:none;border-radius:4px;padding:10px 24px;'
                     'font-size:14px;"></div>\n</div>\n</form>\n'
                     f'<div style="padding-top:16px;font-size:13px;color:#202124;">'
                     f'{"Vous ne parvenez pas à afficher ou à envoyer ce formulaire ?" if fr else "Having trouble viewing or submitting this form?"}'
                     f'<br><a href="{esc(view)}" style="color:#673ab7;">'
                     f'{"REMPLIR DANS GOOGLE FORMS" if fr else "FILL OUT IN GOOGLE FORMS"}</a></div>\n')
        plain_form = (f"{form_title}\n{form_desc}\n\n" + "".join(f"{f} *\n" for f in fields) +
                      f"\n{'Remplir dans Google Forms' if fr else 'Fill out in Google Forms'}: {view}\n")
    else:
        form_html = (f'<div style="border:1px solid #dadce0;border-top:10px solid #673ab7;border-radius:8px;'
                     f'padding:24px;"><div style="font-size:24px;color:#202124;">{form_title}</div>\n'
                     f'<div style="padding:12px 0 20px 0;font-size:14px;color:#202124;line-height:20px;">{form_desc}</div>\n'
                     f'{button(view, "REMPLIR LE FORMULAIRE" if fr else "FILL OUT FORM", "#673ab7")}</div>\n')
        plain_form = f"{form_title}\n{form_desc}\n\n{'Remplir le formulaire' if fr else 'Fill out form'}: {view}\n"
    html = page(
        '<table role="presentation" width="100%" border="0" cellpadding="0" cellspacing="0"><tr>'
        '<td align="center" style="padding:24px 12px;"><table role="presentation" width="100%" style="max-width:640px;" '
        'border="0" cellpadding="0" cellspacing="0"><tr><td style="font-family:Roboto,Arial,sans-serif;">\n'
        f'<div style="font-size:14px;color:#202124;padding-bottom:16px;">{intro}</div>\n'
        f"{form_html}{foot_html}\n</td></tr></table></td></tr></table>",
        lang=lang, bg="#ffffff", font="Roboto,Arial,sans-serif", title=form_title)
    plain = f"{intro}\n\n{plain_form}\n{foot_text}\n"
    o = google_origin(name, when_, "forms-server.bounces.google.com")
    own = "\n".join([
        google_sig(name, when_, rcpt),
        "MIME-Version: 1.0",
        f"Reply-To: {reply_to}",
        "X-No-Auto-Attachment: 1",
        f"Message-ID: <{alnum(name, 'fmid', 22)}@google.com>",
        f"Date: {rfc(when_ - timedelta(seconds=2))}",
        f"Subject: {q(subject)}",
        f'From: "{q(sender)} (via Google Forms)" <forms-receipts-noreply@google.com>',
        f"To: {rcpt}",
    ])
    return finish(name, when_, rcpt, o, own, alt(plain, html, gbound(name)), lang)


@sample("phishing", "b8-google-forms-embedded-password-fr",
        "Genuine Google Forms invitation (French) from 'Support informatique Kerlann', really an unknown Gmail "
        "account, with the form embedded in the message asking HR for her work address and current mailbox "
        "password 'to avoid suspension' - under Google's own 'never submit passwords' warning")
def p_forms(name):
    t = when(2024, 6, 25, 7, 55, 2)
    form_id = "1FAIpQLS" + alnum(name, "form", 48)
    return forms_invite(
        name, t, "nadia.benali@kerlann-industries.fr", "Support informatique Kerlann",
        "support.informatique.kerlann@gmail.com",
        "Vérification de votre boîte aux lettres - action requise avant 18h",
        "Support informatique Kerlann vous a invité à remplir un formulaire :",
        "Vérification des boîtes aux lettres Kerlann Industries",
        "Suite à la migration de la messagerie, toutes les boîtes non vérifiées aujourd'hui seront suspendues. "
        "Merci de confirmer vos identifiants ci-dessous.",
        form_id, ["Adresse e-mail professionnelle", "Mot de passe actuel", "Confirmez le mot de passe"], "fr")


@sample("bulk", "b8-google-forms-colleague-summer-social",
        "Google Forms invitation from the UK office manager (kerlann.com) to the operations manager: food and "
        "dietary preferences for the Manchester summer social, a link to the form, no credentials asked")
def c_forms(name):
    t = when(2025, 6, 2, 8, 40, 11)
    form_id = "1FAIpQLS" + alnum(name, "form", 48)
    return forms_invite(
        name, t, "david.whitfield@kerlann.com", "Emma Clarke", "emma.clarke@kerlann.com",
        "Summer social - food & dietary preferences (by Friday please)",
        "Emma Clarke (emma.clarke@kerlann.com) has invited you to fill out a form:",
        "Manchester summer social - 27 June",
        "Two minutes: starter and main choice, any allergies, and whether you're bringing a plus-one. The venue "
        "needs final numbers by Friday 6 June.", form_id, None)

# --------------------------------------------------------------------------
# GitHub notifications


def github_origin(name: str) -> Origin:
    n = 200 + int(hx(name, "gh", 2), 16) % 20
    return Origin(f"out-{n - 180}.smtp.github.com", f"192.30.252.{n}", "noreply@github.com",
                  (("github.com", "pf2023"),), policy="REJECT")


def github_notification(name: str, when_: datetime, rcpt: str, login: str, display: str, repo: str, kind: str,
                        number: int, title: str, body_text: str, body_html: str, reason: str, recipient_login: str,
                        first: bool = True) -> bytes:
    """A GitHub notification e-mail for an issue or pull request, as notifications@github.com sends it."""
    url = f"https://github.com/{repo}/{'pull' if kind == 'PR' else 'issues'}/{number}"
    unsub = f"https://github.com/notifications/unsubscribe-auth/{alnum(name, 'ghun', 26)}"
    reason_text = {"mention": "You are receiving this because you were mentioned.",
                   "subscribed": "You are receiving this because you are subscribed to this thread.",
                   "review_requested": "You are receiving this because your review was requested."}[reason]
    mid = f"{repo}/{'pull' if kind == 'PR' else 'issues'}/{number}@github.com"
    plain = (f"{body_text}\n\n-- \nReply to this email directly or view it on GitHub:\n{url}\n"
             f"{reason_text}\n\nMessage ID: <{mid}>")
    ld = ('[{"@context": "http://schema.org", "@type": "EmailMessage", "potentialAction": {"@type": "ViewAction", '
          f'"target": "{url}", "url": "{url}", "name": "View {"Pull Request" if kind == "PR" else "Issue"}"}}, '
          f'"description": "View this {"Pull Request" if kind == "PR" else "Issue"} on GitHub", "publisher": '
          '{"@type": "Organization", "name": "GitHub", "url": "https://github.com"}}]')
    html = (f"<p></p>\n{body_html}\n\n"
            '<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email '
            f'directly, <a href="{url}">view it on GitHub</a>, or <a href="{unsub}">unsubscribe</a>.<br />{reason_text}'
            f'<img src="https://github.com/notifications/beacon/{alnum(name, "ghbeacon", 60)}.gif" height="1" width="1" '
            f'alt="" /><br />Message ID: <span>&lt;{mid}&gt;</span></p>\n'
            f'<script type="application/ld+json">{ld}</script>')
    boundary = f"--==_mimepart_{hx(name, 'ghb', 13)}_{digits(name, 'ghb2', 6)}"
    body = Multi("alternative", boundary, [
        Leaf("text/plain", plain.encode(), "7bit", "; charset=UTF-8"),
        Leaf("text/html", html.encode(), "7bit", "; charset=UTF-8"),
    ], params=" charset=UTF-8;")
    owner, short = repo.split("/")
    subject = f"[{repo}] {title} ({'PR' if kind == 'PR' else 'Issue'} #{number})"
    cc = {"mention": "Mention <mention@noreply.github.com>",
          "subscribed": "Subscribed <subscribed@noreply.github.com>",
          "review_requested": "Review requested <review_requested@noreply.github.com>"}[reason]
    own = "\n".join([
        dkim(name, "github.com", "pf2023", "Date:From:Reply-To:To:Cc:In-Reply-To:References:List-ID:List-Archive:"
             "List-Post:List-Unsubscribe:From", when_),
        f"Date: {rfc(when_ - timedelta(seconds=1), hours=-7 if pacific(when_)[0] == -7 else -8)}",
        f"From: {q(display)} <notifications@github.com>",
        f"Reply-To: {repo} <reply+{alnum(name, 'ghreply', 60)}@reply.github.com>",
        f"To: {repo} <{short}@noreply.github.com>",
        f"Cc: {cc}",
        f"Message-ID: <{mid}>" if first else f"Message-ID: <{repo}/issues/{number}/{digits(name, 'c', 10)}@github.com>",
        f"Subject: {subject}",
        "Mime-Version: 1.0",
        "Precedence: list",
        f"X-GitHub-Sender: {login}",
        f"X-GitHub-Recipient: {recipient_login}",
        f"X-GitHub-Reason: {reason}",
        f"List-ID: {repo} <{short}.{owner}.github.com>",
        f"List-Archive: https://github.com/{repo}",
        f"List-Post: <mailto:reply+{alnum(name, 'ghreply', 60)}@reply.github.com>",
        f"List-Unsubscribe: <mailto:unsub+{alnum(name, 'ghunsub', 60)}@reply.github.com>,\n <{unsub}>",
        "X-Auto-Response-Suppress: All",
        f"X-GitHub-Recipient-Address: {rcpt}",
    ])
    o = github_origin(name)
    received = (f"Received: from github.com (hubbernetes-node-{hx(name, 'ghnode', 6)}.ac4-iad.github.net [10.52.{int(hx(name, 'n1', 2), 16)}.{int(hx(name, 'n2', 2), 16)}])\n"
                f"\tby smtp.github.com (Postfix) with ESMTPA id 4{alnum(name, 'ghq', 10)}\n\tfor <{rcpt}>; "
                f"{rfc(when_ - timedelta(seconds=1), hours=-7 if pacific(when_)[0] == -7 else -8)}")
    o.hops = (received,)
    return finish(name, when_, rcpt, o, own, body)


@sample("phishing", "b8-github-issue-security-alert-clickfix",
        "Genuine GitHub notification of an issue opened by a throwaway account on a public repository the US IT "
        "engineer watches, posing as the 'GitHub Security Team' and sending him to github-scanner-shield.com (not "
        "GitHub), a fake CAPTCHA page that makes visitors paste a PowerShell command")
def p_github_scanner(name):
    t = when(2024, 9, 20, 4, 12, 37)
    text = ("Hey there!\n\nWe have detected a security vulnerability in your repository. Please contact us at "
            "https://github-scanner-shield.com to get more information on how to fix this issue.\n\n"
            "Best regards,\nGitHub Security Team\n\n@mellison-kerlann @dkovacs @tran-ops @rvillalobos @hbaptiste "
            "@lmorrow-dev")
    html = ('<p dir="auto">Hey there!</p>\n<p dir="auto">We have detected a security vulnerability in your repository. '
            'Please contact us at <a href="https://github-scanner-shield.com" rel="nofollow">'
            "https://github-scanner-shield.com</a> to get more information on how to fix this issue.</p>\n"
            '<p dir="auto">Best regards,<br>\nGitHub Security Team</p>\n<p dir="auto">'
            + " ".join(f'<a class="user-mention notranslate" href="https://github.com/{u}">@{u}</a>'
                       for u in ("mellison-kerlann", "dkovacs", "tran-ops", "rvillalobos", "hbaptiste", "lmorrow-dev"))
            + "</p>")
    return github_notification(
        name, t, "mark.ellison@kerlann.com", "secure-alert-gh", "secure-alert-gh", "openfreight/edi-x12-parser",
        "Issue", 412, '"Security Vulnerability Detected in your repository"', text, html, "mention",
        "mellison-kerlann")


@sample("phishing", "b8-github-issue-oauth-app-consent",
        "Genuine GitHub notification of an issue on Kerlann's public SDK repository, 'Security Alert: Unusual "
        "Access Attempt', whose buttons go to github.com/login/oauth/authorize for an unknown OAuth app asking repo, "
        "workflow and delete_repo scopes with a callback on onrender.com - token theft without a password")
def p_github_oauth(name):
    t = when(2025, 3, 16, 22, 41, 5)
    client = "Ov23li" + alnum(name, "client", 14)
    auth = (f"https://github.com/login/oauth/authorize?client_id={client}&scope=repo%2Cuser%2Cread%3Aorg%2C"
            "delete_repo%2Cworkflow%2Cgist&redirect_uri=https%3A%2F%2Fgitsecurityapp.onrender.com%2Fauth%2Fcallback"
            f"&state={hx(name, 'state', 16)}")
    text = ("Hey @mellison-kerlann!\n\nWe have detected a login attempt on your GitHub account that appears to be "
            "from a new location or device.\n\nHere are the details:\n\nLocation: Reykjavik, Iceland\n"
            "IP Address: 53.253.117.8\nTime: 2025-03-16 21:58 UTC\n\nIf this was you, no further action is "
            "required.\nIf you did not attempt this login, please secure your account immediately:\n\n"
            f"Update your password: {auth}\nReview your activity: {auth}\n\nThanks,\nThe GitHub Security Team")
    html = ('<p dir="auto">Hey <a class="user-mention notranslate" href="https://github.com/mellison-kerlann">'
            '@mellison-kerlann</a>!</p>\n<p dir="auto">We have detected a login attempt on your GitHub account that '
            'appears to be from a new location or device.</p>\n<p dir="auto">Here are the details:</p>\n'
            '<p dir="auto"><strong>Location:</strong> Reykjavik, Iceland<br>\n<strong>IP Address:</strong> '
            "53.253.117.8<br>\n<strong>Time:</strong> 2025-03-16 21:58 UTC</p>\n<p dir=\"auto\">If this was you, no "
            "further action is required.<br>\nIf you did not attempt this login, please secure your account "
            "immediately:</p>\n"
            f'<p dir="auto"><a href="{esc(auth)}" rel="nofollow"><strong>Update your password</strong></a><br>\n'
            f'<a href="{esc(auth)}" rel="nofollow"><strong>Review your activity</strong></a></p>\n'
            '<p dir="auto">Thanks,<br>\nThe GitHub Security Team</p>')
    return github_notification(
        name, t, "mark.ellison@kerlann.com", "sec-alert-notify", "sec-alert-notify", "kerlann/carrier-label-sdk",
        "Issue", 57, "Security Alert: Unusual Access Attempt", text, html, "mention", "mellison-kerlann")


@sample("bulk", "b8-github-pr-review-request",
        "GitHub notification: a Kerlann developer requests the IT engineer's review on a pull request in the "
        "organisation's private WMS connector repository")
def c_github_pr(name):
    t = when(2025, 10, 7, 14, 3, 50)
    repo = "kerlann/wms-connector"
    text = ("@ysalaun-kerlann requested your review on: kerlann/wms-connector#318 Add retry with backoff to carrier "
            "label API client.\n\nThe carrier label API returns 429 during the Monday morning peak. This wraps "
            "LabelClient.create() in an exponential backoff (max 5 tries, jitter), and logs the retry count to the "
            "existing metrics.\n\nCloses #309.\n\nYou can view, comment on, or merge this pull request online at:\n\n"
            f"  https://github.com/{repo}/pull/318\n\nCommit Summary\n\n  * a41c9e2 Add backoff helper\n"
            "  * 7be03d1 Use backoff in LabelClient.create\n  * 0c5f8aa Tests for 429 handling\n\nFile Changes\n\n"
            "  M wms_connector/carriers/label_client.py (38)\n  A wms_connector/util/backoff.py (41)\n"
            "  M tests/test_label_client.py (57)\n\nPatch Links:\n\n"
            f"https://github.com/{repo}/pull/318.patch\nhttps://github.com/{repo}/pull/318.diff")
    html = ('<p><a class="user-mention notranslate" href="https://github.com/ysalaun-kerlann">@ysalaun-kerlann</a> '
            f'requested your review on: <a href="https://github.com/{repo}/pull/318">kerlann/wms-connector#318</a> '
            "Add retry with backoff to carrier label API client.</p>\n"
            '<p dir="auto">The carrier label API returns 429 during the Monday morning peak. This wraps '
            "<code>LabelClient.create()</code> in an exponential backoff (max 5 tries, jitter), and logs the retry "
            'count to the existing metrics.</p>\n<p dir="auto">Closes <a class="issue-link" '
            f'href="https://github.com/{repo}/issues/309">#309</a>.</p>\n<hr>\n'
            "<h4>You can view, comment on, or merge this pull request online at:</h4>\n"
            f'<p>&nbsp;&nbsp;<a href="https://github.com/{repo}/pull/318">https://github.com/{repo}/pull/318</a></p>\n'
            "<h4>Commit Summary</h4>\n<ul>\n"
            f'  <li><a href="https://github.com/{repo}/pull/318/commits/a41c9e2">a41c9e2</a> Add backoff helper</li>\n'
            f'  <li><a href="https://github.com/{repo}/pull/318/commits/7be03d1">7be03d1</a> Use backoff in LabelClient.create</li>\n'
            f'  <li><a href="https://github.com/{repo}/pull/318/commits/0c5f8aa">0c5f8aa</a> Tests for 429 handling</li>\n'
            "</ul>\n<h4>File Changes</h4>\n<ul>\n"
            f'  <li><strong>M</strong> <a href="https://github.com/{repo}/pull/318/files#diff-1">wms_connector/carriers/label_client.py</a> (38)</li>\n'
            f'  <li><strong>A</strong> <a href="https://github.com/{repo}/pull/318/files#diff-2">wms_connector/util/backoff.py</a> (41)</li>\n'
            f'  <li><strong>M</strong> <a href="https://github.com/{repo}/pull/318/files#diff-3">tests/test_label_client.py</a> (57)</li>\n'
            "</ul>\n<h4>Patch Links:</h4>\n<ul>\n"
            f'  <li><a href="https://github.com/{repo}/pull/318.patch">https://github.com/{repo}/pull/318.patch</a></li>\n'
            f'  <li><a href="https://github.com/{repo}/pull/318.diff">https://github.com/{repo}/pull/318.diff</a></li>\n</ul>')
    return github_notification(
        name, t, "mark.ellison@kerlann.com", "ysalaun-kerlann", "Yann Salaün", repo, "PR", 318,
        "Add retry with backoff to carrier label API client", text, html, "review_requested", "mellison-kerlann")

# --------------------------------------------------------------------------
# E-signature platforms


def docusign_envelope(name: str, when_: datetime, rcpt: str, rcpt_name: str, sender: str, sender_email: str,
                      doc: str, message: str, lang: str = "en", eu: bool = False) -> bytes:
    """A DocuSign envelope notification (signing request)."""
    fr = lang == "fr"
    host = "eu.docusign.net" if eu else "na3.docusign.net"
    env_from = "dse@eumail.docusign.net" if eu else "dse_NA3@docusign.net"
    link = (f"https://{host}/Signing/EmailStart.aspx?a={uuid(name, 'dsa')}&etti=24&acct={uuid(name, 'dsacct')}"
            f"&er={uuid(name, 'dser')}")
    code = hxu(name, "dscode", 32) + "3"
    report = f"https://protect.docusign.net/report-abuse?e={b64u(name, 'dsrep', 80)}&lang={lang}"
    t = {
        "sent": (f"{sender} vous a envoyé un document à examiner et à signer." if fr else
                 f"{sender} sent you a document to review and sign."),
        "button": "EXAMINER LE DOCUMENT" if fr else "REVIEW DOCUMENT",
        "dns_h": "Ne partagez pas cet e-mail" if fr else "Do Not Share This Email",
        "dns": ("Cet e-mail contient un lien sécurisé vers Docusign. Veuillez ne pas partager cet e-mail, ce lien ou "
                "ce code d'accès avec d'autres personnes." if fr else
                "This email contains a secure link to Docusign. Please do not share this email, link, or access code "
                "with others."),
        "alt_h": "Autre méthode de signature" if fr else "Alternate Signing Method",
        "alt": (f"Rendez-vous sur Docusign.com, cliquez sur « Accéder aux documents » et saisissez le code de "
                f"sécurité : {code}" if fr else
                f"Visit Docusign.com, click 'Access Documents', and enter the security code: {code}"),
        "about_h": "À propos de Docusign" if fr else "About Docusign",
        "about": ("Signez des documents électroniquement en quelques minutes. C'est sûr, sécurisé et juridiquement "
                  "valable. Que vous soyez au bureau, chez vous ou en déplacement, Docusign vous offre une solution "
                  "fiable de gestion numérique des transactions." if fr else
                  "Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether "
                  "you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a "
                  "professional trusted solution for Digital Transaction Management."),
        "q_h": "Des questions sur le document ?" if fr else "Questions about the Document?",
        "q": ("Si vous devez modifier le document ou si vous avez des questions sur son contenu, contactez "
              "directement l'expéditeur par e-mail." if fr else
              "If you need to modify the document or have questions about the details in the document, please reach "
              "out to the sender by emailing them directly."),
        "stop_h": "Ne plus recevoir cet e-mail" if fr else "Stop receiving this email",
        "report": "Signaler cet e-mail" if fr else "Report this email",
        "sent_by": (f"Ce message vous a été envoyé par {sender}, qui utilise le service de signature électronique "
                    "Docusign. Si vous ne souhaitez plus recevoir d'e-mails de cet expéditeur, contactez-le "
                    "directement." if fr else
                    f"This message was sent to you by {sender} who is using the Docusign Electronic Signature "
                    "Service. If you would rather not receive email from this sender you may contact the sender "
                    "with your request."),
    }
    subject = (f"Complétez avec Docusign : {doc}" if fr else f"Complete with Docusign: {doc}")
    html = page(
        '<table role="presentation" width="100%" border="0" cellpadding="0" cellspacing="0" style="background:#eaeaea;">'
        '<tr><td align="center" style="padding:24px 8px;">\n'
        '<table role="presentation" width="640" style="max-width:640px;background:#ffffff;" border="0" cellpadding="0" '
        'cellspacing="0">\n<tr><td style="padding:10px 24px;"><img src="https://docucdn-a.akamaihd.net/olive/images/2.62.0/'
        'global-assets/email-templates/email-logo.png" width="116" alt="Docusign"></td></tr>\n'
        '<tr><td style="padding:0 24px 30px 24px;"><table role="presentation" width="100%" border="0" cellpadding="0" '
        'cellspacing="0" style="background:#1e4ca1;"><tr><td align="center" style="padding:28px 24px;">'
        '<img src="https://docucdn-a.akamaihd.net/olive/images/2.62.0/global-assets/email-templates/email-review-document.png" '
        'width="75" height="75" alt=""><br>\n'
        f'<div style="font-size:16px;color:#ffffff;padding:18px 0 26px 0;">{t["sent"]}</div>\n'
        f'{button(link, t["button"], "#ffc423", "#333333", 2)}</td></tr></table></td></tr>\n'
        f'<tr><td style="padding:0 24px 24px 36px;font-size:15px;color:#333333;line-height:20px;">'
        f'<b>{sender}</b><br><a href="mailto:{sender_email}" style="color:#2463d1;">{sender_email}</a><br><br>'
        f'{message.replace(chr(10), "<br>")}<br><br></td></tr>\n'
        '<tr><td style="padding:0 24px 24px 36px;font-size:11px;color:#666666;">Powered by '
        '<img src="https://docucdn-a.akamaihd.net/olive/images/2.62.0/global-assets/email-templates/email-logo.png" '
        'width="56" alt="Docusign" style="vertical-align:middle;"></td></tr>\n'
        '<tr><td style="padding:24px;background:#eaeaea;font-size:11px;color:#666666;line-height:14px;">'
        f'<b>{t["dns_h"]}</b><br>{t["dns"]}<br><br><b>{t["alt_h"]}</b><br>{t["alt"]}<br><br>'
        f'<b>{t["about_h"]}</b><br>{t["about"]}<br><br><b>{t["q_h"]}</b><br>{t["q"]}<br><br>'
        f'<b>{t["stop_h"]}</b><br><a href="{esc(report)}" style="color:#2463d1;">{t["report"]}</a><br><br>'
        f'{t["sent_by"]}</td></tr>\n</table>\n</td></tr></table>',
        lang=lang, bg="#eaeaea", font="Helvetica,Arial,sans-serif", title=subject)
    plain = (f"{t['sent']}\n\n{link}\n\n{sender}\n{sender_email}\n\n{message}\n\n{t['dns_h']}\n{t['dns']}\n\n"
             f"{t['alt_h']}\n{t['alt']}\n\n{t['about_h']}\n{t['about']}\n\n{t['q_h']}\n{t['q']}\n\n"
             f"{t['report']}: {report}\n\n{t['sent_by']}\n")
    n = 60 + int(hx(name, "dsip", 2), 16) % 60
    helo, ip = ((f"mailout{n % 9 + 1}.eu.docusign.net", f"185.81.100.{n}") if eu else
                (f"mailout{n % 9 + 1}.na3.docusign.net", f"64.207.219.{n}"))
    o = Origin(helo, ip, env_from, (("docusign.net", "mail"),), policy="REJECT", ctry="DE" if eu else "US")
    own = "\n".join([
        dkim(name, "docusign.net", "mail", "Reply-To:From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", when_),
        f"Received: from docusign.net (10.{int(hx(name, 'd1', 2), 16)}.{int(hx(name, 'd2', 2), 16)}.{int(hx(name, 'd3', 2), 16)}) "
        f"by {helo} with Microsoft SMTP Server id 15.1.2507.39; {rfc(when_ - timedelta(seconds=1))}",
        f"Reply-To: {q(sender)} <{sender_email}>",
        f'From: "{q(sender)} via Docusign" <{env_from}>',
        f"To: {q(rcpt_name)} <{rcpt}>",
        f"Subject: {q(subject)}",
        f"Date: {rfc(when_ - timedelta(seconds=2))}",
        f"Message-ID: <{hx(name, 'dsmid', 32)}@docusign.net>",
        "X-Api-Host: " + host.split(".")[0] + "-" + hx(name, "apihost", 6),
        "X-MessageID: " + uuid(name, "dsxmid"),
        "MIME-Version: 1.0",
    ])
    return finish(name, when_, rcpt, o, own, alt(plain, html, jbound(name)), lang)


@sample("phishing", "b8-docusign-outlook-hr-bonus-letter-fr",
        "Genuine DocuSign envelope (French) from an account named 'Kerlann Industries - Ressources Humaines' "
        "registered to rh.kerlann.industries@outlook.fr, not the company domain: a '2025 bonus letter' to sign before "
        "6 pm or lose the bonus; the document links on to a Microsoft 365 sign-in page")
def p_docusign(name):
    t = when(2025, 12, 15, 13, 47, 22)
    return docusign_envelope(
        name, t, "maelle.tanguy@kerlann-industries.fr", "Maëlle Tanguy", "Kerlann Industries - Ressources Humaines",
        "rh.kerlann.industries@outlook.fr", "Prime annuelle 2025 - Lettre d'attribution - Kerlann Industries",
        "Bonjour,\nVeuillez trouver votre lettre d'attribution de prime 2025 à signer électroniquement avant ce soir "
        "18h00. Sans signature, le versement sera reporté au prochain exercice.\nPour des raisons de confidentialité, "
        "le document s'ouvre après authentification avec votre compte Microsoft 365 Kerlann.\nService RH", "fr")


@sample("clean", "b8-docusign-customer-framework-contract-fr",
        "DocuSign envelope (EU platform, French) from the purchasing manager of Groupe Aubrac, a known customer, "
        "sending the CFO the 2026 logistics framework contract agreed at a named meeting, already signed on their side")
def c_docusign(name):
    t = when(2025, 12, 11, 10, 5, 48)
    return docusign_envelope(
        name, t, "thomas.girard@kerlann-industries.fr", "Thomas Girard", "Claire Vidal", "claire.vidal@groupe-aubrac.fr",
        "Contrat-cadre prestations logistiques 2026 - Groupe Aubrac x Kerlann Industries",
        "Bonjour Thomas,\nComme convenu lors de notre réunion du 4 décembre, voici le contrat-cadre intégrant les "
        "modifications de l'article 7 (pénalités de retard plafonnées à 5 %). Notre directeur général a déjà signé.\n"
        "Bien cordialement,\nClaire Vidal - Direction des achats, Groupe Aubrac", "fr", eu=True)


def adobe_sign(name: str, when_: datetime, rcpt: str, sender: str, sender_email: str, doc: str, message: str) -> bytes:
    """An Adobe Acrobat Sign signature request."""
    link = (f"https://na1.documents.adobe.com/public/esign?tsid=CBFCIBAA3AAABLblqZhB{alnum(name, 'tsid', 46)}"
            f"&locale=en_US")
    subject = f'Signature requested on "{doc}"'
    html = page(card(
        '<img src="https://static.echocdn.com/images/email/acrobat-sign-logo-2x.png" width="160" alt="Adobe Acrobat Sign">\n'
        f'<p style="font-size:22px;color:#2c2c2c;margin:28px 0 6px 0;">{doc}</p>\n'
        f'<p style="font-size:14px;color:#505050;margin:0 0 24px 0;">{sender} ({sender_email}) has requested your '
        "signature.</p>\n"
        + button(link, "Review and sign", "#1473e6", radius=16) +
        f'\n<p style="font-size:14px;color:#2c2c2c;margin:28px 0 6px 0;"><b>Message from {sender}</b></p>\n'
        f'<p style="font-size:14px;color:#505050;margin:0;line-height:20px;">{message}</p>\n'
        f'<p style="font-size:13px;color:#505050;margin:24px 0 0 0;">After you sign {doc}, all parties will receive a '
        "final PDF copy by email.</p>\n"
        '<p style="font-size:12px;color:#6e6e6e;margin:24px 0 0 0;line-height:16px;"><b>Don\'t forward this email:</b> '
        "If you don't want to sign, you can delegate to someone else. By proceeding, you agree that this agreement "
        "may be signed using electronic or handwritten signatures.</p>\n"
        '<p style="font-size:11px;color:#6e6e6e;margin:24px 0 0 0;">Powered by Adobe Acrobat Sign &middot; '
        '<a href="https://www.adobe.com/privacy.html" style="color:#6e6e6e;">Privacy</a> &middot; '
        '<a href="https://www.adobe.com/legal/terms.html" style="color:#6e6e6e;">Terms of use</a><br>'
        "Adobe Inc., 345 Park Avenue, San Jose, CA 95110-2704</p>"), bg="#f5f5f5",
        font="'Adobe Clean',Helvetica,Arial,sans-serif", title=subject)
    plain = (f"{doc}\n\n{sender} ({sender_email}) has requested your signature.\n\nReview and sign: {link}\n\n"
             f"Message from {sender}\n{message}\n\nAfter you sign {doc}, all parties will receive a final PDF copy by "
             "email.\n\nDon't forward this email: If you don't want to sign, you can delegate to someone else.\n\n"
             "Adobe Inc., 345 Park Avenue, San Jose, CA 95110-2704\n")
    n = 20 + int(hx(name, "adip", 2), 16) % 200
    o = Origin(f"na1mta{n % 6 + 1:02d}.adobesign.com", f"66.235.156.{n}", f"bounces@na1.adobesign.com",
               (("adobesign.com", "na1"),), policy="REJECT")
    own = "\n".join([
        dkim(name, "adobesign.com", "na1", "Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type", when_),
        f"Date: {rfc(when_ - timedelta(seconds=2))}",
        f'From: "{q(sender)} via Adobe Acrobat Sign" <adobesign@adobesign.com>',
        f"Reply-To: {q(sender)} <{sender_email}>",
        f"To: {rcpt}",
        f"Message-ID: <{digits(name, 'asmid', 12)}.{digits(name, 'asmid2', 13)}@na1.adobesign.com>",
        f"Subject: {q(subject)}",
        "MIME-Version: 1.0",
        "X-Echosign-Source: agreement_signature_request",
    ])
    return finish(name, when_, rcpt, o, own, alt(plain, html, jbound(name)))


@sample("phishing", "b8-adobe-sign-lookalike-supplier-ach-change",
        "Genuine Adobe Acrobat Sign request to US finance from a lookalike of a corrugated-box supplier "
        "(greatlakes-corrugated.com): 'Vendor ACH authorization' moving all payments, including two named open "
        "invoices, to a new bank account before the next payment run - vendor payment fraud")
def p_adobe_sign(name):
    t = when(2025, 5, 20, 15, 12, 7)
    return adobe_sign(
        name, t, "priya.raman@kerlann.com", "Dana Whitaker", "dana.whitaker@greatlakes-corrugated.com",
        "Great Lakes Corrugated - Vendor ACH Authorization Form (2025)",
        "Hi Priya, as part of our year-end banking consolidation, all payments to Great Lakes Corrugated must now be "
        "remitted to our new account at Pinnacle Community Bank. Our previous account is under review and can no "
        "longer receive ACH. Please sign the authorization so we can update your vendor file before your Friday "
        "payment run - invoices 88213 and 88240 should go to the new account. Thank you, Dana Whitaker, Accounts "
        "Receivable")


@sample("bulk", "b8-adobe-sign-partner-mutual-nda",
        "Adobe Acrobat Sign request from the sales director of Summit Cold Chain (own domain) to the US sales lead: "
        "the mutual NDA ahead of a named capacity discussion, entity details taken from the W-9 she sent")
def c_adobe_sign(name):
    t = when(2025, 8, 26, 17, 31, 40)
    return adobe_sign(
        name, t, "rachel.owens@kerlann.com", "Kevin Park", "kevin.park@summitcoldchain.com",
        "Mutual NDA - Summit Cold Chain LLC and Kerlann Inc",
        "Rachel - our standard mutual NDA ahead of next Tuesday's reefer capacity discussion. Legal pre-filled your "
        "entity details from the W-9 you sent over; let me know if anything needs changing. Kevin")


def dropbox_sign(name: str, when_: datetime, rcpt: str, requester: str, requester_email: str, doc: str,
                 message: str, lang: str = "en") -> bytes:
    """A Dropbox Sign (HelloSign) signature request."""
    de = lang == "de"
    link = f"https://app.hellosign.com/t/{hx(name, 'hst', 16)}/{hx(name, 'hs', 40)}"
    subject = (f"{requester} bittet Sie um Ihre Unterschrift: „{doc}“" if de else
               f'{requester} has requested your signature on "{doc}"')
    intro = (f"{requester} ({requester_email}) hat Sie gebeten, „{doc}“ zu prüfen und zu unterschreiben." if de else
             f"{requester} ({requester_email}) has requested your signature on \"{doc}\".")
    label = "Prüfen und unterschreiben" if de else "Review & sign"
    msg_h = "Nachricht:" if de else "Message:"
    foot = ("Sie haben diese E-Mail erhalten, weil Sie von einem Dropbox Sign-Nutzer um eine Unterschrift gebeten "
            "wurden." if de else
            "You received this email because a Dropbox Sign user requested your signature.")
    html = page(card(
        '<img src="https://cdn.hellosign.com/1720000000/images/email/dropbox-sign-logo.png" width="150" alt="Dropbox Sign">\n'
        f'<p style="font-size:18px;color:#1e1919;margin:28px 0 18px 0;line-height:24px;">{intro}</p>\n'
        + button(link, label, "#0061fe", radius=4) +
        f'\n<p style="font-size:14px;color:#1e1919;margin:26px 0 4px 0;"><b>{msg_h}</b></p>\n'
        f'<p style="font-size:14px;color:#52514e;margin:0;line-height:20px;">{message}</p>\n'
        f'<p style="font-size:12px;color:#736c64;margin:36px 0 0 0;line-height:16px;">{foot}<br>'
        "Dropbox Sign, a Dropbox company &middot; 1800 Owens St, San Francisco, CA 94158</p>"),
        lang=lang, bg="#f7f5f2", font="Helvetica,Arial,sans-serif", title=subject)
    plain = f"{intro}\n\n{label}: {link}\n\n{msg_h}\n{message}\n\n{foot}\nDropbox Sign, 1800 Owens St, San Francisco, CA 94158\n"
    n = int(hx(name, "hsip", 2), 16)
    local = rcpt.replace("@", "=")
    o = Origin(f"o{n % 9 + 1}.mail.hellosign.com", f"167.89.{40 + n % 20}.{n}",
               f"bounces+{digits(name, 'hsb', 7)}-{hx(name, 'hsb2', 4)}-{local}@mail.hellosign.com",
               (("mail.hellosign.com", "s1"), ("sendgrid.info", "smtpapi")), policy="QUARANTINE")
    own = "\n".join([
        dkim(name, "mail.hellosign.com", "s1", "from:reply-to:subject:mime-version:content-type:to:cc:content-type:"
             "from:subject:to", when_, c="relaxed/simple"),
        dkim(name, "sendgrid.info", "smtpapi", "from:reply-to:subject:mime-version:content-type:to:cc:content-type:"
             "from:subject:to", when_, c="relaxed/simple"),
        f"Received: by filterdrecv-{hx(name, 'fdr', 10)}-{alnum(name, 'fdr2', 5).lower()} with SMTP id "
        f"filterdrecv-{hx(name, 'fdr', 10)}-{alnum(name, 'fdr2', 5).lower()}-1-{hxu(name, 'fdr3', 8)}-{int(hx(name, 'fdr4', 2), 16)}\n"
        f"        {when_:%Y-%m-%d %H:%M:%S}.{digits(name, 'fdr5', 9)} +0000 UTC m=+{digits(name, 'fdr6', 7)}.{digits(name, 'fdr7', 9)}",
        f"From: Dropbox Sign <noreply@mail.hellosign.com>",
        f"Reply-To: {q(requester)} <{requester_email}>",
        f"Subject: {q(subject)}",
        "MIME-Version: 1.0",
        f"To: {rcpt}",
        f"Date: {rfc(when_ - timedelta(seconds=2))}",
        f"Message-ID: <{alnum(name, 'hsmid', 22)}@geopod-ismtpd-{int(hx(name, 'gp', 2), 16) % 40}>",
        f"X-SG-EID: \n =?us-ascii?Q?{alnum(name, 'sgeid', 70)}?=",
        f"X-Entity-ID: u001.{alnum(name, 'sgent', 22)}==",
    ])
    return finish(name, when_, rcpt, o, own, alt(plain, html, sbound(name)), lang)


@sample("phishing", "b8-dropbox-sign-personalabteilung-gmail-de",
        "Genuine Dropbox Sign request (German) to the DACH key-account manager from 'Personalabteilung Kerlann' at a "
        "Gmail address - Kerlann's HR is French and uses its own domain - for a salary amendment that 'requires "
        "Microsoft 365 sign-in to view', by noon tomorrow")
def p_dropbox_sign(name):
    t = when(2025, 1, 28, 16, 9, 51)
    return dropbox_sign(
        name, t, "lukas.brenner@kerlann-industries.fr", "Personalabteilung Kerlann", "personal.kerlann.hr@gmail.com",
        "Arbeitsvertrag - Nachtrag Vergütung 2025 - L. Brenner",
        "Sehr geehrter Herr Brenner, im Rahmen der jährlichen Gehaltsrunde wurde Ihre Vergütung angepasst. Bitte prüfen "
        "und unterschreiben Sie den Nachtrag bis morgen 12:00 Uhr. Zur Ansicht ist eine Anmeldung mit Ihrem "
        "Firmenkonto (Microsoft 365) erforderlich. Mit freundlichen Grüßen, Personalabteilung", "de")


@sample("bulk", "b8-dropbox-sign-uk-lease-renewal",
        "Dropbox Sign request from the letting agent of the Manchester warehouse (own domain) to the UK operations "
        "manager: the lease renewal with the year-3 break clause agreed between the solicitors")
def c_dropbox_sign(name):
    t = when(2025, 9, 30, 9, 48, 13)
    return dropbox_sign(
        name, t, "david.whitfield@kerlann.com", "Gareth Holroyd", "gareth.holroyd@penninepp.co.uk",
        "Lease renewal - Unit 4, Trafford Park - Kerlann Ltd (2026-2031)",
        "David, final version incorporating the year-3 break clause agreed between the solicitors last week. Signing "
        "order is Kerlann first, then the landlord; I'll send the completed copy to you and to your solicitor. Any "
        "questions give me a ring. Gareth")


def pandadoc(name: str, when_: datetime, rcpt: str, sender: str, sender_email: str, doc: str, message: str) -> bytes:
    """A PandaDoc 'document sent' notification."""
    link = f"https://app.pandadoc.com/document/v2?token={hx(name, 'pdtok', 40)}"
    subject = f"{sender} sent you {doc}"
    html = page(card(
        '<img src="https://public-assets.pandadoc.com/email/pandadoc-logo-2x.png" width="126" alt="PandaDoc">\n'
        f'<p style="font-size:20px;color:#242424;margin:30px 0 8px 0;">{sender} has sent you a document to review and '
        "sign</p>\n"
        f'<p style="font-size:14px;color:#6b6b6b;margin:0 0 22px 0;">{doc}</p>\n'
        f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>'
        f'<td style="background:#f6f6f6;border-radius:6px;padding:16px;font-size:14px;color:#242424;line-height:20px;">'
        f"{message}</td></tr></table><br>\n"
        + button(link, "Open the document", "#248567", radius=4) +
        f'\n<p style="font-size:12px;color:#8b8b8b;margin:36px 0 0 0;line-height:16px;">Sent by {sender} '
        f'({sender_email}) using PandaDoc.<br>Powered by <a href="https://www.pandadoc.com/?utm_source=email" '
        'style="color:#8b8b8b;">PandaDoc</a> &middot; PandaDoc Inc., 3739 Balboa St # 1083, San Francisco, CA 94121</p>'),
        bg="#f2f2f2", font="Helvetica,Arial,sans-serif", title=subject)
    plain = (f"{sender} has sent you a document to review and sign\n{doc}\n\n{message}\n\nOpen the document: {link}\n\n"
             f"Sent by {sender} ({sender_email}) using PandaDoc.\nPandaDoc Inc., 3739 Balboa St # 1083, San Francisco, "
             "CA 94121\n")
    n = int(hx(name, "pdip", 2), 16)
    o = Origin(f"m{n % 40 + 200}-{n}.mailgun.net", f"161.38.{192 + n % 30}.{n}",
               f"bounce+{hx(name, 'pdb', 6)}.{digits(name, 'pdb2', 6)}-{rcpt.replace('@', '=')}@email.pandadoc.net",
               (("email.pandadoc.net", "pdoc"), ("mailgun.org", "mg")), policy="NONE", ctry="US")
    own = "\n".join([
        dkim(name, "email.pandadoc.net", "pdoc", "Content-Type:Mime-Version:Subject:Subject:From:From:Reply-To:To:To:"
             "Date:Message-Id:Sender:Sender", when_, c="relaxed/relaxed", i="@email.pandadoc.net"),
        dkim(name + "mg", "mailgun.org", "mg", "Content-Type:Mime-Version:Subject:Subject:From:From:Reply-To:To:To:"
             "Date:Message-Id:Sender:Sender", when_),
        f"X-Mailgun-Sending-Ip: 161.38.{192 + n % 30}.{n}",
        f"X-Mailgun-Sid: {b64(name, 'mgsid', 58)}=",
        f"Received: by {hx(name, 'mgrh', 12)} with HTTP id {hx(name, 'mgrid', 24)}; {rfc(when_ - timedelta(seconds=1))}",
        "Mime-Version: 1.0",
        f"Subject: {q(subject)}",
        f'From: "{q(sender)} via PandaDoc" <docs@email.pandadoc.net>',
        f"Reply-To: {q(sender)} <{sender_email}>",
        f"To: {rcpt}",
        f"Date: {rfc(when_ - timedelta(seconds=2))}",
        f"Message-Id: <{digits(name, 'pdmid', 14)}.{hx(name, 'pdmid2', 16)}@email.pandadoc.net>",
        "Sender: docs@email.pandadoc.net",
    ])
    return finish(name, when_, rcpt, o, own, alt(plain, html, sbound(name)))


@sample("phishing", "b8-pandadoc-lookalike-partner-m365-login",
        "Genuine PandaDoc notification to the UK logistics coordinator from 'Fiona McLeod' at norsea-freight.co.uk, "
        "a lookalike of the real partner norseafreight.co.uk: 'protected' Q1 schedules that ask him to confirm his "
        "Microsoft 365 login to open them")
def p_pandadoc(name):
    t = when(2026, 1, 14, 11, 26, 3)
    return pandadoc(
        name, t, "tom.haworth@kerlann.com", "Fiona McLeod", "fiona.mcleod@norsea-freight.co.uk",
        "Norsea Freight - Shared documents (3) - Q1 2026 sailing schedules and terms",
        "Hi Tom, please find the Q1 sailing schedules and updated terms for the Immingham lanes. The pack is "
        "protected: you will be asked to confirm your Microsoft 365 login to open the attachments. Kind regards, "
        "Fiona")

# --------------------------------------------------------------------------
# Person-to-person mail: Gmail / Google Workspace and Outlook / Exchange Online


def html_to_plain(fragment: str, gap: str = "") -> str:
    """Plain-text rendering of a paragraph, links written ``text<url>`` (Outlook) or ``text <url>`` (Gmail)."""
    text = re.sub(r'<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', lambda m: (
        m.group(2) if m.group(2) in (m.group(1).replace("&amp;", "&"), m.group(1).removeprefix("mailto:"))
        else f"{m.group(2)}{gap}\x01{m.group(1)}\x02"), fragment)
    text = re.sub(r"<br\s*/?>", "\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    return (text.replace("&amp;", "&").replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
            .replace("&quot;", '"').replace("\x01", "<").replace("\x02", ">"))


def gmail_composed(name: str, when_: datetime, rcpt: str, sender: str, sender_addr: str, subject: str,
                   paragraphs: list[str], cc: str | None = None, reply_to: str | None = None,
                   in_reply_to: str | None = None, quoted: tuple[str, list[str]] | None = None,
                   attachments: list[Leaf] = (), lang: str = "en", policy: str = "NONE", ctry: str = "US",
                   tz_hours: int | None = None, edge: tuple[str, str, tuple[str, ...]] | None = None,
                   extra_own: tuple[str, ...] = ()) -> bytes:
    """A message written in Gmail (a Gmail or Google Workspace account); ``edge`` is an outbound gateway."""
    domain = sender_addr.split("@")[1]
    workspace = domain != "gmail.com"
    selector = "google" if workspace else ("20230601" if when_ >= when(2023, 6, 20, 0, 0) else "20210112")
    html_paras = "".join((f"<div>{p}</div>" if p else "<div><br></div>") for p in paragraphs)
    html = f'<div dir="ltr">{html_paras}</div>'
    plain = "\n".join(html_to_plain(p, " ") for p in paragraphs)
    if quoted:
        header, qparas = quoted
        html += (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{header}<br></div>'
                 '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
                 'padding-left:1ex">' + "".join((f"<div>{p}</div>" if p else "<div><br></div>") for p in qparas)
                 + "</blockquote></div>")
        plain += f"\n\n{html_to_plain(header, ' ')}\n\n" + "\n".join("> " + html_to_plain(p, " ") for p in qparas)
    html += "\n"
    plain += "\n"
    body = Multi("alternative", gbound(name, "alt"), [mime.text(plain), mime.text(html, "html")])
    if attachments:
        body = Multi("mixed", gbound(name, "mixed"), [body, *attachments])
    helo, ip = gmail_user_out(name)
    if workspace:
        n = int(hx(name, "wsip", 2), 16)
        helo, ip = f"mail-yw1-f{n % 200 + 20}.google.com", f"209.85.128.{n % 200 + 20}"
    o = Origin(helo, ip, sender_addr, ((domain, selector),), policy=policy, ctry=ctry)
    if edge:
        o.helo, o.ip, o.hops = edge
    hours = tz_hours if tz_hours is not None else (pacific(when_)[0] + 2)
    h = "cc:to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to"
    own = [dkim(name, domain, selector, h, when_, indent="        ", x=ts(when_) + 604800,
                extra=f"darn={rcpt.split('@')[1]};"),
           dkim(name, "1e100.net", selector, "x-gm-message-state:" + h, when_, indent="        ",
                x=ts(when_) + 604800).replace("DKIM-Signature:", "X-Google-DKIM-Signature:"),
           f"X-Gm-Message-State: AOJu0Y{b64(name, 'gms', 62)}\n\t{b64(name, 'gms2', 40)}",
           f"X-Gm-Gg: ASbGnc{b64(name, 'gmgg', 70)}\n\t{b64(name, 'gmgg2', 60)}",
           f"X-Google-Smtp-Source: AGHT+I{b64(name, 'gss', 72)}",
           f"X-Received: by 2002:a05:690c:{hx(name, 'gx1', 4)}:b0:{hx(name, 'gx2', 3)}:{hx(name, 'gx3', 4)}:"
           f"{hx(name, 'gx4', 4)} with SMTP id {alnum(name, 'gx5', 14).lower()}.{int(hx(name, 'gx6', 2), 16)}."
           f"{ts(when_)}{digits(name, 'gx7', 3)};\n        {gdate(when_)}",
           "MIME-Version: 1.0"]
    if in_reply_to:
        own += [f"References: <{in_reply_to}>", f"In-Reply-To: <{in_reply_to}>"]
    own += [f"From: {q(sender)} <{sender_addr}>",
            f"Date: {rfc(when_ - timedelta(seconds=1), hours)}",
            f"X-Gm-Features: {alnum(name, 'gmf', 48)}_{alnum(name, 'gmf2', 40)}",
            f"Message-ID: <CA{alnum(name, 'gmid', 52)}@mail.gmail.com>",
            f"Subject: {q(subject)}",
            f"To: {rcpt}"]
    if cc:
        own.append(f"Cc: {cc}")
    if reply_to:
        own.append(f"Reply-To: {reply_to}")
    own += list(extra_own)
    return finish(name, when_, rcpt, o, "\n".join(own), body, lang)


OUTLOOK_STYLE = """<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style>"""


def outlook_html(paragraphs: list[str], lang: str, quoted: tuple[list[str], list[str]] | None = None,
                 banner: str = "") -> str:
    body = "".join((f'<p class="MsoNormal">{p}<o:p></o:p></p>\n' if p else
                    '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n') for p in paragraphs)
    if quoted:
        head, qparas = quoted
        body += ('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;'
                 'padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal"><b>' + "<br>\n<b>".join(
                     h.replace(" :", "&nbsp;:").replace(":", ":</b>", 1) for h in head) + "<o:p></o:p></p>\n</div>\n"
                 + "".join((f'<p class="MsoNormal">{p}<o:p></o:p></p>\n' if p else
                            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n') for p in qparas))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            f"{OUTLOOK_STYLE}\n</head>\n"
            f'<body lang="{lang.upper()}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n{banner}'
            f'<div class="WordSection1">\n{body}</div>\n</body>\n</html>\n')


def outlook_plain(paragraphs: list[str], quoted: tuple[list[str], list[str]] | None = None) -> str:
    out = "\n".join(html_to_plain(p) for p in paragraphs)
    if quoted:
        head, qparas = quoted
        out += "\n\n" + "\n".join(html_to_plain(h) for h in head) + "\n\n" + "\n".join(html_to_plain(p) for p in qparas)
    return out + "\n"


def outlook_composed(name: str, when_: datetime, rcpt: str, rcpt_name: str, sender: str, sender_addr: str,
                     subject: str, paragraphs: list[str], region: str = "eur05", site: str = "db8",
                     lang: str = "en", quoted: tuple[list[str], list[str]] | None = None,
                     reply: str | None = None, attachments: list[Leaf] = (), ctry: str = "IE", policy: str = "NONE",
                     reply_to: str | None = None, cc: str | None = None, dmarc: str = "pass",
                     edge: tuple[str, str, tuple[str, ...]] | None = None, extra_own: tuple[str, ...] = (),
                     extra_dkim: tuple[str, str] | None = None) -> bytes:
    """A message written in Outlook on an Exchange Online tenant (another organisation's).

    ``edge`` replaces Exchange Online's outbound host with a gateway (helo, address, its Received lines);
    ``extra_dkim`` is a second signature the gateway adds."""
    domain = sender_addr.split("@")[1]
    regions = {"eur05": "eurprd05", "eur03": "eurprd03", "eur02": "eurprd02", "eur01": "eurprd01",
               "eur04": "eurprd04", "nam12": "namprd12", "nam10": "namprd10", "nam02": "namprd02",
               "gbr01": "GBRP123"}
    prd = regions[region]
    mbx = {"eur": "DU0PR", "nam": "SA1PR", "gbr": "CWLP1"}[region[:3]] + f"0{digits(name, 'obm', 1)}MB{digits(name, 'obm2', 4)}"
    lang_tag = {"fr": "fr-FR", "en": "en-US", "de": "de-DE", "gb": "en-GB"}[lang]
    html = outlook_html(paragraphs, lang_tag.split("-")[0] if lang != "gb" else "EN-GB", quoted)
    plain = outlook_plain(paragraphs, quoted)
    body = Multi("alternative", obound(name, "alt"), [mime.text(plain), mime.text(html, "html")])
    if attachments:
        body = Multi("mixed", obound(name, "mixed"), [body, *attachments])
    helo, ip = exo_out(name, region, site)
    dkim_domain = domain
    own = [
        m365_arc(name, when_, domain, domain, dkim_domain),
        dkim(name, dkim_domain, "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:"
             "X-MS-Exchange-SenderADCheck", when_),
        *m365_out_hops(name, when_, prd, mbx),
        f"From: {b(sender)} <{sender_addr}>",
        f"To: {b(rcpt_name)} <{rcpt}>" if rcpt_name else f"To: {rcpt}",
    ]
    if cc:
        own.append(f"CC: {cc}")
    own.append(f"Subject: {b(subject)}")
    own.append(outlook_headers(name, when_, mbx, prd, subject, lang_tag, reply).replace(
        "X-MS-Has-Attach:", "X-MS-Has-Attach:" + (" yes" if attachments else "")))
    if reply_to:
        own.append(f"Reply-To: {reply_to}")
    own += ["MIME-Version: 1.0",
            f"X-MS-Exchange-CrossTenant-OriginalArrivalTime: {when_:%d %b %Y %H:%M:%S}.{digits(name, 'xoat', 4)} (UTC)",
            "X-MS-Exchange-CrossTenant-FromEntityHeader: Hosted",
            f"X-MS-Exchange-CrossTenant-Id: {uuid(name, 'sendtenant')}",
            "X-MS-Exchange-CrossTenant-mailboxtype: HOSTED",
            f"X-MS-Exchange-Transport-CrossTenantHeadersStamped: {mbx}"]
    own += list(extra_own)
    sigs = ((dkim_domain, "selector1"),)
    hops: tuple[str, ...] = ()
    if edge:
        helo, ip, hops = edge
    if extra_dkim:
        own.insert(0, dkim(name + "edge", extra_dkim[0], extra_dkim[1], "From:Date:Subject:Message-ID:Content-Type:"
                           "MIME-Version", when_))
        sigs = (extra_dkim,) + sigs
    o = Origin(helo, ip, sender_addr, sigs, policy=policy, ctry=ctry, m365=True, dmarc=dmarc, hops=hops)
    return finish(name, when_, rcpt, o, "\n".join(own), body, {"gb": "en"}.get(lang, lang))


# --------------------------------------------------------------------------
# File sharing: Dropbox, WeTransfer, Canva, DocSend


def dropbox_share(name: str, when_: datetime, rcpt: str, sharer: str, sharer_email: str, item: str, folder: bool,
                  message: str, lang: str = "en") -> bytes:
    fr = lang == "fr"
    kind = "fo" if folder else "fi"
    link = (f"https://www.dropbox.com/scl/{kind}/{alnum(name, 'dbid', 21).lower()}/"
            + ("" if folder else quote(item) + "?") + ("" if not folder else f"{alnum(name, 'dbh', 30)}?")
            + f"rlkey={alnum(name, 'rlkey', 25).lower()}&e=1&dl=0")
    if fr:
        subject = f"{sharer} a partagé « {item} » avec vous"
        intro = (f"{sharer} ({sharer_email}) vous a invité à consulter le {'dossier' if folder else 'fichier'} "
                 f"« {item} » sur Dropbox.")
        label, sign = ("Afficher le dossier" if folder else "Afficher le fichier"), "L'équipe Dropbox"
    else:
        subject = f'{sharer} shared "{item}" with you'
        intro = f'{sharer} ({sharer_email}) invited you to view the {"folder" if folder else "file"} "{item}" on Dropbox.'
        label, sign = ("View folder" if folder else "View file"), "The Dropbox team"
    html = page(card(
        '<img src="https://cfl.dropboxstatic.com/static/images/emails/glyph/glyph_34@2x.png" width="34" height="34" alt="Dropbox">\n'
        f'<p style="font-size:16px;color:#1e1919;margin:26px 0 16px 0;line-height:24px;">{intro}</p>\n'
        + (f'<p style="font-size:15px;color:#52514e;margin:0 0 22px 0;line-height:22px;border-left:3px solid #c1bebc;'
           f'padding-left:12px;">"{message}"</p>\n' if message else "")
        + button(link, label, "#0061fe", radius=4) +
        f'\n<p style="font-size:14px;color:#52514e;margin:26px 0 0 0;">{"Bonne utilisation !" if fr else "Enjoy!"}<br>{sign}</p>\n'
        '<p style="font-size:11px;color:#8d8985;margin:36px 0 0 0;">Dropbox, Inc., PO Box 77767, San Francisco, CA 94107</p>'),
        lang=lang, bg="#f7f5f2", font="'Sharp Grotesk',Helvetica,Arial,sans-serif", title=subject)
    plain = f"{intro}\n\n" + (f'"{message}"\n\n' if message else "") + f"{label}: {link}\n\n{sign}\n\nDropbox, Inc., PO Box 77767, San Francisco, CA 94107\n"
    n = int(hx(name, "dbip", 2), 16)
    o = Origin(f"mail-{n % 90 + 10}.dropboxmail.com", f"162.125.{n % 8 + 4}.{n}", f"bounces+{digits(name, 'dbb', 8)}@em-s.dropbox.com",
               (("dropbox.com", "20220126"),), policy="REJECT")
    own = "\n".join([
        dkim(name, "dropbox.com", "20220126", "From:Reply-To:To:Subject:Date:Message-ID:MIME-Version:Content-Type", when_),
        f'From: "{q(sharer)} (via Dropbox)" <no-reply@dropbox.com>',
        f"Reply-To: {q(sharer)} <{sharer_email}>",
        f"To: {rcpt}",
        f"Subject: {q(subject)}",
        f"Date: {rfc(when_ - timedelta(seconds=1))}",
        f"Message-ID: <{hx(name, 'dbmid', 32)}@dropbox.com>",
        "MIME-Version: 1.0",
        "X-Dropbox-Email-Type: shared_content_invite",
    ])
    return finish(name, when_, rcpt, o, own, alt(plain, html, sbound(name)), lang)


@sample("phishing", "b8-dropbox-share-outlook-rfq-signin",
        "Genuine Dropbox share to purchasing from 'Alan Brooks', an outlook.com account of a company Kerlann has no "
        "dealings with: an 'RFQ' PDF whose message asks him to log in with his business email to view and quote by "
        "Friday - the PDF carries the link to a credential page")
def p_dropbox(name):
    t = when(2025, 4, 23, 13, 2, 44)
    return dropbox_share(
        name, t, "julien.quemener@kerlann-industries.fr", "Alan Brooks", "alan.brooks.procure@outlook.com",
        "RFQ_Kerlann_Logistics_2025-04.pdf", False,
        "Good day, please review our request for quotation for 40 FTL lanes (France - Benelux) and submit your "
        "pricing before Friday. The file is protected, kindly login with your business email to view it. "
        "Regards, Alan Brooks - Procurement Manager, Harwell Distribution Group")


@sample("bulk", "b8-dropbox-share-photographer-warehouse-fr",
        "Dropbox folder share (French) from the photographer Kerlann commissioned (own domain) to the marketing "
        "manager: the selected photos of the Saint-Jacques warehouse shoot, with the deadline for choices")
def c_dropbox(name):
    t = when(2025, 5, 16, 15, 40, 26)
    return dropbox_share(
        name, t, "maelle.tanguy@kerlann-industries.fr", "Yannick Le Du", "contact@yannickledu-photo.fr",
        "Kerlann - Entrepôt Saint-Jacques - sélection", True,
        "Bonjour Maëlle, voici la sélection de 48 photos du shooting de mardi (HD, déjà retouchées). Dites-moi d'ici "
        "mercredi lesquelles vous retenez pour la plaquette, je vous enverrai les fichiers en 300 dpi.", "fr")


def wetransfer(name: str, when_: datetime, rcpt: str, sender_email: str, files_: list[tuple[str, str]], total: str,
               message: str, expires: datetime, lang: str = "en") -> bytes:
    transfer = hx(name, "wt", 32)
    link = (f"https://wetransfer.com/downloads/{transfer}/{hx(name, 'wth', 6)}?t_exp={ts(expires)}&t_lsid="
            f"{uuid(name, 'lsid')}&t_network=email&t_rid={b64u(name, 'rid', 24)}&t_s=download_link&t_ts={ts(when_)}")
    short = f"https://we.tl/t-{alnum(name, 'wtl', 10)}"
    n_items = len(files_)
    if lang == "fr":
        subject = f"{sender_email} vous a envoyé {files_[0][0] if n_items == 1 else f'{n_items} fichiers'} via WeTransfer"
        head = f"{sender_email}<br>vous a envoyé {n_items} fichier{'s' if n_items > 1 else ''}"
        meta = f"{n_items} élément{'s' if n_items > 1 else ''}, {total} au total · Expire le {expires.day} {['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'][expires.month - 1]} {expires.year}"
        label, dl = "Télécharger", "Lien de téléchargement"
        foot = ("Pour être sûr(e) de recevoir nos e-mails, ajoutez noreply@wetransfer.com à vos contacts. "
                "À propos de WeTransfer · Aide · Mentions légales · Signaler ce transfert comme spam")
    elif lang == "de":
        subject = f"{sender_email} hat Ihnen {files_[0][0] if n_items == 1 else f'{n_items} Dateien'} über WeTransfer gesendet"
        head = f"{sender_email}<br>hat Ihnen {n_items} Datei{'en' if n_items > 1 else ''} gesendet"
        meta = f"{n_items} Element{'e' if n_items > 1 else ''}, insgesamt {total} · Läuft ab am {expires.day}. {['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'][expires.month - 1]} {expires.year}"
        label, dl = "Dateien herunterladen", "Download-Link"
        foot = ("Damit unsere E-Mails ankommen, fügen Sie noreply@wetransfer.com Ihren Kontakten hinzu. "
                "Über WeTransfer · Hilfe · Rechtliches · Diesen Transfer als Spam melden")
    else:
        subject = f"{sender_email} sent you {files_[0][0] if n_items == 1 else f'{n_items} files'} via WeTransfer"
        head = f"{sender_email}<br>sent you {n_items} file{'s' if n_items > 1 else ''}"
        meta = f"{n_items} item{'s' if n_items > 1 else ''}, {total} in total · Expires on {expires:%-d %B %Y}"
        label, dl = "Download files", "Download link"
        foot = ("To make sure our emails arrive, please add noreply@wetransfer.com to your contacts. "
                "About WeTransfer · Help · Legal · Report this transfer as spam")
    file_rows = "".join(f'<tr><td style="padding:8px 0;border-bottom:1px solid #e8ebed;font-size:14px;color:#17181a;">'
                        f'{fn}<br><span style="color:#6a6d70;font-size:12px;">{size}</span></td></tr>' for fn, size in files_)
    html = page(card(
        '<img src="https://prod-cdn.wetransfer.net/assets/email/logo-wetransfer-2x.png" width="40" alt="WeTransfer">\n'
        f'<p style="font-size:24px;color:#17181a;margin:30px 0 8px 0;line-height:30px;font-weight:600;">{head}</p>\n'
        f'<p style="font-size:14px;color:#6a6d70;margin:0 0 24px 0;">{meta}</p>\n'
        + button(link, label, "#3767ea", radius=24) +
        (f'\n<p style="font-size:15px;color:#17181a;margin:28px 0 0 0;line-height:22px;">{message}</p>\n' if message else "\n")
        + f'<p style="font-size:14px;color:#6a6d70;margin:24px 0 4px 0;">{dl}</p>\n'
        f'<p style="font-size:14px;margin:0 0 20px 0;"><a href="{short}" style="color:#3767ea;">{short}</a></p>\n'
        f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">{file_rows}</table>\n'
        f'<p style="font-size:11px;color:#6a6d70;margin:32px 0 0 0;line-height:16px;">{foot}</p>'),
        lang=lang, bg="#f4f4f4", font="'Graphik',Helvetica,Arial,sans-serif", title=subject)
    plain = (f"{html_to_plain(head)}\n{meta}\n\n{label}: {link}\n\n" + (f"{message}\n\n" if message else "")
             + f"{dl}: {short}\n\n" + "".join(f"{fn} ({size})\n" for fn, size in files_) + f"\n{foot}\n")
    n = int(hx(name, "wtip", 2), 16)
    ses_id = f"0102{hx(name, 'ses', 12)}-{uuid(name, 'sesu')}-000000"
    o = Origin(f"a7-{n % 40 + 10}.smtp-out.eu-west-1.amazonses.com", f"54.240.7.{n % 40 + 10}",
               f"{ses_id}@eu-west-1.amazonses.com",
               (("wetransfer.com", "wtses"), ("amazonses.com", "uku4taia5b5tsbglxyj6zym32efj7xqv")),
               policy="REJECT", ctry="IE")
    own = "\n".join([
        dkim(name, "wetransfer.com", "wtses", "Content-Type:From:To:Subject:Message-ID:Date:MIME-Version:Reply-To",
             when_, c="relaxed/simple"),
        dkim(name, "amazonses.com", "uku4taia5b5tsbglxyj6zym32efj7xqv", "Content-Type:From:To:Subject:Message-ID:"
             "Date:MIME-Version:Reply-To:Feedback-ID", when_, c="relaxed/simple"),
        "From: WeTransfer <noreply@wetransfer.com>",
        f"To: {rcpt}",
        f"Reply-To: {sender_email}",
        f"Subject: {q(subject)}",
        f"Message-ID: <{ses_id}@eu-west-1.amazonses.com>",
        f"Date: {rfc(when_ - timedelta(seconds=1))}",
        "MIME-Version: 1.0",
        f"Feedback-ID: ::1.eu-west-1.{b64(name, 'wtfb', 43)}=:AmazonSES",
        f"X-SES-Outgoing: {when_:%Y.%m.%d}-54.240.7.{n % 40 + 10}",
    ])
    return finish(name, when_, rcpt, o, own, alt(plain, html, sbound(name)), lang)


@sample("phishing", "b8-wetransfer-gmail-ausschreibung-de",
        "Genuine WeTransfer transfer (German) to the DACH key-account manager from a Gmail address posing as a "
        "Spedition's purchasing department: a 'tender' PDF 'that can only be viewed after signing in with your "
        "business e-mail' - the PDF links to a credential page")
def p_wetransfer(name):
    t = when(2024, 10, 8, 8, 17, 33)
    return wetransfer(
        name, t, "lukas.brenner@kerlann-industries.fr", "einkauf.kraemer.spedition@gmail.com",
        [("Ausschreibung_Kontraktlogistik_2025_Kraemer.pdf", "1.2 MB")], "1.2 MB",
        "Sehr geehrte Damen und Herren, anbei die Unterlagen zu unserer Ausschreibung Kontraktlogistik 2025. Das "
        "Dokument ist geschützt und kann nur nach Anmeldung mit Ihrer geschäftlichen E-Mail-Adresse eingesehen "
        "werden. Abgabefrist: Freitag, 12:00 Uhr. Mit freundlichen Grüßen, Einkauf - Spedition Kraemer GmbH",
        when(2024, 10, 15, 8, 17), "de")


@sample("bulk", "b8-wetransfer-agency-corporate-film-fr",
        "WeTransfer (French) from Kerlann's video agency (its studio address) to the marketing manager: version 2 "
        "of the corporate film, two video files, with a note on what changed")
def c_wetransfer(name):
    t = when(2025, 3, 6, 17, 5, 2)
    return wetransfer(
        name, t, "maelle.tanguy@kerlann-industries.fr", "studio@ateliermorlaix.fr",
        [("Kerlann_Film_Corporate_2025_V2_soustitres.mp4", "1.24 GB"), ("Kerlann_Film_Corporate_2025_V2_teaser_30s.mp4",
                                                                       "96.4 MB")], "1.34 GB",
        "Bonjour Maëlle, voici la V2 avec les sous-titres intégrés et le plan drone de l'entrepôt remplacé comme "
        "demandé. Le teaser 30 s est en format carré pour LinkedIn. Bonne soirée, Gwen - Atelier Morlaix Création",
        when(2025, 3, 13, 17, 5), "fr")


def canva_share(name: str, when_: datetime, rcpt: str, sharer: str, sharer_email: str, design: str, role: str,
                message: str, lang: str = "en") -> bytes:
    fr = lang == "fr"
    design_id = "DAG" + alnum(name, "cdid", 8)
    link = (f"https://www.canva.com/design/{design_id}/{alnum(name, 'cdh', 22)}/{role}?utm_content={design_id}"
            "&utm_campaign=designshare&utm_medium=link2&utm_source=sharebutton")
    if fr:
        subject = f"{sharer} a partagé un design avec vous"
        intro = (f"{sharer} ({sharer_email}) vous a invité à {'modifier' if role == 'edit' else 'consulter'} "
                 f"son design :")
        label = "Ouvrir le design"
    else:
        subject = f"{sharer} shared a design with you"
        intro = f"{sharer} ({sharer_email}) has invited you to {role} their design:"
        label = "Open design"
    html = page(card(
        '<img src="https://static.canva.com/email/canva-logo-2x.png" width="84" alt="Canva">\n'
        f'<p style="font-size:16px;color:#0e1318;margin:28px 0 12px 0;line-height:24px;">{intro}</p>\n'
        f'<p style="font-size:20px;color:#0e1318;margin:0 0 18px 0;font-weight:600;">{design}</p>\n'
        + (f'<p style="font-size:15px;color:#3f4a55;margin:0 0 22px 0;line-height:22px;background:#f2f3f5;'
           f'padding:14px;border-radius:8px;">{message}</p>\n' if message else "")
        + button(link, label, "#8b3dff", radius=8) +
        '\n<p style="font-size:11px;color:#6c7580;margin:36px 0 0 0;line-height:16px;">'
        + ("Vous avez reçu cet e-mail, car quelqu'un a partagé un design avec vous sur Canva." if fr else
           "You received this email because someone shared a design with you on Canva.")
        + '<br>Canva&reg;, 110 Kippax St, Surry Hills NSW 2010, Australia</p>'),
        lang=lang, bg="#f2f3f5", font="'Canva Sans',Helvetica,Arial,sans-serif", title=subject)
    plain = (f"{intro}\n{design}\n\n" + (f"{message}\n\n" if message else "") + f"{label}: {link}\n\n"
             "Canva, 110 Kippax St, Surry Hills NSW 2010, Australia\n")
    n = int(hx(name, "cvip", 2), 16)
    ses_id = f"0100{hx(name, 'ses', 12)}-{uuid(name, 'sesu')}-000000"
    o = Origin(f"a8-{n % 60 + 20}.smtp-out.amazonses.com", f"54.240.8.{n % 60 + 20}", f"{ses_id}@mail.canva.com",
               (("canva.com", "canva2022"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")), policy="REJECT")
    own = "\n".join([
        dkim(name, "canva.com", "canva2022", "Content-Type:From:To:Subject:Message-ID:Date:MIME-Version:Reply-To",
             when_, c="relaxed/simple"),
        dkim(name, "amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "Content-Type:From:To:Subject:Message-ID:"
             "Date:MIME-Version:Reply-To:Feedback-ID", when_, c="relaxed/simple"),
        "From: Canva <no-reply@canva.com>",
        f"Reply-To: {q(sharer)} <{sharer_email}>",
        f"To: {rcpt}",
        f"Subject: {q(subject)}",
        f"Message-ID: <{ses_id}@email.amazonses.com>",
        f"Date: {rfc(when_ - timedelta(seconds=1))}",
        "MIME-Version: 1.0",
        f"Feedback-ID: ::1.us-east-1.{b64(name, 'cvfb', 43)}=:AmazonSES",
        f"X-SES-Outgoing: {when_:%Y.%m.%d}-54.240.8.{n % 60 + 20}",
    ])
    return finish(name, when_, rcpt, o, own, alt(plain, html, sbound(name)), lang)


@sample("phishing", "b8-canva-design-secure-document-cfo",
        "Genuine Canva share to the CFO from an unknown Gmail user of a one-page design titled 'Kerlann Industries - "
        "Secure Document Portal' whose only content is a 'view document' button to a credential page; the share "
        "message says a payment document awaits his sign-in")
def p_canva(name):
    t = when(2024, 7, 9, 7, 38, 15)
    return canva_share(
        name, t, "thomas.girard@kerlann-industries.fr", "Linda Mercer", "linda.mercer.docs@gmail.com",
        "Kerlann Industries - Secure Document Portal (Payment Advice Q2)", "view",
        "Dear Thomas, a payment advice for Kerlann Industries has been shared with you through our secure portal. "
        "Open the design and click VIEW DOCUMENT, then sign in with your company email to release it.")


@sample("bulk", "b8-canva-colleague-tradeshow-banner-fr",
        "Canva share (French) from the marketing assistant (kerlann-industries.fr) to the marketing manager: the "
        "trade-show roll-up design to edit, with the print deadline")
def c_canva(name):
    t = when(2026, 1, 20, 14, 11, 37)
    return canva_share(
        name, t, "maelle.tanguy@kerlann-industries.fr", "Anaïs Le Gall", "anais.legall@kerlann-industries.fr",
        "Salon EuroLog 2026 - kakémono 85x200", "edit",
        "Voici le kakémono avec le nouveau slogan. J'ai laissé deux variantes de photo en pages 2 et 3, à toi de "
        "choisir. L'imprimeur a besoin du PDF avant le 28.", "fr")


@sample("phishing", "b8-docsend-compromised-consultancy",
        "Mail from a compromised Google Workspace mailbox of an advisory firm (SPF, DKIM, DMARC pass), with no "
        "prior contact, sending the US sales lead to a DocSend page for 'proposal documents' that 'need your email "
        "verified with your Microsoft or Google credentials' - the DocSend deck links to the phishing page")
def p_docsend(name):
    t = when(2025, 7, 22, 18, 4, 51)
    link = f"https://docsend.com/view/{alnum(name, 'ds', 16).lower()}"
    return gmail_composed(
        name, t, "rachel.owens@kerlann.com", "Jeff Hollander", "j.hollander@ridgewayadvisory.com",
        "Ridgeway Advisory - Proposal documents for review",
        ["Hi Rachel,", "",
         "Following up on the logistics partnership proposal - I've shared the documents for your review through "
         "our secure DocSend room:", "",
         f'<a href="{link}">Ridgeway Advisory - Partnership Proposal &amp; Pricing (4 files)</a>', "",
         "For confidentiality you'll be asked to verify your email with your Microsoft or Google credentials before "
         "the files open. The room closes Friday.", "",
         "Best regards,", "Jeff Hollander", "Managing Partner | Ridgeway Advisory Partners",
         "Denver, CO | (303) 555-0147"],
        policy="QUARANTINE")

# --------------------------------------------------------------------------
# Compromised mailboxes: the sender's real account, all authentication passing


def safelinks(url: str, name: str, region: str, mailbox: str, tenant: str) -> str:
    data = (f"05%7C02%7C{quote(mailbox, safe='')}%7C{hx(name, 'sldata', 32)}%7C{tenant.replace('-', '')}%7C0%7C0%7C"
            f"{digits(name, 'slts', 18)}%7CUnknown%7CTWFpbGZsb3d8eyJFbXB0eU1hcGkiOnRydWUsIlYiOiIwLjAuMDAwMCIsIlAiOiJX"
            "aW4zMiIsIkFOIjoiTWFpbCIsIldUIjoyfQ%3D%3D%7C0%7C%7C%7C")
    return (f"https://{region}.safelinks.protection.outlook.com/?url={quote(url, safe='')}&data={data}"
            f"&sdata={quote(b64(name, 'sdata', 43) + '=', safe='')}&reserved=0")


@sample("phishing", "b8-adobe-express-compromised-dental-remittance",
        "Mail from a compromised Microsoft 365 mailbox of a US dental practice (all authentication passes) to US "
        "finance, with whom it has no dealings: a 'payment remittance' published as an Adobe Express web page "
        "(new.express.adobe.com) whose button leads to a sign-in form")
def p_adobe_express(name):
    t = when(2024, 4, 30, 16, 55, 8)
    link = f"https://new.express.adobe.com/webpage/{alnum(name, 'ae', 11)}"
    return outlook_composed(
        name, t, "priya.raman@kerlann.com", "Priya Raman", "Karen Mills", "kmills@brightwaterdental.com",
        "Brightwater Family Dental - Payment Remittance 0931",
        ["Hello,", "",
         "Please find the payment remittance for your recent invoice below. The document has been shared securely "
         "through Adobe.", "",
         f'<a href="{link}">View Payment_Remittance_0931.pdf</a>', "",
         "Kindly confirm receipt once reviewed.", "",
         "Thank you,", "Karen Mills", "Office Manager | Brightwater Family Dental",
         "1420 Lakeview Dr, Suite 200, Madison, WI 53703"],
        region="nam02", site="bl2", ctry="US")


@sample("phishing", "b8-google-sites-compromised-port-agent-de",
        "Mail (German) from a compromised Microsoft 365 mailbox of a Hamburg port agency with no prior contact: a "
        "'B/L draft' for an unknown shipment to confirm on a Google Sites 'document portal' that requires signing "
        "in with the company e-mail")
def p_google_sites(name):
    t = when(2025, 8, 19, 7, 26, 40)
    link = "https://sites.google.com/view/hansaport-dokumente/start"
    return outlook_composed(
        name, t, "lukas.brenner@kerlann-industries.fr", "Lukas Brenner", "Jens Petersen",
        "j.petersen@hansaport-agency.de", "Frachtdokumente B/L-Entwurf - Sendung HAM-2025-4471 - bitte bestätigen",
        ["Guten Tag Herr Brenner,", "",
         "anbei erhalten Sie den B/L-Entwurf sowie die Packliste zur Sendung HAM-2025-4471 zur Prüfung vor der "
         "Freigabe. Bitte bestätigen Sie die Angaben bis heute 15:00 Uhr, da das Schiff morgen früh schließt.", "",
         "Die Dokumente liegen in unserem Dokumentenportal:", "",
         f'<a href="{link}">Dokumente öffnen (B/L-Entwurf, Packliste)</a>', "",
         "Für den Zugriff ist eine Anmeldung mit Ihrer Firmen-E-Mail erforderlich.", "",
         "Mit freundlichen Grüßen", "Jens Petersen", "Operations | Hansa Port Agency GmbH",
         "Am Sandtorkai 41, 20457 Hamburg"],
        region="eur03", site="am7", lang="de", ctry="DE")


@sample("phishing", "b8-microsoft-forms-compromised-university-it",
        "Mail from a compromised US university mailbox (authentication passes) whose display name is 'Kerlann IT "
        "Service Desk', asking the UK office manager to 're-validate' her mailbox on a Microsoft Forms form that "
        "collects her password")
def p_ms_forms(name):
    t = when(2024, 2, 6, 14, 32, 19)
    link = f"https://forms.office.com/r/{alnum(name, 'msf', 10)}"
    return outlook_composed(
        name, t, "emma.clarke@kerlann.com", "", "Kerlann IT Service Desk", "a.kowalczyk@ridgemont.edu",
        "[Action Required] Mailbox re-validation - kerlann.com",
        ["Dear user,", "",
         "Your kerlann.com mailbox is due for its annual re-validation. Mailboxes that are not re-validated within "
         "24 hours will be disabled and pending messages deleted.", "",
         f'<a href="{link}">Re-validate mailbox now</a>', "",
         "Enter your email address and current password in the form to confirm ownership.", "",
         "Kerlann IT Service Desk"],
        region="nam10", site="ch3", ctry="US")


@sample("phishing", "b8-typeform-compromised-accountant-fr",
        "Mail (French) from a compromised Microsoft 365 mailbox of an accounting firm that is not Kerlann's: a "
        "'shared tax document' that opens as a Typeform form asking accounts payable for the mailbox address and "
        "password")
def p_typeform(name):
    t = when(2025, 3, 25, 9, 3, 57)
    link = f"https://form.typeform.com/to/{alnum(name, 'tf', 8)}"
    return outlook_composed(
        name, t, "compta@kerlann-industries.fr", "", "Cabinet Lemoine Expertise Comptable",
        "contact@cabinet-lemoine-expertise.fr", "Document partagé : Liasse fiscale 2024 - pièces à valider",
        ["Bonjour,", "",
         "Le cabinet Lemoine Expertise Comptable vous a partagé un document en lecture sécurisée :", "",
         "<b>Liasse_fiscale_2024_pieces_a_valider.pdf</b> (2 pages)", "",
         f'<a href="{link}">Consulter le document</a>', "",
         "Pour des raisons de sécurité, l'accès nécessite la confirmation de votre adresse e-mail et du mot de passe "
         "de votre messagerie.", "",
         "Bien cordialement,", "Le secrétariat", "Cabinet Lemoine Expertise Comptable - 12 rue de Siam, 29200 Brest"],
        region="eur01", site="pa4", lang="fr", ctry="FR")


VANNES_ORDER_THREAD = (
    ["De : Julien Quéméner &lt;julien.quemener@kerlann-industries.fr&gt;",
     "Envoyé : mardi 10 juin 2025 10:12",
     "À : Gaëlle Jaouen &lt;g.jaouen@vannes-emballages.fr&gt;",
     "Objet : RE: Commande 4500021877 - livraison cartons"],
    ["Bonjour Gaëlle,", "", "Bien reçu les 12 palettes ce matin, tout est conforme au bon de livraison BL-25-1187.", "",
     "Merci et bonne journée,", "Julien Quéméner", "Acheteur - Kerlann Industries"])


@sample("phishing", "b8-r2-dev-hijacked-supplier-thread-fr",
        "Reply (French) from the real, compromised mailbox of a known packaging supplier in a genuine order thread "
        "with purchasing: the 'invoice' is no longer a PDF attachment but an HTML page on a Cloudflare R2 bucket "
        "(pub-....r2.dev) to open after a Microsoft 365 sign-in")
def p_r2_thread(name):
    t = when(2025, 6, 17, 12, 48, 5)
    link = f"https://pub-{hx(name, 'r2', 32)}.r2.dev/FA-2025-0419.html"
    return outlook_composed(
        name, t, "julien.quemener@kerlann-industries.fr", "Julien Quéméner", "Gaëlle Jaouen",
        "g.jaouen@vannes-emballages.fr", "RE: Commande 4500021877 - livraison cartons",
        ["Bonjour Julien,", "",
         "Suite à la livraison de la semaine dernière, veuillez trouver la facture FA-2025-0419 ainsi que le relevé "
         "de compte mis à jour.", "",
         "Nos documents comptables sont désormais disponibles sur notre espace sécurisé :", "",
         f'<a href="{link}">Consulter la facture FA-2025-0419 et le relevé</a>', "",
         "Connectez-vous avec votre adresse professionnelle (Microsoft 365) pour y accéder. Merci de transmettre à "
         "votre service comptable.", "",
         "Cordialement,", "Gaëlle Jaouen", "Service comptabilité - Vannes Emballages", "ZA du Prat, 56000 Vannes"],
        region="eur05", site="db8", lang="fr", ctry="FR", quoted=VANNES_ORDER_THREAD,
        reply=f"PAXPR08MB{digits(name, 'thr', 4)}{hxu(name, 'thr2', 22)}@PAXPR08MB{digits(name, 'thr', 4)}.eurprd08.prod.outlook.com")


@sample("clean", "b8-supplier-invoice-pdf-attachment-fr",
        "Invoice (French) from the accounts clerk of Vannes Emballages, a regular packaging supplier, to accounts "
        "payable: order number, amount and due date in the text, the invoice as a PDF attachment")
def c_vannes_invoice(name):
    t = when(2025, 5, 28, 8, 21, 34)
    pdf_data = files.pdf([
        "VANNES EMBALLAGES SAS - ZA du Prat - 56000 Vannes", "SIRET 512 348 907 00027 - TVA FR47 512348907", "",
        "FACTURE N° FA-2025-0388          Date : 27/05/2025", "", "Client : KERLANN INDUSTRIES - Service comptabilité",
        "Votre commande : 4500021877 - BL-25-1161", "",
        "Désignation                            Qté      PU HT      Total HT",
        "Carton double cannelure 600x400x400    2 400    1,38 EUR     3 312,00 EUR",
        "Carton simple cannelure 400x300x250    3 000    0,74 EUR     2 220,00 EUR",
        "Palettisation et filmage                  12    9,50 EUR       114,00 EUR", "",
        "Total HT : 5 646,00 EUR     TVA 20 % : 1 129,20 EUR     Total TTC : 6 775,20 EUR", "",
        "Échéance : 30 jours fin de mois - 30/06/2025",
        "Règlement par virement - IBAN FR76 1558 9569 0100 0412 7700 143 - BIC CMBRFR2BXXX",
    ], title="Facture FA-2025-0388")
    return outlook_composed(
        name, t, "compta@kerlann-industries.fr", "", "Gaëlle Jaouen", "g.jaouen@vannes-emballages.fr",
        "Facture FA-2025-0388 - Commande 4500021877",
        ["Bonjour,", "",
         "Veuillez trouver ci-jointe notre facture FA-2025-0388 d'un montant de 6 775,20 € TTC correspondant à la "
         "livraison du 22 mai (commande 4500021877, BL-25-1161).", "",
         "Échéance au 30/06/2025, règlement par virement sur nos coordonnées habituelles.", "",
         "Cordialement,", "Gaëlle Jaouen", "Service comptabilité - Vannes Emballages", "02 97 00 00 00"],
        region="eur05", site="db8", lang="fr", ctry="FR", cc=f"{b('Julien Quéméner')} <julien.quemener@kerlann-industries.fr>",
        attachments=[mime.attachment("application/pdf", "FA-2025-0388.pdf", pdf_data)])


@sample("phishing", "b8-safelinks-other-tenant-blob-statement",
        "'RE: Outstanding balance' from a compromised mailbox at a US marine-services company Kerlann has no "
        "account with, whose link is that company's own Safe Links (nam12, their mailbox in the data) wrapped "
        "around an Azure Blob static page carrying the recipient's address")
def p_safelinks(name):
    t = when(2024, 8, 13, 19, 9, 44)
    final = "https://norwellstmt2291.blob.core.windows.net/$web/index.html#ap@kerlann.com"
    link = safelinks(final, name, "nam12", "bcarver@norwellmarine.com", uuid(name, "nwtenant"))
    return outlook_composed(
        name, t, "ap@kerlann.com", "Kerlann Inc. Accounts Payable", "Beth Carver", "bcarver@norwellmarine.com",
        "RE: Outstanding balance - statement of account",
        ["Hello,", "",
         "Following up on the open items on your account. Please see the updated statement below and arrange "
         "payment at your earliest convenience.", "",
         f'<a href="{esc(link)}">View Statement (PDF)</a>', "",
         "Thank you,", "Beth Carver", "Accounts Receivable | Norwell Marine Services",
         "Tel (401) 555-0162"],
        region="nam12", site="mw2", ctry="US")


@sample("phishing", "b8-bing-redirect-workers-dev-encrypted-message",
        "Imitation of a Microsoft Purview encrypted message sent from a compromised credit-union mailbox to the "
        "CEO; 'Read the message' is a bing.com/ck/a redirect whose u= parameter decodes to a Cloudflare Workers "
        "page (workers.dev), not Office 365's encryption portal")
def p_bing(name):
    t = when(2024, 5, 21, 13, 15, 28)
    final = "https://secure-msg-viewer.nbccu-portal.workers.dev/?m=" + base64.b64encode(
        b"helene.marchand@kerlann-industries.fr").decode().rstrip("=")
    encoded = base64.urlsafe_b64encode(final.encode()).decode().rstrip("=")
    imts = base64.b64encode(f"&imts=1716249600&igu=1&guid={uuid(name, 'bguid')}&insid=5173".encode()).decode().rstrip("=")
    link = (f"https://www.bing.com/ck/a?!&&p={hx(name, 'bp', 64)}{imts}&ptn=3&ver=2&hsh=4&fclid={uuid(name, 'fclid')}"
            f"&u=a1{encoded}&ntb=1")
    return outlook_composed(
        name, t, "helene.marchand@kerlann-industries.fr", "Hélène Marchand", "Marc Fortin", "m.fortin@nbccu.ca",
        "Encrypted message from Northbay Community Credit Union",
        ['<img width="120" src="https://res.cdn.office.net/assets/mail/purview/logo-microsoft.png" alt="Microsoft">', "",
         "<b>Marc Fortin (m.fortin@nbccu.ca) has sent you a protected message.</b>", "",
         f'<a href="{esc(link)}">Read the message</a>', "",
         "Learn about messages protected by Microsoft Purview Message Encryption.", "",
         "Privacy Statement", "Email encryption powered by Microsoft Office 365. Microsoft Corporation, One Microsoft "
         "Way, Redmond, WA 98052"],
        region="nam10", site="yq3", ctry="CA")


@sample("phishing", "b8-qr-pdf-mfa-reenrolment-fr",
        "Mail (French) from a compromised mailbox of a haulier (authentication passes) signed 'Service informatique', "
        "telling a Kerlann warehouse manager to re-enrol in MFA by scanning the QR code in the attached PDF; the QR "
        "leads to a Firebase-hosted (web.app) page carrying his address")
def p_qr_pdf(name):
    t = when(2025, 3, 4, 6, 58, 12)
    target = "https://mfa-kerlann-industries.web.app/?u=" + base64.b64encode(
        b"gwenael.riou@kerlann-industries.fr").decode().rstrip("=")
    pdf_data = qr_pdf(target, [
        "Kerlann Industries - Direction des systemes d'information", "",
        "PROCEDURE OBLIGATOIRE : reinscription a l'authentification multifacteur (MFA)", "",
        "Tous les collaborateurs doivent reenregistrer leur methode MFA avant le 14/03/2025.",
        "Passe ce delai, l'acces a la messagerie et a Teams sera suspendu.", "",
        "1. Ouvrez l'appareil photo de votre telephone", "2. Scannez le code QR ci-dessous",
        "3. Connectez-vous avec votre adresse professionnelle et validez", "",
    ], "Procedure MFA 2025", "Microsoft: Print To PDF", "20250304065000+01'00'")
    return outlook_composed(
        name, t, "gwenael.riou@kerlann-industries.fr", "Gwenaël Riou", "Service informatique",
        "comptabilite@transports-lebreton.fr", "Action requise : réinscription MFA avant le 14/03",
        ["Bonjour,", "",
         "Dans le cadre du renforcement de la sécurité de la messagerie, la réinscription à l'authentification "
         "multifacteur (MFA) est obligatoire pour tous les collaborateurs de Kerlann Industries avant le 14/03.", "",
         "Veuillez consulter la procédure jointe et scanner le code QR avec votre téléphone.", "",
         "Cordialement,", "Service informatique"],
        region="eur01", site="pr3", lang="fr", ctry="FR",
        attachments=[mime.attachment("application/pdf", "Kerlann_Procedure_MFA_2025.pdf", pdf_data)])


@sample("phishing", "b8-proofpoint-urldefense-ipfs-compromised",
        "Mail from a compromised mailbox at a US engineering firm whose mail leaves through Proofpoint (all "
        "authentication passes), to purchasing: 'updated drawings and quote' behind a Proofpoint urldefense.com "
        "link whose embedded target is an IPFS gateway page carrying his address")
def p_proofpoint(name):
    t = when(2024, 12, 10, 15, 40, 2)
    cid = "bafybei" + alnum(name, "cid", 52).lower()
    target = f"https://ipfs.io/ipfs/{cid}/secure-doc.html*julien.quemener@kerlann-industries.fr"
    link = f"https://urldefense.com/v3/__{target}__;Iw!!B{alnum(name, 'pp1', 9)}!{alnum(name, 'pp2', 70)}$"
    n = int(hx(name, "ppip", 2), 16)
    pps = f"mx0b-00{hx(name, 'ppid', 6)}.pphosted.com"
    hops = (
        f"Received: from pps.filterd (m0{digits(name, 'ppm', 6)}.ppops.net [127.0.0.1])\n\tby {pps} (8.18.1.2/8.18.1.2)"
        f" with ESMTP id 4BA{digits(name, 'ppq', 7)}{alnum(name, 'ppq2', 3).lower()};\n\t{us_eastern(t - timedelta(seconds=2))}",
        f"Received: from nam12-mw2-obe.outbound.protection.outlook.com (mail-mw2nam12lp2041.outbound.protection.outlook.com [104.47.66.41])\n"
        f"\tby {pps} (PPS) with ESMTPS id 43e{alnum(name, 'ppe', 6).lower()}-1\n\t(version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NOT);\n"
        f"\t{us_eastern(t - timedelta(seconds=2))}",
    )
    return outlook_composed(
        name, t, "julien.quemener@kerlann-industries.fr", "Julien Quéméner", "Ray Brennan", "rbrennan@brennanhale.com",
        "Updated drawings and quote - conveyor retrofit",
        ["Hi Julien,", "",
         "Please see the updated drawings and revised quotation for the conveyor retrofit. The files are too large "
         "to attach, so I've shared them through our secure portal:", "",
         f'<a href="{esc(link)}">Brennan Hale - Drawings &amp; Quote Rev C (secure)</a>', "",
         "You may be asked to verify your email to open them. Let me know if you have any questions.", "",
         "Best,", "Ray Brennan, P.E.", "Brennan Hale Engineering | Columbus, OH"],
        region="nam12", site="mw2", ctry="US",
        edge=(pps, f"148.163.158.{n % 200 + 5}", hops),
        extra_own=(f"X-Proofpoint-GUID: {alnum(name, 'ppg', 32)}", f"X-Proofpoint-ORIG-GUID: {alnum(name, 'ppg', 32)}",
                   "X-Proofpoint-Virus-Version: vendor=baseguard\n engine=ICAP:2.0.293,Aquarius:18.0.1057,Hydra:6.0.680,"
                   "FMLib:17.12.62.30\n definitions=2024-12-10_07,2024-12-10_01,2024-12-10_01 signatures=0",
                   "X-Proofpoint-Spam-Details: rule=outbound_notspam policy=outbound score=0 spamscore=0 "
                   "phishscore=0 bulkscore=0\n malwarescore=0 mlxscore=0 clxscore=1015 adultscore=0 "
                   "mlxlogscore=999 classifier=spam\n adjust=0 reason=mlx scancount=1 engine=8.19.0-2411120000 "
                   "definitions=main-2412100133"))


@sample("phishing", "b8-mimecast-rewritten-sharefile-solicitor",
        "Mail through a UK solicitors' Mimecast gateway (authentication passes) from a compromised fee-earner "
        "account with replies going to a Gmail address: a 'secure ShareFile document' behind a Mimecast "
        "protect-eu link whose domain= parameter is pembertoncross-sharefile.com, not sharefile.com, asking for email "
        "credentials")
def p_mimecast(name):
    t = when(2025, 10, 21, 10, 34, 16)
    link = f"https://protect-eu.mimecast.com/s/{alnum(name, 'mc', 20)}?domain=pembertoncross-sharefile.com"
    n = 140 + int(hx(name, "mcip", 2), 16) % 60
    hops = (
        f"Received: from GBR01-LO4-obe.outbound.protection.outlook.com\n (mail-lo4gbr01lp2108.outbound.protection.outlook.com [104.47.21.108]) by\n"
        f" relay.mimecast.com with ESMTP with both STARTTLS and AUTH (version=TLSv1.3,\n cipher=TLS_AES_256_GCM_SHA384) id "
        f"uk-mta-{n % 40}-{alnum(name, 'mcid', 22)}-1; {rfc(t - timedelta(seconds=2))}",
    )
    return outlook_composed(
        name, t, "emma.clarke@kerlann.com", "Emma Clarke", "Sarah Whitmore", "s.whitmore@pembertoncross.co.uk",
        "Pemberton Cross LLP - Secure document shared via ShareFile",
        ["Dear Emma,", "",
         "Please find the secure document relating to your matter, shared through our ShareFile client portal:", "",
         f'<a href="{esc(link)}">View Document - Completion_Statement_PCLLP.pdf</a>', "",
         "For the protection of client data you will be asked to verify your identity with your email credentials.",
         "", "Kind regards,", "Sarah Whitmore", "Associate Solicitor | Pemberton Cross LLP",
         "Pemberton Cross LLP is authorised and regulated by the Solicitors Regulation Authority."],
        region="gbr01", site="lo4", lang="gb", ctry="GB",
        reply_to="Sarah Whitmore <sarah.whitmore.pcllp@gmail.com>",
        edge=(f"eu-smtp-delivery-{n}.mimecast.com", f"185.58.86.{n}", hops),
        extra_own=(f"X-MC-Unique: {alnum(name, 'mcu', 22)}-1", f"X-Mimecast-MFC-AGG-ID: {alnum(name, 'mcagg', 20)}",
                   "X-Mimecast-Spam-Score: 0", "X-Mimecast-Originator: pembertoncross.co.uk"),
        extra_dkim=("pembertoncross.co.uk", "mimecast20210421"))


@sample("phishing", "b8-s3-compromised-pallet-supplier-invoice",
        "Mail from the real, compromised Google Workspace mailbox of a pallet supplier that normally invoices "
        "through QuickBooks: a 'past due' invoice number and amount that match nothing, moved to a 'new secure "
        "portal' that is an HTML page in an S3 bucket requiring an email sign-in")
def p_s3_vendor(name):
    t = when(2025, 11, 4, 20, 17, 36)
    link = "https://lakeshore-invoices.s3.us-east-2.amazonaws.com/INV-30418/view.html"
    return gmail_composed(
        name, t, "priya.raman@kerlann.com", "Dale Kowalski", "dale@lakeshorepallet.com",
        "Lakeshore Pallet Co - Invoice INV-30418 past due",
        ["Hi Priya,", "",
         "Our system shows invoice INV-30418 ($11,940.00) is now past due. We've moved our invoicing to a new secure "
         "portal - please view the invoice and remittance details here:", "",
         f'<a href="{link}">{link}</a>', "",
         "You'll need to sign in with your email account to open it. Please process today to avoid a hold on "
         "your next delivery.", "",
         "Thanks,", "Dale Kowalski", "Lakeshore Pallet Co.", "Gary, IN | (219) 555-0138"],
        policy="NONE")

# --------------------------------------------------------------------------
# Lures relayed by genuine sending services, and own or hosted mail servers


def ses_ids(name: str, region: str = "us-east-1") -> tuple[str, str]:
    prefix = "0100" if region == "us-east-1" else "0102"
    return f"{prefix}{hx(name, 'ses', 12)}-{uuid(name, 'sesu')}-000000", region


@sample("phishing", "b8-amazon-ses-voicemail-notion-site-fr",
        "'New voice message' (French) relayed by Amazon SES for a recently registered domain (SPF and DKIM pass), to "
        "a sales manager: the 'listen' button opens a public Notion page (vm-lecture.notion.site) that links on to a "
        "Microsoft sign-in imitation")
def p_ses_notion(name):
    t = when(2024, 10, 29, 8, 44, 50)
    link = f"https://vm-lecture.notion.site/Message-vocal-{hx(name, 'notion', 32)}"
    ses_id, _ = ses_ids(name)
    n = int(hx(name, "sesip", 2), 16) % 200 + 20
    html = page(card(
        '<p style="font-size:13px;color:#605e5c;margin:0;">Messagerie vocale</p>\n'
        '<p style="font-size:22px;color:#252423;margin:8px 0 20px 0;">Vous avez reçu un nouveau message vocal</p>\n'
        '<table role="presentation" cellpadding="6" cellspacing="0" border="0" style="font-size:14px;color:#252423;">'
        "<tr><td>De :</td><td><b>+33 1 99 00 38 14</b></td></tr><tr><td>Durée :</td><td>00:01:42</td></tr>"
        "<tr><td>Reçu :</td><td>mardi 29 octobre 2024 09:41</td></tr><tr><td>Destinataire :</td>"
        "<td>yann.morvan@kerlann-industries.fr</td></tr></table><br>\n"
        + button(link, "&#9654; Écouter le message", "#5b5fc7") +
        '\n<p style="font-size:12px;color:#605e5c;margin:28px 0 0 0;">Le message sera supprimé après 48 heures. '
        "Connectez-vous avec votre compte professionnel pour l'écouter.</p>"),
        lang="fr", title="Nouveau message vocal")
    plain = ("Vous avez reçu un nouveau message vocal\n\nDe : +33 1 99 00 38 14\nDurée : 00:01:42\n"
             f"Reçu : mardi 29 octobre 2024 09:41\n\nÉcouter le message : {link}\n\n"
             "Le message sera supprimé après 48 heures.\n")
    o = Origin(f"a48-{n}.smtp-out.amazonses.com", f"54.240.48.{n}", f"{ses_id}@amazonses.com",
               (("vm-cloudnotify.com", alnum(name, "sessel", 32).lower()),
                ("amazonses.com", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw")), policy="NONE")
    own = "\n".join([
        dkim(name, "vm-cloudnotify.com", o.dkim[0][1], "Content-Type:From:To:Subject:Message-ID:Date:MIME-Version",
             t, c="relaxed/simple"),
        dkim(name, "amazonses.com", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw", "Content-Type:From:To:Subject:Message-ID:"
             "Date:MIME-Version:Feedback-ID", t, c="relaxed/simple"),
        "From: Messagerie vocale <voicemail@vm-cloudnotify.com>",
        "To: yann.morvan@kerlann-industries.fr",
        f"Subject: {q('Nouveau message vocal de +33 1 99 00 38 14 (01:42)')}",
        f"Message-ID: <{ses_id}@email.amazonses.com>",
        f"Date: {rfc(t - timedelta(seconds=1))}",
        "MIME-Version: 1.0",
        f"Feedback-ID: ::1.us-east-1.{b64(name, 'sesfb', 43)}=:AmazonSES",
        f"X-SES-Outgoing: {t:%Y.%m.%d}-54.240.48.{n}",
    ])
    return finish(name, t, "yann.morvan@kerlann-industries.fr", o, own, alt(plain, html, sbound(name)), "fr")


def sendgrid_origin(name: str, rcpt: str, domain: str, uid: str) -> Origin:
    n = int(hx(name, "sgip", 2), 16)
    return Origin(f"o{n % 9 + 1}.ptr{digits(name, 'sgptr', 4)}.{domain}", f"149.72.{120 + n % 60}.{n}",
                  f"bounces+{uid}-{hx(name, 'sgb', 4)}-{rcpt.replace('@', '=')}@em{digits(name, 'sgem', 4)}.{domain}",
                  ((domain, "s1"), ("sendgrid.info", "smtpapi")))


def sendgrid_headers(name: str, when_: datetime, domain: str) -> list[str]:
    return [
        dkim(name, domain, "s1", "from:mime-version:subject:content-type:to:cc:content-type:from:subject:to", when_,
             c="relaxed/relaxed"),
        dkim(name, "sendgrid.info", "smtpapi", "from:mime-version:subject:content-type:to:cc:content-type:from:"
             "subject:to", when_, c="relaxed/relaxed"),
        f"Received: by recvd-{hx(name, 'rcvd', 10)}-{alnum(name, 'rcvd2', 5).lower()} with SMTP id "
        f"recvd-{hx(name, 'rcvd', 10)}-{alnum(name, 'rcvd2', 5).lower()}-1-{hxu(name, 'rcvd3', 8)}-{int(hx(name, 'rcvd4', 2), 16)}\n"
        f"\t{when_:%Y-%m-%d %H:%M:%S}.{digits(name, 'rcvd5', 9)} +0000 UTC m=+{digits(name, 'rcvd6', 6)}.{digits(name, 'rcvd7', 9)}",
        f"Received: from {alnum(name, 'sgrh', 22)} (unknown)\n\tby geopod-ismtpd-{int(hx(name, 'gp', 2), 16) % 40} (SG) with HTTP\n"
        f"\tid {alnum(name, 'sgrid', 22)}\n\t{rfc(when_ - timedelta(seconds=1), pad=False).replace(' +0000', '')} +0000 (UTC)",
    ]


@sample("phishing", "b8-sendgrid-storage-full-webflow",
        "'Storage full' alert styled as Google Workspace, sent through SendGrid from a compromised real-estate "
        "agency's account (SPF and DKIM pass for harborviewrealty.com), to a US warehouse supervisor: 'upgrade "
        "storage' goes to a Webflow site (workspace-storage-kerlann.webflow.io) that asks for the password")
def p_sendgrid(name):
    t = when(2024, 1, 17, 15, 23, 9)
    rcpt = "james.cole@kerlann.com"
    link = "https://workspace-storage-kerlann.webflow.io/"
    html = page(card(
        '<img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" alt="Google">\n'
        '<p style="font-size:22px;color:#202124;margin:24px 0 8px 0;">Your storage is full</p>\n'
        f'<p style="font-size:14px;color:#3c4043;margin:0 0 16px 0;line-height:20px;">{rcpt}<br><br>You have used '
        "15 GB of 15 GB. Your account has stopped receiving new email. Messages sent to you are being returned to "
        "the sender. Upgrade your storage or free up space to restore email delivery.</p>\n"
        '<div style="background:#e8eaed;border-radius:4px;height:8px;"><div style="background:#d93025;width:100%;'
        'height:8px;border-radius:4px;"></div></div><br>\n'
        + button(link, "Upgrade storage", "#1a73e8") +
        '\n<p style="font-size:12px;color:#5f6368;margin:28px 0 0 0;">You received this email to let you know about '
        "important changes to your Google Account and services.<br>&copy; 2024 Google LLC, 1600 Amphitheatre Parkway, "
        "Mountain View, CA 94043, USA</p>"), bg="#ffffff", font="Roboto,Arial,sans-serif", title="Storage full")
    plain = (f"Your storage is full\n\n{rcpt}\n\nYou have used 15 GB of 15 GB. Your account has stopped receiving "
             f"new email. Upgrade your storage or free up space to restore email delivery.\n\nUpgrade storage: {link}\n")
    o = sendgrid_origin(name, rcpt, "harborviewrealty.com", digits(name, "sguid", 8))
    o.policy = "NONE"
    own = "\n".join(sendgrid_headers(name, t, "harborviewrealty.com") + [
        f"Date: {rfc(t - timedelta(seconds=1), pad=False)}",
        "From: Google Workspace <alerts@harborviewrealty.com>",
        "Mime-Version: 1.0",
        f"Message-ID: <{alnum(name, 'sgmid', 22)}@geopod-ismtpd-{int(hx(name, 'gp', 2), 16) % 40}>",
        f"Subject: Storage full: {rcpt} has stopped receiving email",
        f"X-SG-EID: \n =?us-ascii?Q?{alnum(name, 'sgeid', 70)}?=",
        f"X-SG-ID: \n =?us-ascii?Q?{alnum(name, 'sgid', 70)}?=",
        f"To: {rcpt}",
        f"X-Entity-ID: u001.{alnum(name, 'sgent', 22)}==",
    ])
    return finish(name, t, rcpt, o, own, alt(plain, html, sbound(name)))


def mailchimp(name: str, when_: datetime, rcpt: str, from_name: str, from_addr: str, subject: str, html_inner: str,
              plain: str, org: str, address: str, policy: str = "NONE", lang: str = "en",
              preheader: str = "") -> bytes:
    """A Mailchimp campaign from an account with an authenticated sending domain."""
    domain = from_addr.split("@")[1]
    acct = "us" + str(1 + int(hx(name, "mcdc", 2), 16) % 21)
    u = hx(name, "mcu", 25)
    list_id = hx(name, "mclist", 10)
    campaign = hx(name, "mccamp", 10)
    e = hx(name, "mce", 10)
    base = f"https://{domain.split('.')[0]}.{acct}.list-manage.com"
    unsub = f"{base}/unsubscribe?u={u}&id={list_id}&t=b&e={e}&c={campaign}"
    fr = lang == "fr"
    footer = (f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>'
              f'<td align="center" style="padding:24px;font-size:12px;color:#656565;line-height:18px;">'
              f"<em>Copyright &copy; {when_.year} {org}, {'Tous droits réservés' if fr else 'All rights reserved'}.</em><br>"
              f"{'Vous recevez cet e-mail car vous êtes inscrit à notre lettre d’information.' if fr else 'You are receiving this email because you opted in via our website.'}<br><br>"
              f"<strong>{'Notre adresse postale :' if fr else 'Our mailing address is:'}</strong><br>{org}<br>{address}<br><br>"
              f'{"Vous souhaitez modifier la réception de ces e-mails ?" if fr else "Want to change how you receive these emails?"}<br>'
              f'<a href="{esc(base)}/profile?u={u}&amp;id={list_id}&amp;e={e}&amp;c={campaign}" style="color:#656565;">'
              f'{"mettre à jour vos préférences" if fr else "update your preferences"}</a> {"ou" if fr else "or"} '
              f'<a href="{esc(unsub)}" style="color:#656565;">{"vous désinscrire" if fr else "unsubscribe from this list"}</a>'
              f'<br><br><a href="http://eepurl.com/{alnum(name, "eep", 6)}" title="Mailchimp"><img src="https://cdn-images.mailchimp.com/monkey_rewards/intuit-mc-rewards-text-dark-1.png" '
              'width="139" alt="Intuit Mailchimp"></a></td></tr></table>')
    html = page(f'<span style="display:none !important;">{preheader}</span>\n'
                + card(html_inner, bg="#ffffff") + footer
                + f'<img src="{base}/track/open.php?u={u}&amp;id={campaign}&amp;e={e}" height="1" width="1" alt="">',
                lang=lang, bg="#fafafa", font="Helvetica,Arial,sans-serif", title=subject)
    html = re.sub(r'href="(https://(?!' + re.escape(domain.split(".")[0]) + r'\.us)[^"]+)"',
                  lambda m: f'href="{base}/track/click?u={u}&amp;id={hx(name + m.group(1), "mclink", 10)}&amp;e={e}"',
                  html)
    plain = (plain + f"\n\n============================================================\nCopyright (C) {when_.year} {org}. "
             f"All rights reserved.\n\nOur mailing address is:\n{org}\n{address}\n\nunsubscribe from this list:\n{unsub}\n")
    n = int(hx(name, "mcip", 2), 16)
    mta = f"mail{n % 200 + 1}.suw{n % 20 + 1}.mcsv.net"
    o = Origin(mta, f"198.2.{128 + n % 60}.{n}",
               f"bounce-mc.{acct}_{digits(name, 'mcb1', 8)}.{digits(name, 'mcb2', 7)}-{hx(name, 'mcb3', 10)}@{mta}",
               ((domain, "k2"), ("mcsv.net", "k3")), policy=policy, bcl=6)
    own = "\n".join([
        dkim(name, domain, "k2", "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:"
             "List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:From:Subject:Message-ID", when_),
        dkim(name, "mcsv.net", "k3", "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:"
             "List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:From:Subject:Message-ID", when_),
        f"Received: from localhost (localhost [127.0.0.1])\n\tby {mta} (Mailchimp) with ESMTP id 4{alnum(name, 'mcq', 10)}\n"
        f"\tfor <{rcpt}>; {rfc(when_ - timedelta(seconds=1))}",
        f"Subject: {q(subject)}",
        f"From: {q(from_name)} <{from_addr}>",
        f"Reply-To: {q(from_name)} <{from_addr}>",
        f"To: <{rcpt}>",
        f"Date: {rfc(when_ - timedelta(seconds=1))}",
        f"Message-ID: <{hx(name, 'mcmid', 24)}.{digits(name, 'mcmid2', 7)}@{mta}>",
        f"X-Mailer: Mailchimp Mailer - **CID{campaign}{e}**",
        f"X-Campaign: mailchimp{u}.{campaign}",
        f"X-campaignid: mailchimp{u}.{campaign}",
        f"X-Report-Abuse: Please report abuse for this campaign here:\n https://mailchimp.com/contact/abuse/?u={u}&id={campaign}&e={e}",
        f"X-MC-User: {u}",
        f"Feedback-ID: {acct[2:]}:{acct[2:]}-{digits(name, 'mcfb', 8)}:{acct}:mc",
        f"List-ID: {u}mc list <{u}.{digits(name, 'mclid', 6)}.list-id.mcsv.net>",
        f"X-Accounttype: pd",
        f"List-Unsubscribe: <{unsub}>,\n <mailto:unsubscribe-mc.{acct}_{u}.{campaign}-{e}@unsubscribe.mailchimpapp.net?subject=unsubscribe>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "Precedence: bulk",
        "MIME-Version: 1.0",
    ])
    return finish(name, when_, rcpt, o, own, alt(plain, html, f"_----------={digits(name, 'mcbound', 16)}"), lang)


@sample("phishing", "b8-mailchimp-adp-direct-deposit-wixsite",
        "'ADP Payroll Services' direct-deposit confirmation sent as a Mailchimp campaign from a compromised HVAC "
        "contractor's account (SPF and DKIM pass for brightlinehvac.com, its own footer); the tracked button and the "
        "printed address both lead to kerlannpayroll.wixsite.com, a Wix page asking for the payroll login")
def p_mailchimp(name):
    t = when(2025, 1, 9, 21, 2, 47)
    rcpt = "carlos.mendez@kerlann.com"
    page_url = "https://kerlannpayroll.wixsite.com/adp-portal"
    inner = ('<img src="https://mcusercontent.com/5e0c1b2f3a4d/images/adp-logo.png" width="90" alt="ADP">\n'
             '<h2 style="font-size:22px;color:#121c4e;margin:24px 0 12px 0;">Action required: confirm your direct deposit</h2>\n'
             '<p style="font-size:15px;color:#333333;line-height:22px;">Our records show that your direct deposit '
             "information has not been confirmed for the new payroll year. To avoid a delay to your next paycheck, "
             "sign in and review your deposit account before Friday.</p>\n"
             + button(page_url, "Review direct deposit", "#d0271d") +
             f'\n<p style="font-size:13px;color:#666666;line-height:20px;">Or copy this address into your browser: '
             f'<a href="{page_url}">{page_url}</a></p>\n'
             '<p style="font-size:13px;color:#666666;">ADP Payroll Services - Employee Support</p>')
    plain = ("Action required: confirm your direct deposit\n\nOur records show that your direct deposit information "
             "has not been confirmed for the new payroll year. To avoid a delay to your next paycheck, sign in and "
             f"review your deposit account before Friday.\n\nReview direct deposit: {page_url}\n\n"
             "ADP Payroll Services - Employee Support")
    return mailchimp(name, t, rcpt, "ADP Payroll Services", "payroll@brightlinehvac.com",
                     "Action required: confirm your direct deposit before Friday", inner, plain, "Brightline HVAC",
                     "4410 W Irving Park Rd, Chicago, IL 60641, USA")


@sample("phishing", "b8-salesforce-relay-meta-appeal-glitch",
        "'Meta for Business' page-restriction notice sent through Salesforce's mail relay from a salesforce.com "
        "address (SPF, DKIM, DMARC pass for salesforce.com), to the marketing manager who runs Kerlann's Facebook page; "
        "the appeal button leads to a Glitch-hosted form (glitch.me), not facebook.com")
def p_salesforce(name):
    t = when(2023, 8, 1, 17, 36, 20)
    rcpt = "maelle.tanguy@kerlann-industries.fr"
    link = f"https://meta-business-appeal-center.glitch.me/case/{digits(name, 'case', 12)}"
    html = page(card(
        '<img src="https://static.xx.fbcdn.net/rsrc.php/v3/meta-logo.png" width="90" alt="Meta">\n'
        '<p style="font-size:20px;color:#1c2b33;margin:24px 0 12px 0;"><b>Your Page has been restricted</b></p>\n'
        '<p style="font-size:15px;color:#1c2b33;line-height:22px;">We have received multiple reports that your Page '
        "<b>Kerlann Industries</b> violates our Community Standards on intellectual property. As a result, your "
        "Page's ability to publish and advertise has been restricted.</p>\n"
        '<p style="font-size:15px;color:#1c2b33;line-height:22px;">If you believe this decision is a mistake, you can '
        "request a review. If we don't receive your appeal within 24 hours, your Page will be permanently "
        "disabled.</p>\n" + button(link, "Request review", "#0064e0", radius=6) +
        '\n<p style="font-size:12px;color:#65676b;margin:28px 0 0 0;">Case #' + digits(name, "case", 12) +
        "<br>&copy; Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025</p>"),
        bg="#f0f2f5", font="Helvetica,Arial,sans-serif", title="Your Page has been restricted")
    plain = ("Your Page has been restricted\n\nWe have received multiple reports that your Page Kerlann Industries "
             "violates our Community Standards on intellectual property.\n\nIf you believe this decision is a "
             f"mistake, request a review within 24 hours: {link}\n\nMeta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025\n")
    n = int(hx(name, "sfip", 2), 16)
    org = "00D" + alnum(name, "sforg", 12)
    o = Origin(f"smtp{n % 20 + 1}-ia{n % 5 + 1}-sp{n % 3 + 1}.mta.salesforce.com", f"13.110.{74 + n % 4}.{n}",
               f"bounce+{alnum(name, 'sfb', 20).lower()}@{alnum(name, 'sfb2', 6).lower()}.bnc.salesforce.com",
               (("salesforce.com", "sf112018"),), policy="REJECT")
    own = "\n".join([
        dkim(name, "salesforce.com", "sf112018", "Date:From:To:Subject:MIME-Version:Content-Type", t),
        f"Received: from [10.{n % 250}.{int(hx(name, 'sfa', 2), 16)}.{int(hx(name, 'sfb3', 2), 16)}] ([10.{n % 250}.{int(hx(name, 'sfa', 2), 16)}.{int(hx(name, 'sfb3', 2), 16)}:{40000 + n}] helo=na{n % 200}-app1-{n % 40}-ia{n % 5 + 1}.ops.sfdc.net)\n"
        f"\tby mx{n % 9 + 1}-ia{n % 5 + 1}-sp{n % 3 + 1}.mta.salesforce.com (envelope-from <{o.mailfrom}>)\n\t(ecelerity 4.5.0.17 r(msys-ecelerity:tags/4.5.0.17)) with ESMTPS (cipher=ECDHE-RSA-AES256-GCM-SHA384)\n"
        f"\tid {alnum(name, 'sfe', 2).upper()}/{hx(name, 'sfe2', 2).upper()}-{digits(name, 'sfe3', 5)}-{hx(name, 'sfe4', 8)}; {rfc(t - timedelta(seconds=1))}",
        f"Date: {rfc(t - timedelta(seconds=1))}",
        'From: "Meta for Business" <meta.support.center@salesforce.com>',
        f"To: {rcpt}",
        f"Message-ID: <{alnum(name, 'sfmid', 20)}00000000000000000000000000000000000000000000000{hxu(name, 'sfmid2', 16)}@sfdc.net>",
        "Subject: Your Page has been restricted - request a review",
        "MIME-Version: 1.0",
        f"X-Priority: 3",
        f"X-SFDC-LK: {org}",
        f"X-SFDC-User: 005{alnum(name, 'sfuser', 12)}",
        "X-Sender: postmaster@salesforce.com",
        "X-mail_abuse_inquiries: http://www.salesforce.com/company/abuse.jsp",
        "X-SFDC-TLS-NoRelay: 1",
        f"X-SFDC-Binding: {hx(name, 'sfbind', 16)}",
        "X-SFDC-EmailCategory: apiSingleMail",
        "X-SFDC-Interface: internal",
    ])
    return finish(name, t, rcpt, o, own, alt(plain, html, jbound(name)))


@sample("phishing", "b8-brevo-efax-doubleclick-firebaseapp",
        "'eFax' new-fax notice from a recently registered look-alike domain, sent through Brevo (SPF and DKIM pass), "
        "to accounts payable; 'view this fax' is a DoubleClick adclick redirect whose adurl= target is a Firebase "
        "Hosting page (firebaseapp.com)")
def p_brevo(name):
    t = when(2024, 9, 3, 12, 19, 55)
    rcpt = "compta@kerlann-industries.fr"
    final = f"https://efax-docviewer-4471.firebaseapp.com/viewer/?fid={digits(name, 'fid', 10)}"
    link = (f"https://adclick.g.doubleclick.net/pcs/click?xai=AKAOjs{b64u(name, 'xai', 96)}&sai=AMfl-Y{b64u(name, 'sai', 60)}"
            f"&sig=Cg0ArKJSz{b64u(name, 'dsig', 30)}&fbs_aeid=%5Bgw_fbsaeid%5D&urlfix=1&adurl={final}")
    pages_ = 3
    html = page(card(
        '<img src="https://www.efax.com/images/efax-logo-email.png" width="110" alt="eFax">\n'
        f'<p style="font-size:20px;color:#333333;margin:24px 0 12px 0;">You have received a {pages_}-page fax</p>\n'
        '<table role="presentation" cellpadding="5" cellspacing="0" border="0" style="font-size:14px;color:#333333;">'
        "<tr><td>Fax ID:</td><td>" + digits(name, "faxid", 9) + "</td></tr><tr><td>Caller ID:</td><td>+1 (415) 555-0190</td></tr>"
        "<tr><td>Received:</td><td>09/03/2024 08:17 AM (EDT)</td></tr><tr><td>Pages:</td><td>3</td></tr></table><br>\n"
        + button(link, "View this fax", "#e4002b") +
        '\n<p style="font-size:12px;color:#777777;margin:28px 0 0 0;">Thank you for using the eFax service!<br>'
        "Please do not reply to this automated message.</p>"), bg="#eeeeee", font="Arial,sans-serif", title="eFax message")
    plain = (f"You have received a {pages_}-page fax\n\nCaller ID: +1 (415) 555-0190\nReceived: 09/03/2024 08:17 AM "
             f"(EDT)\n\nView this fax: {link}\n\nThank you for using the eFax service!\n")
    n = int(hx(name, "brip", 2), 16)
    o = Origin(f"m{n % 90 + 10}.mailing.brevo.com", f"77.32.148.{n % 90 + 10}",
               f"bounces-{digits(name, 'brb', 6)}-{hx(name, 'brb2', 8)}@mailin-eu.sendibt3.com",
               (("efax-messagecenter.com", "brevo1"), ("sendibt3.com", "mail")), policy="NONE", ctry="FR")
    own = "\n".join([
        dkim(name, "efax-messagecenter.com", "brevo1", "To:Subject:Message-Id:Date:From:Mime-Version:Content-Type", t),
        dkim(name, "sendibt3.com", "mail", "To:Subject:Message-Id:Date:From:Mime-Version:Content-Type:Feedback-ID", t),
        f"Received: from smtp-relay.sendinblue.com (smtp-relay.sendinblue.com [127.0.0.1]) by {o.helo} with ESMTP; "
        f"{rfc(t - timedelta(seconds=1))}",
        f"To: <{rcpt}>",
        f"Subject: New fax message from +1 (415) 555-0190 ({pages_} pages)",
        f"Message-Id: <{uuid(name, 'brmid')}@smtp-relay.mailin.fr>",
        f"Date: {rfc(t - timedelta(seconds=1))}",
        'From: "eFax" <message@efax-messagecenter.com>',
        "Mime-Version: 1.0",
        f"X-Mailin-EID: {b64(name, 'breid', 46)}%3D%3D%3F{quote(rcpt)}%3F{alnum(name, 'breid2', 8)}",
        "X-CSA-Complaints: csa-complaints@eco.de",
        f"Feedback-ID: {digits(name, 'brfb', 7)}:{digits(name, 'brfb2', 7)}:Sendinblue",
    ])
    return finish(name, t, rcpt, o, own, alt(plain, html, f"=_{hx(name, 'brbound', 32)}"))


@sample("phishing", "b8-google-url-redirect-azurewebsites-signin",
        "'New sign-in to your account' styled as a Google alert, from a freshly registered domain on its own "
        "server (SPF and DKIM pass for that domain), to a US warehouse supervisor; 'Check activity' is a "
        "google.com/url redirect whose q= target is an Azure App Service page (azurewebsites.net)")
def p_google_url(name):
    t = when(2025, 6, 12, 13, 51, 3)
    rcpt = "james.cole@kerlann.com"
    final = f"https://gws-session-verify.azurewebsites.net/signin?u={quote(rcpt)}"
    link = (f"https://www.google.com/url?q={final}&sa=D&source=editors&ust={digits(name, 'ust', 16)}"
            f"&usg=AOvVaw{alnum(name, 'usg', 22)}")
    html = page(card(
        '<img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" alt="Google">\n'
        '<p style="font-size:24px;color:#202124;margin:24px 0 8px 0;">A new sign-in on Windows</p>\n'
        f'<p style="font-size:14px;color:#3c4043;margin:0 0 20px 0;">{rcpt}</p>\n'
        '<p style="font-size:14px;color:#3c4043;line-height:20px;">We noticed a new sign-in to your Google Account on a '
        "Windows device (Lagos, Nigeria). If this was you, you don't need to do anything. If not, we'll help you "
        "secure your account.</p>\n" + button(link, "Check activity", "#1a73e8") +
        '\n<p style="font-size:12px;color:#5f6368;margin:28px 0 0 0;">You can also see security activity at '
        "https://myaccount.google.com/notifications<br>You received this email to let you know about important "
        "changes to your Google Account and services.</p>"), bg="#ffffff", font="Roboto,Arial,sans-serif",
        title="Security alert")
    plain = (f"A new sign-in on Windows\n{rcpt}\n\nWe noticed a new sign-in to your Google Account on a Windows device "
             f"(Lagos, Nigeria). If this was you, you don't need to do anything. If not, we'll help you secure your "
             f"account.\n\nCheck activity: {link}\n")
    n = int(hx(name, "azip", 2), 16)
    o = Origin("mail.workspace-alerts-center.com", f"20.115.{n % 60 + 10}.{n}", "bounce@workspace-alerts-center.com",
               (("workspace-alerts-center.com", "default"),), policy="NONE")
    own = "\n".join([
        dkim(name, "workspace-alerts-center.com", "default", "Date:From:To:Subject:Message-ID:MIME-Version:"
             "Content-Type", t, c="relaxed/simple"),
        f"Received: from localhost (localhost [127.0.0.1])\n\tby mail.workspace-alerts-center.com (Postfix) with ESMTPSA id "
        f"{hxu(name, 'pfq', 11)}\n\tfor <{rcpt}>; {rfc(t - timedelta(seconds=1))}",
        f"Date: {rfc(t - timedelta(seconds=1))}",
        "From: Google <no-reply@workspace-alerts-center.com>",
        f"To: {rcpt}",
        f"Subject: Security alert for {rcpt}",
        f"Message-ID: <{hx(name, 'pfmid', 32)}@workspace-alerts-center.com>",
        "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
        "MIME-Version: 1.0",
    ])
    return finish(name, t, rcpt, o, own, alt(plain, html, f"b1_{alnum(name, 'phpb', 43)}"))


@sample("phishing", "b8-linkedin-slink-teams-voicemail-zoho",
        "'Microsoft Teams' voicemail notice sent from a compromised Zoho Mail account of an Australian yacht-charter "
        "company (SPF, DKIM, ARC pass) to the head-office reception: the play button is a LinkedIn slink short link "
        "that hides the final destination")
def p_slink(name):
    t = when(2025, 2, 25, 23, 12, 44)
    rcpt = "accueil@kerlann-industries.fr"
    link = f"https://www.linkedin.com/slink?code=e{alnum(name, 'slink', 7)}"
    html = ('<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>'
            '<body><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div>'
            '<table width="520" cellpadding="0" cellspacing="0" border="0" style="border:1px solid #e1dfdd;"><tr>'
            '<td style="background:#5b5fc7;padding:14px 20px;color:#ffffff;font-family:Segoe UI,Arial;font-size:16px;">'
            'Microsoft Teams</td></tr><tr><td style="padding:20px;font-family:Segoe UI,Arial;font-size:14px;color:#242424;">'
            "<b>You received a new voice message</b><br><br>From: +33 2 61 91 38 04<br>Duration: 0:47<br>"
            "Received: Wednesday, 26 February 2025 00:10<br><br>"
            f'<a href="{link}" style="background:#5b5fc7;color:#ffffff;padding:9px 20px;text-decoration:none;'
            'border-radius:4px;">&#9654; Play voice message</a><br><br>'
            '<span style="font-size:12px;color:#616161;">Sign in with your work account to listen.</span></td></tr>'
            "</table></div><br></div><br></body></html>")
    plain = (f"Microsoft Teams\n\nYou received a new voice message\n\nFrom: +33 2 61 91 38 04\nDuration: 0:47\n\n"
             f"Play voice message: {link}\n\nSign in with your work account to listen.\n")
    n = int(hx(name, "zip", 2), 16) % 200 + 10
    o = Origin(f"sender4-op-o{n}.zoho.com", f"136.143.188.{n}", "charters@coastalyachtcharters.com.au",
               (("coastalyachtcharters.com.au", "zmail"),), policy="NONE", ctry="US")
    zid = f"{hx(name, 'zid', 11)}.{hx(name, 'zid2', 8)}.{digits(name, 'zid3', 19)}"
    own = "\n".join([
        f"ARC-Seal: i=1; a=rsa-sha256; t={ts(t)}; cv=none; \n\td=zohomail.com; s=zohoarc; \n\tb="
        + fold_b64(sig(name, "zarc"), "\t", 76),
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=zohomail.com; s=zohoarc; \n\tt={ts(t)}; "
        f"h=Content-Type:Date:Date:From:From:MIME-Version:Message-ID:Subject:Subject:To:To:Message-Id:Reply-To:Cc; \n"
        f"\tbh={bh(name, 'zarcbh')}; \n\tb=" + fold_b64(sig(name, "zarcms"), "\t", 76),
        "ARC-Authentication-Results: i=1; mx.zohomail.com;\n\tdkim=pass  header.i=coastalyachtcharters.com.au;\n"
        "\tspf=pass  smtp.mailfrom=charters@coastalyachtcharters.com.au;\n"
        "\tdmarc=pass header.from=<charters@coastalyachtcharters.com.au>",
        dkim(name, "coastalyachtcharters.com.au", "zmail", "Date:Date:From:From:To:To:Message-Id:Message-Id:Subject:"
             "Subject:MIME-Version:Content-Type:Reply-To", t, i="charters@coastalyachtcharters.com.au"),
        f"Received: from mail.zoho.com by mx.zohomail.com\n\twith SMTP id {digits(name, 'zsmtp', 13)}"
        f"{digits(name, 'zsmtp2', 3)}.{digits(name, 'zsmtp3', 3)}; {rfc(t - timedelta(seconds=1), 11)}",
        f"Date: {rfc(t - timedelta(seconds=1), 11)}",
        'From: "Microsoft Teams" <charters@coastalyachtcharters.com.au>',
        f'To: "{rcpt}" <{rcpt}>',
        f"Message-Id: <{zid}@coastalyachtcharters.com.au>",
        "Subject: You have a new voice message from +33 2 61 91 38 04",
        "MIME-Version: 1.0",
        "Importance: Medium",
        "User-Agent: Zoho Mail",
        "X-Mailer: Zoho Mail",
    ])
    body = alt(plain, html, f"----=_Part_{digits(name, 'zb', 6)}_{digits(name, 'zb2', 9)}.{digits(name, 'zb3', 13)}")
    return finish(name, t, rcpt, o, own, body)


@sample("phishing", "b8-qr-inline-docusign-lookalike-ionos-de",
        "Mail (German) from an electrical contractor's IONOS mailbox (SPF passes, no DKIM) to the DACH key-account "
        "manager, dressed as a DocuSign request for a 'payment advice' but not sent by DocuSign: the document is only "
        "an inline QR code that leads to a Vercel-hosted page carrying his address")
def p_qr_inline(name):
    t = when(2025, 9, 24, 6, 31, 17)
    rcpt = "lukas.brenner@kerlann-industries.fr"
    target = "https://zahlungsavis-dokument.vercel.app/?e=" + base64.b64encode(rcpt.encode()).decode().rstrip("=")
    png = files.qr_png(target)
    cid = f"image001.png@01DC{hxu(name, 'cid', 4)}.{hxu(name, 'cid2', 8)}"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>'
            '<body lang="DE" link="#0563C1" vlink="#954F72"><div class="WordSection1">'
            '<table width="560" cellpadding="0" cellspacing="0" border="0" style="border:1px solid #dddddd;">'
            '<tr><td style="background:#1e4ca1;padding:24px;text-align:center;color:#ffffff;font-family:Arial;font-size:16px;">'
            "<b>DocuSign</b><br><br>Sie haben ein Dokument zur Prüfung und Unterzeichnung erhalten.</td></tr>"
            '<tr><td style="padding:24px;font-family:Arial;font-size:14px;color:#333333;text-align:center;">'
            "<b>Zahlungsavis_0925.pdf</b><br>Absender: Elektro Weissner GmbH - Buchhaltung<br><br>"
            f'<img width="200" height="200" src="cid:{cid}" alt="QR-Code"><br><br>'
            "Scannen Sie den QR-Code mit der Kamera Ihres Smartphones, um das Dokument sicher zu öffnen und zu "
            "unterzeichnen.<br>Der Link ist 24 Stunden gültig.</td></tr></table>"
            '<p class="MsoNormal">Mit freundlichen Grüßen<br>Buchhaltung<br>Elektro Weissner GmbH<br>'
            "Industriestraße 18, 74076 Heilbronn</p></div></body></html>")
    plain = ("DocuSign\n\nSie haben ein Dokument zur Prüfung und Unterzeichnung erhalten.\n\nZahlungsavis_0925.pdf\n"
             "Absender: Elektro Weissner GmbH - Buchhaltung\n\nScannen Sie den QR-Code mit der Kamera Ihres "
             "Smartphones, um das Dokument sicher zu öffnen und zu unterzeichnen.\n\nMit freundlichen Grüßen\n"
             "Buchhaltung\nElektro Weissner GmbH\n")
    body = Multi("related", f"----=_NextPart_001_{hxu(name, 'nb1', 4)}_{hxu(name, 'nb2', 8)}.{hxu(name, 'nb3', 8)}", [
        Multi("alternative", f"----=_NextPart_002_{hxu(name, 'nb1', 4)}_{hxu(name, 'nb2', 8)}.{hxu(name, 'nb3', 8)}",
              [mime.text(plain), mime.text(html, "html")]),
        mime.attachment("image/png", "image001.png", png, inline=True, cid=cid),
    ], params=' type="multipart/alternative";')
    n = int(hx(name, "ioip", 2), 16) % 200 + 10
    o = Origin("mout.kundenserver.de", f"212.227.126.{n}", "buchhaltung@elektro-weissner.de", (), dmarc="none",
               ctry="DE")
    own = "\n".join([
        f"Received: from DESKTOP-{alnum(name, 'desk', 7).upper()} ([89.246.{n % 250}.{int(hx(name, 'io2', 2), 16)}]) by "
        f"mrelayeu.kundenserver.de\n (mreue{n % 100:03d} [213.165.67.97]) with ESMTPSA (Nemesis) id "
        f"1M{alnum(name, 'ionid', 8)}-1{alnum(name, 'ionid2', 8)}; {rfc(t - timedelta(seconds=1), paris(t))}",
        'From: "Elektro Weissner GmbH - Buchhaltung" <buchhaltung@elektro-weissner.de>',
        f"To: <{rcpt}>",
        f"Subject: {q('DocuSign: Zahlungsavis 0925 – bitte prüfen und unterzeichnen')}",
        f"Date: {rfc(t - timedelta(seconds=2), paris(t))}",
        f"Message-ID: <000001db{hx(name, 'olmid', 4)}${hx(name, 'olmid2', 8)}${hx(name, 'olmid3', 8)}@elektro-weissner.de>",
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Outlook 16.0",
        f"Thread-Index: {b64(name, 'oti', 30)}",
        "Content-Language: de",
        f"X-Provags-ID: V03:K1:{b64(name, 'prov', 60)}",
        f"UI-OutboundReport: notjunk:1;M01:P0:{b64(name, 'uio', 20)}=;{b64(name, 'uio2', 60)}",
    ])
    return finish(name, t, rcpt, o, own, body, "de")

# --------------------------------------------------------------------------
# Invoices and payment platforms


def paypal_invoice(name: str, when_: datetime, rcpt: str, seller: str, seller_email: str, seller_phone: str,
                   number: str, amount: str, due: str, note: str, items: list[tuple[str, str]], lang: str) -> bytes:
    """A PayPal invoice e-mail (French or German), as service@paypal.xx sends it."""
    tld = {"fr": "fr", "de": "de"}[lang]
    inv = "INV2-" + "-".join(alnum(name, f"ppinv{i}", 4).upper() for i in range(4))
    link = f"https://www.paypal.com/invoice/p/#{inv}"
    if lang == "fr":
        subject = f"Facture de {seller} (n° {number})"
        head = f"{seller} vous a envoyé une facture de {amount}"
        due_l, view, note_l, contact = "Date d'échéance", "Consulter et payer la facture", "Note du vendeur", "Coordonnées du vendeur"
        foot = ("Aide &amp; Contact | Sécurité<br>PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, "
                "L-2449 Luxembourg. Ne répondez pas à cet e-mail, cette boîte aux lettres n'est pas surveillée.")
    else:
        subject = f"Rechnung von {seller} (Nr. {number})"
        head = f"{seller} hat Ihnen eine Rechnung über {amount} gesendet"
        due_l, view, note_l, contact = "Fällig am", "Rechnung ansehen und bezahlen", "Hinweis des Verkäufers", "Kontaktdaten des Verkäufers"
        foot = ("Hilfe &amp; Kontakt | Sicherheit<br>PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, "
                "L-2449 Luxembourg. Bitte antworten Sie nicht auf diese E-Mail.")
    rows = "".join(f'<tr><td style="padding:6px 0;font-size:14px;color:#2c2e2f;">{d}</td>'
                   f'<td align="right" style="padding:6px 0;font-size:14px;color:#2c2e2f;">{p}</td></tr>' for d, p in items)
    html = page(card(
        '<img src="https://www.paypalobjects.com/digitalassets/c/website/logo/full-text/pp_fc_hl.svg" width="110" alt="PayPal">\n'
        f'<p style="font-size:22px;color:#2c2e2f;margin:28px 0 6px 0;">{head}</p>\n'
        f'<p style="font-size:14px;color:#6c7378;margin:0 0 20px 0;">{due_l} : {due}</p>\n'
        + button(link, view, "#0070ba", radius=20) +
        f'\n<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin-top:24px;'
        f'border-top:1px solid #e6e6e6;">{rows}<tr><td style="padding:8px 0;font-weight:bold;">Total</td>'
        f'<td align="right" style="padding:8px 0;font-weight:bold;">{amount}</td></tr></table>\n'
        f'<p style="font-size:14px;color:#2c2e2f;margin:22px 0 4px 0;"><b>{note_l}</b></p>\n'
        f'<p style="font-size:14px;color:#2c2e2f;margin:0;line-height:20px;">{note}</p>\n'
        f'<p style="font-size:13px;color:#6c7378;margin:22px 0 0 0;line-height:19px;"><b>{contact}</b><br>{seller}<br>'
        f'{seller_email}<br>{seller_phone}</p>\n'
        f'<p style="font-size:11px;color:#9da3a6;margin:32px 0 0 0;line-height:16px;">{foot}</p>'),
        lang=lang, bg="#f2f2f2", font="'PayPal Sans',Helvetica,Arial,sans-serif", title=subject)
    plain = (f"{head}\n{due_l} : {due}\n\n{view} : {link}\n\n" + "".join(f"{d}  {p}\n" for d, p in items)
             + f"Total  {amount}\n\n{note_l}\n{note}\n\n{contact}\n{seller}\n{seller_email}\n{seller_phone}\n\n"
             + html_to_plain(foot) + "\n")
    n = int(hx(name, "ppip", 2), 16)
    o = Origin(f"mx{n % 4}.slc.paypal.com", f"173.0.84.{n % 10 + 225}", f"service@paypal.{tld}",
               ((f"paypal.{tld}", "pp-dkim1"),), policy="REJECT")
    own = "\n".join([
        dkim(name, f"paypal.{tld}", "pp-dkim1", "Content-Type:Date:Message-ID:Subject:From:To:MIME-Version", when_,
             c="relaxed/relaxed"),
        f"Received: from ccg01mail{n % 12:02d}.ccg01.paypal.com (ccg01mail{n % 12:02d}.ccg01.paypal.com [10.{n % 250}.2.{n}])\n"
        f"\tby {o.helo} (Postfix) with ESMTP id {hxu(name, 'pppf', 12)}\n\tfor <{rcpt}>; {rfc(when_ - timedelta(seconds=1), -7)}",
        f"Date: {rfc(when_ - timedelta(seconds=1), -7)}",
        f"Message-ID: <{hx(name, 'ppmid', 20)}.{hx(name, 'ppmid2', 13)}@ccg01mail{n % 12:02d}>",
        f"Subject: {q(subject)}",
        f'From: "service@paypal.{tld}" <service@paypal.{tld}>',
        f"To: {rcpt}",
        "MIME-Version: 1.0",
        "X-MaxCode-Template: PPC001017",
        "X-Email-Type-Id: PPC001017",
        f"PP-Correlation-Id: {hx(name, 'ppcorr', 13)}",
        f"X-PP-REQUESTED-TIME: {ts(when_)}{digits(name, 'ppt', 3)}",
        f"X-PP-Email-transmission-Id: {uuid(name, 'pptrans')}",
    ])
    return finish(name, when_, rcpt, o, own, alt(plain, html, f"--{hx(name, 'ppbound', 24)}"), lang)


@sample("phishing", "b8-paypal-invoice-callback-norton-fr",
        "Genuine PayPal invoice (French) to accounts payable from a seller calling itself 'Service Facturation "
        "Norton' for a 399.99 EUR 'Norton 360 renewal' Kerlann never bought; the seller's note says to call a phone "
        "number to cancel - a callback scam that gets a remote-access tool installed")
def p_paypal(name):
    t = when(2024, 2, 20, 10, 6, 31)
    return paypal_invoice(
        name, t, "compta@kerlann-industries.fr", "Service Facturation Norton", "norton.facturation.fr@gmail.com",
        "+33 1 99 00 72 45", "NRT-88412", "399,99 €", "20 févr. 2024",
        "Votre abonnement Norton 360 Deluxe (5 appareils, 2 ans) a été renouvelé automatiquement. Si vous n'êtes "
        "pas à l'origine de cet achat, appelez notre service client au +33 1 99 00 72 45 sous 24 h pour annuler et "
        "être remboursé. Ne payez pas cette facture avant d'avoir appelé.",
        [("Norton 360 Deluxe - renouvellement 2 ans", "399,99 €")], "fr")


@sample("clean", "b8-paypal-invoice-freelance-translator-de",
        "PayPal invoice (German) to the DACH key-account manager from the freelance translator who translated the "
        "German framework contract: pages, rate and her usual contact details, no phone-call request")
def c_paypal(name):
    t = when(2025, 7, 3, 14, 27, 9)
    return paypal_invoice(
        name, t, "lukas.brenner@kerlann-industries.fr", "Katrin Hoffmann Übersetzungen", "kontakt@hoffmann-uebersetzungen.de",
        "+49 30 23125 417", "2025-031", "840,00 €", "17. Juli 2025",
        "Übersetzung Rahmenvertrag Kontraktlogistik FR > DE (14 Normseiten) wie am 24.06. besprochen. Vielen Dank "
        "für den Auftrag, Herr Brenner!", [("Fachübersetzung FR > DE, 14 Normseiten à 60,00 €", "840,00 €")], "de")


def quickbooks_invoice(name: str, when_: datetime, rcpt: str, company: str, company_email: str, phone: str,
                       address: str, number: str, amount: str, due: str, message: str) -> bytes:
    link = (f"https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-{hx(name, 'qb', 48)}"
            f"{hx(name, 'qb2', 44)}?locale=en_US&cta=viewinvoicenow")
    subject = f"Invoice {number} from {company}"
    html = page(card(
        f'<p style="font-size:20px;color:#393a3d;margin:0 0 24px 0;font-weight:bold;">{company}</p>\n'
        f'<p style="font-size:13px;color:#6b6c72;margin:0;letter-spacing:1px;">INVOICE {number} DETAILS</p>\n'
        f'<p style="font-size:14px;color:#393a3d;margin:14px 0 4px 0;">Due {due}</p>\n'
        f'<p style="font-size:36px;color:#393a3d;margin:0 0 22px 0;">{amount}</p>\n'
        + button(link, "Review and pay", "#2ca01c", radius=4) +
        f'\n<p style="font-size:14px;color:#393a3d;margin:28px 0 0 0;line-height:21px;">{message}</p>\n'
        f'<p style="font-size:14px;color:#393a3d;margin:22px 0 0 0;line-height:21px;">{company}<br>{address}<br>'
        f'{phone}<br><a href="mailto:{company_email}" style="color:#0077c5;">{company_email}</a></p>\n'
        '<p style="font-size:12px;color:#6b6c72;margin:30px 0 0 0;line-height:17px;">If you receive an email that '
        "seems fraudulent, please check with the business owner before paying.</p>\n"
        '<p style="font-size:11px;color:#8d9096;margin:20px 0 0 0;">Powered by <b>QuickBooks</b><br>&copy; Intuit Inc. '
        'All rights reserved. <a href="https://www.intuit.com/privacy/statement/" style="color:#8d9096;">Privacy</a> | '
        '<a href="https://quickbooks.intuit.com/global/security/" style="color:#8d9096;">Security</a> | '
        '<a href="https://www.intuit.com/legal/terms/" style="color:#8d9096;">Terms of Service</a></p>'),
        bg="#eceef1", font="Avenir,Helvetica,Arial,sans-serif", title=subject)
    plain = (f"{company}\n\nINVOICE {number} DETAILS\nDue {due}\n{amount}\n\nReview and pay: {link}\n\n{message}\n\n"
             f"{company}\n{address}\n{phone}\n{company_email}\n\nIf you receive an email that seems fraudulent, please "
             "check with the business owner before paying.\n\nPowered by QuickBooks\n")
    n = int(hx(name, "qbip", 2), 16)
    o = Origin(f"mta{n % 30 + 1}.notification.intuit.com", f"206.108.41.{n}",
               f"bounce-{hx(name, 'qbb', 16)}@notification.intuit.com", (("notification.intuit.com", "ng"),),
               policy="REJECT")
    own = "\n".join([
        dkim(name, "notification.intuit.com", "ng", "From:Reply-To:To:Subject:Date:Message-ID:MIME-Version:"
             "Content-Type", when_),
        f"Date: {rfc(when_ - timedelta(seconds=1), -7 if pacific(when_)[0] == -7 else -8)}",
        f"From: {q(company)} <quickbooks@notification.intuit.com>",
        f"Reply-To: {company_email}",
        f"To: {rcpt}",
        f"Message-ID: <{digits(name, 'qbmid', 10)}.{digits(name, 'qbmid2', 7)}.{ts(when_)}{digits(name, 'qbmid3', 3)}@ip-10-{n % 250}-{n % 100}-{n % 30}.ec2.internal>",
        f"Subject: {q(subject)}",
        "MIME-Version: 1.0",
        f"X-Intuit-Correlation-Id: {uuid(name, 'qbcorr')}",
    ])
    return finish(name, when_, rcpt, o, own, alt(plain, html, jbound(name)))


@sample("phishing", "b8-quickbooks-invoice-callback-geek-squad",
        "Genuine QuickBooks invoice to US HR from a 'company' named 'Geek Squad Protection Plan' for a $449.99 "
        "renewal Kerlann never ordered, whose message asks to call a number to cancel - callback scam through "
        "Intuit's own mail (under its 'check with the business owner' warning)")
def p_quickbooks(name):
    t = when(2023, 11, 14, 18, 40, 12)
    return quickbooks_invoice(
        name, t, "olivia.grant@kerlann.com", "Geek Squad Protection Plan", "geeksquad.billing.desk@gmail.com",
        "+1 (888) 555-0143", "2101 Vista Pkwy, West Palm Beach, FL 33411", "1048", "$449.99", "11/15/2023",
        "Thank you for renewing Geek Squad Total Tech Support (2 years, 3 devices). Your account will be charged "
        "$449.99 within 24 hours. If you did not authorize this renewal, call our billing desk at +1 (888) 555-0143 "
        "to cancel and receive a full refund.")


@sample("bulk", "b8-quickbooks-invoice-pallet-supplier",
        "QuickBooks invoice to US finance from Lakeshore Pallet Co., a regular pallet supplier, for a named purchase "
        "order and delivery, with the supplier's usual contact details")
def c_quickbooks(name):
    t = when(2025, 10, 7, 14, 12, 26)
    return quickbooks_invoice(
        name, t, "priya.raman@kerlann.com", "Lakeshore Pallet Co.", "ar@lakeshorepallet.com", "(219) 555-0138",
        "1650 E 5th Ave, Gary, IN 46402", "30377", "$6,842.50", "11/06/2025",
        "PO 4500-2231 - 520 GMA pallets, #1 grade, delivered to the Joliet DC on 10/3. Thank you for your business! "
        "Net 30 as usual.")


@sample("phishing", "b8-square-invoice-callback-m365-renewal",
        "Genuine Square invoice to the US IT engineer from a 'Microsoft 365 Billing Centre' seller for a $1,299 "
        "'auto-renewal' (the US office runs Google Workspace), with a phone number to call to dispute - callback scam")
def p_square(name):
    t = when(2024, 6, 4, 16, 2, 45)
    rcpt = "mark.ellison@kerlann.com"
    inv = f"inv:0-Ch{alnum(name, 'sq', 24)}"
    link = f"https://squareup.com/pay-invoice/{inv}"
    business = "Microsoft 365 Billing Centre"
    html = page(card(
        f'<p style="font-size:18px;color:#1a1a1a;margin:0 0 18px 0;font-weight:600;">{business}</p>\n'
        '<p style="font-size:14px;color:#737373;margin:0;">Invoice #000184</p>\n'
        '<p style="font-size:34px;color:#1a1a1a;margin:10px 0 4px 0;">$1,299.00</p>\n'
        '<p style="font-size:14px;color:#737373;margin:0 0 22px 0;">Due June 4, 2024</p>\n'
        + button(link, "Pay invoice", "#006aff", radius=6) +
        '\n<p style="font-size:14px;color:#1a1a1a;margin:26px 0 0 0;line-height:21px;">Your Microsoft 365 Business '
        "Premium annual plan (25 seats) auto-renews today. To cancel or dispute this charge, contact our billing "
        "support at +1 (844) 555-0178 before 6 PM EST.</p>\n"
        '<table role="presentation" width="100%" cellpadding="6" cellspacing="0" border="0" style="margin-top:20px;'
        'border-top:1px solid #e5e5e5;font-size:14px;"><tr><td>Microsoft 365 Business Premium x 25 (annual)</td>'
        '<td align="right">$1,299.00</td></tr><tr><td><b>Total</b></td><td align="right"><b>$1,299.00</b></td></tr></table>\n'
        '<p style="font-size:12px;color:#737373;margin:30px 0 0 0;line-height:17px;">Invoice sent with Square. '
        f'Questions? Contact {business}.<br>Square, Inc. &middot; 1955 Broadway, Suite 600, Oakland, CA 94612</p>'),
        bg="#f2f2f2", font="'Square Market',Helvetica,Arial,sans-serif", title=f"Invoice from {business}")
    plain = (f"{business}\nInvoice #000184\n$1,299.00\nDue June 4, 2024\n\nPay invoice: {link}\n\nYour Microsoft "
             "365 Business Premium annual plan (25 seats) auto-renews today. To cancel or dispute this charge, contact "
             "our billing support at +1 (844) 555-0178 before 6 PM EST.\n\nSquare, Inc. - 1955 Broadway, Suite 600, "
             "Oakland, CA 94612\n")
    o = sendgrid_origin(name, rcpt, "messaging.squareup.com", digits(name, "squid", 8))
    o.policy = "REJECT"
    own = "\n".join(sendgrid_headers(name, t, "messaging.squareup.com") + [
        f"Date: {rfc(t - timedelta(seconds=1))}",
        f"From: {q(business)} <invoicing@messaging.squareup.com>",
        "Reply-To: billing.m365.centre@outlook.com",
        "Mime-Version: 1.0",
        f"Message-ID: <{alnum(name, 'sqmid', 22)}@geopod-ismtpd-{int(hx(name, 'gp', 2), 16) % 40}>",
        f"Subject: Invoice from {business}",
        f"X-SG-EID: \n =?us-ascii?Q?{alnum(name, 'sgeid', 70)}?=",
        f"To: {rcpt}",
        f"X-Entity-ID: u001.{alnum(name, 'sgent', 22)}==",
    ])
    return finish(name, t, rcpt, o, own, alt(plain, html, sbound(name)))


@sample("phishing", "b8-freshbooks-business-register-listing-fee",
        "Genuine FreshBooks invoice to an accountant from a 'European Business Register' for a 1,890 EUR 'annual "
        "listing fee' Kerlann never ordered, citing a 'returned registration form' and a late fee - the classic "
        "business-directory payment fraud, through FreshBooks' own mail")
def p_freshbooks(name):
    t = when(2026, 1, 27, 9, 14, 38)
    rcpt = "sophie.lebihan@kerlann-industries.fr"
    company = "European Business Register Ltd"
    link = f"https://my.freshbooks.com/#/link/{alnum(name, 'fb', 32)}"
    html = page(card(
        '<img src="https://www.freshbooks.com/wp-content/uploads/freshbooks-logo-email.png" width="120" alt="FreshBooks">\n'
        f'<p style="font-size:20px;color:#0f2048;margin:26px 0 16px 0;">{company} sent you an invoice</p>\n'
        '<table role="presentation" cellpadding="5" cellspacing="0" border="0" style="font-size:14px;color:#0f2048;">'
        "<tr><td>Invoice</td><td><b>EBR-2026-44718</b></td></tr><tr><td>Amount Due</td><td><b>€1,890.00 EUR</b></td></tr>"
        "<tr><td>Due Date</td><td>February 6, 2026</td></tr></table><br>\n"
        + button(link, "View Invoice", "#0075dd", radius=6) +
        '\n<p style="font-size:14px;color:#0f2048;margin:24px 0 0 0;line-height:21px;">Annual listing fee for KERLANN '
        "INDUSTRIES in the European Business Register 2026 (entry no. 77-41982), as per the registration form "
        "returned to us. Payment within 10 days avoids the late fee of €250.00. Bank transfer details are on the "
        "invoice.</p>\n"
        '<p style="font-size:12px;color:#5f6b80;margin:30px 0 0 0;line-height:17px;">This invoice was sent using '
        "FreshBooks on behalf of " + company + ".<br>FreshBooks &middot; 35 Golden Ave, Toronto, ON M6R 2J5, "
        "Canada</p>"), bg="#f5f6f8", font="Helvetica,Arial,sans-serif", title=f"Invoice from {company}")
    plain = (f"{company} sent you an invoice\n\nInvoice: EBR-2026-44718\nAmount Due: €1,890.00 EUR\nDue Date: February "
             f"6, 2026\n\nView Invoice: {link}\n\nAnnual listing fee for KERLANN INDUSTRIES in the European Business "
             "Register 2026 (entry no. 77-41982), as per the registration form returned to us. Payment within 10 days "
             "avoids the late fee of €250.00.\n\nThis invoice was sent using FreshBooks on behalf of "
             f"{company}.\nFreshBooks - 35 Golden Ave, Toronto, ON M6R 2J5, Canada\n")
    ses_id, _ = ses_ids(name)
    n = int(hx(name, "fbip", 2), 16) % 200 + 20
    o = Origin(f"a9-{n}.smtp-out.amazonses.com", f"54.240.9.{n}", f"{ses_id}@mail.freshbooks.com",
               (("freshbooks.com", "fbses"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")), policy="QUARANTINE")
    own = "\n".join([
        dkim(name, "freshbooks.com", "fbses", "Content-Type:From:To:Subject:Message-ID:Date:MIME-Version:Reply-To",
             t, c="relaxed/simple"),
        dkim(name, "amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "Content-Type:From:To:Subject:Message-ID:"
             "Date:MIME-Version:Reply-To:Feedback-ID", t, c="relaxed/simple"),
        f"From: {company} <noreply@freshbooks.com>",
        "Reply-To: accounts@eu-business-register.com",
        f"To: {rcpt}",
        f"Subject: {company} sent you an invoice (EBR-2026-44718)",
        f"Message-ID: <{ses_id}@email.amazonses.com>",
        f"Date: {rfc(t - timedelta(seconds=1))}",
        "MIME-Version: 1.0",
        f"Feedback-ID: ::1.us-east-1.{b64(name, 'fbfb', 43)}=:AmazonSES",
        f"X-SES-Outgoing: {t:%Y.%m.%d}-54.240.9.{n}",
    ])
    return finish(name, t, rcpt, o, own, alt(plain, html, sbound(name)))


@sample("bulk", "b8-stripe-invoice-saas-subscription-fr",
        "Stripe invoice (French) to the IT manager from Routefleet, the transport-management SaaS Kerlann subscribes "
        "to: the monthly licence, VAT, pay and PDF links on invoice.stripe.com")
def c_stripe(name):
    t = when(2025, 11, 1, 6, 3, 17)
    rcpt = "erwan.cadiou@kerlann-industries.fr"
    acct = "acct_1N" + alnum(name, "acct", 14)
    live = "live_" + b64u(name, "live", 64).rstrip("=")
    link = f"https://invoice.stripe.com/i/{acct}/{live}?s=em"
    pdf_link = f"https://pay.stripe.com/invoice/{acct}/{live}/pdf?s=em"
    html = page(card(
        '<img src="https://stripe-images.s3.amazonaws.com/emails/acct_routefleet/logo.png" width="48" alt="Routefleet SAS">\n'
        '<p style="font-size:16px;color:#8898aa;margin:20px 0 4px 0;">Facture de Routefleet SAS</p>\n'
        '<p style="font-size:32px;color:#32325d;margin:0 0 4px 0;">1 740,00 €</p>\n'
        '<p style="font-size:14px;color:#8898aa;margin:0 0 22px 0;">Échéance le 15 novembre 2025</p>\n'
        + button(link, "Payer cette facture", "#635bff", radius=6) +
        f'\n<p style="font-size:14px;margin:16px 0 0 0;"><a href="{esc(pdf_link)}" style="color:#635bff;">Télécharger la '
        "facture</a></p>\n"
        '<table role="presentation" width="100%" cellpadding="6" cellspacing="0" border="0" style="margin-top:22px;'
        'border-top:1px solid #e6ebf1;font-size:14px;color:#525f7f;">'
        "<tr><td>Facture n°</td><td align=\"right\">RFLT-2025-0087</td></tr>"
        "<tr><td>Routefleet TMS - Licence Pro (12 utilisateurs) - novembre 2025</td><td align=\"right\">1 450,00 €</td></tr>"
        "<tr><td>TVA (20 %)</td><td align=\"right\">290,00 €</td></tr><tr><td><b>Montant dû</b></td>"
        '<td align="right"><b>1 740,00 €</b></td></tr></table>\n'
        '<p style="font-size:13px;color:#8898aa;margin:24px 0 0 0;line-height:18px;">Des questions ? Contactez Routefleet '
        'SAS à <a href="mailto:facturation@routefleet.io" style="color:#635bff;">facturation@routefleet.io</a>.<br><br>'
        'Optimisé par <b>stripe</b> | <a href="https://stripe.com/fr/legal" style="color:#8898aa;">Conditions</a> | '
        '<a href="https://stripe.com/fr/privacy" style="color:#8898aa;">Confidentialité</a></p>'),
        lang="fr", bg="#f6f9fc", font="-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif",
        title="Facture de Routefleet SAS")
    plain = (f"Facture de Routefleet SAS\n\n1 740,00 €\nÉchéance le 15 novembre 2025\n\nPayer cette facture : {link}\n"
             f"Télécharger la facture : {pdf_link}\n\nFacture n° RFLT-2025-0087\nRoutefleet TMS - Licence Pro (12 "
             "utilisateurs) - novembre 2025 : 1 450,00 €\nTVA (20 %) : 290,00 €\nMontant dû : 1 740,00 €\n\nDes "
             "questions ? Contactez Routefleet SAS à facturation@routefleet.io.\n")
    o = sendgrid_origin(name, rcpt, "email.stripe.com", digits(name, "stuid", 8))
    o.dkim = (("stripe.com", "s1"), ("sendgrid.info", "smtpapi"))
    o.policy = "REJECT"
    own = "\n".join(sendgrid_headers(name, t, "stripe.com") + [
        f"Date: {rfc(t - timedelta(seconds=1))}",
        f"From: Routefleet SAS <invoice+statements+{acct}@stripe.com>",
        "Reply-To: facturation@routefleet.io",
        "Mime-Version: 1.0",
        f"Message-ID: <{alnum(name, 'stmid', 22)}@geopod-ismtpd-{int(hx(name, 'gp', 2), 16) % 40}>",
        f"Subject: {q('Votre facture Routefleet SAS n° RFLT-2025-0087')}",
        f"To: {rcpt}",
        f"X-Stripe-Email-Id: em_{alnum(name, 'stem', 24)}",
        f"X-Entity-ID: u001.{alnum(name, 'sgent', 22)}==",
    ])
    return finish(name, t, rcpt, o, own, alt(plain, html, sbound(name)), "fr")

# --------------------------------------------------------------------------
# Form tools, internal mail and a customer's reply through Proofpoint


def jotform_origin(name: str) -> Origin:
    n = int(hx(name, "jfip", 2), 16)
    return Origin(f"smtp{n % 12 + 1}.jotform.com", f"104.225.{130 + n % 8}.{n}", f"noreply@jotform.com",
                  (("jotform.com", "jf1"),), policy="QUARANTINE")


def jotform_mail(name: str, when_: datetime, rcpt: str, from_name: str, reply_to: str, subject: str,
                 html_inner: str, plain: str) -> bytes:
    html = page(card(
        '<img src="https://cdn.jotfor.ms/assets/img/logo2021/jotform-logo.png" width="120" alt="Jotform">\n'
        + html_inner +
        '\n<p style="font-size:11px;color:#8d8fa8;margin:32px 0 0 0;line-height:16px;">Powered by Jotform &middot; '
        "4 Embarcadero Center, Suite 780, San Francisco CA 94111<br>"
        '<a href="https://www.jotform.com/report-abuse/" style="color:#8d8fa8;">Report abuse</a></p>'),
        bg="#f3f3fe", font="Circular,Helvetica,Arial,sans-serif", title=subject)
    o = jotform_origin(name)
    own = "\n".join([
        dkim(name, "jotform.com", "jf1", "Date:From:Reply-To:To:Subject:Message-ID:MIME-Version:Content-Type", when_),
        f"Received: from jotform.com (localhost [127.0.0.1]) by {o.helo} (Postfix) with ESMTP id {hxu(name, 'jfq', 10)}"
        f"\n\tfor <{rcpt}>; {rfc(when_ - timedelta(seconds=1), -7 if pacific(when_)[0] == -7 else -8)}",
        f"Date: {rfc(when_ - timedelta(seconds=1), -7 if pacific(when_)[0] == -7 else -8)}",
        f"From: {q(from_name)} <noreply@jotform.com>",
        f"Reply-To: {reply_to}",
        f"To: {rcpt}",
        f"Subject: {q(subject)}",
        f"Message-ID: <{hx(name, 'jfmid', 32)}@jotform.com>",
        "X-Mailer: Jotform Mailer",
        f"X-Jotform-Submission-Id: {digits(name, 'jfsub', 19)}" if "submission" in subject.lower() else
        f"X-Jotform-Form-Id: {digits(name, 'jfform', 15)}",
        "MIME-Version: 1.0",
    ])
    return finish(name, when_, rcpt, o, own, alt(plain, html, f"b1_{alnum(name, 'jfb', 43)}"))


@sample("phishing", "b8-jotform-invoice-approval-form",
        "Genuine Jotform invitation to US accounts payable from 'Accounts Receivable' with replies going to a Gmail "
        "address: 'approve invoice INV-2025-7731' on a form.jotform.com form that asks for the mailbox login "
        "'to confirm the approver'")
def p_jotform(name):
    t = when(2025, 4, 15, 13, 58, 33)
    rcpt = "ap@kerlann.com"
    form = digits(name, "jfform", 15)
    link = f"https://form.jotform.com/{form}"
    inner = ('<p style="font-size:20px;color:#0a1551;margin:26px 0 12px 0;">You have been invited to fill out a form</p>\n'
             '<p style="font-size:15px;color:#0a1551;margin:0 0 8px 0;"><b>Invoice Approval - Kerlann Inc - INV-2025-7731</b></p>\n'
             '<p style="font-size:14px;color:#343c6a;line-height:21px;">Hello, an invoice of $27,480.00 is awaiting your '
             "approval before today's payment run. Open the form to review the invoice and confirm the approver with "
             "your company email login.</p>\n" + button(link, "Fill Out Form", "#ff6100", radius=4))
    plain = ("You have been invited to fill out a form\n\nInvoice Approval - Kerlann Inc - INV-2025-7731\n\nHello, an "
             "invoice of $27,480.00 is awaiting your approval before today's payment run. Open the form to review the "
             f"invoice and confirm the approver with your company email login.\n\nFill Out Form: {link}\n")
    return jotform_mail(name, t, rcpt, "Accounts Receivable", "ar.invoicing.dept@gmail.com",
                        "Invoice approval required - Kerlann Inc - INV-2025-7731", inner, plain)


@sample("bulk", "b8-jotform-supplier-registration-submission",
        "Jotform new-submission notification to US purchasing: a packaging supplier filled in Kerlann's own supplier "
        "registration form (company, tax ID, contact), reply-to set to the supplier")
def c_jotform(name):
    t = when(2025, 9, 9, 20, 45, 2)
    rcpt = "purchasing@kerlann.com"
    fields = [("Company name", "Summit Packaging Supply LLC"), ("EIN", "36-5550142"),
              ("Address", "880 N Ridge Rd, Aurora, IL 60506"), ("Contact", "Tanya Brooks, Key Accounts"),
              ("Email", "tanya.brooks@summitpackaging.com"), ("Phone", "(630) 555-0127"),
              ("Products / services", "Corrugated boxes, stretch film, void fill"),
              ("Certificate of insurance", "COI_SummitPackaging_2025.pdf")]
    rows = "".join(f'<tr><td style="padding:8px;border-bottom:1px solid #e3e5f5;color:#6c73a8;width:40%;">{k}</td>'
                   f'<td style="padding:8px;border-bottom:1px solid #e3e5f5;color:#0a1551;">{v}</td></tr>' for k, v in fields)
    sub = digits(name, "jfsub", 19)
    view = f"https://www.jotform.com/inbox/{digits(name, 'jfform', 15)}/{sub}"
    inner = ('<p style="font-size:20px;color:#0a1551;margin:26px 0 12px 0;">Supplier Registration - Kerlann Inc</p>\n'
             f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="font-size:14px;">{rows}</table><br>\n'
             + button(view, "View in Jotform Inbox", "#0a1551", radius=4))
    plain = "Supplier Registration - Kerlann Inc\n\n" + "".join(f"{k}: {v}\n" for k, v in fields) + f"\nView: {view}\n"
    return jotform_mail(name, t, rcpt, "Jotform", "Tanya Brooks <tanya.brooks@summitpackaging.com>",
                        "New submission: Supplier Registration - Kerlann Inc", inner, plain)


@sample("bulk", "b8-typeform-new-response-survey",
        "Typeform notification to the marketing manager who owns Kerlann's customer survey: a customer's answers "
        "and a link to the results in admin.typeform.com")
def c_typeform(name):
    t = when(2025, 10, 14, 12, 7, 40)
    rcpt = "maelle.tanguy@kerlann-industries.fr"
    form = alnum(name, "tfid", 8)
    link = f"https://admin.typeform.com/form/{form}/results#responses"
    answers = [("Quelle est votre entreprise ?", "Groupe Aubrac - plateforme de Rodez"),
               ("Sur 10, recommanderiez-vous Kerlann ?", "9"),
               ("Qu'avons-nous le mieux fait cette année ?", "Réactivité du service client pendant le pic de septembre."),
               ("Que devons-nous améliorer ?", "Les créneaux de livraison du samedi."),
               ("Pouvons-nous vous recontacter ?", "Oui")]
    rows = "".join(f'<p style="font-size:13px;color:#7a7a7a;margin:16px 0 2px 0;">{qn}</p>'
                   f'<p style="font-size:15px;color:#262627;margin:0;">{a}</p>' for qn, a in answers)
    html = page(card(
        '<img src="https://images.typeform.com/images/email/typeform-logo.png" width="100" alt="Typeform">\n'
        '<p style="font-size:20px;color:#262627;margin:26px 0 4px 0;">New response</p>\n'
        '<p style="font-size:14px;color:#7a7a7a;margin:0 0 10px 0;">Enquête satisfaction clients 2025</p>\n'
        f"{rows}<br>\n" + button(link, "See all responses", "#262627", radius=8) +
        '\n<p style="font-size:11px;color:#a0a0a0;margin:30px 0 0 0;">You are receiving this notification because you '
        'turned on response notifications for this typeform. <a href="https://admin.typeform.com/form/'
        f'{form}/connect#notifications" style="color:#a0a0a0;">Change settings</a><br>Typeform S.L., Carrer Bac de '
        "Roda 163, 08018 Barcelona, Spain</p>"), bg="#f4f4f2", font="'Apercu Pro',Helvetica,Arial,sans-serif",
        title="New response")
    plain = ("New response\nEnquête satisfaction clients 2025\n\n" + "".join(f"{qn}\n{a}\n\n" for qn, a in answers)
             + f"See all responses: {link}\n")
    o = sendgrid_origin(name, rcpt, "typeform.com", digits(name, "tfuid", 8))
    o.policy = "QUARANTINE"
    o.ctry = "US"
    own = "\n".join(sendgrid_headers(name, t, "typeform.com") + [
        f"Date: {rfc(t - timedelta(seconds=1))}",
        "From: Typeform <notifications@typeform.com>",
        "Mime-Version: 1.0",
        f"Message-ID: <{alnum(name, 'tfmid', 22)}@geopod-ismtpd-{int(hx(name, 'gp', 2), 16) % 40}>",
        f"Subject: {q('New response for Enquête satisfaction clients 2025')}",
        f"To: {rcpt}",
        f"X-Entity-ID: u001.{alnum(name, 'sgent', 22)}==",
    ])
    return finish(name, t, rcpt, o, own, alt(plain, html, sbound(name)), "fr")


@sample("clean", "b8-safelinks-internal-codir-minutes-fr",
        "Internal mail (French) from the CEO to the management committee via Exchange Online: minutes on Kerlann's "
        "own SharePoint and a trade-press article, both links wrapped by Kerlann's own Safe Links (eur02, its tenant "
        "and the recipient in the data)")
def c_safelinks(name):
    t = when(2026, 2, 4, 17, 22, 8)
    rcpt = "thomas.girard@kerlann-industries.fr"
    sp = "https://kerlannindustries.sharepoint.com/sites/Direction/Documents%20partages/CODIR/2026-02-03_CR_CODIR.docx?web=1"
    article = "https://www.supplychainmagazine.fr/nl/2026/4021/entrepots-automatises-le-retour-sur-investissement-en-question-781234.php"
    l1 = safelinks(sp, name + "1", "eur02", rcpt, KERLANN_TENANT)
    l2 = safelinks(article, name + "2", "eur02", rcpt, KERLANN_TENANT)
    paragraphs = ["Bonjour à tous,", "",
                  f'Le compte rendu du CODIR du 3 février est disponible sur le site de direction : '
                  f'<a href="{esc(l1)}">2026-02-03_CR_CODIR.docx</a>', "",
                  "Merci de relire vos actions (page 2) avant vendredi. Pour la préparation du salon EuroLog, voici "
                  f'l\'article de Supply Chain Magazine dont nous parlions : <a href="{esc(l2)}">Entrepôts automatisés : '
                  "le retour sur investissement en question</a>", "",
                  "Bonne soirée,", "Hélène", "", "Hélène Marchand", "Présidente - Kerlann Industries",
                  "12 rue de la Donelière, 35000 Rennes"]
    html = outlook_html(paragraphs, "FR")
    plain = outlook_plain(paragraphs)
    body = Multi("alternative", obound(name, "alt"), [mime.text(plain), mime.text(html, "html")])
    sender_mbx = f"PAXPR08MB{digits(name, 'smbx', 4)}"
    top, bottom = m365_internal(name, t, sender_mbx, "helene.marchand@kerlann-industries.fr")
    own = "\n".join([
        "From: =?utf-8?B?SMOpbMOobmUgTWFyY2hhbmQ=?= <helene.marchand@kerlann-industries.fr>",
        "To: CODIR Kerlann <codir@kerlann-industries.fr>",
        f"Subject: {b('CR CODIR du 3 février')}",
        outlook_headers(name, t, sender_mbx, "eurprd08", "CR CODIR du 3 février", "fr-FR"),
        "X-MS-Exchange-Organization-RecordReviewCfmType: 0",
        "MIME-Version: 1.0",
    ])
    return mime.message("\n".join([top, own, bottom]), body)


@sample("clean", "b8-proofpoint-wrapped-customer-reply",
        "Reply from the buyer at Meridian Retail (known customer, Google Workspace behind Proofpoint) to the US sales "
        "lead; the quoted original's links were rewritten by Meridian's Proofpoint into urldefense.com links whose "
        "targets are Kerlann's own carrier portal")
def c_proofpoint(name):
    t = when(2025, 12, 12, 16, 31, 27)
    spec = "https://www.kerlann.com/carrier-portal/label-spec-v4.pdf"
    log = "https://www.kerlann.com/carrier-portal/changelog*v4"
    w1 = f"https://urldefense.com/v3/__{spec}__;!!Dq3Zw2Kf!{alnum(name, 'u1', 70)}$"
    w2 = f"https://urldefense.com/v3/__{log}__;Iw!!Dq3Zw2Kf!{alnum(name, 'u2', 70)}$"
    n = int(hx(name, "ppip", 2), 16)
    pps = f"mx0a-00{hx(name, 'ppid', 6)}.pphosted.com"
    hops = (
        f"Received: from pps.filterd (m0{digits(name, 'ppm', 6)}.ppops.net [127.0.0.1])\n\tby {pps} (8.18.1.2/8.18.1.2)"
        f" with ESMTP id 5BC{digits(name, 'ppq', 7)}{alnum(name, 'ppq2', 3).lower()};\n\t{us_central(t - timedelta(seconds=2))}",
        f"Received: from mail-yw1-f{n % 200 + 20}.google.com (mail-yw1-f{n % 200 + 20}.google.com [209.85.128.{n % 200 + 20}])\n"
        f"\tby {pps} (PPS) with ESMTPS id 4{alnum(name, 'ppe', 8).lower()}-1\n\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT);\n"
        f"\t{us_central(t - timedelta(seconds=2))}",
    )
    return gmail_composed(
        name, t, "rachel.owens@kerlann.com", "Jenna Alvarez", "jenna.alvarez@meridianretail.com",
        "Re: Carrier label spec v4 - Joliet DC",
        ["Hi Rachel,", "",
         "Thanks - our WMS team reviewed v4 and we're good with the new SSCC barcode placement. One ask: can you "
         "confirm the ZPL template still prints our PO number in block 3? Our receiving team keys off it.", "",
         "See you on the call Tuesday.", "", "Jenna", "", "Jenna Alvarez | Senior Buyer, Logistics Services",
         "Meridian Retail | 1200 Commerce Dr, Naperville, IL 60563"],
        in_reply_to=f"CA{alnum(name, 'orig', 52)}@mail.gmail.com",
        quoted=("On Thu, Dec 11, 2025 at 9:02 AM Rachel Owens &lt;<a href=\"mailto:rachel.owens@kerlann.com\">"
                "rachel.owens@kerlann.com</a>&gt; wrote:",
                ["Hi Jenna,", "",
                 f'Attached is v4 of the carrier label spec for the Joliet DC. It\'s also on our carrier portal: '
                 f'<a href="{esc(w1)}">label-spec-v4.pdf</a>', "",
                 f'The change log is here: <a href="{esc(w2)}">changelog#v4</a>', "", "Best,", "Rachel"]),
        policy="QUARANTINE", tz_hours=pacific(t)[0] + 2,
        edge=(pps, f"148.163.156.{n % 200 + 5}", hops),
        extra_own=(f"X-Proofpoint-GUID: {alnum(name, 'ppg', 32)}", f"X-Proofpoint-ORIG-GUID: {alnum(name, 'ppg', 32)}",
                   "X-Proofpoint-Spam-Details: rule=outbound_notspam policy=outbound score=0 spamscore=0 "
                   "phishscore=0 bulkscore=0\n malwarescore=0 mlxscore=0 adultscore=0 classifier=spam adjust=0 "
                   "reason=mlx scancount=1\n engine=8.19.0-2511200000 definitions=main-2512120121"))

# --------------------------------------------------------------------------
# Bulk: the platforms' own newsletters and notifications, and members' newsletters, with click tracking


def news_html(name: str, blocks: list[tuple[str, str, str, str]], header: str, footer: str, lang: str, title: str,
              brand: str, bg: str = "#f4f4f4", font: str = "Helvetica,Arial,sans-serif", preheader: str = "") -> str:
    """A newsletter: a header, then (heading, text, link, label) blocks, then the footer."""
    inner = header
    for heading, text_, link, label in blocks:
        inner += (f'\n<h2 style="font-size:20px;color:#1a1a1a;margin:28px 0 8px 0;">{heading}</h2>\n'
                  f'<p style="font-size:15px;color:#3d3d3d;margin:0 0 14px 0;line-height:23px;">{text_}</p>\n'
                  + (button(link, label, brand, radius=6) if link else ""))
    inner += f'\n<p style="font-size:11px;color:#8a8a8a;margin:40px 0 0 0;line-height:17px;">{footer}</p>'
    return page(f'<div style="display:none;max-height:0;overflow:hidden;">{preheader}</div>\n' + card(inner),
                lang=lang, bg=bg, font=font, title=title)


def news_plain(blocks: list[tuple[str, str, str, str]], footer: str, intro: str = "") -> str:
    out = intro + "\n\n" if intro else ""
    for heading, text_, link, label in blocks:
        out += f"{heading}\n{html_to_plain(text_)}\n" + (f"{label}: {link}\n" if link else "") + "\n"
    return out + html_to_plain(footer) + "\n"


def sg_click(name: str, i: int, host: str) -> str:
    return f"https://{host}/ls/click?upn=u001.{b64u(name, f'upn{i}', 118)}-2B{b64u(name, f'upn2{i}', 40)}-3D-3D"


@sample("bulk", "b8-canva-newsletter-fr",
        "Canva's French marketing newsletter to the marketing manager (an account holder), sent through SendGrid "
        "with branded click tracking (links.engage.canva.com), List-Unsubscribe and one-click unsubscribe")
def k_canva(name):
    t = when(2025, 9, 16, 8, 30, 11)
    rcpt = "maelle.tanguy@kerlann-industries.fr"
    host = "links.engage.canva.com"
    blocks = [
        ("Canva Sheets arrive dans vos designs", "Transformez vos données en visuels : les tableaux se mettent à jour "
         "automatiquement dans vos présentations et vos rapports.", sg_click(name, 1, host), "Découvrir Sheets"),
        ("Magic Charts", "Choisissez une colonne, Canva propose le graphique adapté à votre charte.",
         sg_click(name, 2, host), "Essayer Magic Charts"),
        ("Modèles de la rentrée", "Plus de 2 000 nouveaux modèles pour vos salons, plaquettes et publications "
         "LinkedIn.", sg_click(name, 3, host), "Voir les modèles"),
    ]
    unsub = f"https://www.canva.com/email-preferences/unsubscribe?token={b64u(name, 'cvtok', 48)}"
    footer = ("Vous recevez cet e-mail car vous êtes inscrit(e) aux actualités de Canva. "
              f'<a href="{sg_click(name, 9, host)}" style="color:#8a8a8a;">Se désabonner</a> &middot; '
              f'<a href="{sg_click(name, 10, host)}" style="color:#8a8a8a;">Préférences</a><br>'
              "Canva&reg;, 110 Kippax St, Surry Hills NSW 2010, Australie")
    header = ('<img src="https://static.canva.com/email/canva-logo-2x.png" width="84" alt="Canva">\n'
              '<h1 style="font-size:28px;color:#0e1318;margin:26px 0 0 0;">Les nouveautés de la rentrée</h1>')
    html = news_html(name, blocks, header, footer, "fr", "Nouveautés Canva", "#8b3dff",
                     preheader="Sheets, Magic Charts et 2 000 nouveaux modèles")
    html = html.replace("</body>", f'<img src="https://{host}/wf/open?upn=u001.{b64u(name, "open", 90)}" width="1" height="1" alt="">\n</body>')
    plain = news_plain(blocks, footer, "Les nouveautés de la rentrée")
    o = sendgrid_origin(name, rcpt, "engage.canva.com", digits(name, "cvuid", 8))
    o.policy, o.bcl = "REJECT", 5
    own = "\n".join(sendgrid_headers(name, t, "engage.canva.com") + [
        f"Date: {rfc(t - timedelta(seconds=1))}",
        "From: Canva <marketing@engage.canva.com>",
        "Mime-Version: 1.0",
        f"Message-ID: <{alnum(name, 'cvmid', 22)}@geopod-ismtpd-{int(hx(name, 'gp', 2), 16) % 40}>",
        f"Subject: {q('Les nouveautés Canva de la rentrée : Sheets, Magic Charts et plus encore')}",
        f"List-Unsubscribe: <{unsub}>,\n <mailto:unsubscribe-{hx(name, 'cvu', 16)}@engage.canva.com>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        f"To: {rcpt}",
        f"X-Entity-ID: u001.{alnum(name, 'sgent', 22)}==",
        "Precedence: bulk",
    ])
    return finish(name, t, rcpt, o, own, alt(plain, html, sbound(name)), "fr")


@sample("bulk", "b8-notion-product-newsletter",
        "Notion's product newsletter to the US IT engineer (a workspace admin), through Amazon SES with Customer.io "
        "click tracking (e.customeriomail.com), List-Unsubscribe")
def k_notion(name):
    t = when(2025, 5, 13, 16, 2, 40)
    rcpt = "mark.ellison@kerlann.com"
    track = lambda i: f"https://e.customeriomail.com/e/c/{b64u(name, f'cio{i}', 150)}/{hx(name, f'cioh{i}', 64)}"
    blocks = [
        ("AI Meeting Notes", "Notion now listens, transcribes and summarizes your meetings, then links action items "
         "to the right pages.", track(1), "Try AI Meeting Notes"),
        ("Enterprise search", "Search across Notion, Slack, Google Drive and GitHub from one place, with your "
         "permissions respected.", track(2), "Learn more"),
        ("Notion Mail", "An inbox that organizes itself. Now available to every workspace.", track(3), "Get Notion Mail"),
    ]
    footer = (f'<a href="{track(8)}" style="color:#8a8a8a;">Unsubscribe</a> &middot; '
              f'<a href="{track(9)}" style="color:#8a8a8a;">Manage email preferences</a><br>'
              "Notion Labs, Inc., 2300 Harrison St, San Francisco, CA 94110")
    header = ('<img src="https://www.notion.so/images/email/notion-logo.png" width="40" alt="Notion">\n'
              '<h1 style="font-size:26px;color:#1a1a1a;margin:24px 0 0 0;">What\'s new in Notion - May</h1>')
    html = news_html(name, blocks, header, footer, "en", "What's new in Notion", "#2383e2", bg="#ffffff")
    plain = news_plain(blocks, footer, "What's new in Notion - May")
    ses_id, _ = ses_ids(name)
    n = int(hx(name, "ntip", 2), 16) % 200 + 20
    o = Origin(f"a8-{n}.smtp-out.amazonses.com", f"54.240.8.{n}", f"{ses_id}@bounce.mail.notion.so",
               (("mail.notion.so", "cio"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")),
               policy="REJECT", bcl=5)
    own = "\n".join([
        dkim(name, "mail.notion.so", "cio", "Content-Type:From:To:Subject:Message-ID:Date:MIME-Version:"
             "List-Unsubscribe:List-Unsubscribe-Post", t, c="relaxed/simple"),
        dkim(name, "amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "Content-Type:From:To:Subject:Message-ID:"
             "Date:MIME-Version:List-Unsubscribe:Feedback-ID", t, c="relaxed/simple"),
        "From: Notion Team <team@mail.notion.so>",
        f"To: {rcpt}",
        "Subject: What's new in Notion: AI Meeting Notes, Enterprise search and Mail",
        f"Message-ID: <{ses_id}@email.amazonses.com>",
        f"Date: {rfc(t - timedelta(seconds=1))}",
        "MIME-Version: 1.0",
        f"List-Unsubscribe: <{track(8)}>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        f"X-CIO-Delivery-ID: {b64u(name, 'ciod', 40)}",
        f"Feedback-ID: ::1.us-east-1.{b64(name, 'ntfb', 43)}=:AmazonSES",
        f"X-SES-Outgoing: {t:%Y.%m.%d}-54.240.8.{n}",
    ])
    return finish(name, t, rcpt, o, own, alt(plain, html, sbound(name)))


@sample("bulk", "b8-github-insider-newsletter-marketo",
        "GitHub's marketing newsletter to the US IT engineer, sent through Marketo from info.github.com with "
        "Marketo click tracking and List-Unsubscribe")
def k_github(name):
    t = when(2025, 10, 2, 17, 5, 9)
    rcpt = "mark.ellison@kerlann.com"
    munchkin = "115-QGR-420"
    tok = b64u(name, "mkt", 90)
    track = lambda i: f"https://info.github.com/{alnum(name, f'mk{i}', 22)}/{b64u(name, f'mkl{i}', 80)}"
    blocks = [
        ("Copilot coding agent is generally available", "Assign an issue to Copilot and get a draft pull request, "
         "with your branch protections and reviews still in charge.", track(1), "Read the changelog"),
        ("GitHub Universe '25 - watch on demand", "Keynotes and sessions from San Francisco, free to stream.",
         track(2), "Watch now"),
        ("Secret protection for every repository", "Push protection and secret scanning, now sold separately for "
         "Team plans.", track(3), "See what's new"),
    ]
    footer = ("You're receiving this email because you signed up for GitHub product updates. "
              f'<a href="https://info.github.com/UnsubscribePage.html?mkt_unsubscribe=1&amp;mkt_tok={tok}" '
              'style="color:#8a8a8a;">Unsubscribe</a><br>GitHub, Inc. &middot; 88 Colin P Kelly Jr Street, '
              "San Francisco, CA 94107")
    header = ('<img src="https://github.githubassets.com/images/email/global/octocat-logo.png" width="32" alt="GitHub">\n'
              '<h1 style="font-size:26px;color:#1f2328;margin:24px 0 0 0;">The GitHub Insider - October</h1>')
    html = news_html(name, blocks, header, footer, "en", "The GitHub Insider", "#1f883d", bg="#ffffff")
    html = html.replace("</body>", f'<img src="https://info.github.com/trk?t=1&amp;mid={b64u(name, "mid", 40)}" width="1" height="1" alt="">\n</body>')
    plain = news_plain(blocks, footer, "The GitHub Insider - October")
    n = int(hx(name, "mkip", 2), 16)
    mailfrom = f"{b64u(name, 'mkrp', 44).replace('-', 'A').replace('_', 'B')}@info.github.com"
    o = Origin(f"mail{n % 200 + 10}.info.github.com", f"192.28.{144 + n % 16}.{n}", mailfrom,
               (("info.github.com", "m1"), ("mktomail.com", "m1")), policy="REJECT", bcl=6)
    own = "\n".join([
        dkim(name, "info.github.com", "m1", "Date:From:To:Subject:MIME-Version:Content-Type:List-Unsubscribe:"
             "List-Unsubscribe-Post:Message-ID", t, c="relaxed/relaxed"),
        dkim(name, "mktomail.com", "m1", "Date:From:To:Subject:MIME-Version:Content-Type:List-Unsubscribe:"
             "List-Unsubscribe-Post:Message-ID", t, c="relaxed/relaxed"),
        f"Date: {rfc(t - timedelta(seconds=1), -5)}",
        "From: GitHub <noreply@info.github.com>",
        "Reply-To: noreply@info.github.com",
        f"To: {rcpt}",
        f"Message-ID: <{digits(name, 'mkmid', 10)}.{digits(name, 'mkmid2', 8)}.{ts(t)}{digits(name, 'mkmid3', 3)}@abmktmail-batch1i.marketo.org>",
        "Subject: The GitHub Insider: Copilot coding agent, Universe on demand, and more",
        "MIME-Version: 1.0",
        f"X-Binding: bg-abmktmail-batch1i",
        f"X-MarketoID: {munchkin}:{digits(name, 'mkid', 6)}:{digits(name, 'mkid2', 8)}:{digits(name, 'mkid3', 6)}",
        f"X-MktArchive: false",
        f"List-Unsubscribe: <mailto:{b64u(name, 'mkunsub', 40).replace('-', 'a').replace('_', 'b')}@{munchkin.lower()}.mktomail.com?subject=Unsubscribe>,\n"
        f" <https://info.github.com/UnsubscribePage.html?mkt_unsubscribe=1&mkt_tok={tok}>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        f"X-Mailfrom: {mailfrom}",
        "X-MSYS-API: {\"options\":{\"open_tracking\":false,\"click_tracking\":false}}",
        "X-MktMailDKIM: true",
    ])
    return finish(name, t, rcpt, o, own, alt(plain, html, f"----=_Part_{digits(name, 'mkb', 8)}_{digits(name, 'mkb2', 9)}.{ts(t)}{digits(name, 'mkb3', 3)}"))


@sample("bulk", "b8-typeform-report-newsletter-sparkpost",
        "Typeform's marketing e-mail (a report download) to the marketing assistant, an account holder, sent through "
        "Braze on SparkPost with link tracking on links.mail.typeform.com and List-Unsubscribe")
def k_typeform(name):
    t = when(2024, 11, 19, 15, 44, 28)
    rcpt = "anais.legall@kerlann-industries.fr"
    track = lambda i: (f"https://links.mail.typeform.com/f/a/{b64u(name, f'br{i}', 22)}~~/{b64u(name, f'br2{i}', 40)}~~/"
                       f"{b64u(name, f'br3{i}', 120)}~/")
    blocks = [
        ("The 2025 State of Forms report", "We analysed 2 million typeforms to find what makes people finish a form. "
         "Spoiler: ask fewer questions, earlier.", track(1), "Download the report"),
        ("New: logic map", "See every branch of your form at a glance and fix dead ends before you publish.",
         track(2), "Open Typeform"),
    ]
    footer = (f'<a href="{track(8)}" style="color:#8a8a8a;">Unsubscribe</a> &middot; '
              f'<a href="{track(9)}" style="color:#8a8a8a;">Email preferences</a><br>'
              "Typeform S.L., Carrer Bac de Roda 163, 08018 Barcelona, Spain")
    header = ('<img src="https://images.typeform.com/images/email/typeform-logo.png" width="100" alt="Typeform">\n'
              '<h1 style="font-size:28px;color:#262627;margin:24px 0 0 0;">Why people quit forms (and how to stop it)</h1>')
    html = news_html(name, blocks, header, footer, "en", "State of Forms", "#262627", bg="#f4f4f2")
    html = html.replace("</body>", f'<img src="https://links.mail.typeform.com/q/{b64u(name, "brq", 30)}~~/{b64u(name, "brq2", 80)}~" width="1" height="1" alt="">\n</body>')
    plain = news_plain(blocks, footer, "Why people quit forms (and how to stop it)")
    n = int(hx(name, "spip", 2), 16)
    o = Origin(f"mta-{n % 200 + 10}-{n % 90 + 100}.sparkpostmail.com", f"192.174.{80 + n % 16}.{n}",
               f"msprvs1=19{digits(name, 'spb', 3)}{alnum(name, 'spb2', 10)}=bounces-{digits(name, 'spb3', 6)}@bounces.mail.typeform.com",
               (("mail.typeform.com", "scph0922"),), policy="REJECT", bcl=6)
    own = "\n".join([
        dkim(name, "mail.typeform.com", "scph0922", "To:Message-ID:List-Unsubscribe-Post:List-Unsubscribe:Subject:"
             "Date:From:Reply-To:Content-Type:MIME-Version", t),
        f"Received: from [10.{n % 250}.{n % 200}.{n % 100}] ([10.{n % 250}.{n % 200}.{n % 100}:{40000 + n}])\n"
        f"\tby i-0{hx(name, 'spi', 16)}.mta1vrest.cc.prd.sparkpost (envelope-from <{o.mailfrom}>)\n"
        f"\t(ecelerity 4.4.1.20033 r(msys-ecelerity:tags/4.4.1.0)) with REST\n\tid {hx(name, 'spr', 2).upper()}/"
        f"{hx(name, 'spr2', 2).upper()}-{digits(name, 'spr3', 5)}-{hx(name, 'spr4', 8)}; {rfc(t - timedelta(seconds=1))}",
        f"To: {rcpt}",
        f"Message-ID: <{hx(name, 'spmid', 2).upper()}.{hx(name, 'spmid2', 2).upper()}.{digits(name, 'spmid3', 5)}.{hx(name, 'spmid4', 8)}@mta1vrest.cc.prd.sparkpost>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        f"List-Unsubscribe: <{track(8)}>",
        "Subject: Why people quit forms (and how to stop it)",
        f"Date: {rfc(t - timedelta(seconds=1))}",
        "From: Typeform <hello@mail.typeform.com>",
        "Reply-To: hello@typeform.com",
        "MIME-Version: 1.0",
    ])
    return finish(name, t, rcpt, o, own, alt(plain, html, f"_----{alnum(name, 'spbound', 22)}===_{hx(name, 'spb4', 2).upper()}/{hx(name, 'spb5', 2).upper()}-{digits(name, 'spb6', 5)}-{hx(name, 'spb7', 8)}"))


@sample("bulk", "b8-mailchimp-regional-association-newsletter-fr",
        "Monthly newsletter (French) of the regional supply-chain association Kerlann belongs to, sent by Mailchimp "
        "from its own authenticated domain to the buyer, with list-manage.com click tracking and unsubscribe footer")
def k_mailchimp(name):
    t = when(2025, 2, 6, 7, 15, 0)
    rcpt = "julien.quemener@kerlann-industries.fr"
    inner = ('<img src="https://mcusercontent.com/4b1e9c0d2a7f/images/bsc-logo.png" width="160" alt="Bretagne Supply Chain">\n'
             '<h1 style="font-size:24px;color:#003b5c;margin:20px 0 8px 0;">La Lettre - février 2025</h1>\n'
             '<h2 style="font-size:18px;color:#003b5c;margin:22px 0 6px 0;">Petit-déjeuner achats - 13 mars, Rennes</h2>\n'
             '<p style="font-size:15px;color:#333333;line-height:22px;">Thème : sécuriser ses approvisionnements en '
             "emballages en 2025. Témoignages de deux adhérents et d'un cartonnier du Morbihan.</p>\n"
             + button("https://www.bretagne-supplychain.org/agenda/petit-dejeuner-achats-13-mars", "S'inscrire", "#00857c")
             + '\n<h2 style="font-size:18px;color:#003b5c;margin:26px 0 6px 0;">e-CMR : où en est-on ?</h2>\n'
             '<p style="font-size:15px;color:#333333;line-height:22px;">Notre fiche pratique fait le point sur la lettre '
             'de voiture électronique et les plateformes agréées. <a href="https://www.bretagne-supplychain.org/ressources/'
             'fiche-e-cmr-2025">Lire la fiche</a></p>\n'
             '<h2 style="font-size:18px;color:#003b5c;margin:26px 0 6px 0;">Bienvenue aux nouveaux adhérents</h2>\n'
             '<p style="font-size:15px;color:#333333;line-height:22px;">Transports Le Breton (Lorient), Atelier Pennec '
             "(Quimper) et la plateforme logistique de Saint-Brieuc Armor Agglomération.</p>")
    plain = ("La Lettre - février 2025\n\nPetit-déjeuner achats - 13 mars, Rennes\nThème : sécuriser ses "
             "approvisionnements en emballages en 2025.\nS'inscrire : https://www.bretagne-supplychain.org/agenda/"
             "petit-dejeuner-achats-13-mars\n\ne-CMR : où en est-on ?\nLire la fiche : https://www.bretagne-supplychain.org/"
             "ressources/fiche-e-cmr-2025\n\nBienvenue aux nouveaux adhérents : Transports Le Breton (Lorient), Atelier "
             "Pennec (Quimper) et la plateforme logistique de Saint-Brieuc Armor Agglomération.")
    return mailchimp(name, t, rcpt, "Bretagne Supply Chain", "lettre@bretagne-supplychain.org",
                     "La Lettre Bretagne Supply Chain - février 2025", inner, plain, "Bretagne Supply Chain",
                     "2 rue de la Mabilais, 35000 Rennes, France", policy="NONE", lang="fr",
                     preheader="Petit-déjeuner achats le 13 mars, e-CMR, nouveaux adhérents")


@sample("bulk", "b8-sendgrid-saas-webinar-invite",
        "Webinar invitation from a shipping-software vendor the US sales lead subscribed to, sent through SendGrid "
        "with branded click tracking on its own domain and a SendGrid unsubscribe group")
def k_sendgrid(name):
    t = when(2025, 8, 12, 15, 0, 33)
    rcpt = "rachel.owens@kerlann.com"
    host = f"url{digits(name, 'sgurl', 4)}.shiplane.io"
    blocks = [
        ("Peak Season 2025 Playbook - live webinar", "Thursday, August 28 - 11:00 AM CT. Our customer success team "
         "and two 3PL operators walk through carrier capacity, surcharge forecasts and returns planning.",
         sg_click(name, 1, host), "Save my seat"),
        ("Can't make it?", "Register anyway and we'll send you the recording and the slide deck.",
         sg_click(name, 2, host), "Register for the recording"),
    ]
    unsub = f"https://u{digits(name, 'sgu', 8)}.ct.sendgrid.net/asm/unsubscribe/?user_id={digits(name, 'sgu', 8)}&data={b64u(name, 'asm', 80)}"
    footer = (f'ShipLane, Inc. &middot; 220 N Green St, Chicago, IL 60607<br><a href="{esc(unsub)}" style="color:#8a8a8a;">'
              "Unsubscribe from webinar invitations</a>")
    header = ('<img src="https://cdn.shiplane.io/email/logo.png" width="120" alt="ShipLane">')
    html = news_html(name, blocks, header, footer, "en", "Peak Season 2025 Playbook", "#0b5cff")
    html = html.replace("</body>", f'<img src="https://{host}/wf/open?upn=u001.{b64u(name, "open", 90)}" width="1" height="1" alt="">\n</body>')
    plain = news_plain(blocks, footer)
    o = sendgrid_origin(name, rcpt, "shiplane.io", digits(name, "sgu", 8))
    o.policy, o.bcl = "QUARANTINE", 6
    own = "\n".join(sendgrid_headers(name, t, "shiplane.io") + [
        f"Date: {rfc(t - timedelta(seconds=1))}",
        "From: ShipLane Events <events@shiplane.io>",
        "Mime-Version: 1.0",
        f"Message-ID: <{alnum(name, 'slmid', 22)}@geopod-ismtpd-{int(hx(name, 'gp', 2), 16) % 40}>",
        "Subject: You're invited: Peak Season 2025 Playbook (Aug 28)",
        f"List-Unsubscribe: <{unsub}>,\n <mailto:unsubscribe@em{digits(name, 'sgem', 4)}.shiplane.io?subject=unsubscribe>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        f"To: {rcpt}",
        f"X-Entity-ID: u001.{alnum(name, 'sgent', 22)}==",
    ])
    return finish(name, t, rcpt, o, own, alt(plain, html, sbound(name)))


@sample("bulk", "b8-tradeshow-newsletter-sfmc-doubleclick-fr",
        "Trade-show newsletter (French) the sales manager subscribed to, sent through Salesforce Marketing Cloud "
        "(click.e.eurolog-expo.com tracking) with a sponsor banner on a DoubleClick click tracker, List-Unsubscribe")
def k_sfmc(name):
    t = when(2026, 1, 8, 9, 2, 17)
    rcpt = "yann.morvan@kerlann-industries.fr"
    click = lambda i: f"https://click.e.eurolog-expo.com/?qs={hx(name, f'qs{i}', 160)}"
    dc = (f"https://ad.doubleclick.net/ddm/trackclk/N{digits(name, 'dcn', 4)}.{digits(name, 'dcn2', 7)}EUROLOGEXPO/"
          f"B{digits(name, 'dcb', 8)}.{digits(name, 'dcb2', 9)};dc_trk_aid={digits(name, 'dca', 9)};"
          f"dc_trk_cid={digits(name, 'dcc', 9)};dc_lat=;dc_rdid=;tag_for_child_directed_treatment=;tfua=;ltd=")
    blocks = [
        ("Votre badge gratuit est disponible", "EuroLog Paris 2026 - du 17 au 19 mars, Paris Nord Villepinte, hall 6. "
         "Plus de 600 exposants et 120 conférences.", click(1), "Obtenir mon badge"),
        ("Le programme des conférences", "Entrepôt automatisé, décarbonation du transport, pénurie de caristes : "
         "découvrez les 12 plénières.", click(2), "Voir le programme"),
        ("Partenaire de la newsletter", f'<a href="{esc(dc)}"><img src="https://image.e.eurolog-expo.com/lib/'
         f'{hx(name, "img", 16)}/m/1/sponsor-banner.jpg" width="536" alt="Découvrez nos chariots autonomes - stand 6C42">'
         "</a>", "", ""),
    ]
    footer = ("Vous recevez cette newsletter car vous vous êtes inscrit(e) sur eurolog-expo.com. "
              f'<a href="{click(9)}" style="color:#8a8a8a;">Se désinscrire</a> &middot; '
              f'<a href="{click(10)}" style="color:#8a8a8a;">Gérer mes préférences</a><br>'
              "EuroLog Expo SAS - 52 quai de Dion-Bouton, 92800 Puteaux")
    header = ('<img src="https://image.e.eurolog-expo.com/lib/logo-eurolog-2026.png" width="180" alt="EuroLog Paris 2026">')
    html = news_html(name, blocks, header, footer, "fr", "EuroLog Paris 2026", "#e30613")
    html = html.replace("</body>", f'<img src="https://click.e.eurolog-expo.com/open.aspx?ffcb10-{hx(name, "open", 40)}" width="1" height="1" alt="">\n</body>')
    plain = news_plain(blocks[:2], footer) + f"\nPartenaire : {dc}\n"
    n = int(hx(name, "sfmcip", 2), 16)
    job = digits(name, "job", 6)
    o = Origin(f"mta{n % 40 + 1}.e.eurolog-expo.com", f"136.147.{128 + n % 32}.{n}",
               f"bounce-{digits(name, 'sfb', 3)}_HTML-{digits(name, 'sfb2', 9)}-{job}-{digits(name, 'sfb3', 7)}-{n}@bounce.e.eurolog-expo.com",
               (("e.eurolog-expo.com", "200608"), ("s10.exacttarget.com", "200608")), policy="NONE", bcl=6, ctry="US")
    own = "\n".join([
        dkim(name, "e.eurolog-expo.com", "200608", "From:To:Subject:Date:List-Unsubscribe:MIME-Version:Reply-To:"
             "Message-ID:Content-Type", t),
        dkim(name, "s10.exacttarget.com", "200608", "From:To:Subject:Date:List-Unsubscribe:MIME-Version:Reply-To:"
             "Message-ID:Content-Type", t),
        f'From: "EuroLog Paris" <newsletter@e.eurolog-expo.com>',
        f"To: <{rcpt}>",
        f"Subject: {q('EuroLog Paris 2026 : votre badge gratuit et le programme des conférences')}",
        f"Date: {rfc(t - timedelta(seconds=1), -6)}",
        f"List-Unsubscribe: <mailto:leave-{hx(name, 'sfl', 40)}@leave.e.eurolog-expo.com>,\n <{click(9)}>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "MIME-Version: 1.0",
        "Reply-To: \"EuroLog Paris\" <reply-fe{hx(name, 'sfr', 40)}@reply.e.eurolog-expo.com>",
        f"x-job: {digits(name, 'sfjob', 6)}_{job}",
        f"Message-ID: <{uuid(name, 'sfmcmid')}@atl1s10mta{n % 40 + 1}.xt.local>",
        "X-SFMC-Stack: 10",
    ])
    return finish(name, t, rcpt, o, own, alt(plain, html, f"----=_Part_{digits(name, 'sfbd', 6)}_{digits(name, 'sfbd2', 9)}.{ts(t)}{digits(name, 'sfbd3', 3)}"), "fr")


@sample("bulk", "b8-linkedin-weekly-notifications",
        "LinkedIn's weekly notification digest to the UK operations manager (search appearances, a partner's post), "
        "with /comm/ tracking links and List-Unsubscribe")
def k_linkedin(name):
    t = when(2025, 11, 18, 7, 34, 50)
    rcpt = "david.whitfield@kerlann.com"
    lipi = f"urn%3Ali%3Apage%3Aemail_email_notification_digest_01%3B{b64u(name, 'lipi', 22)}%3D%3D"
    link = lambda path, i: (f"https://www.linkedin.com/comm/{path}?lipi={lipi}&midToken=AQH{alnum(name, f'mid{i}', 20)}"
                            f"&midSig=0{alnum(name, f'ms{i}', 14)}&trk=eml-email_notification_digest_01-{i}"
                            f"&trkEmail=eml-email_notification_digest_01-{i}-null-{alnum(name, f'tk{i}', 5)}~"
                            f"{alnum(name, f'tk2{i}', 8)}~{alnum(name, f'tk3{i}', 3)}-null-null&eid={alnum(name, f'eid{i}', 6)}"
                            f"-{alnum(name, f'eid2{i}', 6)}&otpToken={hx(name, f'otp{i}', 60)}")
    blocks = [
        ("You appeared in 14 searches this week", "See who's looking: recruiters from logistics and manufacturing "
         "companies.", link("me/search-appearances", 1), "See all searches"),
        ("Fiona McLeod and 3 others reacted to your post", "\"Proud of the Trafford Park team: 99.2% on-time for "
         "October...\"", link("feed/update/urn:li:activity:7394" + digits(name, "act", 15), 2), "View post"),
        ("Norsea Freight Ltd posted", "New weekly sailings Immingham - Rotterdam from January 2026.",
         link("company/norsea-freight/posts", 3), "See more"),
    ]
    unsub = f"https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi={lipi}&midToken=AQH{alnum(name, 'midu', 20)}&loid=AQ{alnum(name, 'loid', 40)}"
    footer = ("This email was intended for David Whitfield (Operations Manager at Kerlann Ltd). "
              f'<a href="{esc(unsub)}" style="color:#8a8a8a;">Unsubscribe</a> &middot; '
              f'<a href="https://www.linkedin.com/help/linkedin/answer/4788" style="color:#8a8a8a;">Help</a><br>'
              "&copy; 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085. LinkedIn and the LinkedIn "
              "logo are registered trademarks of LinkedIn.")
    header = ('<img src="https://static.licdn.com/aero-v1/sc/h/email-logo.png" width="84" alt="LinkedIn">\n'
              '<h1 style="font-size:22px;color:#191919;margin:20px 0 0 0;">David, here\'s what you missed</h1>')
    html = news_html(name, blocks, header, footer, "en", "LinkedIn", "#0a66c2", bg="#f3f2ef")
    plain = news_plain(blocks, footer, "David, here's what you missed")
    n = int(hx(name, "liip", 2), 16)
    o = Origin(f"mailb-{alnum(name, 'lim', 2).lower()}.linkedin.com", f"108.174.{3 + n % 4}.{n}",
               f"s-{alnum(name, 'lib', 30).lower()}@bounce.linkedin.com", (("linkedin.com", "d2048-202308-01"),),
               policy="REJECT", bcl=4)
    own = "\n".join([
        dkim(name, "linkedin.com", "d2048-202308-01", "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:"
             "List-Unsubscribe:List-Unsubscribe-Post", t),
        f"Date: {rfc(t - timedelta(seconds=1))}",
        "From: LinkedIn <notifications-noreply@linkedin.com>",
        f"To: David Whitfield <{rcpt}>",
        f"Message-ID: <{digits(name, 'limid', 10)}.{digits(name, 'limid2', 5)}.{ts(t)}{digits(name, 'limid3', 3)}@ltx1-app{n % 9000 + 1000}.prod.linkedin.com>",
        "Subject: David, you appeared in 14 searches this week",
        "MIME-Version: 1.0",
        "X-LinkedIn-Class: EMAIL-DEFAULT",
        "X-LinkedIn-Template: email_notification_digest_01",
        f"X-LinkedIn-fbl: s-{alnum(name, 'lifbl', 60)}",
        f"X-LinkedIn-Id: {alnum(name, 'liid', 12)}-{alnum(name, 'liid2', 6)}",
        f"List-Unsubscribe: <{unsub}>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "Feedback-ID: email_notification_digest_01:linkedin",
    ])
    return finish(name, t, rcpt, o, own, alt(plain, html, f"----=_Part_{digits(name, 'lib1', 7)}_{digits(name, 'lib2', 9)}.{ts(t)}{digits(name, 'lib3', 3)}"))


@sample("bulk", "b8-amazon-ses-saas-release-notes-awstrack-fr",
        "Monthly release notes (French) from Routefleet, the transport-management SaaS Kerlann uses, to the IT "
        "manager: Amazon SES (eu-west-3) with awstrack.me click tracking showing the routefleet.io destinations, "
        "List-Unsubscribe")
def k_ses(name):
    t = when(2026, 3, 3, 8, 0, 41)
    rcpt = "erwan.cadiou@kerlann-industries.fr"
    ses_id = f"0109{hx(name, 'ses', 12)}-{uuid(name, 'sesu')}-000000"
    track = lambda url, i: (f"https://{alnum(name, 'awsh', 6).lower()}.r.eu-west-3.awstrack.me/L0/"
                            f"{quote(url, safe=':')}/1/{ses_id}/{b64u(name, f'aws{i}', 27)}=4{digits(name, f'awd{i}', 2)}")
    blocks = [
        ("Optimisation multi-dépôts", "Le moteur de tournées répartit désormais les commandes entre plusieurs dépôts "
         "en une seule optimisation.", track("https://routefleet.io/nouveautes/2026-03#multi-depots", 1), "En savoir plus"),
        ("Webhooks pour l'API", "Recevez les changements de statut des expéditions en temps réel, sans interroger "
         "l'API.", track("https://docs.routefleet.io/api/webhooks", 2), "Lire la documentation"),
        ("Maintenance planifiée", "Dimanche 15 mars de 2 h à 4 h (heure de Paris) : mise à jour de la base de données, "
         "l'application sera indisponible.", "", ""),
    ]
    unsub = track("https://routefleet.io/email/desabonnement?t=" + hx(name, "rfun", 32), 9)
    footer = (f'Vous recevez ces e-mails en tant qu\'administrateur d\'un compte Routefleet. <a href="{esc(unsub)}" '
              'style="color:#8a8a8a;">Se désabonner des nouveautés produit</a><br>Routefleet SAS - 8 rue de Bréa, '
              "44000 Nantes")
    header = ('<img src="https://routefleet.io/email/logo.png" width="140" alt="Routefleet">\n'
              '<h1 style="font-size:24px;color:#12263f;margin:22px 0 0 0;">Les nouveautés de mars</h1>')
    html = news_html(name, blocks, header, footer, "fr", "Nouveautés Routefleet", "#12b886")
    html = html.replace("</body>", f'<img src="https://{alnum(name, "awsh", 6).lower()}.r.eu-west-3.awstrack.me/I0/{ses_id}/{b64u(name, "awsopen", 27)}=4" width="1" height="1" alt="">\n</body>')
    plain = news_plain(blocks, footer, "Les nouveautés de mars")
    n = int(hx(name, "rfip", 2), 16) % 200 + 20
    o = Origin(f"e234-{n}.smtp-out.eu-west-3.amazonses.com", f"23.251.234.{n}", f"{ses_id}@mail.routefleet.io",
               (("routefleet.io", "rf2024"), ("amazonses.com", "shh3fegwg5fppqsuzphvschd53n6ihuv")),
               policy="QUARANTINE", bcl=4, ctry="FR")
    own = "\n".join([
        dkim(name, "routefleet.io", "rf2024", "Content-Type:From:To:Subject:Message-ID:Date:MIME-Version:"
             "List-Unsubscribe:List-Unsubscribe-Post", t, c="relaxed/simple"),
        dkim(name, "amazonses.com", "shh3fegwg5fppqsuzphvschd53n6ihuv", "Content-Type:From:To:Subject:Message-ID:"
             "Date:MIME-Version:List-Unsubscribe:Feedback-ID", t, c="relaxed/simple"),
        "From: Routefleet <nouveautes@routefleet.io>",
        f"To: {rcpt}",
        f"Subject: {q('Routefleet - Nouveautés de mars : multi-dépôts et webhooks')}",
        f"Message-ID: <{ses_id}@eu-west-3.amazonses.com>",
        f"Date: {rfc(t - timedelta(seconds=1))}",
        "MIME-Version: 1.0",
        f"List-Unsubscribe: <{unsub}>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        f"Feedback-ID: ::1.eu-west-3.{b64(name, 'rffb', 43)}=:AmazonSES",
        f"X-SES-Outgoing: {t:%Y.%m.%d}-23.251.234.{n}",
    ])
    return finish(name, t, rcpt, o, own, alt(plain, html, sbound(name)), "fr")

# --------------------------------------------------------------------------
# Main


def main() -> None:
    lines = []
    for category, name, description, build in SAMPLES:
        assert name.startswith("b8-"), name
        data = build(name)
        path = MAIL / category / f"{name}.eml"
        path.write_bytes(data)
        lines.append(f"samples/mail/{category}/{name}.eml | {category} | {description}")
    MANIFEST.write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts = {}
    for category, *_ in SAMPLES:
        counts[category] = counts.get(category, 0) + 1
    print(", ".join(f"{k}: {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
